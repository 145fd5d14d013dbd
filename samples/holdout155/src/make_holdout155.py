#!/usr/bin/env python3
"""Generate the holdout155 test set: five fictional ondersteuningsplannen and one near-miss document.

Deterministic, no network. Output goes to the folder above this script's folder.
PDFs are rendered from .docx with LibreOffice (soffice --headless) in a private temp dir.
"""
import html
import shutil
import subprocess
import tempfile
from pathlib import Path

from docx import Document
from docx.shared import Pt

OUT = Path(__file__).resolve().parent.parent


# --------------------------------------------------------------------------------------------
# tiny document model: list of (kind, payload)
# kinds: title, h1, h2, p, bullets, table, toc
# --------------------------------------------------------------------------------------------

def words(blocks):
    n = 0
    for kind, payload in blocks:
        if kind in ("title", "h1", "h2", "p"):
            n += len(payload.split())
        elif kind in ("bullets", "toc"):
            n += sum(len(x.split()) for x in payload)
        elif kind == "table":
            n += sum(len(str(c).split()) for row in payload for c in row)
    return n


def write_docx(blocks, path, header_text=None, footer_text=None):
    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "Calibri"
    style.font.size = Pt(10.5)
    doc.core_properties.author = "Bureau samenwerkingsverband"
    doc.core_properties.title = header_text or ""
    if header_text:
        doc.sections[0].header.paragraphs[0].text = header_text
    if footer_text:
        doc.sections[0].footer.paragraphs[0].text = footer_text
    for kind, payload in blocks:
        if kind == "title":
            doc.add_heading(payload, level=0)
        elif kind == "h1":
            doc.add_heading(payload, level=1)
        elif kind == "h2":
            doc.add_heading(payload, level=2)
        elif kind == "p":
            doc.add_paragraph(payload)
        elif kind == "bullets":
            for item in payload:
                doc.add_paragraph(item, style="List Bullet")
        elif kind == "toc":
            doc.add_paragraph("Inhoudsopgave").runs[0].bold = True
            for item in payload:
                doc.add_paragraph(item)
            doc.add_page_break()
        elif kind == "table":
            table = doc.add_table(rows=len(payload), cols=len(payload[0]))
            table.style = "Table Grid"
            for r, row in enumerate(payload):
                for c, cell in enumerate(row):
                    table.cell(r, c).text = str(cell)
                    if r == 0:
                        for run in table.cell(r, c).paragraphs[0].runs:
                            run.bold = True
            doc.add_paragraph("")
        elif kind == "pagebreak":
            doc.add_page_break()
    doc.save(str(path))


def write_md(blocks, path):
    lines = []
    for kind, payload in blocks:
        if kind == "title":
            lines += ["# " + payload, ""]
        elif kind == "h1":
            lines += ["## " + payload, ""]
        elif kind == "h2":
            lines += ["### " + payload, ""]
        elif kind == "p":
            lines += [payload, ""]
        elif kind == "bullets":
            lines += ["- " + x for x in payload] + [""]
        elif kind == "toc":
            lines += ["**Inhoud**", ""] + ["- " + x for x in payload] + [""]
        elif kind == "table":
            lines.append("| " + " | ".join(payload[0]) + " |")
            lines.append("|" + "---|" * len(payload[0]))
            for row in payload[1:]:
                lines.append("| " + " | ".join(str(c) for c in row) + " |")
            lines.append("")
    path.write_text("\n".join(lines), encoding="utf-8")


def write_html(blocks, path, title):
    out = ["<!DOCTYPE html>", '<html lang="nl">', "<head>", '<meta charset="utf-8">',
           "<title>%s</title>" % html.escape(title), "</head>", "<body>"]
    for kind, payload in blocks:
        e = html.escape
        if kind == "title":
            out.append("<h1>%s</h1>" % e(payload))
        elif kind == "h1":
            out.append("<h2>%s</h2>" % e(payload))
        elif kind == "h2":
            out.append("<h3>%s</h3>" % e(payload))
        elif kind == "p":
            out.append("<p>%s</p>" % e(payload))
        elif kind in ("bullets", "toc"):
            out.append("<ul>" + "".join("<li>%s</li>" % e(x) for x in payload) + "</ul>")
        elif kind == "table":
            rows = ["<tr>" + "".join("<th>%s</th>" % e(str(c)) for c in payload[0]) + "</tr>"]
            for row in payload[1:]:
                rows.append("<tr>" + "".join("<td>%s</td>" % e(str(c)) for c in row) + "</tr>")
            out.append("<table border=\"1\">" + "".join(rows) + "</table>")
    out += ["</body>", "</html>"]
    path.write_text("\n".join(out), encoding="utf-8")


def docx_to_pdf(docx_path, pdf_path):
    tmp = Path(tempfile.mkdtemp(prefix="holdout155_pdf_"))
    try:
        profile = tmp / "lo_profile"
        subprocess.run(["soffice", "-env:UserInstallation=" + profile.as_uri(), "--headless",
                        "--convert-to", "pdf", "--outdir", str(tmp), str(docx_path)],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
        shutil.copyfile(tmp / (docx_path.stem + ".pdf"), pdf_path)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


# --------------------------------------------------------------------------------------------
# shared filler chapters (checked not to address any of the 14 core criteria)
# --------------------------------------------------------------------------------------------

def voorwoord(name, period, sector_words):
    return [
        ("p", f"Voor u ligt het ondersteuningsplan {period} van {name}. Dit plan is het resultaat van "
              f"een jaar lang praten, schrijven, schrappen en opnieuw beginnen. Directeuren, intern begeleiders, "
              f"ondersteuningscoördinatoren, bestuurders en leden van de ondersteuningsplanraad hebben in "
              f"werkateliers, klankbordgroepen en bilaterale gesprekken meegedacht over de koers van de komende "
              f"vier jaar. Wij zijn hen daarvoor veel dank verschuldigd."),
        ("p", f"Passend onderwijs is inmiddels ruim tien jaar oud. In die tijd is er veel bereikt in {sector_words}, "
              f"maar we zien ook dat de druk op leraren toeneemt, dat de vragen in de klas complexer worden en dat "
              f"de samenwerking tussen onderwijs en zorg nog niet vanzelf gaat. Dit plan is daarom geen eindpunt "
              f"maar een gezamenlijke afspraak over de richting: wat willen we samen bereiken, wie doet wat en "
              f"hoe houden we elkaar scherp."),
        ("p", "Wij hebben geprobeerd een plan te schrijven dat leesbaar is voor iedereen die ermee werkt. Waar "
              "dat nodig was, hebben we vaktermen uitgelegd in de begrippenlijst achterin. We hopen dat dit "
              "plan in de scholen wordt gelezen, besproken en gebruikt, en niet alleen in een la verdwijnt."),
        ("p", "Namens het bestuur en de medewerkers van het bureau wens ik u veel leesplezier."),
    ]


def visie(name, extra=""):
    return [
        ("p", f"{name} staat voor onderwijs waarin iedere leerling zich kan ontwikkelen, zo dicht mogelijk bij "
              "huis en samen met leeftijdgenoten waar dat kan. Wij geloven dat verschillen tussen leerlingen "
              "normaal zijn en dat het de opdracht van het onderwijs is om daar zo goed mogelijk mee om te gaan. "
              "Niet de beperking van een leerling staat centraal, maar de vraag wat deze leerling nodig heeft om "
              "te leren en wat de leraar nodig heeft om dat te bieden."),
        ("p", "Onze visie rust op vier pijlers. De eerste pijler is vertrouwen: wij gaan ervan uit dat scholen "
              "en besturen vanuit hun eigen professionaliteit de juiste keuzes maken. De tweede pijler is "
              "eigenaarschap: de verantwoordelijkheid voor goed onderwijs ligt zo laag mogelijk in de organisatie, "
              "bij de leraar en het team. De derde pijler is samenwerking: geen school kan het alleen, en juist "
              "waar het schuurt zoeken we elkaar op. De vierde pijler is leren: we evalueren onze eigen werkwijze "
              "eerlijk en durven bij te sturen."),
        ("p", "Onze missie vatten we samen in één zin: samen zorgen dat iedere leerling op een passende plek "
              "tot leren komt. Die zin klinkt eenvoudig, maar vraagt veel van alle betrokkenen. Het vraagt om "
              "leraren die zich gesteund voelen, om besturen die over de eigen grenzen heen kijken en om een "
              "samenwerkingsverband dat faciliteert in plaats van voorschrijft." + extra),
        ("p", "In de afgelopen planperiode is gebleken dat een gedeelde taal helpt. Woorden als arrangement, "
              "ondersteuningsbehoefte, handelingsgericht werken en toelaatbaarheid worden op verschillende "
              "scholen verschillend gebruikt. In de werkateliers hebben we afgesproken deze begrippen eenduidig te "
              "gebruiken; de begrippenlijst achterin dit plan is daarvan het resultaat."),
    ]


def governance(name, legal_form="stichting"):
    return [
        ("p", f"{name} is een {legal_form} waarin de schoolbesturen in de regio samenwerken. Het bestuursmodel "
              "kent een scheiding tussen bestuur en toezicht. De directeur-bestuurder vormt het bestuur in de zin "
              "van de statuten en is eindverantwoordelijk voor de uitvoering van de wettelijke taken. Het "
              "toezicht ligt bij de raad van toezicht, die bestaat uit vijf leden, van wie twee onafhankelijke "
              "leden met expertise op het gebied van jeugdzorg en bedrijfsvoering."),
        ("p", "De algemene vergadering, waarin alle aangesloten schoolbesturen zijn vertegenwoordigd, benoemt de "
              "leden van de raad van toezicht en stelt jaarlijks het jaarverslag vast. De algemene vergadering komt "
              "ten minste vier keer per jaar bijeen. Besluiten worden bij voorkeur bij consensus genomen; lukt dat "
              "niet, dan geldt de stemverhouding uit de statuten. Voor geschillen tussen de besturen onderling "
              "kennen de statuten een geschillenregeling met een onafhankelijke commissie van drie personen."),
        ("p", "Wij volgen de Code Goed Bestuur voor de sector. Dat betekent onder meer dat de raad van toezicht "
              "jaarlijks zijn eigen functioneren evalueert, dat er een actueel toezichtskader is en dat "
              "nevenfuncties van bestuur en toezicht openbaar zijn. De directeur-bestuurder legt in een "
              "managementrapportage drie keer per jaar verantwoording af aan de raad van toezicht over de "
              "voortgang van het jaarplan en de bedrijfsvoering."),
        ("p", "Het bureau ondersteunt de directeur-bestuurder. Het bureau is gehuisvest in een verzamelgebouw "
              "waarin ook andere onderwijsorganisaties zijn gevestigd, wat korte lijnen oplevert. Het bureau is "
              "op werkdagen telefonisch bereikbaar tussen 8.30 en 16.30 uur."),
    ]


def opr(name, with_parents=True):
    comp = ("De OPR telt twaalf leden: zes personeelsleden en zes ouders of, in het voortgezet onderwijs, "
            "leerlingen. De leden worden afgevaardigd door de medezeggenschapsraden van de aangesloten scholen."
            if with_parents else
            "De OPR telt twaalf leden, die worden afgevaardigd door de medezeggenschapsraden van de aangesloten "
            "scholen volgens het medezeggenschapsreglement.")
    return [
        ("p", "De ondersteuningsplanraad (OPR) heeft instemmingsrecht op het ondersteuningsplan en op iedere "
              "wijziging daarvan. " + comp + " De OPR kiest uit zijn midden een voorzitter en een secretaris en "
              "wordt ondersteund door een ambtelijk secretaris van het bureau."),
        ("p", "De OPR vergadert zes keer per jaar, waarvan twee keer met de directeur-bestuurder. Bij de "
              "totstandkoming van dit plan is de OPR vanaf het begin betrokken: leden namen deel aan de "
              "werkateliers en de raad gaf tussentijds schriftelijk advies op twee conceptversies. Het "
              "medezeggenschapsstatuut en het reglement van de OPR zijn in 2024 geactualiseerd."),
        ("p", f"Naast de OPR heeft {name} een eigen medezeggenschapsraad voor het personeel van het bureau. "
              "Deze raad heeft de gebruikelijke bevoegdheden uit de Wet medezeggenschap op scholen en "
              "vergadert vier keer per jaar met de directeur-bestuurder."),
    ]


def personeel(name, fte="14,6"):
    return [
        ("p", f"Het bureau van {name} heeft een formatie van {fte} fte. Daaronder vallen de directeur-bestuurder, "
              "een beleidsmedewerker, een controller, secretariële ondersteuning, orthopedagogen en "
              "consulenten. De medewerkers zijn in dienst van het samenwerkingsverband of worden gedetacheerd "
              "vanuit de aangesloten besturen."),
        ("p", "Het lerarentekort raakt ook ons. Scholen hebben moeite vacatures te vullen, en juist in groepen "
              "met veel ondersteuningsvragen is continuïteit belangrijk. Wij kunnen het tekort niet oplossen, "
              "maar we kunnen wel bijdragen aan een aantrekkelijk werkklimaat. Daarom investeren we in "
              "professionalisering: een jaarlijkse studiedag voor intern begeleiders en ondersteuningscoördinatoren, "
              "intervisiegroepen en een aanbod van korte trainingen over gedrag, taal en executieve functies."),
        ("p", "Voor medewerkers van het bureau geldt een gesprekscyclus met jaarlijks een ontwikkelgesprek. Het "
              "ziekteverzuim op het bureau lag de afgelopen jaren rond de vier procent. Wij letten op werkdruk, "
              "onder meer door een heldere taakverdeling en door vergaderingen zoveel mogelijk te bundelen."),
        ("p", "Kennisdeling tussen scholen is een belangrijke pijler. De netwerken voor intern begeleiders en "
              "ondersteuningscoördinatoren komen vier keer per jaar bij elkaar. Daarnaast organiseren we "
              "leernetwerken rond thema's als jonge risicoleerlingen, meertaligheid en hoogbegaafdheid. Deelname "
              "is vrijwillig, maar wordt door de besturen nadrukkelijk aangemoedigd."),
    ]


def privacy(name):
    return [
        ("p", f"{name} verwerkt persoonsgegevens van leerlingen, waaronder in sommige gevallen gegevens over "
              "gezondheid. Wij doen dat alleen voor zover dat nodig is voor de wettelijke taken en met "
              "inachtneming van de Algemene verordening gegevensbescherming. Er is een verwerkingsregister, een "
              "functionaris gegevensbescherming die wij delen met twee andere samenwerkingsverbanden en een "
              "procedure voor het melden van datalekken."),
        ("p", "Aanvragen en dossiers worden uitsluitend digitaal uitgewisseld via een beveiligde omgeving. "
              "Medewerkers hebben alleen toegang tot de dossiers waarvoor zij een taak hebben. Papieren dossiers "
              "worden niet meer aangelegd. Jaarlijks voeren wij een interne controle uit op de autorisaties."),
        ("p", "Op het gebied van ICT werken wij met standaardpakketten en zoveel mogelijk in de cloud. Het "
              "bureau volgt de basisnormen informatiebeveiliging die de sectororganisaties hebben opgesteld. "
              "Medewerkers volgen jaarlijks een korte training over phishing en veilig werken."),
    ]


def planning(period, first_year):
    return [
        ("p", f"Dit plan beslaat de periode {period}. Het plan wordt uitgewerkt in jaarplannen, die het bureau "
              "ieder voorjaar opstelt. Het jaarplan beschrijft per schooljaar welke activiteiten we uitvoeren, "
              "wie daarvoor verantwoordelijk is en wanneer we klaar willen zijn."),
        ("p", f"De totstandkoming van dit plan verliep als volgt. In het najaar van {first_year - 1} zijn de "
              "werkateliers gehouden. In januari is een eerste concept besproken met directeuren en besturen. In "
              "februari volgden de gesprekken met de buurverbanden en de gemeenten. In maart heeft de OPR "
              "ingestemd, waarna de directeur-bestuurder het plan heeft vastgesteld en voor 1 mei aan de "
              "inspectie heeft toegezonden."),
        ("table", [["Maand", "Stap in de totstandkoming"],
                   ["oktober-november", "werkateliers met scholen en besturen"],
                   ["januari", "eerste concept, bespreking in algemene vergadering"],
                   ["februari", "overleg buurverbanden en gemeenten"],
                   ["maart", "instemming OPR, vaststelling door directeur-bestuurder"],
                   ["april", "toezending aan de inspectie"]]),
    ]


def context_region(name, n_schools, n_pupils, n_boards, gemeenten, sector_words):
    return [
        ("p", f"Het werkgebied van {name} omvat de gemeenten {gemeenten}. In dit gebied werken {n_boards} "
              f"schoolbesturen samen met in totaal {n_schools} scholen voor {sector_words}. Op de teldatum van "
              f"1 oktober 2024 telden deze scholen samen ongeveer {n_pupils} leerlingen."),
        ("p", "De regio is divers. Er zijn stedelijke kernen met relatief veel leerlingen uit gezinnen met een "
              "laag inkomen en er zijn dorpen waar de scholen klein zijn en de afstanden groot. De prognoses "
              "laten voor de komende jaren een lichte daling van het aantal leerlingen zien, met uitzondering van "
              "twee nieuwbouwwijken waar juist groei wordt verwacht. Dat vraagt van besturen dat zij hun "
              "spreiding van scholen goed blijven volgen."),
        ("p", "De besturen verschillen in omvang en identiteit. Naast openbare en katholieke besturen zijn er "
              "protestants-christelijke en algemeen bijzondere besturen. Sommige besturen hebben één school, "
              "andere meer dan twintig. Die verscheidenheid is een kracht, maar maakt afstemming ook bewerkelijk."),
    ]



def terugblik(name):
    return [
        ("p", f"De vorige planperiode was voor {name} een periode van verbouwen terwijl de winkel open bleef. "
              "De eerste twee jaren werden sterk bepaald door de nasleep van de schoolsluitingen: scholen hadden "
              "hun handen vol aan het inhalen van vertraging en aan het welbevinden van leerlingen en personeel. "
              "Veel geplande activiteiten zijn toen uitgesteld of in aangepaste vorm uitgevoerd."),
        ("p", "In diezelfde periode is het bestuursmodel gewijzigd naar een model met een directeur-bestuurder "
              "en een raad van toezicht, is het bureau verhuisd naar een beter bereikbare locatie en is een "
              "digitaal dossiersysteem ingevoerd dat het papierwerk sterk heeft verminderd. Ook is de website "
              "volledig vernieuwd en zijn de overlegstructuren met directeuren vereenvoudigd: in plaats van vier "
              "regionale overleggen is er nu één directeurenplatform dat zes keer per jaar bijeenkomt."),
        ("p", "Een externe evaluatie van de organisatie in 2024 leverde drie lessen op: wees zuiniger met "
              "nieuwe projecten, maak afspraken eenvoudiger en leg minder vast in losse notities. Die lessen "
              "hebben wij bij het schrijven van dit plan ter harte genomen. Het plan is daardoor compacter en "
              "minder gedetailleerd dan zijn voorganger."),
    ]


def communicatie_scholen(name):
    return [
        ("p", f"{name} communiceert met scholen en besturen via verschillende kanalen. Iedere twee weken "
              "verschijnt een digitale nieuwsbrief voor directeuren, intern begeleiders en "
              "ondersteuningscoördinatoren, met nieuws uit het bureau, aankondigingen van netwerkbijeenkomsten "
              "en korte praktijkverhalen uit scholen. Op het besloten deel van de website staan formats, "
              "handreikingen en vergaderstukken."),
        ("p", "Eén keer per jaar organiseren wij een conferentie voor alle medewerkers van de aangesloten "
              "scholen die met ondersteuning bezig zijn. Op die dag staan workshops, een plenaire spreker en "
              "ruimte voor ontmoeting centraal. De conferentie wordt goed bezocht en gewaardeerd; de laatste "
              "editie trok ruim driehonderd deelnemers."),
        ("p", "Voor de pers en andere externe partijen is de directeur-bestuurder het aanspreekpunt. Wij "
              "gebruiken sociale media terughoudend en vooral om bijeenkomsten aan te kondigen."),
    ]


def arbeidsmarkt(name):
    return [
        ("p", "De krapte op de onderwijsarbeidsmarkt dwingt ons na te denken over nieuwe manieren van werken. "
              "Besturen experimenteren met onderwijsassistenten die onder begeleiding lessen verzorgen, met "
              "zij-instromers die in een versneld traject hun bevoegdheid halen en met het anders organiseren "
              "van het onderwijs in de middag. Het samenwerkingsverband faciliteert deze experimenten door "
              "kennis te delen en een platform te bieden waar besturen hun ervaringen uitwisselen."),
        ("p", f"Daarnaast werkt {name} samen met de lerarenopleidingen in de regio. Studenten kunnen hun "
              "afstudeeronderzoek doen op een vraagstuk uit de praktijk van de aangesloten scholen, en "
              "medewerkers van het bureau verzorgen gastcolleges. Zo hopen wij dat nieuwe leraren al tijdens hun "
              "opleiding kennismaken met de regio en met de manier waarop wij hier samenwerken."),
        ("p", "Tot slot hebben de besturen afgesproken elkaar geen personeel weg te kopen en vacatures voor "
              "specialistische functies zoveel mogelijk gezamenlijk uit te zetten."),
    ]


def ontwikkelagenda(name):
    return [
        ("p", f"Naast de inhoudelijke hoofdstukken kent dit plan een organisatorische ontwikkelagenda. Die "
              f"agenda beschrijft wat {name} als organisatie de komende jaren wil verbeteren. Het gaat om "
              "de volgende onderwerpen."),
        ("bullets", [
            "Digitalisering: het digitale loket wordt uitgebreid met een portaal waarin scholen de status van "
            "hun aanvragen kunnen volgen.",
            "Governance: in 2027 evalueert de raad van toezicht het bestuursmodel en de statuten.",
            "Samenwerking met buurverbanden: wij onderzoeken gezamenlijke inkoop van administratieve diensten "
            "en een gezamenlijke functionaris gegevensbescherming.",
            "Duurzaamheid: het bureau werkt vanaf 2026 papierloos en reist waar mogelijk met het openbaar "
            "vervoer.",
            "Archief: het oude papieren archief wordt in 2025 geschoond en gedigitaliseerd volgens de "
            "selectielijst."]),
        ("p", "De voortgang op de ontwikkelagenda wordt opgenomen in de managementrapportages aan de raad van "
              "toezicht."),
    ]


def landelijk(name):
    return [
        ("p", "Passend onderwijs staat niet stil. Na de landelijke evaluatie in 2020 heeft het kabinet een "
              "verbeteraanpak ingezet met een groot aantal maatregelen. De stip op de horizon is dat het "
              "onderwijs in 2035 inclusiever is: meer leerlingen met een beperking of ondersteuningsvraag gaan "
              "samen met leeftijdgenoten naar school, en speciale en reguliere scholen werken nauwer samen, "
              "soms onder één dak."),
        ("p", "Voor de komende jaren verwachten wij verder dat er landelijk afspraken komen over een norm voor "
              "de basisondersteuning. Op het moment van schrijven is nog niet duidelijk hoe die norm eruit zal "
              "zien en per wanneer hij geldt. Wij volgen deze ontwikkeling nauwgezet en brengen daar waar nodig "
              "het plan tussentijds in lijn met nieuwe regelgeving, uiteraard met instemming van de OPR."),
        ("p", "Ook de vereenvoudiging van de bekostiging en de dalende leerlingaantallen hebben gevolgen. Kleine "
              "scholen in de dorpen staan onder druk en besturen zullen keuzes moeten maken over de spreiding "
              "van hun scholen. Dat raakt ook de manier waarop scholen expertise kunnen opbouwen en vasthouden. "
              f"{name} wil in die gesprekken een verbindende rol spelen, zonder op de stoel van de besturen "
              "te gaan zitten."),
        ("p", "Tot slot noemen wij de digitalisering van het onderwijs, de opkomst van kunstmatige intelligentie "
              "en de toenemende aandacht voor kansengelijkheid. Dit zijn geen onderwerpen die het "
              "samenwerkingsverband kan of moet sturen, maar ze bepalen wel mede de context waarin scholen de "
              "komende jaren werken. In de netwerken voor intern begeleiders en ondersteuningscoördinatoren "
              "zullen wij hier regelmatig aandacht aan besteden."),
    ]

def begrippen(entries):
    return [("table", [["Begrip", "Omschrijving"]] + entries)]


# --------------------------------------------------------------------------------------------
# PLAN 1 — PO Horstland, long and formal (.docx + .pdf)
# --------------------------------------------------------------------------------------------

def plan1():
    N = "Samenwerkingsverband Passend Primair Onderwijs Horstland"
    S = "SWV Horstland"
    b = [("title", "Ondersteuningsplan 2025-2029"),
         ("p", N + " (PO 29-07)"),
         ("p", "Vastgesteld door de directeur-bestuurder op 27 maart 2025, na instemming van de "
               "ondersteuningsplanraad op 20 maart 2025."),
         ("toc", ["Voorwoord", "1 Inleiding en leeswijzer", "2 Regio en kengetallen", "3 Visie en missie",
                  "4 Basisondersteuning", "5 Het ondersteuningscontinuüm", "6 Toelaatbaarheid tot sbo en so",
                  "7 Thuiszitters en dekkend netwerk", "8 Samenwerking met gemeenten",
                  "9 Communicatie", "10 Kwaliteit en resultaten", "11 Bestuur en medezeggenschap",
                  "12 Personeel en organisatie", "13 Privacy en ICT", "14 Geld en middelen",
                  "15 Planning", "Bijlage A Begrippenlijst (o.a. terugplaatsing, ouder- en jeugdsteunpunt, "
                  "monitoring)"])]
    b += [("h1", "Voorwoord")] + voorwoord(S, "2025-2029", "het primair onderwijs")
    b += [("h1", "1 Inleiding en leeswijzer"),
          ("p", "Dit ondersteuningsplan beschrijft hoe de aangesloten schoolbesturen in Horstland samen "
                "invulling geven aan passend onderwijs in het primair onderwijs. Het plan is opgesteld op "
                "grond van artikel 18a van de Wet op het primair onderwijs en heeft een looptijd van vier "
                "schooljaren, van 1 augustus 2025 tot en met 31 juli 2029."),
          ("p", "Hoofdstuk 2 schetst de regio. Hoofdstuk 3 beschrijft onze visie. De hoofdstukken 4 tot en met 7 "
                "gaan over het ondersteuningsaanbod, van basisondersteuning tot speciaal onderwijs. Hoofdstuk 9 "
                "beschrijft de communicatie, hoofdstuk 10 de kwaliteitszorg. Daarna volgen bestuur, personeel, "
                "privacy en de financiën. Achterin staat een begrippenlijst."),
          ("p", "Waar in dit plan 'school' staat, wordt iedere vestiging bedoeld, inclusief nevenvestigingen. "
                "Waar 'ouders' staat, worden ook verzorgers en voogden bedoeld.")]
    b += [("h1", "2 Regio en kengetallen")] + context_region(
        S, 74, "17.900", 11, "Horst, Venray-Noord, Meerlo en Sevenum", "basisonderwijs, speciaal basisonderwijs en speciaal onderwijs")
    b += [("p", "Het deelnamepercentage aan het speciaal basisonderwijs bedroeg op 1 oktober 2024 2,1 procent; "
                "dat aan het speciaal onderwijs 1,6 procent. Beide percentages liggen iets onder het landelijk "
                "gemiddelde.")]
    b += [("h1", "3 Visie en missie")] + visie(S)
    b += [("h1", "4 Basisondersteuning"),
          ("p", "Basisondersteuning is in Horstland het afgesproken niveau van ondersteuning dat iedere school "
                "en iedere vestiging binnen het samenwerkingsverband ten minste biedt, voor iedere leerling en "
                "zonder dat daarvoor een aanvraag bij het samenwerkingsverband nodig is. De besturen hebben dit "
                "niveau vastgelegd in de Horstlandse standaard, die integraal in dit hoofdstuk is opgenomen. "
                "Geen enkele school mag onder deze standaard zakken."),
          ("p", "De standaard bestaat uit vier onderdelen. Ouders mogen op iedere school in Horstland het "
                "volgende verwachten:"),
          ("bullets", [
              "Preventieve en lichte curatieve interventies: een aanpak voor dyslexie en dyscalculie volgens de "
              "landelijke protocollen, een leesinterventie voor zwakke lezers in groep 3 en 4, en een aanbod "
              "voor leerlingen die meer aankunnen (verrijkingsgroep of plusklas op schoolniveau).",
              "Een ondersteuningsstructuur: een intern begeleider met minimaal 0,4 fte per 200 leerlingen, "
              "twee leerlingbesprekingen en twee groepsbesprekingen per jaar, een ondersteuningsteam met de "
              "schoolconsulent van het samenwerkingsverband en het jeugdteam, en een ontwikkelingsperspectief "
              "(OPP) voor iedere leerling die op een eigen leerlijn werkt.",
              "Een veilig schoolklimaat: een anti-pestprogramma, een aandachtsfunctionaris voor de meldcode "
              "en een jaarlijkse meting van de sociale veiligheid.",
              "Handelingsgericht werken: leraren stemmen instructie af op drie niveaus, werken met een "
              "groepsoverzicht en maken afspraken over gedrag volgens een schoolbrede aanpak."]),
          ("p", "Iedere school beschrijft in haar schoolondersteuningsprofiel en in de schoolgids hoe zij deze "
                "standaard invult. De consulenten van het samenwerkingsverband bespreken eenmaal per jaar met "
                "iedere school de kwaliteitskaart basisondersteuning. Scoort een school op een onderdeel "
                "onvoldoende, dan maakt het bestuur binnen drie maanden een verbeterplan.")]
    b += [("h1", "5 Het ondersteuningscontinuüm"),
          ("p", "Tussen de basisondersteuning en het speciaal onderwijs ligt een doorlopende reeks van "
                "voorzieningen. Wij onderscheiden vijf niveaus, die hieronder in samenhang worden "
                "weergegeven."),
          ("table", [["Niveau", "Wat", "Waar", "Toegang"],
                     ["1", "basisondersteuning volgens de Horstlandse standaard", "elke school", "vrij"],
                     ["2", "lichte arrangementen: begeleiding door schoolconsulent, gedragsspecialist", "eigen school",
                      "via ondersteuningsteam"],
                     ["3", "extra arrangementen: individueel arrangement of groepsarrangement, bv. taalklas, "
                           "prikkelarme werkplek", "eigen school of clusterschool", "aanvraag bij loket"],
                     ["4", "speciaal basisonderwijs (SBO De Horizon, SBO 't Startblok)", "sbo", "TLV"],
                     ["5", "speciaal onderwijs cluster 3 en 4", "so-scholen in en buiten de regio", "TLV"]]),
          ("p", "Voor leerlingen die tijdelijk meer nodig hebben dan de eigen school kan bieden, is er de "
                "Observatiegroep Horstland: een kortdurende plaatsing van maximaal twaalf weken waarin de "
                "ondersteuningsbehoefte wordt onderzocht, waarna de leerling terugkeert of doorstroomt.")]
    b += [("h1", "6 Toelaatbaarheid tot sbo en so"),
          ("h2", "6.1 Wie vraagt aan"),
          ("p", "Een toelaatbaarheidsverklaring (TLV) wordt aangevraagd door het bevoegd gezag van de school "
                "waar de leerling staat ingeschreven, of, bij een nieuwe leerling, door het bevoegd gezag van "
                "de school van aanmelding. Ouders worden vooraf betrokken en ondertekenen het aanvraagformulier "
                "voor gezien."),
          ("h2", "6.2 Stappen en termijnen"),
          ("bullets", [
              "Stap 1: het ondersteuningsteam van de school bespreekt de leerling en stelt vast dat de "
              "mogelijkheden van niveau 1 tot en met 3 zijn benut.",
              "Stap 2: de school dient de aanvraag met het OPP en de evaluatie daarvan in bij het Loket "
              "Toewijzing van het samenwerkingsverband.",
              "Stap 3: twee deskundigen geven ieder een eigen schriftelijk advies: een orthopedagoog of "
              "psycholoog en, afhankelijk van de leerling, een jeugdarts, kinderpsychiater of maatschappelijk "
              "werker. Geen van beiden is bij de aanvraag betrokken geweest.",
              "Stap 4: de Commissie Toelaatbaarheid besluit namens de directeur-bestuurder binnen zes weken "
              "na ontvangst van een volledige aanvraag. Deze termijn kan eenmaal met vier weken worden verlengd."]),
          ("h2", "6.3 Criteria"),
          ("p", "Een leerling is toelaatbaar tot het sbo als aan alle volgende voorwaarden is voldaan: de "
                "ondersteuningsbehoefte overstijgt aantoonbaar wat de school met arrangementen op niveau 3 kan "
                "bieden; er is ten minste een half jaar handelingsgericht gewerkt met een OPP dat is "
                "geëvalueerd; en de verwachting is dat de leerling in een kleinere groep met specialistische "
                "begeleiding beter tot ontwikkeling komt. Voor het so geldt daarnaast dat de leerling "
                "intensieve en langdurige ondersteuning nodig heeft op meerdere domeinen (leren, gedrag, "
                "lichamelijke of verstandelijke ontwikkeling), die ook het sbo niet kan bieden."),
          ("h2", "6.4 Duur en bekostigingscategorie"),
          ("p", "Een TLV sbo geldt in de regel voor twee schooljaren. Een TLV so geldt voor één tot drie "
                "schooljaren; voor leerlingen met een structurele beperking kan de commissie een TLV tot het "
                "einde van de basisschoolperiode afgeven. Bij een TLV so wordt de bekostigingscategorie laag, "
                "midden of hoog vastgesteld."),
          ("h2", "6.5 Bezwaar"),
          ("p", "Ouders en het bevoegd gezag kunnen binnen zes weken na de datum van het besluit bezwaar maken. "
                "Het samenwerkingsverband is aangesloten bij de Landelijke Bezwaaradviescommissie "
                "Toelaatbaarheidsverklaringen, die adviseert over het bezwaar."),
          ("h2", "6.6 Einde van de TLV"),
          ("p", "In het laatste schooljaar waarin de TLV geldt, organiseert de sbo- of so-school uiterlijk in "
                "februari een evaluatiegesprek met de ouders, de consulent van het samenwerkingsverband en, "
                "indien gewenst, de school van herkomst. In dat gesprek wordt besproken of de leerling kan "
                "terugkeren naar het basisonderwijs. Is dat het geval, dan meldt de sbo- of so-school de "
                "leerling aan bij een basisschool naar keuze van de ouders en draagt zij het dossier warm over. "
                "Is verlenging nodig, dan dient het bevoegd gezag van de sbo- of so-school uiterlijk 1 april een "
                "nieuwe aanvraag in en beslist de Commissie Toelaatbaarheid vóór 1 juni."),
          ("p", "Ons beleid ten aanzien van terug- en overplaatsing, met de doelen die wij daarbij nastreven, de "
                "voorwaarden en de begeleiding van leerlingen na hun terugkeer, werken wij in de loop van "
                "schooljaar 2026-2027 uit in een afzonderlijk beleidskader, dat dan ter instemming aan de OPR "
                "wordt voorgelegd.")]
    b += [("h1", "7 Thuiszitters en dekkend netwerk"),
          ("p", "Een dekkend netwerk betekent voor ons dat er voor iedere leerling in Horstland een passende "
                "plek is. Waar dat niet lukt, willen wij dat snel weten en er iets aan doen. Scholen melden "
                "iedere leerling die langer dan vier weken (geoorloofd of ongeoorloofd) niet naar school gaat, "
                "of die zonder onderwijsplek dreigt te raken, binnen vijf schooldagen bij het "
                "samenwerkingsverband. De leerplichtambtenaar meldt ook."),
          ("p", "Iedere melding wordt besproken aan de Doorbraaktafel, waar de consulent, de "
                "leerplichtambtenaar, het jeugdteam en de betrokken school binnen twee weken een plan maken. "
                "Het bevoegd gezag van de school van aanmelding houdt zijn zorgplicht tot een andere school "
                "de leerling heeft ingeschreven. Lukt een plaatsing binnen drie maanden niet, dan escaleert de "
                "directeur-bestuurder naar de besturen en, zo nodig, naar de onderwijsconsulenten."),
          ("p", "Tweemaal per jaar analyseren wij de meldingen om structurele hiaten in het aanbod op te sporen. "
                "In 2024 bleek zo dat er geen passend aanbod was voor jonge kinderen met een combinatie van "
                "taalontwikkelingsstoornis en gedragsproblematiek; daarvoor is inmiddels een groepsarrangement "
                "gestart.")]
    b += [("h1", "8 Samenwerking met gemeenten"),
          ("p", "Met de vier gemeenten in het werkgebied voeren wij op overeenstemming gericht overleg (OOGO). "
                "In dit overleg stemmen we het ondersteuningsplan af op de beleidsplannen jeugd van de gemeenten. "
                "Gezamenlijke thema's zijn leerlingenvervoer, onderwijshuisvesting, de aansluiting van jeugdhulp "
                "op school en de overgang van voorschoolse voorzieningen naar groep 1."),
          ("p", "Het OOGO over dit plan vond plaats op 12 februari 2025. De gemeenten hebben ingestemd met de "
                "hoofdlijnen. Over de financiering van onderwijs-zorgarrangementen is afgesproken dat een "
                "werkgroep in 2025 een voorstel doet.")]
    b += [("h1", "9 Communicatie"),
          ("p", "Goede communicatie is voorwaarde voor vertrouwen. Het samenwerkingsverband communiceert met "
                "scholen via een tweewekelijkse nieuwsbrief en met besturen via de algemene vergadering."),
          ("p", "Ouders informeren wij op drie manieren over de ondersteuning die in Horstland beschikbaar is. "
                "Ten eerste staat op onze website per school het schoolondersteuningsprofiel, met een link naar "
                "de schoolgids. Ten tweede geven wij de brochure 'Extra hulp op school, hoe werkt dat?' uit, die "
                "iedere school bij aanmelding aan nieuwe ouders meegeeft. Ten derde organiseren wij twee keer "
                "per jaar een informatieavond voor ouders over het aanbod van arrangementen, sbo en so."),
          ("p", "Voor onafhankelijk advies kunnen ouders terecht bij het Ouder- en Jeugdsteunpunt Horstland. Het "
                "steunpunt werkt los van scholen en samenwerkingsverband, heeft een telefonisch spreekuur op "
                "dinsdag en donderdag en kan ouders begeleiden naar gesprekken. Ook kunnen ouders kosteloos een "
                "beroep doen op de landelijke onderwijsconsulenten. Klachten over het samenwerkingsverband "
                "kunnen worden ingediend bij de landelijke klachtencommissie waarbij wij zijn aangesloten; "
                "geschillen over toelating en verwijdering kunnen worden voorgelegd aan de Geschillencommissie "
                "passend onderwijs.")]
    b += [("h1", "10 Kwaliteit en resultaten"),
          ("p", "In de vorige planperiode hebben wij te weinig scherp geformuleerd wat wij wilden bereiken. "
                "Daarom zijn voor deze periode de volgende beoogde resultaten voor leerlingen met een "
                "ondersteuningsbehoefte afgesproken:"),
          ("bullets", [
              "In 2029 voldoet iedere school aan alle onderdelen van de Horstlandse standaard.",
              "Het aantal leerlingen dat langer dan vier weken thuiszit daalt van 23 (schooljaar 2023-2024) naar "
              "ten hoogste 10 in schooljaar 2028-2029.",
              "Ten minste 85 procent van de leerlingen met een OPP behaalt de uitstroombestemming die in het "
              "OPP is vastgelegd.",
              "Het aandeel leerlingen in het sbo blijft onder de 2,5 procent."]),
          ("p", "Hoe wij de voortgang op deze doelen gaan volgen, welke gegevens wij daarvoor verzamelen en hoe "
                "wij erover rapporteren, leggen wij in het eerste planjaar vast in een kwaliteitskader. Tot die tijd "
                "is hier nog geen systematiek voor afgesproken.")]
    b += [("h1", "11 Bestuur en medezeggenschap")] + governance(S) + opr(S)
    b += [("h1", "12 Personeel en organisatie")] + personeel(S)
    b += [("h1", "13 Privacy en ICT")] + privacy(S)
    b += [("h1", "14 Geld en middelen"),
          ("p", "Het samenwerkingsverband ontvangt jaarlijks rijksmiddelen voor lichte en zware ondersteuning. "
                "Na aftrek van de verplichte afdrachten voor het so en de groeibekostiging sbo verdelen wij de "
                "middelen als volgt. Ieder schoolbestuur ontvangt een schoolbudget van € 175 per leerling, op "
                "basis van de leerlingtelling van 1 oktober van het voorgaande jaar, plus een vaste voet van "
                "€ 4.000 per school. Daarnaast is er een arrangementenbudget dat centraal wordt beheerd; een "
                "school kan hieruit een niveau-3-arrangement aanvragen als het ondersteuningsteam heeft "
                "vastgesteld dat de school het schoolbudget doelmatig heeft ingezet en de gevraagde "
                "ondersteuning binnen de Horstlandse standaard niet kan worden geboden."),
          ("p", "De meerjarenbegroting ziet er als volgt uit (bedragen x € 1.000):"),
          ("table", [["Post", "2025", "2026", "2027", "2028"],
                     ["Baten rijksbijdrage", "11.840", "11.710", "11.590", "11.480"],
                     ["Afdracht so en groei sbo", "5.020", "5.060", "5.090", "5.110"],
                     ["Schoolbudgetten besturen", "3.430", "3.390", "3.350", "3.310"],
                     ["Arrangementenbudget niveau 3", "1.450", "1.420", "1.400", "1.380"],
                     ["Observatiegroep en Doorbraaktafel", "610", "620", "630", "640"],
                     ["Bureau en personeel", "1.280", "1.300", "1.320", "1.340"],
                     ["Resultaat", "50", "-80", "-200", "-300"]]),
          ("p", "De negatieve resultaten vanaf 2026 zijn bewust begroot: zo bouwen wij de reserve af tot het "
                "niveau dat de signaleringswaarde voorschrijft. Besturen verantwoorden de besteding van hun "
                "schoolbudget jaarlijks in een korte rapportage per school.")]
    b += [("h1", "15 Planning")] + planning("2025-2029", 2025)
    b += [("h1", "Bijlage A Begrippenlijst")] + begrippen([
        ["Basisondersteuning", "het afgesproken niveau van ondersteuning dat elke school biedt"],
        ["Terugplaatsing", "de overgang van een leerling uit sbo of so naar het basisonderwijs"],
        ["Ouder- en jeugdsteunpunt", "onafhankelijk steunpunt voor ouders en jeugdigen"],
        ["Monitoring", "het systematisch volgen van resultaten"],
        ["TLV", "toelaatbaarheidsverklaring"],
        ["OPP", "ontwikkelingsperspectief"],
        ["Meerjarenbegroting", "begroting over meerdere jaren"]])
    return N, b


# --------------------------------------------------------------------------------------------
# PLAN 2 — VO Rivierdelta, long and formal (.docx + .pdf)
# --------------------------------------------------------------------------------------------

def plan2():
    N = "Samenwerkingsverband Voortgezet Onderwijs Rivierdelta"
    S = "SWV VO Rivierdelta"
    b = [("title", "Ondersteuningsplan 2025-2029: Samen verder in de Delta"),
         ("p", N + " (VO 27-04)"),
         ("toc", ["Voorwoord", "Samenvatting", "1 Context", "2 Missie en visie", "3 Het ondersteuningsaanbod",
                  "3.1 Basisondersteuning", "3.2 Extra ondersteuning en voorzieningen", "3.3 Dekkend netwerk",
                  "4 Toewijzing: vso, lwoo en pro", "5 Terug naar het regulier onderwijs",
                  "6 Ouders en leerlingen (o.a. ouder- en jeugdsteunpunt)", "7 Kwaliteitszorg",
                  "8 Financieel beleid en meerjarenbegroting", "9 Organisatie en bestuur",
                  "10 Medezeggenschap", "11 Personeel", "12 Privacy", "13 Terugblik en ontwikkelagenda",
                  "14 Planning", "Afkortingenlijst"])]
    b += [("h1", "Voorwoord")] + voorwoord(S, "2025-2029", "het voortgezet onderwijs")
    b += [("h1", "Samenvatting"),
          ("p", "In dit plan beschrijven wij hoe de scholen voor voortgezet onderwijs in de Rivierdelta samen "
                "zorgen voor passend onderwijs. Het plan bouwt voort op het vorige plan en legt drie nieuwe "
                "accenten: het versterken van de ondersteuning in de klas, een snellere route voor leerlingen "
                "zonder passende plek, en een stevigere verantwoording over wat het geld oplevert. Over de "
                "financiën, de ouders en de resultaten leest u meer in de hoofdstukken 6 tot en met 8.")]
    b += [("h1", "1 Context")] + context_region(
        S, 19, "21.400", 8, "Deltastad, Waalkant en Lingedijk", "vmbo, havo, vwo, praktijkonderwijs en vso")
    b += [("h1", "2 Missie en visie")] + visie(S, " Voor het voortgezet onderwijs betekent dit ook dat "
                                                  "leerlingen zelf een stem hebben in wat zij nodig hebben.")
    b += [("h1", "3 Het ondersteuningsaanbod"),
          ("h2", "3.1 Basisondersteuning"),
          ("p", "Alle vestigingen in de Rivierdelta, van praktijkonderwijs tot gymnasium, bieden ten minste de "
                "basisondersteuning die de besturen samen hebben afgesproken. Dat is een gemeenschappelijke "
                "ondergrens: geen enkele vestiging biedt minder, en iedere leerling kan daarop rekenen zonder "
                "aanvraag bij het samenwerkingsverband."),
          ("p", "Welke voorzieningen, interventies en deskundigheid precies onder deze ondergrens vallen, is "
                "uitgewerkt in de Kwaliteitskaart Basisondersteuning Rivierdelta (bijlage 2 bij dit plan). De "
                "scholen beschrijven hun eigen invulling in de schoolgids. Het bureau bezoekt iedere vestiging "
                "eens per twee jaar voor een audit op de kwaliteitskaart."),
          ("h2", "3.2 Extra ondersteuning en voorzieningen"),
          ("p", "Boven op de basisondersteuning kent de Rivierdelta een opbouw van voorzieningen. Op iedere "
                "school is een ondersteuningscoördinator en een zorg- en adviesteam. Scholen ontvangen een "
                "budget voor lichte ondersteuning, waarmee zij bijvoorbeeld een trajectvoorziening, een "
                "faalangstreductietraining of een time-outvoorziening inrichten. Voor leerlingen die meer nodig "
                "hebben, kunnen scholen een maatwerkarrangement aanvragen."),
          ("p", "Bovenschools zijn er drie voorzieningen. Het OPDC De Overstap biedt een tijdelijke plek "
                "(maximaal één jaar) voor leerlingen die na een vastgelopen schoolloopbaan opnieuw moeten "
                "aansluiten. Het Reboundtraject biedt kortdurende opvang van ten hoogste twaalf weken, waarbij "
                "de leerling ingeschreven blijft op de eigen school. De Schakelklas voor nieuwkomers bereidt "
                "leerlingen voor op instroom in het regulier onderwijs. Daarnaast zijn er in de regio twee "
                "vso-scholen voor cluster 3 en één voor cluster 4."),
          ("h2", "3.3 Dekkend netwerk"),
          ("p", "Wij spreken van een dekkend netwerk als iedere jongere in de Delta een passende onderwijsplek "
                "heeft. Scholen melden een leerling die langer dan twee weken verzuimt zonder zicht op "
                "terugkeer bij het Expertiseteam. Binnen tien schooldagen volgt een casusoverleg met school, "
                "leerplicht en jeugdhulp. Het Expertiseteam kan een doorzettingsmacht inzetten: de "
                "directeur-bestuurder kan een school vragen een leerling tijdelijk te plaatsen, na overleg met "
                "de bestuurders."),
          ("p", "Op 1 oktober 2024 stonden 31 jongeren als thuiszitter geregistreerd. Het Expertiseteam "
                "rapporteert elk kwartaal aan de algemene vergadering over deze groep en over ontbrekend aanbod. "
                "De analyse over 2024 leidde tot de afspraak dat in 2025 een voorziening voor hoogbegaafde "
                "leerlingen met vastgelopen schoolloopbanen wordt ingericht.")]
    b += [("h1", "4 Toewijzing: vso, lwoo en pro"),
          ("h2", "4.1 Toelaatbaarheid vso"),
          ("p", "Een school die meent dat een leerling is aangewezen op het voortgezet speciaal onderwijs, "
                "dient na overleg met ouders en leerling een aanvraag in bij de Commissie Toewijzing. De "
                "aanvraag bevat het OPP, een verslag van het zorg- en adviesteam en de zienswijze van ouders en "
                "leerling. Een orthopedagoog of psycholoog en een tweede deskundige (jeugdarts, "
                "maatschappelijk werker of kinder- en jeugdpsychiater) adviseren ieder afzonderlijk. De commissie "
                "besluit binnen acht weken. De geldigheidsduur van de TLV is in de regel twee jaar."),
          ("p", "De commissie toetst aan de criteria in de onderstaande tabel."),
          ("table", [["Criterium", "Toelichting"],
                     ["Ondersteuningsbehoefte overstijgt regulier aanbod",
                      "ook met maatwerkarrangement en OPDC kan de school de behoefte niet beantwoorden"],
                     ["Ondersteuning is intensief en langdurig", "nodig op meerdere momenten per dag, meer dan één jaar"],
                     ["Handelingsgericht traject doorlopen", "OPP is ten minste één keer geëvalueerd"],
                     ["Perspectief in vso", "het vso kan aantoonbaar wel bieden wat nodig is"]]),
          ("p", "De bezwaarprocedure staat beschreven in het Reglement Toewijzing op onze website."),
          ("h2", "4.2 Lwoo en praktijkonderwijs"),
          ("p", "Voor lwoo en pro hanteert de Rivierdelta de landelijke criteria (leerachterstand, IQ-range en, "
                "voor lwoo, sociaal-emotionele problematiek). De vo-school dient de aanvraag in vóór 1 mei van "
                "het jaar van instroom, met het onderwijskundig rapport en de toetsgegevens uit het primair "
                "onderwijs. De Commissie Toewijzing beslist binnen zes weken; een aanwijzing lwoo geldt voor de "
                "duur van de opleiding, een toelaatbaarheid pro eveneens.")]
    b += [("h1", "5 Terug naar het regulier onderwijs"),
          ("p", "Het vso is voor de meeste leerlingen geen eindstation. Ons uitgangspunt is dat iedere "
                "vso-leerling bij iedere verlenging van de TLV de vraag krijgt of terugkeer naar het regulier "
                "voortgezet onderwijs of overstap naar het mbo mogelijk is. Wij willen dat jaarlijks ten minste "
                "tien procent van de vso-leerlingen met succes terugkeert. Voorwaarde is dat de ontvangende "
                "school de ondersteuning kan bieden die in het OPP staat; de leerling krijgt na terugkeer "
                "gedurende een half jaar een overstapcoach van het vso, bekostigd door het samenwerkingsverband."),
          ("p", "De procedure is als volgt. In het laatste jaar van de TLV bespreekt de vso-school in november "
                "met ouders en leerling de mogelijkheid van terugplaatsing. Ziet de vso-school die mogelijkheid, "
                "dan vraagt zij de consulent van het samenwerkingsverband een passende vo-school te zoeken; de "
                "consulent organiseert binnen vier weken een overdrachtsgesprek. De Commissie Toewijzing "
                "bevestigt de terugplaatsing en de TLV eindigt op 31 juli. Ziet de vso-school geen mogelijkheid, "
                "dan vraagt zij verlenging aan volgens hoofdstuk 4.")]
    b += [("h1", "6 Ouders en leerlingen"),
          ("p", "Ouders en leerlingen zijn partners in de ondersteuning. Scholen betrekken hen bij het opstellen "
                "en evalueren van het OPP, en leerlingen hebben het recht gehoord te worden."),
          ("p", "Het samenwerkingsverband informeert ouders via de website, waar per vestiging het "
                "ondersteuningsaanbod staat, via een jaarlijkse informatiemarkt voor ouders van leerlingen in "
                "groep 7 en 8 en via de folder 'Ondersteuning in het vo', die de basisscholen in de regio "
                "meegeven. Scholen nemen hun aanbod op in de schoolgids."),
          ("p", "Over de vormgeving van een onafhankelijk ouder- en jeugdsteunpunt voeren wij in 2025 een "
                "verkenning uit met de gemeenten en de buurverbanden. De uitkomst daarvan nemen wij op in een "
                "voortgangsparagraaf bij dit plan.")]
    b += [("h1", "7 Kwaliteitszorg"),
          ("h2", "7.1 Wat we willen bereiken"),
          ("bullets", [
              "Thuiszitten: het aantal thuiszitters halveert in de planperiode (van 31 naar ten hoogste 15).",
              "Doorstroom: 90 procent van de leerlingen met een maatwerkarrangement stroomt door naar een "
              "volgend leerjaar of behaalt een diploma.",
              "Terugkeer: jaarlijks keert ten minste tien procent van de vso-leerlingen terug naar het regulier "
              "onderwijs of stroomt door naar het mbo.",
              "Tevredenheid: ouders geven de ondersteuning van hun kind gemiddeld ten minste een 7."]),
          ("h2", "7.2 Zo houden we zicht"),
          ("p", "Scholen leveren twee keer per jaar (peildata 1 oktober en 1 maart) gegevens aan over "
                "arrangementen, OPP's, verzuim en doorstroom. Het bureau verwerkt deze in een dashboard dat per "
                "school en per bestuur zichtbaar is. In een jaarlijkse kwaliteitsdialoog met iedere school "
                "bespreken wij de cijfers. Het jaarverslag rapporteert over de bereikte resultaten ten opzichte "
                "van de doelen in 7.1, en de OPR bespreekt dit jaarverslag. Halverwege de planperiode laten wij "
                "een externe evaluatie uitvoeren.")]
    b += [("h1", "8 Financieel beleid en meerjarenbegroting"),
          ("p", "De ondersteuningsmiddelen worden volgens een vast verdeelmodel toegekend. Ieder bestuur ontvangt "
                "voor lichte ondersteuning € 95 per leerling op basis van de teldatum 1 oktober. De lwoo- en "
                "pro-middelen worden volledig doorgesluisd naar de besturen op basis van het aantal leerlingen "
                "met een aanwijzing of toelaatbaarheid. Maatwerkarrangementen worden toegekend door de Commissie "
                "Toewijzing op basis van een aanvraag die voldoet aan de criteria voor niveau 2; de vergoeding "
                "bedraagt € 2.500 per arrangement per half jaar."),
          ("p", "De meerjarenbegroting 2025-2029 wordt in december door de algemene vergadering vastgesteld en "
                "daarna als afzonderlijk document gepubliceerd. Onderstaand overzicht geeft de opbouw weer; de "
                "bedragen worden na vaststelling ingevuld."),
          ("table", [["Post", "2025", "2026", "2027", "2028"],
                     ["Lichte ondersteuning besturen", "p.m.", "p.m.", "p.m.", "p.m."],
                     ["Lwoo en pro", "p.m.", "p.m.", "p.m.", "p.m."],
                     ["Maatwerkarrangementen", "p.m.", "p.m.", "p.m.", "p.m."],
                     ["OPDC en Rebound", "p.m.", "p.m.", "p.m.", "p.m."],
                     ["Bureau", "p.m.", "p.m.", "p.m.", "p.m."]])]
    b += [("h1", "9 Organisatie en bestuur")] + governance(S, "vereniging")
    b += [("h1", "10 Medezeggenschap")] + opr(S)
    b += [("h1", "11 Personeel")] + personeel(S, "11,2")
    b += [("h1", "12 Privacy")] + privacy(S)
    b += [("h1", "13 Terugblik en ontwikkelagenda")] + terugblik(S) + ontwikkelagenda(S)
    b += [("h1", "14 Planning")] + planning("2025-2029", 2025)
    b += [("h1", "Afkortingenlijst"),
          ("table", [["Afkorting", "Betekenis"], ["OJSP", "ouder- en jeugdsteunpunt"],
                     ["TLV", "toelaatbaarheidsverklaring"], ["lwoo", "leerwegondersteunend onderwijs"],
                     ["pro", "praktijkonderwijs"], ["OPDC", "orthopedagogisch-didactisch centrum"],
                     ["OPR", "ondersteuningsplanraad"], ["MJB", "meerjarenbegroting"]])]
    return N, b


# --------------------------------------------------------------------------------------------
# PLAN 3 — PO De Kempenrand, short and practical (.md)
# --------------------------------------------------------------------------------------------

def plan3():
    N = "Samenwerkingsverband PO De Kempenrand"
    S = "De Kempenrand"
    b = [("title", "Ondersteuningsplan De Kempenrand 2025-2029"),
         ("p", "*" + N + " (PO 30-11) - versie voor de OPR, maart 2025*"),
         ("toc", ["Voorwoord", "1 Wie zijn wij", "2 Waar we voor staan", "3 Wat iedere school biedt",
                  "4 Van basis naar extra naar speciaal", "5 Een TLV aanvragen", "6 Ouders",
                  "7 Geld", "8 Resultaten", "9 Zo zijn we georganiseerd", "10 Medezeggenschap",
                  "11 Mensen", "12 Privacy", "13 Terugblik", "14 Communicatie met scholen",
                  "15 Werken in het onderwijs", "16 Ontwikkelagenda", "17 Tijdpad", "Begrippen (thuiszitter, zorgplicht, terugplaatsing)"])]
    b += [("h1", "Voorwoord")] + voorwoord(S, "2025-2029", "het basisonderwijs")
    b += [("p", "Over dit plan: wij hebben gekozen voor korte hoofdstukken in gewone taal. Elk hoofdstuk begint "
                "met de vraag die het beantwoordt. Wie meer wil weten over de achtergrond, vindt op de website "
                "de verslagen van de werkateliers en de reacties van scholen op het concept. Dit plan is in maart "
                "2025 besproken in de algemene vergadering en in de OPR, en geldt tot en met juli 2029.")]
    b += [("h1", "1 Wie zijn wij")] + context_region(
        S, 48, "10.300", 7, "Bladel, Eersel en Reusel", "basisonderwijs en speciaal basisonderwijs")
    b += [("h1", "2 Waar we voor staan")] + visie(S) + [("h2", "Wat er landelijk speelt")] + landelijk(S)
    b += [("h1", "3 Wat iedere school biedt"),
          ("p", "Kort gezegd: basisondersteuning is wat je als ouder op elke basisschool in De Kempenrand mag "
                "verwachten. Alle 48 scholen hebben afgesproken dat zij dit minimaal bieden. Het gaat om:"),
          ("bullets", [
              "een intern begeleider die ouders en leraren adviseert;",
              "een vast stappenplan bij zorgen over een leerling, met een gesprek met ouders binnen twee weken;",
              "een aanpak voor dyslexie en voor leerlingen die meer aankunnen;",
              "een methode voor sociaal-emotionele ontwikkeling en een pestprotocol;",
              "een OPP voor leerlingen die op een eigen leerlijn werken;",
              "toegang tot de schoolmaatschappelijk werker en de jeugdverpleegkundige."]),
          ("p", "De intern begeleiders gebruiken deze lijst in hun netwerk om van elkaar te leren.")]
    b += [("h1", "4 Van basis naar extra naar speciaal"),
          ("p", "Lukt het met de basisondersteuning niet, dan kan de school extra ondersteuning inzetten. De "
                "opbouw ziet er zo uit:"),
          ("table", [["Stap", "Wat", "Wie regelt het"],
                     ["Basis", "basisondersteuning op elke school", "de school"],
                     ["Extra op school", "arrangement met begeleider van De Kempenrand, 10-20 weken",
                      "school met consulent"],
                     ["Extra bovenschools", "Taalklas Bladel, Plusklas Eersel, gedragsgroep De Brug",
                      "consulent"],
                     ["Speciaal", "sbo De Kempenboog, so buiten de regio", "met TLV"]]),
          ("p", "Voor de bovenschoolse voorzieningen geldt dat de leerling ingeschreven blijft op de eigen "
                "school en daar een deel van de week les krijgt.")]
    b += [("h1", "5 Een TLV aanvragen"),
          ("p", "Voor het sbo en het so is een toelaatbaarheidsverklaring nodig. Zo werkt het:"),
          ("bullets", [
              "De school (het bestuur) vraagt de TLV aan via het digitale loket, samen met de ouders.",
              "De consulent kijkt binnen vijf werkdagen of de aanvraag compleet is.",
              "Een orthopedagoog en een tweede deskundige geven advies.",
              "De TLV-commissie neemt binnen zes weken een besluit en stuurt dat naar school en ouders."]),
          ("p", "Op welke gronden een leerling toelaatbaar is, herzien wij op dit moment. De nieuwe criteria "
                "worden in het najaar van 2025 vastgesteld en daarna op de website gepubliceerd. Tot die tijd "
                "weegt de commissie iedere aanvraag afzonderlijk.")]
    b += [("h1", "6 Ouders"),
          ("p", "Een ouderpagina op de website en een ouderfolder over de ondersteuning in De Kempenrand zijn in "
                "voorbereiding en verschijnen in 2026."),
          ("p", "Bent u het niet eens met de school of met ons? Praat er eerst over met de school. Komt u er "
                "samen niet uit, dan kunt u gratis hulp vragen aan een onderwijsconsulent; deze consulenten "
                "werken landelijk en onafhankelijk van scholen. Een klacht kunt u indienen bij de Landelijke "
                "Klachtencommissie Onderwijs. Gaat het om toelating of verwijdering, dan kunt u terecht bij de "
                "Geschillencommissie passend onderwijs. Ook kunt u contact opnemen met het Ouder- en "
                "Jeugdsteunpunt Kempen, dat onafhankelijk naast ouders staat.")]
    b += [("h1", "7 Geld"),
          ("p", "De Kempenrand krijgt geld van het Rijk voor ondersteuning. Eerst betalen we daarvan het so en "
                "het sbo. Wat overblijft, verdelen we zo: iedere school krijgt € 140 per leerling (teldatum "
                "1 oktober) om zelf extra ondersteuning in te richten. De arrangementen op school en de "
                "bovenschoolse groepen betalen we centraal; een school vraagt die aan bij de consulent en "
                "krijgt ze als de leerling een OPP heeft en de basisondersteuning is ingezet."),
          ("table", [["Begroting (x € 1.000)", "2025", "2026", "2027", "2028"],
                     ["Inkomsten", "6.920", "6.850", "6.780", "6.700"],
                     ["Afdracht so en sbo", "3.110", "3.120", "3.130", "3.140"],
                     ["Schoolbudgetten (€ 140 per leerling)", "1.440", "1.420", "1.400", "1.380"],
                     ["Arrangementen en bovenschoolse groepen", "1.520", "1.500", "1.480", "1.460"],
                     ["Bureau", "780", "790", "800", "810"],
                     ["Saldo", "70", "20", "-30", "-90"]])]
    b += [("h1", "8 Resultaten"),
          ("p", "Over de resultaten van de afgelopen jaren leest u meer in ons jaarverslag op de website. In "
                "dit plan kiezen we ervoor geen nieuwe doelen op te nemen; die volgen in het jaarplan.")]
    b += [("h1", "9 Zo zijn we georganiseerd")] + governance(S)
    b += [("h1", "10 Medezeggenschap")] + opr(S)
    b += [("h1", "11 Mensen")] + personeel(S, "8,4")
    b += [("h1", "12 Privacy")] + privacy(S)
    b += [("h1", "13 Terugblik")] + terugblik(S)
    b += [("h1", "14 Communicatie met scholen")] + communicatie_scholen(S)
    b += [("h1", "15 Werken in het onderwijs")] + arbeidsmarkt(S)
    b += [("h1", "16 Ontwikkelagenda")] + ontwikkelagenda(S)
    b += [("h1", "17 Tijdpad")] + planning("2025-2029", 2025)
    b += [("h1", "Begrippen")] + begrippen([
        ["Thuiszitter", "leerling die zonder geldige reden niet naar school gaat"],
        ["Zorgplicht", "plicht van het schoolbestuur om een passende plek te bieden of te vinden"],
        ["Terugplaatsing", "terugkeer van sbo of so naar de basisschool"],
        ["Dekkend aanbod", "voor ieder kind een passende plek"],
        ["Kwaliteitszorg", "het volgen en verbeteren van de resultaten"]])
    return N, b


# --------------------------------------------------------------------------------------------
# PLAN 4 — VO Zuidrand, short and practical (.docx)
# --------------------------------------------------------------------------------------------

def plan4():
    N = "Samenwerkingsverband VO Zuidrand"
    S = "SWV Zuidrand"
    b = [("title", "Ondersteuningsplan 2025-2029 op hoofdlijnen"),
         ("p", N + " (VO 30-02)"),
         ("toc", ["Voorwoord", "1 Over Zuidrand", "2 Koers", "3 De basis op orde",
                  "4 Toewijzing (TLV vso, lwoo, pro)", "5 Van vso terug naar vo", "6 Ouders",
                  "7 Middelen", "8 Kwaliteit", "9 Bestuur", "10 OPR", "11 Personeel", "12 Privacy",
                  "13 Terugblik", "14 Communicatie met scholen", "15 Arbeidsmarkt", "16 Ontwikkelagenda",
                  "17 Planning", "Begrippenlijst"])]
    b += [("h1", "Voorwoord")] + voorwoord(S, "2025-2029", "het voortgezet onderwijs")
    b += [("p", "Leeswijzer: dit plan telt bewust weinig pagina's. Wij beschrijven per hoofdstuk wat wij "
                "afspreken en wie daarvoor aan de lat staat. Uitvoeringsdetails staan in het jaarplan, dat ieder "
                "jaar in juni door de algemene vergadering wordt vastgesteld en daarna met de OPR wordt besproken. "
                "Het plan loopt van 1 augustus 2025 tot en met 31 juli 2029.")]
    b += [("h1", "1 Over Zuidrand")] + context_region(
        S, 12, "13.800", 6, "Zuiderveld, Oostrand en Hoeke", "voortgezet onderwijs")
    b += [("h1", "2 Koers")] + visie(S) + [("h2", "Landelijke ontwikkelingen")] + landelijk(S)
    b += [("p", "Dit plan is bewust een plan op hoofdlijnen. Uitvoeringsafspraken staan in reglementen en in "
                "het jaarplan; waar dat zo is, staat dat in de tekst.")]
    b += [("h1", "3 De basis op orde"),
          ("p", "Iedere vestiging in Zuidrand biedt dezelfde ondergrens aan ondersteuning, de "
                "basisondersteuning. Een leerling hoeft daarvoor niets aan te vragen; elke school zorgt dat "
                "het er is. Concreet betekent dit dat op elke vestiging aanwezig is:"),
          ("bullets", [
              "een mentor met wekelijks mentoruur en een vast contactmoment met ouders per periode;",
              "een ondersteuningscoördinator en een zorgteam dat elke twee weken overlegt;",
              "een remediaal aanbod voor taal en rekenen en een dyslexie- en dyscalculiebeleid;",
              "een trainingsaanbod voor faalangst en sociale vaardigheden;",
              "een rustplek in school waar een leerling onder begeleiding kan werken;",
              "aanpassingen bij toetsing (extra tijd, vergrote opgaven, voorleessoftware)."]),
          ("p", "De basisondersteuning is vastgelegd in de schoolgids van iedere school. Tweejaarlijks toetst "
                "een visitatiecommissie van collega-ondersteuningscoördinatoren of de afspraken worden nagekomen.")]
    b += [("h1", "4 Toewijzing (TLV vso, lwoo, pro)"),
          ("p", "Hoe Zuidrand beslist over toelaatbaarheid tot het vso, over lwoo en over praktijkonderwijs "
                "staat in het Toewijzingsreglement Zuidrand, dat op www.swvzuidrand.nl is te vinden. Dit "
                "reglement maakt geen deel uit van dit plan.")]
    b += [("h1", "5 Van vso terug naar vo"),
          ("p", "Zuidrand kiest ervoor dat leerlingen niet langer in het vso blijven dan nodig. Het doel is dat "
                "iedere vso-leerling die dat aankan, terugkeert naar een vo-school in de eigen omgeving. "
                "Terugkeer is mogelijk als de leerling een half jaar stabiel functioneert, als ouders en leerling "
                "het willen en als de ontvangende school in haar ondersteuningsaanbod kan waarmaken wat in het "
                "OPP staat. Na de overstap krijgt iedere teruggekeerde leerling een jaar lang een vaste coach "
                "vanuit het vso, die op de nieuwe school meekijkt en de mentor adviseert. Voor de stappen en de "
                "beslismomenten verwijzen we naar het Toewijzingsreglement.")]
    b += [("h1", "6 Ouders"),
          ("p", "Ouders vinden op onze website een ouderpagina met het ondersteuningsaanbod van iedere "
                "vestiging, een filmpje over hoe ondersteuning in het vo werkt en de contactgegevens van de "
                "ondersteuningscoördinatoren. Twee keer per jaar houden we een inloopavond voor ouders."),
          ("p", "Heeft u een vraag of een probleem waar u met school niet uitkomt? Het Ouder- en Jeugdsteunpunt "
                "Zuidrand helpt u onafhankelijk en gratis, ook bij een gesprek op school. Het steunpunt is "
                "bereikbaar via 0800-1234 567 en heeft een spreekuur in de bibliotheek van Zuiderveld. Verder "
                "kunt u een landelijke onderwijsconsulent inschakelen.")]
    b += [("h1", "7 Middelen"),
          ("p", "De begroting voor de komende jaren (bedragen in euro's):"),
          ("table", [["Post", "2025", "2026", "2027", "2028"],
                     ["Baten ondersteuning", "9.640.000", "9.550.000", "9.470.000", "9.390.000"],
                     ["Doorbetaling vso", "3.870.000", "3.890.000", "3.900.000", "3.910.000"],
                     ["Lwoo en pro naar besturen", "3.420.000", "3.380.000", "3.340.000", "3.300.000"],
                     ["Ondersteuningsmiddelen besturen", "1.610.000", "1.590.000", "1.570.000", "1.550.000"],
                     ["Coaches na terugkeer", "80.000", "80.000", "80.000", "80.000"],
                     ["Bureau", "640.000", "650.000", "660.000", "670.000"],
                     ["Saldo", "20.000", "-40.000", "-80.000", "-120.000"]]),
          ("p", "Hoe het bedrag voor de besturen over de besturen wordt verdeeld, herijken we in 2026 met een "
                "nieuwe verdeelsleutel. Tot die tijd handelen we zoals in voorgaande jaren.")]
    b += [("h1", "8 Kwaliteit"),
          ("p", "Welke resultaten we precies willen halen, bepalen we na de nulmeting die in het voorjaar van 2026 "
                "plaatsvindt."),
          ("p", "Wel ligt vast hoe we volgen. Scholen leveren op 1 december en 1 juni een vast set gegevens "
                "aan: aantal leerlingen met een OPP, aantal en duur van de inzet van de rustplek, verzuim, "
                "doorstroom naar een volgend leerjaar en tevredenheid van ouders en leerlingen. Het bureau maakt "
                "hiervan een halfjaarrapportage die in de algemene vergadering en de OPR wordt besproken. In het "
                "jaarverslag nemen we de cijfers per school op.")]
    b += [("h1", "9 Bestuur")] + governance(S)
    b += [("h1", "10 OPR")] + opr(S)
    b += [("h1", "11 Personeel")] + personeel(S, "6,8")
    b += [("h1", "12 Privacy")] + privacy(S)
    b += [("h1", "13 Terugblik")] + terugblik(S)
    b += [("h1", "14 Communicatie met scholen")] + communicatie_scholen(S)
    b += [("h1", "15 Arbeidsmarkt")] + arbeidsmarkt(S)
    b += [("h1", "16 Ontwikkelagenda")] + ontwikkelagenda(S)
    b += [("h1", "17 Planning")] + planning("2025-2029", 2025)
    b += [("h1", "Begrippenlijst")] + begrippen([
        ["TLV", "toelaatbaarheidsverklaring voor het vso, afgegeven door het samenwerkingsverband"],
        ["Dekkend aanbod", "een passende plek voor iedere leerling in de regio"],
        ["Thuiszitter", "leerplichtige jongere die niet naar school gaat"],
        ["OOGO", "op overeenstemming gericht overleg met gemeenten"],
        ["Verdeelmodel", "regels voor het verdelen van middelen"],
        ["Arrangement", "afspraak over extra ondersteuning voor een leerling"]])
    return N, b


# --------------------------------------------------------------------------------------------
# PLAN 5 — PO Lingeveld, long and formal, draft (.pdf only)
# --------------------------------------------------------------------------------------------

def plan5():
    N = "Stichting Samenwerkingsverband Passend Onderwijs Lingeveld"
    S = "SWV Lingeveld"
    b = [("title", "Ondersteuningsplan 2025-2029"),
         ("p", N + " (PO 21-11). Definitieve versie na instemming OPR."),
         ("toc", ["Voorwoord", "1 Inleiding", "2 Onze regio", "3 Visie", "4 Basisondersteuning",
                  "5 Arrangeren en het dekkend netwerk", "6 Toelaatbaarheid", "7 Perspectief na het speciaal "
                  "onderwijs", "8 Opbrengsten en kwaliteit", "9 Bestuur", "10 Medezeggenschap",
                  "11 Personeel", "12 Privacy", "13 Financiën", "14 Terugblik", "15 Communicatie met scholen",
                  "16 Arbeidsmarkt", "17 Ontwikkelagenda", "18 Planning",
                  "Bijlage Begrippenlijst"])]
    b += [("h1", "Voorwoord")] + voorwoord(S, "2025-2029", "het primair onderwijs")
    b += [("h1", "1 Inleiding"),
          ("p", "Dit is het ondersteuningsplan van het samenwerkingsverband Lingeveld voor de periode 1 augustus "
                "2025 tot en met 31 juli 2029. Het plan is opgesteld op grond van artikel 18a WPO. Het plan "
                "richt zich in de eerste plaats op de besturen en scholen die samen het samenwerkingsverband "
                "vormen. Leerlingen, ouders en leraren verdienen duidelijkheid over wat passend onderwijs in "
                "Lingeveld inhoudt; dit plan is daarvoor het vertrekpunt.")]
    b += [("h1", "2 Onze regio")] + context_region(
        S, 61, "14.200", 9, "Lingewaard-Zuid, Geldermalsen-Oost en Beesd", "basisonderwijs, sbo en so")
    b += [("h1", "3 Visie")] + visie(S, " In deze planperiode versterken wij de basisondersteuning en het "
                                        "handelingsgericht werken op alle scholen.")
    b += [("h2", "3.1 Landelijke ontwikkelingen")] + landelijk(S)
    b += [("h1", "4 Basisondersteuning"),
          ("p", "[Tekst volgt na vaststelling van het referentiekader door de algemene vergadering in juni 2025.]")]
    b += [("h1", "5 Arrangeren en het dekkend netwerk"),
          ("p", "Lingeveld werkt met een getrapt aanbod. Past de ondersteuning in de eigen groep niet meer, dan "
                "zijn er de volgende mogelijkheden, die op elkaar aansluiten:"),
          ("table", [["Aanbod", "Inhoud", "Duur"],
                     ["Schoolarrangement", "extra begeleiding in de groep door een onderwijsassistent of "
                                           "specialist, gefinancierd uit het schoolbudget", "tot 1 jaar"],
                     ["Lingeveldarrangement", "inzet van een ambulant begeleider van het expertisecentrum, "
                                              "twee dagdelen per week", "20 weken, 1x te verlengen"],
                     ["Tussenvoorziening De Kom", "kleine groep voor jonge leerlingen met complexe vragen, "
                                                  "met behoud van inschrijving", "max. 6 maanden"],
                     ["Sbo De Linge", "speciaal basisonderwijs", "met TLV"],
                     ["So-scholen cluster 3 en 4", "speciaal onderwijs", "met TLV"]]),
          ("p", "Niet iedere leerling vindt meteen een plek. Als een school binnen tien schooldagen na aanmelding "
                "geen passend aanbod kan doen, meldt zij dit bij het Plaatsingsoverleg van het "
                "samenwerkingsverband. Dit overleg, waarin ook leerplicht en het wijkteam deelnemen, zoekt binnen "
                "vier weken een oplossing; de school van aanmelding houdt zolang haar zorgplicht. Thuiszitters "
                "worden maandelijks besproken; voor iedere thuiszitter is er binnen twee weken een "
                "terugkeerplan. Tekorten in het aanbod die in dit overleg zichtbaar worden, agenderen wij "
                "jaarlijks in de algemene vergadering.")]
    b += [("h1", "6 Toelaatbaarheid"),
          ("p", "De werkwijze van de TLV-commissie, inclusief aanvraag, advisering en termijnen, wordt vastgelegd "
                "in het nieuwe Reglement Toelaatbaarheid dat de directeur-bestuurder vóór 1 januari 2026 "
                "vaststelt. Wel staan de inhoudelijke gronden vast:"),
          ("table", [["Voorziening", "Toelaatbaar als", "Geldigheid"],
                     ["Sbo", "de leerling na ten minste twee Lingeveldarrangementen onvoldoende tot "
                             "ontwikkeling komt en een kleine groep met gespecialiseerde begeleiding de "
                             "ontwikkeling aantoonbaar beter ondersteunt", "2 schooljaren"],
                     ["So cluster 3", "sprake is van een verstandelijke of lichamelijke beperking of langdurige "
                                      "ziekte die dagelijks specialistische ondersteuning vereist",
                      "3 schooljaren, categorie laag, midden of hoog"],
                     ["So cluster 4", "ernstige gedrags- of psychiatrische problematiek het leren in het "
                                      "regulier onderwijs en het sbo blijvend belemmert",
                      "2 schooljaren, categorie laag"]])]
    b += [("h1", "7 Perspectief na het speciaal onderwijs"),
          ("p", "Lingeveld wil dat kinderen in het sbo en so waar mogelijk teruggaan naar een gewone "
                "basisschool. Wij zien een verblijf in het speciaal onderwijs als tijdelijk, tenzij de "
                "ondersteuningsbehoefte structureel is. Terugplaatsing is aan de orde als de doelen uit het OPP "
                "grotendeels zijn bereikt en de basisschool met een Lingeveldarrangement kan bieden wat de "
                "leerling nog nodig heeft. Na de overstap heeft de leerling gedurende een jaar recht op een "
                "Lingeveldarrangement zonder nieuwe aanvraag."),
          ("p", "Werkwijze: de sbo- of so-school evalueert ieder OPP twee keer per jaar. Blijkt bij de evaluatie "
                "in januari van het laatste TLV-jaar dat terugplaatsing haalbaar is, dan meldt de sbo- of "
                "so-school dit bij het Plaatsingsoverleg. Dat overleg wijst binnen drie weken een ontvangende "
                "basisschool aan en plant een overdracht met de ambulant begeleider. De TLV loopt af op 31 juli; "
                "een nieuwe TLV wordt alleen aangevraagd als de evaluatie uitwijst dat terugplaatsing nog niet "
                "verantwoord is. Het samenwerkingsverband registreert jaarlijks het aantal terugplaatsingen.")]
    b += [("h1", "8 Opbrengsten en kwaliteit"),
          ("p", "Beoogde resultaten voor leerlingen met extra ondersteuning in deze planperiode:"),
          ("bullets", [
              "80 procent van de Lingeveldarrangementen wordt binnen de afgesproken duur positief afgesloten;",
              "het aantal thuiszitters is in 2029 teruggebracht tot nul langdurige thuiszitters;",
              "jaarlijks worden ten minste acht leerlingen uit sbo en so teruggeplaatst."]),
          ("p", "Iedere arrangement wordt bij afsluiting geëvalueerd met een vast formulier. Het bureau bundelt "
                "deze evaluaties per kwartaal en rapporteert halfjaarlijks aan de algemene vergadering en de "
                "raad van toezicht. In het jaarverslag leggen wij de bereikte resultaten naast de beoogde. "
                "Tweejaarlijks houden wij een tevredenheidsmeting onder intern begeleiders.")]
    b += [("h1", "9 Bestuur")] + governance(S)
    b += [("h1", "10 Medezeggenschap")] + opr(S, with_parents=False)
    b += [("h1", "11 Personeel")] + personeel(S, "12,1")
    b += [("h1", "12 Privacy")] + privacy(S)
    b += [("h1", "13 Financiën"),
          ("p", "Het verdeelmodel, de begroting en de meerjarenraming zijn opgenomen in het afzonderlijke "
                "document Financieel kader Lingeveld 2025-2029 (bijlage 5), dat gelijktijdig met dit plan is "
                "vastgesteld.")]
    b += [("h1", "14 Terugblik")] + terugblik(S)
    b += [("h1", "15 Communicatie met scholen")] + communicatie_scholen(S)
    b += [("h1", "16 Arbeidsmarkt")] + arbeidsmarkt(S)
    b += [("h1", "17 Ontwikkelagenda")] + ontwikkelagenda(S)
    b += [("h1", "18 Planning")] + planning("2025-2029", 2025)
    b += [("h1", "Bijlage Begrippenlijst")] + begrippen([
        ["Basisondersteuning", "het door het samenwerkingsverband afgesproken niveau van ondersteuning dat "
                               "alle scholen bieden, zoals preventieve interventies en een "
                               "ondersteuningsstructuur"],
        ["OJSP", "ouder- en jeugdsteunpunt, onafhankelijk aanspreekpunt voor ouders"],
        ["Schoolgids", "jaarlijkse informatie van de school aan ouders"],
        ["Verdeelmodel", "de regels volgens welke de ondersteuningsmiddelen over de besturen worden verdeeld"],
        ["TLV", "toelaatbaarheidsverklaring"]])
    return N, b


# --------------------------------------------------------------------------------------------
# NOT A PLAN — school-level ondersteuningsprofiel of a basisschool (.html)
# --------------------------------------------------------------------------------------------

def notaplan():
    T = "Schoolondersteuningsprofiel OBS De Wilgenhoek 2025-2026"
    b = [("title", T),
         ("p", "OBS De Wilgenhoek, Wilgenlaan 4, Horst. Aangesloten bij Samenwerkingsverband Passend Primair "
               "Onderwijs Horstland (PO 29-07). Vastgesteld door de directie na advies van de "
               "medezeggenschapsraad."),
         ("h1", "1 Inleiding"),
         ("p", "Iedere school beschrijft in een schoolondersteuningsprofiel (SOP) welke ondersteuning zij "
               "biedt. Dit profiel hoort bij de schoolgids van De Wilgenhoek en is gebaseerd op de afspraken in "
               "het ondersteuningsplan van ons samenwerkingsverband. In dit document leest u wat onze school "
               "doet aan basisondersteuning, welke extra ondersteuning wij kunnen bieden en waar onze grenzen "
               "liggen."),
         ("p", "De Wilgenhoek is een openbare basisschool met 312 leerlingen in 13 groepen. Het team bestaat uit "
               "24 medewerkers, onder wie twee intern begeleiders, een gedragsspecialist en een "
               "rekenspecialist. De school staat in een wijk met veel jonge gezinnen.")]
    para = [
        "Onze basisondersteuning volgt de Horstlandse standaard van het samenwerkingsverband. Dat betekent "
        "dat wij werken met een dyslexieprotocol, een leesinterventie in groep 3 en 4, een plusklas op "
        "donderdagmiddag en een schoolbrede aanpak voor gedrag. Twee keer per jaar houden wij "
        "groepsbesprekingen en leerlingbesprekingen.",
        "Als een leerling meer nodig heeft, bespreken wij dit eerst met de ouders. Daarna kan de intern "
        "begeleider het ondersteuningsteam inschakelen, waarin ook de schoolconsulent van het "
        "samenwerkingsverband zit. Samen bepalen wij of een arrangement wordt aangevraagd.",
        "Onze school heeft ervaring met leerlingen met dyslexie, ADHD, autisme en lichte motorische "
        "beperkingen. Wij hebben een prikkelarme werkplek en een time-outruimte. Leerlingen met zeer "
        "intensieve medische zorg of ernstige gedragsproblemen kunnen wij helaas niet altijd passend "
        "begeleiden.",
        "Heeft uw kind een toelaatbaarheidsverklaring nodig voor het speciaal basisonderwijs, dan vraagt ons "
        "bestuur die aan bij het samenwerkingsverband. De intern begeleider bespreekt de procedure met u. "
        "Leerlingen die terugkomen uit het sbo ontvangen wij graag; de intern begeleider heeft dan een "
        "overdrachtsgesprek met de sbo-school.",
        "Ouders zijn onze belangrijkste partners. Wij informeren u via de schoolgids, de nieuwsbrief en "
        "oudergesprekken drie keer per jaar. Met vragen kunt u altijd bij de leerkracht of de intern "
        "begeleider terecht. Komt u er met ons niet uit, dan kunt u contact opnemen met het Ouder- en "
        "Jeugdsteunpunt Horstland.",
        "De middelen die wij van het samenwerkingsverband ontvangen (schoolbudget), besteden wij aan de "
        "inzet van een onderwijsassistent voor 0,8 fte en aan scholing van het team op het gebied van gedrag.",
        "Ambities voor 2025-2026: het team volgt de training 'Omgaan met verschillen in de klas', wij richten "
        "een tweede plusgroep in en wij verbeteren de overdracht naar het voortgezet onderwijs.",
        "Wij evalueren het profiel ieder jaar met het team en de medezeggenschapsraad. Resultaten van onze "
        "leerlingen vindt u in de schoolgids en op Scholen op de kaart.",
    ]
    heads = ["2 Basisondersteuning op De Wilgenhoek", "3 Extra ondersteuning", "4 Onze mogelijkheden en grenzen",
             "5 Sbo en so", "6 Ouders", "7 Middelen", "8 Ambities", "9 Evaluatie"]
    for h, p in zip(heads, para):
        b += [("h1", h), ("p", p)]
    return T, b


# --------------------------------------------------------------------------------------------

LABELS = {}

CORE = ["basisondersteuning.niveau", "basisondersteuning.inhoud", "plaatsing.procedure", "plaatsing.criteria",
        "terugstroom.procedure", "terugstroom.beleid", "financien.verdeling", "financien.besteding",
        "dekkend-aanbod.continuum", "dekkend-aanbod.lacunes", "resultaten.doelen", "resultaten.monitoring",
        "ouders.informatie", "ouders.steunpunt"]
ELEMENTS = ["basisondersteuning", "plaatsing", "terugstroom", "financien", "dekkend-aanbod", "resultaten", "ouders"]


def status(crit, adv, element):
    vals = [v for k, v in crit.items() if k.startswith(element + ".")]
    if all(vals):
        return "present"
    if any(vals) or adv.get(element):
        return "partial"
    return "missing"


def write_label(stem, documents, sector, false_crit, adv, notes):
    crit = {c: (c not in false_crit) for c in CORE}
    elements = {e: status(crit, adv, e) for e in ELEMENTS}
    lines = ["documents: [%s]" % ", ".join(documents), "sector: %s" % sector, "looks_like_plan: true",
             "elements: {%s}" % ", ".join("%s: %s" % (e, elements[e]) for e in ELEMENTS), "criteria:"]
    lines += ["  %s: %s" % (c, "true" if crit[c] else "false") for c in CORE]
    lines.append("advisory_addressed:")
    for e in ELEMENTS:
        if adv.get(e):
            lines.append("  %s: [%s]" % (e, ", ".join(adv[e])))
    lines.append("notes:")
    for e in ELEMENTS:
        if e in notes:
            lines.append('  %s: "%s"' % (e, notes[e].replace('"', "'")))
    (OUT / (stem + ".expected.yaml")).write_text("\n".join(lines) + "\n", encoding="utf-8")


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix="holdout155_build_"))
    try:
        # plan 1
        name, blocks = plan1()
        p = OUT / "po-horstland-op2025.docx"
        write_docx(blocks, p, "Ondersteuningsplan 2025-2029 | Basisondersteuning, TLV, terugplaatsing en ouders",
                   "SWV Horstland - PO 29-07")
        docx_to_pdf(p, OUT / "po-horstland-op2025.pdf")
        write_label("po-horstland-op2025", ["po-horstland-op2025.docx", "po-horstland-op2025.pdf"], "po",
                    {"terugstroom.beleid", "resultaten.monitoring"},
                    {"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
                     "financien": ["reserves", "verantwoording"], "dekkend-aanbod": ["ketenpartners"],
                     "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
                    {"basisondersteuning": "H4 defines the Horstlandse standaard (minimum for every vestiging) with concrete content list; kwaliteitskaart borging",
                     "plaatsing": "H6.1-6.5: aanvrager, steps, two deskundigen, commissie, 6 weeks, criteria, duur/categorie, LBT bezwaar",
                     "terugstroom": "procedure only inside TLV chapter 6.6 (evaluation in February, aanmelding, verlenging by 1 April); beleid explicitly deferred to 2026-2027 beleidskader",
                     "financien": "H14 'Geld en middelen': EUR 175 per leerling + vaste voet, arrangementenbudget criteria, meerjarenbegroting table",
                     "dekkend-aanbod": "H5 continuum table niveau 1-5; H7 thuiszitters, Doorbraaktafel, zorgplicht, gap analysis",
                     "resultaten": "H10 lists measurable beoogde resultaten; monitoring/reporting deferred to a kwaliteitskader in year 1",
                     "ouders": "inside H9 'Communicatie': website SOP, brochure, informatieavond; OJSP Horstland, onderwijsconsulenten, klachten/geschillen"})
        # plan 2
        name, blocks = plan2()
        p = OUT / "vo-rivierdelta-op.docx"
        write_docx(blocks, p, "SWV VO Rivierdelta | Ondersteuningsplan 2025-2029", "Meerjarenbegroting, OJSP en "
                   "basisondersteuning: zie de betreffende hoofdstukken")
        docx_to_pdf(p, OUT / "vo-rivierdelta-op.pdf")
        write_label("vo-rivierdelta-op", ["vo-rivierdelta-op.docx", "vo-rivierdelta-op.pdf"], "vo",
                    {"basisondersteuning.inhoud", "financien.besteding", "ouders.steunpunt"},
                    {"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie"],
                     "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"],
                     "ouders": ["betrokkenheid"], "terugstroom": []},
                    {"basisondersteuning": "3.1 states the common ondergrens for all vestigingen, but content only in absent bijlage 2 (Kwaliteitskaart) and schoolgidsen",
                     "plaatsing": "4.1 vso procedure (commissie, two deskundigen, 8 weeks, 2 years) and criteria only in a table; 4.2 lwoo/pro; bezwaar only referred to website reglement",
                     "terugstroom": "H5: beleid (aim, 10% target, conditions, overstapcoach) and procedure (November talk, consulent, 4 weeks, TLV ends 31 July)",
                     "financien": "H8 verdeelmodel EUR 95 per leerling, lwoo/pro doorsluizen, EUR 2.500 per arrangement; meerjarenbegroting all p.m. / separate document",
                     "dekkend-aanbod": "3.2 opbouw incl. OPDC, Rebound, Schakelklas, vso; 3.3 Expertiseteam, thuiszitters, doorzettingsmacht, gap analysis",
                     "resultaten": "H7 'Kwaliteitszorg': 7.1 'Wat we willen bereiken' targets, 7.2 'Zo houden we zicht' data, dashboard, jaarverslag",
                     "ouders": "H6 informatie via website, informatiemarkt, folder; independent ouder- en jeugdsteunpunt only under exploration (deferral)"})
        # plan 3
        name, blocks = plan3()
        write_md(blocks, OUT / "po-kempenrand-op.md")
        write_label("po-kempenrand-op", ["po-kempenrand-op.md"], "po",
                    {"plaatsing.criteria", "terugstroom.procedure", "terugstroom.beleid", "dekkend-aanbod.lacunes",
                     "resultaten.doelen", "resultaten.monitoring", "ouders.informatie"},
                    {"plaatsing": ["deskundigen"], "ouders": ["betrokkenheid"]},
                    {"basisondersteuning": "H3 'Wat iedere school biedt': minimum for all 48 schools with concrete list",
                     "plaatsing": "H5 procedure (loket, 5 werkdagen, deskundigen, 6 weeks); criteria under revision, to be published autumn 2025",
                     "terugstroom": "nothing in body; 'terugplaatsing' only in TOC-like list and begrippen",
                     "financien": "H7 'Geld': EUR 140 per leerling, central arrangements with conditions, begroting table",
                     "dekkend-aanbod": "H4 continuum table basis-extra-bovenschools-speciaal; thuiszitters/zorgplicht only in begrippen",
                     "resultaten": "H8 refers to jaarverslag on website and defers goals to jaarplan",
                     "ouders": "H6: ouderpagina/folder only 'in voorbereiding' (2026); steunpunt present: onderwijsconsulenten, klachten, geschillencommissie, OJSP"})
        # plan 4
        name, blocks = plan4()
        write_docx(blocks, OUT / "vo-zuidrand-op-hoofdlijnen.docx", "SWV Zuidrand | Ondersteuningsplan op hoofdlijnen",
                   "Dekkend aanbod - toewijzing - terugplaatsing - verdeelmodel")
        write_label("vo-zuidrand-op-hoofdlijnen", ["vo-zuidrand-op-hoofdlijnen.docx"], "vo",
                    {"plaatsing.procedure", "plaatsing.criteria", "terugstroom.procedure",
                     "financien.verdeling", "dekkend-aanbod.continuum", "dekkend-aanbod.lacunes",
                     "resultaten.doelen"},
                    {"basisondersteuning": ["borging"], "ouders": ["betrokkenheid"]},
                    {"basisondersteuning": "H3 'De basis op orde': ondergrens for every vestiging plus concrete list; visitatie",
                     "plaatsing": "H4 only refers to the Toewijzingsreglement on the website, not part of the plan",
                     "terugstroom": "H5 beleid (aim, conditions, vso coach for one year); steps/decision moments referred to the reglement",
                     "financien": "H7 'Middelen' begroting table with amounts; verdeelsleutel to be re-set in 2026, 'zoals voorgaande jaren'",
                     "dekkend-aanbod": "nothing in body; dekkend aanbod/thuiszitter/OOGO only in begrippenlijst and footer",
                     "resultaten": "H8 'Kwaliteit': goals deferred until nulmeting 2026; monitoring set (data 1 Dec/1 Jun, halfjaarrapportage, jaarverslag)",
                     "ouders": "H6: ouderpagina, film, inloopavond; OJSP Zuidrand independent, phone, spreekuur; onderwijsconsulent"})
        # plan 5 (pdf only)
        name, blocks = plan5()
        tmp_docx = tmp / "po-lingeveld-op.docx"
        write_docx(blocks, tmp_docx, "Ondersteuningsplan Lingeveld 2025-2029 | Basisondersteuning - Financiën - Ouders",
                   "SWV Lingeveld PO 21-11")
        docx_to_pdf(tmp_docx, OUT / "po-lingeveld-op.pdf")
        write_label("po-lingeveld-op", ["po-lingeveld-op.pdf"], "po",
                    {"basisondersteuning.niveau", "basisondersteuning.inhoud", "plaatsing.procedure",
                     "financien.verdeling", "financien.besteding", "ouders.informatie", "ouders.steunpunt"},
                    {"plaatsing": ["duur-categorie"], "terugstroom": ["monitoring"], "dekkend-aanbod": ["ketenpartners"],
                     "resultaten": ["meetbaar"]},
                    {"basisondersteuning": "H4 contains only '[Tekst volgt ...]'; definition only in begrippenlijst and a passing visie sentence",
                     "plaatsing": "H6 criteria only in a table (with geldigheid/categorie); werkwijze, advisering and termijnen deferred to a future reglement",
                     "terugstroom": "H7 'Perspectief na het speciaal onderwijs': beleid (temporary, conditions, arrangement after return) and werkwijze (January evaluation, Plaatsingsoverleg, 3 weeks, TLV ends 31 July)",
                     "financien": "H13 only refers to a separate Financieel kader (bijlage 5) not included; 'gefinancierd uit het schoolbudget' in the H5 table is a passing mention",
                     "dekkend-aanbod": "H5 getrapt aanbod table; Plaatsingsoverleg, zorgplicht, thuiszitters, gaps to AV",
                     "resultaten": "H8 'Opbrengsten en kwaliteit': targets plus evaluation, quarterly bundling, half-yearly reporting, jaarverslag",
                     "ouders": "no body text on informing parents or independent help; OJSP/schoolgids only in begrippenlijst, 'ouders' only in passing"})
        # not a plan
        title, blocks = notaplan()
        write_html(blocks, OUT / "obs-wilgenhoek-sop.html", title)
        (OUT / "obs-wilgenhoek-sop.expected.yaml").write_text(
            "documents: [obs-wilgenhoek-sop.html]\nsector: po\nlooks_like_plan: false\nelements: {}\ncriteria: {}\n"
            "notes:\n  document: \"A single school's schoolondersteuningsprofiel (SOP) of OBS De Wilgenhoek; it "
            "refers to the samenwerkingsverband's plan but is not an ondersteuningsplan of a samenwerkingsverband "
            "(no OPR/OOGO, no verband-wide distribution or TLV decisions, one school).\"\n", encoding="utf-8")
        # word counts
        for fn in (plan1, plan2, plan3, plan4, plan5, notaplan):
            print(fn.__name__, words(fn()[1]))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
