#!/usr/bin/env python3
"""Generate the holdout111 test set: five fictional ondersteuningsplannen and one near-miss.

Deterministic, no network. Writes into the folder above this script's folder.
Label files (<name>.expected.yaml) are written by hand next to the documents and are
not generated here (they are the human judgement this set measures against).
"""
import datetime
import html
import io
import os
import shutil
import subprocess
import tempfile
import zipfile
from pathlib import Path

from docx import Document
from docx.shared import Pt

OUT = Path(__file__).resolve().parent.parent

# ---------------------------------------------------------------------------------------------
# rendering
# ---------------------------------------------------------------------------------------------


def render_docx(blocks, path, header=None, footer=None):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    sec = doc.sections[0]
    if header:
        sec.header.paragraphs[0].text = header
    if footer:
        sec.footer.paragraphs[0].text = footer
    for kind, val in blocks:
        if kind == "title":
            doc.add_heading(val, level=0)
        elif kind == "sub":
            doc.add_paragraph(val)
        elif kind == "pagebreak":
            doc.add_page_break()
        elif kind == "h1":
            doc.add_heading(val, level=1)
        elif kind == "h2":
            doc.add_heading(val, level=2)
        elif kind == "p":
            doc.add_paragraph(val)
        elif kind == "bullets":
            for item in val:
                doc.add_paragraph(item, style="List Bullet")
        elif kind == "toc":
            for item in val:
                doc.add_paragraph(item)
        elif kind == "table":
            t = doc.add_table(rows=len(val), cols=len(val[0]))
            t.style = "Table Grid"
            for i, row in enumerate(val):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = str(cell)
            doc.add_paragraph("")
        else:
            raise ValueError(kind)
    cp = doc.core_properties
    cp.author = "holdout111"
    cp.created = cp.modified = datetime.datetime(2025, 4, 1, 12, 0, 0)
    cp.last_modified_by = "holdout111"
    cp.revision = 1
    buf = io.BytesIO()
    doc.save(buf)
    # rewrite the zip with fixed timestamps so that the output is byte-identical on every run
    with zipfile.ZipFile(io.BytesIO(buf.getvalue())) as zin, \
            zipfile.ZipFile(str(path), "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            info = zipfile.ZipInfo(item.filename, date_time=(2025, 4, 1, 12, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(info, zin.read(item.filename))


def render_html(blocks, path, title):
    out = ["<!DOCTYPE html>", '<html lang="nl">', "<head>", '<meta charset="utf-8">',
           "<title>%s</title>" % html.escape(title), "</head>", "<body>",
           '<nav class="menu"><a href="#">Home</a> | <a href="#">Over ons</a> | <a href="#">Ouders</a> | '
           '<a href="#">Toelaatbaarheid</a> | <a href="#">Terugplaatsing</a> | <a href="#">Financi&euml;n</a> | '
           '<a href="#">Contact</a></nav>', "<main>"]
    for kind, val in blocks:
        if kind == "title":
            out.append("<h1>%s</h1>" % html.escape(val))
        elif kind == "sub":
            out.append('<p class="sub">%s</p>' % html.escape(val))
        elif kind == "pagebreak":
            continue
        elif kind == "h1":
            out.append("<h2>%s</h2>" % html.escape(val))
        elif kind == "h2":
            out.append("<h3>%s</h3>" % html.escape(val))
        elif kind == "p":
            out.append("<p>%s</p>" % html.escape(val))
        elif kind in ("bullets", "toc"):
            out.append("<ul>" + "".join("<li>%s</li>" % html.escape(i) for i in val) + "</ul>")
        elif kind == "table":
            rows = ["<tr>" + "".join("<th>%s</th>" % html.escape(str(c)) for c in val[0]) + "</tr>"]
            for r in val[1:]:
                rows.append("<tr>" + "".join("<td>%s</td>" % html.escape(str(c)) for c in r) + "</tr>")
            out.append("<table>" + "".join(rows) + "</table>")
        else:
            raise ValueError(kind)
    out += ["</main>", '<footer><p>&copy; 2025 Passend Onderwijs Bergstad &middot; '
            '<a href="#">Privacyverklaring</a> &middot; <a href="#">Klachtenregeling</a> &middot; '
            '<a href="#">Ouder- en jeugdsteunpunt</a></p></footer>', "</body>", "</html>"]
    Path(path).write_text("\n".join(out) + "\n", encoding="utf-8")


def docx_to_pdf(blocks, pdf_path, header=None, footer=None):
    tmp = Path(tempfile.mkdtemp(prefix="holdout111_pdf_"))
    try:
        src = tmp / (Path(pdf_path).stem + ".docx")
        render_docx(blocks, src, header, footer)
        subprocess.run(["soffice", "--headless", "-env:UserInstallation=file://%s/lo" % tmp,
                        "--convert-to", "pdf", "--outdir", str(tmp), str(src)],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300,
                       env=dict(os.environ, SOURCE_DATE_EPOCH="1743508800"))
        shutil.copyfile(tmp / (Path(pdf_path).stem + ".pdf"), pdf_path)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


# ---------------------------------------------------------------------------------------------
# shared filler (neutral prose that real plans contain; it mentions element words in passing only)
# ---------------------------------------------------------------------------------------------


def voorwoord(c):
    return [
        ("h1", "Voorwoord"),
        ("p", "Voor u ligt het ondersteuningsplan %s van %s. Het is het derde ondersteuningsplan sinds de "
              "invoering van passend onderwijs in 2014 en het eerste dat we na de evaluatie van de wet en de "
              "verbeteraanpak passend onderwijs hebben geschreven. Het plan is tot stand gekomen in een "
              "intensief traject met directeuren, intern begeleiders en ondersteuningscoördinatoren, "
              "bestuurders, de ondersteuningsplanraad, de gemeente%s en onze partners in de jeugdhulp."
              % (c["period"], c["name"], c["gem_suffix"])),
        ("p", "Wij zijn dankbaar voor de open gesprekken die we in het afgelopen jaar hebben gevoerd. In "
              "werkateliers, in de regiotafels en in de bijeenkomsten met de ondersteuningsplanraad is "
              "scherp gesproken over wat goed gaat en over wat beter moet. Die gesprekken gingen over "
              "leerlingen, over leraren die soms met de handen in het haar zitten, over ouders die de weg "
              "zoeken en over middelen die nooit helemaal toereikend lijken. Dat alles heeft dit plan beter "
              "gemaakt."),
        ("p", "%s is een %s. Dat betekent dat we te maken hebben met %s. Dat maakt ons werk uitdagend en "
              "tegelijkertijd de moeite waard. Achter elk getal in dit plan staat een kind of jongere met een "
              "eigen verhaal." % (c["short"], c["region_type"], c["region_char"])),
        ("p", "Een ondersteuningsplan is geen eindpunt. Het is een kompas voor de komende vier jaar, dat we "
              "ieder jaar met een jaarplan verder invullen. We nodigen iedereen uit om ons aan te spreken op "
              "wat we in dit plan beloven. Tegelijkertijd vragen we begrip voor het feit dat niet alles in "
              "een keer kan: sommige onderwerpen werken we in de loop van de planperiode verder uit."),
        ("p", "%s, %s" % (c["director"], c["director_role"])),
        ("p", "%s, %s" % (c["city"], c["sign_date"])),
    ]


def leeswijzer(c, chapters):
    return [
        ("h1", "Inleiding en leeswijzer"),
        ("p", "Dit ondersteuningsplan beschrijft hoe %s de wettelijke opdracht uitvoert om voor alle "
              "leerlingen een zo passend mogelijke onderwijsplek te realiseren. Het plan geldt voor de "
              "periode van 1 augustus %s tot en met 31 juli %s en is vastgesteld door het %s."
              % (c["name"], c["start"], c["end"], c["board_body"])),
        ("p", "De wet (%s) schrijft voor welke onderwerpen een ondersteuningsplan in elk geval bevat. Daartoe "
              "behoren onder meer het niveau van de basisondersteuning, de verdeling en besteding van de "
              "ondersteuningsmiddelen, de procedure en criteria voor de toelaatbaarheid, het beleid voor "
              "terugplaatsing, de beoogde en bereikte resultaten en de informatie aan ouders. In dit plan "
              "zijn die onderwerpen niet altijd in een eigen hoofdstuk terug te vinden; we hebben ervoor "
              "gekozen het plan te ordenen langs onze eigen koers." % c["law"]),
        ("p", "Het plan is als volgt opgebouwd. " + " ".join(chapters)),
        ("p", "Waar in dit plan 'ouders' staat, bedoelen we ook verzorgers en voogden. Waar 'school' staat, "
              "bedoelen we iedere vestiging van een school die bij ons samenwerkingsverband is aangesloten."),
    ]


def context(c):
    rows = [["Schoolbestuur", "Aantal scholen", "Aantal leerlingen (1-10-2024)"]] + c["boards"] + [
        ["Totaal", str(c["n_schools"]), c["n_pupils"]]]
    return [
        ("h1", "Ons samenwerkingsverband in cijfers"),
        ("p", "%s omvat het grondgebied van %s. In het samenwerkingsverband werken %d schoolbesturen samen. "
              "Zij zijn samen verantwoordelijk voor %s scholen met ruim %s leerlingen. Onderstaande tabel "
              "geeft de verdeling over de besturen weer." % (c["short"], c["area"], len(c["boards"]),
                                                          c["n_schools"], c["n_pupils"])),
        ("table", rows),
        ("p", c["context_extra"]),
        ("p", "Het leerlingaantal in de regio ontwikkelt zich de komende jaren naar verwachting %s. Dat heeft "
              "gevolgen voor de inkomsten van het samenwerkingsverband, omdat de rijksbekostiging is gebaseerd "
              "op het aantal leerlingen op de teldatum. De gevolgen daarvan voor de organisatie bespreken we "
              "jaarlijks met de besturen." % c["trend"]),
    ]


def visie(c):
    return [
        ("h1", "Missie en visie"),
        ("h2", "Missie"),
        ("p", "%s verbindt schoolbesturen, scholen en partners rond één gedachte: ieder kind hoort erbij. "
              "Wij bestaan om scholen in staat te stellen het onderwijs te bieden dat leerlingen nodig "
              "hebben, dicht bij huis en samen met leeftijdgenoten waar dat kan." % c["short"]),
        ("h2", "Visie"),
        ("p", "Wij geloven dat ontwikkeling ontstaat in relatie. Een leerling ontwikkelt zich het best in "
              "een omgeving waarin hij of zij gezien wordt, waarin leraren vertrouwen krijgen en waarin "
              "ouders als partner worden benaderd. Passend onderwijs is voor ons geen systeem of loket, "
              "maar een manier van kijken: wat heeft deze leerling nodig, en wat heeft deze leraar nodig om "
              "dat te bieden?"),
        ("p", "Wij geloven ook dat scholen verschillend mogen zijn. Een school in de binnenstad heeft een "
              "andere populatie dan een school in een nieuwbouwwijk of een dorp. De kracht van het "
              "samenwerkingsverband zit juist in de verbinding tussen die verschillen: scholen leren van "
              "elkaar en nemen samen verantwoordelijkheid voor alle leerlingen in de regio."),
        ("p", "Wij geloven dat geld volgt wat nodig is, en niet andersom. Middelen zijn een instrument, geen "
              "doel. Wij kiezen ervoor om zo weinig mogelijk te bureaucratiseren: een arrangement moet er "
              "zijn voor de leerling, niet voor het dossier."),
        ("h2", "Kernwaarden"),
        ("bullets", ["Vertrouwen: wij gaan uit van de professionaliteit van leraren en scholen.",
                     "Verbinding: wij werken samen met ouders, gemeenten en zorgpartners.",
                     "Eigenaarschap: de school is eerst aan zet; het samenwerkingsverband ondersteunt.",
                     "Transparantie: wij leggen uit wat we doen en waarom."]),
        ("p", "Deze kernwaarden zijn in het voorjaar van %s in drie bijeenkomsten met directeuren en "
              "bestuurders opgehaald en daarna in de ondersteuningsplanraad besproken." % c["start_m1"]),
    ]


def governance(c):
    return [
        ("h1", "Organisatie en governance"),
        ("h2", "Rechtsvorm en bestuur"),
        ("p", "%s is een %s. De aangesloten schoolbesturen vormen samen het %s. Het dagelijks bestuur is "
              "belegd bij de %s. Het intern toezicht is gescheiden van het bestuur en belegd bij een %s, "
              "waarin naast vertegenwoordigers van de besturen ook een onafhankelijke voorzitter zitting "
              "heeft. De statuten bevatten een regeling voor de beslechting van geschillen tussen de leden."
              % (c["short"], c["legal_form"], c["board_body"], c["director_role"], c["supervision"])),
        ("p", "Het bestuur vergadert zes keer per jaar. Het stelt jaarlijks het jaarplan, de begroting en de "
              "jaarrekening vast. Het toezichthoudend orgaan keurt deze goed en wijst de accountant aan. "
              "Tweemaal per jaar voeren bestuur en toezicht een gezamenlijk gesprek over de koers van het "
              "samenwerkingsverband."),
        ("h2", "Het bureau"),
        ("p", "Het bureau van het samenwerkingsverband ondersteunt het bestuur en voert de dagelijkse taken "
              "uit. Het bureau is gevestigd in %s en telt circa %s fte, onder wie beleidsmedewerkers, "
              "orthopedagogen, een controller en secretariële ondersteuning. Het bureau is op werkdagen "
              "bereikbaar voor scholen." % (c["office"], c["fte"])),
        ("h2", "Regionale structuur"),
        ("p", "Binnen het samenwerkingsverband werken scholen samen in %s. In deze netwerken komen "
              "directeuren en %s vier tot zes keer per jaar bij elkaar om casuïstiek te bespreken, kennis "
              "te delen en afspraken te maken over de samenwerking in de wijk of kern. De netwerken hebben "
              "geen eigen budget; zij zijn een ontmoetingsplek." % (c["clusters"], c["ib"])),
    ]


def opr(c, parents=True):
    comp = ("De OPR bestaat uit %d leden: de helft is ouder%s en de helft is personeelslid van een "
            "aangesloten school. De leden worden afgevaardigd door de medezeggenschapsraden."
            % (c["opr_n"], c["opr_pupils"])) if parents else (
            "De OPR bestaat uit %d leden die door de medezeggenschapsraden van de aangesloten scholen worden "
            "afgevaardigd." % c["opr_n"])
    return [
        ("h1", "Medezeggenschap"),
        ("p", "Het samenwerkingsverband kent een ondersteuningsplanraad (OPR). %s De OPR heeft "
              "instemmingsrecht op de vaststelling en op elke wijziging van het ondersteuningsplan." % comp),
        ("p", "De OPR vergadert ten minste vijf keer per jaar. De directeur-bestuurder of diens "
              "vervanger is bij een deel van de vergadering aanwezig. De OPR heeft een eigen "
              "reglement en een jaarlijks scholingsbudget. Een ambtelijk secretaris ondersteunt de raad."),
        ("p", "De OPR heeft op %s ingestemd met dit ondersteuningsplan. De raad heeft daarbij een aantal "
              "aandachtspunten meegegeven, die wij in het eerste jaarplan van de planperiode verwerken."
              % c["opr_date"]),
        ("p", "Naast de OPR kent het samenwerkingsverband een medezeggenschapsraad voor het eigen personeel "
              "van het bureau, voor zover de omvang van het personeel daartoe aanleiding geeft."),
    ]


def oogo(c, content=True):
    out = [("h1", "Samenwerking met gemeenten")]
    if content:
        out += [
            ("p", "Het ondersteuningsplan is besproken in het op overeenstemming gericht overleg (OOGO) met "
                  "de gemeente%s op %s. Daarbij is overeenstemming bereikt over het concept. Het OOGO vindt "
                  "daarnaast twee keer per jaar plaats op bestuurlijk niveau met de wethouder(s) onderwijs en "
                  "jeugd." % (c["gem_suffix"], c["oogo_date"])),
            ("p", "Met de gemeente%s hebben wij afspraken gemaakt over de aansluiting tussen onderwijs en "
                  "jeugdhulp. Iedere school heeft een vaste contactpersoon van het wijk- of buurtteam, die "
                  "aansluit bij het ondersteuningsteam van de school. Voor leerlingen die tijdens de "
                  "schooltijd zorg nodig hebben, kunnen onderwijs-zorgarrangementen worden ingezet, waarbij "
                  "school en jeugdhulp samen één plan maken. Andere OOGO-thema's zijn het leerlingenvervoer, "
                  "de onderwijshuisvesting en de aanpak van verzuim." % c["gem_suffix"]),
        ]
    else:
        out += [("p", "Het concept van dit plan is op %s in het OOGO met de gemeente%s besproken."
                      % (c["oogo_date"], c["gem_suffix"]))]
    return out


def personeel(c):
    return [
        ("h1", "Personeel en professionalisering"),
        ("p", "Passend onderwijs staat of valt met de leraar. Het lerarentekort raakt %s hard: op een "
              "aantal scholen staan klassen met wisselende invallers en wordt de intern begeleider regelmatig "
              "ingezet voor lesgevende taken. Dat zet de ondersteuning van leerlingen onder druk." % c["short"]),
        ("p", "Het samenwerkingsverband biedt jaarlijks een scholingsaanbod aan, afgestemd op de vragen uit "
              "de netwerken. Daarin zijn onder andere trainingen opgenomen over gedrag in de klas, het "
              "werken met groepsplannen, traumasensitief lesgeven en het voeren van gesprekken met ouders. "
              "Scholen kunnen zich inschrijven via het scholingsportaal."),
        ("p", "Het eigen personeel van het samenwerkingsverband valt onder de cao van de sector. Het bureau "
              "voert een strategisch personeelsbeleid met aandacht voor duurzame inzetbaarheid, "
              "deskundigheid en de werkdruk van orthopedagogen en consulenten. Jaarlijks voeren "
              "medewerkers een ontwikkelgesprek."),
        ("p", "De gevolgen van dit ondersteuningsplan voor het personeel van de scholen zijn besproken met "
              "de personeelsgeleding van de OPR. Het plan leidt niet tot gedwongen wijzigingen in de "
              "formatie van de scholen."),
    ]


def ict_privacy(c):
    return [
        ("h1", "ICT, gegevens en privacy"),
        ("p", "Het samenwerkingsverband werkt met een digitaal dossiersysteem waarin aanvragen, adviezen en "
              "besluiten worden vastgelegd. Scholen dienen aanvragen digitaal in; ouders krijgen via een "
              "beveiligde omgeving inzage in de stukken die over hun kind gaan."),
        ("p", "Bij de uitvoering van onze taken verwerken wij persoonsgegevens, waaronder in sommige gevallen "
              "gegevens over gezondheid. Wij doen dat alleen voor zover dat nodig is voor onze wettelijke "
              "taken en volgens de Algemene verordening gegevensbescherming (AVG). Gegevens worden niet langer "
              "bewaard dan nodig, en in ieder geval niet langer dan drie jaar na het laatste besluit, tenzij "
              "een andere wettelijke bewaartermijn geldt. Het samenwerkingsverband heeft een functionaris "
              "gegevensbescherming aangesteld."),
        ("p", "In %s vervangen wij het huidige dossiersysteem. De aanbesteding daarvan loopt; de "
              "implementatie vindt gefaseerd plaats." % c["start_p1"]),
    ]


def planning(c, items):
    rows = [["Schooljaar", "Belangrijkste activiteiten"]] + items
    return [
        ("h1", "Planning en jaarcyclus"),
        ("p", "Dit ondersteuningsplan wordt ieder jaar uitgewerkt in een jaarplan en een jaarbegroting. Het "
              "jaarplan bevat de activiteiten van dat jaar; het bestuur stelt het jaarplan vast na advies van "
              "de directeuren en na bespreking in de OPR. Onderstaand overzicht geeft de grote lijnen."),
        ("table", rows),
        ("p", "Wijzigingen in het ondersteuningsplan tijdens de planperiode leggen wij ter instemming voor "
              "aan de OPR. Het volgende ondersteuningsplan wordt uiterlijk 1 mei %s bij de inspectie "
              "ingediend." % c["end"]),
    ]


def vaststelling(c):
    return [
        ("h1", "Vaststelling"),
        ("p", "Dit ondersteuningsplan is vastgesteld door het %s van %s op %s, na instemming van de "
              "ondersteuningsplanraad op %s en na het OOGO met de gemeente%s op %s. Het plan is op %s "
              "toegezonden aan de inspectie van het onderwijs." % (
                  c["board_body"], c["name"], c["vast_date"], c["opr_date"], c["gem_suffix"],
                  c["oogo_date"], c["insp_date"])),
    ]


def begrippen(entries, title="Begrippenlijst"):
    return [("h1", title), ("table", [["Begrip", "Omschrijving"]] + [list(e) for e in entries])]


def totstandkoming(c):
    return [
        ("h1", "Totstandkoming van dit plan"),
        ("p", "Het schrijven van dit plan begon in het najaar van %s met een evaluatie van het vorige "
              "ondersteuningsplan. Een externe adviseur voerde gesprekken met vertegenwoordigers van alle "
              "besturen, met een selectie van directeuren en %s, met de leden van de OPR en met "
              "beleidsmedewerkers van de gemeente%s. De uitkomsten zijn besproken in een bestuursconferentie "
              "in januari %s." % (c["start_m1"], c["ib"], c["gem_suffix"], c["start"])),
        ("p", "Vervolgens zijn vier werkateliers georganiseerd, elk rond een thema uit de koers van het "
              "samenwerkingsverband. Aan de werkateliers namen in totaal ruim honderd mensen deel. De opbrengst "
              "is door een kleine schrijfgroep verwerkt tot een eerste concept, dat in februari %s in de "
              "netwerken is besproken. Daarna volgden een tweede concept, de bespreking in het OOGO en de "
              "instemmingsprocedure bij de OPR." % c["start"]),
        ("p", "Wij hebben ervoor gekozen het plan compact te houden. Onderwerpen die jaarlijks veranderen, "
              "zoals de precieze bedragen, de jaarplanning van activiteiten en de namen van contactpersonen, "
              "staan in het jaarplan en op de website. Het plan zelf bevat de afspraken die voor de hele "
              "planperiode gelden."),
    ]


def ontwikkelingen(c):
    return [
        ("h1", "Landelijke en regionale ontwikkelingen"),
        ("p", "Dit plan verschijnt in een periode waarin passend onderwijs landelijk volop in beweging is. Na de "
              "evaluatie van passend onderwijs in 2020 heeft de minister een verbeteraanpak ingezet, met "
              "maatregelen op het gebied van onder meer de reserves van samenwerkingsverbanden, de "
              "verantwoording over de besteding van middelen en de positie van leerlingen. Daarnaast wordt "
              "gewerkt aan een landelijke norm voor de basisondersteuning en aan de beweging naar inclusiever "
              "onderwijs in 2035. Wat deze ontwikkelingen precies voor ons samenwerkingsverband betekenen, is "
              "op het moment van schrijven nog niet in alle opzichten duidelijk."),
        ("p", "Ook regionaal verandert er veel. %s kent een groeiende groep leerlingen met complexe vragen op "
              "het snijvlak van onderwijs en zorg. De krapte op de arbeidsmarkt raakt niet alleen scholen, "
              "maar ook jeugdhulpaanbieders: wachttijden in de jeugd-GGZ lopen op. Tegelijk zien wij veel "
              "energie bij scholen om het anders te doen, bijvoorbeeld met co-teaching, met flexibele "
              "groeperingsvormen en met het samenbrengen van onderwijs en opvang in integrale kindcentra."
              % c["short"]),
        ("p", "Wij volgen deze ontwikkelingen nauwgezet. Wanneer landelijke wetgeving daartoe aanleiding geeft, "
              "passen wij dit plan tussentijds aan, na instemming van de OPR."),
    ]


GLOSS_COMMON = [
    ("Arrangement", "Het geheel van ondersteuning dat een leerling krijgt bovenop de basisondersteuning."),
    ("Basisondersteuning", "Het door het samenwerkingsverband afgesproken niveau van ondersteuning dat alle "
                           "scholen bieden."),
    ("Dekkend aanbod", "Een samenhangend geheel van voorzieningen waardoor voor iedere leerling een passende "
                       "plek beschikbaar is."),
    ("Meerjarenbegroting", "De begroting van het samenwerkingsverband voor meerdere jaren."),
    ("OOGO", "Op overeenstemming gericht overleg met de gemeente(n)."),
    ("OPP", "Ontwikkelingsperspectiefplan."),
    ("OPR", "Ondersteuningsplanraad."),
    ("Ouder- en jeugdsteunpunt", "Onafhankelijk steunpunt waar ouders en jongeren terechtkunnen met vragen over "
                                 "onderwijs en ondersteuning."),
    ("Resultaten", "De beoogde en bereikte resultaten van het onderwijs aan leerlingen die extra "
                   "ondersteuning nodig hebben."),
    ("SOP", "Schoolondersteuningsprofiel."),
    ("Terugplaatsing", "De overstap van een leerling uit het speciaal (basis)onderwijs naar het reguliere "
                       "onderwijs."),
    ("TLV", "Toelaatbaarheidsverklaring, een besluit van het samenwerkingsverband dat een leerling toelaatbaar "
            "is tot het speciaal (basis)onderwijs."),
    ("Verdeelmodel", "De wijze waarop het samenwerkingsverband de ondersteuningsmiddelen over scholen en "
                     "besturen verdeelt."),
]


def wordcount(blocks):
    n = 0
    for kind, val in blocks:
        if val is None:
            continue
        if isinstance(val, str):
            n += len(val.split())
        elif kind == "table":
            n += sum(len(str(c).split()) for r in val for c in r)
        else:
            n += sum(len(str(i).split()) for i in val)
    return n


def ctx(**kw):
    base = dict(gem_suffix="n", law="artikel 18a Wet op het primair onderwijs", start="2025", end="2029",
                start_m1="2024", start_p1="2026", period="2025-2029", opr_pupils="", ib="intern begeleiders",
                fte="18", legal_form="stichting", board_body="algemeen bestuur",
                director_role="directeur-bestuurder", supervision="raad van toezicht")
    base.update(kw)
    return base


# ---------------------------------------------------------------------------------------------
# Plan A: PO, large city (docx)
# ---------------------------------------------------------------------------------------------

CA = ctx(name="Samenwerkingsverband Passend Primair Onderwijs Rijnstad (PO 28-97)", short="PPO Rijnstad",
         city="Rijnstad", region_type="grootstedelijk samenwerkingsverband",
         region_char="een grote diversiteit aan wijken, een hoog aandeel leerlingen met een migratieachtergrond, "
                     "armoede in een aantal stadsdelen en tegelijk snelgroeiende nieuwbouwwijken aan de rand van de stad",
         director="drs. M.A. (Marieke) Verhoef", sign_date="maart 2025", gem_suffix="",
         area="de gemeente Rijnstad, met uitzondering van het dorp Oudewater-Rijn",
         boards=[["Stichting Openbaar Onderwijs Rijnstad", "38", "11.204"],
                 ["Stichting Katholiek Primair Onderwijs Rijnmond", "29", "8.317"],
                 ["Vereniging Christelijk Onderwijs Rijnstad", "17", "4.960"],
                 ["Stichting Islamitisch Onderwijs Rijnstad", "4", "1.102"],
                 ["Stichting Vrije Scholen Rijnstad", "3", "806"],
                 ["Stichting Speciaal Onderwijs De Rijnlanden (so)", "5", "1.012"],
                 ["Overige besturen (8)", "12", "3.309"]],
         n_schools=108, n_pupils="30.710",
         context_extra="Het samenwerkingsverband telt vier scholen voor speciaal basisonderwijs en vijf "
                       "so-locaties van cluster 3 en 4. Een deel van de leerlingen uit Rijnstad bezoekt een "
                       "so-school buiten de stad; omgekeerd komen leerlingen uit omliggende gemeenten naar "
                       "Rijnstad.",
         trend="licht dalend in de oude wijken en stijgend in de nieuwbouwwijken Rijnhaven en De Velden",
         legal_form="stichting met een raad van toezicht", board_body="bestuur",
         supervision="raad van toezicht", office="het onderwijscentrum aan de Havenkade", fte="34",
         clusters="zeven stadsdeelnetwerken", opr_n=16, opr_date="9 april 2025", oogo_date="25 maart 2025",
         vast_date="15 april 2025", insp_date="22 april 2025")

A_BLOCKS = [
    ("title", "Ondersteuningsplan 2025-2029"),
    ("sub", "Samenwerkingsverband Passend Primair Onderwijs Rijnstad, PO 28-97 · Samen sterk voor ieder kind"),
    ("sub", "Vastgesteld door het bestuur op 15 april 2025"),
    ("pagebreak", None),
    ("h1", "Inhoud"),
    ("toc", ["Voorwoord", "1 Inleiding en leeswijzer", "2 Ons samenwerkingsverband in cijfers",
             "3 Missie en visie", "4 Wat elke school biedt: basisondersteuning",
             "5 Extra ondersteuning en arrangementen", "6 Toelaatbaarheid sbo en so (incl. terugplaatsing)",
             "7 Dekkend netwerk en thuiszitters", "8 Ambities en resultaten 2025-2029", "9 Communicatie",
             "10 Geld en middelen", "11 Samenwerking met gemeenten", "12 Medezeggenschap",
             "13 Organisatie en governance", "14 Personeel en professionalisering",
             "15 ICT, gegevens en privacy", "16 Planning en jaarcyclus", "17 Vaststelling",
             "Bijlage 1 Begrippenlijst", "Bijlage 2 Afkortingen"]),
    ("pagebreak", None),
]
A_BLOCKS += voorwoord(CA)
A_BLOCKS += leeswijzer(CA, [
    "Na de cijfers en onze visie beschrijven we in hoofdstuk 4 en 5 wat scholen bieden en welke "
    "ondersteuning daarbovenop mogelijk is.", "Hoofdstuk 6 gaat over toelaatbaarheid tot het sbo en so.",
    "Hoofdstuk 7 beschrijft hoe we zorgen dat geen kind tussen wal en schip valt.",
    "Hoofdstuk 8 bevat onze ambities, hoofdstuk 9 de communicatie en hoofdstuk 10 de financiën.",
    "De overige hoofdstukken gaan over de organisatie."])
A_BLOCKS += context(CA)
A_BLOCKS += visie(CA)
A_BLOCKS += [
    ("h1", "Wat elke school biedt: basisondersteuning"),
    ("p", "In Rijnstad hebben de besturen samen afgesproken wat iedere school, op iedere vestiging, ten minste "
          "biedt aan alle leerlingen. Dat noemen we de basisondersteuning. Het is een ondergrens: scholen mogen "
          "meer bieden, maar geen school in ons samenwerkingsverband biedt minder. De afspraken gelden voor het "
          "regulier basisonderwijs; voor het sbo en so gelden aanvullende afspraken in de eigen "
          "schoolondersteuningsprofielen."),
    ("p", "Onze afspraken zijn gebaseerd op de vier onderdelen van het referentiekader: basiskwaliteit volgens "
          "de inspectie, een goede ondersteuningsstructuur, planmatig en handelingsgericht werken, en preventieve "
          "en licht curatieve interventies. Concreet betekent dit dat ouders op elke school het volgende mogen "
          "verwachten:"),
    ("bullets", [
        "een intern begeleider met ten minste 0,4 fte per 250 leerlingen, die de ondersteuning op school "
        "coördineert;",
        "een ondersteuningsteam dat minimaal zes keer per jaar bijeenkomt, waarin in elk geval de intern "
        "begeleider, de schoolmaatschappelijk werker en de consulent van het samenwerkingsverband zitting hebben;",
        "een leerlingvolgsysteem en twee keer per jaar een groepsbespreking per groep;",
        "het landelijk protocol dyslexie en een vergelijkbare werkwijze voor ernstige rekenproblemen;",
        "een aanpak voor sociale veiligheid en een methode voor sociaal-emotionele ontwikkeling;",
        "aanbod voor leerlingen die meer uitdaging nodig hebben, binnen de groep of in een plusgroep op school;",
        "afspraken over medische handelingen en over het verstrekken van medicijnen;",
        "ondersteuning bij taalachterstand, waaronder NT2-ondersteuning voor nieuwkomers na het eerste jaar in "
        "de nieuwkomersklas;",
        "een ontwikkelingsperspectiefplan (OPP) voor iedere leerling die op een eigen leerlijn werkt."]),
    ("p", "Het bureau bezoekt iedere school eens in de twee jaar voor een kwaliteitsgesprek over de "
          "basisondersteuning. Wanneer een school niet aan de afspraken voldoet, maakt het bestuur van die "
          "school een verbeterplan, dat binnen een jaar wordt besproken in het bestuur van het "
          "samenwerkingsverband."),
    ("h1", "Extra ondersteuning en arrangementen"),
    ("p", "Als de basisondersteuning niet genoeg is, kan een school extra ondersteuning inzetten. Ons "
          "ondersteuningsaanbod is opgebouwd in vier lagen die op elkaar aansluiten: de basisondersteuning "
          "in de groep, de extra ondersteuning op school (arrangementen uit het schoolbudget), de "
          "bovenschoolse arrangementen van het samenwerkingsverband en tot slot het speciaal basisonderwijs en "
          "het speciaal onderwijs."),
    ("table", [["Laag", "Voorbeelden", "Wie beslist"],
               ["1 Basisondersteuning", "Zie hoofdstuk 4", "School"],
               ["2 Extra ondersteuning op school", "Taalklas, rekenspecialist, gedragsspecialist, "
                                                  "arrangement in de groep", "Schoolbestuur"],
               ["3 Bovenschoolse arrangementen", "Observatiegroep De Brug (8 plaatsen), Kompasklas voor "
                                                 "hoogbegaafde leerlingen (3 locaties), nieuwkomersklassen, "
                                                 "ambulante begeleiding", "Commissie Arrangementen SWV"],
               ["4 Sbo en so", "4 sbo-scholen, 5 so-locaties cluster 3 en 4", "Commissie van Toelaatbaarheid"]]),
    ("p", "De verschillende lagen vormen samen een doorlopende lijn. Een leerling kan tijdelijk in een hogere "
          "laag worden ondersteund. Voor de overgang naar het voortgezet onderwijs maken "
          "wij afspraken met het samenwerkingsverband VO Rijnstad over de overdracht van leerlingen met een "
          "OPP."),
    ("h1", "Toelaatbaarheid sbo en so"),
    ("h2", "Aanvraag"),
    ("p", "Een toelaatbaarheidsverklaring (TLV) voor het sbo of so wordt aangevraagd door het bestuur van de school "
          "waar de leerling staat ingeschreven of is aangemeld. De aanvraag wordt ingediend via het digitale "
          "loket van het samenwerkingsverband en bevat in elk geval het OPP, het verslag van het "
          "ondersteuningsteam, het onderwijskundig rapport en de zienswijze van de ouders."),
    ("h2", "Beoordeling en besluit"),
    ("p", "De Commissie van Toelaatbaarheid (CvT) beoordeelt de aanvraag. Twee deskundigen brengen ieder "
          "afzonderlijk een schriftelijk advies uit: een orthopedagoog of psycholoog van het samenwerkingsverband "
          "en, afhankelijk van de leerling, een tweede deskundige zoals een kinder- en jeugdpsychiater, een "
          "maatschappelijk werker of een jeugdarts. Deskundigen die bij de aanvraag betrokken waren, adviseren "
          "niet. De directeur-bestuurder besluit namens het samenwerkingsverband binnen zes weken na ontvangst "
          "van de volledige aanvraag. Ouders ontvangen een afschrift van beide adviezen."),
    ("h2", "Criteria"),
    ("p", "Een leerling is toelaatbaar tot het sbo wanneer aan alle volgende voorwaarden is voldaan: de school "
          "heeft de basisondersteuning en ten minste één arrangement van laag 2 of 3 gedurende minimaal zes "
          "maanden ingezet en geëvalueerd; de ondersteuningsbehoefte vraagt om een kleinere groep en een "
          "specialistische aanpak die de reguliere school ook met extra ondersteuning niet kan bieden; en het "
          "OPP laat zien dat de leerling in het sbo een betere ontwikkeling kan doormaken. Een leerling is "
          "toelaatbaar tot het so wanneer daarnaast sprake is van een ernstige beperking of stoornis "
          "(verstandelijk, lichamelijk, langdurig ziek of ernstige gedrags- of psychiatrische problematiek) "
          "waardoor de leerling structureel is aangewezen op onderwijs met intensieve zorg."),
    ("h2", "Duur en bekostigingscategorie"),
    ("p", "Een TLV voor het sbo geldt in de regel tot het einde van de basisschoolperiode. Een TLV voor het so "
          "wordt afgegeven voor twee schooljaren, en geldt altijd tot en met 31 juli. De CvT bepaalt bij een "
          "so-TLV de bekostigingscategorie (laag, midden of hoog) op basis van de zorgbehoefte."),
    ("h2", "Afloop en verlenging van de TLV"),
    ("p", "Uiterlijk in februari van het laatste schooljaar waarin de TLV geldt, evalueert de sbo- of "
          "so-school het OPP met de ouders. De school organiseert vervolgens een multidisciplinair overleg met "
          "de ouders, de consulent van het samenwerkingsverband en, waar de ouders dat willen, de beoogde "
          "reguliere school. In dat overleg wordt vastgelegd of de leerling na afloop van de TLV naar een "
          "reguliere school kan of dat verlenging nodig is. Is verlenging nodig, dan dient het bestuur van de "
          "sbo- of so-school vóór 1 april een nieuwe aanvraag in bij de CvT. Kan de leerling terug, dan meldt "
          "de ouder de leerling vóór 1 april aan bij de nieuwe school en draagt de sbo- of so-school het "
          "dossier over. Het samenwerkingsverband ontvangt van elke terugplaatsing een melding."),
    ("p", "Onze visie op terugplaatsing en de vraag welke ondersteuning een leerling na terugkeer krijgt, "
          "zijn onderwerp van gesprek met de sbo- en so-scholen. De uitkomst daarvan leggen we in de loop van "
          "2026 vast in een notitie terug- en doorplaatsing."),
    ("h2", "Bezwaar"),
    ("p", "Ouders en het schoolbestuur kunnen binnen zes weken bezwaar maken tegen een besluit over "
          "toelaatbaarheid. Het samenwerkingsverband is aangesloten bij de Landelijke Bezwaaradviescommissie "
          "Toelaatbaarheidsverklaringen, die het bestuur adviseert over het bezwaar."),
    ("h1", "Dekkend netwerk en thuiszitters"),
    ("p", "Ondanks alle inspanningen zijn er in Rijnstad kinderen die geen passende plek hebben of thuis "
          "zitten. Op 1 oktober 2024 ging het om 41 leerplichtige kinderen die langer dan vier weken geen "
          "onderwijs volgden, en om 23 kinderen met een vrijstelling. Daarnaast kende het so voor cluster 4 een "
          "wachtlijst van 19 leerlingen."),
    ("p", "Wij pakken dit als volgt aan. Iedere school meldt een dreigende thuiszitter binnen vijf "
          "schooldagen bij de consulent van het samenwerkingsverband en bij de leerplichtambtenaar. Binnen "
          "twee weken vindt een overleg plaats aan de thuiszitterstafel, waarin school, ouders, leerplicht, "
          "jeugdhulp en het samenwerkingsverband een plan maken met een datum waarop de leerling weer onderwijs "
          "volgt. Als partijen er samen niet uitkomen, heeft de directeur-bestuurder doorzettingsmacht: hij of "
          "zij kan een school of voorziening vragen een leerling tijdelijk te plaatsen, waarbij het "
          "samenwerkingsverband de kosten draagt."),
    ("p", "Elk jaar in juni analyseren wij met de besturen waar het aanbod tekortschiet, aan de hand van de "
          "aanmeldingen, wachtlijsten en thuiszittersmeldingen. In 2025-2026 breiden wij de observatiegroep "
          "uit met acht plaatsen en starten wij een tweede cluster 4-voorziening in stadsdeel Noord, om de "
          "wachtlijst voor 1 augustus 2027 te halveren. De schoolbesturen blijven verantwoordelijk voor hun "
          "zorgplicht; het samenwerkingsverband bemiddelt wanneer een school geen passende plek kan bieden."),
    ("h1", "Ambities en resultaten 2025-2029"),
    ("p", "In de afgelopen planperiode hebben wij veel bereikt, maar er is ook werk aan de winkel. Voor de "
          "komende vier jaar hebben wij de volgende beoogde resultaten geformuleerd voor leerlingen die extra "
          "ondersteuning nodig hebben:"),
    ("table", [["Ambitie", "Indicator", "Streefwaarde 2029"],
               ["Meer kinderen thuisnabij naar school", "Deelnamepercentage sbo + so (1 oktober)",
                "maximaal 3,6% (2024: 4,1%)"],
               ["Geen kind langer dan drie maanden thuis", "Aantal thuiszitters > 3 maanden", "0"],
               ["Leerlingen met een OPP ontwikkelen zich volgens plan",
                "Aandeel leerlingen dat het uitstroomperspectief haalt", "ten minste 80%"],
               ["Ouders zijn tevreden over de ondersteuning", "Gemiddeld rapportcijfer ouders", "7,5 of hoger"],
               ["Snelle besluiten", "Besluiten TLV binnen zes weken", "95%"]]),
    ("p", "De wijze waarop wij deze ambities volgen, de bronnen die we daarvoor gebruiken en de manier waarop "
          "we over de voortgang rapporteren, werken wij uit in een monitoringsplan. Dit plan wordt in de loop "
          "van 2026 aan het bestuur voorgelegd."),
    ("h1", "Communicatie"),
    ("p", "Goede communicatie is voor een samenwerkingsverband van deze omvang onmisbaar. Wij communiceren met "
          "scholen via de nieuwsbrief, het scholenportaal en de netwerkbijeenkomsten. Met bestuurders en "
          "partners vindt regelmatig overleg plaats."),
    ("h2", "Ouders"),
    ("p", "Ouders informeren wij over de ondersteuning in Rijnstad via de ouderpagina op onze website, waar per "
          "school het schoolondersteuningsprofiel te vinden is, en via de ouderfolder 'Passend onderwijs in "
          "Rijnstad', die in het Nederlands, Engels, Arabisch, Turks, Pools en Oekraïens verschijnt en die alle "
          "scholen bij de aanmelding meegeven. De schoolgids van iedere school beschrijft de basisondersteuning "
          "en de extra ondersteuning van die school. Twee keer per jaar organiseren wij in samenwerking met de "
          "bibliotheek een informatiebijeenkomst over passend onderwijs in elk stadsdeel."),
    ("p", "Ouders die onafhankelijk advies of hulp zoeken, kunnen terecht bij het Ouder- en Jeugdsteunpunt "
          "Rijnstad. Het steunpunt is ondergebracht bij de stichting MEE en werkt los van het "
          "samenwerkingsverband en de schoolbesturen. Het is bereikbaar via telefoon, mail en een wekelijks "
          "inloopspreekuur. Daarnaast wijzen wij ouders op de Onderwijsconsulenten, die kosteloos "
          "bemiddelen bij een verschil van inzicht met de school, en op de Geschillencommissie passend "
          "onderwijs voor geschillen over toelating, verwijdering en het OPP."),
    ("h1", "Geld en middelen"),
    ("h2", "Inkomsten"),
    ("p", "Het samenwerkingsverband ontvangt van het Rijk een ondersteuningsbudget voor lichte en zware "
          "ondersteuning. Na aftrek van de afdrachten aan het sbo en so door DUO resteert een budget dat wij "
          "volgens onderstaande afspraken verdelen."),
    ("h2", "Verdeling"),
    ("p", "Wij werken met een schoolmodel: het grootste deel van het geld gaat naar de schoolbesturen. Ieder "
          "bestuur ontvangt per 1 augustus een bedrag van € 165 per leerling op de teldatum van 1 oktober van het "
          "voorgaande jaar en een vaste voet van € 9.500 per schoolvestiging. Besturen met scholen met een hoog "
          "aandeel leerlingen met een lage onderwijsscore ontvangen daarnaast een toeslag van € 40 per leerling "
          "op die scholen. De bovenschoolse arrangementen worden door de Commissie Arrangementen toegekend op "
          "basis van de criteria in hoofdstuk 5 en rechtstreeks vanuit het samenwerkingsverband bekostigd. "
          "Het bestuur stelt de bedragen jaarlijks in december vast."),
    ("h2", "Meerjarenbegroting"),
    ("table", [["(x € 1.000)", "2025", "2026", "2027", "2028"],
               ["Baten ondersteuningsbudget", "24.310", "24.050", "23.880", "23.720"],
               ["Afdrachten sbo/so (DUO)", "-11.940", "-11.800", "-11.700", "-11.620"],
               ["Schoolbudgetten besturen", "6.210", "6.150", "6.090", "6.040"],
               ["Bovenschoolse arrangementen", "3.020", "3.240", "3.310", "3.310"],
               ["Thuiszittersaanpak en doorzettingsmacht", "420", "450", "450", "450"],
               ["Bureau, CvT en deskundigen", "2.540", "2.580", "2.600", "2.620"],
               ["Resultaat", "180", "-170", "-270", "-320"]]),
    ("p", "De negatieve resultaten vanaf 2026 zijn bewust: wij bouwen de algemene reserve af naar een "
          "weerstandsvermogen van 5% van de baten. Schoolbesturen verantwoorden jaarlijks in hun jaarverslag "
          "welke ondersteuning zij met hun schoolbudget hebben gerealiseerd."),
]
A_BLOCKS += oogo(CA) + opr(CA) + governance(CA) + personeel(CA) + ict_privacy(CA)
A_BLOCKS += planning(CA, [["2025-2026", "Monitoringsplan; uitbreiding observatiegroep; notitie terugplaatsing"],
                          ["2026-2027", "Tweede cluster 4-voorziening Noord; evaluatie schoolmodel"],
                          ["2027-2028", "Tussenevaluatie ondersteuningsplan"],
                          ["2028-2029", "Nieuw ondersteuningsplan 2029-2033"]])
A_BLOCKS += vaststelling(CA)
A_BLOCKS += begrippen(GLOSS_COMMON, "Bijlage 1 Begrippenlijst")
A_BLOCKS += begrippen([("CvT", "Commissie van Toelaatbaarheid"), ("DUO", "Dienst Uitvoering Onderwijs"),
                       ("IB", "Intern begeleider"), ("LBT", "Landelijke Bezwaaradviescommissie "
                                                           "Toelaatbaarheidsverklaringen"),
                       ("OJSP", "Ouder- en jeugdsteunpunt"), ("sbo", "Speciaal basisonderwijs"),
                       ("so", "Speciaal onderwijs")], "Bijlage 2 Afkortingen")


# ---------------------------------------------------------------------------------------------
# Plan B: VO, large city (docx)
# ---------------------------------------------------------------------------------------------

CB = ctx(name="Samenwerkingsverband Voortgezet Onderwijs Zuidhaven (VO 29-91)", short="SWV VO Zuidhaven",
         city="Zuidhaven", region_type="stedelijk samenwerkingsverband met een regionale functie",
         region_char="een grote stad met een sterke aantrekkingskracht op leerlingen uit de randgemeenten, "
                     "een hoog aandeel vmbo-leerlingen en forse verschillen tussen wijken",
         director="J. (Jeroen) Bakkali MSc", sign_date="april 2025", gem_suffix="n Zuidhaven, Westerkogge en Maasveld",
         law="artikel 17a Wet op het voortgezet onderwijs (thans artikel 2.47 en verder WVO 2020)",
         area="de gemeenten Zuidhaven, Westerkogge en Maasveld",
         boards=[["Stichting Openbaar VO Zuidhaven", "9", "8.430"],
                 ["Stichting Katholiek Onderwijs Zuidhaven-Maasveld", "7", "7.115"],
                 ["Stichting Christelijk VO Westerkogge", "3", "3.240"],
                 ["Stichting Praktijkonderwijs Zuidhaven", "2", "612"],
                 ["Stichting (V)SO Het Havenlicht", "3", "890"],
                 ["Overige besturen (4)", "5", "2.980"]],
         n_schools=29, n_pupils="23.267", ib="ondersteuningscoördinatoren",
         context_extra="Ruim 55% van de leerlingen volgt een vmbo-programma; het samenwerkingsverband telt "
                       "twee scholen voor praktijkonderwijs, zeven scholen met een lwoo-aanbod en drie vso-scholen.",
         trend="stabiel, met een lichte groei van het aantal nieuwkomers",
         board_body="algemene ledenvergadering", legal_form="vereniging",
         director_role="directeur-bestuurder", supervision="raad van toezicht", office="Zuidhaven-Centrum",
         fte="27", clusters="vier regio's (Centrum, Zuid, Westerkogge en Maasveld)", opr_n=12,
         opr_pupils=" of leerling", opr_date="2 april 2025", oogo_date="18 maart 2025",
         vast_date="10 april 2025", insp_date="24 april 2025", start_m1="2024")

B_BLOCKS = [
    ("title", "Ondersteuningsplan 2025-2029 Samenwerkingsverband VO Zuidhaven"),
    ("sub", "VO 29-91 · 'Iedere jongere een plek'"),
    ("pagebreak", None),
    ("h1", "Inhoudsopgave"),
    ("toc", ["Voorwoord", "1 Inleiding en leeswijzer", "2 Ons samenwerkingsverband in cijfers",
             "3 Missie en visie", "4 Basisondersteuning", "5 Het ondersteuningsaanbod: van school tot vso",
             "6 Toewijzing: vso, lwoo en praktijkonderwijs", "7 Van vso terug naar het regulier vo",
             "8 Thuiszitters en dekkend aanbod", "9 Kwaliteit en resultaten", "10 Ouders en leerlingen",
             "11 Financieel beleid en meerjarenbegroting", "12 Samenwerking met gemeenten", "13 Medezeggenschap",
             "14 Organisatie en governance", "15 Personeel en professionalisering", "16 ICT, gegevens en privacy",
             "17 Planning en jaarcyclus", "18 Vaststelling", "Bijlage 1 Begrippenlijst",
             "Bijlage 2 Standaarden basisondersteuning VO Zuidhaven (separaat)"]),
    ("pagebreak", None),
]
B_BLOCKS += voorwoord(CB)
B_BLOCKS += leeswijzer(CB, ["Hoofdstuk 2 en 3 schetsen de context en onze visie.",
                            "Hoofdstukken 4 tot en met 8 beschrijven het ondersteuningsaanbod en de toewijzing.",
                            "Hoofdstuk 9 gaat over kwaliteit en resultaten, hoofdstuk 10 over ouders en "
                            "leerlingen en hoofdstuk 11 over het financieel beleid.",
                            "De bijlagen bevatten de begrippenlijst en de standaarden basisondersteuning."])
B_BLOCKS += context(CB)
B_BLOCKS += visie(CB)
B_BLOCKS += [
    ("h1", "Basisondersteuning"),
    ("p", "De basisondersteuning is het niveau van ondersteuning dat alle VO-scholen in ons samenwerkingsverband, "
          "op iedere locatie en in iedere leerweg, ten minste bieden. Het is geen gemiddelde en geen ambitie, maar "
          "een gezamenlijk afgesproken minimum waaraan iedere aangesloten school gebonden is. De besturen hebben "
          "dit niveau in 2024 opnieuw bekrachtigd."),
    ("p", "De basisondersteuning is uitgewerkt in twaalf standaarden met concretiseringen. Deze standaarden zijn "
          "opgenomen in bijlage 2 bij dit ondersteuningsplan, die separaat wordt gepubliceerd. Scholen "
          "beschrijven in hun schoolgids hoe zij de standaarden op de eigen locatie invullen."),
    ("p", "Eens per twee jaar voert het samenwerkingsverband met iedere school een audit uit op de "
          "standaarden. De uitkomst wordt besproken met de schoolleiding en de bestuurder; bij tekortkomingen "
          "worden verbeterafspraken gemaakt met een termijn van maximaal één schooljaar."),
    ("h1", "Het ondersteuningsaanbod: van school tot vso"),
    ("p", "Het aanbod in Zuidhaven is opgebouwd als een continuüm. Iedere leerling begint op de eigen school. "
          "Waar de basisondersteuning niet volstaat, zet de school extra ondersteuning in met de middelen "
          "lichte ondersteuning, bijvoorbeeld een Op-maat-klas, een time-in voorziening, begeleiding door een "
          "gedragsspecialist of een aangepast rooster. Daarboven staan de bovenschoolse voorzieningen van het "
          "samenwerkingsverband:"),
    ("bullets", ["het Orthopedagogisch-Didactisch Centrum (OPDC) De Kade, met 60 plaatsen voor leerlingen "
                 "die tijdelijk (maximaal twee jaar) een kleinere setting nodig hebben;",
                 "het Reboundproject, met 24 plaatsen voor een time-out van maximaal twaalf weken;",
                 "de Internationale Schakelklassen (ISK) voor nieuwkomers, op twee locaties;",
                 "het Hoogbegaafdheidsprogramma Zuidhaven, een deeltijdvoorziening op één locatie;",
                 "onderwijs-zorgarrangementen in samenwerking met jeugdhulp, voor leerlingen bij wie onderwijs "
                 "en zorg niet los van elkaar kunnen worden gezien."]),
    ("p", "Het vso (cluster 3 en 4) en het praktijkonderwijs ronden het continuüm af. Met de vso-scholen is "
          "afgesproken dat zij ook tijdelijke plaatsingen aanbieden, zodat een leerling niet onnodig lang in "
          "het vso verblijft."),
    ("h1", "Toewijzing: vso, lwoo en praktijkonderwijs"),
    ("h2", "Toelaatbaarheid vso"),
    ("p", "Het bevoegd gezag van de school waar de leerling is ingeschreven, of bij een eerste aanmelding de "
          "school van aanmelding, vraagt de toelaatbaarheidsverklaring aan bij het Loket Toewijzing. De aanvraag "
          "bevat het OPP, een verslag van het multidisciplinair overleg, het handelingsdeel met de "
          "geëvalueerde interventies en de zienswijze van ouders en leerling. De Toewijzingscommissie, "
          "bestaande uit een orthopedagoog-generalist, een GZ-psycholoog en een jeugdarts, bespreekt de "
          "aanvraag. Twee van hen brengen ieder een eigen schriftelijk advies uit. De directeur-bestuurder neemt "
          "binnen zes weken een besluit."),
    ("p", "Een leerling is toelaatbaar tot het vso wanneer (1) de school aantoonbaar twee opeenvolgende "
          "periodes van extra ondersteuning heeft ingezet, ieder van ten minste tien weken, inclusief ten "
          "minste één bovenschoolse voorziening of een advies van de consulent; (2) de "
          "ondersteuningsbehoefte van de leerling op ten minste twee van de domeinen leren, gedrag, "
          "communicatie, medisch en zelfredzaamheid structureel de mogelijkheden van het regulier vo "
          "overstijgt; en (3) het OPP een uitstroomperspectief bevat dat in het vso beter haalbaar is. De "
          "Toewijzingscommissie bepaalt daarbij de bekostigingscategorie."),
    ("p", "De TLV wordt afgegeven voor ten hoogste twee schooljaren, met uitzondering van leerlingen met een "
          "ernstige meervoudige beperking, voor wie een TLV tot het einde van de schoolloopbaan mogelijk is."),
    ("h2", "Leerwegondersteunend onderwijs en praktijkonderwijs"),
    ("p", "Voor praktijkonderwijs en lwoo hanteert het samenwerkingsverband de landelijke criteria; wij maken "
          "geen gebruik van de mogelijkheid tot opting out. De school van aanmelding dient vóór 1 maart een "
          "aanvraag in, met de gegevens over intelligentie, leerachterstanden en, waar nodig, "
          "sociaal-emotionele problematiek. De Toewijzingscommissie beslist binnen vier weken. Een aanwijzing "
          "voor lwoo geldt voor de duur van de vmbo-opleiding; een toelaatbaarheidsverklaring voor het "
          "praktijkonderwijs geldt voor de gehele opleiding."),
    ("h1", "Van vso terug naar het regulier vo"),
    ("p", "Het samenwerkingsverband streeft ernaar dat een plaatsing in het vso voor leerlingen met een "
          "uitstroomperspectief in het regulier vo een tijdelijke plaatsing is. Terugkeer naar een reguliere "
          "school is mogelijk wanneer de leerling de doelen uit het OPP grotendeels heeft behaald, de "
          "ondersteuningsbehoefte met een arrangement in het regulier vo kan worden opgevangen en ouders en "
          "leerling achter de overstap staan. Een leerling die terugkeert, krijgt gedurende ten minste een "
          "half jaar een terugkeerarrangement: begeleiding door een ambulant begeleider van de vso-school en een "
          "vaste coach op de nieuwe school, bekostigd door het samenwerkingsverband."),
    ("p", "De procedure is als volgt. Twee keer per jaar, in november en in april, bespreekt de vso-school "
          "tijdens de OPP-evaluatie met ouders en leerling of terugkeer tot de mogelijkheden behoort. In het "
          "laatste jaar van de TLV is deze bespreking verplicht en neemt de consulent van het "
          "samenwerkingsverband eraan deel. Acht de vso-school terugkeer haalbaar, dan zoekt zij samen met de "
          "consulent een reguliere school en meldt zij de leerling daar aan. De Toewijzingscommissie stelt het "
          "terugkeerarrangement vast. Kan een leerling nog niet terug, dan vraagt de vso-school vóór 1 mei een "
          "nieuwe TLV aan."),
    ("p", "In de afgelopen planperiode keerden gemiddeld 31 leerlingen per jaar vanuit het vso terug naar het "
          "regulier vo, van wie na een jaar 84% nog op de reguliere school stond."),
    ("h1", "Thuiszitters en dekkend aanbod"),
    ("p", "Thuiszitten is voor ons een belangrijk aandachtspunt. Het aantal thuiszitters in de regio is in de "
          "afgelopen jaren niet gedaald. Het samenwerkingsverband werkt aan een nieuwe aanpak, die samen met "
          "Leerplicht Zuidhaven en de gemeenten wordt vastgelegd in een convenant. Het convenant verschijnt "
          "naar verwachting in het voorjaar van 2026 als addendum bij dit ondersteuningsplan."),
    ("p", "Ook de vraag of ons aanbod dekkend is, willen we in de komende periode beter beantwoorden. In 2026 "
          "laten we daartoe een onderzoek uitvoeren."),
    ("h1", "Kwaliteit en resultaten"),
    ("h2", "Beoogde resultaten"),
    ("p", "Voor leerlingen met een ondersteuningsbehoefte hebben wij de volgende resultaten voor 2029 "
          "vastgelegd:"),
    ("table", [["Resultaat", "Nulmeting 2024", "Doel 2029"],
               ["Deelnamepercentage vso (peildatum 1 oktober)", "3,4%", "3,0%"],
               ["Leerlingen OPDC die binnen twee jaar terugkeren naar regulier vo", "61%", "75%"],
               ["Leerlingen met extra ondersteuning die een diploma of startkwalificatie halen", "72%", "80%"],
               ["Terugkeer vso → regulier vo per jaar", "31", "40"],
               ["Tevredenheid ouders over de toewijzing (1-10)", "6,6", "7,5"]]),
    ("h2", "Monitoring en verantwoording"),
    ("p", "Wij volgen deze resultaten met een dashboard dat ieder kwartaal wordt bijgewerkt met gegevens uit "
          "DUO, het dossiersysteem en de leerlingadministraties van de scholen. Het bestuur bespreekt het "
          "dashboard in iedere vergadering. Jaarlijks rapporteren wij in het jaarverslag over de bereikte "
          "resultaten, de kosten per voorziening en de verschillen met de doelen; het jaarverslag wordt "
          "besproken met de OPR. Halverwege de planperiode, in 2027, voeren wij een tussenevaluatie uit met een "
          "tevredenheidspeiling onder ouders, leerlingen en scholen."),
    ("p", "Ter vergelijking: in de vorige planperiode daalde het deelnamepercentage vso van 3,9% naar 3,4% en "
          "steeg het aantal leerlingen in het OPDC van 48 naar 60."),
    ("h1", "Ouders en leerlingen"),
    ("p", "Ouders en leerlingen zijn onze belangrijkste partners. Wij informeren hen over het "
          "ondersteuningsaanbod via de website van het samenwerkingsverband, waar per school het "
          "ondersteuningsaanbod is te vinden, via de brochure 'Naar het voortgezet onderwijs met extra "
          "ondersteuning' die in groep 8 via de basisscholen wordt verspreid, en via voorlichtingsavonden in "
          "oktober en januari in iedere gemeente. Mentoren en ondersteuningscoördinatoren zijn het eerste "
          "aanspreekpunt op school."),
    ("p", "Leerlingen hebben hoorrecht bij het opstellen van hun OPP. In de OPR is een leerlingzetel "
          "beschikbaar."),
    ("p", "In de komende planperiode onderzoeken wij samen met de gemeenten op welke wijze een onafhankelijk "
          "ouder- en jeugdsteunpunt het best kan worden ingericht. Tot die tijd kunnen ouders met vragen "
          "terecht bij de mentor of de ondersteuningscoördinator van de school."),
    ("h1", "Financieel beleid en meerjarenbegroting"),
    ("h2", "Verdeling van de middelen"),
    ("p", "De middelen voor lichte ondersteuning en het lwoo en pro worden volgens de landelijke systematiek "
          "doorgegeven aan de besturen met een lwoo- of pro-aanbod, naar rato van het aantal aangewezen "
          "leerlingen op 1 oktober. Van de middelen voor zware ondersteuning ontvangt ieder bestuur "
          "€ 118 per leerling als schoolbudget, plus een vaste voet van € 25.000 per vestiging. De "
          "bovenschoolse voorzieningen (OPDC, Rebound, ISK-ondersteuning) worden bekostigd op basis van het "
          "aantal toegewezen plaatsen tegen een vast tarief per plaats, dat het bestuur jaarlijks vaststelt. De "
          "afdrachten voor het vso worden door DUO ingehouden."),
    ("h2", "Meerjarenbegroting"),
    ("p", "De meerjarenbegroting 2025-2029 wordt na vaststelling door de algemene ledenvergadering in december "
          "als afzonderlijk document gepubliceerd. In onderstaand overzicht zijn de bedragen daarom nog niet "
          "ingevuld."),
    ("table", [["Post", "2025", "2026", "2027", "2028"],
               ["Schoolbudgetten", "p.m.", "p.m.", "p.m.", "p.m."],
               ["Bovenschoolse voorzieningen", "p.m.", "p.m.", "p.m.", "p.m."],
               ["Afdrachten vso", "p.m.", "p.m.", "p.m.", "p.m."],
               ["Bureau", "p.m.", "p.m.", "p.m.", "p.m."]]),
    ("h2", "Reserves"),
    ("p", "Het samenwerkingsverband hanteert een signaleringswaarde voor de reserves volgens de methodiek van "
          "de inspectie. Eind 2024 lag het eigen vermogen onder deze waarde; er is geen sprake van bovenmatige "
          "reserves."),
]
B_BLOCKS += oogo(CB) + opr(CB) + governance(CB) + personeel(CB) + ict_privacy(CB)
B_BLOCKS += planning(CB, [["2025-2026", "Convenant thuiszitters; meerjarenbegroting; audit ronde 1"],
                          ["2026-2027", "Onderzoek dekkend aanbod; keuze ouder- en jeugdsteunpunt"],
                          ["2027-2028", "Tussenevaluatie en tevredenheidspeiling"],
                          ["2028-2029", "Nieuw ondersteuningsplan"]])
B_BLOCKS += vaststelling(CB)
B_BLOCKS += begrippen(GLOSS_COMMON + [("Lwoo", "Leerwegondersteunend onderwijs"),
                                      ("OPDC", "Orthopedagogisch-didactisch centrum"),
                                      ("Pro", "Praktijkonderwijs"), ("Vso", "Voortgezet speciaal onderwijs")],
                      "Bijlage 1 Begrippenlijst")


def ict_privacy_plain(c):
    blocks = ict_privacy(c)
    return [(k, v.replace("; ouders krijgen via een beveiligde omgeving inzage in de stukken die over hun kind "
                          "gaan", "") if isinstance(v, str) else v) for k, v in blocks]


# ---------------------------------------------------------------------------------------------
# Plan C: PO, suburban region (pdf)
# ---------------------------------------------------------------------------------------------

CC = ctx(name="Samenwerkingsverband Primair Onderwijs De Randmeren (PO 25-93)", short="SWV De Randmeren",
         city="Veenhoven", region_type="samenwerkingsverband in een suburbane regio",
         region_char="forensengemeenten rond de stad, dorpskernen met kleine scholen, een paar grote "
                     "nieuwbouwwijken met jonge gezinnen en lange reisafstanden naar het speciaal onderwijs",
         director="dr. H. (Hanneke) van Dijk-Smit", sign_date="maart 2025",
         gem_suffix="n Veenhoven, Lisserwaard en Oudeland", area="de gemeenten Veenhoven, Lisserwaard en Oudeland",
         boards=[["Stichting Openbaar Onderwijs De Randmeren", "14", "3.870"],
                 ["Stichting PCBO Lisserwaard", "9", "2.215"],
                 ["Stichting Katholiek Onderwijs Oudeland", "8", "1.930"],
                 ["Stichting SBO De Zandloper", "1", "165"],
                 ["Eenpitters (3)", "3", "510"]],
         n_schools=35, n_pupils="8.690",
         context_extra="In de regio staat één school voor speciaal basisonderwijs. Het so voor cluster 3 en 4 "
                       "bevindt zich buiten de regio, in de stad; leerlingen reizen daarvoor gemiddeld 35 minuten.",
         trend="stijgend in Veenhoven door de nieuwbouwwijk Veenweide, en dalend in de kleinere kernen",
         legal_form="stichting", board_body="algemeen bestuur", supervision="toezichthoudend bestuur (one-tier)",
         office="Veenhoven", fte="9", clusters="drie gemeentelijke netwerken", opr_n=8,
         opr_date="26 maart 2025", oogo_date="4 maart 2025", vast_date="3 april 2025", insp_date="16 april 2025")

C_BLOCKS = [
    ("title", "Ondersteuningsplan 2025-2029"),
    ("sub", "Samenwerkingsverband Primair Onderwijs De Randmeren · PO 25-93 · Veenhoven, Lisserwaard, Oudeland"),
    ("pagebreak", None),
    ("h1", "Inhoud"),
    ("toc", ["Voorwoord", "1 Inleiding en leeswijzer", "2 Ons samenwerkingsverband in cijfers",
             "3 Missie en visie", "4 Basisondersteuning in De Randmeren", "5 Passend aanbod in de regio",
             "6 Toelaatbaarheid tot sbo en so", "7 Terugplaatsing", "8 Kwaliteitszorg en resultaten",
             "9 Financiën", "10 Ouders", "11 Samenwerking met gemeenten", "12 Medezeggenschap",
             "13 Organisatie en governance", "14 Personeel en professionalisering",
             "15 ICT, gegevens en privacy", "16 Planning en jaarcyclus", "17 Vaststelling", "Begrippenlijst"]),
    ("pagebreak", None),
]
C_BLOCKS += voorwoord(CC)
C_BLOCKS += totstandkoming(CC)
C_BLOCKS += leeswijzer(CC, ["Hoofdstuk 2 en 3 beschrijven onze regio en visie.",
                            "In hoofdstuk 4 en 5 staat wat scholen en het samenwerkingsverband bieden.",
                            "Hoofdstuk 6 gaat over toelaatbaarheid, hoofdstuk 8 over kwaliteitszorg en "
                            "hoofdstuk 9 over financiën.", "De begrippenlijst staat achterin."])
C_BLOCKS += context(CC)
C_BLOCKS += ontwikkelingen(CC)
C_BLOCKS += visie(CC)
C_BLOCKS += [
    ("h1", "Basisondersteuning in De Randmeren"),
    ("p", "Alle scholen in De Randmeren bieden hetzelfde basisniveau van ondersteuning. Dat niveau is door het "
          "algemeen bestuur vastgesteld als de gemeenschappelijke ondergrens voor iedere schoolvestiging, "
          "ongeacht bestuur, denominatie of grootte. De tabel hieronder geeft per domein weer wat dat "
          "inhoudt."),
    ("table", [["Domein", "Wat iedere school ten minste biedt"],
               ["Organisatie", "Intern begeleider (minimaal 1 dag per week per 100 leerlingen); "
                               "ondersteuningsteam dat 4x per jaar bijeenkomt"],
               ["Taal en lezen", "Dyslexieprotocol; extra leesinstructie in kleine groep; RT-uren voor "
                                 "groep 3-4"],
               ["Rekenen", "Protocol ernstige reken-wiskundeproblemen; compacten en verrijken"],
               ["Gedrag", "Schoolbrede aanpak positief gedrag; anti-pestprogramma; time-out in de klas "
                          "van de buurgroep"],
               ["Werkhouding", "Hulpkaarten, visueel dagritme, koptelefoons en werkplekken met afscherming"],
               ["Meer- en hoogbegaafdheid", "Signaleringsinstrument in groep 1-2 en 5; verrijkingsmateriaal"],
               ["Medisch", "Protocol medicijnverstrekking en medisch handelen"],
               ["Planmatig werken", "Groepsoverzicht en groepsplan; OPP bij een eigen leerlijn"]]),
    ("p", "De intern begeleiders toetsen in de netwerken jaarlijks elkaars school aan deze tabel (collegiale "
          "visitatie)."),
    ("h1", "Passend aanbod in de regio"),
    ("p", "Ons aanbod bestaat uit drie niveaus: de basisondersteuning op iedere school, arrangementen op de "
          "school of in de regio, en het speciaal (basis)onderwijs. Arrangementen zijn er in verschillende "
          "vormen:"),
    ("bullets", ["een individueel arrangement (begeleiding door een specialist van het samenwerkingsverband, "
                 "maximaal 20 weken);",
                 "een groepsarrangement, zoals de taalklas in Veenhoven en de kangoeroegroep voor "
                 "meerbegaafde leerlingen in Lisserwaard en Oudeland;",
                 "een arrangement in de observatieklas van sbo De Zandloper (6 plaatsen), waar een leerling "
                 "maximaal 12 weken wordt geobserveerd terwijl hij ingeschreven blijft op de eigen school;",
                 "een onderwijs-zorgarrangement voor leerlingen die ook jeugdhulp krijgen."]),
    ("p", "Omdat het so buiten de regio ligt, ontstaan er soms wachttijden en lange reistijden. Elk voorjaar "
          "inventariseren de netwerken welke leerlingen geen passend aanbod hebben of thuiszitten. De "
          "ondersteuningsconsulent neemt binnen drie werkdagen contact op met de school van een leerling die "
          "thuis dreigt te komen zitten en organiseert binnen twee weken een overleg met school, "
          "leerplichtambtenaar en jeugdhulp. Uitkomsten worden jaarlijks besproken met de gemeenten. In "
          "schooljaar 2024-2025 telden wij zeven thuiszitters; voor 2026 starten wij met de gemeenten een "
          "kleinschalige onderwijs-zorgvoorziening in Oudeland, omdat daar het vaakst een passende plek "
          "ontbrak. Kan een school haar zorgplicht niet waarmaken, dan zoekt de consulent samen met de besturen "
          "binnen zes weken een andere school."),
    ("h1", "Toelaatbaarheid tot sbo en so"),
    ("p", "Het bestuur van de school waar de leerling is ingeschreven dient de aanvraag voor een "
          "toelaatbaarheidsverklaring in bij het bureau van het samenwerkingsverband. Bij de aanvraag horen het "
          "OPP, het groeidocument en de verslagen van het ondersteuningsteam. Het bureau controleert binnen "
          "vijf werkdagen of de aanvraag volledig is."),
    ("p", "De Commissie Toelaatbaarheid bespreekt volledige aanvragen in haar tweewekelijkse vergadering. "
          "Twee deskundigen, een orthopedagoog-generalist en afhankelijk van de vraag een kinderpsycholoog of "
          "maatschappelijk werker, geven ieder afzonderlijk schriftelijk advies. Het algemeen bestuur heeft "
          "de bevoegdheid tot besluiten gemandateerd aan de directeur-bestuurder, die binnen zes weken beslist."),
    ("p", "Een TLV voor het sbo wordt afgegeven tot het einde van het schooljaar waarin de leerling twaalf "
          "wordt; een TLV voor het so voor maximaal drie schooljaren. Bij een TLV voor het so bepaalt de "
          "commissie de bekostigingscategorie."),
    ("p", "De commissie beoordeelt iedere aanvraag op maat. Een vaste set criteria voor toelaatbaarheid tot "
          "het sbo en het so wordt in schooljaar 2025-2026 samen met De Zandloper en de so-scholen in de "
          "stad ontwikkeld en daarna aan het bestuur voorgelegd."),
    ("h1", "Kwaliteitszorg en resultaten"),
    ("p", "Het samenwerkingsverband werkt volgens een vaste kwaliteitscyclus. Twee keer per jaar, op 1 oktober "
          "en 1 maart, verzamelen wij kengetallen: het deelnamepercentage sbo en so, het aantal toegekende "
          "arrangementen per soort, het aantal thuiszitters en de doorlooptijd van aanvragen. Het bureau maakt "
          "daarvan een kwaliteitsrapportage die in het bestuur en de netwerken wordt besproken. Eens per "
          "twee jaar houden wij een tevredenheidspeiling onder scholen. De bereikte resultaten rapporteren wij "
          "in het jaarverslag, dat voor 1 juli wordt vastgesteld."),
    ("p", "In de vorige planperiode daalde het deelnamepercentage sbo van 2,9% naar 2,4%; het deelnamepercentage "
          "so bleef stabiel op 1,6%. Het aantal toegekende individuele arrangementen steeg van 112 naar 168."),
    ("p", "De beoogde resultaten voor de nieuwe planperiode formuleren wij niet in dit plan, maar jaarlijks in "
          "het jaarplan, zodat zij aansluiten bij de actualiteit."),
    ("h1", "Financiën"),
    ("p", "Het samenwerkingsverband kiest voor een expertisemodel: het geld blijft grotendeels bij het "
          "samenwerkingsverband, dat expertise en arrangementen inzet. Iedere school ontvangt daarnaast een "
          "basisbudget van € 60 per leerling (teldatum 1 oktober t-1) voor de inzet van de intern begeleider en "
          "de basisondersteuning. Arrangementen worden toegekend door de ondersteuningsconsulent, op basis van "
          "een aanvraag van de school met een ingevuld groeidocument; de consulent beslist binnen tien "
          "werkdagen. Voor de groei van het sbo na 1 oktober geldt de landelijke groeiregeling met 1 februari "
          "als peildatum."),
    ("table", [["Meerjarenbegroting (x € 1.000)", "2025", "2026", "2027", "2028"],
               ["Totale baten", "7.480", "7.520", "7.510", "7.490"],
               ["Afdrachten sbo en so", "3.610", "3.640", "3.650", "3.650"],
               ["Basisbudget scholen", "520", "525", "525", "520"],
               ["Arrangementen (individueel en groep)", "1.940", "2.010", "2.020", "2.030"],
               ["Observatieklas De Zandloper", "310", "320", "320", "320"],
               ["Onderwijs-zorgvoorziening Oudeland", "0", "180", "240", "240"],
               ["Bureau en commissie", "980", "1.000", "1.010", "1.020"],
               ["Saldo", "120", "-155", "-255", "-290"]]),
    ("p", "De geplande tekorten worden gedekt uit de algemene reserve, die daarmee in 2028 uitkomt op het "
          "niveau van de signaleringswaarde."),
]
C_BLOCKS += oogo(CC) + opr(CC, parents=False) + governance(CC) + personeel(CC) + ict_privacy_plain(CC)
C_BLOCKS += planning(CC, [["2025-2026", "Criteria toelaatbaarheid; jaarplan met resultaten"],
                          ["2026-2027", "Start onderwijs-zorgvoorziening Oudeland"],
                          ["2027-2028", "Evaluatie expertisemodel"],
                          ["2028-2029", "Nieuw ondersteuningsplan"]])
C_BLOCKS += vaststelling(CC)
C_BLOCKS += begrippen(GLOSS_COMMON + [("Onderwijsconsulenten", "Landelijke organisatie die ouders kosteloos "
                                                                 "adviseert bij een verschil van inzicht met "
                                                                 "de school."),
                                      ("Terugplaatsingsbeleid", "Beleid van het samenwerkingsverband voor de "
                                                                "terugkeer van leerlingen naar het regulier "
                                                                "basisonderwijs.")])


# ---------------------------------------------------------------------------------------------
# Plan D: VO, suburban region (pdf)
# ---------------------------------------------------------------------------------------------

CD = ctx(name="Samenwerkingsverband Voortgezet Onderwijs Groene Hart-West (VO 26-94)",
         short="SWV VO Groene Hart-West", city="Alphenwoude",
         region_type="samenwerkingsverband in een suburbane en landelijke regio",
         region_char="middelgrote forensengemeenten, een groeiende stad en een landelijk gebied met lange "
                     "busverbindingen naar de scholen",
         director="mr. drs. P. (Pieter) Hoogendoorn", sign_date="april 2025",
         law="artikel 17a Wet op het voortgezet onderwijs",
         gem_suffix="n Alphenwoude, Boskoopveld, Nieuwkerk aan den Rijn en Zuidplasse",
         area="de gemeenten Alphenwoude, Boskoopveld, Nieuwkerk aan den Rijn en Zuidplasse",
         boards=[["Stichting Openbaar VO Groene Hart", "4", "4.910"],
                 ["Stichting Christelijk Voortgezet Onderwijs Rijnwoude", "3", "3.880"],
                 ["Stichting Katholiek VO Alphenwoude", "2", "2.115"],
                 ["Stichting Praktijkschool Groene Hart", "1", "395"],
                 ["Stichting Orion (vso)", "2", "470"]],
         n_schools=12, n_pupils="11.770", ib="ondersteuningscoördinatoren",
         context_extra="Daarnaast volgen ongeveer 900 jongeren uit de regio onderwijs op een school in een "
                       "naburige stad.",
         trend="licht dalend na 2027", legal_form="stichting", board_body="bestuur",
         director_role="directeur-bestuurder", supervision="raad van toezicht", office="Alphenwoude", fte="14",
         clusters="twee deelregio's (Noord en Zuid)", opr_n=10, opr_pupils=" of leerling",
         opr_date="8 april 2025", oogo_date="20 maart 2025", vast_date="14 april 2025", insp_date="28 april 2025")

D_BLOCKS = [
    ("title", "Koersplan passend onderwijs 2025-2029"),
    ("sub", "Ondersteuningsplan op hoofdlijnen · Samenwerkingsverband VO Groene Hart-West, VO 26-94"),
    ("pagebreak", None),
    ("h1", "Inhoudsopgave"),
    ("toc", ["Voorwoord", "1 Inleiding en leeswijzer", "2 Ons samenwerkingsverband in cijfers",
             "3 Missie en visie", "4 Basisondersteuning en extra ondersteuning", "5 Een dekkend netwerk",
             "6 Thuiszitters en zorgplicht", "7 Toelaatbaarheid vso, lwoo en pro",
             "8 Terugplaatsing en overstap", "9 Ouders en leerlingen", "10 Geld en middelen",
             "11 Resultaten en kwaliteit", "12 Samenwerking met gemeenten", "13 Medezeggenschap",
             "14 Organisatie en governance", "15 Personeel", "16 ICT en privacy", "17 Planning",
             "18 Vaststelling", "Bijlage Begrippenlijst en afkortingen"]),
    ("pagebreak", None),
]
D_BLOCKS += voorwoord(CD)
D_BLOCKS += leeswijzer(CD, ["Dit koersplan is bewust een plan op hoofdlijnen.",
                            "De uitwerking staat in het jaarplan, de jaarbegroting en het Handboek Toewijzing.",
                            "Hoofdstuk 4 tot en met 8 gaan over het ondersteuningsaanbod en de toewijzing; "
                            "hoofdstuk 9 gaat over ouders en leerlingen."])
D_BLOCKS += context(CD)
D_BLOCKS += visie(CD)
D_BLOCKS += [
    ("h1", "Basisondersteuning en extra ondersteuning"),
    ("p", "De scholen in Groene Hart-West verschillen sterk in omvang, onderwijsaanbod en leerlingpopulatie. "
          "In de vorige planperiode is veel energie gestoken in de professionalisering van mentoren en "
          "ondersteuningscoördinatoren. In de komende planperiode stellen we samen met de scholen een "
          "gezamenlijke standaard voor de basisondersteuning op; de werkgroep daarvoor start in het najaar van "
          "2025 en rapporteert uiterlijk in juni 2026 aan het bestuur."),
    ("p", "Extra ondersteuning wordt geboden wanneer een leerling meer nodig heeft dan de school in de klas kan "
          "bieden. De vormen daarvan staan beschreven in hoofdstuk 5."),
    ("h1", "Een dekkend netwerk"),
    ("p", "Het netwerk van voorzieningen in Groene Hart-West bestaat, naast de ondersteuning die iedere "
          "school zelf biedt, uit de volgende onderdelen:"),
    ("table", [["Voorziening", "Voor wie", "Capaciteit"],
               ["Ondersteuning op de eigen school (trajectvoorziening, Op-maat-lokaal)",
                "Leerlingen die tijdelijk extra begeleiding nodig hebben", "Op alle 9 reguliere scholen"],
               ["Plusvoorziening Noord en Zuid", "Leerlingen met gedragsvragen die tijdelijk een kleinere groep "
                                                 "nodig hebben", "2 x 16 plaatsen"],
               ["OPDC De Overstap", "Leerlingen vmbo-basis/kader met een combinatie van leer- en "
                                    "gedragsvragen, maximaal 2 jaar", "40 plaatsen"],
               ["Schakelklas nieuwkomers", "Jongeren korter dan 2 jaar in Nederland", "30 plaatsen"],
               ["Praktijkonderwijs", "Leerlingen met een pro-toelaatbaarheidsverklaring", "1 school"],
               ["Vso Orion (cluster 3 en 4)", "Leerlingen met een TLV", "2 locaties"]]),
    ("p", "Voor de overgang van het basisonderwijs naar het vo werken wij met de PO-samenwerkingsverbanden in de "
          "regio met een gezamenlijke overstapkalender en een warme overdracht voor leerlingen met een OPP. "
          "Voor de overgang naar het mbo zijn afspraken gemaakt met het ROC Groene Hart over een "
          "intakegesprek voor iedere leerling met extra ondersteuning."),
    ("h1", "Thuiszitters en zorgplicht"),
    ("p", "In schooljaar 2023-2024 zaten in onze regio 23 jongeren langer dan vier weken thuis zonder "
          "onderwijs. De analyse van deze situaties liet zien dat er vooral een gat is voor jongeren met "
          "angstproblematiek en voor havo/vwo-leerlingen met autisme die het in een grote school niet redden. "
          "Voor die groepen starten wij in augustus 2025 een kleinschalige havo/vwo-voorziening met 12 plaatsen "
          "en een herstelprogramma in samenwerking met de jeugd-GGZ."),
    ("p", "Iedere school meldt verzuim dat op thuiszitten uitloopt binnen vier weken bij de "
          "leerplichtambtenaar en bij de trajectbegeleider van het samenwerkingsverband. De trajectbegeleider "
          "roept binnen tien werkdagen een overleg bijeen en bewaakt dat er een plan met een concrete startdatum "
          "komt. Lukt het niet om binnen zes weken tot een oplossing te komen, dan wordt de situatie voorgelegd "
          "aan het Regionaal Thuiszittersoverleg, waarin de directeur-bestuurder, de leerplichtambtenaar en de "
          "gemeente deelnemen. De besturen hebben afgesproken dat de school van inschrijving de zorgplicht "
          "houdt totdat een andere school de leerling heeft ingeschreven."),
    ("h1", "Toelaatbaarheid vso, lwoo en pro"),
    ("p", "Een leerling is toelaatbaar tot het vso als is voldaan aan alle volgende criteria: de leerling heeft "
          "een ondersteuningsbehoefte op het gebied van leren, gedrag, communicatie of medische zorg die ook "
          "met de inzet van een bovenschoolse voorziening van het samenwerkingsverband niet in het regulier vo "
          "kan worden opgevangen; er is een OPP waarin ten minste twee geëvalueerde periodes van extra "
          "ondersteuning zijn beschreven; en het uitstroomperspectief is in het vso beter te realiseren dan "
          "in het regulier onderwijs. Voor leerlingen die rechtstreeks vanuit het so komen, volstaat een "
          "onderbouwing van de school van herkomst."),
    ("p", "Voor het praktijkonderwijs en het leerwegondersteunend onderwijs gelden de landelijke criteria: "
          "voor pro een IQ tussen 55 en 80 en een leerachterstand van drie jaar of meer op ten minste twee "
          "domeinen, waarvan één begrijpend lezen of inzichtelijk rekenen; voor lwoo een IQ tussen 75 en 90 "
          "met een leerachterstand van anderhalf tot drie jaar, of een IQ tussen 91 en 120 met een "
          "leerachterstand en sociaal-emotionele problematiek."),
    ("p", "De wijze van aanvragen, de termijnen en de samenstelling van de commissie die over de "
          "toelaatbaarheid adviseert, staan beschreven in het Handboek Toewijzing, dat op onze website staat."),
    ("h1", "Terugplaatsing en overstap"),
    ("p", "Het vso is voor veel leerlingen de beste plek, maar wij vinden dat geen jongere langer in het vso "
          "hoort te blijven dan nodig is. Terugplaatsing naar het regulier vo is ons uitgangspunt voor iedere "
          "leerling bij wie het OPP een uitstroomperspectief in het regulier onderwijs aangeeft. Voorwaarden "
          "zijn dat de leerling gedurende ten minste een half jaar stabiel functioneert, dat de ontvangende "
          "school het benodigde arrangement kan bieden en dat ouders en leerling instemmen."),
    ("p", "Een leerling die terugkeert krijgt standaard een overstaparrangement: een jaar lang een vaste "
          "coach op de nieuwe school, de mogelijkheid van een terugvalplek in de Plusvoorziening en twee "
          "evaluatiegesprekken per jaar. Het arrangement wordt door het samenwerkingsverband betaald."),
    ("p", "Het stappenplan voor terugplaatsing, met daarin de momenten waarop de vso-school de mogelijkheid "
          "van terugkeer bespreekt en wie daarover beslist, werken wij in het eerste planjaar samen met Orion "
          "uit."),
    ("h1", "Ouders en leerlingen"),
    ("p", "Ouders vinden op de website van het samenwerkingsverband een overzicht van alle voorzieningen uit "
          "hoofdstuk 5, met per voorziening de doelgroep en de manier waarop een leerling er terecht kan. "
          "In groep 8 ontvangen alle ouders via de basisschool de gids 'Extra ondersteuning in het vo', en "
          "iedere vo-school houdt in november een informatieavond over ondersteuning. De ondersteuningsroute "
          "staat in de schoolgids van elke school."),
    ("p", "Voor onafhankelijk advies kunnen ouders en jongeren terecht bij het Ouder- en Jeugdsteunpunt "
          "Groene Hart, dat wij sinds 2024 samen met de PO-samenwerkingsverbanden financieren en dat wordt "
          "uitgevoerd door een onafhankelijke stichting. Het steunpunt adviseert, gaat mee naar gesprekken en "
          "bundelt signalen van ouders, die twee keer per jaar met het bestuur worden besproken. Bij een "
          "geschil kunnen ouders zich wenden tot de Onderwijsconsulenten of de Geschillencommissie passend "
          "onderwijs."),
    ("h1", "Geld en middelen"),
    ("p", "De middelen van het samenwerkingsverband worden ingezet om de ambities in dit koersplan mogelijk te "
          "maken. Het samenwerkingsverband gaat zorgvuldig en transparant met deze publieke middelen om. De "
          "meerjarenbegroting en de afspraken met de besturen over de toekenning van middelen worden ieder jaar "
          "opgenomen in de jaarbegroting, die in december door het bestuur wordt vastgesteld en niet als "
          "onderdeel van dit koersplan wordt uitgebracht."),
    ("h1", "Resultaten en kwaliteit"),
    ("p", "Wij vinden het belangrijk om te weten of ons werk verschil maakt voor jongeren. De wijze waarop "
          "wij de opbrengsten van dit koersplan gaan volgen, werken wij in het eerste planjaar uit in een "
          "kwaliteitskader. Daarin zullen ook de beoogde resultaten worden benoemd."),
]
D_BLOCKS += oogo(CD) + opr(CD) + governance(CD) + personeel(CD) + ict_privacy(CD)
D_BLOCKS += planning(CD, [["2025-2026", "Standaard basisondersteuning; kwaliteitskader; stappenplan "
                                        "terugplaatsing; start havo/vwo-voorziening"],
                          ["2026-2027", "Evaluatie Plusvoorziening"],
                          ["2027-2028", "Tussenevaluatie koersplan"],
                          ["2028-2029", "Nieuw ondersteuningsplan"]])
D_BLOCKS += vaststelling(CD)
D_BLOCKS += begrippen(GLOSS_COMMON + [("Lwoo", "Leerwegondersteunend onderwijs"),
                                      ("Pro", "Praktijkonderwijs"),
                                      ("Vso", "Voortgezet speciaal onderwijs")],
                      "Bijlage Begrippenlijst en afkortingen")


# ---------------------------------------------------------------------------------------------
# Plan E: PO, large city, web version (html)
# ---------------------------------------------------------------------------------------------

CE = ctx(name="Stichting Passend Onderwijs Bergstad (PO 30-95)", short="Passend Onderwijs Bergstad",
         city="Bergstad", region_type="samenwerkingsverband in een middelgrote stad met een sterke regiofunctie",
         region_char="een historische binnenstad, naoorlogse wijken met veel jonge gezinnen in kwetsbare "
                     "omstandigheden, een universiteitswijk en een groeiend aantal internationale gezinnen",
         director="drs. R. (Rachid) El Amrani", sign_date="april 2025", gem_suffix=" Bergstad",
         area="de gemeente Bergstad",
         boards=[["Stichting Openbaar Primair Onderwijs Bergstad", "21", "6.840"],
                 ["Stichting Katholiek Basisonderwijs Bergstad", "15", "4.725"],
                 ["Stichting Protestants-Christelijk Onderwijs Bergstad", "9", "2.610"],
                 ["Stichting Speciaal Onderwijs Bergstad (sbo en so)", "5", "1.060"],
                 ["Overige besturen (5)", "6", "1.385"]],
         n_schools=56, n_pupils="16.620",
         context_extra="Het samenwerkingsverband telt twee scholen voor speciaal basisonderwijs en drie "
                       "so-scholen voor cluster 3 en 4.",
         trend="stabiel", legal_form="stichting", board_body="bestuur", supervision="raad van toezicht",
         office="Bergstad-Centrum", fte="21", clusters="vijf wijknetwerken", opr_n=12,
         opr_date="1 april 2025", oogo_date="11 maart 2025", vast_date="8 april 2025", insp_date="17 april 2025")

E_BLOCKS = [
    ("title", "Ondersteuningsplan 2025-2029 – webversie"),
    ("sub", "Passend Onderwijs Bergstad, PO 30-95. Deze pagina bevat de volledige tekst van het "
            "ondersteuningsplan. De bijlagen en de procedures staan op afzonderlijke pagina's."),
    ("h1", "Op deze pagina"),
    ("toc", ["Voorwoord", "Totstandkoming van dit plan", "Inleiding en leeswijzer",
             "Ons samenwerkingsverband in cijfers", "Landelijke en regionale ontwikkelingen", "Missie en visie",
             "Basisondersteuning", "Toelaatbaarheid", "Terugplaatsing en overplaatsing", "Resultaten",
             "Ouders", "Financiën en meerjarenbegroting", "Samenwerking met gemeenten", "Medezeggenschap",
             "Organisatie en governance", "Personeel en professionalisering", "ICT, gegevens en privacy",
             "Planning en jaarcyclus", "Vaststelling", "Begrippenlijst"]),
]
E_BLOCKS += voorwoord(CE)
E_BLOCKS += totstandkoming(CE)
E_BLOCKS += leeswijzer(CE, ["Na de cijfers en de visie volgen de onderwerpen die de wet voorschrijft.",
                            "Procedures, formulieren en het dekkend aanbod vindt u op de themapagina's van "
                            "deze website.", "De begrippenlijst staat onderaan deze pagina."])
E_BLOCKS += context(CE)
E_BLOCKS += ontwikkelingen(CE)
E_BLOCKS += visie(CE)
E_BLOCKS += [
    ("h1", "Basisondersteuning"),
    ("p", "In Bergstad is de basisondersteuning het niveau van ondersteuning dat alle aangesloten scholen, op "
          "iedere vestiging, ten minste bieden. Het niveau is in 2019 door de besturen gezamenlijk vastgesteld "
          "en geldt als bindende ondergrens: geen school mag eronder zitten, ook niet tijdelijk."),
    ("p", "De concrete uitwerking daarvan – welke voorzieningen, welke expertise en welke aanpakken een ouder "
          "op iedere school mag verwachten – wordt op dit moment geactualiseerd. De nieuwe kwaliteitskaart "
          "basisondersteuning volgt in de loop van schooljaar 2025-2026. Tot die tijd verwijzen wij naar het "
          "schoolondersteuningsprofiel van de school."),
    ("h1", "Toelaatbaarheid"),
    ("p", "Hoe een toelaatbaarheidsverklaring voor het sbo of so wordt aangevraagd en beoordeeld, leest u op de "
          "pagina 'Toelaatbaarheid' van deze website. Daar vindt u ook de formulieren."),
    ("h1", "Terugplaatsing en overplaatsing"),
    ("p", "Wij vinden dat een leerling in het sbo of so, als dat kan, terugkeert naar een basisschool dicht bij "
          "huis. Terugplaatsing is geen doel op zich, maar wordt bij iedere leerling serieus overwogen. "
          "Voorwaarden zijn dat de leerling de doelen uit het OPP van de afgelopen periode grotendeels heeft "
          "behaald, dat er een basisschool is die met de beschikbare ondersteuning kan bieden wat de leerling "
          "nodig heeft, en dat ouders instemmen met de overstap."),
    ("p", "Na de overstap biedt de sbo- of so-school een half jaar nazorg: een ambulant begeleider komt twee "
          "uur per week op de nieuwe school en is aanspreekpunt voor de leerkracht. De ontvangende school "
          "krijgt daarnaast een eenmalig terugplaatsingsbudget van € 3.500 voor extra handen in de klas."),
    ("p", "Zo werkt het. Ieder jaar in januari bespreekt de sbo- of so-school tijdens de evaluatie van het OPP "
          "met de ouders of terugplaatsing in beeld is; in het laatste jaar van de toelaatbaarheidsverklaring is "
          "dit gesprek verplicht. Als terugplaatsing mogelijk lijkt, vraagt de school vóór 1 maart een "
          "overstapgesprek aan bij de onderwijsadviseur van het samenwerkingsverband. Aan dat gesprek nemen de "
          "ouders, de sbo- of so-school en de beoogde basisschool deel. De basisschool beslist, na dat gesprek, "
          "over de inschrijving; de afspraken worden vastgelegd in een overdrachtsdocument. Na zes weken en "
          "na zes maanden evalueren de betrokkenen de overstap."),
    ("h1", "Resultaten"),
    ("h2", "Beoogde resultaten 2025-2029"),
    ("table", [["Indicator", "Stand 2024", "Doel 2029"],
               ["Deelnamepercentage sbo (1 oktober)", "2,6%", "2,3%"],
               ["Deelnamepercentage so (1 oktober)", "1,9%", "1,8%"],
               ["Terugplaatsingen sbo/so → basisonderwijs per jaar", "14", "25"],
               ["Teruggeplaatste leerlingen die na een jaar nog op de basisschool zitten", "79%", "90%"],
               ["Leerlingen met een OPP die hun uitstroomperspectief halen", "68%", "80%"],
               ["Tevredenheid ouders over de ondersteuning (1-10)", "7,0", "7,5"]]),
    ("h2", "Hoe wij de resultaten volgen"),
    ("p", "Het bureau verzamelt twee keer per jaar de gegevens voor bovenstaande indicatoren, uit DUO-gegevens, "
          "de OPP-registratie van de scholen en het dossiersysteem. De uitkomsten worden in maart en oktober in "
          "het bestuur besproken en in het jaarverslag opgenomen, met een toelichting op de verschillen met de "
          "doelen en op de kosten per indicator. De tevredenheid van ouders meten wij om het jaar met een "
          "digitale vragenlijst. In 2027 volgt een tussenevaluatie."),
    ("p", "In de afgelopen planperiode daalde het deelnamepercentage sbo van 3,1% naar 2,6%, en steeg het aantal "
          "terugplaatsingen van 9 naar 14 per jaar."),
    ("h1", "Ouders"),
    ("p", "Hoe wij ouders over het ondersteuningsaanbod informeren, leggen wij vast in het communicatieplan 2026, "
          "dat samen met de oudergeleding van de OPR wordt opgesteld."),
    ("p", "Ouders die een vraag hebben of het niet eens zijn met de school, kunnen terecht bij het Ouder- en "
          "Jeugdsteunpunt Bergstad. Het steunpunt is ondergebracht bij Stichting Zorgbelang Bergstad en "
          "werkt onafhankelijk van scholen en samenwerkingsverband. Medewerkers denken mee, gaan desgewenst mee "
          "naar gesprekken op school en helpen bij het zoeken naar een oplossing. Het steunpunt is op "
          "werkdagen telefonisch bereikbaar en houdt op woensdag een inloopspreekuur in de Centrale "
          "Bibliotheek. Komen ouders en school er niet uit, dan kunnen ouders zich wenden tot de "
          "Onderwijsconsulenten of tot de Geschillencommissie passend onderwijs. Voor klachten over het "
          "samenwerkingsverband zelf geldt de klachtenregeling van de stichting."),
    ("h1", "Financiën en meerjarenbegroting"),
    ("p", "Het samenwerkingsverband herziet op dit moment het verdeelmodel. Het nieuwe model treedt per "
          "1 augustus 2026 in werking en wordt na instemming van de OPR als wijziging aan dit plan toegevoegd. "
          "Tot die tijd geldt het verdeelmodel zoals beschreven op de pagina 'Financiën' van deze website."),
    ("p", "De meerjarenbegroting ziet er als volgt uit."),
    ("table", [["(bedragen x € 1.000)", "2025", "2026", "2027", "2028"],
               ["Rijksbijdrage ondersteuning", "13.480", "13.410", "13.350", "13.300"],
               ["Afdrachten sbo en so (DUO)", "6.920", "6.900", "6.880", "6.860"],
               ["Ondersteuningsmiddelen naar schoolbesturen", "4.310", "4.280", "4.250", "4.220"],
               ["Terugplaatsingsbudgetten", "70", "90", "90", "90"],
               ["Onderwijsadviseurs en orthopedagogen", "1.260", "1.280", "1.300", "1.310"],
               ["Bureau en bestuur", "760", "770", "780", "790"],
               ["Saldo", "160", "90", "50", "30"]]),
    ("p", "Schoolbesturen verantwoorden in hun jaarverslag de besteding van de ondersteuningsmiddelen."),
]
E_BLOCKS += oogo(CE, content=False) + opr(CE) + governance(CE) + personeel(CE) + ict_privacy(CE)
E_BLOCKS += planning(CE, [["2025-2026", "Kwaliteitskaart basisondersteuning; nieuw verdeelmodel; "
                                        "communicatieplan"],
                          ["2026-2027", "Invoering verdeelmodel"],
                          ["2027-2028", "Tussenevaluatie"],
                          ["2028-2029", "Nieuw ondersteuningsplan"]])
E_BLOCKS += vaststelling(CE)
E_BLOCKS += begrippen(GLOSS_COMMON + [("Sbo", "Speciaal basisonderwijs"), ("So", "Speciaal onderwijs")])


# ---------------------------------------------------------------------------------------------
# F: near-miss - a school-level ondersteuningsplan of a VO school (docx)
# ---------------------------------------------------------------------------------------------

F_BLOCKS = [
    ("title", "Ondersteuningsplan 2025-2026"),
    ("sub", "Rijnlandcollege Alphenwoude · vmbo-havo-vwo · locatie Lindenlaan"),
    ("sub", "Vastgesteld door de schoolleiding op 2 september 2025, na advies van de medezeggenschapsraad"),
    ("h1", "Inhoud"),
    ("toc", ["1 Inleiding", "2 Onze leerlingen", "3 De ondersteuningsstructuur", "4 Basisondersteuning op het "
             "Rijnlandcollege", "5 Extra ondersteuning en het Trajectlokaal", "6 Leerwegondersteuning",
             "7 Wanneer wij handelingsverlegen zijn: vso en OPDC", "8 Ouders", "9 Middelen",
             "10 Resultaten en evaluatie", "11 Jaarplanning zorg"]),
    ("h1", "1 Inleiding"),
    ("p", "Dit ondersteuningsplan beschrijft hoe het Rijnlandcollege, locatie Lindenlaan, de ondersteuning aan "
          "leerlingen heeft georganiseerd in schooljaar 2025-2026. Het plan is een uitwerking van ons "
          "schoolondersteuningsprofiel en sluit aan bij het ondersteuningsplan van het Samenwerkingsverband VO "
          "Groene Hart-West, waarbij onze school is aangesloten. Het plan is bedoeld voor medewerkers, maar ook "
          "ouders en leerlingen kunnen hierin lezen hoe de zorg op school is geregeld."),
    ("p", "Het plan wordt ieder jaar in juni geëvalueerd door het zorgteam en bijgesteld voor het volgende "
          "schooljaar. De medezeggenschapsraad heeft op 1 juli 2025 positief geadviseerd."),
    ("h1", "2 Onze leerlingen"),
    ("p", "Het Rijnlandcollege telt op locatie Lindenlaan 1.420 leerlingen, van wie 610 in het vmbo (basis, kader "
          "en gemengde leerweg) en 810 in havo en vwo. Ongeveer 14% van de leerlingen heeft een "
          "ondersteuningsbehoefte die verder gaat dan de begeleiding door de mentor; 96 leerlingen hebben een "
          "aanwijzing leerwegondersteunend onderwijs en 38 leerlingen hebben een ontwikkelingsperspectiefplan "
          "(OPP)."),
    ("h1", "3 De ondersteuningsstructuur"),
    ("p", "Wij werken met vier zorgniveaus. Niveau 1 is de begeleiding in de klas door de vakdocent. Niveau 2 "
          "is de begeleiding door de mentor, die wekelijks een mentoruur geeft en de eerste contactpersoon voor "
          "ouders is. Niveau 3 is de begeleiding door een specialist binnen de school: de zorgcoördinator, de "
          "dyslexiecoach, de faalangsttrainer of de orthopedagoog. Niveau 4 is ondersteuning met hulp van "
          "externe partners of het samenwerkingsverband."),
    ("p", "Het zorgteam (zorgcoördinator, teamleiders, orthopedagoog en schoolmaatschappelijk werker) komt "
          "iedere twee weken bijeen. Eens per zes weken vindt het zorg- en adviesteam (ZAT) plaats, waarin ook "
          "de jeugdarts, de leerplichtambtenaar, het wijkteam en de consulent van het samenwerkingsverband "
          "zitting hebben. Een leerling wordt in het ZAT besproken na toestemming van de ouders."),
    ("h1", "4 Basisondersteuning op het Rijnlandcollege"),
    ("p", "Onder basisondersteuning verstaan wij de ondersteuning die iedere leerling op onze school kan "
          "krijgen zonder aparte aanvraag. Daartoe behoren: het mentoraat, de dyslexie- en "
          "dyscalculiefaciliteiten (extra tijd, vergrote teksten, voorleessoftware), faalangstreductietraining, "
          "een sociale vaardigheidstraining in leerjaar 1 en 2, huiswerkbegeleiding op vier middagen, het "
          "anti-pestprotocol en het protocol medisch handelen. De basisondersteuning van onze school is "
          "beschreven in ons schoolondersteuningsprofiel en in de schoolgids."),
    ("h1", "5 Extra ondersteuning en het Trajectlokaal"),
    ("p", "Leerlingen die meer nodig hebben, kunnen gebruikmaken van het Trajectlokaal. Daar werken zij onder "
          "begeleiding van twee trajectbegeleiders aan hun schoolwerk en aan persoonlijke doelen. Een plaatsing "
          "in het Trajectlokaal duurt maximaal twaalf weken en wordt gestart na een gesprek met leerling, ouders "
          "en mentor. Voor iedere leerling in het Trajectlokaal wordt een handelingsplan opgesteld; bij een "
          "langduriger traject een OPP, dat met ouders wordt besproken en door hen wordt ondertekend. "
          "Leerlingen hebben hoorrecht bij hun OPP."),
    ("h1", "6 Leerwegondersteuning"),
    ("p", "Leerlingen met een aanwijzing lwoo krijgen les in kleinere klassen (maximaal 16 leerlingen) in de "
          "onderbouw van het vmbo, extra taal- en rekenlessen en een vaste coach. De aanvraag voor een "
          "aanwijzing wordt door onze school, na aanmelding, ingediend bij het samenwerkingsverband. Het "
          "samenwerkingsverband beslist over de aanwijzing."),
    ("h1", "7 Wanneer wij handelingsverlegen zijn: vso en OPDC"),
    ("p", "Soms kunnen wij, ook met extra ondersteuning, niet bieden wat een leerling nodig heeft. In dat geval "
          "bespreken wij met ouders de mogelijkheden van een plaatsing in het OPDC De Overstap of in het "
          "voortgezet speciaal onderwijs. Voor het vso is een toelaatbaarheidsverklaring (TLV) nodig. De "
          "zorgcoördinator stelt het dossier samen en het bestuur vraagt de TLV aan bij het "
          "samenwerkingsverband. De procedure en de criteria zijn die van het samenwerkingsverband en staan in "
          "het Handboek Toewijzing van het samenwerkingsverband."),
    ("p", "Leerlingen die vanuit het vso of het OPDC naar onze school terugkeren, krijgen in het eerste jaar een "
          "vaste coach. De zorgcoördinator houdt contact met de school van herkomst."),
    ("h1", "8 Ouders"),
    ("p", "Ouders zijn onze partners. De mentor neemt binnen een week contact op met ouders als er zorgen zijn. "
          "Ouders worden uitgenodigd voor de leerlingbespreking als hun kind wordt besproken en ontvangen altijd "
          "het verslag. Informatie over de ondersteuning op school staat in de schoolgids en op de website. "
          "Voor onafhankelijk advies kunnen ouders terecht bij het Ouder- en Jeugdsteunpunt Groene Hart. Met "
          "klachten kunnen ouders terecht bij de vertrouwenspersoon of de klachtencommissie van het bestuur."),
    ("h1", "9 Middelen"),
    ("p", "De school ontvangt van het samenwerkingsverband middelen voor lichte ondersteuning en een "
          "schoolbudget voor extra ondersteuning. In 2025 bedraagt dat budget € 186.000. Wij besteden het aan "
          "de formatie van de trajectbegeleiders (1,6 fte), de orthopedagoog (0,5 fte), de faalangsttrainingen "
          "en de huiswerkbegeleiding. De teamleider zorg legt over de besteding jaarlijks verantwoording af aan "
          "de schoolleiding en het samenwerkingsverband."),
    ("h1", "10 Resultaten en evaluatie"),
    ("p", "In schooljaar 2024-2025 keerde 82% van de leerlingen uit het Trajectlokaal binnen twaalf weken "
          "volledig terug in de eigen klas. Geen enkele leerling van onze locatie werd langer dan vier weken "
          "thuiszitter. Drie leerlingen stroomden uit naar het vso en vijf naar het OPDC. Voor 2025-2026 is "
          "ons doel dat ten minste 85% van de leerlingen uit het Trajectlokaal binnen twaalf weken terugkeert. "
          "Het zorgteam evalueert dit plan in juni 2026."),
    ("h1", "11 Jaarplanning zorg"),
    ("table", [["Periode", "Activiteit"],
               ["September", "Kennismakingsgesprekken mentor-ouders; overdracht vanuit het basisonderwijs"],
               ["Oktober", "Screening leerjaar 1 (lezen, rekenen, sociaal-emotioneel)"],
               ["Januari", "Leerlingbesprekingen; evaluatie OPP's"],
               ["Maart", "Aanvragen lwoo en TLV voor nieuwe leerlingen"],
               ["Juni", "Evaluatie ondersteuningsplan; overdracht naar het volgende leerjaar"]]),
]


# ---------------------------------------------------------------------------------------------
# main
# ---------------------------------------------------------------------------------------------


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    render_docx(A_BLOCKS, OUT / "po-rijnstad-op-2025-2029.docx",
                header="Ondersteuningsplan 2025-2029 · PPO Rijnstad",
                footer="Passend Primair Onderwijs Rijnstad · Samen sterk voor ieder kind")
    render_docx(B_BLOCKS, OUT / "vo-zuidhaven-op-2025-2029.docx",
                header="SWV VO Zuidhaven · Ondersteuningsplan 2025-2029",
                footer="Iedere jongere een plek · www.swv-zuidhaven.example")
    docx_to_pdf(C_BLOCKS, OUT / "po-randmeren-op-2025-2029.pdf",
                header="SWV De Randmeren · Ondersteuningsplan 2025-2029",
                footer="PO 25-93")
    docx_to_pdf(D_BLOCKS, OUT / "vo-groenhartwest-koersplan-2025-2029.pdf",
                header="Koersplan passend onderwijs 2025-2029 · ondersteuningsplan op hoofdlijnen",
                footer="SWV VO Groene Hart-West · VO 26-94")
    render_html(E_BLOCKS, OUT / "po-bergstad-op-2025-2029.html",
                "Ondersteuningsplan 2025-2029 | Passend Onderwijs Bergstad")
    render_docx(F_BLOCKS, OUT / "vo-rijnlandcollege-schoolondersteuningsplan.docx",
                header="Rijnlandcollege Alphenwoude · Ondersteuningsplan 2025-2026",
                footer="aangesloten bij Samenwerkingsverband VO Groene Hart-West (VO 26-94)")
    for name, blocks in [("A", A_BLOCKS), ("B", B_BLOCKS), ("C", C_BLOCKS), ("D", D_BLOCKS),
                         ("E", E_BLOCKS), ("F", F_BLOCKS)]:
        print(name, wordcount(blocks), "words")


if __name__ == "__main__":
    main()
