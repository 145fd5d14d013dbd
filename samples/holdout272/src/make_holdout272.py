#!/usr/bin/env python3
"""Generate the holdout272 test set: five fictional ondersteuningsplannen (PO/VO) and one
near-miss document, each with a hand-written label file (<name>.expected.yaml).

Deterministic, no network. Output goes to the folder above this script's folder.
PDFs are rendered from a temporary .docx with LibreOffice (soffice --headless).
"""
import datetime
import html
import shutil
import subprocess
import tempfile
import zipfile
from pathlib import Path

import docx
from docx.shared import Pt

OUT = Path(__file__).resolve().parent.parent
FIXED_DATE = datetime.datetime(2025, 11, 3, 9, 0, 0)

# ---------------------------------------------------------------------------
# tiny document model: list of (kind, payload)
#   ("title", [lines]) ("toc", [entries]) ("h1", text) ("h2", text) ("p", text)
#   ("bullets", [items]) ("table", [[cells], ...])  first row = header
# ---------------------------------------------------------------------------


def render_docx(blocks, path, header_text, footer_text):
    d = docx.Document()
    d.core_properties.created = FIXED_DATE
    d.core_properties.modified = FIXED_DATE
    d.core_properties.author = "bureau samenwerkingsverband"
    d.core_properties.title = header_text
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    sec = d.sections[0]
    sec.header.paragraphs[0].text = header_text
    sec.footer.paragraphs[0].text = footer_text
    for kind, payload in blocks:
        if kind == "title":
            for i, line in enumerate(payload):
                p = d.add_paragraph()
                r = p.add_run(line)
                r.bold = i == 0
                r.font.size = Pt(22 if i == 0 else 13)
            d.add_page_break()
        elif kind == "toc":
            d.add_heading("Inhoudsopgave", level=1)
            for e in payload:
                d.add_paragraph(e)
            d.add_page_break()
        elif kind == "h1":
            d.add_heading(payload, level=1)
        elif kind == "h2":
            d.add_heading(payload, level=2)
        elif kind == "p":
            d.add_paragraph(payload)
        elif kind == "bullets":
            for item in payload:
                d.add_paragraph(item, style="List Bullet")
        elif kind == "table":
            t = d.add_table(rows=len(payload), cols=len(payload[0]))
            t.style = "Table Grid"
            for i, row in enumerate(payload):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = cell
                    if i == 0:
                        for r in t.cell(i, j).paragraphs[0].runs:
                            r.bold = True
            d.add_paragraph("")
        else:
            raise ValueError(kind)
    d.save(str(path))
    _fix_zip_dates(path)


def _fix_zip_dates(path):
    """Rewrite the .docx zip with fixed entry timestamps so the bytes are reproducible."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            info = zipfile.ZipInfo(name, date_time=(2025, 11, 3, 9, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)


def render_html(blocks, path, header_text, footer_text):
    esc = html.escape
    out = ["<!DOCTYPE html>", '<html lang="nl">', "<head>", '<meta charset="utf-8">',
           "<title>%s</title>" % esc(header_text), "</head>", "<body>",
           '<header class="site-header"><p>%s</p></header>' % esc(header_text), "<main>"]
    for kind, payload in blocks:
        if kind == "title":
            out.append('<section class="titelpagina">')
            out.append("<h1>%s</h1>" % esc(payload[0]))
            for line in payload[1:]:
                out.append("<p>%s</p>" % esc(line))
            out.append("</section>")
        elif kind == "toc":
            out.append('<nav class="inhoud"><h2>Inhoudsopgave</h2><ul>')
            out.extend("<li>%s</li>" % esc(e) for e in payload)
            out.append("</ul></nav>")
        elif kind == "h1":
            out.append("<h2>%s</h2>" % esc(payload))
        elif kind == "h2":
            out.append("<h3>%s</h3>" % esc(payload))
        elif kind == "p":
            out.append("<p>%s</p>" % esc(payload))
        elif kind == "bullets":
            out.append("<ul>" + "".join("<li>%s</li>" % esc(i) for i in payload) + "</ul>")
        elif kind == "table":
            out.append("<table border=\"1\">")
            for i, row in enumerate(payload):
                tag = "th" if i == 0 else "td"
                out.append("<tr>" + "".join("<%s>%s</%s>" % (tag, esc(c), tag) for c in row) + "</tr>")
            out.append("</table>")
    out.append("</main>")
    out.append('<footer class="site-footer"><p>%s</p></footer>' % esc(footer_text))
    out.append("</body></html>")
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


def render_pdf(blocks, path, header_text, footer_text):
    tmp = Path(tempfile.mkdtemp(prefix="holdout272_pdf_"))
    try:
        src = tmp / (path.stem + ".docx")
        render_docx(blocks, src, header_text, footer_text)
        profile = tmp / "lo_profile"
        subprocess.run(["soffice", "-env:UserInstallation=" + profile.as_uri(), "--headless",
                        "--convert-to", "pdf", "--outdir", str(tmp), str(src)],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
        shutil.move(str(tmp / (path.stem + ".pdf")), str(path))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def words(blocks):
    n = 0
    for kind, payload in blocks:
        if isinstance(payload, str):
            n += len(payload.split())
        elif kind == "table":
            n += sum(len(c.split()) for row in payload for c in row)
        else:
            n += sum(len(x.split()) for x in payload)
    return n


CORE = [
    "basisondersteuning.niveau", "basisondersteuning.inhoud",
    "plaatsing.procedure", "plaatsing.criteria",
    "terugstroom.procedure", "terugstroom.beleid",
    "financien.verdeling", "financien.besteding",
    "dekkend-aanbod.continuum", "dekkend-aanbod.lacunes",
    "resultaten.doelen", "resultaten.monitoring",
    "ouders.informatie", "ouders.steunpunt",
]
ELEMENTS = ["basisondersteuning", "plaatsing", "terugstroom", "financien", "dekkend-aanbod",
            "resultaten", "ouders"]


def status_from(criteria):
    """Part A rule; 'partial' needs something addressed, which the caller guarantees
    via advisory or one true core criterion."""
    st = {}
    for el in ELEMENTS:
        vals = [criteria[c] for c in CORE if c.startswith(el + ".")]
        st[el] = "present" if all(vals) else ("partial" if any(vals) else "missing")
    return st


def yq(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def write_label(name, documents, sector, criteria, advisory, notes, elements_override=None):
    lines = ["documents: [%s]" % ", ".join(documents)]
    if sector is None:
        lines += ["sector: po", "looks_like_plan: false", "elements: {}", "criteria: {}",
                  "advisory_addressed: {}", "notes:"]
        for k, v in notes.items():
            lines.append("  %s: %s" % (k, yq(v)))
    else:
        st = status_from(criteria)
        if elements_override:
            st.update(elements_override)
        lines.append("sector: %s" % sector)
        lines.append("looks_like_plan: true")
        lines.append("elements: {%s}" % ", ".join("%s: %s" % (e, st[e]) for e in ELEMENTS))
        lines.append("criteria:")
        for c in CORE:
            lines.append("  %s: %s" % (c, "true" if criteria[c] else "false"))
        lines.append("advisory_addressed:")
        for e in ELEMENTS:
            if advisory.get(e):
                lines.append("  %s: [%s]" % (e, ", ".join(advisory[e])))
        lines.append("notes:")
        for e in ELEMENTS:
            lines.append("  %s: %s" % (e, yq(notes[e])))
    (OUT / (name + ".expected.yaml")).write_text("\n".join(lines) + "\n", encoding="utf-8")


def crit(false_list):
    c = {k: True for k in CORE}
    for k in false_list:
        assert k in c, k
        c[k] = False
    return c


# ---------------------------------------------------------------------------
# shared filler (written so that it does not address any core criterion)
# ---------------------------------------------------------------------------

def f_governance(x):
    return [
        ("p", "{naam} is een stichting. In de stichting werken {besturen} schoolbesturen samen. Het "
              "bestuursmodel kent een scheiding tussen bestuur en toezicht: de directeur-bestuurder is "
              "belast met het besturen van de stichting, de Raad van Toezicht houdt toezicht en staat de "
              "directeur-bestuurder met raad terzijde. De Raad van Toezicht bestaat uit vijf leden, van "
              "wie drie worden voorgedragen door de aangesloten besturen en twee onafhankelijk zijn. De "
              "Algemene Vergadering van aangesloten besturen stelt de statuten vast, benoemt de leden van "
              "de Raad van Toezicht en keurt jaarlijks de begroting en de jaarrekening goed.".format(**x)),
        ("p", "De statuten bevatten een geschillenregeling voor geschillen tussen de aangesloten besturen "
              "onderling en tussen een bestuur en de stichting. In de vorige planperiode is van deze "
              "regeling geen gebruik gemaakt. De governancecode van de sector is leidend; eenmaal per jaar "
              "evalueert de Raad van Toezicht het eigen functioneren, in de regel onder begeleiding van een "
              "externe deskundige. De bestuurders van de aangesloten schoolbesturen ontmoeten elkaar daarnaast "
              "vier keer per jaar in het bestuurdersoverleg, waar beleidsvoorstellen worden voorbereid voordat "
              "zij aan de Algemene Vergadering worden voorgelegd."),
        ("p", "Het bureau van het samenwerkingsverband is gevestigd in {bureau}. Het bureau ondersteunt de "
              "directeur-bestuurder en voert de dagelijkse werkzaamheden uit: het secretariaat van de "
              "commissies, de financiële administratie (deels uitbesteed aan een administratiekantoor), de "
              "communicatie en het beheer van de gegevens. Het bureau is op werkdagen bereikbaar van 8.30 "
              "tot 16.30 uur; in de schoolvakanties geldt een beperkte bereikbaarheid.".format(**x)),
    ]


def f_personeel(x):
    return [
        ("p", "Het samenwerkingsverband heeft een klein eigen team. Op 1 augustus 2025 waren er {fte} fte in "
              "dienst, verdeeld over de directeur-bestuurder, een beleidsmedewerker, een "
              "controller (0,4 fte), een officemanager en een aantal orthopedagogen en consulenten. "
              "Voor een deel van de medewerkers geldt een detacheringsconstructie vanuit een van de "
              "aangesloten besturen. Dat maakt ons wendbaar, maar brengt ook afhankelijkheid met zich mee. "
              "In de planperiode onderzoeken we of we meer medewerkers in eigen dienst nemen.".format(**x)),
        ("p", "Net als de scholen merken wij de krapte op de arbeidsmarkt. Vacatures voor orthopedagogen en "
              "ervaren consulenten zijn lastig te vervullen. We investeren daarom in het opleiden van eigen "
              "mensen, bieden stageplaatsen aan studenten pedagogiek en werken met een vaste pool van "
              "externe deskundigen die we kunnen inschakelen bij pieken in het werk. Het verzuim onder onze "
              "medewerkers is laag (2,1 procent in 2024) en dat willen we zo houden. Ieder jaar voert de "
              "directeur-bestuurder met iedere medewerker een gesprek over ontwikkeling en welbevinden."),
        ("p", "Professionalisering richt zich in de komende jaren op drie thema's: het voeren van goede "
              "gesprekken in complexe situaties, het werken met de nieuwe registratieomgeving en het "
              "bijhouden van de ontwikkelingen in wet- en regelgeving. Medewerkers hebben een individueel "
              "scholingsbudget en nemen deel aan de intervisie die het bureau tweemaandelijks organiseert."),
    ]


def f_ict(x):
    return [
        ("p", "Voor de registratie van aanvragen, adviezen en besluiten gebruiken we een beveiligde digitale "
              "omgeving. Scholen hebben alleen toegang tot de gegevens van hun eigen leerlingen. "
              "Medewerkers werken met tweestapsverificatie; documenten worden niet per gewone e-mail "
              "verstuurd. In 2026 vervangen we het huidige systeem, omdat de leverancier de ondersteuning "
              "ervan beëindigt. Bij de keuze voor een nieuw systeem tellen gebruiksgemak voor de scholen, "
              "veiligheid en kosten het zwaarst."),
        ("p", "Het samenwerkingsverband verwerkt persoonsgegevens, waaronder gegevens over de gezondheid van "
              "leerlingen, voor zover dat nodig is voor de wettelijke taken. De Algemene verordening "
              "gegevensbescherming (AVG) is daarbij het kader. Wij hebben een functionaris "
              "gegevensbescherming aangesteld die wij delen met twee andere samenwerkingsverbanden. "
              "Gegevens die betrekking hebben op een besluit bewaren wij tot drie jaar na dat besluit; "
              "daarna worden zij vernietigd. Het privacyreglement is op verzoek verkrijgbaar bij het bureau. "
              "Datalekken worden gemeld en geregistreerd; in 2024 was er één melding, die geen gevolgen "
              "had voor betrokkenen."),
    ]


def f_totstandkoming(x, opr_detail=True):
    out = [
        ("p", "Dit ondersteuningsplan geldt voor de schooljaren {periode}, van 1 augustus {start} tot en met "
              "31 juli {eind}. Het plan is tot stand gekomen in een traject van ruim een jaar. We zijn "
              "begonnen met een evaluatie van het vorige plan in werksessies met directeuren en intern "
              "begeleiders. Daarna heeft een schrijfgroep de hoofdstukken opgesteld, die in "
              "meerdere rondes zijn besproken in het bestuurdersoverleg.".format(**x)),
        ("table", [["Stap", "Datum"],
                   ["Concept besproken in bestuurdersoverleg", "{d1}".format(**x)],
                   ["Op overeenstemming gericht overleg (OOGO) met de gemeenten", "{d2}".format(**x)],
                   ["Overleg met het samenwerkingsverband {ander}".format(**x), "{d3}".format(**x)],
                   ["Instemming ondersteuningsplanraad", "{d4}".format(**x)],
                   ["Vaststelling door de directeur-bestuurder na goedkeuring RvT", "{d5}".format(**x)],
                   ["Toezending aan de Inspectie van het Onderwijs", "vóór 1 mei {start}".format(**x)]]),
    ]
    if opr_detail:
        out.append(("p", "De ondersteuningsplanraad (OPR) heeft instemmingsrecht op het ondersteuningsplan. "
                         "De OPR bestaat uit {opr} leden: de helft is ouder van een leerling op een van de "
                         "aangesloten scholen, de andere helft werkt op een van de scholen. De leden worden "
                         "afgevaardigd vanuit de medezeggenschapsraden. De OPR is vanaf het begin bij de "
                         "totstandkoming van dit plan betrokken geweest en heeft in twee themabijeenkomsten "
                         "meegedacht over de keuzes die we hebben gemaakt.".format(**x)))
    else:
        out.append(("p", "De ondersteuningsplanraad heeft op {d4} met het plan ingestemd. Het plan wordt "
                         "na vaststelling toegezonden aan de Inspectie van het Onderwijs en op de website "
                         "geplaatst. Wijzigingen tijdens de planperiode leggen we opnieuw ter instemming "
                         "voor.".format(**x)))
    return out


def f_regio(x):
    return [
        ("p", "Ons werkgebied omvat de gemeenten {gemeenten}. Het is een gebied met {karakter}. In het "
              "werkgebied staan {scholen} scholen voor primair onderwijs, waarvan {sbo} school (of scholen) "
              "voor speciaal basisonderwijs en {so} locaties voor speciaal onderwijs. Samen tellen de "
              "scholen op de teldatum 1 oktober 2024 ongeveer {lln} leerlingen.".format(**x)),
        ("p", "Het leerlingaantal in de regio daalt licht. De prognoses laten tot 2030 een verdere daling "
              "zien van ongeveer vier procent, met grote verschillen tussen de kernen: in de grotere "
              "plaatsen blijft het aantal leerlingen ongeveer gelijk, in de kleinere dorpen staan scholen "
              "onder druk. Voor een aantal kleine scholen betekent dat dat zij nadenken over samenwerking of "
              "fusie. Dat heeft ook gevolgen voor het samenwerkingsverband, omdat kleine scholen minder "
              "makkelijk eigen expertise kunnen opbouwen."),
        ("p", "De schoolbesturen verschillen sterk in omvang: het grootste bestuur heeft meer dan twintig "
              "scholen, de kleinste besturen hebben één school. Er zijn openbare, protestants-christelijke, "
              "katholieke en algemeen bijzondere scholen, en één school op reformatorische grondslag. Die "
              "verscheidenheid zien we als een kracht: ouders hebben in de regio echt iets te kiezen."),
    ]


def f_visie(x):
    return [
        ("p", "Onze visie is kort samen te vatten: {motto} Ieder kind heeft recht op goed onderwijs, zo dicht "
              "mogelijk bij huis, samen met leeftijdgenoten uit de eigen buurt of het eigen dorp. Waar dat "
              "niet lukt, zoeken we samen naar een andere passende plek. Dat doen we niet vanuit regels, "
              "maar vanuit vertrouwen in elkaar en in de professionals op de scholen.".format(**x)),
        ("p", "Onze missie is dat de scholen in ons werkgebied samen verantwoordelijkheid nemen voor alle "
              "kinderen. Wij zijn er om de scholen daarbij te helpen: we verbinden, we denken mee en we "
              "maken middelen beschikbaar. We willen geen extra laag bureaucratie zijn. Het "
              "samenwerkingsverband is van de scholen en voor de scholen."),
        ("p", "Vier kernwaarden zijn leidend in ons werk: nabij, samen, eenvoudig en eerlijk. Nabij "
              "betekent dat hulp zo dicht mogelijk bij het kind en de leerkracht wordt georganiseerd. Samen "
              "betekent dat we het met elkaar doen: scholen, besturen, gemeenten en partners. Eenvoudig "
              "betekent dat we procedures zo licht mogelijk houden. Eerlijk betekent dat we transparant zijn "
              "over wat wel en wat niet kan."),
    ]


def f_kennis(x):
    return [
        ("p", "Kennisdeling tussen scholen is een van de sterke kanten van onze regio. Het samenwerkingsverband "
              "faciliteert netwerken waarin professionals van verschillende scholen elkaar ontmoeten, zoals "
              "het netwerk intern begeleiders, het netwerk gedragsspecialisten en het netwerk "
              "taal-/leesspecialisten. De netwerken komen vier tot zes keer per jaar bijeen en bepalen zelf "
              "hun agenda. Het bureau zorgt voor een locatie en een budget voor sprekers."),
        ("p", "Eén keer per jaar organiseren we een regionale studiedag, meestal in oktober. Het thema "
              "wordt gekozen door een programmagroep met vertegenwoordigers van scholen en besturen. In de "
              "afgelopen jaren ging het onder meer over gedrag in de klas, executieve functies en "
              "samenwerken met jeugdhulp. De studiedag wordt goed bezocht en gewaardeerd."),
    ]


def f_ontwikkelingen(x):
    return [
        ("p", "Passend onderwijs bestaat sinds 1 augustus 2014. De landelijke evaluatie van 2020 liet zien dat "
              "de invoering op veel punten verbeteringen heeft gebracht, maar ook dat de verwachtingen soms te "
              "hoog waren. Het kabinet heeft daarop een verbeteraanpak ingezet met een groot aantal "
              "maatregelen, en de ambitie uitgesproken dat het onderwijs in 2035 zo inclusief mogelijk is. "
              "Die ambitie onderschrijven wij, al realiseren we ons dat de weg ernaartoe lang is en dat niet "
              "alles in één planperiode kan."),
        ("p", "Daarnaast spelen in de komende jaren ontwikkelingen die niet direct over passend onderwijs "
              "gaan, maar er wel grote invloed op hebben: het lerarentekort, de krimp in een deel van de "
              "kernen, de wachttijden in de jeugdzorg en de toenemende druk op gezinnen door de gestegen "
              "kosten van levensonderhoud. Scholen merken dat zij vaker worden aangesproken op zaken die "
              "eigenlijk buiten het onderwijs liggen. Wij willen de scholen helpen om daarin grenzen te "
              "stellen, zonder dat kinderen daar de dupe van worden."),
        ("p", "Ook de wetgeving verandert. Er is een wetsvoorstel in voorbereiding over de positie van "
              "leerlingen in het passend onderwijs, en het ministerie werkt aan een landelijke norm. Wij "
              "volgen die ontwikkelingen via de sectororganisaties en passen het plan aan waar dat nodig is."),
    ]


def f_communicatie_scholen(x):
    return [
        ("p", "Voor de scholen en besturen zijn we goed bereikbaar. Iedere school heeft een vaste "
              "contactpersoon bij het bureau, die minimaal drie keer per jaar op school komt. Zes keer per "
              "jaar verschijnt een digitale nieuwsbrief voor directeuren en intern begeleiders, met "
              "nieuws uit het samenwerkingsverband, data van netwerkbijeenkomsten en praktische tips. Het "
              "besloten deel van de website bevat formulieren, handleidingen en de verslagen van het "
              "bestuurdersoverleg. Bij grote wijzigingen organiseren we een informatiebijeenkomst voor "
              "directeuren. We meten eens per twee jaar hoe tevreden scholen zijn over onze bereikbaarheid "
              "en dienstverlening; in 2024 gaven de directeuren gemiddeld een 7,6."),
    ]


def f_integriteit(x):
    return [
        ("p", "Het samenwerkingsverband heeft een integriteitscode die geldt voor bestuur, toezicht en "
              "medewerkers. Nevenfuncties van de directeur-bestuurder en de leden van de Raad van Toezicht "
              "worden gemeld en in het jaarverslag vermeld. Er is een regeling voor het melden van "
              "vermoedens van een misstand; meldingen kunnen worden gedaan bij de voorzitter van de Raad van "
              "Toezicht of bij een externe vertrouwenspersoon voor medewerkers. Opdrachten boven de "
              "aanbestedingsgrens worden openbaar aanbesteed; voor kleinere opdrachten vragen we ten minste "
              "drie offertes op. Zo willen we ook in de bedrijfsvoering laten zien dat we zorgvuldig omgaan "
              "met publiek geld."),
    ]


def f_mr_bureau(x):
    return [
        ("p", "Naast de ondersteuningsplanraad heeft het samenwerkingsverband een eigen "
              "medezeggenschapsraad voor het personeel van het bureau. Deze raad bestaat uit twee leden en "
              "heeft instemmings- en adviesrecht op zaken die de medewerkers van het bureau betreffen, zoals "
              "het formatieplan, het werkverdelingsplan en de arbeidsomstandigheden. De raad komt vier keer "
              "per jaar bijeen met de directeur-bestuurder."),
    ]


def f_risico(x):
    return [
        ("p", "Ieder jaar maken we een risico-inventarisatie. De belangrijkste risico's voor de komende "
              "periode zijn een sterkere daling van het leerlingaantal dan verwacht, een stijging van het "
              "aantal leerlingen in het so (waardoor de afdrachten stijgen), de uitval van sleutelpersonen "
              "in het kleine bureauteam en de afhankelijkheid van één softwareleverancier. Voor ieder risico "
              "is een beheersmaatregel benoemd en een eigenaar aangewezen. De Raad van Toezicht bespreekt de "
              "risico-inventarisatie jaarlijks in het voorjaar."),
    ]


def f_overstap(x):
    return [
        ("p", "De overstap van het primair naar het voortgezet onderwijs is een kwetsbaar moment, zeker voor "
              "leerlingen met een ondersteuningsbehoefte. Met het samenwerkingsverband {ander} zijn "
              "afspraken gemaakt over een warme overdracht: voor iedere leerling met een OPP of arrangement "
              "vindt vóór 1 april een gesprek plaats tussen de basisschool, de vo-school en ouders. Leerlingen "
              "die dat nodig hebben, krijgen extra wenmomenten op de nieuwe school. Eens per jaar evalueren "
              "we de afspraken samen met de scholen.".format(**x)),
    ]


def f_begrippen(x, extra=()):
    rows = [["Begrip", "Omschrijving"],
            ["Basisondersteuning", "Het afgesproken niveau van ondersteuning dat alle scholen binnen het "
                                   "samenwerkingsverband bieden, onder meer preventieve en licht curatieve "
                                   "interventies."],
            ["Dekkend aanbod", "Het geheel van voorzieningen waarmee voor ieder kind een passende plek "
                               "beschikbaar is; geen thuiszitters."],
            ["OJSP", "Ouder- en jeugdsteunpunt: onafhankelijke plek waar ouders en jeugdigen terecht kunnen."],
            ["OOGO", "Op overeenstemming gericht overleg tussen samenwerkingsverband en gemeenten."],
            ["OPP", "Ontwikkelingsperspectiefplan."],
            ["OPR", "Ondersteuningsplanraad."],
            ["SBO / SO", "Speciaal basisonderwijs / speciaal onderwijs."],
            ["SOP", "Schoolondersteuningsprofiel."],
            ["Terugplaatsing", "Overstap van een leerling van het s(b)o naar het reguliere onderwijs."],
            ["TLV", "Toelaatbaarheidsverklaring; bepaalt of een leerling toelaatbaar is tot sbo of so."],
            ["Verdeelmodel", "Afspraken over de verdeling van de ondersteuningsmiddelen."]]
    rows += list(extra)
    return [("h1", "Bijlage 1 Begrippen- en afkortingenlijst"), ("table", rows)]


# ---------------------------------------------------------------------------
# Plan 1: PO, docx. Kempen-Oost
# ---------------------------------------------------------------------------

def plan1():
    x = dict(naam="Samenwerkingsverband Passend Primair Onderwijs Kempen-Oost", besturen="zes",
             bureau="Bladel", fte="7,8", periode="2026-2027 tot en met 2029-2030", start="2026", eind="2030",
             d1="9 september 2025", d2="18 november 2025", d3="2 december 2025", d4="20 januari 2026",
             d5="10 februari 2026", ander="VO Kempen", opr="acht",
             gemeenten="Bergeijk, Bladel, Eersel en Reusel-De Mierden",
             karakter="een landelijk karakter, veel kleine kernen en een sterke onderlinge betrokkenheid",
             scholen="38", sbo="één", so="twee", lln="6.900",
             motto="'Elk kind telt, in de eigen kern als het kan.'")
    toc = ["Voorwoord", "1 Inleiding en leeswijzer", "2 Onze regio", "3 Visie en missie",
           "4 Basisondersteuning", "5 Ondersteuningsniveaus en arrangementen", "6 Toelaatbaarheid",
           "7 Terugplaatsing en overplaatsing", "8 Thuiszitters en dekkend netwerk",
           "9 Samenwerking met gemeenten", "10 Communicatie", "11 Geld en middelen",
           "12 Resultaten en kwaliteitszorg", "13 Organisatie en governance", "14 Personeel en ICT",
           "15 Totstandkoming en planning", "Bijlage 1 Begrippen- en afkortingenlijst"]
    b = [("title", ["Ondersteuningsplan 2026-2030",
                    "Samenwerkingsverband Passend Primair Onderwijs Kempen-Oost (PO 30-12)",
                    "Basisondersteuning – toelaatbaarheid – terugplaatsing – middelen – ouders",
                    "Vastgesteld op 10 februari 2026"]),
         ("toc", toc),
         ("h1", "Voorwoord"),
         ("p", "Voor u ligt het derde ondersteuningsplan van ons samenwerkingsverband. Wie de vorige plannen "
               "naast dit plan legt, ziet dat er veel is veranderd. In 2014 moesten we elkaar nog leren kennen; "
               "inmiddels weten scholen elkaar te vinden en is er een stevig fundament. We zijn trots op de "
               "resultaten die de scholen de afgelopen jaren samen hebben geboekt, en we zijn ons ervan "
               "bewust dat er nog genoeg te doen is."),
         ("p", "Dit plan is geschreven door de medewerkers van het bureau, samen met directeuren, intern "
               "begeleiders, bestuurders en de leden van de ondersteuningsplanraad. Ook ouders hebben via de "
               "OPR meegelezen. Veel dank aan iedereen die heeft meegedacht, meegeschreven en kritische "
               "vragen heeft gesteld. Dit plan is van ons allemaal."),
         ("p", "Marieke van den Heuvel, directeur-bestuurder"),
         ("h1", "1 Inleiding en leeswijzer"),
         ("p", "Ieder samenwerkingsverband stelt minimaal eens in de vier jaar een ondersteuningsplan op. "
               "In het plan beschrijven we hoe we ervoor zorgen dat alle kinderen in onze regio een zo "
               "passend mogelijke plek in het onderwijs krijgen. Het plan is bedoeld voor schoolbesturen, "
               "scholen, gemeenten, de inspectie en ouders. We hebben geprobeerd het zo te schrijven dat het "
               "voor iedereen leesbaar is."),
         ("p", "Na de beschrijving van onze regio en onze visie gaan we in hoofdstuk 4 en 5 in op de "
               "ondersteuning die scholen bieden. Hoofdstuk 6 gaat over toelaatbaarheid tot het speciaal "
               "(basis)onderwijs, hoofdstuk 7 over terugplaatsing. Daarna volgen de samenwerking met "
               "gemeenten, de communicatie en de financiën. Het plan sluit af met organisatie, personeel en "
               "de planning. Achterin vindt u een begrippenlijst."),
         ("h1", "2 Onze regio")]
    b += f_regio(x)
    b += [("h1", "3 Visie en missie")]
    b += f_visie(x)
    b += [("h1", "4 Basisondersteuning"),
          ("p", "Basisondersteuning is de ondersteuning die iedere school in ons samenwerkingsverband biedt "
                "aan ieder kind dat dat nodig heeft, zonder dat daarvoor iets aangevraagd hoeft te worden. "
                "De zes schoolbesturen hebben afgesproken dat elke vestiging – van de kleinste dorpsschool "
                "met 45 leerlingen tot de grootste school in Bladel – ten minste de onderstaande tien "
                "standaarden waarmaakt. Dit is de ondergrens; scholen mogen meer bieden en doen dat ook. "
                "Wat een school boven deze ondergrens biedt, staat in het schoolondersteuningsprofiel."),
          ("p", "De tien standaarden van de basisondersteuning in Kempen-Oost:"),
          ("bullets", ["Elke school heeft een intern begeleider met minimaal één dag per week per 150 "
                       "leerlingen, die de ondersteuningsstructuur coördineert.",
                       "Elke school werkt handelingsgericht: de groepsleerkracht brengt twee keer per jaar de "
                       "onderwijsbehoeften van zijn of haar groep in kaart en stemt het aanbod daarop af.",
                       "Elke school heeft een dyslexieprotocol en een dyscalculieprotocol en werkt daarnaar, "
                       "inclusief vroegtijdige signalering vanaf groep 2.",
                       "Elke school biedt verlengde instructie en extra oefentijd in kleine groepjes voor "
                       "kinderen die daar behoefte aan hebben.",
                       "Elke school biedt een verrijkingsaanbod voor kinderen die meer aankunnen, binnen de "
                       "eigen groep.",
                       "Elke school werkt met een methode of programma voor sociaal-emotionele ontwikkeling en "
                       "heeft een gedragsprotocol.",
                       "Elke school heeft een aanpak voor kinderen met een taalachterstand of een andere "
                       "thuistaal.",
                       "Elke school kan een ontwikkelingsperspectiefplan opstellen en uitvoeren.",
                       "Elke school kan eenvoudige medische handelingen laten uitvoeren volgens het protocol "
                       "medisch handelen van het bestuur.",
                       "Elke school heeft een ondersteuningsteam dat ten minste zes keer per jaar bijeenkomt, "
                       "waarin naast school ook de consulent van het samenwerkingsverband en het lokale "
                       "team zitten."]),
          ("p", "Om te weten of scholen de standaarden halen, vult elke school om het jaar de kwaliteitskaart "
                "basisondersteuning in. De consulent bespreekt de kaart met de directeur en de intern "
                "begeleider. Haalt een school een standaard niet, dan maakt de school een verbeterplan met "
                "een termijn van maximaal één schooljaar; het bestuur van de school is daarvoor "
                "verantwoordelijk en meldt de voortgang aan het bestuurdersoverleg."),
          ("h1", "5 Ondersteuningsniveaus en arrangementen"),
          ("p", "De ondersteuning in Kempen-Oost is opgebouwd in vijf niveaus. Niveau 1 en 2 vallen binnen de "
                "basisondersteuning, niveau 3 tot en met 5 zijn extra ondersteuning. Samen vormen deze "
                "niveaus een samenhangend geheel, waarin een kind zo min mogelijk hoeft te wisselen van "
                "school."),
          ("table", [["Niveau", "Wat", "Waar"],
                     ["1", "Goed onderwijs in de groep, afgestemd op verschillen", "Eigen school"],
                     ["2", "Extra zorg in de groep en in kleine groepjes (basisondersteuning)", "Eigen school"],
                     ["3", "Arrangement op de eigen school met inzet van expertise of middelen van het SWV",
                      "Eigen school"],
                     ["4", "Bovenschoolse voorziening: de Kempenklas (gedrag, groep 3-8) en de "
                           "Plusklas Kempen-Oost (meer- en hoogbegaafd), deeltijd", "Bladel en Eersel"],
                     ["5", "Speciaal basisonderwijs (SBO De Wegwijzer) of speciaal onderwijs (cluster 3 en 4)",
                      "Bladel, Eindhoven, Veldhoven"]]),
          ("p", "Een arrangement op niveau 3 wordt aangevraagd door de school, na bespreking in het "
                "ondersteuningsteam. De consulent beoordeelt de aanvraag en kent het arrangement toe voor "
                "maximaal een schooljaar. Een arrangement kan bestaan uit extra handen in de klas, inzet van "
                "een specialist, een aangepast programma of een combinatie daarvan. Voor niveau 4 en 5 "
                "gelden aparte routes, die in de volgende hoofdstukken worden beschreven."),
          ("p", "Voor kinderen die cluster 1 of 2 ondersteuning nodig hebben, werken we samen met de landelijke "
                "instellingen Visio, Bartiméus, Kentalis en Auris. Zij hebben hun eigen indicatiestelling; "
                "het samenwerkingsverband is daarbij niet betrokken."),
          ("h1", "6 Toelaatbaarheid"),
          ("h2", "6.1 Wie vraagt aan"),
          ("p", "Als een kind is aangewezen op speciaal basisonderwijs of speciaal onderwijs, is een "
                "toelaatbaarheidsverklaring (TLV) van het samenwerkingsverband nodig. De aanvraag wordt "
                "gedaan door het bevoegd gezag van de school waar het kind staat ingeschreven, in de praktijk "
                "de directeur of intern begeleider namens het bestuur. Voor kinderen die nog niet op een "
                "school zitten (bijvoorbeeld jonge kinderen vanuit een kinderdagcentrum) doet de school "
                "voor speciaal onderwijs waar het kind is aangemeld de aanvraag."),
          ("h2", "6.2 Stappen"),
          ("bullets", ["Stap 1: de school bespreekt het kind in het ondersteuningsteam, met ouders en de "
                       "consulent, en stelt vast dat de mogelijkheden van de school en van een arrangement "
                       "onvoldoende zijn.",
                       "Stap 2: de school dient via het digitale loket een aanvraag in met het groeidocument, "
                       "het OPP met de evaluatie daarvan, het onderwijskundig rapport en de zienswijze van de "
                       "ouders.",
                       "Stap 3: twee deskundigen brengen ieder een eigen schriftelijk advies uit: een "
                       "orthopedagoog of psycholoog en, afhankelijk van het kind, een tweede deskundige "
                       "(kinderpsychiater, maatschappelijk werker, arts of pedagoog). De deskundigen zijn niet "
                       "betrokken geweest bij de aanvraag.",
                       "Stap 4: de Commissie Toelaatbaarheid van het samenwerkingsverband besluit binnen zes "
                       "weken na ontvangst van de volledige aanvraag. Ouders en school krijgen het besluit en "
                       "de adviezen van de deskundigen schriftelijk."]),
          ("h2", "6.3 Criteria"),
          ("p", "Een kind is toelaatbaar tot het speciaal basisonderwijs als aan alle volgende voorwaarden is "
                "voldaan: (a) de school heeft ten minste een half jaar planmatig gewerkt met een OPP en de "
                "ondersteuningsbehoefte overstijgt wat de school met een arrangement kan bieden; (b) het kind "
                "heeft behoefte aan een kleinere groep en een intensieve, langdurige aanpassing van instructie "
                "of pedagogisch klimaat; (c) er is een perspectief op uitstroom naar het voortgezet onderwijs "
                "dat binnen het sbo beter bereikt kan worden dan in het reguliere onderwijs."),
          ("p", "Een kind is toelaatbaar tot het speciaal onderwijs als, naast voorwaarde (a), sprake is van "
                "een ernstige beperking in de leerbaarheid (cluster 3, bijvoorbeeld ZML) of van ernstige "
                "gedrags- of psychiatrische problematiek waarvoor een combinatie van onderwijs en zorg nodig "
                "is (cluster 4), die ook in het sbo niet kan worden geboden. De bekostigingscategorie (laag, "
                "midden of hoog) volgt uit de ondersteuningsbehoefte en wordt door de commissie op advies van "
                "de deskundigen vastgesteld."),
          ("h2", "6.4 Duur"),
          ("p", "Een TLV voor het sbo wordt in de regel afgegeven tot het einde van de basisschoolperiode. Een "
                "TLV voor het so wordt afgegeven voor twee schooljaren, of tot het einde van het schooljaar "
                "waarin het kind twaalf wordt als dat eerder is. Bij een ernstige meervoudige beperking kan "
                "een TLV voor langere duur worden afgegeven."),
          ("h2", "6.5 Bezwaar"),
          ("p", "Ouders en school die het niet eens zijn met een besluit kunnen binnen zes weken bezwaar maken "
                "bij het samenwerkingsverband. Het samenwerkingsverband is aangesloten bij de Landelijke "
                "Bezwaaradviescommissie Toelaatbaarheidsverklaringen, die het bestuur adviseert over het "
                "bezwaar."),
          ("h2", "6.6 Na de TLV: ons uitgangspunt"),
          ("p", "Een plek in het speciaal (basis)onderwijs is voor veel kinderen de beste plek, maar niet "
                "altijd voor altijd. Wij willen dat kinderen die dat aankunnen terugkeren naar een reguliere "
                "school, bij voorkeur in de eigen kern. Terugplaatsing is aan de orde als het kind zich zo "
                "heeft ontwikkeld dat de ondersteuningsbehoefte binnen de basisondersteuning plus een "
                "arrangement kan worden opgevangen, en als er een school is die het kind met vertrouwen kan "
                "ontvangen. Een kind gaat nooit terug zonder begeleiding: de ontvangende school krijgt een "
                "terugplaatsingsarrangement van één schooljaar, waarin een ambulant begeleider van de sbo- "
                "of so-school het kind en de leerkracht ondersteunt. Daarvoor is maximaal € 3.500 per kind "
                "beschikbaar. Ook een overstap naar een andere vorm van speciaal onderwijs valt onder dit "
                "uitgangspunt."),
          ("h1", "7 Terugplaatsing en overplaatsing"),
          ("p", "Het beleid voor terugplaatsing staat in paragraaf 6.6. Wie in de praktijk het initiatief "
                "neemt, op welke momenten het perspectief van het kind wordt geëvalueerd en hoe het besluit "
                "wordt genomen, gaan we in de loop van schooljaar 2026-2027 samen met SBO De Wegwijzer en de "
                "so-scholen vastleggen in een werkwijze. Tot die tijd maken de scholen per kind afspraken."),
          ("h1", "8 Thuiszitters en dekkend netwerk"),
          ("p", "Elk kind hoort op school. Dat klinkt vanzelfsprekend, maar ook in onze regio zijn er "
                "kinderen die (tijdelijk) niet naar school gaan. Wij vinden dat niet acceptabel. Thuiszitters "
                "zijn een gezamenlijke zorg van scholen, samenwerkingsverband en gemeenten."),
          ("p", "Hoe we ontbrekend aanbod en thuiszitters structureel gaan signaleren en aanpakken, werken we "
                "in 2026-2027 uit met de gemeenten en leerplicht. Dat plan van aanpak maakt geen deel uit van "
                "dit ondersteuningsplan; het wordt na instemming van de OPR als addendum toegevoegd."),
          ("h1", "9 Samenwerking met gemeenten"),
          ("p", "De vier gemeenten en het samenwerkingsverband werken samen op het snijvlak van onderwijs en "
                "jeugdhulp. Over dit ondersteuningsplan is op 18 november 2025 op overeenstemming gericht "
                "overleg gevoerd. De gemeenten hebben geen bezwaren ingebracht. Aan de OOGO-tafel bespraken "
                "we onder meer leerlingenvervoer, onderwijshuisvesting en jeugdhulp."),
          ("p", "Concreet hebben we afgesproken dat in ieder ondersteuningsteam een medewerker van het lokale "
                "team van de gemeente zit, zodat een kind en gezin niet van loket naar loket hoeven. Voor "
                "kinderen die zowel onderwijs als zorg nodig hebben, kunnen school, zorgaanbieder en gemeente "
                "een onderwijs-zorgarrangement afspreken; de gemeente betaalt het zorgdeel, het "
                "samenwerkingsverband het onderwijsdeel. In 2025 liepen er zeven van zulke arrangementen."),
          ("h1", "10 Communicatie"),
          ("p", "Goede communicatie is voor een samenwerkingsverband onmisbaar. Voor scholen verschijnt zes keer "
                "per jaar een digitale nieuwsbrief en er is een besloten deel van de website met formulieren "
                "en handleidingen. Besturen worden geïnformeerd via het bestuurdersoverleg."),
          ("p", "Ouders informeren we over de ondersteuning in de regio via de ouderpagina op onze website, "
                "waar per school het schoolondersteuningsprofiel staat en waar in gewone taal wordt uitgelegd "
                "wat basisondersteuning is, wat een arrangement is en hoe een TLV werkt. Elke school geeft bij "
                "de intake de folder 'Passend onderwijs in Kempen-Oost' mee, die beschikbaar is in het "
                "Nederlands, Engels, Pools en Arabisch. De schoolgids van elke school verwijst naar deze "
                "informatie. Eén keer per jaar organiseren we een informatieavond voor ouders."),
          ("p", "Soms hebben ouders vragen die ze liever niet met de school bespreken, of zijn ze het niet eens "
                "met de school of met ons. Ouders kunnen dan terecht bij het onafhankelijke ouder- en "
                "jeugdsteunpunt Kempenkompas, dat telefonisch, per e-mail en met een spreekuur in de "
                "bibliotheek van Bladel bereikbaar is. Het steunpunt staat los van de scholen en van het "
                "samenwerkingsverband. Daarnaast kunnen ouders kosteloos een beroep doen op de "
                "Onderwijsconsulenten en bij geschillen over toelating, verwijdering of het OPP op de "
                "Geschillencommissie passend onderwijs."),
          ("h1", "11 Geld en middelen"),
          ("p", "Het samenwerkingsverband ontvangt van het Rijk het budget voor lichte en zware ondersteuning. "
                "Van dat budget houdt DUO eerst de bedragen in voor de leerlingen die met een TLV het so "
                "bezoeken. Ook de afdracht aan het sbo boven de 2 procent betalen wij. Wat daarna overblijft "
                "verdelen we volgens het volgende model, dat door de Algemene Vergadering is vastgesteld:"),
          ("bullets", ["Iedere vestiging ontvangt een vaste voet van € 6.000 per jaar.",
                       "Daarnaast ontvangt ieder bestuur € 165 per leerling, op basis van het aantal "
                       "leerlingen op de teldatum 1 oktober van het voorgaande jaar.",
                       "Arrangementen op niveau 3 en de bovenschoolse voorzieningen op niveau 4 worden "
                       "bekostigd uit een centraal budget dat door de consulenten wordt toegekend.",
                       "Het resterende deel dekt de kosten van het bureau, de commissie en de deskundigen."]),
          ("p", "De besturen verantwoorden jaarlijks in hun bestuursverslag in een aparte paragraaf hoe zij "
                "de ontvangen middelen hebben ingezet. Het samenwerkingsverband houdt een "
                "weerstandsvermogen aan van maximaal 5 procent van de baten; het deel daarboven wordt in de "
                "planperiode ingezet voor het centrale arrangementenbudget."),
          ("table", [["Meerjarenbegroting (x € 1.000)", "2026", "2027", "2028", "2029"],
                     ["Baten rijksbijdrage ondersteuning", "7.420", "7.350", "7.290", "7.230"],
                     ["Afdrachten so (DUO)", "2.310", "2.290", "2.280", "2.270"],
                     ["Afdracht sbo boven 2%", "420", "410", "400", "395"],
                     ["Vaste voet vestigingen", "228", "228", "222", "222"],
                     ["Bedrag per leerling naar besturen", "1.139", "1.120", "1.104", "1.090"],
                     ["Arrangementen niveau 3", "1.350", "1.360", "1.360", "1.350"],
                     ["Kempenklas en Plusklas (niveau 4)", "980", "990", "990", "980"],
                     ["Terugplaatsingsarrangementen", "35", "40", "40", "40"],
                     ["Bureau, commissie en deskundigen", "890", "900", "905", "910"],
                     ["Saldo", "78", "12", "-11", "-27"]]),
          ("h1", "12 Resultaten en kwaliteitszorg"),
          ("p", "Wij vinden het belangrijk om te leren van wat we doen. De uitwerking van onze kwaliteitszorg, "
                "inclusief de doelen voor deze planperiode en de wijze waarop we die volgen, is opgenomen in "
                "het Kwaliteitshandboek (bijlage 6). Het handboek wordt na vaststelling van dit plan "
                "geactualiseerd."),
          ("h1", "13 Organisatie en governance")]
    b += f_governance(x)
    b += [("h1", "14 Personeel en ICT")]
    b += f_personeel(x) + f_ict(x)
    b += [("h2", "Kennisdeling")] + f_kennis(x)
    b += [("h1", "15 Totstandkoming en planning")]
    b += f_totstandkoming(x)
    b += f_begrippen(x)
    name = "po-kempen-oost-ondersteuningsplan-2026-2030"
    render_docx(b, OUT / (name + ".docx"), "Ondersteuningsplan 2026-2030 | SWV PO Kempen-Oost",
                "Kempen-Oost – resultaten, ouders, middelen, terugplaatsing")
    c = crit(["terugstroom.procedure", "dekkend-aanbod.lacunes", "resultaten.doelen",
              "resultaten.monitoring"])
    adv = {"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
           "financien": ["reserves", "verantwoording"], "dekkend-aanbod": ["ketenpartners"],
           "ouders": ["betrokkenheid"]}
    notes = {
        "basisondersteuning": "H4: schoolbesturen agreed ten standaarden as ondergrens for every vestiging, listed; kwaliteitskaart for borging.",
        "plaatsing": "H6: who applies, 4 steps, Commissie Toelaatbaarheid within 6 weeks, sbo/so criteria (6.3), two deskundigen, duration, LBT bezwaar.",
        "terugstroom": "Policy (aim, conditions, terugplaatsingsarrangement EUR 3.500) hidden in 6.6 inside the TLV chapter; H7 defers the procedure (initiative, evaluation moments, decision) to 2026-2027.",
        "financien": "Under 'Geld en middelen' (H11): verdeelmodel with vaste voet EUR 6.000 and EUR 165 per leerling; meerjarenbegroting table 2026-2029.",
        "dekkend-aanbod": "H5 continuum table niveau 1-5 incl. Kempenklas/Plusklas/sbo/so; H8 on thuiszitters and ontbrekend aanbod is only a statement plus deferral to an addendum.",
        "resultaten": "H12 only refers to an absent Kwaliteitshandboek (bijlage 6); no goals or monitoring anywhere (voorwoord 'trots op de resultaten' is a passing mention).",
        "ouders": "Inside H10 'Communicatie': ouderpagina, folder in 4 languages, info evening; independent OJSP Kempenkompas, Onderwijsconsulenten, Geschillencommissie.",
    }
    write_label(name, [name + ".docx"], "po", c, adv, notes)
    return name, b


# ---------------------------------------------------------------------------
# Plan 2: PO, docx. Noordoost-Fryslan
# ---------------------------------------------------------------------------

def plan2():
    x = dict(naam="Stichting Passend Primair Onderwijs Noardeast-Fryslân", besturen="negen",
             bureau="Dokkum", fte="11,2", periode="2026-2027 tot en met 2029-2030", start="2026", eind="2030",
             d1="24 september 2025", d2="4 december 2025", d3="11 december 2025", d4="15 januari 2026",
             d5="3 februari 2026", ander="VO Noardeast-Fryslân", opr="tien",
             gemeenten="Noardeast-Fryslân, Dantumadiel, Achtkarspelen en Tytsjerksteradiel",
             karakter="een uitgestrekt platteland, tweetaligheid (Fries en Nederlands) en een sterke "
                       "verenigingscultuur in de dorpen",
             scholen="104", sbo="twee", so="drie", lln="13.400",
             motto="'Elk bern in plak' – ieder kind een plek.")
    toc = ["Foarwurd / Voorwoord", "1 Waarom dit plan", "2 Ons gebied", "3 Waar we voor staan",
           "4 Wat elke school biedt", "5 Het ondersteuningsaanbod in de regio",
           "6 Aanvragen bij het Loket", "7 De weg terug", "8 Resultaten: wat willen we bereiken en hoe "
           "volgen we dat", "9 Ouders", "10 Financiën", "11 Gemeenten en jeugdhulp", "12 Organisatie",
           "13 Hoe dit plan tot stand kwam", "Bijlage 1 Begrippen- en afkortingenlijst",
           "Bijlage 2 Standaarden basisondersteuning (apart document)",
           "Bijlage 3 Meerjarenbegroting (apart document)"]
    b = [("title", ["Ondersteuningsplan 2026-2030",
                    "Stichting Passend Primair Onderwijs Noardeast-Fryslân (PO 21-04)",
                    "Versie voor instemming OPR – januari 2026"]),
         ("toc", toc),
         ("h1", "Foarwurd / Voorwoord"),
         ("p", "Beste lezer, dit is het ondersteuningsplan voor de jaren 2026 tot 2030. Wij hebben het met "
               "het team van het bureau geschreven, en we hebben geprobeerd het kort te houden. Dat is maar "
               "half gelukt, want er gebeurt veel. Het vorige plan draaide om het opbouwen van het Loket en "
               "het leren samenwerken. Dit plan draait om het verder brengen van wat we samen hebben "
               "opgebouwd: dichter bij de scholen, met minder papier en meer gesprek."),
         ("p", "We danken de intern begeleiders, directeuren, bestuurders, de OPR en de gemeenten voor de "
               "vele gesprekken. In het bijzonder danken we de ouders die in de klankbordgroep hun ervaringen "
               "hebben gedeeld. Hun verhalen hebben ons scherp gehouden."),
         ("h1", "1 Waarom dit plan"),
         ("p", "Het samenwerkingsverband is er om samen met de scholen een samenhangend geheel van "
               "ondersteuning te realiseren, zodat kinderen een ononderbroken ontwikkeling kunnen doormaken. "
               "Dit plan beschrijft hoe we dat doen. Het plan is niet een beschrijving van alles wat we "
               "doen; de uitvoering staat in het jaarplan dat we ieder jaar opstellen."),
         ("h1", "2 Ons gebied")]
    b += f_regio(x)
    b += [("p", "Een bijzonder kenmerk van ons gebied is de tweetaligheid. Veel kinderen groeien op met het "
                "Fries als thuistaal. Scholen spelen daarop in met een drietalig programma. Daarnaast is er "
                "sinds 2022 een toename van het aantal nieuwkomers, vooral uit Oekraïne en Syrië.")]
    b += [("h1", "3 Waar we voor staan")]
    b += f_visie(x)
    b += [("h2", "3.1 Ontwikkelingen")] + f_ontwikkelingen(x)
    b += [("h1", "4 Wat elke school biedt"),
          ("p", "In ons samenwerkingsverband hebben alle negen schoolbesturen zich verbonden aan één gezamenlijk "
                "niveau van basisondersteuning. Dat niveau geldt voor elke school en elke locatie, ook voor "
                "de kleinste dorpsschool met twee combinatiegroepen. Een bestuur kan niet voor een "
                "van zijn scholen besluiten dat dit niveau daar niet geldt."),
          ("p", "De inhoud van de basisondersteuning – de tien standaarden die wij in 2024 samen hebben "
                "herzien – staat beschreven in bijlage 2 bij dit plan. Scholen beschrijven in hun "
                "schoolondersteuningsprofiel hoe zij die standaarden invullen en wat zij daarbovenop bieden."),
          ("p", "Wanneer een school merkt dat de basisondersteuning voor een kind niet genoeg is, kan de school "
                "de consulent van het samenwerkingsverband inschakelen. Dan spreken we van extra "
                "ondersteuning."),
          ("h1", "5 Het ondersteuningsaanbod in de regio"),
          ("p", "Het aanbod in onze regio is opgebouwd als een trap. Op de onderste tree staat de "
                "basisondersteuning op de eigen school. Daarboven volgen de arrangementen op de eigen school, "
                "daarna de bovenschoolse voorzieningen, en ten slotte het speciaal basisonderwijs en het "
                "speciaal onderwijs. Een kind gaat alleen een tree omhoog als dat nodig is, en gaat zo snel "
                "mogelijk weer omlaag."),
          ("table", [["Tree", "Aanbod", "Voor wie"],
                     ["Arrangement op school", "Extra begeleiding, inzet gedragsspecialist, aangepast "
                      "programma, max. 1 jaar", "Kinderen met een ondersteuningsvraag die de school met "
                      "extra middelen kan beantwoorden"],
                     ["Taalklas Dokkum en Buitenpost", "Intensief NT2-programma, 1 jaar", "Nieuwkomers "
                      "groep 3-8"],
                     ["Tuskenstap", "Kleine groep voor kinderen met gedrags- en "
                      "aandachtsproblemen, max. 16 weken, daarna terug naar eigen school", "Groep 3-8"],
                     ["Plusgroepen (4 locaties)", "Eén dagdeel per week", "Meer- en hoogbegaafde kinderen"],
                     ["SBO De Fonteyn (Dokkum), SBO De Twimel (Buitenpost)", "Speciaal basisonderwijs", "Met TLV"],
                     ["SO De Bolder, SO Kompas, SO Heliomare-locatie", "Speciaal onderwijs cluster 3 en 4", "Met TLV"]]),
          ("h2", "5.1 Als er geen passende plek is"),
          ("p", "Ondanks dit aanbod zijn er kinderen voor wie (nog) geen passende plek is. Daarom hebben we een "
                "vaste werkwijze. Iedere school meldt een kind dat langer dan twee weken niet of maar gedeeltelijk "
                "naar school gaat binnen vijf schooldagen bij de consulent én bij de leerplichtambtenaar. Eens "
                "per maand komt de thuiszitterstafel bijeen, met leerplicht, de consulenten, de lokale teams "
                "en – als dat nodig is – de jeugdarts. Voor ieder kind wordt binnen vier weken een plan "
                "gemaakt met een termijn en een eigenaar. Lukt dat niet, dan kan de directeur-bestuurder "
                "doorzettingsmacht inzetten en een school of voorziening vragen het kind tijdelijk op te "
                "nemen, met extra middelen."),
          ("p", "Twee keer per jaar maken we een overzicht van de wachtlijsten bij de bovenschoolse "
                "voorzieningen en het so en van de kinderen met een vrijstelling. Dat overzicht bespreken we "
                "met de besturen en de gemeenten. Wanneer blijkt dat er structureel een voorziening ontbreekt, "
                "legt de directeur-bestuurder een voorstel voor aan het bestuurdersoverleg. Zo is in 2024 de "
                "Tuskenstap in Buitenpost ontstaan."),
          ("h1", "6 Aanvragen bij het Loket"),
          ("p", "Alle aanvragen voor arrangementen en toelaatbaarheidsverklaringen lopen via het Loket van het "
                "samenwerkingsverband. Een aanvraag voor een TLV wordt gedaan door de school waar het kind "
                "ingeschreven staat, nadat het kind in het ondersteuningsteam is besproken en de ouders hun "
                "zienswijze hebben gegeven. De school levert het groeidocument, het OPP en de verslagen van het "
                "ondersteuningsteam aan."),
          ("p", "Het Loket controleert binnen vijf werkdagen of de aanvraag compleet is. Daarna vraagt het "
                "Loket advies aan twee deskundigen: een orthopedagoog of psycholoog, en een tweede deskundige "
                "die past bij de vraag van het kind. De deskundigen brengen ieder afzonderlijk advies uit. De "
                "Commissie van Toelaatbaarheid (drie leden, onder wie een onafhankelijk voorzitter) neemt "
                "binnen zes weken na een complete aanvraag een besluit. Een TLV voor het sbo geldt tot het "
                "einde van de basisschool, een TLV voor het so in de regel twee schooljaren."),
          ("p", "De commissie besluit op basis van het totaalbeeld van het kind. Wij werken bewust niet met "
                "een lijst van harde criteria: ieder kind is anders, en de commissie weegt alle informatie "
                "zorgvuldig."),
          ("h1", "7 De weg terug"),
          ("p", "Een plek in het sbo of so is geen eindstation. Wij willen dat kinderen niet langer in het "
                "speciaal (basis)onderwijs blijven dan voor hun ontwikkeling nodig is. Een kind kan terug naar "
                "een gewone school als het OPP laat zien dat het kind de gestelde doelen haalt, als het kind "
                "zich in een grotere groep staande kan houden en als er een school is – bij voorkeur de "
                "wijk- of dorpsschool – die het kind met de juiste begeleiding kan ontvangen."),
          ("p", "Zo gaat het in de praktijk. Twee keer per jaar bespreekt de sbo- of so-school bij de "
                "evaluatie van het OPP met ouders of de stap terug in beeld is. In het laatste schooljaar van "
                "de TLV doet de school uiterlijk 1 maart een schriftelijk voorstel aan het Loket: terug naar "
                "het reguliere onderwijs, een nieuwe TLV of een overstap naar een andere speciale school. De "
                "orthopedagoog van het Loket bespreekt het voorstel met school, ouders en de mogelijke nieuwe "
                "school, en de Commissie van Toelaatbaarheid besluit vóór 1 mei, zodat er tijd is om de "
                "overstap per 1 augustus goed voor te bereiden."),
          ("p", "Een kind dat teruggaat, krijgt een oerstap-arrangement mee: een jaar lang begeleiding door "
                "een ambulant begeleider van de school waar het vandaan komt, en een vast budget voor de "
                "ontvangende school. Na een half jaar is er een evaluatie met alle betrokkenen."),
          ("h1", "8 Resultaten: wat willen we bereiken en hoe volgen we dat"),
          ("p", "Voor deze planperiode hebben we vijf doelen geformuleerd voor kinderen met een "
                "ondersteuningsbehoefte. Ze staan in onderstaande tabel, met de stand in 2024-2025 en de "
                "streefwaarde voor 2029-2030."),
          ("table", [["Doel", "Stand 2024-2025", "Streefwaarde 2029-2030"],
                     ["Kinderen met een arrangement die het arrangement afronden op de eigen school", "71%", "80%"],
                     ["Thuiszitters (langer dan 4 weken, peildatum 1 maart)", "14", "maximaal 5"],
                     ["Doorlooptijd TLV-aanvraag (gemiddeld, werkdagen)", "31", "25"],
                     ["Kinderen uit sbo/so die per jaar terugkeren naar regulier", "9", "15"],
                     ["Tevredenheid ouders over de ondersteuning (schaal 1-10)", "7,1", "7,5"]]),
          ("p", "We volgen de voortgang met een dashboard dat twee keer per jaar wordt gevuld met gegevens uit "
                "de registratie van het Loket, de leerplichtregistratie en DUO. Het dashboard wordt besproken "
                "in het bestuurdersoverleg en met de OPR. Eens per jaar houden we een tevredenheidspeiling "
                "onder ouders en scholen. In het jaarverslag rapporteren we de bereikte resultaten per doel, "
                "met een toelichting; bij een achterstand op een doel stellen we in het jaarplan bij."),
          ("h1", "9 Ouders"),
          ("p", "Ouders vinden informatie over passend onderwijs in onze regio op de website, onder de knop "
                "'Foar âlders / Voor ouders'. Daar staat uitgelegd wat de basisondersteuning is, welke "
                "voorzieningen er zijn en hoe een aanvraag gaat. Ook is er de folder 'Passend onderwijs in "
                "Noardeast-Fryslân', die elke school bij de inschrijving meegeeft. Het schoolondersteuningsprofiel "
                "van elke school staat op de website van de school."),
          ("p", "Met vragen kunnen ouders altijd terecht bij de intern begeleider of directeur van de school "
                "van hun kind. Komen ouders en school er samen niet uit, dan kan de school contact opnemen met "
                "de consulent van het samenwerkingsverband. Een ouder- en jeugdsteunpunt richten we in zodra "
                "de wet dat verplicht; nadere informatie daarover volgt."),
          ("h1", "10 Financiën"),
          ("p", "De ondersteuningsmiddelen worden verdeeld volgens het schoolmodel. Na aftrek van de "
                "afdrachten aan het so via DUO en de kosten van het sbo boven de 2 procent gaat 85 procent van "
                "het budget rechtstreeks naar de schoolbesturen, op basis van het aantal leerlingen op 1 "
                "oktober (voor 2025: € 184 per leerling). De overige 15 procent blijft bij het "
                "samenwerkingsverband voor het Loket, de bovenschoolse voorzieningen en de arrangementen. De "
                "verdeling wordt ieder jaar in het voorjaar door de Algemene Vergadering vastgesteld."),
          ("p", "De meerjarenbegroting wordt jaarlijks door het bestuur vastgesteld en is als bijlage 3 "
                "beschikbaar op onze website; dit plan bevat zelf geen bedragen voor de komende jaren. De "
                "besturen leggen in hun jaarverslag verantwoording af over de besteding."),
          ("h1", "11 Gemeenten en jeugdhulp"),
          ("p", "Met de vier gemeenten hebben we op 4 december 2025 OOGO gevoerd over dit plan. We werken samen "
                "in een regionaal overleg onderwijs-jeugd dat zes keer per jaar bijeenkomt. Gezamenlijke "
                "thema's zijn jeugdhulp op school, leerlingenvervoer en de overgang naar het voortgezet "
                "onderwijs. In iedere gemeente is een vaste contactpersoon van het lokale team voor de "
                "scholen."),
          ("h2", "11.1 Van basisschool naar voortgezet onderwijs")] + f_overstap(x) + [
          ("h1", "12 Organisatie")]
    b += f_governance(x) + f_integriteit(x) + f_personeel(x) + f_ict(x)
    b += [("h1", "13 Hoe dit plan tot stand kwam")]
    b += f_totstandkoming(x)
    b += f_begrippen(x, extra=[["Oerstap-arrangement", "Begeleiding bij terugkeer naar het reguliere "
                                                        "onderwijs."],
                               ["Tuskenstap", "Tijdelijke bovenschoolse groep."]])
    name = "po-noardeast-fryslan-ondersteuningsplan"
    render_docx(b, OUT / (name + ".docx"), "Ondersteuningsplan 2026-2030 – Passend Primair Onderwijs "
                "Noardeast-Fryslân", "Concept voor instemming OPR | januari 2026")
    c = crit(["basisondersteuning.inhoud", "plaatsing.criteria", "financien.besteding",
              "ouders.steunpunt"])
    adv = {"plaatsing": ["deskundigen", "duur-categorie"], "financien": ["verantwoording"],
           "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]}
    notes = {
        "basisondersteuning": "H4 states the shared level binding every school/location, but the content (tien standaarden) is only in bijlage 2, which is not part of the document.",
        "plaatsing": "H6: Loket, completeness check in 5 days, two deskundigen, CvT within 6 weeks, duration; criteria explicitly absent ('bewust niet ... harde criteria', 'totaalbeeld').",
        "terugstroom": "H7 'De weg terug': policy and conditions, twice-yearly OPP evaluation, proposal by 1 March, CvT decides before 1 May, oerstap-arrangement.",
        "financien": "H10: schoolmodel 85/15, EUR 184 per leerling (verdeling); meerjarenbegroting only on website as bijlage 3, 'geen bedragen' -> besteding not addressed.",
        "dekkend-aanbod": "H5 table 'trap' of provisions; 5.1 thuiszitterstafel, wachtlijst overview, doorzettingsmacht, new provision when gap found.",
        "resultaten": "H8: table of five doelen with streefwaarden; dashboard twice a year, peiling, jaarverslag.",
        "ouders": "H9: website page and folder inform parents; only school/SWV consulent for questions (not independent) and OJSP deferred ('nadere informatie volgt').",
    }
    write_label(name, [name + ".docx"], "po", c, adv, notes)
    return name, b


# ---------------------------------------------------------------------------
# Plan 3: PO, pdf. Veluwezoom Primair
# ---------------------------------------------------------------------------

def plan3():
    x = dict(naam="Samenwerkingsverband Veluwezoom Primair", besturen="acht",
             bureau="Dieren", fte="9,4", periode="2026-2027 tot en met 2029-2030", start="2026", eind="2030",
             d1="1 oktober 2025", d2="27 november 2025", d3="8 december 2025", d4="22 januari 2026",
             d5="17 februari 2026", ander="VO Arnhem-Veluwezoom", opr="acht",
             gemeenten="Rheden, Rozendaal, Brummen en Lingewaard",
             karakter="zowel bosrijke dorpen als verstedelijkte kernen aan de rand van Arnhem",
             scholen="41", sbo="één", so="drie", lln="9.800",
             motto="'Samen sterk voor ieder kind.'")
    toc = ["Voorwoord", "1 Inleiding", "2 Terugblik op de vorige planperiode", "3 Onze regio",
           "4 Visie en ambities", "5 Wat elke school in huis heeft", "6 Toelaatbaarheid en terugplaatsing",
           "7 Het ondersteuningsaanbod en thuiszitters", "8 Samen met ouders", "9 Onze ambities voor 2030",
           "10 Financieel beleid en meerjarenbegroting", "11 Samenwerking met gemeenten en jeugdhulp",
           "12 Bestuur en organisatie", "13 Personeel, ICT en privacy", "14 Totstandkoming",
           "Bijlage 1 Begrippen- en afkortingenlijst"]
    b = [("title", ["Ondersteuningsplan Veluwezoom Primair 2026-2030",
                    "Samenwerkingsverband Veluwezoom Primair (PO 25-09)",
                    "Toelaatbaarheid • terugplaatsing • basisondersteuning • dekkend aanbod"]),
         ("toc", toc),
         ("h1", "Voorwoord"),
         ("p", "Met dit ondersteuningsplan zetten we de koers uit voor de komende vier jaar. De afgelopen "
               "periode was er een van bouwen en verbouwen: een nieuwe directeur-bestuurder, een nieuw "
               "bureau in Dieren en een nieuwe manier van werken met de scholen. Nu is het tijd om te "
               "verdiepen. Dit plan is geschreven door ons eigen team en besproken met iedereen die ertoe "
               "doet: scholen, besturen, gemeenten, de OPR en natuurlijk ouders."),
         ("h1", "1 Inleiding"),
         ("p", "Dit plan beschrijft wat het samenwerkingsverband de komende vier jaar doet en waarom. Het plan "
               "is een kader: de scholen bepalen binnen dat kader hoe zij werken. Elk jaar maken we een "
               "jaarplan waarin we de activiteiten voor dat jaar beschrijven, met een begroting."),
         ("h1", "2 Terugblik op de vorige planperiode"),
         ("p", "De vorige planperiode (2022-2026) stond in het teken van de corona-nasleep en de nieuwe "
               "organisatie. We zijn gestart met ondersteuningsteams op alle scholen en hebben de "
               "Denkwerkplaats voor meer- en hoogbegaafde kinderen geopend. Ook is er veel energie gestoken "
               "in de samenwerking met de gemeenten. Niet alles is gelukt: de registratie van gegevens bleek "
               "lastiger dan gedacht, en de vervanging van het registratiesysteem is uitgesteld."),
         ("h1", "3 Onze regio")]
    b += f_regio(x)
    b += [("h1", "4 Visie en ambities")]
    b += f_visie(x)
    b += [("h2", "4.1 Landelijke ontwikkelingen")] + f_ontwikkelingen(x)
    b += [("h1", "5 Wat elke school in huis heeft"),
          ("p", "Ouders moeten erop kunnen rekenen dat iedere school in de Veluwezoom een aantal dingen op "
                "orde heeft, ongeacht het bestuur of de grootte van de school. De acht besturen hebben "
                "daarom in 2025 een ondergrens afgesproken die voor alle 41 scholen en al hun locaties geldt. "
                "In de tabel hieronder staat wat die ondergrens inhoudt."),
          ("table", [["Domein", "Wat u op iedere school aantreft"],
                     ["Organisatie", "Een intern begeleider met vaste uren, een ondersteuningsteam dat "
                      "minstens vijf keer per jaar bijeenkomt en een vast aanspreekpunt voor ouders"],
                     ["Lezen en rekenen", "Signalering vanaf groep 2, een dyslexie- en dyscalculieprotocol, "
                      "extra instructie in kleine groepen, voorleessoftware voor wie dat nodig heeft"],
                     ["Gedrag en welbevinden", "Een programma voor sociale vaardigheden, een "
                      "anti-pestcoördinator, een time-in-plek in de school"],
                     ["Meer- en hoogbegaafdheid", "Compacten en verrijken van de leerstof in de eigen groep"],
                     ["Taal", "Een aanbod voor kinderen met een taalachterstand of een andere thuistaal"],
                     ["Medisch", "Een protocol medisch handelen; hulp bij medicijngebruik"],
                     ["Planmatig werken", "Een OPP voor ieder kind dat extra ondersteuning krijgt, "
                      "twee keer per jaar geëvalueerd met ouders"]]),
          ("h1", "6 Toelaatbaarheid en terugplaatsing"),
          ("p", "De werkwijze rond toelaatbaarheidsverklaringen en de terugplaatsing naar het reguliere "
                "basisonderwijs is vastgelegd in het Handboek Toewijzing en Terugplaatsing, dat u vindt op "
                "onze website onder 'Downloads'. Het handboek wordt jaarlijks geactualiseerd en valt daarom "
                "buiten dit plan."),
          ("h1", "7 Het ondersteuningsaanbod en thuiszitters"),
          ("p", "Boven op wat iedere school in huis heeft, kennen we in de Veluwezoom drie soorten extra "
                "ondersteuning. Ten eerste arrangementen op de eigen school: het ondersteuningsteam van de "
                "school kan een arrangement inzetten, bijvoorbeeld een ambulant begeleider, een "
                "gedragsspecialist of een aangepast programma. Ten tweede bovenschoolse voorzieningen: de "
                "Denkwerkplaats voor meer- en hoogbegaafde kinderen (één dag per week, twee locaties), de "
                "Schakelklas voor nieuwkomers in Dieren en de observatiegroep Het Anker voor jonge kinderen "
                "met een onduidelijk ontwikkelingsbeeld. Ten derde het speciaal basisonderwijs (SBO De "
                "Wingerd) en het speciaal onderwijs in en rond de regio."),
          ("p", "Kinderen met een combinatie van onderwijs- en zorgbehoeften kunnen een "
                "onderwijs-zorgarrangement krijgen. Daarover zijn met de gemeenten afspraken gemaakt: de "
                "gemeente financiert de zorg, het samenwerkingsverband het onderwijs, en een trajectbegeleider "
                "houdt de regie."),
          ("p", "Ieder najaar maken we een analyse van de witte vlekken in ons aanbod. We kijken daarbij naar "
                "de wachtlijsten bij de bovenschoolse voorzieningen en het so, naar de kinderen die buiten de "
                "regio onderwijs volgen en naar de meldingen van thuiszitters. De analyse wordt besproken met "
                "de besturen, die samen besluiten wie welk ontbrekend aanbod gaat ontwikkelen. Uit de analyse "
                "van 2025 bleek dat er voor jonge kinderen met ernstige gedragsproblemen te weinig plekken "
                "zijn; daarom start in 2026 een onderwijs-zorggroep in Dieren."),
          ("p", "Een thuiszitter wordt binnen een week gemeld bij de leerplichtambtenaar en bij het bureau. "
                "Elke zes weken komt het thuiszittersoverleg bijeen (leerplicht, samenwerkingsverband, "
                "gemeente, zorgaanbieders). Voor ieder kind is er binnen een maand een plan met een "
                "verantwoordelijke. De schoolbesturen hebben afgesproken dat zij hun zorgplicht samen dragen: "
                "als een school geen plek kan bieden, zoekt het bestuur samen met het bureau actief naar een "
                "andere school en laat het de ouders daar niet alleen in."),
          ("h1", "8 Samen met ouders"),
          ("p", "Informatie voor ouders over de ondersteuning in de Veluwezoom staat op de ouderpagina van "
                "onze website. Daar vindt u per school het ondersteuningsprofiel, een uitleg over de "
                "verschillende vormen van ondersteuning en antwoorden op veelgestelde vragen. De "
                "ouderbrochure 'Wat als mijn kind meer nodig heeft?' ligt op alle scholen en bij de "
                "consultatiebureaus. Elke school neemt in de schoolgids een paragraaf op over de ondersteuning "
                "en verwijst naar de ouderpagina. Twee keer per jaar organiseren we een thema-avond voor ouders."),
          ("p", "Ouders die onafhankelijk advies willen, kunnen terecht bij het Steunpunt Ouders Veluwezoom. "
                "Het steunpunt wordt uitgevoerd door een zelfstandige stichting en werkt uitsluitend in het "
                "belang van het kind. Ook de Onderwijsconsulenten en het landelijke informatiepunt Ouders & "
                "Onderwijs staan voor ouders open. Heeft u een klacht over het samenwerkingsverband, dan kunt "
                "u gebruikmaken van onze klachtenregeling; wij zijn aangesloten bij de landelijke "
                "klachtencommissie van Stichting Onderwijsgeschillen."),
          ("p", "Ouders zijn partner in de ondersteuning van hun kind. Zij zijn aanwezig bij de bespreking in "
                "het ondersteuningsteam en tekenen voor het deel van het OPP dat over de handelingen gaat."),
          ("h1", "9 Onze ambities voor 2030"),
          ("p", "Voor kinderen die extra ondersteuning nodig hebben, willen we in 2030 het volgende bereikt "
                "hebben:"),
          ("bullets", ["Ten minste 90 procent van de kinderen met een arrangement blijft op de eigen school of "
                       "een school in de eigen kern.",
                       "Er zijn op 1 oktober 2029 niet meer dan vier kinderen langer dan drie maanden "
                       "thuiszitter.",
                       "Het deelnamepercentage sbo en so samen daalt van 3,4 naar 3,0 procent.",
                       "Alle kinderen uit de Schakelklas stromen binnen een jaar door naar een reguliere "
                       "groep."]),
          ("p", "Hoe we de voortgang op deze ambities gaan volgen, bepalen we nadat de nieuwe monitor van de "
                "gezamenlijke Gelderse samenwerkingsverbanden beschikbaar is; die wordt in het voorjaar van "
                "2027 verwacht."),
          ("h1", "10 Financieel beleid en meerjarenbegroting"),
          ("p", "Het verdeelmodel herzien we in het eerste planjaar. Tot die tijd gelden de afspraken uit het "
                "ondersteuningsplan 2022-2026. De meerjarenbegroting hieronder laat zien waaraan we de "
                "middelen de komende jaren besteden."),
          ("table", [["Begroting (bedragen in €)", "2026", "2027", "2028", "2029"],
                     ["Inkomsten ondersteuningsbudget", "10.480.000", "10.390.000", "10.300.000", "10.220.000"],
                     ["Afdrachten so en sbo via DUO", "3.620.000", "3.600.000", "3.570.000", "3.540.000"],
                     ["Ondersteuningsmiddelen schoolbesturen", "4.150.000", "4.100.000", "4.060.000", "4.030.000"],
                     ["Denkwerkplaats en Schakelklas", "610.000", "620.000", "630.000", "630.000"],
                     ["Observatiegroep Het Anker", "280.000", "285.000", "290.000", "290.000"],
                     ["Onderwijs-zorggroep Dieren (nieuw)", "150.000", "300.000", "300.000", "300.000"],
                     ["Arrangementen", "820.000", "800.000", "790.000", "780.000"],
                     ["Bureau en personeel", "910.000", "925.000", "940.000", "955.000"],
                     ["Resultaat", "-60.000", "-240.000", "-280.000", "-305.000"]]),
          ("p", "De negatieve resultaten zijn bewust: we bouwen de reserve af die in de vorige periode boven de "
                "signaleringswaarde van de inspectie is uitgekomen. Eind 2029 verwachten we weer op het niveau "
                "van de signaleringswaarde uit te komen."),
          ("h1", "11 Samenwerking met gemeenten en jeugdhulp"),
          ("p", "Het OOGO over dit plan vond plaats op 27 november 2025. De gemeenten en het "
                "samenwerkingsverband hebben een gezamenlijke agenda met drie thema's: jeugdhulp in en om de "
                "school, thuiszitters en de overgang naar het voortgezet onderwijs. Per gemeente is er een "
                "schoolmaatschappelijk werker die aan alle scholen is verbonden."),
          ("h1", "12 Bestuur en organisatie")]
    b += f_governance(x) + f_integriteit(x) + f_communicatie_scholen(x)
    b += [("h1", "13 Personeel, ICT en privacy")]
    b += f_personeel(x) + f_ict(x) + f_kennis(x)
    b += [("h1", "14 Totstandkoming")]
    b += f_totstandkoming(x)
    b += f_begrippen(x, extra=[["Handboek Toewijzing", "Beschrijving van de procedure en criteria voor "
                                                       "toelaatbaarheid en terugplaatsing (website)."],
                               ["Bekostigingscategorie", "Laag, midden of hoog; bepaalt de bekostiging van "
                                                         "een so-plaatsing."]])
    name = "po-veluwezoom-primair-op-2026-2030"
    render_pdf(b, OUT / (name + ".pdf"), "Ondersteuningsplan 2026-2030 | Veluwezoom Primair",
               "Toelaatbaarheid en terugplaatsing: zie Handboek Toewijzing")
    c = crit(["plaatsing.procedure", "plaatsing.criteria", "terugstroom.procedure", "terugstroom.beleid",
              "financien.verdeling", "resultaten.monitoring"])
    adv = {"financien": ["reserves"], "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"],
           "ouders": ["betrokkenheid"]}
    notes = {
        "basisondersteuning": "H5: ondergrens agreed by the eight besturen for all 41 schools; content only in the table 'Wat u op iedere school aantreft'.",
        "plaatsing": "H6 only refers to the Handboek Toewijzing on the website (not part of input); TLV/bekostigingscategorie only in TOC, title page, footer and begrippenlijst.",
        "terugstroom": "Same H6 website reference; terugplaatsing otherwise only in TOC, title page, footer and begrippenlijst.",
        "financien": "H10: meerjarenbegroting 2026-2029 with amounts (besteding) and reserve reduction; verdeelmodel deferred to first plan year / previous plan -> verdeling not addressed.",
        "dekkend-aanbod": "H7: three kinds of extra ondersteuning plus bovenschoolse voorzieningen and s(b)o; yearly witte-vlekken analysis, thuiszittersoverleg, shared zorgplicht.",
        "resultaten": "H9 'Onze ambities voor 2030' gives measurable doelen; monitoring deferred until a monitor is available in spring 2027.",
        "ouders": "H8 'Samen met ouders': ouderpagina, brochure, schoolgids, thema-avond; independent Steunpunt Ouders Veluwezoom, Onderwijsconsulenten, klachtenregeling.",
    }
    write_label(name, [name + ".pdf"], "po", c, adv, notes)
    return name, b


# ---------------------------------------------------------------------------
# Plan 4: VO, pdf. Waterland-Noord
# ---------------------------------------------------------------------------

def plan4():
    x = dict(naam="Samenwerkingsverband Voortgezet Onderwijs Waterland-Noord", besturen="vijf",
             bureau="Purmerend", fte="14,6", periode="2026-2027 tot en met 2029-2030", start="2026", eind="2030",
             d1="17 september 2025", d2="20 november 2025", d3="25 november 2025", d4="13 januari 2026",
             d5="27 januari 2026", ander="PO Waterland", opr="twaalf")
    toc = ["Voorwoord", "1 Inleiding", "2 Context en kengetallen", "3 Visie", "4 Basisondersteuning",
           "5 Het ondersteuningsaanbod", "6 Toelaatbaarheid vso, lwoo en pro",
           "7 Terugplaatsing en overplaatsing", "8 Thuiszitters en verzuim", "9 Ouders en leerlingen",
           "10 Resultaten en kwaliteitszorg", "11 Financiën", "12 Samenwerking met gemeenten",
           "13 Organisatie en medezeggenschap", "14 Personeel en ICT", "15 Totstandkoming",
           "Bijlage 1 Begrippen- en afkortingenlijst"]
    b = [("title", ["Ondersteuningsplan 2026-2030",
                    "Samenwerkingsverband Voortgezet Onderwijs Waterland-Noord (VO 27-03)",
                    "Purmerend, Edam-Volendam, Waterland, Landsmeer"]),
         ("toc", toc),
         ("h1", "Voorwoord"),
         ("p", "Het voortgezet onderwijs in Waterland-Noord staat voor grote opgaven: een groeiende groep "
               "leerlingen met psychische klachten, een krappe arbeidsmarkt en een wereld die steeds sneller "
               "verandert. Tegelijk zien we elke dag hoeveel scholen voor hun leerlingen over hebben. Dit "
               "plan is geschreven om die inzet te ondersteunen, met ruimte voor de scholen en met heldere "
               "afspraken waar dat nodig is."),
         ("h1", "1 Inleiding"),
         ("p", "In dit plan beschrijven we hoe de zeventien vestigingen voor voortgezet onderwijs in onze regio "
               "samen zorgen voor passend onderwijs. Het plan is vastgesteld na instemming van de OPR en na "
               "OOGO met de vier gemeenten. Het is een plan op hoofdlijnen: de uitwerking staat in het "
               "jaarplan en in de werkwijzen op onze website."),
         ("h1", "2 Context en kengetallen"),
         ("p", "In het werkgebied wonen ongeveer 190.000 inwoners. De zeventien vestigingen bieden samen alle "
               "schoolsoorten: praktijkonderwijs, vmbo (alle leerwegen), havo, vwo en gymnasium. Er zijn twee "
               "vso-scholen in de regio; daarnaast gaan leerlingen naar vso-scholen in Amsterdam en Zaandam. "
               "Op 1 oktober 2024 telden de scholen 12.350 leerlingen."),
         ("table", [["Kengetal (1 oktober)", "2021", "2022", "2023", "2024"],
                    ["Leerlingen vo", "12.620", "12.540", "12.410", "12.350"],
                    ["Leerlingen vso met TLV", "298", "305", "311", "319"],
                    ["Leerlingen lwoo", "1.040", "1.010", "990", "978"],
                    ["Leerlingen pro", "412", "405", "421", "418"]]),
         ("h1", "3 Visie"),
         ("p", "Wij geloven dat iedere jongere recht heeft op een plek waar hij of zij kan leren en zich kan "
               "ontwikkelen tot een zelfstandige volwassene. Dat lukt het best als onderwijs en zorg elkaar "
               "versterken, en als de scholen samen verantwoordelijkheid nemen. Niet elke school hoeft alles "
               "te kunnen, maar samen moeten we alles kunnen. Middelen zetten we daar in waar ze het meeste "
               "verschil maken."),
         ("h2", "3.1 Ontwikkelingen")] + f_ontwikkelingen(x) + [
         ("p", "We willen de stem van de leerling meer horen. Leerlingen met een OPP krijgen de gelegenheid "
               "hun mening te geven over hun eigen plan, en in de OPR is een leerlingzetel ingesteld."),
         ("h1", "4 Basisondersteuning"),
         ("p", "Basisondersteuning omvat in Waterland-Noord ten minste de volgende voorzieningen: een mentor "
               "met een vast mentoruur per week; een ondersteuningscoördinator en een zorgteam dat iedere "
               "twee weken bijeenkomt; een dyslexie- en dyscalculiebeleid met faciliteiten bij toetsen; "
               "trainingen faalangst en sociale vaardigheden; begeleiding bij executieve functies; een "
               "time-outvoorziening met opvang door een vaste medewerker; samenwerking met de "
               "schoolmaatschappelijk werker en de jeugdarts; en een OPP voor iedere leerling die extra "
               "ondersteuning krijgt."),
         ("p", "Een gezamenlijk vastgesteld minimumniveau dat voor alle vestigingen geldt, hebben we nog niet. "
               "De werkgroep Basis op Orde legt in schooljaar 2026-2027 een voorstel voor aan de besturen. Tot "
               "die tijd bepalen de scholen zelf in hun ondersteuningsprofiel welke van bovenstaande "
               "voorzieningen zij bieden."),
         ("h1", "5 Het ondersteuningsaanbod"),
         ("p", "Het aanbod in Waterland-Noord bestaat uit vier lagen. De eerste laag is de ondersteuning op de "
               "eigen school, die de school uit de eigen middelen en het schoolbudget van het "
               "samenwerkingsverband organiseert. De tweede laag zijn de arrangementen die de school voor een "
               "individuele leerling aanvraagt bij het Loket, zoals een coach voor leerlingen met autisme of "
               "een programma bij langdurige ziekte. De derde laag is het OPDC De Overstap in Purmerend, een "
               "tijdelijke voorziening van maximaal een jaar voor leerlingen die op de eigen school vastlopen; "
               "hier hoort ook de reboundvoorziening bij. De vierde laag is het voortgezet speciaal onderwijs. "
               "Praktijkonderwijs en lwoo vormen daarnaast een eigen route."),
         ("p", "Voor nieuwkomers is er de Internationale Schakelklas in Purmerend. Voor hoogbegaafde leerlingen "
               "bieden drie scholen een verrijkingsprogramma waar leerlingen van alle scholen aan kunnen "
               "deelnemen."),
         ("h1", "6 Toelaatbaarheid vso, lwoo en pro"),
         ("h2", "6.1 Vso"),
         ("p", "Een toelaatbaarheidsverklaring voor het vso wordt aangevraagd door het bevoegd gezag van de "
               "school waar de leerling staat ingeschreven, of, bij een leerling die vanuit het so of het "
               "buitenland komt, door de vso-school waar de leerling is aangemeld. De aanvraag wordt ingediend "
               "bij de Commissie Toewijzing van het samenwerkingsverband, met het OPP, het verslag van het "
               "multidisciplinair overleg en de zienswijze van ouders en leerling. De commissie vraagt advies "
               "aan twee deskundigen (een orthopedagoog of psycholoog en een tweede deskundige afhankelijk van "
               "de leerling) en besluit binnen zes weken, met de mogelijkheid van één keer vier weken "
               "verlenging."),
         ("p", "Een leerling is toelaatbaar tot het vso als (1) de ondersteuningsbehoefte aantoonbaar groter is "
               "dan wat de school met basisondersteuning en arrangementen kan bieden, wat blijkt uit een "
               "geëvalueerd OPP van ten minste een half jaar, of er sprake is van een crisissituatie; (2) de "
               "leerling een intensieve combinatie van onderwijs, begeleiding en structuur nodig heeft die "
               "alleen in een kleine setting met specialistische expertise kan worden geboden; en (3) ook het "
               "OPDC geen passend perspectief biedt. De commissie stelt de bekostigingscategorie (laag, midden "
               "of hoog) vast. Een TLV geldt voor één tot drie schooljaren."),
         ("p", "Tegen een besluit kunnen ouders, leerling en school binnen zes weken bezwaar maken. Het "
               "samenwerkingsverband laat zich adviseren door de Landelijke Bezwaaradviescommissie."),
         ("h2", "6.2 Lwoo en pro"),
         ("p", "Voor lwoo en praktijkonderwijs hanteren we de landelijke criteria. De basisschool levert in "
               "het onderwijskundig rapport de gegevens aan (intelligentie, leerachterstanden en "
               "sociaal-emotionele gegevens). De vo-school vraagt vóór 1 april de aanwijzing lwoo of de "
               "toelaatbaarheid pro aan bij de Commissie Toewijzing. De commissie toetst de aanvraag aan de "
               "landelijke criteria: voor pro een IQ tussen 55 en 80 en een leerachterstand van ten minste 50 "
               "procent op twee domeinen, waarvan één begrijpend lezen of inzichtelijk rekenen; voor lwoo een "
               "IQ tussen 75 en 120 en een leerachterstand van 25 tot 50 procent op twee domeinen, of "
               "problematiek op het sociaal-emotionele vlak. Het besluit volgt binnen vier weken."),
         ("h1", "7 Terugplaatsing en overplaatsing"),
         ("p", "In het laatste jaar van een TLV organiseert de vso-school uiterlijk 1 maart een "
               "evaluatiegesprek met de leerling en ouders, waarbij ook de consulent van het "
               "samenwerkingsverband aanwezig is. De vso-school stelt daarna een advies op: verlenging, "
               "overstap naar het reguliere voortgezet onderwijs of overplaatsing naar een andere vso-school. "
               "Bij een overstap neemt de consulent contact op met de beoogde vo-school, die binnen vier weken "
               "laat weten of zij de leerling kan ontvangen. De Commissie Toewijzing besluit uiterlijk 1 mei "
               "over een eventuele nieuwe TLV."),
         ("p", "Onze uitgangspunten voor terugplaatsing en de ondersteuning na de overstap herijken we samen "
               "met de vso-scholen. Tot die tijd is maatwerk het devies."),
         ("h1", "8 Thuiszitters en verzuim"),
         ("p", "In Waterland-Noord werken scholen, leerplicht en het samenwerkingsverband samen in het "
               "Verzuimoverleg. Scholen melden iedere leerling die vier weken of langer niet naar school gaat. "
               "Het Verzuimoverleg komt iedere maand bijeen en wijst voor iedere leerling een "
               "casusregisseur aan. De consulenten van het samenwerkingsverband zoeken samen met de school "
               "naar een passende plek; als dat op korte termijn niet lukt, wordt een tijdelijk "
               "onderwijsprogramma bij het OPDC ingezet. Elk kwartaal brengen we in beeld waar wachtlijsten en "
               "tekorten in het aanbod ontstaan; twee keer per jaar bespreken de besturen deze analyse en "
               "besluiten ze over uitbreiding van het aanbod. In 2025 leidde dat tot tien extra plaatsen in "
               "het OPDC."),
         ("h1", "9 Ouders en leerlingen"),
         ("p", "Ouders en leerlingen die vastlopen of het niet eens zijn met de school, kunnen terecht bij het "
               "Ouder- en Jeugdsteunpunt Waterland. Het steunpunt is onafhankelijk van scholen en "
               "samenwerkingsverband, kosteloos en bereikbaar via telefoon, WhatsApp en een wekelijks "
               "inloopspreekuur in Purmerend. Ook kunnen ouders zich wenden tot de Onderwijsconsulenten. Het "
               "steunpunt bundelt twee keer per jaar de signalen die het ontvangt en bespreekt die met de "
               "directeur-bestuurder."),
         ("p", "De informatievoorziening aan ouders over het ondersteuningsaanbod wordt vernieuwd; een nieuwe "
               "website met een ouder- en leerlingdeel is in ontwikkeling en wordt naar verwachting in 2027 "
               "opgeleverd."),
         ("h1", "10 Resultaten en kwaliteitszorg"),
         ("p", "Voor de planperiode hebben we de volgende beoogde resultaten vastgesteld voor leerlingen met "
               "een ondersteuningsbehoefte:"),
         ("table", [["Beoogd resultaat", "Nulmeting 2024", "Streefwaarde 2029"],
                    ["Leerlingen die na het OPDC terugkeren naar een reguliere school", "62%", "75%"],
                    ["Thuiszitters langer dan drie maanden (peildatum 1 december)", "11", "5"],
                    ["Leerlingen met een arrangement dat een diploma of startkwalificatie haalt", "78%", "85%"],
                    ["Deelnamepercentage vso", "2,6%", "2,4%"]]),
         ("p", "Het bureau verzamelt ieder kwartaal de gegevens uit de registratie van het Loket, het OPDC en "
               "leerplicht. Twee keer per jaar bespreekt het bestuur een kwaliteitsrapportage met de "
               "voortgang op ieder resultaat. Jaarlijks houden we een gesprek met iedere school over de "
               "ondersteuning en de resultaten ('schoolgesprek'); de uitkomsten worden in het jaarverslag "
               "opgenomen. Aan het einde van de planperiode laten we een externe evaluatie uitvoeren."),
         ("h1", "11 Financiën"),
         ("p", "Het financiële hoofdstuk van dit plan – met de verdeelsystematiek en de meerjarenbegroting "
               "2026-2030 – wordt na vaststelling van de begroting in december 2025 als addendum aan dit plan "
               "toegevoegd. Het addendum wordt ter instemming aan de OPR voorgelegd."),
         ("h1", "12 Samenwerking met gemeenten"),
         ("p", "Met de gemeenten Purmerend, Edam-Volendam, Waterland en Landsmeer is op 20 november 2025 OOGO "
               "gevoerd. We hebben afgesproken dat jeugdhulp op alle vestigingen beschikbaar is via de "
               "schoolmaatschappelijk werker, en dat gemeenten en samenwerkingsverband samen investeren in "
               "een onderwijs-zorgvoorziening bij het OPDC. Andere thema's aan de OOGO-tafel waren "
               "leerlingenvervoer voor vso-leerlingen en de aansluiting op mbo en arbeidsmarkt."),
         ("h1", "13 Organisatie en medezeggenschap")]
    b += f_governance(x)
    b += f_integriteit(x) + f_mr_bureau(x) + f_communicatie_scholen(x)
    b += [("h2", "Overstap po-vo")] + f_overstap(x)
    b += [("p", "De OPR bestaat uit twaalf leden: zes personeelsleden en zes ouders of leerlingen, afgevaardigd "
                "vanuit de medezeggenschapsraden van de scholen. De OPR heeft instemmingsrecht op het "
                "ondersteuningsplan.")]
    b += [("h1", "14 Personeel en ICT")]
    b += f_personeel(x) + f_ict(x) + f_kennis(x)
    b += [("h1", "15 Totstandkoming")]
    b += f_totstandkoming(x, opr_detail=False)
    b += f_begrippen(x, extra=[["Lwoo", "Leerwegondersteunend onderwijs."], ["Pro", "Praktijkonderwijs."],
                               ["OPDC", "Orthopedagogisch-didactisch centrum."],
                               ["Verdeelsystematiek", "Wijze waarop middelen over de scholen worden verdeeld "
                                                      "(schoolbudget per leerling, vaste voet)."]])
    name = "vo-waterland-noord-ondersteuningsplan"
    render_pdf(b, OUT / (name + ".pdf"), "Ondersteuningsplan VO Waterland-Noord 2026-2030",
               "SWV VO Waterland-Noord – financiën, ouders, terugplaatsing")
    c = crit(["basisondersteuning.niveau", "terugstroom.beleid", "financien.verdeling",
              "financien.besteding", "ouders.informatie"])
    adv = {"plaatsing": ["deskundigen", "duur-categorie", "bezwaar"], "dekkend-aanbod": ["ketenpartners"],
           "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]}
    notes = {
        "basisondersteuning": "H4 lists concrete voorzieningen (mentor, zorgteam, dyslexie, time-out ...) but says an agreed minimum for all vestigingen does not exist yet (werkgroep Basis op Orde 2026-2027) -> niveau not addressed.",
        "plaatsing": "H6: vso procedure and criteria (1)-(3), Commissie Toewijzing, two deskundigen, categorie, duration, LBT bezwaar; lwoo/pro procedure and national criteria.",
        "terugstroom": "H7 describes the procedure (evaluation by 1 March, advice, consulent, decision by 1 May); policy/support after return deferred ('herijken', 'maatwerk is het devies').",
        "financien": "H11 defers the whole financial chapter to an addendum; 'middelen'/'schoolbudget' only in passing and the verdeelsystematiek only in the begrippenlijst.",
        "dekkend-aanbod": "H5 four layers incl. OPDC, rebound, vso, ISK; H8 Verzuimoverleg, quarterly analysis of wachtlijsten/tekorten, board decision, 10 extra OPDC places.",
        "resultaten": "H10: table of beoogde resultaten with nulmeting and streefwaarde; quarterly data, half-yearly rapportage, schoolgesprek, external evaluation.",
        "ouders": "H9: independent Ouder- en Jeugdsteunpunt Waterland and Onderwijsconsulenten; informing parents about the aanbod deferred (website 'in ontwikkeling', 2027).",
    }
    write_label(name, [name + ".pdf"], "vo", c, adv, notes)
    return name, b


# ---------------------------------------------------------------------------
# Plan 5: PO, html (web version). Hoeksche Waard-West
# ---------------------------------------------------------------------------

def plan5():
    x = dict(naam="Stichting Samenwerkingsverband Primair Onderwijs Hoeksche Waard-West", besturen="vier",
             bureau="Oud-Beijerland", fte="5,6", periode="2026-2027 tot en met 2029-2030", start="2026",
             eind="2030", d1="30 september 2025", d2="9 december 2025", d3="16 december 2025",
             d4="3 februari 2026", d5="24 februari 2026", ander="VO Hoeksche Waard", opr="zes",
             gemeenten="Hoeksche Waard (kernen Oud-Beijerland, Puttershoek, Mijnsheerenland, Westmaas en "
                       "Nieuw-Beijerland)",
             karakter="een agrarische achtergrond, nieuwbouwwijken met jonge gezinnen en veel forensen naar "
                      "Rotterdam",
             scholen="27", sbo="één", so="één", lln="5.100",
             motto="'Gewoon waar het kan, speciaal waar het moet.'")
    toc = ["Voorwoord", "1 Over dit plan", "2 Het samenwerkingsverband in cijfers", "3 Visie",
           "4 Basisondersteuning", "5 Dekkend aanbod", "6 Toelaatbaarheid", "7 Terug naar de basisschool",
           "8 Geld en middelen", "9 Kwaliteit en resultaten", "10 Ouders", "11 Organisatie",
           "12 Personeel, ICT en privacy", "13 Planning en vaststelling", "Bijlage 1 Begrippen- en afkortingenlijst"]
    b = [("title", ["Ondersteuningsplan 2026-2030 (webversie)",
                    "Samenwerkingsverband Primair Onderwijs Hoeksche Waard-West (PO 28-06)",
                    "Deze webversie is gelijk aan de vastgestelde pdf-versie van 24 februari 2026"]),
         ("toc", toc),
         ("h1", "Voorwoord"),
         ("p", "Dit ondersteuningsplan is het vierde plan van ons samenwerkingsverband. Het is bewust een "
               "compact plan geworden. Veel van wat in eerdere plannen stond, is inmiddels gewoon geworden "
               "en hoeft niet opnieuw te worden opgeschreven. We hebben ons gericht op de onderwerpen waar "
               "in de komende periode iets verandert: de toelaatbaarheid, de terugkeer naar de basisschool en "
               "de manier waarop we het geld verdelen."),
         ("p", "Tegelijk zijn we eerlijk: een paar hoofdstukken zijn nog niet af. Dat komt doordat de "
               "landelijke ontwikkelingen rond de norm voor basisondersteuning en de ouder- en "
               "jeugdsteunpunten nog niet zijn uitgekristalliseerd. We vullen die hoofdstukken aan zodra dat "
               "verantwoord kan."),
         ("p", "Hans Verhoeven, directeur-bestuurder"),
         ("h1", "1 Over dit plan"),
         ("p", "Dit plan geldt voor vier schooljaren. Het is opgesteld door de medewerkers van het bureau, "
               "besproken met de directeuren en de bestuurders, en voorgelegd aan de ondersteuningsplanraad. "
               "Het plan bestaat uit deze webversie en een pdf met dezelfde inhoud. Een jaarplan met "
               "activiteiten volgt ieder jaar in het najaar."),
         ("h1", "2 Het samenwerkingsverband in cijfers")]
    b += f_regio(x)
    b += [("h2", "Wat er de afgelopen jaren veranderde"),
          ("p", "In de vorige planperiode is het samenwerkingsverband flink veranderd. De gemeentelijke "
                "herindeling van 2019 leidde ertoe dat het werkgebied nu binnen één gemeente valt, wat het "
                "overleg eenvoudiger heeft gemaakt. Het bureau verhuisde in 2023 naar Oud-Beijerland. In 2024 "
                "is de directeur-bestuurder die het samenwerkingsverband sinds de oprichting leidde met "
                "pensioen gegaan; de overdracht is zorgvuldig verlopen. Ook is de Raad van Toezicht vrijwel "
                "geheel vernieuwd. Tot slot hebben twee kleine besturen besloten te fuseren, waardoor het "
                "aantal aangesloten besturen van vijf naar vier daalde. Deze veranderingen hebben veel tijd "
                "gekost, en dat verklaart ook waarom een aantal onderdelen van dit plan nog in ontwikkeling is.")]
    b += [("h1", "3 Visie")]
    b += f_visie(x) + f_ontwikkelingen(x)
    b += [("h1", "4 Basisondersteuning"),
          ("p", "De afspraken over de basisondersteuning herijken we in het eerste planjaar, in het licht van "
                "de landelijke norm die het ministerie heeft aangekondigd. Tot die tijd blijven de afspraken "
                "uit het ondersteuningsplan 2022-2026 van kracht."),
          ("h1", "5 Dekkend aanbod"),
          ("p", "Het hoofdstuk over het aanbod in de regio wordt na de herijking van de basisondersteuning aan "
                "dit plan toegevoegd. Zie de planning in hoofdstuk 13."),
          ("h1", "6 Toelaatbaarheid"),
          ("p", "Per 1 augustus 2026 richten we de aanvraagprocedure voor toelaatbaarheidsverklaringen "
                "opnieuw in. De nieuwe werkwijze, inclusief de rol van de deskundigen en de termijnen, wordt "
                "beschreven in een afzonderlijke regeling die in het voorjaar van 2026 verschijnt."),
          ("p", "Wat niet verandert, zijn de criteria. Een leerling is toelaatbaar tot het speciaal onderwijs "
                "of het speciaal basisonderwijs wanneer aan de voorwaarden in onderstaande tabel is voldaan. "
                "De criteria zijn bedoeld als ondergrens: zonder dat hieraan is voldaan, wordt geen TLV "
                "afgegeven."),
          ("table", [["", "Speciaal basisonderwijs", "Speciaal onderwijs (cluster 3 en 4)"],
                     ["Voorafgaande inzet", "Minimaal twee OPP-cycli (één schooljaar) op de basisschool, "
                      "waarvan één met een arrangement", "Idem, tenzij sprake is van een acute situatie of "
                      "een evident zware beperking"],
                     ["Ondersteuningsbehoefte", "Structureel behoefte aan een kleine groep (max. 15) en "
                      "specialistische didactiek op meerdere vakgebieden", "Behoefte aan een combinatie van "
                      "onderwijs en (para)medische zorg of behandeling, of een zeer intensieve gedragsaanpak"],
                     ["Ontwikkelingsperspectief", "Verwachte uitstroom naar vmbo-basis/kader of pro",
                      "Perspectief dat ook in het sbo niet haalbaar is"],
                     ["Uitsluitend", "Niet: alleen een taalachterstand of alleen een dyslexie", "Niet: alleen "
                      "een diagnose zonder handelingsverlegenheid"]]),
          ("p", "TLV's worden afgegeven voor twee schooljaren; voor kinderen met een ernstige meervoudige "
                "beperking voor de hele schoolloopbaan."),
          ("h1", "7 Terug naar de basisschool"),
          ("p", "Wij vinden dat een kind in het sbo of so de kans moet krijgen om terug te gaan naar een "
                "gewone basisschool zodra dat kan. Een verblijf in het speciaal (basis)onderwijs is in ons "
                "verband een tijdelijke plek, geen eindpunt. Voorwaarden voor terugkeer zijn dat de doelen "
                "uit het OPP grotendeels zijn gehaald, dat het kind in een groep van 25 tot 30 kinderen kan "
                "functioneren met de begeleiding die een basisschool kan bieden, en dat er een ontvangende "
                "school is in of dichtbij de woonkern."),
          ("p", "De werkwijze is als volgt. In het laatste jaar van de TLV, uiterlijk in januari, bespreekt de "
                "sbo- of so-school bij de evaluatie van het OPP of terugkeer mogelijk is. Is dat zo, dan meldt "
                "de intern begeleider van de sbo- of so-school dit bij het bureau. De orthopedagoog van het "
                "bureau zoekt samen met de school een ontvangende basisschool en organiseert een "
                "overdrachtsgesprek. De directeur-bestuurder besluit uiterlijk 15 april over de toekenning van "
                "het terugkeerbudget; als terugkeer nog niet mogelijk is, wordt in dezelfde periode een nieuwe "
                "TLV aangevraagd. Een terugkeer kan ook gefaseerd: eerst twee dagen per week op de basisschool, "
                "na drie maanden volledig."),
          ("p", "De ontvangende basisschool krijgt voor ieder teruggekeerd kind een terugkeerbudget van "
                "€ 4.000 en een jaar ambulante begeleiding vanuit de school waar het kind vandaan komt. Na "
                "zes maanden is er een evaluatie; het bureau houdt bij hoeveel kinderen na een jaar nog op de "
                "basisschool zitten."),
          ("h1", "8 Geld en middelen"),
          ("p", "Het samenwerkingsverband ontvangt jaarlijks ongeveer € 5,2 miljoen aan "
                "ondersteuningsmiddelen. De afdrachten voor leerlingen met een TLV voor het so worden door DUO "
                "ingehouden; de afdracht voor het sbo boven de 2 procent betalen wij zelf aan het sbo. Het "
                "overige deel verdelen we als volgt:"),
          ("bullets", ["Ieder schoolbestuur ontvangt een schoolbudget van € 140 per leerling op teldatum 1 oktober "
                       "plus een vaste voet van € 4.500 per school.",
                       "Het terugkeerbudget (zie hoofdstuk 7) wordt per kind toegekend door de "
                       "directeur-bestuurder.",
                       "Het bureau, de orthopedagogen en de commissie worden uit een vast deel bekostigd, "
                       "maximaal 9 procent van de baten.",
                       "Besturen verantwoorden de besteding van het schoolbudget jaarlijks aan de hand van "
                       "een vast format."]),
          ("table", [["Meerjarenbegroting (x € 1.000)", "2026", "2027", "2028", "2029"],
                     ["Baten ondersteuningsmiddelen", "5.210", "5.160", "5.120", "5.090"],
                     ["Afdrachten so via DUO", "1.540", "1.530", "1.520", "1.510"],
                     ["Afdracht sbo boven 2%", "260", "255", "250", "250"],
                     ["Schoolbudgetten besturen", "2.835", "2.800", "2.780", "2.760"],
                     ["Terugkeerbudgetten", "40", "48", "56", "56"],
                     ["Bureau, orthopedagogen, commissie", "460", "465", "460", "458"],
                     ["Deskundigheidsbevordering", "60", "60", "55", "55"],
                     ["Saldo", "15", "2", "-1", "1"]]),
          ("p", "Het weerstandsvermogen bedroeg eind 2024 7 procent van de baten en blijft daarmee binnen de "
                "afspraak van maximaal 8 procent."),
          ("h1", "9 Kwaliteit en resultaten"),
          ("p", "Welke resultaten we in deze planperiode willen bereiken, leggen we in het voorjaar van 2027 "
                "vast in een ambitiedocument, nadat de herijking van de basisondersteuning is afgerond."),
          ("p", "Wel staat vast hoe we de ontwikkelingen volgen. Elk kwartaal stelt het bureau een rapportage "
                "op voor de directeur-bestuurder en de Raad van Toezicht met de kengetallen uit de registratie "
                "en van DUO. Eenmaal per jaar bespreken we de kengetallen per bestuur in een "
                "verantwoordingsgesprek, en in het jaarverslag rapporteren we ze met een toelichting. De "
                "tabel hieronder geeft de stand van de afgelopen jaren."),
          ("table", [["Kengetal", "2022", "2023", "2024", "2025"],
                     ["Deelnamepercentage sbo (1 oktober)", "2,1%", "2,0%", "2,2%", "2,1%"],
                     ["Deelnamepercentage so (1 oktober)", "1,6%", "1,7%", "1,7%", "1,8%"],
                     ["Afgegeven TLV's", "61", "58", "66", "63"],
                     ["Gemiddelde doorlooptijd TLV (werkdagen)", "34", "30", "29", "27"],
                     ["Teruggekeerde leerlingen", "3", "5", "4", "6"]]),
          ("h1", "10 Ouders"),
          ("p", "Dit hoofdstuk wordt herschreven zodra het ouder- en jeugdsteunpunt is ingericht. De nieuwe "
                "tekst volgt in de loop van 2026."),
          ("h1", "11 Organisatie")]
    b += f_governance(x) + f_integriteit(x) + f_mr_bureau(x) + f_risico(x) + f_communicatie_scholen(x)
    b += [("h1", "12 Personeel, ICT en privacy")]
    b += f_personeel(x) + f_ict(x)
    b += [("h1", "13 Planning en vaststelling"),
          ("p", "Omdat een aantal onderdelen van dit plan later wordt aangevuld, werken we met een "
                "aanvullingsplanning. Iedere aanvulling wordt ter instemming voorgelegd aan de OPR."),
          ("table", [["Onderdeel", "Gereed"],
                     ["Regeling aanvraagprocedure toelaatbaarheid", "voorjaar 2026"],
                     ["Herijking basisondersteuning", "juli 2027"],
                     ["Hoofdstuk aanbod in de regio", "december 2027"],
                     ["Ambitiedocument resultaten", "voorjaar 2027"],
                     ["Hoofdstuk ouders", "2026"]])]
    b += f_totstandkoming(x, opr_detail=False)
    b += [("h2", "Huisvesting van het bureau"),
          ("p", "Het bureau is sinds 2023 gehuisvest in een verbouwd schoolgebouw in Oud-Beijerland, dat we "
                "delen met de jeugdgezondheidszorg en een kinderopvangorganisatie. Het gebouw biedt "
                "voldoende gespreksruimten en is goed bereikbaar met het openbaar vervoer. Het huurcontract "
                "loopt tot 2031. In de planperiode verduurzamen we het gebouw samen met de eigenaar; de "
                "kosten daarvan zijn in de huurprijs verwerkt.")]
    b += f_begrippen(x)
    name = "po-hoeksche-waard-west-ondersteuningsplan"
    render_html(b, OUT / (name + ".html"), "Ondersteuningsplan 2026-2030 – SWV PO Hoeksche Waard-West",
                "© SWV PO Hoeksche Waard-West – basisondersteuning, dekkend aanbod, ouders")
    c = crit(["basisondersteuning.niveau", "basisondersteuning.inhoud", "plaatsing.procedure",
              "dekkend-aanbod.continuum", "dekkend-aanbod.lacunes", "resultaten.doelen",
              "ouders.informatie", "ouders.steunpunt"])
    adv = {"plaatsing": ["duur-categorie"], "terugstroom": ["monitoring"],
           "financien": ["reserves", "verantwoording"], "resultaten": ["meetbaar"]}
    notes = {
        "basisondersteuning": "H4 only defers (herijking in first plan year) and refers to the previous plan; the definition is only in the begrippenlijst.",
        "plaatsing": "H6: criteria table for sbo and so (addressed, only in a table); procedure incl. deskundigen and termijnen deferred to a separate regeling (spring 2026); TLV duration given.",
        "terugstroom": "H7 'Terug naar de basisschool': policy and conditions, steps (January evaluation, IB melds, orthopedagoog, decision by 15 April), terugkeerbudget EUR 4.000 and ambulante begeleiding.",
        "financien": "H8 'Geld en middelen': schoolbudget EUR 140 per leerling + vaste voet EUR 4.500, max 9% bureau; meerjarenbegroting 2026-2029; weerstandsvermogen.",
        "dekkend-aanbod": "H5 is only a deferral; the regio chapter counts sbo/so schools without describing an aanbod; visie 'andere passende plek' is a passing mention; OOGO only as a date in the procedure table.",
        "resultaten": "H9: monitoring (quarterly rapportage, verantwoordingsgesprek, jaarverslag, kengetallen table) addressed; intended results deferred to an ambitiedocument 2027.",
        "ouders": "H10 is a deferral ('wordt herschreven ... volgt in de loop van 2026'); OJSP only named in the voorwoord/deferral and begrippenlijst; no parents' role described.",
    }
    write_label(name, [name + ".html"], "po", c, adv, notes)
    return name, b


# ---------------------------------------------------------------------------
# Near-miss: a school-level ondersteuningsplan of one basisschool (pdf)
# ---------------------------------------------------------------------------

def nearmiss():
    b = [("title", ["Ondersteuningsplan 2025-2026",
                    "OBS De Vlinderhof – Assen",
                    "Onderdeel van de schoolgids; aangesloten bij Samenwerkingsverband Passend Onderwijs "
                    "Drenthe-Noord"]),
         ("toc", ["1 Inleiding", "2 Visie op ondersteuning", "3 Basisondersteuning op De Vlinderhof",
                  "4 De zorgniveaus", "5 Groeps- en leerlingbesprekingen", "6 Extra ondersteuning en het "
                  "samenwerkingsverband", "7 Toelaatbaarheid en terugplaatsing", "8 Ouders",
                  "9 Middelen en formatie", "10 Resultaten en evaluatie", "11 Jaarplanning"]),
         ("h1", "1 Inleiding"),
         ("p", "In dit ondersteuningsplan beschrijft OBS De Vlinderhof hoe de ondersteuning aan leerlingen "
               "binnen onze school is georganiseerd. Het plan is bedoeld voor het team, de "
               "medezeggenschapsraad en ouders. Het wordt ieder schooljaar door de intern begeleider en de "
               "directeur geactualiseerd en door het team vastgesteld. Het plan sluit aan bij het "
               "ondersteuningsplan van het samenwerkingsverband en bij ons schoolondersteuningsprofiel."),
         ("p", "De Vlinderhof is een openbare basisschool in de wijk Kloosterveen met 312 leerlingen in "
               "dertien groepen. Het team bestaat uit 24 medewerkers, onder wie een intern begeleider (0,8 "
               "fte), een gedragsspecialist (0,4 fte) en twee onderwijsassistenten."),
         ("h1", "2 Visie op ondersteuning"),
         ("p", "Wij willen dat ieder kind zich op onze school gezien en veilig voelt en zich optimaal "
               "ontwikkelt. Wij werken handelingsgericht: we kijken naar wat een kind nodig heeft, niet naar "
               "wat er mis is. De leerkracht is de spil; de intern begeleider ondersteunt de leerkracht. "
               "Ouders zijn ervaringsdeskundig en worden als partner betrokken."),
         ("h1", "3 Basisondersteuning op De Vlinderhof"),
         ("p", "Onze school biedt de basisondersteuning zoals die in het samenwerkingsverband is afgesproken. "
               "Concreet betekent dit voor De Vlinderhof: een dyslexieprotocol met signalering vanaf groep 2, "
               "een rekenprotocol, verlengde instructie in alle groepen, een plusgroep voor kinderen die meer "
               "aankunnen (een ochtend per week), de methode Kwink voor sociaal-emotionele ontwikkeling, "
               "een pestprotocol en een protocol medisch handelen. Iedere groep heeft een groepsoverzicht en "
               "een groepsplan voor rekenen, lezen en gedrag."),
         ("h1", "4 De zorgniveaus"),
         ("p", "Wij onderscheiden vijf zorgniveaus. Niveau 1: algemene zorg door de leerkracht in de groep. "
               "Niveau 2: extra zorg in de groep, bijvoorbeeld verlengde instructie. Niveau 3: speciale zorg "
               "na overleg met de intern begeleider, met een handelingsplan. Niveau 4: speciale zorg met "
               "inschakeling van externe deskundigen, zoals de consulent van het samenwerkingsverband of de "
               "schoolmaatschappelijk werker. Niveau 5: verwijzing naar het speciaal (basis)onderwijs of een "
               "ontwikkelingsperspectief op maat binnen de school."),
         ("h1", "5 Groeps- en leerlingbesprekingen"),
         ("p", "Drie keer per jaar, na de afname van de toetsen in oktober, februari en juni, houdt de intern "
               "begeleider met iedere leerkracht een groepsbespreking. Daarin worden de resultaten van de "
               "groep besproken, de groepsplannen geëvalueerd en kinderen met een bijzondere "
               "onderwijsbehoefte gesignaleerd. Leerlingen over wie zorgen bestaan, worden besproken in een "
               "leerlingbespreking met de intern begeleider. Ouders worden vooraf geïnformeerd en worden bij "
               "de bespreking uitgenodigd wanneer externe deskundigen worden ingeschakeld."),
         ("p", "Zes keer per jaar komt het ondersteuningsteam van de school bijeen: directeur, intern "
               "begeleider, gedragsspecialist, de consulent van het samenwerkingsverband, de "
               "schoolmaatschappelijk werker en de jeugdverpleegkundige. Ouders zijn altijd welkom bij de "
               "bespreking van hun kind."),
         ("h1", "6 Extra ondersteuning en het samenwerkingsverband"),
         ("p", "Als de basisondersteuning niet genoeg is, kan de school bij het samenwerkingsverband een "
               "arrangement aanvragen. Dat gebeurt na bespreking in het ondersteuningsteam en met "
               "toestemming van ouders. Voor ieder kind met een arrangement stellen wij een "
               "ontwikkelingsperspectiefplan (OPP) op, dat twee keer per jaar met ouders wordt geëvalueerd. In "
               "schooljaar 2024-2025 hadden acht leerlingen een arrangement, onder meer voor gedrag en "
               "voor taal (nieuwkomers)."),
         ("h1", "7 Toelaatbaarheid en terugplaatsing"),
         ("p", "Wanneer een kind is aangewezen op het speciaal basisonderwijs of speciaal onderwijs, vraagt "
               "de directeur namens het bestuur een toelaatbaarheidsverklaring aan bij het "
               "samenwerkingsverband. De procedure en de criteria staan in het ondersteuningsplan van het "
               "samenwerkingsverband. Wij begeleiden de ouders bij de aanvraag en bij de kennismaking met "
               "de nieuwe school. Kinderen die vanuit het sbo terugkeren naar onze school, ontvangen wij "
               "graag; wij maken dan met de sbo-school afspraken over de overdracht."),
         ("h1", "8 Ouders"),
         ("p", "Ouders worden aan het begin van het schooljaar uitgenodigd voor een startgesprek. Daarnaast "
               "zijn er twee rapportgesprekken per jaar. Informatie over de ondersteuning op onze school "
               "staat in de schoolgids en in het schoolondersteuningsprofiel op onze website. Met vragen "
               "kunnen ouders terecht bij de leerkracht, de intern begeleider of de directeur. Heeft u een "
               "klacht, dan kunt u gebruikmaken van de klachtenregeling van het bestuur; ook kunt u contact "
               "opnemen met de vertrouwenspersoon of met het ouder- en jeugdsteunpunt van het "
               "samenwerkingsverband."),
         ("h1", "9 Middelen en formatie"),
         ("p", "De school ontvangt van het samenwerkingsverband via het bestuur een schoolbudget van ongeveer "
               "€ 41.000 per jaar. Dit bedrag besteden wij aan de uren van de gedragsspecialist (0,4 fte), "
               "een onderwijsassistent (0,5 fte) en aan scholing van het team op het gebied van gedrag. "
               "Daarnaast zetten wij NPO-middelen in voor extra instructie in kleine groepjes; die middelen "
               "lopen in 2025 af."),
         ("h1", "10 Resultaten en evaluatie"),
         ("p", "Wij evalueren de ondersteuning jaarlijks in juni aan de hand van de opbrengsten van de "
               "toetsen, de resultaten op de doorstroomtoets en de tevredenheid van ouders en leerlingen. In "
               "2024-2025 lag de score op de doorstroomtoets boven het landelijk gemiddelde. De evaluatie "
               "wordt besproken in het team en met de medezeggenschapsraad en leidt tot aanpassingen in het "
               "schoolplan en in dit ondersteuningsplan."),
         ("h1", "11 Jaarplanning"),
         ("table", [["Maand", "Activiteit"],
                    ["September", "Startgesprekken met ouders; groepsoverzichten bijwerken"],
                    ["Oktober", "Toetsen en groepsbesprekingen ronde 1"],
                    ["November", "Ondersteuningsteam; leerlingbesprekingen"],
                    ["Februari", "Toetsen en groepsbesprekingen ronde 2; rapportgesprekken"],
                    ["April", "Ondersteuningsteam; evaluatie OPP's"],
                    ["Juni", "Toetsen, groepsbesprekingen ronde 3, evaluatie ondersteuningsplan"],
                    ["Juli", "Overdracht naar volgende groep; rapportgesprekken"]]),
         ("p", "Vastgesteld door het team op 2 september 2025; de MR heeft het plan op 16 september 2025 "
               "besproken.")]
    name = "obs-de-vlinderhof-ondersteuningsplan-2025-2026"
    render_pdf(b, OUT / (name + ".pdf"), "OBS De Vlinderhof – Ondersteuningsplan 2025-2026",
               "De Vlinderhof, Assen – schoolgids bijlage")
    write_label(name, [name + ".pdf"], None, {}, {}, {
        "document": "School-level ondersteuningsplan of one basisschool (zorgniveaus, groepsbesprekingen, "
                    "schoolbudget, MR) that only refers to the samenwerkingsverband; no OPR, OOGO, planperiode "
                    "or SWV-wide tasks, so it is not an ondersteuningsplan of a samenwerkingsverband."})
    return name, b


def main():
    report = []
    for fn in (plan1, plan2, plan3, plan4, plan5, nearmiss):
        name, blocks = fn()
        report.append((name, words(blocks)))
    for name, n in report:
        print("%-55s %6d words" % (name, n))


if __name__ == "__main__":
    main()
