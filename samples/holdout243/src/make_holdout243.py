#!/usr/bin/env python3
"""Generate the holdout243 test set: 5 fictional ondersteuningsplannen (PO/VO) and 1 near-miss document.

Deterministic, no network. Output goes to the folder above src/ (Path(__file__).resolve().parent.parent).
PDFs are rendered from .docx with LibreOffice (soffice --headless) in a private temporary directory.
All organisations, people, numbers and addresses are fictional.
"""
import shutil
import subprocess
import tempfile
from pathlib import Path

import docx
from docx.enum.text import WD_BREAK
from docx.shared import Pt

OUT = Path(__file__).resolve().parent.parent

# --------------------------------------------------------------------------------------------
# Document model: list of blocks
#   ("title", text) ("h1", text) ("h2", text) ("p", text) ("ul", [items]) ("table", [rows])
#   ("toc", [lines]) ("pagebreak",)
# --------------------------------------------------------------------------------------------


def H1(t):
    return ("h1", t)


def H2(t):
    return ("h2", t)


def P(*ts):
    return [("p", t) for t in ts]


def UL(*items):
    return ("ul", list(items))


def TABLE(*rows):
    return ("table", [list(r) for r in rows])


def flatten(items):
    out = []
    for it in items:
        if isinstance(it, list):
            out.extend(flatten(it))
        else:
            out.append(it)
    return out


def write_docx(blocks, path, header_text):
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    sec = d.sections[0]
    sec.header.paragraphs[0].text = header_text
    sec.footer.paragraphs[0].text = header_text.split("|")[0].strip() + " | versie ter instemming OPR"
    for b in blocks:
        kind = b[0]
        if kind == "title":
            d.add_heading(b[1], level=0)
        elif kind == "sub":
            d.add_paragraph(b[1])
        elif kind == "h1":
            d.add_heading(b[1], level=1)
        elif kind == "h2":
            d.add_heading(b[1], level=2)
        elif kind == "p":
            d.add_paragraph(b[1])
        elif kind == "ul":
            for it in b[1]:
                d.add_paragraph(it, style="List Bullet")
        elif kind == "toc":
            d.add_heading("Inhoudsopgave", level=1)
            for line in b[1]:
                d.add_paragraph(line)
        elif kind == "table":
            rows = b[1]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    t.cell(i, j).text = str(c)
            d.add_paragraph("")
        elif kind == "pagebreak":
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        else:
            raise ValueError(kind)
    cp = d.core_properties
    cp.author = "holdout243"
    cp.created = cp.modified = cp.last_printed = __import__("datetime").datetime(2026, 3, 1, 12, 0, 0)
    d.save(str(path))
    _normalise_zip(path)


def _normalise_zip(path):
    """Rewrite the .docx zip with fixed entry timestamps so the output is byte-for-byte reproducible."""
    import io
    import zipfile
    src = zipfile.ZipFile(str(path))
    entries = [(i.filename, src.read(i.filename)) for i in src.infolist()]
    src.close()
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in entries:
            zi = zipfile.ZipInfo(name, date_time=(2026, 3, 1, 12, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    Path(path).write_bytes(buf.getvalue())


def write_md(blocks, path):
    lines = []
    for b in blocks:
        kind = b[0]
        if kind == "title":
            lines += ["# " + b[1], ""]
        elif kind == "sub":
            lines += ["*" + b[1] + "*", ""]
        elif kind == "h1":
            lines += ["## " + b[1], ""]
        elif kind == "h2":
            lines += ["### " + b[1], ""]
        elif kind == "p":
            lines += [b[1], ""]
        elif kind == "ul":
            lines += ["- " + it for it in b[1]] + [""]
        elif kind == "toc":
            lines += ["## Inhoudsopgave", ""] + ["- " + x for x in b[1]] + [""]
        elif kind == "table":
            rows = b[1]
            lines.append("| " + " | ".join(rows[0]) + " |")
            lines.append("|" + "---|" * len(rows[0]))
            for r in rows[1:]:
                lines.append("| " + " | ".join(str(c) for c in r) + " |")
            lines.append("")
        elif kind == "pagebreak":
            lines += ["---", ""]
    path.write_text("\n".join(lines), encoding="utf-8")


def write_html(blocks, path, title):
    import html as H
    out = ["<!DOCTYPE html>", '<html lang="nl"><head><meta charset="utf-8">',
           "<title>%s</title></head><body>" % H.escape(title)]
    for b in blocks:
        kind = b[0]
        if kind == "title":
            out.append("<h1>%s</h1>" % H.escape(b[1]))
        elif kind == "sub":
            out.append("<p><em>%s</em></p>" % H.escape(b[1]))
        elif kind == "h1":
            out.append("<h2>%s</h2>" % H.escape(b[1]))
        elif kind == "h2":
            out.append("<h3>%s</h3>" % H.escape(b[1]))
        elif kind == "p":
            out.append("<p>%s</p>" % H.escape(b[1]))
        elif kind == "ul":
            out.append("<ul>" + "".join("<li>%s</li>" % H.escape(i) for i in b[1]) + "</ul>")
        elif kind == "toc":
            out.append("<nav><h2>Inhoud</h2><ul>" + "".join("<li>%s</li>" % H.escape(i) for i in b[1]) + "</ul></nav>")
        elif kind == "table":
            rows = b[1]
            out.append("<table border=\"1\"><tr>" + "".join("<th>%s</th>" % H.escape(c) for c in rows[0]) + "</tr>")
            for r in rows[1:]:
                out.append("<tr>" + "".join("<td>%s</td>" % H.escape(str(c)) for c in r) + "</tr>")
            out.append("</table>")
    out.append("</body></html>")
    path.write_text("\n".join(out), encoding="utf-8")


def docx_to_pdf(blocks, pdf_path, header_text):
    tmp = Path(tempfile.mkdtemp(prefix="holdout243_"))
    try:
        src = tmp / (pdf_path.stem + ".docx")
        write_docx(blocks, src, header_text)
        prof = tmp / "lo_profile"
        subprocess.run(["soffice", "-env:UserInstallation=file://" + str(prof), "--headless",
                        "--convert-to", "pdf", "--outdir", str(tmp), str(src)],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
        shutil.copyfile(tmp / (pdf_path.stem + ".pdf"), pdf_path)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def write_yaml(name, documents, sector, elements, criteria, advisory, notes, looks=True):
    lines = ["documents: [%s]" % ", ".join(documents), "sector: %s" % sector,
             "looks_like_plan: %s" % ("true" if looks else "false")]
    if not looks:
        lines += ["elements: {}", "criteria: {}", "advisory_addressed: {}", "notes:"]
        for k, v in notes.items():
            lines.append('  %s: "%s"' % (k, v.replace('"', "'")))
        (OUT / (name + ".expected.yaml")).write_text("\n".join(lines) + "\n", encoding="utf-8")
        return
    order = ["basisondersteuning", "plaatsing", "terugstroom", "financien", "dekkend-aanbod", "resultaten", "ouders"]
    lines.append("elements: {" + ", ".join("%s: %s" % (e, elements[e]) for e in order) + "}")
    lines.append("criteria:")
    for c in CORE:
        lines.append("  %s: %s" % (c, "true" if criteria[c] else "false"))
    lines.append("advisory_addressed:")
    for e in order:
        if advisory.get(e):
            lines.append("  %s: [%s]" % (e, ", ".join(advisory[e])))
    lines.append("notes:")
    for e in order:
        lines.append('  %s: "%s"' % (e, notes[e].replace('"', "'")))
    (OUT / (name + ".expected.yaml")).write_text("\n".join(lines) + "\n", encoding="utf-8")


CORE = ["basisondersteuning.niveau", "basisondersteuning.inhoud", "plaatsing.procedure", "plaatsing.criteria",
        "terugstroom.procedure", "terugstroom.beleid", "financien.verdeling", "financien.besteding",
        "dekkend-aanbod.continuum", "dekkend-aanbod.lacunes", "resultaten.doelen", "resultaten.monitoring",
        "ouders.informatie", "ouders.steunpunt"]


def status_from(criteria, element, advisory):
    cs = [v for k, v in criteria.items() if k.startswith(element + ".")]
    if all(cs):
        return "present"
    if any(cs) or advisory.get(element):
        return "partial"
    return "missing"


# --------------------------------------------------------------------------------------------
# Neutral filler (no element criterion is addressed by these paragraphs; they only mention the
# vocabulary in passing). {swv} {regio} {periode} {scholen} {ll} {sk} are filled per plan.
# --------------------------------------------------------------------------------------------

FILLER = {
    "voorwoord": [
        "Voor u ligt het ondersteuningsplan {periode} van {swv}. Dit plan is het resultaat van een traject "
        "van ruim een jaar waarin directeuren, intern begeleiders, ondersteuningscoördinatoren, bestuurders, "
        "leden van de ondersteuningsplanraad en vertegenwoordigers van de gemeenten met elkaar in gesprek zijn "
        "gegaan. Wij danken iedereen die in werkgroepen, klankbordsessies en schriftelijke rondes heeft "
        "bijgedragen. Het plan is geen eindpunt: passend onderwijs blijft in beweging, en wij nodigen scholen, "
        "ouders en partners uit om ons scherp te houden op wat we hier met elkaar afspreken.",
        "De afgelopen planperiode stond in het teken van de verbeteraanpak passend onderwijs, de afbouw van "
        "landelijke regelgeving rond het schoolondersteuningsprofiel en een krappe arbeidsmarkt. Tegelijk zagen "
        "we veel energie op de werkvloer. Leraren zoeken elkaar op, scholen delen expertise en er zijn mooie "
        "arrangementen ontstaan. Dat geeft vertrouwen voor de komende jaren. Met dit plan kiezen we bewust voor "
        "een compacte koers die houvast biedt en ruimte laat voor de eigenheid van besturen en scholen.",
    ],
    "inleiding": [
        "Ieder samenwerkingsverband stelt ten minste eens in de vier jaar een ondersteuningsplan vast. Het plan "
        "beschrijft hoe het samenwerkingsverband zijn wettelijke opdracht uitvoert: zorgen voor een samenhangend "
        "geheel van ondersteuningsvoorzieningen, zodat alle leerlingen een ononderbroken ontwikkelingsproces "
        "kunnen doorlopen. Het plan is voorgelegd aan de ondersteuningsplanraad (OPR) en besproken in het op "
        "overeenstemming gericht overleg (OOGO) met de gemeenten in {regio}. Het wordt voor 1 mei aan de "
        "Inspectie van het Onderwijs gezonden.",
        "Leeswijzer. Hoofdstuk 1 en 2 schetsen de context en onze koers. Daarna volgen de inhoudelijke "
        "hoofdstukken. Aan het eind vindt u de hoofdstukken over organisatie, personeel, medezeggenschap en "
        "planning. Begrippen die in de tekst voorkomen, zijn toegelicht in de begrippenlijst achterin. Waar "
        "wij spreken over ouders, bedoelen wij ook verzorgers en voogden.",
    ],
    "context": [
        "{swv} omvat {scholen} scholen van {besturen} schoolbesturen in de gemeenten {gemeenten}. Op de "
        "teldatum van 1 oktober 2025 telde het samenwerkingsverband {ll} leerlingen. De regio kent zowel "
        "stedelijke kernen als kleine dorpen. Het aantal leerlingen daalt de komende jaren licht, met "
        "uitzondering van twee nieuwbouwwijken. Die krimp heeft gevolgen voor de spreiding van voorzieningen "
        "en voor de bereikbaarheid van {sk}.",
        "De regio is divers. In een deel van de wijken groeit een relatief groot aandeel kinderen op in "
        "gezinnen met een laag inkomen; elders is de leerlingpopulatie homogener. Ook neemt het aantal "
        "nieuwkomers toe. Scholen merken dat de vraag naar ondersteuning complexer wordt: meer leerlingen met "
        "gedragsvragen, meer kinderen met angst- en stemmingsklachten en een groeiende groep die moeite heeft "
        "met taal. Deze signalen nemen wij mee in de keuzes die in dit plan staan.",
    ],
    "visie": [
        "Wij geloven dat ieder kind en iedere jongere recht heeft op onderwijs dat past, zo dicht mogelijk bij "
        "huis en samen met leeftijdgenoten. Dat vraagt om scholen die zich eigenaar voelen van alle leerlingen, "
        "leraren die zich gesteund weten en een samenwerkingsverband dat verbindt in plaats van verdeelt. "
        "Inclusiever onderwijs is voor ons geen doel op zich, maar een richting: we willen stap voor stap meer "
        "leerlingen een plek bieden in het reguliere onderwijs, zonder de kwaliteit van het speciaal onderwijs "
        "uit het oog te verliezen.",
        "Onze kernwaarden zijn vertrouwen, eigenaarschap, samenwerking en transparantie. Vertrouwen betekent "
        "dat we de professionaliteit van scholen serieus nemen. Eigenaarschap betekent dat de school de eerste "
        "verantwoordelijke is voor een passend aanbod. Samenwerking betekent dat geen school er alleen voor "
        "staat. Transparantie betekent dat we open zijn over keuzes, over middelen en over resultaten, ook "
        "wanneer die tegenvallen.",
    ],
    "missie": [
        "Onze missie luidt: samen zorgen dat elk kind zich kan ontwikkelen, met de ondersteuning die nodig is, "
        "op de plek die het beste past. Het samenwerkingsverband faciliteert, verbindt en bewaakt. We doen dat "
        "met een kleine, wendbare organisatie die dicht bij de scholen staat en die de administratieve lasten "
        "zo laag mogelijk houdt.",
    ],
    "governance": [
        "{swv} is een stichting. De deelnemende schoolbesturen vormen samen het algemeen bestuur, dat vier keer "
        "per jaar vergadert en de kaders vaststelt. De dagelijkse leiding ligt bij de directeur-bestuurder, "
        "die verantwoording aflegt aan de raad van toezicht. De raad van toezicht bestaat uit vijf leden en "
        "werkt met een toezichtkader dat in 2024 is herzien. Er is een auditcommissie die zich richt op "
        "financiën en risicobeheer en een remuneratiecommissie.",
        "Het bestuursbureau telt circa {fte} fte en is gehuisvest in {stad}. Naast de directeur-bestuurder "
        "werken er beleidsmedewerkers, een controller, een secretariaat en een team van orthopedagogen en "
        "consulenten. Het bestuursbureau ondersteunt de besturen en scholen, bereidt besluiten voor en voert "
        "de wettelijke taken uit. De scheiding tussen bestuur en toezicht is vastgelegd in de statuten; daarin "
        "is ook een geschillenregeling tussen de aangesloten besturen opgenomen.",
    ],
    "opr": [
        "De ondersteuningsplanraad heeft instemmingsrecht op het ondersteuningsplan en op wijzigingen daarvan. "
        "De OPR vergadert zes keer per jaar en wordt ondersteund door een ambtelijk secretaris. In de "
        "voorbereiding van dit plan is de OPR vanaf het begin betrokken geweest; de raad heeft op {opr_datum} "
        "ingestemd met deze versie. Wij investeren in scholing van OPR-leden en in de verbinding met de "
        "medezeggenschapsraden van de scholen.",
    ],
    "oogo": [
        "Het op overeenstemming gericht overleg met de colleges van burgemeester en wethouders heeft "
        "plaatsgevonden op {oogo_datum}. De gemeenten hebben het conceptplan ontvangen en schriftelijk "
        "gereageerd. Hun reactie is verwerkt waar dat kon. Het verslag van het OOGO is als bijlage bij het "
        "instemmingsverzoek aan de OPR gevoegd. Ook heeft overleg plaatsgevonden met het samenwerkingsverband "
        "{ander_swv}, waarvan het werkgebied grotendeels overlapt met het onze.",
    ],
    "personeel": [
        "Passend onderwijs staat of valt met goed toegeruste leraren. De krapte op de arbeidsmarkt raakt ook "
        "de ondersteuning: vacatures voor intern begeleiders, gedragsspecialisten en orthopedagogen zijn "
        "moeilijk te vervullen. Het samenwerkingsverband ondersteunt scholen met een gezamenlijk "
        "professionaliseringsaanbod, intervisie en leernetwerken. Daarnaast werken we met de pabo en de "
        "lerarenopleidingen in de regio aan meer aandacht voor diversiteit in de klas.",
        "Voor de medewerkers van het bestuursbureau geldt de cao van de sector. Het samenwerkingsverband "
        "voert een actief verzuimbeleid en voert jaarlijks gesprekken over ontwikkeling en inzetbaarheid. "
        "De effecten van dit plan op personeel van de scholen zijn besproken met de personeelsgeleding van "
        "de OPR. Er zijn geen gevolgen voor de rechtspositie van medewerkers.",
    ],
    "ict": [
        "Het samenwerkingsverband werkt met een beveiligd digitaal dossier voor aanvragen. Scholen leveren "
        "gegevens aan via een beveiligde omgeving; e-mail met leerlinggegevens wordt niet gebruikt. Er is een "
        "functionaris gegevensbescherming aangesteld die wordt gedeeld met twee andere samenwerkingsverbanden. "
        "Persoonsgegevens worden niet langer bewaard dan de wettelijke termijnen toestaan; het privacyreglement "
        "wordt elke twee jaar herzien.",
        "In de planperiode vervangen wij het huidige registratiesysteem. Het nieuwe systeem moet eenvoudiger "
        "zijn voor scholen, minder dubbele invoer vragen en betere managementinformatie opleveren. Het "
        "programma van eisen is opgesteld met een werkgroep van intern begeleiders.",
    ],
    "professionalisering": [
        "Kennisdeling is een van de sterke punten van onze regio. Er zijn netwerken voor intern begeleiders, "
        "voor gedragsspecialisten, voor taalcoördinatoren en voor schoolleiders. Het samenwerkingsverband "
        "organiseert jaarlijks een studiedag rond een thema dat scholen zelf aandragen. In de afgelopen "
        "periode waren dat onder meer executieve functies, trauma-sensitief lesgeven en samenwerking met "
        "jeugdprofessionals in de klas.",
    ],
    "planning": [
        "Het ondersteuningsplan wordt jaarlijks vertaald in een jaarplan met een bijbehorende begroting. Het "
        "jaarplan wordt door het bestuur vastgesteld en ter informatie aan de OPR gezonden. Halverwege de "
        "planperiode voeren we een tussenevaluatie uit. Bij ingrijpende wijzigingen vragen wij opnieuw "
        "instemming van de OPR.",
    ],
    "terugblik": [
        "De vorige planperiode heeft veel opgeleverd. Er is gebouwd aan de samenwerking tussen regulier en "
        "speciaal onderwijs, het aantal overleggen is teruggebracht en de lijnen met de gemeenten zijn korter "
        "geworden. Tegelijk constateren we dat niet alle voornemens zijn gerealiseerd; een aantal onderwerpen "
        "nemen we daarom mee naar deze nieuwe periode. Een uitgebreide terugblik staat in het jaarverslag.",
    ],
}


def filler(key, ctx, idx=None):
    items = FILLER[key] if idx is None else [FILLER[key][i] for i in idx]
    return [("p", t.format(**ctx)) for t in items]


# ============================================================================================
# Plan 1 - PO, elaborate, .docx. Terugstroom hidden in the TLV chapter, financien under
# "Geld en middelen", ouders under "Communicatie". Resultaten: monitoring deferred. Ouders:
# steunpunt only via website reference (and glossary trap).
# ============================================================================================

def plan1():
    ctx = dict(swv="Samenwerkingsverband Passend Primair Onderwijs Rivierenland-West", regio="Rivierenland-West",
               periode="2026-2030", scholen=52, besturen=9, gemeenten="Waalbeek, Linge-Oost en Dodewaard-Veld",
               ll="11.840", sk="het speciaal (basis)onderwijs", fte="14,6", stad="Waalbeek",
               opr_datum="17 maart 2026", oogo_datum="3 maart 2026", ander_swv="VO Rivierenland (VO 31-04)")
    B = [("title", "Ondersteuningsplan 2026-2030"),
         ("sub", "Samenwerkingsverband Passend Primair Onderwijs Rivierenland-West (PO 31-07) - "
                 "'Elk kind een plek' - Basisondersteuning, toelaatbaarheid, terugplaatsing, financiën, ouders"),
         ("sub", "Vastgesteld door het algemeen bestuur op 24 maart 2026, na instemming van de OPR op 17 maart 2026"),
         ("pagebreak",),
         ("toc", ["Voorwoord", "1 Inleiding", "2 Context en kengetallen", "3 Visie en missie",
                  "4 Basisondersteuning", "5 Extra ondersteuning en arrangementen",
                  "6 Toelaatbaarheid sbo en so", "7 Thuiszitters en dekkend netwerk",
                  "8 Samenwerking met gemeenten en jeugdhulp", "9 Ambities en beoogde resultaten",
                  "10 Communicatie", "11 Geld en middelen", "12 Organisatie en medezeggenschap",
                  "13 Personeel en professionalisering", "14 ICT en privacy", "15 Planning",
                  "Bijlage A Begrippenlijst", "Bijlage B Afkortingen",
                  "Bijlage C Terugplaatsing en monitoring (zie website)",
                  "Bijlage D Ouder- en jeugdsteunpunt (volgt)"]),
         ("pagebreak",),
         H1("Voorwoord"), filler("voorwoord", ctx),
         ("p", "Drs. M. van Arkel, directeur-bestuurder"),
         H1("1 Inleiding"), filler("inleiding", ctx),
         H1("2 Context en kengetallen"), filler("context", ctx),
         TABLE(["Kengetal (1-10-2025)", "Aantal"], ["Basisscholen", "46"], ["Sbo-scholen", "4"],
               ["So-locaties cluster 3 en 4", "2"], ["Leerlingen totaal", "11.840"],
               ["Deelnamepercentage sbo", "2,1%"], ["Deelnamepercentage so", "1,6%"]),
         H1("3 Visie en missie"), filler("visie", ctx), filler("missie", ctx),
         ("p", "Resultaten bereiken we niet door plannen, maar door wat er in de klas gebeurt. Daarom willen wij "
               "dat middelen zo dicht mogelijk bij de leerling komen en dat ouders vanaf het begin aan tafel zitten."),
         H1("4 Basisondersteuning"),
         ("p", "In Rivierenland-West verstaan wij onder basisondersteuning het geheel van preventieve en licht "
               "curatieve interventies dat iedere school en iedere vestiging binnen het samenwerkingsverband "
               "minimaal biedt, binnen de eigen ondersteuningsstructuur en zonder tussenkomst van het "
               "samenwerkingsverband. De besturen hebben dit niveau in december 2025 gezamenlijk vastgelegd; het "
               "is de ondergrens, geen streefbeeld. Een school mag meer bieden, maar niet minder."),
         ("p", "Wat ouders op elke school in ons samenwerkingsverband mogen verwachten, staat in onderstaand "
               "overzicht. Dit is de kwaliteitskaart basisondersteuning zoals die vanaf 1 augustus 2026 geldt."),
         TABLE(["Onderdeel", "Wat elke school minimaal biedt"],
               ["Ondersteuningsstructuur", "Een intern begeleider met minimaal 0,4 fte per 200 leerlingen; "
                "zes groepsbesprekingen per jaar; een ondersteuningsteam met ouders en externen binnen 6 weken na signalering"],
               ["Signalering", "Leerlingvolgsysteem met twee toetsmomenten per jaar; dyslexie- en dyscalculieprotocol; "
                "sociaal-emotioneel volgsysteem in groep 3 tot en met 8"],
               ["Interventies", "Verlengde instructie in kleine groepjes; preteaching rekenen en lezen; "
                "een eigen leerlijn voor maximaal twee vakken met ontwikkelingsperspectief"],
               ["Gedrag", "Een schoolbreed gedragsprogramma (bijvoorbeeld PBS of een vergelijkbare aanpak); "
                "een aandachtsfunctionaris; een protocol voor incidenten"],
               ["Fysieke toegankelijkheid", "Een rustige werkplek buiten de groep; aangepast meubilair op verzoek"],
               ["Samenwerking", "Een vast aanspreekpunt bij het jeugdteam; een consulent van het samenwerkingsverband "
                "die minimaal zes keer per jaar op school is"]),
         ("p", "Borging. Elke school beschrijft in de schoolgids hoe zij aan de kwaliteitskaart voldoet. Het "
               "bestuursbureau voert eens in de twee jaar per school een gesprek op basis van een zelfevaluatie en "
               "een lesbezoek. Blijkt een school op een onderdeel onder het afgesproken niveau te zitten, dan "
               "maakt het bestuur binnen drie maanden een verbeterplan; de directeur-bestuurder meldt de "
               "voortgang aan het algemeen bestuur."),
         H1("5 Extra ondersteuning en arrangementen"),
         ("p", "Ons ondersteuningscontinuüm kent vier niveaus die op elkaar aansluiten. Niveau 1 en 2 vallen binnen "
               "de basisondersteuning van de school. Niveau 3 is extra ondersteuning in de eigen school met inzet "
               "van een arrangement van het samenwerkingsverband: bijvoorbeeld een gedragsspecialist die tien weken "
               "meekijkt, een taalklas op een van de drie taallocaties of een observatieplaats. Niveau 4 is "
               "ondersteuning in het speciaal basisonderwijs of het speciaal onderwijs."),
         UL("Taalklas voor nieuwkomers op drie locaties (Waalbeek-Noord, Linge-Oost, Dodewaard-Veld), maximaal een jaar;",
            "Plusklas hoogbegaafdheid op vijf scholen, een dagdeel per week, en de voltijds HB-groep 'Horizon';",
            "Observatiegroep 'De Brug' op sbo De Wissel: twaalf weken, gericht op handelingsadviezen voor de eigen school;",
            "Onderwijs-zorgarrangement 'Samen Sterk' op so-locatie De Lindenhof, met jeugdhulp in de school."),
         ("p", "Tussen de niveaus bestaan geen harde drempels. Een leerling kan tijdelijk een arrangement krijgen en "
               "daarna weer met de basisondersteuning verder; de school blijft verantwoordelijk en de consulent denkt mee."),
         H1("6 Toelaatbaarheid sbo en so"),
         H2("6.1 Aanvraag en besluit"),
         ("p", "Het schoolbestuur van de school waar de leerling staat ingeschreven vraagt de "
               "toelaatbaarheidsverklaring aan via het digitale loket. Ouders ondertekenen de aanvraag mee of "
               "geven hun zienswijze. De procedure kent vijf stappen:"),
         UL("Stap 1: de school bespreekt de leerling in het ondersteuningsteam, met ouders en de consulent;",
            "Stap 2: de school dient de aanvraag in met het ontwikkelingsperspectief, het groeidocument en de handelingsplannen van ten minste de laatste zes maanden;",
            "Stap 3: het bestuursbureau controleert binnen vijf werkdagen of het dossier compleet is;",
            "Stap 4: twee deskundigen geven ieder een eigen schriftelijk advies: een orthopedagoog of psycholoog en, afhankelijk van de leerling, een kinderpsychiater, maatschappelijk werker, pedagoog of arts. Een deskundige die bij de aanvraag betrokken was, adviseert niet;",
            "Stap 5: de commissie toelaatbaarheid besluit namens het bestuur binnen zes weken na ontvangst van het complete dossier."),
         H2("6.2 Criteria"),
         ("p", "Een leerling is toelaatbaar tot het sbo wanneer aan alle drie de volgende voorwaarden is voldaan: "
               "(a) de ondersteuningsbehoefte overstijgt aantoonbaar de basisondersteuning en een arrangement op "
               "niveau 3 is minimaal zes maanden handelingsgericht ingezet en geëvalueerd; (b) de leerling heeft "
               "een kleinere groep en een specialistische pedagogische aanpak nodig gedurende de hele schooldag; "
               "(c) de deskundigen onderschrijven dat de reguliere school ook met extra inzet niet kan bieden wat "
               "nodig is. Voor het so geldt daarnaast dat de ondersteuningsbehoefte ook het aanbod van het sbo "
               "overstijgt, bijvoorbeeld door een ernstige lichamelijke of verstandelijke beperking, langdurige "
               "ziekte of ernstige gedrags- of psychiatrische problematiek die een behandelcomponent vraagt."),
         H2("6.3 Duur en categorie"),
         ("p", "Een TLV voor het sbo geldt voor ten hoogste twee schooljaren; een TLV voor het so voor ten hoogste "
               "drie schooljaren, en bij een leerling met een structurele beperking (ernstig meervoudig beperkt) tot "
               "het einde van de basisschoolperiode. Voor het so wordt de bekostigingscategorie laag, midden of hoog vermeld."),
         H2("6.4 Bezwaar"),
         ("p", "Ouders en het schoolbestuur kunnen binnen zes weken bezwaar maken tegen het besluit. Het bestuur "
               "vraagt advies aan de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen en beslist "
               "daarna opnieuw."),
         H2("6.5 Als de TLV afloopt"),
         ("p", "Een plaatsing in het sbo of so is voor ons geen eindstation. Ons beleid is dat iedere leerling die "
               "daar klaar voor is, terugkeert naar een basisschool, bij voorkeur in de eigen wijk. Voorwaarden "
               "zijn dat de leerling in de speciale setting de doelen uit het ontwikkelingsperspectief grotendeels "
               "heeft behaald, dat ouders achter de stap staan en dat de ontvangende school de benodigde "
               "ondersteuning kan bieden. Die school krijgt daarvoor een arrangement terugplaatsing van € 4.500 en "
               "een jaar lang begeleiding door een ambulant begeleider van de sbo- of so-school."),
         ("p", "De werkwijze is als volgt. In oktober van het laatste TLV-jaar evalueert de sbo- of so-school het "
               "ontwikkelingsperspectief met ouders en de consulent. Vóór 1 februari geeft de school een advies: "
               "terugplaatsing, overplaatsing of verlenging. Bij terugplaatsing zoeken ouders en school samen een "
               "basisschool; de consulent bemiddelt. De overgang verloopt via een wenperiode van zes tot acht "
               "weken. Bij verlenging dient de sbo- of so-school een nieuwe aanvraag in en besluit de commissie "
               "toelaatbaarheid vóór 1 juni. Zonder nieuw besluit eindigt de TLV op 31 juli. Na drie en na "
               "twaalf maanden evalueert de ontvangende school de terugplaatsing met ouders."),
         ("p", "In schooljaar 2024-2025 keerden elf leerlingen vanuit het sbo en twee vanuit het so terug naar een basisschool."),
         H1("7 Thuiszitters en dekkend netwerk"),
         ("p", "Geen kind hoort thuis te zitten. Elke school meldt een leerling die langer dan vier weken geen of "
               "gedeeltelijk onderwijs volgt binnen vijf werkdagen bij het samenwerkingsverband en bij leerplicht. "
               "Binnen tien werkdagen volgt een overleg met ouders, school, leerplicht en jeugdhulp, waarin een "
               "plan met een einddatum wordt gemaakt. Lukt dat niet, dan zet de directeur-bestuurder het "
               "doorzettingsoverleg in. Twee keer per jaar analyseert het bestuursbureau alle meldingen: waar "
               "ontbreekt aanbod? Uit de analyse van 2025 bleek dat er geen passende plek was voor jonge kinderen "
               "met een combinatie van een taalontwikkelingsstoornis en gedragsproblemen; daarvoor start in "
               "augustus 2026 een kleine groep op so-locatie De Lindenhof. Bij een verschil van inzicht over de "
               "zorgplicht bemiddelt het samenwerkingsverband tussen de besturen."),
         H1("8 Samenwerking met gemeenten en jeugdhulp"),
         filler("oogo", ctx),
         ("p", "Met de drie gemeenten zijn afspraken gemaakt over een vaste jeugdprofessional per school, over "
               "onderwijs-zorgarrangementen waarbij gemeente en samenwerkingsverband de kosten delen, en over "
               "leerlingenvervoer en huisvesting. Resultaten van deze samenwerking bespreken we jaarlijks bestuurlijk."),
         H1("9 Ambities en beoogde resultaten"),
         ("p", "Voor leerlingen met een ondersteuningsbehoefte willen wij aan het eind van de planperiode het volgende bereiken:"),
         UL("Ten minste 85% van de leerlingen met een ontwikkelingsperspectief haalt het uitstroomniveau dat bij de start van het OPP is vastgesteld;",
            "Het aantal leerlingen dat langer dan vier weken thuiszit, daalt van 23 (2025) naar maximaal 8;",
            "Het deelnamepercentage sbo en so samen blijft onder de 3,9%;",
            "Elke leerling in het sbo heeft uiterlijk in het tweede TLV-jaar een onderbouwd advies over terugplaatsing;",
            "Ten minste 80% van de leerlingen met een arrangement ervaart de ondersteuning als passend (leerlingvragenlijst)."),
         ("p", "Hoe we de voortgang op deze doelen meten, wie de gegevens verzamelt en hoe we erover rapporteren, "
               "leggen we in het eerste planjaar vast in een monitoringsplan. Tot die tijd hebben de ambities het "
               "karakter van een richtinggevende stip op de horizon."),
         H1("10 Communicatie"),
         ("p", "Goede communicatie is een voorwaarde voor vertrouwen. Ouders vinden de ondersteuning die hun school "
               "biedt in de schoolgids en op Scholen op de kaart. Het samenwerkingsverband publiceert op de eigen "
               "website een ouderpagina met de kwaliteitskaart basisondersteuning, een overzicht van alle "
               "arrangementen en een uitleg van de toelaatbaarheidsprocedure in gewone taal. Elke school reikt bij "
               "de inschrijving de folder 'Passend onderwijs in Rivierenland-West' uit, die jaarlijks in september "
               "wordt geactualiseerd. Twee keer per jaar organiseren we een ouderavond over een actueel thema."),
         ("p", "Ouders die onafhankelijk advies zoeken of het niet eens zijn met hun school, vinden de contactgegevens "
               "van organisaties die hen verder kunnen helpen op www.swv-rivierenlandwest.nl/ouders."),
         ("p", "Ouders hebben een vaste plek in ons samenwerkingsverband: de helft van de OPR bestaat uit ouders en bij "
               "het opstellen van het ontwikkelingsperspectief zijn ouders gesprekspartner."),
         H1("11 Geld en middelen"),
         H2("11.1 Verdeelmodel"),
         ("p", "De middelen voor lichte en zware ondersteuning worden vanaf 1 augustus 2026 volgens drie stromen verdeeld:"),
         UL("Schoolbudget: € 165 per leerling op basis van de teldatum 1 oktober van het voorgaande jaar, rechtstreeks aan het schoolbestuur, voor extra ondersteuning binnen de school;",
            "Arrangementenbudget: scholen vragen via het loket een arrangement aan; de ondersteuningscommissie kent toe als de ondersteuningsbehoefte de basisondersteuning overstijgt en er een OPP is, binnen vier weken;",
            "Speciale voorzieningen: de bekostiging van sbo en so volgt het aantal TLV's en de bekostigingscategorie; de afdracht loopt via DUO."),
         H2("11.2 Meerjarenbegroting"),
         TABLE(["Bedragen x € 1.000", "2026", "2027", "2028", "2029"],
               ["Baten ondersteuningsmiddelen", "14.820", "14.640", "14.510", "14.380"],
               ["Afdracht so (DUO)", "4.310", "4.290", "4.260", "4.240"],
               ["Afdracht sbo boven 2%", "1.120", "1.090", "1.070", "1.050"],
               ["Schoolbudgetten", "1.950", "1.930", "1.910", "1.890"],
               ["Arrangementen en voorzieningen", "5.060", "5.020", "4.980", "4.930"],
               ["Thuiszitters en maatwerk", "420", "420", "420", "420"],
               ["Bestuursbureau en personeel", "1.610", "1.640", "1.670", "1.700"],
               ["Saldo", "350", "250", "200", "150"]),
         H2("11.3 Reserves en verantwoording"),
         ("p", "Het weerstandsvermogen bedroeg eind 2025 6,8% van de baten. De signaleringswaarde van de Inspectie "
               "wordt niet overschreden. Scholen verantwoorden de besteding van het schoolbudget vóór 1 november "
               "van het volgende schooljaar met een bestedingsoverzicht per categorie."),
         H1("12 Organisatie en medezeggenschap"), filler("governance", ctx), filler("opr", ctx),
         H1("13 Personeel en professionalisering"), filler("personeel", ctx), filler("professionalisering", ctx),
         H1("14 ICT en privacy"), filler("ict", ctx),
         H1("15 Planning"), filler("planning", ctx), filler("terugblik", ctx), filler("kalender", ctx, [0]), filler("integriteit", ctx),
         ("p", "Een overzicht van terugplaatsingen en de monitoring daarvan is te vinden in bijlage C op onze website. "
               "De beschrijving van het ouder- en jeugdsteunpunt volgt in bijlage D zodra de wet in werking treedt."),
         H1("Bijlage A Begrippenlijst"),
         UL("Basisondersteuning: het afgesproken niveau van ondersteuning dat alle scholen bieden.",
            "Monitoring: het systematisch volgen en rapporteren van resultaten van leerlingen met extra ondersteuning.",
            "Ouder- en jeugdsteunpunt (OJSP): onafhankelijk steunpunt waar ouders en jongeren terecht kunnen met vragen en bij onenigheid.",
            "Onderwijsconsulent: onafhankelijke adviseur die ouders helpt bij een geschil met de school.",
            "Terugplaatsing: de overstap van een leerling uit het s(b)o naar het regulier onderwijs.",
            "TLV: toelaatbaarheidsverklaring voor het sbo of so."),
         H1("Bijlage B Afkortingen"),
         ("p", "AB - algemeen bestuur; HB - hoogbegaafdheid; LBT - Landelijke Bezwaaradviescommissie; OJSP - ouder- en "
               "jeugdsteunpunt; OOGO - op overeenstemming gericht overleg; OPP - ontwikkelingsperspectief; OPR - "
               "ondersteuningsplanraad; OZA - onderwijs-zorgarrangement; SOP - schoolondersteuningsprofiel; SWV - samenwerkingsverband."),
         ]
    crit = {c: True for c in CORE}
    crit["resultaten.monitoring"] = False
    crit["ouders.steunpunt"] = False
    adv = {"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
           "terugstroom": ["monitoring"], "financien": ["reserves", "verantwoording"],
           "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]}
    notes = {
        "basisondersteuning": "H4 defines the agreed minimum for every school/vestiging and gives concrete content in the kwaliteitskaart table; borging paragraph.",
        "plaatsing": "H6.1 five-step procedure with deciding commissie and termijnen, H6.2 explicit criteria sbo/so; 6.3 duur/categorie, 6.4 bezwaar.",
        "terugstroom": "Hidden in H6.5 'Als de TLV afloopt' inside the TLV chapter: policy (aims, conditions, arrangement + ambulante begeleiding) and steps/dates; figures 2024-2025.",
        "financien": "H11 'Geld en middelen': three-stream verdeelmodel with € per leerling and toekenningscriteria, meerjarenbegroting table with amounts.",
        "dekkend-aanbod": "H5 four-level continuum with voorzieningen; H7 thuiszitters procedure, gap analysis and new group; H8 OZA with gemeenten.",
        "resultaten": "H9 has measurable doelen, but how they are measured/reported is deferred to a monitoringsplan in the first planjaar; glossary 'Monitoring' is a trap.",
        "ouders": "H10 'Communicatie' covers informing parents; independent help only referred to a website, OJSP only in glossary and deferred bijlage D.",
    }
    return "po-rivierenland-west-2026-2030", B, "po", crit, adv, notes


FILLER.update({
    "strategie": [
        "In de planperiode werken wij aan vier strategische thema's: (1) versterken van de leraar in de klas, "
        "(2) verbinden van onderwijs en jeugdhulp op schoolniveau, (3) minder bureaucratie en (4) een lerende "
        "organisatie. Bij elk thema hoort een kartrekker uit het algemeen bestuur. De thema's zijn gekozen na "
        "een reeks gesprekken met scholen, waarin vooral de werkdruk en de behoefte aan snelle, praktische "
        "hulp naar voren kwamen. We zetten in op ontmoeting, vakmanschap en heldere afspraken.",
        "Minder bureaucratie betekent concreet dat wij formulieren samenvoegen, dat een school informatie "
        "maar één keer hoeft aan te leveren en dat overleggen een duidelijk doel hebben. We vragen scholen "
        "alleen om gegevens die we ook echt gebruiken. In 2027 kijken we samen met een groep intern "
        "begeleiders terug: is de administratieve druk merkbaar afgenomen?",
    ],
    "kansen": [
        "Kansengelijkheid is een rode draad in het beleid van de besturen en van de gemeenten. Het "
        "samenwerkingsverband sluit daarbij aan door kennis te delen over bijvoorbeeld taalstimulering, "
        "ouderbetrokkenheid en het voorkomen van onderadvisering. Wij voeren geen eigen programma uit, maar "
        "verbinden initiatieven van scholen met elkaar. Ook volgen we de landelijke discussie over een norm "
        "voor basisondersteuning en over de positie van ouders nauwgezet; waar nodig passen we ons beleid "
        "tussentijds aan.",
    ],
    "duurzaam": [
        "Het samenwerkingsverband wil een betrouwbare partner zijn, ook op de lange termijn. Dat vraagt om een "
        "organisatie die niet afhankelijk is van enkele personen. We leggen werkprocessen vast, zorgen voor "
        "vervanging bij afwezigheid en investeren in de kennis van medewerkers. Daarnaast nemen wij "
        "duurzaamheid mee bij de keuze voor huisvesting en inkoop: het bestuursbureau is in 2025 verhuisd naar "
        "een energiezuinig pand dat wordt gedeeld met een jeugdgezondheidsorganisatie.",
    ],
})


FILLER.update({
    "landelijk": [
        "Het landelijke beleid rond passend onderwijs is sinds de eindevaluatie van 2020 sterk in beweging. De "
        "verbeteraanpak bevat maatregelen die scholen, besturen en samenwerkingsverbanden raken: meer "
        "duidelijkheid over wat scholen minimaal bieden, betere samenwerking met de zorg, minder bureaucratie "
        "en een betere verantwoording over de inzet van publiek geld. Daarnaast loopt de beweging naar "
        "inclusiever onderwijs, met als stip op de horizon 2035. Wij volgen deze ontwikkelingen via de "
        "sectororganisaties en het Steunpunt Passend Onderwijs en vertalen ze, waar dat nodig is, naar "
        "wijzigingen van dit plan. Zo'n wijziging leggen we altijd eerst voor aan de OPR.",
        "De Inspectie van het Onderwijs houdt toezicht op het samenwerkingsverband. Zij beoordeelt of het "
        "ondersteuningsplan tijdig is vastgesteld en aan de wettelijke eisen voldoet, en zij bezoekt ieder "
        "samenwerkingsverband ten minste eenmaal in de vier jaar. Bij het laatste bezoek, in 2023, sprak de "
        "Inspectie met het bestuur, de raad van toezicht, de OPR, een aantal schoolleiders en "
        "vertegenwoordigers van de gemeenten. Het rapport is openbaar. De aanbevelingen uit dat rapport zijn "
        "meegenomen bij het schrijven van dit plan.",
    ],
    "werkwijze": [
        "Het samenwerkingsverband werkt vanuit de gedachte dat de school aan zet is en dat wij de school "
        "ondersteunen waar dat meerwaarde heeft. Dat betekent dat wij niet alles zelf organiseren. Wij "
        "sluiten aan bij bestaande overleggen op school, voorkomen dubbele gesprekken en zorgen dat "
        "expertise snel beschikbaar is. Consulenten en orthopedagogen van het bestuursbureau werken in "
        "vaste koppels met een groep scholen, zodat ze de scholen, de teams en de wijken goed kennen. "
        "Jaarlijks evalueren wij met de schoolleiders of deze werkwijze nog past.",
        "Samenwerking tussen besturen is het fundament onder het samenwerkingsverband. De besturen verschillen "
        "in omvang, in identiteit en in onderwijskundige keuzes. Dat is een kracht, maar vraagt ook om "
        "heldere afspraken en om vertrouwen. In de afgelopen periode hebben de bestuurders een aantal "
        "heidagen georganiseerd waarin zij met elkaar spraken over hun rol, over de spanning tussen het "
        "eigen belang van een bestuur en het gezamenlijke belang, en over de manier waarop zij elkaar "
        "aanspreken. De uitkomsten daarvan zijn verwerkt in een gedragscode voor het algemeen bestuur.",
    ],
    "communicatie_algemeen": [
        "Het samenwerkingsverband communiceert open en tijdig met scholen en partners. Schoolleiders en "
        "intern begeleiders ontvangen maandelijks een digitale nieuwsbrief met actuele informatie over "
        "bijeenkomsten, scholing en wijzigingen in werkwijzen. Voor bestuurders is er een kwartaalbericht. "
        "In 2026 vernieuwen wij de huisstijl en maken wij de website toegankelijker, zodat deze voldoet aan de "
        "landelijke toegankelijkheidseisen. Ook publiceren wij bestuursbesluiten en vergaderstukken van de "
        "OPR op een vaste plek.",
    ],
    "kalender": [
        "De jaarcyclus van het samenwerkingsverband ziet er in hoofdlijnen als volgt uit. In september stelt "
        "het bestuur de prioriteiten voor het lopende jaar vast. In november volgt de begrotingsvoorbereiding "
        "en in december de vaststelling van de begroting. In het voorjaar spreken bestuur en raad van toezicht "
        "over het jaarverslag, dat uiterlijk 1 juli wordt vastgesteld. Tussendoor vergaderen de OPR en het "
        "algemeen bestuur volgens een vast rooster dat aan het begin van elk schooljaar wordt gepubliceerd. "
        "Ingrijpende besluiten worden zo gepland dat de OPR voldoende tijd heeft om te reageren.",
        "Voor het komende jaar staan de volgende mijlpalen gepland: de vervanging van het registratiesysteem, "
        "de herziening van het privacyreglement, de evaluatie van de werkwijze van het bestuursbureau en de "
        "voorbereiding van het volgende OOGO. De precieze planning is opgenomen in het jaarplan 2026-2027. "
        "Waar deze mijlpalen raken aan de rechten van medezeggenschapsorganen, worden zij tijdig betrokken.",
    ],
})


FILLER.update({
    "integriteit": [
        "Het samenwerkingsverband hanteert de Code Goed Bestuur van de sector. Bestuurders en toezichthouders "
        "melden nevenfuncties, die op de website worden gepubliceerd. Er is een integriteitscode voor "
        "medewerkers en een regeling voor het melden van vermoedens van misstanden door medewerkers. Bij "
        "inkoop van diensten boven de Europese drempel volgen wij de aanbestedingsregels; daaronder vragen wij "
        "ten minste drie offertes op. Jaarlijks bespreekt de raad van toezicht met de directeur-bestuurder "
        "hoe deze regels in de praktijk werken.",
        "Innovatie en onderzoek krijgen een vaste plek. Samen met de hogeschool in de regio voeren wij "
        "praktijkgericht onderzoek uit naar vragen die scholen zelf stellen, bijvoorbeeld over de inzet van "
        "onderwijsassistenten of over het werken met kleine groepen binnen een reguliere school. Leraren die "
        "aan zo'n onderzoek meedoen, krijgen daarvoor tijd. De uitkomsten worden gedeeld in de netwerken en "
        "op de jaarlijkse studiedag, zodat andere scholen ervan kunnen leren.",
    ],
})


# ============================================================================================
# Plan 2 - PO, concise, .pdf. Basisondersteuning: content only in an absent annex. Plaatsing:
# criteria deferred. Terugstroom: heading with deferral + TOC/glossary only. Dekkend aanbod:
# gap analysis deferred. Ouders steunpunt in unusual wording.
# ============================================================================================

def plan2():
    ctx = dict(swv="Stichting Samenwerkingsverband PO Kempenzoom", regio="de Kempenzoom", periode="2026-2030",
               scholen=38, besturen=6, gemeenten="Bergeijkhout, Reusel-Zuid en Eersel-Akker", ll="7.215",
               sk="de sbo-school en de so-scholen", fte="7,2", stad="Bergeijkhout", opr_datum="10 februari 2026",
               oogo_datum="27 januari 2026", ander_swv="VO Kempenzoom-Dommel (VO 30-10)")
    B = [("title", "Ondersteuningsplan Kempenzoom 2026-2030"),
         ("sub", "Stichting Samenwerkingsverband PO Kempenzoom (PO 30-09) - compacte versie"),
         ("pagebreak",),
         ("toc", ["1 Voorwoord en inleiding", "2 Onze regio", "3 Koers", "4 Ondersteuning op school en daarbuiten",
                  "   4.1 Basisondersteuning", "   4.2 Extra ondersteuning en voorzieningen",
                  "   4.3 Terug naar de basisschool", "   4.4 Dekkend aanbod",
                  "5 Toelaatbaarheid tot sbo en so", "6 Kwaliteitszorg", "7 Ouders",
                  "8 Financieel beleid", "9 Organisatie", "10 Begrippen"]),
         ("pagebreak",),
         H1("1 Voorwoord en inleiding"), filler("voorwoord", ctx, [0]), filler("inleiding", ctx),
         H1("2 Onze regio"), filler("context", ctx),
         H1("3 Koers"), filler("visie", ctx), filler("missie", ctx), filler("strategie", ctx),
         ("p", "Wij willen dat ouders, leraren en leerlingen merken dat passend onderwijs werkt. De resultaten "
               "daarvan moeten zichtbaar zijn in de klas, niet alleen in rapporten."),
         H1("4 Ondersteuning op school en daarbuiten"),
         H2("4.1 Basisondersteuning"),
         ("p", "De zes besturen hebben met elkaar afgesproken dat elke vestiging in de Kempenzoom hetzelfde "
               "minimale niveau van basisondersteuning biedt. Dat niveau is voor alle scholen gelijk en wordt "
               "niet per school onderhandeld; het is de ondergrens waaraan elke school zich verbindt."),
         ("p", "Welke voorzieningen, interventies en expertise daar precies onder vallen, is uitgewerkt in de "
               "'Kaart basisondersteuning Kempenzoom' (bijlage 2). Scholen nemen deze kaart op in hun schoolgids."),
         H2("4.2 Extra ondersteuning en voorzieningen"),
         ("p", "Boven op de basisondersteuning kent de Kempenzoom een getrapte opbouw. Als de basisondersteuning "
               "niet volstaat, kan de school een arrangement aanvragen: kortdurende inzet van een specialist in "
               "de groep (maximaal twintig weken), een individueel arrangement met een vast aantal uren "
               "onderwijsassistentie, of een plaats in een van onze bovenschoolse voorzieningen. Die "
               "voorzieningen zijn: de schakelklas taal in Reusel-Zuid, de plusgroep voor hoogbegaafde leerlingen "
               "in Eersel-Akker en de observatiegroep 'Kompas' bij sbo De Linde. Als ook dat niet toereikend is, "
               "volgt plaatsing in het sbo (De Linde) of in het so (cluster 3: De Schakel; cluster 4: Het Anker)."),
         ("p", "De scholen voor sbo en so bieden bovendien ambulante expertise aan reguliere scholen: een "
               "gedragsspecialist van Het Anker is twee dagen per week inzetbaar voor consultatie in de groep. Zo "
               "vormen basis, extra en speciaal één doorlopend aanbod."),
         H2("4.3 Terug naar de basisschool"),
         ("p", "Deze paragraaf wordt aangevuld zodra de pilot 'Terugkeer' met sbo De Linde is geëvalueerd. De "
               "uitkomsten worden in een wijziging van dit plan aan de OPR voorgelegd."),
         H2("4.4 Dekkend aanbod"),
         ("p", "Een dekkend aanbod is de gezamenlijke verantwoordelijkheid van de besturen. Een analyse van witte "
               "vlekken in het aanbod en de aanpak daarvan volgen in het jaarplan 2026-2027. Met de gemeenten "
               "spreken we in het OOGO onder andere over leerlingenvervoer, huisvesting en thuiszitters."),
         H1("5 Toelaatbaarheid tot sbo en so"),
         ("p", "Het bestuur van de school waar de leerling is ingeschreven, dient de aanvraag voor een "
               "toelaatbaarheidsverklaring in bij het Loket Kempenzoom, met het groeidocument en het "
               "ontwikkelingsperspectief. Ouders worden vooraf gehoord en ontvangen een kopie van de aanvraag. "
               "De consulent van het loket beoordeelt binnen tien werkdagen of de aanvraag compleet is. Een "
               "orthopedagoog en, afhankelijk van de vraag, een tweede deskundige (psycholoog, kinderpsychiater "
               "of maatschappelijk werker) brengen ieder een eigen schriftelijk advies uit. De directeur-bestuurder "
               "neemt het besluit binnen zes weken na ontvangst van de complete aanvraag; in spoedsituaties binnen "
               "tien werkdagen. Het besluit wordt per brief naar ouders en school gestuurd."),
         ("p", "De commissie toelaatbaarheid stelt in het najaar van 2026 de criteria vast waaraan zij aanvragen "
               "toetst. Tot die tijd beoordeelt zij iedere aanvraag op haar eigen merites."),
         H1("6 Kwaliteitszorg"),
         ("p", "Voor leerlingen die extra ondersteuning nodig hebben, streven wij in deze planperiode naar de "
               "volgende beoogde resultaten. Het percentage leerlingen met een arrangement dat na afloop weer met "
               "de basisondersteuning verder kan, stijgt van 58% (2024-2025) naar 70% in 2029-2030. Ten minste 90% "
               "van de arrangementen wordt binnen acht weken na aanvraag gestart. Het aantal schorsingen van "
               "leerlingen met een OPP halveert ten opzichte van 2025 (toen 14). Elke leerling met een OPP heeft "
               "ieder jaar een geëvalueerd perspectief."),
         ("p", "Deze resultaten meten wij zo. In november verzamelt het bestuursbureau per school de gegevens uit "
               "het registratiesysteem en uit de jaarlijkse OPP-evaluaties. In februari bespreekt de "
               "directeur-bestuurder met ieder bestuur de uitkomsten in een kwaliteitsgesprek. In het jaarverslag "
               "(juni) rapporteren wij de bereikte resultaten per doel naast de streefwaarde; de OPR ontvangt dit "
               "verslag en bespreekt het met het bestuur. Wijkt een resultaat twee jaar achter elkaar af, dan maakt "
               "het bestuur een verbeteraanpak."),
         H1("7 Ouders"),
         ("p", "Ouders worden over de ondersteuningsmogelijkheden geïnformeerd via de schoolgids, via een "
               "informatiebijeenkomst die elke school bij de start van het schooljaar houdt en via de "
               "ouderpagina van de website van het samenwerkingsverband. Daarop staat onder meer wat een "
               "arrangement is, hoe een aanvraag loopt en bij wie ouders terechtkunnen. Bij elke "
               "toelaatbaarheidsaanvraag ontvangen ouders de brochure 'Samen op weg'."),
         ("p", "Loopt het gesprek met school vast, of willen ouders gewoon eens met iemand sparren die nergens "
               "belang bij heeft? Dan kunnen zij kosteloos terecht bij 'Ouderwijzer Kempenzoom'. Ouderwijzer wordt "
               "door het samenwerkingsverband gefinancierd, maar werkt volledig los van ons en van de scholen. "
               "Daarnaast kunnen ouders een onderwijsconsulent inschakelen, en bij een geschil over toelating, "
               "verwijdering of het ontwikkelingsperspectief de Geschillencommissie passend onderwijs."),
         H1("8 Financieel beleid"),
         ("p", "De ondersteuningsmiddelen worden als volgt verdeeld. Ieder bestuur ontvangt jaarlijks € 142 per "
               "leerling (teldatum 1 oktober t-1) voor extra ondersteuning binnen de eigen scholen. Daarnaast "
               "kent het samenwerkingsverband op aanvraag arrangementen toe volgens een vaste staffel: licht "
               "(€ 2.500), middel (€ 6.000) en intensief (€ 11.000) per schooljaar, afhankelijk van het aantal "
               "uren specialistische inzet. Over toekenning beslist de consulent binnen vier weken."),
         TABLE(["Begroting (x € 1.000)", "2026", "2027", "2028", "2029"],
               ["Rijksbijdrage ondersteuning", "9.180", "9.050", "8.960", "8.890"],
               ["Afdracht so en sbo", "4.720", "4.690", "4.660", "4.640"],
               ["Budget besturen (€ 142 p.l.)", "1.025", "1.010", "1.000", "990"],
               ["Arrangementen", "1.880", "1.850", "1.820", "1.800"],
               ["Bovenschoolse voorzieningen", "980", "980", "970", "960"],
               ["Organisatie", "610", "620", "630", "640"],
               ["Resultaat", "-35", "-100", "-120", "-140"]),
         ("p", "Het negatieve resultaat is bewust gekozen om de reserve af te bouwen tot de signaleringswaarde."),
         H1("9 Organisatie"), filler("governance", ctx), filler("opr", ctx), filler("oogo", ctx),
         filler("personeel", ctx), filler("ict", ctx), filler("planning", ctx), filler("duurzaam", ctx),
         H1("9a Ontwikkelingen en werkwijze"), filler("landelijk", ctx), filler("werkwijze", ctx),
         filler("communicatie_algemeen", ctx), filler("kalender", ctx), filler("kansen", ctx), filler("integriteit", ctx),
         H1("10 Begrippen"),
         UL("Terugplaatsing: de terugkeer van een leerling van het sbo of so naar een basisschool, na afloop van de TLV.",
            "Thuiszitter: leerplichtige leerling die zonder geldige reden niet naar school gaat.",
            "Dekkend aanbod: het geheel aan voorzieningen waarmee voor iedere leerling een passende plek beschikbaar is.",
            "Basisondersteuning: de ondersteuning die alle scholen bieden, zoals beschreven in de kaart basisondersteuning.",
            "Arrangement: een afgesproken pakket van extra ondersteuning voor een leerling of groep."),
         ]
    crit = {c: True for c in CORE}
    crit["basisondersteuning.inhoud"] = False
    crit["plaatsing.criteria"] = False
    crit["terugstroom.procedure"] = False
    crit["terugstroom.beleid"] = False
    crit["dekkend-aanbod.lacunes"] = False
    adv = {"plaatsing": ["deskundigen"], "financien": ["reserves"], "resultaten": ["meetbaar"]}
    notes = {
        "basisondersteuning": "4.1 states the agreed common minimum level for every vestiging, but the content is only in 'bijlage 2' (not part of the input).",
        "plaatsing": "H5 gives applicant, steps, deskundigen, deciding body and termijnen; criteria are deferred ('stelt in het najaar van 2026 de criteria vast').",
        "terugstroom": "Only the TOC, the heading 4.3 with a deferral (pilot 'Terugkeer') and the glossary mention terugplaatsing.",
        "financien": "H8 'Financieel beleid': € 142 per leerling plus staffel for arrangementen with deciding role, and a begroting 2026-2029 with amounts.",
        "dekkend-aanbod": "4.2 describes the continuum basis-extra-bovenschools-sbo/so; 4.4 defers the gap analysis to the jaarplan, thuiszitters only listed as an OOGO topic.",
        "resultaten": "Under 'Kwaliteitszorg' (H6): numeric beoogde resultaten and the yearly measurement/reporting cycle.",
        "ouders": "H7: schoolgids, information meeting, website, brochure; 'Ouderwijzer Kempenzoom' (independent), onderwijsconsulent and Geschillencommissie.",
    }
    return "po-kempenzoom-2026-2030", B, "po", crit, adv, notes


# ============================================================================================
# Plan 3 - VO, elaborate, .docx. Basisondersteuning under an unusual heading ("Het fundament").
# Plaatsing: criteria in a table, procedure only referred to a website handleiding.
# Terugstroom: policy present, stappenplan deferred. Financien: verdeling present, begroting
# excluded / p.m. Ouders: nothing of substance (passing mentions only).
# ============================================================================================

def plan3():
    ctx = dict(swv="Samenwerkingsverband Voortgezet Onderwijs Zuidwaard", regio="Zuidwaard", periode="2026-2030",
               scholen=17, besturen=7, gemeenten="Zuidwaard, Oudeland en Hoekse Polder", ll="13.460",
               sk="het voortgezet speciaal onderwijs", fte="21,0", stad="Oudeland", opr_datum="2 april 2026",
               oogo_datum="11 maart 2026", ander_swv="PO Zuidwaard-Oudeland (PO 28-12)")
    B = [("title", "Ondersteuningsplan 2026-2030: Samen verder in Zuidwaard"),
         ("sub", "Samenwerkingsverband Voortgezet Onderwijs Zuidwaard (VO 28-06) - vmbo, havo, vwo, praktijkonderwijs en vso"),
         ("pagebreak",),
         ("toc", ["Voorwoord", "1 Inleiding en terugblik", "2 De regio in cijfers", "3 Het fundament op elke vestiging",
                  "4 Het ondersteuningsaanbod", "5 Toewijzing: vso, lwoo en pro", "6 Terugplaatsing en overstap",
                  "7 Thuiszitters en zorgplicht", "8 Ouders en leerlingen", "9 Doelen en kwaliteit",
                  "10 Middelen", "11 Gemeenten en jeugdhulp", "12 Organisatie en medezeggenschap",
                  "13 Personeel", "14 Informatievoorziening", "15 Planning", "Begrippenlijst"]),
         ("pagebreak",),
         H1("Voorwoord"), filler("voorwoord", ctx),
         H1("1 Inleiding en terugblik"), filler("inleiding", ctx), filler("terugblik", ctx),
         H1("2 De regio in cijfers"), filler("context", ctx),
         TABLE(["Schoolsoort", "Vestigingen", "Leerlingen 1-10-2025"], ["vmbo (incl. lwoo)", "8", "5.120"],
               ["havo/vwo", "6", "6.940"], ["praktijkonderwijs", "2", "610"], ["vso", "3", "790"]),
         filler("strategie", ctx, [0]),
         H1("3 Het fundament op elke vestiging"),
         ("p", "Elke vestiging in Zuidwaard, ongeacht bestuur of schoolsoort, biedt minimaal hetzelfde fundament. "
               "Dit fundament - elders basisondersteuning genoemd - is in 2025 door alle zeven besturen "
               "onderschreven en geldt als harde ondergrens. Het is niet afhankelijk van het schoolprofiel."),
         ("p", "Wat dat concreet betekent: iedere leerling heeft een mentor met ten minste één uur mentoruur per "
               "week en drie individuele gesprekken per jaar. Iedere vestiging heeft een ondersteuningscoördinator "
               "(minimaal 0,6 fte per 1.000 leerlingen) en een ondersteuningsteam dat elke twee weken bijeenkomt. "
               "Iedere vestiging biedt een faalangstreductietraining, een training sociale vaardigheden, "
               "dyslexie- en dyscalculiefaciliteiten (extra tijd, voorleessoftware, vergroot lettertype), een "
               "time-outvoorziening met begeleiding en huiswerkbegeleiding op school. Voor leerlingen met een "
               "lichte lichamelijke beperking zijn de lokalen op de begane grond of per lift bereikbaar. Een "
               "schoolmaatschappelijk werker en de jeugdarts houden wekelijks spreekuur op school."),
         ("p", "De besturen spreken elkaar jaarlijks aan op dit fundament tijdens een collegiale visitatie."),
         H1("4 Het ondersteuningsaanbod"),
         ("p", "Boven het fundament kent Zuidwaard drie lagen. Laag 1 is extra ondersteuning op de eigen vestiging, "
               "betaald uit het ondersteuningsbudget van de school: bijvoorbeeld een rebound-plek, een "
               "trajectgroep of begeleiding door een autismespecialist. Laag 2 is een bovenschoolse voorziening: "
               "het orthopedagogisch-didactisch centrum 'De Overstap' (tijdelijke plaatsing van maximaal twintig "
               "weken met terugkeer naar de eigen school), de Schakelklas voor leerlingen na langdurig verzuim "
               "en de Internationale Schakelklas (ISK). Laag 3 is het voortgezet speciaal onderwijs en het "
               "praktijkonderwijs. Daarnaast bieden twee vmbo-scholen een 'Plus-stroom' met kleinere klassen en "
               "extra begeleiding voor leerlingen met lwoo."),
         ("p", "De lagen sluiten op elkaar aan: een leerling in De Overstap blijft ingeschreven op de eigen school, "
               "en een vso-leerling kan gedeeltelijk lessen volgen op een reguliere vestiging (symbiose)."),
         H1("5 Toewijzing: vso, lwoo en pro"),
         ("p", "Hoe een aanvraag voor een toelaatbaarheidsverklaring, een aanwijzing lwoo of een TLV voor het "
               "praktijkonderwijs verloopt, welke formulieren nodig zijn en welke termijnen gelden, is beschreven "
               "in de Handleiding Toewijzing die op www.swv-zuidwaard.nl/toewijzing staat."),
         ("p", "Voor de beoordeling hanteren wij de volgende criteria."),
         TABLE(["Voorziening", "Criteria"],
               ["vso", "De ondersteuningsbehoefte van de leerling overstijgt laag 1 en laag 2; een tijdelijke plaatsing "
                "in De Overstap of een traject van minimaal een half jaar in laag 1 heeft niet geleid tot duurzame "
                "ontwikkeling; de leerling heeft structureel een kleine groep, een specialistische aanpak en/of "
                "een behandelcomponent nodig."],
               ["lwoo", "Zuidwaard volgt de landelijke criteria: een IQ tussen 75 en 90 en een leerachterstand van "
                "25-50% op ten minste twee domeinen, waarvan één begrijpend lezen of inzichtelijk rekenen; of een IQ "
                "tussen 91 en 120 met dezelfde leerachterstand en sociaal-emotionele problematiek."],
               ["pro", "Landelijke criteria: IQ tussen 55 en 80 en een leerachterstand van 50% of meer op ten minste "
                "twee domeinen, waarvan één begrijpend lezen of inzichtelijk rekenen."]),
         ("p", "Een TLV vso geldt voor één tot drie schooljaren en vermeldt de bekostigingscategorie laag, midden of hoog. "
               "Een TLV pro geldt voor de hele schoolloopbaan."),
         H1("6 Terugplaatsing en overstap"),
         ("p", "Wij vinden dat een plaatsing in het vso zo kort moet duren als mogelijk en zo lang als nodig. Ons "
               "doel is dat per jaar ten minste vijftien vso-leerlingen doorstromen naar een reguliere vestiging. "
               "Een terugplaatsing komt in beeld wanneer de leerling stabiel is, het ontwikkelingsperspectief "
               "aansluit op een reguliere leerweg en de ontvangende vestiging met hulp uit laag 1 de ondersteuning "
               "kan bieden. Na terugkeer krijgt de leerling een jaar lang een vaste coach vanuit de vso-school, en "
               "ontvangt de vestiging een terugplaatsingsbudget van € 5.000 per leerling."),
         ("p", "Het stappenplan voor terugplaatsing - wie het initiatief neemt, welke evaluatiemomenten er zijn en "
               "wie besluit - werken wij in de loop van 2027 samen met de drie vso-scholen uit."),
         H1("7 Thuiszitters en zorgplicht"),
         ("p", "Iedere vestiging heeft zorgplicht: bij aanmelding onderzoekt de school of zij de leerling kan bieden "
               "wat nodig is en zoekt zij anders een passende plek. Lukt dat niet binnen tien weken, dan neemt het "
               "samenwerkingsverband de regie. Elke leerling die vier weken of langer thuiszit, wordt binnen een "
               "week besproken aan de thuiszitterstafel (school, leerplicht, jeugdhulp, samenwerkingsverband). De "
               "tafel maakt een plan met een termijn en bewaakt de uitvoering. Jaarlijks analyseren wij welke "
               "leerlingen geen passende plek vonden; op basis daarvan start in 2026 een hb-traject voor "
               "vastgelopen hoogbegaafde leerlingen en wordt de capaciteit van De Overstap uitgebreid met acht plaatsen."),
         H1("8 Ouders en leerlingen"),
         ("p", "Leerlingen en hun ouders zijn belangrijk voor ons. In alle fasen van de ondersteuning staan de "
               "leerling en het gezin centraal. De positie van ouders en leerlingen wordt in de komende periode "
               "versterkt; hoe wij dat precies vormgeven, werken wij uit zodra de nieuwe wetgeving daarover duidelijk is."),
         H1("9 Doelen en kwaliteit"),
         ("p", "Beoogde resultaten 2026-2030 voor leerlingen met een ondersteuningsbehoefte:"),
         UL("het aantal thuiszitters (langer dan vier weken) daalt van 41 naar hoogstens 20;",
            "ten minste 75% van de leerlingen die in De Overstap zijn geplaatst, zit na een jaar nog op een reguliere vestiging;",
            "het percentage vso-leerlingen dat een diploma of certificaat behaalt, stijgt van 62% naar 70%;",
            "ten minste 90% van de lwoo-leerlingen stroomt door naar een mbo-opleiding of werk."),
         ("p", "Het bestuursbureau verzamelt de gegevens twee keer per jaar (peildata 1 oktober en 1 april) uit de "
               "eigen registratie, uit DUO-bestanden en uit de verzuimregistratie van leerplicht. De uitkomsten "
               "staan in een dashboard dat besturen en OPR kunnen inzien. Elk voorjaar voeren wij per bestuur een "
               "kwaliteitsdialoog; in het jaarverslag rapporteren wij per doel het bereikte resultaat. Bij "
               "achterstand op een doel stelt het bestuur verbeteracties vast."),
         H1("10 Middelen"),
         ("p", "De ondersteuningsmiddelen worden volgens de volgende sleutel verdeeld: 65% gaat als "
               "ondersteuningsbudget naar de besturen naar rato van het aantal leerlingen op 1 oktober, met een "
               "vaste voet per vestiging; 20% is bestemd voor bovenschoolse voorzieningen (De Overstap, "
               "Schakelklas, ISK-plus); 15% is een solidariteitsbudget waaruit vestigingen met een "
               "bovengemiddeld aantal leerlingen met lwoo of een OPP een aanvulling krijgen, op basis van de "
               "tellingen van 1 oktober. Het bestuur stelt de sleutel jaarlijks vast."),
         ("p", "De meerjarenbegroting maakt geen deel uit van dit ondersteuningsplan; zij wordt jaarlijks in december "
               "afzonderlijk vastgesteld. Bedragen per post: p.m."),
         ("p", "Het samenwerkingsverband heeft in 2024 en 2025 de reserves afgebouwd; het weerstandsvermogen ligt nu "
               "rond 5% van de baten, wat wij als ondergrens hanteren."),
         H1("11 Gemeenten en jeugdhulp"), filler("oogo", ctx),
         ("p", "Met de gemeenten werken wij samen in de 'jeugdhulp op school': op iedere vestiging is een "
               "jeugdhulpverlener aanwezig die lichte hulp biedt zonder beschikking. Voor leerlingen die onderwijs "
               "en zorg combineren, maken we onderwijs-zorgarrangementen waarvan de kosten gedeeld worden."),
         H1("12 Organisatie en medezeggenschap"), filler("governance", ctx), filler("opr", ctx),
         H1("13 Personeel"), filler("personeel", ctx), filler("professionalisering", ctx),
         H1("14 Informatievoorziening"), filler("ict", ctx),
         H1("15 Planning"), filler("planning", ctx), filler("duurzaam", ctx), filler("strategie", ctx, [1]),
         filler("kalender", ctx), filler("landelijk", ctx), filler("werkwijze", ctx), filler("communicatie_algemeen", ctx),
         filler("integriteit", ctx),
         H1("Begrippenlijst"),
         UL("Informatievoorziening ouders: de manier waarop ouders worden geïnformeerd over het ondersteuningsaanbod (website, schoolgids, folders).",
            "Ouder- en jeugdsteunpunt: onafhankelijk punt voor ouders en jongeren met vragen of conflicten.",
            "OPDC: orthopedagogisch-didactisch centrum.",
            "Terugplaatsing: overstap van vso naar regulier voortgezet onderwijs.",
            "Meerjarenbegroting: begroting voor meerdere jaren."),
         ]
    crit = {c: True for c in CORE}
    for c in ["plaatsing.procedure", "terugstroom.procedure", "financien.besteding", "ouders.informatie", "ouders.steunpunt"]:
        crit[c] = False
    adv = {"basisondersteuning": ["borging"], "plaatsing": ["duur-categorie"], "financien": ["reserves"],
           "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"]}
    notes = {
        "basisondersteuning": "H3 'Het fundament op elke vestiging' (unusual wording): agreed hard minimum for all vestigingen plus concrete content.",
        "plaatsing": "H5: criteria table vso/lwoo/pro and TLV duration/categorie; the procedure is only referred to a Handleiding on the website.",
        "terugstroom": "H6 states policy (aims, conditions, coach + budget after return); the stappenplan is deferred to 'de loop van 2027'.",
        "financien": "H10 'Middelen': 65/20/15 verdeelsleutel with criteria; meerjarenbegroting excluded and 'p.m.', so no spending with amounts.",
        "dekkend-aanbod": "H4 three-layer continuum with OPDC, ISK, vso/pro; H7 zorgplicht, thuiszitterstafel, yearly gap analysis; H11 OZA with gemeenten.",
        "resultaten": "H9 numeric beoogde resultaten plus measurement (peildata, dashboard), kwaliteitsdialoog and reporting in jaarverslag.",
        "ouders": "H8 'Ouders en leerlingen' is only general intent plus a deferral; informatie/steunpunt appear only in the Begrippenlijst (trap).",
    }
    return "vo-zuidwaard-2026-2030", B, "vo", crit, adv, notes


# ============================================================================================
# Plan 4 - VO, concise, .pdf. Basisondersteuning: heading + deferral, glossary only. Financien:
# only a reference to bijlage 5. Dekkend aanbod: thuiszitters/zorgplicht yes, continuum deferred.
# Terugstroom: steps and dates but no policy. Resultaten: monitoring without intended results.
# Ouders steunpunt placed in "Klachten en geschillen".
# ============================================================================================

def plan4():
    ctx = dict(swv="Samenwerkingsverband VO Noorderkwartier", regio="het Noorderkwartier", periode="2026-2030",
               scholen=11, besturen=5, gemeenten="Hoorneveen, Medemblik-Oost en Koggenwaard", ll="9.310",
               sk="de vso-scholen", fte="9,5", stad="Hoorneveen", opr_datum="26 maart 2026", oogo_datum="5 maart 2026",
               ander_swv="PO West-Friesland Noord (PO 27-02)")
    B = [("title", "Ondersteuningsplan Samenwerkingsverband VO Noorderkwartier"),
         ("sub", "VO 27-05 | planperiode 1 augustus 2026 - 31 juli 2030 | basisondersteuning - toewijzing - financiën - resultaten"),
         ("pagebreak",),
         ("toc", ["1 Inleiding", "2 Uitgangspunten", "3 Basisondersteuning", "4 Toelaatbaarheid vso, lwoo en pro",
                  "5 Einde TLV en vervolg", "6 Thuiszitters en zorgplicht", "7 Monitoring",
                  "8 Ouders en leerlingen", "9 Klachten en geschillen", "10 Financiën",
                  "11 Bestuur en medezeggenschap", "12 Overig", "Bijlage 5 Meerjarenbegroting (separaat)",
                  "Begrippen en afkortingen"]),
         ("pagebreak",),
         H1("1 Inleiding"), filler("voorwoord", ctx, [1]), filler("inleiding", ctx), filler("context", ctx),
         H1("2 Uitgangspunten"), filler("visie", ctx), filler("missie", ctx), filler("strategie", ctx), filler("kansen", ctx),
         H1("3 Basisondersteuning"),
         ("p", "Het samenwerkingsverband beschrijft de basisondersteuning in een afzonderlijke notitie, die in het "
               "schooljaar 2026-2027 aan de OPR wordt voorgelegd. Tot die tijd blijven de bestaande afspraken van kracht."),
         H1("4 Toelaatbaarheid vso, lwoo en pro"),
         ("p", "Aanvraag. De vo-school waar de leerling is ingeschreven (of, bij een leerling uit groep 8, de "
               "basisschool in overleg met de beoogde vo-school) vraagt via het digitale aanvraagportaal een "
               "toelaatbaarheidsverklaring vso, een TLV pro of een aanwijzing lwoo aan. De aanvraag bevat het "
               "ontwikkelingsperspectief, de evaluatie van de geboden ondersteuning en de zienswijze van ouders "
               "en leerling. Aanvragen voor lwoo en pro vanuit groep 8 worden ingediend tussen 1 januari en 1 maart."),
         ("p", "Beoordeling en besluit. De Commissie Toewijzing (CTW) bestaat uit een orthopedagoog-generalist, een "
               "psycholoog en een jeugdarts. Bij een TLV vso adviseren twee van hen afzonderlijk en schriftelijk. "
               "De directeur besluit namens het bestuur binnen zes weken na ontvangst van de complete aanvraag; "
               "aanvragen lwoo en pro vanuit groep 8 worden vóór 1 mei beslist."),
         ("p", "Criteria. Een leerling is toelaatbaar tot het vso als (1) de vo-school aantoonbaar de mogelijkheden "
               "van haar eigen ondersteuning heeft benut, met een geëvalueerd OPP over ten minste zes maanden, "
               "(2) de leerling voor het grootste deel van de onderwijstijd een specialistische setting nodig heeft "
               "die de reguliere school niet kan organiseren en (3) beide deskundigen dat onderschrijven. Voor lwoo "
               "en pro gelden de landelijke criteria (IQ en leerachterstanden op de domeinen begrijpend lezen, "
               "inzichtelijk rekenen, technisch lezen en spellen); het Noorderkwartier maakt geen gebruik van de "
               "mogelijkheid om eigen lwoo-criteria vast te stellen."),
         ("p", "Duur en bezwaar. Een TLV vso wordt afgegeven voor twee schooljaren, tenzij de deskundigen een andere "
               "duur adviseren. Tegen een besluit kunnen ouders binnen zes weken bezwaar maken; het bestuur "
               "vraagt advies aan de Landelijke Bezwaaradviescommissie."),
         H1("5 Einde TLV en vervolg"),
         ("p", "Vanaf 1 oktober van het laatste geldigheidsjaar van de TLV voert de vso-school een "
               "perspectiefgesprek met leerling en ouders. Vóór 15 januari meldt de vso-school aan het "
               "samenwerkingsverband of zij een verlenging aanvraagt of een overstap naar het regulier voortgezet "
               "onderwijs voorbereidt. Bij een overstap draagt de vso-school het dossier uiterlijk 1 april over "
               "aan de ontvangende school en vindt in mei een overdrachtsgesprek plaats met de "
               "ondersteuningscoördinator. De CTW beslist over een verlenging vóór 1 juni; zonder besluit eindigt "
               "de TLV op 31 juli. Drie maanden na de overstap evalueren de vso-school en de ontvangende school de "
               "overstap samen."),
         H1("6 Thuiszitters en zorgplicht"),
         ("p", "Scholen melden een leerling die twee weken of langer ongeoorloofd verzuimt of zonder passend "
               "onderwijs thuis zit, direct bij leerplicht en bij het Expertiseteam van het samenwerkingsverband. "
               "Binnen vijf werkdagen volgt een casusoverleg; de trajectbegeleider van het Expertiseteam houdt de "
               "regie tot de leerling weer onderwijs volgt. Als de school van inschrijving en een andere school "
               "het niet eens worden over de zorgplicht, beslist de directeur van het samenwerkingsverband binnen "
               "tien werkdagen welke school de leerling een plek biedt. Elk kwartaal bekijkt het Expertiseteam "
               "welke vragen niet beantwoord konden worden, en legt dit voor aan het bestuur met een voorstel voor "
               "aanvullend aanbod."),
         ("p", "Een beschrijving van het samenhangende ondersteuningsaanbod - van de ondersteuning op school tot "
               "het vso - is in voorbereiding en wordt als notitie 'Ondersteuningsroute Noorderkwartier' aan dit plan toegevoegd."),
         H1("7 Monitoring"),
         ("p", "Het samenwerkingsverband volgt jaarlijks de volgende kengetallen: het aantal afgegeven TLV's vso, "
               "pro en lwoo; het deelnamepercentage vso; het aantal thuiszitters en de duur van het thuiszitten; "
               "het aantal overstappen vanuit het vso; en de uitstroom naar mbo, werk of dagbesteding van "
               "leerlingen met een OPP. Bronnen zijn de eigen registratie, DUO en de leerplichtadministratie. De "
               "directeur rapporteert twee keer per jaar (januari en juli) aan het bestuur; de cijfers worden "
               "jaarlijks in het jaarverslag gepubliceerd en met de OPR besproken. Ook vragen wij eenmaal per jaar "
               "de tevredenheid van scholen over de toewijzing uit."),
         ("p", "Streefwaarden en beoogde resultaten formuleren wij na een nulmeting in 2026. Ze worden daarna "
               "opgenomen in het jaarplan."),
         H1("8 Ouders en leerlingen"),
         ("p", "Ouders en leerlingen vinden informatie over de ondersteuning in de schoolgids van hun school, waarin "
               "volgens een vast format staat welke ondersteuning de school biedt en bij wie zij terechtkunnen. "
               "Het samenwerkingsverband geeft twee keer per jaar een digitale nieuwsbrief voor ouders uit, "
               "verzorgt in november een informatieavond in groep 8 over lwoo, pro en vso, en heeft op de "
               "website een pagina 'Voor ouders en leerlingen' met uitleg in eenvoudige taal en in het Engels, "
               "Arabisch en Pools."),
         ("p", "In de OPR zijn ouders en leerlingen vertegenwoordigd. Leerlingen hebben een stem bij het opstellen "
               "van hun ontwikkelingsperspectief."),
         H1("9 Klachten en geschillen"),
         ("p", "Soms lukt het niet om er samen met school uit te komen. Ouders en leerlingen kunnen dan terecht bij "
               "het Ouder- en Jeugdsteunpunt Noorderkwartier, dat onafhankelijk van het samenwerkingsverband en de "
               "scholen werkt en gratis advies en begeleiding geeft (spreekuur op dinsdag en donderdag, telefoon "
               "0229 000 000). Daarnaast kunnen zij een onderwijsconsulent inschakelen. Voor formele klachten "
               "geldt de klachtenregeling van het bestuur van de school; geschillen over toelating, verwijdering "
               "of het ontwikkelingsperspectief kunnen worden voorgelegd aan de Geschillencommissie passend onderwijs."),
         H1("10 Financiën"),
         ("p", "De verdeling van de ondersteuningsmiddelen en de meerjarenbegroting zijn opgenomen in bijlage 5, "
               "die jaarlijks door het bestuur wordt geactualiseerd."),
         H1("11 Bestuur en medezeggenschap"), filler("governance", ctx), filler("opr", ctx), filler("oogo", ctx),
         H1("12 Overig"), filler("personeel", ctx), filler("ict", ctx), filler("professionalisering", ctx),
         filler("planning", ctx), filler("duurzaam", ctx), filler("landelijk", ctx), filler("werkwijze", ctx),
         filler("communicatie_algemeen", ctx), filler("kalender", ctx), filler("terugblik", ctx), filler("integriteit", ctx),
         H1("Begrippen en afkortingen"),
         UL("Basisondersteuning: het door het samenwerkingsverband vastgestelde niveau van ondersteuning dat elke "
            "vestiging biedt, waaronder mentoraat, ondersteuningscoördinator, dyslexiefaciliteiten en faalangsttraining.",
            "Continuüm van ondersteuning: de opbouw van basisondersteuning via extra ondersteuning naar het vso.",
            "Verdeelmodel: de regels volgens welke de middelen over de scholen worden verdeeld.",
            "CTW - Commissie Toewijzing; OPP - ontwikkelingsperspectief; TLV - toelaatbaarheidsverklaring."),
         ]
    crit = {c: True for c in CORE}
    for c in ["basisondersteuning.niveau", "basisondersteuning.inhoud", "terugstroom.beleid", "financien.verdeling",
              "financien.besteding", "dekkend-aanbod.continuum", "resultaten.doelen"]:
        crit[c] = False
    adv = {"plaatsing": ["deskundigen", "duur-categorie", "bezwaar"], "ouders": ["betrokkenheid"]}
    notes = {
        "basisondersteuning": "H3 only defers to a separate notitie (2026-2027); content appears only in the glossary (trap) and the title-page subtitle.",
        "plaatsing": "H4: applicant, portal, CTW with two written advices, deciding body, termijnen; explicit vso criteria and national lwoo/pro criteria; duur and bezwaar.",
        "terugstroom": "H5 'Einde TLV en vervolg' gives steps, dates and deciders, but no policy (aims, conditions, support after return).",
        "financien": "H10 only refers to bijlage 5 (not part of the input); verdeelmodel only in glossary.",
        "dekkend-aanbod": "H6 handles thuiszitters, zorgplicht decision and quarterly gap signalling; the continuum is explicitly deferred to a future notitie.",
        "resultaten": "H7 'Monitoring' describes indicators, sources and reporting; intended results/streefwaarden are deferred until after a nulmeting.",
        "ouders": "H8 informing via schoolgids, newsletter, information evening, website; steunpunt placed under H9 'Klachten en geschillen'.",
    }
    return "vo-noorderkwartier-2026-2030", B, "vo", crit, adv, notes


# ============================================================================================
# Plan 5 - PO, "op hoofdlijnen", Markdown. Basisondersteuning: content without an agreed minimum.
# Plaatsing: referred to an absent Handboek. Terugstroom: present, under "Doorgaande lijnen".
# Financien: begroting but verdeelmodel deferred. Dekkend aanbod and resultaten: nothing.
# Ouders: steunpunt yes, informing deferred to a communicatieplan.
# ============================================================================================

def plan5():
    ctx = dict(swv="Samenwerkingsverband Passend Onderwijs Heuvelland PO", regio="het Heuvelland", periode="2026-2030",
               scholen=29, besturen=4, gemeenten="Valkenrade, Gulpendal en Eijsheuvel", ll="5.480",
               sk="de sbo-school en het so", fte="5,8", stad="Valkenrade", opr_datum="3 april 2026",
               oogo_datum="19 maart 2026", ander_swv="VO Zuid-Limburg Heuvelland (VO 31-11)")
    B = [("title", "Ondersteuningsplan Heuvelland PO 2026-2030 - op hoofdlijnen"),
         ("sub", "Samenwerkingsverband Passend Onderwijs Heuvelland PO (PO 31-05). Concept ter instemming aan de OPR, maart 2026."),
         ("toc", ["1 Voorwoord", "2 Inleiding", "3 Regio en kengetallen", "4 Visie, missie en koers",
                  "5 Wat scholen bieden", "6 Toelaatbaarheid", "7 Doorgaande lijnen", "8 Ouders",
                  "9 Financiën", "10 Organisatie en medezeggenschap", "11 Personeel en ICT", "12 Planning",
                  "Bijlage A Begrippenlijst (dekkend aanbod, thuiszitters, resultaten)",
                  "Bijlage C Handboek Toelaatbaarheid (separaat)"]),
         H1("1 Voorwoord"), filler("voorwoord", ctx),
         H1("2 Inleiding"), filler("inleiding", ctx), filler("terugblik", ctx),
         ("p", "Dit plan beschrijft op hoofdlijnen wat wij willen bereiken. De uitwerking vindt plaats in jaarplannen "
               "en in afzonderlijke handboeken; de scholen bepalen zelf hoe zij de afspraken in de praktijk brengen."),
         ("p", "Een plan op hoofdlijnen heeft voor- en nadelen. Het voordeel is dat het plan overzichtelijk blijft en "
               "niet na een jaar al verouderd is. Het nadeel is dat lezers sommige onderwerpen in andere documenten "
               "moeten opzoeken. Wij hebben daarom bij ieder hoofdstuk aangegeven waar de uitwerking te vinden is "
               "of wanneer die verschijnt. Onderwerpen als het dekkend aanbod, de aanpak van thuiszitters en de "
               "beoogde resultaten krijgen een plek in de jaarplannen; zodra die zijn vastgesteld, worden zij via "
               "de website gedeeld en met de OPR besproken. Ook de samenwerking met de gemeenten wordt in een "
               "afzonderlijke notitie uitgewerkt na het volgende OOGO."),
         H1("3 Regio en kengetallen"), filler("context", ctx),
         TABLE(["Teldatum 1-10-2025", "Aantal"], ["Basisscholen", "26"], ["Sbo", "1"], ["So-locaties", "2"],
               ["Leerlingen", "5.480"], ["Leerlingen in sbo", "118"], ["Leerlingen in so", "97"]),
         H1("4 Visie, missie en koers"), filler("visie", ctx), filler("missie", ctx), filler("strategie", ctx, [1]),
         filler("kansen", ctx),
         ("p", "We willen de resultaten van passend onderwijs de komende jaren beter zichtbaar maken, samen met de "
               "scholen en de gemeenten. Daarbij hoort ook een eerlijk gesprek over wat goed gaat en wat niet."),
         H1("5 Wat scholen bieden"),
         ("p", "Op de scholen in het Heuvelland omvat de basisondersteuning in de huidige praktijk: een intern "
               "begeleider die wekelijks beschikbaar is voor leraren en ouders; drie groepsbesprekingen per jaar; "
               "een leerlingvolgsysteem voor cognitieve en sociaal-emotionele ontwikkeling; een dyslexieprotocol "
               "met vroegtijdige signalering in groep 2 en 3; verlengde instructie en preteaching in de groep; "
               "een aanpak voor pesten en een anti-pestcoördinator; en consultatie van een orthopedagoog van het "
               "samenwerkingsverband op afroep, binnen twee weken."),
         ("p", "Dit overzicht is een beschrijving van de bestaande praktijk, geen gezamenlijke norm. Of wij als "
               "samenwerkingsverband een ondergrens vastleggen die voor iedere school en vestiging geldt, en hoe "
               "die eruitziet, bespreken de besturen in 2026 naar aanleiding van de landelijke discussie over een "
               "norm voor basisondersteuning."),
         H1("6 Toelaatbaarheid"),
         ("p", "Het samenwerkingsverband geeft toelaatbaarheidsverklaringen af voor het sbo en het so. De werkwijze, "
               "de criteria en de termijnen zijn opgenomen in het Handboek Toelaatbaarheid (bijlage C), dat "
               "afzonderlijk wordt vastgesteld en op de website wordt gepubliceerd."),
         H1("7 Doorgaande lijnen"),
         ("p", "Een goede doorgaande lijn betekent ook dat leerlingen die tijdelijk speciaal (basis)onderwijs nodig "
               "hebben, waar mogelijk terugkeren naar de basisschool. Het Heuvelland kiest er nadrukkelijk voor dat "
               "een leerling bij voorkeur terugkeert naar de eigen school van herkomst, of anders naar een school "
               "in de eigen woonplaats. Een terugkeer is aan de orde als de leerling zich in het sbo of so zodanig "
               "heeft ontwikkeld dat hij met ondersteuning in een gewone groep kan functioneren, als ouders "
               "instemmen en als de ontvangende school de gevraagde ondersteuning kan organiseren. De ontvangende "
               "school krijgt een half jaar lang wekelijkse begeleiding door een leerkracht van de sbo- of "
               "so-school, en de leerling houdt gedurende die periode een vaste contactpersoon."),
         ("p", "Het verloop is als volgt. De sbo- of so-school bespreekt in de tweede helft van het voorlaatste "
               "TLV-jaar bij de jaarlijkse OPP-evaluatie of terugkeer mogelijk is. Is dat zo, dan neemt de "
               "intern begeleider van de sbo- of so-school uiterlijk 1 december contact op met de beoogde "
               "basisschool en de orthopedagoog van het samenwerkingsverband. In een gezamenlijk gesprek met "
               "ouders (januari) wordt een overstapplan gemaakt met een startdatum; de directeur van de "
               "ontvangende school besluit over de inschrijving. Na zes en na twaalf weken volgt een evaluatie; "
               "als het niet lukt, kan de leerling binnen de looptijd van de TLV terug naar de sbo- of so-school. "
               "Is terugkeer niet mogelijk, dan vraagt de sbo- of so-school tijdig een nieuwe TLV aan."),
         H1("8 Ouders"),
         ("p", "Hoe wij ouders informeren over de ondersteuningsmogelijkheden in de regio, werken wij uit in een "
               "communicatieplan dat in het najaar van 2026 verschijnt."),
         ("p", "Ouders met een vraag, een zorg of een meningsverschil met de school kunnen terecht bij het Ouder- "
               "en Jeugdsteunpunt Heuvelland. Medewerkers daarvan staan los van de scholen en van het "
               "samenwerkingsverband, denken mee, gaan desgewenst mee naar gesprekken en kunnen ouders wijzen op "
               "de onderwijsconsulenten en de Geschillencommissie passend onderwijs. Het steunpunt is bereikbaar "
               "via een gratis telefoonnummer en houdt op woensdag een inloopspreekuur in het Huis van de Wijk in Valkenrade."),
         H1("9 Financiën"),
         ("p", "Het bestuur stelt in 2026 een nieuw verdeelmodel vast. Welke criteria en welke procedure daarin "
               "gaan gelden voor de toekenning van middelen aan scholen, is nog onderwerp van gesprek. Voor de "
               "planperiode is de volgende meerjarenbegroting opgesteld."),
         TABLE(["Post (bedragen in euro)", "2026-2027", "2027-2028", "2028-2029", "2029-2030"],
               ["Baten lichte en zware ondersteuning", "6.940.000", "6.880.000", "6.810.000", "6.760.000"],
               ["Afdracht so via DUO", "2.590.000", "2.570.000", "2.550.000", "2.540.000"],
               ["Bekostiging sbo boven 2%", "610.000", "600.000", "590.000", "580.000"],
               ["Budgetten scholen", "2.300.000", "2.280.000", "2.250.000", "2.230.000"],
               ["Orthopedagogen en consultatie", "720.000", "730.000", "740.000", "750.000"],
               ["Terugkeerbegeleiding", "90.000", "90.000", "90.000", "90.000"],
               ["Bestuursbureau", "560.000", "570.000", "580.000", "590.000"],
               ["Saldo", "70.000", "40.000", "10.000", "-20.000"]),
         H1("10 Organisatie en medezeggenschap"), filler("governance", ctx), filler("opr", ctx), filler("oogo", ctx),
         H1("11 Personeel en ICT"), filler("personeel", ctx), filler("ict", ctx),
         H1("12 Planning"), filler("planning", ctx), filler("duurzaam", ctx), filler("kalender", ctx),
         filler("landelijk", ctx), filler("werkwijze", ctx), filler("communicatie_algemeen", ctx),
         filler("integriteit", ctx),
         H1("Bijlage A Begrippenlijst"),
         UL("Dekkend aanbod: het geheel van voorzieningen waarmee voor iedere leerling in de regio een passende plek beschikbaar is.",
            "Thuiszitter: leerplichtige leerling die niet naar school gaat; het samenwerkingsverband en leerplicht zoeken samen een oplossing.",
            "Resultaten: de beoogde en bereikte resultaten van leerlingen met extra ondersteuning, die het samenwerkingsverband jaarlijks rapporteert.",
            "TLV: toelaatbaarheidsverklaring; besluit van het samenwerkingsverband na advies van twee deskundigen.",
            "Verdeelmodel: de regels voor de toekenning van middelen aan scholen."),
         ]
    crit = {c: False for c in CORE}
    for c in ["basisondersteuning.inhoud", "terugstroom.procedure", "terugstroom.beleid", "financien.besteding",
              "ouders.steunpunt"]:
        crit[c] = True
    adv = {}
    notes = {
        "basisondersteuning": "H5 'Wat scholen bieden' lists concrete content, but explicitly says it is current practice, not an agreed minimum; the ondergrens is still to be discussed in 2026.",
        "plaatsing": "H6 only refers to the Handboek Toelaatbaarheid (bijlage C, not part of the input); deskundigen only in the glossary.",
        "terugstroom": "H7 'Doorgaande lijnen': policy (return to school of origin, conditions, half year of support) and steps with dates, initiator, decider, evaluations.",
        "financien": "H9 has a meerjarenbegroting with amounts, but the verdeelmodel (criteria/procedure) is still to be decided.",
        "dekkend-aanbod": "No continuum or gap/thuiszitters approach; dekkend aanbod and thuiszitters only in the TOC and glossary.",
        "resultaten": "Only passing intentions in H4; intended/achieved results appear only in the glossary.",
        "ouders": "H8: independent Ouder- en Jeugdsteunpunt with onderwijsconsulenten/Geschillencommissie; informing parents deferred to a communicatieplan (najaar 2026).",
    }
    return "po-heuvelland-2026-2030", B, "po", crit, adv, notes


# ============================================================================================
# Near miss - a single school's ondersteuningsplan/SOP (school level), HTML.
# ============================================================================================

def nearmiss():
    B = [("title", "Ondersteuningsplan en schoolondersteuningsprofiel 2025-2026 - Basisschool De Vlonder"),
         ("sub", "Basisschool De Vlonder, Valkenrade - aangesloten bij Samenwerkingsverband Passend Onderwijs Heuvelland PO"),
         ("toc", ["1 Inleiding", "2 Onze leerlingen", "3 Basisondersteuning op De Vlonder", "4 Zorgniveaus en groepsbesprekingen",
                  "5 Extra ondersteuning en arrangementen", "6 Verwijzing naar sbo of so", "7 Ouders", "8 Ons ondersteuningsbudget",
                  "9 Evaluatie en resultaten"]),
         H1("1 Inleiding"),
         ("p", "Dit ondersteuningsplan beschrijft hoe wij op De Vlonder de ondersteuning van onze leerlingen "
               "organiseren. Het plan is bedoeld voor ons team, voor ouders en voor de medezeggenschapsraad, die op "
               "14 oktober 2025 positief heeft geadviseerd. Het plan sluit aan bij het ondersteuningsplan van het "
               "samenwerkingsverband Heuvelland PO en bij ons schoolplan 2023-2027. Het wordt jaarlijks door de "
               "intern begeleider en de directeur geactualiseerd."),
         ("p", "De Vlonder is een katholieke basisschool met 214 leerlingen in negen groepen. Het team bestaat uit "
               "zeventien medewerkers, onder wie een intern begeleider (0,6 fte), een gedragsspecialist en twee "
               "onderwijsassistenten."),
         H1("2 Onze leerlingen"),
         ("p", "Ongeveer 18% van onze leerlingen heeft een vorm van extra ondersteuning. Het gaat vooral om "
               "leerlingen met dyslexie, met een taalachterstand en met concentratieproblemen. Zes leerlingen "
               "hebben een ontwikkelingsperspectief (OPP). Afgelopen schooljaar zijn twee leerlingen verwezen naar "
               "het speciaal basisonderwijs en is één leerling vanuit het sbo bij ons ingestroomd."),
         H1("3 Basisondersteuning op De Vlonder"),
         ("p", "De basisondersteuning op onze school bestaat uit: handelingsgericht werken met groepsplannen, "
               "drie groepsbesprekingen per jaar, een leerlingvolgsysteem, het dyslexieprotocol, de Kanjertraining "
               "in alle groepen, verlengde instructie en een plusgroep voor meer- en hoogbegaafde leerlingen op "
               "donderdagmiddag. Onze leerkrachten volgen dit jaar een scholing over executieve functies."),
         H1("4 Zorgniveaus en groepsbesprekingen"),
         ("p", "Wij werken met vijf zorgniveaus. Niveau 1: goed lesgeven in de groep. Niveau 2: extra instructie "
               "door de leerkracht. Niveau 3: specifieke interventies na overleg met de intern begeleider. Niveau 4: "
               "inzet van externe expertise, bijvoorbeeld de orthopedagoog van het samenwerkingsverband. Niveau 5: "
               "verwijzing naar het speciaal (basis)onderwijs. In de groepsbespreking in oktober, februari en juni "
               "bespreekt de leerkracht met de intern begeleider alle leerlingen; leerlingen op niveau 3 of hoger "
               "worden in het leerlingdossier geregistreerd."),
         H1("5 Extra ondersteuning en arrangementen"),
         ("p", "Als de basisondersteuning niet voldoende is, vraagt de intern begeleider een arrangement aan bij het "
               "samenwerkingsverband. Vorig jaar kregen vier leerlingen een arrangement: twee voor gedrag (begeleiding "
               "door een ambulant begeleider), één voor een ernstige taalontwikkelingsstoornis en één voor een "
               "leerling met een fysieke beperking. Ouders worden bij iedere aanvraag betrokken en tekenen het "
               "ontwikkelingsperspectief."),
         H1("6 Verwijzing naar sbo of so"),
         ("p", "Wanneer wij een leerling ook met een arrangement niet kunnen bieden wat nodig is, bespreken wij met "
               "ouders een verwijzing. Onze intern begeleider stelt dan samen met ouders het groeidocument op en "
               "ons bestuur vraagt bij het samenwerkingsverband een toelaatbaarheidsverklaring (TLV) aan. Het "
               "samenwerkingsverband beslist; de termijnen en criteria staan in het handboek van het "
               "samenwerkingsverband. Wij begeleiden ouders tijdens dit traject en zorgen voor een warme overdracht."),
         ("p", "Komt een leerling vanuit het sbo of so terug naar onze school, dan plannen wij vooraf een "
               "kennismaking, krijgt de leerling een maatje in de groep en evalueren wij na zes weken met ouders."),
         H1("7 Ouders"),
         ("p", "Ouders zijn onze belangrijkste partners. Zij worden uitgenodigd voor de groepsbesprekingen die hun "
               "kind betreffen en ontvangen dit ondersteuningsplan via de schoolapp. Heeft u een klacht, dan kunt u "
               "terecht bij de leerkracht, de directeur of de vertrouwenspersoon van ons bestuur. Voor "
               "onafhankelijk advies kunt u contact opnemen met het Ouder- en Jeugdsteunpunt Heuvelland."),
         H1("8 Ons ondersteuningsbudget"),
         ("p", "Onze school ontvangt via ons bestuur een budget van het samenwerkingsverband van ongeveer € 30.000 "
               "per jaar. Wij besteden dit aan de onderwijsassistenten (€ 21.000), de plusgroep (€ 4.000) en "
               "scholing van het team (€ 5.000). Wij verantwoorden de besteding aan ons bestuur."),
         H1("9 Evaluatie en resultaten"),
         ("p", "In juni evalueren wij dit plan in het team. Onze doelen voor 2025-2026: alle leerlingen met een "
               "OPP halen ten minste 80% van hun tussendoelen, en het aantal leerlingen met een leesachterstand in "
               "groep 4 daalt van negen naar vijf. De resultaten bespreken wij met de MR en nemen wij op in het "
               "jaarverslag van de school."),
         ]
    notes = {"document": "School-level ondersteuningsplan/SOP of one basisschool (zorgniveaus, groepsbesprekingen, MR advice, "
                         "own school budget); it refers to the samenwerkingsverband but is not the SWV's ondersteuningsplan "
                         "(no OPR, no OOGO, no planperiode of a verband)."}
    return "nearmiss-devlonder-schoolplan-2025", B, notes


def words(blocks):
    n = 0
    for b in blocks:
        if b[0] in ("p", "title", "sub", "h1", "h2"):
            n += len(b[1].split())
        elif b[0] in ("ul", "toc"):
            n += sum(len(x.split()) for x in b[1])
        elif b[0] == "table":
            n += sum(len(str(c).split()) for r in b[1] for c in r)
    return n


def main():
    specs = [(plan1, "docx"), (plan2, "pdf"), (plan3, "docx"), (plan4, "pdf"), (plan5, "md")]
    for fn, fmt in specs:
        name, blocks, sector, crit, adv, notes = fn()
        blocks = flatten(blocks)
        header = "%s | Ondersteuningsplan 2026-2030" % name
        fname = name + "." + fmt
        if fmt == "docx":
            write_docx(blocks, OUT / fname, header)
        elif fmt == "pdf":
            docx_to_pdf(blocks, OUT / fname, header)
        else:
            write_md(blocks, OUT / fname)
        elems = {e: status_from(crit, e, adv) for e in
                 ["basisondersteuning", "plaatsing", "terugstroom", "financien", "dekkend-aanbod", "resultaten", "ouders"]}
        write_yaml(name, [fname], sector, elems, crit, adv, notes)
        print("%-45s %5d words  %s" % (fname, words(blocks), elems))
    name, blocks, notes = nearmiss()
    blocks = flatten(blocks)
    write_html(blocks, OUT / (name + ".html"), blocks[0][1])
    write_yaml(name, [name + ".html"], "po", {}, {}, {}, notes, looks=False)
    print("%-45s %5d words" % (name + ".html", words(blocks)))


if __name__ == "__main__":
    main()
