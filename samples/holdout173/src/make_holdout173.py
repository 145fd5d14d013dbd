#!/usr/bin/env python3
"""Generate the holdout173 test set: five fictional ondersteuningsplannen (VO-heavy, one PO)
and one near-miss document (a school's schoolondersteuningsprofiel), plus their label files.

Deterministic, no network. Output goes next to this script's parent folder.
Requires python-docx and (for the PDFs) LibreOffice ``soffice``.
"""
import random
import shutil
import subprocess
import tempfile
from pathlib import Path

from docx import Document
from docx.shared import Pt

OUT = Path(__file__).resolve().parent.parent

# ---------------------------------------------------------------------------
# Block model: ("h1", text) ("h2", text) ("p", text) ("ul", [items]) ("table", [rows]) ("toc", [lines])
# ---------------------------------------------------------------------------


def fill(text, ctx):
    return text.format(**ctx)


FILLER = {
    "voorwoord": [
        "Voor u ligt het ondersteuningsplan {periode} van {swv}. Dit plan is tot stand gekomen in een periode waarin "
        "het onderwijs in onze regio veel vroeg van schoolleiders, docenten, mentoren en ondersteuners. Wij zijn "
        "iedereen die heeft meegedacht en meegeschreven dankbaar: de schoolbesturen, de ondersteuningscoördinatoren, "
        "de leden van de ondersteuningsplanraad en onze partners bij de gemeenten.",
        "Een ondersteuningsplan is geen eindpunt, maar een momentopname in een doorlopend gesprek. In de afgelopen "
        "planperiode hebben we geleerd dat goede afspraken op papier pas waarde krijgen als ze in de klas, in het "
        "mentoruur en in het gesprek met ouders en leerlingen herkenbaar worden. Dat is ook de toets die wij aan dit "
        "plan willen stellen: maakt het verschil voor de leerling die vastloopt?",
        "Het plan is bewust compact gehouden waar dat kon. Wie meer wil weten over de dagelijkse uitvoering, vindt "
        "veel informatie in de jaarplannen van het samenwerkingsverband en in de documenten van de scholen zelf. "
        "Wij wensen u veel leesplezier en nodigen u uit om met ons in gesprek te blijven.",
    ],
    "inleiding": [
        "{swv} is een samenwerkingsverband passend onderwijs in de zin van de wet. In het verband werken {n_besturen} "
        "schoolbesturen samen met in totaal {n_scholen} scholen en vestigingen en ruim {n_leerlingen} leerlingen. Het "
        "werkgebied omvat de gemeenten {gemeenten}. Het samenwerkingsverband is opgericht als stichting en staat "
        "geregistreerd onder code {code}.",
        "De wet schrijft voor dat een samenwerkingsverband ten minste eens in de vier jaar een ondersteuningsplan "
        "vaststelt. Dit plan beslaat de schooljaren {periode}. Het vervangt het vorige plan, dat met twee "
        "voortgangsparagrafen is geactualiseerd. Waar in dit plan wordt gesproken over 'scholen' worden ook de "
        "afzonderlijke vestigingen bedoeld, tenzij anders vermeld.",
        "Het concept van dit plan is besproken met de directeuren, met de ondersteuningscoördinatoren in het "
        "netwerkoverleg, met de ondersteuningsplanraad en in het op overeenstemming gericht overleg met de "
        "gemeenten. Het plan is op {vaststelling} vastgesteld door het bestuur en daarna toegezonden aan de "
        "Inspectie van het Onderwijs.",
    ],
    "visie": [
        "Wij geloven dat iedere jongere recht heeft op een plek waar hij of zij zich kan ontwikkelen, met "
        "leeftijdgenoten, zo dicht mogelijk bij huis. Passend onderwijs is voor ons geen systeem, maar een "
        "houding: we kijken eerst naar wat een leerling nodig heeft en pas daarna naar regels en loketten. Dat "
        "vraagt vakmanschap van professionals en vertrouwen tussen scholen.",
        "Onze missie is dat scholen, samen met hun partners, ervoor zorgen dat geen leerling tussen wal en schip "
        "valt. We willen dat leerlingen, ouders en docenten ervaren dat ondersteuning dichtbij, snel en zonder "
        "onnodige bureaucratie beschikbaar is. Het samenwerkingsverband faciliteert; de scholen voeren uit.",
        "In onze visie staat de ontwikkeling van de leerling centraal en niet de beperking. We spreken daarom "
        "liever over ondersteuningsbehoeften dan over problemen. Een arrangement is in onze ogen geen etiket, maar "
        "een tijdelijk antwoord op een vraag. Goede resultaten zijn geen doel op zich: uiteindelijk gaat het "
        "erom dat jongeren zich ontwikkelen en met een diploma of startkwalificatie verder kunnen.",
        "De afgelopen jaren is het denken over inclusiever onderwijs in beweging gekomen. De landelijke "
        "ontwikkelingen rond de verbeteraanpak passend onderwijs, de versterking van de positie van ouders en "
        "leerlingen en de discussie over een landelijke norm voor basisondersteuning volgen wij nauwgezet. Onze "
        "ambitie is om samen met de scholen een volgende stap te zetten richting een regio waarin onderwijs "
        "en jeugdhulp vanzelfsprekend samenwerken.",
        "Kernwaarden die wij hanteren zijn: nabijheid, eigenaarschap, samenwerking en transparantie. Nabijheid "
        "betekent dat ondersteuning zo dicht mogelijk bij de leerling wordt georganiseerd. Eigenaarschap betekent "
        "dat de school waar de leerling staat ingeschreven verantwoordelijk blijft. Samenwerking betekent dat "
        "niemand het alleen hoeft te doen. Transparantie betekent dat we open zijn over keuzes en middelen.",
    ],
    "governance": [
        "Het samenwerkingsverband kent een scheiding tussen bestuur en intern toezicht. De directeur-bestuurder "
        "is belast met het besturen van de stichting en legt verantwoording af aan de raad van toezicht, waarin "
        "onafhankelijke leden zitting hebben. De algemene vergadering van aangesloten schoolbesturen komt twee "
        "keer per jaar bijeen en heeft de bevoegdheden die in de statuten zijn vastgelegd.",
        "De raad van toezicht houdt toezicht op de strategie, op de rechtmatige en doelmatige inzet van de "
        "middelen en op de naleving van de governancecode. De raad benoemt de accountant en ziet toe op de "
        "kwaliteit van de interne beheersing. De directeur-bestuurder wordt ondersteund door een klein "
        "bureau met een beleidsmedewerker, een secretaresse en een controller op detacheringsbasis.",
        "Het directeurenoverleg adviseert de directeur-bestuurder over de uitvoering van het beleid. In dit "
        "overleg zijn alle scholen vertegenwoordigd. Daarnaast bestaan er werkgroepen rond thema's zoals "
        "hoogbegaafdheid, de overstap van po naar vo en de samenwerking met het mbo. De werkgroepen hebben geen "
        "eigen beslissingsbevoegdheid.",
        "De statuten bevatten een geschillenregeling voor geschillen tussen aangesloten besturen onderling en "
        "tussen besturen en het samenwerkingsverband. In de afgelopen planperiode is van deze regeling geen "
        "gebruik gemaakt. Het managementstatuut regelt welke taken de directeur-bestuurder mandateert aan "
        "medewerkers van het bureau.",
    ],
    "opr_ouders": [
        "De ondersteuningsplanraad (OPR) heeft instemmingsrecht op het ondersteuningsplan en op wijzigingen "
        "daarvan. De OPR bestaat uit acht leden: de helft is personeelslid van een aangesloten school, de andere "
        "helft is ouder of leerling. De leden worden afgevaardigd door de medezeggenschapsraden. De OPR heeft "
        "een eigen reglement en vergadert ten minste vijf keer per jaar.",
        "De OPR heeft op {opr_datum} ingestemd met dit ondersteuningsplan. Het bestuur heeft de opmerkingen van "
        "de OPR over leesbaarheid en over de positie van leerlingen verwerkt. Voor scholing van OPR-leden is een "
        "vast budget beschikbaar; de raad wordt ondersteund door een ambtelijk secretaris.",
    ],
    "opr_neutraal": [
        "De ondersteuningsplanraad (OPR) heeft instemmingsrecht op het ondersteuningsplan en op wijzigingen "
        "daarvan. De OPR telt twaalf leden, die worden afgevaardigd vanuit de medezeggenschapsraden van de "
        "aangesloten scholen. De raad heeft een eigen reglement en een huishoudelijk reglement en vergadert "
        "ten minste vijf keer per jaar, waarvan eenmaal met de raad van toezicht.",
        "De OPR heeft op {opr_datum} ingestemd met dit ondersteuningsplan. In het instemmingstraject zijn drie "
        "bijeenkomsten georganiseerd waarin de concepthoofdstukken zijn besproken. Voor scholing van leden is "
        "een vast bedrag per jaar beschikbaar; de raad wordt ondersteund door een ambtelijk secretaris.",
    ],
    "oogo_proc": [
        "Op grond van de wet heeft het samenwerkingsverband het concept van dit plan voorgelegd in het op "
        "overeenstemming gericht overleg (OOGO) met de colleges van burgemeester en wethouders. Het OOGO over dit "
        "plan vond plaats op {oogo_datum} en is afgerond met een gezamenlijk verslag. Ook is het concept "
        "besproken met het samenwerkingsverband in het andere onderwijssector dat hetzelfde gebied bestrijkt.",
    ],
    "personeel": [
        "Het samenwerkingsverband heeft een beperkt aantal medewerkers in dienst. Het grootste deel van de "
        "expertise is ondergebracht bij de scholen en bij de aangesloten besturen. Voor medewerkers van het "
        "bureau geldt de cao voortgezet onderwijs; gedetacheerde medewerkers blijven in dienst van hun bestuur.",
        "Professionalisering is een gezamenlijke verantwoordelijkheid. Het samenwerkingsverband organiseert "
        "jaarlijks een studiedag voor ondersteuningscoördinatoren en mentoren, en faciliteert "
        "intervisiegroepen voor orthopedagogen en psychologen. Scholen blijven zelf verantwoordelijk voor het "
        "scholingsplan van hun personeel.",
        "Het lerarentekort raakt ook het passend onderwijs. Vacatures voor ondersteunende functies blijven "
        "langer open, en scholen zoeken naar nieuwe vormen van inzet van onderwijsassistenten en "
        "jeugdprofessionals. Het samenwerkingsverband brengt de ontwikkelingen in beeld en deelt goede "
        "voorbeelden tussen scholen.",
        "In het kader van goed werkgeverschap wordt met alle medewerkers jaarlijks een gesprekkencyclus "
        "doorlopen. Het ziekteverzuim op het bureau was in de afgelopen jaren laag. Er is een "
        "vertrouwenspersoon voor medewerkers beschikbaar en het bureau beschikt over een integriteitscode.",
    ],
    "ict": [
        "Het samenwerkingsverband werkt met een digitaal dossiersysteem waarin aanvragen, besluiten en "
        "verslagen worden vastgelegd. Scholen hebben een eigen account en kunnen hun dossiers beveiligd "
        "aanleveren. Het systeem voldoet aan de eisen van de Algemene verordening gegevensbescherming.",
        "Een functionaris gegevensbescherming, gedeeld met een aantal andere samenwerkingsverbanden, adviseert "
        "over privacyvraagstukken. Het privacyreglement is in de afgelopen periode geactualiseerd. Bewaartermijnen "
        "zijn vastgelegd in een bewaarbeleid en worden jaarlijks gecontroleerd.",
        "Voor de interne communicatie gebruikt het bureau een samenwerkingsomgeving in de cloud. Vergaderstukken "
        "voor de raad van toezicht en de OPR worden via een beveiligde portal gedeeld. In de planperiode "
        "onderzoeken we of de koppeling met de leerlingadministratiesystemen van de scholen kan worden verbeterd.",
    ],
    "planning": [
        "De uitvoering van dit plan wordt vertaald in jaarplannen. Elk jaarplan bevat de activiteiten voor dat "
        "schooljaar, de verantwoordelijke personen en de planning. De jaarplannen worden voorgelegd aan de "
        "raad van toezicht en met de OPR besproken.",
        "Halverwege de planperiode vindt een tussentijdse evaluatie van het plan plaats. Op basis daarvan kan het "
        "bestuur besluiten tot een voortgangsparagraaf. Wijzigingen van het plan worden voorgelegd aan de OPR.",
    ],
    "terugblik": [
        "In de vorige planperiode is veel bereikt, maar niet alles. De samenwerking tussen scholen is "
        "verstevigd, het aantal overleggen is teruggebracht en de lijnen met de gemeenten zijn korter geworden. "
        "Tegelijk merkten we dat afspraken niet op elke school even stevig landden.",
        "De coronaperiode heeft sporen nagelaten. Scholen zagen meer leerlingen met somberheid, angst en "
        "motivatieproblemen. Het samenwerkingsverband heeft in die periode tijdelijk extra middelen ingezet, die "
        "inmiddels zijn afgebouwd. De lessen uit die tijd nemen we mee in dit plan.",
        "Uit gesprekken met schoolleiders kwam naar voren dat de administratieve last rond aanvragen als hoog "
        "werd ervaren. Ook vroegen scholen om meer duidelijkheid over wie waarvoor verantwoordelijk is. Deze "
        "signalen hebben de keuzes in dit plan mede bepaald.",
    ],
    "mbo": [
        "De overstap van het voortgezet onderwijs naar het mbo is voor veel jongeren met een "
        "ondersteuningsbehoefte een kwetsbaar moment. Samen met de mbo-instellingen in de regio werken we aan een "
        "warme overdracht. De afspraken daarover worden jaarlijks in het regionale overleg geëvalueerd.",
        "Ook de aansluiting op arbeid verdient aandacht, vooral voor leerlingen in het praktijkonderwijs en de "
        "uitstroomprofielen arbeid en dagbesteding van het voortgezet speciaal onderwijs. Het samenwerkingsverband "
        "sluit aan bij de regionale werkagenda en het overleg met het werkbedrijf.",
    ],
    "wettelijk": [
        "Artikel 18a van de Wet op het primair onderwijs en artikel 17a van de Wet op het voortgezet onderwijs "
        "(inmiddels opgenomen in de Wet voortgezet onderwijs 2020) noemen de onderwerpen die een "
        "ondersteuningsplan ten minste moet bevatten: de basisondersteuning, de procedure en criteria voor "
        "toelaatbaarheid, de terugplaatsing, de verdeling en besteding van middelen, de beoogde en bereikte "
        "resultaten en de informatie aan ouders. Dit plan volgt die opsomming niet hoofdstuk voor hoofdstuk, "
        "maar sluit aan bij de manier waarop wij in de regio over ondersteuning praten.",
        "Naast de wet zijn de afspraken uit het bestuursakkoord, de verbeteraanpak passend onderwijs en de "
        "richtlijnen van de inspectie van belang. De inspectie beoordeelt of het plan tijdig is vastgesteld, of "
        "de ondersteuningsplanraad heeft ingestemd en of het OOGO heeft plaatsgevonden. Het plan wordt vóór 1 mei "
        "via het Internet Schooldossier ingediend.",
    ],
    "kennisdeling": [
        "Kennisdeling tussen scholen is een van de sterkste instrumenten die een samenwerkingsverband heeft. "
        "Daarom organiseren we vier keer per jaar een netwerkbijeenkomst waarin scholen elkaar bevragen op "
        "praktijkvoorbeelden. De thema's worden door de scholen zelf aangedragen en variëren van "
        "mentorvaardigheden tot het voeren van gesprekken over schoolverzuim.",
        "Daarnaast stimuleren we dat docenten bij elkaar in de klas kijken. Scholen die een collega willen "
        "uitnodigen of ontvangen, kunnen dat via het bureau regelen. De ervaringen met deze collegiale "
        "consultatie zijn positief: docenten noemen het laagdrempelig en direct toepasbaar.",
        "Ook zoeken we de verbinding met hogescholen en universiteiten. Een lectoraat in de regio doet onderzoek "
        "naar de effecten van kleine groepen; twee scholen nemen deel aan dat onderzoek. De resultaten worden "
        "gedeeld in de netwerkbijeenkomsten, zodat alle scholen ervan kunnen leren.",
    ],
    "lastendruk": [
        "Scholen ervaren de administratieve last rond passend onderwijs als hoog. In deze planperiode willen we "
        "formulieren vereenvoudigen, dubbele uitvraag van gegevens voorkomen en de doorlooptijden van interne "
        "processen verkorten. Een werkgroep van ondersteuningscoördinatoren toetst nieuwe formulieren voordat "
        "ze worden ingevoerd.",
        "Minder regels betekent niet minder zorgvuldigheid. We vragen van scholen dat zij belangrijke afwegingen "
        "vastleggen, maar niet meer dan nodig. Het uitgangspunt 'eenmalig vastleggen, meervoudig gebruiken' is "
        "richtinggevend bij de verdere digitalisering van onze werkprocessen.",
    ],
    "samenwerking_swv": [
        "Het samenwerkingsverband werkt samen met de samenwerkingsverbanden in de andere sector en met de "
        "aangrenzende verbanden. Er is een regionaal overleg van directeuren van samenwerkingsverbanden dat zes "
        "keer per jaar bijeenkomt. Onderwerpen zijn onder meer de gezamenlijke inkoop van expertise, de "
        "afstemming van kalenders en de positie van scholen die leerlingen uit meerdere regio's ontvangen.",
        "Met de samenwerkingsverbanden in de regio wordt ook een gezamenlijke scholingsagenda opgesteld. Zo "
        "kunnen kleinere scholen gebruikmaken van aanbod dat zij alleen niet zouden kunnen organiseren. De "
        "afspraken worden jaarlijks in een convenant vastgelegd.",
    ],
    "regio": [
        "De regio kent grote verschillen tussen stad en platteland. In de kernen langs de snelweg groeit het "
        "aantal inwoners, terwijl de kleinere dorpen te maken hebben met vergrijzing en een dalend aantal "
        "leerlingen. De prognoses laten voor de planperiode een daling van het leerlingenaantal zien van "
        "ongeveer vier procent. Dat heeft gevolgen voor de spreiding van scholen en voor de reisafstanden.",
        "De schoolbesturen in het verband verschillen in omvang en identiteit: er zijn openbare, katholieke, "
        "protestants-christelijke en algemeen bijzondere scholen. Die verscheidenheid zien wij als een kracht. "
        "Tegelijk vraagt zij om afspraken die voor iedereen herkenbaar zijn, ongeacht de richting van de school.",
        "Sociaaleconomisch is de regio divers. In een aantal wijken is het aandeel gezinnen met een laag "
        "inkomen bovengemiddeld, terwijl andere gemeenten tot de welvarendste van de provincie horen. De "
        "gemeenten voeren elk een eigen jeugdbeleid, wat voor scholen soms tot verschillen in werkwijze leidt.",
    ],
    "intern": [
        "Het bureau van het samenwerkingsverband wil voor scholen bereikbaar en herkenbaar zijn. Iedere school "
        "heeft een vaste contactpersoon op het bureau. Die contactpersoon bezoekt de school ten minste twee keer "
        "per jaar en is het eerste aanspreekpunt voor vragen van de schoolleiding.",
        "Besluiten van het bestuur worden binnen een week gedeeld met de directeuren. De agenda en de "
        "besluitenlijst van het directeurenoverleg zijn voor alle schoolleiders in te zien. Eens per jaar "
        "organiseert het samenwerkingsverband een conferentie voor schoolleiders en bestuurders, waarin de "
        "voortgang van het plan centraal staat.",
        "In de jaarcyclus van het samenwerkingsverband volgen de stukken elkaar in een vaste volgorde op: het "
        "jaarplan in het voorjaar, de bespreking in de raad van toezicht in juni, het jaarverslag voor 1 juli "
        "en de evaluatie van het jaarplan in het najaar. Deze jaarcyclus wordt aan het begin van elk schooljaar "
        "gedeeld met de scholen.",
    ],
    "po_overstap": [
        "De overstap van de basisschool naar het voortgezet onderwijs is een belangrijk moment. Samen met het "
        "samenwerkingsverband voortgezet onderwijs in de regio maken we afspraken over de overdracht van "
        "leerlinggegevens en over de planning van de schooladviezen. De kalender wordt jaarlijks gedeeld met de "
        "scholen.",
        "Ook de overgang van voorschoolse voorzieningen naar de basisschool krijgt aandacht. De gemeenten "
        "financieren de voorschoolse educatie; de scholen zorgen voor een warme overdracht van peuter naar "
        "kleuter. Het samenwerkingsverband heeft hierin een verbindende rol.",
        "Voor de aanmelding en plaatsing van leerlingen op een school voor voortgezet onderwijs volgen de "
        "basisscholen de regionale kalender van het vo: het definitieve schooladvies uiterlijk 24 maart, "
        "aanmelden in de tweede helft van maart en de uitslag van eventuele plaatsingsloting begin april. "
        "Bij een bijgesteld advies informeert de basisschool de vo-school binnen een week. Deze afspraken "
        "worden elk jaar in november met de directeuren van beide sectoren doorgenomen.",
    ],
}


def filler(topic, ctx, rng, n=None):
    paras = list(FILLER[topic])
    rng.shuffle(paras) if topic not in ("voorwoord", "inleiding") else None
    if n:
        paras = paras[:n]
    return [("p", fill(p, ctx)) for p in paras]


# ---------------------------------------------------------------------------
# Renderers
# ---------------------------------------------------------------------------


def render_docx(blocks, path, title, header=None):
    doc = Document()
    import datetime
    cp = doc.core_properties
    cp.created = cp.modified = datetime.datetime(2026, 3, 1, 9, 0, 0)
    cp.author = cp.last_modified_by = "Bureau samenwerkingsverband"
    cp.revision = 1
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    if header:
        sec = doc.sections[0]
        sec.header.paragraphs[0].text = header
        sec.footer.paragraphs[0].text = title + " — concept ter vaststelling"
    for kind, val in blocks:
        if kind == "title":
            doc.add_heading(val, level=0)
        elif kind == "h1":
            doc.add_heading(val, level=1)
        elif kind == "h2":
            doc.add_heading(val, level=2)
        elif kind == "p":
            doc.add_paragraph(val)
        elif kind == "ul":
            for it in val:
                doc.add_paragraph(it, style="List Bullet")
        elif kind == "toc":
            doc.add_heading("Inhoudsopgave", level=1)
            for line in val:
                doc.add_paragraph(line)
            doc.add_page_break()
        elif kind == "pagebreak":
            doc.add_page_break()
        elif kind == "table":
            rows = val
            t = doc.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    t.cell(i, j).text = str(c)
            doc.add_paragraph("")
    doc.save(str(path))


def render_md(blocks, path):
    out = []
    for kind, val in blocks:
        if kind == "title":
            out.append("# " + val + "\n")
        elif kind == "h1":
            out.append("## " + val + "\n")
        elif kind == "h2":
            out.append("### " + val + "\n")
        elif kind == "p":
            out.append(val + "\n")
        elif kind == "ul":
            out.append("\n".join("- " + it for it in val) + "\n")
        elif kind == "toc":
            out.append("## Inhoud\n")
            out.append("\n".join(val) + "\n")
        elif kind == "pagebreak":
            out.append("---\n")
        elif kind == "table":
            rows = val
            out.append("| " + " | ".join(rows[0]) + " |")
            out.append("|" + "---|" * len(rows[0]))
            for r in rows[1:]:
                out.append("| " + " | ".join(str(c) for c in r) + " |")
            out.append("")
    path.write_text("\n".join(out), encoding="utf-8")


def docx_to_pdf(docx_path, pdf_target):
    tmp = Path(tempfile.mkdtemp(prefix="holdout173_pdf_"))
    try:
        prof = tmp / "profile"
        subprocess.run(
            ["soffice", "-env:UserInstallation=file://" + str(prof), "--headless", "--convert-to", "pdf",
             "--outdir", str(tmp), str(docx_path)],
            check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
        shutil.copyfile(tmp / (docx_path.stem + ".pdf"), pdf_target)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def words(blocks):
    n = 0
    for kind, val in blocks:
        if kind == "toc":
            continue
        if isinstance(val, str):
            n += len(val.split())
        elif kind == "table":
            n += sum(len(str(c).split()) for r in val for c in r)
        else:
            n += sum(len(x.split()) for x in val)
    return n


def toc_from(blocks):
    lines = []
    for kind, val in blocks:
        if kind in ("h1", "h2"):
            lines.append(("    " if kind == "h2" else "") + val)
    return lines


def with_toc(title_blocks, body, extra_toc=()):
    return title_blocks + [("toc", toc_from(body) + list(extra_toc))] + body


# ---------------------------------------------------------------------------
# Plan 1 — VO IJssel-Vecht (docx)
# ---------------------------------------------------------------------------

def plan1():
    ctx = dict(swv="Samenwerkingsverband VO IJssel-Vecht", periode="2026-2030", n_besturen="9", n_scholen="21",
               n_leerlingen="14.300", gemeenten="Dalfsen, Ommen, Hardenberg en Raalte (fictief werkgebied)",
               code="VO 23-91", vaststelling="24 maart 2026", opr_datum="10 maart 2026", oogo_datum="3 februari 2026")
    rng = random.Random(1731)
    b = []
    b += [("h1", "Voorwoord")] + filler("voorwoord", ctx, rng)
    b += [("h1", "1. Inleiding")] + filler("inleiding", ctx, rng)
    b += [("h2", "1.1 Terugblik op de vorige planperiode")] + filler("terugblik", ctx, rng)
    b += [("h2", "1.2 Wettelijk kader")] + filler("wettelijk", ctx, rng)
    b += [("h1", "2. Visie en missie")] + filler("visie", ctx, rng)
    b += [("h1", "3. Organisatie en governance")] + filler("governance", ctx, rng)
    b += [("h2", "3.1 Medezeggenschap")] + filler("opr_ouders", ctx, rng)
    b += [("h2", "3.2 Overleg met gemeenten")] + filler("oogo_proc", ctx, rng)
    b += [("h1", "4. Ondersteuning op onze scholen"),
          ("h2", "4.1 Basisondersteuning: de ondergrens voor iedere vestiging"),
          ("p", "De negen besturen hebben afgesproken dat iedere vestiging in ons verband, van praktijkonderwijs tot "
                "gymnasium, ten minste dezelfde basisondersteuning biedt. Dat is de ondergrens: een leerling hoeft "
                "voor deze ondersteuning geen aanvraag te doen en de school kan haar niet weigeren omdat een "
                "leerling 'te veel' vraagt. Wat daarboven komt, noemen we extra ondersteuning. De ondergrens is "
                "vastgelegd in twaalf standaarden; de tabel hieronder geeft per standaard aan wat een leerling en "
                "zijn ouders op elke school kunnen verwachten."),
          ("table", [["Standaard", "Wat u op iedere vestiging aantreft"],
                     ["1. Ondersteuningscoördinator", "Minimaal 0,4 fte ondersteuningscoördinator per 500 leerlingen, aanspreekpunt voor mentor en ouders"],
                     ["2. Mentoraat", "Elke leerling heeft een vaste mentor met wekelijks mentoruur; minstens drie mentorgesprekken per jaar"],
                     ["3. Dyslexie en dyscalculie", "Werken volgens het landelijk protocol; faciliteiten als extra tijd, vergroting en voorleessoftware"],
                     ["4. Sociaal-emotioneel", "Een training sociale vaardigheden of faalangstreductie, minimaal eenmaal per jaar aangeboden"],
                     ["5. Executieve functies", "Begeleiding bij plannen en organiseren in een huiswerk- of studieklas, vier middagen per week"],
                     ["6. Time-out en opvang", "Een vaste opvangplek met toezicht tijdens alle lesuren"],
                     ["7. Medische handelingen", "Een protocol medisch handelen en een geschoolde medewerker per vestiging"],
                     ["8. Ondersteuningsteam", "Een intern zorg- en adviesteam (ZAT) dat ten minste zes keer per jaar bijeenkomt met jeugdarts en schoolmaatschappelijk werk"],
                     ["9. OPP", "Een ontwikkelingsperspectiefplan binnen zes weken nadat extra ondersteuning start"],
                     ["10. NT2", "Basisaanbod taalondersteuning voor leerlingen met een taalachterstand"],
                     ["11. Veiligheid", "Een anti-pestcoördinator en een jaarlijkse monitor sociale veiligheid"],
                     ["12. Overdracht", "Warme overdracht bij de overstap po-vo en vo-mbo"]]),
          ("p", "Elk jaar voert een auditteam van twee collega-ondersteuningscoördinatoren op een derde van de "
                "vestigingen een audit uit aan de hand van de standaarden. Voldoet een vestiging op een standaard "
                "niet, dan stelt het bestuur binnen drie maanden een verbeterplan op, dat het samenwerkingsverband "
                "na een jaar opnieuw toetst."),
          ("h2", "4.2 Van basis naar extra en specialistisch"),
          ("p", "Ondersteuning is in ons verband in vier lagen georganiseerd. Laag één is de basisondersteuning "
                "hierboven. Laag twee is extra ondersteuning op de eigen school in de vorm van een arrangement: "
                "bijvoorbeeld een plusklas voor leerlingen met autisme op zes vestigingen, een kleine "
                "onderbouwklas op drie vmbo-locaties en begeleiding door een ambulant begeleider. Laag drie zijn "
                "de bovenschoolse voorzieningen: het orthopedagogisch-didactisch centrum De Overstap in Ommen, "
                "waar leerlingen maximaal twaalf weken een tijdelijk programma volgen, en de Rebound in Raalte "
                "voor leerlingen die na een schorsing tijdelijk niet op hun school kunnen zijn. Laag vier is het "
                "voortgezet speciaal onderwijs (De Vecht, cluster 4, en Het Ravelijn, cluster 3). De lagen sluiten "
                "op elkaar aan: een leerling gaat pas naar een volgende laag als in het OPP is beschreven wat in de "
                "vorige laag is geprobeerd."),
          ("h2", "4.3 Dekkend netwerk en thuiszitters"),
          ("p", "Iedere school heeft zorgplicht. Lukt het een school niet om binnen tien schoolweken een passende "
                "plek te vinden, dan meldt zij de leerling aan bij het Overleg Passend Aanbod (OPA). Het OPA komt "
                "elke maand bijeen met de leerplichtambtenaren, de jeugdteams van de vier gemeenten en de "
                "vso-scholen, en wijst binnen vier weken een casusregisseur aan. Thuiszitters worden maandelijks "
                "besproken op de thuiszitterstafel. Twee keer per jaar analyseert het bureau de OPA-casussen en de "
                "vrijstellingen: als meerdere leerlingen op hetzelfde type aanbod vastlopen, legt de "
                "directeur-bestuurder een voorstel voor een nieuwe voorziening voor aan het directeurenoverleg. "
                "Zo is in 2024 de kleine onderbouwklas in Hardenberg ontstaan."),
          ("p", "Met de gemeenten maken we afspraken over onderwijs-zorgarrangementen, waarbij jeugdhulp op school "
                "wordt ingezet. In de planperiode breiden we het aantal vestigingen met een jeugdhulpprofessional "
                "in de school uit van acht naar alle eenentwintig.")]
    b += [("h1", "5. Toewijzing en toelaatbaarheid"),
          ("h2", "5.1 De aanvraag van een toelaatbaarheidsverklaring voor het vso"),
          ("p", "Een toelaatbaarheidsverklaring (TLV) voor het voortgezet speciaal onderwijs wordt aangevraagd door "
                "het bevoegd gezag van de school waar de leerling is ingeschreven, of bij een nieuwe leerling door "
                "de vso-school waar de leerling is aangemeld. De aanvraag loopt via het digitale loket en bevat "
                "het OPP met de evaluatie van ten minste één cyclus extra ondersteuning, het onderwijskundig "
                "rapport en de zienswijze van ouders. De Commissie Toewijzing, bestaande uit een voorzitter, een "
                "orthopedagoog-generalist en een GZ-psycholoog, beoordeelt de aanvraag."),
          ("ul", ["Stap 1 – de ondersteuningscoördinator bespreekt de situatie in het ZAT en vult het aanvraagformulier in;",
                  "Stap 2 – het loket controleert binnen vijf werkdagen of het dossier volledig is;",
                  "Stap 3 – twee deskundigen brengen elk afzonderlijk schriftelijk advies uit: een orthopedagoog of psycholoog en, afhankelijk van de leerling, een tweede deskundige zoals een kinderpsychiater, jeugdarts of maatschappelijk werker;",
                  "Stap 4 – de Commissie Toewijzing besluit binnen zes weken na ontvangst van het volledige dossier;",
                  "Stap 5 – ouders en school ontvangen het besluit met een afschrift van de deskundigenadviezen."]),
          ("p", "Een TLV wordt afgegeven voor ten hoogste twee schooljaren en eindigt op 31 juli. De commissie kent "
                "de bekostigingscategorie laag toe, tenzij de deskundigen motiveren dat midden of hoog nodig is."),
          ("p", "Met welke inhoudelijke criteria de commissie bepaalt of een leerling toelaatbaar is, wordt in de "
                "loop van schooljaar 2026-2027 opnieuw vastgesteld, na de evaluatie van de oude afwegingskaders. "
                "Tot dat moment beoordeelt de commissie iedere aanvraag op haar eigen merites."),
          ("h2", "5.2 Leerwegondersteuning en praktijkonderwijs"),
          ("p", "Voor lwoo en praktijkonderwijs dient de ontvangende vo-school de aanvraag in, uiterlijk 1 mei "
                "voorafgaand aan het eerste leerjaar. Het loket verwerkt deze aanvragen in een aparte ronde; de "
                "Commissie Toewijzing beslist voor 1 juli."),
          ("h2", "5.3 Evaluatie en einde van de verklaring"),
          ("p", "Een TLV is geen eindstation. Ons beleid is dat iedere vso-leerling voor wie onderwijs in het "
                "regulier vo haalbaar is, ook daadwerkelijk die stap kan zetten. Voorwaarde is dat de leerling in "
                "het vso stabiel functioneert en dat het OPP een uitstroomperspectief heeft dat in het regulier "
                "onderwijs te realiseren is. Na de overstap houdt de leerling ten minste zes maanden begeleiding "
                "door een ambulant begeleider van de vso-school, en de ontvangende school start een arrangement "
                "op de eigen vestiging."),
          ("p", "In het laatste jaar van elke TLV organiseert de vso-school uiterlijk 1 februari een "
                "evaluatiegesprek met ouders, de leerling en de consulent van het samenwerkingsverband. Blijkt "
                "terugkeer haalbaar, dan neemt de vso-school contact op met de beoogde vo-school en stellen beide "
                "scholen een overstapplan op; na een proefperiode van acht weken besluit de ontvangende school "
                "over inschrijving. Is voortzetting van het vso nodig, dan vraagt de vso-school voor 1 april een "
                "nieuwe TLV aan bij de Commissie Toewijzing.")]
    b += [("h1", "6. Financiën"),
          ("p", "Het samenwerkingsverband ontvangt de middelen voor lichte en zware ondersteuning rechtstreeks "
                "van DUO. De wijze waarop deze middelen over besturen, scholen en voorzieningen worden verdeeld en "
                "de meerjarenbegroting maken geen deel uit van dit ondersteuningsplan. Het bestuur stelt deze "
                "jaarlijks vast in de Kadernota Middelen, die na bespreking met de OPR wordt gepubliceerd."),
          ("p", "Voor de planperiode 2026-2030 wordt een nieuw verdeelmodel ontwikkeld; dat volgt in de "
                "Kadernota 2027.")]
    b += [("h1", "7. Kwaliteit en resultaten"),
          ("p", "Voor de planperiode heeft het samenwerkingsverband de volgende beoogde resultaten geformuleerd "
                "voor leerlingen met een ondersteuningsbehoefte:"),
          ("ul", ["het aantal leerlingen dat langer dan drie maanden thuiszit, daalt van 14 (teldatum 1 oktober 2025) naar 0 in 2030;",
                  "ten minste 90% van de leerlingen met een arrangement op de eigen school behaalt een diploma of stroomt door naar een passende vervolgplek;",
                  "ten minste 15 vso-leerlingen per jaar maken de overstap naar het regulier vo of mbo;",
                  "het aandeel leerlingen dat na een periode in De Overstap terugkeert naar de eigen school, stijgt naar 80%."]),
          ("p", "Hoe wij deze resultaten gaan meten, welke gegevens we verzamelen en op welke momenten we daarover "
                "rapporteren, wordt uitgewerkt in een kwaliteitskader dat in 2026 ter bespreking aan de OPR wordt "
                "voorgelegd (p.m.).")]
    b += [("h1", "8. Communicatie"),
          ("p", "Goede informatie is voorwaarde voor vertrouwen. Op de website van het samenwerkingsverband staan "
                "per vestiging het schoolondersteuningsprofiel en de contactgegevens van de "
                "ondersteuningscoördinator. Iedere leerling in groep 8 van de basisscholen in de regio ontvangt in "
                "november de folder Wegwijzer Ondersteuning VO, die ook op de voorlichtingsavonden wordt uitgedeeld. "
                "Ouders van leerlingen met een arrangement krijgen bij de start een informatiebrief van de school. "
                "Viermaal per jaar verschijnt een digitale nieuwsbrief voor ouders, en elk voorjaar organiseert het "
                "samenwerkingsverband een informatieavond over de ondersteuningsmogelijkheden in de regio."),
          ("p", "De wet vraagt ieder samenwerkingsverband om een ouder- en jeugdsteunpunt. Hoe dat in onze regio "
                "wordt vormgegeven en met welke partners, werken we in het voorjaar van 2027 uit."),
          ("p", "Voor interne communicatie met scholen gebruiken we het directeurenoverleg, het netwerk van "
                "ondersteuningscoördinatoren en een tweewekelijkse mailing.")]
    b += [("h1", "9. Personeel en professionalisering")] + filler("personeel", ctx, rng) + filler("kennisdeling", ctx, rng, 2)
    b += [("h1", "10. ICT en privacy")] + filler("ict", ctx, rng)
    b += [("h1", "11. Aansluiting vo-mbo")] + filler("mbo", ctx, rng)
    b += [("h1", "12. Planning en evaluatie")] + filler("planning", ctx, rng)
    b += [("h1", "Begrippenlijst"),
          ("table", [["Begrip", "Omschrijving"],
                     ["Financiën / verdeelmodel", "De regels waarmee de ondersteuningsmiddelen over de scholen worden verdeeld, met per leerling een vast bedrag"],
                     ["Meerjarenbegroting", "Begroting van baten en lasten voor vier jaar"],
                     ["OJSP", "Ouder- en jeugdsteunpunt: onafhankelijke plek waar ouders en jongeren terecht kunnen met vragen en onenigheid"],
                     ["Onderwijsconsulent", "Onafhankelijke deskundige die ouders kosteloos adviseert bij een conflict met school"],
                     ["Terugplaatsing", "Overstap van het vso naar het regulier vo na afloop van de TLV"],
                     ["TLV", "Toelaatbaarheidsverklaring voor het vso"],
                     ["Bezwaar", "Ouders kunnen binnen zes weken bezwaar maken tegen een besluit over toelaatbaarheid"]])]
    title = [("title", "Ondersteuningsplan 2026-2030 — Samenwerkingsverband VO IJssel-Vecht (VO 23-91)"),
             ("p", "Vastgesteld door de directeur-bestuurder op 24 maart 2026, na instemming van de OPR op 10 maart 2026"),
             ("p", "Thema's: basisondersteuning · toelaatbaarheid · terugplaatsing · financiën en meerjarenbegroting · dekkend aanbod · resultaten · ouders en ouder- en jeugdsteunpunt")]
    return with_toc(title, b), ctx, "Ondersteuningsplan 2026-2030 | financiën · toewijzing · ouders en steunpunt"


LABEL1 = """documents: [vo-ijsselvecht-op-2026-2030.docx]
sector: vo
looks_like_plan: true
elements: {basisondersteuning: present, plaatsing: partial, terugstroom: present, financien: missing, dekkend-aanbod: present, resultaten: partial, ouders: partial}
criteria:
  basisondersteuning.niveau: true
  basisondersteuning.inhoud: true
  plaatsing.procedure: true
  plaatsing.criteria: false
  terugstroom.procedure: true
  terugstroom.beleid: true
  financien.verdeling: false
  financien.besteding: false
  dekkend-aanbod.continuum: true
  dekkend-aanbod.lacunes: true
  resultaten.doelen: true
  resultaten.monitoring: false
  ouders.informatie: true
  ouders.steunpunt: false
advisory_addressed:
  basisondersteuning: [borging]
  plaatsing: [deskundigen, duur-categorie]
  dekkend-aanbod: [ketenpartners]
  resultaten: [meetbaar]
  ouders: [betrokkenheid]
notes:
  basisondersteuning: "4.1 defines the verband-wide ondergrens for every vestiging and a 12-standard table of concrete provisions; audit + verbeterplan = borging."
  plaatsing: "5.1 gives applicant, dossier, 5 steps, Commissie Toewijzing, 6 weeks, two deskundigen, duration/category; the criteria are explicitly deferred to 2026-2027 ('op haar eigen merites'). Bezwaar appears only in the begrippenlijst."
  terugstroom: "Hidden in 5.3 'Evaluatie en einde van de verklaring' inside the TLV chapter: policy (aim, conditions, 6 months AB after return) and procedure (1 Feb evaluation, overstapplan, 8-week proefperiode, new TLV before 1 April)."
  financien: "Ch. 6 only says verdeling and meerjarenbegroting are not part of the plan (Kadernota Middelen) and a new verdeelmodel 'volgt'; the per-leerling definition sits only in the begrippenlijst; header/title page mention financiën."
  dekkend-aanbod: "4.2 four-layer continuum with named voorzieningen; 4.3 OPA within 10 weeks, thuiszitterstafel, twice-yearly gap analysis leading to new voorzieningen; gemeenten/OZA = ketenpartners."
  resultaten: "Ch. 7 lists measurable intended results; how they are measured/reported is deferred to a kwaliteitskader 'p.m.'."
  ouders: "Ch. 8 'Communicatie' covers information (website SOPs, Wegwijzer folder, newsletters, info evening); the ouder- en jeugdsteunpunt is deferred to spring 2027 and onderwijsconsulenten/OJSP appear only in the begrippenlijst. OPR half parents/pupils (3.1) = betrokkenheid."
"""

# ---------------------------------------------------------------------------
# Plan 2 — VO Rivierenland West (pdf)
# ---------------------------------------------------------------------------


def plan2():
    ctx = dict(swv="Stichting Passend Voortgezet Onderwijs Rivierenland West", periode="2026-2030", n_besturen="7",
               n_scholen="16", n_leerlingen="11.800", gemeenten="Tiel, Culemborg, Buren en West Betuwe (fictief)",
               code="VO 30-97", vaststelling="15 april 2026", opr_datum="2 april 2026", oogo_datum="11 maart 2026")
    rng = random.Random(1732)
    b = []
    b += [("h1", "Voorwoord")] + filler("voorwoord", ctx, rng)
    b += [("h1", "Samenvatting"),
          ("p", "Dit plan beschrijft in hoofdlijnen hoe het samenwerkingsverband de komende vier jaar werkt aan "
                "passend onderwijs. Hoofdstuk 4 gaat over de ondersteuningsstructuur, hoofdstuk 5 over "
                "toelaatbaarheid, hoofdstuk 6 over terugplaatsing, hoofdstuk 7 over geld en middelen en hoofdstuk 8 "
                "over resultaten. Hoofdstuk 9 beschrijft hoe ouders worden geïnformeerd en ondersteund. Voor "
                "lezers met weinig tijd geeft deze samenvatting de belangrijkste keuzes: minder bureaucratie, meer "
                "ondersteuning in de school, en duidelijke afspraken over wie wat doet.")]
    b += [("h1", "1. Inleiding")] + filler("inleiding", ctx, rng)
    b += [("h2", "1.1 De regio")] + filler("regio", ctx, rng)
    b += [("h1", "2. Terugblik")] + filler("terugblik", ctx, rng)
    b += [("h1", "3. Visie en organisatie")] + filler("visie", ctx, rng, 4) + filler("governance", ctx, rng, 3)
    b += [("h2", "3.1 Ondersteuningsplanraad")] + filler("opr_ouders", ctx, rng)
    b += [("h1", "4. De ondersteuningsstructuur"),
          ("h2", "4.1 Basisondersteuning"),
          ("p", "In ons samenwerkingsverband hebben alle besturen afgesproken dat iedere vestiging minimaal "
                "hetzelfde niveau van basisondersteuning biedt. Dit niveau geldt als ondergrens voor alle scholen, "
                "ongeacht schoolsoort of denominatie; een school mag meer bieden, maar nooit minder. Leerlingen "
                "hoeven voor basisondersteuning geen aanvraag te doen bij het samenwerkingsverband."),
          ("p", "Welke voorzieningen, interventies en expertise daar concreet onder vallen, is uitgewerkt in het "
                "document 'Standaarden Basisondersteuning VO Rivierenland West', dat op onze website staat en "
                "tweejaarlijks door het directeurenoverleg wordt geactualiseerd."),
          ("h2", "4.2 Het ondersteuningscontinuüm"),
          ("p", "Boven op de basisondersteuning kent het verband drie vormen van extra ondersteuning. Ten eerste "
                "de ondersteuning die de school zelf organiseert met haar schoolbudget, zoals een "
                "trajectvoorziening of een rustklas. Ten tweede de regionale arrangementen: het Plusprogramma "
                "voor hoogbegaafde leerlingen in Culemborg, de autismeklassen op vier vestigingen en de "
                "onderwijs-zorgklas Tussenstap in Tiel, waar onderwijs en jeugdhulp samen een programma bieden. "
                "Ten derde het voortgezet speciaal onderwijs en het praktijkonderwijs. Een leerling kan tussen "
                "deze vormen op- en afschalen; het OPP is daarbij het leidende document."),
          ("h2", "4.3 Dekkend netwerk"),
          ("p", "Het samenwerkingsverband houdt per kwartaal een registratie bij van leerlingen die thuiszitten of "
                "geen passende plek hebben. Elke melding van de leerplichtambtenaar wordt binnen vijf werkdagen "
                "opgepakt door een trajectbegeleider van het verband, die samen met school, ouders en jeugdhulp "
                "een plan maakt. Jaarlijks stelt het bestuur op basis van deze registratie vast waar het aanbod "
                "tekortschiet; in 2025 leidde dat tot een extra groep in Tussenstap. Met de gemeenten is in het "
                "OOGO afgesproken dat een school bij een dreigende thuiszitter binnen twee weken jeugdhulp kan "
                "inschakelen zonder verwijzing van de huisarts.")]
    b += [("h1", "5. Toelaatbaarheid tot vso, lwoo en pro"),
          ("p", "Het samenwerkingsverband beslist over de toelaatbaarheid tot het voortgezet speciaal onderwijs, "
                "over de aanwijzing voor leerwegondersteunend onderwijs en over de toelaatbaarheid tot het "
                "praktijkonderwijs. Het besluit wordt genomen door de Commissie van Toelaatbaarheid (CvT), die "
                "namens het bestuur handelt."),
          ("h2", "5.1 Procedure"),
          ("p", "De school waar de leerling ingeschreven staat, dient de aanvraag in. Ouders worden vooraf gehoord en "
                "hun zienswijze maakt deel uit van het dossier. De CvT vraagt advies aan twee deskundigen: altijd "
                "een orthopedagoog of psycholoog, en daarnaast, afhankelijk van de vraag, een kinder- en "
                "jeugdpsychiater, een arts of een maatschappelijk werker. Geen van beide deskundigen is "
                "betrokken geweest bij de aanvraag. De CvT besluit binnen zes weken; in spoedsituaties binnen tien "
                "werkdagen. Een TLV vso geldt voor één, twee of drie schooljaren, tot en met 31 juli van het "
                "laatste schooljaar, en vermeldt de bekostigingscategorie laag, midden of hoog."),
          ("h2", "5.2 Criteria"),
          ("p", "De CvT verklaart een leerling toelaatbaar tot het vso wanneer aan alle volgende voorwaarden is "
                "voldaan:"),
          ("table", [["Criterium", "Toelichting"],
                     ["A. Ondersteuningsbehoefte", "De ondersteuningsbehoefte op ten minste twee van de domeinen leren, gedrag, sociaal-emotioneel of medisch overstijgt wat de reguliere school met basis- en extra ondersteuning kan bieden"],
                     ["B. Handelingsgericht traject", "Er is minimaal één OPP-cyclus van 16 weken met extra ondersteuning uitgevoerd en geëvalueerd, tenzij sprake is van een crisissituatie"],
                     ["C. Perspectief", "Het vso biedt naar het oordeel van beide deskundigen een beter ontwikkelingsperspectief dan het regulier onderwijs"],
                     ["Categorie midden", "Leerlingen met een lichamelijke beperking of langdurige ziekte die dagelijks verpleegkundige handelingen vraagt"],
                     ["Categorie hoog", "Leerlingen met meervoudige beperkingen die een-op-een begeleiding nodig hebben"]]),
          ("p", "Voor lwoo en pro hanteert het samenwerkingsverband de landelijke criteria: voor pro een IQ tussen "
                "55 en 80 en een leerachterstand van drie jaar of meer op ten minste twee van de domeinen "
                "inzichtelijk rekenen, begrijpend lezen, technisch lezen en spelling; voor lwoo een IQ tussen 75 "
                "en 90 en een leerachterstand van anderhalf tot drie jaar op ten minste twee domeinen, of "
                "sociaal-emotionele problematiek die het leren belemmert."),
          ("h2", "5.3 Bezwaar"),
          ("p", "Ouders die het niet eens zijn met een besluit, kunnen binnen zes weken bezwaar maken bij het bestuur. "
                "Het bestuur vraagt advies aan de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen en "
                "beslist binnen tien weken op het bezwaar.")]
    b += [("h1", "6. Terugplaatsing"),
          ("p", "Het samenwerkingsverband wil dat plaatsing in het vso geen eindstation is. Ons uitgangspunt is dat "
                "een leerling terugkeert naar het regulier vo zodra de ondersteuningsbehoefte dat toelaat. Een "
                "terugkeer is verantwoord als de leerling ten minste een half jaar stabiel functioneert, als de "
                "leerling zelf gemotiveerd is en als er een vo-school is die met een arrangement kan aansluiten "
                "op de behoefte. Na terugkeer heeft de leerling een jaar recht op begeleiding door een "
                "ambulant begeleider, en de ontvangende school krijgt daarvoor een arrangement uit het budget "
                "regionale arrangementen."),
          ("p", "De precieze stappen, de rolverdeling tussen vso-school en vo-school en de momenten waarop een "
                "terugkeer wordt beoordeeld, leggen we vast in een protocol terugplaatsing dat in het voorjaar van "
                "2027 samen met de vso-scholen wordt opgesteld.")]
    b += [("h1", "7. Geld en middelen"),
          ("p", "De ondersteuningsmiddelen worden volgens een vast verdeelmodel ingezet. Uitgangspunt is dat het geld "
                "zo dicht mogelijk bij de leerling komt. Het verdeelmodel kent drie stappen:"),
          ("ul", ["eerst worden de verplichte afdrachten aan het vso op basis van de teldatum 1 oktober gereserveerd;",
                  "van het resterende bedrag gaat 70% als schoolbudget naar de besturen, verdeeld naar rato van het aantal leerlingen per vestiging op 1 oktober, met een vaste voet van € 25.000 per vestiging;",
                  "de overige 30% financiert de regionale arrangementen en het bureau; aanvragen voor een regionaal arrangement worden beoordeeld door de CvT op basis van het OPP."]),
          ("p", "Het bestuur hanteert een signaleringswaarde voor de reserves van 5% van de baten; het deel daarboven "
                "wordt in de planperiode ingezet voor extra arrangementen. Scholen verantwoorden de besteding van "
                "hun schoolbudget jaarlijks vóór 1 november in een format van het samenwerkingsverband."),
          ("p", "Een meerjarenbegroting met bedragen per post is in dit plan nog niet opgenomen: de begroting voor "
                "2026 en de meerjarenraming volgen zodra de definitieve beschikking van het ministerie bekend is. "
                "Tot die tijd zijn de bedragen p.m.")]
    b += [("h1", "8. Kwaliteitszorg en resultaten"),
          ("p", "Het samenwerkingsverband werkt met een jaarlijkse kwaliteitscyclus. Ieder najaar verzamelt het "
                "bureau de kengetallen uit de DUO-gegevens, de registratie thuiszitters en de evaluaties van "
                "arrangementen. In december bespreekt het bestuur een kwaliteitsrapportage, die in januari met "
                "de OPR wordt gedeeld en in het jaarverslag wordt opgenomen. Elke twee jaar bevragen we ouders en "
                "scholen met een tevredenheidsonderzoek. In 2028 vindt een externe evaluatie van dit plan plaats."),
          ("table", [["Beoogd resultaat", "Nulmeting 2025", "Streefwaarde 2030"],
                     ["Deelname vso", "3,6%", "3,2%"],
                     ["Leerlingen > 4 weken thuis zonder onderwijs", "22", "minder dan 8"],
                     ["Arrangementen met positieve evaluatie", "71%", "85%"],
                     ["Terugkeer naar regulier vo na Tussenstap", "58%", "75%"],
                     ["Ouders tevreden over de ondersteuning", "6,8", "7,5"]])]
    b += [("h1", "9. Communicatie en ondersteuning van ouders"),
          ("p", "Ouders ontvangen bij aanmelding op een vo-school de brochure 'Ondersteuning in Rivierenland West', "
                "waarin staat welke ondersteuning scholen bieden en hoe een arrangement wordt aangevraagd. De "
                "brochure staat ook op de website, samen met de schoolondersteuningsprofielen van alle vestigingen. "
                "Elk jaar in oktober organiseert het verband een ouderavond in Tiel en in Culemborg."),
          ("p", "Voor onafhankelijk advies kunnen ouders en jongeren terecht bij Ouderpunt Rivierenland, het "
                "ouder- en jeugdsteunpunt dat door een onafhankelijke stichting wordt uitgevoerd en dat niet aan "
                "een school is verbonden. Het Ouderpunt is op werkdagen telefonisch bereikbaar, denkt mee bij "
                "vragen en kan bij onenigheid een gesprek met school begeleiden. Daarnaast kunnen ouders kosteloos "
                "een onderwijsconsulent inschakelen, en bij een klacht over het samenwerkingsverband de "
                "Landelijke Klachtencommissie Onderwijs.")]
    b += [("h1", "10. Samenwerking met gemeenten")] + filler("oogo_proc", ctx, rng)
    b += [("h1", "11. Personeel en kennisdeling")] + filler("personeel", ctx, rng) + filler("kennisdeling", ctx, rng)
    b += [("h2", "11.1 Minder regeldruk")] + filler("lastendruk", ctx, rng)
    b += [("h1", "12. ICT en privacy")] + filler("ict", ctx, rng, 2)
    b += [("h1", "13. Planning")] + filler("planning", ctx, rng) + filler("mbo", ctx, rng, 1) + filler("intern", ctx, rng, 1)
    b += [("h1", "Bijlage: afkortingen"),
          ("table", [["Afkorting", "Betekenis"], ["CvT", "Commissie van Toelaatbaarheid"], ["lwoo", "leerwegondersteunend onderwijs"],
                     ["OJSP", "ouder- en jeugdsteunpunt"], ["OPP", "ontwikkelingsperspectiefplan"], ["pro", "praktijkonderwijs"],
                     ["TLV", "toelaatbaarheidsverklaring"], ["vso", "voortgezet speciaal onderwijs"]])]
    title = [("title", "Ondersteuningsplan 2026-2030 — Passend Voortgezet Onderwijs Rivierenland West (VO 30-97)"),
             ("p", "Vastgesteld op 15 april 2026")]
    return with_toc(title, b), ctx


LABEL2 = """documents: [vo-rivierenland-west-op-2026-2030.pdf]
sector: vo
looks_like_plan: true
elements: {basisondersteuning: partial, plaatsing: present, terugstroom: partial, financien: partial, dekkend-aanbod: present, resultaten: present, ouders: present}
criteria:
  basisondersteuning.niveau: true
  basisondersteuning.inhoud: false
  plaatsing.procedure: true
  plaatsing.criteria: true
  terugstroom.procedure: false
  terugstroom.beleid: true
  financien.verdeling: true
  financien.besteding: false
  dekkend-aanbod.continuum: true
  dekkend-aanbod.lacunes: true
  resultaten.doelen: true
  resultaten.monitoring: true
  ouders.informatie: true
  ouders.steunpunt: true
advisory_addressed:
  plaatsing: [deskundigen, duur-categorie, bezwaar]
  financien: [reserves, verantwoording]
  dekkend-aanbod: [ketenpartners]
  resultaten: [meetbaar]
  ouders: [betrokkenheid]
notes:
  basisondersteuning: "4.1 states the agreed ondergrens for every vestiging, but the concrete provisions are only in a website document ('Standaarden Basisondersteuning') that is not part of the input."
  plaatsing: "Ch. 5: applicant, zienswijze, CvT, two independent deskundigen, 6 weeks, duration + category; criteria table A-C and national lwoo/pro criteria; bezwaar via LBT."
  terugstroom: "Ch. 6 gives policy (aim, conditions, a year of AB after return); steps/roles/moments are deferred to a 'protocol terugplaatsing' in spring 2027."
  financien: "Ch. 7 'Geld en middelen' gives the verdeelmodel (70/30, vaste voet, teldatum), reserves norm and school verantwoording; the meerjarenbegroting with amounts is 'p.m.'."
  dekkend-aanbod: "4.2 continuum (schoolbudget, regional arrangementen, vso/pro); 4.3 quarterly registration, trajectbegeleider within 5 days, yearly gap analysis."
  resultaten: "Ch. 8 kwaliteitscyclus, reporting and evaluation plus a table with nulmeting and streefwaarden (content partly only in the table)."
  ouders: "Ch. 9 brochure, website, ouderavond; Ouderpunt Rivierenland (OJSP), onderwijsconsulent, klachtencommissie; OPR half parents/pupils."
"""

# ---------------------------------------------------------------------------
# Plan 3 — VO Kempenrand (markdown)
# ---------------------------------------------------------------------------


def plan3():
    ctx = dict(swv="Samenwerkingsverband Voortgezet Onderwijs Kempenrand", periode="2025-2029", n_besturen="6",
               n_scholen="14", n_leerlingen="9.600", gemeenten="Bergeijk, Bladel, Eersel en Reusel-De Mierden (fictief)",
               code="VO 30-98", vaststelling="8 april 2025", opr_datum="25 maart 2025", oogo_datum="18 februari 2025")
    rng = random.Random(1733)
    b = []
    b += [("h1", "Voorwoord")] + filler("voorwoord", ctx, rng)
    b += [("h1", "1. Kerngegevens en context")] + filler("inleiding", ctx, rng) + [
        ("table", [["Bestuur", "Vestigingen", "Leerlingen 1-10-2024"],
                   ["Stichting Kempenrand College", "4", "3.410"], ["Ons Middelbaar Onderwijs (deel)", "3", "2.280"],
                   ["Stichting Praktijkschool De Akkers", "1", "310"], ["Stichting Pallas", "3", "2.150"],
                   ["Cluster 4-stichting De Berk", "2", "640"], ["Stichting De Linde", "1", "810"]])]
    b += [("h2", "1.1 De regio")] + filler("regio", ctx, rng)
    b += [("h1", "2. Visie")] + filler("visie", ctx, rng)
    b += [("h1", "3. Bestuur, toezicht en medezeggenschap")] + filler("governance", ctx, rng) + filler("opr_neutraal", ctx, rng) \
        + filler("oogo_proc", ctx, rng)
    b += [("h1", "4. Wat elke school in de Kempenrand altijd regelt"),
          ("p", "Alle veertien vestigingen hebben in 2024 een gezamenlijke afspraak gemaakt over het minimum aan "
                "ondersteuning dat iedere leerling, zonder aanvraag of indicatie, op school kan krijgen. Die "
                "afspraak noemen we in de Kempenrand de 'Kempenrandse basis'. Het is het niveau waaraan iedere "
                "vestiging moet voldoen, van praktijkonderwijs tot vwo."),
          ("p", "Concreet kan iedere leerling op iedere vestiging rekenen op: een mentor die minstens twee keer per "
                "jaar een persoonlijk gesprek voert; een ondersteuningscoördinator die binnen vijf schooldagen "
                "reageert op een vraag van de mentor; begeleiding bij dyslexie en dyscalculie volgens protocol, "
                "inclusief auditieve ondersteuning; een aanbod faalangstreductie en een training sociale "
                "vaardigheden; een vaste opvangruimte bij verwijdering uit de les; huiswerkbegeleiding in de "
                "onderbouw; een aanspreekpunt voor leerlingen met een medische aandoening; en een "
                "ondersteuningsteam waarin de jeugdarts en de jeugdprofessional van de gemeente aanschuiven."),
          ("h1", "5. Het ondersteuningsaanbod"),
          ("p", "Het aanbod in de Kempenrand is opgebouwd als een trap. Op de eerste trede staat de Kempenrandse "
                "basis. Op de tweede trede bieden scholen extra ondersteuning met hun eigen schoolbudget, zoals een "
                "trainingsklas of een individuele coach. Op de derde trede staan de regionale voorzieningen: de "
                "Schakelklas in Bladel voor leerlingen die tijdelijk in een kleine groep moeten leren, de "
                "Ontwikkelklas voor hoogbegaafde onderpresteerders in Eersel en het praktijkonderwijs van De "
                "Akkers. Op de vierde trede staat het vso van De Berk. Een leerling stapt alleen naar een hogere "
                "trede als het OPP laat zien dat de lagere trede niet volstaat."),
          ("p", "Wij streven ernaar dat het aanbod in de regio dekkend is. Zo kunnen we met elkaar zorgen dat "
                "ieder kind een plek heeft.")]
    b += [("h1", "6. Toewijzing"),
          ("p", "Het samenwerkingsverband beslist over toelaatbaarheid tot het vso, over lwoo en over pro. Een "
                "leerling is toelaatbaar tot het vso als:"),
          ("ul", ["de ondersteuningsbehoefte aantoonbaar groter is dan wat de reguliere school met de Kempenrandse basis en een arrangement op de tweede of derde trede kan bieden;",
                  "er twee OPP-cycli van elk minimaal tien weken zijn doorlopen en geëvalueerd, waarvan één met inzet van een regionale voorziening;",
                  "er sprake is van ernstige gedrags- of psychiatrische problematiek (categorie laag), een lichamelijke beperking of chronische ziekte met dagelijkse verpleegkundige zorg (midden) of een meervoudige beperking (hoog)."]),
          ("p", "Het samenwerkingsverband maakt gebruik van de mogelijkheid om eigen criteria voor lwoo te hanteren "
                "(opting out): een leerling heeft recht op lwoo als de leerachterstand op ten minste één domein "
                "(rekenen of begrijpend lezen) anderhalf jaar of meer bedraagt én de school in het OPP beschrijft "
                "welke leerwegondersteuning nodig is. Voor pro gelden de landelijke criteria."),
          ("p", "Hoe een aanvraag verloopt, wie haar indient en wie beslist, is beschreven in bijlage 6 'Route "
                "toelaatbaarheid'. Bijlagen 6 en 7 zijn als afzonderlijke documenten gepubliceerd.")]
    b += [("h1", "7. Geld en middelen"),
          ("p", "De tabellen hieronder tonen hoe het samenwerkingsverband de middelen verdeelt en besteedt."),
          ("table", [["Verdeelsleutel", "Grondslag", "Toelichting"],
                     ["Schoolbudget", "€ 142 per leerling (teldatum 1 oktober)", "Rechtstreeks naar het bestuur, voor de tweede trede"],
                     ["Lwoo/pro", "Aantal toegewezen leerlingen × normbedrag", "Doorbetaald aan scholen met lwoo of pro"],
                     ["Regionale voorzieningen", "Vast budget per voorziening", "Op basis van een jaarplan per voorziening, vastgesteld door het bestuur"],
                     ["Vso-afdracht", "Aantal TLV's × categoriebedrag", "Rechtstreeks door DUO ingehouden"]]),
          ("table", [["Meerjarenbegroting (x € 1.000)", "2025", "2026", "2027", "2028"],
                     ["Baten ondersteuning", "9.840", "9.710", "9.560", "9.420"],
                     ["Afdracht vso", "3.120", "3.090", "3.050", "3.010"],
                     ["Lwoo en pro", "3.460", "3.410", "3.360", "3.300"],
                     ["Schoolbudgetten", "1.363", "1.340", "1.318", "1.295"],
                     ["Regionale voorzieningen", "1.420", "1.400", "1.380", "1.360"],
                     ["Bureau en bestuur", "540", "550", "560", "570"],
                     ["Resultaat", "-63", "-80", "-108", "-115"]]),
          ("p", "De negatieve resultaten worden gedekt uit de algemene reserve, die eind 2024 € 1,9 miljoen "
                "bedroeg. Daarmee brengen we de reserve terug naar de signaleringswaarde van de inspectie.")]
    b += [("h1", "8. Kwaliteitszorg"),
          ("p", "Welke resultaten we willen bereiken, leggen de scholen vast in hun schoolplannen; het "
                "samenwerkingsverband formuleert daar geen eigen doelen bovenop."),
          ("p", "Het samenwerkingsverband volgt wel nauwgezet wat er gebeurt. Elk kwartaal ontvangt het bestuur een "
                "dashboard met het aantal TLV's, lwoo- en pro-toewijzingen, de bezetting van de regionale "
                "voorzieningen en de uitstroom uit de Schakelklas. Elk voorjaar evalueren de "
                "ondersteuningscoördinatoren per school de ingezette arrangementen met een vaste vragenlijst. De "
                "uitkomsten worden samengebracht in een kwaliteitsrapportage die in juni met het "
                "directeurenoverleg en de OPR wordt besproken en in het jaarverslag wordt gepubliceerd. In 2027 "
                "vindt een visitatie door twee andere samenwerkingsverbanden plaats.")]
    b += [("h1", "9. Personeel")] + filler("personeel", ctx, rng) + filler("kennisdeling", ctx, rng)
    b += [("h2", "9.1 Wettelijk kader en regeldruk")] + filler("wettelijk", ctx, rng) + filler("lastendruk", ctx, rng)
    b += [("h2", "9.2 Samenwerking met andere verbanden")] + filler("samenwerking_swv", ctx, rng)
    b += [("h1", "10. ICT en interne communicatie")] + filler("ict", ctx, rng) + filler("intern", ctx, rng)
    b += [("h1", "11. Overgang naar mbo en arbeid")] + filler("mbo", ctx, rng)
    b += [("h1", "12. Planning")] + filler("planning", ctx, rng) + filler("terugblik", ctx, rng, 2)
    b += [("h1", "Begrippenlijst"),
          ("ul", ["Terugplaatsing: de terugkeer van een vso-leerling naar het regulier voortgezet onderwijs na afloop van de TLV.",
                  "Ouder- en jeugdsteunpunt (OJSP): onafhankelijke plek waar ouders en jongeren informatie en hulp krijgen bij vragen over ondersteuning.",
                  "Thuiszitter: leerplichtige jongere die zonder vrijstelling niet naar school gaat.",
                  "Zorgplicht: de plicht van een school om een aangemelde leerling een passende plek te bieden.",
                  "Resultaten: de bereikte uitkomsten van het onderwijs aan leerlingen met een ondersteuningsbehoefte."])]
    title = [("title", "Ondersteuningsplan 2025-2029 — Samenwerkingsverband VO Kempenrand (VO 30-98)")]
    extra = ["Bijlage 6 Route toelaatbaarheid (separaat)", "Bijlage 7 Ouderinformatie en ouder- en jeugdsteunpunt (separaat)",
             "Bijlage 8 Terugplaatsingsprotocol (separaat)"]
    return with_toc(title, b, extra), ctx


LABEL3 = """documents: [vo-kempenrand-op-2025-2029.md]
sector: vo
looks_like_plan: true
elements: {basisondersteuning: present, plaatsing: partial, terugstroom: missing, financien: present, dekkend-aanbod: partial, resultaten: partial, ouders: missing}
criteria:
  basisondersteuning.niveau: true
  basisondersteuning.inhoud: true
  plaatsing.procedure: false
  plaatsing.criteria: true
  terugstroom.procedure: false
  terugstroom.beleid: false
  financien.verdeling: true
  financien.besteding: true
  dekkend-aanbod.continuum: true
  dekkend-aanbod.lacunes: false
  resultaten.doelen: false
  resultaten.monitoring: true
  ouders.informatie: false
  ouders.steunpunt: false
advisory_addressed:
  plaatsing: [duur-categorie]
  financien: [reserves]
notes:
  basisondersteuning: "Ch. 4 'Wat elke school in de Kempenrand altijd regelt' (no word basisondersteuning in the heading): agreed minimum for all 14 vestigingen plus concrete list."
  plaatsing: "Ch. 6 'Toewijzing' gives vso criteria (incl. categories) and own lwoo criteria; the procedure is only referred to bijlage 6, which is not part of the input."
  terugstroom: "Only in the TOC (absent bijlage 8) and the begrippenlijst; ch. 5 names the vso as the fourth step of the ladder but says nothing about returning from it."
  financien: "Ch. 7 'Geld en middelen': content only in tables (verdeelsleutels with per-leerling amount, meerjarenbegroting 2025-2028) plus reserve."
  dekkend-aanbod: "Ch. 5 describes the four-step continuum; gaps/thuiszitters/zorgplicht only as a 'we streven ernaar' sentence and in the begrippenlijst."
  resultaten: "Ch. 8 describes monitoring (dashboard, evaluations, rapportage, visitatie) but explicitly leaves intended results to the schools' schoolplannen."
  ouders: "No body text on informing parents or independent help; OJSP only in the begrippenlijst and absent bijlage 7 in the TOC; OPR described without parent role."
"""

# ---------------------------------------------------------------------------
# Plan 4 — PO De Linge (docx + pdf)
# ---------------------------------------------------------------------------


def plan4():
    ctx = dict(swv="Samenwerkingsverband Primair Onderwijs De Linge", periode="2026-2030", n_besturen="11",
               n_scholen="58", n_leerlingen="12.900", gemeenten="Geldermalsen, Lingewaal en Neerijnen (fictief)",
               code="PO 25-96", vaststelling="31 maart 2026", opr_datum="17 maart 2026", oogo_datum="12 maart 2026")
    rng = random.Random(1734)
    b = []
    b += [("h1", "Voorwoord")] + [("p", p[1].replace("mentoren", "leerkrachten").replace("docenten", "leerkrachten"))
                                  for p in filler("voorwoord", ctx, rng)]
    b += [("h1", "1. Inleiding")] + filler("inleiding", ctx, rng)
    b += [("h2", "1.1 De regio")] + filler("regio", ctx, rng)
    b += [("h2", "1.2 Landelijke ontwikkelingen"), ("p", fill(FILLER["visie"][3], ctx))]
    b += [("h1", "2. Missie en visie"),
          ("p", "Het samenwerkingsverband De Linge wil dat ieder kind in de regio een plek vindt op een school die "
                "bij hem past. Ons doel is een dekkend aanbod, dichtbij huis, waarin kinderen zoveel mogelijk samen "
                "naar school gaan."),
          ("p", "Wij kiezen voor een nuchtere aanpak: de leerkracht doet ertoe, de intern begeleider is de spil "
                "in de school, en het samenwerkingsverband helpt waar de school vastloopt. We willen dat kinderen "
                "zich gezien voelen en dat hun ouders ervaren dat er naar hen wordt geluisterd."),
          ("p", "Onze kernwaarden zijn vertrouwen, eenvoud en samenwerking. Vertrouwen in de professional; "
                "eenvoud in procedures; samenwerking met partners rond het kind.")]
    b += [("h1", "3. Organisatie")] + [("p", p[1].replace("cao voortgezet onderwijs", "cao primair onderwijs"))
                                       for p in filler("governance", ctx, rng, 3)]
    b += [("h2", "3.1 Medezeggenschap en totstandkoming")] + filler("opr_ouders", ctx, rng) + [
        ("p", "Het concept van dit plan is op 12 maart 2026 besproken in het OOGO met de drie gemeenten; het verslag "
              "is door alle partijen ondertekend.")]
    b += [("h1", "4. Basisondersteuning"),
          ("p", "Een verbandsbrede norm voor basisondersteuning is er op dit moment niet. De elf besturen stellen "
                "in schooljaar 2026-2027 gezamenlijk vast welk minimumniveau voor alle scholen gaat gelden. Tot die "
                "tijd beschrijft iedere school haar eigen basisondersteuning in het schoolondersteuningsprofiel."),
          ("p", "Bij de inventarisatie die wij in 2025 op alle 58 scholen hebben gedaan, troffen we de volgende "
                "voorzieningen aan, die ouders op de scholen in de praktijk kunnen verwachten:"),
          ("ul", ["een intern begeleider met ten minste één dag per week per 200 leerlingen;",
                  "groepsbesprekingen drie keer per jaar en handelingsgericht werken met groepsoverzichten;",
                  "een dyslexieprotocol en een protocol ernstige rekenproblemen;",
                  "een programma voor sociaal-emotionele ontwikkeling (zoals Kanjertraining of De Vreedzame School);",
                  "verrijkingsmateriaal en een plusgroep voor meer- en hoogbegaafde leerlingen;",
                  "een protocol medisch handelen;",
                  "een ondersteuningsteam waarin intern begeleider, directeur en een orthopedagoog van het bestuur casussen bespreken."])]
    b += [("h1", "5. De Commissie Passende Plek"),
          ("p", "Sommige kinderen hebben meer nodig dan een basisschool kan bieden, ook met extra ondersteuning. "
                "Voor plaatsing op een school voor speciaal basisonderwijs of speciaal onderwijs is een "
                "toelaatbaarheidsverklaring nodig. In De Linge heet het orgaan dat daarover beslist de Commissie "
                "Passende Plek (CPP)."),
          ("h2", "5.1 Zo werkt het"),
          ("p", "Het bestuur van de school waar het kind staat ingeschreven, vraagt de verklaring aan. Daarvoor "
                "vult de intern begeleider samen met ouders het groeidocument in; ouders tekenen voor gezien en "
                "geven hun zienswijze. Het groeidocument gaat naar de CPP, die binnen tien werkdagen een "
                "multidisciplinair overleg op school plant. Twee deskundigen – altijd een orthopedagoog of "
                "psycholoog en een tweede deskundige die past bij de vraag van het kind – geven elk een "
                "schriftelijk advies. De CPP neemt binnen zes weken na ontvangst van een volledig dossier een "
                "besluit. Ouders kunnen binnen zes weken na dagtekening bezwaar maken; het samenwerkingsverband "
                "is aangesloten bij de Landelijke Bezwaaradviescommissie."),
          ("h2", "5.2 Wanneer is een kind toelaatbaar?"),
          ("table", [["", "Speciaal basisonderwijs", "Speciaal onderwijs (cluster 3 en 4)"],
                     ["Leerontwikkeling", "Achterstand van ten minste anderhalf jaar op twee kerndomeinen ondanks een jaar extra ondersteuning", "Zeer laag ontwikkelingsperspectief (uitstroom dagbesteding of arbeid) of ernstige meervoudige leerproblemen"],
                     ["Gedrag / sociaal-emotioneel", "Behoefte aan een kleinere groep en een vaste structuur gedurende de hele schooldag", "Ernstige gedrags- of psychiatrische problematiek die de veiligheid van kind of groep bedreigt"],
                     ["Lichamelijk / medisch", "n.v.t.", "Lichamelijke beperking of langdurige ziekte waarvoor dagelijks zorg onder schooltijd nodig is"],
                     ["Voorwaarde", "Handelingsgericht traject van minimaal 20 weken gedocumenteerd in het groeidocument", "Handelingsgericht traject gedocumenteerd; uitzondering bij crisis"]]),
          ("p", "Een verklaring voor het sbo geldt tot het einde van de basisschoolperiode; een verklaring voor het "
                "so geldt twee schooljaren, met categorie laag, midden of hoog.")]
    b += [("h1", "6. Doorlopende lijnen en overstappen")] + filler("po_overstap", ctx, rng) + [
        ("h2", "6.1 Terug naar de wijkschool"),
        ("p", "Wij vinden het belangrijk dat een kind dat in het sbo of so tot bloei komt, de kans krijgt terug te "
              "keren naar een gewone basisschool. Een terugkeer komt in beeld als het kind minstens een jaar "
              "stabiel is, het leerperspectief past bij het basisonderwijs en ouders de stap steunen. De "
              "ontvangende school krijgt een half jaar begeleiding van een leerkracht van de sbo- of so-school, en "
              "de CPP kijkt na drie maanden met alle betrokkenen of de overstap is geslaagd."),
        ("p", "Iedere sbo- en so-school bespreekt jaarlijks in maart per kind of een terugkeer mogelijk is. Is dat "
              "zo, dan meldt de school het kind aan bij de CPP, die samen met ouders een passende basisschool "
              "zoekt; de directeur van die school beslist na een kennismaking met kind en ouders. In het laatste "
              "jaar van een so-verklaring gebeurt deze bespreking uiterlijk 1 februari, zodat een nieuwe "
              "verklaring of de overstap voor 1 augustus geregeld is.")]
    b += [("h1", "7. Financiën"),
          ("p", "Het huidige verdeelmodel loopt af op 31 juli 2026. Hoe de ondersteuningsmiddelen daarna over de "
                "besturen en scholen worden verdeeld, werkt een werkgroep van het algemeen bestuur uit; het "
                "nieuwe model volgt in een addendum bij dit plan."),
          ("table", [["Meerjarenbegroting (bedragen in €)", "2026", "2027", "2028", "2029"],
                     ["Rijksbijdrage ondersteuning", "8.420.000", "8.310.000", "8.220.000", "8.150.000"],
                     ["Afdracht so en sbo", "3.960.000", "3.900.000", "3.850.000", "3.820.000"],
                     ["Budgetten schoolbesturen", "3.100.000", "3.050.000", "3.010.000", "2.990.000"],
                     ["Ambulante begeleiding en expertise", "780.000", "780.000", "770.000", "760.000"],
                     ["Bureau, CPP en bestuur", "520.000", "530.000", "540.000", "550.000"],
                     ["Saldo", "60.000", "50.000", "50.000", "30.000"]])]
    b += [("h1", "8. Ondersteuning van ouders"),
          ("p", "Soms zijn ouders en school het niet met elkaar eens, of weten ouders niet waar ze met hun vraag "
                "naartoe moeten. Ouders kunnen dan terecht bij Ouderwijzer De Linge, het onafhankelijke ouder- en "
                "jeugdsteunpunt in onze regio, dat wordt uitgevoerd door een stichting die los staat van scholen "
                "en samenwerkingsverband. Ouderwijzer is op maandag tot en met donderdag bereikbaar, kan meegaan "
                "naar een gesprek op school en verwijst zo nodig door naar een onderwijsconsulent. Klachten over "
                "het samenwerkingsverband kunnen worden voorgelegd aan de Landelijke Klachtencommissie Onderwijs.")]
    b += [("h1", "9. Resultaten"),
          ("p", "Welke resultaten we voor kinderen met een ondersteuningsbehoefte willen bereiken en hoe we die "
                "volgen, leggen we vast zodra de nulmeting beschikbaar is. Die nulmeting staat gepland voor "
                "schooljaar 2026-2027.")]
    b += [("h1", "10. Personeel en professionalisering")] + [("p", p[1].replace("cao voortgezet onderwijs", "cao primair onderwijs").replace("mentoren", "intern begeleiders"))
                                                              for p in filler("personeel", ctx, rng)]
    b += [("h2", "10.1 Kennisdeling")] + [("p", p[1].replace("mentorvaardigheden", "leesonderwijs")) for p in filler("kennisdeling", ctx, rng)]
    b += [("h1", "11. ICT en privacy")] + filler("ict", ctx, rng)
    b += [("h2", "11.1 Het bureau en de scholen")] + filler("intern", ctx, rng)
    b += [("h2", "11.2 Regeldruk")] + filler("lastendruk", ctx, rng)
    b += [("h1", "12. Samenwerking met andere verbanden en wettelijk kader")] + filler("samenwerking_swv", ctx, rng) + filler("wettelijk", ctx, rng)
    b += [("h1", "13. Terugblik en planning")] + filler("terugblik", ctx, rng) + filler("planning", ctx, rng)
    b += [("h1", "Begrippenlijst"),
          ("table", [["Begrip", "Uitleg"],
                     ["Arrangement", "Pakket extra ondersteuning voor een kind, op de eigen school of daarbuiten"],
                     ["Dekkend netwerk", "Het geheel van voorzieningen waardoor voor ieder kind een passende plek is"],
                     ["Kwaliteitszorg / resultaten", "De cyclus waarin het samenwerkingsverband zijn beoogde en bereikte resultaten meet en verantwoordt"],
                     ["Thuiszitter", "Leerplichtig kind dat niet naar school gaat"],
                     ["Verdeelmodel", "Regels voor de verdeling van middelen per leerling over de besturen"],
                     ["Schoolgids", "Jaarlijkse gids waarin ouders lezen welke ondersteuning de school biedt"]])]
    title = [("title", "Ondersteuningsplan 2026-2030 — Samenwerkingsverband PO De Linge (PO 25-96)"),
             ("p", "Versie voor vaststelling — maart 2026")]
    return with_toc(title, b), ctx, "SWV PO De Linge | Ondersteuningsplan 2026-2030 | dekkend netwerk en resultaten"


LABEL4 = """documents: [po-de-linge-op-2026-2030.docx, po-de-linge-op-2026-2030.pdf]
sector: po
looks_like_plan: true
elements: {basisondersteuning: partial, plaatsing: present, terugstroom: present, financien: partial, dekkend-aanbod: missing, resultaten: missing, ouders: partial}
criteria:
  basisondersteuning.niveau: false
  basisondersteuning.inhoud: true
  plaatsing.procedure: true
  plaatsing.criteria: true
  terugstroom.procedure: true
  terugstroom.beleid: true
  financien.verdeling: false
  financien.besteding: true
  dekkend-aanbod.continuum: false
  dekkend-aanbod.lacunes: false
  resultaten.doelen: false
  resultaten.monitoring: false
  ouders.informatie: false
  ouders.steunpunt: true
advisory_addressed:
  plaatsing: [deskundigen, duur-categorie, bezwaar]
  ouders: [betrokkenheid]
notes:
  basisondersteuning: "Ch. 4: no agreed verband-wide minimum yet (to be set in 2026-2027, schools define their own in the SOP); the 2025 inventory lists concrete provisions found at the schools."
  plaatsing: "Ch. 5 'Commissie Passende Plek' (no 'TLV' abbreviation): applicant, groeidocument, MDO, two deskundigen, 6 weeks, bezwaar/LBT; sbo vs so criteria only in a table; duration + category."
  terugstroom: "6.1 'Terug naar de wijkschool' inside 'Doorlopende lijnen': policy (conditions, half year support, 3-month check) and procedure (yearly March review, CPP, 1 February in last year)."
  financien: "Ch. 7: meerjarenbegroting table 2026-2029 with amounts; the distribution model is deferred to an addendum ('volgt'); 'verdeelmodel' only in the begrippenlijst."
  dekkend-aanbod: "Only a visie slogan ('Ons doel is een dekkend aanbod') and begrippenlijst entries (dekkend netwerk, thuiszitter); no continuum or gap handling. OOGO line in 3.1 is procedural only; the 1.2 ambition 'onderwijs en jeugdhulp vanzelfsprekend samenwerken' is a passing phrase; running header says 'dekkend netwerk'."
  resultaten: "Ch. 9 defers both intended results and monitoring until a nulmeting in 2026-2027; kwaliteitszorg only in the begrippenlijst; header mentions resultaten."
  ouders: "Ch. 8 describes Ouderwijzer (OJSP), onderwijsconsulent, klachtencommissie; nothing on how parents are informed about the support facilities (schoolgids only in the begrippenlijst). OPR half parents = betrokkenheid."
"""

# ---------------------------------------------------------------------------
# Plan 5 — VO Duinstreek (pdf)
# ---------------------------------------------------------------------------


def plan5():
    ctx = dict(swv="Samenwerkingsverband VO Duinstreek", periode="2026-2030", n_besturen="8", n_scholen="19",
               n_leerlingen="13.100", gemeenten="Castricum, Heemskerk, Beverwijk en Uitgeest (fictief)",
               code="VO 27-93", vaststelling="21 april 2026", opr_datum="14 april 2026", oogo_datum="26 februari 2026")
    rng = random.Random(1735)
    b = []
    b += [("h1", "Voorwoord")] + filler("voorwoord", ctx, rng)
    b += [("h1", "1. Inleiding: een plan op hoofdlijnen")] + filler("inleiding", ctx, rng) + [
        ("p", "Dit ondersteuningsplan beschrijft het 'wat'; de scholen bepalen het 'hoe'. Uitwerkingen staan in "
              "handboeken en jaarplannen die afzonderlijk worden vastgesteld. Wij hebben ervoor gekozen de "
              "afspraken over de ondersteuning op de scholen zelf in dit plan niet te herhalen.")]
    b += [("h2", "1.1 De regio")] + filler("regio", ctx, rng)
    b += [("h1", "2. Visie, missie en ambities")] + filler("visie", ctx, rng) + [
        ("p", "Een stevige basis op iedere school is daarbij ons vertrekpunt.")]
    b += [("h1", "3. Organisatie en medezeggenschap")] + filler("governance", ctx, rng) + filler("opr_ouders", ctx, rng)
    b += [("h1", "4. Samen zorgen voor een plek"),
          ("p", "Het samenwerkingsverband wil dat geen jongere thuiszit. Elke school meldt een leerling die langer "
                "dan twee weken ongeoorloofd of geoorloofd verzuimt zonder onderwijsaanbod bij het Thuiszittersteam "
                "Duinstreek. Het team – een trajectbegeleider van het verband, de leerplichtambtenaar en een "
                "medewerker van het jeugdteam – stelt binnen tien werkdagen met school en ouders een herstelplan "
                "op en evalueert dat elke zes weken. Lukt het de school waar een leerling is aangemeld niet om "
                "binnen de zorgplichttermijn een plek te vinden, dan neemt de trajectbegeleider de regie over en "
                "zoekt met de andere scholen naar een plek."),
          ("p", "Tweemaal per jaar bespreekt het bestuur een overzicht van alle casussen waarin geen passende plek "
                "gevonden kon worden. Ontbreekt voor een groep leerlingen structureel een aanbod, dan geeft het "
                "bestuur opdracht om met de besturen een voorstel voor een nieuwe voorziening uit te werken. Met de "
                "gemeenten zijn in het OOGO afspraken gemaakt over jeugdhulp in en om de school."),
          ("p", "Een beschrijving van het samenhangende geheel van ondersteuningsvoorzieningen binnen en tussen de "
                "scholen nemen we op in de actualisatie van dit plan in 2027.")]
    b += [("h1", "5. Toewijzing"),
          ("p", "De routes voor toelaatbaarheid tot het vso, voor lwoo en voor praktijkonderwijs staan beschreven "
                "in het Handboek Toewijzing Duinstreek, dat jaarlijks door het bestuur wordt vastgesteld en op de "
                "website te vinden is."),
          ("h2", "5.1 Overstap vanuit het vso"),
          ("p", "Voor iedere vso-leerling bespreekt de vso-school in het laatste jaar van de TLV, uiterlijk in "
                "februari, in een multidisciplinair overleg met ouders, leerling en de consulent van het "
                "samenwerkingsverband of een overstap naar het regulier vo mogelijk is. Is dat het geval, dan "
                "meldt de vso-school de leerling voor 1 april aan bij de beoogde vo-school. De vo-school en de "
                "vso-school stellen samen een overstapdossier op; de directeur van de vo-school besluit binnen "
                "zes weken over de inschrijving. Na drie en na zes maanden evalueren beide scholen met ouders de "
                "overstap. Is verder vso nodig, dan volgt de gewone route voor een nieuwe verklaring."),
          ("p", "Welke doelen het samenwerkingsverband met terugplaatsing nastreeft en welke ondersteuning een "
                "leerling na de overstap krijgt, wordt in schooljaar 2026-2027 in beleid vastgelegd.")]
    b += [("h1", "6. Financieel beleid"),
          ("h2", "6.1 Verdeling"),
          ("p", "Het samenwerkingsverband verdeelt de middelen voor lichte en zware ondersteuning na aftrek van de "
                "vso-afdrachten als volgt. Ieder bestuur ontvangt een ondersteuningsbudget van € 165 per leerling "
                "naar de teldatum 1 oktober van het voorgaande jaar. Daarnaast kunnen scholen een aanvraag doen voor "
                "een maatwerkbudget van maximaal € 12.000 per leerling per jaar; de aanvraag wordt beoordeeld door "
                "de consulent op basis van het OPP, en het bureau besluit binnen vier weken. De bovenschoolse "
                "voorzieningen krijgen een vast budget op basis van hun jaarplan. Lwoo- en pro-middelen worden "
                "volledig doorgegeven aan de scholen die deze leerwegen aanbieden."),
          ("h2", "6.2 Meerjarenbegroting"),
          ("table", [["Post (x € 1.000)", "2026", "2027", "2028", "2029"],
                     ["Baten", "12.480", "12.350", "12.190", "12.020"],
                     ["Vso-afdrachten", "4.310", "4.280", "4.240", "4.200"],
                     ["Lwoo en pro doorbetaald", "4.020", "3.980", "3.930", "3.880"],
                     ["Ondersteuningsbudgetten besturen", "2.160", "2.140", "2.110", "2.090"],
                     ["Maatwerkbudgetten", "720", "720", "700", "680"],
                     ["Thuiszittersteam en bovenschools", "830", "830", "820", "810"],
                     ["Bureau", "480", "490", "500", "510"],
                     ["Saldo", "-40", "-90", "-110", "-150"]]),
          ("p", "De tekorten worden gedekt uit de bestemmingsreserve, conform het plan afbouw reserves. Besturen "
                "verantwoorden de inzet van hun budget in het jaarverslag van het bestuur.")]
    b += [("h1", "7. Opbrengsten en kwaliteit"),
          ("table", [["Wat willen we bereiken (beoogd)", "Indicator", "2025", "Doel 2030"],
                     ["Minder thuiszitters", "Aantal leerlingen > 3 mnd zonder onderwijs op 1 oktober", "11", "3"],
                     ["Meer jongeren met diploma", "Percentage vso-leerlingen met diploma of certificaat", "62%", "70%"],
                     ["Vaker terug naar regulier", "Aantal overstappen vso → vo per jaar", "9", "15"],
                     ["Succesvolle maatwerktrajecten", "Percentage maatwerkbudgetten met doelen behaald", "nieuw", "80%"]]),
          ("p", "Het bureau verzamelt de gegevens voor deze indicatoren op 1 oktober en 1 maart uit de registraties "
                "van het Thuiszittersteam, DUO en de evaluaties van maatwerkbudgetten. De directeur-bestuurder "
                "rapporteert twee keer per jaar aan het bestuur en de OPR in een voortgangsrapportage, en in het "
                "jaarverslag worden de bereikte resultaten naast de doelen gezet. Wijkt een indicator meer dan "
                "tien procent af, dan volgt een verbeteranalyse.")]
    b += [("h1", "8. Communicatie"),
          ("p", "Ouders vinden op www.swvduinstreek.example informatie over de ondersteuningsmogelijkheden, de "
                "ondersteuningsprofielen van de scholen en een overzicht van de bovenschoolse voorzieningen. Iedere "
                "school neemt in de schoolgids een vaste paragraaf op, in een met het samenwerkingsverband "
                "afgesproken format, over de ondersteuning op school en in het verband. Twee keer per jaar "
                "organiseren we een webinar voor ouders van leerlingen in groep 8 en de brugklas."),
          ("p", "Ouders en jongeren die onafhankelijk advies zoeken of het niet eens zijn met school, kunnen terecht "
                "bij Steunpunt Kust, het ouder- en jeugdsteunpunt dat het verband samen met twee andere "
                "samenwerkingsverbanden financiert maar dat onafhankelijk werkt. Ook kunnen zij een "
                "onderwijsconsulent inschakelen.")]
    b += [("h1", "9. Personeel en kennisdeling")] + filler("personeel", ctx, rng) + filler("kennisdeling", ctx, rng)
    b += [("h2", "9.1 Regeldruk en samenwerking")] + filler("lastendruk", ctx, rng) + filler("samenwerking_swv", ctx, rng)
    b += [("h1", "10. ICT, privacy en interne communicatie")] + filler("ict", ctx, rng) + filler("intern", ctx, rng)
    b += [("h1", "11. Aansluiting mbo")] + filler("mbo", ctx, rng)
    b += [("h2", "11.1 Samenwerking met andere verbanden")] + filler("samenwerking_swv", ctx, rng)
    b += [("h1", "12. Terugblik en planning")] + filler("terugblik", ctx, rng) + filler("planning", ctx, rng)
    b += [("h1", "Begrippenlijst"),
          ("table", [["Begrip", "Betekenis"],
                     ["Basisondersteuning", "Het afgesproken niveau van ondersteuning dat alle scholen binnen het samenwerkingsverband bieden, zoals mentoraat, dyslexiebegeleiding en een ondersteuningscoördinator"],
                     ["TLV", "Toelaatbaarheidsverklaring, af te geven door de Commissie Toewijzing na advies van twee deskundigen"],
                     ["Lwoo", "Leerwegondersteunend onderwijs"],
                     ["Ondersteuningscontinuüm", "Opbouw van basis- naar extra en specialistische ondersteuning"]])]
    title = [("title", "Ondersteuningsplan 2026-2030 op hoofdlijnen — Samenwerkingsverband VO Duinstreek (VO 27-93)")]
    return with_toc(title, b), ctx


LABEL5 = """documents: [vo-duinstreek-op-2026-2030.pdf]
sector: vo
looks_like_plan: true
elements: {basisondersteuning: missing, plaatsing: missing, terugstroom: partial, financien: present, dekkend-aanbod: partial, resultaten: present, ouders: present}
criteria:
  basisondersteuning.niveau: false
  basisondersteuning.inhoud: false
  plaatsing.procedure: false
  plaatsing.criteria: false
  terugstroom.procedure: true
  terugstroom.beleid: false
  financien.verdeling: true
  financien.besteding: true
  dekkend-aanbod.continuum: false
  dekkend-aanbod.lacunes: true
  resultaten.doelen: true
  resultaten.monitoring: true
  ouders.informatie: true
  ouders.steunpunt: true
advisory_addressed:
  terugstroom: [monitoring]
  financien: [reserves, verantwoording]
  dekkend-aanbod: [ketenpartners]
  resultaten: [meetbaar]
  ouders: [betrokkenheid]
notes:
  basisondersteuning: "Plan 'op hoofdlijnen' explicitly does not repeat school-level support; 'stevige basis' in the visie is a passing phrase; the definition exists only in the begrippenlijst."
  plaatsing: "Ch. 5 'Toewijzing' only refers to a separate Handboek Toewijzing on the website; TLV/deskundigen only in the begrippenlijst."
  terugstroom: "5.1 'Overstap vanuit het vso' (inside Toewijzing) gives steps, actors, February/1 April moments and evaluations; aims and post-return support are deferred to 2026-2027. Target 'overstappen vso -> vo' in the ch. 7 table = monitoring."
  financien: "Ch. 6: per-leerling budget, maatwerkbudget with decision route, meerjarenbegroting table; reserves and verantwoording."
  dekkend-aanbod: "Ch. 4 'Samen zorgen voor een plek': thuiszitters team, zorgplicht, twice-yearly gap overview; the continuum is deferred to 2027 and appears only in the begrippenlijst."
  resultaten: "Ch. 7 'Opbrengsten en kwaliteit': intended results only in a table with indicators and targets; measurement dates and reporting in prose."
  ouders: "Ch. 8 'Communicatie': website, schoolgids paragraph, webinars; Steunpunt Kust (OJSP) and onderwijsconsulent; OPR half parents/pupils."
"""

# ---------------------------------------------------------------------------
# Near-miss — schoolondersteuningsprofiel of a VO school (docx)
# ---------------------------------------------------------------------------


def nearmiss():
    b = [("title", "Schoolondersteuningsprofiel 2025-2026 — Het Baken College, vmbo-havo (Castricum, fictief)"),
         ("p", "Onderdeel van de schoolgids. Vastgesteld door de directie na advies van de medezeggenschapsraad, juni 2025.")]
    body = [
        ("h1", "1. Inleiding"),
        ("p", "Iedere school beschrijft in een schoolondersteuningsprofiel welke ondersteuning zij aan leerlingen kan "
              "bieden. Het Baken College is aangesloten bij Samenwerkingsverband VO Duinstreek. In het "
              "ondersteuningsplan van het samenwerkingsverband staan de afspraken die voor alle scholen in de regio "
              "gelden; dit profiel beschrijft hoe onze school daar invulling aan geeft. Het profiel wordt elke vier "
              "jaar herzien en jaarlijks in de schoolgids samengevat."),
        ("p", "Onze school telt 1.140 leerlingen in de leerwegen basis, kader, gemengd/theoretisch en havo. Wij "
              "bieden leerwegondersteunend onderwijs in de onderbouw van het vmbo."),
        ("h1", "2. Visie op ondersteuning"),
        ("p", "Op Het Baken College willen we dat iedere leerling zich gezien voelt. De mentor is de spil: hij of zij "
              "kent de leerling, onderhoudt contact met ouders en signaleert als het niet goed gaat. Wij werken "
              "handelingsgericht: we kijken naar wat een leerling nodig heeft en wat de docent daarvoor nodig heeft."),
        ("p", "Ouders zijn voor ons partners. Zij kennen hun kind het best. Daarom betrekken we ouders bij elke stap "
              "in de ondersteuning, van het eerste signaal tot het opstellen van een ontwikkelingsperspectiefplan."),
        ("h1", "3. Basisondersteuning op onze school"),
        ("p", "De basisondersteuning op onze school bestaat uit: een mentoraat met wekelijks mentoruur; een "
              "ondersteuningscoördinator (0,8 fte); begeleiding bij dyslexie en dyscalculie; een faalangsttraining en "
              "een training sociale vaardigheden; huiswerkbegeleiding in de onderbouw; een opvangruimte; een "
              "protocol medisch handelen; en een zorg- en adviesteam dat zes keer per jaar bijeenkomt."),
        ("table", [["Onderdeel", "Ons aanbod", "Wie"],
                   ["Mentoraat", "Wekelijks mentoruur, drie gesprekken per jaar", "Mentor"],
                   ["Dyslexie", "Extra tijd, voorleessoftware, dyslexiepas", "Dyslexiecoach"],
                   ["Sociaal-emotioneel", "Faalangstreductie, Rots & Water", "Leerlingbegeleider"],
                   ["Gedrag", "Time-outkaart, opvang, herstelgesprek", "Teamleider"],
                   ["Medisch", "Protocol medisch handelen, EHBO", "BHV-coördinator"]]),
        ("h1", "4. Extra ondersteuning"),
        ("p", "Heeft een leerling meer nodig dan de basisondersteuning, dan bespreekt de mentor dit met de "
              "ondersteuningscoördinator. Samen met ouders en leerling wordt een plan gemaakt. Onze school biedt als "
              "extra ondersteuning een Trajectklas (maximaal 12 leerlingen, tijdelijk) en begeleiding door een "
              "ambulant begeleider. Voor een arrangement vraagt de school een maatwerkbudget aan bij het "
              "samenwerkingsverband; de middelen worden ingezet voor begeleidingsuren."),
        ("p", "Als blijkt dat een leerling op onze school niet de ondersteuning kan krijgen die hij nodig heeft, "
              "onderzoeken we samen met ouders welke school beter past. Soms is dat het voortgezet speciaal "
              "onderwijs. Daarvoor vraagt onze school een toelaatbaarheidsverklaring (TLV) aan bij het "
              "samenwerkingsverband. Het samenwerkingsverband beslist over de toelaatbaarheid; de procedure staat in "
              "het handboek van het samenwerkingsverband."),
        ("p", "Leerlingen die vanuit het vso terugkeren naar het regulier onderwijs, verwelkomen we graag. In het "
              "eerste half jaar heeft de leerling wekelijks een gesprek met de ondersteuningscoördinator."),
        ("h1", "5. Grenzen aan onze ondersteuning"),
        ("p", "Onze school heeft geen lift in het oude gebouw aan de Duinweg, waardoor leerlingen in een rolstoel "
              "alleen lessen in het nieuwe gebouw kunnen volgen. Voor leerlingen die permanent een-op-een begeleiding "
              "nodig hebben, of die zeer ernstige gedragsproblemen laten zien die de veiligheid van anderen in gevaar "
              "brengen, kunnen wij geen passend aanbod doen."),
        ("h1", "6. Ambities"),
        ("p", "In de komende vier jaar willen we ons aanbod voor leerlingen met autisme uitbreiden met een "
              "prikkelarme werkplek per verdieping. Ook willen we alle mentoren scholen in het voeren van "
              "driehoeksgesprekken. Resultaten van onze ondersteuning meten we met de jaarlijkse "
              "tevredenheidsmeting onder leerlingen en ouders."),
        ("h1", "7. Ouders en informatie"),
        ("p", "Ouders worden bij de aanmelding geïnformeerd over dit profiel. Het profiel staat op onze website en "
              "wordt samengevat in de schoolgids. Heeft u vragen of bent u het niet eens met de school, neem dan "
              "contact op met de mentor of de teamleider. U kunt ook terecht bij Steunpunt Kust, het ouder- en "
              "jeugdsteunpunt van het samenwerkingsverband, of bij een onderwijsconsulent. Voor klachten verwijzen "
              "we naar de klachtenregeling in de schoolgids."),
        ("h1", "8. Contact"),
        ("p", "Ondersteuningscoördinator: mevrouw S. de Vries. Teamleider onderbouw: de heer K. Bakker. Het "
              "zorg- en adviesteam is bereikbaar via de administratie van de school."),
    ]
    return b + body


LABEL_NM = """documents: [sop-het-baken-college-2025.docx]
sector: vo
looks_like_plan: false
elements: {}
criteria: {}
notes:
  document: "Schoolondersteuningsprofiel of a single VO school (part of its schoolgids): describes this school's own basis/extra ondersteuning, its limits and contacts; it refers to the SWV's plan and handboek but is not the ondersteuningsplan of a samenwerkingsverband (no verband-wide verdeling, no planperiode, no OOGO/OPR adoption)."
"""


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix="holdout173_build_"))
    try:
        blocks, _, header = plan1()
        render_docx(blocks, OUT / "vo-ijsselvecht-op-2026-2030.docx", "Ondersteuningsplan SWV VO IJssel-Vecht", header)
        (OUT / "vo-ijsselvecht-op-2026-2030.expected.yaml").write_text(LABEL1, encoding="utf-8")
        print("plan1 words", words(blocks))

        blocks, _ = plan2()
        d = tmp / "vo-rivierenland-west-op-2026-2030.docx"
        render_docx(blocks, d, "Ondersteuningsplan Rivierenland West", "Passend VO Rivierenland West — Ondersteuningsplan 2026-2030")
        docx_to_pdf(d, OUT / "vo-rivierenland-west-op-2026-2030.pdf")
        (OUT / "vo-rivierenland-west-op-2026-2030.expected.yaml").write_text(LABEL2, encoding="utf-8")
        print("plan2 words", words(blocks))

        blocks, _ = plan3()
        render_md(blocks, OUT / "vo-kempenrand-op-2025-2029.md")
        (OUT / "vo-kempenrand-op-2025-2029.expected.yaml").write_text(LABEL3, encoding="utf-8")
        print("plan3 words", words(blocks))

        blocks, _, header = plan4()
        d = OUT / "po-de-linge-op-2026-2030.docx"
        render_docx(blocks, d, "Ondersteuningsplan SWV PO De Linge", header)
        docx_to_pdf(d, OUT / "po-de-linge-op-2026-2030.pdf")
        (OUT / "po-de-linge-op-2026-2030.expected.yaml").write_text(LABEL4, encoding="utf-8")
        print("plan4 words", words(blocks))

        blocks, _ = plan5()
        d = tmp / "vo-duinstreek-op-2026-2030.docx"
        render_docx(blocks, d, "Ondersteuningsplan SWV VO Duinstreek", "SWV VO Duinstreek — ondersteuningsplan op hoofdlijnen")
        docx_to_pdf(d, OUT / "vo-duinstreek-op-2026-2030.pdf")
        (OUT / "vo-duinstreek-op-2026-2030.expected.yaml").write_text(LABEL5, encoding="utf-8")
        print("plan5 words", words(blocks))

        blocks = nearmiss()
        render_docx(blocks, OUT / "sop-het-baken-college-2025.docx", "Schoolondersteuningsprofiel Het Baken College",
                    "Het Baken College — schoolondersteuningsprofiel")
        (OUT / "sop-het-baken-college-2025.expected.yaml").write_text(LABEL_NM, encoding="utf-8")
        print("nearmiss words", words(blocks))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
