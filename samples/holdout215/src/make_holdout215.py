#!/usr/bin/env python3
"""Generate the holdout215 test set: five fictional ondersteuningsplannen and one near-miss document.

Deterministic, no network. Writes into the folder above src/ (Path(__file__).resolve().parent.parent).
PDF files are rendered from the generated .docx with LibreOffice (soffice --headless).
"""
import shutil
import subprocess
import tempfile
import zipfile
from datetime import datetime
from pathlib import Path

from docx import Document
from docx.shared import Pt

OUT = Path(__file__).resolve().parent.parent

# ---------------------------------------------------------------------------
# Generic rendering. A document is a dict: title, subtitle, header, toc (list of str),
# sections: list of (level, heading, blocks); block = str | ("bullets", [...]) | ("table", [[...], ...])
# | ("qa", question, answer)
# ---------------------------------------------------------------------------


def render_docx(doc_spec, path):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    hdr = d.sections[0].header.paragraphs[0]
    hdr.text = doc_spec["header"]
    d.add_heading(doc_spec["title"], 0)
    for line in doc_spec["subtitle"]:
        d.add_paragraph(line)
    d.add_page_break()
    d.add_heading("Inhoudsopgave", 1)
    for line in doc_spec["toc"]:
        d.add_paragraph(line)
    d.add_page_break()
    for level, heading, blocks in doc_spec["sections"]:
        d.add_heading(heading, level)
        for b in blocks:
            if isinstance(b, str):
                d.add_paragraph(b)
            elif b[0] == "bullets":
                for item in b[1]:
                    d.add_paragraph(item, style="List Bullet")
            elif b[0] == "table":
                rows = b[1]
                t = d.add_table(rows=len(rows), cols=len(rows[0]))
                t.style = "Table Grid"
                for i, row in enumerate(rows):
                    for j, cell in enumerate(row):
                        t.cell(i, j).text = cell
                d.add_paragraph("")
            elif b[0] == "qa":
                p = d.add_paragraph()
                p.add_run(b[1]).bold = True
                d.add_paragraph(b[2])
    fixed = datetime(2025, 3, 1, 12, 0, 0)
    d.core_properties.created = fixed
    d.core_properties.modified = fixed
    d.core_properties.last_modified_by = "holdout215"
    d.core_properties.author = "holdout215"
    d.save(str(path))
    _normalize_zip(path)


def _normalize_zip(path):
    """Rewrite the docx zip with fixed timestamps so output is byte-identical across runs."""
    with zipfile.ZipFile(path) as zin:
        items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2025, 3, 1, 12, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, data)


def render_md(doc_spec, path):
    out = [f"# {doc_spec['title']}", ""]
    for line in doc_spec["subtitle"]:
        out += [f"*{line}*", ""]
    out += ["## Inhoudsopgave", ""]
    for line in doc_spec["toc"]:
        out.append(f"- {line}")
    out.append("")
    for level, heading, blocks in doc_spec["sections"]:
        out += ["#" * (level + 1) + " " + heading, ""]
        for b in blocks:
            if isinstance(b, str):
                out += [b, ""]
            elif b[0] == "bullets":
                out += [f"- {i}" for i in b[1]] + [""]
            elif b[0] == "table":
                rows = b[1]
                out.append("| " + " | ".join(rows[0]) + " |")
                out.append("|" + "---|" * len(rows[0]))
                for row in rows[1:]:
                    out.append("| " + " | ".join(row) + " |")
                out.append("")
            elif b[0] == "qa":
                out += [f"**{b[1]}**", "", b[2], ""]
    path.write_text("\n".join(out), encoding="utf-8")


def docx_to_pdf(docx_path):
    tmp = Path(tempfile.mkdtemp(prefix="holdout215_pdf_"))
    try:
        subprocess.run(
            ["soffice", f"-env:UserInstallation=file://{tmp}/profile", "--headless",
             "--convert-to", "pdf", "--outdir", str(tmp), str(docx_path)],
            check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
        pdf = tmp / (docx_path.stem + ".pdf")
        shutil.copyfile(pdf, docx_path.with_suffix(".pdf"))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def build_toc(sections):
    toc, n = [], 0
    for level, heading, _ in sections:
        if level == 1:
            toc.append(heading)
    return toc


# ---------------------------------------------------------------------------
# Shared filler (addresses none of the core criteria; mentions element words in passing)
# ---------------------------------------------------------------------------


def voorwoord(c):
    return [
        f"Voor u ligt het ondersteuningsplan {c['periode']} van {c['naam']}. Dit plan is het resultaat van "
        f"een jaar lang praten, schrijven en schrappen. Schoolbesturen, directeuren, intern begeleiders, "
        f"{c['ouderwoord']} en partners uit de gemeenten {c['gemeenten_tekst']} hebben meegedacht in werksessies, "
        f"klankbordgroepen en een drukbezochte regiobijeenkomst in {c['bijeenkomst']}. Wij danken iedereen die "
        f"daaraan heeft bijgedragen.",
        "Passend onderwijs is geen project meer; het is de gewone manier van werken geworden. Tegelijk zien we dat "
        "de opdracht niet kleiner wordt. Leerkrachten en mentoren staan voor klassen met steeds grotere verschillen, "
        "de krapte op de arbeidsmarkt is voelbaar en de verwachtingen van de samenleving zijn hoog. In dit plan "
        "kiezen we daarom voor focus: minder nieuwe projecten, meer aandacht voor wat al werkt en een duidelijker "
        "verhaal over wie wat doet. Resultaten boeken we niet met papier maar in de klas.",
        f"Het plan is geschreven voor iedereen die met onze scholen te maken heeft. We hebben geprobeerd het zo te "
        f"schrijven dat ook {c['ouderwoord']} die geen onderwijsprofessional zijn het kunnen lezen. Achterin vindt u "
        f"daarom een hoofdstuk met veelgestelde vragen en een begrippenlijst. Heeft u na het lezen nog opmerkingen, "
        f"dan horen wij die graag.",
        "Een plan is pas waardevol als het wordt gebruikt. We vragen schoolleiders en intern begeleiders daarom om dit "
        "plan niet in een la te leggen, maar het te bespreken in het team en in de medezeggenschapsraad. Wij komen graag "
        "langs om het toe te lichten. Zo wordt het plan een gezamenlijk verhaal in plaats van een document van het "
        "bureau, en blijft het gesprek over passend onderwijs gaan over de leerlingen om wie het uiteindelijk draait.",
        f"{c['directeur']}, directeur-bestuurder",
    ]


def leeswijzer(c):
    return [
        "Dit plan begint met de totstandkoming en een korte schets van de regio. Daarna beschrijven we onze missie "
        "en visie en de belangrijkste veranderingen ten opzichte van het vorige plan. De inhoudelijke hoofdstukken "
        "volgen de opdracht uit de wet: ondersteuning op de scholen, extra ondersteuning en toelaatbaarheid, de "
        "middelen en de samenwerking met partners. We sluiten af met de organisatie, de medezeggenschap, personeel, "
        "ICT en privacy, de planning, veelgestelde vragen en een begrippenlijst.",
        "Waar in dit plan 'school' staat, bedoelen we iedere vestiging van een school die bij het samenwerkingsverband "
        "is aangesloten. Waar 'wij' staat, bedoelen we het samenwerkingsverband als rechtspersoon, tenzij uit de "
        "tekst anders blijkt.",
        "Over de status van dit document: het ondersteuningsplan is het beleidskader van het samenwerkingsverband "
        "voor vier jaar. Het jaarplan, de begroting, het jaarverslag en de schoolgidsen van de scholen zijn aparte "
        "documenten met een eigen vaststellingsprocedure. Waar dit plan naar zulke documenten verwijst, maken die "
        "geen deel uit van het plan zelf, tenzij ze uitdrukkelijk als bijlage zijn opgenomen. Bij verschillen tussen "
        "de tekst van dit plan en een samenvatting op de website of in een folder, geldt de tekst van dit plan.",
    ]


def totstandkoming(c):
    return [
        f"Het ontwerp van dit plan is in het najaar van 2024 besproken in het directeurenoverleg en in het "
        f"bestuurlijk overleg. Op {c['oogo_datum']} heeft het op overeenstemming gericht overleg (OOGO) met de "
        f"colleges van burgemeester en wethouders van {c['gemeenten_tekst']} plaatsgevonden; het verslag is "
        f"vastgesteld in het eerstvolgende ambtelijk overleg. Met het aangrenzende samenwerkingsverband "
        f"{c['buur_swv']} is overleg gevoerd over de aansluiting van beide plannen.",
        f"De ondersteuningsplanraad (OPR) heeft op {c['opr_datum']} ingestemd met het plan. Het algemeen bestuur "
        f"heeft het plan daarna definitief vastgesteld op {c['vast_datum']}. Het plan is vóór 1 mei 2025 via het "
        f"Internet Schooldossier aan de Inspectie van het Onderwijs gezonden. Het plan geldt van 1 augustus 2025 "
        f"tot en met 31 juli 2029.",
        "Tijdens de planperiode kan het plan worden aangepast. Wezenlijke wijzigingen leggen wij opnieuw ter "
        "instemming voor aan de OPR. Kleine, redactionele aanpassingen melden wij in het jaarverslag.",
    ]


def regio(c):
    rows = [["Gemeente", "Aantal scholen", "Aantal leerlingen (1-10-2024)"]] + c["regio_rows"]
    return [
        f"{c['naam']} omvat {c['n_scholen']} scholen van {c['n_besturen']} schoolbesturen in de gemeenten "
        f"{c['gemeenten_tekst']}. Op 1 oktober 2024 telden de aangesloten scholen samen {c['n_lln']} leerlingen. "
        f"De regio is een mengeling van kleine kernen en een paar grotere plaatsen; de reisafstanden voor "
        f"leerlingen die naar een {c['speciaal']}-school gaan kunnen oplopen tot meer dan 30 kilometer.",
        ("table", rows),
        "De prognoses laten voor de komende vier jaar een lichte daling van het leerlingenaantal zien, vooral in de "
        "kleinere kernen. Dat heeft gevolgen voor de middelen en voor de spreiding van voorzieningen. We komen daar "
        "in de jaarplannen op terug.",
    ]


def missie_visie(c):
    return [
        f"Onze missie is kort: {c['motto']}. Wij geloven dat ieder kind het recht heeft om zich te ontwikkelen in "
        f"een omgeving die bij hem of haar past, zo dicht mogelijk bij huis en samen met leeftijdgenoten uit de "
        f"buurt. Dat vraagt om scholen die zich eigenaar voelen van alle kinderen in hun wijk en om een "
        f"samenwerkingsverband dat faciliteert in plaats van voorschrijft.",
        "Onze visie rust op vier pijlers. Ten eerste: de leraar doet ertoe. Goede ondersteuning begint bij "
        "een leraar die zich gesteund voelt. Ten tweede: vroeg erbij zijn. Hoe eerder een vraag wordt gezien, hoe "
        "lichter de oplossing kan zijn. Ten derde: samen met het gezin. We praten niet over, maar met kinderen en "
        "hun omgeving. Ten vierde: vertrouwen boven controle. We willen zo min mogelijk bureaucratie en zo veel "
        "mogelijk ruimte voor het professionele oordeel.",
        "Deze pijlers zijn geen doelen op zich. Ze helpen ons bij het maken van keuzes, ook wanneer de middelen "
        "krap zijn of belangen botsen. We streven naar een regio waarin geen enkel kind tussen wal en schip valt. "
        "Wij realiseren ons dat dat een ambitie is die we nooit helemaal af kunnen vinken.",
    ]


def terugblik(c):
    return [
        "De vorige planperiode stond in het teken van verandering. De coronajaren hebben scholen en gezinnen zwaar op "
        "de proef gesteld; het lerarentekort werd in sommige kernen nijpend; en de landelijke verbeteraanpak passend "
        "onderwijs vroeg om andere keuzes. We hebben in die jaren veel geleerd over wat samenwerking tussen besturen "
        "vraagt: geduld, openheid en de bereidheid om over de eigen schoolgrens heen te kijken.",
        "In het bestuurlijk overleg is uitgebreid stilgestaan bij de vraag wat we anders willen doen. Daaruit kwam naar "
        "voren dat het vorige plan te veel ambities bevatte en te weinig keuzes. Ook de ondersteuningsplanraad gaf aan "
        "dat het plan voor buitenstaanders moeilijk leesbaar was. Die lessen hebben we ter harte genomen. Dit plan is "
        "korter, gebruikt minder jargon en bevat een hoofdstuk met vragen en antwoorden.",
    ]


def context(c):
    return [
        "Sinds 1 augustus 2014 hebben schoolbesturen zorgplicht en werken zij samen in samenwerkingsverbanden. De wet "
        "schrijft voor wat een ondersteuningsplan ten minste moet bevatten en dat het plan eens in de vier jaar wordt "
        "vastgesteld. Na de evaluatie van passend onderwijs in 2020 heeft het kabinet een verbeteraanpak gepresenteerd "
        "met maatregelen over onder meer reserves, thuiszitters, de positie van ouders en de basisondersteuning.",
        "Op het moment van schrijven zijn er verschillende landelijke ontwikkelingen die invloed hebben op dit plan. Het "
        "kabinet werkt aan een landelijke norm voor de basisondersteuning. Een wetswijziging over de positie van ouders "
        "en leerlingen regelt onder meer het hoorrecht van leerlingen en de vermelding van de ondersteuning in de "
        "schoolgids. Daarnaast zijn er plannen om het speciaal onderwijs en het regulier onderwijs dichter bij elkaar te "
        "brengen (inclusiever onderwijs in 2035). We volgen deze ontwikkelingen en passen het plan zo nodig aan.",
    ]


def overgangen(c):
    if c.get("sector") == "vo":
        return [
            "De overstap van het basisonderwijs naar het voortgezet onderwijs verloopt volgens de regionale "
            "POVO-kernprocedure. Basisscholen geven uiterlijk 1 maart het schooladvies; ouders melden hun kind in de "
            "aanmeldweken in maart aan bij een school voor voortgezet onderwijs. Die school beslist over toelating. Bij "
            "een heroverweging van het schooladvies na de doorstroomtoets wordt de plaatsing zo nodig aangepast.",
            "Ook de overstap van het vmbo naar het mbo vraagt aandacht. De scholen maken afspraken met de regionale "
            "mbo-instellingen over een warme overdracht en over loopbaanoriëntatie. Het samenwerkingsverband faciliteert "
            "het overleg tussen de decanen.",
        ]
    return [
        "De overstap van de voorschoolse voorziening naar groep 1 en van groep 8 naar het voortgezet onderwijs zijn "
        "kwetsbare momenten. Voor de overstap naar het voortgezet onderwijs volgen de scholen de regionale "
        "POVO-kernprocedure: het schooladvies wordt uiterlijk 1 maart gegeven, de aanmelding bij een school voor "
        "voortgezet onderwijs volgt in maart en die school beslist over de plaatsing in de brugklas.",
        "Bij de overgang van voorschool naar basisschool gebruiken de scholen een vast overdrachtsformulier. De "
        "afstemming met de kinderopvang ligt bij de schoolbesturen en de gemeenten.",
    ]


def kennisdeling(c):
    return [
        "Kennis die op één school is opgebouwd, moet ook andere scholen ten goede komen. Daarom organiseren we "
        "leernetwerken rond thema's die scholen zelf aandragen, zoals executieve functies, meertaligheid, "
        "hoogbegaafdheid en gedrag. Een leernetwerk komt vier keer per jaar bijeen en wordt begeleid door een "
        "specialist van het bureau of van een speciale school.",
        "Daarnaast stimuleren we dat leerkrachten bij elkaar in de klas kijken. Scholen kunnen daarvoor een kleine "
        "vergoeding voor vervanging aanvragen. Uit de gesprekken met directeuren blijkt dat dit gewaardeerd wordt. We "
        "bekijken in de loop van de planperiode of we dit kunnen uitbreiden naar samenwerking met de pabo en de "
        "lerarenopleidingen in de regio.",
    ]


def governance(c):
    return [
        f"{c['naam']} is een stichting. Het bestuur is georganiseerd volgens het raad-van-toezichtmodel: de "
        f"directeur-bestuurder vormt het bestuur en een raad van toezicht van vijf leden houdt toezicht. Drie leden "
        f"worden voorgedragen door de aangesloten schoolbesturen, twee leden zijn onafhankelijk. De statuten bevatten "
        f"een regeling voor geschillen tussen de aangesloten schoolbesturen.",
        "De directeur-bestuurder wordt ondersteund door een klein bureau met een beleidsmedewerker, een "
        "controller, een secretariaat en een team van orthopedagogen en consulenten. Het bureau is gevestigd in een "
        "bedrijfsverzamelgebouw dat we delen met twee andere onderwijsorganisaties.",
        "Het overleg met de schoolbesturen vindt plaats in het bestuurlijk overleg, dat zes keer per jaar bijeenkomt. "
        "Daarnaast is er een directeurenoverleg per subregio. De code goed bestuur van de sector is van toepassing; "
        "jaarlijks evalueert de raad van toezicht zijn eigen functioneren. Integriteit, openheid en scheiding van "
        "belangen zijn daarbij vaste gespreksonderwerpen.",
    ]


def opr(c):
    if c["opr_ouders"]:
        samenstelling = (f"De OPR telt {c['opr_leden']} leden. De helft is personeelslid van een aangesloten school, "
                         f"de andere helft is {c['ouder_of_lln']}. De leden worden gekozen uit en door de "
                         f"medezeggenschapsraden.")
    else:
        samenstelling = (f"De OPR telt {c['opr_leden']} leden, gekozen uit en door de medezeggenschapsraden van de "
                         f"aangesloten scholen.")
    return [
        samenstelling,
        "De OPR heeft instemmingsrecht op het ondersteuningsplan en op wijzigingen daarvan. De raad vergadert zes keer "
        "per jaar, waarvan twee keer samen met de directeur-bestuurder. Leden krijgen een vergoeding en kunnen "
        "scholing volgen. Het samenwerkingsverband stelt een ambtelijk secretaris beschikbaar.",
        "Daarnaast heeft het samenwerkingsverband een eigen medezeggenschapsraad voor het personeel van het bureau. "
        "Over de begroting en het jaarverslag wordt de OPR geïnformeerd; een formeel adviesrecht daarop heeft de raad niet.",
    ]


def personeel(c):
    return [
        "De kwaliteit van ondersteuning staat of valt met de mensen die haar bieden. Het personeelsbeleid van de "
        "scholen is een zaak van de schoolbesturen. Het samenwerkingsverband draagt bij via een gezamenlijk "
        "scholingsaanbod, leernetwerken en de inzet van eigen specialisten.",
        "In de planperiode organiseren we jaarlijks een regionale studiedag en leernetwerken voor intern begeleiders, "
        "ondersteuningscoördinatoren en gedragsspecialisten. We onderzoeken of we een gezamenlijke pool van "
        "onderwijsassistenten kunnen opzetten om het lerarentekort op te vangen. Dit onderzoek loopt nog.",
        "Het bureau heeft 11,4 fte in dienst. Verzuim ligt onder het landelijk gemiddelde. We hebben een "
        "gesprekscyclus met jaarlijks een ontwikkelgesprek en een strategische personeelsplanning die tweejaarlijks "
        "wordt bijgesteld.",
    ]


def ict(c):
    return [
        "Voor de uitwisseling van leerlinggegevens gebruiken wij een beveiligde digitale omgeving. Scholen dienen "
        "daarin aanvragen in en kunnen de status volgen. Ouders kunnen op verzoek inzage krijgen in de gegevens die "
        "over hun kind zijn opgeslagen.",
        "Het samenwerkingsverband verwerkt persoonsgegevens, waaronder gezondheidsgegevens, alleen voor zover dat "
        "nodig is voor de wettelijke taken. We hebben een functionaris gegevensbescherming aangesteld, een "
        "privacyreglement vastgesteld en een register van verwerkingen opgesteld. Gegevens die betrekking hebben op "
        "een besluit over toelaatbaarheid bewaren wij niet langer dan de wettelijke termijn.",
        "In 2026 vervangen we het huidige systeem. De aanbesteding daarvan start in het voorjaar. Tot die tijd blijft "
        "de huidige werkwijze ongewijzigd. Informatiebeveiliging is een vast agendapunt in het bestuurlijk overleg.",
    ]


def huisvesting(c):
    return [
        "Onderwijshuisvesting en leerlingenvervoer zijn taken van de gemeenten. Wij bespreken beide onderwerpen in het "
        "regulier overleg met de gemeenten, vooral waar het gaat om de reistijd van leerlingen naar speciale "
        "voorzieningen. Het samenwerkingsverband heeft zelf geen gebouwen in eigendom.",
        "Voor het bureau huren wij ruimte. De huur loopt tot 2028. Bij de heroverweging van de huisvesting kijken we "
        "naar bereikbaarheid met het openbaar vervoer en naar duurzaamheid.",
    ]


def planning(c):
    return [
        "Dit plan beschrijft de koers voor vier jaar. Elk jaar vertalen we die koers in een jaarplan met concrete "
        "activiteiten. De jaarcyclus ziet er als volgt uit:",
        ("table", [["Periode", "Activiteit", "Wie"],
                   ["september", "Start jaarplan, bespreking met directeuren", "directeur-bestuurder"],
                   ["november", "Regionale studiedag", "bureau"],
                   ["maart", "Voorbereiding volgend jaarplan", "bureau en bestuurlijk overleg"],
                   ["juni", "Vaststelling jaarplan", "bestuur, na bespreking met OPR"]]),
        "Het jaarplan wordt op de website van het samenwerkingsverband gepubliceerd. Grote projecten in de planperiode "
        "zijn de vervanging van het digitale systeem (2026), de herhuisvesting van het bureau (2028) en de "
        "voorbereiding van het volgende ondersteuningsplan (2028-2029).",
    ]


def begrippen(c, extra=()):
    rows = [["Begrip", "Betekenis"],
            ["Basisondersteuning", "Het niveau van ondersteuning dat scholen bieden."],
            ["Dekkend aanbod", "Een aanbod waarin voor ieder kind een passende plek is."],
            ["Meerjarenbegroting", "Begroting voor meerdere jaren."],
            ["OJSP", "Ouder- en jeugdsteunpunt."],
            ["OOGO", "Op overeenstemming gericht overleg met gemeenten."],
            ["OPR", "Ondersteuningsplanraad."],
            ["Terugplaatsing", "Overstap van het speciaal onderwijs naar het regulier onderwijs."],
            ["TLV", "Toelaatbaarheidsverklaring."],
            ["Zorgplicht", "De plicht van een schoolbestuur om een passende plek te bieden."]]
    rows += [list(e) for e in extra]
    return [("table", rows)]


# ---------------------------------------------------------------------------
# Plan A: PO, docx. BO present, PL partial (criteria missing), TS present (inside TLV chapter),
# FIN present (under "Geld en middelen"), DA partial (lacunes missing), RES missing, OUD present (in Communicatie)
# ---------------------------------------------------------------------------


def plan_a():
    c = dict(naam="Samenwerkingsverband Primair Onderwijs Waddenkust", periode="2025-2029",
             ouderwoord="ouders", gemeenten_tekst="Zeehoeve, Lutjemare en Oosterslik", bijeenkomst="Oosterslik",
             directeur="Marijke Tammeling", oogo_datum="4 februari 2025", buur_swv="VO Waddenkust (VO 20-97)",
             opr_datum="18 maart 2025", vast_datum="25 maart 2025", n_scholen=48, n_besturen=7, n_lln="7.412",
             speciaal="sbo- of so", motto="elk kind een plek om te groeien", opr_ouders=True, opr_leden=12,
             ouder_of_lln="ouder",
             regio_rows=[["Zeehoeve", "21", "3.388"], ["Lutjemare", "15", "2.190"], ["Oosterslik", "12", "1.834"]])
    s = []
    s.append((1, "Voorwoord", voorwoord(c)))
    s.append((1, "1. Leeswijzer", leeswijzer(c)))
    s.append((1, "2. Totstandkoming", totstandkoming(c)))
    s.append((1, "3. Onze regio", regio(c)))
    s.append((1, "4. Missie en visie", missie_visie(c)))
    s.append((2, "Terugblik op de vorige planperiode", terugblik(c)))
    s.append((2, "Landelijke ontwikkelingen", context(c)))
    s.append((2, "Overgangen", overgangen(c)))
    s.append((1, "5. Wat is er veranderd?", [
        "Ten opzichte van het ondersteuningsplan 2021-2025 is een aantal dingen veranderd. We zetten de belangrijkste "
        "op een rij.",
        ("bullets", [
            "De basisondersteuning is opnieuw beschreven in negen standaarden (hoofdstuk 6).",
            "Het Loket is de enige ingang voor aanvragen voor extra ondersteuning en toelaatbaarheid (hoofdstuk 7).",
            "De oude resultaatafspraken met besturen zijn vervallen; we gaan werken met een nieuw kader.",
            "Het verdeelmodel is vereenvoudigd: minder potjes, meer geld direct naar de schoolbesturen (hoofdstuk 9).",
            "Het ouder- en jeugdsteunpunt is geen proef meer maar een vaste voorziening (hoofdstuk 10).",
        ]),
        "Wat niet is veranderd: de kern van onze visie en de afspraak dat een kind in principe naar de school in de "
        "eigen buurt gaat.",
    ]))
    s.append((1, "6. Wat elke school biedt", [
        "Basisondersteuning is in ons samenwerkingsverband de ondergrens die de zeven schoolbesturen samen hebben "
        "afgesproken. Iedere vestiging van iedere aangesloten basisschool biedt haar, zonder dat daarvoor een aanvraag "
        "bij het samenwerkingsverband nodig is en zonder dat ouders daarvoor een indicatie nodig hebben. Wat een school "
        "daarbovenop doet, is extra ondersteuning.",
        "De basisondersteuning bestaat uit negen standaarden. Ouders mogen op iedere school in de regio het volgende "
        "verwachten:",
        ("bullets", [
            "Een intern begeleider met ten minste 0,4 fte per 200 leerlingen, die leerkrachten ondersteunt en het "
            "aanspreekpunt is voor ouders.",
            "Werken met het dyslexieprotocol en het protocol ernstige rekenproblemen en dyscalculie, inclusief "
            "signalering in groep 2 en 3.",
            "Een schoolbrede aanpak van gedrag (bijvoorbeeld PBS of De Vreedzame School) met afspraken die in iedere "
            "groep zichtbaar zijn.",
            "Een aanbod voor leerlingen die meer aankunnen, met verrijkingsstof in de klas en een plusgroep binnen het "
            "bestuur.",
            "Een aanpak voor taalzwakke leerlingen en nieuwkomers (NT2), met ondersteuning van de Taalklas waar nodig.",
            "Een protocol medisch handelen en afspraken over het toedienen van medicijnen.",
            "Een ontwikkelingsperspectief (OPP) voor iedere leerling die op een of meer vakken een eigen leerlijn volgt, "
            "besproken met de ouders.",
            "Ten minste twee keer per jaar een groeps- en leerlingbespreking waarin de leerkracht met de intern "
            "begeleider de ondersteuning plant volgens handelingsgericht werken.",
            "Een warme overdracht bij de overstap van voorschool naar groep 1 en van groep 8 naar het voortgezet "
            "onderwijs.",
        ]),
        "Iedere school beschrijft in haar schoolgids hoe zij deze standaarden invult. Het samenwerkingsverband "
        "controleert dat jaarlijks aan de hand van een kwaliteitskaart die de school zelf invult en die de consulent "
        "bespreekt met de directeur. Eens per twee jaar bezoekt een auditteam van twee collega-directeuren iedere "
        "school. Haalt een school een standaard niet, dan maakt het schoolbestuur binnen drie maanden een "
        "verbeterplan dat in het bestuurlijk overleg wordt besproken.",
    ]))
    s.append((1, "7. Extra ondersteuning en toelaatbaarheid", [
        "Soms is de basisondersteuning niet genoeg. De school kan dan met de consulent van het samenwerkingsverband "
        "een arrangement opzetten in de eigen school. Lukt dat niet, dan zijn er bovenschoolse voorzieningen: de "
        "Taalklas voor nieuwkomers in Zeehoeve en de Eigenwijsklas voor hoogbegaafde leerlingen in Lutjemare, waar "
        "leerlingen één dag per week naartoe gaan. Daarna volgt het speciaal basisonderwijs (sbo De Kompasroos, twee "
        "locaties) en het speciaal onderwijs cluster 3 en 4 (De Horizon en De Branding). Samen vormen deze "
        "voorzieningen de route van licht naar zwaar: basis, extra ondersteuning in de school, bovenschools "
        "arrangement, sbo en so.",
        "Voor een plaats in het sbo of so is een toelaatbaarheidsverklaring (TLV) van het samenwerkingsverband nodig. "
        "De aanvraag loopt als volgt:",
        ("bullets", [
            "Stap 1: het bestuur van de school waar de leerling staat ingeschreven, dient de aanvraag in bij het Loket "
            "via het digitale groeidocument. Het groeidocument bevat het OPP, de evaluatie van de geboden ondersteuning "
            "en de zienswijze van de ouders.",
            "Stap 2: het Loket controleert binnen vijf werkdagen of het dossier compleet is.",
            "Stap 3: twee deskundigen geven ieder een eigen schriftelijk advies: een orthopedagoog of psycholoog en, "
            "afhankelijk van de vraag, een tweede deskundige zoals een maatschappelijk werker, kinderarts of pedagoog. "
            "De deskundigen zijn niet betrokken geweest bij de aanvraag.",
            "Stap 4: de Commissie Toelaatbaarheid neemt namens het bestuur een besluit binnen zes weken na ontvangst "
            "van het complete dossier. Ouders krijgen een afschrift van de adviezen.",
        ]),
        "Een TLV wordt afgegeven tot uiterlijk 31 juli van het schooljaar waarin de geldigheid afloopt, meestal voor "
        "twee schooljaren. Voor het so stelt de commissie de bekostigingscategorie vast (laag, midden of hoog). Ouders "
        "en school die het niet eens zijn met het besluit kunnen binnen zes weken bezwaar maken; het samenwerkingsverband "
        "is aangesloten bij de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen.",
        "De inhoudelijke criteria waarop de commissie toetst, worden in het schooljaar 2025-2026 samen met De "
        "Kompasroos, De Horizon en De Branding herschreven. Zodra die zijn vastgesteld, worden ze aan dit plan "
        "toegevoegd.",
        "Na de TLV",
        "Een plaatsing in het sbo of so is voor ons nooit vanzelfsprekend voor de hele schoolloopbaan. Ons beleid is dat "
        "iedere leerling van wie de TLV afloopt, terugkeert naar het regulier basisonderwijs als de ontwikkeling dat "
        "toelaat. Voorwaarden zijn dat de leerling de afgelopen periode stabiel heeft gefunctioneerd, dat de benodigde "
        "ondersteuning binnen de basisondersteuning plus een tijdelijk arrangement te bieden is, en dat er een "
        "ontvangende school is in de buurt van het huis. De ontvangende school krijgt een terugkeerarrangement van "
        "€ 3.000 voor één schooljaar en de leerling krijgt gedurende zes maanden begeleiding van een leerkracht van de "
        "sbo- of so-school.",
        "De stappen zijn vast. In de laatste geldigheidsjaar van de TLV nodigt de sbo- of so-school vóór 1 maart de "
        "ouders, de consulent van het Loket en de mogelijke ontvangende school uit voor een perspectiefgesprek. De "
        "sbo- of so-school neemt dus het initiatief. Adviseert dat gesprek terugkeer, dan meldt de ontvangende school "
        "de leerling aan en eindigt de TLV op 31 juli. Adviseert het gesprek verlenging, dan dient de sbo- of so-school "
        "een nieuwe aanvraag in bij de Commissie Toelaatbaarheid, die daarover beslist. Na drie en na negen maanden "
        "evalueren de ontvangende school, de ouders en de begeleider de terugkeer.",
    ]))
    s.append((1, "8. Thuiszitters en samenwerking met gemeenten", [
        "Samen met de gemeenten Zeehoeve, Lutjemare en Oosterslik hebben we de afgelopen jaren geïnvesteerd in een "
        "jeugdprofessional op iedere school. Deze jeugdprofessional is in dienst van de gemeente, sluit aan bij "
        "leerlingbesprekingen en kan snel lichte jeugdhulp inzetten zonder verwijzing. Het OOGO over dit plan vond "
        "plaats op 4 februari 2025.",
        "Het aantal thuiszitters in onze regio is klein, maar ieder kind dat thuiszit is er één te veel. In de loop van "
        "2026 maken we met de leerplichtambtenaren en de gemeenten afspraken over een gezamenlijke aanpak. Tot die tijd "
        "hanteren we de bestaande werkwijze van de scholen.",
    ]))
    s.append((1, "9. Geld en middelen", [
        "Het samenwerkingsverband ontvangt van het Rijk middelen voor lichte en zware ondersteuning. Een deel daarvan "
        "gaat via de zogenaamde afdracht rechtstreeks naar het so. De rest verdelen we als volgt.",
        "Ieder schoolbestuur ontvangt per 1 oktober-leerling een vast bedrag van € 185 per jaar voor het versterken van "
        "de basisondersteuning en voor arrangementen in de eigen scholen. Het bestuur verdeelt dit over de eigen scholen "
        "en legt daarover in het jaarverslag verantwoording af aan het samenwerkingsverband met een vast format. "
        "Bovenschoolse arrangementen (Taalklas, Eigenwijsklas) worden centraal betaald. Het sbo ontvangt naast de "
        "rijksbekostiging een vaste bijdrage voor de groei boven 2 procent, berekend op de teldatum 1 februari.",
        ("table", [["Meerjarenbegroting (x € 1.000)", "2025", "2026", "2027", "2028"],
                   ["Baten rijksbijdrage", "9.840", "9.760", "9.690", "9.610"],
                   ["Afdracht so (zware ondersteuning)", "3.920", "3.950", "3.980", "4.000"],
                   ["Budget schoolbesturen (€ 185 p.l.)", "1.371", "1.352", "1.333", "1.315"],
                   ["Groeibekostiging sbo", "1.420", "1.410", "1.400", "1.390"],
                   ["Bovenschoolse arrangementen", "1.160", "1.160", "1.150", "1.150"],
                   ["Loket en deskundigen", "640", "650", "660", "670"],
                   ["Bureau en bestuur", "780", "790", "800", "810"],
                   ["Resultaat", "549", "448", "367", "275"]]),
        "We houden een weerstandsvermogen aan van ten hoogste 5 procent van de baten. De huidige reserve ligt daarboven; "
        "het positieve resultaat in de tabel is daarom bewust beperkt en de overschrijding wordt afgebouwd door de "
        "investering in de jeugdprofessional die in 2025 en 2026 uit de reserve wordt betaald.",
    ]))
    s.append((1, "10. Communicatie", [
        "Goede communicatie is een voorwaarde voor vertrouwen. We communiceren met scholen via een nieuwsbrief en het "
        "directeurenoverleg, met gemeenten via het ambtelijk overleg en met ouders op de volgende manieren.",
        "Iedere school neemt in haar schoolgids een hoofdstuk op over de basisondersteuning en de extra ondersteuning "
        "die zij biedt. Op de website van het samenwerkingsverband staat een ouderpagina met uitleg over het Loket, "
        "arrangementen en de TLV. De folder 'Passend onderwijs aan de Waddenkust' ligt op iedere school en is er ook in "
        "het Engels, Pools en Arabisch. Twee keer per jaar organiseren we een informatieavond voor ouders, in het "
        "voorjaar in Zeehoeve en in het najaar in Oosterslik.",
        "Ouders die onafhankelijk advies willen, kunnen terecht bij het Ouder- en Jeugdsteunpunt Waddenkust. Het "
        "steunpunt is onafhankelijk van scholen en samenwerkingsverband, is gratis en is bereikbaar via telefoon, "
        "e-mail en een wekelijks inloopspreekuur. Medewerkers denken mee, gaan mee naar gesprekken op school en "
        "verwijzen zo nodig door naar de Onderwijsconsulenten. Bij een geschil over toelating of verwijdering kunnen "
        "ouders zich wenden tot de Geschillencommissie passend onderwijs.",
    ]))
    s.append((1, "11. Organisatie en bestuur", governance(c)))
    s.append((1, "12. Medezeggenschap", opr(c)))
    s.append((1, "13. Personeel", personeel(c)))
    s.append((2, "Kennisdeling", kennisdeling(c)))
    s.append((1, "14. ICT en privacy", ict(c)))
    s.append((1, "15. Huisvesting en vervoer", huisvesting(c)))
    s.append((1, "16. Planning", planning(c)))
    s.append((1, "17. Veelgestelde vragen van ouders", [
        ("qa", "Mijn kind heeft meer nodig dan de klas biedt. Bij wie moet ik zijn?",
         "Begin altijd bij de leerkracht. Samen met de intern begeleider kijkt de leerkracht wat er op school mogelijk "
         "is. Lukt dat niet, dan kan de school het Loket inschakelen."),
        ("qa", "Moet ik zelf een TLV aanvragen?",
         "Nee. Het schoolbestuur vraagt de TLV aan. U wordt wel gevraagd uw mening te geven over de aanvraag."),
        ("qa", "Hoe weet ik of passend onderwijs in de regio goed werkt?",
         "Dat is een goede vraag waar wij zelf ook mee bezig zijn. Hoe we resultaten zichtbaar maken, is nog in "
         "ontwikkeling."),
        ("qa", "Wat kost extra ondersteuning mij als ouder?",
         "Niets. Ondersteuning op school wordt betaald uit onderwijsmiddelen."),
        ("qa", "Mijn kind zit thuis. Wat nu?",
         "Neem contact op met de school en met de leerplichtambtenaar van uw gemeente."),
    ]))
    s.append((1, "Begrippenlijst", begrippen(c, [("Resultaten", "Wat passend onderwijs oplevert voor leerlingen.")])))
    return dict(
        title="Ondersteuningsplan 2025-2029",
        subtitle=["Samenwerkingsverband Primair Onderwijs Waddenkust (PO 20-96)",
                  "Vastgesteld door het bestuur op 25 maart 2025"],
        header="Ondersteuningsplan SWV PO Waddenkust 2025-2029",
        toc=build_toc(s), sections=s)


LABEL_A = """documents: [po-waddenkust-2025.docx]
sector: po
looks_like_plan: true
elements: {basisondersteuning: present, plaatsing: partial, terugstroom: present, financien: present, dekkend-aanbod: partial, resultaten: missing, ouders: present}
criteria:
  basisondersteuning.niveau: true
  basisondersteuning.inhoud: true
  plaatsing.procedure: true
  plaatsing.criteria: false
  terugstroom.procedure: true
  terugstroom.beleid: true
  financien.verdeling: true
  financien.besteding: true
  dekkend-aanbod.continuum: true
  dekkend-aanbod.lacunes: false
  resultaten.doelen: false
  resultaten.monitoring: false
  ouders.informatie: true
  ouders.steunpunt: true
advisory_addressed:
  basisondersteuning: [borging]
  plaatsing: [deskundigen, duur-categorie, bezwaar]
  financien: [reserves, verantwoording]
  dekkend-aanbod: [ketenpartners]
  ouders: [betrokkenheid]
notes:
  basisondersteuning: "Ch. 6 'Wat elke school biedt': agreed minimum for every vestiging plus nine concrete standards; kwaliteitskaart/audit as borging."
  plaatsing: "Ch. 7 gives steps, Loket, deskundigen, Commissie Toelaatbaarheid, 6 weeks, duration, categorie, LBT; criteria explicitly deferred to 2025-2026 ('worden herschreven')."
  terugstroom: "Hidden under subheading 'Na de TLV' inside ch. 7: policy (aim, conditions, terugkeerarrangement EUR 3.000, 6 months begeleiding) and steps (perspectiefgesprek before 1 March, who decides, evaluation at 3 and 9 months)."
  financien: "Ch. 9 'Geld en middelen': EUR 185 per leerling to boards, central arrangements, sbo groei; meerjarenbegroting table 2025-2028; weerstandsvermogen 5%."
  dekkend-aanbod: "Continuum described at start of ch. 7 (basis -> arrangement -> bovenschools -> sbo -> so); thuiszitters approach deferred to 'in de loop van 2026' in ch. 8, no gap analysis."
  resultaten: "No intended results or monitoring anywhere; only passing mentions (wat is er veranderd: old resultaatafspraken vervallen; FAQ; begrippenlijst)."
  ouders: "Ch. 10 'Communicatie': schoolgids, website, folder, informatieavonden; independent Ouder- en Jeugdsteunpunt, Onderwijsconsulenten, Geschillencommissie."
"""


# ---------------------------------------------------------------------------
# Plan B: VO, docx + pdf. BO partial (inhoud only in absent bijlage), PL present (vso/lwoo/pro, criteria table),
# TS missing (deferred to 2027), FIN partial (besteding p.m.), DA present, RES present, OUD partial (no steunpunt)
# ---------------------------------------------------------------------------


def plan_b():
    c = dict(naam="Samenwerkingsverband VO Rivierland-Oost", sector="vo", periode="2025-2029",
             ouderwoord="ouders, leerlingen", gemeenten_tekst="Dijkwaard, Kesselburg, Ooijen en Maaswerd",
             bijeenkomst="Kesselburg", directeur="Ruud van Elst", oogo_datum="12 februari 2025",
             buur_swv="PO Rivierland-Oost (PO 29-93)", opr_datum="2 april 2025", vast_datum="10 april 2025",
             n_scholen=14, n_besturen=6, n_lln="11.905", speciaal="vso", motto="samen sterk voor iedere leerling",
             opr_ouders=True, opr_leden=10, ouder_of_lln="ouder of leerling",
             regio_rows=[["Dijkwaard", "5", "4.610"], ["Kesselburg", "4", "3.455"], ["Ooijen", "3", "2.290"],
                         ["Maaswerd", "2", "1.550"]])
    s = []
    s.append((1, "Voorwoord", voorwoord(c)))
    s.append((1, "1. Leeswijzer", leeswijzer(c)))
    s.append((1, "2. Totstandkoming", totstandkoming(c)))
    s.append((1, "3. Regio en kengetallen", regio(c)))
    s.append((1, "4. Missie, visie en ambities", missie_visie(c)))
    s.append((2, "Terugblik op de vorige planperiode", terugblik(c)))
    s.append((2, "Landelijke ontwikkelingen", context(c)))
    s.append((2, "Overgangen", overgangen(c)))
    s.append((1, "5. Wat is er veranderd ten opzichte van 2021-2025?", [
        ("bullets", [
            "Lwoo en pro zijn volledig in dit plan opgenomen; er is geen aparte aanvulling meer.",
            "Het OPDC heet voortaan De Brug en heeft een tweede locatie in Maaswerd gekregen.",
            "De thuiszitterstafel is uitgebreid met de GGD en de jeugdbescherming.",
            "Het beleid voor terugplaatsing vanuit het vso wordt herzien (zie hoofdstuk 8).",
            "We werken met vier meetbare doelen in plaats van twaalf ambities.",
        ]),
    ]))
    s.append((1, "6. Basisondersteuning", [
        "Basisondersteuning is het niveau van ondersteuning dat de zes schoolbesturen gezamenlijk hebben afgesproken en "
        "dat iedere vestiging van iedere school voor voortgezet onderwijs in Rivierland-Oost ten minste biedt, ongeacht "
        "de leerweg. Het is de gemeenschappelijke vloer onder alle scholen; wat een school meer biedt, noemen we extra "
        "ondersteuning.",
        "De standaarden die bij deze afspraak horen, met de concrete voorzieningen per standaard, zijn opgenomen in het "
        "Referentiedocument Basisondersteuning VO Rivierland-Oost (bijlage 3). De scholen beschrijven in hun schoolgids "
        "hoe zij dit invullen.",
        "De basisondersteuning is een gedeelde verantwoordelijkheid. Het gesprek over de kwaliteit ervan voeren we in de "
        "jaarlijkse ontwikkelgesprekken met de scholen.",
    ]))
    s.append((1, "7. Van lichte ondersteuning tot vso", [
        "Ons ondersteuningsaanbod is opgebouwd in vier lagen die op elkaar aansluiten. Laag 1 is de basisondersteuning op "
        "iedere school. Laag 2 is de extra ondersteuning binnen de school: iedere school heeft een ondersteuningsteam en "
        "een trajectvoorziening (Op de Rails, Time-Out, het Leerplein) die wordt betaald uit het schoolbudget. Laag 3 "
        "zijn de bovenschoolse voorzieningen: het OPDC De Brug (locaties Dijkwaard en Maaswerd) voor leerlingen die "
        "tijdelijk niet in een reguliere klas passen, de Plusklas voor hoogbegaafde leerlingen die vastlopen en het "
        "Rebound-traject voor leerlingen na een schorsing. Laag 4 is het voortgezet speciaal onderwijs (vso) en het "
        "praktijkonderwijs.",
        "Om te weten of dit aanbod dekkend is, voeren we ieder jaar in het voorjaar een analyse uit op drie bronnen: de "
        "aanvragen bij de Commissie Toewijzing, de meldingen van de leerplichtambtenaren en de signalen van de scholen. "
        "Leerlingen voor wie geen passende plek is gevonden, komen op de maandelijkse thuiszitterstafel met leerplicht, "
        "jeugdhulp, GGD en jeugdbescherming. Als scholen of partners er samen niet uitkomen, heeft de directeur van het "
        "samenwerkingsverband doorzettingsmacht: hij kan een school vragen een leerling tijdelijk op te nemen en betaalt "
        "de benodigde ondersteuning. De analyse van 2024 liet zien dat er geen passend aanbod was voor hoogbegaafde "
        "leerlingen die thuis zijn komen te zitten; daarom is de Plusklas per 1 augustus 2025 gestart.",
        "Met de gemeenten hebben we afgesproken dat jeugdhulp op school wordt ingezet via het ondersteuningsteam. "
        "Voor leerlingen die zowel onderwijs als zorg nodig hebben, maken we onderwijs-zorgarrangementen die gezamenlijk "
        "worden betaald.",
    ]))
    s.append((1, "8. Toelaatbaarheid vso, lwoo en praktijkonderwijs", [
        "Het samenwerkingsverband beslist over de toelaatbaarheid tot het vso en het praktijkonderwijs en over de "
        "aanwijzing voor leerwegondersteunend onderwijs (lwoo). Dat doet de Commissie Toewijzing, die bestaat uit een "
        "orthopedagoog-generalist, een GZ-psycholoog, een jeugdarts en een ambtelijk secretaris.",
        "Procedure. Het bevoegd gezag van de school waar de leerling is ingeschreven of aangemeld, dient de aanvraag in "
        "via het portaal Kompas. Bij de aanvraag horen het OPP met ten minste twee geëvalueerde cycli, het "
        "onderwijskundig rapport en de zienswijze van ouders en leerling. De secretaris bevestigt de ontvangst binnen "
        "vijf werkdagen. Twee leden van de commissie geven ieder een eigen schriftelijk deskundigenadvies; de commissie "
        "besluit binnen zes weken. Voor lwoo en pro geldt een termijn van vier weken en worden aanvragen uit groep 8 "
        "vóór 1 maart afgehandeld.",
        ("table", [["Voorziening", "Criteria voor toelaatbaarheid", "Duur"],
                   ["vso cluster 3 en 4",
                    "De ondersteuningsbehoefte overstijgt aantoonbaar wat een reguliere school met arrangement en OPDC kan "
                    "bieden; er zijn ten minste twee cycli van extra ondersteuning geëvalueerd; beide deskundigen "
                    "onderschrijven dat een vso-setting nodig is.", "1 of 2 schooljaren, categorie laag, midden of hoog"],
                   ["lwoo", "Landelijke criteria: IQ tussen 75 en 90 met een leerachterstand van ten minste 25% op twee "
                    "domeinen, of IQ 91-120 met leerachterstand en sociaal-emotionele problematiek.",
                    "voor de duur van de opleiding"],
                   ["praktijkonderwijs", "Landelijke criteria: IQ tussen 55 en 80 en een leerachterstand van ten minste "
                    "50% op twee van de vier domeinen.", "voor de duur van de opleiding"]]),
        "Terugplaatsing vanuit het vso is een belangrijk thema. Het beleid hierover wordt in 2027, na de evaluatie van "
        "de huidige afspraken met De Stroming en Het Baken, in overleg met de vso-scholen uitgewerkt en daarna als "
        "addendum aan dit plan toegevoegd.",
    ]))
    s.append((1, "9. Doelen en kwaliteitszorg", [
        "Voor de planperiode hebben we vier doelen geformuleerd voor leerlingen die extra ondersteuning nodig hebben. "
        "Ieder doel heeft een streefwaarde voor 2029.",
        ("table", [["Doel", "Indicator", "Nulmeting 2024", "Streefwaarde 2029"],
                   ["Minder thuiszitters", "leerlingen langer dan 4 weken zonder onderwijs", "23", "minder dan 10"],
                   ["Terug naar de klas", "OPDC-leerlingen binnen 1 jaar terug in reguliere klas", "71%", "90%"],
                   ["Diploma met ondersteuning", "slagingspercentage leerlingen met OPP", "82%", "ten minste 88%"],
                   ["Tevreden ouders", "tevredenheid ouders over ondersteuning (schaal 1-10)", "6,8", "7,5"]]),
        "De gegevens worden elk kwartaal verzameld uit het portaal Kompas, de leerplichtregistratie en DUO. De "
        "directeur rapporteert ieder kwartaal aan de raad van toezicht. Eenmaal per jaar bespreken we de stand met de "
        "OPR en de scholen in een evaluatiesessie en publiceren we de uitkomsten in het jaarverslag. De "
        "tevredenheidspeiling onder ouders vindt tweejaarlijks plaats. Blijft een doel achter, dan stelt het bestuur "
        "in het jaarplan maatregelen vast.",
    ]))
    s.append((1, "10. Financiën", [
        "De middelen voor lichte ondersteuning worden voor 70 procent verdeeld over de schoolbesturen op basis van het "
        "aantal leerlingen op 1 oktober (€ 94 per leerling) en een vaste voet van € 20.000 per vestiging. De overige 30 "
        "procent is bestemd voor het OPDC, de Plusklas en Rebound. Middelen voor zware ondersteuning gaan via de "
        "afdracht aan DUO naar het vso. Arrangementen op laag 3 worden door de Commissie Toewijzing toegekend op "
        "aanvraag van de school.",
        "De meerjarenbegroting 2026-2029 wordt na vaststelling door het bestuur in december als bijlage bij dit plan "
        "gevoegd.",
        ("table", [["Begroting (x € 1.000)", "2026", "2027", "2028", "2029"],
                   ["Baten", "p.m.", "p.m.", "p.m.", "p.m."],
                   ["Lasten", "p.m.", "p.m.", "p.m.", "p.m."]]),
    ]))
    s.append((1, "11. Ouders en leerlingen", [
        "Ouders en leerlingen informeren we via de website, via een jaarlijkse informatieavond in iedere gemeente en via "
        "de folder 'Extra ondersteuning op het vo' die bij de aanmelding voor het voortgezet onderwijs wordt uitgereikt "
        "en verkrijgbaar is in vijf talen. Iedere school vermeldt in de schoolgids wie de ondersteuningscoördinator is.",
        "In de OPR hebben ouders en leerlingen de helft van de zetels. Bij het opstellen van het OPP hebben ouders en "
        "leerlingen hoorrecht.",
        "Het samenwerkingsverband richt conform de nieuwe wetgeving een ouder- en jeugdsteunpunt in. De vormgeving "
        "daarvan volgt.",
    ]))
    s.append((1, "12. Organisatie", governance(c)))
    s.append((1, "13. Ondersteuningsplanraad", opr(c)))
    s.append((1, "14. Personeel en professionalisering", personeel(c)))
    s.append((2, "Kennisdeling", kennisdeling(c)))
    s.append((1, "15. ICT en privacy", ict(c)))
    s.append((1, "16. Huisvesting en leerlingenvervoer", huisvesting(c)))
    s.append((1, "17. Planning", planning(c)))
    s.append((1, "18. Vragen van ouders", [
        ("qa", "Kan mijn kind terug van het vso naar een gewone school?",
         "In principe kan dat. Wat daarvoor nodig is, leggen we vast in het addendum dat in 2027 verschijnt."),
        ("qa", "Ik ben het niet eens met de school. Wat kan ik doen?",
         "Ga in gesprek met de mentor en de ondersteuningscoördinator. Vaak lost een goed gesprek veel op."),
        ("qa", "Krijgt mijn kind automatisch lwoo?",
         "Nee. De school vraagt lwoo aan bij de Commissie Toewijzing als uw kind aan de landelijke criteria voldoet."),
        ("qa", "Waar gaat het geld van het samenwerkingsverband naartoe?",
         "Het grootste deel gaat naar de scholen en de voorzieningen. Meer daarover leest u in hoofdstuk 10."),
    ]))
    s.append((1, "Begrippenlijst", begrippen(c, [("Lwoo", "Leerwegondersteunend onderwijs."),
                                                 ("Pro", "Praktijkonderwijs."),
                                                 ("OPDC", "Orthopedagogisch-didactisch centrum.")])))
    return dict(
        title="Ondersteuningsplan 2025-2029",
        subtitle=["Samenwerkingsverband VO Rivierland-Oost (VO 29-94)", "Samen sterk voor iedere leerling"],
        header="SWV VO Rivierland-Oost - Ondersteuningsplan 2025-2029",
        toc=build_toc(s), sections=s)


LABEL_B = """documents: [vo-rivierland-oost.docx, vo-rivierland-oost.pdf]
sector: vo
looks_like_plan: true
elements: {basisondersteuning: partial, plaatsing: present, terugstroom: missing, financien: partial, dekkend-aanbod: present, resultaten: present, ouders: partial}
criteria:
  basisondersteuning.niveau: true
  basisondersteuning.inhoud: false
  plaatsing.procedure: true
  plaatsing.criteria: true
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
  plaatsing: [deskundigen, duur-categorie]
  dekkend-aanbod: [ketenpartners]
  resultaten: [meetbaar]
  ouders: [betrokkenheid]
notes:
  basisondersteuning: "Ch. 6 defines the SWV-wide floor for every vestiging, but the concrete standards are only in the absent 'Referentiedocument (bijlage 3)' and school guides."
  plaatsing: "Ch. 8: Commissie Toewijzing, portal steps, dossier, two deskundigen, 6/4 week terms; criteria for vso, lwoo and pro in a table with duration/categorie."
  terugstroom: "Only deferrals: ch. 8 last paragraph ('wordt in 2027 ... uitgewerkt ... addendum'), 'wat is er veranderd', FAQ and begrippenlijst."
  financien: "Ch. 10: verdeling concrete (70/30, EUR 94 per leerling, vaste voet, arrangementen via commissie); meerjarenbegroting deferred to December, table only p.m."
  dekkend-aanbod: "Ch. 7: four-layer continuum with OPDC, Plusklas, Rebound, vso; yearly gap analysis, thuiszitterstafel, doorzettingsmacht."
  resultaten: "Ch. 9 'Doelen en kwaliteitszorg': four goals with nulmeting/streefwaarde; quarterly data, reporting to RvT, OPR evaluation, jaarverslag."
  ouders: "Ch. 11: information channels concrete; ouder- en jeugdsteunpunt only announced ('de vormgeving daarvan volgt'); FAQ disagreement answer points only to school staff."
"""


# ---------------------------------------------------------------------------
# Plan C: PO, docx + pdf. BO present (content in table), PL missing (absent Handboek), TS partial (beleid only),
# FIN missing, DA present, RES partial (doelen only), OUD partial (steunpunt only)
# ---------------------------------------------------------------------------


def plan_c():
    c = dict(naam="Stichting Passend Primair Onderwijs Kempenrand", periode="2025-2029",
             ouderwoord="ouders", gemeenten_tekst="Heidebeek, Eersel-Zuid en Loonvelde", bijeenkomst="Heidebeek",
             directeur="Hanneke Verbeek", oogo_datum="20 januari 2025", buur_swv="VO Kempenrand (VO 30-99)",
             opr_datum="11 maart 2025", vast_datum="19 maart 2025", n_scholen=39, n_besturen=5, n_lln="6.020",
             speciaal="sbo- of so", motto="thuisnabij waar het kan, speciaal waar het moet", opr_ouders=True,
             opr_leden=8, ouder_of_lln="ouder",
             regio_rows=[["Heidebeek", "18", "2.940"], ["Eersel-Zuid", "12", "1.860"], ["Loonvelde", "9", "1.220"]])
    s = []
    s.append((1, "Voorwoord", voorwoord(c)))
    s.append((1, "1. Leeswijzer", leeswijzer(c)))
    s.append((1, "2. Totstandkoming", totstandkoming(c)))
    s.append((1, "3. De regio Kempenrand", regio(c)))
    s.append((1, "4. Waar we voor staan", missie_visie(c)))
    s.append((2, "Terugblik op de vorige planperiode", terugblik(c)))
    s.append((2, "Landelijke ontwikkelingen", context(c)))
    s.append((2, "Overgangen", overgangen(c)))
    s.append((1, "5. Wat is er veranderd?", [
        "Voor wie het vorige plan kent, de belangrijkste wijzigingen:",
        ("bullets", [
            "De toelaatbaarheidsprocedure is volledig digitaal geworden en herzien; de nieuwe werkwijze staat in het "
            "Handboek Toewijzing.",
            "Het verdeelmodel is ongewijzigd ten opzichte van het vorige plan.",
            "Er is een nieuw groepsarrangement De Kangoeroe voor jonge risicoleerlingen.",
            "Het Ouder- en Jeugdsteunpunt Kempenrand is sinds 1 januari 2025 operationeel.",
            "We hebben drie beoogde resultaten geformuleerd (hoofdstuk 11).",
        ]),
    ]))
    s.append((1, "6. Basisondersteuning: wat u overal mag verwachten", [
        "Alle 39 scholen van de vijf besturen hebben in 2024 opnieuw vastgelegd wat zij ten minste bieden. Die afspraak "
        "geldt voor iedere vestiging, ook voor de kleinste dorpsschool. De afspraken zijn samengevat in onderstaande tabel.",
        ("table", [["Domein", "Wat iedere school ten minste biedt"],
                   ["Organisatie", "Een intern begeleider (ten minste 1 dag per week per 100 leerlingen) en een "
                    "ondersteuningsteam dat zes keer per jaar bijeenkomt met de schoolmaatschappelijk werker."],
                   ["Lezen en rekenen", "Dyslexie- en dyscalculieprotocol; voorschotbenadering in groep 1-3; "
                    "remediërende ondersteuning in kleine groepjes."],
                   ["Gedrag", "Een anti-pestprogramma, een gedragsprotocol en een time-out plek in de school."],
                   ["Begaafdheid", "Compacten en verrijken in de groep; signalering met een vast instrument in groep 2."],
                   ["Medisch", "Protocol medisch handelen; afspraken over medicijnverstrekking."],
                   ["Planmatig werken", "Twee keer per jaar groepsbesprekingen; OPP bij een eigen leerlijn."]]),
        "Het bureau bezoekt iedere school eens per twee jaar en bespreekt aan de hand van deze tabel met de directeur "
        "waar de school staat.",
    ]))
    s.append((1, "7. Het ondersteuningscontinuüm", [
        "Wanneer een leerling meer nodig heeft dan de basisondersteuning, zijn er achtereenvolgens een schoolarrangement "
        "(ondersteuning in de eigen groep met extra handen of expertise), een groepsarrangement (De Kangoeroe voor jonge "
        "risicoleerlingen, de Taalbrug voor nieuwkomers en de Denkplaats voor begaafde leerlingen, elk op twee locaties), "
        "het speciaal basisonderwijs (sbo De Spoorzoeker) en het speciaal onderwijs (so Het Palet, cluster 3 en so De "
        "Vlinder, cluster 4). Samen vormen zij een doorlopende lijn van licht naar zwaar.",
        "Jaarlijks in mei brengen we met de scholen in kaart welke leerlingen geen passend aanbod hebben of dreigen vast "
        "te lopen (de dekkendheidsscan). Voor iedere leerling die langer dan twee weken thuiszit, belegt het bureau "
        "binnen vijf werkdagen een overleg met school, ouders, leerplicht en jeugdhulp. Komen partijen er niet uit, dan "
        "beslist de directeur-bestuurder over een tijdelijke plek en de bekostiging daarvan. Het bestuur dat de leerling "
        "inschrijft blijft zorgplichtig. De uitkomsten van de dekkendheidsscan bepalen welke groepsarrangementen we "
        "uitbreiden of afbouwen.",
    ]))
    s.append((1, "8. Toelaatbaarheid", [
        "Voor plaatsing in het sbo of so is een toelaatbaarheidsverklaring (TLV) nodig. De toelaatbaarheidsprocedure en "
        "de criteria die het samenwerkingsverband daarbij hanteert, zijn beschreven in het Handboek Toewijzing "
        "Kempenrand (bijlage 2 bij dit plan).",
        "Wij vinden het belangrijk dat de weg naar het speciaal (basis)onderwijs zorgvuldig is en dat ouders daarin "
        "worden meegenomen.",
    ]))
    s.append((1, "9. Terug naar de basisschool", [
        "Ons uitgangspunt is dat een plaatsing in het sbo of so tijdelijk is wanneer dat kan. Terugplaatsing naar het "
        "basisonderwijs is het doel voor iedere leerling bij wie de ontwikkeling dat toelaat; voor leerlingen met een "
        "blijvende ondersteuningsbehoefte, zoals veel leerlingen in cluster 3, is dat niet het doel. Voorwaarden voor "
        "terugplaatsing zijn dat de ondersteuningsbehoefte past binnen de basisondersteuning met een schoolarrangement "
        "en dat de leerling naar een school in de eigen woonplaats kan. Na de terugkeer krijgt iedere leerling een "
        "overstaparrangement: twintig uur begeleiding door een leerkracht van De Spoorzoeker of het so, verspreid over "
        "het eerste half jaar, en de ontvangende school kan een schoolarrangement aanvragen zonder wachttijd.",
        "Hoe de terugplaatsing precies verloopt, wie het initiatief neemt en op welke momenten wordt geëvalueerd, werken "
        "we uit in een nieuw protocol dat in het voorjaar van 2026 verschijnt.",
    ]))
    s.append((1, "10. Middelen", [
        "Het samenwerkingsverband ontvangt middelen van het Rijk en zet die in voor de ondersteuning van leerlingen. "
        "Verantwoording over de besteding vindt plaats in het jaarverslag. De meerjarenbegroting en de toelichting op "
        "het verdeelmodel zijn te vinden op www.kempenrand-po.nl/financien.",
        "Wij streven naar een zo groot mogelijk deel van de middelen in de scholen en een zo klein mogelijke "
        "organisatie.",
    ]))
    s.append((1, "11. Beoogde resultaten", [
        "Voor de planperiode hebben we drie beoogde resultaten vastgesteld voor leerlingen die extra ondersteuning "
        "nodig hebben:",
        ("bullets", [
            "In 2029 zit geen enkele leerling langer dan drie maanden thuis zonder passend aanbod.",
            "In 2029 is het aandeel leerlingen in sbo en so gedaald van 3,4% naar 3,0% van alle leerlingen, terwijl de "
            "tevredenheid van ouders over de ondersteuning gelijk blijft of stijgt.",
            "In 2029 heeft iedere leerling met een OPP een uitstroomprofiel dat bij de overstap naar het voortgezet "
            "onderwijs wordt gehaald of overtroffen.",
        ]),
        "Hoe we deze resultaten gaan meten en aan wie we erover rapporteren, bepalen we in het eerste planjaar.",
    ]))
    s.append((1, "12. Ouders", [
        "Ouders zijn onze belangrijkste partners. Zij kennen hun kind het best. Ouders worden betrokken bij het opstellen "
        "van het OPP en zijn bij iedere bespreking van hun kind in het ondersteuningsteam uitgenodigd.",
        "Ouders die onafhankelijk advies of hulp willen, kunnen terecht bij het Ouder- en Jeugdsteunpunt Kempenrand. "
        "Het steunpunt staat los van school en samenwerkingsverband, is gratis en werkt alleen in het belang van het "
        "kind. Daarnaast kunnen ouders de Onderwijsconsulenten inschakelen en een klacht indienen bij de landelijke "
        "klachtencommissie waarbij de besturen zijn aangesloten.",
        "Hoe we ouders in algemene zin informeren over de ondersteuningsmogelijkheden in de regio leggen we vast in het "
        "communicatieplan 2026, dat nog wordt opgesteld.",
    ]))
    s.append((1, "13. Bestuur en organisatie", governance(c)))
    s.append((1, "14. Medezeggenschap", opr(c)))
    s.append((1, "15. Personeel", personeel(c)))
    s.append((2, "Kennisdeling", kennisdeling(c)))
    s.append((1, "16. ICT en privacy", ict(c)))
    s.append((1, "17. Huisvesting en vervoer", huisvesting(c)))
    s.append((1, "18. Planning", planning(c)))
    s.append((1, "19. Veelgestelde vragen", [
        ("qa", "Wie beslist of mijn kind naar het sbo mag?",
         "Dat leest u in het Handboek Toewijzing (bijlage 2)."),
        ("qa", "Hoeveel geld krijgt de school van mijn kind voor extra ondersteuning?",
         "Dat verschilt per school en per jaar."),
        ("qa", "Mijn kind zit op het sbo. Gaat het ooit terug?",
         "Dat hangt af van de ontwikkeling van uw kind. Lees hoofdstuk 9."),
        ("qa", "Met wie kan ik praten als ik het niet eens ben met de school?",
         "Met het Ouder- en Jeugdsteunpunt Kempenrand. Zij zijn onafhankelijk en kunnen met u meedenken."),
    ]))
    s.append((1, "Begrippenlijst", begrippen(c, [("Handboek Toewijzing", "Beschrijving van de TLV-procedure."),
                                                 ("Verdeelmodel", "Regels voor de verdeling van middelen.")])))
    return dict(
        title="Ondersteuningsplan Kempenrand 2025-2029",
        subtitle=["Stichting Passend Primair Onderwijs Kempenrand (PO 30-95)", "Thuisnabij waar het kan"],
        header="Ondersteuningsplan Kempenrand PO 2025-2029",
        toc=build_toc(s), sections=s)


LABEL_C = """documents: [po-kempenrand.docx, po-kempenrand.pdf]
sector: po
looks_like_plan: true
elements: {basisondersteuning: present, plaatsing: missing, terugstroom: partial, financien: missing, dekkend-aanbod: present, resultaten: partial, ouders: partial}
criteria:
  basisondersteuning.niveau: true
  basisondersteuning.inhoud: true
  plaatsing.procedure: false
  plaatsing.criteria: false
  terugstroom.procedure: false
  terugstroom.beleid: true
  financien.verdeling: false
  financien.besteding: false
  dekkend-aanbod.continuum: true
  dekkend-aanbod.lacunes: true
  resultaten.doelen: true
  resultaten.monitoring: false
  ouders.informatie: false
  ouders.steunpunt: true
advisory_addressed:
  basisondersteuning: [borging]
  dekkend-aanbod: [ketenpartners]
  resultaten: [meetbaar]
  ouders: [betrokkenheid]
notes:
  basisondersteuning: "Ch. 6: agreed minimum for every vestiging; concrete content only in a table; biennial school visit as borging."
  plaatsing: "Ch. 8 only refers to the absent Handboek Toewijzing (bijlage 2); 'wat is er veranderd' and FAQ also just refer to it."
  terugstroom: "Ch. 9: policy (aim, conditions, overstaparrangement 20 uur) addressed; procedure explicitly deferred to a protocol in spring 2026."
  financien: "Ch. 10 'Middelen' only refers to website and jaarverslag; 'verdeelmodel ongewijzigd' refers to the previous plan; no amounts or criteria."
  dekkend-aanbod: "Ch. 7: continuum schoolarrangement -> groepsarrangementen -> sbo -> so; dekkendheidsscan, thuiszitters overleg within 5 days, directeur-bestuurder decides."
  resultaten: "Ch. 11: three measurable intended results; measuring/reporting deferred ('bepalen we in het eerste planjaar')."
  ouders: "Ch. 12 and FAQ: independent Ouder- en Jeugdsteunpunt, Onderwijsconsulenten, klachtencommissie; informing parents deferred to communicatieplan 2026."
"""


# ---------------------------------------------------------------------------
# Plan D: VO, markdown. BO missing, PL partial (criteria only), TS present, FIN present (tables only),
# DA partial (lacunes only), RES present, OUD missing
# ---------------------------------------------------------------------------


def plan_d():
    c = dict(naam="Samenwerkingsverband Voortgezet Onderwijs Heuvelzoom", sector="vo", periode="2026-2030",
             ouderwoord="leerlingen", gemeenten_tekst="Berghem, Valkenrade en Simpelveld-Noord",
             bijeenkomst="Valkenrade", directeur="Jos Ramakers", oogo_datum="27 januari 2025",
             buur_swv="PO Heuvelzoom (PO 31-92)", opr_datum="25 maart 2025", vast_datum="1 april 2025",
             n_scholen=9, n_besturen=4, n_lln="8.340", speciaal="vso", motto="elke leerling telt mee",
             opr_ouders=False, opr_leden=10, ouder_of_lln="",
             regio_rows=[["Berghem", "4", "3.970"], ["Valkenrade", "3", "2.880"], ["Simpelveld-Noord", "2", "1.490"]])
    s = []
    s.append((1, "Voorwoord", voorwoord(c)))
    s.append((1, "1. Leeswijzer", leeswijzer(c)))
    s.append((1, "2. Totstandkoming", totstandkoming(c)))
    s.append((1, "3. Heuvelzoom in cijfers", regio(c)))
    s.append((1, "4. Visie", missie_visie(c)))
    s.append((2, "Terugblik op de vorige planperiode", terugblik(c)))
    s.append((2, "Landelijke ontwikkelingen", context(c)))
    s.append((2, "Overgangen", overgangen(c)))
    s.append((1, "5. Wat is er veranderd?", [
        ("bullets", [
            "De aanvraagprocedure voor een TLV, lwoo en pro wordt per 1 augustus 2026 gedigitaliseerd.",
            "De basisondersteuning beschrijven we niet meer zelf; we wachten de landelijke norm af.",
            "Er is een terugkeerbudget voor leerlingen die van het vso naar het regulier gaan.",
            "De financiële paragraaf bestaat voortaan uit twee tabellen.",
            "Het Thuiszitterspact Heuvelzoom is ondertekend door alle partners.",
        ]),
    ]))
    s.append((1, "6. Ondersteuning op school", [
        "Wat de scholen aan ondersteuning bieden, is vastgelegd in de schoolgidsen van de scholen. Het "
        "samenwerkingsverband stelt hiervoor in deze planperiode geen eigen norm vast, in afwachting van de landelijke "
        "norm basisondersteuning die het kabinet heeft aangekondigd.",
        "Het ondersteuningscontinuüm, van lichte ondersteuning in de klas tot en met het vso, beschrijven we in 2026 "
        "opnieuw, wanneer de landelijke norm bekend is.",
    ]))
    s.append((1, "7. Toelaatbaarheid", [
        "Het samenwerkingsverband geeft toelaatbaarheidsverklaringen af voor het vso en voor het praktijkonderwijs en "
        "wijst leerlingen aan voor lwoo. De aanvraagprocedure wordt per 1 augustus 2026 gedigitaliseerd; de nieuwe "
        "procedurebeschrijving publiceren we dan op de website.",
        "Een leerling is toelaatbaar tot het vso als aan alle drie de volgende voorwaarden is voldaan:",
        ("bullets", [
            "de school heeft ten minste twee cycli extra ondersteuning geboden, vastgelegd en geëvalueerd in het OPP;",
            "de ondersteuningsbehoefte ligt op ten minste drie van de vijf domeinen (leren, gedrag, communicatie, "
            "lichamelijk, zelfredzaamheid) boven wat een reguliere school met een bovenschoolse voorziening kan bieden;",
            "een orthopedagoog of psycholoog en een tweede deskundige bevestigen dat een vso-setting nodig is.",
        ]),
        "Voor lwoo hanteren we de landelijke criteria (IQ 75-90 met een leerachterstand van ten minste anderhalf jaar op "
        "twee domeinen). Voor het praktijkonderwijs gelden de landelijke criteria (IQ 55-80 en leerachterstand van ten "
        "minste drie jaar op twee domeinen). Een TLV vso geldt voor twee schooljaren.",
    ]))
    s.append((1, "8. Terug naar het regulier", [
        "Doel van ons beleid is dat leerlingen die het vso niet meer nodig hebben zo snel mogelijk doorstromen naar een "
        "reguliere school voor voortgezet onderwijs, met behoud van het diplomaperspectief. Voorwaarde is dat de "
        "ontvangende school de benodigde ondersteuning kan bieden met een tijdelijk arrangement. De ontvangende school "
        "krijgt per leerling een terugkeerbudget van € 4.500 en de leerling krijgt een jaar lang een coach van de "
        "vso-school.",
        "Werkwijze: in november van het laatste TLV-jaar organiseert de vso-school een overstapgesprek met de leerling en "
        "de ondersteuningscoördinator van de beoogde ontvangende school. In januari besluiten de vso-school en de "
        "ontvangende school of de overstap per 1 augustus doorgaat; zo niet, dan vraagt de vso-school vóór 1 maart een "
        "nieuwe TLV aan. De TLV eindigt op 31 juli. Na zes en twaalf maanden evalueert de coach de overstap met de "
        "ontvangende school.",
        "In 2024 zijn 19 leerlingen vanuit het vso teruggekeerd naar het regulier voortgezet onderwijs; 16 van hen zaten "
        "een jaar later nog op dezelfde school.",
    ]))
    s.append((1, "9. Thuiszitters", [
        "Het Thuiszitterspact Heuvelzoom is in 2025 ondertekend door de vier schoolbesturen, de drie gemeenten en de "
        "jeugdhulpaanbieders. Iedere leerling die langer dan drie weken niet of nauwelijks naar school gaat, wordt "
        "binnen een week besproken in het casusoverleg thuiszitters (maandelijks, met leerplicht en jeugdhulp). Elk "
        "kwartaal analyseren we welke leerlingen geen passende plek vinden en waarom; bij een structureel tekort stelt "
        "het bestuur een nieuwe voorziening voor. Als partijen het niet eens worden, beslist de directeur van het "
        "samenwerkingsverband (doorzettingsmacht). Op 1 oktober 2024 waren er 14 thuiszitters.",
    ]))
    s.append((1, "10. Financiën", [
        "Tabel 10.1 geeft de verdeling, tabel 10.2 de meerjarenbegroting.",
        ("table", [["Tabel 10.1 Verdeling", "Criterium", "Bedrag"],
                   ["Schoolbudget lichte ondersteuning", "per leerling op 1 oktober", "€ 110 per leerling"],
                   ["Vaste voet", "per vestiging", "€ 25.000"],
                   ["Lwoo-middelen", "per aangewezen leerling, doorbetaald aan het bestuur", "€ 3.650 per leerling"],
                   ["Terugkeerbudget", "per teruggekeerde vso-leerling", "€ 4.500"],
                   ["Vso-afdracht", "per TLV naar categorie, via DUO", "landelijk bedrag"]]),
        ("table", [["Tabel 10.2 Meerjarenbegroting (x € 1.000)", "2026", "2027", "2028", "2029"],
                   ["Baten", "14.210", "14.050", "13.880", "13.700"],
                   ["Afdracht vso", "5.120", "5.090", "5.060", "5.030"],
                   ["Lwoo doorbetaling", "3.290", "3.250", "3.200", "3.160"],
                   ["Schoolbudgetten en vaste voet", "1.143", "1.131", "1.120", "1.108"],
                   ["Terugkeerbudget", "90", "90", "90", "90"],
                   ["Thuiszitterspact", "350", "350", "350", "350"],
                   ["Bureau", "980", "990", "1.000", "1.010"],
                   ["Saldo", "3.237", "3.149", "3.060", "2.952"]]),
    ]))
    s.append((1, "11. Resultaten", [
        "Wat willen we bereiken voor leerlingen met een ondersteuningsbehoefte? In 2030 (a) is het aantal thuiszitters "
        "gedaald van 14 naar maximaal 5, (b) keert jaarlijks ten minste 15% van de leerlingen met een aflopende TLV terug "
        "naar het regulier, en (c) stroomt ten minste 80% van de lwoo-leerlingen uit met een diploma.",
        "We volgen deze resultaten met een dashboard dat twee keer per jaar (peildata 1 oktober en 1 maart) wordt "
        "gevuld met gegevens uit DUO, de leerplichtadministratie en de TLV-registratie. De directeur bespreekt het "
        "dashboard in het bestuur en jaarlijks met de OPR; in het jaarverslag rapporteren we de bereikte resultaten "
        "naast de beoogde resultaten.",
    ]))
    s.append((1, "12. Organisatie", governance(c)))
    s.append((1, "13. Ondersteuningsplanraad", opr(c)))
    s.append((1, "14. Personeel", personeel(c)))
    s.append((2, "Kennisdeling", kennisdeling(c)))
    s.append((1, "15. ICT en privacy", ict(c)))
    s.append((1, "16. Huisvesting en vervoer", huisvesting(c)))
    s.append((1, "17. Planning", planning(c)))
    s.append((1, "18. Veelgestelde vragen (ouders)", [
        ("qa", "Wat is lwoo?",
         "Leerwegondersteunend onderwijs: extra ondersteuning in het vmbo voor leerlingen met een leerachterstand."),
        ("qa", "Hoe lang duurt een TLV?", "Een TLV vso geldt in Heuvelzoom twee schooljaren."),
        ("qa", "Mijn kind zit al weken thuis. Wat gebeurt er?",
         "Na drie weken wordt uw kind besproken in het casusoverleg thuiszitters."),
        ("qa", "Welke ondersteuning biedt de school van mijn kind?",
         "Dat verschilt per school."),
    ]))
    s.append((1, "Begrippenlijst", begrippen(c, [("Ouder- en jeugdsteunpunt", "Onafhankelijk steunpunt voor ouders."),
                                                 ("Lwoo", "Leerwegondersteunend onderwijs.")])))
    return dict(
        title="Ondersteuningsplan 2026-2030",
        subtitle=["Samenwerkingsverband Voortgezet Onderwijs Heuvelzoom (VO 31-98)", "Versie voor instemming OPR"],
        header="", toc=build_toc(s), sections=s)


LABEL_D = """documents: [vo-heuvelzoom.md]
sector: vo
looks_like_plan: true
elements: {basisondersteuning: missing, plaatsing: partial, terugstroom: present, financien: present, dekkend-aanbod: partial, resultaten: present, ouders: missing}
criteria:
  basisondersteuning.niveau: false
  basisondersteuning.inhoud: false
  plaatsing.procedure: false
  plaatsing.criteria: true
  terugstroom.procedure: true
  terugstroom.beleid: true
  financien.verdeling: true
  financien.besteding: true
  dekkend-aanbod.continuum: false
  dekkend-aanbod.lacunes: true
  resultaten.doelen: true
  resultaten.monitoring: true
  ouders.informatie: false
  ouders.steunpunt: false
advisory_addressed:
  plaatsing: [deskundigen, duur-categorie]
  terugstroom: [monitoring]
  dekkend-aanbod: [ketenpartners]
  resultaten: [meetbaar]
notes:
  basisondersteuning: "Ch. 6 explicitly sets no SWV norm and refers to the schools' schoolgidsen and a future landelijke norm; only TOC/begrippenlijst otherwise."
  plaatsing: "Ch. 7: concrete criteria for vso (three conditions), lwoo and pro; the procedure is deferred ('wordt per 1 augustus 2026 gedigitaliseerd ... publiceren we dan op de website')."
  terugstroom: "Ch. 8 'Terug naar het regulier': aims, conditions, EUR 4.500 terugkeerbudget, coach; steps November/January/1 March, TLV ends 31 July, evaluation at 6 and 12 months; 2024 figures."
  financien: "Ch. 10 content only in two tables: verdeling criteria/amounts and meerjarenbegroting 2026-2029."
  dekkend-aanbod: "Ch. 9 Thuiszitters: casusoverleg, quarterly gap analysis, doorzettingsmacht; continuum explicitly deferred to 2026 in ch. 6."
  resultaten: "Ch. 11: three measurable goals for 2030 and dashboard twice a year, bestuur/OPR, jaarverslag."
  ouders: "Nothing on informing parents or independent help; FAQ for parents contains no information channels; steunpunt only in begrippenlijst."
"""


# ---------------------------------------------------------------------------
# Plan E: PO, docx. BO partial (niveau missing), PL present, TS partial (procedure only), FIN partial (besteding only),
# DA missing, RES partial (monitoring only), OUD present (only in FAQ)
# ---------------------------------------------------------------------------


def plan_e():
    c = dict(naam="Samenwerkingsverband Passend Onderwijs Lindeveld", periode="2025-2029",
             ouderwoord="ouders", gemeenten_tekst="Lindeveld en Wolderkamp", bijeenkomst="Wolderkamp",
             directeur="Sandra Oosting", oogo_datum="6 februari 2025", buur_swv="VO Lindeveld-Wolderkamp (VO 26-93)",
             opr_datum="13 maart 2025", vast_datum="20 maart 2025", n_scholen=31, n_besturen=4, n_lln="5.480",
             speciaal="sbo- of so", motto="gewoon waar het kan, bijzonder waar het nodig is", opr_ouders=True,
             opr_leden=8, ouder_of_lln="ouder",
             regio_rows=[["Lindeveld", "19", "3.610"], ["Wolderkamp", "12", "1.870"]])
    s = []
    s.append((1, "Voorwoord", voorwoord(c)))
    s.append((1, "1. Leeswijzer", leeswijzer(c)))
    s.append((1, "2. Totstandkoming", totstandkoming(c)))
    s.append((1, "3. De regio", regio(c)))
    s.append((1, "4. Missie en visie", missie_visie(c)))
    s.append((2, "Terugblik op de vorige planperiode", terugblik(c)))
    s.append((2, "Landelijke ontwikkelingen", context(c)))
    s.append((2, "Overgangen", overgangen(c)))
    s.append((1, "5. Wat is er veranderd?", [
        ("bullets", [
            "Het verdeelmodel is herzien; het nieuwe model ligt nog ter bespreking bij de besturen.",
            "De TLV voor het sbo wordt voortaan afgegeven tot het einde van de basisschoolperiode als dat past.",
            "Het overzicht van arrangementen staat niet meer in het plan maar in de Sociale Kaart op de website.",
            "De veelgestelde vragen van ouders zijn uitgebreid.",
        ]),
    ]))
    s.append((1, "6. Ondersteuning op de scholen", [
        "Elke school bepaalt in haar schoolgids zelf welk niveau van basisondersteuning zij biedt. Een gezamenlijke "
        "ondergrens voor alle scholen hebben de besturen (nog) niet afgesproken.",
        "In de praktijk treft u op alle scholen in Lindeveld en Wolderkamp dezelfde kern aan: een intern begeleider die "
        "leerkrachten coacht, leesinterventies volgens het dyslexieprotocol met vroegtijdige signalering in groep 3, een "
        "rekenaanpak met verlengde instructie, een methode voor sociaal-emotioneel leren met een vast "
        "observatie-instrument, aanbod voor leerlingen die meer aankunnen in de vorm van verrijkingswerk en een "
        "plusklasdag per bestuur, en een protocol voor medisch handelen. Leerlingen met een eigen leerlijn krijgen een "
        "OPP dat twee keer per jaar met de ouders wordt besproken.",
    ]))
    s.append((1, "7. Toelaatbaarheid sbo en so", [
        "Een kind komt in aanmerking voor een plek op een sbo-school als de basisschool aantoonbaar, gedurende ten minste "
        "een half jaar en met inzet van een arrangement, niet aan de onderwijsbehoefte heeft kunnen voldoen, en de "
        "behoefte vooral ligt in een kleinere groep met meer structuur en specialistische didactiek. Voor het so "
        "(cluster 3 of 4) geldt daarnaast dat de behoefte aan zorg en behandeling zo groot is dat die alleen in een "
        "so-setting kan worden geboden, bijvoorbeeld bij een zeer moeilijk lerende leerling (ZML) of bij ernstige "
        "gedragsproblematiek die ook buiten school speelt.",
        "Het schoolbestuur vraagt de TLV aan bij het Bureau Toewijzing. Het dossier bevat het OPP, het "
        "onderwijskundig rapport en de zienswijze van de ouders. Een orthopedagoog en een tweede deskundige (psycholoog, "
        "kinderarts of maatschappelijk werker) geven elk apart schriftelijk advies. De directeur van het "
        "samenwerkingsverband beslist binnen zes weken. Een TLV sbo geldt in principe tot het einde van de "
        "basisschoolperiode; een TLV so geldt twee schooljaren in categorie laag, midden of hoog. Tegen het besluit "
        "kunnen ouders binnen zes weken bezwaar maken; advies wordt gevraagd aan de Landelijke "
        "Bezwaaradviescommissie.",
        "Gaat een TLV so aflopen, dan start de so-school uiterlijk in oktober van het laatste jaar een evaluatie met de "
        "ouders en het Bureau Toewijzing. Zijn de deskundigen het erover eens dat het so niet meer nodig is, dan meldt de "
        "so-school de leerling aan bij een basisschool of het sbo naar keuze van de ouders en loopt de TLV op 31 juli af. "
        "De so-school neemt het initiatief, de directeur van het samenwerkingsverband beslist over verlenging, en de "
        "overstap wordt drie maanden na de start geëvalueerd. Welke voorwaarden en begeleiding na terugkeer gelden, is "
        "onderwerp van de beleidsnotitie Terugplaatsing die in het najaar van 2026 ter instemming aan de OPR wordt "
        "voorgelegd.",
    ]))
    s.append((1, "8. Een plek voor ieder kind", [
        "We streven naar een passende plek voor ieder kind in Lindeveld en Wolderkamp. Het overzicht van arrangementen "
        "en voorzieningen in de regio staat in de Sociale Kaart op onze website. Over leerlingen die thuiszitten maken "
        "we in 2026 nieuwe afspraken met de gemeenten.",
    ]))
    s.append((1, "9. Financiën", [
        "Hoe de middelen over de schoolbesturen worden verdeeld, stellen we in 2026 opnieuw vast: het huidige "
        "verdeelmodel is herzien en het nieuwe model ligt nog ter bespreking. Onderstaande begroting laat zien waaraan "
        "het geld in de planperiode wordt uitgegeven.",
        ("table", [["Meerjarenbegroting (x € 1.000)", "2025", "2026", "2027", "2028"],
                   ["Rijksbijdrage", "7.310", "7.250", "7.190", "7.120"],
                   ["Afdracht so", "2.640", "2.660", "2.680", "2.700"],
                   ["Sbo (incl. groeibekostiging)", "1.980", "1.960", "1.940", "1.920"],
                   ["Naar schoolbesturen", "1.650", "1.640", "1.620", "1.600"],
                   ["Bureau Toewijzing en deskundigen", "520", "530", "540", "550"],
                   ["Organisatie", "610", "615", "620", "625"],
                   ["Saldo", "-90", "-155", "-210", "-275"]]),
        "Het negatieve saldo wordt gedekt uit de algemene reserve, die daarmee in 2028 de signaleringswaarde van de "
        "Inspectie nadert.",
    ]))
    s.append((1, "10. Kwaliteit en verantwoording", [
        "Twee keer per jaar verzamelen we gegevens over het aantal aanvragen en TLV's, de deelname aan sbo en so, het "
        "aantal leerlingen met een OPP en de uitstroom naar het voortgezet onderwijs. De gegevens komen uit de "
        "TLV-registratie, DUO en een korte uitvraag bij de scholen. Het Bureau Toewijzing maakt er een rapportage van "
        "die in het bestuur en in de OPR wordt besproken. Eens per twee jaar peilen we de tevredenheid van ouders en "
        "scholen. In het jaarverslag rapporteren we de cijfers en de conclusies.",
        "De beoogde resultaten voor deze planperiode formuleren we in het jaarplan 2026, nadat de nulmeting is afgerond.",
    ]))
    s.append((1, "11. Bestuur en organisatie", governance(c)))
    s.append((1, "12. Medezeggenschap", opr(c)))
    s.append((1, "13. Personeel", personeel(c)))
    s.append((2, "Kennisdeling", kennisdeling(c)))
    s.append((1, "14. ICT en privacy", ict(c)))
    s.append((1, "15. Huisvesting en vervoer", huisvesting(c)))
    s.append((1, "16. Planning", planning(c)))
    s.append((1, "17. Vragen van ouders", [
        ("qa", "Waar vind ik wat de school van mijn kind aan ondersteuning biedt?",
         "In de schoolgids van de school. Daarnaast staat op onze website een ouderpagina met uitleg over "
         "arrangementen, TLV's en het sbo en so, en in iedere school ligt onze ouderfolder. Elk voorjaar houden we een "
         "ouderavond in Lindeveld en een in Wolderkamp."),
        ("qa", "Ik wil graag met iemand praten die niet van de school is. Kan dat?",
         "Ja. Het Ouder- en Jeugdsteunpunt Lindeveld helpt ouders gratis en onafhankelijk bij vragen en als u het niet "
         "eens bent met de school; zij kunnen ook meegaan naar gesprekken. Komt u er samen niet uit, dan kunt u de "
         "Onderwijsconsulenten inschakelen of een geschil voorleggen aan de Geschillencommissie passend onderwijs."),
        ("qa", "Wat doet het samenwerkingsverband met mijn gegevens?",
         "Alleen wat nodig is voor de wettelijke taken. Zie hoofdstuk 14."),
        ("qa", "Is er voor elk kind een plek?",
         "Daar streven we naar. Lees hoofdstuk 8."),
    ]))
    s.append((1, "Begrippenlijst", begrippen(c, [("Sociale Kaart", "Overzicht van arrangementen op de website.")])))
    return dict(
        title="Ondersteuningsplan 2025-2029",
        subtitle=["Samenwerkingsverband Passend Onderwijs Lindeveld (PO 26-90)", "Gewoon waar het kan"],
        header="SWV Lindeveld | Ondersteuningsplan 2025-2029",
        toc=build_toc(s), sections=s)


LABEL_E = """documents: [po-lindeveld.docx]
sector: po
looks_like_plan: true
elements: {basisondersteuning: partial, plaatsing: present, terugstroom: partial, financien: partial, dekkend-aanbod: missing, resultaten: partial, ouders: present}
criteria:
  basisondersteuning.niveau: false
  basisondersteuning.inhoud: true
  plaatsing.procedure: true
  plaatsing.criteria: true
  terugstroom.procedure: true
  terugstroom.beleid: false
  financien.verdeling: false
  financien.besteding: true
  dekkend-aanbod.continuum: false
  dekkend-aanbod.lacunes: false
  resultaten.doelen: false
  resultaten.monitoring: true
  ouders.informatie: true
  ouders.steunpunt: true
advisory_addressed:
  plaatsing: [deskundigen, duur-categorie, bezwaar]
  financien: [reserves]
  ouders: [betrokkenheid]
notes:
  basisondersteuning: "Ch. 6: concrete common core listed, but explicitly no agreed SWV-wide minimum ('Elke school bepaalt ... zelf'; no gezamenlijke ondergrens)."
  plaatsing: "Ch. 7: criteria for sbo and so in plain wording, Bureau Toewijzing, dossier, two deskundigen, directeur decides within 6 weeks, duration, categorie, bezwaar."
  terugstroom: "Last paragraph of ch. 7 (TLV chapter): steps, initiative, decision, end 31 July, evaluation; conditions/support deferred to beleidsnotitie najaar 2026."
  financien: "Ch. 9: meerjarenbegroting with amounts; verdeelmodel explicitly not yet fixed ('stellen we in 2026 opnieuw vast')."
  dekkend-aanbod: "Ch. 8 only aspiration, reference to website Sociale Kaart and thuiszitters deferral to 2026; no continuum or gap handling described."
  resultaten: "Ch. 10: twice-yearly data collection, rapportage to bestuur/OPR, jaarverslag; intended results deferred to jaarplan 2026."
  ouders: "Only in the FAQ (ch. 17): schoolgids, website ouderpagina, folder, ouderavond; independent Ouder- en Jeugdsteunpunt, Onderwijsconsulenten, Geschillencommissie."
"""


# ---------------------------------------------------------------------------
# Near-miss F: school-level "ondersteuningsplan" of one basisschool (docx)
# ---------------------------------------------------------------------------


def near_miss():
    s = []
    s.append((1, "1. Inleiding", [
        "Dit ondersteuningsplan beschrijft hoe OBS De Wilgenhoek in Zeehoeve de ondersteuning aan haar 214 leerlingen "
        "organiseert in het schooljaar 2025-2026. Het plan is opgesteld door de intern begeleider en de directeur en "
        "besproken met het team en de medezeggenschapsraad. Het is een werkdocument voor het team en wordt ieder jaar "
        "in juni bijgesteld.",
        "De school is aangesloten bij het Samenwerkingsverband Primair Onderwijs Waddenkust. Het ondersteuningsplan van "
        "het samenwerkingsverband beschrijft de afspraken in de regio; dit plan gaat alleen over onze eigen school.",
    ]))
    s.append((1, "2. Wat is er veranderd?", [
        ("bullets", [
            "De groepsbesprekingen vinden nu drie keer per jaar plaats in plaats van twee keer.",
            "We werken met een nieuw leerlingvolgsysteem.",
            "De intern begeleider heeft een dag extra gekregen.",
            "Het OPP-format van het samenwerkingsverband is ingevoerd.",
        ]),
    ]))
    s.append((1, "3. Onze zorgniveaus", [
        "We werken met vijf ondersteuningsniveaus. Niveau 1 is goed onderwijs in de groep voor alle leerlingen. Niveau 2 "
        "is extra instructie en begeleiding door de leerkracht in de groep. Niveau 3 is speciale ondersteuning na "
        "overleg met de intern begeleider, bijvoorbeeld een handelingsplan voor lezen. Niveau 4 is ondersteuning met "
        "hulp van externe deskundigen, zoals de consulent van het samenwerkingsverband. Niveau 5 is een traject naar "
        "een toelaatbaarheidsverklaring voor het speciaal (basis)onderwijs.",
        "Samen vormen de niveaus 1 tot en met 3 onze basisondersteuning. Wat wij precies bieden, staat in ons "
        "schoolondersteuningsprofiel.",
    ]))
    s.append((1, "4. De ondersteuningscyclus", [
        "Drie keer per jaar, in oktober, februari en juni, houden de leerkracht en de intern begeleider een "
        "groepsbespreking. Daarin bekijken we de resultaten van de methodetoetsen en de toetsen uit het "
        "leerlingvolgsysteem. Leerlingen die opvallen, bespreken we in een leerlingbespreking. Zo nodig volgt een "
        "gesprek met de ouders en een aanpassing van het groepsplan.",
        "Twee keer per jaar komt het ondersteuningsteam bijeen met de schoolmaatschappelijk werker, de jeugdverpleegkundige "
        "en de consulent van het samenwerkingsverband. Ouders worden voor de bespreking van hun kind uitgenodigd.",
        ("table", [["Maand", "Activiteit", "Wie"],
                   ["oktober", "groepsbespreking 1", "leerkracht, IB"],
                   ["november", "ondersteuningsteam", "IB, SMW, consulent"],
                   ["februari", "groepsbespreking 2", "leerkracht, IB"],
                   ["april", "ondersteuningsteam", "IB, SMW, consulent"],
                   ["juni", "groepsbespreking 3 en overdracht", "leerkrachten, IB"]]),
    ]))
    s.append((1, "5. Protocollen", [
        "De school werkt met de volgende protocollen: dyslexie, dyscalculie, medisch handelen, pesten, "
        "meldcode huiselijk geweld en kindermishandeling, en schorsing en verwijdering. De protocollen liggen ter inzage "
        "bij de directie.",
        "Leerlingen die meer aankunnen, werken één ochtend per week in de Pluspoort. Leerlingen met een taalachterstand "
        "krijgen extra instructie van de onderwijsassistent. Voor leerlingen met een eigen leerlijn stellen we een OPP "
        "op, dat we twee keer per jaar met de ouders bespreken.",
    ]))
    s.append((1, "6. Extra ondersteuning en TLV", [
        "Als een leerling meer nodig heeft dan wij kunnen bieden, vraagt de intern begeleider een arrangement aan bij "
        "het Loket van het samenwerkingsverband. Als ook dat niet voldoende is, kan het schoolbestuur een "
        "toelaatbaarheidsverklaring aanvragen voor het sbo of so. Het samenwerkingsverband beslist daarover. Wij "
        "bereiden het groeidocument voor en bespreken het met de ouders.",
        "In het schooljaar 2024-2025 hebben wij voor twee leerlingen een TLV aangevraagd. Eén leerling is teruggekomen "
        "uit het sbo en wordt begeleid door een leerkracht van De Kompasroos.",
    ]))
    s.append((1, "7. Ouders", [
        "Ouders zijn onze partners. We informeren ouders via de schoolgids, de nieuwsbrief en het ouderportaal. Bij "
        "zorgen over hun kind kunnen ouders altijd terecht bij de leerkracht en de intern begeleider. Ouders die "
        "onafhankelijk advies willen, kunnen contact opnemen met het Ouder- en Jeugdsteunpunt Waddenkust.",
    ]))
    s.append((1, "8. Middelen en formatie", [
        "De school ontvangt van het bestuur een budget uit de middelen van het samenwerkingsverband. Dit jaar is dat "
        "€ 39.590. Daarvan betalen we een dag extra intern begeleiding en 0,6 fte onderwijsassistent.",
        ("table", [["Post", "Bedrag"], ["Extra intern begeleiding (0,2 fte)", "€ 16.800"],
                   ["Onderwijsassistent (0,6 fte)", "€ 21.290"], ["Materialen en scholing", "€ 1.500"]]),
    ]))
    s.append((1, "9. Evaluatie en doelen 2025-2026", [
        "In juni 2025 hebben we het vorige plan geëvalueerd. De drie-keer-per-jaar groepsbesprekingen bevallen goed. "
        "Voor dit schooljaar hebben we twee doelen: 90% van de leerlingen in groep 4 leest op AVI-niveau E4, en alle "
        "leerkrachten hebben de training handelingsgericht werken afgerond.",
    ]))
    s.append((1, "10. Veelgestelde vragen", [
        ("qa", "Wie is de intern begeleider?", "Dat is juf Annemiek de Boer. Zij werkt op maandag, dinsdag en donderdag."),
        ("qa", "Mijn kind heeft dyslexie. Wat doet de school?",
         "We volgen het dyslexieprotocol. De leerkracht bespreekt met u wat uw kind nodig heeft."),
        ("qa", "Wanneer gaat een kind naar het speciaal basisonderwijs?",
         "Alleen als wij en het samenwerkingsverband samen met u concluderen dat uw kind daar beter op zijn plek is."),
    ]))
    s.append((1, "Begrippenlijst", [("table", [["Begrip", "Betekenis"], ["IB", "Intern begeleider"],
                                                ["OPP", "Ontwikkelingsperspectiefplan"],
                                                ["SOP", "Schoolondersteuningsprofiel"],
                                                ["TLV", "Toelaatbaarheidsverklaring"],
                                                ["SWV", "Samenwerkingsverband"]])]))
    return dict(
        title="Ondersteuningsplan OBS De Wilgenhoek 2025-2026",
        subtitle=["Openbare basisschool De Wilgenhoek, Zeehoeve", "Werkdocument intern begeleiding"],
        header="OBS De Wilgenhoek - Ondersteuningsplan 2025-2026",
        toc=build_toc(s), sections=s)


LABEL_F = """documents: [obs-wilgenhoek-ondersteuningsplan.docx]
sector: po
looks_like_plan: false
elements: {}
criteria: {}
notes:
  document: "School-level ondersteuningsplan of one basisschool (zorgniveaus, groepsbesprekingen, IB budget, school goals); it refers to the samenwerkingsverband's plan but is not the ondersteuningsplan of a samenwerkingsverband (no OPR, OOGO, planperiode of a verband, no region-wide arrangements)."
"""


def main():
    # Plan A: docx
    render_docx(plan_a(), OUT / "po-waddenkust-2025.docx")
    (OUT / "po-waddenkust-2025.expected.yaml").write_text(LABEL_A, encoding="utf-8")
    # Plan B: docx + pdf
    render_docx(plan_b(), OUT / "vo-rivierland-oost.docx")
    docx_to_pdf(OUT / "vo-rivierland-oost.docx")
    (OUT / "vo-rivierland-oost.expected.yaml").write_text(LABEL_B, encoding="utf-8")
    # Plan C: docx + pdf
    render_docx(plan_c(), OUT / "po-kempenrand.docx")
    docx_to_pdf(OUT / "po-kempenrand.docx")
    (OUT / "po-kempenrand.expected.yaml").write_text(LABEL_C, encoding="utf-8")
    # Plan D: markdown
    render_md(plan_d(), OUT / "vo-heuvelzoom.md")
    (OUT / "vo-heuvelzoom.expected.yaml").write_text(LABEL_D, encoding="utf-8")
    # Plan E: docx
    render_docx(plan_e(), OUT / "po-lindeveld.docx")
    (OUT / "po-lindeveld.expected.yaml").write_text(LABEL_E, encoding="utf-8")
    # Near-miss F: docx
    render_docx(near_miss(), OUT / "obs-wilgenhoek-ondersteuningsplan.docx")
    (OUT / "obs-wilgenhoek-ondersteuningsplan.expected.yaml").write_text(LABEL_F, encoding="utf-8")


if __name__ == "__main__":
    main()
