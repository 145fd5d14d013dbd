#!/usr/bin/env python3
"""Build the holdout80 test set: five fictional ondersteuningsplannen of samenwerkingsverbanden
passend onderwijs (four PO, one VO) and one near-miss document (a school-level ondersteuningsplan).

All organisations, schools, municipalities, people and figures are fictional.
Deterministic, no network. Output goes to the folder above this script's folder.
PDF documents are rendered from a generated .docx with LibreOffice (soffice --headless).

Usage: python3 src/make_holdout80.py
"""
import html
import shutil
import subprocess
import sys
import tempfile
import zipfile
from datetime import datetime
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

OUT = Path(__file__).resolve().parent.parent
FIXED_DT = datetime(2026, 3, 1, 12, 0, 0)

# ---------------------------------------------------------------------------------------------
# block helpers: a document is a list of blocks
# ---------------------------------------------------------------------------------------------


def T(*lines):
    return ("title", list(lines))


def TOC(*lines):
    return ("toc", list(lines))


def H1(t):
    return ("h1", t)


def H2(t):
    return ("h2", t)


def H3(t):
    return ("h3", t)


def P(t):
    return ("p", t)


def UL(*items):
    return ("ul", list(items))


def OL(*items):
    return ("ol", list(items))


def TAB(*rows):
    return ("table", [list(r) for r in rows])


def BR():
    return ("pagebreak", None)


# ---------------------------------------------------------------------------------------------
# renderers
# ---------------------------------------------------------------------------------------------


def _normalise_zip(path: Path):
    """Rewrite a .docx with fixed zip timestamps so repeated runs give identical bytes."""
    with zipfile.ZipFile(path) as zin:
        items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    tmp = path.with_suffix(".tmp")
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2026, 3, 1, 12, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, data)
    tmp.replace(path)


def render_docx(blocks, path: Path, header_text="", footer_text="", author="Samenwerkingsverband"):
    doc = Document()
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.revision = 1
    cp.title = header_text
    style = doc.styles["Normal"]
    style.font.name = "Calibri"
    style.font.size = Pt(10.5)
    sec = doc.sections[0]
    if header_text:
        sec.header.paragraphs[0].text = header_text
    if footer_text:
        sec.footer.paragraphs[0].text = footer_text
    for kind, val in blocks:
        if kind == "title":
            for i, line in enumerate(val):
                para = doc.add_paragraph()
                para.alignment = WD_ALIGN_PARAGRAPH.CENTER
                run = para.add_run(line)
                run.bold = i < 2
                run.font.size = Pt(24 if i == 0 else (16 if i == 1 else 11))
            doc.add_page_break()
        elif kind == "toc":
            para = doc.add_paragraph()
            run = para.add_run(val[0])
            run.bold = True
            run.font.size = Pt(14)
            for line in val[1:]:
                doc.add_paragraph(line)
            doc.add_page_break()
        elif kind == "h1":
            doc.add_heading(val, level=1)
        elif kind == "h2":
            doc.add_heading(val, level=2)
        elif kind == "h3":
            doc.add_heading(val, level=3)
        elif kind == "p":
            doc.add_paragraph(val)
        elif kind == "ul":
            for it in val:
                doc.add_paragraph(it, style="List Bullet")
        elif kind == "ol":
            for it in val:
                doc.add_paragraph(it, style="List Number")
        elif kind == "table":
            ncols = max(len(r) for r in val)
            tbl = doc.add_table(rows=len(val), cols=ncols)
            tbl.style = "Table Grid"
            for ri, row in enumerate(val):
                for ci in range(ncols):
                    cell = tbl.cell(ri, ci)
                    cell.text = row[ci] if ci < len(row) else ""
                    if ri == 0:
                        for r in cell.paragraphs[0].runs:
                            r.bold = True
            doc.add_paragraph("")
        elif kind == "pagebreak":
            doc.add_page_break()
        else:
            raise ValueError(kind)
    doc.save(str(path))
    _normalise_zip(path)


def render_pdf(blocks, path: Path, **kw):
    with tempfile.TemporaryDirectory() as td:
        src = Path(td) / (path.stem + ".docx")
        render_docx(blocks, src, **kw)
        cmd = ["soffice", "--headless", f"-env:UserInstallation=file://{td}/lo_profile",
               "--convert-to", "pdf", "--outdir", td, str(src)]
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
        shutil.copyfile(Path(td) / (path.stem + ".pdf"), path)


def render_html(blocks, path: Path, site_name="", nav=None, footer_text=""):
    e = html.escape
    out = ["<!DOCTYPE html>", '<html lang="nl">', "<head>", '<meta charset="utf-8">',
           f"<title>{e(site_name)}</title>",
           "<style>body{font-family:Arial,sans-serif;max-width:900px;margin:auto;line-height:1.5}"
           "nav{background:#eef;padding:8px}table{border-collapse:collapse}td,th{border:1px solid #999;padding:4px}"
           "</style>", "</head>", "<body>",
           f'<header><p class="site">{e(site_name)}</p></header>']
    if nav:
        out.append('<nav aria-label="Hoofdmenu"><ul>')
        for label, href in nav:
            out.append(f'<li><a href="{e(href)}">{e(label)}</a></li>')
        out.append("</ul></nav>")
    out.append("<main>")
    sec_id = 0
    for kind, val in blocks:
        if kind == "title":
            out.append(f"<h1>{e(val[0])}</h1>")
            for line in val[1:]:
                out.append(f'<p class="subtitle">{e(line)}</p>')
        elif kind == "toc":
            out.append(f'<aside class="toc"><p><strong>{e(val[0])}</strong></p><ol>')
            for line in val[1:]:
                out.append(f"<li>{e(line)}</li>")
            out.append("</ol></aside>")
        elif kind == "h1":
            sec_id += 1
            out.append(f'<h2 id="h{sec_id}">{e(val)}</h2>')
        elif kind == "h2":
            out.append(f"<h3>{e(val)}</h3>")
        elif kind == "h3":
            out.append(f"<h4>{e(val)}</h4>")
        elif kind == "p":
            out.append(f"<p>{e(val)}</p>")
        elif kind in ("ul", "ol"):
            tag = "ul" if kind == "ul" else "ol"
            out.append(f"<{tag}>" + "".join(f"<li>{e(i)}</li>" for i in val) + f"</{tag}>")
        elif kind == "table":
            out.append("<table>")
            for ri, row in enumerate(val):
                c = "th" if ri == 0 else "td"
                out.append("<tr>" + "".join(f"<{c}>{e(x)}</{c}>" for x in row) + "</tr>")
            out.append("</table>")
        elif kind == "pagebreak":
            pass
    out.append("</main>")
    if footer_text:
        out.append(f"<footer><p>{e(footer_text)}</p></footer>")
    out.append("</body></html>")
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


def word_count(blocks):
    n = 0
    for kind, val in blocks:
        if isinstance(val, str):
            n += len(val.split())
        elif isinstance(val, list):
            for x in val:
                if isinstance(x, list):
                    n += sum(len(c.split()) for c in x)
                else:
                    n += len(x.split())
    return n


def write_label(name, text):
    (OUT / name).write_text(text.lstrip("\n"), encoding="utf-8")


# =============================================================================================
# Plan A - PO, large classic plan (.docx). SWV Passend Primair Onderwijs Lindeveld.
# =============================================================================================


def plan_a():
    return [
        T("Ondersteuningsplan 2026-2030",
          "Samenwerkingsverband Passend Primair Onderwijs Lindeveld",
          "Elk kind een passende plek, zo dichtbij huis als het kan",
          "Vastgesteld door het bestuur op 24 maart 2026, na instemming van de ondersteuningsplanraad op 11 maart 2026",
          "Planperiode: 1 augustus 2026 tot en met 31 juli 2030"),
        TOC("Inhoudsopgave",
            "1 Voorwoord",
            "2 Inleiding en wettelijk kader",
            "3 Terugblik op de planperiode 2022-2026",
            "4 Visie, missie en ambities",
            "5 Het verband in cijfers",
            "6 Basisondersteuning",
            "7 Ondersteuningscontinuüm en dekkend netwerk",
            "8 Toelaatbaarheid tot SBO en SO",
            "9 Na het speciaal (basis)onderwijs",
            "10 Samenwerking met gemeenten en jeugdhulp",
            "11 Ouders als partners",
            "11.3 Ouder- en jeugdsteunpunt",
            "12 Communicatie",
            "13 Kwaliteitszorg en resultaten",
            "14 Personeel en professionalisering",
            "15 Organisatie, governance en medezeggenschap",
            "16 Financiën en meerjarenbegroting",
            "17 ICT, privacy en gegevensverwerking",
            "18 Planning en totstandkoming",
            "Bijlage 1 Begrippenlijst",
            "Bijlage 2 Afkortingen"),
        H1("1 Voorwoord"),
        P("Voor u ligt het derde ondersteuningsplan van het Samenwerkingsverband Passend Primair Onderwijs "
          "Lindeveld. Het plan beschrijft hoe de negen schoolbesturen in de gemeenten Lindeveld, Haverdam, "
          "Sint-Aldegonde en Westerzijl de komende vier jaar samen zorgen voor passend onderwijs voor alle "
          "kinderen in de basisschoolleeftijd. Het is een plan van en voor de scholen, maar ook een plan waarin "
          "ouders, gemeenten en partners uit de jeugdhulp zich moeten kunnen herkennen."),
        P("De afgelopen jaren hebben we veel bereikt. Het aantal kinderen dat thuis zit zonder onderwijs is "
          "gedaald, de scholen werken steeds meer met arrangementen in de eigen klas en het aantal "
          "toelaatbaarheidsverklaringen voor het speciaal onderwijs is stabiel gebleven terwijl het landelijk "
          "steeg. Tegelijk zien we dat de druk op leerkrachten toeneemt, dat het lerarentekort ook in onze regio "
          "voelbaar is en dat de middelen niet onbeperkt zijn. Keuzes maken is daarom onvermijdelijk."),
        P("Dit plan is tot stand gekomen in een intensief traject met schoolleiders, intern begeleiders, "
          "bestuurders, de ondersteuningsplanraad en de vier gemeenten. Graag bedank ik iedereen die heeft "
          "meegedacht in de werkgroepen, de klankbordbijeenkomsten en de ouderpanels. Uw inbreng is zichtbaar in "
          "elk hoofdstuk. Wij kijken ernaar uit om de komende vier jaar met u aan de slag te gaan."),
        P("Marieke van Oosten, directeur-bestuurder"),
        H1("2 Inleiding en wettelijk kader"),
        H2("2.1 Waarom een ondersteuningsplan"),
        P("Ieder samenwerkingsverband stelt ten minste eens in de vier jaar een ondersteuningsplan vast. Artikel "
          "18a van de Wet op het primair onderwijs schrijft voor welke onderwerpen het plan in elk geval bevat: "
          "de wijze waarop het verband een samenhangend geheel van ondersteuningsvoorzieningen realiseert, "
          "inclusief de basisondersteuning op alle scholen; de procedure en criteria voor de verdeling en "
          "besteding van de middelen; de procedure en criteria voor de toelaatbaarheid tot het speciaal "
          "basisonderwijs en het speciaal onderwijs; het beleid voor terugplaatsing; de beoogde en bereikte "
          "resultaten; en de manier waarop ouders worden geïnformeerd. In de hoofdstukken hierna geven wij aan "
          "hoe wij deze onderwerpen in Lindeveld hebben uitgewerkt."),
        H2("2.2 Leeswijzer"),
        P("Hoofdstuk 3 blikt terug op de vorige planperiode. Hoofdstuk 4 beschrijft onze visie en ambities en "
          "hoofdstuk 5 geeft de belangrijkste kengetallen. De hoofdstukken 6 tot en met 9 gaan over de "
          "ondersteuning zelf: van de basisondersteuning op iedere school tot het speciaal onderwijs en de weg "
          "terug. Hoofdstuk 10 gaat over de samenwerking met gemeenten en jeugdhulp. In de hoofdstukken 11 en 12 "
          "staan ouders en communicatie centraal. Hoofdstuk 13 beschrijft onze doelen en hoe wij die volgen. De "
          "hoofdstukken 14 tot en met 17 gaan over personeel, organisatie, geld en gegevens. Hoofdstuk 18 sluit "
          "af met de planning. Achterin vindt u een begrippenlijst en een lijst met afkortingen."),
        H2("2.3 Een plan dat meebeweegt"),
        P("Een ondersteuningsplan is geen statisch document. Landelijke ontwikkelingen zoals de Wet versterking "
          "positie ouders en leerlingen in het passend onderwijs en de discussie over een landelijke norm voor "
          "basisondersteuning kunnen ertoe leiden dat wij onderdelen tussentijds aanpassen. Wijzigingen leggen "
          "wij altijd ter instemming voor aan de ondersteuningsplanraad en bespreken wij met de gemeenten."),
        H1("3 Terugblik op de planperiode 2022-2026"),
        P("In het ondersteuningsplan 2022-2026 formuleerden wij vier ambities: meer ondersteuning in de eigen "
          "klas, minder thuiszitters, snellere toewijzing en een betere aansluiting tussen onderwijs en "
          "jeugdhulp. In het voorjaar van 2025 hebben wij deze periode geëvalueerd met een vragenlijst onder "
          "alle scholen, interviews met twaalf intern begeleiders, een ouderpanel en een analyse van onze "
          "registratiegegevens. De uitkomsten zijn besproken met het bestuur, de raad van toezicht en de OPR."),
        UL("Het deelnamepercentage SBO daalde van 2,4% (1 oktober 2021) naar 2,1% (1 oktober 2025); het "
           "deelnamepercentage SO bleef met 1,5% onder het landelijk gemiddelde.",
           "Het aantal langdurig thuiszittende leerlingen daalde van 14 in 2021-2022 naar 8 in 2024-2025.",
           "De gemiddelde doorlooptijd van een aanvraag voor een arrangement daalde van 7,5 naar 4,2 weken.",
           "In vier jaar keerden 23 leerlingen vanuit het SBO of SO terug naar een reguliere basisschool; 19 "
           "van hen zaten een jaar later nog steeds op die school.",
           "Van de ouders in het ouderpanel gaf 71% aan goed te weten bij wie zij terecht konden; dat is minder "
           "dan de ambitie van 80%."),
        P("Niet alles is gelukt. De samenwerking met de jeugdhulp is in twee van de vier gemeenten nog te "
          "afhankelijk van personen, en de ambitie om alle scholen te laten werken met één digitaal groeidocument "
          "is niet gehaald. Deze punten nemen wij mee in de nieuwe planperiode."),
        H1("4 Visie, missie en ambities"),
        H2("4.1 Visie"),
        P("Wij geloven dat ieder kind recht heeft op onderwijs dat past bij wat het nodig heeft, zo dicht "
          "mogelijk bij huis en samen met leeftijdgenoten uit de eigen buurt. Passend onderwijs begint in de "
          "klas, bij een leerkracht die het kind kent en die weet wat werkt. Scholen, ouders en partners "
          "werken daarbij als gelijkwaardige partners samen. Waar de mogelijkheden van de reguliere school "
          "ophouden, zorgen wij er samen voor dat er een passend alternatief is."),
        H2("4.2 Missie"),
        P("Het samenwerkingsverband ondersteunt de scholen bij het bieden van passend onderwijs, organiseert "
          "wat scholen niet alleen kunnen, verdeelt de middelen op een transparante manier en legt "
          "verantwoording af over wat daarmee bereikt wordt. Wij zijn een lerende organisatie die dicht bij de "
          "praktijk staat."),
        H2("4.3 Ambities voor 2030"),
        P("Voor de komende periode hebben wij vijf ambities geformuleerd. Ze zijn in hoofdstuk 13 vertaald in "
          "concrete doelen met indicatoren en streefwaarden."),
        OL("Elk kind krijgt de ondersteuning die het nodig heeft op de eigen school, tenzij het echt niet anders kan.",
           "Geen kind zit langer dan drie maanden thuis zonder passend aanbod.",
           "Leerkrachten voelen zich toegerust om met verschillen in de klas om te gaan.",
           "Onderwijs en jeugdhulp werken in iedere gemeente vanuit één plan rond het kind.",
           "Ouders weten waar zij terecht kunnen en voelen zich gehoord."),
        H1("5 Het verband in cijfers"),
        P("Onderstaande tabel geeft een beeld van het samenwerkingsverband op de teldatum 1 oktober 2025."),
        TAB(["Kengetal", "Aantal"],
            ["Aangesloten schoolbesturen", "9"],
            ["Basisscholen (vestigingen)", "64 (71)"],
            ["Scholen voor speciaal basisonderwijs", "3"],
            ["Scholen voor speciaal onderwijs (cluster 3 en 4)", "2"],
            ["Leerlingen basisonderwijs", "17.812"],
            ["Leerlingen SBO", "381"],
            ["Leerlingen SO (met TLV van Lindeveld)", "276"],
            ["Gemeenten in het werkgebied", "4"]),
        P("Het leerlingaantal in de regio daalt licht: de prognose voor 2030 is 17.100 leerlingen in het "
          "basisonderwijs. Dat heeft gevolgen voor de inkomsten van het verband en voor de spreiding van "
          "voorzieningen, waarop wij in hoofdstuk 16 terugkomen."),
        H1("6 Basisondersteuning"),
        H2("6.1 Wat wij onder basisondersteuning verstaan"),
        P("Basisondersteuning is in Lindeveld het afgesproken minimumniveau van ondersteuning dat elke "
          "basisschool, op elke vestiging, aan ieder kind biedt: binnen de eigen ondersteuningsstructuur, "
          "planmatig uitgevoerd, zonder aanvraag bij het samenwerkingsverband en zonder dat ouders daarvoor iets "
          "hoeven te regelen. De negen besturen hebben dit niveau samen vastgesteld als ondergrens. Scholen mogen "
          "meer bieden, geen enkele vestiging biedt minder. Wat een school daarboven aan extra ondersteuning "
          "biedt, staat in het schoolondersteuningsprofiel en vanaf 2026 in de schoolgids."),
        H2("6.2 Wat ouders op iedere school mogen verwachten"),
        P("De basisondersteuning bestaat uit twaalf standaarden. Iedere school in Lindeveld zorgt ervoor dat:"),
        OL("er een intern begeleider is met ten minste 0,4 fte per 200 leerlingen, die de ondersteuning in de school coördineert;",
           "de school handelingsgericht werkt: de leerkracht stelt twee keer per jaar per groep vast wat leerlingen nodig hebben en legt dat vast in een groepsoverzicht;",
           "het Protocol Leesproblemen en Dyslexie wordt gevolgd, inclusief signalering vanaf groep 2 en begeleiding bij vastgestelde dyslexie;",
           "het Protocol Ernstige Reken-Wiskundeproblemen en Dyscalculie wordt gevolgd;",
           "de school een sociaal-emotioneel volgsysteem en een bewezen effectief programma tegen pesten gebruikt;",
           "leerlingen die meer aankunnen een verrijkingsaanbod in de eigen groep krijgen (compacten en verrijken), met een plusgroep per school of per cluster van scholen;",
           "leerlingen met een taalachterstand of een andere thuistaal extra taalondersteuning krijgen volgens het NT2-stappenplan;",
           "een protocol medische handelingen aanwezig is en het personeel weet hoe te handelen bij medicatie en calamiteiten;",
           "er ten minste drie keer per jaar een ondersteuningsteam bijeenkomt met de intern begeleider, de schoolmaatschappelijk werker, de jeugdverpleegkundige en de consulent van het verband, waarbij ouders worden uitgenodigd als hun kind besproken wordt;",
           "voor iedere leerling die op een of meer vakken een eigen leerlijn volgt een ontwikkelingsperspectiefplan wordt opgesteld en twee keer per jaar met ouders wordt geëvalueerd;",
           "de school een aanpak heeft voor een rustige, voorspelbare leeromgeving (een prikkelarme werkplek en een vaste dagstructuur) voor leerlingen die dat nodig hebben;",
           "de overdracht naar het voortgezet onderwijs en bij een schoolwisseling warm verloopt, met een gesprek tussen de betrokken scholen."),
        H2("6.3 Hoe wij de basisondersteuning borgen"),
        P("Iedere school bespreekt jaarlijks met de consulent van het verband de kwaliteitskaart basisondersteuning. "
          "Eens in de twee jaar vindt een auditbezoek plaats door een duo van een intern begeleider van een andere "
          "school en een medewerker van het verband. Voldoet een school op een of meer standaarden niet, dan maakt "
          "het bestuur binnen drie maanden een verbeterplan. De directeur-bestuurder van het verband bespreekt de "
          "voortgang daarvan in het bestuurlijk overleg; het onderwerp staat ook op de agenda van het jaarlijkse "
          "gesprek met iedere bestuurder."),
        H1("7 Ondersteuningscontinuüm en dekkend netwerk"),
        H2("7.1 Van basis naar specialistisch"),
        P("Onze ondersteuning is georganiseerd als een doorlopende reeks van vijf niveaus. Niveau 1 en 2 vallen "
          "onder de basisondersteuning: de leerkracht stemt het onderwijs af (niveau 1) en de school zet met de "
          "intern begeleider en het ondersteuningsteam extra interventies in (niveau 2). Niveau 3 is extra "
          "ondersteuning op de eigen school in de vorm van een arrangement dat het verband toekent: een "
          "individueel arrangement (bijvoorbeeld extra begeleiding door een gedragsspecialist of een "
          "onderwijsassistent) of een groepsarrangement voor meerdere leerlingen. Niveau 4 zijn de "
          "bovenschoolse voorzieningen van het verband. Niveau 5 is het speciaal basisonderwijs en het speciaal "
          "onderwijs."),
        TAB(["Voorziening (niveau 4 en 5)", "Doelgroep", "Capaciteit"],
            ["Taalklas De Brug (Haverdam)", "nieuwkomers 6-12 jaar, eerste jaar in Nederland", "32 plaatsen"],
            ["Observatiegroep Het Kompas", "jonge kinderen 4-7 jaar met onduidelijke ondersteuningsvraag, maximaal 12 weken", "8 plaatsen"],
            ["Plusklas Lindeveld", "hoogbegaafde leerlingen groep 5-8, één dag per week", "60 plaatsen"],
            ["Onderwijs-zorggroep De Linde", "leerlingen met combinatie van onderwijs- en zorgbehoefte (OZA)", "10 plaatsen"],
            ["SBO De Wegwijzer, SBO Het Anker, SBO De Tweesprong", "leerlingen met TLV SBO", "circa 390"],
            ["SO De Horizon (cluster 4), SO De Zonnewijzer (cluster 3)", "leerlingen met TLV SO", "circa 280"]),
        H2("7.2 De route naar extra ondersteuning"),
        P("Heeft een leerling meer nodig dan de basisondersteuning, dan bespreekt de school de leerling in het "
          "ondersteuningsteam, samen met ouders. Daarna kan de school via het digitale loket een arrangement "
          "aanvragen. De consulent van het verband denkt mee, en de loketcommissie beslist binnen vier weken. "
          "Een arrangement heeft altijd doelen, een looptijd en een evaluatiemoment. Iedere school heeft een "
          "vaste consulent, zodat lijnen kort zijn."),
        H2("7.3 Dekkend netwerk, thuiszitters en zorgplicht"),
        P("Eens per jaar maken wij een netwerkanalyse: welke leerlingen hebben geen passende plek gevonden, waar "
          "ontstaan wachtlijsten en welke vragen kunnen wij met het huidige aanbod niet beantwoorden? In de "
          "analyse van 2025 kwamen twee witte vlekken naar voren: jonge kinderen met een combinatie van "
          "ontwikkelingsproblematiek en een zorgvraag, en leerlingen met ernstige angstklachten die de school "
          "niet meer durven te bezoeken. Voor de eerste groep start in augustus 2026 de onderwijs-zorggroep De "
          "Linde; voor de tweede groep ontwikkelen wij in 2026-2027 met de jeugdhulp een herstelarrangement met "
          "gedeeltelijk onderwijs op afstand."),
        P("Voor thuiszitters geldt: iedere melding komt binnen vijf werkdagen aan de thuiszitterstafel, waar "
          "leerplicht, jeugdhulp, school en consulent samen een plan maken met een casusregisseur. Lukt het niet "
          "binnen zes weken om de leerling weer onderwijs te laten volgen, dan schakelt de consulent de "
          "directeur-bestuurder in, die doorzettingsmacht heeft om een plek bij een school van een ander bestuur "
          "te regelen. De besturen hebben afgesproken dat de zorgplicht gezamenlijk wordt gedragen: geen school "
          "weigert een leerling zonder dat er een passende plek elders is aangeboden."),
        H1("8 Toelaatbaarheid tot SBO en SO"),
        H2("8.1 Wanneer is een TLV nodig"),
        P("Voor plaatsing op een school voor speciaal basisonderwijs of speciaal onderwijs (cluster 3 en 4) is "
          "een toelaatbaarheidsverklaring (TLV) van het samenwerkingsverband nodig. Voor cluster 1 en 2 gelden "
          "landelijke procedures van de instellingen zelf; die vallen buiten dit plan."),
        H2("8.2 De aanvraag stap voor stap"),
        OL("Het bevoegd gezag van de school waar de leerling staat ingeschreven (of, bij een nieuwe leerling, "
           "waar de leerling is aangemeld) dient de aanvraag in via het digitale loket. Het dossier bevat het "
           "groeidocument, het ontwikkelingsperspectiefplan, het verslag van het ondersteuningsteam en de "
           "zienswijze van de ouders.",
           "De consulent van het verband controleert binnen vijf werkdagen of het dossier volledig is en vraagt "
           "zo nodig aanvullende informatie op.",
           "Twee deskundigen brengen ieder afzonderlijk schriftelijk advies uit (zie 8.4).",
           "De Commissie Toelaatbaarheid, bestaande uit de directeur-bestuurder en twee onafhankelijke leden, "
           "neemt binnen zes weken na ontvangst van het volledige dossier een besluit.",
           "Ouders en school ontvangen het besluit schriftelijk, met een afschrift van de deskundigenadviezen."),
        H2("8.3 Criteria"),
        P("Een leerling is toelaatbaar tot het SBO wanneer aan alle volgende voorwaarden is voldaan:"),
        UL("de basisondersteuning en ten minste één arrangement op niveau 3 zijn gedurende minimaal zes maanden "
           "planmatig ingezet en geëvalueerd;",
           "de leerling heeft een ondersteuningsbehoefte op het gebied van leren en/of gedrag die vraagt om "
           "kleinere groepen, een aangepast tempo en een specialistisch pedagogisch klimaat;",
           "deze behoefte kan redelijkerwijs niet binnen de reguliere basisschool met een arrangement worden "
           "beantwoord, ook niet op een andere school in de buurt."),
        P("Een leerling is toelaatbaar tot het SO wanneer bovendien sprake is van een intensieve en langdurige "
          "ondersteuningsbehoefte die voortkomt uit een verstandelijke, lichamelijke of meervoudige beperking "
          "(cluster 3) of uit ernstige gedrags- of psychiatrische problematiek (cluster 4), waarbij onderwijs en "
          "zorg in samenhang nodig zijn en een SBO-plaatsing onvoldoende perspectief biedt."),
        H2("8.4 Deskundigenadvies"),
        P("Bij iedere aanvraag adviseren twee deskundigen: een orthopedagoog of GZ-psycholoog, en afhankelijk "
          "van de vraag een tweede deskundige, zoals een kinderarts, kinderpsychiater, maatschappelijk werker of "
          "jeugdarts. De deskundigen zijn niet betrokken geweest bij het opstellen van de aanvraag en brengen "
          "ieder een eigen, ondertekend advies uit."),
        H2("8.5 Geldigheidsduur en bekostigingscategorie"),
        P("Een TLV voor het SBO wordt afgegeven tot het einde van de basisschoolperiode van de leerling. Een TLV "
          "voor het SO geldt in de regel voor twee schooljaren en ten hoogste voor vier; wordt de verklaring in "
          "de loop van het schooljaar afgegeven, dan loopt zij tot 31 juli van het laatste schooljaar. Bij een "
          "TLV SO stelt de commissie de bekostigingscategorie vast: laag voor de meeste leerlingen in cluster 4 "
          "en ZML, midden voor leerlingen met een lichamelijke beperking of langdurige ziekte, hoog voor "
          "leerlingen met een meervoudige beperking."),
        H1("9 Na het speciaal (basis)onderwijs"),
        H2("9.1 Ons beleid: een plek in het speciaal onderwijs is geen eindstation"),
        P("Wij willen dat kinderen die in het SBO of SO zitten, terugkeren naar een reguliere basisschool "
          "wanneer hun ontwikkeling dat toelaat. Terugkeer is geen doel op zich: het moet passen bij de "
          "ondersteuningsbehoefte van het kind en er moet een school zijn die de ondersteuning kan bieden. Bij "
          "terugkeer krijgt de ontvangende school een terugkeerarrangement voor ten hoogste één schooljaar, "
          "bekostigd door het verband, waarmee onder meer ambulante begeleiding vanuit de S(B)O-school wordt "
          "ingezet. Ouders kunnen bij voorkeur kiezen voor een school in de eigen wijk."),
        H2("9.2 Zo verloopt het"),
        P("De S(B)O-school evalueert het ontwikkelingsperspectief van iedere leerling jaarlijks met ouders. In "
          "het laatste jaar van de TLV vindt uiterlijk 1 februari een multidisciplinair overleg plaats met de "
          "S(B)O-school, ouders en de consulent van het verband. De S(B)O-school doet daarin een onderbouwd "
          "voorstel: terugplaatsing naar het basisonderwijs, overplaatsing naar een andere vorm van speciaal "
          "onderwijs, of een aanvraag voor een nieuwe TLV. De Commissie Toelaatbaarheid beslist uiterlijk 1 april "
          "over een nieuwe TLV. Kiest het overleg voor terugplaatsing, dan regelt de consulent vóór 1 juni een "
          "ontvangende school en een overdrachtsgesprek. Na zes weken en na een half jaar evalueren school, "
          "ouders en consulent de terugkeer."),
        H2("9.3 Cijfers"),
        P("In de vorige planperiode keerden 23 leerlingen terug naar het basisonderwijs (gemiddeld bijna zes per "
          "jaar). Wij volgen dit aantal jaarlijks en rapporteren erover in het jaarverslag."),
        H1("10 Samenwerking met gemeenten en jeugdhulp"),
        P("De vier gemeenten en het verband hebben een gezamenlijke agenda, die twee keer per jaar in het "
          "op overeenstemming gericht overleg (OOGO) wordt besproken. Thema's zijn jeugdhulp in en om de school, "
          "leerlingenvervoer, onderwijshuisvesting voor de bovenschoolse voorzieningen en de aanpak van verzuim. "
          "In iedere school is een schoolmaatschappelijk werker beschikbaar, gefinancierd door de gemeente. Voor "
          "onderwijs-zorgarrangementen sluiten verband en gemeente per leerling een afspraak over de "
          "financiering van het zorgdeel; in 2025 ging het om 31 leerlingen."),
        P("Het OOGO over dit ondersteuningsplan vond plaats op 28 januari 2026. De gemeenten hebben ingestemd met "
          "de hoofdlijnen en gevraagd om in 2027 samen de aanpak van de herstelarrangementen te evalueren."),
        H1("11 Ouders als partners"),
        H2("11.1 Betrokkenheid"),
        P("Ouders kennen hun kind het best. Daarom betrekken scholen ouders vanaf het eerste signaal: bij de "
          "bespreking in het ondersteuningsteam, bij het opstellen van het ontwikkelingsperspectiefplan en bij "
          "een aanvraag voor een arrangement of TLV. Vanaf 2026 hebben kinderen met een ontwikkelingsperspectief "
          "ook zelf hoorrecht; scholen vragen hun mening op een manier die past bij hun leeftijd."),
        H2("11.2 Medezeggenschap"),
        P("In de ondersteuningsplanraad zitten zes ouders en zes personeelsleden, afgevaardigd vanuit de "
          "medezeggenschapsraden. De OPR heeft instemmingsrecht op dit plan en wordt vier keer per jaar "
          "bijgepraat over de uitvoering."),
        H2("11.3 Ouder- en jeugdsteunpunt"),
        P("De wet verplicht samenwerkingsverbanden om een ouder- en jeugdsteunpunt in te richten. In het "
          "schooljaar 2026-2027 verkennen wij samen met de gemeenten en met de verbanden in de omliggende regio's "
          "hoe zo'n steunpunt in Lindeveld het beste vorm kan krijgen. Het bestuur neemt daarover een besluit "
          "zodra de verkenning is afgerond; wij laten ouders dan weten waar zij terecht kunnen. Met vragen over de "
          "ondersteuning van hun kind kunnen ouders tot die tijd altijd terecht bij de leerkracht en de intern "
          "begeleider van de school."),
        H1("12 Communicatie"),
        P("Goede communicatie is een voorwaarde voor vertrouwen. Het verband communiceert met scholen via een "
          "tweewekelijkse nieuwsbrief en het besloten deel van de website. Voor ouders hebben wij de volgende "
          "kanalen:"),
        UL("De ouderpagina op www.passendonderwijs-lindeveld.nl beschrijft de basisondersteuning, de "
           "arrangementen, de bovenschoolse voorzieningen en de scholen voor SBO en SO, met per voorziening de "
           "doelgroep en hoe een kind daar terechtkomt.",
           "De brochure 'Passend onderwijs in Lindeveld' ligt op iedere school en is beschikbaar in het "
           "Nederlands, Engels, Pools, Arabisch en Oekraïens.",
           "Iedere school neemt in de schoolgids een paragraaf op over de basisondersteuning en de extra "
           "ondersteuning die de school biedt, met een verwijzing naar de ouderpagina.",
           "Twee keer per jaar organiseert het verband een informatieavond voor ouders, in het najaar in "
           "Haverdam en in het voorjaar in Westerzijl.",
           "Bij iedere aanvraag voor een arrangement ontvangen ouders de folder 'Extra ondersteuning voor uw "
           "kind' met uitleg over de stappen."),
        P("Richting scholen en besturen zet het verband in op een vast ritme: een jaarkalender met "
          "netwerkbijeenkomsten, een IB-netwerk per gemeente en een jaarlijkse studiedag."),
        H1("13 Kwaliteitszorg en resultaten"),
        H2("13.1 Beoogde resultaten"),
        P("Onze ambities uit hoofdstuk 4 hebben wij vertaald in doelen met een indicator, een nulmeting en een "
          "streefwaarde voor 2030."),
        TAB(["Doel", "Indicator", "Nulmeting 2025", "Streefwaarde 2030"],
            ["Meer leerlingen krijgen ondersteuning op de eigen school", "Deelnamepercentage SBO (1 oktober)", "2,1%", "1,8%"],
            ["Arrangementen zijn effectief", "Aandeel arrangementen waarvan de doelen bij evaluatie (grotendeels) zijn behaald", "68%", "80%"],
            ["Geen kind langdurig thuis", "Aantal leerlingen langer dan 3 maanden zonder passend aanbod", "8", "0"],
            ["Leerkrachten voelen zich toegerust", "Aandeel leerkrachten dat zich voldoende toegerust voelt (peiling)", "61%", "75%"],
            ["Ouders weten de weg", "Aandeel ouders dat weet waar zij terecht kunnen (ouderpanel)", "71%", "85%"]),
        H2("13.2 Hoe wij de resultaten volgen"),
        P("Wij werken volgens een vaste kwaliteitscyclus. Het verband verzamelt ieder kwartaal gegevens uit het "
          "loket, de leerlingtellingen van DUO en de thuiszittersregistratie. Twee keer per jaar bespreekt het "
          "bestuur een voortgangsrapportage met de stand van de indicatoren; de raad van toezicht en de OPR "
          "ontvangen die rapportage ook. Arrangementen worden per leerling geëvalueerd op de doelen; de uitkomsten "
          "worden per school en voor het verband als geheel geanalyseerd. In het voorjaar van 2028 laten wij een "
          "externe tussenevaluatie uitvoeren. Het jaarverslag beschrijft per doel wat is bereikt, wat dat heeft "
          "gekost en welke bijsturing nodig is."),
        H1("14 Personeel en professionalisering"),
        P("Het bureau van het verband bestaat uit 14,2 fte: de directeur-bestuurder, een beleidsmedewerker, "
          "een controller, zes consulenten, twee orthopedagogen, een medewerker loket en een secretariaat. De "
          "bovenschoolse voorzieningen hebben eigen personeel dat in dienst is van de besturen."),
        P("Professionalisering richt zich de komende jaren op drie thema's: omgaan met gedrag in de klas, "
          "handelingsgericht werken in het ondersteuningsteam en het voeren van goede gesprekken met ouders. "
          "Wij organiseren jaarlijks een leergang voor nieuwe intern begeleiders en faciliteren intervisie. "
          "Scholen kunnen voor teamscholing een beroep doen op de expertise van de SBO- en SO-scholen."),
        P("Het lerarentekort raakt ook de ondersteuning. Wij onderzoeken met de besturen hoe onderwijsassistenten "
          "en zij-instromers beter kunnen worden ingezet en begeleid, zonder dat de kwaliteit van de "
          "ondersteuning onder druk komt te staan."),
        H1("15 Organisatie, governance en medezeggenschap"),
        P("Het samenwerkingsverband is een stichting. Het bestuur bestaat uit een directeur-bestuurder; het "
          "intern toezicht ligt bij een raad van toezicht van vijf leden, van wie drie bestuurders van "
          "aangesloten besturen en twee onafhankelijke leden, onder wie de voorzitter. De algemene vergadering "
          "van besturen stelt de begroting en het ondersteuningsplan vast op voorstel van de directeur-bestuurder."),
        P("Naast de OPR heeft het verband een eigen medezeggenschapsraad voor het personeel van het bureau. De "
          "governancecode van de PO-Raad is van toepassing. Het toezichtkader, het bestuursreglement en de "
          "statuten zijn op de website gepubliceerd."),
        H1("16 Financiën en meerjarenbegroting"),
        H2("16.1 Inkomsten"),
        P("Het verband ontvangt van het Rijk een budget voor lichte en zware ondersteuning, berekend op basis van "
          "het aantal leerlingen. Van de zware ondersteuning houdt DUO de bekostiging van de leerlingen in het SO "
          "rechtstreeks in. Voor 2026 bedragen de totale baten naar verwachting € 11,4 miljoen."),
        H2("16.2 Verdeling van de middelen"),
        P("Wij verdelen de middelen volgens een schoolmodel met een beperkt deel voor gezamenlijke voorzieningen. "
          "De verdeling is als volgt:"),
        UL("Schoolbudget: ieder bestuur ontvangt € 165 per leerling, op basis van de leerlingtelling van 1 oktober "
           "van het voorgaande jaar, plus een vaste voet van € 7.500 per vestiging. Het bestuur zet dit in voor de "
           "basisondersteuning en de niveau 2-interventies.",
           "Arrangementen: voor niveau 3 is een budget beschikbaar dat de loketcommissie per aanvraag toekent, "
           "volgens een normbedrag van € 4.800 (individueel) of € 16.500 (groep) per schooljaar.",
           "Bovenschoolse voorzieningen: op basis van het aantal plaatsen en een normbedrag per plaats.",
           "Afdrachten: de bekostiging van SO-leerlingen (via DUO) en de groeibekostiging SBO en SO volgens de "
           "wettelijke peildatum van 1 februari."),
        P("Het bestuur stelt de normbedragen jaarlijks vast bij de begroting, na advies van de algemene "
          "vergadering. Een wijziging van het verdeelmodel zelf is een wijziging van dit plan en vraagt "
          "instemming van de OPR."),
        H2("16.3 Meerjarenbegroting"),
        TAB(["Bedragen x € 1.000", "2026", "2027", "2028", "2029"],
            ["Baten rijksbijdrage", "11.420", "11.270", "11.120", "10.980"],
            ["Afdrachten SO en groeibekostiging", "4.310", "4.290", "4.270", "4.250"],
            ["Schoolbudgetten besturen", "3.470", "3.410", "3.360", "3.310"],
            ["Arrangementen niveau 3", "1.310", "1.330", "1.330", "1.320"],
            ["Bovenschoolse voorzieningen", "1.150", "1.180", "1.180", "1.160"],
            ["Bureau en personeel", "1.290", "1.300", "1.310", "1.320"],
            ["Overige lasten", "180", "170", "170", "170"],
            ["Resultaat", "-290", "-410", "-500", "-550"]),
        H2("16.4 Reserves en risico's"),
        P("Per 1 januari 2026 bedraagt de algemene reserve € 3,2 miljoen. Het bestuur heeft als bovengrens de "
          "signaleringswaarde van de Inspectie vastgesteld; het deel daarboven wordt met de negatieve resultaten "
          "in de meerjarenbegroting in vier jaar afgebouwd. De belangrijkste risico's zijn een verdere daling van "
          "het leerlingaantal en een stijging van het aantal SO-leerlingen in categorie hoog."),
        H2("16.5 Verantwoording door de besturen"),
        P("Besturen verantwoorden jaarlijks vóór 1 juni over de inzet van het schoolbudget in een vast format, "
          "waarin per school de ingezette formatie en interventies staan. Het verband bundelt deze verantwoording "
          "in het jaarverslag."),
        H1("17 ICT, privacy en gegevensverwerking"),
        P("Het verband verwerkt persoonsgegevens van leerlingen voor de toewijzing van arrangementen en de "
          "toelaatbaarheid. Daarbij houden wij ons aan de AVG. Gegevens worden bewaard tot drie jaar na het "
          "besluit. Alleen medewerkers die de gegevens nodig hebben voor hun taak hebben toegang. Het digitale "
          "loket draait in een beveiligde omgeving; scholen loggen in met tweefactorauthenticatie. Het verband "
          "heeft een functionaris gegevensbescherming, gedeeld met twee andere samenwerkingsverbanden."),
        H1("18 Planning en totstandkoming"),
        P("Het concept van dit plan is in het najaar van 2025 besproken met schoolleiders, intern begeleiders en "
          "ouders. Het OOGO vond plaats op 28 januari 2026, het overleg met het samenwerkingsverband VO Lindeveld "
          "op 3 februari 2026. De OPR stemde in op 11 maart 2026; het bestuur stelde het plan vast op 24 maart "
          "2026. Het plan is vóór 1 mei 2026 naar de Inspectie van het Onderwijs gestuurd."),
        TAB(["Jaar", "Belangrijkste activiteiten"],
            ["2026-2027", "Start onderwijs-zorggroep De Linde; ontwikkeling herstelarrangement; verkenning ouder- en jeugdsteunpunt"],
            ["2027-2028", "Tussenevaluatie; herijking normbedragen arrangementen; evaluatie met gemeenten"],
            ["2028-2029", "Externe evaluatie; voorbereiding nieuw plan"],
            ["2029-2030", "Vaststelling ondersteuningsplan 2030-2034"]),
        BR(),
        H1("Bijlage 1 Begrippenlijst"),
        TAB(["Begrip", "Omschrijving"],
            ["Arrangement", "Een pakket van extra ondersteuning voor een leerling of groep, toegekend door het samenwerkingsverband."],
            ["Basisondersteuning", "Het afgesproken niveau van ondersteuning dat alle scholen bieden."],
            ["Bezwaar", "Ouders die het niet eens zijn met een besluit kunnen bezwaar maken; de Landelijke Bezwaaradviescommissie (LBT) adviseert het verband."],
            ["Dekkend netwerk", "Het geheel van voorzieningen waarmee voor ieder kind een passende plek beschikbaar is."],
            ["Onderwijsconsulenten", "Landelijke organisatie die ouders onafhankelijk adviseert bij problemen rond de schoolplaatsing van hun kind."],
            ["Ouder- en jeugdsteunpunt (OJSP)", "Onafhankelijk steunpunt voor ouders en jongeren met vragen over passend onderwijs."],
            ["Terugplaatsing", "De overstap van een leerling vanuit het SBO of SO naar het regulier basisonderwijs."],
            ["Toelaatbaarheidsverklaring (TLV)", "Besluit van het samenwerkingsverband dat een leerling toelaatbaar is tot het SBO of SO."],
            ["Zorgplicht", "De plicht van een schoolbestuur om een passende plek te bieden of te zoeken voor een aangemelde leerling."]),
        H1("Bijlage 2 Afkortingen"),
        TAB(["Afkorting", "Betekenis"],
            ["AVG", "Algemene verordening gegevensbescherming"], ["DUO", "Dienst Uitvoering Onderwijs"],
            ["IB", "Intern begeleider"], ["LBT", "Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen"],
            ["OJSP", "Ouder- en jeugdsteunpunt"], ["OOGO", "Op overeenstemming gericht overleg"],
            ["OPP", "Ontwikkelingsperspectiefplan"], ["OPR", "Ondersteuningsplanraad"],
            ["OZA", "Onderwijs-zorgarrangement"], ["SBO", "Speciaal basisonderwijs"],
            ["SO", "Speciaal onderwijs"], ["TLV", "Toelaatbaarheidsverklaring"]),
    ]


LABEL_A = """
documents: [po-lindeveld-op-2026-2030.docx]
sector: po
looks_like_plan: true
elements: {basisondersteuning: present, plaatsing: present, terugstroom: present, financien: present, dekkend-aanbod: present, resultaten: present, ouders: partial}
criteria:
  basisondersteuning.niveau: true
  basisondersteuning.inhoud: true
  plaatsing.procedure: true
  plaatsing.criteria: true
  terugstroom.procedure: true
  terugstroom.beleid: true
  financien.verdeling: true
  financien.besteding: true
  dekkend-aanbod.continuum: true
  dekkend-aanbod.lacunes: true
  resultaten.doelen: true
  resultaten.monitoring: true
  ouders.informatie: true
  ouders.steunpunt: false
advisory_addressed:
  basisondersteuning: [borging]
  plaatsing: [deskundigen, duur-categorie]
  terugstroom: [monitoring]
  financien: [reserves, verantwoording]
  dekkend-aanbod: [ketenpartners]
  resultaten: [meetbaar]
  ouders: [betrokkenheid]
notes:
  basisondersteuning: "6.1 defines the minimum level for every vestiging; 6.2 lists twelve concrete standaarden; 6.3 audit/verbeterplan (borging)."
  plaatsing: "8.2 numbered steps, CvT, 6 weeks; 8.3 SBO and SO criteria; 8.4 two deskundigen; 8.5 duration and categorie. No bezwaar route in body (LBT only in begrippenlijst)."
  terugstroom: "Separate chapter 9 'Na het speciaal (basis)onderwijs': policy + terugkeerarrangement (9.1), MDO by 1 Feb, decision by 1 April, evaluation (9.2), figures (9.3)."
  financien: "16.2 schoolmodel with EUR 165/leerling, vaste voet, normbedragen; 16.3 meerjarenbegroting table 2026-2029; 16.4 reserves; 16.5 verantwoording."
  dekkend-aanbod: "7.1 five-level continuum with table of voorzieningen; 7.3 yearly netwerkanalyse, witte vlekken, thuiszitterstafel, doorzettingsmacht; ch.10 OOGO/OZA."
  resultaten: "13.1 table with indicators, nulmeting and streefwaarden; 13.2 quarterly data, half-yearly report, evaluation, jaarverslag."
  ouders: "Informatie in ch.12 'Communicatie' (ouderpagina, brochure in 5 languages, schoolgids, info-avonden). Steunpunt only deferred in 11.3 ('verkennen in 2026-2027') and defined in begrippenlijst; leerkracht/IB is not independent help."
"""


# =============================================================================================
# Plan B - PO, medium, compact numbered style (.pdf). SWV PO Weidemeer e.o.
# =============================================================================================


def plan_b():
    return [
        T("Ondersteuningsplan 2026 - 2030",
          "Stichting Samenwerkingsverband Primair Onderwijs Weidemeer e.o.",
          "Dichtbij waar het kan, speciaal waar het moet",
          "Versie 1.3 - definitief, vastgesteld door het algemeen bestuur op 2 april 2026"),
        TOC("Inhoud",
            "1 Inleiding ........................................ 3",
            "2 Het samenwerkingsverband .................... 5",
            "3 Ondersteuning in en om de school ............. 8",
            "   3.1 Basisondersteuning",
            "   3.2 Extra ondersteuning en arrangementen",
            "   3.3 Geen kind thuis",
            "4 Toelaatbaarheid SBO en SO ..................... 12",
            "   4.9 Afloop van de TLV",
            "5 Ouders ............................................. 17",
            "6 Samenwerking met gemeenten en jeugdhulp ..... 19",
            "7 Middelen .......................................... 21",
            "8 Kwaliteit en resultaten ........................ 24",
            "9 Organisatie, personeel en privacy ............ 25",
            "10 Planning 2026-2030 ............................ 27",
            "Afkortingenlijst .................................. 28",
            "Bijlage 2 Standaarden basisondersteuning (afzonderlijk document)",
            "Bijlage 5 Meerjarenbegroting 2026-2029 (afzonderlijk document)"),
        H1("1 Inleiding"),
        H2("1.1 Voor u ligt"),
        P("Dit is het ondersteuningsplan van Stichting Samenwerkingsverband Primair Onderwijs Weidemeer e.o. "
          "voor de periode 1 augustus 2026 tot en met 31 juli 2030. Het plan volgt op het plan 2022-2026 en "
          "bouwt daarop voort. We hebben gekozen voor een compact plan: wat ongewijzigd is gebleven, beschrijven "
          "we kort; waar we nieuwe keuzes maken, lichten we die toe. Waar nodig verwijzen we naar bijlagen die "
          "afzonderlijk worden vastgesteld."),
        H2("1.2 Wettelijk kader"),
        P("Het ondersteuningsplan is gebaseerd op artikel 18a van de Wet op het primair onderwijs. Het plan "
          "bevat volgens de wet onder meer: het niveau van de basisondersteuning, het samenhangend geheel van "
          "ondersteuningsvoorzieningen, de verdeling en besteding van de ondersteuningsmiddelen, de procedure en "
          "criteria voor toelaatbaarheid, het terugplaatsingsbeleid, de resultaten en de informatievoorziening "
          "aan ouders. Daarnaast houden we rekening met de Wet medezeggenschap op scholen (instemming OPR) en de "
          "Jeugdwet (afstemming met gemeenten)."),
        H2("1.3 Totstandkoming"),
        P("Het plan is voorbereid door een stuurgroep van drie bestuurders, twee schoolleiders, twee intern "
          "begeleiders en de directeur van het verband. In vier werksessies tussen september en december 2025 "
          "zijn de hoofdlijnen besproken. Het concept is op 21 januari 2026 besproken in het OOGO met de "
          "gemeenten Weidemeer, Krommeveen en Oudeland. De ondersteuningsplanraad heeft op 18 maart 2026 "
          "ingestemd. Het plan wordt vóór 1 mei 2026 bij de Inspectie ingediend."),
        H2("Leeswijzer"),
        P("Na deze inleiding beschrijven we in hoofdstuk 2 het samenwerkingsverband: onze missie, de scholen en "
          "besturen, de organisatie en de ontwikkelingen waar we mee te maken hebben. Hoofdstuk 3 gaat over de "
          "ondersteuning op en rond de scholen. In hoofdstuk 4 staat de procedure voor toelaatbaarheid tot het "
          "speciaal basisonderwijs en het speciaal onderwijs. Hoofdstuk 5 is gewijd aan ouders, hoofdstuk 6 aan "
          "de samenwerking met gemeenten en jeugdhulp. Hoofdstuk 7 gaat over de middelen, hoofdstuk 8 over "
          "kwaliteit. Hoofdstuk 9 beschrijft organisatie, personeel en privacy en hoofdstuk 10 sluit af met de "
          "planning voor de komende vier jaar."),
        H2("1.4 Relatie met andere documenten"),
        P("Het ondersteuningsplan is het overkoepelende document voor vier jaar. Daaronder hangen het jaarplan "
          "en de begroting van het verband, die ieder jaar worden vastgesteld, en de schoolondersteuningsprofielen "
          "van de scholen. Daarnaast kent het verband een aantal reglementen: het reglement van de commissie "
          "toelaatbaarheid, het privacyreglement en het reglement van de ondersteuningsplanraad. Waar dit plan "
          "en een reglement elkaar tegenspreken, gaat dit plan voor. Het jaarplan beschrijft welke activiteiten "
          "we in een schooljaar ondernemen om de koers uit dit plan te realiseren."),
        P("Dit plan is vastgesteld voor vier jaar, maar wordt niet vier jaar in de kast gezet. Het algemeen "
          "bestuur bespreekt ieder voorjaar of bijstelling nodig is. Kleine wijzigingen worden in een "
          "voortgangsparagraaf verwerkt; grotere wijzigingen worden als gewijzigd plan aan de OPR voorgelegd."),
        H1("2 Het samenwerkingsverband"),
        H2("2.1 Missie en visie"),
        P("Wij zorgen er samen voor dat ieder kind in onze regio onderwijs krijgt dat bij hem of haar past. "
          "Dat doen we dichtbij waar het kan en speciaal waar het moet. We gaan uit van de mogelijkheden van "
          "kinderen en niet van hun beperkingen. We vertrouwen op de professionaliteit van leerkrachten en "
          "intern begeleiders en we geven scholen de ruimte om zelf keuzes te maken binnen de afspraken die we "
          "samen hebben gemaakt. Ouders zijn daarbij onze partners."),
        P("Onze kernwaarden zijn: dichtbij, samen, eenvoudig en transparant. Dichtbij betekent dat ondersteuning "
          "zoveel mogelijk in de eigen klas of op de eigen school plaatsvindt. Samen betekent dat besturen zich "
          "gezamenlijk verantwoordelijk voelen voor alle kinderen in de regio. Eenvoudig betekent zo min mogelijk "
          "bureaucratie. Transparant betekent dat iedereen kan zien hoe besluiten tot stand komen en waar het "
          "geld naartoe gaat."),
        H2("2.2 Scholen en besturen"),
        P("Bij het verband zijn vijf schoolbesturen aangesloten met samen 31 basisscholen, één school voor "
          "speciaal basisonderwijs (SBO De Kering in Weidemeer) en één school voor speciaal onderwijs cluster 4 "
          "(SO De Vaart in Krommeveen). Leerlingen die een school voor cluster 3 nodig hebben, gaan naar scholen "
          "buiten de regio, vooral in de naburige samenwerkingsverbanden. Op 1 oktober 2025 telde het verband "
          "7.910 leerlingen in het basisonderwijs."),
        TAB(["Bestuur", "Aantal scholen", "Leerlingen 1-10-2025"],
            ["Stichting Openbaar Onderwijs Weidemeer", "11", "2.740"],
            ["Stichting Katholiek Primair Onderwijs De Waarden", "9", "2.380"],
            ["Vereniging Christelijk Onderwijs Krommeveen", "6", "1.520"],
            ["Stichting Oudeland Scholen", "4", "1.030"],
            ["Stichting Vrije School De Linde", "1", "240"]),
        H2("2.3 Organisatie"),
        P("Het verband heeft een klein bureau: een directeur, drie consulenten passend onderwijs, een "
          "orthopedagoog, een financieel medewerker (0,4 fte) en een secretaresse. De consulenten zijn het "
          "aanspreekpunt voor de scholen en nemen deel aan de ondersteuningsteams. De orthopedagoog adviseert bij "
          "complexe vragen en is secretaris van de commissie toelaatbaarheid."),
        H2("2.4 Ontwikkelingen"),
        P("Een aantal landelijke ontwikkelingen heeft invloed op deze planperiode. De Wet versterking positie "
          "ouders en leerlingen vraagt een ouder- en jeugdsteunpunt en hoorrecht voor leerlingen. De landelijke "
          "discussie over een norm voor basisondersteuning kan ertoe leiden dat onze afspraken moeten worden "
          "aangepast. De daling van het aantal leerlingen in Oudeland en Krommeveen vraagt om keuzes over de "
          "spreiding van voorzieningen. En het lerarentekort maakt dat we zuinig moeten zijn op de mensen die "
          "het werk doen."),
        H2("2.5 Onze regio"),
        P("Het werkgebied van het verband bestaat uit drie gemeenten met samen ongeveer 68.000 inwoners. "
          "Weidemeer is de grootste kern, met een centrumfunctie voor voorzieningen als zorg en voortgezet "
          "onderwijs. Krommeveen en Oudeland zijn landelijke gemeenten met veel kleine kernen en kleine scholen: "
          "negen scholen hebben minder dan 100 leerlingen. Dat vraagt om creativiteit bij het organiseren van "
          "ondersteuning, omdat afstanden groot zijn en de openbaarvervoerverbindingen beperkt. Het aantal "
          "leerlingen daalt in de landelijke kernen met ongeveer 1,5% per jaar; in Weidemeer is het aantal stabiel "
          "door nieuwbouw aan de oostkant van de stad."),
        H1("3 Ondersteuning in en om de school"),
        H2("3.1 Basisondersteuning"),
        P("In Weidemeer verstaan we onder basisondersteuning het ondersteuningsniveau dat iedere vestiging van "
          "iedere aangesloten school minimaal waarmaakt, voor alle leerlingen en zonder tussenkomst van het "
          "samenwerkingsverband. De besturen hebben afgesproken dat geen enkele school onder dit niveau zakt. "
          "Het niveau is voor alle scholen gelijk; scholen verschillen wel in wat zij daarboven bieden."),
        P("We sluiten aan bij het landelijke referentiekader en onderscheiden vier pijlers: basiskwaliteit, "
          "preventieve en licht curatieve interventies, de onderwijsondersteuningsstructuur en planmatig werken. "
          "De uitwerking van de pijlers in concrete standaarden staat in bijlage 2 ('Standaarden "
          "basisondersteuning Weidemeer'), die in 2026 wordt geactualiseerd. Hoe iedere school daaraan invulling "
          "geeft, beschrijft de school in haar schoolondersteuningsprofiel."),
        P("Eens per twee jaar bespreekt de consulent het schoolondersteuningsprofiel met de directeur en de "
          "intern begeleider in het ondersteuningsgesprek. Blijkt daaruit dat een school niet aan de afgesproken "
          "ondergrens voldoet, dan stelt het bestuur een verbeterplan op met een termijn van ten hoogste een "
          "schooljaar. Het verband volgt de uitvoering en rapporteert hierover aan het algemeen bestuur."),
        H2("3.2 Extra ondersteuning en arrangementen"),
        P("De huidige manier waarop scholen extra ondersteuning en arrangementen aanvragen, is in de evaluatie "
          "van 2025 door scholen als te bewerkelijk ervaren. Het algemeen bestuur heeft daarom besloten de "
          "systematiek te herzien in het project 'Weidemeer Dichtbij'. In het schooljaar 2026-2027 werkt een "
          "projectgroep de nieuwe opzet uit; invoering is voorzien per 1 augustus 2027. Tot die tijd blijven de "
          "bestaande afspraken van kracht. De nieuwe opzet wordt als wijziging van dit plan aan de OPR "
          "voorgelegd."),
        H2("3.3 Geen kind thuis"),
        P("Geen kind hoort thuis te zitten. Elke zes weken komt het thuiszittersoverleg bijeen, met de "
          "leerplichtambtenaren van de drie gemeenten, de consulenten, de orthopedagoog en een medewerker van "
          "het sociaal team. Iedere leerling die langer dan vier weken geen onderwijs volgt, wordt daar "
          "besproken. Per leerling wordt een casusregisseur aangewezen die binnen twee weken met school en ouders "
          "een plan maakt. Staat een leerling na drie maanden nog steeds zonder passend onderwijs, dan "
          "escaleert de casusregisseur naar de directeur, die met de betrokken besturen een oplossing afdwingt."),
        P("In 2025 hebben we ook in kaart gebracht voor welke kinderen de regio geen passend aanbod heeft. Dat "
          "bleek vooral te gelden voor jonge kinderen (4-6 jaar) met ernstige ontwikkelings- en "
          "gedragsproblematiek, die nu soms maanden op een plek wachten, en voor hoogbegaafde kinderen met "
          "autisme. Voor de eerste groep maken we in 2026 afspraken met SO De Vaart en de kinderdagcentra over "
          "gecombineerde plaatsingen; voor de tweede groep onderzoeken we samen met het naburige verband een "
          "gezamenlijke oplossing. Elk jaar in juni herhalen we deze inventarisatie."),
        H1("4 Toelaatbaarheid SBO en SO"),
        H2("4.1 Wie vraagt aan"),
        P("Een TLV wordt aangevraagd door het schoolbestuur van de school waar de leerling is ingeschreven. Bij "
          "een leerling die nog niet staat ingeschreven (bijvoorbeeld een kleuter vanuit een kinderdagcentrum) "
          "vraagt het bestuur van de school waar de leerling is aangemeld de TLV aan. Ouders worden altijd "
          "vooraf geïnformeerd en geven hun zienswijze op de aanvraag."),
        H2("4.2 Het dossier"),
        P("De aanvraag bevat: het ontwikkelingsperspectiefplan met de evaluatie daarvan, het verslag van ten "
          "minste twee besprekingen in het ondersteuningsteam, een overzicht van de ingezette ondersteuning en "
          "de resultaten daarvan, relevante onderzoeksverslagen en de zienswijze van de ouders. De aanvraag "
          "wordt ingediend via het beveiligde aanvraagportaal."),
        H2("4.3 Deskundigenadvies"),
        P("De commissie vraagt bij iedere aanvraag advies aan twee deskundigen. De eerste deskundige is altijd "
          "een orthopedagoog of psycholoog; de tweede deskundige is, afhankelijk van de hulpvraag, een "
          "maatschappelijk werker, een jeugdarts of een kinderpsychiater. Beide deskundigen adviseren "
          "afzonderlijk en schriftelijk en zijn niet betrokken geweest bij de begeleiding van de leerling of de "
          "aanvraag. Ouders ontvangen een afschrift van de adviezen."),
        H2("4.4 Criteria SBO"),
        UL("De school heeft de basisondersteuning en aanvullende ondersteuning aantoonbaar en planmatig ingezet gedurende ten minste twee evaluatieperiodes;",
           "de leerling heeft een eigen leerlijn met een uitstroomperspectief dat duidelijk lager ligt dan dat van leeftijdgenoten, of gedrag dat structureel vraagt om een kleine groep;",
           "de ondersteuningsbehoefte is in samenhang groter dan wat een reguliere basisschool in de regio met arrangementen kan bieden."),
        H2("4.5 Criteria SO"),
        UL("Er is sprake van een ernstige gedrags- of psychiatrische problematiek (cluster 4) of een verstandelijke, lichamelijke of meervoudige beperking (cluster 3) die langdurig specialistische ondersteuning vraagt;",
           "de leerling heeft naast onderwijs structureel zorg of behandeling nodig die in het SBO niet kan worden geboden;",
           "eerdere ondersteuning in het regulier onderwijs of SBO heeft onvoldoende opgeleverd, of het is op voorhand duidelijk dat die onvoldoende zal opleveren."),
        H2("4.6 Besluit en termijn"),
        P("De commissie toelaatbaarheid bestaat uit de directeur van het verband (voorzitter), de orthopedagoog "
          "(secretaris) en een extern lid. De commissie besluit binnen zes weken na ontvangst van het volledige "
          "dossier. In spoedeisende situaties kan de voorzitter binnen vijf werkdagen een tijdelijke TLV van "
          "ten hoogste drie maanden afgeven."),
        H2("4.7 Geldigheidsduur en categorie"),
        P("Een TLV SBO wordt afgegeven voor twee schooljaren. Een TLV SO wordt afgegeven voor twee of drie "
          "schooljaren, of bij een blijvende beperking tot het einde van de basisschoolperiode. Bij een TLV SO "
          "wordt de bekostigingscategorie vastgesteld (laag, midden of hoog), op basis van het advies van de "
          "deskundigen en de informatie van de ontvangende SO-school."),
        H2("4.8 Bezwaar"),
        P("Ouders en het schoolbestuur kunnen binnen zes weken bezwaar maken tegen een besluit over "
          "toelaatbaarheid. Het verband is aangesloten bij de Landelijke Bezwaaradviescommissie "
          "Toelaatbaarheidsverklaringen, die het bestuur adviseert over het bezwaar. Het bestuur beslist daarna "
          "op het bezwaar."),
        H2("4.9 Afloop van de TLV"),
        P("Uitgangspunt van het verband is dat een leerling teruggaat naar het regulier onderwijs zodra dat in "
          "zijn belang verantwoord is, bij voorkeur naar een basisschool dicht bij huis. Voorwaarde is dat de "
          "ontvangende school met ondersteuning kan bieden wat de leerling nodig heeft. Het verband kent voor een "
          "teruggeplaatste leerling gedurende het eerste jaar een terugplaatsingsarrangement toe, met begeleiding "
          "door een leerkracht van de S(B)O-school op de nieuwe school."),
        P("Uiterlijk in januari van het laatste jaar van de TLV bespreekt de S(B)O-school in een "
          "evaluatiegesprek met ouders en de consulent of terugplaatsing mogelijk is. De S(B)O-school neemt "
          "daartoe het initiatief en legt de uitkomst vast in het ontwikkelingsperspectiefplan. Is "
          "terugplaatsing haalbaar, dan zoekt de consulent samen met ouders vóór 1 mei een ontvangende school en "
          "vindt een warme overdracht plaats. Is voortzetting van het speciaal (basis)onderwijs nodig, dan vraagt "
          "de S(B)O-school uiterlijk 1 maart een nieuwe TLV aan volgens de procedure van 4.1 tot en met 4.6."),
        H1("5 Ouders"),
        H2("5.1 Informatie voor ouders"),
        P("Ouders vinden informatie over passend onderwijs en over het ondersteuningsaanbod in de regio op de "
          "website van het verband, onder het kopje 'Voor ouders'. Daar staat per school welke ondersteuning de "
          "school biedt en welke voorzieningen er in de regio zijn. Iedere school verwijst in de schoolgids naar "
          "deze pagina. Het verband geeft daarnaast de folder 'Passend onderwijs in Weidemeer' uit, die ouders "
          "ontvangen bij de eerste bespreking van hun kind in het ondersteuningsteam. Eén keer per jaar "
          "organiseren we een ouderavond over een actueel thema, zoals hoogbegaafdheid of de overstap naar het "
          "voortgezet onderwijs."),
        H2("5.2 Onafhankelijke ondersteuning"),
        P("Soms komen ouders en school er samen niet uit. Dan kunnen ouders terecht bij het Ouder- en "
          "Jeugdsteunpunt Weidemeer, dat sinds januari 2026 wordt uitgevoerd door een onafhankelijke stichting "
          "en bereikbaar is via telefoon, e-mail en een wekelijks spreekuur in de bibliotheek. Het steunpunt "
          "luistert, geeft advies en kan ouders bijstaan in gesprekken met school of verband. Ouders kunnen ook "
          "contact opnemen met Onderwijsconsulenten. Geschillen over toelating, verwijdering of het "
          "ontwikkelingsperspectiefplan kunnen worden voorgelegd aan de Geschillencommissie passend onderwijs."),
        H2("5.3 Medezeggenschap"),
        P("In de ondersteuningsplanraad zitten vier ouders en vier personeelsleden. De OPR vergadert vijf keer "
          "per jaar en heeft instemmingsrecht op het ondersteuningsplan. Twee keer per jaar is er een "
          "achterbanbijeenkomst met de MR-leden van de scholen."),
        H1("6 Samenwerking met gemeenten en jeugdhulp"),
        P("Met de gemeenten Weidemeer, Krommeveen en Oudeland voeren we twee keer per jaar op overeenstemming "
          "gericht overleg. Onderwerpen zijn onder meer de inzet van de schoolmaatschappelijk werkers, de "
          "aansluiting tussen het ondersteuningsteam en het sociaal team, het leerlingenvervoer en de "
          "huisvesting van SBO De Kering. Sinds 2024 werken jeugdhulp en school samen in de pilot 'Jeugdhulp in "
          "de klas' op zes scholen; die pilot wordt in 2026 geëvalueerd. De gemeenten hebben toegezegd de "
          "pilot tot die tijd te blijven financieren."),
        P("Met het samenwerkingsverband voortgezet onderwijs in de regio maken we afspraken over de overstap "
          "van groep 8 naar het voortgezet onderwijs, in het bijzonder voor leerlingen met een "
          "ontwikkelingsperspectief. Er is een gezamenlijke overstapkalender en een warme overdracht voor alle "
          "leerlingen uit het SBO en SO."),
        H1("7 Middelen"),
        H2("7.1 Inkomsten"),
        P("Het verband ontvangt jaarlijks rijksmiddelen voor lichte en zware ondersteuning. Voor het "
          "kalenderjaar 2026 gaat het om circa € 5,6 miljoen, waarvan een deel rechtstreeks door DUO wordt "
          "ingehouden voor de bekostiging van leerlingen in het SO."),
        H2("7.2 Verdeling"),
        P("De middelen worden volgens de volgende verdeelsleutel over de besturen en voorzieningen verdeeld. "
          "Het algemeen bestuur stelt de bedragen jaarlijks in november vast, op voorstel van de directeur."),
        TAB(["Onderdeel", "Grondslag", "Wie ontvangt", "Toekenning"],
            ["Schoolbudget", "€ 118 per leerling, telling 1 oktober voorafgaand jaar", "schoolbestuur", "automatisch, in twee termijnen"],
            ["Arrangementen", "aanvraag per leerling, normbedrag € 4.200 per schooljaar", "schoolbestuur", "consulent beslist binnen 4 weken"],
            ["SBO De Kering", "bekostiging boven de 2%-grens, peildatum 1 februari", "bestuur SBO", "jaarlijks na peildatum"],
            ["SO", "inhouding DUO per leerling en categorie", "SO-scholen", "via DUO"],
            ["Thuiszittersfonds", "maximaal € 60.000 per jaar", "casusregisseur", "directeur beslist per casus"]),
        H2("7.3 Besteding en meerjarenbegroting"),
        P("De meerjarenbegroting 2026-2029 is opgenomen in bijlage 5 bij dit plan. De besteding per post wordt "
          "jaarlijks in de begroting van het verband vastgelegd en ter informatie aan de OPR gestuurd. De "
          "bedragen voor de nieuwe arrangementensystematiek uit 'Weidemeer Dichtbij' zijn nog p.m. opgenomen."),
        H2("7.4 Verantwoording"),
        P("Besturen leggen jaarlijks vóór 1 mei verantwoording af over de inzet van het schoolbudget en de "
          "arrangementen, met een vast format per school. Het verband bespreekt deze verantwoording in het "
          "ondersteuningsgesprek en in het algemeen bestuur."),
        H1("8 Kwaliteit en resultaten"),
        P("In de afgelopen planperiode lag de nadruk op het op orde brengen van de organisatie en de "
          "toelaatbaarheidsprocedure. Een samenhangend kwaliteitskader ontbreekt nog. In het eerste jaar van "
          "deze planperiode stellen we dat kader op samen met de besturen en de OPR. Het kader zal aangeven "
          "welke resultaten we nastreven, met welke indicatoren we die volgen en hoe we erover rapporteren. Na "
          "instemming van de OPR wordt het als addendum aan dit plan toegevoegd."),
        H1("9 Organisatie, personeel en privacy"),
        H2("9.1 Bestuur en toezicht"),
        P("Het verband is een stichting met een algemeen bestuur, waarin alle vijf besturen zijn "
          "vertegenwoordigd, en een directeur aan wie het algemeen bestuur de dagelijkse leiding heeft "
          "gemandateerd. Het toezicht ligt bij twee onafhankelijke toezichthouders die deel uitmaken van het "
          "algemeen bestuur. Het managementstatuut regelt de taken en bevoegdheden van de directeur."),
        H2("9.2 Personeel"),
        P("Het verband heeft 6,3 fte in dienst. De consulenten en de orthopedagoog nemen deel aan landelijke "
          "netwerken en volgen jaarlijks scholing. Het verband biedt de scholen een scholingsaanbod op het gebied "
          "van gedrag, taal en hoogbegaafdheid, dat wordt uitgevoerd door SBO De Kering en SO De Vaart. Intern "
          "begeleiders komen zes keer per jaar bijeen in het IB-netwerk."),
        H2("9.3 Huisvesting en bereikbaarheid"),
        P("Het bureau van het verband is gehuisvest in het onderwijsverzamelgebouw De Meent in Weidemeer, "
          "samen met het bureau van een van de schoolbesturen en de leerplichtafdeling van de gemeente. De "
          "consulenten werken voor een groot deel op de scholen zelf. Voor overleggen met ouders en scholen in "
          "Krommeveen en Oudeland kan het verband gebruikmaken van ruimtes in de gemeentehuizen."),
        H2("9.4 Privacy"),
        P("Het verband verwerkt alleen de gegevens die nodig zijn voor zijn wettelijke taken. Dossiers worden "
          "via het beveiligde aanvraagportaal uitgewisseld en drie jaar na het besluit vernietigd. Het "
          "privacyreglement is door het algemeen bestuur vastgesteld en op de website gepubliceerd."),
        H1("10 Planning 2026-2030"),
        TAB(["Schooljaar", "Activiteit", "Eigenaar"],
            ["2026-2027", "Project Weidemeer Dichtbij: nieuwe systematiek extra ondersteuning", "directeur"],
            ["2026-2027", "Opstellen kwaliteitskader met resultaten en indicatoren", "directeur / OPR"],
            ["2026-2027", "Actualisatie bijlage 2 Standaarden basisondersteuning", "consulenten"],
            ["2027-2028", "Invoering nieuwe systematiek; evaluatie pilot Jeugdhulp in de klas", "directeur / gemeenten"],
            ["2028-2029", "Tussenevaluatie van het plan", "algemeen bestuur"],
            ["2029-2030", "Voorbereiding ondersteuningsplan 2030-2034", "stuurgroep"]),
        H1("Afkortingenlijst"),
        TAB(["Afkorting", "Betekenis"],
            ["AB", "Algemeen bestuur"], ["DUO", "Dienst Uitvoering Onderwijs"],
            ["IB", "Intern begeleider"], ["OJSP", "Ouder- en jeugdsteunpunt"],
            ["OOGO", "Op overeenstemming gericht overleg"], ["OPP", "Ontwikkelingsperspectiefplan"],
            ["OPR", "Ondersteuningsplanraad"], ["SBO", "Speciaal basisonderwijs"],
            ["SO", "Speciaal onderwijs"], ["SOP", "Schoolondersteuningsprofiel"],
            ["TLV", "Toelaatbaarheidsverklaring"]),
    ]


LABEL_B = """
documents: [po-weidemeer-op-2026-2030.pdf]
sector: po
looks_like_plan: true
elements: {basisondersteuning: partial, plaatsing: present, terugstroom: present, financien: partial, dekkend-aanbod: partial, resultaten: missing, ouders: present}
criteria:
  basisondersteuning.niveau: true
  basisondersteuning.inhoud: false
  plaatsing.procedure: true
  plaatsing.criteria: true
  terugstroom.procedure: true
  terugstroom.beleid: true
  financien.verdeling: true
  financien.besteding: false
  dekkend-aanbod.continuum: false
  dekkend-aanbod.lacunes: true
  resultaten.doelen: false
  resultaten.monitoring: false
  ouders.informatie: true
  ouders.steunpunt: true
advisory_addressed:
  basisondersteuning: [borging]
  plaatsing: [deskundigen, duur-categorie, bezwaar]
  financien: [verantwoording]
  dekkend-aanbod: [ketenpartners]
  ouders: [betrokkenheid]
notes:
  basisondersteuning: "3.1 defines the minimum level for every vestiging and has SOP-gesprek/verbeterplan (borging), but the content is only the four referentiekader pijlers plus 'zie bijlage 2' (absent) and the SOP."
  plaatsing: "Ch.4: who applies, dossier, two deskundigen, SBO and SO criteria, commissie + 6 weeks, duration/categorie, bezwaar via LBT."
  terugstroom: "Hidden in 4.9 'Afloop van de TLV' inside the TLV chapter: policy (thuisnabij, terugplaatsingsarrangement) and procedure (evaluation in January of last TLV year, consulent, 1 May / 1 March)."
  financien: "7.2 verdeelsleutel table (EUR 118/leerling, normbedrag arrangementen, who decides). Besteding not addressed: 7.3 refers to absent bijlage 5 and p.m.; 7.1 only gives income."
  dekkend-aanbod: "3.3 'Geen kind thuis': thuiszittersoverleg, escalation, yearly gap inventory with actions. Continuum deferred in 3.2 (project 'Weidemeer Dichtbij', invoering 2027); ch.6 gemeenten = ketenpartners."
  resultaten: "Ch.8 'Kwaliteit en resultaten' only defers the kwaliteitskader (goals, indicators, reporting) to an addendum; no goals or monitoring anywhere (TOC/planning only)."
  ouders: "5.1 website per school, schoolgids, folder, ouderavond; 5.2 OJSP Weidemeer, Onderwijsconsulenten, Geschillencommissie; 5.3 OPR."
"""


# =============================================================================================
# Plan C - PO, web version (.html). SWV Passend Onderwijs PO Zuiderhout.
# =============================================================================================

NAV_C = [("Home", "index.html"), ("Voorwoord", "#h1"), ("Wie zijn wij", "#h2"),
         ("Basisondersteuning", "#h4"), ("Extra ondersteuning", "#h5"),
         ("Toelaatbaarheid", "https://www.swvzuiderhout.nl/toelaatbaarheid"),
         ("Terugplaatsing", "https://www.swvzuiderhout.nl/toelaatbaarheid#terugplaatsing"),
         ("Geld en middelen", "#h7"), ("Wat willen we bereiken", "#h8"), ("Communicatie", "#h9"),
         ("Organisatie", "#h11"), ("Begrippen", "#h14"), ("Contact", "contact.html")]


def plan_c():
    return [
        T("Ondersteuningsplan 2026-2030 (webversie)",
          "Samenwerkingsverband Passend Onderwijs PO Zuiderhout",
          "Deze webversie bevat de volledige tekst van het ondersteuningsplan zoals vastgesteld op 16 april 2026. "
          "Een printbare pdf vindt u onderaan deze pagina."),
        H1("Voorwoord"),
        P("Welkom bij de webversie van ons ondersteuningsplan. Wij hebben ervoor gekozen het plan niet alleen "
          "als pdf uit te brengen, maar ook als website. Zo kunt u als ouder, leerkracht, intern begeleider of "
          "bestuurder snel vinden wat u zoekt. Het plan is geschreven voor iedereen die betrokken is bij het "
          "onderwijs aan kinderen van 4 tot 13 jaar in de gemeenten Zuiderhout, Brakel-Oost en Vennestein."),
        P("De afgelopen vier jaar hebben we hard gewerkt aan een sterke basis op alle scholen. Dat werk gaat "
          "door. In deze planperiode willen we vooral zorgen dat de ondersteuning die er is, ook bij de "
          "kinderen terechtkomt die haar nodig hebben, en dat we beter kunnen laten zien wat we ermee "
          "bereiken. Dat vraagt om keuzes, om goede samenwerking en om eerlijk kijken naar wat werkt en wat "
          "niet. Wij danken iedereen die aan dit plan heeft bijgedragen, in het bijzonder de leden van de "
          "ondersteuningsplanraad en de ouders van het ouderpanel."),
        P("Ellen Bosman en Karim el Idrissi, bestuurders"),
        H1("Wie zijn wij"),
        P("Het Samenwerkingsverband Passend Onderwijs PO Zuiderhout is een vereniging van zeven schoolbesturen. "
          "Samen hebben zij 42 basisscholen, twee scholen voor speciaal basisonderwijs en een school voor "
          "speciaal onderwijs cluster 4 in de regio. Daarnaast gaan kinderen uit onze regio naar scholen voor "
          "speciaal onderwijs cluster 3 buiten de regio, zoals de mytylschool in Breda-Noord. In totaal gaat "
          "het om ongeveer 11.300 leerlingen."),
        P("Het verband heeft een klein bureau in Zuiderhout met twaalf medewerkers: twee bestuurders, vijf "
          "onderwijsadviseurs, een orthopedagoog, twee medewerkers van het loket, een controller en een "
          "officemanager. De onderwijsadviseurs zijn het eerste aanspreekpunt voor de scholen. Ieder heeft een "
          "vaste groep scholen."),
        P("Onze missie is kort: elk kind telt, elk kind hoort erbij. Wij willen dat kinderen naar school gaan in "
          "hun eigen buurt, met vriendjes en vriendinnetjes uit de straat, en dat zij daar krijgen wat ze nodig "
          "hebben. Lukt dat niet, dan zorgen we samen voor een plek die wel past."),
        H1("Terugblik op 2022-2026"),
        P("In het vorige ondersteuningsplan stond de versterking van de basisondersteuning centraal. Alle "
          "scholen hebben in die periode een scholingstraject gevolgd over handelingsgericht werken, en het "
          "aantal scholen met een plusgroep groeide van 19 naar 38. Het aantal arrangementen op de eigen school "
          "steeg van 210 naar 285 per jaar, terwijl het aantal kinderen dat naar het speciaal basisonderwijs "
          "ging licht daalde."),
        P("Niet alles ging zoals we hoopten. Het loket was in de eerste twee jaar onvoldoende bereikbaar, wat "
          "tot lange wachttijden voor scholen leidde. Sinds 2024 heeft het loket meer bezetting en een vast "
          "telefonisch spreekuur. Ook merkten we dat ouders niet altijd wisten wat ze van de school mochten "
          "verwachten. Dat is een belangrijke reden waarom we in dit plan de basisondersteuning in gewone taal "
          "beschrijven."),
        H1("Ontwikkelingen in onze regio"),
        P("Het aantal leerlingen in onze regio daalt de komende jaren met ongeveer 1% per jaar, vooral in de "
          "dorpen rond Brakel-Oost. In Zuiderhout-Zuid wordt een nieuwe wijk gebouwd, waar in 2028 een nieuwe "
          "basisschool opent. Tegelijkertijd merken scholen dat de ondersteuningsvragen complexer worden: meer "
          "kinderen met gedragsproblemen, meer kinderen die thuis een andere taal spreken en meer kinderen in "
          "gezinnen met financiële zorgen. Het lerarentekort maakt het lastiger om daar goed op in te spelen. "
          "Scholen werken daarom steeds meer samen, bijvoorbeeld door expertise te delen in de wijk."),
        H1("Zo kwam dit plan tot stand"),
        P("In het voorjaar van 2025 hebben we het vorige plan geëvalueerd met scholen, ouders en gemeenten. "
          "Daarna hebben vier werkgroepen voorstellen uitgewerkt voor de thema's basisondersteuning, extra "
          "ondersteuning, geld en communicatie. Het concept is in december 2025 in een openbare bijeenkomst "
          "gepresenteerd. Het OOGO met de drie gemeenten vond plaats op 29 januari 2026. De "
          "ondersteuningsplanraad heeft op 2 april 2026 ingestemd. Het algemeen bestuur heeft het plan op 16 "
          "april 2026 vastgesteld."),
        P("Tijdens de voorbereiding hebben we veel gesprekken gevoerd. Ouders vertelden ons dat zij vooral "
          "duidelijkheid willen: wat kan de school van mijn kind, en wat gebeurt er als dat niet genoeg is? "
          "Leerkrachten vroegen om minder formulieren en meer hulp in de klas. Intern begeleiders wilden sneller "
          "antwoord van het loket. Bestuurders vroegen om scherpere keuzes in de besteding van het geld. Al deze "
          "wensen hebben we zo goed mogelijk verwerkt. Niet alles kon: soms waren wensen met elkaar in strijd, "
          "en soms ontbrak het geld. Waar we keuzes hebben gemaakt, leggen we die in dit plan uit."),
        H1("Basisondersteuning"),
        P("Alle 42 basisscholen in Zuiderhout hebben samen afgesproken wat iedere school minimaal biedt. Dat "
          "noemen we de basisondersteuning. Het maakt niet uit op welke school of op welke locatie uw kind zit: "
          "deze afspraken gelden overal, voor ieder kind, zonder dat daarvoor een aanvraag nodig is. In de tabel "
          "hieronder ziet u wat u van elke school mag verwachten."),
        TAB(["Onderwerp", "Wat iedere school biedt"],
            ["Leren", "Lessen op drie niveaus in rekenen, taal en lezen; extra instructie in een kleine groep voor kinderen die meer tijd nodig hebben."],
            ["Lezen en dyslexie", "Signalering van leesproblemen vanaf groep 2, intensieve leesbegeleiding, en begeleiding en hulpmiddelen (zoals voorleessoftware) bij dyslexie."],
            ["Rekenen", "Een aanpak bij hardnekkige rekenproblemen volgens het landelijke protocol."],
            ["Gedrag en welbevinden", "Een aanpak tegen pesten, een programma voor sociaal-emotioneel leren en een vaste aandachtsfunctionaris."],
            ["Meer- en hoogbegaafdheid", "Compacten en verrijken in de groep; deelname aan een plusgroep op school of bij een nabijgelegen school."],
            ["Taal", "Extra ondersteuning voor kinderen die Nederlands als tweede taal leren."],
            ["Medische zorg", "Een protocol medisch handelen; afspraken over medicijngebruik op school."],
            ["Ondersteuningsteam", "Een intern begeleider en een ondersteuningsteam met schoolmaatschappelijk werk en de jeugdverpleegkundige, dat minstens vier keer per jaar bij elkaar komt."],
            ["Ontwikkelingsperspectief", "Een ontwikkelingsperspectiefplan voor kinderen die een eigen leerlijn volgen, dat twee keer per jaar met ouders wordt besproken."],
            ["Overstap", "Een warme overdracht bij de overstap naar een andere school of naar het voortgezet onderwijs."]),
        P("Wat een school daarnaast nog meer kan bieden, verschilt per school. Dat staat in de schoolgids van de "
          "school."),
        H1("Extra ondersteuning"),
        P("Soms heeft een kind meer nodig dan de basisondersteuning. Dan is er extra ondersteuning. Wij werken "
          "met een ondersteuningstrap van vijf treden. Hoe hoger de trede, hoe specialistischer de ondersteuning."),
        TAB(["Trede", "Wat", "Waar", "Hoe"],
            ["1", "Afstemming in de klas", "eigen school", "de leerkracht, met hulp van de intern begeleider"],
            ["2", "Ondersteuning vanuit het ondersteuningsteam", "eigen school", "interventies uit de basisondersteuning, advies van de onderwijsadviseur"],
            ["3", "Arrangement op de eigen school", "eigen school", "de school vraagt een arrangement aan bij het loket; bijvoorbeeld extra begeleiding of een aangepast programma"],
            ["4", "Bovenschoolse voorziening", "Taalschool Taal-Op, voltijd HB-groep De Uitdaging, kleine groep Het Anker", "plaatsing via het loket, voor een afgesproken periode, met terugkeer naar de eigen school als doel"],
            ["5", "Speciaal basisonderwijs of speciaal onderwijs", "SBO De Wilgen, SBO Klimop, SO De Horizon; cluster 3 buiten de regio", "met een toelaatbaarheidsverklaring"]),
        P("De treden sluiten op elkaar aan: een kind kan een trede omhoog, maar ook weer terug naar een lagere "
          "trede. Het loket zorgt ervoor dat een aanvraag van de school bij de juiste voorziening terechtkomt. "
          "De onderwijsadviseur van de school denkt mee welke trede past."),
        P("Of ons aanbod voor alle kinderen in de regio dekkend is, weten we nog onvoldoende. In het schooljaar "
          "2026-2027 laten wij daarom een netwerkanalyse uitvoeren. De uitkomsten en de acties die daaruit "
          "volgen, publiceren wij op deze website zodra de analyse klaar is."),
        H2("Hoogbegaafde kinderen en nieuwkomers"),
        P("Voor kinderen die meer- of hoogbegaafd zijn, biedt iedere school verrijking in de groep en is er "
          "een plusgroep op school of bij een school in de buurt. Kinderen die daarmee onvoldoende uitgedaagd "
          "worden, kunnen met een arrangement naar de voltijd HB-groep De Uitdaging in Zuiderhout, waar zij "
          "les krijgen van leerkrachten met een specialisatie in hoogbegaafdheid. De Uitdaging heeft plaats "
          "voor 45 kinderen in drie groepen."),
        P("Kinderen die nieuw in Nederland zijn, gaan het eerste jaar naar de taalschool Taal-Op, met locaties "
          "in Zuiderhout en Vennestein. Daarna stromen zij door naar een basisschool in de buurt, waar zij nog "
          "een jaar extra taalondersteuning krijgen. Taal-Op verzorgt voor de ontvangende scholen een "
          "overdracht en een nazorgbezoek."),
        H2("De overstap naar het voortgezet onderwijs"),
        P("Met het samenwerkingsverband voortgezet onderwijs in de regio hebben we afspraken gemaakt over de "
          "overstap van groep 8 naar de brugklas. Voor kinderen met extra ondersteuning is er een warme "
          "overdracht: de basisschool en de school voor voortgezet onderwijs bespreken samen met ouders wat het "
          "kind nodig heeft. Voor kinderen uit het speciaal basisonderwijs en speciaal onderwijs is er een "
          "overstapcoach, die het kind in de eerste maanden op de nieuwe school volgt."),
        H1("Toelaatbaarheid"),
        P("Voor een plaats op een school voor speciaal basisonderwijs of speciaal onderwijs is een "
          "toelaatbaarheidsverklaring (TLV) nodig. Alles over de aanvraag, de criteria, de deskundigen, de "
          "looptijd en wat u kunt doen als u het niet eens bent met een besluit, leest u op de aparte pagina "
          "Toelaatbaarheid op onze website. Daar vindt u ook informatie over wat er gebeurt als een TLV afloopt."),
        H1("Geld en middelen"),
        H2("Waar komt het geld vandaan"),
        P("Het samenwerkingsverband krijgt geld van het Rijk voor de ondersteuning van leerlingen. In 2026 is "
          "dat ongeveer € 7,8 miljoen. Een deel daarvan gaat direct naar het speciaal onderwijs; dat houdt DUO "
          "in."),
        H2("Hoe verdelen we het geld"),
        P("Wij verdelen het geld volgens vaste regels. Ieder schoolbestuur krijgt een schoolbudget van € 140 per "
          "leerling (op basis van de telling van 1 oktober) en een vaste voet van € 6.000 per school. Daarmee "
          "betaalt de school de basisondersteuning en de ondersteuning op trede 1 en 2. Voor trede 3 vraagt de "
          "school een arrangement aan bij het loket; het loket beslist binnen vier weken aan de hand van de "
          "criteria van het arrangementenkader en kent een bedrag toe volgens een vaste staffel (licht € 2.500, "
          "middel € 5.000, intensief € 9.000 per schooljaar). De bovenschoolse voorzieningen krijgen een budget "
          "per plaats. Het algemeen bestuur stelt de bedragen ieder jaar in december vast."),
        H2("Waar geven we het aan uit"),
        TAB(["Bedragen in €", "2026", "2027", "2028", "2029"],
            ["Inkomsten", "7.810.000", "7.760.000", "7.690.000", "7.640.000"],
            ["Afdracht speciaal onderwijs (DUO)", "2.650.000", "2.640.000", "2.630.000", "2.620.000"],
            ["Afdracht SBO boven 2%", "610.000", "600.000", "590.000", "580.000"],
            ["Schoolbudgetten", "1.830.000", "1.810.000", "1.800.000", "1.790.000"],
            ["Arrangementen trede 3", "980.000", "1.000.000", "1.000.000", "1.000.000"],
            ["Bovenschoolse voorzieningen", "920.000", "930.000", "930.000", "930.000"],
            ["Bureau, loket en onderwijsadviseurs", "1.010.000", "1.020.000", "1.030.000", "1.040.000"],
            ["Resultaat", "-190.000", "-240.000", "-290.000", "-320.000"]),
        P("De begroting sluit de komende jaren met een tekort. Dat is een bewuste keuze: het verband heeft een "
          "reserve van ongeveer € 2,1 miljoen, meer dan nodig is om risico's op te vangen. Het deel boven de "
          "signaleringswaarde zetten we zo in voor extra arrangementen. Scholen laten ieder jaar in een korte "
          "verantwoording zien waaraan zij het schoolbudget hebben besteed."),
        H1("Wat willen we bereiken"),
        P("Wij hebben voor deze planperiode vijf doelen gesteld. Bij ieder doel hoort een meetbaar resultaat "
          "voor 2030."),
        TAB(["Doel", "Resultaat in 2030", "Stand 2025"],
            ["Kinderen krijgen ondersteuning dichtbij", "Ten minste 97% van de kinderen met een arrangement gaat naar school in de eigen gemeente", "94%"],
            ["Arrangementen werken", "Bij 80% van de arrangementen zijn de doelen bij de evaluatie behaald", "nog niet gemeten"],
            ["Snel duidelijkheid voor school en ouders", "90% van de aanvragen voor een arrangement wordt binnen vier weken afgehandeld", "78%"],
            ["Tevreden ouders", "Ouders geven de ondersteuning gemiddeld een 7,5 of hoger", "7,1"],
            ["Toegeruste leerkrachten", "75% van de leerkrachten voelt zich voldoende toegerust", "63%"]),
        P("Hoe volgen we dit? Het loket registreert alle arrangementen en plaatsingen. De scholen evalueren ieder "
          "arrangement na afloop met een vast formulier, dat het loket verwerkt. Elke twee jaar houden wij een "
          "tevredenheidsonderzoek onder ouders en leerkrachten. Twee keer per jaar bespreekt het algemeen bestuur "
          "een dashboard met de stand van zaken per doel; de ondersteuningsplanraad krijgt dat dashboard ook. In "
          "het jaarverslag, dat u op deze website vindt, laten we zien wat we hebben bereikt en wat het heeft "
          "gekost."),
        H1("Communicatie"),
        H2("Hoe houden wij ouders op de hoogte"),
        P("Wij vinden het belangrijk dat ouders weten welke ondersteuning er is en hoe zij daar terecht kunnen "
          "komen. Daarvoor gebruiken wij verschillende kanalen:"),
        UL("deze website, met een aparte rubriek voor ouders en een overzicht van alle voorzieningen in de regio;",
           "de ouderfolder 'Wat als mijn kind meer nodig heeft?', in het Nederlands, Engels, Turks en Arabisch, die op iedere school ligt;",
           "de schoolgids van iedere school, met een vaste paragraaf over de ondersteuning op school;",
           "twee informatiebijeenkomsten per jaar voor ouders, op wisselende plaatsen in de regio;",
           "een telefonisch spreekuur van het loket op dinsdag- en donderdagochtend."),
        H2("Waar kunt u terecht als u er niet uitkomt"),
        P("Het Ouder- en Jeugdsteunpunt Zuiderhout is er voor ouders en kinderen die vragen hebben over "
          "onderwijs en ondersteuning of die het niet eens zijn met school of samenwerkingsverband. Het steunpunt "
          "werkt onafhankelijk van het verband en de scholen en is bereikbaar via 0800-4455 en "
          "info@ojsp-zuiderhout.nl. U kunt ook terecht bij Onderwijsconsulenten. Heeft u een klacht over het "
          "samenwerkingsverband, dan kunt u die indienen volgens de klachtenregeling op deze website; het "
          "verband is aangesloten bij de Landelijke Klachtencommissie Onderwijs."),
        H2("Ouders denken mee"),
        P("In de ondersteuningsplanraad zitten vijf ouders. Daarnaast is er een ouderpanel van twintig ouders "
          "dat drie keer per jaar meedenkt over beleid."),
        H2("Wat ouders ons vertelden"),
        P("In het ouderpanel vertelden ouders dat zij de folder en de website duidelijk vinden, maar dat zij "
          "informatie liever eerder krijgen: al bij het eerste gesprek op school en niet pas wanneer er een "
          "aanvraag wordt gedaan. Scholen geven de folder daarom voortaan mee na het eerste gesprek met de "
          "intern begeleider. Ook vroegen ouders om informatie in eenvoudige taal; de ouderpagina op deze "
          "website is daarom in 2025 herschreven op taalniveau B1."),
        H1("Samenwerking met gemeenten"),
        P("Wij werken nauw samen met de gemeenten Zuiderhout, Brakel-Oost en Vennestein. In het OOGO bespreken we "
          "onder meer jeugdhulp op school, leerlingenvervoer, huisvesting en thuiszitters. Op alle scholen is "
          "een jeugd- en gezinswerker van het wijkteam één dagdeel per week aanwezig. Voor kinderen die zowel "
          "onderwijs als zorg nodig hebben, maken we per kind afspraken over een onderwijs-zorgarrangement, "
          "waarbij de gemeente de zorg betaalt en het verband het onderwijsdeel."),
        P("In de praktijk betekent dit dat intern begeleiders, schoolmaatschappelijk werkers en jeugd- en "
          "gezinswerkers elkaar goed kennen. Zij nemen samen deel aan het ondersteuningsteam van de school. "
          "Wanneer een kind hulp nodig heeft die verder gaat dan wat de school en het wijkteam kunnen bieden, "
          "verwijst het wijkteam door naar specialistische jeugdhulp. Het verband en de gemeenten hebben "
          "afgesproken dat dit zoveel mogelijk onder schooltijd en dicht bij de school gebeurt, zodat het kind "
          "zo min mogelijk lessen mist. Twee keer per jaar evalueren verband en gemeenten deze samenwerking in "
          "een gezamenlijke bijeenkomst met scholen en wijkteams."),
        H1("Organisatie"),
        P("Het samenwerkingsverband is een vereniging. De leden zijn de zeven schoolbesturen. De algemene "
          "ledenvergadering houdt toezicht op het bestuur, dat bestaat uit twee bezoldigde bestuurders. De "
          "vereniging volgt de Code Goed Bestuur van de PO-Raad. Het bureau heeft een eigen "
          "medezeggenschapsraad."),
        P("De ondersteuningsplanraad bestaat uit tien leden: vijf ouders en vijf personeelsleden. De OPR "
          "vergadert zes keer per jaar en heeft instemmingsrecht op het ondersteuningsplan en op wijzigingen "
          "daarvan."),
        H1("Personeel en deskundigheid"),
        P("Goede ondersteuning begint bij goede leerkrachten. Het verband organiseert jaarlijks een aanbod van "
          "korte scholingen en netwerkbijeenkomsten, onder meer over gedrag, executieve functies en "
          "hoogbegaafdheid. Intern begeleiders komen vijf keer per jaar samen in regionale netwerken. Nieuwe "
          "intern begeleiders volgen een inwerkprogramma van het verband. De expertise van de SBO- en SO-scholen "
          "is via het loket beschikbaar voor consultatie en observatie in de klas."),
        P("Ook de medewerkers van het bureau blijven leren. Zij volgen jaarlijks scholing en nemen deel aan "
          "landelijke netwerken van samenwerkingsverbanden."),
        P("Het verband vindt het belangrijk dat scholen de expertise die er in de regio is, goed kunnen "
          "vinden. Daarom is er op de website voor scholen een expertisekaart, waarop staat welke school of "
          "voorziening kennis heeft van bijvoorbeeld autisme, taalontwikkelingsstoornissen of hoogbegaafdheid. "
          "Leerkrachten kunnen bij die scholen op bezoek gaan of een collega uitnodigen voor een teamvergadering. "
          "Zo leren scholen van elkaar en hoeft niet iedere school het wiel opnieuw uit te vinden."),
        H1("ICT en privacy"),
        P("Voor de aanvraag van arrangementen gebruiken scholen een beveiligde online omgeving. Het verband "
          "verwerkt alleen de gegevens die nodig zijn en bewaart deze niet langer dan nodig. Meer informatie "
          "vindt u in onze privacyverklaring."),
        H1("Veelgestelde vragen"),
        H2("Mijn kind heeft meer nodig dan de school kan bieden. Wat nu?"),
        P("Bespreek dit eerst met de leerkracht en de intern begeleider. Zij kunnen met u bekijken welke trede "
          "van de ondersteuningstrap past en of een arrangement kan worden aangevraagd."),
        H2("Hoe komt mijn kind op het SBO of SO?"),
        P("Daarvoor is een toelaatbaarheidsverklaring nodig. Kijk op de pagina Toelaatbaarheid voor de "
          "procedure en de criteria."),
        H2("Mijn kind zit op het SBO. Kan het terug naar een gewone basisschool?"),
        P("Dat hangt af van de ontwikkeling van uw kind. Meer informatie vindt u op de pagina Toelaatbaarheid, "
          "onder 'Terugplaatsing'."),
        H2("Wat mag ik van de school van mijn kind verwachten?"),
        P("Iedere school biedt de basisondersteuning die op deze website staat beschreven. Daarnaast kan een "
          "school meer bieden; dat staat in de schoolgids van de school."),
        H2("Wie betaalt de extra ondersteuning?"),
        P("De extra ondersteuning wordt betaald uit het budget van het samenwerkingsverband. Ouders betalen "
          "daar niets voor. Alleen voor vervoer naar een school buiten de eigen woonplaats kan een eigen "
          "bijdrage gelden; daarover beslist de gemeente."),
        H2("Ik ben het niet eens met de school. Wat kan ik doen?"),
        P("Probeer het eerst samen met de school op te lossen. Lukt dat niet, neem dan contact op met het "
          "Ouder- en Jeugdsteunpunt Zuiderhout. Het steunpunt denkt met u mee en kan bemiddelen."),
        H1("Begrippen"),
        TAB(["Begrip", "Uitleg"],
            ["Arrangement", "Extra ondersteuning voor een kind, toegekend door het loket."],
            ["Deskundigenadvies", "Advies van twee deskundigen voordat een TLV wordt afgegeven."],
            ["Dekkend netwerk", "Een regio waarin voor ieder kind een passende plek is."],
            ["Terugplaatsing", "De terugkeer van een kind vanuit het SBO of SO naar het gewone basisonderwijs."],
            ["Thuiszitter", "Een kind dat leerplichtig is en langer dan vier weken niet naar school gaat."],
            ["TLV", "Toelaatbaarheidsverklaring: het besluit dat een kind naar het SBO of SO mag."],
            ["Zorgplicht", "De plicht van de school om voor een aangemeld kind een passende plek te zoeken."]),
    ]


LABEL_C = """
documents: [po-zuiderhout-op-2026-2030.html]
sector: po
looks_like_plan: true
elements: {basisondersteuning: present, plaatsing: missing, terugstroom: missing, financien: present, dekkend-aanbod: partial, resultaten: present, ouders: present}
criteria:
  basisondersteuning.niveau: true
  basisondersteuning.inhoud: true
  plaatsing.procedure: false
  plaatsing.criteria: false
  terugstroom.procedure: false
  terugstroom.beleid: false
  financien.verdeling: true
  financien.besteding: true
  dekkend-aanbod.continuum: true
  dekkend-aanbod.lacunes: false
  resultaten.doelen: true
  resultaten.monitoring: true
  ouders.informatie: true
  ouders.steunpunt: true
advisory_addressed:
  financien: [reserves, verantwoording]
  dekkend-aanbod: [ketenpartners]
  resultaten: [meetbaar]
  ouders: [betrokkenheid]
notes:
  basisondersteuning: "'Basisondersteuning' section: agreed minimum for all 42 schools/locations; the content is only in the table 'Wat iedere school biedt'."
  plaatsing: "Only 'a TLV is needed' plus a link to the separate web page Toelaatbaarheid (not part of the input); nav entry, FAQ and begrippen are no content. Not addressed."
  terugstroom: "Nothing in the body: nav link and FAQ point to the external TLV page; 'Terugplaatsing' only in begrippen. Trede 4 'terugkeer naar de eigen school' concerns bovenschoolse voorzieningen, not s(b)o."
  financien: "'Geld en middelen': EUR 140/leerling + vaste voet, staffel arrangementen, loket decides; begroting table 2026-2029; reserve and school verantwoording."
  dekkend-aanbod: "Five-step ondersteuningstrap table = continuum. Lacunes deferred ('netwerkanalyse in 2026-2027, publiceren zodra klaar'); thuiszitters only as an OOGO topic word."
  resultaten: "'Wat willen we bereiken': five goals with 2030 targets and 2025 values; monitoring via loket registration, evaluation forms, survey, half-yearly dashboard, jaarverslag."
  ouders: "'Communicatie': website, folder in 4 languages, schoolgids, meetings, spreekuur; OJSP Zuiderhout, Onderwijsconsulenten, klachtenregeling; OPR/ouderpanel."
"""


# =============================================================================================
# Plan D - VO (.pdf). SWV Voortgezet Onderwijs Noorderstrand.
# =============================================================================================


def plan_d():
    return [
        T("Ondersteuningsplan 2026-2030",
          "Samenwerkingsverband Voortgezet Onderwijs Noorderstrand",
          "Koers houden, samen verder",
          "Vastgesteld door het bestuur op 26 maart 2026 | instemming OPR 17 maart 2026 | OOGO 4 februari 2026"),
        TOC("Inhoud",
            "Voorwoord",
            "1 Onze koers",
            "2 Noorderstrand in beeld",
            "3 Basisondersteuning",
            "4 Extra ondersteuning en het dekkend aanbod",
            "5 Toewijzing en toelaatbaarheid (vso, lwoo, pro)",
            "6 Leerlingen en ouders",
            "7 Samenwerking met gemeenten, jeugdhulp en mbo",
            "8 Kwaliteitszorg",
            "9 Financiën",
            "10 Organisatie, personeel en privacy",
            "11 Totstandkoming en planning",
            "Begrippenlijst"),
        H1("Voorwoord"),
        P("Met trots presenteren wij het ondersteuningsplan 2026-2030 van het Samenwerkingsverband Voortgezet "
          "Onderwijs Noorderstrand. In dit plan staat hoe zes schoolbesturen met veertien scholen voor "
          "voortgezet onderwijs, een school voor praktijkonderwijs en een school voor voortgezet speciaal "
          "onderwijs de komende vier jaar samenwerken aan passend onderwijs voor alle jongeren in de regio."),
        P("De afgelopen planperiode stond in het teken van herstel na de coronajaren, van een sterke groei van "
          "het aantal leerlingen met psychische klachten en van een krappe arbeidsmarkt. Scholen hebben laten "
          "zien dat zij veel kunnen opvangen, maar ook dat de grenzen in zicht komen. Met dit plan kiezen we "
          "voor een sterkere basis op iedere school, voor snelle hulp wanneer het nodig is en voor een "
          "eenvoudige toewijzing zonder onnodige papieren rompslomp."),
        P("Wij danken de leden van de ondersteuningsplanraad, de ondersteuningscoördinatoren, de mentoren, de "
          "gemeenten en alle anderen die hebben meegedacht."),
        P("Jeroen Haverkamp, directeur-bestuurder"),
        H1("1 Onze koers"),
        P("Passend onderwijs is in Noorderstrand geen project, maar een manier van werken. Wij geloven dat "
          "jongeren het beste leren in een omgeving waar zij gezien worden, waar volwassenen hoge verwachtingen "
          "hebben en waar hulp snel beschikbaar is. Onze koers voor de komende jaren rust op vier koerslijnen."),
        OL("Sterke basis: iedere school biedt dezelfde stevige basisondersteuning, met mentoren die zich gesteund voelen.",
           "Snel en dichtbij: extra ondersteuning is snel beschikbaar, zo dicht mogelijk bij de eigen school.",
           "Eén plan met de zorg: onderwijs en jeugdhulp werken vanuit één plan met de jongere.",
           "Eenvoudig organiseren: minder aanvragen, meer vertrouwen in de professional."),
        P("Deze koerslijnen komen in de volgende hoofdstukken steeds terug. Ze zijn richtinggevend voor de "
          "jaarplannen van het verband en voor de keuzes die het bestuur maakt."),
        H2("Landelijke ontwikkelingen"),
        P("Ook landelijk staat passend onderwijs niet stil. De verbeteraanpak passend onderwijs heeft geleid tot "
          "nieuwe afspraken over de rol van samenwerkingsverbanden, over de inzet van reserves en over de positie "
          "van ouders en leerlingen. Daarnaast wordt gewerkt aan een landelijke norm voor basisondersteuning en "
          "aan de vereenvoudiging van de bekostiging van het lwoo en het praktijkonderwijs. Wij volgen deze "
          "ontwikkelingen nauwgezet en passen dit plan zo nodig tussentijds aan, na instemming van de OPR."),
        P("Tegelijk zien we dat de vraag naar ondersteuning verandert. Steeds meer jongeren kampen met "
          "psychische klachten, waaronder angst, somberheid en overbelasting. Scholen geven aan dat zij die "
          "vraag niet alleen kunnen beantwoorden. Dat vraagt om een nauwere samenwerking met de jeugdhulp en de "
          "geestelijke gezondheidszorg, en om een andere manier van kijken naar aanwezigheid en onderwijstijd."),
        H2("Wat dit vraagt van scholen en besturen"),
        P("De koerslijnen vragen iets van iedereen. Van scholen vragen zij dat zij de basisondersteuning op orde "
          "houden, dat mentoren tijd en ruimte krijgen voor hun leerlingen en dat ondersteuningscoördinatoren "
          "goed zijn ingebed in de schoolorganisatie. Van besturen vragen zij dat zij zich gezamenlijk "
          "verantwoordelijk voelen voor alle jongeren in de regio, ook voor de jongeren die niet op een van hun "
          "eigen scholen zitten. Van het verband vragen zij een dienstverlenende houding, snelle besluiten en "
          "heldere communicatie met scholen."),
        H1("2 Noorderstrand in beeld"),
        P("Het werkgebied van het verband omvat de gemeenten Noorderstrand, Dijkzicht, Wadloo en Kollum-Zand. "
          "Op 1 oktober 2025 volgden 12.420 leerlingen voortgezet onderwijs bij een van de aangesloten scholen."),
        TAB(["Schoolsoort", "Scholen (vestigingen)", "Leerlingen 1-10-2025"],
            ["vmbo (incl. lwoo)", "6 (8)", "4.930"],
            ["havo/vwo", "6 (7)", "5.880"],
            ["scholengemeenschap vmbo-havo-vwo", "2 (4)", "1.060"],
            ["praktijkonderwijs", "1", "312"],
            ["voortgezet speciaal onderwijs (cluster 4)", "1", "238"]),
        P("Leerlingen die aangewezen zijn op vso cluster 3 gaan naar scholen in de omliggende regio's. Het "
          "verband heeft met twee vso-scholen buiten de regio afspraken over vervoer en overleg."),
        H1("3 Basisondersteuning"),
        H2("3.1 Wat is basisondersteuning"),
        P("Basisondersteuning is de ondersteuning die iedere vestiging van iedere aangesloten school ten minste "
          "biedt aan alle leerlingen, binnen de eigen ondersteuningsstructuur en zonder toewijzing door het "
          "samenwerkingsverband. De besturen hebben dit niveau in 2025 opnieuw vastgesteld. Het is voor alle "
          "scholen en vestigingen gelijk, van het praktijkonderwijs tot het gymnasium."),
        H2("3.2 De onderdelen"),
        P("Op iedere vestiging is ten minste het volgende aanwezig:"),
        UL("een ondersteuningscoördinator met een vaste aanstelling en voldoende tijd (minimaal 0,2 fte per 250 leerlingen);",
           "een mentoraat met wekelijkse mentoruren in leerjaar 1 en 2, en mentoren die getraind zijn in signaleren en in gesprekken met jongeren;",
           "een dyslexie- en dyscalculiebeleid met faciliteiten zoals extra tijd, vergroot lettertype en voorleessoftware, ook bij toetsen en examens;",
           "trainingen in de eigen school op het gebied van faalangst, sociale vaardigheden en examenvrees;",
           "begeleiding bij executieve functies (plannen, organiseren) door een daartoe opgeleide begeleider;",
           "een time-in- of opvangvoorziening waar leerlingen tijdelijk tot rust kunnen komen, met een vaste begeleider;",
           "een zorg- en adviesteam dat minstens zes keer per jaar bijeenkomt, met de jeugdarts, de leerplichtambtenaar en de schoolmaatschappelijk werker;",
           "een aanpak voor verzuim met een eerste gesprek binnen een week na het signaal;",
           "een protocol medisch handelen en afspraken over aanpassingen voor leerlingen met een lichamelijke beperking of chronische ziekte;",
           "een ontwikkelingsperspectiefplan voor iedere leerling die extra ondersteuning krijgt, dat ten minste jaarlijks wordt geëvalueerd."),
        H2("3.3 Borging"),
        P("Iedere school vult jaarlijks in mei de ondersteuningsscan in. De uitkomsten worden per vestiging "
          "besproken in het bestuurlijk gesprek tussen de directeur-bestuurder en het schoolbestuur. Voldoet een "
          "vestiging op een onderdeel niet, dan worden afspraken gemaakt over herstel binnen een schooljaar; de "
          "voortgang komt in het volgende bestuurlijk gesprek terug."),
        H1("4 Extra ondersteuning en het dekkend aanbod"),
        H2("4.1 Het ondersteuningsaanbod in lagen"),
        P("Boven de basisondersteuning onderscheiden wij drie lagen. In laag 1 biedt de school zelf extra "
          "ondersteuning met het budget dat zij van het verband ontvangt, bijvoorbeeld een "
          "ondersteuningsklas, een trajectvoorziening of individuele begeleiding. In laag 2 zijn er de "
          "bovenschoolse voorzieningen van het verband: het OPDC De Overstap voor leerlingen die tijdelijk niet "
          "in een reguliere klas kunnen functioneren (maximaal een jaar, 40 plaatsen), de reboundvoorziening "
          "Koersbord voor een korte time-out van 6 tot 12 weken (16 plaatsen) en het Flexcollege voor "
          "leerlingen die door psychische klachten deels onderwijs op afstand volgen. In laag 3 zijn er het "
          "praktijkonderwijs en het voortgezet speciaal onderwijs."),
        P("De lagen zijn geen trap die een leerling moet doorlopen: de ondersteuning wordt ingezet die nodig is. "
          "Wel is het uitgangspunt dat een leerling na een plaatsing in laag 2 terugkeert naar de eigen school "
          "of een andere reguliere school."),
        H2("4.2 Dekkend aanbod en thuiszitters"),
        P("Het verband houdt per maand bij welke jongeren geen onderwijs volgen of een vrijstelling hebben. "
          "Iedere melding van een jongere die langer dan vier weken thuiszit, wordt binnen een week besproken in "
          "het Regionaal Thuiszittersoverleg, met leerplicht, jeugdhulp, de school en de trajectbegeleider van "
          "het verband. Er wordt een plan gemaakt met één regisseur. Lukt het niet om binnen acht weken "
          "een passend aanbod te realiseren, dan neemt de directeur-bestuurder de regie en kan hij een school "
          "of voorziening vragen de jongere (tijdelijk) te plaatsen."),
        P("In 2025 is een analyse gemaakt van het aanbod. Daaruit bleek dat er te weinig plaatsen zijn voor "
          "jongeren met ernstige angst- en stemmingsklachten en dat het aanbod voor hoogbegaafde leerlingen met "
          "een ondersteuningsbehoefte versnipperd is. Het Flexcollege wordt daarom in 2026 uitgebreid van 20 naar "
          "35 plaatsen, en in 2027 start een regionaal expertisepunt hoogbegaafdheid. De analyse wordt iedere "
          "twee jaar herhaald."),
        H1("5 Toewijzing en toelaatbaarheid (vso, lwoo, pro)"),
        H2("5.1 Toelaatbaarheid tot het vso"),
        P("Een school die meent dat een leerling aangewezen is op het vso, vraagt via het bevoegd gezag een "
          "toelaatbaarheidsverklaring aan bij de Commissie Toewijzing van het verband. De aanvraag gaat vergezeld "
          "van het ontwikkelingsperspectiefplan, een beschrijving van de ingezette ondersteuning en het "
          "resultaat daarvan, en de mening van de leerling. De trajectbegeleider van het verband bespreekt de "
          "aanvraag vooraf met de school. De Commissie Toewijzing neemt een besluit binnen zes weken na "
          "ontvangst van de volledige aanvraag."),
        P("Een leerling is toelaatbaar tot het vso wanneer:"),
        UL("de ondersteuningsbehoefte zo intensief en langdurig is dat een reguliere school, ook met inzet van laag 1 en laag 2, daaraan niet kan voldoen;",
           "er sprake is van een structurele noodzaak van een kleine, zeer gestructureerde leeromgeving met onderwijs en zorg in samenhang;",
           "de verwachting is dat de leerling in het vso een passend uitstroomperspectief (vervolgonderwijs, arbeid of dagbesteding) kan bereiken."),
        P("Over iedere aanvraag adviseren twee deskundigen: een orthopedagoog of GZ-psycholoog van het verband en "
          "een tweede deskundige die past bij de vraag, zoals een kinder- en jeugdpsychiater of een "
          "maatschappelijk werker. Zij brengen ieder afzonderlijk schriftelijk advies uit."),
        P("Een TLV vso wordt afgegeven voor twee schooljaren, of voor de resterende duur van de opleiding als "
          "die korter is. Bij de TLV stelt de commissie de bekostigingscategorie vast; voor het overgrote deel "
          "van de leerlingen is dat categorie laag."),
        P("Ouders en leerling kunnen bezwaar maken tegen het besluit. Het verband legt het bezwaar voor advies "
          "voor aan de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen en beslist binnen de "
          "wettelijke termijn."),
        H2("5.2 Leerwegondersteunend onderwijs"),
        P("Het verband hanteert de landelijke criteria voor lwoo. De school waar de leerling wordt aangemeld, "
          "stelt op basis van het onderwijskundig rapport en de toetsgegevens vast of een leerling aan de "
          "criteria voldoet en vraagt de aanwijzing aan bij de Commissie Toewijzing. Die beslist binnen vier "
          "weken; uiterlijk 1 juni krijgen alle aangemelde leerlingen uitsluitsel. De aanwijzing geldt voor de "
          "duur van de opleiding."),
        H2("5.3 Praktijkonderwijs"),
        P("Voor toelating tot het praktijkonderwijs gelden de landelijke criteria (IQ tussen 55 en 80 en een "
          "leerachterstand van drie jaar of meer op ten minste twee domeinen, waaronder begrijpend lezen of "
          "rekenen). De school voor praktijkonderwijs vraagt de TLV pro aan bij de Commissie Toewijzing, die "
          "binnen vier weken beslist."),
        H2("5.4 Plaatsing in een voorziening van laag 2"),
        P("Voor een plaatsing in het OPDC, de reboundvoorziening of het Flexcollege is geen TLV nodig. De school "
          "meldt de leerling aan bij de trajectbegeleider; de intakecommissie van de voorziening beslist binnen "
          "twee weken."),
        H2("5.5 Na het vso"),
        P("Over de terug- en overplaatsing van leerlingen uit het vso naar het regulier voortgezet onderwijs "
          "maakt het verband in het schooljaar 2026-2027 nieuwe afspraken met de vso-scholen. Deze afspraken "
          "worden als aanvulling op dit plan aan de ondersteuningsplanraad voorgelegd."),
        H1("6 Leerlingen en ouders"),
        H2("6.1 De stem van de leerling"),
        P("Jongeren hebben recht om gehoord te worden over hun eigen ontwikkelingsperspectief. Scholen betrekken "
          "de leerling bij het opstellen en evalueren van het ontwikkelingsperspectiefplan. Het verband heeft een "
          "leerlingenpanel van vijftien jongeren uit verschillende scholen dat twee keer per jaar meepraat over "
          "beleid."),
        H2("6.2 Ouders als partner"),
        P("Ouders worden door de school betrokken bij iedere stap in de ondersteuning van hun kind: bij de "
          "bespreking in het zorg- en adviesteam, bij het ontwikkelingsperspectiefplan en bij een aanvraag voor "
          "een TLV of een plaatsing in een voorziening. In de ondersteuningsplanraad zijn ouders en leerlingen "
          "samen met vijf leden vertegenwoordigd, naast vijf personeelsleden."),
        H2("6.3 Als u er samen niet uitkomt"),
        P("Het Ouder- en Jeugdsteunpunt Noorderstrand helpt ouders en jongeren die vastlopen of die het niet "
          "eens zijn met de school of het verband. Het steunpunt is onafhankelijk: het wordt uitgevoerd door "
          "Stichting Steunpunt Passend Noord, die geen banden heeft met de scholen. Medewerkers luisteren, "
          "geven advies, gaan mee naar gesprekken en kunnen bemiddelen. Het steunpunt is bereikbaar via "
          "telefoon en e-mail en houdt op woensdagmiddag een inloopspreekuur. Ouders kunnen daarnaast terecht "
          "bij Onderwijsconsulenten en bij de Geschillencommissie passend onderwijs. Het steunpunt meldt "
          "twee keer per jaar aan het bestuur welke knelpunten het signaleert."),
        H2("6.4 Informatie"),
        P("Het verband vernieuwt in 2026 zijn informatievoorziening aan ouders. Een nieuwe ouderwebsite en een "
          "nieuwe brochure over het ondersteuningsaanbod zijn in voorbereiding en verschijnen in de loop van de "
          "planperiode."),
        H1("7 Samenwerking met gemeenten, jeugdhulp en mbo"),
        P("Met de vier gemeenten voert het verband minimaal twee keer per jaar OOGO. De gezamenlijke agenda "
          "richt zich op de aanpak van thuiszitten en verzuim, jeugdhulp op school, de inzet van "
          "schoolmaatschappelijk werk en de overgang naar mbo en arbeid. Op iedere school is een jeugdhulpverlener "
          "van het gebiedsteam gedurende minstens één dag per week aanwezig. Voor het Flexcollege betalen "
          "gemeenten en verband samen; de gemeenten financieren de behandeling, het verband het onderwijs."),
        P("Met de mbo-instellingen in de regio is een convenant gesloten over de overstap van kwetsbare "
          "jongeren. Iedere jongere uit het vso, het praktijkonderwijs of het OPDC die naar het mbo gaat, krijgt "
          "een warme overdracht en een half jaar nazorg door de trajectbegeleider."),
        P("Voor leerlingen uit het praktijkonderwijs en het vso met uitstroomprofiel arbeid werkt het verband "
          "samen met het werkbedrijf van de gemeenten en met werkgevers in de regio. Leerlingen lopen vanaf het "
          "derde leerjaar stage bij een erkend leerbedrijf, onder begeleiding van een stagecoördinator van de "
          "school. Na het verlaten van school volgt de school de jongere nog een jaar, zodat problemen op de "
          "werkplek tijdig worden gesignaleerd. Met de gemeenten zijn afspraken gemaakt over de inzet van "
          "jobcoaches en over de overdracht naar het werkbedrijf."),
        P("Met het samenwerkingsverband PO in de regio zijn afspraken gemaakt over de overstap van groep 8 naar "
          "het voortgezet onderwijs, in het bijzonder voor leerlingen uit het speciaal basisonderwijs en het "
          "speciaal onderwijs."),
        H1("8 Kwaliteitszorg"),
        H2("8.1 Onze werkwijze"),
        P("Het verband werkt met een jaarlijkse kwaliteitscyclus. Ieder kwartaal verzamelt het bureau kengetallen "
          "uit de toewijzingsregistratie, de thuiszittersmonitor en de leerlingtellingen van DUO. Deze worden in "
          "een kwartaalrapportage aan het bestuur en de raad van toezicht voorgelegd. In juni evalueert het "
          "verband met de ondersteuningscoördinatoren en de ondersteuningsplanraad wat er dat jaar is bereikt. "
          "Het jaarverslag bevat per koerslijn een kwalitatieve en kwantitatieve verantwoording. Eén keer per "
          "twee jaar wordt een tevredenheidspeiling onder scholen, ouders en leerlingen gehouden."),
        H2("8.2 Bereikte resultaten 2022-2025"),
        TAB(["Kengetal", "2022-2023", "2023-2024", "2024-2025"],
            ["Deelnamepercentage vso (1 oktober)", "2,1%", "2,0%", "1,9%"],
            ["Jongeren > 4 weken thuis zonder onderwijs (peildatum 1 maart)", "31", "26", "19"],
            ["Plaatsingen OPDC De Overstap", "58", "61", "55"],
            ["Terugkeer uit OPDC naar regulier binnen 1 jaar", "74%", "79%", "81%"],
            ["Leerlingen vanuit het vso teruggeplaatst naar regulier vo", "4", "6", "9"],
            ["Gemiddelde doorlooptijd TLV-aanvraag (weken)", "6,4", "5,6", "5,1"]),
        H2("8.3 Beoogde resultaten"),
        P("De beoogde resultaten voor de planperiode 2026-2030 worden vastgesteld nadat in het najaar van 2026 "
          "een nulmeting is uitgevoerd met de nieuwe ondersteuningsscan. Het bestuur legt de streefwaarden "
          "daarna ter instemming voor aan de ondersteuningsplanraad."),
        H1("9 Financiën"),
        H2("9.1 Inkomsten"),
        P("Het verband ontvangt jaarlijks rijksmiddelen voor lichte en zware ondersteuning, inclusief de "
          "middelen voor lwoo en praktijkonderwijs. Een deel van deze middelen wordt door DUO ingehouden voor de "
          "bekostiging van het vso, het lwoo en het praktijkonderwijs."),
        H2("9.2 Verdeling"),
        P("De huidige verdeelsystematiek blijft tot 1 augustus 2027 van kracht. Een werkgroep van bestuurders "
          "en controllers werkt in 2026 een nieuwe systematiek uit die beter aansluit bij de koerslijnen van dit "
          "plan. Het bestuur legt de nieuwe systematiek, na advies van de besturen, ter instemming voor aan de "
          "ondersteuningsplanraad."),
        H2("9.3 Meerjarenbegroting"),
        TAB(["Bedragen x € 1.000", "2026", "2027", "2028", "2029"],
            ["Baten lichte en zware ondersteuning", "14.860", "14.700", "14.520", "14.380"],
            ["Inhouding DUO vso, lwoo en pro", "8.940", "8.880", "8.810", "8.750"],
            ["Doorbetaling aan schoolbesturen (laag 1)", "3.120", "3.050", "2.990", "2.940"],
            ["OPDC De Overstap en rebound Koersbord", "1.480", "1.500", "1.510", "1.520"],
            ["Flexcollege", "420", "640", "650", "660"],
            ["Expertisepunt hoogbegaafdheid", "0", "150", "200", "200"],
            ["Bureau, trajectbegeleiding en Commissie Toewijzing", "1.070", "1.080", "1.090", "1.100"],
            ["Ouder- en jeugdsteunpunt", "90", "90", "90", "90"],
            ["Resultaat", "-260", "-690", "-820", "-880"]),
        H2("9.4 Reserves"),
        P("Het eigen vermogen bedraagt eind 2025 € 4,6 miljoen. Dat is ruim boven de signaleringswaarde van de "
          "Inspectie. De tekorten in de meerjarenbegroting zijn bewust gepland: het bovenmatige deel van de "
          "reserve wordt in vier jaar ingezet voor de uitbreiding van het Flexcollege en het expertisepunt "
          "hoogbegaafdheid. Het weerstandsvermogen blijft daarbij boven de ondergrens die het bestuur heeft "
          "vastgesteld."),
        H1("10 Organisatie, personeel en privacy"),
        P("Het samenwerkingsverband is een stichting met een directeur-bestuurder en een raad van toezicht van "
          "vijf leden. De zes schoolbesturen komen vier keer per jaar bijeen in het bestuurdersoverleg, dat het "
          "bestuur adviseert over de begroting en het ondersteuningsplan. Het bureau telt 17 medewerkers, onder "
          "wie zes trajectbegeleiders, twee orthopedagogen en een GZ-psycholoog."),
        P("De raad van toezicht vergadert zes keer per jaar en heeft commissies voor audit, kwaliteit en "
          "remuneratie. De leden van de raad van toezicht worden benoemd voor vier jaar en kunnen eenmaal worden "
          "herbenoemd. De directeur-bestuurder en de raad van toezicht voeren jaarlijks een gesprek met de "
          "ondersteuningsplanraad en met de medezeggenschapsraad van het bureau. Het verband volgt de "
          "governancecode van de VO-raad."),
        P("Het verband investeert in de deskundigheid van mentoren en ondersteuningscoördinatoren met een "
          "regionale leergang, intervisie en jaarlijks een regiodag. De trajectbegeleiders volgen scholing in "
          "oplossingsgericht werken en in het voeren van gesprekken met jongeren en ouders."),
        P("Voor de toewijzing en de thuiszittersmonitor verwerkt het verband persoonsgegevens. Het verband "
          "houdt zich daarbij aan de AVG en heeft een functionaris gegevensbescherming. Dossiers worden drie "
          "jaar na het laatste besluit vernietigd."),
        P("Het bureau is gehuisvest in het voormalige stadskantoor van Noorderstrand, dat het verband deelt met "
          "het OPDC De Overstap en de reboundvoorziening Koersbord. De nabijheid van de voorzieningen maakt korte "
          "lijnen mogelijk tussen trajectbegeleiders en begeleiders van de voorzieningen. In 2027 loopt het "
          "huurcontract af; het bestuur onderzoekt met de gemeente of een plek in het nieuwe onderwijscampus aan "
          "de Havenweg mogelijk is."),
        P("Het verband streeft naar een gezonde werkomgeving voor zijn medewerkers. Het ziekteverzuim lag in "
          "2025 onder het sectorgemiddelde. Medewerkers hebben jaarlijks een ontwikkelgesprek en een budget voor "
          "persoonlijke ontwikkeling. Het verband werkt met een regeling voor hybride werken, waarbij "
          "trajectbegeleiders zoveel mogelijk op de scholen aanwezig zijn."),
        H1("11 Totstandkoming en planning"),
        P("Het plan is voorbereid in vijf themasessies met schoolleiders, ondersteuningscoördinatoren en "
          "jongeren. Het OOGO met de gemeenten vond plaats op 4 februari 2026; het overleg met het "
          "samenwerkingsverband PO op 10 februari 2026. De ondersteuningsplanraad heeft op 17 maart 2026 "
          "ingestemd en het bestuur heeft het plan op 26 maart 2026 vastgesteld."),
        TAB(["Schooljaar", "Belangrijkste stappen"],
            ["2026-2027", "Nulmeting en streefwaarden; nieuwe verdeelsystematiek; afspraken terug- en overplaatsing vso; uitbreiding Flexcollege"],
            ["2027-2028", "Invoering verdeelsystematiek; start expertisepunt hoogbegaafdheid; nieuwe analyse aanbod"],
            ["2028-2029", "Tussenevaluatie"],
            ["2029-2030", "Voorbereiding nieuw ondersteuningsplan"]),
        H1("Begrippenlijst"),
        TAB(["Begrip", "Omschrijving"],
            ["Basisondersteuning", "De ondersteuning die iedere school ten minste biedt."],
            ["Lwoo", "Leerwegondersteunend onderwijs: extra ondersteuning binnen het vmbo."],
            ["OPDC", "Orthopedagogisch-didactisch centrum."],
            ["Ouderinformatiepunt", "Plek waar ouders informatie krijgen over het ondersteuningsaanbod van de scholen."],
            ["Terugplaatsing", "Overgang van een leerling uit het vso naar het regulier voortgezet onderwijs."],
            ["TLV", "Toelaatbaarheidsverklaring."],
            ["Verdeelmodel", "De regels volgens welke het verband de middelen over de scholen verdeelt."]),
    ]


LABEL_D = """
documents: [vo-noorderstrand-op-2026-2030.pdf]
sector: vo
looks_like_plan: true
elements: {basisondersteuning: present, plaatsing: present, terugstroom: partial, financien: partial, dekkend-aanbod: present, resultaten: partial, ouders: partial}
criteria:
  basisondersteuning.niveau: true
  basisondersteuning.inhoud: true
  plaatsing.procedure: true
  plaatsing.criteria: true
  terugstroom.procedure: false
  terugstroom.beleid: false
  financien.verdeling: false
  financien.besteding: true
  dekkend-aanbod.continuum: true
  dekkend-aanbod.lacunes: true
  resultaten.doelen: false
  resultaten.monitoring: true
  ouders.informatie: false
  ouders.steunpunt: true
advisory_addressed:
  basisondersteuning: [borging]
  plaatsing: [deskundigen, duur-categorie, bezwaar]
  terugstroom: [monitoring]
  financien: [reserves]
  dekkend-aanbod: [ketenpartners]
  resultaten: [meetbaar]
  ouders: [betrokkenheid]
notes:
  basisondersteuning: "3.1 level equal for every vestiging; 3.2 ten concrete voorzieningen; 3.3 ondersteuningsscan and bestuurlijk gesprek."
  plaatsing: "5.1 vso: request via bevoegd gezag to Commissie Toewijzing, 6 weeks, criteria, two deskundigen, duration/categorie, bezwaar via LBT; 5.2 lwoo and 5.3 pro procedure."
  terugstroom: "Only figures (8.2 table: 4/6/9 pupils teruggeplaatst from vso). 5.5 'Na het vso' defers the terug- en overplaatsing arrangements to 2026-2027; OPDC return (4.1) is not vso terugstroom."
  financien: "9.3 meerjarenbegroting table with amounts; 9.4 reserves. Verdeling not addressed: 9.2 only says the current (undescribed) system continues and a new one is being developed."
  dekkend-aanbod: "4.1 layered aanbod with OPDC, rebound, Flexcollege, pro, vso; 4.2 thuiszittersoverleg, escalation, analysis of gaps with actions; ch.7 OOGO/jeugdhulp."
  resultaten: "8.1 quarterly kengetallen, evaluation, jaarverslag; 8.2 achieved figures. Doelen deferred in 8.3 (streefwaarden after nulmeting autumn 2026); koerslijnen in ch.1 are not pupil results."
  ouders: "6.3 independent OJSP Noorderstrand, Onderwijsconsulenten, Geschillencommissie; 6.1/6.2 role. Informatie deferred in 6.4 (website/brochure 'in voorbereiding'); 'Ouderinformatiepunt' only in begrippenlijst."
"""


# =============================================================================================
# Plan E - PO, thin 'koersplan op hoofdlijnen' (.docx). SWV Passend Primair Onderwijs De Driestroom.
# =============================================================================================


def plan_e():
    return [
        T("Koersplan passend onderwijs 2026-2030",
          "Ondersteuningsplan van Stichting Samenwerkingsverband Passend Primair Onderwijs De Driestroom",
          "Samen verder na de fusie",
          "Vastgesteld door het bestuur op 31 maart 2026"),
        TOC("Inhoudsopgave",
            "1 Voorwoord",
            "2 Over dit koersplan",
            "3 Waar we vandaan komen",
            "4 Onze koers",
            "5 Ambities 2030",
            "6 Ondersteuning en toewijzing",
            "   6.1 Basisondersteuning",
            "   6.2 Toelaatbaarheid SBO en SO",
            "   6.3 Terugkeer naar het basisonderwijs",
            "7 Organisatie en governance",
            "8 Medezeggenschap en overleg",
            "9 Mensen en expertise",
            "10 Communicatie",
            "11 ICT, gegevens en privacy",
            "12 Financieel kader",
            "13 Ontwikkelagenda 2026-2030",
            "Begrippenlijst",
            "Bijlagen (afzonderlijk vastgesteld): A Basisondersteuning, B Procedure TLV, C Financieel kader en verdeelmodel, D Meerjarenbegroting"),
        H1("1 Voorwoord"),
        P("Op 1 augustus 2025 zijn de samenwerkingsverbanden Driestroom-Noord en Rivierzone samengegaan in "
          "Stichting Samenwerkingsverband Passend Primair Onderwijs De Driestroom. Dit koersplan is het eerste "
          "ondersteuningsplan van het nieuwe verband. Het is tegelijk een afronding en een begin: een afronding "
          "van een intensief fusietraject, en het begin van een periode waarin we de beste elementen van beide "
          "verbanden willen samenbrengen."),
        P("Een fusie vraagt tijd. Veel afspraken van de twee voormalige verbanden verschillen nog van elkaar. "
          "We hebben er daarom bewust voor gekozen dit plan op hoofdlijnen te schrijven. Het koersplan geeft de "
          "richting aan; de uitwerking volgt in bijlagen en in de jaarplannen, die het bestuur afzonderlijk "
          "vaststelt. Zo houden we ruimte om samen met scholen, gemeenten en de ondersteuningsplanraad de "
          "komende jaren stap voor stap verder te bouwen."),
        P("Ik wil iedereen bedanken die het afgelopen jaar heeft bijgedragen aan de fusie en aan dit plan: "
          "bestuurders, schoolleiders, intern begeleiders, de medewerkers van beide bureaus en de leden van de "
          "ondersteuningsplanraad. Zonder hun inzet en geduld had dit plan er niet gelegen."),
        P("Drs. H. (Hanneke) Veldhuis, directeur-bestuurder"),
        H1("2 Over dit koersplan"),
        P("Dit koersplan is het ondersteuningsplan van De Driestroom in de zin van artikel 18a van de Wet op het "
          "primair onderwijs. Het beschrijft de koers van het verband voor de periode 1 augustus 2026 tot en met "
          "31 juli 2030. Het plan is bewust compact. Onderdelen die een meer technisch of uitvoerend karakter "
          "hebben, zijn opgenomen in afzonderlijke bijlagen: bijlage A over de basisondersteuning, bijlage B over "
          "de procedure voor toelaatbaarheidsverklaringen, bijlage C over het financieel kader en het verdeelmodel "
          "en bijlage D met de meerjarenbegroting. Deze bijlagen worden door het bestuur vastgesteld en zijn via "
          "de website van het verband te raadplegen."),
        P("Het koersplan is opgebouwd uit drie delen. In hoofdstuk 3 tot en met 5 beschrijven we waar we vandaan "
          "komen, welke koers we varen en wat we in 2030 willen bereiken. Hoofdstuk 6 gaat in op de ondersteuning "
          "en de toewijzing. De hoofdstukken 7 tot en met 12 beschrijven de organisatie: bestuur, medezeggenschap, "
          "mensen, communicatie, gegevens en geld. Hoofdstuk 13 bevat de ontwikkelagenda voor de planperiode."),
        P("We realiseren ons dat een plan op hoofdlijnen vragen oproept. Waar iets nog niet is uitgewerkt, "
          "zeggen we dat eerlijk en geven we aan wanneer de uitwerking volgt. De ontwikkelagenda in hoofdstuk 13 "
          "geeft daarvan een overzicht."),
        H1("3 Waar we vandaan komen"),
        P("De twee voormalige verbanden werkten sinds 2014 naast elkaar in hetzelfde gebied langs de rivieren. "
          "Driestroom-Noord bestond uit vier besturen met 38 scholen, Rivierzone uit drie besturen met 27 "
          "scholen. Veel scholen werkten al samen over de grenzen van de verbanden heen, bijvoorbeeld in "
          "netwerken van intern begeleiders. Gemeenten en jeugdhulpaanbieders moesten echter met twee "
          "verschillende verbanden afspraken maken, met verschillende procedures en formulieren."),
        P("In 2023 hebben de besturen van beide verbanden een verkenning laten uitvoeren naar de voordelen van "
          "een fusie. De belangrijkste argumenten waren: eenduidigheid voor scholen en gemeenten, een sterkere "
          "positie in het overleg met partners, minder bestuurlijke drukte en een robuustere organisatie in een "
          "tijd van dalende leerlingaantallen. Na instemming van beide ondersteuningsplanraden en de "
          "medezeggenschapsraden van beide bureaus is de fusie per 1 augustus 2025 een feit."),
        P("Het eerste fusiejaar stond in het teken van de organisatie: één bureau, één huisvesting in "
          "Rivierstad, één bestuursmodel en het samenvoegen van de administraties. Inhoudelijk zijn de "
          "werkwijzen van beide verbanden voorlopig naast elkaar blijven bestaan. In deze planperiode brengen "
          "we die werkwijzen samen."),
        P("Het nieuwe verband telt zeven schoolbesturen met 65 basisscholen, drie scholen voor speciaal "
          "basisonderwijs en twee scholen voor speciaal onderwijs. Ongeveer 14.600 kinderen gaan in ons gebied "
          "naar de basisschool. Het gebied omvat vijf gemeenten."),
        H2("3.1 Lessen uit de fusie"),
        P("Het fusietraject heeft ons veel geleerd. In de eerste plaats dat het samenbrengen van twee culturen "
          "meer tijd kost dan het samenvoegen van twee organisaties. Medewerkers en scholen waren gewend aan hun "
          "eigen manier van werken en aan hun eigen contactpersonen. In de tweede plaats dat zorgvuldige "
          "communicatie met scholen essentieel is: waar besluiten niet goed waren uitgelegd, ontstond onrust. "
          "En in de derde plaats dat besturen bereid zijn om over hun eigen grenzen heen te kijken wanneer het "
          "belang van kinderen daarom vraagt."),
        P("Deze lessen nemen we mee in de manier waarop we de komende jaren werken. We nemen de tijd om samen "
          "tot gedeelde afspraken te komen, we betrekken scholen vroeg bij veranderingen en we zijn duidelijk "
          "over wat wel en wat nog niet geregeld is. Ook in dit koersplan is dat zichtbaar: waar de uitwerking "
          "nog volgt, staat dat er eerlijk bij."),
        H2("3.2 Landelijke ontwikkelingen"),
        P("Naast de fusie spelen landelijke ontwikkelingen een rol. De verbeteraanpak passend onderwijs vraagt "
          "samenwerkingsverbanden om scherper te sturen op de inzet van middelen en om meer oog te hebben voor de "
          "positie van ouders en leerlingen. Het wetsvoorstel over een landelijke norm voor basisondersteuning kan "
          "gevolgen hebben voor de afspraken die wij maken. En de vereenvoudiging van de bekostiging van het "
          "primair onderwijs heeft de geldstromen naar de besturen veranderd. Deze ontwikkelingen zijn een extra "
          "reden om dit koersplan op hoofdlijnen te houden en onderdelen later in te vullen."),
        H1("4 Onze koers"),
        H2("4.1 Visie"),
        P("Wij willen dat ieder kind in ons gebied kan opgroeien en leren op een plek die bij hem of haar past, "
          "het liefst in de eigen buurt en samen met andere kinderen uit die buurt. Scholen zijn daarbij de spil. "
          "Het verband is er om scholen te ondersteunen, om samen te organiseren wat een school alleen niet kan "
          "en om ervoor te zorgen dat de middelen terechtkomen waar ze het meeste effect hebben."),
        H2("4.2 Kernwaarden"),
        UL("Vertrouwen: we gaan uit van de professionaliteit van scholen en leerkrachten.",
           "Eigenaarschap: besturen zijn samen verantwoordelijk voor alle kinderen in het gebied.",
           "Eenvoud: regels en procedures zijn zo eenvoudig als mogelijk.",
           "Openheid: we zijn transparant over keuzes en we spreken elkaar aan."),
        H2("4.3 Koersuitspraken"),
        P("Voor de komende vier jaar hebben de besturen vijf koersuitspraken gedaan. Zij geven richting aan het "
          "werk van het verband en aan de jaarplannen."),
        OL("We maken één verband: één werkwijze, één loket, één taal.",
           "We versterken de scholen, zodat zij meer kinderen zelf kunnen bedienen.",
           "We kiezen voor nabijheid: ondersteuning komt naar het kind toe en niet andersom.",
           "We werken samen met partners die er ook voor kinderen zijn.",
           "We laten zien wat ons werk oplevert."),
        P("De koersuitspraken zijn bewust algemeen geformuleerd. Ze worden jaarlijks vertaald in concrete "
          "activiteiten in het jaarplan van het verband."),
        H2("4.4 Wat de koers vraagt van besturen en scholen"),
        P("Een koers is alleen iets waard als iedereen hem vaart. Van de besturen vraagt deze koers dat zij de "
          "gezamenlijke afspraken in hun eigen organisatie doorvertalen en elkaar aanspreken wanneer dat niet "
          "gebeurt. Van schoolleiders vraagt zij dat zij ruimte maken voor de intern begeleider en voor "
          "teamontwikkeling. Van het bureau vraagt zij dat het dienstverlenend werkt, snel schakelt en "
          "bereikbaar is. Wij zullen de komende jaren regelmatig met elkaar bespreken of we nog op koers liggen "
          "en waar bijsturing nodig is."),
        H1("5 Ambities 2030"),
        P("Vanuit de koersuitspraken hebben we de volgende ambities geformuleerd voor kinderen die extra "
          "ondersteuning nodig hebben. Het zijn de resultaten die wij aan het eind van de planperiode willen "
          "hebben bereikt."),
        TAB(["Ambitie", "Wat we in 2030 willen bereiken"],
            ["Meer kinderen in het regulier onderwijs", "Het gezamenlijke deelnamepercentage SBO en SO is in 2030 ten hoogste 3,4% (peildatum 1 oktober)."],
            ["Ondersteuning werkt", "Bij ten minste 75% van de kinderen met een ontwikkelingsperspectiefplan zijn de doelen bij de jaarlijkse evaluatie grotendeels behaald."],
            ["Een goede start in het voortgezet onderwijs", "Ten minste 95% van de kinderen die met extra ondersteuning naar het voortgezet onderwijs gaan, zit een jaar later nog op dezelfde school of in hetzelfde niveau."],
            ["Sterke leerkrachten", "Ten minste 80% van de leerkrachten zegt zich in staat te voelen kinderen met een extra ondersteuningsbehoefte in de eigen groep te begeleiden."]),
        P("Hoe we de voortgang op deze ambities volgen en erover rapporteren, beschrijven we in het "
          "kwaliteitskader van het verband. Dat kader is in het voorjaar van 2027 gereed."),
        H1("6 Ondersteuning en toewijzing"),
        H2("6.1 Basisondersteuning"),
        P("Goede basisondersteuning is het fundament van passend onderwijs. De twee voormalige verbanden hadden "
          "elk eigen afspraken over de basisondersteuning. In het schooljaar 2026-2027 herijken we deze afspraken "
          "samen met de besturen, waarbij we ook de uitkomsten van de landelijke discussie over een norm voor "
          "basisondersteuning betrekken. Het resultaat wordt vastgelegd in bijlage A en na instemming van de "
          "ondersteuningsplanraad aan dit koersplan toegevoegd."),
        H2("6.2 Toelaatbaarheid SBO en SO"),
        P("Sinds 1 januari 2026 werkt het verband met één procedure voor de aanvraag van een "
          "toelaatbaarheidsverklaring. Het bevoegd gezag van de school waar het kind staat ingeschreven, dient "
          "de aanvraag in via het digitale portaal van het verband. Bij de aanvraag horen het "
          "ontwikkelingsperspectiefplan, het groeidocument met de ingezette ondersteuning en de evaluatie "
          "daarvan, en het verslag van het multidisciplinair overleg. De secretaris van de Commissie "
          "Toelaatbaarheid controleert binnen een week of de aanvraag volledig is. De commissie, bestaande uit "
          "een voorzitter van het bureau, een orthopedagoog en een extern lid, neemt binnen zes weken een besluit. "
          "Het besluit wordt schriftelijk meegedeeld aan het schoolbestuur."),
        P("De criteria die de commissie hanteert, verschilden tussen de twee voormalige verbanden. Tot de "
          "vaststelling van een gezamenlijk afwegingskader, die in het voorjaar van 2027 is voorzien, "
          "gebruikt de commissie de afwegingskaders van de voormalige verbanden, afhankelijk van de gemeente "
          "waar de school staat. Het nieuwe afwegingskader wordt opgenomen in bijlage B."),
        H2("6.3 Terugkeer naar het basisonderwijs"),
        P("Een plaatsing in het speciaal basisonderwijs of speciaal onderwijs is voor ons geen eindpunt. "
          "Wanneer een kind zich zo heeft ontwikkeld dat het met ondersteuning weer op een reguliere basisschool "
          "kan functioneren, is terugkeer het uitgangspunt, bij voorkeur naar een school in de eigen wijk. "
          "Voorwaarde is dat de ontvangende school de ondersteuning kan bieden die het kind nodig heeft. De "
          "ontvangende school krijgt daarvoor een terugkeerarrangement voor ten hoogste een schooljaar, en de "
          "S(B)O-school blijft in die periode beschikbaar voor advies en begeleiding."),
        P("Hoe en wanneer wordt beoordeeld of terugkeer mogelijk is, werken we in het schooljaar 2026-2027 samen "
          "met de S(B)O-scholen uit in een gezamenlijk protocol."),
        H1("7 Organisatie en governance"),
        P("De Driestroom is een stichting. Het bestuur wordt gevormd door een directeur-bestuurder. Het interne "
          "toezicht ligt bij een raad van toezicht van vijf leden. Drie leden worden voorgedragen door de "
          "aangesloten schoolbesturen, twee leden zijn onafhankelijk. De voorzitter is onafhankelijk. Het "
          "toezichtkader is gebaseerd op de Code Goed Bestuur in het primair onderwijs."),
        P("De aangesloten besturen hebben naast de raad van toezicht een eigen rol in het bestuurdersplatform. "
          "Het platform adviseert de directeur-bestuurder over de koers, de jaarplannen en de begroting, en is "
          "de plek waar besturen elkaar aanspreken op gezamenlijke afspraken. Het platform komt zes keer per "
          "jaar bijeen."),
        P("Het bureau van het verband is gevestigd in Rivierstad en telt na de fusie 19 medewerkers. In 2026 "
          "voeren we een formatieplan in dat past bij de nieuwe organisatie. Er is een eigen "
          "medezeggenschapsraad voor het personeel van het bureau."),
        P("De raad van toezicht ziet toe op de naleving van wet- en regelgeving en van de statuten, en is "
          "werkgever van de directeur-bestuurder. De raad voert ieder jaar een zelfevaluatie uit en laat zich "
          "eens in de drie jaar extern begeleiden."),
        H2("7.1 Het bureau"),
        P("Het bureau is georganiseerd in drie teams: het team onderwijs en ondersteuning, het team toewijzing "
          "en het team bedrijfsvoering. Elk team heeft een teamleider die aan de directeur-bestuurder "
          "rapporteert. In 2026 worden de functiebeschrijvingen van beide voormalige bureaus geharmoniseerd. Voor "
          "medewerkers die daardoor een andere functie krijgen, geldt een sociaal plan dat met de vakbonden is "
          "afgesproken."),
        P("Het bureau verhuisde in november 2025 naar een nieuw kantoor aan de Havenkade in Rivierstad. Het "
          "kantoor is goed bereikbaar met het openbaar vervoer en biedt ruimte voor overleg en scholing. De "
          "voormalige kantoren in Noorderwaard en Zandweerd zijn afgestoten."),
        H1("8 Medezeggenschap en overleg"),
        P("De ondersteuningsplanraad van De Driestroom is per 1 augustus 2025 samengesteld uit de leden van de "
          "twee voormalige ondersteuningsplanraden. In 2026 vinden nieuwe verkiezingen plaats. De "
          "ondersteuningsplanraad heeft op 10 maart 2026 ingestemd met dit koersplan."),
        P("Over het concept van dit koersplan is op 14 januari 2026 op overeenstemming gericht overleg gevoerd "
          "met de colleges van burgemeester en wethouders van de vijf gemeenten in het werkgebied. Het verslag "
          "van dat overleg is als bijlage E bij de stukken voor de ondersteuningsplanraad gevoegd. Daarnaast is "
          "het concept op 20 januari 2026 besproken met het samenwerkingsverband voortgezet onderwijs in de "
          "regio. Het koersplan wordt vóór 1 mei 2026 aan de Inspectie van het Onderwijs toegezonden."),
        H1("9 Mensen en expertise"),
        P("De kwaliteit van passend onderwijs staat of valt met de mensen die het doen. Het lerarentekort is "
          "ook in ons gebied voelbaar, vooral in de steden. Scholen werken steeds vaker met onderwijsassistenten, "
          "zij-instromers en onbevoegde invallers. Dat vraagt om extra begeleiding en scholing."),
        P("Het verband organiseert een regionaal scholingsaanbod voor leerkrachten en intern begeleiders. "
          "Thema's voor de komende jaren zijn gedrag in de klas, het lezen van ontwikkelingsperspectieven en het "
          "werken met het groeidocument. De expertise van de scholen voor speciaal basisonderwijs en speciaal "
          "onderwijs zetten we in voor consultatie en scholing. Intern begeleiders komen per gemeente in een "
          "netwerk bijeen. Het netwerk bespreekt actuele thema's, deelt goede voorbeelden en werkt aan "
          "gezamenlijke instrumenten. Nieuwe intern begeleiders krijgen een maatje uit het netwerk en volgen een "
          "inwerkprogramma van vier bijeenkomsten. Schoolleiders komen drie keer per jaar bijeen in een "
          "regionale bijeenkomst over onderwijskwaliteit en ondersteuning."),
        P("Met de pabo in de regio werkt het verband samen aan de voorbereiding van aankomende leerkrachten "
          "op de verschillen in de klas. Studenten lopen stage op scholen van het verband en kunnen een "
          "minor volgen die samen met het verband is ontwikkeld. Zo hopen we ook nieuwe leerkrachten aan onze "
          "regio te binden."),
        P("Voor de medewerkers van het bureau betekent de fusie een nieuwe organisatie, nieuwe collega's en "
          "soms een nieuwe functie. Wij investeren in teamontwikkeling en in een gezamenlijke manier van werken. "
          "Iedere medewerker heeft jaarlijks een ontwikkelgesprek."),
        P("Het verband wil een goede werkgever zijn. Wij investeren in duurzame inzetbaarheid, met aandacht "
          "voor werkdruk, een gezonde balans tussen werk en privé en mogelijkheden om te blijven leren. Het "
          "ziekteverzuim op het bureau was in het fusiejaar hoger dan gebruikelijk; met een verzuimaanpak en "
          "meer aandacht voor de teams willen wij dat terugbrengen."),
        H1("10 Communicatie"),
        P("De fusie heeft veel gevraagd van de communicatie met scholen. In het eerste fusiejaar zijn de twee "
          "websites samengevoegd en is één nieuwsbrief voor scholen gestart, die maandelijks verschijnt. "
          "Bestuurders en schoolleiders worden in het bestuurdersplatform en in de schoolleidersbijeenkomsten "
          "geïnformeerd."),
        P("In het schooljaar 2026-2027 stellen we een communicatieplan op voor alle doelgroepen van het verband. "
          "Daarin wordt ook uitgewerkt hoe het verband ouders informeert en waar ouders terecht kunnen met "
          "vragen. Tot die tijd verwijzen we naar de websites van de scholen."),
        H1("11 ICT, gegevens en privacy"),
        P("Met de fusie zijn de digitale omgevingen van beide verbanden samengevoegd. Sinds januari 2026 werkt "
          "het verband met één digitaal portaal voor aanvragen. Het portaal voldoet aan de eisen van de AVG; "
          "alleen medewerkers die dat voor hun taak nodig hebben, hebben toegang tot dossiers. Dossiers worden "
          "drie jaar na het laatste besluit vernietigd."),
        P("In 2026-2027 voeren we een informatiebeveiligingsplan in en sluiten we met alle besturen een "
          "verwerkersovereenkomst af voor de uitwisseling van gegevens via het portaal."),
        P("Voor de samenwerking met scholen, gemeenten en het samenwerkingsverband voortgezet onderwijs wordt "
          "het portaal in 2027 uitgebreid met een beveiligde omgeving voor het delen van documenten, zodat "
          "gegevens niet langer per e-mail worden verstuurd. Het bureau heeft sinds 2026 een functionaris "
          "gegevensbescherming, die gedeeld wordt met twee andere samenwerkingsverbanden in de provincie."),
        P("De fusie heeft ook gevolgen voor de digitale werkplek van de medewerkers. Alle medewerkers werken "
          "sinds januari 2026 in één omgeving voor e-mail, agenda en documenten. Er is een training gegeven over "
          "veilig werken en over het herkennen van phishing. Het verband voert jaarlijks een test uit om te "
          "controleren of de beveiliging op orde is."),
        H1("12 Financieel kader"),
        P("De verdeling van de middelen, de bedragen per onderdeel en de meerjarenbegroting zijn opgenomen in "
          "de bijlagen C en D, die afzonderlijk van dit koersplan worden vastgesteld. De "
          "twee voormalige verbanden hanteerden verschillende verdeelmodellen; in 2026 wordt toegewerkt naar één "
          "model, dat per 1 januari 2027 moet ingaan. Het uitgangspunt daarbij is dat de middelen zo veel "
          "mogelijk ten goede komen aan de kinderen in de scholen."),
        H1("13 Ontwikkelagenda 2026-2030"),
        TAB(["Onderwerp", "Wat", "Gereed"],
            ["Basisondersteuning", "Herijking afspraken; nieuwe bijlage A", "zomer 2027"],
            ["Toelaatbaarheid", "Gezamenlijk afwegingskader; nieuwe bijlage B", "voorjaar 2027"],
            ["Terugkeer", "Protocol terugkeer met de S(B)O-scholen", "2026-2027"],
            ["Geld", "Eén verdeelmodel", "1 januari 2027"],
            ["Kwaliteit", "Kwaliteitskader met monitoring van de ambities", "voorjaar 2027"],
            ["Communicatie", "Communicatieplan, ook voor ouders", "2026-2027"],
            ["Aanbod", "Verkenning van het aanbod en van eventuele witte vlekken", "2027-2028"],
            ["Evaluatie", "Tussenevaluatie koersplan", "2028"]),
        H1("14 Tot slot"),
        P("Dit koersplan is een eerste stap van het nieuwe verband. Het laat zien waar we naartoe willen en "
          "welke keuzes we al hebben gemaakt. Het laat ook zien dat er nog veel werk te doen is. We hebben ervoor "
          "gekozen dat werk niet te verstoppen, maar zichtbaar te maken in de ontwikkelagenda. Wij nodigen "
          "iedereen die betrokken is bij het onderwijs aan kinderen in ons gebied uit om daaraan mee te werken. "
          "Over vier jaar willen we kunnen zeggen dat De Driestroom één verband is geworden, met één manier van "
          "werken die recht doet aan alle kinderen."),
        H1("Begrippenlijst"),
        TAB(["Begrip", "Betekenis"],
            ["Arrangement", "Afspraken over extra ondersteuning voor een kind of groep kinderen, met budget van het verband."],
            ["Basisondersteuning", "Het geheel van preventieve en licht curatieve interventies dat iedere school binnen de eigen ondersteuningsstructuur biedt, volgens afspraken in het verband."],
            ["Dekkend aanbod", "Een samenhangend geheel van voorzieningen, zodat voor ieder kind een passende plek is."],
            ["Meerjarenbegroting", "Begroting voor vier jaar vooruit."],
            ["Ouder- en jeugdsteunpunt", "Onafhankelijk steunpunt waar ouders en kinderen terechtkunnen met vragen en klachten over passend onderwijs."],
            ["Thuiszitter", "Leerplichtig kind dat zonder geldige reden niet naar school gaat."],
            ["TLV", "Toelaatbaarheidsverklaring voor het SBO of SO."],
            ["Verdeelmodel", "Regels voor de verdeling van de middelen over de besturen."]),
    ]


LABEL_E = """
documents: [po-de-driestroom-koersplan-2026-2030.docx]
sector: po
looks_like_plan: true
elements: {basisondersteuning: missing, plaatsing: partial, terugstroom: partial, financien: missing, dekkend-aanbod: missing, resultaten: partial, ouders: missing}
criteria:
  basisondersteuning.niveau: false
  basisondersteuning.inhoud: false
  plaatsing.procedure: true
  plaatsing.criteria: false
  terugstroom.procedure: false
  terugstroom.beleid: true
  financien.verdeling: false
  financien.besteding: false
  dekkend-aanbod.continuum: false
  dekkend-aanbod.lacunes: false
  resultaten.doelen: true
  resultaten.monitoring: false
  ouders.informatie: false
  ouders.steunpunt: false
advisory_addressed:
  resultaten: [meetbaar]
notes:
  basisondersteuning: "6.1 only calls it 'fundament' and defers the herijking to 2026-2027 / absent bijlage A; definition only in begrippenlijst."
  plaatsing: "6.2: bevoegd gezag applies via portal, dossier, completeness check within a week, commission composition, decision within six weeks. Criteria not given: old kaders 'afhankelijk van de gemeente' (not in input), new afwegingskader spring 2027 / bijlage B."
  terugstroom: "6.3 gives the policy (terugkeer as uitgangspunt, condition, terugkeerarrangement, S(B)O support); the procedure ('hoe en wanneer') is deferred to a protocol in 2026-2027."
  financien: "Ch.12 'Financieel kader' refers everything to bijlagen C and D (not in the input) and a future single model; 'zo veel mogelijk ten goede aan de kinderen' is no criterion. No amounts anywhere."
  dekkend-aanbod: "No continuum, no gap/thuiszitters approach, no partner cooperation; OOGO only as a procedural date (ch.8); 'witte vlekken' only as a 2027-2028 agenda item; terms only in begrippenlijst/visie."
  resultaten: "Ch.5 table with four measurable 2030 targets. Monitoring deferred to the kwaliteitskader (voorjaar 2027)."
  ouders: "Ch.10 defers how parents are informed and where they can go to a communicatieplan 2026-2027 ('tot die tijd verwijzen we naar de websites van de scholen' is only a referral); OJSP only in begrippenlijst; OPR only as a consent date; no parents' role described."
"""


# =============================================================================================
# F - near-miss: a school-level 'ondersteuningsplan' of one basisschool (.pdf)
# =============================================================================================


def near_miss_f():
    return [
        T("Ondersteuningsplan 2025-2026",
          "OBS De Regenboog, Haverdam",
          "Zorg en ondersteuning in onze school",
          "Vastgesteld door het managementteam op 9 september 2025, besproken met de medezeggenschapsraad op 23 september 2025"),
        TOC("Inhoud",
            "1 Inleiding",
            "2 Onze school en onze leerlingen",
            "3 De ondersteuningsstructuur van De Regenboog",
            "4 Basisondersteuning op De Regenboog",
            "5 Extra ondersteuning en arrangementen",
            "6 Verwijzing naar SBO of SO en terugkeer",
            "7 Ouders",
            "8 Middelen en formatie",
            "9 Resultaten en evaluatie",
            "10 Jaarplanning zorg 2025-2026"),
        H1("1 Inleiding"),
        P("Dit ondersteuningsplan beschrijft hoe wij op OBS De Regenboog de ondersteuning aan onze leerlingen "
          "organiseren in het schooljaar 2025-2026. Het plan is bedoeld voor het team, als naslagwerk bij de "
          "groepsbesprekingen en leerlingbesprekingen, en voor ouders die willen weten hoe de zorg op onze "
          "school is geregeld. Het plan wordt ieder jaar in augustus door de intern begeleider bijgewerkt en "
          "door het managementteam vastgesteld."),
        P("Onze school maakt deel uit van Stichting Openbaar Onderwijs Haverdam en is aangesloten bij het "
          "Samenwerkingsverband Passend Primair Onderwijs Lindeveld. De afspraken die het samenwerkingsverband "
          "in zijn eigen ondersteuningsplan heeft vastgelegd, zijn voor ons leidend. In ons "
          "schoolondersteuningsprofiel staat wat wij als school aan ondersteuning kunnen bieden; dit plan "
          "beschrijft hoe wij dat in de praktijk doen."),
        H1("2 Onze school en onze leerlingen"),
        P("De Regenboog is een openbare basisschool in de wijk Oosterpark in Haverdam met 312 leerlingen in 13 "
          "groepen. Ongeveer een kwart van de leerlingen groeit meertalig op. De school heeft een "
          "schoolgewicht boven het landelijk gemiddelde. In de school zijn ook een peuteropvang en een "
          "buitenschoolse opvang gevestigd."),
        P("Het team bestaat uit 24 medewerkers: 17 leerkrachten, een intern begeleider (0,8 fte), een "
          "onderwijsassistent, een vakleerkracht bewegingsonderwijs, een conciërge, een administratief "
          "medewerker en de directeur. De intern begeleider coördineert de ondersteuning."),
        H1("3 De ondersteuningsstructuur van De Regenboog"),
        P("Wij werken met vijf ondersteuningsniveaus. Op niveau 1 biedt de leerkracht goed onderwijs aan de "
          "hele groep, met instructie op drie niveaus. Op niveau 2 krijgt een leerling extra begeleiding in de "
          "groep, bijvoorbeeld verlengde instructie of extra oefentijd. Op niveau 3 wordt de leerling besproken "
          "met de intern begeleider en krijgt hij specifieke interventies, soms na een kort onderzoek. Op "
          "niveau 4 wordt de leerling besproken in het ondersteuningsteam en wordt zo nodig externe expertise "
          "ingeschakeld. Op niveau 5 heeft de leerling meer nodig dan de school kan bieden; dan kijken we samen "
          "met ouders en het samenwerkingsverband naar een arrangement of een andere school."),
        H2("3.1 Groepsbesprekingen"),
        P("Drie keer per jaar (oktober, februari en juni) voert de intern begeleider met iedere leerkracht een "
          "groepsbespreking. Daarin bespreken we de resultaten van de groep op de methodetoetsen en de "
          "toetsen van het leerlingvolgsysteem, het welbevinden in de groep en de leerlingen die extra "
          "aandacht nodig hebben. De leerkracht past op basis daarvan het groepsplan aan."),
        H2("3.2 Leerlingbesprekingen"),
        P("Leerlingen over wie de leerkracht zich zorgen maakt, worden besproken in een leerlingbespreking met "
          "de intern begeleider. De leerkracht bereidt de bespreking voor met een vast formulier. Ouders worden "
          "vooraf geïnformeerd en na afloop door de leerkracht op de hoogte gebracht."),
        H2("3.3 Ondersteuningsteam"),
        P("Het ondersteuningsteam komt zes keer per jaar bijeen. Vaste leden zijn de intern begeleider, de "
          "directeur, de schoolmaatschappelijk werker, de jeugdverpleegkundige en de consulent van het "
          "samenwerkingsverband. Ouders zijn altijd aanwezig wanneer hun kind wordt besproken."),
        H1("4 Basisondersteuning op De Regenboog"),
        P("Onze basisondersteuning volgt de afspraken van het samenwerkingsverband. Concreet betekent dat op "
          "De Regenboog onder meer: het dyslexieprotocol vanaf groep 2, het rekenprotocol, de Kanjertraining "
          "in alle groepen, een plusgroep voor leerlingen die meer aankunnen (dinsdagmiddag, groep 5 tot en met "
          "8), een taalgroep voor leerlingen met een taalachterstand en een prikkelarme werkplek in iedere "
          "bouw. Leerlingen met een eigen leerlijn krijgen een ontwikkelingsperspectiefplan."),
        H1("5 Extra ondersteuning en arrangementen"),
        P("Heeft een leerling meer nodig dan onze basisondersteuning, dan kan de school via het loket van het "
          "samenwerkingsverband een arrangement aanvragen. De intern begeleider stelt de aanvraag op samen met "
          "de leerkracht en bespreekt die met ouders. Op dit moment hebben vier leerlingen een individueel "
          "arrangement, waarmee onder meer een onderwijsassistent en begeleiding door een gedragsspecialist "
          "worden bekostigd. De school neemt deel aan het groepsarrangement 'Taal Extra' samen met twee "
          "andere scholen in de wijk."),
        H1("6 Verwijzing naar SBO of SO en terugkeer"),
        P("Wanneer wij samen met ouders tot de conclusie komen dat een leerling beter op zijn plaats is in het "
          "speciaal basisonderwijs of speciaal onderwijs, vraagt ons bestuur een toelaatbaarheidsverklaring aan "
          "bij het samenwerkingsverband. De intern begeleider stelt het dossier samen. Het samenwerkingsverband "
          "beslist over de aanvraag volgens zijn eigen procedure en criteria. In het schooljaar 2024-2025 zijn "
          "twee leerlingen van onze school naar het SBO gegaan."),
        P("Leerlingen die vanuit het SBO of SO terugkeren, ontvangen wij graag. Voor de start is er een "
          "overdrachtsgesprek met de S(B)O-school en ouders, en de intern begeleider volgt de leerling het "
          "eerste half jaar extra intensief."),
        H1("7 Ouders"),
        P("Ouders zijn onze partners. Wij informeren ouders via de schoolgids, de nieuwsbrief en de "
          "ouderapp over onze ondersteuning. Bij zorgen over een kind nemen wij altijd eerst contact op met "
          "ouders. Ouders kunnen zelf ook een afspraak maken met de leerkracht of de intern begeleider. "
          "Voor vragen over passend onderwijs die wij als school niet kunnen beantwoorden, verwijzen wij naar de "
          "website van het samenwerkingsverband. Heeft u een klacht, dan kunt u terecht bij de "
          "vertrouwenspersoon van de school; de klachtenregeling staat in de schoolgids."),
        H1("8 Middelen en formatie"),
        P("De school ontvangt van het bestuur een deel van het schoolbudget dat het bestuur van het "
          "samenwerkingsverband krijgt. Voor 2025-2026 is dat € 51.000. Wij zetten dat in voor de formatie van "
          "de intern begeleider (deels), de onderwijsassistent en de plusgroep. De arrangementen worden apart "
          "door het samenwerkingsverband bekostigd."),
        TAB(["Inzet", "Formatie / bedrag"],
            ["Intern begeleider", "0,8 fte (waarvan 0,3 fte uit ondersteuningsmiddelen)"],
            ["Onderwijsassistent", "0,6 fte"],
            ["Plusgroep", "€ 6.500 (leerkracht en materialen)"],
            ["Taalgroep", "€ 4.000"],
            ["Scholing team (Kanjertraining)", "€ 3.200"]),
        H1("9 Resultaten en evaluatie"),
        P("In juni evalueren wij dit plan met het team. Wij kijken daarbij naar de opbrengsten van de groepen, "
          "de uitkomsten van de eindtoets groep 8 (in 2025: 82% van de leerlingen haalde ten minste het "
          "streefniveau 1F voor lezen, 78% voor rekenen), het welbevinden van de leerlingen volgens de "
          "leerlingvragenlijst en de effecten van de arrangementen. Doelen voor 2025-2026: het percentage "
          "leerlingen dat het streefniveau 1F rekenen haalt stijgt naar 82%, en alle leerkrachten werken met "
          "het nieuwe groepsplanformat."),
        H1("10 Jaarplanning zorg 2025-2026"),
        TAB(["Maand", "Activiteit"],
            ["september", "Start groepsplannen; kennismakingsgesprekken met ouders"],
            ["oktober", "Groepsbesprekingen ronde 1; ondersteuningsteam"],
            ["december", "Ondersteuningsteam; evaluatie OPP's"],
            ["februari", "Toetsen leerlingvolgsysteem; groepsbesprekingen ronde 2"],
            ["april", "Ondersteuningsteam; voorbereiding overdracht VO"],
            ["juni", "Groepsbesprekingen ronde 3; evaluatie ondersteuningsplan"],
            ["juli", "Overdracht naar volgende groep"]),
    ]


LABEL_F = """
documents: [po-obs-de-regenboog-schoolondersteuningsplan.pdf]
sector: po
looks_like_plan: false
elements: {}
criteria: {}
advisory_addressed: {}
notes:
  document: "School-level 'Ondersteuningsplan 2025-2026' of one basisschool (OBS De Regenboog), adopted by its MT and discussed with its MR: zorgniveaus, groepsbesprekingen, IB, jaarplanning. It refers to the SWV's own plan; it is not the ondersteuningsplan of a samenwerkingsverband (no OPR, OOGO, planperiode of the verband)."
"""


# =============================================================================================
# main
# =============================================================================================

DOCS = [
    ("po-lindeveld-op-2026-2030.docx", plan_a, LABEL_A, "docx",
     dict(header_text="Ondersteuningsplan 2026-2030 | SWV Passend Primair Onderwijs Lindeveld",
          footer_text="SWV PPO Lindeveld - vastgesteld 24 maart 2026", author="SWV PPO Lindeveld")),
    ("po-weidemeer-op-2026-2030.pdf", plan_b, LABEL_B, "pdf",
     dict(header_text="SWV PO Weidemeer e.o. | Ondersteuningsplan 2026-2030 | basisondersteuning - toelaatbaarheid - middelen",
          footer_text="Versie 1.3 definitief", author="SWV PO Weidemeer")),
    ("po-zuiderhout-op-2026-2030.html", plan_c, LABEL_C, "html",
     dict(site_name="Samenwerkingsverband Passend Onderwijs PO Zuiderhout - Ondersteuningsplan 2026-2030",
          nav=NAV_C,
          footer_text="Samenwerkingsverband Passend Onderwijs PO Zuiderhout | Ouders | Scholen | Toelaatbaarheid | "
                      "Terugplaatsing | Ouder- en jeugdsteunpunt | Privacyverklaring | Download pdf")),
    ("vo-noorderstrand-op-2026-2030.pdf", plan_d, LABEL_D, "pdf",
     dict(header_text="Ondersteuningsplan 2026-2030 Samenwerkingsverband VO Noorderstrand",
          footer_text="Koers houden, samen verder", author="SWV VO Noorderstrand")),
    ("po-de-driestroom-koersplan-2026-2030.docx", plan_e, LABEL_E, "docx",
     dict(header_text="Koersplan passend onderwijs 2026-2030 - De Driestroom",
          footer_text="Stichting SWV Passend Primair Onderwijs De Driestroom", author="SWV De Driestroom")),
    ("po-obs-de-regenboog-schoolondersteuningsplan.pdf", near_miss_f, LABEL_F, "pdf",
     dict(header_text="OBS De Regenboog - Ondersteuningsplan 2025-2026",
          footer_text="OBS De Regenboog, Haverdam", author="OBS De Regenboog")),
]


def main():
    only = set(sys.argv[1:])
    for name, fn, label, fmt, kw in DOCS:
        if only and name not in only:
            continue
        blocks = fn()
        path = OUT / name
        if fmt == "docx":
            render_docx(blocks, path, **kw)
        elif fmt == "pdf":
            render_pdf(blocks, path, **kw)
        elif fmt == "html":
            render_html(blocks, path, **kw)
        stem = name.rsplit(".", 1)[0]
        write_label(stem + ".expected.yaml", label)
        print(f"{name}: {word_count(blocks)} words")


if __name__ == "__main__":
    main()
