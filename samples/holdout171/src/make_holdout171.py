#!/usr/bin/env python3
"""Generate holdout set 171: five fictional ondersteuningsplannen (PO/VO) and one near-miss
document (OPR-jaarverslag), plus their .expected.yaml labels.

Deterministic, no network. Output goes to the folder above this script's folder.
PDFs are rendered from .docx with LibreOffice (soffice --headless) in a private temp dir.
"""
import random
import shutil
import subprocess
import tempfile
from pathlib import Path

import yaml
from docx import Document
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

OUT = Path(__file__).resolve().parent.parent

# --------------------------------------------------------------------------------------
# Neutral filler: sentences that mention element words in passing but address no criterion.
# --------------------------------------------------------------------------------------
ACTORS = ["Het algemeen bestuur", "De directeur-bestuurder", "Het bureau van het samenwerkingsverband",
          "De stuurgroep van schoolleiders", "Het netwerk van intern begeleiders", "De raad van toezicht",
          "De werkgroep professionalisering", "Het managementoverleg", "De beleidsmedewerker",
          "Het directeurenoverleg", "De controller", "De functionaris gegevensbescherming"]
VERBS = ["bespreekt", "agendeert", "evalueert in gesprek met de besturen", "bereidt voor",
         "stemt af met de schoolbesturen", "legt vast in de vergadercyclus", "werkt samen aan",
         "houdt de voortgang bij van", "organiseert twee bijeenkomsten over", "verkent"]
TOPICS = ["de vergaderstructuur van het verband", "de scholingsagenda voor intern begeleiders",
          "de samenwerking met de pabo en de lerarenopleidingen", "het gebruik van digitale overdrachtsdossiers",
          "de huisvesting van het bureau", "de inrichting van het privacyregister",
          "de jaarplanning van de overleggen", "de rol van het samenwerkingsverband als lerende organisatie",
          "de communicatie met schoolleiders", "de inzet van de website als kennisbank voor professionals",
          "de ontwikkeling van een gezamenlijke taal", "de afstemming van de bestuurlijke kalender",
          "de verdere professionalisering van het bureau", "de kennisdeling tussen scholen",
          "de onboarding van nieuwe directeuren", "de inrichting van de bestuurskamer",
          "de doorontwikkeling van het handelingsgericht werken", "de vervangingsproblematiek in de regio",
          "de uitwisseling van goede voorbeelden", "de afspraken over archivering"]
TIMES = ["in het eerste jaar van de planperiode", "jaarlijks in het voorjaar", "in de komende jaren",
         "gedurende de hele planperiode", "na de zomervakantie", "in het schooljaar 2026-2027",
         "op verzoek van de besturen", "binnen de bestaande overlegstructuur"]
GENERIC = [
    "Passend onderwijs is geen doel op zich, maar een middel om kinderen en jongeren tot hun recht te laten komen.",
    "Wij geloven in de kracht van de leerkracht en in de professionele ruimte van scholen.",
    "Ouders zijn voor ons belangrijke partners, maar de uitvoering van passend onderwijs ligt primair bij de scholen.",
    "De afgelopen periode heeft laten zien dat samenwerking tussen besturen tijd en vertrouwen vraagt.",
    "Het lerarentekort raakt ook onze scholen en vraagt om creatieve oplossingen.",
    "De middelen die het verband ontvangt, zijn publiek geld en vragen om zorgvuldige keuzes.",
    "Een arrangement is nooit een doel op zich; het gaat om wat een leerling nodig heeft.",
    "Over toelaatbaarheid en plaatsing wordt in de regio soms verschillend gedacht; dat gesprek blijven wij voeren.",
    "De resultaten van het gesprek met de besturen zijn meegenomen in de keuzes van dit plan.",
    "Wij hechten aan korte lijnen en een bureau dat dienstbaar is aan de scholen.",
    "De regio kent grote verschillen tussen stad en platteland, en tussen kleine en grote scholen.",
    "Veel scholen hebben te maken met een toenemende diversiteit in hun leerlingpopulatie.",
    "Het samenwerkingsverband is een netwerkorganisatie: de kracht zit in de verbinding tussen de partners.",
    "Digitalisering biedt kansen, maar vraagt ook om zorgvuldigheid rond privacy en informatiebeveiliging.",
    "De ondersteuningsplanraad is een kritische en betrokken gesprekspartner gebleken.",
    "Wij willen ons niet verliezen in procedures; de bedoeling staat voorop.",
    "Schoolbesturen blijven verantwoordelijk voor de kwaliteit van het onderwijs op hun scholen.",
    "Het bureau werkt vanuit de waarden nabijheid, vertrouwen en eigenaarschap.",
    "Wij sluiten aan bij de landelijke ontwikkelingen rond inclusiever onderwijs.",
    "Het plan is geschreven voor professionals, bestuurders en iedereen die betrokken is bij het onderwijs in de regio.",
]


def filler(rng, n_par, sentences=(4, 6), extra=None):
    pool = list(GENERIC) + list(extra or [])
    pars = []
    for _ in range(n_par):
        k = rng.randint(*sentences)
        sents = []
        for _ in range(k):
            if rng.random() < 0.5:
                sents.append(rng.choice(pool))
            else:
                sents.append(f"{rng.choice(ACTORS)} {rng.choice(VERBS)} {rng.choice(TOPICS)} {rng.choice(TIMES)}.")
        pars.append(("p", " ".join(sents)))
    return pars


# --------------------------------------------------------------------------------------
# Writers
# --------------------------------------------------------------------------------------
def _field(run, instr):
    b = OxmlElement("w:fldChar"); b.set(qn("w:fldCharType"), "begin")
    t = OxmlElement("w:instrText"); t.set(qn("xml:space"), "preserve"); t.text = instr
    s = OxmlElement("w:fldChar"); s.set(qn("w:fldCharType"), "separate")
    v = OxmlElement("w:t"); v.text = "1"
    e = OxmlElement("w:fldChar"); e.set(qn("w:fldCharType"), "end")
    for el in (b, t, s, v, e):
        run._r.append(el)


def write_docx(blocks, path, header=None, footer=None, page_numbers=False, font_size=11, spacing=1.15):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(font_size)
    st.paragraph_format.line_spacing = spacing
    st.paragraph_format.space_after = Pt(6)
    sec = doc.sections[0]
    if header:
        sec.header.paragraphs[0].text = header
    if footer or page_numbers:
        fp = sec.footer.paragraphs[0]
        if footer:
            fp.add_run(footer + "    ")
        if page_numbers:
            fp.add_run("Pagina ")
            _field(fp.add_run(), "PAGE")
            fp.add_run(" van ")
            _field(fp.add_run(), "NUMPAGES")
    for b in blocks:
        kind = b[0]
        if kind == "title":
            doc.add_heading(b[1], level=0)
        elif kind == "h1":
            doc.add_heading(b[1], level=1)
        elif kind == "h2":
            doc.add_heading(b[1], level=2)
        elif kind == "h3":
            doc.add_heading(b[1], level=3)
        elif kind == "p":
            doc.add_paragraph(b[1])
        elif kind == "bullets":
            for item in b[1]:
                doc.add_paragraph(item, style="List Bullet")
        elif kind == "numbered":
            for item in b[1]:
                doc.add_paragraph(item, style="List Number")
        elif kind == "table":
            rows = b[1]
            t = doc.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    t.cell(i, j).text = str(c)
            doc.add_paragraph("")
        elif kind == "pagebreak":
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        else:
            raise ValueError(kind)
    doc.save(str(path))


def write_html(blocks, path, title):
    import html
    out = ["<!DOCTYPE html>", "<html lang=\"nl\"><head><meta charset=\"utf-8\">",
           f"<title>{html.escape(title)}</title></head><body>",
           "<header><nav>Home | Over ons | Ondersteuningsplan | Ouders | Contact</nav></header><main>"]
    for b in blocks:
        kind = b[0]
        if kind == "title":
            out.append(f"<h1>{html.escape(b[1])}</h1>")
        elif kind in ("h1", "h2", "h3"):
            lvl = {"h1": 2, "h2": 3, "h3": 4}[kind]
            out.append(f"<h{lvl}>{html.escape(b[1])}</h{lvl}>")
        elif kind == "p":
            out.append(f"<p>{html.escape(b[1])}</p>")
        elif kind in ("bullets", "numbered"):
            tag = "ul" if kind == "bullets" else "ol"
            out.append(f"<{tag}>" + "".join(f"<li>{html.escape(i)}</li>" for i in b[1]) + f"</{tag}>")
        elif kind == "table":
            rows = b[1]
            s = "<table border=\"1\"><thead><tr>" + "".join(f"<th>{html.escape(str(c))}</th>" for c in rows[0])
            s += "</tr></thead><tbody>"
            for r in rows[1:]:
                s += "<tr>" + "".join(f"<td>{html.escape(str(c))}</td>" for c in r) + "</tr>"
            out.append(s + "</tbody></table>")
        elif kind == "pagebreak":
            pass
    out.append("</main><footer><p>&copy; 2026 Samenwerkingsverband Zeeklei PO &middot; Privacyverklaring &middot; "
               "Cookiebeleid &middot; Toegankelijkheid</p></footer></body></html>")
    Path(path).write_text("\n".join(out), encoding="utf-8")


def docx_to_pdf(blocks, pdf_path, **kw):
    tmp = Path(tempfile.mkdtemp(prefix="holdout171_render_"))
    try:
        src = tmp / (Path(pdf_path).stem + ".docx")
        write_docx(blocks, src, **kw)
        subprocess.run(["soffice", f"-env:UserInstallation=file://{tmp}/lo_profile", "--headless",
                        "--convert-to", "pdf", "--outdir", str(tmp), str(src)],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
        shutil.copyfile(tmp / (Path(pdf_path).stem + ".pdf"), pdf_path)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def toc(entries):
    return [("h1", "Inhoudsopgave")] + [("p", e) for e in entries] + [("pagebreak",)]


CORE = ["basisondersteuning.niveau", "basisondersteuning.inhoud", "plaatsing.procedure", "plaatsing.criteria",
        "terugstroom.procedure", "terugstroom.beleid", "financien.verdeling", "financien.besteding",
        "dekkend-aanbod.continuum", "dekkend-aanbod.lacunes", "resultaten.doelen", "resultaten.monitoring",
        "ouders.informatie", "ouders.steunpunt"]
ELEMENTS = ["basisondersteuning", "plaatsing", "terugstroom", "financien", "dekkend-aanbod", "resultaten", "ouders"]


def status_from(criteria, advisory):
    out = {}
    for el in ELEMENTS:
        vals = [criteria[c] for c in CORE if c.startswith(el + ".")]
        if all(vals):
            out[el] = "present"
        elif any(vals) or advisory.get(el):
            out[el] = "partial"
        else:
            out[el] = "missing"
    return out


def write_label(name, documents, sector, criteria, advisory, notes):
    assert set(criteria) == set(CORE)
    elements = status_from(criteria, advisory)
    data = {"documents": documents, "sector": sector, "looks_like_plan": True,
            "elements": elements, "criteria": {c: criteria[c] for c in CORE},
            "advisory_addressed": {k: v for k, v in advisory.items() if v}, "notes": notes}
    (OUT / f"{name}.expected.yaml").write_text(
        yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=200), encoding="utf-8")


def glossary(extra=()):
    rows = [["Begrip", "Omschrijving"],
            ["Basisondersteuning", "Het geheel van preventieve en licht curatieve interventies binnen de onderwijsstructuur van de school."],
            ["Arrangement", "Een samenhangend geheel van ondersteuning, afgestemd op de behoefte van een leerling."],
            ["Dekkend aanbod", "De situatie waarin voor iedere leerling een passende plek beschikbaar is."],
            ["OJSP", "Ouder- en jeugdsteunpunt."],
            ["OOGO", "Op overeenstemming gericht overleg tussen samenwerkingsverband en gemeenten."],
            ["OPR", "Ondersteuningsplanraad."],
            ["Terugplaatsing", "De overstap van een leerling uit het speciaal (basis)onderwijs naar het regulier onderwijs."],
            ["Thuiszitter", "Een leerplichtige leerling die zonder geldige reden niet naar school gaat."],
            ["TLV", "Toelaatbaarheidsverklaring."],
            ["Verdeelmodel", "Het model waarmee ondersteuningsmiddelen worden toegekend."],
            ["Meerjarenbegroting", "Begroting die meerdere kalenderjaren omvat."],
            ["Onderwijsconsulent", "Onafhankelijk adviseur voor ouders bij problemen rond passend onderwijs."]]
    rows += [list(r) for r in extra]
    return [("h1", "Begrippenlijst"), ("table", rows)]


# ======================================================================================
# Plan 1: PO, .docx — SWV Dommeldal
# B present, P partial (criteria deferred), T present (hidden in TLV chapter), F present
# ("Geld en middelen"), D missing, R partial (doelen deferred), O present (in "Communicatie").
# ======================================================================================
def plan1():
    rng = random.Random(1711)
    n = "SWV Dommeldal"
    B = [("title", "Ondersteuningsplan 2026-2030"),
         ("p", "Samenwerkingsverband Passend Primair Onderwijs Dommeldal (PO 31-17)"),
         ("p", "Vastgesteld door het algemeen bestuur op 24 maart 2026 · instemming OPR 17 maart 2026"),
         ("pagebreak",)]
    B += toc(["Voorwoord", "1 Wie zijn wij", "2 Visie en missie", "3 Basisondersteuning op al onze scholen",
              "4 Extra ondersteuning, dekkend aanbod en thuiszitters",
              "5 Toelaatbaarheid tot sbo en so", "6 Geld en middelen", "7 Kwaliteit en resultaten",
              "8 Communicatie", "9 Governance, OPR en OOGO", "10 Personeel en professionalisering",
              "11 Planning", "Begrippenlijst"])
    B += [("h1", "Voorwoord"),
          ("p", f"Voor u ligt het ondersteuningsplan 2026-2030 van {n}. Het is het derde plan sinds de invoering van "
                "passend onderwijs en het eerste dat wij schrijven na de afronding van de verbeteraanpak.")]
    B += filler(rng, 3)
    B += [("h1", "1 Wie zijn wij"),
          ("p", f"{n} omvat 62 basisscholen, 3 scholen voor speciaal basisonderwijs en 2 so-locaties van cluster 3 "
                "en 4, verdeeld over 11 schoolbesturen in vijf gemeenten. Op 1 oktober 2025 telden de scholen samen "
                "14.380 leerlingen. Het verband is een stichting met een directeur-bestuurder en een raad van toezicht.")]
    B += filler(rng, 4)
    B += [("h1", "2 Visie en missie"),
          ("p", "Onze missie: ieder kind in Dommeldal gaat met plezier naar een school die past, zo dicht mogelijk bij huis. "
                "Wij zien ondersteuning als iets dat in de klas begint en willen dat scholen elkaar versterken.")]
    B += filler(rng, 5)
    # --- basisondersteuning: present
    B += [("h1", "3 Basisondersteuning op al onze scholen"),
          ("p", "Basisondersteuning is in Dommeldal het niveau van ondersteuning dat alle elf besturen samen hebben afgesproken "
                "en dat iedere vestiging, zonder aanvraag bij het samenwerkingsverband, minimaal biedt. Geen school mag "
                "hieronder zakken; een school mag wel meer bieden en beschrijft dat in haar schoolondersteuningsprofiel."),
          ("p", "Concreet betekent dit dat ouders op elke school van het verband het volgende kunnen verwachten:"),
          ("bullets", ["een intern begeleider met ten minste 0,4 fte per 200 leerlingen;",
                       "handelingsgericht werken met groepsoverzichten en minimaal drie groepsbesprekingen per jaar;",
                       "een dyslexie- en dyscalculieprotocol volgens de landelijke protocollen, inclusief signalering vanaf groep 2;",
                       "een aanbod voor meer- en hoogbegaafde leerlingen binnen de groep (compacten en verrijken);",
                       "een anti-pestprogramma en een jaarlijkse monitoring van sociale veiligheid;",
                       "een ontwikkelingsperspectief (OPP) voor elke leerling die een eigen leerlijn volgt;",
                       "een ondersteuningsteam (OT) waarin de school met ouders, de schoolmaatschappelijk werker en een "
                       "orthopedagoog van het verband een leerling bespreekt, minstens zes keer per jaar beschikbaar;",
                       "afspraken over medische handelingen en over de overdracht naar het voortgezet onderwijs."]),
          ("p", "Het bureau bezoekt iedere school eens in de twee jaar voor een gesprek aan de hand van de kwaliteitskaart "
                "basisondersteuning; wanneer een school op onderdelen niet voldoet, maakt het bestuur binnen drie maanden "
                "een verbeterplan.")]
    B += filler(rng, 2)
    # --- dekkend aanbod: missing (only deferral + passing mention)
    B += [("h1", "4 Extra ondersteuning, dekkend aanbod en thuiszitters"),
          ("p", "Dit hoofdstuk is in deze versie van het plan nog niet uitgewerkt. Het algemeen bestuur heeft besloten "
                "eerst de evaluatie van het huidige aanbod af te ronden; de uitkomsten daarvan en de daaruit volgende keuzes "
                "over arrangementen en over leerlingen die thuiszitten, worden als voortgangsparagraaf aan dit plan toegevoegd "
                "zodra de OPR daarmee heeft ingestemd."),
          ("p", "In de tussentijd blijven de bestaande afspraken van kracht.")]
    B += filler(rng, 1)
    # --- plaatsing: procedure yes, criteria deferred; terugstroom hidden here
    B += [("h1", "5 Toelaatbaarheid tot sbo en so"),
          ("h2", "5.1 De aanvraag"),
          ("p", "Een toelaatbaarheidsverklaring (TLV) voor het speciaal basisonderwijs of het speciaal onderwijs wordt altijd "
                "aangevraagd door het bevoegd gezag van de school waar de leerling staat ingeschreven, na een gesprek in het "
                "ondersteuningsteam waarin ouders aanwezig zijn. Het verloop is als volgt:"),
          ("numbered", ["De school dient via het digitale loket het groeidocument in, met het OPP en het verslag van het OT.",
                        "De Commissie Toelaatbaarheid (CTO) van het verband controleert binnen vijf werkdagen of het dossier compleet is.",
                        "Twee deskundigen geven ieder afzonderlijk een schriftelijk advies: altijd een orthopedagoog of psycholoog, "
                        "en daarnaast, afhankelijk van de leerling, een maatschappelijk werker, kinderpsychiater of arts. "
                        "Geen van beiden is bij de aanvraag betrokken geweest.",
                        "De directeur-bestuurder besluit namens het verband binnen zes weken na ontvangst van het complete dossier.",
                        "Ouders en school ontvangen het besluit schriftelijk, met een kopie van beide adviezen."]),
          ("p", "Een TLV so wordt afgegeven voor bekostigingscategorie laag, midden of hoog en heeft een looptijd van "
                "één, twee of vier schooljaren; een TLV sbo geldt in beginsel twee schooljaren."),
          ("h2", "5.2 Beoordeling"),
          ("p", "Het toetsingskader waarmee de CTO beoordeelt of een leerling toelaatbaar is, wordt op dit moment door een "
                "werkgroep van orthopedagogen herschreven. Het nieuwe kader wordt na advies van de OPR in het najaar van 2026 "
                "door het bestuur vastgesteld en daarna als bijlage bij dit plan gevoegd."),
          ("h2", "5.3 Bezwaar"),
          ("p", "Ouders of het schoolbestuur die het niet eens zijn met een besluit, kunnen binnen zes weken bezwaar maken bij "
                "het samenwerkingsverband. Het verband vraagt advies aan de Landelijke Bezwaaradviescommissie "
                "Toelaatbaarheidsverklaringen en beslist daarna op het bezwaar."),
          ("h2", "5.4 Aflopen van de TLV en de weg terug"),
          ("p", "Wij willen dat het verblijf in het sbo of so niet langer duurt dan voor het kind nodig is. Terugkeer naar een "
                "basisschool is daarom steeds het uitgangspunt wanneer de ontwikkeling van het kind dat toelaat, zolang de "
                "basisschool de benodigde ondersteuning kan bieden. Na terugkeer krijgt de "
                "ontvangende basisschool gedurende een jaar begeleiding van de ambulant begeleider die het kind al kent en "
                "een budget voor extra handen in de groep."),
          ("p", "In het laatste jaar van elke TLV bespreekt de sbo- of so-school tijdens de OPP-evaluatie in oktober met ouders "
                "of terugkeer mogelijk is. Is dat zo, dan neemt de sbo- of so-school het initiatief en zoekt zij samen met ouders "
                "een basisschool; uiterlijk 1 april vindt een overdrachtsgesprek plaats met de ontvangende school. De CTO "
                "beslist of in plaats daarvan een nieuwe TLV nodig is. Drie en negen maanden na de overstap evalueert het OT "
                "van de basisschool de plaatsing; daarmee eindigt de bemoeienis van het verband.")]
    B += filler(rng, 1)
    # --- financien present under "Geld en middelen"
    B += [("h1", "6 Geld en middelen"),
          ("p", "Het verband ontvangt de lichte en zware ondersteuningsmiddelen van het Rijk. Na aftrek van de kosten van "
                "sbo en so en het bureau gaat het overgrote deel naar de schoolbesturen. Wij verdelen volgens deze regels:"),
          ("bullets", ["schoolbesturen ontvangen per 1 januari een bedrag van € 142 per leerling op basis van de teldatum 1 oktober;",
                       "daarbovenop ontvangen besturen met een hoog gemiddeld schoolgewicht een toeslag van € 35 per leerling;",
                       "besturen met onevenredig hoge kosten kunnen een beroep doen op het solidariteitsbudget; het bureau "
                       "kent op aanvraag maximaal € 9.500 per leerling per schooljaar toe."]),
          ("table", [["Meerjarenbegroting (x € 1.000)", "2026", "2027", "2028", "2029"],
                     ["Baten ondersteuningsmiddelen", "11.420", "11.310", "11.190", "11.080"],
                     ["Afdracht so/sbo (inclusief groei)", "5.860", "5.790", "5.740", "5.700"],
                     ["Schoolbudgetten besturen", "3.140", "3.110", "3.080", "3.050"],
                     ["Solidariteitsbudget", "1.320", "1.310", "1.290", "1.270"],
                     ["Bureau en ondersteuningsteams", "980", "990", "1.000", "1.010"],
                     ["Resultaat", "120", "110", "80", "50"]]),
          ("p", "Besturen verantwoorden de besteding van hun schoolbudget jaarlijks voor 1 mei in een korte rapportage.")]
    # --- resultaten partial: monitoring yes, doelen deferred
    B += [("h1", "7 Kwaliteit en resultaten"),
          ("p", "De beoogde resultaten voor deze planperiode formuleren wij nadat in het schooljaar 2026-2027 een nulmeting is "
                "uitgevoerd. Tot die tijd houden wij vast aan de ambitie die in de visie is verwoord."),
          ("p", "Wel ligt vast hoe wij volgen wat er bereikt wordt. Het bureau verzamelt elk kwartaal de aantallen TLV's, "
                "arrangementen en verwijzingen per school en legt die in een dashboard naast de landelijke cijfers. Twee keer "
                "per jaar bespreekt de directeur-bestuurder deze managementrapportage met het algemeen bestuur en de OPR; in "
                "het voorjaar houden wij een tevredenheidspeiling onder ouders en intern begeleiders. De uitkomsten worden "
                "jaarlijks verantwoord in het bestuursverslag.")]
    B += filler(rng, 1)
    # --- ouders present under Communicatie (unusual wording)
    B += [("h1", "8 Communicatie"),
          ("p", "Het verband communiceert met scholen via de nieuwsbrief voor intern begeleiders en de maandelijkse directiemail."),
          ("p", "Voor vaders, moeders en verzorgers hebben wij de pagina 'Mijn kind heeft iets extra nodig' op onze website, met "
                "filmpjes en een brochure in vijf talen over wat iedere school biedt en welke vormen van extra ondersteuning er zijn. "
                "Elke school neemt een vaste paragraaf over de ondersteuning op in de schoolgids en bespreekt die op de "
                "informatieavond aan het begin van het schooljaar."),
          ("p", "Lopen gesprekken met school vast, dan kunnen vaders, moeders en verzorgers gratis terecht bij het Ouder- en "
                "Jeugdsteunpunt Dommeldal, dat los staat van schoolbesturen en verband, of bij de onderwijsconsulenten. Ook "
                "kunnen zij een klacht indienen bij de landelijke klachtencommissie waarbij alle besturen zijn aangesloten.")]
    B += filler(rng, 2)
    B += [("h1", "9 Governance, OPR en OOGO"),
          ("p", "Het op overeenstemming gericht overleg met de vijf gemeenten over dit plan vond plaats op 11 februari 2026. "
                "De ondersteuningsplanraad stemde op 17 maart 2026 in met het plan.")]
    B += filler(rng, 4)
    B += [("h1", "10 Personeel en professionalisering")]
    B += filler(rng, 4)
    B += [("h1", "11 Planning"),
          ("table", [["Jaar", "Activiteit"], ["2026", "Vaststelling toetsingskader, nulmeting"],
                     ["2027", "Voortgangsparagraaf"], ["2028", "Tussenevaluatie"], ["2029", "Voorbereiding nieuw plan"]])]
    B += filler(rng, 2)
    B += glossary()
    write_docx(B, OUT / "po-swv-dommeldal-op-2026-2030.docx", header=f"Ondersteuningsplan {n}",
               page_numbers=True)
    crit = dict.fromkeys(CORE, True)
    crit.update({"plaatsing.criteria": False, "dekkend-aanbod.continuum": False, "dekkend-aanbod.lacunes": False,
                 "resultaten.doelen": False})
    write_label("po-swv-dommeldal-op-2026-2030", ["po-swv-dommeldal-op-2026-2030.docx"], "po", crit,
                {"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
                 "financien": ["verantwoording"], "ouders": []},
                {"basisondersteuning": "H3: afgesproken minimumniveau per vestiging + concrete lijst voorzieningen; kwaliteitskaart-bezoek = borging.",
                 "plaatsing": "H5.1 procedure (loket, CTO, 2 deskundigen, besluit binnen 6 weken); H5.2 criteria uitgesteld (toetsingskader najaar 2026) -> criteria false.",
                 "terugstroom": "Verstopt in H5.4 binnen TLV-hoofdstuk: beleid (uitgangspunt, voorwaarde, begeleiding na terugkeer) en procedure (laatste TLV-jaar, initiatief, 1 april, CTO, evaluaties).",
                 "financien": "H6 'Geld en middelen': verdeelregels per leerling + meerjarenbegroting-tabel.",
                 "dekkend-aanbod": "H4 alleen uitstel ('nog niet uitgewerkt', voortgangsparagraaf); OOGO alleen als datum; thuiszitters/dekkend aanbod enkel in TOC/begrippenlijst.",
                 "resultaten": "H7: doelen uitgesteld tot na nulmeting; monitoring (kwartaaldashboard, rapportage, peiling, bestuursverslag) wel.",
                 "ouders": "H8 'Communicatie': website/brochure/schoolgids/informatieavond + OJSP, onderwijsconsulenten, klachtencommissie."})


# ======================================================================================
# Plan 2: VO, .docx — SWV Kustzone
# B partial (inhoud refers to absent annex), P present (vso+lwoo+pro), T partial (beleid deferred),
# F partial (besteding p.m.), D present, R present (only in table), O missing.
# ======================================================================================
def plan2():
    rng = random.Random(1712)
    n = "Samenwerkingsverband VO Kustzone"
    B = [("title", "Ondersteuningsplan 2026 – 2030"), ("p", f"{n} (VO 27-14)"),
         ("p", "Concept voor instemming OPR, versie 0.9 – februari 2026"), ("pagebreak",)]
    B += toc(["1 Inleiding", "2 Onze regio in cijfers", "3 Ambities", "4 Het ondersteuningscontinuüm",
              "4.1 Basisondersteuning", "4.2 Extra ondersteuning en OPDC", "4.3 Thuiszitters en zorgplicht",
              "5 Toewijzing: vso, lwoo en pro", "6 Terugplaatsing", "7 Financiën", "8 Resultaten",
              "9 Ouders en leerlingen", "10 Organisatie en medezeggenschap", "11 ICT en privacy", "12 Personeel en deskundigheid", "13 Planning", "Afkortingen"])
    B += [("h1", "1 Inleiding"),
          ("p", f"{n} verbindt 9 schoolbesturen met 21 vestigingen voor vmbo, havo, vwo, praktijkonderwijs en vso in de "
                "kustgemeenten. Dit plan beschrijft op hoofdlijnen hoe wij de komende vier jaar passend onderwijs vormgeven.")]
    B += filler(rng, 4)
    B += [("h1", "2 Onze regio in cijfers"),
          ("table", [["Kengetal (1-10-2025)", "Aantal"], ["Leerlingen regulier vo", "11.240"], ["Leerlingen vso", "412"],
                     ["Leerlingen pro", "386"], ["Leerlingen met lwoo-indicatie", "1.018"], ["Vestigingen", "21"]])]
    B += filler(rng, 3)
    B += [("h1", "3 Ambities")]
    B += filler(rng, 4)
    B += [("h1", "4 Het ondersteuningscontinuüm"),
          ("h2", "4.1 Basisondersteuning"),
          ("p", "Onder basisondersteuning verstaan de besturen van Kustzone het gezamenlijk vastgestelde minimum dat elke "
                "vestiging van elke school in de regio waarmaakt, ongeacht schoolsoort. De besturen hebben zich verplicht dit "
                "niveau uiterlijk 1 augustus 2027 op alle vestigingen te bereiken."),
          ("p", "Welke voorzieningen en deskundigheid daar precies onder vallen, is uitgewerkt in de Kwaliteitskaart "
                "Basisondersteuning VO (bijlage 2), die gelijktijdig met dit plan als afzonderlijke publicatie verschijnt. "
                "Het bureau toetst elke vestiging eens per twee jaar aan die kaart."),
          ("h2", "4.2 Extra ondersteuning en OPDC"),
          ("p", "Boven op de basisondersteuning kent Kustzone drie niveaus. Niveau 2 is extra ondersteuning binnen de eigen "
                "school, zoals een trajectvoorziening of een Topklas, bekostigd uit het schoolbudget. Niveau 3 zijn de "
                "bovenschoolse arrangementen: het OPDC De Duinrand (tijdelijke plaatsing van 12 tot 26 weken, daarna terug naar "
                "de eigen school), de Rebound en het onderwijs-zorgarrangement Kompas met de jeugdhulpaanbieder. Niveau 4 is "
                "het voortgezet speciaal onderwijs van de twee vso-scholen in de regio. Scholen kunnen tussen de niveaus "
                "schakelen zonder dat een leerling de school hoeft te verlaten."),
          ("h2", "4.3 Thuiszitters en zorgplicht"),
          ("p", "Elke vestiging meldt een leerling die langer dan vier weken niet of nauwelijks naar school gaat binnen vijf "
                "werkdagen bij het Thuiszittersoverleg, waarin verband, leerplicht en de jeugdteams wekelijks zitten. Voor elke "
                "gemelde leerling wordt binnen twintig werkdagen een plan met een terugkeerdatum gemaakt. Twee keer per jaar "
                "analyseren wij welke leerlingen geen passende plek vonden en welk aanbod ontbreekt; die analyse leidde in 2025 "
                "tot de start van een kleinschalige havo-vwo-groep voor leerlingen met autisme. Bij zorgplicht-vragen waarin "
                "scholen er onderling niet uitkomen, wijst de directeur-bestuurder binnen tien werkdagen een school aan.")]
    B += filler(rng, 2)
    B += [("h1", "5 Toewijzing: vso, lwoo en pro"),
          ("h2", "5.1 Toelaatbaarheid vso"),
          ("p", "De school van inschrijving vraagt de TLV aan bij de Toewijzingscommissie van Kustzone. Bij de aanvraag horen "
                "het OPP, een handelingsdeel van minstens zes maanden en het verslag van een multidisciplinair overleg. De "
                "commissie winnt het advies in van twee onafhankelijke deskundigen, onder wie een orthopedagoog-generalist, "
                "en de directeur-bestuurder beslist binnen zes weken. Een TLV vso geldt twee schooljaren in categorie laag, "
                "tenzij anders gemotiveerd."),
          ("p", "Een leerling is toelaatbaar tot het vso wanneer (a) de ondersteuningsbehoefte blijvend groter is dan een "
                "reguliere vestiging met niveau 3-arrangementen kan bieden, (b) de school aantoonbaar minstens één arrangement "
                "heeft ingezet en geëvalueerd, en (c) de deskundigen bevestigen dat een vso-setting noodzakelijk is voor de "
                "ontwikkeling van de leerling."),
          ("h2", "5.2 Lwoo en praktijkonderwijs"),
          ("p", "Kustzone hanteert voor lwoo en pro de landelijke criteria (IQ, leerachterstanden en sociaal-emotionele "
                "problematiek). De basisschool levert voor 1 februari het onderwijskundig rapport en de testgegevens aan; de "
                "commissie besluit voor 15 april, zodat ouders tijdig kunnen aanmelden. Een lwoo-aanwijzing geldt voor de "
                "gehele schoolloopbaan."),
          ("p", "Bezwaar tegen een besluit loopt via de Landelijke Bezwaaradviescommissie; ouders hebben daarvoor zes weken.")]
    B += filler(rng, 1)
    B += [("h1", "6 Terugplaatsing"),
          ("p", "In het laatste jaar van de TLV bespreekt de vso-school bij de OPP-evaluatie in november of de leerling kan "
                "overstappen naar het regulier vo. Is dat het geval, dan meldt de vso-school dit voor 1 februari bij de "
                "Toewijzingscommissie, die een overstapoverleg organiseert met ouders, leerling, vso-school en de beoogde "
                "vo-school. De vo-school besluit voor 1 april over inschrijving. Loopt de TLV af zonder dat een overstap "
                "mogelijk is, dan vraagt de vso-school tijdig een nieuwe TLV aan. Na de overstap evalueert de vo-school na "
                "zes weken en na een half jaar."),
          ("p", "De beleidsmatige uitgangspunten voor terugplaatsing – welke ambitie wij hebben en welke steun een vo-school "
                "daarbij krijgt – stellen wij in de loop van 2026-2027 samen met de vso-scholen op."),
          ("p", "In het schooljaar 2024-2025 maakten 11 leerlingen de overstap van vso naar regulier vo.")]
    B += [("h1", "7 Financiën"),
          ("p", "Kustzone verdeelt de ondersteuningsmiddelen via een schoolbudget: iedere vestiging ontvangt € 165 per "
                "ingeschreven leerling (teldatum 1 oktober) en € 420 per leerling met een lwoo-aanwijzing. Het OPDC en de "
                "bovenschoolse arrangementen worden rechtstreeks door het verband bekostigd. Een vestiging die meer dan "
                "4% van haar leerlingen een niveau 3-arrangement laat volgen, draagt per leerling € 1.500 bij."),
          ("p", "De meerjarenbegroting 2026-2030 wordt in december 2026 door het algemeen bestuur vastgesteld en vormt geen "
                "onderdeel van dit plan. Bedragen per post: p.m.")]
    B += [("h1", "8 Resultaten"),
          ("p", "Onderstaande tabel is leidend voor de planperiode."),
          ("table", [["Beoogd resultaat", "Streefwaarde 2030", "Hoe gemeten", "Wanneer en aan wie gerapporteerd"],
                     ["Leerlingen met extra ondersteuning halen een diploma of startkwalificatie", "85% (2025: 79%)",
                      "DUO-gegevens per vestiging", "Jaarlijks in juni, bestuur en OPR"],
                     ["Minder langdurig verzuim", "max. 15 thuiszitters op peildatum", "Registratie leerplicht",
                      "Elk kwartaal, managementrapportage"],
                     ["OPDC-leerlingen keren terug naar de eigen school", "90% binnen 26 weken", "Trajectregistratie OPDC",
                      "Halfjaarlijks, directeurenoverleg"],
                     ["Doorlooptijd TLV-besluit", "100% binnen 6 weken", "Registratiesysteem commissie",
                      "Jaarverslag"]])]
    B += filler(rng, 1)
    B += [("h1", "9 Ouders en leerlingen")]
    B += [("p", "Dit hoofdstuk wordt na de consultatieronde in het voorjaar van 2026 aangevuld.")]
    B += filler(rng, 1)
    B += [("h1", "10 Organisatie en medezeggenschap"),
          ("p", "De ondersteuningsplanraad heeft op 3 maart 2026 ingestemd. Het OOGO met de zes gemeenten is op 29 januari "
                "2026 afgerond.")]
    B += filler(rng, 5)
    B += [("h1", "11 ICT en privacy")]
    B += filler(rng, 4)
    B += [("h1", "12 Personeel en deskundigheid")]
    B += filler(rng, 5)
    B += [("h1", "13 Planning")]
    B += filler(rng, 4)
    B += [("h1", "Afkortingen"),
          ("table", [["Afkorting", "Betekenis"], ["lwoo", "leerwegondersteunend onderwijs"], ["OJSP", "ouder- en jeugdsteunpunt"],
                     ["OPDC", "orthopedagogisch-didactisch centrum"], ["OPP", "ontwikkelingsperspectiefplan"],
                     ["pro", "praktijkonderwijs"], ["SOP", "schoolondersteuningsprofiel"], ["TLV", "toelaatbaarheidsverklaring"],
                     ["vso", "voortgezet speciaal onderwijs"]])]
    write_docx(B, OUT / "vo-swv-kustzone-op-2026-2030.docx", header="SWV VO Kustzone – Ondersteuningsplan (concept)")
    crit = dict.fromkeys(CORE, True)
    crit.update({"basisondersteuning.inhoud": False, "terugstroom.beleid": False, "financien.besteding": False,
                 "ouders.informatie": False, "ouders.steunpunt": False})
    write_label("vo-swv-kustzone-op-2026-2030", ["vo-swv-kustzone-op-2026-2030.docx"], "vo", crit,
                {"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
                 "terugstroom": ["monitoring"], "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"]},
                {"basisondersteuning": "4.1 definieert niveau; inhoud alleen via afwezige bijlage 2 (Kwaliteitskaart) -> inhoud false.",
                 "plaatsing": "H5 'Toewijzing': vso-procedure + criteria (a-c), lwoo/pro landelijke criteria en termijnen.",
                 "terugstroom": "H6: procedure (laatste TLV-jaar, 1 feb/1 april, evaluaties) wel; beleid uitgesteld ('in de loop van 2026-2027').",
                 "financien": "H7: verdeelregels per leerling wel; meerjarenbegroting niet in plan, bedragen p.m.",
                 "dekkend-aanbod": "4.2 niveaus 2-4 + 4.3 thuiszittersoverleg en gap-analyse.",
                 "resultaten": "H8: doelen en monitoring alleen in tabel (streefwaarde, meetmethode, rapportage).",
                 "ouders": "H9 alleen uitstel ('wordt aangevuld'); OJSP alleen in afkortingenlijst."})


# ======================================================================================
# Plan 3: PO, long PDF (50+ pages) — SWV Veenland
# B present, P missing (handbook reference), T partial (beleid only), F present, D present,
# R partial (monitoring deferred), O partial (steunpunt deferred).
# ======================================================================================
def plan3():
    rng = random.Random(1713)
    n = "Samenwerkingsverband Passend Onderwijs Veenland PO"
    schools = []
    first = ["De Regenboog", "Het Kompas", "De Wegwijzer", "Sint Jozef", "De Klimop", "Het Baken", "De Zevensprong",
             "Prins Willem-Alexander", "De Veenhorst", "Het Palet", "De Vlinderhof", "Wilhelminaschool", "De Linde",
             "Het Turfschip", "De Boomgaard", "De Springplank", "Koningin Julianaschool", "De Horizon", "Het Vlot",
             "De Fontein", "De Bron", "Sint Maarten", "De Meander", "De Petteflet", "Het Startpunt"]
    places = ["Veenwouden", "Turfdijk", "Oosterveen", "Nieuw-Moer", "Hoogeland", "Smilde-Oost", "Vennebroek"]
    boards = ["Stichting Primus", "Veenland Onderwijs", "Stichting Katholiek Onderwijs Veen", "VCO De Hoeksteen",
              "Openbaar Onderwijs Turfdijk", "Stichting Lauwerkring"]
    for i in range(75):
        schools.append([f"{first[i % len(first)]}{'' if i < len(first) else ' ' + places[i % len(places)]}",
                        places[(i * 3) % len(places)], boards[(i * 5) % len(boards)], str(80 + (i * 37) % 390)])
    B = [("title", "Ondersteuningsplan 2026-2030"), ("p", n + " (PO 22-19)"),
         ("p", "Samen verder met passend onderwijs in Veenland"),
         ("p", "Vastgesteld door het algemeen bestuur op 14 april 2026"), ("pagebreak",)]
    B += toc(["Voorwoord .......... 3", "Samenvatting .......... 4", "1 Terugblik op 2022-2026 .......... 6",
              "2 Context en kengetallen .......... 10", "3 Visie, missie en ambities .......... 15",
              "4 Basisondersteuning .......... 19", "5 Extra ondersteuning en arrangementen .......... 22",
              "6 Dekkend aanbod en thuiszitters .......... 25", "7 Toewijzing en toelaatbaarheid .......... 28",
              "8 Terugplaatsing en overstap .......... 29", "9 Geld en middelen .......... 31",
              "10 Resultaten en kwaliteitszorg .......... 34", "11 Ouders .......... 36",
              "12 Samenwerking met gemeenten (OOGO) .......... 38", "13 Organisatie en governance .......... 41",
              "14 Medezeggenschap .......... 44", "15 Personeel en professionalisering .......... 46",
              "16 ICT, privacy en gegevensdeling .......... 48", "17 Planning 2026-2030 .......... 50",
              "Bijlage 1 Scholen en besturen .......... 52", "Bijlage 2 Begrippenlijst .......... 56"])

    def chap(title, n_fill, extra=None, content=()):
        nonlocal B
        B.append(("pagebreak",))
        B.append(("h1", title))
        B.extend(content)
        for k in range(n_fill):
            B.append(("h2", f"{title.split(' ')[0]}.{k + 1} {rng.choice(SUBHEADS)}"))
            B.extend(filler(rng, 3, extra=extra))

    SUBHEADS = ["Achtergrond", "Waar staan we nu", "Wat we willen bereiken met de besturen", "Ontwikkelpunten",
                "Samenwerking in de regio", "Aandachtspunten", "Afspraken met de scholen", "Vooruitblik"]
    chap("Voorwoord", 0, content=[("p", f"Met dit plan zet {n} een volgende stap. Het plan is uitvoerig, omdat de "
                                         "besturen hebben gevraagd alle afspraken op één plek te bundelen.")]
         + filler(rng, 4))
    chap("Samenvatting", 1, content=[("p", "In deze samenvatting lichten wij de hoofdkeuzes toe. Ouders, scholen en "
                                           "gemeenten vinden in de volgende hoofdstukken de uitwerking.")])
    chap("1 Terugblik op 2022-2026", 4)
    chap("2 Context en kengetallen", 3,
         content=[("p", "Veenland telt 75 basisscholen, 2 sbo-scholen en 2 so-scholen (cluster 3 en 4) van zes besturen. "
                        "Bijlage 1 bevat het volledige overzicht."),
                  ("table", [["Teldatum", "Leerlingen bao", "Leerlingen sbo", "Leerlingen so"],
                             ["1-10-2023", "17.410", "402", "288"], ["1-10-2024", "17.220", "396", "291"],
                             ["1-10-2025", "17.050", "389", "297"]])])
    chap("3 Visie, missie en ambities", 4)
    chap("4 Basisondersteuning", 1, content=[
        ("p", "Basisondersteuning is het afgesproken minimum aan ondersteuning dat iedere basisschool en iedere vestiging "
              "in Veenland biedt, vastgesteld door alle zes besturen. Het is wat een ouder op elke school mag verwachten, "
              "zonder dat daarvoor een aanvraag bij het verband nodig is."),
        ("table", [["Onderdeel", "Wat elke school biedt"],
                   ["Structuur", "Intern begeleider, leerlingvolgsysteem, groepsplannen en vier leerlingbesprekingen per jaar"],
                   ["Lezen en rekenen", "Protocol dyslexie en ernstige rekenproblemen; RT in kleine groepjes tot 2 uur per week"],
                   ["Gedrag", "Schoolbreed PBS- of vergelijkbaar programma; een gedragsspecialist per bestuur beschikbaar"],
                   ["Taal", "Aanbod NT2 voor nieuwkomers tot één jaar na binnenkomst"],
                   ["Expertise", "Consultatie van een orthopedagoog van het verband binnen drie weken"],
                   ["Fysiek", "Rolstoeltoegankelijke begane grond en een prikkelarme werkplek"]]),
        ("p", "Scholen leggen hun invulling vast in het schoolondersteuningsprofiel; het verband bespreekt jaarlijks met "
              "elk bestuur in hoeverre de scholen hieraan voldoen.")])
    chap("5 Extra ondersteuning en arrangementen", 2, content=[
        ("p", "Waar de basisondersteuning niet volstaat, volgt een trap van voorzieningen: (1) een licht arrangement op de "
              "eigen school met inzet van een ambulant begeleider van het verband; (2) een zwaar arrangement, eventueel met "
              "een onderwijsassistent en een jeugdhulpverlener in de klas; (3) een plaats in een van de drie "
              "bovenschoolse groepen (taalklas, plusklas, observatiegroep); (4) sbo of so. Scholen vragen arrangementen aan "
              "bij het arrangeerteam, dat binnen vier weken beslist.")])
    chap("6 Dekkend aanbod en thuiszitters", 1, content=[
        ("p", "Elk voorjaar brengen wij met de besturen en gemeenten in beeld voor welke kinderen geen passende plek "
              "beschikbaar was en welk aanbod ontbreekt; de uitkomst leidt tot een besluit van het algemeen bestuur over "
              "nieuwe voorzieningen. Zo ontstond in 2024 de observatiegroep voor jonge kinderen."),
        ("p", "Een leerling die langer dan twee weken niet naar school gaat, wordt door de school gemeld bij het "
              "thuiszittersloket. De consulent passend onderwijs belt binnen drie werkdagen en roept binnen tien "
              "werkdagen een overleg bijeen met ouders, school, leerplicht en het sociaal team. Wie na zes weken nog geen "
              "plek heeft, wordt besproken in het escalatieoverleg van de directeur-bestuurder en de wethouders.")])
    chap("7 Toewijzing en toelaatbaarheid", 0, content=[
        ("p", "De route naar het speciaal basisonderwijs en het speciaal onderwijs, inclusief de beoordelingscriteria, "
              "de termijnen en de samenstelling van de commissie, is beschreven in het Handboek Toewijzing Veenland "
              "(bijlage 6). Het handboek wordt als afzonderlijk document op de website geplaatst."),
        ("p", "In dit plan volstaan wij met de vaststelling dat het verband jaarlijks ongeveer 120 toelaatbaarheidsverklaringen "
              "afgeeft en dat scholen tevreden zijn over de samenwerking met de commissie.")] + filler(rng, 2))
    chap("8 Terugplaatsing en overstap", 0, content=[
        ("p", "Veenland wil dat kinderen niet langer in het sbo of so blijven dan voor hun ontwikkeling nodig is. Een "
              "overstap naar een basisschool is aan de orde wanneer het kind de leerstof van de groep grotendeels kan "
              "volgen, de gedragsproblematiek zo is afgenomen dat de ondersteuning van een zwaar arrangement volstaat, en "
              "ouders de overstap steunen. De ontvangende basisschool krijgt na de overstap een arrangement van acht "
              "maanden met begeleiding door een ambulant begeleider van het sbo of so, zodat het kind niet opnieuw "
              "uitvalt. Wij streven ernaar het aantal kinderen dat terugkeert in de planperiode te verdubbelen.")]
         + filler(rng, 2))
    chap("9 Geld en middelen", 1, content=[
        ("p", "De middelen worden verdeeld langs drie lijnen. Iedere school ontvangt een vaste voet van € 6.000 plus € 95 per "
              "leerling voor versterking van de basisondersteuning. Arrangementen worden vanuit een centraal budget "
              "toegekend door het arrangeerteam volgens de normbedragen licht € 2.800 en zwaar € 7.600 per schooljaar. "
              "De kosten van sbo en so worden rechtstreeks door DUO verrekend."),
        ("table", [["Meerjarenbegroting (bedragen in €)", "2026", "2027", "2028", "2029"],
                   ["Rijksbijdrage ondersteuning", "13.980.000", "13.820.000", "13.700.000", "13.610.000"],
                   ["Verrekening so", "5.410.000", "5.450.000", "5.480.000", "5.500.000"],
                   ["Overdracht sbo", "2.010.000", "1.980.000", "1.950.000", "1.930.000"],
                   ["Basisbudget scholen", "2.070.000", "2.050.000", "2.030.000", "2.020.000"],
                   ["Arrangementen", "2.900.000", "2.850.000", "2.820.000", "2.800.000"],
                   ["Bovenschoolse groepen", "760.000", "760.000", "760.000", "760.000"],
                   ["Bureau", "690.000", "700.000", "710.000", "720.000"],
                   ["Saldo", "140.000", "30.000", "-50.000", "-120.000"]]),
        ("p", "Het negatieve saldo vanaf 2028 wordt gedekt uit de algemene reserve, die eind 2025 € 1,4 miljoen bedroeg; "
              "de ondergrens van het weerstandsvermogen is gesteld op 5% van de baten.")])
    chap("10 Resultaten en kwaliteitszorg", 0, content=[
        ("p", "Voor deze planperiode hebben wij de volgende beoogde resultaten voor kinderen die extra ondersteuning nodig "
              "hebben vastgesteld:"),
        ("bullets", ["het deelnamepercentage sbo daalt van 2,3% naar ten hoogste 2,0%;",
                     "90% van de kinderen met een arrangement blijft op de eigen school;",
                     "geen enkel kind zit langer dan drie maanden thuis zonder passend aanbod;",
                     "80% van de ouders van kinderen met een arrangement is tevreden over de ondersteuning."]),
        ("p", "Hoe wij deze resultaten gaan volgen, meten en verantwoorden, leggen wij vast in een kwaliteitszorgplan dat "
              "het bureau in het eerste planjaar opstelt.")] + filler(rng, 1))
    chap("11 Ouders", 0, content=[
        ("p", "Ouders vinden op de website van Veenland per school het schoolondersteuningsprofiel en een uitleg van de "
              "route naar extra ondersteuning. Iedere school verwijst in de schoolgids naar deze pagina. Twee keer per jaar "
              "organiseert het verband een informatieavond voor ouders van kinderen met een arrangement, en er is een "
              "folder 'Passend onderwijs in Veenland' die scholen bij het eerste OT-gesprek meegeven."),
        ("p", "Het verband richt een ouder- en jeugdsteunpunt in zodra de wettelijke verplichting daartoe ingaat; over de "
              "vorm en de partners besluit het bestuur te zijner tijd.")] + filler(rng, 1))
    chap("12 Samenwerking met gemeenten (OOGO)", 2, content=[
        ("p", "Met de vier gemeenten werken wij samen in het Regionaal Overleg Onderwijs-Jeugd. Voor kinderen die zowel "
              "onderwijs als jeugdhulp nodig hebben, kennen wij een onderwijs-zorgarrangement met gezamenlijke "
              "financiering. Het OOGO over dit plan vond plaats op 5 februari 2026.")])
    chap("13 Organisatie en governance", 4)
    chap("14 Medezeggenschap", 2, content=[
        ("p", "De ondersteuningsplanraad telt twaalf leden, van wie zes ouders en zes personeelsleden. De OPR stemde op "
              "2 april 2026 in met dit plan.")])
    chap("15 Personeel en professionalisering", 4)
    chap("16 ICT, privacy en gegevensdeling", 4)
    chap("17 Planning 2026-2030", 1, content=[
        ("table", [["Schooljaar", "Mijlpaal"], ["2026-2027", "Kwaliteitszorgplan, herziening handboek toewijzing"],
                   ["2027-2028", "Evaluatie bovenschoolse groepen"], ["2028-2029", "Tussenevaluatie plan"],
                   ["2029-2030", "Nieuw ondersteuningsplan"]])])
    B += [("pagebreak",), ("h1", "Bijlage 1 Scholen en besturen"),
          ("table", [["School", "Plaats", "Bestuur", "Leerlingen"]] + schools)]
    B += [("pagebreak",)] + glossary([["Terugplaatsingsbeleid", "Het beleid van het verband voor de overstap van s(b)o naar bao."],
                                      ["Kwaliteitszorg", "Het systematisch volgen en verbeteren van resultaten."],
                                      ["Ouder- en jeugdsteunpunt", "Onafhankelijk steunpunt voor ouders en jeugdigen."]])
    docx_to_pdf(B, OUT / "po-swv-veenland-op-2026-2030.pdf",
                header="Ondersteuningsplan 2026–2030 | SWV Veenland PO (PO 22-19)",
                footer="Samen verder met passend onderwijs", page_numbers=True, spacing=1.5)
    crit = dict.fromkeys(CORE, True)
    crit.update({"plaatsing.procedure": False, "plaatsing.criteria": False, "terugstroom.procedure": False,
                 "resultaten.monitoring": False, "ouders.steunpunt": False})
    write_label("po-swv-veenland-op-2026-2030", ["po-swv-veenland-op-2026-2030.pdf"], "po", crit,
                {"basisondersteuning": ["borging"], "financien": ["reserves"], "dekkend-aanbod": ["ketenpartners"],
                 "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
                {"basisondersteuning": "H4: afgesproken minimum per vestiging + tabel met inhoud.",
                 "plaatsing": "H7 verwijst alleen naar afwezig Handboek Toewijzing (bijlage 6) + aantal TLV's in passing -> missing.",
                 "terugstroom": "H8: beleid (uitgangspunt, voorwaarden, arrangement na overstap) wel; geen stappen/wie beslist/moment -> procedure false.",
                 "financien": "H9 'Geld en middelen': vaste voet + per leerling + normbedragen, meerjarenbegroting-tabel, reserve.",
                 "dekkend-aanbod": "H5 trap van voorzieningen; H6 gap-analyse en thuiszittersloket.",
                 "resultaten": "H10: beoogde resultaten met percentages; monitoring uitgesteld naar kwaliteitszorgplan.",
                 "ouders": "H11: website/schoolgids/informatieavond/folder wel; OJSP 'te zijner tijd' -> steunpunt false; H14 OPR ouders = betrokkenheid."})


# ======================================================================================
# Plan 4: VO, PDF — SWV Heuvelrand
# B present, P partial (procedure only on website), T present (under "Doorstroom en overstap"),
# F missing, D partial (continuum referred to sociale kaart), R present, O present.
# ======================================================================================
def plan4():
    rng = random.Random(1714)
    n = "Samenwerkingsverband Voortgezet Onderwijs Heuvelrand"
    B = [("title", "Ondersteuningsplan 2026-2030"), ("p", n + " (VO 26-05)"), ("pagebreak",)]
    B += toc(["1 Voorwoord", "2 Missie en koers", "3 Wat elke school biedt", "4 Aanbod en thuiszitters",
              "5 Toelaatbaarheid vso en pro, lwoo", "6 Doorstroom en overstap", "7 Financieel kader",
              "8 Opbrengsten", "9 Communicatie en ouders", "10 Bestuur, OPR en OOGO", "11 Personeel",
              "12 ICT en privacy", "13 Planning en evaluatie van dit plan", "Begrippenlijst"])
    B += [("h1", "1 Voorwoord")] + filler(rng, 4)
    B += [("h1", "2 Missie en koers"),
          ("p", "Heuvelrand bestaat uit 7 besturen met 16 vestigingen en twee vso-scholen. Onze koers: thuisnabij, "
                "ontwikkelingsgericht en met oog voor de overgang naar mbo en arbeid.")] + filler(rng, 5)
    B += [("h1", "3 Wat elke school biedt"),
          ("p", "De besturen hebben een ondergrens afgesproken die iedere vestiging – vmbo, havo, vwo en pro – als "
                "basisondersteuning waarmaakt. Deze afspraak is bindend voor alle besturen."),
          ("p", "Elke vestiging heeft minimaal een ondersteuningscoördinator, een vertrouwenspersoon en mentoren die "
                "wekelijks een mentoruur geven; zij biedt faalangstreductietraining, huiswerkbegeleiding, een "
                "dyslexie- en dyscalculiebeleid met faciliteiten bij toetsen, een time-outvoorziening met begeleiding en "
                "een zorg- en adviesteam dat zes keer per jaar bijeenkomt met jeugdarts en leerplichtambtenaar.")]
    B += filler(rng, 1)
    B += [("h1", "4 Aanbod en thuiszitters"),
          ("p", "Een overzicht van alle arrangementen, bovenschoolse voorzieningen en het vso-aanbod staat in de digitale "
                "sociale kaart op www.swv-heuvelrand.nl/aanbod en wordt daarom in dit plan niet herhaald."),
          ("p", "Iedere leerling die meer dan 16 uur in vier weken ongeoorloofd afwezig is of zonder inschrijving thuiszit, "
                "bespreken wij in het Netwerk Thuiszitters met leerplicht, Centrum voor Jeugd en Gezin en de school. "
                "Binnen een maand ligt er een plan; na drie maanden zonder resultaat beslist de directeur-bestuurder over "
                "een tijdelijke plek op een andere vestiging. Jaarlijks rapporteren wij aan de gemeenten welke leerlingen geen "
                "passend aanbod kregen en welke voorziening daarvoor ontbrak.")]
    B += filler(rng, 1)
    B += [("h1", "5 Toelaatbaarheid vso en pro, lwoo"),
          ("p", "De stappen, formulieren en termijnen voor een aanvraag vindt u op www.swv-heuvelrand.nl/tlv."),
          ("p", "Een leerling komt in aanmerking voor een TLV vso als aan alle volgende voorwaarden is voldaan: de "
                "leerling heeft een ondersteuningsbehoefte op twee of meer domeinen (leren, gedrag, sociaal-emotioneel, "
                "medisch); de reguliere school heeft gedurende ten minste een half jaar een arrangement geboden dat in het "
                "OPP is geëvalueerd; en de verwachting is dat ook met een bovenschools arrangement het uitstroomprofiel "
                "niet haalbaar is. Voor praktijkonderwijs en lwoo gelden de landelijke criteria: voor pro een IQ tussen 55 en "
                "80 en een leerachterstand van ten minste drie jaar op twee domeinen; voor lwoo een IQ tussen 75 en 90 met "
                "een achterstand van anderhalf tot drie jaar, of sociaal-emotionele problematiek."),
          ("p", "Een TLV vso wordt in de regel voor twee schooljaren afgegeven.")]
    B += [("h1", "6 Doorstroom en overstap"),
          ("p", "Voor leerlingen in het vso is doorstroom naar het regulier voortgezet onderwijs een doel zodra dat verantwoord "
                "kan. Voorwaarde is dat de leerling het niveau van het eindprofiel kan volgen en dat de ontvangende school "
                "met een arrangement kan aansluiten bij het OPP. Na de overstap houdt de leerling een jaar lang een coach "
                "van de vso-school, en de vo-school krijgt een half jaar ondersteuning van een ambulant begeleider."),
          ("p", "Werkwijze: de vso-school toetst bij de jaarlijkse OPP-bespreking en uiterlijk zes maanden voor het aflopen "
                "van de TLV of een overstap haalbaar is. De ondersteuningscoördinator van het verband belegt een "
                "overstapgesprek met ouders, leerling en beide scholen en stelt een overstapplan op; de ontvangende school "
                "beslist binnen vier weken. Acht weken na de overstap is er een evaluatie, waarna de TLV vervalt.")]
    B += [("h1", "7 Financieel kader"),
          ("p", "Voor de verdeling van middelen en de meerjarenbegroting verwijzen wij naar de Kadernota Financiën "
                "2026-2030, die als separaat stuk door het bestuur wordt vastgesteld.")]
    B += filler(rng, 1)
    B += [("h1", "8 Opbrengsten"),
          ("p", "Wij willen in 2030 bereiken dat (1) ten minste 92% van de leerlingen met een arrangement een diploma of "
                "passende uitstroom haalt, (2) het aantal leerlingen dat langer dan drie maanden thuiszit onder de 5 ligt en "
                "(3) minimaal 20 vso-leerlingen per jaar doorstromen naar regulier onderwijs."),
          ("p", "Deze resultaten volgen wij met de Monitor Passend Onderwijs die het bureau elk halfjaar vult met gegevens "
                "uit DUO, de leerplichtadministratie en de eigen registratie. De directeur-bestuurder bespreekt de monitor met "
                "het bestuur en de OPR; in het jaarverslag leggen wij verantwoording af over wat bereikt is en welke "
                "bijsturing nodig was.")]
    B += filler(rng, 1)
    B += [("h1", "9 Communicatie en ouders"),
          ("p", "Het verband maakt jaarlijks een ouderkrant over de ondersteuning op de scholen, die via de mentoren wordt "
                "verspreid, en iedere vestiging beschrijft haar extra ondersteuning in de schoolgids en op de "
                "voorlichtingsavond voor groep 8-ouders."),
          ("p", "Ouders die er met de school niet uitkomen, kunnen kosteloos een beroep doen op Steunpunt Ouder & School "
                "Heuvelrand, dat onafhankelijk van de besturen werkt, en op de onderwijsconsulenten.")]
    B += filler(rng, 1)
    B += [("h1", "10 Bestuur, OPR en OOGO"),
          ("p", "De OPR stemde op 18 maart 2026 in. OOGO met de gemeenten vond plaats op 21 januari 2026.")]
    B += filler(rng, 5)
    B += [("h1", "11 Personeel")] + filler(rng, 5)
    B += [("h1", "12 ICT en privacy")] + filler(rng, 4)
    B += [("h1", "13 Planning en evaluatie van dit plan")] + filler(rng, 4)
    B += glossary()
    docx_to_pdf(B, OUT / "vo-swv-heuvelrand-op-2026-2030.pdf", header="SWV VO Heuvelrand", page_numbers=True)
    crit = dict.fromkeys(CORE, True)
    crit.update({"plaatsing.procedure": False, "financien.verdeling": False, "financien.besteding": False,
                 "dekkend-aanbod.continuum": False})
    write_label("vo-swv-heuvelrand-op-2026-2030", ["vo-swv-heuvelrand-op-2026-2030.pdf"], "vo", crit,
                {"plaatsing": ["duur-categorie"], "resultaten": ["meetbaar"]},
                {"basisondersteuning": "H3 'Wat elke school biedt': bindende ondergrens per vestiging + concrete voorzieningen.",
                 "plaatsing": "H5: criteria vso/pro/lwoo wel; procedure alleen via website-verwijzing -> procedure false.",
                 "terugstroom": "H6 'Doorstroom en overstap': beleid (doel, voorwaarden, coach na overstap) en werkwijze (6 mnd voor einde TLV, beslissing, evaluatie, TLV vervalt).",
                 "financien": "H7 verwijst alleen naar separate Kadernota -> missing.",
                 "dekkend-aanbod": "H4: continuum alleen verwezen naar sociale kaart op website; thuiszittersaanpak en jaarlijkse gap-rapportage wel.",
                 "resultaten": "H8 'Opbrengsten': meetbare doelen + halfjaarlijkse monitor en verantwoording.",
                 "ouders": "H9 'Communicatie en ouders': ouderkrant, schoolgids, voorlichtingsavond + onafhankelijk steunpunt/onderwijsconsulenten."})


# ======================================================================================
# Plan 5: PO, HTML web version — SWV Zeeklei
# B missing (website reference), P present, T missing (deferral), F present (table only),
# D partial (lacunes deferred), R missing, O partial (informatie deferred, steunpunt present).
# ======================================================================================
def plan5():
    rng = random.Random(1715)
    n = "Samenwerkingsverband Zeeklei PO"
    B = [("title", "Ondersteuningsplan 2026-2030 – webversie"),
         ("p", f"{n} (PO 29-08). Deze webversie is gelijk aan de vastgestelde pdf."),
         ("h1", "Inhoud"),
         ("bullets", ["Inleiding", "Koers", "Basisondersteuning", "Het aanbod in de regio", "Toelaatbaarheid sbo en so",
                      "Terugplaatsing", "Financiën", "Resultaten", "Ouders", "Gemeenten", "Organisatie", "Personeel en professionalisering", "ICT en privacy", "Planning", "Begrippen"]),
         ("h1", "Inleiding"),
         ("p", f"{n} is het verband van 8 besturen met 48 basisscholen, één sbo-school en één so-school in de Zeeklei-regio.")]
    B += filler(rng, 4)
    B += [("h1", "Koers")] + filler(rng, 5)
    B += [("h1", "Basisondersteuning"),
          ("p", "De afspraken over basisondersteuning zijn vastgelegd in het document 'Stevig in de basis', dat u kunt "
                "downloaden van onze website. Wij nemen ze niet op in dit plan, zodat ze jaarlijks kunnen worden bijgesteld.")]
    B += [("h1", "Het aanbod in de regio"),
          ("p", "Het aanbod in Zeeklei is opgebouwd als een doorgaande lijn. Elke school biedt haar eigen ondersteuning; "
                "daarboven zet het verband ambulante begeleiding en individuele arrangementen in op de basisschool; "
                "vervolgens zijn er de bovenschoolse voorzieningen – de Taalschool voor nieuwkomers, de Kangoeroeklas voor "
                "hoogbegaafden één dag per week en de Rugzakgroep voor jonge kinderen met een ontwikkelingsvraag – en tot "
                "slot het sbo en so. Scholen kunnen voorzieningen combineren, zodat een kind zo lang mogelijk op de eigen "
                "school blijft."),
          ("p", "Over kinderen voor wie geen passende plek is, en over de rol van het verband bij zorgplicht-kwesties, maakt "
                "het bestuur in 2027 aanvullende afspraken.")]
    B += filler(rng, 1)
    B += [("h1", "Toelaatbaarheid sbo en so"),
          ("p", "Aanvragen: de basisschool (het bevoegd gezag) dient de aanvraag in bij de Commissie van Toelaatbaarheid "
                "via het portaal. Bij de aanvraag horen het OPP, het verslag van het laatste MDO met ouders en een "
                "zienswijze van ouders. De commissie vraagt twee deskundigen – een orthopedagoog of psycholoog en een "
                "tweede deskundige passend bij de vraag – om ieder een eigen schriftelijk advies. De commissie besluit "
                "binnen zes weken en bij spoed binnen twee weken."),
          ("p", "Een kind is toelaatbaar tot het sbo als: de school ten minste twee OPP-cycli met externe expertise heeft "
                "doorlopen; de ontwikkeling op leren of gedrag significant achterblijft bij het OPP; en een sbo-groep met "
                "maximaal 16 kinderen en een eigen orthopedagoog nodig is. Toelaatbaar tot het so is een kind met een "
                "zodanige beperking of stoornis dat het ook in het sbo niet tot ontwikkeling komt, vastgesteld door beide "
                "deskundigen."),
          ("p", "Een TLV wordt afgegeven tot het einde van het schooljaar waarin het kind 12 wordt, tenzij de commissie "
                "een kortere duur nodig vindt. Tegen een besluit kunnen ouders bezwaar maken; het verband is aangesloten "
                "bij de Landelijke Bezwaaradviescommissie.")]
    B += [("h1", "Terugplaatsing"),
          ("p", "Dit onderdeel volgt. Terugplaatsing is een thema dat wij in 2026-2027 met het sbo en so uitwerken.")]
    B += [("h1", "Financiën"),
          ("table", [["Post", "Verdeelsleutel", "2026", "2027", "2028", "2029"],
                     ["Schoolbudgetten", "€ 128 per leerling, teldatum 1 oktober", "€ 1.380.000", "€ 1.360.000",
                      "€ 1.345.000", "€ 1.330.000"],
                     ["Arrangementen", "op aanvraag, normbedrag € 4.200 per arrangement", "€ 840.000", "€ 840.000",
                      "€ 830.000", "€ 820.000"],
                     ["Bovenschoolse voorzieningen", "vast budget per voorziening", "€ 610.000", "€ 615.000",
                      "€ 620.000", "€ 625.000"],
                     ["Sbo en so", "verrekening DUO / overdracht", "€ 4.150.000", "€ 4.180.000", "€ 4.200.000",
                      "€ 4.220.000"],
                     ["Bureau", "begroting bureau", "€ 455.000", "€ 460.000", "€ 465.000", "€ 470.000"]])]
    B += [("h1", "Resultaten"),
          ("p", "Welke resultaten wij nastreven en hoe wij die volgen, beschrijven wij in het jaarplan 2026-2027. "
                "Het jaarplan wordt na vaststelling op de website gepubliceerd.")]
    B += [("h1", "Ouders"),
          ("p", "Hoe wij ouders over de ondersteuning in de regio informeren, werken wij uit in een communicatieplan dat "
                "nog wordt opgesteld."),
          ("p", "Bent u het als ouder niet eens met de school over de ondersteuning van uw kind? Dan kunt u zonder kosten "
                "terecht bij het Ouder- en Jeugdsteunpunt Zeeklei (onafhankelijk van scholen en verband, telefonisch "
                "bereikbaar op werkdagen), bij de landelijke onderwijsconsulenten, en bij de Geschillencommissie Passend "
                "Onderwijs als u het niet eens bent met een besluit over toelating of verwijdering.")]
    B += [("h1", "Gemeenten"),
          ("p", "In het OOGO van 6 februari 2026 waren de thema's onder meer leerlingenvervoer, thuiszitters, huisvesting en "
                "de aansluiting met de jeugdhulp. De resultaten van het overleg zijn verwerkt in dit plan.")]
    B += filler(rng, 3)
    B += [("h1", "Organisatie")] + filler(rng, 7)
    B += [("h1", "Personeel en professionalisering")] + filler(rng, 7)
    B += [("h1", "ICT en privacy")] + filler(rng, 6)
    B += [("h1", "Planning")] + filler(rng, 6)
    B += [("p", "De ondersteuningsplanraad stemde op 10 maart 2026 in met dit plan.")]
    B += [("h1", "Begrippen"),
          ("bullets", ["Basisondersteuning: wat elke school in Zeeklei minimaal biedt.",
                       "Dekkend aanbod: voor ieder kind een passende plek.",
                       "Terugplaatsing: terug van sbo of so naar de basisschool.",
                       "Kwaliteitszorg: het volgen van resultaten.",
                       "OJSP: ouder- en jeugdsteunpunt."])]
    write_html(B, OUT / "po-swv-zeeklei-op-2026-2030.html", "Ondersteuningsplan 2026-2030 | SWV Zeeklei PO")
    crit = dict.fromkeys(CORE, True)
    crit.update({"basisondersteuning.niveau": False, "basisondersteuning.inhoud": False,
                 "terugstroom.procedure": False, "terugstroom.beleid": False, "dekkend-aanbod.lacunes": False,
                 "resultaten.doelen": False, "resultaten.monitoring": False, "ouders.informatie": False})
    write_label("po-swv-zeeklei-op-2026-2030", ["po-swv-zeeklei-op-2026-2030.html"], "po", crit,
                {"plaatsing": ["deskundigen", "duur-categorie", "bezwaar"]},
                {"basisondersteuning": "Sectie Basisondersteuning verwijst alleen naar document op website; begrippenlijst-definitie telt niet -> missing.",
                 "plaatsing": "Sectie Toelaatbaarheid: procedure (portaal, commissie, 2 deskundigen, 6 weken) + criteria sbo/so.",
                 "terugstroom": "Sectie Terugplaatsing: 'volgt', uitwerking 2026-2027 -> missing.",
                 "financien": "Alleen in tabel: verdeelsleutels + bedragen 2026-2029.",
                 "dekkend-aanbod": "Continuum beschreven; lacunes/zorgplicht uitgesteld naar 2027; 'thuiszitters' alleen als OOGO-thema in passing.",
                 "resultaten": "Alleen verwijzing naar jaarplan -> missing.",
                 "ouders": "Informatie uitgesteld (communicatieplan); steunpunt wel (OJSP, onderwijsconsulenten, geschillencommissie)."})


# ======================================================================================
# Near miss: OPR annual report (VO) — docx
# ======================================================================================
def notplan():
    rng = random.Random(1716)
    B = [("title", "Jaarverslag 2024-2025 Ondersteuningsplanraad"),
         ("p", "Samenwerkingsverband VO Kustzone (VO 27-14)"), ("pagebreak",)]
    B += toc(["1 Voorwoord van de voorzitter", "2 Samenstelling van de OPR", "3 Vergaderingen en besluiten",
              "4 Ondersteuningsplan en instemming", "5 Begroting en financiën", "6 Thema's: basisondersteuning, "
              "TLV's, terugplaatsing, thuiszitters", "7 Contact met ouders", "8 Vooruitblik"])
    B += [("h1", "1 Voorwoord van de voorzitter"),
          ("p", "Het afgelopen jaar stond voor de ondersteuningsplanraad in het teken van de voorbereiding van het nieuwe "
                "ondersteuningsplan 2026-2030. In dit jaarverslag legt de OPR verantwoording af aan de "
                "medezeggenschapsraden die ons hebben afgevaardigd.")] + filler(rng, 3)
    B += [("h1", "2 Samenstelling van de OPR"),
          ("table", [["Naam", "Geleding", "Afgevaardigd door"], ["M. de Wit (voorzitter)", "ouder", "MR Duinlyceum"],
                     ["P. Koster", "personeel", "MR Kustcollege vmbo"], ["S. Yilmaz", "ouder", "MR Praktijkschool Zeezicht"],
                     ["J. Bakker", "personeel", "MR vso De Branding"], ["R. Hendriks", "leerling", "MR Strandwal havo/vwo"],
                     ["E. Visser", "personeel", "MR Duinlyceum"]])]
    B += filler(rng, 2)
    B += [("h1", "3 Vergaderingen en besluiten"),
          ("p", "De OPR vergaderde zes keer, waarvan twee keer met de directeur-bestuurder. Besproken werden onder meer de "
                "managementrapportages over TLV's en arrangementen, de resultaten van de ouderenquête, het thuiszittersbeleid "
                "en de evaluatie van het OPDC.")] + filler(rng, 3)
    B += [("h1", "4 Ondersteuningsplan en instemming"),
          ("p", "In november ontving de OPR de eerste conceptversie van het nieuwe ondersteuningsplan. De raad vroeg om "
                "concretere afspraken over basisondersteuning, een uitgewerkt terugplaatsingsbeleid en een "
                "meerjarenbegroting met bedragen. De directeur-bestuurder zegde toe deze punten in de volgende versie op te "
                "nemen. Over instemming besluit de OPR in het voorjaar van 2026.")] + filler(rng, 2)
    B += [("h1", "5 Begroting en financiën"),
          ("p", "De OPR gaf positief advies over de begroting 2025. De raad vroeg aandacht voor de hoogte van de reserves en "
                "voor de verdeling van middelen tussen vestigingen; het verdeelmodel wordt in 2026 herzien.")] + filler(rng, 2)
    B += [("h1", "6 Thema's"),
          ("p", "Basisondersteuning, toelaatbaarheid tot vso, lwoo en pro, terugplaatsing en thuiszitters kwamen als "
                "thema's langs in de themabijeenkomsten met de medezeggenschapsraden.")] + filler(rng, 3)
    B += [("h1", "7 Contact met ouders"),
          ("p", "De oudergeleding van de OPR organiseerde een inloopavond voor ouders in de MR'en. Ouders met vragen over "
                "hun kind verwijst de OPR naar de school of het ouder- en jeugdsteunpunt, omdat de OPR geen individuele "
                "zaken behandelt.")] + filler(rng, 2)
    B += [("h1", "8 Vooruitblik")] + filler(rng, 4)
    write_docx(B, OUT / "vo-swv-kustzone-jaarverslag-opr-2024-2025.docx", header="Jaarverslag OPR Kustzone 2024-2025",
               page_numbers=True)
    data = {"documents": ["vo-swv-kustzone-jaarverslag-opr-2024-2025.docx"], "sector": "vo",
            "looks_like_plan": False, "elements": {}, "criteria": {},
            "notes": {"document": "Jaarverslag van de ondersteuningsplanraad (medezeggenschapsorgaan) over 2024-2025: "
                                  "verantwoording van OPR-werkzaamheden, geen ondersteuningsplan van het samenwerkingsverband; "
                                  "gebruikt wel dezelfde termen (basisondersteuning, TLV, terugplaatsing, meerjarenbegroting, OJSP)."}}
    (OUT / "vo-swv-kustzone-jaarverslag-opr-2024-2025.expected.yaml").write_text(
        yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=200), encoding="utf-8")


if __name__ == "__main__":
    OUT.mkdir(parents=True, exist_ok=True)
    plan1()
    plan2()
    plan3()
    plan4()
    plan5()
    notplan()
