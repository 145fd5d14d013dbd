#!/usr/bin/env python3
"""Generate the holdout287 test set: five fictional ondersteuningsplannen of
samenwerkingsverbanden passend onderwijs (PO and VO) and one near-miss document,
each with a hand-written label file (<name>.expected.yaml).

Deterministic, no network. Output goes to the folder above this script's folder.
PDFs are rendered from .docx with LibreOffice (soffice --headless).
"""
import html
import shutil
import subprocess
import tempfile
from pathlib import Path

from docx import Document
from docx.shared import Pt

OUT = Path(__file__).resolve().parent.parent

# ---------------------------------------------------------------------------
# generic rendering: a document is a list of blocks
#   ("title", text) ("sub", text) ("h1", text) ("h2", text) ("p", text)
#   ("ul", [items]) ("table", [[cells], ...]) ("toc", [lines]) ("pb", None)
# ---------------------------------------------------------------------------


def render_docx(blocks, path, header_text):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = header_text
    sec.footer.paragraphs[0].text = header_text.split("|")[0].strip() + " | pagina"
    for kind, val in blocks:
        if kind == "title":
            doc.add_heading(val, level=0)
        elif kind == "sub":
            p = doc.add_paragraph()
            r = p.add_run(val)
            r.italic = True
        elif kind == "h1":
            doc.add_heading(val, level=1)
        elif kind == "h2":
            doc.add_heading(val, level=2)
        elif kind == "p":
            doc.add_paragraph(val)
        elif kind == "ul":
            for it in val:
                doc.add_paragraph(it, style="List Bullet")
        elif kind == "toc":
            doc.add_heading("Inhoudsopgave", level=1)
            for line in val:
                doc.add_paragraph(line)
        elif kind == "table":
            t = doc.add_table(rows=len(val), cols=len(val[0]))
            t.style = "Table Grid"
            for i, row in enumerate(val):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = cell
            doc.add_paragraph("")
        elif kind == "pb":
            doc.add_page_break()
    doc.save(str(path))


def render_html(blocks, path, title):
    out = ["<!DOCTYPE html>", '<html lang="nl">', "<head>", '<meta charset="utf-8">',
           f"<title>{html.escape(title)}</title>",
           "<style>body{font-family:Arial;max-width:860px;margin:auto}"
           "nav{border:1px solid #ccc;padding:8px}table{border-collapse:collapse}"
           "td,th{border:1px solid #999;padding:4px}</style>", "</head>", "<body>",
           f'<header><p class="kop">{html.escape(title)}</p></header>', "<main>"]
    for kind, val in blocks:
        if kind == "title":
            out.append(f"<h1>{html.escape(val)}</h1>")
        elif kind == "sub":
            out.append(f'<p class="sub"><em>{html.escape(val)}</em></p>')
        elif kind == "h1":
            out.append(f"<h2>{html.escape(val)}</h2>")
        elif kind == "h2":
            out.append(f"<h3>{html.escape(val)}</h3>")
        elif kind == "p":
            out.append(f"<p>{html.escape(val)}</p>")
        elif kind == "ul":
            out.append("<ul>" + "".join(f"<li>{html.escape(i)}</li>" for i in val) + "</ul>")
        elif kind == "toc":
            out.append('<nav><p><strong>Inhoud</strong></p><ul>'
                       + "".join(f"<li>{html.escape(i)}</li>" for i in val) + "</ul></nav>")
        elif kind == "table":
            rows = []
            for i, row in enumerate(val):
                tag = "th" if i == 0 else "td"
                rows.append("<tr>" + "".join(f"<{tag}>{html.escape(c)}</{tag}>" for c in row) + "</tr>")
            out.append("<table>" + "".join(rows) + "</table>")
    out += ["</main>", f"<footer><p>{html.escape(title)} &middot; webversie</p></footer>",
            "</body>", "</html>"]
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


def render_md(blocks, path):
    out = []
    for kind, val in blocks:
        if kind == "title":
            out.append(f"# {val}\n")
        elif kind == "sub":
            out.append(f"*{val}*\n")
        elif kind == "h1":
            out.append(f"## {val}\n")
        elif kind == "h2":
            out.append(f"### {val}\n")
        elif kind == "p":
            out.append(val + "\n")
        elif kind == "ul":
            out.append("\n".join(f"- {i}" for i in val) + "\n")
        elif kind == "toc":
            out.append("**Inhoud**\n\n" + "\n".join(f"- {i}" for i in val) + "\n")
        elif kind == "table":
            out.append("| " + " | ".join(val[0]) + " |")
            out.append("|" + "---|" * len(val[0]))
            for row in val[1:]:
                out.append("| " + " | ".join(row) + " |")
            out.append("")
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


def docx_to_pdf(blocks, pdf_path, header_text):
    tmp = Path(tempfile.mkdtemp(prefix="holdout287_pdf_"))
    try:
        src = tmp / (pdf_path.stem + ".docx")
        render_docx(blocks, src, header_text)
        subprocess.run(["soffice", f"-env:UserInstallation=file://{tmp}/lo_profile", "--headless",
                        "--convert-to", "pdf", "--outdir", str(tmp), str(src)],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
        shutil.copyfile(tmp / (pdf_path.stem + ".pdf"), pdf_path)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def word_count(blocks):
    n = 0
    for kind, val in blocks:
        if isinstance(val, str):
            n += len(val.split())
        elif isinstance(val, list):
            for v in val:
                n += len(" ".join(v).split()) if isinstance(v, list) else len(v.split())
    return n


# ---------------------------------------------------------------------------
# shared filler (the prose every real plan carries). Careful: these texts only
# mention element vocabulary in passing; they never address a core criterion.
# ---------------------------------------------------------------------------

def voorwoord(naam, periode, leerling="kind", extra=""):
    return [
        ("p", f"Voor u ligt het ondersteuningsplan {periode} van {naam}. Het is het derde "
              f"ondersteuningsplan sinds de invoering van de Wet passend onderwijs in 2014. In de "
              f"afgelopen jaren hebben schoolbesturen, scholen, gemeenten en ketenpartners veel met "
              f"elkaar opgebouwd. Tegelijk zien we dat het onderwijs onder druk staat: het "
              f"lerarentekort, de toename van complexe vragen en de wachtlijsten in de jeugdhulp "
              f"vragen veel van iedereen die met en voor het {leerling} werkt."),
        ("p", "Dit plan is in een lang en zorgvuldig proces tot stand gekomen. In werksessies met "
              "directeuren, intern begeleiders en ondersteuningscoördinatoren, in gesprekken met de "
              "ondersteuningsplanraad en in het op overeenstemming gericht overleg met de gemeenten "
              "hebben we de koers voor de komende vier jaar verkend. Wij danken iedereen die daaraan "
              "heeft bijgedragen voor de openheid en de betrokkenheid. " + extra),
        ("p", "Een ondersteuningsplan is geen eindpunt. Het is een kader waarbinnen scholen en "
              "besturen hun eigen keuzes maken, en het bureau van het samenwerkingsverband ondersteunt "
              "waar dat nodig is. We nodigen u uit het plan te lezen als een gezamenlijke afspraak over "
              "wat we met elkaar willen bereiken en hoe we elkaar daarop aanspreken."),
    ]


def governance(naam, rvt=True):
    blocks = [
        ("p", f"{naam} is een stichting. In de stichting participeren alle schoolbesturen met "
              f"scholen in het werkgebied. De statuten bevatten een regeling voor de beslechting van "
              f"geschillen tussen de aangesloten besturen, zoals de wet voorschrijft."),
    ]
    if rvt:
        blocks.append(("p", "Het samenwerkingsverband kent een scheiding tussen bestuur en intern toezicht. "
                            "Het bestuur wordt gevormd door een directeur-bestuurder; de Raad van Toezicht "
                            "bestaat uit vijf leden, van wie twee onafhankelijke leden die geen binding "
                            "hebben met een van de aangesloten schoolbesturen. De Raad van Toezicht keurt "
                            "het ondersteuningsplan, de begroting en het jaarverslag goed en is werkgever "
                            "van de directeur-bestuurder. De Algemene Vergadering van aangesloten besturen "
                            "komt vier keer per jaar bijeen en stelt het ondersteuningsplan vast."))
    else:
        blocks.append(("p", "Het samenwerkingsverband werkt met een algemeen bestuur, waarin alle "
                            "schoolbesturen zitting hebben, en een dagelijks bestuur. De dagelijkse "
                            "leiding ligt bij de directeur, die op basis van een managementstatuut "
                            "handelt. Het toezicht is belegd bij twee onafhankelijke leden van het "
                            "algemeen bestuur, die ook de auditcommissie vormen."))
    blocks.append(("p", "Het bureau van het samenwerkingsverband is gehuisvest in een gedeeld pand met "
                        "de leerplichtafdeling. Het bureau telt medewerkers voor beleid, "
                        "secretariaat, financiën en control, communicatie en een team van "
                        "orthopedagogen en onderwijsspecialisten. De bureauformatie wordt jaarlijks in "
                        "de begroting vastgesteld."))
    return blocks


def opr(naam, sector, met_ouders=True):
    if met_ouders:
        wie = ("ouders en leerlingen" if sector == "vo" else "ouders")
        return [("p", f"De ondersteuningsplanraad (OPR) van {naam} bestaat uit twaalf leden: de helft "
                      f"is personeelslid van een van de aangesloten scholen, de andere helft "
                      f"vertegenwoordigt {wie}. De leden worden afgevaardigd door de "
                      f"medezeggenschapsraden. De OPR heeft instemmingsrecht op het "
                      f"ondersteuningsplan en op wijzigingen daarvan. De OPR heeft zich in "
                      f"drie themabijeenkomsten over dit plan gebogen en heeft op 17 maart 2026 "
                      f"ingestemd. Het bestuur voert twee keer per jaar overleg met de OPR."),
                ("p", "Wij vinden het belangrijk dat de OPR haar achterban goed kan raadplegen. Het "
                      "samenwerkingsverband faciliteert daarom scholing voor OPR-leden en een jaarlijkse "
                      "bijeenkomst met de medezeggenschapsraden van de scholen.")]
    return [("p", f"Het conceptplan is op 3 februari 2026 aan de ondersteuningsplanraad van {naam} "
                  f"voorgelegd. De OPR heeft op 10 maart 2026 ingestemd met het plan. Het "
                  f"reglement van de OPR is op de website van het samenwerkingsverband gepubliceerd. "
                  f"Het bestuur heeft het plan op 24 maart 2026 vastgesteld, waarna het voor 1 mei "
                  f"2026 aan de Inspectie van het Onderwijs is toegezonden.")]


def oogo(gemeenten, inhoud=True):
    g = ", ".join(gemeenten[:-1]) + " en " + gemeenten[-1]
    blocks = [("p", f"Het werkgebied omvat de gemeenten {g}. Over het concept van dit plan is op "
                    f"overeenstemming gericht overleg (OOGO) gevoerd met de colleges van burgemeester "
                    f"en wethouders. Het OOGO vond plaats op 12 februari 2026 en is met overeenstemming "
                    f"afgerond; het verslag is vastgesteld door de wethouders onderwijs. Ook is "
                    f"overleg gevoerd met het samenwerkingsverband in de andere sector waarvan het "
                    f"werkgebied overlapt.")]
    if inhoud:
        blocks.append(("p", "In het OOGO zijn afspraken gemaakt over de aansluiting tussen de "
                            "ondersteuning op school en de jeugdhulp van de gemeenten. Elke school "
                            "heeft een vaste contactpersoon van het lokale team, die aanschuift bij het "
                            "ondersteuningsteam van de school. Voor leerlingen die onderwijs en zorg "
                            "nodig hebben, worden onderwijs-zorgarrangementen ingezet, waarbij gemeente "
                            "en samenwerkingsverband de kosten naar rato van hun verantwoordelijkheid "
                            "dragen. Daarnaast zijn leerlingenvervoer en onderwijshuisvesting vaste "
                            "agendapunten van het bestuurlijk overleg."))
    return blocks


def personeel(sector):
    wie = "leraren en intern begeleiders" if sector == "po" else "docenten, mentoren en ondersteuningscoördinatoren"
    return [
        ("p", f"Passend onderwijs staat of valt met de {wie}. De toename van leerlingen met complexe "
              f"vragen en het tekort aan personeel maken dat we zuinig moeten zijn op de mensen die het "
              f"werk doen. Het samenwerkingsverband organiseert daarom een scholingsaanbod rond thema's "
              f"als gedrag, trauma-sensitief lesgeven en het werken met een ontwikkelingsperspectief."),
        ("p", "Het personeel van het samenwerkingsverband zelf bestaat uit ongeveer 14 fte. Het bureau "
              "werkt met een functiebouwwerk dat aansluit bij de cao. Medewerkers hebben een jaarlijkse "
              "gesprekscyclus en een persoonlijk scholingsbudget. We investeren in kennisdeling: de "
              "orthopedagogen van het bureau en de scholen komen zes keer per jaar bijeen in een "
              "intervisienetwerk, en er is een jaarlijkse studiedag voor alle medewerkers."),
        ("p", "Het tekort aan leraren raakt de ondersteuning direct. Waar een klas meerdere keren per "
              "jaar een andere leerkracht heeft, lukt het minder goed om signalen vroeg op te pakken. "
              "Met de schoolbesturen zijn we in gesprek over het inzetten van onderwijsassistenten en "
              "over de rol die het samenwerkingsverband kan spelen bij het opleiden van zij-instromers."),
    ]


def ict_privacy():
    return [
        ("p", "Het samenwerkingsverband verwerkt persoonsgegevens van leerlingen, onder meer bij "
              "aanvragen voor arrangementen en toelaatbaarheidsverklaringen. Dat gebeurt in een beveiligde "
              "digitale omgeving, waarin scholen het groeidocument en de bijbehorende stukken uploaden. "
              "Alleen medewerkers die de gegevens voor hun taak nodig hebben, hebben toegang. Gegevens "
              "worden bewaard tot drie jaar na het besluit en daarna vernietigd."),
        ("p", "Het samenwerkingsverband heeft een functionaris gegevensbescherming aangesteld, die "
              "gedeeld wordt met twee andere samenwerkingsverbanden. Het privacyreglement is in 2025 "
              "geactualiseerd en ter advisering voorgelegd aan de OPR. Datalekken worden gemeld en "
              "geregistreerd. De ICT-omgeving van het bureau wordt beheerd door een externe partij; "
              "jaarlijks vindt een beveiligingstoets plaats."),
    ]


def wettelijk_kader(sector):
    art = "artikel 18a van de Wet op het primair onderwijs" if sector == "po" else "artikel 17a van de Wet op het voortgezet onderwijs (thans artikel 2.47 e.v. WVO 2020)"
    return [("p", f"Het ondersteuningsplan is gebaseerd op {art}. De wet noemt onder meer de "
                  "basisondersteuning, de verdeling en besteding van middelen, de procedure en criteria voor "
                  "toelaatbaarheid, het beleid voor terugplaatsing, de beoogde en bereikte resultaten en de "
                  "informatie aan ouders over de ondersteuningsmogelijkheden. Het plan moet ten minste eens in "
                  "de vier jaar worden vastgesteld, na op overeenstemming gericht overleg met de gemeenten "
                  "en met instemming van de ondersteuningsplanraad, en voor 1 mei aan de Inspectie worden "
                  "toegezonden. Waar in dit plan naar wetsartikelen wordt verwezen, gaat het om de tekst "
                  "zoals die gold op 1 januari 2026.")]


def totstandkoming():
    rows = [["Datum", "Stap"],
            ["september 2025", "Startbijeenkomst met directeuren en besturen"],
            ["oktober-november 2025", "Vier werksessies met intern begeleiders en ondersteuningscoordinatoren"],
            ["december 2025", "Eerste concept besproken in het bestuur"],
            ["januari 2026", "Themabijeenkomsten met de ondersteuningsplanraad"],
            ["februari 2026", "OOGO met de gemeenten; overleg met het samenwerkingsverband van de andere sector"],
            ["maart 2026", "Instemming OPR en vaststelling door het bestuur"],
            ["april 2026", "Toezending aan de Inspectie van het Onderwijs"]]
    return [("p", "Het plan is in ruim een half jaar tot stand gekomen. We hebben bewust gekozen voor een "
                  "proces waarin de mensen die het werk doen de koers mee bepalen. De tabel hieronder geeft "
                  "de belangrijkste stappen weer. Tussen de stappen door is het concept drie keer aangepast "
                  "op basis van de reacties die we ontvingen."),
            ("table", rows)]


def professionalisering():
    return [("p", "Kennis delen is een van de belangrijkste dingen die een samenwerkingsverband kan doen. In "
                  "onze regio zit veel expertise, maar die is niet altijd zichtbaar of bereikbaar. Daarom "
                  "organiseren we netwerken voor intern begeleiders, gedragsspecialisten, taalspecialisten en "
                  "directeuren. Elk netwerk komt vier tot zes keer per jaar bijeen en wordt begeleid door een "
                  "medewerker van het bureau."),
            ("p", "Daarnaast is er een jaarlijkse conferentie met workshops, waar scholen van elkaar leren en "
                  "waar landelijke sprekers de nieuwste inzichten delen. Scholen kunnen het bureau vragen "
                  "mee te denken over een eigen scholingstraject, waarbij we vragen dat het team de opgedane "
                  "kennis deelt met andere scholen. In de vorige periode maakten 23 scholen van deze mogelijkheid "
                  "gebruik, vooral voor scholing op het gebied van gedrag en executieve functies."),
            ("p", "We zien ook een rol voor het samenwerkingsverband bij de opleiding van nieuwe leraren. Met de "
                  "lerarenopleidingen in de regio maken we afspraken over stageplaatsen en over aandacht voor "
                  "passend onderwijs in het curriculum.")]


def inspectie_jaarcyclus():
    return [("p", "De Inspectie van het Onderwijs houdt toezicht op het samenwerkingsverband. Het laatste "
                  "vierjaarlijks onderzoek vond plaats in het voorjaar van 2023. De Inspectie sprak toen met "
                  "het bestuur, de intern toezichthouders, een aantal schooldirecteuren en de OPR. De "
                  "aanbevelingen uit dat onderzoek hebben wij betrokken bij het schrijven van dit plan."),
            ("p", "Het ondersteuningsplan wordt uitgewerkt in een jaarplan en een jaarbegroting. Het jaarplan "
                  "beschrijft welke activiteiten in een schooljaar worden uitgevoerd. Het bestuur stelt het "
                  "jaarplan in juni vast, na bespreking in het directeurenoverleg. Het jaarverslag wordt voor "
                  "1 juli van het volgende jaar vastgesteld en op de website gepubliceerd. Bij ingrijpende "
                  "wijzigingen van het ondersteuningsplan wordt opnieuw instemming van de OPR gevraagd.")]


def communicatie_scholen():
    return [("p", "Het samenwerkingsverband wil een herkenbare en betrouwbare partner zijn voor scholen en "
                  "besturen. We werken met een digitale nieuwsbrief voor professionals, een besloten "
                  "omgeving voor formulieren en een jaarlijkse netwerkbijeenkomst voor directeuren. Het "
                  "bureau heeft een vaste contactpersoon per bestuur. Vragen van scholen worden binnen twee "
                  "werkdagen beantwoord. Jaarlijks peilen we bij de scholen hoe zij de dienstverlening van "
                  "het bureau ervaren.")]


def huisvesting_vervoer():
    return [("p", "Leerlingenvervoer en onderwijshuisvesting zijn taken van de gemeenten. Het "
                  "samenwerkingsverband heeft daarin geen formele rol, maar merkt wel dat lange reistijden "
                  "en krappe gebouwen de mogelijkheden van scholen beperken. Daarom agenderen wij deze "
                  "onderwerpen in het bestuurlijk overleg en leveren wij desgevraagd gegevens aan voor de "
                  "integrale huisvestingsplannen van de gemeenten."),
            ("p", "Het bureau van het samenwerkingsverband zelf huurt kantoorruimte en vergaderzalen. De "
                  "huurovereenkomst loopt tot 2028; daarna bekijken we of een gezamenlijke huisvesting met "
                  "andere partners in het onderwijs mogelijk is.")]


def leeswijzer():
    return [("p", "Dit plan is zo geschreven dat u het niet van voor naar achter hoeft te lezen. Wie snel "
                  "wil weten waar het samenwerkingsverband voor staat, leest de hoofdstukken over visie en "
                  "koers. Wie wil weten hoe iets in de praktijk werkt, kan direct naar het betreffende "
                  "hoofdstuk gaan. Begrippen en afkortingen worden achterin toegelicht. Waar we in de tekst "
                  "spreken over 'scholen' bedoelen we alle vestigingen van de aangesloten besturen, tenzij "
                  "anders vermeld. Waar we spreken over 'het bestuur' bedoelen we het bestuur van het "
                  "samenwerkingsverband, niet de schoolbesturen.")]


def landelijke_ontwikkelingen():
    return [("p", "Dit plan verschijnt in een periode van veel landelijke ontwikkelingen. Na de "
                  "eindevaluatie van passend onderwijs in 2020 startte de Verbeteraanpak met 25 maatregelen. "
                  "Een deel daarvan is inmiddels uitgevoerd; andere maatregelen lopen nog. Het kabinet werkt "
                  "aan een landelijke norm voor de basisondersteuning en aan een route naar inclusiever "
                  "onderwijs in 2035. Ook de afspraken over de samenwerking tussen onderwijs en jeugdhulp "
                  "worden landelijk herzien."),
            ("p", "Voor het samenwerkingsverband betekent dit dat we in deze planperiode rekening moeten "
                  "houden met wijzigingen van wet- en regelgeving. Wanneer een wetswijziging gevolgen heeft "
                  "voor dit plan, passen we het plan aan via een wijziging die aan de OPR wordt voorgelegd. "
                  "We volgen de ontwikkelingen via de sectorraden en het Steunpunt Passend Onderwijs.")]


def kernwaarden():
    return [("p", "Onze kernwaarden zijn vertrouwen, eigenaarschap en nabijheid. Vertrouwen betekent dat "
                  "we uitgaan van de professionaliteit van scholen en niet alles vooraf dichtregelen. "
                  "Eigenaarschap betekent dat iedere partner zijn eigen verantwoordelijkheid neemt en die "
                  "niet doorschuift. Nabijheid betekent dat we beslissingen zo dicht mogelijk bij het kind en "
                  "de klas nemen."),
            ("p", "Deze waarden zijn niet nieuw, maar we willen ze in deze planperiode zichtbaarder maken in "
                  "ons handelen. Het bureau toetst zijn eigen werkwijze jaarlijks aan deze waarden in een "
                  "gesprek met een afvaardiging van directeuren en intern begeleiders.")]


def begrippen(extra=None):
    rows = [["Begrip", "Omschrijving"],
            ["Arrangement", "Een samenhangend geheel van extra ondersteuning voor een leerling of groep."],
            ["Basisondersteuning", "De ondersteuning die alle scholen binnen het samenwerkingsverband bieden."],
            ["Dekkend aanbod", "Een samenhangend geheel van voorzieningen zodat elke leerling een passende plek heeft."],
            ["Financiën / verdeelmodel", "De wijze waarop de ondersteuningsmiddelen over scholen worden verdeeld."],
            ["OOGO", "Op overeenstemming gericht overleg met de gemeenten."],
            ["OPP", "Ontwikkelingsperspectief(plan)."],
            ["OPR", "Ondersteuningsplanraad."],
            ["Ouder- en jeugdsteunpunt", "Onafhankelijk steunpunt waar ouders en jeugdigen terecht kunnen met vragen."],
            ["Resultaten", "De beoogde en bereikte resultaten van het onderwijs aan leerlingen met extra ondersteuning."],
            ["SOP", "Schoolondersteuningsprofiel."],
            ["Terugplaatsing", "De overstap van een leerling uit het speciaal onderwijs naar het regulier onderwijs."],
            ["TLV", "Toelaatbaarheidsverklaring voor het speciaal (basis)onderwijs."]]
    if extra:
        rows += extra
    return [("h1", "Begrippenlijst"), ("table", rows)]


# ---------------------------------------------------------------------------
# Plan 1 — PO De Waterlinie (.docx)
# ---------------------------------------------------------------------------

def plan_waterlinie():
    naam = "Samenwerkingsverband Passend Primair Onderwijs De Waterlinie"
    b = [("title", "Ondersteuningsplan 2026-2030"),
         ("sub", f"{naam} (PO 26-07) — Samen sterk voor ieder kind — vastgesteld door de Algemene Vergadering op 24 maart 2026"),
         ("toc", ["Voorwoord", "Hoofdstuk 1 Het samenwerkingsverband in cijfers",
                  "Hoofdstuk 2 Visie en missie", "Hoofdstuk 3 Basisondersteuning",
                  "Hoofdstuk 4 Het ondersteuningsaanbod van de regio",
                  "Hoofdstuk 5 Toelaatbaarheid en terugplaatsing",
                  "Hoofdstuk 6 Communicatie", "Hoofdstuk 7 Geld en middelen",
                  "Hoofdstuk 8 Resultaten en kwaliteit", "Hoofdstuk 9 Organisatie en medezeggenschap",
                  "Hoofdstuk 10 Planning 2026-2030", "Begrippenlijst"]),
         ("h1", "Voorwoord")]
    b += voorwoord(naam, "2026-2030", "kind", "Een speciaal woord van dank gaat uit naar de ouders "
                   "in de OPR, die ons scherp hielden op de begrijpelijkheid van dit plan.")
    b += [("p", "Namens het bestuur, M. van Dijk, directeur-bestuurder")]
    b += [("h2", "Wettelijk kader en totstandkoming")] + wettelijk_kader("po") + totstandkoming()
    b += [("h1", "Hoofdstuk 1 Het samenwerkingsverband in cijfers"),
          ("p", "De Waterlinie omvat 64 basisscholen, 3 scholen voor speciaal basisonderwijs en 4 "
                "scholen voor speciaal onderwijs (cluster 3 en 4) van in totaal 11 schoolbesturen. Op "
                "1 oktober 2025 telde het samenwerkingsverband 17.420 leerlingen in het basisonderwijs. "
                "Het werkgebied bestaat uit vijf gemeenten met zowel stedelijke wijken als kleine kernen. "
                "De leerlingaantallen dalen licht; de prognose tot 2030 laat een daling van ongeveer 4% "
                "zien, met grote verschillen tussen de kernen."),
          ("table", [["Kengetal (1 oktober 2025)", "Aantal"], ["Basisscholen", "64"],
                     ["Sbo-scholen", "3"], ["So-scholen (cluster 3 en 4)", "4"],
                     ["Leerlingen basisonderwijs", "17.420"], ["Schoolbesturen", "11"]]),
          ("h1", "Hoofdstuk 2 Visie en missie"),
          ("p", "Ieder kind in de regio van De Waterlinie heeft recht op onderwijs dat past bij wat het "
                "nodig heeft, zo dicht mogelijk bij huis. Dat is onze missie. We geloven dat kinderen "
                "het beste leren in een omgeving waarin leerkrachten, ouders en specialisten samen "
                "optrekken. Onze visie laat zich samenvatten in drie woorden: dichtbij, samen en "
                "wendbaar."),
          ("p", "Dichtbij betekent dat we de ondersteuning zoveel mogelijk naar het kind brengen in "
                "plaats van het kind naar de ondersteuning. Samen betekent dat geen school er alleen voor "
                "staat. Wendbaar betekent dat we ons aanbod aanpassen als de vraag verandert. De scholen "
                "zijn en blijven verantwoordelijk voor het onderwijs; het samenwerkingsverband faciliteert, "
                "verbindt en stelt middelen beschikbaar."),
          ("p", "In de afgelopen planperiode hebben we geleerd dat mooie woorden alleen niet helpen. "
                "Daarom is dit plan concreter dan zijn voorganger: we beschrijven wat elke school biedt, "
                "hoe de route naar extra ondersteuning loopt en hoe het geld wordt verdeeld.")]
    b += [("h1", "Hoofdstuk 3 Basisondersteuning"),
          ("p", "Basisondersteuning is in De Waterlinie de ondersteuning die iedere basisschool, op "
                "iedere vestiging, ten minste biedt aan ieder kind, zonder dat daarvoor een aanvraag bij "
                "het samenwerkingsverband nodig is. De Algemene Vergadering heeft dit niveau als "
                "bindende ondergrens vastgesteld; een school mag meer bieden, maar nooit minder."),
          ("p", "Concreet mag u van elke school in ons verband verwachten:"),
          ("ul", ["een intern begeleider met ten minste 0,4 fte per 200 leerlingen en een vast spreekuur voor ouders;",
                  "een ondersteuningsteam dat ten minste zes keer per jaar bijeenkomt, met de intern begeleider, "
                  "de schoolmaatschappelijk werker en de orthopedagoog van het samenwerkingsverband;",
                  "een dyslexie- en dyscalculieprotocol volgens de landelijke protocollen, inclusief "
                  "software voor voorlezen;",
                  "een aanbod voor sociaal-emotionele ontwikkeling (een erkende methode en een "
                  "anti-pestprogramma) en een gedragsspecialist die op afroep beschikbaar is;",
                  "verrijkingsmateriaal en compacten van de leerstof voor leerlingen die meer aankunnen;",
                  "een protocol medisch handelen en afspraken over het toedienen van medicijnen;",
                  "handelingsgericht werken: groepsplannen of een vergelijkbare cyclus, twee keer per jaar "
                  "groepsbesprekingen en leerlingbesprekingen."]),
          ("p", "Wanneer een kind meer nodig heeft dan dit, spreken we van extra ondersteuning. Dan wordt "
                "een arrangement aangevraagd (zie hoofdstuk 4)."),
          ("p", "Elke school beschrijft in de schoolgids hoe zij de basisondersteuning invult. Het "
                "samenwerkingsverband bezoekt iedere school eens per twee jaar met een audit aan de hand "
                "van de kwaliteitskaart basisondersteuning. Voldoet een school niet, dan maakt het bestuur "
                "van die school binnen drie maanden een verbeterplan, waarop het samenwerkingsverband "
                "na een jaar een vervolgbezoek brengt.")]
    b += [("h1", "Hoofdstuk 4 Het ondersteuningsaanbod van de regio"),
          ("p", "Het ondersteuningsaanbod van De Waterlinie is opgebouwd als een doorlopende reeks. De "
                "basis is de basisondersteuning van hoofdstuk 3. Daarboven staan de arrangementen: "
                "individuele arrangementen op de eigen school (bijvoorbeeld extra begeleiding door een "
                "gedragsspecialist gedurende maximaal een jaar), groepsarrangementen zoals de twee "
                "plusklassen en de taalklas voor nieuwkomers, en de observatiegroep De Sluis, waar "
                "kinderen maximaal twaalf weken verblijven. Voor kinderen die meer nodig hebben zijn er "
                "de drie sbo-scholen en de vier so-scholen in de regio, en in bijzondere gevallen "
                "scholen buiten de regio."),
          ("table", [["Niveau", "Wat", "Wie beslist"],
                     ["Basis", "Basisondersteuning op iedere school", "School"],
                     ["Extra, op school", "Individueel arrangement", "Ondersteuningsloket"],
                     ["Extra, bovenschools", "Plusklas, taalklas, observatiegroep De Sluis", "Ondersteuningsloket"],
                     ["Speciaal", "Sbo, so cluster 3 en 4", "Commissie van Toelaatbaarheid"]]),
          ("p", "Elke school heeft een vaste onderwijsspecialist van het samenwerkingsverband, die "
                "aansluit bij het ondersteuningsteam en meedenkt over de juiste route."),
          ("h2", "4.1 Thuiszitters en witte vlekken"),
          ("p", "Op 1 oktober 2025 zaten 14 kinderen langer dan vier weken thuis zonder passend onderwijs. "
                "Iedere thuiszitter wordt binnen vijf werkdagen gemeld bij het thuiszittersoverleg, waarin "
                "leerplicht, de school, het lokale team en het samenwerkingsverband binnen twee weken "
                "een plan maken. Als een schoolbestuur er niet uitkomt, neemt de directeur-bestuurder de "
                "regie en wijst een plek aan (doorzettingsmacht)."),
          ("p", "Twee keer per jaar brengen wij in kaart waar het aanbod tekortschiet: welke kinderen "
                "wachten op een plek, waar de wachtlijsten zitten en welke vragen we niet kunnen "
                "beantwoorden. Op basis van die analyse besluit het bestuur over nieuwe voorzieningen. "
                "Zo is in 2025 een tweede plusklas gestart en onderzoeken we een voorziening voor "
                "jonge kinderen met ernstige gedragsproblemen.")]
    b += oogo(["Altena", "Gorinchem", "Molenlanden", "Vijfheerenlanden", "Zaltbommel"])
    b += [("h1", "Hoofdstuk 5 Toelaatbaarheid en terugplaatsing"),
          ("h2", "5.1 Aanvraag"),
          ("p", "Het bestuur van de school waar het kind staat ingeschreven vraagt de "
                "toelaatbaarheidsverklaring (TLV) aan bij de Commissie van Toelaatbaarheid (CvT) van "
                "De Waterlinie. De aanvraag bevat het ontwikkelingsperspectief, het verslag van het "
                "multidisciplinair overleg en de zienswijze van de ouders. De CvT controleert de aanvraag "
                "binnen vijf werkdagen op volledigheid en besluit binnen zes weken na ontvangst van de "
                "volledige aanvraag. De ouders en de school ontvangen het besluit schriftelijk."),
          ("h2", "5.2 Wanneer is een kind toelaatbaar?"),
          ("p", "Een kind is toelaatbaar tot het sbo wanneer (1) de school de basisondersteuning en ten "
                "minste een jaar een arrangement heeft ingezet, (2) uit het ontwikkelingsperspectief blijkt "
                "dat het kind op twee of meer gebieden (leren, gedrag, sociaal-emotioneel) niet tot "
                "ontwikkeling komt en (3) de ondersteuningsbehoefte groter is dan een reguliere school met "
                "arrangement kan bieden. Een kind is toelaatbaar tot het so wanneer daarnaast sprake is "
                "van een structurele behoefte aan een kleine groep met specialistische expertise en "
                "aanpassingen in het gebouw of de zorg die alleen het so kan bieden."),
          ("h2", "5.3 Deskundigen, duur en categorie"),
          ("p", "Over iedere aanvraag adviseren twee deskundigen: een orthopedagoog of psycholoog van het "
                "samenwerkingsverband, en afhankelijk van het kind een tweede deskundige, zoals een "
                "maatschappelijk werker, kinderpsychiater of jeugdarts. Beide brengen een eigen schriftelijk "
                "advies uit; zij zijn niet betrokken geweest bij de aanvraag. Een TLV sbo wordt afgegeven "
                "tot het einde van de basisschoolperiode; een TLV so geldt twee schooljaren, met "
                "bekostigingscategorie laag, midden of hoog."),
          ("h2", "5.4 Bezwaar"),
          ("p", "Ouders die het niet eens zijn met het besluit, kunnen binnen zes weken bezwaar maken bij "
                "het bestuur. Het samenwerkingsverband is aangesloten bij de Landelijke "
                "Bezwaaradviescommissie Toelaatbaarheidsverklaringen, die het bestuur adviseert."),
          ("h2", "5.5 Terugplaatsing"),
          ("p", "De Waterlinie wil dat kinderen niet langer in het speciaal (basis)onderwijs blijven dan "
                "nodig is. Uitgangspunt van ons beleid is dat een kind terugkeert naar een reguliere "
                "basisschool zo dicht mogelijk bij huis zodra het ontwikkelingsperspectief laat zien dat "
                "het met een arrangement in een reguliere groep kan functioneren. Een terugkeer gaat "
                "altijd gepaard met een terugkeerarrangement van ten minste een half schooljaar: de "
                "sbo- of so-school levert ambulante begeleiding aan de ontvangende school en het "
                "samenwerkingsverband financiert extra handen in de groep."),
          ("p", "Hoe het traject rond het aflopen van de TLV precies verloopt, wie het initiatief neemt en "
                "op welke momenten we evalueren, werken we in de loop van schooljaar 2026-2027 samen "
                "met de sbo- en so-scholen uit in een werkinstructie.")]
    b += [("h1", "Hoofdstuk 6 Communicatie"),
          ("p", "Het samenwerkingsverband communiceert met scholen, besturen, gemeenten en ouders. Intern "
                "gebruiken we een nieuwsbrief voor intern begeleiders en directeuren, die zes keer per jaar "
                "verschijnt, en een besloten deel van de website voor formulieren."),
          ("p", "Ouders informeren wij op drie manieren. Op de ouderpagina van onze website "
                "(www.dewaterlinie-po.nl/ouders) staat in gewone taal welke ondersteuning elke school "
                "biedt, welke arrangementen er zijn en hoe de route naar het speciaal (basis)onderwijs "
                "loopt. Iedere school geeft ouders bij de inschrijving de folder 'Passend onderwijs in De "
                "Waterlinie', die ook in het Arabisch, Pools en Turks beschikbaar is. En twee keer per jaar "
                "organiseren we een informatieavond voor ouders in een van de gemeenten."),
          ("p", "Soms lopen ouders vast of zijn ze het niet eens met de school. Zij kunnen dan terecht "
                "bij het Ouder- en Jeugdsteunpunt Rivierenland, dat onafhankelijk is van scholen en "
                "samenwerkingsverband en telefonisch en per mail bereikbaar is. Ouders kunnen ook "
                "gratis hulp vragen aan de Onderwijsconsulenten. Klachten over een school gaan naar de "
                "klachtencommissie van het schoolbestuur; geschillen over toelating, verwijdering of het "
                "ontwikkelingsperspectief kunnen worden voorgelegd aan de Geschillencommissie passend "
                "onderwijs."),
          ("p", "Ouders zijn volwaardig partner bij de ondersteuning van hun kind: zij worden uitgenodigd "
                "voor het ondersteuningsteam en tekenen voor het handelingsdeel van het "
                "ontwikkelingsperspectief.")]
    b += [("h1", "Hoofdstuk 7 Geld en middelen"),
          ("p", "De Waterlinie ontvangt van het Rijk jaarlijks ongeveer € 13,9 miljoen aan "
                "ondersteuningsmiddelen. Daarvan gaat een deel rechtstreeks via DUO naar het speciaal "
                "onderwijs (afdrachten voor de TLV's). Wat overblijft verdelen we volgens een vast "
                "verdeelmodel, dat de Algemene Vergadering heeft vastgesteld."),
          ("p", "De verdeling werkt zo. Ieder schoolbestuur ontvangt € 165 per leerling (teldatum "
                "1 oktober van het voorgaande jaar) voor de basisondersteuning en de arrangementen op de "
                "eigen scholen, plus een vaste voet van € 6.000 per vestiging. De bovenschoolse "
                "voorzieningen worden centraal bekostigd. Individuele arrangementen boven € 10.000 per "
                "leerling worden aangevraagd bij het ondersteuningsloket, dat toekent op basis van het "
                "ontwikkelingsperspectief. De besturen verantwoorden de besteding jaarlijks in een vast "
                "format bij het jaarverslag."),
          ("table", [["Meerjarenbegroting (x € 1.000)", "2026", "2027", "2028", "2029"],
                     ["Baten ondersteuningsmiddelen", "13.920", "13.780", "13.650", "13.510"],
                     ["Afdrachten sbo/so (DUO)", "6.410", "6.380", "6.350", "6.320"],
                     ["Toekenning aan schoolbesturen", "3.260", "3.220", "3.190", "3.150"],
                     ["Bovenschoolse voorzieningen", "1.850", "1.850", "1.800", "1.800"],
                     ["Individuele arrangementen", "1.200", "1.200", "1.200", "1.200"],
                     ["Bureau en personeel", "1.150", "1.170", "1.190", "1.210"],
                     ["Resultaat", "50", "-40", "-80", "-170"]]),
          ("p", "De algemene reserve bedraagt eind 2025 € 2,1 miljoen. De signaleringswaarde van de "
                "Inspectie ligt op € 1,4 miljoen; het meerdere zetten we in de komende drie jaar in via "
                "de negatieve begrotingsresultaten.")]
    b += [("h1", "Hoofdstuk 8 Resultaten en kwaliteit"),
          ("p", "Het samenwerkingsverband hecht aan een goede verantwoording. Het bestuur legt "
                "verantwoording af aan de Raad van Toezicht over de uitvoering van dit plan en de "
                "begroting. Het jaarverslag wordt jaarlijks voor 1 juli gepubliceerd."),
          ("p", "Over de doelen die we in deze planperiode nastreven en de manier waarop we volgen of "
                "we die bereiken, gaan we in 2026 met de scholen, de OPR en de gemeenten in gesprek. "
                "Het resultaat daarvan leggen we vast in het eerste jaarplan.")]
    b += [("h1", "Hoofdstuk 9 Organisatie en medezeggenschap")]
    b += governance(naam, rvt=True)
    b += opr(naam, "po", met_ouders=True)
    b += [("h2", "9.1 Personeel")] + personeel("po") + [("h2", "9.1a Kennisdeling")] + professionalisering()
    b += [("h2", "9.2 Privacy en ICT")] + ict_privacy()
    b += [("h1", "Hoofdstuk 10 Planning 2026-2030"),
          ("table", [["Schooljaar", "Activiteit"],
                     ["2026-2027", "Werkinstructie terugplaatsing; eerste jaarplan; audits ronde 1"],
                     ["2027-2028", "Evaluatie verdeelmodel; audits ronde 1 afgerond"],
                     ["2028-2029", "Audits ronde 2; evaluatie observatiegroep De Sluis"],
                     ["2029-2030", "Voorbereiding nieuw ondersteuningsplan"]])]
    b += begrippen()
    label = {
        "sector": "po", "looks_like_plan": True,
        "elements": {"basisondersteuning": "present", "plaatsing": "present", "terugstroom": "partial",
                     "financien": "present", "dekkend-aanbod": "present", "resultaten": "missing",
                     "ouders": "present"},
        "criteria": {"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
                     "plaatsing.procedure": True, "plaatsing.criteria": True,
                     "terugstroom.procedure": False, "terugstroom.beleid": True,
                     "financien.verdeling": True, "financien.besteding": True,
                     "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
                     "resultaten.doelen": False, "resultaten.monitoring": False,
                     "ouders.informatie": True, "ouders.steunpunt": True},
        "advisory_addressed": {"basisondersteuning": ["borging"],
                               "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
                               "financien": ["reserves", "verantwoording"],
                               "dekkend-aanbod": ["ketenpartners"],
                               "ouders": ["betrokkenheid"]},
        "notes": {
            "basisondersteuning": "H3 defines the binding minimum for every vestiging and lists concrete voorzieningen; audit via kwaliteitskaart.",
            "plaatsing": "H5.1-5.4: CvT procedure with termijnen, sbo/so criteria, two deskundigen, duur/categorie, bezwaar via LBT.",
            "terugstroom": "H5.5 (inside the TLV chapter) gives aims, conditions and terugkeerarrangement; the procedure is deferred to a werkinstructie in 2026-2027.",
            "financien": "H7 'Geld en middelen': verdeelmodel (EUR 165 per leerling + vaste voet) and a meerjarenbegroting table 2026-2029.",
            "dekkend-aanbod": "H4: continuum table basis-extra-bovenschools-speciaal; 4.1 thuiszitters approach, doorzettingsmacht and twice-yearly gap analysis.",
            "resultaten": "H8 'Resultaten en kwaliteit' only covers governance verantwoording and defers goals and monitoring to the first jaarplan; TOC/glossary only.",
            "ouders": "H6 'Communicatie': website ouderpagina, folder, informatieavonden; independent help via Ouder- en Jeugdsteunpunt and Onderwijsconsulenten.",
        },
    }
    return b, label, naam


# ---------------------------------------------------------------------------
# Plan 2 — VO Kempenland-Oost (.docx and .pdf)
# ---------------------------------------------------------------------------

def plan_kempenland():
    naam = "Samenwerkingsverband VO Kempenland-Oost"
    b = [("title", "Ondersteuningsplan Kempenland-Oost 2026-2030"),
         ("sub", "Samenwerkingsverband voortgezet onderwijs VO 30-09 — 'Elke jongere een plek' — conceptversie voor OPR en OOGO, definitief na instemming"),
         ("toc", ["1. Inleiding", "2. Onze koers", "3. Wat elke school biedt",
                  "4. Extra ondersteuning en voorzieningen", "5. Toelaatbaarheid: vso, lwoo en pro",
                  "6. Wat willen we bereiken?", "7. Ouders en leerlingen", "8. Financiën",
                  "9. Samenwerking met gemeenten", "10. Organisatie", "Afkortingen"]),
         ("h1", "1. Inleiding")]
    b += voorwoord(naam, "2026-2030", "jongere")
    b += [("p", "Kempenland-Oost telt 14 vestigingen voor voortgezet onderwijs van 6 besturen, waaronder "
                "een school voor praktijkonderwijs en twee vso-scholen. Op 1 oktober 2025 volgden "
                "11.860 leerlingen onderwijs in onze regio. Het aandeel leerlingen in het vso ligt met "
                "3,9% boven het landelijk gemiddelde van 3,5%."),
          ("h2", "1.1 Wettelijk kader")] + leeswijzer() + wettelijk_kader("vo") + landelijke_ontwikkelingen() + [("h2", "1.2 Hoe dit plan tot stand kwam")] + totstandkoming() + [
          ("h1", "2. Onze koers"),
          ("p", "Wij willen dat iedere jongere in de regio een diploma of startkwalificatie haalt, of "
                "duurzaam aan het werk gaat, op een plek die past. Onze koers rust op drie pijlers: de "
                "basis op orde, snel de juiste hulp en samen met de jongere."),
          ("p", "Wat willen we? Jongeren die ondersteuning nodig hebben krijgen die zonder wachttijd en "
                "zo veel mogelijk op de eigen school. Wat doen we? We investeren in de ondersteuning op de "
                "scholen, in korte lijnen met de jeugdhulp en in een dekkend netwerk van voorzieningen. "
                "Waar de scholen zelf aan zet zijn, faciliteert het samenwerkingsverband."),
          ("p", "De stem van jongeren krijgt in deze planperiode een nadrukkelijker plek. Leerlingen "
                "hebben hoorrecht bij het opstellen van hun ontwikkelingsperspectief, en twee leerlingen "
                "nemen deel aan de ondersteuningsplanraad."),
          ("h1", "3. Wat elke school biedt"),
          ("p", "Alle 14 vestigingen van Kempenland-Oost bieden hetzelfde afgesproken niveau van "
                "basisondersteuning. Dat niveau is in 2025 door het algemeen bestuur vastgesteld als "
                "ondergrens waaraan elke vestiging moet voldoen, ongeacht schoolsoort of bestuur. Het "
                "niveau geldt voor de hele planperiode."),
          ("p", "Welke voorzieningen en welke expertise precies onder de basisondersteuning vallen, is "
                "uitgewerkt in de Basiskaart Kempenland-Oost. U vindt de actuele Basiskaart op "
                "www.kempenland-oost.nl/basiskaart. De scholen beschrijven daarnaast in hun "
                "schoolondersteuningsprofiel hoe zij de Basiskaart invullen."),
          ("h1", "4. Extra ondersteuning en voorzieningen"),
          ("p", "Ons ondersteuningsaanbod kent drie niveaus. Niveau 1 is de basisondersteuning op de "
                "eigen school. Niveau 2 omvat de bovenschoolse arrangementen: de trajectklassen op vier "
                "vestigingen, het aanbod voor hoogbegaafde leerlingen in samenwerking met twee "
                "havo/vwo-scholen, de ISK voor nieuwkomers en het OPDC De Brug, waar leerlingen "
                "maximaal een schooljaar deeltijds of voltijds onderwijs krijgen om daarna terug te "
                "keren naar hun school. Niveau 3 is het voortgezet speciaal onderwijs, met twee "
                "vso-scholen in de regio en een aanbod voor onderwijs-zorgarrangementen bij de "
                "zorginstelling De Kempen."),
          ("table", [["Niveau", "Voorziening", "Capaciteit 2025-2026"],
                     ["2", "Trajectklassen (4 vestigingen)", "96 plaatsen"],
                     ["2", "OPDC De Brug", "60 plaatsen"],
                     ["2", "ISK", "120 plaatsen"],
                     ["3", "Vso De Linde en vso Het Baken", "540 leerlingen"],
                     ["3", "Onderwijs-zorgarrangement De Kempen", "18 plaatsen"]]),
          ("p", "Het samenwerkingsverband houdt per kwartaal bij hoeveel jongeren wachten op een plek "
                "in het OPDC of het vso, en hoeveel jongeren thuiszitten. Elke thuiszitter wordt "
                "besproken aan de thuiszitterstafel, die elke twee weken bijeenkomt met leerplicht, "
                "jeugdhulp en de betrokken school. Na zes weken zonder oplossing neemt de directeur "
                "van het samenwerkingsverband de regie en kan een school aanwijzen. Wanneer een type "
                "vraag structureel niet beantwoord kan worden, legt de directeur het bestuur een voorstel "
                "voor een nieuwe voorziening voor; zo is in 2024 de tweede trajectklas in Veldhoven "
                "gestart."),
          ("h1", "5. Toelaatbaarheid: vso, lwoo en pro"),
          ("h2", "5.1 Toelaatbaarheid tot het vso"),
          ("p", "Het bevoegd gezag van de school waar de leerling staat ingeschreven, of bij een nieuwe "
                "leerling de school van aanmelding, dient de aanvraag in bij de Commissie Toewijzing "
                "van Kempenland-Oost. De aanvraag bevat het ontwikkelingsperspectief, het verslag van het "
                "ondersteuningsteam, de zienswijze van ouders en leerling en een overzicht van de "
                "ingezette ondersteuning. De Commissie Toewijzing besluit binnen vier weken, na advies "
                "van twee deskundigen: een orthopedagoog of GZ-psycholoog en, afhankelijk van de "
                "leerling, een jeugdarts, maatschappelijk werker of psychiater."),
          ("p", "Een leerling is toelaatbaar tot het vso wanneer: de school de mogelijkheden van niveau 1 "
                "en 2 aantoonbaar heeft benut, de ondersteuningsbehoefte structureel een "
                "onderwijsomgeving vraagt met kleine groepen en een specialistische aanpak, en er sprake "
                "is van een combinatie van onderwijs- en zorgbehoefte die het regulier onderwijs ook met "
                "een arrangement niet kan bieden. De TLV geldt in de regel twee schooljaren, met "
                "bekostigingscategorie laag, tenzij medische of lichamelijke beperkingen een hogere "
                "categorie rechtvaardigen."),
          ("h2", "5.2 Lwoo en praktijkonderwijs"),
          ("p", "Voor lwoo en pro hanteert Kempenland-Oost de landelijke criteria. De basisschool "
                "levert in januari het onderwijskundig rapport en de toetsgegevens aan bij de VO-school "
                "van aanmelding, die uiterlijk 1 maart een aanvraag doet bij de Commissie Toewijzing. "
                "Een leerling komt in aanmerking voor lwoo bij een IQ tussen 75 en 90 en een "
                "leerachterstand van ten minste 1,5 jaar op twee domeinen, of bij een IQ tussen 91 en "
                "120 met sociaal-emotionele problematiek. Voor pro gelden een IQ tussen 55 en 80 en een "
                "leerachterstand van ten minste drie jaar op twee domeinen, waarvan één begrijpend lezen "
                "of inzichtelijk rekenen. Besluiten volgen voor 1 mei."),
          ("h2", "5.3 Einde van de TLV en terugkeer"),
          ("p", "Kempenland-Oost kiest ervoor dat jongeren in het vso de kans krijgen om terug te keren "
                "naar het regulier voortgezet onderwijs wanneer dat kan. Dat is geen doel op zich: "
                "terugkeer gebeurt alleen als de jongere daar zelf aan toe is en de ontvangende school "
                "de ondersteuning kan bieden. Na terugkeer krijgt de jongere een overgangsarrangement "
                "van een schooljaar met begeleiding door een ambulant begeleider van de vso-school."),
          ("p", "In het laatste jaar van de TLV bespreekt de vso-school uiterlijk in december met de "
                "jongere, de ouders en de consulent van het samenwerkingsverband het "
                "ontwikkelingsperspectief. De vso-school neemt het initiatief. Is terugkeer mogelijk, dan "
                "zoekt de consulent samen met de ouders een reguliere school en start een proefperiode "
                "van zes weken; de Commissie Toewijzing besluit vervolgens over het "
                "overgangsarrangement. Is verder vso nodig, dan vraagt de vso-school voor 1 april een "
                "nieuwe TLV aan. In 2024-2025 keerden 23 jongeren terug naar het regulier onderwijs."),
          ("h1", "6. Wat willen we bereiken?"),
          ("p", "Voor deze planperiode hebben we de volgende beoogde resultaten vastgesteld:"),
          ("table", [["Doel", "Nulmeting 2025", "Streefwaarde 2030"],
                     ["Aantal thuiszitters langer dan 4 weken", "31", "maximaal 15"],
                     ["Deelnamepercentage vso", "3,9%", "3,5%"],
                     ["Gemiddelde doorlooptijd aanvraag TLV", "5,5 week", "4 weken"],
                     ["Jongeren die na OPDC terugkeren naar school", "71%", "85%"],
                     ["Tevredenheid ouders over ondersteuning (schaal 1-10)", "6,8", "7,5"]]),
          ("p", "We volgen deze doelen in een dashboard dat het bureau elk kwartaal bijwerkt met "
                "gegevens van DUO, leerplicht en de eigen registratie. Twee keer per jaar bespreekt het "
                "bestuur een voortgangsrapportage; die gaat ook naar de OPR. In het jaarverslag "
                "rapporteren we de bereikte resultaten per doel, en in 2028 houden we een tussentijdse "
                "evaluatie met een tevredenheidspeiling onder ouders, jongeren en scholen.")]
    b += [("h1", "7. Ouders en leerlingen"),
          ("p", "Ouders en jongeren zijn de eerste deskundigen. Wij informeren ouders via de website, "
                "via een ouderbrochure die elke school bij de aanmelding meegeeft en via de jaarlijkse "
                "ouderavond 'Passend onderwijs in Kempenland-Oost' in oktober. Daarnaast hebben de "
                "consulenten van het samenwerkingsverband een wekelijks inloopspreekuur waar ouders met "
                "vragen over het ondersteuningsaanbod terechtkunnen."),
          ("p", "Ouders en jongeren die een vraag hebben over de ondersteuning op school, bespreken die "
                "in eerste instantie met de mentor of de ondersteuningscoördinator. Het ouder- en "
                "jeugdsteunpunt richten we in zodra de wettelijke plicht in werking treedt; hoe dat eruit "
                "gaat zien, laten we weten zodra daarover meer bekend is."),
          ("p", "Ouders spelen een belangrijke rol in de OPR en bij het opstellen van het "
                "ontwikkelingsperspectief; jongeren worden gehoord over hun eigen OPP."),
          ("h1", "8. Financiën"),
          ("p", "Kempenland-Oost ontvangt middelen voor lichte en zware ondersteuning. De middelen voor "
                "lichte ondersteuning en het lwoo worden verdeeld volgens het verdeelmodel 2026: elk "
                "bestuur ontvangt € 142 per leerling (teldatum 1 oktober), plus voor lwoo een bedrag per "
                "lwoo-leerling gelijk aan de landelijke normbedragen. Scholen met meer dan 15% "
                "leerlingen uit de laagste leerwegen ontvangen een toeslag van € 35 per leerling. De "
                "bovenschoolse voorzieningen worden rechtstreeks bekostigd op basis van het aantal "
                "plaatsen. Het algemeen bestuur stelt het verdeelmodel elk jaar in december vast."),
          ("p", "De besturen verantwoorden de inzet van de middelen in een jaarlijkse rapportage in een "
                "vast format, die het bureau toetst en bespreekt in het directeurenoverleg."),
          ("table", [["Meerjarenbegroting", "2026", "2027", "2028", "2029"],
                     ["Baten", "p.m.", "p.m.", "p.m.", "p.m."],
                     ["Lasten", "p.m.", "p.m.", "p.m.", "p.m."]]),
          ("p", "De meerjarenbegroting 2026-2029 wordt na vaststelling van de jaarrekening 2025 door het "
                "algemeen bestuur als bijlage 3 bij dit plan gevoegd.")]
    b += [("h1", "9. Samenwerking met gemeenten")]
    b += oogo(["Eindhoven-Oost", "Geldrop-Mierlo", "Heeze-Leende", "Nuenen", "Son en Breugel"])
    b += [("h1", "10. Organisatie")]
    b += governance(naam, rvt=False)
    b += opr(naam, "vo", met_ouders=True)
    b += personeel("vo") + professionalisering() + ict_privacy() + inspectie_jaarcyclus()
    b += communicatie_scholen() + huisvesting_vervoer()
    b += [("h1", "Afkortingen"),
          ("table", [["Afkorting", "Betekenis"], ["ISK", "Internationale schakelklas"],
                     ["LWOO", "Leerwegondersteunend onderwijs"], ["OJSP", "Ouder- en jeugdsteunpunt"],
                     ["OPDC", "Orthopedagogisch-didactisch centrum"], ["OPP", "Ontwikkelingsperspectief"],
                     ["PrO", "Praktijkonderwijs"], ["SOP", "Schoolondersteuningsprofiel"],
                     ["TLV", "Toelaatbaarheidsverklaring"], ["VSO", "Voortgezet speciaal onderwijs"]])]
    label = {
        "sector": "vo", "looks_like_plan": True,
        "elements": {"basisondersteuning": "partial", "plaatsing": "present", "terugstroom": "present",
                     "financien": "partial", "dekkend-aanbod": "present", "resultaten": "present",
                     "ouders": "partial"},
        "criteria": {"basisondersteuning.niveau": True, "basisondersteuning.inhoud": False,
                     "plaatsing.procedure": True, "plaatsing.criteria": True,
                     "terugstroom.procedure": True, "terugstroom.beleid": True,
                     "financien.verdeling": True, "financien.besteding": False,
                     "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
                     "resultaten.doelen": True, "resultaten.monitoring": True,
                     "ouders.informatie": True, "ouders.steunpunt": False},
        "advisory_addressed": {"plaatsing": ["deskundigen", "duur-categorie"],
                               "terugstroom": ["monitoring"],
                               "financien": ["verantwoording"],
                               "dekkend-aanbod": ["ketenpartners"],
                               "resultaten": ["meetbaar"],
                               "ouders": ["betrokkenheid"]},
        "notes": {
            "basisondersteuning": "Ch.3 sets the level as binding minimum for all 14 vestigingen, but the content is only on the Basiskaart on the website (not in the input).",
            "plaatsing": "Ch.5.1-5.2: Commissie Toewijzing procedure, vso criteria, two deskundigen, duur/categorie; lwoo/pro criteria and dates.",
            "terugstroom": "Ch.5.3 inside the TLV chapter: policy (conditions, overgangsarrangement) and procedure (last TLV year, December, 1 April), figure 23.",
            "financien": "Ch.8: verdeelmodel with per-leerling amounts; meerjarenbegroting table is all p.m. and deferred to absent bijlage 3.",
            "dekkend-aanbod": "Ch.4: three-level continuum with capacity table; thuiszitterstafel, wachtlijst monitoring, regie after six weeks.",
            "resultaten": "Ch.6: target table with nulmeting/streefwaarde and quarterly dashboard, half-yearly rapportage, jaarverslag.",
            "ouders": "Ch.7: website, brochure, ouderavond, spreekuur; independent help only mentor/ondersteuningscoordinator and OJSP deferred.",
        },
    }
    return b, label, naam


# ---------------------------------------------------------------------------
# Plan 3 — PO Rivierenland-West (.pdf only)
# ---------------------------------------------------------------------------

def plan_rivierenland():
    naam = "Stichting Samenwerkingsverband Passend Onderwijs Rivierenland-West"
    b = [("title", "Ondersteuningsplan 2026 – 2030"),
         ("sub", f"{naam} — PO 24-11 — versie 1.3, vastgesteld 24 maart 2026"),
         ("toc", ["1 Inleiding", "1.1 Wettelijk kader", "1.2 Totstandkoming", "2 Context",
                  "3 Ondersteuning in het samenwerkingsverband", "3.1 Basisondersteuning",
                  "3.2 Extra ondersteuning en arrangementen", "3.3 Dekkend aanbod",
                  "4 Toelaatbaarheid", "5 Doorgaande lijnen", "5.4 Doorstroom PO-VO",
                  "6 Kwaliteit en resultaten", "7 Financieel beleid", "8 Bestuur en organisatie",
                  "9 Ouders", "Bijlagen", "Begrippenlijst"]),
         ("h1", "1 Inleiding"),
         ("h2", "1.1 Wettelijk kader"),
         ("p", "Artikel 18a van de Wet op het primair onderwijs schrijft voor dat het samenwerkingsverband "
               "ten minste eens in de vier jaar een ondersteuningsplan vaststelt. Het plan bevat onder "
               "meer de basisondersteuning, de verdeling van middelen, de toelaatbaarheid tot sbo en so, "
               "de terugplaatsing, de beoogde en bereikte resultaten en de informatie aan ouders. In dit "
               "plan volgen wij de indeling die past bij onze eigen beleidscyclus."),
         ("h2", "1.2 Totstandkoming")]
    b += voorwoord(naam, "2026-2030", "kind") + totstandkoming() + leeswijzer()
    b += opr(naam, "po", met_ouders=False)
    b += [("h1", "2 Context"),
          ("p", "Rivierenland-West omvat 41 basisscholen, 2 scholen voor speciaal basisonderwijs en 2 "
                "so-locaties, van 7 schoolbesturen, in de gemeenten Buren, Culemborg, Tiel en West "
                "Betuwe. Op 1 oktober 2025 telde het samenwerkingsverband 9.870 leerlingen in het "
                "basisonderwijs, 312 in het sbo en 188 in het so."),
          ("p", "De regio kent een relatief hoog aandeel kleine scholen: 17 scholen hebben minder dan 100 "
                "leerlingen. Dat vraagt om samenwerking tussen scholen, omdat een kleine school niet alle "
                "expertise zelf in huis kan hebben."),
          ("p", "De sociaal-economische opbouw van het werkgebied is gemengd. In Tiel en Culemborg wonen "
                "relatief veel gezinnen met een laag inkomen en een migratieachtergrond; in de dorpen van "
                "Buren en West Betuwe is de bevolking ouder en dalen de leerlingaantallen sneller. De "
                "prognose laat tot 2030 een daling van het totale leerlingaantal met ongeveer 6% zien. "
                "Enkele scholen komen daardoor onder de opheffingsnorm; de besturen verkennen samen "
                "met de gemeenten welke scholen kunnen samengaan."),
          ("p", "De schoolbesturen in Rivierenland-West verschillen in grootte en identiteit. Het grootste "
                "bestuur heeft 15 scholen, het kleinste één. Twee besturen werken met een eigen "
                "expertisecentrum; de andere besturen maken gebruik van de orthopedagogen van het "
                "samenwerkingsverband. Alle besturen zijn lid van de regionale werkgeverskring."),
          ] + landelijke_ontwikkelingen() + kernwaarden() + [
          ("h1", "3 Ondersteuning in het samenwerkingsverband"),
          ("h2", "3.1 Basisondersteuning"),
          ("p", "3.1.1 De besturen hebben afgesproken dat elke schoollocatie in Rivierenland-West ten minste "
                "de volgende basisondersteuning biedt. Dit is het minimumniveau; het geldt voor alle "
                "locaties, ook de kleinste."),
          ("table", [["Standaard", "Wat betekent dit concreet"],
                     ["1 Ondersteuningsstructuur", "IB'er met minimaal 8 uur per week per locatie; OT-overleg 5x per jaar"],
                     ["2 Lezen en rekenen", "Dyslexie- en dyscalculieprotocol; voorleessoftware; extra instructie in kleine groep"],
                     ["3 Gedrag", "Methode sociaal-emotionele ontwikkeling; schoolbreed gedragsprotocol; time-out afspraken"],
                     ["4 Meer- en hoogbegaafdheid", "Signaleringsinstrument; verrijkingsaanbod in de groep"],
                     ["5 Medisch", "Protocol medisch handelen; afspraken over medicatie"],
                     ["6 Taal", "NT2-aanbod voor nieuwkomers in de eerste twee jaar"]]),
          ("p", "3.1.2 De scholen leggen in hun schoolondersteuningsprofiel vast hoe zij aan deze standaarden "
                "voldoen."),
          ("h2", "3.2 Extra ondersteuning en arrangementen"),
          ("p", "3.2.1 Als de basisondersteuning niet volstaat, kan de school een arrangement aanvragen bij "
                "het Ondersteuningsloket. Er zijn individuele arrangementen (begeleiding op de eigen "
                "school), de bovenschoolse Taalschool voor nieuwkomers, de Plusklas Rivierenland en "
                "de observatieklas in Tiel. Daarnaast kunnen kinderen naar het sbo (De Regenboog en De "
                "Wissel) of het so (cluster 3 en 4). Het samenwerkingsverband beschikt daarmee over een "
                "opbouw van ondersteuning van licht naar zwaar: basis, arrangement op school, "
                "bovenschoolse voorziening, sbo, so."),
          ("p", "3.2.2 Voor kinderen die naast onderwijs ook zorg nodig hebben, zijn er in Tiel en Culemborg "
                "onderwijs-zorggroepen, waarin een zorgaanbieder en de so-school samenwerken. De gemeenten "
                "bekostigen de zorg, het samenwerkingsverband het onderwijsdeel."),
          ("h2", "3.3 Dekkend aanbod"),
          ("p", "3.3.1 Het samenwerkingsverband wil een dekkend aanbod realiseren. In de vorige planperiode "
                "is gebleken dat er te weinig zicht is op kinderen die geen passende plek hebben. "
                "Hoe wij thuiszitters en kinderen op wachtlijsten in beeld brengen en welke aanpak daarbij "
                "hoort, is onderwerp van een verkenning die in 2026 start; de uitkomsten worden in het "
                "jaarplan 2027 verwerkt."),
          ("h1", "4 Toelaatbaarheid"),
          ("p", "4.1 Het bevoegd gezag van de school van inschrijving vraagt de TLV aan via het digitale "
                "aanvraagsysteem van het samenwerkingsverband. De aanvraag bevat het groeidocument, het "
                "ontwikkelingsperspectief en de verslagen van het OT. Binnen een week beoordeelt het "
                "secretariaat de volledigheid."),
          ("p", "4.2 De Commissie Toelaatbaarheid (CTB) bestaat uit een voorzitter, twee orthopedagogen en "
                "een jeugdarts. De CTB vraagt het advies van twee deskundigen, van wie één orthopedagoog of "
                "psycholoog is, en besluit binnen zes weken na ontvangst van de volledige aanvraag. De "
                "beslissing wordt schriftelijk toegezonden aan het bevoegd gezag."),
          ("p", "4.3 De criteria waaraan de CTB een aanvraag toetst, zijn opgenomen in bijlage 5 "
                "'Toetsingskader toelaatbaarheid sbo en so'."),
          ("p", "4.4 Een TLV voor het sbo wordt afgegeven voor de duur van twee schooljaren; een TLV voor het "
                "so voor drie schooljaren. Voor het so wordt de bekostigingscategorie (laag, midden, hoog) "
                "vermeld."),
          ("h1", "5 Doorgaande lijnen"),
          ("h2", "5.1 Voorschoolse periode"),
          ("p", "Het samenwerkingsverband werkt samen met de kinderopvang en de jeugdgezondheidszorg om "
                "kinderen met een ondersteuningsbehoefte al voor hun vierde in beeld te hebben. Hiervoor "
                "is in elke gemeente een werkgroep actief. De werkgroepen bestaan uit een intern begeleider, "
                "een pedagogisch medewerker van de kinderopvang, een jeugdverpleegkundige en een "
                "beleidsmedewerker van de gemeente. Zij komen vier keer per jaar bijeen en bespreken de "
                "overdracht van peuters naar groep 1. Voor de overdracht wordt het regionale "
                "overdrachtsformulier gebruikt, dat in 2024 is vernieuwd. Daarnaast zijn er afspraken over "
                "de inzet van voor- en vroegschoolse educatie in de wijken waar veel kinderen met een "
                "taalachterstand opgroeien."),
          ("h2", "5.4 Doorstroom PO-VO"),
          ("p", "Voor de overstap naar het voortgezet onderwijs geldt de regionale POVO-procedure. "
                "Scholen voeren een warme overdracht voor leerlingen met een ontwikkelingsperspectief. "
                "Met het samenwerkingsverband VO Betuwe zijn in 2025 afspraken gemaakt over een "
                "gezamenlijke overstapcoördinator.")]
    b += [("h1", "6 Kwaliteit en resultaten"),
          ("p", "6.1 Rivierenland-West werkt met een PDCA-cyclus. Voor deze planperiode gelden de volgende "
                "beoogde resultaten:"),
          ("table", [["Beoogd resultaat", "Indicator", "Uitgangssituatie 2025", "Norm 2029"],
                     ["Minder verwijzing naar sbo", "Deelnamepercentage sbo (1 oktober)", "3,1%", "2,6%"],
                     ["Snellere toewijzing", "Doorlooptijd arrangement", "7 weken", "4 weken"],
                     ["Basisondersteuning op orde", "Scholen die voldoen aan alle 6 standaarden", "29 van 41", "41 van 41"],
                     ["Tevreden scholen", "Score tevredenheidspeiling IB'ers", "6,9", "7,5"]]),
          ("p", "6.2 Het bureau verzamelt de indicatoren twee keer per jaar (peildata 1 oktober en 1 maart) "
                "en rapporteert daarover in de halfjaarrapportage aan het bestuur en in het jaarverslag. "
                "De standaarden basisondersteuning worden getoetst via een jaarlijkse zelfevaluatie van de "
                "scholen, die het bureau steekproefsgewijs controleert. In 2028 laten wij een externe "
                "evaluatie uitvoeren."),
          ("h1", "7 Financieel beleid"),
          ("p", "7.1 Het financieel beleid is gericht op een doelmatige en rechtmatige besteding van de "
                "middelen. De verdeling en de begroting zijn weergegeven in de tabellen hieronder."),
          ("table", [["Verdeelsleutel ondersteuningsmiddelen", "Criterium", "Bedrag"],
                     ["Schoolbudget", "per leerling op teldatum 1 oktober t-1", "€ 120"],
                     ["Vaste voet", "per schoollocatie", "€ 4.500"],
                     ["Kleine-scholentoeslag", "per locatie met < 100 leerlingen", "€ 3.000"],
                     ["Individueel arrangement", "toekenning door Ondersteuningsloket na aanvraag", "max. € 12.000 per leerling per jaar"]]),
          ("table", [["Meerjarenbegroting (€)", "2026", "2027", "2028", "2029"],
                     ["Rijksbijdrage ondersteuning", "8.240.000", "8.150.000", "8.070.000", "7.990.000"],
                     ["Afdracht sbo en so", "4.120.000", "4.090.000", "4.060.000", "4.030.000"],
                     ["Schoolbudgetten en vaste voet", "1.490.000", "1.470.000", "1.450.000", "1.430.000"],
                     ["Arrangementen", "1.100.000", "1.100.000", "1.100.000", "1.100.000"],
                     ["Bovenschoolse voorzieningen", "780.000", "780.000", "760.000", "760.000"],
                     ["Bureau", "820.000", "830.000", "840.000", "850.000"],
                     ["Saldo", "-70.000", "-120.000", "-140.000", "-180.000"]]),
          ("p", "7.2 De reserve van het samenwerkingsverband ligt boven de signaleringswaarde. De negatieve "
                "saldi in de meerjarenbegroting zijn een bewuste keuze om de reserve af te bouwen tot het "
                "niveau van de signaleringswaarde in 2029.")]
    b += [("h1", "8 Bestuur en organisatie")]
    b += governance(naam, rvt=True)
    b += oogo(["Buren", "Culemborg", "Tiel", "West Betuwe"])
    b += personeel("po") + professionalisering() + ict_privacy() + inspectie_jaarcyclus()
    b += [("h2", "8.5 Communicatie met scholen")] + communicatie_scholen()
    b += [("h2", "8.6 Huisvesting en vervoer")] + huisvesting_vervoer()
    b += [("h1", "9 Ouders"),
          ("p", "Het samenwerkingsverband bestaat voor kinderen en hun ouders. In de komende planperiode "
                "willen wij nadenken over de manier waarop wij ouders het beste kunnen bereiken; "
                "een communicatieplan voor ouders is in voorbereiding."),
          ("h1", "Bijlagen"),
          ("ul", ["Bijlage 1 Verslag OOGO 12 februari 2026", "Bijlage 2 Instemmingsbrief OPR",
                  "Bijlage 5 Toetsingskader toelaatbaarheid sbo en so"]),
          ("p", "De bijlagen zijn op te vragen bij het bureau van het samenwerkingsverband.")]
    b += begrippen([["Ouder- en kindadviseur", "Medewerker van het lokale team die ouders adviseert."],
                    ["Terugplaatsingsarrangement", "Arrangement bij de overstap van sbo of so naar het basisonderwijs."]])
    label = {
        "sector": "po", "looks_like_plan": True,
        "elements": {"basisondersteuning": "present", "plaatsing": "partial", "terugstroom": "missing",
                     "financien": "present", "dekkend-aanbod": "partial", "resultaten": "present",
                     "ouders": "missing"},
        "criteria": {"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
                     "plaatsing.procedure": True, "plaatsing.criteria": False,
                     "terugstroom.procedure": False, "terugstroom.beleid": False,
                     "financien.verdeling": True, "financien.besteding": True,
                     "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": False,
                     "resultaten.doelen": True, "resultaten.monitoring": True,
                     "ouders.informatie": False, "ouders.steunpunt": False},
        "advisory_addressed": {"basisondersteuning": ["borging"],
                               "plaatsing": ["deskundigen", "duur-categorie"],
                               "financien": ["reserves"],
                               "dekkend-aanbod": ["ketenpartners"],
                               "resultaten": ["meetbaar"]},
        "notes": {
            "basisondersteuning": "3.1: minimum for all locaties with a table of six standards and concrete content; yearly self-evaluation in 6.2.",
            "plaatsing": "Ch.4: request, CTB, deskundigen, six-week term, duur/categorie; criteria only in absent bijlage 5.",
            "terugstroom": "Nothing in the body; 'terugplaatsing' only in 1.1 legal list and begrippenlijst; 5.4 is PO-VO doorstroom (near-miss).",
            "financien": "Ch.7: verdeling and besteding are given only in two tables (verdeelsleutel, meerjarenbegroting) plus reserve note.",
            "dekkend-aanbod": "3.2: continuum licht-zwaar with voorzieningen and onderwijs-zorggroepen; 3.3 defers thuiszitters/gaps to a 2026 verkenning.",
            "resultaten": "Ch.6: beoogde resultaten table with indicators and norms; twice-yearly data collection, halfjaarrapportage, jaarverslag.",
            "ouders": "Ch.9 'Ouders' only announces a communicatieplan in voorbereiding; no information channels and no independent help anywhere.",
        },
    }
    return b, label, naam


# ---------------------------------------------------------------------------
# Plan 4 — VO Zuidrand (.html)
# ---------------------------------------------------------------------------

def plan_zuidrand():
    naam = "Samenwerkingsverband Voortgezet Onderwijs Zuidrand"
    b = [("title", "Ondersteuningsplan 2026-2030 | SWV VO Zuidrand"),
         ("sub", "Samenwerkingsverband VO 28-04 — webversie van het ondersteuningsplan; de pdf-versie kunt u downloaden via de knop bovenaan de pagina"),
         ("toc", ["Over dit plan", "Onze ambitie", "Basisondersteuning en schoolprofielen",
                  "Het netwerk van voorzieningen", "Toewijzing: vso, lwoo en praktijkonderwijs",
                  "Terug naar het regulier", "Monitoring en resultaten", "Voor ouders en jongeren",
                  "Financiën", "Bestuur, OPR en OOGO", "Veelgestelde vragen", "Begrippen"]),
         ("h1", "Over dit plan")]
    b += voorwoord(naam, "2026-2030", "jongere")
    b += [("p", "Zuidrand verbindt 22 vestigingen voor voortgezet onderwijs van 9 besturen, waaronder "
                "twee scholen voor praktijkonderwijs en drie vso-scholen. In het schooljaar 2025-2026 "
                "volgen ruim 16.300 leerlingen onderwijs in ons gebied.")] + wettelijk_kader("vo") + totstandkoming() + [
          ("h1", "Onze ambitie"),
          ("p", "Wij willen dat elke jongere in Zuidrand zich kan ontwikkelen op een school die bij hem of "
                "haar past, met de ondersteuning die nodig is. Goede basisondersteuning is daarbij het "
                "fundament onder alles wat we doen. We werken vanuit vertrouwen, we houden de lijnen kort "
                "en we doen wat werkt.")] + kernwaarden() + landelijke_ontwikkelingen() + [
          ("p", "Onze ambitie vertalen we niet in dikke beleidsstukken, maar in afspraken die scholen "
                "kunnen waarmaken. Dit plan beschrijft op hoofdlijnen wat we samen doen; de scholen "
                "bepalen zelf hoe zij dat op hun eigen manier invullen."),
          ("h1", "Basisondersteuning en schoolprofielen"),
          ("p", "Iedere school heeft een schoolondersteuningsprofiel (SOP). Het SOP wordt elke vier jaar "
                "door de medezeggenschapsraad van de school vastgesteld. In de periode 2026-2027 "
                "onderzoeken de besturen of een gezamenlijke beschrijving van de basisondersteuning "
                "voor Zuidrand meerwaarde heeft, mede in het licht van de landelijke norm "
                "basisondersteuning."),
          ("h1", "Het netwerk van voorzieningen"),
          ("p", "Wanneer een school een jongere niet zelf de ondersteuning kan geven die nodig is, zijn "
                "er in Zuidrand verschillende mogelijkheden. Binnen de school kan een arrangement worden "
                "ingezet met een begeleider van het Expertiseteam Zuidrand (bijvoorbeeld voor "
                "faalangst, autisme of gedrag), voor ten hoogste 20 weken. Tussen de scholen zijn er de "
                "Reboundvoorziening Zuid (time-out van maximaal 12 weken), het OPDC Het Anker "
                "(maximaal twee jaar, met terugkeer naar het regulier als doel), de Havo-Plus-groep "
                "voor hoogbegaafde leerlingen met een ondersteuningsvraag, en de ISK. Voor jongeren "
                "die dat nodig hebben zijn er drie vso-scholen en twee scholen voor praktijkonderwijs. "
                "Samen met de gemeenten bieden we onderwijs-zorgarrangementen aan jongeren die "
                "(tijdelijk) niet volledig naar school kunnen."),
          ("table", [["Voorziening", "Voor wie", "Duur"],
                     ["Arrangement Expertiseteam", "Jongeren in het regulier met een specifieke vraag", "max. 20 weken"],
                     ["Rebound Zuid", "Jongeren die tijdelijk vastlopen in de klas", "max. 12 weken"],
                     ["OPDC Het Anker", "Jongeren met leer- en gedragsproblemen", "max. 2 jaar"],
                     ["Havo-Plus", "Hoogbegaafde jongeren met ondersteuningsvraag", "doorlopend"],
                     ["Vso (3 scholen)", "Jongeren met een TLV", "volgens TLV"]]),
          ("h2", "Geen jongere tussen wal en schip"),
          ("p", "Iedere jongere die langer dan twee weken ongeoorloofd verzuimt of zonder school zit, "
                "wordt binnen vijf schooldagen gemeld bij het Trajectpunt Zuidrand. Het Trajectpunt "
                "wijst een trajectbegeleider toe die binnen tien schooldagen met de jongere, de ouders, "
                "leerplicht en de school een plan maakt. Lukt het niet om binnen acht weken een passende "
                "plek te vinden, dan besluit de directeur-bestuurder welke school de jongere plaatst; de "
                "besturen hebben dat vastgelegd in het convenant zorgplicht."),
          ("p", "Elk halfjaar analyseert het Trajectpunt welke vragen niet beantwoord konden worden "
                "(witte vlekken) en legt het bestuur voorstellen voor. In de vorige periode leidde dit tot "
                "de Havo-Plus-groep en tot uitbreiding van Rebound Zuid met 8 plaatsen."),
          ("h1", "Toewijzing: vso, lwoo en praktijkonderwijs"),
          ("p", "Een jongere is toelaatbaar tot het vso als aan alle volgende voorwaarden is voldaan: er is "
                "een ontwikkelingsperspectief waaruit blijkt dat de school ten minste zes maanden een "
                "arrangement heeft ingezet; de jongere heeft structureel een kleine groep (maximaal 12 "
                "leerlingen) en een specialistische pedagogische aanpak nodig; en uit het advies blijkt "
                "dat ook een bovenschoolse voorziening niet volstaat. Voor cluster 3 geldt daarnaast een "
                "lichamelijke, verstandelijke of langdurig medische beperking die onderwijs in het "
                "regulier belemmert."),
          ("p", "Voor lwoo en praktijkonderwijs volgt Zuidrand de landelijke criteria: voor lwoo een IQ van "
                "75 tot en met 90 en een leerachterstand van 25 tot 50% op ten minste twee domeinen; voor "
                "pro een IQ van 55 tot en met 80 en een leerachterstand van ten minste 50% op ten minste "
                "twee domeinen."),
          ("p", "Hoe scholen een aanvraag indienen, wie over de aanvragen beslist en binnen welke termijnen, "
                "staat in het Handboek Toewijzing Zuidrand, dat in het voorjaar van 2026 opnieuw wordt "
                "vastgesteld. Een TLV vso geldt in beginsel voor twee schooljaren."),
          ("h1", "Terug naar het regulier"),
          ("p", "Zuidrand vindt dat een vso-plaatsing geen eindstation hoeft te zijn. Ons beleid is dat elke "
                "jongere in het vso jaarlijks wordt bekeken op de mogelijkheid van terugkeer naar het "
                "regulier voortgezet onderwijs of doorstroom naar mbo of werk. Terugkeer vindt plaats "
                "als het ontwikkelingsperspectief laat zien dat de jongere met een arrangement in een "
                "reguliere klas kan functioneren, en de jongere en de ouders dat willen. Na terugkeer "
                "krijgt de jongere een terugkeerarrangement: begeleiding door het Expertiseteam op de "
                "ontvangende school gedurende minimaal een halfjaar."),
          ("p", "Procedure: (1) de vso-school bespreekt bij elke OPP-evaluatie, en in ieder geval in "
                "oktober van het laatste TLV-jaar, of terugkeer mogelijk is; (2) de vso-school neemt het "
                "initiatief en meldt de jongere voor 1 december aan bij het Trajectpunt; (3) de "
                "trajectbegeleider zoekt met ouders en jongere een reguliere school en organiseert een "
                "kennismakingsperiode; (4) de ontvangende school besluit over de inschrijving, het "
                "Trajectpunt over het terugkeerarrangement; (5) na drie en na zes maanden volgt een evaluatie. "
                "Is terugkeer niet mogelijk, dan vraagt de vso-school tijdig een nieuwe TLV aan.")]
    b += [("h1", "Monitoring en resultaten"),
          ("p", "Het samenwerkingsverband volgt de ontwikkelingen met een monitor die elk kwartaal wordt "
                "bijgewerkt. De monitor bevat het deelnamepercentage vso, pro en lwoo (peildatum "
                "1 oktober), het aantal TLV's en arrangementen, het aantal thuiszitters en vrijstellingen, "
                "de doorlooptijd van aanvragen en het aantal terugplaatsingen. Het bureau bespreekt de "
                "monitor elk kwartaal met de directeur-bestuurder, twee keer per jaar met het bestuur en "
                "jaarlijks met de OPR; in het jaarverslag worden de cijfers openbaar gemaakt en toegelicht. "
                "Daarnaast vragen we jaarlijks de tevredenheid van scholen, ouders en jongeren uit."),
          ("table", [["Indicator (1 oktober)", "2023", "2024", "2025"],
                     ["Deelname vso", "3,6%", "3,8%", "3,7%"],
                     ["Thuiszitters > 4 weken", "27", "22", "19"],
                     ["Terugplaatsingen vso → regulier", "9", "12", "14"]]),
          ("p", "Welke doelen we ons voor deze planperiode stellen, formuleren we in het eerste planjaar "
                "samen met de scholen. Ze komen in het jaarplan 2026-2027."),
          ("h1", "Voor ouders en jongeren"),
          ("p", "Heeft u een vraag of een zorg over de ondersteuning van uw kind, of bent u het niet eens "
                "met de school? Dan kunt u terecht bij het Ouder- en Jeugdsteunpunt Zuidrand. Het "
                "steunpunt is onafhankelijk van de scholen en van het samenwerkingsverband, is op "
                "werkdagen telefonisch bereikbaar en kan een onafhankelijke ouderadviseur meesturen naar "
                "gesprekken op school. U kunt ook kosteloos contact opnemen met de Onderwijsconsulenten. "
                "Bij een geschil over toelating, verwijdering of het OPP kunt u zich wenden tot de "
                "Geschillencommissie passend onderwijs; tegen een besluit over een TLV kunt u bezwaar "
                "maken bij het samenwerkingsverband."),
          ("p", "De informatie voor ouders over het ondersteuningsaanbod wordt vernieuwd. Een nieuwe "
                "ouderpagina en een informatiefolder zijn in ontwikkeling en verschijnen in de loop van "
                "het schooljaar 2026-2027."),
          ("h1", "Financiën"),
          ("p", "Zuidrand ontvangt middelen voor lichte en zware ondersteuning en voor lwoo en pro. De "
                "verdeling van de middelen over de besturen en de meerjarenbegroting zijn vastgelegd in "
                "het Financieel Kader Zuidrand 2026-2030, dat het bestuur jaarlijks actualiseert en dat "
                "als afzonderlijk document wordt gepubliceerd. Wij verwijzen daarvoor naar dat document."),
          ("h1", "Bestuur, OPR en OOGO")]
    b += governance(naam, rvt=True)
    b += opr(naam, "vo", met_ouders=True)
    b += oogo(["Breda", "Etten-Leur", "Zundert", "Rucphen"]) + huisvesting_vervoer()
    b += personeel("vo") + professionalisering() + ict_privacy() + inspectie_jaarcyclus()
    b += communicatie_scholen()
    b += [("h1", "Veelgestelde vragen"),
          ("p", "Mijn kind heeft dyslexie. Moet de school dan helpen? Ja, de school heeft zorgplicht en "
                "bespreekt met u welke ondersteuning past."),
          ("p", "Krijgt de school geld voor mijn kind? De school ontvangt middelen van het "
                "samenwerkingsverband, maar dat is geen persoonsgebonden budget. Het geld wordt "
                "ingezet waar het nodig is."),
          ("p", "Wie beslist over een TLV? Dat leest u in het Handboek Toewijzing Zuidrand.")]
    b += [("h1", "Begrippen"),
          ("table", [["Begrip", "Uitleg"],
                     ["Basisondersteuning", "Het afgesproken niveau van ondersteuning dat iedere school in het samenwerkingsverband biedt, met standaarden voor structuur, expertise en interventies."],
                     ["Financieel Kader", "Document met verdeelmodel, meerjarenbegroting en reserves."],
                     ["Lwoo", "Leerwegondersteunend onderwijs."],
                     ["OJSP", "Ouder- en jeugdsteunpunt."],
                     ["Pro", "Praktijkonderwijs."],
                     ["Resultaten", "Beoogde en bereikte resultaten met streefwaarden."],
                     ["TLV", "Toelaatbaarheidsverklaring."],
                     ["Verdeelmodel", "Regels voor de verdeling van middelen over besturen: bedrag per leerling en vaste voet."]])]
    label = {
        "sector": "vo", "looks_like_plan": True,
        "elements": {"basisondersteuning": "missing", "plaatsing": "partial", "terugstroom": "present",
                     "financien": "missing", "dekkend-aanbod": "present", "resultaten": "partial",
                     "ouders": "partial"},
        "criteria": {"basisondersteuning.niveau": False, "basisondersteuning.inhoud": False,
                     "plaatsing.procedure": False, "plaatsing.criteria": True,
                     "terugstroom.procedure": True, "terugstroom.beleid": True,
                     "financien.verdeling": False, "financien.besteding": False,
                     "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
                     "resultaten.doelen": False, "resultaten.monitoring": True,
                     "ouders.informatie": False, "ouders.steunpunt": True},
        "advisory_addressed": {"plaatsing": ["duur-categorie", "bezwaar"],
                               "terugstroom": ["monitoring"],
                               "dekkend-aanbod": ["ketenpartners"],
                               "resultaten": ["meetbaar"],
                               "ouders": ["betrokkenheid"]},
        "notes": {
            "basisondersteuning": "Only a value sentence in 'Onze ambitie', SOPs per school and an 'onderzoeken' deferral; the definition sits only in the Begrippen table.",
            "plaatsing": "'Toewijzing': vso, lwoo and pro criteria are given; the procedure (who applies, who decides, terms) is referred to the absent Handboek Toewijzing.",
            "terugstroom": "'Terug naar het regulier': policy with conditions and terugkeerarrangement plus a five-step procedure; figures in the monitor table.",
            "financien": "'Financien' only refers to a separate Financieel Kader; verdeelmodel wording appears only in the Begrippen table; FAQ answer is a passing mention.",
            "dekkend-aanbod": "'Het netwerk van voorzieningen': voorzieningen table, Trajectpunt with terms, doorzettingsmacht, half-yearly witte-vlekken analysis.",
            "resultaten": "'Monitoring en resultaten': quarterly monitor and reporting cycle with figures; goals deferred to the first planjaar/jaarplan.",
            "ouders": "'Voor ouders en jongeren': independent OJSP, Onderwijsconsulenten, geschillen; information channels are 'in ontwikkeling'.",
        },
    }
    return b, label, naam


# ---------------------------------------------------------------------------
# Plan 5 — PO Lingestroom (.docx)
# ---------------------------------------------------------------------------

def plan_lingestroom():
    naam = "Samenwerkingsverband PO Lingestroom"
    b = [("title", "Koersplan passend onderwijs 2026-2030"),
         ("sub", "Ondersteuningsplan van Samenwerkingsverband PO Lingestroom (PO 25-02) — op hoofdlijnen"),
         ("toc", ["Voorwoord", "Deel A Wie we zijn", "A1 Ons werkgebied", "A2 Onze opdracht",
                  "Deel B Wat we doen", "B1 Ondersteuning op school", "B2 Aanvragen bij het loket",
                  "B3 Overstap vanuit het speciaal onderwijs", "B4 Ouders en leerlingen",
                  "Deel C Hoe we het organiseren", "C1 Ambities en resultaten", "C2 Begroting",
                  "C3 Bestuur en medezeggenschap", "C4 Samenwerking met gemeenten",
                  "Afkortingen en begrippen"]),
         ("h1", "Voorwoord")]
    b += voorwoord(naam, "2026-2030", "kind", "Dit koersplan is bewust compact gehouden: het "
                   "beschrijft wat we met elkaar afspreken, en laat ruimte aan scholen om het eigen "
                   "ondersteuningsaanbod in te richten.")
    b += [("h2", "Waarom een koersplan?")] + wettelijk_kader("po") + totstandkoming() + leeswijzer()
    b += [("h1", "Deel A Wie we zijn"),
          ("h2", "A1 Ons werkgebied"),
          ("p", "Lingestroom omvat 38 basisscholen, één sbo-school met twee locaties en één so-school, van "
                "zes schoolbesturen, in de gemeenten Lingewaard, Overbetuwe en Zevenaar. Op 1 oktober "
                "2025 volgden 8.140 kinderen basisonderwijs in ons gebied. Het werkgebied ligt tussen "
                "Arnhem en Nijmegen en kent zowel groeikernen als kleine dorpen langs de Linge en de Rijn. "
                "In de groeikernen worden nieuwe wijken gebouwd, waardoor enkele scholen de komende jaren "
                "groeien; in de dorpen neemt het aantal leerlingen juist af. De gemeenten verwachten tot "
                "2030 per saldo een lichte daling van het aantal kinderen in de basisschoolleeftijd."),
          ("p", "Lingestroom werkt nauw samen met het samenwerkingsverband voortgezet onderwijs in dezelfde "
                "regio. De besturen van beide verbanden komen twee keer per jaar bijeen. Daarnaast delen "
                "de bureaus een medewerker communicatie en een functionaris gegevensbescherming."),
          ("h2", "A2 Onze opdracht"),
          ("p", "Onze opdracht is dat ieder kind onderwijs krijgt dat past. Wij doen dat door scholen te "
                "versterken, door kennis te delen en door snel en zonder bureaucratie ondersteuning "
                "beschikbaar te stellen. We willen dat ouders, leerkrachten en specialisten samen kijken "
                "naar wat een kind nodig heeft."),
          ("p", "Die opdracht vraagt om een bureau dat dienstbaar is aan de scholen. Het bureau van "
                "Lingestroom is klein en wil dat blijven: geld dat naar het bureau gaat, gaat niet naar de "
                "klas. We kiezen daarom voor een wendbare organisatie met een kleine vaste kern en "
                "specialisten die we inhuren wanneer dat nodig is. Ook vinden we het belangrijk dat "
                "scholen elkaar opzoeken voordat ze het bureau bellen; veel kennis is al in de regio "
                "aanwezig en hoeft niet via ons te lopen.")] + kernwaarden() + landelijke_ontwikkelingen() + [
          ("p", "Het ondersteuningsaanbod in de regio, met alle voorzieningen en contactgegevens, staat op "
                "de Sociale Kaart Lingestroom (www.lingestroom.nl/socialekaart)."),
          ("h2", "A3 Terugblik 2022-2026"),
          ("p", "In de vorige planperiode stond het versterken van de scholen centraal. We hebben het "
                "loket opgezet als een plek waar scholen met al hun vragen terechtkunnen, en we hebben de "
                "bureaucratie rond aanvragen sterk teruggebracht: een aanvraag bestaat nu uit één formulier "
                "in plaats van vier. Het aantal adviesvragen aan het loket steeg van 210 in 2022 naar 345 "
                "in 2025. Dat zien wij als een teken van vertrouwen."),
          ("p", "Niet alles is gelukt. Het deelnamepercentage so is in vier jaar gestegen van 1,9% naar "
                "2,2%, terwijl we een daling beoogden. De doorlooptijd van aanvragen was in 2025 in 78% van "
                "de gevallen binnen vier weken, onder de norm van 90% die we ons in 2022 hadden gesteld. "
                "Een externe evaluatie in 2025 liet zien dat scholen het loket waarderen met een 7,4, maar "
                "dat de informatie over wat het samenwerkingsverband doet nog te versnipperd is. Deze "
                "lessen zijn verwerkt in de ambities van Deel C."),
          ("h2", "A4 Onze scholen"),
          ("p", "De scholen in Lingestroom zijn divers: openbare, katholieke, protestants-christelijke en "
                "algemeen bijzondere scholen, in dorpen en in de stadskernen van Zevenaar en Bemmel. Bijna "
                "een derde van de scholen heeft minder dan 150 leerlingen. Enkele scholen werken met "
                "combinatiegroepen over drie leerjaren. Twee scholen zijn in 2024 gefuseerd. Drie scholen "
                "maken deel uit van een integraal kindcentrum met kinderopvang en peuterspeelzaal."),
          ("p", "De schoolbesturen verschillen sterk in omvang: het grootste bestuur heeft 14 scholen, het "
                "kleinste één. Dat betekent dat de mogelijkheden om expertise bovenschools te organiseren "
                "per bestuur verschillen. De besturen hebben afgesproken elkaar daarin te helpen, onder "
                "meer door gezamenlijke inkoop van scholing en door uitwisseling van specialisten.")]
    b += [("h1", "Deel B Wat we doen"),
          ("h2", "B1 Ondersteuning op school"),
          ("p", "In Lingestroom biedt elke school, op elke locatie, hetzelfde minimale niveau van "
                "basisondersteuning; geen school mag daaronder zakken. Dat niveau is gelijk aan het "
                "Referentiekader passend onderwijs: basisondersteuning bestaat uit basiskwaliteit, "
                "preventieve en licht curatieve interventies, een onderwijsondersteuningsstructuur en "
                "planmatig werken. De invulling hiervan is aan de scholen en wordt beschreven in hun "
                "schoolgids."),
          ("h2", "B2 Aanvragen bij het loket"),
          ("p", "Het Loket Lingestroom is het aanspreekpunt van het samenwerkingsverband voor scholen. "
                "Alle formulieren en werkwijzen van het loket, ook die voor arrangementen en voor de "
                "toelaatbaarheid tot sbo en so, staan in het Handboek Loket op de website. Het loket is "
                "op werkdagen bereikbaar."),
          ("h2", "B3 Overstap vanuit het speciaal onderwijs"),
          ("p", "In het laatste jaar van de TLV nodigt de sbo- of so-school uiterlijk in november de "
                "ouders, de school van herkomst en de loketconsulent uit voor een overstapgesprek op basis "
                "van het ontwikkelingsperspectief. De sbo- of so-school neemt daartoe het initiatief. In "
                "dat gesprek wordt vastgesteld of het kind naar een basisschool kan, of dat een nieuwe TLV "
                "nodig is. Bij terugkeer stelt het loket voor 1 maart een overstapplan op, waarin staat "
                "welke school het kind ontvangt en per welke datum. Het loket neemt het besluit over het "
                "overstapplan; zes weken na de overstap volgt een evaluatiegesprek met ouders en beide "
                "scholen."),
          ("h2", "B4 Ouders en leerlingen"),
          ("p", "Ouders vinden informatie over de ondersteuning op de scholen en in de regio op de "
                "oudersite van Lingestroom, in de schoolgids van hun school en in de ouderbrochure "
                "'Wat als mijn kind meer nodig heeft?', die elke school aan nieuwe ouders meegeeft. Het "
                "loket houdt iedere woensdagochtend een telefonisch spreekuur voor ouders."),
          ("p", "Voor onafhankelijk advies kunnen ouders terecht bij het Ouder- en Jeugdsteunpunt "
                "Gelderland-Zuid, waar ervaren ouderadviseurs meedenken en kunnen bemiddelen, en bij de "
                "Onderwijsconsulenten. Lingestroom heeft een eigen klachtenregeling; klachten over het "
                "samenwerkingsverband worden behandeld door een onafhankelijke klachtencommissie."),
          ("p", "Kinderen worden gehoord over hun eigen ontwikkelingsperspectief. Ouders zitten in de OPR "
                "en in de klankbordgroep van het loket.")]
    b += [("h1", "Deel C Hoe we het organiseren"),
          ("h2", "C1 Ambities en resultaten"),
          ("p", "In 2030 willen we het volgende bereikt hebben (beoogde resultaten):"),
          ("ul", ["het deelnamepercentage so daalt van 2,2% (1 oktober 2025) naar ten hoogste 1,9%;",
                  "95% van de aanvragen bij het loket is binnen vier weken afgehandeld (2025: 78%);",
                  "80% van de ouders die het loket benaderen is tevreden (2025: nog niet gemeten; nulmeting in 2026);",
                  "de waardering van scholen voor het loket stijgt van 7,4 (2025) naar ten minste 7,8."]),
          ("p", "We meten de voortgang elk halfjaar aan de hand van de registratie van het loket, de "
                "DUO-gegevens op 1 oktober en een korte vragenlijst onder ouders. De directeur rapporteert "
                "de cijfers twee keer per jaar aan het bestuur en de OPR, en het jaarverslag bevat een "
                "paragraaf 'bereikte resultaten' met een vergelijking met de streefwaarden. Wanneer een "
                "resultaat achterblijft, stelt het bestuur een verbetermaatregel vast."),
          ("h2", "C2 Begroting"),
          ("p", "De verdeling van de ondersteuningsmiddelen over de schoolbesturen wordt in 2026 herijkt. "
                "Het bestuur besluit daarover na advies van de directeuren; het nieuwe verdeelmodel wordt "
                "daarna aan dit plan toegevoegd. De begroting voor de planperiode ziet er als volgt uit:"),
          ("table", [["Begroting (€ x 1.000)", "2026", "2027", "2028", "2029"],
                     ["Baten ondersteuningsmiddelen", "6.510", "6.450", "6.390", "6.330"],
                     ["Afdrachten sbo en so", "3.020", "3.000", "2.980", "2.960"],
                     ["Middelen naar schoolbesturen", "2.300", "2.280", "2.260", "2.240"],
                     ["Loket en arrangementen", "640", "640", "620", "620"],
                     ["Bureau", "520", "530", "540", "550"],
                     ["Saldo", "30", "0", "-10", "-40"]]),
          ("h2", "C3 Bestuur en medezeggenschap")]
    b += governance(naam, rvt=False)
    b += opr(naam, "po", met_ouders=True)
    b += personeel("po") + professionalisering() + ict_privacy() + inspectie_jaarcyclus()
    b += communicatie_scholen()
    b += [("h2", "C4 Samenwerking met gemeenten")]
    b += [("p", "De gemeenten in ons werkgebied zijn belangrijke partners. Met de wethouders onderwijs "
                "voeren we twee keer per jaar bestuurlijk overleg; de beleidsmedewerkers onderwijs van "
                "de drie gemeenten en het bureau komen elke zes weken bijeen.")]
    b += oogo(["Lingewaard", "Overbetuwe", "Zevenaar"], inhoud=False)
    b += [("p", "De inhoudelijke afspraken met de gemeenten over jeugdhulp en onderwijs worden in "
                "2026 herzien in het regionale Koersdocument Onderwijs en Jeugd, dat nog in voorbereiding is."),
          ("h2", "C5 Planning"),
          ("p", "Het koersplan wordt jaarlijks uitgewerkt in een jaarplan. De belangrijkste mijlpalen per "
                "schooljaar zijn in de tabel hieronder opgenomen. De planning is indicatief; het bestuur "
                "kan de volgorde aanpassen als de omstandigheden daarom vragen."),
          ("table", [["Schooljaar", "Mijlpaal"],
                     ["2026-2027", "Herijking verdeelmodel; nulmeting oudertevredenheid; vernieuwing oudersite"],
                     ["2027-2028", "Tussenevaluatie ambities; vernieuwing Handboek Loket"],
                     ["2028-2029", "Externe evaluatie van het loket"],
                     ["2029-2030", "Voorbereiding volgend koersplan met OPR en gemeenten"]]),
          ("h1", "Afkortingen en begrippen"),
          ("table", [["Term", "Uitleg"],
                     ["Dekkend aanbod", "Alle voorzieningen samen, zodat er voor ieder kind een passende plek is; thuiszitters worden voorkomen."],
                     ["Loket", "Loket Lingestroom: advies, arrangementen en toelaatbaarheid."],
                     ["OJSP", "Ouder- en jeugdsteunpunt."],
                     ["TLV", "Toelaatbaarheidsverklaring voor sbo of so, afgegeven na advies van twee deskundigen."],
                     ["Verdeelmodel", "De regels voor het verdelen van middelen over schoolbesturen."]])]
    label = {
        "sector": "po", "looks_like_plan": True,
        "elements": {"basisondersteuning": "partial", "plaatsing": "missing", "terugstroom": "partial",
                     "financien": "partial", "dekkend-aanbod": "missing", "resultaten": "present",
                     "ouders": "present"},
        "criteria": {"basisondersteuning.niveau": True, "basisondersteuning.inhoud": False,
                     "plaatsing.procedure": False, "plaatsing.criteria": False,
                     "terugstroom.procedure": True, "terugstroom.beleid": False,
                     "financien.verdeling": False, "financien.besteding": True,
                     "dekkend-aanbod.continuum": False, "dekkend-aanbod.lacunes": False,
                     "resultaten.doelen": True, "resultaten.monitoring": True,
                     "ouders.informatie": True, "ouders.steunpunt": True},
        "advisory_addressed": {"resultaten": ["meetbaar"],
                               "ouders": ["betrokkenheid"]},
        "notes": {
            "basisondersteuning": "B1 states one minimum level for every locatie but only copies the four Referentiekader aspects; content left to the schoolgidsen.",
            "plaatsing": "B2 refers all loket werkwijzen incl. toelaatbaarheid to the Handboek Loket on the website (not in input); TLV/two deskundigen only in the glossary; B3 mentions a new TLV in passing.",
            "terugstroom": "B3 'Overstap vanuit het speciaal onderwijs' gives initiative, moments and decider; no aims, conditions or support after return.",
            "financien": "C2 'Begroting' has a multi-year table with amounts; the verdeelmodel is being 'herijkt' and will be added later.",
            "dekkend-aanbod": "No continuum or gap/thuiszitter approach; only the Sociale Kaart website reference (A2), glossary, and OOGO procedure with a deferred content document.",
            "resultaten": "C1: four measurable beoogde resultaten with baselines, half-yearly measurement, reporting and jaarverslag 'bereikte resultaten'.",
            "ouders": "B4: oudersite, schoolgids, brochure, spreekuur; OJSP Gelderland-Zuid, Onderwijsconsulenten, klachtencommissie.",
        },
    }
    return b, label, naam


# ---------------------------------------------------------------------------
# Near miss — a school-level "ondersteuningsplan" of one basisschool (.md)
# ---------------------------------------------------------------------------

def nonplan_kleine_reus():
    b = [("title", "Ondersteuningsplan 2025-2026 — OBS De Kleine Reus"),
         ("sub", "Zorg- en ondersteuningsplan van de school, onderdeel van de schoolgids; vastgesteld door de MR op 30 september 2025"),
         ("toc", ["1 Inleiding", "2 Basisondersteuning op De Kleine Reus", "3 Zorgniveaus",
                  "4 De ondersteuningscyclus", "5 Extra ondersteuning via het samenwerkingsverband",
                  "6 Verwijzing naar sbo of so en terugplaatsing", "7 Ouders", "8 Middelen en formatie",
                  "9 Resultaten en evaluatie", "10 Jaarplanning zorg"]),
         ("h1", "1 Inleiding"),
         ("p", "OBS De Kleine Reus is een openbare basisschool met 286 leerlingen in twaalf groepen. De "
               "school valt onder Stichting Openbaar Onderwijs Noordwest en is aangesloten bij het "
               "samenwerkingsverband passend onderwijs in onze regio. Dit ondersteuningsplan beschrijft "
               "hoe wij op school de ondersteuning aan onze leerlingen organiseren. Het is bedoeld voor "
               "het team, voor ouders en voor nieuwe collega's."),
         ("p", "Het plan wordt elk schooljaar geactualiseerd door de intern begeleider en de directeur en "
               "vastgesteld door de medezeggenschapsraad. Het ondersteuningsplan van het "
               "samenwerkingsverband zelf vindt u op de website van het samenwerkingsverband."),
         ("h1", "2 Basisondersteuning op De Kleine Reus"),
         ("p", "Onze school biedt de basisondersteuning die in het samenwerkingsverband is afgesproken. "
               "Concreet betekent dit bij ons: een intern begeleider (0,6 fte), een onderwijsassistent "
               "voor extra instructie in kleine groepjes, het dyslexieprotocol, de methode Kanjertraining "
               "voor sociaal-emotionele ontwikkeling, een plusgroep op donderdagmiddag en een "
               "leesinterventie voor groep 3 en 4."),
         ("h1", "3 Zorgniveaus"),
         ("p", "Wij werken met vijf zorgniveaus. Niveau 1: algemene zorg door de leerkracht in de groep. "
               "Niveau 2: extra zorg in de groep na signalering bij toetsen of observatie. Niveau 3: "
               "speciale zorg na consultatie van de intern begeleider, met een individueel handelingsplan. "
               "Niveau 4: zorg met inschakeling van externe deskundigen, bijvoorbeeld de orthopedagoog van "
               "het samenwerkingsverband of de jeugdarts. Niveau 5: de leerling heeft meer nodig dan de "
               "school kan bieden; dan wordt een arrangement of een verwijzing overwogen."),
         ("h1", "4 De ondersteuningscyclus"),
         ("p", "Drie keer per jaar houden de leerkracht en de intern begeleider een groepsbespreking. "
               "Daarin bespreken we de toetsresultaten, de observaties en de groepsplannen. Leerlingen "
               "over wie zorgen zijn, worden besproken in de leerlingbespreking. Wanneer de ondersteuning "
               "onvoldoende effect heeft, wordt de leerling ingebracht in het ondersteuningsteam (OT), "
               "waarin naast de intern begeleider ook de schoolmaatschappelijk werker en de consulent "
               "van het samenwerkingsverband zitten. Ouders worden voor het OT uitgenodigd."),
         ("p", "Voor leerlingen die een eigen leerlijn volgen, stellen wij een ontwikkelingsperspectief "
               "(OPP) op. Het OPP wordt twee keer per jaar met de ouders geëvalueerd; ouders hebben "
               "instemmingsrecht op het handelingsdeel. Vanaf groep 6 voeren wij ook een gesprek met de "
               "leerling zelf."),
         ("h1", "5 Extra ondersteuning via het samenwerkingsverband"),
         ("p", "Als de school meer nodig heeft dan de basisondersteuning, vraagt de intern begeleider een "
               "arrangement aan bij het loket van het samenwerkingsverband. Dat kan bijvoorbeeld gaan om "
               "begeleiding door een gedragsspecialist of om een plek in de taalklas. Het "
               "samenwerkingsverband beslist over de aanvraag; de werkwijze staat op de website van het "
               "samenwerkingsverband."),
         ("h1", "6 Verwijzing naar sbo of so en terugplaatsing"),
         ("p", "Soms is een reguliere basisschool niet de beste plek voor een kind. In overleg met de ouders "
               "vraagt het bestuur dan een toelaatbaarheidsverklaring (TLV) aan bij het "
               "samenwerkingsverband. De school stelt daarvoor het groeidocument op. Het "
               "samenwerkingsverband beslist over de TLV na advies van twee deskundigen. Leerlingen die "
               "vanuit het sbo of so terugkeren naar onze school, krijgen een warme overdracht en een "
               "gesprek met de intern begeleider in de eerste week."),
         ("h1", "7 Ouders"),
         ("p", "Ouders zijn onze belangrijkste partners. Wij informeren ouders via de schoolgids, de "
               "nieuwsbrief en de ouderapp, en bij zorgen nemen wij altijd persoonlijk contact op. Heeft u "
               "een klacht, dan kunt u terecht bij de directeur of de vertrouwenspersoon van de school. "
               "Voor onafhankelijk advies kunt u contact opnemen met het ouder- en jeugdsteunpunt of de "
               "Onderwijsconsulenten."),
         ("h1", "8 Middelen en formatie"),
         ("p", "De school ontvangt van het bestuur een ondersteuningsbudget uit de middelen van het "
               "samenwerkingsverband. In 2025-2026 bedraagt dat € 41.500. Wij besteden dit aan de "
               "formatie van de onderwijsassistent (0,6 fte) en aan scholing van het team op het gebied "
               "van gedrag. De ouderbijdrage wordt niet gebruikt voor ondersteuning."),
         ("table", [["Inzet ondersteuningsbudget 2025-2026", "Bedrag"],
                    ["Onderwijsassistent 0,6 fte", "€ 31.000"], ["Scholing gedrag", "€ 6.500"],
                    ["Materialen en software", "€ 4.000"]]),
         ("h1", "9 Resultaten en evaluatie"),
         ("p", "De resultaten van onze leerlingen volgen wij met het leerlingvolgsysteem. Twee keer per "
               "jaar analyseert het team de opbrengsten per groep en stelt de groepsplannen bij. De "
               "resultaten van de eindtoets bespreken wij met de MR. Het doel voor dit schooljaar is dat "
               "85% van de leerlingen in groep 8 het streefniveau 1F voor lezen haalt."),
         ("h1", "10 Jaarplanning zorg"),
         ("table", [["Maand", "Activiteit"], ["September", "Startgesprekken met ouders"],
                    ["November", "Groepsbesprekingen ronde 1"], ["Februari", "Toetsweek en analyse"],
                    ["Maart", "Groepsbesprekingen ronde 2"], ["Juni", "Overdrachtsgesprekken"]]),
         ("p", "Dit plan wordt eind schooljaar geëvalueerd door het zorgteam.")]
    label = {
        "sector": "po", "looks_like_plan": False, "elements": {}, "criteria": {},
        "notes": {"document": "School-level zorg-/ondersteuningsplan of one basisschool (zorgniveaus, "
                              "groepsbesprekingen, MR-vaststelling, school budget); it refers to the SWV's "
                              "own plan and is not an ondersteuningsplan of a samenwerkingsverband."},
    }
    return b, label, "OBS De Kleine Reus"


# ---------------------------------------------------------------------------

CRIT_ORDER = ["basisondersteuning.niveau", "basisondersteuning.inhoud", "plaatsing.procedure",
              "plaatsing.criteria", "terugstroom.procedure", "terugstroom.beleid",
              "financien.verdeling", "financien.besteding", "dekkend-aanbod.continuum",
              "dekkend-aanbod.lacunes", "resultaten.doelen", "resultaten.monitoring",
              "ouders.informatie", "ouders.steunpunt"]
ELEM_ORDER = ["basisondersteuning", "plaatsing", "terugstroom", "financien", "dekkend-aanbod",
              "resultaten", "ouders"]


def q(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def write_label(path, docs, label):
    lines = [f"documents: [{', '.join(docs)}]", f"sector: {label['sector']}",
             f"looks_like_plan: {'true' if label['looks_like_plan'] else 'false'}"]
    if label["elements"]:
        lines.append("elements: {" + ", ".join(f"{e}: {label['elements'][e]}" for e in ELEM_ORDER) + "}")
        lines.append("criteria:")
        for c in CRIT_ORDER:
            lines.append(f"  {c}: {'true' if label['criteria'][c] else 'false'}")
        lines.append("advisory_addressed:")
        for e in ELEM_ORDER:
            if e in label.get("advisory_addressed", {}):
                lines.append(f"  {e}: [{', '.join(label['advisory_addressed'][e])}]")
        lines.append("notes:")
        for e in ELEM_ORDER:
            lines.append(f"  {e}: {q(label['notes'][e])}")
    else:
        lines += ["elements: {}", "criteria: {}", "advisory_addressed: {}", "notes:"]
        for k, v in label["notes"].items():
            lines.append(f"  {k}: {q(v)}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    counts = {}

    b, lab, naam = plan_waterlinie()
    render_docx(b, OUT / "po-waterlinie-2026.docx", f"{naam} | Ondersteuningsplan 2026-2030")
    write_label(OUT / "po-waterlinie-2026.expected.yaml", ["po-waterlinie-2026.docx"], lab)
    counts["po-waterlinie-2026"] = word_count(b)

    b, lab, naam = plan_kempenland()
    render_docx(b, OUT / "vo-kempenland-oost-2026.docx", f"{naam} | Ondersteuningsplan 2026-2030 | concept")
    docx_to_pdf(b, OUT / "vo-kempenland-oost-2026.pdf", f"{naam} | Ondersteuningsplan 2026-2030 | concept")
    write_label(OUT / "vo-kempenland-oost-2026.expected.yaml",
                ["vo-kempenland-oost-2026.docx", "vo-kempenland-oost-2026.pdf"], lab)
    counts["vo-kempenland-oost-2026"] = word_count(b)

    b, lab, naam = plan_rivierenland()
    docx_to_pdf(b, OUT / "po-rivierenland-west-2026.pdf", f"{naam} | Ondersteuningsplan 2026-2030 | v1.3")
    write_label(OUT / "po-rivierenland-west-2026.expected.yaml", ["po-rivierenland-west-2026.pdf"], lab)
    counts["po-rivierenland-west-2026"] = word_count(b)

    b, lab, naam = plan_zuidrand()
    render_html(b, OUT / "vo-zuidrand-2026.html", f"{naam} – Ondersteuningsplan 2026-2030")
    write_label(OUT / "vo-zuidrand-2026.expected.yaml", ["vo-zuidrand-2026.html"], lab)
    counts["vo-zuidrand-2026"] = word_count(b)

    b, lab, naam = plan_lingestroom()
    render_docx(b, OUT / "po-lingestroom-2026.docx", f"{naam} | Koersplan 2026-2030")
    write_label(OUT / "po-lingestroom-2026.expected.yaml", ["po-lingestroom-2026.docx"], lab)
    counts["po-lingestroom-2026"] = word_count(b)

    b, lab, naam = nonplan_kleine_reus()
    render_md(b, OUT / "obs-kleine-reus-ondersteuningsplan.md")
    write_label(OUT / "obs-kleine-reus-ondersteuningsplan.expected.yaml",
                ["obs-kleine-reus-ondersteuningsplan.md"], lab)
    counts["obs-kleine-reus-ondersteuningsplan"] = word_count(b)

    for k, v in counts.items():
        print(f"{k}: {v} words")


if __name__ == "__main__":
    main()
