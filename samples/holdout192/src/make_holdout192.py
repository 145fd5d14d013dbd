#!/usr/bin/env python3
"""Generate the holdout192 test set: five fictional ondersteuningsplannen of
samenwerkingsverbanden passend onderwijs (4 PO, 1 VO) and one near-miss document
(a school-level 'ondersteuningsplan' of a basisschool).

Deterministic, no network. Output goes to the folder above this script.
PDFs are rendered from .docx with LibreOffice (soffice --headless).
"""
import datetime
import shutil
import subprocess
import tempfile
import zipfile
from pathlib import Path

from docx import Document
from docx.enum.text import WD_BREAK
from docx.shared import Pt

OUT = Path(__file__).resolve().parent.parent
FIXED = datetime.datetime(2025, 4, 15, 9, 0, 0)

# ---------------------------------------------------------------------------
# Block model: list of (kind, payload)
#   ("title", [lines]) ("toc", [lines]) ("h1", s) ("h2", s) ("p", s)
#   ("ul", [items]) ("ol", [items]) ("table", [[cells], ...]) ("break", None)
# ---------------------------------------------------------------------------


def write_docx(blocks, path, header=None):
    doc = Document()
    cp = doc.core_properties
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_modified_by = "holdout192"
    cp.author = "holdout192"
    cp.revision = 1
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    if header:
        doc.sections[0].header.paragraphs[0].text = header
    for kind, val in blocks:
        if kind == "title":
            for i, line in enumerate(val):
                p = doc.add_paragraph()
                r = p.add_run(line)
                r.bold = i == 0
                r.font.size = Pt(24 if i == 0 else 14)
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif kind == "toc":
            doc.add_paragraph().add_run("Inhoudsopgave").bold = True
            for line in val:
                doc.add_paragraph(line)
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif kind == "h1":
            doc.add_heading(val, level=1)
        elif kind == "h2":
            doc.add_heading(val, level=2)
        elif kind == "p":
            doc.add_paragraph(val)
        elif kind == "ul":
            for it in val:
                doc.add_paragraph(it, style="List Bullet")
        elif kind == "ol":
            for it in val:
                doc.add_paragraph(it, style="List Number")
        elif kind == "table":
            t = doc.add_table(rows=len(val), cols=len(val[0]))
            t.style = "Table Grid"
            for i, row in enumerate(val):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = cell
                    if i == 0:
                        for r in t.cell(i, j).paragraphs[0].runs:
                            r.bold = True
            doc.add_paragraph()
        elif kind == "break":
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        else:
            raise ValueError(kind)
    doc.save(str(path))
    _fix_zip_times(path)


def _fix_zip_times(path):
    """Rewrite the .docx zip with fixed timestamps so output is byte-identical across runs."""
    with zipfile.ZipFile(path) as zin:
        items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2025, 4, 15, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, data)


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def write_html(blocks, path, title):
    out = ["<!DOCTYPE html>", '<html lang="nl">', "<head>", '<meta charset="utf-8">',
           f"<title>{esc(title)}</title>",
           "<style>body{font-family:Arial,sans-serif;max-width:900px;margin:auto}"
           "table{border-collapse:collapse}td,th{border:1px solid #999;padding:4px}"
           "nav{background:#eef;padding:8px}</style>", "</head>", "<body>",
           '<header><p class="site">Kustzoom PO &middot; Ondersteuningsplan &middot; Home &middot; '
           'Ouders &middot; Scholen &middot; Toelaatbaarheid &middot; Contact</p></header>', "<main>"]
    for kind, val in blocks:
        if kind == "title":
            out.append(f"<h1>{esc(val[0])}</h1>")
            for line in val[1:]:
                out.append(f'<p class="subtitle">{esc(line)}</p>')
        elif kind == "toc":
            out.append('<nav><p><strong>Inhoud</strong></p><ul>')
            out += [f"<li>{esc(x)}</li>" for x in val]
            out.append("</ul></nav>")
        elif kind == "h1":
            out.append(f"<h2>{esc(val)}</h2>")
        elif kind == "h2":
            out.append(f"<h3>{esc(val)}</h3>")
        elif kind == "p":
            out.append(f"<p>{esc(val)}</p>")
        elif kind in ("ul", "ol"):
            out.append(f"<{kind}>" + "".join(f"<li>{esc(x)}</li>" for x in val) + f"</{kind}>")
        elif kind == "table":
            rows = [ "<tr>" + "".join(f"<th>{esc(c)}</th>" for c in val[0]) + "</tr>" ]
            rows += ["<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>" for r in val[1:]]
            out.append("<table>" + "".join(rows) + "</table>")
        elif kind == "break":
            pass
    out += ["</main>", '<footer><p>&copy; 2025 Kustzoom PO &middot; Privacyverklaring &middot; '
            'Toegankelijkheid &middot; Ouder- en jeugdsteunpunt &middot; Basisondersteuning</p></footer>',
            "</body>", "</html>"]
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


def write_md(blocks, path):
    out = []
    for kind, val in blocks:
        if kind == "title":
            out.append("# " + val[0])
            out += [""] + [f"*{x}*" for x in val[1:]]
        elif kind == "toc":
            out += ["", "**Inhoud**", ""] + [f"- {x}" for x in val]
        elif kind == "h1":
            out += ["", "## " + val]
        elif kind == "h2":
            out += ["", "### " + val]
        elif kind == "p":
            out += ["", val]
        elif kind == "ul":
            out += [""] + [f"- {x}" for x in val]
        elif kind == "ol":
            out += [""] + [f"{i}. {x}" for i, x in enumerate(val, 1)]
        elif kind == "table":
            out += ["", "| " + " | ".join(val[0]) + " |", "|" + "---|" * len(val[0])]
            out += ["| " + " | ".join(r) + " |" for r in val[1:]]
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


def docx_to_pdf(blocks, pdf_path, header=None):
    tmp = Path(tempfile.mkdtemp(prefix="holdout192_pdf_"))
    try:
        src = tmp / (pdf_path.stem + ".docx")
        write_docx(blocks, src, header=header)
        prof = tmp / "lo_profile"
        subprocess.run(["soffice", f"-env:UserInstallation=file://{prof}", "--headless",
                        "--convert-to", "pdf", "--outdir", str(tmp), str(src)],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                       timeout=300)
        shutil.copyfile(tmp / (pdf_path.stem + ".pdf"), pdf_path)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def words(blocks):
    n = 0
    for kind, val in blocks:
        if kind in ("h1", "h2", "p"):
            n += len(val.split())
        elif kind in ("title", "toc", "ul", "ol"):
            n += sum(len(x.split()) for x in val)
        elif kind == "table":
            n += sum(len(c.split()) for r in val for c in r)
    return n


# ---------------------------------------------------------------------------
# Shared filler (element-neutral prose that real plans carry)
# ---------------------------------------------------------------------------

def governance(c):
    return [
        ("p", f"{c['name']} is een stichting. De statuten zijn voor het laatst gewijzigd op {c['statuten']}. "
              "In de stichting werken de schoolbesturen samen die scholen in het werkgebied in stand houden. "
              "Het samenwerkingsverband kent een scheiding tussen bestuur en intern toezicht: de "
              "directeur-bestuurder is belast met het besturen van de stichting, de raad van toezicht houdt "
              "toezicht op het bestuur en staat de directeur-bestuurder met raad terzijde. De leden van de raad "
              "van toezicht zijn voorzitters of leden van de colleges van bestuur van de aangesloten besturen, "
              "aangevuld met een onafhankelijk voorzitter. Daarmee kiezen wij bewust voor een model waarin de "
              "schoolbesturen eigenaar blijven van passend onderwijs, terwijl de dagelijkse leiding belegd is "
              "bij een professionele organisatie."),
        ("p", "Naast de raad van toezicht kent de stichting een bestuurlijk overleg van alle aangesloten besturen. "
              "Het bestuurlijk overleg komt minimaal vijf keer per jaar bijeen, bespreekt het concept van het "
              "jaarplan, adviseert over de begroting en bereidt besluiten voor die de gezamenlijke besturen "
              "raken. De bevoegdheden van de organen zijn vastgelegd in het bestuursreglement en het "
              "reglement raad van toezicht. De stichting hanteert de "
              + c.get("code", "Code Goed Bestuur in het primair onderwijs van de PO-Raad")
              + ", voor zover die op samenwerkingsverbanden van toepassing is. In het "
              "managementstatuut is vastgelegd welke taken de directeur-bestuurder mandateert aan de "
              "medewerkers van het bureau."),
        ("p", "Het statutaire geschillenreglement regelt hoe de aangesloten besturen onderling geschillen "
              "beslechten. Tot nu toe is van deze regeling geen gebruik gemaakt. Wij zien de regeling vooral "
              "als een waarborg: passend onderwijs vraagt dat besturen elkaar aanspreken, ook als belangen "
              "uiteenlopen. Integriteit, openheid en het vermijden van belangenverstrengeling zijn vaste "
              "agendapunten in de zelfevaluatie van de raad van toezicht, die eens per twee jaar onder externe "
              "begeleiding plaatsvindt."),
    ]


def personeel(c):
    return [
        ("p", f"Het bureau van {c['short']} telt {c['fte']} fte. Op het bureau werken de directeur-bestuurder, "
              "een beleidsmedewerker, een controller (ingehuurd via een administratiekantoor), een "
              "managementassistent, een secretaris van de commissie en een team van orthopedagogen, "
              "psychologen en ondersteuners die scholen adviseren. Een deel van de medewerkers is gedetacheerd "
              "vanuit de aangesloten besturen; zij behouden hun rechtspositie bij hun eigen werkgever. "
              "Nieuwe medewerkers treden in dienst van de stichting. Het samenwerkingsverband volgt de cao "
              + c.get("cao", "primair onderwijs") + "."),
        ("p", "Het lerarentekort raakt ook passend onderwijs. Wij zien dat scholen moeite hebben om "
              "intern begeleiders en gespecialiseerde leerkrachten te vinden en te behouden. Daarom "
              "investeren wij in deskundigheid op de werkvloer: leerkrachten kunnen kosteloos deelnemen aan "
              "het scholingsaanbod van het samenwerkingsverband, er zijn netwerken voor intern begeleiders, "
              + c.get("netwerken", "voor leerkrachten van het jonge kind en voor directeuren") + ", en wij ondersteunen besturen bij "
              "zij-instroomtrajecten in het " + c.get("spec", "speciaal (basis)onderwijs") + ". Het scholingsaanbod wordt ieder jaar "
              "in juni gepubliceerd en is afgestemd met de academies van de grotere besturen."),
        ("p", "Werkdruk en verzuim volgen wij nauwgezet. Het bureau voert jaarlijks een "
              "medewerkerstevredenheidsonderzoek uit; de uitkomsten worden met het personeel besproken. "
              "Het samenwerkingsverband heeft een eigen personeelsgeleding in de medezeggenschapsraad van "
              "het bureau. Voor de gedetacheerde medewerkers zijn afspraken gemaakt met de besturen over "
              "functioneren, beoordelen en professionalisering, zodat zij niet tussen twee werkgevers vallen."),
    ]


def ict_privacy(c):
    return [
        ("p", "Het samenwerkingsverband werkt met een digitaal aanvraag- en dossiersysteem. Scholen dienen "
              "via dit systeem hun aanvragen in, deskundigen leggen er hun adviezen in vast en de secretaris "
              "van de commissie registreert er de besluiten. Het systeem is gekoppeld aan de "
              "leerlingadministratie via een beveiligde koppeling; er worden alleen de gegevens uitgewisseld "
              "die voor de taak van het samenwerkingsverband noodzakelijk zijn. Medewerkers loggen in met "
              "tweestapsverificatie. De leverancier is gecertificeerd volgens ISO 27001 en met de leverancier is "
              "een verwerkersovereenkomst gesloten op basis van het model van het Privacyconvenant Onderwijs."),
        ("p", "Het samenwerkingsverband verwerkt bijzondere persoonsgegevens, waaronder gegevens over de "
              "gezondheid van leerlingen. De wet staat dat toe voor zover het nodig is voor de taken van het "
              "samenwerkingsverband, zoals het beoordelen van de toelaatbaarheid. Gegevens worden niet langer "
              "bewaard dan noodzakelijk; voor dossiers over toelaatbaarheid geldt een bewaartermijn van drie "
              "jaar na het besluit. De functionaris gegevensbescherming wordt gedeeld met een aantal andere "
              "samenwerkingsverbanden in de regio. Eens per jaar wordt een audit op de informatiebeveiliging "
              "uitgevoerd; datalekken worden gemeld via de procedure in het privacyreglement."),
        ("p", "Voor de komende planperiode staat de vervanging van het dossiersysteem op de planning. Wij "
              "kiezen daarbij voor een systeem dat aansluit bij de landelijke afspraken over digitale "
              "overdracht (OSO) en dat ook door de scholen voor het groeidocument kan worden gebruikt. "
              "De aanbesteding vindt gezamenlijk met twee andere samenwerkingsverbanden plaats. Daarnaast "
              "onderzoeken wij of een gezamenlijke website met de regionale partners in het sociaal domein "
              "de vindbaarheid van informatie verbetert."),
    ]


def professionalisering(c):
    return [
        ("p", "Kennisdeling is een van de sterkste instrumenten die een samenwerkingsverband heeft. In de "
              "afgelopen jaren zijn lerende netwerken ontstaan rond gedrag, het jonge kind, meer- en "
              "hoogbegaafdheid en taalontwikkeling. In die netwerken komen intern begeleiders, leerkrachten "
              "en specialisten uit het " + c.get("spec", "speciaal (basis)onderwijs") + " bij elkaar. Wij faciliteren de netwerken met "
              "een voorzitter, een ruimte en een klein budget voor externe sprekers. De netwerken bepalen zelf "
              "hun onderwerpen."),
        ("p", "Eenmaal per jaar organiseert het samenwerkingsverband een studiedag voor alle medewerkers van de "
              "aangesloten scholen. Het thema wordt gekozen in overleg met de directeuren. Eerdere edities "
              "gingen over de executieve functies, over omgaan met trauma in de klas en over samenwerking "
              "met de jeugdhulp. De studiedag wordt goed bezocht en wordt gewaardeerd met gemiddeld een 8. "
              "Daarnaast bieden wij een leergang voor startende intern begeleiders aan, in samenwerking met "
              "een hogeschool in de regio."),
    ]


def vaststelling(c, oogo=True):
    ps = [("p", f"Dit ondersteuningsplan geldt voor de schooljaren {c['period']}, te beginnen op 1 augustus "
                f"{c['period'][:4]}. Het concept is besproken met de directeuren en met het bestuurlijk overleg. "
                f"De ondersteuningsplanraad heeft op {c['opr']} ingestemd met het plan. ")]
    if oogo:
        ps.append(("p", f"Over het concept is op {c['oogo']} op overeenstemming gericht overleg gevoerd met de "
                        f"colleges van burgemeester en wethouders van de gemeenten {c['gemeenten']}. Het overleg "
                        "is afgerond met een gezamenlijk vastgesteld verslag. Ook is overleg gevoerd met het "
                        "samenwerkingsverband in de aangrenzende sector dat (deels) hetzelfde gebied bestrijkt."))
    ps.append(("p", f"De raad van toezicht heeft het plan goedgekeurd en de directeur-bestuurder heeft het plan "
                    f"vastgesteld op {c['vastgesteld']}. Het plan is vóór 1 mei aan de Inspectie van het "
                    "Onderwijs toegezonden via het Internet Schooldossier. Tussentijdse wijzigingen van het plan "
                    "worden opnieuw ter instemming aan de ondersteuningsplanraad voorgelegd."))
    return ps


# ---------------------------------------------------------------------------
# Plan A: PO, .docx, De Waterlinie
# ---------------------------------------------------------------------------
CA = dict(name="Samenwerkingsverband Passend Primair Onderwijs De Waterlinie",
          short="De Waterlinie", statuten="14 maart 2023", fte="14,6", period="2025-2029",
          opr="10 april 2025", oogo="3 april 2025", vastgesteld="24 april 2025",
          gemeenten="Lingebroek, Vijfheerendorp en Neder-Gelre")


def plan_a():
    b = []
    b.append(("title", ["Ondersteuningsplan 2025-2029",
                        "Samenwerkingsverband Passend Primair Onderwijs De Waterlinie (PO 26-09)",
                        "Samen sterk voor ieder kind",
                        "Vastgesteld op 24 april 2025 - met instemming van de ondersteuningsplanraad"]))
    b.append(("toc", [
        "Voorwoord ........ 3", "1 Inleiding en leeswijzer ........ 4", "2 Onze regio ........ 5",
        "3 Visie en missie ........ 7", "4 Basisondersteuning ........ 9",
        "5 Extra ondersteuning en het dekkend aanbod ........ 12",
        "6 Toelaatbaarheid tot sbo en so ........ 16", "6.4 Na de toelaatbaarheidsverklaring ........ 19",
        "7 Resultaten en kwaliteit ........ 21", "8 Geld en middelen ........ 22",
        "9 Communicatie ........ 26", "10 Samenwerking met gemeenten en jeugdhulp ........ 28",
        "11 Organisatie en governance ........ 30", "12 Personeel en professionalisering ........ 32",
        "13 ICT en privacy ........ 34", "14 Planning en vaststelling ........ 35",
        "Bijlage A Begrippenlijst ........ 36", "Bijlage B Afkortingen ........ 38"]))
    b.append(("h1", "Voorwoord"))
    b.append(("p", "Voor u ligt het derde ondersteuningsplan van De Waterlinie. Het plan beschrijft hoe de "
                   "veertien aangesloten schoolbesturen in de gemeenten Lingebroek, Vijfheerendorp en Neder-Gelre "
                   "de komende vier schooljaren samen invulling geven aan passend onderwijs. Waar het eerste "
                   "plan vooral ging over het opzetten van een organisatie en het tweede over het verdelen van "
                   "verantwoordelijkheden, gaat dit plan over verdiepen: wat spreken we met elkaar af, wat mag "
                   "een kind in onze regio verwachten en hoe zorgen we dat de ondersteuning dichtbij huis "
                   "beschikbaar is."))
    b.append(("p", "Het plan is geschreven in een tijd waarin veel van scholen wordt gevraagd. Het lerarentekort, "
                   "de toename van leerlingen met complexe vragen en de lange wachttijden in de jeugdhulp maken "
                   "het werk in de klas zwaarder. Tegelijk zien wij in onze scholen iedere dag hoe leerkrachten, "
                   "intern begeleiders en directeuren met grote betrokkenheid zoeken naar wat een kind nodig "
                   "heeft. Dit plan wil die professionals steunen, niet extra belasten."))
    b.append(("p", "Wij danken de leden van de ondersteuningsplanraad, de directeuren, de intern begeleiders, de "
                   "ouders die deelnamen aan de klankbordavonden en onze partners bij de gemeenten voor hun "
                   "bijdragen. Hun opmerkingen hebben het plan scherper gemaakt."))
    b.append(("p", "Drs. M.J. (Marieke) van Hattem, directeur-bestuurder"))

    b.append(("h1", "1 Inleiding en leeswijzer"))
    b.append(("p", "Ieder samenwerkingsverband stelt ten minste eens in de vier jaar een ondersteuningsplan vast. "
                   "Het plan is het kader waarbinnen de scholen, de besturen en het samenwerkingsverband hun "
                   "ondersteuning organiseren. De wet schrijft voor welke onderwerpen het plan in ieder geval "
                   "bevat. Wij hebben het plan zo opgebouwd dat de hoofdstukken de weg van een kind volgen: van "
                   "de ondersteuning die iedere school biedt, via extra ondersteuning, naar het speciaal "
                   "(basis)onderwijs en weer terug."))
    b.append(("p", "Hoofdstuk 2 schetst de regio. Hoofdstuk 3 beschrijft onze visie. De hoofdstukken 4 tot en met 6 "
                   "vormen de kern: basisondersteuning, extra ondersteuning en toelaatbaarheid. Hoofdstuk 7 gaat "
                   "over kwaliteit, hoofdstuk 8 over geld en middelen en hoofdstuk 9 over de communicatie met "
                   "ouders, scholen en partners. De hoofdstukken 10 tot en met 14 behandelen de samenwerking met "
                   "gemeenten, de organisatie, het personeel, ICT en de planning. Achterin vindt u een "
                   "begrippenlijst en een lijst met afkortingen."))
    b.append(("p", "Dit plan is een kader. De uitwerking volgt jaarlijks in het jaarplan en de jaarbegroting, die "
                   "de directeur-bestuurder na advies van het bestuurlijk overleg vaststelt."))

    b.append(("h1", "2 Onze regio"))
    b.append(("p", "De Waterlinie omvat het grondgebied van drie gemeenten in het rivierengebied. Het gebied is "
                   "landelijk, met twee kernen van ruim twintigduizend inwoners en veel kleine dorpen. In veel "
                   "dorpen is de basisschool de laatste publieke voorziening; het behoud van kleine scholen is "
                   "daarom een terugkerend onderwerp in het bestuurlijk overleg. De afstanden zijn voor jonge "
                   "kinderen aanzienlijk: een leerling uit de oostelijke dorpen reist al snel vijfentwintig "
                   "minuten naar de dichtstbijzijnde school voor speciaal basisonderwijs."))
    b.append(("table", [["", "Aantal"],
                        ["Aangesloten schoolbesturen", "14"],
                        ["Basisscholen (inclusief nevenvestigingen)", "52"],
                        ["Scholen voor speciaal basisonderwijs", "3"],
                        ["Scholen voor speciaal onderwijs (cluster 3 en 4)", "2"],
                        ["Leerlingen basisonderwijs (1 oktober 2024)", "11.870"],
                        ["Gemeenten", "3"]]))
    b.append(("p", "Het aantal leerlingen daalt licht. Volgens de prognose van de gemeenten neemt het aantal "
                   "leerlingen in het basisonderwijs tot 2029 met ongeveer vier procent af, met grote verschillen "
                   "tussen de dorpen. In de twee grotere kernen worden nieuwe wijken gebouwd en groeit het "
                   "leerlingaantal juist. Dat vraagt van besturen dat zij hun scholenspreiding goed op elkaar "
                   "afstemmen. Het samenwerkingsverband is daarin geen partij, maar wijst de besturen erop dat "
                   "keuzes over huisvesting ook gevolgen hebben voor de ondersteuning die dichtbij huis "
                   "beschikbaar is."))
    b.append(("p", "De besturen verschillen sterk in omvang. Twee besturen hebben meer dan tien scholen, acht "
                   "besturen hebben één school. De kleine besturen hebben minder mogelijkheden om zelf "
                   "specialisten in dienst te nemen. Het samenwerkingsverband vult dat aan met het "
                   "expertiseteam en met de netwerken voor intern begeleiders."))

    b.append(("h1", "3 Visie en missie"))
    b.append(("p", "Onze missie is kort: ieder kind in de regio gaat met plezier naar een school die past, zo dicht "
                   "mogelijk bij huis. Daarbij gaan wij uit van wat een kind nodig heeft, niet van wat een kind "
                   "heeft. Een diagnose is niet de toegang tot ondersteuning; de onderwijsbehoefte is dat wel."))
    b.append(("p", "Wij geloven dat ondersteuning het best werkt als zij vroeg en licht begint. Een leerkracht die "
                   "tijdig hulp krijgt van een collega, een intern begeleider of een specialist, voorkomt dat "
                   "een vraag uitgroeit tot een probleem. Daarom investeren wij liever in de school en in de "
                   "leerkracht dan in dure trajecten buiten de school. Arrangementen zijn een middel, geen doel."))
    b.append(("p", "Wij geloven ook dat ouders de eerste deskundigen zijn als het om hun kind gaat. Scholen "
                   "betrekken ouders vanaf het eerste gesprek en nemen hun kennis serieus. Goede resultaten "
                   "bereik je samen. Wij werken vanuit vertrouwen in de professionaliteit van scholen, en "
                   "verwachten tegelijk dat scholen elkaar aanspreken als afspraken niet worden nagekomen."))
    b.append(("p", "Vier kernwaarden geven richting aan ons werk: dichtbij, samen, eenvoudig en eerlijk. "
                   "Dichtbij betekent dat ondersteuning zo veel mogelijk in de eigen klas en de eigen school "
                   "plaatsvindt. Samen betekent dat besturen zich gezamenlijk verantwoordelijk voelen voor alle "
                   "kinderen in de regio. Eenvoudig betekent dat wij procedures zo licht mogelijk houden en "
                   "geen formulieren vragen die niemand leest. Eerlijk betekent dat de middelen gaan naar de "
                   "plek waar de ondersteuning wordt geboden, en dat wij open zijn over keuzes en dilemma's."))

    b.append(("h1", "4 Basisondersteuning"))
    b.append(("h2", "4.1 Wat wij verstaan onder basisondersteuning"))
    b.append(("p", "Basisondersteuning is in De Waterlinie de ondersteuning die iedere school en iedere vestiging "
                   "van de aangesloten besturen zelf biedt, zonder aanvraag bij het samenwerkingsverband en "
                   "zonder toestemming van wie dan ook. De besturen hebben in het bestuurlijk overleg van "
                   "12 november 2024 samen vastgesteld wat tot dit niveau behoort. Het niveau geldt voor alle "
                   "52 basisscholen, ook voor de kleine dorpsscholen en de nevenvestigingen. Een school mag meer "
                   "bieden; minder is niet toegestaan."))
    b.append(("p", "De afspraken zijn geordend volgens de vier aspecten van het landelijk referentiekader: "
                   "basiskwaliteit, preventieve en licht curatieve interventies, de onderwijsondersteuningsstructuur "
                   "en planmatig werken. Hieronder staat per onderdeel wat ouders op iedere school van De "
                   "Waterlinie mogen verwachten."))
    b.append(("h2", "4.2 Wat ouders op iedere school mogen verwachten"))
    b.append(("ul", [
        "Iedere school heeft een intern begeleider met een opleiding op masterniveau of in opleiding daartoe, met "
        "ten minste 0,4 fte per 200 leerlingen.",
        "Iedere school volgt de ontwikkeling van alle leerlingen met een leerlingvolgsysteem en bespreekt iedere "
        "groep minimaal drie keer per jaar in een groepsbespreking met de intern begeleider.",
        "Iedere school werkt met het regionale dyslexie- en dyscalculieprotocol, inclusief signalering in groep 2 "
        "en 3 en begeleiding bij de aanvraag van vergoede dyslexiezorg.",
        "Iedere school biedt leerlingen die meer aankunnen verrijking en verdieping in de eigen groep, met een "
        "vast aanbod van minimaal één uur per week buiten de reguliere methode.",
        "Iedere school werkt met een methode of programma voor sociaal-emotionele ontwikkeling, heeft een "
        "anti-pestcoördinator en een veiligheidsplan.",
        "Iedere school heeft een protocol medisch handelen en kan leerlingen met eenvoudige medische behoeften "
        "(bijvoorbeeld diabetes of epilepsie met een noodplan) opvangen.",
        "Iedere school stelt een ontwikkelingsperspectief op wanneer een leerling op een of meer vakken een eigen "
        "leerlijn volgt, en bespreekt dit met de ouders.",
        "Iedere school kan zonder aanvraag een beroep doen op de schoolondersteuner van het samenwerkingsverband "
        "voor consultatie en observatie, tot tien uur per leerling per schooljaar.",
        "Iedere school zorgt voor een warme overdracht bij de overstap naar een andere school en naar het "
        "voortgezet onderwijs.",
    ]))
    b.append(("p", "Deze afspraken zijn de ondergrens. Veel scholen bieden meer, bijvoorbeeld een taalklas, een "
                   "plusgroep of een rustplek. Dat staat in het schoolondersteuningsprofiel en, vanaf het "
                   "schooljaar waarin de wet dat vraagt, in de schoolgids."))
    b.append(("h2", "4.3 Borging"))
    b.append(("p", "Eenmaal per jaar voert de consulent van het samenwerkingsverband met iedere school een "
                   "ondersteuningsgesprek. Daarin wordt de kwaliteitskaart basisondersteuning doorgelopen. Voldoet "
                   "een school op een onderdeel niet, dan maakt de directeur binnen zes weken een verbeterplan "
                   "en bespreekt de directeur-bestuurder van het samenwerkingsverband de situatie met het "
                   "bevoegd gezag."))

    b.append(("h1", "5 Extra ondersteuning en het dekkend aanbod"))
    b.append(("h2", "5.1 De ondersteuningsroute"))
    b.append(("p", "Wanneer de basisondersteuning voor een leerling niet volstaat, bespreekt de school de "
                   "leerling in het ondersteuningsteam. Aan dat overleg nemen de intern begeleider, de "
                   "leerkracht, de ouders en de consulent van het samenwerkingsverband deel, zo nodig aangevuld "
                   "met de jeugdverpleegkundige of een medewerker van het lokale team. Het ondersteuningsteam "
                   "kiest uit het volgende aanbod."))
    b.append(("table", [["Niveau", "Wat", "Waar"],
                        ["1 Basis", "Basisondersteuning volgens hoofdstuk 4", "Iedere school"],
                        ["2 Extra in de school", "Individueel of groepsarrangement: extra handen, begeleiding door "
                         "een specialist, aangepast programma", "Eigen school, met inzet van het expertiseteam"],
                        ["3 Bovenschools", "Observatieklas De Brug (8 plaatsen), plusklas (1 dag per week), "
                         "taalklas voor nieuwkomers, rebound-traject jonge kind", "Drie locaties in de regio"],
                        ["4 Speciaal basisonderwijs", "Kleine groepen, orthopedagogische aanpak",
                         "Sbo De Regenboog, sbo Het Anker, sbo De Uiterwaard"],
                        ["5 Speciaal onderwijs", "Cluster 3 (ZML, LZ, LG) en cluster 4",
                         "So De Meander (cluster 3), so De Dijk (cluster 4)"]]))
    b.append(("p", "Deze niveaus vormen één samenhangend geheel. Een leerling kan van niveau wisselen, in beide "
                   "richtingen. Plaatsingen op niveau 3 zijn tijdelijk en hebben altijd een terugkeerperspectief "
                   "naar de eigen school. Cluster 1 en 2 vallen buiten het samenwerkingsverband; wij werken wel "
                   "samen met de landelijke instellingen."))
    b.append(("h2", "5.2 Thuiszitters en witte vlekken"))
    b.append(("p", "Geen kind hoort thuis te zitten. Iedere school meldt een leerling die langer dan vier weken "
                   "geen onderwijs volgt, of die dreigt uit te vallen, bij het meldpunt van het samenwerkingsverband. "
                   "Binnen twee weken na de melding organiseert de consulent een overleg met school, ouders, "
                   "leerplicht en jeugdhulp. Lukt het niet om binnen zes weken een passend traject te starten, "
                   "dan agendeert de consulent de leerling aan de maandelijkse thuiszitterstafel, waar de "
                   "directeur-bestuurder doorzettingsmacht heeft om een school of voorziening te vragen een "
                   "plaats te bieden."))
    b.append(("p", "In 2024 hebben wij met de besturen onderzocht waar het aanbod tekortschiet. Twee witte vlekken "
                   "kwamen naar voren: er is geen passende plek voor jonge kinderen (4 tot 6 jaar) met ernstige "
                   "gedragsproblemen en er is een wachtlijst voor so cluster 4. Voor de eerste groep start in "
                   "augustus 2026 samen met de gemeenten een onderwijs-zorggroep van tien plaatsen; voor de "
                   "tweede maken wij met het bestuur van so De Dijk afspraken over uitbreiding met één groep per "
                   "1 augustus 2025. De analyse wordt iedere twee jaar herhaald."))
    b.append(("p", "De zorgplicht blijft bij het bestuur van de school waar de leerling is aangemeld. Kan dat "
                   "bestuur geen passende plek vinden, dan helpt het samenwerkingsverband bij het zoeken naar "
                   "een school die dat wel kan."))

    b.append(("h1", "6 Toelaatbaarheid tot sbo en so"))
    b.append(("h2", "6.1 De procedure"))
    b.append(("p", "Een leerling kan alleen worden ingeschreven op een school voor speciaal basisonderwijs of "
                   "speciaal onderwijs als het samenwerkingsverband een toelaatbaarheidsverklaring (TLV) heeft "
                   "afgegeven. De procedure verloopt als volgt."))
    b.append(("ol", [
        "Het bevoegd gezag van de school waar de leerling staat ingeschreven (of, bij een nieuwe leerling, is "
        "aangemeld) dient de aanvraag digitaal in bij het loket van het samenwerkingsverband. De directeur "
        "ondertekent namens het bevoegd gezag.",
        "Bij de aanvraag horen het groeidocument met het ontwikkelingsperspectief, het verslag van het laatste "
        "ondersteuningsteam en de zienswijze van de ouders.",
        "De secretaris controleert binnen vijf werkdagen of het dossier compleet is.",
        "Twee deskundigen beoordelen het dossier elk afzonderlijk en geven een schriftelijk advies: een "
        "orthopedagoog of psycholoog, en afhankelijk van de vraag een tweede deskundige (een kinderpsychiater, "
        "maatschappelijk werker, arts of pedagoog). De deskundigen zijn niet betrokken geweest bij de aanvraag.",
        "De Commissie Toelaatbaarheid besluit namens het samenwerkingsverband binnen zes weken na ontvangst van "
        "de volledige aanvraag. Ouders ontvangen een afschrift van de deskundigenadviezen.",
    ]))
    b.append(("h2", "6.2 Criteria"))
    b.append(("p", "Een leerling is toelaatbaar tot het speciaal basisonderwijs als aan alle volgende voorwaarden "
                   "is voldaan: de school heeft de basisondersteuning en ten minste één arrangement op niveau 2 "
                   "gedurende minimaal een half jaar ingezet en geëvalueerd; de leerling heeft een "
                   "ontwikkelingsperspectief met een uitstroomverwachting onder het niveau van de reguliere "
                   "school op twee of meer domeinen, of de leerling heeft een behoefte aan een kleine groep en "
                   "orthopedagogisch klimaat die de reguliere school niet kan bieden; en de deskundigen "
                   "onderschrijven dat een reguliere setting met extra ondersteuning niet volstaat."))
    b.append(("p", "Een leerling is toelaatbaar tot het speciaal onderwijs als daarnaast sprake is van een "
                   "ondersteuningsbehoefte die ook in het speciaal basisonderwijs niet kan worden geboden, "
                   "bijvoorbeeld door een ernstige verstandelijke beperking (IQ lager dan 55 of een "
                   "vergelijkbaar ontwikkelingsniveau), langdurige ziekte of lichamelijke beperking waarvoor "
                   "medische zorg in de school nodig is, of ernstige gedrags- of psychiatrische problematiek "
                   "waarvoor een behandelklimaat nodig is."))
    b.append(("h2", "6.3 Duur, categorie en bezwaar"))
    b.append(("p", "Een TLV voor het speciaal basisonderwijs wordt afgegeven tot het einde van de "
                   "basisschoolperiode. Een TLV voor het speciaal onderwijs heeft een looptijd van twee "
                   "schooljaren, bij ernstig meervoudige beperkingen tot het einde van de basisschoolleeftijd. "
                   "Voor het speciaal onderwijs bepaalt de commissie de bekostigingscategorie laag, midden of "
                   "hoog. Ouders en het schoolbestuur kunnen binnen zes weken bezwaar maken. Het "
                   "samenwerkingsverband is aangesloten bij de Landelijke Bezwaaradviescommissie "
                   "Toelaatbaarheidsverklaringen, die adviseert voordat het bestuur op het bezwaar beslist."))
    b.append(("h2", "6.4 Na de toelaatbaarheidsverklaring"))
    b.append(("p", "Een plaatsing in het speciaal (basis)onderwijs is voor ons geen eindstation. Het uitgangspunt "
                   "is dat een leerling terugkeert naar een reguliere basisschool, bij voorkeur in de eigen "
                   "woonplaats, zodra het ontwikkelingsperspectief laat zien dat de leerling daar met "
                   "ondersteuning verder kan. Voorwaarden daarbij zijn dat de ontvangende school de "
                   "ondersteuningsbehoefte kan invullen binnen de basisondersteuning en een arrangement, dat de "
                   "ouders achter de overstap staan en dat de overstap bij voorkeur plaatsvindt aan het begin van "
                   "een schooljaar of na een vakantie."))
    b.append(("p", "Een teruggeplaatste leerling krijgt een terugkeerarrangement: gedurende maximaal een schooljaar "
                   "begeleidt een leerkracht van de sbo- of so-school de leerling en de nieuwe leerkracht, en de "
                   "ontvangende school ontvangt een bedrag voor extra handen in de klas. Dit arrangement wordt "
                   "bekostigd uit het arrangementenbudget van het samenwerkingsverband."))
    b.append(("p", "Hoe een terugplaatsing stap voor stap verloopt, wie het initiatief neemt en op welk moment "
                   "het besluit wordt genomen, werken wij in het schooljaar 2025-2026 uit samen met de directeuren "
                   "van de sbo- en so-scholen. Tot die tijd maken de betrokken scholen per leerling afspraken."))

    b.append(("h1", "7 Resultaten en kwaliteit"))
    b.append(("p", "Kwaliteit begint bij heldere afspraken en het nakomen daarvan. In deze planperiode bouwen wij "
                   "een kwaliteitskader op dat past bij de schaal van De Waterlinie. Welke resultaten wij met dit "
                   "plan willen bereiken en op welke manier wij volgen of dat lukt, leggen wij vast zodra dat "
                   "kader gereed is. Wij verwachten dat in de loop van 2026. Wij zullen daarbij aansluiten bij "
                   "wat andere samenwerkingsverbanden in de provincie doen, zodat vergelijking mogelijk wordt."))
    b.append(("p", "Wij hechten aan een cultuur waarin scholen van elkaar leren. Goede voorbeelden uit de "
                   "netwerken worden gedeeld op de studiedag en in de nieuwsbrief voor intern begeleiders."))

    b.append(("h1", "8 Geld en middelen"))
    b.append(("h2", "8.1 Inkomsten"))
    b.append(("p", "Het samenwerkingsverband ontvangt van het Rijk een budget voor lichte en zware ondersteuning. "
                   "Van dit budget houdt DUO de bekostiging af voor de leerlingen in het speciaal onderwijs en "
                   "de overdracht aan het speciaal basisonderwijs boven de 2 procent. Het resterende bedrag is "
                   "in 2025 naar verwachting € 6.840.000."))
    b.append(("h2", "8.2 Verdeling"))
    b.append(("p", "De besturen ontvangen een schoolbudget van € 145 per leerling op basis van het leerlingaantal "
                   "op 1 oktober van het voorgaande jaar, plus een vaste voet van € 7.500 per vestiging. Het "
                   "schoolbudget wordt in vier termijnen overgemaakt. Het arrangementenbudget (niveau 2 en 3) "
                   "blijft bovenschools: een school vraagt een arrangement aan bij het loket, de consulent "
                   "beoordeelt de aanvraag binnen vier weken aan de hand van de criteria in paragraaf 6.2 en de "
                   "inzet van de basisondersteuning, en kent het arrangement toe voor maximaal een schooljaar. "
                   "De verdeelsleutel wordt iedere twee jaar geëvalueerd door het bestuurlijk overleg."))
    b.append(("h2", "8.3 Meerjarenbegroting"))
    b.append(("table", [["Bedragen x € 1.000", "2025", "2026", "2027", "2028"],
                        ["Schoolbudgetten besturen", "2.112", "2.090", "2.070", "2.050"],
                        ["Arrangementen niveau 2 en 3", "1.480", "1.520", "1.540", "1.540"],
                        ["Bovenschoolse voorzieningen (De Brug, plusklas, taalklas)", "820", "900", "1.010", "1.010"],
                        ["Overdracht sbo (groei)", "1.150", "1.130", "1.100", "1.080"],
                        ["Expertiseteam en consulenten", "760", "775", "790", "805"],
                        ["Bureau, bestuur en huisvesting", "420", "428", "436", "445"],
                        ["Thuiszitters en maatwerk", "98", "100", "100", "100"],
                        ["Totaal lasten", "6.840", "6.943", "7.046", "7.030"],
                        ["Resultaat", "0", "-103", "-206", "-190"]]))
    b.append(("p", "De begroting is in de eerste drie jaren bewust negatief: het samenwerkingsverband zet een "
                   "deel van de reserve in. De algemene reserve bedraagt op 1 januari 2025 € 1,9 miljoen; de "
                   "signaleringswaarde van de Inspectie ligt op € 1,2 miljoen. Aan het einde van de planperiode "
                   "ligt de reserve naar verwachting net boven die waarde."))
    b.append(("h2", "8.4 Verantwoording"))
    b.append(("p", "Iedere school verantwoordt jaarlijks vóór 1 maart in een korte rapportage waaraan het "
                   "schoolbudget is besteed. Arrangementen worden per leerling geëvalueerd voordat een "
                   "verlenging wordt aangevraagd."))

    b.append(("h1", "9 Communicatie"))
    b.append(("p", "Goede communicatie is voorwaarde voor passend onderwijs. Het samenwerkingsverband "
                   "communiceert met scholen via de nieuwsbrief voor intern begeleiders (zes keer per jaar), de "
                   "directeurenbijeenkomsten en het besloten deel van de website."))
    b.append(("h2", "9.1 Informatie voor ouders"))
    b.append(("p", "Ouders vinden op de ouderpagina van onze website uitleg over de ondersteuning die iedere "
                   "school biedt, over arrangementen en over de weg naar het speciaal (basis)onderwijs. De folder "
                   "'Passend onderwijs in De Waterlinie' ligt op iedere school en is beschikbaar in het Nederlands, "
                   "Engels, Pools en Arabisch. Iedere school neemt in de schoolgids op welke ondersteuning zij "
                   "biedt en verwijst naar de ouderpagina. Twee keer per jaar organiseert het samenwerkingsverband "
                   "een informatieavond voor ouders, afwisselend in Lingebroek en Vijfheerendorp. Ouders kunnen "
                   "met vragen ook rechtstreeks bellen of mailen met de contactpersoon ouders op het bureau."))
    b.append(("h2", "9.2 Onafhankelijke hulp"))
    b.append(("p", "Sommige ouders willen met iemand praten die niet van de school of het samenwerkingsverband is. "
                   "Daarvoor is er het Ouder- en jeugdsteunpunt De Waterlinie, dat wordt uitgevoerd door een "
                   "onafhankelijke stichting voor cliëntondersteuning. Het steunpunt is bereikbaar via telefoon "
                   "en e-mail en houdt spreekuur in de bibliotheken. Daarnaast kunnen ouders gratis terecht bij de "
                   "Onderwijsconsulenten. Bij een geschil over toelating, verwijdering of het "
                   "ontwikkelingsperspectief kunnen ouders zich wenden tot de Geschillencommissie passend "
                   "onderwijs; klachten over het samenwerkingsverband behandelt de klachtencommissie waarbij wij "
                   "zijn aangesloten."))

    b.append(("h1", "10 Samenwerking met gemeenten en jeugdhulp"))
    b.append(("p", "Onderwijs en jeugdhulp raken elkaar dagelijks. Het samenwerkingsverband en de drie gemeenten "
                   "hebben in het op overeenstemming gericht overleg (OOGO) afspraken gemaakt over de aansluiting "
                   "tussen onderwijs en jeugdhulp, leerlingenvervoer, onderwijshuisvesting en thuiszitters. Iedere "
                   "school heeft een vaste contactpersoon in het lokale team. Voor leerlingen die zorg in "
                   "onderwijstijd nodig hebben, is een werkwijze afgesproken waarin de gemeente de zorg en het "
                   "samenwerkingsverband het onderwijsdeel financiert."))
    b.append(("p", "De wethouders onderwijs en jeugd en de directeur-bestuurder komen twee keer per jaar bijeen. "
                   "Ambtelijk is er maandelijks overleg. Gezamenlijke thema's voor deze planperiode zijn de "
                   "wachttijden in de jeugd-ggz, vroegsignalering bij het jonge kind en de inzet van de "
                   "praktijkondersteuner jeugd op school."))

    b.append(("h1", "11 Organisatie en governance"))
    b.extend(governance(CA))
    b.append(("h1", "12 Personeel en professionalisering"))
    b.extend(personeel(CA))
    b.extend(professionalisering(CA))
    b.append(("h1", "13 ICT en privacy"))
    b.extend(ict_privacy(CA))
    b.append(("h1", "14 Planning en vaststelling"))
    b.extend(vaststelling(CA))
    b.append(("table", [["Periode", "Activiteit"],
                        ["2025-2026", "Uitwerking stappenplan terugplaatsing; start kwaliteitskader"],
                        ["2026-2027", "Onderwijs-zorggroep jonge kind; herhaling analyse witte vlekken"],
                        ["2027-2028", "Evaluatie verdeelsleutel; vervanging dossiersysteem"],
                        ["2028-2029", "Voorbereiding nieuw ondersteuningsplan"]]))

    b.append(("h1", "Bijlage A Begrippenlijst"))
    b.append(("ul", [
        "Basisondersteuning: het door de besturen afgesproken niveau van ondersteuning dat iedere school biedt.",
        "Terugplaatsing: de overstap van een leerling van het sbo of so naar een reguliere basisschool.",
        "Toelaatbaarheidsverklaring (TLV): besluit van het samenwerkingsverband dat een leerling toelaatbaar is "
        "tot het sbo of so.",
        "Resultaten: de beoogde en bereikte effecten van het beleid van het samenwerkingsverband.",
        "Ouder- en jeugdsteunpunt: onafhankelijk steunpunt voor ouders en jeugdigen.",
        "Meerjarenbegroting: de begroting voor de komende vier jaar.",
        "Dekkend aanbod: een netwerk van voorzieningen waarin voor ieder kind een passende plek is."]))
    b.append(("h1", "Bijlage B Afkortingen"))
    b.append(("ul", ["IB - intern begeleider", "OOGO - op overeenstemming gericht overleg",
                     "OPR - ondersteuningsplanraad", "OPP - ontwikkelingsperspectief",
                     "SBO - speciaal basisonderwijs", "SO - speciaal onderwijs",
                     "SOP - schoolondersteuningsprofiel", "TLV - toelaatbaarheidsverklaring"]))
    return b


# ---------------------------------------------------------------------------
# Plan B: PO, .pdf (from .docx), Heuvelrand Zuid
# ---------------------------------------------------------------------------
CB = dict(name="Stichting Passend Onderwijs Heuvelrand Zuid", short="Heuvelrand Zuid",
          statuten="2 juli 2022", fte="11,2", period="2025-2029", opr="27 maart 2025",
          oogo="19 maart 2025", vastgesteld="15 april 2025",
          gemeenten="Bosrande, Heidestein en Wolfsbergen")


def plan_b():
    b = []
    b.append(("title", ["Ondersteuningsplan 2025 - 2029",
                        "Stichting Passend Onderwijs Heuvelrand Zuid (PO 31-04)",
                        "Ieder kind een plek die past"]))
    b.append(("toc", [
        "Voorwoord", "1 Waar wij voor staan", "2 Terugblik op de planperiode 2021-2025",
        "3 Ons ondersteuningsmodel", "3.1 Basisondersteuning", "3.2 Extra ondersteuning",
        "3.3 Bovenschoolse voorzieningen", "3.4 Thuiszitters en wachtlijsten",
        "4 Toelaatbaarheid", "5 Weer naar een school in de wijk", "6 Ouders",
        "7 Ambities 2025-2029", "8 Financiën en meerjarenbegroting", "9 Gemeenten en jeugdhulp",
        "10 Bestuur en organisatie", "11 Medewerkers", "12 Digitale voorzieningen en privacy",
        "13 Vaststelling", "Bijlage 1 Begrippen", "Bijlage 2 Kwaliteitskaart basisondersteuning",
        "Bijlage 5 Meerjarenbegroting 2025-2029"]))
    b.append(("h1", "Voorwoord"))
    b.append(("p", "Met trots presenteren wij het ondersteuningsplan 2025-2029 van Heuvelrand Zuid. In de "
                   "afgelopen vier jaar is er veel bereikt. Er zitten minder kinderen thuis, meer kinderen krijgen "
                   "ondersteuning in hun eigen school en de wachttijd voor een toelaatbaarheidsverklaring is "
                   "gehalveerd. Tegelijk zijn er zorgen: de vraag naar speciaal onderwijs stijgt, de jeugdhulp is "
                   "overbelast en scholen missen handen in de klas."))
    b.append(("p", "Dit plan bouwt voort op wat werkt. Wij kiezen voor continuïteit in de organisatie en voor "
                   "een paar duidelijke accenten: de school in de wijk versterken, de overstap terug naar het "
                   "reguliere onderwijs vaker mogelijk maken en de informatie aan ouders verbeteren. Het plan is "
                   "tot stand gekomen na gesprekken met directeuren, intern begeleiders, ouders, de "
                   "ondersteuningsplanraad en de gemeenten."))
    b.append(("p", "Wij wensen iedereen die met dit plan werkt veel inspiratie. Passend onderwijs maken we samen."))
    b.append(("p", "Hans Verbeek, directeur-bestuurder"))

    b.append(("h1", "1 Waar wij voor staan"))
    b.append(("p", "Heuvelrand Zuid is het samenwerkingsverband voor primair onderwijs in de gemeenten Bosrande, "
                   "Heidestein en Wolfsbergen. Negen schoolbesturen met samen 38 basisscholen, twee scholen voor "
                   "speciaal basisonderwijs en drie locaties voor speciaal onderwijs werken samen. Ruim 8.900 "
                   "kinderen gaan in onze regio naar de basisschool."))
    b.append(("p", "Onze opdracht is eenvoudig te formuleren en moeilijk uit te voeren: ieder kind krijgt het "
                   "onderwijs en de ondersteuning die het nodig heeft, zo thuisnabij mogelijk. Wij kijken naar "
                   "wat een kind nodig heeft om zich te ontwikkelen, en naar wat de leerkracht nodig heeft om het "
                   "kind dat te bieden. Ouders zijn daarbij onmisbaar: zij kennen hun kind het best."))
    b.append(("p", "Wij werken vanuit drie principes. Ten eerste: de school is aan zet, het samenwerkingsverband "
                   "ondersteunt. Ten tweede: zo vroeg en zo licht als mogelijk, zo zwaar als nodig. Ten derde: "
                   "we organiseren het eenvoudig, met zo weinig papier als verantwoord is. Deze principes gelden "
                   "voor alles wat in dit plan staat."))
    b.append(("p", "Onze visie sluit aan bij de landelijke verbeteraanpak passend onderwijs. Daarin staat dat "
                   "passend onderwijs er moet zijn voor alle kinderen, dat het onderwijs inclusiever moet worden "
                   "en dat de middelen doelmatig moeten worden ingezet. Wij onderschrijven die richting. Tegelijk "
                   "weten wij dat inclusiever onderwijs niet vanzelf ontstaat. Het vraagt tijd, scholing, "
                   "aangepaste gebouwen en vooral vertrouwen van ouders en leerkrachten dat het kind op de "
                   "reguliere school echt de ondersteuning krijgt die het nodig heeft."))

    b.append(("h1", "2 Terugblik op de planperiode 2021-2025"))
    b.append(("p", "In het vorige plan hadden wij vier doelen geformuleerd. Hieronder staat wat daarvan is "
                   "terechtgekomen. De cijfers komen uit onze eigen registratie en uit de telling van DUO op "
                   "1 oktober."))
    b.append(("table", [["Doel 2021-2025", "Streefwaarde", "Bereikt (1-10-2024)"],
                        ["Deelnamepercentage sbo", "max. 2,0%", "2,2%"],
                        ["Deelnamepercentage so", "max. 1,6%", "1,5%"],
                        ["Aantal thuiszitters (langer dan 4 weken)", "max. 5", "7"],
                        ["Doorlooptijd TLV-aanvraag", "binnen 6 weken", "gemiddeld 4,5 weken"],
                        ["Tevredenheid scholen over consulent", "7,5", "7,9"]]))
    b.append(("p", "Het deelnamepercentage in het speciaal basisonderwijs is niet gedaald, maar licht gestegen. "
                   "Wij zien dat vooral jonge leerlingen met een taalachterstand en gedragsvragen vaker worden "
                   "verwezen. Het aantal thuiszitters is gedaald van 14 in 2021 naar 7, maar het doel van "
                   "maximaal 5 is niet gehaald. In de evaluatie met de besturen is vastgesteld dat de "
                   "samenwerking met leerplicht sterk is verbeterd, maar dat er voor een kleine groep kinderen "
                   "met complexe problematiek nog geen passend aanbod is."))

    b.append(("h1", "3 Ons ondersteuningsmodel"))
    b.append(("h2", "3.1 Basisondersteuning"))
    b.append(("p", "Basisondersteuning is de ondersteuning die alle scholen binnen Heuvelrand Zuid bieden. Het "
                   "gaat om een gezamenlijk afgesproken minimum: iedere school en iedere locatie van een bestuur "
                   "dat bij ons is aangesloten, biedt dit niveau, ongeacht de grootte van de school of de "
                   "samenstelling van de leerlingpopulatie. De besturen hebben zich daar in de "
                   "samenwerkingsovereenkomst aan verbonden."))
    b.append(("p", "Welke voorzieningen en interventies precies tot de basisondersteuning behoren, staat "
                   "beschreven in de Kwaliteitskaart basisondersteuning (bijlage 2). De kaart wordt jaarlijks in "
                   "het directeurenoverleg besproken. Scholen beschrijven in hun schoolondersteuningsprofiel hoe "
                   "zij de kwaliteitskaart invullen."))
    b.append(("h2", "3.2 Extra ondersteuning"))
    b.append(("p", "Soms is basisondersteuning niet genoeg. De school kan dan een beroep doen op het "
                   "expertiseteam van het samenwerkingsverband. Het expertiseteam bestaat uit orthopedagogen, "
                   "gedragsspecialisten, een logopedist en specialisten jonge kind. In een "
                   "ondersteuningsoverleg met de school en de ouders wordt besproken wat de leerling nodig heeft. "
                   "Dat kan zijn: begeleiding van de leerkracht in de klas, een kortdurende individuele "
                   "begeleiding van de leerling, een aanpassing van het programma met advies van een "
                   "specialist, of tijdelijke plaatsing in een bovenschoolse voorziening."))
    b.append(("h2", "3.3 Bovenschoolse voorzieningen"))
    b.append(("table", [["Voorziening", "Voor wie", "Capaciteit"],
                        ["Kernklas Bosrande", "Leerlingen groep 3-8 met gedragsvragen, 1 jaar", "12 plaatsen"],
                        ["Plusklas (twee locaties)", "Meer- en hoogbegaafde leerlingen, 1 dagdeel per week",
                         "60 plaatsen"],
                        ["Taalschool Heidestein", "Nieuwkomers, eerste jaar in Nederland", "45 plaatsen"],
                        ["Observatiegroep jonge kind", "Kinderen 4-6 jaar, onduidelijke ondersteuningsvraag",
                         "8 plaatsen"],
                        ["Sbo De Kring en sbo Het Palet", "Leerlingen met TLV sbo", "ca. 200 leerlingen"],
                        ["So De Horizon (3 locaties)", "Leerlingen met TLV so, cluster 3 en 4",
                         "ca. 140 leerlingen"]]))
    b.append(("p", "Samen met de basisondersteuning en de extra ondersteuning vormen deze voorzieningen een "
                   "doorlopende reeks, van licht naar zwaar. Een leerling stroomt zo nodig door naar een "
                   "zwaardere voorziening, maar ook weer terug."))
    b.append(("h2", "3.4 Thuiszitters en wachtlijsten"))
    b.append(("p", "Wanneer een leerling niet naar school gaat, of geen school heeft die past, meldt de school "
                   "dit direct bij de leerplichtambtenaar en bij het samenwerkingsverband. De casusregisseur van "
                   "het samenwerkingsverband zorgt ervoor dat er binnen tien schooldagen een plan ligt. Elke "
                   "zes weken bespreken de casusregisseur, leerplicht en de gemeente alle thuiszitters en alle "
                   "leerlingen met een vrijstelling. Wachtlijsten voor de bovenschoolse voorzieningen en het "
                   "speciaal onderwijs worden maandelijks geïnventariseerd; zijn er meer dan vijf wachtenden voor "
                   "een voorziening, dan bespreekt het bestuurlijk overleg binnen een maand of uitbreiding nodig is."))

    b.append(("h1", "4 Toelaatbaarheid"))
    b.append(("p", "Als een leerling het beste op zijn plek is in het speciaal basisonderwijs of het speciaal "
                   "onderwijs, is een toelaatbaarheidsverklaring nodig. Het schoolbestuur van de school waar de "
                   "leerling is ingeschreven, vraagt de TLV aan bij het Centrum voor Toewijzing (CvT). In de "
                   "aanvraag zitten het groeidocument, het ontwikkelingsperspectief en de mening van de ouders. "
                   "Het CvT vraagt advies aan twee deskundigen: altijd een orthopedagoog of psycholoog en "
                   "daarnaast een tweede deskundige die past bij de vraag, bijvoorbeeld een jeugdarts of een "
                   "maatschappelijk werker. Het CvT neemt binnen zes weken een besluit. Bij spoed kan dat binnen "
                   "tien werkdagen."))
    b.append(("p", "Het CvT beoordeelt de aanvraag aan de hand van de volgende criteria."))
    b.append(("table", [["", "Speciaal basisonderwijs", "Speciaal onderwijs"],
                        ["Voorafgaande ondersteuning", "Minimaal 6 maanden extra ondersteuning ingezet en "
                         "geëvalueerd", "Minimaal 6 maanden extra ondersteuning, of sbo, of aantoonbaar niet "
                         "zinvol"],
                        ["Onderwijsbehoefte", "Kleine groep (max. 16), structuur en orthopedagogisch klimaat de "
                         "hele dag nodig", "Intensieve zorg of behandeling tijdens onderwijstijd, of aangepast "
                         "onderwijsprogramma (cluster 3/4)"],
                        ["Ontwikkelingsperspectief", "Uitstroom naar vmbo-basis/kader of pro verwacht, of "
                         "sociaal-emotionele problematiek die groepsinstructie belemmert", "Uitstroom naar "
                         "arbeidsmarkt/dagbesteding of vervolgonderwijs alleen met intensieve begeleiding"],
                        ["Deskundigen", "Beide adviezen positief", "Beide adviezen positief"],
                        ["Geldigheid", "Tot einde basisschool", "1 of 2 schooljaren; categorie laag, midden "
                         "of hoog"]]))
    b.append(("p", "Ouders en schoolbestuur kunnen binnen zes weken na de datum van het besluit bezwaar maken bij "
                   "het bestuur van het samenwerkingsverband. Het bestuur vraagt advies aan de Landelijke "
                   "Bezwaaradviescommissie TLV voordat het op het bezwaar beslist."))

    b.append(("h1", "5 Weer naar een school in de wijk"))
    b.append(("p", "Wij willen dat meer kinderen uit het speciaal (basis)onderwijs weer naar een gewone school in "
                   "hun eigen wijk of dorp gaan, als dat kan. Niet omdat het goedkoper is, maar omdat kinderen "
                   "dan met buurtkinderen opgroeien en minder tijd in een taxi zitten. Een kind keert terug als "
                   "het ontwikkelingsperspectief en de ervaring van de sbo- of so-school laten zien dat het kind "
                   "in een reguliere groep kan leren, eventueel met extra ondersteuning, en als er een school is "
                   "die de ondersteuning kan bieden."))
    b.append(("p", "Zo gaat het in de praktijk:"))
    b.append(("ol", [
        "Ieder jaar in februari bespreekt de sbo- of so-school in de evaluatie van het ontwikkelingsperspectief "
        "bij iedere leerling of terugkeer naar een reguliere school haalbaar is. De commissie van begeleiding "
        "van de school geeft een advies.",
        "Voor leerlingen van wie de TLV aan het einde van het schooljaar afloopt, gebeurt dat altijd, uiterlijk "
        "op 1 maart.",
        "Is terugkeer haalbaar, dan neemt de sbo- of so-school contact op met de ouders en met een reguliere "
        "school naar keuze van de ouders. De consulent van het samenwerkingsverband sluit aan.",
        "De reguliere school besluit over de inschrijving. De leerling kan eerst enkele dagen per week "
        "meedraaien (proefplaatsing, maximaal acht weken).",
        "Is terugkeer niet haalbaar, dan vraagt de school tijdig een nieuwe TLV aan.",
    ]))
    b.append(("p", "Na de terugkeer volgt de sbo- of so-school de leerling nog een jaar. Een ambulant begeleider "
                   "komt in de eerste drie maanden wekelijks, daarna maandelijks. Wij houden bij hoeveel "
                   "leerlingen terugkeren: in 2023-2024 waren dat er 17."))

    b.append(("h1", "6 Ouders"))
    b.append(("p", "Ouders moeten weten waar zij aan toe zijn. Iedere school geeft ouders bij de aanmelding "
                   "informatie over de ondersteuning op de school. Het samenwerkingsverband heeft een ouderpagina "
                   "op de website met uitleg, filmpjes en antwoorden op veelgestelde vragen. Daarnaast is er een "
                   "ouderfolder over de TLV en een folder over het expertiseteam. Twee keer per jaar is er een "
                   "ouderavond over een actueel thema. Nieuwe ouders van leerlingen met een ondersteuningsvraag "
                   "kunnen een gesprek aanvragen met een consulent."))
    b.append(("p", "Ouders zijn partner. Zij zitten aan tafel bij het ondersteuningsoverleg, geven hun mening bij "
                   "de aanvraag van een TLV en hebben een stem in de ondersteuningsplanraad."))
    b.append(("p", "Niet alle vragen kunnen door de school of door ons worden beantwoord. Voor onafhankelijk advies "
                   "en ondersteuning verwijzen wij ouders naar de organisaties die op onze website staan vermeld."))

    b.append(("h1", "7 Ambities 2025-2029"))
    b.append(("p", "Voor de nieuwe planperiode hebben wij onze ambities vertaald in meetbare doelen."))
    b.append(("table", [["Ambitie", "Indicator", "Nu (2024)", "Doel 2029"],
                        ["Meer kinderen in de wijk", "Deelnamepercentage sbo", "2,2%", "1,9%"],
                        ["Geen kind thuis", "Thuiszitters langer dan 4 weken", "7", "0 - 3"],
                        ["Vaker terug", "Terugplaatsingen per jaar", "17", "25"],
                        ["Snelle toewijzing", "Doorlooptijd TLV", "4,5 weken", "4 weken"],
                        ["Tevreden ouders", "Oordeel ouders over ondersteuning", "niet gemeten", "7,5"]]))
    b.append(("p", "Wij volgen de voortgang met een dashboard dat iedere zes maanden wordt bijgewerkt met de "
                   "registratie van het CvT, de thuiszittersregistratie en de DUO-telling van 1 oktober. Het "
                   "dashboard wordt besproken in het bestuurlijk overleg en met de ondersteuningsplanraad. In het "
                   "jaarverslag rapporteren wij over alle indicatoren. In 2026 meten wij voor het eerst de "
                   "tevredenheid van ouders met een korte vragenlijst; in 2028 herhalen wij die meting. Halverwege "
                   "de planperiode, in het voorjaar van 2027, evalueren wij de ambities met alle besturen."))

    b.append(("h1", "8 Financiën en meerjarenbegroting"))
    b.append(("p", "De financiële paragraaf van dit plan wordt na de publicatie van de definitieve bekostiging "
                   "voor 2025-2026 afzonderlijk door de raad van toezicht vastgesteld en daarna als aanvulling bij "
                   "dit plan gevoegd. Daarin komen de verdeling van de middelen over de besturen en de "
                   "meerjarenbegroting aan de orde. Zie ook bijlage 5."))

    b.append(("h1", "9 Gemeenten en jeugdhulp"))
    b.append(("p", "De drie gemeenten en het samenwerkingsverband werken samen in het Regionaal Overleg Onderwijs "
                   "en Jeugd. In het OOGO hebben wij afgesproken dat iedere school een vaste medewerker van het "
                   "wijkteam heeft, dat jeugdhulp in de school kan worden geboden als dat het kind helpt, en dat "
                   "wij samen optrekken bij thuiszitters. Voor kinderen die zowel onderwijs als zorg nodig hebben, "
                   "zijn er in Bosrande en Heidestein onderwijs-zorgarrangementen. Het leerlingenvervoer en de "
                   "onderwijshuisvesting blijven verantwoordelijkheden van de gemeenten; daarover vindt jaarlijks "
                   "overleg plaats."))
    b.append(("p", "Een gezamenlijk speerpunt voor de komende jaren is het jonge kind. Samen met de "
                   "jeugdgezondheidszorg en de kinderopvang willen wij ontwikkelingsvragen eerder signaleren, "
                   "zodat kinderen bij de start in groep 1 al de juiste begeleiding krijgen."))

    b.append(("h1", "10 Bestuur en organisatie"))
    b.extend(governance(CB))
    b.append(("h1", "11 Medewerkers"))
    b.extend(personeel(CB))
    b.extend(professionalisering(CB))
    b.append(("h1", "12 Digitale voorzieningen en privacy"))
    b.extend(ict_privacy(CB))
    b.append(("h1", "13 Vaststelling"))
    b.extend(vaststelling(CB))
    b.append(("h1", "Bijlage 1 Begrippen"))
    b.append(("table", [["Begrip", "Betekenis"],
                        ["Basisondersteuning", "Afgesproken niveau van ondersteuning op alle scholen, met o.a. "
                         "dyslexieprotocol, IB, aanbod meer- en hoogbegaafden en sociaal-emotionele methode."],
                        ["Meerjarenbegroting", "Begroting voor vier jaar, vastgesteld door de raad van toezicht."],
                        ["Verdeelmodel", "Regels voor de verdeling van de ondersteuningsmiddelen over besturen."],
                        ["Onderwijsconsulenten", "Onafhankelijke adviseurs voor ouders bij vastgelopen situaties."],
                        ["Ouder- en jeugdsteunpunt", "Steunpunt dat ouders en jongeren onafhankelijk informeert "
                         "en ondersteunt."],
                        ["CvT", "Centrum voor Toewijzing van Heuvelrand Zuid."]]))
    return b


# ---------------------------------------------------------------------------
# Plan C: PO, .pdf (from .docx), Veenstreek - "op hoofdlijnen"
# ---------------------------------------------------------------------------
CC = dict(name="Samenwerkingsverband Primair Onderwijs Veenstreek", short="SWV Veenstreek",
          statuten="9 december 2021", fte="9,8", period="2025-2029", opr="3 april 2025",
          oogo="25 maart 2025", vastgesteld="22 april 2025",
          gemeenten="Turfwijk, Oostermoer en Mondenveld")


def plan_c():
    b = []
    b.append(("title", ["Koers op passend onderwijs",
                        "Ondersteuningsplan op hoofdlijnen 2025-2029",
                        "Samenwerkingsverband Primair Onderwijs Veenstreek (PO 20-02)"]))
    b.append(("toc", [
        "Voorwoord 2", "1 Een plan op hoofdlijnen 3", "2 Veenstreek in cijfers 4", "3 Onze koers 6",
        "4 Wat elke school waarmaakt 8", "5 Het ondersteuningsnetwerk 11",
        "5.3 Plaatsing in sbo en so 14", "5.4 Terug naar het regulier onderwijs 15",
        "6 Ouders als partner 16", "7 Kwaliteit en verantwoording 18", "8 Financieel kader 20",
        "9 Samenwerking met de gemeenten 22", "10 Organisatie 23", "11 Personeel 25",
        "12 ICT en gegevensbescherming 26", "13 Totstandkoming 27", "Begrippenlijst 28"]))
    b.append(("h1", "Voorwoord"))
    b.append(("p", "Dit is het ondersteuningsplan van Samenwerkingsverband Primair Onderwijs Veenstreek voor de "
                   "schooljaren 2025-2029. Wij hebben gekozen voor een plan op hoofdlijnen. Een dik plan dat in "
                   "een la verdwijnt, helpt niemand. Dit plan zet de koers uit; de uitwerking staat in handboeken, "
                   "in het jaarplan en op onze website, zodat wij die snel kunnen aanpassen als de praktijk daarom "
                   "vraagt."))
    b.append(("p", "De Veenstreek is een regio met krimp, met een hoog percentage leerlingen uit gezinnen met "
                   "weinig geld en met lange reisafstanden. Dat vraagt om creativiteit. Onze scholen laten iedere "
                   "dag zien dat zij die hebben. Wij bedanken alle leerkrachten, intern begeleiders, directeuren, "
                   "ouders en partners die aan dit plan hebben bijgedragen."))
    b.append(("p", "Jolanda Smid-Boer, directeur-bestuurder"))

    b.append(("h1", "1 Een plan op hoofdlijnen"))
    b.append(("p", "Dit plan beschrijft op hoofdlijnen hoe de twaalf aangesloten besturen samen zorgen voor passend "
                   "onderwijs. Het plan is bewust kort gehouden. Waar nodig verwijzen wij naar uitwerkingen die "
                   "jaarlijks worden geactualiseerd. Het plan volgt de onderwerpen die de wet voorschrijft, maar "
                   "niet altijd in dezelfde volgorde. Hoofdstuk 4 gaat over wat iedere school biedt, hoofdstuk 5 "
                   "over het netwerk van voorzieningen daarbovenop, hoofdstuk 6 over ouders, hoofdstuk 7 over "
                   "kwaliteit en hoofdstuk 8 over geld."))
    b.append(("p", "Het plan op hoofdlijnen heeft voordelen: het is leesbaar, het is flexibel en het dwingt ons "
                   "om keuzes te maken. Het heeft ook een nadeel: niet alles staat op één plek. Wij hebben daarom "
                   "op de website een overzicht gemaakt van alle documenten die bij dit plan horen."))
    b.append(("table", [["Document", "Status", "Vindplaats"],
                        ["Handboek Toewijzing (arrangementen en toelaatbaarheid)", "jaarlijks geactualiseerd",
                         "website"],
                        ["Stappenplan terugplaatsing", "in ontwikkeling", "-"],
                        ["Jaarplan 2025-2026", "vastgesteld", "website"],
                        ["Meerjarenbegroting 2025-2029", "volgt", "-"],
                        ["Schoolondersteuningsprofielen", "per school", "websites scholen"]]))
    b.append(("p", "Wie het plan leest, moet dus soms doorklikken. Wij vinden dat verantwoord, omdat de kaders "
                   "in dit plan staan en de uitwerkingen door dezelfde organen worden vastgesteld. Wijzigingen in "
                   "de uitwerkingen die de kaders raken, leggen wij opnieuw aan de ondersteuningsplanraad voor. "
                   "Zo blijft de medezeggenschap gewaarborgd, ook als een document buiten dit plan wordt "
                   "aangepast."))

    b.append(("h1", "2 Veenstreek in cijfers"))
    b.append(("p", "De cijfers in dit hoofdstuk komen uit de leerlingtelling van 1 oktober 2024 en uit onze eigen "
                   "registratie. Wij publiceren deze kengetallen ieder jaar in het jaarverslag en bespreken ze met "
                   "het bestuur en de ondersteuningsplanraad."))
    b.append(("table", [["Kengetal", "2021", "2022", "2023", "2024", "Landelijk 2024"],
                        ["Leerlingen basisonderwijs", "7.412", "7.288", "7.140", "7.023", "-"],
                        ["Deelname sbo", "2,6%", "2,5%", "2,5%", "2,4%", "2,5%"],
                        ["Deelname so", "1,9%", "1,9%", "2,0%", "2,1%", "1,8%"],
                        ["Afgegeven TLV's", "104", "97", "101", "86", "-"],
                        ["Arrangementen (individueel en groep)", "188", "196", "205", "212", "-"],
                        ["Thuiszitters (peildatum 1 oktober)", "11", "12", "8", "9", "-"],
                        ["Vrijstellingen art. 5a", "6", "5", "7", "6", "-"]]))
    b.append(("p", "Opvallend is dat het deelnamepercentage in het speciaal onderwijs langzaam stijgt en boven het "
                   "landelijk gemiddelde ligt, terwijl het speciaal basisonderwijs iets daalt. Het aantal "
                   "arrangementen neemt toe. Wij zien dat als een teken dat scholen vaker ondersteuning in de eigen "
                   "school organiseren. Het aantal thuiszitters schommelt; achter ieder getal zit een kind."))
    b.append(("p", "De regio telt twaalf schoolbesturen, 46 basisscholen, één school voor speciaal basisonderwijs "
                   "met twee locaties en twee scholen voor speciaal onderwijs. Ruim een derde van de scholen heeft "
                   "minder dan honderd leerlingen."))

    b.append(("h1", "3 Onze koers"))
    b.append(("p", "Onze koers laat zich samenvatten in drie woorden: dichtbij, deskundig, doorgaand. Dichtbij: "
                   "ondersteuning zo dicht mogelijk bij het kind en de leerkracht. Deskundig: leerkrachten krijgen "
                   "de kennis en de hulp die zij nodig hebben. Doorgaand: geen breuken in de schoolloopbaan, van de "
                   "voorschool tot het voortgezet onderwijs."))
    b.append(("p", "Wij geloven dat scholen samen meer kunnen dan alleen. Kleine scholen kunnen niet alles zelf. "
                   "Daarom organiseren wij expertise bovenschools en delen wij kennis tussen scholen en besturen. "
                   "Tegelijk blijven schoolbesturen verantwoordelijk voor de kwaliteit van hun eigen onderwijs. "
                   "Het samenwerkingsverband stelt kaders, ondersteunt en bewaakt; het neemt het werk van de "
                   "school niet over."))
    b.append(("p", "De koers vraagt ook iets van de manier waarop wij met elkaar omgaan. Wij willen dat besturen "
                   "elkaar aanspreken, dat problemen vroeg op tafel komen en dat wij ons als regio samen "
                   "verantwoordelijk voelen voor ieder kind, ook als dat kind op een school van een ander bestuur "
                   "zit. Middelen volgen de ondersteuning, niet andersom."))

    b.append(("h1", "4 Wat elke school waarmaakt"))
    b.append(("p", "Ouders moeten erop kunnen rekenen dat hun kind, op welke school in de Veenstreek dan ook, een "
                   "vaste kern aan ondersteuning krijgt. De besturen hebben die kern samen vastgelegd en daaraan "
                   "houden alle scholen en al hun vestigingen zich. Wij noemen dat de Veenstreek-standaard. Wat "
                   "een school bovenop de standaard doet, beschrijft zij zelf in haar schoolondersteuningsprofiel."))
    b.append(("p", "De Veenstreek-standaard omvat tien afspraken:"))
    b.append(("ol", [
        "Een intern begeleider die ten minste één dag per week beschikbaar is voor iedere 150 leerlingen.",
        "Vroegsignalering bij kleuters met een vast observatie-instrument en een overdracht van de voorschool.",
        "Een aanpak voor lezen en spellen met extra instructie voor zwakke lezers en een dyslexieprotocol.",
        "Een aanpak voor rekenen met extra instructie en een dyscalculieprotocol.",
        "Een programma voor sociaal-emotioneel leren in alle groepen en een pestprotocol.",
        "Aanbod voor kinderen die meer aankunnen: compacten en verrijken in de eigen groep.",
        "Handelingsgericht werken: groepsplannen of een vergelijkbare werkwijze, met drie groepsbesprekingen per "
        "jaar.",
        "Een ontwikkelingsperspectief voor iedere leerling die een eigen leerlijn volgt.",
        "Een rustige werkplek of time-out-plek in de school voor leerlingen die even niet in de groep kunnen zijn.",
        "Samenwerking met de jeugdverpleegkundige en een vaste contactpersoon van het lokale team.",
    ]))
    b.append(("p", "De consulenten van het samenwerkingsverband bezoeken iedere school eens per jaar en bespreken "
                   "met de directeur en intern begeleider of de school aan de standaard voldoet. Waar dat niet zo "
                   "is, maakt de school een verbeterplan, dat na een half jaar wordt besproken."))

    b.append(("h1", "5 Het ondersteuningsnetwerk"))
    b.append(("h2", "5.1 Van licht naar zwaar"))
    b.append(("p", "Bovenop de Veenstreek-standaard staat een netwerk van ondersteuning dat scholen samen met het "
                   "samenwerkingsverband organiseren. Het netwerk heeft vier lagen. De eerste laag is de "
                   "ondersteuning van de leerkracht door het ondersteuningsteam van de school, waarin de consulent "
                   "van het samenwerkingsverband meedenkt. De tweede laag bestaat uit arrangementen in de eigen "
                   "school: extra begeleiding, een specialist of een aangepast programma. De derde laag bestaat "
                   "uit de bovenschoolse voorzieningen: de Veenklas voor leerlingen met gedragsvragen in Turfwijk, "
                   "de plusklas in Oostermoer en de nieuwkomersgroep in Mondenveld. De vierde laag is het "
                   "speciaal basisonderwijs (De Turfstek, twee locaties) en het speciaal onderwijs (De Zandloper "
                   "voor cluster 3, Het Baken voor cluster 4)."))
    b.append(("p", "De lagen zijn geen trap die een kind moet opklimmen. Soms heeft een kind direct een "
                   "zwaardere vorm nodig. De vraag is steeds: wat heeft dit kind nu nodig, en waar kan dat het "
                   "best? Het ondersteuningsteam van de school beantwoordt die vraag samen met de ouders."))
    b.append(("h2", "5.2 Geen kind buiten de boot"))
    b.append(("p", "Iedere leerling die langer dan drie weken niet of maar gedeeltelijk naar school gaat, wordt door "
                   "de school binnen een week gemeld bij het samenwerkingsverband. De consulent belegt binnen tien "
                   "werkdagen een overleg met school, ouders, leerplicht en zo nodig jeugdhulp. Het overleg maakt "
                   "een plan met een datum waarop het kind weer onderwijs volgt. Als scholen of besturen het niet "
                   "eens worden, beslist de directeur-bestuurder welke school de leerling een plek biedt. Wij "
                   "houden twee keer per jaar met de besturen een analyse van de plekken die ontbreken. Uit de "
                   "laatste analyse bleek dat er in het noorden van de regio geen aanbod is voor kinderen die "
                   "naast onderwijs ook dagbehandeling nodig hebben. In 2026 start daarom in Turfwijk een "
                   "onderwijs-zorggroep van acht plaatsen."))
    b.append(("h2", "5.3 Plaatsing in sbo en so"))
    b.append(("p", "Voor leerlingen die het best op hun plek zijn in het speciaal basisonderwijs of het speciaal "
                   "onderwijs, geeft het samenwerkingsverband een toelaatbaarheidsverklaring af. Hoe een school "
                   "een toelaatbaarheidsverklaring aanvraagt en op grond waarvan het samenwerkingsverband beslist, "
                   "staat in het Handboek Toewijzing, dat op de website van het samenwerkingsverband te vinden is "
                   "en jaarlijks wordt geactualiseerd."))
    b.append(("h2", "5.4 Terug naar het regulier onderwijs"))
    b.append(("p", "Deze paragraaf wordt ingevuld nadat de pilot 'Terug naar de basis' met De Turfstek in het "
                   "voorjaar van 2026 is geëvalueerd."))
    b.append(("h2", "5.5 Doorgaande lijn"))
    b.append(("p", "Met de voorscholen en de kinderopvang is afgesproken dat kinderen met een ondersteuningsvraag "
                   "met een warme overdracht naar de basisschool gaan. Met het samenwerkingsverband voortgezet "
                   "onderwijs is afgesproken dat voor iedere leerling met een ontwikkelingsperspectief in groep 8 "
                   "een overdrachtsgesprek plaatsvindt."))

    b.append(("h1", "6 Ouders als partner"))
    b.append(("p", "Ouders zijn onze belangrijkste partners. Zij kennen hun kind, en zij moeten weten wat zij van de "
                   "school en van het samenwerkingsverband mogen verwachten. Daarom hebben wij de informatie voor "
                   "ouders op drie plekken georganiseerd. Op iedere school ligt de ouderwijzer 'Passend onderwijs in "
                   "de Veenstreek', die uitlegt wat de Veenstreek-standaard is, welke arrangementen en "
                   "voorzieningen er zijn en hoe ouders daar met de school over in gesprek gaan. Op de website staat "
                   "een ouderdeel met dezelfde informatie en korte filmpjes. En iedere school beschrijft in de "
                   "schoolgids de eigen ondersteuning."))
    b.append(("p", "Bij een meningsverschil met de school of het samenwerkingsverband kunnen ouders terecht bij het "
                   "Ouder- en Jeugdsteunpunt Noord, dat wij samen met drie andere samenwerkingsverbanden "
                   "financieren maar dat onafhankelijk werkt. De medewerkers van het steunpunt denken mee, gaan zo "
                   "nodig mee naar gesprekken en wijzen de weg naar de Onderwijsconsulenten of de "
                   "Geschillencommissie passend onderwijs. Het steunpunt bundelt de signalen die het ontvangt en "
                   "bespreekt die twee keer per jaar met de directeur-bestuurder."))
    b.append(("p", "Ouders denken ook mee over het beleid. De oudergeleding van de ondersteuningsplanraad heeft "
                   "instemmingsrecht op dit plan, en het samenwerkingsverband organiseert jaarlijks een "
                   "klankbordbijeenkomst voor ouders."))

    b.append(("h1", "7 Kwaliteit en verantwoording"))
    b.append(("p", "Wij werken volgens een vaste kwaliteitscyclus. Ieder najaar stelt de directeur-bestuurder het "
                   "jaarplan vast. Twee keer per jaar, in februari en in september, rapporteert het bureau aan het "
                   "bestuur en de ondersteuningsplanraad over de kengetallen uit hoofdstuk 2, over de wachttijden "
                   "bij de bovenschoolse voorzieningen en over de uitkomsten van de schoolbezoeken. Ieder jaar in "
                   "mei vragen wij scholen en ouders die met het samenwerkingsverband te maken hebben gehad naar "
                   "hun tevredenheid. De resultaten worden in het jaarverslag openbaar gemaakt en besproken met de "
                   "besturen."))
    b.append(("p", "Welke resultaten wij in deze planperiode precies willen bereiken, werken wij in het eerste "
                   "planjaar samen met de besturen en de ondersteuningsplanraad uit. Wij willen geen doelen "
                   "opschrijven die niet van de scholen zelf zijn."))

    b.append(("h1", "8 Financieel kader"))
    b.append(("p", "Het samenwerkingsverband ontvangt de rijksmiddelen voor passend onderwijs. Na aftrek van de "
                   "afdrachten aan het speciaal onderwijs en het speciaal basisonderwijs verdelen wij de middelen "
                   "volgens een vaste sleutel. Zeventig procent van het beschikbare budget gaat rechtstreeks naar "
                   "de schoolbesturen, naar rato van het aantal leerlingen op 1 oktober van het jaar ervoor. "
                   "Dertig procent blijft bovenschools en is bestemd voor arrangementen, de bovenschoolse "
                   "voorzieningen en het bureau. Arrangementen worden toegekend door de consulent op basis van "
                   "een aanvraag van het ondersteuningsteam; het arrangement loopt maximaal een schooljaar en kan "
                   "eenmaal worden verlengd."))
    b.append(("p", "De besturen verantwoorden de inzet van hun deel jaarlijks in hun eigen jaarverslag en in een "
                   "korte rapportage aan het samenwerkingsverband."))
    b.append(("p", "Meerjarenbegroting 2025-2029: p.m. De meerjarenbegroting wordt na vaststelling van de "
                   "begroting 2026 aan dit plan toegevoegd."))

    b.append(("h1", "9 Samenwerking met de gemeenten"))
    b.append(("p", "De gemeenten Turfwijk, Oostermoer en Mondenveld zijn onze belangrijkste partners buiten het "
                   "onderwijs. In het OOGO hebben wij gemeenschappelijke doelen afgesproken over thuiszitters, de "
                   "aansluiting tussen onderwijs en jeugdhulp, leerlingenvervoer en onderwijshuisvesting. Voor "
                   "kinderen die tijdens schooltijd zorg nodig hebben, financieren gemeenten de zorg en het "
                   "samenwerkingsverband het onderwijsdeel. Wij hebben een gezamenlijke werkwijze voor de "
                   "onderwijs-zorggroepen. Met de gemeenten wordt ieder kwartaal ambtelijk overlegd."))
    b.append(("h1", "10 Organisatie"))
    b.extend(governance(CC))
    b.append(("h1", "11 Personeel"))
    b.extend(personeel(CC))
    b.extend(professionalisering(CC))
    b.append(("h1", "12 ICT en gegevensbescherming"))
    b.extend(ict_privacy(CC))
    b.append(("h1", "13 Totstandkoming"))
    b.extend(vaststelling(CC))
    b.append(("h1", "Begrippenlijst"))
    b.append(("ul", [
        "Terugplaatsing: het teruggaan van een leerling van sbo of so naar een reguliere basisschool, met een "
        "overgangsarrangement.",
        "Toelaatbaarheidsverklaring: besluit dat een leerling naar het sbo of so mag; wordt afgegeven na advies "
        "van twee deskundigen.",
        "Meerjarenbegroting: overzicht van de verwachte baten en lasten voor vier jaar.",
        "Veenstreek-standaard: de basisondersteuning van alle scholen in de Veenstreek.",
        "Handboek Toewijzing: uitwerking van de procedures voor arrangementen en toelaatbaarheid."]))
    return b


# ---------------------------------------------------------------------------
# Plan D: PO, .html, Kustzoom
# ---------------------------------------------------------------------------
CD = dict(name="Stichting Samenwerkingsverband Kustzoom PO", short="Kustzoom PO",
          statuten="1 februari 2024", fte="12,4", period="2025-2029", opr="20 maart 2025",
          oogo="12 maart 2025", vastgesteld="8 april 2025",
          gemeenten="Zeewolde-aan-Zee, Duinhoven en Strandvliet")


def plan_d():
    b = []
    b.append(("title", ["Ondersteuningsplan Kustzoom PO 2025-2029 (webversie)",
                        "Stichting Samenwerkingsverband Kustzoom PO - PO 27-12",
                        "Deze webversie is gelijk aan de vastgestelde pdf-versie van 8 april 2025."]))
    b.append(("toc", [
        "Voorwoord", "1 Inleiding", "2 Visie en uitgangspunten", "3 Basisondersteuning",
        "4 Thuiszitters en witte vlekken", "5 Toewijzing en toelaatbaarheid", "6 Terugplaatsing",
        "7 Resultaten", "8 Financiën", "9 Ouders", "10 Gemeenten", "11 Organisatie", "12 Personeel",
        "13 ICT en privacy", "14 Vaststelling", "Begrippenlijst"]))
    b.append(("h1", "Voorwoord"))
    b.append(("p", "Beste lezer, welkom bij het ondersteuningsplan van Kustzoom PO. Dit is de webversie van het "
                   "plan. U kunt per hoofdstuk lezen wat wij de komende vier jaar doen om passend onderwijs in onze "
                   "kustregio goed te organiseren. Wij hebben geprobeerd het plan leesbaar te houden en vakjargon "
                   "te vermijden. Waar dat niet lukte, vindt u achterin een begrippenlijst."))
    b.append(("p", "De afgelopen periode stond in het teken van herstel na de coronajaren en van een forse groei van "
                   "het aantal nieuwkomers in de badplaatsen. Scholen hebben laten zien dat zij flexibel zijn. Maar "
                   "wij zien ook dat de grens van wat scholen kunnen dragen in zicht komt. Dit plan maakt daarom "
                   "keuzes: minder nieuwe projecten, meer focus op wat werkt."))
    b.append(("p", "Namens het bestuur, Peter de Kok, directeur-bestuurder"))

    b.append(("h1", "1 Inleiding"))
    b.append(("p", "Kustzoom PO is het samenwerkingsverband voor primair onderwijs in de gemeenten Zeewolde-aan-Zee, "
                   "Duinhoven en Strandvliet. Elf schoolbesturen met 41 basisscholen, twee sbo-scholen en één "
                   "school voor speciaal onderwijs met drie afdelingen werken samen. Op 1 oktober 2024 gingen "
                   "9.640 leerlingen in ons gebied naar het primair onderwijs."))
    b.append(("p", "Het ondersteuningsplan is het belangrijkste beleidsdocument van het samenwerkingsverband. Het "
                   "plan geldt van 1 augustus 2025 tot en met 31 juli 2029. Ieder jaar werken wij het plan uit in "
                   "een jaarplan met een begroting, en ieder jaar leggen wij in het jaarverslag verantwoording af. "
                   "De ondersteuningsplanraad heeft instemmingsrecht op het plan."))
    b.append(("p", "De hoofdstukken volgen de onderwerpen die de wet noemt. Waar een onderwerp in deze periode "
                   "opnieuw wordt doordacht, zeggen wij dat eerlijk."))

    b.append(("h1", "2 Visie en uitgangspunten"))
    b.append(("p", "Ieder kind heeft recht op goed onderwijs dat past bij wat het kan en nodig heeft. Wij willen dat "
                   "kinderen zo veel mogelijk samen met kinderen uit hun buurt naar school gaan. Daarvoor is nodig "
                   "dat scholen sterk zijn, dat leerkrachten zich gesteund voelen en dat hulp snel beschikbaar is "
                   "als het nodig is. Ouders, scholen en het samenwerkingsverband trekken daarbij samen op."))
    b.append(("p", "Onze uitgangspunten zijn: de vraag van het kind staat centraal, niet het aanbod; de school is "
                   "verantwoordelijk, het samenwerkingsverband ondersteunt; geld moet zo veel mogelijk in de klas "
                   "terechtkomen; en wij zijn transparant over wat wij doen en wat het oplevert. Wij kiezen voor "
                   "vertrouwen boven controle, maar wel met heldere afspraken."))
    b.append(("p", "De kustregio kent een paar bijzonderheden. In de zomer verdubbelt de bevolking, wat voor "
                   "scholen weinig uitmaakt, maar wel voor de jeugdhulp en de kinderopvang. Het aantal kinderen van "
                   "seizoenarbeiders en arbeidsmigranten is sterk gegroeid. En de sbo- en so-scholen liggen aan "
                   "de rand van de regio, waardoor reistijden voor sommige kinderen lang zijn."))

    b.append(("h1", "3 Basisondersteuning"))
    b.append(("p", "In de vorige planperiode werkten de scholen met de afspraken over basisondersteuning uit 2019. "
                   "Die afspraken zijn verouderd en sluiten niet meer aan bij de landelijke ontwikkelingen. De "
                   "besturen hebben daarom besloten om in het schooljaar 2025-2026 gezamenlijk opnieuw te bepalen "
                   "welk niveau van ondersteuning alle scholen bieden, en dat daarbij de landelijke norm voor "
                   "basisondersteuning wordt afgewacht. Het resultaat wordt als wijziging van dit plan aan de "
                   "ondersteuningsplanraad voorgelegd."))

    b.append(("h1", "4 Thuiszitters en witte vlekken"))
    b.append(("p", "Wij accepteren niet dat kinderen thuiszitten omdat er geen passende plek is. In de vorige "
                   "planperiode hebben wij samen met leerplicht een werkwijze ontwikkeld die goed werkt en die wij "
                   "voortzetten."))
    b.append(("ol", [
        "De school meldt een leerling die tien schooldagen aaneengesloten afwezig is zonder geldige reden, of "
        "die gedeeltelijk is vrijgesteld, bij de leerplichtambtenaar en bij het samenwerkingsverband.",
        "Binnen vijf werkdagen na de melding wijst het samenwerkingsverband een trajectbegeleider aan.",
        "De trajectbegeleider organiseert binnen tien werkdagen een overleg met ouders, school, leerplicht en "
        "jeugdhulp. Er komt een plan met een concrete datum van terugkeer naar onderwijs.",
        "Lukt dat niet binnen drie maanden, dan bespreekt de regionale thuiszitterstafel de casus. De "
        "directeur-bestuurder kan een bestuur verplichten een leerling tijdelijk te plaatsen (doorzettingsmacht).",
    ]))
    b.append(("p", "Jaarlijks brengen wij in kaart voor welke groepen kinderen er in de regio geen passend aanbod is. "
                   "In 2024 waren dat: kinderen met ernstige angstproblematiek die niet in een groep kunnen "
                   "starten, en nieuwkomers van 10 tot 12 jaar die geen Latijns schrift beheersen. Voor de eerste "
                   "groep maken wij vanaf augustus 2025 afspraken met de jeugd-ggz over gecombineerde trajecten "
                   "van onderwijs en behandeling. Voor de tweede groep richten wij samen met Strandvliet per "
                   "januari 2026 een schakelgroep in. De voortgang wordt in de halfjaarrapportage gevolgd."))

    b.append(("h1", "5 Toewijzing en toelaatbaarheid"))
    b.append(("h2", "5.1 Wie vraagt aan, wie beslist"))
    b.append(("p", "Een toelaatbaarheidsverklaring voor het speciaal basisonderwijs of het speciaal onderwijs wordt "
                   "aangevraagd door het schoolbestuur van de school waar de leerling is ingeschreven. Komt een "
                   "leerling van buiten de regio of nog niet naar school, dan vraagt het bestuur van de school waar "
                   "de leerling is aangemeld de TLV aan. De aanvraag gaat naar de Toewijzingscommissie van Kustzoom "
                   "PO. De aanvraag bevat het ontwikkelingsperspectief, het groeidocument met de geboden "
                   "ondersteuning en de zienswijze van de ouders."))
    b.append(("p", "De Toewijzingscommissie vraagt twee deskundigen om een advies. De eerste deskundige is een "
                   "orthopedagoog-generalist of GZ-psycholoog. De tweede deskundige wordt gekozen op basis van de "
                   "vraag: een jeugdarts, een kinderpsychiater, een maatschappelijk werker of een pedagoog. Beide "
                   "deskundigen geven een eigen schriftelijk advies en zijn niet betrokken geweest bij de "
                   "begeleiding van de leerling. De commissie besluit binnen vijf weken na een volledige aanvraag."))
    b.append(("h2", "5.2 Wanneer is een leerling toelaatbaar"))
    b.append(("p", "De commissie verklaart een leerling toelaatbaar tot het sbo wanneer de leerling gedurende de hele "
                   "schooldag behoefte heeft aan een kleine groep met specialistische begeleiding, de reguliere "
                   "school aantoonbaar een jaar lang handelingsgericht en met extra ondersteuning heeft gewerkt en "
                   "de ontwikkeling ondanks die ondersteuning stagneert. Tot het so verklaart de commissie een "
                   "leerling toelaatbaar wanneer de ondersteuningsbehoefte zo groot is dat ook het sbo die niet "
                   "kan bieden, bijvoorbeeld bij een ernstige verstandelijke beperking, bij een medische "
                   "aandoening die dagelijkse verpleegkundige zorg vraagt of bij ernstige psychiatrische "
                   "problematiek waarvoor een therapeutisch klimaat nodig is. Bij twijfel kan de commissie een "
                   "tijdelijke TLV van een half jaar afgeven met een observatieperiode."))
    b.append(("h2", "5.3 Looptijd en bezwaar"))
    b.append(("p", "Een TLV sbo geldt voor twee schooljaren, een TLV so voor twee of vier schooljaren, met "
                   "categorie laag, midden of hoog. Ouders kunnen binnen zes weken bezwaar maken; de commissie "
                   "voor bezwaarschriften van Kustzoom PO adviseert het bestuur."))

    b.append(("h1", "6 Terugplaatsing"))
    b.append(("p", "Voor iedere leerling met een TLV bespreekt de sbo- of so-school in het najaar van het laatste "
                   "jaar van de TLV in de commissie voor de begeleiding of de leerling naar een reguliere school kan "
                   "gaan. Uiterlijk 1 februari meldt de school de uitkomst aan de Toewijzingscommissie. Adviseert de "
                   "school terugplaatsing, dan zoekt de school samen met de ouders een reguliere basisschool en "
                   "vindt vóór 1 april een overdrachtsgesprek plaats tussen beide scholen. De Toewijzingscommissie "
                   "registreert de terugplaatsing; de TLV loopt af op 31 juli. Adviseert de school verlenging, dan "
                   "vraagt het schoolbestuur een nieuwe TLV aan volgens de procedure van hoofdstuk 5."))
    b.append(("p", "Het beleid voor terugplaatsing is in de vorige planperiode niet geëvalueerd. Welke doelen wij "
                   "met terugplaatsing nastreven, onder welke voorwaarden terugplaatsing wenselijk is en welke "
                   "begeleiding een leerling na de overstap krijgt, stellen wij opnieuw vast nadat de evaluatie in "
                   "het voorjaar van 2026 is afgerond."))

    b.append(("h1", "7 Resultaten"))
    b.append(("h2", "7.1 Wat wij bereikt hebben"))
    b.append(("p", "In 2020 hadden wij ons ten doel gesteld om het aantal thuiszitters te halveren en om de "
                   "doorlooptijd van een TLV-aanvraag terug te brengen tot maximaal zes weken. Het aantal "
                   "thuiszitters daalde van 16 in 2020 naar 6 in 2024. De gemiddelde doorlooptijd bedroeg in 2024 "
                   "vier weken en drie dagen. Het deelnamepercentage sbo daalde van 2,8 naar 2,3 procent; het "
                   "deelnamepercentage so bleef stabiel op 1,6 procent."))
    b.append(("h2", "7.2 Wat wij willen bereiken"))
    b.append(("table", [["Doel", "Indicator", "Streefwaarde 2029"],
                        ["Minder thuiszitters", "Thuiszitters langer dan 3 maanden", "0"],
                        ["Snelle toewijzing", "Doorlooptijd TLV", "max. 5 weken"],
                        ["Passend aanbod nieuwkomers", "Nieuwkomers binnen 4 weken in schakelgroep", "95%"],
                        ["Tevreden scholen", "Waardering IB'ers voor trajectbegeleiding", "minimaal 7,5"],
                        ["Doelmatig", "Deel budget dat rechtstreeks naar de scholen gaat", "minimaal 75%"]]))
    b.append(("h2", "7.3 Hoe wij dat volgen"))
    b.append(("p", "Het bureau verzamelt ieder kwartaal de gegevens uit de registratie van de Toewijzingscommissie, "
                   "de trajectbegeleiders en de leerplichtadministratie. Twee keer per jaar verschijnt een "
                   "halfjaarrapportage voor het bestuur, de raad van toezicht en de ondersteuningsplanraad, met per "
                   "doel de stand van zaken en een toelichting. In het jaarverslag worden alle indicatoren openbaar "
                   "gemaakt. Ieder voorjaar houden wij een enquête onder intern begeleiders."))

    b.append(("h1", "8 Financiën"))
    b.append(("p", "Zie de tabellen hieronder."))
    b.append(("table", [["Onderdeel", "Grondslag", "Besluit door", "Bedrag 2025"],
                        ["Schoolbudget besturen", "€ 160 per leerling, teldatum 1 oktober voorafgaand jaar; "
                         "betaling in 12 maandtermijnen", "Directeur-bestuurder in jaarbegroting",
                         "€ 1.542.400"],
                        ["Vaste voet", "€ 5.000 per school (41 scholen)", "Directeur-bestuurder",
                         "€ 205.000"],
                        ["Maatwerkfonds thuiszitters", "Op aanvraag trajectbegeleider, max. € 15.000 per leerling "
                         "per jaar", "Directeur-bestuurder", "€ 180.000"],
                        ["Schakelgroep nieuwkomers", "Vast bedrag per groep (vanaf 2026)", "Bestuur",
                         "€ 0"],
                        ["Afdracht so en groei sbo", "Volgens DUO-telling", "n.v.t.", "€ 3.310.000"],
                        ["Toewijzingscommissie en trajectbegeleiding", "Formatieplan", "Raad van toezicht",
                         "€ 612.000"],
                        ["Bureau en bestuur", "Formatieplan", "Raad van toezicht", "€ 395.000"]]))
    b.append(("table", [["Meerjarenbegroting (x € 1.000)", "2025", "2026", "2027", "2028"],
                        ["Baten rijksbijdrage", "6.310", "6.280", "6.240", "6.200"],
                        ["Schoolbudget en vaste voet", "1.747", "1.740", "1.730", "1.720"],
                        ["Maatwerkfonds thuiszitters", "180", "180", "160", "150"],
                        ["Schakelgroep nieuwkomers", "0", "140", "240", "240"],
                        ["Afdracht so en groei sbo", "3.310", "3.300", "3.290", "3.280"],
                        ["Toewijzing en trajectbegeleiding", "612", "624", "636", "648"],
                        ["Bureau en bestuur", "395", "402", "410", "418"],
                        ["Saldo", "66", "-106", "-226", "-256"],
                        ["Algemene reserve 31-12", "1.466", "1.360", "1.134", "878"]]))

    b.append(("h1", "9 Ouders"))
    b.append(("p", "Ouders zijn de eerste deskundigen op het gebied van hun kind. Scholen betrekken ouders bij het "
                   "opstellen en evalueren van het ontwikkelingsperspectief, en ouders geven altijd hun zienswijze "
                   "bij een aanvraag voor een TLV."))
    b.append(("p", "Soms lopen gesprekken vast, of willen ouders eerst met iemand praten die los staat van de school. "
                   "Daarvoor is er het Ouder- en jeugdsteunpunt Kust, dat door een onafhankelijke organisatie voor "
                   "cliëntondersteuning wordt uitgevoerd. Het steunpunt is bereikbaar op werkdagen via telefoon, "
                   "WhatsApp en e-mail, biedt een luisterend oor, denkt mee bij een vastgelopen situatie en gaat zo "
                   "nodig mee naar een gesprek op school. Ouders kunnen ook kosteloos een Onderwijsconsulent "
                   "inschakelen. Bij een geschil over toelating, verwijdering of het ontwikkelingsperspectief kunnen "
                   "zij terecht bij de Geschillencommissie passend onderwijs."))
    b.append(("p", "Hoe wij ouders in deze planperiode informeren over de ondersteuningsmogelijkheden in onze regio, "
                   "leggen wij vast in een nieuw communicatieplan. De huidige ouderinformatie is verouderd en wordt "
                   "niet meer gebruikt; het communicatieplan verschijnt in de loop van 2026."))

    b.append(("h2", "9.1 Medezeggenschap"))
    b.append(("p", "De ondersteuningsplanraad (OPR) bestaat uit twaalf leden: zes ouders en zes personeelsleden, "
                   "gekozen uit en door de medezeggenschapsraden van de aangesloten scholen. De OPR vergadert zes "
                   "keer per jaar met de directeur-bestuurder. De OPR heeft instemmingsrecht op het "
                   "ondersteuningsplan en op wijzigingen daarvan, en kan gevraagd en ongevraagd advies geven. De "
                   "OPR krijgt ondersteuning van een ambtelijk secretaris en heeft een eigen scholingsbudget. Twee "
                   "keer per jaar houdt de OPR een achterbanbijeenkomst met de medezeggenschapsraden, zodat "
                   "signalen van scholen en ouders de OPR bereiken. Het reglement van de OPR is in 2024 "
                   "geactualiseerd; daarin is ook de samenstelling van de OPR vastgelegd."))
    b.append(("h1", "10 Gemeenten"))
    b.append(("p", "Met de drie gemeenten voeren wij op overeenstemming gericht overleg over dit plan en over de "
                   "jeugdplannen van de gemeenten. Gezamenlijke thema's zijn thuiszitters, nieuwkomers, de "
                   "aansluiting tussen onderwijs en jeugdhulp en het leerlingenvervoer. Iedere school heeft een "
                   "vaste schoolmaatschappelijk werker, gefinancierd door de gemeenten. Jeugdhulp in onderwijstijd "
                   "is mogelijk op basis van een regionale afspraak over de verdeling van kosten."))
    b.append(("h1", "11 Organisatie"))
    b.extend(governance(CD))
    b.append(("h1", "12 Personeel"))
    b.extend(personeel(CD))
    b.extend(professionalisering(CD))
    b.append(("h1", "13 ICT en privacy"))
    b.extend(ict_privacy(CD))
    b.append(("h1", "14 Vaststelling"))
    b.extend(vaststelling(CD))
    b.append(("h1", "Begrippenlijst"))
    b.append(("ul", [
        "Basisondersteuning: de ondersteuning die alle scholen in de regio minimaal bieden, zoals een intern "
        "begeleider, een dyslexieprotocol en een aanbod voor meer- en hoogbegaafde leerlingen.",
        "Dekkend aanbod: het geheel van voorzieningen van basisondersteuning tot speciaal onderwijs.",
        "Ouderinformatie: de brochure en de ouderpagina van het samenwerkingsverband.",
        "Terugplaatsing: overstap van sbo of so naar een reguliere school, met begeleiding door de ambulant "
        "begeleider gedurende een half jaar.",
        "TLV: toelaatbaarheidsverklaring."]))
    return b


# ---------------------------------------------------------------------------
# Plan E: VO, .docx, Maasvallei-Noord
# ---------------------------------------------------------------------------
CE = dict(name="Samenwerkingsverband VO Maasvallei-Noord", short="Maasvallei-Noord",
          statuten="30 juni 2022", fte="8,6", period="2025-2029", opr="7 april 2025",
          oogo="-", vastgesteld="23 april 2025", gemeenten="-", cao="voortgezet onderwijs",
          spec="voortgezet speciaal onderwijs", code="Code Goed Onderwijsbestuur VO van de VO-raad",
          netwerken="voor zorgcoördinatoren, voor mentoren in de onderbouw en voor teamleiders")


def plan_e():
    b = []
    b.append(("title", ["Ondersteuningsplan 2025-2029",
                        "Samenwerkingsverband VO Maasvallei-Noord (VO 29-06)",
                        "Vo, vso, lwoo en praktijkonderwijs in één plan",
                        "Versie ter vaststelling, april 2025"]))
    b.append(("toc", [
        "Voorwoord 3", "1 Inleiding 4", "2 Regio en scholen 5", "3 Visie en ambitie 7",
        "4 Basisondersteuning 9", "5 Toelaatbaarheid vso, lwoo en pro 11",
        "6 Terugplaatsing en overplaatsing 14", "7 Doelen voor de planperiode 16",
        "8 Financiën 18", "9 Bestuur en toezicht 21", "10 Medezeggenschap 22",
        "11 Personeel en organisatie 23", "12 ICT en privacy 25", "13 Planning en vaststelling 26",
        "Bijlage 1 Begrippenlijst 27", "Bijlage 2 Afkortingen 28", "Bijlage 3 Verslag OOGO (apart document)"]))
    b.append(("h1", "Voorwoord"))
    b.append(("p", "Dit is het ondersteuningsplan van Samenwerkingsverband VO Maasvallei-Noord voor de jaren 2025 tot "
                   "en met 2029. Het plan is het resultaat van een jaar overleg tussen de zes aangesloten besturen, "
                   "de scholen, de ondersteuningsplanraad en onze partners. Het is een ander plan dan het vorige. "
                   "Waar het vorige plan nog twee aparte delen had, één voor de extra ondersteuning en één voor "
                   "leerwegondersteunend onderwijs en praktijkonderwijs, brengen wij nu alles samen in één "
                   "document."))
    b.append(("p", "De afgelopen jaren waren onrustig. Het aantal leerlingen in het voortgezet speciaal onderwijs "
                   "steeg, de wachtlijsten in de jeugdzorg liepen op en het lerarentekort trof vooral de vmbo-scholen "
                   "in onze regio. Tegelijk zagen wij veel goede initiatieven op de scholen zelf. Dit plan wil die "
                   "initiatieven de ruimte geven en tegelijk duidelijke afspraken maken."))
    b.append(("p", "Ir. A.H.M. (Ton) Hendrikx, directeur-bestuurder"))

    b.append(("h1", "1 Inleiding"))
    b.append(("p", "Het samenwerkingsverband is opgericht om de wettelijke taken voor passend onderwijs in het "
                   "voortgezet onderwijs uit te voeren. Dat zijn onder meer het vaststellen van het "
                   "ondersteuningsplan, het verdelen van de ondersteuningsmiddelen, het beslissen over de "
                   "toelaatbaarheid tot het voortgezet speciaal onderwijs en het praktijkonderwijs en het "
                   "aanwijzen van leerlingen voor leerwegondersteuning. Dit plan beschrijft hoe wij deze taken de "
                   "komende vier jaar uitvoeren."))
    b.append(("p", "Het plan is geschreven voor bestuurders, schoolleiders, zorgcoördinatoren en de leden van de "
                   "medezeggenschap. Het is geen handboek: procedures en formulieren staan in het handboek "
                   "ondersteuning en op de website. In het plan staan de afspraken die voor vier jaar vastliggen."))
    b.append(("p", "Een aantal onderwerpen is in deze versie nog niet volledig uitgewerkt, omdat landelijke "
                   "regelgeving in beweging is of omdat evaluaties nog lopen. Wij geven dat per hoofdstuk aan. "
                   "Aanvullingen worden als wijziging aan de ondersteuningsplanraad voorgelegd."))

    b.append(("h1", "2 Regio en scholen"))
    b.append(("p", "Maasvallei-Noord omvat vier gemeenten langs de Maas. Het gebied heeft één middelgrote stad en een "
                   "groot landelijk gebied. Veel leerlingen reizen met de fiets of de streekbus naar school; voor "
                   "leerlingen uit de kleine kernen kan de reistijd oplopen tot een uur."))
    b.append(("table", [["School", "Type", "Leerlingen 1-10-2024"],
                        ["Maascollege", "vmbo, havo, vwo", "2.140"],
                        ["Stedelijk Lyceum Venloord", "havo, vwo", "1.310"],
                        ["Vakcollege Noord", "vmbo (met lwoo)", "870"],
                        ["Praktijkschool De Kade", "praktijkonderwijs", "265"],
                        ["Scholengemeenschap Sint-Jozef", "vmbo, havo (met lwoo)", "1.520"],
                        ["Vso De Brug", "voortgezet speciaal onderwijs cluster 4", "180"],
                        ["Vso De Hoeve (afdeling)", "voortgezet speciaal onderwijs cluster 3", "95"]]))
    b.append(("p", "Het aantal leerlingen in het voortgezet onderwijs daalt de komende jaren met ongeveer zes procent. "
                   "De daling treft vooral de scholen in de kleinere kernen. De besturen hebben afgesproken dat zij "
                   "in een regionaal overleg over het onderwijsaanbod voorkomen dat afdelingen verdwijnen zonder "
                   "dat er elders in de regio een alternatief is. Het samenwerkingsverband is bij dat overleg als "
                   "toehoorder aanwezig."))
    b.append(("p", "Het aantal leerlingen met een indicatie voor leerwegondersteuning is de laatste jaren stabiel. Het "
                   "praktijkonderwijs groeit licht, vooral door leerlingen die later in hun schoolloopbaan "
                   "instromen."))

    b.append(("h1", "3 Visie en ambitie"))
    b.append(("p", "Wij willen dat iedere jongere in onze regio een diploma of certificaat haalt dat past bij zijn of "
                   "haar mogelijkheden, en daarmee een goede start maakt in vervolgonderwijs of werk. Onderweg hoort "
                   "de ondersteuning te passen bij de leerling, niet andersom. Dat betekent dat scholen flexibel "
                   "moeten kunnen organiseren, dat expertise snel beschikbaar is en dat wij de middelen inzetten "
                   "waar zij het meeste effect hebben."))
    b.append(("p", "Drie ambities geven richting aan dit plan. Ten eerste: meer leerlingen volgen regulier "
                   "onderwijs, met ondersteuning waar nodig. Ten tweede: snelle en heldere besluiten over "
                   "toelaatbaarheid en leerwegondersteuning, zodat scholen en leerlingen weten waar zij aan toe zijn. "
                   "Ten derde: leerlingen die in het voortgezet speciaal onderwijs zitten, krijgen iedere keer "
                   "opnieuw de kans om naar het regulier onderwijs over te stappen."))
    b.append(("p", "Wij werken vanuit vertrouwen in de professionaliteit van de scholen. Het samenwerkingsverband "
                   "stelt kaders en voert de wettelijke taken uit; de scholen organiseren de ondersteuning. Een "
                   "dekkend aanbod is een gezamenlijke verantwoordelijkheid van alle besturen."))

    b.append(("h1", "4 Basisondersteuning"))
    b.append(("p", "Basisondersteuning is het geheel van preventieve en lichte curatieve interventies dat alle scholen "
                   "binnen het samenwerkingsverband planmatig en op een afgesproken kwaliteitsniveau bieden, "
                   "binnen de ondersteuningsstructuur van de school, soms met inzet van expertise van buiten. De "
                   "besturen hebben afgesproken dat iedere vestiging, dus ook iedere afdeling van een "
                   "scholengemeenschap en iedere nevenvestiging, hetzelfde minimumniveau biedt. Basisondersteuning "
                   "kent vier aspecten: basiskwaliteit, preventieve en licht curatieve interventies, de "
                   "onderwijsondersteuningsstructuur en planmatig werken."))
    b.append(("p", "De concrete invulling van de basisondersteuning wordt in het schooljaar 2025-2026 herzien in het "
                   "licht van de landelijke norm basisondersteuning. Tot het nieuwe document is vastgesteld, blijven "
                   "de afspraken uit het document 'Basisondersteuning VO Maasvallei-Noord 2021' van kracht; dat "
                   "document is te vinden op de website van het samenwerkingsverband. Scholen beschrijven hun eigen "
                   "ondersteuning in hun schoolondersteuningsprofiel."))

    b.append(("h1", "5 Toelaatbaarheid vso, lwoo en pro"))
    b.append(("h2", "5.1 Voortgezet speciaal onderwijs"))
    b.append(("p", "Een leerling kan alleen worden ingeschreven in het vso als het samenwerkingsverband een "
                   "toelaatbaarheidsverklaring heeft afgegeven. De aanvraag wordt ingediend door het bevoegd gezag "
                   "van de school waar de leerling is ingeschreven, of, voor een leerling die van het primair "
                   "onderwijs komt, door het bevoegd gezag van de vo- of vso-school waar de leerling is aangemeld. "
                   "De zorgcoördinator stelt het dossier samen: het ontwikkelingsperspectiefplan, het onderwijskundig "
                   "rapport, een overzicht van de ingezette ondersteuning en de evaluatie daarvan."))
    b.append(("p", "Het dossier gaat naar de Commissie Toelaatbaarheid en Ondersteuning (CTO). De secretaris van de "
                   "CTO controleert binnen vijf werkdagen de volledigheid. Daarna brengen twee deskundigen elk een "
                   "schriftelijk advies uit: een orthopedagoog of psycholoog, en een tweede deskundige afhankelijk "
                   "van de vraag, zoals een kinder- en jeugdpsychiater, een arts of een maatschappelijk werker. De "
                   "CTO neemt het besluit namens het bestuur binnen zes weken na ontvangst van het volledige "
                   "dossier, en deelt het besluit schriftelijk mee aan de aanvragende school."))
    b.append(("p", "Een TLV vso wordt afgegeven voor ten minste één en ten hoogste drie schooljaren en eindigt altijd "
                   "op 31 juli. De CTO bepaalt de bekostigingscategorie (laag, midden of hoog)."))
    b.append(("p", "Aan welke voorwaarden een leerling moet voldoen om toelaatbaar te zijn tot het vso, stelt het "
                   "bestuur in het najaar van 2025 vast, na afronding van de evaluatie van het huidige "
                   "afwegingskader. Tot dat moment beoordeelt de CTO iedere aanvraag afzonderlijk."))
    b.append(("h2", "5.2 Leerwegondersteunend onderwijs"))
    b.append(("p", "Een school die een leerling wil aanmelden voor leerwegondersteuning, dient uiterlijk 1 maart een "
                   "aanvraag in bij de CTO met de gegevens uit het onderwijskundig rapport en de toetsgegevens uit "
                   "de basisschool. De CTO beslist uiterlijk 15 april, zodat de leerling bij de start van het "
                   "schooljaar weet waar hij aan toe is. Voor leerlingen die later instromen, beslist de CTO binnen "
                   "vier weken. Een aanwijzing voor lwoo geldt voor de duur van de opleiding. Voor lwoo gebruikt het "
                   "samenwerkingsverband de landelijke regeling."))
    b.append(("h2", "5.3 Praktijkonderwijs"))
    b.append(("p", "Voor toelating tot het praktijkonderwijs is een TLV pro nodig. De aanvraag loopt via de "
                   "praktijkschool waar de leerling is aangemeld. De CTO beslist binnen vier weken. Een TLV pro "
                   "geldt voor de hele schoolloopbaan in het praktijkonderwijs."))

    b.append(("h1", "6 Terugplaatsing en overplaatsing"))
    b.append(("h2", "6.1 Ons beleid"))
    b.append(("p", "Het vso is voor veel leerlingen de juiste plek, maar niet altijd voor altijd. Wij willen dat iedere "
                   "leerling in het vso die dat aankan, de overstap maakt naar het regulier voortgezet onderwijs, "
                   "bij voorkeur op een moment waarop dat in de schoolloopbaan logisch is, zoals na de onderbouw of "
                   "bij de start van een nieuw schooljaar. Voorwaarde is dat de leerling het onderwijsprogramma "
                   "van de ontvangende school met ondersteuning kan volgen en dat de ontvangende school de "
                   "benodigde ondersteuning kan organiseren. Een terugplaatsing mislukt vaak op de overgang; daarom "
                   "investeren wij in begeleiding na de overstap."))
    b.append(("p", "Iedere leerling die terugkeert, krijgt een overstaparrangement: gedurende een half jaar begeleidt "
                   "een ambulant begeleider van de vso-school de leerling en de mentor op de nieuwe school, en het "
                   "samenwerkingsverband vergoedt de ontvangende school vier uur extra begeleiding per week. Lukt de "
                   "overstap niet, dan kan de leerling binnen de looptijd van de TLV zonder nieuwe aanvraag terug "
                   "naar het vso."))
    b.append(("h2", "6.2 Werkwijze"))
    b.append(("ol", [
        "Bij iedere jaarlijkse evaluatie van het ontwikkelingsperspectiefplan beoordeelt de commissie van "
        "begeleiding van de vso-school of terugplaatsing of overplaatsing naar het regulier onderwijs mogelijk is.",
        "In het laatste jaar van de TLV gebeurt dit uiterlijk 1 december; de vso-school stuurt de uitkomst naar "
        "de CTO.",
        "Adviseert de vso-school terugplaatsing, dan benadert de vso-school een vo-school. De zorgcoördinatoren "
        "van beide scholen stellen een overstapplan op.",
        "De CTO toetst het overstapplan binnen vier weken en legt de datum van de overstap vast.",
        "Na drie maanden en na zes maanden evalueren de vso-school en de vo-school de overstap. Na de tweede "
        "evaluatie eindigt het arrangement.",
        "Adviseert de vso-school geen terugplaatsing, dan vraagt het bevoegd gezag vóór 1 april een nieuwe TLV aan.",
    ]))
    b.append(("p", "In het schooljaar 2023-2024 zijn 11 leerlingen vanuit het vso teruggeplaatst naar het regulier "
                   "onderwijs; 9 van hen zaten een jaar later nog op die school."))

    b.append(("h1", "7 Doelen voor de planperiode"))
    b.append(("p", "Voor de periode 2025-2029 hebben de besturen de volgende doelen vastgesteld. De doelen zijn "
                   "afgeleid van de drie ambities in hoofdstuk 3."))
    b.append(("table", [["Doel", "Uitgangssituatie 2024", "Streefwaarde 2029"],
                        ["Deelnamepercentage vso", "3,9%", "3,4%"],
                        ["TLV-besluiten binnen zes weken", "78%", "95%"],
                        ["Lwoo-besluiten vóór 15 april", "88%", "100%"],
                        ["Terugplaatsingen vso naar vo per schooljaar", "11", "20"],
                        ["Teruggeplaatste leerlingen na een jaar nog op de vo-school", "82%", "90%"],
                        ["Leerlingen met extra ondersteuning die een diploma of certificaat halen",
                         "niet bekend", "85%"]]))
    b.append(("p", "Hoe wij de voortgang op deze doelen meten, wie de gegevens verzamelt en op welke momenten wij "
                   "daarover rapporteren, wordt beschreven in het kwaliteitshandboek dat in de loop van 2026 "
                   "gereed is."))

    b.append(("h1", "8 Financiën"))
    b.append(("h2", "8.1 Verdeling van de middelen"))
    b.append(("p", "Het huidige verdeelmodel dateert uit 2018 en wordt in de eerste helft van de planperiode "
                   "herzien. De directeur-bestuurder besluit, na goedkeuring door de raad van toezicht, over het nieuwe verdeelmodel nadat de gevolgen voor de "
                   "afzonderlijke besturen in beeld zijn gebracht. Het besluit wordt als aanvulling op dit plan "
                   "gepubliceerd."))
    b.append(("h2", "8.2 Meerjarenbegroting"))
    b.append(("table", [["Bedragen in euro", "2025", "2026", "2027", "2028"],
                        ["Baten lichte ondersteuning", "3.410.000", "3.360.000", "3.300.000", "3.240.000"],
                        ["Baten zware ondersteuning (na afdracht vso)", "2.180.000", "2.150.000", "2.120.000",
                         "2.090.000"],
                        ["Baten lwoo en pro", "4.920.000", "4.880.000", "4.830.000", "4.790.000"],
                        ["Toekenning schoolbesturen lichte ondersteuning", "3.300.000", "3.250.000",
                         "3.190.000", "3.130.000"],
                        ["Toekenning lwoo en pro", "4.920.000", "4.880.000", "4.830.000", "4.790.000"],
                        ["Overstaparrangementen terugplaatsing", "60.000", "90.000", "110.000", "120.000"],
                        ["Extra ondersteuning op scholen", "1.650.000", "1.620.000", "1.600.000", "1.570.000"],
                        ["CTO, deskundigen en bureau", "610.000", "620.000", "630.000", "640.000"],
                        ["Saldo", "-30.000", "-70.000", "-140.000", "-210.000"]]))
    b.append(("p", "De begroting laat tekorten zien. Die worden gedekt uit de algemene reserve, die op 31 december "
                   "2024 € 1.640.000 bedroeg. Aan het einde van 2028 bedraagt de reserve naar verwachting € 1.190.000, "
                   "boven het door het bestuur vastgestelde minimum van € 800.000 voor het opvangen van "
                   "risico's, zoals een onverwachte stijging van het aantal leerlingen in het vso."))

    b.append(("h1", "9 Bestuur en toezicht"))
    b.extend(governance(CE))
    b.append(("h1", "10 Medezeggenschap"))
    b.append(("p", "Het samenwerkingsverband heeft een ondersteuningsplanraad. De leden worden afgevaardigd door de "
                   "medezeggenschapsraden van de aangesloten scholen. De ondersteuningsplanraad heeft "
                   "instemmingsrecht op het ondersteuningsplan. De raad vergadert vier keer per jaar met de "
                   "directeur-bestuurder en heeft een eigen reglement. Daarnaast heeft het bureau een eigen "
                   "medezeggenschapsraad voor het personeel."))
    b.append(("p", "Een paragraaf over de informatievoorziening aan ouders en leerlingen en over het ouder- en "
                   "jeugdsteunpunt wordt aan dit plan toegevoegd zodra de wettelijke regeling daarover in werking is "
                   "getreden en de regionale afspraken met de andere samenwerkingsverbanden zijn gemaakt."))
    b.append(("h1", "11 Personeel en organisatie"))
    b.extend(personeel(CE))
    b.append(("p", "Het samenwerkingsverband organiseert netwerkbijeenkomsten voor zorgcoördinatoren en "
                   "mentoren. Onderwerpen in de afgelopen jaren waren onder meer executieve functies, "
                   "schoolverzuim, het werken met het ontwikkelingsperspectiefplan en de overgang naar het mbo. "
                   "Ieder jaar in november is er een regionale studiemiddag voor alle zorgcoördinatoren en "
                   "teamleiders. Nieuwe zorgcoördinatoren krijgen in hun eerste jaar een maatje van een andere "
                   "school."))
    b.append(("p", "Het samenwerkingsverband informeert de scholen via een digitale nieuwsbrief die acht keer per "
                   "jaar verschijnt, via het besloten scholenportaal en via de vaste contactpersoon die iedere school "
                   "op het bureau heeft. Schoolleiders en zorgcoördinatoren worden minimaal vier weken van tevoren "
                   "geïnformeerd over wijzigingen in procedures of formulieren, zodat zij hun eigen teams en "
                   "secretariaten op tijd kunnen meenemen in de nieuwe werkwijze en er geen aanvragen verloren "
                   "gaan in de overgang van de oude naar de nieuwe formulieren. Het bureau is gehuisvest in een verbouwde "
                   "kantoorvilla in het centrum van de stad, op loopafstand van het station, en deelt de "
                   "vergaderruimten met het samenwerkingsverband primair onderwijs."))
    b.append(("h1", "12 ICT en privacy"))
    b.extend(ict_privacy(CE))
    b.append(("h1", "13 Planning en vaststelling"))
    b.append(("p", "Dit plan geldt van 1 augustus 2025 tot en met 31 juli 2029. Het concept is besproken met de "
                   "schoolleiders en het bestuurlijk overleg. De ondersteuningsplanraad heeft op 7 april 2025 "
                   "ingestemd. Het verslag van het op overeenstemming gericht overleg met de gemeenten is opgenomen "
                   "in bijlage 3, die als apart document beschikbaar is. De directeur-bestuurder heeft het plan "
                   "vastgesteld op 23 april 2025; het plan is vóór 1 mei naar de Inspectie van het Onderwijs "
                   "gestuurd."))
    b.append(("table", [["Wanneer", "Wat"],
                        ["Najaar 2025", "Vaststelling afwegingskader vso"],
                        ["Schooljaar 2025-2026", "Herziening basisondersteuning; ontwerp verdeelmodel"],
                        ["2026", "Kwaliteitshandboek; aanvulling ouders en steunpunt"],
                        ["2027", "Nieuw verdeelmodel in werking"],
                        ["2028-2029", "Evaluatie en voorbereiding volgend plan"]]))
    b.append(("h1", "Bijlage 1 Begrippenlijst"))
    b.append(("ul", [
        "Dekkend aanbod: het geheel van voorzieningen in de regio waardoor iedere leerling een passende plek "
        "heeft, inclusief OPDC en tussenvoorzieningen.",
        "Thuiszitter: leerplichtige jongere die zonder vrijstelling niet naar school gaat.",
        "Ouder- en jeugdsteunpunt: onafhankelijk steunpunt voor ouders en jongeren met vragen over passend "
        "onderwijs.",
        "Onderwijsconsulent: onafhankelijk adviseur voor ouders.",
        "Verdeelmodel: de regels voor de toekenning van middelen aan schoolbesturen.",
        "Kwaliteitshandboek: beschrijving van de kwaliteitscyclus van het samenwerkingsverband."]))
    b.append(("h1", "Bijlage 2 Afkortingen"))
    b.append(("ul", ["CTO - Commissie Toelaatbaarheid en Ondersteuning", "LWOO - leerwegondersteunend onderwijs",
                     "OJSP - ouder- en jeugdsteunpunt", "OOGO - op overeenstemming gericht overleg",
                     "OPDC - orthopedagogisch-didactisch centrum", "OPP - ontwikkelingsperspectiefplan",
                     "PrO - praktijkonderwijs", "TLV - toelaatbaarheidsverklaring",
                     "VSO - voortgezet speciaal onderwijs"]))
    return b


# ---------------------------------------------------------------------------
# F: near-miss - school-level "ondersteuningsplan" of one basisschool (.md)
# ---------------------------------------------------------------------------

def near_miss():
    b = []
    b.append(("title", ["Ondersteuningsplan OBS De Wilgenhoek 2025-2026",
                        "Openbare basisschool De Wilgenhoek, Lingebroek - onderdeel van Stichting Openbaar Onderwijs "
                        "Rivierenland",
                        "Aangesloten bij Samenwerkingsverband Passend Primair Onderwijs De Waterlinie (PO 26-09)"]))
    b.append(("toc", ["1 Inleiding", "2 Basisondersteuning op De Wilgenhoek", "3 De zorgniveaus",
                      "4 Groepsbesprekingen en leerlingbesprekingen", "5 Extra ondersteuning en arrangementen",
                      "6 Toelaatbaarheid en plaatsing in sbo of so", "7 Terugplaatsing",
                      "8 Middelen", "9 Ouders", "10 Resultaten en evaluatie", "11 Jaarplanning"]))
    b.append(("h1", "1 Inleiding"))
    b.append(("p", "Dit ondersteuningsplan beschrijft hoe wij op OBS De Wilgenhoek de ondersteuning aan onze 212 "
                   "leerlingen organiseren in het schooljaar 2025-2026. Het plan is opgesteld door de intern "
                   "begeleider en de directeur en besproken in het team en in de medezeggenschapsraad. Het plan "
                   "wordt ieder jaar bijgesteld. Het is een uitwerking van ons schoolondersteuningsprofiel en sluit "
                   "aan bij het ondersteuningsplan van het samenwerkingsverband De Waterlinie, waarbij onze school "
                   "is aangesloten. Voor de regels over toelaatbaarheid, de verdeling van middelen en het beleid van "
                   "het samenwerkingsverband verwijzen wij naar dat plan."))
    b.append(("h1", "2 Basisondersteuning op De Wilgenhoek"))
    b.append(("p", "Onze school biedt de basisondersteuning zoals die in het samenwerkingsverband is afgesproken. "
                   "Concreet betekent dat voor onze leerlingen: een intern begeleider (0,6 fte), een "
                   "leesspecialist, het dyslexieprotocol, de methode Kwink voor sociaal-emotioneel leren, een "
                   "plusgroep voor groep 5 tot en met 8 op donderdagmiddag en een rustruimte naast de "
                   "kleuterlokalen. Twee leerkrachten zijn opgeleid tot gedragsspecialist."))
    b.append(("h1", "3 De zorgniveaus"))
    b.append(("p", "Wij werken met vijf zorgniveaus."))
    b.append(("table", [["Niveau", "Omschrijving", "Wie"],
                        ["1", "Goed lesgeven in de groep, gedifferentieerd in drie instructieniveaus", "Leerkracht"],
                        ["2", "Extra zorg in de groep: verlengde instructie, pre-teaching", "Leerkracht"],
                        ["3", "Speciale zorg na bespreking met de intern begeleider, handelingsplan", "Leerkracht en IB"],
                        ["4", "Speciale zorg met externe deskundigen, ontwikkelingsperspectief",
                         "IB, ouders, schoolondersteuner SWV"],
                        ["5", "Verwijzing naar sbo of so, of arrangement van het samenwerkingsverband",
                         "Ondersteuningsteam, SWV"]]))
    b.append(("h1", "4 Groepsbesprekingen en leerlingbesprekingen"))
    b.append(("p", "Drie keer per jaar, in oktober, februari en juni, bespreekt de intern begeleider iedere groep "
                   "met de leerkracht. Aan de orde komen de toetsresultaten van het leerlingvolgsysteem, het "
                   "welbevinden van de groep en de leerlingen die extra aandacht nodig hebben. De afspraken worden "
                   "vastgelegd in het groepsoverzicht. Daarnaast kan een leerkracht iedere week een leerling "
                   "inbrengen in de leerlingbespreking. Twee keer per jaar is er een groepsdoorbraakgesprek met de "
                   "schoolondersteuner van het samenwerkingsverband."))
    b.append(("h1", "5 Extra ondersteuning en arrangementen"))
    b.append(("p", "Als de ondersteuning op niveau 3 niet genoeg is, nodigt de intern begeleider de ouders en de "
                   "schoolondersteuner uit voor een ondersteuningsteam. Soms vraagt de school een arrangement aan bij "
                   "het samenwerkingsverband. In het schooljaar 2024-2025 had onze school vier individuele "
                   "arrangementen: twee voor gedrag, één voor taal en één voor een leerling met een medische "
                   "hulpvraag."))
    b.append(("h1", "6 Toelaatbaarheid en plaatsing in sbo of so"))
    b.append(("p", "Als een leerling beter op zijn plek is in het speciaal basisonderwijs of het speciaal onderwijs, "
                   "vraagt de directeur namens het bestuur een toelaatbaarheidsverklaring aan bij de Commissie "
                   "Toelaatbaarheid van het samenwerkingsverband. De intern begeleider stelt het groeidocument op. "
                   "Ouders worden vanaf het begin betrokken en geven hun zienswijze. Vorig schooljaar zijn twee "
                   "leerlingen van onze school naar het sbo gegaan."))
    b.append(("h1", "7 Terugplaatsing"))
    b.append(("p", "Wij staan open voor leerlingen die vanuit het sbo of so terugkeren. De intern begeleider heeft "
                   "dan contact met de sbo-school over de overdracht. In 2024-2025 is één leerling vanuit sbo De "
                   "Regenboog bij ons ingestroomd."))
    b.append(("h1", "8 Middelen"))
    b.append(("p", "De school ontvangt van het samenwerkingsverband via het bestuur een schoolbudget. Wij zetten dat "
                   "in voor de uren van de intern begeleider boven de 0,4 fte, voor de leesspecialist en voor een "
                   "onderwijsassistent in de onderbouw. In 2025 gaat het om ongeveer € 36.000."))
    b.append(("h1", "9 Ouders"))
    b.append(("p", "Ouders zijn onze partners. Bij zorgen over een kind neemt de leerkracht contact op met de ouders. "
                   "Ouders zijn altijd welkom om een afspraak te maken met de leerkracht of de intern begeleider. "
                   "In de schoolgids staat hoe de ondersteuning op onze school is georganiseerd. Ouders met een "
                   "klacht kunnen terecht bij de vertrouwenspersoon van de school of bij de klachtencommissie van "
                   "het bestuur."))
    b.append(("h1", "10 Resultaten en evaluatie"))
    b.append(("p", "Onze eindtoetsresultaten lagen in 2024-2025 boven de signaleringswaarde van de Inspectie: 96 "
                   "procent van de leerlingen behaalde 1F en 68 procent 2F/1S. Het plan wordt in juni geëvalueerd in "
                   "het team."))
    b.append(("h1", "11 Jaarplanning"))
    b.append(("table", [["Maand", "Activiteit"],
                        ["September", "Startgesprekken met ouders en leerlingen"],
                        ["Oktober", "Groepsbesprekingen ronde 1"],
                        ["Januari/februari", "Midden-toetsen, groepsbesprekingen ronde 2"],
                        ["Maart", "Voorlopig schooladvies groep 7"],
                        ["Juni", "Eind-toetsen, groepsbesprekingen ronde 3, evaluatie ondersteuningsplan"]]))
    return b


# ---------------------------------------------------------------------------
# Labels
# ---------------------------------------------------------------------------
CORE = ["basisondersteuning.niveau", "basisondersteuning.inhoud", "plaatsing.procedure", "plaatsing.criteria",
        "terugstroom.procedure", "terugstroom.beleid", "financien.verdeling", "financien.besteding",
        "dekkend-aanbod.continuum", "dekkend-aanbod.lacunes", "resultaten.doelen", "resultaten.monitoring",
        "ouders.informatie", "ouders.steunpunt"]
ELEMENTS = ["basisondersteuning", "plaatsing", "terugstroom", "financien", "dekkend-aanbod", "resultaten", "ouders"]


def status(el, crit, adv):
    vals = [v for k, v in crit.items() if k.split(".")[0] == el]
    if all(vals):
        return "present"
    if any(vals) or adv.get(el):
        return "partial"
    return "missing"


def q(s):
    return '"' + s.replace('\\', '\\\\').replace('"', '\\"') + '"'


def label_text(docs, sector, false_crits, adv, notes):
    crit = {c: c not in false_crits for c in CORE}
    els = ", ".join(f"{e}: {status(e, crit, adv)}" for e in ELEMENTS)
    out = [f"documents: [{', '.join(docs)}]", f"sector: {sector}", "looks_like_plan: true",
           f"elements: {{{els}}}", "criteria:"]
    out += [f"  {c}: {'true' if crit[c] else 'false'}" for c in CORE]
    out.append("advisory_addressed:")
    for e in ELEMENTS:
        if adv.get(e):
            out.append(f"  {e}: [{', '.join(adv[e])}]")
    out.append("notes:")
    for e in ELEMENTS:
        if e in notes:
            out.append(f"  {e}: {q(notes[e])}")
    return "\n".join(out) + "\n"


LABELS = {
    "po-waterlinie-2025-2029": dict(
        sector="po",
        false=["terugstroom.procedure", "resultaten.doelen", "resultaten.monitoring"],
        adv={"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
             "financien": ["reserves", "verantwoording"], "dekkend-aanbod": ["ketenpartners"],
             "ouders": ["betrokkenheid"]},
        notes={
            "basisondersteuning": "Ch. 4.1 agreed minimum for all 52 schools/vestigingen; 4.2 concrete list; 4.3 kwaliteitskaart check + verbeterplan.",
            "plaatsing": "Ch. 6.1 numbered TLV procedure (loket, two deskundigen, Commissie Toelaatbaarheid, 6 weeks); 6.2 sbo/so criteria; 6.3 duur, categorie, LBT bezwaar.",
            "terugstroom": "Policy (aim, conditions, terugkeerarrangement) hidden in 6.4 'Na de toelaatbaarheidsverklaring' inside the TLV chapter; the step-by-step procedure is explicitly deferred to 2025-2026. Begrippenlijst definition is a trap.",
            "financien": "Under 'Geld en middelen' (ch. 8): verdeelsleutel EUR 145/leerling + vaste voet, arrangement allocation; meerjarenbegroting table 2025-2028; reserve vs signaleringswaarde; school accounting before 1 March.",
            "dekkend-aanbod": "Ch. 5.1 table of levels 1-5 with named voorzieningen; 5.2 thuiszitters route, witte vlekken with actions and dates; ch. 10 OOGO/jeugdhulp.",
            "resultaten": "Ch. 7 'Resultaten en kwaliteit' only defers goals and monitoring to a future kwaliteitskader ('in de loop van 2026'); no targets, no figures; glossary entry is a trap.",
            "ouders": "Inside ch. 9 'Communicatie': 9.1 ouderpagina, folder in four languages, schoolgids, info evenings, contactpersoon; 9.2 OJSP, Onderwijsconsulenten, Geschillencommissie.",
        }),
    "po-heuvelrand-zuid-2025-2029": dict(
        sector="po",
        false=["basisondersteuning.inhoud", "financien.verdeling", "financien.besteding", "ouders.steunpunt"],
        adv={"plaatsing": ["deskundigen", "duur-categorie", "bezwaar"], "terugstroom": ["monitoring"],
             "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
        notes={
            "basisondersteuning": "3.1 defines the agreed minimum for every school/locatie (niveau), but the content is only in 'bijlage 2 Kwaliteitskaart', which is not part of the document; the begrippenlijst listing of items is a glossary trap.",
            "plaatsing": "Ch. 4: aanvraag by schoolbestuur at CvT, dossier, two deskundigen, 6 weeks; criteria sbo vs so given only in a table; geldigheid/categorie in the table; bezwaar via LBT.",
            "terugstroom": "Ch. 5 'Weer naar een school in de wijk' (unusual heading): policy + conditions, numbered yearly procedure incl. TLV end, ambulant follow-up, 17 returns counted.",
            "financien": "Ch. 8 only defers the financial paragraph (verdeling and meerjarenbegroting) to a later aanvulling and refers to absent bijlage 5; glossary 'Verdeelmodel' is a trap. No amounts anywhere.",
            "dekkend-aanbod": "3.2-3.3 continuum table of voorzieningen; 3.4 thuiszitters/wachtlijst approach with terms; ch. 9 OOGO, onderwijs-zorgarrangementen.",
            "resultaten": "Ch. 2 terugblik with targets vs achieved; ch. 7 measurable 2029 goals and 6-monthly dashboard, jaarverslag, mid-term evaluation.",
            "ouders": "Ch. 6 describes information channels, but independent support is only a reference to organisations 'op onze website'; Onderwijsconsulenten/OJSP appear only in the glossary. TLV bezwaar (ch. 4) is an objection route, not independent support.",
        }),
    "po-veenstreek-2025-2029": dict(
        sector="po",
        false=["plaatsing.procedure", "plaatsing.criteria", "terugstroom.procedure", "terugstroom.beleid",
               "financien.besteding", "resultaten.doelen"],
        adv={"basisondersteuning": ["borging"], "financien": ["verantwoording"],
             "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"],
             "ouders": ["betrokkenheid"]},
        notes={
            "basisondersteuning": "Ch. 4 'Wat elke school waarmaakt' (unusual wording, 'Veenstreek-standaard'): agreed core for all schools and vestigingen, ten concrete afspraken, yearly consulent check.",
            "plaatsing": "5.3 only says the SWV issues TLVs and refers procedure and criteria to the Handboek Toewijzing on the website; the glossary mention of two deskundigen is a trap; TLV counts in ch. 2 are figures, not procedure.",
            "terugstroom": "5.4 'Terug naar het regulier onderwijs' is listed in the TOC but the body only says the paragraph will be filled after a 2026 pilot evaluation; glossary definition is a trap.",
            "financien": "Ch. 8 gives the verdeelsleutel (70% per leerling to boards, 30% bovenschools, arrangement toekenning), but the meerjarenbegroting is 'p.m.'; no amounts at all.",
            "dekkend-aanbod": "5.1 four-layer network with named voorzieningen; 5.2 'Geen kind buiten de boot' thuiszitters route, doorzettingsmacht, gap analysis with 2026 action; ch. 9 OOGO.",
            "resultaten": "Ch. 7 describes the monitoring cycle (twice-yearly reports, tevredenheid, jaarverslag) and ch. 2 reports kengetallen, but the intended results are deferred to the first plan year.",
            "ouders": "Ch. 6 'Ouders als partner': ouderwijzer, website, schoolgids; Ouder- en Jeugdsteunpunt Noord, Onderwijsconsulenten, Geschillencommissie; OPR role.",
        }),
    "po-kustzoom-2025-2029": dict(
        sector="po",
        false=["basisondersteuning.niveau", "basisondersteuning.inhoud", "terugstroom.beleid",
               "dekkend-aanbod.continuum", "ouders.informatie"],
        adv={"plaatsing": ["deskundigen", "duur-categorie", "bezwaar"], "financien": ["reserves"],
             "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
        notes={
            "basisondersteuning": "Ch. 3 only says the level will be redetermined in 2025-2026 (deferral); the begrippenlijst definition and the footer link are the only other occurrences.",
            "plaatsing": "Ch. 5: who applies, dossier, Toewijzingscommissie, two separate deskundigen, 5 weeks; 5.2 sbo and so criteria; 5.3 looptijd, categorie, bezwaar.",
            "terugstroom": "Ch. 6 gives the procedure (evaluation in last TLV year, 1 Feb report, school search, TLV ends 31 July, else new TLV) but aims, conditions and support after return are deferred to after a 2026 evaluation; glossary trap.",
            "financien": "Ch. 8 consists only of tables: allocation bases (EUR 160/leerling, vaste voet, maatwerkfonds) with deciding body, and a meerjarenbegroting incl. reserve.",
            "dekkend-aanbod": "Ch. 4 covers thuiszitters route and witte vlekken with actions, ch. 10 gemeenten; no description of the set of support provisions (continuum) anywhere in the body; glossary trap.",
            "resultaten": "Ch. 7: achieved results 2020-2024, target table for 2029, quarterly data and half-year report.",
            "ouders": "Ch. 9 names the OJSP, Onderwijsconsulenten and Geschillencommissie, but how parents are informed about support facilities is deferred to a 2026 communicatieplan; glossary 'Ouderinformatie' and site header/footer are traps. OPR composition in 9.1.",
        }),
    "vo-maasvallei-noord-2025-2029": dict(
        sector="vo",
        false=["basisondersteuning.inhoud", "plaatsing.criteria", "financien.verdeling",
               "dekkend-aanbod.continuum", "dekkend-aanbod.lacunes", "resultaten.monitoring",
               "ouders.informatie", "ouders.steunpunt"],
        adv={"plaatsing": ["deskundigen", "duur-categorie"], "terugstroom": ["monitoring"],
             "financien": ["reserves"], "resultaten": ["meetbaar"]},
        notes={
            "basisondersteuning": "Ch. 4 defines the shared minimum for every vestiging with the four Referentiekader aspects (niveau), but the concrete content is deferred to 2025-2026 and referred to a 2021 document on the website.",
            "plaatsing": "Ch. 5: procedure for vso (CTO, dossier, two deskundigen, 6 weeks, duration, categorie), lwoo (1 March/15 April) and pro; vso criteria explicitly deferred to autumn 2025, lwoo/pro only 'landelijke regeling'.",
            "terugstroom": "Ch. 6: policy with conditions and overstaparrangement; numbered procedure with evaluation moments, CTO decision, TLV end; 11 returns in 2023-2024.",
            "financien": "Ch. 8.2 meerjarenbegroting with amounts and reserve policy, but 8.1 defers the verdeelmodel to a later decision; glossary 'Verdeelmodel' is a trap.",
            "dekkend-aanbod": "Only a passing 'dekkend aanbod is een gezamenlijke verantwoordelijkheid' in the visie, a list of schools in ch. 2, and glossary entries (dekkend aanbod, thuiszitter, OPDC); OOGO only as a reference to an absent bijlage 3.",
            "resultaten": "Ch. 7 target table with baselines and 2029 streefwaarden, but measuring and reporting are deferred to a kwaliteitshandboek 'in de loop van 2026'.",
            "ouders": "No parent information or independent support in the body; ch. 10 only defers a future paragraph on information and the OJSP; glossary/abbreviations (OJSP, Onderwijsconsulent) are traps. Parents do not appear in the procedures.",
        }),
}

NEAR_MISS_LABEL = """documents: [ondersteuningsplan-obs-de-wilgenhoek.md]
sector: po
looks_like_plan: false
elements: {}
criteria: {}
notes:
  document: "School-level 'ondersteuningsplan' of one basisschool (zorgniveaus 1-5, groepsbesprekingen, IB, one-year school plan); it names the samenwerkingsverband and uses its vocabulary (basisondersteuning, TLV, terugplaatsing, middelen, ouders, resultaten) but is not an SWV ondersteuningsplan (domain 5.4)."
"""


def main():
    plans = [
        ("po-waterlinie-2025-2029", plan_a, "docx",
         "Ondersteuningsplan 2025-2029 De Waterlinie - basisondersteuning, toelaatbaarheid, terugplaatsing, "
         "resultaten, ouders"),
        ("po-heuvelrand-zuid-2025-2029", plan_b, "pdf", "Heuvelrand Zuid - Ondersteuningsplan 2025-2029"),
        ("po-veenstreek-2025-2029", plan_c, "pdf",
         "Koers op passend onderwijs - terugplaatsing - meerjarenbegroting - ouders"),
        ("po-kustzoom-2025-2029", plan_d, "html", None),
        ("vo-maasvallei-noord-2025-2029", plan_e, "docx",
         "SWV VO Maasvallei-Noord - Ondersteuningsplan 2025-2029 - dekkend aanbod en ouders"),
    ]
    for name, fn, fmt, header in plans:
        blocks = fn()
        target = OUT / f"{name}.{fmt}"
        if fmt == "docx":
            write_docx(blocks, target, header=header)
        elif fmt == "pdf":
            docx_to_pdf(blocks, target, header=header)
        else:
            write_html(blocks, target, title="Ondersteuningsplan Kustzoom PO 2025-2029")
        lab = LABELS[name]
        (OUT / f"{name}.expected.yaml").write_text(
            label_text([target.name], lab["sector"], lab["false"], lab["adv"], lab["notes"]), encoding="utf-8")
        print(f"{target.name}: {words(blocks)} words")
    nm = OUT / "ondersteuningsplan-obs-de-wilgenhoek.md"
    write_md(near_miss(), nm)
    (OUT / "ondersteuningsplan-obs-de-wilgenhoek.expected.yaml").write_text(NEAR_MISS_LABEL, encoding="utf-8")
    print(f"{nm.name}: {words(near_miss())} words")


if __name__ == "__main__":
    main()
