#!/usr/bin/env python3
"""Generate the holdout127 test set: 5 fictional ondersteuningsplannen + 1 near-miss document.

Deterministic, no network. Output goes to the folder above this script's folder.
Label files (*.expected.yaml) are written by this script as well.
"""
import html as htmlmod
import shutil
import subprocess
import tempfile
from pathlib import Path

import yaml
from docx import Document
from docx.shared import Pt

OUT = Path(__file__).resolve().parent.parent

# ---------------------------------------------------------------------------
# Block model: list of (kind, payload)
#   ("title", str) ("h1", str) ("h2", str) ("h3", str) ("p", str)
#   ("ul", [str]) ("ol", [str]) ("table", [[str,...], ...]) ("pagebreak", None)
# ---------------------------------------------------------------------------


def write_docx(blocks, path, header_text=None, footer_text=None):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    if header_text:
        doc.sections[0].header.paragraphs[0].text = header_text
    if footer_text:
        doc.sections[0].footer.paragraphs[0].text = footer_text
    for kind, val in blocks:
        if kind == "title":
            doc.add_heading(val, level=0)
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
            t = doc.add_table(rows=len(val), cols=len(val[0]))
            t.style = "Table Grid"
            for r, row in enumerate(val):
                for c, cell in enumerate(row):
                    t.cell(r, c).text = cell
            doc.add_paragraph("")
        elif kind == "pagebreak":
            doc.add_page_break()
        else:
            raise ValueError(kind)
    doc.save(str(path))


def write_md(blocks, path):
    out = []
    for kind, val in blocks:
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
        elif kind == "ul":
            out.append("\n".join("- " + it for it in val) + "\n")
        elif kind == "ol":
            out.append("\n".join(f"{i}. {it}" for i, it in enumerate(val, 1)) + "\n")
        elif kind == "table":
            rows = ["| " + " | ".join(c.replace("|", "/") for c in r) + " |" for r in val]
            rows.insert(1, "|" + "---|" * len(val[0]))
            out.append("\n".join(rows) + "\n")
        elif kind == "pagebreak":
            out.append("---\n")
    path.write_text("\n".join(out), encoding="utf-8")


def write_html(blocks, path, title):
    e = htmlmod.escape
    out = ["<!DOCTYPE html>", '<html lang="nl">', "<head>", '<meta charset="utf-8">',
           f"<title>{e(title)}</title>", "</head>", "<body>",
           '<header><nav><a href="#">Home</a> | <a href="#">Ouders</a> | <a href="#">Scholen</a> | '
           '<a href="#">Toelaatbaarheid</a> | <a href="#">Financi&euml;n</a> | <a href="#">Contact</a></nav></header>',
           "<main>"]
    for kind, val in blocks:
        if kind == "title":
            out.append(f"<h1>{e(val)}</h1>")
        elif kind == "h1":
            out.append(f"<h2>{e(val)}</h2>")
        elif kind == "h2":
            out.append(f"<h3>{e(val)}</h3>")
        elif kind == "h3":
            out.append(f"<h4>{e(val)}</h4>")
        elif kind == "p":
            out.append(f"<p>{e(val)}</p>")
        elif kind == "ul":
            out.append("<ul>" + "".join(f"<li>{e(i)}</li>" for i in val) + "</ul>")
        elif kind == "ol":
            out.append("<ol>" + "".join(f"<li>{e(i)}</li>" for i in val) + "</ol>")
        elif kind == "table":
            rows = ["<tr>" + "".join(f"<th>{e(c)}</th>" for c in val[0]) + "</tr>"]
            for r in val[1:]:
                rows.append("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>")
            out.append("<table border=\"1\">" + "".join(rows) + "</table>")
        elif kind == "pagebreak":
            out.append("<hr>")
    out += ["</main>",
            "<footer><p>Samenwerkingsverband Passend Primair Onderwijs Vechtstreek &middot; "
            "ouders &middot; basisondersteuning &middot; toelaatbaarheid &middot; resultaten &middot; "
            "privacyverklaring &middot; cookies</p></footer>",
            "</body>", "</html>"]
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


def docx_to_pdf(docx_path, pdf_path):
    tmp = Path(tempfile.mkdtemp(prefix="holdout127_pdf_"))
    try:
        src = tmp / (pdf_path.stem + ".docx")
        shutil.copy(docx_path, src)
        profile = tmp / "lo_profile"
        subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
                        "--convert-to", "pdf", "--outdir", str(tmp), str(src)],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
        shutil.copy(tmp / (pdf_path.stem + ".pdf"), pdf_path)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def write_label(name, data):
    # keep a stable, readable key order
    text = yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=200)
    (OUT / f"{name}.expected.yaml").write_text(text, encoding="utf-8")


CORE = ["basisondersteuning.niveau", "basisondersteuning.inhoud", "plaatsing.procedure",
        "plaatsing.criteria", "terugstroom.procedure", "terugstroom.beleid", "financien.verdeling",
        "financien.besteding", "dekkend-aanbod.continuum", "dekkend-aanbod.lacunes",
        "resultaten.doelen", "resultaten.monitoring", "ouders.informatie", "ouders.steunpunt"]
ELEMENTS = ["basisondersteuning", "plaatsing", "terugstroom", "financien", "dekkend-aanbod",
            "resultaten", "ouders"]


def label(documents, sector, true_criteria, advisory, notes):
    crit = {c: (c in true_criteria) for c in CORE}
    elements = {}
    for el in ELEMENTS:
        cs = [v for k, v in crit.items() if k.startswith(el + ".")]
        if all(cs):
            st = "present"
        elif any(cs) or advisory.get(el):
            st = "partial"
        else:
            st = "missing"
        elements[el] = st
    return {"documents": documents, "sector": sector, "looks_like_plan": True,
            "elements": elements, "criteria": crit,
            "advisory_addressed": {k: v for k, v in advisory.items() if v},
            "notes": notes}


# ===========================================================================
# Plan 1: PO, long formal plan (docx + pdf). Zuidrand.
# ===========================================================================

def plan_po_zuidrand():
    N = "Samenwerkingsverband Passend Primair Onderwijs Zuidrand"
    b = []
    a = b.append
    a(("title", "Ondersteuningsplan 2026-2030"))
    a(("p", f"Stichting {N} (PO 27-09)"))
    a(("p", "Basisondersteuning | Toelaatbaarheid | Terugplaatsing | Financiën | Dekkend aanbod | Resultaten | Ouders"))
    a(("p", "Vastgesteld door het algemeen bestuur op 24 maart 2026, na instemming van de ondersteuningsplanraad "
            "op 10 maart 2026 en afronding van het op overeenstemming gericht overleg met de gemeenten op 27 januari 2026. "
            "Planperiode: 1 augustus 2026 tot en met 31 juli 2030."))
    a(("pagebreak", None))
    a(("h1", "Inhoudsopgave"))
    a(("ul", ["Voorwoord",
              "1 Inleiding en wettelijk kader",
              "2 Missie, visie en koers",
              "3 Het samenwerkingsverband in cijfers",
              "4 Basisondersteuning: wat elke school biedt",
              "5 Extra ondersteuning en het ondersteuningscontinuüm",
              "6 Toelaatbaarheid tot sbo en so (inclusief terugplaatsing)",
              "7 Dekkend aanbod, thuiszitters en zorgplicht",
              "8 Samenwerking met gemeenten en jeugdhulp",
              "9 Resultaten en kwaliteitszorg",
              "10 Communicatie",
              "11 Geld en middelen",
              "12 Organisatie en governance",
              "13 Personeel en professionalisering",
              "14 ICT, gegevensverwerking en privacy",
              "15 Planning 2026-2030",
              "Bijlage 1 Begrippenlijst",
              "Bijlage 2 Afkortingen",
              "Bijlage 3 Stappenplan terugplaatsing en overplaatsing (in voorbereiding)"]))
    a(("pagebreak", None))
    a(("h1", "Voorwoord"))
    a(("p", "Voor u ligt het derde ondersteuningsplan van ons samenwerkingsverband. Het plan beschrijft hoe de elf "
            "aangesloten schoolbesturen in de regio Zuidrand er samen voor zorgen dat ieder kind een zo passend "
            "mogelijke plek in het onderwijs krijgt. Het is tot stand gekomen in een traject van ruim een jaar, "
            "waarin directeuren, intern begeleiders, leerkrachten, ouders, gemeenten en jeugdhulpaanbieders hun "
            "ervaringen en wensen hebben ingebracht. In zes regiobijeenkomsten en twee online sessies hebben meer dan "
            "tweehonderd betrokkenen meegedacht over de koers voor de komende vier jaar."))
    a(("p", "Passend onderwijs is geen project met een einddatum, maar een manier van werken die voortdurend onderhoud "
            "vraagt. De afgelopen planperiode heeft ons geleerd dat goede ondersteuning begint in de klas, bij een "
            "leerkracht die zich gesteund voelt door een sterk team en door deskundige collega's. Tegelijk hebben we "
            "gezien dat de druk op het speciaal onderwijs toeneemt, dat het lerarentekort zijn sporen nalaat en dat "
            "de samenwerking met de jeugdhulp nog niet overal vanzelf gaat. Dit plan geeft richting aan de keuzes die "
            "we daarin maken. Het is nadrukkelijk een gezamenlijk plan: het is van de besturen, van de scholen en "
            "van iedereen die zich dagelijks inzet voor kinderen die net iets meer nodig hebben."))
    a(("p", "Ik dank de leden van de ondersteuningsplanraad voor hun kritische en constructieve bijdrage, de "
            "wethouders en beleidsmedewerkers van de vier gemeenten voor het open overleg, en alle collega's die "
            "tijd hebben vrijgemaakt om mee te schrijven. — drs. M.A. (Marloes) Verhagen, directeur-bestuurder"))

    a(("h1", "1 Inleiding en wettelijk kader"))
    a(("h2", "1.1 Wettelijk kader"))
    a(("p", "Op grond van artikel 18a, zevende lid, van de Wet op het primair onderwijs (WPO) stelt het "
            "samenwerkingsverband ten minste eenmaal in de vier jaar een ondersteuningsplan vast. Het achtste lid van "
            "dat artikel somt op wat het plan in elk geval omvat: onder meer de wijze waarop een samenhangend geheel "
            "van ondersteuningsvoorzieningen wordt gerealiseerd, inclusief de basisondersteuning; de procedure en "
            "criteria voor de verdeling en besteding van middelen; de procedure en criteria voor toelaatbaarheid tot "
            "het speciaal basisonderwijs en het speciaal onderwijs; het beleid voor terugplaatsing; de beoogde en "
            "bereikte resultaten; en de wijze van informeren van ouders. Dit hoofdstuk noemt die onderdelen alleen; "
            "de inhoudelijke uitwerking staat in de hoofdstukken 4 tot en met 11."))
    a(("p", "Daarnaast zijn van belang artikel 40 van de Wet op de expertisecentra (WEC), dat de "
            "toelaatbaarheidsverklaring voor het speciaal onderwijs regelt, artikel 34.8 van het Besluit bekostiging "
            "WPO over de deskundigen die adviseren over toelaatbaarheid, en artikel 14a van de Wet medezeggenschap op "
            "scholen (WMS), dat de ondersteuningsplanraad instemmingsrecht geeft op de vaststelling van dit plan. "
            "Ook de Jeugdwet (artikel 2.7) is relevant, omdat gemeenten hun jeugdbeleid met ons afstemmen."))
    a(("h2", "1.2 Totstandkoming"))
    a(("p", "Het concept-plan is op 2 december 2025 aan de gemeenten Heerveld, Brakelduin, Sint-Aldegonde en Veenhoven "
            "voorgelegd. Het op overeenstemming gericht overleg (OOGO) is op 27 januari 2026 met overeenstemming "
            "afgerond. Met het samenwerkingsverband VO Zuidrand, waarvan het gebied grotendeels samenvalt met het "
            "onze, is op 15 januari 2026 overleg gevoerd. De ondersteuningsplanraad heeft op 10 maart 2026 ingestemd. "
            "Het algemeen bestuur heeft het plan op 24 maart 2026 vastgesteld; het is vóór 1 mei 2026 via het "
            "Internet Schooldossier aan de Inspectie van het Onderwijs toegezonden."))
    a(("h2", "1.3 Leeswijzer"))
    a(("p", "Hoofdstuk 2 beschrijft onze missie en visie. Hoofdstuk 3 schetst de regio. De hoofdstukken 4 tot en met 7 "
            "gaan over het ondersteuningsaanbod, van de basisondersteuning tot het speciaal onderwijs. Hoofdstuk 8 gaat "
            "over de samenwerking met gemeenten. Hoofdstuk 9 beschrijft onze doelen. Hoofdstuk 10 gaat over "
            "communicatie en hoofdstuk 11 over geld en middelen. De hoofdstukken 12 tot en met 15 beschrijven de "
            "organisatie. Een begrippenlijst en een lijst met afkortingen zijn als bijlage opgenomen."))

    a(("h1", "2 Missie, visie en koers"))
    a(("h2", "2.1 Missie"))
    a(("p", "Wij zorgen er samen voor dat elk kind in de regio Zuidrand onderwijs krijgt dat past bij wat het nodig "
            "heeft, zo dicht mogelijk bij huis, en dat geen kind tussen wal en schip valt."))
    a(("h2", "2.2 Visie"))
    a(("p", "Wij geloven dat kinderen het meest leren in een omgeving waar zij zich gezien voelen. Passend onderwijs "
            "begint daarom bij de relatie tussen leerkracht en kind en bij het gesprek met ouders. We kijken naar wat "
            "een kind nodig heeft en niet naar wat het mankeert. Scholen, ouders en ketenpartners werken als "
            "gelijkwaardige partners samen. Middelen volgen de ondersteuningsbehoefte, niet andersom. We organiseren "
            "de ondersteuning zo licht als mogelijk en zo zwaar als nodig. En we maken de resultaten van ons werk "
            "zichtbaar, zodat we kunnen leren en verbeteren."))
    a(("p", "Inclusiever onderwijs is voor ons een richting, geen dogma. We willen dat meer kinderen in hun eigen wijk "
            "naar school kunnen, maar we erkennen dat het speciaal (basis)onderwijs voor een deel van de kinderen de "
            "beste plek is en blijft. Het gaat erom dat de keuze voor een plek bewust, tijdig en samen met ouders "
            "wordt gemaakt, en dat die keuze regelmatig opnieuw wordt bekeken."))
    a(("h2", "2.3 Koers 2026-2030"))
    a(("p", "Voor de komende planperiode kiezen we vier koerslijnen: (1) versterken van de basis in elke groep; "
            "(2) meer thuisnabije arrangementen in samenwerking met de jeugdhulp; (3) geen thuiszitters langer dan "
            "drie maanden; (4) eenvoudiger en transparanter werken voor scholen en ouders. In hoofdstuk 9 zijn deze "
            "koerslijnen vertaald naar doelen."))

    a(("h1", "3 Het samenwerkingsverband in cijfers"))
    a(("p", "Ons samenwerkingsverband omvat de gemeenten Heerveld, Brakelduin, Sint-Aldegonde en Veenhoven. Elf "
            "schoolbesturen zijn aangesloten, met samen 64 basisscholen (71 vestigingen), drie scholen voor speciaal "
            "basisonderwijs en twee scholen voor speciaal onderwijs (cluster 3 en cluster 4) binnen de regio."))
    a(("table", [["Peildatum 1 oktober", "2023", "2024", "2025"],
                 ["Leerlingen basisonderwijs", "14.912", "14.705", "14.530"],
                 ["Leerlingen sbo", "402", "411", "398"],
                 ["Leerlingen so (cluster 3 en 4)", "297", "309", "322"],
                 ["Aantal vestigingen regulier", "72", "71", "71"]]))
    a(("p", "Het leerlingaantal in het reguliere basisonderwijs daalt licht, vooral in de kernen van Brakelduin. In "
            "Veenhoven groeit het aantal leerlingen door nieuwbouwwijken. Deze ontwikkelingen hebben gevolgen voor de "
            "spreiding van voorzieningen en voor de inkomsten van het samenwerkingsverband."))

    a(("h1", "4 Basisondersteuning: wat elke school biedt"))
    a(("h2", "4.1 Het afgesproken niveau"))
    a(("p", "Basisondersteuning is in ons samenwerkingsverband de ondersteuning die iedere vestiging van iedere "
            "aangesloten school ten minste biedt, zonder dat daarvoor een aanvraag bij het samenwerkingsverband nodig "
            "is. De besturen hebben dit niveau op 8 oktober 2025 opnieuw vastgesteld in de Kwaliteitskaart "
            "basisondersteuning Zuidrand. Het is een ondergrens: scholen mogen meer bieden, nooit minder. Het "
            "niveau geldt ook voor nevenvestigingen en voor de twee kindcentra met een onderwijsdeel."))
    a(("h2", "4.2 De inhoud van de basisondersteuning"))
    a(("p", "Ouders kunnen op iedere school in Zuidrand het volgende verwachten. De standaarden zijn hieronder "
            "volledig opgenomen."))
    a(("ol", ["Een intern begeleider met een afgeronde opleiding, met ten minste 0,4 fte per 200 leerlingen en op "
              "vaste dagen bereikbaar voor leerkrachten en ouders.",
              "Een ondersteuningsteam (OT) dat minimaal zes keer per jaar bijeenkomt, met de intern begeleider, de "
              "consulent van het samenwerkingsverband en de schoolmaatschappelijk werker.",
              "Handelingsgericht werken: twee keer per jaar groepsbesprekingen en groepsoverzichten, en een "
              "groeidocument voor iedere leerling die extra aandacht krijgt.",
              "Het Protocol Leesproblemen en Dyslexie, inclusief begeleiding volgens het landelijk protocol en "
              "doorverwijzing naar vergoede dyslexiezorg.",
              "Het Protocol Ernstige Reken-Wiskunde-problemen en Dyscalculie.",
              "Een schoolbrede aanpak voor gedrag en sociale veiligheid (bijvoorbeeld PBS of Kanjertraining), met "
              "een jaarlijkse monitor sociale veiligheid.",
              "Aanbod voor leerlingen die meer aankunnen: compacten en verrijken in de groep, met een aanspreekpunt "
              "meer- en hoogbegaafdheid per school.",
              "Ondersteuning bij taal en NT2 in de groep voor leerlingen met een taalachterstand.",
              "Een protocol medisch handelen en afspraken over medicijnverstrekking.",
              "Een ontwikkelingsperspectief (OPP) voor leerlingen die op onderdelen een eigen leerlijn volgen, "
              "opgesteld met ouders.",
              "Een warme overdracht bij de overstap naar een andere school of naar het voortgezet onderwijs.",
              "Een fysiek toegankelijk gebouw of een afgesproken oplossing per situatie."]))
    a(("h2", "4.3 Borging"))
    a(("p", "Elke school beschrijft in haar schoolgids hoe zij de basisondersteuning invult. De consulent van het "
            "samenwerkingsverband bespreekt de kwaliteitskaart jaarlijks met de directeur en de intern begeleider. Eens "
            "in de twee jaar vindt een collegiale audit plaats. Als een school op een of meer standaarden onder het "
            "niveau zit, stelt de school binnen drie maanden een verbeterplan op, dat het samenwerkingsverband met het "
            "bestuur bespreekt."))
    a(("h2", "4.4 De grens tussen basis en extra"))
    a(("p", "Wanneer de school met de middelen en expertise van de basisondersteuning, na ten minste twee cycli van "
            "handelingsgericht werken, onvoldoende tegemoet kan komen aan de ondersteuningsbehoefte van een leerling, "
            "kan zij een arrangement aanvragen. Dat wordt beschreven in hoofdstuk 5."))

    a(("h1", "5 Extra ondersteuning en het ondersteuningscontinuüm"))
    a(("p", "Ons ondersteuningsaanbod is ingericht als een continuüm van vijf niveaus. Op niveau 1 en 2 gaat het om "
            "de basisondersteuning in de groep en in de school. Niveau 3 omvat de arrangementen die een school met "
            "hulp van het samenwerkingsverband inzet in de eigen school. Niveau 4 bestaat uit de bovenschoolse "
            "voorzieningen. Niveau 5 is het speciaal basisonderwijs en het speciaal onderwijs."))
    a(("table", [["Niveau", "Wat", "Voorbeelden"],
                 ["1-2", "Basisondersteuning", "Zie hoofdstuk 4"],
                 ["3", "Arrangement in de eigen school", "Extra handen in de groep, ambulante begeleiding, "
                  "onderwijs-zorgarrangement met jeugdhulp"],
                 ["4", "Bovenschoolse voorziening", "Observatiegroep De Kikker (Heerveld), Plusklas Zuidrand, "
                  "Nieuwkomersklas Veenhoven, Taalklas Brakelduin"],
                 ["5", "Speciaal (basis)onderwijs", "sbo De Wissel, sbo Het Baken, sbo De Linde, so De Horizon "
                  "(cluster 4), so Het Palet (cluster 3)"]]))
    a(("p", "De consulenten van het samenwerkingsverband adviseren scholen over de passende route. Een arrangement op "
            "niveau 3 wordt aangevraagd via het digitale loket en binnen vier weken toegekend door de commissie "
            "arrangementen. Plaatsing in een bovenschoolse voorziening gebeurt na een multidisciplinair overleg, waarin "
            "ook de ouders en zo nodig de jeugdhulp aanschuiven. Het samenwerkingsverband heeft bovendien afspraken "
            "met twee so-scholen voor cluster 3 buiten de regio voor kinderen met een ernstig meervoudige beperking."))

    a(("h1", "6 Toelaatbaarheid tot sbo en so (inclusief terugplaatsing)"))
    a(("h2", "6.1 Procedure"))
    a(("p", "Het bevoegd gezag van de school waar de leerling staat ingeschreven (of is aangemeld) vraagt de "
            "toelaatbaarheidsverklaring (TLV) aan. De procedure verloopt in vijf stappen:"))
    a(("ol", ["Het ondersteuningsteam van de school bespreekt de leerling met ouders en de consulent en concludeert dat "
              "plaatsing in het sbo of so aan de orde is.",
              "De school dient via het digitale loket een aanvraag in met het groeidocument, het OPP, een onderwijskundig "
              "rapport en de zienswijze van ouders.",
              "Het loket controleert binnen vijf werkdagen of het dossier compleet is.",
              "Twee deskundigen geven ieder een eigen schriftelijk advies (zie 6.3).",
              "De Commissie van Toelaatbaarheid (CvT) besluit namens de directeur-bestuurder binnen zes weken na "
              "ontvangst van een compleet dossier; in spoedsituaties binnen tien werkdagen."]))
    a(("h2", "6.2 Criteria"))
    a(("p", "De CvT toetst aan de criteria in de volgende tabel. Aan alle voorwaarden van de betreffende kolom moet "
            "worden voldaan."))
    a(("table", [["Criterium", "Speciaal basisonderwijs", "Speciaal onderwijs (cluster 3 en 4)"],
                 ["Inzet vooraf", "Ten minste één jaar arrangement op niveau 3 of 4, geëvalueerd",
                  "Idem, tenzij de ondersteuningsbehoefte evident is (bijv. EMB)"],
                 ["Ondersteuningsbehoefte", "Structurele behoefte aan kleine groep en specifieke didactiek",
                  "Behoefte aan intensieve zorg en onderwijs gecombineerd, dagelijks"],
                 ["Ontwikkeling", "Achterstand van minimaal 1,5 jaar op twee domeinen of stagnatie",
                  "Ontwikkelingsperspectief uitstroom vervolgonderwijs speciaal of arbeidsmatig"],
                 ["Handelingsverlegenheid", "Onderbouwd in groeidocument",
                  "Onderbouwd, inclusief advies jeugdhulp"]]))
    a(("h2", "6.3 Deskundigenadvies"))
    a(("p", "Bij iedere aanvraag adviseren twee deskundigen: een orthopedagoog of psycholoog en, afhankelijk van de "
            "leerling, een tweede deskundige (kinderpsychiater, maatschappelijk werker, arts of pedagoog). De "
            "deskundigen zijn niet betrokken geweest bij de aanvraag en geven ieder afzonderlijk schriftelijk advies."))
    a(("h2", "6.4 Duur en bekostigingscategorie"))
    a(("p", "Een TLV voor het sbo geldt in de regel voor twee schooljaren, een TLV voor het so voor twee of vier "
            "schooljaren. De CvT bepaalt voor het so de bekostigingscategorie laag, midden of hoog."))
    a(("h2", "6.5 Bezwaar"))
    a(("p", "Tegen het besluit kunnen het schoolbestuur en de ouders binnen zes weken bezwaar maken. Het "
            "samenwerkingsverband is aangesloten bij de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen."))
    a(("h2", "6.6 Na afloop van de TLV"))
    a(("p", "Ons beleid is dat een leerling niet langer in het speciaal (basis)onderwijs blijft dan nodig is. "
            "Uitgangspunt is een terugkeer naar een reguliere basisschool zo dicht mogelijk bij huis, zodra het OPP "
            "laat zien dat de leerling zich met begeleiding in een reguliere groep kan handhaven. Een leerling die "
            "terugkeert, neemt een terugplaatsingsarrangement mee: de ontvangende school krijgt gedurende een jaar "
            "ambulante begeleiding van maximaal vier uur per week vanuit de sbo- of so-school en een budget van "
            "€ 4.500. Ook overplaatsing tussen sbo en so valt onder dit beleid."))
    a(("p", "De precieze stappen, wie het initiatief neemt en de momenten waarop de mogelijkheid van terugplaatsing "
            "wordt besproken, werken wij in het eerste planjaar samen met de directies van het speciaal (basis)onderwijs "
            "uit in een stappenplan (bijlage 3, in voorbereiding)."))

    a(("h1", "7 Dekkend aanbod, thuiszitters en zorgplicht"))
    a(("p", "Het samenwerkingsverband brengt elk jaar in oktober in kaart waar het aanbod niet toereikend is. Daarvoor "
            "gebruiken we de gegevens van het loket (wachttijden, afgewezen aanvragen), de thuiszittersregistratie van "
            "de leerplichtambtenaren en een korte vragenlijst aan alle intern begeleiders. De uitkomst wordt in december "
            "in het directeurenoverleg besproken en leidt tot concrete acties met een eigenaar en een datum."))
    a(("p", "Voor thuiszitters geldt: iedere leerling die langer dan vier weken niet naar school gaat, wordt binnen "
            "vijf werkdagen na melding besproken aan de maandelijkse thuiszitterstafel met leerplicht, school, "
            "jeugdhulp en het samenwerkingsverband. Lukt het niet om binnen drie maanden een passende plek te vinden, "
            "dan neemt de directeur-bestuurder de regie (doorzettingsmacht) en wijst een school aan."))
    a(("p", "De inventarisatie van 2025 liet zien dat er een wachtlijst is voor de observatiegroep in Heerveld en dat "
            "kinderen met ernstige angstklachten in Veenhoven geen passend aanbod hebben. Per 1 augustus 2027 openen wij "
            "daarom een tweede observatiegroep in Veenhoven; de besturen van Veenhoven en Sint-Aldegonde zijn "
            "eigenaar. Voor de zorgplicht geldt dat de school van aanmelding binnen zes weken (eenmaal te verlengen met "
            "vier weken) een passende plek biedt; lukt dat niet, dan schakelt zij het loket in."))

    a(("h1", "8 Samenwerking met gemeenten en jeugdhulp"))
    a(("p", "De vier gemeenten en het samenwerkingsverband voeren twee keer per jaar bestuurlijk overleg. In het OOGO "
            "zijn afspraken gemaakt over de inzet van schoolmaatschappelijk werk, over onderwijs-zorgarrangementen "
            "(waarbij de gemeente de zorgcomponent en het samenwerkingsverband de onderwijscomponent financiert), over "
            "leerlingenvervoer en over onderwijshuisvesting voor de observatiegroepen. Jeugdhulp in onderwijstijd "
            "wordt per kind afgestemd met het wijkteam. De gemeenten zijn verantwoordelijk voor de lokale teams; het "
            "samenwerkingsverband voor de onderwijsondersteuning. Waar die twee elkaar raken, spreken we af wie de "
            "regie heeft."))
    a(("p", "Onderwerpen die in de OOGO-agenda voor 2026-2027 zijn opgenomen: de aansluiting tussen wijkteams en "
            "ondersteuningsteams, de inzet van praktijkondersteuners jeugd op school, vroegsignalering in de "
            "voorschoolse periode, de overstap naar het voortgezet onderwijs, en het terugdringen van verzuim."))

    a(("h1", "9 Resultaten en kwaliteitszorg"))
    a(("h2", "9.1 Beoogde resultaten"))
    a(("p", "Voor de planperiode hebben we de volgende beoogde resultaten vastgesteld voor leerlingen die extra "
            "ondersteuning nodig hebben:"))
    a(("table", [["Doel", "Nulmeting 2025", "Streefwaarde 2030"],
                 ["Deelnamepercentage so (peildatum 1 oktober)", "2,1%", "1,8%"],
                 ["Leerlingen met een arrangement die regulier blijven", "—", "ten minste 85%"],
                 ["Thuiszitters langer dan 3 maanden", "11", "0"],
                 ["Doorlooptijd TLV-aanvraag (werkdagen)", "38", "hoogstens 30"],
                 ["Tevredenheid ouders over de ondersteuning (schaal 1-10)", "6,9", "7,5"]]))
    a(("h2", "9.2 Kwaliteitszorg"))
    a(("p", "Hoe wij de voortgang op deze doelen gaan volgen en waar wij over rapporteren, beschrijven wij in een nieuw "
            "kwaliteitskader. Dat kader is op dit moment nog niet gereed en wordt in de loop van schooljaar 2026-2027 "
            "met de besturen opgesteld. Tot die tijd geldt de werkwijze zoals die in de vorige planperiode is "
            "afgesproken."))

    a(("h1", "10 Communicatie"))
    a(("h2", "10.1 Met scholen en besturen"))
    a(("p", "Het samenwerkingsverband verstuurt tien keer per jaar een nieuwsbrief voor directeuren en intern "
            "begeleiders. Op het besloten deel van de website staan formats, protocollen en de actuele "
            "contactgegevens van consulenten. Nieuwe intern begeleiders krijgen een introductieprogramma."))
    a(("h2", "10.2 Met ouders"))
    a(("p", "Ouders vinden op de website www.swvzuidrand.nl een ouderpagina met uitleg over de basisondersteuning, de "
            "arrangementen, de bovenschoolse voorzieningen en de toelaatbaarheidsprocedure. De brochure 'Passend "
            "onderwijs in Zuidrand' is beschikbaar in het Nederlands, Engels, Arabisch en Pools en wordt via alle "
            "scholen verspreid. Iedere school neemt in de schoolgids op welke ondersteuning zij biedt. Elk jaar in "
            "november organiseren wij twee informatieavonden voor ouders, één in Heerveld en één in Veenhoven. Bij "
            "iedere TLV-aanvraag ontvangen ouders een kopie van de deskundigenadviezen."))
    a(("h2", "10.3 Onafhankelijke hulp voor ouders"))
    a(("p", "Voor onafhankelijk advies kunnen ouders terecht bij het Ouder- en Jeugdsteunpunt Zuidrand, dat los staat "
            "van de scholen en het samenwerkingsverband en bereikbaar is via telefoon, mail en een wekelijks "
            "spreekuur. Bij een verschil van mening met de school kunnen ouders ook de Onderwijsconsulenten inschakelen. "
            "Klachten over het samenwerkingsverband vallen onder de klachtenregeling; geschillen over toelating, "
            "verwijdering of het OPP kunnen worden voorgelegd aan de Geschillencommissie passend onderwijs."))
    a(("h2", "10.4 Ouders in de ondersteuningsplanraad"))
    a(("p", "De ondersteuningsplanraad bestaat uit twaalf leden: zes ouders en zes personeelsleden, afgevaardigd vanuit "
            "de medezeggenschapsraden. De raad vergadert zes keer per jaar en heeft instemmingsrecht op dit plan."))

    a(("h1", "11 Geld en middelen"))
    a(("h2", "11.1 Inkomsten"))
    a(("p", "Het samenwerkingsverband ontvangt van DUO het ondersteuningsbudget voor lichte en zware ondersteuning. "
            "Daarop worden de afdrachten voor het so en de overdrachten voor het sbo boven de 2% in mindering gebracht. "
            "Voor 2026 verwachten wij een netto-inkomen van € 11,2 miljoen."))
    a(("h2", "11.2 Verdeling over besturen en arrangementen"))
    a(("p", "Het algemeen bestuur stelt jaarlijks vóór 1 december het verdeelmodel vast. De middelen worden als volgt "
            "verdeeld: (a) een bedrag van € 165 per leerling (peildatum 1 oktober van het voorgaande jaar) gaat naar "
            "de schoolbesturen voor de basisondersteuning en de arrangementen op niveau 3; (b) een vaste voet van "
            "€ 6.000 per vestiging; (c) de bovenschoolse voorzieningen worden rechtstreeks bekostigd op basis van het "
            "aantal plaatsen; (d) individuele arrangementen boven € 10.000 worden door de commissie arrangementen "
            "toegekend op basis van de criteria in het arrangementenkader."))
    a(("h2", "11.3 Meerjarenbegroting"))
    a(("table", [["(bedragen x € 1.000)", "2026", "2027", "2028", "2029"],
                 ["Baten ondersteuningsbudget (netto)", "11.210", "11.080", "10.990", "10.930"],
                 ["Afdracht so / overdracht sbo", "4.870", "4.960", "4.990", "5.010"],
                 ["Schoolbudgetten (bedrag per leerling + vaste voet)", "2.830", "2.800", "2.780", "2.760"],
                 ["Bovenschoolse voorzieningen", "1.640", "1.880", "1.900", "1.920"],
                 ["Individuele arrangementen", "920", "900", "880", "860"],
                 ["Thuiszitterstafel en consulenten", "640", "650", "660", "670"],
                 ["Bureau en bestuur", "610", "615", "620", "625"],
                 ["Resultaat", "-1.300", "-1.725", "-1.860", "-1.915"]]))
    a(("p", "De tekorten worden gedekt uit de algemene reserve, die eind 2025 € 7,4 miljoen bedroeg en daarmee boven "
            "de signaleringswaarde lag. Aan het eind van de planperiode is het weerstandsvermogen naar verwachting 5%."))
    a(("h2", "11.4 Verantwoording"))
    a(("p", "De besturen leggen jaarlijks vóór 1 juni verantwoording af over de besteding van het schoolbudget in een "
            "vast format, dat in het auditgesprek met het samenwerkingsverband wordt besproken."))

    a(("h1", "12 Organisatie en governance"))
    a(("p", "Het samenwerkingsverband is een stichting. Het algemeen bestuur bestaat uit de bestuurders van de elf "
            "aangesloten schoolbesturen en houdt intern toezicht. De directeur-bestuurder is belast met het bestuur en "
            "wordt ondersteund door een bureau van 14 fte. De scheiding tussen bestuur en toezicht is vastgelegd in de "
            "statuten, het bestuursreglement en het toezichtskader. De code goed bestuur van de PO-Raad wordt "
            "gevolgd. Het bureau is gevestigd in Heerveld; de consulenten werken vanuit de scholen."))
    a(("p", "Het directeurenoverleg, met een vertegenwoordiging van de directeuren per gemeente, adviseert de "
            "directeur-bestuurder over de uitvoering. Daarnaast zijn er een netwerk intern begeleiders en een "
            "werkgroep sbo/so. Het samenwerkingsverband heeft een eigen medezeggenschapsraad voor het personeel van "
            "het bureau."))

    a(("h1", "13 Personeel en professionalisering"))
    a(("p", "Het lerarentekort raakt ook het passend onderwijs. We investeren daarom in de deskundigheid van leraren "
            "en onderwijsassistenten. Jaarlijks bieden wij een programma aan met scholing op het gebied van gedrag, "
            "hoogbegaafdheid, trauma-sensitief lesgeven en het werken met groeidocumenten. Intern begeleiders nemen "
            "deel aan intervisie onder leiding van een orthopedagoog. Het personeel van het bureau heeft een eigen "
            "professionaliseringsplan. De effecten van dit plan op het personeel van de scholen zijn besproken met "
            "de personeelsgeleding van de ondersteuningsplanraad."))

    a(("h1", "14 ICT, gegevensverwerking en privacy"))
    a(("p", "Aanvragen voor arrangementen en toelaatbaarheidsverklaringen lopen via een beveiligd digitaal loket. Het "
            "samenwerkingsverband verwerkt alleen de persoonsgegevens die nodig zijn voor zijn taken, waaronder "
            "gegevens over gezondheid als bedoeld in artikel 18a, dertiende lid, WPO. Dossiers worden tot drie jaar "
            "na het besluit bewaard. Er is een functionaris gegevensbescherming aangesteld en een privacyreglement "
            "vastgesteld."))

    a(("h1", "15 Planning 2026-2030"))
    a(("table", [["Schooljaar", "Belangrijkste activiteiten"],
                 ["2026-2027", "Nieuw kwaliteitskader; stappenplan terugplaatsing; herziening loket"],
                 ["2027-2028", "Tweede observatiegroep Veenhoven; tussentijdse evaluatie"],
                 ["2028-2029", "Evaluatie verdeelmodel; voorbereiding nieuw plan"],
                 ["2029-2030", "Nieuw ondersteuningsplan; OOGO en instemming OPR vóór 1 mei 2030"]]))

    a(("h1", "Bijlage 1 Begrippenlijst"))
    a(("ul", ["Arrangement: een pakket van extra ondersteuning voor een leerling of groep.",
              "Basisondersteuning: het afgesproken niveau van ondersteuning dat alle scholen bieden.",
              "Monitoring: het systematisch volgen van resultaten en ontwikkelingen.",
              "Ouder- en Jeugdsteunpunt: onafhankelijk steunpunt voor ouders en jeugdigen.",
              "Terugplaatsing: de overstap van een leerling van sbo of so naar het regulier onderwijs.",
              "TLV: toelaatbaarheidsverklaring.",
              "Verdeelmodel: de wijze waarop het samenwerkingsverband middelen over de besturen verdeelt."]))
    a(("h1", "Bijlage 2 Afkortingen"))
    a(("ul", ["AB – algemeen bestuur", "CvT – Commissie van Toelaatbaarheid", "IB – intern begeleider",
              "OOGO – op overeenstemming gericht overleg", "OPP – ontwikkelingsperspectief",
              "OPR – ondersteuningsplanraad", "OT – ondersteuningsteam", "sbo – speciaal basisonderwijs",
              "so – speciaal onderwijs", "SWV – samenwerkingsverband"]))
    a(("h1", "Bijlage 3 Stappenplan terugplaatsing en overplaatsing"))
    a(("p", "In voorbereiding. Dit stappenplan wordt na vaststelling door het algemeen bestuur aan dit plan toegevoegd."))
    return b


# ===========================================================================
# Plan 2: VO, long formal plan (docx). Kempenland-Oost.
# ===========================================================================

def plan_vo_kempenland():
    b = []
    a = b.append
    a(("title", "Ondersteuningsplan 2026-2030"))
    a(("p", "Samenwerkingsverband Voortgezet Onderwijs Kempenland-Oost (VO 30-11)"))
    a(("p", "Versie 1.0 – vastgesteld door de directeur-bestuurder op 31 maart 2026, na goedkeuring door de raad van "
            "toezicht op 26 maart 2026 en instemming van de ondersteuningsplanraad op 17 maart 2026."))
    a(("pagebreak", None))
    a(("h1", "Inhoud"))
    a(("ul", ["Samenvatting",
              "1 Inleiding en wettelijke grondslag",
              "2 Terugblik op de planperiode 2022-2026",
              "3 Visie, ambities en uitgangspunten",
              "4 De ondersteuningsstructuur",
              "   4.1 Basisondersteuning",
              "   4.2 Extra ondersteuning en bovenschoolse voorzieningen",
              "   4.3 Voortgezet speciaal onderwijs",
              "5 Toewijzing en toelaatbaarheid",
              "   5.6 Afloop en verlenging van de TLV",
              "   5.7 Leerwegondersteunend onderwijs",
              "   5.8 Praktijkonderwijs",
              "6 Dekkend aanbod en thuiszitters",
              "7 Resultaten en kwaliteitszorg",
              "8 Communicatie en informatievoorziening (scholen, ouders, ketenpartners)",
              "9 Samenwerking met gemeenten en arbeidsmarkt",
              "10 Financieel beleid",
              "11 Governance en medezeggenschap",
              "12 Personeel en deskundigheid",
              "13 Privacy",
              "14 Planning",
              "Bijlage A Begrippenlijst",
              "Bijlage B Afkortingen",
              "Bijlage C Standaarden basisondersteuning",
              "Bijlage D Meerjarenbegroting 2026-2030"]))
    a(("pagebreak", None))
    a(("h1", "Samenvatting"))
    a(("p", "Dit ondersteuningsplan beschrijft voor de periode 2026-2030 hoe het samenwerkingsverband de zeventien "
            "aangesloten vestigingen voor voortgezet onderwijs en de twee scholen voor voortgezet speciaal onderwijs "
            "ondersteunt bij het bieden van passend onderwijs. Het plan gaat in op de basisondersteuning, de extra "
            "ondersteuning, de toelaatbaarheid tot vso, lwoo en praktijkonderwijs, de terugplaatsing, de financiën, "
            "de resultaten, en de informatie aan ouders. Het plan is beleidsrijk en op hoofdlijnen geschreven; de "
            "uitwerking vindt plaats in de jaarplannen."))

    a(("h1", "1 Inleiding en wettelijke grondslag"))
    a(("p", "Het samenwerkingsverband is een stichting in de zin van artikel 17a van de Wet op het voortgezet onderwijs, "
            "sinds 1 augustus 2021 artikel 2.47 en volgende van de Wet voortgezet onderwijs 2020 (WVO 2020). Het "
            "samenwerkingsverband stelt ten minste eenmaal per vier jaar een ondersteuningsplan vast. Dit plan voldoet "
            "aan de eisen die de wet daaraan stelt. Het op overeenstemming gericht overleg met de gemeenten Eersel-Oost, "
            "Bladelveen, Reusel-Noord en Hapertwijk is op 4 februari 2026 afgerond. Met de samenwerkingsverbanden "
            "primair onderwijs PO 30-06 en PO 30-07 is op 21 januari 2026 overleg gevoerd over de overstap van PO naar "
            "VO. Het plan is vóór 1 mei 2026 aan de inspectie gezonden."))
    a(("p", "Het samenwerkingsverband maakt geen gebruik van de mogelijkheid om eigen criteria voor "
            "leerwegondersteunend onderwijs vast te stellen (artikel 17a1 WVO, 'opting out'). De landelijke criteria "
            "blijven van toepassing; dit plan beschrijft wel de procedure."))

    a(("h1", "2 Terugblik op de planperiode 2022-2026"))
    a(("p", "In de vorige planperiode stonden drie speerpunten centraal: versterking van de basisondersteuning, "
            "een snellere toewijzing en een betere aansluiting op het mbo. Per speerpunt is in het jaarverslag "
            "gerapporteerd. Hieronder de belangrijkste bereikte resultaten:"))
    a(("table", [["Indicator", "Streefwaarde 2026", "Bereikt (1 okt 2025)"],
                 ["Deelnamepercentage vso", "3,4%", "3,6%"],
                 ["Doorlooptijd TLV-aanvraag (dagen)", "30", "27"],
                 ["Leerlingen OPDC terug in eigen school binnen 1 jaar", "70%", "64%"],
                 ["Voortijdig schoolverlaters met ondersteuningsbehoefte", "< 2,0%", "2,3%"],
                 ["Tevredenheid scholen over loket (1-10)", "7,5", "7,8"]]))
    a(("p", "De doorlooptijd van aanvragen is dus verbeterd, maar het deelnamepercentage vso is licht gestegen en ligt "
            "boven het landelijk gemiddelde. De terugkeer vanuit het OPDC bleef achter. Deze uitkomsten zijn "
            "meegenomen in de ambities van dit plan."))

    a(("h1", "3 Visie, ambities en uitgangspunten"))
    a(("p", "Het samenwerkingsverband staat voor een regio waarin iedere jongere een diploma of een startkwalificatie "
            "kan halen, of een zo hoog mogelijk niveau van zelfstandigheid bereikt. Leerlingen, ouders en scholen moeten "
            "kunnen rekenen op een helder, betrouwbaar en thuisnabij aanbod. Ondersteuning is zo regulier als mogelijk "
            "en zo speciaal als nodig. We werken vanuit vertrouwen in de professionaliteit van de scholen, met heldere "
            "afspraken over wat we van elkaar mogen verwachten."))
    a(("p", "Uitgangspunten: (1) scholen zijn verantwoordelijk voor de ondersteuning binnen de school, het "
            "samenwerkingsverband faciliteert; (2) middelen worden zo dicht mogelijk bij de leerling ingezet; "
            "(3) we werken resultaatgericht en transparant; (4) we denken in mogelijkheden en niet in beperkingen; "
            "(5) we zoeken actief de verbinding met jeugdhulp, gemeenten en arbeidsmarkt."))

    a(("h1", "4 De ondersteuningsstructuur"))
    a(("h2", "4.1 Basisondersteuning"))
    a(("p", "Basisondersteuning is het geheel van preventieve en licht curatieve interventies dat binnen de "
            "onderwijsondersteuningsstructuur van iedere vestiging van het samenwerkingsverband planmatig en op een "
            "overeengekomen kwaliteitsniveau wordt uitgevoerd. De aangesloten besturen hebben afgesproken dat alle "
            "zeventien vestigingen, ongeacht onderwijstype, ten minste dit niveau bieden. Het niveau is in 2025 "
            "herijkt en door het bestuur vastgesteld."))
    a(("p", "De veertien standaarden van de basisondersteuning, met per standaard de concretiseringen en de "
            "indicatoren waarop scholen zich kunnen beoordelen, zijn opgenomen in bijlage C bij dit plan. Scholen "
            "beschrijven in hun schoolondersteuningsprofiel hoe zij aan de standaarden voldoen."))
    a(("h2", "4.2 Extra ondersteuning en bovenschoolse voorzieningen"))
    a(("p", "Boven de basisondersteuning onderscheidt het samenwerkingsverband drie niveaus van extra ondersteuning. "
            "Op niveau 2 gaat het om ondersteuning binnen de eigen school, gefinancierd uit het schoolbudget lichte "
            "ondersteuning: bijvoorbeeld een ondersteuningsklas, een trajectvoorziening of de inzet van een "
            "gedragsspecialist. Op niveau 3 kan de school een individueel arrangement aanvragen bij het loket. Niveau 4 "
            "bestaat uit de bovenschoolse voorzieningen:"))
    a(("ul", ["OPDC De Brug in Bladelveen (orthopedagogisch-didactisch centrum, 48 plaatsen, plaatsing maximaal een "
              "jaar, voor leerlingen met een lwoo-aanwijzing of vmbo-basis/kader die tijdelijk niet in een reguliere "
              "klas kunnen functioneren);",
              "Reboundvoorziening Kempenland (24 plaatsen, time-out van maximaal twaalf weken);",
              "Internationale Schakelklas (ISK) in Eersel-Oost voor nieuwkomers;",
              "Plusprogramma voor hoogbegaafde leerlingen op twee havo/vwo-locaties;",
              "Onderwijs-zorgarrangementen in samenwerking met jeugdhulpaanbieder De Kempenkring."]))
    a(("h2", "4.3 Voortgezet speciaal onderwijs"))
    a(("p", "In de regio staan twee scholen voor vso: VSO De Kempen (cluster 4, uitstroomprofielen "
            "vervolgonderwijs en arbeidsmarkt) en VSO Het Anker (cluster 3, uitstroomprofielen arbeidsmarkt en "
            "dagbesteding). Leerlingen uit de regio bezoeken daarnaast vso-scholen in Eindhoven en Tilburg."))

    a(("h1", "5 Toewijzing en toelaatbaarheid"))
    a(("h2", "5.1 Het loket"))
    a(("p", "Alle aanvragen voor arrangementen, toelaatbaarheidsverklaringen en aanwijzingen lwoo en pro komen binnen "
            "bij het loket van het samenwerkingsverband. Het loket bestaat uit een secretariaat en een "
            "toewijzingscommissie met twee orthopedagogen, een psycholoog en een jeugdarts."))
    a(("h2", "5.2 Procedure toelaatbaarheidsverklaring vso"))
    a(("ol", ["Het bevoegd gezag van de school waar de leerling is ingeschreven of aangemeld, dient de aanvraag in.",
              "Bij de aanvraag zitten het ontwikkelingsperspectiefplan, een evaluatie van de geboden ondersteuning en "
              "het advies van het ondersteuningsteam.",
              "De toewijzingscommissie beoordeelt de aanvraag; twee deskundigen stellen ieder een advies op.",
              "De directeur-bestuurder besluit binnen zes weken na ontvangst van de volledige aanvraag.",
              "Het besluit vermeldt de geldigheidsduur en de bekostigingscategorie."]))
    a(("h2", "5.3 Criteria toelaatbaarheid vso"))
    a(("p", "Een leerling is toelaatbaar tot het vso wanneer aan de volgende drie voorwaarden is voldaan: (a) de "
            "ondersteuningsbehoefte overstijgt aantoonbaar wat de reguliere school met basisondersteuning en een "
            "arrangement op niveau 3 of 4 kan bieden, blijkend uit ten minste één geëvalueerde ondersteuningsperiode "
            "van zes maanden; (b) de leerling heeft een combinatie van onderwijs en intensieve begeleiding of zorg "
            "nodig gedurende de hele schooldag; en (c) het ontwikkelingsperspectief is gericht op een van de "
            "uitstroomprofielen van het vso. Bij een ernstig meervoudige beperking kan van (a) worden afgezien."))
    a(("h2", "5.4 Deskundigen"))
    a(("p", "Conform de wet adviseren een orthopedagoog of psycholoog en een tweede deskundige afhankelijk van de "
            "problematiek. De deskundigen zijn niet betrokken bij de begeleiding van de leerling."))
    a(("h2", "5.5 Duur en bekostigingscategorie"))
    a(("p", "Een TLV vso wordt afgegeven voor één, twee of drie schooljaren en eindigt altijd op 31 juli. Bij leerlingen "
            "met een structurele beperking (bijvoorbeeld EMB) kan de TLV voor de resterende schoolloopbaan worden "
            "afgegeven. De bekostigingscategorie is laag, tenzij het medisch of lichamelijk beeld midden of hoog "
            "rechtvaardigt."))
    a(("h2", "5.6 Afloop en verlenging van de TLV"))
    a(("p", "Het samenwerkingsverband wil dat leerlingen terugkeren naar het regulier voortgezet onderwijs wanneer dat "
            "kan. Voorwaarde is dat de leerling volgens het ontwikkelingsperspectief het onderwijsprogramma van een "
            "reguliere school kan volgen en dat de ontvangende school de benodigde ondersteuning kan organiseren. Na "
            "terugkeer krijgt de ontvangende school voor de duur van een schooljaar een terugkeerarrangement: "
            "begeleiding door een ambulant begeleider van de vso-school en een budget van € 6.000."))
    a(("p", "Werkwijze: uiterlijk op 1 november van het laatste schooljaar van de TLV bespreekt de commissie van "
            "begeleiding van de vso-school of terugplaatsing of overplaatsing mogelijk is. Vóór 1 februari meldt de "
            "vso-school aan het loket of zij terugplaatsing voorstelt of een nieuwe TLV aanvraagt. Bij terugplaatsing "
            "zoekt de vso-school samen met het loket een ontvangende school en stelt een overdrachtsdossier op; de "
            "leerling start in principe op 1 augustus. Een verlenging wordt als nieuwe aanvraag behandeld. Na zes "
            "maanden evalueert het loket de terugplaatsing met beide scholen."))
    a(("h2", "5.7 Leerwegondersteunend onderwijs"))
    a(("p", "De school van aanmelding vraagt uiterlijk 1 mei een aanwijzing lwoo aan. Het loket toetst aan de landelijke "
            "criteria (IQ tussen 75 en 120 en leerachterstanden op twee domeinen of op één domein in combinatie met "
            "sociaal-emotionele problematiek) en besluit binnen vier weken. De aanwijzing geldt voor de duur van het "
            "vmbo."))
    a(("h2", "5.8 Praktijkonderwijs"))
    a(("p", "Voor toelaatbaarheid tot het praktijkonderwijs gelden de landelijke criteria (IQ tussen 55 en 80 en "
            "leerachterstanden op ten minste twee domeinen). De school voor praktijkonderwijs dient de aanvraag in; het "
            "loket besluit binnen vier weken. De TLV pro geldt voor de gehele schoolloopbaan."))

    a(("h1", "6 Dekkend aanbod en thuiszitters"))
    a(("p", "Het samenwerkingsverband streeft naar een dekkend aanbod waarin voor iedere jongere een passende plek is. "
            "De scholen hebben zorgplicht en werken samen om die waar te maken. Het aanbod dat in hoofdstuk 4 is "
            "beschreven vormt daarvoor de basis."))
    a(("p", "Een systematische analyse van witte vlekken en wachtlijsten in het aanbod staat gepland voor het "
            "schooljaar 2027-2028. Op basis daarvan bepalen we welke voorzieningen moeten worden uitgebreid. Het "
            "thuiszittersprotocol uit 2019 wordt op dit moment met leerplicht en de gemeenten herzien; het nieuwe "
            "protocol wordt als addendum aan dit plan toegevoegd zodra het gereed is."))

    a(("h1", "7 Resultaten en kwaliteitszorg"))
    a(("h2", "7.1 Beoogde resultaten 2026-2030"))
    a(("table", [["Ambitie", "Indicator", "Streefwaarde 2030"],
                 ["Meer leerlingen thuisnabij", "Deelnamepercentage vso (1 oktober)", "3,2%"],
                 ["Snelle toewijzing", "Doorlooptijd TLV-aanvraag", "hoogstens 25 dagen"],
                 ["Succesvolle terugkeer", "Leerlingen OPDC binnen 1 jaar terug in eigen school", "75%"],
                 ["Diploma of startkwalificatie", "VSV onder leerlingen met ondersteuningsbehoefte", "< 1,8%"],
                 ["Terugplaatsing vso", "Aantal terugplaatsingen vso-regulier per jaar", "ten minste 12"]]))
    a(("h2", "7.2 Monitoring en verantwoording"))
    a(("p", "Het samenwerkingsverband werkt met een kwaliteitscyclus (PDCA). Het bureau verzamelt elk kwartaal de "
            "gegevens uit het loket (aantallen en doorlooptijden) en elk jaar op 1 oktober de DUO-gegevens over "
            "deelname en verzuim. De resultaten worden in een dashboard per school en voor het hele "
            "samenwerkingsverband zichtbaar gemaakt. In maart en september bespreekt de directeur-bestuurder de "
            "voortgang met de schoolleiders; de raad van toezicht ontvangt een halfjaarrapportage. In het jaarverslag, "
            "dat vóór 1 juli verschijnt, rapporteren wij over de bereikte resultaten ten opzichte van de "
            "streefwaarden en over de kosten per voorziening. Eenmaal per twee jaar houden wij een "
            "tevredenheidsonderzoek onder scholen."))

    a(("h1", "8 Communicatie en informatievoorziening"))
    a(("p", "Het samenwerkingsverband communiceert actief met de aangesloten scholen, de gemeenten en de "
            "ketenpartners. Voor scholen is er een professionalsportaal met formulieren, procedures en een overzicht "
            "van contactpersonen. Viermaal per jaar verschijnt een digitale nieuwsbrief voor zorgcoördinatoren en "
            "teamleiders. Gemeenten ontvangen de halfjaarrapportage."))
    a(("p", "De wijze waarop het samenwerkingsverband ouders en leerlingen informeert over de ondersteuning, en de "
            "inrichting van een ouder- en jeugdsteunpunt, worden uitgewerkt nadat de Wet versterking positie ouders "
            "en leerlingen in werking is getreden. Een aparte paragraaf daarover wordt dan aan dit plan toegevoegd."))

    a(("h1", "9 Samenwerking met gemeenten en arbeidsmarkt"))
    a(("p", "Met de vier gemeenten is in het OOGO afgesproken om samen te werken aan vroegsignalering, aan de "
            "inzet van jeugdhulp op school (praktijkondersteuners jeugd op iedere vestiging), aan leerlingenvervoer en "
            "aan de aansluiting op werk. Voor jongeren in het praktijkonderwijs en vso met uitstroomprofiel "
            "arbeidsmarkt is er een regionaal netwerk met het UWV, het werkbedrijf en werkgevers. De overgang naar "
            "het mbo wordt ondersteund met een warme overdracht en een loopbaanbegeleider die het eerste jaar na de "
            "overstap bereikbaar blijft."))
    a(("p", "Het convenant met de gemeenten loopt tot 31 juli 2028. Daarin is ook afgesproken dat de gemeente en het "
            "samenwerkingsverband bij geschillen eerst bemiddeling inzetten."))

    a(("h1", "10 Financieel beleid"))
    a(("h2", "10.1 Uitgangspunten en inkomsten"))
    a(("p", "Het samenwerkingsverband ontvangt het ondersteuningsbudget lichte en zware ondersteuning, de middelen "
            "lwoo en de middelen praktijkonderwijs. De afdracht voor het vso wordt door DUO ingehouden. De middelen "
            "moeten ten goede komen aan de ondersteuning van leerlingen."))
    a(("h2", "10.2 Verdeling van de middelen"))
    a(("p", "Het verdeelmodel kent vier componenten. (1) De middelen lichte ondersteuning gaan volledig naar de "
            "schoolbesturen, verdeeld naar rato van het aantal leerlingen op 1 oktober van het voorafgaande jaar. "
            "(2) De middelen lwoo en pro worden doorgegeven aan de scholen met een lwoo- of pro-aanbod, op basis van "
            "het aantal aangewezen of toelaatbare leerlingen op 1 oktober, tegen het landelijke bedrag per leerling. "
            "(3) Van de middelen zware ondersteuning, na aftrek van de vso-afdracht, ontvangt iedere vestiging een "
            "vaste voet van € 25.000; het restant wordt naar rato van het aantal leerlingen in vmbo-basis/kader en pro "
            "verdeeld. (4) OPDC, rebound en individuele arrangementen worden centraal bekostigd en door het loket "
            "toegekend op basis van de toewijzingscriteria. Het bestuur stelt de verdeling jaarlijks in december vast."))
    a(("h2", "10.3 Meerjarenbegroting"))
    a(("table", [["(x € 1.000)", "2026", "2027", "2028", "2029"],
                 ["Baten", "p.m.", "p.m.", "p.m.", "p.m."],
                 ["Doorbetaling aan besturen", "p.m.", "p.m.", "p.m.", "p.m."],
                 ["Centrale voorzieningen", "p.m.", "p.m.", "p.m.", "p.m."],
                 ["Bureau", "p.m.", "p.m.", "p.m.", "p.m."]]))
    a(("p", "De meerjarenbegroting wordt ingevuld na vaststelling van de begroting 2027 en is dan te vinden in "
            "bijlage D."))
    a(("h2", "10.4 Reserves en verantwoording"))
    a(("p", "Het samenwerkingsverband hanteert een bandbreedte voor het weerstandsvermogen van 3 tot 6% van de baten. "
            "Scholen verantwoorden de besteding van de ontvangen middelen jaarlijks met een verantwoordingsformat "
            "dat in het bestuurlijk overleg wordt besproken."))

    a(("h1", "11 Governance en medezeggenschap"))
    a(("p", "De stichting kent een raad van toezicht en een directeur-bestuurder (two-tier-model). De raad van toezicht "
            "bestaat uit vijf leden, van wie drie worden voorgedragen door de aangesloten besturen en twee onafhankelijk "
            "zijn. De bestuurders van de aangesloten schoolbesturen vormen samen de algemene vergadering, die onder meer "
            "de begroting en het ondersteuningsplan goedkeurt. De ondersteuningsplanraad heeft instemmingsrecht op het "
            "ondersteuningsplan; het personeel van het bureau heeft een eigen medezeggenschapsraad."))

    a(("h1", "12 Personeel en deskundigheid"))
    a(("p", "Het bureau heeft 11,4 fte in dienst, waaronder orthopedagogen, trajectbegeleiders en een "
            "beleidsmedewerker kwaliteit. Het samenwerkingsverband organiseert jaarlijks een scholingsaanbod voor "
            "zorgcoördinatoren, mentoren en docenten, onder andere over gedrag, executieve functies, hoogbegaafdheid "
            "en het opstellen van een OPP. Kennisdeling tussen de scholen vindt plaats in netwerken per onderwijstype."))

    a(("h1", "13 Privacy"))
    a(("p", "Het samenwerkingsverband verwerkt persoonsgegevens voor de toewijzing van ondersteuning en de "
            "toelaatbaarheid, met inachtneming van de AVG en de wettelijke bewaartermijn van drie jaar na het besluit."))

    a(("h1", "14 Planning"))
    a(("table", [["Jaar", "Activiteiten"],
                 ["2026-2027", "Herziening thuiszittersprotocol; invulling meerjarenbegroting; evaluatie OPDC"],
                 ["2027-2028", "Analyse witte vlekken; uitbreiding aanbod"],
                 ["2028-2029", "Tussenevaluatie; herijking verdeelmodel"],
                 ["2029-2030", "Opstellen nieuw ondersteuningsplan"]]))

    a(("h1", "Bijlage A Begrippenlijst"))
    a(("ul", ["Basisondersteuning: zie hoofdstuk 4.1.",
              "Informatievoorziening ouders: de wijze waarop ouders worden geïnformeerd over het aanbod.",
              "Onderwijsconsulenten: landelijke organisatie die ouders onafhankelijk adviseert bij vastgelopen "
              "schoolsituaties.",
              "Ouder- en jeugdsteunpunt (OJSP): onafhankelijk steunpunt voor ouders en jongeren.",
              "Terugplaatsing: de overgang van vso naar regulier voortgezet onderwijs.",
              "Thuiszitter: leerplichtige jongere die zonder vrijstelling niet naar school gaat."]))
    a(("h1", "Bijlage B Afkortingen"))
    a(("ul", ["ISK – Internationale Schakelklas", "lwoo – leerwegondersteunend onderwijs",
              "OJSP – ouder- en jeugdsteunpunt", "OPDC – orthopedagogisch-didactisch centrum",
              "OPP – ontwikkelingsperspectiefplan", "pro – praktijkonderwijs", "TLV – toelaatbaarheidsverklaring",
              "vso – voortgezet speciaal onderwijs", "VSV – voortijdig schoolverlaten"]))
    return b


# ===========================================================================
# Plan 3: VO, short practical plan (rendered to pdf). Westerkwartier-Zuid.
# ===========================================================================

def plan_vo_westerkwartier():
    b = []
    a = b.append
    a(("title", "Ondersteuningsplan 2026-2030 – in de praktijk"))
    a(("p", "Samenwerkingsverband VO Westerkwartier-Zuid (VO 20-04) · planperiode 1 augustus 2026 – 31 juli 2030"))
    a(("p", "Dit plan is bewust kort en praktisch gehouden. Geen dikke nota, maar een document dat een mentor, een "
            "zorgcoördinator, een ouder of een wethouder in een half uur kan lezen. Waar u meer wilt weten, helpt ons "
            "bureau u graag verder."))
    a(("h1", "Inhoud"))
    a(("ol", ["Wie zijn we?", "Wat elke school biedt", "Als het meer moet zijn: arrangementen en voorzieningen",
              "Toelaatbaarheid vso, lwoo en pro", "Geen kind thuis", "Geld", "Wat we bijhouden",
              "Voor ouders", "Samenwerken met gemeenten", "Organisatie en medezeggenschap",
              "Woordenlijst"]))

    a(("h1", "1 Wie zijn we?"))
    a(("p", "In ons samenwerkingsverband werken zes schoolbesturen samen: samen goed voor negen scholen voor voortgezet "
            "onderwijs (twaalf vestigingen), één school voor praktijkonderwijs en één vso-school (cluster 4). Er zitten "
            "ruim 8.300 leerlingen op onze scholen. Het werkgebied bestaat uit de gemeenten Leekster-Wold, Marum-Oost "
            "en Tolbertveen. Het bureau van het samenwerkingsverband telt zes medewerkers en zit in Tolbertveen."))
    a(("p", "Onze opdracht is simpel om op te schrijven en lastig om te doen: iedere jongere in het Westerkwartier-Zuid "
            "krijgt onderwijs dat bij hem of haar past, zo dicht mogelijk bij huis. Dat doen we niet als bureau, maar "
            "samen met de scholen. De scholen doen het werk in de klas; wij zorgen voor heldere afspraken, geld, "
            "expertise en een vangnet."))
    a(("p", "Dit plan is op 9 maart 2026 besproken in het op overeenstemming gericht overleg met de drie gemeenten en "
            "heeft op 16 maart 2026 de instemming gekregen van de ondersteuningsplanraad. Het bestuur heeft het op "
            "23 maart 2026 vastgesteld."))

    a(("h1", "2 Wat elke school biedt"))
    a(("p", "Basisondersteuning is wat iedere vestiging in ons samenwerkingsverband minimaal biedt. Alle zes besturen "
            "hebben dit samen afgesproken en het geldt voor iedere locatie, van praktijkonderwijs tot gymnasium. Een "
            "school mag meer doen, maar niet minder. De afspraken zijn:"))
    a(("table", [["Onderdeel", "Wat u mag verwachten op elke vestiging"],
                 ["Mentor", "Iedere leerling heeft een mentor met wekelijks mentoruur en ten minste drie "
                  "individuele gesprekken per jaar"],
                 ["Zorgcoördinator", "Een zorgcoördinator (minimaal 0,5 fte per 500 leerlingen) die de "
                  "ondersteuning organiseert"],
                 ["Ondersteuningsteam", "Een intern ondersteuningsteam dat om de twee weken overlegt, met de "
                  "schoolmaatschappelijk werker en de jeugdarts"],
                 ["Dyslexie en dyscalculie", "Faciliteiten volgens protocol: extra tijd, voorleessoftware, "
                  "aangepaste toetsen"],
                 ["Gedrag en welbevinden", "Anti-pestprogramma, vertrouwenspersoon, sociale-vaardigheidstraining"],
                 ["Leren leren", "Training executieve functies en huiswerkbegeleiding in de onderbouw"],
                 ["Time-out op school", "Een opvangplek op school met begeleiding"],
                 ["Medisch", "Afspraken over medisch handelen en een aangepast rooster bij ziekte"],
                 ["Overstap", "Warme overdracht vanuit het basisonderwijs en naar het mbo"]]))
    a(("p", "Elke twee jaar kijkt het samenwerkingsverband samen met de school of dit allemaal op orde is. Blijkt een "
            "onderdeel niet op orde, dan maakt de school een verbeterplan."))

    a(("h1", "3 Als het meer moet zijn: arrangementen en voorzieningen"))
    a(("p", "Soms is de basis niet genoeg. Dan volgt de school deze trap, van licht naar zwaar:"))
    a(("table", [["Trede", "Wat", "Wie regelt het"],
                 ["1", "Basisondersteuning (zie hoofdstuk 2)", "School"],
                 ["2", "Extra ondersteuning in de school: ondersteuningsklas, steunlessen, coaching", "School, uit "
                  "schoolbudget"],
                 ["3", "Arrangement op maat met inzet van een ambulant begeleider of jeugdhulp", "School + "
                  "trajectbegeleider SWV"],
                 ["4", "Bovenschoolse voorziening: Rebound Westerkwartier (max. 12 weken), Op-Stap-klas voor "
                  "leerlingen met angst- en stemmingsproblemen", "Commissie toewijzing"],
                 ["5", "Voortgezet speciaal onderwijs of praktijkonderwijs", "Commissie toewijzing (TLV)"]]))
    a(("p", "Na een periode in de rebound gaat de leerling terug naar de eigen school, met een overdrachtsgesprek en "
            "een terugkoppeling aan de mentor. Voor nieuwkomers is er een ISK-afdeling op de locatie Leekster-Wold; "
            "hoogbegaafde leerlingen kunnen deelnemen aan het bovenschoolse plusprogramma."))

    a(("h1", "4 Toelaatbaarheid vso, lwoo en pro"))
    a(("h2", "Zo werkt een aanvraag"))
    a(("ol", ["De school bespreekt de leerling in het ondersteuningsteam en met de ouders en de leerling zelf.",
              "De school vult het aanvraagformulier in het digitale dossier in, met het OPP en de evaluatie van wat er "
              "al is geprobeerd.",
              "De commissie toewijzing kijkt binnen een week of het dossier compleet is.",
              "Twee deskundigen (een orthopedagoog of psycholoog en een tweede deskundige) geven ieder los advies. "
              "Ouders krijgen een kopie.",
              "De commissie toewijzing besluit binnen zes weken. Het besluit vermeldt hoe lang de TLV geldt "
              "(meestal twee schooljaren) en de bekostigingscategorie.",
              "Niet eens met het besluit? Binnen zes weken kan bezwaar worden gemaakt; het samenwerkingsverband legt het "
              "bezwaar voor aan de Landelijke Bezwaaradviescommissie."]))
    a(("p", "Voor lwoo en praktijkonderwijs gaat het net zo, maar dan vraagt de school van aanmelding de aanwijzing "
            "of TLV aan vóór 1 april, en besluit de commissie binnen vier weken."))
    a(("h2", "Wanneer is een leerling toelaatbaar?"))
    a(("p", "De criteria voor vso, lwoo en pro hebben we gebundeld in de Handreiking Toelaatbaarheid, die u kunt "
            "downloaden via www.swvwkz.nl/toelaatbaarheid."))

    a(("h1", "5 Geen kind thuis"))
    a(("p", "Iedere leerling die langer dan twee weken niet naar school gaat zonder dat daar een oplossing voor is, "
            "wordt binnen vijf werkdagen gemeld bij het samenwerkingsverband. De trajectbegeleider organiseert dan met "
            "de school, de leerplichtambtenaar en de jeugdhulp een overleg en legt vast wie wat doet. Lukt het niet "
            "om binnen zes weken een plek te vinden, dan beslist de directeur-bestuurder welke school de leerling "
            "(tijdelijk) opneemt."))
    a(("p", "Elk voorjaar maken we een lijst van jongeren voor wie het aanbod niet goed past en van plekken waar "
            "wachtlijsten zijn. In 2025 waren dat vooral jongeren met angstklachten; daarom is in januari 2026 de "
            "Op-Stap-klas gestart. De lijst wordt besproken in het bestuur en leidt tot een besluit over nieuw aanbod."))

    a(("h1", "6 Geld"))
    a(("p", "Ons samenwerkingsverband krijgt geld van het Rijk voor lichte en zware ondersteuning, lwoo en pro. Zo "
            "verdelen we het:"))
    a(("table", [["Onderdeel", "Verdeling", "Begroting 2026", "2027", "2028", "2029"],
                 ["Schoolbudget lichte ondersteuning", "€ 120 per leerling (1 oktober) naar het bestuur",
                  "€ 1.000.000", "€ 990.000", "€ 975.000", "€ 960.000"],
                 ["Lwoo en pro", "Doorbetaald per aangewezen leerling", "€ 3.450.000", "€ 3.400.000",
                  "€ 3.380.000", "€ 3.350.000"],
                 ["Arrangementen trede 3", "Toegekend door commissie, max. € 8.000 per leerling per jaar",
                  "€ 420.000", "€ 430.000", "€ 430.000", "€ 440.000"],
                 ["Rebound en Op-Stap-klas", "Vast budget per plaats", "€ 610.000", "€ 650.000", "€ 650.000",
                  "€ 660.000"],
                 ["Vso-afdracht (DUO)", "Wettelijk", "€ 2.150.000", "€ 2.200.000", "€ 2.240.000", "€ 2.270.000"],
                 ["Bureau en trajectbegeleiding", "-", "€ 540.000", "€ 550.000", "€ 560.000", "€ 570.000"]]))
    a(("p", "Het bestuur stelt elk jaar vóór 1 december de begroting vast. Besturen laten in hun jaarverslag zien "
            "waaraan het schoolbudget is besteed."))

    a(("h1", "7 Wat we bijhouden"))
    a(("p", "We houden elk kwartaal bij hoeveel aanvragen er zijn, hoe lang ze duren, hoeveel leerlingen in de "
            "voorzieningen zitten en hoeveel jongeren thuiszitten. Die cijfers staan in een dashboard dat de "
            "directeuren en het bestuur kunnen inzien. Eén keer per jaar, in het jaarverslag, zetten we alle cijfers op "
            "een rij en vergelijken we ze met vorig jaar en met het landelijk beeld (deelname vso en pro op 1 oktober). "
            "De ondersteuningsplanraad bespreekt het jaarverslag."))
    a(("p", "Welke resultaten we in deze planperiode precies willen bereiken, leggen we per jaar vast in het jaarplan. "
            "Het jaarplan 2026-2027 is op het moment van schrijven nog niet vastgesteld."))

    a(("h1", "8 Voor ouders"))
    a(("p", "Ouders vinden alle informatie over de ondersteuning op www.swvwkz.nl/ouders: wat elke school biedt, welke "
            "voorzieningen er zijn en hoe een aanvraag werkt. De school van uw kind vertelt in de schoolgids welke "
            "extra ondersteuning zij biedt. In oktober organiseren we samen met de scholen een ouderavond over passend "
            "onderwijs in de brugklas. Heeft u vragen, dan kunt u ook bellen met het bureau: elke werkdag tussen 9 en "
            "12 uur."))
    a(("p", "Wilt u onafhankelijk advies, los van school en samenwerkingsverband? Dan kunt u terecht bij het Ouder- en "
            "Jeugdsteunpunt Westerkwartier (telefonisch spreekuur op dinsdag en donderdag) of bij Onderwijsconsulenten. "
            "Loopt het gesprek met school vast, dan kan ook een onafhankelijke gespreksleider van het steunpunt helpen."))
    a(("p", "Ouders en leerlingen hebben een stem: zij zitten in de ondersteuningsplanraad en praten mee bij het OPP. "
            "Leerlingen hebben sinds dit plan ook hoorrecht bij het opstellen van hun ontwikkelingsperspectief."))

    a(("h1", "9 Samenwerken met gemeenten"))
    a(("p", "Met de gemeenten Leekster-Wold, Marum-Oost en Tolbertveen hebben we afspraken over jeugdhulp op school, "
            "leerlingenvervoer en de aanpak van verzuim. Op iedere vestiging is een jeugdhulpmedewerker van het "
            "gebiedsteam één dagdeel per week aanwezig. Samen met de gemeenten financieren we twee "
            "onderwijs-zorgarrangementen voor jongeren die naast onderwijs intensieve zorg nodig hebben. Het bestuurlijk "
            "overleg met de wethouders vindt twee keer per jaar plaats."))

    a(("h1", "10 Organisatie en medezeggenschap"))
    a(("p", "Het samenwerkingsverband is een vereniging. De algemene ledenvergadering bestaat uit de zes "
            "bestuurders; een onafhankelijk voorzitter leidt de vergaderingen. De directeur-bestuurder is "
            "verantwoordelijk voor de dagelijkse gang van zaken. De ondersteuningsplanraad heeft acht leden: vier "
            "personeelsleden en vier ouders of leerlingen. De raad heeft instemmingsrecht op dit plan."))

    a(("h1", "11 Woordenlijst"))
    a(("ul", ["Terugplaatsing: overgang van vso naar regulier onderwijs.",
              "TLV: toelaatbaarheidsverklaring.",
              "Resultaten: wat we met passend onderwijs willen bereiken.",
              "Lwoo: leerwegondersteunend onderwijs.",
              "Pro: praktijkonderwijs.",
              "OJSP: ouder- en jeugdsteunpunt."]))
    return b


# ===========================================================================
# Plan 4: PO, actualisatie (update) of an earlier plan (markdown). De Linge.
# ===========================================================================

def plan_po_linge_actualisatie():
    b = []
    a = b.append
    a(("title", "Actualisatie Ondersteuningsplan 2024-2028 – schooljaar 2026-2027"))
    a(("p", "Stichting Samenwerkingsverband Passend Onderwijs PO De Linge (PO 26-05) · Tussentijdse wijziging, "
            "versie voor instemming OPR · Na instemming op 12 mei 2026 vastgesteld door het bestuur op 2 juni 2026."))
    a(("h1", "Inhoudsopgave"))
    a(("ul", ["1 Waarom een actualisatie?", "2 Overzicht van de wijzigingen per hoofdstuk",
              "3 Wijziging A – Terugplaatsing en overplaatsing vanuit sbo en so",
              "4 Wijziging B – Resultaten: nieuwe doelen en monitoring",
              "5 Wijziging C – Ouder- en jeugdsteunpunt", "6 Wijziging D – Financiën en meerjarenbegroting",
              "7 Wijziging E – Bestuur en toezicht", "8 Overige ontwikkelingen",
              "9 Procedure en planning", "Bijlage – Begrippen"]))

    a(("h1", "1 Waarom een actualisatie?"))
    a(("p", "Het Ondersteuningsplan 2024-2028 van De Linge is op 20 maart 2024 vastgesteld, na instemming van de "
            "ondersteuningsplanraad en na het op overeenstemming gericht overleg met de gemeenten Lingewaard-West, "
            "Geldermalsen-Noord en Asperen. In dat plan is afgesproken dat wij het plan halverwege de planperiode "
            "tegen het licht houden. Sindsdien is er veel veranderd: de Wet versterking positie ouders en leerlingen "
            "verplicht samenwerkingsverbanden tot een ouder- en jeugdsteunpunt, de inspectie heeft ons in het "
            "vierjaarlijks onderzoek van november 2025 gewezen op het ontbreken van een concreet terugplaatsingsbeleid, "
            "en de leerlingenprognoses zijn bijgesteld."))
    a(("p", "Deze actualisatie beschrijft alleen wat er verandert. Voor alle onderdelen die hieronder niet worden "
            "genoemd, blijft de tekst van het Ondersteuningsplan 2024-2028 ongewijzigd van kracht. Het oorspronkelijke "
            "plan en deze actualisatie vormen samen het ondersteuningsplan in de zin van artikel 18a WPO. Wijzigingen "
            "van het ondersteuningsplan vallen onder het instemmingsrecht van de ondersteuningsplanraad (artikel 14a "
            "WMS); daarom is deze actualisatie aan de OPR voorgelegd."))
    a(("p", "Bij het opstellen is gebruikgemaakt van de bevindingen van de inspectie, de uitkomsten van de "
            "tussenevaluatie die in het voorjaar van 2026 is gehouden onder directeuren en intern begeleiders, en de "
            "gesprekken met de gemeenten in het reguliere bestuurlijk overleg. De actualisatie is in drie rondes "
            "besproken met het directeurenberaad en twee keer in een informele sessie met de OPR."))

    a(("h1", "2 Overzicht van de wijzigingen per hoofdstuk"))
    a(("table", [["Hoofdstuk OP 2024-2028", "Status in deze actualisatie"],
                 ["H1 Inleiding en context", "Geactualiseerde leerlingaantallen (zie hoofdstuk 8)"],
                 ["H2 Missie en visie", "Ongewijzigd"],
                 ["H3 Basisondersteuning", "Ongewijzigd"],
                 ["H4 Extra ondersteuning, arrangementen en dekkend aanbod", "Ongewijzigd"],
                 ["H5 Toelaatbaarheid sbo en so", "Geen inhoudelijke wijziging; verouderde wetsverwijzingen gecorrigeerd"],
                 ["H6 Terugplaatsing", "Vervangen door hoofdstuk 3 van deze actualisatie"],
                 ["H7 Resultaten en kwaliteitszorg", "Aangevuld met hoofdstuk 4 van deze actualisatie"],
                 ["H8 Ouders", "Aangevuld met hoofdstuk 5 van deze actualisatie; overige tekst ongewijzigd"],
                 ["H9 Financiën", "Meerjarenbegroting vervangen (hoofdstuk 6); verdeelmodel in evaluatie"],
                 ["H10 Organisatie", "Aangepast (hoofdstuk 7)"]]))

    a(("h1", "3 Wijziging A – Terugplaatsing en overplaatsing vanuit sbo en so"))
    a(("h2", "3.1 Beleid"))
    a(("p", "Het vorige plan volstond met de zin dat terugplaatsing 'waar mogelijk wordt gestimuleerd'. Dat vinden wij "
            "zelf, net als de inspectie, te mager. Vanaf 1 augustus 2026 geldt het volgende beleid. Een verblijf in het "
            "speciaal basisonderwijs of het speciaal onderwijs is in beginsel tijdelijk. Bij iedere leerling wordt "
            "actief bekeken of terugkeer naar een reguliere basisschool, bij voorkeur in de eigen wijk, mogelijk is. "
            "Een terugplaatsing vindt plaats als (1) het ontwikkelingsperspectief laat zien dat de leerling in een "
            "reguliere groep kan functioneren met ondersteuning die een basisschool met een arrangement kan bieden, "
            "(2) de ouders instemmen en (3) een ontvangende school is gevonden die de overdracht heeft voorbereid. "
            "Overplaatsing van so naar sbo valt onder hetzelfde beleid."))
    a(("p", "De ontvangende basisschool krijgt een terugplaatsingsarrangement: een jaar lang twee uur per week "
            "begeleiding door een leerkracht van de sbo- of so-school, een bedrag van € 5.000 voor extra handen in de "
            "groep, en een evaluatiegesprek na drie en na negen maanden. Lukt de terugplaatsing niet, dan kan de leerling "
            "binnen het lopende schooljaar zonder nieuwe aanvraag terugkeren naar de sbo- of so-school."))
    a(("h2", "3.2 Procedure"))
    a(("ol", ["Jaarlijks in oktober bespreekt de commissie van begeleiding van de sbo- of so-school alle leerlingen bij de "
              "OPP-evaluatie op de mogelijkheid van terugplaatsing.",
              "In het laatste jaar van de TLV neemt de sbo- of so-school uiterlijk 1 december het initiatief voor een "
              "gesprek met de ouders en de consulent van het samenwerkingsverband.",
              "Adviseert de school terugplaatsing, dan zoekt de consulent met de ouders vóór 1 maart een ontvangende "
              "basisschool.",
              "De directeur van het samenwerkingsverband besluit vóór 1 april over het terugplaatsingsarrangement.",
              "Overdracht en wenperiode vinden plaats in mei en juni; de leerling start na de zomervakantie.",
              "Is terugplaatsing niet mogelijk, dan bespreken school, ouders en consulent vóór 1 april het vervolg; voor een verlenging geldt hoofdstuk 5 van het OP 2024-2028."]))
    a(("p", "In het schooljaar 2024-2025 keerden 7 leerlingen vanuit het sbo en 2 vanuit het so terug naar een "
            "basisschool. Met het nieuwe beleid willen we dat aantal verdubbelen."))

    a(("h1", "4 Wijziging B – Resultaten: nieuwe doelen en monitoring"))
    a(("p", "Het oorspronkelijke plan bevatte ambities zonder meetbare indicatoren. Op advies van de OPR zijn deze "
            "vervangen door de volgende beoogde resultaten:"))
    a(("table", [["Beoogd resultaat", "Stand 1 okt 2025", "Doel 2028"],
                 ["Aantal terugplaatsingen sbo/so → basisonderwijs per jaar", "9", "18"],
                 ["Deelnamepercentage sbo", "2,6%", "2,3%"],
                 ["Leerlingen met een arrangement die op de eigen school blijven", "84%", "90%"],
                 ["Gemiddelde wachttijd observatieplaats (weken)", "11", "6"],
                 ["Tevredenheid ouders over de procedure (1-10)", "6,8", "7,5"]]))
    a(("p", "Monitoring: het bureau stelt twee keer per jaar (februari en september) een monitor op met de cijfers "
            "uit de eigen registratie en de DUO-telling van 1 oktober. De monitor wordt besproken met het "
            "directeurenberaad, het bestuur en de OPR. In het jaarverslag rapporteren wij per doel de stand, de "
            "ingezette middelen en een toelichting. Na afloop van de planperiode volgt een externe evaluatie."))

    a(("h1", "5 Wijziging C – Ouder- en jeugdsteunpunt"))
    a(("p", "Per 1 januari 2027 heeft De Linge een ouder- en jeugdsteunpunt: Steunpunt Ouders & Jeugd Linge. Het "
            "steunpunt is ondergebracht bij de onafhankelijke stichting MEE Rivierenland, zodat het los staat van de "
            "scholen en van het samenwerkingsverband. Ouders en jongeren kunnen er terecht als zij twijfels hebben over "
            "de ondersteuning van hun kind, als zij niet tevreden zijn over een besluit of als het contact met de "
            "school is vastgelopen. Het steunpunt biedt een luisterend oor, onafhankelijk advies, een "
            "cliëntondersteuner die meegaat naar gesprekken en zo nodig een verwijzing naar Onderwijsconsulenten of "
            "de Geschillencommissie passend onderwijs. Het steunpunt is bereikbaar via een gratis telefoonnummer en "
            "houdt wekelijks een inloopspreekuur in Geldermalsen-Noord. Twee keer per jaar bundelt het steunpunt de "
            "signalen die het ontvangt in een rapportage aan het bestuur."))
    a(("p", "De overige onderdelen van hoofdstuk 8 van het oorspronkelijke plan blijven ongewijzigd."))

    a(("h1", "6 Wijziging D – Financiën en meerjarenbegroting"))
    a(("p", "De meerjarenbegroting uit het oorspronkelijke plan is vervangen door de volgende geactualiseerde "
            "meerjarenbegroting, vastgesteld door het bestuur op 17 december 2025."))
    a(("table", [["(x € 1.000)", "2026", "2027", "2028"],
                 ["Rijksbijdrage ondersteuning", "9.480", "9.390", "9.310"],
                 ["Afdrachten so en sbo", "-3.920", "-3.980", "-4.010"],
                 ["Doorbetaling aan schoolbesturen", "3.100", "3.050", "3.000"],
                 ["Observatiegroepen en bovenschoolse voorzieningen", "1.210", "1.260", "1.260"],
                 ["Terugplaatsingsarrangementen (nieuw)", "45", "90", "90"],
                 ["Ouder- en jeugdsteunpunt (nieuw)", "60", "120", "120"],
                 ["Consulenten en bureau", "980", "990", "1.000"],
                 ["Exploitatieresultaat", "165", "-100", "-170"]]))
    a(("p", "Het verdeelmodel wordt op dit moment geëvalueerd. Een voorstel voor eventuele aanpassingen volgt in het "
            "voorjaar van 2027 en wordt dan als afzonderlijke wijziging aan de OPR voorgelegd."))

    a(("h1", "7 Wijziging E – Bestuur en toezicht"))
    a(("p", "Per 1 januari 2026 is het bestuursmodel gewijzigd van een verenigingsmodel met een algemeen bestuur naar "
            "een stichting met een raad van toezicht en een directeur-bestuurder. De raad van toezicht bestaat uit vijf "
            "leden; drie leden worden voorgedragen door de aangesloten schoolbesturen, twee leden zijn onafhankelijk. "
            "De statuten zijn op 18 december 2025 notarieel gewijzigd. Het toezichtskader en het bestuursreglement "
            "zijn op de website gepubliceerd. De directeur-bestuurder legt verantwoording af aan de raad van toezicht "
            "en voert twee keer per jaar overleg met de OPR."))
    a(("p", "Het directeurenberaad is omgevormd tot een kerngroep van acht directeuren die de directeur-bestuurder "
            "gevraagd en ongevraagd adviseert. De kerngroep vergadert zes keer per jaar."))

    a(("h1", "8 Overige ontwikkelingen"))
    a(("h2", "8.1 Leerlingaantallen"))
    a(("p", "Het aantal leerlingen in het reguliere basisonderwijs daalt volgens de nieuwe prognose van 9.820 in 2025 "
            "naar 9.410 in 2028. Het aantal leerlingen in het sbo is stabiel rond de 250."))
    a(("h2", "8.2 Personeel"))
    a(("p", "Het bureau heeft twee nieuwe consulenten aangenomen. Door het lerarentekort is het niet altijd gelukt om "
            "arrangementen met extra handen in te vullen. We verkennen met de pabo's in de regio een traineeship "
            "passend onderwijs voor startende leraren."))
    a(("h2", "8.3 Gemeenten"))
    a(("p", "In het bestuurlijk overleg met de gemeenten staan in 2026-2027 de volgende onderwerpen op de agenda: "
            "jeugdhulp in de school, thuiszitters, leerlingenvervoer en de huisvesting van de observatiegroepen. "
            "Deze actualisatie is ter informatie aan de gemeenten gezonden; omdat het niet om een nieuw plan gaat, is "
            "geen nieuw OOGO gevoerd."))
    a(("h2", "8.4 ICT en privacy"))
    a(("p", "Het bureau is overgestapt op een nieuw registratiesysteem voor dossiers. De gegevens zijn gemigreerd en "
            "de verwerkersovereenkomsten zijn vernieuwd. De functionaris gegevensbescherming heeft een "
            "gegevensbeschermingseffectbeoordeling uitgevoerd."))

    a(("h1", "9 Procedure en planning"))
    a(("p", "De conceptactualisatie is op 14 april 2026 aan de OPR aangeboden. De OPR heeft op 12 mei 2026 ingestemd, "
            "met de kanttekening dat de evaluatie van het verdeelmodel tijdig moet worden afgerond. Het bestuur heeft de "
            "actualisatie op 2 juni 2026 vastgesteld. De actualisatie is ter kennisname aan de inspectie gezonden."))
    a(("p", "Het volgende volledige ondersteuningsplan, voor de periode 2028-2032, wordt in het schooljaar 2027-2028 "
            "opgesteld en vóór 1 mei 2028 vastgesteld."))

    a(("h1", "Bijlage – Begrippen"))
    a(("ul", ["Basisondersteuning: het niveau van ondersteuning dat alle scholen bieden (zie OP 2024-2028, H3).",
              "Dekkend aanbod: een aanbod waarin voor ieder kind een passende plek is (zie OP 2024-2028, H4).",
              "TLV: toelaatbaarheidsverklaring voor sbo of so (zie OP 2024-2028, H5).",
              "Terugplaatsingsarrangement: ondersteuning voor de ontvangende school bij terugplaatsing.",
              "Verdeelmodel: de regels voor de verdeling van middelen over de besturen."]))
    return b


# ===========================================================================
# Plan 5: PO, short practical web version (html). Vechtstreek.
# ===========================================================================

def plan_po_vechtstreek():
    b = []
    a = b.append
    a(("title", "Ondersteuningsplan 2026-2030 – de webversie"))
    a(("p", "Samenwerkingsverband Passend Primair Onderwijs Vechtstreek (PO 25-08). Dit is de volledige tekst van ons "
            "ondersteuningsplan, in gewone taal en opgedeeld in korte stukken. De ondersteuningsplanraad heeft op "
            "4 maart 2026 ingestemd; het op overeenstemming gericht overleg met de gemeenten Vechtoever, Maarsveen en "
            "Breukeleveen is op 11 februari 2026 afgerond. Het bestuur heeft het plan op 18 maart 2026 vastgesteld."))
    a(("h1", "Over ons"))
    a(("p", "In de Vechtstreek werken negen schoolbesturen samen aan passend onderwijs. Samen hebben zij 38 "
            "basisscholen, twee scholen voor speciaal basisonderwijs (De Vlonder en Het Jaagpad) en één school voor "
            "speciaal onderwijs (De Zwaluw, cluster 4). Er gaan ongeveer 9.100 kinderen naar school in ons gebied. Het "
            "bureau van het samenwerkingsverband zit in Maarsveen en heeft acht medewerkers, onder wie vier "
            "consulenten passend onderwijs."))
    a(("p", "Wij vinden dat ieder kind recht heeft op een plek waar het zich veilig voelt en kan leren. Liefst op de "
            "school in de buurt, samen met de kinderen uit de straat. En als dat niet lukt, op een plek die daar zo "
            "dicht mogelijk bij ligt. We werken daarom nauw samen met ouders, scholen en de gemeenten."))

    a(("h1", "Wat elke basisschool biedt"))
    a(("p", "Alle 38 basisscholen in de Vechtstreek hebben afgesproken dat zij dezelfde ondergrens aan ondersteuning "
            "bieden: de basisondersteuning. Dat niveau is voor iedere school en iedere locatie gelijk, ongeacht het "
            "bestuur of de grootte van de school. Een school mag meer bieden, niet minder."))
    a(("p", "Welke voorzieningen precies onder die ondergrens vallen, werken de besturen op dit moment samen uit in "
            "een gezamenlijke 'kaart basisondersteuning'. Zodra die klaar is, zetten we haar op deze pagina. Tot die "
            "tijd kunt u het beste bij de school van uw kind navragen wat zij biedt."))

    a(("h1", "Als een kind meer nodig heeft"))
    a(("p", "Heeft uw kind meer nodig dan de basisondersteuning, dan zoekt de school samen met u en met de consulent "
            "van het samenwerkingsverband naar een passende oplossing. Dat gaat stap voor stap:"))
    a(("ul", ["Arrangement in de eigen groep: bijvoorbeeld extra begeleiding door een onderwijsassistent, een "
              "specialist gedrag of een logopedist op school. De school vraagt dit aan bij de consulent; die beslist "
              "binnen drie weken.",
              "Tijdelijke plek in een bovenschoolse groep: de observatiegroep Het Kompas (maximaal twaalf kinderen, "
              "voor een half jaar), de plusklas Vechtstreek voor kinderen die meer uitdaging nodig hebben (een ochtend "
              "per week) en de taalklas voor nieuwkomers in Vechtoever.",
              "Onderwijs-zorgarrangement: onderwijs en jeugdhulp samen, bijvoorbeeld voor kinderen met autisme die "
              "een deel van de dag zorg nodig hebben. De gemeente betaalt de zorg, het samenwerkingsverband het "
              "onderwijsdeel.",
              "Speciaal basisonderwijs: De Vlonder en Het Jaagpad, met kleinere groepen en meer specialistische kennis.",
              "Speciaal onderwijs: De Zwaluw (cluster 4) in de regio, en so-scholen voor cluster 3 in Utrecht en "
              "Hilversum waarmee wij afspraken hebben."]))

    a(("h1", "Geen kind zonder plek"))
    a(("p", "Soms past geen enkele plek, of moet een kind te lang wachten. Dat willen we op tijd zien. Daarom melden "
            "scholen en leerplichtambtenaren ieder kind dat langer dan drie weken niet (volledig) naar school gaat bij "
            "het samenwerkingsverband. Binnen een week organiseert de consulent een overleg met ouders, school, "
            "leerplicht en jeugdhulp, en er komt een plan met een datum waarop het kind weer naar school gaat. Lukt "
            "dat na zes weken niet, dan neemt de directeur van het samenwerkingsverband de regie en spreekt zij een "
            "school aan om het kind op te nemen."))
    a(("p", "Twee keer per jaar kijken we met alle intern begeleiders welke kinderen tussen wal en schip dreigen te "
            "vallen, hoe lang de wachtlijsten voor de observatiegroep en het sbo zijn en welk aanbod ontbreekt. Naar "
            "aanleiding van die gesprekken is in 2025 de taalklas uitgebreid. Nieuw aanbod wordt voorgelegd aan het "
            "bestuur."))

    a(("h1", "Naar het speciaal basisonderwijs of speciaal onderwijs"))
    a(("p", "Voor een plek in het sbo of so heeft een kind een toelaatbaarheidsverklaring (TLV) nodig. Een kind is "
            "toelaatbaar als aan alle drie de volgende voorwaarden is voldaan:"))
    a(("ol", ["De school heeft ten minste een half jaar een arrangement ingezet en dat samen met u geëvalueerd.",
              "Het kind heeft blijvend een kleine groep en een aangepast programma nodig (sbo), of een combinatie van "
              "onderwijs en dagelijkse intensieve begeleiding of zorg (so).",
              "De verwachting is dat het kind zich op de sbo- of so-school beter ontwikkelt dan met verdere "
              "ondersteuning op de basisschool."]))
    a(("p", "Een TLV geldt meestal voor twee schooljaren. Hoe de aanvraag precies verloopt – wie wat doet, welke "
            "stukken nodig zijn en hoe lang het duurt – ziet u straks in het stroomschema dat op deze pagina komt."))

    a(("h1", "Terug naar de basisschool"))
    a(("p", "Zo gaat het als een kind misschien terug kan naar een gewone basisschool: in het laatste jaar van de TLV "
            "nodigt de sbo- of so-school u vóór 1 december uit voor een gesprek met de intern begeleider en de "
            "consulent. Daarin bespreken jullie aan de hand van het ontwikkelingsperspectief of terugkeer mogelijk is. "
            "Is dat zo, dan meldt de consulent uw kind vóór 1 maart aan bij een basisschool in de buurt en volgt in mei "
            "en juni een overdracht. Zo niet, dan blijft uw kind op de sbo- of so-school en wordt het "
            "gesprek een jaar later herhaald. De consulent beslist over het vervolg en evalueert een terugkeer na een half jaar."))
    a(("p", "Welke uitgangspunten en voorwaarden wij als samenwerkingsverband bij terugplaatsing hanteren, en wat een "
            "kind en de nieuwe school daarna aan steun krijgen, legt het bestuur vast in een terugplaatsingsbeleid "
            "dat in 2027 klaar moet zijn."))

    a(("h1", "Informatie voor ouders"))
    a(("p", "We vinden het belangrijk dat u weet waar u terecht kunt. U vindt informatie over de basisondersteuning, "
            "de arrangementen en het sbo en so op deze website en in de folder 'Passend onderwijs in de Vechtstreek', "
            "die iedere school bij de inschrijving meegeeft. In de schoolgids staat welke ondersteuning de school "
            "biedt. Elk voorjaar organiseren we een informatieavond voor ouders, en op iedere school is de intern "
            "begeleider uw eerste aanspreekpunt. Heeft u een vraag aan ons? Bel of mail de ouderlijn van het bureau."))
    a(("h1", "Onafhankelijke hulp"))
    a(("p", "Wilt u met iemand praten die niet van de school of het samenwerkingsverband is? Neem dan contact op met "
            "het Ouder- en Jeugdsteunpunt Vechtstreek. Een onafhankelijke ouderadviseur denkt met u mee, gaat zo nodig "
            "mee naar een gesprek op school en helpt als u het niet eens bent met een besluit. U kunt ook terecht bij "
            "Onderwijsconsulenten. Heeft u een klacht over het samenwerkingsverband, dan kunt u die indienen bij de "
            "landelijke klachtencommissie waarbij wij zijn aangesloten. Bent u het niet eens met een besluit over een "
            "TLV, dan kunt u binnen zes weken bezwaar maken."))

    a(("h1", "Geld"))
    a(("p", "Hoe het samenwerkingsverband het geld voor passend onderwijs verdeelt en waaraan het wordt uitgegeven, "
            "leest u in de begroting en in het financieel jaarverslag. Die vindt u op de pagina 'Organisatie'."))

    a(("h1", "Samen met de gemeenten"))
    a(("p", "De gemeenten Vechtoever, Maarsveen en Breukeleveen zijn verantwoordelijk voor de jeugdhulp. Wij maken met "
            "hen afspraken over hulp op school, over leerlingenvervoer en over de aanpak van verzuim. Op iedere "
            "basisschool is een medewerker van het sociaal team aanwezig. Met de gemeenten voeren we twee keer per "
            "jaar bestuurlijk overleg."))

    a(("h1", "Wie beslist er?"))
    a(("p", "Het samenwerkingsverband is een stichting. De bestuurders van de negen schoolbesturen vormen samen het "
            "bestuur en houden toezicht op de directeur. De directeur is verantwoordelijk voor de dagelijkse leiding. "
            "De ondersteuningsplanraad (OPR) bestaat uit ouders en leerkrachten van de scholen en moet instemmen met het "
            "ondersteuningsplan. Wilt u meedoen in de OPR? Er is plek voor een ouder uit Breukeleveen."))
    return b


# ===========================================================================
# Near-miss: annual report (jaarverslag) of a PO samenwerkingsverband (docx).
# ===========================================================================

def nearmiss_jaarverslag():
    b = []
    a = b.append
    a(("title", "Jaarverslag 2025"))
    a(("p", "Stichting Samenwerkingsverband Passend Onderwijs PO Maasdelta (PO 28-12) · Bestuursverslag en "
            "jaarrekening over het kalenderjaar 2025 · Vastgesteld door de raad van toezicht op 10 juni 2026"))
    a(("h1", "Inhoud"))
    a(("ul", ["Voorwoord", "1 Het samenwerkingsverband", "2 Uitvoering van het ondersteuningsplan in 2025",
              "3 Kengetallen en resultaten", "4 Ouders en communicatie", "5 Medezeggenschap en toezicht",
              "6 Financieel verslag", "7 Continuïteitsparagraaf", "8 Jaarrekening (samengevat)",
              "Bijlage Verslag van de raad van toezicht"]))
    a(("h1", "Voorwoord"))
    a(("p", "Met genoegen bieden wij u het jaarverslag over 2025 aan. In dit verslag leggen wij verantwoording af over "
            "de uitvoering van het Ondersteuningsplan 2022-2026 in het afgelopen kalenderjaar, over de inzet van de "
            "middelen en over de bereikte resultaten. Het jaarverslag is bestemd voor de aangesloten schoolbesturen, "
            "de ondersteuningsplanraad, de gemeenten, de inspectie en het ministerie van OCW, en wordt vóór 1 juli "
            "gepubliceerd via DUO en op onze website. Het ondersteuningsplan zelf, met de afspraken over "
            "basisondersteuning, toelaatbaarheid, terugplaatsing en de verdeling van middelen, is een afzonderlijk "
            "document en maakt geen deel uit van dit verslag."))
    a(("p", "2025 was een jaar van voorbereiding. Naast de uitvoering van het lopende plan is veel tijd gestoken in het "
            "nieuwe ondersteuningsplan voor 2026-2030, dat in maart 2026 is vastgesteld. Ook is een begin gemaakt met "
            "de afbouw van de reserves, conform de afspraken met het ministerie."))

    a(("h1", "1 Het samenwerkingsverband"))
    a(("p", "Het samenwerkingsverband is een stichting met een raad van toezicht en een directeur-bestuurder. Tien "
            "schoolbesturen zijn aangesloten, met 52 basisscholen, twee sbo-scholen en één so-school in de gemeenten "
            "Maassluis-Oost, Vlaardingen-West en Rozenburgh. Op 1 oktober 2025 telde het samenwerkingsverband 11.460 "
            "leerlingen. Het bureau telde eind 2025 12,8 fte."))
    a(("h1", "2 Uitvoering van het ondersteuningsplan in 2025"))
    a(("h2", "2.1 Basisondersteuning"))
    a(("p", "In 2025 hebben 47 van de 52 scholen de jaarlijkse zelfevaluatie basisondersteuning ingevuld. Vijf scholen "
            "zijn nagebeld. Bij drie scholen is een verbetertraject gestart op het onderdeel gedrag. De werkgroep "
            "basisondersteuning kwam vier keer bijeen."))
    a(("h2", "2.2 Arrangementen en toelaatbaarheid"))
    a(("p", "In 2025 zijn 312 arrangementen toegekend (2024: 289). Er zijn 96 toelaatbaarheidsverklaringen afgegeven: "
            "51 voor het sbo en 45 voor het so (27 categorie laag, 11 midden, 7 hoog). Twaalf aanvragen zijn "
            "afgewezen. De gemiddelde doorlooptijd bedroeg 34 werkdagen. Er zijn twee bezwaarschriften ingediend; "
            "beide zijn na advies van de Landelijke Bezwaaradviescommissie ongegrond verklaard."))
    a(("h2", "2.3 Terugplaatsing"))
    a(("p", "Elf leerlingen zijn in 2025 vanuit het sbo teruggeplaatst naar het basisonderwijs en drie vanuit het so. "
            "Dat is iets meer dan in 2024 (negen). Alle teruggeplaatste leerlingen kregen een overgangsarrangement."))
    a(("h2", "2.4 Thuiszitters en dekkend aanbod"))
    a(("p", "Op 31 december 2025 waren er zes thuiszitters (2024: negen). De thuiszitterstafel kwam elf keer bijeen. "
            "De wachtlijst voor de observatiegroep bedroeg gemiddeld acht weken. In september 2025 is een tweede "
            "plusklas geopend."))

    a(("h1", "3 Kengetallen en resultaten"))
    a(("table", [["Indicator", "Doel 2025", "Realisatie 2025", "Realisatie 2024"],
                 ["Deelnamepercentage sbo", "2,4%", "2,5%", "2,6%"],
                 ["Deelnamepercentage so", "1,7%", "1,8%", "1,8%"],
                 ["Thuiszitters > 3 maanden", "0", "2", "4"],
                 ["Doorlooptijd TLV (werkdagen)", "30", "34", "36"],
                 ["Tevredenheid scholen over consulenten", "7,5", "7,7", "7,4"]]))
    a(("p", "De meeste doelen zijn bijna gehaald. De doorlooptijd van TLV-aanvragen blijft een aandachtspunt; in 2026 "
            "wordt het loket versterkt met een extra orthopedagoog."))

    a(("h1", "4 Ouders en communicatie"))
    a(("p", "De ouderpagina op de website is in 2025 ruim 14.000 keer bezocht. Er zijn twee ouderavonden gehouden, met "
            "samen 160 bezoekers. Het ouder- en jeugdsteunpunt, dat in 2025 als pilot is gestart, heeft 87 ouders "
            "geholpen. De meest gestelde vragen gingen over de TLV-procedure en over de overstap naar het voortgezet "
            "onderwijs. Er zijn in 2025 geen klachten ingediend bij de klachtencommissie."))

    a(("h1", "5 Medezeggenschap en toezicht"))
    a(("p", "De ondersteuningsplanraad (zes ouders, zes personeelsleden) vergaderde zes keer. Belangrijkste "
            "onderwerpen waren de begroting 2026, het jaarverslag 2024 en het concept-ondersteuningsplan 2026-2030, "
            "waarmee de OPR op 5 maart 2026 instemde. De raad van toezicht vergaderde vijf keer en voerde een "
            "zelfevaluatie uit onder externe begeleiding."))

    a(("h1", "6 Financieel verslag"))
    a(("p", "Het jaar 2025 is afgesloten met een negatief resultaat van € 812.000, begroot was een tekort van "
            "€ 950.000. Het verschil wordt vooral verklaard door lagere uitgaven aan individuele arrangementen. "
            "De doorbetaling aan de schoolbesturen bedroeg € 3.214.000 (€ 180 per leerling plus een vaste voet van "
            "€ 5.000 per school, conform het verdeelmodel in het ondersteuningsplan)."))
    a(("table", [["(x € 1.000)", "Begroting 2025", "Realisatie 2025", "Realisatie 2024"],
                 ["Baten", "10.420", "10.510", "10.180"],
                 ["Afdrachten sbo/so", "3.950", "3.990", "3.870"],
                 ["Doorbetaling besturen", "3.210", "3.214", "3.105"],
                 ["Voorzieningen en arrangementen", "2.760", "2.690", "2.540"],
                 ["Personeel en bureau", "1.450", "1.428", "1.380"],
                 ["Resultaat", "-950", "-812", "-715"]]))

    a(("h1", "7 Continuïteitsparagraaf"))
    a(("p", "De meerjarenbegroting 2026-2029 laat een geleidelijke afbouw van de algemene reserve zien, van € 5,9 "
            "miljoen eind 2025 naar € 2,4 miljoen eind 2029. Het weerstandsvermogen daalt daarmee van 56% naar 23% van "
            "de baten en komt onder de signaleringswaarde van de inspectie. De belangrijkste risico's zijn de "
            "groei van het so en de dalende leerlingaantallen in Rozenburgh."))
    a(("table", [["(x € 1.000)", "2026", "2027", "2028", "2029"],
                 ["Baten", "10.450", "10.330", "10.240", "10.150"],
                 ["Lasten", "11.500", "11.420", "11.310", "11.200"],
                 ["Resultaat", "-1.050", "-1.090", "-1.070", "-1.050"]]))

    a(("h1", "8 Jaarrekening (samengevat)"))
    a(("p", "De volledige jaarrekening, met de controleverklaring van de accountant (goedkeurend, d.d. 3 juni 2026), "
            "is opgenomen in het digitale jaarverslag bij DUO. Balans per 31 december 2025: materiële vaste activa "
            "€ 84.000, vorderingen € 312.000, liquide middelen € 6.288.000; eigen vermogen € 5.910.000, "
            "kortlopende schulden € 774.000."))
    a(("h1", "Bijlage Verslag van de raad van toezicht"))
    a(("p", "De raad van toezicht heeft in 2025 toezicht gehouden op de uitvoering van het ondersteuningsplan, de "
            "financiën en de naleving van wet- en regelgeving. De raad heeft de begroting 2026 en het jaarverslag 2025 "
            "goedgekeurd en de directeur-bestuurder gedechargeerd voor het gevoerde beleid. De raad dankt alle "
            "betrokkenen voor hun inzet."))
    return b


# ===========================================================================
# Neutral filler chapters (organisation prose that real plans contain). They
# mention plan vocabulary in passing but address none of the core criteria.
# ===========================================================================

def filler(swv, parents_in_opr=True, sector="po"):
    leraar = "leerkrachten" if sector == "po" else "docenten en mentoren"
    b = []
    a = b.append
    a(("h1", "Aanvullende hoofdstukken: organisatie en werkwijze"))
    a(("h2", "Personeel en werkdruk"))
    a(("p", f"De kwaliteit van passend onderwijs staat of valt met de mensen die het dagelijks doen. {swv} ziet dat "
            f"{leraar}, onderwijsassistenten en specialisten onder druk staan. Het aantal vacatures in de regio is de "
            "afgelopen jaren gestegen en vooral in kleinere kernen is het lastig om ervaren mensen te vinden. Het "
            "bureau en de besturen hebben daarom afgesproken om kennis en capaciteit vaker te delen. Medewerkers van "
            "het bureau werken zoveel mogelijk op locatie, zodat zij zichtbaar en bereikbaar zijn. Nieuwe medewerkers "
            "krijgen een inwerkprogramma van een half jaar met een vaste buddy. Twee keer per jaar houden we een "
            "medewerkerspeiling over werkdruk en werkplezier binnen het bureau; de uitkomsten bespreken we met de "
            "personeelsvertegenwoordiging."))
    a(("p", "Voor de formatie van het bureau hanteren we het uitgangspunt dat de overhead beperkt blijft. Vacatures "
            "worden eerst intern bij de aangesloten besturen opengesteld. Waar mogelijk werken we met detacheringen "
            "vanuit de scholen, zodat kennis terugvloeit naar de werkvloer. Het functiebouwwerk van het bureau is in "
            "2025 herzien en sluit aan bij de cao van de sector."))
    a(("h2", "Professionalisering en kennisdeling"))
    a(("p", "Elk jaar stellen we een scholingsaanbod samen op basis van de vragen die scholen ons stellen. Thema's "
            "die de komende jaren terugkomen zijn: omgaan met gedrag in de groep, trauma-sensitief werken, "
            "taalontwikkeling, executieve functies, samenwerken met jeugdhulp en het voeren van lastige gesprekken. "
            "Naast cursussen organiseren we netwerkbijeenkomsten, intervisie en werkbezoeken tussen scholen. "
            "Collega's van het speciaal onderwijs verzorgen een deel van de trainingen, zodat hun specialistische "
            "kennis breder beschikbaar komt. Een kennisbank op het besloten deel van de website bundelt materialen, "
            "voorbeelden en presentaties van de bijeenkomsten."))
    a(("p", "Met de lerarenopleidingen in de regio werken we samen aan stageplekken en afstudeeronderzoek op het "
            "gebied van passend onderwijs. Studenten krijgen in hun laatste jaar een gastcollege van een consulent "
            "van het samenwerkingsverband. Ook nemen we deel aan een landelijk leernetwerk van "
            "samenwerkingsverbanden, waarin we ervaringen uitwisselen over thema's als governance en inclusie."))
    a(("h2", "ICT en digitale werkomgeving"))
    a(("p", "Het bureau werkt met een cloudomgeving die voldoet aan de eisen van de AVG en het normenkader "
            "informatiebeveiliging van de sector. Medewerkers gebruiken tweestapsverificatie. Documenten met "
            "persoonsgegevens worden alleen via beveiligde verbindingen gedeeld. We voeren jaarlijks een "
            "bewustwordingscampagne over phishing en datalekken. De leverancier van het dossiersysteem is "
            "contractueel gebonden aan een verwerkersovereenkomst en een exitregeling."))
    a(("h2", "Beleidscyclus en vergaderkalender"))
    a(("p", "Het ondersteuningsplan is het kader voor vier jaar. Elk jaar wordt het vertaald in een jaarplan met "
            "activiteiten en een jaarbegroting. Het jaarplan wordt in juni besproken met de besturen en in september "
            "vastgesteld. De vergaderkalender wordt voor het hele schooljaar vooraf gepubliceerd, zodat directeuren, "
            "intern begeleiders en leden van de medezeggenschap tijdig weten wanneer welke stukken aan de orde zijn. "
            "Stukken worden ten minste tien werkdagen voor een vergadering verstuurd."))
    a(("h2", "Medezeggenschap"))
    if parents_in_opr:
        a(("p", "De ondersteuningsplanraad bestaat voor de helft uit ouders en voor de helft uit personeelsleden, "
                "afgevaardigd door de medezeggenschapsraden van de scholen. De raad krijgt jaarlijks een "
                "scholingsbudget en wordt ondersteund door een ambtelijk secretaris. Nieuwe leden krijgen een "
                "introductie over passend onderwijs en de rol van de raad."))
    else:
        a(("p", "De ondersteuningsplanraad heeft een eigen reglement en vergadert ten minste vier keer per jaar. De "
                "raad krijgt jaarlijks een scholingsbudget en wordt ondersteund door een ambtelijk secretaris. "
                "Nieuwe leden krijgen een introductie over passend onderwijs en de rol van de raad."))
    a(("h2", "Integriteit en klokkenluidersregeling"))
    a(("p", "Het samenwerkingsverband heeft een integriteitscode en een klokkenluidersregeling voor medewerkers en "
            "bestuurders. Nevenfuncties van de directeur-bestuurder en de toezichthouders worden jaarlijks "
            "gepubliceerd. Bij mogelijke belangenverstrengeling neemt een betrokken bestuurder niet deel aan de "
            "besluitvorming."))
    a(("h2", "Duurzaamheid en huisvesting van het bureau"))
    a(("p", "Het bureau is gehuisvest in een gedeeld kantoorgebouw met andere maatschappelijke organisaties. Dat "
            "bevordert de contacten met ketenpartners en houdt de kosten laag. Bij reizen geven we de voorkeur aan "
            "openbaar vervoer en de fiets; overleggen vinden waar mogelijk online plaats."))
    a(("h2", "Risico's en aandachtspunten voor de komende jaren"))
    a(("p", "We zien de volgende risico's voor de uitvoering van dit plan: het tekort aan personeel, de druk op de "
            "jeugdhulp met lange wachttijden, dalende leerlingaantallen in een deel van de regio en de toenemende "
            "complexiteit van de vragen die scholen stellen. We houden deze risico's in beeld in het overleg met de "
            "besturen en nemen zo nodig tussentijds maatregelen."))
    return b


def insert_before_appendix(blocks, extra):
    for i, (k, v) in enumerate(blocks):
        if k == "h1" and (v.startswith("Bijlage") or v.startswith("11 Woordenlijst")):
            return blocks[:i] + extra + blocks[i:]
    return blocks + extra


def words(blocks):
    n = 0
    for k, v in blocks:
        if isinstance(v, str):
            n += len(v.split())
        elif isinstance(v, list):
            for x in v:
                n += len(" ".join(x).split()) if isinstance(x, list) else len(x.split())
    return n


def filler2(swv, sector="po"):
    school = "basisschool" if sector == "po" else "school voor voortgezet onderwijs"
    b = []
    a = b.append
    a(("h1", "Achtergrond en context"))
    a(("h2", "Hoe dit document tot stand kwam"))
    a(("p", f"Dit document is geschreven door een kleine redactiegroep van {swv}, bestaande uit twee directeuren, "
            "een intern begeleider of zorgcoördinator, een beleidsmedewerker van het bureau en de directeur. De "
            "redactiegroep kwam tussen september en februari elf keer bijeen. Tussentijdse versies zijn besproken in "
            "het directeurenoverleg, in de netwerken van intern begeleiders en zorgcoördinatoren, met een "
            "klankbordgroep van ouders en in twee bijeenkomsten met beleidsmedewerkers van de gemeenten. Ook "
            "leerlingen van twee scholen zijn gevraagd wat zij belangrijk vinden; hun opmerkingen gingen vooral over "
            "rust in de klas, een vaste persoon om op terug te vallen en begrip van docenten."))
    a(("p", "Bij het schrijven hebben we ons laten leiden door de vraag: wat heeft een lezer aan deze tekst? We hebben "
            "geprobeerd jargon te vermijden en waar dat niet lukt, de begrippen uit te leggen. Ook hebben we "
            "bewust gekozen voor een document dat in samenhang met het jaarplan moet worden gelezen: dit document "
            "geeft de richting, het jaarplan de uitvoering."))
    a(("h2", "Landelijke ontwikkelingen"))
    a(("p", "Passend onderwijs is sinds 2014 van kracht. Na de landelijke evaluatie in 2020 heeft het kabinet een "
            "verbeteraanpak met 25 maatregelen ingezet. Voor samenwerkingsverbanden zijn vooral van belang: de "
            "afbouw van bovenmatige reserves, de ontwikkeling van een landelijke norm voor basisondersteuning, de "
            "verplichting tot een ouder- en jeugdsteunpunt op grond van de Wet versterking positie ouders en "
            "leerlingen, het hoorrecht voor leerlingen en de ambitie om het onderwijs in 2035 inclusiever te maken. "
            "Een deel van deze ontwikkelingen is nog niet uitgekristalliseerd. We volgen de landelijke discussie via "
            "de sectorraden en het Steunpunt Passend Onderwijs en passen ons beleid aan zodra de regelgeving "
            "definitief is."))
    a(("p", "Daarnaast spelen bredere maatschappelijke ontwikkelingen: de krapte op de arbeidsmarkt, de toenemende "
            "mentale druk op jongeren, de groei van het aantal kinderen dat opgroeit in armoede en de instroom van "
            "nieuwkomers. Deze ontwikkelingen raken het onderwijs direct en vragen om samenwerking over de grenzen van "
            "organisaties heen."))
    a(("h2", "De regio"))
    a(("p", "De regio kent een mix van stedelijke wijken en kleine dorpen. In de dorpen staan vaak kleine scholen "
            "met combinatiegroepen, die minder ruimte hebben om specialistische kennis in huis te hebben. In de "
            "stedelijke wijken is de diversiteit groot en komen vragen op het gebied van taal, armoede en veiligheid "
            "vaker voor. Het openbaar vervoer in het buitengebied is beperkt, waardoor reisafstand een rol speelt bij "
            f"de vraag welke {school} voor een leerling haalbaar is. Het aantal inwoners groeit licht, maar het aantal "
            "jonge kinderen daalt in de meeste kernen."))
    a(("h2", "Toezicht door de inspectie"))
    a(("p", "De Inspectie van het Onderwijs onderzoekt ieder samenwerkingsverband ten minste eenmaal in de vier "
            "jaar. Zij kijkt daarbij onder meer naar de sturing, de kwaliteitscultuur, de verantwoording en de "
            "dialoog, en het financieel beheer. Het laatste vierjaarlijks onderzoek leverde het oordeel 'voldoende' "
            "op. De inspectie deed enkele aanbevelingen, die in het jaarplan zijn verwerkt. Ook in de komende "
            "planperiode verwachten wij een bezoek; we bereiden ons daarop voor met een zelfevaluatie."))
    a(("h2", "Uit de praktijk: een werkweek van een consulent"))
    a(("p", "Op maandag begint de week met het teamoverleg op het bureau: wie heeft welke vragen, waar is extra hulp "
            "nodig? Daarna een bezoek aan een kleine dorpsschool, waar de nieuwe directeur kennis wil maken. Op "
            "dinsdag schuift de consulent aan bij een netwerkbijeenkomst over executieve functies en spreekt hij "
            "met een collega van het wijkteam over een gezamenlijke training. Woensdag staat in het teken van "
            "administratie en het voorbereiden van een presentatie voor de medezeggenschap. Donderdag bezoekt hij twee "
            "scholen in de stad, en vrijdag is er intervisie met collega-consulenten onder leiding van een "
            "orthopedagoog. 'Het mooiste van dit werk', zegt hij, 'is dat je ziet hoe scholen en ouders samen een "
            "oplossing vinden die eerst onmogelijk leek.'"))
    a(("h2", "Samenwerking met andere samenwerkingsverbanden"))
    a(("p", "Het samenwerkingsverband werkt samen met de aangrenzende samenwerkingsverbanden in het primair en "
            "voortgezet onderwijs. Er is een gezamenlijke kalender voor de overstap naar het voortgezet onderwijs en "
            "er zijn afspraken over leerlingen die in het ene gebied wonen en in het andere naar school gaan. Twee "
            "keer per jaar overleggen de directeuren van de samenwerkingsverbanden in de regio."))
    return b


def extra_westerkwartier():
    b = []
    a = b.append
    a(("h1", "Veelgestelde vragen"))
    a(("p", "Moet mijn kind naar een andere school als het extra ondersteuning nodig heeft? Nee. In de meeste gevallen "
            "krijgt uw kind de ondersteuning op de eigen school. Alleen als dat echt niet lukt, wordt gekeken naar "
            "een bovenschoolse voorziening of het vso."))
    a(("p", "Wie betaalt het leerlingenvervoer naar een vso-school? Dat regelt de gemeente waar u woont. Het "
            "samenwerkingsverband gaat daar niet over, maar kan u wel de weg wijzen."))
    a(("p", "Kan mijn kind naar het mbo na het praktijkonderwijs? Ja, veel leerlingen van het praktijkonderwijs stromen "
            "door naar een entreeopleiding of een mbo-opleiding op niveau 2. Anderen gaan direct aan het werk, met "
            "begeleiding van de school in het eerste jaar. Die doorstroom bespreekt de school ruim van tevoren met "
            "u en uw kind."))
    a(("p", "Wat gebeurt er met de gegevens van mijn kind? Het samenwerkingsverband bewaart alleen wat nodig is voor de "
            "aanvraag en het besluit, en niet langer dan drie jaar na het besluit. U kunt het dossier altijd inzien."))
    a(("p", "Mag ik zelf een aanvraag doen bij het samenwerkingsverband? Een aanvraag loopt altijd via de school. "
            "Heeft u het gevoel dat de school niet in beweging komt, neem dan contact op met het bureau of met het "
            "steunpunt."))
    a(("p", "Wat is het verschil tussen de rebound en het vso? De rebound is een korte time-out voor leerlingen van "
            "een reguliere school; de leerling blijft ingeschreven op de eigen school. Het vso is een aparte school "
            "waarvoor een toelaatbaarheidsverklaring nodig is."))
    a(("h1", "Planning 2026-2030"))
    a(("table", [["Wanneer", "Wat"],
                 ["Najaar 2026", "Evaluatie Op-Stap-klas; jaarplan 2026-2027"],
                 ["Voorjaar 2027", "Tweejaarlijkse check basisondersteuning op alle vestigingen"],
                 ["2028", "Tussentijdse evaluatie plan met OPR en gemeenten"],
                 ["Voorjaar 2030", "Nieuw ondersteuningsplan vóór 1 mei 2030"]]))
    return b


def extra_linge():
    b = []
    a = b.append
    a(("h1", "Reactie van de OPR en verwerking"))
    a(("p", "De ondersteuningsplanraad heeft in zijn vergadering van 12 mei 2026 ingestemd met deze actualisatie. De "
            "raad heeft daarbij drie opmerkingen gemaakt. Ten eerste vraagt de raad om de evaluatie van het "
            "verdeelmodel uiterlijk in maart 2027 af te ronden, zodat er voldoende tijd is voor een zorgvuldige "
            "bespreking. Ten tweede wil de raad de halfjaarlijkse monitor ook in een versie voor ouders ontvangen. Ten "
            "derde vraagt de raad aandacht voor de bereikbaarheid van het steunpunt voor ouders die de Nederlandse "
            "taal niet goed beheersen. Het bestuur heeft toegezegd aan alle drie de punten tegemoet te komen."))
    a(("h1", "Uitkomsten van de tussenevaluatie"))
    a(("p", "In maart 2026 hebben 41 directeuren en 37 intern begeleiders een vragenlijst ingevuld over de werking van "
            "het samenwerkingsverband. Zij waarderen de bereikbaarheid van de consulenten en de korte lijnen met het "
            "bureau. Kritischer zijn zij over de hoeveelheid formulieren en over de communicatie bij wijzigingen in "
            "werkwijzen. Een aantal respondenten gaf aan dat de rol van het samenwerkingsverband en die van de "
            "besturen niet altijd helder is. Deze punten worden opgepakt in het jaarplan 2026-2027 en zijn "
            "niet van invloed op de inhoud van het ondersteuningsplan zelf."))
    a(("p", "Ook de gemeenten zijn gevraagd om een reactie. Zij zijn positief over de samenwerking in de "
            "bestuurlijke overleggen en vragen om meer gezamenlijke scholing van medewerkers van scholen en "
            "wijkteams. Dit punt is doorgeleid naar de werkgroep professionalisering."))
    return b


def extra_vechtstreek():
    b = []
    a = b.append
    a(("h1", "Veelgestelde vragen"))
    a(("p", "Wat is een samenwerkingsverband eigenlijk? Een samenwerkingsverband is een organisatie waarin alle "
            "schoolbesturen in een regio samenwerken om passend onderwijs mogelijk te maken. Ieder schoolbestuur moet "
            "daarbij aangesloten zijn. Wij zijn dus geen school, maar wij ondersteunen de scholen."))
    a(("p", "Wat is een consulent? Een consulent is een medewerker van het samenwerkingsverband met veel kennis van "
            "onderwijs en ondersteuning. Iedere school heeft een vaste consulent, die meedenkt met de intern "
            "begeleider en leerkrachten."))
    a(("p", "Wat is een OPP? Een ontwikkelingsperspectief beschrijft wat je van een kind mag verwachten en welke "
            "ondersteuning het daarvoor krijgt. De school stelt het op en bespreekt het met u; u heeft "
            "instemmingsrecht op het handelingsdeel."))
    a(("p", "Moet ik zelf iets regelen voor vervoer? Voor leerlingenvervoer naar een sbo- of so-school kunt u een "
            "aanvraag doen bij uw gemeente. Het samenwerkingsverband gaat hier niet over."))
    a(("p", "Mijn kind gaat naar de middelbare school. Wat dan? In groep 8 zorgt de basisschool voor een warme "
            "overdracht naar de nieuwe school. Het samenwerkingsverband voor voortgezet onderwijs in onze regio "
            "heeft een eigen ondersteuningsplan."))
    a(("p", "Hoe zit het met privacy? Wij gaan zorgvuldig om met de gegevens van uw kind. We vragen alleen wat nodig "
            "is en bewaren gegevens niet langer dan nodig. Onze privacyverklaring staat op de website."))
    a(("p", "Kan ik meepraten over het beleid? Ja. U kunt lid worden van de ondersteuningsplanraad of van de "
            "medezeggenschapsraad van de school van uw kind. Ook organiseren we af en toe een klankbordgroep voor "
            "ouders."))
    a(("h1", "Hoe werken we samen met de scholen?"))
    a(("p", "Iedere school heeft een vaste consulent, die ten minste vier keer per jaar op school komt en daarnaast "
            "bereikbaar is voor vragen. De intern begeleiders van alle scholen komen vijf keer per jaar bij elkaar in "
            "het IB-netwerk, waar zij ervaringen uitwisselen en nieuwe ontwikkelingen bespreken. De directeuren "
            "overleggen per gemeente. Zo blijven de lijnen kort en weten scholen elkaar te vinden als zij een vraag "
            "hebben die zij niet alleen kunnen beantwoorden. Nieuwe intern begeleiders en directeuren krijgen in hun "
            "eerste jaar een kennismakingsgesprek met de directeur van het samenwerkingsverband en een rondleiding "
            "langs de bovenschoolse groepen."))
    a(("h1", "Woordenlijst"))
    a(("ul", ["Basisondersteuning: de ondersteuning die iedere school in de Vechtstreek biedt.",
              "Begroting: het financiële plan van het samenwerkingsverband voor een jaar.",
              "Resultaten: wat het samenwerkingsverband met passend onderwijs wil bereiken.",
              "Terugplaatsingsbeleid: de afspraken over de terugkeer van sbo en so naar de basisschool.",
              "TLV: toelaatbaarheidsverklaring, nodig voor een plek in het sbo of so.",
              "Verdeelmodel: de manier waarop het geld over de schoolbesturen wordt verdeeld.",
              "Ouder- en Jeugdsteunpunt: onafhankelijke plek voor vragen van ouders en kinderen."]))
    a(("h1", "Colofon"))
    a(("p", "Tekst: bureau Samenwerkingsverband Passend Primair Onderwijs Vechtstreek, met dank aan de klankbordgroep "
            "ouders en de redactiegroep. Vormgeving webversie: afdeling communicatie. Deze pagina is voor het laatst "
            "bijgewerkt op 1 april 2026. Aan deze tekst kunnen geen rechten worden ontleend; bij verschillen geldt de "
            "door het bestuur vastgestelde versie."))
    return b


# ===========================================================================
# Build everything
# ===========================================================================

def main():
    OUT.mkdir(parents=True, exist_ok=True)

    # ---- Plan 1: PO Zuidrand, docx + pdf
    n1 = "po-zuidrand-op-2026-2030"
    blocks = plan_po_zuidrand()
    write_docx(blocks, OUT / f"{n1}.docx",
               header_text="Ondersteuningsplan 2026-2030 · terugplaatsing · monitoring · resultaten · ouders",
               footer_text="SWV PPO Zuidrand (PO 27-09) · versie definitief · pagina")
    docx_to_pdf(OUT / f"{n1}.docx", OUT / f"{n1}.pdf")
    write_label(n1, label(
        [f"{n1}.docx", f"{n1}.pdf"], "po",
        {"basisondersteuning.niveau", "basisondersteuning.inhoud", "plaatsing.procedure", "plaatsing.criteria",
         "terugstroom.beleid", "financien.verdeling", "financien.besteding", "dekkend-aanbod.continuum",
         "dekkend-aanbod.lacunes", "resultaten.doelen", "ouders.informatie", "ouders.steunpunt"},
        {"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
         "financien": ["reserves", "verantwoording"], "dekkend-aanbod": ["ketenpartners"],
         "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
        {"basisondersteuning": "H4.1 agreed minimum for every vestiging (Kwaliteitskaart) and H4.2 twelve concrete standards; H4.3 borging.",
         "plaatsing": "H6.1 five-step procedure with CvT and six-week term; H6.2 criteria only in a table (sbo vs so columns).",
         "terugstroom": "Hidden in TLV chapter H6.6: policy (thuisnabij, OPP condition, terugplaatsingsarrangement) is given, but the steps/who initiates are deferred to a stappenplan 'in voorbereiding' (Bijlage 3 is only a placeholder); header/glossary mention terugplaatsing.",
         "financien": "Under heading 'Geld en middelen' (H11): verdeelmodel with € per leerling/vaste voet (11.2) and meerjarenbegroting table with amounts (11.3).",
         "dekkend-aanbod": "H5 continuum table niveau 1-5 with named voorzieningen; H7 yearly gap inventory, thuiszitterstafel, doorzettingsmacht and new observatiegroep 2027.",
         "resultaten": "H9.1 goals with nulmeting and streefwaarden; H9.2 monitoring explicitly deferred to a kwaliteitskader to be written in 2026-2027 (header 'monitoring' and glossary are traps).",
         "ouders": "Inside chapter 'Communicatie' (H10.2 website/brochure/schoolgids/informatieavonden; H10.3 Ouder- en Jeugdsteunpunt, Onderwijsconsulenten, geschillencommissie)."}))

    # ---- Plan 2: VO Kempenland-Oost, docx
    n2 = "vo-kempenland-oost-op-2026-2030"
    blocks = plan_vo_kempenland()
    blocks = insert_before_appendix(blocks, filler("SWV VO Kempenland-Oost", parents_in_opr=False, sector="vo")
                                    + filler2("SWV VO Kempenland-Oost", sector="vo"))
    write_docx(blocks, OUT / f"{n2}.docx", header_text="SWV VO Kempenland-Oost · Ondersteuningsplan 2026-2030",
               footer_text="Informatie voor ouders: zie www.swvkempenland-oost.nl")
    write_label(n2, label(
        [f"{n2}.docx"], "vo",
        {"basisondersteuning.niveau", "plaatsing.procedure", "plaatsing.criteria", "terugstroom.procedure",
         "terugstroom.beleid", "financien.verdeling", "dekkend-aanbod.continuum", "resultaten.doelen",
         "resultaten.monitoring"},
        {"plaatsing": ["deskundigen", "duur-categorie"], "terugstroom": ["monitoring"],
         "financien": ["reserves", "verantwoording"], "dekkend-aanbod": ["ketenpartners"],
         "resultaten": ["meetbaar"]},
        {"basisondersteuning": "H4.1 defines the agreed level for all 17 vestigingen, but the fourteen standards are only 'opgenomen in bijlage C', which is not part of the document.",
         "plaatsing": "H5.2-5.3 vso procedure and criteria, H5.7 lwoo and H5.8 pro procedures with landelijke criteria stated; no bezwaar route given.",
         "terugstroom": "Inside the TLV chapter, H5.6 'Afloop en verlenging van de TLV': policy, conditions, terugkeerarrangement and dated steps (1 november, 1 februari, evaluation after six months).",
         "financien": "H10.2 verdeelmodel with four components and vaste voet; H10.3 meerjarenbegroting is all 'p.m.' and refers to absent bijlage D, so besteding is not addressed.",
         "dekkend-aanbod": "H4.2 niveau 2-4 incl. OPDC/rebound/ISK and H4.3 vso give the continuum; H6 defers the witte-vlekken analysis to 2027-2028 and the thuiszittersprotocol to a future addendum.",
         "resultaten": "H2 terugblik with achieved figures, H7.1 streefwaarden 2030, H7.2 PDCA, quarterly data, dashboard, halfjaarrapportage and jaarverslag.",
         "ouders": "Nothing addressed: samenvatting only claims the plan covers information to parents, H8 defers parent information and the OJSP until the law is in force, glossary/footer mention OJSP and website; TLV procedure gives parents no role."}))

    # ---- Plan 3: VO Westerkwartier-Zuid, pdf only (rendered from a temporary docx)
    n3 = "vo-westerkwartier-op-2026-2030"
    blocks = plan_vo_westerkwartier()
    blocks = insert_before_appendix(blocks, filler("SWV VO Westerkwartier-Zuid", sector="vo")
                                    + filler2("SWV VO Westerkwartier-Zuid", sector="vo") + extra_westerkwartier())
    tmpdir = Path(tempfile.mkdtemp(prefix="holdout127_docx_"))
    try:
        tmp_docx = tmpdir / f"{n3}.docx"
        write_docx(blocks, tmp_docx, footer_text="Ondersteuningsplan in de praktijk · SWV VO Westerkwartier-Zuid")
        docx_to_pdf(tmp_docx, OUT / f"{n3}.pdf")
    finally:
        shutil.rmtree(tmpdir, ignore_errors=True)
    write_label(n3, label(
        [f"{n3}.pdf"], "vo",
        {"basisondersteuning.niveau", "basisondersteuning.inhoud", "plaatsing.procedure", "financien.verdeling",
         "financien.besteding", "dekkend-aanbod.continuum", "dekkend-aanbod.lacunes", "resultaten.monitoring",
         "ouders.informatie", "ouders.steunpunt"},
        {"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
         "financien": ["verantwoording"], "dekkend-aanbod": ["ketenpartners"], "ouders": ["betrokkenheid"]},
        {"basisondersteuning": "H2 'Wat elke school biedt': agreed minimum for every vestiging, content only in a table; two-yearly check.",
         "plaatsing": "H4 six numbered steps incl. deskundigen, six-week term, bezwaar; criteria only referred to a Handreiking on the website.",
         "terugstroom": "Nothing: only near-misses (rebound leerling returns to own school, doorstroom pro->mbo in FAQ, 'terugkoppeling') and the woordenlijst entry.",
         "financien": "H6 'Geld': one table combining verdeling rules (€ 120 per leerling, max per arrangement) and amounts 2026-2029.",
         "dekkend-aanbod": "H3 'trap' table treden 1-5 with named voorzieningen; H5 'Geen kind thuis' thuiszitters route, escalation and yearly list of gaps leading to new Op-Stap-klas.",
         "resultaten": "H7 'Wat we bijhouden' describes quarterly dashboard and jaarverslag comparison; intended results deferred to a not yet adopted jaarplan.",
         "ouders": "H8 'Voor ouders': website, schoolgids, ouderavond, phone line; Ouder- en Jeugdsteunpunt Westerkwartier and Onderwijsconsulenten; OPR/hoorrecht."}))

    # ---- Plan 4: PO De Linge actualisatie, markdown
    n4 = "po-de-linge-actualisatie-2026-2027"
    blocks = plan_po_linge_actualisatie()
    blocks = insert_before_appendix(blocks, filler("SWV PO De Linge", sector="po")
                                    + filler2("SWV PO De Linge", sector="po") + extra_linge())
    write_md(blocks, OUT / f"{n4}.md")
    write_label(n4, label(
        [f"{n4}.md"], "po",
        {"terugstroom.procedure", "terugstroom.beleid", "financien.besteding", "resultaten.doelen",
         "resultaten.monitoring", "ouders.steunpunt"},
        {"terugstroom": ["monitoring"], "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
        {"basisondersteuning": "Update only: change table says H3 'Ongewijzigd' and glossary refers to the earlier plan; nothing in this document.",
         "plaatsing": "Update only: H5 'geen inhoudelijke wijziging'; TLV mentioned only inside the terugplaatsing steps and a reference to H5 of the old plan.",
         "terugstroom": "Main change, H3 'Wijziging A': policy with conditions and terugplaatsingsarrangement, six dated procedure steps, figures 2024-2025.",
         "financien": "H6 'Wijziging D': new meerjarenbegroting with amounts; verdeelmodel 'wordt geëvalueerd', proposal follows spring 2027.",
         "dekkend-aanbod": "Change table says H4 'Ongewijzigd'; only passing mentions (thuiszitters as OOGO agenda item, observatiegroep budget line).",
         "resultaten": "H4 'Wijziging B': streefwaarden 2028 with stand 2025 and half-yearly monitor, jaarverslag per doel.",
         "ouders": "H5 'Wijziging C' describes the independent Steunpunt Ouders & Jeugd Linge; information to parents 'blijft ongewijzigd' (old plan H8)."}))

    # ---- Plan 5: PO Vechtstreek web version, html
    n5 = "po-vechtstreek-op-kort-2026-2030"
    blocks = plan_po_vechtstreek()
    blocks = insert_before_appendix(blocks, filler("SWV PPO Vechtstreek", sector="po")
                                    + filler2("SWV PPO Vechtstreek", sector="po") + extra_vechtstreek())
    write_html(blocks, OUT / f"{n5}.html", "Ondersteuningsplan 2026-2030 – SWV PPO Vechtstreek")
    write_label(n5, label(
        [f"{n5}.html"], "po",
        {"basisondersteuning.niveau", "plaatsing.criteria", "terugstroom.procedure", "dekkend-aanbod.continuum",
         "dekkend-aanbod.lacunes", "ouders.informatie", "ouders.steunpunt"},
        {"plaatsing": ["duur-categorie", "bezwaar"], "dekkend-aanbod": ["ketenpartners"],
         "ouders": ["betrokkenheid"]},
        {"basisondersteuning": "'Wat elke basisschool biedt' states the common ondergrens for every school, but the voorzieningen are deferred to a 'kaart basisondersteuning' still being written.",
         "plaatsing": "'Naar het sbo of so' lists three toelaatbaarheid criteria; the procedure is deferred to a stroomschema that 'straks' appears on the page.",
         "terugstroom": "'Terug naar de basisschool' gives steps and dates (1 december, 1 maart, evaluation); policy/conditions/support after return deferred to 2027.",
         "financien": "Nothing: section 'Geld' refers to begroting and financieel jaarverslag on another page; nav/footer words only.",
         "dekkend-aanbod": "'Als een kind meer nodig heeft' continuum list; 'Geen kind zonder plek' thuiszitters route with regie and twice-yearly gap review.",
         "resultaten": "Nothing: no intended results, no monitoring; footer word 'resultaten' and inspectie 'voldoende' are traps.",
         "ouders": "'Informatie voor ouders' (website, folder, schoolgids, informatieavond, ouderlijn) and 'Onafhankelijke hulp' (Ouder- en Jeugdsteunpunt, Onderwijsconsulenten, klachten)."}))

    # ---- Near-miss: jaarverslag, docx
    n6 = "po-maasdelta-jaarverslag-2025"
    write_docx(nearmiss_jaarverslag(), OUT / f"{n6}.docx", header_text="Jaarverslag 2025 · SWV PO Maasdelta")
    (OUT / f"{n6}.expected.yaml").write_text(yaml.safe_dump({
        "documents": [f"{n6}.docx"], "sector": "po", "looks_like_plan": False,
        "elements": {}, "criteria": {},
        "notes": {"document": "Annual report (bestuursverslag + jaarrekening) of an SWV about calendar year 2025: "
                              "accounts for the execution of a separate ondersteuningsplan with realised figures "
                              "(TLVs, terugplaatsingen, thuiszitters, budget). It states itself that the plan is a "
                              "separate document; it has SWV markers (OPR, PO code) but is not an ondersteuningsplan."}},
        allow_unicode=True, sort_keys=False, width=200), encoding="utf-8")


if __name__ == "__main__":
    main()
