#!/usr/bin/env python3
"""Generate the holdout206 test set: five fictional ondersteuningsplannen (PO and VO) and one
near-miss document (a school's ondersteuningsprofiel), plus <name>.expected.yaml label files.

Deterministic, no network. Output goes to the folder above this script's folder.
PDFs are rendered from a temporary .docx with LibreOffice (soffice --headless).
"""
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import docx
from docx.shared import Pt

OUT = Path(__file__).resolve().parent.parent

# --------------------------------------------------------------------------------------------
# document model: list of blocks (kind, payload)
#   ("title", str) ("h1", str) ("h2", str) ("p", str) ("bullets", [str]) ("table", [[str]])
#   ("toc", None)  -> table of contents built from h1/h2 headings
#   ("header", str) -> running header (docx) / small line (text formats)
# --------------------------------------------------------------------------------------------


def headings(blocks):
    return [(k, t) for k, t in blocks if k in ("h1", "h2")]


def to_docx(blocks, path):
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    for k, t in blocks:
        if k == "header":
            d.sections[0].header.paragraphs[0].text = t
            d.sections[0].footer.paragraphs[0].text = t + " | pagina"
        elif k == "title":
            d.add_heading(t, level=0)
        elif k == "h1":
            d.add_heading(t, level=1)
        elif k == "h2":
            d.add_heading(t, level=2)
        elif k == "p":
            d.add_paragraph(t)
        elif k == "bullets":
            for b in t:
                d.add_paragraph(b, style="List Bullet")
        elif k == "table":
            tab = d.add_table(rows=len(t), cols=len(t[0]))
            tab.style = "Table Grid"
            for i, row in enumerate(t):
                for j, cell in enumerate(row):
                    tab.cell(i, j).text = cell
            d.add_paragraph("")
        elif k == "toc":
            d.add_heading("Inhoudsopgave", level=1)
            for hk, ht in headings(blocks):
                d.add_paragraph(("    " if hk == "h2" else "") + ht)
            d.add_page_break()
        elif k == "pagebreak":
            d.add_page_break()
    d.save(str(path))


def to_markdown(blocks):
    lines = []
    for k, t in blocks:
        if k == "header":
            lines.append(f"<!-- {t} -->\n")
        elif k == "title":
            lines.append(f"# {t}\n")
        elif k == "h1":
            lines.append(f"## {t}\n")
        elif k == "h2":
            lines.append(f"### {t}\n")
        elif k == "p":
            lines.append(t + "\n")
        elif k == "bullets":
            lines.append("\n".join(f"- {b}" for b in t) + "\n")
        elif k == "table":
            lines.append("| " + " | ".join(t[0]) + " |")
            lines.append("|" + "---|" * len(t[0]))
            for row in t[1:]:
                lines.append("| " + " | ".join(row) + " |")
            lines.append("")
        elif k == "toc":
            lines.append("**Inhoud**\n")
            for hk, ht in headings(blocks):
                lines.append(("  " if hk == "h2" else "") + f"- {ht}")
            lines.append("")
    return "\n".join(lines) + "\n"


def docx_to_pdf(blocks, pdf_path):
    tmp = Path(tempfile.mkdtemp(prefix="holdout206_pdf_"))
    try:
        src = tmp / (pdf_path.stem + ".docx")
        to_docx(blocks, src)
        profile = tmp / "lo_profile"
        cmd = ["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
               "--convert-to", "pdf", "--outdir", str(tmp), str(src)]
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                       timeout=240)
        shutil.copyfile(tmp / (pdf_path.stem + ".pdf"), pdf_path)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def word_count(blocks):
    n = 0
    for k, t in blocks:
        if k in ("p", "h1", "h2", "title"):
            n += len(t.split())
        elif k == "bullets":
            n += sum(len(b.split()) for b in t)
        elif k == "table":
            n += sum(len(c.split()) for row in t for c in row)
    return n


# --------------------------------------------------------------------------------------------
# shared filler (voorwoord, visie, governance, OPR, personeel, ICT, planning) – parameterised.
# Filler mentions element words only in passing, never addressing a criterion.
# --------------------------------------------------------------------------------------------


def voorwoord(naam, periode, sector):
    scholen = "basisscholen, scholen voor speciaal basisonderwijs en speciaal onderwijs" if sector == "po" \
        else "scholen voor vmbo, havo, vwo, praktijkonderwijs en voortgezet speciaal onderwijs"
    return [
        ("h1", "Voorwoord"),
        ("p", f"Voor u ligt het ondersteuningsplan {periode} van {naam}. In dit plan beschrijven de "
              f"aangesloten schoolbesturen hoe zij de komende vier schooljaren samen vormgeven aan passend "
              f"onderwijs voor alle leerlingen in de regio. Het samenwerkingsverband omvat {scholen}. Het plan "
              f"is tot stand gekomen in een traject van ruim een jaar, waarin directeuren, intern begeleiders, "
              f"ondersteuningscoördinatoren, leden van de ondersteuningsplanraad, gemeenten en ketenpartners "
              f"hebben meegedacht tijdens werksessies, een digitale enquête en twee regionale conferenties."),
        ("p", "Passend onderwijs is geen project meer, het is de gewone manier van werken geworden. Tegelijk zien "
              "we dat de opgave groter wordt. Leraren merken dat de ondersteuningsvragen in hun groepen en klassen "
              "complexer worden, het lerarentekort drukt op de scholen en de samenwerking met jeugdhulp vraagt "
              "voortdurend onderhoud. Dit plan kiest daarom voor focus: minder nieuwe projecten, meer aandacht voor "
              "wat al goed werkt en voor de vraag hoe we dat goed kunnen borgen in het dagelijks werk."),
        ("p", "Wij danken iedereen die heeft bijgedragen aan dit plan. In het bijzonder danken we de leden van de "
              "ondersteuningsplanraad voor hun kritische en constructieve vragen. Het plan is een levend document: "
              "jaarlijks kijken we in het jaarplan terug en vooruit, en waar nodig passen we onderdelen aan. "
              "Wij wensen u veel leesplezier en nodigen u uit om met ons in gesprek te blijven."),
        ("p", "Namens het bestuur, de directeur-bestuurder"),
    ]


def visie(naam, sector, extra="", ouders_zin=True):
    kind = "kind" if sector == "po" else "jongere"
    return [
        ("h1", "Visie, missie en ambities"),
        ("p", f"Onze missie is eenvoudig te formuleren en lastig uit te voeren: ieder {kind} in de regio krijgt "
              f"onderwijs dat past bij wat hij of zij nodig heeft, zo dicht mogelijk bij huis en samen met "
              f"leeftijdgenoten waar dat kan. {naam} is daarbij geen doel op zich, maar een middel: we "
              f"faciliteren scholen en besturen zodat zij hun zorgplicht kunnen waarmaken."),
        ("p", "Onze visie rust op drie pijlers. De eerste pijler is vakmanschap van de leraar: de leraar maakt het "
              "verschil, en die leraar verdient ondersteuning die dichtbij en snel beschikbaar is. De tweede pijler "
              "is samenwerking: tussen scholen onderling, tussen regulier en speciaal onderwijs, en tussen onderwijs "
              "en jeugdhulp. De derde pijler is eigenaarschap: schoolbesturen zijn verantwoordelijk voor de "
              "kwaliteit van de ondersteuning op hun scholen, het samenwerkingsverband bewaakt de samenhang."),
        ("p", ("Wij geloven dat ouders en school samen de beste kennis hebben van wat een leerling nodig heeft. "
               if ouders_zin else "Wij geloven dat de leraar en de leerling samen het beste weten wat werkt. ") +
              "Wij geloven ook dat middelen pas effect hebben als ze terechtkomen waar het werk gebeurt: in de klas. "
              "Daarom kiezen we voor eenvoud in procedures, vertrouwen in professionals en heldere afspraken. "
              "Waar we resultaten boeken, willen we die zichtbaar maken; waar het niet lukt, willen we daar open "
              "over zijn en ervan leren." + extra),
        ("p", "Voor onze eigen organisatie kiezen we in de planperiode vier aandachtspunten: (1) eenvoudiger "
              "procedures en minder formulieren, (2) een betere verbinding met de lokale teams, (3) een sterker "
              "netwerk met het speciaal onderwijs en (4) een open communicatie over onze keuzes. In de jaarplannen "
              "worden deze aandachtspunten vertaald naar activiteiten."),
    ]


def governance(naam, opr_ouders=True, sector="po"):
    if opr_ouders:
        lid = ("De OPR bestaat uit twaalf leden: zes ouders en zes personeelsleden" if sector == "po"
               else "De OPR bestaat uit twaalf leden: zes personeelsleden en zes ouders of leerlingen")
        opr = (f"{lid}, afgevaardigd vanuit de medezeggenschapsraden van de aangesloten scholen. "
               "De OPR heeft instemmingsrecht op dit ondersteuningsplan en op wijzigingen daarvan.")
    else:
        opr = ("De OPR bestaat uit twaalf leden die zijn afgevaardigd vanuit de medezeggenschapsraden van de "
               "aangesloten scholen. De OPR heeft instemmingsrecht op dit ondersteuningsplan en op wijzigingen "
               "daarvan.")
    return [
        ("h1", "Organisatie en governance"),
        ("p", f"{naam} is een stichting. Het toezicht en het bestuur zijn gescheiden volgens het "
              "raad-van-toezichtmodel. De algemene vergadering bestaat uit vertegenwoordigers van alle aangesloten "
              "schoolbesturen en benoemt de leden van de raad van toezicht. De raad van toezicht houdt toezicht op "
              "de directeur-bestuurder, keurt de begroting en het jaarverslag goed en benoemt de accountant. De "
              "directeur-bestuurder is belast met het besturen van de stichting en wordt ondersteund door een klein "
              "stafbureau met een beleidsmedewerker, een controller (0,4 fte), een secretaresse en een "
              "functionaris gegevensbescherming die wordt ingehuurd."),
        ("p", "De statuten bevatten een regeling voor de beslechting van geschillen tussen de aangesloten besturen. "
              "Jaarlijks evalueert de raad van toezicht zijn eigen functioneren, en eens per twee jaar gebeurt dat "
              "onder externe begeleiding. De code goed bestuur van de sectorraad is van toepassing."),
        ("h2", "Ondersteuningsplanraad en medezeggenschap"),
        ("p", opr + " Daarnaast heeft de stichting een eigen personeelsgeleding in de vorm van een kleine "
              "medezeggenschapsraad voor de medewerkers van het stafbureau. De directeur-bestuurder overlegt zes "
              "keer per jaar met de OPR. Leden van de OPR ontvangen een vergoeding en volgen jaarlijks een "
              "scholing. De OPR heeft een eigen reglement en een huishoudelijk reglement."),
        ("p", "Dit ondersteuningsplan is in concept besproken met de OPR op 10 februari 2026 en op 17 maart 2026. "
              "De OPR heeft op 24 maart 2026 ingestemd. Het plan is daarna op 31 maart 2026 vastgesteld door de "
              "directeur-bestuurder, na goedkeuring door de raad van toezicht, en vóór 1 mei 2026 ingediend bij de "
              "Inspectie van het Onderwijs."),
    ]


def personeel_ict_planning(naam, extra_planning=""):
    return [
        ("h1", "Personeel en professionalisering"),
        ("p", "Het samenwerkingsverband heeft zelf weinig personeel in dienst. De meeste expertise is in dienst "
              "van de schoolbesturen en wordt via detachering of afspraken beschikbaar gesteld. Wij kiezen daarvoor "
              "omdat de expertise zo dicht mogelijk bij de scholen moet liggen. Het lerarentekort raakt ook de "
              "ondersteuning: vacatures voor intern begeleiders en gedragsspecialisten zijn moeilijk te vervullen. "
              "In de planperiode investeren we in een regionaal scholingsaanbod, intervisie voor intern begeleiders "
              "en ondersteuningscoördinatoren en een netwerk van gedragsspecialisten."),
        ("p", "Jaarlijks organiseren we een studiedag voor alle medewerkers die met ondersteuning te maken hebben. "
              "Thema's de afgelopen jaren waren onder meer executieve functies, traumasensitief lesgeven, "
              "meertaligheid en samenwerken met ouders. Ook bieden we leernetwerken aan waarin scholen kennis delen "
              "over bijvoorbeeld rekenproblemen of het werken met een ontwikkelingsperspectief. Deelname is "
              "vrijwillig, maar wordt door de besturen sterk aangemoedigd."),
        ("h1", "ICT, privacy en gegevensbescherming"),
        ("p", "Voor de uitwisseling van gegevens gebruiken we een beveiligde digitale omgeving. Scholen dienen "
              "aanvragen digitaal in; dossiers worden alleen gedeeld met medewerkers die ze voor hun taak nodig "
              "hebben. Gegevens over gezondheid worden alleen verwerkt voor zover dat nodig is voor de wettelijke "
              "taken van het samenwerkingsverband en worden niet langer bewaard dan drie jaar na het besluit. Er is "
              "een privacyreglement, een verwerkingsregister en een procedure voor datalekken. De functionaris "
              "gegevensbescherming rapporteert jaarlijks aan de directeur-bestuurder."),
        ("p", "In de planperiode vervangen we het huidige aanvraagsysteem door een nieuwe applicatie die beter "
              "aansluit op de leerlingadministratiesystemen van de scholen. De aanbesteding daarvan vindt plaats in "
              "2026; de implementatie volgt in 2027."),
        ("h1", "Planning en beleidscyclus"),
        ("p", f"Het ondersteuningsplan geeft de koers voor vier jaar. Elk jaar maakt {naam} een jaarplan met een "
              "jaarbegroting, die de directeur-bestuurder ter goedkeuring voorlegt aan de raad van toezicht en ter "
              "advisering aan de OPR."
              + extra_planning),
        ("table", [["Periode", "Activiteit"],
                   ["voorjaar 2026", "vaststelling ondersteuningsplan, indienen bij Inspectie"],
                   ["najaar 2026", "jaarplan 2027 en jaarbegroting 2027"],
                   ["voorjaar 2028", "herziening privacyreglement en verwerkingsregister"],
                   ["najaar 2029", "start voorbereiding nieuw ondersteuningsplan"]]),
    ]


def extra_filler(naam, sector):
    art = "artikel 18a, achtste lid, van de Wet op het primair onderwijs" if sector == "po" else \
        "artikel 17a, achtste lid, van de Wet op het voortgezet onderwijs (thans de artikelen 2.47 en verder WVO 2020)"
    spec = "het speciaal basisonderwijs en het speciaal onderwijs" if sector == "po" else \
        "het voortgezet speciaal onderwijs, het leerwegondersteunend onderwijs en het praktijkonderwijs"
    return [
        ("h1", "Totstandkoming en wettelijk kader"),
        ("p", f"Op grond van {art} bevat een ondersteuningsplan in elk geval een beschrijving van de voorzieningen "
              f"die samen een samenhangend geheel vormen, van de basisondersteuning, van de procedure en criteria "
              f"voor de verdeling en besteding van middelen, van de toelaatbaarheid tot {spec}, van het beleid voor "
              "terugplaatsing, van de beoogde en bereikte resultaten en van de manier waarop ouders worden "
              "geïnformeerd en waar zij onafhankelijke ondersteuning kunnen vinden. Het plan wordt ten minste eens "
              "in de vier jaar vastgesteld, na op overeenstemming gericht overleg met de gemeenten en overleg met "
              "het samenwerkingsverband in de andere sector, en na instemming van de ondersteuningsplanraad."),
        ("p", f"De voorbereiding van dit plan begon in het voorjaar van 2025 met een evaluatie onder directeuren en "
              "bestuurders. In drie werksessies met intern begeleiders en ondersteuningscoördinatoren hebben we "
              "besproken wat goed ging en wat beter moest. Een schrijfgroep van vijf personen heeft vervolgens een "
              "eerste concept opgesteld, dat in november 2025 is besproken in de algemene vergadering. Daarna volgden "
              "de gesprekken met de gemeenten en met de ondersteuningsplanraad. Alle reacties zijn verwerkt in een "
              "reactienota, die bij het bureau van " + naam + " kan worden opgevraagd."),
        ("h1", "Lerarentekort en werkdruk"),
        ("p", "Het lerarentekort is in onze regio voelbaar, vooral op scholen met een complexe populatie. Sommige "
              "scholen werken met onbevoegde invallers of met vierdaagse lesweken in enkele groepen. Dit heeft "
              "directe gevolgen voor passend onderwijs: een leraar die zijn handen vol heeft aan de basis, heeft "
              "minder ruimte voor kinderen die iets extra's nodig hebben. De besturen werken samen in een regionaal "
              "arbeidsmarktplatform, met een gezamenlijke invalpool, zij-instroomtrajecten en een "
              "opleidingsschool met twee lerarenopleidingen. Het samenwerkingsverband sluit daarbij aan, maar is "
              "niet de eigenaar van dit vraagstuk."),
        ("p", "Werkdruk is een terugkerend thema in de gesprekken met de personeelsgeleding van de "
              "ondersteuningsplanraad. Wij nemen dat serieus. Bij nieuwe afspraken toetsen we daarom vooraf of ze "
              "extra administratieve last opleveren. Formulieren die niet nodig zijn, schaffen we af; de digitale "
              "aanvraag wordt ingekort. Ook kijken we kritisch naar het aantal overleggen waaraan intern "
              "begeleiders deelnemen."),
        ("h1", "Kennisagenda en samenwerking met opleidingen"),
        ("p", "Wij willen een lerende organisatie zijn. Daarom werken we samen met een hogeschool en een "
              "universiteit in een regionale kennisagenda. In de planperiode lopen twee praktijkonderzoeken: een "
              "onderzoek naar de effecten van co-teaching in gemengde groepen en een onderzoek naar de "
              "ervaringen van leerkrachten met het werken met een ontwikkelingsperspectief. Studenten van de "
              "masteropleiding Educational Needs doen hun afstudeeronderzoek bij aangesloten scholen. De "
              "uitkomsten delen we in leernetwerken en op de jaarlijkse studiedag."),
        ("p", "Daarnaast nemen wij deel aan het landelijke netwerk van samenwerkingsverbanden, waar kennis wordt "
              "gedeeld over onder meer verzuim, hoogbegaafdheid en de aansluiting tussen onderwijs en zorg. "
              "Medewerkers van het bureau bezoeken jaarlijks een of twee andere samenwerkingsverbanden om van hun "
              "aanpak te leren."),
        ("h1", "Duurzaamheid en huisvesting van het bureau"),
        ("p", "Het bureau is gehuisvest in een gehuurd pand dat centraal in de regio ligt en goed bereikbaar is "
              "met het openbaar vervoer. Het huurcontract loopt tot 2028. Bij een verhuizing kiezen we voor een "
              "energiezuinig pand, bij voorkeur samen met een van de besturen of een maatschappelijke partner. "
              "Medewerkers reizen waar mogelijk met het openbaar vervoer of de fiets, en overleggen zoveel mogelijk "
              "digitaal als fysieke aanwezigheid geen meerwaarde heeft."),
        ("h1", "Integriteit en bestuurlijke samenwerking"),
        ("p", "Het samenwerkingsverband heeft een integriteitscode, een regeling voor het melden van "
              "vermoedens van misstanden en een regeling voor nevenfuncties. De directeur-bestuurder meldt "
              "nevenfuncties aan de raad van toezicht. Voor de samenwerking tussen de besturen geldt een "
              "samenwerkingsovereenkomst waarin staat hoe besluiten worden voorbereid, hoe de besturen elkaar "
              "aanspreken en hoe een conflict wordt opgelost. Eens per jaar houdt de algemene vergadering een "
              "heidag over de koers van het samenwerkingsverband."),
    ]


# --------------------------------------------------------------------------------------------
# Plan 1 – PO, docx. SWV De Lingestroom (PO 26-81)
# --------------------------------------------------------------------------------------------

def plan1():
    naam = "Samenwerkingsverband De Lingestroom"
    b = [("header", "Ondersteuningsplan 2026-2030 | SWV De Lingestroom PO 26-81"),
         ("title", "Ondersteuningsplan 2026-2030 — Samenwerkingsverband Passend Primair Onderwijs De Lingestroom (PO 26-81)"),
         ("p", "Vastgesteld door de directeur-bestuurder op 31 maart 2026, na instemming van de ondersteuningsplanraad. "
               "Planperiode: 1 augustus 2026 tot en met 31 juli 2030."),
         ("toc", None)]
    b += voorwoord(naam, "2026-2030", "po")
    b += [("h1", "1 Inleiding"),
          ("p", "Dit plan voldoet aan artikel 18a van de Wet op het primair onderwijs. Het samenwerkingsverband "
                "telt 11 schoolbesturen met samen 58 basisscholen, 2 scholen voor speciaal basisonderwijs en 3 "
                "locaties voor speciaal onderwijs in de gemeenten Lingewaard-Oost, Betuwestad en Heerewaarden-Noord. "
                "In de regio wonen ongeveer 14.800 leerlingen in de basisschoolleeftijd. Het leerlingenaantal daalt "
                "licht, vooral in de kleinere kernen. Dit heeft gevolgen voor het voortbestaan van kleine scholen en "
                "daarmee voor de spreiding van expertise."),
          ("p", "Het plan is als volgt opgebouwd. Na de visie beschrijven we wat elke school in de regio biedt, "
                "hoe extra ondersteuning en arrangementen zijn georganiseerd, hoe de toelaatbaarheid tot het "
                "speciaal (basis)onderwijs is geregeld, hoe we met geld en middelen omgaan en hoe we communiceren. "
                "Daarna volgen de samenwerking met gemeenten, kwaliteit en organisatie, personeel, ICT en planning.")]
    b += visie(naam, "po")
    b += [("h1", "3 Wat elke school in de regio biedt"),
          ("p", "In De Lingestroom hebben alle besturen afgesproken welke ondersteuning iedere school, op iedere "
                "vestiging, zonder aanvraag bij het samenwerkingsverband aan ieder kind biedt. Dit noemen we de "
                "basisondersteuning. Zij is het gezamenlijk vastgestelde minimum: een school mag meer bieden, maar "
                "niet minder. De afspraken zijn vastgelegd in twaalf standaarden die hieronder zijn samengevat. Ouders "
                "kunnen er dus op rekenen dat onderstaande voorzieningen op elke basisschool in de regio aanwezig zijn."),
          ("table", [["Standaard", "Wat u op elke school aantreft"],
                     ["1 Ondersteuningsstructuur", "een intern begeleider met minimaal 0,4 fte per 200 leerlingen; een ondersteuningsteam dat ten minste zes keer per jaar bijeenkomt"],
                     ["2 Handelingsgericht werken", "groepsbesprekingen drie keer per jaar; een groepsoverzicht en -plan per groep"],
                     ["3 Dyslexie en dyscalculie", "werken volgens het landelijk protocol dyslexie en het protocol ernstige reken-wiskundeproblemen; voorleessoftware beschikbaar"],
                     ["4 Sociaal-emotionele ontwikkeling", "een methode voor sociaal-emotioneel leren in alle groepen; een anti-pestcoördinator; twee keer per jaar een sociale veiligheidsmeting"],
                     ["5 Meer- en hoogbegaafdheid", "signalering met een vast instrument in groep 1-2 en 5; compacten en verrijken in de groep"],
                     ["6 Taal en NT2", "extra taalondersteuning voor leerlingen met een taalachterstand; een NT2-aanpak voor nieuwkomers in het tweede jaar"],
                     ["7 Gedrag", "een schoolbreed gedragsprotocol; toegang tot een gedragsspecialist binnen het bestuur binnen vier weken"],
                     ["8 Medisch handelen", "een protocol medisch handelen en afspraken over medicijngebruik"],
                     ["9 Fysieke toegankelijkheid", "afspraken over aanpassingen; bij nieuwbouw volledig toegankelijk"],
                     ["10 Ontwikkelingsperspectief", "een OPP voor elke leerling die op een of meer vakken een eigen leerlijn volgt"],
                     ["11 Samenwerking met jeugdhulp", "een vaste contactpersoon van het lokale team die minimaal maandelijks op school is"],
                     ["12 Overdracht", "een warme overdracht bij de overstap naar een andere school en naar het voortgezet onderwijs"]]),
          ("p", "Elke school beschrijft in de schoolgids hoe zij deze standaarden invult. Het samenwerkingsverband "
                "bespreekt jaarlijks met elk bestuur of de scholen aan de standaarden voldoen."),
          ("h1", "4 Extra ondersteuning en arrangementen"),
          ("p", "Als de basisondersteuning niet genoeg is, volgt extra ondersteuning. Het aanbod is opgebouwd als "
                "een doorlopende reeks van lichte naar zware ondersteuning. Op de eigen school kan het "
                "ondersteuningsteam een schoolarrangement inzetten: extra handen in de groep, een remedial teacher "
                "of een specialist van het bestuur. Is meer nodig, dan volgt een bovenschools arrangement: de "
                "Lingeklas voor kinderen met ernstige gedragsproblemen (twee locaties, 24 plaatsen), de Plusklas "
                "voor hoogbegaafde leerlingen (één dag per week, vier locaties), de Taalklas voor nieuwkomers (één "
                "locatie, 30 plaatsen) en ambulante begeleiding vanuit het speciaal onderwijs. Binnen het speciaal "
                "basisonderwijs en het speciaal onderwijs zijn plaatsen beschikbaar voor kinderen die meer nodig "
                "hebben dan een reguliere school met arrangement kan bieden."),
          ("p", "De scholen voor speciaal basisonderwijs De Wilgen en Het Palet bieden daarnaast een observatiegroep "
                "van maximaal acht weken. De so-school De Uiterwaard heeft een afdeling voor zeer moeilijk lerende "
                "kinderen en een afdeling voor kinderen met psychiatrische problematiek. Zo ontstaat één "
                "samenhangend geheel van voorzieningen binnen en tussen de scholen."),
          ("p", "Hoe goed dit aanbod aansluit bij de vraag, weten we op dit moment onvoldoende. Een analyse van "
                "eventuele witte vlekken staat gepland voor het schooljaar 2027-2028; de uitkomsten nemen we op in "
                "een volgend jaarplan. Het aantal thuiszitters in onze regio is de afgelopen jaren overigens beperkt "
                "gebleven.")]
    b += [("h1", "5 Toelaatbaarheid tot speciaal basisonderwijs en speciaal onderwijs"),
          ("h2", "5.1 Wie vraagt aan en hoe"),
          ("p", "Een toelaatbaarheidsverklaring (TLV) wordt aangevraagd door het bevoegd gezag van de school waar de "
                "leerling staat ingeschreven of is aangemeld. De aanvraag loopt via het Loket van het "
                "samenwerkingsverband en gebeurt digitaal. De school voegt het groeidocument met "
                "ontwikkelingsperspectief, het onderwijskundig rapport, de verslagen van ten minste twee "
                "besprekingen in het ondersteuningsteam en de zienswijze van de ouders toe."),
          ("bullets", ["Stap 1: de school bespreekt de leerling in het ondersteuningsteam, met ouders erbij.",
                       "Stap 2: de school dient de aanvraag in bij het Loket; het Loket toetst binnen vijf werkdagen op volledigheid.",
                       "Stap 3: twee deskundigen geven elk een eigen schriftelijk advies: een orthopedagoog of psycholoog, en afhankelijk van het kind een tweede deskundige (kinderpsychiater, maatschappelijk werker, pedagoog of arts). Geen van beiden is betrokken geweest bij de aanvraag.",
                       "Stap 4: de Commissie Toelaatbaarheid (CvT) neemt namens de directeur-bestuurder een besluit binnen zes weken na ontvangst van de volledige aanvraag.",
                       "Stap 5: ouders en school ontvangen het besluit met een afschrift van de deskundigenadviezen."]),
          ("h2", "5.2 Wanneer is een kind toelaatbaar?"),
          ("p", "De CvT verklaart een leerling toelaatbaar tot het speciaal basisonderwijs als (a) de school "
                "aantoonbaar de basisondersteuning en ten minste één arrangement van zes maanden heeft ingezet, "
                "(b) de ontwikkeling op twee of meer domeinen (leren, gedrag, sociaal-emotioneel, werkhouding) "
                "ondanks deze inzet stagneert en (c) het ondersteuningsteam onderbouwt dat de leerling een kleinere "
                "groep met een specialistische aanpak nodig heeft die een reguliere school niet kan bieden. Voor het "
                "speciaal onderwijs geldt daarnaast dat de ondersteuningsbehoefte structureel is en blijkt uit een "
                "diagnose of een langdurig handelingsgericht traject, en dat onderwijs en zorg intensief verweven "
                "moeten zijn."),
          ("h2", "5.3 Duur en bekostigingscategorie"),
          ("p", "Een TLV voor het speciaal basisonderwijs geldt tot het einde van het schooljaar waarin de leerling "
                "twaalf wordt. Een TLV voor het speciaal onderwijs geldt twee schooljaren. Bij het so bepaalt de CvT "
                "de bekostigingscategorie laag, midden of hoog op basis van het advies van de deskundigen."),
          ("h2", "5.4 Bezwaar"),
          ("p", "Ouders en school kunnen binnen zes weken bezwaar maken tegen een besluit. Het samenwerkingsverband "
                "is aangesloten bij de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen, die advies "
                "uitbrengt aan de directeur-bestuurder."),
          ("h2", "5.5 Spoedplaatsing"),
          ("p", "In acute situaties kan een leerling op basis van een voorlopige TLV voor maximaal drie maanden "
                "worden geplaatst. In die periode doorloopt de school de gewone procedure."),
          ("h2", "5.6 Aan het einde van de TLV"),
          ("p", "In het laatste schooljaar van een TLV organiseert de school voor speciaal (basis)onderwijs vóór 1 "
                "februari een evaluatiegesprek met ouders, een medewerker van het Loket en, als er al zicht op is, "
                "de beoogde reguliere school. Uitgangspunt is het ontwikkelingsperspectief. Blijkt dat de leerling "
                "kan overstappen, dan meldt de s(b)o-school de leerling uiterlijk 1 april aan bij de reguliere "
                "school en draagt zij het dossier warm over. Is verder speciaal onderwijs nodig, dan vraagt de "
                "s(b)o-school vóór 1 mei een nieuwe TLV aan; de CvT beslist dan volgens paragraaf 5.1. Zonder nieuwe "
                "TLV eindigt de plaatsing op 31 juli."),
          ("p", "Welke uitgangspunten het samenwerkingsverband hanteert bij terugplaatsing en welke begeleiding een "
                "leerling na de overstap krijgt, beschrijft het bestuur in de loop van 2027 in een aparte notitie.")]
    b += [("h1", "6 Geld en middelen"),
          ("p", "Het samenwerkingsverband ontvangt jaarlijks de rijksbijdrage voor lichte en zware ondersteuning. "
                "Na aftrek van de afdrachten aan DUO voor leerlingen in het speciaal onderwijs en de bekostiging van "
                "het speciaal basisonderwijs boven de 2%-grens resteert het budget dat wij verdelen."),
          ("p", "De verdeling gaat volgens een vast model. Elk schoolbestuur ontvangt € 185 per leerling op de "
                "teldatum 1 oktober van het voorgaande jaar, plus een vaste voet van € 4.000 per vestiging. Dit "
                "schoolbudget is bestemd voor de schoolarrangementen en voor de uitvoering van de standaarden van de "
                "basisondersteuning die extra inzet vragen. Voor de bovenschoolse arrangementen stelt het "
                "samenwerkingsverband zelf de formatie beschikbaar; toekenning per leerling gebeurt door het Loket "
                "aan de hand van de criteria in hoofdstuk 4. De algemene vergadering stelt het verdeelmodel jaarlijks "
                "in november vast bij de begroting."),
          ("table", [["Meerjarenbegroting (x € 1.000)", "2026", "2027", "2028", "2029"],
                     ["Baten rijksbijdrage ondersteuning", "9.640", "9.520", "9.410", "9.300"],
                     ["Afdracht DUO so en sbo", "-4.210", "-4.180", "-4.150", "-4.120"],
                     ["Schoolbudgetten besturen", "2.985", "2.950", "2.910", "2.880"],
                     ["Bovenschoolse arrangementen", "1.420", "1.420", "1.400", "1.380"],
                     ["Loket, CvT en deskundigen", "410", "415", "420", "425"],
                     ["Bureau en bestuur", "520", "525", "530", "535"],
                     ["Saldo", "95", "30", "0", "-40"]]),
          ("p", "Het weerstandsvermogen ligt met 6% van de baten ruim onder de signaleringswaarde; het "
                "samenwerkingsverband heeft geen bovenmatige reserve. Besturen verantwoorden de besteding van het "
                "schoolbudget jaarlijks in een korte rapportage per school."),
          ("h1", "7 Communicatie"),
          ("p", "Goede communicatie is een voorwaarde voor vertrouwen. Het samenwerkingsverband communiceert met "
                "scholen via de nieuwsbrief en het directeurenoverleg, en met gemeenten via de ambtelijke "
                "overleggen."),
          ("p", "Ouders informeren we op verschillende manieren over de ondersteuning in de regio. Op de website "
                "staat een ouderpagina met een overzicht van alle arrangementen en voorzieningen en hoe je daar "
                "gebruik van maakt. Elke school reikt bij de aanmelding de ouderfolder 'Ondersteuning in De "
                "Lingestroom' uit, die ook in het Arabisch, Pools en Turks beschikbaar is. Twee keer per jaar "
                "organiseren we een informatieavond voor ouders, en de schoolgids van elke school bevat een "
                "verplichte paragraaf over de basisondersteuning en de route naar extra ondersteuning."),
          ("p", "Hebben ouders een vraag of verschil van mening met school of samenwerkingsverband, dan kunnen zij "
                "onafhankelijk advies krijgen bij het Ouder- en Jeugdsteunpunt Linge, dat buiten het "
                "samenwerkingsverband is georganiseerd en telefonisch en via de mail bereikbaar is. Ook kunnen zij "
                "kosteloos een beroep doen op de Onderwijsconsulenten. Voor klachten over het samenwerkingsverband "
                "geldt de klachtenregeling; geschillen over toelating of verwijdering kunnen worden voorgelegd aan "
                "de Geschillencommissie passend onderwijs."),
          ("h1", "8 Samenwerking met gemeenten"),
          ("p", "Met de drie gemeenten voeren we jaarlijks op overeenstemming gericht overleg (OOGO). Het concept "
                "van dit plan is op 3 maart 2026 in OOGO besproken. Gezamenlijke thema's zijn de aansluiting tussen "
                "onderwijs en jeugdhulp, leerlingenvervoer en onderwijshuisvesting. In de planperiode werken we "
                "verder aan onderwijs-zorgarrangementen, waarin jeugdhulp op school wordt ingezet voor groepen "
                "leerlingen. Afspraken over de inzet van de lokale teams zijn vastgelegd in een convenant."),
          ("h1", "9 Kwaliteit"),
          ("p", "Kwaliteitszorg is een gedeelde verantwoordelijkheid van besturen en samenwerkingsverband. Welke "
                "resultaten we voor leerlingen met een ondersteuningsbehoefte willen bereiken en op welke manier we "
                "die gaan volgen, leggen we vast in het eerste jaarplan onder dit ondersteuningsplan (p.m.).")]
    b += extra_filler(naam, "po")
    b += governance(naam, True, "po")
    b += personeel_ict_planning(naam)
    b += [("h1", "Begrippenlijst"),
          ("bullets", ["Basisondersteuning: het door het samenwerkingsverband afgesproken niveau van ondersteuning dat alle scholen bieden.",
                       "Beoogde resultaten: de doelen die het samenwerkingsverband zich stelt voor leerlingen met extra ondersteuningsbehoeften, en de wijze waarop die gemeten worden.",
                       "Terugplaatsing: de overstap van een leerling van het speciaal (basis)onderwijs naar het regulier onderwijs, met passende begeleiding na de overstap.",
                       "Thuiszitter: leerplichtige leerling die zonder vrijstelling langer dan vier weken niet naar school gaat.",
                       "Dekkend aanbod: het geheel van voorzieningen waardoor voor elke leerling een passende plek is.",
                       "OOGO: op overeenstemming gericht overleg met gemeenten.",
                       "TLV: toelaatbaarheidsverklaring."])]
    return b


P1_LABEL = dict(
    documents=["po-lingestroom-ondersteuningsplan-2026-2030.docx"], sector="po", looks_like_plan=True,
    elements=dict(basisondersteuning="present", plaatsing="present", terugstroom="partial", financien="present",
                  **{"dekkend-aanbod": "partial"}, resultaten="missing", ouders="present"),
    criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
              "plaatsing.procedure": True, "plaatsing.criteria": True,
              "terugstroom.procedure": True, "terugstroom.beleid": False,
              "financien.verdeling": True, "financien.besteding": True,
              "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": False,
              "resultaten.doelen": False, "resultaten.monitoring": False,
              "ouders.informatie": True, "ouders.steunpunt": True},
    advisory_addressed={"basisondersteuning": ["borging"],
                        "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
                        "financien": ["reserves", "verantwoording"],
                        "dekkend-aanbod": ["ketenpartners"],
                        "ouders": ["betrokkenheid"]},
    notes={"basisondersteuning": "Ch. 3 'Wat elke school in de regio biedt': agreed minimum for every vestiging plus 12-standard table.",
           "plaatsing": "Ch. 5 full TLV procedure (Loket, 2 deskundigen, CvT, 6 weeks), criteria 5.2, duration/category 5.3, LBT bezwaar 5.4.",
           "terugstroom": "Procedure only inside TLV chapter 5.6 (evaluation before 1 Feb, new TLV before 1 May); policy/support after return deferred to a 2027 notitie; begrippenlijst definition is a trap.",
           "financien": "Ch. 'Geld en middelen': €185 per leerling + vaste voet, meerjarenbegroting table 2026-2029.",
           "dekkend-aanbod": "Ch. 4 describes continuum (schoolarrangement -> bovenschools -> sbo/so); gap analysis deferred to 2027-2028, thuiszitters only a passing remark; OOGO ch. 8 = ketenpartners.",
           "resultaten": "Only deferral in ch. 9 ('leggen we vast in het eerste jaarplan (p.m.)') and a begrippenlijst definition; no goals or monitoring.",
           "ouders": "Ch. 7 'Communicatie': ouderpagina, ouderfolder, infoavonden; independent help via Ouder- en Jeugdsteunpunt Linge and Onderwijsconsulenten."})


# --------------------------------------------------------------------------------------------
# Plan 2 – VO, docx. SWV VO Kempenrand (VO 30-77)
# --------------------------------------------------------------------------------------------

def plan2():
    naam = "Samenwerkingsverband VO Kempenrand"
    b = [("header", "SWV VO Kempenrand (VO 30-77) — Ondersteuningsplan 2026-2030 — concept voor OPR"),
         ("title", "Ondersteuningsplan 2026-2030 Samenwerkingsverband Voortgezet Onderwijs Kempenrand (VO 30-77)"),
         ("p", "Versie 1.3, vastgesteld 31 maart 2026. Met aandacht voor: basisondersteuning, toewijzing, "
               "terugplaatsing, financiën, resultaten en ouders."),
         ("toc", None)]
    b += voorwoord(naam, "2026-2030", "vo")
    b += [("h1", "Samenvatting"),
          ("p", "Kempenrand omvat 9 schoolbesturen met 16 vestigingen voor vmbo, havo en vwo, 2 scholen voor "
                "praktijkonderwijs en 2 vso-scholen. Ongeveer 11.200 leerlingen gaan in de regio naar school. In dit "
                "plan kiezen we voor drie speerpunten: versterken van de ondersteuning in de school, sneller "
                "passend aanbod voor leerlingen die (dreigen) uit te vallen, en meer leerlingen die na het vso "
                "teruggaan naar het regulier voortgezet onderwijs."),
          ("h1", "Terugblik op de periode 2022-2026"),
          ("p", "In het vorige plan stelden we ons vijf doelen. Het deelnamepercentage vso daalde van 4,1% "
                "(1 oktober 2021) naar 3,6% (1 oktober 2025) en ligt daarmee onder het landelijk gemiddelde van "
                "3,8%. Het aantal thuiszitters langer dan drie maanden daalde van 23 naar 11. De doorlooptijd van "
                "een aanvraag bij de Commissie Toewijzing ging van gemiddeld 41 naar 27 kalenderdagen. Het doel om "
                "per jaar ten minste 15 leerlingen vanuit het vso terug te laten stromen haalden we niet: het "
                "gemiddelde was 9 per jaar. De tevredenheid van scholen over de ondersteuning van het "
                "samenwerkingsverband steeg van 6,8 naar 7,4.")]
    b += visie(naam, "vo", ouders_zin=False)
    b += [("h1", "Ondersteuning in drie niveaus"),
          ("h2", "Niveau 1: basisondersteuning"),
          ("p", "Alle vestigingen in Kempenrand bieden ten minste de basisondersteuning die de besturen samen "
                "hebben vastgesteld. Dat is de ondergrens voor de hele regio: elke leerling kan op elke vestiging "
                "op dit niveau rekenen, zonder dat daarvoor een aanvraag bij het samenwerkingsverband nodig is. Wat "
                "dat per school concreet inhoudt, is te vinden in het schoolondersteuningsprofiel van de "
                "betreffende school op de website van die school. De gezamenlijke standaarden worden in schooljaar "
                "2026-2027 geactualiseerd, zodra de landelijke norm basisondersteuning bekend is."),
          ("h2", "Niveau 2: arrangementen in en om de school"),
          ("p", "Waar de basisondersteuning niet volstaat, zet de school een arrangement in, bekostigd uit het "
                "schoolbudget. Voorbeelden zijn een trajectvoorziening in de school, begeleiding door een "
                "gedragsspecialist of een aangepast rooster. Voor leerlingen die meer nodig hebben zijn er vier "
                "bovenschoolse voorzieningen: het OPDC De Brug (60 plaatsen, maximaal één jaar), de "
                "reboundvoorziening (12 plaatsen, maximaal 12 weken), de Schakelklas voor nieuwkomers die uit de ISK "
                "komen, en de Overstapklas voor leerlingen met autisme die de overstap van vso naar regulier maken."),
          ("h2", "Niveau 3: vso, praktijkonderwijs en lwoo"),
          ("p", "De twee vso-scholen bieden onderwijs aan leerlingen met een structurele, intensieve "
                "ondersteuningsbehoefte (cluster 3 en 4). De scholen voor praktijkonderwijs en de vmbo-scholen met "
                "leerwegondersteuning vormen samen met het vso het specialistische deel van ons aanbod. Zo vormen "
                "de drie niveaus één doorlopend geheel van voorzieningen binnen en tussen de scholen."),
          ("h1", "Een passende plek voor elke leerling"),
          ("p", "Een dekkend aanbod betekent dat er voor elke leerling een passende plek is. Twee keer per jaar "
                "brengen we in beeld waar dat niet lukt: met de leerplichtambtenaren bespreken we alle "
                "thuiszitters, leerlingen met een vrijstelling en leerlingen op een wachtlijst. De uitkomsten "
                "gebruiken we om het aanbod aan te passen. Zo is in 2024 de Overstapklas gestart nadat bleek dat "
                "leerlingen met autisme vaak vastliepen na het vso."),
          ("p", "Elke thuiszitter wordt binnen twee weken na melding besproken aan de thuiszitterstafel, waar de "
                "school, leerplicht, jeugdhulp en het samenwerkingsverband samen een plan maken. Komt er binnen zes "
                "weken geen oplossing, dan gebruikt de directeur-bestuurder de doorzettingsmacht die de besturen "
                "hem hebben gegeven: hij wijst een school aan die de leerling tijdelijk inschrijft en ontvangt "
                "daarvoor een bijdrage uit het budget voor maatwerk. De zorgplicht blijft bij het bestuur waar de "
                "leerling is aangemeld."),
          ("h1", "Toewijzing van vso, lwoo en praktijkonderwijs"),
          ("p", "De Commissie Toewijzing beslist namens het samenwerkingsverband over toelaatbaarheid tot het "
                "vso, over de aanwijzing voor leerwegondersteunend onderwijs en over de toelaatbaarheid tot het "
                "praktijkonderwijs. Het bevoegd gezag van de school waar de leerling is ingeschreven of aangemeld "
                "dient de aanvraag in via het digitale portaal, met het groeidocument, het onderwijskundig rapport "
                "en het ontwikkelingsperspectiefplan."),
          ("bullets", ["Het bureau controleert binnen vijf werkdagen of de aanvraag compleet is.",
                       "Voor vso-aanvragen brengen een orthopedagoog-generalist en een tweede deskundige (psycholoog, jeugdarts of maatschappelijk werker) ieder afzonderlijk schriftelijk advies uit.",
                       "De commissie beslist binnen zes weken; in het eerste halfjaar van het brugjaar (aanmeldperiode lwoo en pro) binnen vier weken.",
                       "Het besluit wordt schriftelijk aan de school verzonden, met de adviezen van de deskundigen.",
                       "Tegen het besluit staat bezwaar open bij de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen; de termijn is zes weken."]),
          ("p", "Een TLV vso geldt standaard twee schooljaren, een TLV praktijkonderwijs geldt voor de gehele "
                "opleiding."),
          ("p", "De inhoudelijke criteria voor toelaatbaarheid tot het vso worden in 2026 opnieuw bekeken. Tot die "
                "herijking is afgerond, hanteert de commissie een intern werkdocument, dat na instemming van de OPR "
                "openbaar wordt gemaakt. Voor lwoo en praktijkonderwijs volgt de commissie de landelijke "
                "regelgeving.")]
    b += [("h1", "Terug naar het regulier voortgezet onderwijs"),
          ("p", "Kempenrand wil dat leerlingen niet langer in het vso blijven dan nodig is. Ons beleid is dat iedere "
                "vso-leerling een reëel perspectief op terugkeer heeft als zijn ontwikkelingsperspectief dat toelaat, "
                "bij voorkeur op een school dicht bij huis en naar het hoogst haalbare niveau. Voorwaarden voor "
                "terugkeer zijn dat de leerling het onderwijsprogramma van het regulier vo kan volgen met ten hoogste "
                "een niveau-2-arrangement, en dat de ontvangende school een begeleidingsplan heeft. Na de overstap "
                "krijgt de leerling een terugkeerarrangement van een jaar: begeleiding door een ambulant begeleider "
                "van de vso-school (twee uur per week) en een vast aanspreekpunt op de nieuwe school. De ontvangende "
                "school krijgt daarvoor € 3.500 uit het budget terugkeer."),
          ("p", "De procedure is als volgt. Elke vso-school evalueert het ontwikkelingsperspectief van iedere "
                "leerling jaarlijks in het voorjaar. Vanaf het moment dat de evaluatie terugkeer realistisch maakt, "
                "en in elk geval in het laatste jaar van de TLV, neemt de vso-school het initiatief voor een "
                "overstapgesprek met de leerling, de beoogde school en de trajectbegeleider van het "
                "samenwerkingsverband. De trajectbegeleider stelt binnen drie weken een overstapplan op, dat de "
                "Commissie Toewijzing bekrachtigt. Is terugkeer (nog) niet mogelijk, dan vraagt de vso-school "
                "uiterlijk 1 april een verlenging van de TLV aan. Na een half jaar en na een jaar evalueert de "
                "trajectbegeleider de overstap met de nieuwe school. We volgen het aantal terugplaatsingen per jaar; "
                "het streefcijfer is 15.")]
    b += [("h1", "Geld en verdeling"),
          ("p", "Het ondersteuningsbudget bestaat uit de middelen voor lichte ondersteuning (inclusief lwoo en "
                "praktijkonderwijs) en zware ondersteuning. Na de afdrachten aan DUO voor het vso verdeelt "
                "Kempenrand het resterende budget volgens het volgende model. De middelen voor lichte ondersteuning "
                "gaan volledig naar de besturen op basis van het aantal leerlingen op 1 oktober (€ 142 per "
                "leerling). Lwoo- en pro-middelen worden per aangewezen leerling toegekend. Uit de middelen voor zware "
                "ondersteuning ontvangt elke vestiging een vaste voet van € 25.000; voor bovenschoolse voorzieningen "
                "betaalt het samenwerkingsverband per geplaatste leerling een normbedrag van € 9.800 aan de "
                "uitvoerende school."),
          ("p", "Een begroting met bedragen voor de planperiode is in dit plan nog niet opgenomen. De "
                "meerjarenbegroting 2026-2030 wordt na vaststelling door de raad van toezicht in het najaar van 2026 "
                "als bijlage aan dit plan toegevoegd."),
          ("h1", "Resultaten en kwaliteitszorg"),
          ("p", "Voor de planperiode hebben we de volgende beoogde resultaten geformuleerd voor leerlingen met een "
                "ondersteuningsbehoefte."),
          ("table", [["Doel", "Indicator", "Nulmeting", "Streefwaarde 2030"],
                     ["Minder leerlingen buiten het regulier onderwijs", "deelnamepercentage vso op 1 oktober", "3,6%", "3,3%"],
                     ["Geen langdurige thuiszitters", "thuiszitters > 3 maanden", "11", "maximaal 5"],
                     ["Meer terugkeer", "terugplaatsingen vso → vo per jaar", "9", "15"],
                     ["Snelle toewijzing", "doorlooptijd Commissie Toewijzing", "27 dagen", "≤ 21 dagen"],
                     ["Succesvol OPDC", "leerlingen die binnen een jaar terugkeren naar de eigen school", "68%", "80%"]]),
          ("p", "Wij meten deze indicatoren elk kwartaal met ons dashboard, dat gevoed wordt met gegevens van DUO, "
                "leerplicht en de eigen registratie. De directeur-bestuurder rapporteert twee keer per jaar aan de "
                "raad van toezicht en de OPR. In het jaarverslag verantwoorden we per doel de bereikte resultaten en "
                "de kosten. Halverwege de planperiode laten we een externe evaluatie uitvoeren; de uitkomst bespreken "
                "we met alle besturen."),
          ("h1", "Samenwerking met gemeenten en jeugdhulp"),
          ("p", "Met de vier gemeenten in de regio is het concept van dit plan op 5 maart 2026 in OOGO besproken. "
                "Gezamenlijke agenda-punten zijn jeugdhulp op school, leerlingenvervoer, huisvesting van het OPDC en "
                "de aansluiting op het mbo en de arbeidsmarkt. Met de gemeenten zijn afspraken gemaakt over "
                "schoolmaatschappelijk werk op alle vestigingen."),
          ("h1", "Ouders en leerlingen"),
          ("p", "Dit hoofdstuk wordt na het gesprek met de OPR in juni 2026 aangevuld.")]
    b += extra_filler(naam, "vo")
    b += governance(naam, False, "vo")
    b += personeel_ict_planning(naam)
    b += [("h1", "Afkortingen en begrippen"),
          ("table", [["Term", "Betekenis"],
                     ["OJSP", "Ouder- en jeugdsteunpunt: onafhankelijk steunpunt waar ouders en leerlingen met vragen terecht kunnen"],
                     ["Onderwijsconsulenten", "Landelijke organisatie die ouders kosteloos en onafhankelijk adviseert"],
                     ["Ouderpagina", "Deel van de website met informatie voor ouders over het ondersteuningsaanbod"],
                     ["OPDC", "Orthopedagogisch-didactisch centrum"],
                     ["TLV", "Toelaatbaarheidsverklaring"],
                     ["Lwoo", "Leerwegondersteunend onderwijs"],
                     ["Pro", "Praktijkonderwijs"]])]
    return b


P2_LABEL = dict(
    documents=["vo-kempenrand-ondersteuningsplan.docx"], sector="vo", looks_like_plan=True,
    elements=dict(basisondersteuning="partial", plaatsing="partial", terugstroom="present", financien="partial",
                  **{"dekkend-aanbod": "present"}, resultaten="present", ouders="missing"),
    criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": False,
              "plaatsing.procedure": True, "plaatsing.criteria": False,
              "terugstroom.procedure": True, "terugstroom.beleid": True,
              "financien.verdeling": True, "financien.besteding": False,
              "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
              "resultaten.doelen": True, "resultaten.monitoring": True,
              "ouders.informatie": False, "ouders.steunpunt": False},
    advisory_addressed={"plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
                        "terugstroom": ["monitoring"],
                        "dekkend-aanbod": ["ketenpartners"],
                        "resultaten": ["meetbaar"]},
    notes={"basisondersteuning": "'Niveau 1': states the agreed regional minimum for all vestigingen, but content only by reference to each school's SOP on its website; standards to be updated 2026-2027.",
           "plaatsing": "'Toewijzing van vso, lwoo en praktijkonderwijs': procedure (portal, 2 deskundigen, 6/4 weeks, LBT); vso criteria deferred to an internal werkdocument, lwoo/pro only 'landelijke regelgeving'; the 'Niveau 3' target-group sentence is a description of the offer, not a criterion.",
           "terugstroom": "'Terug naar het regulier voortgezet onderwijs': policy (aims, conditions, terugkeerarrangement €3.500) and procedure (yearly OPP evaluation, overstapplan, verlenging by 1 April).",
           "financien": "'Geld en verdeling': verdeelmodel (€142 per leerling, vaste voet €25.000, normbedrag €9.800); no begroting with amounts – meerjarenbegroting 'wordt als bijlage toegevoegd'.",
           "dekkend-aanbod": "Three-level continuum (OPDC, rebound, Schakelklas, vso/pro/lwoo) and 'Een passende plek voor elke leerling' (twice-yearly gap inventory, thuiszitterstafel, doorzettingsmacht).",
           "resultaten": "Terugblik with achieved figures; 'Resultaten en kwaliteitszorg' table with streefwaarden and quarterly dashboard/reporting.",
           "ouders": "Heading 'Ouders en leerlingen' only says it will be added after June 2026; OJSP/Onderwijsconsulenten/ouderpagina only in the afkortingenlijst; the 'Totstandkoming en wettelijk kader' restatement of the legal duty and a studiedag theme are passing mentions; OPR described without parents."})


# --------------------------------------------------------------------------------------------
# Plan 3 – PO, pdf (rendered from docx). SWV Primair Passend Veenhorst (PO 21-64)
# --------------------------------------------------------------------------------------------

def plan3():
    naam = "Samenwerkingsverband Primair Passend Veenhorst"
    b = [("header", "Veenhorst PO 21-64 | Ondersteuningsplan 2026-2030"),
         ("title", "Samen sterk voor elk kind — Ondersteuningsplan 2026-2030 van Samenwerkingsverband Primair Passend Veenhorst (PO 21-64)"),
         ("p", "Planperiode 1 augustus 2026 - 31 juli 2030. Onderwerpen: basisondersteuning, toelaatbaarheid, "
               "terugplaatsing, financiën, dekkend aanbod, resultaten, informatie voor ouders."),
         ("toc", None)]
    b += voorwoord(naam, "2026-2030", "po")
    b += [("h1", "Over Veenhorst"),
          ("p", "Veenhorst is een samenwerkingsverband in een landelijk gebied met zes gemeenten. Er zijn 7 "
                "schoolbesturen aangesloten met 41 basisscholen, één school voor speciaal basisonderwijs (De "
                "Turfsteker, twee locaties) en één so-school (De Kraanvogel) met afdelingen voor cluster 3 en 4. Een "
                "deel van de leerlingen gaat naar so-scholen in de naburige regio's. De afstanden zijn groot: voor "
                "sommige kinderen betekent speciaal onderwijs een reistijd van meer dan drie kwartier.")]
    b += visie(naam, "po")
    b += [("h1", "Wat mag u van elke school verwachten?"),
          ("p", "Elke basisschool in Veenhorst biedt dezelfde basis. De besturen hebben in 2025 samen vastgelegd "
                "welke ondersteuning iedere vestiging minimaal moet bieden; dat afgesproken niveau noemen we "
                "basisondersteuning. Het geldt voor alle scholen, van de kleinste dorpsschool met 40 leerlingen tot "
                "de grootste school in de stad. Concreet kunt u op elke school rekenen op:"),
          ("bullets", ["een intern begeleider die op vaste dagen aanwezig is en met wie u binnen een week een afspraak kunt maken;",
                       "drie keer per jaar een bespreking van elke groep, waarin de leerkracht met de intern begeleider bekijkt welke kinderen iets extra's nodig hebben;",
                       "een aanpak voor leesproblemen en dyslexie volgens het landelijk protocol, inclusief extra leestijd en ondersteunende software;",
                       "een programma voor sociaal-emotionele ontwikkeling en een vast pestprotocol;",
                       "een aanbod voor kinderen die meer aankunnen: compacten en verrijken, en een plusgroep op bestuursniveau;",
                       "een gedragsaanpak met positieve bekrachtiging en een time-in-plek in de school;",
                       "een ontwikkelingsperspectief voor kinderen met een eigen leerlijn, dat met u wordt besproken;",
                       "een vast contact met het sociaal team van de gemeente en de jeugdverpleegkundige;",
                       "een protocol voor medische handelingen."]),
          ("p", "Het samenwerkingsverband bezoekt elke school eens in de twee jaar met een audit aan de hand van "
                "deze lijst. Voldoet een school op onderdelen niet, dan maakt het bestuur binnen drie maanden een "
                "verbeterplan."),
          ("h1", "Als meer nodig is: het ondersteuningsaanbod"),
          ("p", "Na de basisondersteuning volgt de extra ondersteuning. Het samenwerkingsverband heeft zijn aanbod "
                "opgebouwd als een trap. Eerste trede: een arrangement op de eigen school, aangevraagd bij het "
                "Expertiseteam, bijvoorbeeld een leerkrachtondersteuner of begeleiding door een "
                "gedragsdeskundige voor maximaal 20 weken. Tweede trede: een plaats in een van de regionale "
                "voorzieningen: de Ontdekgroep (jonge kinderen met een ontwikkelingsvoorsprong of -achterstand), de "
                "Kompasklas (gedrag, twee locaties) en de Taalbrug voor nieuwkomers. Derde trede: het speciaal "
                "basisonderwijs. Vierde trede: het speciaal onderwijs, eventueel in combinatie met zorg in een "
                "onderwijs-zorgarrangement."),
          ("h2", "Waar schiet het aanbod tekort?"),
          ("p", "Elk voorjaar maakt het Expertiseteam met de intern begeleiders een inventarisatie van kinderen "
                "voor wie geen passend aanbod beschikbaar is, kinderen op een wachtlijst en kinderen die thuiszitten "
                "of een vrijstelling hebben. In 2025 ging het om 19 kinderen, vooral jonge kinderen met ernstige "
                "gedragsproblemen en kinderen die meer zorg nodig hebben dan onderwijs. Op basis daarvan opent in "
                "augustus 2026 een tweede Kompasklas. Voor kinderen die thuiszitten is er een casusregisseur van het "
                "samenwerkingsverband die binnen vijf schooldagen contact opneemt met school, ouders en "
                "leerplichtambtenaar en die een terugkeerplan maakt; vrijstellingen bespreken we elk kwartaal met "
                "de jeugdartsen van de GGD."),
          ("h1", "Toelaatbaarheid tot sbo en so"),
          ("p", "Soms heeft een kind meer nodig dan een reguliere school kan bieden, ook met een arrangement. Dan "
                "kan een toelaatbaarheidsverklaring worden aangevraagd. De aanvraagprocedure, de samenstelling van "
                "de commissie en de termijnen zijn beschreven in bijlage 5 (Handboek Toelaatbaarheid)."),
          ("p", "Bij de beoordeling gelden de volgende criteria. Een kind is toelaatbaar tot het speciaal "
                "basisonderwijs als aan alle drie de voorwaarden is voldaan:"),
          ("bullets", ["de school heeft de basisondersteuning en ten minste één arrangement van twintig weken aantoonbaar en planmatig uitgevoerd;",
                       "het kind heeft op twee of meer ontwikkelingsgebieden een achterstand of problematiek die ondanks die inzet groter wordt (bijvoorbeeld een leerachterstand van meer dan een jaar bij gemiddelde mogelijkheden, of gedrag waardoor het kind structureel niet tot leren komt);",
                       "het kind is aangewezen op een kleine groep en een specialistische aanpak gedurende de hele schooldag."]),
          ("p", "Een kind is toelaatbaar tot het speciaal onderwijs als daarnaast sprake is van een blijvende "
                "beperking of stoornis (zeer moeilijk lerend, langdurig ziek, lichamelijk beperkt of ernstige "
                "gedrags- of psychiatrische problematiek) waardoor onderwijs en zorg dagelijks nauw moeten "
                "samenwerken, en de sbo-school heeft aangegeven deze ondersteuning niet te kunnen bieden.")]
    b += [("h1", "Financiën"),
          ("p", "Passend onderwijs kost geld en het geld moet terechtkomen waar het nodig is. In de tabellen "
                "hieronder staan de verdeling en de begroting."),
          ("table", [["Budgetonderdeel", "Verdeelcriterium", "Bedrag 2026-2027"],
                     ["Schoolbudget basis- en extra ondersteuning", "€ 160 per leerling op teldatum 1 oktober, naar het schoolbestuur", "€ 1.472.000"],
                     ["Vaste voet kleine scholen", "€ 6.500 per vestiging met minder dan 100 leerlingen", "€ 110.500"],
                     ["Arrangementen Expertiseteam", "toekenning per aanvraag; maximaal € 7.500 per arrangement van 20 weken", "€ 540.000"],
                     ["Regionale voorzieningen", "vaste formatie per groep van 12 leerlingen (€ 118.000 per groep)", "€ 590.000"],
                     ["Afdracht sbo boven 2% en so via DUO", "wettelijke bekostiging op peildatum 1 februari", "€ 3.240.000"]]),
          ("table", [["Meerjarenbegroting (bedragen in euro)", "2026", "2027", "2028", "2029"],
                     ["Totale baten", "6.210.000", "6.150.000", "6.080.000", "6.010.000"],
                     ["Afdrachten DUO", "3.240.000", "3.210.000", "3.190.000", "3.170.000"],
                     ["Schoolbudgetten en vaste voet", "1.582.500", "1.560.000", "1.540.000", "1.515.000"],
                     ["Arrangementen en regionale voorzieningen", "1.130.000", "1.150.000", "1.140.000", "1.130.000"],
                     ["Organisatie en bestuur", "298.000", "302.000", "306.000", "310.000"],
                     ["Resultaat", "-40.500", "-72.000", "-96.000", "-115.000"]]),
          ("p", "De negatieve resultaten zijn bewust: de reserve wordt zo teruggebracht tot het niveau van de "
                "signaleringswaarde."),
          ("h1", "Wat willen we bereiken?"),
          ("p", "We hebben voor kinderen die extra ondersteuning nodig hebben de volgende beoogde resultaten "
                "voor 2030 vastgesteld:"),
          ("bullets", ["ten minste 90% van de kinderen met een arrangement van het Expertiseteam blijft op de eigen school;",
                       "het deelnamepercentage speciaal basisonderwijs daalt van 2,6% naar 2,2%;",
                       "geen enkel kind zit langer dan drie maanden thuis zonder onderwijsaanbod;",
                       "kinderen in de Kompasklas keren binnen een jaar terug in een reguliere groep (streefwaarde 70%);",
                       "ouders waarderen de samenwerking met school rond ondersteuning met gemiddeld een 7,5."]),
          ("p", "Op welke manier en hoe vaak we de voortgang op deze doelen meten en erover rapporteren, werken we "
                "uit in het nieuwe kwaliteitskader, dat in de loop van 2027 verschijnt."),
          ("h1", "Informatie voor ouders"),
          ("p", "Ouders moeten snel kunnen vinden welke ondersteuning er is. Daarom heeft Veenhorst een "
                "ouderwebsite met per school de basisondersteuning, een overzicht van alle arrangementen en "
                "regionale voorzieningen en uitleg over de toelaatbaarheidsverklaring. Daarnaast geeft elke school "
                "bij de intake de brochure 'Wegwijs in passend onderwijs' mee, en organiseert het "
                "samenwerkingsverband elk najaar in drie kernen een inloopavond voor ouders."),
          ("p", "Voor vragen kunnen ouders altijd terecht bij de intern begeleider of de directeur van de school. "
                "Informatie over onafhankelijke ondersteuningsmogelijkheden staat op onze website."),
          ("h1", "Samenwerking met gemeenten"),
          ("p", "Met de zes gemeenten is op 26 februari 2026 OOGO gevoerd over dit plan. We werken samen in de "
                "Veenhorster Jeugdagenda, waarin afspraken staan over schoolmaatschappelijk werk, "
                "onderwijs-zorgarrangementen en vervoer naar speciaal onderwijs. De sociale teams zijn op elke "
                "school een vast aanspreekpunt.")]
    b += [("h1", "Kleine scholen en krimp"),
          ("p", "Het aantal leerlingen in Veenhorst daalt sinds 2015 met gemiddeld 1,5% per jaar. Vooral in de "
                "dorpen zijn scholen kleiner geworden; elf scholen hebben minder dan 80 leerlingen. Kleine scholen "
                "hebben het lastiger om expertise in huis te hebben, en een intern begeleider op een kleine school "
                "combineert die taak vaak met lesgeven. De besturen hebben afspraken gemaakt over samenwerking "
                "tussen scholen in een dorp of cluster, over het delen van specialisten en over de inzet van "
                "bovenschoolse intern begeleiders. Het samenwerkingsverband ondersteunt dit met leernetwerken en "
                "met een jaarlijkse bijeenkomst voor directeuren van kleine scholen."),
          ("p", "Krimp raakt ook het speciaal onderwijs. De so-school heeft in de afgelopen jaren een afdeling "
                "moeten samenvoegen. Met het bestuur van de so-school voeren we twee keer per jaar een gesprek over "
                "de ontwikkeling van het leerlingenaantal en de gevolgen voor het personeel."),
          ("h1", "Samenwerking met het samenwerkingsverband voortgezet onderwijs"),
          ("p", "Veenhorst overlapt grotendeels met het samenwerkingsverband voor voortgezet onderwijs in de "
                "regio. Over dit plan is op 3 maart 2026 overleg gevoerd met dat samenwerkingsverband. We hebben "
                "gezamenlijke afspraken over de overstap van groep 8 naar de brugklas: een warme overdracht voor "
                "alle leerlingen met een ontwikkelingsperspectief, een gezamenlijk overdrachtsformulier en een "
                "overstapcoach voor leerlingen uit het sbo en so. Ook organiseren we samen een jaarlijkse "
                "netwerkbijeenkomst voor intern begeleiders en mentoren van de brugklassen.")]
    b += extra_filler(naam, "po")
    b += governance(naam, True, "po")
    b += personeel_ict_planning(naam, " Het beleid voor terugplaatsing uit sbo en so stellen we in 2027 samen met "
                                      "De Turfsteker en De Kraanvogel op.")
    b += [("h1", "Begrippenlijst"),
          ("bullets", ["Terugplaatsing: het teruggaan van een leerling uit het sbo of so naar een reguliere basisschool.",
                       "Onderwijsconsulenten: onafhankelijke adviseurs voor ouders bij problemen rond onderwijs.",
                       "Ouder- en jeugdsteunpunt: onafhankelijk steunpunt voor ouders en kinderen.",
                       "Monitoring: het volgen van resultaten met vaste indicatoren.",
                       "TLV: toelaatbaarheidsverklaring voor sbo of so."]),
          ("h1", "Bijlagen"),
          ("p", "Bijlage 5 Handboek Toelaatbaarheid (apart document). Bijlage 6 Terugplaatsingsprotocol (in "
                "voorbereiding).")]
    return b


P3_LABEL = dict(
    documents=["po-veenhorst-ondersteuningsplan-2026-2030.pdf"], sector="po", looks_like_plan=True,
    elements=dict(basisondersteuning="present", plaatsing="partial", terugstroom="missing", financien="present",
                  **{"dekkend-aanbod": "present"}, resultaten="partial", ouders="partial"),
    criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
              "plaatsing.procedure": False, "plaatsing.criteria": True,
              "terugstroom.procedure": False, "terugstroom.beleid": False,
              "financien.verdeling": True, "financien.besteding": True,
              "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
              "resultaten.doelen": True, "resultaten.monitoring": False,
              "ouders.informatie": True, "ouders.steunpunt": False},
    advisory_addressed={"basisondersteuning": ["borging"],
                        "financien": ["reserves"],
                        "dekkend-aanbod": ["ketenpartners"],
                        "resultaten": ["meetbaar"],
                        "ouders": ["betrokkenheid"]},
    notes={"basisondersteuning": "Question heading 'Wat mag u van elke school verwachten?': agreed minimum for every vestiging plus concrete bullet list; audit every two years.",
           "plaatsing": "'Toelaatbaarheid tot sbo en so': criteria for sbo and so given; procedure, commission and terms only 'beschreven in bijlage 5' (absent annex).",
           "terugstroom": "Nothing: only TOC/begrippenlijst, a deferral in the planning chapter ('stellen we in 2027 op') and annex 6 'in voorbereiding'. Kompasklas return is not s(b)o terugplaatsing.",
           "financien": "Content only in two tables under 'Financiën' (verdeelcriteria per budget line; meerjarenbegroting 2026-2029).",
           "dekkend-aanbod": "'Als meer nodig is' four-step continuum; 'Waar schiet het aanbod tekort?' yearly gap inventory, casusregisseur for thuiszitters.",
           "resultaten": "'Wat willen we bereiken?' lists targets for 2030; how progress is measured/reported deferred to a 2027 kwaliteitskader.",
           "ouders": "'Informatie voor ouders': ouderwebsite, brochure, inloopavonden; independent support only 'staat op onze website' (IB'er/directeur are not independent); OJSP only in begrippenlijst."})


# --------------------------------------------------------------------------------------------
# Plan 4 – VO, pdf (rendered from docx). SWV VO Duinzoom (VO 31-92)
# --------------------------------------------------------------------------------------------

def plan4():
    naam = "Samenwerkingsverband VO Duinzoom"
    b = [("header", "Ondersteuningsplan Duinzoom VO 31-92 • 2026-2030"),
         ("title", "Ondersteuningsplan Samenwerkingsverband Voortgezet Onderwijs Duinzoom (VO 31-92) 2026-2030"),
         ("p", "Met instemming van de ondersteuningsplanraad d.d. 19 maart 2026."),
         ("toc", None)]
    b += voorwoord(naam, "2026-2030", "vo")
    b += [("h1", "1 De regio in cijfers"),
          ("p", "Duinzoom omvat 6 schoolbesturen met 13 vestigingen voor regulier voortgezet onderwijs, 1 school voor "
                "praktijkonderwijs en 1 vso-school met drie locaties. Op 1 oktober 2025 telde de regio 8.460 "
                "leerlingen in het regulier vo, 412 leerlingen in het praktijkonderwijs en 268 leerlingen in het "
                "vso. Ruim 1.100 leerlingen ontvangen leerwegondersteuning. Het fundament van ons werk blijft de "
                "basisondersteuning op de scholen; daarover gaan de besturen in de planperiode verder met elkaar in "
                "gesprek."),
          ("p", "Kenmerkend voor de regio zijn de seizoenseconomie, een relatief hoog aandeel leerlingen uit "
                "gezinnen met een laag inkomen en een groeiend aantal nieuwkomers. Daarnaast vergrijst de "
                "bevolking en lopen de leerlingenaantallen de komende tien jaar met ongeveer 12% terug.")]
    b += visie(naam, "vo")
    b += [("h1", "2 Toelaatbaarheid: vso, lwoo en praktijkonderwijs"),
          ("h2", "Hoe verloopt een aanvraag?"),
          ("p", "De school waar de leerling is ingeschreven of aangemeld, vraagt namens het bevoegd gezag een "
                "toelaatbaarheidsverklaring (TLV) of een aanwijzing lwoo aan bij het Toewijzingsloket van Duinzoom. "
                "De school levert het groeidocument, het OPP, recente toetsgegevens en de zienswijze van ouders en "
                "leerling aan. Het Toewijzingsloket neemt binnen vier weken een besluit namens het bestuur; in de "
                "aanmeldperiode voor het eerste leerjaar (1 februari tot 1 mei) beslist het loket over lwoo en pro "
                "binnen drie weken."),
          ("p", "Bij elke aanvraag voor het vso adviseren twee deskundigen, onafhankelijk van elkaar en schriftelijk: "
                "een orthopedagoog-generalist of GZ-psycholoog, en een tweede deskundige die past bij de vraag van "
                "de leerling (jeugdarts, maatschappelijk werker of kinder- en jeugdpsychiater). Deze deskundigen "
                "zijn niet eerder bij de leerling betrokken geweest."),
          ("h2", "Wanneer is een leerling toelaatbaar?"),
          ("p", "Voor het vso hanteert Duinzoom drie criteria, die alle drie moeten gelden: (1) de leerling heeft "
                "een ondersteuningsbehoefte op het gebied van leren, gedrag, communicatie of lichamelijke en "
                "medische zorg die zo intensief is dat zij het aanbod van de reguliere school inclusief "
                "arrangementen overstijgt; (2) de school heeft in de voorafgaande zes maanden aantoonbaar "
                "ondersteuning ingezet volgens het OPP en dat geëvalueerd; (3) de leerling heeft een "
                "onderwijs-zorgcombinatie nodig die alleen het vso kan bieden. Voor het praktijkonderwijs gelden de "
                "landelijke criteria: een IQ tussen 55 en 80 en een leerachterstand van drie jaar of meer op twee "
                "van de vier domeinen, waarvan één begrijpend lezen of inzichtelijk rekenen. Voor lwoo heeft Duinzoom "
                "gekozen voor eigen criteria (opting out): een leerling komt in aanmerking bij een leerachterstand "
                "van anderhalf tot drie jaar op twee domeinen, of bij een achterstand op één domein in combinatie "
                "met sociaal-emotionele problematiek die blijkt uit het groeidocument. Een aanwijzing lwoo geldt voor "
                "de duur van de opleiding."),
          ("h2", "Hoe lang geldt een TLV en welke categorie?"),
          ("p", "Een TLV vso wordt afgegeven voor ten hoogste drie schooljaren, met bekostigingscategorie laag, "
                "midden of hoog volgens het advies van de deskundigen. Een TLV praktijkonderwijs geldt voor de "
                "gehele schoolloopbaan in het praktijkonderwijs."),
          ("h2", "Wat als ik het niet eens ben met het besluit?"),
          ("p", "Ouders kunnen binnen zes weken na de datum van het besluit bezwaar maken bij het bestuur van "
                "Duinzoom. Het bestuur vraagt advies aan de Landelijke Bezwaaradviescommissie "
                "Toelaatbaarheidsverklaringen en beslist binnen zes weken na dat advies."),
          ("h1", "3 Van vso terug naar het regulier"),
          ("p", "Duinzoom vindt dat een plaatsing in het vso geen eindstation hoeft te zijn. Ons beleid: elke "
                "vso-leerling die het regulier onderwijs aankan met ondersteuning die een reguliere school kan "
                "bieden, krijgt de kans om over te stappen, bij voorkeur naar een school in de eigen woonplaats. "
                "Voorwaarden zijn dat de leerling zelf wil, dat het OPP van de vso-school de overstap onderbouwt en "
                "dat er een passende leerweg beschikbaar is. Na terugkeer heeft de leerling recht op een "
                "terugkeerarrangement: gedurende minimaal een half jaar ambulante begeleiding door de vso-school en "
                "een mentor met extra tijd op de nieuwe school. De kosten daarvan draagt het samenwerkingsverband."),
          ("p", "Wie bij een terugplaatsing het initiatief neemt, op welke momenten de overstap wordt geëvalueerd "
                "en wie het besluit neemt, leggen we in schooljaar 2026-2027 vast in een protocol met de vso-school."),
          ("h1", "4 Geen leerling tussen wal en schip"),
          ("p", "Hoe het samenhangend aanbod van alle scholen eruitziet, brengen we in de loop van 2027 in kaart in "
                "een ondersteuningskaart."),
          ("p", "Wel weten we waar het nu misgaat. Elke maand bespreekt het Kernteam Thuiszitters alle leerlingen "
                "die langer dan vier weken niet naar school gaan, leerlingen met een vrijstelling en leerlingen die "
                "na een aanmelding nog geen plek hebben. In het Kernteam zitten de leerplichtambtenaren van de drie "
                "gemeenten, een jeugdhulpconsulent en de trajectbegeleiders van Duinzoom. Voor elke leerling wordt "
                "binnen tien schooldagen een casusregisseur aangewezen. Lukt het binnen acht weken niet om een "
                "passende plek te vinden, dan beslist de directeur-bestuurder welk bestuur de leerling opneemt; de "
                "besturen hebben zich daaraan in een convenant gebonden. Twee keer per jaar analyseren we de "
                "besproken casussen op patronen: ontbreekt een voorziening, dan legt de directeur-bestuurder een "
                "voorstel voor aan de algemene vergadering. In 2025 leidde dat tot extra capaciteit voor "
                "leerlingen met angstproblematiek in de onderbouw."),
          ("h1", "5 Middelen"),
          ("p", "Hoe het ondersteuningsbudget over de besturen wordt verdeeld, ligt op dit moment ter herziening. "
                "De nieuwe verdeelsleutel volgt na besluitvorming in de algemene vergadering van december 2026. De "
                "begroting hieronder geeft aan waaraan de middelen in de planperiode worden besteed."),
          ("table", [["Meerjarenbegroting (x € 1.000)", "2026", "2027", "2028", "2029"],
                     ["Rijksbijdrage lichte en zware ondersteuning, lwoo en pro", "14.870", "14.690", "14.430", "14.180"],
                     ["Afdracht DUO vso", "-4.020", "-3.980", "-3.940", "-3.900"],
                     ["Lwoo en praktijkonderwijs", "6.950", "6.880", "6.760", "6.640"],
                     ["Ondersteuningsbudget scholen", "2.610", "2.580", "2.540", "2.500"],
                     ["Kernteam Thuiszitters en maatwerk", "420", "430", "440", "450"],
                     ["Terugkeerarrangementen", "180", "190", "200", "210"],
                     ["Toewijzingsloket en deskundigen", "380", "385", "390", "395"],
                     ["Bureau, bestuur en huisvesting", "490", "495", "500", "505"],
                     ["Exploitatieresultaat", "-180", "-250", "-340", "-470"]]),
          ("p", "De geplande tekorten brengen de reserve in vier jaar terug tot 5% van de baten."),
          ("h1", "6 Kwaliteit en monitoring"),
          ("p", "De beoogde resultaten voor deze planperiode formuleren we samen met de OPR zodra de nulmeting, "
                "die in het voorjaar van 2027 plaatsvindt, beschikbaar is."),
          ("p", "De manier waarop we monitoren staat wel vast. Ieder kwartaal stelt het bureau een rapportage op "
                "met het deelnamepercentage vso op de teldatum, het aantal TLV's en lwoo-aanwijzingen, de "
                "doorlooptijd van aanvragen, het aantal thuiszitters en vrijstellingen, het aantal "
                "terugplaatsingen en de uitkomst van de tevredenheidspeiling onder scholen en ouders. De "
                "directeur-bestuurder bespreekt deze rapportage met de raad van toezicht en twee keer per jaar met "
                "de OPR. In het jaarverslag rapporteren we de bereikte resultaten en de bijbehorende kosten; eens in "
                "de twee jaar toetst een externe auditor de kwaliteit van de toewijzing."),
          ("h1", "7 Voor ouders: veelgestelde vragen"),
          ("h2", "Waar vind ik informatie over de ondersteuning in de regio?"),
          ("p", "Op de website van Duinzoom staat onder 'Ouders' per school welke ondersteuning die school biedt en "
                "welke routes er zijn naar extra ondersteuning, vso, lwoo en praktijkonderwijs. In januari, "
                "voorafgaand aan de aanmeldperiode, houden we in elke gemeente een informatieavond over de overstap "
                "van groep 8 naar het voortgezet onderwijs. De mentor en de ondersteuningscoördinator van de school "
                "zijn voor ouders het eerste aanspreekpunt; zij geven ook de folder 'Ondersteuning in het vo' mee."),
          ("h2", "Bij wie kan ik terecht voor onafhankelijk advies?"),
          ("p", "Het Ouder- en Jeugdsteunpunt Duinzoom staat los van de scholen en van het samenwerkingsverband. "
                "Ouders en leerlingen kunnen er gratis terecht met vragen, bij onenigheid met de school of als ze "
                "niet weten welke route ze moeten kiezen. Het steunpunt is op werkdagen telefonisch bereikbaar en "
                "houdt wekelijks spreekuur in het gemeentehuis. Ook de Onderwijsconsulenten kunnen gratis worden "
                "ingeschakeld. Bij een conflict over toelating, verwijdering of het OPP kunnen ouders zich wenden "
                "tot de Geschillencommissie passend onderwijs."),
          ("h2", "Word ik als ouder betrokken bij het ontwikkelingsperspectief?"),
          ("p", "Ja. De school bespreekt het OPP met ouders en met de leerling, die zijn mening mag geven. Ouders "
                "zijn ook vertegenwoordigd in de ondersteuningsplanraad."),
          ("h1", "8 Samenwerking met gemeenten"),
          ("p", "Met de drie gemeenten is over dit plan op 4 maart 2026 OOGO gevoerd. Onderwerpen waren jeugdhulp "
                "in de school, de aanpak van verzuim, leerlingenvervoer en de overgang naar mbo en werk.")]
    b += extra_filler(naam, "vo")
    b += governance(naam, True, "vo")
    b += personeel_ict_planning(naam)
    b += [("h1", "Begrippen"),
          ("bullets", ["Basisondersteuning: het geheel van preventieve en licht curatieve interventies dat alle scholen binnen de onderwijsondersteuningsstructuur bieden, volgens de afspraken in het samenwerkingsverband.",
                       "Dekkend aanbod: een samenhangend geheel van ondersteuningsvoorzieningen binnen en tussen de scholen.",
                       "Verdeelmodel: de afspraken over de verdeling van ondersteuningsmiddelen over de besturen.",
                       "Lwoo: leerwegondersteunend onderwijs.",
                       "Pro: praktijkonderwijs.",
                       "OJSP: ouder- en jeugdsteunpunt."])]
    return b


P4_LABEL = dict(
    documents=["vo-duinzoom-ondersteuningsplan-2026-2030.pdf"], sector="vo", looks_like_plan=True,
    elements=dict(basisondersteuning="missing", plaatsing="present", terugstroom="partial", financien="partial",
                  **{"dekkend-aanbod": "partial"}, resultaten="partial", ouders="present"),
    criteria={"basisondersteuning.niveau": False, "basisondersteuning.inhoud": False,
              "plaatsing.procedure": True, "plaatsing.criteria": True,
              "terugstroom.procedure": False, "terugstroom.beleid": True,
              "financien.verdeling": False, "financien.besteding": True,
              "dekkend-aanbod.continuum": False, "dekkend-aanbod.lacunes": True,
              "resultaten.doelen": False, "resultaten.monitoring": True,
              "ouders.informatie": True, "ouders.steunpunt": True},
    advisory_addressed={"plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
                        "financien": ["reserves"],
                        "dekkend-aanbod": ["ketenpartners"],
                        "resultaten": ["meetbaar"],
                        "ouders": ["betrokkenheid"]},
    notes={"basisondersteuning": "Only a passing mention in ch. 1 ('fundament ... daarover gaan de besturen verder in gesprek') and a begrippenlijst definition; no level, content or borging.",
           "plaatsing": "Ch. 2 under question headings: Toewijzingsloket procedure with terms, 2 deskundigen, vso criteria, national pro criteria, own lwoo criteria (opting out), duration/category, LBT bezwaar.",
           "terugstroom": "Ch. 3 'Van vso terug naar het regulier': policy, conditions and terugkeerarrangement; initiative/evaluation/decision deferred to a 2026-2027 protocol.",
           "financien": "Ch. 5 'Middelen': meerjarenbegroting with spending lines; verdeelsleutel 'ligt ter herziening ... volgt' (deferral).",
           "dekkend-aanbod": "Ch. 4: Kernteam Thuiszitters, casusregisseur, doorzettingsmacht, twice-yearly gap analysis; overview of the coherent offer deferred ('ondersteuningskaart in de loop van 2027').",
           "resultaten": "Ch. 6: beoogde resultaten deferred until nulmeting 2027; monitoring fully described (quarterly report, RvT/OPR, jaarverslag, external audit).",
           "ouders": "Ch. 7 'Voor ouders: veelgestelde vragen': website/infoavonden/folder; Ouder- en Jeugdsteunpunt Duinzoom, Onderwijsconsulenten, Geschillencommissie."})


# --------------------------------------------------------------------------------------------
# Plan 5 – PO, markdown (web version). SWV Passend Primair Onderwijs Bergakker (PO 25-93)
# --------------------------------------------------------------------------------------------

def plan5():
    naam = "Samenwerkingsverband Bergakker"
    b = [("header", "webversie ondersteuningsplan Bergakker PO 25-93, gegenereerd uit het CMS"),
         ("title", "Ondersteuningsplan 2026-2030 — Samenwerkingsverband Passend Primair Onderwijs Bergakker (PO 25-93)"),
         ("p", "Dit is de webversie van het ondersteuningsplan. Het plan is op hoofdlijnen geschreven; de "
               "uitwerking staat in de handboeken en jaarplannen. Laatst bijgewerkt: 2 april 2026."),
         ("toc", None)]
    b += voorwoord(naam, "2026-2030", "po")
    b += [("h1", "Over ons"),
          ("p", "Bergakker is het samenwerkingsverband voor primair onderwijs in vier gemeenten op de rand van de "
                "Veluwe. Er zijn 8 besturen aangesloten met 47 basisscholen, twee sbo-scholen en een so-school met "
                "drie afdelingen. Bergakker werkt vanuit een klein bureau in het oude raadhuis van Bergakker-Dorp. "
                "De consulenten van het samenwerkingsverband zijn elk gekoppeld aan een vaste groep scholen."),
          ("p", "In dit plan leest u op hoofdlijnen waar wij de komende vier jaar voor staan. Veel hoofdstukken zijn "
                "geschreven als antwoord op vragen die ouders, leerkrachten en gemeenten ons stelden tijdens de "
                "voorbereiding. Waar meer detail nodig is, verwijzen we naar de handboeken.")]
    b += visie(naam, "po")
    b += [("h1", "Wat is basisondersteuning en hoe bewaken we die?"),
          ("p", "De afspraken over basisondersteuning uit 2019 vervallen per 1 augustus 2026. In het schooljaar "
                "2026-2027 stellen de besturen samen nieuwe standaarden op, waarbij we de landelijke norm "
                "basisondersteuning volgen zodra die er is. Tot die tijd beschrijft elke school haar eigen aanbod in "
                "de schoolgids."),
          ("p", "Wat al wel vastligt, is hoe we gaan bewaken dat scholen de afspraken nakomen. Elke school vult "
                "jaarlijks vóór 1 maart de kwaliteitskaart in. De consulent bespreekt die met de directeur en "
                "bezoekt eens per twee jaar de school voor een audit, waarbij ook gesprekken met leerkrachten en de "
                "MR plaatsvinden. Blijft een school op een of meer onderdelen onder de afspraak, dan stelt het "
                "bestuur binnen drie maanden een herstelplan op, dat de directeur-bestuurder van Bergakker "
                "goedkeurt. Na een jaar volgt een hercontrole; blijft verbetering uit, dan bespreekt de "
                "directeur-bestuurder dit met de raad van toezicht en het betrokken bestuur."),
          ("h1", "Hoe kom ik bij het speciaal (basis)onderwijs?"),
          ("p", "De route naar het speciaal basisonderwijs en het speciaal onderwijs, inclusief de aanvraag van een "
                "toelaatbaarheidsverklaring, staat beschreven in het Handboek Toewijzing op www.bergakker-po.nl. "
                "Dat handboek wordt jaarlijks geactualiseerd en valt daarom buiten dit plan."),
          ("h1", "Kan mijn kind terug naar een gewone basisschool?"),
          ("p", "Ja, en dat vinden wij belangrijk. Wij willen dat kinderen niet langer in het speciaal (basis)onderwijs "
                "blijven dan nodig is. Terugkeer naar een basisschool in de eigen wijk of het eigen dorp is het "
                "uitgangspunt zodra het ontwikkelingsperspectief dat toelaat. Voorwaarden zijn dat het kind in een "
                "reguliere groep tot leren kan komen met de ondersteuning die de ontvangende school kan bieden, en "
                "dat ouders achter de overstap staan. Een kind gaat bij voorkeur aan het begin van een schooljaar "
                "over; tussentijds kan, als het kind daarvan profiteert."),
          ("h2", "Hoe gaat dat in zijn werk?"),
          ("bullets", ["Elk jaar in januari bespreekt de sbo- of so-school in het ondersteuningsteam van alle kinderen of terugkeer een reële optie is. Dat gebeurt op basis van het OPP en de toetsgegevens.",
                       "Is terugkeer reëel, of gaat het kind het laatste jaar van de toelaatbaarheidsverklaring in, dan nodigt de sbo- of so-school vóór 1 maart ouders, de consulent van Bergakker en een mogelijke ontvangende school uit voor een terugplaatsingsoverleg.",
                       "In dat overleg wordt besloten of het kind overstapt. De consulent legt het besluit en de afspraken vast in een overstapplan.",
                       "De ontvangende school meldt het kind aan; de sbo- of so-school zorgt voor een warme overdracht en een proefperiode van vier weken waarin het kind twee dagen per week op de nieuwe school is.",
                       "Na drie maanden en na een jaar evalueert de consulent met ouders en school hoe het gaat.",
                       "Gaat het kind niet over, dan eindigt de toelaatbaarheidsverklaring zonder verlenging op 31 juli van het laatste jaar; over een verlenging beslist Bergakker."]),
          ("h2", "Krijgt mijn kind hulp na de overstap?"),
          ("p", "Ja. Elk kind dat terugkeert krijgt een terugkeerarrangement: een jaar lang ambulante begeleiding "
                "door een leerkracht van de sbo- of so-school, die de nieuwe leerkracht coacht. Het "
                "samenwerkingsverband betaalt dit arrangement. Verloopt de overstap toch niet goed, dan kan het kind "
                "binnen het eerste jaar zonder nieuwe procedure terug naar de school waar het vandaan kwam."),
          ("h1", "Hoe is het geld geregeld?"),
          ("p", "De middelen die het samenwerkingsverband ontvangt, komen ten goede aan de kinderen. Het "
                "verdeelmodel en de begroting worden jaarlijks afzonderlijk vastgesteld en zijn te vinden in het "
                "jaarplan op de website. In dit plan op hoofdlijnen nemen we daarom geen bedragen op."),
          ("h1", "Wat willen we bereiken en hoe houden we dat bij?"),
          ("p", "Voor kinderen die extra ondersteuning nodig hebben, wil Bergakker in 2030 het volgende bereikt "
                "hebben. Tussen haakjes staat de stand op 1 oktober 2025."),
          ("table", [["Wat we willen bereiken", "Stand 2025", "Doel 2030"],
                     ["Deelname sbo", "2,9%", "2,5%"],
                     ["Deelname so", "1,8%", "1,6%"],
                     ["Kinderen die per jaar vanuit sbo of so terugkeren naar een basisschool", "7", "12"],
                     ["Teruggekeerde kinderen die na een jaar nog op de basisschool zitten", "71%", "85%"],
                     ["Kinderen met een OPP die het verwachte uitstroomniveau halen", "64%", "75%"],
                     ["Tevredenheid ouders over de ondersteuning (schaal 1-10)", "7,0", "7,6"]]),
          ("p", "We houden dit bij met de monitor van Bergakker. Het bureau verzamelt elk half jaar de gegevens "
                "uit DUO, de leerlingvolgsystemen van de scholen en de eigen registratie van het bureau. Eens per "
                "twee jaar houden we een tevredenheidspeiling onder ouders. De resultaten bespreken we in het "
                "directeurenoverleg en met de OPR, en in het jaarverslag laten we per doel zien hoe ver we zijn. "
                "Halen we een doel twee jaar achter elkaar niet, dan maken we een analyse en passen we de aanpak "
                "aan in het volgende jaarplan."),
          ("h1", "Waar kan ik als ouder terecht?"),
          ("p", "Hoe we ouders in de nieuwe planperiode informeren over het ondersteuningsaanbod, werken we uit in "
                "het communicatieplan 2026-2027."),
          ("p", "Bent u het niet eens met de school of met het samenwerkingsverband, of wilt u met iemand meedenken "
                "die nergens belang bij heeft? Dan kunt u terecht bij het Ouder- en Jeugdsteunpunt Veluwerand. Het "
                "steunpunt is onafhankelijk van de scholen en van Bergakker, is gratis en kan ook meegaan naar een "
                "gesprek op school. U kunt daarnaast de Onderwijsconsulenten inschakelen. Voor een klacht over het "
                "samenwerkingsverband kunt u gebruikmaken van de klachtenregeling; de klacht wordt behandeld door "
                "een onafhankelijke landelijke klachtencommissie."),
          ("h1", "Hoe horen we de stem van kinderen?"),
          ("p", "Kinderen weten vaak goed wat hen helpt. Op alle scholen worden kinderen met een "
                "ontwikkelingsperspectief betrokken bij het gesprek over hun doelen, op een manier die past bij hun "
                "leeftijd. Daarnaast organiseert Bergakker elk jaar een kinderpanel met twaalf leerlingen uit groep 6 "
                "tot en met 8 van verschillende scholen, onder wie kinderen uit het sbo en so. Het panel praat met de "
                "directeur-bestuurder over thema's als pesten, de overstap naar een andere school en wat een goede "
                "juf of meester is. De opbrengst nemen we mee in de jaarplannen."),
          ("h1", "Onze organisatie in het kort"),
          ("p", "Het bureau van Bergakker bestaat uit de directeur-bestuurder, vier consulenten (samen 3,2 fte), "
                "een orthopedagoog, een beleidsmedewerker, een controller en een office manager. De consulenten zijn "
                "het vaste aanspreekpunt voor de directeuren: zij ondersteunen bij beleidsvragen, voeren de audits "
                "met de kwaliteitskaart uit en begeleiden de terugplaatsingsoverleggen. De orthopedagoog adviseert "
                "het bureau bij beleidsontwikkeling. Het bureau is op werkdagen bereikbaar van 8.30 tot 17.00 uur."),
          ("p", "Met de scholen communiceren we via een maandelijkse nieuwsbrief, het directeurenoverleg (zes keer "
                "per jaar), het IB-netwerk (vier keer per jaar) en een besloten deel van de website met formulieren "
                "en handreikingen. Twee keer per jaar bezoekt de directeur-bestuurder alle besturen."),
          ("h1", "Thuiszitters"),
          ("p", "Het thuiszittersprotocol van Bergakker wordt in 2026 geactualiseerd. Tot de nieuwe versie is "
                "vastgesteld, blijft de versie uit 2021 op de website beschikbaar."),
          ("h1", "Overleg met gemeenten"),
          ("p", "Het ontwerp van dit plan is op 11 maart 2026 voorgelegd in het OOGO met de colleges van de vier "
                "gemeenten; het verslag daarvan is op te vragen bij het bureau.")]
    b += extra_filler(naam, "po")
    b += governance(naam, True, "po")
    b += personeel_ict_planning(naam)
    b += [("h1", "Begrippenlijst"),
          ("table", [["Begrip", "Uitleg"],
                     ["Arrangement", "Extra ondersteuning voor een leerling of groep, bovenop de basisondersteuning."],
                     ["Dekkend aanbod", "Voor elk kind is er een passende plek in de regio."],
                     ["TLV", "Toelaatbaarheidsverklaring, nodig voor plaatsing in sbo of so."],
                     ["Verdeelmodel", "Afspraken over hoe de ondersteuningsmiddelen over de besturen worden verdeeld."],
                     ["Ouderpagina", "Informatie voor ouders op de website."]])]
    return b


P5_LABEL = dict(
    documents=["po-bergakker-ondersteuningsplan-webversie.md"], sector="po", looks_like_plan=True,
    elements=dict(basisondersteuning="partial", plaatsing="missing", terugstroom="present", financien="missing",
                  **{"dekkend-aanbod": "missing"}, resultaten="present", ouders="partial"),
    criteria={"basisondersteuning.niveau": False, "basisondersteuning.inhoud": False,
              "plaatsing.procedure": False, "plaatsing.criteria": False,
              "terugstroom.procedure": True, "terugstroom.beleid": True,
              "financien.verdeling": False, "financien.besteding": False,
              "dekkend-aanbod.continuum": False, "dekkend-aanbod.lacunes": False,
              "resultaten.doelen": True, "resultaten.monitoring": True,
              "ouders.informatie": False, "ouders.steunpunt": True},
    advisory_addressed={"basisondersteuning": ["borging"],
                        "terugstroom": ["monitoring"],
                        "resultaten": ["meetbaar"],
                        "ouders": ["betrokkenheid"]},
    notes={"basisondersteuning": "Old agreements lapse, new standards drafted 2026-2027 (deferral), schools describe own offer in schoolgids; only borging (kwaliteitskaart, audit, herstelplan) is concrete.",
           "plaatsing": "Question heading 'Hoe kom ik bij het speciaal (basis)onderwijs?' only refers to the Handboek Toewijzing on the website; 'over een verlenging beslist Bergakker' is a passing remark.",
           "terugstroom": "Question headings 'Kan mijn kind terug...?', 'Hoe gaat dat in zijn werk?', 'Krijgt mijn kind hulp na de overstap?': policy, conditions, steps, decision, evaluations, terugkeerarrangement.",
           "financien": "'Hoe is het geld geregeld?' says verdeelmodel and begroting are set separately and found on the website; no criteria, no amounts (reference only).",
           "dekkend-aanbod": "No continuum or gap approach: thuiszitters protocol 'wordt geactualiseerd' (deferral, old version on website), OOGO only a procedural date; terms only in begrippenlijst.",
           "resultaten": "'Wat willen we bereiken en hoe houden we dat bij?': table with 2025 status and 2030 targets; half-yearly monitor, ouderpeiling, jaarverslag, analysis when targets missed.",
           "ouders": "'Waar kan ik als ouder terecht?': informing parents deferred to communicatieplan 2026-2027; independent help via Ouder- en Jeugdsteunpunt Veluwerand, Onderwijsconsulenten, klachtenregeling."})


# --------------------------------------------------------------------------------------------
# Document 6 – near miss: a single school's schoolondersteuningsprofiel (not an SWV plan)
# --------------------------------------------------------------------------------------------

def nearmiss():
    b = [("header", "OBS De Klimop — Schoolondersteuningsprofiel 2025-2026"),
         ("title", "Schoolondersteuningsprofiel (SOP) 2025-2026 — Openbare Basisschool De Klimop, Betuwestad"),
         ("p", "Onderdeel van de schoolgids. Vastgesteld door de directie na advies van de medezeggenschapsraad, "
               "september 2025. De Klimop is aangesloten bij het samenwerkingsverband passend onderwijs van de regio."),
         ("toc", None),
         ("h1", "1 Inleiding"),
         ("p", "Iedere school stelt ten minste eens in de vier jaar een schoolondersteuningsprofiel vast. Hierin "
               "beschrijft de school welke ondersteuning zij aan leerlingen biedt. Dit profiel is een onderdeel van "
               "onze schoolgids en wordt gebruikt bij het ondersteuningsplan van het samenwerkingsverband. OBS De "
               "Klimop is een school met 312 leerlingen in 13 groepen. Wij werken met jaargroepen en in de "
               "middenbouw met circuitvormen. Ons team bestaat uit 24 medewerkers, onder wie twee intern "
               "begeleiders, een gedragsspecialist en een specialist meer- en hoogbegaafdheid."),
         ("h1", "2 Basisondersteuning op De Klimop"),
         ("p", "Wij bieden de basisondersteuning zoals afgesproken binnen het samenwerkingsverband. Concreet "
               "betekent dat op onze school: een intern begeleider (1,0 fte verdeeld over twee personen), drie "
               "groepsbesprekingen per jaar, het dyslexieprotocol, de methode Kwink voor sociaal-emotioneel leren, "
               "een plusklas op woensdagochtend en een leesinterventie voor groep 3 en 4. De school beschikt over "
               "een stilteruimte en een time-in-plek op elke verdieping."),
         ("h1", "3 Extra ondersteuning"),
         ("p", "Voor leerlingen die meer nodig hebben dan de basisondersteuning vraagt de school een "
               "schoolarrangement of een bovenschools arrangement aan bij het samenwerkingsverband. Wij hebben "
               "ervaring met leerlingen met ADHD, autisme, een taalontwikkelingsstoornis en lichte lichamelijke "
               "beperkingen. Onze grenzen liggen bij leerlingen die structureel één-op-één begeleiding nodig hebben, "
               "of bij gedrag dat de veiligheid van anderen in gevaar brengt."),
         ("h1", "4 Als onze school niet (meer) passend is"),
         ("p", "Als blijkt dat een leerling meer nodig heeft dan wij kunnen bieden, bespreken we dat met ouders in "
               "het ondersteuningsteam. Samen zoeken we een school die wel passend is. Soms is dat een andere "
               "basisschool, soms het speciaal basisonderwijs of speciaal onderwijs. Voor plaatsing in het sbo of so "
               "is een toelaatbaarheidsverklaring (TLV) van het samenwerkingsverband nodig; wij stellen het "
               "dossier op en vragen de TLV aan. Hoe het samenwerkingsverband beslist, staat in het "
               "ondersteuningsplan van het samenwerkingsverband. Leerlingen die van het sbo terugkomen naar onze "
               "school, ontvangen wij graag; wij maken met de sbo-school afspraken over een warme overdracht."),
         ("h1", "5 Samenwerking met ouders"),
         ("p", "Ouders zijn onze belangrijkste partners. Wij informeren ouders via de schoolgids, de nieuwsbrief, "
               "de Klimop-app en twee keer per jaar een oudergesprek. Bij zorgen over de ontwikkeling wordt u "
               "uitgenodigd voor een gesprek met de leerkracht en de intern begeleider. Heeft u een klacht, dan "
               "kunt u terecht bij de interne contactpersoon of de vertrouwenspersoon van ons bestuur. Voor "
               "onafhankelijk advies kunt u contact opnemen met het ouder- en jeugdsteunpunt van het "
               "samenwerkingsverband of met de Onderwijsconsulenten."),
         ("h1", "6 Middelen"),
         ("p", "De school ontvangt van het samenwerkingsverband een schoolbudget voor extra ondersteuning. In "
               "schooljaar 2025-2026 is dat € 58.400. Wij besteden dit aan 0,5 fte onderwijsassistentie in de "
               "onderbouw, aan de inzet van de gedragsspecialist en aan scholing van het team in het werken met "
               "executieve functies. De medezeggenschapsraad wordt jaarlijks geïnformeerd over de besteding."),
         ("h1", "7 Resultaten en ambities"),
         ("p", "Onze eindtoetsresultaten liggen al drie jaar boven de signaleringswaarde van de inspectie. In "
               "2024-2025 zijn 4 leerlingen verwezen naar het speciaal basisonderwijs en 1 naar het speciaal "
               "onderwijs. Onze ambitie voor de komende jaren is dat alle leerkrachten handelingsgericht werken "
               "beheersen en dat we een tweede plusklas kunnen starten. Ook willen we onze expertise op het gebied "
               "van taalontwikkelingsstoornissen uitbreiden, zodat meer kinderen uit de wijk bij ons terecht kunnen."),
         ("h1", "8 Ontwikkelpunten"),
         ("bullets", ["Het gedragsprotocol wordt in 2026 herschreven met het team en de MR.",
                      "De samenwerking met het sociaal team van de gemeente wordt geëvalueerd.",
                      "Wij onderzoeken of een schakelklas voor nieuwkomers op onze locatie mogelijk is.",
                      "Het beleid rond medicijnverstrekking wordt geactualiseerd."]),
         ("h1", "Afkortingen"),
         ("bullets", ["SOP: schoolondersteuningsprofiel", "SWV: samenwerkingsverband", "TLV: toelaatbaarheidsverklaring",
                      "OPP: ontwikkelingsperspectief", "sbo: speciaal basisonderwijs", "so: speciaal onderwijs"])]
    return b


NM_LABEL = dict(
    documents=["po-obs-de-klimop-schoolondersteuningsprofiel-2025-2026.docx"], sector="po",
    looks_like_plan=False, elements={}, criteria={},
    notes={"document": "A single school's schoolondersteuningsprofiel (part of the schoolgids, set by the school's directie after MR advice): it mentions basisondersteuning, TLV, terugkomst uit sbo, ouder- en jeugdsteunpunt, schoolbudget and resultaten, but it is not the ondersteuningsplan of a samenwerkingsverband (no OPR consent, no OOGO, no planperiode of the verband, no TLV decision rules)."})


# --------------------------------------------------------------------------------------------
# writing
# --------------------------------------------------------------------------------------------

CORE = ["basisondersteuning.niveau", "basisondersteuning.inhoud", "plaatsing.procedure", "plaatsing.criteria",
        "terugstroom.procedure", "terugstroom.beleid", "financien.verdeling", "financien.besteding",
        "dekkend-aanbod.continuum", "dekkend-aanbod.lacunes", "resultaten.doelen", "resultaten.monitoring",
        "ouders.informatie", "ouders.steunpunt"]
ELEMENTS = ["basisondersteuning", "plaatsing", "terugstroom", "financien", "dekkend-aanbod", "resultaten", "ouders"]


def q(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def label_yaml(lab):
    out = [f"documents: [{', '.join(lab['documents'])}]", f"sector: {lab['sector']}",
           f"looks_like_plan: {'true' if lab['looks_like_plan'] else 'false'}"]
    if lab["elements"]:
        out.append("elements: {" + ", ".join(f"{e}: {lab['elements'][e]}" for e in ELEMENTS) + "}")
        out.append("criteria:")
        for c in CORE:
            out.append(f"  {c}: {'true' if lab['criteria'][c] else 'false'}")
        out.append("advisory_addressed:")
        for e in ELEMENTS:
            if e in lab.get("advisory_addressed", {}):
                out.append(f"  {e}: [{', '.join(lab['advisory_addressed'][e])}]")
    else:
        out += ["elements: {}", "criteria: {}"]
    out.append("notes:")
    for k, v in lab["notes"].items():
        out.append(f"  {k}: {q(v)}")
    return "\n".join(out) + "\n"


def check_label(lab):
    if not lab["looks_like_plan"]:
        return
    for e in ELEMENTS:
        cs = [lab["criteria"][c] for c in CORE if c.startswith(e + ".")]
        adv = bool(lab.get("advisory_addressed", {}).get(e))
        want = "present" if all(cs) else ("partial" if any(cs) or adv else "missing")
        assert lab["elements"][e] == want, (lab["documents"], e, lab["elements"][e], want)


def main():
    jobs = [(plan1, P1_LABEL, "docx"), (plan2, P2_LABEL, "docx"), (plan3, P3_LABEL, "pdf"),
            (plan4, P4_LABEL, "pdf"), (plan5, P5_LABEL, "md"), (nearmiss, NM_LABEL, "docx")]
    for fn, lab, fmt in jobs:
        check_label(lab)
        blocks = fn()
        name = lab["documents"][0]
        path = OUT / name
        if fmt == "docx":
            to_docx(blocks, path)
        elif fmt == "pdf":
            docx_to_pdf(blocks, path)
        else:
            path.write_text(to_markdown(blocks), encoding="utf-8")
        (OUT / (Path(name).stem + ".expected.yaml")).write_text(label_yaml(lab), encoding="utf-8")
        print(f"{name}: {word_count(blocks)} words", file=sys.stderr)


if __name__ == "__main__":
    main()
