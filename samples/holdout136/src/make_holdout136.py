#!/usr/bin/env python3
"""Build the holdout136 sample set: 5 fictional ondersteuningsplannen + 1 near-miss, with labels.

Deterministic, no network. Output goes to the folder above this script's folder.
PDFs are rendered from .docx with LibreOffice (soffice --headless) in a private temp dir.
"""
import sys
from pathlib import Path

SRC = Path(__file__).resolve().parent
OUT = SRC.parent
sys.path.insert(0, str(SRC))

import h136_render as R  # noqa: E402
import h136_p1, h136_p2, h136_p3, h136_p4, h136_p5, h136_nearmiss  # noqa: E402,E401

LABELS = {}

LABELS["h136-po-maasdelta-2026-2030"] = """documents: [h136-po-maasdelta-2026-2030.docx]
sector: po
looks_like_plan: true
elements: {basisondersteuning: present, plaatsing: present, terugstroom: partial, financien: present, dekkend-aanbod: present, resultaten: partial, ouders: present}
criteria:
  basisondersteuning.niveau: true
  basisondersteuning.inhoud: true
  plaatsing.procedure: true
  plaatsing.criteria: true
  terugstroom.procedure: false
  terugstroom.beleid: true
  financien.verdeling: true
  financien.besteding: true
  dekkend-aanbod.continuum: true
  dekkend-aanbod.lacunes: true
  resultaten.doelen: true
  resultaten.monitoring: false
  ouders.informatie: true
  ouders.steunpunt: true
advisory_addressed:
  basisondersteuning: [borging]
  plaatsing: [deskundigen, duur-categorie, bezwaar]
  financien: [reserves, verantwoording]
  dekkend-aanbod: [ketenpartners]
  resultaten: [meetbaar]
  ouders: [betrokkenheid]
notes:
  basisondersteuning: "H4 defines the verband-wide minimum for every vestiging and lists nine concrete voorzieningen; borging via kwaliteitskaart."
  plaatsing: "H6.1 criteria per sbo/so cluster 3/4, H6.2 procedure (bevoegd gezag, Kindkans, two deskundigen, besluit binnen 6 weken), 6.3 duur/categorie, 6.5 LBT."
  terugstroom: "Policy (aims, conditions, terugplaatsingsarrangement EUR 3.500) sits inside the TLV chapter at 6.6; the procedure is explicitly deferred to a stappenplan to be written in 2026-2027."
  financien: "H15 'Geld en middelen': EUR 205 per leerling + vaste voet + SES-opslag, and a 2026-2029 meerjarenbegroting table with amounts; reserves afgebouwd."
  dekkend-aanbod: "H5.1 four-level continuum with named voorzieningen; 5.2 yearly witte-vlekkenanalyse and shared zorgplicht; thuiszitters paragraph."
  resultaten: "H7 gives beoogde resultaten with targets (table), but how they are monitored/reported is deferred to a monitoringsplan in the first plan year; H3 terugblik lists only activities."
  ouders: "Found under H8 'Communicatie': website oudersectie, ouderfolder, informatieavonden (informatie) and the independent Ouder- en Jeugdsteunpunt, Onderwijsconsulenten (steunpunt)."
"""

LABELS["h136-po-veenweide-2025-2029"] = """documents: [h136-po-veenweide-2025-2029.docx]
sector: po
looks_like_plan: true
elements: {basisondersteuning: partial, plaatsing: partial, terugstroom: missing, financien: partial, dekkend-aanbod: present, resultaten: present, ouders: partial}
criteria:
  basisondersteuning.niveau: true
  basisondersteuning.inhoud: false
  plaatsing.procedure: true
  plaatsing.criteria: false
  terugstroom.procedure: false
  terugstroom.beleid: false
  financien.verdeling: true
  financien.besteding: false
  dekkend-aanbod.continuum: true
  dekkend-aanbod.lacunes: true
  resultaten.doelen: true
  resultaten.monitoring: true
  ouders.informatie: true
  ouders.steunpunt: false
advisory_addressed:
  plaatsing: [deskundigen]
  financien: [verantwoording]
  dekkend-aanbod: [ketenpartners]
  resultaten: [meetbaar]
  ouders: [betrokkenheid]
notes:
  basisondersteuning: "H3 states the minimum level for all vestigingen but only copies the four Referentiekader aspects and refers to each school's SOP on its website for the content."
  plaatsing: "H4.3 describes the Loket/CvT procedure (dossier, two deskundigen, 6 weken) but says explicitly there are no fixed criteria ('op maat')."
  terugstroom: "Only the TOC entry 4.4 'Terug- en doorplaatsing' and a body line that the paragraph will be added later; POVO overstap text is not terugstroom."
  financien: "H12 gives the verdeling (schoolmodel, EUR 142 per leerling on 1 oktober, decided yearly by directeur-bestuurder); the meerjarenbegroting is a separate document not included."
  dekkend-aanbod: "H4 intro + 4.1/4.2 list arrangementen, bovenschoolse voorzieningen, sbo/so; 4.5 thuiszitters procedure, yearly gap analysis and shared zorgplicht."
  resultaten: "H5 'Kwaliteitszorg' has indicators with baseline and streefwaarde 2029 and describes data collection, twice-yearly rapportage, jaarverslag and a 2027 tussenevaluatie."
  ouders: "H13 covers information channels (website, schoolgids, ouderfolder); for help parents are only sent to the school's own staff, an independent steunpunt is only 'onderzocht' in 2025-2026."
"""

LABELS["h136-po-hunzedal-2026-2030"] = """documents: [h136-po-hunzedal-2026-2030.pdf]
sector: po
looks_like_plan: true
elements: {basisondersteuning: present, plaatsing: present, terugstroom: present, financien: partial, dekkend-aanbod: partial, resultaten: missing, ouders: present}
criteria:
  basisondersteuning.niveau: true
  basisondersteuning.inhoud: true
  plaatsing.procedure: true
  plaatsing.criteria: true
  terugstroom.procedure: true
  terugstroom.beleid: true
  financien.verdeling: false
  financien.besteding: true
  dekkend-aanbod.continuum: true
  dekkend-aanbod.lacunes: false
  resultaten.doelen: false
  resultaten.monitoring: false
  ouders.informatie: true
  ouders.steunpunt: true
advisory_addressed:
  basisondersteuning: [borging]
  plaatsing: [deskundigen, duur-categorie]
  financien: [reserves]
  dekkend-aanbod: [ketenpartners]
  ouders: [betrokkenheid]
notes:
  basisondersteuning: "H3 'Wat elke school biedt': common minimum for all 41 schools, content only in the table (zorgstructuur, dyslexie, gedrag, HB, medisch, werkwijze)."
  plaatsing: "H5.1 procedure (bestuur vraagt aan, Commissie Toewijzing, two deskundigen, 6 weken); criteria only in the sbo/so cluster 3/cluster 4 table."
  terugstroom: "Hidden in the TLV chapter, 5.2 'Einde van de TLV en terugplaatsing': policy (thuisnabij, conditions, arrangement) and procedure (yearly OPP evaluation, MDO by 1 maart, decision by 1 juni, end 31 juli)."
  financien: "H13 has a 2026-2029 lasten table (besteding) but the verdeelmodel is being redeveloped in 2026-2027 and 'bestaande verdeling' is not described."
  dekkend-aanbod: "H4 ondersteuningsroute gives the continuum; the thuiszitters approach is deferred ('volgt ... najaar 2026') and there is no gap analysis or zorgplicht arrangement."
  resultaten: "H14 'Resultaten en kwaliteitszorg' only refers to a jaarplan on the website; no goals or monitoring anywhere in the body (glossary defines 'beoogde resultaten' only)."
  ouders: "H6 'Ouders': website oudersectie, schoolgids, inloopspreekuur, ouderkaart; independent Ouderpunt Hunzedal (OJSP) and Onderwijsconsulenten."
"""

LABELS["h136-vo-kempenrand-2026-2030"] = """documents: [h136-vo-kempenrand-2026-2030.pdf]
sector: vo
looks_like_plan: true
elements: {basisondersteuning: missing, plaatsing: present, terugstroom: present, financien: present, dekkend-aanbod: present, resultaten: partial, ouders: missing}
criteria:
  basisondersteuning.niveau: false
  basisondersteuning.inhoud: false
  plaatsing.procedure: true
  plaatsing.criteria: true
  terugstroom.procedure: true
  terugstroom.beleid: true
  financien.verdeling: true
  financien.besteding: true
  dekkend-aanbod.continuum: true
  dekkend-aanbod.lacunes: true
  resultaten.doelen: false
  resultaten.monitoring: true
  ouders.informatie: false
  ouders.steunpunt: false
advisory_addressed:
  plaatsing: [deskundigen, duur-categorie]
  terugstroom: [monitoring]
  financien: [reserves, verantwoording]
  dekkend-aanbod: [ketenpartners]
  resultaten: [meetbaar]
notes:
  basisondersteuning: "H3 only says a werkgroep will draw up new agreements in 2026-2027; otherwise the word appears in the TOC and Bijlage A only."
  plaatsing: "H5: vso TLV procedure and criteria (Commissie Toewijzing, two deskundigen, 6 weken, max 3 jaar, categorie), lwoo (landelijke criteria, aanvraag voor 1 april, 4 weken) and pro."
  terugstroom: "5.4 'Terug naar het regulier voortgezet onderwijs': aims/conditions/overgangsarrangement EUR 4.000 plus procedure (yearly OPP check, melding 6 maanden voor einde TLV, besluit directeur-bestuurder)."
  financien: "H7: verdeling lichte/zware ondersteuning, EUR 180 schoolbudget, lwoo/pro per aanwijzing; meerjarenbegroting table 2026-2029."
  dekkend-aanbod: "4.1 layered aanbod (OPDC, rebound, ISK, lwoo, pro, vso, OZA); 4.2 thuiszitterstafel, yearly witte-vlekkenanalyse, shared zorgplicht."
  resultaten: "H6 describes monitoring with kengetallen 2022-2025 and jaarverslag, but ambities/streefwaarden are deferred to the first plan year (also in H2)."
  ouders: "H13 'Ouders en leerlingen' is only a deferral to a future OJSP and a reference to the previous plan; OPR text is neutral, procedures give parents no role; OJSP/Onderwijsconsulenten only in Bijlage A."
"""

LABELS["h136-po-lingestreek-concept-2026"] = """documents: [h136-po-lingestreek-concept-2026.html]
sector: po
looks_like_plan: true
elements: {basisondersteuning: present, plaatsing: missing, terugstroom: partial, financien: missing, dekkend-aanbod: missing, resultaten: present, ouders: partial}
criteria:
  basisondersteuning.niveau: true
  basisondersteuning.inhoud: true
  plaatsing.procedure: false
  plaatsing.criteria: false
  terugstroom.procedure: true
  terugstroom.beleid: false
  financien.verdeling: false
  financien.besteding: false
  dekkend-aanbod.continuum: false
  dekkend-aanbod.lacunes: false
  resultaten.doelen: true
  resultaten.monitoring: true
  ouders.informatie: false
  ouders.steunpunt: true
advisory_addressed:
  basisondersteuning: [borging]
  resultaten: [meetbaar]
  ouders: [betrokkenheid]
notes:
  basisondersteuning: "H4: ten standaarden as the minimum for every vestiging, with audit every two years (borging)."
  plaatsing: "6.1 only refers to bijlage 3 'Handreiking TLV', which is not part of the document ('wordt nagezonden'); TLV appears otherwise only in the glossary."
  terugstroom: "6.2 gives a five-step procedure (OPP evaluation, overleg voor 1 februari, aanmelding voor 1 april, TLV ends 31 juli) but no policy: no aims, conditions or support after return."
  financien: "H7 is a '[p.m.]' placeholder; begroting and verdeelmodel follow in November 2026."
  dekkend-aanbod: "H5 is a '[Tekst volgt]' placeholder; OOGO section (H10) is procedural only; no thuiszitters, voorzieningen or extra ondersteuning described."
  resultaten: "H14 table of doelen with indicators, 2025 values and 2030 targets, plus data collection, twice-yearly review, jaarverslag and 2028 tussenevaluatie; H3 terugblik gives achieved figures."
  ouders: "H15 names the independent Ouder- en Jeugdsteunpunt, Onderwijsconsulenten and Geschillencommissie, but how parents are informed is deferred to a communicatieplan in preparation."
"""

LABELS["h136-obs-vlinderboom-schoolondersteuningsplan"] = """documents: [h136-obs-vlinderboom-schoolondersteuningsplan.docx]
sector: po
looks_like_plan: false
elements: {}
criteria: {}
notes:
  document: "School-level ondersteuningsplan of one basisschool (zorgniveaus, groepsbesprekingen, OT, OPP) that mentions the samenwerkingsverband, TLV, basisondersteuning, arrangement and ouder- en jeugdsteunpunt, but is not an SWV plan: no OPR/OOGO/planperiode, no verband-wide provisions (domain 5.4)."
"""

DOCS = [
    ("h136-po-maasdelta-2026-2030", h136_p1.blocks, "docx", "Ondersteuningsplan 2026-2030 SWV Maasdelta PO 28-14"),
    ("h136-po-veenweide-2025-2029", h136_p2.blocks, "docx", "Ondersteuningsplan 2025-2029 SWV Veenweide PO 26-08"),
    ("h136-po-hunzedal-2026-2030", h136_p3.blocks, "pdf", "Ondersteuningsplan 2026-2030 SWV Hunzedal PO 20-03"),
    ("h136-vo-kempenrand-2026-2030", h136_p4.blocks, "pdf", "Ondersteuningsplan 2026-2030 SWV VO Kempenrand VO 30-11"),
    ("h136-po-lingestreek-concept-2026", h136_p5.blocks, "html", "Concept ondersteuningsplan 2026-2030 Lingestreek PO 25-05"),
    ("h136-obs-vlinderboom-schoolondersteuningsplan", h136_nearmiss.blocks, "docx", "Ondersteuningsplan OBS De Vlinderboom 2025-2026"),
]

WRITERS = {"docx": R.write_docx, "pdf": R.write_pdf, "html": R.write_html}


def main():
    for stem, fn, fmt, title in DOCS:
        blocks = fn()
        target = OUT / ("%s.%s" % (stem, fmt))
        WRITERS[fmt](blocks, target, title)
        (OUT / ("%s.expected.yaml" % stem)).write_text(LABELS[stem], encoding="utf-8")
        print("%-50s %5d words -> %s" % (stem, R.word_count(blocks), target.name))


if __name__ == "__main__":
    main()
