#!/usr/bin/env python3
"""Generate holdout set 204: five fictional ondersteuningsplannen (PO/VO) and one near-miss.

Deterministic, no network. Output goes to the parent folder of this script's folder.
PDFs are rendered from .docx with LibreOffice (soffice --headless).
"""
import shutil
import subprocess
import tempfile
from pathlib import Path

import yaml
from docx import Document
from docx.shared import Pt

OUT = Path(__file__).resolve().parent.parent

CORE = [
    "basisondersteuning.niveau", "basisondersteuning.inhoud",
    "plaatsing.procedure", "plaatsing.criteria",
    "terugstroom.procedure", "terugstroom.beleid",
    "financien.verdeling", "financien.besteding",
    "dekkend-aanbod.continuum", "dekkend-aanbod.lacunes",
    "resultaten.doelen", "resultaten.monitoring",
    "ouders.informatie", "ouders.steunpunt",
]


# --------------------------------------------------------------------------------------------
# shared filler (neutral: must not address any criterion)
# --------------------------------------------------------------------------------------------
def filler(name, short, regio, n_scholen, n_lln, besturen, opr_datum, oogo_datum, periode="2025-2029"):
    f = {}
    f["voorwoord"] = [
        ("h1", "Voorwoord"),
        ("p", f"Voor u ligt het ondersteuningsplan {periode} van {name}. Dit plan is het resultaat van een "
              f"intensief traject waarin schoolbesturen, directeuren, intern begeleiders, leerkrachten, ouders en "
              f"partners in {regio} hebben meegedacht over de vraag hoe wij de komende vier jaar passend onderwijs "
              f"vormgeven. Wij zijn iedereen die tijd en energie heeft gestoken in de gesprekken, de werksessies en "
              f"het lezen van conceptteksten daarvoor zeer erkentelijk."),
        ("p", "Passend onderwijs is geen project met een einddatum. Het is een manier van kijken naar kinderen, "
              "waarbij we niet beginnen bij wat een kind niet kan, maar bij wat het nodig heeft om zich te "
              "ontwikkelen. Dat vraagt iets van iedereen: van de leerkracht in de groep, van de school, van het "
              "bestuur en van ons als samenwerkingsverband. De afgelopen planperiode hebben we veel geleerd. We "
              "hebben gezien dat de beweging naar inclusiever onderwijs niet vanzelf gaat, dat de druk op "
              "leerkrachten groot is en dat het lerarentekort zijn sporen nalaat. Tegelijk zagen we prachtige "
              "voorbeelden van scholen die samen met ouders en jeugdhulp net dat stapje extra zetten."),
        ("p", f"Dit plan is geschreven in een tijd van verandering. De landelijke verbeteraanpak passend onderwijs, "
              f"de wetgeving rond de positie van ouders en leerlingen en de ontwikkeling van een landelijke norm "
              f"voor basisondersteuning vragen om keuzes. Wij hebben geprobeerd die keuzes helder op te schrijven, "
              f"zonder de ruimte te nemen die scholen nodig hebben om hun eigen koers te varen. Wij wensen u veel "
              f"leesplezier en nodigen u uit om met ons in gesprek te blijven."),
        ("p", f"Namens het bestuur van {short},\nde directeur-bestuurder"),
    ]
    f["leeswijzer"] = [
        ("h2", "Leeswijzer"),
        ("p", "Dit plan begint met een korte schets van de regio en van de organisatie. Daarna beschrijven we onze "
              "visie en de kernwaarden die ons handelen richting geven. In de hoofdstukken die volgen komen de "
              "onderwerpen aan bod die de wet voorschrijft, aangevuld met onderwerpen die wij zelf belangrijk "
              "vinden, zoals personeel, professionalisering en de jaarlijkse planning- en controlcyclus. Achterin "
              "vindt u een lijst met begrippen en afkortingen. Waar in de tekst 'scholen' staat, bedoelen we alle "
              "vestigingen van de aangesloten schoolbesturen, tenzij anders vermeld."),
    ]
    f["regio"] = [
        ("h1", "Onze regio in het kort"),
        ("p", f"{name} omvat het gebied van de gemeenten in {regio}. Binnen ons verband werken {besturen} "
              f"schoolbesturen samen. Zij zijn samen verantwoordelijk voor {n_scholen} scholen met op de teldatum "
              f"1 oktober 2024 in totaal ongeveer {n_lln} leerlingen. De regio kent zowel stedelijke wijken met een "
              f"grote diversiteit aan gezinnen als kleine dorpskernen waar de basisschool vaak de laatste "
              f"voorziening in het dorp is. Die verscheidenheid zien we terug in de vragen die scholen ons stellen."),
        ("p", "De leerlingenaantallen in de regio dalen licht. Prognoses van de gemeenten laten zien dat de daling "
              "in de komende planperiode doorzet, met uitzondering van enkele nieuwbouwwijken. Voor kleine scholen "
              "betekent dit dat zij kwetsbaarder worden, ook als het gaat om het organiseren van ondersteuning. "
              "Schoolbesturen werken daarom steeds vaker bovenschools samen, bijvoorbeeld bij het delen van "
              "specialisten en bij de inzet van invalkrachten."),
        ("p", "De regio heeft te maken met een krappe arbeidsmarkt. Vooral in het speciaal onderwijs en bij kleine "
              "scholen in de dorpen is het moeilijk om vacatures te vervullen. Daarnaast zien we een toename van "
              "het aantal nieuwkomers, onder wie kinderen uit Oekraïne, die in korte tijd een plek op een school "
              "moeten krijgen. Dit vraagt om flexibiliteit van scholen en om goede afspraken met gemeenten."),
    ]
    f["visie"] = [
        ("h1", "Visie en missie"),
        ("p", "Wij geloven dat ieder kind recht heeft op onderwijs dat past bij zijn of haar mogelijkheden, "
              "zo dicht mogelijk bij huis en samen met leeftijdsgenoten. Kinderen leren het meest in een omgeving "
              "waarin zij zich veilig en gezien voelen. Onderwijs is daarbij nooit alleen een zaak van de school: "
              "ouders, leerkrachten, jeugdhulp en gemeente hebben ieder hun eigen rol en verantwoordelijkheid."),
        ("p", "Onze missie is om, samen met de aangesloten schoolbesturen, de voorwaarden te scheppen waaronder "
              "scholen goed onderwijs kunnen bieden aan alle kinderen, ook aan kinderen die iets extra's nodig "
              "hebben. Wij zijn geen uitvoerder van onderwijs; dat doen de scholen. Wij faciliteren, verbinden, "
              "adviseren en waar nodig besluiten wij, zoals de wet dat van ons vraagt."),
        ("p", "Die missie vertalen we in vier kernwaarden. Wij werken vanuit vertrouwen: we gaan ervan uit dat "
              "iedereen het beste wil voor het kind. Wij werken transparant: we leggen uit wat we doen en waarom. "
              "Wij werken verbindend: we zoeken de samenwerking op, ook buiten de muren van het onderwijs. En wij "
              "werken lerend: we durven te reflecteren op wat goed gaat en wat beter kan. Deze kernwaarden komen "
              "terug in de manier waarop we vergaderen, besluiten en met elkaar omgaan."),
        ("p", "Wij zien passend onderwijs als een gedeelde opgave. Dat betekent dat wij niet alles centraal willen "
              "regelen. Schoolbesturen houden hun eigen verantwoordelijkheid voor de kwaliteit van hun onderwijs. "
              "Het samenwerkingsverband richt zich op de vraagstukken die scholen niet alleen kunnen oplossen en "
              "op de taken die de wet ons opdraagt."),
    ]
    f["governance"] = [
        ("h1", "Organisatie en governance"),
        ("p", f"{short} is een stichting. Het bestuur is ingericht volgens het model van een raad van toezicht "
              f"en een directeur-bestuurder. De raad van toezicht bestaat uit vijf leden, van wie drie worden "
              f"voorgedragen door de algemene vergadering van schoolbesturen en twee onafhankelijk zijn. De "
              f"directeur-bestuurder is belast met het besturen van de stichting en legt verantwoording af aan de "
              f"raad van toezicht. De scheiding tussen bestuur en toezicht is vastgelegd in de statuten en in het "
              f"bestuursreglement."),
        ("p", "De algemene vergadering van schoolbesturen komt vier keer per jaar bijeen. Zij benoemt de leden van "
              "de raad van toezicht, geeft advies over strategische keuzes en is het forum waarin de besturen "
              "elkaar aanspreken op gemaakte afspraken. De stichting volgt de Code Goed Bestuur in het primair "
              "onderwijs. Eens per jaar evalueert de raad van toezicht zijn eigen functioneren, eens in de drie "
              "jaar onder begeleiding van een externe deskundige."),
        ("p", "Het bureau van het samenwerkingsverband ondersteunt de directeur-bestuurder bij de uitvoering. Het "
              "bureau is gehuisvest in een bedrijfsverzamelgebouw centraal in de regio en is goed bereikbaar met "
              "het openbaar vervoer. Medewerkers werken daarnaast een groot deel van hun tijd op de scholen."),
        ("p", "In de statuten is een regeling voor geschillen tussen de aangesloten schoolbesturen en het "
              "samenwerkingsverband opgenomen, zoals de wet voorschrijft. Deze regeling is in de afgelopen "
              "planperiode niet gebruikt."),
    ]
    f["totstandkoming"] = [
        ("h1", "Totstandkoming van dit plan"),
        ("p", "De voorbereiding van dit plan startte in het voorjaar van 2024 met een evaluatiesessie met "
              "directeuren en intern begeleiders. Daarna zijn vier werkgroepen aan de slag gegaan, elk met een "
              "eigen thema. De conceptteksten zijn besproken in de algemene vergadering, in de "
              "ondersteuningsplanraad en met de gemeenten."),
        ("p", f"Het op overeenstemming gericht overleg (OOGO) met de colleges van burgemeester en wethouders heeft "
              f"plaatsgevonden op {oogo_datum}. Het overleg met het samenwerkingsverband in het andere onderwijstype "
              f"met een overlappend werkgebied is gevoerd in januari 2025. De ondersteuningsplanraad heeft op "
              f"{opr_datum} ingestemd met dit plan. Het plan is vervolgens door het bestuur vastgesteld en vóór "
              f"1 mei 2025 aan de Inspectie van het Onderwijs toegezonden."),
    ]
    f["personeel"] = [
        ("h1", "Personeel"),
        ("p", "Het bureau heeft veertien medewerkers, samen ruim elf fte. De functies zijn: directeur-bestuurder, "
              "beleidsmedewerker, controller, secretariaat, orthopedagogen en consulenten. Medewerkers zijn in "
              "dienst van de stichting of worden gedetacheerd vanuit een van de aangesloten besturen. De cao "
              "primair onderwijs is van toepassing."),
        ("p", "Wij investeren in goed werkgeverschap. Iedere medewerker heeft jaarlijks een ontwikkelgesprek. Het "
              "ziekteverzuim lag in 2024 onder het landelijk gemiddelde. Wij werken met een "
              "bedrijfsarts via een arbodienst en hebben een vertrouwenspersoon voor medewerkers aangesteld. In "
              "de komende periode willen we de kennis binnen het team breder delen, zodat we minder kwetsbaar "
              "zijn bij vertrek of uitval van een collega."),
        ("p", "Het personeelsbeleid van de scholen is de verantwoordelijkheid van de schoolbesturen. Wel zien wij "
              "dat de beschikbaarheid van goed opgeleide leerkrachten en specialisten een voorwaarde is voor "
              "passend onderwijs. We volgen de ontwikkelingen op de arbeidsmarkt daarom nauwgezet en delen "
              "signalen met de besturen."),
    ]
    f["ict"] = [
        ("h1", "ICT, privacy en gegevensbescherming"),
        ("p", "Het samenwerkingsverband verwerkt persoonsgegevens van leerlingen, waaronder in sommige gevallen "
              "gegevens over gezondheid. Wij doen dat alleen voor zover dat nodig is voor onze wettelijke taken. "
              "Wij hebben een functionaris gegevensbescherming aangesteld, die wij delen met twee andere "
              "samenwerkingsverbanden. Het privacyreglement is in 2024 geactualiseerd."),
        ("p", "Voor de uitwisseling van dossiers gebruiken wij een beveiligde digitale omgeving. Scholen loggen in "
              "met tweefactorauthenticatie. Dossiers worden niet langer bewaard dan de wettelijke termijn. "
              "Met leveranciers zijn verwerkersovereenkomsten gesloten. Medewerkers volgen jaarlijks een korte "
              "training informatiebeveiliging. Datalekken worden gemeld bij de functionaris en, waar nodig, bij "
              "de Autoriteit Persoonsgegevens."),
        ("p", "In de planperiode vervangen wij ons registratiesysteem. De eisen die wij stellen aan een nieuw "
              "systeem zijn gebruiksgemak voor scholen, goede rapportagemogelijkheden en naleving van de AVG. "
              "De aanbesteding start in 2026."),
    ]
    f["professionalisering"] = [
        ("h1", "Kennisdeling en professionalisering"),
        ("p", "Kennis over ondersteuning is op veel plekken in de regio aanwezig, maar niet altijd daar waar die "
              "nodig is. Daarom organiseren wij netwerken voor intern begeleiders, voor directeuren en voor "
              "leerkrachten van de bovenbouw. Deze netwerken komen vier tot zes keer per jaar bijeen rond een "
              "thema dat de deelnemers zelf kiezen, zoals gedrag, taalontwikkeling of samenwerking met "
              "jeugdhulp."),
        ("p", "Daarnaast bieden wij een scholingsaanbod dat openstaat voor alle medewerkers van aangesloten scholen. "
              "Het aanbod wordt jaarlijks bijgesteld op basis van de vragen uit de netwerken. Wij stimuleren "
              "scholen om elkaar op te zoeken: een leerkracht die vastloopt, kan vaak veel leren van een collega "
              "op een andere school die een vergelijkbare vraag al eens heeft opgelost."),
    ]
    f["planning"] = [
        ("h1", "Planning en jaarcyclus"),
        ("p", "Dit ondersteuningsplan geeft de koers voor vier jaar. Ieder jaar vertalen wij die koers in een "
              "jaarplan met concrete activiteiten. Het jaarplan wordt in juni vastgesteld, samen met de begroting "
              "voor het volgende kalenderjaar. De ondersteuningsplanraad en de algemene vergadering worden over "
              "het jaarplan geïnformeerd."),
        ("table", [["Periode", "Activiteit"],
                   ["september", "start schooljaar, netwerkbijeenkomsten"],
                   ["november", "bestuursgesprekken met schoolbesturen"],
                   ["februari", "tussentijdse bespreking jaarplan in de algemene vergadering"],
                   ["juni", "vaststelling jaarplan en begroting volgend jaar"],
                   ["juli", "afsluiting schooljaar"]]),
        ("p", "Wijzigingen in het ondersteuningsplan tijdens de planperiode leggen wij voor aan de "
              "ondersteuningsplanraad. Kleine wijzigingen, zoals het aanpassen van namen of adressen, verwerken "
              "wij zonder aparte procedure."),
    ]
    f["extra"] = [
        ("h1", "Integriteit, toezicht en bedrijfsvoering"),
        ("p", f"{short} hecht aan integer handelen. Er is een integriteitscode voor bestuur, toezicht en "
              f"medewerkers, en een klokkenluidersregeling die aansluit bij de Wet bescherming klokkenluiders. "
              f"Nevenfuncties van de directeur-bestuurder en van de leden van de raad van toezicht worden "
              f"gemeld en op de website gepubliceerd. Bij de benoeming van nieuwe toezichthouders wordt "
              f"gekeken naar mogelijke belangenverstrengeling met aangesloten schoolbesturen."),
        ("p", "De Inspectie van het Onderwijs houdt toezicht op het samenwerkingsverband. Bij het laatste "
              "vierjaarlijks onderzoek heeft de Inspectie met bestuur, toezicht, schoolbesturen en de "
              "ondersteuningsplanraad gesproken. De aanbevelingen uit dat onderzoek hebben wij meegenomen in de "
              "voorbereiding van dit plan, onder meer bij de inrichting van de planning- en controlcyclus en bij "
              "de vastlegging van besluiten van de directeur-bestuurder."),
        ("p", "De personeelsleden van het bureau hebben een eigen medezeggenschapsraad, die instemmings- en "
              "adviesrecht heeft op onderwerpen die het personeel van het bureau betreffen, zoals het "
              "formatieplan, het werkverdelingsplan en de regeling voor thuiswerken. De raad vergadert zes keer "
              "per jaar met de directeur-bestuurder."),
        ("p", "Het bureau werkt zo duurzaam mogelijk. Medewerkers reizen waar dat kan met de fiets of het "
              "openbaar vervoer, vergaderingen vinden deels online plaats en bij de aanschaf van laptops en "
              "meubilair letten wij op hergebruik. Het kantoor is in 2023 verduurzaamd."),
        ("p", "Het bureau is bereikbaar op werkdagen van 8.30 tot 17.00 uur. Tijdens de schoolvakanties is er "
              "een beperkte bezetting. Vragen van scholen worden binnen twee werkdagen beantwoord. Het "
              "bureau deelt de vergaderruimten met een kinderopvangorganisatie en een welzijnsinstelling, wat "
              "korte lijnen in het dagelijks werk oplevert."),
    ]
    f["omgeving"] = [
        ("h1", "Ontwikkelingen in de omgeving"),
        ("p", "Het onderwijs verandert snel. Landelijk is na de evaluatie van passend onderwijs in 2020 een "
              "verbeteraanpak ingezet die tot 2035 loopt. De Tweede Kamer heeft gevraagd om meer duidelijkheid "
              "over wat scholen minimaal moeten bieden, om minder bureaucratie en om een sterkere positie van "
              "leerlingen en hun ouders. Tegelijk werkt het ministerie aan een vereenvoudiging van de bekostiging "
              "en aan inclusiever onderwijs. Deze ontwikkelingen raken aan vrijwel alle hoofdstukken van dit "
              "plan; waar nodig passen wij het plan tussentijds aan."),
        ("p", "In de regio zelf zien wij drie ontwikkelingen die ons werk beïnvloeden. Ten eerste het tekort aan "
              "leraren en specialisten, dat vooral kleine scholen raakt. Ten tweede de groei van het aantal "
              "leerlingen met een complexe hulpvraag, waarbij onderwijs en zorg elkaar nodig hebben. Ten derde de "
              "financiële druk op gemeenten, die keuzes moeten maken in de jeugdhulp. Wij blijven hierover in "
              "gesprek met schoolbesturen en gemeenten, en vertalen de uitkomsten van die gesprekken in het "
              "jaarplan."),
        ("p", "Ook de digitalisering vraagt aandacht. Scholen gebruiken steeds meer digitale leermiddelen en "
              "toetsen, en nieuwe toepassingen van kunstmatige intelligentie dienen zich aan. Dat biedt kansen, "
              "bijvoorbeeld voor leerlingen met dyslexie, maar roept ook vragen op over privacy en over de rol "
              "van de leraar. Wij volgen deze ontwikkelingen en delen kennis via de netwerken."),
    ]
    return f


# --------------------------------------------------------------------------------------------
# renderers
# --------------------------------------------------------------------------------------------
def write_docx(blocks, path, header_text=None, title=None):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    if header_text:
        doc.sections[0].header.paragraphs[0].text = header_text
    for kind, val in blocks:
        if kind == "title":
            doc.add_heading(val, level=0)
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
            doc.add_heading("Inhoudsopgave", level=1)
            for it in val:
                doc.add_paragraph(it)
        elif kind == "table":
            t = doc.add_table(rows=len(val), cols=len(val[0]))
            t.style = "Table Grid"
            for i, row in enumerate(val):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = cell
            doc.add_paragraph("")
        elif kind == "pagebreak":
            doc.add_page_break()
    import datetime
    cp = doc.core_properties
    cp.author = "holdout204"
    cp.last_modified_by = "holdout204"
    cp.created = cp.modified = datetime.datetime(2025, 3, 25, 12, 0, 0)
    cp.revision = 1
    doc.save(path)
    _normalize_zip(path)


def _normalize_zip(path):
    """Rewrite a zip with fixed timestamps so that .docx output is byte-identical between runs."""
    import zipfile
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for fn, data in items:
            zi = zipfile.ZipInfo(fn, date_time=(2025, 3, 25, 12, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def write_md(blocks, path):
    out = []
    for kind, val in blocks:
        if kind == "title":
            out.append(f"# {val}\n")
        elif kind == "h1":
            out.append(f"## {val}\n")
        elif kind == "h2":
            out.append(f"### {val}\n")
        elif kind == "p":
            out.append(val.replace("\n", "  \n") + "\n")
        elif kind == "bullets":
            out.append("\n".join(f"- {it}" for it in val) + "\n")
        elif kind == "toc":
            out.append("## Inhoud\n")
            out.append("\n".join(f"- {it}" for it in val) + "\n")
        elif kind == "table":
            out.append("| " + " | ".join(val[0]) + " |")
            out.append("|" + "---|" * len(val[0]))
            for row in val[1:]:
                out.append("| " + " | ".join(row) + " |")
            out.append("")
    path.write_text("\n".join(out), encoding="utf-8")


def to_pdf(docx_path, pdf_path):
    tmp = Path(tempfile.mkdtemp(prefix="holdout204_lo_"))
    try:
        src = tmp / docx_path.name
        shutil.copy(docx_path, src)
        subprocess.run(["soffice", f"-env:UserInstallation=file://{tmp}/profile", "--headless",
                        "--convert-to", "pdf", "--outdir", str(tmp), str(src)],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
        shutil.move(str(tmp / (docx_path.stem + ".pdf")), pdf_path)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def word_count(blocks):
    n = 0
    for kind, val in blocks:
        if kind in ("p", "h1", "h2", "title"):
            n += len(val.split())
        elif kind in ("bullets", "toc"):
            n += sum(len(x.split()) for x in val)
        elif kind == "table":
            n += sum(len(c.split()) for r in val for c in r)
    return n


def write_label(name, documents, sector, elements, criteria, advisory, notes, looks=True):
    data = {"documents": documents, "sector": sector, "looks_like_plan": looks,
            "elements": elements, "criteria": criteria,
            "advisory_addressed": advisory, "notes": notes}
    if looks:
        assert set(criteria) == set(CORE), name
        for el, st in elements.items():
            vals = [criteria[c] for c in CORE if c.startswith(el + ".")]
            if all(vals):
                assert st == "present", (name, el)
            elif any(vals) or advisory.get(el):
                assert st == "partial", (name, el)
            else:
                assert st == "missing", (name, el)
    (OUT / f"{name}.expected.yaml").write_text(
        yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=200), encoding="utf-8")



# --------------------------------------------------------------------------------------------
# Plan A: PO, .docx  -- Rivierenzoom
# --------------------------------------------------------------------------------------------
def plan_a():
    name = "Samenwerkingsverband Passend Primair Onderwijs Rivierenzoom"
    f = filler(name, "SWV Rivierenzoom", "de Rivierenzoom (Lingemeer, Assendael en Wijkerbroek)", 52,
               "11.400", 9, "18 maart 2025", "4 februari 2025")
    b = [("title", "Ondersteuningsplan 2025-2029"),
         ("p", f"{name} (PO 26-17)\nVastgesteld door het bestuur op 25 maart 2025"),
         ("toc", ["Voorwoord", "1 Onze regio in het kort", "2 Visie en missie", "3 Wat elke school biedt",
                  "4 Het ondersteuningsaanbod in de regio", "5 Toelaatbaarheid tot sbo en so",
                  "6 Terugplaatsing", "7 Geld en middelen", "8 Kwaliteit en resultaten",
                  "9 Communicatie", "10 Organisatie en governance", "11 Personeel",
                  "12 ICT en privacy", "13 Planning", "Bijlage: begrippenlijst"]),
         ("pagebreak", None)]
    b += f["voorwoord"] + f["leeswijzer"] + f["regio"] + f["visie"]
    b += [
        ("h1", "3 Wat elke school biedt"),
        ("p", "In Rivierenzoom hebben de schoolbesturen samen afgesproken welke ondersteuning op iedere school "
              "vanzelfsprekend is. Dit noemen we de basisondersteuning. Het is de ondergrens: elke vestiging van "
              "elk aangesloten bestuur, groot of klein, in de stad of in een dorp, biedt ten minste deze "
              "ondersteuning, zonder dat daarvoor een aanvraag bij het samenwerkingsverband nodig is. Scholen "
              "mogen meer bieden; minder is niet toegestaan. De afspraken zijn in 2024 vastgelegd in het "
              "'Referentiekader Basis op orde Rivierenzoom' en in dit hoofdstuk integraal overgenomen."),
        ("p", "Ouders mogen van iedere school in ons verband het volgende verwachten:"),
        ("bullets", [
            "een intern begeleider met een afgeronde opleiding, met ten minste 0,4 fte per 200 leerlingen, die "
            "de leerlingbesprekingen voert en het aanspreekpunt is voor ouders en externe partners;",
            "handelingsgericht werken: twee keer per jaar een groepsbespreking per groep en een plan van aanpak "
            "voor iedere leerling die uitvalt op taal, lezen of rekenen;",
            "een dyslexieprotocol en een dyscalculieprotocol volgens de landelijke protocollen, inclusief "
            "signalering in groep 2 en 3 en extra leestijd van ten minste 3 x 20 minuten per week voor "
            "leerlingen in de intensieve aanpak;",
            "een aanpak voor sociale veiligheid en gedrag (een erkend programma voor de hele school), een "
            "anti-pestcoördinator en jaarlijkse monitoring van het welbevinden;",
            "verrijking en verdieping binnen de groep voor meer- en hoogbegaafde leerlingen, met een "
            "compacten-en-verrijkenaanpak voor rekenen en taal;",
            "een protocol medisch handelen en afspraken over het toedienen van medicijnen;",
            "een ontwikkelingsperspectief (OPP) voor iedere leerling die op een of meer vakgebieden een eigen "
            "leerlijn volgt, opgesteld en geëvalueerd samen met ouders;",
            "inzet van het schoolmaatschappelijk werk en het consultatiebureau/jeugdverpleegkundige via het "
            "ondersteuningsteam op school, dat ten minste zes keer per jaar bijeenkomt;",
            "een overdracht naar het voortgezet onderwijs volgens de regionale overstapkalender."]),
        ("p", "Wat hierboven staat, is dus geen extra ondersteuning. Extra ondersteuning begint waar deze lijst "
              "ophoudt: wanneer een leerling meer nodig heeft dan de school met haar basisondersteuning kan "
              "bieden, kan de school een arrangement aanvragen (zie hoofdstuk 4)."),
        ("p", "Iedere twee jaar bespreekt de consulent van het samenwerkingsverband met de directeur aan de hand "
              "van een kwaliteitskaart of de school de basisondersteuning op orde heeft. Scholen die op één of "
              "meer punten tekortschieten, maken binnen drie maanden een verbeterplan dat het bestuur bewaakt."),
        ("h1", "4 Het ondersteuningsaanbod in de regio"),
        ("p", "Het ondersteuningsaanbod in Rivierenzoom is opgebouwd in drie lagen die op elkaar aansluiten. De "
              "eerste laag is de basisondersteuning op iedere school, zoals beschreven in hoofdstuk 3. De tweede "
              "laag is extra ondersteuning op de eigen school of in een bovenschoolse groep: arrangementen die "
              "het samenwerkingsverband toekent. De derde laag is het speciaal basisonderwijs en het speciaal "
              "onderwijs."),
        ("p", "In de tweede laag kennen wij drie soorten arrangementen. Het individuele arrangement geeft een "
              "school voor maximaal één schooljaar extra handen of expertise rond één leerling, bijvoorbeeld een "
              "onderwijsassistent voor enkele dagdelen of begeleiding door een gedragsspecialist. Het "
              "groepsarrangement ondersteunt een school die meerdere leerlingen met een vergelijkbare vraag "
              "heeft. De bovenschoolse voorzieningen zijn de taalklas voor nieuwkomers in Lingemeer, de "
              "plusklas voor hoogbegaafde leerlingen (één dag per week, op twee locaties) en de "
              "observatiegroep 'De Brug' voor jonge kinderen van wie de ontwikkelingsvraag nog niet helder is."),
        ("p", "In de derde laag vallen sbo De Wissel (twee locaties, circa 310 leerlingen) en de so-scholen voor "
              "cluster 3 en cluster 4 in en rond de regio. Daarnaast is er een onderwijs-zorgarrangement bij "
              "het kinderdagcentrum in Assendael, waar een klein aantal kinderen onderwijs en zorg gecombineerd "
              "krijgt. Tussen de lagen bestaan vaste routes: de ambulante begeleiding vanuit het so is ook "
              "beschikbaar voor reguliere scholen, en leerkrachten van De Wissel geven consultatie aan "
              "basisscholen."),
        ("p", "Het samenwerkingsverband vindt het onaanvaardbaar dat kinderen thuiszitten. Onze werkwijze bij "
              "thuiszitters en bij kinderen voor wie geen passende plek beschikbaar lijkt, staat in het "
              "Protocol Thuiszitters Rivierenzoom op onze website. Of het totale aanbod in de regio voldoende "
              "dekkend is, brengen wij in 2026 in kaart; de uitkomsten nemen wij op in een actualisatie van dit "
              "plan."),
        ("h1", "5 Toelaatbaarheid tot sbo en so"),
        ("p", "Een leerling kan alleen worden ingeschreven op het sbo of op een school voor so in cluster 3 of 4 "
              "als het samenwerkingsverband een toelaatbaarheidsverklaring (TLV) heeft afgegeven. De aanvraag "
              "wordt gedaan door het bestuur van de school waar de leerling staat ingeschreven of is aangemeld. "
              "In de praktijk dient de intern begeleider de aanvraag namens het bestuur in via ons digitale "
              "aanmeldsysteem."),
        ("p", "De procedure kent vijf stappen. Stap 1: de school bespreekt de leerling in het ondersteuningsteam, "
              "waarin ouders en de consulent van het samenwerkingsverband aanwezig zijn. Stap 2: de school "
              "vult het groeidocument aan met de zienswijze van ouders en het onderwijskundig rapport, en dient "
              "de aanvraag in. Stap 3: het bureau controleert binnen vijf werkdagen of het dossier compleet is. "
              "Stap 4: twee deskundigen geven ieder afzonderlijk een schriftelijk advies: altijd een "
              "orthopedagoog of psycholoog, en afhankelijk van de leerling een tweede deskundige, zoals een "
              "maatschappelijk werker, arts of kinderpsychiater. Deze deskundigen zijn niet betrokken geweest "
              "bij de aanvraag. Stap 5: de Commissie Toelaatbaarheid neemt namens de directeur-bestuurder binnen "
              "zes weken na ontvangst van het complete dossier een besluit. Ouders ontvangen het besluit en een "
              "afschrift van de deskundigenadviezen."),
        ("p", "De commissie hanteert de criteria uit onderstaande tabel. Een leerling is toelaatbaar als aan alle "
              "criteria van de betreffende kolom is voldaan."),
        ("table", [["Criterium", "sbo", "so cluster 3/4"],
                   ["Ondersteuningsbehoefte", "overstijgt basisondersteuning én een arrangement van ten minste "
                    "één jaar heeft onvoldoende effect gehad", "intensieve, langdurige ondersteuning op "
                    "meerdere domeinen die het sbo niet kan bieden"],
                   ["Handelingsgericht werken aantoonbaar", "minimaal twee cycli HGW met evaluatie in "
                    "groeidocument", "minimaal twee cycli HGW of directe instroom bij zeer ernstige "
                    "problematiek"],
                   ["Ontwikkelingsperspectief", "uitstroombestemming lager dan verwacht bij reguliere "
                    "begeleiding", "OPP met uitstroomprofiel dagbesteding, arbeid of vervolgonderwijs"],
                   ["Onderwijs-zorgvraag", "n.v.t.", "zorgvraag vraagt combinatie met jeugdhulp of "
                    "zorg in de school"]]),
        ("p", "Een TLV voor het sbo wordt afgegeven voor twee schooljaren. Een TLV voor het so wordt afgegeven "
              "voor de duur van één tot vier schooljaren, met een bekostigingscategorie laag, midden of hoog. "
              "Ouders of school die het niet eens zijn met het besluit, kunnen binnen zes weken bezwaar maken. "
              "Het samenwerkingsverband is aangesloten bij de Landelijke Bezwaaradviescommissie "
              "Toelaatbaarheidsverklaringen, die ons adviseert over het bezwaar."),
        ("h2", "5.4 Afloop van de TLV"),
        ("p", "Uiterlijk in januari van het laatste schooljaar waarvoor een TLV geldt, nodigt de school voor sbo of "
              "so de ouders, de consulent van het samenwerkingsverband en, als dat al bekend is, een mogelijke "
              "ontvangende basisschool uit voor een evaluatiegesprek. In dat gesprek wordt het OPP naast de "
              "ontwikkeling van de leerling gelegd. De sbo- of so-school stelt daarna vóór 1 maart vast of zij "
              "een nieuwe TLV aanvraagt of dat de leerling overstapt naar het regulier onderwijs. Bij een "
              "overstap meldt de ouder de leerling aan bij de nieuwe school, stuurt de sbo- of so-school het "
              "onderwijskundig rapport mee en vindt vóór de zomervakantie een warme overdracht plaats. Een "
              "tweede evaluatiemoment volgt zes weken na de start op de nieuwe school."),
        ("h1", "6 Terugplaatsing"),
        ("p", "Terugplaatsing en overplaatsing naar het basisonderwijs vinden wij een belangrijk onderwerp. "
              "Ons beleid, met de doelen, de voorwaarden en de ondersteuning die een kind na terugkeer "
              "kan krijgen, werken wij in het eerste planjaar uit samen met de directies van De Wissel en de "
              "so-scholen. Tot die tijd geldt de werkwijze van paragraaf 5.4."),
        ("h1", "7 Geld en middelen"),
        ("p", "Het samenwerkingsverband ontvangt van het Rijk de middelen voor lichte en zware ondersteuning. "
              "Een deel daarvan wordt direct overgedragen aan het so en het sbo voor de leerlingen met een TLV. "
              "Het overige deel verdelen wij volgens het verdeelmodel dat de algemene vergadering in 2024 heeft "
              "vastgesteld."),
        ("p", "Het verdeelmodel werkt als volgt. Ieder schoolbestuur ontvangt een schoolbudget van € 185 per "
              "leerling op basis van het aantal leerlingen op de teldatum 1 oktober van het voorafgaande jaar. "
              "Met dit budget versterkt het bestuur de basisondersteuning en bekostigt het lichte extra "
              "ondersteuning op de eigen scholen. Daarnaast houdt het samenwerkingsverband een budget "
              "arrangementen aan. Scholen vragen een arrangement aan met het groeidocument; de Commissie "
              "Toelaatbaarheid beslist binnen vier weken aan de hand van drie criteria: de vraag overstijgt de "
              "basisondersteuning, de school heeft de eigen mogelijkheden benut, en het arrangement heeft een "
              "concreet doel en een einddatum. Een individueel arrangement bedraagt maximaal € 9.000 per "
              "schooljaar. De bovenschoolse voorzieningen worden rechtstreeks door het samenwerkingsverband "
              "bekostigd."),
        ("table", [["Meerjarenbegroting (x € 1.000)", "2025", "2026", "2027", "2028"],
                   ["Baten ondersteuningsmiddelen Rijk", "12.940", "12.780", "12.610", "12.480"],
                   ["Afdracht so (TLV's)", "3.820", "3.860", "3.890", "3.900"],
                   ["Afdracht sbo (incl. groeibekostiging)", "2.410", "2.380", "2.350", "2.330"],
                   ["Schoolbudgetten besturen (€ 185 p.l.)", "2.110", "2.070", "2.030", "1.990"],
                   ["Arrangementen", "2.350", "2.300", "2.250", "2.220"],
                   ["Bovenschoolse voorzieningen", "1.200", "1.200", "1.180", "1.150"],
                   ["Bureau en personeel", "1.020", "1.040", "1.060", "1.070"],
                   ["Saldo", "30", "-70", "-150", "-180"]]),
        ("p", "De negatieve saldi vanaf 2026 worden opgevangen uit de algemene reserve, die eind 2024 € 1,9 "
              "miljoen bedroeg. Na de planperiode ligt de reserve onder de signaleringswaarde van de Inspectie. "
              "Schoolbesturen verantwoorden de besteding van het schoolbudget jaarlijks in een korte rapportage "
              "die in de bestuursgesprekken in november wordt besproken."),
        ("h1", "8 Kwaliteit en resultaten"),
        ("p", "Goede resultaten voor alle kinderen zijn uiteindelijk waar het om draait. De kwaliteitsagenda van "
              "het samenwerkingsverband, met de beoogde opbrengsten voor leerlingen met een "
              "ondersteuningsbehoefte en de manier waarop wij die volgen, wordt in het najaar van 2025 opgesteld "
              "en als voortgangsparagraaf aan dit plan toegevoegd."),
        ("h1", "9 Communicatie"),
        ("p", "Wij communiceren met scholen via een tweewekelijkse nieuwsbrief, via de netwerken en via de "
              "bestuursgesprekken. Gemeenten en jeugdhulppartners informeren wij via een kwartaalbericht. "
              "Onze huisstijl is in 2024 vernieuwd."),
        ("h2", "9.2 Ouders"),
        ("p", "Ouders informeren wij op verschillende manieren over de ondersteuning die scholen en het "
              "samenwerkingsverband bieden. Iedere school neemt haar schoolondersteuningsprofiel op in de "
              "schoolgids. Op onze website staat een ouderdeel met uitleg over basisondersteuning, "
              "arrangementen en de TLV-procedure, in eenvoudige taal en in vier talen. Bij aanmelding op een "
              "school krijgen ouders de brochure 'Passend onderwijs in tien vragen'. Twee keer per jaar "
              "organiseren wij een informatieavond voor ouders, afwisselend in Lingemeer en Assendael."),
        ("p", "Ouders die vragen hebben of het oneens zijn met de school of met ons, kunnen terecht bij het Ouder- "
              "en Jeugdsteunpunt Rivierenzoom. Het steunpunt werkt onafhankelijk van scholen en "
              "samenwerkingsverband, is kosteloos en bereikbaar via telefoon, e-mail en een wekelijks "
              "inloopspreekuur. Ouders kunnen daarnaast een beroep doen op de landelijke onderwijsconsulenten. "
              "Klachten over het samenwerkingsverband kunnen worden ingediend bij de landelijke "
              "klachtencommissie waarbij wij zijn aangesloten."),
        ("p", "Ouders zijn vertegenwoordigd in de ondersteuningsplanraad, die de helft van de zetels aan ouders "
              "toekent."),
    ]
    b += f["governance"] + f["totstandkoming"] + f["personeel"] + f["ict"] + f["professionalisering"]
    b += f["planning"]
    b += [("h1", "Bijlage: begrippenlijst"),
          ("table", [["Begrip", "Omschrijving"],
                     ["Basisondersteuning", "het afgesproken niveau van ondersteuning op elke school"],
                     ["Dekkend aanbod", "een samenhangend geheel van voorzieningen zodat elk kind een passende plek heeft"],
                     ["Meerjarenbegroting", "begroting voor vier jaar"],
                     ["OJSP", "ouder- en jeugdsteunpunt"],
                     ["Resultaten", "de opbrengsten van het onderwijs aan leerlingen met een ondersteuningsbehoefte"],
                     ["Terugplaatsing", "overstap van sbo of so naar het basisonderwijs na afloop van de TLV"],
                     ["TLV", "toelaatbaarheidsverklaring"]])]
    return b


LABEL_A = dict(
    sector="po",
    elements={"basisondersteuning": "present", "plaatsing": "present", "terugstroom": "partial",
              "financien": "present", "dekkend-aanbod": "partial", "resultaten": "missing", "ouders": "present"},
    criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
              "plaatsing.procedure": True, "plaatsing.criteria": True,
              "terugstroom.procedure": True, "terugstroom.beleid": False,
              "financien.verdeling": True, "financien.besteding": True,
              "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": False,
              "resultaten.doelen": False, "resultaten.monitoring": False,
              "ouders.informatie": True, "ouders.steunpunt": True},
    advisory={"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
              "financien": ["reserves", "verantwoording"], "dekkend-aanbod": ["ketenpartners"],
              "ouders": ["betrokkenheid"]},
    notes={"basisondersteuning": "H3 'Wat elke school biedt': agreed minimum for every vestiging plus a concrete list; kwaliteitskaart every two years.",
           "plaatsing": "H5: five-step procedure, Commissie Toelaatbaarheid, six weeks; criteria only in the table; deskundigen, duration/categorie, LBT.",
           "terugstroom": "Procedure hidden in 5.4 'Afloop van de TLV' (evaluation Jan, decision before 1 March, follow-up after six weeks); H6 defers the beleid to the first plan year.",
           "financien": "H7 'Geld en middelen': € 185 per leerling, arrangement criteria and maximum, meerjarenbegroting table, reserve.",
           "dekkend-aanbod": "H4 describes three layers and voorzieningen; thuiszitters only referred to a website protocol and the dekkend-check deferred to 2026.",
           "resultaten": "H8 'Kwaliteit en resultaten' only defers the kwaliteitsagenda to autumn 2025; 'resultaten' otherwise only in voorwoord/glossary.",
           "ouders": "Hidden in 9.2 under 'Communicatie': schoolgids/website/brochure/info evenings; independent OJSP, onderwijsconsulenten, klachtencommissie."})


# --------------------------------------------------------------------------------------------
# Plan B: PO, .pdf (from .docx) -- Kempenland-Noord
# --------------------------------------------------------------------------------------------
def plan_b():
    name = "Stichting Samenwerkingsverband Kempenland-Noord PO"
    f = filler(name, "SWV Kempenland-Noord", "de Noord-Kempen (Bergeijkerveld, Hoogstraten-Zuid en De Hulsel)",
               38, "7.900", 6, "11 maart 2025", "28 januari 2025", periode="2025-2029")
    b = [("title", "Ondersteuningsplan 2025 – 2029 'Samen sterk voor elk kind'"),
         ("p", f"{name} (PO 30-21)"),
         ("toc", ["1 Inleiding", "2 Visie", "3 Basisondersteuning", "4 Van basis naar speciaal: ons aanbod",
                  "5 Toewijzing en toelaatbaarheid", "6 Terug naar de wijkschool", "7 Financiën",
                  "8 Ambities en opbrengsten", "9 Communicatie", "9.2 Informatie voor ouders",
                  "10 Organisatie", "Begrippen en afkortingen"]),
         ("pagebreak", None)]
    b += [("h1", "1 Inleiding")] + f["voorwoord"][1:] + f["regio"] + f["visie"]
    b += [
        ("h1", "3 Basisondersteuning"),
        ("p", "Basisondersteuning is in Kempenland-Noord het met alle schoolbesturen afgesproken minimum aan "
              "ondersteuning dat elke vestiging in ons verband biedt. Het is een gezamenlijke belofte: geen "
              "school zakt eronder, ongeacht bestuur, denominatie of omvang. Het niveau is vastgesteld door "
              "de algemene vergadering van schoolbesturen op 14 november 2024 en geldt voor de hele "
              "planperiode."),
        ("p", "De concrete onderdelen van de basisondersteuning zijn uitgewerkt in de Kaart Basisondersteuning "
              "die op onze website staat. Scholen beschrijven daarnaast in hun schoolgids hoe zij dit in de "
              "praktijk invullen. Wij zetten in op maatwerk en vertrouwen erop dat scholen waar mogelijk "
              "zoveel mogelijk ondersteuning in de eigen groep organiseren."),
        ("h1", "4 Van basis naar speciaal: ons aanbod"),
        ("p", "Ons aanbod bestaat uit een doorlopende reeks van voorzieningen. Op iedere school is er de "
              "basisondersteuning. Heeft een leerling meer nodig, dan kan de school bij het loket van het "
              "samenwerkingsverband een arrangement aanvragen: een tijdelijke inzet van extra begeleiding, "
              "expertise of materialen op de eigen school. Voor leerlingen die tijdelijk niet in de eigen groep "
              "kunnen functioneren, is er de Kempenklas, een bovenschoolse plusvoorziening voor gedrag op twee "
              "locaties met maximaal twaalf leerlingen per groep, waar leerlingen maximaal twintig weken "
              "verblijven met behoud van inschrijving op de eigen school. Daarnaast zijn er een "
              "hoogbegaafdenvoorziening (de Denktank, één dag per week) en een schakelklas voor nieuwkomers."),
        ("p", "De volgende stap is het speciaal basisonderwijs: sbo De Kempenhorst in Bergeijkerveld. Voor "
              "leerlingen met een ernstige verstandelijke, lichamelijke of gedragsmatige beperking zijn er de "
              "so-scholen De Beemd (cluster 3) en Het Anker (cluster 4). Ambulante begeleiders van beide "
              "so-scholen werken ook op reguliere basisscholen."),
        ("p", "Een samenhangend aanbod is pas dekkend als er ook voor de moeilijkste situaties een oplossing is. "
              "Iedere maand komt daarom de Dekkend-aanbodtafel bijeen: de consulenten van het "
              "samenwerkingsverband, de leerplichtambtenaren van de drie gemeenten, een gedragswetenschapper "
              "van De Beemd en een vertegenwoordiger van de jeugdhulpaanbieders. Iedere school meldt binnen "
              "vijf schooldagen een leerling die ongeoorloofd of geoorloofd verzuimt zonder onderwijsaanbod. "
              "De tafel wijst per leerling een casusregisseur aan, die binnen drie weken een plan voor "
              "onderwijs en zorg opstelt. Lukt het niet om binnen de bestaande voorzieningen een plek te "
              "vinden, dan besluit de directeur-bestuurder over een maatwerkarrangement en wordt het ontbrekende "
              "aanbod geregistreerd. Die registratie bespreken wij ieder halfjaar met de besturen; waar een "
              "patroon zichtbaar wordt, ontwikkelen we samen met de besturen een nieuwe voorziening, zoals in "
              "2023 de Kempenklas. Scholen houden daarbij hun zorgplicht: een school die een leerling niet kan "
              "plaatsen, zoekt actief mee naar een school die dat wel kan."),
        ("h1", "5 Toewijzing en toelaatbaarheid"),
        ("p", "Het schoolbestuur van de school waar de leerling is ingeschreven, vraagt de TLV aan bij het loket "
              "van het samenwerkingsverband. Bij de aanvraag horen het groeidocument, het ontwikkelingsperspectief "
              "en een verslag van het laatste multidisciplinair overleg. Het loket beoordeelt de aanvraag op "
              "volledigheid en legt deze voor aan twee deskundigen: een orthopedagoog en, afhankelijk van de "
              "vraag, een kinderpsycholoog, jeugdarts of maatschappelijk werker. Op basis van hun afzonderlijke "
              "adviezen besluit de Commissie Toelaatbaarheid en Arrangementen (CTA) binnen acht weken. Bij "
              "spoed kan de CTA binnen tien werkdagen een tijdelijke TLV van maximaal drie maanden afgeven."),
        ("p", "De inhoudelijke criteria voor toelaatbaarheid worden in 2025 herijkt in samenspraak met sbo en so. "
              "Tot de vaststelling van het nieuwe criteriakader (verwacht voorjaar 2026) weegt de CTA iedere "
              "aanvraag afzonderlijk. De looptijd van een TLV is standaard twee schooljaren."),
        ("h1", "6 Terug naar de wijkschool"),
        ("p", "Geen enkel kind hoort langer in het speciaal (basis)onderwijs te zitten dan nodig is. Wij willen "
              "dat iedere leerling in het sbo of so ieder jaar opnieuw de kans krijgt om terug te keren naar "
              "een school in de eigen wijk of het eigen dorp. Terugkeer is mogelijk als de leerling de "
              "doelen uit het ontwikkelingsperspectief voor sociaal-emotioneel functioneren heeft behaald, "
              "een ontvangende school bereid is om de leerling te plaatsen en er een overstapplan ligt dat "
              "haalbaar is met de basisondersteuning plus een terugkeerarrangement. Het terugkeerarrangement "
              "duurt een schooljaar en omvat begeleiding door een leerkracht van het sbo of so op de nieuwe "
              "school en een budget van € 4.000 voor de ontvangende school."),
        ("p", "De weg terug verloopt in vaste stappen. In oktober van het laatste TLV-jaar bespreekt de commissie "
              "van begeleiding van de sbo- of so-school alle leerlingen van wie de TLV afloopt. Uiterlijk in "
              "december voert de school een perspectiefgesprek met de betrokkenen en de consulent van het "
              "samenwerkingsverband, waarin de keuze wordt gemaakt tussen verlenging en terugkeer. Kiest men voor "
              "terugkeer, dan stelt de consulent met beide scholen een overstapplan op, dat vóór 1 april "
              "door de ontvangende school wordt bevestigd. De leerling start bij voorkeur na de zomervakantie, "
              "eventueel na een periode van wenmomenten. Het terugkeerarrangement wordt na tien weken en aan het "
              "eind van het schooljaar geëvalueerd; daarna eindigt de betrokkenheid van de sbo- of so-school. "
              "Is een nieuwe TLV nodig, dan vraagt de sbo- of so-school deze vóór 1 april aan."),
        ("h1", "7 Financiën"),
        ("p", "De ondersteuningsmiddelen die het samenwerkingsverband ontvangt, worden na aftrek van de afdrachten "
              "aan sbo en so als volgt verdeeld: 70 procent gaat naar de schoolbesturen, naar rato van het "
              "aantal leerlingen op de teldatum van 1 oktober; 20 procent is bestemd voor arrangementen die het "
              "loket op aanvraag toekent op grond van het groeidocument; 10 procent blijft bovenschools voor de "
              "Kempenklas, de Denktank en het bureau. Besturen zetten hun deel in voor versterking van de "
              "ondersteuning op hun scholen."),
        ("table", [["Meerjarenbegroting", "2025", "2026", "2027", "2028"],
                   ["Baten", "p.m.", "p.m.", "p.m.", "p.m."],
                   ["Afdrachten sbo en so", "p.m.", "p.m.", "p.m.", "p.m."],
                   ["Schoolbesturen (70%)", "p.m.", "p.m.", "p.m.", "p.m."],
                   ["Arrangementen (20%)", "p.m.", "p.m.", "p.m.", "p.m."],
                   ["Bovenschools (10%)", "p.m.", "p.m.", "p.m.", "p.m."]]),
        ("p", "De bedragen in de meerjarenbegroting worden ingevuld zodra de definitieve rijksbekostiging "
              "bekend is; de meerjarenbegroting volgt als addendum bij dit plan."),
        ("h1", "8 Ambities en opbrengsten"),
        ("p", "Wij hebben voor deze planperiode vier ambities voor kinderen die extra ondersteuning nodig hebben "
              "geformuleerd, elk met een meetbaar streefcijfer:"),
        ("bullets", [
            "Ambitie 1 – thuisnabij: in 2029 gaat ten minste 97,5 procent van de leerlingen naar een reguliere "
            "basisschool (2024: 96,8 procent); het deelnamepercentage sbo daalt van 2,1 naar 1,8 procent.",
            "Ambitie 2 – niemand thuis: in 2029 zit geen enkele leerling langer dan zes weken thuis zonder "
            "passend onderwijsaanbod (2024: elf leerlingen).",
            "Ambitie 3 – leren: 80 procent van de leerlingen met een OPP haalt de in het OPP gestelde "
            "tussendoelen voor rekenen en lezen.",
            "Ambitie 4 – terugkeer: jaarlijks keren ten minste vijftien leerlingen vanuit sbo of so terug "
            "naar een reguliere school (2024: negen)."]),
        ("p", "Wij volgen deze ambities met een monitor. Twee keer per jaar, op 1 oktober en 1 maart, "
              "halen wij de gegevens op uit het registratiesysteem, de leerplichtadministratie en de "
              "OPP-evaluaties die scholen aanleveren. De controller maakt een halfjaarrapportage voor het "
              "bestuur en de raad van toezicht. Eens per jaar bespreken wij de uitkomsten in een "
              "opbrengstendialoog met alle besturen. De bereikte resultaten staan in het jaarverslag, met een "
              "vergelijking met de streefcijfers, en worden besproken met de ondersteuningsplanraad. Blijft een "
              "ambitie twee jaar achter, dan stelt het bestuur een bijsturingsplan vast."),
        ("h1", "9 Communicatie"),
        ("p", "Communicatie is voor een netwerkorganisatie als de onze van groot belang. Wij informeren scholen "
              "via een maandelijkse nieuwsbrief, een besloten deel van de website met formulieren en via "
              "LinkedIn. Voor intern begeleiders is er een vraagbaak die binnen twee werkdagen antwoordt."),
        ("h2", "9.2 Informatie voor ouders"),
        ("p", "Een aparte paragraaf over de informatievoorziening aan ouders en over onafhankelijke "
              "ondersteuning voor ouders volgt bij de eerstvolgende actualisatie van dit plan."),
        ("h1", "10 Organisatie"),
    ]
    b += f["governance"][1:] + f["totstandkoming"] + f["personeel"] + f["ict"] + f["professionalisering"] + f["planning"] + f["extra"]
    b += [("h1", "Begrippen en afkortingen"),
          ("bullets", ["CTA – Commissie Toelaatbaarheid en Arrangementen",
                       "OJSP – ouder- en jeugdsteunpunt: onafhankelijk steunpunt voor ouders en jeugdigen",
                       "Onderwijsconsulent – onafhankelijke adviseur voor ouders bij een onderwijsconflict",
                       "OPR – ondersteuningsplanraad, waarin ouders en personeel zitting hebben",
                       "SOP – schoolondersteuningsprofiel",
                       "TLV – toelaatbaarheidsverklaring"])]
    return b


LABEL_B = dict(
    sector="po",
    elements={"basisondersteuning": "partial", "plaatsing": "partial", "terugstroom": "present",
              "financien": "partial", "dekkend-aanbod": "present", "resultaten": "present", "ouders": "missing"},
    criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": False,
              "plaatsing.procedure": True, "plaatsing.criteria": False,
              "terugstroom.procedure": True, "terugstroom.beleid": True,
              "financien.verdeling": True, "financien.besteding": False,
              "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
              "resultaten.doelen": True, "resultaten.monitoring": True,
              "ouders.informatie": False, "ouders.steunpunt": False},
    advisory={"plaatsing": ["deskundigen", "duur-categorie"], "terugstroom": ["monitoring"],
              "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"]},
    notes={"basisondersteuning": "H3 defines the agreed minimum for every vestiging, but the content is only in a 'Kaart Basisondersteuning' on the website plus vague 'maatwerk'.",
           "plaatsing": "H5 gives requester, dossier, two deskundigen, CTA, eight weeks; criteria explicitly deferred to a new criteriakader (spring 2026).",
           "terugstroom": "H6 'Terug naar de wijkschool': aims, conditions and terugkeerarrangement (beleid) plus dated steps (procedure), without the word terugplaatsing.",
           "financien": "H7 has the 70/20/10 verdeelmodel; the meerjarenbegroting table is all p.m. and 'volgt als addendum'.",
           "dekkend-aanbod": "H4 continuum (basis, arrangement, Kempenklas, sbo, so) and the monthly Dekkend-aanbodtafel with terms, casusregisseur and registration of gaps.",
           "resultaten": "H8 'Ambities en opbrengsten': four targets with figures; monitor twice a year, halfjaarrapportage, jaarverslag, bijsturing.",
           "ouders": "9.2 'Informatie voor ouders' (also in the TOC) only defers; OJSP/onderwijsconsulent appear only in the afkortingenlijst."})


# --------------------------------------------------------------------------------------------
# Plan C: PO, .md -- Waterland-Oost ("op hoofdlijnen")
# --------------------------------------------------------------------------------------------
def plan_c():
    name = "Samenwerkingsverband Primair Onderwijs Waterland-Oost"
    f = filler(name, "SWV Waterland-Oost", "Waterland-Oost (Purmerdijk, Broekerwaal en Ilpenveen)", 44,
               "9.250", 7, "8 april 2025", "13 maart 2025")
    b = [("title", "Ondersteuningsplan Waterland-Oost 2025-2029 — beleidsplan op hoofdlijnen"),
         ("p", f"{name} · PO 27-13 · versie 1.0, april 2025"),
         ("toc", ["Voorwoord", "1. Onze regio", "2. Visie en missie", "3. Basisondersteuning en toewijzing",
                  "4. Terugplaatsing en overplaatsing", "5. Thuiszitters en zorgplicht",
                  "6. Financieel kader", "7. Doelen voor 2029", "8. Ouders en communicatie",
                  "9. Organisatie", "10. Personeel", "11. Privacy", "12. Jaarcyclus",
                  "Begrippenlijst"])]
    b += f["voorwoord"] + f["leeswijzer"]
    b += [("p", "Dit plan is bewust een plan op hoofdlijnen. Het beschrijft wat wij willen bereiken; hoe scholen "
                "dat doen, bepalen zij binnen de kaders zelf. Uitwerkingen staan in handboeken en in het jaarplan.")]
    b += [("h1", "1. Onze regio")] + f["regio"][1:] + f["visie"] + f["omgeving"]
    b += [
        ("h1", "3. Basisondersteuning en toewijzing"),
        ("p", "Basisondersteuning is een belangrijk begrip in passend onderwijs. Het landelijke advies over een "
              "norm voor basisondersteuning uit 2025 nemen wij als vertrekpunt. Een gezamenlijke definitie "
              "en uitwerking voor Waterland-Oost ontwikkelen wij in de loop van de planperiode met de "
              "schoolbesturen; tot die tijd volgt nog nadere informatie."),
        ("p", "Voor de aanvraag van een toelaatbaarheidsverklaring en van arrangementen verwijzen wij naar het "
              "Handboek Toewijzing (bijlage C, separaat gepubliceerd). Dit handboek wordt in het voorjaar van "
              "2026 geactualiseerd."),
        ("h1", "4. Terugplaatsing en overplaatsing"),
        ("p", "Het speciaal (basis)onderwijs is voor ons geen eindstation. Ons uitgangspunt is dat een leerling "
              "zo kort als verantwoord is in het sbo of so verblijft en daarna waar mogelijk terugkeert naar een "
              "basisschool dicht bij huis. Daarbij hanteren wij drie voorwaarden. Eén: de leerling kan, met de "
              "ondersteuning die een basisschool biedt plus een tijdelijke aanvulling, tot ontwikkeling komen. "
              "Twee: de ontvangende school heeft de benodigde expertise of kan deze inschakelen. Drie: de "
              "overstap past bij het moment in de schoolloopbaan; een terugkeer in groep 8 vinden wij in de regel "
              "niet wenselijk."),
        ("p", "Na terugkeer krijgt iedere leerling een nazorgarrangement van twintig weken: een leerkracht van het "
              "sbo of so begeleidt de leerling en de nieuwe leerkracht een dagdeel per week. Het "
              "samenwerkingsverband bekostigt dit arrangement volledig, zodat kosten geen belemmering zijn voor "
              "een ontvangende school. Ook overplaatsing van so naar sbo bespreken wij nadrukkelijk als "
              "mogelijkheid wanneer een leerling minder intensieve ondersteuning nodig heeft."),
        ("p", "Het stappenplan voor terugplaatsing, met de rolverdeling, de evaluatiemomenten en de afspraken over "
              "het aflopen van de TLV, wordt door de werkgroep Terugplaatsing opgesteld en is naar verwachting "
              "in het schooljaar 2026-2027 beschikbaar."),
        ("h1", "5. Thuiszitters en zorgplicht"),
        ("p", "Elke leerling die niet naar school gaat, is er één te veel. Wij hanteren de volgende werkwijze. "
              "Een school meldt een leerling die langer dan vier weken geen of onvoldoende onderwijs volgt "
              "binnen twee werkdagen bij het Thuiszittersteam van het samenwerkingsverband. Het team bestaat uit "
              "een consulent, de leerplichtambtenaar en een jeugdconsulent van de gemeente. Binnen tien "
              "werkdagen is er een overleg met school, ouders en betrokken hulpverleners, waarin een "
              "trajectplan wordt opgesteld met een einddatum. Lukt het niet om binnen acht weken een "
              "passend aanbod te realiseren, dan escaleert het team naar de directeur-bestuurder, die "
              "schoolbesturen kan aanspreken op hun zorgplicht en een maatwerkoplossing buiten het reguliere "
              "aanbod kan financieren."),
        ("p", "Een beschrijving van het samenhangende geheel van voorzieningen binnen en tussen de scholen volgt "
              "in het Handboek Toewijzing."),
        ("h1", "6. Financieel kader"),
        ("p", "Onderstaande tabellen geven het financiële kader voor de planperiode."),
        ("table", [["Verdeling", "Grondslag", "Bedrag", "Toekenning"],
                   ["Schoolbudget", "aantal leerlingen 1 oktober t-1", "€ 175 per leerling",
                    "automatisch, per bestuur, in twee termijnen"],
                   ["Arrangement individueel", "aanvraag met groeidocument", "max. € 7.500 per leerling per jaar",
                    "besluit loket binnen 4 weken, criterium: vraag overstijgt basis"],
                   ["Nazorgarrangement terugplaatsing", "per teruggeplaatste leerling", "€ 3.200",
                    "automatisch bij terugkeer"],
                   ["Maatwerk thuiszitters", "besluit directeur-bestuurder", "max. € 15.000 per traject",
                    "na escalatie thuiszittersteam"]]),
        ("table", [["Meerjarenbegroting (€)", "2025", "2026", "2027", "2028"],
                   ["Rijksbijdrage ondersteuning", "10.412.000", "10.290.000", "10.150.000", "10.040.000"],
                   ["Afdracht so/sbo", "5.105.000", "5.130.000", "5.150.000", "5.160.000"],
                   ["Schoolbudgetten", "1.618.000", "1.590.000", "1.560.000", "1.535.000"],
                   ["Arrangementen", "1.900.000", "1.850.000", "1.800.000", "1.760.000"],
                   ["Nazorg en maatwerk", "420.000", "440.000", "450.000", "460.000"],
                   ["Bureau, personeel, huisvesting", "1.240.000", "1.265.000", "1.290.000", "1.310.000"],
                   ["Resultaat", "129.000", "15.000", "-100.000", "-185.000"]]),
        ("h1", "7. Doelen voor 2029"),
        ("p", "Voor leerlingen die extra ondersteuning nodig hebben, willen wij aan het einde van de planperiode "
              "het volgende bereiken:"),
        ("bullets", ["geen enkele leerling zit langer dan vier weken thuis zonder passend onderwijsaanbod;",
                     "het aantal leerlingen dat vanuit sbo of so terugkeert naar een basisschool, is "
                     "verdubbeld ten opzichte van schooljaar 2023-2024;",
                     "ten minste 85 procent van de leerlingen met een OPP bereikt het uitstroomniveau dat "
                     "bij de start van het OPP werd verwacht;",
                     "iedere leerling die de overstap naar het voortgezet onderwijs maakt, heeft een "
                     "schooladvies dat in de brugklas niet naar beneden hoeft te worden bijgesteld."]),
        ("p", "Hoe wij deze doelen volgen, meten en erover rapporteren, werken wij uit in een monitoringsplan "
              "dat nog wordt opgesteld."),
        ("h1", "8. Ouders en communicatie"),
        ("p", "Ouders zijn de eerste deskundigen als het om hun kind gaat. Wij vinden het belangrijk dat zij "
              "weten wat zij van school en samenwerkingsverband mogen verwachten. Daarom is er op onze website een "
              "ouderpagina met uitleg en filmpjes over ondersteuning en arrangementen; iedere school verwijst "
              "in de schoolgids naar deze pagina en beschrijft daar haar eigen ondersteuningsaanbod. Nieuwe ouders "
              "ontvangen bij aanmelding de folder 'Wegwijs in passend onderwijs'. Jaarlijks in oktober is er een "
              "regionale ouderavond, en consulenten van het samenwerkingsverband sluiten op verzoek aan bij "
              "ouderavonden van scholen."),
        ("p", "Voor onafhankelijk advies en steun kunnen ouders en jongeren terecht bij steunpunt 'Wegwijzer', "
              "het ouder- en jeugdsteunpunt voor Waterland-Oost. Het steunpunt is gratis, staat los van scholen en "
              "samenwerkingsverband en gaat mee naar gesprekken als ouders dat willen. Bij een verschil van "
              "inzicht dat niet in gesprek op te lossen is, wijzen wij ouders op de onderwijsconsulenten en op de "
              "geschillencommissie passend onderwijs."),
        ("h1", "Leerlingenvervoer en onderwijshuisvesting"),
        ("p", "Leerlingenvervoer en onderwijshuisvesting zijn taken van de gemeenten. Toch raken zij direct aan "
              "passend onderwijs: een lange reistijd naar een school buiten de eigen woonplaats kan voor een kind "
              "zwaar zijn, en een schoolgebouw zonder rustige ruimtes maakt het moeilijker om ondersteuning te "
              "bieden. Wij brengen signalen van scholen over vervoer en huisvesting jaarlijks in bij het "
              "bestuurlijk overleg met de wethouders onderwijs van de drie gemeenten."),
        ("p", "In de afgelopen jaren hebben de gemeenten hun verordeningen leerlingenvervoer geharmoniseerd. "
              "Ouders vragen vervoer aan bij de eigen gemeente; het samenwerkingsverband heeft in die procedure "
              "geen formele rol. Bij de integrale huisvestingsplannen van de gemeenten vragen wij aandacht voor "
              "multifunctionele gebouwen waarin onderwijs, kinderopvang en jeugdhulp samenkomen, omdat dat de "
              "samenwerking in de wijk vergemakkelijkt. Het eerstvolgende integrale huisvestingsplan wordt in "
              "2027 vastgesteld."),
        ("h1", "9. Organisatie")]
    b += f["governance"][1:] + f["totstandkoming"]
    b += [("h1", "10. Personeel")] + f["personeel"][1:] + [("h1", "11. Privacy")] + f["ict"][1:]
    b += f["professionalisering"] + [("h1", "12. Jaarcyclus")] + f["planning"][1:] + f["extra"]
    b += [("h1", "Begrippenlijst"),
          ("table", [["Begrip", "Betekenis"],
                     ["Basisondersteuning", "het afgesproken niveau van ondersteuning dat alle scholen in het "
                      "samenwerkingsverband bieden, zoals preventieve interventies, een "
                      "ondersteuningsstructuur en handelingsgericht werken"],
                     ["Continuüm van ondersteuning", "het geheel van basis, extra en speciale ondersteuning"],
                     ["TLV", "toelaatbaarheidsverklaring voor sbo of so, aangevraagd door het schoolbestuur en "
                      "afgegeven na advies van twee deskundigen"],
                     ["Terugplaatsing", "terugkeer van een leerling uit sbo of so naar het basisonderwijs"],
                     ["Zorgplicht", "plicht van een school om een passende plek te bieden of te zoeken"]])]
    return b


LABEL_C = dict(
    sector="po",
    elements={"basisondersteuning": "missing", "plaatsing": "missing", "terugstroom": "partial",
              "financien": "present", "dekkend-aanbod": "partial", "resultaten": "partial", "ouders": "present"},
    criteria={"basisondersteuning.niveau": False, "basisondersteuning.inhoud": False,
              "plaatsing.procedure": False, "plaatsing.criteria": False,
              "terugstroom.procedure": False, "terugstroom.beleid": True,
              "financien.verdeling": True, "financien.besteding": True,
              "dekkend-aanbod.continuum": False, "dekkend-aanbod.lacunes": True,
              "resultaten.doelen": True, "resultaten.monitoring": False,
              "ouders.informatie": True, "ouders.steunpunt": True},
    advisory={"dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"]},
    notes={"basisondersteuning": "H3 only announces a future definition ('volgt nog'); the definition exists only in the begrippenlijst.",
           "plaatsing": "H3 refers to a separately published Handboek Toewijzing (bijlage C, not included); TLV details only in the begrippenlijst.",
           "terugstroom": "H4 gives aims, three conditions and a 20-week nazorgarrangement (beleid); the stappenplan/evaluation moments are deferred to 2026-2027.",
           "financien": "H6 prose is one line; verdeling (per-leerling bedrag, criteria, decision terms) and the meerjarenbegroting are only in tables.",
           "dekkend-aanbod": "H5 thuiszitters: reporting terms, team, trajectplan, escalation, zorgplicht (lacunes); the continuum is referred to the handboek.",
           "resultaten": "H7 'Doelen voor 2029' lists intended results; measuring/reporting deferred to a monitoringsplan 'dat nog wordt opgesteld'.",
           "ouders": "H8 'Ouders en communicatie': ouderpagina, schoolgids, folder, ouderavond; independent OJSP 'Wegwijzer', onderwijsconsulenten, geschillencommissie."})


# --------------------------------------------------------------------------------------------
# Plan D: PO, .pdf (from .docx) -- Peel en Aa
# --------------------------------------------------------------------------------------------
def plan_d():
    name = "Samenwerkingsverband Passend Onderwijs Peel en Aa (PO)"
    f = filler(name, "SWV Peel en Aa", "de Peel en Aa (Deurnehoven, Aarle-Veld en Gemert-Noord)", 35,
               "6.800", 5, "25 maart 2025", "19 februari 2025")
    b = [("title", "Ondersteuningsplan 2025-2029"),
         ("p", f"{name}, registratienummer PO 31-19\nConcept ter instemming OPR, definitief na vaststelling"),
         ("toc", ["Voorwoord", "Hoofdstuk 1 Regio en context", "Hoofdstuk 2 Visie",
                  "Hoofdstuk 3 Kwaliteit van de basisondersteuning", "Hoofdstuk 4 Naar het sbo of so",
                  "Hoofdstuk 5 Terugplaatsing", "Hoofdstuk 6 Meerjarenbegroting",
                  "Hoofdstuk 7 Resultaten en kwaliteitszorg", "Hoofdstuk 8 Ouders",
                  "Hoofdstuk 9 Bestuur en organisatie", "Bijlagen: afkortingen"]),
         ("pagebreak", None)]
    b += f["voorwoord"] + f["leeswijzer"] + [("h1", "Hoofdstuk 1 Regio en context")] + f["regio"][1:]
    b += f["omgeving"] + f["totstandkoming"]
    b += [("h1", "Terugblik op de organisatie 2021-2025"),
          ("p", "De vorige planperiode stond voor het bureau in het teken van bouwen. In 2021 is de "
                "organisatie omgevormd van een verenigingsmodel naar een stichting met een raad van toezicht. "
                "In 2022 zijn de functies van consulent en orthopedagoog opnieuw beschreven en is een "
                "beleidsmedewerker kwaliteit aangesteld. In 2023 verhuisde het bureau naar een nieuwe locatie in "
                "Deurnehoven, dichter bij de scholen in het noorden van de regio."),
          ("p", "Niet alles ging volgens plan. De invoering van een nieuw registratiesysteem liep ruim een jaar "
                "vertraging op, onder meer door problemen met de koppeling aan de leerlingadministraties van de "
                "scholen. Ook het vervullen van vacatures kostte meer tijd dan verwacht; een deel van het werk "
                "is tijdelijk door externe krachten gedaan. Van deze ervaringen hebben wij geleerd: wij "
                "plannen grote veranderingen nu gefaseerd en betrekken scholen eerder bij de keuze voor "
                "systemen en werkwijzen."),
          ("p", "De samenwerking tussen de schoolbesturen is in deze periode hechter geworden. De algemene "
                "vergadering ontwikkelde zich van een formeel overleg naar een plek waar besturen open met "
                "elkaar spreken over dilemma's. Die basis nemen wij mee de nieuwe periode in.")]
    b += [("h1", "Hoofdstuk 2 Visie")] + f["visie"][1:]
    b += [
        ("h1", "Hoofdstuk 3 Kwaliteit van de basisondersteuning"),
        ("p", "De schoolbesturen in Peel en Aa werken in 2025 en 2026 aan een nieuwe standaard voor de "
              "basisondersteuning, die aansluit bij de landelijke norm. Wat die standaard precies inhoudt en "
              "welk niveau elke school ten minste moet halen, wordt in 2026 door de algemene vergadering "
              "vastgesteld en daarna aan dit plan toegevoegd."),
        ("p", "Wel ligt nu al vast hoe wij bewaken dat scholen de afgesproken basisondersteuning waarmaken. "
              "Iedere school krijgt eens in de twee jaar een kwaliteitsbezoek van twee consulenten van het "
              "samenwerkingsverband. Zij toetsen aan de hand van de schoolgids, het ondersteuningsprofiel, "
              "groepsplannen en een gesprek met de intern begeleider of de school de basisondersteuning op orde "
              "heeft. De bevindingen worden vastgelegd in een rapport voor directeur en schoolbestuur. Voldoet "
              "een school op onderdelen niet, dan stelt het bestuur binnen drie maanden een verbeterplan op; "
              "een consulent begeleidt de uitvoering en na een jaar volgt een hernieuwd bezoek. Blijft verbetering "
              "uit, dan agendeert de directeur-bestuurder dit in de algemene vergadering."),
        ("h1", "Hoofdstuk 4 Naar het sbo of so"),
        ("p", "Wanneer is een kind aangewezen op speciaal basisonderwijs of speciaal onderwijs? Wij hanteren de "
              "volgende uitgangspunten, die in de algemene vergadering van 2024 zijn vastgesteld."),
        ("bullets", [
            "Een kind kan naar het sbo als de ondersteuningsbehoefte op het gebied van leren, werkhouding of "
            "gedrag structureel groter is dan een basisschool met basisondersteuning en een arrangement kan "
            "bieden, en de ontwikkeling ondanks een jaar extra ondersteuning stagneert (achterstand van meer "
            "dan een jaar op twee of meer kernvakken of ernstige belemmering van het groepsproces).",
            "Een kind kan naar het so cluster 3 bij een verstandelijke beperking (IQ onder 70, of onder 55 "
            "voor ZML), een ernstige lichamelijke beperking of langdurige ziekte die onderwijs in een reguliere "
            "setting onmogelijk maakt.",
            "Een kind kan naar het so cluster 4 bij ernstige gedrags- of psychiatrische problematiek, waarbij "
            "de veiligheid van het kind of de groep in het geding is en behandeling of jeugdhulp in de "
            "onderwijssituatie nodig is.",
            "In alle gevallen moet uit het groeidocument blijken dat de reguliere school het handelingsgericht "
            "werken aantoonbaar heeft toegepast."]),
        ("p", "Hoe een aanvraag verloopt, welke termijnen gelden en wie besluit, staat beschreven op onze "
              "website onder 'Toewijzing'. Bijlage 5 geeft het stroomschema."),
        ("h1", "Hoofdstuk 5 Terugplaatsing"),
        ("p", "Ook terugplaatsing vraagt aandacht in de komende jaren."),
        ("h1", "Hoofdstuk 6 Meerjarenbegroting"),
        ("p", "Het verdeelmodel, dat bepaalt hoe de ondersteuningsmiddelen over de schoolbesturen en voorzieningen "
              "worden verdeeld, wordt in 2025-2026 herzien; de uitkomst volgt in een addendum bij dit plan. "
              "De meerjarenbegroting hieronder laat zien waaraan de middelen in de planperiode worden besteed."),
        ("table", [["Lasten (bedragen in euro)", "2025", "2026", "2027", "2028"],
                   ["Afdracht so", "2.640.000", "2.665.000", "2.690.000", "2.700.000"],
                   ["Afdracht sbo", "1.480.000", "1.470.000", "1.455.000", "1.440.000"],
                   ["Middelen naar schoolbesturen", "2.310.000", "2.250.000", "2.200.000", "2.160.000"],
                   ["Kwaliteitsbezoeken en consulenten", "410.000", "420.000", "430.000", "440.000"],
                   ["Bureau en bestuur", "560.000", "570.000", "580.000", "590.000"],
                   ["Totaal lasten", "7.400.000", "7.375.000", "7.355.000", "7.330.000"],
                   ["Totaal baten (rijksbijdrage)", "7.420.000", "7.360.000", "7.310.000", "7.260.000"]]),
        ("p", "De algemene reserve bedroeg eind 2024 € 1.150.000. Het bestuur hanteert een bandbreedte voor het "
              "weerstandsvermogen van 5 tot 10 procent van de baten; de tekorten vanaf 2026 passen daarbinnen."),
        ("h1", "Hoofdstuk 7 Resultaten en kwaliteitszorg"),
        ("p", "Voor leerlingen met een extra ondersteuningsbehoefte streven wij in de planperiode de volgende "
              "resultaten na:"),
        ("table", [["Beoogd resultaat", "Indicator", "Nulmeting 2024", "Streefwaarde 2029"],
                   ["Leerlingen met OPP bereiken verwacht uitstroomniveau", "% leerlingen", "71%", "85%"],
                   ["Leerlingen blijven thuisnabij", "deelnamepercentage sbo + so", "3,4%", "max. 3,0%"],
                   ["Ouders van leerlingen met arrangement zijn tevreden", "rapportcijfer", "7,1", "7,8"],
                   ["Arrangementen bereiken hun doel", "% positief geëvalueerd", "64%", "80%"]]),
        ("p", "Wij meten deze indicatoren jaarlijks per 1 oktober. Scholen leveren de OPP-evaluaties en de "
              "evaluaties van arrangementen aan via het registratiesysteem; de tevredenheid van ouders meten wij "
              "met een korte vragenlijst na afloop van ieder arrangement. De beleidsmedewerker kwaliteit "
              "analyseert de gegevens en bespreekt ze in januari met iedere directeur. De bereikte resultaten "
              "rapporteren wij in het jaarverslag en in een jaarlijkse kwaliteitsrapportage aan raad van "
              "toezicht en ondersteuningsplanraad; bij achterblijvende resultaten stelt de directeur-bestuurder "
              "verbeteracties voor in het jaarplan."),
        ("h1", "Hoofdstuk 8 Ouders"),
        ("p", "Ouders vinden informatie over de ondersteuning op school in de schoolgids, waarin iedere school haar "
              "ondersteuningsprofiel opneemt. Op de website van het samenwerkingsverband staat een ouderpagina "
              "met uitleg over arrangementen en de overstap naar sbo of so. Bij het eerste gesprek over extra "
              "ondersteuning ontvangen ouders van de intern begeleider de ouderfolder van het "
              "samenwerkingsverband."),
        ("p", "Het ouder- en jeugdsteunpunt wordt in de planperiode ingericht overeenkomstig de nieuwe wetgeving. "
              "Nadere informatie volgt zodra de inrichting rond is."),
        ("h1", "Hoofdstuk 9 Bestuur en organisatie")]
    b += f["governance"][1:] + f["personeel"] + f["ict"] + f["professionalisering"] + f["planning"] + f["extra"]
    b += [("h1", "Bijlagen: afkortingen"),
          ("table", [["Afkorting", "Betekenis"],
                     ["OJSP", "Ouder- en jeugdsteunpunt"], ["OOGO", "Op overeenstemming gericht overleg"],
                     ["sbo", "speciaal basisonderwijs"], ["so", "speciaal onderwijs"],
                     ["TLV", "toelaatbaarheidsverklaring"],
                     ["Thuiszitter", "leerling die zonder geldige reden niet naar school gaat"],
                     ["Dekkend aanbod", "passende plek voor elk kind in de regio"]])]
    return b


LABEL_D = dict(
    sector="po",
    elements={"basisondersteuning": "partial", "plaatsing": "partial", "terugstroom": "missing",
              "financien": "partial", "dekkend-aanbod": "missing", "resultaten": "present", "ouders": "partial"},
    criteria={"basisondersteuning.niveau": False, "basisondersteuning.inhoud": False,
              "plaatsing.procedure": False, "plaatsing.criteria": True,
              "terugstroom.procedure": False, "terugstroom.beleid": False,
              "financien.verdeling": False, "financien.besteding": True,
              "dekkend-aanbod.continuum": False, "dekkend-aanbod.lacunes": False,
              "resultaten.doelen": True, "resultaten.monitoring": True,
              "ouders.informatie": True, "ouders.steunpunt": False},
    advisory={"basisondersteuning": ["borging"], "financien": ["reserves"], "resultaten": ["meetbaar"]},
    notes={"basisondersteuning": "H3: level and content deferred to 2026; only borging (two-yearly kwaliteitsbezoek, verbeterplan, escalation) is addressed.",
           "plaatsing": "H4 'Naar het sbo of so' gives criteria in plain wording; procedure/terms/deciding body referred to the website and an absent bijlage 5.",
           "terugstroom": "H5 'Terugplaatsing' has one passing sentence; otherwise only in TOC, running header and afkortingen.",
           "financien": "H6: meerjarenbegroting with amounts and reserve band; verdeelmodel is being revised and 'volgt in een addendum'.",
           "dekkend-aanbod": "No continuum or gap handling; OOGO, thuiszitter and 'dekkend aanbod' only in the afkortingenlijst and a procedural OOGO date.",
           "resultaten": "H7: table of beoogde resultaten with nulmeting/streefwaarde; annual measurement, analysis, jaarverslag and kwaliteitsrapportage.",
           "ouders": "H8: schoolgids, ouderpagina, ouderfolder (informatie); OJSP deferred ('nadere informatie volgt'), no other independent help."})


# --------------------------------------------------------------------------------------------
# Plan E: VO, .docx -- IJsselvallei
# --------------------------------------------------------------------------------------------
def vo_fix(blocks):
    rep = [("primair onderwijs", "voortgezet onderwijs"), ("de basisschool vaak de laatste voorziening in het dorp is",
           "scholen in kleinere kernen moeite hebben hun onderwijsaanbod in stand te houden"),
           ("leerkrachten van de bovenbouw", "mentoren"), ("intern begeleiders", "ondersteuningscoördinatoren"),
           ("intern begeleider", "ondersteuningscoördinator"), ("leerkrachten", "docenten"),
           ("leerkracht", "docent"), ("kinderen", "jongeren"), ("kind ", "jongere ")]
    out = []
    for kind, val in blocks:
        if kind in ("p", "h1", "h2") and isinstance(val, str):
            for a, c in rep:
                val = val.replace(a, c)
        out.append((kind, val))
    return out


def plan_e():
    name = "Samenwerkingsverband Voortgezet Onderwijs IJsselvallei"
    f = filler(name, "SWV VO IJsselvallei", "de IJsselvallei (Zutwerven, Brummenhorst en Olst-Weteringen)", 14,
               "12.600", 6, "1 april 2025", "6 maart 2025")
    f = {k: vo_fix(v) for k, v in f.items()}
    b = [("title", "Ondersteuningsplan VO IJsselvallei 2025-2029"),
         ("p", f"{name} (VO 25-11)"),
         ("toc", ["Voorwoord", "1 Regio", "2 Visie", "3 Basisondersteuning op elke vo-school",
                  "4 Ondersteuningscontinuüm en dekkend netwerk", "5 Toelaatbaarheid vso, lwoo en pro",
                  "6 Terugplaatsing vanuit het vso", "7 Monitoring en resultaten", "8 Ouders en jongeren",
                  "9 Financiën", "10 Organisatie", "11 Personeel", "Begrippenlijst"]),
         ("pagebreak", None)]
    b += f["voorwoord"] + f["leeswijzer"] + [("h1", "1 Regio")] + f["regio"][1:] + f["omgeving"]
    b += [("h1", "2 Visie")] + f["visie"][1:]
    b += [
        ("h1", "3 Basisondersteuning op elke vo-school"),
        ("p", "De basisondersteuning is het niveau van ondersteuning dat alle veertien vo-scholen van ons verband, "
              "op al hun locaties en in alle leerwegen, ten minste bieden. De besturen hebben dit niveau vastgelegd "
              "in tien standaarden. Geen school mag onder dit niveau zakken; scholen die meer bieden, leggen "
              "dat vast in hun eigen ondersteuningsprofiel."),
        ("table", [["Standaard", "Wat een jongere op elke school kan verwachten"],
                   ["1 Mentoraat", "een vaste mentor met ten minste één individueel gesprek per periode"],
                   ["2 Ondersteuningscoördinator", "een ondersteuningscoördinator op iedere locatie"],
                   ["3 Ondersteuningsteam", "een zorg- en adviesteam met jeugdarts, schoolmaatschappelijk werk "
                    "en leerplicht, ten minste zes keer per jaar"],
                   ["4 Dyslexie en dyscalculie", "faciliteiten volgens protocol: extra tijd, voorleessoftware, "
                    "vergrote opgaven"],
                   ["5 Faalangst en sociale vaardigheid", "een training faalangstreductie en een SOVA-training"],
                   ["6 Executieve functies", "huiswerkbegeleiding en begeleiding bij plannen en organiseren"],
                   ["7 Gedrag", "een schoolbrede aanpak voor positief gedrag en een time-out-voorziening"],
                   ["8 Medisch", "afspraken over medisch handelen en een rustruimte"],
                   ["9 OPP", "een ontwikkelingsperspectief voor iedere leerling met extra ondersteuning"],
                   ["10 Overgangen", "een warme overdracht bij instroom uit het po en bij uitstroom naar mbo"]]),
        ("p", "Eens per twee jaar voert het samenwerkingsverband met iedere school een audit uit op deze tien "
              "standaarden."),
        ("h1", "4 Ondersteuningscontinuüm en dekkend netwerk"),
        ("p", "Boven op de basisondersteuning kan een school voor een leerling een arrangement aanvragen. "
              "Arrangementen worden uitgevoerd op de eigen school (bijvoorbeeld een coach autisme of een "
              "trajectgroep) of in het orthopedagogisch-didactisch centrum 'De Overstap' in Zutwerven. De "
              "Overstap biedt tijdelijke plaatsing van maximaal een half jaar voor leerlingen die (dreigen) uit "
              "te vallen, met behoud van inschrijving op de eigen school. Daarnaast zijn er het "
              "praktijkonderwijs op twee locaties, lwoo binnen de vmbo-scholen, een Internationale Schakelklas "
              "voor nieuwkomers en het vso voor cluster 3 en 4. Samen met de jeugdhulpaanbieders en de "
              "gemeenten bieden wij onderwijs-zorgarrangementen aan jongeren die naast onderwijs "
              "behandeling nodig hebben."),
        ("p", "Voor jongeren die thuiszitten of dreigen uit te vallen, werkt het samenwerkingsverband met een "
              "Regionaal Thuiszittersoverleg. Scholen melden iedere leerling die vier weken of langer niet naar "
              "school gaat binnen een week aan het overleg. Een trajectbegeleider van het samenwerkingsverband "
              "stelt samen met school, jongere, ouders en leerplicht binnen drie weken een plan op. Wanneer een "
              "school geen passende plek kan bieden, zoekt de school binnen zes weken actief een andere school "
              "(zorgplicht). Iedere zomer analyseert het bureau alle casussen waarin dat niet binnen zes weken "
              "lukte; de analyse wordt met besturen en gemeenten besproken en leidt waar nodig tot nieuw aanbod. "
              "Zo is in 2024 een kleinschalige havo-voorziening voor jongeren met autisme ontstaan."),
        ("h1", "5 Toelaatbaarheid vso, lwoo en pro"),
        ("p", "Voor plaatsing in het vso is een toelaatbaarheidsverklaring nodig. Het bevoegd gezag van de school "
              "waar de leerling staat ingeschreven of is aangemeld, vraagt deze aan bij de Commissie "
              "Toewijzing van het samenwerkingsverband met het groeidocument, het OPP en de zienswijze van ouders "
              "en leerling. De commissie vraagt advies aan twee onafhankelijke deskundigen, van wie één "
              "orthopedagoog of psycholoog is, en besluit binnen zes weken. De TLV geldt voor ten hoogste drie "
              "schooljaren en vermeldt de bekostigingscategorie."),
        ("p", "Een leerling is toelaatbaar tot het vso als (a) de ondersteuningsbehoefte de mogelijkheden van "
              "basisondersteuning en arrangementen in het regulier vo aantoonbaar overstijgt, (b) een "
              "arrangement in het regulier onderwijs of in De Overstap is ingezet en geëvalueerd, of dit "
              "gelet op de problematiek niet verantwoord is, en (c) de leerling aangewezen is op een "
              "combinatie van onderwijs en intensieve zorg of een specifiek onderwijsprogramma dat het "
              "regulier vo niet kan bieden."),
        ("p", "Voor lwoo en praktijkonderwijs gelden de landelijke criteria (leerachterstand, IQ en "
              "sociaal-emotionele problematiek); ons verband heeft niet gekozen voor eigen lwoo-criteria. De "
              "vo-school vraagt lwoo of een toelaatbaarheidsverklaring pro vóór 1 maart aan bij de Commissie "
              "Toewijzing, met het onderwijskundig rapport en de testgegevens uit het po. De commissie beslist "
              "binnen vier weken; een aanwijzing lwoo geldt voor de hele schoolloopbaan in het vmbo, een TLV pro "
              "voor de gehele opleiding. Bezwaar tegen een besluit kan binnen zes weken worden gemaakt; wij "
              "vragen advies aan de Landelijke Bezwaaradviescommissie."),
        ("h1", "6 Terugplaatsing vanuit het vso"),
        ("p", "Wij willen dat jongeren in het vso, waar dat kan, hun schoolloopbaan vervolgen in het regulier vo "
              "of doorstromen naar het mbo. Een overstap is aan de orde wanneer de jongere in het OPP "
              "aangegeven doelen op gedrag en werkhouding heeft gehaald en een reguliere school met een "
              "arrangement kan aansluiten bij zijn onderwijsbehoefte. Na de overstap blijft een begeleider "
              "van het vso gedurende zes maanden beschikbaar voor jongere, mentor en ouders."),
        ("p", "In het laatste jaar van de TLV bespreekt de commissie van begeleiding van de vso-school iedere "
              "jongere en maakt zij een keuze tussen verlenging, terugplaatsing of uitstroom. Bij terugplaatsing "
              "neemt de vso-school vóór 1 februari contact op met het samenwerkingsverband; een trajectbegeleider "
              "organiseert een overstapgesprek met de ontvangende school, de jongere en ouders. De ontvangende "
              "school neemt vóór 1 april een besluit over toelating. Na drie maanden evalueren beide scholen met "
              "de jongere en ouders de overstap. Wij registreren het aantal terugplaatsingen: in 2023-2024 "
              "waren dat er twaalf."),
        ("h1", "7 Monitoring en resultaten"),
        ("p", "Het samenwerkingsverband volgt de ontwikkelingen in de regio met een dashboard dat ieder kwartaal "
              "wordt bijgewerkt. Daarin staan het aantal toegekende arrangementen, het aantal TLV's per "
              "categorie, deelnamepercentages vso en pro, het aantal thuiszitters en de doorstroom vanuit De "
              "Overstap. Gegevens worden aangeleverd door de scholen en door leerplicht. In 2024 bedroeg het "
              "deelnamepercentage vso 3,9 procent en waren er 21 thuiszitters. Ieder jaar bespreekt de "
              "directeur-bestuurder het dashboard met de besturen en rapporteert het samenwerkingsverband de "
              "bereikte resultaten in het jaarverslag, dat aan de ondersteuningsplanraad wordt voorgelegd."),
        ("p", "De ambities voor deze planperiode, met de resultaten die wij voor jongeren met extra "
              "ondersteuning willen bereiken, formuleren wij samen met de scholen in het najaar van 2025."),
        ("h1", "8 Ouders en jongeren"),
        ("p", "Ouders en jongeren die vragen hebben over ondersteuning, of die het niet eens zijn met een school, "
              "kunnen terecht bij Steunpunt Ouders en Jongeren IJsselvallei. Het steunpunt is onafhankelijk van "
              "scholen en samenwerkingsverband, gratis, en bereikbaar via telefoon, WhatsApp en e-mail. Het "
              "steunpunt kan meegaan naar gesprekken. Daarnaast kunnen ouders een beroep doen op de "
              "onderwijsconsulenten en een klacht indienen bij de Geschillencommissie Passend Onderwijs."),
        ("p", "Hoe wij ouders en jongeren informeren over het ondersteuningsaanbod van scholen en "
              "samenwerkingsverband, staat in het communicatieplan (bijlage 6)."),
        ("h1", "9 Financiën"),
        ("p", "Het financiële beleid, het verdeelmodel en de meerjarenbegroting zijn opgenomen in het separate "
              "document 'Financieel kader 2025-2029', dat het bestuur jaarlijks actualiseert. Dit document is "
              "geen onderdeel van dit ondersteuningsplan."),
        ("h1", "10 Organisatie")]
    b += f["governance"][1:] + f["totstandkoming"] + f["personeel"] + f["ict"] + f["professionalisering"] + f["planning"] + f["extra"]
    b += [("h1", "Begrippenlijst"),
          ("table", [["Begrip", "Betekenis"],
                     ["Lwoo", "leerwegondersteunend onderwijs"], ["OPDC", "orthopedagogisch-didactisch centrum"],
                     ["Pro", "praktijkonderwijs"],
                     ["Verdeelmodel", "de regels waarmee het samenwerkingsverband middelen over scholen verdeelt"],
                     ["Meerjarenbegroting", "begroting met een horizon van vier jaar"],
                     ["Schoolgids", "jaarlijkse informatie van de school aan ouders, o.a. over ondersteuning"]])]
    return b


LABEL_E = dict(
    sector="vo",
    elements={"basisondersteuning": "present", "plaatsing": "present", "terugstroom": "present",
              "financien": "missing", "dekkend-aanbod": "present", "resultaten": "partial", "ouders": "partial"},
    criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
              "plaatsing.procedure": True, "plaatsing.criteria": True,
              "terugstroom.procedure": True, "terugstroom.beleid": True,
              "financien.verdeling": False, "financien.besteding": False,
              "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
              "resultaten.doelen": False, "resultaten.monitoring": True,
              "ouders.informatie": False, "ouders.steunpunt": True},
    advisory={"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
              "terugstroom": ["monitoring"], "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"],
              "ouders": ["betrokkenheid"]},
    notes={"basisondersteuning": "H3: minimum for all fourteen schools/locations; ten standards with content only in a table; biennial audit.",
           "plaatsing": "H5: vso TLV procedure + criteria (a-c), lwoo/pro via national criteria with procedure and terms, deskundigen, duration, LBT.",
           "terugstroom": "H6: conditions and six months of vso support after return (beleid), last-year steps with dates (procedure), 12 terugplaatsingen.",
           "financien": "H9 'Financiën' only refers to a separate 'Financieel kader' that is not part of the plan; verdeelmodel/meerjarenbegroting only in the begrippenlijst.",
           "dekkend-aanbod": "H4: arrangement, OPDC De Overstap, pro, lwoo, ISK, vso, OZA; Regionaal Thuiszittersoverleg, zorgplicht, yearly gap analysis.",
           "resultaten": "H7: quarterly dashboard, jaarverslag (monitoring, with 2024 figures); intended results deferred to autumn 2025.",
           "ouders": "H8: independent steunpunt, onderwijsconsulenten, geschillencommissie; informing parents referred to an absent bijlage 6 (communicatieplan)."})


# --------------------------------------------------------------------------------------------
# F: near-miss -- school-level ondersteuningsplan of one basisschool (.html)
# --------------------------------------------------------------------------------------------
NEAR_MISS_SECTIONS = [
    ("Inleiding",
     ["Dit ondersteuningsplan beschrijft hoe OBS De Klimop in Deurnehoven de ondersteuning aan haar leerlingen "
      "organiseert in het schooljaar 2025-2026. Het plan is bedoeld voor het team, voor ouders en voor de "
      "medezeggenschapsraad. Het is gebaseerd op ons schoolondersteuningsprofiel en op de afspraken over "
      "basisondersteuning die binnen ons samenwerkingsverband passend onderwijs zijn gemaakt. Het "
      "ondersteuningsplan van het samenwerkingsverband zelf vindt u op de website van het "
      "samenwerkingsverband; dit document gaat alleen over onze eigen school.",
      "De Klimop is een openbare basisschool met 236 leerlingen in tien groepen. Ons team bestaat uit zeventien "
      "leerkrachten, twee onderwijsassistenten, een intern begeleider (0,6 fte) en een directeur. Wij werken "
      "handelingsgericht en stemmen ons onderwijs af op de onderwijsbehoeften van ieder kind."]),
    ("Zorgniveaus op De Klimop",
     ["Wij onderscheiden vijf zorgniveaus. Niveau 1 is goed lesgeven aan de hele groep volgens het "
      "directe-instructiemodel. Niveau 2 is extra instructie en begeleiding in de groep door de eigen leerkracht, "
      "bijvoorbeeld aan de verlengde instructietafel. Niveau 3 is speciale zorg na een leerlingbespreking met de "
      "intern begeleider, vastgelegd in een individueel handelingsplan. Niveau 4 is zorg met inzet van externe "
      "deskundigen, zoals een orthopedagoog of logopedist, na overleg met ouders. Niveau 5 is de fase waarin de "
      "school met ouders onderzoekt of een arrangement van het samenwerkingsverband of een "
      "toelaatbaarheidsverklaring voor het speciaal basisonderwijs nodig is.",
      "Op niveau 5 volgt de school de procedure van het samenwerkingsverband. De intern begeleider bereidt het "
      "groeidocument voor, ouders geven hun zienswijze, en de directeur ondertekent de aanvraag namens het "
      "schoolbestuur. Het samenwerkingsverband beslist; de school informeert ouders over de uitkomst."]),
    ("Groepsbesprekingen en leerlingbesprekingen",
     ["Drie keer per jaar, in oktober, februari en juni, voert de intern begeleider met iedere leerkracht een "
      "groepsbespreking. Daarin bespreken we de resultaten van de methodegebonden en methodeonafhankelijke "
      "toetsen, het welbevinden van de groep en de kinderen die extra aandacht nodig hebben. Na iedere "
      "groepsbespreking past de leerkracht het groepsplan aan.",
      "Leerlingen over wie de leerkracht zich zorgen maakt, worden besproken in een leerlingbespreking. Ouders "
      "worden vooraf op de hoogte gebracht en na afloop uitgenodigd voor een gesprek. Als de zorg blijft, kan de "
      "leerling worden ingebracht in het ondersteuningsteam, waarin ook de consulent van het "
      "samenwerkingsverband, de jeugdverpleegkundige en de schoolmaatschappelijk werker zitting hebben."]),
    ("Onze basisondersteuning",
     ["Iedere leerling op De Klimop kan rekenen op onze basisondersteuning: een dyslexieprotocol, een "
      "rekenprotocol, het programma 'Kanjertraining' voor sociale veiligheid, een plusgroep voor meerbegaafde "
      "leerlingen in groep 5 tot en met 8, en begeleiding door de intern begeleider. Daarnaast hebben wij "
      "expertise op het gebied van taalontwikkeling, omdat veel van onze leerlingen thuis een andere taal "
      "spreken. Onze grenzen liggen bij ernstige gedragsproblematiek die de veiligheid van de groep bedreigt "
      "en bij intensieve medische zorg.",
      "Voor leerlingen die meer nodig hebben, vragen wij bij het samenwerkingsverband een arrangement aan. "
      "In het schooljaar 2024-2025 hadden wij vier individuele arrangementen en één groepsarrangement voor "
      "taal. De middelen die het schoolbestuur uit het schoolbudget van het samenwerkingsverband ontvangt, "
      "zetten wij in voor een onderwijsassistent (0,8 fte) en voor scholing van het team."]),
    ("Ontwikkelingsperspectief",
     ["Voor leerlingen die op één of meer vakken een eigen leerlijn volgen, stellen wij een "
      "ontwikkelingsperspectief (OPP) op. Het OPP beschrijft de verwachte uitstroombestemming, de "
      "tussendoelen en de ondersteuning die de school biedt. Wij bespreken het OPP met ouders en, vanaf groep 6, "
      "ook met de leerling zelf; leerlingen hebben hoorrecht. Het OPP wordt twee keer per jaar geëvalueerd.",
      "Op dit moment hebben elf leerlingen een OPP. Zeven van hen volgen een eigen leerlijn rekenen, vier een "
      "eigen leerlijn voor alle vakken. Het doel is dat deze leerlingen aan het eind van groep 8 het "
      "uitstroomniveau halen dat in het OPP is vastgesteld."]),
    ("Samenwerking met ouders",
     ["Ouders zijn onze partners. Wij informeren ouders via de schoolgids, de nieuwsbrief en de app. Ieder "
      "kind heeft drie keer per jaar een oudergesprek. Bij zorgen neemt de leerkracht binnen een week contact "
      "op. Ouders die het niet eens zijn met de school, kunnen terecht bij de directeur of bij de "
      "vertrouwenspersoon van de school. Daarnaast bestaat er een ouder- en jeugdsteunpunt van het "
      "samenwerkingsverband en kunnen ouders een onderwijsconsulent inschakelen.",
      "De medezeggenschapsraad heeft adviesrecht op dit plan. Ouders in de MR vaardigen een lid af naar de "
      "ondersteuningsplanraad van het samenwerkingsverband."]),
    ("Evaluatie en resultaten",
     ["Wij evalueren dit plan in juni 2026 met het team en de MR. Daarbij kijken we naar de resultaten van de "
      "leerlingen, het aantal leerlingen dat extra ondersteuning kreeg, het aantal verwijzingen naar sbo of so "
      "(in 2024-2025: twee) en het aantal leerlingen dat vanuit het sbo bij ons instroomde (één). Het plan "
      "wordt jaarlijks bijgesteld."]),
    ("Jaarplanning zorg 2025-2026",
     ["september: startgesprekken met ouders; oktober: groepsbesprekingen ronde 1; november: "
      "ondersteuningsteam; januari: midden-toetsen; februari: groepsbesprekingen ronde 2; maart: "
      "ondersteuningsteam; april: OPP-evaluaties; juni: groepsbesprekingen ronde 3 en evaluatie van dit "
      "plan; juli: overdracht naar de nieuwe leerkracht."]),
]


def near_miss_html(path):
    import html
    parts = ["<!DOCTYPE html>", '<html lang="nl"><head><meta charset="utf-8">',
             "<title>Ondersteuningsplan OBS De Klimop 2025-2026</title></head><body>",
             "<h1>Ondersteuningsplan OBS De Klimop 2025-2026</h1>",
             "<p><em>Schoolplan ondersteuning – vastgesteld door de directie na advies van de MR</em></p>"]
    for i, (h, paras) in enumerate(NEAR_MISS_SECTIONS, 1):
        parts.append(f"<h2>{i}. {html.escape(h)}</h2>")
        parts += [f"<p>{html.escape(p)}</p>" for p in paras]
    parts.append("</body></html>")
    path.write_text("\n".join(parts), encoding="utf-8")


# --------------------------------------------------------------------------------------------
def main():
    plans = [
        ("po-rivierenzoom-2025", plan_a, LABEL_A, ["docx"],
         "Ondersteuningsplan 2025-2029 SWV Rivierenzoom | basisondersteuning · toelaatbaarheid · resultaten"),
        ("po-kempenland-noord-2025", plan_b, LABEL_B, ["pdf"], "SWV Kempenland-Noord – Ondersteuningsplan 2025-2029"),
        ("po-waterland-oost-2025", plan_c, LABEL_C, ["md"], None),
        ("po-peel-en-aa-2025", plan_d, LABEL_D, ["pdf"],
         "Ondersteuningsplan 2025-2029 | basisondersteuning · toelaatbaarheid · terugplaatsing · ouders"),
        ("vo-ijsselvallei-2025", plan_e, LABEL_E, ["docx"], "SWV VO IJsselvallei – Ondersteuningsplan 2025-2029"),
    ]
    for stem, fn, label, fmts, header in plans:
        blocks = fn()
        wc = word_count(blocks)
        assert wc >= 3000, (stem, wc)
        docs = []
        if "md" in fmts:
            write_md(blocks, OUT / f"{stem}.md")
            docs.append(f"{stem}.md")
        if "docx" in fmts or "pdf" in fmts:
            tmpd = Path(tempfile.mkdtemp(prefix="holdout204_docx_"))
            try:
                dpath = tmpd / f"{stem}.docx"
                write_docx(blocks, dpath, header_text=header)
                if "docx" in fmts:
                    shutil.copy(dpath, OUT / f"{stem}.docx")
                    docs.append(f"{stem}.docx")
                if "pdf" in fmts:
                    to_pdf(dpath, OUT / f"{stem}.pdf")
                    docs.append(f"{stem}.pdf")
            finally:
                shutil.rmtree(tmpd, ignore_errors=True)
        write_label(stem, docs, label["sector"], label["elements"], label["criteria"],
                    label["advisory"], label["notes"])
        print(f"{stem}: {wc} words -> {', '.join(docs)}")

    nm = "po-obs-de-klimop-schoolondersteuningsplan"
    near_miss_html(OUT / f"{nm}.html")
    write_label(nm, [f"{nm}.html"], "po", {}, {}, {},
                {"document": "School-level 'ondersteuningsplan' of one basisschool (zorgniveaus, groepsbesprekingen, "
                             "MR advice); it refers to the samenwerkingsverband's own plan but is not an SWV "
                             "ondersteuningsplan (no planperiode, OPR consent, OOGO, verdeelmodel)."},
                looks=False)
    print(f"{nm}: near-miss -> {nm}.html")


if __name__ == "__main__":
    main()
