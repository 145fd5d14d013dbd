#!/usr/bin/env python3
"""Generate holdout7: 4 fictional ondersteuningsplannen (2 PO, 2 VO) + 1 not-a-plan.

Labels follow Part A of ../shared/domain.md. Run from anywhere:
    python3 samples/holdout7/src/make_holdout7.py
PDF rendering needs `libreoffice` on PATH.
"""
import os
import subprocess

import docx
from docx.enum.section import WD_SECTION  # noqa: F401

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)

CORE = {
    "basisondersteuning": ["niveau", "inhoud"],
    "plaatsing": ["procedure", "criteria"],
    "terugstroom": ["procedure", "beleid"],
    "financien": ["verdeling", "besteding"],
    "dekkend-aanbod": ["continuum", "lacunes"],
    "resultaten": ["doelen", "monitoring"],
    "ouders": ["informatie", "steunpunt"],
}


# ---------------------------------------------------------------- rendering
def to_docx(blocks, path, header=None, footer=None):
    d = docx.Document()
    sec = d.sections[0]
    if header:
        sec.header.paragraphs[0].text = header
    if footer:
        sec.footer.paragraphs[0].text = footer
    for kind, val in blocks:
        if kind == "title":
            d.add_heading(val, level=0)
        elif kind in ("h1", "h2", "h3"):
            d.add_heading(val, level=int(kind[1]))
        elif kind == "p":
            d.add_paragraph(val)
        elif kind == "bul":
            d.add_paragraph(val, style="List Bullet")
        elif kind == "num":
            d.add_paragraph(val, style="List Number")
        elif kind == "table":
            t = d.add_table(rows=len(val), cols=len(val[0]))
            t.style = "Table Grid"
            for i, row in enumerate(val):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = str(cell)
            d.add_paragraph("")
        elif kind == "pagebreak":
            d.add_page_break()
    d.save(path)


def to_md(blocks):
    out = []
    prev = None
    for kind, val in blocks:
        if prev in ("bul", "num") and kind not in ("bul", "num"):
            out.append("")
        prev = kind
        if kind == "title":
            out.append("# " + val + "\n")
        elif kind == "h1":
            out.append("## " + val + "\n")
        elif kind == "h2":
            out.append("### " + val + "\n")
        elif kind == "h3":
            out.append("#### " + val + "\n")
        elif kind == "p":
            out.append(val + "\n")
        elif kind == "bul":
            out.append("- " + val)
        elif kind == "num":
            out.append("1. " + val)
        elif kind == "table":
            out.append("| " + " | ".join(val[0]) + " |")
            out.append("|" + "---|" * len(val[0]))
            for r in val[1:]:
                out.append("| " + " | ".join(str(c) for c in r) + " |")
            out.append("")
    # blank line after list runs
    txt = "\n".join(out)
    return txt.replace("\n#", "\n\n#") + "\n"


def to_txt(blocks):
    out = []
    for kind, val in blocks:
        if kind == "title":
            out += [val.upper(), "=" * len(val), ""]
        elif kind == "h1":
            out += ["", val, "-" * len(val)]
        elif kind in ("h2", "h3"):
            out += ["", val]
        elif kind == "p":
            out += [val, ""]
        elif kind in ("bul", "num"):
            out.append("  * " + val)
        elif kind == "table":
            for r in val:
                out.append("  " + " | ".join(str(c) for c in r))
            out.append("")
    return "\n".join(out) + "\n"


def to_pdf(docx_path):
    subprocess.run(["libreoffice", "--headless", "--convert-to", "pdf", "--outdir", OUT, docx_path],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


# ---------------------------------------------------------------- labels
def status_of(el, crit, advisory_hits):
    core = [crit[f"{el}.{c}"] for c in CORE[el]]
    if all(core):
        return "present"
    if any(core) or advisory_hits.get(el):
        return "partial"
    return "missing"


def q(s):
    return '"' + s.replace('\\', '\\\\').replace('"', '\\"') + '"'


def write_label(slug, documents, sector, crit=None, advisory=None, expected=None, notes=None,
                looks_like_plan=True):
    lines = [f"documents: [{', '.join(documents)}]"]
    if not looks_like_plan:
        lines += [f"sector: {sector}", "looks_like_plan: false", "elements: {}", "criteria: {}"]
        if notes:
            lines.append("notes:")
            for k, v in notes.items():
                lines.append(f"  {k}: {q(v)}")
        open(os.path.join(OUT, slug + ".expected.yaml"), "w").write("\n".join(lines) + "\n")
        return
    assert set(crit) == {f"{e}.{c}" for e in CORE for c in CORE[e]}, slug
    statuses = {e: status_of(e, crit, advisory or {}) for e in CORE}
    assert statuses == expected, (slug, statuses, expected)
    lines += [f"sector: {sector}", "looks_like_plan: true",
              "elements: {" + ", ".join(f"{e}: {s}" for e, s in statuses.items()) + "}",
              "criteria:"]
    for e in CORE:
        for c in CORE[e]:
            lines.append(f"  {e}.{c}: {'true' if crit[e + '.' + c] else 'false'}")
    if advisory:
        lines.append("advisory_addressed:")
        for e, lst in advisory.items():
            lines.append(f"  {e}: [{', '.join(lst)}]")
    lines.append("notes:")
    for k, v in (notes or {}).items():
        lines.append(f"  {k}: {q(v)}")
    open(os.path.join(OUT, slug + ".expected.yaml"), "w").write("\n".join(lines) + "\n")
    return statuses


def crit_from(true_ids):
    d = {f"{e}.{c}": False for e in CORE for c in CORE[e]}
    for t in true_ids:
        assert t in d, t
        d[t] = True
    return d


# ================================================================ DOC 1
# PO, very formal / juridisch; .docx + .pdf
D1 = "po-eemsmond-juridisch"
b1 = [
    ("title", "Ondersteuningsplan 2026-2030"),
    ("p", "Stichting Samenwerkingsverband Passend Primair Onderwijs Eemsmond-Delfzijl (PO 20-17)"),
    ("p", "Vastgesteld door het algemeen bestuur op 24 maart 2026, na instemming van de ondersteuningsplanraad "
          "d.d. 10 maart 2026 en na op overeenstemming gericht overleg met de colleges van burgemeester en "
          "wethouders van de gemeenten Eemsdelta en Het Hogeland d.d. 3 maart 2026."),
    ("pagebreak", None),
    ("h1", "Inhoudsopgave"),
    ("p", "Artikel 1  Juridisch kader en reikwijdte ........ 3"),
    ("p", "Artikel 2  Het stelsel van ondersteuningsvoorzieningen ........ 4"),
    ("p", "Artikel 3  Toelaatbaarheid tot het speciaal (basis)onderwijs ........ 6"),
    ("p", "Artikel 4  Terugplaatsing en overplaatsing ........ 8"),
    ("p", "Artikel 5  Middelen: verdeling, toewijzing en besteding ........ 9"),
    ("p", "Artikel 6  Beoogde en bereikte resultaten ........ 11"),
    ("p", "Artikel 7  Informatievoorziening aan ouders en onafhankelijke ondersteuning ........ 12"),
    ("p", "Bijlage A  Begripsbepalingen ........ 13"),
    ("pagebreak", None),
    ("h1", "Artikel 1  Juridisch kader en reikwijdte"),
    ("p", "1.1 Dit ondersteuningsplan wordt vastgesteld ter uitvoering van artikel 18a, zevende en achtste lid, "
          "van de Wet op het primair onderwijs (WPO). Het plan heeft een looptijd van vier schooljaren, te weten "
          "1 augustus 2026 tot en met 31 juli 2030."),
    ("p", "1.2 Het plan is van toepassing op alle vestigingen van de 41 basisscholen, de twee scholen voor "
          "speciaal basisonderwijs en de so-locaties van cluster 3 en 4 die onder de werking van het "
          "samenwerkingsverband vallen. De aangesloten bevoegde gezagsorganen zijn opgenomen in de statuten."),
    ("p", "1.3 Waar in dit plan wordt gesproken van 'ouders' worden daaronder mede verstaan voogden en "
          "verzorgers in de zin van artikel 1 WPO."),
    ("h1", "Artikel 2  Het stelsel van ondersteuningsvoorzieningen"),
    ("h2", "2.1 Basisondersteuning"),
    ("p", "2.1.1 Onder basisondersteuning wordt in dit samenwerkingsverband verstaan: het door de aangesloten "
          "schoolbesturen gezamenlijk overeengekomen minimumniveau van ondersteuning dat iedere vestiging van "
          "iedere aangesloten school, zonder tussenkomst van het samenwerkingsverband en zonder aanvullende "
          "toewijzing van middelen, aan iedere leerling biedt. Geen vestiging mag onder dit niveau presteren."),
    ("p", "2.1.2 De basisondersteuning omvat ten minste de volgende voorzieningen, die ouders op iedere "
          "vestiging mogen verwachten:"),
    ("num", "a. een intern begeleider met ten minste 0,4 fte per 200 leerlingen, die de "
            "ondersteuningsstructuur coördineert;"),
    ("num", "b. handelingsgericht werken in de groep, met een groepsplan of groepsoverzicht dat minimaal twee maal "
            "per schooljaar wordt geëvalueerd;"),
    ("num", "c. een aanbod voor leerlingen met dyslexie conform het Protocol Leesproblemen en Dyslexie en voor "
            "leerlingen met dyscalculie conform het ERWD-protocol;"),
    ("num", "d. een aanbod voor meer- en hoogbegaafde leerlingen binnen de eigen groep (compacten en verrijken);"),
    ("num", "e. een anti-pestprogramma en een sociaal-emotioneel volgsysteem;"),
    ("num", "f. een protocol medische handelingen en een dekkend protocol voor vroegsignalering, "
            "waaronder de inzet van de jeugdverpleegkundige;"),
    ("num", "g. toegang tot de consulent van het samenwerkingsverband voor consultatie binnen vijf werkdagen."),
    ("p", "2.1.3 Iedere school legt in haar schoolondersteuningsprofiel vast op welke wijze zij aan het "
          "bepaalde in 2.1.2 voldoet. Het samenwerkingsverband toetst de schoolondersteuningsprofielen eens "
          "per twee jaar aan de hand van een kwaliteitskaart; bij tekortkomingen wordt met het bevoegd gezag een "
          "verbetertraject van ten hoogste twaalf maanden afgesproken."),
    ("h2", "2.2 Extra ondersteuning en het continuüm van voorzieningen"),
    ("p", "2.2.1 Boven de basisondersteuning onderscheidt het samenwerkingsverband drie niveaus: (i) extra "
          "ondersteuning binnen de school, bekostigd uit het schoolbudget als bedoeld in artikel 5; (ii) "
          "bovenschoolse arrangementen, waaronder de observatiegroep 'De Kwelder' (12 plaatsen) en de "
          "taalklas voor nieuwkomers te Delfzijl; (iii) speciaal basisonderwijs en speciaal onderwijs, "
          "uitsluitend na afgifte van een toelaatbaarheidsverklaring."),
    ("p", "2.2.2 Het samenwerkingsverband stelt jaarlijks vóór 1 december vast of er leerlingen zijn voor wie "
          "binnen het verband geen passend aanbod beschikbaar is. Daartoe registreert het verband iedere "
          "thuiszitter en iedere leerling met een vrijstelling of langdurig verzuim, in samenwerking met de "
          "leerplichtambtenaren van beide gemeenten. Iedere melding wordt binnen tien werkdagen besproken in het "
          "thuiszittersoverleg; het verband wijst een casusregisseur aan. Blijkt een lacune structureel, dan "
          "legt de directeur-bestuurder het algemeen bestuur binnen drie maanden een voorstel tot uitbreiding "
          "van het aanbod voor."),
    ("h1", "Artikel 3  Toelaatbaarheid tot het speciaal (basis)onderwijs"),
    ("p", "3.1 Een aanvraag tot afgifte van een toelaatbaarheidsverklaring voor het speciaal basisonderwijs of "
          "het speciaal onderwijs wordt ingediend door het bevoegd gezag van de school waar de leerling staat "
          "ingeschreven of is aangemeld, via het digitale aanvraagformulier, vergezeld van het "
          "ontwikkelingsperspectief, het groeidocument en de zienswijze van de ouders."),
    ("p", "3.2 De Commissie Toelaatbaarheid beslist binnen zes weken na ontvangst van de volledige aanvraag. "
          "Voorafgaand aan het besluit brengen twee deskundigen advies uit, van wie één orthopedagoog of "
          "psycholoog is en de ander, afhankelijk van de ondersteuningsbehoefte, een maatschappelijk werker, "
          "kinderarts of kinder- en jeugdpsychiater."),
    ("p", "3.3 Een leerling wordt toelaatbaar verklaard indien cumulatief is voldaan aan de volgende criteria: "
          "a. de school heeft de basisondersteuning en ten minste één periode van extra ondersteuning van "
          "minimaal twintig weken aantoonbaar ingezet en geëvalueerd; b. de ondersteuningsbehoefte van de "
          "leerling overstijgt blijkens het ontwikkelingsperspectief hetgeen binnen het continuüm van artikel 2.2 "
          "(i) en (ii) kan worden geboden; c. het speciaal (basis)onderwijs kan naar het oordeel van de "
          "deskundigen wél in die behoefte voorzien."),
    ("p", "3.4 Een toelaatbaarheidsverklaring wordt afgegeven voor ten hoogste twee schooljaren; voor het "
          "speciaal onderwijs vermeldt zij de bekostigingscategorie laag, midden of hoog."),
    ("p", "3.5 Tegen een besluit als bedoeld in 3.2 kan binnen zes weken bezwaar worden gemaakt bij het "
          "bestuur van het samenwerkingsverband, dat advies inwint bij de Landelijke Bezwaaradviescommissie "
          "toelaatbaarheidsverklaringen."),
    ("h1", "Artikel 4  Terugplaatsing en overplaatsing"),
    ("p", "4.1 Het samenwerkingsverband hanteert als uitgangspunt dat plaatsing in het speciaal (basis)onderwijs "
          "in beginsel tijdelijk is. Terugplaatsing naar het basisonderwijs wordt nagestreefd zodra de "
          "ondersteuningsbehoefte van de leerling dat toelaat, mits de ontvangende school de benodigde "
          "ondersteuning kan bieden. Na terugplaatsing ontvangt de ontvangende school gedurende één schooljaar "
          "een arrangement 'Warme overdracht' van € 3.500 per leerling voor begeleiding door de ambulant "
          "begeleider van de herkomstschool."),
    ("p", "4.2 De procedure volgens welke terugplaatsing of overplaatsing plaatsvindt, alsmede de rolverdeling "
          "tussen de scholen en de evaluatiemomenten, wordt in het schooljaar 2026-2027 nader uitgewerkt in een "
          "afzonderlijk protocol."),
    ("h1", "Artikel 5  Middelen: verdeling, toewijzing en besteding"),
    ("p", "5.1 De ondersteuningsmiddelen worden verdeeld volgens een schoolbudgetmodel. Ieder bevoegd gezag "
          "ontvangt per vestiging een bedrag van € 165 per leerling op basis van de teldatum 1 oktober "
          "voorafgaand aan het schooljaar, vermeerderd met een vaste voet van € 7.500 per vestiging. De middelen "
          "voor bovenschoolse arrangementen worden centraal gehouden en toegewezen door de directeur-bestuurder "
          "op basis van een aanvraag met ontwikkelingsperspectief."),
    ("p", "5.2 De meerjarenbegroting (bedragen x € 1.000) luidt als volgt:"),
    ("table", [["Post", "2026", "2027", "2028", "2029"],
               ["Schoolbudgetten", "1.412", "1.398", "1.380", "1.365"],
               ["Bovenschoolse arrangementen", "610", "620", "630", "630"],
               ["Afdracht s(b)o boven 2%/teldatum", "2.240", "2.210", "2.190", "2.170"],
               ["Terugplaatsingsarrangementen", "35", "42", "49", "56"],
               ["Bureau en commissie", "388", "395", "402", "410"],
               ["Totaal lasten", "4.685", "4.665", "4.651", "4.631"]]),
    ("p", "5.3 Het weerstandsvermogen wordt gehandhaafd op ten hoogste 5% van de totale baten; het meerdere "
          "wordt in de planperiode ingezet voor de schoolbudgetten."),
    ("p", "5.4 De schoolbesturen leggen jaarlijks vóór 1 maart verantwoording af over de besteding van het "
          "schoolbudget aan de hand van het verantwoordingsformat van het samenwerkingsverband."),
    ("h1", "Artikel 6  Beoogde en bereikte resultaten"),
    ("p", "6.1 Het samenwerkingsverband beoogt in de planperiode de volgende resultaten: a. het "
          "deelnamepercentage speciaal basisonderwijs daalt van 2,9% (teldatum 1 oktober 2025) naar ten hoogste "
          "2,5% in 2030; b. er is geen leerling langer dan drie maanden thuiszitter zonder passend aanbod; c. ten "
          "minste 90% van de scholen voldoet bij de toetsing als bedoeld in 2.1.3 aan de basisondersteuning."),
    ("p", "6.2 De wijze waarop de bereikte resultaten worden gemeten, gemonitord en verantwoord, zal in de "
          "eerste helft van de planperiode worden vastgesteld."),
    ("h1", "Artikel 7  Informatievoorziening aan ouders en onafhankelijke ondersteuning"),
    ("p", "Zie bijlage C."),
    ("pagebreak", None),
    ("h1", "Bijlage A  Begripsbepalingen"),
    ("p", "Ouder- en jeugdsteunpunt: onafhankelijk steunpunt waar ouders en jeugdigen terechtkunnen met vragen "
          "over passend onderwijs en ondersteuning bij meningsverschillen met school of samenwerkingsverband."),
    ("p", "Onderwijsconsulent: onafhankelijke deskundige die ouders kosteloos adviseert bij geschillen over "
          "toelating, verwijdering of thuiszitten."),
    ("p", "Schoolondersteuningsprofiel (SOP): document waarin de school beschrijft welke ondersteuning zij "
          "biedt; ouders worden hierover geïnformeerd via de schoolgids."),
    ("p", "Terugplaatsing: de overgang van een leerling van het s(b)o naar het reguliere basisonderwijs."),
]
C1 = crit_from(["basisondersteuning.niveau", "basisondersteuning.inhoud", "plaatsing.procedure",
                "plaatsing.criteria", "terugstroom.beleid", "financien.verdeling", "financien.besteding",
                "dekkend-aanbod.continuum", "dekkend-aanbod.lacunes", "resultaten.doelen"])
A1 = {"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
      "financien": ["reserves", "verantwoording"], "resultaten": ["meetbaar"]}
E1 = {"basisondersteuning": "present", "plaatsing": "present", "terugstroom": "partial",
      "financien": "present", "dekkend-aanbod": "present", "resultaten": "partial", "ouders": "missing"}
N1 = {"terugstroom": "Art. 4.1 gives policy (temporary placement, condition, €3.500 support after return); "
                     "procedure (4.2) only deferred to a protocol in 2026-2027.",
      "resultaten": "6.1 gives measurable doelen; 6.2 monitoring only deferred ('zal worden vastgesteld').",
      "ouders": "Art. 7 body is only 'Zie bijlage C' (absent annex, should be reported as verwezen). "
                "Steunpunt/onderwijsconsulent/schoolgids appear only in Bijlage A Begripsbepalingen (glossary) "
                "and TOC; 1.3 defines 'ouders' only (passing). Zienswijze of ouders in 3.1 is plaatsing content.",
      "dekkend-aanbod": "2.2.1 continuum (three niveaus, named arrangementen); 2.2.2 lacunes (thuiszitters, "
                        "registration, casusregisseur, structural gaps).",
      "financien": "5.1 verdeelmodel (€165 p.p. + vaste voet); 5.2 meerjarenbegroting table with amounts.",
      "format": "Header/footer carry the plan title only. PDF rendered from the docx."}

# ================================================================ DOC 2
# VO, dense with tables; .docx only
D2 = "vo-lingewaard-tabellen"
b2 = [
    ("title", "Ondersteuningsplan SWV VO Lingewaard-Betuwe (VO 25-11)"),
    ("p", "Planperiode 1 augustus 2026 - 31 juli 2030 | versie 1.3 voor OPR en OOGO"),
    ("h1", "0  Kerngegevens"),
    ("table", [["Kengetal", "2023", "2024", "2025"],
               ["Leerlingen VO (teldatum 1-10)", "9.812", "9.744", "9.690"],
               ["Leerlingen vso", "301", "312", "318"],
               ["Deelname vso (%)", "2,98", "3,10", "3,18"],
               ["Leerlingen met lwoo", "1.104", "1.090", "1.071"],
               ["Leerlingen pro", "402", "398", "405"],
               ["Aangesloten besturen / scholen", "6 / 14", "6 / 14", "6 / 15"]]),
    ("h1", "1  Basisondersteuning"),
    ("p", "Basisondersteuning = het door alle zes besturen vastgestelde minimumniveau dat iedere vestiging in "
          "Lingewaard-Betuwe zelf, zonder middelen of tussenkomst van het SWV, biedt. Het niveau is gelijk voor "
          "alle vestigingen, ongeacht onderwijstype. Welke voorzieningen, interventies en expertise dit concreet "
          "inhoudt, staat in de Kwaliteitskaart Basisondersteuning (bijlage 2)."),
    ("table", [["Borging", "Instrument", "Frequentie", "Eigenaar"],
               ["SOP actueel", "Toets SOP tegen kwaliteitskaart", "Tweejaarlijks", "Beleidsadviseur SWV"],
               ["Schoolbezoek", "Auditgesprek met directie en zorgcoördinator", "Tweejaarlijks", "Directeur SWV"],
               ["Onder niveau", "Verbeterafspraak met bestuur, hertoets na 6 mnd", "Bij tekort", "Bestuurder"]]),
    ("h1", "2  Toewijzing: vso, lwoo en pro"),
    ("table", [["Voorziening", "Aanvraag door", "Criteria (samengevat)", "Besluit", "Termijn", "Duur"],
               ["TLV vso", "Bevoegd gezag VO-school of vso-school (instroom)",
                "OPP aanwezig; extra ondersteuning ≥ 1 periode ingezet en geëvalueerd; behoefte overstijgt "
                "wat OPDC/arrangement kan bieden; positief advies 2 deskundigen (orthopedagoog/psycholoog + 1)",
                "Toelatingscommissie SWV", "6 weken", "1-3 jaar; cat. laag/midden/hoog"],
               ["Lwoo", "VO-school van aanmelding",
                "Landelijke criteria (IQ 75-90 + leerachterstand 1-3 jaar in 2 domeinen, of IQ 91-120 met "
                "sociaal-emotionele problematiek); SWV maakt geen gebruik van opting-out",
                "Toelatingscommissie SWV", "4 weken", "Gehele VO-loopbaan"],
               ["Pro", "Praktijkschool van aanmelding",
                "Landelijke criteria: IQ 55-80 + leerachterstand ≥ 3 jaar in 2 van 4 domeinen",
                "Toelatingscommissie SWV", "4 weken", "Gehele VO-loopbaan"]]),
    ("p", "Bezwaar tegen een TLV-besluit: binnen 6 weken bij het bestuur van het SWV; het bestuur vraagt advies "
          "aan de Landelijke Bezwaaradviescommissie. Stappen TLV vso: (1) multidisciplinair overleg op school "
          "met ouders en leerling; (2) indienen dossier via digitaal loket; (3) deskundigenadvies; (4) besluit "
          "commissie; (5) schriftelijke beschikking aan ouders en school."),
    ("h1", "3  Terug naar het regulier VO"),
    ("table", [["Moment", "Actie", "Wie"],
               ["Start laatste TLV-jaar", "Evaluatie OPP: is terugplaatsing mogelijk?", "Vso-school, ouders, leerling"],
               ["Uiterlijk 1 februari", "Terugplaatsingsgesprek met beoogde VO-school", "Vso-school initieert"],
               ["Uiterlijk 1 april", "Besluit: terugplaatsing of nieuwe TLV-aanvraag", "Toelatingscommissie SWV"],
               ["1 augustus", "Start op VO-school, TLV vervalt", "VO-school"],
               ["Na 3 en 12 maanden", "Evaluatie plaatsing", "VO-school + ambulant begeleider"]]),
    ("p", "Beleid: het SWV wil dat elke vso-leerling met een reëel perspectief op regulier VO binnen de "
          "TLV-termijn terugstroomt. Voorwaarden: een stabiele ondersteuningsbehoefte die binnen basis- of "
          "extra ondersteuning valt, en een ontvangende school die het OPP overneemt. Na terugplaatsing krijgt de "
          "ontvangende school één jaar een terugplaatsingsarrangement (8 uur ambulante begeleiding per week "
          "in de eerste 10 weken, daarna 2 uur)."),
    ("table", [["Terugstroom vso → VO", "2023", "2024", "2025"],
               ["Aantal leerlingen", "9", "11", "14"]]),
    ("h1", "4  Geld"),
    ("p", "Verdeling: 55% van de lichte ondersteuningsmiddelen gaat als schoolbudget naar de besturen naar rato "
          "van het aantal leerlingen per 1 oktober (€ 142 per leerling); lwoo- en pro-middelen worden "
          "doorgesluisd op basis van het aantal geïndiceerde leerlingen; de rest bekostigt OPDC en arrangementen "
          "die de toelatingscommissie per leerling toekent."),
    ("table", [["Meerjarenbegroting (x € 1.000)", "2026", "2027", "2028", "2029"],
               ["Baten OCW lichte ondersteuning", "2.510", "2.495", "2.470", "2.455"],
               ["Baten OCW zware ondersteuning", "4.860", "4.830", "4.790", "4.760"],
               ["Schoolbudgetten", "1.380", "1.372", "1.360", "1.350"],
               ["Lwoo en pro doorbetaling", "5.920", "5.870", "5.830", "5.790"],
               ["OPDC De Brug", "720", "730", "740", "750"],
               ["Individuele arrangementen", "410", "410", "400", "400"],
               ["Afdracht vso", "3.050", "3.110", "3.160", "3.200"],
               ["Bureau", "455", "460", "465", "470"],
               ["Toevoeging/onttrekking reserve", "-15", "-20", "-25", "-35"]]),
    ("p", "Baten lwoo en pro (OCW, rechtstreeks doorbetaald): 5.920 / 5.870 / 5.830 / 5.790. "
          "Reserve: weerstandsvermogen begrensd op 3,5% van de baten; overschot gaat naar schoolbudgetten."),
    ("h1", "5  Aanbod"),
    ("table", [["Niveau", "Voorziening", "Plaatsen", "Toegang"],
               ["1 Basis", "Op elke vestiging (zie hoofdstuk 1)", "-", "Vrij"],
               ["2 Extra op school", "Trajectvoorziening / rebound op 4 scholen", "60", "Besluit school"],
               ["3 Bovenschools", "OPDC De Brug (max. 2 jaar)", "48", "Arrangement SWV"],
               ["3 Bovenschools", "Plusklas autisme Zetten", "24", "Arrangement SWV"],
               ["4 Specialistisch", "Vso cluster 3 en 4 (3 scholen)", "318", "TLV"]]),
    ("p", "Het SWV zoekt samen met de gemeenten Lingewaard, Overbetuwe en Neder-Betuwe naar "
          "onderwijs-zorgarrangementen; afspraken staan in het OOGO-verslag."),
    ("h1", "6  Resultaten"),
    ("table", [["Doel 2030", "Nulmeting 2025", "Streefwaarde", "Meting", "Rapportage"],
               ["Deelname vso", "3,18%", "≤ 2,9%", "DUO-teldatum", "Jaarverslag"],
               ["Terugstroom vso → VO per jaar", "14", "≥ 20", "Registratie commissie", "Jaarverslag"],
               ["Scholen op niveau basisondersteuning", "11 van 15", "15 van 15", "Audit", "Bestuursrapportage"],
               ["Tevredenheid ouders over ondersteuning", "6,8", "≥ 7,5", "Oudervragenlijst, tweejaarlijks",
                "OPR"]]),
    ("p", "Monitoring: het bureau rapporteert de indicatoren twee keer per jaar (maart en oktober) aan het "
          "bestuur en jaarlijks in het jaarverslag; bij afwijking > 10% van het traject wordt een "
          "verbeteranalyse gemaakt. Elk jaar in juni evalueert het bestuur met de OPR de resultaten."),
    ("h1", "7  Ouders"),
    ("table", [["Kanaal", "Wat", "Wanneer"],
               ["Website SWV", "Ondersteuningsplan, folders per voorziening, aanvraagroutes", "Doorlopend"],
               ["Schoolgids en SOP", "Ondersteuning op de school", "Jaarlijks per 1 augustus"],
               ["Ouderavond SWV", "Informatieavond passend onderwijs groep 8 / klas 1", "Oktober"],
               ["Nieuwsbrief", "Ontwikkelingen SWV", "3 x per jaar"]]),
    ("p", "Ouders zijn vertegenwoordigd in de OPR (4 van de 8 zetels) en zijn gesprekspartner bij ieder OPP."),
    ("h1", "Bijlagen"),
    ("p", "Bijlage 1  Verklarende woordenlijst: OJSP (ouder- en jeugdsteunpunt), onderwijsconsulent, "
          "geschillencommissie passend onderwijs, thuiszitter, zorgplicht."),
    ("p", "Bijlage 2  Kwaliteitskaart Basisondersteuning (afzonderlijk document)."),
]
C2 = crit_from(["basisondersteuning.niveau", "plaatsing.procedure", "plaatsing.criteria",
                "terugstroom.procedure", "terugstroom.beleid", "financien.verdeling", "financien.besteding",
                "dekkend-aanbod.continuum", "resultaten.doelen", "resultaten.monitoring", "ouders.informatie"])
A2 = {"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
      "terugstroom": ["monitoring"], "financien": ["reserves"], "dekkend-aanbod": ["ketenpartners"],
      "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]}
E2 = {"basisondersteuning": "partial", "plaatsing": "present", "terugstroom": "present",
      "financien": "present", "dekkend-aanbod": "partial", "resultaten": "present", "ouders": "partial"}
N2 = {"basisondersteuning": "Niveau defined in body; inhoud only by reference to Kwaliteitskaart (bijlage 2, "
                            "separate document, not in input -> verwezen). Borging table is advisory.",
      "plaatsing": "Table covers vso TLV, lwoo and pro: requester, criteria, deciding body, termijn; steps 1-5.",
      "dekkend-aanbod": "Continuum table (niveaus 1-4, OPDC, plusklas, vso). Lacunes not addressed: no "
                        "thuiszitters/gap procedure in body; 'thuiszitter', 'zorgplicht' occur only in "
                        "bijlage 1 woordenlijst. Gemeenten/OOZA sentence = ketenpartners (advisory).",
      "ouders": "Informatie table (website, schoolgids, ouderavond). Steunpunt only in the woordenlijst "
                "(bijlage 1), so not addressed. OPR/OPP sentence = betrokkenheid (advisory).",
      "financien": "Verdeling paragraph + multi-year table with amounts (table is internally odd but has amounts)."}

# ================================================================ DOC 3
# PO, enthusiastic with many bullets; .md
D3 = "po-vechtstreek-enthousiast"
b3 = [
    ("title", "Samen Sterk voor Elk Kind! Ondersteuningsplan 2026-2030"),
    ("p", "**Samenwerkingsverband PO De Vechtstreek (PO 26-08)** - 23 schoolbesturen, 68 scholen, ruim "
          "14.000 kinderen en één droom: ieder kind een plek waar het kan groeien!"),
    ("h1", "Inhoud"),
    ("bul", "Waar we vandaan komen"),
    ("bul", "Wat elke school biedt"),
    ("bul", "Van vraag naar plek"),
    ("bul", "Terug naar de basisschool"),
    ("bul", "Het geld"),
    ("bul", "Ons netwerk"),
    ("bul", "Resultaten en kwaliteit"),
    ("bul", "Ouders: onze partners!"),
    ("h1", "Waar we vandaan komen"),
    ("p", "Wat hebben we de afgelopen vier jaar veel gedaan! Een paar hoogtepunten:"),
    ("bul", "we openden twee nieuwe plusklassen;"),
    ("bul", "de wachtlijst voor de observatiegroep is verdwenen;"),
    ("bul", "er zijn weer kinderen vanuit het sbo teruggegaan naar de basisschool (super!);"),
    ("bul", "onze scholen zijn trots op de nieuwe ondersteuningsstructuur."),
    ("p", "En we gaan door! Dit plan laat zien hoe."),
    ("h1", "Wat elke school biedt"),
    ("p", "In De Vechtstreek hebben alle besturen samen afgesproken wat **iedere school, op iedere locatie,** "
          "minimaal biedt. Dat noemen we de basisondersteuning. Geen enkele school zakt hieronder - dat is "
          "onze belofte aan ouders. Concreet kunt u op elke school rekenen op:"),
    ("bul", "een intern begeleider (IB'er) die u kunt spreken over de ontwikkeling van uw kind;"),
    ("bul", "een groepsplan waarin staat wat uw kind nodig heeft, twee keer per jaar bijgesteld;"),
    ("bul", "hulp bij lees- en rekenproblemen, waaronder dyslexie-begeleiding volgens protocol;"),
    ("bul", "een aanbod voor slimme kinderen: verrijkingswerk in de klas;"),
    ("bul", "een veilige school met een anti-pestaanpak (KiVa of vergelijkbaar);"),
    ("bul", "een ondersteuningsteam met de jeugdverpleegkundige en een gezinscoach van de gemeente;"),
    ("bul", "snel advies van een orthopedagoog van het SWV (binnen 2 weken)."),
    ("p", "Elke school beschrijft dit in haar schoolondersteuningsprofiel."),
    ("h1", "Van vraag naar plek"),
    ("p", "Heeft een kind meer nodig dan de basisschool kan bieden? Dan volgen we deze stappen:"),
    ("num", "De school bespreekt de vraag met u in het ondersteuningsteam."),
    ("num", "De school vult samen met u het groeidocument in en vraagt via ons digitale loket een arrangement "
            "of een toelaatbaarheidsverklaring (TLV) voor sbo of so aan."),
    ("num", "Twee deskundigen van ons Expertiseteam (altijd een orthopedagoog of psycholoog, plus een tweede "
            "deskundige) bekijken het dossier en praten met u."),
    ("num", "De Commissie van Toelating beslist binnen 6 weken."),
    ("num", "U krijgt het besluit thuisgestuurd. Niet eens? Binnen 6 weken kunt u bezwaar maken."),
    ("p", "Welke criteria de commissie hanteert bij het afgeven van een TLV, werken we in 2026 samen met de "
          "besturen uit. Tot die tijd beslist de commissie op basis van maatwerk."),
    ("h1", "Terug naar de basisschool"),
    ("p", "Ook hier zitten we niet stil! We vinden het belangrijk dat kinderen die het kunnen, weer "
          "teruggaan. Hoe we dat precies regelen? Daar gaan we het komende jaar met de sbo- en so-scholen over "
          "in gesprek. 🚀"),
    ("h1", "Het geld"),
    ("p", "Zo verdelen we de middelen:"),
    ("bul", "elke school krijgt € 120 per leerling (teldatum 1 oktober) als schoolbudget voor extra "
            "ondersteuning;"),
    ("bul", "kleine scholen (< 100 leerlingen) krijgen daarbovenop een vaste voet van € 5.000;"),
    ("bul", "arrangementen boven de € 5.000 vraagt de school aan bij het SWV; het Expertiseteam beoordeelt "
            "of het arrangement past en toetst aan het groeidocument;"),
    ("bul", "scholen laten jaarlijks in een korte verantwoording zien wat zij met het budget gedaan hebben."),
    ("p", "De meerjarenbegroting 2026-2030: p.m. (wordt in het najaar door het bestuur vastgesteld)."),
    ("h1", "Ons netwerk"),
    ("p", "Van licht naar zwaar - zo ziet ons aanbod eruit:"),
    ("bul", "**Basis**: op elke school (zie hierboven)."),
    ("bul", "**Extra op school**: arrangementen vanuit het schoolbudget, bijv. RT, een sova-training, "
            "een time-out-plek."),
    ("bul", "**Bovenschools**: drie plusklassen, de observatiegroep 'De Uitkijk' in Maarssen, de "
            "nieuwkomersklas in Breukelen."),
    ("bul", "**Speciaal**: twee sbo-scholen en vijf so-locaties (cluster 3 en 4)."),
    ("p", "En kinderen die thuis zitten? Daar hebben we een **Thuiszittersteam**:"),
    ("bul", "elke school meldt een kind dat langer dan 4 weken niet (volledig) naar school gaat direct bij het SWV;"),
    ("bul", "binnen 10 werkdagen is er een overleg met ouders, school, leerplicht en jeugdhulp;"),
    ("bul", "een trajectbegeleider houdt de regie tot het kind weer een passende plek heeft;"),
    ("bul", "we bespreken elk kwartaal met de gemeenten Stichtse Vecht en De Ronde Venen welke plekken er "
            "ontbreken, en passen ons aanbod aan."),
    ("h1", "Resultaten en kwaliteit"),
    ("p", "Natuurlijk willen we weten of het werkt! Onze resultaatafspraken en de manier waarop we die gaan "
          "meten, worden op dit moment uitgewerkt in het nieuwe kwaliteitskader. Zie www.swvdevechtstreek.nl "
          "voor de laatste stand van zaken."),
    ("h1", "Ouders: onze partners!"),
    ("p", "Ouders zijn onmisbaar. Zo houden we u op de hoogte:"),
    ("bul", "op www.swvdevechtstreek.nl staat een ouderpagina met uitleg over basisondersteuning, "
            "arrangementen en de TLV-route;"),
    ("bul", "elke school legt de ondersteuning uit in de schoolgids en het SOP;"),
    ("bul", "twee keer per jaar organiseren we een ouderavond, ook online;"),
    ("bul", "de folder 'Passend onderwijs in 10 vragen' ligt op iedere school."),
    ("p", "Loopt u vast of bent u het niet eens met de school of met ons?"),
    ("bul", "het onafhankelijke Ouder- en Jeugdsteunpunt Utrecht helpt u gratis (telefoon en spreekuur);"),
    ("bul", "de Onderwijsconsulenten kunnen bemiddelen, bijvoorbeeld bij thuiszitten;"),
    ("bul", "u kunt een klacht indienen bij onze klachtencommissie of naar de Geschillencommissie "
            "passend onderwijs stappen."),
    ("p", "En natuurlijk: ouders zitten in onze OPR en denken mee over dit plan!"),
]
C3 = crit_from(["basisondersteuning.niveau", "basisondersteuning.inhoud", "plaatsing.procedure",
                "financien.verdeling", "dekkend-aanbod.continuum", "dekkend-aanbod.lacunes",
                "ouders.informatie", "ouders.steunpunt"])
A3 = {"plaatsing": ["deskundigen", "bezwaar"], "financien": ["verantwoording"],
      "dekkend-aanbod": ["ketenpartners"], "ouders": ["betrokkenheid"]}
E3 = {"basisondersteuning": "present", "plaatsing": "partial", "terugstroom": "missing",
      "financien": "partial", "dekkend-aanbod": "present", "resultaten": "missing", "ouders": "present"}
N3 = {"plaatsing": "5-step procedure with deciding body and termijn; criteria explicitly deferred to 2026 "
                   "('maatwerk' until then) -> criteria false.",
      "terugstroom": "Only a passing mention in the terugblik ('kinderen teruggegaan, super!') and a deferring "
                     "section ('gaan we in gesprek'). Nothing addressed -> missing.",
      "financien": "Verdeling concrete (€120 p.p., vaste voet, arrangement route); meerjarenbegroting 'p.m.' "
                   "-> besteding false.",
      "resultaten": "Only deferral + website reference; heading and TOC entry don't count -> missing.",
      "format": "Markdown; TOC is a bullet list near the top."}

# ================================================================ DOC 4
# VO, Q&A style for parents; .txt
D4 = "vo-kennemerland-vragen"
b4 = [
    ("title", "Ondersteuningsplan Samenwerkingsverband VO Zuid-Kennemerland-Oost 2026-2030"),
    ("p", "Vragen en antwoorden voor ouders en leerlingen. Dit is de volledige tekst van het "
          "ondersteuningsplan (VO 27-04), geschreven in vraag-en-antwoordvorm op verzoek van de "
          "ondersteuningsplanraad."),
    ("h1", "Deel 1 - Wat mag ik verwachten van de school?"),
    ("h2", "Vraag 1. Biedt elke school dezelfde ondersteuning?"),
    ("p", "Welk minimumniveau van basisondersteuning iedere school biedt, en wat daar precies onder valt, "
          "leggen de besturen vast in de nieuwe Kwaliteitskaart. Die volgt in het voorjaar van 2027."),
    ("h2", "Vraag 2. Hoe weet het samenwerkingsverband of scholen hun afspraken nakomen?"),
    ("p", "Elke school krijgt eens in de twee jaar een auditbezoek van het samenwerkingsverband. We kijken dan "
          "naar het schoolondersteuningsprofiel en praten met docenten, mentoren en leerlingen. Blijkt dat een "
          "school de afspraken niet nakomt, dan maakt het bestuur binnen drie maanden een verbeterplan en komen "
          "we een half jaar later terug."),
    ("h1", "Deel 2 - Mijn kind heeft meer nodig"),
    ("h2", "Vraag 3. Wat als de gewone school niet genoeg kan bieden?"),
    ("p", "Dan kan de school een arrangement aanvragen, bijvoorbeeld een plek in het Rebound-lokaal of het "
          "OPDC. Is ook dat niet genoeg, dan kan een toelaatbaarheidsverklaring (TLV) voor het voortgezet "
          "speciaal onderwijs worden aangevraagd."),
    ("h2", "Vraag 4. Hoe gaat de aanvraag van een TLV voor het vso?"),
    ("p", "De school waar uw kind ingeschreven staat (of het vso bij een nieuwe aanmelding) dient de aanvraag "
          "in bij het Loket van het samenwerkingsverband. U tekent het aanvraagformulier mee of geeft uw "
          "zienswijze. Twee deskundigen - een orthopedagoog of psycholoog en een tweede deskundige, bijvoorbeeld "
          "een jeugdarts - geven advies. De directeur van het samenwerkingsverband neemt binnen zes weken een "
          "besluit. U krijgt een afschrift van de adviezen."),
    ("h2", "Vraag 5. Wanneer krijgt mijn kind een TLV?"),
    ("p", "Uw kind is toelaatbaar tot het vso als: (1) de school een ontwikkelingsperspectiefplan heeft "
          "opgesteld en dat minstens een half jaar heeft uitgevoerd en geëvalueerd; (2) een arrangement binnen "
          "het regulier onderwijs (OPDC of Rebound) is overwogen of geprobeerd; en (3) beide deskundigen "
          "concluderen dat uw kind de intensieve ondersteuning, kleine groepen en zorg van het vso nodig heeft."),
    ("h2", "Vraag 6. En lwoo of praktijkonderwijs?"),
    ("p", "Voor leerwegondersteunend onderwijs en praktijkonderwijs volgen wij de landelijke criteria. De "
          "vo-school van aanmelding vraagt het aan vóór 1 maart van groep 8, met het onderwijskundig rapport en "
          "de uitslagen van de capaciteiten- en didactische toetsen. Onze commissie beslist binnen vier weken. "
          "Een beschikking lwoo of pro geldt voor de hele schoolloopbaan."),
    ("h2", "Vraag 7. Hoe lang geldt een TLV, en kan ik bezwaar maken?"),
    ("p", "Een TLV geldt meestal twee jaar, met bekostigingscategorie laag, midden of hoog. Bent u het niet "
          "eens met het besluit? Dan kunt u binnen zes weken bezwaar maken; wij vragen dan advies aan de "
          "Landelijke Bezwaaradviescommissie."),
    ("h2", "Vraag 8. Kan mijn kind daarna terug naar een gewone school?"),
    ("p", "Dat gebeurt regelmatig. In 2024 stroomden 12 leerlingen vanuit het vso terug naar het regulier "
          "voortgezet onderwijs, in 2025 waren dat er 16. We houden deze aantallen per vso-school bij."),
    ("h2", "Vraag 9. Zijn er genoeg plekken voor alle kinderen?"),
    ("p", "Het samenwerkingsverband houdt een registratie bij van alle leerlingen die thuiszitten of geen "
          "passende plek hebben. Elke school meldt zo'n leerling binnen een week bij het Loket; binnen tien "
          "schooldagen is er een overleg met ouders, school, leerplicht en jeugdhulp, en het "
          "samenwerkingsverband blijft verantwoordelijk totdat er een passende plek is. Ontbreekt een soort "
          "plek structureel, dan bespreken we dat met de gemeenten Haarlemmermeer en Heemstede in het OOGO."),
    ("h1", "Deel 3 - Geld en resultaten"),
    ("h2", "Vraag 10. Hoe wordt het geld verdeeld?"),
    ("p", "Hoe het geld van het samenwerkingsverband wordt verdeeld en besteed, leest u in de "
          "meerjarenbegroting op onze website."),
    ("h2", "Vraag 11. Wat wil het samenwerkingsverband bereiken?"),
    ("p", "Onze doelen en de resultaten van de afgelopen jaren staan in het jaarplan en het jaarverslag op "
          "www.swvzko.nl."),
    ("h1", "Deel 4 - Ouders"),
    ("h2", "Vraag 12. Waar vind ik informatie?"),
    ("p", "Op www.swvzko.nl vindt u de ouderpagina met alle routes en folders. Elke school beschrijft haar "
          "ondersteuning in het schoolondersteuningsprofiel en de schoolgids. Ieder najaar houden we een "
          "informatieavond voor ouders van leerlingen in groep 8 en klas 1, en u kunt altijd bellen met het "
          "Loket (elke werkdag van 9 tot 12 uur)."),
    ("h2", "Vraag 13. Ik ben het oneens met de school. Waar kan ik terecht?"),
    ("p", "U kunt gratis en onafhankelijk advies krijgen bij het Ouder- en Jeugdsteunpunt Noord-Holland Zuid. "
          "Komt u er met school niet uit, dan kan een onderwijsconsulent bemiddelen. Bij geschillen over "
          "toelating, verwijdering of het OPP kunt u naar de Geschillencommissie passend onderwijs."),
    ("h2", "Vraag 14. Hebben ouders inspraak?"),
    ("p", "Ja. Zes ouders en zes medewerkers vormen samen de ondersteuningsplanraad (OPR), die met dit plan "
          "heeft ingestemd op 2 april 2026."),
    ("h1", "Begrippen"),
    ("p", "Basisondersteuning: het minimale niveau van ondersteuning dat iedere vo-school biedt, zoals "
          "begeleiding door een mentor, een zorgcoördinator, dyslexiebeleid en faalangsttraining."),
    ("p", "Terugplaatsing: de overstap van het vso naar het regulier vo nadat de TLV is verlopen."),
    ("p", "Verdeelmodel: de regels volgens welke het SWV ondersteuningsmiddelen aan scholen toekent."),
]
C4 = crit_from(["plaatsing.procedure", "plaatsing.criteria", "dekkend-aanbod.lacunes",
                "ouders.informatie", "ouders.steunpunt"])
A4 = {"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
      "terugstroom": ["monitoring"], "dekkend-aanbod": ["ketenpartners"], "ouders": ["betrokkenheid"]}
E4 = {"basisondersteuning": "partial", "plaatsing": "present", "terugstroom": "partial",
      "financien": "missing", "dekkend-aanbod": "partial", "resultaten": "missing", "ouders": "present"}
N4 = {"basisondersteuning": "Vraag 1 only defers (Kwaliteitskaart volgt 2027). Vraag 2 describes borging "
                            "(audit, verbeterplan) = advisory only -> partial. Definition + content list sit "
                            "only in the 'Begrippen' glossary, which does not count.",
      "plaatsing": "Vso TLV procedure (Vraag 4) + criteria (Vraag 5); lwoo/pro route (Vraag 6).",
      "terugstroom": "Vraag 8 gives only terugstroom figures (monitoring, advisory); no procedure, no policy. "
                     "Glossary definition doesn't count -> partial.",
      "financien": "Vraag 10 only refers to the website; 'verdeelmodel' only in glossary -> missing.",
      "dekkend-aanbod": "Vraag 9 = lacunes (thuiszitters registration, termijnen, OOGO). Vraag 3 mentions "
                        "arrangement/OPDC/TLV in passing; no coherent continuum described -> continuum false. "
                        "Borderline: a tool may read Vraag 3 as a sketch of the continuum.",
      "resultaten": "Vraag 11 only refers to jaarplan/jaarverslag on the website -> nothing addressed (verwezen).",
      "ouders": "Vraag 12 informatie, Vraag 13 steunpunt/onderwijsconsulent/geschillen, Vraag 14 OPR."}

# ================================================================ DOC 5  (not a plan)
D5 = "np-gemeente-jeugdbeleid"
b5 = [
    ("title", "Beleidsplan Jeugd en Onderwijs 2026-2029"),
    ("p", "Gemeente Westervoort-Duiven (fictief) | Lokale Educatieve Agenda en jeugdbeleid | vastgesteld door "
          "de gemeenteraad op 12 februari 2026"),
    ("h1", "1 Inleiding"),
    ("p", "Dit beleidsplan beschrijft hoe de gemeente in de periode 2026-2029 invulling geeft aan haar taken "
          "op grond van de Jeugdwet, de Leerplichtwet en de Wet kinderopvang, en hoe zij samenwerkt met de "
          "schoolbesturen in de Lokale Educatieve Agenda (LEA). De gemeente is geen partij in het "
          "samenwerkingsverband passend onderwijs, maar voert met de samenwerkingsverbanden PO en VO jaarlijks "
          "op overeenstemming gericht overleg (OOGO) over hun ondersteuningsplannen."),
    ("h1", "2 Ambities"),
    ("bul", "Ieder kind groeit gezond en veilig op en gaat naar school."),
    ("bul", "Geen thuiszitters: in 2029 is het aantal kinderen zonder onderwijs langer dan drie maanden nul."),
    ("bul", "Jeugdhulp is dichtbij: een gezinscoach op iedere basisschool."),
    ("bul", "Vroeg- en voorschoolse educatie bereikt 90% van de doelgroeppeuters."),
    ("h1", "3 Jeugdhulp en onderwijs"),
    ("p", "De gemeente financiert een gezinscoach op alle 17 basisscholen en de twee vo-scholen. Samen met het "
          "samenwerkingsverband ontwikkelen we onderwijs-zorgarrangementen voor leerlingen die zowel extra "
          "ondersteuning op school als jeugdhulp nodig hebben. De basisondersteuning van de scholen en de "
          "toelating tot het speciaal onderwijs zijn de verantwoordelijkheid van de samenwerkingsverbanden en "
          "worden in hun ondersteuningsplannen geregeld; deze vallen buiten dit beleidsplan."),
    ("h1", "4 Leerplicht en thuiszitters"),
    ("p", "De leerplichtambtenaren registreren alle verzuimmeldingen. Samen met het samenwerkingsverband "
          "bespreken zij maandelijks alle thuiszitters in het Thuiszittersoverleg. Het "
          "Thuiszitterspact wordt in 2026 vernieuwd."),
    ("h1", "5 Leerlingenvervoer"),
    ("p", "Ouders van leerlingen in het speciaal (basis)onderwijs kunnen een aanvraag voor leerlingenvervoer "
          "indienen bij het Wmo-loket. De verordening leerlingenvervoer is in 2025 aangepast: de "
          "afstandsgrens voor sbo is 6 kilometer."),
    ("h1", "6 Financiën"),
    ("table", [["Programma (x € 1.000)", "2026", "2027", "2028", "2029"],
               ["Jeugdhulp (maatwerk)", "11.420", "11.650", "11.880", "12.100"],
               ["Gezinscoaches op school", "960", "980", "1.000", "1.020"],
               ["Onderwijs-zorgarrangementen (gem. deel)", "240", "250", "260", "270"],
               ["Leerlingenvervoer", "1.310", "1.340", "1.370", "1.400"],
               ["VVE en onderwijsachterstanden", "1.880", "1.880", "1.880", "1.880"]]),
    ("h1", "7 Ouders en inwoners"),
    ("p", "Inwoners met vragen over opvoeden en opgroeien kunnen terecht bij het Centrum voor Jeugd en Gezin. "
          "Voor onafhankelijke cliëntondersteuning bij jeugdhulp kunnen ouders gratis gebruikmaken van "
          "MEE Gelderse Poort. Vragen over passend onderwijs verwijzen wij door naar het samenwerkingsverband "
          "en het Ouder- en Jeugdsteunpunt."),
    ("h1", "8 Monitoring"),
    ("p", "We rapporteren jaarlijks aan de raad via de Jeugdmonitor, met indicatoren over jeugdhulpgebruik, "
          "verzuim, VVE-bereik en het aantal thuiszitters."),
]
N5 = {"why": "Municipal Jeugd/LEA beleidsplan: uses OOGO, samenwerkingsverband, thuiszitters, "
             "onderwijs-zorgarrangementen, speciaal onderwijs, ouder- en jeugdsteunpunt, but is explicitly not "
             "the SWV's plan (section 1 and 3 say so); no planperiode of an SWV, no TLV procedure, budget is "
             "municipal jeugdhulp/leerlingenvervoer.",
      "sector": "sector 'po' is nominal (mostly basisscholen); document covers PO and VO."}


def main():
    # doc 1: docx + pdf
    p = os.path.join(OUT, D1 + ".docx")
    to_docx(b1, p, header="SWV PPO Eemsmond-Delfzijl - Ondersteuningsplan 2026-2030",
            footer="Ondersteuningsplan 2026-2030 | basisondersteuning - toelaatbaarheid - terugplaatsing - "
                   "ouders - financiën")
    to_pdf(p)
    write_label(D1, [D1 + ".docx", D1 + ".pdf"], "po", C1, A1, E1, N1)

    p = os.path.join(OUT, D2 + ".docx")
    to_docx(b2, p, footer="SWV VO Lingewaard-Betuwe | concept voor OPR")
    write_label(D2, [D2 + ".docx"], "vo", C2, A2, E2, N2)

    open(os.path.join(OUT, D3 + ".md"), "w").write(to_md(b3))
    write_label(D3, [D3 + ".md"], "po", C3, A3, E3, N3)

    open(os.path.join(OUT, D4 + ".txt"), "w").write(to_txt(b4))
    write_label(D4, [D4 + ".txt"], "vo", C4, A4, E4, N4)

    p = os.path.join(OUT, D5 + ".docx")
    to_docx(b5, p, footer="Gemeente Westervoort-Duiven | Beleidsplan Jeugd en Onderwijs")
    to_pdf(p)
    os.remove(p)
    write_label(D5, [D5 + ".pdf"], "po", looks_like_plan=False, notes=N5)

    # summary / distribution check
    from collections import Counter
    cnt = Counter()
    for e in (E1, E2, E3, E4):
        cnt.update(e.values())
    print(dict(cnt))


if __name__ == "__main__":
    main()
