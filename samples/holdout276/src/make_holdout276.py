#!/usr/bin/env python3
"""Generate the holdout276 test set: five fictional ondersteuningsplannen (PO/VO) and one
near-miss document, in .docx, .pdf (via LibreOffice), .md and .html.

Deterministic, no network. Output goes to the folder above this script's folder.
Label files (<name>.expected.yaml) are written next to the documents.
"""
import shutil
import subprocess
import tempfile
from pathlib import Path

import yaml
from docx import Document
from docx.shared import Pt

OUT = Path(__file__).resolve().parent.parent

# --------------------------------------------------------------------------------------------
# Document model: list of blocks (kind, payload)
#   ("title", [lines])  ("h1", text)  ("h2", text)  ("p", text)  ("bullets", [..])
#   ("table", [[header...], [row...], ...])  ("toc", None)  ("pagebreak", None)
# --------------------------------------------------------------------------------------------


def toc_entries(blocks):
    out = []
    for kind, payload in blocks:
        if kind == "h1":
            out.append(payload)
        elif kind == "h2":
            out.append("    " + payload)
    return out


def write_docx(blocks, path, header_text):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = header_text
    sec.footer.paragraphs[0].text = header_text + " | concept ter instemming OPR"
    for kind, payload in blocks:
        if kind == "title":
            for i, line in enumerate(payload):
                p = doc.add_paragraph()
                r = p.add_run(line)
                r.bold = i == 0
                r.font.size = Pt(22 if i == 0 else 13)
        elif kind == "toc":
            doc.add_heading("Inhoudsopgave", level=1)
            for e in toc_entries(blocks):
                doc.add_paragraph(e)
        elif kind == "pagebreak":
            doc.add_page_break()
        elif kind == "h1":
            doc.add_heading(payload, level=1)
        elif kind == "h2":
            doc.add_heading(payload, level=2)
        elif kind == "p":
            doc.add_paragraph(payload)
        elif kind == "bullets":
            for b in payload:
                doc.add_paragraph(b, style="List Bullet")
        elif kind == "table":
            t = doc.add_table(rows=len(payload), cols=len(payload[0]))
            t.style = "Table Grid"
            for i, row in enumerate(payload):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = str(cell)
            doc.add_paragraph("")
    doc.save(str(path))


def write_md(blocks, path):
    lines = []
    for kind, payload in blocks:
        if kind == "title":
            lines.append("# " + payload[0])
            for l in payload[1:]:
                lines.append("")
                lines.append("*" + l + "*")
            lines.append("")
        elif kind == "toc":
            lines.append("## Inhoudsopgave")
            lines.append("")
            for e in toc_entries(blocks):
                ind = "  " if e.startswith("    ") else ""
                lines.append(f"{ind}- {e.strip()}")
            lines.append("")
        elif kind == "pagebreak":
            lines.append("---")
            lines.append("")
        elif kind == "h1":
            lines.append("## " + payload)
            lines.append("")
        elif kind == "h2":
            lines.append("### " + payload)
            lines.append("")
        elif kind == "p":
            lines.append(payload)
            lines.append("")
        elif kind == "bullets":
            for b in payload:
                lines.append("- " + b)
            lines.append("")
        elif kind == "table":
            lines.append("| " + " | ".join(payload[0]) + " |")
            lines.append("|" + "---|" * len(payload[0]))
            for row in payload[1:]:
                lines.append("| " + " | ".join(str(c) for c in row) + " |")
            lines.append("")
    path.write_text("\n".join(lines), encoding="utf-8")


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def write_html(blocks, path, title):
    out = ["<!DOCTYPE html>", '<html lang="nl">', "<head>", '<meta charset="utf-8">',
           f"<title>{esc(title)}</title>", "</head>", "<body>",
           f'<header><p class="kop">{esc(title)}</p></header>', "<main>"]
    for kind, payload in blocks:
        if kind == "title":
            out.append(f"<h1>{esc(payload[0])}</h1>")
            for l in payload[1:]:
                out.append(f'<p class="sub">{esc(l)}</p>')
        elif kind == "toc":
            out.append('<nav><h2>Inhoud</h2><ul>')
            for e in toc_entries(blocks):
                out.append(f"<li>{esc(e.strip())}</li>")
            out.append("</ul></nav>")
        elif kind == "h1":
            out.append(f"<h2>{esc(payload)}</h2>")
        elif kind == "h2":
            out.append(f"<h3>{esc(payload)}</h3>")
        elif kind == "p":
            out.append(f"<p>{esc(payload)}</p>")
        elif kind == "bullets":
            out.append("<ul>" + "".join(f"<li>{esc(b)}</li>" for b in payload) + "</ul>")
        elif kind == "table":
            out.append("<table border=\"1\">")
            out.append("<tr>" + "".join(f"<th>{esc(c)}</th>" for c in payload[0]) + "</tr>")
            for row in payload[1:]:
                out.append("<tr>" + "".join(f"<td>{esc(str(c))}</td>" for c in row) + "</tr>")
            out.append("</table>")
    out += ["</main>", f"<footer><p>{esc(title)} - versie 1.2</p></footer>", "</body>", "</html>"]
    path.write_text("\n".join(out), encoding="utf-8")


def docx_to_pdf(blocks, pdf_path, header_text):
    tmp = Path(tempfile.mkdtemp(prefix="holdout276_gen_"))
    try:
        src = tmp / (pdf_path.stem + ".docx")
        write_docx(blocks, src, header_text)
        profile = tmp / "lo_profile"
        subprocess.run(
            ["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
             "--convert-to", "pdf", "--outdir", str(tmp), str(src)],
            check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
        shutil.copyfile(tmp / (pdf_path.stem + ".pdf"), pdf_path)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def word_count(blocks):
    n = 0
    for kind, payload in blocks:
        if kind in ("p", "h1", "h2"):
            n += len(payload.split())
        elif kind in ("bullets", "title"):
            n += sum(len(b.split()) for b in payload)
        elif kind == "table":
            n += sum(len(str(c).split()) for row in payload for c in row)
    return n


CORE = [
    "basisondersteuning.niveau", "basisondersteuning.inhoud", "plaatsing.procedure",
    "plaatsing.criteria", "terugstroom.procedure", "terugstroom.beleid", "financien.verdeling",
    "financien.besteding", "dekkend-aanbod.continuum", "dekkend-aanbod.lacunes",
    "resultaten.doelen", "resultaten.monitoring", "ouders.informatie", "ouders.steunpunt",
]
ELEMENTS = ["basisondersteuning", "plaatsing", "terugstroom", "financien", "dekkend-aanbod",
            "resultaten", "ouders"]


def status_from(criteria, advisory):
    st = {}
    for el in ELEMENTS:
        vals = [v for k, v in criteria.items() if k.split(".")[0] == el]
        if all(vals):
            st[el] = "present"
        elif any(vals) or advisory.get(el):
            st[el] = "partial"
        else:
            st[el] = "missing"
    return st


def write_label(name, documents, sector, criteria, advisory, notes):
    assert set(criteria) == set(CORE), name
    elements = status_from(criteria, advisory)
    data = {
        "documents": documents,
        "sector": sector,
        "looks_like_plan": True,
        "elements": elements,
        "criteria": {k: criteria[k] for k in CORE},
        "advisory_addressed": {k: v for k, v in advisory.items() if v},
        "notes": notes,
    }
    (OUT / f"{name}.expected.yaml").write_text(
        yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=200), encoding="utf-8")
    return elements


# --------------------------------------------------------------------------------------------
# Shared filler (real plans are long). Parameterised with the verband's facts. None of these
# blocks addresses a core criterion; they only use the vocabulary in passing.
# --------------------------------------------------------------------------------------------


def filler_voorwoord(v):
    return [
        ("h1", "Voorwoord"),
        ("p", f"Voor u ligt het ondersteuningsplan {v['periode']} van {v['naam']}. Het is het derde "
              f"ondersteuningsplan sinds de invoering van passend onderwijs in 2014 en het eerste dat "
              f"volledig is geschreven na de evaluatie van de vorige planperiode. In de afgelopen jaren "
              f"hebben we veel geleerd. Scholen, ouders, gemeenten en jeugdhulppartners hebben ons laten "
              f"weten wat goed ging en wat beter kan. Die lessen zijn in dit plan verwerkt."),
        ("p", f"Dit plan is tot stand gekomen in een intensief traject. In {v['traject_maand']} zijn we "
              f"begonnen met werksessies voor directeuren, intern begeleiders en bestuurders. Daarna "
              f"volgden gesprekken met de ondersteuningsplanraad, met de gemeenten in ons gebied"
              f"{v.get('voorwoord_extra', ' en met een aantal ouders die hun ervaringen met ons wilden delen')}. Wij danken iedereen die heeft "
              f"meegedacht. Zonder hun inbreng was dit plan een stuk minder rijk geweest."),
        ("p", "Passend onderwijs is geen eindpunt maar een beweging. Elke dag zetten leerkrachten, "
              "intern begeleiders en schoolleiders zich in om kinderen te geven wat zij nodig hebben. "
              "Dit plan is bedoeld om dat werk te ondersteunen, niet om het over te nemen. Het beschrijft "
              "de kaders en de afspraken; de uitvoering gebeurt in de klas, samen met kinderen en hun "
              "ouders. We hopen dat u dit plan niet alleen leest, maar ook gebruikt."),
        ("p", f"{v['directeur']}, directeur-bestuurder {v['kort']}"),
    ]


def filler_inleiding(v):
    return [
        ("h1", "Inleiding en leeswijzer"),
        ("p", f"{v['naam']} ({v['code']}) is een van de samenwerkingsverbanden passend onderwijs in "
              f"Nederland. Wij zijn een stichting waarin {v['besturen']} schoolbesturen samenwerken. Samen "
              f"zijn zij verantwoordelijk voor {v['scholen']} scholen met ongeveer {v['leerlingen']} leerlingen "
              f"in de gemeenten {v['gemeenten']}. Het ondersteuningsplan wordt ten minste eenmaal per vier "
              f"jaar vastgesteld en beschrijft hoe wij onze wettelijke taken invullen."),
        ("p", "Het plan is als volgt opgebouwd. Na de visie en de ambities beschrijven we de inrichting van "
              "de ondersteuning, de toewijzing van voorzieningen, de inzet van geld en middelen, de "
              "kwaliteitszorg en de rol van ouders. Daarna volgen hoofdstukken over organisatie, governance, "
              "medezeggenschap, personeel en de samenwerking met gemeenten. Achterin vindt u een "
              "begrippenlijst en een lijst met afkortingen. Bijlagen die niet in dit document zijn "
              "opgenomen, zijn op te vragen bij het bureau."),
        ("p", "Wij hebben geprobeerd het plan leesbaar te houden voor iedereen die ermee te maken heeft: "
              "bestuurders en schoolleiders, maar ook leerkrachten, leden van medezeggenschapsraden en "
              "ouders. Daarom gebruiken we waar mogelijk gewone taal. Waar vaktermen onvermijdelijk zijn, "
              "worden ze uitgelegd in de begrippenlijst."),
    ]


def filler_visie(v):
    return [
        ("h1", "Visie, missie en ambities"),
        ("h2", "Missie"),
        ("p", f"{v['kort']} bestaat om ervoor te zorgen dat ieder kind in onze regio zich kan ontwikkelen, "
              f"zo dicht mogelijk bij huis en samen met leeftijdgenoten. Onze missie luidt: '{v['motto']}'. "
              f"Daarin zit de overtuiging dat onderwijs en ondersteuning niet los van elkaar staan. Een "
              f"kind is geen dossier; achter elke aanvraag, elk arrangement en elke toelaatbaarheidsverklaring "
              f"staat een kind met een eigen verhaal."),
        ("h2", "Visie"),
        ("p", "Wij geloven in de kracht van de reguliere school. De meeste kinderen hebben geen extra "
              "ondersteuning nodig, en kinderen die dat wel nodig hebben, zijn in de regel het best geholpen "
              "met ondersteuning die in de eigen klas wordt gegeven. Tegelijk erkennen we dat sommige kinderen "
              "een specialistische omgeving nodig hebben. Ook dat is passend onderwijs. Wij kiezen niet voor "
              "inclusie als dogma, maar voor inclusie als richting."),
        ("p", "Daarnaast vinden wij dat ondersteuning zoveel mogelijk preventief moet zijn. Hoe eerder een "
              "vraag wordt gezien, hoe kleiner de interventie kan zijn. Dat vraagt om leerkrachten die "
              "signalen herkennen, om intern begeleiders die tijd hebben om mee te kijken en om korte lijnen "
              "met de jeugdhulp. We spreken elkaar aan op wat we samen hebben afgesproken."),
        ("h2", "Ambities voor de planperiode"),
        ("p", "Voor de komende vier jaar hebben we vier ambities geformuleerd. Ten eerste willen we dat "
              "leerkrachten zich gesteund voelen. Ten tweede willen we minder bureaucratie rond aanvragen. "
              "Ten derde willen we de samenwerking met de jeugdhulp versterken. Ten vierde willen we "
              "transparant zijn over wat we doen en wat het oplevert. Deze ambities zijn richtinggevend; ze "
              "worden per schooljaar vertaald naar het jaarplan."),
    ]


def filler_governance(v, parents_in_opr=True):
    opr = (f"De ondersteuningsplanraad (OPR) telt {v['opr']} leden. De helft van de leden is ouder van een "
           f"leerling op een van de aangesloten scholen, de andere helft is personeelslid. De leden worden "
           f"afgevaardigd door de medezeggenschapsraden. Ouders in de OPR brengen het perspectief van "
           f"gezinnen in en hebben instemmingsrecht op dit plan."
           if parents_in_opr else
           f"De ondersteuningsplanraad (OPR) telt {v['opr']} leden, afgevaardigd door de "
           f"medezeggenschapsraden van de aangesloten scholen. De OPR heeft instemmingsrecht op het "
           f"ondersteuningsplan en vergadert zes keer per jaar.")
    return [
        ("h1", "Organisatie en governance"),
        ("h2", "Juridische vorm en bestuur"),
        ("p", f"{v['kort']} is een stichting. Het bestuur is ingericht volgens het model van een "
              f"directeur-bestuurder met een raad van toezicht. De raad van toezicht bestaat uit "
              f"{v['rvt']} leden, van wie de meerderheid bestuurder is van een aangesloten schoolbestuur. "
              f"Daarnaast zijn er onafhankelijke leden met expertise op het gebied van financiën en "
              f"jeugdhulp. De directeur-bestuurder legt verantwoording af aan de raad van toezicht."),
        ("p", "De scheiding tussen bestuur en toezicht is vastgelegd in de statuten en het "
              f"toezichtkader. De raad van toezicht keurt de begroting, het jaarverslag en het "
              f"ondersteuningsplan goed. De governancecode van de {v.get('raad', 'PO-Raad')} wordt gevolgd. Eens per jaar "
              "evalueert de raad van toezicht zijn eigen functioneren, eens per drie jaar met een externe "
              "begeleider."),
        ("h2", "Bureau"),
        ("p", f"Het bureau van {v['kort']} is gevestigd in {v['vestiging']}. Er werken medewerkers in "
              f"de functies van beleidsmedewerker, orthopedagoog, secretaresse en controller. Het bureau "
              f"ondersteunt de besturen en scholen, bereidt besluiten voor en organiseert de overleggen. "
              f"Het bureau is niet de baas van de scholen; de schoolbesturen blijven verantwoordelijk voor "
              f"het onderwijs op hun scholen."),
        ("h2", "Medezeggenschap"),
        ("p", opr),
        ("p", "De OPR wordt ondersteund door een ambtelijk secretaris en kan gebruikmaken van "
              "scholingsbudget. De directeur-bestuurder is bij een deel van de vergaderingen aanwezig. "
              "Daarnaast heeft het samenwerkingsverband een eigen MR voor het personeel van het bureau."),
    ]


def filler_personeel(v):
    return [
        ("h1", "Personeel en professionalisering"),
        ("p", "Goed onderwijs valt of staat met goed personeel. Het lerarentekort raakt ook onze regio. Op "
              "een aantal scholen staan onbevoegde invallers voor de klas en vacatures voor intern "
              "begeleiders blijven lang open. Dat heeft gevolgen voor wat scholen kunnen waarmaken. Wij "
              "kunnen het tekort niet oplossen, maar we kunnen wel bijdragen aan een aantrekkelijke regio "
              "om te werken."),
        ("p", "Het samenwerkingsverband organiseert jaarlijks een studiedag voor intern begeleiders en "
              "een netwerk voor schoolleiders. Onderwerpen in de afgelopen jaren waren onder meer gedrag, "
              "meertaligheid, trauma-sensitief lesgeven en het voeren van moeilijke gesprekken met ouders. "
              "Deelname is vrijwillig; de opkomst is doorgaans goed. Professionalisering van leerkrachten "
              "is een verantwoordelijkheid van de schoolbesturen."),
        ("p", f"Voor het personeel van het bureau geldt de cao {v.get('cao', 'primair onderwijs')}. Het bureau heeft een "
              "eigen formatieplan. Medewerkers van het bureau die ambulant werken, worden bij hun werk "
              "ondersteund door intervisie en supervisie. Het ziekteverzuim op het bureau lag in het "
              "afgelopen jaar onder het landelijk gemiddelde."),
    ]


def filler_ict(v):
    return [
        ("h1", "Privacy, ICT en gegevensbeheer"),
        ("p", "Het samenwerkingsverband verwerkt persoonsgegevens van leerlingen, onder meer bij "
              "aanvragen. Wij houden ons aan de Algemene verordening gegevensbescherming. Er is een "
              "functionaris gegevensbescherming aangesteld die gedeeld wordt met een aantal andere "
              "samenwerkingsverbanden. Gegevens over gezondheid worden alleen verwerkt als dat nodig is "
              "voor onze wettelijke taken en worden niet langer bewaard dan de wet toestaat."),
        ("p", "Aanvragen en dossiers worden digitaal uitgewisseld via een beveiligde omgeving. Scholen "
              "hebben toegang tot hun eigen dossiers. Medewerkers van het bureau hebben alleen toegang tot "
              "de gegevens die zij voor hun werk nodig hebben. In de planperiode willen we het "
              "berichtenverkeer met scholen verder digitaliseren en papieren formulieren uitfaseren. Het "
              "privacyreglement is op te vragen bij het bureau."),
    ]


def filler_planning(v):
    return [
        ("h1", "Planning en jaarcyclus"),
        ("p", "Het ondersteuningsplan wordt uitgewerkt in jaarplannen. Elk jaarplan bevat de activiteiten "
              "voor dat schooljaar en de bijbehorende begroting. De jaarcyclus ziet er als volgt uit: in "
              "het voorjaar wordt het jaarplan opgesteld en besproken met directeuren, in juni stelt het "
              "bestuur het jaarplan vast, in het najaar volgt de begroting voor het kalenderjaar en in het "
              "voorjaar daarop het jaarverslag."),
        ("table", [["Periode", "Activiteit", "Betrokken"],
                   ["september-oktober", "Start schooljaar, netwerkbijeenkomsten", "bureau, IB-netwerk"],
                   ["november-december", "Begroting volgend kalenderjaar", "bestuur, RvT, OPR"],
                   ["januari-maart", "Jaarverslag en jaarrekening", "bestuur, accountant, RvT"],
                   ["april-juni", "Jaarplan volgend schooljaar", "bestuur, directeuren, OPR"]]),
        ("p", f"De looptijd van dit plan is {v['periode']}. Halverwege de planperiode maken we de balans "
              f"op met een tussentijdse evaluatie. Als daar aanleiding toe is, wordt het plan aangepast "
              f"met instemming van de OPR."),
    ]


def filler_vaststelling(v):
    return [
        ("h1", "Vaststelling"),
        ("p", f"Het concept van dit plan is op {v['oogo_datum']} besproken in het op overeenstemming "
              f"gericht overleg met de gemeenten. Het overleg met het samenwerkingsverband "
              f"{v['buur']} heeft plaatsgevonden op {v['buur_datum']}. De OPR heeft op {v['opr_datum']} "
              f"ingestemd. Het bestuur heeft het plan vastgesteld op {v['vast_datum']}. Het plan is "
              f"daarna toegezonden aan de inspectie van het onderwijs."),
    ]


def filler_landelijk(v):
    return [
        ("h1", "Landelijke ontwikkelingen"),
        ("p", "Passend onderwijs staat landelijk volop in de belangstelling. Na de evaluatie van 2020 heeft "
              "het kabinet een verbeteraanpak ingezet met een groot aantal maatregelen. Een deel daarvan "
              "raakt ons direct, zoals de afspraken over de reserves van samenwerkingsverbanden en de "
              "ambitie om het onderwijs in 2035 zo inclusief mogelijk te maken. Ook werkt het ministerie aan "
              "een landelijke norm voor basisondersteuning en is een wetsvoorstel in behandeling dat de "
              "positie van ouders en leerlingen versterkt. Wij volgen deze ontwikkelingen nauwgezet."),
        ("p", "Deze landelijke ontwikkelingen betekenen dat dit plan op onderdelen tussentijds kan worden "
              "aangepast. Wij doen dat niet ongemerkt: elke wijziging wordt voorgelegd aan de OPR en "
              "besproken met de besturen. Waar de wet ons ruimte laat, maken wij keuzes die passen bij onze "
              "regio. Dat betekent soms ook dat wij bewust afwachten tot landelijke kaders duidelijk zijn, "
              "om te voorkomen dat scholen twee keer hun werkwijze moeten aanpassen."),
        ("p", "Tot slot noemen we de arbeidsmarkt, de groei van het aantal leerlingen met een "
              "migratieachtergrond en de toegenomen complexiteit van vragen in de klas. Ze vragen van "
              "scholen en van ons een grote wendbaarheid. Meer geld lost niet alles op; het gaat ook om "
              "slimmer organiseren, minder regels en meer vertrouwen in professionals."),
    ]


def filler_communicatie_prof(v):
    return [
        ("h1", "Communicatie met scholen en partners"),
        ("p", f"{v['kort']} communiceert met de scholen via een maandelijkse digitale nieuwsbrief voor "
              f"directeuren en intern begeleiders, via het extranet en via de netwerkbijeenkomsten. Het "
              f"bureau streeft ernaar vragen van scholen binnen twee werkdagen te beantwoorden. Met "
              f"bestuurders is er een vast overleg dat zes keer per jaar plaatsvindt."),
        ("p", "In de planperiode vernieuwen we de huisstijl en brengen we de informatie voor professionals "
              "samen op één plek. Bij grotere wijzigingen in werkwijzen organiseren we een informatiesessie "
              "voor intern begeleiders. Persberichten worden opgesteld door het bureau in afstemming met de "
              "voorzitter van het bestuur."),
    ]


def filler_organisatie(v):
    return [
        ("h1", "Ontwikkeling van de organisatie"),
        ("p", f"Het bureau van {v['kort']} is de afgelopen jaren gegroeid. Dat vraagt om aandacht voor de "
              f"interne organisatie. In de planperiode herzien we de functiebeschrijvingen, voeren we een "
              f"gesprekscyclus in voor alle medewerkers en bekijken we of de huisvesting van het bureau nog "
              f"past. Het huurcontract voor het huidige pand loopt in 2028 af."),
        ("p", "Ook duurzaamheid krijgt aandacht. Bij de keuze voor een nieuw pand wegen we de "
              "bereikbaarheid met het openbaar vervoer en de energiezuinigheid mee. Medewerkers worden "
              "gestimuleerd met de fiets of het openbaar vervoer te reizen. Vergaderingen met scholen "
              "vinden waar dat kan online plaats, zodat reistijd wordt beperkt."),
    ]


def filler_risico(v):
    return [
        ("h1", "Risicomanagement"),
        ("p", "Het bestuur heeft een risicoprofiel opgesteld. De belangrijkste risico's zijn een verdere "
              "stijging van het aantal leerlingen in het speciaal onderwijs, het wegvallen van "
              "gespecialiseerd personeel en wijzigingen in landelijke regelgeving. Voor elk risico is een "
              "eigenaar aangewezen en zijn beheersmaatregelen beschreven. Het risicoprofiel wordt jaarlijks "
              "geactualiseerd en besproken met de raad van toezicht."),
    ]


def filler_regio(v):
    return [
        ("h1", "Onze regio"),
        ("p", f"Het werkgebied van {v['kort']} omvat de gemeenten {v['gemeenten']}. Het is een gebied met "
              f"grote verschillen: naast stedelijke wijken met veel jonge gezinnen liggen dorpen waar het "
              f"aantal kinderen al jaren afneemt. De {v['scholen']} scholen verschillen sterk in omvang, "
              f"van scholen met ruim vierhonderd leerlingen tot dorpsscholen met minder dan zestig. De "
              f"aangesloten besturen zijn openbaar, katholiek, protestants-christelijk, algemeen bijzonder "
              f"of gereformeerd; ook een school voor Montessorionderwijs en een Vrije School maken deel uit "
              f"van het samenwerkingsverband."),
        ("p", "De regio kent een relatief hoog aantal gezinnen dat gebruikmaakt van jeugdhulp. De "
              "wachttijden voor specialistische jeugdhulp zijn lang. Scholen merken dat in de klas: kinderen "
              "die op hulp wachten, vragen veel van leerkrachten. Tegelijk is er veel betrokkenheid in de "
              "dorpen en wijken; verenigingen, kerken en buurthuizen zijn belangrijke plekken in het leven "
              "van kinderen. De werkloosheid in de regio is laag en het aandeel laaggeletterde volwassenen "
              "ligt rond het landelijk gemiddelde."),
    ]


def glossary(entries):
    return [("h1", "Begrippenlijst"),
            ("table", [["Begrip", "Omschrijving"]] + entries)]


def abbreviations(entries):
    return [("h1", "Lijst van afkortingen"), ("bullets", [f"{a} - {b}" for a, b in entries])]


GLOSS_COMMON = [
    ["Basisondersteuning", "Het afgesproken niveau van ondersteuning dat alle scholen binnen het "
                           "samenwerkingsverband bieden."],
    ["Toelaatbaarheidsverklaring (TLV)", "Besluit van het samenwerkingsverband dat een leerling "
                                         "toelaatbaar is tot het speciaal (basis)onderwijs."],
    ["Terugplaatsing", "De overstap van een leerling uit het speciaal (basis)onderwijs naar een "
                       "reguliere school."],
    ["Ondersteuningsmiddelen", "Het geld dat het samenwerkingsverband ontvangt voor lichte en zware "
                               "ondersteuning en verdeelt over de scholen."],
    ["Dekkend aanbod", "Een samenhangend geheel van voorzieningen zodat voor elke leerling een "
                       "passende plek beschikbaar is."],
    ["Ouder- en jeugdsteunpunt", "Onafhankelijk steunpunt waar ouders en jongeren terecht kunnen met "
                                 "vragen over passend onderwijs."],
    ["Zorgplicht", "De plicht van een schoolbestuur om een aangemelde leerling een passende plek te "
                   "bieden."],
    ["Beoogde resultaten", "De resultaten die het samenwerkingsverband in de planperiode wil bereiken."],
]

ABBR_COMMON = [
    ("AB", "ambulante begeleiding"), ("IB", "intern begeleider"), ("OJSP", "ouder- en jeugdsteunpunt"),
    ("OOGO", "op overeenstemming gericht overleg"), ("OPP", "ontwikkelingsperspectiefplan"),
    ("OPR", "ondersteuningsplanraad"), ("SBO", "speciaal basisonderwijs"), ("SO", "speciaal onderwijs"),
    ("SOP", "schoolondersteuningsprofiel"), ("SWV", "samenwerkingsverband"),
    ("TLV", "toelaatbaarheidsverklaring"),
]


# --------------------------------------------------------------------------------------------
# Plan 1: large PO verband, Word. BO/PL/TS/FI/OU present; DA and RE partial.
# Terugplaatsing hidden inside the TLV chapter, financien under "Geld en middelen",
# ouders under "Communicatie", TLV criteria only in a table.
# --------------------------------------------------------------------------------------------

V1 = dict(naam="Samenwerkingsverband Passend Primair Onderwijs Gouwe-Rijnstreek", kort="SWV Gouwe-Rijnstreek",
          code="PO 28-11", periode="2026-2030", traject_maand="september 2024", directeur="drs. M.J. van Arkel",
          besturen=17, scholen=112, leerlingen="27.400", gemeenten="Alphen aan den Rijn, Gouda, Bodegraven-Reeuwijk, "
          "Waddinxveen en Zuidplas", motto="Samen sterk voor elk kind", rvt=7, vestiging="Gouda", opr=16,
          oogo_datum="4 maart 2026", buur="VO Gouwe-Rijnstreek", buur_datum="11 maart 2026",
          opr_datum="8 april 2026", vast_datum="15 april 2026")


def plan1():
    v = V1
    b = [("title", ["Ondersteuningsplan 2026-2030", v["naam"], f"Registratienummer {v['code']}",
                    "Versie ter instemming, april 2026"]), ("toc", None), ("pagebreak", None)]
    b += filler_voorwoord(v) + filler_inleiding(v)
    b += [("h1", "Terugblik op de planperiode 2022-2026"),
          ("p", "In de vorige planperiode hebben we ingezet op drie thema's: het versterken van de "
                "basisondersteuning, het verkorten van de doorlooptijd van aanvragen en het verbeteren van "
                "de samenwerking met de jeugdhulp. Op alle drie de thema's is voortgang geboekt, al niet "
                "overal even snel. De externe evaluatie door een onderzoeksbureau in het voorjaar van 2025 "
                "laat zien dat scholen het samenwerkingsverband beter weten te vinden dan vier jaar geleden."),
          ("p", "Tegelijk waren er zorgen. Het aantal leerlingen in het speciaal onderwijs is gestegen, "
                "vooral in cluster 4. De wachtlijsten bij de jeugdhulp zijn lang gebleven. En scholen geven "
                "aan dat de administratieve last rond aanvragen nog steeds hoog is. Deze punten hebben we "
                "meegenomen in de ambities voor de nieuwe periode."),
          ]
    b += filler_visie(v)
    b += [("h1", "Wat elke school biedt: de basisondersteuning"),
          ("p", "Alle besturen in ons samenwerkingsverband hebben afgesproken welke ondersteuning iedere "
                "school, en elke vestiging daarvan, ten minste biedt. Dit noemen wij de basisondersteuning. "
                "Het niveau is voor alle 112 scholen gelijk: een school mag meer bieden, maar niet minder. "
                "Ouders kunnen er dus op rekenen dat deze ondersteuning op iedere school in de regio "
                "aanwezig is, zonder dat daarvoor een aanvraag bij het samenwerkingsverband nodig is."),
          ("p", "De basisondersteuning bestaat uit de volgende onderdelen, die wij samen met de intern "
                "begeleiders hebben uitgewerkt in tien standaarden:"),
          ("bullets", ["Elke school heeft een intern begeleider met ten minste 0,4 fte per 200 leerlingen.",
                       "Elke school werkt met een dyslexieprotocol en een dyscalculieprotocol en kan "
                       "leerlingen met dyslexie compenserende middelen zoals voorleessoftware bieden.",
                       "Elke school heeft een programma voor sociaal-emotionele ontwikkeling en een "
                       "aanpak tegen pesten met een aanspreekpunt.",
                       "Elke school biedt verrijkingsstof voor leerlingen die meer aankunnen.",
                       "Elke school kan een ontwikkelingsperspectiefplan (OPP) opstellen en volgt de "
                       "ontwikkeling van leerlingen met een leerlingvolgsysteem.",
                       "Elke school heeft een schoolondersteuningsteam dat ten minste zes keer per jaar "
                       "bijeenkomt, met de jeugdverpleegkundige en een schoolmaatschappelijk werker.",
                       "Elke school kan eenvoudige medische handelingen uitvoeren volgens het protocol "
                       "medisch handelen.",
                       "Elke school werkt handelingsgericht: groepsplannen of groepsoverzichten, "
                       "leerlingbesprekingen en gesprekken met ouders en kind over wat nodig is."]),
          ("p", "Het samenwerkingsverband bezoekt elke school eens per twee jaar voor een gesprek over de "
                "basisondersteuning aan de hand van een kwaliteitskaart. Blijft een school onder het "
                "afgesproken niveau, dan maakt het bestuur binnen drie maanden een verbeterplan."),
          ("h1", "Extra ondersteuning en het ondersteuningscontinuüm"),
          ("p", "Niet elk kind kan met de basisondersteuning toe. Daarom kennen we een doorlopende lijn "
                "van vijf niveaus. Niveau 1 en 2 vallen binnen de basisondersteuning: de leerkracht in de "
                "groep en de intern begeleider met het schoolondersteuningsteam. Niveau 3 is extra "
                "ondersteuning op de eigen school met een arrangement dat het samenwerkingsverband "
                "toekent, bijvoorbeeld begeleiding door een ambulant begeleider of een "
                "onderwijsassistent voor een aantal uren per week. Niveau 4 is een plaatsing in een "
                "bovenschoolse voorziening, zoals de taalklas in Gouda of de plusklas in Alphen. Niveau 5 "
                "is het speciaal basisonderwijs of het speciaal onderwijs."),
          ("p", "Tussen de niveaus bestaan vaste overgangen. Een school vraagt een arrangement aan via het "
                "ondersteuningsloket; binnen vier weken volgt een besluit. Scholen voor sbo en so in de "
                "regio bieden daarnaast consultatie en observatie aan reguliere scholen. Zo ontstaat een "
                "samenhangend geheel van voorzieningen binnen en tussen de scholen."),
          ("h2", "Thuiszitters en witte vlekken"),
          ("p", "Het samenwerkingsverband vindt het onacceptabel dat kinderen thuiszitten. Een analyse "
                "van de plekken waar het aanbod tekortschiet, volgt in het eerste planjaar. Afspraken over "
                "de aanpak van thuiszitters worden opgenomen in een nieuw thuiszitterspact, dat wij in de "
                "loop van 2027 samen met de gemeenten willen vaststellen."),
          ]
    b += [("h1", "Toelaatbaarheid tot het sbo en so"),
          ("h2", "Procedure"),
          ("p", "Een toelaatbaarheidsverklaring (TLV) wordt aangevraagd door het bevoegd gezag van de school "
                "waar de leerling is ingeschreven of aangemeld. De aanvraag wordt ingediend bij de Commissie "
                "van Toelaatbaarheid (CvT) van het samenwerkingsverband en bevat het OPP, het verslag van het "
                "multidisciplinair overleg en de zienswijze van de ouders. De procedure kent vier stappen:"),
          ("bullets", ["Stap 1: de school bespreekt de ondersteuningsbehoefte in een MDO met ouders en een "
                       "orthopedagoog van het samenwerkingsverband.",
                       "Stap 2: het bestuur dient de aanvraag digitaal in bij de CvT.",
                       "Stap 3: twee deskundigen geven ieder een eigen schriftelijk advies: een orthopedagoog "
                       "of psycholoog en, afhankelijk van de leerling, een kinderarts, maatschappelijk werker "
                       "of kinder- en jeugdpsychiater. Zij zijn niet betrokken geweest bij de aanvraag.",
                       "Stap 4: de CvT besluit binnen zes weken na ontvangst van de volledige aanvraag. "
                       "Ouders ontvangen een afschrift van de adviezen."]),
          ("h2", "Criteria"),
          ("p", "De CvT hanteert de volgende criteria:"),
          ("table", [["Voorziening", "Een leerling is toelaatbaar als"],
                     ["SBO", "de ondersteuningsbehoefte de mogelijkheden van niveau 3 aantoonbaar overstijgt, "
                             "ten minste twee arrangementen zijn ingezet en geëvalueerd, en de leerling baat "
                             "heeft bij kleinere groepen en een specifiek didactisch aanbod"],
                     ["SO cluster 3", "sprake is van een (verstandelijke of lichamelijke) beperking of langdurige "
                                      "ziekte waardoor de leerling ook met arrangement niet in het sbo kan leren"],
                     ["SO cluster 4", "ernstige gedrags- of psychiatrische problematiek een therapeutisch "
                                      "klimaat vereist dat het sbo niet kan bieden"]]),
          ("h2", "Duur, categorie en bezwaar"),
          ("p", "Een TLV voor het sbo wordt afgegeven voor twee schooljaren, een TLV voor het so voor drie "
                "schooljaren, steeds tot en met 31 juli. Voor het so stelt de CvT de bekostigingscategorie "
                "laag, midden of hoog vast. Ouders en het schoolbestuur kunnen binnen zes weken bezwaar maken. "
                "Het samenwerkingsverband is aangesloten bij de Landelijke Bezwaaradviescommissie "
                "Toelaatbaarheidsverklaringen, die advies uitbrengt voordat wij op het bezwaar beslissen."),
          ("h2", "Na afloop van de TLV"),
          ("p", "Uitgangspunt van ons beleid is dat een plaatsing in het sbo of so tijdelijk is als dat kan. "
                "Wij willen dat kinderen terugkeren naar een reguliere school in de buurt zodra hun "
                "ontwikkeling dat toelaat, en dat die terugkeer goed begeleid gebeurt. Een leerling die "
                "terugkeert, krijgt op de ontvangende school gedurende ten minste een half jaar een "
                "terugplaatsingsarrangement met begeleiding vanuit de sbo- of so-school."),
          ("p", "Uiterlijk 1 februari van het laatste jaar van de TLV evalueert de sbo- of so-school het OPP "
                "met de ouders en de orthopedagoog van het samenwerkingsverband. Blijkt terugkeer haalbaar, "
                "dan zoekt de school samen met ouders een reguliere school en vraagt zij het "
                "terugplaatsingsarrangement aan bij het loket. Is terugkeer niet haalbaar, dan vraagt het "
                "bestuur van de speciale school vóór 1 april een nieuwe TLV aan. De CvT besluit in beide "
                "gevallen. In het schooljaar 2024-2025 keerden 38 leerlingen uit het sbo en so terug naar "
                "een reguliere basisschool."),
          ]
    b += [("h1", "Geld en middelen"),
          ("h2", "Inkomsten"),
          ("p", "Het samenwerkingsverband ontvangt van het Rijk middelen voor lichte en zware ondersteuning. "
                "Na aftrek van de afdrachten voor het so en de groeibekostiging van het sbo resteert het "
                "budget waarover wij beslissen. Dit is de grondslag voor de verdeling."),
          ("h2", "Verdeling over besturen en scholen"),
          ("p", "De verdeling verloopt in drie stromen. De eerste stroom gaat rechtstreeks naar de "
                "schoolbesturen: € 165 per leerling op basis van de teldatum 1 februari, plus een vaste voet "
                "van € 9.000 per vestiging. De tweede stroom financiert de arrangementen op niveau 3 en 4 die "
                "het loket toekent, met een vast bedrag van € 4.800 per arrangement per schooljaar. De derde "
                "stroom bekostigt het bureau en de bovenschoolse voorzieningen. Het bestuur stelt de bedragen "
                "jaarlijks vast bij de begroting, na advies van het directeurenoverleg."),
          ("h2", "Besteding en meerjarenbegroting"),
          ("p", "Besturen besteden de middelen uit de eerste stroom aan de basisondersteuning en aan extra "
                "ondersteuning op de eigen scholen en verantwoorden de besteding jaarlijks in een format dat "
                "het samenwerkingsverband aanlevert. De meerjarenbegroting ziet er als volgt uit (bedragen x € 1.000):"),
          ("table", [["Post", "2026", "2027", "2028", "2029"],
                     ["Ondersteuningsmiddelen totaal", "24.850", "24.610", "24.300", "24.050"],
                     ["Afdrachten so en sbo", "11.920", "12.050", "12.140", "12.200"],
                     ["Eerste stroom besturen", "5.530", "5.480", "5.410", "5.360"],
                     ["Arrangementen niveau 3 en 4", "4.320", "4.250", "4.180", "4.100"],
                     ["Bovenschoolse voorzieningen", "1.650", "1.560", "1.520", "1.480"],
                     ["Bureau en personeel", "1.180", "1.200", "1.220", "1.240"],
                     ["Resultaat", "250", "70", "-170", "-330"]]),
          ("p", "De algemene reserve bedraagt eind 2025 € 3,1 miljoen. De signaleringswaarde van de "
                "inspectie wordt daarmee niet overschreden. De negatieve resultaten vanaf 2028 worden uit de "
                "reserve gedekt."),
          ]
    b += [("h1", "Kwaliteitszorg en resultaten"),
          ("h2", "Beoogde resultaten"),
          ("p", "Wij hebben voor deze planperiode de volgende beoogde resultaten voor leerlingen met een "
                "ondersteuningsbehoefte geformuleerd:"),
          ("bullets", ["Het deelnamepercentage so daalt van 2,4% naar ten hoogste 2,1% in 2030.",
                       "Ten minste 85% van de leerlingen met een arrangement niveau 3 blijft op de eigen school.",
                       "Het aantal terugplaatsingen stijgt naar ten minste 50 per jaar.",
                       "Ouders van leerlingen met een arrangement beoordelen de samenwerking met de school "
                       "gemiddeld met ten minste een 7,5."]),
          ("h2", "Monitoring"),
          ("p", "Hoe wij deze resultaten gaan meten, volgen en rapporteren, leggen we vast in een nieuw "
                "monitoringskader. Dit kader is in voorbereiding en wordt na instemming van de OPR aan dit "
                "plan toegevoegd."),
          ("h2", "Kwaliteitszorg van de organisatie"),
          ("p", "Het bureau werkt met een jaarlijkse planning-en-controlcyclus. De accountant controleert de "
                "jaarrekening en de rechtmatigheid van de bestedingen. Het bestuur rapporteert over de "
                "financiële resultaten in het bestuursverslag. Deze cyclus gaat over de organisatie, niet "
                "over de resultaten van leerlingen."),
          ]
    b += [("h1", "Communicatie"),
          ("p", "Een goede communicatie is essentieel voor het vertrouwen in passend onderwijs. We "
                "communiceren met scholen via een nieuwsbrief voor intern begeleiders en directeuren en via "
                "het extranet."),
          ("p", "Ouders informeren wij op drie manieren. Op de website staat per school het "
                "schoolondersteuningsprofiel en een uitleg van de basisondersteuning en de ondersteuningsroute "
                "in gewone taal. Elke school neemt in de schoolgids een vaste paragraaf op die het "
                "samenwerkingsverband aanlevert. Twee keer per jaar organiseren wij een informatieavond voor "
                "ouders in Gouda en in Alphen; de folder 'Wat als mijn kind meer nodig heeft?' ligt op elke "
                "school en bij de consultatiebureaus."),
          ("p", "Ouders die onafhankelijke hulp zoeken, kunnen terecht bij het Ouder- en Jeugdsteunpunt "
                "Gouwe-Rijn, dat los van het samenwerkingsverband werkt en bereikbaar is op werkdagen via "
                "telefoon en e-mail. Daarnaast kunnen ouders gratis een onderwijsconsulent inschakelen. Bij "
                "een geschil over toelating of verwijdering kunnen ouders zich wenden tot de Geschillencommissie "
                "passend onderwijs; klachten over het samenwerkingsverband behandelt de landelijke "
                "klachtencommissie waarbij wij zijn aangesloten."),
          ]
    b += [("h1", "Samenwerking met gemeenten"),
          ("p", "Het samenwerkingsverband werkt samen met vijf gemeenten. Met hen voeren we het op "
                "overeenstemming gericht overleg over dit plan en over de jeugdplannen van de gemeenten. "
                "Gezamenlijke thema's zijn leerlingenvervoer, onderwijshuisvesting, voorschoolse educatie en "
                "de aansluiting tussen onderwijs en jeugdhulp. Op elke school is een schoolmaatschappelijk "
                "werker beschikbaar die door de gemeente wordt gefinancierd."),
          ]
    b += filler_landelijk(v) + filler_communicatie_prof(v)
    b += filler_governance(v) + filler_personeel(v) + filler_ict(v) + filler_planning(v) + filler_vaststelling(v)
    b += glossary(GLOSS_COMMON + [["Arrangement", "Een pakket extra ondersteuning voor een leerling of groep."],
                                  ["Monitoringskader", "Het kader waarmee resultaten worden gevolgd."]])
    b += abbreviations(ABBR_COMMON + [("CvT", "Commissie van Toelaatbaarheid"), ("MDO", "multidisciplinair overleg")])
    crit = {c: True for c in CORE}
    crit["dekkend-aanbod.lacunes"] = False
    crit["resultaten.monitoring"] = False
    adv = {"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
           "terugstroom": ["monitoring"], "financien": ["reserves", "verantwoording"],
           "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]}
    notes = {
        "basisondersteuning": "Chapter 'Wat elke school biedt': agreed minimum for all 112 schools plus eight concrete standards and a kwaliteitskaart visit.",
        "plaatsing": "TLV chapter: four steps, CvT decides within 6 weeks; criteria only in the table per sbo/so cluster 3/4; duration, category, LBT bezwaar.",
        "terugstroom": "Hidden in 'Na afloop van de TLV' inside the TLV chapter: policy (temporary placement, terugplaatsingsarrangement) and procedure (evaluation by 1 Feb, new TLV by 1 April, CvT decides).",
        "financien": "Under 'Geld en middelen': three streams with per-leerling amount and vaste voet, meerjarenbegroting table 2026-2029, reserve.",
        "dekkend-aanbod": "Continuum niveau 1-5 described; gaps/thuiszitters only deferred ('analyse volgt in het eerste planjaar', thuiszitterspact 'in de loop van 2027').",
        "resultaten": "Beoogde resultaten with numbers, but monitoring deferred to a monitoringskader 'in voorbereiding'; the kwaliteitszorg paragraph is about the organisation only.",
        "ouders": "Inside chapter 'Communicatie': website/schoolgids/informatieavonden/folder, plus independent OJSP, onderwijsconsulenten, geschillencommissie.",
    }
    return v, b, crit, adv, notes


# --------------------------------------------------------------------------------------------
# Plan 2: small PO verband, Word. BO and TS missing (only TOC/glossary/deferral), PL partial
# (no criteria), FI partial (begroting p.m.), DA present, RE partial (no doelen), OU present.
# --------------------------------------------------------------------------------------------

V2 = dict(naam="Samenwerkingsverband Primair Onderwijs De Kleine Kernen", kort="SWV De Kleine Kernen",
          code="PO 20-04", periode="2026-2030", traject_maand="januari 2025", directeur="A. Hoekstra-Dijkstra",
          besturen=4, scholen=38, leerlingen="6.100", gemeenten="Lauwerland en Zuidwolde-Marne",
          motto="Dichtbij, als het kan", rvt=5, vestiging="Zoutkamp", opr=8,
          oogo_datum="17 februari 2026", buur="VO Noord-Marne", buur_datum="24 februari 2026",
          opr_datum="25 maart 2026", vast_datum="2 april 2026")


def plan2():
    v = V2
    b = [("title", ["Ondersteuningsplan", v["naam"], f"{v['code']} | planperiode {v['periode']}"]),
         ("toc", None), ("pagebreak", None)]
    b += filler_voorwoord(v)
    b += [("h1", "Ons gebied"),
          ("p", "Ons samenwerkingsverband is klein. De 38 scholen liggen verspreid over een groot, landelijk "
                "gebied met veel dorpen. Elf scholen hebben minder dan vijftig leerlingen. Het "
                "leerlingenaantal daalt al jaren en die daling zet naar verwachting door. Dat betekent dat "
                "scholen kwetsbaar zijn: één vertrekkende intern begeleider kan een groot gat slaan. Het "
                "betekent ook dat voorzieningen ver weg liggen. De dichtstbijzijnde so-school ligt voor "
                "sommige kinderen op meer dan veertig kilometer."),
          ("p", "Er is één school voor speciaal basisonderwijs in het gebied, De Wadden in Zoutkamp, met "
                "ongeveer 90 leerlingen. Scholen voor speciaal onderwijs liggen buiten ons gebied, in de "
                "stad. Het leerlingenvervoer is daardoor een belangrijk gespreksonderwerp met de gemeenten."),
          ("table", [["Gemeente", "Scholen", "Leerlingen 1-10-2025"],
                     ["Lauwerland", "21", "3.380"], ["Zuidwolde-Marne", "17", "2.720"],
                     ["Totaal", "38", "6.100"]])]
    b += filler_inleiding(v) + filler_visie(v)
    b += [("h1", "Basisondersteuning"),
          ("p", "De afspraken over de basisondersteuning uit de vorige planperiode zijn verouderd. De "
                "besturen hebben besloten de landelijke norm basisondersteuning af te wachten. Zodra die "
                "norm bekend is, stellen wij een nieuwe regionale uitwerking op; tot die tijd verwijzen "
                "wij naar de profielen die de scholen zelf publiceren."),
          ("h1", "Het ondersteuningsaanbod in de regio"),
          ("p", "Voor kinderen die meer nodig hebben dan hun school zelf kan bieden, kent ons "
                "samenwerkingsverband een getrapt aanbod. De eerste trede is wat de school zelf organiseert, "
                "met hulp van het eigen bestuur. De tweede trede is een arrangement van het "
                "samenwerkingsverband: de school krijgt voor een periode van maximaal een jaar extra "
                "handen in de klas of begeleiding door een specialist van ons expertiseteam (gedrag, taal, "
                "jonge kind). De derde trede is de bovenschoolse groep De Brug in Zoutkamp, waar kinderen "
                "twee dagen per week les krijgen en de rest van de week op hun eigen school zijn. De vierde "
                "trede is het speciaal basisonderwijs van De Wadden; de vijfde is het speciaal onderwijs "
                "buiten de regio."),
          ("p", "Zo ontstaat een samenhangend geheel van voorzieningen binnen en tussen de scholen. Kinderen "
                "kunnen tussen de treden op en neer bewegen; een arrangement op trede twee kan bijvoorbeeld "
                "na een periode in De Brug worden voortgezet op de eigen school."),
          ("h2", "Geen kind tussen wal en schip"),
          ("p", "Elk schoolbestuur heeft zorgplicht. Lukt het een bestuur niet om binnen zes weken een "
                "passende plek te vinden, dan meldt het de leerling bij het bureau. De directeur heeft dan "
                "doorzettingsmacht: zij kan een school of voorziening vragen de leerling tijdelijk te "
                "plaatsen. Elke maand bespreken het bureau, de leerplichtambtenaren van beide gemeenten en "
                "het wijkteam alle thuiszitters en leerlingen met een vrijstelling in het thuiszittersoverleg; "
                "voor ieder kind wordt een regisseur aangewezen en binnen drie maanden een "
                "onderwijsperspectief gemaakt. Eens per jaar brengen we in kaart voor welke kinderen geen "
                "passend aanbod bestond; in 2025 bleek dat het geval voor jonge kinderen met ernstige "
                "taalontwikkelingsproblemen, waarvoor vanaf 2026 een groep bij De Brug wordt gestart."),
          ("h2", "Onderwijs en jeugdhulp"),
          ("p", "Met de twee gemeenten hebben we afgesproken dat op elke school een jeugdhulpcontactpersoon "
                "beschikbaar is. Voor een klein aantal kinderen bieden we een onderwijs-zorgarrangement aan, "
                "waarbij onderwijs en jeugdhulp samen één plan maken en de kosten delen."),
          ]
    b += [("h1", "Verwijzing naar sbo en so"),
          ("p", "Wanneer een leerling niet langer op een reguliere school kan worden geholpen, kan het "
                "schoolbestuur bij het samenwerkingsverband een toelaatbaarheidsverklaring aanvragen. De "
                "school verzamelt hiervoor het OPP, de handelingsplannen van het afgelopen jaar en de "
                "mening van de ouders. Het bestuur dient de aanvraag in bij de Toewijzingscommissie. Een "
                "orthopedagoog en een tweede deskundige (psycholoog, arts of maatschappelijk werker) "
                "brengen ieder afzonderlijk advies uit. De Toewijzingscommissie besluit binnen zes weken en "
                "stuurt het besluit naar school en ouders."),
          ("p", "De commissie weegt elke aanvraag afzonderlijk. Vaste criteria hanteren wij bewust niet: "
                "elk kind is anders en maatwerk staat voorop. Ouders die het niet eens zijn met het besluit, "
                "kunnen binnen zes weken bezwaar maken; wij vragen dan advies aan de Landelijke "
                "Bezwaaradviescommissie."),
          ("p", "Het beleid voor terugplaatsing en overplaatsing stellen we vast zodra de evaluatie van "
                "de verwijzingsprocedure is afgerond."),
          ]
    b += [("h1", "Financieel beleid"),
          ("p", "Het samenwerkingsverband werkt met een schoolmodel. Van de middelen die na de afdrachten aan "
                "het sbo en so overblijven, gaat 80% naar de vier besturen, verdeeld naar rato van het "
                "aantal leerlingen op 1 oktober van het voorgaande jaar. Kleine scholen met minder dan "
                "vijftig leerlingen krijgen daarbovenop een vaste voet van € 6.000. De overige 20% blijft bij "
                "het samenwerkingsverband voor de arrangementen, De Brug en het expertiseteam. Arrangementen "
                "worden toegekend door de Toewijzingscommissie als de school kan laten zien dat de eigen "
                "inzet niet volstaat; de hoogte is € 3.500 of € 7.000 per schooljaar, afhankelijk van de "
                "omvang."),
          ("p", "De meerjarenbegroting 2026-2029 wordt na vaststelling door het bestuur in december 2026 "
                "aan dit plan toegevoegd. Onderstaand overzicht geeft de indeling weer."),
          ("table", [["Post", "2026", "2027", "2028", "2029"],
                     ["Baten ondersteuningsmiddelen", "p.m.", "p.m.", "p.m.", "p.m."],
                     ["Afdrachten", "p.m.", "p.m.", "p.m.", "p.m."],
                     ["Besturen (80%)", "p.m.", "p.m.", "p.m.", "p.m."],
                     ["Arrangementen en De Brug", "p.m.", "p.m.", "p.m.", "p.m."],
                     ["Bureau", "p.m.", "p.m.", "p.m.", "p.m."]]),
          ]
    b += [("h1", "Kwaliteit en resultaten"),
          ("p", "De beoogde resultaten voor de nieuwe planperiode bepalen we samen met de besturen nadat "
                "in 2026-2027 een nulmeting is uitgevoerd."),
          ("p", "Het bureau rapporteert elk kwartaal aan het bestuur over een vaste set indicatoren: het "
                "aantal aanvragen en toegekende arrangementen, het aantal TLV's per soort, het aantal "
                "leerlingen in De Brug, het aantal thuiszitters en de doorlooptijden. Aan het eind van elk "
                "arrangement evalueren school, ouders en expertiseteam met een vast formulier of de doelen "
                "uit het OPP zijn gehaald; de uitkomsten worden per bestuur geanalyseerd. De bevindingen "
                "worden jaarlijks in het jaarverslag gerapporteerd en besproken met de OPR en de "
                "directeuren."),
          ]
    b += [("h1", "Ouders en leerlingen"),
          ("p", "Ouders zijn de eerste deskundigen van hun kind. Wij informeren ouders via onze website, "
                "waar een ouderpagina staat met uitleg over het ondersteuningsaanbod, De Brug en de "
                "verwijzingsprocedure. Alle scholen nemen een door ons opgestelde tekst op in de schoolgids. "
                "Daarnaast is er de ouderbrochure 'Extra steun voor je kind', die de intern begeleider "
                "meegeeft bij het eerste gesprek over extra ondersteuning. Twee keer per jaar spreekt het "
                "bureau met een ouderpanel van acht ouders."),
          ("p", "Voor onafhankelijke informatie en advies kunnen ouders terecht bij het Steunpunt Ouders "
                "en Jeugd Noord, dat wij samen met drie andere samenwerkingsverbanden financieren maar dat "
                "onafhankelijk werkt. Ook kunnen ouders een onderwijsconsulent inschakelen. Ouders die een "
                "klacht hebben over het samenwerkingsverband, kunnen terecht bij de landelijke "
                "klachtencommissie."),
          ]
    b += filler_landelijk(v) + filler_communicatie_prof(v) + filler_organisatie(v) + filler_risico(v)
    b += filler_governance(v) + filler_personeel(v) + filler_ict(v) + filler_planning(v)
    b += [("h1", "Overleg met gemeenten"),
          ("p", "Het op overeenstemming gericht overleg met de gemeenten Lauwerland en Zuidwolde-Marne vindt "
                "tweemaal per jaar plaats. Vaste onderwerpen zijn het leerlingenvervoer, de huisvesting van "
                "De Brug en de inzet van jeugdhulp op school.")]
    b += filler_vaststelling(v)
    b += glossary(GLOSS_COMMON + [["Trede", "Een van de vijf niveaus van het ondersteuningsaanbod."]])
    b += abbreviations(ABBR_COMMON)
    crit = {c: True for c in CORE}
    for c in ["basisondersteuning.niveau", "basisondersteuning.inhoud", "plaatsing.criteria",
              "terugstroom.procedure", "terugstroom.beleid", "financien.besteding", "resultaten.doelen"]:
        crit[c] = False
    adv = {"plaatsing": ["deskundigen", "bezwaar"], "dekkend-aanbod": ["ketenpartners"],
           "ouders": ["betrokkenheid"]}
    notes = {
        "basisondersteuning": "Chapter 'Basisondersteuning' only defers (awaiting landelijke norm, refers to schools' own profiles); definition only in the begrippenlijst.",
        "plaatsing": "'Verwijzing naar sbo en so' gives applicant, dossier, commission, two deskundigen, 6 weeks, bezwaar; explicitly no criteria ('vaste criteria hanteren wij bewust niet').",
        "terugstroom": "Only a deferral sentence at the end of the verwijzing chapter and the glossary entry.",
        "financien": "Verdeling (80/20 schoolmodel, vaste voet, arrangement amounts) addressed; meerjarenbegroting deferred and table is all p.m.",
        "dekkend-aanbod": "Five 'treden' continuum; 'Geen kind tussen wal en schip': zorgplicht, doorzettingsmacht, monthly thuiszittersoverleg, yearly gap analysis.",
        "resultaten": "Doelen deferred to after a nulmeting; monitoring (quarterly indicators, arrangement evaluations, jaarverslag) addressed.",
        "ouders": "'Ouders en leerlingen': website ouderpagina, schoolgids text, brochure, ouderpanel; independent Steunpunt Ouders en Jeugd Noord and onderwijsconsulent.",
    }
    return v, b, crit, adv, notes


# --------------------------------------------------------------------------------------------
# Plan 3: PO verband, PDF from Word. BO present (unusual wording), PL partial (no procedure),
# TS partial (beleid only; procedure in an absent bijlage), FI present (tables only),
# DA missing, RE present (unusual headings), OU partial (only steunpunt, under Klachten).
# --------------------------------------------------------------------------------------------

V3 = dict(naam="Stichting Passend Onderwijs Delta-Oost", kort="Passend Onderwijs Delta-Oost",
          code="PO 30-07", periode="2026-2030", traject_maand="november 2024", directeur="R. Verschuren",
          besturen=9, scholen=64, leerlingen="14.800", gemeenten="Halsteren-Oost, Moerdijkland en Steenbergen-Noord",
          motto="Ieder kind telt mee", rvt=5, vestiging="Roosendaal", opr=12,
          oogo_datum="19 maart 2026", buur="VO Delta-Oost", buur_datum="26 maart 2026",
          opr_datum="14 april 2026", vast_datum="21 april 2026")


def plan3():
    v = V3
    b = [("title", ["Koers op maat", "Ondersteuningsplan " + v["periode"], v["naam"], v["code"]]),
         ("toc", None), ("pagebreak", None)]
    b += filler_voorwoord(v) + filler_inleiding(v) + filler_regio(v) + filler_visie(v)
    b += [("h1", "Wat u op iedere school mag verwachten"),
          ("p", "De negen schoolbesturen hebben met elkaar een ondergrens afgesproken: een set voorzieningen "
                "die op iedere locatie van iedere school in Delta-Oost aanwezig is. Geen school zakt daar "
                "onder. Deze gezamenlijke ondergrens is wat elders basisondersteuning heet; in Delta-Oost "
                "spreken we van 'de vloer'."),
          ("table", [["Onderdeel van de vloer", "Wat dat op iedere school betekent"],
                     ["Begeleiding", "een intern begeleider die ten minste twee dagdelen per week beschikbaar is voor leerlingbesprekingen en gesprekken met ouders"],
                     ["Lezen en rekenen", "een protocol voor leesproblemen en dyslexie en een rekenprotocol, met extra instructie in kleine groepjes"],
                     ["Gedrag", "een methode voor sociale veiligheid, een gedragsspecialist binnen het bestuur die binnen twee weken kan meekijken"],
                     ["Taal", "extra taalaanbod voor nieuwkomers en leerlingen met een taalachterstand"],
                     ["Talent", "een verrijkingsaanbod voor leerlingen die meer aankunnen"],
                     ["Zorg en gezondheid", "afspraken over medicijnverstrekking en medisch handelen, en een vaste contactpersoon van de jeugdgezondheidszorg"]]),
          ("p", "Ieder voorjaar vullen de scholen een zelfevaluatie op de vloer in, die wij met het bestuur "
                "bespreken."),
          ]
    b += [("h1", "Toelaatbaarheid"),
          ("p", "Het samenwerkingsverband beslist of een leerling toelaatbaar is tot het speciaal "
                "basisonderwijs of het speciaal onderwijs. Een leerling is toelaatbaar tot het sbo als de "
                "school en het bestuur aantoonbaar een jaar extra ondersteuning hebben geboden, de "
                "leerling op ten minste twee vakgebieden meer dan een jaar achterloopt of ernstige "
                "problemen in de werkhouding heeft, en een kleinere groep met specialistische begeleiding "
                "naar verwachting wel tot ontwikkeling leidt. Een leerling is toelaatbaar tot het so als "
                "daarnaast een beperking, stoornis of ziekte is vastgesteld waardoor ook het sbo geen "
                "passend aanbod kan doen, of als de veiligheid van de leerling of medeleerlingen in het sbo "
                "niet kan worden gewaarborgd. De TLV geldt tot en met 31 juli van het tweede volledige "
                "schooljaar na afgifte."),
          ("p", "De aanvraagprocedure wordt per 1 augustus 2026 vernieuwd. Hoe scholen vanaf dan een "
                "aanvraag doen, wie daarover beslist en binnen welke termijn, wordt beschreven in een "
                "handreiking die de scholen in het voorjaar van 2026 ontvangen."),
          ("h1", "Terug naar de basisschool"),
          ("p", "Wij zien een plaatsing in het sbo of so als een tijdelijke stap wanneer dat voor het kind "
                "mogelijk is. Ons beleid is dat terugkeer naar een reguliere school in de eigen woonplaats "
                "steeds het eerste alternatief is wanneer een kind zich voldoende heeft ontwikkeld. Voorwaarden zijn dat het OPP laat "
                "zien dat de leerling zich in een grotere groep kan handhaven, dat ouders de stap steunen en "
                "dat de ontvangende school de nodige ondersteuning kan organiseren. Iedere teruggeplaatste "
                "leerling krijgt een nazorgarrangement: een half jaar ambulante begeleiding door de "
                "sbo- of so-school, volledig bekostigd door het samenwerkingsverband."),
          ("p", "Het draaiboek terugplaatsing in bijlage 7 beschrijft hoe en wanneer dit in de praktijk "
                "verloopt."),
          ]
    b += [("h1", "Middelen"),
          ("p", "De tabellen hieronder geven weer hoe wij de ondersteuningsmiddelen verdelen en waaraan zij "
                "in de planperiode worden besteed."),
          ("table", [["Verdeelmodel", "Grondslag", "Bedrag 2026", "Besluit door"],
                     ["Schoolbudget", "per leerling op teldatum 1 februari", "€ 150 per leerling", "bestuur SWV, jaarlijks bij begroting"],
                     ["Vaste voet", "per schoollocatie", "€ 7.500 per locatie", "bestuur SWV"],
                     ["Individueel arrangement", "toekenning na aanvraag, max. 1 schooljaar", "€ 5.000 per arrangement", "toewijzingsteam"],
                     ["Nazorgarrangement terugplaatsing", "per teruggeplaatste leerling", "€ 2.500", "toewijzingsteam"]]),
          ("table", [["Meerjarenbegroting (x € 1.000)", "2026", "2027", "2028", "2029"],
                     ["Rijksbijdrage ondersteuning", "13.420", "13.300", "13.180", "13.050"],
                     ["Afdracht so via DUO", "5.870", "5.910", "5.950", "5.990"],
                     ["Groeibekostiging en afdracht sbo", "2.310", "2.290", "2.270", "2.250"],
                     ["Schoolbudgetten en vaste voet", "2.700", "2.670", "2.640", "2.600"],
                     ["Arrangementen incl. nazorg", "1.650", "1.600", "1.560", "1.520"],
                     ["Bureau, toewijzingsteam, huisvesting", "890", "905", "920", "935"],
                     ["Saldo", "0", "-75", "-160", "-245"]]),
          ]
    b += [("h1", "Wat willen we bereiken en hoe houden we dat bij"),
          ("p", "Voor kinderen die extra ondersteuning nodig hebben, willen wij aan het eind van deze "
                "planperiode het volgende bereikt hebben:"),
          ("bullets", ["90% van de leerlingen met een individueel arrangement haalt de doelen uit het OPP.",
                       "Ten minste 15% van de sbo-leerlingen stroomt binnen drie jaar terug naar een reguliere school.",
                       "Het aandeel leerlingen dat het sbo verlaat met een uitstroomniveau dat past bij de "
                       "prognose uit het OPP, stijgt van 72% naar 85%."]),
          ("p", "Het toewijzingsteam registreert bij elk arrangement de doelen en de evaluatie. Twee keer per "
                "jaar, in februari en juli, maakt de kwaliteitsmedewerker een rapportage over deze "
                "indicatoren per bestuur. Het bestuur bespreekt de rapportage met de directeuren en de OPR; "
                "wijken de uitkomsten af van de streefwaarden, dan volgen verbeterafspraken per bestuur. In "
                "het jaarverslag staan de bereikte resultaten naast de doelen en de bestede middelen."),
          ]
    b += [("h1", "Ouders"),
          ("p", "Ouders zijn onmisbaar in passend onderwijs. Een communicatieplan richting ouders, waarin "
                "staat via welke kanalen wij hen over de voorzieningen informeren, wordt in het schooljaar "
                "2026-2027 opgesteld."),
          ("h1", "Klachten en geschillen"),
          ("p", "Soms verschillen ouders en school of samenwerkingsverband van mening. Ouders kunnen dan "
                "kosteloos hulp krijgen van het Ouder- en Jeugdsteunpunt Delta, dat onafhankelijk van de "
                "besturen werkt en hen kan adviseren en bijstaan in gesprekken. Ook kunnen zij een "
                "onderwijsconsulent inschakelen. Bij geschillen over toelating, verwijdering of het OPP "
                "kunnen ouders terecht bij de Geschillencommissie passend onderwijs. Klachten over het "
                "samenwerkingsverband worden behandeld door de Landelijke Klachtencommissie Onderwijs."),
          ]
    b += filler_landelijk(v) + filler_communicatie_prof(v) + filler_organisatie(v) + filler_risico(v)
    b += filler_governance(v) + filler_personeel(v) + filler_ict(v) + filler_planning(v)
    b += filler_vaststelling(v)
    b += glossary(GLOSS_COMMON + [["De vloer", "De gezamenlijke ondergrens van ondersteuning in Delta-Oost."],
                                  ["Thuiszitter", "Een leerplichtige leerling die zonder vrijstelling niet naar school gaat."]])
    b += abbreviations(ABBR_COMMON + [("DUO", "Dienst Uitvoering Onderwijs")])
    crit = {c: True for c in CORE}
    for c in ["plaatsing.procedure", "terugstroom.procedure", "dekkend-aanbod.continuum",
              "dekkend-aanbod.lacunes", "ouders.informatie"]:
        crit[c] = False
    adv = {"basisondersteuning": ["borging"], "plaatsing": ["duur-categorie"],
           "financien": [], "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]}
    notes = {
        "basisondersteuning": "Called 'de vloer' in 'Wat u op iedere school mag verwachten': agreed floor for every location, contents in a table.",
        "plaatsing": "Criteria for sbo and so given in prose; the procedure (who applies, who decides, termijn) is deferred to a future handreiking.",
        "terugstroom": "'Terug naar de basisschool' states policy, conditions and nazorgarrangement; the how/when is only in absent bijlage 7.",
        "financien": "Content only in two tables under 'Middelen': verdeelmodel with grondslag/bedrag/besluit, meerjarenbegroting 2026-2029.",
        "dekkend-aanbod": "No description of a continuum or of gaps/thuiszitters; 'thuiszitter' only in the glossary, OOGO only as a date in 'Vaststelling'.",
        "resultaten": "'Wat willen we bereiken en hoe houden we dat bij': three measurable aims, half-yearly rapportage, jaarverslag.",
        "ouders": "Informatie deferred to a communicatieplan 2026-2027; independent OJSP, onderwijsconsulent, geschillencommissie under 'Klachten en geschillen'.",
    }
    return v, b, crit, adv, notes


# --------------------------------------------------------------------------------------------
# Plan 4: VO verband, PDF from Word. BO partial (content in absent bijlage), PL present
# (vso + lwoo + pro), TS partial (procedure only), FI partial (begroting, verdeelmodel deferred),
# DA present, RE missing, OU partial (no steunpunt yet).
# --------------------------------------------------------------------------------------------

V4 = dict(naam="Samenwerkingsverband Voortgezet Onderwijs Heuvelrug-Vallei", kort="SWV VO Heuvelrug-Vallei",
          code="VO 26-09", periode="2026-2030", traject_maand="oktober 2024", directeur="ir. S. el Amrani",
          besturen=8, scholen=19, leerlingen="16.900", gemeenten="Veenendaal-Noord, Rhenen-Heuvel en Leusden-Oost",
          motto="Iedere jongere een plek, een pad en een perspectief", rvt=5, vestiging="Veenendaal", opr=10,
          oogo_datum="10 maart 2026", buur="PO Heuvelrug-Vallei", buur_datum="12 maart 2026",
          opr_datum="9 april 2026", vast_datum="16 april 2026", raad="VO-raad", cao="voortgezet onderwijs")


def plan4():
    v = V4
    b = [("title", ["Ondersteuningsplan " + v["periode"], v["naam"], v["code"], "Definitieve versie"]),
         ("toc", None), ("pagebreak", None)]
    b += filler_voorwoord(v) + filler_inleiding(v) + filler_regio(v)
    b += [("h1", "Kengetallen"),
          ("table", [["Schoolsoort", "Vestigingen", "Leerlingen 1-10-2025"],
                     ["Vwo/havo/vmbo (scholengemeenschappen)", "12", "13.650"],
                     ["Vmbo (categoraal)", "3", "1.880"],
                     ["Praktijkonderwijs", "2", "610"],
                     ["Vso (cluster 3 en 4)", "2", "760"]]),
          ("p", "Het leerlingenaantal blijft de komende jaren naar verwachting stabiel. In Veenendaal groeit "
                "het aantal leerlingen licht, in de kleinere kernen daalt het.")]
    b += filler_visie(v)
    b += [("h1", "Ondersteuning in de school"),
          ("p", "Alle VO-scholen in het samenwerkingsverband bieden hetzelfde afgesproken niveau van "
                "basisondersteuning. Dit niveau geldt als minimum voor iedere vestiging, ongeacht "
                "schoolsoort of denominatie, en is door alle besturen onderschreven. De inhoud van de "
                "basisondersteuning is uitgewerkt in de Kaart Basisondersteuning VO (bijlage 3)."),
          ("p", "Is meer nodig dan de basisondersteuning, dan zet de school extra ondersteuning in op de "
                "eigen vestiging, zo nodig met een arrangement van het samenwerkingsverband voor "
                "begeleiding in of buiten de klas. Is ook dat onvoldoende, dan kan de school een plek aanvragen in het orthopedagogisch-didactisch centrum De "
                "Overstap, waar leerlingen maximaal een half jaar verblijven met behoud van inschrijving op "
                "hun eigen school. Daarna volgen het praktijkonderwijs en het vso. Scholen werken hierbij "
                "samen: een havist met een tijdelijke ondersteuningsbehoefte kan bijvoorbeeld een rebound-"
                "traject volgen op een andere school. Zo is er een doorlopende reeks van voorzieningen "
                "binnen en tussen de scholen."),
          ("h2", "Een passende plek voor elke jongere"),
          ("p", "Het samenwerkingsverband brengt ieder jaar in februari samen met de besturen in kaart welke "
                "jongeren geen passende plek hebben of dreigen uit te vallen, en welke soort aanbod "
                "ontbreekt. Alle jongeren die langer dan vier weken thuiszitten, worden besproken aan de "
                "Thuiszitterstafel met leerplicht, jeugdhulp en de betrokken school. Lukt het een bestuur "
                "niet om binnen de zorgplichttermijn een plek te vinden, dan beslist de directeur-bestuurder "
                "welke school de leerling plaatst; dat besluit is bindend voor alle besturen. Waar "
                "structureel aanbod ontbreekt, zoals voor hoogbegaafde jongeren met faalangst, richten we "
                "samen met een school een nieuwe voorziening in."),
          ("h2", "Samen met gemeenten en jeugdhulp"),
          ("p", "Met de drie gemeenten zijn onderwijs-zorgarrangementen afgesproken voor jongeren die "
                "zowel onderwijs als jeugdhulp nodig hebben. De gemeenten financieren de jeugdhulp op "
                "school, het samenwerkingsverband het onderwijsdeel."),
          ]
    b += [("h1", "Toelaatbaarheid en toewijzing"),
          ("h2", "Vso"),
          ("p", "Het bevoegd gezag van de VO-school waar de leerling staat ingeschreven, of van de vso-school "
                "waar de leerling is aangemeld, vraagt de TLV aan bij de Commissie Toewijzing Ondersteuning "
                "(CTO). Bij de aanvraag horen het OPP, een verslag van het overleg met ouders en jongere, "
                "en het handelingsdeel van het afgelopen halfjaar. Een orthopedagoog of psycholoog en een "
                "tweede deskundige, afhankelijk van de problematiek, adviseren ieder afzonderlijk. De CTO "
                "besluit binnen zes weken. Een jongere is toelaatbaar tot het vso als aan de volgende "
                "voorwaarden is voldaan:"),
          ("bullets", ["er is sprake van een langdurige ondersteuningsbehoefte op het gebied van leren, "
                       "gedrag of gezondheid die de mogelijkheden van De Overstap en van de extra "
                       "ondersteuning op de reguliere school overstijgt;",
                       "de reguliere school heeft de ondersteuning ten minste een half jaar planmatig "
                       "ingezet en geëvalueerd, tenzij sprake is van een crisis;",
                       "de jongere heeft een gestructureerde, kleinschalige omgeving met specialistische "
                       "begeleiding nodig om een diploma of een passend uitstroomprofiel te halen."]),
          ("p", "De TLV geldt in de regel twee schooljaren; de CTO stelt de bekostigingscategorie vast. "
                "Tegen het besluit kunnen ouders en schoolbestuur binnen zes weken bezwaar maken; de "
                "bezwaarschriftencommissie brengt daarover advies uit."),
          ("h2", "Lwoo en praktijkonderwijs"),
          ("p", "Voor het leerwegondersteunend onderwijs en het praktijkonderwijs volgen wij de landelijke "
                "criteria: een IQ tussen 75 en 90 (lwoo) of tussen 55 en 80 (pro) in combinatie met een "
                "leerachterstand op ten minste twee van de vier domeinen. De basisschool levert vóór 1 "
                "februari het onderwijskundig rapport en de toetsgegevens aan; de VO-school waar de "
                "leerling is aangemeld, dient de aanvraag in bij de CTO, die uiterlijk 1 mei beslist. Een "
                "aanwijzing lwoo geldt voor de duur van de opleiding."),
          ("h2", "Terugkeer uit het vso"),
          ("p", "In oktober van het laatste TLV-jaar organiseert de vso-school een evaluatie-MDO met de "
                "jongere, de ouders en de adviseur van het samenwerkingsverband. Uiterlijk 1 maart meldt de "
                "vso-school bij de CTO of de leerling teruggaat naar het regulier voortgezet onderwijs of "
                "een nieuwe TLV nodig heeft. De CTO besluit. Bij terugkeer draagt de vso-school het dossier "
                "over aan de ontvangende VO-school; de TLV eindigt op 31 juli."),
          ]
    b += [("h1", "Financiën"),
          ("p", "Het huidige verdeelmodel wordt in 2026-2027 herijkt. Totdat een nieuw model is vastgesteld, "
                "besluit het bestuur jaarlijks over de toekenning aan de besturen."),
          ("p", "De begroting voor de planperiode ziet er als volgt uit (bedragen x € 1.000):"),
          ("table", [["Post", "2026", "2027", "2028", "2029"],
                     ["Lichte ondersteuning (incl. lwoo/pro)", "9.840", "9.810", "9.790", "9.760"],
                     ["Zware ondersteuning", "8.120", "8.090", "8.060", "8.040"],
                     ["Afdracht vso via DUO", "-5.460", "-5.480", "-5.500", "-5.520"],
                     ["Afdracht lwoo en pro aan besturen", "-6.950", "-6.930", "-6.910", "-6.890"],
                     ["Toekenning aan schoolbesturen", "-3.100", "-3.050", "-3.000", "-2.960"],
                     ["OPDC De Overstap", "-1.280", "-1.300", "-1.320", "-1.340"],
                     ["Thuiszitterstafel en onderwijs-zorgarrangementen", "-420", "-430", "-440", "-450"],
                     ["Bureau en CTO", "-710", "-720", "-730", "-740"],
                     ["Saldo", "40", "-10", "-60", "-100"]]),
          ("p", "Het weerstandsvermogen bedraagt begin 2026 11% van de baten en blijft binnen de norm die het "
                "bestuur hanteert."),
          ("h1", "Kwaliteitszorg"),
          ("p", "Het samenwerkingsverband werkt aan een cultuur van leren en verbeteren. De accountant "
                "controleert jaarlijks de jaarrekening; het bestuursverslag wordt gepubliceerd op de website. "
                "Beoogde resultaten voor jongeren met een ondersteuningsbehoefte en de manier waarop wij "
                "die volgen, formuleren we in de loop van 2027, wanneer de nieuwe landelijke monitor "
                "beschikbaar komt."),
          ]
    b += [("h1", "Ouders en jongeren"),
          ("p", "Ouders en jongeren informeren wij via de website, waar per school de "
                "ondersteuningsmogelijkheden zijn beschreven, en via de schoolgidsen, die een vaste "
                "paragraaf over passend onderwijs bevatten. Voor ouders van leerlingen in groep 8 "
                "organiseren wij in november een informatieavond over de overstap naar het voortgezet "
                "onderwijs, lwoo en praktijkonderwijs. De ondersteuningscoördinator bespreekt met ouders "
                "welke ondersteuning de school kan bieden."),
          ("p", "Met vragen kunnen ouders in eerste instantie terecht bij de mentor of de "
                "ondersteuningscoördinator van de school. Een ouder- en jeugdsteunpunt wordt ingericht "
                "zodra de wettelijke verplichting daartoe ingaat; nadere informatie volgt."),
          ]
    b += filler_landelijk(v) + filler_communicatie_prof(v) + filler_organisatie(v) + filler_risico(v)
    b += filler_governance(v) + filler_personeel(v) + filler_ict(v) + filler_planning(v) + filler_vaststelling(v)
    b += glossary([["Basisondersteuning", "Het afgesproken minimumniveau van ondersteuning op iedere VO-school."],
                   ["Lwoo", "Leerwegondersteunend onderwijs."],
                   ["OPDC", "Orthopedagogisch-didactisch centrum."],
                   ["Resultaten", "De beoogde en bereikte resultaten van het samenwerkingsverband."],
                   ["Terugplaatsing", "Terugkeer van een vso-leerling naar het regulier voortgezet onderwijs."],
                   ["Ouder- en jeugdsteunpunt", "Onafhankelijk steunpunt voor ouders en jongeren."],
                   ["Verdeelmodel", "De regels volgens welke het samenwerkingsverband middelen verdeelt."]])
    b += abbreviations([("CTO", "Commissie Toewijzing Ondersteuning"), ("LWOO", "leerwegondersteunend onderwijs"),
                        ("OPDC", "orthopedagogisch-didactisch centrum"), ("OPP", "ontwikkelingsperspectiefplan"),
                        ("OPR", "ondersteuningsplanraad"), ("PrO", "praktijkonderwijs"),
                        ("TLV", "toelaatbaarheidsverklaring"), ("VSO", "voortgezet speciaal onderwijs")])
    crit = {c: True for c in CORE}
    for c in ["basisondersteuning.inhoud", "terugstroom.beleid", "financien.verdeling",
              "resultaten.doelen", "resultaten.monitoring", "ouders.steunpunt"]:
        crit[c] = False
    adv = {"plaatsing": ["deskundigen", "duur-categorie", "bezwaar"], "financien": ["reserves"],
           "dekkend-aanbod": ["ketenpartners"], "ouders": ["betrokkenheid"]}
    notes = {
        "basisondersteuning": "'Ondersteuning in de school' states the common minimum level for every vestiging, but the content is only in absent bijlage 3 (Kaart Basisondersteuning VO).",
        "plaatsing": "'Toelaatbaarheid en toewijzing': vso procedure (CTO, deskundigen, 6 weeks) and criteria list, lwoo/pro national criteria and procedure with dates.",
        "terugstroom": "'Terugkeer uit het vso' (inside the TLV chapter) gives steps, actors and dates, but no policy: no aim, conditions or support after return.",
        "financien": "Begroting table 2026-2029 with amounts; the verdeelmodel is being 'herijkt' and only 'het bestuur besluit jaarlijks' remains, no criteria.",
        "dekkend-aanbod": "Continuum basis -> extra -> OPDC -> pro/vso, rebound; yearly gap inventory, Thuiszitterstafel, binding decision by directeur-bestuurder.",
        "resultaten": "Nothing: 'Kwaliteitszorg' is about the accountant, and results plus monitoring are deferred to 'in de loop van 2027'; word only in glossary.",
        "ouders": "Informatie via website, schoolgids, groep-8 avond; independent help only deferred ('nadere informatie volgt'), mentor/coordinator are not independent.",
    }
    return v, b, crit, adv, notes


# --------------------------------------------------------------------------------------------
# Plan 5: PO verband, Markdown web version. BO partial (content per bestuur, no common level),
# PL missing (website reference), TS present (under 'Doorstroom en overstap'), FI missing
# (separate document), DA partial (lacunes only), RE present, OU missing (heading 'volgt').
# --------------------------------------------------------------------------------------------

V5 = dict(naam="Samenwerkingsverband Passend Onderwijs Waterland-Noord", kort="SWV Waterland-Noord",
          code="PO 27-12", periode="2026-2030", traject_maand="februari 2025", directeur="drs. K. Bakker",
          besturen=6, scholen=47, leerlingen="9.300", gemeenten="Purmerland-Noord, Edam-Zeevang-Oost en Beemsterkoog",
          motto="Gewoon goed onderwijs, ook als het anders moet", rvt=5, vestiging="Purmerend", opr=10,
          oogo_datum="3 maart 2026", buur="VO Waterland", buur_datum="5 maart 2026",
          opr_datum="2 april 2026", vast_datum="9 april 2026", voorwoord_extra=" en met intern begeleiders van kleine scholen")


def plan5():
    v = V5
    b = [("title", ["Ondersteuningsplan " + v["periode"] + " (webversie)", v["naam"], v["code"]]),
         ("toc", None)]
    b += filler_voorwoord(v) + filler_inleiding(v) + filler_regio(v)
    b += [("h1", "Terugblik 2022-2026"),
          ("p", "De vorige planperiode stond in het teken van herstel na de coronajaren en van de invoering "
                "van een nieuwe werkwijze op het bureau. We hebben het aantal overleggen teruggebracht, een "
                "nieuwe website gelanceerd en de samenwerking met de wijkteams geïntensiveerd. Niet alles "
                "is gelukt: de plannen voor een regionale hoogbegaafdheidsvoorziening zijn niet van de grond "
                "gekomen en de vacatures voor orthopedagogen bleven lang open."),
          ("p", "Uit gesprekken met directeuren bleek dat zij behoefte hebben aan minder papier en meer "
                "mensen. Dat advies nemen we ter harte. In deze periode verschuift de inzet van het bureau "
                "van beoordelen naar meedenken."),
          ]
    b += filler_visie(v)
    b += [("h1", "Basisondersteuning bij onze besturen"),
          ("p", "Ieder schoolbestuur bepaalt zelf het niveau van de basisondersteuning op zijn scholen. Een "
                "gezamenlijk minimum voor het hele samenwerkingsverband is in de afgelopen periode besproken, "
                "maar daarover is geen overeenstemming bereikt. Wel beschrijven de besturen hieronder wat "
                "ouders op hun scholen kunnen verwachten."),
          ("table", [["Bestuur", "Wat ouders op de scholen van dit bestuur kunnen verwachten"],
                     ["Stichting Openbaar Onderwijs Waterland (14 scholen)", "intern begeleider op elke school, dyslexieprotocol, Kanjertraining, plusklas op bestuursniveau één dag per week"],
                     ["Stichting Katholiek Onderwijs Noord (12 scholen)", "intern begeleider, gedragsspecialist per cluster van vier scholen, rekenprotocol ERWD, leesinterventie in groep 3"],
                     ["Vereniging Christelijk Onderwijs De Beemster (9 scholen)", "intern begeleider, taalklas voor nieuwkomers op twee locaties, protocol medisch handelen"],
                     ["Overige drie besturen (12 scholen)", "intern begeleider en de protocollen van hun bestuur; details in de schoolgids"]]),
          ("h1", "Thuiszitters en zorgplicht"),
          ("p", "In ons gebied zaten op 1 oktober 2025 zeventien leerplichtige kinderen thuis zonder passend "
                "onderwijs. Dat zijn er zeventien te veel. Daarom hebben we met de drie gemeenten een "
                "thuiszittersprotocol afgesproken. Iedere school meldt een leerling die tien dagen "
                "aaneengesloten niet of nauwelijks naar school gaat, bij leerplicht en bij het "
                "samenwerkingsverband. Binnen twee weken volgt een overleg waarin school, ouders, "
                "leerplicht, jeugdhulp en een adviseur van het samenwerkingsverband afspreken wie wat doet. "
                "Vindt het schoolbestuur binnen de zorgplichttermijn geen plek, dan beslist de "
                "directeur-bestuurder na overleg met de besturen welke school de leerling opvangt."),
          ("p", "Daarnaast houdt het bureau een overzicht bij van leerlingen voor wie in de regio geen "
                "passend aanbod bestaat. Dat overzicht wordt twee keer per jaar besproken met de besturen, "
                "die dan afspreken welk bestuur een oplossing ontwikkelt."),
          ]
    b += [("h1", "Doorstroom en overstap"),
          ("h2", "Van basisschool naar voortgezet onderwijs"),
          ("p", "De overstap naar het voortgezet onderwijs verloopt volgens de Plaatsingswijzer en de "
                "afspraken van de POVO-overdracht. Leerlingen met een ondersteuningsbehoefte krijgen een "
                "warme overdracht."),
          ("h2", "Van sbo en so terug naar de reguliere school"),
          ("p", "Ons beleid is dat een kind dat in het speciaal (basis)onderwijs voldoende is gegroeid, "
                "teruggaat naar een gewone school dicht bij huis. We willen dat ieder jaar opnieuw wordt "
                "bekeken of dat kan, en dat terugkeer niet afhangt van toevallige contacten. Voorwaarde is "
                "dat de ontvangende school voorbereid is en dat ouders erachter staan. Een kind dat "
                "terugkeert, krijgt een terugkeerarrangement: de leerkracht van de sbo- of so-school "
                "begeleidt het eerste halfjaar wekelijks op de nieuwe school."),
          ("p", "De werkwijze is als volgt. Elk jaar in januari bespreekt de commissie van begeleiding van "
                "de sbo- of so-school met ouders en de adviseur van het samenwerkingsverband of terugkeer "
                "in beeld is. Zo ja, dan zoekt de speciale school samen met ouders een reguliere school en "
                "regelt zij een kennismaking en een proefperiode van zes weken. Na de proefperiode "
                "beslissen ouders, beide scholen en de adviseur samen of de overstap definitief wordt; de "
                "adviseur legt het besluit vast en het samenwerkingsverband kent het terugkeerarrangement "
                "toe. Is terugkeer nog niet mogelijk, dan wordt dat in het OPP gemotiveerd en vóór het "
                "aflopen van de TLV bekeken of een nieuwe verklaring nodig is."),
          ("h2", "Naar sbo of so"),
          ("p", "Voor de aanvraag van een toelaatbaarheidsverklaring verwijzen wij naar de routekaart "
                "op onze website."),
          ]
    b += [("h1", "Doelen en opbrengsten"),
          ("p", "Wij hebben vier doelen voor leerlingen die extra ondersteuning nodig hebben:"),
          ("table", [["Doel", "Nulmeting 2025", "Streefwaarde 2030"],
                     ["Thuiszitters langer dan drie maanden", "17", "hooguit 5"],
                     ["Leerlingen met OPP die hun doelen grotendeels halen", "68%", "80%"],
                     ["Terugkeer uit sbo/so per jaar", "11", "20"],
                     ["Tevredenheid ouders over ondersteuning (schaal 1-10)", "6,9", "7,5"]]),
          ("p", "Voor elk doel is een indicator bepaald. Het bureau verzamelt de gegevens twee keer per jaar "
                "uit de leerlingadministraties, de OPP-evaluaties van de scholen en een korte "
                "oudervragenlijst. Een resultatendashboard laat per bestuur de ontwikkeling zien. Elk "
                "voorjaar analyseert het bestuur met de directeuren de uitkomsten; in het jaarverslag "
                "zetten we de bereikte resultaten naast de doelen."),
          ]
    b += [("h1", "Geld"),
          ("p", "Het samenwerkingsverband wil zijn middelen zo dicht mogelijk bij de leerling inzetten. De "
                "financiële paragraaf, met het verdeelmodel en de meerjarenbegroting, verschijnt als "
                "afzonderlijk document zodra het bestuur de begroting 2027 heeft vastgesteld."),
          ("h1", "Ouders"),
          ("p", "Dit hoofdstuk wordt geactualiseerd na de inwerkingtreding van de Wet versterking positie "
                "ouders en leerlingen in het passend onderwijs. [volgt]"),
          ]
    b += [("h1", "Strategische thema's 2026-2030"),
          ("h2", "Leerkracht in de lead"),
          ("p", "We willen dat leerkrachten meer regie hebben over de ondersteuning in hun groep. Daarvoor "
                "organiseren we lerende netwerken per regio, waarin leerkrachten van verschillende besturen "
                "casuïstiek bespreken. De netwerken worden begeleid door orthopedagogen van het bureau. "
                "We evalueren de netwerken na twee jaar en besluiten dan of ze worden voortgezet."),
          ("h2", "Minder papier"),
          ("p", "Scholen geven aan dat de administratieve last hoog is. We gaan alle formulieren van het "
                "samenwerkingsverband kritisch bekijken en waar mogelijk schrappen. Ons doel is dat een "
                "intern begeleider voor een gewone vraag niet meer dan één formulier hoeft in te vullen. "
                "Ook bekijken we of het groeidocument kan worden vereenvoudigd."),
          ("h2", "Samen met de jeugdhulp"),
          ("p", "In de vorige periode zijn op zes scholen pilots gestart met jeugdhulp in de school. De "
                "ervaringen zijn wisselend. In deze periode willen we samen met de gemeenten bepalen welke "
                "vorm de voorkeur heeft. We gaan onderzoeken of een gezamenlijke financiering mogelijk is."),
          ]
    b += filler_landelijk(v) + filler_communicatie_prof(v) + filler_organisatie(v)
    b += filler_governance(v, parents_in_opr=False) + filler_personeel(v) + filler_ict(v) + filler_planning(v)
    b += filler_vaststelling(v)
    b += glossary(GLOSS_COMMON + [["Routekaart", "Stappenplan voor de aanvraag van een TLV."],
                                  ["Verdeelmodel", "Regels voor de verdeling van de ondersteuningsmiddelen."]])
    b += abbreviations(ABBR_COMMON)
    crit = {c: False for c in CORE}
    for c in ["basisondersteuning.inhoud", "terugstroom.procedure", "terugstroom.beleid",
              "dekkend-aanbod.lacunes", "resultaten.doelen", "resultaten.monitoring"]:
        crit[c] = True
    adv = {"terugstroom": ["monitoring"], "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"]}
    notes = {
        "basisondersteuning": "Concrete content per bestuur in a table, but explicitly no common minimum level for the verband ('geen overeenstemming bereikt').",
        "plaatsing": "Only a reference to the routekaart on the website under 'Naar sbo of so'; TLV otherwise only in glossary/abbreviations.",
        "terugstroom": "Under 'Doorstroom en overstap': policy (yearly check, conditions, terugkeerarrangement) and procedure (January review, proefperiode, joint decision, adviser records).",
        "financien": "'Geld' defers the verdeelmodel and meerjarenbegroting to a separate future document; no amounts anywhere.",
        "dekkend-aanbod": "'Thuiszitters en zorgplicht': thuiszittersprotocol, doorzettingsmacht, overview of pupils without fitting offer; no continuum of provisions described.",
        "resultaten": "'Doelen en opbrengsten': table with nulmeting and streefwaarden, half-yearly data collection, dashboard, jaarverslag.",
        "ouders": "Heading 'Ouders' only says '[volgt]'; OPR described without parents; OJSP only in the abbreviation list and glossary.",
    }
    return v, b, crit, adv, notes


# --------------------------------------------------------------------------------------------
# Near-miss: a school's own 'ondersteuningsplan' (school level, zorgniveaus), HTML.
# --------------------------------------------------------------------------------------------


def nearmiss():
    b = [("title", ["Ondersteuningsplan OBS De Wilgenhoek 2025-2026",
                    "Onderdeel van de schoolgids | aangesloten bij SWV Passend Onderwijs Waterland-Noord (PO 27-12)"]),
         ("toc", None),
         ("h1", "Inleiding"),
         ("p", "Dit ondersteuningsplan beschrijft hoe OBS De Wilgenhoek in Purmerend de ondersteuning aan "
               "haar 236 leerlingen organiseert. Het plan wordt ieder schooljaar door het team geactualiseerd "
               "en besproken met de medezeggenschapsraad. Het sluit aan bij ons schoolondersteuningsprofiel en "
               "bij de afspraken binnen het samenwerkingsverband, maar het is een plan van onze school."),
         ("h1", "Basisondersteuning op De Wilgenhoek"),
         ("p", "Op onze school bieden we de basisondersteuning zoals die binnen ons bestuur is afgesproken. "
               "Iedere groep werkt met een groepsoverzicht en een groepsplan voor rekenen, spelling en "
               "begrijpend lezen. De intern begeleider, juf Sanne, is op maandag, dinsdag en donderdag op "
               "school. Wij werken met het dyslexieprotocol en de Kanjertraining."),
         ("h1", "Zorgniveaus"),
         ("table", [["Niveau", "Wie", "Wat"],
                    ["1", "leerkracht", "goede instructie en differentiatie in de groep"],
                    ["2", "leerkracht", "extra instructie in een kleine groep, verlengde instructie"],
                    ["3", "leerkracht en IB", "specifieke interventie na groepsbespreking, handelingsplan"],
                    ["4", "IB en externe deskundige", "onderzoek, begeleiding, arrangement van het samenwerkingsverband"],
                    ["5", "samenwerkingsverband", "aanvraag toelaatbaarheidsverklaring voor sbo of so"]]),
         ("h1", "Groepsbesprekingen en leerlingbesprekingen"),
         ("p", "Drie keer per jaar, na de toetsperiodes in oktober, februari en juni, houden leerkracht en "
               "intern begeleider een groepsbespreking. Daarin bespreken zij de resultaten van de groep en "
               "welke leerlingen extra aandacht nodig hebben. Leerlingen over wie zorgen bestaan, worden "
               "daarna in een leerlingbespreking met het team besproken. Ouders worden vooraf uitgenodigd "
               "voor een gesprek als hun kind wordt besproken."),
         ("p", "Zes keer per jaar komt het ondersteuningsteam bijeen: de intern begeleider, de "
               "schoolmaatschappelijk werker, de jeugdverpleegkundige en op afroep de orthopedagoog van het "
               "samenwerkingsverband. In het ondersteuningsteam worden leerlingen besproken voor wie niveau 4 "
               "nodig is. Ouders zijn altijd bij die bespreking aanwezig."),
         ("h1", "Extra ondersteuning en arrangementen"),
         ("p", "Als de ondersteuning op niveau 1 tot en met 3 niet genoeg is, kan de school een arrangement "
               "aanvragen bij het samenwerkingsverband. Vorig schooljaar ontvingen vijf leerlingen van onze "
               "school een arrangement, meestal voor begeleiding door een ambulant begeleider of extra uren "
               "van een onderwijsassistent. De school ontvangt daarnaast een schoolbudget van het "
               "samenwerkingsverband; dat besteden wij aan de inzet van de intern begeleider en aan een "
               "remedial teacher op woensdag."),
         ("h1", "Verwijzing naar speciaal onderwijs"),
         ("p", "Soms is een andere school beter voor een kind. Dan vraagt ons bestuur, na overleg met ouders, "
               "een toelaatbaarheidsverklaring aan bij het samenwerkingsverband. De school zorgt voor een "
               "volledig groeidocument. Het samenwerkingsverband beslist. In de afgelopen drie jaar zijn "
               "vier leerlingen naar het sbo gegaan; één leerling is teruggekomen naar onze school."),
         ("h1", "Ouders"),
         ("p", "Wij zien ouders als partners. Als wij ons zorgen maken over een kind, nemen wij direct contact "
               "op. Ouders kunnen altijd een afspraak maken met de leerkracht of de intern begeleider. Met "
               "vragen of klachten kunt u ook terecht bij de directeur of bij de vertrouwenspersoon van ons "
               "bestuur. Het ouder- en jeugdsteunpunt van het samenwerkingsverband is bereikbaar via de "
               "website van het samenwerkingsverband."),
         ("h1", "Evaluatie van dit plan"),
         ("p", "Aan het einde van elk schooljaar evalueert het team dit plan. Verbeterpunten voor 2025-2026 "
               "zijn het beter vastleggen van afspraken in het leerlingvolgsysteem en een nieuwe methode voor "
               "begrijpend lezen. De opbrengsten van de school staan in het jaarverslag van de school."),
         ]
    notes = {"document": "School-level ondersteuningsplan of one basisschool (zorgniveaus, groepsbesprekingen, "
                         "its own IB schedule), part of a schoolgids; it mentions the samenwerkingsverband, TLV, "
                         "basisondersteuning and arrangementen but is not the plan of a samenwerkingsverband "
                         "(domain B 5.4 near-miss)."}
    return b, notes


def main():
    results = []
    tmp_names = []
    for name, fn, fmt, sector in [("po-gouwe-rijnstreek-2026", plan1, "docx", "po"),
                                  ("po-kleine-kernen-2026", plan2, "docx", "po"),
                                  ("po-delta-oost-koers-op-maat", plan3, "pdf", "po"),
                                  ("vo-heuvelrug-vallei-2026", plan4, "pdf", "vo"),
                                  ("po-waterland-noord-webversie", plan5, "md", "po")]:
        v, blocks, crit, adv, notes = fn()
        header = f"Ondersteuningsplan {v['periode']} | {v['kort']}"
        fname = f"{name}.{fmt}"
        if fmt == "docx":
            write_docx(blocks, OUT / fname, header)
        elif fmt == "pdf":
            docx_to_pdf(blocks, OUT / fname, header)
        else:
            write_md(blocks, OUT / fname)
        el = write_label(name, [fname], sector, crit, adv, notes)
        results.append((fname, word_count(blocks), el))
    blocks, notes = nearmiss()
    fname = "obs-wilgenhoek-schoolondersteuningsplan.html"
    write_html(blocks, OUT / fname, "Ondersteuningsplan OBS De Wilgenhoek 2025-2026")
    data = {"documents": [fname], "sector": "po", "looks_like_plan": False, "elements": {},
            "criteria": {}, "notes": notes}
    (OUT / "obs-wilgenhoek-schoolondersteuningsplan.expected.yaml").write_text(
        yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=200), encoding="utf-8")
    results.append((fname, word_count(blocks), {}))
    for r in results:
        print(r[0], r[1], r[2])


if __name__ == "__main__":
    main()
