#!/usr/bin/env python3
"""Generate the holdout226 test set: 5 fictional ondersteuningsplannen + 1 near-miss document.

Deterministic, no network. Output goes to the folder above this script's folder.
PDFs are rendered from generated .docx files with LibreOffice (soffice --headless).
"""
import datetime
import html
import shutil
import subprocess
import tempfile
from pathlib import Path

import yaml
from docx import Document
from docx.shared import Pt

OUT = Path(__file__).resolve().parent.parent

# ---------------------------------------------------------------------------
# document model: list of blocks
#   ("title", text) ("sub", text) ("h1", text) ("h2", text) ("p", text)
#   ("bullets", [items]) ("table", [[header...], [row...], ...]) ("toc", [lines])
#   ("pagebreak", None)
# ---------------------------------------------------------------------------


def render_docx(blocks, path, header=None, footer=None):
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10.5)
    sec = doc.sections[0]
    if header:
        sec.header.paragraphs[0].text = header
    if footer:
        sec.footer.paragraphs[0].text = footer
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
        elif kind == "bullets":
            for it in val:
                doc.add_paragraph(it, style="List Bullet")
        elif kind == "toc":
            doc.add_heading("Inhoud", level=1)
            for line in val:
                doc.add_paragraph(line)
        elif kind == "table":
            t = doc.add_table(rows=0, cols=len(val[0]))
            t.style = "Table Grid"
            for i, row in enumerate(val):
                cells = t.add_row().cells
                for c, txt in zip(cells, row):
                    c.text = txt
                    if i == 0:
                        for r in c.paragraphs[0].runs:
                            r.bold = True
            doc.add_paragraph("")
        elif kind == "pagebreak":
            doc.add_page_break()
        else:
            raise ValueError(kind)
    doc.core_properties.title = header or ""
    doc.core_properties.author = "holdout226"
    doc.core_properties.last_modified_by = "holdout226"
    doc.core_properties.created = datetime.datetime(2026, 4, 1, 9, 0, 0)
    doc.core_properties.modified = datetime.datetime(2026, 4, 1, 9, 0, 0)
    doc.save(str(path))


def render_md(blocks):
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
        elif kind == "bullets":
            out.append("\n".join(f"- {it}" for it in val) + "\n")
        elif kind == "toc":
            out.append("**Op deze pagina's**\n")
            out.append("\n".join(f"- {it}" for it in val) + "\n")
        elif kind == "table":
            out.append("| " + " | ".join(val[0]) + " |")
            out.append("|" + "---|" * len(val[0]))
            for row in val[1:]:
                out.append("| " + " | ".join(row) + " |")
            out.append("")
        elif kind == "pagebreak":
            out.append("---\n")
    return "\n".join(out)


def render_html(blocks, title):
    e = html.escape
    out = ["<!DOCTYPE html>", '<html lang="nl">', "<head>", '<meta charset="utf-8">',
           f"<title>{e(title)}</title>", "</head>", "<body>"]
    for kind, val in blocks:
        if kind == "title":
            out.append(f"<h1>{e(val)}</h1>")
        elif kind == "sub":
            out.append(f"<p><em>{e(val)}</em></p>")
        elif kind == "h1":
            out.append(f"<h2>{e(val)}</h2>")
        elif kind == "h2":
            out.append(f"<h3>{e(val)}</h3>")
        elif kind == "p":
            out.append(f"<p>{e(val)}</p>")
        elif kind in ("bullets", "toc"):
            out.append("<ul>" + "".join(f"<li>{e(i)}</li>" for i in val) + "</ul>")
        elif kind == "table":
            rows = ["<tr>" + "".join(f"<th>{e(c)}</th>" for c in val[0]) + "</tr>"]
            for r in val[1:]:
                rows.append("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>")
            out.append("<table border=\"1\">" + "".join(rows) + "</table>")
        elif kind == "pagebreak":
            out.append("<hr>")
    out += ["</body>", "</html>", ""]
    return "\n".join(out)


def docx_to_pdf(blocks, pdf_path, header=None, footer=None):
    tmp = Path(tempfile.mkdtemp(prefix="holdout226_pdf_"))
    try:
        src = tmp / (pdf_path.stem + ".docx")
        render_docx(blocks, src, header, footer)
        profile = tmp / "lo_profile"
        subprocess.run(
            ["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
             "--convert-to", "pdf", "--outdir", str(tmp), str(src)],
            check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
        shutil.copyfile(tmp / (pdf_path.stem + ".pdf"), pdf_path)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


CORE = [
    "basisondersteuning.niveau", "basisondersteuning.inhoud",
    "plaatsing.procedure", "plaatsing.criteria",
    "terugstroom.procedure", "terugstroom.beleid",
    "financien.verdeling", "financien.besteding",
    "dekkend-aanbod.continuum", "dekkend-aanbod.lacunes",
    "resultaten.doelen", "resultaten.monitoring",
    "ouders.informatie", "ouders.steunpunt",
]
ELEMENTS = ["basisondersteuning", "plaatsing", "terugstroom", "financien",
            "dekkend-aanbod", "resultaten", "ouders"]


def status_from(criteria, advisory):
    st = {}
    for el in ELEMENTS:
        vals = [criteria[c] for c in CORE if c.startswith(el + ".")]
        if all(vals):
            st[el] = "present"
        elif any(vals) or advisory.get(el):
            st[el] = "partial"
        else:
            st[el] = "missing"
    return st


def write_label(name, documents, sector, false_criteria, advisory, notes):
    criteria = {c: (c not in false_criteria) for c in CORE}
    elements = status_from(criteria, advisory)
    lines = [f"documents: [{', '.join(documents)}]", f"sector: {sector}", "looks_like_plan: true",
             "elements: {" + ", ".join(f"{k}: {v}" for k, v in elements.items()) + "}",
             "criteria:"]
    lines += [f"  {c}: {'true' if criteria[c] else 'false'}" for c in CORE]
    lines.append("advisory_addressed:")
    for el in ELEMENTS:
        if advisory.get(el):
            lines.append(f"  {el}: [{', '.join(advisory[el])}]")
    lines.append("notes:")
    for el in ELEMENTS:
        if el in notes:
            lines.append(f"  {el}: {yaml_str(notes[el])}")
    (OUT / f"{name}.expected.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")


def yaml_str(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def glossary(entries):
    return [("h1", "Bijlage 1 Begrippenlijst"),
            ("p", "In deze lijst lichten we begrippen toe die in passend onderwijs veel gebruikt worden. "
                  "De omschrijvingen zijn algemeen van aard en geven niet de afspraken van ons verband weer.")] + \
           [("table", [["Begrip", "Omschrijving"]] + [[a, b] for a, b in entries])]


GLOSS_COMMON = [
    ("Basisondersteuning", "Het afgesproken niveau van ondersteuning dat alle scholen binnen een samenwerkingsverband "
     "bieden, inclusief preventieve en licht curatieve interventies, een ondersteuningsstructuur en planmatig werken."),
    ("Arrangement", "Een samenhangend pakket van extra ondersteuning voor een leerling of groep, bovenop de basisondersteuning."),
    ("Dekkend aanbod", "Het geheel van voorzieningen waardoor elke leerling in de regio een passende plek vindt."),
    ("Meerjarenbegroting", "Een begroting die de verwachte baten en lasten over meerdere jaren weergeeft."),
    ("OJSP", "Ouder- en jeugdsteunpunt: een onafhankelijk steunpunt waar ouders en jongeren terechtkunnen met vragen "
     "en zorgen over passend onderwijs."),
    ("OOGO", "Op overeenstemming gericht overleg tussen samenwerkingsverband en gemeenten."),
    ("OPR", "Ondersteuningsplanraad: medezeggenschapsraad van het samenwerkingsverband, bestaande uit ouders en personeelsleden."),
    ("OPP", "Ontwikkelingsperspectiefplan voor een leerling met extra ondersteuning."),
    ("Terugplaatsing", "De overstap van een leerling uit het speciaal (basis)onderwijs naar het regulier onderwijs, "
     "meestal na afloop van de toelaatbaarheidsverklaring."),
    ("TLV", "Toelaatbaarheidsverklaring: besluit van het samenwerkingsverband dat een leerling toelaatbaar is tot het speciaal (basis)onderwijs."),
    ("Verdeelmodel", "De regels waarmee een samenwerkingsverband de ondersteuningsmiddelen over scholen en besturen verdeelt."),
    ("Thuiszitter", "Een leerplichtige leerling die zonder geldige reden niet naar school gaat of niet ingeschreven staat."),
    ("Resultaten", "De beoogde en bereikte effecten van het beleid van het samenwerkingsverband voor leerlingen."),
]


# ---------------------------------------------------------------------------
# shared filler (written so that it does not address any core criterion)
# ---------------------------------------------------------------------------

def f_voorwoord(d):
    return [("h1", d.get("vw_head", "Voorwoord")),
            ("p", f"Voor u ligt het ondersteuningsplan {d['period']} van {d['name']}. Dit plan is het resultaat van "
                  f"ruim een jaar gesprekken met schoolleiders, intern begeleiders, leraren, ouders, gemeenten en "
                  f"partners in de jeugdhulp. Het vorige plan liep op 31 juli 2026 af; in de tussentijd is er veel "
                  f"veranderd in het onderwijs in {d['region']}. Het lerarentekort is voelbaar op bijna elke school, de "
                  f"ondersteuningsvragen worden complexer en de verwachtingen van de samenleving zijn hoog."),
            ("p", "Tegelijk zien we veel om trots op te zijn. Scholen hebben de afgelopen jaren geïnvesteerd in "
                  "teams, in kennis en in samenwerking. Steeds vaker vinden leraren elkaar over de grenzen van hun "
                  "eigen school en bestuur heen. Ouders geven aan dat ze zich vaker gehoord voelen. Dat is geen "
                  "vanzelfsprekendheid, en het vraagt blijvende aandacht."),
            ("p", "Dit plan is geen handboek. Het beschrijft de koers die de aangesloten besturen samen varen en de "
                  "afspraken die zij met elkaar maken. Waar nodig verwijzen we naar documenten die jaarlijks worden "
                  "bijgesteld. We hopen dat het plan een bruikbaar kompas is voor iedereen die zich inzet voor "
                  "kinderen en jongeren die iets extra's nodig hebben. Een woord van dank gaat uit naar iedereen "
                  "die heeft meegelezen, meegeschreven en kritische vragen heeft gesteld."),
            ("p", f"{d['director']}, directeur-bestuurder")]


def f_visie(d, kind="po"):
    kinderen = "kinderen" if kind == "po" else "jongeren"
    return [("h1", d.get("visie_head", "Visie, missie en kernwaarden")),
            ("p", f"Wij geloven dat ieder kind en iedere jongere recht heeft op onderwijs dat past. Niet als "
                  f"abstract principe, maar als dagelijkse praktijk in de klas. Onze missie is dat alle {kinderen} "
                  f"in {d['region']} zich kunnen ontwikkelen, zo dicht mogelijk bij huis, samen met leeftijdgenoten "
                  f"en met de ondersteuning die daarbij nodig is. Daarbij kijken we naar mogelijkheden, niet naar "
                  f"beperkingen."),
            ("p", "Onze kernwaarden zijn: vertrouwen, eigenaarschap en samenwerking. Vertrouwen betekent dat "
                  "we uitgaan van de professionaliteit van scholen en de kennis van ouders over hun kind. "
                  "Eigenaarschap betekent dat de school waar een leerling is aangemeld of ingeschreven de "
                  "regie houdt, en dat besturen elkaar aanspreken op gemaakte afspraken. Samenwerking betekent "
                  "dat we vraagstukken niet over de schutting gooien, maar ze samen oppakken, ook als het ingewikkeld wordt."),
            ("p", "In de afgelopen planperiode hebben we gemerkt dat een goede visie pas iets betekent als "
                  "ze terug te zien is in de keuzes die we maken: in de manier waarop we middelen inzetten, "
                  "in de manier waarop we arrangementen vormgeven en in de gesprekken die we met elkaar voeren. "
                  "Daarom hebben we bij elk hoofdstuk van dit plan de vraag gesteld: wat betekent dit voor het "
                  "kind in de klas? Het antwoord op die vraag was niet altijd eenvoudig, maar wel richtinggevend."),
            ("p", "Inclusiever onderwijs is voor ons een beweging, geen eindpunt. We willen de komende jaren "
                  "stappen zetten richting meer samenwerking tussen regulier en speciaal onderwijs, meer "
                  "gezamenlijke voorzieningen en minder bureaucratie rond toelaatbaarheid en arrangementen. "
                  "Tegelijk zijn we realistisch: niet alles kan tegelijk, en de krapte op de arbeidsmarkt "
                  "dwingt tot keuzes.")]


def f_governance(d, disputes=True):
    blocks = [("h1", d.get("gov_head", "Organisatie en governance")),
              ("p", f"{d['name']} is een stichting. In de stichting zijn {d['n_besturen']} schoolbesturen "
                    f"verenigd, die samen {d['n_scholen']} scholen in stand houden. De stichting kent een scheiding "
                    f"tussen bestuur en intern toezicht. Het bestuur is belegd bij een directeur-bestuurder; de "
                    f"raad van toezicht bestaat uit vijf leden, van wie drie bestuurders van aangesloten "
                    f"schoolbesturen en twee onafhankelijke leden."),
              ("p", "De algemene vergadering van aangesloten besturen komt vier keer per jaar bijeen. Zij "
                    "benoemt de leden van de raad van toezicht, keurt de jaarrekening goed en spreekt zich uit "
                    "over strategische keuzes. De directeur-bestuurder legt verantwoording af aan de raad van "
                    "toezicht over de bedrijfsvoering van het bureau."),
              ("p", "Het bureau van het samenwerkingsverband is gevestigd in "
                    f"{d['town']}. Er werken {d['fte']} fte aan medewerkers: beleidsmedewerkers, "
                    "orthopedagogen, consulenten, een controller en secretariële ondersteuning. Het bureau "
                    "ondersteunt scholen, bereidt besluiten voor en onderhoudt de contacten met partners.")]
    if disputes:
        blocks.append(("p", "De statuten bevatten een regeling voor geschillen tussen aangesloten besturen. "
                            "Tot nu toe is van die regeling geen gebruik gemaakt."))
    return blocks


def f_opr(d):
    return [("h1", d.get("opr_head", "Medezeggenschap: de ondersteuningsplanraad")),
            ("p", "De ondersteuningsplanraad (OPR) heeft instemmingsrecht op het ondersteuningsplan en op "
                  "wijzigingen daarvan. De OPR bestaat uit acht leden: vier ouders en vier personeelsleden, "
                  "afgevaardigd vanuit de medezeggenschapsraden van de aangesloten scholen. De OPR vergadert "
                  "zes keer per jaar, waarvan twee keer in aanwezigheid van de directeur-bestuurder."),
            ("p", "Bij de totstandkoming van dit plan is de OPR vanaf het begin betrokken geweest. In drie "
                  "themabijeenkomsten is gesproken over de hoofdlijnen, daarna heeft de OPR twee conceptversies "
                  f"becommentarieerd. De OPR heeft op {d['opr_date']} ingestemd met het plan. De raad heeft "
                  "daarbij een aantal tekstuele suggesties gedaan, die in de definitieve versie zijn verwerkt.")]


def f_oogo(d, kind="po"):
    return [("h1", d.get("oogo_head", "Samenwerking met gemeenten en jeugdhulp")),
            ("p", f"Het samenwerkingsverband werkt samen met de gemeenten {d['gemeenten']}. Het op "
                  f"overeenstemming gericht overleg (OOGO) over dit plan is gevoerd op {d['oogo_date']}. De "
                  "wethouders onderwijs en jeugd hebben ingestemd met de hoofdlijnen van het plan."),
            ("p", "Gezamenlijke thema's zijn de aansluiting tussen onderwijs en jeugdhulp, leerlingenvervoer, "
                  "onderwijshuisvesting voor bovenschoolse voorzieningen en "
                  + ("de overgang van voorschoolse voorzieningen naar de basisschool. " if kind == "po" else
                     "de aansluiting van het voortgezet onderwijs op mbo en arbeidsmarkt. ")
                  + "Per school is een vaste contactpersoon vanuit het lokale team beschikbaar die in het "
                    "ondersteuningsteam van de school aanschuift wanneer dat nodig is."),
            ("p", "Voor leerlingen bij wie onderwijs en zorg nauw verweven zijn, maken school, jeugdhulp en "
                  "gemeente samen een onderwijs-zorgarrangement. De gemeente financiert het zorgdeel, het "
                  "samenwerkingsverband en het schoolbestuur het onderwijsdeel. We hebben afgesproken dat "
                  "een gemeente binnen vier weken reageert op een verzoek om een gezamenlijk arrangement.")]


def f_personeel(d):
    return [("h1", d.get("pers_head", "Personeel en professionalisering")),
            ("p", "Passend onderwijs staat of valt met goed toegeruste professionals. Het samenwerkingsverband "
                  "heeft zelf een beperkte personele omvang; het meeste werk gebeurt op de scholen. Voor de "
                  "eigen medewerkers geldt de cao van de sector. Het bureau heeft een strategisch "
                  "personeelsplan waarin aandacht is voor duurzame inzetbaarheid en opvolging."),
            ("p", "Voor professionals op scholen organiseren we een jaarlijks scholingsaanbod: netwerken voor "
                  "intern begeleiders en ondersteuningscoördinatoren, intervisie voor schoolleiders en thematische "
                  "studiemiddagen, bijvoorbeeld over trauma-sensitief lesgeven, executieve functies en "
                  "meertaligheid. Deelname is vrijwillig. Het aanbod wordt jaarlijks samengesteld op basis van "
                  "vragen uit het veld."),
            ("p", "Het lerarentekort raakt ook passend onderwijs. Waar klassen door onbevoegden worden "
                  "overgenomen of scholen met vierdaagse lesweken werken, staat de ondersteuning onder druk. "
                  "We onderzoeken met de besturen of een gezamenlijke flexibele schil van onderwijsassistenten "
                  "en specialisten haalbaar is. Daarover nemen we geen besluit in dit plan.")]


def f_ict(d):
    return [("h1", d.get("ict_head", "ICT, gegevens en privacy")),
            ("p", "Het samenwerkingsverband verwerkt persoonsgegevens van leerlingen, waaronder "
                  "gezondheidsgegevens, voor zover dat nodig is voor zijn wettelijke taken. We werken met een "
                  "beveiligde digitale omgeving waarin scholen dossiers aanleveren. Alleen medewerkers die de "
                  "gegevens nodig hebben voor hun taak hebben toegang."),
            ("p", "Gegevens worden niet langer bewaard dan nodig; voor dossiers rond besluiten geldt een "
                  "bewaartermijn van drie jaar na het besluit. Het samenwerkingsverband heeft een functionaris "
                  "gegevensbescherming aangesteld, gedeeld met twee andere samenwerkingsverbanden. Datalekken "
                  "worden gemeld volgens de daarvoor geldende procedure."),
            ("p", "In de planperiode vervangen we het huidige registratiesysteem. Het nieuwe systeem moet "
                  "beter aansluiten op de leerlingadministratiesystemen van scholen, zodat dubbele invoer "
                  "verdwijnt. De aanbesteding loopt via een inkoopcombinatie van samenwerkingsverbanden.")]


def f_huisvesting(d):
    return [("h1", d.get("huis_head", "Huisvesting en leerlingenvervoer")),
            ("p", "Onderwijshuisvesting is een verantwoordelijkheid van gemeenten en schoolbesturen. Het "
                  "samenwerkingsverband heeft geen eigen gebouwen. Wel merken we dat de beschikbaarheid van "
                  "geschikte ruimtes invloed heeft op wat scholen kunnen bieden: een prikkelarme werkplek of "
                  "een time-outruimte vraagt om vierkante meters."),
            ("p", "Leerlingenvervoer is een gemeentelijke voorziening. Ouders vragen het aan bij hun gemeente. "
                  "Lange reistijden naar speciale scholen zijn een zorgpunt dat we in het overleg met gemeenten "
                  "regelmatig agenderen.")]


def f_ontwikkelingen(d, ouders=True):
    blocks = [("h1", d.get("ontw_head", "Landelijke ontwikkelingen")),
              ("p", "Dit plan is geschreven in een periode van veel landelijke beweging. Na de evaluatie van passend "
                    "onderwijs in 2020 is de Verbeteraanpak passend onderwijs gestart, met maatregelen voor een "
                    "betere toegankelijkheid, minder bureaucratie en meer duidelijkheid over wat scholen bieden. Het "
                    "kabinet werkt daarnaast aan een landelijke norm, die in de loop van de planperiode mogelijk "
                    "wettelijk wordt vastgelegd. Ook het streven naar inclusiever onderwijs in 2035 zal de komende "
                    "jaren vorm krijgen; hoe precies, is nog onduidelijk."),
              ("p", "Voor samenwerkingsverbanden betekent dit dat zij moeten kunnen bewegen met nieuwe regels "
                    "zonder dat de continuïteit voor leerlingen in gevaar komt. We kiezen daarom voor een plan dat "
                    "stevig is waar het moet en ruimte laat waar het kan. Wijzigingen als gevolg van nieuwe "
                    "wetgeving verwerken we in een voortgangsparagraaf, die aan de medezeggenschap wordt voorgelegd.")]
    if ouders:
        blocks.append(("p", "De Wet versterking positie ouders en leerlingen in het passend onderwijs regelt onder "
                            "meer dat leerlingen hoorrecht krijgen bij het OPP, dat de schoolgids de plaats van het "
                            "schoolondersteuningsprofiel overneemt en dat elk samenwerkingsverband een ouder- en "
                            "jeugdsteunpunt moet hebben. De datum van inwerkingtreding van de verschillende onderdelen "
                            "stond bij het schrijven van dit plan nog niet vast."))
    return blocks


def f_kennis(d):
    return [("h1", d.get("kennis_head", "Kennis en innovatie")),
            ("p", "Scholen in ons verband beschikken over veel kennis, maar die kennis blijft vaak binnen de muren "
                  "van één school. In de planperiode bouwen we daarom leernetwerken uit waarin leraren, "
                  "schoolleiders en specialisten van verschillende besturen samen werken aan een vraagstuk uit de "
                  "praktijk, zoals het lesgeven aan meertalige kinderen of het omgaan met prikkelgevoelige "
                  "leerlingen. Elk netwerk komt vier tot zes keer per jaar bijeen en deelt zijn opbrengsten op een "
                  "gezamenlijke kennisdag in het voorjaar."),
            ("p", "Daarnaast werken we samen met een hogeschool en een universiteit in een regionale "
                  "werkplaats onderwijsonderzoek. Masterstudenten onderwijskunde en orthopedagogiek doen onderzoek "
                  "naar vragen die scholen zelf inbrengen. Zo is in de afgelopen jaren onderzoek gedaan naar de "
                  "inzet van onderwijsassistenten en naar het werken met groepsplannen. De resultaten van die "
                  "onderzoeken gebruiken scholen om hun eigen praktijk te verbeteren; ze zijn geen onderdeel van "
                  "de verantwoording van het samenwerkingsverband.")]


def f_admin(d):
    return [("h1", d.get("admin_head", "Minder papier, meer tijd voor het kind")),
            ("p", "Scholen ervaren de administratieve lasten rond passend onderwijs als hoog. Formulieren, "
                  "handtekeningen en dossiers vragen tijd die niet naar kinderen gaat. In de afgelopen jaren "
                  "hebben we formulieren geschrapt en samengevoegd. In de planperiode zetten we die lijn voort: "
                  "we vragen alleen informatie die we echt nodig hebben, we vragen niets wat al in het "
                  "leerlingvolgsysteem staat en we zorgen dat scholen een stuk maar één keer hoeven aan te leveren."),
            ("p", "Ook binnen het eigen bureau kijken we kritisch naar werkwijzen. Overleggen worden korter, "
                  "vergaderstukken compacter en de bereikbaarheid beter: elke school heeft één vast aanspreekpunt "
                  "op het bureau, dat binnen twee werkdagen reageert op een vraag.")]


# ---------------------------------------------------------------------------
# Plan 1: PO Waalrand (docx + pdf)
# ---------------------------------------------------------------------------

def plan_po_waalrand():
    d = dict(name="Samenwerkingsverband Passend Onderwijs Waalrand", short="Waalrand", code="PO 26-09",
             region="de Waalrand", period="2026-2030", director="Marieke van Drunen", n_besturen=9,
             n_scholen=44, town="Tiel-Oost", fte="11,4", opr_date="17 maart 2026", oogo_date="3 maart 2026",
             gemeenten="Waalstede, Lingemeer en Bommelwaard",
             visie_head="2 Koers: visie en missie", gov_head="11 Bestuur en organisatie",
             opr_head="12 De ondersteuningsplanraad", pers_head="13 Mensen en professionalisering",
             ict_head="14 Gegevens en ICT", oogo_head="9 Gemeenten, jeugdhulp en zorg", vw_head="Voorwoord")
    b = [("title", "Ondersteuningsplan 2026–2030"),
         ("sub", "Samenwerkingsverband Passend Onderwijs Waalrand (PO 26-09) – ‘Elk kind een plek’ – "
                 "vastgesteld door het bestuur op 21 april 2026, na instemming van de OPR"),
         ("toc", ["Voorwoord ........ 3", "1 Ons verband in cijfers ........ 5", "2 Koers: visie en missie ........ 7",
                  "3 Wat elke school biedt ........ 9", "4 Het ondersteuningsaanbod ........ 13",
                  "5 Geen kind buiten beeld ........ 16", "6 Toelaatbaarheid sbo en so (incl. terugplaatsing) ........ 18",
                  "7 Communicatie ........ 24", "8 Geld en middelen (verdeling, meerjarenbegroting, reserves) ........ 26",
                  "9 Gemeenten, jeugdhulp en zorg ........ 29", "10 Ambities en resultaten ........ 31",
                  "11 Bestuur en organisatie ........ 34", "12 De ondersteuningsplanraad ........ 35",
                  "13 Mensen en professionalisering ........ 36", "14 Gegevens en ICT ........ 37",
                  "15 Planning en totstandkoming ........ 38", "Bijlage 1 Begrippenlijst ........ 40",
                  "Bijlage 2 Afkortingen ........ 42"]),
         ("pagebreak", None)]
    b += f_voorwoord(d)
    b += [("h1", "1 Ons verband in cijfers"),
          ("p", "Waalrand is een middelgroot samenwerkingsverband in het rivierengebied. Het gebied telt drie "
                "gemeenten met samen ongeveer 112.000 inwoners. Het aantal basisschoolleerlingen daalt licht; "
                "in sommige dorpen staan kleine scholen onder druk. In de stedelijke kern groeit het aantal "
                "leerlingen juist, vooral door nieuwbouwwijken."),
          ("table", [["Kengetal (1 oktober 2025)", "Aantal"],
                     ["Schoolbesturen", "9"], ["Basisscholen", "41 (48 vestigingen)"],
                     ["Scholen voor speciaal basisonderwijs", "2"], ["So-scholen in de regio (cluster 3 en 4)", "2"],
                     ["Leerlingen basisonderwijs", "9.870"], ["Leerlingen sbo", "214"], ["Leerlingen so (uit Waalrand)", "151"]]),
          ("p", "Drie besturen zijn verantwoordelijk voor ruim zeventig procent van de leerlingen. De zes kleinere "
                "besturen hebben elk één tot vier scholen. Die verhouding vraagt om zorgvuldige afspraken, "
                "zodat ook kleine besturen hun stem hebben in de keuzes van het verband.")]
    b += f_visie(d, "po")
    b += [("h1", "3 Wat elke school biedt"),
          ("p", "In Waalrand spreken we van basisondersteuning als het niveau van ondersteuning dat iedere "
                "vestiging van iedere aangesloten basisschool biedt, zonder dat daarvoor iets hoeft te worden "
                "aangevraagd bij het samenwerkingsverband. Dit niveau is door de negen besturen samen "
                "vastgesteld en geldt als ondergrens: geen enkele vestiging biedt minder. Scholen mogen meer "
                "bieden, en veel scholen doen dat ook."),
          ("p", "Concreet kunnen ouders op elke school in Waalrand het volgende verwachten:"),
          ("bullets", ["een intern begeleider met ten minste één dag per week per 120 leerlingen, die de "
                       "ondersteuning in de school coördineert;",
                       "drie keer per jaar een groepsbespreking per groep, waarin de leerkracht met de intern "
                       "begeleider de onderwijsbehoeften van alle kinderen bespreekt (handelingsgericht werken);",
                       "een ondersteuningsteam (OT) waarin de school, de ouders, de schoolmaatschappelijk werker en zo "
                       "nodig de consulent van het samenwerkingsverband samen naar een leerling kijken;",
                       "het Protocol Leesproblemen en Dyslexie en het Protocol Ernstige Rekenproblemen en Dyscalculie, "
                       "inclusief extra leestijd in groep 3 en 4 voor kinderen die achterblijven;",
                       "een schoolbrede aanpak voor gedrag en sociale veiligheid (bijvoorbeeld PBS of de Kanjertraining) "
                       "en een jaarlijkse monitoring van het welbevinden;",
                       "verrijking en verdieping in de eigen groep voor kinderen die meer aankunnen;",
                       "een protocol medisch handelen, zodat kinderen met bijvoorbeeld diabetes of epilepsie veilig naar school kunnen;",
                       "een ontwikkelingsperspectiefplan (OPP) voor kinderen die op onderdelen een eigen leerlijn volgen."]),
          ("p", "Iedere school beschrijft in de schoolgids hoe zij deze basis invult en welke extra expertise "
                "aanwezig is. Het samenwerkingsverband toetst elke twee jaar met een korte audit door twee "
                "collega-intern begeleiders van een ander bestuur of de afspraken worden waargemaakt. Blijkt "
                "een vestiging onder de ondergrens te zitten, dan maakt het bestuur binnen drie maanden een "
                "verbeterplan, dat de directeur-bestuurder met het bestuur bespreekt.")]
    b += [("h1", "4 Het ondersteuningsaanbod"),
          ("p", "Niet ieder kind heeft genoeg aan de basis. Daarom kent Waalrand een opbouw van ondersteuning in "
                "vijf niveaus, die samen het samenhangende aanbod binnen en tussen de scholen vormen:"),
          ("table", [["Niveau", "Wat", "Waar"],
                     ["1", "Basisondersteuning in de groep", "Elke vestiging"],
                     ["2", "Extra ondersteuning binnen de school, met advies van de consulent", "Elke vestiging"],
                     ["3", "Arrangement op maat (individueel of groep), toegekend door het loket", "Eigen school of nabije school"],
                     ["4", "Bovenschoolse voorziening: observatiegroep De Uitkijk (8 plaatsen), plusklas Bovenwater (4 locaties), "
                           "taalklas voor nieuwkomers in Tiel-Oost", "Bovenschools"],
                     ["5", "Speciaal basisonderwijs (sbo De Meander, sbo Het Baken) of speciaal onderwijs "
                           "(so Het Anker, cluster 4; so De Zonnebloem, cluster 3)", "Sbo/so"]]),
          ("p", "Een arrangement op niveau 3 vraagt de school aan bij het loket van het samenwerkingsverband. "
                "Het loket beslist binnen vier weken. Arrangementen duren in de regel een schooljaar en worden "
                "halverwege en aan het eind geëvalueerd in het OT. De bovenschoolse voorzieningen op niveau 4 zijn "
                "tijdelijk: een kind keert na maximaal een jaar terug naar de eigen groep of stroomt door naar "
                "niveau 5."),
          ("p", "De overgang naar het voortgezet onderwijs bereiden we samen met het VO-samenwerkingsverband voor. "
                "Voor kinderen met een arrangement of OPP vindt in groep 8 altijd een warme overdracht plaats.")]
    b += [("h1", "5 Geen kind buiten beeld"),
          ("p", "Het samenwerkingsverband wil dat elk kind in Waalrand naar school gaat. Toch zijn er kinderen die "
                "thuiszitten of dreigen uit te vallen. Op 1 oktober 2025 ging het om 11 kinderen. Om te zien waar "
                "ons aanbod tekortschiet, bespreken we ieder kind dat thuiszit, op een wachtlijst voor so of een "
                "bovenschoolse voorziening staat of een vrijstelling heeft."),
          ("p", "Iedere zes weken komt de thuiszittertafel bijeen: de leerplichtambtenaren van de drie gemeenten, "
                "een consulent van het samenwerkingsverband en een vertegenwoordiger van de jeugdhulp. Voor ieder "
                "kind wordt een eigenaar benoemd en binnen twee weken een plan gemaakt. Lukt het niet om binnen "
                "drie maanden een passende plek te vinden, dan heeft de directeur-bestuurder doorzettingsmacht: "
                "zij kan een school of voorziening vragen het kind tijdelijk op te vangen en het benodigde "
                "arrangement direct toekennen."),
          ("p", "Blijkt uit die besprekingen dat een bepaald soort plek structureel ontbreekt, dan legt het "
                "bureau een voorstel voor een nieuwe of uitgebreide voorziening aan het bestuur voor. Zo is in "
                "2024 de observatiegroep De Uitkijk van vier naar acht plaatsen uitgebreid. Voor 2026–2027 "
                "onderzoeken we een kleine groep voor kinderen met ernstige angstproblematiek.")]
    b += [("h1", "6 Toelaatbaarheid sbo en so"),
          ("h2", "6.1 Wie vraagt aan en hoe verloopt het"),
          ("p", "Een toelaatbaarheidsverklaring (TLV) voor het speciaal basisonderwijs of het speciaal onderwijs "
                "wordt aangevraagd door het bestuur van de school waar het kind is ingeschreven, in de praktijk "
                "door de intern begeleider namens de directeur. Bij kinderen die nog nergens zijn ingeschreven "
                "vraagt de school van aanmelding aan."),
          ("bullets", ["Stap 1 – Het OT bespreekt het kind en concludeert dat de basisschool, ook met een "
                       "arrangement, niet kan bieden wat nodig is. De ouders zijn bij dat gesprek aanwezig.",
                       "Stap 2 – De school vult het groeidocument aan met het OPP, de evaluatie van de geboden "
                       "ondersteuning en de zienswijze van de ouders, en dient de aanvraag digitaal in bij de "
                       "Commissie Toelaatbaarheid.",
                       "Stap 3 – Twee deskundigen geven ieder een eigen schriftelijk advies: een orthopedagoog of "
                       "psycholoog en, afhankelijk van het kind, een tweede deskundige (bijvoorbeeld een "
                       "kinder- en jeugdpsychiater, maatschappelijk werker of jeugdarts). Deskundigen die bij de "
                       "aanvraag betrokken waren, adviseren niet.",
                       "Stap 4 – De Commissie Toelaatbaarheid besluit binnen zes weken na ontvangst van een "
                       "volledige aanvraag. Ouders krijgen een afschrift van het besluit en van beide adviezen."]),
          ("h2", "6.2 Wanneer is een kind toelaatbaar"),
          ("table", [["Voorziening", "Toelaatbaar als ..."],
                     ["Sbo", "de ondersteuningsbehoefte op ten minste twee domeinen (leren, gedrag, sociaal-emotioneel, "
                             "communicatie) structureel groter is dan de basisschool met een arrangement kan bieden, "
                             "en het kind gedurende minimaal twee perioden aantoonbaar onvoldoende profiteerde van "
                             "extra ondersteuning op niveau 3"],
                     ["So cluster 3", "sprake is van een (zeer) moeilijk lerend profiel, een lichamelijke beperking of langdurige "
                                     "ziekte en het kind een ononderbroken specialistische setting met zorg in de "
                                     "onderwijstijd nodig heeft"],
                     ["So cluster 4", "sprake is van ernstige gedrags- of psychiatrische problematiek die de veiligheid of "
                                     "ontwikkeling van het kind of de groep blijvend belemmert, ondanks een "
                                     "bovenschools of onderwijs-zorgarrangement"]]),
          ("h2", "6.3 Duur, categorie en bezwaar"),
          ("p", "Een TLV voor het sbo geldt tot het einde van de basisschoolperiode. Een TLV voor het so wordt "
                "afgegeven voor twee schooljaren, in bekostigingscategorie laag, midden of hoog; de categorie "
                "volgt uit het advies van de deskundigen. Ouders en school die het niet eens zijn met een besluit, "
                "kunnen binnen zes weken bezwaar maken. Waalrand is aangesloten bij de Landelijke "
                "Bezwaaradviescommissie Toelaatbaarheidsverklaringen."),
          ("h2", "6.4 Na de TLV: de weg terug"),
          ("p", "Speciaal onderwijs is voor veel kinderen een goede plek, maar voor een deel van hen is het een "
                "tussenstation. Ons beleid is dat een kind niet langer in het sbo of so blijft dan nodig, en dat "
                "een terugkeer naar een basisschool in de eigen wijk het uitgangspunt is zodra het kind daar "
                "met ondersteuning kan functioneren. Een kind kan terug als het OPP laat zien dat de "
                "uitstroombestemming regulier is en de ontvangende school de benodigde ondersteuning kan "
                "organiseren. Na terugkeer krijgt de basisschool een overgangsarrangement van een half jaar, "
                "waarmee de sbo- of so-school het kind en de leerkracht ambulant begeleidt."),
          ("p", "In de procedure zit een vast moment: uiterlijk in februari van het laatste TLV-jaar bespreekt "
                "de sbo- of so-school in de OPP-evaluatie met ouders of terugkeer mogelijk is. Is dat zo, dan "
                "neemt de school contact op met de consulent van het samenwerkingsverband, die samen met ouders "
                "een basisschool zoekt. Vóór 1 mei volgt een overdrachtsgesprek; de Commissie Toelaatbaarheid "
                "stelt vast dat de TLV op 31 juli eindigt en kent het overgangsarrangement toe. Is terugkeer nog "
                "niet verantwoord, dan vraagt de school een nieuwe TLV aan.")]
    b += [("h1", "7 Communicatie"),
          ("p", "Goede communicatie is een voorwaarde voor vertrouwen. Het samenwerkingsverband communiceert "
                "met schoolbesturen, scholen, gemeenten en ouders. Voor professionals verschijnt zes keer per jaar "
                "een nieuwsbrief; daarnaast zijn we actief op LinkedIn."),
          ("p", "Ouders informeren we langs verschillende wegen over de ondersteuning in de regio. Op de website "
                "staat per school een pagina met de basisondersteuning en de extra expertise, en een overzicht "
                "van alle bovenschoolse voorzieningen met uitleg over hoe je er terechtkomt. De ouderfolder ‘Wat "
                "als mijn kind meer nodig heeft?’ is verkrijgbaar in het Nederlands, Engels, Arabisch en Pools en "
                "wordt via de scholen verspreid. Twee keer per jaar organiseren we een informatieavond voor "
                "ouders, in het voorjaar gericht op de overstap naar het speciaal onderwijs. Scholen nemen in de "
                "schoolgids een vaste paragraaf op over passend onderwijs."),
          ("p", "Kom je er als ouder met de school of met het samenwerkingsverband niet uit, dan kun je kosteloos "
                "aankloppen bij Ouderkompas Rivierenland. Dit steunpunt werkt los van de schoolbesturen en van "
                "het samenwerkingsverband, is elke werkdag telefonisch bereikbaar en kan meegaan naar gesprekken. "
                "Daarnaast kunnen ouders een beroep doen op de onderwijsconsulenten, die landelijk werken en "
                "onafhankelijk bemiddelen bij een verschil van mening over toelating, verwijdering of een "
                "passende plek."),
          ("p", "Ouders zijn bovendien vertegenwoordigd in de ondersteuningsplanraad (zie hoofdstuk 12).")]
    b += [("h1", "8 Geld en middelen"),
          ("p", "Het samenwerkingsverband ontvangt jaarlijks rijksmiddelen voor lichte en zware ondersteuning. Na "
                "aftrek van de afdrachten aan DUO voor het so en het sbo blijft een bedrag over dat we via het "
                "verdeelmodel hieronder inzetten. Het bestuur stelt het verdeelmodel vast; de bedragen worden "
                "jaarlijks in november geïndexeerd."),
          ("table", [["Onderdeel", "Grondslag en toekenning", "Bedrag 2026-2027"],
                     ["Schoolbudget", "per leerling op teldatum 1 oktober, rechtstreeks naar het bestuur", "€ 118 per leerling"],
                     ["Vaste voet", "per vestiging, ongeacht omvang", "€ 6.500 per vestiging"],
                     ["Arrangementen niveau 3", "aanvraag door school bij het loket; toekenning bij positief advies consulent",
                      "maximaal € 9.000 per arrangement per jaar"],
                     ["Bovenschoolse voorzieningen", "door het samenwerkingsverband bekostigd; plaatsing via loket", "vast budget per voorziening"],
                     ["Thuiszittersfonds", "toekenning door directeur-bestuurder bij doorzettingsmacht", "maximaal € 15.000 per kind"]]),
          ("p", "Besturen verantwoorden in hun jaarverslag de inzet van het schoolbudget per school. Arrangementen "
                "worden per kind verantwoord in het OT-verslag."),
          ("p", "Een begroting met bedragen per post voor de hele planperiode nemen we in dit plan nog niet op. "
                "De meerjarenbegroting 2026–2030 wordt in het najaar van 2026 opgesteld, na de nieuwe "
                "bekostigingsbeschikking; zij wordt dan als addendum aan dit plan toegevoegd. Het weerstandsvermogen "
                "lag eind 2025 op 9 procent van de baten, onder de signaleringswaarde; bovenmatige reserves zijn er niet.")]
    b += f_oogo(d, "po")
    b += [("h1", "10 Ambities en resultaten"),
          ("p", "Voor de planperiode hebben we vier ambities geformuleerd. Bij elke ambitie hoort een beoogd "
                "resultaat voor leerlingen met een ondersteuningsbehoefte."),
          ("table", [["Ambitie", "Beoogd resultaat in 2030"],
                     ["Thuisnabij onderwijs", "Het deelnamepercentage so daalt van 1,6% naar 1,3%; het sbo blijft onder 2,2%."],
                     ["Niemand thuis", "Geen enkel kind zit langer dan drie maanden thuis zonder passend aanbod."],
                     ["Snelle hulp", "90% van de arrangementsaanvragen is binnen vier weken afgehandeld."],
                     ["Tevreden ouders", "Ouders van kinderen met een arrangement waarderen de samenwerking met school met gemiddeld een 7,5 of hoger."]]),
          ("p", "Hoe en wanneer we de voortgang op deze ambities in beeld brengen, werken we uit in een "
                "kwaliteitskalender. Die kalender ontwikkelen we in het schooljaar 2026–2027 samen met de "
                "besturen; tot die tijd hebben we daarover geen afspraken vastgelegd.")]
    b += f_governance(d)
    b += f_opr(d)
    b += f_personeel(d)
    b += f_ict(d)
    b += f_ontwikkelingen(d) + f_kennis(d)
    b += [("h1", "15 Planning en totstandkoming"),
          ("p", "De voorbereiding van dit plan begon in het voorjaar van 2025 met een reeks werksessies. In "
                "september 2025 lag er een eerste concept, dat is besproken met de directeuren, de OPR en de "
                "gemeenten. Het OOGO vond plaats op 3 maart 2026, de OPR stemde in op 17 maart 2026 en het "
                "bestuur stelde het plan vast op 21 april 2026. Het plan is vóór 1 mei 2026 aan de inspectie gezonden."),
          ("p", "Het plan geldt van 1 augustus 2026 tot en met 31 juli 2030. Tussentijdse wijzigingen leggen we "
                "opnieuw voor aan de OPR.")]
    b += glossary(GLOSS_COMMON)
    b += [("h1", "Bijlage 2 Afkortingen"),
          ("p", "IB – intern begeleider; OT – ondersteuningsteam; OPP – ontwikkelingsperspectiefplan; TLV – "
                "toelaatbaarheidsverklaring; sbo – speciaal basisonderwijs; so – speciaal onderwijs; OOGO – op "
                "overeenstemming gericht overleg; OPR – ondersteuningsplanraad; DUO – Dienst Uitvoering Onderwijs; "
                "PBS – Positive Behavior Support.")]
    return d, b


# ---------------------------------------------------------------------------
# Plan 2: VO Linge en Vallei (docx)
# ---------------------------------------------------------------------------

def plan_vo_lingevallei():
    d = dict(name="Samenwerkingsverband VO Linge en Vallei", short="Linge en Vallei", code="VO 27-11",
             region="Linge en Vallei", period="2026-2030", director="drs. Jeroen Altena", n_besturen=7,
             n_scholen=14, town="Geldermalsen", fte="8,9", opr_date="10 maart 2026", oogo_date="24 februari 2026",
             gemeenten="Lingewaard-Zuid, Valleidal, Buren-Oost en Neerbosch",
             visie_head="Hoofdstuk 3 – Onze koers", gov_head="Hoofdstuk 11 – Organisatie",
             opr_head="Hoofdstuk 12 – Medezeggenschap", pers_head="Hoofdstuk 13 – Personeel",
             ict_head="Hoofdstuk 14 – Privacy en informatievoorziening",
             oogo_head="Hoofdstuk 10 – Gemeenten en jeugdhulp",
             huis_head="Hoofdstuk 15 – Huisvesting en vervoer")
    b = [("title", "Ondersteuningsplan Samenwerkingsverband VO Linge en Vallei 2026–2030"),
         ("sub", "Versie voor vaststelling – instemming OPR 10 maart 2026 – Samenwerkingsverband VO 27-11"),
         ("toc", ["Voorwoord", "Hoofdstuk 1 – Leeswijzer", "Hoofdstuk 2 – Terugblik 2022–2026",
                  "Hoofdstuk 3 – Onze koers", "Hoofdstuk 4 – Ondersteuning in lagen (basisondersteuning, extra "
                  "ondersteuning, dekkend aanbod)", "Hoofdstuk 5 – Toewijzing: vso, lwoo en pro",
                  "Hoofdstuk 6 – Terugkeer uit het vso", "Hoofdstuk 7 – Geld en middelen",
                  "Hoofdstuk 8 – Kwaliteit en resultaten", "Hoofdstuk 9 – Ouders en leerlingen (incl. ouder- en jeugdsteunpunt)",
                  "Hoofdstuk 10 – Gemeenten en jeugdhulp", "Hoofdstuk 11 – Organisatie",
                  "Hoofdstuk 12 – Medezeggenschap", "Hoofdstuk 13 – Personeel",
                  "Hoofdstuk 14 – Privacy en informatievoorziening", "Hoofdstuk 15 – Huisvesting en vervoer",
                  "Bijlage 1 – Begrippenlijst"]),
         ("pagebreak", None)]
    b += f_voorwoord(d)
    b += [("h1", "Hoofdstuk 1 – Leeswijzer"),
          ("p", "Dit ondersteuningsplan beschrijft op hoofdlijnen hoe de zeven aangesloten besturen in Linge en "
                "Vallei passend onderwijs organiseren voor ruim 13.000 leerlingen in het voortgezet onderwijs. "
                "Het plan is bedoeld voor schoolleiders, ondersteuningscoördinatoren, mentoren, ouders, "
                "leerlingen, gemeenten en de inspectie. Hoofdstuk 2 blikt terug, hoofdstuk 3 beschrijft onze "
                "koers, de hoofdstukken 4 tot en met 9 bevatten de inhoudelijke afspraken en de hoofdstukken 10 "
                "tot en met 15 gaan over organisatie en randvoorwaarden."),
          ("p", "Waar we verwijzen naar documenten op onze website, gaat het om uitwerkingen die jaarlijks worden "
                "bijgesteld. Het plan zelf wordt gedurende de planperiode alleen gewijzigd met instemming van de OPR."),
          ("h1", "Hoofdstuk 2 – Terugblik 2022–2026"),
          ("p", "In de vorige planperiode stonden drie speerpunten centraal: versterking van de ondersteuning in de "
                "onderbouw, een betere aansluiting tussen vso en regulier onderwijs en minder administratieve "
                "lasten. Op het eerste speerpunt is veel bereikt: alle scholen hebben een onderbouwcoach en het "
                "aantal leerlingen dat in het eerste jaar afstroomt is gedaald van 8,1% naar 6,4%. Het tweede "
                "speerpunt bleek weerbarstiger; het aantal leerlingen dat vanuit het vso terugkeerde naar een "
                "reguliere school schommelde tussen 9 en 14 per jaar. Op het derde speerpunt hebben we het "
                "aanvraagformulier voor arrangementen teruggebracht van elf naar vier pagina's."),
          ("p", "De OPR en de besturen hebben de terugblik besproken. Zij concludeerden dat de ambities van het "
                "vorige plan vaak te algemeen waren geformuleerd om ze goed te kunnen volgen. Daarom werken we "
                "in dit plan met indicatoren en streefwaarden (hoofdstuk 8).")]
    b += f_visie(d, "vo")
    b += [("h1", "Hoofdstuk 4 – Ondersteuning in lagen"),
          ("h2", "4.1 De basis"),
          ("p", "Basisondersteuning is in Linge en Vallei de gezamenlijke ondergrens: de ondersteuning die iedere "
                "vestiging van iedere aangesloten school biedt aan elke leerling die dat nodig heeft, zonder "
                "aanvraag bij het samenwerkingsverband en ongeacht schooltype of leerweg. Alle besturen hebben "
                "zich eraan verbonden dat geen vestiging onder dat niveau zit."),
          ("p", "Welke voorzieningen precies tot die basis behoren, is uitgewerkt in de Kaart Basisondersteuning VO "
                "2026, die op onze website staat en jaarlijks in juni wordt geactualiseerd. Die kaart maakt geen "
                "deel uit van dit plan."),
          ("h2", "4.2 Van basis naar specialistisch"),
          ("p", "Boven op de basis kent ons verband een doorlopende reeks van voorzieningen, van licht tot zwaar:"),
          ("table", [["Laag", "Aanbod", "Toegang"],
                     ["Extra ondersteuning in de school", "Schoolarrangementen, bijvoorbeeld een trajectklas, "
                      "faalangstreductie of begeleiding bij autisme, bekostigd uit het schoolbudget", "Besluit van de school"],
                     ["Leerwegondersteuning", "Lwoo op zes vmbo-scholen, in kleinere klassen", "Aanwijzing lwoo (hoofdstuk 5)"],
                     ["Bovenschools", "OPDC De Overstap (tijdelijke plaatsing tot een jaar), Rebound Vallei "
                      "(time-out van 6 tot 12 weken), Taalschakelklas voor nieuwkomers", "Aanvraag bij het loket"],
                     ["Praktijkonderwijs", "Twee scholen voor praktijkonderwijs", "Toelaatbaarheid pro (hoofdstuk 5)"],
                     ["Voortgezet speciaal onderwijs", "Vso De Linde (cluster 4), vso Het Palet (cluster 3)",
                      "TLV (hoofdstuk 5)"]]),
          ("p", "De overstap van het primair naar het voortgezet onderwijs stemmen we af met de drie "
                "PO-samenwerkingsverbanden in de regio, met een gezamenlijke overstapkalender en een warme overdracht "
                "voor leerlingen met een ondersteuningsbehoefte."),
          ("h2", "4.3 Is het aanbod dekkend?"),
          ("p", "Of ons aanbod voor elke leerling een passende plek biedt, weten we op dit moment niet goed genoeg. "
                "In 2027 laten we een analyse uitvoeren naar witte vlekken in het aanbod; op basis daarvan stellen "
                "we daarna een aanpak op. Tot die tijd leggen we hier geen nadere afspraken vast.")]
    b += [("h1", "Hoofdstuk 5 – Toewijzing: vso, lwoo en pro"),
          ("h2", "5.1 Toelaatbaarheid vso"),
          ("p", "Het bevoegd gezag van de school waar de leerling staat ingeschreven, vraagt de TLV aan via het "
                "Loket Linge en Vallei. Bij de aanvraag horen het OPP met de evaluatie van de geboden "
                "ondersteuning, het onderwijskundig rapport en, indien beschikbaar, diagnostische gegevens. De "
                "Commissie Toelaatbaarheid (CvT) beslist binnen zes weken na ontvangst van een volledig dossier, "
                "na twee afzonderlijke schriftelijke adviezen van deskundigen: een orthopedagoog-generalist of "
                "GZ-psycholoog en een tweede deskundige, afhankelijk van de leerling een jeugdarts, "
                "kinderpsychiater of maatschappelijk werker."),
          ("table", [["Criterium vso", "Uitwerking"],
                     ["Ondersteuningsbehoefte", "De leerling heeft een ononderbroken, intensieve ondersteuning nodig die op "
                      "meerdere domeinen het aanbod van de reguliere school en de bovenschoolse voorzieningen overstijgt."],
                     ["Handelingsverlegenheid", "Uit het OPP blijkt dat ten minste twee evaluaties van een arrangement "
                      "geen voldoende ontwikkeling lieten zien."],
                     ["Perspectief", "Het vso biedt een passend uitstroomperspectief (vervolgonderwijs, arbeid of dagbesteding)."]]),
          ("p", "De TLV vso wordt afgegeven voor twee schooljaren, of voor de rest van de schoolloopbaan bij een "
                "blijvende beperking. De CvT bepaalt de bekostigingscategorie (laag, midden of hoog)."),
          ("h2", "5.2 Lwoo"),
          ("p", "Linge en Vallei hanteert de landelijke criteria voor leerwegondersteuning. Een leerling is "
                "aangewezen op lwoo bij een IQ tussen 75 en 90 en een leerachterstand van anderhalf tot drie jaar "
                "op ten minste één van de domeinen inzichtelijk rekenen, begrijpend lezen, technisch lezen of "
                "spellen, of bij een IQ tussen 91 en 120 met een leerachterstand op twee domeinen én "
                "sociaal-emotionele problematiek. De vo-school dient de aanvraag vóór 1 april in bij het loket; "
                "het loket besluit binnen vier weken. Een aanwijzing lwoo geldt voor de duur van de "
                "vmbo-opleiding."),
          ("h2", "5.3 Praktijkonderwijs"),
          ("p", "Voor toelaatbaarheid tot het praktijkonderwijs gelden de landelijke criteria: een IQ tussen 55 en "
                "80 en een leerachterstand van drie jaar of meer op ten minste twee domeinen, waarvan één "
                "begrijpend lezen of inzichtelijk rekenen is. De aanvraag verloopt via de school van aanmelding "
                "en het loket, met dezelfde termijn als bij lwoo. De toelaatbaarheid geldt voor de hele opleiding.")]
    b += [("h1", "Hoofdstuk 6 – Terugkeer uit het vso"),
          ("p", "Het vso moet geen eindstation zijn voor leerlingen die met de juiste begeleiding een diploma in "
                "het regulier voortgezet onderwijs kunnen halen. Ons beleid is daarom dat een vso-leerling "
                "terugkeert naar een reguliere school zodra het OPP laat zien dat de leerling de cognitieve "
                "capaciteiten heeft voor een reguliere leerweg en de gedragsdoelen van het OPP heeft bereikt. "
                "De voorkeur gaat uit naar een school dicht bij huis. Na terugkeer krijgt de ontvangende school "
                "gedurende een schooljaar een terugkeerarrangement, waarmee een begeleider van het vso de "
                "leerling en de mentor ondersteunt; het samenwerkingsverband bekostigt dat arrangement."),
          ("p", "Hoe het traject precies verloopt – wie het initiatief neemt, op welke momenten wordt geëvalueerd "
                "en wie besluit – werken de vso-scholen en het samenwerkingsverband samen uit in een stappenplan "
                "terugkeer. Dat stappenplan zal in het schooljaar 2026–2027 worden vastgesteld.")]
    b += [("h1", "Hoofdstuk 7 – Geld en middelen"),
          ("p", "De ondersteuningsmiddelen van Linge en Vallei bestaan uit de rijksbijdrage voor lichte en zware "
                "ondersteuning. De middelen voor lwoo en pro worden rechtstreeks door DUO aan de scholen betaald "
                "en daarna verrekend. Het verdeelmodel kent drie stromen: een schoolbudget per leerling (€ 96 op "
                "teldatum 1 oktober), een budget voor bovenschoolse voorzieningen dat het samenwerkingsverband zelf "
                "beheert, en een arrangementenbudget waaruit het loket individuele aanvragen toekent. Het bestuur "
                "stelt het verdeelmodel jaarlijks vast bij de begroting."),
          ("table", [["Meerjarenbegroting (x € 1.000)", "2026", "2027", "2028", "2029"],
                     ["Baten ondersteuningsmiddelen", "14.820", "14.610", "14.390", "14.200"],
                     ["Afdracht vso aan DUO", "7.310", "7.280", "7.240", "7.200"],
                     ["Schoolbudgetten aan besturen", "1.260", "1.245", "1.230", "1.215"],
                     ["OPDC De Overstap en Rebound Vallei", "2.140", "2.140", "2.160", "2.160"],
                     ["Arrangementenbudget loket", "1.980", "1.900", "1.850", "1.800"],
                     ["Terugkeerarrangementen", "180", "200", "220", "220"],
                     ["Bureau en personeel", "1.420", "1.440", "1.460", "1.480"],
                     ["Resultaat", "530", "405", "230", "125"]]),
          ("p", "De algemene reserve bedraagt eind 2025 € 3,1 miljoen. Het bestuur heeft besloten de reserve in de "
                "planperiode terug te brengen tot het niveau van het risicoprofiel (circa € 1,8 miljoen). "
                "Schoolbesturen verantwoorden jaarlijks in een vast format hoe het schoolbudget is besteed.")]
    b += [("h1", "Hoofdstuk 8 – Kwaliteit en resultaten"),
          ("p", "Voor leerlingen met een ondersteuningsbehoefte willen we in deze planperiode de volgende resultaten bereiken:"),
          ("table", [["Indicator", "Nulmeting 2024-2025", "Streefwaarde 2029-2030"],
                     ["Deelname vso (% van alle leerlingen)", "3,9%", "3,4%"],
                     ["Leerlingen met arrangement dat diploma haalt op niveau OPP", "71%", "80%"],
                     ["Terugkeer vso naar regulier per jaar", "11", "20"],
                     ["Doorlooptijd TLV-aanvraag (gemiddeld)", "7,5 week", "5 weken"]]),
          ("p", "We volgen deze indicatoren in een dashboard dat twee keer per jaar (maart en oktober) wordt "
                "gevuld met gegevens uit DUO, het loket en de scholen. Het dashboard wordt besproken met de "
                "besturen en de OPR. In het jaarverslag rapporteren we over de bereikte resultaten, met een "
                "toelichting bij afwijkingen. Eens per twee jaar houden we een tevredenheidspeiling onder "
                "ouders en leerlingen met een arrangement.")]
    b += [("h1", "Hoofdstuk 9 – Ouders en leerlingen"),
          ("p", "Ouders en leerlingen zijn de eerste gesprekspartners van de school. Het samenwerkingsverband "
                "informeert ouders over de ondersteuningsmogelijkheden via de website, met een aparte ouderpagina "
                "waarop de lagen van ondersteuning, het loket en de bovenschoolse voorzieningen worden uitgelegd. "
                "De brochure ‘Passend onderwijs in vijf vragen’ wordt in groep 8 aan alle ouders uitgereikt via "
                "de PO-scholen. In november houden we een informatieavond over OPDC, rebound en vso. Iedere "
                "school neemt in de schoolgids op welke ondersteuning zij biedt."),
          ("p", "Leerlingen hebben het recht om hun mening te geven over het OPP. Scholen leggen die mening vast "
                "in het OPP. Ouders worden betrokken bij elk OT-overleg over hun kind."),
          ("p", "Over de inrichting van een ouder- en jeugdsteunpunt zijn we in gesprek met de andere "
                "samenwerkingsverbanden in de regio. Zodra daarover een besluit is genomen, informeren we "
                "ouders via de nieuwsbrief.")]
    b += f_oogo(d, "vo")
    b += f_governance(d, disputes=False)
    b += f_opr(d)
    b += f_personeel(d)
    b += f_ict(d)
    b += f_huisvesting(d)
    b += f_ontwikkelingen(d) + f_kennis(d)
    b += glossary(GLOSS_COMMON + [("Lwoo", "Leerwegondersteunend onderwijs in het vmbo."),
                                  ("Pro", "Praktijkonderwijs."), ("OPDC", "Orthopedagogisch-didactisch centrum."),
                                  ("Onderwijsconsulent", "Onafhankelijke bemiddelaar die ouders gratis helpt bij "
                                   "problemen rond toelating, verwijdering of een passende plek.")])
    return d, b


# ---------------------------------------------------------------------------
# Plan 3: PO Heuvelkring (pdf)
# ---------------------------------------------------------------------------

def _swap(blocks, old, new):
    out = []
    for k, v in blocks:
        if isinstance(v, str):
            v = v.replace(old, new)
        out.append((k, v))
    return out


def plan_po_heuvelkring():
    d = dict(name="Stichting Samenwerkingsverband Heuvelkring PO", short="Heuvelkring", code="PO 31-04",
             region="de Heuvelkring", period="2026-2030", director="Bas Hoebergen", n_besturen=6,
             n_scholen=37, town="Valkenrade", fte="9,2", oogo_date="11 februari 2026",
             gemeenten="Valkenrade, Berghem en Simpelveld-Noord",
             visie_head="3 Waar we voor staan", gov_head="10 Organisatie en bestuur",
             pers_head="11 Personeel", ict_head="12 Privacy en registratie",
             oogo_head="6.3 Samen met gemeenten")
    vw = f_voorwoord(d)
    vw = _swap(vw, "Ouders geven aan dat ze zich vaker gehoord voelen.",
               "Schoolleiders geven aan dat ze elkaar sneller weten te vinden.")
    vs = _swap(f_visie(d, "po"), "de kennis van ouders over hun kind", "de kennis van leraren over hun leerlingen")
    b = [("title", "Ondersteuningsplan Heuvelkring 2026–2030"),
         ("sub", "Samenwerkingsverband PO 31-04 · ‘Dichtbij waar het kan, speciaal waar het moet’"),
         ("toc", ["Voorwoord .......... 2", "1 Inleiding .......... 3", "2 Terugblik op de periode 2022–2026 .......... 4",
                  "3 Waar we voor staan .......... 6", "4 Basisondersteuning: de standaard in de Heuvelkring .......... 7",
                  "5 Extra ondersteuning en toelaatbaarheid .......... 10", "   5.1 Het continuüm .......... 10",
                  "   5.2 Arrangementen .......... 11", "   5.3 De aanvraag van een TLV .......... 12",
                  "   5.4 Duur en bekostigingscategorie .......... 13", "   5.5 Terugplaatsing .......... 14",
                  "6 Dekkend netwerk en thuiszitters .......... 15", "7 Financiën .......... 18",
                  "8 Ouders en communicatie .......... 21", "9 Kwaliteit en resultaten .......... 22",
                  "10 Organisatie en bestuur .......... 25", "11 Personeel .......... 26",
                  "12 Privacy en registratie .......... 27", "13 Totstandkoming .......... 28",
                  "Bijlage 1 Begrippenlijst .......... 29"]),
         ("pagebreak", None)]
    b += vw
    b += [("h1", "1 Inleiding"),
          ("p", "Het samenwerkingsverband Heuvelkring omvat 33 basisscholen, twee scholen voor speciaal "
                "basisonderwijs en twee so-locaties in het zuidoostelijk heuvelland. Samen bedienen zij ongeveer "
                "7.400 leerlingen. Het gebied kent een sterke krimp: in tien jaar tijd is het aantal leerlingen met "
                "bijna twintig procent gedaald. Dat heeft gevolgen voor de omvang van scholen, voor het behoud van "
                "expertise en voor de bereikbaarheid van voorzieningen."),
          ("p", "Dit plan is opgebouwd rond de wettelijke onderdelen van een ondersteuningsplan. Elk hoofdstuk "
                "begint met een korte samenvatting in een kader; daarna volgt de uitwerking. Begrippen die "
                "uitleg nodig hebben, staan in de begrippenlijst achterin."),
          ("h1", "2 Terugblik op de periode 2022–2026"),
          ("p", "In de vorige periode hebben we ingezet op drie lijnen: de basis op orde, snellere toewijzing "
                "en minder thuiszitters. De basis op orde is grotendeels bereikt: bij de audit van 2025 voldeden "
                "31 van de 33 basisscholen aan de standaard. De doorlooptijd van een aanvraag voor een "
                "arrangement daalde van gemiddeld negen naar vijf weken. Het aantal thuiszitters bleef "
                "schommelen rond de acht kinderen per peildatum."),
          ("p", "De doorstroom naar het voortgezet onderwijs verliep in het algemeen goed; de warme overdracht "
                "met het VO-samenwerkingsverband is inmiddels vast onderdeel van het jaarritme. De uitstroom "
                "vanuit het sbo ging voor 62 procent naar vmbo-basis of -kader met lwoo en voor 21 procent naar "
                "het praktijkonderwijs. Het teruglopende leerlingaantal maakte het lastig om de sbo-scholen "
                "op volle sterkte te houden.")]
    b += vs
    b += [("h1", "4 Basisondersteuning: de standaard in de Heuvelkring"),
          ("p", "Alle basisscholen in de Heuvelkring hebben samen één standaard vastgesteld voor de "
                "basisondersteuning. Die standaard beschrijft wat iedere vestiging minimaal biedt; hij geldt voor "
                "alle besturen en alle locaties gelijk, ook voor de kleinste dorpsschool. De tabel hieronder geeft "
                "de afspraken per domein weer."),
          ("table", [["Domein", "Wat elke school minimaal biedt"],
                     ["Lezen en taal", "Dyslexieprotocol; vroegsignalering in groep 2 en 3; extra instructie in een "
                      "kleine groep vier keer per week voor leerlingen die uitvallen"],
                     ["Rekenen", "Protocol ernstige rekenproblemen; inzet van concreet materiaal en extra instructietijd"],
                     ["Gedrag en welbevinden", "Schoolbrede gedragsaanpak; jaarlijkse meting van sociale veiligheid; "
                      "een aandachtsfunctionaris en een anti-pestcoördinator"],
                     ["Meer- en hoogbegaafdheid", "Signalering met een vast instrument; compacten en verrijken in de groep"],
                     ["Fysiek en medisch", "Protocol medisch handelen; aangepast meubilair en rustplek waar nodig"],
                     ["Ondersteuningsstructuur", "Intern begeleider; cyclus van groeps- en leerlingbesprekingen; "
                      "ondersteuningsteam met schoolmaatschappelijk werk en consulent van het verband"]]),
          ("p", "Elke twee jaar voert het samenwerkingsverband een audit uit aan de hand van deze standaard. "
                "Een school die niet voldoet, krijgt een verbetertraject van maximaal een jaar met begeleiding "
                "door een consulent.")]
    b += [("h1", "5 Extra ondersteuning en toelaatbaarheid"),
          ("h2", "5.1 Het continuüm"),
          ("p", "Waar de basis niet volstaat, bouwt de ondersteuning zich trapsgewijs op: eerst extra ondersteuning "
                "op de eigen school met advies van de consulent, dan een arrangement (op de eigen school of in een "
                "bovenschoolse groep), en pas daarna het speciaal basisonderwijs of het speciaal onderwijs. De "
                "bovenschoolse voorzieningen zijn: de Tussenklas (kortdurende observatie en behandeling, twaalf "
                "plaatsen, in samenwerking met een jeugdhulpaanbieder), de Denkgroep voor hoogbegaafde kinderen "
                "(één ochtend per week op drie locaties) en de Taalbrug voor nieuwkomers. Sbo De Kei en sbo "
                "Op de Berg bieden speciaal basisonderwijs; so De Horizon (cluster 4) en so Mosaïek (cluster 3) "
                "bieden speciaal onderwijs."),
          ("h2", "5.2 Arrangementen"),
          ("p", "Een arrangement wordt aangevraagd door de school bij het Ondersteuningsloket. Het loket beslist "
                "binnen vier weken op basis van het groeidocument en een gesprek in het ondersteuningsteam. "
                "Arrangementen worden toegekend voor maximaal een schooljaar."),
          ("h2", "5.3 De aanvraag van een TLV"),
          ("p", "De aanvraag voor een toelaatbaarheidsverklaring sbo of so wordt ingediend door het schoolbestuur "
                "van de school van inschrijving, via het digitale aanvraagportaal. Nodig zijn het groeidocument, "
                "het OPP en een verslag van het laatste ondersteuningsteam. Het Ondersteuningsloket controleert "
                "binnen vijf werkdagen of het dossier compleet is. Daarna brengen twee deskundigen elk afzonderlijk "
                "advies uit: een orthopedagoog of psycholoog en een tweede deskundige die per aanvraag wordt "
                "gekozen. De Commissie Toewijzing neemt het besluit binnen zes weken na ontvangst van het "
                "volledige dossier en stuurt het besluit naar het schoolbestuur en de ontvangende school."),
          ("p", "Welke leerlingen toelaatbaar zijn, beoordeelt de Commissie Toewijzing per aanvraag. Wij kiezen er "
                "bewust voor geen vaste lijst van criteria te hanteren, omdat iedere situatie anders is. Het "
                "afwegingskader van de commissie is opgenomen in bijlage 5."),
          ("h2", "5.4 Duur en bekostigingscategorie"),
          ("p", "Een TLV sbo geldt voor de rest van de basisschoolperiode. Een TLV so wordt afgegeven voor "
                "ten hoogste drie schooljaren, in categorie laag, midden of hoog. De commissie legt de categorie "
                "vast in het besluit."),
          ("h2", "5.5 Terugplaatsing"),
          ("p", "[Tekst wordt aangeleverd na het overleg met de directeuren sbo/so – versie 0.9]")]
    b += [("h1", "6 Dekkend netwerk en thuiszitters"),
          ("p", "Ons aanbod is dekkend als ieder kind in de Heuvelkring binnen redelijke reistijd een passende "
                "plek vindt. Daarvoor kijken we op drie manieren naar ons netwerk. Ten eerste bespreekt het "
                "Ondersteuningsloket elk kwartaal de wachtlijsten van de bovenschoolse voorzieningen en de "
                "so-scholen. Ten tweede meldt iedere school een leerling die langer dan vier weken niet of "
                "gedeeltelijk naar school gaat bij het loket. Ten derde voeren we jaarlijks een gesprek met de "
                "besturen over de vraag welke kinderen in het afgelopen jaar geen passende plek vonden."),
          ("p", "Voor thuiszitters werken we met een casusregisseur per gemeente, die samen met de "
                "leerplichtambtenaar binnen tien werkdagen een plan van aanpak maakt. Lukt het niet om een kind "
                "binnen zes weken een plek te bieden, dan beslist de directeur-bestuurder over een tijdelijke "
                "oplossing, zo nodig buiten de regio. Besturen hebben afgesproken dat zij bij aanmelding hun "
                "zorgplicht samen invullen: de school van aanmelding zoekt, met hulp van het loket, een passende "
                "plek als zij zelf niet kan voorzien."),
          ("p", "Uit de analyse van 2025 bleek dat er in het oostelijk deel van de regio geen plek was voor "
                "jonge kinderen met ernstige taalontwikkelingsproblemen. In 2026 start daarom een kleine "
                "taal-groep op sbo Op de Berg, met twee dagdelen logopedie.")]
    b += f_oogo(d, "po")
    b += [("h1", "7 Financiën"),
          ("p", "De ondersteuningsmiddelen worden verdeeld volgens het expertisemodel. Een vast deel gaat "
                "rechtstreeks naar de besturen: € 105 per leerling, op basis van de teldatum 1 oktober van het "
                "voorgaande jaar. Daarnaast ontvangt elke school met minder dan 100 leerlingen een vaste voet van "
                "€ 5.000. Het variabele deel bekostigt arrangementen en bovenschoolse voorzieningen; het loket "
                "kent deze toe na een aanvraag. Het bestuur stelt de bedragen jaarlijks in december vast."),
          ("table", [["Meerjarenbegroting (bedragen in €)", "2026", "2027", "2028", "2029"],
                     ["Rijksbijdrage lichte en zware ondersteuning", "8.940.000", "8.760.000", "8.590.000", "8.430.000"],
                     ["Afdrachten so en sbo (DUO)", "4.620.000", "4.560.000", "4.500.000", "4.450.000"],
                     ["Budget besturen (per leerling en vaste voet)", "820.000", "800.000", "785.000", "770.000"],
                     ["Arrangementen", "1.310.000", "1.290.000", "1.260.000", "1.240.000"],
                     ["Bovenschoolse voorzieningen", "1.150.000", "1.150.000", "1.150.000", "1.150.000"],
                     ["Bureau, loket en consulenten", "980.000", "990.000", "1.000.000", "1.010.000"],
                     ["Saldo", "60.000", "-30.000", "-105.000", "-190.000"]]),
          ("p", "De negatieve saldi vanaf 2027 worden opgevangen uit de reserve, die eind 2025 € 1,4 miljoen "
                "bedroeg. Besturen verantwoorden de besteding van hun budget in het jaarverslag.")]
    b += [("h1", "8 Ouders en communicatie"),
          ("p", "Met de Wet versterking positie ouders en leerlingen verandert er veel. Dit hoofdstuk herschrijven "
                "we zodra de wet in werking is getreden; de nieuwe tekst volgt in de voortgangsparagraaf van 2027.")]
    b += [("h1", "9 Kwaliteit en resultaten"),
          ("p", "Voor kinderen met een ondersteuningsbehoefte streven we in 2030 naar de volgende resultaten:"),
          ("bullets", ["alle 33 basisscholen voldoen aan de standaard basisondersteuning (2025: 31);",
                       "het verwijzingspercentage naar sbo en so samen daalt van 3,7% naar 3,3%;",
                       "het aantal thuiszitters op de peildata 1 oktober en 1 maart is maximaal vier;",
                       "85% van de kinderen met een arrangement bereikt de doelen uit het groeidocument."]),
          ("p", "We meten de voortgang met de Heuvelkring-monitor. Daarin verzamelen we twee keer per jaar de "
                "deelnamecijfers uit DUO, de gegevens van het loket over arrangementen en doorlooptijden, de "
                "auditresultaten en de thuiszittersregistratie. De directeur-bestuurder bespreekt de monitor met de "
                "raad van toezicht en de algemene vergadering. Jaarlijks verantwoorden we de bereikte resultaten "
                "in het jaarverslag, naast de ingezette middelen per resultaatgebied.")]
    b += f_governance(d)
    b += f_personeel(d)
    b += f_ict(d)
    b += f_ontwikkelingen(d, ouders=False) + f_kennis(d)
    b += [("h1", "13 Totstandkoming"),
          ("p", "Het plan is voorbereid door een werkgroep van directeuren en intern begeleiders, begeleid door "
                "het bureau. Het OOGO met de gemeenten vond plaats op 11 februari 2026. De algemene vergadering "
                "heeft het plan op 14 april 2026 vastgesteld; het is vóór 1 mei 2026 bij de inspectie ingediend. "
                "Het plan loopt van 1 augustus 2026 tot en met 31 juli 2030.")]
    b += glossary(GLOSS_COMMON + [("Onderwijsconsulenten", "Landelijke, onafhankelijke consulenten die ouders "
                                   "kosteloos bijstaan bij een geschil met school of samenwerkingsverband."),
                                  ("Ouderinformatiepunt", "Plek waar ouders informatie krijgen over passend onderwijs.")])
    return d, b


# ---------------------------------------------------------------------------
# Plan 4: VO Kust & Polder (pdf)
# ---------------------------------------------------------------------------

def plan_vo_kustpolder():
    d = dict(name="Samenwerkingsverband Voortgezet Onderwijs Kust & Polder", short="Kust & Polder", code="VO 21-02",
             region="Kust & Polder", period="2026-2030", director="Anouk Zwanenburg", n_besturen=8,
             n_scholen=16, town="Zeewolde-Haven", fte="7,6", opr_date="3 maart 2026",
             visie_head="3. Visie en koers", gov_head="10. Bestuur en toezicht", opr_head="11. Ondersteuningsplanraad",
             pers_head="12. Personeel", ict_head="13. Informatiebeveiliging en privacy")
    vw = _swap(f_voorwoord(d), "gemeenten en partners in de jeugdhulp", "gemeenten")
    b = [("title", "Ondersteuningsplan 2026–2030"),
         ("sub", "Samenwerkingsverband Voortgezet Onderwijs Kust & Polder (VO 21-02) – concept ter vaststelling"),
         ("toc", ["Voorwoord", "1. Inleiding", "2. Kengetallen", "3. Visie en koers", "4. Basisondersteuning",
                  "5. Dekkend netwerk en zorgplicht", "6. Toewijzing vso, pro en lwoo",
                  "   6.4 Afloop van de TLV en terugkeer", "7. Financiën en meerjarenbegroting",
                  "8. Kwaliteit en resultaten", "9. Ouders en leerlingen", "10. Bestuur en toezicht",
                  "11. Ondersteuningsplanraad", "12. Personeel", "13. Informatiebeveiliging en privacy",
                  "14. Totstandkoming", "Bijlage 1. Begrippenlijst"]),
         ("pagebreak", None)]
    b += vw
    b += [("h1", "1. Inleiding"),
          ("p", "Kust & Polder is het samenwerkingsverband voor voortgezet onderwijs in zes kustgemeenten en het "
                "achterliggende poldergebied. Acht besturen met zestien scholen, samen ruim 11.200 leerlingen, "
                "werken in het verband samen. Het plan beschrijft wat de scholen samen afspreken, waar de "
                "verantwoordelijkheid van het samenwerkingsverband ligt en wat leerlingen en ouders mogen verwachten."),
          ("p", "Het plan is bewust compact gehouden. Het wordt aangevuld met een jaarplan en een jaarbegroting, "
                "die het bestuur ieder jaar vaststelt."),
          ("h1", "2. Kengetallen"),
          ("table", [["Soort school", "Aantal scholen", "Leerlingen 1-10-2025"],
                     ["Brede scholengemeenschap (vmbo t/m vwo)", "7", "7.930"],
                     ["Categoraal vmbo", "3", "1.620"],
                     ["Categoraal havo/vwo", "3", "1.240"],
                     ["Praktijkonderwijs", "1", "180"],
                     ["Voortgezet speciaal onderwijs", "2", "260"]]),
          ("p", "Het leerlingaantal in de regio daalt de komende jaren naar verwachting met ongeveer één procent per jaar.")]
    b += f_visie(d, "vo")
    b += [("h1", "4. Basisondersteuning"),
          ("p", "Onder basisondersteuning verstaan we in Kust & Polder de ondersteuning die elke vestiging van "
                "elke aangesloten school ten minste biedt, zodat een leerling op iedere school op hetzelfde "
                "fundament kan rekenen. Het gaat om een ondergrens die de besturen in 2025 samen hebben "
                "vastgelegd. Concreet betekent dit:"),
          ("table", [["Onderdeel", "Afspraak voor elke vestiging"],
                     ["Mentoraat", "Iedere klas heeft een mentor met een wekelijks mentoruur; mentoren voeren twee keer "
                      "per jaar een voortgangsgesprek met leerling en ouders."],
                     ["Ondersteuningscoördinator", "Per vestiging ten minste 0,4 fte ondersteuningscoördinator die "
                      "het intern ondersteuningsoverleg leidt."],
                     ["Leren", "Faciliteiten bij dyslexie en dyscalculie (extra tijd, voorleessoftware, vergroot lettertype); "
                      "huiswerkbegeleiding ten minste drie middagen per week."],
                     ["Sociaal-emotioneel", "Faalangstreductietraining en sociale-vaardigheidstraining, minimaal één keer per jaar aangeboden; "
                      "een vertrouwenspersoon en een anti-pestcoördinator."],
                     ["Gedrag", "Een rustruimte onder toezicht van een vaste medewerker en een check-in/check-out-aanpak."],
                     ["Fysiek en medisch", "Protocol medische handelingen; aangepaste roosters bij langdurige ziekte."]]),
          ("p", "De scholen beschrijven in hun schoolgids hoe zij deze afspraken invullen.")]
    b += [("h1", "5. Dekkend netwerk en zorgplicht"),
          ("p", "In het vorige plan stond hier een beschrijving van het aanbod in de regio. De besturen hebben "
                "besloten dit hoofdstuk te vervangen door een afzonderlijke notitie ‘Dekkend netwerk Kust & Polder’, "
                "die na een regionale inventarisatie in het voorjaar van 2027 verschijnt. Die notitie wordt dan "
                "als bijlage 3 aan dit plan toegevoegd.")]
    b += [("h1", "6. Toewijzing vso, pro en lwoo"),
          ("p", "Het samenwerkingsverband beslist over de toelaatbaarheid tot het voortgezet speciaal onderwijs en "
                "het praktijkonderwijs en over de aanwijzing voor leerwegondersteunend onderwijs. De aanvraagroute – "
                "wie aanvraagt, welke stukken nodig zijn, wie beslist en binnen welke termijn – is vastgelegd in het "
                "Reglement Toewijzing Kust & Polder, dat los van dit plan op de website wordt gepubliceerd."),
          ("h2", "6.1 Criteria vso"),
          ("table", [["Een leerling is toelaatbaar tot het vso als ...", "Toelichting"],
                     ["de ondersteuningsbehoefte structureel en op meerdere leefgebieden aanwezig is", "Blijkend uit het OPP en het handelingsdeel"],
                     ["de school van herkomst aantoonbaar minstens een half jaar extra ondersteuning heeft geboden", "Met geëvalueerde doelen"],
                     ["een intensieve pedagogische setting met kleine groepen en zorg in de onderwijstijd nodig is", "Cluster 3 of 4"],
                     ["bij cluster 3: een IQ lager dan 70 of een lichamelijke of medische beperking die het leren ernstig beperkt", "Onderbouwd met onderzoek"]]),
          ("h2", "6.2 Praktijkonderwijs"),
          ("p", "Voor het praktijkonderwijs gelden de landelijke criteria: een IQ van 55 tot en met 80 en een "
                "leerachterstand van ten minste drie jaar op twee of meer van de domeinen begrijpend lezen, "
                "inzichtelijk rekenen, technisch lezen en spellen, waarvan één begrijpend lezen of inzichtelijk rekenen."),
          ("h2", "6.3 Lwoo: eigen criteria"),
          ("p", "Kust & Polder heeft sinds 2020 eigen criteria voor lwoo (opting out). Een leerling komt in "
                "aanmerking als het advies van de basisschool vmbo-basis of -kader is én de leerling op twee "
                "domeinen een achterstand heeft van minstens een jaar, of op één domein met bijkomende problematiek "
                "in werkhouding of faalangst. Een IQ-test is niet vereist. De aanwijzing geldt voor de hele vmbo-opleiding."),
          ("p", "Een TLV vso wordt afgegeven voor één tot drie schooljaren, met bekostigingscategorie laag, midden "
                "of hoog. Ouders kunnen tegen een besluit bezwaar maken; het samenwerkingsverband is aangesloten "
                "bij de Landelijke Bezwaaradviescommissie."),
          ("h2", "6.4 Afloop van de TLV en terugkeer"),
          ("p", "Wij willen dat jongeren het vso verlaten zodra dat verantwoord is, en dat zij dan naar een reguliere "
                "school in hun eigen woonomgeving gaan. Voorwaarde is dat de leerling de doelen uit het OPP voor "
                "gedrag en werkhouding heeft bereikt en dat de ontvangende school kan bieden wat nodig is. Na de "
                "overstap ondersteunt een ambulant begeleider van de vso-school de leerling en de mentor gedurende "
                "een half jaar, op kosten van het samenwerkingsverband."),
          ("p", "Het initiatief ligt bij de vso-school. In het laatste jaar van de TLV bespreekt de commissie van "
                "begeleiding van de vso-school in oktober of terugkeer haalbaar is, en legt dat vast in het OPP. "
                "Vóór 1 februari volgt een gesprek met leerling, ouders, vso-school en een consulent van het "
                "samenwerkingsverband. Bij een positief besluit zoekt de consulent samen met de ouders een school; "
                "in april vindt de overdracht plaats en op 31 juli eindigt de TLV. De directeur van het "
                "samenwerkingsverband besluit over de inzet van de ambulant begeleider. Is terugkeer nog niet "
                "verantwoord, dan vraagt de vso-school vóór 1 maart een verlenging aan.")]
    b += [("h1", "7. Financiën en meerjarenbegroting"),
          ("p", "Het verdeelmodel van de vorige planperiode loopt af op 31 juli 2026. Het bestuur heeft een "
                "herijking in gang gezet; het nieuwe model, met de grondslagen voor toekenning aan besturen, wordt "
                "na instemming van de OPR in een afzonderlijk besluit vastgelegd. Tot het zover is, nemen we in "
                "dit plan geen verdeling op."),
          ("table", [["Meerjarenbegroting (x € 1.000)", "2026", "2027", "2028", "2029"],
                     ["Baten ondersteuningsbekostiging", "13.420", "13.300", "13.150", "13.010"],
                     ["Verrekening lwoo en pro (DUO)", "5.880", "5.820", "5.760", "5.700"],
                     ["Afdracht vso (DUO)", "3.760", "3.740", "3.720", "3.700"],
                     ["Middelen naar schoolbesturen (verdeling volgt)", "2.610", "2.580", "2.540", "2.500"],
                     ["Ambulante begeleiding na terugkeer", "90", "95", "100", "100"],
                     ["Bureau en consulenten", "890", "905", "920", "935"],
                     ["Saldo", "190", "160", "110", "75"]]),
          ("p", "Het weerstandsvermogen bedraagt 14 procent. Het bestuur acht dat passend bij het risicoprofiel.")]
    b += [("h1", "8. Kwaliteit en resultaten"),
          ("p", "Een uitgewerkte paragraaf over beoogde en bereikte resultaten nemen we op in de eerste "
                "voortgangsparagraaf, in het voorjaar van 2027. Voor wat er in de vorige periode is bereikt, "
                "verwijzen we naar het jaarverslag 2025 op onze website.")]
    b += [("h1", "9. Ouders en leerlingen"),
          ("p", "Ouders kennen hun kind het best. Daarom willen we dat zij goed weten welke ondersteuning er is en "
                "hoe je die krijgt. Het samenwerkingsverband heeft op de website een ouderpagina waarop de "
                "basisondersteuning, de route naar vso, pro en lwoo en de contactgegevens van de consulenten staan. "
                "Alle scholen nemen in de schoolgids de folder ‘Ondersteuning in Kust & Polder’ op. In januari "
                "organiseren we voor ouders van groep 8-leerlingen een avond over ondersteuning in het vo, en er "
                "is elke woensdagmiddag een telefonisch spreekuur."),
          ("p", "Wie als ouder of jongere twijfelt, vastloopt of het gevoel heeft niet gehoord te worden, kan "
                "terecht bij Ouderlijn Kust. Deze vraagbaak wordt niet aangestuurd door de schoolbesturen of het "
                "samenwerkingsverband, is gratis en denkt mee vanuit het belang van de jongere. Bij een geschil "
                "over plaatsing of begeleiding kunnen ouders bovendien de onderwijsconsulenten inschakelen of zich "
                "wenden tot de Geschillencommissie passend onderwijs."),
          ("p", "Leerlingen praten mee via de leerlingenraden van hun school; twee leerlingen nemen deel aan de OPR.")]
    b += f_governance(d)
    b += f_opr(d)
    b += f_personeel(d)
    b += f_ict(d)
    b += f_ontwikkelingen(d) + f_kennis(d) + f_admin(d)
    b += [("h1", "14. Totstandkoming"),
          ("p", "Het plan is in de loop van 2025 geschreven door het bureau, met inbreng van de "
                "ondersteuningscoördinatoren en de schoolleiders. De OPR stemde in op 3 maart 2026. Het "
                "algemeen bestuur stelde het plan vast op 15 april 2026. Het op overeenstemming gericht overleg "
                "met de gemeenten wordt na de zomer van 2026 gevoerd; het verslag voegen we daarna toe. Het plan "
                "loopt van 1 augustus 2026 tot en met 31 juli 2030.")]
    b += glossary(GLOSS_COMMON + [("Lwoo", "Leerwegondersteunend onderwijs."), ("Pro", "Praktijkonderwijs."),
                                  ("Zorgplicht", "De plicht van een schoolbestuur om voor een aangemelde leerling met "
                                   "extra ondersteuningsbehoefte een passende plek te bieden of te zoeken.")])
    return d, b


# ---------------------------------------------------------------------------
# Plan 5: PO Stadsbrug (markdown web version)
# ---------------------------------------------------------------------------

def plan_po_stadsbrug():
    d = dict(name="Samenwerkingsverband Stadsbrug", short="Stadsbrug", code="PO 23-06",
             region="Stadsbrug", period="2026-2030", director="Fatima El Idrissi", n_besturen=5,
             n_scholen=52, town="de binnenstad", fte="14,0", opr_date="24 maart 2026", oogo_date="10 maart 2026",
             gemeenten="Havenstad en Oeverdam",
             visie_head="Visie: wat we willen", gov_head="Organisatie", opr_head="Medezeggenschap",
             pers_head="Mensen", ict_head="Privacy", oogo_head="Samen met de gemeenten",
             huis_head="Huisvesting en vervoer")
    oogo = _swap(f_oogo(d, "po"), "De gemeente financiert het zorgdeel, het "
                 "samenwerkingsverband en het schoolbestuur het onderwijsdeel. ", "")
    gov = _swap(f_governance(d), "keurt de jaarrekening goed en ", "")
    b = [("title", "Ondersteuningsplan 2026–2030 – webversie"),
         ("sub", "Samenwerkingsverband Stadsbrug (PO 23-06) · laatst bijgewerkt 2 april 2026 · "
                 "de pdf-versie met alle bijlagen vindt u op de downloadpagina"),
         ("toc", ["Voorwoord", "Over Stadsbrug", "Visie: wat we willen", "Basisondersteuning",
                  "Passend aanbod in de stad", "Iedereen naar school", "Toelaatbaarheid sbo en so",
                  "Van sbo of so terug naar de basisschool", "Financiën", "Resultaten en monitor",
                  "Ouders", "Samen met de gemeenten", "Organisatie", "Medezeggenschap", "Mensen", "Privacy",
                  "Huisvesting en vervoer", "Planning", "Begrippen", "Afkortingen"])]
    b += f_voorwoord(d)
    b += [("h1", "Over Stadsbrug"),
          ("p", "Stadsbrug is het samenwerkingsverband voor primair onderwijs in Havenstad en Oeverdam. Vijf "
                "besturen werken samen: drie grote stichtingen voor openbaar, katholiek en protestants-christelijk "
                "onderwijs, een islamitisch bestuur en een bestuur voor vrijeschoolonderwijs. Samen hebben zij 46 "
                "basisscholen, drie scholen voor speciaal basisonderwijs en drie so-scholen. Ruim 17.000 kinderen "
                "gaan in Stadsbrug naar school."),
          ("p", "Stadsbrug is een stedelijk verband met grote verschillen tussen wijken. In sommige wijken groeit "
                "meer dan de helft van de kinderen meertalig op; in andere wijken is de groei van het aantal "
                "gezinnen zo sterk dat scholen leerlingen moeten weigeren. Die verschillen vragen om maatwerk, "
                "maar ook om heldere gezamenlijke afspraken.")]
    b += f_visie(d, "po")
    b += [("h1", "Basisondersteuning"),
          ("p", "Op deze pagina beschrijven we straks de basisondersteuning in Stadsbrug. De besturen wachten "
                "eerst de uitwerking van de landelijke norm basisondersteuning af. Zodra die er is, vullen we deze "
                "pagina aan. Tot dat moment blijven de afspraken uit het ondersteuningsplan 2022–2026 van kracht; "
                "dat plan staat in het archief op onze website.")]
    b += [("h1", "Passend aanbod in de stad"),
          ("p", "Stadsbrug wil dat ieder kind in de stad een plek heeft waar het zich kan ontwikkelen. Daarvoor is "
                "een samenhangend aanbod nodig, van ondersteuning in de eigen klas tot speciaal onderwijs:"),
          ("bullets", ["In de school: de school organiseert zelf extra hulp in de groep; het Stadsbrug-team "
                       "(orthopedagogen en trajectbegeleiders) denkt mee in het ondersteuningsteam.",
                       "Arrangement: voor een kind dat meer nodig heeft, stelt het Stadsbrug-team samen met de school "
                       "een arrangement op, bijvoorbeeld een onderwijsassistent voor een aantal uren, begeleiding door "
                       "een gedragsspecialist of een aangepast programma.",
                       "Bovenschools: de Kompasklas (observatie en kortdurende plaatsing, 3 locaties), de Plusklas "
                       "voor kinderen die meer uitdaging nodig hebben, Nieuwkomersschool De Wereldboom en "
                       "de onderwijs-zorggroep De Kleine Haven voor jonge kinderen met een ontwikkelingsachterstand.",
                       "Speciaal: sbo De Werf, sbo Ankerplaats en sbo Het Getij; so-scholen De Lichtboei (cluster 3), "
                       "Het Baken en De Golfslag (cluster 4)."]),
          ("p", "Voor peuters die al vroeg extra ondersteuning nodig hebben, is er een doorgaande lijn met de "
                "kinderopvang en de voorschoolse educatie: een warme overdracht naar de basisschool, zo nodig met "
                "een trajectbegeleider die het kind het eerste halfjaar volgt.")]
    b += [("h1", "Iedereen naar school"),
          ("p", "Ook in Stadsbrug zijn er kinderen die geen onderwijs krijgen of van wie de schoolgang steeds "
                "weer vastloopt. In 2024–2025 ging het om 14 kinderen die langer dan vier weken thuiszaten. Elk "
                "kind dat thuiszit, wordt binnen een week besproken in het Thuiszittersoverleg van het "
                "Stadsbrug-team en de leerplichtambtenaren. Er wordt een regisseur aangewezen die binnen vier "
                "weken met een haalbaar plan komt; bij een blokkade kan de directeur-bestuurder een school of "
                "voorziening verplichten het kind tijdelijk te plaatsen."),
          ("p", "Om gaten in het aanbod op te sporen, houdt het Stadsbrug-team een register bij van aanmeldingen "
                "die niet tot plaatsing leidden en van wachtlijsten bij de bovenschoolse voorzieningen. Dat "
                "register wordt elk half jaar met de besturen besproken, die dan afspreken welk bestuur een "
                "ontbrekende voorziening ontwikkelt. Zo is in 2025 besloten tot de tweede locatie van de "
                "Kompasklas in Oeverdam. Besturen vullen hun zorgplicht samen in: kan een school een aangemeld "
                "kind niet zelf plaatsen, dan zoekt zij met het Stadsbrug-team binnen tien weken een andere plek.")]
    b += [("h1", "Samen met de VO-verbanden"),
          ("p", "De overstap naar het voortgezet onderwijs is voor veel kinderen spannend, en voor kinderen met "
                "een ondersteuningsbehoefte extra. Stadsbrug maakt daarom met de twee VO-samenwerkingsverbanden in "
                "de stad afspraken over de overstap. Alle basisscholen gebruiken hetzelfde digitale "
                "overdrachtsdossier. Voor kinderen met een arrangement of een OPP vindt in het voorjaar van groep 8 "
                "altijd een gesprek plaats tussen de basisschool, de ouders en de ondersteuningscoördinator van de "
                "vo-school waar het kind is aangemeld."),
          ("p", "Kinderen uit het so die naar het vso gaan, worden in het laatste schooljaar besproken in een "
                "gezamenlijk overleg van de so-scholen en de vso-scholen. Voor kinderen uit het sbo organiseren "
                "de sbo-scholen in mei een kennismakingsmiddag op de vo-scholen. Het overstapoverleg van de "
                "intern begeleiders en de ondersteuningscoördinatoren komt drie keer per jaar bijeen en "
                "bespreekt knelpunten die in de overstap naar voren komen, zoals late aanmeldingen en "
                "onvolledige dossiers.")]
    b += [("h1", "Toelaatbaarheid sbo en so"),
          ("p", "Alles over de aanvraag van een toelaatbaarheidsverklaring – de stappen, de benodigde stukken en de "
                "beoordeling – vindt u in het Handboek Toelaatbaarheid Stadsbrug op de downloadpagina. Het "
                "handboek wordt elk jaar in augustus geactualiseerd en maakt geen deel uit van deze webversie.")]
    b += [("h1", "Van sbo of so terug naar de basisschool"),
          ("p", "In het laatste jaar van de toelaatbaarheidsverklaring bespreekt de sbo- of so-school in november, "
                "tijdens de evaluatie van het OPP met de ouders, of het kind per het nieuwe schooljaar naar een "
                "basisschool kan. Ziet de school die mogelijkheid, dan meldt zij het kind vóór 1 februari aan bij "
                "het Stadsbrug-team. Een trajectbegeleider organiseert in februari of maart een gesprek met de "
                "ouders, de huidige school en de beoogde basisschool. De directeur-bestuurder bevestigt daarna "
                "schriftelijk dat de TLV op 31 juli afloopt en dat geen nieuwe TLV nodig is. Drie maanden na de "
                "overstap evalueert de trajectbegeleider met ouders en school hoe het gaat."),
          ("p", "Wat we als Stadsbrug met terugplaatsing willen bereiken, onder welke voorwaarden een overstap "
                "verantwoord is en welke begeleiding een kind daarna krijgt, leggen we vast in een beleidsnotitie. "
                "Het bestuur bespreekt die notitie eind 2026.")]
    b += [("h1", "Financiën"),
          ("p", "Deze pagina verschijnt zodra het bestuur de begroting 2027 heeft goedgekeurd.")]
    b += [("h1", "Resultaten en monitor"),
          ("p", "Stadsbrug volgt de ontwikkelingen met de Stadsbrug Monitor. Twee keer per jaar, op basis van de "
                "peildata 1 oktober en 1 maart, verzamelen we de deelnamecijfers sbo en so uit DUO, het aantal "
                "thuiszitters en vrijstellingen uit de leerplichtadministratie, het aantal arrangementen en de "
                "wachttijden bij de bovenschoolse voorzieningen. Eens per jaar vragen we ouders en scholen naar "
                "hun tevredenheid over de samenwerking met het Stadsbrug-team."),
          ("table", [["Kengetal", "2023–2024", "2024–2025"],
                     ["Deelname sbo", "2,5%", "2,4%"], ["Deelname so", "1,8%", "1,9%"],
                     ["Thuiszitters > 4 weken", "17", "14"], ["Arrangementen", "612", "655"],
                     ["Tevredenheid ouders (schaal 1-10)", "7,1", "7,3"]]),
          ("p", "De monitor wordt besproken met de besturen en met de OPR, en de uitkomsten staan in het "
                "jaarverslag. Concrete doelen voor de nieuwe planperiode stellen we vast na de gesprekken met de "
                "scholen in het voorjaar van 2027.")]
    b += [("h1", "Ouders"),
          ("p", "Ouders zijn onmisbaar. Op onze website staat een ouderdeel met uitleg over alle vormen van "
                "ondersteuning in Stadsbrug, de bovenschoolse voorzieningen en hoe je daar terechtkomt, met korte "
                "filmpjes in het Nederlands, Engels, Turks en Arabisch. De ouderfolder ‘Samen op weg’ krijgen "
                "ouders via de school. Het Stadsbrug-team houdt elke dinsdagochtend een inloopspreekuur in de "
                "bibliotheek, en in oktober en maart is er een ouderavond."),
          ("p", "Ouders en kinderen die een luisterend oor, advies of een bemiddelaar zoeken, kunnen terecht bij het "
                "Ouder- en Jeugdpunt Havenstad. Het steunpunt is onafhankelijk van scholen, besturen en Stadsbrug, "
                "is gratis en gaat desgewenst mee naar gesprekken. Ook de landelijke onderwijsconsulenten kunnen "
                "ouders bijstaan. Voor klachten over het samenwerkingsverband is er een klachtenregeling met "
                "een onafhankelijke klachtencommissie.")]
    b += oogo
    b += gov
    b += f_opr(d)
    b += f_personeel(d)
    b += f_ict(d)
    b += f_huisvesting(d)
    b += f_ontwikkelingen(d) + f_kennis(d) + f_admin(d)
    b += [("h1", "Planning"),
          ("p", "Deze webversie volgt de vastgestelde tekst van het plan. Het OOGO vond plaats op 10 maart 2026, de "
                "OPR stemde in op 24 maart 2026 en het bestuur stelde het plan vast op 7 april 2026. Het plan geldt "
                "van 1 augustus 2026 tot en met 31 juli 2030. Pagina's die nog worden aangevuld, zijn als zodanig "
                "gemarkeerd.")]
    b += [("h1", "Begrippen"),
          ("table", [["Begrip", "Uitleg"]] + [[a, c] for a, c in GLOSS_COMMON] +
           [["Basisondersteuningsprofiel", "Beschrijving van de basisondersteuning en de extra ondersteuning van een school, "
             "met voorzieningen als dyslexiebegeleiding, een intern begeleider en een gedragsaanpak."],
            ["Verevening", "Correctie op de ondersteuningsbekostiging op basis van het deelnamepercentage so."]]),
          ("h1", "Afkortingen"),
          ("p", "OJSP, OOGO, OPR, OPP, sbo, so, TLV, DUO, VVE.")]
    return d, b


# ---------------------------------------------------------------------------
# Near-miss: school-level "ondersteuningsplan" / SOP of one IKC (html)
# ---------------------------------------------------------------------------

def nonplan_ikc():
    b = [("title", "Ondersteuningsplan en schoolondersteuningsprofiel 2025–2026"),
         ("sub", "IKC De Vlinderboom, Tiel-Oost – onderdeel van Stichting Kind & Koers – aangesloten bij "
                 "Samenwerkingsverband Passend Onderwijs Waalrand (PO 26-09)"),
         ("toc", ["1 Inleiding", "2 Onze leerlingen", "3 Basisondersteuning op De Vlinderboom",
                  "4 De zorgniveaus", "5 Extra ondersteuning en arrangementen", "6 Toelaatbaarheid sbo en so",
                  "7 Terugplaatsing", "8 Ouders", "9 Middelen", "10 Resultaten en evaluatie"]),
         ("h1", "1 Inleiding"),
         ("p", "Dit ondersteuningsplan beschrijft hoe IKC De Vlinderboom de ondersteuning aan haar leerlingen "
               "organiseert. Het is tegelijk ons schoolondersteuningsprofiel (SOP), zoals het samenwerkingsverband "
               "Waalrand dat van iedere school vraagt. De medezeggenschapsraad heeft op 9 oktober 2025 advies "
               "uitgebracht. Het plan geldt voor het schooljaar 2025–2026 en wordt jaarlijks door het MT bijgesteld."),
         ("h1", "2 Onze leerlingen"),
         ("p", "De Vlinderboom telt 312 leerlingen in 13 groepen. Ongeveer een kwart van de kinderen groeit "
               "meertalig op. Het aantal kinderen met een eigen leerlijn of een OPP is de laatste jaren gestegen "
               "naar 21. We werken in de onderbouw met combinatiegroepen."),
         ("h1", "3 Basisondersteuning op De Vlinderboom"),
         ("p", "Wij bieden de basisondersteuning die in het samenwerkingsverband Waalrand is afgesproken. Op onze "
               "school betekent dit onder meer: een intern begeleider (drie dagen per week), het dyslexieprotocol, "
               "een gedragsaanpak volgens PBS, een plusgroep op donderdagochtend en een protocol medisch handelen. "
               "Daarnaast hebben wij een taalspecialist en een rekencoördinator."),
         ("h1", "4 De zorgniveaus"),
         ("table", [["Niveau", "Wat gebeurt er", "Wie"],
                    ["1", "Goed lesgeven in de groep, differentiatie in drie niveaus", "Leerkracht"],
                    ["2", "Extra instructie en begeleiding in of buiten de groep", "Leerkracht en onderwijsassistent"],
                    ["3", "Speciale ondersteuning na een leerlingbespreking met de IB'er", "IB'er en leerkracht"],
                    ["4", "Ondersteuning met hulp van externen, bespreking in het ondersteuningsteam", "IB'er, OT, consulent SWV"],
                    ["5", "Verwijzing naar sbo of so", "Directie, samenwerkingsverband"]]),
         ("p", "Drie keer per jaar houden we groepsbesprekingen. Na elke toetsperiode analyseert het team de "
               "opbrengsten en stelt het de groepsplannen bij. De leerlingbesprekingen vinden plaats in "
               "oktober, februari en juni."),
         ("h1", "5 Extra ondersteuning en arrangementen"),
         ("p", "Als de ondersteuning op niveau 3 niet voldoende is, bespreken we het kind in het "
               "ondersteuningsteam, samen met de ouders en de consulent van het samenwerkingsverband. Daar kan "
               "worden besloten een arrangement aan te vragen bij het loket van Waalrand. Met het "
               "arrangement zetten we bijvoorbeeld extra uren van een onderwijsassistent in."),
         ("h1", "6 Toelaatbaarheid sbo en so"),
         ("p", "Soms kan een kind op onze school niet krijgen wat het nodig heeft. Dan vraagt de directeur, in "
               "overleg met de ouders, bij het samenwerkingsverband een toelaatbaarheidsverklaring aan. De "
               "procedure en de criteria zijn vastgelegd in het ondersteuningsplan van Waalrand. De IB'er "
               "verzamelt het groeidocument en het OPP."),
         ("h1", "7 Terugplaatsing"),
         ("p", "Af en toe keert een kind vanuit het sbo terug op onze school. We maken dan met de sbo-school en "
               "de ouders afspraken over de overstap en de begeleiding in de eerste maanden."),
         ("h1", "8 Ouders"),
         ("p", "Ouders zijn partners. We voeren drie keer per jaar een kindgesprek met ouders en kind. Ouders van "
               "kinderen met extra ondersteuning worden uitgenodigd voor iedere bespreking in het OT. Informatie "
               "over passend onderwijs staat in de schoolgids en op de website van het samenwerkingsverband. Bij "
               "klachten kunnen ouders terecht bij de vertrouwenspersoon van de school of de klachtencommissie "
               "van Kind & Koers; voor onafhankelijk advies verwijzen we naar Ouderkompas Rivierenland."),
         ("h1", "9 Middelen"),
         ("p", "De school ontvangt van het samenwerkingsverband een schoolbudget van € 118 per leerling. Wij "
               "besteden dat in 2025–2026 aan 0,6 fte onderwijsassistentie (€ 28.000), de plusgroep (€ 6.000) "
               "en scholing van het team in handelingsgericht werken (€ 3.000)."),
         ("h1", "10 Resultaten en evaluatie"),
         ("p", "Onze eindtoetsresultaten lagen in 2025 boven de signaleringswaarde; 94 procent van de leerlingen "
               "behaalde 1F voor lezen en rekenen. Aan het eind van het schooljaar evalueert het MT dit plan "
               "met de IB'er en legt het de uitkomsten voor aan de MR.")]
    return b


# ---------------------------------------------------------------------------
# labels
# ---------------------------------------------------------------------------

LABELS = {
    "po-waalrand": dict(
        documents=["po-waalrand.docx", "po-waalrand.pdf"], sector="po",
        false=["financien.besteding", "resultaten.monitoring"],
        advisory={"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
                  "financien": ["reserves", "verantwoording"], "dekkend-aanbod": ["ketenpartners"],
                  "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
        notes={"basisondersteuning": "H3 'Wat elke school biedt': ondergrens voor iedere vestiging + lijst voorzieningen; audit elke twee jaar.",
               "plaatsing": "H6.1-6.3: stappen, Commissie Toelaatbaarheid, 6 weken, criteria sbo/so in tabel, twee deskundigen, duur/categorie, LBT.",
               "terugstroom": "Verstopt in H6.4 'Na de TLV: de weg terug' binnen het TLV-hoofdstuk: beleid (thuisnabij, voorwaarden, overgangsarrangement) en procedure (februari, 1 mei, 31 juli).",
               "financien": "H8 'Geld en middelen': verdeelmodel in tabel (per leerling, vaste voet, arrangementen); meerjarenbegroting expliciet uitgesteld ('addendum najaar 2026'), dus besteding niet.",
               "dekkend-aanbod": "H4 vijf niveaus in tabel (continuum); H5 'Geen kind buiten beeld' thuiszittertafel, doorzettingsmacht, uitbreiding voorzieningen (lacunes).",
               "resultaten": "H10: beoogde resultaten met streefwaarden in tabel; monitoring uitgesteld ('kwaliteitskalender ... in 2026-2027').",
               "ouders": "In H7 'Communicatie': website, folder in 4 talen, informatieavonden; Ouderkompas Rivierenland en onderwijsconsulenten als onafhankelijke hulp."}),
    "vo-lingevallei": dict(
        documents=["vo-lingevallei.docx"], sector="vo",
        false=["basisondersteuning.inhoud", "terugstroom.procedure", "dekkend-aanbod.lacunes", "ouders.steunpunt"],
        advisory={"plaatsing": ["deskundigen", "duur-categorie"], "terugstroom": ["monitoring"],
                  "financien": ["reserves", "verantwoording"], "dekkend-aanbod": ["ketenpartners"],
                  "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
        notes={"basisondersteuning": "H4.1 definieert de ondergrens voor elke vestiging, maar de inhoud staat alleen in de 'Kaart Basisondersteuning VO 2026' op de website (niet bijgevoegd).",
               "plaatsing": "H5: vso-aanvraag via Loket, CvT binnen 6 weken, twee deskundigen, criteria in tabel; lwoo en pro met landelijke criteria en procedure.",
               "terugstroom": "H6: beleid (voorwaarden, thuisnabij, terugkeerarrangement) wel; stappen/initiatief/besluit uitgesteld naar 'stappenplan terugkeer' in 2026-2027.",
               "financien": "H7 'Geld en middelen': verdeelmodel (per leerling, loket) + meerjarenbegroting in tabel, reserves.",
               "dekkend-aanbod": "H4.2 continuum in tabel; H4.3 gaps-analyse uitgesteld naar 2027, geen thuiszitters- of zorgplichtaanpak.",
               "resultaten": "H8: indicatoren met nulmeting en streefwaarde + dashboard twee keer per jaar, jaarverslag, peiling.",
               "ouders": "H9: website, brochure, informatieavond; ouder- en jeugdsteunpunt alleen 'in gesprek' (deferral); onderwijsconsulent alleen in begrippenlijst."}),
    "po-heuvelkring": dict(
        documents=["po-heuvelkring.pdf"], sector="po",
        false=["plaatsing.criteria", "terugstroom.procedure", "terugstroom.beleid", "ouders.informatie", "ouders.steunpunt"],
        advisory={"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie"],
                  "financien": ["reserves", "verantwoording"], "dekkend-aanbod": ["ketenpartners"],
                  "resultaten": ["meetbaar"]},
        notes={"basisondersteuning": "H4: één standaard voor alle vestigingen; inhoud alleen in een tabel per domein; audit.",
               "plaatsing": "H5.3 procedure (bestuur via portaal, twee deskundigen, Commissie Toewijzing, 6 weken) maar 'bewust geen vaste lijst van criteria' + verwijzing naar absente bijlage 5.",
               "terugstroom": "Alleen TOC-regel 5.5 en een placeholder '[Tekst wordt aangeleverd ... versie 0.9]'; begrippenlijst; verder alleen near-misses (uitstroom sbo, doorstroom VO).",
               "financien": "H7: expertisemodel met bedrag per leerling en vaste voet + meerjarenbegroting-tabel 2026-2029, reserve.",
               "dekkend-aanbod": "H5.1 continuum met voorzieningen; H6 wachtlijsten, thuiszitters-casusregisseur, zorgplicht, nieuwe taalgroep.",
               "resultaten": "H9: beoogde resultaten met getallen + Heuvelkring-monitor, jaarverslag.",
               "ouders": "H8 'Ouders en communicatie' is alleen een deferral naar de voortgangsparagraaf 2027; OJSP/onderwijsconsulenten alleen in begrippenlijst; geen OPR-beschrijving."}),
    "vo-kustpolder": dict(
        documents=["vo-kustpolder.pdf"], sector="vo",
        false=["plaatsing.procedure", "financien.verdeling", "dekkend-aanbod.continuum", "dekkend-aanbod.lacunes",
               "resultaten.doelen", "resultaten.monitoring"],
        advisory={"plaatsing": ["duur-categorie", "bezwaar"], "financien": ["reserves"],
                  "ouders": ["betrokkenheid"]},
        notes={"basisondersteuning": "H4: ondergrens voor elke vestiging; inhoud in tabel (mentoraat, 0,4 fte OC, dyslexie, trainingen, rustruimte).",
               "plaatsing": "H6: criteria vso (tabel), pro (landelijk) en lwoo (eigen criteria) wel; aanvraagroute alleen verwezen naar 'Reglement Toewijzing' op de website.",
               "terugstroom": "H6.4 binnen het toewijzingshoofdstuk: beleid (voorwaarden, ambulant begeleider half jaar) en procedure (oktober, 1 februari, april, 31 juli).",
               "financien": "H7: meerjarenbegroting-tabel met bedragen (besteding); verdeelmodel expliciet 'volgt' na herijking.",
               "dekkend-aanbod": "H5 is alleen een verwijzing naar een notitie die in voorjaar 2027 verschijnt (bijlage 3 ontbreekt); geen OOGO-inhoud (OOGO 'na de zomer').",
               "resultaten": "H8 alleen deferral naar voortgangsparagraaf 2027 en verwijzing naar jaarverslag 2025.",
               "ouders": "H9: ouderpagina, folder in schoolgids, avond, spreekuur; Ouderlijn Kust (onafhankelijk), onderwijsconsulenten, Geschillencommissie."}),
    "po-stadsbrug": dict(
        documents=["po-stadsbrug.md"], sector="po",
        false=["basisondersteuning.niveau", "basisondersteuning.inhoud", "plaatsing.procedure", "plaatsing.criteria",
               "terugstroom.beleid", "financien.verdeling", "financien.besteding", "resultaten.doelen"],
        advisory={"dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"],
                  "ouders": ["betrokkenheid"]},
        notes={"basisondersteuning": "Pagina 'Basisondersteuning' wacht op landelijke norm en verwijst naar het plan 2022-2026 in het archief; inhoud alleen in begrippenlijst.",
               "plaatsing": "Pagina 'Toelaatbaarheid sbo en so' verwijst alleen naar het Handboek Toelaatbaarheid op de downloadpagina.",
               "terugstroom": "Pagina 'Van sbo of so terug': procedure (november OPP, 1 februari, directeur-bestuurder bevestigt einde TLV 31 juli); beleid uitgesteld naar beleidsnotitie eind 2026.",
               "financien": "Pagina 'Financiën' verschijnt pas na goedkeuring begroting 2027; verder alleen passing mentions en begrippenlijst.",
               "dekkend-aanbod": "'Passend aanbod in de stad' (continuum in bullets) en 'Iedereen naar school' (thuiszittersoverleg, register gaten, zorgplicht).",
               "resultaten": "'Resultaten en monitor': Stadsbrug Monitor twee keer per jaar, kengetallen-tabel, jaarverslag; doelen uitgesteld naar voorjaar 2027.",
               "ouders": "'Ouders': ouderdeel website, folder, spreekuur; Ouder- en Jeugdpunt Havenstad onafhankelijk, onderwijsconsulenten, klachtencommissie."}),
}


def main():
    plans = {"po-waalrand": plan_po_waalrand, "vo-lingevallei": plan_vo_lingevallei,
             "po-heuvelkring": plan_po_heuvelkring, "vo-kustpolder": plan_vo_kustpolder,
             "po-stadsbrug": plan_po_stadsbrug}
    for name, fn in plans.items():
        d, blocks = fn()
        header = f"Ondersteuningsplan {d['period']} – {d['short']} ({d['code']})"
        footer = "Samen werken aan basisondersteuning, toelaatbaarheid, terugplaatsing en resultaten voor ouders en kinderen"
        lab = LABELS[name]
        for doc in lab["documents"]:
            path = OUT / doc
            if doc.endswith(".docx"):
                render_docx(blocks, path, header, footer)
            elif doc.endswith(".pdf"):
                docx_to_pdf(blocks, path, header, footer)
            elif doc.endswith(".md"):
                path.write_text(render_md(blocks), encoding="utf-8")
        write_label(name, lab["documents"], lab["sector"], lab["false"], lab["advisory"], lab["notes"])

    nb = nonplan_ikc()
    (OUT / "nonplan-ikc-vlinderboom.html").write_text(
        render_html(nb, "Ondersteuningsplan en SOP 2025-2026 IKC De Vlinderboom"), encoding="utf-8")
    (OUT / "nonplan-ikc-vlinderboom.expected.yaml").write_text(
        "documents: [nonplan-ikc-vlinderboom.html]\n"
        "sector: po\n"
        "looks_like_plan: false\n"
        "elements: {}\n"
        "criteria: {}\n"
        "advisory_addressed: {}\n"
        "notes:\n"
        "  document: \"School-level 'ondersteuningsplan' combined with the schoolondersteuningsprofiel of one IKC "
        "(zorgniveaus, groepsbesprekingen, schoolbudget); it refers to the plan of SWV Waalrand but is not an "
        "ondersteuningsplan of a samenwerkingsverband (no OPR, OOGO, verdeelmodel or planperiode of a verband).\"\n",
        encoding="utf-8")


if __name__ == "__main__":
    main()
