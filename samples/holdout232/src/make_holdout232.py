#!/usr/bin/env python3
"""Generate holdout set 232: five fictional ondersteuningsplannen (PO/VO) and one near-miss document.

Deterministic, no network. Output goes to the folder above this script's folder.
PDFs are rendered from .docx with LibreOffice (soffice --headless) in a private temporary directory.
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
FIXED_DATE = datetime.datetime(2026, 3, 1, 12, 0, 0)

# ---------------------------------------------------------------------------------------------
# Neutral filler shared by the plans (formatted with a per-plan context). These paragraphs are
# written so that they do not address any core or advisory criterion of the seven elements; they
# only mention the vocabulary in passing.
# ---------------------------------------------------------------------------------------------
FILL = {
    "voorwoord1": (
        "Voor u ligt het ondersteuningsplan {periode} van {naam}. Het is het derde plan sinds de invoering van "
        "passend onderwijs in 2014 en het eerste dat tot stand kwam na de landelijke evaluatie en de "
        "Verbeteraanpak. In de afgelopen maanden hebben we gesproken met directeuren, intern begeleiders, "
        "leerkrachten, ouders, gemeenten en jeugdhulpaanbieders. Die gesprekken waren open en soms ook "
        "confronterend: niet alles wat we in het vorige plan hadden opgeschreven, is in de praktijk van de "
        "scholen terechtgekomen. Dat nemen we ter harte. Dit plan is daarom bewust compacter en we hebben "
        "geprobeerd alleen op te schrijven wat we ook echt gaan doen."
    ),
    "voorwoord2": (
        "Wij danken iedereen die heeft meegedacht, in het bijzonder de leden van de ondersteuningsplanraad, "
        "die kritisch en betrokken hebben meegelezen, en de werkgroep van intern begeleiders die de eerste "
        "versies van verschillende hoofdstukken heeft voorzien van commentaar. Wij hopen dat dit plan voor "
        "iedereen die betrokken is bij het onderwijs aan kinderen in {regio} een bruikbaar document is, en "
        "niet alleen een verplichting die eens in de vier jaar moet worden afgevinkt. Namens het bestuur, "
        "{bestuurder}, directeur-bestuurder."
    ),
    "leeswijzer": (
        "Dit plan is als volgt opgebouwd. Na deze inleiding schetsen we de context van ons verband en de "
        "kengetallen. Daarna beschrijven we onze visie en ambities. De hoofdstukken die volgen gaan over de "
        "inhoud van de ondersteuning, de toewijzing, de samenwerking met partners, de organisatie en de "
        "planning. De bijlagen bevatten een begrippenlijst. Waar wij in dit plan spreken over 'scholen' "
        "bedoelen wij alle vestigingen die onder ons verband vallen, tenzij anders vermeld. Waar we 'ouders' "
        "schrijven, bedoelen we ook verzorgers en voogden."
    ),
    "context": (
        "{naam} is een stichting waarin {n_besturen} schoolbesturen samenwerken. Het verband omvat het "
        "grondgebied van de gemeenten {gemeenten}. Op 1 oktober 2025 telden de {n_scholen} scholen in ons "
        "gebied samen {n_leerlingen} leerlingen. Het verband is geregistreerd onder nummer {code}. Het "
        "leerlingaantal daalt al enkele jaren licht; de prognoses van de gemeenten laten zien dat die daling "
        "in de planperiode doorzet, met uitzondering van de nieuwbouwwijken aan de rand van {stad}. "
        "De scholen verschillen sterk in omvang: de kleinste school heeft minder dan vijftig leerlingen, de "
        "grootste ruim vijfhonderd."
    ),
    "visie1": (
        "Wij geloven dat ieder kind recht heeft op onderwijs dat past bij wat het nodig heeft, zo dicht "
        "mogelijk bij huis en samen met leeftijdgenoten. Dat vraagt om scholen die zich eigenaar voelen van "
        "de ontwikkeling van alle kinderen, om leerkrachten die zich gesteund weten, en om ouders die als "
        "partner worden gezien. Passend onderwijs is voor ons geen systeem van formulieren en loketten, "
        "maar een manier van kijken: we beginnen bij de vraag van het kind en niet bij de vraag welk potje "
        "geld of welk arrangement beschikbaar is."
    ),
    "visie2": (
        "De komende jaren willen we de beweging naar inclusiever onderwijs verder versterken. Het landelijke "
        "perspectief dat in 2035 zoveel mogelijk kinderen thuisnabij naar school gaan, delen wij. Tegelijk "
        "zijn we realistisch: het lerarentekort, de toegenomen complexiteit van de vragen in de klas en de "
        "druk op de jeugdhulp maken dat we keuzes moeten maken. In dit plan maken wij die keuzes zichtbaar. "
        "Onze ambities zijn geformuleerd als richting en niet als belofte aan individuele scholen."
    ),
    "missie": (
        "Onze missie luidt: 'Samen zorgen dat elk kind zich kan ontwikkelen.' Het woord 'samen' staat daarin "
        "niet voor niets voorop. Het samenwerkingsverband is geen aparte organisatie die het werk van de "
        "scholen overneemt; het is een samenwerking van de schoolbesturen zelf. Het bureau faciliteert, "
        "verbindt en houdt overzicht. De verantwoordelijkheid voor het onderwijs aan een kind ligt altijd bij "
        "de school en het bestuur waar het kind is ingeschreven."
    ),
    "kernwaarden": (
        "Bij ons werk hanteren we vier kernwaarden. Vertrouwen: we gaan ervan uit dat scholen, ouders en "
        "partners het beste willen voor het kind. Eenvoud: we houden regels en procedures zo licht als "
        "verantwoord is. Nabijheid: we zijn bereikbaar en komen naar de scholen toe. Leren: we kijken "
        "kritisch naar ons eigen werk en passen aan wat niet goed gaat. Deze waarden zijn in 2025 met de "
        "directeuren en de ondersteuningsplanraad besproken en bekrachtigd."
    ),
    "terugblik": (
        "De vorige planperiode werd sterk beïnvloed door de nasleep van de coronaperiode, een "
        "personeelswisseling op het bureau en de invoering van een nieuw registratiesysteem. Het bestuur heeft "
        "in 2024 een externe bureau gevraagd de organisatie door te lichten. Dat heeft geleid tot een "
        "nieuwe inrichting van het bureau en een duidelijkere scheiding tussen bestuur en intern toezicht. "
        "Verder zijn in die periode de samenwerkingsafspraken met de kinderopvang en de voorschoolse "
        "educatie geactualiseerd."
    ),
    "governance1": (
        "De stichting kent een model met een directeur-bestuurder en een raad van toezicht. De raad van "
        "toezicht bestaat uit vijf leden: drie leden op voordracht van de aangesloten schoolbesturen en twee "
        "onafhankelijke leden, van wie één op voordracht van de ondersteuningsplanraad. De directeur-"
        "bestuurder is belast met het bestuur van de stichting en legt verantwoording af aan de raad van "
        "toezicht. De aangesloten besturen komen minimaal vier keer per jaar bijeen in het bestuurlijk "
        "overleg, waarin de strategische koers wordt besproken."
    ),
    "governance2": (
        "Het bestuur werkt volgens de Code Goed Bestuur in het primair onderwijs. Het bestuursreglement, "
        "het reglement raad van toezicht en de statuten zijn in 2025 geactualiseerd en in lijn gebracht met "
        "de Wet bestuur en toezicht rechtspersonen. De statuten bevatten een geschillenregeling voor "
        "geschillen tussen de aangesloten besturen. De jaarstukken worden opgesteld volgens de "
        "Regeling jaarverslaggeving onderwijs en worden gecontroleerd door een externe accountant."
    ),
    "opr_met_ouders": (
        "De ondersteuningsplanraad (OPR) heeft instemmingsrecht op dit plan. De OPR telt acht leden: vier "
        "ouders en vier personeelsleden, afgevaardigd vanuit de medezeggenschapsraden van de scholen. De OPR "
        "vergadert zes keer per jaar en wordt tijdig en volledig geïnformeerd. De raad heeft op {opr_datum} "
        "ingestemd met dit ondersteuningsplan."
    ),
    "opr_kaal": (
        "Voor de vaststelling van dit plan is de instemming van de ondersteuningsplanraad vereist. De OPR "
        "heeft het concept in drie vergaderingen besproken en op {opr_datum} ingestemd. Het "
        "medezeggenschapsreglement en het huishoudelijk reglement van de OPR zijn op de website van het "
        "verband gepubliceerd."
    ),
    "oogo_formeel": (
        "Het op overeenstemming gericht overleg (OOGO) met de colleges van burgemeester en wethouders over het "
        "concept van dit plan is gevoerd op {oogo_datum}. Het overleg met het aangrenzende "
        "samenwerkingsverband voor voortgezet onderwijs vond plaats op dezelfde dag. Het bestuur heeft het plan "
        "vervolgens op {vast_datum} vastgesteld; het is voor 1 mei 2026 aan de inspectie toegezonden."
    ),
    "personeel": (
        "Het bureau van het samenwerkingsverband heeft een formatie van {fte} fte. Daaronder vallen de "
        "directeur-bestuurder, een beleidsmedewerker, een controller, een secretariaat en een team van "
        "orthopedagogen en onderwijsadviseurs. Het bureau is gehuisvest in {stad}. Medewerkers hebben een "
        "persoonlijk ontwikkelplan en volgen jaarlijks scholing. Voor het personeel van het bureau geldt de "
        "cao primair onderwijs. We merken dat het moeilijk is om ervaren orthopedagogen te vinden en te "
        "behouden; daarom investeren we in opleidingsplaatsen en in samenwerking met de hogeschool."
    ),
    "ict": (
        "Voor de registratie van aanvragen, dossiers en besluiten gebruikt het verband een beveiligde "
        "webapplicatie. Scholen hebben toegang tot hun eigen dossiers. Het verband heeft een functionaris "
        "gegevensbescherming aangesteld, een privacyreglement vastgesteld en een verwerkingsregister "
        "ingericht. Gegevens over de gezondheid van leerlingen worden alleen verwerkt voor zover dat nodig is "
        "voor de wettelijke taken en worden niet langer bewaard dan is toegestaan. Datalekken worden "
        "gemeld volgens de vastgestelde procedure. In 2026 vervangen we het verouderde documentsysteem."
    ),
    "professionalisering": (
        "Het verband organiseert jaarlijks een studiedag voor intern begeleiders en directeuren, en een "
        "aantal netwerkbijeenkomsten rond thema's als gedrag, taalontwikkeling, meer- en hoogbegaafdheid en "
        "rouw en verlies. Deze bijeenkomsten worden goed bezocht. Daarnaast ondersteunt het verband "
        "lerende netwerken van leerkrachten. De besturen blijven zelf verantwoordelijk voor het "
        "professionaliseringsbeleid van hun personeel; het verband vult aan waar samenwerking meerwaarde heeft."
    ),
    "landelijk": (
        "De landelijke context verandert. Het kabinet heeft een norm voor de basisondersteuning in "
        "voorbereiding, de wet die de positie van ouders en leerlingen versterkt is aangenomen, en er wordt "
        "gesproken over een andere bekostiging van het speciaal onderwijs. Wij volgen deze ontwikkelingen "
        "nauwgezet. Als de wetgeving daartoe aanleiding geeft, passen wij dit plan tussentijds aan, met "
        "instemming van de ondersteuningsplanraad."
    ),
    "communicatie_scholen": (
        "Het bureau informeert de scholen via een maandelijkse nieuwsbrief, een besloten deel van de website "
        "en de directeurenbijeenkomsten. Elke school heeft een vaste contactpersoon op het bureau. In de "
        "evaluatie gaven directeuren aan dat de bereikbaarheid van het bureau is verbeterd, maar dat "
        "informatie soms te laat komt. We spreken daarom af dat wijzigingen in werkwijzen uiterlijk zes weken "
        "voor de ingangsdatum aan de scholen worden gemeld."
    ),
    "planning": (
        "De uitvoering van dit plan vertalen we elk jaar in een jaarplan, dat in het voorjaar wordt "
        "besproken met de directeuren en de ondersteuningsplanraad. In het eerste jaar ligt de nadruk op de "
        "inrichting van het bureau en de nieuwe registratie; in het tweede en derde jaar op de uitvoering; "
        "in het laatste jaar bereiden we het volgende plan voor. Halverwege de planperiode houden we een "
        "tussentijdse bespreking met de besturen."
    ),
    "vo_aansluiting": (
        "De overstap van de basisschool naar het voortgezet onderwijs is een kwetsbaar moment. Met het "
        "samenwerkingsverband voortgezet onderwijs in onze regio is afgesproken dat de warme overdracht voor "
        "alle leerlingen uiterlijk in april plaatsvindt. Er is een gezamenlijke werkgroep die jaarlijks de "
        "overstapkalender vaststelt. De werkgroep bestaat uit intern begeleiders, mentoren en medewerkers van "
        "beide verbanden."
    ),
    "slot": (
        "Dit plan is geen eindpunt. De wereld van het onderwijs verandert snel en wij willen een organisatie "
        "zijn die daarop kan inspelen. We nodigen iedereen uit om te blijven reageren: directeuren, intern "
        "begeleiders, leerkrachten, ouders en partners. Reacties kunnen worden gestuurd aan het bureau. "
        "We zien ernaar uit om de komende vier jaar samen verder te werken aan goed onderwijs voor elk kind."
    ),
    "nieuwkomers": (
        "In de regio wonen steeds meer gezinnen die recent in Nederland zijn aangekomen. Voor hun kinderen "
        "bestaat een taalklas die door een van de besturen wordt georganiseerd, met bekostiging van het Rijk. "
        "Het verband is bij de taalklas betrokken als het gaat om kinderen die naast de taalachterstand "
        "een andere ondersteuningsvraag hebben. De gemeenten zijn verantwoordelijk voor de huisvesting van "
        "de taalklas en voor het vervoer."
    ),
    "totstandkoming": (
        "Aan dit plan is ruim een jaar gewerkt. In het voorjaar van 2025 hielden we vier "
        "consultatiebijeenkomsten in verschillende delen van {regio}, waar in totaal ruim honderdtwintig "
        "deelnemers aanwezig waren. Daarna schreef een kleine redactiegroep een eerste concept, dat in het "
        "najaar in twee rondes is besproken met de directeuren, de besturen en de ondersteuningsplanraad. "
        "Elke reactie is vastgelegd in een reactienota, waarin staat wat we met de opmerking hebben gedaan. "
        "Die werkwijze was arbeidsintensief, maar heeft het draagvlak voor dit plan zichtbaar vergroot."
    ),
    "lerarentekort": (
        "Het lerarentekort raakt ook onze regio. Vooral in de grotere kernen staan vacatures langere tijd "
        "open en worden groepen soms verdeeld of naar huis gestuurd. Besturen zetten zij-instromers, "
        "onderwijsassistenten en vakleerkrachten in om het onderwijs doorgang te laten vinden. Dat heeft "
        "gevolgen voor de rust in de klas en voor de tijd die leraren hebben voor kinderen die meer vragen. "
        "Het verband kan het tekort niet oplossen, maar kan wel helpen door administratieve lasten te "
        "beperken en door kennis te delen tussen scholen."
    ),
    "inspectie": (
        "Het verband valt onder het toezicht van de inspectie van het onderwijs. Het laatste vierjaarlijkse "
        "onderzoek vond plaats in het najaar van 2023 en leidde niet tot herstelopdrachten. De inspectie "
        "gaf wel aandachtspunten mee over de samenhang tussen het plan en het jaarplan en over de "
        "betrokkenheid van de besturen bij de strategische keuzes. Die aandachtspunten zijn meegenomen bij "
        "het opstellen van dit plan. Het volgende onderzoek verwachten wij in 2027."
    ),
    "werkdruk": (
        "Uit de gesprekken bleek dat leraren en intern begeleiders de administratieve druk rond passend "
        "onderwijs als zwaar ervaren. Formulieren overlappen, dezelfde gegevens moeten soms drie keer "
        "worden ingevuld en de terugkoppeling laat op zich wachten. We hebben daarom de formulieren van het "
        "verband teruggebracht van elf naar vier en we vragen geen informatie meer op die al in het "
        "leerlingvolgsysteem van de school staat. Ook gaan we vaker aanschuiven bij bestaande overleggen in "
        "plaats van nieuwe te organiseren."
    ),
    "kinderstem": (
        "Voor dit plan hebben we ook kinderen gevraagd wat voor hen een goede school is. In een "
        "kinderraad van twaalf leerlingen uit de groepen 6 tot en met 8 kwamen drie dingen steeds terug: "
        "een juf of meester die je kent en die naar je luistert, een rustige plek als het even te veel "
        "wordt, en vrienden in de klas. Die uitspraken hangen als poster in de vergaderruimte van het bureau "
        "en we gebruiken ze als toetssteen bij nieuwe voorstellen."
    ),
    "strategie": (
        "Voor de planperiode kiezen we drie strategische thema's. Het eerste is 'samen leren': scholen leren "
        "van elkaar, en het verband organiseert die uitwisseling. Het tweede is 'eenvoud': minder regels en "
        "kortere lijnen. Het derde is 'verbinding': tussen scholen, met voorschoolse voorzieningen, met het "
        "voortgezet onderwijs en met de gemeenten. In het jaarplan vertalen we deze thema's elk jaar in "
        "concrete activiteiten."
    ),
    "medezeggenschap_mr": (
        "Naast de ondersteuningsplanraad heeft ook de medezeggenschapsraad van het verband zelf een rol. De "
        "MR van het bureau bestaat uit twee medewerkers en heeft adviesrecht op de organisatie van het "
        "bureau. Verder onderhouden we contact met de gemeenschappelijke medezeggenschapsraden van de "
        "besturen, die we jaarlijks uitnodigen voor een bijeenkomst over de koers van het verband."
    ),
    "demografie": (
        "Demografisch verandert de regio. De bevolking vergrijst, jongeren trekken naar de stad en in een "
        "aantal kernen staat het voortbestaan van de school onder druk. Tegelijkertijd komen er in de "
        "grotere plaatsen nieuwe woonwijken bij. De besturen werken aan een gezamenlijke visie op het "
        "scholenaanbod, waarin ook de bereikbaarheid van scholen een rol speelt. Het verband is bij die "
        "gesprekken betrokken als adviseur."
    ),
    "jonge_kind": (
        "Een goede start begint vóór de basisschool. De voorschoolse educatie in de gemeenten is de laatste "
        "jaren verbeterd en de warme overdracht van peuteropvang naar basisschool is in alle kernen "
        "afgesproken. De consultatiebureaus en de jeugdgezondheidszorg zijn betrokken bij deze overdracht. "
        "Wij zien dit als een verantwoordelijkheid van gemeenten en besturen samen."
    ),
}


def f(key, ctx):
    return FILL[key].format(**ctx)


EXTRA_KEYS = ["totstandkoming", "strategie", "demografie", "lerarentekort", "werkdruk", "inspectie",
              "medezeggenschap_mr", "kinderstem"]


def extra_section(title, ctx, keys=EXTRA_KEYS):
    return [("h1", title)] + [("p", f(k, ctx)) for k in keys]


# ---------------------------------------------------------------------------------------------
# Block model: ("title", text) ("h1", text) ("h2", text) ("p", text) ("bul", [items]) ("table", rows)
# ("toc", [lines]) ("gloss", [(term, definition)])
# ---------------------------------------------------------------------------------------------

def write_docx(path, blocks, header=None, footer=None, title_meta=""):
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    cp = d.core_properties
    cp.created = FIXED_DATE
    cp.modified = FIXED_DATE
    cp.last_modified_by = "holdout232"
    cp.author = "holdout232"
    cp.title = title_meta
    cp.revision = 1
    sec = d.sections[0]
    if header:
        sec.header.paragraphs[0].text = header
    if footer:
        sec.footer.paragraphs[0].text = footer
    for kind, val in blocks:
        if kind == "title":
            d.add_paragraph(val, style="Title")
        elif kind == "sub":
            d.add_paragraph(val, style="Subtitle")
        elif kind == "h1":
            d.add_heading(val, level=1)
        elif kind == "h2":
            d.add_heading(val, level=2)
        elif kind == "p":
            d.add_paragraph(val)
        elif kind == "bul":
            for it in val:
                d.add_paragraph(it, style="List Bullet")
        elif kind == "num":
            for it in val:
                d.add_paragraph(it, style="List Number")
        elif kind == "toc":
            d.add_heading("Inhoudsopgave", level=1)
            for line in val:
                d.add_paragraph(line)
        elif kind == "gloss":
            t = d.add_table(rows=0, cols=2)
            t.style = "Table Grid"
            for term, dfn in val:
                r = t.add_row().cells
                r[0].text = term
                r[1].text = dfn
        elif kind == "table":
            t = d.add_table(rows=0, cols=len(val[0]))
            t.style = "Table Grid"
            for row in val:
                cells = t.add_row().cells
                for i, c in enumerate(row):
                    cells[i].text = str(c)
        elif kind == "pagebreak":
            d.add_page_break()
        else:
            raise ValueError(kind)
    d.save(path)
    normalize_zip(path)


def normalize_zip(path):
    """Rewrite the .docx zip with fixed timestamps so that reruns give byte-identical files."""
    with zipfile.ZipFile(path) as zin:
        items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2026, 3, 1, 12, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, data)


def write_html(path, blocks, title, nav=None, footer=None):
    out = ["<!DOCTYPE html>", '<html lang="nl">', "<head>", '<meta charset="utf-8">',
           "<title>%s</title>" % html.escape(title), "</head>", "<body>"]
    if nav:
        out.append("<header><nav><ul>")
        for n in nav:
            out.append('<li><a href="#">%s</a></li>' % html.escape(n))
        out.append("</ul></nav></header>")
    out.append("<main>")
    for kind, val in blocks:
        if kind == "title":
            out.append("<h1>%s</h1>" % html.escape(val))
        elif kind == "sub":
            out.append('<p class="subtitle">%s</p>' % html.escape(val))
        elif kind == "h1":
            out.append("<h2>%s</h2>" % html.escape(val))
        elif kind == "h2":
            out.append("<h3>%s</h3>" % html.escape(val))
        elif kind == "p":
            out.append("<p>%s</p>" % html.escape(val))
        elif kind in ("bul", "num"):
            tag = "ul" if kind == "bul" else "ol"
            out.append("<%s>" % tag + "".join("<li>%s</li>" % html.escape(i) for i in val) + "</%s>" % tag)
        elif kind == "toc":
            out.append('<section class="toc"><h2>Inhoud</h2><ol>'
                       + "".join("<li>%s</li>" % html.escape(i) for i in val) + "</ol></section>")
        elif kind == "gloss":
            out.append("<dl>" + "".join("<dt>%s</dt><dd>%s</dd>" % (html.escape(a), html.escape(b))
                                        for a, b in val) + "</dl>")
        elif kind == "table":
            rows = ["<tr>" + "".join("<th>%s</th>" % html.escape(str(c)) for c in val[0]) + "</tr>"]
            for row in val[1:]:
                rows.append("<tr>" + "".join("<td>%s</td>" % html.escape(str(c)) for c in row) + "</tr>")
            out.append("<table>" + "".join(rows) + "</table>")
        elif kind == "pagebreak":
            pass
        else:
            raise ValueError(kind)
    out.append("</main>")
    if footer:
        out.append("<footer><p>%s</p></footer>" % html.escape(footer))
    out += ["</body>", "</html>", ""]
    path.write_text("\n".join(out), encoding="utf-8")


def docx_to_pdf(docx_path, pdf_target):
    tmp = Path(tempfile.mkdtemp(prefix="holdout232_lo_"))
    try:
        src = tmp / docx_path.name
        shutil.copy(docx_path, src)
        profile = (tmp / "profile").as_uri()
        subprocess.run(["soffice", "-env:UserInstallation=" + profile, "--headless", "--convert-to", "pdf",
                        "--outdir", str(tmp), str(src)], check=True, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL, timeout=240)
        shutil.copy(tmp / (docx_path.stem + ".pdf"), pdf_target)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def words(blocks):
    n = 0
    for kind, val in blocks:
        if val is None:
            continue
        if isinstance(val, str):
            n += len(val.split())
        elif kind in ("bul", "num", "toc"):
            n += sum(len(x.split()) for x in val)
        else:
            n += sum(len(str(c).split()) for row in val for c in row)
    return n


# =============================================================================================
# Plan 1 — PO, large verband, .docx
# =============================================================================================

def plan1():
    ctx = dict(naam="Samenwerkingsverband Passend Primair Onderwijs Rivierenland-Noord", periode="2026-2030",
               regio="Rivierenland-Noord", bestuurder="drs. M. (Marjolein) van Lienden", n_besturen=14,
               gemeenten="Culemborg-Oost, Lingewaard-West, Betuwestad, Neder-Waal en Ommerwaard",
               n_scholen=96, n_leerlingen="18.420", code="PO 26-11 (fictief)", stad="Betuwestad",
               opr_datum="24 maart 2026", oogo_datum="10 maart 2026", vast_datum="31 maart 2026", fte="21,4")
    B = []
    B += [("title", "Ondersteuningsplan 2026-2030"),
          ("sub", "Samenwerkingsverband Passend Primair Onderwijs Rivierenland-Noord — Samen sterk voor elk kind"),
          ("p", "Vastgesteld door het bestuur op 31 maart 2026, na instemming van de ondersteuningsplanraad."),
          ("pagebreak", None)]
    B += [("toc", ["Voorwoord ........ 2", "1 Inleiding en kengetallen ........ 3", "2 Visie, missie en ambities ........ 5",
                   "3 Basisondersteuning ........ 7", "4 Extra ondersteuning en arrangementen ........ 10",
                   "5 Toelaatbaarheid tot sbo en so ........ 13", "6 Terugplaatsing en overplaatsing ........ 16",
                   "7 Thuisnabij en dekkend ........ 17", "8 Geld en middelen ........ 20",
                   "9 Kwaliteit en resultaten ........ 24", "10 Communicatie ........ 27",
                   "11 Organisatie, OPR en OOGO ........ 29", "12 Personeel, ICT en planning ........ 31",
                   "Bijlage A Begrippenlijst ........ 33"]), ("pagebreak", None)]
    B += [("h1", "Voorwoord"), ("p", f("voorwoord1", ctx)), ("p", f("voorwoord2", ctx))]
    B += [("h1", "1 Inleiding en kengetallen"), ("p", f("leeswijzer", ctx)), ("p", f("context", ctx)),
          ("p", "Binnen het verband liggen drie scholen voor speciaal basisonderwijs (De Kribbe, De Uiterwaard en "
                "Het Kompas) en vier locaties voor speciaal onderwijs in cluster 3 en 4. Daarnaast bezoeken "
                "leerlingen uit ons gebied so-scholen buiten de regio, met name voor zeer moeilijk lerende "
                "kinderen en kinderen met een ernstige meervoudige beperking."),
          ("table", [["Kengetal (1 oktober)", "2023", "2024", "2025"],
                     ["Leerlingen basisonderwijs", "18.190", "18.080", "17.860"],
                     ["Leerlingen sbo", "342", "331", "318"],
                     ["Leerlingen so (cluster 3 en 4)", "251", "259", "242"],
                     ["Aantal scholen", "98", "97", "96"]]),
          ("p", f("terugblik", ctx))]
    B += [("h1", "2 Visie, missie en ambities"), ("p", f("visie1", ctx)), ("p", f("missie", ctx)),
          ("p", f("kernwaarden", ctx)), ("p", f("visie2", ctx)),
          ("p", "Onze ambities voor de komende periode zijn: een stevige basis op elke school, snelle en "
                "laagdrempelige extra ondersteuning zonder onnodige bureaucratie, zo min mogelijk kinderen "
                "zonder passende plek, en een eerlijke en transparante verdeling van middelen. Deze ambities "
                "werken we uit in de volgende hoofdstukken.")]
    # --- basisondersteuning: present (niveau + inhoud + borging)
    B += [("h1", "3 Basisondersteuning"),
          ("p", "In Rivierenland-Noord verstaan we onder basisondersteuning het door alle veertien besturen "
                "vastgestelde minimumniveau van ondersteuning dat iedere vestiging in het verband biedt, "
                "zonder tussenkomst van het samenwerkingsverband en zonder dat ouders of school daarvoor een "
                "aanvraag hoeven te doen. Geen enkele school mag onder dit niveau zakken; scholen mogen er wel "
                "boven uitstijgen. Het niveau is vastgelegd in de 'Standaard Basisondersteuning "
                "Rivierenland-Noord 2026', waarvan de kern hieronder is opgenomen."),
          ("p", "Ouders kunnen op elke school in ons verband in ieder geval het volgende verwachten:"),
          ("bul", ["een intern begeleider met ten minste 0,1 fte per 100 leerlingen en minimaal 0,4 fte per school;",
                   "handelingsgericht werken met groepsbesprekingen drie keer per jaar en een leerlingbespreking "
                   "binnen twee weken na een signaal van de leerkracht;",
                   "een dyslexieprotocol en een protocol ernstige rekenproblemen, inclusief de vroegsignalering "
                   "in groep 2 en 3;",
                   "een aanbod voor kinderen met een ontwikkelingsvoorsprong binnen de groep (compacten en "
                   "verrijken);",
                   "een bewezen effectief programma voor sociale veiligheid en een anti-pestcoördinator;",
                   "een ondersteuningsteam (OT) waarin de intern begeleider, ouders, de schoolmaatschappelijk "
                   "werker en op verzoek een orthopedagoog van het verband deelnemen;",
                   "een ontwikkelingsperspectief (OPP) voor iedere leerling die op een eigen leerlijn werkt, "
                   "opgesteld samen met ouders;",
                   "medische handelingen en medicijnverstrekking volgens het bestuursprotocol;",
                   "een fysiek toegankelijk gebouw of, waar dat (nog) niet zo is, een afspraak met een "
                   "nabijgelegen school."]),
          ("p", "De schoolbesturen zien erop toe dat iedere school de standaard in haar "
                "schoolondersteuningsprofiel en schoolgids opneemt. Het verband voert elke twee jaar met "
                "iedere school een kwaliteitsgesprek aan de hand van de kwaliteitskaart basisondersteuning. "
                "Als een school op een onderdeel onder de standaard blijkt te zitten, spreekt de "
                "directeur-bestuurder het betrokken bestuur aan en legt het bestuur binnen drie maanden een "
                "verbeterplan voor; het verband kan daarbij tijdelijk expertise inzetten."),
          ]
    # --- continuum
    B += [("h1", "4 Extra ondersteuning en arrangementen"),
          ("p", "Wanneer de basisondersteuning niet toereikend is, kan de school extra ondersteuning "
                "inzetten. Ons ondersteuningscontinuüm kent vier lagen. Laag 1 is de basisondersteuning op "
                "de eigen school. Laag 2 is extra ondersteuning die de school zelf organiseert met het "
                "schoolbudget, bijvoorbeeld een remedial teacher, een rots-en-watertraining of een "
                "kleine leesgroep. Laag 3 bestaat uit arrangementen die het verband toekent of organiseert: "
                "individuele arrangementen op de eigen school, de bovenschoolse plusgroep voor "
                "hoogbegaafde kinderen, de observatiegroep De Brug en ambulante begeleiding door de "
                "expertisepool. Laag 4 is plaatsing in het speciaal basisonderwijs of het speciaal onderwijs."),
          ("p", "De overgang tussen de lagen verloopt via het ondersteuningsteam van de school. Een arrangement "
                "wordt aangevraagd door de school, met instemming van ouders, en wordt binnen vier weken "
                "toegekend of afgewezen door de toewijzingscommissie van het verband. Een arrangement duurt "
                "maximaal één schooljaar en wordt halverwege geëvalueerd."),
          ("p", f("professionalisering", ctx))]
    # --- plaatsing present + terugstroom procedure hidden in same chapter
    B += [("h1", "5 Toelaatbaarheid tot sbo en so"),
          ("p", "Sommige kinderen hebben een ondersteuningsbehoefte die de mogelijkheden van de reguliere "
                "school overstijgt. Voor plaatsing in het sbo of so is een toelaatbaarheidsverklaring (TLV) "
                "van het samenwerkingsverband nodig. De procedure verloopt als volgt."),
          ("num", ["Het bevoegd gezag van de school waar de leerling staat ingeschreven (of, bij een "
                   "nieuwe leerling, de school van aanmelding) dient de aanvraag in via het digitale loket, "
                   "nadat het ondersteuningsteam met ouders heeft besproken dat een TLV nodig is.",
                   "De aanvraag bevat het OPP, het verslag van het ondersteuningsteam, de zienswijze van "
                   "ouders en het advies van de beoogde sbo- of so-school.",
                   "Twee deskundigen van het verband, een orthopedagoog of psycholoog en, afhankelijk van "
                   "de vraag, een maatschappelijk werker, arts of kinderpsychiater, geven ieder een eigen "
                   "schriftelijk advies. Een deskundige die bij de aanvraag betrokken was, adviseert niet.",
                   "De Commissie Toelaatbaarheid (CvT) neemt namens het bestuur binnen zes weken na ontvangst "
                   "van de volledige aanvraag een besluit. In spoedsituaties kan dat binnen tien werkdagen.",
                   "Ouders en school ontvangen het besluit schriftelijk, met een afschrift van de adviezen."]),
          ("p", "Een leerling is toelaatbaar tot het sbo wanneer aan alle volgende voorwaarden is voldaan: "
                "de school heeft ten minste zes maanden planmatig extra ondersteuning geboden en "
                "geëvalueerd; de ondersteuningsbehoefte ligt op meerdere gebieden (leren, gedrag, "
                "sociaal-emotioneel) tegelijk; en de leerling heeft een kleinere groep en een specifieke "
                "pedagogische aanpak nodig die de school ook met een arrangement niet kan bieden. Een "
                "leerling is toelaatbaar tot het so wanneer daarnaast sprake is van een intensieve en "
                "langdurige behoefte aan specialistische zorg of behandeling, die alleen in een so-setting "
                "met onderwijs kan worden gecombineerd. Een diagnose alleen is geen criterium; het gaat om "
                "de ondersteuningsbehoefte."),
          ("p", "Een TLV voor het sbo wordt afgegeven voor twee schooljaren, een TLV voor het so voor twee of "
                "vier schooljaren. Bij een TLV voor het so wordt de bekostigingscategorie laag, midden of "
                "hoog vermeld."),
          ("p", "Ouders en school die het niet eens zijn met het besluit kunnen binnen zes weken bezwaar "
                "maken bij het bestuur. Het bestuur vraagt advies aan de Landelijke Bezwaaradviescommissie "
                "Toelaatbaarheidsverklaringen, waarbij het verband is aangesloten, en beslist daarna."),
          ("h2", "5.4 Afloop van de TLV"),
          ("p", "Uiterlijk op 1 november van het laatste schooljaar waarvoor een TLV geldt, nodigt de sbo- of "
                "so-school ouders, de school van herkomst en de consulent van het verband uit voor een "
                "evaluatiegesprek. In dat gesprek wordt aan de hand van het OPP bekeken of de leerling in "
                "het volgende schooljaar terug kan naar een basisschool. Acht de so-school verlenging nodig, "
                "dan dient zij vóór 1 februari een nieuwe aanvraag in volgens de procedure hierboven. Is "
                "terugplaatsing aan de orde, dan meldt de so-school de leerling vóór 1 maart aan bij de "
                "beoogde basisschool en stelt zij samen met die school een overdrachtsdossier op. De "
                "consulent legt de afspraken vast; de TLV eindigt op 31 juli van dat schooljaar. In mei "
                "vindt een tweede evaluatiemoment plaats om de overgang te bevestigen."),
          ("h1", "6 Terugplaatsing en overplaatsing"),
          ("p", "Een samenhangende visie op terugplaatsing en overplaatsing, inclusief de voorwaarden en de "
                "ondersteuning die kinderen na hun terugkeer krijgen, werken we in het schooljaar 2026-2027 "
                "samen met de sbo- en so-scholen uit. Tot die tijd volgen we de werkwijze uit paragraaf 5.4.")]
    # --- dekkend: present + ketenpartners
    B += [("h1", "7 Thuisnabij en dekkend"),
          ("p", "Het verband heeft zorgplicht georganiseerd via de scholen: de school van aanmelding zoekt een "
                "passende plek als zij zelf de ondersteuning niet kan bieden. Toch lukt dat niet altijd. Om "
                "gaten in ons aanbod op te sporen houden we vier keer per jaar een 'dekkingsanalyse': het "
                "bureau brengt alle kinderen in beeld die langer dan vier weken zonder passend aanbod zijn, "
                "die een vrijstelling hebben of die op een wachtlijst staan, en bespreekt de oorzaken met de "
                "besturen. Uit de analyse van 2025 bleek dat er geen passend aanbod is voor jonge kinderen "
                "met zowel een verstandelijke beperking als ernstig gedragsprobleem; daarvoor openen we in "
                "augustus 2027 samen met een zorgaanbieder een onderwijs-zorggroep in Betuwestad."),
          ("p", "Voor thuiszitters hanteren we de afspraak dat de leerplichtambtenaar, de school en de "
                "consulent van het verband binnen vijf schooldagen na de melding een casusoverleg houden. Lukt "
                "het niet om binnen zes weken een plek te vinden, dan neemt de directeur-bestuurder het "
                "casusregie over en kan zij een school vragen de leerling tijdelijk te plaatsen "
                "(doorzettingsmacht). In 2024-2025 waren er in ons gebied 23 thuiszitters, van wie er op 1 juli "
                "2025 nog 6 thuis zaten."),
          ("p", "Met de vijf gemeenten voeren we twee keer per jaar op overeenstemming gericht overleg over de "
                "aansluiting tussen onderwijs en jeugdhulp. Afspraken over schoolmaatschappelijk werk, "
                "jeugdhulp in de klas en leerlingenvervoer zijn vastgelegd in het regionaal "
                "samenwerkingsconvenant. In het sbo werken jeugdhulpmedewerkers dagelijks in de groep."),
          ("p", f("jonge_kind", ctx)), ("p", f("nieuwkomers", ctx))]
    # --- financien present under "Geld en middelen" incl reserves
    B += [("h1", "8 Geld en middelen"),
          ("p", "Het verband ontvangt van het Rijk de middelen voor lichte en zware ondersteuning. Het "
                "bestuur verdeelt deze middelen volgens het verdeelmodel dat hieronder staat. Uitgangspunt "
                "is dat het geld zoveel mogelijk naar de scholen gaat."),
          ("bul", ["Schoolbudget: iedere school ontvangt € 142 per leerling op basis van het leerlingaantal op "
                   "1 oktober van het voorgaande jaar, plus een vaste voet van € 6.000 per vestiging.",
                   "Arrangementen: voor arrangementen in laag 3 is een budget van € 1,1 miljoen beschikbaar; "
                   "de toewijzingscommissie kent arrangementen toe op basis van de criteria in hoofdstuk 4.",
                   "Afdrachten: de kosten van leerlingen in het sbo boven de 2%-grens en van leerlingen in het "
                   "so worden door DUO ingehouden en komen ten laste van het verband.",
                   "Bureau en expertisepool: maximaal 9% van de baten."]),
          ("p", "De meerjarenbegroting ziet er als volgt uit (bedragen x € 1.000):"),
          ("table", [["Post", "2026", "2027", "2028", "2029"],
                     ["Baten Rijk (zware + lichte ondersteuning)", "14.860", "14.720", "14.590", "14.450"],
                     ["Afdracht so (DUO)", "5.310", "5.280", "5.240", "5.200"],
                     ["Afdracht sbo boven 2%", "1.920", "1.880", "1.850", "1.820"],
                     ["Schoolbudgetten", "3.110", "3.080", "3.050", "3.020"],
                     ["Arrangementen laag 3", "1.100", "1.150", "1.150", "1.150"],
                     ["Onderwijs-zorggroep", "0", "240", "410", "410"],
                     ["Bureau en expertisepool", "1.330", "1.320", "1.300", "1.290"],
                     ["Resultaat", "90", "-230", "-410", "-440"]]),
          ("p", "De algemene reserve bedroeg op 31 december 2025 € 2,9 miljoen. Op basis van de risicoanalyse "
                "is een weerstandsvermogen van € 1,2 miljoen nodig; de bovenmatige reserve wordt via de "
                "negatieve begrotingsresultaten in 2027-2029 ingezet voor de onderwijs-zorggroep. Scholen "
                "verantwoorden de besteding van het schoolbudget jaarlijks vóór 1 juli met een korte "
                "rapportage in het verantwoordingsformat van het verband.")]
    # --- resultaten: doelen present, monitoring deferred
    B += [("h1", "9 Kwaliteit en resultaten"),
          ("p", "Voor de planperiode 2026-2030 hebben we de volgende beoogde resultaten vastgesteld voor "
                "kinderen die extra ondersteuning nodig hebben:"),
          ("bul", ["in 2030 gaat ten minste 97% van de kinderen met een ondersteuningsbehoefte naar een school "
                   "binnen tien kilometer van huis;",
                   "het aantal kinderen dat langer dan vier weken thuis zit is in 2030 maximaal 5;",
                   "iedere leerling met een OPP behaalt ten minste 80% van de tussendoelen in het OPP;",
                   "het deelnamepercentage so daalt van 1,35% naar 1,20%."]),
          ("p", "Hoe wij deze resultaten gaan meten, wie daarover rapporteert en op welke momenten we ze "
                "evalueren, leggen we in de loop van 2027 vast in een kwaliteitskader. Het bestuur heeft "
                "daarvoor een werkgroep ingesteld. De resultaten van de scholen zelf vallen onder het "
                "kwaliteitsbeleid van de besturen.")]
    # --- ouders in Communicatie: present
    B += [("h1", "10 Communicatie"),
          ("p", f("communicatie_scholen", ctx)),
          ("p", "Ouders vinden op onze website een ouderpagina met uitleg over de basisondersteuning, "
                "arrangementen en de toelaatbaarheidsprocedure, in gewone taal en in het Engels, Pools en "
                "Arabisch. Iedere school neemt in haar schoolgids een paragraaf op over de ondersteuning die "
                "zij biedt en verwijst naar deze pagina. Twee keer per jaar organiseren we een "
                "informatieavond voor ouders, en bij iedere TLV-aanvraag ontvangen ouders de folder 'Wat "
                "gebeurt er met onze aanvraag?'."),
          ("p", "Ouders die vragen hebben of het niet eens zijn met de school of met het verband, kunnen "
                "terecht bij het onafhankelijke Ouder- en Jeugdsteunpunt Rivierenland, dat telefonisch en per "
                "mail bereikbaar is en gratis meedenkt. Daarnaast kunnen ouders zich wenden tot de landelijke "
                "Onderwijsconsulenten. Klachten over het verband worden behandeld door de Landelijke "
                "Klachtencommissie Onderwijs; geschillen over toelating en verwijdering door de "
                "Geschillencommissie passend onderwijs."),
          ("p", "Ouders zijn voor ons gelijkwaardige partners: zij denken mee in het ondersteuningsteam, "
                "stemmen in met het handelingsdeel van het OPP en zijn via de OPR betrokken bij het beleid.")]
    B += [("h1", "11 Organisatie, OPR en OOGO"), ("p", f("governance1", ctx)), ("p", f("governance2", ctx)),
          ("p", f("opr_met_ouders", ctx)), ("p", f("oogo_formeel", ctx))]
    B += [("h1", "12 Personeel, ICT en planning"), ("p", f("personeel", ctx)), ("p", f("ict", ctx)),
          ("p", f("planning", ctx)), ("p", f("vo_aansluiting", ctx)), ("p", f("landelijk", ctx)),
          ("p", f("slot", ctx))]
    B += [("h1", "Bijlage A Begrippenlijst"),
          ("gloss", [("Basisondersteuning", "Het afgesproken niveau van ondersteuning dat alle scholen bieden."),
                     ("Terugplaatsing", "De overstap van een leerling uit sbo of so naar het basisonderwijs."),
                     ("Meerjarenbegroting", "Begroting voor meerdere jaren, met verdeling van de middelen."),
                     ("Onderwijsconsulent", "Onafhankelijke adviseur voor ouders bij onderwijsvragen."),
                     ("Resultaten", "Bereikte en beoogde uitkomsten van de ondersteuning."),
                     ("TLV", "Toelaatbaarheidsverklaring voor sbo of so."),
                     ("OPR", "Ondersteuningsplanraad"), ("OOGO", "Op overeenstemming gericht overleg")])]
    header = "Ondersteuningsplan 2026-2030 | basisondersteuning · toelaatbaarheid · terugplaatsing · middelen · ouders"
    footer = "SWV Rivierenland-Noord PO 26-11 — monitoring en resultaten: zie jaarverslag"
    return B, header, footer


# =============================================================================================
# Plan 2 — PO, small verband, thin plan "op hoofdlijnen", .docx
# =============================================================================================

def plan2():
    ctx = dict(naam="Stichting Samenwerkingsverband PO De Kempenrand", periode="2026-2030", regio="de Kempenrand",
               bestuurder="J. (Joost) Verhoeven", n_besturen=4, gemeenten="Bergeijk-Zuid, Hoogeloon en Reusel-West",
               n_scholen=23, n_leerlingen="4.115", code="PO 30-09 (fictief)", stad="Hoogeloon",
               opr_datum="2 april 2026", oogo_datum="17 maart 2026", vast_datum="9 april 2026", fte="4,2")
    B = []
    B += [("title", "Ondersteuningsplan op hoofdlijnen 2026-2030"),
          ("sub", "Stichting Samenwerkingsverband PO De Kempenrand"),
          ("p", "Versie 1.3 — ter instemming voorgelegd aan de OPR"), ("pagebreak", None)]
    B += [("toc", ["1 Woord vooraf", "2 Ons verband", "3 Visie en uitgangspunten",
                   "4 Basisondersteuning", "5 Toewijzing en terugplaatsing", "6 Dekkend aanbod en thuiszitters",
                   "7 Financiën en meerjarenbegroting", "8 Wat we willen bereiken", "9 Samen met thuis",
                   "10 Bestuur en medezeggenschap", "11 Organisatie", "Bijlage 1 Begrippen",
                   "Bijlage 2 Kwaliteitskaart basisondersteuning (apart document)"]), ("pagebreak", None)]
    B += [("h1", "1 Woord vooraf"), ("p", f("voorwoord1", ctx)), ("p", f("voorwoord2", ctx)),
          ("p", "Dit plan is een plan op hoofdlijnen. Het beschrijft wat we als verband willen en waarom. Hoe "
                "de scholen dat vormgeven, bepalen zij grotendeels zelf; dat past bij de schaal van ons verband "
                "en bij de korte lijnen tussen de vier besturen.")]
    B += [("h1", "2 Ons verband"), ("p", f("context", ctx)),
          ("p", "Het verband is klein: vier besturen, drieëntwintig scholen en één school voor speciaal "
                "basisonderwijs. Er is in ons gebied geen school voor speciaal onderwijs; kinderen die so "
                "nodig hebben, gaan naar scholen in Eindhoven of Veldhoven. Dat betekent soms lange reistijden."),
          ("p", f("terugblik", ctx)), ("p", f("leeswijzer", ctx)), ("p", f("jonge_kind", ctx)),
          ("p", "De kleinschaligheid van ons verband heeft voor- en nadelen. De directeuren kennen elkaar, de "
                "besturen overleggen informeel en het bureau kent de scholen goed. Tegelijk is het verband "
                "kwetsbaar: bij ziekte van een medewerker van het bureau ligt er direct werk stil, en voor "
                "specialistische kennis zijn we afhankelijk van grotere verbanden in de regio. Met twee "
                "naburige verbanden hebben we daarom in 2025 een intentieverklaring getekend om kennis te "
                "delen en elkaars medewerkers bij afwezigheid te vervangen.")]
    B += [("h1", "3 Visie en uitgangspunten"), ("p", f("visie1", ctx)), ("p", f("missie", ctx)),
          ("p", f("kernwaarden", ctx)), ("p", f("visie2", ctx))]
    # basisondersteuning partial: niveau yes, inhoud only by reference to absent annex
    B += [("h1", "4 Basisondersteuning"),
          ("p", "Basisondersteuning is bij ons het afgesproken minimumniveau van ondersteuning dat iedere "
                "vestiging van elk van de vier besturen biedt, zonder aanvraag bij het samenwerkingsverband en "
                "bekostigd uit de eigen middelen van de school. De vier besturen hebben dit niveau in 2025 "
                "gezamenlijk opnieuw vastgesteld; het geldt voor alle drieëntwintig scholen gelijk, en een "
                "school die daaronder zit, moet dit binnen een schooljaar herstellen."),
          ("p", "Welke voorzieningen, interventies en deskundigheid daar concreet bij horen, staat uitgewerkt "
                "in de Kwaliteitskaart basisondersteuning (bijlage 2). Die kaart wordt als afzonderlijk "
                "document met de scholen gedeeld.")]
    # plaatsing missing, terugstroom missing: only reference
    B += [("h1", "5 Toewijzing en terugplaatsing"),
          ("p", "De werkwijze rond toelaatbaarheidsverklaringen en terugplaatsing is uitgewerkt in het "
                "Handboek Toewijzing De Kempenrand, dat op onze website staat en jaarlijks door het bureau "
                "wordt bijgewerkt. Wij nemen de inhoud daarvan hier niet opnieuw op, om te voorkomen dat er "
                "twee versies in omloop zijn."),
          ("p", "Het aantal aanvragen is de laatste jaren stabiel. Scholen geven aan dat het contact met het "
                "bureau daarover prettig verloopt.")]
    # dekkend missing: no substance
    B += [("h1", "6 Dekkend aanbod en thuiszitters"),
          ("p", "Een dekkend aanbod is een gezamenlijke opdracht van besturen en gemeenten. Dit hoofdstuk "
                "wordt na het OOGO van het najaar 2026 ingevuld.")]
    # financien partial: verdeling yes, besteding p.m.
    B += [("h1", "7 Financiën en meerjarenbegroting"),
          ("p", "De ondersteuningsmiddelen worden door het verband op twee manieren verdeeld. Het grootste deel "
                "gaat rechtstreeks naar de besturen: zij ontvangen € 118 per leerling, berekend op de telling "
                "van 1 oktober van het jaar daarvoor, en geven dit door aan hun scholen. Het resterende deel "
                "houdt het verband aan voor individuele arrangementen; een school kan een arrangement "
                "aanvragen als de extra ondersteuning die zij zelf biedt na twee evaluaties onvoldoende "
                "blijkt. Het bureau kent een arrangement toe als het plan van aanpak doelen, duur en "
                "evaluatiemoment bevat; het maximale bedrag per arrangement is € 7.500 per schooljaar."),
          ("p", "Meerjarenbegroting 2026-2030: p.m. De begroting wordt na vaststelling door het bestuur in "
                "december als addendum aan dit plan toegevoegd.")]
    # resultaten present, unusual wording
    B += [("h1", "8 Wat we willen bereiken"),
          ("p", "Wat willen we in 2030 zien bij kinderen die meer nodig hebben dan de basis? We hebben dat met "
                "de directeuren en de OPR teruggebracht tot drie dingen. Ten eerste: een kind met een "
                "ondersteuningsvraag heeft binnen acht weken na de eerste bespreking in het "
                "ondersteuningsteam een passend aanbod. Ten tweede: ten minste 90% van de kinderen met een "
                "arrangement gaat na afloop daarvan verder in de eigen groep zonder nieuw arrangement. Ten "
                "derde: ouders van deze kinderen geven de samenwerking met school gemiddeld minimaal een 7,5."),
          ("p", "Om te zien of dat lukt, houdt het bureau voor ieder arrangement bij wanneer de vraag gesteld "
                "werd, wanneer het aanbod startte en wat de eindevaluatie liet zien. Elk half jaar, in januari "
                "en juli, vatten we die gegevens samen in een korte rapportage voor het bestuur en de "
                "directeuren. Het tevredenheidscijfer meten we elk voorjaar met een korte vragenlijst. In het "
                "jaarverslag rapporteren we de bereikte cijfers naast de streefwaarden; wijken ze meer dan "
                "tien procentpunt af, dan bespreekt het bestuur in juni welke bijsturing nodig is.")]
    # ouders partial: informatie yes, steunpunt no
    B += [("h1", "9 Samen met thuis"),
          ("p", "Ouders kennen hun kind het best. Bij ieder arrangement zijn ouders vanaf het eerste gesprek "
                "betrokken en tekenen zij voor akkoord op het plan van aanpak."),
          ("p", "Over de ondersteuning die er in ons verband is, informeren we ouders via de schoolgids van "
                "iedere school, waarin een vaste paragraaf 'Extra hulp voor uw kind' staat, via de "
                "ouderbrochure van het verband die iedere school bij de intake meegeeft, en via een jaarlijkse "
                "informatieavond in oktober die het bureau samen met de intern begeleiders organiseert.")]
    B += [("h1", "10 Bestuur en medezeggenschap"), ("p", f("governance1", ctx)), ("p", f("governance2", ctx)),
          ("p", f("opr_kaal", ctx)), ("p", f("oogo_formeel", ctx))]
    B += [("h1", "11 Organisatie"), ("p", f("personeel", ctx)), ("p", f("ict", ctx)),
          ("p", f("communicatie_scholen", ctx)), ("p", f("professionalisering", ctx)), ("p", f("planning", ctx)),
          ("p", f("vo_aansluiting", ctx)), ("p", f("landelijk", ctx)), ("p", f("slot", ctx))]
    B += extra_section("12 Ontwikkelingen en werkwijze", ctx)
    B += [("h1", "Bijlage 1 Begrippen"),
          ("gloss", [("Arrangement", "Afspraak over extra ondersteuning voor een leerling, met doel en duur."),
                     ("Dekkend aanbod", "Situatie waarin voor ieder kind een passende plek beschikbaar is."),
                     ("Ouder- en jeugdsteunpunt", "Onafhankelijk steunpunt waar ouders en jeugdigen terecht kunnen."),
                     ("Terugplaatsing", "Terugkeer van een leerling uit sbo/so naar de basisschool."),
                     ("TLV", "Toelaatbaarheidsverklaring; besluit van het verband over plaatsing in sbo of so."),
                     ("Zorgplicht", "Plicht van het bestuur om een passende plek te bieden of te zoeken.")])]
    return B, "SWV De Kempenrand — Ondersteuningsplan op hoofdlijnen", "Versie 1.3"


# =============================================================================================
# Plan 3 — PO, medium, .pdf (via docx)
# =============================================================================================

def plan3():
    ctx = dict(naam="Samenwerkingsverband Duinstreek PO", periode="2026-2030", regio="de Duinstreek",
               bestuurder="mr. A. (Anouk) Brouwer", n_besturen=9, gemeenten="Zeewijk, Duinrand en Oostkade",
               n_scholen=41, n_leerlingen="9.870", code="PO 27-04 (fictief)", stad="Zeewijk",
               opr_datum="19 maart 2026", oogo_datum="5 maart 2026", vast_datum="26 maart 2026", fte="11,8")
    B = []
    B += [("title", "Ondersteuningsplan Duinstreek 2026-2030"), ("sub", "Elk kind een plek die past"),
          ("pagebreak", None)]
    B += [("toc", ["Voorwoord", "1 Over ons verband", "2 Waar we voor staan", "3 Wat elke school altijd biedt",
                   "4 De ondersteuningsroute", "5 Toelaatbaarheid sbo en so", "6 Terug naar de basisschool",
                   "7 Financiën (zie separate meerjarenbegroting)", "8 Resultaten", "9 Communicatie",
                   "10 Samenwerking met gemeenten", "11 Bestuur en organisatie", "Afkortingenlijst"]),
          ("pagebreak", None)]
    B += [("h1", "Voorwoord"), ("p", f("voorwoord1", ctx)), ("p", f("voorwoord2", ctx))]
    B += [("h1", "1 Over ons verband"), ("p", f("context", ctx)), ("p", f("leeswijzer", ctx)),
          ("p", f("terugblik", ctx)),
          ("p", "De Duinstreek is een gebied met grote verschillen. In de kustdorpen zijn de scholen klein en "
                "vaak de laatste voorziening in het dorp; in Zeewijk staan grote scholen in wijken met een "
                "hoge onderwijsachterstand. Het verband heeft één sbo-school met twee locaties en één so-school "
                "voor cluster 4. Kinderen met een lichamelijke of verstandelijke beperking gaan naar so-scholen "
                "buiten de regio.")]
    B += [("h1", "2 Waar we voor staan"), ("p", f("visie1", ctx)), ("p", f("missie", ctx)),
          ("p", f("kernwaarden", ctx)), ("p", f("visie2", ctx)),
          ("p", "Met de middelen die we hebben willen we zoveel mogelijk bereiken. Dat vraagt om scherpe "
                "keuzes, die we samen met de besturen maken. Ook thuiszitters hebben onze aandacht.")]
    # basisondersteuning present in unusual wording
    B += [("h1", "3 Wat elke school altijd biedt"),
          ("p", "De negen besturen hebben met elkaar een ondergrens afgesproken: wat hieronder staat, biedt "
                "iedere vestiging in de Duinstreek, of het nu een dorpsschool met veertig kinderen is of een "
                "stadsschool met vierhonderd. Ouders hoeven hier niet om te vragen en scholen hoeven er geen "
                "geld voor aan te vragen."),
          ("bul", ["Een intern begeleider die minimaal twee dagdelen per week beschikbaar is.",
                   "Een doorgaande lijn in het volgen van leerlingen, met signalering van lees-, reken- en "
                   "gedragsproblemen vanaf groep 1.",
                   "Preventieve en lichte curatieve interventies zoals pre-teaching, extra instructie in de "
                   "kleine kring, een time-in-plek en een dyslexie-aanpak volgens het landelijke protocol.",
                   "Een schoolbreed programma voor sociale veiligheid en burgerschap.",
                   "Een ondersteuningsteam dat minimaal zes keer per jaar bijeenkomt, met een vaste "
                   "onderwijsadviseur van het verband.",
                   "Samenwerking met de jeugdverpleegkundige en de schoolmaatschappelijk werker."]),
          ("p", "Elke school legt in het schoolondersteuningsprofiel vast hoe zij dit invult. De "
                "onderwijsadviseurs van het verband bespreken jaarlijks met iedere directeur of de ondergrens "
                "gehaald wordt; bij tekorten wordt in overleg met het bestuur een ontwikkelafspraak gemaakt.")]
    # continuum present; lacunes deferred
    B += [("h1", "4 De ondersteuningsroute"),
          ("p", "Boven op de ondergrens kent de Duinstreek een route van oplopende intensiteit. Eerst de extra "
                "ondersteuning die de school zelf organiseert, daarna een bovenschools arrangement (de "
                "taalgroep De Branding, de plusklas voor meer- en hoogbegaafde kinderen, de gedragsgroep Het "
                "Anker en individuele begeleiding door het ambulant team), en tot slot het sbo en het so. "
                "Tussen deze voorzieningen bestaan vaste overlegmomenten zodat een kind snel kan overstappen "
                "als dat nodig is."),
          ("p", "Of ons aanbod dekkend is en welke kinderen tussen wal en schip vallen, gaan we de komende "
                "planperiode onderzoeken. De uitkomsten volgen in een voortgangsparagraaf."),
          ("p", f("professionalisering", ctx)), ("p", f("nieuwkomers", ctx))]
    # plaatsing partial: procedure yes, criteria only on website
    B += [("h1", "5 Toelaatbaarheid sbo en so"),
          ("p", "Wanneer de school in overleg met ouders concludeert dat een kind aangewezen is op het sbo of "
                "het so, vraagt het schoolbestuur een TLV aan bij het loket van het verband. Het loket "
                "controleert binnen vijf werkdagen of het dossier compleet is. Daarna vraagt het verband advies "
                "aan twee deskundigen: een orthopedagoog of gz-psycholoog en een tweede deskundige die past "
                "bij de vraag van het kind. Op basis van die adviezen besluit de toewijzingscommissie binnen "
                "zes weken. De TLV geldt voor de duur die in het besluit staat, met een maximum van drie "
                "schooljaren."),
          ("p", "Aan welke criteria een aanvraag moet voldoen, staat in het overzicht 'Criteria toelaatbaarheid' "
                "op www.swvduinstreek.nl/tlv. Die criteria worden jaarlijks geactualiseerd."),
          ("p", "Ouders of school die het niet eens zijn met het besluit, kunnen binnen zes weken bezwaar "
                "maken. Het verband legt het bezwaar voor aan de Landelijke Bezwaaradviescommissie.")]
    # terugstroom present
    B += [("h1", "6 Terug naar de basisschool"),
          ("p", "Het sbo en het so zijn in de Duinstreek bedoeld als tijdelijke plek waar dat kan. Ons "
                "uitgangspunt is dat een kind teruggaat naar een reguliere school zodra de ondersteuning daar "
                "met een arrangement geboden kan worden. Voorwaarden zijn dat het kind stabiel functioneert, "
                "dat de ontvangende school de ondersteuningsbehoefte kan waarmaken en dat ouders instemmen. "
                "Na de terugkeer krijgt het kind gedurende ten minste een jaar begeleiding door het ambulant "
                "team, dat ook de nieuwe leerkracht coacht."),
          ("p", "De sbo- of so-school bespreekt elk jaar in het voorjaar met ouders of terugkeer mogelijk is. "
                "Is dat het geval, dan meldt de school het kind aan bij de gewenste basisschool en bij het "
                "verband. De onderwijsadviseur organiseert een overdrachtsgesprek met beide scholen en ouders; "
                "de toewijzingscommissie bevestigt de beëindiging van de TLV. Na drie en na zes maanden vindt "
                "een evaluatie plaats. In 2024-2025 zijn zo elf kinderen teruggekeerd naar een basisschool.")]
    # financien missing: only deferral and reference
    B += [("h1", "7 Financiën"),
          ("p", "De financiële paragraaf van dit plan wordt na vaststelling van de begroting 2027 als addendum "
                "toegevoegd. De meerjarenbegroting is een separaat document dat jaarlijks door het bestuur "
                "wordt vastgesteld.")]
    # resultaten present only in a table
    B += [("h1", "8 Resultaten"), ("p", "In tabel 8.1 staat wat we willen bereiken en hoe we dat volgen."),
          ("table", [["Beoogd resultaat voor kinderen met extra ondersteuning", "Indicator", "Nulmeting 2025",
                      "Streefwaarde 2030", "Meting en rapportage"],
                     ["Kinderen krijgen snel hulp", "Doorlooptijd aanvraag arrangement", "9 weken", "4 weken",
                      "Registratiesysteem; kwartaalrapportage aan bestuur"],
                     ["Kinderen blijven thuisnabij", "Deelname sbo + so", "3,1%", "2,6%",
                      "Teldatum 1 oktober; jaarverslag"],
                     ["Arrangementen werken", "% arrangementen met doelen behaald", "64%", "80%",
                      "Eindevaluatie per arrangement; jaarlijkse analyse in juni door beleidsmedewerker"],
                     ["Ouders voelen zich gehoord", "Tevredenheid ouders (1-10)", "6,8", "7,5",
                      "Tweejaarlijkse peiling; bespreking met OPR"]]),
          ("p", "De directeur-bestuurder legt de uitkomsten voor aan het bestuur en de raad van toezicht.")]
    # ouders present in communicatie
    B += [("h1", "9 Communicatie"), ("p", f("communicatie_scholen", ctx)),
          ("p", "Voor ouders publiceren we een ouderwijzer (papier en digitaal, ook in het Turks en "
                "Tigrinya) over de ondersteuning op school, de ondersteuningsroute en de TLV. Iedere school "
                "deelt de ouderwijzer bij de intake uit en verwijst er in de schoolgids naar. Op de website "
                "staat een pagina met veelgestelde vragen van ouders."),
          ("p", "Komen ouders er met school niet uit, dan kunnen zij kosteloos terecht bij het Ouder- en "
                "Jeugdsteunpunt Kust, dat onafhankelijk van het verband werkt, of bij de landelijke "
                "Onderwijsconsulenten. Een klacht over het verband kan worden voorgelegd aan de landelijke "
                "klachtencommissie waarbij het verband is aangesloten.")]
    B += [("h1", "10 Samenwerking met gemeenten"),
          ("p", "Met de drie gemeenten hebben we afgesproken dat jeugdhulp zoveel mogelijk in en rond de school "
                "wordt georganiseerd. In het OOGO bespreken we twee keer per jaar de inzet van "
                "schoolmaatschappelijk werk en de onderwijs-zorgarrangementen in de gedragsgroep Het Anker."),
          ("p", f("jonge_kind", ctx))]
    B += [("h1", "11 Bestuur en organisatie"), ("p", f("governance1", ctx)), ("p", f("governance2", ctx)),
          ("p", f("opr_met_ouders", ctx)), ("p", f("oogo_formeel", ctx)), ("p", f("personeel", ctx)),
          ("p", f("ict", ctx)), ("p", f("planning", ctx)), ("p", f("vo_aansluiting", ctx)),
          ("p", f("landelijk", ctx)), ("p", f("slot", ctx))]
    B += extra_section("12 Context en koers", ctx)
    B += [("h1", "Afkortingenlijst"),
          ("gloss", [("MJB", "Meerjarenbegroting: verdeling en besteding van de middelen over vier jaar"),
                     ("OJSP", "Ouder- en jeugdsteunpunt"), ("OPR", "Ondersteuningsplanraad"),
                     ("SBO", "Speciaal basisonderwijs"), ("SO", "Speciaal onderwijs"),
                     ("TLV", "Toelaatbaarheidsverklaring"), ("Thuiszitter", "Leerplichtige leerling zonder school")])]
    return B, "Ondersteuningsplan Duinstreek 2026-2030", "www.swvduinstreek.nl — financiën en begroting: zie website"


# =============================================================================================
# Plan 4 — VO, .pdf (via docx)
# =============================================================================================

def plan4():
    ctx = dict(naam="Samenwerkingsverband VO Eemvallei", periode="2026-2030", regio="de Eemvallei",
               bestuurder="drs. R. (Rachid) El Amrani", n_besturen=7, gemeenten="Eemstad, Baarnhoeve en Soestwijk",
               n_scholen=19, n_leerlingen="14.230", code="VO 26-05 (fictief)", stad="Eemstad",
               opr_datum="12 maart 2026", oogo_datum="26 februari 2026", vast_datum="19 maart 2026", fte="15,0")
    B = []
    B += [("title", "Ondersteuningsplan 2026-2030"), ("sub", "Samenwerkingsverband VO Eemvallei"),
          ("pagebreak", None)]
    B += [("toc", ["1 Inleiding", "2 Visie", "3 Basisondersteuning in het vo", "4 Ondersteuningsaanbod",
                   "5 Toelaatbaarheid vso, lwoo en pro", "6 Van vso naar regulier vo",
                   "7 Thuiszitters en zorgplicht", "8 Bedrijfsvoering", "9 Kwaliteitszorg en resultaten",
                   "10 Ouders en leerlingen", "11 Bestuur, OPR en OOGO", "Bijlage Begrippen"]),
          ("pagebreak", None)]
    B += [("h1", "1 Inleiding"), ("p", f("voorwoord1", ctx).replace("2014", "2014 (en voor lwoo en pro 2016)")),
          ("p", f("leeswijzer", ctx)),
          ("p", "Samenwerkingsverband VO Eemvallei is een stichting waarin zeven schoolbesturen voor voortgezet "
                "onderwijs samenwerken in de gemeenten Eemstad, Baarnhoeve en Soestwijk. Het verband telt "
                "negentien vestigingen, waaronder twee scholen voor praktijkonderwijs en drie vso-locaties, "
                "met op 1 oktober 2025 in totaal 14.230 leerlingen. Het registratienummer is VO 26-05 (fictief)."),
          ("p", "De examenresultaten van de scholen in de regio liggen rond het landelijk gemiddelde. "
                "De inspectie heeft alle scholen een basisarrangement gegeven.")]
    B += [("h1", "2 Visie"), ("p", f("visie1", ctx).replace("samen met leeftijdgenoten", "samen met leeftijdgenoten, "
                                                              "ook in de puberteit")),
          ("p", f("missie", ctx)), ("p", f("kernwaarden", ctx)), ("p", f("visie2", ctx))]
    # basisondersteuning present
    B += [("h1", "3 Basisondersteuning in het vo"),
          ("p", "De basisondersteuning is het niveau van ondersteuning dat iedere vo-vestiging in de Eemvallei "
                "minimaal biedt aan alle leerlingen, ongeacht schoolsoort of bestuur. Dit niveau is door het "
                "bestuur van het verband vastgesteld en is voor alle vestigingen gelijk."),
          ("p", "Concreet betekent dit dat elke vestiging beschikt over: een mentoraat met minimaal één "
                "mentoruur per week in de onderbouw; een ondersteuningscoördinator en een zorgteam dat elke "
                "twee weken bijeenkomt; faalangstreductietraining en examenvreestraining; ondersteuning bij "
                "dyslexie en dyscalculie met vaste faciliteiten (extra tijd, voorlezen, vergroot lettertype); "
                "een time-out-voorziening met begeleiding; huiswerkbegeleiding op school; en een "
                "schoolmaatschappelijk werker die minimaal één dag per week op school aanwezig is.")]
    # continuum present
    B += [("h1", "4 Ondersteuningsaanbod"),
          ("p", "Naast de basisondersteuning kent het verband een samenhangend aanbod van extra en "
                "specialistische ondersteuning. Binnen de scholen zijn er ondersteuningsklassen op vier "
                "vestigingen en lwoo-trajecten in het vmbo. Tussen de scholen bestaat het "
                "orthopedagogisch-didactisch centrum (OPDC) De Overstap, waar leerlingen maximaal een jaar "
                "onderwijs en begeleiding krijgen, en de rebound-voorziening voor kortdurende opvang. Het vso "
                "en het praktijkonderwijs vormen de meest specialistische laag. De toewijzing loopt via het "
                "zorgteam van de school en het loket van het verband."),
          ("p", f("professionalisering", ctx).replace("meer- en hoogbegaafdheid", "examenvrees")),
          ("p", f("nieuwkomers", ctx).replace("een taalklas", "een internationale schakelklas (ISK)")
           .replace("de taalklas", "de ISK"))]
    # plaatsing present (vso + lwoo + pro)
    B += [("h1", "5 Toelaatbaarheid vso, lwoo en pro"),
          ("p", "Het bevoegd gezag van de school waar de leerling is ingeschreven of aangemeld, vraagt de TLV "
                "vso aan bij het loket. Het loket beoordeelt de volledigheid binnen vijf werkdagen. Twee "
                "deskundigen (een orthopedagoog of psycholoog en een tweede deskundige) brengen ieder een "
                "schriftelijk advies uit. De commissie toelaatbaarheid neemt binnen zes weken een besluit; "
                "bij een positief besluit wordt de bekostigingscategorie (laag, midden of hoog) vermeld en "
                "een looptijd van één tot vier schooljaren. Een leerling is toelaatbaar tot het vso als de "
                "ondersteuningsbehoefte zo intensief is dat die met de basisondersteuning, een "
                "ondersteuningsklas en een OPDC-traject niet kan worden geboden, en het vso wel een passend "
                "perspectief biedt op vervolgonderwijs, arbeid of dagbesteding."),
          ("p", "Voor lwoo en pro gelden de landelijke criteria. Voor pro: een IQ tussen 55 en 80 en een "
                "leerachterstand van ten minste drie jaar op twee van de vier domeinen, waarvan één begrijpend "
                "lezen of inzichtelijk rekenen. Voor lwoo: een IQ tussen 75 en 90 met een leerachterstand van "
                "1,5 tot 3 jaar, of een IQ tussen 91 en 120 met een leerachterstand en een sociaal-emotionele "
                "problematiek. De school dient de aanvraag uiterlijk 1 mei in; de commissie besluit binnen vier "
                "weken."),
          ("p", "Tegen een besluit kunnen ouders en leerling binnen zes weken bezwaar maken bij het bestuur, "
                "dat advies vraagt aan de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen.")]
    # terugstroom partial: beleid present, procedure deferred
    B += [("h1", "6 Van vso naar regulier vo"),
          ("p", "Het verband wil dat vso-leerlingen die zich zodanig ontwikkelen dat zij met ondersteuning in "
                "het regulier vo kunnen functioneren, die overstap ook maken. Voorwaarden daarbij zijn een "
                "stabiele thuissituatie of een passend zorgnetwerk, een ontvangende school met een passende "
                "ondersteuningsklas of mentoraat, en instemming van ouders en leerling. Na de overstap houdt "
                "de leerling zes maanden een vaste begeleider van het ambulant team, en ontvangt de "
                "ontvangende school in dat halfjaar een overstaparrangement."),
          ("p", "Het stappenplan voor de overstap, met rollen, termijnen en momenten van evaluatie, stellen we "
                "in 2027 samen met de vso-scholen op.")]
    # dekkend present (lacunes)
    B += [("h1", "7 Thuiszitters en zorgplicht"),
          ("p", "Ondanks het aanbod zijn er jongeren voor wie geen passende plek is. Maandelijks komen de "
                "leerplichtambtenaren, de consulenten van het verband en de ondersteuningscoördinatoren bijeen "
                "in het thuiszittersoverleg. Iedere jongere die langer dan vier weken niet naar school gaat, "
                "wordt daar besproken en krijgt binnen twee weken een casusregisseur. Het verband houdt een "
                "lijst bij van situaties waarin geen passend aanbod bestond en bespreekt die twee keer per "
                "jaar met de besturen en de gemeenten; op basis daarvan is in 2025 besloten tot een "
                "combinatietraject onderwijs-zorg voor jongeren met angstklachten."),
          ("p", "Met de gemeenten is in het OOGO afgesproken dat jeugdhulp en leerplicht samen optrekken. "
                "Het verband neemt deel aan het regionale netwerk jeugd.")]
    # financien present mostly in tables
    B += [("h1", "8 Bedrijfsvoering"),
          ("p", f("personeel", ctx).replace("primair onderwijs", "voortgezet onderwijs")), ("p", f("ict", ctx)),
          ("p", "Tabel 8.1 Verdeling van de ondersteuningsmiddelen"),
          ("table", [["Onderdeel", "Grondslag", "Bedrag 2026"],
                     ["Schoolbudget", "€ 210 per leerling (teldatum 1 oktober t-1)", "€ 2.988.300"],
                     ["Lwoo", "Doorbetaling per leerling met lwoo-aanwijzing", "€ 3.420.000"],
                     ["Ondersteuningsklassen", "Vaste voet € 95.000 per vestiging (4)", "€ 380.000"],
                     ["OPDC De Overstap", "Begroting OPDC", "€ 1.150.000"],
                     ["Afdracht vso via DUO", "Aantal TLV's x bekostigingscategorie", "€ 6.240.000"]]),
          ("p", "Tabel 8.2 Meerjarenbegroting (x € 1.000)"),
          ("table", [["", "2026", "2027", "2028", "2029"],
                     ["Baten", "15.210", "15.050", "14.920", "14.800"],
                     ["Afdracht vso", "6.240", "6.180", "6.120", "6.060"],
                     ["Lwoo en pro", "3.420", "3.380", "3.350", "3.320"],
                     ["Schoolbudgetten en ondersteuningsklassen", "3.368", "3.340", "3.310", "3.290"],
                     ["OPDC en rebound", "1.420", "1.430", "1.440", "1.450"],
                     ["Bureau", "880", "880", "870", "870"],
                     ["Saldo", "-118", "-160", "-160", "-190"],
                     ["Algemene reserve ultimo", "1.912", "1.752", "1.592", "1.402"]])]
    # resultaten missing
    B += [("h1", "9 Kwaliteitszorg en resultaten"),
          ("p", "Het verband werkt met een cyclus van plannen, uitvoeren, evalueren en bijstellen. De "
                "uitwerking daarvan is opgenomen in het jaarplan van het verband. Over de resultaten van de "
                "scholen rapporteren de besturen in hun eigen jaarverslagen.")]
    # ouders partial: steunpunt present, informatie deferred
    B += [("h1", "10 Ouders en leerlingen"),
          ("p", "Hoe we ouders en leerlingen over het ondersteuningsaanbod informeren, werken we uit in een "
                "communicatieplan dat in het najaar van 2026 verschijnt."),
          ("p", "Ouders en jongeren die een vraag hebben, vastlopen of het oneens zijn met school of verband, "
                "kunnen terecht bij het Ouder- en Jeugdsteunpunt Eemvallei. Het steunpunt is onafhankelijk, "
                "heeft een eigen telefoonnummer en spreekuur en wordt door het verband bekostigd zonder "
                "inhoudelijke sturing. Daarnaast kunnen zij een beroep doen op de landelijke "
                "Onderwijsconsulenten en een klacht indienen bij de Landelijke Klachtencommissie Onderwijs."),
          ("p", "Leerlingen hebben hoorrecht bij het opstellen van hun ontwikkelingsperspectief.")]
    B += [("h1", "11 Bestuur, OPR en OOGO"), ("p", f("governance1", ctx)),
          ("p", f("governance2", ctx).replace("primair onderwijs", "voortgezet onderwijs")),
          ("p", "De ondersteuningsplanraad bestaat uit zes ouders of leerlingen en zes personeelsleden en heeft "
                "op 12 maart 2026 ingestemd met dit plan."),
          ("p", f("oogo_formeel", ctx).replace("voortgezet onderwijs", "primair onderwijs")),
          ("p", f("planning", ctx)), ("p", f("landelijk", ctx)), ("p", f("communicatie_scholen", ctx)),
          ("p", f("slot", ctx))]
    B += extra_section("12 Strategie en omgeving", ctx, EXTRA_KEYS[:-1])
    B += [("p", "Voor dit plan is ook een jongerenpanel geraadpleegd: vijftien leerlingen uit vmbo, havo, vwo, "
                "praktijkonderwijs en vso. Zij vroegen vooral om mentoren die tijd hebben, om minder wisselingen "
                "van docenten en om een plek op school waar je even tot rust kunt komen. Ook gaven zij aan dat "
                "ze vaak niet weten wat het samenwerkingsverband is; dat nemen we mee in onze communicatie met "
                "scholen. Het panel komt ook in de komende jaren twee keer per jaar bijeen."),
          ("p", "De aansluiting op het middelbaar beroepsonderwijs verdient aandacht. Jongeren uit het vmbo, "
                "het praktijkonderwijs en het vso stappen over naar het mbo, naar werk of naar dagbesteding. "
                "De regionale afspraken over de overdracht zijn vastgelegd in het convenant met de twee "
                "mbo-instellingen in de regio. Het verband heeft daarin geen formele rol, maar sluit aan bij "
                "het regionale overleg over voortijdig schoolverlaten en bij de gesprekken met het "
                "Regionaal Meld- en Coördinatiepunt."),
          ("p", "De overstap van het primair naar het voortgezet onderwijs regelen we met de drie "
                "samenwerkingsverbanden primair onderwijs in ons gebied. Elk voorjaar is er een "
                "overstapbijeenkomst voor intern begeleiders en zorgcoördinatoren, en de afspraken over de "
                "warme overdracht worden jaarlijks geëvalueerd in het regionale PO-VO-overleg. Daarnaast "
                "werken we samen aan de aanpak van de kansengelijkheid bij de schooladviezen, in lijn met de "
                "landelijke doorstroomtoets.")]
    B += [("h1", "Bijlage Begrippen"),
          ("gloss", [("Beoogde resultaten", "Doelen die het verband voor leerlingen met ondersteuningsbehoefte stelt."),
                     ("Kwaliteitszorg", "Monitoring en evaluatie van de bereikte resultaten."),
                     ("Lwoo", "Leerwegondersteunend onderwijs"), ("Pro", "Praktijkonderwijs"),
                     ("OPDC", "Orthopedagogisch-didactisch centrum"),
                     ("Terugplaatsing", "Overstap van vso naar regulier vo na afloop van de TLV."),
                     ("Informatievoorziening ouders", "Website, schoolgids en brochures voor ouders.")])]
    return B, "SWV VO Eemvallei | Ondersteuningsplan 2026-2030 | resultaten en ouderinformatie", "VO 26-05"


# =============================================================================================
# Plan 5 — PO, small rural, .html
# =============================================================================================

def plan5():
    ctx = dict(naam="Samenwerkingsverband Passend Onderwijs Waddenkust PO", periode="2026-2030",
               regio="de Waddenkust", bestuurder="T. (Tjitske) Hoekstra", n_besturen=5,
               gemeenten="Noordermarne, Westerdeel en Terpland", n_scholen=34, n_leerlingen="5.240",
               code="PO 20-02 (fictief)", stad="Terpland", opr_datum="26 maart 2026", oogo_datum="12 maart 2026",
               vast_datum="2 april 2026", fte="6,5")
    B = []
    B += [("title", "Ondersteuningsplan 2026-2030 — Waddenkust PO"),
          ("sub", "Webversie. Dit plan is ook als pdf te downloaden.")]
    B += [("toc", ["Voorwoord", "Ons gebied", "Visie", "Basisondersteuning", "Toelaatbaarheid sbo en so",
                   "Weer naar school in het eigen dorp", "Het ondersteuningsaanbod en de dekking",
                   "Geld", "Volgen en verantwoorden", "Ouders", "Bestuur en medezeggenschap",
                   "Bureau en planning", "Begrippenlijst"])]
    B += [("h1", "Voorwoord"), ("p", f("voorwoord1", ctx)),
          ("p", f("voorwoord2", ctx).replace("leden van de ondersteuningsplanraad, ",
                                             "leden van de ondersteuningsplanraad, ").replace("ouders, ", ""))]
    B += [("h1", "Ons gebied"), ("p", f("context", ctx)),
          ("p", "Het gebied is uitgestrekt en dunbevolkt. Van de 34 scholen hebben er 14 minder dan 75 "
                "leerlingen. Er is één school voor speciaal basisonderwijs in Terpland en een so-school voor "
                "cluster 3 en 4 met een nevenvestiging in Westerdeel."),
          ("p", f("terugblik", ctx)), ("p", f("leeswijzer", ctx).replace(" Waar we 'ouders' schrijven, bedoelen "
                                                                          "we ook verzorgers en voogden.", ""))]
    B += [("h1", "Visie"), ("p", f("visie1", ctx).replace(", en om ouders die als partner worden gezien", "")),
          ("p", f("missie", ctx)), ("p", f("visie2", ctx))]
    # basisondersteuning missing
    B += [("h1", "Basisondersteuning"),
          ("p", "De vijf besturen stellen in het schooljaar 2026-2027 samen een nieuw profiel vast. Tot die tijd "
                "blijven de afspraken gelden die iedere school zelf in haar eigen documenten heeft opgenomen. "
                "Zodra de landelijke norm bekend is, nemen we die over.")]
    # plaatsing partial: criteria present, procedure deferred
    B += [("h1", "Toelaatbaarheid sbo en so"),
          ("p", "Wij vinden een kind toelaatbaar tot het speciaal basisonderwijs wanneer het ondanks ten minste "
                "twee gedocumenteerde ondersteuningsperiodes van elk minimaal tien weken niet tot ontwikkeling "
                "komt in de reguliere groep, de achterstand of het gedrag het functioneren in een groep van "
                "meer dan twintig kinderen structureel belemmert, en het kind baat heeft bij een kleine groep "
                "met een vaste leerkracht. Toelaatbaar tot het so is een kind bij wie bovendien een langdurige "
                "behoefte bestaat aan een combinatie van onderwijs met zorg, therapie of verpleging die een "
                "sbo-school niet kan bieden, of bij wie sprake is van een verstandelijk functioneren onder "
                "IQ 55 met een bijbehorende ondersteuningsbehoefte."),
          ("p", "Een toelaatbaarheidsverklaring geldt in de regel voor twee schooljaren."),
          ("p", "De aanvraagprocedure wordt in de loop van 2026 opnieuw ingericht, in samenhang met het nieuwe "
                "registratiesysteem. De uitgewerkte procedure volgt in een addendum bij dit plan.")]
    # terugstroom present, unusual wording
    B += [("h1", "Weer naar school in het eigen dorp"),
          ("p", "In een gebied als het onze betekent speciaal onderwijs vaak een lange taxirit. Daarom willen we "
                "dat kinderen die het kunnen, weer naar een school in hun eigen dorp gaan. Dat doen we alleen "
                "als de dorpsschool de ondersteuning met een arrangement kan bieden, als het kind daar klaar "
                "voor is en als ouders het willen. Het eerste jaar na de overstap begeleidt een ambulant "
                "begeleider van de so- of sbo-school het kind en de leerkracht, één dagdeel per week."),
          ("p", "Hoe gaat dat in zijn werk? In januari van elk schooljaar bespreekt de commissie van begeleiding "
                "van de sbo- of so-school van iedere leerling of terugkeer in aanmerking komt. De commissie "
                "van begeleiding doet een voorstel; de sbo- of so-school neemt daarna contact op met de "
                "dorpsschool. De intern begeleider van de dorpsschool en de ambulant begeleider stellen samen "
                "een overstapplan op, en het verband legt in het besluit vast dat de TLV per 1 augustus "
                "eindigt. Na de herfstvakantie en na de voorjaarsvakantie evalueren beide scholen de overstap. "
                "In de afgelopen drie schooljaren zijn zo 4, 7 en 6 kinderen teruggegaan.")]
    # dekkend present
    B += [("h1", "Het ondersteuningsaanbod en de dekking"),
          ("p", "Het aanbod kent drie treden. Op de eigen school: wat de school zelf inzet, aangevuld met een "
                "arrangement van het verband. Bovenschools: de reizende plusklas, twee "
                "taalklassen en de gedragsspecialisten van het ambulant team, die naar de scholen toe komen "
                "in plaats van andersom. Gespecialiseerd: het sbo in Terpland en de so-school met twee "
                "locaties."),
          ("p", "Elk kwartaal inventariseert het bureau welke kinderen geen passend aanbod hebben, thuis zitten "
                "of meer dan 45 minuten reizen. Die lijst wordt besproken in het overleg met de besturen en de "
                "leerplichtambtenaren. Wanneer blijkt dat een voorziening ontbreekt, doet het bureau binnen "
                "drie maanden een voorstel. Zo is in 2025 de reizende plusklas ontstaan en wordt voor 2027 "
                "een kleine onderwijs-zorggroep in Noordermarne voorbereid."),
          ("p", f("jonge_kind", ctx))]
    # financien present
    B += [("h1", "Geld"),
          ("p", "Het verband verdeelt de middelen als volgt: iedere school ontvangt een schoolbudget van € 95 "
                "per leerling en een kleine-scholentoeslag van € 4.000 voor scholen met minder dan 75 "
                "leerlingen; arrangementen worden per kind toegekend door het bureau op basis van het plan van "
                "aanpak, tot maximaal € 9.000 per schooljaar."),
          ("table", [["Begroting (x € 1.000)", "2026", "2027", "2028", "2029"],
                     ["Rijksbijdrage", "4.310", "4.250", "4.190", "4.140"],
                     ["Afdracht so en sbo", "1.980", "1.960", "1.940", "1.920"],
                     ["Schoolbudgetten + toeslag", "554", "546", "538", "530"],
                     ["Arrangementen", "720", "740", "740", "740"],
                     ["Ambulant team en plusklas", "690", "700", "700", "710"],
                     ["Bureau", "380", "385", "390", "395"],
                     ["Saldo", "-14", "-81", "-118", "-155"]])]
    # resultaten partial: monitoring present, doelen deferred
    B += [("h1", "Volgen en verantwoorden"),
          ("p", "Welke resultaten we in deze periode beogen, formuleren we na de nulmeting in het najaar van "
                "2026."),
          ("p", "Wat we nu al doen: twee keer per jaar, in februari en in september, verzamelt het bureau per "
                "school het aantal arrangementen, de doorlooptijd van aanvragen, de uitkomst van de "
                "eindevaluaties en het aantal verwijzingen naar sbo en so. De beleidsmedewerker analyseert die "
                "gegevens en bespreekt ze met de directeuren in het regio-overleg. Het bestuur rapporteert de "
                "bevindingen in het jaarverslag.")]
    # ouders missing
    B += [("h1", "Ouders"),
          ("p", "Dit hoofdstuk wordt aangevuld zodra het ouder- en jeugdsteunpunt in de regio is ingericht.")]
    B += [("h1", "Bestuur en medezeggenschap"), ("p", f("governance1", ctx)), ("p", f("governance2", ctx)),
          ("p", f("opr_kaal", ctx)), ("p", f("oogo_formeel", ctx))]
    B += [("h1", "Bureau en planning"), ("p", f("personeel", ctx)), ("p", f("ict", ctx)),
          ("p", f("communicatie_scholen", ctx)), ("p", f("professionalisering", ctx)),
          ("p", f("planning", ctx)), ("p", f("vo_aansluiting", ctx)), ("p", f("nieuwkomers", ctx)),
          ("p", f("landelijk", ctx)), ("p", f("kernwaarden", ctx)), ("p", f("slot", ctx))]
    B += extra_section("Koers en omgeving", ctx)
    B += [("h1", "Begrippenlijst"),
          ("gloss", [("Basisondersteuning", "Het minimale niveau van ondersteuning dat alle scholen in het "
                                            "verband bieden, zoals preventieve interventies en een intern begeleider."),
                     ("Ouder- en jeugdsteunpunt", "Plek waar ouders onafhankelijk advies krijgen."),
                     ("TLV", "Toelaatbaarheidsverklaring, aan te vragen door het schoolbestuur."),
                     ("Beoogde resultaten", "De doelen van het verband voor kinderen met extra ondersteuning.")])]
    nav = ["Home", "Over ons", "Ondersteuningsplan", "Voor ouders: informatie en steunpunt", "Basisondersteuning",
           "Contact"]
    footer = ("© SWV Waddenkust PO · Ouders met vragen: Ouder- en Jeugdsteunpunt Fryslân-Noord · "
              "Klachten: Landelijke Klachtencommissie Onderwijs")
    return B, nav, footer


# =============================================================================================
# Near-miss — school-level ondersteuningsplan of a basisschool, .docx
# =============================================================================================

def notplan():
    B = [("title", "Ondersteuningsplan OBS De Vlonder 2025-2026"),
         ("sub", "Hoe wij op school de ondersteuning aan onze leerlingen organiseren"), ("pagebreak", None),
         ("toc", ["1 Inleiding", "2 Onze school", "3 De zorgniveaus", "4 De ondersteuningscyclus",
                  "5 Groeps- en leerlingbesprekingen", "6 Extra ondersteuning via het samenwerkingsverband",
                  "7 Ouders", "8 Jaarplanning zorg", "Bijlage Begrippen"])]
    B += [("h1", "1 Inleiding"),
          ("p", "Dit ondersteuningsplan beschrijft hoe OBS De Vlonder in het schooljaar 2025-2026 de "
                "ondersteuning aan leerlingen organiseert. Het plan is opgesteld door de intern begeleider en "
                "het managementteam en besproken met het team en de medezeggenschapsraad. Het is een "
                "uitwerking van ons schoolondersteuningsprofiel en sluit aan bij het ondersteuningsplan van "
                "het samenwerkingsverband waarbij ons bestuur is aangesloten."),
          ("p", "Het plan is bedoeld voor leerkrachten, onderwijsassistenten en nieuwe collega's. Ouders kunnen "
                "het opvragen bij de administratie. Het plan wordt elk jaar in juni geëvalueerd en bijgesteld.")]
    B += [("h1", "2 Onze school"),
          ("p", "OBS De Vlonder is een openbare basisschool met 212 leerlingen in negen groepen. De school "
                "staat in een dorp met veel jonge gezinnen. We werken met het model van handelingsgericht "
                "werken en met de methodes voor rekenen, taal en lezen die in de schoolgids worden genoemd. "
                "Het team bestaat uit 16 leerkrachten, 2 onderwijsassistenten, een intern begeleider (0,6 fte) "
                "en een directeur.")]
    B += [("h1", "3 De zorgniveaus"),
          ("p", "Wij onderscheiden vijf zorgniveaus. Niveau 1: algemene zorg in de groep door de leerkracht. "
                "Niveau 2: extra zorg in de groep, bijvoorbeeld verlengde instructie of een pre-teaching-"
                "groepje. Niveau 3: speciale zorg na een leerlingbespreking met de intern begeleider, met een "
                "handelingsplan. Niveau 4: speciale zorg met inzet van externe deskundigen, bijvoorbeeld een "
                "orthopedagoog of logopedist. Niveau 5: verwijzing naar een arrangement van het "
                "samenwerkingsverband of naar het speciaal (basis)onderwijs."),
          ("p", "Voor kinderen op niveau 3 en hoger stelt de leerkracht een handelingsplan op dat na zes tot "
                "acht weken wordt geëvalueerd. Kinderen die op een eigen leerlijn werken, krijgen een "
                "ontwikkelingsperspectief (OPP).")]
    B += [("h1", "4 De ondersteuningscyclus"),
          ("p", "We werken in twee cycli per jaar. Na de toetsperiodes van januari en juni analyseert de "
                "leerkracht de resultaten van de groep en stelt een groepsplan op voor rekenen, lezen en "
                "spelling. De intern begeleider bespreekt de analyse met iedere leerkracht. De resultaten "
                "op schoolniveau worden besproken in het team en met het bestuur."),
          ("p", "Daarnaast volgen we de sociaal-emotionele ontwikkeling met een observatielijst die twee keer "
                "per jaar door de leerkracht wordt ingevuld. Vanaf groep 5 vullen de kinderen zelf ook een "
                "vragenlijst in.")]
    B += [("h1", "5 Groeps- en leerlingbesprekingen"),
          ("p", "Drie keer per jaar is er een groepsbespreking tussen leerkracht en intern begeleider. Kinderen "
                "over wie zorgen zijn, worden besproken in de leerlingbespreking. Als dat nodig is, wordt een "
                "kind ingebracht in het ondersteuningsteam, waaraan ook de schoolmaatschappelijk werker, de "
                "jeugdverpleegkundige en een consulent van het samenwerkingsverband deelnemen. Ouders worden "
                "altijd vooraf om toestemming gevraagd en zijn bij het overleg aanwezig.")]
    B += [("h1", "6 Extra ondersteuning via het samenwerkingsverband"),
          ("p", "Als de school een kind ondanks alle inzet niet voldoende kan ondersteunen, kan de intern "
                "begeleider via het bestuur een arrangement aanvragen bij het samenwerkingsverband. Het "
                "samenwerkingsverband beslist daarover. Voor plaatsing in het speciaal basisonderwijs of het "
                "speciaal onderwijs is een toelaatbaarheidsverklaring (TLV) nodig; die wordt door het bestuur "
                "aangevraagd. De intern begeleider verzamelt daarvoor de gegevens en bespreekt de aanvraag "
                "met ouders. Kinderen die na een periode in het sbo terugkomen, worden door de intern "
                "begeleider ingepland voor een kennismakingsgesprek."),
          ("p", "De school ontvangt van het samenwerkingsverband een schoolbudget. Dat besteden wij aan een "
                "onderwijsassistent voor de onderbouw en aan de inzet van een remedial teacher.")]
    B += [("h1", "7 Ouders"),
          ("p", "Ouders zijn onze partners. Zij worden geïnformeerd bij ieder gesprek over hun kind en tekenen "
                "voor het OPP. Bij vragen over de ondersteuning kunnen ouders terecht bij de leerkracht en de "
                "intern begeleider. Met klachten kunnen ouders zich wenden tot de directeur, de "
                "vertrouwenspersoon of de klachtencommissie, zoals beschreven in de schoolgids.")]
    B += [("h1", "8 Jaarplanning zorg"),
          ("table", [["Maand", "Activiteit"], ["September", "Startgesprekken met ouders"],
                     ["Oktober", "Groepsbesprekingen ronde 1"], ["Januari", "Toetsen en analyse"],
                     ["Februari", "Groepsbesprekingen ronde 2"], ["April", "Overdracht naar VO (groep 8)"],
                     ["Juni", "Toetsen, analyse, evaluatie ondersteuningsplan"]])]
    B += [("h1", "Bijlage Begrippen"),
          ("gloss", [("IB", "Intern begeleider"), ("OPP", "Ontwikkelingsperspectief"),
                     ("SWV", "Samenwerkingsverband passend onderwijs"), ("TLV", "Toelaatbaarheidsverklaring"),
                     ("SOP", "Schoolondersteuningsprofiel")])]
    return B


# =============================================================================================
# Labels
# =============================================================================================

LABELS = {
    "po-swv-rivierenland-noord": dict(
        documents=["po-swv-rivierenland-noord.docx"], sector="po", looks_like_plan=True,
        elements=dict(basisondersteuning="present", plaatsing="present", terugstroom="partial",
                      financien="present", **{"dekkend-aanbod": "present"}, resultaten="partial", ouders="present"),
        criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
                  "plaatsing.procedure": True, "plaatsing.criteria": True,
                  "terugstroom.procedure": True, "terugstroom.beleid": False,
                  "financien.verdeling": True, "financien.besteding": True,
                  "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
                  "resultaten.doelen": True, "resultaten.monitoring": False,
                  "ouders.informatie": True, "ouders.steunpunt": True},
        advisory_addressed={"basisondersteuning": ["borging"],
                            "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
                            "financien": ["reserves", "verantwoording"],
                            "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"],
                            "ouders": ["betrokkenheid"]},
        notes={"basisondersteuning": "H3 defines the agreed minimum level for every vestiging and lists concrete "
                                     "voorzieningen; borging via kwaliteitsgesprek/kwaliteitskaart.",
               "plaatsing": "H5 numbered TLV procedure (bevoegd gezag, 2 deskundigen, CvT, 6 weken), sbo/so "
                            "criteria, duur + categorie, bezwaar via LBT.",
               "terugstroom": "Procedure only in §5.4 'Afloop van de TLV' inside the TLV chapter (1 nov, 1 feb, "
                              "1 maart, 31 juli); H6 'Terugplaatsing' only defers policy to 2026-2027.",
               "financien": "Under 'Geld en middelen' (H8): verdeelmodel €142/leerling + vaste voet, "
                            "meerjarenbegroting table, reserve/weerstandsvermogen, verantwoording voor 1 juli.",
               "dekkend-aanbod": "H4 four-layer continuum; H7 dekkingsanalyse, thuiszitters, doorzettingsmacht, OOGO.",
               "resultaten": "H9 lists measurable beoogde resultaten, but measuring/monitoring is deferred to a "
                             "kwaliteitskader 'in de loop van 2027'; footer 'zie jaarverslag' does not count.",
               "ouders": "Only in H10 'Communicatie': ouderpagina, schoolgids, folder; OJSP, onderwijsconsulenten, "
                         "klachten/geschillencommissie."}),
    "po-swv-kempenrand": dict(
        documents=["po-swv-kempenrand.docx"], sector="po", looks_like_plan=True,
        elements=dict(basisondersteuning="partial", plaatsing="missing", terugstroom="missing",
                      financien="partial", **{"dekkend-aanbod": "missing"}, resultaten="present", ouders="partial"),
        criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": False,
                  "plaatsing.procedure": False, "plaatsing.criteria": False,
                  "terugstroom.procedure": False, "terugstroom.beleid": False,
                  "financien.verdeling": True, "financien.besteding": False,
                  "dekkend-aanbod.continuum": False, "dekkend-aanbod.lacunes": False,
                  "resultaten.doelen": True, "resultaten.monitoring": True,
                  "ouders.informatie": True, "ouders.steunpunt": False},
        advisory_addressed={"resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
        notes={"basisondersteuning": "H4 defines the minimum level for every vestiging; content only in "
                                     "'bijlage 2 Kwaliteitskaart' which is a separate document (absent).",
               "plaatsing": "H5 only refers to the Handboek Toewijzing on the website; TLV only in TOC/glossary.",
               "terugstroom": "Same H5 reference to the Handboek; 'Terugplaatsing' only in heading, TOC and glossary.",
               "financien": "H7: verdeling €118/leerling to besturen + arrangement criteria/max; meerjarenbegroting "
                            "is 'p.m.' (addendum later). The arrangement sentence is a funding route, not a "
                            "description of the continuum.",
               "dekkend-aanbod": "H6 is a placeholder ('wordt na het OOGO van het najaar 2026 ingevuld'); "
                                 "dekkend aanbod/zorgplicht only in glossary.",
               "resultaten": "H8 'Wat we willen bereiken': three targets (8 weken, 90%, 7,5) and half-yearly "
                             "monitoring/reporting in unusual wording.",
               "ouders": "H9 'Samen met thuis' covers informatie (schoolgids, brochure, avond); no independent "
                         "steunpunt or klachten (OJSP only in glossary)."}),
    "po-swv-duinstreek": dict(
        documents=["po-swv-duinstreek.pdf"], sector="po", looks_like_plan=True,
        elements=dict(basisondersteuning="present", plaatsing="partial", terugstroom="present",
                      financien="missing", **{"dekkend-aanbod": "partial"}, resultaten="present", ouders="present"),
        criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
                  "plaatsing.procedure": True, "plaatsing.criteria": False,
                  "terugstroom.procedure": True, "terugstroom.beleid": True,
                  "financien.verdeling": False, "financien.besteding": False,
                  "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": False,
                  "resultaten.doelen": True, "resultaten.monitoring": True,
                  "ouders.informatie": True, "ouders.steunpunt": True},
        advisory_addressed={"basisondersteuning": ["borging"],
                            "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
                            "terugstroom": ["monitoring"], "dekkend-aanbod": ["ketenpartners"],
                            "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
        notes={"basisondersteuning": "H3 'Wat elke school altijd biedt': ondergrens for every vestiging + list.",
               "plaatsing": "H5 procedure (loket, 2 deskundigen, commissie, 6 weken, max 3 jaar, bezwaar); criteria "
                            "only on www.swvduinstreek.nl/tlv.",
               "terugstroom": "H6 'Terug naar de basisschool': policy (tijdelijk, voorwaarden, 1 jaar ambulante "
                              "begeleiding) and procedure (voorjaar, aanmelding, evaluatie 3/6 mnd); 11 kinderen.",
               "financien": "H7 only defers ('addendum na begroting 2027') and refers to a separate MJB; footer "
                            "and afkortingenlijst mention begroting.",
               "dekkend-aanbod": "H4 describes the route/continuum; gaps only deferred ('gaan we onderzoeken'), "
                                 "thuiszitters a passing mention in H2; OOGO jeugdhulp in H10.",
               "resultaten": "Only in table 8.1: doelen with nulmeting/streefwaarde and meting/rapportage column.",
               "ouders": "H9 'Communicatie': ouderwijzer, schoolgids, FAQ; OJSP Kust, onderwijsconsulenten, klachten."}),
    "vo-swv-eemvallei": dict(
        documents=["vo-swv-eemvallei.pdf"], sector="vo", looks_like_plan=True,
        elements=dict(basisondersteuning="present", plaatsing="present", terugstroom="partial",
                      financien="present", **{"dekkend-aanbod": "present"}, resultaten="missing", ouders="partial"),
        criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
                  "plaatsing.procedure": True, "plaatsing.criteria": True,
                  "terugstroom.procedure": False, "terugstroom.beleid": True,
                  "financien.verdeling": True, "financien.besteding": True,
                  "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
                  "resultaten.doelen": False, "resultaten.monitoring": False,
                  "ouders.informatie": False, "ouders.steunpunt": True},
        advisory_addressed={"plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
                            "financien": ["reserves"], "dekkend-aanbod": ["ketenpartners"],
                            "ouders": ["betrokkenheid"]},
        notes={"basisondersteuning": "H3: level for every vo-vestiging + concrete list (mentoraat, zorgteam, ...).",
               "plaatsing": "H5: TLV vso procedure/criteria, lwoo/pro national criteria and deadlines, bezwaar LBT.",
               "terugstroom": "H6 gives policy (aims, conditions, 6 months begeleiding) but the stappenplan is "
                              "deferred to 2027.",
               "financien": "H8 'Bedrijfsvoering': content only in tables 8.1 (verdeling) and 8.2 (MJB, reserve).",
               "dekkend-aanbod": "H4 continuum (ondersteuningsklassen, OPDC, rebound, vso/pro); H7 thuiszitters.",
               "resultaten": "H9 only refers to the jaarplan and school annual reports; 'beoogde resultaten' only "
                             "in glossary/header; examenresultaten is a passing mention.",
               "ouders": "H10: OJSP Eemvallei, onderwijsconsulenten, klachten; informing parents deferred to a "
                         "communicatieplan (najaar 2026)."}),
    "po-swv-waddenkust": dict(
        documents=["po-swv-waddenkust.html"], sector="po", looks_like_plan=True,
        elements=dict(basisondersteuning="missing", plaatsing="partial", terugstroom="present",
                      financien="present", **{"dekkend-aanbod": "present"}, resultaten="partial", ouders="missing"),
        criteria={"basisondersteuning.niveau": False, "basisondersteuning.inhoud": False,
                  "plaatsing.procedure": False, "plaatsing.criteria": True,
                  "terugstroom.procedure": True, "terugstroom.beleid": True,
                  "financien.verdeling": True, "financien.besteding": True,
                  "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
                  "resultaten.doelen": False, "resultaten.monitoring": True,
                  "ouders.informatie": False, "ouders.steunpunt": False},
        advisory_addressed={"plaatsing": ["duur-categorie"], "terugstroom": ["monitoring"]},
        notes={"basisondersteuning": "Section only defers ('stellen in 2026-2027 vast') and points to schools' own "
                                     "documents; definition only in begrippenlijst and nav.",
               "plaatsing": "Criteria for sbo/so stated; procedure deferred to an addendum ('volgt').",
               "terugstroom": "'Weer naar school in het eigen dorp': policy + steps (januari, CvB, 1 augustus, "
                              "evaluaties) + figures 4/7/6.",
               "financien": "'Geld': €95/leerling + kleine-scholentoeslag, arrangement max; begroting table.",
               "dekkend-aanbod": "Three treden continuum; quarterly inventory of kids without place/thuiszitters.",
               "resultaten": "'Volgen en verantwoorden': half-yearly data collection and reporting; intended "
                             "results deferred until after the nulmeting.",
               "ouders": "Section 'Ouders' is a placeholder; OJSP/klachten only in nav, footer and glossary."}),
    "po-obs-de-vlonder-ondersteuningsplan": dict(
        documents=["po-obs-de-vlonder-ondersteuningsplan.docx"], sector="po", looks_like_plan=False,
        elements={}, criteria={}, advisory_addressed={},
        notes={"document": "School-level 'ondersteuningsplan' of one basisschool (zorgniveaus, groepsbesprekingen, "
                           "IB-cyclus); it refers to the samenwerkingsverband but is not the SWV's plan."}),
}

ELEMENT_ORDER = ["basisondersteuning", "plaatsing", "terugstroom", "financien", "dekkend-aanbod", "resultaten",
                 "ouders"]
CRIT_ORDER = ["basisondersteuning.niveau", "basisondersteuning.inhoud", "plaatsing.procedure", "plaatsing.criteria",
              "terugstroom.procedure", "terugstroom.beleid", "financien.verdeling", "financien.besteding",
              "dekkend-aanbod.continuum", "dekkend-aanbod.lacunes", "resultaten.doelen", "resultaten.monitoring",
              "ouders.informatie", "ouders.steunpunt"]


def q(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def write_label(stem, lab):
    lines = ["documents: [%s]" % ", ".join(lab["documents"]), "sector: %s" % lab["sector"],
             "looks_like_plan: %s" % ("true" if lab["looks_like_plan"] else "false")]
    if lab["elements"]:
        lines.append("elements: {%s}" % ", ".join("%s: %s" % (e, lab["elements"][e]) for e in ELEMENT_ORDER))
        lines.append("criteria:")
        for c in CRIT_ORDER:
            lines.append("  %s: %s" % (c, "true" if lab["criteria"][c] else "false"))
    else:
        lines += ["elements: {}", "criteria: {}"]
    if lab["advisory_addressed"]:
        lines.append("advisory_addressed:")
        for e in ELEMENT_ORDER:
            if e in lab["advisory_addressed"]:
                lines.append("  %s: [%s]" % (e, ", ".join(lab["advisory_addressed"][e])))
    else:
        lines.append("advisory_addressed: {}")
    lines.append("notes:")
    for k, v in lab["notes"].items():
        lines.append("  %s: %s" % (k, q(v)))
    (OUT / (stem + ".expected.yaml")).write_text("\n".join(lines) + "\n", encoding="utf-8")


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    counts = {}
    b, h, ft = plan1()
    write_docx(OUT / "po-swv-rivierenland-noord.docx", b, h, ft, "Ondersteuningsplan 2026-2030")
    counts["po-swv-rivierenland-noord"] = words(b)
    b, h, ft = plan2()
    write_docx(OUT / "po-swv-kempenrand.docx", b, h, ft, "Ondersteuningsplan op hoofdlijnen")
    counts["po-swv-kempenrand"] = words(b)
    tmpd = Path(tempfile.mkdtemp(prefix="holdout232_src_"))
    try:
        b, h, ft = plan3()
        write_docx(tmpd / "po-swv-duinstreek.docx", b, h, ft, "Ondersteuningsplan Duinstreek")
        docx_to_pdf(tmpd / "po-swv-duinstreek.docx", OUT / "po-swv-duinstreek.pdf")
        counts["po-swv-duinstreek"] = words(b)
        b, h, ft = plan4()
        write_docx(tmpd / "vo-swv-eemvallei.docx", b, h, ft, "Ondersteuningsplan Eemvallei")
        docx_to_pdf(tmpd / "vo-swv-eemvallei.docx", OUT / "vo-swv-eemvallei.pdf")
        counts["vo-swv-eemvallei"] = words(b)
    finally:
        shutil.rmtree(tmpd, ignore_errors=True)
    b, nav, ft = plan5()
    write_html(OUT / "po-swv-waddenkust.html", b, "Ondersteuningsplan 2026-2030 — SWV Waddenkust PO", nav, ft)
    counts["po-swv-waddenkust"] = words(b)
    b = notplan()
    write_docx(OUT / "po-obs-de-vlonder-ondersteuningsplan.docx", b, "OBS De Vlonder", "Schooljaar 2025-2026",
               "Ondersteuningsplan OBS De Vlonder")
    counts["po-obs-de-vlonder-ondersteuningsplan"] = words(b)
    for stem, lab in LABELS.items():
        write_label(stem, lab)
    for k, v in counts.items():
        print("%-40s %5d words" % (k, v))


if __name__ == "__main__":
    main()
