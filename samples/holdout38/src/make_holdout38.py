#!/usr/bin/env python3
"""Generate the holdout38 sample set: 5 fictional ondersteuningsplannen + 1 near-miss document,
each with a <name>.expected.yaml label file, in samples/holdout38/.

Deterministic, no network. Needs python-docx, PyYAML and (for the two PDFs) LibreOffice `soffice`.
Usage: python3 src/make_holdout38.py [outdir]
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import yaml  # noqa: E402

import h38_nearmiss  # noqa: E402
import h38_plan_a  # noqa: E402
import h38_plan_b  # noqa: E402
import h38_plan_c  # noqa: E402
import h38_plan_d  # noqa: E402
import h38_plan_e  # noqa: E402
from h38_render import WRITERS, word_count  # noqa: E402

OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(HERE)

CORE = ["basisondersteuning.niveau", "basisondersteuning.inhoud", "plaatsing.procedure", "plaatsing.criteria",
        "terugstroom.procedure", "terugstroom.beleid", "financien.verdeling", "financien.besteding",
        "dekkend-aanbod.continuum", "dekkend-aanbod.lacunes", "resultaten.doelen", "resultaten.monitoring",
        "ouders.informatie", "ouders.steunpunt"]
ELEMENTS = ["basisondersteuning", "plaatsing", "terugstroom", "financien", "dekkend-aanbod", "resultaten",
            "ouders"]

# name, module, format, sector, false core criteria (all others true), advisory_addressed, notes
PLANS = [
    dict(
        name="po-rivierenland-west", mod=h38_plan_a, fmt="docx", sector="po",
        false=["financien.besteding", "resultaten.monitoring"],
        advisory={"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
                  "financien": ["reserves", "verantwoording"], "dekkend-aanbod": ["ketenpartners"],
                  "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
        notes={
            "basisondersteuning": "present: ch. 'Basisondersteuning' sets the level as ondergrens for every "
                                  "vestiging; the concrete content (12 standaarden) is only in the INCLUDED "
                                  "Bijlage 4 Ondersteuningsprofielen-samenvatting, which counts.",
            "plaatsing": "present: body ch. 'Toelaatbaarheid sbo en so' only points to bijlage 2; the included "
                         "Bijlage 2 Procedure TLV has aanvraag, deskundigen, CT-besluit binnen 6 weken (2.1-2.3) "
                         "and sbo/so criteria (2.4), duur/categorie and bezwaar (2.5).",
            "terugstroom": "present: hidden in Bijlage 2 section 2.6 'Afloop van de TLV' (policy: tijdelijke plek, "
                           "thuisnabij, conditions; procedure: evaluation by 1 Feb, advice by 1 Apr, CT by 1 Jun, "
                           "terugplaatsingsarrangement); glossary entry does not count.",
            "financien": "partial: ch. 'Geld en middelen' gives the verdeelmodel (per-leerling bedrag, vaste voet, "
                         "arrangementen via Loket, sbo-peildatum), but Bijlage 3 Meerjarenbegroting is a table of "
                         "'p.m.' with 'bedragen volgen' - no amounts, so besteding is not addressed.",
            "dekkend-aanbod": "present: ch. 'Extra ondersteuning en arrangementen' (5-level table with named "
                              "voorzieningen, OZA) and ch. 'Geen kind buiten beeld' (thuiszittersoverleg, "
                              "doorzettingsmacht, zorgplicht, yearly aanbodkaart of witte vlekken).",
            "resultaten": "partial: ch. 'Ambities en beoogde resultaten' has measurable targets for July 2029, but "
                          "how they are monitored is deferred to a monitoringsplan 'in de loop van 2025-2026'; the "
                          "ch. 'Verantwoording' is about how the plan was made (OPR/OOGO), not results.",
            "ouders": "present: inside ch. 'Communicatie' (ouderpagina, folder in 4 languages, schoolgids, "
                      "informatieavonden; OJSP Wegwijs Rivierenland, Onderwijsconsulenten, klachtenregeling).",
        }),
    dict(
        name="po-heuvelrug-oost", mod=h38_plan_b, fmt="pdf", sector="po",
        false=["basisondersteuning.inhoud", "plaatsing.criteria", "terugstroom.procedure", "terugstroom.beleid",
               "dekkend-aanbod.lacunes", "ouders.steunpunt"],
        advisory={"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie"],
                  "financien": ["reserves", "verantwoording"], "resultaten": ["meetbaar"],
                  "ouders": ["betrokkenheid"]},
        notes={
            "basisondersteuning": "partial: ch. 4 states a binding ondergrens for all 58 vestigingen and an audit "
                                  "cycle, but the content is only the 4-part referentiekader definition plus a "
                                  "reference to Bijlage 5 Kwaliteitskaart, which is separate (website) and NOT "
                                  "included; the included Bijlage 4 lists per-school EXTRA support only.",
            "plaatsing": "partial: included Bijlage 2 Procedure TLV gives steps 1-6 (who applies, deskundigen, CvT, "
                         "6 weken, duration, category); ch. 7 defers the criteria ('worden in 2024-2025 herijkt', "
                         "'op haar merites').",
            "terugstroom": "missing: ch. 6 only says terugplaatsing goes on the 'werkagenda 2025-2027'; the PO-VO "
                           "doorstroom paragraph and the glossary entry 'Terugplaatsing' do not address it.",
            "financien": "present: verdeling in the table in ch. 'Geld en middelen' (EUR 142 per leerling, vaste voet, "
                         "normbedrag arrangement); besteding with amounts only in the included Bijlage 3 "
                         "Meerjarenbegroting table.",
            "dekkend-aanbod": "partial: continuum in ch. 5 (levels, named bovenschoolse voorzieningen, sbo/so) and "
                              "Bijlage 4; the thuiszitters/no-place approach is deferred ('zal in de loop van de "
                              "planperiode ... ontwikkelen'), zorgplicht only in the glossary.",
            "resultaten": "present: ch. 17 'Verantwoording: doelen en resultaten' (targets table with streefwaarden, "
                          "bereikte resultaten 2020-2024, dashboard/tevredenheidspeiling/jaarverslag cycle).",
            "ouders": "partial: ch. 9 informs parents (ouderpagina, brochure, schoolgids, bijeenkomsten), but for "
                      "independent help it only refers to 'een overzicht op onze website'; OJSP and "
                      "Onderwijsconsulenten appear only in Bijlage 1 Begrippen.",
        }),
    dict(
        name="vo-kempenland-noord", mod=h38_plan_c, fmt="docx", sector="vo",
        false=["plaatsing.procedure", "terugstroom.procedure", "financien.verdeling", "financien.besteding",
               "resultaten.doelen", "ouders.informatie", "ouders.steunpunt"],
        advisory={"basisondersteuning": ["borging"], "terugstroom": ["monitoring"],
                  "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"]},
        notes={
            "basisondersteuning": "present: ch. 5 defines the level as binding for every vestiging and lists 8 "
                                  "concrete provisions.",
            "plaatsing": "partial: ch. 8 has a criteria table for pro, lwoo and vso cluster 3/4; the procedure "
                         "(aanvraag, stukken, besluitvorming) is only in the external 'Handboek Toewijzing' on the "
                         "website; 'Commissie Toewijzing' appears only in the Begrippenlijst.",
            "terugstroom": "partial: ch. 9 gives the policy (aim, three conditions, terugkeerarrangement), but the "
                           "steps, evaluation moments and decision-making are deferred to a stappenplan 'voorjaar "
                           "2026'.",
            "financien": "missing: ch. 11 only refers to the separate 'Financieel kader 2025-2029'; meerjarenbegroting "
                         "and verdeelmodel appear only in the TOC and Begrippenlijst.",
            "dekkend-aanbod": "present: ch. 6 continuum table (niveau 1-4, OPDC, rebound, ISK, OZA, pro, vso) and "
                              "ch. 7 (thuiszitterstafel, doorzettingsmacht, wachtlijst analysis, zorgplicht).",
            "resultaten": "partial: ch. 12 describes the PDCA cycle, dashboard, reporting to RvT/OPR and jaarverslag "
                          "(monitoring), but the ambities/streefwaarden are deferred to an addendum after a "
                          "koerssessie in autumn 2025; the terugblik reports figures of the previous period only.",
            "ouders": "missing: ch. 10 'Ouders en leerlingen' is a placeholder '[Tekst volgt ...]'; OJSP and "
                      "Onderwijsconsulenten appear only in the Begrippenlijst; OPR composition does not mention "
                      "parents.",
        }),
    dict(
        name="po-veenkolonien-zuid", mod=h38_plan_d, fmt="pdf", sector="po",
        false=["basisondersteuning.niveau", "basisondersteuning.inhoud", "terugstroom.beleid",
               "financien.verdeling", "dekkend-aanbod.continuum", "dekkend-aanbod.lacunes"],
        advisory={"plaatsing": ["deskundigen", "duur-categorie", "bezwaar"], "terugstroom": ["monitoring"],
                  "financien": ["reserves", "verantwoording"], "resultaten": ["meetbaar"],
                  "ouders": ["betrokkenheid"]},
        notes={
            "basisondersteuning": "missing: ch. 4 only refers to the Koersdocument 'Elk kind een plek' (bijlage 5, "
                                  "separately published, NOT included); the running header, TOC and Bijlage 1 "
                                  "mention basisondersteuning but address nothing.",
            "plaatsing": "present: ch. 5 gives three criteria (+ ZML/EMB route), CvT composition, duration and "
                         "category; the included Bijlage 2 gives the step table with deskundigen and termijnen; "
                         "bezwaar via LBT in ch. 8.",
            "terugstroom": "partial: ch. 5 sub-section 'Einde van een TLV' gives the procedure (evaluation before "
                           "1 March, report by 15 March, CvT by 15 May, end 31 July); the policy (uitgangspunten, "
                           "voorwaarden, begeleiding na overstap) is deferred to 2026.",
            "financien": "partial: included Bijlage 3 Meerjarenbegroting has amounts per year (besteding), but the "
                         "verdeelmodel/verdeelsleutel is only announced for spring 2026 ('bestaande afspraken "
                         "blijven van kracht' without describing them).",
            "dekkend-aanbod": "missing: the samenhangend aanbod is only referred to the absent Koersdocument; no "
                              "thuiszitters/zorgplicht approach in the body (terms only in Bijlage 1); the OOGO text "
                              "is procedural only.",
            "resultaten": "present: ch. 15 'Verantwoording en kwaliteit' lists beoogde resultaten with baselines and "
                          "describes registration, tevredenheidspeiling, halfjaarlijkse voortgangsrapportage and "
                          "jaarverslag.",
            "ouders": "present: informatie in ch. 7 'Communicatie' (ouderpagina, brochure in 4 languages, "
                      "gesprekskaart, ouderavond); steunpunt in ch. 8 'Klachten, bezwaar en geschillen' (OJSP "
                      "Veenkoloniën, Onderwijsconsulenten, klachtencommissie, Geschillencommissie).",
        }),
    dict(
        name="vo-zeekust", mod=h38_plan_e, fmt="html", sector="vo",
        false=["basisondersteuning.niveau", "plaatsing.procedure", "plaatsing.criteria",
               "dekkend-aanbod.continuum", "resultaten.doelen", "resultaten.monitoring", "ouders.informatie"],
        advisory={"financien": ["reserves", "verantwoording"], "dekkend-aanbod": ["ketenpartners"],
                  "ouders": ["betrokkenheid"]},
        notes={
            "basisondersteuning": "partial: ch. 4 lists the concrete content of basisondersteuning, but explicitly "
                                  "says no minimum level for every vestiging has been agreed (waiting for the "
                                  "landelijke norm).",
            "plaatsing": "missing: ch. 5 says toelaatbaarheid vso/pro and lwoo are in the separate "
                         "'Toewijzingsprotocol 2024' that 'maakt geen deel uit van dit ondersteuningsplan'; CvT, "
                         "deskundigen, LBT and TLV duration appear only in the Begrippenlijst.",
            "terugstroom": "present: ch. 7 'Terug naar het regulier voortgezet onderwijs' (policy and conditions, "
                           "'Werkwijze' steps with dates and decision owner, terugkeerarrangement).",
            "financien": "present: ch. 8 verdeling table (90% per leerling, lwoo/pro naar rato, arrangement amount) "
                         "and the Meerjarenbegroting 2024-2028 table with amounts.",
            "dekkend-aanbod": "partial: ch. 6 gives the thuiszitters/no-place/witte-vlekken approach (lacunes), but "
                              "the overview of the samenhangend aanbod (Ondersteuningskaart) is 'in voorbereiding'.",
            "resultaten": "missing: ch. 10 'Resultaten en kwaliteit' only announces a nulmeting and a future "
                          "resultaatparagraaf; 'Monitor' appears only in the Begrippenlijst.",
            "ouders": "partial: ch. 9 describes the independent Steunpunt Ouders & Jongeren, Onderwijsconsulenten "
                      "and geschillen/klachten, but the information to parents about the support offer "
                      "(website, folders) is still to be developed in 2024-2025.",
        }),
]

NEARMISS = dict(name="school-wilgenhoek-ondersteuningsplan", mod=h38_nearmiss, fmt="txt", sector="po",
                note="School-level 'ondersteuningsplan' of one basisschool (zorgniveaus, groepsbesprekingen, "
                     "IB-jaarplanning, MR-instemming); it refers to the samenwerkingsverband's plan but is not an "
                     "ondersteuningsplan of a samenwerkingsverband.")


def _q(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def label_yaml(p):
    crit = {c: c not in p["false"] for c in CORE}
    status = {}
    for el in ELEMENTS:
        vals = [crit[c] for c in CORE if c.startswith(el + ".")]
        if all(vals):
            status[el] = "present"
        elif any(vals) or p["advisory"].get(el):
            status[el] = "partial"
        else:
            status[el] = "missing"
    lines = [f"documents: [{p['name']}.{p['fmt']}]", f"sector: {p['sector']}", "looks_like_plan: true",
             "elements: {" + ", ".join(f"{el}: {status[el]}" for el in ELEMENTS) + "}", "criteria:"]
    lines += [f"  {c}: {'true' if crit[c] else 'false'}" for c in CORE]
    lines.append("advisory_addressed:")
    for el in ELEMENTS:
        if p["advisory"].get(el):
            lines.append(f"  {el}: [{', '.join(p['advisory'][el])}]")
    lines.append("notes:")
    for el in ELEMENTS:
        lines.append(f"  {el}: {_q(p['notes'][el])}")
    return "\n".join(lines) + "\n", status


def nearmiss_yaml(p):
    return "\n".join([f"documents: [{p['name']}.{p['fmt']}]", f"sector: {p['sector']}", "looks_like_plan: false",
                      "elements: {}", "criteria: {}", "advisory_addressed: {}", "notes:",
                      f"  document: {_q(p['note'])}"]) + "\n"


def render(p):
    m = p["mod"]
    blocks = m.blocks()
    path = os.path.join(OUT, f"{p['name']}.{p['fmt']}")
    WRITERS[p["fmt"]](blocks, path, m.HEADER, m.FOOTER, m.TITLE)
    return path, word_count(blocks)


def main():
    os.makedirs(OUT, exist_ok=True)
    for p in PLANS:
        path, words = render(p)
        text, status = label_yaml(p)
        # sanity: a label must parse and agree with the intended element statuses
        data = yaml.safe_load(text)
        assert data["elements"] == status and len(data["criteria"]) == 14
        with open(os.path.join(OUT, p["name"] + ".expected.yaml"), "w", encoding="utf-8") as f:
            f.write(text)
        print(f"{os.path.basename(path)}: {words} words; " + ", ".join(f"{k}={v}" for k, v in status.items()))
    path, words = render(NEARMISS)
    with open(os.path.join(OUT, NEARMISS["name"] + ".expected.yaml"), "w", encoding="utf-8") as f:
        f.write(nearmiss_yaml(NEARMISS))
    print(f"{os.path.basename(path)}: {words} words; looks_like_plan=false")


if __name__ == "__main__":
    main()
