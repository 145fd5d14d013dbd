#!/usr/bin/env python3
"""Generate the holdout43 test set for opcheck (fictional VO/PO ondersteuningsplannen + 1 near-miss).

Deterministic, no network. Writes into the parent folder of this script's folder:
  vo-zuidrand.docx, vo-maas-en-heide.docx, vo-kust-en-polder.pdf, po-lingedal.pdf,
  vo-hoogland-vaart-concept.md, np-vo-jaarverslag-2025.docx
The label files (*.expected.yaml) are maintained by hand next to the documents; this script does not touch them.
PDFs are rendered from a temporary .docx with LibreOffice (soffice --headless --convert-to pdf).
"""
import datetime
import os
import shutil
import subprocess
import sys
import tempfile
import zipfile

from docx import Document
from docx.enum.text import WD_BREAK
from docx.shared import Pt

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FIXED = datetime.datetime(2026, 3, 1, 9, 0, 0)

# ----------------------------------------------------------------------------------------------
# tiny document model: list of (kind, payload)
def TITLE(*lines): return ("title", list(lines))
def H1(t): return ("h1", t)
def H2(t): return ("h2", t)
def H3(t): return ("h3", t)
def P(t): return ("p", t)
def B(*items): return ("bul", list(items))
def N(*items): return ("num", list(items))
def T(*rows): return ("table", [list(r) for r in rows])
def TOC(*lines): return ("toc", list(lines))
def BR(): return ("pagebreak", None)


def render_docx(blocks, path, header=None, footer=None, font="Calibri", size=11):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(size)
    cp = doc.core_properties
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_printed = FIXED
    cp.author = "holdout43"
    cp.title = ""
    sec = doc.sections[0]
    if header:
        sec.header.paragraphs[0].text = header
    if footer:
        sec.footer.paragraphs[0].text = footer
    for kind, x in blocks:
        if kind == "title":
            for i, line in enumerate(x):
                if i == 0:
                    doc.add_paragraph(line, style="Title")
                else:
                    doc.add_paragraph(line, style="Subtitle" if i == 1 else "Normal")
        elif kind == "h1":
            doc.add_heading(x, level=1)
        elif kind == "h2":
            doc.add_heading(x, level=2)
        elif kind == "h3":
            doc.add_heading(x, level=3)
        elif kind == "p":
            doc.add_paragraph(x)
        elif kind == "bul":
            for it in x:
                doc.add_paragraph(it, style="List Bullet")
        elif kind == "num":
            for it in x:
                doc.add_paragraph(it, style="List Number")
        elif kind == "toc":
            doc.add_paragraph("Inhoudsopgave", style="TOC Heading" if "TOC Heading" in [s.name for s in doc.styles] else "Heading 1")
            for line in x:
                doc.add_paragraph(line)
        elif kind == "table":
            rows = x
            ncol = max(len(r) for r in rows)
            tb = doc.add_table(rows=len(rows), cols=ncol)
            tb.style = "Table Grid"
            for i, r in enumerate(rows):
                for j in range(ncol):
                    cell = tb.cell(i, j)
                    cell.text = r[j] if j < len(r) else ""
                    if i == 0:
                        for run in cell.paragraphs[0].runs:
                            run.bold = True
            doc.add_paragraph("")
        elif kind == "pagebreak":
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        else:
            raise ValueError(kind)
    doc.save(path)
    normalize_zip(path)


def normalize_zip(path):
    """Rewrite a .docx with fixed zip timestamps so reruns give identical bytes."""
    tmp = path + ".tmp"
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in sorted(zin.infolist(), key=lambda i: i.filename):
            data = zin.read(info.filename)
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 3, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, data)
    os.replace(tmp, path)


def render_md(blocks, path):
    out = []
    for kind, x in blocks:
        if kind == "title":
            out.append("# " + x[0])
            for l in x[1:]:
                out += ["", l]
            out.append("")
        elif kind == "h1":
            out += ["", "## " + x, ""]
        elif kind == "h2":
            out += ["", "### " + x, ""]
        elif kind == "h3":
            out += ["", "#### " + x, ""]
        elif kind == "p":
            out += [x, ""]
        elif kind == "bul":
            out += ["- " + it for it in x] + [""]
        elif kind == "num":
            out += [f"{i}. {it}" for i, it in enumerate(x, 1)] + [""]
        elif kind == "toc":
            out += ["**Inhoud**", ""] + ["- " + l for l in x] + [""]
        elif kind == "table":
            rows = x
            ncol = max(len(r) for r in rows)
            rows = [r + [""] * (ncol - len(r)) for r in rows]
            out.append("| " + " | ".join(rows[0]) + " |")
            out.append("|" + "---|" * ncol)
            for r in rows[1:]:
                out.append("| " + " | ".join(c.replace("|", "/") for c in r) + " |")
            out.append("")
        elif kind == "pagebreak":
            out += ["", "---", ""]
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out).rstrip() + "\n")


def render_pdf(blocks, path, **kw):
    tmpd = tempfile.mkdtemp(prefix="holdout43_")
    try:
        base = os.path.splitext(os.path.basename(path))[0]
        dpath = os.path.join(tmpd, base + ".docx")
        render_docx(blocks, dpath, **kw)
        subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmpd}/lo",
                        "--convert-to", "pdf", "--outdir", tmpd, dpath],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
        shutil.copyfile(os.path.join(tmpd, base + ".pdf"), path)
    finally:
        shutil.rmtree(tmpd, ignore_errors=True)


def words(blocks):
    n = 0
    for kind, x in blocks:
        if isinstance(x, str):
            n += len(x.split())
        elif kind == "table":
            n += sum(len(c.split()) for r in x for c in r)
        elif x:
            n += sum(len(s.split()) for s in x)
    return n

# ==============================================================================================
# Plan A — VO Zuidrand (docx). Formal, thorough. Ouders hidden in "Communicatie en
# informatievoorziening"; terugstroom: procedure only (beleid deferred); resultaten: goals without
# monitoring (deferred to a kwaliteitszorgplan).
def plan_a():
    S = "Samenwerkingsverband VO Zuidrand"
    return [
        TITLE("Ondersteuningsplan 2026-2030",
              "Samenwerkingsverband Voortgezet Onderwijs Zuidrand (VO 29-04)",
              "Planperiode 1 augustus 2026 tot en met 31 juli 2030",
              "Vastgesteld door het bestuur op 14 april 2026, na op overeenstemming gericht overleg met de gemeenten "
              "(24 maart 2026) en instemming van de ondersteuningsplanraad (7 april 2026)."),
        BR(),
        TOC("Voorwoord ........ 3",
            "1 Inleiding en context ........ 4",
            "2 Visie, missie en koers ........ 6",
            "3 Het ondersteuningscontinuüm ........ 8",
            "   3.1 Basisondersteuning ........ 8",
            "   3.2 Extra ondersteuning in de school ........ 10",
            "   3.3 Bovenschoolse voorzieningen: OPDC, rebound en Entree ........ 11",
            "   3.4 Leerwegondersteunend onderwijs en praktijkonderwijs ........ 12",
            "   3.5 Voortgezet speciaal onderwijs ........ 13",
            "4 Toelaatbaarheid ........ 14",
            "   4.1 Toelaatbaarheidsverklaring vso ........ 14",
            "   4.2 Lwoo en pro ........ 16",
            "   4.3 Bezwaar ........ 17",
            "   4.4 Afloop van de TLV ........ 17",
            "5 Dekkend netwerk en thuiszitters ........ 18",
            "6 Samenwerking met gemeenten en jeugdhulp ........ 20",
            "7 Communicatie en informatievoorziening ........ 21",
            "8 Kwaliteit en beoogde resultaten ........ 23",
            "9 Organisatie, governance en medezeggenschap ........ 25",
            "10 Personeel en professionalisering ........ 26",
            "11 Financieel beleid en meerjarenbegroting ........ 27",
            "12 Privacy, ICT en planning ........ 30",
            "Bijlage 1 Begrippenlijst ........ 32"),
        BR(),
        H1("Voorwoord"),
        P("Voor u ligt het ondersteuningsplan 2026-2030 van het " + S + ". Het is het derde plan sinds de invoering "
          "van passend onderwijs en het eerste plan dat volledig is geschreven in de periode na de Verbeteraanpak passend "
          "onderwijs. Dat is te merken. Waar eerdere plannen vooral de structuur van ons verband beschreven, kiezen we nu "
          "nadrukkelijker voor heldere afspraken: wat mag een leerling op iedere school verwachten, wanneer is een "
          "bovenschoolse voorziening aan de orde en hoe verdelen we de middelen die ons zijn toevertrouwd."),
        P("Het plan kwam tot stand in een intensief traject van ruim een jaar. In werkgroepen met ondersteuningscoördinatoren, "
          "teamleiders, directeuren en medewerkers van het samenwerkingsverband hebben we de evaluatie van het vorige plan "
          "besproken. We hielden twee ronde-tafelgesprekken met ouders en met leerlingen van de leerlingenraden, en we spraken "
          "met de wethouders onderwijs en jeugd van Zuidhaven, Ter Aa en Bremmeloo. Hun inbreng heeft dit plan scherper gemaakt. "
          "De ondersteuningsplanraad heeft ons in vier vergaderingen kritisch en constructief bevraagd; dank daarvoor."),
        P("Passend onderwijs is geen project dat ooit af is. Leerlingen veranderen, de arbeidsmarkt voor leraren staat onder "
          "druk en de vraag naar ondersteuning neemt toe, juist bij jongeren met psychische klachten en bij leerlingen die "
          "dreigen uit te vallen. Dit plan geeft richting, maar vraagt van iedereen – scholen, besturen, gemeenten, ouders en "
          "het samenwerkingsverband – dat we elkaar blijven opzoeken. Daarbij staat één vraag centraal: wat heeft deze "
          "leerling nodig, en wie kan dat het beste bieden?"),
        P("Drs. M.A. (Marleen) Verhoef, directeur-bestuurder"),
        H1("1 Inleiding en context"),
        P("Het " + S + " is een stichting waarin elf schoolbesturen voor voortgezet onderwijs en voortgezet speciaal "
          "onderwijs samenwerken. Samen verzorgen zij onderwijs op 23 vestigingen in de gemeenten Zuidhaven, Ter Aa en "
          "Bremmeloo. Het verband is wettelijk verplicht op grond van de Wet voortgezet onderwijs 2020 en heeft tot taak "
          "een samenhangend geheel van ondersteuningsvoorzieningen binnen en tussen de scholen te realiseren, zodat leerlingen "
          "een ononderbroken ontwikkelingsproces kunnen doorlopen en leerlingen die extra ondersteuning nodig hebben een zo "
          "passend mogelijke plek in het onderwijs krijgen."),
        P("Dit ondersteuningsplan beschrijft hoe wij die taak de komende vier schooljaren invullen. Het plan is de basis voor "
          "de jaarplannen van het samenwerkingsverband en voor de afspraken met de schoolbesturen. Jaarlijks stellen we een "
          "jaarplan en een begroting op die aansluiten op dit plan. Wijzigingen van betekenis leggen we opnieuw ter instemming "
          "voor aan de ondersteuningsplanraad."),
        H2("1.1 Het verband in cijfers"),
        T(["Kengetal (teldatum 1 oktober)", "2022", "2023", "2024", "2025"],
          ["Leerlingen regulier vo (excl. lwoo/pro)", "12.310", "12.204", "12.041", "11.873"],
          ["Leerlingen met lwoo", "1.102", "1.087", "1.065", "1.048"],
          ["Leerlingen praktijkonderwijs", "512", "506", "521", "517"],
          ["Leerlingen vso", "402", "418", "433", "441"],
          ["Vestigingen", "24", "24", "23", "23"]),
        P("Het aantal leerlingen in het regulier voortgezet onderwijs daalt licht, vooral in de kleinere kernen. Het aantal "
          "leerlingen in het vso stijgt daarentegen al vier jaar. Dat is een landelijke trend, maar in Zuidrand ligt het "
          "deelnamepercentage vso met 3,1 procent boven het landelijk gemiddelde. Tegelijk kampen de scholen met krapte op de "
          "arbeidsmarkt: bijna alle besturen hebben vacatures die langer dan drie maanden openstaan, in het bijzonder voor "
          "wiskunde, Duits en de technische vakken."),
        H2("1.2 Terugblik op de vorige planperiode"),
        P("In de periode 2022-2026 lag de nadruk op het versterken van de ondersteuningsstructuur in de scholen en op de "
          "oprichting van de Entree-opleiding in samenwerking met het Zuidrand College (mbo). Het OPDC De Overstap verhuisde "
          "naar een nieuw gebouw in Zuidhaven, en in 2024 startte de reboundvoorziening Het Kompas. Ook is het digitale loket "
          "Kompas ingevoerd, waarmee scholen aanvragen voor arrangementen en toelaatbaarheidsverklaringen indienen."),
        H1("2 Visie, missie en koers"),
        P("Onze missie is kort: iedere jongere in Zuidrand krijgt het onderwijs en de ondersteuning die bij hem of haar past, "
          "zo dicht mogelijk bij huis en zo regulier als mogelijk. Wij geloven dat scholen, ouders en jeugdhulp samen meer "
          "bereiken dan ieder afzonderlijk. Het samenwerkingsverband is daarbij geen loket dat beslist, maar een partner die "
          "verbindt, expertise deelt en waar nodig de regie neemt."),
        P("Onze visie rust op vier pijlers. De eerste is dat de leerling centraal staat: niet het etiket of de diagnose, maar "
          "de onderwijsbehoefte bepaalt welke ondersteuning nodig is. De tweede pijler is dat we uitgaan van vertrouwen in de "
          "professionaliteit van scholen. De derde pijler is transparantie: over middelen, over resultaten en over de keuzes "
          "die we maken. De vierde pijler is samenwerking over de grenzen van onderwijs en zorg heen."),
        P("Voor de komende planperiode hebben de besturen vier koersuitspraken geformuleerd: (1) de basis is op orde op elke "
          "vestiging; (2) geen jongere zit thuis zonder passend aanbod; (3) onderwijs en jeugdhulp werken vanuit één plan "
          "rond een leerling en gezin; (4) we gebruiken de middelen doelmatig en leggen helder verantwoording af. In hoofdstuk "
          "8 zijn deze koersuitspraken vertaald naar beoogde resultaten."),
        H1("3 Het ondersteuningscontinuüm"),
        P("Het ondersteuningsaanbod in Zuidrand is opgebouwd als een continuüm. Iedere school biedt de basisondersteuning. "
          "Waar dat niet volstaat, organiseert de school extra ondersteuning binnen de eigen vestiging, desgewenst met een "
          "arrangement van het samenwerkingsverband. Daarna volgen de bovenschoolse voorzieningen – het OPDC, de "
          "reboundvoorziening en de Entree-klas – en ten slotte het voortgezet speciaal onderwijs. Lwoo en praktijkonderwijs "
          "hebben een eigen plek in dit continuüm. Het uitgangspunt is steeds dat de onderwijsbehoefte van de leerling "
          "bepaalt welke ondersteuning wordt ingezet, en niet het aanbod dat toevallig beschikbaar is."),
        H2("3.1 Basisondersteuning"),
        P("De besturen in Zuidrand hebben met elkaar afgesproken welke ondersteuning iedere vestiging ten minste biedt. Deze "
          "afspraken vormen de gezamenlijke ondergrens: iedere vestiging van iedere aangesloten school – van praktijkonderwijs "
          "tot gymnasium – biedt deze basisondersteuning zonder dat daarvoor een aanvraag bij het samenwerkingsverband nodig is. "
          "Scholen mogen meer bieden en beschrijven dat in hun schoolgids, maar niet minder."),
        P("Concreet betekent dit dat een leerling en zijn ouders op elke vestiging het volgende kunnen verwachten:"),
        B("een ondersteuningscoördinator met ten minste 0,4 fte per 500 leerlingen, die het aanspreekpunt is voor ouders, "
          "mentoren en externe partners;",
          "een mentor die per leerling ten minste drie gesprekken per schooljaar voert en signalen over leren, gedrag of "
          "welbevinden binnen twee weken met de ondersteuningscoördinator bespreekt;",
          "een intern ondersteuningsteam dat minimaal zes keer per schooljaar bijeenkomt, met deelname van de "
          "schoolmaatschappelijk werker en – op afroep – de jeugdarts en de leerplichtambtenaar;",
          "een dyslexie- en dyscalculieprotocol met faciliteiten (extra tijd, vergroot lettertype, voorleessoftware, gebruik "
          "van een rekenkaart) die ook bij toetsen en het examen worden toegepast;",
          "trainingen in sociale vaardigheden, faalangstreductie en examenvrees, in groepjes of individueel;",
          "ondersteuning bij plannen en organiseren (executieve functies), onder meer via huiswerkbegeleiding op school;",
          "een opvang- of time-outplek met begeleiding, zodat een leerling die tijdelijk niet in de klas kan blijven, op school "
          "blijft;",
          "een ontwikkelingsperspectiefplan (OPP) dat binnen zes weken na de start van extra ondersteuning is opgesteld en met "
          "ouders en leerling is besproken;",
          "een protocol medisch handelen en afspraken over leerlingen met een chronische ziekte;",
          "een aanpak voor (dreigend) verzuim in samenwerking met leerplicht, met een gesprek met leerling en ouders bij "
          "zorgwekkend verzuim binnen vijf schooldagen."),
        P("Het samenwerkingsverband bespreekt jaarlijks in de kwaliteitsdialoog met iedere vestiging of de basisondersteuning "
          "wordt geboden. Hiervoor gebruiken we de Kwaliteitskaart Basisondersteuning, waarop scholen zelf scoren en die een "
          "medewerker van het verband steekproefsgewijs toetst. Wanneer een vestiging op een onderdeel onder de ondergrens "
          "scoort, maakt de schoolleiding binnen drie maanden een verbeterplan; het samenwerkingsverband kan daarbij expertise "
          "inzetten. Blijft verbetering uit, dan agendeert de directeur-bestuurder het onderwerp in het bestuur."),
        H2("3.2 Extra ondersteuning in de school"),
        P("Wanneer een leerling meer nodig heeft dan de basisondersteuning, stelt de school een OPP op en organiseert zij extra "
          "ondersteuning binnen de eigen vestiging. Voorbeelden zijn een kleine klas, een trajectvoorziening, begeleiding door "
          "een gedragsspecialist of een aangepast rooster. Scholen bekostigen dit uit hun schoolbudget (zie hoofdstuk 11). "
          "Voor leerlingen met een complexe vraag kan de school een arrangement aanvragen bij het samenwerkingsverband, "
          "bijvoorbeeld ambulante begeleiding door een vso-school of een onderwijs-zorgarrangement met een jeugdhulpaanbieder."),
        H2("3.3 Bovenschoolse voorzieningen: OPDC, rebound en Entree"),
        P("Het OPDC De Overstap biedt tijdelijk onderwijs aan leerlingen die (nog) niet in een reguliere setting kunnen "
          "functioneren, bijvoorbeeld door gedrag, schoolangst of een stapeling van problemen. Een plaatsing duurt in principe "
          "twaalf weken en kan eenmaal met twaalf weken worden verlengd. De leerling blijft ingeschreven op de eigen school; "
          "de school blijft verantwoordelijk en er is vanaf de eerste dag een terugkeerplan."),
        P("De reboundvoorziening Het Kompas is bedoeld voor leerlingen die op de eigen school vastlopen door gedrag en die een "
          "time-out van maximaal acht weken nodig hebben. De Entree-klas, een samenwerking met het Zuidrand College, biedt "
          "leerlingen van zestien jaar en ouder zonder perspectief op een diploma in het vo een route naar een startkwalificatie "
          "of werk."),
        H2("3.4 Leerwegondersteunend onderwijs en praktijkonderwijs"),
        P("Lwoo wordt in Zuidrand gegeven op negen vmbo-vestigingen, zowel in kleine klassen als in reguliere klassen met extra "
          "begeleiding. Praktijkonderwijs wordt aangeboden op twee scholen: PrO Zuidhaven en het Bremmeloo Praktijkcollege. "
          "Beide scholen werken met individuele ontwikkelingsplannen en stagetrajecten en begeleiden leerlingen naar arbeid, "
          "Entree of dagbesteding."),
        H2("3.5 Voortgezet speciaal onderwijs"),
        P("In de regio zijn drie vso-scholen: De Horizon (cluster 4, uitstroomprofielen vervolgonderwijs en arbeidsmarkt), "
          "De Wissel (cluster 3, zml en lz/lg) en De Linde (cluster 4, met een afdeling voor leerlingen met een "
          "autismespectrumstoornis). Daarnaast maken leerlingen gebruik van vso-scholen buiten de regio, met name voor "
          "specialistisch onderwijs aan leerlingen in een gesloten jeugdhulpsetting."),
        H1("4 Toelaatbaarheid"),
        H2("4.1 Toelaatbaarheidsverklaring vso"),
        P("Een leerling kan alleen worden ingeschreven op een vso-school als het samenwerkingsverband hem of haar toelaatbaar "
          "heeft verklaard. De aanvraag voor een toelaatbaarheidsverklaring (TLV) wordt ingediend door het bevoegd gezag van de "
          "school waar de leerling is ingeschreven of aangemeld. De aanvraag verloopt via het digitale loket Kompas en bevat in "
          "elk geval het OPP met de evaluatie van de geboden ondersteuning, het onderwijskundig rapport, de zienswijze van de "
          "ouders en – vanaf twaalf jaar – van de leerling zelf."),
        N("De ondersteuningsconsulent van het samenwerkingsverband controleert binnen vijf werkdagen of het dossier volledig is.",
          "Twee deskundigen brengen ieder afzonderlijk een schriftelijk advies uit: een orthopedagoog of psycholoog en, "
          "afhankelijk van de vraag, een tweede deskundige (bijvoorbeeld een jeugdarts, kinder- en jeugdpsychiater of "
          "maatschappelijk werker). De deskundigen zijn niet betrokken geweest bij de aanvraag.",
          "De Commissie Toelaatbaarheid besluit namens het bestuur binnen zes weken na ontvangst van het volledige dossier.",
          "Ouders en school ontvangen het besluit en een afschrift van de deskundigenadviezen."),
        P("Een leerling is toelaatbaar tot het vso wanneer aan de volgende criteria is voldaan: de ondersteuningsbehoefte "
          "overstijgt aantoonbaar wat een reguliere school met inzet van basisondersteuning, extra ondersteuning en een "
          "arrangement kan bieden; de school heeft ten minste twee cycli van het OPP doorlopen en geëvalueerd, tenzij de "
          "veiligheid van de leerling of anderen direct in het geding is; en de leerling heeft voor het grootste deel van de "
          "onderwijstijd een specialistische, integrale aanpak van onderwijs en zorg nodig, in een kleine groep met een hoge "
          "mate van voorspelbaarheid. Bij een medische of lichamelijke beperking weegt daarnaast mee of de school de noodzakelijke "
          "fysieke of medische voorzieningen niet redelijkerwijs kan treffen."),
        P("De TLV vermeldt de bekostigingscategorie (laag, midden of hoog) en de geldigheidsduur. In Zuidrand wordt een TLV "
          "in de regel afgegeven tot en met 31 juli van het tweede volledige schooljaar; voor leerlingen met een blijvende "
          "beperking (bijvoorbeeld zml) kan de commissie een TLV afgeven tot het einde van de schoolloopbaan in het vso."),
        H2("4.2 Lwoo en pro"),
        P("Voor lwoo en praktijkonderwijs hanteert het samenwerkingsverband de landelijke criteria. Een leerling is toelaatbaar "
          "tot het praktijkonderwijs bij een IQ tussen 55 en 80 en een leerachterstand van ten minste drie jaar op twee van de "
          "vier domeinen, waarvan één begrijpend lezen of inzichtelijk rekenen. Een leerling komt in aanmerking voor lwoo bij "
          "een IQ tussen 75 en 90 en een leerachterstand van anderhalf tot drie jaar op twee domeinen, of bij een IQ tussen 91 en "
          "120 met een leerachterstand én sociaal-emotionele problematiek."),
        P("De aanvraag wordt door de vo-school van aanmelding ingediend vóór 1 april voorafgaand aan het eerste leerjaar, met "
          "het onderwijskundig rapport en de testgegevens. De Commissie Toelaatbaarheid besluit binnen vier weken. Een "
          "aanwijzing lwoo geldt voor de duur van de opleiding; een TLV pro geldt voor de hele schoolloopbaan in het "
          "praktijkonderwijs."),
        H2("4.3 Bezwaar"),
        P("Ouders die het niet eens zijn met een besluit over toelaatbaarheid kunnen binnen zes weken bezwaar maken bij het "
          "bestuur van het samenwerkingsverband. Het bestuur vraagt advies aan de Landelijke Bezwaaradviescommissie "
          "Toelaatbaarheidsverklaringen (LBT) en beslist binnen tien weken. Tegen de beslissing op bezwaar staat beroep open bij "
          "de rechtbank."),
        H2("4.4 Afloop van de TLV"),
        P("In het laatste schooljaar waarvoor een TLV geldt, bespreekt de vso-school vóór 1 december het OPP in een "
          "multidisciplinair overleg waaraan de ondersteuningsconsulent van het samenwerkingsverband, de ouders en – waar "
          "mogelijk – de leerling deelnemen. Vóór 1 maart brengt de vso-school advies uit: een nieuwe TLV aanvragen of de "
          "leerling overplaatsen naar het regulier voortgezet onderwijs. Bij een aanvraag voor een nieuwe TLV volgt de "
          "procedure van paragraaf 4.1. Bij overplaatsing meldt de vso-school de leerling in overleg met de ouders aan bij de "
          "ontvangende school en draagt zij het dossier binnen vier weken over. De TLV eindigt op 31 juli van het laatste "
          "schooljaar."),
        P("Een inhoudelijke visie op terugplaatsing en overplaatsing – welke doelen we nastreven en wat een leerling na de "
          "overstap aan begeleiding kan verwachten – ontwikkelen we in de loop van het eerste planjaar samen met de vso-scholen. "
          "Dit is een van de speerpunten uit het jaarplan 2026-2027."),
        H1("5 Dekkend netwerk en thuiszitters"),
        P("Een dekkend netwerk betekent dat er voor iedere jongere in Zuidrand een passende plek is. Ondanks het brede aanbod "
          "lukt dat nog niet altijd. Op 1 oktober 2025 waren er 41 leerplichtige jongeren die langer dan vier weken niet naar "
          "school gingen zonder geldige reden, en 63 jongeren met een vrijstelling van de leerplicht op grond van artikel 5 "
          "onder a van de Leerplichtwet."),
        P("Om gaten in het aanbod tijdig te zien, maakt het samenwerkingsverband ieder jaar in maart een aanbodanalyse. Daarin "
          "brengen we per ondersteuningsvraag in beeld welke plekken beschikbaar zijn, waar wachttijden ontstaan en welke "
          "leerlingen tussen wal en schip vallen. De analyse bespreken we met de besturen en de gemeenten; tekorten leiden tot "
          "concrete afspraken over uitbreiding of herschikking van het aanbod, met een termijn en een verantwoordelijk bestuur."),
        P("Voor individuele leerlingen zonder passende plek geldt de volgende werkwijze. De school van inschrijving houdt de "
          "zorgplicht en meldt de leerling binnen tien schooldagen bij het Bovenschools Plaatsingsoverleg. Daarin zitten de "
          "ondersteuningscoördinatoren van de betrokken scholen, de leerplichtambtenaar en een trajectbegeleider van het "
          "verband. Lukt het niet binnen zes weken een plek te vinden, dan agendeert de trajectbegeleider de casus aan de "
          "Doorbraaktafel, waar bestuurders van onderwijs en gemeente doorzettingsmacht hebben. Iedere thuiszitter heeft een "
          "vaste trajectbegeleider die ten minste iedere twee weken contact heeft met leerling en gezin."),
        H1("6 Samenwerking met gemeenten en jeugdhulp"),
        P("Het samenwerkingsverband werkt nauw samen met de gemeenten Zuidhaven, Ter Aa en Bremmeloo. Het op overeenstemming "
          "gericht overleg (OOGO) over dit plan vond plaats op 24 maart 2026. Gezamenlijke thema's zijn de aansluiting tussen "
          "onderwijs en jeugdhulp, thuiszitters, leerlingenvervoer, onderwijshuisvesting voor het OPDC en de overgang naar mbo "
          "en arbeid. In iedere vestiging is een jeugd- en gezinscoach van het lokale team aanwezig. Onderwijs-zorgarrangementen "
          "worden gezamenlijk bekostigd op basis van een convenant dat in 2025 is vernieuwd."),
        P("Twee keer per jaar vindt een bestuurlijk overleg plaats tussen de directeur-bestuurder en de wethouders. Op "
          "ambtelijk niveau is er maandelijks contact. De gemeenten en het samenwerkingsverband werken aan een gezamenlijke "
          "regionale agenda onderwijs-jeugd, waarin ook de inzet van middelen uit de Hervormingsagenda Jeugd wordt afgestemd."),
        H1("7 Communicatie en informatievoorziening"),
        P("Goede communicatie is een voorwaarde voor passend onderwijs. Het samenwerkingsverband communiceert met scholen, "
          "besturen, gemeenten, ketenpartners en ouders. Voor scholen verschijnt zes keer per jaar een digitale nieuwsbrief; "
          "voor bestuurders en gemeenten organiseren we jaarlijks een regioconferentie."),
        P("Ouders informeren wij langs verschillende wegen over de ondersteuning die scholen en het verband bieden. Op de "
          "website staat de Wegwijzer Ondersteuning: per vestiging een overzicht van de basisondersteuning, de extra "
          "ondersteuning en de contactgegevens van de ondersteuningscoördinator, plus uitleg over de bovenschoolse voorzieningen "
          "en de toelaatbaarheidsverklaring. De scholen nemen hun ondersteuningsaanbod op in de schoolgids. Twee keer per jaar – "
          "in oktober voor ouders van groep 8-leerlingen en in maart voor ouders van leerlingen in het vo – organiseren we een "
          "informatieavond. De brochure 'Passend onderwijs in Zuidrand' is beschikbaar in het Nederlands, Engels, Arabisch en "
          "Pools en wordt via de scholen en het Centrum voor Jeugd en Gezin verspreid."),
        P("Ouders die onafhankelijk advies willen, of die er met school of samenwerkingsverband niet uitkomen, kunnen terecht "
          "bij het Ouder- en Jeugdsteunpunt Zuidrand. Dit steunpunt is ondergebracht bij Stichting MEE Zuidrand, werkt "
          "onafhankelijk van scholen en verband en is gratis. Het is bereikbaar via telefoon (0800 - 012 34 56), e-mail en een "
          "wekelijks inloopspreekuur. Ook kunnen ouders contact opnemen met Onderwijsconsulenten (landelijk) en met Ouders & "
          "Onderwijs. Voor klachten over het samenwerkingsverband geldt de klachtenregeling van het verband, die is aangesloten "
          "bij de Landelijke Klachtencommissie Onderwijs. Geschillen over toelating, verwijdering of het OPP kunnen worden "
          "voorgelegd aan de Geschillencommissie passend onderwijs."),
        P("Ouders zijn partner in het onderwijs aan hun kind. Zij worden betrokken bij het opstellen van het OPP en zitten aan "
          "tafel bij het multidisciplinair overleg. Leerlingen hebben hoorrecht bij het vaststellen van hun OPP. In de "
          "ondersteuningsplanraad hebben drie ouders en drie leerlingen zitting."),
        H1("8 Kwaliteit en beoogde resultaten"),
        P("De koersuitspraken uit hoofdstuk 2 hebben we vertaald naar beoogde resultaten. Voor ieder resultaat hebben we een "
          "indicator en een streefwaarde voor het einde van de planperiode geformuleerd."),
        T(["Koersuitspraak", "Beoogd resultaat", "Indicator", "Nulmeting 2025", "Streefwaarde juli 2030"],
          ["Basis op orde", "Alle vestigingen bieden de volledige basisondersteuning", "Aandeel vestigingen met score 'op orde' op de Kwaliteitskaart", "17 van 23", "23 van 23"],
          ["Geen thuiszitters", "Minder jongeren zonder passend onderwijs", "Aantal thuiszitters > 4 weken (peildatum 1 oktober)", "41", "maximaal 15"],
          ["Geen thuiszitters", "Minder vrijstellingen 5a", "Aantal vrijstellingen 5a", "63", "maximaal 45"],
          ["Eén plan", "Snellere inzet van onderwijs-zorgarrangementen", "Doorlooptijd aanvraag tot start arrangement", "9 weken", "4 weken"],
          ["Zo regulier als mogelijk", "Deelname vso naar landelijk niveau", "Deelnamepercentage vso", "3,1%", "2,6%"],
          ["Doelmatig", "Snelle besluitvorming TLV", "Aandeel TLV-besluiten binnen 6 weken", "78%", "95%"]),
        P("Hoe wij de voortgang op deze resultaten volgen, wie welke gegevens aanlevert en op welke momenten wij erover "
          "rapporteren, leggen wij vast in een kwaliteitszorgplan. Dat plan wordt in het schooljaar 2026-2027 opgesteld en "
          "daarna aan het bestuur voorgelegd."),
        H1("9 Organisatie, governance en medezeggenschap"),
        P("Het samenwerkingsverband is een stichting. De directeur-bestuurder vormt het bestuur; de raad van toezicht, bestaande "
          "uit vijf bestuurders van aangesloten schoolbesturen en twee onafhankelijke leden, houdt toezicht. De scheiding tussen "
          "bestuur en toezicht is vastgelegd in de statuten en in het bestuursreglement, dat in 2024 is herzien. De raad van "
          "toezicht vergadert vijf keer per jaar en heeft een auditcommissie en een commissie onderwijs en kwaliteit."),
        P("De ondersteuningsplanraad (OPR) bestaat uit twaalf leden: zes personeelsleden, drie ouders en drie leerlingen, "
          "gekozen uit en door de medezeggenschapsraden van de scholen. De OPR heeft instemmingsrecht op het ondersteuningsplan "
          "en wordt jaarlijks geïnformeerd over de begroting en het jaarplan. De OPR heeft op 7 april 2026 ingestemd met dit "
          "plan. Daarnaast heeft het verband een eigen medezeggenschapsraad voor het personeel van het bureau en het OPDC."),
        P("Het bureau van het samenwerkingsverband is gevestigd in Zuidhaven. Het bureau ondersteunt de directeur-bestuurder, "
          "voert de toelaatbaarheidsprocedures uit, begeleidt scholen bij complexe vragen en verzorgt de financiële "
          "administratie. De Commissie Toelaatbaarheid is onafhankelijk gepositioneerd binnen het bureau."),
        H1("10 Personeel en professionalisering"),
        P("Het samenwerkingsverband heeft 14,6 fte in dienst: 9,4 fte op het bureau (directeur-bestuurder, "
          "ondersteuningsconsulenten, trajectbegeleiders, orthopedagogen, een controller en ondersteunend personeel) en 5,2 fte "
          "bij het OPDC. Personeel van het OPDC is gedetacheerd vanuit twee aangesloten besturen. Wij investeren in de "
          "professionalisering van onze eigen medewerkers en van de ondersteuningscoördinatoren van de scholen, onder meer via "
          "de Leergang Ondersteuningscoördinator en via intervisie."),
        P("Het werkveld is krap. Om deskundigheid te behouden, werken we samen met de twee andere samenwerkingsverbanden in de "
          "provincie in een gezamenlijke pool van orthopedagogen en psychologen. Ook stimuleren we dat leraren de opleiding "
          "Master Educational Needs volgen; het verband draagt bij in de studiekosten."),
        H1("11 Financieel beleid en meerjarenbegroting"),
        H2("11.1 Inkomsten"),
        P("Het samenwerkingsverband ontvangt van DUO de middelen voor lichte en zware ondersteuning en de middelen voor lwoo en "
          "praktijkonderwijs. Op de middelen voor zware ondersteuning houdt DUO de bekostiging van het vso in (de afdracht). "
          "Door de stijging van het aantal vso-leerlingen nemen de afdrachten toe, wat de ruimte voor de scholen verkleint."),
        H2("11.2 Verdeling van de middelen"),
        P("De middelen worden volgens een vast verdeelmodel toegekend. Het bestuur stelt de bedragen jaarlijks vast bij de "
          "begroting, na advies van de raad van toezicht en na bespreking met de OPR. Het verdeelmodel kent de volgende "
          "onderdelen:"),
        B("Lwoo- en pro-middelen worden volledig doorbetaald aan de besturen met lwoo- en pro-leerlingen, op basis van het "
          "aantal leerlingen op de teldatum 1 oktober.",
          "Schoolbudget: ieder bestuur ontvangt € 165 per leerling (teldatum 1 oktober van het voorgaande jaar) plus een vaste "
          "voet van € 20.000 per vestiging. Dit budget is bestemd voor de basisondersteuning en de extra ondersteuning in de school.",
          "Arrangementen: voor arrangementen op leerlingniveau reserveert het verband een budget; een arrangement wordt "
          "toegekend door de Commissie Toelaatbaarheid op aanvraag van de school, voor maximaal één schooljaar.",
          "Bovenschoolse voorzieningen: het OPDC, rebound en Entree worden rechtstreeks door het verband bekostigd.",
          "Afdrachten vso en groeibekostiging: deze worden centraal gedragen; de peildatum voor groeibekostiging is 1 februari."),
        H2("11.3 Meerjarenbegroting"),
        T(["Bedragen x € 1.000", "2026", "2027", "2028", "2029"],
          ["Baten lichte ondersteuning", "3.020", "2.985", "2.950", "2.921"],
          ["Baten zware ondersteuning (na afdracht vso)", "4.210", "4.105", "4.020", "3.955"],
          ["Baten lwoo en pro", "9.880", "9.760", "9.650", "9.560"],
          ["Totaal baten", "17.110", "16.850", "16.620", "16.436"],
          ["Doorbetaling lwoo en pro", "9.880", "9.760", "9.650", "9.560"],
          ["Schoolbudgetten", "2.420", "2.385", "2.350", "2.320"],
          ["Arrangementen", "1.150", "1.150", "1.140", "1.120"],
          ["OPDC, rebound, Entree", "2.280", "2.300", "2.320", "2.330"],
          ["Bureau en personeel", "1.310", "1.330", "1.350", "1.370"],
          ["Overige lasten", "240", "240", "235", "230"],
          ["Totaal lasten", "17.280", "17.165", "17.045", "16.930"],
          ["Resultaat", "-170", "-315", "-425", "-494"]),
        P("De begroting laat in alle jaren een negatief resultaat zien. Dat is bewust: de algemene reserve bedroeg eind 2025 "
          "€ 2,9 miljoen, ruim boven de signaleringswaarde van de inspectie. Met de geplande tekorten brengen we de reserve "
          "terug tot een verantwoord niveau van circa € 1,5 miljoen. De risico's zijn beschreven in de risicoparagraaf van de "
          "begroting; de belangrijkste zijn een verdere stijging van de vso-afdracht en indexering die achterblijft."),
        P("Besturen leggen jaarlijks verantwoording af over de besteding van het schoolbudget via een format waarin zij per "
          "vestiging aangeven welke voorzieningen van de basisondersteuning en extra ondersteuning zij ermee hebben bekostigd."),
        H1("12 Privacy, ICT en planning"),
        P("Het samenwerkingsverband verwerkt persoonsgegevens van leerlingen, waaronder gezondheidsgegevens, voor zover dat "
          "nodig is voor de toelaatbaarheidsprocedure en de toewijzing van arrangementen. Dossiers worden bewaard tot drie jaar "
          "na het besluit. Het verband heeft een functionaris gegevensbescherming, gedeeld met twee andere verbanden. "
          "Uitwisseling met scholen verloopt via het beveiligde digitale loket Kompas; e-mail met bijlagen over leerlingen "
          "wordt niet gebruikt."),
        P("In 2026-2027 vervangen we het registratiesysteem. Het nieuwe systeem koppelt met de leerlingadministratiesystemen "
          "van de scholen, waardoor scholen gegevens niet dubbel hoeven in te voeren."),
        T(["Schooljaar", "Belangrijkste acties"],
          ["2026-2027", "Kwaliteitszorgplan; visie op terugplaatsing met vso-scholen; nieuw registratiesysteem"],
          ["2027-2028", "Tussenevaluatie basisondersteuning; herijking arrangementenbudget"],
          ["2028-2029", "Uitbreiding Entree; evaluatie OPDC"],
          ["2029-2030", "Evaluatie planperiode; voorbereiding ondersteuningsplan 2030-2034"]),
        H1("Bijlage 1 Begrippenlijst"),
        T(["Begrip", "Betekenis"],
          ["Basisondersteuning", "De ondersteuning die alle scholen binnen het samenwerkingsverband bieden."],
          ["Arrangement", "Een pakket van extra ondersteuning voor een leerling of groep."],
          ["Lwoo", "Leerwegondersteunend onderwijs."],
          ["OPDC", "Orthopedagogisch-didactisch centrum."],
          ["OPP", "Ontwikkelingsperspectiefplan."],
          ["OPR", "Ondersteuningsplanraad."],
          ["Pro", "Praktijkonderwijs."],
          ["Terugplaatsing", "Overstap van een leerling van het vso naar het regulier voortgezet onderwijs."],
          ["TLV", "Toelaatbaarheidsverklaring."],
          ["Verdeelmodel", "De afspraken over de verdeling van middelen."]),
    ]

# ==============================================================================================
# Plan B — VO Maas en Heide (docx). "Op hoofdlijnen" house style, short chapters with 'In het kort'.
# basis: level yes, content only via schoolgids; plaatsing: only a reference to an external reglement;
# terugstroom: policy yes, route deferred; financien: verdeling yes, begroting only referred to;
# dekkend-aanbod present; resultaten present; ouders: information yes, independent help absent.
def plan_b():
    S = "Samenwerkingsverband Passend Onderwijs VO Maas en Heide"
    return [
        TITLE("Samen sterk voor elke leerling",
              "Ondersteuningsplan op hoofdlijnen 2026-2030",
              S + " (VO 31-02)",
              "Versie 1.0 – definitief, maart 2026"),
        BR(),
        TOC("Voorwoord",
            "In het kort: dit plan op één pagina",
            "1 Wie zijn wij?",
            "2 Terugblik 2022-2026",
            "3 Onze koers: vier ambities",
            "4 Basisondersteuning",
            "5 De ondersteuningsroute en het dekkend aanbod",
            "6 Toewijzing en toelaatbaarheid (vso, lwoo, pro)",
            "7 Van vso terug naar regulier",
            "8 Ouders en leerlingen",
            "9 Resultaten en kwaliteit",
            "10 Middelen",
            "11 Organisatie, medezeggenschap en gemeenten",
            "12 Planning en jaarcyclus",
            "Afkortingen"),
        BR(),
        H1("Voorwoord"),
        P("Beste lezer,"),
        P("Dit is het ondersteuningsplan van " + S + ". Het is bewust een plan op hoofdlijnen. De afgelopen jaren hebben we "
          "gemerkt dat dikke plannen in de kast blijven liggen, terwijl het in passend onderwijs draait om wat er elke dag in "
          "de klas gebeurt. Dit plan beschrijft daarom vooral wát we willen bereiken en welke afspraken we met elkaar maken. "
          "Hóe scholen dat doen, bepalen ze voor een groot deel zelf: zij kennen hun leerlingen het best."),
        P("Wij zijn trots op wat er de afgelopen planperiode is bereikt. Het aantal jongeren dat thuis zit, is gedaald. Scholen "
          "weten elkaar beter te vinden. En onze voorziening Herstart heeft laten zien dat een tijdelijke plek buiten de eigen "
          "school een leerling écht verder kan helpen. Tegelijk zien we nieuwe uitdagingen: meer leerlingen met "
          "psychische klachten, meer druk op jeugdhulp en een lerarentekort dat ook de ondersteuning raakt."),
        P("Wij danken iedereen die heeft meegedacht: de ondersteuningscoördinatoren, de schoolleiders, de leden van de "
          "ondersteuningsplanraad, de gemeenten Maasdonk-Oost, Heidebeek en Lindenhout en natuurlijk de ouders en leerlingen "
          "die hun verhaal met ons deelden. Samen sterk voor elke leerling – dat blijft ons motto."),
        P("Joris van den Akker, voorzitter algemeen bestuur"),
        P("Ilse Moerdijk, directeur"),
        H1("In het kort: dit plan op één pagina"),
        T(["Thema", "Wat spreken we af?"],
          ["Basisondersteuning", "Elke school biedt de afgesproken basisondersteuning (hoofdstuk 4)."],
          ["Ondersteuningsroute", "Van school via ondersteuningsteam naar arrangement, Herstart of vso (hoofdstuk 5)."],
          ["Toelaatbaarheid", "Zie het Reglement Toewijzing en Toelaatbaarheid (hoofdstuk 6)."],
          ["Terugkeer", "Elke vso-leerling krijgt perspectief op terugkeer (hoofdstuk 7)."],
          ["Ouders", "Goed geïnformeerd en betrokken (hoofdstuk 8)."],
          ["Resultaten", "Vier ambities met meetbare doelen (hoofdstuk 9)."],
          ["Middelen", "Geld volgt de leerling, zo dicht mogelijk bij de klas (hoofdstuk 10)."]),
        H1("Wettelijk kader en totstandkoming"),
        P("De wet schrijft voor dat een samenwerkingsverband ten minste eens per vier jaar een ondersteuningsplan vaststelt. "
          "Volgens de wet gaat het plan onder meer over de basisondersteuning, de verdeling en besteding van de middelen, de "
          "procedure en criteria voor toelaatbaarheid tot het vso, lwoo en pro, de terugplaatsing uit het vso, de beoogde en "
          "bereikte resultaten en de informatie aan ouders. Omdat dit een plan op hoofdlijnen is, verwijzen wij voor een aantal "
          "van deze onderwerpen naar afzonderlijke documenten van het samenwerkingsverband."),
        P("Het plan is in ruim een jaar tot stand gekomen. In het voorjaar van 2025 startten wij met een evaluatie onder "
          "ondersteuningscoördinatoren en schoolleiders. In het najaar volgden vier dialoogsessies: met scholen, met de vso- "
          "en pro-scholen, met jeugdprofessionals van de gemeenten en met de ondersteuningsplanraad. Een schrijfgroep van vijf "
          "personen heeft de opbrengst verwerkt in een concept, dat in januari 2026 in het algemeen bestuur is besproken. "
          "Daarna volgden het OOGO met de gemeenten (10 februari 2026), het overleg met het samenwerkingsverband primair "
          "onderwijs (14 februari 2026) en de instemming van de OPR (2 maart 2026). Het algemeen bestuur heeft het plan op 16 "
          "maart 2026 vastgesteld; het is vóór 1 mei aan de inspectie gezonden."),
        P("Wij hebben bewust gekozen voor eenvoudige taal. Waar we toch afkortingen gebruiken, staan die achter in het plan "
          "verklaard. Een samenvatting voor leerlingen, in de vorm van een poster, hangt op alle scholen."),
        H1("1 Wie zijn wij?"),
        P("In ons samenwerkingsverband werken zeven schoolbesturen samen. Zij verzorgen onderwijs op veertien vestigingen voor "
          "voortgezet onderwijs, twee scholen voor praktijkonderwijs en twee scholen voor voortgezet speciaal onderwijs. In "
          "totaal gaat het om ongeveer 8.900 leerlingen. Het verband bestrijkt drie gemeenten in een overwegend landelijk gebied, "
          "met één middelgrote stad (Lindenhout) en een aantal dorpen waar de dichtstbijzijnde vo-school soms twintig kilometer "
          "verderop ligt."),
        P("Het samenwerkingsverband is een vereniging. De leden zijn de schoolbesturen. Het algemeen bestuur bestaat uit de "
          "bestuurders van die besturen en een onafhankelijk voorzitter. Het dagelijks werk is belegd bij de directeur en een "
          "klein bureau van zeven medewerkers. Het bureau is gehuisvest in het Onderwijshuis in Lindenhout, samen met het "
          "samenwerkingsverband primair onderwijs en de afdeling leerplicht."),
        P("Onze leerlingpopulatie is divers. Ruim de helft van de leerlingen volgt een vmbo-opleiding; een relatief groot deel "
          "van hen ontvangt leerwegondersteuning. In Lindenhout wonen veel gezinnen die recent naar Nederland zijn gekomen; "
          "jongeren uit die gezinnen starten in de internationale schakelklas (ISK) van het Lindenhout Lyceum."),
        P("De scholen in ons verband verschillen sterk. Er zijn grote scholengemeenschappen met meer dan 1.500 leerlingen en "
          "kleine vestigingen in de dorpen met nog geen 300 leerlingen. Er zijn scholen met een christelijke, een katholieke "
          "en een openbare identiteit, en één school werkt volgens een daltonconcept. Die verscheidenheid is een kracht: ouders "
          "en leerlingen hebben iets te kiezen. Tegelijk vraagt zij om heldere gezamenlijke afspraken, zodat verschillen "
          "tussen scholen niet ten koste gaan van leerlingen die ondersteuning nodig hebben. Die afspraken staan in dit plan."),
        H1("2 Terugblik 2022-2026"),
        P("In het vorige plan stonden drie doelen centraal: minder thuiszitters, een sterkere ondersteuningsstructuur in de "
          "scholen en een betere aansluiting tussen onderwijs en jeugdhulp. Elk jaar hebben we in het jaarverslag gerapporteerd "
          "over de voortgang. Hieronder de belangrijkste uitkomsten."),
        T(["Doel 2022-2026", "Uitgangssituatie 2022", "Bereikt 2025", "Oordeel"],
          ["Aantal thuiszitters (> 4 weken, peildatum 1 oktober) halveren", "36", "19", "Grotendeels bereikt"],
          ["Onderwijs-zorgarrangementen met één gezamenlijk plan van school en jeugdhulp", "12", "31", "Bereikt"],
          ["Wachttijd Herstart maximaal 4 weken", "11 weken", "6 weken", "Niet bereikt"],
          ["Tevredenheid ondersteuningscoördinatoren over het verband ≥ 7,5", "6,9", "7,6", "Bereikt"]),
        P("Niet alles ging zoals gehoopt. De wachttijd voor Herstart is gedaald, maar nog niet tot het beoogde niveau. "
          "Oorzaak is vooral het personeelstekort: in 2024 stond er gedurende vijf maanden een vacature voor een "
          "gedragsspecialist open. In dit plan kiezen we daarom voor een andere inrichting van Herstart, met een flexibele "
          "inzet van medewerkers van de scholen."),
        H1("3 Onze koers: vier ambities"),
        P("Wij willen dat iedere jongere in Maas en Heide een passende plek heeft, zo dicht mogelijk bij huis, en de "
          "ondersteuning krijgt die nodig is om een diploma, certificaat of een goede plek op de arbeidsmarkt te halen. "
          "Daarvoor formuleren wij vier ambities voor de komende vier jaar:"),
        N("Sterke scholen: elke school kan de meeste ondersteuningsvragen zelf beantwoorden.",
          "Niemand aan de kant: elke jongere die dreigt uit te vallen, heeft binnen korte tijd een passend aanbod.",
          "Samen met de jeugdhulp: onderwijs en jeugdhulp werken vanuit één gezamenlijk plan.",
          "Doorgaande lijnen: overgangen van po naar vo en van vo naar mbo of werk verlopen soepel."),
        P("In hoofdstuk 9 staat per ambitie wat we concreet willen bereiken en hoe we dat meten."),
        H1("4 Basisondersteuning"),
        P("Basisondersteuning is de ondersteuning die iedere school in ons samenwerkingsverband biedt, voor iedere leerling, "
          "zonder tussenkomst van het samenwerkingsverband. De besturen hebben afgesproken dat dit niveau een gezamenlijke "
          "ondergrens is: op iedere vestiging – van praktijkonderwijs tot vwo – is ten minste de afgesproken basisondersteuning "
          "beschikbaar. Dat is een belangrijke afspraak. Ouders moeten erop kunnen rekenen dat hun kind op elke school in de "
          "regio dezelfde basis aantreft."),
        P("Hoe de basisondersteuning er op een school concreet uitziet, beschrijft iedere school in haar schoolgids. Wij kiezen "
          "er bewust voor de invulling niet in dit plan vast te leggen, omdat scholen verschillen in leerlingpopulatie en "
          "onderwijsconcept. Bovendien verwachten wij dat de landelijke norm basisondersteuning binnen de planperiode wordt "
          "ingevoerd; op dat moment passen wij onze afspraken daarop aan."),
        P("In het kort: de basis is overal gelijk, de uitwerking staat in de schoolgids."),
        H1("5 De ondersteuningsroute en het dekkend aanbod"),
        P("Het samenwerkingsverband zorgt samen met de scholen voor een samenhangend aanbod van ondersteuning. Het aanbod is "
          "opgebouwd in lagen. Een leerling gaat alleen naar een volgende laag als dat echt nodig is, en keert zo snel mogelijk "
          "terug."),
        T(["Laag", "Wat is er?", "Wie regelt het?"],
          ["1 De school", "Basisondersteuning en extra ondersteuning in de eigen school (zie schoolgids).", "De school"],
          ["2 Ondersteuningsteam", "Inzet van een consulent van het verband in het schoolondersteuningsteam; jeugd- en "
           "gezinswerker, schoolarts en leerplicht sluiten aan waar nodig.", "De school, met het verband"],
          ["3 Arrangement", "Individueel arrangement in de eigen school, bijvoorbeeld een coach, ambulante begeleiding door het "
           "vso of een onderwijs-zorgarrangement.", "Het verband kent toe"],
          ["4 Bovenschools", "Herstart (OPDC, maximaal 16 weken, daarna terugkeer of andere plek), Time-out Heidebeek "
           "(rebound, 6 tot 10 weken) en de Entree-route met ROC Maasland.", "Het verband"],
          ["5 Lwoo, pro, vso", "Leerwegondersteuning op acht vmbo-vestigingen; praktijkonderwijs op twee scholen; vso De "
           "Wegwijzer (cluster 4) en vso Het Anker (cluster 3).", "Scholen, na besluit van het verband"]),
        P("Naast deze lagen zijn er specifieke voorzieningen voor groepen leerlingen: de internationale schakelklas voor "
          "nieuwkomers, een plusprogramma voor hoogbegaafde leerlingen op twee vestigingen en een 'zachte landing'-traject "
          "voor leerlingen met autisme in de brugklas."),
        H2("5.1 Waar het aanbod tekortschiet"),
        P("Een dekkend aanbod betekent dat er voor elke jongere een plek is. Dat lukt nog niet altijd. Daarom doen we drie "
          "dingen. Ten eerste houden we maandelijks een thuiszittersoverzicht bij, samen met leerplicht. Elke leerling die "
          "langer dan twee weken thuis zit, wordt besproken in het Thuiszittersoverleg onder leiding van een consulent van het "
          "verband; er wordt binnen vier weken een plan gemaakt met een eigenaar en een einddatum. Ten tweede analyseren we "
          "ieder voorjaar met de besturen waar wachtlijsten en 'witte vlekken' zijn – in 2025 bleken dat vooral plekken voor "
          "meisjes met complexe psychische problematiek en een onderwijs-zorgaanbod voor jongeren met een "
          "ernstige angststoornis. Voor die tekorten maken we afspraken met besturen en gemeenten; de eerste is een "
          "onderwijs-zorgklas op het Lindenhout Lyceum vanaf augustus 2027. Ten derde spreken de besturen af dat de zorgplicht "
          "gezamenlijk wordt gedragen: vindt een school binnen zes weken geen passende plek, dan zoekt het bovenschools "
          "aanmeldpunt mee en beslist uiteindelijk het algemeen bestuur over een plaatsing."),
        H1("6 Toewijzing en toelaatbaarheid (vso, lwoo, pro)"),
        P("Het samenwerkingsverband beslist over de toelaatbaarheid tot het voortgezet speciaal onderwijs, over de aanwijzing "
          "voor leerwegondersteunend onderwijs en over de toelaatbaarheid tot het praktijkonderwijs. Dit is een wettelijke taak."),
        P("Alle informatie over de toelaatbaarheidsverklaring vso, de aanwijzing lwoo en de toelaatbaarheid tot het "
          "praktijkonderwijs staat in het Reglement Toewijzing en Toelaatbaarheid van het samenwerkingsverband. Dit reglement "
          "wordt geactualiseerd wanneer wet- en regelgeving wijzigen en is te raadplegen op www.swvmaasenheide.nl/reglement. "
          "Het reglement maakt geen deel uit van dit ondersteuningsplan."),
        P("In het kort: voor vso, lwoo en pro is een besluit van het samenwerkingsverband nodig; het reglement beschrijft hoe."),
        H1("7 Van vso terug naar regulier"),
        P("Wij vinden dat een plek in het voortgezet speciaal onderwijs geen eindstation hoeft te zijn. Ons uitgangspunt is dat "
          "iedere leerling in het vso een reëel perspectief heeft op terugkeer naar het regulier onderwijs, wanneer dat in het "
          "belang van de leerling is. Terugkeer is aan de orde wanneer de leerling zich in het vso zodanig heeft ontwikkeld dat "
          "hij of zij met de ondersteuning die een reguliere school kan bieden (eventueel aangevuld met een arrangement) verder "
          "kan, wanneer de ontvangende school het vereiste niveau kan bieden en wanneer de leerling en ouders de overstap zien "
          "zitten."),
        P("Een leerling die terugkeert, krijgt gedurende het eerste jaar een terugkeerarrangement: een vaste coach op de nieuwe "
          "school, ambulante begeleiding door een medewerker van de vso-school (in de eerste drie maanden wekelijks) en een "
          "mogelijkheid om bij een terugval tijdelijk terug te vallen op Herstart. Scholen die een leerling uit het vso "
          "ontvangen, krijgen daarvoor extra formatie uit het arrangementenbudget."),
        P("De route terug – wie het initiatief neemt, op welke momenten het OPP met het oog op terugkeer wordt besproken en wie "
          "uiteindelijk besluit – werken wij in het schooljaar 2026-2027 samen met de vso-scholen uit in een stappenplan."),
        H1("8 Ouders en leerlingen"),
        P("Ouders kennen hun kind het best. Wij zien ouders als partner en vinden het belangrijk dat zij goed geïnformeerd zijn "
          "over de mogelijkheden voor ondersteuning. Daarom:"),
        B("staat op onze website een ouderpagina met uitleg over basisondersteuning, de ondersteuningsroute, Herstart, lwoo, pro "
          "en vso, en met links naar de schoolgidsen van alle scholen;",
          "verschijnt jaarlijks in september de Ouderwijzer, een papieren en digitale brochure die via alle scholen aan ouders "
          "van brugklasleerlingen wordt meegegeven;",
          "organiseren we twee keer per jaar een ouderavond over passend onderwijs, in Lindenhout en in Heidebeek;",
          "worden ouders uitgenodigd voor ieder gesprek in het ondersteuningsteam waarin hun kind wordt besproken, en zijn zij "
          "gesprekspartner bij het opstellen van het OPP."),
        P("Leerlingen hebben een eigen stem. Bij het OPP geldt hoorrecht. In de ondersteuningsplanraad zitten twee leerlingen, "
          "en jaarlijks organiseren wij een leerlingenpanel over de ondersteuning op school."),
        P("Ouders met vragen kunnen altijd terecht bij de ondersteuningscoördinator van de school of bij de mentor. Wij zijn "
          "ons ervan bewust dat de wet op termijn een ouder- en jeugdsteunpunt voorschrijft; hoe wij dat vormgeven, bepalen wij "
          "wanneer de wettelijke regeling in werking is getreden."),
        H1("9 Resultaten en kwaliteit"),
        P("Per ambitie hebben wij vastgesteld wat wij willen bereiken. De doelen gelden voor het einde van de planperiode "
          "(juli 2030), tenzij anders vermeld."),
        T(["Ambitie", "Beoogd resultaat 2030", "Indicator en bron"],
          ["Sterke scholen", "90% van de leerlingen met een OPP blijft op de eigen school", "OPP-registratie scholen, jaarlijks per 1 juli"],
          ["Niemand aan de kant", "Maximaal 8 thuiszitters; elke thuiszitter binnen 4 weken een plan", "Thuiszittersoverzicht verband en leerplicht, maandelijks"],
          ["Niemand aan de kant", "Wachttijd Herstart maximaal 4 weken", "Registratie Herstart, per kwartaal"],
          ["Samen met jeugdhulp", "Bij 80% van de onderwijs-zorgarrangementen één gezamenlijk plan", "Dossieranalyse door het bureau, jaarlijks"],
          ["Doorgaande lijnen", "Voortijdig schoolverlaten onder lwoo- en pro-leerlingen onder 1,5%", "DUO-cijfers vsv, jaarlijks"]),
        P("Wij volgen deze resultaten via het Dashboard Passend Onderwijs, dat gegevens van scholen, leerplicht en DUO "
          "combineert. Het bureau bespreekt de cijfers elk kwartaal met de ondersteuningscoördinatoren. Twee keer per jaar – in "
          "januari en juni – rapporteert de directeur aan het algemeen bestuur en de ondersteuningsplanraad over de voortgang; "
          "in het jaarverslag staan de bereikte resultaten per ambitie, met een toelichting waar doelen niet worden gehaald. Ieder "
          "jaar voeren wij met iedere school een kwaliteitsgesprek aan de hand van de schoolgegevens. Halverwege de planperiode "
          "(voorjaar 2028) laten wij een externe tussenevaluatie uitvoeren, waarna het bestuur zo nodig de koers bijstelt."),
        H1("10 Middelen"),
        P("Ons uitgangspunt is: het geld volgt de leerling en komt zo dicht mogelijk bij de klas. Het samenwerkingsverband "
          "verdeelt de ondersteuningsmiddelen volgens een verdeelmodel dat het algemeen bestuur in december 2025 opnieuw heeft "
          "vastgesteld. Het model kent vier onderdelen:"),
        B("Lwoo en pro: de middelen die het verband voor lwoo en praktijkonderwijs ontvangt, gaan volledig naar de besturen van "
          "de scholen met lwoo- en pro-leerlingen, naar rato van het aantal leerlingen op 1 oktober.",
          "Schoolbudget: elk bestuur ontvangt een bedrag van € 142 per ingeschreven leerling (teldatum 1 oktober van het jaar "
          "ervoor). Daarmee bekostigt de school de basisondersteuning en de extra ondersteuning in de school.",
          "Arrangementen: de middelen voor arrangementen (laag 3) worden per leerling toegekend door het bureau, op basis van "
          "een aanvraag van de school met OPP; een arrangement loopt maximaal een schooljaar en kan eenmaal worden verlengd.",
          "Bovenschoolse voorzieningen: Herstart, de Time-out en de Entree-route worden door het verband zelf georganiseerd en "
          "uit de centrale middelen bekostigd."),
        P("De meerjarenbegroting stelt het algemeen bestuur ieder jaar in december vast als afzonderlijk document, na "
          "bespreking met de ondersteuningsplanraad. De actuele meerjarenbegroting en het jaarverslag zijn te vinden op onze "
          "website."),
        H1("11 Organisatie, medezeggenschap en gemeenten"),
        P("Het samenwerkingsverband is een vereniging met een algemeen bestuur en een onafhankelijk voorzitter. Het interne "
          "toezicht is belegd bij een toezichtscommissie van drie leden uit het algemeen bestuur die geen deel uitmaken van het "
          "dagelijks bestuur. Jaarlijks evalueert het bestuur zijn eigen functioneren."),
        P("De ondersteuningsplanraad (OPR) telt tien leden: vijf personeelsleden en vijf ouders of leerlingen. De OPR heeft op "
          "2 maart 2026 ingestemd met dit plan. De OPR vergadert zes keer per jaar en krijgt jaarlijks een scholingsbudget."),
        P("Met de gemeenten Maasdonk-Oost, Heidebeek en Lindenhout is op 10 februari 2026 het op overeenstemming gericht "
          "overleg gevoerd. Gezamenlijke thema's zijn jeugdhulp in en om de school, de aanpak van thuiszitters, "
          "leerlingenvervoer en de aansluiting vo-mbo. De gemeenten zetten jeugd- en gezinswerkers in die op afroep "
          "aansluiten bij de ondersteuningsteams van de scholen. Met het samenwerkingsverband primair onderwijs is overleg gevoerd over de overstap van "
          "po naar vo; de afspraken over warme overdracht blijven ongewijzigd."),
        H2("11.1 Personeel en professionalisering"),
        P("Het bureau bestaat uit een directeur, twee consulenten, een orthopedagoog, een beleidsmedewerker, een controller en "
          "een secretaresse. Herstart heeft een eigen team van vijf medewerkers. Wij investeren in de deskundigheid van de "
          "ondersteuningscoördinatoren via een gezamenlijk leernetwerk dat vijf keer per jaar bijeenkomt, en in scholing voor "
          "mentoren over gedrag en psychische klachten."),
        P("Het lerarentekort raakt ook onze regio. Vooral in de dorpen is het lastig om vacatures voor docenten en "
          "onderwijsassistenten te vervullen. Samen met de besturen en het ROC Maasland werken wij aan een regionale "
          "opleidingsroute voor onderwijsassistenten met een specialisatie gedrag. Medewerkers van Herstart krijgen de "
          "gelegenheid om een deel van hun tijd op een reguliere school te werken, zodat kennis wordt gedeeld en het werk "
          "afwisselend blijft. Wij streven naar een gezond en veilig werkklimaat op het bureau en bij Herstart, met aandacht "
          "voor werkdruk en duurzame inzetbaarheid."),
        H2("11.2 Privacy en ICT"),
        P("Het verband werkt met een beveiligd digitaal aanmeldsysteem. Persoonsgegevens worden alleen verwerkt voor de "
          "wettelijke taken en niet langer bewaard dan nodig. Het verband heeft een privacyreglement en een functionaris "
          "gegevensbescherming. In 2026 voeren wij een privacy-audit uit en vervangen wij de laptops van het bureau. "
          "Medewerkers volgen jaarlijks een e-learning informatiebeveiliging. Voor overleg met scholen gebruiken wij "
          "beveiligde videoverbindingen; dossiers worden niet per gewone e-mail verstuurd."),
        H1("12 Planning en jaarcyclus"),
        P("Dit plan wordt uitgewerkt in jaarplannen. Ieder jaar doorlopen wij dezelfde cyclus: in september stelt het bestuur "
          "het jaarplan vast, in december de begroting, in januari en juni volgt de voortgangsrapportage en in mei het "
          "jaarverslag over het voorgaande kalenderjaar."),
        P("Iedere wijziging van dit plan die verder gaat dan een redactionele aanpassing, leggen wij ter instemming voor aan "
          "de ondersteuningsplanraad. Jaarlijks bespreken wij met de OPR in een aparte vergadering of het plan nog actueel is. "
          "Halverwege de planperiode, na de tussenevaluatie, beslist het algemeen bestuur of het plan moet worden aangepast. "
          "Dat kan bijvoorbeeld nodig zijn wanneer de landelijke norm basisondersteuning wordt ingevoerd of wanneer de "
          "wetgeving over lwoo en praktijkonderwijs verandert."),
        T(["Schooljaar", "Speerpunten"],
          ["2026-2027", "Stappenplan terugkeer uit vso; herinrichting Herstart; voorbereiding onderwijs-zorgklas"],
          ["2027-2028", "Start onderwijs-zorgklas; tussenevaluatie (voorjaar 2028)"],
          ["2028-2029", "Aanpassing aan landelijke norm basisondersteuning"],
          ["2029-2030", "Eindevaluatie; nieuw ondersteuningsplan"]),
        H1("Afkortingen"),
        T(["Afkorting", "Betekenis"],
          ["ISK", "Internationale schakelklas"],
          ["Lwoo", "Leerwegondersteunend onderwijs"],
          ["OJSP", "Ouder- en jeugdsteunpunt"],
          ["OPDC", "Orthopedagogisch-didactisch centrum (bij ons: Herstart)"],
          ["OPP", "Ontwikkelingsperspectiefplan"],
          ["OPR", "Ondersteuningsplanraad"],
          ["Pro", "Praktijkonderwijs"],
          ["TLV", "Toelaatbaarheidsverklaring"],
          ["Vso", "Voortgezet speciaal onderwijs"]),
    ]

# ==============================================================================================
# Plan C — VO Kust & Polder (pdf). Table-heavy house style. Basisondersteuning content only in a table,
# terugplaatsing hidden in the TLV chapter, money under "Geld en middelen", ouders info in a table.
# plaatsing: criteria yes, procedure deferred to a protocol; dekkend-aanbod: continuum yes, gaps deferred;
# resultaten: only a deferral.
def plan_c():
    S = "Stichting Samenwerkingsverband VO Kust & Polder"
    return [
        TITLE("Ondersteuningsplan 2026 – 2030",
              S + " (VO 27-08)",
              "Regio Westkust: gemeenten Zeedorp, Polderwaard en Nieuw-Haamstede",
              "Status: vastgesteld door het bestuur op 26 maart 2026 | instemming OPR: 19 maart 2026 | OOGO: 5 maart 2026"),
        BR(),
        TOC("Voorwoord  2",
            "1 Samenvatting in één oogopslag  3",
            "2 Ons samenwerkingsverband  4",
            "3 Visie en uitgangspunten  6",
            "4 Ondersteuning in lagen  7",
            "   4.1 Basisondersteuning  7",
            "   4.2 Extra ondersteuning en arrangementen  9",
            "   4.3 Bovenschoolse voorzieningen  10",
            "   4.4 Thuiszitters en dekkend aanbod  11",
            "5 Toelaatbaarheid vso, lwoo en pro  12",
            "6 Samenwerking met gemeenten en jeugdhulp  15",
            "7 Geld en middelen  16",
            "8 Kwaliteitszorg en resultaten  19",
            "9 Ouders en leerlingen  20",
            "10 Bestuur, organisatie en personeel  21",
            "11 Aansluiting op mbo en arbeidsmarkt  23",
            "12 Privacy en informatiebeveiliging  24",
            "13 Planning  25",
            "Bijlage Begrippenlijst  26"),
        BR(),
        H1("Voorwoord"),
        P("Met trots presenteren wij het ondersteuningsplan 2026-2030 van " + S + ". Ons verband bestaat sinds 2014 en "
          "omvat alle scholen voor voortgezet (speciaal) onderwijs in de Westkust. Het is een regio met een eigen karakter: "
          "veel kleine kernen, lange reisafstanden, een sterke verbondenheid en een arbeidsmarkt die leunt op visserij, "
          "landbouw, toerisme en zorg. Dat vraagt om een ondersteuningsaanbod dat dichtbij is georganiseerd en waarin scholen "
          "elkaar helpen."),
        P("In dit plan maken wij keuzes. Wij kiezen ervoor om de afspraken over basisondersteuning aan te scherpen, om de "
          "bovenschoolse voorzieningen te bundelen op één locatie in Polderwaard en om de middelen transparanter te verdelen. "
          "Ook willen wij meer aandacht geven aan de overstap van het voortgezet speciaal onderwijs naar het regulier onderwijs. "
          "Niet alles is al uitgewerkt. Waar dat zo is, zeggen wij dat eerlijk en geven wij aan wanneer de uitwerking volgt."),
        P("Dit plan is geschreven door een kernteam van het bureau, met bijdragen van werkgroepen van "
          "ondersteuningscoördinatoren, van de vso-scholen en van de ondersteuningsplanraad. Wij danken alle betrokkenen."),
        P("Namens het bestuur, Hans Kroeze, directeur-bestuurder"),
        H2("Over dit plan"),
        P("Het ondersteuningsplan is het belangrijkste beleidsdocument van het samenwerkingsverband. De Wet voortgezet "
          "onderwijs 2020 schrijft voor welke onderwerpen erin staan: onder meer de basisondersteuning, de toelaatbaarheid tot "
          "het vso, lwoo en pro, de terugplaatsing, de verdeling van de middelen, de resultaten en de informatie aan ouders. "
          "Het plan geldt voor vier schooljaren, van 1 augustus 2026 tot en met 31 juli 2030."),
        P("De totstandkoming verliep in drie fasen. In de eerste fase (maart–juni 2025) haalden wij via enquêtes en "
          "gesprekken op wat scholen, vso-scholen, gemeenten en de OPR belangrijk vinden. In de tweede fase (september–december "
          "2025) schreven werkgroepen de hoofdstukken. In de derde fase (januari–maart 2026) volgden de besluitvorming: het "
          "OOGO op 5 maart, de instemming van de OPR op 19 maart en de vaststelling door het bestuur op 26 maart 2026. Met de "
          "samenwerkingsverbanden primair onderwijs Westkust en De Polders is op 12 februari 2026 overleg gevoerd."),
        H1("1 Samenvatting in één oogopslag"),
        T(["Onderwerp", "Kern", "Hoofdstuk"],
          ["Basisondersteuning", "Twaalf standaarden voor alle vestigingen", "4.1"],
          ["Arrangementen", "Aanvraag door school, toekenning door het verband", "4.2"],
          ["Bovenschools", "De Haven (OPDC), Reboundvoorziening, Entree-route", "4.3"],
          ["Toelaatbaarheid", "Criteria vso, lwoo en pro; terugplaatsing", "5"],
          ["Geld en middelen", "Verdeelsleutel en meerjarenbegroting", "7"],
          ["Resultaten", "Kwaliteitskader", "8"],
          ["Ouders", "Informatie en onafhankelijk steunpunt", "9"]),
        H1("2 Ons samenwerkingsverband"),
        P("Het samenwerkingsverband is een stichting. Aangesloten zijn zes schoolbesturen met in totaal elf vestigingen voor "
          "voortgezet onderwijs, één school voor praktijkonderwijs en twee vso-scholen. Het verband werkt in drie gemeenten. "
          "De overlappende samenwerkingsverbanden primair onderwijs zijn SWV PO Westkust en SWV PO De Polders."),
        T(["Vestiging", "Bestuur", "Schoolsoort", "Leerlingen 1-10-2025"],
          ["Kustcollege Zeedorp", "Stichting Kustonderwijs", "vmbo (bb/kb/gl/tl), lwoo", "1.284"],
          ["Kustcollege Havenkwartier", "Stichting Kustonderwijs", "havo/vwo", "1.102"],
          ["Polderlyceum", "Vereniging CVO Polder", "havo/vwo, tweetalig", "1.460"],
          ["Polder Vakcollege", "Vereniging CVO Polder", "vmbo bb/kb, lwoo", "612"],
          ["Haamstede Scholengemeenschap (3 locaties)", "Stichting Openbaar VO Westkust", "vmbo-havo-vwo, lwoo", "2.071"],
          ["Het Duin", "Stichting Katholiek VO", "mavo/havo", "548"],
          ["Dijkschool (2 locaties)", "Stichting Katholiek VO", "vmbo, lwoo", "734"],
          ["Praktijkschool Westkust", "Stichting Openbaar VO Westkust", "praktijkonderwijs", "298"],
          ["De Vuurtoren", "Stichting Speciaal Onderwijs Zeeland-West", "vso cluster 4", "187"],
          ["De Branding", "Stichting Speciaal Onderwijs Zeeland-West", "vso cluster 3", "96"]),
        P("Het totale leerlingaantal daalt naar verwachting met 9 procent tot 2030, vooral in Nieuw-Haamstede. Dat heeft gevolgen "
          "voor de middelen (zie hoofdstuk 7) en voor de spreiding van het aanbod. De besturen hebben afgesproken dat de "
          "spreiding van lwoo-klassen over de regio in 2027 opnieuw wordt bekeken."),
        H1("3 Visie en uitgangspunten"),
        P("Wij willen dat elke jongere in de Westkust zich kan ontwikkelen tot een zelfstandige, betrokken volwassene. Scholen "
          "zijn daarvoor de basis. Het samenwerkingsverband versterkt de scholen, verbindt hen met elkaar en met partners in "
          "zorg en gemeente, en biedt een vangnet waar de school het alleen niet redt."),
        B("Thuisnabij: een leerling gaat zo veel mogelijk naar school in de eigen omgeving.",
          "Regulier waar het kan, speciaal waar het moet.",
          "Eén leerling, één plan: onderwijs en zorg sluiten op elkaar aan.",
          "Vertrouwen en verantwoording: scholen hebben ruimte, en laten zien wat zij met die ruimte doen.",
          "Eenvoud: zo weinig mogelijk bureaucratie voor scholen en ouders."),
        P("Deze uitgangspunten zijn in 2025 samen met de besturen en de ondersteuningsplanraad opnieuw vastgesteld. Zij zijn "
          "richtinggevend voor alle keuzes in dit plan: van de inrichting van de bovenschoolse voorzieningen tot de verdeling "
          "van de middelen en de manier waarop wij samenwerken met gemeenten. Waar uitgangspunten met elkaar botsen – "
          "bijvoorbeeld thuisnabijheid en specialisatie – weegt het belang van de individuele leerling het zwaarst."),
        H1("4 Ondersteuning in lagen"),
        P("Het aanbod in ons verband bestaat uit vier lagen: basisondersteuning (laag 1), extra ondersteuning en arrangementen "
          "in de school (laag 2), bovenschoolse voorzieningen (laag 3) en gespecialiseerd onderwijs – lwoo, praktijkonderwijs en "
          "vso (laag 4). De lagen sluiten op elkaar aan: de ondersteuningscoördinator van de school is het vaste aanspreekpunt "
          "en schakelt, zo nodig met de consulent van het verband, naar een volgende laag. Een leerling in laag 3 blijft "
          "ingeschreven op de eigen school."),
        H2("4.1 Basisondersteuning"),
        P("De twaalf standaarden in tabel 4.1 zijn de afgesproken ondergrens voor alle vestigingen van alle aangesloten besturen."),
        T(["Tabel 4.1 Standaard", "Wat mag een leerling (en ouder) op elke vestiging verwachten?"],
          ["1 Ondersteuningscoördinator", "Een ondersteuningscoördinator met minimaal 16 uur per week per 600 leerlingen."],
          ["2 Mentoraat", "Een vaste mentor met een wekelijks mentoruur in leerjaar 1 t/m 3."],
          ["3 Intern ondersteuningsteam", "Maandelijks overleg met ondersteuningscoördinator, schoolmaatschappelijk werk, jeugdarts en leerplicht."],
          ["4 Dyslexie en dyscalculie", "Een protocol met faciliteiten: extra tijd, auditieve ondersteuning, dyslexiepas."],
          ["5 Sociaal-emotioneel", "Een training sociale vaardigheden en een faalangsttraining, minimaal twee keer per jaar."],
          ["6 Gedrag", "Een gedragsprotocol en een time-outvoorziening met toezicht binnen de school."],
          ["7 Executieve functies", "Begeleiding bij plannen en organiseren; huiswerkklas minimaal drie middagen per week."],
          ["8 Medisch", "Een protocol medisch handelen; afspraken over aanpassingen bij chronische ziekte."],
          ["9 Taal", "Extra taalondersteuning voor leerlingen met een taalachterstand of NT2-achtergrond."],
          ["10 OPP", "Een ontwikkelingsperspectiefplan bij extra ondersteuning, binnen zes weken, jaarlijks geëvalueerd."],
          ["11 Verzuim", "Een verzuimprotocol met melding bij leerplicht volgens de wettelijke termijnen."],
          ["12 Overdracht", "Warme overdracht vanuit po en naar mbo voor alle leerlingen met een ondersteuningsbehoefte."]),
        P("De scholen nemen de standaarden op in hun schoolgids. Het bureau toetst jaarlijks bij een steekproef van vier "
          "vestigingen of de standaarden worden nageleefd; de uitkomsten worden met het bestuur besproken."),
        H2("4.2 Extra ondersteuning en arrangementen"),
        P("Extra ondersteuning is alles wat de school biedt bovenop de twaalf standaarden. Dat kan binnen de school, "
          "bijvoorbeeld in een flexklas of een kleine setting, of met een arrangement. Arrangementen worden aangevraagd door de "
          "school bij het bureau van het samenwerkingsverband. Voorbeelden zijn een individuele coach, ambulante begeleiding door "
          "De Vuurtoren of De Branding, een aangepast programma in combinatie met dagbehandeling, of een arrangement voor een "
          "leerling met een ernstige lichamelijke beperking."),
        T(["Soort arrangement", "Inhoud", "Maximale duur"],
          ["Individueel arrangement", "Extra begeleiding in de school door eigen personeel of een externe partner", "1 schooljaar"],
          ["Ambulante begeleiding", "Begeleiding door een specialist van het vso", "1 schooljaar, verlengbaar"],
          ["Onderwijs-zorgarrangement", "Combinatie van onderwijs en jeugdhulp, samen met de gemeente", "1 schooljaar"],
          ["Groepsarrangement", "Flexklas of trajectgroep op een school", "Doorlopend, jaarlijkse herbeoordeling"]),
        H2("4.3 Bovenschoolse voorzieningen"),
        T(["Voorziening", "Voor wie", "Duur", "Locatie"],
          ["De Haven (OPDC)", "Leerlingen die tijdelijk niet in een reguliere klas kunnen functioneren", "Max. 2 x 13 weken", "Polderwaard"],
          ["Reboundvoorziening", "Leerlingen met gedragsproblemen die een time-out nodig hebben", "6 tot 12 weken", "Polderwaard"],
          ["Entree-route", "Jongeren van 16+ zonder zicht op een diploma in het vo", "1 jaar", "Zeedorp, met ROC Westkust"],
          ["Plusklas hoogbegaafdheid", "Hoogbegaafde leerlingen die vastlopen", "1 dag per week", "Polderlyceum"]),
        P("Vanaf augustus 2027 zijn De Haven en de Reboundvoorziening samen gevestigd in het nieuwe Centrum voor Onderwijs en "
          "Ondersteuning in Polderwaard."),
        H2("4.4 Thuiszitters en dekkend aanbod"),
        P("Het samenwerkingsverband onderschrijft het Thuiszitterspact. Een beschrijving van onze aanpak voor thuiszitters en "
          "voor leerlingen voor wie (nog) geen passende plek is gevonden, nemen wij op in een volgende versie van dit "
          "ondersteuningsplan, nadat de werkgroep Dekkend Aanbod haar advies heeft uitgebracht (verwacht voorjaar 2027)."),
        H1("5 Toelaatbaarheid vso, lwoo en pro"),
        H2("5.1 Aanvraag"),
        P("Met ingang van 1 augustus 2026 gaat het samenwerkingsverband over op een nieuw digitaal aanvraagsysteem. De "
          "aanvraagprocedure voor toelaatbaarheidsverklaringen vso, aanwijzingen lwoo en toelaatbaarheid tot het "
          "praktijkonderwijs wordt daarom opnieuw beschreven in het Protocol Toelaatbaarheid 2026. Het protocol wordt na "
          "vaststelling op de website van het samenwerkingsverband geplaatst."),
        H2("5.2 Criteria"),
        T(["Voorziening", "Een leerling is toelaatbaar wanneer …"],
          ["Vso cluster 4", "… de leerling ernstige gedrags- of psychiatrische problematiek heeft die het leren in een reguliere "
           "setting belemmert; de reguliere school aantoonbaar ten minste één jaar handelingsgericht heeft gewerkt met een OPP "
           "en een arrangement; en de leerling een integraal onderwijs-zorgprogramma in een kleine groep nodig heeft."],
          ["Vso cluster 3 (zml)", "… sprake is van een IQ lager dan 55 of van een IQ tussen 55 en 70 met bijkomende "
           "problematiek, waardoor de leerling aangewezen is op een zeer praktijkgericht programma met intensieve begeleiding."],
          ["Vso cluster 3 (lz/lg)", "… een lichamelijke beperking of langdurige ziekte onderwijs in een reguliere setting "
           "ook met aanpassingen en een arrangement onmogelijk maakt."],
          ["Praktijkonderwijs", "… het IQ tussen 55 en 80 ligt en er een leerachterstand is van drie jaar of meer op ten minste "
           "twee domeinen, waarvan één begrijpend lezen of inzichtelijk rekenen (landelijke criteria)."],
          ["Lwoo", "… het IQ tussen 75 en 90 ligt met een leerachterstand van 1,5 tot 3 jaar op twee domeinen, of het IQ "
           "tussen 91 en 120 ligt met een leerachterstand en sociaal-emotionele problematiek (landelijke criteria)."]),
        P("Bij iedere beslissing over toelaatbaarheid tot het vso adviseren twee deskundigen, ieder met een eigen schriftelijk "
          "advies: een orthopedagoog-generalist of GZ-psycholoog, en een tweede deskundige die past bij de vraag van de "
          "leerling. De bekostigingscategorie (laag, midden of hoog) volgt uit de ondersteuningsbehoefte en het cluster. Een TLV "
          "vso wordt afgegeven voor ten hoogste drie schooljaren en loopt af op 31 juli."),
        H2("5.3 Na de TLV: terugplaatsing en overplaatsing"),
        P("Het samenwerkingsverband wil dat leerlingen niet langer in het vso blijven dan nodig is. Ons beleid is dat de "
          "vso-school vanaf de start van de plaatsing samen met leerling en ouders werkt aan een perspectief op terugkeer naar "
          "het regulier voortgezet onderwijs of op een passende uitstroom. Voorwaarden voor terugplaatsing zijn dat de leerling "
          "zich volgens het OPP voldoende heeft ontwikkeld op het gebied van werkhouding, zelfregulatie en schoolse "
          "vaardigheden, dat een reguliere school het benodigde onderwijsniveau en de benodigde ondersteuning kan bieden en dat "
          "de reistijd redelijk is."),
        P("De werkwijze is als volgt. De vso-school evalueert het OPP twee keer per jaar. In het laatste jaar van de TLV "
          "bespreekt de vso-school uiterlijk op 1 februari in een overleg met de consulent van het verband, de ouders en de "
          "leerling of terugplaatsing mogelijk is. Is dat zo, dan neemt de vso-school het initiatief tot aanmelding bij een "
          "reguliere school; de consulent bemiddelt en stelt samen met de ontvangende school een terugplaatsingsarrangement op. "
          "Het verband besluit over dit arrangement binnen vier weken. Is terugplaatsing niet mogelijk, dan vraagt de vso-school "
          "vóór 1 april een nieuwe TLV aan."),
        P("Een teruggeplaatste leerling krijgt gedurende één schooljaar een terugplaatsingsarrangement: ambulante begeleiding "
          "door de vso-school en extra begeleiding op de ontvangende school, waarvoor de school € 4.500 per leerling ontvangt. "
          "Na drie maanden vindt een tussenevaluatie plaats. Dreigt de terugplaatsing te mislukken, dan kan de leerling binnen "
          "de looptijd van de oude TLV terug naar de vso-school."),
        H1("6 Samenwerking met gemeenten en jeugdhulp"),
        P("Het samenwerkingsverband en de gemeenten Zeedorp, Polderwaard en Nieuw-Haamstede hebben een gezamenlijke agenda "
          "onderwijs-jeugd. Het OOGO over dit plan vond plaats op 5 maart 2026. Afspraken zijn gemaakt over de inzet van "
          "schoolmaatschappelijk werk op alle vestigingen, over onderwijs-zorgarrangementen (gezamenlijke bekostiging, één "
          "plan), over leerlingenvervoer naar De Vuurtoren en De Branding, over thuiszitters en over huisvesting van het "
          "Centrum voor Onderwijs en Ondersteuning."),
        P("Elke gemeente heeft een contactpersoon onderwijs in het lokale team. Het samenwerkingsverband neemt deel aan het "
          "regionale overleg jeugdhulp en aan het Regionaal Meld- en Coördinatiepunt voortijdig schoolverlaten (RMC)."),
        H1("7 Geld en middelen"),
        H2("7.1 Verdeelsleutel"),
        P("Het bestuur verdeelt de middelen jaarlijks volgens de verdeelsleutel in tabel 7.1. De bedragen worden ieder jaar bij "
          "de begroting in december vastgesteld op basis van de leerlingaantallen op 1 oktober."),
        T(["Tabel 7.1 Onderdeel", "Criterium", "Bedrag 2026"],
          ["Lwoo-middelen", "Volledig doorbetaald aan besturen naar rato van lwoo-leerlingen op 1 oktober", "ca. € 3,9 mln"],
          ["Pro-middelen", "Volledig doorbetaald aan het bestuur van Praktijkschool Westkust", "ca. € 1,6 mln"],
          ["Schoolbudget basis/extra", "€ 130 per leerling + € 15.000 vaste voet per vestiging", "€ 1.189.000"],
          ["Arrangementen", "Toekenning per leerling op aanvraag (zie 4.2)", "€ 640.000"],
          ["Bovenschoolse voorzieningen", "Directe bekostiging De Haven, rebound, Entree, plusklas", "€ 1.020.000"],
          ["Terugplaatsingsarrangementen", "€ 4.500 per teruggeplaatste leerling", "€ 45.000"]),
        H2("7.2 Meerjarenbegroting"),
        T(["Tabel 7.2 (x € 1.000)", "2026", "2027", "2028", "2029"],
          ["Rijksbijdrage lichte ondersteuning", "1.780", "1.745", "1.700", "1.662"],
          ["Rijksbijdrage zware ondersteuning", "4.950", "4.880", "4.800", "4.720"],
          ["Af: afdracht vso (DUO)", "-2.610", "-2.650", "-2.690", "-2.700"],
          ["Lwoo en pro", "5.500", "5.420", "5.310", "5.200"],
          ["Totaal baten", "9.620", "9.395", "9.120", "8.882"],
          ["Doorbetaling lwoo/pro", "5.500", "5.420", "5.310", "5.200"],
          ["Schoolbudgetten", "1.189", "1.170", "1.150", "1.130"],
          ["Arrangementen", "640", "630", "620", "610"],
          ["Bovenschoolse voorzieningen", "1.020", "1.060", "1.010", "990"],
          ["Terugplaatsingsarrangementen", "45", "54", "54", "54"],
          ["Bureau en bestuur", "780", "795", "810", "820"],
          ["Totaal lasten", "9.174", "9.129", "8.954", "8.804"],
          ["Saldo", "446", "266", "166", "78"]),
        P("De reserves van het verband liggen onder de signaleringswaarde. Het weerstandsvermogen bedroeg eind 2025 14 procent. "
          "Het positieve saldo in de begroting is nodig om de kosten van de verhuizing naar het Centrum voor Onderwijs en "
          "Ondersteuning op te vangen."),
        P("Besturen verantwoorden jaarlijks vóór 1 mei de besteding van het schoolbudget en de arrangementen in een verkorte "
          "verantwoordingsrapportage."),
        H1("8 Kwaliteitszorg en resultaten"),
        P("Het samenwerkingsverband werkt aan een nieuw kwaliteitskader. In het schooljaar 2026-2027 stellen wij samen met de "
          "besturen vast welke resultaten wij willen bereiken voor leerlingen met een ondersteuningsbehoefte en hoe wij die "
          "volgen. Het kwaliteitskader wordt daarna als addendum aan dit plan toegevoegd en ter instemming aan de OPR "
          "voorgelegd."),
        H1("9 Ouders en leerlingen"),
        P("Ouders en leerlingen moeten weten waar zij aan toe zijn en waar zij terechtkunnen. Onderstaande tabel is ook als "
          "folder beschikbaar."),
        T(["Vraag", "Waar kunt u terecht?"],
          ["Welke ondersteuning biedt de school van mijn kind?", "De schoolgids van de school (hoofdstuk ondersteuning) en de "
           "ondersteuningscoördinator. Op www.swvkustenpolder.nl staat per school een overzicht van het aanbod."],
          ["Wat doet het samenwerkingsverband en welke voorzieningen zijn er?", "De ouderpagina en de folder 'Ondersteuning in de "
           "Westkust' (jaarlijks uitgereikt op de open dagen en bij de aanmelding); informatieavond voor ouders in november."],
          ["Ik wil onafhankelijk advies of ik ben het niet eens met de school", "Steunpunt Ouders & Jeugd Westkust: gratis en "
           "onafhankelijk, telefonisch spreekuur op werkdagen, ook bemiddeling. Daarnaast: Onderwijsconsulenten (landelijk)."],
          ["Ik ben het niet eens met een besluit over toelaatbaarheid", "Bezwaar binnen zes weken bij het bestuur; het bestuur "
           "vraagt advies aan de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen."],
          ["Ik heb een klacht over het samenwerkingsverband", "Klachtenregeling van het verband; de klachtencommissie is "
           "ondergebracht bij Stichting Onderwijsgeschillen."]),
        P("Ouders zijn gesprekspartner bij het OPP en bij iedere bespreking van hun kind in het ondersteuningsteam. Leerlingen "
          "worden gehoord over hun OPP."),
        H1("10 Bestuur, organisatie en personeel"),
        P("De stichting kent een directeur-bestuurder en een raad van toezicht van vijf leden, van wie twee onafhankelijk. "
          "Het bureau telt 8,2 fte: directeur-bestuurder, drie consulenten, een orthopedagoog, een beleidsmedewerker "
          "financiën, een secretaresse en een medewerker registratie. De Haven en de Reboundvoorziening hebben samen 6,5 fte, "
          "gedetacheerd vanuit de besturen."),
        P("De ondersteuningsplanraad bestaat uit acht leden: vier personeelsleden en vier ouders en leerlingen. Hij vergadert "
          "vijf keer per jaar, waarvan één keer met de raad van toezicht. De OPR stemde op 19 maart 2026 in met dit plan."),
        P("Het personeelstekort raakt ook de ondersteuning. Samen met de besturen investeren wij in een regionale pool van "
          "gedragsspecialisten en in een traineeship voor jonge orthopedagogen. Ondersteuningscoördinatoren volgen een "
          "gezamenlijk scholingsprogramma; twee keer per jaar organiseren wij een studiedag voor mentoren."),
        H1("11 Aansluiting op mbo en arbeidsmarkt"),
        P("Veel jongeren in de Westkust stromen uit naar het mbo of direct naar werk. Samen met ROC Westkust en de "
          "werkgevers in de regio organiseren wij loopbaanoriëntatie, stages en een warme overdracht. Voor jongeren uit het "
          "praktijkonderwijs en het vso met uitstroomprofiel arbeid is er een jobcoach die tot een jaar na uitstroom betrokken "
          "blijft. De Entree-route (zie 4.3) is een gezamenlijke voorziening van vo en mbo."),
        P("Met de werkgevers in de regio, verenigd in het Werkgeversservicepunt Westkust, maken wij afspraken over "
          "leerwerkplekken. Vooral de sectoren zorg, techniek en recreatie bieden kansen. Elk voorjaar organiseren wij samen "
          "met ROC Westkust een beroepenmarkt voor leerlingen uit de bovenbouw van het vmbo, het praktijkonderwijs en het vso. "
          "Leerlingen die de overstap naar het mbo maken, worden via het digitale overdrachtsdossier aangemeld. Voor jongeren "
          "die na het vo (nog) geen plek vinden, werkt het verband samen met het RMC en de gemeentelijke jongerenloketten."),
        H1("12 Privacy en informatiebeveiliging"),
        P("Het verband verwerkt persoonsgegevens uitsluitend voor zijn wettelijke taken. Toegang tot dossiers is beperkt tot "
          "medewerkers die de gegevens voor hun werk nodig hebben. Het verband heeft een verwerkingsregister, een "
          "privacyreglement en een functionaris gegevensbescherming; datalekken worden gemeld volgens de AVG."),
        P("Het nieuwe digitale aanvraagsysteem dat per 1 augustus 2026 in gebruik wordt genomen, is getoetst op "
          "informatiebeveiliging en privacy; er is een gegevensbeschermingseffectbeoordeling uitgevoerd. Scholen krijgen "
          "alleen toegang tot de dossiers van hun eigen leerlingen. Medewerkers van het bureau volgen jaarlijks een training "
          "over informatiebeveiliging. Gegevens worden niet langer bewaard dan de wettelijke termijn en daarna vernietigd."),
        H1("13 Planning"),
        T(["Wanneer", "Wat"],
          ["1 augustus 2026", "Nieuw aanvraagsysteem en Protocol Toelaatbaarheid 2026"],
          ["Schooljaar 2026-2027", "Kwaliteitskader; advies werkgroep Dekkend Aanbod"],
          ["Augustus 2027", "Opening Centrum voor Onderwijs en Ondersteuning"],
          ["2027", "Herijking spreiding lwoo-klassen"],
          ["Voorjaar 2030", "Nieuw ondersteuningsplan"]),
        H1("Bijlage Begrippenlijst"),
        T(["Begrip", "Uitleg"],
          ["Basisondersteuning", "Het afgesproken niveau van ondersteuning dat alle scholen bieden."],
          ["Dekkend aanbod", "Een samenhangend geheel van voorzieningen waardoor elke leerling een passende plek heeft."],
          ["Kwaliteitszorg", "Het systematisch werken aan resultaten en verbetering."],
          ["OPDC", "Orthopedagogisch-didactisch centrum (De Haven)."],
          ["Terugplaatsing", "Overstap van het vso naar het regulier onderwijs."],
          ["TLV", "Toelaatbaarheidsverklaring."],
          ["Thuiszitter", "Leerplichtige jongere die zonder geldige reden niet naar school gaat."],
          ["Verevening", "Correctie van de middelen op basis van het aantal leerlingen in het vso."]),
    ]

# ==============================================================================================
# Plan D — PO Lingedal-West (pdf). Friendly PO house style.
# basisondersteuning: only a deferral to the landelijke norm; terugstroom: heading in TOC and body,
# body only says the text follows; financien: begroting with amounts, verdeelmodel deferred;
# resultaten: monitoring yes, goals deferred; ouders: independent help yes, information deferred.
def plan_d():
    S = "Samenwerkingsverband Passend Primair Onderwijs Lingedal-West"
    return [
        TITLE("Ondersteuningsplan 2026-2030",
              S + " (PO 26-11)",
              "‘Samen kijken wat nodig is’",
              "Vastgesteld door het algemeen bestuur op 8 april 2026. Instemming ondersteuningsplanraad: 25 maart 2026. "
              "Op overeenstemming gericht overleg met de gemeenten: 11 maart 2026."),
        BR(),
        TOC("Voorwoord",
            "1 Inleiding",
            "2 Ons samenwerkingsverband",
            "3 Visie en ambities",
            "4 Basisondersteuning",
            "5 Het ondersteuningsaanbod: van school tot speciaal onderwijs",
            "   5.1 Ondersteuning in en rond de school",
            "   5.2 Bovenschoolse arrangementen",
            "   5.3 Speciaal basisonderwijs en speciaal onderwijs",
            "   5.4 Kinderen zonder passende plek",
            "6 Toelaatbaarheid sbo en so",
            "   6.1 Aanvraag en besluit",
            "   6.2 Criteria",
            "   6.3 Duur en bekostigingscategorie",
            "   6.4 Bezwaar",
            "   6.5 Terugplaatsing naar het basisonderwijs",
            "7 Ouders",
            "8 Resultaten en kwaliteitszorg",
            "9 Financiën",
            "10 Samenwerking met gemeenten en partners",
            "11 Organisatie, medezeggenschap en personeel",
            "12 Jaarplanning",
            "Bijlage: Begrippenlijst"),
        BR(),
        H1("Voorwoord"),
        P("Wat heeft dit kind nodig? Die vraag stellen leerkrachten, intern begeleiders, ouders en medewerkers van ons "
          "samenwerkingsverband elke dag. Soms is het antwoord eenvoudig: een andere plek in de klas, extra instructie, een "
          "goed gesprek. Soms is het ingewikkeld en zijn er veel mensen nodig om samen tot een antwoord te komen. Dit "
          "ondersteuningsplan gaat over beide situaties."),
        P("De afgelopen jaren hebben onze scholen veel geïnvesteerd in het lesgeven aan groepen waarin de verschillen tussen "
          "kinderen groot zijn. Dat is niet vanzelf gegaan. Het lerarentekort, de nasleep van de coronajaren en de toegenomen "
          "vraag naar jeugdhulp hebben hun sporen nagelaten. Tegelijk zien we veel veerkracht: scholen die elkaar helpen, "
          "ouders die meedenken, gemeenten die hun verantwoordelijkheid nemen."),
        P("Dit plan is samen met de scholen, de ouders in de ondersteuningsplanraad, de gemeenten en de besturen tot stand "
          "gekomen. Niet alles is af. Op een aantal punten wachten we op landelijke besluiten, en op andere punten willen we "
          "eerst met de scholen verder praten voordat we iets vastleggen. Dat staat dan ook zo in de tekst."),
        P("Annemiek de Groot-Verschuren, directeur-bestuurder"),
        H1("1 Inleiding"),
        P("Ieder samenwerkingsverband passend onderwijs stelt minstens eens per vier jaar een ondersteuningsplan vast. In het "
          "plan staat hoe het samenwerkingsverband zorgt voor een samenhangend geheel van ondersteuningsvoorzieningen, zodat "
          "alle kinderen een zo passend mogelijke plek in het onderwijs krijgen. Dit plan geldt voor de schooljaren 2026-2027 "
          "tot en met 2029-2030."),
        P("Het plan is bedoeld voor iedereen die betrokken is bij passend onderwijs in Lingedal-West: leerkrachten, intern "
          "begeleiders, schoolleiders en bestuurders, maar ook ouders, gemeenten en partners in de jeugdhulp. We hebben "
          "geprobeerd het plan leesbaar te houden. Waar we toch vaktaal gebruiken, vindt u uitleg in de begrippenlijst."),
        H2("1.1 Wettelijk kader"),
        P("De Wet op het primair onderwijs bepaalt wat er in ieder geval in een ondersteuningsplan moet staan. Het gaat onder "
          "meer om de basisondersteuning op alle scholen, de verdeling en besteding van de ondersteuningsmiddelen, de procedure "
          "en criteria voor de toelaatbaarheid tot het sbo en so, het beleid voor terugplaatsing naar het basisonderwijs, de "
          "beoogde en bereikte resultaten en de manier waarop ouders worden geïnformeerd. Ook moet het verband vóór de "
          "vaststelling overleg voeren met de gemeenten en moet de ondersteuningsplanraad instemmen."),
        H2("1.2 Hoe dit plan tot stand kwam"),
        P("In het voorjaar van 2025 organiseerden wij vijf regiobijeenkomsten met intern begeleiders en schoolleiders. Daarna "
          "volgden gesprekken met de besturen, met de directies van het sbo en so en met de gemeenten. Een klankbordgroep "
          "van leerkrachten las mee met de conceptteksten. In januari 2026 besprak het algemeen bestuur een eerste concept, "
          "waarna de ondersteuningsplanraad in twee vergaderingen zijn vragen en wensen inbracht. Het op overeenstemming "
          "gericht overleg met de gemeenten vond plaats op 11 maart 2026, het overleg met het samenwerkingsverband voortgezet "
          "onderwijs op 4 maart 2026."),
        H1("2 Ons samenwerkingsverband"),
        P("In " + S + " werken negen schoolbesturen samen. Zij zijn samen verantwoordelijk voor 41 basisscholen, twee scholen "
          "voor speciaal basisonderwijs (sbo De Vlonder in Geldermaat en sbo ’t Kompas in Vrijenhoef) en één school voor "
          "speciaal onderwijs (so De Brug, cluster 4). Op 1 oktober 2025 telden de scholen samen 9.612 leerlingen. Het verband "
          "werkt in de gemeenten Geldermaat, Vrijenhoef en Asperen-Lingedal."),
        T(["Soort school", "Aantal scholen", "Leerlingen 1-10-2023", "Leerlingen 1-10-2024", "Leerlingen 1-10-2025"],
          ["Basisonderwijs", "41", "9.104", "9.027", "8.958"],
          ["Speciaal basisonderwijs", "2", "274", "281", "289"],
          ["Speciaal onderwijs (De Brug)", "1", "148", "156", "161"],
          ["So buiten de regio (cluster 3 en 4)", "–", "196", "201", "204"]),
        P("Het aantal leerlingen in het basisonderwijs daalt licht, terwijl het aantal leerlingen in het sbo en so stijgt. "
          "Veel scholen zijn onderdeel van een kindcentrum, waarin onderwijs, kinderopvang en voorschoolse educatie onder één "
          "dak zitten. Dat biedt kansen voor vroegsignalering bij het jonge kind."),
        P("In de gemeenten Geldermaat en Asperen-Lingedal werken de kindcentra met een gezamenlijke aanpak voor het jonge "
          "kind, waarin pedagogisch medewerkers, leerkrachten van groep 1 en 2 en jeugdverpleegkundigen samen optrekken. "
          "De gemeente bekostigt de voorschoolse educatie; het samenwerkingsverband levert expertise via de Observatiegroep en "
          "de onderwijsadviseurs. Vrijenhoef kent een andere situatie: daar is de groei van het aantal nieuwkomers groot, en "
          "de Taalklas zit vol. De gemeente en het verband onderzoeken samen of in 2027 een tweede Taalklas kan starten. "
          "De spreiding van de scholen over het gebied is redelijk, maar in het noordelijke buitengebied reizen kinderen naar "
          "het sbo soms meer dan drie kwartier."),
        H1("3 Visie en ambities"),
        P("Wij geloven dat ieder kind het recht heeft om zich te ontwikkelen, samen met andere kinderen, in de eigen "
          "omgeving. Dat lukt het best wanneer school, ouders en jeugdhulp samen optrekken en wanneer de leerkracht zich "
          "gesteund voelt. Ons samenwerkingsverband wil die steun bieden: met expertise, met middelen en met een netwerk."),
        P("Onze ambities voor de komende jaren zijn: (1) de leerkracht staat sterker in het omgaan met verschillen; (2) kinderen "
          "krijgen snel de juiste hulp, zonder wachttijden; (3) er zijn geen kinderen die thuiszitten; (4) onderwijs en "
          "jeugdhulp werken als één team rond het kind. Deze ambities zijn richtinggevend voor ons werk."),
        P("Ook voor de komende periode zien wij een aantal ontwikkelingen die ons werk beïnvloeden. Het lerarentekort "
          "blijft groot, vooral in de grotere kernen. De vraag naar jeugdhulp neemt toe, terwijl gemeenten moeten bezuinigen. "
          "De Wet versterking positie ouders en leerlingen in het passend onderwijs verandert de rol van ouders en leerlingen "
          "in het onderwijs. En het aantal kinderen dat Nederlands als tweede taal leert, groeit in Vrijenhoef snel door de "
          "opvang van nieuwkomers. Wij nemen deze ontwikkelingen mee in onze jaarplannen."),
        H1("4 Basisondersteuning"),
        P("In de vorige planperiode werkten wij met een eigen beschrijving van de basisondersteuning. Die beschrijving is "
          "verouderd. Het ministerie werkt aan een landelijke norm basisondersteuning, die naar verwachting in 2027 wettelijk "
          "wordt verankerd. Wij vinden het niet zinvol om nu een nieuwe eigen norm vast te stellen die over een jaar alweer moet "
          "worden aangepast."),
        P("Daarom stellen wij het niveau en de inhoud van de basisondersteuning in Lingedal-West opnieuw vast zodra de "
          "landelijke norm bekend is. Tot dat moment maakt iedere school haar eigen afspraken. Het nieuwe niveau van de "
          "basisondersteuning wordt na instemming van de OPR als addendum aan dit plan toegevoegd."),
        H1("5 Het ondersteuningsaanbod: van school tot speciaal onderwijs"),
        P("Ons aanbod is bedoeld als een doorlopende lijn. Kinderen krijgen de ondersteuning zo dicht mogelijk bij huis. Pas "
          "wanneer wat de school kan bieden niet volstaat, komen andere vormen van ondersteuning in beeld."),
        H2("5.1 Ondersteuning in en rond de school"),
        P("Wanneer een leerkracht of intern begeleider vastloopt en wat de school zelf kan bieden niet volstaat, kan de "
          "school het ondersteuningsteam van het samenwerkingsverband inschakelen. De school krijgt dan een onderwijsadviseur "
          "van het verband toegewezen. De adviseur denkt mee, observeert in de klas en adviseert over de aanpak. Bij "
          "complexe vragen organiseert de adviseur een multidisciplinair overleg (MDO) met ouders, school, jeugdhulp en zo "
          "nodig een orthopedagoog."),
        H2("5.2 Bovenschoolse arrangementen"),
        P("Naast de ondersteuning op school kent ons verband een aantal bovenschoolse arrangementen:"),
        B("de Observatiegroep in Geldermaat: voor kinderen van 4 tot 7 jaar bij wie nog onduidelijk is wat zij nodig hebben "
          "(maximaal twaalf weken, drie ochtenden per week);",
          "de Taalklas voor nieuwkomers in Vrijenhoef: een jaar intensief Nederlands voor kinderen die korter dan een jaar in "
          "Nederland zijn, waarna zij instromen op een basisschool in de eigen woonplaats;",
          "de Kangoeroeklas: een dag per week voor (hoog)begaafde kinderen die op school vastlopen;",
          "ambulante begeleiding door specialisten van so De Brug en van Kentalis en Koninklijke Visio (cluster 1 en 2);",
          "onderwijs-zorgarrangementen voor kinderen die zowel onderwijs als jeugdhulp nodig hebben, samen met de gemeenten."),
        H2("5.3 Speciaal basisonderwijs en speciaal onderwijs"),
        P("Het sbo biedt onderwijs in kleinere groepen met meer specialistische ondersteuning. Het so (De Brug) is er voor "
          "kinderen met ernstige gedrags- of psychiatrische problemen. Kinderen met een verstandelijke of lichamelijke "
          "beperking gaan naar so-scholen van cluster 3 buiten de regio, vooral in Gorinchem en Tiel. Voor leerlingenvervoer "
          "naar deze scholen zorgt de gemeente."),
        H2("5.4 Kinderen zonder passende plek"),
        P("Ons doel is dat er geen kinderen thuiszitten. Toch gebeurt het. Op 1 oktober 2025 zaten er zeven kinderen langer "
          "dan vier weken thuis zonder passend onderwijs, en stonden er veertien kinderen op de wachtlijst van so De Brug. "
          "Iedere school meldt een kind dat thuiszit of dreigt thuis te komen zitten binnen vijf schooldagen bij het verband. "
          "Een onderwijsadviseur wordt dan casusregisseur. Hij of zij organiseert binnen twee weken een overleg met ouders, "
          "school, leerplicht en jeugdhulp, en zorgt voor een plan met concrete afspraken. Is er na zes weken nog geen "
          "oplossing, dan gaat de casus naar het Escalatieoverleg, waarin de directeur-bestuurder en de manager jeugd van de "
          "gemeente samen beslissen."),
        P("Twee keer per jaar analyseren we met de besturen en de gemeenten de wachtlijsten en de vragen waarvoor geen "
          "aanbod is. Uit de analyse van 2025 bleek een tekort aan plaatsen voor jonge kinderen met ernstige gedragsproblemen. "
          "Daarom start in augustus 2026 op so De Brug een tweede onderbouwgroep; de besturen van De Brug en De Vlonder zijn "
          "daarvoor verantwoordelijk."),
        H1("6 Toelaatbaarheid sbo en so"),
        H2("6.1 Aanvraag en besluit"),
        P("Een kind kan alleen naar het sbo of so als het samenwerkingsverband een toelaatbaarheidsverklaring (TLV) heeft "
          "afgegeven. De aanvraag wordt gedaan door het schoolbestuur van de school waar het kind staat ingeschreven; in de "
          "praktijk dient de intern begeleider de aanvraag in bij het Loket van het verband. Bij de aanvraag horen het "
          "groeidocument met het OPP, de verslagen van het MDO en de zienswijze van de ouders."),
        N("Het Loket beoordeelt binnen een week of de aanvraag compleet is.",
          "Twee deskundigen geven ieder een eigen schriftelijk advies. De eerste deskundige is altijd een orthopedagoog of "
          "psycholoog; de tweede is, afhankelijk van de vraag, een kinderarts, jeugdarts, maatschappelijk werker of "
          "kinderpsychiater. De deskundigen zijn niet eerder bij het kind betrokken geweest.",
          "De Commissie Toelaatbaarheid neemt namens het bestuur een besluit, binnen zes weken na ontvangst van de complete "
          "aanvraag.",
          "Ouders en school krijgen het besluit schriftelijk, met een kopie van de deskundigenadviezen."),
        P("In spoedeisende situaties, bijvoorbeeld wanneer de veiligheid van het kind of van anderen in gevaar is, kan de "
          "commissie binnen vijf werkdagen een tijdelijke TLV afgeven van maximaal drie maanden."),
        H2("6.2 Criteria"),
        P("Een kind is toelaatbaar tot het speciaal basisonderwijs als de basisschool aantoonbaar gedurende ten minste twee "
          "OPP-periodes handelingsgericht heeft gewerkt, met inzet van het ondersteuningsteam van het verband, en het kind "
          "desondanks structureel een kleinere groep, een aangepast leerstofaanbod en meer specialistische begeleiding nodig "
          "heeft dan een basisschool kan bieden. Een kind is toelaatbaar tot het speciaal onderwijs als daarnaast sprake is van "
          "een intensieve, langdurige ondersteuningsbehoefte op het gebied van gedrag, psychiatrie, een verstandelijke beperking "
          "of een lichamelijke beperking, waarvoor een specialistische en integrale aanpak van onderwijs en zorg nodig is die "
          "ook het sbo niet kan bieden."),
        H2("6.3 Duur en bekostigingscategorie"),
        P("Een TLV voor het sbo wordt afgegeven voor de duur van twee schooljaren. Een TLV voor het so wordt afgegeven voor "
          "maximaal drie schooljaren, en vermeldt de bekostigingscategorie: laag, midden of hoog. De categorie volgt uit de "
          "zwaarte van de ondersteuningsbehoefte; voor kinderen met ernstig meervoudige beperkingen is dat categorie hoog."),
        H2("6.4 Bezwaar"),
        P("Ouders die het niet eens zijn met een besluit over de TLV, kunnen binnen zes weken bezwaar maken bij het bestuur "
          "van het samenwerkingsverband. Het bestuur vraagt advies aan de Landelijke Bezwaaradviescommissie "
          "Toelaatbaarheidsverklaringen (LBT)."),
        H2("6.5 Terugplaatsing naar het basisonderwijs"),
        P("Deze paragraaf wordt aangevuld. De tekst wordt opgesteld in overleg met de directies van sbo De Vlonder, sbo ’t "
          "Kompas en so De Brug en na bespreking in het directeurenoverleg van juni 2026 aan het plan toegevoegd."),
        H1("7 Ouders"),
        P("Ouders zijn de eerste deskundigen als het om hun kind gaat. Wij vinden het belangrijk dat ouders vanaf het begin "
          "betrokken zijn bij gesprekken over de ondersteuning van hun kind. Ouders zijn altijd uitgenodigd bij het MDO, geven "
          "hun zienswijze bij een TLV-aanvraag en tekenen het OPP voor akkoord op het handelingsdeel."),
        P("Soms lopen gesprekken vast of hebben ouders behoefte aan iemand die onafhankelijk met hen meedenkt. Dan kunnen zij "
          "terecht bij het Ouderpunt Lingedal. Het Ouderpunt is het ouder- en jeugdsteunpunt van ons verband. Het is "
          "ondergebracht bij een onafhankelijke stichting, is gratis en biedt advies, een luisterend oor en bemiddeling bij "
          "onenigheid met de school of het samenwerkingsverband. Het Ouderpunt is bereikbaar via 0345-700 800 en "
          "info@ouderpuntlingedal.nl. Ouders kunnen ook contact opnemen met Onderwijsconsulenten. Klachten over het "
          "samenwerkingsverband behandelen wij volgens onze klachtenregeling; ouders kunnen zich ook rechtstreeks wenden tot de "
          "Landelijke Klachtencommissie Onderwijs."),
        P("Hoe wij ouders in de komende jaren informeren over het ondersteuningsaanbod in onze regio, werken wij uit in een "
          "communicatieplan. Dat plan verschijnt in de loop van het schooljaar 2026-2027."),
        H1("8 Resultaten en kwaliteitszorg"),
        P("Wij volgen de ontwikkeling van passend onderwijs in Lingedal-West nauwgezet. Daarvoor gebruiken wij een "
          "monitor met de volgende gegevens: het deelnamepercentage sbo en so (peildatum 1 oktober, vergeleken met het "
          "landelijk gemiddelde), het aantal afgegeven TLV's, de doorlooptijd van TLV-aanvragen, het aantal thuiszitters en "
          "vrijstellingen, het aantal en de soort arrangementen en de tevredenheid van scholen en ouders over de "
          "dienstverlening van het verband (tweejaarlijkse peiling)."),
        P("Het bureau verzamelt deze gegevens per kwartaal. De directeur-bestuurder rapporteert twee keer per jaar aan het "
          "algemeen bestuur en de ondersteuningsplanraad. Eens per jaar bespreken wij de gegevens per school in een "
          "kwaliteitsgesprek met schoolleider en intern begeleider. In het jaarverslag leggen wij verantwoording af over de "
          "bereikte resultaten, met een toelichting op opvallende ontwikkelingen. In 2025 was het deelnamepercentage sbo 2,9 "
          "procent (landelijk 2,4) en het deelnamepercentage so 1,7 procent (landelijk 1,6)."),
        P("De beoogde resultaten voor deze planperiode formuleren wij in het eerste planjaar, samen met de besturen en na "
          "bespreking met de OPR. Zij worden opgenomen in het jaarplan 2027."),
        H1("9 Financiën"),
        P("Het samenwerkingsverband ontvangt jaarlijks middelen van het Rijk voor lichte en zware ondersteuning. Van de "
          "middelen voor zware ondersteuning draagt het verband de kosten van het so en, boven de 2 procent, van het sbo af."),
        P("Het verdeelmodel – de manier waarop de middelen over de besturen en de voorzieningen worden verdeeld – wordt in "
          "2026 herzien. Het algemeen bestuur besluit hierover in december 2026. Tot die tijd blijft het verdeelmodel uit het "
          "ondersteuningsplan 2022-2026 van kracht."),
        T(["Meerjarenbegroting (x € 1.000)", "2026", "2027", "2028", "2029"],
          ["Baten lichte ondersteuning", "2.960", "2.935", "2.905", "2.880"],
          ["Baten zware ondersteuning", "5.410", "5.370", "5.320", "5.280"],
          ["Totaal baten", "8.370", "8.305", "8.225", "8.160"],
          ["Afdracht so (DUO)", "2.810", "2.870", "2.920", "2.960"],
          ["Afdracht sbo boven 2%", "1.130", "1.150", "1.170", "1.180"],
          ["Middelen naar schoolbesturen", "2.450", "2.390", "2.330", "2.280"],
          ["Bovenschoolse arrangementen", "920", "940", "950", "960"],
          ["Ondersteuningsteam en Loket", "790", "800", "810", "820"],
          ["Bureau, bestuur en huisvesting", "410", "415", "420", "425"],
          ["Totaal lasten", "8.510", "8.565", "8.600", "8.625"],
          ["Resultaat", "-140", "-260", "-375", "-465"]),
        P("De negatieve resultaten worden gedekt uit de algemene reserve, die eind 2025 € 2,1 miljoen bedroeg. Aan het einde "
          "van de planperiode ligt de reserve op het niveau dat past bij de risico's van het verband."),
        H1("10 Samenwerking met gemeenten en partners"),
        P("Met de gemeenten Geldermaat, Vrijenhoef en Asperen-Lingedal is op 11 maart 2026 het op overeenstemming gericht "
          "overleg gevoerd. De belangrijkste gezamenlijke thema's zijn de aansluiting tussen onderwijs en jeugdhulp, "
          "thuiszitters, leerlingenvervoer, onderwijshuisvesting en de voorschoolse educatie. De GGD en de lokale teams "
          "nemen deel aan het MDO wanneer dat nodig is, en bij onderwijs-zorgarrangementen maken school en jeugdhulp één plan."),
        P("Met het samenwerkingsverband voortgezet onderwijs in de regio zijn afspraken gemaakt over de overstap van groep 8 "
          "naar het voortgezet onderwijs. Voor kinderen met een OPP is er een warme overdracht, waarbij de basisschool en de "
          "vo-school samen het groeidocument bespreken. Beide verbanden organiseren jaarlijks een gezamenlijke "
          "bijeenkomst voor intern begeleiders en mentoren van de brugklassen."),
        H1("11 Organisatie, medezeggenschap en personeel"),
        P("Het samenwerkingsverband is een vereniging. Het algemeen bestuur bestaat uit de bestuurders van de negen "
          "schoolbesturen en houdt toezicht op de directeur-bestuurder. De directeur-bestuurder wordt ondersteund door een "
          "bureau met onderwijsadviseurs, orthopedagogen, een medewerker Loket en een financieel medewerker (totaal 11,2 fte)."),
        P("De ondersteuningsplanraad (OPR) bestaat uit tien leden: vijf ouders en vijf personeelsleden uit de "
          "medezeggenschapsraden van de scholen. De OPR heeft instemmingsrecht op het ondersteuningsplan en heeft op 25 maart "
          "2026 ingestemd met dit plan. Het verband heeft daarnaast een eigen personeelsgeleding voor de medewerkers van het "
          "bureau."),
        P("Wij investeren in de deskundigheid van leerkrachten en intern begeleiders via het Leernetwerk Lingedal: jaarlijks "
          "zes bijeenkomsten over thema’s als gedrag, hoogbegaafdheid, taalontwikkeling en samenwerken met ouders."),
        P("Daarnaast ondersteunen wij scholen bij het werven en behouden van intern begeleiders. Nieuwe intern begeleiders "
          "krijgen in hun eerste jaar een maatje van een andere school en volgen een introductieprogramma van vier dagdelen. "
          "Voor schoolleiders organiseren wij twee keer per jaar een bijeenkomst over passend onderwijs en leiderschap. Het "
          "bureau zelf werkt sinds 2025 vanuit het Onderwijshuis in Geldermaat, samen met de leerplichtafdeling en het "
          "Centrum voor Jeugd en Gezin. Dat maakt de lijnen kort. Voor de ICT volgen wij de afspraken van de besturen: "
          "dossiers staan in een beveiligde omgeving, en gegevens worden niet langer bewaard dan nodig. Het verband heeft een "
          "privacyreglement en een functionaris gegevensbescherming, die gedeeld wordt met het samenwerkingsverband VO."),
        H1("12 Jaarplanning"),
        T(["Moment", "Activiteit"],
          ["Juni 2026", "Tekst terugplaatsing (paragraaf 6.5) in directeurenoverleg"],
          ["December 2026", "Besluit nieuw verdeelmodel"],
          ["Schooljaar 2026-2027", "Communicatieplan ouders; beoogde resultaten; start tweede onderbouwgroep De Brug"],
          ["2027", "Niveau basisondersteuning na landelijke norm"],
          ["Voorjaar 2030", "Nieuw ondersteuningsplan"]),
        P("Ieder jaar werken wij dit plan uit in een jaarplan en een begroting, die het algemeen bestuur in december "
          "vaststelt na bespreking met de ondersteuningsplanraad. Wijzigingen van dit plan leggen wij ter instemming aan de OPR "
          "voor. De aanvullingen die in dit plan zijn aangekondigd, worden na instemming als addendum toegevoegd."),
        H1("Bijlage: Begrippenlijst"),
        T(["Begrip", "Betekenis"],
          ["Basisondersteuning", "Het afgesproken niveau van ondersteuning dat alle scholen in het samenwerkingsverband bieden."],
          ["Groeidocument", "Document waarin de ontwikkeling en ondersteuningsbehoefte van een kind wordt beschreven."],
          ["OJSP", "Ouder- en jeugdsteunpunt."],
          ["Sbo", "Speciaal basisonderwijs."],
          ["So", "Speciaal onderwijs."],
          ["Terugplaatsing", "De overstap van een kind van het sbo of so naar een basisschool."],
          ["TLV", "Toelaatbaarheidsverklaring."],
          ["Verdeelmodel", "Afspraken over de verdeling van de ondersteuningsmiddelen."]),
    ]

# ==============================================================================================
# Plan E — VO Hoogland-Vaart, concept 0.8 (markdown). Draft circulated to the OPR with placeholders.
# basis, terugstroom, resultaten present; plaatsing: procedure yes, criteria deferred; financien,
# dekkend-aanbod and ouders chapters are placeholders ("p.m.", "tekst volgt").
def plan_e():
    S = "Samenwerkingsverband VO Hoogland-Vaart"
    return [
        TITLE("Ondersteuningsplan 2026-2030 – CONCEPT versie 0.8",
              "**" + S + " (VO 23-05)**",
              "Concept ter bespreking in de ondersteuningsplanraad van 10 maart 2026 en het OOGO van 2 april 2026. "
              "Niet voor verspreiding. Wijzigingen ten opzichte van versie 0.7 zijn besproken in het kernteam van 18 februari.",
              "> [REDACTIE: hoofdstukken 5, 8 en 10 zijn nog niet aangeleverd. Graag opmerkingen vóór 1 maart naar "
              "beleid@swvhooglandvaart.nl.]"),
        TOC("Leeswijzer",
            "1 Voorwoord",
            "2 Context: ons verband in beeld",
            "3 Visie, missie en koers 2030",
            "4 Basisondersteuning",
            "5 Dekkend aanbod: ondersteuningsroute en voorzieningen",
            "6 Toelaatbaarheid vso, lwoo en pro",
            "7 Vso en de weg terug",
            "8 Ouders en leerlingen",
            "9 Resultaten en kwaliteit",
            "10 Financiën en meerjarenbegroting",
            "11 Samenwerking met gemeenten (OOGO)",
            "12 Bestuur, organisatie en medezeggenschap",
            "13 Personeel, ICT en privacy",
            "14 Planning van de planperiode",
            "Bijlage A Afkortingen en begrippen"),
        H1("Leeswijzer"),
        P("Dit document is de conceptversie 0.8 van het ondersteuningsplan 2026-2030. Het concept is opgesteld door het "
          "kernteam (directeur-bestuurder, beleidsadviseur, twee ondersteuningscoördinatoren en een vso-directeur) op basis van "
          "de opbrengst van de dialoogsessies in het najaar van 2025. Hoofdstukken die nog niet zijn aangeleverd, zijn in dit "
          "concept opgenomen met de status van de uitwerking, zodat de OPR een volledig beeld heeft van de opbouw van het plan."),
        P("De definitieve versie wordt na instemming van de OPR en het OOGO in april 2026 door het algemeen bestuur "
          "vastgesteld en vóór 1 mei 2026 aan de inspectie gezonden."),
        H2("Wettelijk kader"),
        P("Artikel 17a van de Wet op het voortgezet onderwijs (thans de artikelen 2.47 en verder van de WVO 2020) schrijft "
          "voor wat een ondersteuningsplan in ieder geval omvat: hoe het samenwerkingsverband een samenhangend geheel van "
          "ondersteuningsvoorzieningen realiseert, inclusief de basisondersteuning; de procedure en criteria voor de verdeling, "
          "besteding en toewijzing van middelen, in het perspectief van een meerjarenbegroting; de procedure en criteria voor "
          "toelaatbaarheid tot het vso en de procedure voor lwoo en pro; het beleid voor terugplaatsing of overplaatsing naar "
          "het voortgezet onderwijs; de beoogde en bereikte resultaten; en de wijze waarop ouders worden geïnformeerd over de "
          "ondersteuningsvoorzieningen en over onafhankelijke ondersteuningsmogelijkheden. In de onderstaande hoofdstukken "
          "komen deze onderwerpen aan de orde."),
        P("> [REDACTIE: tabel 'vindplaats wettelijke eisen per hoofdstuk' toevoegen in versie 0.9.]"),
        H2("Totstandkoming"),
        P("Het kernteam is in september 2025 gestart. In oktober en november 2025 vonden zes dialoogsessies plaats: twee met "
          "ondersteuningscoördinatoren, één met schoolleiders van de vso-scholen en het praktijkonderwijs, één met "
          "bestuurders, één met de ondersteuningsplanraad en één met beleidsmedewerkers van de gemeenten. Daarnaast is een "
          "digitale vragenlijst uitgezet onder alle mentoren en docenten; 412 medewerkers hebben deze ingevuld. De "
          "belangrijkste opbrengsten: scholen willen duidelijkheid over wat zij minimaal moeten bieden, snellere besluiten over "
          "toelaatbaarheid en meer aandacht voor leerlingen die uit het vso terugkomen. Die drie thema's zijn in de koers "
          "verwerkt."),
        H2("Ontwikkelingen"),
        P("Het plan verschijnt in een periode van veel veranderingen. De landelijke norm basisondersteuning is in "
          "voorbereiding; wij hebben ons eigen minimum zo opgesteld dat het naar verwachting aansluit. De Wet versterking "
          "positie ouders en leerlingen in het passend onderwijs brengt nieuwe verplichtingen met zich mee; de uitwerking "
          "daarvan volgt in hoofdstuk 8. Verder daalt het aantal leerlingen in het regulier vo in de komende jaren licht, "
          "terwijl het aantal leerlingen in het vso stijgt. Ten slotte blijft het lerarentekort een risico voor de kwaliteit "
          "van de ondersteuning."),
        P("Tot slot is de samenwerking met het samenwerkingsverband primair onderwijs in de regio geïntensiveerd. Beide "
          "verbanden delen sinds 2025 een pool van orthopedagogen en psychologen (zie hoofdstuk 13) en stemmen hun "
          "planning van de ondersteuningsplannen op elkaar af. Het overleg met het samenwerkingsverband primair onderwijs "
          "over dit concept staat gepland voor 24 maart 2026."),
        H1("1 Voorwoord"),
        P("> [REDACTIE: voorwoord wordt geschreven door de voorzitter van het algemeen bestuur na de OPR-bespreking.]"),
        P("Werktekst: Het " + S + " staat aan het begin van een nieuwe planperiode. In de afgelopen vier jaar hebben de "
          "scholen, de vso-scholen, de gemeenten en het bureau hard gewerkt aan een stevige ondersteuningsstructuur. Met dit plan "
          "bouwen we daarop voort. We willen dat leerlingen, ouders, scholen en gemeenten kunnen zien wat zij van ons mogen "
          "verwachten, en we willen dat we elkaar daarop kunnen aanspreken."),
        H1("2 Context: ons verband in beeld"),
        P("In het samenwerkingsverband werken acht schoolbesturen samen, met zestien vestigingen voor voortgezet onderwijs, "
          "een school voor praktijkonderwijs en twee scholen voor voortgezet speciaal onderwijs. Het verband omvat de "
          "gemeenten Hoogland, Vaartdorp en Ellecom-Zuid. Op 1 oktober 2025 stonden er 10.420 leerlingen ingeschreven, van wie "
          "1.012 met leerwegondersteuning, 344 in het praktijkonderwijs en 389 in het vso."),
        T(["Schoolsoort", "Vestigingen", "Leerlingen 1-10-2025", "Verwachting 2030"],
          ["vmbo (incl. lwoo)", "7", "3.905", "3.640"],
          ["havo/vwo", "6", "4.820", "4.590"],
          ["scholengemeenschap brede brugklas", "3", "962", "910"],
          ["praktijkonderwijs", "1", "344", "330"],
          ["vso", "2", "389", "400"]),
        P("De regio kent een sterke industrie en agrarische sector. Veel jongeren stromen vanuit vmbo en praktijkonderwijs uit "
          "naar het mbo of naar werk in de regio. Het vervoer is een aandachtspunt: vanuit de buitengebieden reizen leerlingen "
          "soms meer dan een uur per dag."),
        H2("2.1 Terugblik op de planperiode 2022-2026"),
        P("Het vorige plan bevatte drie beleidsdoelen. De evaluatie laat het volgende beeld zien."),
        T(["Doel 2022-2026", "Streefwaarde", "Bereikt (2024-2025)"],
          ["Doorlooptijd TLV-aanvraag verkorten", "maximaal 8 weken", "gemiddeld 5,5 weken"],
          ["Alle vestigingen een ondersteuningscoördinator met voldoende uren", "16 van 16", "14 van 16"],
          ["Aantal leerlingen dat uit het vso terugkeert verhogen", "20 per jaar", "11 per jaar"]),
        P("Het eerste doel is ruimschoots gehaald dankzij het digitale aanvraagportaal. Het tweede doel is bijna gehaald; op "
          "twee kleine vestigingen is de ondersteuningscoördinator minder dan de afgesproken uren beschikbaar. Het derde doel "
          "is niet gehaald. Uit gesprekken met de vso-scholen blijkt dat er geen vaste werkwijze was en dat reguliere scholen "
          "terughoudend waren. Daarom krijgt terugkeer in dit plan een eigen hoofdstuk en een eigen consulent."),
        H1("3 Visie, missie en koers 2030"),
        P("Missie: het samenwerkingsverband zorgt ervoor dat iedere jongere in Hoogland-Vaart onderwijs volgt dat past bij "
          "wat hij of zij kan en nodig heeft, en dat scholen de ondersteuning kunnen bieden die daarvoor nodig is."),
        P("Visie: passend onderwijs begint in de klas. De mentor en de docent zijn de spil. Het samenwerkingsverband is er om "
          "scholen te versterken, niet om hun werk over te nemen. Waar een school het alleen niet redt, zorgen we samen voor een "
          "oplossing. We werken vanuit vertrouwen, transparantie en eigenaarschap. Besluiten over leerlingen nemen we zo "
          "dicht mogelijk bij de leerling."),
        P("Koers 2030: (1) een sterke basis op elke school; (2) snelle en zorgvuldige besluiten over toelaatbaarheid; (3) "
          "meer leerlingen keren terug uit het vso; (4) we weten wat werkt en sturen daarop."),
        P("Een sterke basis op elke school betekent dat mentoren en docenten zich toegerust voelen om met verschillen om te "
          "gaan, en dat iedere vestiging het afgesproken minimum aan ondersteuning biedt (hoofdstuk 4). Snelle en zorgvuldige "
          "besluiten over toelaatbaarheid betekenen dat een school binnen zes weken weet waar zij aan toe is, en dat de "
          "deskundigen hun advies onafhankelijk geven (hoofdstuk 6). Meer terugkeer uit het vso betekent dat geen leerling "
          "langer in het vso verblijft dan nodig is (hoofdstuk 7). En weten wat werkt betekent dat wij onze keuzes baseren op "
          "gegevens en op de ervaringen van scholen (hoofdstuk 9)."),
        P("De koers is in het algemeen bestuur van december 2025 besproken en breed gedragen. Bestuurders benadrukten dat "
          "de koers pas werkt als scholen zelf eigenaar zijn. Het samenwerkingsverband faciliteert, verbindt en stelt vragen, "
          "maar neemt het werk van de scholen niet over. Jaarlijks vertalen wij de koers naar een jaarplan met concrete "
          "activiteiten, dat in september door het algemeen bestuur wordt vastgesteld."),
        H1("4 Basisondersteuning"),
        P("Basisondersteuning is in ons samenwerkingsverband het geheel van preventieve en licht curatieve interventies dat "
          "elke vestiging binnen de eigen ondersteuningsstructuur biedt, planmatig en onder regie van de school. De besturen "
          "hebben afgesproken dat de onderstaande voorzieningen op álle vestigingen aanwezig zijn. Dit is het minimum; "
          "een vestiging die daaronder zakt, spreekt het samenwerkingsverband daarop aan."),
        T(["Domein", "Minimaal aanwezig op elke vestiging"],
          ["Structuur", "Een ondersteuningscoördinator (ten minste 0,5 fte per 800 leerlingen) en een zorg- en adviesteam dat "
           "minimaal acht keer per jaar vergadert."],
          ["Mentoraat", "Een mentor per klas met een vast mentoruur; leerlingbespreking ten minste drie keer per jaar."],
          ["Leren", "Dyslexie- en dyscalculiebeleid met faciliteiten; remedial teaching voor Nederlands en rekenen; "
           "huiswerkbegeleiding."],
          ["Sociaal-emotioneel", "Trainingen faalangst, sociale vaardigheden en weerbaarheid; een anti-pestcoördinator."],
          ["Gedrag", "Een time-outplek met begeleiding; een schoolbreed gedragsprotocol (positive behavior support)."],
          ["Begaafdheid", "Verrijkings- en versnellingsmogelijkheden voor (hoog)begaafde leerlingen."],
          ["Fysiek/medisch", "Protocol medisch handelen; aanpassingen voor leerlingen met een fysieke beperking voor zover "
           "het gebouw dat toelaat."],
          ["Planmatig werken", "Een OPP voor iedere leerling die extra ondersteuning krijgt, met evaluatie twee keer per jaar."]),
        P("De scholen beschrijven in hun schoolgids hoe zij deze basisondersteuning invullen. Het samenwerkingsverband "
          "bespreekt de invulling jaarlijks in het kwaliteitsgesprek met iedere vestiging."),
        P("Wanneer de landelijke norm basisondersteuning wettelijk wordt vastgelegd, vergelijken wij die norm met ons eigen "
          "minimum. Onderdelen van de landelijke norm die nog niet in ons minimum zijn opgenomen, voegen wij toe; onderdelen "
          "waarin ons minimum verder gaat dan de landelijke norm, blijven gehandhaafd, tenzij het algemeen bestuur na "
          "instemming van de OPR anders besluit. Scholen krijgen ten minste één schooljaar de tijd om aan een aangescherpte "
          "norm te voldoen."),
        H1("5 Dekkend aanbod: ondersteuningsroute en voorzieningen"),
        P("> [TEKST VOLGT – werkgroep Aanbod levert in april 2026 de inventarisatie op van alle voorzieningen in de regio "
          "(OPDC De Schakel, reboundvoorziening, Entree-route, plusvoorzieningen) en de analyse van witte vlekken en "
          "thuiszitters. Dit hoofdstuk wordt daarna geschreven en in versie 0.9 opgenomen.]"),
        H1("6 Toelaatbaarheid vso, lwoo en pro"),
        H2("6.1 Procedure vso"),
        P("Een leerling kan alleen worden ingeschreven in het vso met een toelaatbaarheidsverklaring (TLV) van het "
          "samenwerkingsverband. De procedure verloopt als volgt:"),
        N("Het bevoegd gezag van de school waar de leerling is ingeschreven, dient de aanvraag in via het digitale "
          "aanvraagportaal. Bij de aanvraag horen het groeidocument, het OPP met de evaluaties van de afgelopen periode en het "
          "onderwijskundig rapport.",
          "De secretaris van de Commissie Toelaatbaarheid en Arrangementen (CTA) toetst de aanvraag binnen vijf werkdagen op "
          "volledigheid. Een onvolledige aanvraag wordt met een toelichting teruggestuurd.",
          "Een orthopedagoog of psycholoog en een tweede deskundige (afhankelijk van de vraag een jeugdarts, "
          "kinderpsychiater of maatschappelijk werker) brengen ieder afzonderlijk een schriftelijk advies uit.",
          "De CTA neemt binnen zes weken na ontvangst van de volledige aanvraag een besluit namens het bestuur.",
          "Het besluit wordt schriftelijk verzonden aan de aanvragende school en de vso-school."),
        P("De TLV wordt afgegeven voor één, twee of drie schooljaren, tot en met 31 juli, en vermeldt de "
          "bekostigingscategorie."),
        H2("6.2 Procedure lwoo en pro"),
        P("Voor lwoo en pro dient de vo-school waar de leerling is aangemeld de aanvraag in vóór 15 maart, met het "
          "onderwijskundig rapport van de basisschool en de gegevens van het capaciteitenonderzoek en de didactische toetsen. "
          "De CTA besluit binnen vier weken. Aanvragen voor zij-instromers kunnen het hele jaar worden ingediend; de CTA "
          "besluit dan binnen zes weken."),
        H2("Spoed en leerlingen van buiten de regio"),
        P("Wanneer de veiligheid van een leerling of van anderen acuut in gevaar is, kan de school een spoedaanvraag "
          "indienen. De voorzitter van de CTA besluit dan binnen vijf werkdagen, na advies van ten minste één deskundige, "
          "over een tijdelijke TLV van maximaal drie maanden. Binnen die periode wordt de reguliere procedure doorlopen. Voor "
          "leerlingen die van buiten de regio komen en nog niet op een school zijn ingeschreven, dient de vso-school waar de "
          "leerling wordt aangemeld de aanvraag in bij het samenwerkingsverband van de woonplaats van de leerling. Verhuist "
          "een leerling met een geldige TLV naar onze regio, dan blijft die TLV geldig tot het einde van de looptijd."),
        H2("6.3 Criteria"),
        P("> [REDACTIE: de criteria voor toelaatbaarheid tot het vso worden opnieuw vastgesteld door de werkgroep TLV. "
          "Ook het besluit of ons verband lwoo-criteria afwijkend van de landelijke criteria gaat hanteren (opting out) is "
          "nog niet genomen. De uitkomst wordt in bijlage B opgenomen.]"),
        H1("7 Vso en de weg terug"),
        P("Wij willen dat meer leerlingen vanuit het vso terugkeren naar het regulier voortgezet onderwijs. Ons beleid is: "
          "iedere leerling in het vso heeft vanaf de start een perspectief op terugkeer of doorstroom, dat in het OPP is "
          "beschreven. Terugkeer naar het regulier onderwijs is het uitgangspunt wanneer de leerling de doelen in het OPP "
          "heeft behaald op het gebied van zelfstandigheid en gedrag, het cognitief niveau past bij een reguliere opleiding en "
          "een reguliere school met een arrangement de resterende ondersteuningsbehoefte kan opvangen."),
        P("De procedure is als volgt. Twee keer per jaar – in november en in april – evalueert de vso-school het OPP van "
          "iedere leerling, mede met het oog op terugkeer. Acht de vso-school terugkeer haalbaar, dan neemt zij contact op met "
          "de terugkeerconsulent van het samenwerkingsverband. De consulent organiseert binnen drie weken een "
          "overdrachtsgesprek met de vso-school en een reguliere school die past bij het niveau en de woonplaats van de "
          "leerling. De reguliere school beslist over de inschrijving; de TLV eindigt op de dag van inschrijving in het "
          "regulier onderwijs. In het laatste jaar van de TLV bespreekt de vso-school vóór 1 februari met de consulent of "
          "terugkeer mogelijk is of dat een nieuwe TLV moet worden aangevraagd."),
        P("Na terugkeer krijgt de leerling een overgangsarrangement van ten minste zes maanden: een coach op de nieuwe school "
          "en ambulante begeleiding door de vso-school, met een evaluatie na zes weken en na drie maanden. De vso-school "
          "houdt gedurende het eerste half jaar een plek beschikbaar."),
        H1("8 Ouders en leerlingen"),
        P("> [p.m. – tekst wordt aangeleverd door de werkgroep Communicatie. Aanleveren vóór 15 maart 2026.]"),
        H1("9 Resultaten en kwaliteit"),
        P("Het samenwerkingsverband werkt volgens een vaste kwaliteitscyclus. De beoogde resultaten voor de planperiode "
          "zijn hieronder weergegeven. Zij sluiten aan op de koers 2030."),
        T(["Koers", "Beoogd resultaat (juli 2030)", "Nulmeting (2024-2025)"],
          ["Sterke basis", "Alle 16 vestigingen voldoen aan de basisondersteuning volgens het kwaliteitsgesprek", "12 van 16"],
          ["Snelle besluiten", "95% van de TLV-besluiten binnen zes weken", "81%"],
          ["Terugkeer uit vso", "Jaarlijks ten minste 25 leerlingen terug naar regulier vo", "11"],
          ["Terugkeer uit vso", "80% van de teruggekeerde leerlingen zit na een jaar nog op de reguliere school", "onbekend"],
          ["Weten wat werkt", "Tevredenheid scholen over het verband ten minste 7,5", "7,0"],
          ["Weten wat werkt", "Diplomaresultaat leerlingen met OPP gelijk aan dat van alle leerlingen", "−6 procentpunt"]),
        P("Wij monitoren deze resultaten via het dashboard van het samenwerkingsverband, dat gegevens uit het aanvraagportaal, "
          "van de scholen en van DUO combineert. De beleidsadviseur maakt ieder kwartaal een voortgangsrapportage voor de "
          "directeur-bestuurder. Het algemeen bestuur en de OPR ontvangen twee keer per jaar een rapportage, in februari en in "
          "september. In het jaarverslag rapporteren we per beoogd resultaat wat bereikt is. In het voorjaar van 2028 "
          "evalueren wij met de besturen halverwege de planperiode of bijsturing nodig is."),
        H1("10 Financiën en meerjarenbegroting"),
        P("> [p.m. – de meerjarenbegroting 2026-2030 en het herziene verdeelmodel worden na besluitvorming in het algemeen "
          "bestuur van november 2026 toegevoegd. Controller levert tekst aan.]"),
        H1("11 Samenwerking met gemeenten (OOGO)"),
        P("Het op overeenstemming gericht overleg met de gemeenten Hoogland, Vaartdorp en Ellecom-Zuid over dit concept vindt "
          "plaats op 2 april 2026. Het verslag van het OOGO en de gemaakte afspraken worden na afloop in dit hoofdstuk "
          "opgenomen."),
        H1("12 Bestuur, organisatie en medezeggenschap"),
        P("Het samenwerkingsverband is een vereniging met een algemeen bestuur, waarin de acht schoolbesturen zijn "
          "vertegenwoordigd, en een directeur-bestuurder aan wie het bestuur de dagelijkse leiding heeft gemandateerd. Het "
          "intern toezicht is belegd bij een toezichthoudend deel van het algemeen bestuur, aangevuld met een onafhankelijk "
          "lid. De taken en bevoegdheden zijn vastgelegd in de statuten en het managementstatuut."),
        P("Het algemeen bestuur vergadert vijf keer per jaar. Het toezichthoudend deel bespreekt twee keer per jaar het "
          "functioneren van de directeur-bestuurder en voert jaarlijks een zelfevaluatie uit. Het verband hanteert de Code "
          "Goed Bestuur in het voortgezet onderwijs. Besluiten over de koers, het jaarplan en de hoofdlijnen van het beleid "
          "worden genomen door het algemeen bestuur; de uitvoering ligt bij de directeur-bestuurder en het bureau."),
        P("De ondersteuningsplanraad telt twaalf leden, gekozen uit de medezeggenschapsraden van de aangesloten scholen. De "
          "OPR vergadert zes keer per jaar en heeft instemmingsrecht op het ondersteuningsplan. Het bureau van het verband "
          "bestaat uit de directeur-bestuurder, een beleidsadviseur, de secretaris van de CTA, drie consulenten (onder wie de "
          "terugkeerconsulent), een orthopedagoog, een controller en een officemanager."),
        H1("13 Personeel, ICT en privacy"),
        P("Het bureau heeft 9,8 fte. Door de krappe arbeidsmarkt is het lastig orthopedagogen en psychologen te werven; het "
          "verband werkt daarom samen met het samenwerkingsverband primair onderwijs in een gedeelde pool. Medewerkers van het "
          "bureau volgen jaarlijks scholing; ondersteuningscoördinatoren nemen deel aan een leernetwerk dat vier keer per jaar "
          "bijeenkomt."),
        P("Het bureau hanteert een strategisch personeelsplan met aandacht voor werving, opleiding en duurzame "
          "inzetbaarheid. Medewerkers hebben jaarlijks een ontwikkelgesprek. Omdat het bureau klein is, is kwetsbaarheid een "
          "aandachtspunt: voor alle sleutelfuncties (secretaris CTA, controller, terugkeerconsulent) is een vaste vervanger "
          "aangewezen. Het verband neemt deel aan het regionale Onderwijsloket voor zij-instromers en biedt jaarlijks een "
          "stageplaats aan een orthopedagoog-generalist in opleiding."),
        P("Het aanvraagportaal voldoet aan de eisen van de AVG. Gegevens over de gezondheid van leerlingen worden alleen "
          "verwerkt voor de beslissing over toelaatbaarheid en bewaard tot drie jaar na het besluit. Het verband heeft een "
          "functionaris gegevensbescherming en een privacyreglement."),
        P("In 2026 wordt het aanvraagportaal gekoppeld aan de leerlingadministratiesystemen van de scholen, zodat "
          "gegevens niet dubbel hoeven te worden ingevoerd. Het dashboard (zie hoofdstuk 9) wordt in dezelfde periode "
          "uitgebreid met gegevens over verzuim en uitstroom. Toegang tot het dashboard is beperkt tot medewerkers van het "
          "bureau en de ondersteuningscoördinatoren, die alleen de gegevens van hun eigen vestiging zien."),
        H2("13.1 Kwaliteitscultuur"),
        P("Wij willen een lerende organisatie zijn. Dat betekent dat wij niet alleen cijfers verzamelen, maar ook met scholen "
          "in gesprek gaan over wat de cijfers betekenen. Het kwaliteitsgesprek met iedere vestiging is daarvoor het "
          "belangrijkste instrument. Daarnaast organiseren wij jaarlijks een verdiepende evaluatie op één thema, uitgevoerd "
          "door een onafhankelijke onderzoeker; in 2026-2027 is dat het thema terugkeer uit het vso. Het bureau evalueert na "
          "iedere CTA-vergadering steekproefsgewijs de kwaliteit van de besluiten."),
        H1("14 Planning van de planperiode"),
        T(["Schooljaar", "Mijlpalen"],
          ["2025-2026", "Vaststelling plan (april); inventarisatie aanbod (april); criteria TLV (juni)"],
          ["2026-2027", "Meerjarenbegroting en verdeelmodel (november); evaluatie procedure lwoo/pro"],
          ["2027-2028", "Tussenevaluatie (voorjaar 2028)"],
          ["2028-2029", "Bijstelling koers op basis van tussenevaluatie"],
          ["2029-2030", "Eindevaluatie en nieuw ondersteuningsplan"]),
        H1("Bijlage A Afkortingen en begrippen"),
        T(["Term", "Uitleg"],
          ["CTA", "Commissie Toelaatbaarheid en Arrangementen"],
          ["Dekkend aanbod", "Een sluitend geheel van voorzieningen zodat elke leerling een passende plek heeft"],
          ["Lwoo", "Leerwegondersteunend onderwijs"],
          ["OJSP", "Ouder- en jeugdsteunpunt: onafhankelijk steunpunt voor ouders en leerlingen"],
          ["OPDC", "Orthopedagogisch-didactisch centrum"],
          ["Pro", "Praktijkonderwijs"],
          ["Thuiszitter", "Leerplichtige jongere die niet naar school gaat"],
          ["Verdeelmodel", "Verdeling van de ondersteuningsmiddelen over besturen en voorzieningen"]),
    ]

# ==============================================================================================
# F — NOT a plan: the annual report (jaarverslag / bestuursverslag 2025) of a VO samenwerkingsverband.
def not_plan_jaarverslag():
    S = "Stichting Samenwerkingsverband VO Westerduin"
    return [
        TITLE("Jaarverslag 2025",
              S + " (VO 28-01)",
              "Bestuursverslag en verkorte jaarrekening over het kalenderjaar 2025",
              "Vastgesteld door de raad van toezicht op 16 juni 2026"),
        BR(),
        TOC("1 Voorwoord",
            "2 Het verslagjaar in vogelvlucht",
            "3 Verantwoording over het ondersteuningsplan 2022-2026",
            "   3.1 Basisondersteuning",
            "   3.2 Toelaatbaarheid en terugplaatsing",
            "   3.3 Dekkend aanbod en thuiszitters",
            "   3.4 Ouders",
            "4 Governance en medezeggenschap",
            "5 Personeel",
            "6 Financieel verslag 2025",
            "7 Continuïteitsparagraaf",
            "8 Vooruitblik 2026"),
        BR(),
        H1("1 Voorwoord"),
        P("Met dit jaarverslag legt het bestuur van " + S + " verantwoording af over het kalenderjaar 2025. Het was het "
          "laatste volledige jaar van het ondersteuningsplan 2022-2026 en daarmee ook een jaar van terugkijken en "
          "voorbereiden. Naast de uitvoering van de lopende afspraken hebben wij veel tijd gestoken in de evaluatie van het "
          "huidige plan en in het schrijven van het nieuwe ondersteuningsplan 2026-2030, dat in april 2026 is vastgesteld en "
          "los van dit verslag is gepubliceerd."),
        P("Het verslagjaar stond in het teken van een stijgende vraag naar ondersteuning, vooral bij leerlingen met "
          "psychische klachten, en van krapte op de arbeidsmarkt. Tegelijk hebben wij mooie resultaten geboekt: het aantal "
          "thuiszitters daalde, en meer leerlingen keerden vanuit het vso terug naar het regulier onderwijs. Wij danken alle "
          "scholen, ouders en partners voor hun inzet."),
        P("R. (Rob) Aldering, directeur-bestuurder"),
        H1("2 Het verslagjaar in vogelvlucht"),
        T(["Kengetal", "2023", "2024", "2025"],
          ["Leerlingen regulier vo (1 oktober)", "9.840", "9.712", "9.655"],
          ["Afgegeven TLV's vso", "118", "126", "131"],
          ["Aanwijzingen lwoo", "312", "298", "305"],
          ["TLV's praktijkonderwijs", "84", "79", "88"],
          ["Terugplaatsingen vso → regulier", "9", "12", "17"],
          ["Thuiszitters > 4 weken (1 oktober)", "31", "27", "19"],
          ["Contacten Ouder- en Jeugdsteunpunt", "–", "146", "221"]),
        P("In 2025 zijn 131 toelaatbaarheidsverklaringen voor het vso afgegeven, vijf meer dan in 2024. De gemiddelde "
          "doorlooptijd van een aanvraag bedroeg 4,8 weken. Er zijn vier bezwaarschriften ingediend; in drie gevallen is het "
          "bezwaar ongegrond verklaard, in één geval is het besluit herzien na advies van de Landelijke Bezwaaradviescommissie."),
        H1("3 Verantwoording over het ondersteuningsplan 2022-2026"),
        P("Het ondersteuningsplan 2022-2026 bevatte vijf beleidsdoelen. Hieronder verantwoorden wij per thema wat in 2025 is "
          "gedaan en wat is bereikt. Het plan zelf is te vinden op onze website."),
        H2("3.1 Basisondersteuning"),
        P("In 2025 zijn bij alle veertien vestigingen kwaliteitsgesprekken over de basisondersteuning gevoerd. Twaalf "
          "vestigingen voldeden volledig aan de afspraken uit het ondersteuningsplan; bij twee vestigingen ontbrak een "
          "werkende time-outvoorziening. Beide vestigingen hebben een verbeterplan opgesteld; bij het hercontrolebezoek in "
          "november 2025 was één vestiging op orde."),
        H2("3.2 Toelaatbaarheid en terugplaatsing"),
        P("De Commissie Toelaatbaarheid kwam in het verslagjaar 22 keer bijeen. Naast de reguliere aanvragen zijn negen "
          "spoedaanvragen behandeld. In 2025 keerden 17 leerlingen vanuit het vso terug naar het regulier voortgezet "
          "onderwijs, tegen 12 in 2024. Alle teruggeplaatste leerlingen kregen een terugkeerarrangement. Van de 12 leerlingen "
          "die in 2024 zijn teruggeplaatst, zaten er eind 2025 nog 10 op de reguliere school."),
        H2("3.3 Dekkend aanbod en thuiszitters"),
        P("Het aantal thuiszitters daalde van 27 naar 19. Het Thuiszittersoverleg besprak 64 casussen. De reboundvoorziening "
          "ontving 41 leerlingen, het OPDC 58. De wachttijd voor het OPDC bedroeg gemiddeld vijf weken. In september 2025 is in "
          "samenwerking met de gemeenten een onderwijs-zorgklas gestart op het Duinlyceum."),
        H2("3.4 Ouders"),
        P("Het Ouder- en Jeugdsteunpunt Westerduin, dat in januari 2024 van start ging, voerde in 2025 221 gesprekken met "
          "ouders en jongeren. De meeste vragen gingen over de aanmelding in het vo, over het OPP en over thuiszitten. In "
          "veertien gevallen heeft het steunpunt bemiddeld tussen ouders en school. De ouderpagina op de website werd ruim "
          "9.000 keer bezocht; de twee ouderavonden trokken samen 180 bezoekers."),
        H1("4 Governance en medezeggenschap"),
        P("De stichting wordt bestuurd door een directeur-bestuurder. De raad van toezicht kwam in 2025 zes keer bijeen en "
          "besprak onder meer de evaluatie van het ondersteuningsplan, de begroting 2026, de reservepositie en de "
          "zelfevaluatie van de raad. De auditcommissie vergaderde drie keer, waarvan één keer met de accountant."),
        P("De ondersteuningsplanraad vergaderde vijf keer. De OPR gaf positief advies op de begroting 2026 en besprak in drie "
          "vergaderingen het concept van het nieuwe ondersteuningsplan. Op 7 april 2026 – na afloop van het verslagjaar – "
          "stemde de OPR in met het ondersteuningsplan 2026-2030."),
        H1("5 Personeel"),
        P("Op 31 december 2025 had het samenwerkingsverband 21 medewerkers in dienst (15,4 fte), van wie 8,1 fte bij het "
          "OPDC. Het ziekteverzuim bedroeg 4,9 procent (2024: 6,2 procent). Er zijn drie nieuwe medewerkers aangenomen; twee "
          "medewerkers zijn vertrokken. Alle medewerkers hadden een jaargesprek."),
        H1("6 Financieel verslag 2025"),
        T(["Staat van baten en lasten (x € 1.000)", "Realisatie 2025", "Begroting 2025", "Realisatie 2024"],
          ["Rijksbijdragen", "14.806", "14.620", "14.390"],
          ["Overige baten", "212", "150", "187"],
          ["Totaal baten", "15.018", "14.770", "14.577"],
          ["Doorbetaling lwoo en pro", "8.402", "8.390", "8.215"],
          ["Schoolbudgetten", "2.105", "2.100", "2.060"],
          ["Arrangementen", "1.284", "1.350", "1.198"],
          ["OPDC en rebound", "2.198", "2.150", "2.087"],
          ["Personeel bureau", "912", "940", "881"],
          ["Overige lasten", "315", "300", "296"],
          ["Totaal lasten", "15.216", "15.230", "14.737"],
          ["Resultaat", "-198", "-460", "-160"]),
        P("Het resultaat over 2025 bedraagt € 198.000 negatief, € 262.000 minder negatief dan begroot. Het verschil wordt "
          "vooral veroorzaakt door hogere rijksbijdragen als gevolg van de indexering en door lagere uitgaven aan "
          "arrangementen. De algemene reserve bedroeg op 31 december 2025 € 1.840.000. De accountant heeft een goedkeurende "
          "controleverklaring afgegeven."),
        H1("7 Continuïteitsparagraaf"),
        P("De verwachte leerlingaantallen dalen tot 2028 met gemiddeld 1 procent per jaar. De begroting 2026 is sluitend "
          "gemaakt met een beperkte inzet van de reserve. Het grootste risico is een verdere stijging van het aantal "
          "leerlingen in het vso en daarmee van de afdracht. De solvabiliteit bedroeg 0,71 en de liquiditeit 2,4."),
        H1("8 Vooruitblik 2026"),
        P("Per 1 augustus 2026 treedt het nieuwe ondersteuningsplan 2026-2030 in werking. In 2026 richten wij ons op de "
          "invoering van het nieuwe verdeelmodel, de uitbreiding van de onderwijs-zorgklas en de digitalisering van de "
          "toelaatbaarheidsprocedure. Over de uitvoering van het nieuwe plan leggen wij vanaf het jaarverslag 2026 "
          "verantwoording af."),
    ]


# ==============================================================================================
DOCS = [
    # (filename, builder, format, render kwargs)
    ("vo-zuidrand.docx", plan_a, "docx",
     dict(header="Ondersteuningsplan 2026-2030 | Samenwerkingsverband VO Zuidrand", footer="SWV VO Zuidrand – VO 29-04")),
    ("vo-maas-en-heide.docx", plan_b, "docx",
     dict(header="Samen sterk voor elke leerling – ondersteuningsplan op hoofdlijnen", font="Arial", size=10)),
    ("vo-kust-en-polder.pdf", plan_c, "pdf",
     dict(header="Ondersteuningsplan SWV VO Kust & Polder 2026-2030", footer="Basisondersteuning · Toelaatbaarheid · Geld en middelen · Ouders", font="Liberation Sans", size=10)),
    ("po-lingedal.pdf", plan_d, "pdf",
     dict(header="SWV PPO Lingedal-West · Ondersteuningsplan 2026-2030", font="Liberation Serif", size=11)),
    ("vo-hoogland-vaart-concept.md", plan_e, "md", {}),
    ("np-vo-jaarverslag-2025.docx", not_plan_jaarverslag, "docx",
     dict(header="Jaarverslag 2025 – SWV VO Westerduin")),
]


def main():
    only = set(sys.argv[1:])
    for name, builder, fmt, kw in DOCS:
        if only and name not in only:
            continue
        blocks = builder()
        path = os.path.join(OUT, name)
        if fmt == "docx":
            render_docx(blocks, path, **kw)
        elif fmt == "pdf":
            render_pdf(blocks, path, **kw)
        elif fmt == "md":
            render_md(blocks, path)
        print(f"{name}: {words(blocks)} words")


if __name__ == "__main__":
    main()
