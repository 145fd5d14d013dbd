#!/usr/bin/env python3
"""Generate the holdout140 labelled test set for opcheck.

Five fictional ondersteuningsplannen (4 PO, 1 VO) and one near-miss document (a school-level
'ondersteuningsplan' of a single basisschool). Deterministic, no network. Output goes to the
folder above this script's folder. PDFs are rendered from a temporary .docx with LibreOffice.
The label files (*.expected.yaml) are written by this script too.
"""
import html
import shutil
import subprocess
import tempfile
from pathlib import Path

import docx
import yaml
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

OUT = Path(__file__).resolve().parent.parent

# --------------------------------------------------------------------------------------------
# Block model: list of (kind, payload)
#   ("title", [lines]) title page lines; ("toc", [entries]); ("h1", text); ("h2", text);
#   ("p", text); ("ul", [items]); ("table", [[cells], ...]) first row = header
# --------------------------------------------------------------------------------------------


def set_core(d, title):
    d.core_properties.title = title
    d.core_properties.author = "Bureau samenwerkingsverband"
    # fixed timestamps keep the docx deterministic in content
    import datetime
    ts = datetime.datetime(2025, 3, 1, 9, 0, 0)
    d.core_properties.created = ts
    d.core_properties.modified = ts
    d.core_properties.last_modified_by = "Bureau"
    d.core_properties.revision = 1


def write_docx(blocks, path, header_text=None, footer_text=None, title="Ondersteuningsplan"):
    d = docx.Document()
    set_core(d, title)
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    sec = d.sections[0]
    if header_text:
        sec.header.paragraphs[0].text = header_text
    if footer_text:
        sec.footer.paragraphs[0].text = footer_text
    for kind, val in blocks:
        if kind == "title":
            for i, line in enumerate(val):
                p = d.add_paragraph()
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                r = p.add_run(line)
                r.bold = i == 0
                r.font.size = Pt(22 if i == 0 else 13)
            d.add_page_break()
        elif kind == "toc":
            d.add_paragraph("Inhoudsopgave", style="Heading 1")
            for e in val:
                d.add_paragraph(e)
            d.add_page_break()
        elif kind == "h1":
            d.add_heading(val, level=1)
        elif kind == "h2":
            d.add_heading(val, level=2)
        elif kind == "p":
            d.add_paragraph(val)
        elif kind == "ul":
            for it in val:
                d.add_paragraph(it, style="List Bullet")
        elif kind == "table":
            t = d.add_table(rows=len(val), cols=len(val[0]))
            t.style = "Table Grid"
            for i, row in enumerate(val):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = cell
                    if i == 0:
                        for r in t.cell(i, j).paragraphs[0].runs:
                            r.bold = True
            d.add_paragraph("")
        elif kind == "pagebreak":
            d.add_page_break()
        else:
            raise ValueError(kind)
    d.save(str(path))


def write_pdf(blocks, path, **kw):
    tmp = Path(tempfile.mkdtemp(prefix="holdout140_pdf_"))
    try:
        src = tmp / (path.stem + ".docx")
        write_docx(blocks, src, **kw)
        subprocess.run(
            ["soffice", "--headless", f"-env:UserInstallation=file://{tmp}/lo_profile",
             "--convert-to", "pdf", "--outdir", str(tmp), str(src)],
            check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
        shutil.copyfile(tmp / (path.stem + ".pdf"), path)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def write_html(blocks, path, site_title, nav):
    e = html.escape
    out = ["<!DOCTYPE html>", '<html lang="nl">', "<head>", '<meta charset="utf-8">',
           f"<title>{e(site_title)}</title>", "</head>", "<body>",
           f'<header><div class="logo">{e(site_title)}</div><nav><ul>'
           + "".join(f'<li><a href="#">{e(n)}</a></li>' for n in nav) + "</ul></nav></header>",
           "<main>"]
    for kind, val in blocks:
        if kind == "title":
            out.append(f"<h1>{e(val[0])}</h1>")
            for line in val[1:]:
                out.append(f'<p class="subtitle">{e(line)}</p>')
        elif kind == "toc":
            out.append('<aside class="toc"><h2>Op deze pagina</h2><ol>'
                       + "".join(f"<li>{e(x)}</li>" for x in val) + "</ol></aside>")
        elif kind == "h1":
            out.append(f"<h2>{e(val)}</h2>")
        elif kind == "h2":
            out.append(f"<h3>{e(val)}</h3>")
        elif kind == "p":
            out.append(f"<p>{e(val)}</p>")
        elif kind == "ul":
            out.append("<ul>" + "".join(f"<li>{e(x)}</li>" for x in val) + "</ul>")
        elif kind == "table":
            rows = ["<tr>" + "".join(f"<th>{e(c)}</th>" for c in val[0]) + "</tr>"]
            for r in val[1:]:
                rows.append("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>")
            out.append("<table>" + "".join(rows) + "</table>")
        elif kind == "pagebreak":
            pass
    out += ["</main>", f"<footer><p>{e(site_title)} &middot; Contact &middot; Privacyverklaring &middot; "
            "Cookies &middot; Ouders &middot; Scholen</p></footer>", "</body>", "</html>"]
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


def _q(text):
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def write_label(name, documents, sector, looks, elements, criteria, advisory, notes):
    """Write the label in the agreed layout (flow maps for documents/elements, one criterion per line)."""
    lines = ["documents: [" + ", ".join(documents) + "]", f"sector: {sector}",
             f"looks_like_plan: {'true' if looks else 'false'}"]
    if elements:
        lines.append("elements: {" + ", ".join(f"{k}: {v}" for k, v in elements.items()) + "}")
    else:
        lines.append("elements: {}")
    if criteria:
        lines.append("criteria:")
        lines += [f"  {k}: {'true' if v else 'false'}" for k, v in criteria.items()]
    else:
        lines.append("criteria: {}")
    if advisory:
        lines.append("advisory_addressed:")
        lines += [f"  {k}: [" + ", ".join(v) + "]" for k, v in advisory.items()]
    lines.append("notes:")
    lines += [f"  {k}: {_q(v)}" for k, v in notes.items()]
    txt = "\n".join(lines) + "\n"
    data = yaml.safe_load(txt)  # must round-trip
    assert data["elements"] == (elements or {}) and data["criteria"] == (criteria or {})
    assert data["notes"] == notes
    (OUT / f"{name}.expected.yaml").write_text(txt, encoding="utf-8")


CORE = ["basisondersteuning.niveau", "basisondersteuning.inhoud", "plaatsing.procedure",
        "plaatsing.criteria", "terugstroom.procedure", "terugstroom.beleid",
        "financien.verdeling", "financien.besteding", "dekkend-aanbod.continuum",
        "dekkend-aanbod.lacunes", "resultaten.doelen", "resultaten.monitoring",
        "ouders.informatie", "ouders.steunpunt"]


def crit(false_list):
    for f in false_list:
        assert f in CORE, f
    return {c: (c not in false_list) for c in CORE}


def status_from(criteria, touched):
    """Part A status rule; touched = elements with something addressed (core or advisory)."""
    res = {}
    for el in ["basisondersteuning", "plaatsing", "terugstroom", "financien", "dekkend-aanbod",
               "resultaten", "ouders"]:
        vals = [v for k, v in criteria.items() if k.split(".")[0] == el]
        if all(vals):
            res[el] = "present"
        elif any(vals) or el in touched:
            res[el] = "partial"
        else:
            res[el] = "missing"
    return res


def words(blocks):
    n = 0
    for kind, val in blocks:
        if isinstance(val, str):
            n += len(val.split())
        elif kind == "table":
            n += sum(len(c.split()) for r in val for c in r)
        else:
            n += sum(len(x.split()) for x in val)
    return n


# --------------------------------------------------------------------------------------------
# Shared filler (parameterised). Each function returns blocks. None of these address a core
# criterion unless stated in the docstring; callers choose them per plan accordingly.
# --------------------------------------------------------------------------------------------


def f_governance(c):
    """Governance: no element content."""
    return [
        ("p", f"{c['name']} is een stichting waarin {c['nbesturen']} schoolbesturen samenwerken. "
              "De statuten gaan uit van een scheiding tussen bestuur en intern toezicht. Het bestuur wordt "
              "gevormd door een onafhankelijke directeur-bestuurder; de Raad van Toezicht bestaat uit vijf "
              "leden, van wie drie afkomstig zijn uit de kring van de aangesloten besturen en twee onafhankelijk "
              "zijn. Daarnaast kent de stichting een Algemene Ledenvergadering (ALV) waarin alle besturen "
              "vertegenwoordigd zijn; de ALV benoemt de leden van de Raad van Toezicht en keurt het "
              "ondersteuningsplan goed voordat de directeur-bestuurder het vaststelt."),
        ("p", "De directeur-bestuurder wordt ondersteund door een klein bureau. Het bureau voert de dagelijkse "
              "werkzaamheden uit, organiseert de overleggen met intern begeleiders en directeuren en onderhoudt "
              "de contacten met gemeenten en ketenpartners. De Raad van Toezicht vergadert vijf keer per jaar "
              "en hanteert de Code Goed Bestuur van de PO-Raad. Het toezichtkader en het reglement van de "
              "Raad van Toezicht zijn in 2024 geactualiseerd."),
        ("p", "Geschillen tussen de aangesloten besturen en het samenwerkingsverband over de uitvoering van de "
              "statuten worden voorgelegd aan een geschillencommissie zoals bedoeld in de statuten. In de "
              "afgelopen planperiode is van deze regeling geen gebruik gemaakt."),
    ]


def f_opr(c, date):
    """OPR procedure; passing mention of ouders as members only."""
    return [
        ("p", "Het samenwerkingsverband heeft een ondersteuningsplanraad (OPR). De leden worden afgevaardigd "
              "door de medezeggenschapsraden van de aangesloten scholen. De OPR heeft instemmingsrecht op het "
              "ondersteuningsplan en op wijzigingen daarvan. De OPR vergadert zes keer per jaar, waarvan twee "
              "keer met de directeur-bestuurder, en heeft een eigen budget voor scholing en ondersteuning."),
        ("p", f"Het concept van dit plan is in drie bijeenkomsten met de OPR besproken. De OPR heeft op {date} "
              "ingestemd met het plan. Wij danken de leden voor hun kritische en opbouwende bijdragen; "
              "verschillende opmerkingen hebben tot aanpassingen geleid, onder meer in de leesbaarheid van "
              "de hoofdstukken over toewijzing en over geld."),
    ]


def f_oogo_proc(c, date):
    """OOGO as procedure only (no cooperation content)."""
    return [
        ("p", f"Op {date} heeft het op overeenstemming gericht overleg (OOGO) over het concept van dit plan "
              f"plaatsgevonden met de colleges van burgemeester en wethouders van {c['gemeenten']}. "
              "Het overleg is afgesloten met een gezamenlijk verslag waarin partijen vaststellen dat "
              "overeenstemming is bereikt. Ook is het plan besproken met het samenwerkingsverband voor "
              "voortgezet onderwijs in de regio, waarvan het werkgebied overlapt met het onze."),
        ("p", "Het plan is na vaststelling vóór 1 mei aan de Inspectie van het Onderwijs gezonden via het "
              "Internet Schooldossier."),
    ]


def f_oogo_keten(c):
    """Cooperation with gemeenten/jeugdhulp -> dekkend-aanbod.ketenpartners (advisory)."""
    return [
        ("p", f"Met de gemeenten {c['gemeenten']} werken wij samen op basis van een gezamenlijke agenda. "
              "Vaste thema's zijn de aansluiting tussen onderwijs en jeugdhulp, leerlingenvervoer, "
              "onderwijshuisvesting en de aanpak van verzuim. Iedere school heeft een vaste "
              "contactpersoon van het lokale team (het wijkteam) die aanschuift bij het ondersteuningsteam "
              "van de school. Voor leerlingen die naast onderwijs zorg nodig hebben, stellen school, ouders, "
              "gemeente en zorgaanbieder samen een onderwijs-zorgarrangement op; de gemeente financiert "
              "het zorgdeel, het samenwerkingsverband het onderwijsdeel."),
        ("p", "Twee keer per jaar vindt een bestuurlijk overleg plaats tussen de wethouders onderwijs en "
              "jeugd en de directeur-bestuurder. Ambtelijk is er maandelijks contact. In het OOGO is "
              "afgesproken dat de gemeenten en het samenwerkingsverband elkaars beleidsplannen voor "
              "vaststelling aan elkaar voorleggen."),
    ]


def f_personeel(c):
    """Personnel of the SWV bureau; professionalisering. No element content."""
    return [
        ("p", f"Het bureau van {c['short']} telt {c['fte']} fte. Het team bestaat uit de directeur-bestuurder, "
              "een beleidsmedewerker, een controller (gedeeltelijk ingehuurd), twee secretariële "
              "medewerkers en een team van orthopedagogen en ondersteuningsconsulenten. De consulenten "
              "zijn in dienst van het samenwerkingsverband of worden gedetacheerd vanuit een van de besturen."),
        ("p", "Wij investeren in de deskundigheid van onze eigen medewerkers en van leraren en intern "
              "begeleiders op de scholen. Jaarlijks organiseren we een studiedag voor intern begeleiders en "
              "een netwerkbijeenkomst voor directeuren. Leraren kunnen deelnemen aan leernetwerken over "
              "gedrag, taalontwikkeling en meer- en hoogbegaafdheid. De professionaliseringsactiviteiten "
              "worden in het jaarplan opgenomen."),
        ("p", "Het samenwerkingsverband volgt de cao primair onderwijs. De werkdruk op het bureau is in de "
              "afgelopen periode toegenomen door het groeiend aantal aanvragen; in de formatie is hiervoor "
              "ruimte gemaakt door een extra consulent aan te stellen."),
    ]


def f_ict(c):
    """ICT and privacy; no element content."""
    return [
        ("p", "Voor het aanvragen van ondersteuning en toelaatbaarheidsverklaringen gebruiken scholen een "
              "beveiligde digitale omgeving. Scholen werken met een groeidocument dat zij vanuit hun "
              "leerlingvolgsysteem kunnen vullen. Het samenwerkingsverband verwerkt persoonsgegevens "
              "van leerlingen alleen voor zover dat nodig is voor de wettelijke taken."),
        ("p", "Er is een functionaris gegevensbescherming aangesteld die samen met de besturen werkt. Het "
              "privacyreglement is in 2024 herzien. Gegevens in dossiers bij het samenwerkingsverband "
              "worden bewaard tot drie jaar na het laatste besluit. Medewerkers hebben alleen toegang tot "
              "dossiers waarvoor zij verantwoordelijk zijn; toegang wordt gelogd."),
        ("p", "In de planperiode vervangen we het huidige aanvraagsysteem. De aanbesteding vindt plaats in "
              "2026; bij de keuze betrekken we een werkgroep van intern begeleiders."),
    ]


def f_thuiszitters(c, count, year):
    """Addresses dekkend-aanbod.lacunes (thuiszitters approach with actors, frequency, figures)."""
    return [
        ("p", f"Het samenwerkingsverband houdt samen met de leerplichtambtenaren van {c['gemeenten']} een "
              f"thuiszittersoverzicht bij. Op de peildatum 1 oktober {year} telden we {count} leerlingen die "
              "langer dan vier weken zonder geldige reden niet naar school gingen, en een kleiner aantal "
              "leerlingen met een vrijstelling van de leerplicht. Iedere zes weken komt het "
              "thuiszittersoverleg bijeen: leerplicht, het samenwerkingsverband, het lokale team en de "
              "betrokken school bespreken iedere leerling, stellen vast welk aanbod ontbreekt en spreken "
              "af wie binnen welke termijn wat doet."),
        ("p", "Als school, ouders en ketenpartners er niet samen uitkomen, kan de directeur-bestuurder "
              "doorzettingsmacht inzetten: zij wijst een school of voorziening aan die de leerling "
              "binnen twee weken een (tijdelijk) aanbod doet, en het samenwerkingsverband betaalt zo nodig "
              "de kosten van het maatwerktraject. Leerlingen voor wie in de regio geen passende plek "
              "bestaat, melden we aan het bestuur; het bestuur besluit jaarlijks welke voorziening wordt "
              "opgezet of ingekocht om deze lacune te sluiten."),
    ]


def f_landelijk(c):
    """National developments; passing mentions only."""
    return [
        ("p", "Het onderwijs in Nederland is volop in beweging. Na de evaluatie van passend onderwijs in 2020 is "
              "de Verbeteraanpak passend onderwijs gestart, met maatregelen die ook de samenwerkingsverbanden "
              "raken: meer duidelijkheid over wat scholen bieden, een sterkere positie van ouders en leerlingen, "
              "een einde aan hoge reserves en een betere aansluiting tussen onderwijs en jeugdhulp. Daarnaast is "
              "de ambitie uitgesproken om het onderwijs in 2035 zo inclusief mogelijk te maken, zodat meer "
              "kinderen samen naar school kunnen."),
        ("p", "Voor de komende jaren verwachten wij verder dat er een landelijke norm komt voor wat scholen aan "
              "ondersteuning bieden, dat het schoolondersteuningsprofiel opgaat in de schoolgids en dat de "
              "bekostiging wordt vereenvoudigd. Wanneer en in welke vorm deze wijzigingen ingaan, is bij het "
              "schrijven van dit plan nog niet in alle gevallen bekend. Wij volgen de ontwikkelingen via de "
              "sectorraden en het Steunpunt Passend Onderwijs en passen onze werkwijze aan zodra dat nodig is. "
              "Waar dit tot een wezenlijke wijziging van dit plan leidt, leggen wij die ter instemming voor aan "
              "de ondersteuningsplanraad."),
        ("p", "Ook de arbeidsmarkt verandert. Het lerarentekort treft vooral de scholen in de steden en de "
              "kleine kernen aan de rand van ons gebied. Wij zien dat scholen steeds vaker werken met "
              "onderwijsassistenten, zij-instromers en onbevoegde invallers. Dat vraagt om extra begeleiding "
              "van nieuwe collega's, juist ook als het gaat om kinderen die iets extra's nodig hebben."),
    ]


def f_vervoer(c):
    """Leerlingenvervoer and huisvesting (municipal near-miss topics)."""
    return [
        ("p", f"Leerlingenvervoer is een taak van de gemeenten {c['gemeenten']}. Leerlingen die naar een speciale "
              "school gaan, hebben vaak een lange reistijd. Wij hebben met de gemeenten "
              "afgesproken dat wij signalen over lange reistijden of problemen met het vervoer bundelen en "
              "twee keer per jaar bespreken in het ambtelijk overleg. De gemeenten hebben toegezegd de "
              "reistijd bij de nieuwe aanbesteding van het vervoer als gunningscriterium op te nemen."),
        ("p", "Ook onderwijshuisvesting is een gemeentelijke verantwoordelijkheid. In de integrale "
              "huisvestingsplannen van de gemeenten wordt rekening gehouden met ruimte voor kleine groepen, "
              "prikkelarme werkplekken en ruimte voor zorg in de school. Het samenwerkingsverband geeft "
              "gevraagd en ongevraagd advies bij nieuwbouw en renovatie. Een voorbeeld is het nieuwe "
              "kindcentrum in het zuiden van de regio, waar een basisschool, een peuteropvang en een "
              "praktijk voor kinderfysiotherapie onder één dak komen."),
    ]


def f_communicatie_scholen(c):
    """Communication with schools and professionals; no parents."""
    return [
        ("p", "Het samenwerkingsverband communiceert op verschillende manieren met de scholen. Iedere maand "
              "verschijnt een digitale nieuwsbrief voor directeuren en intern begeleiders met actuele "
              "informatie over procedures, scholingsaanbod en regionale ontwikkelingen. Op het besloten deel "
              "van de website vinden professionals formulieren, handreikingen en verslagen van overleggen."),
        ("p", "Intern begeleiders komen vijf keer per jaar bijeen in regionale netwerken. Daar worden casussen "
              "besproken, goede voorbeelden gedeeld en nieuwe afspraken toegelicht. Directeuren ontmoeten "
              "elkaar twee keer per jaar in een directeurenconferentie. Voor bestuurders is er het bestuurlijk "
              "overleg dat de vergaderingen van de Algemene Ledenvergadering voorbereidt. Wij merken dat "
              "scholen deze overleggen waarderen als plek om van elkaar te leren; de opkomst is hoog."),
        ("p", "Daarnaast verschijnt twee keer per jaar een bestuurlijke nieuwsbrief met de besluiten van de "
              "Raad van Toezicht en de Algemene Ledenvergadering. Verslagen van het bestuurlijk overleg worden "
              "binnen twee weken na de vergadering op het besloten deel van de website geplaatst."),
    ]


def f_opr_werkwijze(c):
    """OPR working practice (medezeggenschap)."""
    return [
        ("p", "De ondersteuningsplanraad telt acht leden: vier leden uit de personeelsgeleding en vier uit de "
              "oudergeleding van de medezeggenschapsraden. De OPR heeft een eigen huishoudelijk reglement en "
              "wordt ondersteund door een ambtelijk secretaris. Nieuwe leden volgen een introductietraining. "
              "Jaarlijks stelt de OPR een activiteitenplan op en brengt zij verslag uit aan de "
              "medezeggenschapsraden van de scholen."),
        ("p", "Naast instemming op het ondersteuningsplan heeft de OPR een adviserende rol bij de jaarplannen. "
              "De directeur-bestuurder informeert de OPR tijdig over voorgenomen besluiten. Bij een verschil van "
              "inzicht over instemming kunnen partijen zich wenden tot de Landelijke Commissie voor Geschillen "
              "WMS. In de afgelopen planperiode is dat niet nodig geweest."),
    ]


def f_begrippen(extra=None):
    rows = [["Begrip", "Betekenis"],
            ["Basisondersteuning", "Het afgesproken niveau van ondersteuning dat alle scholen bieden."],
            ["Arrangement", "Een afgesproken pakket van extra ondersteuning voor een leerling of groep."],
            ["Dekkend aanbod", "Een samenhangend geheel van voorzieningen zodat iedere leerling een passende plek heeft."],
            ["Meerjarenbegroting", "Begroting voor meerdere jaren, met baten en lasten."],
            ["OJSP", "Ouder- en jeugdsteunpunt: onafhankelijke hulp voor ouders en jeugdigen."],
            ["OPP", "Ontwikkelingsperspectief(plan)."],
            ["OPR", "Ondersteuningsplanraad."],
            ["SOP", "Schoolondersteuningsprofiel."],
            ["Terugplaatsing", "Het teruggaan van een leerling uit het S(B)O naar het regulier onderwijs."],
            ["Thuiszitter", "Leerplichtige leerling die zonder geldige reden niet naar school gaat."],
            ["TLV", "Toelaatbaarheidsverklaring voor het speciaal (basis)onderwijs."],
            ["Verdeelmodel", "De afspraken over hoe middelen over scholen worden verdeeld."]]
    if extra:
        rows += extra
    return rows


# ============================================================================================
# Plan A - PO, .docx. Solid plan. terugstroom partial (procedure deferred; beleid inside the
# TLV chapter). Ouders under "Communicatie", financien under "Geld en middelen".
# ============================================================================================
def plan_a():
    c = dict(name="Stichting Samenwerkingsverband Passend Onderwijs De Brede Bocht",
             short="De Brede Bocht", nbesturen="elf", fte="9,4",
             gemeenten="Hoeveland, Marskerk en Dommelburg")
    b = []
    b.append(("title", ["Ondersteuningsplan 2025-2029",
                        "Samenwerkingsverband Passend Onderwijs De Brede Bocht (PO 30-11)",
                        "Samen zorgen voor passend onderwijs dichtbij huis",
                        "Vastgesteld door de directeur-bestuurder op 7 april 2025"]))
    b.append(("toc", ["Voorwoord", "1 Inleiding", "2 Ons samenwerkingsverband in cijfers", "3 Visie en missie",
                      "4 Terugblik op de planperiode 2021-2025", "5 Basisondersteuning",
                      "6 Extra ondersteuning en arrangementen", "7 Toelaatbaarheid en plaatsing",
                      "8 Dekkend netwerk en thuiszitters", "9 Communicatie",
                      "10 Samenwerking met gemeenten en jeugdhulp", "11 Kwaliteitszorg en beoogde resultaten",
                      "12 Organisatie en personeel", "13 Geld en middelen", "14 Planning 2025-2029",
                      "Bijlage 1 Begrippenlijst", "Bijlage 2 Terugplaatsing en overplaatsing (werkwijzer, volgt)"]))
    b.append(("h1", "Voorwoord"))
    b.append(("p", "Voor u ligt het ondersteuningsplan 2025-2029 van De Brede Bocht. Het is het derde plan sinds "
                   "de invoering van passend onderwijs in 2014. Waar het eerste plan vooral ging over het "
                   "inrichten van een nieuwe organisatie, en het tweede over het versterken van de scholen, "
                   "gaat dit plan over het samen dragen van de verantwoordelijkheid: geen kind tussen wal en schip."))
    b.append(("p", "Het plan is tot stand gekomen in gesprek met veel mensen: intern begeleiders, directeuren, "
                   "bestuurders, leraren van het speciaal (basis)onderwijs, medewerkers van de gemeenten en "
                   "natuurlijk de leden van de ondersteuningsplanraad. Ook ouders hebben via twee "
                   "ouderavonden en een online vragenlijst hun ervaringen met ons gedeeld. Die ervaringen waren "
                   "niet altijd positief; ouders vertelden ons over lange wachttijden en over het gevoel "
                   "van het kastje naar de muur gestuurd te worden. Dat nemen we ter harte."))
    b.append(("p", "Ik dank iedereen die heeft meegedacht en ik kijk uit naar de uitvoering van dit plan, "
                   "samen met de scholen en onze partners. Marjolein Hazebroek, directeur-bestuurder."))
    b.append(("h1", "1 Inleiding"))
    b.append(("p", "Dit ondersteuningsplan beschrijft hoe De Brede Bocht in de schooljaren 2025-2026 tot en met "
                   "2028-2029 zorgt voor een samenhangend geheel van ondersteuningsvoorzieningen binnen en "
                   "tussen de scholen. Het plan geldt van 1 augustus 2025 tot en met 31 juli 2029. Het plan is "
                   "opgesteld op grond van artikel 18a van de Wet op het primair onderwijs."))
    b.append(("p", "Het plan is geschreven voor bestuurders, directeuren en intern begeleiders, maar ook voor "
                   "ouders en leraren die willen weten wat zij van de scholen en van het samenwerkingsverband "
                   "mogen verwachten. We hebben geprobeerd het plan zo concreet mogelijk te maken. Waar "
                   "afspraken jaarlijks veranderen, zoals bedragen, verwijzen we naar het jaarplan; de "
                   "uitgangspunten staan in dit plan."))
    b.append(("h2", "1.1 Totstandkoming"))
    b += f_oogo_proc(c, "4 maart 2025")
    b += f_opr(c, "26 maart 2025")
    b.append(("h1", "2 Ons samenwerkingsverband in cijfers"))
    b.append(("p", f"In De Brede Bocht werken {c['nbesturen']} schoolbesturen samen. Zij zijn samen "
                   "verantwoordelijk voor 52 basisscholen, twee scholen voor speciaal basisonderwijs (sbo De "
                   "Kompasroos en sbo Het Anker) en drie locaties voor speciaal onderwijs in cluster 3 en 4. "
                   "Het werkgebied omvat de gemeenten Hoeveland, Marskerk en Dommelburg, een gebied met "
                   "zowel stedelijke wijken als kleine dorpen."))
    b.append(("table", [["Kengetal (peildatum 1 oktober)", "2022", "2023", "2024"],
                        ["Leerlingen basisonderwijs", "12.480", "12.310", "12.205"],
                        ["Leerlingen sbo", "298", "305", "311"],
                        ["Leerlingen so (cluster 3 en 4)", "214", "221", "229"],
                        ["Deelnamepercentage sbo", "2,3%", "2,4%", "2,5%"],
                        ["Deelnamepercentage so", "1,7%", "1,7%", "1,8%"]]))
    b.append(("p", "Het leerlingenaantal in het basisonderwijs daalt licht, vooral in de kleine kernen. "
                   "Tegelijk stijgt het aantal leerlingen in het speciaal (basis)onderwijs. Die ontwikkeling "
                   "zien we ook landelijk; in hoofdstuk 11 beschrijven we wat wij hiermee willen bereiken."))
    b.append(("h1", "3 Visie en missie"))
    b.append(("p", "Onze missie is dat ieder kind in de regio onderwijs krijgt dat past bij wat het nodig heeft, "
                   "zo dicht mogelijk bij huis en samen met leeftijdgenoten. Wij geloven dat kinderen het beste "
                   "leren als leraren, ouders en ondersteuners samenwerken en als de ondersteuning naar het kind "
                   "toe komt in plaats van andersom."))
    b.append(("p", "Vier kernwaarden geven richting aan ons handelen: nabijheid (ondersteuning zo thuisnabij "
                   "mogelijk), vertrouwen (we gaan uit van de professionaliteit van scholen), eenvoud (zo min "
                   "mogelijk formulieren, zo veel mogelijk gesprek) en eigenaarschap (de school van aanmelding "
                   "is en blijft verantwoordelijk tot er een passende plek is). Resultaten zijn voor ons geen "
                   "doel op zich, maar een middel om te leren wat werkt."))
    b.append(("p", "Voor de komende vier jaar kiezen wij drie koersen: (1) sterke basis op elke school, (2) snelle "
                   "en dichtbij georganiseerde extra ondersteuning, (3) geen thuiszitters. Deze koersen komen "
                   "terug in de hoofdstukken hierna."))
    b.append(("h1", "4 Terugblik op de planperiode 2021-2025"))
    b.append(("p", "In het vorige plan stonden vijf ambities. Hieronder geven we per ambitie aan wat we hebben "
                   "bereikt. De gegevens komen uit onze registratie van arrangementen en TLV's, uit de "
                   "leerplichttelling en uit de tevredenheidspeiling die we in 2024 onder scholen en ouders "
                   "hebben gehouden."))
    b.append(("table", [["Ambitie 2021-2025", "Streefwaarde", "Bereikt (2024)", "Oordeel"],
                        ["Doorlooptijd TLV-aanvraag", "max. 6 weken", "gemiddeld 5,2 weken", "behaald"],
                        ["Scholen die basisondersteuning op orde hebben (kwaliteitskaart)", "100%", "92%", "deels behaald"],
                        ["Aantal thuiszitters > 3 maanden", "0", "4", "niet behaald"],
                        ["Tevredenheid ouders over ondersteuning (1-10)", "7,5", "7,1", "deels behaald"],
                        ["Deelnamepercentage s(b)o niet hoger dan landelijk", "≤ 4,0%", "4,3%", "niet behaald"]]))
    b.append(("p", "Met name het aantal langdurige thuiszitters en de stijging van het deelnamepercentage zijn "
                   "voor ons aanleiding om in dit plan meer aandacht te geven aan het dekkend netwerk en aan "
                   "preventieve inzet in de basisscholen."))
    b.append(("h1", "5 Basisondersteuning"))
    b.append(("p", "Basisondersteuning is de ondersteuning die iedere school binnen De Brede Bocht biedt, op "
                   "iedere vestiging, zonder dat daarvoor een aanvraag bij het samenwerkingsverband nodig is. "
                   "De besturen hebben het niveau gezamenlijk vastgesteld in het Referentiekader "
                   "Basisondersteuning De Brede Bocht 2025. Het is een ondergrens: scholen mogen meer bieden, "
                   "maar geen school mag eronder zitten. Het niveau geldt dus voor alle 52 basisscholen."))
    b.append(("p", "Concreet mogen ouders op iedere school het volgende verwachten:"))
    b.append(("ul", ["een intern begeleider die minimaal twee dagdelen per week per 200 leerlingen beschikbaar is en die "
                     "het ondersteuningsteam van de school coördineert;",
                     "handelingsgericht werken: iedere groep heeft een groepsoverzicht en groepsplan dat drie keer "
                     "per jaar in een groepsbespreking wordt geëvalueerd;",
                     "een dyslexieprotocol en een dyscalculieprotocol, inclusief het voorbereiden van een "
                     "vergoed dyslexieonderzoek;",
                     "een aanbod voor sociaal-emotionele ontwikkeling met een methode en een jaarlijks "
                     "veiligheidsonderzoek, en een gedragsprotocol;",
                     "aanpassingen in aanbod en instructie voor leerlingen die meer of minder aankunnen, "
                     "waaronder compacten en verrijken;",
                     "een aanbod voor leerlingen met een taalachterstand of Nederlands als tweede taal;",
                     "afspraken over medisch handelen en over de toegankelijkheid van het gebouw;",
                     "een ondersteuningsteam waarin de school met ouders, de consulent van het "
                     "samenwerkingsverband en het lokale team meedenkt over een leerling;",
                     "een ontwikkelingsperspectief (OPP) voor iedere leerling die op een eigen leerlijn werkt."]))
    b.append(("p", "Wat een school daarnaast biedt, staat in het schoolondersteuningsprofiel en vanaf 2026 in de "
                   "schoolgids. Als de basisondersteuning niet toereikend is, kan de school extra ondersteuning "
                   "inzetten (hoofdstuk 6)."))
    b.append(("h2", "5.1 Borging"))
    b.append(("p", "Iedere school vult eens per twee jaar de kwaliteitskaart basisondersteuning in. Een consulent "
                   "bespreekt de uitkomst met directeur en intern begeleider. Scholen die op één of meer "
                   "onderdelen onder de ondergrens scoren, maken binnen drie maanden een verbeterplan; het "
                   "bestuur van de school is verantwoordelijk voor de uitvoering en de directeur-bestuurder "
                   "bespreekt de voortgang in het jaarlijkse bestuursgesprek."))
    b.append(("h1", "6 Extra ondersteuning en arrangementen"))
    b.append(("p", "Wij onderscheiden vijf niveaus van ondersteuning, die op elkaar aansluiten: (1) ondersteuning "
                   "in de groep, (2) basisondersteuning van de school met inzet van de intern begeleider, "
                   "(3) extra ondersteuning op de eigen school met een arrangement, (4) een bovenschoolse "
                   "voorziening, en (5) plaatsing in het speciaal basisonderwijs of het speciaal onderwijs."))
    b.append(("table", [["Voorziening", "Voor wie", "Waar", "Aanvraag"],
                        ["Schoolarrangement", "leerling met extra ondersteuningsbehoefte in de eigen school", "eigen school",
                         "school, via ondersteuningsteam"],
                        ["Observatiegroep De Sprong", "kleuters met een onduidelijk ontwikkelingsbeeld", "Marskerk",
                         "consulent"],
                        ["Plusklas", "meer- en hoogbegaafde leerlingen groep 5-8", "drie locaties", "school"],
                        ["Taalklas nieuwkomers", "nieuwkomers 6-12 jaar", "Hoeveland", "school of gemeente"],
                        ["Ambulante begeleiding gedrag", "leerlingen met gedragsproblematiek", "eigen school",
                         "ondersteuningsteam"],
                        ["Sbo De Kompasroos / Het Anker", "leerlingen met TLV sbo", "Hoeveland, Dommelburg", "TLV"],
                        ["So cluster 3 en 4", "leerlingen met TLV so", "drie locaties", "TLV"]]))
    b.append(("p", "Een schoolarrangement wordt opgesteld in het ondersteuningsteam van de school. Het arrangement "
                   "beschrijft het doel, de inzet, de duur (maximaal één schooljaar, daarna evaluatie) en de "
                   "betrokkenen. De school bekostigt het arrangement uit het schoolbudget (zie hoofdstuk 13)."))
    b.append(("h1", "7 Toelaatbaarheid en plaatsing"))
    b.append(("h2", "7.1 Wie vraagt aan en hoe"))
    b.append(("p", "Een toelaatbaarheidsverklaring (TLV) voor het sbo of het so wordt aangevraagd door het "
                   "schoolbestuur van de school waar de leerling staat ingeschreven of is aangemeld. De aanvraag "
                   "gaat via het digitale loket van De Brede Bocht en bevat het groeidocument met het OPP, de "
                   "verslagen van ten minste twee besprekingen in het ondersteuningsteam, en de zienswijze van "
                   "de ouders. De Commissie Toelaatbaarheid (CTB) van het samenwerkingsverband neemt namens de "
                   "directeur-bestuurder een besluit binnen zes weken na ontvangst van een volledige aanvraag. "
                   "In spoedeisende situaties kan de CTB binnen vijf werkdagen een tijdelijke TLV afgeven."))
    b.append(("h2", "7.2 Deskundigenadvies"))
    b.append(("p", "Voor ieder besluit vraagt de CTB schriftelijk advies aan twee deskundigen: een orthopedagoog of "
                   "psycholoog en, afhankelijk van de hulpvraag, een tweede deskundige (bijvoorbeeld een "
                   "kinderpsychiater, maatschappelijk werker of arts). De deskundigen zijn niet betrokken geweest "
                   "bij de aanvraag en geven ieder een eigen advies. Ouders ontvangen een afschrift van beide adviezen."))
    b.append(("h2", "7.3 Criteria"))
    b.append(("p", "Een leerling is toelaatbaar tot het sbo als aan alle volgende voorwaarden is voldaan: de "
                   "ondersteuningsbehoefte overstijgt aantoonbaar de basisondersteuning en een schoolarrangement "
                   "van ten minste zes maanden heeft onvoldoende effect gehad; de leerling heeft behoefte aan een "
                   "kleinere groep en specialistische begeleiding gedurende de hele schooldag; en er is geen "
                   "andere reguliere school of bovenschoolse voorziening die binnen redelijke termijn kan bieden "
                   "wat nodig is. Voor het so geldt bovendien dat de ondersteuningsbehoefte samenhangt met een "
                   "verstandelijke, lichamelijke of gedragsmatige problematiek die intensieve zorg in de "
                   "onderwijstijd vraagt."))
    b.append(("h2", "7.4 Duur en categorie"))
    b.append(("p", "Een TLV voor het sbo wordt in de regel afgegeven voor twee schooljaren, een TLV voor het so voor "
                   "drie schooljaren; de TLV loopt steeds tot en met 31 juli. Voor het so stelt de CTB de "
                   "bekostigingscategorie laag, midden of hoog vast op basis van het deskundigenadvies."))
    b.append(("h2", "7.5 Bezwaar"))
    b.append(("p", "Ouders en het schoolbestuur kunnen binnen zes weken bezwaar maken tegen een besluit. De "
                   "bezwaren worden voorgelegd aan de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen. "
                   "Ouders kunnen bij het opstellen van een bezwaar hulp krijgen van een onderwijsconsulent."))
    b.append(("h2", "7.6 Na afloop van de TLV"))
    b.append(("p", "Een plaatsing in het speciaal (basis)onderwijs is voor ons in principe tijdelijk. Ons beleid is "
                   "dat iedere leerling met een TLV de kans krijgt om terug te keren naar een reguliere school "
                   "zodra de ontwikkeling dat toelaat, bij voorkeur naar een school dicht bij huis. Voorwaarden zijn "
                   "dat de leerling zich volgens het OPP stabiel ontwikkelt, dat de ontvangende school de "
                   "benodigde ondersteuning kan bieden en dat ouders achter de overstap staan. Een leerling die "
                   "terugkeert, krijgt gedurende ten minste een half jaar een terugplaatsingsarrangement: "
                   "begeleiding door een leerkracht van de sbo- of so-school op de nieuwe school, betaald door "
                   "het samenwerkingsverband."))
    b.append(("p", "Hoe de terugplaatsing stap voor stap verloopt - wie het initiatief neemt, welke gesprekken "
                   "plaatsvinden en wanneer - leggen we in de loop van het schooljaar 2025-2026 samen met de sbo- "
                   "en so-scholen vast in een werkwijzer (bijlage 2). Tot die tijd maken de scholen per leerling "
                   "afspraken."))
    b.append(("h1", "8 Dekkend netwerk en thuiszitters"))
    b.append(("p", "Een dekkend netwerk betekent dat er voor iedere leerling in de regio een passende plek is. In "
                   "2024 hebben wij samen met de besturen en gemeenten een analyse gemaakt van het aanbod. Daaruit "
                   "bleken drie witte vlekken: er is geen aanbod voor jonge kinderen met ernstige "
                   "gedragsproblemen in het noorden van de regio, de wachtlijst voor het so cluster 4 liep op tot "
                   "vijf maanden, en voor leerlingen die deels onderwijs en deels zorg nodig hebben ontbrak "
                   "een vaste plek."))
    b.append(("p", "Om deze lacunes te sluiten start per 1 augustus 2026 een tweede observatiegroep in Dommelburg, "
                   "maken we met de so-school afspraken over een overbruggingsaanbod zolang een leerling op de "
                   "wachtlijst staat, en ontwikkelen we met de gemeente Hoeveland een onderwijs-zorgvoorziening "
                   "die in 2027 opent. Ieder jaar herhalen wij de analyse en rapporteren we aan het bestuur."))
    b += f_thuiszitters(c, "17", "2024")
    b.append(("h1", "9 Communicatie"))
    b.append(("p", "Goede communicatie is voorwaarde voor vertrouwen. Wij communiceren met scholen via de "
                   "nieuwsbrief voor intern begeleiders en het directeurenoverleg, en met ouders via de website "
                   "en via de scholen."))
    b.append(("h2", "9.1 Informatie voor ouders"))
    b.append(("p", "Op de ouderpagina van onze website staat in begrijpelijke taal welke ondersteuning iedere "
                   "school biedt, welke arrangementen en voorzieningen er zijn en hoe een aanvraag verloopt. De "
                   "ouderbrochure 'Wat als mijn kind meer nodig heeft?' ligt op iedere school en is beschikbaar "
                   "in het Nederlands, Engels, Arabisch en Pools. Scholen nemen in hun schoolgids een paragraaf over "
                   "ondersteuning op met een verwijzing naar het samenwerkingsverband. Twee keer per jaar "
                   "organiseren wij een informatieavond voor ouders; ouders kunnen bovendien op werkdagen van "
                   "9.00 tot 12.00 uur bellen met de ouderlijn van het samenwerkingsverband."))
    b.append(("h2", "9.2 Onafhankelijke ondersteuning"))
    b.append(("p", "Soms hebben ouders behoefte aan iemand die los van school en samenwerkingsverband met hen "
                   "meedenkt. Ouders kunnen daarvoor terecht bij het Ouder- en Jeugdsteunpunt Hoeveland, dat "
                   "onafhankelijk van de besturen werkt en gratis advies en begeleiding biedt, bijvoorbeeld bij "
                   "een gesprek op school. Bij een dreigende thuiszitsituatie of een conflict kunnen ouders ook "
                   "de Onderwijsconsulenten inschakelen. Voor klachten en geschillen over toelating, verwijdering "
                   "of het OPP kunnen ouders zich wenden tot de Geschillencommissie passend onderwijs."))
    b.append(("h2", "9.3 Ouders als partner"))
    b.append(("p", "Ouders zijn gesprekspartner bij het opstellen van het OPP en hebben instemmingsrecht op het "
                   "handelingsdeel. Bij iedere bespreking in het ondersteuningsteam worden ouders uitgenodigd."))
    b.append(("h1", "10 Samenwerking met gemeenten en jeugdhulp"))
    b += f_oogo_keten(c)
    b.append(("h1", "11 Kwaliteitszorg en beoogde resultaten"))
    b.append(("p", "Voor de planperiode 2025-2029 hebben wij de volgende beoogde resultaten geformuleerd voor "
                   "leerlingen die extra ondersteuning nodig hebben:"))
    b.append(("table", [["Beoogd resultaat", "Indicator", "Nulmeting 2024", "Streefwaarde 2029"],
                        ["Leerlingen krijgen snel passende ondersteuning", "doorlooptijd aanvraag arrangement",
                         "7 weken", "max. 4 weken"],
                        ["Geen langdurige thuiszitters", "thuiszitters > 3 maanden", "4", "0"],
                        ["Meer leerlingen thuisnabij", "deelnamepercentage s(b)o", "4,3%", "4,0%"],
                        ["Alle scholen bieden basisondersteuning op niveau", "score kwaliteitskaart",
                         "92%", "100%"],
                        ["Ouders zijn tevreden over de ondersteuning", "tevredenheidspeiling (1-10)", "7,1", "7,8"]]))
    b.append(("p", "Wij volgen de voortgang met een jaarlijkse kwaliteitscyclus. Het bureau verzamelt ieder kwartaal "
                   "de gegevens uit de registratie van aanvragen en TLV's, uit DUO (deelnamepercentages op 1 "
                   "oktober) en uit de thuiszittersregistratie. De directeur-bestuurder rapporteert twee keer per "
                   "jaar aan de Raad van Toezicht en de OPR. In het jaarverslag leggen we verantwoording af over "
                   "de bereikte resultaten en de daaraan bestede middelen. In 2027 evalueren we het plan halverwege; "
                   "de uitkomsten kunnen leiden tot bijstelling van de streefwaarden."))
    b.append(("h1", "12 Organisatie en personeel"))
    b += f_governance(c)
    b += f_personeel(c)
    b += f_ict(c)
    b.append(("h1", "13 Geld en middelen"))
    b.append(("p", "De Brede Bocht ontvangt jaarlijks een budget voor lichte en zware ondersteuning van het Rijk. "
                   "Een deel daarvan houdt DUO direct in voor de bekostiging van leerlingen in het so en voor het "
                   "sbo boven de 2%. Over de rest beslist het samenwerkingsverband."))
    b.append(("h2", "13.1 Hoe we verdelen"))
    b.append(("p", "Wij verdelen de beschikbare middelen volgens een schoolmodel. Ieder schoolbestuur ontvangt een "
                   "schoolbudget van € 165 per leerling (teldatum 1 oktober van het voorgaande jaar) plus een "
                   "vaste voet van € 6.000 per school. Daarmee bekostigen de scholen hun schoolarrangementen. "
                   "Bovenschoolse voorzieningen (observatiegroep, plusklas, taalklas, ambulante begeleiding) "
                   "worden rechtstreeks door het samenwerkingsverband betaald. De verdeling wordt jaarlijks in "
                   "november door de directeur-bestuurder vastgesteld na goedkeuring van de ALV; wijzigingen "
                   "in de verdeelsleutel worden voorgelegd aan de OPR."))
    b.append(("h2", "13.2 Meerjarenbegroting"))
    b.append(("table", [["Bedragen x € 1.000", "2025", "2026", "2027", "2028"],
                        ["Baten rijksbijdrage (na inhoudingen DUO)", "7.940", "7.880", "7.810", "7.760"],
                        ["Schoolbudgetten besturen", "2.300", "2.280", "2.260", "2.240"],
                        ["Bovenschoolse voorzieningen", "1.450", "1.610", "1.680", "1.680"],
                        ["Overdracht sbo (groei boven 2%)", "2.780", "2.800", "2.820", "2.830"],
                        ["Terugplaatsingsarrangementen", "60", "80", "90", "90"],
                        ["Bureau, loket en CTB", "1.180", "1.200", "1.220", "1.240"],
                        ["Resultaat", "170", "-90", "-260", "-320"]]))
    b.append(("p", "De begroting is bewust licht negatief vanaf 2026: wij zetten een deel van de reserve in voor de "
                   "nieuwe observatiegroep en de onderwijs-zorgvoorziening. Het weerstandsvermogen daalt daardoor "
                   "van 9% naar 5% van de baten, binnen de door de Raad van Toezicht vastgestelde bandbreedte."))
    b.append(("p", "Besturen verantwoorden jaarlijks vóór 1 juni in een korte rapportage waaraan zij het "
                   "schoolbudget hebben besteed en hoeveel leerlingen een arrangement kregen."))
    b.append(("h1", "14 Planning 2025-2029"))
    b.append(("table", [["Schooljaar", "Belangrijkste activiteiten"],
                        ["2025-2026", "werkwijzer terugplaatsing; nieuw aanvraagsysteem voorbereiden; kwaliteitskaart ronde 1"],
                        ["2026-2027", "tweede observatiegroep open; tussenevaluatie verdeelmodel"],
                        ["2027-2028", "onderwijs-zorgvoorziening open; tussenevaluatie plan"],
                        ["2028-2029", "eindevaluatie; nieuw ondersteuningsplan 2029-2033"]]))
    b.append(("h1", "Bijlage 1 Begrippenlijst"))
    b.append(("table", f_begrippen([["CTB", "Commissie Toelaatbaarheid van De Brede Bocht."]])))
    b.append(("h1", "Bijlage 2 Terugplaatsing en overplaatsing"))
    b.append(("p", "De werkwijzer volgt in het schooljaar 2025-2026."))
    return c, b


def label_a():
    cr = crit(["terugstroom.procedure"])
    el = status_from(cr, set())
    adv = {"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
           "terugstroom": [], "financien": ["reserves", "verantwoording"], "dekkend-aanbod": ["ketenpartners"],
           "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]}
    notes = {
        "basisondersteuning": "H5 defines the common floor for all 52 schools and lists nine concrete provisions; 5.1 kwaliteitskaart = borging.",
        "plaatsing": "H7.1-7.5: loket/CTB, 6 weeks, sbo/so criteria, two deskundigen, duration + category, LBT bezwaar.",
        "terugstroom": "Policy (aim, conditions, terugplaatsingsarrangement) sits inside TLV chapter 7.6; the step-by-step procedure is deferred to a werkwijzer 'in de loop van 2025-2026' and bijlage 2 only says 'volgt'.",
        "financien": "H13 'Geld en middelen': €165 per leerling + vaste voet, bovenschools paid centrally; multi-year table 2025-2028; reserves and verantwoording.",
        "dekkend-aanbod": "H6 five-level continuum table; H8 gap analysis (three witte vlekken with actions) and thuiszittersoverleg/doorzettingsmacht.",
        "resultaten": "H11 table of beoogde resultaten with streefwaarden plus quarterly/jaarverslag monitoring; H4 terugblik with achieved figures.",
        "ouders": "Under H9 'Communicatie': website, brochure in 4 languages, ouderlijn, info evenings; OJSP Hoeveland, Onderwijsconsulenten, Geschillencommissie.",
    }
    return cr, el, adv, notes


# ============================================================================================
# Plan B - PO, .pdf. Thin plan 'op hoofdlijnen'. Much deferred to website/toetsingskader.
# ============================================================================================
def plan_b():
    c = dict(name="Stichting Samenwerkingsverband Passend Primair Onderwijs Rivierenstreek",
             short="SWV Rivierenstreek", nbesturen="zeven", fte="5,8",
             gemeenten="Waalbeek, Lingedal en Hessenoord")
    b = []
    b.append(("title", ["Ondersteuningsplan op hoofdlijnen 2025-2029",
                        "Samenwerkingsverband Passend Primair Onderwijs Rivierenstreek (PO 31-04)",
                        "Versie 1.0 - definitief"]))
    b.append(("toc", ["1. Voorwoord", "2. Inleiding en leeswijzer", "3. Ontwikkelingen in onze regio",
                      "4. Visie, missie en kernwaarden", "5. Basisondersteuning", "6. Toelaatbaarheid",
                      "7. Dekkend aanbod en thuiszitters", "8. Ouders", "9. Samenwerking met gemeenten",
                      "10. Financiën", "11. Organisatie, bestuur en medezeggenschap", "12. Personeel en professionalisering",
                      "13. ICT en privacy", "14. Planning en monitoring", "Bijlage: Begrippenlijst"]))
    b.append(("h1", "1. Voorwoord"))
    b.append(("p", "Dit is het ondersteuningsplan van het Samenwerkingsverband Passend Primair Onderwijs "
                   "Rivierenstreek voor de periode 2025-2029. Anders dan het vorige plan is dit een plan op "
                   "hoofdlijnen. Wij hebben bewust gekozen voor een compact document dat de koers beschrijft. "
                   "De uitwerking vindt plaats in jaarplannen, in de begroting en in handreikingen op onze website. "
                   "Zo kunnen wij sneller inspelen op veranderingen zonder steeds het hele plan te hoeven wijzigen."))
    b.append(("p", "De afgelopen jaren stonden in het teken van herstel na de coronaperiode, van een groeiend "
                   "lerarentekort en van de vraag hoe wij het onderwijs inclusiever kunnen maken. Die vragen "
                   "blijven ons bezighouden. Wij zijn trots op wat de scholen elke dag doen voor kinderen die "
                   "iets extra's nodig hebben en wij willen hen daarin zo goed mogelijk ondersteunen."))
    b.append(("p", "Graag bedank ik de intern begeleiders, directeuren, bestuurders en de leden van de "
                   "ondersteuningsplanraad voor hun inbreng. Ook de gesprekken met de wethouders en "
                   "beleidsmedewerkers van de drie gemeenten waren waardevol. — Henk van der Wiel, directeur-bestuurder"))
    b.append(("h1", "2. Inleiding en leeswijzer"))
    b.append(("p", "Ieder samenwerkingsverband stelt ten minste eens in de vier jaar een ondersteuningsplan vast. "
                   "Dit plan geldt voor de schooljaren 2025-2026 tot en met 2028-2029. Het plan is vastgesteld "
                   "door de directeur-bestuurder na instemming van de ondersteuningsplanraad en na op "
                   "overeenstemming gericht overleg met de gemeenten."))
    b.append(("p", "In hoofdstuk 3 schetsen wij de ontwikkelingen in de regio. Hoofdstuk 4 beschrijft onze visie. "
                   "Daarna volgen de inhoudelijke hoofdstukken over basisondersteuning, toelaatbaarheid, het "
                   "dekkend aanbod, ouders, gemeenten en financiën. We sluiten af met de organisatie en de planning. "
                   "Waar in dit plan wordt verwezen naar documenten op de website, gaat het om documenten die het "
                   "bestuur afzonderlijk vaststelt en die jaarlijks worden geactualiseerd."))
    b.append(("p", "Wij hebben geprobeerd het plan leesbaar te houden voor iedereen die bij passend onderwijs "
                   "betrokken is. Moeilijke woorden en afkortingen worden uitgelegd in de begrippenlijst achter in "
                   "dit plan. Heeft u vragen over dit plan, dan kunt u contact opnemen met het bureau van het "
                   "samenwerkingsverband; de contactgegevens staan op de website."))
    b.append(("h2", "2.1 Totstandkoming"))
    b += f_opr(c, "19 maart 2025")
    b += f_oogo_proc(c, "25 februari 2025")
    b.append(("h1", "3. Ontwikkelingen in onze regio"))
    b.append(("p", f"In het samenwerkingsverband werken {c['nbesturen']} schoolbesturen samen. Samen hebben zij 38 "
                   "basisscholen, één school voor speciaal basisonderwijs en twee so-scholen. In totaal gaan er "
                   "ongeveer 8.900 leerlingen naar school in ons gebied. Het aantal leerlingen daalt in de kleine "
                   "kernen; in Waalbeek is daarentegen sprake van groei door nieuwbouwwijken."))
    b.append(("table", [["Leerlingen op 1 oktober", "2022", "2023", "2024"],
                        ["Basisonderwijs", "8.640", "8.585", "8.512"],
                        ["Speciaal basisonderwijs", "201", "207", "214"],
                        ["Speciaal onderwijs", "163", "168", "170"]]))
    b.append(("p", "Een tweede ontwikkeling is het lerarentekort. Vooral in Hessenoord is het moeilijk om "
                   "vacatures te vervullen. Dat raakt ook de ondersteuning: als er geen invaller is, wordt de "
                   "intern begeleider of de onderwijsassistent vaak ingezet voor de groep. Scholen geven aan dat "
                   "dit ten koste gaat van de tijd voor kinderen met een extra ondersteuningsbehoefte."))
    b.append(("p", "Ten derde werken de scholen in de regio toe naar inclusiever onderwijs, in lijn met de "
                   "landelijke ambitie om in 2035 zo veel mogelijk kinderen samen naar school te laten gaan. "
                   "Verschillende scholen experimenteren met een combinatie van regulier en speciaal onderwijs "
                   "onder één dak. Het samenwerkingsverband wil deze initiatieven stimuleren en de ervaringen "
                   "delen met andere scholen."))
    b.append(("p", "Ten slotte is er de ontwikkeling van de wet- en regelgeving. De Wet versterking positie ouders "
                   "en leerlingen in het passend onderwijs, de plannen voor een landelijke norm voor "
                   "basisondersteuning en de vereenvoudiging van de bekostiging vragen om aanpassing van onze "
                   "werkwijze. Wij volgen deze ontwikkelingen en passen onze afspraken aan waar dat nodig is."))
    b += f_landelijk(c)
    b.append(("h2", "3.1 Leerlingenvervoer en huisvesting"))
    b += f_vervoer(c)
    b.append(("h1", "4. Visie, missie en kernwaarden"))
    b.append(("p", "Wij willen dat ieder kind in de Rivierenstreek zich optimaal kan ontwikkelen, op een school "
                   "die bij het kind past, zo dicht mogelijk bij huis. Kinderen, ouders en scholen moeten erop "
                   "kunnen vertrouwen dat er een passende plek is. Wij werken vanuit de overtuiging dat "
                   "ondersteuning het beste werkt als die vroeg, licht en dichtbij wordt georganiseerd."))
    b.append(("p", "Onze kernwaarden zijn: samen (we zijn samen verantwoordelijk, scholen, ouders en partners), "
                   "dichtbij (ondersteuning in de eigen school waar het kan), resultaatgericht (we doen wat werkt) "
                   "en transparant (we zijn open over keuzes en geld)."))
    b.append(("p", "Ons samenwerkingsverband ziet zichzelf als een netwerkorganisatie. De scholen zijn aan zet; "
                   "het samenwerkingsverband faciliteert, verbindt en houdt de regie waar de scholen dat niet "
                   "alleen kunnen. Wij willen een lerende organisatie zijn, die open staat voor kritiek en die "
                   "zich blijft ontwikkelen. De komende jaren zetten wij in op het versterken van de "
                   "deskundigheid in de scholen en op het verkorten van lijnen."))
    b.append(("h1", "5. Basisondersteuning"))
    b.append(("p", "Alle scholen binnen het samenwerkingsverband hebben afgesproken welk niveau van "
                   "basisondersteuning zij ten minste bieden. Dit niveau is gelijk voor iedere school en iedere "
                   "vestiging; het is de ondergrens waarop ouders en leerlingen in de hele regio kunnen rekenen. "
                   "Basisondersteuning wordt geboden zonder tussenkomst van het samenwerkingsverband."))
    b.append(("p", "Basisondersteuning bestaat, in navolging van het landelijke referentiekader, uit vier "
                   "aspecten: basiskwaliteit, preventieve en licht curatieve interventies, de "
                   "onderwijsondersteuningsstructuur en planmatig werken."))
    b.append(("p", "Wat dit concreet inhoudt, is uitgewerkt in de Kaart Basisondersteuning Rivierenstreek. "
                   "Deze kaart staat op onze website en wordt in de loop van de planperiode herzien zodra de "
                   "landelijke norm bekend is. Iedere school beschrijft in haar schoolondersteuningsprofiel hoe zij "
                   "hieraan invulling geeft."))
    b.append(("h1", "6. Toelaatbaarheid"))
    b.append(("p", "Soms heeft een kind meer nodig dan de basisschool kan bieden, ook met extra ondersteuning. Dan "
                   "kan het speciaal basisonderwijs of het speciaal onderwijs een passende plek zijn. Daarvoor is "
                   "een toelaatbaarheidsverklaring (TLV) van het samenwerkingsverband nodig."))
    b.append(("p", "De aanvraag wordt gedaan door het bevoegd gezag van de school waar het kind is ingeschreven. "
                   "De school voert eerst een gesprek met ouders en het ondersteuningsteam en vult vervolgens het "
                   "aanvraagformulier in het digitale systeem in, met het ontwikkelingsperspectief en het verslag "
                   "van het ondersteuningsteam. De Commissie Toelaatbaarheid van het samenwerkingsverband "
                   "beoordeelt de aanvraag en neemt binnen zes weken een besluit. Voordat zij besluit, adviseren "
                   "twee deskundigen: een orthopedagoog of psycholoog en een tweede deskundige die past bij de "
                   "vraag van het kind. Het besluit wordt schriftelijk aan ouders en school meegedeeld."))
    b.append(("p", "De criteria waaraan de commissie een aanvraag toetst, zijn opgenomen in het Toetsingskader TLV "
                   "dat het bestuur jaarlijks vaststelt en dat op de website te vinden is."))
    b.append(("h1", "7. Dekkend aanbod en thuiszitters"))
    b.append(("p", "Het samenwerkingsverband heeft de opdracht te zorgen voor een dekkend aanbod: voor ieder kind "
                   "moet er een passende plek zijn. Binnen de regio is een breed aanbod aanwezig van arrangementen "
                   "en voorzieningen. Een actueel overzicht daarvan is te vinden in de sociale kaart op de website "
                   "van het samenwerkingsverband."))
    b += f_thuiszitters(c, "9", "2024")
    b.append(("h1", "8. Ouders"))
    b.append(("p", "Ouders zijn de eerste deskundigen als het om hun kind gaat. Wij vinden het belangrijk dat "
                   "ouders goed geïnformeerd zijn over de mogelijkheden voor ondersteuning."))
    b.append(("p", "Ouders vinden informatie over de ondersteuningsmogelijkheden op de website van het "
                   "samenwerkingsverband, op de websites van de scholen, in de schoolgids en in het "
                   "schoolondersteuningsprofiel van iedere school. Er is een ouderfolder die de scholen meegeven "
                   "bij de aanmelding en bij het eerste gesprek over extra ondersteuning. Twee keer per jaar "
                   "organiseert het samenwerkingsverband een informatieavond voor ouders in een van de drie "
                   "gemeenten. Ouders kunnen daarnaast met vragen altijd terecht bij de intern begeleider van de "
                   "school."))
    b.append(("h1", "9. Samenwerking met gemeenten"))
    b += f_oogo_keten(c)
    b.append(("h1", "10. Financiën"))
    b.append(("p", "Het samenwerkingsverband ontvangt middelen voor lichte en zware ondersteuning. De middelen voor "
                   "zware ondersteuning worden voor het grootste deel door DUO ingehouden voor de bekostiging van "
                   "het speciaal onderwijs. De overige middelen worden verdeeld over de schoolbesturen."))
    b.append(("p", "Wij hanteren een eenvoudig verdeelmodel. Na aftrek van de kosten van het bureau en de "
                   "Commissie Toelaatbaarheid ontvangt ieder schoolbestuur een bedrag per leerling, gebaseerd op het "
                   "aantal leerlingen op 1 oktober van het voorafgaande jaar. Voor 2025 bedraagt dit bedrag € 182 "
                   "per leerling. Besturen met een school voor speciaal basisonderwijs ontvangen daarnaast de "
                   "groeibekostiging voor leerlingen boven de 2%-grens. Het bestuur stelt het bedrag per leerling "
                   "jaarlijks in december vast."))
    b.append(("p", "De meerjarenbegroting wordt ieder jaar door het bestuur vastgesteld als afzonderlijk document en "
                   "maakt geen deel uit van dit plan. Schoolbesturen verantwoorden de inzet van de ontvangen "
                   "middelen in hun eigen jaarverslag."))
    b.append(("h1", "11. Organisatie, bestuur en medezeggenschap"))
    b += f_governance(c)
    b.append(("h2", "11.1 Communicatie met scholen"))
    b += f_communicatie_scholen(c)
    b.append(("h1", "12. Personeel en professionalisering"))
    b += f_personeel(c)
    b.append(("p", "Daarnaast zoeken wij de samenwerking met de pabo in de regio. Studenten kunnen stage lopen bij "
                   "het sbo en bij de so-scholen, en wij verzorgen jaarlijks een gastcollege over passend onderwijs. "
                   "Zo hopen wij bij te dragen aan een nieuwe generatie leraren die zich thuis voelt in een "
                   "gevarieerde klas."))
    b.append(("h1", "13. ICT en privacy"))
    b += f_ict(c)
    b.append(("h1", "14. Planning en monitoring"))
    b.append(("p", "Het ondersteuningsplan wordt uitgewerkt in een jaarplan en een jaarbegroting. Het jaarplan wordt "
                   "ieder jaar vóór 1 juli vastgesteld. Het jaarverslag en de jaarrekening worden vóór 1 juli van het "
                   "volgende jaar vastgesteld en op de website geplaatst."))
    b.append(("table", [["Periode", "Activiteit"],
                        ["voorjaar 2026", "herziening Kaart Basisondersteuning"],
                        ["najaar 2026", "aanbesteding nieuw aanvraagsysteem"],
                        ["2027", "actualisatie sociale kaart"],
                        ["voorjaar 2029", "voorbereiding nieuw ondersteuningsplan"]]))
    b.append(("h1", "Bijlage: Begrippenlijst"))
    b.append(("table", f_begrippen([["Resultaten", "Wat het samenwerkingsverband met de ondersteuning wil bereiken."],
                                    ["Onderwijsconsulenten", "Landelijke, onafhankelijke organisatie die ouders adviseert."]])))
    return c, b


def label_b():
    cr = crit(["basisondersteuning.inhoud", "plaatsing.criteria", "terugstroom.procedure",
               "terugstroom.beleid", "financien.besteding", "dekkend-aanbod.continuum",
               "resultaten.doelen", "resultaten.monitoring", "ouders.steunpunt"])
    el = status_from(cr, set())
    adv = {"plaatsing": ["deskundigen"], "financien": ["verantwoording"],
           "dekkend-aanbod": ["ketenpartners"], "ouders": ["betrokkenheid"]}
    notes = {
        "basisondersteuning": "H5 states the common floor for every school (niveau) but the content is only the 4-aspect referentiekader definition plus a reference to the 'Kaart Basisondersteuning' on the website, to be revised.",
        "plaatsing": "H6 gives applicant, OPP/OT dossier, Commissie Toelaatbaarheid, 6 weeks and two deskundigen; criteria only referred to the Toetsingskader TLV on the website.",
        "terugstroom": "Nothing on terugplaatsing; the word only appears in the begrippenlijst.",
        "financien": "H10: bedrag per leerling (€182, teldatum 1 oktober) after bureau costs = verdeling; meerjarenbegroting explicitly a separate document, no amounts of spending.",
        "dekkend-aanbod": "H7: continuum only referred to the sociale kaart on the website; thuiszitters approach (6-weekly overleg, doorzettingsmacht, lacunes to bestuur) addresses lacunes.",
        "resultaten": "No goals or monitoring; the thuiszitters count in H7 belongs to dekkend-aanbod; 'resultaatgericht' kernwaarde, 'Planning en monitoring' heading (jaarplan/jaarverslag dates only) and glossary entry are not content.",
        "ouders": "H8 covers channels (website, schoolgids/SOP, folder, info evenings); no independent support (Onderwijsconsulenten only in the begrippenlijst).",
    }
    return cr, el, adv, notes


# ============================================================================================
# Plan C - PO, .docx. Medium plan. Finance delegated to a separate Financieel Kader (missing);
# TLV procedure referred to an absent bijlage; terugplaatsing under 'Doorgaande lijnen'.
# ============================================================================================
def plan_c():
    c = dict(name="Samenwerkingsverband Passend Onderwijs Duinvallei",
             short="Duinvallei", nbesturen="negen", fte="7,2",
             gemeenten="Zandwijk, Oostduin en Helmbergen")
    b = []
    b.append(("title", ["Ondersteuningsplan 2025 - 2029", "Samenwerkingsverband Passend Onderwijs Duinvallei",
                        "PO 28-12", "Concept na instemming OPR, ter vaststelling ALV 15 april 2025"]))
    b.append(("toc", ["Voorwoord", "1. Over Duinvallei", "2. Waar staan we voor", "3. Basisondersteuning",
                      "4. Het ondersteuningscontinuüm", "5. Toelaatbaarheid tot sbo en so",
                      "6. Doorgaande lijnen (vve, overstap, terugplaatsing)", "7. Thuiszitters en witte vlekken",
                      "8. Informatie en contact", "9. Gemeenten en jeugdhulp", "10. Kwaliteit en resultaten",
                      "11. Geld en middelen", "12. Organisatie", "13. Meerjarenplanning",
                      "Bijlage 1 Afkortingen", "Bijlage 3 Protocol Toelaatbaarheid", "Bijlage 5 Meerjarenbegroting"]))
    b.append(("h1", "Voorwoord"))
    b.append(("p", "Beste lezer, met trots presenteren wij het ondersteuningsplan 2025-2029. Duinvallei bestaat "
                   "inmiddels ruim tien jaar. In die jaren is er veel bereikt: vrijwel alle scholen hebben een "
                   "stevig ondersteuningsteam, er zijn bovenschoolse voorzieningen bijgekomen en de samenwerking "
                   "met de gemeenten is hecht. Maar we zien ook dat het werk zwaarder is geworden. Meer kinderen "
                   "hebben iets extra's nodig en de druk op leraren is groot."))
    b.append(("p", "Dit plan is geschreven samen met een schrijfgroep van intern begeleiders, directeuren en twee "
                   "bestuurders. De ondersteuningsplanraad heeft het plan in een vroeg stadium gelezen en van "
                   "commentaar voorzien. Wij hopen dat het plan de scholen houvast geeft en dat ouders erin "
                   "terugvinden wat zij mogen verwachten."))
    b.append(("h1", "1. Over Duinvallei"))
    b.append(("p", f"Duinvallei is het samenwerkingsverband voor primair onderwijs in de gemeenten {c['gemeenten']}. "
                   f"Er zijn {c['nbesturen']} besturen aangesloten met samen 41 basisscholen, één sbo-school "
                   "(De Duinroos) en een so-school voor cluster 3 en 4 met twee locaties. Ruim 9.700 leerlingen "
                   "gaan in ons gebied naar school."))
    b.append(("p", "Duinvallei ontstond in 2014 uit een fusie van twee oude samenwerkingsverbanden Weer Samen Naar "
                   "School en de regionale expertisecentra in de regio. In de eerste jaren lag de nadruk op het "
                   "opbouwen van de organisatie en het maken van afspraken tussen de besturen. Sinds 2019 is het "
                   "bureau gehuisvest in het gemeentehuis van Oostduin, wat de samenwerking met de gemeente ten "
                   "goede komt. In 2022 is de bestuursvorm gewijzigd naar een model met een directeur-bestuurder en "
                   "een Raad van Toezicht."))
    b.append(("h2", "1.1 Totstandkoming en procedure"))
    b += f_oogo_proc(c, "18 maart 2025")
    b += f_opr(c, "2 april 2025")
    b.append(("h2", "1.2 Ontwikkelingen"))
    b += f_landelijk(c)
    b.append(("h1", "2. Waar staan we voor"))
    b.append(("p", "Ieder kind hoort erbij. Dat is de kern van onze visie. Wij willen dat kinderen zo veel mogelijk "
                   "samen met kinderen uit hun eigen buurt naar school gaan en dat de ondersteuning zich aanpast "
                   "aan het kind en niet andersom. Speciaal onderwijs is daarbij geen falen maar een volwaardige "
                   "keuze als een kind dat nodig heeft."))
    b.append(("p", "Wij werken vanuit vier principes: we kijken naar wat een kind nodig heeft en niet naar een "
                   "diagnose; we organiseren ondersteuning zo vroeg en zo licht mogelijk; we werken samen met "
                   "ouders als gelijkwaardige partners; en we zijn als samenwerkingsverband dienstbaar aan de "
                   "scholen. In gesprekken met scholen merken we dat deze principes breed gedragen worden."))
    b.append(("h1", "3. Basisondersteuning"))
    b.append(("p", "Basisondersteuning is het geheel van preventieve en licht curatieve interventies dat iedere "
                   "school binnen Duinvallei biedt. De besturen hebben in 2024 negen standaarden vastgesteld. Deze "
                   "standaarden vormen samen het niveau dat op alle 41 basisscholen, op iedere vestiging, "
                   "aanwezig moet zijn. Het is een minimum; veel scholen bieden meer."))
    b.append(("table", [["Standaard", "Wat dit concreet betekent"],
                        ["1. Ondersteuningsteam", "Iedere school heeft een ondersteuningsteam met IB'er, directeur en de vaste consulent; het team komt minimaal zes keer per jaar bijeen."],
                        ["2. Intern begeleider", "Minimaal 0,4 fte IB per 250 leerlingen, met een afgeronde opleiding."],
                        ["3. Leerlingvolgsysteem", "Twee keer per jaar toetsen, analyse per groep en per leerling."],
                        ["4. Dyslexie en dyscalculie", "Protocollen leesproblemen/dyslexie en ERWD worden gevolgd; extra leestijd en voorleessoftware."],
                        ["5. Gedrag", "Een schoolbreed gedragsprogramma en een protocol voor incidenten."],
                        ["6. Begaafdheid", "Signalering met een vast instrument en een verrijkingsaanbod in de groep."],
                        ["7. Taal", "Extra taalaanbod voor leerlingen met een taalachterstand of NT2."],
                        ["8. Medisch handelen", "Een protocol medisch handelen en afspraken over medicijnverstrekking."],
                        ["9. OPP", "Een OPP voor iedere leerling die op een eigen leerlijn werkt, besproken met ouders."]]))
    b.append(("p", "Scholen beschrijven in hun schoolondersteuningsprofiel hoe zij aan de standaarden voldoen en "
                   "wat zij daarnaast bieden."))
    b.append(("h1", "4. Het ondersteuningscontinuüm"))
    b.append(("p", "Ondersteuning in Duinvallei is georganiseerd als een continuüm met oplopende intensiteit. De "
                   "niveaus sluiten op elkaar aan, zodat een leerling zonder onderbreking de ondersteuning krijgt "
                   "die nodig is."))
    b.append(("table", [["Niveau", "Omschrijving", "Voorbeelden"],
                        ["1", "Basisondersteuning in de groep en de school", "zie hoofdstuk 3"],
                        ["2", "Extra ondersteuning op school met inzet consulent", "arrangement lezen, gedragsbegeleiding"],
                        ["3", "Bovenschoolse arrangementen", "Duinklas (HB), Opstapklas (nieuwkomers), time-outplek De Haven"],
                        ["4", "Speciaal basisonderwijs", "sbo De Duinroos"],
                        ["5", "Speciaal onderwijs", "so cluster 3 en 4, twee locaties"]]))
    b.append(("p", "Een school kan voor een leerling een arrangement aanvragen bij de consulent als de "
                   "basisondersteuning onvoldoende blijkt. De consulent stelt samen met school en ouders een "
                   "arrangement op met een doel, een inzet en een looptijd van maximaal een jaar."))
    b.append(("h1", "5. Toelaatbaarheid tot sbo en so"))
    b.append(("p", "Voor plaatsing op het speciaal basisonderwijs of het speciaal onderwijs is een "
                   "toelaatbaarheidsverklaring nodig. Hieronder staan de criteria die wij hanteren."))
    b.append(("h2", "5.1 Criteria"))
    b.append(("ul", ["Voor het sbo: de leerling heeft langdurig een intensiteit van ondersteuning nodig die op niveau 2 "
                     "en 3 niet geboden kan worden; er is aantoonbaar ten minste een half jaar een arrangement ingezet "
                     "en geëvalueerd; de leerling heeft baat bij een kleine groep met een aangepast programma.",
                     "Voor het so cluster 3: er is sprake van een verstandelijke beperking (IQ lager dan ongeveer 55 of "
                     "een vergelijkbaar functioneren), een lichamelijke beperking of langdurige ziekte waardoor "
                     "onderwijs op een reguliere school of sbo niet passend is.",
                     "Voor het so cluster 4: er is sprake van ernstige gedrags- of psychiatrische problematiek die in "
                     "alle situaties merkbaar is en waarvoor een combinatie van onderwijs en behandeling nodig is.",
                     "In alle gevallen: de ondersteuningsbehoefte is beschreven in een actueel OPP en er is "
                     "geen passender alternatief in de regio."]))
    b.append(("h2", "5.2 Duur"))
    b.append(("p", "Een TLV wordt in de regel afgegeven voor twee schooljaren. Voor leerlingen met een blijvende "
                   "beperking, bijvoorbeeld een ernstig meervoudige beperking, kan een TLV tot het einde van de "
                   "basisschoolperiode worden afgegeven. Voor so-leerlingen wordt de bekostigingscategorie "
                   "(laag, midden of hoog) in de TLV vermeld."))
    b.append(("h2", "5.3 Procedure"))
    b.append(("p", "De aanvraagprocedure, de termijnen en de samenstelling van de commissie zijn beschreven in het "
                   "Protocol Toelaatbaarheid Duinvallei (bijlage 3)."))
    b.append(("h1", "6. Doorgaande lijnen (vve, overstap, terugplaatsing)"))
    b.append(("h2", "6.1 Van voorschool naar basisschool"))
    b.append(("p", "Voor peuters met een ondersteuningsbehoefte is een warme overdracht van de voorschool naar de "
                   "basisschool afgesproken. De consulent van Duinvallei sluit aan bij het overdrachtsgesprek als "
                   "de peuter al bekend is bij het consultatiebureau of de jeugdarts."))
    b.append(("h2", "6.2 Van basisschool naar voortgezet onderwijs"))
    b.append(("p", "Met het samenwerkingsverband VO zijn afspraken gemaakt over de overstap. Leerlingen met een "
                   "extra ondersteuningsbehoefte worden in groep 8 besproken in een overdrachtsoverleg."))
    b.append(("h2", "6.3 Terug naar de basisschool"))
    b.append(("p", "Duinvallei wil dat leerlingen die in het sbo of so zitten, waar mogelijk terugkeren naar een "
                   "reguliere basisschool. Wij zien een plaatsing in het speciaal (basis)onderwijs als een "
                   "periode waarin een leerling tot ontwikkeling kan komen, niet als eindstation. Een leerling "
                   "komt in aanmerking voor terugplaatsing als het OPP laat zien dat de leerling zich sociaal-"
                   "emotioneel stabiel ontwikkelt, de ondersteuningsbehoefte met een arrangement op een reguliere "
                   "school kan worden opgevangen en ouders achter de overstap staan."))
    b.append(("p", "De procedure verloopt als volgt. Stap 1: uiterlijk 1 februari in het laatste jaar van de TLV "
                   "evalueert de sbo- of so-school het OPP met ouders en de consulent. Stap 2: als terugplaatsing "
                   "haalbaar is, zoeken ouders en de consulent samen een basisschool; de ontvangende school "
                   "doet binnen zes weken een aanbod. Stap 3: de sbo- of so-school en de ontvangende school "
                   "stellen samen een overgangsarrangement op, met ambulante begeleiding door een leerkracht "
                   "van de speciale school gedurende minimaal drie maanden. Stap 4: de TLV eindigt op 31 juli; "
                   "als terugplaatsing niet haalbaar is, vraagt de speciale school vóór 1 april een nieuwe TLV "
                   "aan. Na een half jaar evalueert de consulent de overstap met ouders en school."))
    b.append(("p", "In het schooljaar 2023-2024 keerden 11 leerlingen vanuit het sbo en 3 leerlingen vanuit het so "
                   "terug naar een basisschool."))
    b.append(("h1", "7. Thuiszitters en witte vlekken"))
    b += f_thuiszitters(c, "12", "2024")
    b.append(("p", "Bij de evaluatie van het vorige plan zagen wij twee witte vlekken: er was geen aanbod voor "
                   "jonge leerlingen met een ernstige taalontwikkelingsstoornis die niet in cluster 2 terecht "
                   "kunnen, en leerlingen met langdurige psychische problemen zaten te lang thuis. Voor de eerste "
                   "groep start in 2025 een taal-arrangement op twee basisscholen; voor de tweede groep maken we "
                   "met de gemeente Zandwijk afspraken over onderwijs in de zorginstelling."))
    b.append(("h1", "8. Informatie en contact"))
    b.append(("p", "Duinvallei informeert ouders op verschillende manieren over de ondersteuning in de regio. Op "
                   "www.duinvallei.nl staat een ouderpagina met uitleg over de standaarden basisondersteuning, de "
                   "arrangementen en de bovenschoolse voorzieningen. Scholen nemen in hun schoolgids op welke "
                   "ondersteuning zij bieden. De consulent is via school bereikbaar voor een gesprek. Eens per "
                   "jaar organiseren wij een ouderavond samen met de gemeente, bijvoorbeeld over de overstap "
                   "naar het voortgezet onderwijs."))
    b.append(("p", "Ouders die onafhankelijk advies willen, kunnen terecht bij het Ouder- en Jeugdsteunpunt "
                   "Duinstreek. Het steunpunt is niet in dienst van een schoolbestuur of van Duinvallei en "
                   "helpt ouders bij vragen, bij een gesprek op school en bij onenigheid. Ouders kunnen ook de "
                   "landelijke Onderwijsconsulenten inschakelen. Bent u het niet eens met een besluit over "
                   "toelaatbaarheid, dan kunt u binnen zes weken bezwaar maken; Duinvallei legt het bezwaar "
                   "voor aan de Landelijke Bezwaaradviescommissie."))
    b.append(("h1", "9. Gemeenten en jeugdhulp"))
    b += f_oogo_keten(c)
    b.append(("h2", "9.1 Vervoer en huisvesting"))
    b += f_vervoer(c)
    b.append(("h1", "10. Kwaliteit en resultaten"))
    b.append(("p", "Wij werken met een jaarlijkse kwaliteitscyclus. Het bureau houdt een dashboard bij met de "
                   "volgende gegevens: het aantal arrangementen per school, het aantal aangevraagde en afgegeven "
                   "TLV's, de deelnamepercentages sbo en so op 1 oktober (bron: DUO), het aantal thuiszitters, de "
                   "doorlooptijd van aanvragen en de uitkomsten van de tevredenheidspeiling onder ouders en "
                   "scholen die iedere twee jaar plaatsvindt. Het dashboard wordt ieder kwartaal besproken met het "
                   "bestuur en twee keer per jaar met de OPR. In het jaarverslag rapporteren wij over de bereikte "
                   "resultaten; in 2024 waren dat onder meer 312 arrangementen, 58 afgegeven TLV's en een "
                   "gemiddelde doorlooptijd van vijf weken."))
    b.append(("p", "De beoogde resultaten voor deze planperiode formuleren wij nadat in het schooljaar 2025-2026 "
                   "een nieuwe nulmeting is uitgevoerd. Zij worden opgenomen in het jaarplan 2026-2027."))
    b.append(("h1", "11. Geld en middelen"))
    b.append(("p", "Het samenwerkingsverband ontvangt middelen van het Rijk voor lichte en zware ondersteuning. "
                   "De verdeelsystematiek en de meerjarenbegroting maken deel uit van het Financieel Kader "
                   "Duinvallei 2025-2029, dat het algemeen bestuur in december 2025 vaststelt (bijlage 5). "
                   "Tot die tijd blijven de huidige afspraken van kracht."))
    b.append(("h1", "12. Organisatie"))
    b += f_governance(c)
    b += f_personeel(c)
    b += f_ict(c)
    b.append(("h1", "13. Meerjarenplanning"))
    b.append(("table", [["Jaar", "Wat"],
                        ["2025-2026", "nulmeting; Financieel Kader vaststellen; taal-arrangement start"],
                        ["2026-2027", "beoogde resultaten in jaarplan; nieuw aanvraagsysteem"],
                        ["2027-2028", "tussenevaluatie"],
                        ["2028-2029", "nieuw ondersteuningsplan"]]))
    b.append(("h1", "Bijlage 1 Afkortingen"))
    b.append(("table", [["Afkorting", "Betekenis"], ["IB", "intern begeleider"], ["OJSP", "ouder- en jeugdsteunpunt"],
                        ["OPP", "ontwikkelingsperspectief"], ["sbo", "speciaal basisonderwijs"],
                        ["so", "speciaal onderwijs"], ["TLV", "toelaatbaarheidsverklaring"],
                        ["MJB", "meerjarenbegroting"], ["LBT", "Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen"]]))
    return c, b


def label_c():
    cr = crit(["plaatsing.procedure", "financien.verdeling", "financien.besteding", "resultaten.doelen"])
    el = status_from(cr, set())
    adv = {"plaatsing": ["duur-categorie", "bezwaar"], "terugstroom": ["monitoring"],
           "dekkend-aanbod": ["ketenpartners"], "ouders": ["betrokkenheid"]}
    notes = {
        "basisondersteuning": "H3: nine standards, set for all 41 schools/every vestiging, each with concrete content in a table.",
        "plaatsing": "H5.1 criteria for sbo/so cluster 3/4 and 5.2 duration/category are there; 5.3 procedure only refers to bijlage 3 (Protocol Toelaatbaarheid), which is not in the document (a renewal deadline in 6.3 is terugstroom, not the TLV procedure). Bezwaar is in H8.",
        "terugstroom": "Under H6 'Doorgaande lijnen', 6.3: policy + conditions and a 4-step procedure with dates (1 feb, 1 april, 31 juli) plus 2023-2024 numbers.",
        "financien": "H11 'Geld en middelen' defers verdeelsystematiek and meerjarenbegroting to a Financieel Kader to be adopted December 2025 (bijlage 5, absent).",
        "dekkend-aanbod": "H4 five-level continuum table; H7 thuiszittersoverleg and witte vlekken with actions.",
        "resultaten": "H10 describes dashboard/kwartaal/jaarverslag monitoring with achieved figures, but beoogde resultaten are deferred until after a nulmeting (jaarplan 2026-2027).",
        "ouders": "H8 'Informatie en contact': website/ouderpagina, schoolgids, ouderavond; OJSP Duinstreek, Onderwijsconsulenten.",
    }
    return cr, el, adv, notes


# ============================================================================================
# Plan D - VO, .pdf. Written from the schools' perspective; nothing on informing/supporting
# parents; thuiszitters/lacunes deferred; results monitoring deferred to a kwaliteitshandboek.
# ============================================================================================
def plan_d():
    c = dict(name="Stichting Samenwerkingsverband Voortgezet Onderwijs IJsselvecht",
             short="IJsselvecht VO", nbesturen="zes", fte="11,0",
             gemeenten="Veltwijk, Ommerveen en Kampersluis")
    b = []
    b.append(("title", ["Ondersteuningsplan 2025-2029", "Samenwerkingsverband VO IJsselvecht (VO 23-05)",
                        "Iedere leerling een passende plek"]))
    b.append(("toc", ["1 Inleiding", "2 Kerngegevens", "3 Visie en ambities", "4 Basisondersteuning",
                      "5 Het ondersteuningsaanbod: arrangementen, OPDC en vso", "6 Toewijzing en toelaatbaarheid (vso, lwoo, pro)",
                      "7 Terugplaatsing en overplaatsing", "8 Thuiszitters en dekkend netwerk", "9 Ambities en resultaten",
                      "10 Financieel beleid", "11 Samenwerking met gemeenten en PO", "12 Organisatie en medezeggenschap",
                      "13 Personeel", "14 Informatievoorziening en privacy", "Bijlage Begrippenlijst"]))
    b.append(("h1", "1 Inleiding"))
    b.append(("p", "Dit is het ondersteuningsplan van het Samenwerkingsverband Voortgezet Onderwijs IJsselvecht "
                   "voor de schooljaren 2025-2026 tot en met 2028-2029. Het plan beschrijft hoe de aangesloten "
                   "scholen en het samenwerkingsverband samen zorgen voor een passend onderwijsaanbod voor "
                   "iedere leerling in de regio. Het plan is gebaseerd op artikel 17a van de Wet op het voortgezet "
                   "onderwijs, sinds 2021 opgenomen in de WVO 2020."))
    b.append(("p", "Het plan is bedoeld voor de schoolleiders, ondersteuningscoördinatoren, mentoren en docenten "
                   "van onze scholen, voor de besturen en voor onze partners. Leerlingen, ouders en docenten "
                   "hebben er baat bij dat de afspraken helder zijn; daarom hebben wij geprobeerd het plan kort "
                   "en concreet te houden."))
    b += f_oogo_proc(c, "11 maart 2025")
    b += f_opr(c, "27 maart 2025")
    b.append(("h1", "2 Kerngegevens"))
    b.append(("p", f"Bij IJsselvecht zijn {c['nbesturen']} besturen aangesloten met 14 scholen voor voortgezet "
                   "onderwijs, waarvan twee scholen voor praktijkonderwijs, en twee scholen voor voortgezet speciaal "
                   "onderwijs. Het samenwerkingsverband heeft een eigen orthopedagogisch-didactisch centrum (OPDC) "
                   "De Overstap in Veltwijk."))
    b.append(("table", [["Leerlingen op 1 oktober", "2022", "2023", "2024"],
                        ["Vo regulier (incl. lwoo)", "10.820", "10.905", "10.960"],
                        ["Waarvan met lwoo", "1.140", "1.122", "1.098"],
                        ["Praktijkonderwijs", "402", "396", "411"],
                        ["Vso", "318", "331", "345"]]))
    b.append(("h2", "2.1 Ontwikkelingen"))
    b += f_landelijk(c)
    b.append(("h1", "3 Visie en ambities"))
    b.append(("p", "Wij willen dat iedere jongere in de regio een diploma of een passende startkwalificatie "
                   "behaalt, of een duurzame plek op de arbeidsmarkt of in dagbesteding vindt. De scholen zijn "
                   "daarvoor samen verantwoordelijk. Het samenwerkingsverband ondersteunt, verbindt en neemt de "
                   "regie waar dat nodig is."))
    b.append(("p", "Kernbegrippen in ons handelen zijn: thuisnabij, ontschot, snel en licht waar het kan, intensief "
                   "waar het moet. Wij willen minder bureaucratie en meer tijd voor de leerling. De ambities die "
                   "hieruit volgen, zijn uitgewerkt in hoofdstuk 9."))
    b.append(("p", "Wij realiseren ons dat de middelen beperkt zijn en dat de vraag naar ondersteuning groeit. Dat "
                   "dwingt tot keuzes. Wij kiezen ervoor om eerst te investeren in de kwaliteit van de "
                   "basisondersteuning op de scholen, omdat daar de meeste leerlingen baat bij hebben. Daarnaast "
                   "willen wij de bovenschoolse voorzieningen beter laten aansluiten op de scholen, zodat leerlingen "
                   "niet onnodig lang buiten hun eigen school verblijven. Ten slotte willen wij de samenwerking met "
                   "de gemeenten versterken, omdat veel vragen van jongeren niet alleen met onderwijs kunnen worden "
                   "beantwoord."))
    b.append(("h1", "4 Basisondersteuning"))
    b.append(("p", "Alle vo-scholen van IJsselvecht, op iedere locatie en in iedere leerweg, bieden hetzelfde "
                   "afgesproken niveau van basisondersteuning. De besturen hebben dit niveau vastgelegd in het "
                   "Referentiekader Basisondersteuning IJsselvecht; het is de ondergrens waaraan iedere school "
                   "voldoet. Concreet bestaat de basisondersteuning ten minste uit:"))
    b.append(("ul", ["een mentor per klas met een vast mentoruur en ten minste drie mentorgesprekken per jaar;",
                     "een ondersteuningscoördinator en een zorg- en adviesteam (ZAT) dat ten minste zes keer per jaar bijeenkomt;",
                     "dyslexie- en dyscalculiebegeleiding met faciliteiten als extra tijd en voorleessoftware;",
                     "faalangstreductietraining en een sociale-vaardigheidstraining;",
                     "begeleiding bij executieve functies (plannen en organiseren) en huiswerkbegeleiding;",
                     "een time-out- of opvangruimte met begeleiding tijdens alle lesuren;",
                     "een aanbod voor leerlingen met een ondersteuningsbehoefte in het kader van meer- en hoogbegaafdheid;",
                     "afspraken over medische handelingen en verzuimbegeleiding met de jeugdarts."]))
    b.append(("p", "Iedere school laat eens per twee jaar een collegiale audit basisondersteuning uitvoeren. Een "
                   "school die niet voldoet, stelt binnen drie maanden een verbeterplan op, dat het bestuur "
                   "bespreekt met de directeur van het samenwerkingsverband."))
    b.append(("h1", "5 Het ondersteuningsaanbod: arrangementen, OPDC en vso"))
    b.append(("p", "Boven op de basisondersteuning kent IJsselvecht een samenhangend aanbod van extra "
                   "ondersteuning, van licht naar zwaar:"))
    b.append(("table", [["Voorziening", "Doel", "Duur", "Toegang"],
                        ["Schoolarrangement", "extra begeleiding op de eigen school", "max. 1 jaar", "school, ZAT"],
                        ["Rebound Veltwijk", "tijdelijke opvang bij gedragsproblemen", "8-12 weken", "consulent SWV"],
                        ["OPDC De Overstap", "kleinschalig onderwijs met terugkeer als doel", "max. 2 jaar", "toewijzing SWV"],
                        ["Onderwijs-zorgarrangement", "onderwijs gecombineerd met jeugdhulp", "maatwerk", "SWV + gemeente"],
                        ["Lwoo", "ondersteuning in vmbo-basis/kader", "tot diploma", "aanwijzing SWV"],
                        ["Praktijkonderwijs", "praktijkgericht onderwijs richting arbeid", "tot 18 jaar", "TLV pro"],
                        ["Vso cluster 3 en 4", "speciaal onderwijs", "volgens TLV", "TLV vso"]]))
    b.append(("p", "De ondersteuningscoördinator van de school is de spil. Als de basisondersteuning tekortschiet, "
                   "bespreekt het ZAT de leerling en schakelt het zo nodig de consulent van het samenwerkingsverband "
                   "in, die adviseert over een arrangement of een bovenschoolse voorziening."))
    b.append(("h1", "6 Toewijzing en toelaatbaarheid (vso, lwoo, pro)"))
    b.append(("h2", "6.1 Vso"))
    b.append(("p", "Het bevoegd gezag van de school waar de leerling is ingeschreven of aangemeld, dient de aanvraag "
                   "voor een TLV vso in via het loket van IJsselvecht. Bij de aanvraag horen het OPP, het "
                   "onderwijskundig rapport en een overzicht van de ingezette ondersteuning. De Commissie van "
                   "Toelaatbaarheid (CvT) vraagt een schriftelijk advies van twee deskundigen: een orthopedagoog "
                   "of GZ-psycholoog en een tweede deskundige afhankelijk van de problematiek. De CvT besluit binnen "
                   "zes weken na ontvangst van de volledige aanvraag."))
    b.append(("p", "Een leerling is toelaatbaar tot het vso als: (a) de school aantoonbaar de basisondersteuning en "
                   "ten minste één arrangement heeft ingezet en geëvalueerd, (b) de ondersteuningsbehoefte zo "
                   "intensief en langdurig is dat die in het regulier vo en in het OPDC niet geboden kan worden, en "
                   "(c) de leerling behoefte heeft aan een combinatie van onderwijs en specialistische begeleiding "
                   "gedurende de gehele schooldag. Een TLV vso geldt in de regel twee schooljaren en vermeldt de "
                   "bekostigingscategorie laag, midden of hoog."))
    b.append(("h2", "6.2 Lwoo en praktijkonderwijs"))
    b.append(("p", "IJsselvecht hanteert de landelijke criteria voor lwoo en pro en maakt geen gebruik van de "
                   "mogelijkheid eigen lwoo-criteria vast te stellen. De basisschool levert in groep 8 vóór 1 "
                   "februari de gegevens aan (capaciteiten, leerachterstanden op ten minste twee domeinen, "
                   "sociaal-emotionele problematiek). De Commissie lwoo/pro van het samenwerkingsverband "
                   "toetst de aanvraag aan de landelijke criteria en beslist vóór 1 april. Een aanwijzing lwoo "
                   "geldt tot het einde van de opleiding; een TLV pro tot de leerling 18 jaar wordt."))
    b.append(("h1", "7 Terugplaatsing en overplaatsing"))
    b.append(("p", "Het beleid van IJsselvecht is dat leerlingen in het vso, het OPDC en de rebound zo snel als "
                   "verantwoord terugkeren naar het regulier vo, bij voorkeur naar hun eigen school. Voorwaarden "
                   "zijn dat de leerling volgens het OPP de doelen heeft bereikt die voor terugkeer nodig zijn en dat "
                   "de ontvangende school de benodigde ondersteuning kan bieden. Na terugkeer krijgt de leerling "
                   "een half jaar begeleiding van een ambulant begeleider van de vso-school of het OPDC, "
                   "bekostigd door het samenwerkingsverband."))
    b.append(("p", "In het laatste jaar van een TLV vso bespreekt de commissie van begeleiding van de vso-school "
                   "vóór 1 februari of terugplaatsing mogelijk is. Is dat zo, dan meldt de vso-school de leerling "
                   "vóór 1 april aan bij een vo-school en stellen beide scholen een overstapplan op. Is terugplaatsing "
                   "niet mogelijk, dan vraagt de vso-school vóór 1 april een nieuwe TLV aan. Voor het OPDC en de "
                   "rebound geldt een evaluatie na iedere acht weken; de consulent van het samenwerkingsverband "
                   "besluit over terugkeer. De stamschool blijft verantwoordelijk tot de leerling is teruggekeerd."))
    b.append(("h1", "8 Thuiszitters en dekkend netwerk"))
    b.append(("p", "Het samenwerkingsverband en de gemeenten delen de ambitie dat geen jongere thuis zit. Welke plekken "
                   "er in de regio ontbreken en hoe wij leerlingen zonder passende plek snel een aanbod doen, "
                   "brengen wij in kaart nadat de gemeenten hun nieuwe inkoop van jeugdhulp hebben afgerond; de "
                   "aanpak die daaruit voortkomt, nemen wij op in een aanvulling op dit plan. Tot die tijd werken "
                   "wij volgens de bestaande afspraken."))
    b.append(("h1", "9 Ambities en resultaten"))
    b.append(("p", "Voor de planperiode hebben wij de volgende beoogde resultaten geformuleerd voor leerlingen die "
                   "extra ondersteuning nodig hebben:"))
    b.append(("table", [["Ambitie", "Streefwaarde 2029"],
                        ["Deelname vso", "niet hoger dan 3,0% van het totaal aantal leerlingen"],
                        ["Terugkeer uit OPDC binnen twee jaar", "ten minste 70%"],
                        ["Leerlingen met lwoo die een diploma halen", "ten minste 85%"],
                        ["Uitstroom pro naar arbeid of mbo", "ten minste 75%, bestendig na één jaar"],
                        ["Doorlooptijd TLV vso", "maximaal 6 weken in 95% van de aanvragen"]]))
    b.append(("p", "Hoe wij de voortgang op deze ambities volgen en erover rapporteren, beschrijven wij in het "
                   "kwaliteitshandboek van het samenwerkingsverband, dat in het voorjaar van 2026 gereed komt."))
    b.append(("h1", "10 Financieel beleid"))
    b.append(("p", "IJsselvecht ontvangt middelen voor lichte ondersteuning, zware ondersteuning, lwoo en pro. De "
                   "middelen voor lwoo en pro worden volgens de landelijke normbedragen doorbetaald aan de besturen "
                   "met een lwoo-licentie of een pro-school, op basis van het aantal leerlingen op 1 oktober. De "
                   "middelen lichte ondersteuning worden verdeeld met een bedrag van € 96 per leerling en een vaste "
                   "voet van € 25.000 per school. Schoolarrangementen worden daaruit bekostigd. De bovenschoolse "
                   "voorzieningen (rebound, OPDC) worden door het samenwerkingsverband betaald; onderwijs-"
                   "zorgarrangementen worden op aanvraag toegekend door de directeur."))
    b.append(("table", [["x € 1.000", "2025", "2026", "2027", "2028"],
                        ["Baten lichte ondersteuning", "2.310", "2.325", "2.330", "2.330"],
                        ["Baten zware ondersteuning (na inhouding DUO vso)", "3.120", "3.040", "2.980", "2.950"],
                        ["Baten lwoo en pro", "9.870", "9.760", "9.690", "9.640"],
                        ["Doorbetaling lwoo en pro aan besturen", "9.870", "9.760", "9.690", "9.640"],
                        ["Schoolbudgetten lichte ondersteuning", "1.400", "1.410", "1.410", "1.410"],
                        ["OPDC en rebound", "1.950", "1.980", "2.010", "2.040"],
                        ["Onderwijs-zorgarrangementen", "420", "450", "450", "450"],
                        ["Ambulante begeleiding na terugplaatsing", "150", "160", "160", "160"],
                        ["Bureau en CvT", "1.290", "1.310", "1.330", "1.350"],
                        ["Saldo", "220", "55", "-50", "-130"]]))
    b.append(("p", "De algemene reserve bedraagt eind 2024 € 1,6 miljoen. De signaleringswaarde van de Inspectie "
                   "wordt niet overschreden. Het negatieve saldo vanaf 2027 wordt uit de reserve gedekt."))
    b.append(("h1", "11 Samenwerking met gemeenten en PO"))
    b.append(("p", f"Met de gemeenten {c['gemeenten']} is in het OOGO gesproken over de aansluiting tussen "
                   "onderwijs en jeugdhulp, leerlingenvervoer, thuiszitters en de aansluiting op het mbo en de "
                   "arbeidsmarkt. Schoolmaatschappelijk werk wordt gefinancierd door de gemeenten en is op iedere "
                   "school aanwezig. Jeugdhulp in onderwijstijd wordt georganiseerd via onderwijs-zorgarrangementen "
                   "die het samenwerkingsverband en de gemeente samen financieren."))
    b.append(("p", "Met de samenwerkingsverbanden primair onderwijs in de regio zijn afspraken gemaakt over de "
                   "overstap van groep 8 naar de brugklas, de aanlevering van gegevens voor lwoo en pro en de "
                   "overstap van so naar vso."))
    b += f_vervoer(c)
    b.append(("h2", "11.1 Aansluiting op het mbo en de arbeidsmarkt"))
    b.append(("p", "Voor leerlingen in het praktijkonderwijs, het vso en de basis- en kaderberoepsgerichte leerweg "
                   "is een goede overstap naar het mbo of naar werk van groot belang. Met de twee mbo-instellingen in "
                   "de regio zijn afspraken gemaakt over een warme overdracht van leerlingen met een "
                   "ondersteuningsbehoefte. De mentor van de vo-school draagt de leerling over aan de "
                   "studieloopbaanbegeleider van het mbo; bij leerlingen met een intensieve ondersteuningsbehoefte "
                   "vindt een driegesprek plaats vóór de zomervakantie. De praktijkscholen en de vso-scholen werken "
                   "samen met het regionale werkbedrijf om leerlingen naar een duurzame baan te begeleiden. Zij "
                   "organiseren daarvoor stages bij bedrijven in de regio, een jaarlijkse banenmarkt en "
                   "branchegerichte certificaten, bijvoorbeeld in de logistiek, de groenvoorziening en de horeca."))
    b.append(("h1", "12 Organisatie en medezeggenschap"))
    b += f_governance(c)
    b.append(("h1", "13 Personeel"))
    b += f_personeel(c)
    b.append(("p", "Voor het OPDC en de rebound is een eigen team van docenten en begeleiders in dienst van het "
                   "samenwerkingsverband. Zij volgen jaarlijks een gezamenlijk scholingsprogramma over "
                   "traumasensitief lesgeven en het begeleiden van jongeren met gedragsproblemen."))
    b.append(("h1", "14 Informatievoorziening en privacy"))
    b += f_communicatie_scholen(c)
    b += f_ict(c)
    b.append(("h1", "Bijlage Begrippenlijst"))
    b.append(("table", f_begrippen([["OPDC", "Orthopedagogisch-didactisch centrum."],
                                    ["Onderwijsconsulenten", "Onafhankelijke adviseurs voor ouders bij vastgelopen situaties."],
                                    ["Ouderportaal", "Informatiepagina voor ouders op de website van het samenwerkingsverband."]])))
    return c, b


def label_d():
    cr = crit(["dekkend-aanbod.lacunes", "resultaten.monitoring", "ouders.informatie", "ouders.steunpunt"])
    el = status_from(cr, set())
    adv = {"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie"],
           "financien": ["reserves"], "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"]}
    notes = {
        "basisondersteuning": "H4: common floor for every vo-location, eight concrete provisions, collegiale audit as borging.",
        "plaatsing": "H6.1 vso: loket, dossier, CvT, two deskundigen, 6 weeks, criteria a-c, duration/category; 6.2 lwoo/pro with national criteria, dates and deciding commissie.",
        "terugstroom": "H7: policy (aim, conditions, half-year ambulante begeleiding) and procedure (1 feb / 1 april, OPDC 8-week evaluation, decider).",
        "financien": "H10 'Financieel beleid': €96 per leerling + vaste voet, lwoo/pro doorbetaling; multi-year table 2025-2028 with amounts; reserve.",
        "dekkend-aanbod": "H5 continuum table (arrangement, rebound, OPDC, OZA, lwoo, pro, vso); H8 only defers gap analysis and thuiszitters approach to a later 'aanvulling'.",
        "resultaten": "H9 table of ambities with streefwaarden; how progress is followed is deferred to a kwaliteitshandboek (voorjaar 2026).",
        "ouders": "No information channels or independent support for parents anywhere; 'ouders' only in passing (H1), OJSP/Onderwijsconsulenten/Ouderportaal only in the begrippenlijst.",
    }
    return cr, el, adv, notes


# ============================================================================================
# Plan E - PO, .html web version 'op hoofdlijnen'. BO and dekkend aanbod deferred, TLV only
# referred to a bijlage; results and ouders well covered; terugplaatsing procedure without policy.
# ============================================================================================
def plan_e():
    c = dict(name="Samenwerkingsverband Passend Onderwijs Noorderweide",
             short="Noorderweide", nbesturen="acht", fte="6,5",
             gemeenten="Noorderhaven, Wierum-Oost en Eemsdal")
    b = []
    b.append(("title", ["Ondersteuningsplan 2025-2029 (webversie)",
                        "Samenwerkingsverband Passend Onderwijs Noorderweide, PO 20-09",
                        "Laatst bijgewerkt: 14 april 2025"]))
    b.append(("toc", ["Voorwoord", "Wie zijn wij", "Koers 2025-2029", "Basisondersteuning",
                      "Toelaatbaarheid en TLV", "Dekkend aanbod", "Doorgaande lijnen", "Resultaten en kwaliteit",
                      "Ouders", "Geld en middelen", "Bestuur en toezicht", "Medezeggenschap en OOGO",
                      "Ons team", "Privacy", "Bijlagen en downloads", "Begrippen"]))
    b.append(("h1", "Voorwoord"))
    b.append(("p", "Welkom bij de webversie van ons ondersteuningsplan 2025-2029. Wij hebben gekozen voor een "
                   "digitaal plan dat u per onderwerp kunt lezen. Onderaan de pagina vindt u de bijlagen die bij "
                   "het plan horen; een pdf-versie van het volledige plan is op aanvraag verkrijgbaar bij het "
                   "bureau. Het plan is vastgesteld door het bestuur op 8 april 2025."))
    b.append(("p", "Het vorige plan was een lijvig document van bijna honderd pagina's. Uit gesprekken met scholen "
                   "en ouders bleek dat weinig mensen het helemaal lazen. Met deze webversie hopen wij dat meer "
                   "mensen hun weg vinden in wat Noorderweide doet. Reacties zijn welkom via het contactformulier."))
    b.append(("p", "Wij kijken met tevredenheid terug op de afgelopen vier jaar: de doorlooptijd van aanvragen is "
                   "fors gedaald, meer kinderen konden op hun eigen school blijven en de samenwerking met de "
                   "gemeenten is verstevigd. Tegelijk blijft er werk te doen. Met dit plan zetten wij de volgende stap."))
    b.append(("p", "Een woord van dank gaat uit naar iedereen die heeft bijgedragen: de intern begeleiders die hun "
                   "ervaringen deelden, de directeuren en bestuurders die kritisch meelazen, de leden van de "
                   "ondersteuningsplanraad en de beleidsmedewerkers van de drie gemeenten. Zonder hun inzet was "
                   "dit plan er niet geweest. — Anouk Terpstra, voorzitter van het bestuur"))
    b.append(("h1", "Wie zijn wij"))
    b.append(("p", f"Noorderweide is het samenwerkingsverband passend onderwijs voor het primair onderwijs in de "
                   f"gemeenten {c['gemeenten']}. Er zijn {c['nbesturen']} besturen aangesloten met samen 47 "
                   "basisscholen, twee scholen voor speciaal basisonderwijs en drie so-locaties. In totaal gaan "
                   "er ongeveer 10.400 kinderen naar school in ons gebied, van grote stadsscholen in Noorderhaven "
                   "tot kleine dorpsscholen met minder dan vijftig leerlingen op het platteland van Eemsdal."))
    b.append(("p", "Het gebied kent een grote diversiteit. In Noorderhaven wonen veel gezinnen met een "
                   "migratieachtergrond en is er een hoge concentratie van kinderen die opgroeien in armoede. In "
                   "Eemsdal neemt het aantal leerlingen al jaren af en zijn scholen gefuseerd. Die verschillen "
                   "vragen om maatwerk per gebied."))
    b.append(("p", "Het bureau van Noorderweide is gevestigd in Noorderhaven, naast het stadskantoor. Onze "
                   "consulenten werken grotendeels op de scholen zelf; iedere school heeft een vaste consulent die "
                   "de school, het team en de omgeving kent. Zo willen wij de afstand tussen het "
                   "samenwerkingsverband en de klas zo klein mogelijk houden. Het bureau is op werkdagen bereikbaar "
                   "van 8.30 tot 16.30 uur. In de zomervakantie is er een beperkte bezetting. Scholen kunnen voor "
                   "vragen over procedures ook terecht bij de helpdesk op het besloten deel van de website."))
    b.append(("h1", "Koers 2025-2029"))
    b.append(("p", "Onze missie is kort: elk kind een passende plek, zo dicht mogelijk bij huis. Wij werken vanuit "
                   "de overtuiging dat kinderen het meest leren in een omgeving waar zij zich veilig en gezien "
                   "voelen, samen met kinderen uit hun eigen buurt. Onze koers rust op drie pijlers: versterken "
                   "van de leraar, samenwerken in de wijk en leren van data."))
    b.append(("p", "De leraar is de belangrijkste factor voor goed onderwijs, ook voor kinderen die extra "
                   "ondersteuning nodig hebben. Daarom investeren wij in scholing, coaching en tijd voor overleg. "
                   "Samenwerken in de wijk betekent dat school, jeugdhulp en gezin elkaar snel weten te vinden. "
                   "Leren van data betekent dat wij onze keuzes onderbouwen met cijfers en ervaringen."))
    b.append(("p", "Deze koers is in 2024 opgesteld in vier koerssessies met directeuren, intern begeleiders, "
                   "bestuurders en leden van de ondersteuningsplanraad. Uit die sessies kwam ook naar voren dat "
                   "scholen behoefte hebben aan minder papierwerk en aan meer directe hulp in de klas."))
    b.append(("h2", "Ontwikkelingen"))
    b += f_landelijk(c)
    b.append(("h2", "Professionalisering van leraren"))
    b.append(("p", "Omdat de leraar de belangrijkste factor is, maakt professionalisering een groot deel uit van onze "
                   "koers. Iedere school kan een beroep doen op coaching in de klas door een van onze orthopedagogen "
                   "of ervaren leerkrachten uit het speciaal onderwijs. Wij bieden jaarlijks een scholingsprogramma "
                   "aan met modules over gedrag in de klas, taalontwikkeling, het werken met een ontwikkelingsperspectief "
                   "en het voeren van gesprekken met ouders. Nieuwe leraren en zij-instromers volgen een introductie "
                   "van twee middagen over passend onderwijs in Noorderweide. Intern begeleiders kunnen deelnemen "
                   "aan intervisiegroepen onder leiding van een externe begeleider. Wij werken daarbij samen met de "
                   "pabo en met de academische werkplaats van de hogeschool in Noorderhaven, zodat nieuwe inzichten "
                   "uit onderzoek hun weg vinden naar de klas. Scholen die dat willen, kunnen meedoen aan een "
                   "praktijkonderzoek naar wat werkt bij kinderen met concentratieproblemen."))
    b.append(("h2", "Hoe dit plan tot stand kwam"))
    b.append(("p", "Het plan is geschreven door een kleine redactiegroep onder leiding van de beleidsmedewerker. De "
                   "teksten zijn in concept besproken met de directeuren in het directeurenoverleg, met de intern "
                   "begeleiders in de netwerken en met de besturen in het bestuurlijk overleg. De OPR heeft "
                   "meegelezen vanaf de eerste versie."))
    b.append(("h1", "Basisondersteuning"))
    b.append(("p", "Basisondersteuning is een belangrijk fundament van passend onderwijs. Wat iedere school in "
                   "Noorderweide ten minste biedt, leggen wij samen met de besturen opnieuw vast in een "
                   "Referentiekader Basisondersteuning. Dit referentiekader wordt in het schooljaar 2025-2026 "
                   "opgesteld, zodat het kan aansluiten op de landelijke norm, en wordt daarna als bijlage aan dit "
                   "plan toegevoegd."))
    b.append(("h1", "Toelaatbaarheid en TLV"))
    b.append(("p", "Sommige kinderen hebben een plek nodig in het speciaal basisonderwijs of het speciaal "
                   "onderwijs. De route naar het speciaal (basis)onderwijs, inclusief de criteria en de "
                   "termijnen, vindt u in bijlage B 'Route naar S(B)O' onderaan deze pagina. In het schooljaar "
                   "2025-2026 herzien wij de werkwijze van onze toelaatbaarheidscommissie."))
    b.append(("h1", "Dekkend aanbod"))
    b.append(("p", "Noorderweide is samen met de scholen verantwoordelijk voor een dekkend aanbod. Wij willen dat "
                   "er voor elk kind een plek is die past. In de loop van 2026 brengen wij samen met de gemeenten "
                   "en de besturen in kaart welk aanbod er in de regio is en waar het ontbreekt. Op basis daarvan "
                   "maken wij een plan van aanpak, dat wij na instemming van de OPR aan dit plan toevoegen. "
                   "Ook de aanpak van thuiszitters wordt daarin meegenomen."))
    b.append(("h1", "Doorgaande lijnen"))
    b.append(("p", "Kinderen maken in hun schoolloopbaan verschillende overstappen: van de voorschool naar groep 1, "
                   "van groep 8 naar het voortgezet onderwijs en soms van een speciale school naar een basisschool. "
                   "Bij iedere overstap willen wij dat informatie zorgvuldig wordt overgedragen."))
    b.append(("p", "Voor ieder kind dat in het laatste jaar van zijn TLV zit, plant de sbo- of so-school vóór 1 maart "
                   "een evaluatiegesprek met ouders en de ondersteuningsconsulent van Noorderweide. Het OPP is daarbij "
                   "het vertrekpunt. Na het gesprek brengt de school advies uit: verlengen of terugplaatsen. Bij "
                   "verlengen vraagt het bestuur van de speciale school vóór 1 april een nieuwe TLV aan. Bij "
                   "terugplaatsen meldt de school het kind, met instemming van ouders, vóór 1 mei aan bij de gekozen "
                   "basisschool, en draagt zij het dossier warm over. De TLV eindigt op 31 juli. De consulent "
                   "bewaakt dat deze stappen op tijd worden gezet."))
    b.append(("h1", "Resultaten en kwaliteit"))
    b.append(("p", "In de vorige planperiode hebben wij het volgende bereikt: de gemiddelde doorlooptijd van een "
                   "aanvraag daalde van negen naar vijf weken, het deelnamepercentage sbo en so samen daalde van "
                   "4,1% naar 3,8% (peildatum 1 oktober 2024) en 86% van de ouders gaf in de peiling van 2024 aan "
                   "tevreden te zijn over de ondersteuning op school."))
    b.append(("p", "Voor 2025-2029 hebben wij de volgende beoogde resultaten voor kinderen met een "
                   "ondersteuningsbehoefte vastgesteld:"))
    b.append(("table", [["Beoogd resultaat", "Indicator", "2024", "Doel 2029"],
                        ["Snelle hulp", "doorlooptijd aanvraag", "5 weken", "3 weken"],
                        ["Thuisnabij onderwijs", "deelnamepercentage s(b)o", "3,8%", "3,5%"],
                        ["Tevreden ouders", "tevredenheid ouders", "86%", "90%"],
                        ["Leraren voelen zich toegerust", "leraren die zich voldoende toegerust voelen", "61%", "75%"],
                        ["Kinderen met OPP bereiken hun doelen", "deel OPP-doelen behaald", "nulmeting 2025", "80%"]]))
    b.append(("p", "Wij meten dit als volgt. Het bureau houdt een dashboard bij dat maandelijks wordt gevuld met "
                   "gegevens uit het aanvraagsysteem en ieder jaar met de telling van 1 oktober van DUO. Iedere twee "
                   "jaar houden wij een peiling onder ouders en leraren. Scholen leveren jaarlijks in juni per kind "
                   "met een OPP aan of de doelen zijn behaald. Twee keer per jaar bespreekt het bestuur een "
                   "voortgangsrapportage; de OPR ontvangt deze ook. In het jaarverslag rapporteren wij over de "
                   "bereikte resultaten en de kosten van de ingezette ondersteuning. Blijft een indicator achter, "
                   "dan bespreekt het bestuur welke bijsturing nodig is."))
    b.append(("h1", "Ouders"))
    b.append(("p", "Ouders kennen hun kind het best. Wij vinden het belangrijk dat zij weten welke ondersteuning er "
                   "is en waar zij terecht kunnen."))
    b.append(("p", "Informatie over de ondersteuning op school vinden ouders in de schoolgids van de school. Op deze "
                   "website staat een ouderpagina met filmpjes over hoe ondersteuning in Noorderweide werkt, welke "
                   "voorzieningen er zijn en wat de rol van ouders in het ondersteuningsteam is. Bij een eerste "
                   "gesprek over extra ondersteuning geeft de school de ouderwijzer 'Samen voor uw kind' mee. Ouders "
                   "die liever persoonlijk contact hebben, kunnen op dinsdag- en donderdagochtend bellen met de "
                   "ouderadviseur van Noorderweide."))
    b.append(("p", "Wilt u advies van iemand die niet verbonden is aan school of samenwerkingsverband? Dan kunt u "
                   "terecht bij het Ouder- en Jeugdsteunpunt Noord, een onafhankelijke organisatie die ouders en "
                   "kinderen gratis helpt bij vragen over onderwijs en ondersteuning. Ook de Onderwijsconsulenten "
                   "kunnen u helpen als u met school niet tot een oplossing komt. Heeft u een klacht over het "
                   "samenwerkingsverband, dan kunt u gebruikmaken van onze klachtenregeling; Noorderweide is "
                   "aangesloten bij de Landelijke Klachtencommissie Onderwijs."))
    b.append(("h1", "Geld en middelen"))
    b.append(("p", "Noorderweide ontvangt jaarlijks ruim 8,9 miljoen euro van het Rijk voor ondersteuning. Een deel "
                   "daarvan wordt door DUO direct ingehouden voor de bekostiging van het speciaal onderwijs. Het "
                   "verdeelmodel waarmee wij middelen aan de besturen toekennen, wordt in 2025-2026 geëvalueerd; "
                   "een voorstel voor een nieuwe verdeling volgt in een addendum bij dit plan."))
    b.append(("p", "De meerjarenbegroting ziet er als volgt uit:"))
    b.append(("table", [["Bedragen in €", "2025", "2026", "2027", "2028"],
                        ["Baten (na inhouding DUO)", "6.120.000", "6.060.000", "6.010.000", "5.980.000"],
                        ["Middelen naar schoolbesturen", "2.050.000", "2.050.000", "2.000.000", "2.000.000"],
                        ["Overdracht sbo", "2.310.000", "2.330.000", "2.340.000", "2.350.000"],
                        ["Ondersteuningsconsulenten en orthopedagogen", "780.000", "790.000", "800.000", "810.000"],
                        ["Scholing en coaching leraren", "240.000", "260.000", "260.000", "260.000"],
                        ["Bureau en bestuur", "640.000", "650.000", "660.000", "670.000"],
                        ["Saldo", "100.000", "-20.000", "-50.000", "-110.000"]]))
    b.append(("p", "Het weerstandsvermogen bedraagt eind 2024 12%. Het negatieve saldo vanaf 2026 is bewust: wij "
                   "zetten een deel van de reserve in voor scholing en coaching van leraren."))
    b.append(("h1", "Bestuur en toezicht"))
    b += f_governance(c)
    b.append(("h1", "Medezeggenschap en OOGO"))
    b += f_opr(c, "3 april 2025")
    b += f_opr_werkwijze(c)
    b += f_oogo_proc(c, "20 maart 2025")
    b.append(("h1", "Ons team"))
    b += f_personeel(c)
    b.append(("h2", "Communicatie met scholen"))
    b += f_communicatie_scholen(c)
    b.append(("h2", "Jaarcyclus"))
    b.append(("p", "Dit ondersteuningsplan wordt ieder jaar uitgewerkt in een jaarplan en een jaarbegroting. Het "
                   "jaarplan wordt vóór 1 juli vastgesteld door het bestuur, na advies van de OPR. De begroting "
                   "voor het volgende kalenderjaar wordt in december vastgesteld door de Raad van Toezicht. Het "
                   "jaarverslag en de jaarrekening worden vóór 1 juli van het volgende jaar vastgesteld en "
                   "gepubliceerd op deze website. Wijzigingen in dit plan gedurende de planperiode worden als "
                   "addendum aan de webversie toegevoegd, met vermelding van de datum van instemming door de OPR. "
                   "Zo blijft altijd zichtbaar welke versie geldt en wat er is veranderd."))
    b.append(("h1", "Privacy"))
    b += f_ict(c)
    b.append(("h1", "Bijlagen en downloads"))
    b.append(("ul", ["Bijlage A Jaarplan 2025-2026 (pdf)", "Bijlage B Route naar S(B)O (pdf)",
                     "Bijlage C Verslag OOGO 20 maart 2025 (pdf)", "Bijlage D Instemmingsbrief OPR (pdf)"]))
    b.append(("h1", "Begrippen"))
    b.append(("table", f_begrippen([["Route naar S(B)O", "Stappenplan voor het aanvragen van een TLV."]])))
    return c, b


def label_e():
    cr = crit(["basisondersteuning.niveau", "basisondersteuning.inhoud", "plaatsing.procedure",
               "plaatsing.criteria", "terugstroom.beleid", "financien.verdeling",
               "dekkend-aanbod.continuum", "dekkend-aanbod.lacunes"])
    el = status_from(cr, set())
    adv = {"financien": ["reserves"], "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]}
    notes = {
        "basisondersteuning": "Page only says the Referentiekader will be drawn up in 2025-2026 and added later: deferral, nothing addressed.",
        "plaatsing": "Page refers to bijlage B 'Route naar S(B)O' (only a download link, not included) and a future revision; nothing addressed.",
        "terugstroom": "Under 'Doorgaande lijnen': procedure in the last TLV year (1 maart gesprek, advies, 1 april/1 mei, TLV ends 31 juli); no policy aims, conditions or support after return.",
        "financien": "'Geld en middelen': meerjarenbegroting 2025-2028 with amounts (besteding); verdeelmodel under evaluation, 'volgt in een addendum' (verdeling not addressed).",
        "dekkend-aanbod": "Page defers the inventory of aanbod and gaps, and the thuiszitters approach, to 2026; OOGO text is procedural only; nothing addressed.",
        "resultaten": "'Resultaten en kwaliteit': achieved figures, target table 2029, dashboard/peiling/rapportage cycle.",
        "ouders": "'Ouders': schoolgids, ouderpagina, ouderwijzer, ouderadviseur; OJSP Noord, Onderwijsconsulenten, klachtenregeling.",
    }
    return cr, el, adv, notes


# ============================================================================================
# F - near miss: a single school's own 'ondersteuningsplan' (zorgplan), not an SWV plan.
# ============================================================================================
def doc_f():
    b = []
    b.append(("title", ["Ondersteuningsplan 2025-2026", "Openbare basisschool De Zeppelin, Marskerk",
                        "Onderdeel van het schoolplan; besproken met de MR op 12 juni 2025"]))
    b.append(("toc", ["1 Inleiding", "2 Onze ondersteuningsstructuur", "3 Zorgniveaus", "4 Groepsbesprekingen en leerlingbesprekingen",
                      "5 Basisondersteuning op De Zeppelin", "6 Extra ondersteuning en arrangementen",
                      "7 Verwijzing naar sbo of so", "8 Terugplaatsing", "9 Ouders", "10 Middelen en formatie",
                      "11 Resultaten en evaluatie", "12 Jaarplanning"]))
    b.append(("h1", "1 Inleiding"))
    b.append(("p", "In dit ondersteuningsplan beschrijft obs De Zeppelin hoe wij de ondersteuning aan onze 287 "
                   "leerlingen organiseren. Het plan is bedoeld voor leerkrachten, onderwijsassistenten en ouders. "
                   "De Zeppelin is aangesloten bij het samenwerkingsverband passend onderwijs De Brede Bocht. De "
                   "afspraken in het ondersteuningsplan van het samenwerkingsverband zijn voor ons het kader; in dit "
                   "document staat hoe wij die op onze school uitvoeren. Het plan wordt ieder schooljaar herzien "
                   "door de intern begeleider en de directeur."))
    b.append(("h1", "2 Onze ondersteuningsstructuur"))
    b.append(("p", "De leerkracht is verantwoordelijk voor het onderwijs aan alle leerlingen in de groep. De intern "
                   "begeleider (0,6 fte) coördineert de ondersteuning, begeleidt leerkrachten en is contactpersoon voor "
                   "ouders en externe partners. Het ondersteuningsteam van de school bestaat uit de directeur, de "
                   "intern begeleider, de consulent van het samenwerkingsverband en de schoolmaatschappelijk werker."))
    b.append(("h1", "3 Zorgniveaus"))
    b.append(("table", [["Niveau", "Wat", "Wie"],
                        ["1", "goed lesgeven aan de hele groep, differentiatie in drie niveaus", "leerkracht"],
                        ["2", "extra instructie en oefening in de groep", "leerkracht"],
                        ["3", "specifieke interventies, handelingsplan", "leerkracht en IB'er"],
                        ["4", "inzet consulent, onderzoek, arrangement", "IB'er en ondersteuningsteam"],
                        ["5", "aanvraag TLV voor sbo of so", "ondersteuningsteam en bestuur"]]))
    b.append(("h1", "4 Groepsbesprekingen en leerlingbesprekingen"))
    b.append(("p", "Drie keer per jaar, na de toetsperiodes in oktober, februari en juni, houden de leerkracht en de "
                   "intern begeleider een groepsbespreking. Daarin worden de resultaten van de groep geanalyseerd en "
                   "het groepsplan bijgesteld. Leerlingen over wie zorgen zijn, worden daarna in een "
                   "leerlingbespreking besproken. Ouders worden uitgenodigd als hun kind in het ondersteuningsteam "
                   "wordt besproken."))
    b.append(("h1", "5 Basisondersteuning op De Zeppelin"))
    b.append(("p", "Onze school biedt de basisondersteuning die in het samenwerkingsverband is afgesproken. Daarnaast "
                   "hebben wij een leesspecialist, een rekenspecialist en een specialist meer- en hoogbegaafdheid. Wij "
                   "werken met het dyslexieprotocol en hebben een plusgroep voor groep 6 tot en met 8. Ons "
                   "schoolondersteuningsprofiel staat op de website."))
    b.append(("h1", "6 Extra ondersteuning en arrangementen"))
    b.append(("p", "Als de basisondersteuning niet genoeg is, bespreekt de intern begeleider de leerling in het "
                   "ondersteuningsteam. De consulent van het samenwerkingsverband kan dan een schoolarrangement "
                   "adviseren. Voor een arrangement stellen wij een ontwikkelingsperspectief op dat wij met ouders "
                   "bespreken. In 2024-2025 hadden 14 leerlingen een arrangement."))
    b.append(("h1", "7 Verwijzing naar sbo of so"))
    b.append(("p", "Soms is onze school niet de beste plek voor een kind. Dan vraagt ons bestuur, na overleg met ouders, "
                   "een toelaatbaarheidsverklaring aan bij de Commissie Toelaatbaarheid van het samenwerkingsverband. "
                   "De intern begeleider stelt het groeidocument op. In 2024-2025 zijn twee leerlingen naar het sbo "
                   "gegaan."))
    b.append(("h1", "8 Terugplaatsing"))
    b.append(("p", "Wij staan open voor leerlingen die vanuit het sbo of so terug willen naar een basisschool. De "
                   "intern begeleider neemt deel aan het overdrachtsgesprek en zorgt voor een goede start in de groep."))
    b.append(("h1", "9 Ouders"))
    b.append(("p", "Ouders zijn onze partners. Wij informeren ouders via de schoolgids, de nieuwsbrief en tien-"
                   "minutengesprekken. Bij zorgen nemen wij altijd contact op met ouders. Ouders die het niet eens zijn "
                   "met de school, kunnen gebruikmaken van de klachtenregeling van ons bestuur."))
    b.append(("h1", "10 Middelen en formatie"))
    b.append(("p", "De school ontvangt van het bestuur een budget van het samenwerkingsverband voor "
                   "schoolarrangementen. Dit schooljaar is dat € 31.000. Daarvan bekostigen wij 0,3 fte "
                   "onderwijsassistentie en de inzet van de leesspecialist."))
    b.append(("h1", "11 Resultaten en evaluatie"))
    b.append(("p", "Aan het einde van het schooljaar evalueren wij dit plan in het team. De tussen- en eindresultaten "
                   "van de leerlingen worden besproken met de MR. Onze doelen voor volgend jaar: de leesresultaten "
                   "in groep 4 verbeteren en het aantal leerlingen met een eigen leerlijn voor rekenen verminderen."))
    b.append(("h1", "12 Jaarplanning"))
    b.append(("table", [["Maand", "Activiteit"], ["oktober", "groepsbesprekingen ronde 1"],
                        ["februari", "groepsbesprekingen ronde 2"], ["juni", "groepsbesprekingen ronde 3; evaluatie plan"]]))
    return b


def label_f():
    notes = {"looks_like_plan": "School-level 'ondersteuningsplan' of one basisschool (zorgniveaus, groepsbesprekingen, "
                                "IB formatie, MR), not the samenwerkingsverband's plan under art. 18a WPO; it refers to "
                                "the SWV's plan as its kader."}
    return notes


# ============================================================================================
def main():
    plans = [
        ("po-bredebocht", "docx", "po", plan_a, label_a),
        ("po-rivierenstreek", "pdf", "po", plan_b, label_b),
        ("po-duinvallei", "docx", "po", plan_c, label_c),
        ("vo-ijsselvecht", "pdf", "vo", plan_d, label_d),
        ("po-noorderweide", "html", "po", plan_e, label_e),
    ]
    for name, fmt, sector, mk, lab in plans:
        c, blocks = mk()
        n = words(blocks)
        assert n >= 3000, (name, n)
        fn = f"{name}.{fmt}"
        header = f"Ondersteuningsplan 2025-2029 | {c['short']}"
        footer = f"{c['name']} - pagina-overzicht in de inhoudsopgave"
        if fmt == "docx":
            write_docx(blocks, OUT / fn, header_text=header, footer_text=footer, title=header)
        elif fmt == "pdf":
            write_pdf(blocks, OUT / fn, header_text=header, footer_text=footer, title=header)
        else:
            write_html(blocks, OUT / fn, c["name"], ["Home", "Ouders", "Scholen", "Ondersteuningsplan",
                                                      "Toelaatbaarheid", "Nieuws", "Contact"])
        cr, el, adv, notes = lab()
        adv = {k: v for k, v in adv.items() if v}
        write_label(name, [fn], sector, True, el, cr, adv, notes)
        print(f"{fn}: {n} words; " + ", ".join(f"{k}={v}" for k, v in el.items()))
    fblocks = doc_f()
    fn = "po-zeppelin-schoolplan.docx"
    write_docx(fblocks, OUT / fn, header_text="obs De Zeppelin - Ondersteuningsplan 2025-2026",
               footer_text="obs De Zeppelin, Marskerk", title="Ondersteuningsplan De Zeppelin")
    write_label("po-zeppelin-schoolplan", [fn], "po", False, {}, {}, None, label_f())
    print(f"{fn}: {words(fblocks)} words (not a plan)")


if __name__ == "__main__":
    main()
