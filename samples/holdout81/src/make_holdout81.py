#!/usr/bin/env python3
"""Generate holdout set 81: five fictional ondersteuningsplannen (4 VO, 1 PO) and one
near-miss document, for testing opcheck. Deterministic, no network.

Output goes to the folder above this script's folder. PDFs are rendered from
a temporary .docx with LibreOffice (soffice --headless).
"""
import datetime
import html
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from docx import Document
from docx.enum.text import WD_BREAK
from docx.shared import Pt

OUT = Path(__file__).resolve().parent.parent
FIXED_DATE = datetime.datetime(2026, 3, 1, 12, 0, 0)


# ---------------------------------------------------------------- rendering
def toc_entries(blocks):
    entries = []
    page = 3
    for i, b in enumerate(blocks):
        if b[0] in ("h1", "h2"):
            page += 1 if b[0] == "h1" else 0
            entries.append((b[0], b[1], page))
    return entries


def render_docx(blocks, path, header_text, title_for_meta):
    doc = Document()
    doc.core_properties.title = title_for_meta
    doc.core_properties.author = "holdout81"
    doc.core_properties.created = FIXED_DATE
    doc.core_properties.modified = FIXED_DATE
    doc.core_properties.last_modified_by = "holdout81"
    style = doc.styles["Normal"]
    style.font.name = "Calibri"
    style.font.size = Pt(11)
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = header_text
    sec.footer.paragraphs[0].text = header_text + " | versie definitief"
    for b in blocks:
        kind = b[0]
        if kind == "title":
            lines = b[1]
            doc.add_heading(lines[0], level=0)
            for ln in lines[1:]:
                doc.add_paragraph(ln)
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif kind == "toc":
            doc.add_heading(b[1] if len(b) > 1 else "Inhoudsopgave", level=1)
            for lvl, text, page in toc_entries(blocks):
                indent = "" if lvl == "h1" else "    "
                doc.add_paragraph(f"{indent}{text} .......... {page}")
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif kind == "h1":
            doc.add_heading(b[1], level=1)
        elif kind == "h2":
            doc.add_heading(b[1], level=2)
        elif kind == "h3":
            doc.add_heading(b[1], level=3)
        elif kind == "p":
            doc.add_paragraph(b[1])
        elif kind == "ul":
            for item in b[1]:
                doc.add_paragraph(item, style="List Bullet")
        elif kind == "ol":
            for item in b[1]:
                doc.add_paragraph(item, style="List Number")
        elif kind == "table":
            rows = b[1]
            t = doc.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for r, row in enumerate(rows):
                for c, cell in enumerate(row):
                    t.cell(r, c).text = str(cell)
                    if r == 0:
                        for run in t.cell(r, c).paragraphs[0].runs:
                            run.bold = True
            doc.add_paragraph()
        elif kind == "pb":
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        else:
            raise ValueError(kind)
    doc.save(str(path))
    _normalise_zip(path)


def _normalise_zip(path):
    """Rewrite the .docx zip with fixed timestamps so output is byte-identical per run."""
    import zipfile
    with zipfile.ZipFile(path) as zin:
        items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2026, 3, 1, 12, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, data)


def render_html(blocks, path, title):
    e = html.escape
    out = ["<!DOCTYPE html>", '<html lang="nl">', "<head>", '<meta charset="utf-8">',
           f"<title>{e(title)}</title>", "</head>", "<body>",
           f'<header class="site-header"><p>{e(title)}</p></header>']
    n = 0
    for b in blocks:
        kind = b[0]
        if kind == "title":
            out.append(f"<h1>{e(b[1][0])}</h1>")
            for ln in b[1][1:]:
                out.append(f'<p class="subtitle">{e(ln)}</p>')
        elif kind == "toc":
            out.append('<nav class="toc"><h2>Inhoud</h2><ul>')
            k = 0
            for lvl, text, _page in toc_entries(blocks):
                k += 1
                cls = "" if lvl == "h1" else ' class="sub"'
                out.append(f'<li{cls}><a href="#s{k}">{e(text)}</a></li>')
            out.append("</ul></nav>")
        elif kind in ("h1", "h2"):
            n += 1
            tag = "h2" if kind == "h1" else "h3"
            out.append(f'<{tag} id="s{n}">{e(b[1])}</{tag}>')
        elif kind == "h3":
            out.append(f"<h4>{e(b[1])}</h4>")
        elif kind == "p":
            out.append(f"<p>{e(b[1])}</p>")
        elif kind in ("ul", "ol"):
            out.append(f"<{kind}>")
            for item in b[1]:
                out.append(f"<li>{e(item)}</li>")
            out.append(f"</{kind}>")
        elif kind == "table":
            rows = b[1]
            out.append("<table>")
            out.append("<tr>" + "".join(f"<th>{e(str(c))}</th>" for c in rows[0]) + "</tr>")
            for row in rows[1:]:
                out.append("<tr>" + "".join(f"<td>{e(str(c))}</td>" for c in row) + "</tr>")
            out.append("</table>")
        elif kind == "pb":
            pass
        else:
            raise ValueError(kind)
    out.append(f'<footer><p>{e(title)} | ondersteuningsplan | privacyverklaring | contact</p></footer>')
    out += ["</body>", "</html>", ""]
    path.write_text("\n".join(out), encoding="utf-8")


def docx_to_pdf(blocks, pdf_path, header_text, title_for_meta):
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        src = tmp / (pdf_path.stem + ".docx")
        render_docx(blocks, src, header_text, title_for_meta)
        cmd = ["soffice", f"-env:UserInstallation=file://{tmp}/lo_profile", "--headless",
               "--convert-to", "pdf", "--outdir", str(tmp), str(src)]
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                       timeout=240)
        shutil.copyfile(tmp / (pdf_path.stem + ".pdf"), pdf_path)


def budget_table(caption_row, years, baten, lasten, unit_note="bedragen x € 1.000"):
    """Multi-year table with computed totals (so the sums are always right)."""
    rows = [[f"{caption_row} ({unit_note})"] + [str(y) for y in years]]
    fmt = lambda v: f"{v:,}".replace(",", ".")
    rows.append(["Baten"] + [""] * len(years))
    for name, vals in baten:
        rows.append([name] + [fmt(v) for v in vals])
    tb = [sum(v[i] for _, v in baten) for i in range(len(years))]
    rows.append(["Totaal baten"] + [fmt(v) for v in tb])
    rows.append(["Lasten"] + [""] * len(years))
    for name, vals in lasten:
        rows.append([name] + [fmt(v) for v in vals])
    tl = [sum(v[i] for _, v in lasten) for i in range(len(years))]
    rows.append(["Totaal lasten"] + [fmt(v) for v in tl])
    rows.append(["Saldo"] + [fmt(tb[i] - tl[i]) for i in range(len(years))])
    return ("table", rows)


def words(blocks):
    n = 0
    for b in blocks:
        if b[0] in ("p", "h1", "h2", "h3"):
            n += len(b[1].split())
        elif b[0] in ("ul", "ol"):
            n += sum(len(x.split()) for x in b[1])
        elif b[0] == "table":
            n += sum(len(str(c).split()) for row in b[1] for c in row)
        elif b[0] == "title":
            n += sum(len(x.split()) for x in b[1])
    return n


# ====================================================================== P1
# VO, docx. Classic chapter structure with niveau 1-4.
# Labels: basis present, plaatsing present, terugstroom partial (beleid only),
# financien present, dekkend present, resultaten partial (doelen only), ouders missing.
def plan_lingeland():
    B = []
    B.append(("title", [
        "Ondersteuningsplan 2026-2030",
        "Samenwerkingsverband Voortgezet Onderwijs Lingeland (VO 25-11)",
        "Passend onderwijs voor alle jongeren in de Lingestreek",
        "Vastgesteld door het algemeen bestuur op 24 maart 2026, na instemming van de "
        "ondersteuningsplanraad op 17 maart 2026 en na op overeenstemming gericht overleg "
        "met de gemeenten op 5 maart 2026.",
    ]))
    B.append(("toc",))
    B.append(("h1", "1. Voorwoord"))
    B.append(("p",
        "Voor u ligt het ondersteuningsplan 2026-2030 van Samenwerkingsverband Voortgezet Onderwijs "
        "Lingeland. Het is ons derde ondersteuningsplan sinds de invoering van de Wet passend onderwijs "
        "in augustus 2014. In die twaalf jaar is er veel veranderd. De scholen hebben hun ondersteuning "
        "verder ontwikkeld, het OPDC De Brug is uitgegroeid tot een vaste voorziening in de regio en de "
        "samenwerking met de gemeenten in de Lingestreek is hechter dan ooit. Tegelijk zien we dat de "
        "vraag naar ondersteuning toeneemt en complexer wordt. Steeds meer jongeren hebben te maken met "
        "psychische klachten, schoolverzuim of een combinatie van problemen thuis en op school."))
    B.append(("p",
        "Dit plan beschrijft hoe wij als samenwerkingsverband de komende vier schooljaren invulling "
        "geven aan onze wettelijke opdracht: een samenhangend geheel van ondersteuningsvoorzieningen "
        "binnen en tussen de scholen, zodat iedere jongere een zo passend mogelijke plek in het onderwijs "
        "krijgt. Het plan is tot stand gekomen in een intensief traject met schoolleiders, "
        "ondersteuningscoördinatoren, de besturen, de ondersteuningsplanraad en de gemeenten. Wij danken "
        "iedereen die heeft meegedacht, meegelezen en kritische vragen heeft gesteld."))
    B.append(("p",
        "Wij zijn trots op wat er is bereikt, maar we zijn niet klaar. Dit plan is daarom nadrukkelijk "
        "een werkplan: het geeft richting, maar laat ook ruimte om bij te sturen wanneer de praktijk daarom "
        "vraagt. Ieder jaar werken we het plan uit in een jaarplan met bijbehorende jaarbegroting."))
    B.append(("p", "Drs. M.H. (Marleen) van Dalfsen, directeur-bestuurder"))

    B.append(("h1", "2. Inleiding en wettelijk kader"))
    B.append(("p",
        "Ieder samenwerkingsverband stelt ten minste eens in de vier jaar een ondersteuningsplan vast "
        "(artikel 17a Wet op het voortgezet onderwijs, thans de artikelen 2.47 en volgende van de Wet "
        "voortgezet onderwijs 2020). De wet bepaalt welke onderwerpen het plan in elk geval bevat. In de "
        "leeswijzer hieronder geven we aan in welk hoofdstuk u welk onderwerp vindt. Het plan geldt voor "
        "de schooljaren 2026-2027 tot en met 2029-2030, dus van 1 augustus 2026 tot en met 31 juli 2030."))
    B.append(("p",
        "Het ondersteuningsplan is het kaderstellende document. De uitwerking vindt plaats in het jaarplan, "
        "de jaarbegroting en in de schoolondersteuningsprofielen van de scholen. Het plan is vóór 1 mei 2026 "
        "aan de Inspectie van het Onderwijs toegezonden via het Internet Schooldossier."))
    B.append(("h2", "2.1 Leeswijzer"))
    B.append(("p",
        "Hoofdstuk 3 schetst het samenwerkingsverband in cijfers. Hoofdstuk 4 bevat onze visie en missie. "
        "In hoofdstuk 5 beschrijven we het ondersteuningsaanbod van niveau 1 (basisondersteuning) tot en met "
        "niveau 4 (voortgezet speciaal onderwijs). Hoofdstuk 6 gaat over de toelaatbaarheid tot het vso, het "
        "leerwegondersteunend onderwijs en het praktijkonderwijs, hoofdstuk 7 over terugplaatsing. In "
        "hoofdstuk 8 staan zorgplicht, thuiszitters en het dekkend netwerk centraal, in hoofdstuk 9 de "
        "samenwerking met gemeenten. Hoofdstuk 10 bevat onze ambities en beoogde resultaten. De hoofdstukken "
        "11 tot en met 14 gaan over organisatie, medezeggenschap, personeel en financiën."))

    B.append(("h1", "3. Het samenwerkingsverband in cijfers"))
    B.append(("p",
        "Samenwerkingsverband VO Lingeland omvat het voortgezet onderwijs in de gemeenten Lingedal, "
        "Waalbeek, Neder-Betuwe-Oost en Culemveld. Er zijn zeven schoolbesturen aangesloten met samen "
        "veertien vestigingen, waaronder twee scholen voor praktijkonderwijs. Daarnaast zijn twee besturen "
        "van scholen voor voortgezet speciaal onderwijs aangesloten met elk een vestiging in de regio."))
    B.append(("table", [
        ["Vestiging", "Bestuur", "Onderwijstype", "Leerlingen 1-10-2025"],
        ["Lingecollege Lingedal", "Stichting VO Lingedal", "vmbo-havo-vwo", "1.642"],
        ["Lingecollege Praktijk", "Stichting VO Lingedal", "pro", "238"],
        ["Waalbeek Lyceum", "Stichting Waalbeek Onderwijs", "havo-vwo", "1.311"],
        ["Waalbeek Vakcollege", "Stichting Waalbeek Onderwijs", "vmbo (met lwoo)", "874"],
        ["CSG De Hoven", "Vereniging CSG Betuwe", "vmbo-havo-vwo", "2.085"],
        ["De Hoven Praktijkschool", "Vereniging CSG Betuwe", "pro", "196"],
        ["Culemveld College (3 locaties)", "Stichting Culemveld", "vmbo-havo-vwo", "2.207"],
        ["Het Veld", "Stichting Culemveld", "vmbo-bb/kb (met lwoo)", "612"],
        ["Overige vestigingen (5)", "diverse besturen", "diverse", "688"],
        ["De Lingehorst (vso)", "Stichting Speciaal Onderwijs Gelderland-Zuid", "vso cluster 4", "164"],
        ["Het Kompas (vso)", "Stichting ZML Rivierenland", "vso cluster 3", "121"],
    ]))
    B.append(("p",
        "In totaal volgen ruim 10.100 leerlingen onderwijs op een school in ons samenwerkingsverband. Het "
        "aantal leerlingen daalt de komende jaren licht door de demografische ontwikkeling; de prognose "
        "voor 2030 ligt rond 9.600 leerlingen. Deze krimp heeft gevolgen voor de bekostiging van het "
        "samenwerkingsverband en voor de scholen, waarop we in hoofdstuk 14 terugkomen."))

    B.append(("h1", "4. Visie en missie"))
    B.append(("p",
        "Onze missie is kort: elke jongere in de Lingestreek krijgt het onderwijs en de ondersteuning die hij "
        "of zij nodig heeft, zo dicht mogelijk bij huis en zo regulier als mogelijk. Wij geloven dat jongeren "
        "het meest leren in een omgeving waarin zij gezien worden, waarin verwachtingen hoog zijn en waarin "
        "volwassenen samenwerken in plaats van naar elkaar te verwijzen."))
    B.append(("p", "Onze visie rust op vier uitgangspunten:"))
    B.append(("ul", [
        "Eén jongere, één plan: de ondersteuning wordt georganiseerd rond de jongere en niet rond de "
        "regels van organisaties.",
        "Thuisnabij en inclusief waar het kan, specialistisch waar het moet.",
        "De school is eigenaar van de ondersteuning; het samenwerkingsverband faciliteert, verbindt en "
        "spreekt aan.",
        "Wij werken transparant en leggen verantwoording af over wat we doen en wat het kost.",
    ]))
    B.append(("p",
        "Deze uitgangspunten vragen iets van iedereen. Van docenten dat zij omgaan met verschillen. Van "
        "schoolleiders dat zij ruimte maken voor ondersteuning. Van besturen dat zij over de grenzen van "
        "hun eigen organisatie heen kijken. En van het samenwerkingsverband dat het niet alleen geld "
        "verdeelt, maar ook kennis deelt en knelpunten agendeert."))

    B.append(("h1", "5. Het ondersteuningsaanbod"))
    B.append(("p",
        "Het ondersteuningsaanbod in Lingeland is opgebouwd in vier niveaus. Elk niveau bouwt voort op het "
        "vorige. Een leerling kan gedurende zijn schoolloopbaan van het ene naar het andere niveau gaan, in "
        "beide richtingen."))
    B.append(("h2", "5.1 Basisondersteuning – niveau 1"))
    B.append(("p",
        "Basisondersteuning is in Lingeland de ondersteuning die iedere vestiging van iedere aangesloten "
        "school, met uitzondering van de vso-scholen, aan al haar leerlingen biedt, zonder dat daarvoor "
        "een aanvraag bij het samenwerkingsverband nodig is. De besturen hebben in juni 2025 de 'Standaarden "
        "basisondersteuning Lingeland 2026' vastgesteld. Deze standaarden vormen de ondergrens: geen enkele "
        "vestiging biedt minder. Scholen mogen meer bieden en beschrijven dat in hun "
        "schoolondersteuningsprofiel."))
    B.append(("p", "Op elke vestiging kunnen ouders en leerlingen ten minste het volgende verwachten:"))
    B.append(("ul", [
        "een mentor die de leerling kent, wekelijks een mentoruur verzorgt en ten minste drie keer per jaar "
        "een voortgangsgesprek voert met leerling en ouders;",
        "een ondersteuningscoördinator met ten minste 0,4 fte per 500 leerlingen, die het interne "
        "ondersteuningsteam leidt;",
        "een intern ondersteuningsteam dat ten minste elke zes weken bijeenkomt, met structureel de "
        "jeugdarts, de schoolmaatschappelijk werker en de leerplichtambtenaar als vaste deelnemers;",
        "een dyslexie- en dyscalculieprotocol met vastgelegde faciliteiten (extra tijd, vergroting, "
        "voorleessoftware, gebruik van een rekenkaart);",
        "een aanbod gericht op sociale veiligheid en een anti-pestprogramma, met een aanspreekpunt pesten;",
        "ten minste één training voor sociaal-emotionele vaardigheden en een faalangstreductietraining per "
        "schooljaar;",
        "begeleiding bij executieve functies (plannen, organiseren) via een huiswerk- of studiebegeleidingsuur;",
        "een time-outvoorziening binnen de school met een vaste begeleider;",
        "afspraken over medisch handelen en over leerlingen met een chronische ziekte;",
        "het opstellen van een ontwikkelingsperspectiefplan (OPP) voor iedere leerling die extra "
        "ondersteuning krijgt, binnen zes weken na de start van die ondersteuning;",
        "een warme overdracht vanuit het primair onderwijs voor elke leerling met een ondersteuningsbehoefte.",
    ]))
    B.append(("p",
        "Het samenwerkingsverband bezoekt iedere vestiging eens per twee jaar voor een kwaliteitsgesprek "
        "over de basisondersteuning, aan de hand van de kwaliteitskaart. Blijkt dat een vestiging niet aan "
        "een standaard voldoet, dan maakt de school binnen drie maanden een verbeterplan dat de "
        "directeur-bestuurder met het bevoegd gezag bespreekt. Na een jaar volgt een hercontrole."))
    B.append(("h2", "5.2 Extra ondersteuning op school – niveau 2"))
    B.append(("p",
        "Wanneer de basisondersteuning niet toereikend is, kan de school extra ondersteuning inzetten. Iedere "
        "school ontvangt daarvoor een schoolbudget lichte ondersteuning (zie hoofdstuk 14). Voorbeelden zijn "
        "een ondersteuningsklas voor een deel van de week, een Rebound-traject binnen de school, "
        "co-teaching, een coach voor leerlingen met autisme en de inzet van een orthopedagoog voor "
        "handelingsgerichte diagnostiek. De school legt de extra ondersteuning vast in het OPP."))
    B.append(("h2", "5.3 Bovenschoolse voorzieningen en het OPDC – niveau 3"))
    B.append(("p",
        "Voor leerlingen die tijdelijk meer nodig hebben dan hun eigen school kan bieden, kent Lingeland "
        "bovenschoolse voorzieningen. De belangrijkste is het orthopedagogisch-didactisch centrum (OPDC) De "
        "Brug in Lingedal met plaats voor 48 leerlingen. Het OPDC biedt een tijdelijk traject van "
        "maximaal een jaar, met als doel terugkeer naar de eigen of een andere reguliere school. Daarnaast "
        "zijn er: een regionale Reboundvoorziening (12 plaatsen) voor leerlingen die vastlopen door "
        "gedrag, een schakelklas voor nieuwkomers in samenwerking met de ISK in Waalbeek, en het "
        "onderwijs-zorgarrangement 'Tussenstap' voor leerlingen die door psychische problemen niet "
        "volledig naar school kunnen."))
    B.append(("p",
        "Plaatsing op het OPDC of in de Rebound verloopt via de Commissie Toewijzing Arrangementen (CTA) "
        "van het samenwerkingsverband. De leerling blijft ingeschreven op de eigen school, die "
        "eindverantwoordelijk blijft."))
    B.append(("h2", "5.4 Voortgezet speciaal onderwijs – niveau 4"))
    B.append(("p",
        "Voor leerlingen die langdurig intensieve ondersteuning nodig hebben is er het voortgezet speciaal "
        "onderwijs. In de regio zijn De Lingehorst (cluster 4) en Het Kompas (cluster 3) gevestigd. Enkele "
        "leerlingen volgen vso buiten de regio, bijvoorbeeld in Nijmegen of Utrecht. Voor cluster 1 en 2 "
        "(visuele en auditief-communicatieve beperkingen) zijn landelijke instellingen verantwoordelijk; "
        "die vallen buiten de toelaatbaarheid van het samenwerkingsverband."))

    B.append(("h1", "6. Toelaatbaarheid vso, lwoo en pro"))
    B.append(("h2", "6.1 Toelaatbaarheid tot het voortgezet speciaal onderwijs"))
    B.append(("p",
        "Een toelaatbaarheidsverklaring (TLV) voor het vso wordt aangevraagd door het bevoegd gezag van de "
        "school waar de leerling is ingeschreven of is aangemeld. In de praktijk doet de "
        "ondersteuningscoördinator de aanvraag via het digitale loket van het samenwerkingsverband. De "
        "procedure kent de volgende stappen:"))
    B.append(("ol", [
        "De school bespreekt de leerling in het ondersteuningsteam en stelt vast dat de ondersteuningsbehoefte "
        "de mogelijkheden van niveau 1 tot en met 3 overstijgt.",
        "De school vult het groeidocument aan met het OPP, de evaluatie van de ingezette ondersteuning, het "
        "onderwijskundig rapport en het aanvraagformulier, ondertekend door ouders.",
        "De consulent van het samenwerkingsverband controleert binnen vijf werkdagen of het dossier "
        "compleet is.",
        "Twee deskundigen brengen ieder afzonderlijk een schriftelijk advies uit: een orthopedagoog of "
        "psycholoog, en afhankelijk van de leerling een tweede deskundige (bijvoorbeeld een "
        "kinder- en jeugdpsychiater, maatschappelijk werker of jeugdarts). Een deskundige die bij de "
        "aanvraag betrokken is geweest, adviseert niet.",
        "De Commissie Toelaatbaarheid (CvT) neemt namens het bestuur een besluit binnen zes weken na "
        "ontvangst van het complete dossier. Bij spoed kan binnen tien werkdagen worden besloten.",
        "Het besluit wordt schriftelijk gemeld aan de aanvragende school en aan de ouders, samen met een "
        "kopie van de deskundigenadviezen.",
    ]))
    B.append(("p", "Een leerling is toelaatbaar tot het vso wanneer aan alle volgende voorwaarden is voldaan:"))
    B.append(("ul", [
        "de ondersteuningsbehoefte is in kaart gebracht met handelingsgerichte diagnostiek en er is een "
        "uitstroomperspectief vastgesteld;",
        "de reguliere school heeft de basisondersteuning en ten minste zes maanden extra ondersteuning "
        "(niveau 2) planmatig ingezet en geëvalueerd, of er is aantoonbaar sprake van een situatie waarin "
        "dat niet verantwoord is;",
        "een bovenschoolse voorziening (niveau 3) is overwogen en is niet passend of niet toereikend;",
        "de leerling heeft een structurele behoefte aan een combinatie van onderwijs en zorg, een "
        "kleinere groep of een specialistische pedagogische aanpak die het reguliere onderwijs ook met "
        "ondersteuning niet kan bieden.",
    ]))
    B.append(("p",
        "De CvT stelt de duur van de TLV vast: in de regel twee schooljaren, bij een structurele beperking "
        "(bijvoorbeeld ZML of een ernstige meervoudige beperking) tot het einde van de vso-loopbaan. Een TLV "
        "loopt altijd tot en met 31 juli van het laatste schooljaar. De CvT bepaalt ook de "
        "bekostigingscategorie: laag (de meeste cluster 4-leerlingen en ZML), midden (LG/LZ) of hoog (MG)."))
    B.append(("h2", "6.2 Leerwegondersteunend onderwijs"))
    B.append(("p",
        "Lingeland hanteert de landelijke criteria voor leerwegondersteunend onderwijs. De school waar de "
        "leerling is aangemeld vraagt de aanwijzing lwoo aan bij het samenwerkingsverband, uiterlijk 1 mei "
        "voorafgaand aan het eerste schooljaar. Een leerling komt in aanmerking bij een IQ tussen 75 en 90 "
        "en een leerachterstand van 25 tot 50 procent op ten minste twee van de domeinen inzichtelijk "
        "rekenen, begrijpend lezen, technisch lezen en spellen (waarvan één begrijpend lezen of "
        "inzichtelijk rekenen), of bij een IQ tussen 91 en 120 met een dergelijke leerachterstand en "
        "sociaal-emotionele problematiek. De consulent beoordeelt het dossier; de directeur-bestuurder "
        "besluit binnen vier weken. De aanwijzing geldt voor de duur van de vmbo-opleiding."))
    B.append(("h2", "6.3 Praktijkonderwijs"))
    B.append(("p",
        "Voor het praktijkonderwijs gelden de landelijke criteria: een IQ tussen 55 en 80 en een "
        "leerachterstand van ten minste 50 procent op ten minste twee domeinen, waarvan één begrijpend "
        "lezen of inzichtelijk rekenen. De school voor praktijkonderwijs vraagt de TLV pro aan; de CvT "
        "besluit binnen vier weken na ontvangst van het complete dossier. Een TLV pro geldt voor de duur "
        "van de opleiding."))

    B.append(("h1", "7. Terugplaatsing en overplaatsing"))
    B.append(("p",
        "Het samenwerkingsverband vindt het belangrijk dat een plaatsing in het vso geen eindstation is "
        "wanneer een leerling zich zo ontwikkelt dat regulier onderwijs weer binnen bereik komt. Ons "
        "uitgangspunt is dat iedere vso-leerling bij het verstrijken van de TLV de kans krijgt op een "
        "passende plek in het regulier voortgezet onderwijs, als dat in het belang van de leerling is. Een "
        "terugplaatsing is nooit een doel op zich: het ontwikkelingsperspectief en het welbevinden van de "
        "leerling zijn leidend."))
    B.append(("p",
        "Voorwaarden voor een verantwoorde terugplaatsing zijn in Lingeland: het uitstroomperspectief in het "
        "OPP past bij een reguliere leerweg; de leerling heeft zich gedurende ten minste een half jaar "
        "stabiel ontwikkeld; de ontvangende school heeft de ondersteuning in beeld die de leerling nodig heeft. "
        "Bij een terugplaatsing zetten we standaard een terugkeerarrangement in: gedurende het eerste jaar "
        "begeleidt een medewerker van de vso-school de leerling en de mentor op de nieuwe school, met "
        "ten minste tweewekelijks contact. Het samenwerkingsverband vergoedt deze begeleiding aan de "
        "vso-school. Een overplaatsing naar een andere vso-school of naar het OPDC is ook mogelijk."))
    B.append(("p",
        "De werkwijze bij terugplaatsing – wie het initiatief neemt, welke stappen worden gezet, welke "
        "evaluatiemomenten er zijn en wie besluit – wordt in het schooljaar 2026-2027 samen met De Lingehorst "
        "en Het Kompas uitgewerkt in een protocol terugplaatsing. Tot die tijd maken de vso-scholen en de "
        "consulent per leerling afspraken."))

    B.append(("h1", "8. Zorgplicht, thuiszitters en dekkend netwerk"))
    B.append(("p",
        "Iedere school heeft zorgplicht: bij aanmelding van een leerling met een ondersteuningsbehoefte "
        "onderzoekt de school binnen zes weken (eenmaal te verlengen met vier weken) of zij de leerling "
        "passend onderwijs kan bieden. Kan dat niet, dan zorgt de school voor een passende plek op een "
        "andere school, na overleg met ouders. Wanneer het de school niet lukt een passende plek te "
        "vinden, schakelt zij de consulent van het samenwerkingsverband in."))
    B.append(("p",
        "Jongeren die zonder geldige reden niet naar school gaan of die langer dan vier weken geen "
        "onderwijs volgen, noemen we thuiszitters. Lingeland heeft samen met de leerplichtambtenaren een "
        "thuiszitterstafel ingericht, die elke maand bijeenkomt. Elke thuiszitter wordt binnen twee weken "
        "na melding besproken. De tafel kent doorzettingsmacht: de directeur-bestuurder kan een school "
        "of voorziening vragen een leerling tijdelijk te plaatsen, met financiële dekking vanuit het "
        "samenwerkingsverband."))
    B.append(("p",
        "Elk voorjaar maken we een analyse van het dekkend netwerk. We brengen in kaart voor welke jongeren "
        "er geen passend aanbod was, waar wachtlijsten ontstonden en welke jongeren buiten de regio "
        "onderwijs volgen. Knelpunten uit die analyse leiden tot concrete afspraken in het jaarplan. "
        "Uit de analyse van 2025 bleek bijvoorbeeld een tekort aan plaatsen voor leerlingen met een "
        "havo/vwo-perspectief en ernstige angstproblematiek; daarom start in augustus 2026 een "
        "kleinschalige voorziening van 16 plaatsen bij het Waalbeek Lyceum. Ook het aanbod voor "
        "hoogbegaafde leerlingen met onderpresteren wordt in 2026-2027 uitgebreid."))

    B.append(("h1", "9. Samenwerking met gemeenten (OOGO)"))
    B.append(("p",
        "Met de vier gemeenten voert het samenwerkingsverband twee keer per jaar op overeenstemming gericht "
        "overleg (OOGO). Op 5 maart 2026 is het ontwerp van dit plan in het OOGO besproken; de gemeenten "
        "hebben ingestemd met de gezamenlijke thema's voor de planperiode: jeugdhulp op school, "
        "aansluiting onderwijs-arbeidsmarkt, leerlingenvervoer, huisvesting en de aanpak van verzuim. "
        "Op elke school is een jeugdprofessional van het lokale team aanwezig, gefinancierd door de "
        "gemeente. Met jeugdhulpaanbieders zijn afspraken gemaakt over zorg in onderwijstijd."))

    B.append(("h1", "10. Ambities en beoogde resultaten"))
    B.append(("p",
        "Voor de planperiode hebben wij de volgende beoogde resultaten geformuleerd voor leerlingen met een "
        "ondersteuningsbehoefte. Ze sluiten aan bij de landelijke verbeteraanpak passend onderwijs."))
    B.append(("table", [
        ["Ambitie", "Beoogd resultaat in 2030"],
        ["Thuisnabij onderwijs", "Het deelnamepercentage vso daalt van 3,4% (1-10-2025) naar hoogstens 3,0%."],
        ["Geen thuiszitters", "Geen enkele jongere zit langer dan drie maanden thuis zonder onderwijsaanbod."],
        ["Snelle toewijzing", "90% van de TLV-besluiten binnen zes weken; 100% van de spoedaanvragen binnen tien werkdagen."],
        ["Succesvolle OPDC-trajecten", "Ten minste 75% van de OPDC-leerlingen keert binnen een jaar terug naar het regulier onderwijs."],
        ["Sterke basis", "Alle vestigingen voldoen aantoonbaar aan de Standaarden basisondersteuning."],
        ["Diploma", "Ten minste 85% van de leerlingen met een OPP verlaat het vo met een diploma of een startkwalificatie-perspectief."],
    ]))
    B.append(("p",
        "Op welke wijze we de voortgang op deze resultaten meten, welke bronnen we daarbij gebruiken en hoe "
        "we erover rapporteren, leggen we vast in een monitorplan. Het bestuur stelt dit monitorplan in het "
        "voorjaar van 2027 vast, na advies van de ondersteuningsplanraad."))

    B.append(("h1", "11. Organisatie en governance"))
    B.append(("p",
        "Het samenwerkingsverband is een stichting. De statuten kennen een scheiding tussen bestuur en "
        "intern toezicht volgens het raad-van-toezichtmodel. De directeur-bestuurder vormt het bestuur en "
        "legt verantwoording af aan de raad van toezicht, die bestaat uit vijf leden: drie leden op "
        "voordracht van de aangesloten schoolbesturen en twee onafhankelijke leden. De aangesloten besturen "
        "komen vier keer per jaar bijeen in de algemene ledenvergadering, die onder meer de begroting en "
        "het ondersteuningsplan goedkeurt."))
    B.append(("p",
        "Het bureau van het samenwerkingsverband is gevestigd in Lingedal. Het bestaat uit de "
        "directeur-bestuurder, een beleidsmedewerker, een controller, een secretaresse, vier consulenten en "
        "twee orthopedagogen. De Commissie Toelaatbaarheid en de Commissie Toewijzing Arrangementen worden "
        "ondersteund door het bureau. Eens per vier jaar laat de raad van toezicht de governance extern "
        "evalueren; de laatste evaluatie vond plaats in 2024."))
    B.append(("p",
        "Het samenwerkingsverband werkt met een jaarlijkse planning- en controlcyclus: jaarplan en begroting "
        "in december, een bestuursrapportage in juni en het jaarverslag met de jaarrekening in mei. "
        "Geschillen tussen besturen over de uitvoering van dit plan worden voorgelegd aan een "
        "geschillencommissie zoals beschreven in de statuten."))

    B.append(("h1", "12. Medezeggenschap"))
    B.append(("p",
        "De ondersteuningsplanraad (OPR) heeft instemmingsrecht op het ondersteuningsplan en op wijzigingen "
        "daarvan. De OPR bestaat uit twaalf leden, afgevaardigd vanuit de medezeggenschapsraden van de "
        "aangesloten scholen. De OPR vergadert zes keer per jaar met de directeur-bestuurder. Het "
        "samenwerkingsverband faciliteert de OPR met scholing, een ambtelijk secretaris en een eigen budget "
        "van € 12.000 per jaar. De OPR heeft op 17 maart 2026 ingestemd met dit plan."))
    B.append(("p",
        "Het personeel van het bureau heeft een eigen medezeggenschapsraad (MR) van twee leden. Deze is "
        "betrokken bij personeelsbeleid, formatie en arbeidsomstandigheden."))

    B.append(("h1", "13. Personeel en professionalisering"))
    B.append(("p",
        "De kwaliteit van passend onderwijs staat of valt met de mensen in de school. Docenten geven aan "
        "dat zij zich niet altijd toegerust voelen voor de ondersteuningsvragen in hun klas. Daarom "
        "investeert Lingeland de komende jaren in een regionaal professionaliseringsaanbod: een leergang "
        "voor ondersteuningscoördinatoren, intervisie voor mentoren, en scholing over angst, autisme en "
        "trauma. Het aanbod is gratis voor de aangesloten scholen. Daarnaast organiseren we twee keer per "
        "jaar een regionale kennisdag."))
    B.append(("p",
        "Het personeel van het bureau valt onder de cao VO. Het samenwerkingsverband heeft geen personeel in "
        "dienst op de scholen; de scholen zijn zelf werkgever van hun ondersteuningspersoneel. Bij een "
        "daling van het budget door krimp wordt eerst gekeken naar natuurlijk verloop. ICT: het bureau "
        "werkt met een beveiligd dossiersysteem voor TLV-aanvragen; toegang is beperkt tot de consulenten, "
        "de orthopedagogen en de leden van de CvT. Persoonsgegevens worden na drie jaar na het besluit "
        "vernietigd, overeenkomstig de wet."))

    B.append(("h1", "14. Financieel beleid"))
    B.append(("h2", "14.1 Inkomsten"))
    B.append(("p",
        "Het samenwerkingsverband ontvangt van het Rijk middelen voor lichte ondersteuning, zware "
        "ondersteuning, leerwegondersteunend onderwijs en praktijkonderwijs. Van de middelen voor zware "
        "ondersteuning en praktijkonderwijs wordt door DUO rechtstreeks een deel ingehouden voor de "
        "bekostiging van de vso-scholen en de pro-scholen (de afdracht), op basis van de teldatum 1 oktober "
        "en, voor de groeibekostiging, de peildatum 1 februari."))
    B.append(("h2", "14.2 Verdeling van de middelen"))
    B.append(("p", "De middelen worden volgens een vast verdeelmodel over de scholen verdeeld:"))
    B.append(("ul", [
        "Schoolbudget lichte ondersteuning: elke vestiging ontvangt een vaste voet van € 15.000 plus € 95 "
        "per leerling (teldatum 1 oktober van het voorgaande jaar). Het schoolbudget wordt in twee termijnen "
        "uitgekeerd, in oktober en in maart.",
        "Lwoo-middelen: de besturen met lwoo ontvangen per leerling met een aanwijzing lwoo het landelijke "
        "normbedrag, verminderd met 3% voor de uitvoeringskosten van het samenwerkingsverband.",
        "Praktijkonderwijs: de afdracht via DUO volgt het aantal leerlingen; het samenwerkingsverband "
        "ontvangt geen aanvullende middelen voor pro.",
        "Arrangementen en OPDC: het samenwerkingsverband bekostigt het OPDC, de Rebound en het "
        "onderwijs-zorgarrangement rechtstreeks op basis van een jaarlijks vastgestelde capaciteit. "
        "Individuele maatwerkarrangementen worden toegekend door de CTA, tot een maximum van € 8.000 per "
        "leerling per schooljaar.",
    ]))
    B.append(("p",
        "Scholen verantwoorden de besteding van het schoolbudget jaarlijks vóór 1 juli in een korte "
        "bestedingsrapportage volgens een vast format, die wordt besproken in het kwaliteitsgesprek. Niet "
        "bestede middelen worden verrekend met het volgende schooljaar."))
    B.append(("h2", "14.3 Meerjarenbegroting"))
    B.append(("p",
        "De meerjarenbegroting hieronder geeft de verwachte baten en lasten voor de kalenderjaren 2026 tot "
        "en met 2029, op basis van de leerlingprognose en de rijksbekostiging van september 2025 (prijspeil "
        "2025)."))
    B.append(budget_table("Meerjarenbegroting SWV VO Lingeland", [2026, 2027, 2028, 2029],
        [("Rijksbijdrage zware ondersteuning", [3210, 3170, 3120, 3060]),
         ("Rijksbijdrage lichte ondersteuning", [1120, 1105, 1090, 1070]),
         ("Lwoo", [4480, 4420, 4350, 4280]),
         ("Praktijkonderwijs", [3950, 3900, 3850, 3790]),
         ("Overige baten (subsidies, gemeenten)", [210, 180, 180, 180])],
        [("Afdracht vso via DUO", [2640, 2610, 2570, 2520]),
         ("Afdracht pro via DUO", [3950, 3900, 3850, 3790]),
         ("Lwoo-middelen naar besturen", [4345, 4287, 4220, 4152]),
         ("Schoolbudgetten lichte ondersteuning", [1170, 1150, 1130, 1110]),
         ("OPDC De Brug en Rebound", [610, 600, 590, 580]),
         ("Maatwerkarrangementen en thuiszitters", [240, 220, 200, 200]),
         ("Professionalisering en OPR", [90, 80, 80, 80]),
         ("Bureau, personeel en huisvesting", [395, 400, 405, 410])]))
    B.append(("h2", "14.4 Reserves en risico's"))
    B.append(("p",
        "Op 31 december 2025 bedroeg de algemene reserve € 1,9 miljoen. De signaleringswaarde van de "
        "Inspectie ligt voor ons samenwerkingsverband rond € 1,3 miljoen. Het verschil zetten we in de jaren "
        "2026 tot en met 2028 in, wat de negatieve saldi in de meerjarenbegroting verklaart. De belangrijkste "
        "risico's zijn een hogere groei van het vso dan verwacht en dalende leerlingaantallen."))

    B.append(("h1", "15. Totstandkoming en planning"))
    B.append(("p",
        "Dit plan is tussen september 2025 en maart 2026 tot stand gekomen. In drie werksessies met "
        "schoolleiders en ondersteuningscoördinatoren is het vorige plan geëvalueerd en zijn de speerpunten "
        "bepaald. De OPR is vanaf het begin betrokken geweest. Op 5 maart 2026 vond het OOGO met de "
        "gemeenten plaats en op 10 maart het overleg met Samenwerkingsverband PO Lingestreek over de "
        "overstap van po naar vo."))
    B.append(("table", [
        ["Moment", "Activiteit"],
        ["september - december 2025", "Evaluatie vorig plan, werksessies"],
        ["januari 2026", "Concept ondersteuningsplan"],
        ["5 maart 2026", "OOGO met de gemeenten"],
        ["17 maart 2026", "Instemming OPR"],
        ["24 maart 2026", "Vaststelling door het bestuur"],
        ["april 2026", "Toezending aan de Inspectie"],
        ["1 augustus 2026", "Inwerkingtreding"],
    ]))

    B.append(("h1", "Bijlage 1. Begrippenlijst"))
    B.append(("table", [
        ["Begrip", "Betekenis"],
        ["Basisondersteuning", "Het afgesproken niveau van ondersteuning dat alle scholen bieden."],
        ["CvT", "Commissie Toelaatbaarheid."],
        ["CTA", "Commissie Toewijzing Arrangementen."],
        ["Lwoo", "Leerwegondersteunend onderwijs."],
        ["Onderwijsconsulenten", "Landelijke organisatie die ouders kosteloos en onafhankelijk adviseert."],
        ["OJSP", "Ouder- en jeugdsteunpunt."],
        ["OPDC", "Orthopedagogisch-didactisch centrum."],
        ["OPP", "Ontwikkelingsperspectiefplan."],
        ["OPR", "Ondersteuningsplanraad."],
        ["Pro", "Praktijkonderwijs."],
        ["SOP", "Schoolondersteuningsprofiel."],
        ["Terugplaatsing", "Overstap van een vso-leerling naar het regulier voortgezet onderwijs."],
        ["TLV", "Toelaatbaarheidsverklaring."],
        ["Vso", "Voortgezet speciaal onderwijs."],
    ]))
    return B


# ====================================================================== P2
# PO, docx. Friendly PO house style.
# Labels: basis partial (niveau only; content in absent bijlage), plaatsing partial (procedure only;
# criteria on website), terugstroom present (inside TLV chapter), financien partial (verdeling only;
# begroting p.m.), dekkend present, resultaten present, ouders present (under Communicatie).
def plan_waarden():
    B = []
    B.append(("title", [
        "Ondersteuningsplan 2025-2029",
        "Stichting Samenwerkingsverband Passend Primair Onderwijs De Waarden (PO 28-07)",
        "Ieder kind een passende plek",
        "Definitieve versie, vastgesteld door het bestuur op 8 april 2025",
    ]))
    B.append(("toc",))
    B.append(("h1", "Voorwoord"))
    B.append(("p",
        "Beste lezer, wat fijn dat u ons nieuwe ondersteuningsplan opent. In dit plan leest u hoe de "
        "basisscholen, de scholen voor speciaal basisonderwijs en de scholen voor speciaal onderwijs in De "
        "Waarden de komende vier jaar samenwerken, zodat ieder kind onderwijs krijgt dat bij hem of haar "
        "past. Het plan is geschreven voor iedereen die bij passend onderwijs betrokken is: leerkrachten, "
        "intern begeleiders, directeuren, bestuurders, gemeenten, en natuurlijk ook ouders."))
    B.append(("p",
        "De afgelopen planperiode stond in het teken van herstel na de coronajaren, het lerarentekort en "
        "een stijgend aantal kinderen met complexe vragen. Desondanks zijn we trots: het aantal "
        "thuiszitters is gehalveerd, de doorlooptijd van aanvragen is korter geworden en steeds meer "
        "scholen werken samen in hun regio. Met dit plan bouwen we daarop voort."))
    B.append(("p", "Namens het bestuur, Jeroen Atsma, voorzitter"))

    B.append(("h1", "1. Over ons samenwerkingsverband"))
    B.append(("p",
        "Samenwerkingsverband De Waarden is het samenwerkingsverband voor primair onderwijs in de "
        "gemeenten Waardenburg-Oost, Zaltwijk en Maasbommel. Er zijn elf schoolbesturen aangesloten met "
        "samen 58 basisscholen, twee scholen voor speciaal basisonderwijs (De Regenboog en De Piramide) en "
        "vier so-locaties van cluster 3 en 4. In totaal gaan er ruim 12.400 leerlingen naar school."))
    B.append(("p",
        "De scholen werken samen in zes regionale clusters, die elk een eigen clustercoördinator hebben. In "
        "het cluster bespreken intern begeleiders casuïstiek, delen scholen expertise en wordt "
        "gezamenlijk professionalisering georganiseerd. Het samenwerkingsverband ondersteunt de clusters "
        "met een vast team van onderwijsadviseurs en orthopedagogen."))

    B.append(("h1", "2. Terugblik 2021-2025"))
    B.append(("p",
        "In het vorige ondersteuningsplan stonden vier speerpunten: versterken van de basisondersteuning, "
        "dekkend aanbod in elke regio, terugdringen van thuiszitten en betere samenwerking met jeugdhulp. "
        "Op alle vier de speerpunten is vooruitgang geboekt. Het deelnamepercentage speciaal "
        "basisonderwijs daalde van 2,6% naar 2,2%, het deelnamepercentage so bleef stabiel op 1,7%. Het "
        "aantal thuiszitters op de teldatum daalde van 22 naar 11. De tevredenheid van scholen over de "
        "ondersteuning door het samenwerkingsverband steeg van 7,1 naar 7,8. Niet alles lukte: de "
        "wachttijd voor een plek in het so voor jonge kinderen met gedragsproblemen liep op."))

    B.append(("h1", "3. Visie: ieder kind een passende plek"))
    B.append(("p",
        "Wij geloven dat elk kind het recht heeft om zich te ontwikkelen, samen met andere kinderen uit de "
        "buurt waar dat kan. Daarom kiezen we voor inclusief waar het kan en speciaal waar het nodig is. "
        "We gaan uit van wat een kind nodig heeft, niet van wat het heeft. Leerkrachten, ouders en "
        "hulpverleners zijn samen verantwoordelijk. Het samenwerkingsverband is er om de scholen te "
        "helpen die verantwoordelijkheid waar te maken."))
    B.append(("p",
        "Kernwaarden die bij ons horen zijn: vertrouwen, nabijheid, eigenaarschap en lef. Vertrouwen "
        "betekent dat we scholen niet overladen met formulieren. Nabijheid betekent dat ondersteuning "
        "zoveel mogelijk in de klas wordt gegeven. Eigenaarschap betekent dat de school aan zet is. En lef "
        "betekent dat we nieuwe dingen durven te proberen, ook als het nog niet zeker is dat ze werken."))

    B.append(("h1", "4. Basisondersteuning"))
    B.append(("p",
        "Basisondersteuning is de ondersteuning die iedere school binnen het samenwerkingsverband biedt. "
        "De schoolbesturen van De Waarden hebben met elkaar afgesproken dat alle scholen, op al hun "
        "locaties, ten minste hetzelfde niveau van basisondersteuning bieden. Dat niveau is de ondergrens; "
        "een school die (nog) niet aan het niveau voldoet, werkt met een plan van aanpak naar dat niveau toe."))
    B.append(("p",
        "Net als in de rest van Nederland beschrijven we basisondersteuning aan de hand van vier aspecten: "
        "basiskwaliteit, preventieve en licht curatieve interventies, de onderwijsondersteuningsstructuur en "
        "planmatig werken. Wat dat concreet per aspect betekent, welke voorzieningen dus op iedere school "
        "aanwezig zijn, staat in de Kwaliteitskaart Basisondersteuning De Waarden (bijlage 2). De kaart "
        "wordt in 2025-2026 geactualiseerd aan de hand van de landelijke norm basisondersteuning."))
    B.append(("p",
        "De school beschrijft haar basisondersteuning en eventuele extra mogelijkheden in het "
        "schoolondersteuningsprofiel en in de schoolgids. Het samenwerkingsverband bespreekt de profielen "
        "eens per twee jaar met elk schoolbestuur. Blijkt een school onder het afgesproken niveau te zitten, "
        "dan maken bestuur en samenwerkingsverband afspraken over verbetering en over de ondersteuning "
        "die het samenwerkingsverband daarbij kan bieden."))

    B.append(("h1", "5. Extra ondersteuning en arrangementen"))
    B.append(("p",
        "Soms heeft een kind meer nodig dan de basisondersteuning. In De Waarden bestaat het aanbod "
        "daarvoor uit een aantal lagen die op elkaar aansluiten."))
    B.append(("table", [
        ["Laag", "Wat", "Waar", "Hoe aan te vragen"],
        ["1. Schoolarrangement", "Extra begeleiding in de eigen school, bekostigd uit het schoolbudget",
         "Elke basisschool", "Besluit door de school zelf"],
        ["2. Clusterarrangement", "Plusklas, taalklas, gedragsgroep of ambulante begeleiding vanuit het "
         "cluster", "Zes regionale clusters", "Via de clustercoördinator"],
        ["3. Bovenschoolse voorziening", "Observatiegroep De Kiem (12 plaatsen), Kleuter-zorggroep "
         "Ukkie (8 plaatsen), voltijds HB-groep De Uitdaging (15 plaatsen)", "Zaltwijk en Waardenburg-Oost",
         "Via het Loket"],
        ["4. Speciaal basisonderwijs", "Kleine groepen, specialistische aanpak", "De Regenboog, De Piramide",
         "TLV via het Loket"],
        ["5. Speciaal onderwijs", "Cluster 3 en cluster 4", "Vier so-locaties", "TLV via het Loket"],
        ["Onderwijs-zorg", "Combinatie van onderwijs en jeugdhulp (OZA) voor kinderen die niet volledig "
         "onderwijs kunnen volgen", "Maatwerk op de eigen school of bij een zorgaanbieder",
         "Via het Loket, met de gemeente"],
    ]))
    B.append(("p",
        "Ouders en school bepalen samen met de onderwijsadviseur welke laag past. Het principe is: zo licht "
        "als mogelijk, zo zwaar als nodig. Een kind kan tussen de lagen bewegen, in beide richtingen."))

    B.append(("h1", "6. Dekkend netwerk en thuiszitters"))
    B.append(("p",
        "Een dekkend netwerk betekent dat er voor elk kind een passende plek is. Om te weten waar het "
        "netwerk gaten vertoont, voert het samenwerkingsverband twee keer per jaar een 'netwerkscan' uit. "
        "We verzamelen gegevens over wachtlijsten, afwijzingen, leerlingen die buiten de regio naar school "
        "gaan en thuiszitters. De scan wordt besproken in het bestuur en met de gemeenten. Per gevonden "
        "gat wordt een eigenaar aangewezen en een oplossing met termijn vastgesteld."))
    B.append(("p",
        "Een kind dat thuis zit, wordt binnen vijf schooldagen gemeld bij het Loket. Er volgt binnen twee "
        "weken een overleg met ouders, school, leerplicht en zo nodig jeugdhulp, waarin een plan voor "
        "terugkeer naar onderwijs wordt gemaakt. Als betrokken partijen er samen niet uitkomen, neemt de "
        "directeur van het samenwerkingsverband een besluit (doorzettingsmacht). De scan van het voorjaar "
        "2024 leidde bijvoorbeeld tot de opening van de Kleuter-zorggroep Ukkie in Zaltwijk."))

    B.append(("h1", "7. Toelaatbaarheid tot sbo en so"))
    B.append(("h2", "7.1 Wanneer een TLV?"))
    B.append(("p",
        "Voor plaatsing op een school voor speciaal basisonderwijs of speciaal onderwijs (cluster 3 of 4) "
        "is een toelaatbaarheidsverklaring van het samenwerkingsverband nodig. De Commissie van "
        "Toelaatbaarheid (CvT) beoordeelt iedere aanvraag afzonderlijk. De criteria die de CvT daarbij "
        "hanteert, zijn beschreven in het Afwegingskader Toelaatbaarheid, dat op onze website staat."))
    B.append(("h2", "7.2 De procedure"))
    B.append(("ol", [
        "Het schoolbestuur van de school waar het kind staat ingeschreven, dient de aanvraag in via het "
        "Loket. In de praktijk doet de intern begeleider dat namens het bestuur.",
        "Bij de aanvraag horen: het groeidocument met het OPP, de evaluatie van de geboden ondersteuning, "
        "het onderwijskundig rapport en de zienswijze van ouders.",
        "Binnen vijf werkdagen bevestigt het Loket de ontvangst en wordt gecontroleerd of het dossier compleet is.",
        "Een orthopedagoog of psycholoog van het samenwerkingsverband en een tweede deskundige (afhankelijk "
        "van de vraag een maatschappelijk werker, kinderarts of kinder- en jeugdpsychiater) geven ieder een "
        "schriftelijk advies. Zij zijn niet betrokken geweest bij de begeleiding van het kind.",
        "De CvT besluit binnen zes weken na ontvangst van het complete dossier. Deze termijn kan eenmaal met "
        "vier weken worden verlengd.",
        "Ouders en school ontvangen het besluit en een kopie van de adviezen.",
    ]))
    B.append(("h2", "7.3 Duur en bekostigingscategorie"))
    B.append(("p",
        "Een TLV voor het sbo geldt in de regel voor twee schooljaren, voor kleuters voor één schooljaar. "
        "Een TLV voor het so geldt voor ten hoogste drie schooljaren. Bij een TLV so stelt de CvT de "
        "bekostigingscategorie vast: laag, midden of hoog."))
    B.append(("h2", "7.4 Bezwaar"))
    B.append(("p",
        "Ouders en het schoolbestuur kunnen binnen zes weken bezwaar maken tegen het besluit. Het "
        "samenwerkingsverband is aangesloten bij de Landelijke Bezwaaradviescommissie "
        "Toelaatbaarheidsverklaringen (LBT), die het bestuur adviseert voordat het op het bezwaar beslist."))
    B.append(("h2", "7.5 Einde van de TLV en terugkeer naar het basisonderwijs"))
    B.append(("p",
        "Een plek in het sbo of so is in De Waarden geen eindstation. Wij willen dat kinderen die zich goed "
        "ontwikkelen weer naar een basisschool in hun eigen buurt kunnen, en de sbo- en so-scholen werken "
        "daar actief aan. Een kind gaat terug wanneer het OPP laat zien dat het de doelen van de "
        "basisschool kan halen met ondersteuning die een basisschool kan bieden, en wanneer ouders het "
        "daarmee eens zijn."))
    B.append(("p",
        "De werkwijze is als volgt. Elk jaar in januari bespreekt de commissie van begeleiding van de sbo- of "
        "so-school het OPP van iedere leerling met de vraag of terugplaatsing mogelijk is. In het laatste jaar "
        "van de TLV meldt de school vóór 1 februari bij het Loket of zij terugplaatsing, verlenging of "
        "overplaatsing adviseert. De onderwijsadviseur organiseert vervolgens een gesprek met ouders, de "
        "huidige school en een mogelijke ontvangende basisschool. Adviseert de school verlenging, dan dient "
        "zij een nieuwe aanvraag in en beslist de CvT vóór 1 mei. Bij terugplaatsing besluiten ouders en de "
        "ontvangende school over de inschrijving; het samenwerkingsverband bewaakt dat er uiterlijk op 1 juni "
        "een plek is."))
    B.append(("p",
        "Bij elke terugplaatsing hoort een terugplaatsingsarrangement: de leerkracht van het sbo of so "
        "begeleidt het kind en de nieuwe leerkracht gedurende een half jaar, en de ontvangende school krijgt "
        "een budget van € 2.500 voor extra ondersteuning. In het schooljaar 2023-2024 zijn 31 kinderen "
        "teruggeplaatst naar het basisonderwijs."))

    B.append(("h1", "8. Samenwerking met gemeenten en jeugdhulp"))
    B.append(("p",
        "Met de drie gemeenten voert het samenwerkingsverband op overeenstemming gericht overleg. Het "
        "ontwerp van dit plan is op 12 maart 2025 besproken. De gemeenten en het samenwerkingsverband "
        "werken samen in het programma 'Samen voor de jeugd'. Op elke school is een schoolmaatschappelijk "
        "werker beschikbaar. Voor kinderen die onderwijs en zorg nodig hebben maken we samen met de "
        "gemeente een onderwijs-zorgarrangement, waarin afspraken staan over wie wat betaalt. Andere "
        "thema's in het overleg zijn leerlingenvervoer, huisvesting van het sbo en de aansluiting met "
        "kinderopvang en voorschoolse educatie."))

    B.append(("h1", "9. Kwaliteit en resultaten"))
    B.append(("h2", "9.1 Wat willen we bereiken?"))
    B.append(("table", [
        ["Doel", "Indicator", "Nulmeting", "Streefwaarde 2029"],
        ["Meer kinderen thuisnabij", "Deelnamepercentage sbo", "2,2% (1-10-2024)", "2,0%"],
        ["", "Deelnamepercentage so", "1,7% (1-10-2024)", "1,7% of lager"],
        ["Geen kind thuis", "Thuiszitters langer dan 4 weken", "11", "0"],
        ["Snel duidelijkheid", "TLV-besluiten binnen 6 weken", "82%", "95%"],
        ["Terug naar de buurt", "Terugplaatsingen per jaar", "31", "40"],
        ["Sterke scholen", "Scholen op basisniveau", "49 van 58", "58 van 58"],
        ["Tevreden ouders", "Gemiddeld oordeel ouders over het Loket", "7,0", "7,5"],
    ]))
    B.append(("h2", "9.2 Hoe volgen we de resultaten?"))
    B.append(("p",
        "Het samenwerkingsverband werkt met een kwaliteitscyclus volgens plan-do-check-act. Twee keer per "
        "jaar (in februari en september) verzamelen we de gegevens uit de tabel hierboven in een dashboard. "
        "Gegevens over deelname en thuiszitters komen van DUO en van de leerplichtambtenaren; gegevens over "
        "TLV's en terugplaatsingen uit ons eigen registratiesysteem; de tevredenheid meten we met een "
        "korte vragenlijst na elke afgeronde aanvraag. Het dashboard wordt besproken door het bestuur, de OPR "
        "en de clustercoördinatoren. In het jaarverslag rapporteren we per doel wat er bereikt is, "
        "wat het heeft gekost en wat we bijstellen. Na twee jaar volgt een tussenevaluatie van dit plan."))

    B.append(("h1", "10. Communicatie"))
    B.append(("p",
        "Goede communicatie is voor een samenwerkingsverband onmisbaar. Wij communiceren met scholen, "
        "besturen, gemeenten, partners en ouders. Intern gebruiken we een nieuwsbrief voor intern "
        "begeleiders en directeuren die zes keer per jaar verschijnt."))
    B.append(("p",
        "Ouders vinden op onze website een aparte ouderpagina met uitleg over basisondersteuning, "
        "arrangementen, het sbo en het so, en over de weg naar een TLV. Er is een ouderfolder in "
        "eenvoudige taal, ook beschikbaar in het Arabisch, Pools en Turks; elke school deelt de folder uit "
        "bij het eerste gesprek over extra ondersteuning. Twee keer per jaar organiseren we in elke regio een "
        "informatieavond voor ouders. Scholen beschrijven in hun schoolgids welke ondersteuning zij bieden "
        "en verwijzen naar de ouderpagina."))
    B.append(("p",
        "Heeft u als ouder vragen, twijfels of een verschil van mening met de school, dan kunt u terecht bij "
        "het Ouder- en Jeugdsteunpunt De Waarden. Het steunpunt is onafhankelijk van de scholen, is "
        "telefonisch bereikbaar op werkdagen van 9.00 tot 12.00 uur en kan meegaan naar gesprekken. "
        "Daarnaast kunt u kosteloos terecht bij Onderwijsconsulenten en bij het landelijke informatiepunt "
        "Ouders & Onderwijs. Klachten over het samenwerkingsverband behandelt de landelijke "
        "klachtencommissie waarbij wij zijn aangesloten; geschillen over toelating, verwijdering of het "
        "OPP kunnen worden voorgelegd aan de Geschillencommissie passend onderwijs."))
    B.append(("p",
        "Ouders zijn partner bij het opstellen van het OPP: de school bespreekt het OPP met ouders en ouders "
        "hebben instemmingsrecht op het handelingsdeel. Ouders zijn ook vertegenwoordigd in de "
        "ondersteuningsplanraad."))

    B.append(("h1", "11. Organisatie, bestuur en medezeggenschap"))
    B.append(("p",
        "Het samenwerkingsverband is een stichting met een bestuur dat bestaat uit een vertegenwoordiger "
        "van elk schoolbestuur. Het bestuur heeft de dagelijkse leiding gemandateerd aan de directeur. Een "
        "auditcommissie uit het bestuur houdt toezicht op de financiën. De scheiding tussen bestuur en "
        "toezicht is geregeld via een toezichthoudend deel van het bestuur (one-tier-model)."))
    B.append(("p",
        "De ondersteuningsplanraad bestaat uit tien leden: vijf ouders en vijf personeelsleden, "
        "afgevaardigd vanuit de medezeggenschapsraden. De OPR heeft op 1 april 2025 ingestemd met dit plan. "
        "Het bureau heeft een personeelsgeleding die meepraat over het personeelsbeleid."))

    B.append(("h1", "12. Financiën"))
    B.append(("h2", "12.1 Inkomsten"))
    B.append(("p",
        "Het samenwerkingsverband ontvangt jaarlijks een ondersteuningsbudget van het Rijk. Een deel daarvan "
        "wordt door DUO direct afgedragen aan de so-scholen (op basis van het aantal leerlingen op 1 oktober) "
        "en aan de sbo-scholen (het deel boven 2% van het leerlingenaantal). Groei in de loop van het "
        "schooljaar wordt bekostigd op basis van de peildatum 1 februari."))
    B.append(("h2", "12.2 Verdeling"))
    B.append(("p",
        "Het bestuur heeft gekozen voor een verdeling waarbij het geld zo dicht mogelijk bij het kind komt. "
        "De verdeling is als volgt:"))
    B.append(("ul", [
        "Schoolbudget: elk schoolbestuur ontvangt € 165 per leerling (teldatum 1 oktober voorafgaand aan het "
        "schooljaar) voor basis- en schoolarrangementen. Het bestuur verdeelt dit over zijn scholen en "
        "verantwoordt de besteding in een bestedingsplan en een jaarlijks verslag.",
        "Clusterbudget: elk cluster ontvangt € 25 per leerling voor clusterarrangementen; de clusters "
        "beslissen over de inzet.",
        "Bovenschools: de observatiegroep, de kleuter-zorggroep en de HB-groep worden op basis van "
        "capaciteit bekostigd door het samenwerkingsverband.",
        "Individuele arrangementen en OZA: het Loket kent deze toe op basis van een aanvraag, met een "
        "maximum van € 7.500 per kind per jaar.",
        "Sbo-bekostiging boven 2%: deze wordt volledig door het samenwerkingsverband gedragen.",
    ]))
    B.append(("h2", "12.3 Meerjarenbegroting"))
    B.append(("p",
        "De meerjarenbegroting 2025-2029 wordt als bijlage 3 aan dit plan toegevoegd zodra de definitieve "
        "rijksbekostiging voor 2025-2026 bekend is (p.m.). Het bestuur stelt de begroting jaarlijks in "
        "december vast."))
    B.append(("h2", "12.4 Reserves"))
    B.append(("p",
        "Het samenwerkingsverband hanteert een weerstandsvermogen van ten hoogste 5% van de baten. Reserves "
        "boven de signaleringswaarde worden in de planperiode ingezet voor de thuiszittersaanpak en de "
        "HB-voorziening."))

    B.append(("h1", "13. Personeel"))
    B.append(("p",
        "Het bureau van het samenwerkingsverband heeft 18 medewerkers in dienst (14,2 fte): de directeur, "
        "een beleidsmedewerker, een controller, twee secretaresses, acht onderwijsadviseurs, drie "
        "orthopedagogen en een psycholoog. Het samenwerkingsverband investeert in hun deskundigheid. Ook "
        "voor leerkrachten en intern begeleiders organiseren we scholing, bijvoorbeeld over gedrag, "
        "taalontwikkeling en hoogbegaafdheid. Het tekort aan leerkrachten raakt ook het speciaal "
        "(basis)onderwijs; samen met de pabo en de besturen werken we aan een regionale aanpak."))

    B.append(("h1", "14. Planning"))
    B.append(("p",
        "Het plan geldt van 1 augustus 2025 tot en met 31 juli 2029. Elk jaar maken we een jaarplan met "
        "concrete activiteiten. In 2027 volgt een tussenevaluatie. Het plan is vóór 1 mei 2025 naar de "
        "Inspectie van het Onderwijs gestuurd."))

    B.append(("h1", "Bijlage 1. Afkortingenlijst"))
    B.append(("table", [
        ["Afkorting", "Betekenis"],
        ["CvT", "Commissie van Toelaatbaarheid"],
        ["HB", "Hoogbegaafdheid"],
        ["IB", "Intern begeleider"],
        ["LBT", "Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen"],
        ["OJSP", "Ouder- en Jeugdsteunpunt"],
        ["OPP", "Ontwikkelingsperspectief"],
        ["OPR", "Ondersteuningsplanraad"],
        ["OZA", "Onderwijs-zorgarrangement"],
        ["sbo", "Speciaal basisonderwijs"],
        ["so", "Speciaal onderwijs"],
        ["SOP", "Schoolondersteuningsprofiel"],
        ["TLV", "Toelaatbaarheidsverklaring"],
    ]))
    B.append(("h1", "Bijlage 2. Kwaliteitskaart Basisondersteuning"))
    B.append(("p", "De Kwaliteitskaart Basisondersteuning wordt separaat gepubliceerd op www.swvdewaarden.nl."))
    B.append(("h1", "Bijlage 3. Meerjarenbegroting 2025-2029"))
    B.append(("p", "p.m."))
    return extra2_waarden(extra_waarden(B))


# ====================================================================== P3
# VO, pdf. "Koersplan" house style with five lines; finances under "Geld en middelen".
# Labels: basis present (content in a table), plaatsing missing (only references to a separate
# reglement), terugstroom missing (only glossary/near-misses), financien present, dekkend partial
# (continuum only; gap analysis deferred), resultaten present, ouders partial (steunpunt only).
def plan_kempenrand():
    B = []
    B.append(("title", [
        "Koers 2026-2030",
        "Ondersteuningsplan van Samenwerkingsverband VO Kempenrand (VO 30-06)",
        "Samen sterk voor elke jongere",
        "Instemming ondersteuningsplanraad: 9 april 2026 | Vastgesteld door het bestuur: 16 april 2026",
    ]))
    B.append(("toc",))
    B.append(("h1", "Voorwoord"))
    B.append(("p",
        "Met trots presenteren we Koers 2026-2030, het ondersteuningsplan van Samenwerkingsverband VO "
        "Kempenrand. We hebben bewust gekozen voor een compact plan dat leest als een koersdocument: waar "
        "staan we, waar willen we naartoe en hoe komen we daar? De vijf koerslijnen in dit plan zijn het "
        "resultaat van gesprekken met ruim tweehonderd mensen: leerlingen, ouders, docenten, mentoren, "
        "ondersteuningscoördinatoren, schoolleiders, bestuurders, jeugdprofessionals en wethouders."))
    B.append(("p",
        "Terugblikkend op de vorige planperiode zien we dat de scholen in Kempenrand veel hebben bereikt. De "
        "basis op de scholen is steviger geworden, het aanbod in de regio is uitgebreid en de samenwerking "
        "met de gemeenten is vanzelfsprekend geworden. Maar we zien ook dat de groep jongeren die vastloopt "
        "groeit, dat het lerarentekort de ondersteuning onder druk zet en dat de middelen niet "
        "onbeperkt zijn. Dat vraagt om scherpe keuzes. Die keuzes leest u in dit plan."))
    B.append(("p", "Ellen Verhoeven-Smits, directeur-bestuurder"))

    B.append(("h1", "Samenvatting"))
    B.append(("p",
        "Koers 2026-2030 kent vijf koerslijnen. Lijn 1 gaat over een sterke basis op elke school. Lijn 2 gaat "
        "over het ondersteuningsaanbod in de regio. Lijn 3 beschrijft de samenwerking met partners. Lijn 4 "
        "gaat over het zichtbaar maken van resultaten en lijn 5 over ouders en jongeren. In de hoofdstukken "
        "daarna beschrijven we de toewijzing, de financiën, de organisatie en de planning. Het plan geldt "
        "voor de schooljaren 2026-2027 tot en met 2029-2030."))

    B.append(("h1", "1. Waar we vandaan komen"))
    B.append(("p",
        "Kempenrand bestaat sinds 2014. In de eerste jaren lag de nadruk op het opzetten van de organisatie en "
        "het afbouwen van de oude structuren van het regionaal expertisecentrum en de regionale "
        "verwijzingscommissie. In de tweede periode (2018-2022) verschoof de aandacht naar de scholen zelf: "
        "elke school kreeg een eigen budget en een eigen ondersteuningsprofiel. In de derde periode "
        "(2022-2026) zijn we gaan werken met regionale arrangementen en is het OPDC Kempenpoort geopend."))
    B.append(("p",
        "De evaluatie van Koers 2022-2026, uitgevoerd door een extern bureau in het najaar van 2025, laat zien "
        "dat van de twaalf doelen er acht zijn gehaald. Het deelnamepercentage vso daalde van 3,9% naar 3,5%. "
        "De gemiddelde doorlooptijd van een arrangementaanvraag daalde van 31 naar 19 werkdagen. De tevredenheid "
        "van ondersteuningscoördinatoren over het samenwerkingsverband steeg van 6,8 naar 7,6. Niet "
        "gehaald werden onder meer de doelen over het aantal leerlingen met een diploma op het OPDC en over "
        "de wachttijd voor de Kempenpoort."))

    B.append(("h1", "2. Onze regio"))
    B.append(("p",
        "Kempenrand omvat vijf gemeenten in het zuidoosten van Brabant. Er zijn negen schoolbesturen "
        "aangesloten met samen zestien vestigingen voor voortgezet onderwijs, waarvan drie voor "
        "praktijkonderwijs, en drie vestigingen voor voortgezet speciaal onderwijs. Op 1 oktober 2025 telde "
        "de regio 11.850 leerlingen in het vo, 412 leerlingen in het vso en 640 leerlingen in het "
        "praktijkonderwijs. De regio kent een gemengd karakter: een middelgrote stad met een uitgebreid "
        "aanbod en vier plattelandsgemeenten met kleinere scholen. Reisafstanden zijn voor sommige "
        "jongeren groot, wat leerlingenvervoer een belangrijk onderwerp maakt."))

    B.append(("h1", "3. Koers: vijf lijnen"))
    B.append(("p",
        "Onze missie: elke jongere in Kempenrand ontwikkelt zich, leert en haalt het beste uit zichzelf, op "
        "een school die bij hem of haar past. Onze visie vertalen we naar vijf koerslijnen. Elke koerslijn "
        "heeft een eigen hoofdstuk met daarin wat we willen, wat we doen en hoe we weten of het werkt."))
    B.append(("table", [
        ["Koerslijn", "In één zin"],
        ["1. Sterke basis", "Elke school biedt een stevige, herkenbare basisondersteuning."],
        ["2. Aanbod in de regio", "Voor iedere jongere is er een passend aanbod, dichtbij huis."],
        ["3. Samen met partners", "Onderwijs en jeugdhulp werken als één team."],
        ["4. Resultaten zichtbaar", "We weten wat we bereiken en sturen daarop."],
        ["5. Ouders en jongeren", "Ouders en jongeren weten waar ze terechtkunnen."],
    ]))

    B.append(("h1", "4. Koerslijn 1: Sterke basis op elke school"))
    B.append(("p",
        "In Kempenrand noemen we basisondersteuning 'de Kempenrand-basis'. Het is het geheel van "
        "voorzieningen dat iedere vestiging van iedere school in de regio moet bieden, ongeacht bestuur, "
        "niveau of grootte. De besturen hebben de Kempenrand-basis in 2025 gezamenlijk vastgesteld als "
        "bindende ondergrens. Alleen de vso-scholen vallen erbuiten, omdat zij per definitie meer bieden."))
    B.append(("p", "De Kempenrand-basis bestaat uit de volgende onderdelen:"))
    B.append(("table", [
        ["Onderdeel", "Wat iedere vestiging biedt", "Minimale norm"],
        ["Begeleiding", "Mentoraat met individuele mentorgesprekken", "Minimaal 3 gesprekken per leerling per jaar"],
        ["Coördinatie", "Ondersteuningscoördinator en intern ondersteuningsteam", "OT minimaal 8 keer per jaar, met jeugdarts en SMW"],
        ["Leren", "Dyslexie- en dyscalculiebeleid, faciliteiten bij toetsen", "Vastgelegd in protocol, bekend bij alle docenten"],
        ["Sociaal-emotioneel", "Weerbaarheids- en faalangsttraining, anti-pestaanpak", "Training beschikbaar in leerjaar 1 tot en met 3"],
        ["Executieve functies", "Huiswerkbegeleiding en plannen-en-organiserencoaching", "Minimaal 2 uur per week open inloop"],
        ["Opvang", "Time-out- of rustruimte met toezicht", "Dagelijks beschikbaar"],
        ["Gezondheid", "Protocol medisch handelen, afspraken chronisch zieke leerlingen", "Vastgesteld door schoolleiding"],
        ["Planmatig werken", "OPP voor elke leerling met extra ondersteuning", "Binnen 6 weken, twee keer per jaar geëvalueerd"],
        ["Overgang", "Warme overdracht po-vo en vo-mbo", "Voor alle leerlingen met een ondersteuningsbehoefte"],
    ]))
    B.append(("p",
        "De Kempenrand-basis is opgenomen in de samenwerkingsovereenkomst tussen de besturen. Eens per jaar doet het samenwerkingsverband "
        "op elke vestiging een 'basischeck' met een vaste kijkwijzer. De uitkomsten worden besproken met de "
        "schoolleiding en het bestuur; wanneer een onderdeel ontbreekt, volgt een verbeterafspraak met een "
        "termijn van ten hoogste zes maanden."))

    B.append(("h1", "5. Koerslijn 2: Het ondersteuningsaanbod in de regio"))
    B.append(("p",
        "Bovenop de Kempenrand-basis bestaat in de regio een samenhangend aanbod. We onderscheiden vier "
        "treden. De eerste trede is extra ondersteuning binnen de eigen school, bekostigd uit het "
        "schoolbudget: bijvoorbeeld een ondersteuningsklas, een autismecoach of een taalondersteuningsgroep. "
        "De tweede trede zijn de regionale arrangementen die scholen samen organiseren: de Plusroute voor "
        "hoogbegaafde leerlingen, het Kempenrand Taalhuis voor nieuwkomers die de ISK hebben afgerond, en "
        "de Werkroute, een praktijkgericht traject voor leerlingen in het vmbo die dreigen uit te vallen."))
    B.append(("p",
        "De derde trede is het OPDC Kempenpoort, met 60 plaatsen verdeeld over twee locaties. Leerlingen "
        "volgen er voor een periode van ten hoogste een jaar onderwijs in een kleine groep, met intensieve "
        "begeleiding en met zorg van een jeugdhulpaanbieder in de school. Daarnaast is er de "
        "leerwegondersteuning op zes vmbo-scholen en het praktijkonderwijs op drie locaties. De vierde trede "
        "is het voortgezet speciaal onderwijs: De Kempenhof (cluster 4), De Schakel (cluster 3) en "
        "Mytylschool Zuidoost (cluster 3, LG/LZ). Enkele leerlingen volgen onderwijs op een vso-school "
        "buiten de regio."))
    B.append(("p",
        "Of het aanbod dekkend is, weten we nog onvoldoende. In de loop van 2027 voeren we samen met de "
        "gemeenten een analyse uit van witte vlekken, wachtlijsten en jongeren zonder passende plek, "
        "inclusief thuiszitters. Welke acties daaruit volgen en hoe we in de tussentijd omgaan met jongeren "
        "voor wie geen plek is, wordt na die analyse vastgesteld."))

    B.append(("h1", "6. Koerslijn 3: Samen met partners"))
    B.append(("p",
        "Onderwijs en jeugdhulp hebben elkaar nodig. Met de vijf gemeenten hebben we in het op "
        "overeenstemming gericht overleg van 19 maart 2026 afgesproken dat elke vo-school een vaste "
        "jeugdprofessional krijgt, dat jeugdhulp in het OPDC en op de vso-scholen onder schooltijd mag "
        "worden gegeven en dat onderwijs-zorgarrangementen gezamenlijk worden bekostigd. Er is een regionaal "
        "overleg 'Onderwijs en Jeugd' dat zes keer per jaar bijeenkomt. Met het mbo werken we samen aan de "
        "overgang van vmbo en pro naar het mbo en naar werk."))
    B.append(("p",
        "Met het samenwerkingsverband PO Kempenrand overleggen we over de overstap van groep 8 naar het "
        "voortgezet onderwijs. Voor leerlingen uit het speciaal basisonderwijs en so geldt een "
        "overdrachtsgesprek in maart. Andere gezamenlijke thema's zijn leerlingenvervoer, huisvesting en "
        "preventie van schooluitval."))

    B.append(("h1", "7. Koerslijn 4: Resultaten zichtbaar maken"))
    B.append(("p",
        "Wij willen weten wat passend onderwijs oplevert voor de jongeren om wie het gaat. Daarom hebben "
        "wij de volgende resultaten voor 2030 geformuleerd:"))
    B.append(("ul", [
        "Het deelnamepercentage vso daalt van 3,5% naar 3,2% (peildatum 1 oktober).",
        "85% van de OPDC-leerlingen stroomt na afloop van het traject door naar een reguliere school of het mbo.",
        "90% van de leerlingen met een OPP behaalt een diploma of stroomt door naar passend vervolgonderwijs.",
        "Alle vestigingen scoren op alle onderdelen van de basischeck voldoende.",
        "De doorlooptijd van een arrangementaanvraag bedraagt maximaal 15 werkdagen.",
        "Ouders beoordelen de ondersteuning op school gemiddeld met een 7,5 of hoger.",
    ]))
    B.append(("p",
        "Om te volgen of we op koers liggen, gebruiken we de Kempenrand-monitor. Daarin staan per kwartaal "
        "de cijfers over deelname, doorlooptijden, OPDC-uitstroom en de basischeck, aangevuld met "
        "gegevens van DUO, de Inspectie en de leerplichtadministratie. Eenmaal per jaar houden we een "
        "tevredenheidspeiling onder ouders, leerlingen en scholen. Het bestuur en de OPR bespreken de "
        "monitor twee keer per jaar; in het jaarverslag rapporteren we per resultaat wat bereikt is en welke "
        "middelen daarvoor zijn ingezet. In 2028 laten we een onafhankelijke tussenevaluatie uitvoeren."))

    B.append(("h1", "8. Koerslijn 5: Ouders en jongeren"))
    B.append(("p",
        "Ouders en jongeren zijn de belangrijkste partners in passend onderwijs. Soms lopen gesprekken "
        "tussen ouders en school vast, of weten ouders niet goed wat ze kunnen doen. Daarom heeft Kempenrand "
        "sinds 1 januari 2026 een Ouder- en Jeugdsteunpunt. Het steunpunt is onafhankelijk: de medewerkers "
        "werken niet voor een school en het steunpunt is ondergebracht bij de stichting MEE. Ouders en "
        "jongeren kunnen er terecht met vragen, bij twijfel of onvrede, en voor een onafhankelijke "
        "gesprekspartner die meegaat naar een gesprek op school. Het steunpunt is bereikbaar via telefoon, "
        "e-mail en een wekelijks inloopspreekuur in de bibliotheek."))
    B.append(("p",
        "Komen ouders en school er samen niet uit, dan kan een beroep worden gedaan op Onderwijsconsulenten "
        "of op de Geschillencommissie passend onderwijs. Voor klachten over het samenwerkingsverband zelf "
        "is er een klachtenregeling; het samenwerkingsverband is aangesloten bij de landelijke "
        "klachtencommissie van Stichting Onderwijsgeschillen."))
    B.append(("p",
        "Een communicatieplan voor ouders, waarin we vastleggen hoe en via welke kanalen ouders informatie "
        "krijgen over het ondersteuningsaanbod, stellen we in het eerste planjaar op."))

    B.append(("h1", "9. Toewijzing en toelaatbaarheid"))
    B.append(("p",
        "Het samenwerkingsverband beslist over de toelaatbaarheid tot het voortgezet speciaal onderwijs en "
        "het praktijkonderwijs en over de aanwijzing voor leerwegondersteunend onderwijs. Ook de toewijzing "
        "van regionale arrangementen en plaatsen in het OPDC is een taak van het samenwerkingsverband. De "
        "procedures, termijnen en beoordelingskaders hiervoor zijn vastgelegd in het Reglement Toewijzing "
        "Kempenrand, dat het bestuur afzonderlijk vaststelt en dat op de website staat."))

    B.append(("h1", "10. Geld en middelen"))
    B.append(("h2", "10.1 Zo verdelen we het geld"))
    B.append(("p",
        "Kempenrand kiest voor een schoolmodel: het grootste deel van het geld gaat naar de scholen, die "
        "daarmee zelf hun ondersteuning organiseren. Het samenwerkingsverband houdt alleen middelen achter "
        "voor taken die scholen niet alleen kunnen uitvoeren. De verdeling is als volgt:"))
    B.append(("table", [
        ["Budget", "Verdeelsleutel", "Besluit", "Verantwoording"],
        ["Schoolbudget", "€ 70 per leerling + € 20.000 vaste voet per vestiging", "Bestuur SWV, jaarlijks in december", "Jaarlijkse bestedingsverantwoording per school"],
        ["Lwoo-budget", "Landelijk bedrag per leerling met aanwijzing lwoo", "Bij aanwijzing", "Via jaarverslag bestuur"],
        ["Regionale arrangementen", "Vast bedrag per plaats (€ 9.500)", "Bestuur SWV, op basis van capaciteit", "Jaarverslag arrangement"],
        ["OPDC Kempenpoort", "Capaciteitsbekostiging 60 plaatsen", "Bestuur SWV", "Kwartaalrapportage"],
        ["Innovatiefonds", "Op aanvraag, max. € 40.000 per project", "Directeur-bestuurder", "Projectverslag"],
    ]))
    B.append(("h2", "10.2 Meerjarenbegroting"))
    B.append(budget_table("Meerjarenbegroting Kempenrand", [2026, 2027, 2028, 2029],
        [("Ondersteuningsbekostiging (zwaar en licht)", [5120, 5080, 5010, 4950]),
         ("Lwoo", [5340, 5290, 5240, 5190]),
         ("Praktijkonderwijs", [6610, 6580, 6540, 6500]),
         ("Overige baten", [120, 120, 120, 120])],
        [("Afdracht vso (DUO)", [3710, 3690, 3660, 3630]),
         ("Afdracht pro (DUO)", [6610, 6580, 6540, 6500]),
         ("Lwoo naar besturen", [5340, 5290, 5240, 5190]),
         ("Schoolbudgetten", [1150, 1140, 1120, 1100]),
         ("Regionale arrangementen", [285, 285, 285, 285]),
         ("OPDC Kempenpoort", [720, 720, 700, 700]),
         ("Innovatiefonds", [120, 80, 40, 0]),
         ("Ouder- en Jeugdsteunpunt", [60, 60, 60, 60]),
         ("Bureau en organisatie", [420, 425, 430, 435])]))
    B.append(("p",
        "De tekorten in 2026 tot en met 2028 worden gedekt uit de algemene reserve, die eind 2025 € 2,4 "
        "miljoen bedroeg. Eind 2029 ligt de reserve naar verwachting rond de signaleringswaarde."))

    B.append(("h1", "11. Organisatie en medezeggenschap"))
    B.append(("p",
        "Het samenwerkingsverband is een vereniging. De algemene ledenvergadering bestaat uit de "
        "bestuurders van de aangesloten schoolbesturen en houdt toezicht op het bestuur. Het bestuur bestaat "
        "uit de directeur-bestuurder. De ondersteuningsplanraad telt tien leden: vijf personeelsleden en "
        "vijf ouders of leerlingen, afgevaardigd door de medezeggenschapsraden. De OPR heeft op 9 april 2026 "
        "ingestemd met dit plan. In de OPR zitten dit jaar voor het eerst twee leerlingen."))
    B.append(("p",
        "Het bureau van het samenwerkingsverband is klein: acht medewerkers (6,1 fte), onder wie twee "
        "consulenten passend onderwijs, een orthopedagoog, een beleidsmedewerker, een controller en een "
        "managementassistent. Het OPDC heeft een eigen team onder leiding van een teamleider."))

    B.append(("h1", "12. Personeel, ICT en privacy"))
    B.append(("p",
        "Voor de uitvoering van dit plan zijn deskundige mensen nodig. Het samenwerkingsverband organiseert "
        "jaarlijks een leergang voor nieuwe ondersteuningscoördinatoren en een netwerk voor mentoren. Samen "
        "met de lerarenopleidingen in Eindhoven en Tilburg werken we aan een minor passend onderwijs."))
    B.append(("p",
        "Het samenwerkingsverband verwerkt persoonsgegevens van leerlingen voor de toewijzing van "
        "ondersteuning. We houden ons aan de Algemene verordening gegevensbescherming. Dossiers worden "
        "opgeslagen in een beveiligde omgeving; de bewaartermijn is drie jaar na het besluit. Er is een "
        "functionaris gegevensbescherming aangesteld, gedeeld met twee andere samenwerkingsverbanden."))

    B.append(("h1", "13. Planning 2026-2030"))
    B.append(("table", [
        ["Schooljaar", "Accent"],
        ["2026-2027", "Communicatieplan ouders; nieuwe kijkwijzer basischeck; start Werkroute"],
        ["2027-2028", "Analyse dekkend aanbod met gemeenten; uitbreiding Plusroute"],
        ["2028-2029", "Tussenevaluatie; bijstelling verdeelmodel"],
        ["2029-2030", "Evaluatie en voorbereiding Koers 2030-2034"],
    ]))
    B.append(("p",
        "Het plan is in het OOGO van 19 maart 2026 besproken met de gemeenten en op 2 april 2026 met het "
        "samenwerkingsverband PO. Het plan is vóór 1 mei 2026 aan de Inspectie gezonden."))

    B.append(("h1", "Begrippenlijst"))
    B.append(("table", [
        ["Begrip", "Uitleg"],
        ["Basisondersteuning", "Zie Kempenrand-basis."],
        ["Dekkend aanbod", "Voor iedere leerling is er een passende plek in de regio."],
        ["Lwoo", "Leerwegondersteunend onderwijs in het vmbo."],
        ["OJSP", "Ouder- en Jeugdsteunpunt."],
        ["OPDC", "Orthopedagogisch-didactisch centrum."],
        ["Pro", "Praktijkonderwijs."],
        ["Terugplaatsing", "Terugkeer van een leerling uit het vso naar het regulier onderwijs na afloop van de TLV."],
        ["Thuiszitter", "Leerplichtige jongere die zonder geldige reden langer dan vier weken geen onderwijs volgt."],
        ["TLV", "Toelaatbaarheidsverklaring voor het vso of het praktijkonderwijs."],
        ["Toelaatbaarheid", "Besluit van het samenwerkingsverband dat een leerling op een vso-school of pro-school mag worden ingeschreven."],
    ]))
    return extra2_kempenrand(extra_kempenrand(B))


# ====================================================================== P4
# VO, pdf. Formal/bestuurlijk house style, OPDC-centred.
# Labels: basis partial (inventory of content, common level deferred), plaatsing present,
# terugstroom partial (procedure only), financien missing (kadernota deferred), dekkend present,
# resultaten missing (deferred to jaarplan), ouders partial (informatie only).
def plan_noordoever():
    B = []
    B.append(("title", [
        "Ondersteuningsplan Samenwerkingsverband VO Noordoever",
        "Planperiode 1 augustus 2026 - 31 juli 2030",
        "Stichting Samenwerkingsverband Voortgezet Onderwijs Noordoever (VO 27-03)",
        "Status: vastgesteld door het bestuur op 21 april 2026",
    ]))
    B.append(("toc",))
    B.append(("h1", "Voorwoord van de directeur-bestuurder"))
    B.append(("p",
        "Hierbij bied ik u het ondersteuningsplan 2026-2030 van Samenwerkingsverband VO Noordoever aan. Het "
        "plan is opgesteld in een periode waarin passend onderwijs landelijk opnieuw ter discussie staat. "
        "De Verbeteraanpak passend onderwijs, de Wet versterking positie ouders en leerlingen en de "
        "voorstellen voor een landelijke norm basisondersteuning hebben gevolgen voor onze regio. Niet alle "
        "landelijke keuzes zijn op het moment van schrijven gemaakt. Dit plan geeft daarom op een aantal "
        "onderdelen de koers weer en wordt gedurende de planperiode nader uitgewerkt."))
    B.append(("p",
        "Wat vaststaat, is onze gezamenlijke ambitie: jongeren in Noordoever krijgen onderwijs op een plek die "
        "bij hen past, en niemand valt tussen wal en schip. Het OPDC Noordoever is daarin de afgelopen jaren "
        "een spil geworden. Ik dank de schoolbesturen, de ondersteuningsplanraad, de gemeenten en alle "
        "professionals die aan dit plan hebben bijgedragen."))
    B.append(("p", "Mr. drs. K.J. (Koen) Hulshof, directeur-bestuurder"))

    B.append(("h1", "1. Inleiding"))
    B.append(("h2", "1.1 Wettelijke opdracht"))
    B.append(("p",
        "Het samenwerkingsverband heeft tot doel een samenhangend geheel van ondersteuningsvoorzieningen "
        "binnen en tussen de scholen te realiseren, zodat leerlingen een ononderbroken ontwikkelingsproces "
        "kunnen doorlopen en leerlingen die extra ondersteuning behoeven een zo passend mogelijke plaats "
        "in het onderwijs krijgen. Het ondersteuningsplan beschrijft hoe het samenwerkingsverband deze "
        "opdracht uitvoert. Het plan wordt ten minste eenmaal in de vier jaar vastgesteld."))
    B.append(("h2", "1.2 Totstandkoming"))
    B.append(("p",
        "Het plan is voorbereid door een stuurgroep van drie bestuurders, twee schoolleiders en de "
        "directeur-bestuurder. De ondersteuningsplanraad is in vier bijeenkomsten geconsulteerd en heeft "
        "op 14 april 2026 ingestemd. Het op overeenstemming gericht overleg met de gemeenten Noordoever, "
        "Haverveen en Kleiwijk vond plaats op 26 maart 2026; het overleg met het samenwerkingsverband PO "
        "Noordoever op 31 maart 2026."))
    B.append(("h2", "1.3 Leeswijzer"))
    B.append(("p",
        "Hoofdstuk 2 beschrijft het samenwerkingsverband. Hoofdstuk 3 bevat missie, visie en kernwaarden. De "
        "hoofdstukken 4 tot en met 7 beschrijven de ondersteuning: op de scholen, in het OPDC en de "
        "bovenschoolse voorzieningen, de aanpak van thuiszitten, en de toelaatbaarheid. Hoofdstuk 8 gaat over "
        "de samenwerking met gemeenten, hoofdstuk 9 over communicatie. De hoofdstukken 10 tot en met 13 "
        "behandelen governance, personeel, financiën en kwaliteitszorg. Hoofdstuk 14 bevat de planning."))

    B.append(("h1", "2. Het samenwerkingsverband"))
    B.append(("p",
        "Het samenwerkingsverband is een stichting waarin zes schoolbesturen samenwerken. Zij zijn samen "
        "verantwoordelijk voor elf vestigingen voor voortgezet onderwijs, één school voor praktijkonderwijs "
        "en twee vestigingen voor voortgezet speciaal onderwijs. Het werkgebied omvat drie gemeenten met "
        "samen ongeveer 140.000 inwoners."))
    B.append(("table", [
        ["Bestuur", "Vestigingen", "Leerlingen (1-10-2025)"],
        ["Stichting Openbaar VO Noordoever", "3 (vmbo, havo/vwo, pro)", "3.410"],
        ["Stichting Katholiek Onderwijs Haverveen", "3 (vmbo-tl, havo, vwo)", "2.960"],
        ["Stichting Christelijk VO Kleiwijk", "2 (vmbo-havo-vwo)", "2.105"],
        ["Stichting Vakcollege Noordoever", "1 (vmbo-bb/kb/gl)", "780"],
        ["Stichting Gymnasium Noordoever", "1 (gymnasium)", "690"],
        ["Stichting De Oeverlanden (vso)", "2 (vso cluster 4, vso cluster 3)", "298"],
        ["Stichting Praktijkonderwijs Noordoever", "1 (pro)", "310"],
    ]))
    B.append(("p",
        "Het bureau van het samenwerkingsverband en het OPDC zijn gehuisvest in één gebouw aan de Dijkweg in "
        "Noordoever. Het bureau telt elf medewerkers; het OPDC heeft een eigen team van veertien medewerkers."))

    B.append(("h1", "3. Missie, visie en kernwaarden"))
    B.append(("p",
        "Missie: wij zorgen er samen voor dat elke jongere in Noordoever een passende onderwijsplek heeft en "
        "zich kan ontwikkelen tot een zelfstandig en betrokken mens."))
    B.append(("p",
        "Visie: passend onderwijs is in de eerste plaats goed onderwijs. Leraren die hun vak verstaan, "
        "die leerlingen kennen en die weten wanneer zij hulp moeten inschakelen, maken het verschil. "
        "Ondersteuning is geen los onderdeel van de school, maar is verweven in het dagelijks onderwijs. "
        "Waar een school het alleen niet kan, lossen we het samen op. Dat betekent ook dat besturen elkaar "
        "aanspreken en dat het samenwerkingsverband knopen doorhakt als dat nodig is."))
    B.append(("p", "Kernwaarden:"))
    B.append(("ul", [
        "Gezamenlijkheid: de jongere is van ons allemaal.",
        "Vakmanschap: we werken met deskundige professionals en investeren in hun ontwikkeling.",
        "Openheid: we zijn transparant over wat goed gaat en wat niet.",
        "Daadkracht: we stellen het belang van de jongere boven dat van organisaties.",
    ]))

    B.append(("h1", "4. Ondersteuning op de scholen"))
    B.append(("p",
        "In 2025 hebben alle vestigingen hun schoolondersteuningsprofiel geactualiseerd. Het "
        "samenwerkingsverband heeft deze profielen geïnventariseerd. Daaruit blijkt dat alle vestigingen "
        "op dit moment het volgende bieden:"))
    B.append(("ul", [
        "een mentor per klas en een ondersteuningscoördinator per vestiging;",
        "een intern zorg- en adviesteam (ZAT) met jeugdarts, schoolmaatschappelijk werk en leerplicht;",
        "een dyslexieprotocol en faciliteiten voor leerlingen met dyslexie en dyscalculie;",
        "faalangsttraining en een sociale vaardigheidstraining;",
        "een Trajectvoorziening: een ruimte waar leerlingen tijdelijk kunnen werken onder begeleiding van "
        "een trajectbegeleider, met een terugkeergesprek dezelfde dag;",
        "huiswerkbegeleiding op school;",
        "een anti-pestcoördinator en een vertrouwenspersoon;",
        "een ontwikkelingsperspectiefplan voor elke leerling met extra ondersteuning.",
    ]))
    B.append(("p",
        "Een door alle besturen vastgesteld niveau van basisondersteuning, dat voor alle vestigingen als "
        "ondergrens geldt, heeft Noordoever op dit moment niet. De besturen hebben besloten eerst de "
        "uitkomst van de landelijke norm basisondersteuning af te wachten. Het vaststellen van een "
        "gemeenschappelijk basisniveau is een opdracht voor de planperiode; een voorstel wordt in het "
        "schooljaar 2027-2028 aan het bestuur en de ondersteuningsplanraad voorgelegd."))

    B.append(("h1", "5. Het OPDC en de bovenschoolse voorzieningen"))
    B.append(("h2", "5.1 Opbouw van het ondersteuningsaanbod"))
    B.append(("p",
        "Het ondersteuningsaanbod in Noordoever bestaat uit drie lagen. In de eerste laag biedt de school "
        "ondersteuning binnen de eigen organisatie. In de tweede laag ondersteunen bovenschoolse "
        "voorzieningen de school of nemen zij de leerling tijdelijk over. In de derde laag gaat de leerling "
        "naar het voortgezet speciaal onderwijs of het praktijkonderwijs. Daarnaast kunnen scholen een "
        "beroep doen op de consulenten en orthopedagogen van het samenwerkingsverband voor advies, "
        "observatie en consultatie."))
    B.append(("h2", "5.2 OPDC Noordoever"))
    B.append(("p",
        "Het OPDC biedt plaats aan 54 leerlingen in drie stromen: de Onderbouwstroom voor leerlingen in "
        "leerjaar 1 en 2 met leer- en gedragsproblemen, de Herstartstroom voor leerlingen die na langdurig "
        "verzuim weer naar school gaan, en de Examenstroom voor leerlingen in de bovenbouw van het vmbo die "
        "tijdelijk niet op hun eigen school kunnen functioneren. Een OPDC-traject duurt in de regel zes tot "
        "twaalf maanden. De leerling blijft ingeschreven op de eigen school. Aanmelding verloopt via de "
        "consulent; de Toewijzingscommissie OPDC besluit binnen drie weken."))
    B.append(("h2", "5.3 Overige voorzieningen"))
    B.append(("ul", [
        "Rebound Noordoever: een kortdurend traject van maximaal twaalf weken voor leerlingen die op hun "
        "school zijn vastgelopen door gedrag.",
        "Het Tussenjaar: een onderwijs-zorgarrangement in samenwerking met een GGZ-aanbieder voor jongeren "
        "met ernstige psychische problemen.",
        "De Nieuwkomersklas: een voorziening voor anderstalige nieuwkomers na de eerste opvang, op het "
        "Noordoever College.",
        "Plusprogramma: een bovenschools verrijkingsprogramma voor hoogbegaafde leerlingen, één middag per week.",
        "Ambulante begeleiding vanuit De Oeverlanden voor leerlingen met autisme in het regulier onderwijs.",
    ]))

    B.append(("h1", "6. Thuiszitters en dekkend netwerk"))
    B.append(("p",
        "Het samenwerkingsverband houdt een actueel overzicht bij van alle jongeren die thuiszitten of een "
        "vrijstelling hebben, in samenwerking met de afdelingen leerplicht van de drie gemeenten. Elke "
        "melding wordt binnen tien schooldagen besproken in het Thuiszittersoverleg, waarin de school, "
        "leerplicht, de consulent van het samenwerkingsverband en, indien betrokken, jeugdhulp zitten. Het "
        "overleg stelt een plan op met een eigenaar en een datum waarop de jongere weer onderwijs volgt."))
    B.append(("p",
        "Wanneer geen passende plek beschikbaar is, zet de directeur-bestuurder de doorzettingsmacht in: "
        "het samenwerkingsverband wijst dan een school of voorziening aan en regelt de bekostiging van het "
        "tijdelijke aanbod. Twee keer per jaar analyseert het samenwerkingsverband de meldingen. Ontbreekt "
        "voor een groep jongeren structureel een passend aanbod, dan legt de directeur-bestuurder het bestuur "
        "een voorstel voor een nieuwe voorziening voor. Zo is in 2024 de Herstartstroom van het OPDC "
        "ontstaan. Voor jongeren die onderwijs volgen buiten de regio worden afspraken gemaakt met het "
        "ontvangende samenwerkingsverband."))

    B.append(("h1", "7. Toelaatbaarheid"))
    B.append(("h2", "7.1 Voortgezet speciaal onderwijs"))
    B.append(("p",
        "Het bevoegd gezag van de school waar de leerling staat ingeschreven of is aangemeld, vraagt een "
        "toelaatbaarheidsverklaring aan bij de Commissie Toelaatbaarheid en Arrangementen (CTA) van het "
        "samenwerkingsverband. Ook een vso-school kan namens het bevoegd gezag een aanvraag doen voor een "
        "leerling die zich rechtstreeks bij haar aanmeldt. De aanvraag bevat het OPP, een verslag van het "
        "multidisciplinair overleg waarin de ouders en, vanaf twaalf jaar, de leerlingen zijn gehoord, "
        "relevante onderzoeksverslagen en de evaluatie van de geboden ondersteuning."))
    B.append(("p",
        "De CTA vraagt advies aan twee deskundigen: een GZ-psycholoog of orthopedagoog-generalist en een "
        "tweede deskundige die past bij de problematiek van de leerling. De deskundigen zijn niet eerder bij "
        "de leerling betrokken geweest. De CTA neemt binnen zes weken na ontvangst van de volledige aanvraag "
        "een besluit. De CTA verklaart een leerling toelaatbaar als:"))
    B.append(("ol", [
        "de leerling een langdurige en intensieve ondersteuningsbehoefte heeft op het gebied van leren, "
        "gedrag, lichamelijke of verstandelijke ontwikkeling, die vraagt om een specialistische aanpak in "
        "een kleine groep;",
        "de reguliere school, met inzet van de bovenschoolse voorzieningen, deze ondersteuning aantoonbaar "
        "niet kan bieden, blijkend uit een geëvalueerd OPP;",
        "van het vso een positieve bijdrage aan de ontwikkeling wordt verwacht, gelet op het "
        "uitstroomprofiel (vervolgonderwijs, arbeidsmarkt of dagbesteding).",
    ]))
    B.append(("p",
        "Een TLV vso wordt afgegeven voor twee of drie schooljaren, en loopt af op 31 juli van het laatste "
        "schooljaar. Voor leerlingen met een ernstige verstandelijke of meervoudige beperking kan de TLV "
        "worden afgegeven tot het einde van de schoolloopbaan. De CTA bepaalt de bekostigingscategorie "
        "(laag, midden of hoog) aan de hand van de landelijke indeling."))
    B.append(("h2", "7.2 Afloop van de TLV"))
    B.append(("p",
        "Uiterlijk op 1 december van het laatste schooljaar van de TLV bespreekt de commissie voor de "
        "begeleiding van de vso-school het OPP van de leerling. De school stelt vast of de leerling na afloop "
        "van de TLV in het vso blijft, of dat terugplaatsing naar het regulier voortgezet onderwijs aan de "
        "orde is. Is dat laatste het geval, dan meldt de vso-school de leerling vóór 1 februari aan bij de "
        "consulent van het samenwerkingsverband. De consulent organiseert een overdrachtsgesprek met de "
        "vso-school, de beoogde ontvangende school, de ouders en de leerling. De ontvangende school neemt het "
        "besluit over toelating, binnen de termijnen van de zorgplicht. Wanneer de vso-school voortzetting "
        "nodig acht, dient zij vóór 1 maart een nieuwe aanvraag in bij de CTA."))
    B.append(("p",
        "Het beleid ten aanzien van terugplaatsing, waaronder de uitgangspunten, de voorwaarden en de "
        "begeleiding van leerlingen na hun terugkeer, wordt in 2026-2027 samen met De Oeverlanden "
        "geformuleerd en aan het bestuur voorgelegd."))
    B.append(("h2", "7.3 Leerwegondersteunend onderwijs"))
    B.append(("p",
        "Noordoever volgt de landelijke criteria voor lwoo. De vmbo-school waar de leerling is aangemeld "
        "dient de aanvraag in uiterlijk 1 april voorafgaand aan het schooljaar, met de gegevens van het "
        "basisonderwijs over leerachterstanden en capaciteiten. De consulent toetst de aanvraag aan de "
        "landelijke criteria: een IQ van 75 tot en met 90 en een leerachterstand van ten minste 25% en minder "
        "dan 50% op ten minste twee domeinen (waarvan ten minste één begrijpend lezen of inzichtelijk "
        "rekenen), dan wel een IQ van 91 tot en met 120 met een dergelijke leerachterstand en "
        "sociaal-emotionele problematiek die het leren belemmert. Het besluit volgt binnen zes weken en geldt "
        "voor de duur van de opleiding."))
    B.append(("h2", "7.4 Praktijkonderwijs"))
    B.append(("p",
        "Voor het praktijkonderwijs gelden de landelijke criteria: een IQ van 55 tot en met 80 en een "
        "leerachterstand van ten minste 50% op ten minste twee domeinen, waarvan één begrijpend lezen of "
        "inzichtelijk rekenen. De school voor praktijkonderwijs vraagt de TLV aan bij de CTA, die binnen zes "
        "weken beslist. Bij twijfel kan de CTA een aanvullend onderzoek laten uitvoeren."))

    B.append(("h1", "8. Samenwerking met gemeenten en jeugdhulp"))
    B.append(("p",
        "Met de gemeenten Noordoever, Haverveen en Kleiwijk werkt het samenwerkingsverband samen op basis van "
        "een gezamenlijke agenda Onderwijs en Jeugd 2026-2030. Daarin zijn afspraken gemaakt over de "
        "inzet van jeugdprofessionals op alle scholen, over het bekostigen van zorg in onderwijstijd in "
        "het Tussenjaar en op het OPDC, over leerlingenvervoer en over de gezamenlijke aanpak van "
        "schoolverzuim. Het bestuurlijk overleg tussen wethouders en de directeur-bestuurder vindt vier keer "
        "per jaar plaats. Geschillen in het OOGO worden voorgelegd aan een onafhankelijke voorzitter, zoals "
        "vastgelegd in de OOGO-procedure van 2022."))

    B.append(("h1", "9. Communicatie met ouders"))
    B.append(("p",
        "Het samenwerkingsverband informeert ouders op verschillende manieren over de ondersteuning die in de "
        "regio beschikbaar is. De website bevat een ouderdeel met informatie over de ondersteuning op de "
        "scholen, het OPDC en de bovenschoolse voorzieningen, het vso en de toelaatbaarheid. Elke vestiging "
        "beschrijft in de schoolgids de eigen ondersteuning en verwijst naar deze pagina's. In januari "
        "organiseert het samenwerkingsverband samen met het samenwerkingsverband PO twee informatieavonden "
        "voor ouders van leerlingen in groep 7 en 8 met een ondersteuningsbehoefte. Bij elke aanmelding voor "
        "het OPDC ontvangen ouders een informatiefolder."))
    B.append(("p",
        "Het samenwerkingsverband richt in de planperiode een ouder- en jeugdsteunpunt in, zoals de Wet "
        "versterking positie ouders en leerlingen voorschrijft. Over de vorm, de plaats en de bereikbaarheid "
        "van het steunpunt volgt in 2027 nadere informatie."))

    B.append(("h1", "10. Governance en medezeggenschap"))
    B.append(("p",
        "De stichting kent een bestuur bestaande uit de directeur-bestuurder en een raad van toezicht met "
        "vijf leden. De aangesloten schoolbesturen zijn verenigd in de Algemene Vergadering van Aangeslotenen, "
        "die bevoegd is tot benoeming van de leden van de raad van toezicht en tot goedkeuring van het "
        "ondersteuningsplan. De directeur-bestuurder legt verantwoording af aan de raad van toezicht. Er is "
        "een bestuursreglement en een toezichtkader."))
    B.append(("p",
        "De ondersteuningsplanraad bestaat uit twaalf leden: zes vertegenwoordigers van het personeel en zes "
        "vertegenwoordigers van ouders en leerlingen. De OPR komt vijf keer per jaar bijeen. Het "
        "samenwerkingsverband heeft daarnaast een medezeggenschapsraad voor het eigen personeel, waarin ook "
        "het personeel van het OPDC is vertegenwoordigd."))

    B.append(("h1", "11. Personeel"))
    B.append(("p",
        "Het samenwerkingsverband is werkgever van 25 medewerkers: het bureau en het OPDC-team. Het "
        "strategisch personeelsbeleid is gericht op behoud en ontwikkeling van deskundigheid. Alle "
        "consulenten zijn geregistreerd als onderwijskundige of orthopedagoog. Het OPDC-team volgt jaarlijks "
        "een teamscholing. Vanwege het lerarentekort werkt het OPDC met een combinatie van docenten en "
        "pedagogisch medewerkers. Voor de scholen organiseert het samenwerkingsverband een jaarlijks "
        "scholingsaanbod over onder meer gedrag, autisme en schoolverzuim."))
    B.append(("p",
        "ICT en privacy: het samenwerkingsverband werkt met een digitaal aanvraagsysteem. Persoonsgegevens "
        "worden verwerkt conform de AVG en de bewaartermijnen uit de wet; een verwerkingsregister en "
        "privacyreglement zijn aanwezig."))

    B.append(("h1", "12. Financiën en meerjarenbegroting"))
    B.append(("p",
        "De middelen van het samenwerkingsverband bestaan uit de rijksbekostiging voor lichte en zware "
        "ondersteuning, lwoo en praktijkonderwijs. De financiële paragraaf van dit ondersteuningsplan – het "
        "verdeelmodel, de meerjarenbegroting en het reservebeleid – wordt vastgelegd in de Kadernota "
        "Financiën 2026-2030. Het bestuur stelt de kadernota in december 2026 vast, na advies van de "
        "ondersteuningsplanraad. Tot die tijd blijft de verdeling van het schooljaar 2025-2026 van kracht."))

    B.append(("h1", "13. Kwaliteitszorg"))
    B.append(("p",
        "Kwaliteitszorg is een verantwoordelijkheid van het bestuur. Het samenwerkingsverband ontwikkelt in "
        "het eerste planjaar een kwaliteitskader. De beoogde resultaten voor de planperiode en de wijze "
        "waarop het samenwerkingsverband de resultaten volgt, worden opgenomen in het jaarplan 2026-2027."))

    B.append(("h1", "14. Planning"))
    B.append(("table", [
        ["Periode", "Onderwerp"],
        ["augustus 2026", "Inwerkingtreding ondersteuningsplan"],
        ["december 2026", "Vaststelling Kadernota Financiën 2026-2030"],
        ["voorjaar 2027", "Jaarplan 2026-2027 met kwaliteitskader"],
        ["schooljaar 2026-2027", "Terugplaatsingsbeleid, inrichting ouder- en jeugdsteunpunt"],
        ["schooljaar 2027-2028", "Voorstel gemeenschappelijk basisniveau"],
        ["voorjaar 2030", "Evaluatie en nieuw ondersteuningsplan"],
    ]))

    B.append(("h1", "Bijlage. Afkortingenlijst"))
    B.append(("table", [
        ["Afkorting", "Betekenis"],
        ["AB", "Ambulante begeleiding"],
        ["AVG", "Algemene verordening gegevensbescherming"],
        ["CTA", "Commissie Toelaatbaarheid en Arrangementen"],
        ["LBT", "Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen"],
        ["Lwoo", "Leerwegondersteunend onderwijs"],
        ["OJSP", "Ouder- en jeugdsteunpunt"],
        ["OOGO", "Op overeenstemming gericht overleg"],
        ["OPDC", "Orthopedagogisch-didactisch centrum"],
        ["OPP", "Ontwikkelingsperspectiefplan"],
        ["OPR", "Ondersteuningsplanraad"],
        ["Pro", "Praktijkonderwijs"],
        ["SOP", "Schoolondersteuningsprofiel"],
        ["TLV", "Toelaatbaarheidsverklaring"],
        ["ZAT", "Zorg- en adviesteam"],
    ]))
    return extra2_noordoever(extra_noordoever(B))


# ====================================================================== P5
# VO, html (web version of the plan, chapter pages). "Op hoofdlijnen" house style.
# Labels: basis missing (schoolgids + deferral), plaatsing partial (criteria only; procedure in
# Handleiding on website), terugstroom present, financien present, dekkend missing (Wegwijzer on
# website, OOGO only procedural), resultaten partial (monitoring only; doelen deferred to jaarplan),
# ouders present.
def plan_veenland():
    B = []
    B.append(("title", [
        "Ondersteuningsplan 2026-2030 Samenwerkingsverband Voortgezet Onderwijs Veenland",
        "Samenwerkingsverband VO 21-09 | webversie van het ondersteuningsplan",
        "Vastgesteld op 15 april 2026 | Instemming ondersteuningsplanraad 7 april 2026",
    ]))
    B.append(("toc",))
    B.append(("h1", "Welkom"))
    B.append(("p",
        "Welkom op de webversie van het ondersteuningsplan 2026-2030 van Samenwerkingsverband Voortgezet "
        "Onderwijs Veenland. U kunt het plan hoofdstuk voor hoofdstuk lezen of direct naar het onderwerp gaan "
        "dat u zoekt. Dit plan is een plan op hoofdlijnen. We beschrijven wat we als samenwerkingsverband "
        "afspreken; hoe de scholen dat uitvoeren, staat in hun eigen documenten. Waar we verwijzen naar "
        "andere documenten, vindt u die in de documentenbibliotheek op deze website."))
    B.append(("p",
        "Het samenwerkingsverband is in 2014 opgericht door de schoolbesturen voor voortgezet onderwijs in "
        "de gemeenten Veendam-Zuid, Turfhorst, Bargermond en Wildervank-Oost. Het plan geldt voor de "
        "schooljaren 2026-2027, 2027-2028, 2028-2029 en 2029-2030."))

    B.append(("h1", "1. Over Veenland"))
    B.append(("p",
        "Veenland is een landelijke regio met veel kleine kernen. Veel jongeren reizen dagelijks met de bus of "
        "de fiets naar een van de vijf scholengemeenschappen in de regio. Er zijn vijf schoolbesturen "
        "aangesloten, met samen acht vestigingen voor regulier voortgezet onderwijs, één school voor "
        "praktijkonderwijs en één vso-school met twee afdelingen (cluster 3 en cluster 4). In het schooljaar "
        "2025-2026 volgen 6.940 leerlingen onderwijs op een van deze scholen."))
    B.append(("p",
        "De regio krimpt. Tussen 2020 en 2025 daalde het aantal leerlingen met ruim 9 procent, en de prognose "
        "laat een verdere daling zien tot ongeveer 6.300 leerlingen in 2030. Dat heeft gevolgen voor de "
        "scholen, die kleiner worden, en voor het samenwerkingsverband, waarvan de inkomsten afhangen van het "
        "aantal leerlingen. Tegelijk neemt het aantal leerlingen met een complexe ondersteuningsvraag niet af."))
    B.append(("table", [
        ["Bestuur", "Vestigingen", "Leerlingen 1-10-2025"],
        ["Stichting Openbaar Onderwijs Veenland", "3", "2.410"],
        ["Stichting Christelijk Onderwijs Turfhorst", "2", "1.820"],
        ["Stichting Katholiek VO Bargermond", "2", "1.550"],
        ["Stichting Praktijkonderwijs Veenland", "1", "276"],
        ["Stichting Speciaal Onderwijs Noord-Oost (vso De Horizon)", "1 (2 afdelingen)", "204"],
        ["Overige (agrarisch vmbo)", "1", "680"],
    ]))

    B.append(("h1", "2. Waar staan we voor"))
    B.append(("p",
        "Wij zijn er voor alle jongeren in Veenland. In een krimpregio is dat niet vanzelfsprekend: kleine "
        "scholen hebben minder specialisten, en een eigen voorziening voor iedere doelgroep is niet "
        "haalbaar. Daarom werken de besturen in Veenland nauw samen. Onze kernwaarden zijn samen, dichtbij "
        "en eigenaarschap. Samen: geen school hoeft het alleen te doen. Dichtbij: jongeren moeten niet "
        "onnodig ver reizen. Eigenaarschap: de school waar de jongere is aangemeld, houdt de regie."))
    B.append(("p",
        "Het samenwerkingsverband ziet zichzelf als een netwerkorganisatie. Het bureau is klein en richt zich "
        "op het verbinden van scholen en partners, het toewijzen van middelen en ondersteuning, en het "
        "afgeven van toelaatbaarheidsverklaringen. De inhoudelijke ondersteuning vindt plaats in de scholen."))

    B.append(("h1", "3. Ondersteuning op school"))
    B.append(("p",
        "Iedere school in Veenland biedt ondersteuning aan leerlingen die dat nodig hebben. Welke "
        "ondersteuning een school biedt, leest u in de schoolgids van die school. De schoolgidsen zijn te "
        "vinden op de websites van de scholen. Een overzicht van de arrangementen en voorzieningen die "
        "scholen samen of met partners aanbieden, staat in de Wegwijzer Ondersteuning in de "
        "documentenbibliotheek."))
    B.append(("p",
        "Afspraken over een gezamenlijk niveau van basisondersteuning maken de besturen wanneer de landelijke "
        "norm basisondersteuning bekend is. Naar verwachting gebeurt dat in het schooljaar 2027-2028. Tot die "
        "tijd gelden de afspraken die iedere school in haar schoolgids heeft opgenomen."))

    B.append(("h1", "4. Toelaatbaarheid: vso, lwoo en praktijkonderwijs"))
    B.append(("p",
        "Voor het voortgezet speciaal onderwijs en het praktijkonderwijs is een toelaatbaarheidsverklaring "
        "(TLV) van het samenwerkingsverband nodig. Voor leerwegondersteunend onderwijs is een aanwijzing lwoo "
        "nodig. Hoe een aanvraag verloopt, welke documenten daarvoor nodig zijn en welke termijnen gelden, "
        "staat in de Handleiding Toewijzing Veenland 2026 in de documentenbibliotheek."))
    B.append(("h2", "4.1 Wanneer is een leerling toelaatbaar tot het vso?"))
    B.append(("p", "Het samenwerkingsverband geeft een TLV vso af wanneer aan elk van deze voorwaarden is voldaan:"))
    B.append(("ul", [
        "De leerling heeft een ondersteuningsbehoefte die zo intensief en langdurig is dat hij of zij "
        "gedurende de hele schooldag een gespecialiseerde pedagogische en didactische aanpak nodig heeft.",
        "De school van aanmelding heeft gedurende ten minste twintig schoolweken extra ondersteuning geboden "
        "volgens een OPP en deze ondersteuning is geëvalueerd, tenzij uit onderzoek blijkt dat dit niet "
        "verantwoord is.",
        "Er is geen reguliere school in Veenland of in een aangrenzende regio die met ondersteuning in de "
        "behoefte van de leerling kan voorzien.",
        "Bij cluster 3: er is sprake van een verstandelijke beperking (IQ lager dan 55, of IQ 55-70 met "
        "bijkomende problematiek), een lichamelijke beperking of een langdurige ziekte die het onderwijs "
        "ernstig belemmert.",
        "Bij cluster 4: er is sprake van ernstige gedrags- of psychiatrische problematiek die in meerdere "
        "omgevingen (school, thuis, vrije tijd) zichtbaar is.",
    ]))
    B.append(("p",
        "Een TLV vso geldt voor ten hoogste drie schooljaren, met als einddatum 31 juli. Het "
        "samenwerkingsverband stelt daarbij de bekostigingscategorie vast (laag, midden of hoog)."))
    B.append(("h2", "4.2 Lwoo en praktijkonderwijs"))
    B.append(("p",
        "Veenland hanteert de landelijke criteria. Voor lwoo: een IQ tussen 75 en 90 met een leerachterstand "
        "van 25 tot 50 procent op twee of meer domeinen, of een IQ tussen 91 en 120 met een leerachterstand "
        "en sociaal-emotionele problemen. Voor praktijkonderwijs: een IQ tussen 55 en 80 en een "
        "leerachterstand van 50 procent of meer op ten minste twee domeinen, waarvan één begrijpend lezen of "
        "inzichtelijk rekenen. Veenland maakt geen gebruik van de mogelijkheid om eigen lwoo-criteria vast "
        "te stellen."))
    B.append(("h2", "4.3 Bezwaar"))
    B.append(("p",
        "Tegen een besluit over toelaatbaarheid kunnen ouders en de school binnen zes weken bezwaar maken bij "
        "het bestuur van het samenwerkingsverband. Het bestuur vraagt advies aan de Landelijke "
        "Bezwaaradviescommissie Toelaatbaarheidsverklaringen voordat het beslist."))

    B.append(("h1", "5. Terug naar het regulier onderwijs"))
    B.append(("p",
        "Veenland wil dat het vso een plek is waar jongeren zich kunnen ontwikkelen, en waar dat kan een "
        "tussenstation op weg naar regulier onderwijs. Het uitgangspunt is dat de vso-school en het "
        "samenwerkingsverband bij iedere leerling bij het aflopen van de TLV onderzoeken of terugkeer naar een "
        "reguliere school mogelijk en wenselijk is. Terugkeer is mogelijk wanneer de leerling in het vso "
        "een stabiele ontwikkeling heeft laten zien, het uitstroomprofiel in het OPP een reguliere leerweg "
        "aangeeft en de leerling en ouders terugkeer willen. Een leerling keert niet terug naar de school "
        "waar het eerder is misgegaan, tenzij ouders en leerling dat uitdrukkelijk wensen."))
    B.append(("p", "Zo verloopt een terugplaatsing:"))
    B.append(("ol", [
        "Elk jaar bij de OPP-evaluatie in oktober beoordeelt de commissie van begeleiding van De Horizon of "
        "terugplaatsing binnen een jaar realistisch is.",
        "Is dat zo, dan meldt De Horizon de leerling vóór 1 december bij de toewijzingsfunctionaris van het "
        "samenwerkingsverband.",
        "De toewijzingsfunctionaris zoekt met ouders en leerling een passende reguliere school en organiseert "
        "vóór 1 maart een driegesprek met De Horizon en die school.",
        "De leerling loopt ten minste vier weken proef op de nieuwe school (proefplaatsing), met begeleiding "
        "vanuit De Horizon.",
        "Na de proefplaatsing besluit de ontvangende school over inschrijving. Bij een positief besluit "
        "vervalt de TLV per de eerstvolgende 1 augustus.",
        "Het eerste jaar na terugkeer krijgt de leerling een terugkeerarrangement: wekelijkse begeleiding door "
        "een ambulant begeleider van De Horizon en een extra budget van € 3.000 voor de ontvangende school.",
    ]))
    B.append(("p",
        "Lukt terugplaatsing (nog) niet, dan vraagt De Horizon vóór 1 april een nieuwe TLV aan. In 2024-2025 "
        "zijn 9 leerlingen vanuit het vso teruggeplaatst naar het regulier onderwijs; 7 van hen zaten een "
        "jaar later nog op dezelfde school."))

    B.append(("h1", "6. Geld"))
    B.append(("p",
        "Het samenwerkingsverband ontvangt jaarlijks middelen van het Rijk voor lichte en zware "
        "ondersteuning, lwoo en praktijkonderwijs. Een deel wordt door DUO rechtstreeks afgedragen aan De "
        "Horizon en aan de school voor praktijkonderwijs. Het bestuur verdeelt de overige middelen volgens "
        "het Verdeelmodel Veenland:"))
    B.append(("ul", [
        "Elke vestiging ontvangt een basisbedrag van € 25.000 plus € 110 per leerling (teldatum 1 oktober "
        "van het voorgaande jaar). Kleine vestigingen (minder dan 400 leerlingen) ontvangen een toeslag van "
        "€ 15.000, omdat de vaste kosten van ondersteuning daar relatief hoog zijn.",
        "De lwoo-middelen gaan naar de scholen met lwoo, op basis van het aantal aanwijzingen.",
        "Het samenwerkingsverband houdt een solidariteitsbudget aan voor individuele arrangementen. Scholen "
        "dienen een aanvraag in bij de toewijzingsfunctionaris; het bestuur stelt jaarlijks het maximum per "
        "arrangement vast (2026: € 10.000).",
        "De middelen worden uitgekeerd in september en in februari. Scholen verantwoorden vóór 1 oktober "
        "over het voorgaande schooljaar hoe zij de middelen hebben ingezet, met een vast format.",
    ]))
    B.append(budget_table("Meerjarenbegroting Veenland", [2026, 2027, 2028, 2029],
        [("Ondersteuningsbekostiging", [2890, 2830, 2760, 2700]),
         ("Lwoo", [2310, 2260, 2200, 2150]),
         ("Praktijkonderwijs", [2860, 2820, 2780, 2740]),
         ("Overige baten", [40, 40, 40, 40])],
        [("Afdracht vso via DUO", [1780, 1760, 1740, 1720]),
         ("Afdracht pro via DUO", [2860, 2820, 2780, 2740]),
         ("Lwoo naar scholen", [2310, 2260, 2200, 2150]),
         ("Vestigingsbudgetten (basis, per leerling, toeslag)", [1020, 990, 955, 925]),
         ("Solidariteitsbudget arrangementen", [140, 140, 130, 130]),
         ("Terugkeerarrangementen", [30, 30, 30, 30]),
         ("Ouder- en jeugdsteunpunt", [45, 45, 45, 45]),
         ("Bureau", [260, 262, 264, 266])]))
    B.append(("p",
        "Het samenwerkingsverband had eind 2025 een algemene reserve van € 820.000. Deze ligt onder de "
        "signaleringswaarde voor bovenmatige reserves. We houden de reserve op dit niveau aan als buffer voor "
        "een onverwachte groei van het vso."))

    B.append(("h1", "7. Kwaliteit en monitoring"))
    B.append(("p",
        "Het samenwerkingsverband volgt de uitvoering van dit plan met een vaste kwaliteitscyclus. Vier keer "
        "per jaar stelt het bureau een kwartaalrapportage op met de kengetallen: het aantal aanvragen en "
        "besluiten over toelaatbaarheid en de doorlooptijd daarvan, het aantal arrangementen, het "
        "deelnamepercentage vso en pro op 1 oktober, het aantal terugplaatsingen, het aantal meldingen van "
        "langdurig verzuim, en de besteding van de middelen. Bronnen zijn het eigen registratiesysteem, de "
        "gegevens van DUO en de verzuimregistratie van de gemeenten."))
    B.append(("p",
        "Eén keer per jaar houden we een tevredenheidspeiling onder scholen en ouders die contact hadden met "
        "het samenwerkingsverband. Het bestuur bespreekt de rapportages en stelt zo nodig bij; de OPR "
        "ontvangt ze ter informatie. In het jaarverslag rapporteren we wat er is bereikt. In 2028 volgt een "
        "tussenevaluatie door een extern bureau."))
    B.append(("p",
        "De concrete doelen voor de planperiode en de streefwaarden daarbij legt het bestuur vast in het "
        "jaarplan 2026-2027, dat in september 2026 verschijnt."))

    B.append(("h1", "8. Ouders en jongeren"))
    B.append(("p",
        "Ouders weten vaak als geen ander wat hun kind nodig heeft. Het samenwerkingsverband vindt het "
        "belangrijk dat ouders goed geïnformeerd zijn over de mogelijkheden voor ondersteuning in de regio. "
        "Daarom hebben we op deze website een ouderpagina met uitleg in gewone taal: welke ondersteuning "
        "er op school kan zijn, wat het vso, lwoo en praktijkonderwijs zijn, en hoe een aanvraag verloopt. "
        "Daarnaast verschijnt elk jaar in november de ouderbrochure 'Naar het vo in Veenland', die via de "
        "basisscholen aan alle ouders van leerlingen in groep 8 wordt uitgedeeld. Op elke vo-school is een "
        "ondersteuningscoördinator het aanspreekpunt voor ouders."))
    B.append(("p",
        "Heeft u een vraag of een probleem dat u niet met de school kunt oplossen? Dan kunt u terecht bij het "
        "Ouder- en Jeugdsteunpunt Veenland. Het steunpunt werkt onafhankelijk van de scholen en van het "
        "samenwerkingsverband en wordt uitgevoerd door een cliëntondersteuningsorganisatie. Ook jongeren zelf "
        "kunnen er terecht. U kunt ook contact opnemen met Onderwijsconsulenten, een landelijke organisatie "
        "die ouders gratis adviseert en bemiddelt. Klachten over het samenwerkingsverband kunt u indienen "
        "volgens onze klachtenregeling; geschillen met een school over toelating, verwijdering of het OPP "
        "kunt u voorleggen aan de Geschillencommissie passend onderwijs."))
    B.append(("p",
        "Ouders en leerlingen hebben een stem in het beleid. In de ondersteuningsplanraad zitten drie "
        "ouders en twee leerlingen. Leerlingen met een OPP hebben hoorrecht: de school vraagt hun mening "
        "over hun eigen ontwikkelingsperspectief."))

    B.append(("h1", "9. Bestuur, medezeggenschap en overleg"))
    B.append(("p",
        "Het samenwerkingsverband is een vereniging. De leden zijn de vijf schoolbesturen; zij vormen samen "
        "de algemene ledenvergadering, die het intern toezicht uitoefent. Het bestuur bestaat uit een "
        "onafhankelijk directeur-bestuurder. De ondersteuningsplanraad telt tien leden en heeft op 7 april "
        "2026 ingestemd met dit plan."))
    B.append(("p",
        "Het op overeenstemming gericht overleg over het ontwerp van dit plan vond plaats op 23 maart 2026 "
        "met de wethouders onderwijs van de vier gemeenten. Het verslag is opgenomen in de "
        "documentenbibliotheek. Afspraken met de gemeenten over de aansluiting tussen onderwijs en "
        "jeugdhulp, thuiszitters en leerlingenvervoer worden na de gemeenteraadsverkiezingen van 2026 "
        "opnieuw gemaakt. Het overleg met het samenwerkingsverband PO Veenland vond plaats op 25 maart 2026."))

    B.append(("h1", "10. Personeel en bureau"))
    B.append(("p",
        "Het bureau van het samenwerkingsverband bestaat uit de directeur-bestuurder, twee "
        "toewijzingsfunctionarissen, een orthopedagoog, een financieel medewerker en een secretaresse (samen "
        "4,6 fte). Voor de beoordeling van aanvragen schakelt het samenwerkingsverband daarnaast externe "
        "deskundigen in. Het bureau is gehuisvest in het onderwijscentrum in Turfhorst. Medewerkers "
        "volgen jaarlijks scholing; het samenwerkingsverband is aangesloten bij de regionale "
        "werkgeversvereniging. In een krimpregio is het vinden van goede mensen lastig; we werken daarom "
        "samen met het samenwerkingsverband PO bij de inzet van orthopedagogen."))

    B.append(("h1", "11. Privacy en ICT"))
    B.append(("p",
        "Voor de toewijzing van ondersteuning en de besluiten over toelaatbaarheid verwerkt het "
        "samenwerkingsverband persoonsgegevens, waaronder gegevens over de gezondheid van leerlingen. Dat "
        "mag op grond van de wet, ook zonder toestemming, voor zover dat nodig is. We bewaren de gegevens tot "
        "drie jaar na het besluit. Alleen medewerkers die de gegevens nodig hebben voor hun werk, hebben "
        "toegang. Het samenwerkingsverband heeft een privacyreglement, een verwerkingsregister en een "
        "functionaris gegevensbescherming. Aanvragen worden ingediend via een beveiligde digitale omgeving."))

    B.append(("h1", "12. Planning en vaststelling"))
    B.append(("table", [
        ["Datum", "Stap"],
        ["23 maart 2026", "OOGO met de gemeenten"],
        ["25 maart 2026", "Overleg met SWV PO Veenland"],
        ["7 april 2026", "Instemming OPR"],
        ["15 april 2026", "Vaststelling door het bestuur"],
        ["april 2026", "Toezending aan de Inspectie van het Onderwijs"],
        ["september 2026", "Jaarplan 2026-2027"],
        ["2028", "Tussenevaluatie"],
    ]))

    B.append(("h1", "Begrippenlijst"))
    B.append(("table", [
        ["Begrip", "Uitleg"],
        ["Basisondersteuning", "De ondersteuning die alle scholen in het samenwerkingsverband bieden, volgens afspraken tussen de besturen."],
        ["Dekkend netwerk", "Het geheel van voorzieningen waardoor voor iedere leerling een passende plek beschikbaar is."],
        ["Arrangement", "Een pakket van extra ondersteuning voor een leerling of een groep leerlingen."],
        ["OPDC", "Orthopedagogisch-didactisch centrum: een tijdelijke bovenschoolse voorziening."],
        ["OPP", "Ontwikkelingsperspectiefplan."],
        ["Thuiszitter", "Een leerplichtige jongere die zonder geldige reden niet naar school gaat."],
        ["TLV", "Toelaatbaarheidsverklaring."],
        ["Wegwijzer Ondersteuning", "Overzicht van alle arrangementen en voorzieningen in Veenland, te vinden in de documentenbibliotheek."],
        ["Zorgplicht", "De plicht van een school om voor een aangemelde leerling een passende plek te zoeken."],
    ]))
    return extra2_veenland(extra_veenland(B))


# ====================================================================== N
# Not an SWV plan: the school-level "ondersteuningsplan" of one VO school (zorgstructuur,
# niveaus, OT, lwoo-klassen, TLV-aanvragen bij het SWV). Same vocabulary, wrong document type.
def nearmiss_baken():
    B = []
    B.append(("title", [
        "Ondersteuningsplan 2025-2026",
        "Het Baken College – locaties vmbo en havo/vwo",
        "Onderdeel van Stichting Openbaar Voortgezet Onderwijs Noordoever, aangesloten bij "
        "Samenwerkingsverband VO Noordoever (VO 27-03)",
        "Vastgesteld door de schoolleiding op 2 september 2025, met advies van de medezeggenschapsraad",
    ]))
    B.append(("toc",))
    B.append(("h1", "1. Inleiding"))
    B.append(("p",
        "Dit ondersteuningsplan beschrijft hoe Het Baken College de ondersteuning aan zijn leerlingen "
        "organiseert in het schooljaar 2025-2026. Het plan is bedoeld voor mentoren, docenten, "
        "teamleiders en het ondersteuningsteam van de school, en geeft ouders inzicht in de werkwijze. Het "
        "plan is een uitwerking van ons schoolondersteuningsprofiel en sluit aan bij het ondersteuningsplan "
        "van Samenwerkingsverband VO Noordoever. Het plan wordt ieder jaar geëvalueerd en geactualiseerd."))
    B.append(("p",
        "Het Baken College telt 1.420 leerlingen: 610 op de locatie vmbo (basis, kader en gemengde leerweg, "
        "met lwoo) en 810 op de locatie havo/vwo. Ongeveer 14 procent van onze leerlingen heeft een OPP."))

    B.append(("h1", "2. Onze visie op ondersteuning"))
    B.append(("p",
        "Op Het Baken is iedere leerling welkom die binnen ons onderwijsaanbod past. Wij geloven dat goede "
        "ondersteuning begint in de klas, bij een docent die zijn leerlingen kent. Daarom investeren wij in "
        "het mentoraat en in de vaardigheden van docenten om met verschillen om te gaan. Extra ondersteuning "
        "organiseren we zo veel mogelijk binnen de school, zodat een leerling niet naar een andere school "
        "hoeft. Waar onze mogelijkheden ophouden, zoeken we samen met ouders en het samenwerkingsverband "
        "naar een betere plek."))

    B.append(("h1", "3. De zorgstructuur van Het Baken"))
    B.append(("p", "De ondersteuning op Het Baken is georganiseerd in vier niveaus:"))
    B.append(("table", [
        ["Niveau", "Wat", "Wie"],
        ["Niveau 1", "Ondersteuning in de klas door docent en mentor", "Docent, mentor"],
        ["Niveau 2", "Extra begeleiding binnen het team: huiswerkklas, faalangsttraining, rots-en-watertraining", "Mentor, teamleider, zorgcoördinator"],
        ["Niveau 3", "Individuele begeleiding door een specialist: remedial teaching, coaching, schoolmaatschappelijk werk", "Ondersteuningsteam"],
        ["Niveau 4", "Ondersteuning met inzet van het samenwerkingsverband: OPDC, arrangement, TLV-aanvraag", "Zorgcoördinator, consulent SWV"],
    ]))
    B.append(("h2", "3.1 Mentor en docent"))
    B.append(("p",
        "De mentor is het eerste aanspreekpunt voor leerling en ouders. In de onderbouw heeft elke klas twee "
        "mentoruren per week. De mentor voert in oktober een kennismakingsgesprek met elke leerling en zijn "
        "ouders en houdt daarna drie keer per jaar een voortgangsgesprek. Signalen over leren, gedrag of "
        "welbevinden bespreekt de mentor in de leerlingbespreking."))
    B.append(("h2", "3.2 Leerlingbespreking en groepsbespreking"))
    B.append(("p",
        "Vier keer per jaar is er per klas een groepsbespreking. De docenten bespreken dan de groep als "
        "geheel en de leerlingen die extra aandacht nodig hebben. Afspraken worden vastgelegd in "
        "Magister. De teamleider bewaakt de uitvoering."))
    B.append(("h2", "3.3 Het ondersteuningsteam"))
    B.append(("p",
        "Het ondersteuningsteam (OT) bestaat uit de zorgcoördinator, de orthopedagoog, de "
        "schoolmaatschappelijk werker, de jeugdarts en de leerplichtambtenaar. Het OT komt elke drie weken "
        "bijeen. Leerlingen worden aangemeld door de teamleider. Het OT kan besluiten tot onderzoek, tot "
        "inzet van niveau 3-begeleiding of tot een aanvraag bij het samenwerkingsverband. Ouders worden "
        "vooraf over de bespreking geïnformeerd en worden uitgenodigd voor het vervolggesprek."))

    B.append(("h1", "4. Ontwikkelingsperspectiefplan"))
    B.append(("p",
        "Voor elke leerling die extra ondersteuning krijgt, stellen we binnen zes weken een OPP op. Het OPP "
        "bevat het uitstroomprofiel, de belemmerende en bevorderende factoren en de afspraken over de "
        "ondersteuning. De mentor bespreekt het OPP met ouders en leerling; ouders hebben instemmingsrecht op "
        "het handelingsdeel. Het OPP wordt twee keer per jaar geëvalueerd, in januari en in juni."))

    B.append(("h1", "5. Leerwegondersteuning"))
    B.append(("p",
        "Op de locatie vmbo volgen 148 leerlingen leerwegondersteunend onderwijs. Zij zitten in kleinere "
        "klassen (maximaal 18 leerlingen) met een vaste kern van docenten. De lwoo-leerlingen krijgen "
        "extra lesuren taal en rekenen en een wekelijkse trainingsles. De aanvraag voor een aanwijzing "
        "lwoo doen wij bij het samenwerkingsverband na aanmelding van de leerling; het "
        "samenwerkingsverband beslist. Leerlingen die geen aanwijzing krijgen maar wel baat hebben bij "
        "de kleine klas, kunnen op basis van een schoolbesluit worden geplaatst."))

    B.append(("h1", "6. Samenwerking met het samenwerkingsverband"))
    B.append(("p",
        "Het Baken werkt nauw samen met Samenwerkingsverband VO Noordoever. De consulent van het "
        "samenwerkingsverband schuift eens per zes weken aan bij het OT. Wanneer de ondersteuning binnen "
        "de school niet toereikend is, kan de zorgcoördinator een leerling aanmelden voor het OPDC of een "
        "arrangement aanvragen. Voor een plaatsing in het voortgezet speciaal onderwijs vraagt de school "
        "een toelaatbaarheidsverklaring (TLV) aan bij het samenwerkingsverband. De school stelt daarvoor "
        "het dossier samen; de Commissie Toelaatbaarheid en Arrangementen van het samenwerkingsverband "
        "beslist. Leerlingen die terugkeren uit het vso of het OPDC ontvangen wij met een "
        "overdrachtsgesprek en een begeleidingsplan voor de eerste maanden."))
    B.append(("p",
        "Het Baken ontvangt van het samenwerkingsverband een schoolbudget voor ondersteuning. Wij zetten "
        "dit in voor de formatie van de zorgcoördinator (0,8 fte), de orthopedagoog (0,6 fte), de "
        "remedial teaching en de trainingen. Jaarlijks verantwoorden wij de besteding aan het "
        "samenwerkingsverband."))

    B.append(("h1", "7. Zorgplicht en aanmelding"))
    B.append(("p",
        "Meldt een leerling met een ondersteuningsbehoefte zich aan, dan onderzoekt de zorgcoördinator "
        "binnen zes weken of Het Baken de benodigde ondersteuning kan bieden. Daarbij vragen wij informatie "
        "op bij de basisschool en voeren wij een gesprek met ouders. Kunnen wij de leerling niet plaatsen, "
        "dan zoeken wij samen met ouders een andere school die wel een passende plek heeft."))

    B.append(("h1", "8. Ouders"))
    B.append(("p",
        "Ouders zijn onze partners. Wij informeren ouders via de schoolgids, de website en de ouderavonden "
        "over de ondersteuning op Het Baken. Heeft u vragen over de ondersteuning van uw kind, neem dan "
        "contact op met de mentor. Komt u er met de school niet uit, dan kunt u terecht bij het ouder- en "
        "jeugdsteunpunt van het samenwerkingsverband of bij Onderwijsconsulenten. Voor klachten geldt de "
        "klachtenregeling van de stichting."))

    B.append(("h1", "9. Deskundigheid en evaluatie"))
    B.append(("p",
        "Docenten volgen dit schooljaar een scholing over executieve functies en over het herkennen van "
        "angstklachten. De zorgcoördinator en de orthopedagoog nemen deel aan het netwerk van het "
        "samenwerkingsverband. In juni evalueert het OT dit plan aan de hand van het aantal OPP's, de "
        "tevredenheid van ouders en leerlingen en het aantal verwijzingen. De resultaten verwerken we in het "
        "plan voor 2026-2027."))
    B.append(("h1", "Bijlage. Jaarkalender ondersteuning 2025-2026"))
    B.append(("table", [
        ["Maand", "Activiteit"],
        ["september", "Overdracht basisscholen, start trainingen"],
        ["oktober", "Kennismakingsgesprekken mentor"],
        ["november", "Groepsbesprekingen ronde 1"],
        ["januari", "Evaluatie OPP's"],
        ["februari", "Groepsbesprekingen ronde 2"],
        ["maart", "Aanvragen lwoo nieuwe leerlingen"],
        ["juni", "Evaluatie OPP's en evaluatie ondersteuningsplan"],
    ]))
    return extra_baken(B)


# ====================================================================== extra body text
# Additional realistic chapters, inserted before a given heading of each plan.
def insert_before(B, heading, extra):
    for i, b in enumerate(B):
        if b[0] in ("h1", "h2") and b[1] == heading:
            B[i:i] = extra
            return B
    raise KeyError(heading)


def extra_waarden(B):
    insert_before(B, "6. Dekkend netwerk en thuiszitters", [
        ("h2", "5.1 Doorgaande lijn: van voorschool tot voortgezet onderwijs"),
        ("p",
         "Ondersteuning begint niet pas op de basisschool. Met de kinderopvang en de peuteropvang in de drie "
         "gemeenten hebben we afgesproken dat een kind met een ondersteuningsbehoefte altijd met een warme "
         "overdracht naar de basisschool gaat. De intern begeleider van de basisschool neemt daarvoor contact "
         "op met de pedagogisch medewerker. Voor kinderen met een grote ondersteuningsvraag sluit een "
         "onderwijsadviseur van het samenwerkingsverband al vóór de vierde verjaardag aan bij het overleg."),
        ("p",
         "Aan het einde van de basisschool werkt De Waarden samen met de samenwerkingsverbanden voor voortgezet "
         "onderwijs in de regio. Voor leerlingen uit het sbo en so vindt in maart een overdrachtsgesprek "
         "plaats met de ontvangende vo-school. Voor leerlingen met een TLV so die doorstromen naar het vso "
         "wordt tijdig contact gelegd met het samenwerkingsverband VO."),
        ("h2", "5.2 Hoogbegaafde kinderen"),
        ("p",
         "In de afgelopen planperiode is met extra rijksmiddelen voor hoogbegaafdheid de voltijds HB-groep De "
         "Uitdaging opgericht. Daarnaast heeft elk cluster een plusklas. Scholen kunnen voor advies over "
         "(hoog)begaafde kinderen terecht bij de HB-specialist van het samenwerkingsverband. In 2026 "
         "evalueren we of het aanbod voldoende aansluit bij de vraag, ook voor kinderen die "
         "onderpresteren."),
        ("h2", "5.3 Nieuwkomers"),
        ("p",
         "Kinderen die net in Nederland zijn, kunnen in Zaltwijk terecht in de nieuwkomersklas. Zij "
         "volgen daar maximaal een jaar intensief taalonderwijs en stromen daarna door naar een basisschool "
         "in de buurt, waar een taalcoach hen nog een half jaar begeleidt."),
    ])
    insert_before(B, "14. Planning", [
        ("h2", "13.1 Professionalisering"),
        ("p",
         "Het samenwerkingsverband organiseert jaarlijks een scholingsaanbod voor leerkrachten, intern "
         "begeleiders en directeuren. Het aanbod is gebaseerd op de vragen die in de clusters en in de "
         "gesprekken over de schoolondersteuningsprofielen naar voren komen. Voorbeelden zijn de leergang "
         "Handelingsgericht werken voor nieuwe intern begeleiders, trainingen over jonge kinderen met "
         "gedragsproblemen en een netwerk voor leerkrachten van plusklassen. Scholen betalen geen eigen "
         "bijdrage voor dit aanbod."),
        ("h2", "13.2 Huisvesting, ICT en privacy"),
        ("p",
         "Het bureau van het samenwerkingsverband is gehuisvest in een verbouwd schoolgebouw in "
         "Waardenburg-Oost, waar ook de observatiegroep De Kiem zit. Aanvragen bij het Loket worden "
         "digitaal ingediend via een beveiligde omgeving. Het samenwerkingsverband verwerkt gegevens over "
         "leerlingen, waaronder gezondheidsgegevens, alleen voor zover dat nodig is voor de toewijzing van "
         "ondersteuning en de besluiten over toelaatbaarheid. De gegevens worden drie jaar na het besluit "
         "vernietigd. Er is een functionaris gegevensbescherming, en het privacyreglement is met de OPR "
         "besproken."),
        ("h2", "13.3 Risico's voor de uitvoering"),
        ("p",
         "Het grootste risico voor de uitvoering van dit plan is het tekort aan leerkrachten en "
         "specialisten. Op het sbo en so zijn vacatures soms maanden open. Daarnaast kan een stijgend aantal "
         "aanvragen voor het so leiden tot wachttijden. Het bestuur volgt deze risico's via het dashboard en "
         "bespreekt ze twee keer per jaar met de gemeenten."),
    ])
    return B


def extra_kempenrand(B):
    insert_before(B, "6. Koerslijn 3: Samen met partners", [
        ("h2", "5.1 Nieuwkomers en anderstalige leerlingen"),
        ("p",
         "Anderstalige nieuwkomers beginnen in Kempenrand op de internationale schakelklas (ISK) in de stad. "
         "Na gemiddeld anderhalf jaar stromen zij door naar een reguliere vo-school of naar het mbo. Het "
         "Kempenrand Taalhuis ondersteunt hen in het eerste jaar daarna met extra taallessen en een "
         "taalcoach op de ontvangende school. Scholen met veel nieuwkomers ontvangen daarvoor een "
         "aanvullend budget uit de middelen voor regionale arrangementen."),
        ("h2", "5.2 Hoogbegaafde leerlingen"),
        ("p",
         "De Plusroute is een regionaal programma voor hoogbegaafde leerlingen die op hun eigen school "
         "onvoldoende uitdaging vinden of vastlopen. Leerlingen volgen één dag per week onderwijs op de "
         "Plusroute-locatie en de rest van de week op hun eigen school. De Plusroute heeft 40 plaatsen; de "
         "aanmelding verloopt via de ondersteuningscoördinator."),
    ])
    insert_before(B, "12. Personeel, ICT en privacy", [
        ("h2", "11.1 Bestuursfilosofie"),
        ("p",
         "Het bestuur van Kempenrand werkt vanuit vertrouwen in de scholen. De schoolbesturen zijn "
         "verantwoordelijk voor de kwaliteit van het onderwijs en de ondersteuning op hun scholen; het "
         "samenwerkingsverband stelt kaders, verdeelt middelen, wijst ondersteuning toe en organiseert wat "
         "scholen alleen niet kunnen. Besturen spreken elkaar aan wanneer afspraken niet worden nagekomen. "
         "De algemene ledenvergadering komt vijf keer per jaar bijeen; daarnaast is er twee keer per jaar "
         "een strategische sessie met alle bestuurders, schoolleiders en de OPR."),
        ("h2", "11.2 Leerlingparticipatie"),
        ("p",
         "Jongeren praten mee over passend onderwijs. Naast de twee leerlingen in de OPR heeft Kempenrand een "
         "Jongerenpanel van twaalf leerlingen uit vo, pro en vso. Het panel komt vier keer per jaar bijeen en "
         "adviseert het bestuur gevraagd en ongevraagd. Het panel heeft onder meer meegedacht over de "
         "inrichting van het OPDC en over de vragenlijst voor de tevredenheidspeiling."),
    ])
    insert_before(B, "13. Planning 2026-2030", [
        ("h2", "12.1 Kennisdeling en professionalisering"),
        ("p",
         "Kennis over ondersteuning zit op veel plekken in de regio: bij ondersteuningscoördinatoren, in het "
         "OPDC, op de vso-scholen en bij de jeugdhulp. Kempenrand wil die kennis beter laten stromen. Daarom "
         "organiseren we vier keer per jaar een netwerkbijeenkomst voor ondersteuningscoördinatoren, stellen "
         "we de expertise van de vso-scholen via consultatie beschikbaar aan reguliere scholen en bieden "
         "we een jaarlijks scholingsaanbod voor mentoren en docenten. Thema's voor de komende jaren zijn "
         "angst en somberheid, neurodiversiteit in de klas en het voeren van goede gesprekken met ouders."),
        ("h2", "12.2 Aansluiting vo-mbo en arbeidsmarkt"),
        ("p",
         "Een groot deel van onze leerlingen stroomt door naar het mbo. Voor jongeren met een "
         "ondersteuningsbehoefte is die overstap kwetsbaar. Met de twee roc's in de regio zijn afspraken "
         "gemaakt over een warme overdracht van alle leerlingen met een OPP, over een gezamenlijke "
         "intake en over een begeleider die de jongere in het eerste mbo-jaar kan blijven volgen. Voor "
         "leerlingen uit het praktijkonderwijs en het vso werken we met het regionale Werkgeversservicepunt "
         "aan stageplaatsen en duurzaam werk."),
        ("h2", "12.3 Huisvesting"),
        ("p",
         "Het bureau van het samenwerkingsverband is gehuisvest op de eerste locatie van het OPDC "
         "Kempenpoort. De tweede OPDC-locatie maakt gebruik van een vleugel van een vmbo-school in een van "
         "de plattelandsgemeenten. Met de gemeenten is afgesproken dat de huisvesting van het OPDC wordt "
         "meegenomen in het integraal huisvestingsplan."),
    ])
    return B


def extra_noordoever(B):
    insert_before(B, "9. Communicatie met ouders", [
        ("h2", "8.1 Overstap van primair naar voortgezet onderwijs"),
        ("p",
         "Samenwerkingsverband VO Noordoever en samenwerkingsverband PO Noordoever hebben een gezamenlijk "
         "overstapprotocol. Alle basisscholen dragen hun leerlingen via een digitaal overdrachtssysteem over; "
         "voor leerlingen met een ondersteuningsbehoefte vindt daarnaast een warme overdracht plaats tussen "
         "de intern begeleider en de ondersteuningscoördinator van de vo-school. Voor leerlingen uit het sbo "
         "en so wordt in februari een overdrachtsmarkt georganiseerd."),
        ("h2", "8.2 Aansluiting op het mbo en de arbeidsmarkt"),
        ("p",
         "Met het regionale opleidingscentrum zijn afspraken gemaakt over de overgang van vmbo, pro en vso naar "
         "het mbo en naar werk. Leerlingen met een OPP krijgen een warme overdracht. Het vso en het "
         "praktijkonderwijs werken samen met werkgevers in de regio aan stageplaatsen en banen. De gemeenten "
         "zijn daarbij betrokken via het Regionaal Meld- en Coördinatiepunt."),
        ("h2", "8.3 Leerlingenvervoer en onderwijshuisvesting"),
        ("p",
         "Leerlingenvervoer is een verantwoordelijkheid van de gemeenten. Voor leerlingen in het vso en, in "
         "bijzondere gevallen, het OPDC kan vervoer worden aangevraagd. In het OOGO is afgesproken dat "
         "gemeenten en samenwerkingsverband samen zoeken naar oplossingen wanneer lange reistijden een "
         "passende plek in de weg staan. Onderwijshuisvesting is een onderwerp van het lokaal overleg tussen "
         "gemeenten en schoolbesturen; het samenwerkingsverband schuift aan wanneer het de huisvesting van "
         "het OPDC betreft."),
    ])
    insert_before(B, "12. Financiën en meerjarenbegroting", [
        ("h2", "11.1 Professionalisering en kennisdeling"),
        ("p",
         "Het samenwerkingsverband faciliteert netwerken van ondersteuningscoördinatoren, "
         "trajectbegeleiders en mentoren. Deze netwerken komen vier tot zes keer per jaar bijeen en worden "
         "voorgezeten door een consulent van het samenwerkingsverband. Daarnaast is er een jaarlijkse "
         "studiedag voor alle medewerkers die op de scholen bij ondersteuning betrokken zijn. De vso-scholen "
         "stellen hun expertise beschikbaar via consultatie en ambulante begeleiding."),
        ("h2", "11.2 Werkwijze van het bureau"),
        ("p",
         "De consulenten van het samenwerkingsverband zijn elk gekoppeld aan twee of drie vestigingen. Zij "
         "nemen deel aan het zorg- en adviesteam, adviseren de ondersteuningscoördinator en begeleiden "
         "aanvragen voor het OPDC en voor toelaatbaarheid. De orthopedagogen van het bureau voeren "
         "observaties en onderzoeken uit op verzoek van scholen. Het bureau hanteert een "
         "werkinstructie voor dossiervorming."),
    ])
    return B


def extra_veenland(B):
    insert_before(B, "1. Over Veenland", [
        ("h2", "Wettelijk kader"),
        ("p",
         "Ieder samenwerkingsverband stelt ten minste eens in de vier jaar een ondersteuningsplan vast. De "
         "Wet op het voortgezet onderwijs (nu de Wet voortgezet onderwijs 2020) beschrijft welke onderwerpen "
         "het plan in elk geval moet bevatten. Het plan wordt vastgesteld na op overeenstemming gericht "
         "overleg met de gemeenten, na overleg met het samenwerkingsverband PO en met instemming van de "
         "ondersteuningsplanraad. Het plan wordt vóór 1 mei toegezonden aan de Inspectie van het Onderwijs."),
        ("h2", "Hoe dit plan tot stand kwam"),
        ("p",
         "Tussen oktober 2025 en maart 2026 hebben we met bestuurders, schoolleiders, "
         "ondersteuningscoördinatoren, de OPR en de gemeenten gesproken over de koers voor de komende vier "
         "jaar. Die gesprekken leverden een heldere boodschap op: houd het plan kort, maak het leesbaar en "
         "leg de uitwerking vast in documenten die jaarlijks kunnen worden bijgesteld. Daarom is dit een "
         "plan op hoofdlijnen met een documentenbibliotheek."),
    ])
    insert_before(B, "3. Ondersteuning op school", [
        ("h2", "2.1 Samenwerken in een krimpregio"),
        ("p",
         "De krimp dwingt de besturen in Veenland tot samenwerking. Sinds 2023 werken de besturen samen in de "
         "Onderwijsalliantie Veenland, waarin afspraken worden gemaakt over het onderwijsaanbod, "
         "personeel en huisvesting. Het samenwerkingsverband is geen partij in de alliantie, maar de "
         "directeur-bestuurder neemt wel deel aan het overleg. Zo kunnen onderwerpen die zowel het "
         "onderwijsaanbod als de ondersteuning raken snel worden besproken."),
        ("p",
         "Kleinere scholen betekent ook: minder leerlingen per school met een bepaalde ondersteuningsvraag. "
         "Het is voor een school met 400 leerlingen niet mogelijk om voor elke vraag een specialist in dienst "
         "te hebben. Besturen bespreken daarom met elkaar hoe zij specialisten gezamenlijk kunnen inzetten. "
         "Het samenwerkingsverband ondersteunt dit met een klein budget voor gezamenlijke scholing."),
    ])
    insert_before(B, "11. Privacy en ICT", [
        ("h2", "10.1 Professionalisering"),
        ("p",
         "Goede ondersteuning vraagt om deskundige docenten en mentoren. Het samenwerkingsverband organiseert "
         "daarom twee keer per jaar een regionale studiemiddag voor ondersteuningscoördinatoren en mentoren. "
         "Onderwerpen worden gekozen op basis van de vragen van scholen; de afgelopen jaren ging het onder "
         "meer over angstklachten, autisme en het werken met een OPP. Daarnaast kunnen scholen gebruikmaken "
         "van een gezamenlijk inkoopcontract voor trainingen."),
        ("h2", "10.2 Communicatie met scholen en partners"),
        ("p",
         "Het samenwerkingsverband informeert scholen via een digitale nieuwsbrief die zes keer per jaar "
         "verschijnt en via het netwerk van ondersteuningscoördinatoren, dat vier keer per jaar bijeenkomt. "
         "Besluiten van het bestuur worden binnen een week gedeeld met de schoolleiders. Voor gemeenten en "
         "andere partners is er een jaarlijkse bijeenkomst waarin we de kengetallen en ontwikkelingen "
         "presenteren."),
    ])
    insert_before(B, "12. Planning en vaststelling", [
        ("h2", "11.1 Jaarcyclus"),
        ("p",
         "Het samenwerkingsverband werkt met een vaste jaarcyclus. In september verschijnt het jaarplan met "
         "de activiteiten voor het schooljaar. In december stelt het bestuur de begroting voor het volgende "
         "kalenderjaar vast. In mei verschijnen het jaarverslag en de jaarrekening over het voorgaande "
         "kalenderjaar, na controle door de accountant. De OPR wordt bij elk van deze stappen betrokken "
         "volgens de afspraken in het medezeggenschapsreglement."),
        ("h2", "11.2 Wijzigingen van dit plan"),
        ("p",
         "Wanneer landelijke wetgeving of regionale ontwikkelingen daar aanleiding toe geven, kan het bestuur "
         "dit plan tussentijds wijzigen. Voor elke wijziging is instemming van de OPR nodig. Wijzigingen in de "
         "documenten in de documentenbibliotheek worden aan de OPR voorgelegd wanneer zij onderwerpen "
         "betreffen waarop de OPR instemmingsrecht heeft."),
    ])
    return B


def extra_baken(B):
    insert_before(B, "6. Samenwerking met het samenwerkingsverband", [
        ("h2", "5.1 Dyslexie en dyscalculie"),
        ("p",
         "Leerlingen met een dyslexie- of dyscalculieverklaring krijgen op Het Baken een faciliteitenpas. "
         "Daarop staat waar de leerling recht op heeft: extra tijd bij toetsen, vergrote opgaven, gebruik van "
         "voorleessoftware of een rekenkaart. De remedial teacher houdt in de brugklas met elke leerling met "
         "een verklaring een intakegesprek."),
        ("h2", "5.2 Sociale veiligheid"),
        ("p",
         "Het Baken heeft een anti-pestcoördinator en twee vertrouwenspersonen. Jaarlijks meten wij de "
         "sociale veiligheid met een vragenlijst onder alle leerlingen. In de brugklas volgen alle leerlingen "
         "een weerbaarheidstraining. Bij incidenten volgen wij het veiligheidsprotocol van de stichting."),
        ("h2", "5.3 Medisch handelen"),
        ("p",
         "Voor leerlingen met een chronische ziekte maken wij afspraken met ouders over medicijngebruik en "
         "handelingen op school. Deze afspraken worden vastgelegd in een medisch protocol en jaarlijks "
         "geactualiseerd. Twaalf medewerkers zijn opgeleid als bedrijfshulpverlener."),
    ])
    return B


def extra2_waarden(B):
    insert_before(B, "12. Financiën", [
        ("h2", "11.1 Werkwijze van de ondersteuningsplanraad"),
        ("p",
         "De OPR vergadert vijf keer per jaar, waarvan twee keer met de directeur en een keer met een "
         "delegatie van het bestuur. De OPR heeft een eigen reglement en een huishoudelijk reglement. Het "
         "samenwerkingsverband vergoedt de leden een vacatiegeld en stelt een ambtelijk secretaris "
         "beschikbaar. Nieuwe leden volgen een introductiescholing. De OPR heeft instemmingsrecht op het "
         "ondersteuningsplan en adviesrecht op de begroting. Bij de voorbereiding van dit plan heeft de OPR "
         "in drie bijeenkomsten meegedacht over de speerpunten en over de leesbaarheid."),
    ])
    return B


def extra2_kempenrand(B):
    insert_before(B, "3. Koers: vijf lijnen", [
        ("p",
         "De economie van de regio is sterk gericht op maakindustrie, logistiek en agrarische bedrijvigheid. "
         "Veel jongeren kiezen na het vmbo voor een technische of groene mbo-opleiding. Het opleidingsniveau "
         "van de bevolking ligt in de plattelandsgemeenten onder het landelijk gemiddelde, in de stad rond "
         "het gemiddelde. In sommige wijken van de stad is sprake van een opeenstapeling van armoede, "
         "schulden en gezondheidsproblemen. Scholen merken dat in de klas: leerlingen komen zonder ontbijt "
         "naar school of missen lessen omdat zij thuis moeten helpen. De gemeenten en scholen werken daarom "
         "samen in het programma Kansrijk Opgroeien, dat onder meer schoolmaaltijden en een "
         "brugfunctionaris op scholen in die wijken financiert."),
    ])
    insert_before(B, "1. Waar we vandaan komen", [
        ("h2", "Landelijke ontwikkelingen"),
        ("p",
         "Dit plan verschijnt in een periode van veel landelijke veranderingen. Na de evaluatie van passend "
         "onderwijs in 2020 heeft het kabinet een verbeteraanpak ingezet met maatregelen voor onder meer "
         "het afbouwen van bovenmatige reserves, het versterken van de positie van ouders en leerlingen "
         "en het verbeteren van de samenwerking tussen onderwijs en zorg. Daarnaast wordt gewerkt aan een "
         "landelijke norm voor basisondersteuning en aan de beweging naar inclusiever onderwijs in 2035. "
         "Kempenrand volgt deze ontwikkelingen nauwgezet en past, waar nodig, dit plan tussentijds aan."),
        ("p",
         "Ook in de regio verandert veel. De gemeenten hebben hun jeugdhulp opnieuw ingekocht, waardoor "
         "andere aanbieders in de scholen actief zijn. Het leerlingenaantal in de stad blijft stabiel, "
         "terwijl het in de plattelandsgemeenten daalt. Twee scholen zijn de afgelopen jaren gefuseerd."),
    ])
    insert_before(B, "Begrippenlijst", [
        ("h2", "13.1 Risico's en aandachtspunten"),
        ("p",
         "Bij de uitvoering van dit plan onderkennen we de volgende risico's: een verdere stijging van het "
         "aantal leerlingen in het vso, waardoor de afdracht toeneemt; het tekort aan docenten en "
         "specialisten, waardoor arrangementen en het OPDC niet volledig kunnen worden bemand; en "
         "onzekerheid over landelijke wetgeving en bekostiging. Het bestuur volgt deze risico's in de "
         "Kempenrand-monitor en in de kwartaalrapportage van de controller. Als een risico zich voordoet, "
         "legt de directeur-bestuurder het bestuur maatregelen voor."),
        ("h2", "13.2 Evaluatie van dit plan"),
        ("p",
         "Halverwege de planperiode, in 2028, evalueren we dit plan met alle betrokkenen. Die evaluatie "
         "vormt samen met de eindevaluatie in 2029-2030 de basis voor Koers 2030-2034."),
    ])
    return B


def extra2_noordoever(B):
    insert_before(B, "3. Missie, visie en kernwaarden", [
        ("h2", "2.1 Korte geschiedenis"),
        ("p",
         "Het samenwerkingsverband is in 2013 opgericht als rechtsopvolger van het vroegere "
         "samenwerkingsverband voor leerlingenzorg en de regionale verwijzingscommissie. In de eerste "
         "planperiode lag de nadruk op het inrichten van de organisatie en het afbouwen van de "
         "zogenaamde rugzakken. In 2016 zijn de taken rond lwoo en praktijkonderwijs erbij gekomen. In 2019 "
         "zijn het bureau en het OPDC samen in het gebouw aan de Dijkweg gehuisvest. In 2022 is het "
         "bestuursmodel gewijzigd van een bestuur van schoolbestuurders naar een directeur-bestuurder met een "
         "raad van toezicht, om bestuur en toezicht beter te scheiden."),
    ])
    insert_before(B, "4. Ondersteuning op de scholen", [
        ("h2", "3.1 Landelijke ontwikkelingen"),
        ("p",
         "Sinds de evaluatie van passend onderwijs in 2020 is landelijk een verbeteraanpak in gang gezet. "
         "Belangrijke onderdelen zijn de afbouw van bovenmatige reserves bij samenwerkingsverbanden, "
         "de verplichting om een ouder- en jeugdsteunpunt in te richten, het hoorrecht van leerlingen en de "
         "ontwikkeling van een landelijke norm voor basisondersteuning. Daarnaast heeft het kabinet de ambitie "
         "uitgesproken dat het onderwijs in 2035 inclusiever is, met meer samenwerking tussen regulier en "
         "speciaal onderwijs. Noordoever wil deze beweging actief ondersteunen. In de planperiode "
         "onderzoeken we bijvoorbeeld of een vso-afdeling op de locatie van een reguliere school kan worden "
         "gevestigd."),
        ("h2", "3.2 Ontwikkelingen in de regio"),
        ("p",
         "Het aantal leerlingen in Noordoever blijft de komende jaren ongeveer gelijk, met een lichte daling "
         "in Kleiwijk en een lichte stijging in Noordoever-stad door nieuwbouw. Het aantal aanmeldingen voor "
         "het OPDC is de afgelopen drie jaar gestegen. Scholen signaleren meer leerlingen met angstklachten, "
         "somberheid en schoolverzuim. Daarnaast heeft de regio te maken met een groeiend aantal "
         "nieuwkomers, onder wie kinderen van arbeidsmigranten."),
    ])
    insert_before(B, "11. Personeel", [
        ("h2", "10.1 Werkwijze van de ondersteuningsplanraad"),
        ("p",
         "De OPR heeft een eigen reglement, waarin de zittingsduur van vier jaar, de verkiezing van de leden "
         "en de werkwijze zijn vastgelegd. Het samenwerkingsverband stelt een ambtelijk secretaris en een "
         "scholingsbudget ter beschikking. De OPR heeft instemmingsrecht op het ondersteuningsplan en "
         "adviesrecht op de begroting en het jaarplan. Tweemaal per jaar is er een gezamenlijke bijeenkomst "
         "van de OPR en de raad van toezicht."),
    ])
    return B


def extra2_veenland(B):
    insert_before(B, "1. Over Veenland", [
        ("h2", "Toegankelijkheid van deze webversie"),
        ("p",
         "We hebben geprobeerd dit plan zo te schrijven dat iedereen het kan lezen. Moeilijke woorden "
         "worden uitgelegd in de begrippenlijst onderaan de pagina. U kunt de tekst laten voorlezen met de "
         "voorleesknop rechtsboven. Wilt u een papieren versie van het plan ontvangen, of heeft u een vraag "
         "over de tekst, neem dan contact op met het bureau van het samenwerkingsverband. Een pdf-versie "
         "van dit plan is te downloaden via de knop onderaan deze pagina; de tekst van de pdf is gelijk "
         "aan deze webversie."),
    ])
    insert_before(B, "2. Waar staan we voor", [
        ("h2", "1.1 Landelijke ontwikkelingen"),
        ("p",
         "Passend onderwijs is volop in beweging. Landelijk wordt gewerkt aan een norm voor "
         "basisondersteuning, is de positie van ouders en leerlingen wettelijk versterkt en is de ambitie "
         "uitgesproken om het onderwijs in 2035 inclusiever te maken. Voor een krimpregio als Veenland is "
         "ook de ontwikkeling van de bekostiging belangrijk: de middelen van het samenwerkingsverband dalen "
         "mee met het aantal leerlingen. Het bestuur volgt deze ontwikkelingen en past het plan tussentijds "
         "aan wanneer dat nodig is, met instemming van de OPR."),
    ])
    insert_before(B, "7. Kwaliteit en monitoring", [
        ("h2", "6.1 Risico's"),
        ("p",
         "De belangrijkste financiële risico's zijn een verdere daling van het aantal leerlingen, een "
         "stijging van het aantal leerlingen in het vso en wijzigingen in de landelijke bekostiging. Omdat de "
         "reserve beperkt is, stuurt het bestuur strak op de uitgaven. De controller rapporteert elk kwartaal "
         "over de uitputting van de budgetten en over de ontwikkeling van de leerlingaantallen op de "
         "peildata."),
    ])
    insert_before(B, "Begrippenlijst", [
        ("h2", "12.1 Documentenbibliotheek"),
        ("p",
         "In de documentenbibliotheek op deze website vindt u onder meer: de Handleiding Toewijzing Veenland "
         "2026, de Wegwijzer Ondersteuning, het verslag van het OOGO van 23 maart 2026, de instemmingsbrief "
         "van de OPR, het privacyreglement, de klachtenregeling en de statuten van de vereniging. Deze "
         "documenten maken geen deel uit van dit ondersteuningsplan, maar worden afzonderlijk vastgesteld en "
         "bijgehouden."),
    ])
    return B


# ====================================================================== labels
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


def status_from(criteria, advisory):
    out = {}
    for el in ELEMENTS:
        vals = [v for k, v in criteria.items() if k.startswith(el + ".")]
        if all(vals):
            out[el] = "present"
        elif any(vals) or advisory.get(el):
            out[el] = "partial"
        else:
            out[el] = "missing"
    return out


def write_label(name, documents, sector, false_crits, advisory, notes, looks_like_plan=True):
    path = OUT / f"{name}.expected.yaml"
    if not looks_like_plan:
        text = (f"documents: [{', '.join(documents)}]\n"
                f"sector: {sector}\n"
                "looks_like_plan: false\n"
                "elements: {}\n"
                "criteria: {}\n"
                "advisory_addressed: {}\n"
                "notes:\n")
        for k, v in notes.items():
            text += f"  {k}: \"{v}\"\n"
        path.write_text(text, encoding="utf-8")
        return
    criteria = {c: (c not in false_crits) for c in CORE}
    for c in false_crits:
        assert c in CORE, c
    st = status_from(criteria, advisory)
    lines = [f"documents: [{', '.join(documents)}]",
             f"sector: {sector}",
             "looks_like_plan: true",
             "elements: {" + ", ".join(f"{el}: {st[el]}" for el in ELEMENTS) + "}",
             "criteria:"]
    for c in CORE:
        lines.append(f"  {c}: {'true' if criteria[c] else 'false'}")
    lines.append("advisory_addressed:")
    for el in ELEMENTS:
        if advisory.get(el):
            lines.append(f"  {el}: [{', '.join(advisory[el])}]")
    lines.append("notes:")
    for el in ELEMENTS:
        if el in notes:
            lines.append(f"  {el}: \"{notes[el]}\"")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main():
    built = []

    # ---- P1
    name = "vo-lingeland-ondersteuningsplan-2026-2030"
    blocks = plan_lingeland()
    render_docx(blocks, OUT / f"{name}.docx",
                "Ondersteuningsplan 2026-2030 | SWV VO Lingeland", "Ondersteuningsplan 2026-2030 SWV VO Lingeland")
    write_label(name, [f"{name}.docx"], "vo",
        {"terugstroom.procedure", "resultaten.monitoring", "ouders.informatie", "ouders.steunpunt"},
        {"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie"],
         "financien": ["reserves", "verantwoording"], "dekkend-aanbod": ["ketenpartners"],
         "resultaten": ["meetbaar"]},
        {"basisondersteuning": "H5.1: Standaarden as binding ondergrens for every vestiging plus concrete list; borging via kwaliteitsgesprek every two years.",
         "plaatsing": "H6: vso steps, CvT, 6 weeks, two separate deskundigen, criteria list, duur/categorie; lwoo and pro procedure with national criteria; no bezwaar text.",
         "terugstroom": "H7: aims, conditions and terugkeerarrangement (beleid) but steps/initiator/decider deferred to a protocol to be written in 2026-2027.",
         "financien": "H14: verdeelmodel (vaste voet + per leerling, lwoo, CTA maximum) and meerjarenbegroting 2026-2029 with amounts; reserves and bestedingsrapportage.",
         "dekkend-aanbod": "H5.2-5.4 continuum niveau 1-4 incl. OPDC/Rebound; H8 thuiszitterstafel, doorzettingsmacht, yearly netwerkanalyse with concrete action.",
         "resultaten": "H10 table of beoogde resultaten with targets; how they are measured/reported is deferred to a monitorplan in spring 2027.",
         "ouders": "No chapter on parents; only passing mentions (ouders sign form, receive decision, mentor talks) and OJSP/Onderwijsconsulenten only in the begrippenlijst."})
    built.append((name, blocks))

    # ---- P2
    name = "po-dewaarden-ondersteuningsplan-2025-2029"
    blocks = plan_waarden()
    render_docx(blocks, OUT / f"{name}.docx",
                "SWV Passend Primair Onderwijs De Waarden | Ondersteuningsplan 2025-2029",
                "Ondersteuningsplan 2025-2029 SWV PO De Waarden")
    write_label(name, [f"{name}.docx"], "po",
        {"basisondersteuning.inhoud", "plaatsing.criteria", "financien.besteding"},
        {"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
         "terugstroom": ["monitoring"], "financien": ["reserves", "verantwoording"],
         "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
        {"basisondersteuning": "H4 states the common minimum for all locations (niveau) but only the abstract four aspects; the concrete voorzieningen are in bijlage 2, which is only a pointer to the website.",
         "plaatsing": "H7.2 full procedure (Loket, dossier, two deskundigen, CvT, 6 weeks) and 7.3/7.4 duur, categorie, LBT; criteria only by reference to the Afwegingskader on the website.",
         "terugstroom": "Hidden in H7.5 of the TLV chapter: yearly OPP check, signal before 1 February, CvT/ouders decide, terugplaatsingsarrangement with budget; 31 returns reported.",
         "financien": "H12.2 verdeling per leerling/cluster/Loket with amounts; meerjarenbegroting is p.m. (bijlage 3 'p.m.'), so besteding not addressed.",
         "dekkend-aanbod": "H5 continuum table (school, cluster, bovenschools, sbo, so, OZA) and H6 netwerkscan, thuiszitter route and doorzettingsmacht.",
         "resultaten": "H9.1 goals with nulmeting and streefwaarde; H9.2 PDCA dashboard twice a year, sources, jaarverslag reporting.",
         "ouders": "Under the heading 'Communicatie' (H10): ouderpagina, folder in several languages, info evenings; OJSP, Onderwijsconsulenten, klachten/geschillen."})
    built.append((name, blocks))

    # ---- P3
    name = "vo-kempenrand-koers-2026-2030"
    blocks = plan_kempenrand()
    docx_to_pdf(blocks, OUT / f"{name}.pdf", "Koers 2026-2030 | SWV VO Kempenrand",
                "Koers 2026-2030 ondersteuningsplan SWV VO Kempenrand")
    write_label(name, [f"{name}.pdf"], "vo",
        {"plaatsing.procedure", "plaatsing.criteria", "terugstroom.procedure", "terugstroom.beleid",
         "dekkend-aanbod.lacunes", "ouders.informatie"},
        {"basisondersteuning": ["borging"], "financien": ["reserves", "verantwoording"],
         "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
        {"basisondersteuning": "H4 'Kempenrand-basis' as binding ondergrens for every vestiging; concrete content only in the table; yearly basischeck.",
         "plaatsing": "H9 only says the SWV decides and refers to the separately adopted Reglement Toewijzing on the website; no procedure, criteria, deskundigen or duur in the text.",
         "terugstroom": "Nothing on return from vso; only 'terugblik', OPDC/mbo uitstroom near-misses and a begrippenlijst entry 'Terugplaatsing'.",
         "financien": "H10 'Geld en middelen': verdeelsleutel table per budget with decision and verantwoording, meerjarenbegroting 2026-2029, reserve.",
         "dekkend-aanbod": "H5 describes the four treden (school, regional arrangements, OPDC/lwoo/pro, vso); the gap/thuiszitter analysis is deferred to 2027.",
         "resultaten": "H7 measurable results for 2030 and the Kempenrand-monitor (quarterly, sources, jaarverslag); H1 also reports achieved results.",
         "ouders": "H8 describes the independent OJSP, Onderwijsconsulenten and klachten; how parents are informed about the offer is deferred to a communicatieplan."})
    built.append((name, blocks))

    # ---- P4
    name = "vo-noordoever-ondersteuningsplan-2026-2030"
    blocks = plan_noordoever()
    docx_to_pdf(blocks, OUT / f"{name}.pdf", "Ondersteuningsplan 2026-2030 | SWV VO Noordoever",
                "Ondersteuningsplan 2026-2030 SWV VO Noordoever")
    write_label(name, [f"{name}.pdf"], "vo",
        {"basisondersteuning.niveau", "terugstroom.beleid", "financien.verdeling", "financien.besteding",
         "resultaten.doelen", "resultaten.monitoring", "ouders.steunpunt"},
        {"plaatsing": ["deskundigen", "duur-categorie"], "dekkend-aanbod": ["ketenpartners"],
         "ouders": ["betrokkenheid"]},
        {"basisondersteuning": "H4 lists what all vestigingen currently offer (inhoud) but states explicitly there is no agreed common level; that is deferred to 2027-2028.",
         "plaatsing": "H7.1 vso request, dossier, two deskundigen, CTA within 6 weeks, three criteria, duur and categorie; 7.3 lwoo and 7.4 pro with national criteria. LBT only in the afkortingenlijst.",
         "terugstroom": "H7.2 'Afloop van de TLV' gives steps and dates (1 Dec, 1 Feb, consulent, receiving school decides); the policy (aims, conditions, support after return) is deferred to 2026-2027.",
         "financien": "H12 only names the income streams and refers to a Kadernota Financien to be adopted in December 2026; no verdeelmodel or begroting.",
         "dekkend-aanbod": "H5 three layers, OPDC streams and other voorzieningen; H6 thuiszitters overleg, doorzettingsmacht and twice-yearly analysis leading to new provisions.",
         "resultaten": "H13 Kwaliteitszorg defers both beoogde resultaten and monitoring to the jaarplan 2026-2027; no targets anywhere.",
         "ouders": "H9 'Communicatie met ouders': website ouderdeel, schoolgids, info evenings, folder; the OJSP is only announced ('nadere informatie volgt in 2027')."})
    built.append((name, blocks))

    # ---- P5
    name = "vo-veenland-ondersteuningsplan-2026-2030"
    blocks = plan_veenland()
    render_html(blocks, OUT / f"{name}.html", "Ondersteuningsplan 2026-2030 SWV VO Veenland")
    write_label(name, [f"{name}.html"], "vo",
        {"basisondersteuning.niveau", "basisondersteuning.inhoud", "plaatsing.procedure",
         "dekkend-aanbod.continuum", "dekkend-aanbod.lacunes", "resultaten.doelen"},
        {"plaatsing": ["duur-categorie", "bezwaar"], "terugstroom": ["monitoring"],
         "financien": ["reserves", "verantwoording"], "ouders": ["betrokkenheid"]},
        {"basisondersteuning": "H3 only refers to each school's schoolgids and defers a common level to 2027-2028; definition only in the begrippenlijst.",
         "plaatsing": "H4.1/4.2 criteria for vso (incl. cluster 3/4), lwoo and pro; how a request goes (steps, documents, termijnen) is only in the Handleiding Toewijzing on the website.",
         "terugstroom": "H5 policy (aim, conditions, terugkeerarrangement) and a six-step procedure with dates and decision; 9 returns reported.",
         "financien": "H6 'Geld': Verdeelmodel Veenland with amounts and verantwoording, meerjarenbegroting 2026-2029, reserve.",
         "dekkend-aanbod": "No description of the continuum (only a reference to the Wegwijzer Ondersteuning) and no gap/thuiszitter approach; OOGO agreements deferred until after the 2026 elections.",
         "resultaten": "H7 monitoring cycle (quarterly kengetallen, sources, tevredenheid, jaarverslag, tussenevaluatie); the concrete goals are deferred to the jaarplan 2026-2027.",
         "ouders": "H8 ouderpagina, yearly brochure, aanspreekpunt; independent OJSP, Onderwijsconsulenten, klachten/geschillen; OPR and hoorrecht."})
    built.append((name, blocks))

    # ---- N
    name = "hetbaken-ondersteuningsplan-2025-2026"
    blocks = nearmiss_baken()
    render_docx(blocks, OUT / f"{name}.docx", "Het Baken College | Ondersteuningsplan 2025-2026",
                "Ondersteuningsplan 2025-2026 Het Baken College")
    write_label(name, [f"{name}.docx"], "vo", set(), {},
        {"document": "School-level ondersteuningsplan of one VO school (zorgstructuur niveau 1-4, OT, OPP, lwoo-klassen, TLV-aanvragen bij het SWV); not the ondersteuningsplan of a samenwerkingsverband (no OPR, OOGO, verdeling, planperiode of 4 years)."},
        looks_like_plan=False)
    built.append((name, blocks))

    for name, blocks in built:
        print(f"{name}: {words(blocks)} words")


if __name__ == "__main__":
    sys.exit(main())
