#!/usr/bin/env python3
"""Generate the holdout198 test set: five fictional ondersteuningsplannen of
samenwerkingsverbanden passend onderwijs (PO and VO; .docx, .pdf, .md) and one
near-miss document (a school-level 'ondersteuningsplan'), plus label files.

Deterministic, no network. Output goes to the folder above src/.
PDFs are rendered from a temporary .docx with LibreOffice (soffice --headless).
"""
import datetime
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

import yaml
from docx import Document
from docx.shared import Pt

OUT = Path(__file__).resolve().parent.parent

# ---------------------------------------------------------------- blocks
def H1(t): return ("h1", t)
def H2(t): return ("h2", t)
def P(t): return ("p", t)
def B(items): return ("b", items)
def T(rows): return ("t", rows)


def toc(entries):
    """A manual table of contents (list of (nr, title, page))."""
    out = [("toc_title", "Inhoudsopgave")]
    for nr, title, page in entries:
        out.append(("toc", f"{nr}  {title} {'.' * max(3, 60 - len(title))} {page}"))
    return out


# ---------------------------------------------------------------- renderers
def write_docx(blocks, path, header_text, title_lines):
    doc = Document()
    doc.core_properties.created = datetime.datetime(2026, 3, 1, 9, 0, 0)
    doc.core_properties.modified = datetime.datetime(2026, 3, 1, 9, 0, 0)
    doc.core_properties.author = "bureau samenwerkingsverband"
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = header_text
    # title page
    for i, line in enumerate(title_lines):
        p = doc.add_paragraph()
        r = p.add_run(line)
        r.bold = i == 0
        r.font.size = Pt(22 if i == 0 else 13)
    doc.add_page_break()
    for kind, val in blocks:
        if kind == "h1":
            doc.add_heading(val, level=1)
        elif kind == "h2":
            doc.add_heading(val, level=2)
        elif kind == "p":
            doc.add_paragraph(val)
        elif kind == "b":
            for it in val:
                doc.add_paragraph(it, style="List Bullet")
        elif kind == "t":
            tb = doc.add_table(rows=len(val), cols=len(val[0]))
            tb.style = "Table Grid"
            for i, row in enumerate(val):
                for j, cell in enumerate(row):
                    tb.cell(i, j).text = str(cell)
                    if i == 0:
                        for r in tb.cell(i, j).paragraphs[0].runs:
                            r.bold = True
            doc.add_paragraph("")
        elif kind == "toc_title":
            doc.add_paragraph().add_run(val).bold = True
        elif kind == "toc":
            doc.add_paragraph(val)
        elif kind == "pagebreak":
            doc.add_page_break()
    doc.save(str(path))


def write_md(blocks, path, title_lines):
    lines = [f"# {title_lines[0]}", ""]
    for t in title_lines[1:]:
        lines += [f"*{t}*", ""]
    for kind, val in blocks:
        if kind == "h1":
            lines += ["", f"## {val}", ""]
        elif kind == "h2":
            lines += [f"### {val}", ""]
        elif kind == "p":
            lines += [val, ""]
        elif kind == "b":
            lines += [f"- {it}" for it in val] + [""]
        elif kind == "t":
            lines.append("| " + " | ".join(val[0]) + " |")
            lines.append("|" + "---|" * len(val[0]))
            for row in val[1:]:
                lines.append("| " + " | ".join(str(c) for c in row) + " |")
            lines.append("")
        elif kind == "toc_title":
            lines += [f"**{val}**", ""]
        elif kind == "toc":
            lines.append(f"- {val.split(' .')[0]}")
        elif kind == "pagebreak":
            lines.append("")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def docx_to_pdf(blocks, pdf_path, header_text, title_lines):
    tmp = Path(tempfile.mkdtemp(prefix="holdout198_pdf_"))
    try:
        src = tmp / (pdf_path.stem + ".docx")
        write_docx(blocks, src, header_text, title_lines)
        prof = tmp / "lo_profile"
        subprocess.run(
            ["soffice", f"-env:UserInstallation=file://{prof}", "--headless",
             "--convert-to", "pdf", "--outdir", str(tmp), str(src)],
            check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
        shutil.copyfile(tmp / (pdf_path.stem + ".pdf"), pdf_path)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def word_count(blocks):
    n = 0
    for kind, val in blocks:
        if kind in ("h1", "h2", "p", "toc"):
            n += len(val.split())
        elif kind == "b":
            n += sum(len(x.split()) for x in val)
        elif kind == "t":
            n += sum(len(str(c).split()) for row in val for c in row)
    return n


# ---------------------------------------------------------------- shared filler
def voorwoord(c):
    return [
        P(f"Voor u ligt het ondersteuningsplan {c['period']} van {c['name']}. Dit plan is het resultaat "
          f"van een traject van ruim een jaar waarin schoolbesturen, schoolleiders, "
          f"{'intern begeleiders' if c['sector'] == 'po' else 'ondersteuningscoördinatoren'}, de "
          f"ondersteuningsplanraad en de gemeenten {c['gem_txt']} met elkaar in gesprek zijn gegaan. "
          f"We hebben teruggekeken op de vorige planperiode en vooruitgekeken naar wat er de komende vier "
          f"jaar nodig is."),
        P("De afgelopen jaren waren niet eenvoudig. Het lerarentekort, de gevolgen van de coronaperiode, de "
          "toename van complexe ondersteuningsvragen en de lange wachtlijsten in de jeugdhulp vragen veel van "
          "scholen en van alle mensen die daar werken. Tegelijk zien we dagelijks hoeveel energie en "
          "vakmanschap er in onze scholen aanwezig is. Dat stemt ons optimistisch."),
        P("Met dit plan kiezen we voor een koers van vertrouwen en samenwerking. Niet elk detail is in dit "
          "plan vastgelegd; we hebben bewust gekozen voor een plan dat richting geeft en dat we jaarlijks "
          "concreet maken in een jaarplan. Daarmee blijft het plan een levend document."),
        P("Wij danken iedereen die heeft meegedacht: leerkrachten, mentoren, ouders, leerlingen, "
          "bestuurders, de leden van de ondersteuningsplanraad en onze partners bij de gemeenten en in de "
          "jeugdhulp. Zonder hun inbreng was dit plan er niet gekomen."),
        P(f"{c['signer']}, directeur-bestuurder"),
    ]


def context(c, deelname=False):
    rows = [["Gemeente", "Aantal scholen", f"Leerlingen 1-10-{c['year0'] - 1}"]]
    for g, s, l in c["gem_rows"]:
        rows.append([g, str(s), str(l)])
    out = [
        P(f"{c['name']} (registratienummer {c['code']}) is het samenwerkingsverband passend onderwijs voor "
          f"het {'primair' if c['sector'] == 'po' else 'voortgezet'} onderwijs in de gemeenten "
          f"{c['gem_txt']}. Bij het samenwerkingsverband zijn {c['n_besturen']} schoolbesturen aangesloten "
          f"met samen {c['n_schools']} scholen. Het gebied is deels stedelijk en deels landelijk; in de "
          f"kleinere kernen staan relatief kleine scholen."),
        P("Het leerlingaantal in de regio daalt licht. De prognoses van de gemeenten laten tot het einde van "
          "de planperiode een verdere krimp zien van ongeveer twee procent per jaar, met uitzondering van de "
          "nieuwbouwwijken. Dat heeft gevolgen voor de inkomsten van de besturen en voor de "
          "levensvatbaarheid van kleine scholen."),
        T(rows),
        P("Bron: DUO, teldatum 1 oktober. De aantallen zijn afgerond en inclusief nevenvestigingen."),
    ]
    if deelname:
        out += [
            P("Het deelnamepercentage speciaal onderwijs in ons gebied lag op de teldatum van het laatste "
              f"jaar op {c['deelname']}, iets boven het landelijk gemiddelde. Deze kengetallen geven context; "
              "ze zijn geen doel op zich."),
        ]
    return out


def visie(c):
    kind = "ieder kind" if c["sector"] == "po" else "iedere jongere"
    return [
        P(f"Onze missie is eenvoudig te formuleren en moeilijk waar te maken: {kind} in onze regio krijgt "
          f"onderwijs dat past, zo dicht mogelijk bij huis, met de ondersteuning die nodig is om zich te "
          f"ontwikkelen. We gaan uit van wat een leerling nodig heeft, niet van wat hij of zij niet kan."),
        P("Onze visie rust op vier pijlers:"),
        B(["Samen verantwoordelijk: besturen en scholen dragen gezamenlijk zorg voor alle leerlingen in de regio.",
           "Vertrouwen en eigenaarschap: wie het dichtst bij de leerling staat, beslist zoveel mogelijk.",
           "Inclusief waar het kan, specialistisch waar het moet.",
           "Eén kind, één plan: onderwijs, jeugdhulp en zorg werken vanuit één gezamenlijke aanpak."]),
        P("Deze pijlers zijn in de vorige planperiode geformuleerd en blijven ook de komende jaren leidend. "
          "Wel leggen we nieuwe accenten: meer aandacht voor het jonge kind, voor kansengelijkheid en voor "
          "het welbevinden van leraren. We willen minder bureaucratie en meer tijd voor de leerling."),
        P("Inclusiever onderwijs is een beweging die we ondersteunen, in het tempo dat scholen aankunnen. "
          "Dat betekent dat we ruimte geven aan initiatieven van scholen die samen met het speciaal onderwijs "
          "nieuwe vormen van onderwijs ontwikkelen."),
    ]


def governance(c):
    return [
        P(f"{c['name']} is een stichting. De statuten voorzien in een scheiding tussen bestuur en intern "
          f"toezicht. Het bestuur wordt gevormd door een directeur-bestuurder; het intern toezicht ligt bij "
          f"de raad van toezicht, die bestaat uit vijf bestuurders van aangesloten schoolbesturen en één "
          f"onafhankelijk voorzitter."),
        B(["De directeur-bestuurder is verantwoordelijk voor de dagelijkse leiding en voor de uitvoering van dit plan.",
           "De raad van toezicht keurt het ondersteuningsplan, het jaarplan, de begroting en het jaarverslag goed.",
           "Het directeurenoverleg adviseert de directeur-bestuurder over beleidsvoornemens.",
           "Werkgroepen bereiden thema's voor, zoals de doorgaande lijn en hoogbegaafdheid.",
           "De statuten bevatten een geschillenregeling voor geschillen tussen de aangesloten besturen."]),
        P("De code goed bestuur van de sectorraad is van toepassing. Jaarlijks evalueert de raad van toezicht "
          "het eigen functioneren en dat van de directeur-bestuurder. De accountant controleert de "
          "jaarrekening."),
        P("Het samenwerkingsverband heeft een eigen medezeggenschapsraad voor het personeel van het bureau. "
          "Daarnaast is er de ondersteuningsplanraad, die in het volgende hoofdstuk aan bod komt."),
    ]


def opr(c, parents=True):
    if parents:
        return [
            P("De ondersteuningsplanraad (OPR) heeft instemmingsrecht op het ondersteuningsplan en op "
              "wijzigingen daarin. De OPR bestaat uit twaalf leden: zes ouders"
              f"{' of leerlingen' if c['sector'] == 'vo' else ''} en zes personeelsleden, afgevaardigd door "
              "de medezeggenschapsraden van de aangesloten scholen. Via de OPR hebben ouders een stem in het "
              "beleid van het samenwerkingsverband."),
            P(f"De OPR vergadert zes keer per jaar. De directeur-bestuurder is bij een deel van de vergadering "
              f"aanwezig. De OPR heeft op {c['opr_date']} ingestemd met dit plan."),
        ]
    return [
        P("De ondersteuningsplanraad (OPR) heeft instemmingsrecht op het ondersteuningsplan. De raad telt "
          "twaalf leden, afgevaardigd uit de medezeggenschapsraden van de aangesloten scholen, en vergadert "
          f"zes keer per jaar. De OPR heeft op {c['opr_date']} ingestemd met dit plan."),
        P("Het reglement van de OPR is in 2025 geactualiseerd en ligt ter inzage op het bureau."),
    ]


def oogo(c, detail="full"):
    out = [
        P(f"Het ontwerp van dit plan is op {c['oogo_date']} besproken in het op overeenstemming gericht "
          f"overleg (OOGO) met de colleges van burgemeester en wethouders van {c['gem_txt']}. Ook is overleg "
          f"gevoerd met het samenwerkingsverband {'VO' if c['sector'] == 'po' else 'PO'} waarvan het gebied "
          f"overlapt. Het verslag van het OOGO is als bijlage opgenomen in de bestuurlijke stukken."),
    ]
    if detail:
        out += [
            P("Met de gemeenten werken we samen op de grens van onderwijs en jeugdhulp. De afspraken uit het "
              "OOGO zijn:"),
            B(["In elke school is een vaste contactpersoon van het lokale jeugdteam beschikbaar.",
               "Onderwijs-zorgarrangementen worden gezamenlijk gefinancierd: de gemeente betaalt de zorgcomponent, het samenwerkingsverband de onderwijscomponent.",
               "Leerplicht, jeugdteam en samenwerkingsverband hebben elk kwartaal een casusoverleg.",
               "Leerlingenvervoer en onderwijshuisvesting blijven onderwerp van het jaarlijkse OOGO."]
              if detail == "full" else
              ["In elke school is een vaste contactpersoon van het lokale jeugdteam beschikbaar.",
               "Schoolmaatschappelijk werk wordt door de gemeenten ingekocht en is op elke school wekelijks aanwezig.",
               "Voor leerlingen die onderwijs en jeugdhulp combineren, maken school en jeugdteam samen één plan.",
               "Leerlingenvervoer en onderwijshuisvesting blijven onderwerp van het jaarlijkse OOGO."]),
        ]
    return out


def personeel(c):
    return [
        P(f"Het bureau van het samenwerkingsverband telt {c['fte']} fte. Het team bestaat uit de "
          f"directeur-bestuurder, een beleidsmedewerker, een controller, twee secretariaatsmedewerkers en "
          f"orthopedagogen en psychologen. Een deel van de medewerkers is gedetacheerd vanuit de besturen."),
        P("Het lerarentekort raakt ook onze regio. Scholen hebben moeite vacatures voor intern begeleiders "
          "en ondersteuningscoördinatoren te vervullen. We investeren daarom in:"),
        B(["een regionaal scholingsaanbod voor startende leraren over gedrag en differentiatie;",
           "intervisie voor ondersteuningsfunctionarissen, vier keer per jaar;",
           "een jaarlijkse studiedag passend onderwijs voor alle scholen;",
           "samenwerking met de pabo en de lerarenopleidingen over stages in het speciaal onderwijs."]),
        P("De effecten van dit plan op de formatie van de scholen zijn besproken met de personeelsgeleding "
          "van de OPR. Er zijn geen gedwongen personele gevolgen voorzien."),
    ]


def ict(c):
    return [
        P("Het samenwerkingsverband verwerkt persoonsgegevens van leerlingen, waaronder gegevens over "
          "gezondheid, voor zover dat nodig is voor zijn wettelijke taken. Dossiers worden bewaard in een "
          "beveiligde digitale omgeving; alleen geautoriseerde medewerkers hebben toegang."),
        B(["Er is een functionaris gegevensbescherming aangesteld, gedeeld met twee andere samenwerkingsverbanden.",
           "Er is een verwerkingsregister en een privacyreglement.",
           "Dossiers worden niet langer bewaard dan wettelijk is toegestaan.",
           "Datalekken worden binnen 72 uur gemeld bij de Autoriteit Persoonsgegevens."]),
        P("In de planperiode vervangen we het huidige registratiesysteem. De aanbesteding start in het "
          "voorjaar; daarbij letten we op gebruiksgemak voor scholen en op koppelingen met de "
          "leerlingadministratie."),
    ]


def landelijk(c):
    vo = c["sector"] == "vo"
    return [
        P("Passend onderwijs bestaat sinds 1 augustus 2014. De landelijke evaluatie liet zien dat de "
          "doelen deels zijn bereikt: er is meer aandacht voor ondersteuning in het regulier onderwijs, maar "
          "de verschillen tussen regio's zijn groot en het stelsel is voor ouders en leraren vaak "
          "ondoorzichtig. Het ministerie heeft daarom een verbeteraanpak opgesteld met een reeks "
          "maatregelen, die de komende jaren stap voor stap in werking treden."),
        P("Voor onze planperiode zijn vooral de volgende ontwikkelingen van belang:"),
        B(["de beweging naar inclusiever onderwijs, met als stip op de horizon dat meer leerlingen samen naar school gaan;",
           "het lerarentekort, dat in de grote kernen van onze regio het sterkst voelbaar is;",
           "de aanscherping van het toezicht van de Inspectie op samenwerkingsverbanden;",
           "de vereenvoudiging van de bekostiging, waardoor teldata en berekeningen veranderen;",
           ("de aansluiting tussen vo, mbo en arbeidsmarkt en de nieuwe regels voor het doorstroomprogramma;"
            if vo else "de invoering van de doorstroomtoets en de nieuwe regels voor de overstap naar het vo;"),
           "de discussie over de rol en het aantal samenwerkingsverbanden in de toekomst."]),
        P("Wij volgen deze ontwikkelingen nauwgezet, via de sectorraad en via het regionale netwerk van "
          "directeuren van samenwerkingsverbanden. Waar landelijke besluiten gevolgen hebben voor dit plan, "
          "passen we het plan aan en leggen we de wijziging voor aan de OPR."),
        P("De ervaring leert dat landelijke veranderingen vaak later ingaan dan aangekondigd. We kiezen "
          "daarom voor een wendbare werkwijze: we leggen in dit plan de koers vast, en in het jaarplan de "
          "concrete activiteiten van dat jaar."),
    ]


def ontwikkelagenda(c):
    return [
        P("Naast de vaste taken werken we in de planperiode aan een aantal ontwikkelthema's. Dit zijn "
          "thema's waarover het gesprek met scholen en partners nog loopt; ze zijn bewust open "
          "geformuleerd."),
        B(["Minder administratieve last: we onderzoeken met de scholen welke formulieren en verantwoordingen kunnen vervallen.",
           "Digitale geletterdheid: we verkennen hoe leerlingen met een ondersteuningsbehoefte baat kunnen hebben bij digitale hulpmiddelen.",
           "Duurzame inzetbaarheid: samen met de besturen kijken we naar werkdruk bij ondersteuningsfunctionarissen.",
           "Taal en kansengelijkheid: we sluiten aan bij de gemeentelijke plannen voor onderwijsachterstanden.",
           "Kennisdeling: we willen de kennis uit het speciaal onderwijs beter beschikbaar maken voor het regulier onderwijs, bijvoorbeeld via lerende netwerken.",
           "Leerlingen aan het woord: we zoeken vormen waarin leerlingen meepraten over het beleid van het samenwerkingsverband."]),
        P("Over de voortgang van deze thema's rapporteren we kort in het jaarplan. Niet elk thema leidt tot "
          "nieuw beleid; soms is de uitkomst dat het huidige beleid volstaat."),
        H2("Kennisdeling en professionalisering"),
        P("Kennis over ondersteuning zit verspreid over de hele regio: in het speciaal onderwijs, bij de "
          "orthopedagogen van het bureau, bij ervaren intern begeleiders en ondersteuningscoördinatoren en "
          "bij onze partners in de jeugdhulp. Het samenwerkingsverband faciliteert netwerken waarin deze "
          "kennis wordt gedeeld. Er zijn op dit moment netwerken voor gedrag, voor hoogbegaafdheid, voor "
          "taal en voor het jonge kind."),
        P("Elk netwerk heeft een trekker vanuit een school en komt vier tot zes keer per jaar bijeen. Het "
          "bureau verzorgt de organisatie en een klein budget voor externe sprekers. De netwerken zijn "
          "vrijblijvend; scholen kiezen zelf aan welke netwerken zij deelnemen."),
        P("Daarnaast organiseren we jaarlijks een regionale conferentie rond een actueel thema. In 2025 was "
          "dat 'welbevinden'; voor 2026 is het thema 'samen leren in de wijk'."),
        H2("Samenwerking met andere samenwerkingsverbanden"),
        P("Met de samenwerkingsverbanden in de aangrenzende regio's hebben we afspraken over leerlingen die "
          "over de grens van het gebied naar school gaan. Met het samenwerkingsverband "
          f"{'PO' if c['sector'] == 'vo' else 'VO'} in onze regio werken we samen aan de doorgaande lijn en "
          "aan gezamenlijke scholing. Twee keer per jaar is er een bestuurlijk overleg tussen de "
          "directeur-bestuurders."),
        P("In landelijk verband nemen we deel aan het netwerk van samenwerkingsverbanden van de sectorraad. "
          "We delen daar onze ervaringen en halen inspiratie op."),
    ]


def totstandkoming(c, parents=True):
    wie = "leraren, ouders en leerlingen" if parents else "leraren en leerlingen"
    return [
        P("Dit plan is niet achter een bureau geschreven. In het voorjaar van 2025 organiseerden we zes "
          f"werksessies in verschillende kernen van de regio, met in totaal ruim 140 deelnemers: schoolleiders, "
          f"{'intern begeleiders' if c['sector'] == 'po' else 'ondersteuningscoördinatoren en mentoren'}, "
          f"{wie}, en medewerkers van gemeenten en jeugdhulp."),
        P("Daarnaast hielden we een digitale vragenlijst onder alle scholen (respons 78 procent) en voerden "
          "we gesprekken met iedere bestuurder afzonderlijk. De uitkomsten zijn verwerkt in een "
          "opbrengstendocument dat in juni 2025 is besproken in het directeurenoverleg."),
        P("Wat we vooral hoorden:"),
        B(["Scholen willen minder papierwerk en snellere beslissingen.",
           "Er is behoefte aan meer handen in de klas, niet aan meer beleid.",
           "De samenwerking met de jeugdhulp verloopt per gemeente heel verschillend.",
           "Kleine scholen voelen zich soms kwetsbaar als zij te maken krijgen met een complexe vraag.",
           "Het samenwerkingsverband wordt gewaardeerd, maar is op de werkvloer niet altijd zichtbaar."]),
        P("Deze signalen hebben de keuzes in dit plan mede bepaald. Een schrijfgroep met twee "
          "schoolleiders, een bestuurder, een lid van de OPR en de beleidsmedewerker van het bureau heeft "
          "de tekst voorbereid. Het concept is daarna in twee rondes besproken met de besturen."),
    ]


def vaststelling(c):
    return [
        T([["Stap", "Datum"],
           ["Concept besproken in directeurenoverleg", c["dir_date"]],
           ["OOGO met gemeenten", c["oogo_date"]],
           ["Instemming ondersteuningsplanraad", c["opr_date"]],
           ["Vaststelling door directeur-bestuurder, goedkeuring raad van toezicht", c["vast_date"]],
           ["Toezending aan de Inspectie van het Onderwijs", c["insp_date"]]]),
        P("Het plan geldt voor de schooljaren " + c["period"] + ". Tussentijdse wijzigingen worden "
          "opnieuw ter instemming voorgelegd aan de OPR."),
    ]


# ================================================================ PLAN 1 (PO, docx)
C1 = dict(
    name="Samenwerkingsverband Passend Primair Onderwijs Maasveld-Oost", short="Maasveld-Oost",
    code="PO 30-91", sector="po", period="2026-2030", year0=2026,
    gem_txt="Maasveld, Heerwijk en Oosterlo",
    gem_rows=[("Maasveld", 27, 6120), ("Heerwijk", 19, 3480), ("Oosterlo", 12, 1710)],
    n_besturen=9, n_schools=58, fte="14,6", signer="Marieke van Dalen",
    opr_date="17 maart 2026", oogo_date="10 februari 2026", dir_date="20 januari 2026",
    vast_date="24 maart 2026", insp_date="8 april 2026", deelname="2,4%",
)


def plan1():
    c = C1
    b = []
    b += toc([("1", "Voorwoord", 3), ("2", "Leeswijzer", 4), ("3", "Ons samenwerkingsverband", 5),
              ("4", "Missie en visie", 7), ("5", "Basisondersteuning: wat elke school biedt", 9),
              ("6", "Extra ondersteuning en toelaatbaarheid", 12), ("6.3", "Terugplaatsing en overplaatsing", 15),
              ("7", "Een dekkend aanbod in de regio", 16), ("8", "Geld en middelen", 19),
              ("9", "Communicatie", 23), ("10", "Ambities 2026-2030", 25), ("11", "Organisatie en governance", 27),
              ("12", "Medezeggenschap en OOGO", 29), ("13", "Personeel, ICT en privacy", 31),
              ("14", "Planning en vaststelling", 33), ("15", "Begrippenlijst", 35)])
    b.append(("pagebreak", ""))
    b += [H1("1 Voorwoord")] + voorwoord(c)
    b += [H1("2 Leeswijzer"),
          P("Hoofdstuk 3 en 4 beschrijven ons samenwerkingsverband en onze koers. In hoofdstuk 5 leest u wat "
            "basisondersteuning in onze regio betekent. Hoofdstuk 6 gaat over extra ondersteuning, "
            "toelaatbaarheid en terugplaatsing. Hoofdstuk 7 beschrijft het dekkend aanbod en hoofdstuk 8 de "
            "financiën. Hoofdstuk 9 gaat over de informatie aan ouders, hoofdstuk 10 over de resultaten die we "
            "willen bereiken. De hoofdstukken 11 tot en met 14 beschrijven organisatie, medezeggenschap, "
            "personeel en planning."),
          P("Dit plan is geschreven voor besturen, scholen, ouders, gemeenten en partners. Waar we 'ouders' "
            "schrijven, bedoelen we ook verzorgers en andere wettelijk vertegenwoordigers.")]
    b += [H1("3 Ons samenwerkingsverband")] + context(c) + [H2("3.1 Hoe dit plan tot stand kwam")] + totstandkoming(c)
    b += [H1("4 Missie en visie")] + visie(c)

    # ---- basisondersteuning: present (niveau + inhoud), borging advisory
    b += [H1("5 Basisondersteuning: wat elke school biedt"),
          P("Basisondersteuning is in Maasveld-Oost het niveau van ondersteuning dat alle 58 scholen, op al "
            "hun 64 vestigingen, ten minste bieden. De besturen hebben dit niveau op 14 oktober 2025 in de "
            "raad van toezicht vastgesteld. Voor deze ondersteuning hoeft een school geen aanvraag te doen "
            "bij het samenwerkingsverband en ouders hoeven er niets voor te regelen."),
          P("Concreet kunnen ouders op iedere school in ons verband het volgende verwachten:"),
          B(["een intern begeleider met ten minste 0,4 fte per 200 leerlingen, die ook voor ouders aanspreekbaar is;",
             "een dyslexieprotocol en een dyscalculieprotocol volgens de landelijke protocollen, inclusief screening in groep 2 en 3;",
             "een programma voor sociale veiligheid en een anti-pestcoördinator;",
             "aanbod voor leerlingen die meer aankunnen: verrijking in de groep en deelname aan de bovenschoolse plusklas vanaf groep 5;",
             "taalondersteuning voor leerlingen met een taalachterstand of NT2-leerlingen, tot één jaar na instroom;",
             "een protocol medisch handelen en afspraken over medicijnverstrekking;",
             "handelingsgericht werken met groepsbesprekingen minimaal drie keer per jaar;",
             "een ontwikkelingsperspectief (OPP) wanneer een leerling op een of meer vakken een eigen leerlijn volgt;",
             "inzet van het schoolondersteuningsteam met de orthopedagoog van het samenwerkingsverband, binnen vier weken na de vraag van de school."]),
          P("De grens met extra ondersteuning ligt waar de school met deze voorzieningen en na twee "
            "evaluaties van het handelingsplan onvoldoende resultaat ziet. Dan kan de school een "
            "arrangement aanvragen (hoofdstuk 6)."),
          H2("5.1 Hoe we de basisondersteuning bewaken"),
          P("Elke school beschrijft in de schoolgids hoe zij de basisondersteuning invult. Het bureau "
            "toetst deze beschrijving jaarlijks aan de afspraken. Daarnaast voert een auditteam van "
            "collega-IB'ers eens per twee jaar een audit uit op elke school. Een school die onder het "
            "afgesproken niveau blijft, stelt binnen drie maanden een verbeterplan op; de directeur-bestuurder "
            "bespreekt dit plan met het bestuur van de school.")]

    # ---- plaatsing: partial (procedure yes, criteria deferred); deskundigen, duur-categorie, bezwaar advisory
    b += [H1("6 Extra ondersteuning en toelaatbaarheid"),
          H2("6.1 Arrangementen"),
          P("Wanneer de basisondersteuning niet volstaat, kan de school een arrangement aanvragen bij het "
            "Loket van het samenwerkingsverband. Een arrangement is een afgebakende vorm van extra "
            "ondersteuning, bijvoorbeeld ambulante begeleiding door een specialist of een tijdelijke plaats "
            "in een observatiegroep. Het Loket beslist binnen vier weken."),
          H2("6.2 Toelaatbaarheid tot sbo en so"),
          P("Voor een plaats in het speciaal basisonderwijs (sbo) of het speciaal onderwijs (so, cluster 3 "
            "en 4) is een toelaatbaarheidsverklaring (TLV) nodig. De route is als volgt:"),
          B(["Stap 1 – Het bestuur van de school waar de leerling staat ingeschreven dient de aanvraag in bij het Loket. Bij de aanvraag horen het groeidocument of OPP, het onderwijskundig rapport en de zienswijze van de ouders.",
             "Stap 2 – Het Loket controleert binnen vijf werkdagen of het dossier compleet is.",
             "Stap 3 – Twee deskundigen geven elk een eigen schriftelijk advies: een orthopedagoog of psycholoog, en afhankelijk van de leerling een maatschappelijk werker, kinderarts of kinderpsychiater. De deskundigen zijn niet betrokken geweest bij de aanvraag.",
             "Stap 4 – De Commissie Toelaatbaarheid neemt binnen zes weken na ontvangst van het complete dossier een besluit.",
             "Stap 5 – Ouders en school ontvangen het besluit en een afschrift van beide adviezen."]),
          P("Een TLV voor het sbo wordt in principe afgegeven voor twee schooljaren. Een TLV voor het so "
            "vermeldt de bekostigingscategorie laag, midden of hoog en loopt tot en met 31 juli van het "
            "schooljaar waarin de geldigheid afloopt."),
          P("Aan welke criteria een aanvraag precies moet voldoen, werkt de Commissie Toelaatbaarheid in het "
            "schooljaar 2026-2027 samen met de besturen van sbo en so opnieuw uit. Tot die tijd weegt de "
            "commissie iedere aanvraag afzonderlijk."),
          P("Ouders die het niet eens zijn met het besluit, kunnen binnen zes weken bezwaar maken bij het "
            "samenwerkingsverband. Het samenwerkingsverband is aangesloten bij de Landelijke "
            "Bezwaaradviescommissie Toelaatbaarheidsverklaringen, die advies uitbrengt voordat opnieuw wordt "
            "beslist."),
          H2("6.3 Terugplaatsing en overplaatsing"),
          P("Over terugplaatsing en overplaatsing maken we in de loop van de planperiode nieuwe afspraken met "
            "de besturen van sbo en so. Zodra deze zijn vastgesteld, worden ze aan dit plan toegevoegd."),
          H2("6.4 De overstap naar het voortgezet onderwijs"),
          P("Voor alle leerlingen, ook die uit het sbo en so, is er een warme overdracht naar het voortgezet "
            "onderwijs. De uitstroom naar het vo verloopt volgens de regionale POVO-procedure; leerlingen met "
            "een ondersteuningsbehoefte worden besproken in een overdrachtsgesprek in april.")]

    # ---- dekkend aanbod: present
    b += [H1("7 Een dekkend aanbod in de regio"),
          P("Ons aanbod is opgebouwd als een doorlopende reeks. Elke stap bouwt voort op de vorige:"),
          T([["Niveau", "Wat", "Waar"],
             ["Basis", "Basisondersteuning volgens hoofdstuk 5", "Alle scholen"],
             ["Extra in de school", "Arrangementen: ambulante begeleiding, extra handen, specialistische diagnostiek", "Reguliere school, toegekend door het Loket"],
             ["Bovenschools", "Plusklas, taalklas voor nieuwkomers, observatiegroep De Overkant", "Drie locaties in Maasveld en Heerwijk"],
             ["Speciaal", "sbo De Regenboog en sbo 't Palet; so cluster 3 (De Linde) en cluster 4 (De Kraanvogel)", "Maasveld en Oosterlo"]]),
          P("Onderwijs-zorgarrangementen met de gemeenten vullen dit aanbod aan voor leerlingen die zowel "
            "onderwijs als jeugdhulp nodig hebben."),
          H2("7.1 Witte vlekken en thuiszitters"),
          P("Elk voorjaar voeren we een dekkendheidsanalyse uit. Daarin brengen we in kaart voor welke "
            "leerlingen geen passende plek beschikbaar was, hoe lang zij moesten wachten en welke "
            "voorzieningen ontbraken. Op basis daarvan besluit de raad van toezicht vóór 1 juli over "
            "aanpassing van het aanbod."),
          B(["Thuiszitters worden binnen tien schooldagen gemeld bij het bureau.",
             "De thuiszitterstafel (leerplicht, jeugdteam, samenwerkingsverband, school) komt maandelijks bijeen en maakt binnen vier weken een terugkeerplan.",
             "Als een school haar zorgplicht niet kan waarmaken, zoekt het bureau samen met ouders en school binnen zes weken een andere passende plek.",
             "Vrijstellingen van de leerplicht worden twee keer per jaar besproken met leerplicht en gemeente."])]
    b += [H2("7.2 Samenwerking met gemeenten")] + oogo(c, detail="full")

    # ---- financien: present; reserves + verantwoording advisory
    b += [H1("8 Geld en middelen"),
          P("Het samenwerkingsverband ontvangt van het Rijk een ondersteuningsbudget voor lichte en zware "
            "ondersteuning. Na aftrek van de afdrachten aan sbo en so door DUO verdelen we het resterende "
            "bedrag als volgt:"),
          B(["Schoolbudget: € 148 per leerling, op basis van het aantal leerlingen op 1 oktober van het voorgaande jaar, rechtstreeks naar de schoolbesturen. Uitbetaling in twee termijnen (1 januari en 1 augustus).",
             "Vaste voet: € 5.000 per vestiging, zodat ook kleine scholen een intern begeleider kunnen bekostigen.",
             "Arrangementen: het Loket kent arrangementen toe op aanvraag; een licht arrangement is € 3.500, een intensief arrangement € 9.000 per schooljaar.",
             "Bovenschoolse voorzieningen worden rechtstreeks door het samenwerkingsverband bekostigd."]),
          P("De raad van toezicht stelt de verdeling elk jaar in december vast op voorstel van de "
            "directeur-bestuurder, na advies van het directeurenoverleg."),
          P("Meerjarenbegroting (bedragen x € 1.000):"),
          T([["Post", "2026", "2027", "2028", "2029"],
             ["Baten ondersteuningsbudget", "11.940", "11.710", "11.520", "11.350"],
             ["Afdrachten sbo/so (DUO)", "4.860", "4.790", "4.720", "4.650"],
             ["Schoolbudgetten besturen", "1.670", "1.640", "1.610", "1.590"],
             ["Vaste voet vestigingen", "320", "320", "315", "315"],
             ["Arrangementen", "2.550", "2.500", "2.450", "2.400"],
             ["Bovenschoolse voorzieningen", "1.380", "1.360", "1.340", "1.320"],
             ["Bureau en personeel", "1.060", "1.080", "1.090", "1.100"],
             ["Resultaat", "100", "20", "-5", "-25"]]),
          P("Het weerstandsvermogen bedraagt eind 2025 8,1 procent en ligt daarmee onder de "
            "signaleringswaarde voor bovenmatige reserves. We houden een reserve aan voor de risico's van "
            "groei in het so."),
          P("Besturen leggen jaarlijks vóór 1 mei verantwoording af over de besteding van het schoolbudget en "
            "de arrangementen, met het vaste format van het bureau.")]

    # ---- ouders: present, inside Communicatie; betrokkenheid advisory
    b += [H1("9 Communicatie"),
          P("Goede communicatie is een voorwaarde voor passend onderwijs. We communiceren met besturen, "
            "scholen, gemeenten en partners via een nieuwsbrief, het directeurenoverleg en onze website."),
          P("Ouders informeren we over de ondersteuningsmogelijkheden op meerdere manieren:"),
          B(["Iedere school geeft bij inschrijving de ouderbrochure 'Passend onderwijs in Maasveld-Oost' mee; daarin staat wat de basisondersteuning is en welke arrangementen er zijn.",
             "De schoolgids beschrijft de ondersteuning van de eigen school.",
             "Twee keer per jaar organiseren we een informatieavond voor ouders, in het voorjaar en in het najaar.",
             "Op de ouderpagina van onze website staan het ondersteuningsplan, de brochure en een overzicht van alle voorzieningen."]),
          P("Voor vragen, twijfel of onenigheid kunnen ouders terecht bij het Ouder- en Jeugdsteunpunt "
            "Maasveld-Oost. Het steunpunt werkt onafhankelijk van scholen en besturen, is bereikbaar via "
            "telefoon en e-mail en houdt wekelijks een inloopspreekuur. Daarnaast kunnen ouders gratis een "
            "onderwijsconsulent inschakelen. Klachten over het samenwerkingsverband kunnen worden voorgelegd "
            "aan de klachtencommissie bij Stichting Onderwijsgeschillen."),
          P("Ouders zijn partner bij het opstellen van het OPP en worden uitgenodigd bij elk overleg over "
            "hun kind.")]

    # ---- resultaten: partial (doelen yes, monitoring deferred)
    b += [H1("10 Ambities 2026-2030"),
          P("Voor de planperiode hebben we de volgende beoogde resultaten voor leerlingen met een "
            "ondersteuningsbehoefte geformuleerd:"),
          B(["In 2030 zijn er in onze regio minder dan vijf langdurig thuiszittende leerlingen per jaar.",
             "In 2028 biedt 95 procent van de scholen de basisondersteuning volledig volgens de afspraken.",
             "Het aantal leerlingen dat binnen zes weken na een vraag een passend arrangement krijgt, stijgt van 70 naar 90 procent.",
             "Leerlingen met een arrangement maken aantoonbaar groei op hun OPP-doelen."]),
          P("Op welke manier we deze resultaten gaan meten en hoe en wanneer we erover rapporteren, leggen we "
            "vast in een kwaliteitskader dat in de loop van 2027 wordt opgesteld.")]
    b += [H1("11 Organisatie en governance")] + governance(c)
    b += [H1("12 Medezeggenschap en OOGO")] + opr(c, parents=True) + [
        P("Het OOGO met de gemeenten is beschreven in paragraaf 7.2.")]
    b += [H1("13 Personeel, ICT en privacy")] + personeel(c) + ict(c)
    b += [H2("13.1 Landelijke ontwikkelingen")] + landelijk(c) + [H2("13.2 Ontwikkelagenda")] + ontwikkelagenda(c)
    b += [H1("14 Planning en vaststelling"),
          T([["Jaar", "Accent"],
             ["2026-2027", "criteria toelaatbaarheid herijken; kwaliteitskader opstellen"],
             ["2027-2028", "vervanging registratiesysteem; audit basisondersteuning"],
             ["2028-2029", "evaluatie verdeelmodel"],
             ["2029-2030", "evaluatie plan en voorbereiding nieuw plan"]])] + vaststelling(c)
    b += [H1("15 Begrippenlijst"),
          B(["Basisondersteuning – het afgesproken niveau van ondersteuning dat alle scholen bieden.",
             "Dekkend aanbod – een netwerk van voorzieningen waarin voor iedere leerling een passende plek is.",
             "Ouder- en Jeugdsteunpunt – onafhankelijk steunpunt voor ouders en jeugdigen.",
             "Terugplaatsing – de overstap van een leerling uit het sbo of so terug naar het regulier onderwijs.",
             "TLV – toelaatbaarheidsverklaring voor sbo of so.",
             "Meerjarenbegroting – begroting voor meerdere jaren.",
             "OPP – ontwikkelingsperspectief.",
             "OPR – ondersteuningsplanraad."])]
    return b


L1 = dict(
    sector="po", looks_like_plan=True,
    elements={"basisondersteuning": "present", "plaatsing": "partial", "terugstroom": "missing",
              "financien": "present", "dekkend-aanbod": "present", "resultaten": "partial", "ouders": "present"},
    criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
              "plaatsing.procedure": True, "plaatsing.criteria": False,
              "terugstroom.procedure": False, "terugstroom.beleid": False,
              "financien.verdeling": True, "financien.besteding": True,
              "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
              "resultaten.doelen": True, "resultaten.monitoring": False,
              "ouders.informatie": True, "ouders.steunpunt": True},
    advisory_addressed={"basisondersteuning": ["borging"],
                        "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
                        "financien": ["reserves", "verantwoording"],
                        "dekkend-aanbod": ["ketenpartners"],
                        "resultaten": ["meetbaar"],
                        "ouders": ["betrokkenheid"]},
    notes={"basisondersteuning": "Ch.5 defines the minimum for all 58 schools/64 vestigingen and lists concrete provisions; 5.1 audits (borging).",
           "plaatsing": "6.2 gives a 5-step TLV procedure with deskundigen, duration, category and bezwaar, but the criteria are deferred to 2026-2027 ('werkt ... opnieuw uit').",
           "terugstroom": "Heading 6.3 only defers ('maken we in de loop van de planperiode nieuwe afspraken'); 6.4 is PO-VO uitstroom (near-miss); TOC/begrippenlijst only.",
           "financien": "Ch.8 'Geld en middelen': per-leerling bedrag, vaste voet, arrangement amounts, meerjarenbegroting table, reserves, verantwoording.",
           "dekkend-aanbod": "Ch.7 table basis->extra->bovenschools->speciaal; 7.1 dekkendheidsanalyse, thuiszitterstafel, zorgplicht; 7.2 OOGO.",
           "resultaten": "Ch.10 'Ambities' has numeric beoogde resultaten; how they are measured/reported is deferred to a kwaliteitskader 'in de loop van 2027'.",
           "ouders": "Ch.9 'Communicatie': brochure, schoolgids, info-avonden, website; Ouder- en Jeugdsteunpunt, onderwijsconsulent, klachtencommissie."},
)


# ================================================================ PLAN 2 (VO, docx)
C2 = dict(
    name="Samenwerkingsverband VO Kempenhaven", short="Kempenhaven",
    code="VO 30-57", sector="vo", period="2026-2030", year0=2026,
    gem_txt="Kempenhaven, Liesdonk, Aarle-Wouw en Baarsel",
    gem_rows=[("Kempenhaven", 8, 7940), ("Liesdonk", 3, 2210), ("Aarle-Wouw", 2, 1480), ("Baarsel", 2, 1150)],
    n_besturen=6, n_schools=15, fte="11,2", signer="drs. R.J. (Ruud) Verhoeven",
    opr_date="4 maart 2026", oogo_date="3 februari 2026", dir_date="13 januari 2026",
    vast_date="11 maart 2026", insp_date="2 april 2026", deelname="vso 3,1%, pro 3,4%, lwoo 9,8%",
)


def plan2():
    c = C2
    b = []
    b += toc([("1", "Voorwoord", 3), ("2", "Samenvatting", 4), ("3", "Kengetallen", 5), ("4", "Koers", 7),
              ("5", "Basisondersteuning", 9), ("6", "Toewijzing: vso, lwoo en pro", 11),
              ("7", "Doorlopende lijnen", 16), ("8", "Dekkend aanbod", 18), ("9", "Financieel kader", 19),
              ("10", "Kwaliteit en opbrengsten", 22), ("11", "Ouders en leerlingen", 26),
              ("12", "Bestuur, medezeggenschap en OOGO", 28), ("13", "Bureau en privacy", 30),
              ("14", "Vaststelling", 32), ("Bijlage A", "Afkortingen en begrippen", 33)])
    b.append(("pagebreak", ""))
    b += [H1("1 Voorwoord")] + voorwoord(c)
    b += [H1("2 Samenvatting"),
          B(["We houden vast aan het schoolmodel: middelen gaan zo direct mogelijk naar de scholen.",
             "De toewijzing van vso, lwoo en pro wordt eenvoudiger en sneller.",
             "We werken aan een sterkere basisondersteuning op alle scholen.",
             "We maken onze resultaten zichtbaar met een dashboard.",
             "Ouders en leerlingen krijgen betere informatie.",
             "Dekkend aanbod, thuiszitters en arrangementen blijven aandachtspunten."]),
          P("Deze samenvatting is geen vervanging van het plan; de hoofdstukken geven de uitwerking.")]
    b += [H1("3 Kengetallen")] + context(c, deelname=True) + [H2("3.1 Totstandkoming")] + totstandkoming(c)
    b += [H1("4 Koers")] + visie(c) + [
        P("Voor het voortgezet onderwijs voegen we daar een vijfde pijler aan toe: iedere jongere verlaat "
          "het onderwijs met een diploma, certificaat of een duurzame plek op de arbeidsmarkt.")]

    # ---- basisondersteuning: partial (niveau yes; inhoud only in absent bijlage / deferred)
    b += [H1("5 Basisondersteuning"),
          P("Basisondersteuning is in Kempenhaven het door alle zes schoolbesturen gezamenlijk afgesproken "
            "minimumniveau van ondersteuning dat op iedere vestiging van iedere vo-school beschikbaar is, "
            "zonder dat daarvoor een aanvraag bij het samenwerkingsverband nodig is. Geen school mag onder "
            "dit niveau zakken."),
          P("De concrete standaarden zijn opgenomen in het Referentiekader Basisondersteuning Kempenhaven "
            "(bijlage 2). Het referentiekader wordt in het schooljaar 2026-2027 geactualiseerd in het licht "
            "van de landelijke norm; tot die tijd blijft de versie van 2022 van kracht."),
          P("Scholen beschrijven in hun schoolgids hoe zij de afspraken vertalen naar de eigen praktijk.")]

    # ---- plaatsing: present (vso + lwoo + pro); deskundigen, duur-categorie advisory
    b += [H1("6 Toewijzing: vso, lwoo en pro"),
          H2("6.1 De Toewijzingscommissie"),
          P("Het samenwerkingsverband heeft één Toewijzingscommissie (TWC) die besluit over "
            "toelaatbaarheid tot het voortgezet speciaal onderwijs, over de aanwijzing voor "
            "leerwegondersteunend onderwijs en over toelaatbaarheid tot praktijkonderwijs. De commissie "
            "bestaat uit een voorzitter van het bureau, een orthopedagoog en een psycholoog."),
          H2("6.2 Procedure"),
          B(["De aanvraag wordt ingediend door het bevoegd gezag van de school waar de leerling is ingeschreven of aangemeld, via het digitale aanvraagformulier.",
             "Bij de aanvraag horen: het OPP met ten minste twee evaluaties, het onderwijskundig rapport, recente toetsgegevens en de zienswijze van ouders en leerling.",
             "Twee deskundigen – een orthopedagoog of psycholoog en een tweede deskundige die past bij de vraag – brengen elk een afzonderlijk schriftelijk advies uit.",
             "De TWC besluit binnen vier weken, of binnen zes weken als aanvullend onderzoek nodig is.",
             "Voor lwoo en pro geldt een vaste kalender: aanvragen voor leerlingen uit groep 8 worden ingediend vóór 1 maart en worden vóór 15 april beslist.",
             "Het besluit bevat een bezwaarclausule."]),
          H2("6.3 Criteria"),
          P("De TWC hanteert de volgende criteria:"),
          T([["Voorziening", "Leerling is toelaatbaar als …"],
             ["vso", "de ondersteuningsbehoefte niet binnen het regulier vo kan worden geboden, ook niet met een arrangement; het OPP ten minste twee keer is geëvalueerd; en de deskundigen vaststellen dat het vso de benodigde ondersteuning biedt"],
             ["pro (landelijke criteria)", "IQ tussen 55 en 80 en leerachterstand van ten minste drie jaar op twee van de vier domeinen (begrijpend lezen, inzichtelijk rekenen, technisch lezen, spelling), waarvan één begrijpend lezen of inzichtelijk rekenen"],
             ["lwoo (eigen criteria, opting out)", "leerachterstand van ten minste 1,5 jaar op begrijpend lezen of inzichtelijk rekenen, én een onderbouwde ondersteuningsbehoefte op leren of gedrag uit het groeidocument; IQ is geen criterium"]]),
          P("De TLV voor het vso wordt afgegeven voor twee schooljaren, met bekostigingscategorie laag, "
            "midden of hoog afhankelijk van de ernst van de beperking. Een lwoo-aanwijzing geldt voor de "
            "duur van de opleiding; een pro-TLV geldt voor de gehele opleiding.")]

    # ---- terugstroom: partial (beleid yes; procedure only on website)
    b += [H1("7 Doorlopende lijnen"),
          P("Een doorlopende ontwikkeling van de leerling vraagt om goede overgangen: van po naar vo, van "
            "onderbouw naar bovenbouw, van vo naar mbo en arbeid, en tussen vso en regulier vo."),
          H2("7.1 Overstap po-vo"),
          P("De overdracht van het basisonderwijs naar het voortgezet onderwijs verloopt via de regionale "
            "POVO-kalender. De aanmelding bij de vo-school volgt de landelijke termijnen."),
          H2("7.2 Van vso naar regulier vo"),
          P("Ons uitgangspunt is dat een leerling niet langer in het vso blijft dan nodig is. Een terugkeer "
            "naar het regulier vo is het doel wanneer het OPP laat zien dat de leerling de "
            "uitstroomverwachting kan waarmaken in een reguliere setting met de ondersteuning die daar "
            "beschikbaar is. Voorwaarden zijn dat de ontvangende school de ondersteuningsbehoefte kan "
            "bieden en dat de leerling zelf wil terugkeren."),
          P("Na terugkeer krijgt de leerling gedurende één schooljaar een terugkeerarrangement: begeleiding "
            "door de vso-school op de nieuwe school en een vast aanspreekpunt. Wie het initiatief neemt, "
            "wanneer de evaluatiemomenten liggen en wie besluit, staat in het stappenplan terugkeer op "
            "www.swvkempenhaven.nl/terugkeer."),
          H2("7.3 Van vo naar mbo en werk"),
          P("Voor de overgang naar mbo en arbeid werken we samen met de regionale mbo-instellingen en het "
            "RMC. Uitstroom van pro- en vso-leerlingen naar arbeid wordt begeleid met een jobcoach.")]

    # ---- dekkend aanbod: missing (deferral only)
    b += [H1("8 Dekkend aanbod"),
          P("Het dekkend aanbod in onze regio is onderwerp van de notitie 'Dekkend aanbod Kempenhaven', die "
            "in het eerste planjaar wordt opgesteld. Die notitie wordt na instemming van de OPR als "
            "addendum aan dit plan toegevoegd."),
          P("Het aantal thuiszitters is een terugkerend gespreksonderwerp met de gemeenten.")]

    # ---- financien: partial (verdeling yes; besteding p.m.); verantwoording advisory
    b += [H1("9 Financieel kader"),
          P("Kempenhaven werkt volgens het schoolmodel. De middelen worden volgens vaste sleutels verdeeld:"),
          T([["Onderdeel", "Verdeelsleutel", "Besluit"],
             ["Lichte ondersteuning", "naar rato van het aantal leerlingen per bestuur op 1 oktober", "jaarlijks door de directeur-bestuurder, na goedkeuring RvT in november"],
             ["Lwoo-middelen", "per lwoo-aangewezen leerling op 1 oktober, aan het bestuur van de school", "idem"],
             ["Pro-middelen", "volledig aan de twee scholen voor praktijkonderwijs, naar leerlingaantal", "idem"],
             ["Zware ondersteuning", "afdrachten vso via DUO; restant naar rato leerlingaantal", "idem"]]),
          P("Meerjarenbegroting:"),
          T([["Post", "2026", "2027", "2028", "2029"],
             ["Baten", "p.m.", "p.m.", "p.m.", "p.m."],
             ["Afdrachten vso", "p.m.", "p.m.", "p.m.", "p.m."],
             ["Lichte ondersteuning", "p.m.", "p.m.", "p.m.", "p.m."],
             ["Lwoo/pro", "p.m.", "p.m.", "p.m.", "p.m."],
             ["Bureau", "p.m.", "p.m.", "p.m.", "p.m."]]),
          P("De bedragen worden ingevuld zodra de rijksbekostiging voor 2026 bekend is; de vastgestelde "
            "meerjarenbegroting wordt daarna jaarlijks bij dit plan gevoegd."),
          P("Besturen verantwoorden de inzet van de ontvangen middelen in hun jaarverslag en in een korte "
            "rapportage aan het samenwerkingsverband vóór 1 juni.")]

    # ---- resultaten: present; meetbaar advisory
    b += [H1("10 Kwaliteit en opbrengsten"),
          P("Wat willen we bereiken voor leerlingen die extra ondersteuning nodig hebben? Voor de periode "
            "2026-2030 streven we de volgende resultaten na:"),
          T([["Indicator", "Nulmeting 2025", "Streefwaarde 2030"],
             ["Leerlingen met een arrangement die worden bevorderd", "84%", "ten minste 90%"],
             ["Leerlingen met lwoo die een diploma halen", "82%", "88%"],
             ["Voortijdig schoolverlaters vso/pro", "6,1%", "4,5%"],
             ["Doorlooptijd TWC-besluit", "31 dagen", "20 dagen"],
             ["Tevredenheid ouders over ondersteuning (schaal 1-10)", "6,7", "7,5"]]),
          P("We volgen deze indicatoren met een dashboard dat het bureau elk kwartaal bijwerkt met gegevens "
            "uit DUO, de leerlingadministraties en de eigen registratie. In het jaarverslag rapporteren we de "
            "bereikte resultaten per indicator en lichten we afwijkingen toe. Elk voorjaar bespreken we de "
            "uitkomsten met de OPR en het directeurenoverleg, waarna het jaarplan zo nodig wordt bijgesteld."),
          P("Terugblik: in de vorige planperiode steeg het diplomapercentage van lwoo-leerlingen van 77 naar "
            "82 procent; de doorlooptijd van de TWC bleef echter boven de norm.")]

    # ---- ouders: partial (informatie yes; steunpunt only website)
    b += [H1("11 Ouders en leerlingen"),
          P("Ouders en leerlingen zijn belangrijke gesprekspartners. We informeren hen als volgt:"),
          B(["de ouder- en leerlingpagina op onze website met uitleg over basisondersteuning, arrangementen, vso, lwoo en pro;",
             "een informatieavond voor ouders van leerlingen in groep 8 in november, samen met het samenwerkingsverband PO;",
             "een folder die ouders ontvangen bij iedere aanvraag bij de TWC;",
             "de schoolgids van iedere vo-school."]),
          P("Voor onafhankelijk advies en ondersteuning verwijzen wij ouders naar de informatie op onze "
            "website.")]
    b += [H1("12 Bestuur, medezeggenschap en OOGO")] + governance(c) + opr(c, parents=True) + oogo(c, detail=False)
    b += [H1("13 Bureau en privacy")] + personeel(c) + ict(c)
    b += [H2("13.1 Landelijke ontwikkelingen")] + landelijk(c) + [H2("13.2 Ontwikkelagenda")] + ontwikkelagenda(c)
    b += [H1("14 Vaststelling")] + vaststelling(c)
    b += [H1("Bijlage A Afkortingen en begrippen"),
          T([["Term", "Betekenis"],
             ["Dekkend aanbod", "geheel van voorzieningen waarmee voor iedere leerling een passende plek is"],
             ["Lwoo", "leerwegondersteunend onderwijs"],
             ["OJSP", "ouder- en jeugdsteunpunt: onafhankelijk steunpunt voor ouders en jongeren"],
             ["Pro", "praktijkonderwijs"],
             ["Thuiszitter", "leerplichtige jongere die zonder geldige reden niet naar school gaat"],
             ["TWC", "Toewijzingscommissie"],
             ["Onderwijsconsulent", "onafhankelijke adviseur voor ouders bij een conflict met school"]])]
    return b


L2 = dict(
    sector="vo", looks_like_plan=True,
    elements={"basisondersteuning": "partial", "plaatsing": "present", "terugstroom": "partial",
              "financien": "partial", "dekkend-aanbod": "missing", "resultaten": "present", "ouders": "partial"},
    criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": False,
              "plaatsing.procedure": True, "plaatsing.criteria": True,
              "terugstroom.procedure": False, "terugstroom.beleid": True,
              "financien.verdeling": True, "financien.besteding": False,
              "dekkend-aanbod.continuum": False, "dekkend-aanbod.lacunes": False,
              "resultaten.doelen": True, "resultaten.monitoring": True,
              "ouders.informatie": True, "ouders.steunpunt": False},
    advisory_addressed={"plaatsing": ["deskundigen", "duur-categorie"],
                        "financien": ["verantwoording"],
                        "resultaten": ["meetbaar"],
                        "ouders": ["betrokkenheid"]},
    notes={"basisondersteuning": "Ch.5 defines the minimum for every vestiging, but the concrete standards are only in an absent 'bijlage 2' that is being updated.",
           "plaatsing": "Ch.6 TWC: procedure steps/termijnen for vso, lwoo, pro and a criteria table (pro national, lwoo opting out); bezwaar only a passing 'bezwaarclausule'.",
           "terugstroom": "7.2 'Van vso naar regulier vo' states aims, conditions and a terugkeerarrangement; who initiates/evaluates/decides is only on a website.",
           "financien": "Ch.9 'Financieel kader' has the verdeelsleutel table, but the meerjarenbegroting is all 'p.m.' and no spending amounts are given.",
           "dekkend-aanbod": "Ch.8 only defers to a notitie to be written in year 1; thuiszitters only as an OOGO topic; glossary entry only.",
           "resultaten": "Ch.10 'Kwaliteit en opbrengsten': indicator table with nulmeting/streefwaarde, quarterly dashboard, jaarverslag, OPR evaluation.",
           "ouders": "Ch.11 lists website, groep-8 avond, folder, schoolgids; for independent help it only points to the website (OJSP/onderwijsconsulent only in bijlage A)."},
)


# ================================================================ PLAN 3 (PO, pdf)
C3 = dict(
    name="Stichting Samenwerkingsverband De Brug", short="De Brug",
    code="PO 30-24", sector="po", period="2026-2030", year0=2026,
    gem_txt="Brugwaarde, Zandlo en Ter Weel",
    gem_rows=[("Brugwaarde", 22, 4870), ("Zandlo", 11, 1940), ("Ter Weel", 8, 1160)],
    n_besturen=7, n_schools=41, fte="10,8", signer="Hanneke Stoop",
    opr_date="10 maart 2026", oogo_date="27 januari 2026", dir_date="9 december 2025",
    vast_date="19 maart 2026", insp_date="14 april 2026", deelname="2,2%",
)


def plan3():
    c = C3
    b = []
    b += toc([("1", "Voorwoord", 3), ("2", "De Brug in vogelvlucht", 4), ("3", "Waar we voor staan", 6),
              ("4", "Ondersteuning op school", 8), ("5", "Toelaatbaarheid sbo en so", 12),
              ("6", "Het ondersteuningscontinuüm", 18), ("7", "Kwaliteitszorg", 21), ("8", "Middelen", 24),
              ("9", "Ouders", 25), ("10", "Samenwerking met gemeenten", 27), ("11", "Organisatie", 29),
              ("12", "Medewerkers en privacy", 31), ("13", "Vaststelling", 33), ("14", "Afkortingen", 34)])
    b.append(("pagebreak", ""))
    b += [H1("1 Voorwoord")] + voorwoord(c)
    b += [H1("2 De Brug in vogelvlucht")] + context(c) + [H2("2.1 Zo kwam dit plan tot stand")] + totstandkoming(c)
    b += [H1("3 Waar we voor staan")] + visie(c) + [
        H2("3.1 Samen met de besturen"),
        P("De zeven besturen van De Brug verschillen in omvang, identiteit en onderwijsconcept. Dat is een "
          "rijkdom, maar vraagt ook om heldere afspraken. De besturen hebben daarom in 2025 een "
          "samenwerkingsconvenant gesloten waarin zij uitspreken elkaar aan te spreken op gemaakte "
          "afspraken, gezamenlijk op te trekken richting gemeenten en elkaars scholen te helpen bij "
          "personele krapte. Het convenant is geen onderdeel van dit plan, maar vormt er wel de basis "
          "onder."),
        P("In het bestuurlijk overleg, dat zes keer per jaar plaatsvindt, bespreken de bestuurders de "
          "voortgang van het jaarplan en actuele vraagstukken. De directeur-bestuurder bereidt de "
          "vergaderingen voor.")]

    # ---- basisondersteuning: present, inhoud only in a table
    b += [H1("4 Ondersteuning op school"),
          P("De aangesloten besturen hebben afgesproken welke basisondersteuning iedere school van De Brug "
            "minimaal biedt. Die afspraak geldt voor alle 41 scholen en voor elke nevenvestiging; een school "
            "kan meer bieden, maar niet minder."),
          T([["Domein", "Wat elke school van De Brug biedt"],
             ["Leren", "Dyslexie- en dyscalculieprotocol; remedial teaching in kleine groepjes; toetsing met een leerlingvolgsysteem twee keer per jaar"],
             ["Gedrag en welbevinden", "Methode sociaal-emotioneel leren in alle groepen; pestprotocol; time-outafspraken met ouders"],
             ["Meer- en hoogbegaafdheid", "Signalering in groep 1-2 en 5; compacten en verrijken in de groep"],
             ["Taal", "Woordenschatprogramma voor leerlingen met een taalachterstand; NT2-begeleiding tot een jaar na instroom"],
             ["Medisch", "Protocol medisch handelen; toegankelijk gebouw of aantoonbare afspraken met een toegankelijke school"],
             ["Structuur", "Intern begeleider; groepsbespreking drie keer per jaar; OPP bij een eigen leerlijn; consultatie orthopedagoog van De Brug"]]),
          P("Elke twee jaar bezoekt een auditteam iedere school en vergelijkt de praktijk met deze tabel. De "
            "uitkomst wordt besproken met het bestuur; bij tekortkomingen volgt binnen een half jaar een "
            "hercontrole."),
          H2("4.1 Extra ondersteuning"),
          P("Als de school handelingsverlegen is, kan zij het ondersteuningsteam van De Brug inschakelen. Het "
            "team adviseert en kan een arrangement toekennen, zoals begeleiding door een specialist of "
            "een plaats in een bovenschoolse groep.")]

    # ---- plaatsing present + terugstroom present hidden in TLV chapter
    b += [H1("5 Toelaatbaarheid sbo en so"),
          H2("5.1 Wie vraagt aan"),
          P("Een TLV wordt aangevraagd door het schoolbestuur van de school waar de leerling is "
            "ingeschreven. Voor jonge kinderen die nog niet op school zitten, kan het bestuur van de school "
            "van aanmelding aanvragen."),
          H2("5.2 Het verloop"),
          B(["aanvraag met OPP, verslag van het MDO met ouders en de zienswijze van ouders;",
             "advies van twee deskundigen: een orthopedagoog of GZ-psycholoog en een tweede deskundige (jeugdarts, maatschappelijk werker of kinderpsychiater), elk met een eigen advies;",
             "besluit door de directeur-bestuurder, gemandateerd aan de TLV-commissie, binnen zes weken;",
             "toezending van het besluit en de adviezen aan ouders en school."]),
          H2("5.3 Wanneer is een leerling toelaatbaar?"),
          P("Voor het sbo: de leerling heeft een ontwikkelingsachterstand of ondersteuningsbehoefte op "
            "leren en/of gedrag die de mogelijkheden van de basisschool overstijgt, ook na een arrangement "
            "van minimaal een half jaar; en de leerling heeft baat bij kleinere groepen en een "
            "gespecialiseerd klimaat. Voor het so: daarnaast is sprake van een verstandelijke, lichamelijke "
            "of langdurig medische beperking (cluster 3) of ernstige gedrags- of psychiatrische problematiek "
            "(cluster 4) waarvoor een specialistische onderwijsomgeving nodig is."),
          H2("5.4 Duur en categorie"),
          P("Een TLV sbo geldt in de regel tot het einde van de basisschoolperiode. Een TLV so wordt "
            "afgegeven voor twee jaar, in categorie laag, midden of hoog, gebaseerd op het advies van de "
            "deskundigen."),
          H2("5.5 Niet eens met het besluit"),
          P("Binnen zes weken kunnen ouders bezwaar maken. De Brug vraagt advies aan de Landelijke "
            "Bezwaaradviescommissie Toelaatbaarheidsverklaringen."),
          H2("5.6 Na afloop van de TLV"),
          P("In het laatste jaar van iedere TLV neemt de sbo- of so-school vóór 1 maart het initiatief tot "
            "een evaluatiegesprek met ouders, de leerling waar mogelijk, en een orthopedagoog van De Brug. "
            "Op basis van het OPP wordt bekeken of de leerling kan terugkeren naar een basisschool, of dat "
            "een nieuwe TLV nodig is. De TLV-commissie beslist vóór 1 mei, zodat ouders tijdig een school "
            "kunnen kiezen."),
          P("Ons beleid is dat een leerling terugkeert naar een basisschool dicht bij huis zodra het OPP dat "
            "toelaat. De ontvangende school krijgt een terugkeerarrangement: zes maanden ambulante "
            "begeleiding door de sbo- of so-school en een proefperiode van acht weken. Ook overplaatsing van "
            "so naar sbo is mogelijk als tussenstap."),
          P("In het schooljaar 2024-2025 keerden 23 leerlingen uit sbo en so terug naar een basisschool.")]

    # ---- dekkend aanbod: partial (continuum yes, lacunes deferred); ketenpartners advisory
    b += [H1("6 Het ondersteuningscontinuüm"),
          P("Het aanbod van De Brug is opgebouwd in vier niveaus:"),
          B(["Niveau 1 – basisondersteuning in de groep en de school (hoofdstuk 4);",
             "Niveau 2 – extra ondersteuning in de school met inzet van het ondersteuningsteam en arrangementen;",
             "Niveau 3 – bovenschoolse voorzieningen: de Kangoeroegroep voor meerbegaafde leerlingen, de taalschool in Brugwaarde en de observatiegroep De Kiem;",
             "Niveau 4 – sbo De Vlonder en De Boomgaard; so De Wilgen (cluster 3) en De Meander (cluster 4)."]),
          P("De niveaus sluiten op elkaar aan: een leerling gaat pas naar een volgend niveau als het vorige "
            "aantoonbaar is benut, en keert waar mogelijk terug."),
          P("Thuiszitters en leerlingen zonder passende plek krijgen in de komende planperiode een eigen "
            "uitwerking. Een analyse van de dekkendheid van ons aanbod staat gepland voor 2027.")]

    # ---- resultaten: partial (monitoring yes, doelen deferred); meetbaar advisory
    b += [H1("7 Kwaliteitszorg"),
          P("De Brug werkt met een jaarlijkse kwaliteitscyclus. Het bureau verzamelt elk jaar in september "
            "de volgende gegevens: aantal arrangementen en TLV's, doorlooptijden, verwijzingen naar sbo en "
            "so, terugkeer naar het regulier onderwijs en de tevredenheid van scholen en "
            "ouders. De directeur-bestuurder rapporteert de bereikte resultaten vóór 1 juli in het "
            "jaarverslag; de OPR en de raad van toezicht evalueren de uitkomsten in hun "
            "najaarsvergadering."),
          T([["Bereikt", "2022-2023", "2023-2024", "2024-2025"],
             ["Nieuwe TLV's sbo", "61", "58", "64"],
             ["Nieuwe TLV's so", "37", "41", "39"],
             ["Arrangementen", "212", "236", "251"],
             ["Terugkeer naar basisschool", "17", "19", "23"]]),
          P("De beoogde resultaten voor de planperiode 2026-2030 formuleren we na de evaluatie van het "
            "eerste planjaar en leggen we vast in het jaarplan 2027.")]

    # ---- financien: missing (absent bijlage)
    b += [H1("8 Middelen"),
          P("Het financieel beleid, het verdeelmodel en de meerjarenbegroting van De Brug zijn opgenomen in "
            "het Financieel Kader 2026-2030 (bijlage 5). Dat kader wordt jaarlijks geactualiseerd."),
          P("De Brug streeft naar een sobere bureauorganisatie, zodat zoveel mogelijk middelen de scholen "
            "bereiken.")]

    # ---- ouders: present; betrokkenheid advisory
    b += [H1("9 Ouders"),
          P("Ouders kennen hun kind het best. Daarom betrekken we hen bij elke stap: bij het OPP, bij het "
            "MDO en bij de aanvraag van een TLV."),
          P("Informatie over de ondersteuning vinden ouders in de schoolgids van de school, in de "
            "oudermap van De Brug die elke school bij de intake meegeeft en op onze website. Het bureau "
            "organiseert elk najaar een thema-avond voor ouders."),
          P("Heeft u vragen of bent u het niet eens met de school of met De Brug? Dan kunt u terecht bij het "
            "onafhankelijke Ouder- en Jeugdsteunpunt 'Steunpunt De Oever', dat telefonisch en via een "
            "wekelijks spreekuur bereikbaar is. Bij een vastgelopen situatie kan de onderwijsconsulent "
            "worden ingeschakeld. Voor klachten is De Brug aangesloten bij de Landelijke Klachtencommissie "
            "Onderwijs.")]
    b += [H1("10 Samenwerking met gemeenten")] + oogo(c, detail="light")
    b += [H1("11 Organisatie")] + governance(c) + opr(c, parents=True)
    b += [H1("12 Medewerkers en privacy")] + personeel(c) + ict(c)
    b += [H2("12.1 Landelijke ontwikkelingen")] + landelijk(c) + [H2("12.2 Ontwikkelagenda")] + ontwikkelagenda(c)
    b += [H1("13 Vaststelling")] + vaststelling(c)
    b += [H1("14 Afkortingen"),
          B(["AB – ambulante begeleiding", "MDO – multidisciplinair overleg", "OPP – ontwikkelingsperspectief",
             "OJSP – ouder- en jeugdsteunpunt", "sbo – speciaal basisonderwijs", "so – speciaal onderwijs",
             "TLV – toelaatbaarheidsverklaring", "verdeelmodel – de verdeling van de ondersteuningsmiddelen over de besturen",
             "meerjarenbegroting – begroting van baten en lasten voor vier jaar"])]
    return b


L3 = dict(
    sector="po", looks_like_plan=True,
    elements={"basisondersteuning": "present", "plaatsing": "present", "terugstroom": "present",
              "financien": "missing", "dekkend-aanbod": "partial", "resultaten": "partial", "ouders": "present"},
    criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
              "plaatsing.procedure": True, "plaatsing.criteria": True,
              "terugstroom.procedure": True, "terugstroom.beleid": True,
              "financien.verdeling": False, "financien.besteding": False,
              "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": False,
              "resultaten.doelen": False, "resultaten.monitoring": True,
              "ouders.informatie": True, "ouders.steunpunt": True},
    advisory_addressed={"basisondersteuning": ["borging"],
                        "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
                        "terugstroom": ["monitoring"],
                        "dekkend-aanbod": ["ketenpartners"],
                        "resultaten": ["meetbaar"],
                        "ouders": ["betrokkenheid"]},
    notes={"basisondersteuning": "Ch.4 'Ondersteuning op school': minimum for all 41 schools; the concrete content is only in the domain table; audit every two years.",
           "plaatsing": "Ch.5: who applies, steps, two deskundigen, decision in 6 weeks, sbo/so criteria (5.3), duration/category, bezwaar via LBT.",
           "terugstroom": "Hidden in 5.6 'Na afloop van de TLV' inside the TLV chapter: evaluation before 1 March, decision before 1 May, thuisnabij policy, terugkeerarrangement; figure 23.",
           "financien": "Ch.8 'Middelen' only refers to an absent 'bijlage 5' (Financieel Kader); no verdeelmodel or amounts in the body.",
           "dekkend-aanbod": "Ch.6 describes the four-level continuum; thuiszitters and the dekkendheidsanalyse are deferred ('staat gepland voor 2027').",
           "resultaten": "Ch.7 'Kwaliteitszorg' describes yearly data collection, jaarverslag and evaluation with achieved figures; beoogde resultaten are deferred to jaarplan 2027.",
           "ouders": "Ch.9: schoolgids, oudermap, website, thema-avond; independent Ouder- en Jeugdsteunpunt, onderwijsconsulent, klachtencommissie."},
)


# ================================================================ PLAN 4 (VO, pdf)
C4 = dict(
    name="Samenwerkingsverband Voortgezet Onderwijs Duinstreek", short="Duinstreek",
    code="VO 30-86", sector="vo", period="2026-2030", year0=2026,
    gem_txt="Duinhoven, Strandwijk en Helmdorp",
    gem_rows=[("Duinhoven", 9, 8620), ("Strandwijk", 5, 3390), ("Helmdorp", 3, 1870)],
    n_besturen=8, n_schools=17, fte="16,1", signer="Yasmina El Idrissi",
    opr_date="25 februari 2026", oogo_date="20 januari 2026", dir_date="2 december 2025",
    vast_date="5 maart 2026", insp_date="26 maart 2026", deelname="vso 3,6%, pro 2,9%, lwoo 11,2%",
)


def plan4():
    c = C4
    b = []
    b += toc([("1", "Voorwoord", 3), ("2", "Inleiding en kengetallen", 4), ("3", "Ambitie", 6),
              ("4", "Het netwerk van voorzieningen", 8), ("5", "Toelaatbaarheid", 12),
              ("6", "Terug naar de thuisnabije school", 15), ("7", "Bekostiging en begroting", 17),
              ("8", "Opbrengsten en kwaliteit", 21), ("9", "Bestuur en medezeggenschap", 24),
              ("10", "Samenwerking in de regio", 26), ("11", "Organisatie, personeel en ICT", 28),
              ("12", "Vaststelling", 30), ("13", "Woordenlijst", 31)])
    b.append(("pagebreak", ""))
    b += [H1("1 Voorwoord")] + voorwoord(c) + [
        P("Dit plan verschijnt op een moment dat er landelijk wordt gesproken over een norm voor "
          "basisondersteuning. Wij volgen die ontwikkeling met belangstelling.")]
    b += [H1("2 Inleiding en kengetallen")] + context(c, deelname=True) + [H2("2.1 Totstandkoming")] + totstandkoming(c, parents=False) + [
        H2("2.2 Onderwijs en arbeidsmarkt"),
        P("De Duinstreek kent een sterke toeristische sector en een groeiende techniek- en zorgsector. "
          "Werkgevers zoeken jongeren met praktische vaardigheden. Het praktijkonderwijs en de "
          "entreeopleidingen van het mbo werken daarom samen in een regionaal leerwerkakkoord. Het "
          "samenwerkingsverband is daarbij een van de partners, naast de gemeenten, het UWV en de "
          "werkgeversorganisaties. Jaarlijks vindt een banenmarkt plaats voor leerlingen uit pro en vso."),
        P("Ook voor havo- en vwo-leerlingen met een ondersteuningsbehoefte is de overgang naar "
          "vervolgonderwijs een kwetsbaar moment. De decanen van de scholen hebben hiervoor een netwerk "
          "met de hogescholen in de regio.")]
    b += [H1("3 Ambitie"),
          P("Iedere jongere in de Duinstreek krijgt onderwijs dat past, zo dicht mogelijk bij huis. We "
            "willen dat leerlingen met een ondersteuningsbehoefte even vaak een diploma halen als andere "
            "leerlingen en dat geen jongere thuis komt te zitten."),
          B(["Sterke scholen: elke school kan een brede groep leerlingen bedienen.",
             "Snelle hulp: binnen vier weken een passend antwoord op een ondersteuningsvraag.",
             "Regionale verantwoordelijkheid: we lossen het samen op, ook als het moeilijk wordt.",
             "Verbinding met de jeugdhulp: één kind, één plan."])] + [H2("3.1 Missie en visie")] + visie(c)

    # ---- dekkend aanbod: present (continuum w/o basisondersteuning content; lacunes); ketenpartners
    b += [H1("4 Het netwerk van voorzieningen"),
          P("De Duinstreek beschikt over een samenhangend netwerk van voorzieningen, binnen en tussen de "
            "scholen. Het netwerk kent de volgende onderdelen:"),
          T([["Voorziening", "Voor wie", "Plaatsen"],
             ["Arrangementen extra ondersteuning op de eigen school", "leerlingen met een tijdelijke extra ondersteuningsbehoefte", "ca. 420 per jaar"],
             ["Trajectvoorziening De Overstap (OPDC)", "leerlingen die tijdelijk buiten de klas moeten werken aan gedrag of motivatie, maximaal 12 weken", "40"],
             ["Rebound Helmdorp", "leerlingen na een time-out of schorsing", "16"],
             ["Lwoo op 9 scholen en praktijkonderwijs op 2 scholen", "leerlingen met leerachterstanden", "zie kengetallen"],
             ["Vso cluster 3 en 4 (De Branding, Het Baken)", "leerlingen met een TLV", "ca. 480"],
             ["Onderwijs-zorgarrangement De Duinroos", "leerlingen die onderwijs en intensieve jeugdhulp combineren", "12"]]),
          H2("4.1 Geen jongere zonder plek"),
          P("Jaarlijks in februari maakt het bureau een overzicht van alle leerlingen die langer dan vier "
            "weken zonder passend onderwijsaanbod zaten, van de wachttijden per voorziening en van de "
            "vrijstellingen. De directeur-bestuurder legt dit overzicht met een voorstel tot aanvulling van "
            "het netwerk voor aan het algemeen bestuur."),
          B(["Scholen melden dreigend thuiszitten binnen vijf schooldagen bij de consulent van het samenwerkingsverband.",
             "Het Regionaal Thuiszittersoverleg (leerplicht, jeugdhulp, consulent) bespreekt iedere melding binnen twee weken.",
             "Bij elke thuiszitter wordt een regisseur aangewezen die binnen zes weken een plan voor terugkeer naar onderwijs maakt.",
             "Wanneer een school haar zorgplicht niet rond krijgt, neemt de consulent de regie over."])]

    # ---- plaatsing: partial (criteria yes; procedure only on website); duur-categorie advisory
    b += [H1("5 Toelaatbaarheid"),
          P("Het samenwerkingsverband beslist over toelaatbaarheid tot het vso en het praktijkonderwijs en "
            "over de aanwijzing voor lwoo. De aanvraagprocedure, de termijnen en de samenstelling van de "
            "toelaatbaarheidscommissie staan op www.duinstreek-vo.nl/toelaatbaarheid."),
          H2("5.1 Criteria vso"),
          B(["De ondersteuningsbehoefte van de leerling is zo groot of specifiek dat zij niet met een arrangement op een reguliere school kan worden geboden.",
             "Er is een OPP dat ten minste één keer met de leerling is geëvalueerd en waaruit blijkt dat de doelen in het regulier onderwijs niet haalbaar zijn.",
             "Er is sprake van een cluster 3-beperking of van cluster 4-problematiek die door een deskundige is vastgesteld."]),
          H2("5.2 Criteria pro en lwoo"),
          P("Voor praktijkonderwijs en lwoo volgt de Duinstreek de landelijke criteria. Voor pro: IQ van 55 "
            "tot en met 80 en een leerachterstand van ten minste drie jaar op ten minste twee domeinen. Voor "
            "lwoo: IQ van 75 tot en met 90 met een leerachterstand van 1,5 tot 3 jaar op ten minste één "
            "domein, of IQ van 91 tot en met 120 met een leerachterstand en sociaal-emotionele problematiek."),
          H2("5.3 Duur en categorie"),
          P("Een vso-TLV wordt afgegeven voor ten hoogste twee schooljaren. De bekostigingscategorie (laag, "
            "midden of hoog) volgt uit de aard van de beperking; bij meervoudige beperkingen geldt in de "
            "regel categorie hoog.")]

    # ---- terugstroom: present, unusual wording
    b += [H1("6 Terug naar de thuisnabije school"),
          P("Het vso is voor veel jongeren een tussenstation. Wij vinden dat een leerling weer naar een "
            "reguliere vo-school gaat zodra dat verantwoord is. Voorwaarden zijn een stabiele situatie van "
            "ten minste een half jaar en een ontvangende school die de ondersteuning uit het OPP kan bieden. "
            "Na de overstap blijft de vso-school een jaar lang betrokken met begeleiding op de nieuwe school "
            "en is er een 'warme lijn' terug als het toch niet lukt."),
          P("Hoe dat in zijn werk gaat:"),
          B(["Elke vso-school bespreekt ieder jaar in oktober bij de OPP-evaluatie of een overstap naar het regulier vo mogelijk is.",
             "In het laatste jaar van de TLV is die bespreking verplicht; de vso-school nodigt daarvoor de consulent van het samenwerkingsverband uit.",
             "Is een overstap mogelijk, dan zoekt de vso-school samen met de consulent vóór 1 april een ontvangende school; het bureau stelt het overgangsarrangement vast.",
             "Is een overstap niet mogelijk, dan vraagt de vso-school tijdig een nieuwe TLV aan.",
             "Na drie en na twaalf maanden evalueren de ontvangende school en de vso-school de overstap."]),
          P("In het schooljaar 2024-2025 stapten 31 leerlingen over van het vso naar het regulier vo; 26 van "
            "hen zaten een jaar later nog op die school.")]

    # ---- financien: present, mostly tables; reserves advisory
    b += [H1("7 Bekostiging en begroting"),
          P("De verdeling van de middelen is samengevat in de onderstaande tabel. Het algemeen bestuur stelt "
            "de verdeling jaarlijks in oktober vast voor het volgende kalenderjaar."),
          T([["Budget", "Verdeling", "Bedrag 2026"],
             ["Basisbudget scholen", "€ 165 per leerling (teldatum 1 oktober)", "€ 2.290.000"],
             ["Lwoo", "€ 4.150 per lwoo-leerling, naar het bestuur", "€ 5.520.000"],
             ["Praktijkonderwijs", "€ 4.900 per pro-leerling", "€ 2.010.000"],
             ["Trajectvoorziening en Rebound", "vast budget, in beheer bij het samenwerkingsverband", "€ 1.340.000"],
             ["Arrangementen", "op aanvraag, € 2.500 tot € 12.000 per arrangement", "€ 1.480.000"]]),
          P("Meerjarenbegroting (x € 1.000):"),
          T([["", "2026", "2027", "2028", "2029"],
             ["Rijksbijdrage ondersteuning", "22.140", "21.880", "21.600", "21.350"],
             ["Afdracht vso (DUO)", "8.210", "8.160", "8.100", "8.050"],
             ["Basisbudget scholen", "2.290", "2.260", "2.230", "2.200"],
             ["Lwoo en pro", "7.530", "7.430", "7.330", "7.230"],
             ["Voorzieningen en arrangementen", "2.820", "2.800", "2.780", "2.760"],
             ["Bureau", "1.240", "1.260", "1.270", "1.280"],
             ["Saldo", "50", "-30", "-110", "-170"]]),
          P("De negatieve saldi vanaf 2027 worden gedekt uit de algemene reserve, die daarmee eind 2029 "
            "uitkomt op het niveau van de signaleringswaarde.")]

    # ---- resultaten: present
    b += [H1("8 Opbrengsten en kwaliteit"),
          P("Beoogde resultaten 2026-2030:"),
          B(["Het aantal leerlingen dat langer dan drie maanden thuiszit, daalt van 19 (2025) naar maximaal 6.",
             "90 procent van de leerlingen met een arrangement stroomt door naar het volgende leerjaar of haalt een diploma.",
             "Ten minste 25 leerlingen per jaar stappen over van het vso naar het regulier vo.",
             "Alle TLV-besluiten worden binnen zes weken genomen."]),
          P("We meten deze resultaten twee keer per jaar met een monitor die gegevens combineert uit de "
            "leerlingadministraties, DUO en de registratie van het bureau. De monitor wordt besproken in "
            "het algemeen bestuur en samengevat in het jaarverslag. Eens per twee jaar laten we een externe "
            "evaluatie uitvoeren.")]
    b += [H1("9 Bestuur en medezeggenschap")] + governance(c) + opr(c, parents=False)
    b += [H1("10 Samenwerking in de regio")] + oogo(c, detail="full")
    b += [H1("11 Organisatie, personeel en ICT")] + personeel(c) + ict(c)
    b += [H2("11.1 Landelijke ontwikkelingen")] + landelijk(c) + [H2("11.2 Ontwikkelagenda")] + ontwikkelagenda(c)
    b += [H1("12 Vaststelling")] + vaststelling(c)
    b += [H1("13 Woordenlijst"),
          T([["Begrip", "Uitleg"],
             ["Basisondersteuning", "de ondersteuning die alle scholen in het samenwerkingsverband minimaal bieden"],
             ["Informatie aan ouders", "de wijze waarop ouders worden geïnformeerd over ondersteuning"],
             ["OJSP", "ouder- en jeugdsteunpunt, onafhankelijke hulp voor ouders en jongeren"],
             ["OPDC", "orthopedagogisch-didactisch centrum"],
             ["TLV", "toelaatbaarheidsverklaring"],
             ["Schoolondersteuningsprofiel", "beschrijving van de ondersteuning die een school biedt"]])]
    return b


L4 = dict(
    sector="vo", looks_like_plan=True,
    elements={"basisondersteuning": "missing", "plaatsing": "partial", "terugstroom": "present",
              "financien": "present", "dekkend-aanbod": "present", "resultaten": "present", "ouders": "missing"},
    criteria={"basisondersteuning.niveau": False, "basisondersteuning.inhoud": False,
              "plaatsing.procedure": False, "plaatsing.criteria": True,
              "terugstroom.procedure": True, "terugstroom.beleid": True,
              "financien.verdeling": True, "financien.besteding": True,
              "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
              "resultaten.doelen": True, "resultaten.monitoring": True,
              "ouders.informatie": False, "ouders.steunpunt": False},
    advisory_addressed={"plaatsing": ["duur-categorie"],
                        "terugstroom": ["monitoring"],
                        "financien": ["reserves"],
                        "dekkend-aanbod": ["ketenpartners"],
                        "resultaten": ["meetbaar"]},
    notes={"basisondersteuning": "No section; only a passing voorwoord remark on the landelijke norm and a woordenlijst entry; ch.4 starts at extra ondersteuning.",
           "plaatsing": "Ch.5 gives vso/pro/lwoo criteria and duration/category, but procedure, termijnen and commissie are only on a website.",
           "terugstroom": "Ch.6 'Terug naar de thuisnabije school' (no 'terugplaatsing' word): conditions, one-year follow-up, yearly OPP check, steps before 1 April, figures.",
           "financien": "Ch.7 'Bekostiging en begroting': verdeling table with per-leerling amounts, AB decides in October, meerjarenbegroting table, reserve.",
           "dekkend-aanbod": "Ch.4 table of voorzieningen within/between schools; 4.1 yearly gap overview, thuiszittersoverleg, zorgplicht; OOGO in ch.10.",
           "resultaten": "Ch.8 'Opbrengsten en kwaliteit': numeric beoogde resultaten and a twice-yearly monitor, jaarverslag, external evaluation.",
           "ouders": "Nothing on informing parents or independent help; only the running header, a woordenlijst entry and OPR procedure without parents' role."},
)


# ================================================================ PLAN 5 (PO, md)
C5 = dict(
    name="Samenwerkingsverband Passend Onderwijs Eemkust", short="Eemkust",
    code="PO 30-48", sector="po", period="2026-2030", year0=2026,
    gem_txt="Eemkust, Nijwold en Polderveen",
    gem_rows=[("Eemkust", 18, 4310), ("Nijwold", 9, 1620), ("Polderveen", 6, 980)],
    n_besturen=5, n_schools=33, fte="7,9", signer="Jeroen Hoekstra",
    opr_date="12 maart 2026", oogo_date="5 februari 2026", dir_date="15 januari 2026",
    vast_date="18 maart 2026", insp_date="9 april 2026", deelname="",
)


def plan5():
    c = C5
    b = []
    b += toc([("1", "Voorwoord", ""), ("2", "Eemkust in het kort", ""), ("3", "Missie en visie", ""),
              ("4", "Onze belofte aan ieder kind", ""), ("5", "Toelaatbaarheid en arrangementen", ""),
              ("6", "Van de speciale school naar de wijkschool", ""), ("7", "Kinderen zonder passende plek", ""),
              ("8", "Waar het geld naartoe gaat", ""), ("9", "Ambities en resultaten", ""),
              ("10", "Ouders", ""), ("11", "Gemeenten en jeugdhulp", ""), ("12", "Bestuur en medezeggenschap", ""),
              ("13", "Bureau, personeel en ICT", ""), ("14", "Planning", ""), ("15", "Begrippen", "")])
    b += [H1("1 Voorwoord")] + voorwoord(c)
    b += [H1("2 Eemkust in het kort")] + context(c) + [H2("2.1 Hoe dit plan tot stand kwam")] + totstandkoming(c)
    b += [H1("3 Missie en visie")] + visie(c) + [
        H2("3.1 Terugblik op de vorige planperiode"),
        P("In de vorige planperiode hebben we veel geleerd. De samenwerking tussen de vijf besturen is "
          "hechter geworden, het ondersteuningsteam is uitgebreid en we hebben de eerste stappen gezet naar "
          "een regionale aanpak voor hoogbegaafde leerlingen. Tegelijk constateerden de OPR en de raad van "
          "toezicht dat het vorige plan op onderdelen te algemeen was. Dit plan is daarom korter en op "
          "hoofdlijnen geschreven; de uitwerking volgt in jaarplannen."),
        H2("3.2 Het jonge kind"),
        P("We willen ondersteuningsbehoeften eerder signaleren. Daarom zoeken we aansluiting bij de "
          "voorschoolse voorzieningen en het consultatiebureau. De komende jaren verkennen we met de "
          "gemeenten hoe de overdracht van peuteropvang naar basisschool kan verbeteren.")]

    # ---- basisondersteuning: present in unusual wording (no word 'basisondersteuning' in the body)
    b += [H1("4 Onze belofte aan ieder kind"),
          P("Wat krijgt een kind op welke Eemkust-school dan ook, zonder dat daar een aanvraag of "
            "verwijzing voor nodig is? Daarover hebben de vijf besturen een bindende afspraak gemaakt: de "
            "Eemkust-standaard. De standaard is de ondergrens voor alle 33 scholen en hun nevenvestigingen. "
            "Geen enkele school biedt minder; scholen mogen meer bieden."),
          P("De Eemkust-standaard betekent voor ieder kind:"),
          B(["een leerkracht die handelingsgericht werkt en de onderwijsbehoefte van het kind in het groepsplan beschrijft;",
             "een intern begeleider die binnen twee weken na een zorgsignaal met de ouders in gesprek gaat;",
             "vroegtijdige signalering en begeleiding van lees- en rekenproblemen, inclusief het dyslexieprotocol;",
             "een aanpak voor sociale veiligheid met een pestcoördinator en een jaarlijkse meting;",
             "verrijkingsstof en een eigen leerroute voor kinderen die meer aankunnen;",
             "afspraken over medische handelingen en medicijngebruik onder schooltijd;",
             "een ontwikkelingsperspectief als het kind een eigen leerlijn volgt;",
             "consultatie van de orthopedagoog van Eemkust, ten minste zes keer per jaar per school."]),
          P("Scholen nemen de standaard op in hun schoolgids.")]

    # ---- plaatsing: missing (only passing mentions)
    b += [H1("5 Toelaatbaarheid en arrangementen"),
          P("Het samenwerkingsverband heeft de wettelijke taak om te beslissen over de toelaatbaarheid tot "
            "het speciaal basisonderwijs en het speciaal onderwijs. Hoe de route naar een "
            "toelaatbaarheidsverklaring verloopt en welke eisen daarbij gelden, leest u in de handreiking "
            "'Route extra ondersteuning' op onze website."),
          P("De werkwijze rond arrangementen en toelaatbaarheid wordt in 2026 geëvalueerd met scholen en "
            "ouders.")]

    # ---- terugstroom: partial (procedure yes; beleid deferred)
    b += [H1("6 Van de speciale school naar de wijkschool"),
          P("Zo verloopt de overstap van een leerling uit het sbo of so naar een reguliere basisschool:"),
          B(["Stap 1 – De sbo- of so-school bespreekt elk jaar in januari, bij de evaluatie van het OPP, of een overstap naar een reguliere basisschool in beeld is.",
             "Stap 2 – In het laatste jaar van de TLV is een overstapgesprek verplicht. De speciale school nodigt ouders en de consulent van Eemkust uit.",
             "Stap 3 – De consulent adviseert binnen drie weken; de directeur-bestuurder besluit vóór 1 april of de overstap doorgaat.",
             "Stap 4 – De speciale school en de ontvangende school dragen de leerling warm over; na tien weken en na een half jaar volgt een evaluatie.",
             "Is een overstap (nog) niet passend, dan volgt de gewone route voor een nieuwe TLV."]),
          P("Welke uitgangspunten en voorwaarden wij bij terug- en overplaatsing hanteren, en welke "
            "begeleiding een leerling na de overstap krijgt, leggen we vast in de beleidsnotitie "
            "'Terug en door', die in het voorjaar van 2027 ter instemming aan de OPR wordt voorgelegd.")]

    # ---- dekkend aanbod: partial (lacunes yes; continuum deferred)
    b += [H1("7 Kinderen zonder passende plek"),
          P("Geen kind hoort thuis te zitten. Toch gebeurt het. Eemkust hanteert daarom de volgende aanpak:"),
          B(["Iedere school meldt een kind dat langer dan vijf schooldagen ongeoorloofd of zonder passend aanbod afwezig is bij het meldpunt van Eemkust.",
             "Binnen tien schooldagen organiseert de consulent een overleg met ouders, school, leerplicht en zo nodig het jeugdteam.",
             "Er wordt één regisseur aangewezen, die binnen vier weken een plan maakt voor terugkeer naar onderwijs.",
             "Kan de school van inschrijving haar zorgplicht niet waarmaken, dan zoekt Eemkust binnen zes weken een andere school die het kind wel kan plaatsen.",
             "Elk jaar in mei inventariseren we welke kinderen zonder passende plek waren en welk aanbod ontbrak; de raad van toezicht besluit daarna over nieuwe voorzieningen."]),
          P("Een samenhangend overzicht van alle voorzieningen in en tussen de scholen – van de "
            "Eemkust-standaard tot het speciaal onderwijs – stellen we in 2026-2027 op als "
            "'ondersteuningskaart'.")]

    # ---- financien: partial (besteding yes; verdeling deferred)
    b += [H1("8 Waar het geld naartoe gaat"),
          P("Eemkust ontvangt ongeveer € 7,1 miljoen per jaar aan ondersteuningsmiddelen. Het geld wordt "
            "besteed aan:"),
          T([["Bestemming (x € 1.000)", "2026", "2027", "2028", "2029"],
             ["Afdrachten sbo en so (DUO)", "2.940", "2.910", "2.880", "2.850"],
             ["Ondersteuningsbudget schoolbesturen", "2.260", "2.230", "2.190", "2.160"],
             ["Arrangementen en ondersteuningsteam", "980", "970", "960", "950"],
             ["Hoogbegaafdheid (bovenschools)", "240", "240", "230", "230"],
             ["Ouder- en Jeugdsteunpunt", "85", "85", "90", "90"],
             ["Bureau en bestuur", "610", "620", "630", "640"],
             ["Totaal lasten", "7.115", "7.055", "6.980", "6.920"]]),
          P("De sleutel waarmee het ondersteuningsbudget over de schoolbesturen wordt verdeeld, is aan "
            "herziening toe. Het nieuwe verdeelmodel volgt; het wordt na instemming van de OPR aan dit plan "
            "toegevoegd. Tot dan ontvangen de besturen een voorschot."),
          P("Over reserves: Eemkust heeft geen bovenmatige reserve; de algemene reserve bedraagt "
            "€ 0,9 miljoen.")]

    # ---- resultaten: missing (deferral only)
    b += [H1("9 Ambities en resultaten"),
          P("Samen met de OPR en de directeuren formuleren we in het eerste planjaar welke resultaten we "
            "voor kinderen met een ondersteuningsbehoefte willen bereiken, en hoe we die gaan volgen. Die "
            "uitwerking wordt onderdeel van het jaarplan 2027."),
          P("Resultaten zijn voor ons meer dan cijfers: het gaat om kinderen die zich gezien voelen.")]

    # ---- ouders: partial (steunpunt yes; informatie deferred); betrokkenheid advisory
    b += [H1("10 Ouders"),
          P("Hoe we ouders informeren over de ondersteuningsmogelijkheden in Eemkust, werken we uit in het "
            "communicatieplan dat in de loop van 2026 verschijnt."),
          P("Loopt u als ouder vast, of bent u het niet eens met de school? Het Ouder- en Jeugdsteunpunt "
            "Eemkust denkt onafhankelijk met u mee. Het steunpunt is niet in dienst van een school of "
            "bestuur, kan bemiddelen in een gesprek met school en is bereikbaar via telefoon, mail en een "
            "spreekuur op woensdagochtend. Daarnaast kunt u gratis een onderwijsconsulent inschakelen. Bij "
            "een geschil over toelating, verwijdering of het OPP kunt u naar de Geschillencommissie Passend "
            "Onderwijs."),
          P("Ouders zijn gesprekspartner bij het OPP; kinderen worden gehoord over hun eigen "
            "ontwikkelingsperspectief.")]
    b += [H1("11 Gemeenten en jeugdhulp")] + oogo(c, detail="light")
    b += [H1("12 Bestuur en medezeggenschap")] + governance(c) + opr(c, parents=True)
    b += [H1("13 Bureau, personeel en ICT")] + personeel(c) + ict(c)
    b += [H2("13.1 Landelijke ontwikkelingen")] + landelijk(c) + [H2("13.2 Ontwikkelagenda")] + ontwikkelagenda(c)
    b += [H1("14 Planning"),
          T([["Wanneer", "Wat"],
             ["2026", "nieuw verdeelmodel; communicatieplan; evaluatie arrangementen en toelaatbaarheid"],
             ["voorjaar 2027", "beleidsnotitie 'Terug en door'"],
             ["2026-2027", "ondersteuningskaart"],
             ["2027", "jaarplan met ambities en resultaten"],
             ["2029-2030", "evaluatie en nieuw plan"]])] + vaststelling(c)
    b += [H1("15 Begrippen"),
          B(["Basisondersteuning: de Eemkust-standaard, de ondergrens van ondersteuning op elke school.",
             "Dekkend aanbod: voor ieder kind een passende plek.",
             "Toelaatbaarheidsverklaring (TLV): besluit van het samenwerkingsverband dat een kind naar sbo of so mag.",
             "Criteria toelaatbaarheid: de eisen waaraan een aanvraag voor een TLV moet voldoen.",
             "Beoogde resultaten: wat we willen bereiken.",
             "Informatievoorziening ouders: hoe ouders worden geïnformeerd."])]
    return b


L5 = dict(
    sector="po", looks_like_plan=True,
    elements={"basisondersteuning": "present", "plaatsing": "missing", "terugstroom": "partial",
              "financien": "partial", "dekkend-aanbod": "partial", "resultaten": "missing", "ouders": "partial"},
    criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
              "plaatsing.procedure": False, "plaatsing.criteria": False,
              "terugstroom.procedure": True, "terugstroom.beleid": False,
              "financien.verdeling": False, "financien.besteding": True,
              "dekkend-aanbod.continuum": False, "dekkend-aanbod.lacunes": True,
              "resultaten.doelen": False, "resultaten.monitoring": False,
              "ouders.informatie": False, "ouders.steunpunt": True},
    advisory_addressed={"financien": ["reserves"],
                        "dekkend-aanbod": ["ketenpartners"],
                        "ouders": ["betrokkenheid"]},
    notes={"basisondersteuning": "Ch.4 'Onze belofte aan ieder kind': the 'Eemkust-standaard' is the ondergrens for all 33 schools with a concrete list; the word basisondersteuning only in the begrippen.",
           "plaatsing": "Ch.5 only names the legal task and refers to a website handreiking; evaluation '2026'; criteria only in the begrippenlijst.",
           "terugstroom": "Ch.6 'Van de speciale school naar de wijkschool' has steps, actors, dates; aims, conditions and support after return deferred to notitie 'Terug en door' (2027).",
           "financien": "Ch.8 'Waar het geld naartoe gaat' has a multi-year spending table with amounts; the verdeelmodel 'volgt'.",
           "dekkend-aanbod": "Ch.7 'Kinderen zonder passende plek' covers thuiszitters, zorgplicht and yearly gap inventory; the continuum is deferred to a 'ondersteuningskaart'.",
           "resultaten": "Ch.9 only defers the beoogde resultaten and monitoring to jaarplan 2027.",
           "ouders": "Ch.10: independent Ouder- en Jeugdsteunpunt, onderwijsconsulent, Geschillencommissie; informing parents is deferred to a communicatieplan."},
)


# ================================================================ NEAR-MISS (school-level plan, html)
def nearmiss():
    b = []
    b += [H1("1 Inleiding"),
          P("Dit ondersteuningsplan beschrijft hoe basisschool De Klimop in Heerwijk de ondersteuning aan "
            "haar leerlingen organiseert in het schooljaar 2025-2026. Het plan is opgesteld door de intern "
            "begeleider en de directeur en besproken met het team en de medezeggenschapsraad. Het is een "
            "uitwerking van ons schoolondersteuningsprofiel en van de afspraken binnen het "
            "samenwerkingsverband Passend Primair Onderwijs Maasveld-Oost, waarbij onze school is "
            "aangesloten."),
          P("De Klimop telt 236 leerlingen in tien groepen. Ongeveer achttien procent van de leerlingen "
            "heeft op enig moment extra ondersteuning nodig. Het plan wordt elk jaar in juni geëvalueerd."),
          H1("2 Visie op ondersteuning"),
          P("Op De Klimop werken we handelingsgericht. We kijken naar wat een kind nodig heeft en wat de "
            "leerkracht nodig heeft om dat te bieden. Ouders zijn onze partners: zij kennen hun kind het "
            "best."),
          H1("3 De zorgniveaus op De Klimop"),
          P("Wij onderscheiden vijf zorgniveaus:"),
          T([["Niveau", "Omschrijving", "Wie"],
             ["1", "Algemene zorg in de groep: goed lesgeven, differentiëren in drie niveaus", "Leerkracht"],
             ["2", "Extra zorg in de groep: verlengde instructie, pre-teaching", "Leerkracht, na groepsbespreking"],
             ["3", "Speciale zorg na intern overleg: handelingsplan, remedial teaching", "Leerkracht en IB'er"],
             ["4", "Speciale zorg na extern onderzoek: ondersteuningsteam, arrangement van het samenwerkingsverband", "IB'er, orthopedagoog, ouders"],
             ["5", "Verwijzing: aanvraag toelaatbaarheidsverklaring sbo of so via het samenwerkingsverband", "Directeur, IB'er, ouders"]]),
          H1("4 Groepsbesprekingen en leerlingbesprekingen"),
          P("Drie keer per jaar, in oktober, februari en juni, voert de intern begeleider met iedere "
            "leerkracht een groepsbespreking. Daarin bespreken we de resultaten van de methodetoetsen en het "
            "leerlingvolgsysteem, het groepsoverzicht en de leerlingen die extra aandacht vragen."),
          B(["Voorafgaand aan de bespreking vult de leerkracht het groepsoverzicht in.",
             "De IB'er analyseert de tussenopbrengsten per vak.",
             "Afspraken worden vastgelegd in het groepsplan.",
             "Leerlingen voor wie het groepsplan niet volstaat, komen in de leerlingbespreking."]),
          H1("5 Basisondersteuning op onze school"),
          P("Onze basisondersteuning is beschreven in het schoolondersteuningsprofiel. Kort samengevat:"),
          B(["dyslexieprotocol en begeleiding door de leesspecialist;",
             "Kanjertraining in alle groepen;",
             "plusgroep op dinsdagmiddag voor groep 5 tot en met 8;",
             "medicijnprotocol;",
             "een intern begeleider (0,6 fte) en een gedragsspecialist (0,2 fte)."]),
          H1("6 Extra ondersteuning en het samenwerkingsverband"),
          P("Als de ondersteuning op onze school niet volstaat, schakelen we het ondersteuningsteam van het "
            "samenwerkingsverband in. Het samenwerkingsverband kan een arrangement toekennen. Wanneer een "
            "plaats in het sbo of so nodig lijkt, vraagt ons bestuur een toelaatbaarheidsverklaring (TLV) "
            "aan. De procedure en de criteria daarvoor staan in het ondersteuningsplan van het "
            "samenwerkingsverband."),
          P("Leerlingen die vanuit het sbo terugkeren naar De Klimop, krijgen een wenperiode van vier weken "
            "en een vast aanspreekpunt. Zo'n terugplaatsing bereiden we voor met de sbo-school."),
          H1("7 Middelen"),
          P("De Klimop ontvangt via het bestuur een deel van het schoolbudget van het samenwerkingsverband. "
            "In 2025-2026 besteden we deze middelen als volgt: € 21.000 voor de uren van de "
            "gedragsspecialist, € 9.500 voor remedial teaching en € 4.000 voor scholing van het team. Over "
            "de besteding leggen we verantwoording af aan het bestuur."),
          H1("8 Ouders"),
          P("Ouders worden bij de intake geïnformeerd over de ondersteuning op school. Bij zorgen neemt de "
            "leerkracht contact op; vanaf niveau 3 is de IB'er bij de gesprekken. Voor een OPP vragen we "
            "instemming van de ouders op het handelingsdeel. Ouders met vragen of klachten kunnen terecht "
            "bij de vertrouwenspersoon van de school, en daarnaast bij het Ouder- en Jeugdsteunpunt van het "
            "samenwerkingsverband."),
          H1("9 Opbrengsten en evaluatie"),
          P("We streven ernaar dat 85 procent van de leerlingen op of boven het landelijk gemiddelde "
            "scoort bij de doorstroomtoets. In juni evalueren we met het team de tussenopbrengsten, de "
            "effecten van de handelingsplannen en het aantal verwijzingen. De uitkomsten komen in het "
            "jaarverslag van de school."),
          H1("10 Taakverdeling"),
          T([["Functie", "Taken"],
             ["Leerkracht", "signaleren, groepsplan, contact met ouders"],
             ["Intern begeleider", "groepsbesprekingen, leerlingbesprekingen, contact met het ondersteuningsteam"],
             ["Directeur", "eindverantwoordelijk, aanvraag TLV namens het bestuur"],
             ["Gedragsspecialist", "observaties, coaching van leerkrachten"]])]
    return b


def write_html(blocks, path, title_lines):
    import html
    out = ["<!DOCTYPE html>", '<html lang="nl"><head><meta charset="utf-8">',
           f"<title>{html.escape(title_lines[0])}</title></head><body>",
           f"<h1>{html.escape(title_lines[0])}</h1>"]
    for t in title_lines[1:]:
        out.append(f"<p><em>{html.escape(t)}</em></p>")
    for kind, val in blocks:
        if kind == "h1":
            out.append(f"<h2>{html.escape(val)}</h2>")
        elif kind == "h2":
            out.append(f"<h3>{html.escape(val)}</h3>")
        elif kind == "p":
            out.append(f"<p>{html.escape(val)}</p>")
        elif kind == "b":
            out.append("<ul>" + "".join(f"<li>{html.escape(i)}</li>" for i in val) + "</ul>")
        elif kind == "t":
            rows = []
            for i, row in enumerate(val):
                tag = "th" if i == 0 else "td"
                rows.append("<tr>" + "".join(f"<{tag}>{html.escape(str(c))}</{tag}>" for c in row) + "</tr>")
            out.append("<table border=\"1\">" + "".join(rows) + "</table>")
    out.append("</body></html>")
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


LN = dict(
    sector="po", looks_like_plan=False, elements={}, criteria={}, advisory_addressed={},
    notes={"document": "School-level 'ondersteuningsplan' of basisschool De Klimop (zorgniveaus, groepsbesprekingen, own SOP); it is not the samenwerkingsverband's plan and refers to the SWV's plan for procedure and criteria."},
)


# ================================================================ labels + main
ORDER = ["basisondersteuning.niveau", "basisondersteuning.inhoud", "plaatsing.procedure", "plaatsing.criteria",
         "terugstroom.procedure", "terugstroom.beleid", "financien.verdeling", "financien.besteding",
         "dekkend-aanbod.continuum", "dekkend-aanbod.lacunes", "resultaten.doelen", "resultaten.monitoring",
         "ouders.informatie", "ouders.steunpunt"]
ELS = ["basisondersteuning", "plaatsing", "terugstroom", "financien", "dekkend-aanbod", "resultaten", "ouders"]


def q(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def write_label(path, docs, lab):
    lines = [f"documents: [{', '.join(docs)}]", f"sector: {lab['sector']}",
             f"looks_like_plan: {'true' if lab['looks_like_plan'] else 'false'}"]
    if lab["elements"]:
        lines.append("elements: {" + ", ".join(f"{e}: {lab['elements'][e]}" for e in ELS) + "}")
        lines.append("criteria:")
        for k in ORDER:
            lines.append(f"  {k}: {'true' if lab['criteria'][k] else 'false'}")
    else:
        lines += ["elements: {}", "criteria: {}"]
    if lab["advisory_addressed"]:
        lines.append("advisory_addressed:")
        for e in ELS:
            if e in lab["advisory_addressed"]:
                lines.append(f"  {e}: [{', '.join(lab['advisory_addressed'][e])}]")
    else:
        lines.append("advisory_addressed: {}")
    lines.append("notes:")
    for k, v in lab["notes"].items():
        lines.append(f"  {k}: {q(v)}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    # consistency check of the status rule
    if lab["elements"]:
        for e in ELS:
            core = [lab["criteria"][k] for k in ORDER if k.startswith(e + ".")]
            st = lab["elements"][e]
            if all(core):
                assert st == "present", (path, e)
            elif any(core) or e in lab["advisory_addressed"]:
                assert st == "partial", (path, e)
            else:
                assert st == "missing", (path, e)


def main():
    jobs = [
        ("po-maasveld-oost-2026", "docx", plan1, C1, L1,
         "Ondersteuningsplan 2026-2030 | SWV PO 30-91 Maasveld-Oost | concept na instemming OPR"),
        ("vo-kempenhaven-2026", "docx", plan2, C2, L2,
         "SWV VO Kempenhaven – Ondersteuningsplan 2026-2030 – basisondersteuning, toewijzing, dekkend aanbod"),
        ("po-de-brug-2026", "pdf", plan3, C3, L3,
         "Ondersteuningsplan De Brug 2026-2030 – financiën en middelen zie bijlage 5"),
        ("vo-duinstreek-2026", "pdf", plan4, C4, L4,
         "Duinstreek VO 30-86 – Passend onderwijs voor alle leerlingen en hun ouders"),
        ("po-eemkust-2026", "md", plan5, C5, L5, ""),
    ]
    for stem, fmt, fn, c, lab, header in jobs:
        blocks = fn()
        title = [f"Ondersteuningsplan {c['period']}", c["name"], f"Registratienummer {c['code']}",
                 f"Vastgesteld {c['vast_date']}"]
        out = OUT / f"{stem}.{fmt}"
        if fmt == "docx":
            write_docx(blocks, out, header, title)
        elif fmt == "pdf":
            docx_to_pdf(blocks, out, header, title)
        else:
            write_md(blocks, out, title)
        write_label(OUT / f"{stem}.expected.yaml", [out.name], lab)
        print(f"{out.name}: {word_count(blocks)} words")
    nm = nearmiss()
    out = OUT / "po-klimop-schoolondersteuningsplan.html"
    write_html(nm, out, ["Ondersteuningsplan 2025-2026", "Basisschool De Klimop, Heerwijk",
                         "Aangesloten bij Samenwerkingsverband Passend Primair Onderwijs Maasveld-Oost (PO 30-91)"])
    write_label(OUT / "po-klimop-schoolondersteuningsplan.expected.yaml", [out.name], LN)
    print(f"{out.name}: {word_count(nm)} words")


if __name__ == "__main__":
    main()
