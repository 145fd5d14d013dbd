#!/usr/bin/env python3
"""Generate the holdout174 test set for opcheck.

Five fictional ondersteuningsplannen of samenwerkingsverbanden passend onderwijs (PO and VO) and one
near-miss document (a school-level "ondersteuningsplan" of a single VO school), each with a
hand-written label file <name>.expected.yaml.

Deterministic, no network. Output goes to the folder above this script's folder.
PDFs are rendered from the generated .docx with LibreOffice (soffice --headless).
"""
import html
import io
import os
import shutil
import subprocess
import sys
import tempfile
import zipfile
from datetime import datetime
from pathlib import Path

import docx
from docx.enum.text import WD_BREAK
from docx.shared import Pt

OUT = Path(__file__).resolve().parent.parent
FIXED_DT = datetime(2026, 2, 1, 12, 0, 0)


# --------------------------------------------------------------------------------------------
# Block helpers
# --------------------------------------------------------------------------------------------
def H1(t):
    return ("h1", t)


def H2(t):
    return ("h2", t)


def P(t):
    return ("p", t)


def UL(items):
    return ("ul", list(items))


def OL(items):
    return ("ol", list(items))


def TBL(rows, caption=None):
    return ("table", rows, caption)


def glossary(title, entries):
    out = [H1(title)]
    out.append(TBL([["Term", "Betekenis"]] + [[a, b] for a, b in entries]))
    return out


# --------------------------------------------------------------------------------------------
# Renderers
# --------------------------------------------------------------------------------------------
def toc_entries(doc):
    entries = [b[1] for b in doc["blocks"] if b[0] == "h1"]
    return entries + doc.get("toc_extra", [])


def write_docx(doc, path):
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    sec = d.sections[0]
    sec.header.paragraphs[0].text = doc["header"]
    sec.footer.paragraphs[0].text = doc.get("footer", doc["header"])
    # title page
    d.add_paragraph(doc["title"], style="Title")
    for line in doc["subtitle"]:
        d.add_paragraph(line)
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    # table of contents (plain text, as many real plans have it)
    d.add_paragraph(doc.get("toc_title", "Inhoud"), style="Heading 1")
    for i, e in enumerate(toc_entries(doc)):
        d.add_paragraph(f"{e} {'.' * 12} {3 + 2 * i}")
    d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    for b in doc["blocks"]:
        kind = b[0]
        if kind == "h1":
            d.add_paragraph(b[1], style="Heading 1")
        elif kind == "h2":
            d.add_paragraph(b[1], style="Heading 2")
        elif kind == "p":
            d.add_paragraph(b[1])
        elif kind == "ul":
            for it in b[1]:
                d.add_paragraph(it, style="List Bullet")
        elif kind == "ol":
            for it in b[1]:
                d.add_paragraph(it, style="List Number")
        elif kind == "table":
            rows, caption = b[1], b[2]
            if caption:
                d.add_paragraph(caption).runs[0].italic = True
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for r, row in enumerate(rows):
                for c, val in enumerate(row):
                    t.cell(r, c).text = val
            d.add_paragraph("")
        else:
            raise ValueError(kind)
    cp = d.core_properties
    cp.title = doc["title"]
    cp.author = doc.get("author", "Bureau samenwerkingsverband")
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    cp.revision = 1
    buf = io.BytesIO()
    d.save(buf)
    # re-pack the zip with fixed timestamps so the .docx bytes are deterministic
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 2, 1, 12, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(zi, src.read(info.filename))


def write_html(doc, path):
    e = html.escape
    out = ["<!DOCTYPE html>", '<html lang="nl">', "<head>", '<meta charset="utf-8">',
           f"<title>{e(doc['title'])}</title>", "</head>", "<body>",
           f'<header class="site-header"><p>{e(doc["header"])}</p>',
           '<nav class="menu"><a href="#">Home</a> | <a href="#">Ouders</a> | <a href="#">Scholen</a> | '
           '<a href="#">Ondersteuningsplan</a> | <a href="#">Contact</a></nav></header>',
           "<main>", f"<h1>{e(doc['title'])}</h1>"]
    for line in doc["subtitle"]:
        out.append(f'<p class="subtitle">{e(line)}</p>')
    out.append(f'<nav class="toc"><h2>{e(doc.get("toc_title", "Inhoud"))}</h2><ul>')
    for t in toc_entries(doc):
        out.append(f'<li><a href="#">{e(t)}</a></li>')
    out.append("</ul></nav>")
    for b in doc["blocks"]:
        kind = b[0]
        if kind == "h1":
            out.append(f"<h2>{e(b[1])}</h2>")
        elif kind == "h2":
            out.append(f"<h3>{e(b[1])}</h3>")
        elif kind == "p":
            out.append(f"<p>{e(b[1])}</p>")
        elif kind in ("ul", "ol"):
            tag = kind
            out.append(f"<{tag}>" + "".join(f"<li>{e(i)}</li>" for i in b[1]) + f"</{tag}>")
        elif kind == "table":
            rows, caption = b[1], b[2]
            out.append("<table>")
            if caption:
                out.append(f"<caption>{e(caption)}</caption>")
            out.append("<tr>" + "".join(f"<th>{e(c)}</th>" for c in rows[0]) + "</tr>")
            for row in rows[1:]:
                out.append("<tr>" + "".join(f"<td>{e(c)}</td>" for c in row) + "</tr>")
            out.append("</table>")
    out.append("</main>")
    out.append(f'<footer><p>{e(doc.get("footer", doc["header"]))}</p></footer>')
    out.append("</body></html>")
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


def docx_to_pdf(docx_path, pdf_path):
    tmp = Path(tempfile.mkdtemp(prefix="holdout174_lo_"))
    try:
        profile = tmp / "profile"
        src = tmp / (pdf_path.stem + ".docx")
        shutil.copy(docx_path, src)
        cmd = ["soffice", f"-env:UserInstallation={profile.as_uri()}", "--headless",
               "--convert-to", "pdf", "--outdir", str(tmp), str(src)]
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                       timeout=240)
        shutil.copy(tmp / (pdf_path.stem + ".pdf"), pdf_path)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def word_count(doc):
    n = 0
    for b in doc["blocks"]:
        if b[0] in ("h1", "h2", "p"):
            n += len(b[1].split())
        elif b[0] in ("ul", "ol"):
            n += sum(len(i.split()) for i in b[1])
        elif b[0] == "table":
            n += sum(len(c.split()) for row in b[1] for c in row)
    return n


# --------------------------------------------------------------------------------------------
# Shared filler (element-neutral prose that real plans contain)
# --------------------------------------------------------------------------------------------
def f_voorwoord(c):
    return [
        H1(c.get("h_voorwoord", "Voorwoord")),
        P(f"Voor u ligt het ondersteuningsplan {c['per']} van {c['swv']}. Dit plan is het resultaat van "
          f"ruim een jaar gesprekken met schoolleiders, intern begeleiders, ondersteuningscoördinatoren, "
          f"bestuurders, gemeenten en de leden van onze ondersteuningsplanraad. In die gesprekken is veel "
          f"gesproken over wat goed gaat en over wat beter moet. Dat er in de afgelopen jaren veel is bereikt, "
          f"zien we terug in de verhalen van scholen en ouders; dat er nog steeds leerlingen zijn die niet "
          f"krijgen wat ze nodig hebben, zien we ook."),
        P(f"Passend onderwijs is geen project met een einddatum. Het is de dagelijkse opdracht van ruim "
          f"{c['nleer']} professionals in {c['nscholen']} scholen om voor elk kind een passende plek te "
          f"vinden. Dit plan geeft daarvoor de kaders. Het is bewust geschreven in gewone taal, zodat "
          f"leraren, ouders en partners het kunnen lezen zonder eerst een cursus onderwijsrecht te volgen. "
          f"Waar het plan technisch wordt, hebben we een toelichting opgenomen in de begrippenlijst."),
        P("Ik wil iedereen bedanken die aan dit plan heeft bijgedragen. In het bijzonder dank ik de leden "
          "van de werkgroepen, die soms na een lange schooldag nog aanschoven om teksten te lezen en van "
          "commentaar te voorzien. Hun inbreng heeft het plan scherper en eerlijker gemaakt. Wij kijken uit "
          "naar de komende vier jaar en nodigen iedereen uit om ons aan te spreken op wat we hier beloven."),
        P(f"{c['bestuurder']}, directeur-bestuurder"),
    ]


def f_leeswijzer(c):
    return [
        H2("Leeswijzer"),
        P("Het plan begint met een schets van de regio en van de ontwikkelingen die op ons afkomen. "
          "Daarna beschrijven we onze koers. In de middelste hoofdstukken staat de inhoud van de "
          "ondersteuning: wat scholen bieden, welke arrangementen er zijn en hoe leerlingen een plek "
          "vinden. De laatste hoofdstukken gaan over organisatie, medezeggenschap, personeel, privacy "
          "en de manier waarop dit plan tot stand kwam. Achterin vindt u een begrippenlijst en een lijst "
          "met afkortingen. Waar we in de tekst naar een bijlage verwijzen, staat die bijlage in een "
          "afzonderlijk document dat met dit plan is meegestuurd aan de ondersteuningsplanraad."),
    ]


def f_context(c, with_percentages=True):
    rows = [["Kengetal", "2023", "2024", "2025"],
            ["Aantal leerlingen (teldatum 1 oktober)"] + c["lln"],
            ["Aantal schoolbesturen", c["nbesturen"], c["nbesturen"], c["nbesturen"]],
            ["Aantal scholen / vestigingen", c["nscholen"], c["nscholen"], c["nscholen"]]]
    if with_percentages:
        rows += c["pct_rows"]
    out = [
        H1(c.get("h_context", "De regio in beeld")),
        P(f"{c['swv']} omvat de gemeenten {c['gemeenten']}. In het gebied wonen ruim "
          f"{c['inwoners']} mensen. De regio kent zowel stedelijke kernen als kleine dorpen, wat gevolgen "
          f"heeft voor reisafstanden, leerlingenvervoer en de spreiding van voorzieningen. Aan het "
          f"samenwerkingsverband nemen {c['nbesturen']} schoolbesturen deel met samen {c['nscholen']} "
          f"scholen en vestigingen."),
        P("Het leerlingaantal daalt licht, vooral in de kleinere kernen. Volgens de prognoses van DUO "
          "en de gemeenten zet die daling de komende jaren door, met uitzondering van de twee grootste "
          "kernen waar nieuwbouwwijken worden opgeleverd. Krimp heeft gevolgen voor de rijksbekostiging "
          "en maakt het lastiger om kleinschalige voorzieningen in stand te houden. Tegelijk zien scholen "
          "een groeiende groep leerlingen met complexe vragen, onder meer op het gebied van gedrag, "
          "angst en schoolbeleving."),
        TBL(rows, "Tabel: kengetallen van het samenwerkingsverband"),
        P("Bron: DUO, eigen registratie. De cijfers zijn afgerond."),
    ]
    return out


def f_ontwikkelingen(c, ojsp_note=True):
    out = [
        H2("Ontwikkelingen die op ons afkomen"),
        P("Het landelijke beleid rond passend onderwijs is in beweging. Na de evaluatie van passend "
          "onderwijs in 2020 is de verbeteraanpak gestart, met maatregelen rond onder meer de rol van "
          "het samenwerkingsverband, de omvang van reserves, de positie van ouders en leerlingen en de "
          "ambitie om op termijn toe te werken naar inclusiever onderwijs. Ook wordt gewerkt aan een "
          "landelijke norm voor de ondersteuning die elke school moet bieden. Wij volgen deze "
          "ontwikkelingen nauwgezet en passen ons beleid aan wanneer de regelgeving verandert."),
        P("Het lerarentekort raakt onze scholen ongelijk. Vooral scholen in de kleinere kernen en het "
          "speciaal onderwijs hebben moeite om vacatures te vervullen. Dat heeft gevolgen voor de "
          "uitvoering van ondersteuning: een goed arrangement staat of valt met de mensen die het "
          "uitvoeren. Ook de jeugdhulp kampt met wachtlijsten, waardoor scholen vaker tijdelijk taken "
          "oppakken die eigenlijk elders thuishoren."),
    ]
    if ojsp_note:
        out.append(P("De Wet versterking positie ouders en leerlingen in het passend onderwijs verplicht "
                     "samenwerkingsverbanden onder meer tot het inrichten van een ouder- en jeugdsteunpunt. "
                     "Wat dit precies voor onze organisatie betekent, bezien we zodra de invoeringsdata bekend zijn."))
    return out


def f_visie(c, partner=True):
    out = [
        H1(c.get("h_visie", "Onze koers")),
        P(f"{c['swv']} wil dat elk kind in de regio onderwijs krijgt dat past bij wat het nodig heeft, zo "
          "dicht mogelijk bij huis en samen met leeftijdgenoten waar dat kan. Dat vraagt om scholen die "
          "handelingsgericht werken, om leraren die zich gesteund voelen, en om een samenwerkingsverband "
          "dat faciliteert in plaats van bureaucratie toevoegt."),
        P("Onze missie vatten we samen in drie woorden: dichtbij, deskundig en samen. Dichtbij, omdat "
          "ondersteuning het beste werkt in de klas en op de school waar het kind al is. Deskundig, omdat "
          "leraren en ondersteuners de kennis moeten hebben om ook complexe vragen aan te kunnen. Samen, "
          "omdat geen school, bestuur of gemeente dit alleen kan."),
        H2("Kernwaarden"),
        UL(["Vertrouwen: we gaan uit van de professionaliteit van scholen en besturen en verantwoorden "
            "ons in openheid.",
            "Eenvoud: procedures zijn zo licht als mogelijk en zo zwaar als nodig.",
            "Resultaatgericht: we kijken naar wat een aanpak oplevert voor het kind, niet naar de vorm.",
            "Gezamenlijke verantwoordelijkheid: de besturen dragen samen de zorg voor alle leerlingen "
            "in de regio."]),
    ]
    if partner:
        out.append(P("Ouders kennen hun kind het beste. Wij zien hen als gelijkwaardige gesprekspartner van "
                     "de school en willen dat zij vanaf het eerste moment betrokken worden bij gesprekken "
                     "over de ondersteuning van hun kind."))
    out.append(P("Deze koers is niet nieuw; hij bouwt voort op het vorige plan. Wat wel verandert, is de "
                 "nadruk. De komende periode leggen we meer accent op preventie en vroegsignalering, op "
                 "samenwerking met de jeugdhulp en op het versterken van leraren in de klas."))
    return out


def f_governance(c):
    return [
        H1(c.get("h_gov", "Organisatie en bestuur")),
        P(f"{c['swv']} is een stichting. De deelnemende schoolbesturen vormen samen het algemeen bestuur, "
          "dat functioneert als intern toezichthouder. De dagelijkse leiding ligt bij de "
          "directeur-bestuurder, die statutair bestuurder is. Deze scheiding van bestuur en toezicht is "
          "vastgelegd in de statuten en in het toezichtkader. Het algemeen bestuur vergadert vijf keer "
          "per jaar en heeft een auditcommissie die de financiële stukken voorbespreekt."),
        P("Het bureau van het samenwerkingsverband is gevestigd in " + c["stad"] + ". Op het bureau werken "
          "de directeur-bestuurder, een beleidsmedewerker, een controller, twee "
          "secretarieel-administratieve medewerkers en een team van consulenten en orthopedagogen. "
          "Het bureau voert het beleid uit, ondersteunt scholen en verzorgt de administratie."),
        P("De statuten bevatten een regeling voor de beslechting van geschillen tussen de deelnemende "
          "besturen. Bij een geschil wordt eerst bemiddeld door de voorzitter van het algemeen bestuur; "
          "komen partijen er niet uit, dan wordt het geschil voorgelegd aan een onafhankelijke "
          "geschillencommissie. In de afgelopen planperiode is van deze regeling geen gebruik gemaakt."),
        P("Het samenwerkingsverband werkt met een bestuursverslag en een jaarrekening die door een "
          "accountant worden gecontroleerd. De governancecode van de sectorraad wordt gevolgd; afwijkingen "
          "worden in het bestuursverslag toegelicht."),
    ]


def f_opr(c, composition=True):
    out = [H1(c.get("h_opr", "Medezeggenschap"))]
    if composition:
        out.append(P("De ondersteuningsplanraad (OPR) heeft instemmingsrecht op het ondersteuningsplan en op "
                     "wijzigingen daarvan. De OPR bestaat uit twaalf leden: zes ouders en zes personeelsleden, "
                     "afgevaardigd vanuit de medezeggenschapsraden van de aangesloten scholen. Ouders in de OPR "
                     "brengen het perspectief van gezinnen in; zij toetsen of het plan begrijpelijk is en of "
                     "het recht doet aan wat ouders meemaken."))
    else:
        out.append(P("De ondersteuningsplanraad (OPR) heeft instemmingsrecht op het ondersteuningsplan en op "
                     "wijzigingen daarvan. De leden worden afgevaardigd vanuit de medezeggenschapsraden van "
                     "de aangesloten scholen volgens het reglement van de OPR."))
    out.append(P("De OPR vergadert zes keer per jaar en ontvangt jaarlijks het jaarplan, de begroting en het "
                 "bestuursverslag ter informatie. De directeur-bestuurder is bij een deel van de vergaderingen "
                 "aanwezig. Daarnaast heeft het samenwerkingsverband een eigen medezeggenschapsraad voor het "
                 "personeel van het bureau. De OPR wordt ondersteund door een ambtelijk secretaris en heeft "
                 "een scholingsbudget."))
    return out


def f_totstandkoming(c):
    return [
        H1(c.get("h_tot", "Hoe dit plan tot stand kwam")),
        P(f"Het plan is in {c['start_year']} voorbereid in vier werkgroepen met vertegenwoordigers van "
          "scholen en besturen. Conceptteksten zijn besproken in het directeurenoverleg, in het algemeen "
          "bestuur en in twee informele sessies met de OPR."),
        P(f"Het op overeenstemming gericht overleg (OOGO) met de colleges van burgemeester en wethouders van "
          f"de gemeenten {c['gemeenten']} vond plaats op {c['oogo']}. Van dit overleg is een verslag "
          "gemaakt dat door alle partijen is vastgesteld. Met het samenwerkingsverband "
          f"{c['ander_swv']} heeft het wettelijk verplichte overleg plaatsgevonden op {c['overleg']}."),
        P(f"De OPR heeft op {c['opr_datum']} ingestemd met het plan. Het algemeen bestuur heeft het plan "
          f"vastgesteld op {c['vast_datum']}. Het plan is daarna vóór 1 mei ingediend bij de Inspectie van "
          f"het Onderwijs. De planperiode loopt van 1 augustus {c['per'][:4]} tot en met 31 juli "
          f"{c['per'][-4:]}."),
    ]


def f_personeel(c, voorzieningen=True):
    out = [
        H1(c.get("h_pers", "Mensen maken het verschil")),
        P("Passend onderwijs wordt gemaakt door leraren, onderwijsassistenten, intern begeleiders en "
          "ondersteuningscoördinatoren. Zij hebben tijd, kennis en collegiale steun nodig. Het "
          "samenwerkingsverband investeert daarom in professionalisering en kennisdeling. Wij organiseren "
          "jaarlijks een netwerk voor intern begeleiders en ondersteuningscoördinatoren, studiedagen over "
          "actuele thema's en intervisiegroepen voor beginnende begeleiders."),
        P("Het bureau van het samenwerkingsverband heeft een formatie van ongeveer " + c["fte"] + " fte. "
          "De consulenten en orthopedagogen werken nauw samen met de scholen; zij zijn het vaste "
          "aanspreekpunt voor vragen en denken mee bij het opstellen van een arrangement. Medewerkers "
          "van het bureau volgen jaarlijks scholing op het gebied van gesprekstechnieken, "
          "onderwijsrecht en nieuwe ontwikkelingen in de jeugdhulp."),
        P("De werkdruk in scholen is een terugkerend gespreksonderwerp. Wij willen administratieve lasten "
          "beperken. Daarom zijn aanvraagformulieren de afgelopen jaren ingekort, hoeven scholen "
          "documenten niet dubbel aan te leveren en worden standaardverslagen gebruikt die ook voor "
          "het eigen leerlingvolgsysteem bruikbaar zijn."),
    ]
    if voorzieningen:
        out += [
            H2("Personeel in de voorzieningen"),
            P("Een deel van de medewerkers die in bovenschoolse activiteiten werken, is in dienst van een van "
              "de deelnemende besturen en wordt gedetacheerd. Afspraken daarover zijn vastgelegd in "
              "detacheringsovereenkomsten. Bij een wijziging van beleid die gevolgen heeft voor personeel, "
              "wordt het personeelsdeel van de OPR en de betrokken medezeggenschapsraad tijdig geïnformeerd."),
        ]
    else:
        out += [
            H2("Duurzame inzetbaarheid"),
            P("Het bureau voert jaarlijks met iedere medewerker een gesprek over ontwikkeling en "
              "inzetbaarheid. Bij een wijziging van beleid die gevolgen heeft voor personeel, wordt het "
              "personeelsdeel van de OPR tijdig geïnformeerd. Het ziekteverzuim op het bureau lag in 2025 "
              "op 3,8 procent."),
        ]
    return out


def f_privacy(c):
    return [
        H1(c.get("h_priv", "Privacy, dossiers en ICT")),
        P("Het samenwerkingsverband verwerkt persoonsgegevens van leerlingen, waaronder gegevens over "
          "gezondheid, voor zover dat nodig is voor het toewijzen van middelen, het beslissen over "
          "toelaatbaarheid en het adviseren over de ondersteuningsbehoefte. Dat is wettelijk toegestaan, "
          "onder strikte voorwaarden. Gegevens worden niet langer bewaard dan drie jaar na het besluit, "
          "tenzij een wettelijke bewaarplicht anders voorschrijft."),
        P(f"Dossiers worden digitaal uitgewisseld via het beveiligde portaal {c['portaal']}. Alleen "
          "medewerkers die de gegevens nodig hebben voor hun taak hebben toegang. Het samenwerkingsverband "
          "heeft een functionaris gegevensbescherming aangesteld, die wordt gedeeld met twee andere "
          "samenwerkingsverbanden. Datalekken worden gemeld volgens het protocol datalekken."),
        P("In de planperiode vervangen we het huidige registratiesysteem. Het nieuwe systeem moet "
          "koppelen met de leerlingvolgsystemen van de scholen, zodat gegevens niet opnieuw ingevoerd "
          "hoeven te worden. Bij de keuze voor een leverancier laten we een "
          "gegevensbeschermingseffectbeoordeling uitvoeren."),
    ]


def f_jaarcyclus(c, with_verslag=True):
    out = [
        H1(c.get("h_cyc", "Planning en cyclus")),
        P("Dit ondersteuningsplan beschrijft de koers voor vier jaar. Elk jaar werken we het plan uit in "
          "een jaarplan met concrete activiteiten. Het jaarplan wordt in het voorjaar opgesteld, besproken "
          "met het directeurenoverleg en ter informatie aan de OPR voorgelegd."),
    ]
    if with_verslag:
        out.append(P("Na afloop van elk kalenderjaar stellen we een bestuursverslag op. Halverwege de "
                     "planperiode houden we een tussenevaluatie, waarin we met scholen, gemeenten en de OPR "
                     "bekijken of de koers moet worden bijgesteld."))
    out.append(TBL([["Periode", "Activiteit"],
                    ["september", "start schooljaar, netwerkbijeenkomsten"],
                    ["oktober", "teldatum leerlingen (1 oktober)"],
                    ["december", "vaststelling begroting door het algemeen bestuur"],
                    ["maart", "concept jaarplan volgend schooljaar"],
                    ["juni", "vaststelling jaarplan, bestuursverslag en jaarrekening"]],
                   "Tabel: jaarcyclus"))
    return out


def f_kennis(c):
    return [
        H1(c.get("h_kennis", "Kennisagenda")),
        P(f"{c['swv']} wil een lerende organisatie zijn. Daarom werken we met een kennisagenda die we "
          "samen met de scholen opstellen. Voor de komende periode staan drie vragen centraal: wat werkt "
          "bij leerlingen met forse gedragsvragen in een reguliere groep, hoe versterken we co-teaching "
          "tussen leraren uit het regulier en het speciaal onderwijs, en hoe verminderen we de "
          "administratieve last rond een arrangement zonder dat het zicht op de leerling verloren gaat."),
        P("Voor het onderzoek naar deze vragen werken we samen met het lectoraat inclusief onderwijs van "
          "een regionale hogeschool. Leraren en intern begeleiders kunnen deelnemen aan een "
          "onderzoeksgroep en krijgen daarvoor uren van hun bestuur. De uitkomsten delen we in "
          "kennisateliers, in de nieuwsbrief en in een digitale kennisbank voor professionals. Ook "
          "stimuleren we dat scholen bij elkaar op bezoek gaan: een school die goed werk levert op een "
          "bepaald thema, opent de deuren voor collega's uit de regio."),
        P("Jaarlijks reiken we de Brugprijs uit aan een team dat een vernieuwende aanpak heeft ontwikkeld. "
          "De prijs bestaat uit een bedrag voor scholing en een presentatie op de regionale studiedag."),
    ]


def f_integriteit(c):
    return [
        H2("Integriteit"),
        P("Het samenwerkingsverband heeft een integriteitscode voor bestuurders en medewerkers. "
          "Nevenfuncties van de directeur-bestuurder worden gemeld aan het algemeen bestuur en "
          "gepubliceerd in het bestuursverslag. Er is een klokkenluidersregeling en medewerkers van het "
          "bureau kunnen terecht bij een externe vertrouwenspersoon voor medewerkers. Bestuurders melden "
          "vooraf wanneer zij bij een besluit een persoonlijk belang hebben en nemen dan niet deel aan de "
          "besluitvorming."),
        P("Bij inkoop van diensten volgen we de aanbestedingsregels. Opdrachten boven € 50.000 worden "
          "meervoudig onderhands aangevraagd; het algemeen bestuur wordt jaarlijks geïnformeerd over de "
          "grootste contracten."),
    ]


def f_risicos(c):
    return [
        H1(c.get("h_risico", "Wat dit plan kan belemmeren")),
        P("Een plan is zo goed als de uitvoering. Wij zien vier ontwikkelingen die de uitvoering van dit "
          "plan kunnen belemmeren. De eerste is het tekort aan leraren en specialisten: als scholen "
          "vacatures niet kunnen vervullen, komt de ondersteuning in de klas onder druk. De tweede is de "
          "druk op de jeugdhulp, waardoor scholen langer moeten wachten op behandelaars. "
          "De derde is wet- en regelgeving die tijdens de planperiode verandert. De vierde is de "
          "vervanging van ons registratiesysteem, die tijdelijk extra werk vraagt van bureau en scholen."),
        P("Voor elk van deze ontwikkelingen is in het jaarplan een eigenaar aangewezen die de ontwikkeling "
          "volgt en het algemeen bestuur twee keer per jaar informeert. Het bestuur kan besluiten om "
          "prioriteiten te verschuiven als de omstandigheden daarom vragen. Wij informeren de OPR over "
          "iedere wijziging van betekenis en vragen instemming wanneer een wijziging het plan zelf raakt."),
        P("Tot slot is er de samenwerking tussen de besturen zelf. Passend onderwijs vraagt dat besturen "
          "over de grenzen van hun eigen scholen heen kijken. Dat gaat niet vanzelf. Daarom evalueren de "
          "bestuurders ieder voorjaar in een besloten sessie hoe de samenwerking verloopt en welke "
          "afspraken aanscherping nodig hebben."),
    ]


# --------------------------------------------------------------------------------------------
# Plan 1 — PO, very good complete plan (docx + pdf)
# --------------------------------------------------------------------------------------------
def plan_brede_beek():
    c = dict(swv="Samenwerkingsverband Passend Primair Onderwijs De Brede Beek", per="2026-2030",
             nleer="2.100", nscholen="52", nbesturen="9", bestuurder="Marieke van Dorsten",
             gemeenten="Beekdal, Oosterwolde-Rijn en Hallemeer", inwoners="148.000", stad="Beekdal",
             lln=["13.480", "13.310", "13.150"],
             pct_rows=[["Deelnamepercentage sbo", "2,1%", "2,0%", "1,9%"],
                       ["Deelnamepercentage so", "1,7%", "1,7%", "1,6%"]],
             portaal="Kindpunt", fte="24", start_year="2025", oogo="11 maart 2026",
             ander_swv="VO Beekdal en omstreken (VO 27-04)", overleg="18 maart 2026",
             opr_datum="7 april 2026", vast_datum="14 april 2026",
             h_voorwoord="Een woord vooraf", h_context="Wie we zijn", h_visie="Waar we voor staan",
             h_gov="Zo zijn we georganiseerd", h_tot="Verantwoording van de totstandkoming")
    b = []
    b += f_voorwoord(c) + f_leeswijzer(c) + f_context(c) + f_ontwikkelingen(c) + f_visie(c)

    # basisondersteuning — present
    b += [
        H1("Wat elke school biedt"),
        P("Alle 52 scholen en vestigingen van De Brede Beek hebben met elkaar afgesproken welke "
          "ondersteuning ieder kind op iedere school kan verwachten, zonder dat daarvoor een aanvraag "
          "nodig is. Die afspraken vormen samen de basisondersteuning van ons samenwerkingsverband. Het is "
          "een ondergrens: geen enkele vestiging mag eronder zitten, ook niet de kleinste dorpsschool. "
          "Scholen die meer bieden, beschrijven dat in hun schoolondersteuningsprofiel en schoolgids."),
        P("De afspraken zijn samengevat in tien standaarden. Bij iedere standaard hoort een concrete "
          "omschrijving van wat een ouder op school aantreft."),
        TBL([["Standaard", "Wat u op elke school aantreft"],
             ["1 Intern begeleider", "Een intern begeleider met een afgeronde opleiding, minimaal twee "
              "dagdelen per week per 200 leerlingen beschikbaar."],
             ["2 Leerlingvolgsysteem", "Twee keer per jaar een groepsbespreking en een analyse van de "
              "toetsgegevens per groep."],
             ["3 Dyslexie en dyscalculie", "Werken volgens het landelijke protocol leesproblemen en dyslexie "
              "en het protocol ernstige reken-wiskundeproblemen en dyscalculie, met extra instructie in "
              "kleine groepjes."],
             ["4 Sociale veiligheid", "Een methode voor sociaal-emotionele ontwikkeling, een "
              "anti-pestcoördinator en jaarlijkse monitoring van sociale veiligheid."],
             ["5 Gedrag", "Een schoolbreed gedragsprotocol en de mogelijkheid van korte "
              "gedragsinterventies met hulp van de gedragsspecialist van het samenwerkingsverband."],
             ["6 Meer- en hoogbegaafdheid", "Compacten en verrijken in de groep voor leerlingen die meer "
              "aankunnen."],
             ["7 Taal en NT2", "Extra taalaanbod voor leerlingen met een taalachterstand of een andere "
              "thuistaal."],
             ["8 Medisch handelen", "Een protocol medisch handelen en afspraken over het toedienen van "
              "medicijnen."],
             ["9 Ontwikkelingsperspectief", "Voor leerlingen die op een eigen leerlijn werken een "
              "ontwikkelingsperspectief dat jaarlijks met ouders wordt besproken."],
             ["10 Samenwerking", "Een ondersteuningsteam met de consulent van het samenwerkingsverband en "
              "de jeugdverpleegkundige, dat minimaal vier keer per jaar bijeenkomt."]],
            "Tabel: de tien standaarden van de basisondersteuning"),
        H2("Hoe we erop toezien"),
        P("Elke school vult jaarlijks vóór 1 november de kwaliteitskaart basisondersteuning in. Eens per "
          "twee jaar voert de consulent samen met een intern begeleider van een andere school een "
          "collegiale audit uit. Scoort een school op een of meer standaarden onvoldoende, dan maakt het "
          "schoolbestuur binnen drie maanden een verbeterplan, dat het samenwerkingsverband na een jaar "
          "opnieuw toetst. De uitkomsten worden op bestuursniveau besproken in het algemeen bestuur."),
    ]

    # dekkend-aanbod — present
    b += [
        H1("Van lichte tot intensieve ondersteuning"),
        P("Boven op de basisondersteuning kent De Brede Beek een samenhangend geheel van voorzieningen, "
          "dat we in vijf niveaus beschrijven. Het uitgangspunt is dat een kind zoveel mogelijk op de "
          "eigen school wordt geholpen en alleen naar een andere voorziening gaat wanneer dat echt beter is."),
        TBL([["Niveau", "Wat", "Waar"],
             ["1", "Basisondersteuning (tien standaarden)", "iedere school"],
             ["2", "Schoolarrangement: extra begeleiding door een onderwijsassistent of specialist, "
              "maximaal een jaar", "eigen school, budget van het schoolbestuur"],
             ["3", "Bovenschools arrangement: plusklas (2 locaties), taalklas voor nieuwkomers, "
              "observatiegroep jonge kinderen De Kiem (12 plaatsen)", "bovenschools, toegang via het "
              "ondersteuningsteam"],
             ["4", "Speciaal basisonderwijs: sbo De Vlonder en sbo Het Anker", "twee sbo-scholen"],
             ["5", "Speciaal onderwijs cluster 3 en 4: so De Horizon, so Sterrenwacht, so Het Palet",
              "drie so-scholen in en net buiten de regio"]],
            "Tabel: het ondersteuningscontinuüm"),
        H2("Geen kind buiten beeld"),
        P("Een dekkend netwerk betekent dat er voor elk kind een plek is. Twee keer per jaar analyseert "
          "het bureau samen met de scholen welke leerlingen geen passende plek hebben of op een wachtlijst "
          "staan. Die analyse leverde in 2025 drie witte vlekken op: onvoldoende plaatsen voor jonge "
          "kinderen met een ontwikkelingsvraag, geen aanbod voor kinderen die langdurig ziek zijn en lange "
          "wachttijden voor so cluster 4. Voor elk van deze drie is een actie met een termijn opgenomen in "
          "het jaarplan 2026-2027; zo opent De Kiem per 1 augustus 2026 een tweede groep."),
        P("Leerlingen die thuiszitten, worden binnen vijf schooldagen gemeld bij het thuiszittersoverleg "
          "van het samenwerkingsverband en de leerplichtambtenaar. Het overleg stelt binnen twee weken een "
          "plan op met een eigenaar en een datum voor terugkeer naar onderwijs. Lukt dat niet binnen drie "
          "maanden, dan schaalt de consulent op naar de directeur-bestuurder, die doorzettingsmacht heeft "
          "namens de besturen. De zorgplicht blijft bij het bestuur waar de leerling is aangemeld."),
        H2("Samen met gemeenten en jeugdhulp"),
        P("Met de drie gemeenten zijn afspraken gemaakt over onderwijs-zorgarrangementen: jeugdhulp die "
          "onder schooltijd op school wordt geboden, wordt gezamenlijk gefinancierd. In elk "
          "ondersteuningsteam zit een medewerker van het lokale team van de gemeente."),
    ]

    # plaatsing + terugstroom (inside TLV chapter) — present
    b += [
        H1("De overstap naar speciaal (basis)onderwijs"),
        P("Soms heeft een kind meer nodig dan de reguliere school kan bieden, ook met een arrangement. "
          "Dan kan het schoolbestuur een toelaatbaarheidsverklaring (TLV) aanvragen voor het speciaal "
          "basisonderwijs of het speciaal onderwijs."),
        H2("Stappen"),
        OL(["De school bespreekt de ondersteuningsvraag in het ondersteuningsteam, met ouders erbij.",
            "Het schoolbestuur dient de aanvraag in via Kindpunt, met het groeidocument, het "
            "ontwikkelingsperspectief, het onderwijskundig rapport en de zienswijze van ouders.",
            "De Commissie Toelaatbaarheid van het samenwerkingsverband vraagt twee deskundigen om een "
            "schriftelijk advies: altijd een orthopedagoog of psycholoog, en afhankelijk van de vraag een "
            "tweede deskundige, zoals een kinderpsychiater, maatschappelijk werker of jeugdarts. De "
            "deskundigen zijn niet bij de aanvraag betrokken geweest.",
            "De Commissie neemt binnen zes weken na ontvangst van de volledige aanvraag een besluit. Ouders "
            "ontvangen het besluit en een kopie van de adviezen."]),
        H2("Wanneer is een kind toelaatbaar?"),
        P("Een leerling is toelaatbaar tot het sbo wanneer aan alle drie de volgende voorwaarden is voldaan: "
          "(1) de school heeft ten minste een half jaar een schoolarrangement uitgevoerd en geëvalueerd; "
          "(2) de leerling heeft een ontwikkelingsperspectief dat structureel afwijkt van de groep, of het "
          "gedrag vraagt om een kleinere groep met meer structuur dan de reguliere school kan bieden; en "
          "(3) het ondersteuningsteam concludeert dat de ondersteuningsbehoefte de mogelijkheden van de "
          "eigen school en een bovenschools arrangement overstijgt."),
        P("Een leerling is toelaatbaar tot het so cluster 3 of 4 wanneer daarnaast sprake is van een "
          "ernstige beperking of stoornis die blijkt uit diagnostisch onderzoek, en de ondersteuning die "
          "nodig is niet in het sbo kan worden geboden, bijvoorbeeld door de behoefte aan intensieve "
          "zorg, medische begeleiding of een zeer kleine groep."),
        H2("Duur en bekostigingscategorie"),
        P("Een TLV voor het sbo loopt tot en met 31 juli van het schooljaar waarin de leerling twaalf "
          "wordt. Een TLV voor het so geven we af voor twee schooljaren. Voor het so bepaalt de Commissie "
          "ook de bekostigingscategorie: laag, midden of hoog, op basis van het advies van de deskundigen."),
        H2("Bezwaar"),
        P("Ouders en het schoolbestuur kunnen binnen zes weken bezwaar maken bij het samenwerkingsverband. "
          "Wij vragen dan advies aan de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen en "
          "beslissen daarna opnieuw."),
        H2("Terug naar de eigen wijk"),
        P("Wij vinden dat een plek in het speciaal (basis)onderwijs zo tijdelijk mag zijn als mogelijk. "
          "Ons beleid is dat een kind terugkeert naar een reguliere school in de eigen woonplaats zodra "
          "het ontwikkelingsperspectief laat zien dat het met een arrangement daar tot ontwikkeling kan "
          "komen. Voorwaarden zijn dat ouders instemmen, dat een ontvangende school is gevonden en dat het "
          "arrangement voor het eerste jaar is gefinancierd."),
        P("De werkwijze is als volgt. Elk jaar in februari bespreekt de s(b)o-school in het "
          "evaluatiegesprek over het ontwikkelingsperspectief of terugplaatsing haalbaar is. In het laatste "
          "jaar van de TLV is dit gesprek verplicht en neemt de consulent van het samenwerkingsverband "
          "deel. Adviseert het gesprek terugplaatsing, dan zoekt de consulent met ouders een ontvangende "
          "school; de directeur-bestuurder besluit over het terugplaatsingsarrangement (begeleiding door "
          "de s(b)o-school gedurende een jaar en een budget van € 5.000). Is verdere plaatsing nodig, "
          "dan vraagt de s(b)o-school vóór 1 april een nieuwe TLV aan; anders eindigt de TLV op 31 juli."),
        P("In 2024-2025 keerden 23 leerlingen vanuit sbo en so terug naar het regulier onderwijs; in "
          "2022-2023 waren dat er 15. Wij rapporteren dit aantal jaarlijks in het bestuursverslag."),
    ]

    # financien — under 'Geld en middelen' — present
    b += [
        H1("Geld en middelen"),
        P("Het samenwerkingsverband ontvangt van het Rijk een budget voor lichte en zware ondersteuning. "
          "Na aftrek van de afdrachten aan het speciaal (basis)onderwijs, die DUO rechtstreeks inhoudt, "
          "verdelen we het budget volgens het verdeelmodel dat het algemeen bestuur in 2025 heeft vastgesteld."),
        UL(["Schoolbudget: € 165 per leerling op de teldatum van 1 oktober van het voorgaande jaar, "
            "uitgekeerd aan de schoolbesturen in twee termijnen (september en februari).",
            "Vaste voet: € 4.000 per vestiging, zodat ook kleine scholen de basisondersteuning kunnen "
            "waarmaken.",
            "Bovenschoolse arrangementen: rechtstreeks bekostigd door het samenwerkingsverband op basis "
            "van het aantal plaatsen.",
            "Groeiregeling: extra bekostiging aan sbo en so bij groei na 1 oktober, op basis van de "
            "peildatum 1 februari."]),
        P("Schoolbesturen besteden het schoolbudget aan schoolarrangementen en aan de basisondersteuning. "
          "Zij verantwoorden de besteding jaarlijks in een vast format, dat in het algemeen bestuur wordt "
          "besproken."),
        TBL([["Meerjarenbegroting (x € 1.000)", "2026", "2027", "2028", "2029"],
             ["Baten ondersteuningsbudget", "14.820", "14.640", "14.470", "14.310"],
             ["Afdrachten sbo/so (DUO)", "7.950", "7.880", "7.810", "7.740"],
             ["Schoolbudgetten besturen", "2.170", "2.150", "2.120", "2.100"],
             ["Vaste voet", "208", "208", "204", "204"],
             ["Bovenschoolse arrangementen", "1.960", "2.010", "2.010", "2.010"],
             ["Terugplaatsingsarrangementen", "125", "125", "125", "125"],
             ["Thuiszittersaanpak en onderwijs-zorg", "420", "420", "400", "400"],
             ["Bureau en personeel", "1.640", "1.660", "1.680", "1.700"],
             ["Saldo", "347", "137", "121", "31"]],
            "Tabel: meerjarenbegroting 2026-2029"),
        P("De algemene reserve bedroeg eind 2025 € 2,4 miljoen. Op basis van een risicoanalyse is een "
          "weerstandsvermogen van 8% van de baten voldoende; het meerdere zetten we de komende drie jaar "
          "in voor de uitbreiding van De Kiem en de thuiszittersaanpak."),
    ]

    # resultaten — present
    b += [
        H1("Waar we ons op laten aanspreken"),
        P("Wij formuleren voor de planperiode vijf beoogde resultaten voor leerlingen die extra "
          "ondersteuning nodig hebben. Bij elk resultaat staat de uitgangssituatie en een streefwaarde."),
        TBL([["Beoogd resultaat", "Nu (2025)", "Streefwaarde 2030"],
             ["Alle scholen voldoen aan de tien standaarden", "44 van 52", "52 van 52"],
             ["Geen kind langer dan drie maanden thuis", "11 leerlingen", "0 leerlingen"],
             ["Doorlooptijd TLV-aanvraag", "gemiddeld 7 weken", "maximaal 6 weken"],
             ["Terugplaatsingen per jaar", "23", "30"],
             ["Tevredenheid ouders over ondersteuning", "7,1", "7,5 of hoger"]],
            "Tabel: beoogde resultaten"),
        P("Hoe we dat volgen: het bureau verzamelt de gegevens twee keer per jaar (peildata 1 oktober en "
          "1 maart) en rapporteert ze in een halfjaarmonitor aan het algemeen bestuur en de OPR. De "
          "tevredenheid van ouders meten we elk tweede jaar met een vragenlijst. In het bestuursverslag "
          "verantwoorden we welke resultaten zijn bereikt en welke middelen daarvoor zijn ingezet. In de "
          "vorige planperiode daalde het aantal thuiszitters van 19 naar 11 en steeg het aantal "
          "terugplaatsingen van 15 naar 23; het doel om alle scholen aan de standaarden te laten voldoen, "
          "is niet gehaald."),
    ]

    # ouders — inside 'Communicatie en samenspraak' — present
    b += [
        H1("Communicatie en samenspraak"),
        P("Goede informatie voorkomt veel onduidelijkheid. Ouders kunnen op verschillende manieren lezen en "
          "horen welke ondersteuning er is: op de ouderpagina van onze website, in de brochure 'Passend "
          "onderwijs in De Brede Beek' die elke school bij de inschrijving meegeeft (beschikbaar in het "
          "Nederlands, Engels, Arabisch en Pools), in de schoolgids en het schoolondersteuningsprofiel van "
          "de eigen school, en tijdens de twee informatieavonden die we jaarlijks organiseren."),
        P("Ouders die een vraag hebben of het niet eens zijn met de school of met ons, kunnen terecht bij "
          "het ouder- en jeugdsteunpunt 'Wegwijs'. Wegwijs werkt onafhankelijk van de scholen en het "
          "samenwerkingsverband, is bereikbaar via telefoon en e-mail en helpt kosteloos. Daarnaast kunnen "
          "ouders een beroep doen op de Onderwijsconsulenten en bij een geschil over toelating, verwijdering "
          "of het ontwikkelingsperspectief naar de Geschillencommissie passend onderwijs."),
        P("Ouders zijn partner in de ondersteuning van hun kind: zij worden uitgenodigd bij het "
          "ondersteuningsteam en hebben instemmingsrecht op het handelingsdeel van het "
          "ontwikkelingsperspectief."),
        P("Met scholen communiceren we via een tweewekelijkse nieuwsbrief en het intranet van het "
          "samenwerkingsverband."),
    ]

    b += f_governance(c) + f_opr(c) + f_personeel(c) + f_privacy(c) + f_jaarcyclus(c) + f_totstandkoming(c)
    b += glossary("Bijlage A Begrippenlijst", [
        ("Basisondersteuning", "De ondersteuning die alle scholen bieden."),
        ("Terugplaatsing", "Overstap van s(b)o naar regulier onderwijs."),
        ("TLV", "Toelaatbaarheidsverklaring."),
        ("Dekkend aanbod", "Een passende plek voor elke leerling."),
        ("Verdeelmodel", "De manier waarop middelen worden verdeeld."),
        ("Ouder- en jeugdsteunpunt", "Onafhankelijk steunpunt voor ouders en jongeren."),
    ])
    b += glossary("Bijlage B Afkortingen", [
        ("OPR", "Ondersteuningsplanraad"), ("OOGO", "Op overeenstemming gericht overleg"),
        ("sbo", "Speciaal basisonderwijs"), ("so", "Speciaal onderwijs"),
        ("LBT", "Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen"),
    ])
    doc = dict(name="po-brede-beek", title="Ondersteuningsplan 2026-2030",
               subtitle=["Samenwerkingsverband Passend Primair Onderwijs De Brede Beek (PO 27-09)",
                         "Samen sterk voor elk kind", "Vastgesteld door het algemeen bestuur op 14 april 2026"],
               header="Ondersteuningsplan 2026-2030 | SWV De Brede Beek PO 27-09", blocks=b)
    label = dict(
        documents=["po-brede-beek.docx", "po-brede-beek.pdf"], sector="po", looks_like_plan=True,
        elements=dict(basisondersteuning="present", plaatsing="present", terugstroom="present",
                      financien="present", **{"dekkend-aanbod": "present"}, resultaten="present",
                      ouders="present"),
        criteria={k: True for k in CORE},
        advisory={"basisondersteuning": ["borging"],
                  "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
                  "terugstroom": ["monitoring"], "financien": ["reserves", "verantwoording"],
                  "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"],
                  "ouders": ["betrokkenheid"]},
        notes={
            "basisondersteuning": "'Wat elke school biedt': ondergrens for all 52 vestigingen + table of ten standaarden; kwaliteitskaart/audit (borging).",
            "plaatsing": "'De overstap naar speciaal (basis)onderwijs': steps, Commissie Toelaatbaarheid, 6 weeks, sbo and so criteria, two deskundigen, duration/category, bezwaar LBT.",
            "terugstroom": "Subsection 'Terug naar de eigen wijk' inside the TLV chapter: policy+conditions, February evaluation, last TLV year, decision, arrangement, end 31 July; figures 23/15.",
            "financien": "'Geld en middelen': verdeelmodel (EUR 165 per leerling, vaste voet, groeiregeling) and meerjarenbegroting table 2026-2029; reserves.",
            "dekkend-aanbod": "'Van lichte tot intensieve ondersteuning': five-level continuum table; 'Geen kind buiten beeld': witte vlekken, thuiszittersoverleg, doorzettingsmacht.",
            "resultaten": "'Waar we ons op laten aanspreken': goals table with streefwaarden; halfjaarmonitor, bestuursverslag, previous-period figures.",
            "ouders": "'Communicatie en samenspraak': website, brochure in 4 languages, schoolgids, info evenings; OJSP 'Wegwijs', Onderwijsconsulenten, Geschillencommissie.",
        })
    return doc, label


CORE = ["basisondersteuning.niveau", "basisondersteuning.inhoud", "plaatsing.procedure",
        "plaatsing.criteria", "terugstroom.procedure", "terugstroom.beleid", "financien.verdeling",
        "financien.besteding", "dekkend-aanbod.continuum", "dekkend-aanbod.lacunes",
        "resultaten.doelen", "resultaten.monitoring", "ouders.informatie", "ouders.steunpunt"]


def f_wettelijk_kader(c, sector):
    wet = "artikel 18a van de Wet op het primair onderwijs" if sector == "po" else \
        "artikel 17a van de Wet op het voortgezet onderwijs (thans artikel 2.47 e.v. WVO 2020)"
    spec = "het speciaal basisonderwijs en het speciaal onderwijs" if sector == "po" else \
        "het voortgezet speciaal onderwijs, het praktijkonderwijs en het leerwegondersteunend onderwijs"
    return [
        H2("Wettelijk kader"),
        P(f"Het samenwerkingsverband stelt ten minste eens per vier jaar een ondersteuningsplan vast. Volgens "
          f"{wet} bevat het plan in elk geval: de manier waarop een samenhangend geheel van "
          f"ondersteuningsvoorzieningen wordt gerealiseerd, inclusief de basisondersteuning die op alle "
          f"vestigingen aanwezig is; de procedure en criteria voor de verdeling en besteding van middelen, "
          f"mede in het licht van een meerjarenbegroting; de procedure en criteria voor de toelaatbaarheid "
          f"tot {spec}; de procedure en het beleid voor terugplaatsing of overplaatsing; de beoogde en "
          f"bereikte resultaten; en de wijze waarop ouders worden geïnformeerd over de "
          f"ondersteuningsvoorzieningen en over onafhankelijke ondersteuningsmogelijkheden."),
        P("Voordat het plan wordt vastgesteld, voert het samenwerkingsverband op overeenstemming gericht "
          "overleg met de gemeenten en overleg met het samenwerkingsverband in de andere sector. De "
          "ondersteuningsplanraad moet met het plan instemmen. Het plan wordt vóór 1 mei toegezonden aan de "
          "inspectie."),
    ]


# --------------------------------------------------------------------------------------------
# Plan 2 — VO, weak plan "op hoofdlijnen" (pdf only)
# --------------------------------------------------------------------------------------------
def plan_heuvelrand():
    c = dict(swv="Samenwerkingsverband Voortgezet Onderwijs Heuvelrand-Noord", per="2026-2030",
             nleer="1.800", nscholen="17", nbesturen="7", bestuurder="drs. Pieter Hoogeveen",
             gemeenten="Heuvelrand, Stoutenburg en Leusdal", inwoners="121.000", stad="Stoutenburg",
             lln=["11.920", "11.870", "11.760"], pct_rows=[], portaal="Loketnet",
             fte="11", start_year="2025", oogo="26 februari 2026",
             ander_swv="PO Heuvelrand (PO 26-02)", overleg="3 maart 2026",
             opr_datum="24 maart 2026", vast_datum="7 april 2026",
             h_visie="Koers 2030", h_cyc="Jaarplanning", h_tot="Procedure")
    b = []
    b += f_voorwoord(c)
    b += [H1("Inleiding"),
          P("Dit ondersteuningsplan is een beleidsplan op hoofdlijnen. Het beschrijft de richting; de "
            "uitwerking volgt in jaarplannen, reglementen en afspraken tussen de besturen. Wij kiezen daar "
            "bewust voor, omdat de landelijke regelgeving de komende jaren verandert en omdat scholen zelf "
            "het beste weten hoe zij ondersteuning vormgeven. Ook het aantal thuiszitters vraagt onze "
            "aandacht.")]
    b += f_wettelijk_kader(c, "vo") + f_leeswijzer(c) + f_context(c, with_percentages=False)
    b += f_ontwikkelingen(c) + f_visie(c)
    b += [
        H1("Terugblik: wat we deden"),
        P("In de vorige planperiode heeft het samenwerkingsverband veel in gang gezet. We organiseerden "
          "veertien netwerkbijeenkomsten voor ondersteuningscoördinatoren, lanceerden een nieuwe website, "
          "verhuisden naar een nieuw kantoor in Stoutenburg en boden alle mentoren een training "
          "gespreksvoering aan. Ook is het digitale aanvraagportaal vernieuwd. Deze activiteiten zijn goed "
          "ontvangen door de scholen."),
    ]
    # basisondersteuning — partial (niveau yes, inhoud deferred)
    b += [
        H1("Het fundament"),
        P("Alle scholen van Heuvelrand-Noord bieden ten minste hetzelfde, gezamenlijk afgesproken niveau van "
          "basisondersteuning. Dat niveau geldt als ondergrens voor iedere vestiging, ook voor de "
          "praktijkschool en de kleinere vmbo-locaties. Wij hanteren daarbij de vier aspecten uit het "
          "referentiekader passend onderwijs: basiskwaliteit, preventieve en licht curatieve interventies, "
          "de onderwijsondersteuningsstructuur en planmatig werken."),
        P("De concrete invulling – welke interventies en welke expertise iedere school in huis heeft – "
          "wordt in schooljaar 2026-2027 door een werkgroep van ondersteuningscoördinatoren uitgewerkt in "
          "een gezamenlijke basisondersteuningskaart. Tot die tijd beschrijven de scholen hun aanbod in hun "
          "eigen schoolondersteuningsprofiel; de scholen bepalen zelf hoe zij de basisondersteuning "
          "vormgeven."),
    ]
    # plaatsing — partial (procedure yes, criteria no)
    b += [
        H1("Toewijzing van zwaardere ondersteuning"),
        P("Wanneer een school van mening is dat een leerling aangewezen is op het voortgezet speciaal "
          "onderwijs, dient het bevoegd gezag via het Loket van het samenwerkingsverband een aanvraag "
          "voor een toelaatbaarheidsverklaring in. Bij de aanvraag horen het ontwikkelingsperspectief, "
          "een verslag van het multidisciplinair overleg en de zienswijze van ouders en leerling. Het "
          "Loket geeft de school binnen twee weken een terugkoppeling over de volledigheid van het dossier."),
        P("De Commissie Toewijzing bestaat uit een orthopedagoog en, afhankelijk van de vraag, een tweede "
          "deskundige zoals een psycholoog of jeugdarts. De commissie brengt advies uit; de directeur neemt "
          "namens het bestuur binnen acht weken na ontvangst van het volledige dossier een besluit."),
        P("Bij de beoordeling kijkt de commissie naar de hele situatie van de leerling. Er is bewust geen "
          "vaste lijst met voorwaarden, want elke leerling is anders; maatwerk staat voorop."),
        P("Aanvragen voor leerwegondersteunend onderwijs en praktijkonderwijs worden door de school via "
          "hetzelfde Loket ingediend, uiterlijk 1 maart voorafgaand aan het eerste schooljaar. De commissie "
          "besluit vóór 1 mei. Voor praktijkonderwijs gelden de landelijke criteria; voor lwoo hanteert "
          "het samenwerkingsverband eigen criteria, opgenomen in het Reglement lwoo (bijlage 4)."),
        P("Voor bezwaar tegen een besluit verwijzen wij naar het reglement."),
        P("Na het vso stromen de meeste leerlingen uit naar het mbo, naar arbeid of naar dagbesteding. De "
          "vso-scholen volgen hun oud-leerlingen gedurende een jaar na de uitstroom."),
    ]
    # financien — partial (verdeling yes, besteding no)
    b += [
        H1("Middelen"),
        P("De middelen voor lichte ondersteuning verdelen wij naar rato van het aantal leerlingen op de "
          "teldatum 1 oktober: ieder schoolbestuur ontvangt € 192 per leerling. Het budget voor zware "
          "ondersteuning wordt, na de inhoudingen door DUO voor het vso, aangewend voor de taken van het "
          "samenwerkingsverband. De bekostiging van het praktijkonderwijs en het lwoo loopt via de "
          "verevening en wordt door DUO verrekend."),
        P("De meerjarenbegroting 2026-2029 wordt in december door het algemeen bestuur vastgesteld en als "
          "bijlage 5 aan dit plan toegevoegd zodra zij beschikbaar is."),
        P("Schoolbesturen leggen in hun jaarverslag verantwoording af over de inzet van de middelen die zij "
          "van het samenwerkingsverband ontvangen."),
    ]
    # resultaten — missing
    b += [
        H1("Opbrengsten en ambities"),
        P("Onze scholen behalen goede opbrengsten. Alle scholen hebben het basisarrangement van de "
          "inspectie en de examenresultaten liggen boven het landelijk gemiddelde. Daar zijn we trots op."),
        P("Wat wij als samenwerkingsverband de komende jaren willen bereiken, stellen we in de loop van 2027 "
          "samen met de scholen vast. Dan formuleren we ook indicatoren en bepalen we hoe we die gaan volgen."),
    ]
    # ouders — partial (informatie yes, steunpunt deferred)
    b += [
        H1("Ouders en leerlingen"),
        P("Ouders vinden informatie over het ondersteuningsaanbod van het samenwerkingsverband op onze "
          "website en in de schoolgids van iedere school. Jaarlijks in november organiseren we een "
          "informatieavond voor ouders van leerlingen in groep 8 en de brugklas over de ondersteuning die "
          "scholen voor voortgezet onderwijs bieden."),
        P("Voor onafhankelijke ondersteuning van ouders en jongeren komt er een ouder- en jeugdsteunpunt. "
          "Hoe dit steunpunt wordt vormgegeven en waar het wordt ondergebracht, werken we in 2026 uit met "
          "de OPR en de gemeenten."),
    ]
    b += f_governance(c) + f_integriteit(c) + f_opr(c) + f_personeel(c) + f_kennis(c) + f_privacy(c)
    b += f_risicos(c) + f_jaarcyclus(c, with_verslag=False) + f_totstandkoming(c)
    b += glossary("Begrippenlijst", [
        ("Basisondersteuning", "Het afgesproken niveau van ondersteuning op alle scholen."),
        ("Terugplaatsing", "De overstap van het vso naar het regulier voortgezet onderwijs."),
        ("Dekkend aanbod", "Het geheel van voorzieningen waardoor elke leerling een passende plek heeft."),
        ("Thuiszitter", "Leerplichtige jongere die zonder vrijstelling niet naar school gaat."),
        ("Meerjarenbegroting", "Begroting voor vier jaar."),
        ("Resultaten", "De beoogde en bereikte resultaten van het samenwerkingsverband."),
        ("OJSP", "Ouder- en jeugdsteunpunt."),
    ])
    doc = dict(name="vo-heuvelrand-noord", title="Ondersteuningsplan 2026-2030 op hoofdlijnen",
               subtitle=["Samenwerkingsverband Voortgezet Onderwijs Heuvelrand-Noord (VO 26-03)",
                         "Vastgesteld door het algemeen bestuur op 7 april 2026"],
               header="SWV VO Heuvelrand-Noord | Ondersteuningsplan op hoofdlijnen",
               toc_extra=["Bijlage 4 Reglement lwoo", "Bijlage 5 Meerjarenbegroting 2026-2029"], blocks=b)
    crit = {k: False for k in CORE}
    crit.update({"basisondersteuning.niveau": True, "plaatsing.procedure": True,
                 "financien.verdeling": True, "ouders.informatie": True})
    label = dict(
        documents=["vo-heuvelrand-noord.pdf"], sector="vo", looks_like_plan=True,
        elements=dict(basisondersteuning="partial", plaatsing="partial", terugstroom="missing",
                      financien="partial", **{"dekkend-aanbod": "missing"}, resultaten="missing",
                      ouders="partial"),
        criteria=crit,
        advisory={"plaatsing": ["deskundigen"], "financien": ["verantwoording"],
                  "ouders": ["betrokkenheid"]},
        notes={
            "basisondersteuning": "'Het fundament': common minimum for every vestiging stated (niveau) and only the four Referentiekader aspects; concrete content deferred to a 2026-2027 basisondersteuningskaart / the schools' SOPs.",
            "plaatsing": "'Toewijzing van zwaardere ondersteuning': vso/lwoo/pro application via Loket, commission, 8 weeks (procedure); criteria explicitly absent ('geen vaste lijst', maatwerk), lwoo criteria only in absent bijlage 4, pro 'landelijke criteria' without content; bezwaar only 'zie reglement'.",
            "terugstroom": "Nothing: only 'uitstroom' to mbo/arbeid and a 'terugkoppeling'; 'Terugplaatsing' only in the begrippenlijst and in the wettelijk-kader paraphrase.",
            "financien": "'Middelen': EUR 192 per leerling on 1 October (verdeling); meerjarenbegroting deferred to absent bijlage 5, no amounts of spending.",
            "dekkend-aanbod": "Nothing substantive: thuiszitters only in passing ('vraagt onze aandacht') and in the begrippenlijst; OOGO only as procedural date; no arrangements or voorzieningen described.",
            "resultaten": "'Opbrengsten en ambities' covers exam results of all pupils (near-miss) and defers goals/indicators to 2027; 'Terugblik' lists activities only.",
            "ouders": "'Ouders en leerlingen': website, schoolgids, November info evening (informatie); OJSP only announced, design deferred to 2026 (steunpunt not addressed). OPR half parents (betrokkenheid).",
        })
    return doc, label


# --------------------------------------------------------------------------------------------
# Plan 3 — PO, mixed; content in tables and unusual wordings (docx)
# --------------------------------------------------------------------------------------------
def plan_duin_polder():
    c = dict(swv="Stichting Passend Onderwijs Duin en Polder", per="2026-2030",
             nleer="2.600", nscholen="58", nbesturen="11", bestuurder="Annelies Brouwer-Kaya",
             gemeenten="Zandvoorde, Polderwijk en Westerduin", inwoners="176.000", stad="Polderwijk",
             lln=["15.240", "15.060", "14.930"],
             pct_rows=[["Deelnamepercentage sbo", "2,4%", "2,5%", "2,4%"],
                       ["Deelnamepercentage so", "1,9%", "2,0%", "2,0%"]],
             portaal="OnderwijsDossier", fte="29", start_year="2025", oogo="4 maart 2026",
             ander_swv="VO Duinstreek (VO 28-02)", overleg="10 maart 2026",
             opr_datum="31 maart 2026", vast_datum="9 april 2026",
             h_voorwoord="Ten geleide", h_context="Hoofdstuk 1 – Ons werkgebied",
             h_visie="Hoofdstuk 2 – Waar we naartoe willen", h_gov="Hoofdstuk 10 – Besturing",
             h_opr="Hoofdstuk 11 – Inspraak en instemming", h_pers="Hoofdstuk 12 – Vakmanschap",
             h_priv="Hoofdstuk 13 – Gegevens en privacy", h_cyc="Hoofdstuk 14 – Van plan naar praktijk",
             h_tot="Hoofdstuk 15 – Verantwoording van de procedure")
    b = []
    b += f_voorwoord(c) + f_leeswijzer(c) + f_context(c) + f_ontwikkelingen(c) + f_visie(c)
    b += [
        H1("Hoofdstuk 3 – Terugblik 2022-2026"),
        P("De vorige planperiode stond in het teken van de coronaherstelperiode, de invoering van het "
          "nieuwe aanvraagportaal en de komst van een groot aantal nieuwkomers. Veel energie ging naar het "
          "op peil houden van de bestaande voorzieningen. Een uitgebreide evaluatie is beschreven in het "
          "evaluatierapport van november 2025, dat aan de OPR is verstrekt."),
    ]
    # basisondersteuning — present, content in a table
    b += [
        H1("Hoofdstuk 4 – Wat ouders op iedere school mogen verwachten"),
        P("De besturen van Duin en Polder hebben afgesproken dat onderstaande voorzieningen op alle 58 "
          "scholen en nevenvestigingen aanwezig zijn. Ze vormen samen de gezamenlijke ondergrens: "
          "wat hieronder staat, hoeft niet te worden aangevraagd en geldt voor elk kind."),
        TBL([["Domein", "Aanwezig op iedere vestiging"],
             ["Begeleiding", "intern begeleider (minimaal 0,4 fte per 250 leerlingen); leerkracht voert "
              "minimaal drie keer per jaar een kindgesprek"],
             ["Lezen en rekenen", "dyslexieprotocol en dyscalculieprotocol; verlengde instructie dagelijks; "
              "voorleessoftware beschikbaar"],
             ["Gedrag en welbevinden", "schoolbreed programma sociaal-emotioneel leren; pestprotocol; "
              "time-in-plek in de klas"],
             ["Meer- en hoogbegaafdheid", "signaleringsinstrument in groep 1-2 en 5; verrijkingsmateriaal "
              "in elke groep"],
             ["Taal", "woordenschatprogramma voor kinderen met een taalachterstand"],
             ["Medisch", "protocol medisch handelen; afspraken over medicijngebruik"],
             ["Overleg", "ondersteuningsteam met consulent en schoolmaatschappelijk werk, zes keer per jaar"]],
            "Tabel 4.1 Voorzieningen op iedere vestiging"),
        P("Wat daarboven nodig is, heet extra ondersteuning; zie hoofdstuk 5."),
    ]
    # dekkend-aanbod — present
    b += [
        H1("Hoofdstuk 5 – Een plek voor ieder kind"),
        P("Wanneer een kind meer nodig heeft dan tabel 4.1, volgt een oplopende reeks van mogelijkheden. "
          "Op de eigen school kan een groepsarrangement of een individueel arrangement worden ingezet. "
          "Bovenschools zijn er de Plusklas De Uitdaging (vier locaties), de Taalklas voor nieuwkomers in "
          "Polderwijk en de kleuterobservatiegroep De Duinpieper. Daarna volgen de drie scholen voor "
          "speciaal basisonderwijs en de twee so-scholen in de regio; voor leerlingen die een zeer "
          "specifieke plek nodig hebben, werken we samen met so-scholen in de buurregio's."),
        P("Leemtes in dat aanbod brengen we in kaart via de jaarlijkse aanbodanalyse: iedere school meldt "
          "per 1 februari welke kinderen geen passend aanbod hebben of wachten. In 2025 bleek dat er te "
          "weinig plaatsen zijn voor jonge kinderen met een ontwikkelingsachterstand en voor kinderen met "
          "een combinatie van hoogbegaafdheid en gedragsproblemen. In augustus 2027 opent daarom een "
          "tweede observatiegroep en start een pilot met een voltijds HB-groep."),
        P("Kinderen die niet naar school gaan, bespreken we aan de maandelijkse thuiszitterstafel met "
          "leerplicht, het wijkteam en de school. Binnen zes weken moet er een plan liggen; het bestuur "
          "waar het kind is ingeschreven blijft verantwoordelijk op grond van de zorgplicht, en de "
          "directeur-bestuurder kan bij stagnatie een school of voorziening vragen het kind tijdelijk te "
          "plaatsen."),
        P("Met de gemeenten hebben we afgesproken dat het wijkteam aansluit bij het ondersteuningsteam van "
          "iedere school."),
    ]
    # plaatsing — partial (criteria yes, procedure deferred to website) + terugstroom present inside
    b += [
        H1("Hoofdstuk 6 – Speciaal waar het moet"),
        H2("6.1 Wie komt in aanmerking?"),
        P("Een kind is toelaatbaar tot het speciaal basisonderwijs als: (a) de school gedurende ten minste "
          "twintig weken een arrangement heeft ingezet en geëvalueerd; (b) het kind op twee of meer "
          "vakgebieden een achterstand heeft van meer dan anderhalf jaar of de sociaal-emotionele "
          "ontwikkeling de groepsgrootte van het regulier onderwijs niet toelaat; en (c) een bovenschools "
          "arrangement geen oplossing biedt."),
        P("Een kind is toelaatbaar tot het speciaal onderwijs cluster 3 bij een verstandelijke, lichamelijke "
          "of meervoudige beperking die intensieve begeleiding gedurende de hele schooldag nodig maakt, en "
          "tot cluster 4 bij ernstige gedrags- of psychiatrische problematiek waarvoor een "
          "behandelcomponent binnen de school nodig is."),
        H2("6.2 Hoe het werkt"),
        P("De aanvraagprocedure, de termijnen en de samenstelling van de commissie staan beschreven in het "
          "Handboek Toelaatbaarheid op www.duinenpolder.nl."),
        H2("6.3 Hoe lang"),
        P("Een verklaring voor het sbo geven we af tot het einde van de basisschoolperiode. Een verklaring "
          "voor het so geldt twee schooljaren, in de regel in categorie laag; midden of hoog alleen bij een "
          "lichamelijke of meervoudige beperking."),
        H2("6.4 En daarna: de weg terug naar de buurtschool"),
        P("Wij willen dat een kind niet langer in het speciaal (basis)onderwijs blijft dan nodig. Een "
          "overstap naar een gewone basisschool in de buurt is het doel zodra het kind zich daar met "
          "ondersteuning verder kan ontwikkelen. Dat is het geval wanneer de achterstand niet verder "
          "oploopt, het kind in een grotere groep kan functioneren en een ontvangende school is gevonden. "
          "De ontvangende school krijgt een overstaparrangement van € 4.500 en een jaar begeleiding door "
          "een leerkracht van de s(b)o-school."),
        P("Uiterlijk in januari van het laatste jaar van de verklaring organiseert de s(b)o-school een "
          "evaluatiegesprek met ouders, de school van herkomst en de consulent van Duin en Polder. Ook in "
          "de tussenliggende jaren wordt dit bij de jaarlijkse bespreking van het ontwikkelingsperspectief "
          "bekeken. De consulent adviseert en de directeur-bestuurder besluit vóór 1 april; de overstap "
          "vindt plaats per 1 augustus. Blijft het kind aangewezen op het s(b)o, dan volgt een nieuwe "
          "aanvraag; anders loopt de verklaring op 31 juli af."),
    ]
    # financien — present under 'Geld en middelen'
    b += [
        H1("Hoofdstuk 7 – Geld en middelen"),
        P("Duin en Polder werkt met een schoolmodel. Het grootste deel van het ondersteuningsbudget gaat "
          "rechtstreeks naar de besturen: € 212 per leerling op de teldatum 1 oktober, aangevuld met een "
          "vaste voet van € 6.000 per school. Individuele arrangementen boven dat budget worden door de "
          "school aangevraagd bij de consulent en toegekend als de school aantoont dat de basisondersteuning "
          "en het eigen schoolbudget zijn ingezet; de consulent beslist binnen drie weken."),
        TBL([["(bedragen x € 1.000)", "2026", "2027", "2028", "2029"],
             ["Rijksbijdrage lichte en zware ondersteuning", "16.950", "16.760", "16.610", "16.480"],
             ["Afdrachten sbo en so", "8.920", "8.880", "8.840", "8.800"],
             ["Budget besturen (schoolmodel)", "3.540", "3.500", "3.470", "3.450"],
             ["Vaste voet", "348", "348", "342", "342"],
             ["Bovenschoolse voorzieningen", "2.310", "2.460", "2.460", "2.460"],
             ["Individuele arrangementen", "760", "760", "740", "740"],
             ["Overstaparrangementen", "90", "90", "90", "90"],
             ["Bureau en consulenten", "1.180", "1.200", "1.220", "1.240"],
             ["Resultaat", "-198", "-478", "-552", "-642"]],
            "Tabel 7.1 Meerjarenbegroting"),
        P("De negatieve resultaten zijn bewust: de reserve van € 3,1 miljoen wordt afgebouwd tot een "
          "weerstandsvermogen van 10% van de baten."),
    ]
    # resultaten — partial (doelen yes, monitoring deferred)
    b += [
        H1("Hoofdstuk 8 – Ambities 2026-2030"),
        P("Voor kinderen die extra ondersteuning nodig hebben, willen we in 2030 het volgende bereiken:"),
        UL(["het deelnamepercentage sbo daalt van 2,4% naar 2,1%;",
            "geen kind wacht langer dan acht weken op een plek in een bovenschoolse voorziening;",
            "minstens 20 kinderen per jaar maken de overstap van s(b)o naar een basisschool in de buurt;",
            "alle 58 scholen voldoen aantoonbaar aan tabel 4.1."]),
        P("Een monitor waarmee we de voortgang op deze ambities volgen, ontwikkelen we in het eerste "
          "planjaar; de opzet daarvan volgt."),
    ]
    # ouders — partial (steunpunt yes, informatie deferred)
    b += [
        H1("Hoofdstuk 9 – Als het schuurt"),
        P("Soms zijn ouders en school het niet eens over wat een kind nodig heeft. Ouders kunnen dan "
          "kosteloos terecht bij het Ouder- en Jeugdsteunpunt Duin en Polder. Het steunpunt werkt "
          "onafhankelijk van de schoolbesturen, houdt op dinsdag en donderdag een telefonisch spreekuur en "
          "kan een gesprek met school begeleiden. Daarnaast kunnen ouders advies vragen aan de "
          "Onderwijsconsulenten, een klacht indienen volgens de klachtenregeling van het samenwerkingsverband "
          "of een geschil voorleggen aan de Geschillencommissie passend onderwijs."),
        P("Hoe wij ouders voortaan informeren over de ondersteuningsmogelijkheden in de regio, leggen we in "
          "schooljaar 2026-2027 samen met de OPR vast in een communicatieplan."),
    ]
    b += f_governance(c) + f_integriteit(c) + f_opr(c) + f_personeel(c) + f_kennis(c) + f_privacy(c)
    b += f_jaarcyclus(c, with_verslag=False) + f_totstandkoming(c)
    b += glossary("Bijlage Begrippen en afkortingen", [
        ("Basisondersteuning", "Zie hoofdstuk 4."),
        ("TLV", "Toelaatbaarheidsverklaring, afgegeven door het samenwerkingsverband."),
        ("Terugplaatsing", "Overstap van het s(b)o naar het regulier basisonderwijs."),
        ("Informatievoorziening ouders", "De manier waarop ouders informatie krijgen over passend onderwijs."),
        ("Monitor", "Overzicht van kengetallen en resultaten."),
        ("OJSP", "Ouder- en jeugdsteunpunt."),
    ])
    doc = dict(name="po-duin-en-polder", title="Ondersteuningsplan Duin en Polder 2026-2030",
               subtitle=["Stichting Passend Onderwijs Duin en Polder (PO 28-06)", "Elk kind een plek"],
               header="Duin en Polder PO 28-06 – Ondersteuningsplan 2026-2030",
               toc_extra=["Handboek Toelaatbaarheid (website)"], blocks=b)
    crit = {k: True for k in CORE}
    crit.update({"plaatsing.procedure": False, "resultaten.monitoring": False, "ouders.informatie": False})
    label = dict(
        documents=["po-duin-en-polder.docx"], sector="po", looks_like_plan=True,
        elements=dict(basisondersteuning="present", plaatsing="partial", terugstroom="present",
                      financien="present", **{"dekkend-aanbod": "present"}, resultaten="partial",
                      ouders="partial"),
        criteria=crit,
        advisory={"plaatsing": ["duur-categorie"], "financien": ["reserves"],
                  "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"],
                  "ouders": ["betrokkenheid"]},
        notes={
            "basisondersteuning": "Hoofdstuk 4 'Wat ouders op iedere school mogen verwachten': common ondergrens for all 58 vestigingen; content only in Tabel 4.1.",
            "plaatsing": "Hoofdstuk 6 'Speciaal waar het moet': sbo and so criteria (6.1) and duration/category (6.3); the procedure is only a reference to the Handboek Toelaatbaarheid on the website (6.2).",
            "terugstroom": "6.4 'En daarna: de weg terug naar de buurtschool' inside the TLV chapter, never using 'terugplaatsing': aims/conditions/overstaparrangement (beleid) and January evaluation, decision before 1 April, end 31 July (procedure).",
            "financien": "Hoofdstuk 7 'Geld en middelen': schoolmodel EUR 212 per leerling + vaste voet + arrangement allocation (verdeling); Tabel 7.1 meerjarenbegroting (besteding); reserve afbouw.",
            "dekkend-aanbod": "Hoofdstuk 5 'Een plek voor ieder kind': continuum from arrangements to bovenschools, sbo and so; aanbodanalyse, gaps with dated actions, thuiszitterstafel, zorgplicht.",
            "resultaten": "Hoofdstuk 8 'Ambities': measurable 2030 targets (doelen); monitoring deferred ('monitor ontwikkelen we in het eerste planjaar; de opzet volgt'). Terugblik only refers to a separate evaluatierapport.",
            "ouders": "Hoofdstuk 9 'Als het schuurt': independent OJSP, Onderwijsconsulenten, klachten, Geschillencommissie (steunpunt); how parents are informed is deferred to a 2026-2027 communicatieplan.",
        })
    return doc, label


# --------------------------------------------------------------------------------------------
# Plan 4 — VO, content in tables, plaatsing only referred, no parents chapter (docx)
# --------------------------------------------------------------------------------------------
def plan_ijssel_vallei():
    c = dict(swv="Samenwerkingsverband Voortgezet Onderwijs IJssel-Vallei", per="2026-2030",
             nleer="2.300", nscholen="24", nbesturen="8", bestuurder="Hans Wijnbergen",
             gemeenten="Valkendam, IJsselwoude, Terhorst en Nijenbeek", inwoners="203.000",
             stad="Valkendam", lln=["16.410", "16.380", "16.250"],
             pct_rows=[["Deelnamepercentage vso", "3,4%", "3,5%", "3,3%"],
                       ["Leerlingen met lwoo", "1.470", "1.455", "1.430"],
                       ["Leerlingen in het praktijkonderwijs", "612", "598", "590"]],
             portaal="TOP-dossier", fte="17", start_year="2025", oogo="9 maart 2026",
             ander_swv="PO IJssel-Vallei (PO 25-10)", overleg="16 maart 2026",
             opr_datum="14 april 2026", vast_datum="21 april 2026",
             h_voorwoord="Voorwoord", h_context="1 Context", h_visie="2 Visie en missie",
             h_gov="10 Governance", h_opr="11 Medezeggenschap", h_pers="12 Personeel",
             h_priv="13 Privacy en ICT", h_cyc="14 Planning", h_tot="15 Totstandkoming")
    b = []
    b += f_voorwoord(c) + f_leeswijzer(c) + f_context(c) + f_ontwikkelingen(c) + f_visie(c, partner=False)
    # basisondersteuning — present
    b += [
        H1("3 Wat u overal mag verwachten"),
        P("Iedere school voor voortgezet onderwijs in IJssel-Vallei, van praktijkonderwijs tot gymnasium, "
          "biedt dezelfde minimale ondersteuning. Deze afspraak is in 2025 door alle acht besturen "
          "bekrachtigd en geldt voor iedere vestiging. Concreet betekent dit dat elke vestiging beschikt over:"),
        UL(["een mentor per klas met ten minste één mentoruur per week in leerjaar 1 en 2;",
            "een ondersteuningscoördinator en toegang tot een orthopedagoog of psycholoog;",
            "dyslexie- en dyscalculiebegeleiding met faciliteiten bij toetsen en examens;",
            "trainingen faalangstreductie, sociale vaardigheden en examenvrees;",
            "coaching op executieve functies (plannen en organiseren);",
            "een opvang- of time-outruimte met toezicht gedurende de hele schooldag;",
            "een ondersteuningsteam met de jeugdarts, de leerplichtambtenaar en het schoolmaatschappelijk werk;",
            "een protocol medisch handelen en een aanspreekpunt sociale veiligheid."]),
        P("Iedere twee jaar doet het samenwerkingsverband met de scholen een basisondersteuningsscan. "
          "Vestigingen die op een onderdeel tekortschieten, krijgen een termijn van een jaar om dit op te "
          "lossen; het bestuur rapporteert daarover aan het algemeen bestuur."),
    ]
    # plaatsing — missing (reference only)
    b += [
        H1("4 Toelaatbaarheid vso, lwoo en pro"),
        P("De procedures en criteria voor de toelaatbaarheid tot het voortgezet speciaal onderwijs en het "
          "praktijkonderwijs en voor de aanwijzing voor leerwegondersteunend onderwijs zijn vastgelegd in "
          "het Reglement Toelaatbaarheid en Toewijzing (bijlage 3). Het algemeen bestuur stelt dit "
          "reglement jaarlijks vast na advies van het directeurenoverleg."),
    ]
    # dekkend-aanbod — partial (lacunes yes, continuum deferred)
    b += [
        H1("5 Elke jongere een plek"),
        P("Welke bovenschoolse voorzieningen, zoals een orthopedagogisch-didactisch centrum of een "
          "reboundvoorziening, we in de nieuwe planperiode in stand houden, besluit het algemeen bestuur in "
          "het najaar van 2026 op basis van een evaluatie van het huidige aanbod."),
        P("Ongeacht die keuze willen we weten waar jongeren tussen wal en schip vallen. Iedere school meldt "
          "een leerling die langer dan vier weken niet of nauwelijks naar school gaat bij het "
          "thuiszittersoverleg, dat elke maand bijeenkomt met de leerplichtambtenaren van de vier gemeenten. "
          "Het overleg wijst een casusregisseur aan, die binnen twee weken een plan maakt met een datum voor "
          "hervatting van onderwijs. Als na drie maanden geen oplossing is gevonden, legt de casusregisseur de "
          "situatie voor aan de directeur-bestuurder, die namens de besturen kan besluiten welke school de "
          "leerling opneemt."),
        P("Daarnaast houdt het bureau een wachtlijstmonitor bij. Eens per jaar, in mei, bespreekt het "
          "algemeen bestuur de analyse van jongeren voor wie geen passend aanbod bestond en besluit het over "
          "maatregelen voor het volgende schooljaar. In 2025 leidde dit tot afspraken met het mbo over "
          "jongeren van 16 jaar en ouder zonder startkwalificatie."),
    ]
    # terugstroom — partial (beleid yes, procedure deferred)
    b += [
        H1("6 Van vso terug naar het regulier vo"),
        P("Het vso is voor veel jongeren een tijdelijke plek. Ons beleid is dat een leerling overstapt naar "
          "het regulier voortgezet onderwijs zodra het ontwikkelingsperspectief laat zien dat hij of zij daar "
          "een diploma kan halen, de jongere zelf de overstap wil maken en een school met een passend "
          "aanbod bereid is de leerling op te nemen. Het eerste jaar na de overstap krijgt de ontvangende "
          "school een overstaparrangement van € 3.000 en begeleidt een ambulant begeleider van de vso-school "
          "de leerling en de mentor."),
        P("Het stappenplan, inclusief wie het initiatief neemt en op welke momenten wordt geëvalueerd, "
          "werken we in schooljaar 2026-2027 samen met de vso-scholen uit in een protocol."),
        P("In 2024-2025 stapten 14 leerlingen over van het vso naar het regulier onderwijs, tegen 9 in "
          "2022-2023."),
    ]
    # financien — present, content in tables
    b += [
        H1("7 Financieel kader"),
        P("Tabel 7.1 toont hoe de ondersteuningsmiddelen over de scholen worden verdeeld; tabel 7.2 bevat de "
          "meerjarenbegroting."),
        TBL([["Component", "Grondslag", "Bedrag 2026", "Ontvanger"],
             ["Lichte ondersteuning", "leerlingen op 1 oktober", "€ 148 per leerling", "schoolbesturen"],
             ["Lwoo", "aantal aangewezen lwoo-leerlingen", "€ 1.250 per lwoo-leerling",
              "besturen met lwoo-aanbod"],
             ["Praktijkonderwijs", "leerlingen pro op 1 oktober", "via DUO (verevening)", "pro-scholen"],
             ["Vaste voet", "per vestiging", "€ 12.500", "schoolbesturen"],
             ["Overstaparrangement", "per leerling die overstapt", "€ 3.000", "ontvangende school"],
             ["Maatwerkbudget", "aanvraag bij directeur-bestuurder, besluit binnen 4 weken",
              "max. € 15.000 per leerling", "school van inschrijving"]],
            "Tabel 7.1 Verdeling van de middelen"),
        TBL([["x € 1.000", "2026", "2027", "2028", "2029"],
             ["Baten zware ondersteuning", "13.860", "13.790", "13.640", "13.520"],
             ["Baten lichte ondersteuning en lwoo", "4.920", "4.880", "4.830", "4.790"],
             ["Afdrachten vso (DUO)", "10.210", "10.180", "10.090", "10.010"],
             ["Lichte ondersteuning naar besturen", "2.430", "2.425", "2.405", "2.390"],
             ["Lwoo naar besturen", "1.790", "1.760", "1.730", "1.710"],
             ["Vaste voet", "300", "300", "300", "288"],
             ["Thuiszittersaanpak en casusregie", "540", "540", "520", "520"],
             ["Maatwerkbudget en overstaparrangementen", "690", "690", "690", "690"],
             ["Bureau", "1.120", "1.135", "1.150", "1.165"],
             ["Resultaat", "-300", "-360", "-415", "-463"]],
            "Tabel 7.2 Meerjarenbegroting 2026-2029"),
    ]
    # resultaten — present
    b += [
        H1("8 Wat we willen bereiken en hoe we dat volgen"),
        TBL([["Doel voor jongeren met een ondersteuningsbehoefte", "Nulmeting 2025", "Streefwaarde 2029"],
             ["Thuiszitters langer dan drie maanden", "19", "hoogstens 8"],
             ["Jongeren zonder passend aanbod op de wachtlijstmonitor", "27", "hoogstens 10"],
             ["Overstap vso naar regulier per jaar", "14", "20"],
             ["Vestigingen die voldoen aan de basisondersteuningsscan", "20 van 24", "24 van 24"]],
            "Tabel 8.1 Doelen"),
        P("Het bureau rapporteert elk kwartaal over deze indicatoren aan het algemeen bestuur via een "
          "dashboard. Eenmaal per jaar verschijnt een kwaliteitsrapportage met een analyse van de bereikte "
          "resultaten en de kosten per voorziening; deze wordt besproken met het directeurenoverleg en de "
          "OPR en is onderdeel van het bestuursverslag. In de vorige periode daalde het aantal langdurige "
          "thuiszitters van 31 (2021) naar 19 (2025)."),
    ]
    # 'Communicatie' — professionals only (ouders missing)
    b += [
        H1("9 Communicatie"),
        P("Het samenwerkingsverband communiceert met scholen, besturen en ketenpartners via een maandelijkse "
          "nieuwsbrief, een jaarlijkse conferentie en de website. De website richt zich op schoolleiders, "
          "ondersteuningscoördinatoren, mentoren en medewerkers van gemeenten en jeugdhulp; daar staan de "
          "formulieren, reglementen en contactgegevens van het bureau. Elke school heeft een vaste "
          "contactpersoon op het bureau."),
    ]
    b += f_governance(c) + f_integriteit(c) + f_opr(c, composition=False)
    b += f_personeel(c, voorzieningen=False) + f_kennis(c) + f_risicos(c)
    b += f_privacy(c) + f_jaarcyclus(c) + f_totstandkoming(c)
    b += glossary("Begrippenlijst", [
        ("Ouder- en jeugdsteunpunt (OJSP)", "Onafhankelijk steunpunt waar ouders en jongeren terecht kunnen."),
        ("Onderwijsconsulenten", "Landelijke organisatie die ouders kosteloos en onafhankelijk adviseert."),
        ("TLV", "Toelaatbaarheidsverklaring voor het vso."),
        ("LBT", "Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen."),
        ("Pro", "Praktijkonderwijs."), ("Lwoo", "Leerwegondersteunend onderwijs."),
        ("OPDC", "Orthopedagogisch-didactisch centrum."),
        ("Informatieplicht", "De plicht om ouders te informeren over ondersteuningsvoorzieningen."),
    ])
    doc = dict(name="vo-ijssel-vallei", title="Ondersteuningsplan 2026-2030",
               subtitle=["Samenwerkingsverband Voortgezet Onderwijs IJssel-Vallei (VO 25-11)",
                         "Iedere jongere verder"],
               header="SWV VO IJssel-Vallei VO 25-11 | Ondersteuningsplan 2026-2030",
               toc_extra=["Bijlage 3 Reglement Toelaatbaarheid en Toewijzing", "Bijlage 4 Ouderinformatie"],
               blocks=b)
    crit = {k: True for k in CORE}
    crit.update({"plaatsing.procedure": False, "plaatsing.criteria": False,
                 "terugstroom.procedure": False, "dekkend-aanbod.continuum": False,
                 "ouders.informatie": False, "ouders.steunpunt": False})
    label = dict(
        documents=["vo-ijssel-vallei.docx"], sector="vo", looks_like_plan=True,
        elements=dict(basisondersteuning="present", plaatsing="missing", terugstroom="partial",
                      financien="present", **{"dekkend-aanbod": "partial"}, resultaten="present",
                      ouders="missing"),
        criteria=crit,
        advisory={"basisondersteuning": ["borging"], "terugstroom": ["monitoring"],
                  "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"]},
        notes={
            "basisondersteuning": "'3 Wat u overal mag verwachten': minimum for every vestiging agreed by all boards, bullet list of provisions; biennial scan (borging).",
            "plaatsing": "'4 Toelaatbaarheid vso, lwoo en pro' only refers to the absent Reglement (bijlage 3); TLV/LBT only in the begrippenlijst.",
            "terugstroom": "'6 Van vso terug naar het regulier vo': aims, conditions, overstaparrangement (beleid) and figures; the stappenplan (who initiates, evaluation moments) is deferred to a 2026-2027 protocol.",
            "financien": "'7 Financieel kader': verdeling and meerjarenbegroting only in tables 7.1 and 7.2.",
            "dekkend-aanbod": "'5 Elke jongere een plek': thuiszittersoverleg, casusregisseur, escalation, wachtlijstmonitor and yearly gap analysis (lacunes); the set of voorzieningen (OPDC/rebound) is deferred to an autumn-2026 board decision (continuum).",
            "resultaten": "'8 Wat we willen bereiken en hoe we dat volgen': goals table with nulmeting/streefwaarde, quarterly dashboard, yearly kwaliteitsrapportage.",
            "ouders": "Nothing: '9 Communicatie' addresses professionals only; OJSP only as a law mention with deferral and in the begrippenlijst; 'Bijlage 4 Ouderinformatie' only in the TOC; OPR without parent composition.",
        })
    return doc, label


# --------------------------------------------------------------------------------------------
# Plan 5 — PO, web version (html)
# --------------------------------------------------------------------------------------------
def plan_kempenland():
    c = dict(swv="Samenwerkingsverband Primair Passend Onderwijs Kempenland-Oost", per="2026-2030",
             nleer="1.500", nscholen="44", nbesturen="6", bestuurder="Ruud Verhoeven",
             gemeenten="Heezendonk, Lierop-Oost en Maarhees", inwoners="97.000", stad="Heezendonk",
             lln=["9.870", "9.720", "9.640"],
             pct_rows=[["Aantal sbo-scholen", "2", "2", "2"], ["Aantal so-scholen", "2", "2", "2"]],
             portaal="Groeidossier Online", fte="14", start_year="2025", oogo="17 februari 2026",
             ander_swv="VO Kempenland (VO 30-06)", overleg="24 februari 2026",
             opr_datum="17 maart 2026", vast_datum="26 maart 2026",
             h_context="Onze regio", h_visie="Visie", h_gov="Bestuur en organisatie",
             h_cyc="Jaarcyclus", h_tot="Totstandkoming van dit plan")
    b = []
    b += f_voorwoord(c) + f_wettelijk_kader(c, "po") + f_context(c) + f_ontwikkelingen(c) + f_visie(c)
    # basisondersteuning — missing (deferral to national norm)
    b += [
        H1("Basisondersteuning: de ondergrens"),
        P("De minister werkt aan een landelijke norm voor basisondersteuning. Wij wachten deze norm af. "
          "Zodra die is vastgesteld, beschrijven wij in een addendum bij dit plan welke basisondersteuning "
          "alle scholen in Kempenland-Oost bieden. Tot die tijd blijven de afspraken uit het vorige "
          "ondersteuningsplan van kracht."),
    ]
    # dekkend-aanbod — partial (continuum yes, lacunes deferred)
    b += [
        H1("Ondersteuning in lagen"),
        P("Als een kind meer nodig heeft dan de eigen groep kan bieden, zijn er in Kempenland-Oost de "
          "volgende lagen. De school kan een schoolarrangement inzetten: extra handen in de klas, een "
          "specialist of een aangepast programma, voor een periode van maximaal een jaar. Is meer nodig, "
          "dan kan het ondersteuningsteam toegang geven tot een van de bovenschoolse voorzieningen: de "
          "Taalklas in Heezendonk voor nieuwkomers, de Observatiegroep De Sprong voor kinderen van vier tot "
          "zeven jaar en de Denkklas voor meer- en hoogbegaafde kinderen (één dag per week). De volgende "
          "laag wordt gevormd door de sbo-scholen De Kempenaar en Het Kompas, en de so-scholen De Linde "
          "(cluster 3) en De Berkenhof (cluster 4)."),
        P("Deze voorzieningen vormen samen één doorgaande lijn: een kind kan op ieder moment een laag "
          "terug of verder, en de consulent van het samenwerkingsverband bewaakt de samenhang."),
        P("Een analyse van witte vlekken in het aanbod staat gepland voor 2027. De aanpak van kinderen die "
          "geen passende plek hebben, werken we in samenhang daarmee uit."),
    ]
    # plaatsing — present
    b += [
        H1("Als de basisschool niet (meer) past"),
        P("Voor een plaats in het sbo of so is een toelaatbaarheidsverklaring van het samenwerkingsverband "
          "nodig. Het bevoegd gezag van de school waar het kind staat ingeschreven vraagt deze aan via "
          "Groeidossier Online, met het groeidocument, de evaluatie van het arrangement en de zienswijze "
          "van de ouders. De aanvraag wordt behandeld door de Commissie van Toelaatbaarheid (CvT)."),
        P("De CvT vraagt advies aan een orthopedagoog of psycholoog en aan een tweede deskundige die past bij "
          "de vraag van het kind, zoals een kinderarts of maatschappelijk werker. Beide deskundigen geven "
          "een eigen schriftelijk advies en zijn niet betrokken geweest bij de aanvraag. De CvT besluit "
          "binnen vijf weken. Bij spoed, bijvoorbeeld na een crisisopname, besluit de voorzitter binnen vijf "
          "werkdagen tot een tijdelijke verklaring van drie maanden."),
        P("De CvT geeft een verklaring voor het sbo af als het kind een arrangement op de eigen school en "
          "een bovenschoolse voorziening heeft gehad zonder voldoende effect, en als uit het groeidocument "
          "blijkt dat het kind structureel een kleinere groep en een aangepast programma nodig heeft. Voor "
          "het so moet daarnaast sprake zijn van een handicap, chronische ziekte of ernstige gedrags- of "
          "psychiatrische stoornis waardoor het kind de hele dag specialistische begeleiding nodig heeft. "
          "Bij het so bepaalt de CvT ook de categorie: laag, midden of hoog."),
        P("Tegen een besluit kunnen ouders binnen zes weken bezwaar maken. Het samenwerkingsverband is "
          "aangesloten bij de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen."),
        H2("Na afloop van de verklaring"),
        P("In het laatste jaar van de verklaring bespreekt de sbo- of so-school uiterlijk op 1 maart in het "
          "multidisciplinair overleg of het kind terug kan naar een reguliere basisschool. De sbo- of "
          "so-school neemt hiertoe het initiatief en nodigt de ouders en de consulent uit. Als het overleg "
          "terugplaatsing adviseert, dient de s(b)o-school vóór 1 april een verzoek in bij de CvT, die "
          "binnen vier weken besluit. Is verlenging nodig, dan vraagt de school een nieuwe verklaring aan; "
          "anders eindigt de verklaring op 31 juli."),
        P("Het beleid – met welk doel, onder welke voorwaarden en met welke ondersteuning na de overstap – "
          "herijken we samen met de s(b)o-scholen. Het herijkte beleid leggen we in 2027 voor aan de OPR."),
    ]
    # financien — missing
    b += [
        H1("Financieel kader"),
        P("Het verdeelmodel en de meerjarenbegroting worden vastgesteld in de afzonderlijke Kadernota "
          "Financiën 2026-2030 en zijn te vinden op onze website. De begroting voor 2026 volgt na "
          "vaststelling door het bestuur in december. Wij zetten de middelen doelmatig en transparant in."),
    ]
    # resultaten — partial (monitoring yes, doelen deferred)
    b += [
        H1("Kwaliteit en verantwoording"),
        P("We volgen de ontwikkeling van passend onderwijs in de regio met een vaste set kengetallen. Het "
          "bureau verzamelt ze per peildatum 1 oktober uit DUO-gegevens en de eigen registratie, rapporteert "
          "ze ieder halfjaar aan het bestuur en publiceert ze in het jaarverslag. Elke twee jaar houden we "
          "een tevredenheidspeiling onder ouders en intern begeleiders. De uitkomsten bespreken we met de "
          "OPR en de directeuren, waarna het bestuur beslist over bijsturing."),
        TBL([["Kengetal", "2022", "2023", "2024", "2025"],
             ["Deelname sbo", "2,3%", "2,2%", "2,2%", "2,1%"],
             ["Deelname so", "1,5%", "1,6%", "1,6%", "1,7%"],
             ["Afgegeven verklaringen", "118", "124", "131", "127"],
             ["Gemiddelde doorlooptijd (weken)", "7,5", "6,8", "6,1", "5,6"],
             ["Terugplaatsingen", "9", "11", "8", "12"],
             ["Tevredenheid ouders (1-10)", "–", "7,0", "–", "7,3"]],
            "Tabel: bereikte resultaten 2022-2025"),
        P("Concrete doelen voor de nieuwe planperiode formuleren we na de tevredenheidspeiling van 2027."),
    ]
    # ouders — present, inside 'Communicatie'
    b += [
        H1("Communicatie"),
        P("Communicatie met scholen loopt via de directeurenoverleggen en de IB-netwerken. Voor ouders "
          "hebben we de folder 'Wegwijzer passend onderwijs', die iedere school aan nieuwe ouders meegeeft, "
          "en een ouderpagina op de website met uitleg over arrangementen, bovenschoolse voorzieningen en "
          "de weg naar het sbo en so. Iedere school beschrijft in de schoolgids welke ondersteuning zij "
          "biedt. Twee keer per jaar houden we een ouderavond op wisselende locaties."),
        P("Ouders die vastlopen of een onafhankelijk advies willen, kunnen terecht bij het Ouder- en "
          "Jeugdsteunpunt Kempenland. Het steunpunt is ondergebracht bij een stichting die los staat van "
          "de schoolbesturen en werkt kosteloos en vertrouwelijk. Ook kunnen ouders contact opnemen met de "
          "Onderwijsconsulenten of een klacht indienen bij de klachtencommissie van het samenwerkingsverband."),
    ]
    b += f_governance(c) + f_integriteit(c) + f_opr(c) + f_personeel(c) + f_kennis(c) + f_privacy(c)
    b += f_jaarcyclus(c) + f_totstandkoming(c)
    b += glossary("Begrippenlijst", [
        ("Basisondersteuning", "De ondersteuning die iedere school in het samenwerkingsverband biedt: "
         "preventieve en licht curatieve interventies, een ondersteuningsstructuur en handelingsgericht werken."),
        ("Verdeelmodel", "De afspraken over de verdeling van het ondersteuningsbudget over de besturen."),
        ("Thuiszitter", "Leerplichtig kind dat niet naar school gaat."),
        ("CvT", "Commissie van Toelaatbaarheid."),
        ("OJSP", "Ouder- en jeugdsteunpunt."),
    ])
    doc = dict(name="po-kempenland-oost", title="Ondersteuningsplan 2026-2030",
               subtitle=["Samenwerkingsverband Primair Passend Onderwijs Kempenland-Oost (PO 30-08)",
                         "Webversie – de pdf-versie is te downloaden onderaan deze pagina"],
               header="Kempenland-Oost PO 30-08 | Ondersteuningsplan", toc_title="Op deze pagina",
               toc_extra=["Addendum basisondersteuning (volgt)", "Kadernota Financiën 2026-2030 (website)"],
               blocks=b)
    crit = {k: True for k in CORE}
    crit.update({"basisondersteuning.niveau": False, "basisondersteuning.inhoud": False,
                 "terugstroom.beleid": False, "financien.verdeling": False, "financien.besteding": False,
                 "dekkend-aanbod.lacunes": False, "resultaten.doelen": False})
    label = dict(
        documents=["po-kempenland-oost.html"], sector="po", looks_like_plan=True,
        elements=dict(basisondersteuning="missing", plaatsing="present", terugstroom="partial",
                      financien="missing", **{"dekkend-aanbod": "partial"}, resultaten="partial",
                      ouders="present"),
        criteria=crit,
        advisory={"plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
                  "terugstroom": ["monitoring"], "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
        notes={
            "basisondersteuning": "Chapter 'Basisondersteuning: de ondergrens' only defers to a landelijke norm/addendum and refers to the previous plan; definition only in the begrippenlijst and in the wettelijk-kader paraphrase.",
            "plaatsing": "'Als de basisschool niet (meer) past': aanvraag by bevoegd gezag, CvT, two deskundigen, 5 weeks, spoed route, sbo and so criteria, category, bezwaar LBT.",
            "terugstroom": "Subsection 'Na afloop van de verklaring': MDO by 1 March, initiative s(b)o-school, request before 1 April, CvT decides, end 31 July (procedure); policy explicitly deferred to 2027 (beleid).",
            "financien": "'Financieel kader' only refers to a separate Kadernota on the website and says the begroting 'volgt'; no verdeling or amounts anywhere.",
            "dekkend-aanbod": "'Ondersteuning in lagen': schoolarrangement, Taalklas, Observatiegroep, Denkklas, sbo, so (continuum); gap analysis and approach for pupils without a place deferred to 2027 (lacunes).",
            "resultaten": "'Kwaliteit en verantwoording': peildatum, half-yearly reporting, jaarverslag, satisfaction survey, table of achieved figures (monitoring); goals deferred until after 2027 (doelen).",
            "ouders": "'Communicatie': folder, ouderpagina, schoolgids, ouderavonden (informatie); independent OJSP Kempenland, Onderwijsconsulenten, klachtencommissie (steunpunt).",
        })
    return doc, label


# --------------------------------------------------------------------------------------------
# Document 6 — near miss: school-level 'ondersteuningsplan' of one VO school (pdf)
# --------------------------------------------------------------------------------------------
def not_a_plan_baken():
    b = [
        H1("1 Inleiding"),
        P("Dit ondersteuningsplan beschrijft hoe Het Baken, locatie Noord, de ondersteuning van leerlingen "
          "in schooljaar 2025-2026 organiseert. Het plan is bedoeld voor mentoren, docenten, het "
          "ondersteuningsteam en de schoolleiding, en wordt ieder jaar in september geactualiseerd. Het "
          "sluit aan op het schoolondersteuningsprofiel van de school en op het ondersteuningsplan van "
          "ons samenwerkingsverband VO."),
        P("Het Baken, locatie Noord, is een scholengemeenschap voor vmbo-bb/kb, mavo en havo met 1.140 "
          "leerlingen. Ruim 180 leerlingen hebben leerwegondersteuning; 46 leerlingen hebben een "
          "ontwikkelingsperspectief."),
        H1("2 Visie op begeleiding"),
        P("Wij geloven dat iedere leerling het beste leert in een veilige omgeving, met een mentor die hem "
          "of haar kent. Begeleiding is in de eerste plaats de taak van de mentor en de docent in de les. "
          "Pas als dat niet genoeg is, schakelen we specialisten in. We werken handelingsgericht: we kijken "
          "naar wat een leerling nodig heeft, niet naar een label."),
        H1("3 De ondersteuningsniveaus van onze school"),
        TBL([["Niveau", "Wie", "Wat"],
             ["1 In de klas", "docent en mentor", "differentiatie, mentorgesprekken, contact met thuis"],
             ["2 Leerjaar", "teamleider en leerlingcoördinator", "leerlingbespreking, begeleidingsafspraken"],
             ["3 Ondersteuningsteam", "zorgcoördinator, orthopedagoog, counselor", "trainingen, "
              "begeleidingstrajecten, OPP"],
             ["4 Extern", "ondersteuningsteam met jeugdarts, leerplicht, SMW", "doorverwijzing naar "
              "jeugdhulp, aanvraag bij het samenwerkingsverband"]],
            "Tabel: ondersteuningsniveaus Het Baken Noord"),
        P("Op niveau 3 bieden we onder meer faalangstreductietraining, een training sociale vaardigheden, "
          "huiswerkbegeleiding in het open leercentrum, dyslexiebegeleiding en een time-outvoorziening (de "
          "Kajuit) die het hele lesrooster bemand is."),
        H1("4 Leerlingbesprekingen en groepsbesprekingen"),
        P("Ieder leerjaar heeft drie keer per jaar een leerlingbespreking (november, februari, juni). De "
          "mentor bereidt de bespreking voor met het groepsoverzicht in Magister. Leerlingen over wie zorgen "
          "zijn, worden aangemeld bij het ondersteuningsteam. Het ondersteuningsteam komt iedere twee weken "
          "bijeen en legt afspraken vast in het leerlingdossier."),
        H1("5 Leerwegondersteuning en praktijkonderwijs"),
        P("Leerlingen met lwoo volgen les in kleinere klassen in leerjaar 1 en 2 en krijgen extra "
          "begeleiding bij taal en rekenen. De aanwijzing voor lwoo vraagt de school aan bij het "
          "samenwerkingsverband; de procedure daarvoor staat in het ondersteuningsplan van het "
          "samenwerkingsverband. Leerlingen voor wie praktijkonderwijs beter past, verwijzen we in overleg "
          "met ouders door naar een praktijkschool in de regio."),
        H1("6 Als onze school niet (meer) passend is"),
        P("Soms kan Het Baken een leerling niet de ondersteuning bieden die nodig is. Dan zoeken we samen "
          "met ouders een school die dat wel kan. Als een plaats in het voortgezet speciaal onderwijs nodig "
          "is, vraagt de school een toelaatbaarheidsverklaring aan bij het samenwerkingsverband. De "
          "zorgcoördinator stelt het dossier samen. Het samenwerkingsverband beslist over de aanvraag."),
        P("Leerlingen die vanuit het vso naar Het Baken komen, krijgen in het eerste jaar een vaste coach "
          "en een wekelijks gesprek met de zorgcoördinator."),
        H1("7 Ouders"),
        P("Ouders zijn onze belangrijkste partner. Zij worden uitgenodigd voor de leerlingbespreking als er "
          "zorgen zijn en ondertekenen het handelingsdeel van het OPP. Informatie over de ondersteuning "
          "staat in de schoolgids en op de website van de school. Ouders met een klacht kunnen terecht bij "
          "de teamleider, de vertrouwenspersoon of de klachtencommissie van de stichting."),
        H1("8 Middelen en formatie"),
        P("Het Baken ontvangt van het samenwerkingsverband een budget voor lichte ondersteuning en lwoo. "
          "Dit budget besteden we aan 2,4 fte zorgcoördinatie en orthopedagogiek, de Kajuit, kleinere "
          "lwoo-klassen en trainingen. De verantwoording vindt plaats in het jaarverslag van de stichting."),
        TBL([["Post", "Budget 2025-2026"],
             ["Zorgcoördinatie en orthopedagoog (2,4 fte)", "€ 218.000"],
             ["Time-outvoorziening de Kajuit", "€ 96.000"],
             ["Kleinere lwoo-klassen", "€ 310.000"],
             ["Trainingen en materialen", "€ 24.000"]],
            "Tabel: besteding ondersteuningsbudget"),
        H1("9 Taken en verantwoordelijkheden"),
        UL(["Mentor: eerste aanspreekpunt voor leerling en ouders, signaleert en bespreekt.",
            "Leerlingcoördinator: bewaakt de voortgang per leerjaar, verzuim en gedrag.",
            "Zorgcoördinator: voorzitter ondersteuningsteam, contact met samenwerkingsverband en jeugdhulp.",
            "Orthopedagoog: onderzoek, handelingsadviezen, OPP.",
            "Teamleider: eindverantwoordelijk voor de begeleiding in het team."]),
        H1("10 Evaluatie"),
        P("Het ondersteuningsteam evalueert dit plan ieder jaar in juni. Daarbij kijken we naar het aantal "
          "leerlingen dat is besproken, de inzet van trainingen en de tevredenheid van mentoren. De "
          "uitkomsten worden verwerkt in het plan voor het volgende schooljaar."),
    ]
    doc = dict(name="vo-het-baken-noord", title="Ondersteuningsplan 2025-2026",
               subtitle=["Het Baken, locatie Noord – vmbo, mavo, havo",
                         "Zorg- en ondersteuningsstructuur van de school"],
               header="Het Baken Noord | Ondersteuningsplan schooljaar 2025-2026", blocks=b,
               author="Zorgcoördinatie Het Baken")
    label = dict(documents=["vo-het-baken-noord.pdf"], sector="vo", looks_like_plan=False,
                 elements={}, criteria={}, advisory={},
                 notes={"looks_like_plan": "School-level 'ondersteuningsplan' of one VO school (zorgniveaus, "
                        "leerlingbesprekingen, zorgcoördinator, school budget); it refers to the "
                        "samenwerkingsverband and its plan as an external body/document; no OPR, OOGO, "
                        "planperiode of SWV tasks."})
    return doc, label


# --------------------------------------------------------------------------------------------
# Label writer (format fixed by the brief) and main
# --------------------------------------------------------------------------------------------
ELEMENTS = ["basisondersteuning", "plaatsing", "terugstroom", "financien", "dekkend-aanbod",
            "resultaten", "ouders"]


def q(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def write_label(label, path):
    lines = [f"documents: [{', '.join(label['documents'])}]", f"sector: {label['sector']}",
             f"looks_like_plan: {'true' if label['looks_like_plan'] else 'false'}"]
    if label["elements"]:
        lines.append("elements: {" + ", ".join(f"{e}: {label['elements'][e]}" for e in ELEMENTS) + "}")
        lines.append("criteria:")
        for k in CORE:
            lines.append(f"  {k}: {'true' if label['criteria'][k] else 'false'}")
    else:
        lines.append("elements: {}")
        lines.append("criteria: {}")
    if label["advisory"]:
        lines.append("advisory_addressed:")
        for e in ELEMENTS:
            if e in label["advisory"]:
                lines.append(f"  {e}: [{', '.join(label['advisory'][e])}]")
    else:
        lines.append("advisory_addressed: {}")
    lines.append("notes:")
    for k, v in label["notes"].items():
        lines.append(f"  {k}: {q(v)}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def check_label(label):
    if not label["looks_like_plan"]:
        return
    for e in ELEMENTS:
        crits = [k for k in CORE if k.startswith(e + ".")]
        n = sum(label["criteria"][k] for k in crits)
        adv = bool(label["advisory"].get(e))
        expect = "present" if n == len(crits) else ("partial" if n or adv else "missing")
        assert label["elements"][e] == expect, (label["documents"], e, expect)


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    builders = [(plan_brede_beek, ["docx", "pdf"]), (plan_heuvelrand, ["pdf"]),
                (plan_duin_polder, ["docx"]), (plan_ijssel_vallei, ["docx"]),
                (plan_kempenland, ["html"]), (not_a_plan_baken, ["pdf"])]
    tmp = Path(tempfile.mkdtemp(prefix="holdout174_build_"))
    try:
        for build, formats in builders:
            doc, label = build()
            check_label(label)
            name = doc["name"]
            if "docx" in formats or "pdf" in formats:
                dpath = (OUT if "docx" in formats else tmp) / f"{name}.docx"
                write_docx(doc, dpath)
                if "pdf" in formats:
                    docx_to_pdf(dpath, OUT / f"{name}.pdf")
            if "html" in formats:
                write_html(doc, OUT / f"{name}.html")
            write_label(label, OUT / f"{name}.expected.yaml")
            print(f"{name}: {word_count(doc)} words, formats {formats}", file=sys.stderr)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
