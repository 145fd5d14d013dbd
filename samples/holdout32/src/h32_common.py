"""Shared document model, renderers and neutral filler text for the holdout32 sample set.

Everything here is deterministic: no randomness, no network, fixed document metadata.
"""
import datetime
import html
import os
import re
import shutil
import subprocess
import tempfile
import zipfile

from docx import Document
from docx.enum.text import WD_BREAK
from docx.shared import Pt

FIXED_DATE = datetime.datetime(2026, 3, 2, 9, 0, 0)


class Doc:
    """A simple block list: ('title', lines) ('h1', t) ('h2', t) ('h3', t) ('p', t) ('ul', [..])
    ('ol', [..]) ('table', rows) ('toc', [..]) ('pb', None)."""

    def __init__(self, title, header, footer):
        self.title = title
        self.header = header
        self.footer = footer
        self.blocks = []

    def titlepage(self, *lines):
        self.blocks.append(("title", list(lines)))
        self.blocks.append(("pb", None))

    def h1(self, t):
        self.blocks.append(("h1", t))

    def h2(self, t):
        self.blocks.append(("h2", t))

    def h3(self, t):
        self.blocks.append(("h3", t))

    def p(self, *ts):
        for t in ts:
            self.blocks.append(("p", t))

    def ul(self, items):
        self.blocks.append(("ul", list(items)))

    def ol(self, items):
        self.blocks.append(("ol", list(items)))

    def table(self, rows):
        self.blocks.append(("table", [list(r) for r in rows]))

    def toc(self, entries):
        self.blocks.append(("toc", list(entries)))

    def pb(self):
        self.blocks.append(("pb", None))

    def extend(self, fn, *a, **kw):
        fn(self, *a, **kw)

    # ------------------------------------------------------------------ stats
    def text(self):
        out = []
        for kind, val in self.blocks:
            if kind in ("h1", "h2", "h3", "p"):
                out.append(val)
            elif kind in ("ul", "ol", "toc", "title"):
                out.extend(val)
            elif kind == "table":
                for r in val:
                    out.extend(r)
        return "\n".join(out)

    def words(self):
        return len(re.findall(r"\w+", self.text()))

    # ------------------------------------------------------------------ docx
    def to_docx(self, path):
        d = Document()
        st = d.styles["Normal"]
        st.font.name = "Calibri"
        st.font.size = Pt(10.5)
        cp = d.core_properties
        cp.author = "Bureau samenwerkingsverband"
        cp.title = self.title
        cp.created = FIXED_DATE
        cp.modified = FIXED_DATE
        cp.last_modified_by = "Bureau samenwerkingsverband"
        cp.revision = 1
        sec = d.sections[0]
        sec.header.paragraphs[0].text = self.header
        sec.footer.paragraphs[0].text = self.footer
        for kind, val in self.blocks:
            if kind == "title":
                for i, line in enumerate(val):
                    para = d.add_paragraph()
                    run = para.add_run(line)
                    run.bold = i == 0
                    run.font.size = Pt(24 if i == 0 else 13)
            elif kind == "pb":
                d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
            elif kind == "h1":
                d.add_heading(val, level=1)
            elif kind == "h2":
                d.add_heading(val, level=2)
            elif kind == "h3":
                d.add_heading(val, level=3)
            elif kind == "p":
                d.add_paragraph(val)
            elif kind == "ul":
                for it in val:
                    d.add_paragraph(it, style="List Bullet")
            elif kind == "ol":
                # explicit numbers: Word's shared 'List Number' numbering would continue across lists
                for i, it in enumerate(val, 1):
                    para = d.add_paragraph(f"{i}. {it}")
                    para.paragraph_format.left_indent = Pt(18)
            elif kind == "toc":
                d.add_heading("Inhoudsopgave", level=1)
                for it in val:
                    d.add_paragraph(it)
            elif kind == "table":
                ncol = max(len(r) for r in val)
                t = d.add_table(rows=len(val), cols=ncol)
                t.style = "Table Grid"
                for i, r in enumerate(val):
                    for j in range(ncol):
                        cell = t.cell(i, j)
                        cell.text = r[j] if j < len(r) else ""
                        if i == 0:
                            for run in cell.paragraphs[0].runs:
                                run.bold = True
                d.add_paragraph()
        d.save(path)
        _normalize_zip(path)

    # ------------------------------------------------------------------ html
    def to_html(self, path, lang="nl"):
        e = html.escape
        out = ["<!DOCTYPE html>", f'<html lang="{lang}">', "<head>", '<meta charset="utf-8">',
               f"<title>{e(self.title)}</title>",
               "<style>body{font-family:sans-serif;max-width:60em;margin:auto}"
               "table{border-collapse:collapse}td,th{border:1px solid #999;padding:3px 6px}</style>",
               "</head>", "<body>", f'<header class="site-header"><p>{e(self.header)}</p></header>']
        h_id = 0
        for kind, val in self.blocks:
            if kind == "title":
                out.append('<section class="cover">')
                out.append(f"<h1>{e(val[0])}</h1>")
                for line in val[1:]:
                    out.append(f'<p class="subtitle">{e(line)}</p>')
                out.append("</section>")
            elif kind == "pb":
                continue
            elif kind in ("h1", "h2", "h3"):
                h_id += 1
                lvl = {"h1": 2, "h2": 3, "h3": 4}[kind]
                out.append(f'<h{lvl} id="s{h_id}">{e(val)}</h{lvl}>')
            elif kind == "p":
                out.append(f"<p>{e(val)}</p>")
            elif kind in ("ul", "ol"):
                out.append(f"<{kind}>" + "".join(f"<li>{e(i)}</li>" for i in val) + f"</{kind}>")
            elif kind == "toc":
                out.append('<nav class="toc"><h2>Inhoud</h2><ul>' +
                           "".join(f"<li>{e(i)}</li>" for i in val) + "</ul></nav>")
            elif kind == "table":
                rows = [("<tr>" + "".join(f"<th>{e(c)}</th>" for c in val[0]) + "</tr>")]
                for r in val[1:]:
                    rows.append("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>")
                out.append("<table>" + "".join(rows) + "</table>")
        out.append(f'<footer class="site-footer"><p>{e(self.footer)}</p></footer>')
        out += ["</body>", "</html>"]
        with open(path, "w", encoding="utf-8") as fh:
            fh.write("\n".join(out) + "\n")


def _normalize_zip(path):
    """Rewrite a .docx zip with fixed entry timestamps so that output bytes are reproducible."""
    with zipfile.ZipFile(path) as zin:
        entries = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in entries:
            zi = zipfile.ZipInfo(name, date_time=(2026, 3, 2, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, data)


def docx_to_pdf(docx_path, out_dir):
    """Render a .docx to PDF with LibreOffice (headless) in a private profile dir."""
    with tempfile.TemporaryDirectory() as prof:
        subprocess.run(["soffice", f"-env:UserInstallation=file://{prof}", "--headless",
                        "--convert-to", "pdf", "--outdir", out_dir, docx_path],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
    pdf = os.path.join(out_dir, os.path.splitext(os.path.basename(docx_path))[0] + ".pdf")
    if not os.path.exists(pdf):
        raise RuntimeError("PDF conversion failed for " + docx_path)
    return pdf


def render_pdf_only(doc, out_dir, name):
    """Write doc as PDF only (the intermediate .docx is not kept)."""
    with tempfile.TemporaryDirectory() as tmp:
        dp = os.path.join(tmp, name + ".docx")
        doc.to_docx(dp)
        pdf = docx_to_pdf(dp, tmp)
        shutil.copy(pdf, os.path.join(out_dir, name + ".pdf"))


# ---------------------------------------------------------------------- neutral filler
# These sections are written so that they do not address any of the seven elements'
# criteria (core or advisory) unless a parameter explicitly switches that content on.

def governance(d, naam, kort, stichting_sinds, rvt_leden, besturen, num):
    d.h1(f"{num} Organisatie en governance")
    d.p(f"{naam} is een stichting die in {stichting_sinds} is opgericht door de schoolbesturen in de regio. "
        f"De stichting kent een scheiding tussen bestuur en intern toezicht. De directeur-bestuurder vormt het "
        f"bestuur in de zin van de statuten en is eindverantwoordelijk voor de uitvoering van de wettelijke taken. "
        f"De Raad van Toezicht ({rvt_leden} leden, waarvan twee onafhankelijk) houdt toezicht op het bestuur en "
        f"keurt de begroting, de jaarrekening en het bestuursverslag goed. De Algemene Ledenvergadering (ALV) "
        f"van {besturen} aangesloten schoolbesturen benoemt de leden van de Raad van Toezicht en stelt op voordracht "
        f"van de directeur-bestuurder de hoofdlijnen van beleid vast.")
    d.table([
        ["Orgaan", "Samenstelling", "Belangrijkste bevoegdheden", "Vergaderfrequentie"],
        ["Algemene Ledenvergadering", f"{besturen} bestuurders van aangesloten besturen",
         "statutenwijziging, benoeming RvT, hoofdlijnen beleid", "3x per jaar"],
        ["Raad van Toezicht", f"{rvt_leden} leden", "toezicht, goedkeuring begroting en jaarrekening, werkgever directeur-bestuurder", "5x per jaar"],
        ["Directeur-bestuurder", "1 persoon", "bestuur, uitvoering, vertegenwoordiging", "-"],
        ["Managementteam bureau", "directeur-bestuurder, 2 teamleiders, controller", "dagelijkse aansturing bureau", "wekelijks"],
        ["Directeurenoverleg", "afvaardiging van schoolleiders per regio", "advies over uitvoering en jaarplan", "6x per jaar"],
    ])
    d.p(f"De governancecode van de sector is leidend. Jaarlijks evalueert de Raad van Toezicht het eigen "
        f"functioneren, eens in de drie jaar onder externe begeleiding. Integriteit, transparantie en "
        f"horizontale verantwoording zijn de kernwaarden van het bestuursmodel van {kort}. De statuten bevatten "
        f"een geschillenregeling voor geschillen tussen aangesloten besturen; die regeling is sinds de oprichting "
        f"niet ingeroepen.")
    d.p("Het bestuursbureau is gehuisvest in een kantoor dat wij delen met een andere stichting. De "
        "ondersteunende diensten (salarisadministratie, financiële administratie, ICT-beheer) zijn uitbesteed "
        "aan een administratiekantoor onder een dienstverleningsovereenkomst die elke drie jaar wordt geëvalueerd.")


def personeel(d, kort, fte_rows, num):
    d.h1(f"{num} Personeel en professionalisering")
    d.p(f"De medewerkers van {kort} zijn de verbinding tussen de scholen en het samenwerkingsverband. Het "
        f"bestuursbureau is bewust klein gehouden. Onze medewerkers zijn in dienst van de stichting of worden "
        f"gedetacheerd vanuit een aangesloten bestuur. Wij kiezen voor een mengvorm: vaste kern in dienst, "
        f"flexibele schil via detachering.")
    d.table([["Functie", "fte 2025", "fte 2026 (begroot)"]] + fte_rows)
    d.p("Professionalisering richt zich op drie lijnen: vakmanschap van de eigen medewerkers (registratie "
        "NIP/NVO, intervisie, casuïstiekbespreking), kennisdeling tussen scholen (leernetwerken, "
        "werkplaatsen) en leiderschap (leergang voor schoolleiders). Voor eigen medewerkers is per fte een "
        "scholingsbudget beschikbaar conform de cao. Het verzuim onder medewerkers van het bureau lag in 2025 "
        "onder het sectorgemiddelde; werkdruk is een vast agendapunt in de gesprekscyclus.")
    d.ul([
        "gesprekscyclus: startgesprek, functioneringsgesprek, beoordelingsgesprek (driejaarlijks)",
        "intervisie orthopedagogen: 6 bijeenkomsten per jaar",
        "studiedag voor alle medewerkers in oktober",
        "inwerkprogramma nieuwe medewerkers: 3 maanden met maatje",
        "leergang 'ondersteuning in de klas' voor leraren, in samenwerking met de pabo/lerarenopleiding",
    ])


def ict_privacy(d, kort, num, systems):
    d.h1(f"{num} ICT, informatiebeveiliging en privacy")
    d.p(f"{kort} verwerkt persoonsgegevens van leerlingen wanneer dat nodig is voor de wettelijke taken. "
        "Wij houden ons aan de Algemene verordening gegevensbescherming (AVG). Er is een functionaris "
        "gegevensbescherming (FG) aangesteld die wij delen met twee andere samenwerkingsverbanden. Het "
        "verwerkingsregister wordt jaarlijks bijgewerkt. Met alle leveranciers zijn verwerkersovereenkomsten "
        "gesloten volgens het model van het Privacyconvenant onderwijs.")
    d.table([["Systeem", "Doel", "Toegang", "Bewaartermijn"]] + systems)
    d.p("Informatiebeveiliging volgt het normenkader van de sector. Medewerkers volgen jaarlijks een "
        "e-learning over phishing en veilig werken. Datalekken worden binnen 72 uur gemeld aan de Autoriteit "
        "Persoonsgegevens als dat nodig is; in 2025 is één incident geregistreerd (een verkeerd geadresseerde "
        "e-mail), dat niet meldingsplichtig was. Multifactorauthenticatie is voor alle systemen ingevoerd.")
    d.ul([
        "laptops versleuteld en centraal beheerd",
        "geen dossiers via gewone e-mail; alleen via beveiligde omgeving",
        "jaarlijkse audit door externe partij",
        "privacyverklaring op de website, laatst herzien in 2025",
    ])


def planning(d, num, rows, intro):
    d.h1(f"{num} Planning en jaarcyclus")
    d.p(intro)
    d.table([["Periode", "Activiteit", "Verantwoordelijk"]] + rows)
    d.p("De planning is indicatief. Wijzigingen worden in het jaarplan opgenomen en met het directeurenoverleg "
        "besproken. Waar een wijziging de inhoud van dit plan raakt, vragen wij opnieuw instemming van de "
        "ondersteuningsplanraad.")


def totstandkoming(d, num, rows, tekst):
    d.h1(f"{num} Totstandkoming van dit plan")
    d.p(tekst)
    d.table([["Datum", "Stap"]] + rows)


def ict_systems_default():
    return [
        ["Leerlingadministratie SWV", "registratie aanvragen en besluiten", "medewerkers loket", "3 jaar na besluit"],
        ["Beveiligde uitwisselomgeving", "uitwisselen dossiers met scholen", "scholen, loket", "tot afronding aanvraag"],
        ["Financieel pakket", "administratie", "controller, administratiekantoor", "7 jaar (fiscale termijn)"],
        ["Office-omgeving", "samenwerken, e-mail", "alle medewerkers", "volgens archiefbeleid"],
    ]


def wettelijk_kader(d, num, sector, kort):
    d.h1(f"{num} Wettelijk kader en leeswijzer")
    art = "artikel 18a van de Wet op het primair onderwijs" if sector == "po" else \
        "artikel 17a van de Wet op het voortgezet onderwijs (thans artikel 2.47 e.v. WVO 2020)"
    d.p(f"Ieder samenwerkingsverband stelt ten minste eens in de vier jaar een ondersteuningsplan vast. De wet "
        f"({art}) noemt de onderwerpen die het plan in elk geval moet bevatten. Wij sommen ze hier op als "
        f"leeswijzer; in de hoofdstukken van dit plan leest u wat {kort} er per onderwerp over afspreekt of "
        f"waar dat nog niet het geval is.")
    d.ul([
        "de wijze waarop een samenhangend geheel van ondersteuningsvoorzieningen wordt gerealiseerd, inclusief de basisondersteuning op alle vestigingen",
        "de procedure en criteria voor de verdeling, besteding en toewijzing van ondersteuningsmiddelen, mede in het licht van een meerjarenbegroting",
        "de procedure en criteria voor toelaatbaarheid tot het " + ("sbo en so" if sector == "po" else "vso, en de procedure voor lwoo en pro"),
        "de procedure en het beleid voor terugplaatsing of overplaatsing na afloop van de toelaatbaarheidsverklaring",
        "de beoogde en bereikte resultaten en de daaraan gekoppelde bekostiging",
        "de wijze waarop ouders worden geïnformeerd over de ondersteuningsvoorzieningen en over onafhankelijke ondersteuningsmogelijkheden",
    ])
    d.p("Het plan wordt niet vastgesteld dan nadat op overeenstemming gericht overleg met de gemeenten is gevoerd "
        "en de ondersteuningsplanraad heeft ingestemd. Het plan wordt vóór 1 mei toegezonden aan de inspectie.")


def landelijke_ontwikkelingen(d, num, reserves=True, ojsp=True):
    d.h1(f"{num} Landelijke ontwikkelingen")
    d.p("Passend onderwijs is sinds de invoering in 2014 meermaals geëvalueerd. Na de eindevaluatie van 2020 is "
        "de Verbeteraanpak passend onderwijs gestart, met maatregelen op het gebied van de toegankelijkheid van "
        "het onderwijs, de positie van leraren en de sturing en verantwoording binnen het stelsel. Voor "
        "samenwerkingsverbanden betekent dit onder meer meer aandacht voor transparantie en voor de dialoog met "
        "de medezeggenschap.")
    if reserves:
        d.p("Een van de maatregelen betrof de afbouw van bovenmatige reserves bij samenwerkingsverbanden. Dit "
            "samenwerkingsverband heeft in de vorige planperiode gerapporteerd over de ontwikkeling van de eigen "
            "reserve en valt niet (meer) onder de signaleringswaarde voor bovenmatige reserves.")
    if ojsp:
        d.p("De Wet versterking positie ouders en leerlingen in het passend onderwijs introduceert het hoorrecht "
            "voor leerlingen, verplaatst de beschrijving van de ondersteuning naar de schoolgids en verplicht "
            "samenwerkingsverbanden tot een ouder- en jeugdsteunpunt.")
    d.p("Daarnaast heeft het kabinet een landelijke norm voor basisondersteuning aangekondigd. Wij volgen deze "
        "ontwikkelingen via de sectorraden en passen onze werkwijze aan zodra wet- en regelgeving dat vraagt. "
        "Ook het lerarentekort, de krapte in de jeugdzorg en de toename van complexe vragen van kinderen en "
        "jongeren kleuren de context waarin dit plan wordt uitgevoerd. Wij houden daarom ruimte voor bijstelling "
        "via de jaarlijkse voortgangsparagraaf.")


def kennisdeling(d, num, kort):
    d.h1(f"{num} Kennisdeling en netwerken")
    d.p(f"{kort} is ervan overtuigd dat de meeste kennis al in de scholen aanwezig is. Onze rol is die kennis "
        "zichtbaar en bereikbaar te maken. Daarvoor organiseren wij netwerken, werkplaatsen en een jaarlijkse "
        "conferentie. Het netwerk van intern begeleiders of ondersteuningscoördinatoren is het kloppend hart: "
        "daar worden casussen besproken, nieuwe werkwijzen uitgeprobeerd en ervaringen gedeeld.")
    d.table([
        ["Netwerk", "Deelnemers", "Frequentie", "Thema's 2026-2027"],
        ["netwerk IB/ondersteuningscoördinatoren", "alle scholen", "5x per jaar", "gesprekken met kinderen, executieve functies"],
        ["werkplaats gedrag", "gedragsspecialisten", "4x per jaar", "de-escalatie, samenwerking met jeugdhulp"],
        ["leerkring schoolleiders", "directeuren", "3x per jaar", "leiderschap in passend onderwijs"],
        ["conferentie", "alle medewerkers", "1x per jaar", "wisselend, in overleg met de scholen"],
    ])
    d.p("Kennisdeling gebeurt ook digitaal. Op het besloten deel van onze website staan handreikingen, "
        "voorbeelddocumenten en opnames van webinars. Scholen kunnen elkaar vinden via een expertiseoverzicht "
        "waarin staat welke school ervaring heeft met welk thema. Wij evalueren de netwerken jaarlijks met de "
        "deelnemers en passen het programma aan op hun wensen.")


def bureau_huisvesting(d, num, kort, plaats):
    d.h1(f"{num} Bureau en huisvesting")
    d.p(f"Het bureau van {kort} is gevestigd in {plaats}. Medewerkers werken voor een groot deel op de scholen en "
        "zijn daarnaast op vaste dagen op kantoor. Het kantoor beschikt over spreekkamers voor gesprekken en een "
        "vergaderruimte die ook door de ondersteuningsplanraad wordt gebruikt. De huurovereenkomst loopt tot "
        "2028. In 2027 onderzoeken wij of een gezamenlijke huisvesting met een ander samenwerkingsverband of een "
        "schoolbestuur mogelijk is. Duurzaamheid is daarbij een criterium: het huidige gebouw heeft energielabel "
        "C. Medewerkers reizen zoveel mogelijk met het openbaar vervoer of de fiets; voor de eilanden en de "
        "buitengebieden is een deelauto beschikbaar.")
