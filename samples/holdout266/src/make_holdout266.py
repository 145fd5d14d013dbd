#!/usr/bin/env python3
"""Generate the holdout266 test set: five fictional ondersteuningsplannen (PO/VO) in
.docx, .pdf (via LibreOffice) and .html, plus one near-miss document (a school-level
'ondersteuningsplan' of a basisschool). Labels (<name>.expected.yaml) are written by hand
below, next to the content they describe. Deterministic, no network.
"""
import html
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import yaml
from docx import Document
from docx.shared import Pt

OUT = Path(__file__).resolve().parent.parent

# ---------------------------------------------------------------- block helpers
def H1(t): return ("h1", t)
def H2(t): return ("h2", t)
def P(t): return ("p", t)
def L(*items): return ("ul", list(items))
def T(*rows): return ("table", [list(r) for r in rows])


def toc_entries(blocks):
    out, n1, n2 = [], 0, 0
    for kind, val in blocks:
        if kind == "h1":
            n1 += 1; n2 = 0
            out.append(f"{n1}  {val}")
        elif kind == "h2":
            n2 += 1
            out.append(f"    {n1}.{n2}  {val}")
    return out


def numbered(blocks):
    res, n1, n2 = [], 0, 0
    for kind, val in blocks:
        if kind == "h1":
            n1 += 1; n2 = 0
            res.append((kind, f"{n1} {val}"))
        elif kind == "h2":
            n2 += 1
            res.append((kind, f"{n1}.{n2} {val}"))
        else:
            res.append((kind, val))
    return res


# ---------------------------------------------------------------- renderers
def write_docx(plan, path):
    doc = Document()
    st = doc.styles["Normal"]; st.font.name = "Calibri"; st.font.size = Pt(10.5)
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = plan["header"]
    sec.footer.paragraphs[0].text = plan["footer"]
    doc.add_paragraph(plan["title"], style="Title")
    for line in plan["titlepage"]:
        doc.add_paragraph(line)
    doc.add_page_break()
    doc.add_heading("Inhoudsopgave", level=1)
    for i, e in enumerate(toc_entries(plan["blocks"])):
        doc.add_paragraph(f"{e} ........ {3 + i // 2}")
    doc.add_page_break()
    for kind, val in numbered(plan["blocks"]):
        if kind == "h1":
            doc.add_heading(val, level=1)
        elif kind == "h2":
            doc.add_heading(val, level=2)
        elif kind == "p":
            doc.add_paragraph(val)
        elif kind == "ul":
            for it in val:
                doc.add_paragraph(it, style="List Bullet")
        elif kind == "table":
            tb = doc.add_table(rows=len(val), cols=len(val[0]))
            tb.style = "Table Grid"
            for r, row in enumerate(val):
                for c, cell in enumerate(row):
                    tb.cell(r, c).text = cell
                    if r == 0:
                        for run in tb.cell(r, c).paragraphs[0].runs:
                            run.bold = True
            doc.add_paragraph("")
    doc.save(path)


def write_html(plan, path):
    e = html.escape
    parts = ["<!DOCTYPE html>", '<html lang="nl"><head><meta charset="utf-8">',
             f"<title>{e(plan['title'])}</title></head><body>",
             f'<header><p class="running">{e(plan["header"])}</p></header>',
             f"<h1>{e(plan['title'])}</h1>"]
    parts += [f"<p>{e(x)}</p>" for x in plan["titlepage"]]
    parts.append('<nav><h2>Inhoudsopgave</h2><ul>')
    parts += [f"<li>{e(x.strip())}</li>" for x in toc_entries(plan["blocks"])]
    parts.append("</ul></nav><main>")
    for kind, val in numbered(plan["blocks"]):
        if kind == "h1":
            parts.append(f"<h2>{e(val)}</h2>")
        elif kind == "h2":
            parts.append(f"<h3>{e(val)}</h3>")
        elif kind == "p":
            parts.append(f"<p>{e(val)}</p>")
        elif kind == "ul":
            parts.append("<ul>" + "".join(f"<li>{e(i)}</li>" for i in val) + "</ul>")
        elif kind == "table":
            rows = ["<tr>" + "".join(f"<th>{e(c)}</th>" for c in val[0]) + "</tr>"]
            rows += ["<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>" for r in val[1:]]
            parts.append('<table border="1">' + "".join(rows) + "</table>")
    parts.append(f"</main><footer><p>{e(plan['footer'])}</p></footer></body></html>")
    path.write_text("\n".join(parts) + "\n", encoding="utf-8")


def docx_to_pdf(docx_path, out_pdf):
    work = Path(tempfile.mkdtemp(prefix="holdout266_conv_"))
    try:
        profile = work / "lo_profile"
        cmd = ["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
               "--convert-to", "pdf", "--outdir", str(work), str(docx_path)]
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                       timeout=180)
        shutil.copyfile(work / (Path(docx_path).stem + ".pdf"), out_pdf)
    finally:
        shutil.rmtree(work, ignore_errors=True)


# ---------------------------------------------------------------- shared filler
def voorwoord(naam, periode, extra=""):
    return [H1("Voorwoord"), P(
        f"Voor u ligt het ondersteuningsplan {periode} van {naam}. Dit plan is het resultaat van een "
        "traject van ruim een jaar waarin schoolleiders, intern begeleiders, ondersteuningscoördinatoren, "
        "besturen, de ondersteuningsplanraad en onze partners bij de gemeenten met elkaar in gesprek zijn "
        "geweest. We hebben teruggekeken op wat goed ging en wat beter kan, en we hebben vooruitgekeken: "
        "welke koers willen we de komende vier jaar varen? Het plan is bewust compact gehouden. Het beschrijft "
        "de afspraken die voor alle aangesloten scholen gelden en de manier waarop wij als samenwerkingsverband "
        "onze wettelijke taken uitvoeren."), P(
        "Passend onderwijs is geen doel op zich. Het gaat om kinderen en jongeren die elke dag naar school gaan "
        "en daar willen leren, spelen en erbij horen. Achter elk getal in dit plan staat een leerling, een "
        "gezin, een leraar. Wij danken iedereen die heeft meegedacht, in het bijzonder de leden van de OPR, die "
        "kritische vragen stelden over middelen, over de positie van ouders en over de leesbaarheid van dit "
        "document. " + extra), P(
        "Wij wensen u veel leesplezier en nodigen u uit om met ons in gesprek te blijven. Reacties zijn altijd "
        "welkom via het bestuurssecretariaat.")]


def visie(naam, sector):
    leerling = "kinderen" if sector == "po" else "jongeren"
    school = "basisschool" if sector == "po" else "school voor voortgezet onderwijs"
    return [H1("Visie, missie en ambities"), P(
        f"{naam} staat voor passend onderwijs dichtbij huis. Wij geloven dat {leerling} zich het best "
        f"ontwikkelen in een vertrouwde omgeving, samen met leeftijdgenoten uit de eigen buurt. Een {school} "
        "die handelingsgericht werkt, de ondersteuningsbehoefte van leerlingen vroeg signaleert en de "
        "samenwerking met ouders en ketenpartners serieus neemt, kan het overgrote deel van de leerlingen "
        "goed bedienen. Waar dat niet lukt, zoeken we samen naar een plek die wel past."), P(
        "Onze missie is kort samen te vatten: elke leerling een passende plek, zonder onnodige bureaucratie. "
        "Wij willen een lerende organisatie zijn die haar middelen doelmatig inzet, die transparant is over "
        "keuzes en die het gesprek aangaat als iets niet goed gaat. Resultaten zijn voor ons belangrijk, maar "
        "niet alles wat waardevol is laat zich in cijfers vangen."),
        H2("Kernwaarden"), L(
        "Nabijheid: ondersteuning zo dicht mogelijk bij de leerling en de groep.",
        "Vertrouwen: besturen, scholen en samenwerkingsverband vertrouwen op elkaars professionaliteit.",
        "Eigenaarschap: de school is eigenaar van de ondersteuningsvraag, het samenwerkingsverband faciliteert.",
        "Transparantie: we maken keuzes zichtbaar en leggen verantwoording af aan OPR en bestuur.",
        "Samen: onderwijs, jeugdhulp en gemeenten trekken op als één team rond kind en gezin."), P(
        "Deze kernwaarden zijn in drie werksessies met schoolleiders en IB-netwerken opgehaald. Ze vormen de "
        "toetssteen voor de keuzes in de volgende hoofdstukken. In de jaarplannen vertalen we ze naar concrete "
        "activiteiten; dit ondersteuningsplan geeft de kaders.")]


def governance(naam, sector, vorm="stichting"):
    return [H1("Organisatie en governance"), P(
        f"{naam} is een {vorm} waarin de schoolbesturen in de regio samenwerken. Het samenwerkingsverband "
        "kent een scheiding tussen bestuur en intern toezicht. De directeur-bestuurder is belast met het "
        "bestuur en legt verantwoording af aan de Raad van Toezicht. De Raad van Toezicht bestaat uit vijf "
        "leden, van wie drie worden voorgedragen door de aangesloten besturen en twee onafhankelijk zijn. "
        "Twee keer per jaar vindt een Algemene Vergadering plaats waarin alle besturen vertegenwoordigd zijn."),
        T(("Orgaan", "Samenstelling", "Belangrijkste taken"),
          ("Directeur-bestuurder", "1 persoon", "Dagelijkse leiding, vaststellen ondersteuningsplan, jaarplan en begroting"),
          ("Raad van Toezicht", "5 leden", "Goedkeuren begroting en jaarverslag, werkgever directeur-bestuurder"),
          ("Algemene Vergadering", "alle bevoegde gezagen", "Benoemen RvT-leden, wijzigen statuten"),
          ("Ondersteuningsplanraad", "8 leden", "Instemming met het ondersteuningsplan"),
          ("Directeurenoverleg", "alle schoolleiders", "Advies over uitvoering en jaarplan")),
        P("Het bureau van het samenwerkingsverband is klein gehouden. Er werken een beleidsmedewerker, een "
          "controller (gedeeld met een ander samenwerkingsverband), een secretariaat en een team consulenten. "
          "De statuten bevatten een geschillenregeling zoals de wet voorschrijft."),
        H2("Medezeggenschap: de ondersteuningsplanraad"), P(
        "De OPR bestaat voor de helft uit personeelsleden en voor de helft uit " +
        ("ouders" if sector == "po" else "ouders en leerlingen") + ", afgevaardigd vanuit de "
        "medezeggenschapsraden van de aangesloten scholen. De OPR heeft instemmingsrecht op het "
        "ondersteuningsplan en op wijzigingen daarvan. De directeur-bestuurder overlegt minimaal vier keer per "
        "jaar met de OPR. Leden ontvangen een vergoeding en kunnen scholing volgen. De OPR heeft met dit plan "
        "ingestemd; het instemmingsbesluit is opgenomen in de vergaderstukken.")]


def oogo(naam, gemeenten, thuiszitters=False, inhoud=True):
    if not inhoud:
        return [H1("Overleg met gemeenten"), P(
            f"Het werkgebied van {naam} omvat de gemeenten {gemeenten}. Het wettelijk verplichte op "
            "overeenstemming gericht overleg (OOGO) over dit ondersteuningsplan vond plaats op 24 maart. De "
            "wethouders onderwijs hebben schriftelijk laten weten dat het overleg tot overeenstemming heeft "
            "geleid. Ook met het samenwerkingsverband voor voortgezet onderwijs is over het concept gesproken."),
            P("De procedure voor het OOGO, inclusief de regeling bij een verschil van inzicht, is in 2023 door "
              "de colleges van burgemeester en wethouders en het bestuur van het samenwerkingsverband "
              "vastgesteld. Bij een verschil van inzicht wordt eerst bestuurlijk overleg gevoerd; daarna kan "
              "een onafhankelijke voorzitter worden gevraagd te bemiddelen.")]
    t = [H1("Samenwerking met gemeenten en jeugdhulp"), P(
        f"Het werkgebied van {naam} omvat de gemeenten {gemeenten}. Met deze gemeenten voeren wij op "
        "overeenstemming gericht overleg (OOGO) over het ondersteuningsplan en over het jeugdbeleid van de "
        "gemeenten. Het OOGO over dit plan vond plaats op 12 maart; de gemeenten hebben aangegeven zich te "
        "kunnen vinden in de hoofdlijnen. Daarnaast is overleg gevoerd met het samenwerkingsverband in de "
        "andere sector over de overstap tussen primair en voortgezet onderwijs."),
        P("Gezamenlijke thema's zijn de aansluiting tussen onderwijs en jeugdhulp, leerlingenvervoer, "
          "onderwijshuisvesting en de inzet van jeugdhulp op school. In elk schoolgebouw is een vaste "
          "contactpersoon van het lokale team beschikbaar. Onderwijs-zorgarrangementen, waarin een leerling deels "
          "onderwijs volgt en deels zorg ontvangt, worden gezamenlijk gefinancierd volgens een convenant dat "
          "jaarlijks wordt bekeken.")]
    if thuiszitters:
        t.append(P("Gemeenten, leerplicht en samenwerkingsverband hebben afgesproken elkaar direct te "
                   "informeren wanneer een leerling langer dan vier weken niet naar school gaat; de verdere "
                   "aanpak staat in het hoofdstuk over het dekkend aanbod."))
    else:
        t.append(P("Over de geschillenregeling in het OOGO zijn in 2024 nieuwe afspraken gemaakt. Bij een "
                   "verschil van inzicht wordt eerst bestuurlijk overleg gevoerd; daarna kan een onafhankelijke "
                   "voorzitter worden gevraagd te bemiddelen."))
    return t


def personeel(naam):
    return [H1("Personeel en professionalisering"), P(
        "De kwaliteit van passend onderwijs staat of valt met de mensen in de school. Leraren hebben te maken "
        "met steeds grotere verschillen tussen leerlingen, terwijl het lerarentekort in onze regio voelbaar is. "
        f"{naam} investeert daarom in kennisdeling en professionalisering. Jaarlijks organiseren wij een "
        "studiedag voor alle ondersteuningsprofessionals, en er zijn netwerken voor intern begeleiders, "
        "ondersteuningscoördinatoren en gedragsspecialisten."), P(
        "Voor het personeel van het samenwerkingsverband zelf geldt een eigen formatieplan. De consulenten "
        "zijn geschoold orthopedagogen of onderwijsspecialisten. Het samenwerkingsverband treedt niet op als "
        "werkgever van leraren op scholen; personeel dat met middelen van het samenwerkingsverband wordt "
        "ingezet, is in dienst van de besturen. Afspraken over detachering en mobiliteit liggen vast in een "
        "overeenkomst tussen de besturen."),
        T(("Netwerk", "Doelgroep", "Frequentie"),
          ("IB-netwerk / OC-netwerk", "intern begeleiders en ondersteuningscoördinatoren", "6 keer per jaar"),
          ("Leerkring gedrag", "gedragsspecialisten", "4 keer per jaar"),
          ("Directeurenberaad passend onderwijs", "schoolleiders", "3 keer per jaar"),
          ("Studiedag passend onderwijs", "alle professionals", "1 keer per jaar"))]


def ict_privacy():
    return [H1("Privacy, ICT en gegevensbeheer"), P(
        "Het samenwerkingsverband verwerkt persoonsgegevens van leerlingen wanneer dat nodig is voor de "
        "wettelijke taken. Wij werken met een beveiligde digitale omgeving waarin scholen aanvragen en "
        "groeidocumenten kunnen indienen. Toegang is beperkt tot medewerkers die de gegevens nodig hebben. "
        "Gegevens worden niet langer bewaard dan noodzakelijk; voor dossiers over toelaatbaarheid geldt een "
        "bewaartermijn van drie jaar na het besluit. Het samenwerkingsverband heeft een functionaris "
        "gegevensbescherming aangesteld, gedeeld met twee andere samenwerkingsverbanden."), P(
        "In de planperiode vervangen wij het huidige registratiesysteem. Uitgangspunten zijn eenvoud voor de "
        "scholen, één keer vragen van informatie aan ouders en een goede koppeling met de "
        "leerlingadministratie. Een verwerkersovereenkomst met de leverancier is voorwaarde.")]


def planning(periode, vastgesteld, opr, oogo_d, extra_rows=()):
    rows = [("Stap", "Datum"),
            ("Concept besproken in directeurenoverleg", "16 januari"),
            ("OOGO met de gemeenten", oogo_d),
            ("Instemming OPR", opr),
            ("Vaststelling door directeur-bestuurder na goedkeuring RvT", vastgesteld),
            ("Toezending aan de Inspectie van het Onderwijs", "vóór 1 mei")]
    rows += list(extra_rows)
    return [H1("Totstandkoming en planning"), P(
        f"Dit ondersteuningsplan geldt voor de periode {periode}, steeds van 1 augustus tot en met 31 juli. "
        "De totstandkoming verliep in de volgende stappen."), T(*rows), P(
        "Jaarlijks stellen wij een jaarplan en een jaarbegroting op. Wijzigingen in dit plan tijdens de "
        "planperiode leggen wij opnieuw ter instemming voor aan de OPR.")]


def wettelijk_kader(naam, sector):
    art = "artikel 18a van de Wet op het primair onderwijs" if sector == "po" else "artikel 17a van de Wet op het voortgezet onderwijs (thans de overeenkomstige artikelen van de WVO 2020)"
    spec = "het speciaal basisonderwijs en het speciaal onderwijs" if sector == "po" else "het voortgezet speciaal onderwijs, het praktijkonderwijs en het leerwegondersteunend onderwijs"
    return [H1("Leeswijzer en wettelijk kader"), P(
        f"Het ondersteuningsplan is het belangrijkste beleidsdocument van {naam}. De wet ({art}) schrijft "
        "voor dat het samenwerkingsverband ten minste eens per vier jaar een ondersteuningsplan vaststelt. "
        "Het plan moet in elk geval ingaan op de manier waarop een samenhangend geheel van "
        "ondersteuningsvoorzieningen wordt gerealiseerd, inclusief de basisondersteuning; op de procedure en "
        "criteria voor de verdeling en besteding van middelen; op de procedure en criteria voor de toelating "
        f"tot {spec}; op het beleid voor terugplaatsing; op de beoogde en bereikte resultaten; en op de manier "
        "waarop ouders worden geïnformeerd, ook over onafhankelijke ondersteuning."), P(
        "Deze opsomming is geen inhoudsopgave: sommige onderwerpen beslaan een eigen hoofdstuk, andere zijn "
        "verweven met de rest van de tekst. Waar het plan verwijst naar jaarplannen, reglementen of de website, "
        "gaat het om uitwerkingen die onder de verantwoordelijkheid van de directeur-bestuurder tot stand komen."),
        T(("Hoofdstuk", "Voor wie vooral interessant"),
          ("Visie en ambities", "iedereen"),
          ("Ondersteuning en voorzieningen", "scholen, ouders, ketenpartners"),
          ("Toelaatbaarheid", "scholen, ouders"),
          ("Financiën", "besturen, OPR, toezicht"),
          ("Organisatie", "besturen, OPR")),
        P("Het plan is geschreven in de wij-vorm: 'wij' zijn de besturen en scholen die samen het "
          "samenwerkingsverband vormen. Waar 'de school' staat, bedoelen we iedere aangesloten vestiging.")]


def landelijk(sector):
    return [H1("Landelijke ontwikkelingen"), P(
        "Passend onderwijs is sinds 2014 van kracht. De landelijke evaluatie van 2020 leidde tot de "
        "Verbeteraanpak passend onderwijs, met maatregelen over onder meer de reserves van "
        "samenwerkingsverbanden, de positie van ouders en leerlingen en meer duidelijkheid over wat scholen "
        "minimaal moeten bieden. Het kabinet werkt aan een landelijke norm voor basisondersteuning; zodra die "
        "wettelijk is vastgelegd, passen wij onze afspraken daarop aan."), P(
        "De Wet versterking positie ouders en leerlingen in het passend onderwijs verplicht ieder "
        "samenwerkingsverband een ouder- en jeugdsteunpunt te hebben. Ook verschuift de beschrijving van de ondersteuning per "
        "school van het schoolondersteuningsprofiel naar de schoolgids. Deze landelijke ontwikkelingen "
        "vragen de komende jaren om aanpassingen in onze werkwijze en documenten."), P(
        ("Daarnaast speelt de vereenvoudiging van de bekostiging in het primair onderwijs, waardoor de "
         "teldatum verschuift en verevening anders uitpakt. " if sector == "po" else
         "Daarnaast is de integratie van lwoo en praktijkonderwijs in passend onderwijs inmiddels afgerond, "
         "en wordt landelijk gesproken over het vereenvoudigen van de aanwijzing voor lwoo. ") +
        "Ook de krapte op de arbeidsmarkt raakt het onderwijs direct: vacatures zijn moeilijk te vervullen en "
        "specialisten zijn schaars. Dat vraagt om keuzes en om slimme samenwerking tussen besturen.")]


def uitdagingen(naam):
    return [H1("Uitdagingen in de regio"), P(
        f"De regio van {naam} kent een gemengd karakter: een stedelijke kern met een jonge bevolking en "
        "dunbevolkte dorpen waar het leerlingaantal daalt. Kleine scholen hebben het moeilijk om expertise in "
        "huis te hebben; in de stad zijn de groepen groot en is de diversiteit hoog. Jeugdhulp kent wachtlijsten "
        "die in sommige gemeenten oplopen tot een half jaar, wat het werk op school zwaarder maakt."), P(
        "Schoolleiders noemen in de gesprekken drie zorgen: de toenemende werkdruk van leraren, de "
        "bereikbaarheid van specialistische hulp en de administratieve last rond aanvragen. Wij nemen deze "
        "signalen serieus. Tegelijk zien we veel kracht: betrokken teams, ervaren schoolleiders en een "
        "cultuur waarin scholen elkaar helpen. Die kracht willen we de komende jaren verder benutten."),
        T(("Signaal uit de gesprekken", "Genoemd door"),
          ("Werkdruk en lerarentekort", "schoolleiders, OPR-personeelsgeleding"),
          ("Wachttijden jeugdhulp", "intern begeleiders, gemeenten"),
          ("Administratieve last", "scholen, besturen"),
          ("Leesbaarheid van documenten", "OPR-oudergeleding"))]


def glossary(entries):
    rows = [("Begrip", "Omschrijving")] + list(entries)
    return [H1("Begrippenlijst en afkortingen"), T(*rows)]


COMMON_GLOSS = [
    ("Basisondersteuning", "Het afgesproken niveau van ondersteuning dat alle scholen van het samenwerkingsverband bieden."),
    ("TLV", "Toelaatbaarheidsverklaring; besluit van het samenwerkingsverband dat een leerling toelaatbaar is tot het speciaal (basis)onderwijs."),
    ("Terugplaatsing", "De overstap van een leerling uit het speciaal (basis)onderwijs naar het regulier onderwijs."),
    ("Meerjarenbegroting", "Begroting die de financiële ontwikkeling over meerdere jaren laat zien."),
    ("Dekkend aanbod", "Een samenhangend geheel van voorzieningen zodat voor elke leerling een passende plek is."),
    ("Beoogde resultaten", "De resultaten die het samenwerkingsverband voor leerlingen met een ondersteuningsbehoefte wil bereiken."),
    ("OJSP", "Ouder- en jeugdsteunpunt: onafhankelijk steunpunt voor ouders en jongeren."),
    ("OPR", "Ondersteuningsplanraad."),
    ("OOGO", "Op overeenstemming gericht overleg met de gemeenten."),
    ("SOP", "Schoolondersteuningsprofiel."),
    ("OPP", "Ontwikkelingsperspectief(plan)."),
]


# ================================================================ PLAN 1: PO docx
def plan1():
    naam = "Samenwerkingsverband Passend Primair Onderwijs Linge-Waard"
    kort = "SWV Linge-Waard"
    b = []
    b += voorwoord(kort, "2025-2029")
    b += wettelijk_kader(kort, "po")
    b += visie(kort, "po")
    b += landelijk("po")
    b += uitdagingen(kort)
    b += [H1("Ons samenwerkingsverband"), P(
        "SWV Linge-Waard (PO 26-11) omvat 41 basisscholen van zeven besturen, één school voor speciaal "
        "basisonderwijs (sbo De Brug) en twee locaties voor speciaal onderwijs in de regio. In totaal gaan er "
        "ruim 9.800 leerlingen naar een school van het samenwerkingsverband. Het leerlingaantal daalt licht, "
        "vooral in de kleinere kernen."),
        T(("Bestuur", "Aantal scholen", "Leerlingen 1-10-2024"),
          ("Stichting Openbaar Onderwijs Linge", "11", "2.610"),
          ("Stichting Katholiek Onderwijs Waardland", "14", "3.340"),
          ("Vereniging PC Onderwijs De Ark", "8", "1.905"),
          ("Stichting Kindcentra Oost", "5", "1.190"),
          ("Overige besturen (3)", "3", "515"),
          ("sbo De Brug", "1", "238"))]
    # --- basisondersteuning: present (niveau + inhoud in table), borging advisory
    b += [H1("Basisondersteuning: wat elke school biedt"), P(
        "Alle 41 basisscholen hebben met elkaar afgesproken welk niveau van ondersteuning op iedere "
        "vestiging minimaal aanwezig is. Dat niveau noemen we de basisondersteuning. Het is geen streven maar "
        "een ondergrens: een school die onder dit niveau zit, moet dat binnen de planperiode herstellen. "
        "Wat de school daarbovenop doet, staat in het schoolondersteuningsprofiel."),
        P("In de tabel hieronder staat per onderdeel wat een ouder op elke school van Linge-Waard mag "
          "verwachten."),
        T(("Onderdeel", "Wat elke school minimaal biedt"),
          ("Ondersteuningsstructuur", "Een intern begeleider met minimaal 0,4 fte per 200 leerlingen; twee keer per jaar een groepsbespreking en een leerlingbespreking per groep."),
          ("Lezen en dyslexie", "Werken volgens het Protocol Leesproblemen en Dyslexie; vanaf groep 3 drie keer per jaar signalering en extra leestijd voor zwakke lezers; begeleiding bij het aanvragen van vergoed dyslexieonderzoek."),
          ("Rekenen en dyscalculie", "Signalering met methodeonafhankelijke toetsen; verlengde instructie in de groep; inzet van ondersteunende materialen volgens het protocol ERWD."),
          ("Gedrag en sociale veiligheid", "Een schoolbreed programma voor sociaal-emotionele ontwikkeling, een anti-pestcoördinator en jaarlijkse monitoring van de sociale veiligheid."),
          ("Meer- en hoogbegaafdheid", "Signalering in groep 1/2 en groep 5, compacten en verrijken in de eigen groep."),
          ("Medisch handelen", "Een protocol medisch handelen; bij chronisch zieke leerlingen een individueel afsprakenformulier met ouders."),
          ("Samenwerking met ouders", "Een startgesprek aan het begin van het schooljaar en bij zorgen binnen twee weken een gesprek met de intern begeleider."),
          ("Ketenpartners", "Een vaste contactpersoon van het lokale team; consultatie van een orthopedagoog van het samenwerkingsverband zonder aanvraag.")),
        H2("Hoe we de basisondersteuning bewaken"), P(
        "Elke school vult jaarlijks vóór 1 december de kwaliteitskaart basisondersteuning in. De consulent "
        "bespreekt de uitkomst met de directeur. Voldoet een school op een onderdeel niet, dan stelt het "
        "bestuur binnen drie maanden een verbeterplan op; de directeur-bestuurder van het samenwerkingsverband "
        "volgt de uitvoering en rapporteert aan de Algemene Vergadering.")]
    # --- dekkend aanbod: continuum present, lacunes deferred -> partial
    b += [H1("Extra ondersteuning en arrangementen"), P(
        "Boven de basisondersteuning kent Linge-Waard een doorlopende reeks van voorzieningen. Een leerling "
        "stroomt alleen door naar een volgende niveau als het vorige niveau is benut."),
        T(("Niveau", "Omschrijving", "Waar"),
          ("1. Basisondersteuning", "Zie vorig hoofdstuk", "Elke school"),
          ("2. Arrangement op school", "Extra begeleiding of materialen op basis van een OPP, toegekend door het loket", "Eigen school"),
          ("3. Bovenschools arrangement", "Lingeklas (gedrag, 12 plaatsen), plusgroep hoogbegaafdheid (2 dagdelen), taalklas nieuwkomers", "Drie locaties in de regio"),
          ("4. Speciaal basisonderwijs", "Kleine groepen, intensieve begeleiding", "sbo De Brug"),
          ("5. Speciaal onderwijs", "Cluster 3 en 4", "SO De Regenboog, SO Het Anker")),
        P("Scholen vragen een arrangement op niveau 2 of 3 aan bij het ondersteuningsloket. De consulent "
          "beoordeelt de aanvraag samen met de intern begeleider. Onderwijs-zorgarrangementen worden met de "
          "gemeente afgestemd (zie hoofdstuk Samenwerking met gemeenten)."),
        H2("Witte vlekken"), P(
        "Of er leerlingen zijn voor wie in ons gebied geen passend aanbod bestaat, zoeken we in het eerste "
        "jaar van de planperiode uit. De uitkomsten van die verkenning, en wat we eraan gaan doen, komen in het "
        "jaarplan 2026-2027 te staan. Afspraken over thuiszitters maken we in het nieuwe OOGO-convenant; dat "
        "is bij het vaststellen van dit plan nog niet gereed.")]
    # --- plaatsing present; terugstroom hidden here: beleid present, procedure deferred -> partial
    b += [H1("Toelaatbaarheid tot sbo en so"), P(
        "Voor plaatsing op sbo De Brug of op een school voor speciaal onderwijs is een "
        "toelaatbaarheidsverklaring (TLV) van het samenwerkingsverband nodig. Het schoolbestuur van de school "
        "waar de leerling staat ingeschreven vraagt de TLV aan. De Commissie Toelaatbaarheid (CvT) besluit "
        "namens de directeur-bestuurder."),
        T(("Stap", "Wie", "Wat", "Termijn"),
          ("1", "School (IB'er) en ouders", "Groeidocument en OPP invullen; ouders geven hun zienswijze", "—"),
          ("2", "School", "Aanvraag indienen via het digitale loket", "—"),
          ("3", "Consulent SWV", "Controle op volledigheid; zo nodig observatie in de groep", "binnen 2 weken"),
          ("4", "Twee deskundigen", "Elk een eigen schriftelijk advies", "binnen 4 weken na ontvangst"),
          ("5", "Commissie Toelaatbaarheid", "Besluit, met afschrift van de adviezen aan ouders", "binnen 6 weken na ontvangst")),
        H2("Criteria"), P("De CvT toetst elke aanvraag aan de volgende criteria."),
        T(("", "sbo", "so (cluster 3 en 4)"),
          ("Benutting", "Niveau 1 en 2 aantoonbaar benut gedurende minimaal 6 maanden", "Niveau 1 t/m 3 benut, of aantoonbaar niet toereikend"),
          ("Ontwikkeling", "Stagnatie op minimaal twee leergebieden ondanks arrangement", "Ernstige belemmering in leren of gedrag door een (vermoede) stoornis of beperking"),
          ("Behoefte", "Behoefte aan kleine groep en dagelijkse specialistische begeleiding", "Behoefte aan intensieve specialistische ondersteuning en/of zorg in onderwijstijd"),
          ("Perspectief", "Verwacht uitstroomperspectief haalbaar in sbo", "Onderbouwd met OPP en onderzoek")),
        P("De twee deskundigen zijn een orthopedagoog of psycholoog en, afhankelijk van de leerling, een "
          "tweede deskundige (bijvoorbeeld een kinderarts of maatschappelijk werker). Zij zijn niet betrokken "
          "geweest bij de aanvraag."),
        H2("Duur en bekostigingscategorie"), P(
        "Een TLV sbo geldt tot het einde van het schooljaar waarin de leerling twaalf wordt. Een TLV so geldt "
        "twee schooljaren. Voor so stelt de CvT de categorie laag, midden of hoog vast op basis van het "
        "deskundigenadvies."),
        H2("Bezwaar"), P(
        "Ouders en school kunnen binnen zes weken bezwaar maken tegen het besluit. Het samenwerkingsverband "
        "is aangesloten bij de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen (LBT)."),
        H2("Na afloop van de TLV"), P(
        "Linge-Waard vindt dat een plaatsing in het sbo of so tijdelijk moet zijn waar dat kan. Ons beleid is "
        "dat een leerling terugkeert naar een reguliere basisschool, bij voorkeur in de eigen wijk, zodra "
        "het OPP laat zien dat de ondersteuningsbehoefte met een arrangement op niveau 2 kan worden ingevuld en "
        "ouders daarmee instemmen. De ontvangende school krijgt dan gedurende een jaar een "
        "terugkeerarrangement van 40 uur ambulante begeleiding door de sbo- of so-school, betaald door het "
        "samenwerkingsverband."),
        P("Hoe de terugkeer stap voor stap verloopt, wie het initiatief neemt en op welke momenten wordt "
          "geëvalueerd, beschrijven we in een werkwijzer die in de loop van schooljaar 2025-2026 aan de scholen "
          "wordt toegestuurd.")]
    # --- ouders present under Communicatie
    b += [H1("Communicatie"), P(
        "Het samenwerkingsverband communiceert met scholen, besturen, gemeenten en ouders. Voor scholen is er "
        "een nieuwsbrief die zes keer per jaar verschijnt en een kennisbank op het besloten deel van de "
        "website."),
        H2("Informatie voor ouders"), P(
        "Ouders vinden op de ouderpagina van onze website een overzicht van alle arrangementen en "
        "voorzieningen, met per voorziening voor wie die bedoeld is en hoe je er komt. Elke school neemt in "
        "de schoolgids een verwijzing op naar de basisondersteuning van Linge-Waard. Twee keer per jaar "
        "organiseren we een informatieavond voor ouders, afwisselend in Tiel en Zaltbommel. Er is een "
        "ouderfolder in het Nederlands, Engels, Arabisch en Pools."),
        H2("Onafhankelijke hulp"), P(
        "Ouders die een vraag hebben of het niet eens zijn met de school of met ons, kunnen terecht bij het "
        "Ouder- en Jeugdsteunpunt Rivierenland. Dit steunpunt is onafhankelijk van scholen en "
        "samenwerkingsverband en is bereikbaar via telefoon, e-mail en een wekelijks inloopspreekuur. Ouders "
        "kunnen ook kosteloos een onderwijsconsulent inschakelen of een geschil voorleggen aan de "
        "Geschillencommissie passend onderwijs."),
        H2("Ouders als partner"), P(
        "Ouders zijn vertegenwoordigd in de OPR en worden betrokken bij het opstellen van het OPP van hun kind.")]
    # --- financien present under Geld en middelen
    b += [H1("Geld en middelen"), P(
        "Het samenwerkingsverband ontvangt jaarlijks de rijksmiddelen voor lichte en zware ondersteuning. "
        "Na aftrek van de afdrachten aan het speciaal onderwijs verdelen wij de middelen volgens onderstaand "
        "verdeelmodel. Het model is in 2024 door de Algemene Vergadering vastgesteld en geldt de hele "
        "planperiode."),
        T(("Onderdeel verdeelmodel", "Criterium", "Bedrag 2025-2026"),
          ("Schoolbudget besturen", "€ 142 per leerling (teldatum 1 oktober)", "€ 1.391.600"),
          ("Vaste voet", "€ 4.000 per vestiging", "€ 164.000"),
          ("Arrangementen niveau 2", "Toekenning door loket op basis van OPP", "€ 610.000"),
          ("Bovenschoolse voorzieningen niveau 3", "Vast budget per voorziening", "€ 455.000"),
          ("Bureau en consulenten", "Formatieplan", "€ 540.000")),
        P("Besturen verantwoorden jaarlijks vóór 1 juni in een vast format hoe zij het schoolbudget hebben "
          "ingezet; de controller bundelt dit voor de Raad van Toezicht."),
        H2("Meerjarenbegroting"),
        T(("(x € 1.000)", "2025", "2026", "2027", "2028"),
          ("Baten rijksbijdrage", "9.870", "9.760", "9.650", "9.580"),
          ("Afdrachten so en sbo", "-6.640", "-6.590", "-6.540", "-6.500"),
          ("Schoolbudget + vaste voet", "1.556", "1.540", "1.525", "1.510"),
          ("Arrangementen en voorzieningen", "1.065", "1.050", "1.030", "1.020"),
          ("Bureau en consulenten", "540", "545", "550", "555"),
          ("Resultaat", "69", "35", "5", "-5")),
        P("Het weerstandsvermogen bedraagt eind 2024 11 procent van de baten en blijft daarmee onder de "
          "signaleringswaarde. Er is geen sprake van bovenmatige reserves.")]
    # --- resultaten: only deferral -> missing
    b += [H1("Opbrengsten en ambities"), P(
        "Samen met de besturen bepalen we in de eerste helft van 2026 welke opbrengsten we van passend "
        "onderwijs verwachten en hoe we gaan zien of dat lukt. Tot die tijd werken we verder aan de "
        "afspraken in dit plan.")]
    b += oogo(kort, "Tiel, Culemborg, Zaltbommel, West Betuwe en Maasdriel")
    b += governance(kort, "po")
    b += personeel(kort)
    b += ict_privacy()
    b += planning("2025-2029", "2 april 2025", "25 maart 2025", "12 maart 2025")
    b += glossary(COMMON_GLOSS + [("Kwaliteitskaart", "Instrument waarmee scholen jaarlijks de basisondersteuning beoordelen.")])
    labels = dict(
        documents=["po-lingewaard-2025.docx"], sector="po", looks_like_plan=True,
        elements={"basisondersteuning": "present", "plaatsing": "present", "terugstroom": "partial",
                  "financien": "present", "dekkend-aanbod": "partial", "resultaten": "missing", "ouders": "present"},
        criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
                  "plaatsing.procedure": True, "plaatsing.criteria": True,
                  "terugstroom.procedure": False, "terugstroom.beleid": True,
                  "financien.verdeling": True, "financien.besteding": True,
                  "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": False,
                  "resultaten.doelen": False, "resultaten.monitoring": False,
                  "ouders.informatie": True, "ouders.steunpunt": True},
        advisory_addressed={"basisondersteuning": ["borging"],
                            "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
                            "financien": ["reserves", "verantwoording"],
                            "dekkend-aanbod": ["ketenpartners"],
                            "ouders": ["betrokkenheid"]},
        notes={
            "basisondersteuning": "Ch. 'Basisondersteuning: wat elke school biedt': agreed minimum for all 41 schools plus a table of concrete provisions; kwaliteitskaart = borging.",
            "plaatsing": "Ch. 'Toelaatbaarheid tot sbo en so': steps table with termijnen, criteria table sbo/so, two deskundigen, duration/categorie, LBT bezwaar.",
            "terugstroom": "Hidden in TLV chapter §'Na afloop van de TLV': policy (conditions, terugkeerarrangement 40 uur) present; steps/initiative/evaluation deferred to a werkwijzer 'in de loop van 2025-2026'.",
            "financien": "Ch. 'Geld en middelen': verdeelmodel table with per-leerling bedrag/vaste voet and meerjarenbegroting 2025-2028 table; weerstandsvermogen; verantwoording format.",
            "dekkend-aanbod": "Continuum table niveau 1-5 in 'Extra ondersteuning en arrangementen'; §'Witte vlekken' only defers gap analysis and thuiszitters agreements.",
            "resultaten": "Ch. 'Opbrengsten en ambities' only defers (first half 2026); no targets, no monitoring anywhere; 'Beoogde resultaten' only in begrippenlijst.",
            "ouders": "Inside ch. 'Communicatie': ouderpagina, schoolgids, info evenings, folder in 4 languages; independent OJSP Rivierenland, onderwijsconsulenten, GPO.",
        })
    return dict(
        title="Ondersteuningsplan 2025-2029",
        titlepage=[naam, "PO 26-11", "Samen zorgen voor een passende plek", "Vastgesteld op 2 april 2025"],
        header="SWV Linge-Waard | Ondersteuningsplan 2025-2029 | basisondersteuning · toelaatbaarheid · terugplaatsing · ouders",
        footer="Ondersteuningsplan SWV Linge-Waard 2025-2029 – resultaten, financiën en ouders",
        blocks=b), labels


# ================================================================ PLAN 2: VO docx
def plan2():
    naam = "Samenwerkingsverband Voortgezet Onderwijs Heuvelrand"
    kort = "SWV VO Heuvelrand"
    b = []
    b += voorwoord(kort, "2025-2029", "Ook de leerlingleden van de OPR hebben een eigen bijdrage geleverd.")
    b += wettelijk_kader(kort, "vo")
    b += visie(kort, "vo")
    b += landelijk("vo")
    b += uitdagingen(kort)
    b += [H1("Context en kengetallen"), P(
        "SWV VO Heuvelrand (VO 27-04) telt 14 scholen voor voortgezet onderwijs met samen 21 vestigingen, "
        "waaronder twee scholen voor praktijkonderwijs en één school voor vso. Er staan ongeveer 15.300 "
        "leerlingen ingeschreven. Een deel van de leerlingen reist dagelijks naar scholen in Utrecht en "
        "Amersfoort; omgekeerd trekken de scholen in Zeist en Driebergen leerlingen van buiten de regio aan. "
        "De prognoses laten tot 2030 een lichte daling zien, die vooral de vmbo-scholen in de kleinere kernen "
        "zal raken. Besturen bereiden zich daarop voor met een gezamenlijke verkenning naar het "
        "onderwijsaanbod in de regio, die los van dit plan in 2026 wordt afgerond."),
        T(("Type", "Vestigingen", "Leerlingen 1-10-2024"),
          ("vmbo (incl. lwoo)", "8", "5.420"),
          ("havo/vwo", "9", "8.350"),
          ("praktijkonderwijs", "2", "610"),
          ("vso (cluster 4)", "2", "920"))]
    # --- basisondersteuning: niveau yes, inhoud only by reference -> partial
    b += [H1("Basisondersteuning"), P(
        "Iedere vestiging van een school binnen Heuvelrand biedt ten minste de basisondersteuning die de "
        "besturen samen hebben afgesproken. Dat minimum geldt voor alle vestigingen, ook voor het "
        "praktijkonderwijs, en is de maatstaf waaraan het samenwerkingsverband scholen aanspreekt. "
        "Basisondersteuning is ondersteuning die een leerling krijgt zonder dat daarvoor een aanvraag bij het "
        "samenwerkingsverband nodig is."),
        P("Welke voorzieningen, interventies en expertise dat op een bepaalde school concreet zijn, leest u in "
          "het schoolondersteuningsprofiel op de website van die school. De gezamenlijke lijst met standaarden is "
          "als bijlage 3 bij dit plan gevoegd.")]
    # --- dekkend aanbod present
    b += [H1("Een dekkend ondersteuningsaanbod"), P(
        "Heuvelrand wil dat voor elke jongere in de regio een passende plek beschikbaar is. Het aanbod is "
        "opgebouwd in vier lagen."),
        T(("Laag", "Voorziening", "Capaciteit", "Toegang"),
          ("1", "Basisondersteuning op elke vestiging", "alle leerlingen", "direct"),
          ("2", "Extra ondersteuning op school: ondersteuningsklas, trajectvoorziening, begeleiding door gedragsspecialist", "± 6% van de leerlingen", "ondersteuningsteam school"),
          ("3", "OPDC De Overstap (tijdelijke plaatsing max. 12 maanden), rebound-voorziening, HB-traject", "90 plaatsen", "aanvraag bij Loket Heuvelrand"),
          ("4", "vso De Horst en vso De Kolk; onderwijs-zorgarrangement Buitenplaats", "920 leerlingen", "TLV")),
        H2("Waar het aanbod niet sluit"), P(
        "Elk jaar in januari inventariseert het Loket samen met de leerplichtambtenaren alle leerlingen die "
        "langer dan vier weken thuiszitten of op een wachtlijst staan. De directeur-bestuurder bespreekt deze "
        "lijst met de besturen en wijst per leerling een bestuur aan dat binnen zes weken een plek regelt "
        "(doorzettingsmacht). Witte vlekken die daarbij zichtbaar worden, leiden tot een aanpassing van het "
        "aanbod in het jaarplan."),
        T(("Peildatum", "Thuiszitters > 4 weken", "Op wachtlijst OPDC", "Vrijstelling 5a"),
          ("1-1-2023", "31", "14", "22"),
          ("1-1-2024", "26", "9", "19"),
          ("1-1-2025", "19", "11", "17")),
        P("De analyse van 2024 liet zien dat er geen passende voorziening was voor hoogbegaafde leerlingen "
          "met forse faalangst. Met ingang van 1 augustus 2025 start daarom een HB-traject op twee vestigingen.")]
    # --- plaatsing: procedure yes, criteria deferred -> partial; terugstroom present inside TLV chapter
    b += [H1("Toewijzing: vso, lwoo en praktijkonderwijs"), P(
        "Het samenwerkingsverband beslist over de toelaatbaarheid van leerlingen tot het vso en het "
        "praktijkonderwijs en over de aanwijzing voor leerwegondersteunend onderwijs. De Commissie "
        "Toelaatbaarheid Heuvelrand (CTH) neemt deze besluiten."),
        T(("Stap", "vso", "lwoo / pro", "Termijn"),
          ("Aanvraag", "School van inschrijving via Loket, met OPP en zienswijze ouders", "VO-school van aanmelding, met onderwijskundig rapport en toetsgegevens", "—"),
          ("Advies", "Twee deskundigen (orthopedagoog/psycholoog + tweede deskundige)", "Orthopedagoog van het Loket", "binnen 3 weken"),
          ("Besluit", "CTH", "CTH", "binnen 5 weken na volledige aanvraag"),
          ("Afschrift", "Ouders ontvangen besluit en adviezen", "Ouders ontvangen besluit", "direct na besluit")),
        P("Aan welke voorwaarden een leerling moet voldoen om toelaatbaar te zijn tot het vso, legt de CTH vast "
          "in een toetsingskader dat in het schooljaar 2025-2026 wordt opgesteld en daarna ter informatie "
          "naar de OPR gaat."),
        H2("Geldigheid"), P(
        "Een TLV vso wordt afgegeven voor twee of drie schooljaren en in categorie laag, midden of hoog. Een "
        "lwoo-aanwijzing geldt voor de duur van de opleiding."),
        H2("Afloop van de TLV en terugkeer"), P(
        "Een TLV is geen eindstation. Heuvelrand wil dat leerlingen die het kunnen, terugkeren naar een "
        "reguliere school voor voortgezet onderwijs, en dan zo dicht mogelijk bij huis. Voorwaarde is dat de "
        "ontvangende school de ondersteuning uit het OPP kan bieden, eventueel met een arrangement van laag 2 "
        "of 3. De ontvangende school krijgt gedurende een jaar een terugkeerbudget van € 4.500 per leerling "
        "en begeleiding door een ambulant begeleider van het vso."),
        T(("Moment", "Wie", "Wat"),
          ("Oktober, laatste TLV-jaar", "vso-school", "OPP-evaluatie met ouders en leerling: terugkeer, verlenging of uitstroom?"),
          ("Uiterlijk 1 december", "vso-school + consulent SWV", "Bij terugkeer: zoeken van een ontvangende school en kennismaking"),
          ("Uiterlijk 1 maart", "CTH", "Besluit over nieuwe TLV als terugkeer niet haalbaar is"),
          ("1 augustus (of na proefperiode van 8 weken)", "ontvangende school", "Inschrijving; evaluatie na 3 en 12 maanden met ouders en consulent")),
        P("In het schooljaar 2023-2024 keerden 17 leerlingen vanuit het vso terug naar het regulier onderwijs.")]
    # --- financien: verdeling yes, besteding p.m. -> partial
    b += [H1("Financieel beleid"), P(
        "Heuvelrand verdeelt de middelen volgens een schoolmodel: het grootste deel gaat naar de besturen, die "
        "daarmee de ondersteuning op hun scholen organiseren. De verdeling is als volgt vastgesteld."),
        T(("Geldstroom", "Verdeelcriterium"),
          ("Lichte ondersteuning", "€ 118 per leerling op teldatum 1 oktober, uitgekeerd aan het bestuur"),
          ("Lwoo", "Bedrag per aangewezen lwoo-leerling, gelijk aan het landelijk normbedrag"),
          ("Praktijkonderwijs", "Volledige doorbetaling aan de scholen voor pro op basis van leerlingtelling"),
          ("Arrangementen laag 3", "Toewijzing per leerling door het Loket, vaste prijs per plaats"),
          ("Vaste voet", "€ 10.000 per vestiging")),
        H2("Meerjarenbegroting"),
        T(("Post", "2025", "2026", "2027", "2028"),
          ("Baten", "p.m.", "p.m.", "p.m.", "p.m."),
          ("Doorbetaling aan besturen", "p.m.", "p.m.", "p.m.", "p.m."),
          ("OPDC en voorzieningen", "p.m.", "p.m.", "p.m.", "p.m."),
          ("Bureau", "p.m.", "p.m.", "p.m.", "p.m.")),
        P("De bedragen in de meerjarenbegroting worden ingevuld zodra de definitieve rijksbekostiging bekend "
          "is; de begroting wordt dan separaat door de RvT goedgekeurd.")]
    # --- resultaten present (table + monitoring)
    b += [H1("Kwaliteit en resultaten"), P(
        "Heuvelrand formuleert voor de planperiode vijf beoogde resultaten. Bij elk resultaat hoort een "
        "indicator met een nulmeting en een streefwaarde."),
        T(("Beoogd resultaat", "Indicator", "Nulmeting 2024", "Streefwaarde 2029"),
          ("Minder thuiszitters", "aantal leerlingen > 4 weken thuis op 1 januari", "26", "10"),
          ("Meer leerlingen thuisnabij", "deelnamepercentage vso", "4,1%", "3,6%"),
          ("Snellere toewijzing", "gemiddelde doorlooptijd TLV-aanvraag", "7,5 week", "5 week"),
          ("Succesvolle terugkeer", "terugkeerders nog op reguliere school na 1 jaar", "71%", "85%"),
          ("Tevreden ouders", "gemiddelde score ouderpeiling (1-10)", "6,6", "7,5")),
        P("Het bureau verzamelt de gegevens per kwartaal in een dashboard, dat in het directeurenoverleg wordt "
          "besproken. Twee keer per jaar rapporteert de directeur-bestuurder aan de RvT en de OPR over de "
          "voortgang. In het jaarverslag staan de bereikte resultaten naast de streefwaarden, met een "
          "toelichting op afwijkingen. In 2027 volgt een tussentijdse evaluatie door een externe partij.")]
    # --- ouders: heading with deferral, passing mentions only -> missing
    b += [H1("Ouders en leerlingen"), P(
        "Dit hoofdstuk wordt aangevuld na de consultatieronde met de ouder- en leerlinggeleding van de OPR "
        "in het najaar.")]
    b += oogo(kort, "Zeist, De Bilt, Utrechtse Heuvelrug en Wijk bij Duurstede", thuiszitters=True)
    b += governance(kort, "vo", "vereniging")
    b += personeel(kort)
    b += ict_privacy()
    b += planning("2025-2029", "9 april 2025", "1 april 2025", "19 maart 2025")
    b += glossary(COMMON_GLOSS + [("CTH", "Commissie Toelaatbaarheid Heuvelrand."),
                                  ("Lwoo", "Leerwegondersteunend onderwijs."),
                                  ("Onderwijsconsulenten", "Landelijke organisatie die ouders gratis en onafhankelijk adviseert.")])
    labels = dict(
        documents=["vo-heuvelrand-2025.docx"], sector="vo", looks_like_plan=True,
        elements={"basisondersteuning": "partial", "plaatsing": "partial", "terugstroom": "present",
                  "financien": "partial", "dekkend-aanbod": "present", "resultaten": "present", "ouders": "missing"},
        criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": False,
                  "plaatsing.procedure": True, "plaatsing.criteria": False,
                  "terugstroom.procedure": True, "terugstroom.beleid": True,
                  "financien.verdeling": True, "financien.besteding": False,
                  "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
                  "resultaten.doelen": True, "resultaten.monitoring": True,
                  "ouders.informatie": False, "ouders.steunpunt": False},
        advisory_addressed={"plaatsing": ["deskundigen", "duur-categorie"],
                            "terugstroom": ["monitoring"],
                            "dekkend-aanbod": ["ketenpartners"],
                            "resultaten": ["meetbaar"]},
        notes={
            "basisondersteuning": "Ch. 'Basisondersteuning' defines the agreed minimum for every vestiging, but the content is only referred to SOPs on school websites and an absent bijlage 3.",
            "plaatsing": "Ch. 'Toewijzing': steps table for vso and lwoo/pro with deciding body and termijnen; the toelaatbaarheid criteria are deferred to a toetsingskader drawn up in 2025-2026.",
            "terugstroom": "Hidden in TLV chapter §'Afloop van de TLV en terugkeer': policy (thuisnabij, conditions, terugkeerbudget) and timeline table with actors and evaluation moments; 17 terugkeerders reported.",
            "financien": "Ch. 'Financieel beleid': verdeelcriteria table (per leerling, vaste voet); the meerjarenbegroting table holds only p.m. and amounts are deferred.",
            "dekkend-aanbod": "Ch. 'Een dekkend ondersteuningsaanbod': four-layer table; yearly thuiszitter/wachtlijst inventory, doorzettingsmacht, HB gap and action.",
            "resultaten": "Ch. 'Kwaliteit en resultaten': target table (nulmeting/streefwaarde) and quarterly dashboard, half-yearly reporting, jaarverslag, evaluation 2027.",
            "ouders": "Ch. 'Ouders en leerlingen' only says it will be completed later; parents appear only in passing (OPR composition, zienswijze/afschrift in TLV steps, ouderpeiling target), not as informatie/steunpunt/betrokkenheid; OJSP/Onderwijsconsulenten only in the begrippenlijst.",
        })
    return dict(
        title="Ondersteuningsplan 2025-2029",
        titlepage=[naam, "VO 27-04", "Elke jongere een plek die past", "Versie ter instemming OPR, maart 2025"],
        header="SWV VO Heuvelrand – Ondersteuningsplan 2025-2029 – ouders en leerlingen · financiën · basisondersteuning",
        footer="Heuvelrand | toelaatbaarheid vso, lwoo, pro | terugplaatsing | resultaten",
        blocks=b), labels


# ================================================================ PLAN 3: PO pdf
def plan3():
    naam = "Samenwerkingsverband Passend Onderwijs Zeeklei en Polder"
    kort = "SWV Zeeklei en Polder"
    b = []
    b += voorwoord(kort, "2026-2030")
    b += wettelijk_kader(kort, "po")
    b += visie(kort, "po")
    b += landelijk("po")
    b += uitdagingen(kort)
    b += [H1("Terugblik op de vorige planperiode"), P(
        "In de vorige planperiode heeft het samenwerkingsverband een loket ingericht, de consulenten "
        "uitgebreid en de samenwerking met de gemeenten versterkt. Schoolleiders geven aan dat de lijnen korter "
        "zijn geworden. Tegelijk zien we dat de vraag naar speciaal onderwijs niet is afgenomen en dat de "
        "doorstroom naar het voortgezet onderwijs voor sommige leerlingen moeizaam verloopt. Die ervaringen "
        "hebben richting gegeven aan dit plan.")]
    # --- basisondersteuning: only reference to annex being updated -> missing
    b += [H1("Basisondersteuning"), P(
        "De afspraken over de basisondersteuning zijn opgenomen in bijlage 2, 'Standaarden basisondersteuning "
        "Zeeklei en Polder'. Deze bijlage wordt op dit moment geactualiseerd in een werkgroep van intern "
        "begeleiders en zal na afronding op de website worden geplaatst.")]
    # --- dekkend aanbod present
    b += [H1("Ondersteuningsroute en voorzieningen"), P(
        "Binnen Zeeklei en Polder werken scholen met een vaste route van licht naar zwaar. Elke school heeft "
        "een ondersteuningsteam (OT) waarin de intern begeleider, de consulent van het samenwerkingsverband en "
        "zo nodig het lokale team en ouders aanschuiven."),
        T(("Route", "Voorziening", "Plaatsen / omvang"),
          ("Eigen school", "Ondersteuning volgens de afspraken in bijlage 2", "—"),
          ("Eigen school + SWV", "Arrangement (begeleiding, materialen, ambulante begeleiding)", "ca. 350 per jaar"),
          ("Bovenschools", "Taalklas nieuwkomers, Plusklas, observatiegroep De Kreek (max. 13 weken)", "16 + 48 + 10"),
          ("Gespecialiseerd", "sbo De Getijden (2 locaties), so Het Baken, so De Duinroos", "zie kengetallen")),
        H2("Leerlingen zonder passende plek"), P(
        "Twee keer per jaar houden de consulenten met de leerplichtambtenaren een casusoverleg over "
        "leerlingen die thuiszitten, langdurig gedeeltelijk verzuimen of op een wachtlijst staan. Per leerling "
        "wordt een regisseur aangewezen en een datum afgesproken waarop de leerling weer onderwijs volgt. "
        "Lukt dat niet binnen drie maanden, dan neemt de directeur-bestuurder de regie en legt hij de casus "
        "voor aan het bestuurlijk overleg. Uit deze overleggen bleek in 2024 een tekort aan plaatsen voor "
        "jonge kinderen met een complexe gedragsvraag; in 2026 start daarom een tweede observatiegroep.")]
    # --- plaatsing present; no terugstroom
    b += [H1("Toelaatbaarheidsverklaringen"), P(
        "Het bevoegd gezag van de school waar de leerling is ingeschreven, vraagt de TLV aan bij het loket. "
        "Het loket legt de aanvraag voor aan twee deskundigen en de Toelaatbaarheidscommissie besluit."),
        T(("Stap", "Actie", "Verantwoordelijk", "Termijn"),
          ("1", "OT-bespreking met ouders; OPP en groeidocument compleet", "School", "—"),
          ("2", "Aanvraag bij het loket", "Bevoegd gezag school", "—"),
          ("3", "Advies eerste deskundige (orthopedagoog of psycholoog) en tweede deskundige", "Loket", "binnen 3 weken"),
          ("4", "Besluit Toelaatbaarheidscommissie", "Commissie", "binnen 6 weken na aanvraag"),
          ("5", "Besluit en adviezen naar school en ouders", "Loket", "binnen 1 week na besluit")),
        P("De commissie verklaart een leerling toelaatbaar als aan de volgende voorwaarden is voldaan:"),
        T(("Criterium", "sbo", "so"),
          ("Handelingsgericht traject doorlopen", "ja, minimaal één arrangement uitgevoerd en geëvalueerd", "ja, of aantoonbaar zinloos gezien de problematiek"),
          ("Leerachterstand / ontwikkeling", "achterstand van 1 jaar of meer op twee leergebieden, of ernstig vastlopen in gedrag", "ernstige beperking in leren, gedrag of lichamelijk functioneren"),
          ("Ondersteuningsbehoefte", "meer dan de school met arrangement kan bieden", "intensief, specialistisch, vaak met zorg"),
          ("Advies deskundigen", "beide positief", "beide positief")),
        P("Een TLV sbo geldt tot 31 juli van het jaar waarin de leerling de basisschoolleeftijd verlaat. Een "
          "TLV so geldt één of twee schooljaren, categorie laag, midden of hoog. In spoedeisende situaties kan de "
          "commissie binnen vijf werkdagen een tijdelijke TLV van maximaal drie maanden afgeven.")]
    # --- financien: besteding yes (table), verdeling deferred -> partial
    b += [H1("Financiën"), P(
        "De begroting van het samenwerkingsverband laat zien waaraan de middelen de komende jaren worden "
        "besteed."),
        T(("(bedragen in euro's)", "2026", "2027", "2028", "2029"),
          ("Rijksbijdrage ondersteuning", "7.420.000", "7.360.000", "7.310.000", "7.270.000"),
          ("Afdracht so via DUO", "3.110.000", "3.090.000", "3.080.000", "3.060.000"),
          ("Doorbetaling sbo (incl. groei)", "1.250.000", "1.240.000", "1.230.000", "1.220.000"),
          ("Doorbetaling aan schoolbesturen", "1.880.000", "1.870.000", "1.860.000", "1.850.000"),
          ("Arrangementen en bovenschoolse voorzieningen", "720.000", "710.000", "700.000", "700.000"),
          ("Loket, consulenten, bureau", "480.000", "485.000", "490.000", "495.000"),
          ("Saldo", "-20.000", "-35.000", "-50.000", "-55.000")),
        P("De negatieve saldi zijn bewust: de reserve die boven de signaleringswaarde uitkwam, wordt hiermee "
          "in vier jaar afgebouwd."),
        P("Het huidige verdeelmodel wordt in 2026 herijkt. Hoe de middelen vanaf 2027 over de schoolbesturen "
          "worden verdeeld en welke criteria daarbij gelden, besluit het bestuur na advies van de "
          "directeurenraad; de uitkomst wordt via een wijziging van dit plan aan de OPR voorgelegd.")]
    # --- resultaten: doelen yes, monitoring deferred -> partial
    b += [H1("Ambities voor 2030"), P(
        "Wij hebben voor deze planperiode de volgende beoogde resultaten geformuleerd:"),
        T(("Ambitie", "Streefwaarde 2030"),
          ("Leerlingen volgen onderwijs zo dicht mogelijk bij huis", "deelname sbo + so daalt van 3,9% naar 3,4%"),
          ("Geen kind langer dan drie maanden zonder onderwijs", "0 leerlingen op 1 oktober 2029"),
          ("Nieuwkomers krijgen direct onderwijs", "wachttijd taalklas maximaal 4 weken"),
          ("Scholen ervaren snelle hulp", "80% van de aanvragen binnen 6 weken afgehandeld")),
        P("Op welke manier wij de voortgang op deze ambities gaan volgen en hoe we daarover rapporteren, "
          "werken we uit in een monitoringsplan dat in 2027 wordt vastgesteld.")]
    # --- ouders: informatie yes (in Communicatie), steunpunt deferred -> partial
    b += [H1("Communicatie en samenwerking met ouders"), P(
        "Goede informatie voor ouders vinden wij essentieel. Op de website staat een ouderdeel met uitleg "
        "over de ondersteuningsroute, de bovenschoolse voorzieningen en de TLV-procedure. Elke school geeft "
        "ouders bij de aanmelding de ouderfolder 'Wat als mijn kind meer nodig heeft?' mee. In het najaar "
        "houden we per gemeente een informatiebijeenkomst. De consulenten houden maandelijks een spreekuur "
        "waar ouders zonder afspraak vragen kunnen stellen over het aanbod."),
        P("Of er samen met het samenwerkingsverband VO een ouder- en jeugdsteunpunt komt, onderzoeken we in "
          "2026. Tot die tijd verwijzen we naar de informatie op onze website.")]
    b += oogo(kort, "Noordoostpolder, Urk, Dronten en Lelystad", thuiszitters=True)
    b += governance(kort, "po")
    b += personeel(kort)
    b += ict_privacy()
    b += planning("2026-2030", "8 april 2026", "31 maart 2026", "11 maart 2026")
    b += glossary(COMMON_GLOSS + [("Verdeelmodel", "Afspraken over hoe de ondersteuningsmiddelen over de besturen worden verdeeld."),
                                  ("Terugstroom", "Zie terugplaatsing.")])
    labels = dict(
        documents=["po-zeeklei-2026.pdf"], sector="po", looks_like_plan=True,
        elements={"basisondersteuning": "missing", "plaatsing": "present", "terugstroom": "missing",
                  "financien": "partial", "dekkend-aanbod": "present", "resultaten": "partial", "ouders": "partial"},
        criteria={"basisondersteuning.niveau": False, "basisondersteuning.inhoud": False,
                  "plaatsing.procedure": True, "plaatsing.criteria": True,
                  "terugstroom.procedure": False, "terugstroom.beleid": False,
                  "financien.verdeling": False, "financien.besteding": True,
                  "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
                  "resultaten.doelen": True, "resultaten.monitoring": False,
                  "ouders.informatie": True, "ouders.steunpunt": False},
        advisory_addressed={"plaatsing": ["deskundigen", "duur-categorie"],
                            "financien": ["reserves"],
                            "dekkend-aanbod": ["ketenpartners"],
                            "resultaten": ["meetbaar"]},
        notes={
            "basisondersteuning": "Ch. 'Basisondersteuning' only refers to bijlage 2 (not included, being updated); the definition appears only in the begrippenlijst.",
            "plaatsing": "Ch. 'Toelaatbaarheidsverklaringen': steps table with termijnen, criteria table sbo/so, two deskundigen, duration/categorie, spoed-TLV (no bezwaar route).",
            "terugstroom": "Not addressed anywhere; 'doorstroom naar het voortgezet onderwijs' in the terugblik is a near-miss; 'Terugplaatsing' only in begrippenlijst.",
            "financien": "Ch. 'Financiën': multi-year budget table 2026-2029 with amounts; the verdeling over besturen and its criteria are deferred (herijking 2026).",
            "dekkend-aanbod": "Ch. 'Ondersteuningsroute en voorzieningen': route table plus casusoverleg on thuiszitters/wachtlijsten with escalation and new observatiegroep.",
            "resultaten": "Ch. 'Ambities voor 2030': target table with streefwaarden; how progress is monitored/reported is deferred to a monitoringsplan in 2027.",
            "ouders": "Ch. 'Communicatie en samenwerking met ouders': website, folder, meetings, spreekuur; an independent steunpunt is only being investigated (2026).",
        })
    return dict(
        title="Ondersteuningsplan 2026-2030",
        titlepage=[naam, "PO 29-02", "Kansen voor elk kind in de polder"],
        header="Zeeklei en Polder | Ondersteuningsplan 2026-2030 | basisondersteuning · terugplaatsing · ouder- en jeugdsteunpunt",
        footer="SWV Zeeklei en Polder – verdeelmodel, resultaten en monitoring",
        blocks=b), labels


# ================================================================ PLAN 4: VO pdf
def plan4():
    naam = "Samenwerkingsverband VO Maasvallei-Noord"
    kort = "SWV Maasvallei-Noord"
    b = []
    b += voorwoord(kort, "2025-2029")
    b += wettelijk_kader(kort, "vo")
    b += visie(kort, "vo")
    b += landelijk("vo")
    b += uitdagingen(kort)
    b += [H1("Ons werkgebied"), P(
        "Maasvallei-Noord (VO 31-08) omvat zes besturen met 11 scholen, waaronder één school voor "
        "praktijkonderwijs en één vso-school met twee afdelingen. Het leerlingaantal daalt de komende jaren "
        "met circa 1,5 procent per jaar. Dat heeft gevolgen voor de middelen en voor de spreiding van "
        "voorzieningen.")]
    # --- basisondersteuning present
    b += [H1("Basisondersteuning"), P(
        "De besturen hebben een gezamenlijk minimumniveau vastgesteld dat op iedere vestiging van iedere "
        "school in Maasvallei-Noord aanwezig is, van praktijkonderwijs tot gymnasium. Een leerling en zijn "
        "ouders kunnen daar op rekenen, ongeacht de school die zij kiezen."),
        T(("Domein", "Minimumniveau op elke vestiging"),
          ("Organisatie", "Een ondersteuningscoördinator en een zorgadviesteam dat minimaal zes keer per jaar bijeenkomt"),
          ("Leren", "Dyslexie- en dyscalculiebegeleiding met faciliteiten bij toetsing; huiswerkbegeleiding of leerlab"),
          ("Gedrag en welbevinden", "Mentoraat met wekelijks mentoruur; faalangstreductietraining; sociale vaardigheidstraining"),
          ("Executieve functies", "Coaching op plannen en organiseren in leerjaar 1 en 2"),
          ("Opvang", "Een time-out- of opvangruimte met begeleiding tijdens alle lesuren"),
          ("Expertise", "Inzet van een orthopedagoog van het samenwerkingsverband voor consultatie binnen 2 weken"))]
    # --- dekkend aanbod present
    b += [H1("Het ondersteuningscontinuüm"), P(
        "Naast de basisondersteuning beschikken de scholen over extra ondersteuning en zijn er bovenschoolse "
        "voorzieningen. Samen vormen zij een doorlopende lijn van licht naar intensief."),
        T(("Niveau", "Aanbod"),
          ("Extra ondersteuning op school", "Ondersteuningsklassen op de vmbo-scholen, trajectgroep op de havo/vwo-scholen"),
          ("Bovenschools", "Rebound Maasvallei (max. 16 weken), OPDC Het Veer (max. 1 jaar), Schakelklas nieuwkomers"),
          ("Gespecialiseerd", "vso De Wissel (cluster 4), praktijkonderwijs De Boog"),
          ("Onderwijs en zorg", "Onderwijs-zorgarrangement Kompas met de jeugdhulpaanbieder")),
        H2("Thuiszitters en zorgplicht"), P(
        "Elke school meldt een leerling die langer dan twee weken niet of nauwelijks naar school gaat bij de "
        "Thuiszitterstafel. Daar zitten de leerplichtambtenaar, de consulent van het samenwerkingsverband en "
        "het lokale team. Binnen tien schooldagen ligt er een plan met een startdatum voor onderwijs. Als "
        "besturen het niet eens worden over welke school een leerling plaatst, beslist de directeur "
        "(doorzettingsmacht). Jaarlijks bespreken we met de gemeenten welke groepen leerlingen niet goed "
        "bediend worden en passen we het aanbod aan.")]
    # --- plaatsing: only referred to absent reglement -> missing
    b += [H1("Toelaatbaarheid vso, lwoo en pro"), P(
        "Het samenwerkingsverband geeft toelaatbaarheidsverklaringen af voor het vso en het praktijkonderwijs "
        "en beslist over lwoo. De aanvraagprocedure, de criteria en de termijnen zijn opgenomen in het "
        "Reglement Toewijzing Maasvallei-Noord (bijlage 4, los document), dat ook te vinden is op "
        "www.swv-maasvallei-noord.example/toewijzing.")]
    # --- terugstroom: procedure yes, beleid not -> partial (placed in Doorstroom chapter)
    b += [H1("Doorstroom en overstap"), P(
        "Overstappen zijn kwetsbare momenten. Voor de overstap van het primair naar het voortgezet onderwijs "
        "werken wij met de warme overdracht die met het samenwerkingsverband PO is afgesproken."),
        H2("Van vso naar regulier vo"),
        T(("Stap", "Wanneer", "Wie"),
          ("Evaluatie OPP met expliciete vraag 'terugplaatsing mogelijk?'", "september van het laatste TLV-jaar", "vso-school met ouders en leerling"),
          ("Melding bij het samenwerkingsverband", "uiterlijk 1 november", "vso-school"),
          ("Overleg met beoogde vo-school", "november–januari", "consulent SWV"),
          ("Besluit over overplaatsing", "uiterlijk 1 maart", "directeur vso-school in overleg met ontvangende school"),
          ("Overstap", "1 februari of 1 augustus", "ontvangende school"),
          ("Nieuwe TLV aanvragen als overplaatsing niet aan de orde is", "uiterlijk 1 april", "vso-school")),
        H2("Van vo naar mbo"), P(
        "Voor de overstap naar het mbo werken we samen met de ROC's in de regio. Jongeren uit het "
        "praktijkonderwijs en het vso krijgen een jobcoach of een overstapcoach."), P(
        "Samen met de gemeenten en het UWV werken we aan een sluitende aanpak voor jongeren die zonder "
        "startkwalificatie de school verlaten. Scholen melden deze jongeren bij het Regionaal Meld- en "
        "Coördinatiepunt, dat binnen een maand contact legt. Voor leerlingen uit het praktijkonderwijs is er "
        "een gezamenlijk stagebureau dat werkgevers in de regio benadert en stageplaatsen bundelt. In de "
        "planperiode willen we de samenwerking met de entreeopleidingen van de ROC's verder uitbreiden, "
        "zodat de stap van school naar werk of vervolgopleiding kleiner wordt. Ook de overstap van vmbo-basis "
        "naar mbo niveau 2 krijgt aandacht, omdat juist daar veel jongeren uitvallen in het eerste jaar.")]
    # --- financien: only reference -> missing
    b += [H1("Financiën"), P(
        "Het financieel beleid van het samenwerkingsverband, met de verdeling van de middelen en de "
        "meerjarenbegroting, wordt jaarlijks door het bestuur vastgesteld in de begroting. Wij verwijzen "
        "daarvoor naar de begroting en het jaarverslag op onze website.")]
    # --- resultaten: monitoring yes (bereikte resultaten), doelen deferred -> partial
    b += [H1("Kwaliteitszorg"), P(
        "Het samenwerkingsverband werkt met een jaarlijkse kwaliteitscyclus. Elk kwartaal verzamelt het "
        "bureau kengetallen uit DUO-gegevens, het toewijzingssysteem en de leerplichtregistratie. Deze worden in "
        "een dashboard besproken met het directeurenoverleg; in juni volgt een zelfevaluatie met de besturen en "
        "de OPR. De uitkomsten staan in het jaarverslag."),
        T(("Kengetal", "2021-2022", "2022-2023", "2023-2024"),
          ("Deelname vso (1 oktober)", "3,8%", "3,9%", "3,7%"),
          ("Deelname pro", "2,9%", "2,8%", "2,8%"),
          ("Thuiszitters > 4 weken (1 januari)", "22", "18", "15"),
          ("Overplaatsingen vso → vo", "6", "9", "11"),
          ("Gemiddelde doorlooptijd aanvraag", "6,8 week", "6,1 week", "5,4 week")),
        P("Welke resultaten wij in deze planperiode willen bereiken, formuleren we na de zelfevaluatie in het "
          "voorjaar van 2026 en nemen we op in het jaarplan.")]
    # --- ouders present
    b += [H1("Ouders en jongeren"), P(
        "Ouders en leerlingen worden via verschillende kanalen geïnformeerd over de ondersteuning in de "
        "regio. De website heeft een ouderpagina met een overzicht per school en per voorziening. Elke school "
        "beschrijft in de schoolgids welke basis- en extra ondersteuning zij biedt. Ouders van leerlingen in "
        "groep 8 ontvangen de brochure 'Extra ondersteuning in het vo'. De consulenten zijn telefonisch "
        "bereikbaar voor vragen van ouders."),
        P("Voor onafhankelijk advies kunnen ouders en jongeren terecht bij het Ouder- en Jeugdsteunpunt Maas en "
          "Peel, dat door vier samenwerkingsverbanden gezamenlijk wordt gefinancierd maar los van hen werkt. "
          "Daarnaast kunnen zij contact opnemen met Onderwijsconsulenten of met Ouders & Onderwijs. Bij een "
          "geschil over toelating, verwijdering of het OPP kunnen ouders zich wenden tot de Geschillencommissie "
          "passend onderwijs."),
        P("Jongeren hebben hoorrecht bij het opstellen van hun OPP.")]
    b += oogo(kort, "Venray, Horst aan de Maas en Peel en Maas", thuiszitters=True)
    b += governance(kort, "vo")
    b += personeel(kort)
    b += ict_privacy()
    b += planning("2025-2029", "10 april 2025", "3 april 2025", "20 maart 2025")
    b += glossary(COMMON_GLOSS + [("Pro", "Praktijkonderwijs."), ("Lwoo", "Leerwegondersteunend onderwijs."),
                                  ("Verdeelmodel", "Afspraken over de verdeling van de ondersteuningsmiddelen.")])
    labels = dict(
        documents=["vo-maasvallei-2025.pdf"], sector="vo", looks_like_plan=True,
        elements={"basisondersteuning": "present", "plaatsing": "missing", "terugstroom": "partial",
                  "financien": "missing", "dekkend-aanbod": "present", "resultaten": "partial", "ouders": "present"},
        criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
                  "plaatsing.procedure": False, "plaatsing.criteria": False,
                  "terugstroom.procedure": True, "terugstroom.beleid": False,
                  "financien.verdeling": False, "financien.besteding": False,
                  "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
                  "resultaten.doelen": False, "resultaten.monitoring": True,
                  "ouders.informatie": True, "ouders.steunpunt": True},
        advisory_addressed={"terugstroom": ["monitoring"],
                            "dekkend-aanbod": ["ketenpartners"],
                            "resultaten": ["meetbaar"],
                            "ouders": ["betrokkenheid"]},
        notes={
            "basisondersteuning": "Ch. 'Basisondersteuning': minimum on every vestiging plus domain table of concrete provisions.",
            "plaatsing": "Ch. 'Toelaatbaarheid vso, lwoo en pro' only refers to a separate Reglement Toewijzing (bijlage 4, not included) and a website.",
            "terugstroom": "In ch. 'Doorstroom en overstap' §'Van vso naar regulier vo': steps table with moments and actors; no aims, conditions or support after return; overplaatsingen figures in kwaliteitszorg table.",
            "financien": "Ch. 'Financiën' only refers to the annual begroting/jaarverslag on the website; no verdeling criteria and no amounts anywhere.",
            "dekkend-aanbod": "Ch. 'Het ondersteuningscontinuüm': continuum table; §'Thuiszitters en zorgplicht' with Thuiszitterstafel, 10-day term, doorzettingsmacht.",
            "resultaten": "Ch. 'Kwaliteitszorg': quarterly dashboard, zelfevaluatie, jaarverslag and achieved figures table; intended results deferred to spring 2026.",
            "ouders": "Ch. 'Ouders en jongeren': website, schoolgids, brochure, consulenten; independent OJSP Maas en Peel, Onderwijsconsulenten, GPO.",
        })
    return dict(
        title="Ondersteuningsplan 2025-2029",
        titlepage=[naam, "VO 31-08", "Samen sterk voor elke leerling"],
        header="Maasvallei-Noord | Ondersteuningsplan | toelaatbaarheid · financiën · meerjarenbegroting",
        footer="SWV VO Maasvallei-Noord 2025-2029 – beoogde resultaten",
        blocks=b), labels


# ================================================================ PLAN 5: PO html
def plan5():
    naam = "Stichting Samenwerkingsverband Primair Onderwijs Dommeldal"
    kort = "SWV Dommeldal"
    b = []
    b += voorwoord(kort, "2026-2030")
    b += wettelijk_kader(kort, "po")
    b += visie(kort, "po")
    b += landelijk("po")
    b += uitdagingen(kort)
    b += [H1("Kerngegevens"), P(
        "SWV Dommeldal (PO 30-09) bestaat uit 36 basisscholen, één sbo-school met twee locaties en één "
        "so-school voor cluster 4. Vijf besturen zijn aangesloten. Op 1 oktober 2025 telde het "
        "samenwerkingsverband 8.140 leerlingen.")]
    b += [H1("Terugblik 2022-2026"), P(
        "De vorige planperiode stond in het teken van herstel na de schoolsluitingen en van het verkleinen "
        "van de bureaucratie. Het aantal formulieren is gehalveerd, de consulenten zijn vaker op de scholen te "
        "vinden en de besturen hebben hun ondersteuningsbeleid beter op elkaar afgestemd. Niet alles is "
        "gelukt. De digitale omgeving kende opstartproblemen, en de gesprekken tussen besturen over de "
        "inzet van schaarse specialisten verliepen soms stroef."), P(
        "Een externe evaluatie in 2025 concludeerde dat scholen het samenwerkingsverband waarderen als "
        "meedenkende partner, maar dat de beleidsdocumenten lang en abstract zijn. Dit plan is daarom korter "
        "en meer in tabellen opgesteld. De volledige evaluatie is voor leden van de OPR op aanvraag beschikbaar."),
        H1("Werkwijze met de ondersteuningsplanraad"), P(
        "De OPR van Dommeldal heeft in de voorbereiding van dit plan een eigen werkgroep ingesteld die drie "
        "keer met de beleidsmedewerker heeft gesproken. De werkgroep gaf vooral commentaar op de leesbaarheid, "
        "op de tabellen en op de verhouding tussen wat het samenwerkingsverband doet en wat de besturen doen. "
        "Die opmerkingen zijn verwerkt. De OPR ontvangt voortaan twee keer per jaar een voortgangsrapportage "
        "en kan een beroep doen op externe ondersteuning, bijvoorbeeld scholing of een adviseur, waarvan de "
        "kosten door het samenwerkingsverband worden gedragen. Het reglement van de OPR is in 2024 herzien."),
        H1("Samenwerking met scholen en besturen"), P(
        "Het samenwerkingsverband is van en voor de scholen. Iedere school heeft een vaste consulent die "
        "ongeveer eens per zes weken langskomt. Schoolleiders ontmoeten elkaar in het directeurenberaad, waar "
        "beleid wordt voorbereid en ervaringen worden gedeeld. Besturen bespreken de koers in het "
        "bestuurlijk overleg, dat vier keer per jaar bijeenkomt."), P(
        "Nieuwe schoolleiders en intern begeleiders krijgen een introductieprogramma van twee bijeenkomsten "
        "over de werkwijze van het samenwerkingsverband, de digitale omgeving en de rol van de consulent. "
        "Voor scholen verschijnt maandelijks een digitale nieuwsbrief met praktische informatie, "
        "uitnodigingen voor netwerken en voorbeelden uit de praktijk."),
        T(("Overleg", "Deelnemers", "Frequentie"),
          ("Bestuurlijk overleg", "bestuurders van de vijf besturen", "4 keer per jaar"),
          ("Directeurenberaad", "schoolleiders", "5 keer per jaar"),
          ("IB-netwerk", "intern begeleiders", "6 keer per jaar"),
          ("Schoolbezoek consulent", "IB'er en directeur", "circa 7 keer per jaar"))]
    # --- basisondersteuning present
    b += [H1("Wat u van elke school mag verwachten"), P(
        "In Dommeldal hebben de besturen vastgelegd welke ondersteuning iedere basisschool, op elke locatie, "
        "minimaal biedt. Deze basisondersteuning is voor alle scholen gelijk; scholen kunnen meer bieden maar "
        "niet minder."),
        T(("Standaard", "Concreet"),
          ("1. Intern begeleider", "Elke school heeft een intern begeleider met een opleiding op masterniveau of in opleiding daartoe."),
          ("2. Signaleren", "Een leerlingvolgsysteem; twee keer per jaar een analyse per groep."),
          ("3. Taal en lezen", "Dyslexieprotocol; extra instructie voor zwakke lezers in groep 3 en 4."),
          ("4. Gedrag", "Een gedragsaanpak volgens een bewezen effectief programma; een plan van aanpak binnen 4 weken na signalering."),
          ("5. Meerbegaafdheid", "Verrijkingsmateriaal in elke groep; een HB-contactpersoon op elke school."),
          ("6. Fysieke toegankelijkheid", "Afspraken over toiletgebruik, medicatie en aangepast meubilair; afsprakenformulier met ouders."),
          ("7. Consultatie", "Zonder aanvraag consultatie door een orthopedagoog van het samenwerkingsverband."))]
    # --- plaatsing: criteria yes, procedure deferred -> partial
    b += [H1("Speciaal basisonderwijs en speciaal onderwijs"), P(
        "Voor plaatsing op sbo De Dommel of so De Verrekijker is een toelaatbaarheidsverklaring (TLV) van "
        "het samenwerkingsverband nodig."),
        H2("Wanneer een kind toelaatbaar is"),
        T(("Criterium", "sbo De Dommel", "so De Verrekijker"),
          ("Voorafgaande ondersteuning", "Minimaal een half jaar extra ondersteuning op de basisschool, geëvalueerd in het OPP", "Idem, of directe instroom bij acute veiligheidsrisico's"),
          ("Leren", "Uitstroomperspectief lager dan 1F/praktijkonderwijs-niveau of achterstand ≥ 1,5 jaar", "Niet doorslaggevend"),
          ("Gedrag / sociaal-emotioneel", "Structurele problemen die ondanks aanpak blijven", "Ernstige, langdurige gedragsproblematiek met behoefte aan een therapeutisch klimaat"),
          ("Groepsgrootte", "Kind functioneert niet in een groep > 20", "Kind heeft een groep ≤ 12 nodig")),
        P("Een TLV voor het sbo geldt tot het einde van de basisschoolperiode; een TLV so geldt twee jaar, in de "
          "categorie laag."),
        H2("De aanvraag"), P(
        "De aanvraagroute wordt met ingang van schooljaar 2026-2027 gedigitaliseerd. De nieuwe procedure, met "
        "de stappen, termijnen en de samenstelling van de commissie, publiceren wij te zijner tijd op de "
        "website."),
        H2("Terug naar de basisschool"), P(
        "Dommeldal wil dat kinderen na een periode in sbo of so waar mogelijk terugkeren naar een basisschool "
        "in hun eigen dorp of wijk. Terugkeer ligt voor de hand als het OPP laat zien dat het kind de "
        "uitstroomdoelen van het regulier onderwijs haalt en zijn gedrag in een grotere groep kan reguleren. "
        "Het samenwerkingsverband betaalt een jaar lang begeleiding door de sbo- of so-school op de nieuwe "
        "school (maximaal 60 uur)."),
        T(("Wanneer", "Wat", "Wie"),
          ("Elk jaar in februari", "Bespreking OPP: is terugkeer een optie?", "Commissie van begeleiding sbo/so, ouders"),
          ("Uiterlijk 1 april van het laatste TLV-jaar", "Voorstel terugkeer of verlenging aan het samenwerkingsverband", "Directeur sbo/so"),
          ("April–juni", "Kennismaking en overdrachtsgesprek", "sbo/so, ontvangende school, ouders"),
          ("Start nieuw schooljaar", "Instroom en begeleiding", "Ontvangende school + ambulant begeleider"),
          ("Na 10 weken en na 1 jaar", "Evaluatie; besluit over afschalen begeleiding", "Consulent SWV"))]
    # --- dekkend aanbod: deferral only -> missing
    b += [H1("Een dekkend aanbod"), P(
        "In 2026 brengen wij samen met de besturen in kaart welke voorzieningen er tussen de basisscholen en "
        "het speciaal onderwijs bestaan, en waar het aanbod tekortschiet. Deze paragraaf wordt daarna "
        "aangevuld.")]
    # --- financien present under "Geld en middelen"
    b += [H1("Geld en middelen"), P(
        "Dommeldal hanteert een verdeelmodel waarbij het grootste deel van de middelen naar de besturen gaat. "
        "Het algemeen bestuur stelt het model vast; wijzigingen gaan ter instemming naar de OPR."),
        T(("Verdeling", "Grondslag", "Bedrag"),
          ("Schoolbudget", "per leerling op 1 oktober", "€ 165"),
          ("Vaste voet", "per schoollocatie", "€ 5.000"),
          ("Terugkeerbegeleiding", "per leerling die terugkeert", "max. 60 uur à € 85"),
          ("Reserve onvoorzien", "besluit directeur", "€ 50.000 per jaar")),
        T(("Meerjarenbegroting (x € 1.000)", "2026", "2027", "2028", "2029"),
          ("Baten", "8.120", "8.040", "7.980", "7.930"),
          ("Afdrachten sbo en so", "5.350", "5.320", "5.300", "5.280"),
          ("Schoolbudget + vaste voet", "1.523", "1.505", "1.490", "1.478"),
          ("Terugkeer, onvoorzien en projecten", "260", "260", "250", "240"),
          ("Bureau", "610", "615", "620", "625"),
          ("Saldo", "377", "340", "320", "307")),
        P("Besturen leggen jaarlijks in hun bestuursverslag verantwoording af over de besteding van het "
          "schoolbudget.")]
    # --- resultaten present
    b += [H1("Doelen en monitoring"),
        T(("Doel", "Indicator", "2025 (nulmeting)", "Streefwaarde 2030"),
          ("Meer kinderen thuisnabij", "deelname sbo", "2,6%", "2,2%"),
          ("Terugkeer", "aantal terugplaatsingen per jaar", "4", "10"),
          ("Tevreden scholen", "tevredenheid over consultatie (1-10)", "7,1", "8,0"),
          ("Minder verzuim", "aantal leerlingen met vrijstelling 5a", "18", "10")),
        P("Het bureau meet deze indicatoren jaarlijks op 1 oktober. De directeur-bestuurder rapporteert in het "
          "jaarverslag per doel wat bereikt is en bespreekt dit in juni met de OPR en het algemeen bestuur. "
          "Als een doel achterblijft, stelt het bestuur bij in het jaarplan.")]
    # --- ouders: steunpunt yes, informatie deferred -> partial
    b += [H1("Ouders"), P(
        "Ouders die er met de school niet uitkomen, kunnen gratis en onafhankelijk advies vragen bij het "
        "Ouder- en Jeugdsteunpunt De Dommelbrug. Het steunpunt is bereikbaar via telefoon en mail en kan "
        "meegaan naar gesprekken op school. Ook Onderwijsconsulenten kan ingeschakeld worden."),
        P("Hoe wij ouders de komende jaren gaan informeren over het ondersteuningsaanbod, leggen wij vast in "
          "het communicatieplan 2026-2027.")]
    b += oogo(kort, "Eindhoven-Noord, Son en Breugel, Best, Sint-Oedenrode en Boxtel", inhoud=False)
    b += governance(kort, "po")
    b += personeel(kort)
    b += ict_privacy()
    b += planning("2026-2030", "15 april 2026", "7 april 2026", "24 maart 2026")
    b += glossary(COMMON_GLOSS + [("Thuiszitter", "Leerplichtige leerling die zonder geldige reden niet naar school gaat."),
                                  ("Zorgplicht", "Plicht van een schoolbestuur om een passende plek te bieden of te zoeken.")])
    labels = dict(
        documents=["po-dommeldal-2026.html"], sector="po", looks_like_plan=True,
        elements={"basisondersteuning": "present", "plaatsing": "partial", "terugstroom": "present",
                  "financien": "present", "dekkend-aanbod": "missing", "resultaten": "present", "ouders": "partial"},
        criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
                  "plaatsing.procedure": False, "plaatsing.criteria": True,
                  "terugstroom.procedure": True, "terugstroom.beleid": True,
                  "financien.verdeling": True, "financien.besteding": True,
                  "dekkend-aanbod.continuum": False, "dekkend-aanbod.lacunes": False,
                  "resultaten.doelen": True, "resultaten.monitoring": True,
                  "ouders.informatie": False, "ouders.steunpunt": True},
        advisory_addressed={"plaatsing": ["duur-categorie"],
                            "terugstroom": ["monitoring"],
                            "financien": ["reserves", "verantwoording"],
                            "resultaten": ["meetbaar"]},
        notes={
            "basisondersteuning": "Ch. 'Wat u van elke school mag verwachten': equal minimum for every location and a 7-standard table.",
            "plaatsing": "Ch. 'Speciaal basisonderwijs en speciaal onderwijs': criteria table sbo/so and duration; the procedure (steps, termijnen, commissie) is deferred ('te zijner tijd').",
            "terugstroom": "Same chapter §'Terug naar de basisschool': policy with conditions and 60 h support, plus timeline table with actors and evaluation moments.",
            "financien": "Ch. 'Geld en middelen': verdeling table (per leerling, vaste voet) and meerjarenbegroting 2026-2029 with amounts.",
            "dekkend-aanbod": "Ch. 'Een dekkend aanbod' only defers the inventory to 2026; no continuum description, no gap/thuiszitter approach; the OOGO chapter is purely procedural (no jeugdhulp cooperation); sbo/so appear only as TLV destinations; thuiszitter/zorgplicht only in begrippenlijst.",
            "resultaten": "Ch. 'Doelen en monitoring': target table with nulmeting/streefwaarde and yearly measurement, jaarverslag reporting.",
            "ouders": "Ch. 'Ouders': independent OJSP De Dommelbrug and Onderwijsconsulenten; informing parents deferred to communicatieplan 2026-2027.",
        })
    return dict(
        title="Ondersteuningsplan 2026-2030",
        titlepage=[naam, "PO 30-09", "Webversie"],
        header="SWV Dommeldal – Ondersteuningsplan 2026-2030 – dekkend aanbod · informatie voor ouders · toelaatbaarheid",
        footer="© SWV Dommeldal – zie ook www.swv-dommeldal.example voor ouders",
        blocks=b), labels


# ================================================================ NEAR-MISS: school-level plan
def nearmiss():
    b = [H1("Inleiding"), P(
        "Dit ondersteuningsplan beschrijft hoe Basisschool De Vlinderboom de ondersteuning aan haar leerlingen "
        "organiseert in het schooljaar 2025-2026. Het plan is bedoeld voor het team en geeft ouders inzicht in "
        "de manier waarop wij werken. De school maakt deel uit van het samenwerkingsverband passend onderwijs "
        "in onze regio; het ondersteuningsplan van het samenwerkingsverband vindt u op diens website."),
        H1("Onze visie op ondersteuning"), P(
        "Wij werken handelingsgericht. Dat betekent dat we uitgaan van wat een kind nodig heeft, dat we "
        "samenwerken met ouders en dat we doelgericht en planmatig werken. Elke leerkracht is "
        "verantwoordelijk voor alle leerlingen in de groep; de intern begeleider ondersteunt."),
        H1("Zorgniveaus"),
        T(("Niveau", "Omschrijving", "Wie"),
          ("1", "Algemene zorg in de groep: differentiatie in drie instructieniveaus", "Leerkracht"),
          ("2", "Extra zorg in de groep: verlengde instructie, groepsplan", "Leerkracht"),
          ("3", "Speciale zorg na consultatie IB: individueel handelingsplan", "Leerkracht en IB"),
          ("4", "Speciale zorg na extern onderzoek; eventueel arrangement van het samenwerkingsverband", "IB, externe deskundige"),
          ("5", "Verwijzing: aanvraag TLV voor sbo of so via het samenwerkingsverband", "Directie en IB")),
        H1("Groepsbesprekingen en leerlingbesprekingen"), P(
        "Drie keer per jaar, na de toetsperiodes in oktober, februari en juni, bespreekt de leerkracht met de "
        "intern begeleider de resultaten van de groep. Daarbij kijken we naar de opbrengsten van de methode- en "
        "niet-methodetoetsen en naar het welbevinden. Leerlingen die opvallen, worden besproken in de "
        "leerlingbespreking. Ouders worden uitgenodigd als hun kind wordt besproken."),
        H1("Basisondersteuning op De Vlinderboom"), P(
        "Onze school biedt de basisondersteuning zoals die in ons schoolondersteuningsprofiel staat: een "
        "dyslexieprotocol, een aanpak voor rekenproblemen, een anti-pestprogramma en een plusgroep voor "
        "kinderen die meer aankunnen. Daarnaast hebben wij een leerkracht met een specialisatie gedrag."),
        H1("Extra ondersteuning en arrangementen"), P(
        "Als een kind meer nodig heeft dan de school kan bieden, bespreken we dit in het ondersteuningsteam met "
        "ouders, de consulent van het samenwerkingsverband en soms de jeugdverpleegkundige. Samen stellen we "
        "een ontwikkelingsperspectief (OPP) op. De school kan dan een arrangement aanvragen. Het "
        "samenwerkingsverband stelt hiervoor middelen beschikbaar; de school verantwoordt in het OPP hoe die "
        "worden ingezet."),
        H1("Verwijzing naar sbo of so"), P(
        "Soms is een andere school beter voor een kind. De school vraagt dan, na overleg met ouders, een "
        "toelaatbaarheidsverklaring aan bij het samenwerkingsverband. Het samenwerkingsverband beslist; de "
        "school levert het dossier aan. Als een kind later terugkomt van het sbo, zorgen wij voor een warme "
        "overdracht."),
        H1("Ouders"), P(
        "Wij zien ouders als partner. Ouders zijn ervaringsdeskundige als het om hun kind gaat. Bij zorgen "
        "nemen wij contact op, en ouders kunnen altijd een afspraak maken met de leerkracht of de intern "
        "begeleider. Informatie over de ondersteuning staat ook in de schoolgids. Wie een klacht heeft, kan "
        "terecht bij de vertrouwenspersoon van de school."),
        H1("Taakverdeling"),
        T(("Functie", "Taken op het gebied van ondersteuning", "Uren per week"),
          ("Intern begeleider", "Groepsbesprekingen, contacten externen, OPP's", "24"),
          ("Leerkracht specialist gedrag", "Observaties, coaching collega's", "4"),
          ("Directeur", "Eindverantwoordelijk, contact met het samenwerkingsverband", "—"),
          ("Onderwijsassistent", "Uitvoering extra instructie", "16")),
        H1("Jaarplanning zorg 2025-2026"),
        T(("Maand", "Activiteit"),
          ("September", "Startgesprekken met ouders, overdracht tussen groepen"),
          ("Oktober", "Eerste groepsbesprekingen"),
          ("Januari/februari", "Midden-toetsen, tweede groepsbesprekingen, adviesgesprekken groep 8"),
          ("Juni", "Eind-toetsen, derde groepsbesprekingen, overdracht naar volgend schooljaar")),
        H1("Evaluatie"), P(
        "Aan het eind van het schooljaar evalueert het team dit plan. De intern begeleider stelt op basis "
        "daarvan een nieuw plan op voor het volgende schooljaar, dat met de medezeggenschapsraad wordt "
        "besproken.")]
    labels = dict(
        documents=["vlinderboom-schoolondersteuningsplan-2025.docx"], sector="po", looks_like_plan=False,
        elements={}, criteria={},
        notes={"document": "School-level 'ondersteuningsplan' of one basisschool for one schooljaar (zorgniveaus, groepsbesprekingen, IB-taken); it refers to the samenwerkingsverband's own plan and is not an SWV plan (no OPR, OOGO, planperiode, verdeling over besturen)."})
    return dict(
        title="Ondersteuningsplan 2025-2026 – Basisschool De Vlinderboom",
        titlepage=["Openbare basisschool De Vlinderboom", "Zorg en ondersteuning in school", "Schooljaar 2025-2026"],
        header="OBS De Vlinderboom – ondersteuningsplan 2025-2026",
        footer="De Vlinderboom | samen leren, samen groeien",
        blocks=b), labels


# ================================================================ main
def dump_labels(labels, path):
    order = ["documents", "sector", "looks_like_plan", "elements", "criteria", "advisory_addressed", "notes"]
    lines = []
    for k in order:
        if k not in labels:
            continue
        v = labels[k]
        if k == "documents":
            lines.append("documents: [" + ", ".join(v) + "]")
        elif k == "elements":
            lines.append("elements: {" + ", ".join(f"{a}: {s}" for a, s in v.items()) + "}")
        elif k == "criteria" and not v:
            lines.append("criteria: {}")
        elif k == "criteria":
            lines.append("criteria:")
            lines += [f"  {a}: {'true' if s else 'false'}" for a, s in v.items()]
        elif k == "advisory_addressed":
            lines.append("advisory_addressed:")
            lines += [f"  {a}: [{', '.join(s)}]" for a, s in v.items()]
        elif k == "notes":
            lines.append("notes:")
            lines += [f"  {a}: {yaml.safe_dump(s, allow_unicode=True, width=10000, default_style=chr(34)).strip()}"
                      for a, s in v.items()]
        else:
            lines.append(f"{k}: {str(v).lower() if isinstance(v, bool) else v}")
    text = "\n".join(lines) + "\n"
    assert yaml.safe_load(text)["documents"] == labels["documents"]
    path.write_text(text, encoding="utf-8")


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix="holdout266_gen_"))
    try:
        for fn in (plan1, plan2, plan3, plan4, plan5, nearmiss):
            plan, labels = fn()
            for doc_name in labels["documents"]:
                target = OUT / doc_name
                if target.suffix == ".docx":
                    write_docx(plan, target)
                elif target.suffix == ".html":
                    write_html(plan, target)
                elif target.suffix == ".pdf":
                    src = tmp / (target.stem + ".docx")
                    write_docx(plan, src)
                    docx_to_pdf(src, target)
            stem = Path(labels["documents"][0]).stem
            dump_labels(labels, OUT / f"{stem}.expected.yaml")
            print("wrote", ", ".join(labels["documents"]))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
