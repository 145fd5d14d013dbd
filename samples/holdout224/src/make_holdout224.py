#!/usr/bin/env python3
"""Generate the holdout224 test set: five fictional ondersteuningsplannen of
samenwerkingsverbanden passend onderwijs (four PO, one VO) and one near-miss
document (a school-level 'ondersteuningsplan' of a single basisschool).

Deterministic, no network. Output goes to the folder above src/.
PDFs are rendered from a temporary .docx with LibreOffice (soffice --headless).
"""
import shutil
import subprocess
import tempfile
from pathlib import Path

from docx import Document
from docx.shared import Pt

OUT = Path(__file__).resolve().parent.parent

# --------------------------------------------------------------------------
# tiny document model: list of (kind, payload)
#   ("title", [lines]) ("toc", [lines]) ("h1", text) ("h2", text) ("p", text)
#   ("ul", [items]) ("table", [[cells], ...])  first row = header
# --------------------------------------------------------------------------


def render_docx(blocks, path, header=None, footer=None):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    sec = doc.sections[0]
    if header:
        sec.header.paragraphs[0].text = header
    if footer:
        sec.footer.paragraphs[0].text = footer
    for kind, pl in blocks:
        if kind == "title":
            doc.add_heading(pl[0], level=0)
            for line in pl[1:]:
                doc.add_paragraph(line)
            doc.add_page_break()
        elif kind == "toc":
            doc.add_paragraph("Inhoudsopgave").runs[0].bold = True
            for line in pl:
                doc.add_paragraph(line)
            doc.add_page_break()
        elif kind == "h1":
            doc.add_heading(pl, level=1)
        elif kind == "h2":
            doc.add_heading(pl, level=2)
        elif kind == "p":
            doc.add_paragraph(pl)
        elif kind == "ul":
            for it in pl:
                doc.add_paragraph(it, style="List Bullet")
        elif kind == "table":
            t = doc.add_table(rows=len(pl), cols=len(pl[0]))
            t.style = "Table Grid"
            for i, row in enumerate(pl):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = cell
            doc.add_paragraph("")
        else:
            raise ValueError(kind)
    doc.save(str(path))


def render_md(blocks, path):
    out = []
    for kind, pl in blocks:
        if kind == "title":
            out.append("# " + pl[0])
            out.extend("_" + line + "_  " for line in pl[1:])
            out.append("")
            out.append("---")
        elif kind == "toc":
            out.append("**Inhoud**")
            out.append("")
            out.extend("- " + line for line in pl)
        elif kind == "h1":
            out.append("## " + pl)
        elif kind == "h2":
            out.append("### " + pl)
        elif kind == "p":
            out.append(pl)
        elif kind == "ul":
            out.extend("- " + it for it in pl)
        elif kind == "table":
            out.append("| " + " | ".join(pl[0]) + " |")
            out.append("|" + "---|" * len(pl[0]))
            for row in pl[1:]:
                out.append("| " + " | ".join(row) + " |")
        out.append("")
    path.write_text("\n".join(out), encoding="utf-8")


def render_pdf(blocks, path, header=None, footer=None):
    tmp = Path(tempfile.mkdtemp(prefix="holdout224_gen_"))
    try:
        src = tmp / (path.stem + ".docx")
        render_docx(blocks, src, header, footer)
        subprocess.run(
            ["soffice", "--headless", f"-env:UserInstallation=file://{tmp}/lo_profile",
             "--convert-to", "pdf", "--outdir", str(tmp), str(src)],
            check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
        shutil.copyfile(tmp / (path.stem + ".pdf"), path)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


# --------------------------------------------------------------------------
# shared filler (the prose real plans carry around the legal elements)
# --------------------------------------------------------------------------


def f_voorwoord(v):
    return [("h1", "Voorwoord"),
            ("p", f"Voor u ligt het ondersteuningsplan {v['periode']} van {v['name']}. Dit plan is tot stand "
                  "gekomen in een traject van ruim een jaar met schoolbesturen, directeuren, intern begeleiders, "
                  "de ondersteuningsplanraad en de gemeenten in onze regio. In bijeenkomsten op de scholen hebben "
                  "wij gesproken over wat goed gaat en wat beter kan. Leraren vertelden ons dat de werkdruk hoog is "
                  "en dat de groepen steeds diverser worden. Schoolleiders vroegen om rust, eenvoud en minder "
                  "formulieren. Ouders gaven aan dat zij soms de weg kwijtraken tussen school, wijkteam en "
                  "samenwerkingsverband. Dit plan probeert op al die geluiden een antwoord te geven, zonder te "
                  "pretenderen dat alles in één keer is opgelost."),
            ("p", "Passend onderwijs is geen project meer maar de gewone praktijk van elke dag. Tegelijk zien wij "
                  "dat de vraag naar ondersteuning toeneemt, dat het lerarentekort ook onze regio raakt en dat de "
                  "middelen niet onbeperkt zijn. Dat vraagt om scherpe keuzes en om vertrouwen in de "
                  "professionaliteit van de mensen in de school. Wij kiezen er nadrukkelijk voor om de "
                  "ondersteuning zo dicht mogelijk bij het kind en de leraar te organiseren."),
            ("p", f"Wij danken iedereen die heeft meegedacht, in het bijzonder de leden van de OPR, die kritisch en "
                  f"betrokken hebben meegelezen. Wij hopen dat dit plan bijdraagt aan goed onderwijs voor ieder kind "
                  f"in {v['regio']}."),
            ("p", f"{v['bestuurder']}, directeur-bestuurder")]


def f_leeswijzer(v):
    return [("h2", "Leeswijzer"),
            ("p", "Dit plan beschrijft op hoofdlijnen wat het samenwerkingsverband de komende vier schooljaren wil "
                  "bereiken en hoe het dat organiseert. Na een schets van de regio en onze visie volgen de "
                  "hoofdstukken over de ondersteuning op en rond de scholen, de toewijzing van ondersteuning, de "
                  "samenwerking met ketenpartners, de organisatie en het geld. Waar in de tekst 'scholen' staat, "
                  "bedoelen wij alle vestigingen van de aangesloten besturen. Waar 'ouders' staat, bedoelen wij ook "
                  "verzorgers en voogden. Een begrippenlijst is achter in dit plan opgenomen. De uitwerking per "
                  "schooljaar vindt plaats in het jaarplan en de jaarbegroting, die jaarlijks aan de OPR worden "
                  "voorgelegd.")]


def f_context(v):
    return [("h1", "Ons samenwerkingsverband"),
            ("p", f"{v['name']} (registratienummer {v['code']}) omvat de gemeenten {v['gemeenten']}. Bij het "
                  f"samenwerkingsverband zijn {v['besturen']} schoolbesturen aangesloten met samen {v['scholen']}. "
                  f"Op 1 oktober 2023 telde het samenwerkingsverband {v['leerlingen']} leerlingen. De regio kent "
                  "zowel stedelijke kernen als kleine dorpen met één school. Het leerlingaantal loopt de komende jaren "
                  "naar verwachting terug met ongeveer anderhalf procent per jaar; in een aantal dorpen staat het "
                  "voortbestaan van de school onder druk."),
            ("p", "De besturen verschillen sterk in omvang en denominatie: naast grote openbare en christelijke "
                  "stichtingen zijn er eenpitters en een bestuur voor algemeen bijzonder onderwijs. Die diversiteit "
                  "zien wij als kracht, maar zij vraagt ook om heldere afspraken. In de vorige planperiode is veel "
                  "energie gegaan naar het opbouwen van vertrouwen tussen de besturen; daar bouwen wij nu op voort."),
            ("p", "De sociaal-economische situatie in de regio is gemengd. In sommige wijken groeit een relatief "
                  "groot deel van de kinderen op in armoede, en het aantal kinderen met een jeugdhulpindicatie ligt "
                  "boven het landelijk gemiddelde. Ook het aantal nieuwkomers is de afgelopen jaren toegenomen, "
                  "onder meer door de opvang van kinderen uit Oekraïne.")]


def f_visie(v):
    return [("h1", "Visie, missie en ambities"),
            ("p", f"Onze missie luidt: '{v['motto']}'. Wij willen dat ieder kind in de regio een ononderbroken "
                  "ontwikkeling doormaakt en zich gezien voelt. Kinderen leren het best in hun eigen omgeving, met "
                  "leeftijdgenoten uit hun buurt. Daarom kiezen wij voor thuisnabij onderwijs, tenzij het belang van "
                  "het kind iets anders vraagt."),
            ("p", "Wij geloven dat de leraar het verschil maakt. Een leraar die zich gesteund voelt door een "
                  "intern begeleider, een schoolleider en een bereikbaar samenwerkingsverband kan meer aan dan hij "
                  "of zij zelf denkt. Ouders zijn daarbij onze partners: zij kennen hun kind het best. Wij werken "
                  "vanuit vertrouwen, eenvoud en eigenaarschap. Regels en formulieren zijn ondergeschikt aan het "
                  "gesprek over wat een kind nodig heeft."),
            ("p", "Onze ambities voor deze planperiode vatten wij samen in vier woorden: dichtbij, deskundig, "
                  "samen en eenvoudig. Dichtbij betekent dat ondersteuning zo veel mogelijk in de klas plaatsvindt. "
                  "Deskundig betekent dat wij investeren in kennis en vaardigheden van leraren. Samen betekent dat "
                  "onderwijs, jeugdhulp en gemeenten elkaar niet loslaten. Eenvoudig betekent dat wij de "
                  "bureaucratie zo klein mogelijk houden. Deze ambities zijn richtinggevend; wij werken ze jaarlijks "
                  "uit in het jaarplan.")]


def f_governance(v):
    return [("h1", "Organisatie en governance"),
            ("p", f"{v['name']} is een stichting. De statuten zijn laatstelijk gewijzigd in 2022. Het bestuur "
                  "berust bij een directeur-bestuurder; het interne toezicht ligt bij een raad van toezicht van vijf "
                  "leden, van wie twee onafhankelijk en drie afkomstig uit de aangesloten besturen. De raad van "
                  "toezicht keurt het ondersteuningsplan, het jaarplan, de begroting en de jaarrekening goed. Naast "
                  "de raad van toezicht bestaat een bestuurlijk overleg waarin alle aangesloten schoolbesturen "
                  "vertegenwoordigd zijn. Dit overleg adviseert over beleid en heeft een belangrijke rol in het "
                  "draagvlak."),
            ("p", "De statuten bevatten een regeling voor de beslechting van geschillen tussen de aangesloten "
                  "besturen en het samenwerkingsverband. In de afgelopen planperiode is van die regeling geen gebruik "
                  f"gemaakt. De code goed bestuur van de {v.get('raad', 'PO-Raad')} is van toepassing. De raad van toezicht evalueert "
                  "jaarlijks zijn eigen functioneren en het functioneren van de directeur-bestuurder."),
            ("p", "Het bureau van het samenwerkingsverband is klein gehouden. Het ondersteunt de scholen, voert "
                  "de wettelijke taken uit en organiseert de leernetwerken. Het bureau is gehuisvest in een "
                  "multifunctioneel gebouw waarin ook het centrum voor jeugd en gezin is gevestigd, wat korte lijnen "
                  "oplevert.")]


def f_opr(v, ouders=True):
    samenstelling = ("De helft van de leden is ouder, de andere helft personeelslid."
                     if ouders else "De leden worden voor drie jaar benoemd.")
    return [("h2", "Medezeggenschap: de ondersteuningsplanraad"),
            ("p", f"De ondersteuningsplanraad (OPR) heeft instemmingsrecht op het ondersteuningsplan en op "
                  f"wijzigingen daarvan. De OPR bestaat uit {v['opr']} leden, afgevaardigd door de "
                  f"medezeggenschapsraden van de aangesloten scholen. {samenstelling} De OPR vergadert vijf keer "
                  "per jaar met de directeur-bestuurder. Over de conceptversie van dit plan is in drie sessies "
                  "gesproken; de opmerkingen van de OPR zijn verwerkt. De OPR heeft op "
                  f"{v['opr_datum']} ingestemd met dit plan. Daarnaast heeft het samenwerkingsverband een eigen "
                  "medezeggenschapsraad voor het personeel van het bureau.")]


def f_oogo(v, inhoudelijk=True):
    out = [("h1", "Samenwerking met gemeenten"),
           ("p", f"Het concept van dit plan is besproken in het op overeenstemming gericht overleg (OOGO) met de "
                 f"wethouders onderwijs en jeugd van de gemeenten {v['gemeenten']} op {v['oogo_datum']}. Het OOGO "
                 "is afgerond zonder dat een beroep op de geschillenregeling nodig was. Het verslag van het OOGO "
                 "is bij het samenwerkingsverband op te vragen.")]
    if inhoudelijk:
        out.append(("p", "Met de gemeenten hebben wij afgesproken dat de jeugdconsulent van het wijkteam vast "
                         "aanschuift bij het ondersteuningsteam van elke school. Voor kinderen die onderwijs en zorg "
                         "combineren, maken wij onderwijs-zorgarrangementen waarin school, jeugdhulpaanbieder en "
                         "gemeente samen de financiering regelen. Thema's voor de gezamenlijke agenda zijn verder "
                         "leerlingenvervoer, onderwijshuisvesting, de voorschoolse educatie en de aansluiting met "
                         "het voortgezet onderwijs. Het leerlingenvervoer is een taak van de gemeenten en valt "
                         "buiten de begroting van het samenwerkingsverband."))
    return out


def f_personeel(v):
    return [("h1", "Personeel en professionalisering"),
            ("p", f"Het bureau van het samenwerkingsverband heeft een formatie van {v['fte']} fte, bestaande uit "
                  "de directeur-bestuurder, beleidsmedewerkers, orthopedagogen, een controller en secretariële "
                  f"ondersteuning. De medewerkers zijn in dienst van het samenwerkingsverband; de {v.get('cao', 'cao po')} is van "
                  "toepassing. Bij ziekte en piekbelasting maken wij gebruik van een flexibele schil van "
                  "gedetacheerde deskundigen."),
            ("p", "De kwaliteit van passend onderwijs staat of valt met de mensen in de klas. Het "
                  "samenwerkingsverband organiseert daarom leernetwerken voor intern begeleiders en "
                  "schoolleiders, een jaarlijkse studiedag en korte scholingen over thema's die de scholen "
                  "aandragen, zoals gedrag in de klas, executieve functies, traumasensitief lesgeven en omgaan "
                  "met verschillen. Deelname is kosteloos. Wij stimuleren dat leraren bij elkaar in de klas kijken "
                  "en dat scholen expertise met elkaar delen. Het lerarentekort raakt ook de ondersteuning: "
                  "ambulant begeleiders en intern begeleiders worden steeds vaker ingezet voor de klas. Wij volgen "
                  "deze ontwikkeling met de besturen en zoeken samen naar oplossingen, bijvoorbeeld door "
                  "onderwijsassistenten op te leiden.")]


def f_ict(v):
    return [("h1", "ICT, privacy en gegevens"),
            ("p", "Voor de aanvragen bij het samenwerkingsverband werken de scholen met een digitaal groeidocument "
                  "in een beveiligde omgeving. Scholen, ouders en deskundigen hebben alleen toegang tot de "
                  "gegevens die zij voor hun taak nodig hebben. Het samenwerkingsverband heeft een functionaris "
                  "voor gegevensbescherming aangesteld, gedeeld met twee andere samenwerkingsverbanden. "
                  "Persoonsgegevens, waaronder gegevens over gezondheid, worden alleen verwerkt voor zover dat nodig "
                  "is voor de wettelijke taken en worden uiterlijk drie jaar na het besluit vernietigd."),
            ("p", "In de planperiode vervangen wij het huidige systeem door een nieuw platform dat beter aansluit "
                  "op de leerlingvolgsystemen van de scholen. Een werkgroep van intern begeleiders test het "
                  "platform voordat het wordt ingevoerd. Ook de website van het samenwerkingsverband wordt "
                  "vernieuwd en toegankelijker gemaakt.")]


def f_vaststelling(v):
    return [("h1", "Totstandkoming en vaststelling"),
            ("p", f"Dit plan is voorbereid door een werkgroep van directeuren en intern begeleiders en besproken in "
                  f"het bestuurlijk overleg. Het OOGO met de gemeenten vond plaats op {v['oogo_datum']}; het overleg "
                  f"met het aangrenzende samenwerkingsverband {v['buur']} op {v['buur_datum']}. De OPR stemde in op "
                  f"{v['opr_datum']}. Het plan is vastgesteld door de directeur-bestuurder en goedgekeurd door de "
                  f"raad van toezicht op {v['vast_datum']}, en vóór 1 mei 2024 toegezonden aan de inspectie van het "
                  f"onderwijs. Het plan geldt voor de schooljaren {v['periode']}, van 1 augustus 2024 tot en met "
                  "31 juli 2028.")]


def f_landelijk(v):
    return [("h1", "Landelijke ontwikkelingen"),
            ("p", "Dit plan verschijnt in een periode waarin er landelijk veel verandert. Na de evaluatie van passend "
                  "onderwijs in 2020 heeft het kabinet een verbeteraanpak ingezet met vijfentwintig maatregelen. "
                  "Daarin staan onder meer afspraken over het afbouwen van bovenmatige reserves, over het "
                  "verbeteren van de positie van ouders en leerlingen en over een landelijke norm voor wat scholen "
                  "in elk geval moeten kunnen bieden. Ook wordt gewerkt aan inclusiever onderwijs, waarbij "
                  "speciaal en regulier onderwijs meer met elkaar verweven raken. Over een aantal van deze "
                  "onderwerpen is op het moment van schrijven nog geen besluit genomen."),
            ("p", "Wij volgen deze ontwikkelingen op de voet, onder meer via de sectorraad en het regionale "
                  "netwerk van directeuren van samenwerkingsverbanden. Waar nieuwe wetgeving of landelijke "
                  "afspraken gevolgen hebben voor dit plan, leggen wij een wijziging voor aan de OPR. Wij kiezen "
                  "ervoor om niet op alle ontwikkelingen vooruit te lopen, maar wel om alvast in gesprek te gaan met "
                  "de besturen over wat die ontwikkelingen voor de regio kunnen betekenen. Voor de scholen betekent "
                  "dit dat sommige afspraken tussentijds kunnen worden bijgesteld.")]


def f_communicatie_scholen(v):
    return [("h1", "Communicatie met scholen en partners"),
            ("p", "Het samenwerkingsverband wil voor scholen een goed bereikbare en betrouwbare partner zijn. "
                  "Directeuren en intern begeleiders ontvangen maandelijks een digitale nieuwsbrief met "
                  "actualiteiten, data van bijeenkomsten en voorbeelden uit de praktijk. Elke school heeft een vaste "
                  "contactpersoon bij het bureau. Twee keer per jaar is er een regiobijeenkomst per gemeente, waar "
                  "directeuren en intern begeleiders van verschillende besturen elkaar ontmoeten."),
            ("p", "Voor besturen is er het bestuurlijk overleg en een jaarlijkse strategische sessie. De "
                  "huisstijl en de website worden in de planperiode vernieuwd; teksten worden geschreven op "
                  "taalniveau B1. Wij meten eens per twee jaar onder directeuren en intern begeleiders hoe tevreden "
                  "zij zijn over de bereikbaarheid van het bureau en de bruikbaarheid van de nieuwsbrief.")]


def f_arbeidsmarkt(v):
    return [("h1", "Lerarentekort en duurzame inzetbaarheid"),
            ("p", "Het tekort aan leraren en ondersteunend personeel is een van de grootste risico's voor de "
                  "uitvoering van dit plan. In sommige wijken staan groepen regelmatig zonder bevoegde leraar. "
                  "Het ziekteverzuim onder onderwijspersoneel ligt in de regio boven het landelijk gemiddelde. "
                  "Dat heeft gevolgen voor de ondersteuning: als een intern begeleider voor de groep moet, blijft "
                  "het begeleidingswerk liggen."),
            ("p", "Het samenwerkingsverband kan het tekort niet oplossen, maar wel bijdragen. Wij doen mee aan het "
                  "regionale arbeidsmarktprogramma van de besturen, bieden stageplaatsen voor studenten pedagogiek "
                  "en orthopedagogiek en ontwikkelen met de pabo een minor passend onderwijs. Daarnaast zoeken wij "
                  "naar slimme vormen van inzet, zoals het delen van specialisten tussen scholen en het "
                  "opleiden van onderwijsassistenten tot gedragsspecialist. Bij het maken van nieuwe afspraken "
                  "houden wij rekening met de werkdruk in de scholen: elk nieuw formulier moet een ander "
                  "formulier vervangen.")]


def f_ikc(v):
    return [("h1", "Kindcentra en kinderopvang"),
            ("p", "Steeds meer scholen in de regio werken samen met kinderopvang en peuterspeelzalen in een "
                  "kindcentrum. Dat biedt kansen om vroeg te zien wat een kind nodig heeft en om ouders op een "
                  "laagdrempelige plek te ontmoeten. Tegelijk zijn de regels voor opvang en onderwijs verschillend "
                  "en zijn de financieringsstromen gescheiden. Het samenwerkingsverband heeft in de vorige "
                  "planperiode met twee kindcentra een pilot gedaan met gezamenlijke scholing van pedagogisch "
                  "medewerkers en leraren."),
            ("p", "In deze planperiode verkennen wij met de besturen en de gemeenten of deze werkwijze breder kan "
                  "worden ingevoerd. Daarbij kijken wij ook naar de rol van de jeugdverpleegkundige en naar de "
                  "afspraken over gegevensuitwisseling. Een besluit daarover nemen wij op zijn vroegst in 2026.")]


def f_inspectie(v):
    return [("h2", "Toezicht door de inspectie"),
            ("p", "Het samenwerkingsverband valt onder het toezicht van de inspectie van het onderwijs. Bij het "
                  "laatste vierjaarlijks onderzoek in 2022 heeft de inspectie gesproken met het bestuur, de raad van "
                  "toezicht, de OPR, schoolleiders en intern begeleiders. De inspectie heeft het samenwerkingsverband "
                  "gevraagd de eigen kwaliteitszorg verder te versterken en de samenwerking met de gemeenten beter "
                  "vast te leggen. Beide punten zijn meegenomen bij het schrijven van dit plan. Het volgende "
                  "onderzoek wordt verwacht in 2026.")]


def toc(lines):
    return [("toc", lines)]


# --------------------------------------------------------------------------
# Plan 1: small PO verband, Word
# --------------------------------------------------------------------------

V1 = dict(name="Samenwerkingsverband Passend Primair Onderwijs Dommeldal", code="PO 30-09",
          regio="het Dommeldal", periode="2024-2028", bestuurder="M.J. (Marieke) van Gerwen",
          gemeenten="Sint-Oedenrode, Boxtel en Haaren-Oost", besturen="vier",
          scholen="23 basisscholen en één school voor speciaal basisonderwijs (De Wilg)",
          leerlingen="4.880", motto="Samen sterk, dichtbij huis", opr="acht", opr_datum="19 maart 2024",
          oogo_datum="5 maart 2024", buur="VO De Dommelvallei", buur_datum="12 maart 2024",
          vast_datum="26 maart 2024", fte="4,6")


def plan1():
    v = V1
    b = [("title", [v["name"], "Ondersteuningsplan 2024-2028",
                    "Basisondersteuning · Toelaatbaarheid · Terugplaatsing · Resultaten · Ouders",
                    "Versie ter instemming OPR, maart 2024"])]
    b += toc(["1 Voorwoord", "2 Ons samenwerkingsverband", "3 Visie, missie en ambities",
              "4 Basisondersteuning: wat elke school biedt", "5 Extra ondersteuning en arrangementen",
              "6 Toelaatbaarheid, plaatsing en terugplaatsing", "7 Thuiszitters en dekkend aanbod",
              "8 Geld en middelen", "9 Communicatie", "10 Kwaliteit en resultaten",
              "11 Organisatie en governance", "12 Samenwerking met gemeenten", "13 Personeel en professionalisering",
              "14 ICT, privacy en gegevens", "15 Planning", "16 Totstandkoming en vaststelling",
              "Bijlage A Begrippenlijst"])
    b += f_voorwoord(v) + f_leeswijzer(v) + f_context(v) + f_visie(v)
    b += [("h1", "Basisondersteuning: wat elke school biedt"),
          ("p", "Alle vier de besturen hebben afgesproken dat iedere vestiging in het Dommeldal, ook de kleinste "
                "dorpsschool, ten minste het hieronder beschreven niveau van basisondersteuning biedt. Dit niveau "
                "is voor alle scholen gelijk; een school mag meer bieden, maar niet minder. Wat een school boven "
                "dit niveau biedt, staat in haar schoolondersteuningsprofiel."),
          ("p", "Concreet kunnen ouders op elke school rekenen op:"),
          ("ul", ["een intern begeleider met ten minste één dag per week per 150 leerlingen, die de leraren "
                  "coacht en het ondersteuningsteam voorzit;",
                  "een ondersteuningsteam (OT) dat minimaal zes keer per jaar bijeenkomt, met vaste deelname van "
                  "de orthopedagoog van het samenwerkingsverband en de jeugdconsulent van het wijkteam;",
                  "werken volgens het dyslexieprotocol en het protocol ernstige rekenproblemen, inclusief "
                  "signalering vanaf groep 2 en extra instructie in groepjes;",
                  "een methode voor sociaal-emotioneel leren en een aanpak tegen pesten met een "
                  "anti-pestcoördinator;",
                  "een aanbod voor meer- en hoogbegaafde kinderen binnen de eigen groep (compacten en verrijken);",
                  "handelingsgericht werken met groepsbesprekingen drie keer per jaar en een ontwikkelingsperspectief "
                  "(OPP) voor iedere leerling die een eigen leerlijn volgt;",
                  "het uitvoeren van eenvoudige medische handelingen volgens het protocol medisch handelen;",
                  "een warme overdracht bij elke overstap naar een andere school of naar het voortgezet onderwijs."]),
          ("p", "Het samenwerkingsverband bezoekt iedere school eens in de twee jaar voor een gesprek over de "
                "basisondersteuning aan de hand van de kwaliteitskaart. Blijkt een school op onderdelen onder het "
                "afgesproken niveau te zitten, dan maakt de school binnen drie maanden een verbeterplan, dat met het "
                "bestuur wordt besproken en na een jaar opnieuw wordt bekeken.")]
    b += [("h1", "Extra ondersteuning en arrangementen"),
          ("p", "Wanneer een leerling meer nodig heeft dan de basisondersteuning, bespreekt de school dit in het "
                "ondersteuningsteam. Het aanbod in het Dommeldal is opgebouwd in vier lagen. De eerste laag is de "
                "basisondersteuning op elke school. De tweede laag is een arrangement op de eigen school, "
                "bijvoorbeeld extra begeleiding door een onderwijsassistent of een ambulant begeleider, waarvoor "
                "het bestuur middelen inzet. De derde laag bestaat uit bovenschoolse voorzieningen: de plusklas "
                "voor hoogbegaafde kinderen (één dag per week in Boxtel), de taalklas voor nieuwkomers en de "
                "observatiegroep bij De Wilg, waar kinderen maximaal twaalf weken worden geobserveerd. De vierde "
                "laag is het speciaal basisonderwijs (De Wilg) en het speciaal onderwijs, dat voor onze leerlingen "
                "buiten de regio ligt (cluster 3 in Den Bosch en cluster 4 in Eindhoven)."),
          ("p", "Deze lagen sluiten op elkaar aan: een arrangement kan worden ingezet voordat een plaatsing in "
                "het speciaal (basis)onderwijs aan de orde is, en leerlingen van De Wilg kunnen tijdelijk "
                "deelnemen aan de plusklas of de taalklas.")]
    b += [("h1", "Toelaatbaarheid, plaatsing en terugplaatsing"),
          ("h2", "De aanvraag"),
          ("p", "Een toelaatbaarheidsverklaring (TLV) voor het sbo of het so wordt aangevraagd door het bevoegd "
                "gezag van de school waar de leerling is ingeschreven, in de praktijk de directeur met de intern "
                "begeleider. De aanvraag gaat via het digitale groeidocument naar de Commissie Toelaatbaarheid van "
                "het samenwerkingsverband. Bij de aanvraag horen het OPP, het verslag van het ondersteuningsteam en "
                "de zienswijze van de ouders."),
          ("ul", ["Stap 1: bespreking in het ondersteuningsteam, met ouders, en besluit om een TLV aan te vragen;",
                  "Stap 2: de school dient de aanvraag in; het secretariaat controleert binnen vijf werkdagen of "
                  "het dossier compleet is;",
                  "Stap 3: twee deskundigen geven ieder een eigen schriftelijk advies: altijd een orthopedagoog of "
                  "psycholoog, en afhankelijk van de vraag een tweede deskundige (bijvoorbeeld een "
                  "kinderpsychiater, een maatschappelijk werker of een arts); geen van beiden was betrokken bij de "
                  "aanvraag;",
                  "Stap 4: de Commissie Toelaatbaarheid besluit binnen zes weken na ontvangst van het complete "
                  "dossier; ouders ontvangen een kopie van de adviezen en van het besluit."]),
          ("p", "De commissie toetst de aanvraag aan de criteria in onderstaand overzicht. Alleen als aan alle "
                "voorwaarden van de betreffende kolom is voldaan, wordt de leerling toelaatbaar verklaard."),
          ("table", [["Voorwaarde", "sbo (De Wilg)", "so cluster 3/4"],
                     ["Ondersteuning op eigen school", "Ten minste twee arrangementen van elk 12 weken zijn "
                      "uitgevoerd en geëvalueerd", "Idem, of aantoonbaar dat geen arrangement passend is"],
                     ["Ontwikkeling", "Achterstand van meer dan 1,5 jaar op twee kerngebieden of ernstige "
                      "gedragsproblemen die de groep ontwrichten", "Ernstige beperking (verstandelijk, lichamelijk, "
                      "langdurig ziek) of psychiatrische problematiek die intensieve, specialistische begeleiding "
                      "vraagt"],
                     ["Groepsgrootte en structuur", "Leerling heeft een kleine groep (max. 16) nodig",
                      "Leerling heeft een groep van max. 12 en zorg in de klas nodig"],
                     ["Geldigheid TLV", "Tot het einde van de basisschoolperiode, uiterlijk 31 juli van het jaar "
                      "waarin de leerling 13 wordt", "Eén of twee schooljaren, tot 31 juli"],
                     ["Bekostigingscategorie", "n.v.t.", "Laag (cluster 4, ZMLK), midden (LG/LZ) of hoog (MG), "
                      "op advies van de deskundigen"]]),
          ("p", "Ouders of de school kunnen binnen zes weken bezwaar maken tegen het besluit. Het "
                "samenwerkingsverband is aangesloten bij de Landelijke Bezwaaradviescommissie "
                "Toelaatbaarheidsverklaringen (LBT), die advies uitbrengt aan de commissie."),
          ("h2", "Na de plaatsing: terug naar de basisschool"),
          ("p", "Ons uitgangspunt is dat een plaatsing in het speciaal (basis)onderwijs zo kort duurt als nodig. "
                "Elke leerling in het sbo of so heeft een OPP waarin ook staat of en wanneer terugkeer naar een "
                "gewone basisschool mogelijk is. Terugkeer is aan de orde wanneer de leerling zich stabiel "
                "ontwikkelt, de gedragsdoelen uit het OPP grotendeels heeft bereikt en een basisschool in de "
                "buurt met een arrangement kan bieden wat de leerling nodig heeft. Een basisschool die een "
                "leerling terugneemt, krijgt voor het eerste jaar een terugplaatsingsarrangement: tien uur "
                "ambulante begeleiding door een leraar van De Wilg en een consult van de orthopedagoog."),
          ("p", "Het stappenplan voor terugplaatsing, met de momenten waarop het OPP wordt geëvalueerd en wie "
                "het besluit neemt, werken wij in het eerste planjaar samen met De Wilg en de so-scholen uit. "
                "Het stappenplan wordt daarna als addendum aan dit plan toegevoegd.")]
    b += [("h1", "Thuiszitters en dekkend aanbod"),
          ("p", "Ook in het Dommeldal zijn er kinderen die (tijdelijk) niet naar school gaan. Het gaat om kleine "
                "aantallen, maar elk kind dat thuis zit is er een te veel. Wij hebben de ambitie een dekkend aanbod "
                "te bieden, zodat er voor ieder kind een plek is. Hoe wij signaleren waar het aanbod tekortschiet "
                "en wat wij doen als er voor een kind geen passende plek is, leggen wij in 2025 vast in een "
                "thuiszittersprotocol, dat wij samen met de leerplichtambtenaren opstellen. Tot die tijd "
                "verwijzen wij naar de regionale afspraken van het jeugdhulpoverleg.")]
    b += [("h1", "Geld en middelen"),
          ("p", "Het samenwerkingsverband ontvangt van het Rijk het budget voor lichte en zware ondersteuning. Na "
                "aftrek van de afdrachten aan DUO voor het so en de kosten van het bureau, worden de middelen "
                "volgens een schoolmodel verdeeld. Elk schoolbestuur ontvangt per 1 augustus een bedrag van € 145 "
                "per leerling, gerekend naar de teldatum 1 oktober van het voorgaande jaar. De besturen zetten "
                "dit bedrag in voor arrangementen op de eigen scholen. Voor bovenschoolse voorzieningen en "
                "individuele arrangementen boven € 5.000 dient het bestuur een aanvraag in bij het "
                "samenwerkingsverband; de directeur-bestuurder beslist op basis van het advies van de "
                "orthopedagoog binnen vier weken. De verdeelsleutel wordt elke twee jaar geëvalueerd in het "
                "bestuurlijk overleg."),
          ("p", "De besturen leggen jaarlijks vóór 1 mei in een korte verantwoording vast waaraan zij de middelen "
                "hebben besteed. De weerstandsvermogen-ratio van het samenwerkingsverband ligt "
                "met 7 procent onder de signaleringswaarde; er is geen sprake van bovenmatige reserves."),
          ("table", [["Meerjarenbegroting (x € 1.000)", "2024", "2025", "2026", "2027"],
                     ["Baten ondersteuningsbudget", "5.210", "5.160", "5.090", "5.030"],
                     ["Afdracht so (DUO)", "1.480", "1.470", "1.450", "1.440"],
                     ["Toekenning besturen (€ 145 p.l.)", "708", "699", "689", "680"],
                     ["Sbo De Wilg (incl. groei)", "1.390", "1.380", "1.360", "1.350"],
                     ["Bovenschoolse voorzieningen", "640", "640", "630", "620"],
                     ["Individuele arrangementen", "520", "510", "500", "490"],
                     ["Bureau en personeel", "455", "460", "465", "470"],
                     ["Saldo", "17", "1", "-4", "-20"]])]
    b += [("h1", "Communicatie"),
          ("p", "Goede communicatie is een voorwaarde voor vertrouwen. Het samenwerkingsverband communiceert "
                "met besturen en scholen via een nieuwsbrief die zes keer per jaar verschijnt en via de "
                "directeurenoverleggen."),
          ("p", "Ouders informeren wij op drie manieren. Op de website staat een ouderpagina met uitleg over de "
                "basisondersteuning, de arrangementen en de route naar het speciaal (basis)onderwijs, met filmpjes "
                "in eenvoudige taal. Elke school neemt in de schoolgids een vaste paragraaf over passend onderwijs "
                "op en verwijst naar haar schoolondersteuningsprofiel. Daarnaast is er een ouderfolder 'Wat als "
                "mijn kind meer nodig heeft?', die de intern begeleider meegeeft bij het eerste gesprek in het "
                "ondersteuningsteam."),
          ("p", "Soms zijn ouders het niet eens met de school of willen zij met iemand praten die los staat van "
                "school en samenwerkingsverband. Zij kunnen dan terecht bij het Ouder- en Jeugdsteunpunt "
                "Dommeldal, dat wij samen met het VO-samenwerkingsverband hebben ondergebracht bij een "
                "onafhankelijke stichting. Het steunpunt is op werkdagen telefonisch bereikbaar en kan een "
                "ouder meenemen naar gesprekken. Ouders kunnen zich ook kosteloos laten bijstaan door de "
                "Onderwijsconsulenten, of een geschil voorleggen aan de Geschillencommissie passend onderwijs.")]
    b += [("h1", "Kwaliteit en resultaten"),
          ("p", "Kwaliteit is voor ons meer dan cijfers. Wij willen dat leraren, ouders en kinderen merken dat "
                "passend onderwijs werkt. De resultaten van ons werk zijn uiteindelijk zichtbaar in de klas. "
                "Welke resultaten wij in deze planperiode beogen en met welke indicatoren wij die volgen, stellen "
                "wij in de loop van het schooljaar 2024-2025 vast, samen met de directeuren en de OPR. Het "
                "dashboard dat daarvoor nodig is, is in ontwikkeling.")]
    b += f_governance(v) + f_opr(v) + f_oogo(v) + f_personeel(v) + f_ict(v)
    b += [("h1", "Planning"),
          ("table", [["Schooljaar", "Speerpunten"],
                     ["2024-2025", "Stappenplan terugplaatsing; thuiszittersprotocol; indicatoren resultaten"],
                     ["2025-2026", "Evaluatie verdeelsleutel; nieuw digitaal platform"],
                     ["2026-2027", "Evaluatie bovenschoolse voorzieningen"],
                     ["2027-2028", "Voorbereiding nieuw ondersteuningsplan"]])]
    b += f_vaststelling(v)
    b += [("h1", "Bijlage A Begrippenlijst"),
          ("ul", ["Basisondersteuning: het afgesproken niveau van ondersteuning dat alle scholen bieden.",
                  "Beoogde resultaten: de resultaten die het samenwerkingsverband wil bereiken.",
                  "Bereikte resultaten: de resultaten die in de planperiode zijn gerealiseerd.",
                  "Dekkend aanbod: een samenhangend geheel van voorzieningen, zodat er voor elk kind een plek is.",
                  "Kwaliteitszorg: het systematisch volgen en verbeteren van de kwaliteit (PDCA).",
                  "Monitoring: het volgen van ontwikkelingen aan de hand van gegevens.",
                  "OPR: ondersteuningsplanraad.",
                  "Terugplaatsing: de overstap van een leerling van het s(b)o naar het regulier onderwijs.",
                  "Thuiszitter: een leerplichtige leerling die zonder vrijstelling niet naar school gaat.",
                  "TLV: toelaatbaarheidsverklaring."])]
    return b


# --------------------------------------------------------------------------
# Plan 2: large PO verband, PDF
# --------------------------------------------------------------------------

V2 = dict(name="Stichting Passend Onderwijs Rijnmond-Zuid PO", code="PO 28-11",
          regio="Rijnmond-Zuid", periode="2024-2028", bestuurder="drs. A. (Ahmed) El Amrani",
          gemeenten="Ridderkerk, Barendrecht, Albrandswaard, Zwijndrecht en Hendrik-Ido-Ambacht",
          besturen="veertien", scholen="142 basisscholen, vijf scholen voor speciaal basisonderwijs en negen "
          "so-locaties", leerlingen="31.460", motto="Ieder kind een plek die past", opr="zestien",
          opr_datum="2 april 2024", oogo_datum="14 maart 2024", buur="VO Rijnmond-Zuid",
          buur_datum="20 maart 2024", vast_datum="16 april 2024", fte="21,4")


def plan2():
    v = V2
    b = [("title", [v["name"], "Ondersteuningsplan 2024-2028 'Ieder kind een plek die past'",
                    "Vastgesteld door de raad van toezicht op 16 april 2024"])]
    b += toc(["Voorwoord", "1 Ons samenwerkingsverband", "2 Terugblik 2020-2024", "3 Visie, missie en ambities",
              "4 Basisondersteuning", "5 Het ondersteuningscontinuüm", "6 Toewijzing en toelaatbaarheid",
              "6.4 Afloop van de TLV", "7 Dekkend netwerk en thuiszitters", "8 Ouders",
              "9 Beoogde en bereikte resultaten", "10 Bekostiging en allocatie", "11 Organisatie",
              "12 Samenwerking met gemeenten", "13 Personeel", "14 ICT en privacy", "Bijlagen",
              "Bijlage 1 Afkortingen", "Bijlage 2 Kwaliteitskaart basisondersteuning (separaat)",
              "Bijlage 3 Meerjarenbegroting (separaat)"])
    b += f_voorwoord(v) + f_leeswijzer(v) + f_context(v)
    b += [("h1", "Terugblik 2020-2024"),
          ("p", "In de vorige planperiode hebben wij de toewijzing van extra ondersteuning vereenvoudigd en het "
                "aantal loketten teruggebracht van vier naar één. De coronaperiode heeft de ontwikkeling van veel "
                "kinderen geraakt; de scholen hebben de NPO-middelen vooral ingezet voor extra handen in de klas. "
                "De cijfers over deze periode staan in hoofdstuk 9.")]
    b += f_visie(v)
    b += [("h1", "Basisondersteuning"),
          ("p", "Basisondersteuning is in Rijnmond-Zuid het door alle veertien besturen afgesproken minimum dat "
                "iedere vestiging, van de grootste stadsschool tot de kleinste dorpsschool, zonder aanvraag bij het "
                "samenwerkingsverband biedt. Het niveau is in 2019 door het algemeen bestuur vastgesteld en in "
                "2023 herbevestigd. Geen school mag eronder zitten."),
          ("p", "Wij hanteren de vier aspecten uit het landelijke referentiekader: basiskwaliteit, preventieve en "
                "licht curatieve interventies, de onderwijsondersteuningsstructuur en planmatig werken. De "
                "concrete standaarden per aspect, met de concretiseringen die ouders op elke school mogen "
                "verwachten, zijn opgenomen in bijlage 2, de Kwaliteitskaart basisondersteuning, die als separaat "
                "document wordt gepubliceerd."),
          ("p", "Elke drie jaar voert het samenwerkingsverband op iedere school een audit uit aan de hand van de "
                "kwaliteitskaart. Scholen die niet aan het niveau voldoen, krijgen een verbetertraject met "
                "begeleiding van een consulent; het bestuur wordt daarover geïnformeerd.")]
    b += [("h1", "Het ondersteuningscontinuüm"),
          ("p", "Ons aanbod is opgebouwd als een continuüm van vijf niveaus. Niveau 1 en 2 vallen binnen de "
                "basisondersteuning: ondersteuning in de groep en in kleine groepjes. Niveau 3 is extra "
                "ondersteuning op de eigen school met een arrangement van het samenwerkingsverband, bijvoorbeeld "
                "begeleiding door een gedragsspecialist of een aangepast leerprogramma. Niveau 4 omvat de "
                "bovenschoolse voorzieningen: vier Taalklassen voor nieuwkomers, twee Leerlabs voor "
                "hoogbegaafde kinderen, de observatie- en diagnosegroep 'De Brug' en drie "
                "onderwijs-zorggroepen waar jeugdhulp in de school wordt geboden. Niveau 5 is het speciaal "
                "basisonderwijs (vijf scholen) en het speciaal onderwijs (negen locaties in cluster 3 en 4)."),
          ("table", [["Niveau", "Wat", "Wie besluit"],
                     ["1-2", "Basisondersteuning in de groep", "School"],
                     ["3", "Arrangement op eigen school (max. 1 jaar, verlengbaar)", "Loket, binnen 4 weken"],
                     ["4", "Bovenschoolse voorziening (Taalklas, Leerlab, De Brug, OZA-groep)", "Loket"],
                     ["5", "Sbo / so met TLV", "Commissie Toewijzing"]])]
    b += [("h1", "Toewijzing en toelaatbaarheid"),
          ("h2", "Het Loket"),
          ("p", "Alle vragen om extra ondersteuning, arrangementen en toelaatbaarheidsverklaringen komen binnen "
                "bij het Loket van het samenwerkingsverband. Het Loket wordt bemenst door consulenten die "
                "vooraf met de school meedenken."),
          ("h2", "Procedure toelaatbaarheidsverklaring"),
          ("p", "Het schoolbestuur van de school waar de leerling staat ingeschreven, vraagt de TLV aan bij het "
                "Loket, met het groeidocument, het OPP en het verslag van het multidisciplinair overleg waarin de "
                "ouders hun zienswijze hebben gegeven. De consulent beoordeelt binnen tien werkdagen of het "
                "dossier compleet is. Vervolgens brengen een orthopedagoog of psycholoog van het "
                "samenwerkingsverband en een tweede deskundige, afhankelijk van de hulpvraag een "
                "kinderpsychiater, een arts of een maatschappelijk werker, ieder afzonderlijk schriftelijk advies "
                "uit. De Commissie Toewijzing besluit binnen acht weken na de aanvraag."),
          ("p", "Welke criteria de commissie hanteert om een leerling toelaatbaar te verklaren tot het sbo of "
                "het so, staat in de actuele 'Toetsingskaders toelaatbaarheid' op www.passendrijnmondzuid.nl/tlv. "
                "Deze kaders worden jaarlijks geactualiseerd."),
          ("p", "Een TLV voor het sbo geldt in de regel voor twee schooljaren; een TLV voor het so voor één tot "
                "drie schooljaren, met bekostigingscategorie laag, midden of hoog."),
          ("h2", "Afloop van de TLV"),
          ("p", "Het samenwerkingsverband vindt het belangrijk dat kinderen niet langer in het speciaal "
                "(basis)onderwijs blijven dan nodig. Wij willen dat kinderen waar het kan terugkeren naar een "
                "reguliere school dicht bij huis. Voorwaarde is dat de ontvangende school met een arrangement "
                "kan bieden wat het kind nodig heeft en dat ouders de terugkeer steunen. Na terugkeer ontvangt de "
                "reguliere school automatisch een terugplaatsingsarrangement van twintig weken ambulante "
                "begeleiding vanuit de sbo- of so-school, en blijft de consulent een jaar betrokken."),
          ("p", "De procedure is als volgt. De sbo- of so-school evalueert het OPP van iedere leerling jaarlijks "
                "vóór 1 maart en geeft daarbij expliciet aan of terugplaatsing haalbaar is. In het laatste jaar "
                "van de TLV organiseert de sbo- of so-school uiterlijk in maart een overleg met ouders, de "
                "beoogde reguliere school en de consulent. Adviseert dit overleg terugplaatsing, dan besluit het "
                "Loket over het terugplaatsingsarrangement en eindigt de TLV op 31 juli. Is voortzetting nodig, "
                "dan vraagt de school vóór 1 mei een nieuwe TLV aan. Na drie en na twaalf maanden evalueren de "
                "reguliere school, ouders en consulent hoe het gaat."),
          ("p", "In het schooljaar 2022-2023 keerden 37 leerlingen vanuit het sbo en 6 vanuit het so terug naar "
                "het regulier onderwijs.")]
    b += [("h1", "Dekkend netwerk en thuiszitters"),
          ("p", "Een dekkend netwerk betekent voor ons dat er voor elk kind binnen redelijke reistijd een "
                "passende plek is. Twee keer per jaar analyseren wij met de besturen de wachtlijsten van de "
                "bovenschoolse voorzieningen en het so, de meldingen van kinderen zonder passende plek en de "
                "signalen van leerplicht. Op basis daarvan besluit het bestuurlijk overleg over uitbreiding of "
                "aanpassing van het aanbod. Zo is in 2023 een tweede Leerlab geopend nadat de wachtlijst voor "
                "hoogbegaafde kinderen was opgelopen tot 28 kinderen."),
          ("p", "Voor thuiszitters is er de Thuiszitterstafel, die maandelijks bijeenkomt met leerplicht, wijkteam, "
                "jeugdarts en het samenwerkingsverband. Iedere thuiszitter krijgt binnen twee weken een "
                "casusregisseur. Komen partijen er niet uit, dan heeft de directeur-bestuurder doorzettingsmacht "
                "om een tijdelijke plek te regelen. Besturen die een leerling niet kunnen plaatsen, melden dit "
                "binnen de zorgplichttermijn bij het Loket, dat samen met hen een plek zoekt.")]
    b += [("h1", "Ouders"),
          ("p", "Ouders zijn de eerste deskundigen als het om hun kind gaat. Het samenwerkingsverband informeert "
                "ouders via de ouderpagina op de website, waar per niveau van het continuüm staat welke "
                "ondersteuning er is en hoe je die aanvraagt; via een brochure in het Nederlands, Engels, Arabisch, "
                "Turks en Pools; en via twee informatieavonden per jaar in verschillende wijken. Scholen nemen in "
                "de schoolgids een link naar de ouderpagina op."),
          ("p", "Ouders met vragen over de ondersteuning van hun kind kunnen contact opnemen met de intern "
                "begeleider van de school of met een consulent van het Loket. Een onafhankelijk ouder- en "
                "jeugdsteunpunt richten wij in zodra de wetgeving daarover in werking treedt. Informatie over "
                "klachten en geschillen is te vinden op de website van het samenwerkingsverband.")]
    b += [("h1", "Beoogde en bereikte resultaten"),
          ("p", "Bij de start van de vorige planperiode formuleerden wij vier doelen. Onderstaande tabel laat zien "
                "wat wij beoogden en wat wij bereikten. De gegevens komen uit de DUO-telling van 1 oktober, de "
                "registratie van het Loket en de tevredenheidspeiling onder scholen en ouders."),
          ("table", [["Indicator", "Doel 2024", "Bereikt 2023", "Doel 2028"],
                     ["Deelnamepercentage sbo", "≤ 2,3%", "2,4%", "≤ 2,2%"],
                     ["Deelnamepercentage so", "≤ 1,7%", "1,6%", "≤ 1,6%"],
                     ["Thuiszitters langer dan 3 maanden", "0", "7", "0"],
                     ["Doorlooptijd TLV-aanvraag", "≤ 8 weken", "6,5 weken", "≤ 6 weken"],
                     ["Tevredenheid ouders over het Loket", "≥ 7,0", "7,3", "≥ 7,5"]]),
          ("p", "Voor de nieuwe periode beogen wij daarnaast dat in 2028 ten minste 10 procent van de leerlingen "
                "in het sbo binnen de looptijd van de TLV terugkeert naar het regulier onderwijs, en dat alle "
                "scholen bij de audit het niveau van de basisondersteuning halen."),
          ("p", "Wij monitoren deze indicatoren met een dashboard dat twee keer per jaar, in januari en juni, in "
                "het bestuurlijk overleg en met de OPR wordt besproken. De raad van toezicht ontvangt elk kwartaal "
                "een managementrapportage. In het jaarverslag leggen wij verantwoording af over de bereikte "
                "resultaten en de daaraan verbonden kosten per voorziening; bij afwijkingen van meer dan tien "
                "procent van de streefwaarde stelt de directeur-bestuurder een verbeterplan op.")]
    b += [("h1", "Bekostiging en allocatie"),
          ("p", "Het samenwerkingsverband werkt met een verdeelmodel dat bestaat uit drie delen. Iedere vestiging "
                "ontvangt een vaste voet van € 8.000 per schooljaar. Daarnaast ontvangen de besturen € 190 per "
                "leerling, op basis van de teldatum 1 oktober. Het derde deel zijn de budgetten voor arrangementen "
                "en bovenschoolse voorzieningen, die het Loket toekent op basis van de aanvragen en de criteria in "
                "het continuüm. Het algemeen bestuur stelt het verdeelmodel vast; wijzigingen worden een jaar "
                "vooraf aangekondigd."),
          ("p", "De weerstandsvermogen-ratio bedroeg eind 2023 9,8 procent. De signaleringswaarde voor bovenmatige "
                "reserves wordt niet overschreden. Risico's zijn de groei van het so en de onzekerheid over de "
                "landelijke bekostiging."),
          ("p", "De meerjarenbegroting 2024-2028 is nog niet vastgesteld; zij volgt na besluitvorming in het "
                "algemeen bestuur in december 2024 en wordt als bijlage 3 aan dit plan toegevoegd. Onderstaand "
                "overzicht geeft de opbouw."),
          ("table", [["Post", "2024", "2025", "2026", "2027"],
                     ["Toekenning vestigingen en besturen", "p.m.", "p.m.", "p.m.", "p.m."],
                     ["Arrangementen en voorzieningen", "p.m.", "p.m.", "p.m.", "p.m."],
                     ["Afdrachten sbo/so", "p.m.", "p.m.", "p.m.", "p.m."],
                     ["Bureau", "p.m.", "p.m.", "p.m.", "p.m."]])]
    b += f_governance(v) + f_opr(v) + f_oogo(v) + f_personeel(v) + f_ict(v) + f_vaststelling(v)
    b += [("h1", "Bijlage 1 Afkortingen"),
          ("ul", ["AB – algemeen bestuur", "LBT – Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen",
                  "OJSP – ouder- en jeugdsteunpunt", "OPP – ontwikkelingsperspectief",
                  "OZA – onderwijs-zorgarrangement", "SOP – schoolondersteuningsprofiel",
                  "TLV – toelaatbaarheidsverklaring", "Onderwijsconsulenten – onafhankelijke adviseurs voor "
                  "ouders bij onderwijsvragen"])]
    return b


# --------------------------------------------------------------------------
# Plan 3: medium PO verband, Markdown web version
# --------------------------------------------------------------------------

V3 = dict(name="Samenwerkingsverband Passend Onderwijs De Veenkoloniën PO", code="PO 20-04",
          regio="de Veenkoloniën", periode="2025-2029", bestuurder="J. (Jelle) Bakker",
          gemeenten="Veendam, Pekela, Stadskanaal en Oldambt-Zuid", besturen="zes",
          scholen="61 basisscholen, twee sbo-scholen en drie so-scholen", leerlingen="9.940",
          motto="Elk kind telt mee", opr="acht", opr_datum="25 maart 2025", oogo_datum="11 maart 2025",
          buur="VO Oost-Groningen", buur_datum="18 maart 2025", vast_datum="8 april 2025", fte="9,2")


def plan3():
    v = V3
    b = [("title", [v["name"], "Ondersteuningsplan 2025-2029 — webversie",
                    "Deze webversie is gelijk aan de door de OPR ingestemde tekst."])]
    b += toc(["1 Voorwoord", "2 Ons samenwerkingsverband", "3 Visie", "4 Ondersteuning",
              "4.1 De ondergrens: wat iedere school biedt", "4.2 Extra ondersteuning en voorzieningen",
              "4.3 Toelaatbaarheid sbo en so", "4.4 Doorstroom en uitstroom", "5 Thuiszitters en zorgplicht",
              "6 Ambities en resultaten", "7 Financiën", "8 Organisatie", "9 Gemeenten",
              "10 Personeel", "11 ICT", "Begrippen"])
    b += f_voorwoord(v) + f_context(v) + f_visie(v)
    b += [("h1", "Ondersteuning"),
          ("h2", "De ondergrens: wat iedere school biedt"),
          ("p", "In de Veenkoloniën noemen wij de basisondersteuning 'de ondergrens'. De zes besturen hebben in "
                "het bestuurlijk overleg van november 2024 vastgelegd dat elke schoollocatie deze ondergrens "
                "waarmaakt, ongeacht grootte of denominatie. Het gaat om het volgende pakket:"),
          ("ul", ["elke school heeft een intern begeleider en een vast ondersteuningsteam dat ten minste vijf keer "
                  "per jaar bijeenkomt;",
                  "elke school werkt met het regionale protocol lezen en dyslexie en zet vanaf groep 3 "
                  "extra leestijd in voor zwakke lezers;",
                  "elke school heeft een aanpak voor gedrag in de groep (PBS of een vergelijkbare methode) en een "
                  "time-in-plek in de school;",
                  "elke school kan een verrijkingsaanbod bieden aan kinderen die meer aankunnen;",
                  "elke school biedt NT2-ondersteuning in de groep voor kinderen die korter dan twee jaar in "
                  "Nederland zijn;",
                  "elke school stelt een OPP op voor kinderen met een eigen leerlijn en bespreekt dat twee keer per "
                  "jaar."]),
          ("p", "De schoolondersteuningsprofielen laten zien wat scholen daarbovenop bieden."),
          ("h2", "Extra ondersteuning en voorzieningen"),
          ("p", "Boven de ondergrens kent het samenwerkingsverband drie soorten extra ondersteuning, die samen "
                "met het speciaal (basis)onderwijs één doorlopend geheel vormen. Ten eerste "
                "schoolarrangementen: extra begeleiding op de eigen school, toegekend door het bestuur uit het "
                "schoolbudget. Ten tweede de regionale voorzieningen: de Kiemklas voor jonge kinderen met een "
                "ontwikkelingsvraag (Veendam), de Bovenbouwplusklas (Stadskanaal) en de Overstapgroep voor "
                "kinderen die tijdelijk niet in de gewone groep kunnen functioneren (Pekela, maximaal 16 weken). "
                "Ten derde de specialistische plaatsen: de twee sbo-scholen en de drie so-scholen, waaronder een "
                "zml-school en een school voor kinderen met gedragsproblemen. Kinderen kunnen tijdelijk gebruikmaken "
                "van een regionale voorziening naast hun eigen school; de Overstapgroep is uitdrukkelijk bedoeld als tussenstap voordat een TLV wordt "
                "overwogen."),
          ("h2", "Toelaatbaarheid sbo en so"),
          ("p", "Een TLV wordt aangevraagd door het bestuur van de school van inschrijving, na overleg met "
                "ouders. De route loopt in vier stappen: (1) het ondersteuningsteam stelt vast dat de "
                "mogelijkheden van de school zijn uitgeput; (2) de school stuurt het groeidocument naar de "
                "TLV-commissie; (3) een orthopedagoog en een tweede deskundige (psycholoog, arts of "
                "maatschappelijk werker) adviseren ieder schriftelijk; (4) de TLV-commissie, met een "
                "onafhankelijk voorzitter, besluit binnen zes weken."),
          ("p", "Toelaatbaar tot het sbo is een kind dat ondanks ten minste een half jaar extra ondersteuning "
                "in een arrangement onvoldoende tot ontwikkeling komt, een leerachterstand heeft van meer dan "
                "een jaar op lezen of rekenen, of zodanige gedrags- of werkhoudingsproblemen heeft dat het "
                "een kleinere groep met meer structuur nodig heeft. Toelaatbaar tot het so is een kind met een "
                "IQ onder 70 en beperkte zelfredzaamheid (zml), een lichamelijke beperking of langdurige ziekte "
                "waarvoor dagelijks verzorging nodig is, of een psychiatrische of gedragsstoornis waarvoor "
                "onderwijs met intensieve begeleiding in een groep van maximaal twaalf nodig is."),
          ("p", "Een TLV geldt tot 31 juli van het schooljaar dat in de verklaring staat."),
          ("h2", "Doorstroom en uitstroom"),
          ("p", "Voor alle kinderen in groep 8, ook die van het sbo en so, geldt de warme overdracht naar het "
                "voortgezet onderwijs. Met het VO-samenwerkingsverband Oost-Groningen is afgesproken dat de "
                "schooladviezen vóór 1 februari bekend zijn en dat de mentoren in het voorjaar op bezoek komen. "
                "Kinderen uit het so stromen meestal uit naar het vso of het praktijkonderwijs; de so-scholen "
                "bespreken het uitstroomperspectief in het OPP.")]
    b += [("h1", "Thuiszitters en zorgplicht"),
          ("p", "Wij willen dat elk kind naar school gaat. Zodra een school merkt dat een kind thuiszit of dreigt "
                "uit te vallen, bespreekt zij dit binnen een week met de leerplichtambtenaar en de consulent van "
                "het samenwerkingsverband. Blijkt dat kinderen thuiszitten omdat een passende voorziening ontbreekt, dan bespreekt het "
                "bestuurlijk overleg binnen een maand welke school of voorziening het aanbod uitbreidt. Een "
                "bestuur dat bij aanmelding geen passende plek kan bieden, vraagt binnen vier weken het "
                "samenwerkingsverband om mee te zoeken; lukt dat niet, dan biedt het samenwerkingsverband een "
                "tijdelijke plek in de Overstapgroep. In 2024 leidde de analyse tot een extra groep in de "
                "Kiemklas.")]
    b += [("h1", "Ambities en resultaten"),
          ("p", "Voor deze planperiode hebben wij de volgende beoogde resultaten vastgesteld:"),
          ("ul", ["in 2029 zit geen enkel kind in onze regio langer dan drie maanden zonder onderwijs thuis "
                  "(2024: negen kinderen);",
                  "het deelnamepercentage so daalt van 2,3 naar 1,9 procent;",
                  "ten minste 90 procent van de kinderen met een arrangement kan op de eigen school blijven;",
                  "in 2027 voldoet elke school aantoonbaar aan de ondergrens."]),
          ("p", "Hoe wij de voortgang op deze doelen meten en rapporteren, leggen wij vast in een monitoringsplan "
                "dat in het eerste planjaar wordt opgesteld. Tot dan zijn de gegevens over de ontwikkeling van "
                "kinderen die extra ondersteuning krijgen nog niet beschikbaar.")]
    b += [("h1", "Financiën"),
          ("p", "Het samenwerkingsverband ontvangt jaarlijks ongeveer € 9,6 miljoen aan ondersteuningsmiddelen. "
                "Het huidige verdeelmodel dateert uit 2014 en past niet meer bij de regio. Een werkgroep van "
                "controllers werkt een nieuw model uit; de nieuwe verdeelsleutel stellen wij na consultatie van de "
                "besturen in de loop van 2026 vast. Tot die tijd blijft het oude model van kracht."),
          ("table", [["Meerjarenbegroting (bedragen in €)", "2025", "2026", "2027", "2028"],
                     ["Inkomsten ondersteuningsbudget", "9.610.000", "9.540.000", "9.455.000", "9.380.000"],
                     ["Afdracht so en sbo", "5.320.000", "5.280.000", "5.250.000", "5.210.000"],
                     ["Schoolbudgetten besturen", "2.240.000", "2.240.000", "2.240.000", "2.240.000"],
                     ["Regionale voorzieningen (Kiemklas, Plusklas, Overstapgroep)", "1.210.000", "1.230.000",
                      "1.240.000", "1.240.000"],
                     ["Professionalisering", "120.000", "120.000", "110.000", "110.000"],
                     ["Bureau", "690.000", "700.000", "710.000", "720.000"],
                     ["Resultaat", "30.000", "-30.000", "-95.000", "-140.000"]]),
          ("p", "Het negatieve resultaat in latere jaren wordt opgevangen uit de reserve, die daarmee daalt "
                "naar een weerstandsvermogen van ongeveer 8 procent.")]
    b += f_landelijk(v) + f_governance(v) + f_opr(v, ouders=False) + f_oogo(v) + f_personeel(v) + f_arbeidsmarkt(v)
    b += f_ict(v) + f_communicatie_scholen(v) + f_ikc(v) + f_vaststelling(v)
    b += [("h1", "Begrippen"),
          ("ul", ["Ouder- en jeugdsteunpunt: onafhankelijk steunpunt waar ouders en jeugdigen terechtkunnen met "
                  "vragen over onderwijs en ondersteuning.",
                  "Onderwijsconsulenten: landelijke organisatie die ouders kosteloos adviseert.",
                  "Terugplaatsing: de overstap van het sbo of so naar een reguliere basisschool.",
                  "TLV: toelaatbaarheidsverklaring.",
                  "Schoolgids: de jaarlijkse gids waarin de school ouders informeert."])]
    return b


# --------------------------------------------------------------------------
# Plan 4: small PO verband, Word
# --------------------------------------------------------------------------

V4 = dict(name="Samenwerkingsverband PO Waterland-Zuid", code="PO 27-02",
          regio="Waterland-Zuid", periode="2024-2028", bestuurder="E. (Els) de Boer-Visser",
          gemeenten="Purmerend-Noord, Edam-West en Landsmeer", besturen="zes",
          scholen="38 basisscholen en één sbo-school", leerlingen="7.120",
          motto="Gewoon waar het kan, speciaal waar het moet", opr="tien", opr_datum="9 april 2024",
          oogo_datum="21 maart 2024", buur="VO Waterland", buur_datum="26 maart 2024",
          vast_datum="23 april 2024", fte="6,0")


def plan4():
    v = V4
    b = [("title", [v["name"], "Ondersteuningsplan 2024-2028",
                    "Basisondersteuning, dekkend aanbod en financiën op orde"])]
    b += toc(["1 Voorwoord", "2 Ons samenwerkingsverband", "3 Visie", "4 Basisondersteuning",
              "5 Ondersteuningsaanbod", "6 Thuiszitters", "7 Toewijzing", "8 Terug naar de basisschool",
              "9 Financiën", "10 Kwaliteitszorg", "11 Ouders en samenwerking", "12 Organisatie",
              "13 Gemeenten", "14 Personeel", "15 ICT", "16 Vaststelling", "Afkortingenlijst"])
    b += f_voorwoord(v) + f_leeswijzer(v) + f_context(v) + f_visie(v)
    b += [("h1", "Basisondersteuning"),
          ("p", "Basisondersteuning is de ondersteuning die scholen bieden zonder tussenkomst van het "
                "samenwerkingsverband. Het kabinet werkt aan een landelijke norm voor basisondersteuning. Omdat "
                "wij niet willen vooruitlopen op die norm, stellen wij het niveau van de basisondersteuning in "
                "Waterland-Zuid opnieuw vast zodra de landelijke norm bekend is, naar verwachting in het "
                "schooljaar 2025-2026. Tot die tijd verwijzen wij voor de invulling naar de "
                "schoolondersteuningsprofielen op de websites van de scholen.")]
    b += [("h1", "Ondersteuningsaanbod"),
          ("p", "Het totale ondersteuningsaanbod in de regio, van de plusklassen tot de sbo-school, is "
                "beschreven in de Sociale Kaart Passend Onderwijs op onze website. Die kaart wordt door het "
                "bureau actueel gehouden.")]
    b += [("h1", "Thuiszitters"),
          ("p", "In Waterland-Zuid gaan wij er samen voor zorgen dat geen kind thuiszit. Iedere school meldt een "
                "leerling die tien schooldagen aaneengesloten niet op school is geweest of dreigt uit te vallen "
                "bij het Thuiszittersoverleg. Dat overleg komt elke maand bijeen; er zitten de "
                "leerplichtambtenaar, de jeugdarts, een consulent van het samenwerkingsverband en een "
                "vertegenwoordiger van het wijkteam in. Voor elk kind wordt binnen twee weken een plan gemaakt "
                "met een eindverantwoordelijke. Lukt het niet om binnen drie maanden een passende plek te "
                "vinden, dan neemt de directeur-bestuurder de regie en kan zij scholen en besturen vragen een "
                "plek te bieden; de besturen hebben vooraf afgesproken zo'n verzoek te volgen."),
          ("p", "Twee keer per jaar analyseert het samenwerkingsverband de meldingen: waarom zat een kind thuis "
                "en welk aanbod ontbrak? De uitkomst wordt besproken in het bestuurlijk overleg, dat besluit of "
                "een nieuw aanbod nodig is. In 2023 leidde dat tot een kleine groep voor kinderen met "
                "angstklachten. Op 1 oktober 2023 waren er 11 thuiszitters, tegen 19 een jaar eerder.")]
    b += [("h1", "Toewijzing"),
          ("p", "De werkwijze van de Commissie Toelaatbaarheid, de aanvraagformulieren en de termijnen zijn "
                "beschreven in het Handboek Toewijzing 2023, dat als apart document is vastgesteld en op "
                "verzoek verkrijgbaar is."),
          ("p", "Een leerling komt in aanmerking voor een plek op de sbo-school als hij of zij ondanks een "
                "arrangement van ten minste twintig weken op de basisschool onvoldoende vooruitgaat, een "
                "didactische achterstand heeft van minimaal vijftig procent op twee vakgebieden, of gedrag laat "
                "zien dat in een groep van meer dan vijftien kinderen niet te begeleiden is. Voor het so gelden "
                "daarbovenop de volgende voorwaarden: er is sprake van een verstandelijke of lichamelijke "
                "beperking, een langdurige ziekte of een ernstige gedragsstoornis, vastgesteld door een "
                "deskundige, en de leerling heeft een onderwijszorgaanbod nodig dat een sbo-school niet kan "
                "bieden."),
          ("p", "Een TLV voor het sbo geldt voor twee jaar; een TLV voor het so voor ten hoogste drie jaar en met "
                "categorie laag, midden of hoog.")]
    b += [("h1", "Terug naar de basisschool"),
          ("p", "Van speciaal naar gewoon, zodra dat kan: dat is onze lijn. Het samenwerkingsverband wil dat elke "
                "leerling in het sbo of so perspectief houdt op een plek in een reguliere school in de eigen "
                "woonplaats. Terugkeer is mogelijk wanneer het OPP laat zien dat de leerling de doelen van de "
                "speciale plaatsing heeft gehaald, wanneer een basisschool in de buurt het kind kan begeleiden "
                "en wanneer ouders ermee instemmen. Na de overstap houdt de leerling een jaar lang recht op "
                "begeleiding door de ambulant begeleider van de sbo- of so-school; de ontvangende school kan "
                "bovendien scholing van het team aanvragen."),
          ("p", "Het initiatief ligt bij de speciale school. Die beoordeelt ieder jaar in februari, bij de "
                "OPP-bespreking, of terugplaatsing een optie is. Is dat zo, dan organiseert de speciale school "
                "vóór 1 april een overstapgesprek met ouders, de beoogde basisschool en de consulent van het "
                "samenwerkingsverband. Zijn alle partijen akkoord, dan neemt de directeur-bestuurder het besluit "
                "en vervalt de TLV per 31 juli. Lukt terugkeer niet, dan vraagt de speciale school vóór 1 mei "
                "een verlenging aan. Zes weken en zes maanden na de overstap evalueren school, ouders en "
                "consulent de plaatsing.")]
    b += [("h1", "Financiën"),
          ("p", "Goed financieel beleid is een randvoorwaarde voor passend onderwijs. De financiële paragraaf "
                "van dit plan, met het verdeelmodel en de meerjarenbegroting, wordt na vaststelling van de "
                "begroting 2025 door de raad van toezicht in december 2024 als addendum aan het plan toegevoegd. "
                "Uitgangspunt blijft dat de middelen zo veel mogelijk naar de scholen gaan."),
          ("p", "Het leerlingenvervoer naar de sbo-school en het so wordt betaald door de gemeenten; in 2023 ging "
                "het om ruim € 1,1 miljoen. Ook de huisvesting van de speciale scholen valt onder de gemeenten.")]
    b += [("h1", "Kwaliteitszorg"),
          ("p", "Wij werken volgens de PDCA-cyclus. Voor deze planperiode hebben wij de volgende doelen voor "
                "leerlingen met een ondersteuningsbehoefte vastgesteld: het aantal thuiszitters daalt van 11 "
                "naar hoogstens 3 in 2028; ten minste 85 procent van de arrangementen wordt door school en ouders "
                "als effectief beoordeeld; het aandeel leerlingen in het sbo blijft onder 2 procent; ieder jaar "
                "keren ten minste acht leerlingen vanuit het sbo of so terug naar een basisschool."),
          ("p", "Elk arrangement wordt na afloop geëvalueerd met een korte vragenlijst voor school en ouders. "
                "Het bureau verzamelt deze gegevens, de DUO-tellingen en de meldingen van het "
                "Thuiszittersoverleg in een monitor, die in november en mei wordt besproken met de besturen en "
                "de OPR. In het jaarverslag rapporteren wij per doel de stand van zaken, en waar een doel niet "
                "in zicht is, spreekt het bestuurlijk overleg af wat er extra nodig is.")]
    b += [("h1", "Ouders en samenwerking"),
          ("p", "Het samenwerkingsverband informeert ouders over de ondersteuning in de regio met een "
                "oudergids die elke school bij inschrijving meegeeft, een ouderpagina op de website en een "
                "jaarlijkse thema-avond in elke gemeente. In de oudergids staat welke ondersteuning scholen "
                "bieden, wat een arrangement is en hoe een plaatsing in het sbo of so verloopt. Ouders met vragen "
                "kunnen bovendien elke woensdagochtend terecht bij het ouderspreekuur van het bureau."),
          ("p", "Wie onafhankelijk advies zoekt, kan terecht bij het Ouder- en Jeugdsteunpunt Waterland (telefoon "
                "en chat, op werkdagen) of bij de Onderwijsconsulenten. Bij een geschil over toelating, verwijdering "
                "of het OPP kunnen ouders zich wenden tot de Geschillencommissie passend onderwijs. De OPR, met "
                "vijf ouderleden, bewaakt dat de stem van ouders in het beleid doorklinkt.")]
    b += f_landelijk(v) + f_governance(v) + f_inspectie(v) + f_opr(v) + f_oogo(v) + f_personeel(v)
    b += f_arbeidsmarkt(v) + f_ict(v) + f_communicatie_scholen(v) + f_vaststelling(v)
    b += [("h1", "Afkortingenlijst"),
          ("ul", ["BO – basisondersteuning", "MVB – meerjarenbegroting", "OJSP – ouder- en jeugdsteunpunt",
                  "OPP – ontwikkelingsperspectief", "SOP – schoolondersteuningsprofiel",
                  "TLV – toelaatbaarheidsverklaring", "VM – verdeelmodel"])]
    return b


# --------------------------------------------------------------------------
# Plan 5: VO verband, PDF
# --------------------------------------------------------------------------

V5 = dict(name="Samenwerkingsverband VO Kustregio Noord", code="VO 20-01",
          regio="de Kustregio", periode="2024-2028", bestuurder="R. (Roos) Hiemstra",
          gemeenten="Harlingen, Franekeradeel en Het Bildt", besturen="vijf",
          scholen="elf vestigingen voor voortgezet onderwijs, één school voor praktijkonderwijs en één "
          "vso-locatie", leerlingen="8.310", motto="Iedere leerling een diploma of een baan",
          opr="tien", opr_datum="11 april 2024", oogo_datum="28 maart 2024", buur="PO Noordwest-Friesland",
          raad="VO-raad", cao="cao vo",
          buur_datum="3 april 2024", vast_datum="22 april 2024", fte="5,8")


def plan5():
    v = V5
    b = [("title", [v["name"], "Ondersteuningsplan 2024-2028",
                    "Dekkend aanbod · Toelaatbaarheid vso, lwoo en pro · Ouders en leerlingen"])]
    b += toc(["1 Voorwoord", "2 Ons samenwerkingsverband", "3 Visie", "4 Basisondersteuning",
              "5 Toelaatbaarheid vso, lwoo en pro", "6 Terugplaatsing vso", "7 Financieel beleid",
              "8 Kwaliteitszorg en resultaten", "9 Ouders en leerlingen", "10 Organisatie", "11 Gemeenten",
              "12 Personeel", "13 ICT", "14 Vaststelling", "Begrippenlijst"])
    b += f_voorwoord(v)
    b += [("h1", "Samenvatting"),
          ("p", "In dit plan leest u hoe het samenwerkingsverband de komende vier schooljaren werkt aan passend "
                "onderwijs voor iedere jongere in de Kustregio. De kern: ondersteuning zo dicht mogelijk bij de "
                "mentor, één basisniveau voor alle vestigingen, heldere afspraken over toelaatbaarheid en "
                "terugplaatsing, een zorgvuldige inzet van de middelen en aandacht voor de resultaten. Wij "
                "willen bovendien de stem van ouders en leerlingen beter horen. Het plan is bewust op hoofdlijnen "
                "geschreven; de uitwerking volgt in de jaarplannen, het Routeboek en de afspraken met de "
                "besturen. Nieuw ten opzichte van het vorige plan zijn het afbouwen van de reserve en de "
                "kwaliteitskalender.")]
    b += f_leeswijzer(v) + f_context(v)
    b += [("h1", "Visie"),
          ("p", f"Onze missie: '{v['motto']}'. Iedere jongere in de Kustregio moet de kans krijgen een "
                "diploma of een startkwalificatie te halen, of duurzaam aan het werk te gaan. Wij streven naar "
                "een dekkend aanbod, zodat geen leerling tussen wal en schip valt. Wij geloven in de kracht van "
                "de mentor en in korte lijnen tussen school, ouders en jeugdhulp."),
          ("p", "Leerlingen zijn mede-eigenaar van hun ontwikkeling. Wij willen hun stem vaker horen, zowel "
                "in hun eigen ondersteuning als in het beleid van het samenwerkingsverband. Ook dat werken wij "
                "in deze periode verder uit.")]
    b += [("h1", "Basisondersteuning"),
          ("p", "In 2023 hebben de vijf besturen afgesproken dat er één basisniveau Kustregio geldt: iedere "
                "vestiging, inclusief het praktijkonderwijs, biedt ten minste hetzelfde niveau van "
                "basisondersteuning, zonder dat daarvoor een aanvraag bij het samenwerkingsverband nodig is. "
                "Wat dat basisniveau concreet inhoudt, welke interventies en welke deskundigheid elke school "
                "in huis moet hebben, werkt een werkgroep van ondersteuningscoördinatoren in het najaar van 2024 "
                "uit. De standaarden worden daarna aan de OPR voorgelegd.")]
    b += [("h1", "Toelaatbaarheid vso, lwoo en pro"),
          ("p", "Het samenwerkingsverband beslist over de toelaatbaarheid tot het vso, over de aanwijzing voor "
                "leerwegondersteunend onderwijs en over de toelaatbaarheid tot het praktijkonderwijs. De "
                "procedures, criteria en termijnen daarvoor zijn opgenomen in het Routeboek Toewijzing 2024, "
                "te vinden op www.kustregionoord.nl/routeboek. Het Routeboek wordt jaarlijks geactualiseerd en "
                "maakt geen deel uit van dit plan.")]
    b += [("h1", "Terugplaatsing vso"),
          ("p", "Iedere leerling in het vso heeft een OPP dat de vso-school elk jaar vóór 1 februari evalueert "
                "met de leerling en de ouders. In het laatste jaar van de TLV brengt de vso-school samen met de "
                "ondersteuningscoördinator van de beoogde school voor voortgezet onderwijs in kaart of een "
                "overstap mogelijk is. De vso-school dient vóór 1 april een voorstel in bij het bureau van het "
                "samenwerkingsverband; de directeur-bestuurder besluit binnen vier weken over de terugplaatsing. "
                "Is voortzetting nodig, dan volgt de school de route uit het Routeboek. Loopt de TLV af zonder "
                "nieuwe aanvraag, dan eindigt zij op 31 juli. Drie maanden na de overstap evalueren de scholen de plaatsing."),
          ("p", "Welke uitgangspunten het samenwerkingsverband hanteert voor terugplaatsing, en onder welke "
                "voorwaarden, herijken wij in 2025. Het vorige beleid is per 1 augustus 2024 vervallen.")]
    b += [("h1", "Financieel beleid"),
          ("p", "Het samenwerkingsverband verdeelt de middelen voor lichte ondersteuning volgens een vaste "
                "sleutel: iedere vestiging ontvangt € 40.000 vaste voet en daarnaast € 210 per leerling op de "
                "teldatum 1 oktober. Het praktijkonderwijs ontvangt in plaats daarvan € 310 per leerling. "
                "Middelen voor individuele arrangementen vragen de scholen aan bij het bureau; het bureau "
                "beslist binnen drie weken op basis van het OPP en de beschikbare middelen. De scholen leggen "
                "jaarlijks verantwoording af in een bestedingsverslag."),
          ("table", [["Meerjarenbegroting (€ x 1.000)", "2024", "2025", "2026", "2027"],
                     ["Lichte ondersteuning (rijksbijdrage)", "3.420", "3.380", "3.330", "3.290"],
                     ["Zware ondersteuning (rijksbijdrage)", "4.870", "4.810", "4.760", "4.720"],
                     ["Lwoo en pro (rijksbijdrage)", "5.960", "5.900", "5.840", "5.780"],
                     ["Afdracht vso (DUO)", "3.150", "3.130", "3.100", "3.080"],
                     ["Toekenning vestigingen (vaste voet + p.l.)", "2.210", "2.190", "2.170", "2.150"],
                     ["Lwoo/pro doorbetaald aan scholen", "5.960", "5.900", "5.840", "5.780"],
                     ["Individuele arrangementen", "1.450", "1.430", "1.400", "1.380"],
                     ["Bureau en bestuur", "780", "790", "800", "810"],
                     ["Saldo", "-1.300", "-1.350", "-1.380", "-1.410"]]),
          ("p", "Het negatieve saldo is bewust gekozen: de reserve van het samenwerkingsverband lag in 2023 "
                "boven de signaleringswaarde en wordt in vier jaar teruggebracht tot een verantwoord niveau.")]
    b += [("h1", "Kwaliteitszorg en resultaten"),
          ("p", "Het samenwerkingsverband werkt met een kwaliteitskalender. Elk jaar in september verzamelt het "
                "bureau per vestiging het aantal arrangementen, de verwijzingen naar het vso, het aantal "
                "doublures en het aantal leerlingen dat zonder diploma uitstroomt. In "
                "januari wordt een tevredenheidspeiling gehouden onder leerlingen, ouders en mentoren. De "
                "uitkomsten worden in maart in een kwaliteitsgesprek met iedere schoolleider besproken en in "
                "het jaarverslag gepubliceerd, zodat de OPR en de raad van toezicht kunnen volgen hoe het gaat."),
          ("p", "De beoogde resultaten voor leerlingen met extra ondersteuning formuleren wij per schooljaar in "
                "het jaarplan; het jaarplan 2024-2025 verschijnt na de zomer.")]
    b += [("h1", "Ouders en leerlingen"),
          ("p", "Ouders en leerlingen spelen een belangrijke rol in het OPP-gesprek. Hoe het "
                "samenwerkingsverband ouders en leerlingen informeert over de ondersteuning in de regio, werken "
                "wij in 2025 uit in een nieuwe communicatiestrategie."),
          ("p", "Ouders en leerlingen die onafhankelijk advies willen, of het niet eens zijn met een school, "
                "kunnen terecht bij het Ouder- en Jeugdsteunpunt Friesland-Noord. Het steunpunt is onafhankelijk "
                "van scholen en samenwerkingsverband en is bereikbaar via telefoon, mail en een inloopspreekuur "
                "in Franeker. Daarnaast kunnen zij gebruikmaken van de Onderwijsconsulenten en van de "
                "vertrouwenspersoon van het samenwerkingsverband, of een klacht indienen bij de landelijke "
                "klachtencommissie waarbij het samenwerkingsverband is aangesloten.")]
    b += f_governance(v) + f_opr(v) + f_oogo(v, inhoudelijk=False)
    b += [("h2", "Thuiszitters"),
          ("p", "Het thuiszittersbeleid wordt in de loop van 2025 samen met de gemeenten en het Regionaal "
                "Bureau Leerplicht vastgesteld.")]
    b += [("h1", "Leerlingparticipatie"),
          ("p", "Leerlingen weten vaak heel goed wat hen helpt. Sinds 2023 heeft het samenwerkingsverband een "
                "leerlingpanel van twaalf jongeren uit verschillende scholen en leerwegen, onder wie leerlingen "
                "uit het praktijkonderwijs en het vso. Het panel komt vier keer per jaar bijeen en geeft gevraagd "
                "en ongevraagd advies aan de directeur-bestuurder. In het afgelopen jaar adviseerde het panel "
                "onder meer over de vormgeving van de website en over het gebruik van mobiele telefoons in "
                "time-outsituaties. De leden van het panel ontvangen een vrijwilligersvergoeding en een "
                "certificaat. In de planperiode willen wij het panel ook betrekken bij de evaluatie van dit plan.")]
    b += f_landelijk(v) + f_inspectie(v) + f_personeel(v) + f_arbeidsmarkt(v) + f_ict(v)
    b += f_communicatie_scholen(v) + f_vaststelling(v)
    b += [("h1", "Begrippenlijst"),
          ("ul", ["Arrangement: een pakket extra ondersteuning voor een leerling.",
                  "Dekkend aanbod: een samenhangend geheel van voorzieningen waardoor iedere leerling een passende "
                  "plek heeft.",
                  "Lwoo: leerwegondersteunend onderwijs.", "OPDC: orthopedagogisch-didactisch centrum.",
                  "Pro: praktijkonderwijs.", "TLV: toelaatbaarheidsverklaring.",
                  "Thuiszitter: leerplichtige jongere die zonder geldige reden niet naar school gaat.",
                  "Vso: voortgezet speciaal onderwijs."])]
    return b


# --------------------------------------------------------------------------
# Near miss: school-level 'ondersteuningsplan' of one basisschool
# --------------------------------------------------------------------------


def nearmiss():
    b = [("title", ["Ondersteuningsplan 2024-2025", "OBS De Regenboog, Boxtel",
                    "Onderdeel van het schoolplan · aangesloten bij Samenwerkingsverband Passend Primair "
                    "Onderwijs Dommeldal"])]
    b += toc(["1 Inleiding", "2 Onze leerlingen", "3 De ondersteuningsstructuur van De Regenboog",
              "4 Zorgniveaus 1 t/m 5", "5 Groepsbesprekingen en leerlingbesprekingen", "6 Het ondersteuningsteam",
              "7 Extra ondersteuning en arrangementen", "8 Verwijzing naar sbo en so", "9 Ouders",
              "10 Middelen", "11 Resultaten en evaluatie", "12 Jaarplanning IB"])
    b += [("h1", "Inleiding"),
          ("p", "Dit ondersteuningsplan beschrijft hoe OBS De Regenboog de ondersteuning aan leerlingen "
                "organiseert. Het plan is een uitwerking van het schoolondersteuningsprofiel (SOP) en wordt "
                "ieder schooljaar door de intern begeleider (IB'er) en de directeur geactualiseerd. Het plan is "
                "besproken met het team en ter informatie voorgelegd aan de medezeggenschapsraad. De "
                "Regenboog is aangesloten bij het samenwerkingsverband Dommeldal; het ondersteuningsplan van het "
                "samenwerkingsverband vormt het kader voor dit schoolplan."),
          ("h1", "Onze leerlingen"),
          ("p", "De Regenboog telt 312 leerlingen in 13 groepen. Ongeveer 18 procent van de leerlingen heeft een "
                "leerlinggewicht. Elf leerlingen werken met een eigen leerlijn en een ontwikkelingsperspectief. "
                "De school heeft een relatief grote groep leerlingen met een migratieachtergrond en een groeiende "
                "groep kinderen met gedragsvragen."),
          ("h1", "De ondersteuningsstructuur van De Regenboog"),
          ("p", "De school werkt handelingsgericht. De leerkracht is verantwoordelijk voor alle leerlingen in de "
                "groep en wordt daarin ondersteund door de IB'er, die vier dagen per week beschikbaar is. De "
                "directeur is eindverantwoordelijk. Wij volgen de leerlingen met het leerlingvolgsysteem en de "
                "observatielijsten voor sociaal-emotionele ontwikkeling."),
          ("h1", "Zorgniveaus 1 t/m 5"),
          ("table", [["Zorgniveau", "Omschrijving", "Wie"],
                     ["1", "Algemene zorg in de groep", "Leerkracht"],
                     ["2", "Extra zorg in de groep (verlengde instructie)", "Leerkracht"],
                     ["3", "Speciale zorg na leerlingbespreking", "Leerkracht en IB'er"],
                     ["4", "Zorg met externe deskundigen (OT)", "IB'er, orthopedagoog SWV"],
                     ["5", "Verwijzing of arrangement SWV", "Directeur, SWV"]]),
          ("p", "Op niveau 1 en 2 werkt de leerkracht met drie instructieniveaus. Op niveau 3 maakt de leerkracht "
                "na de leerlingbespreking een handelingsplan voor zes weken. Op niveau 4 schakelt de IB'er het "
                "ondersteuningsteam in. Niveau 5 betekent dat de school een arrangement aanvraagt bij het "
                "samenwerkingsverband of dat een verwijzing naar het speciaal (basis)onderwijs wordt "
                "overwogen."),
          ("h1", "Groepsbesprekingen en leerlingbesprekingen"),
          ("p", "Drie keer per jaar, in oktober, februari en juni, voert de IB'er een groepsbespreking met "
                "iedere leerkracht. Daarin komen de toetsresultaten, het groepsoverzicht en de "
                "onderwijsbehoeften van de leerlingen aan de orde. Leerlingen die opvallen, worden besproken in "
                "een leerlingbespreking. De afspraken worden vastgelegd in het groepsplan."),
          ("h1", "Het ondersteuningsteam"),
          ("p", "Het ondersteuningsteam (OT) van De Regenboog bestaat uit de IB'er, de directeur, de "
                "orthopedagoog van het samenwerkingsverband en de jeugdconsulent van het wijkteam Boxtel. Het OT "
                "komt zes keer per jaar bijeen. Ouders worden altijd uitgenodigd wanneer hun kind wordt "
                "besproken. Het OT kan adviseren over extra onderzoek, over een arrangement of over verwijzing "
                "naar jeugdhulp."),
          ("h1", "Extra ondersteuning en arrangementen"),
          ("p", "Voor leerlingen die meer nodig hebben dan de school zelf kan bieden, vraagt de IB'er een "
                "arrangement aan bij het bestuur. In 2023-2024 had de school vijf arrangementen: drie voor "
                "gedrag, één voor een leerling met een auditieve beperking (cluster 2, via Kentalis) en één voor "
                "een leerling met een ernstige leesachterstand. Twee leerlingen gaan één dag per week naar de "
                "plusklas van het samenwerkingsverband."),
          ("h1", "Verwijzing naar sbo en so"),
          ("p", "Als de mogelijkheden van De Regenboog zijn uitgeput, kan de school in overleg met ouders een "
                "toelaatbaarheidsverklaring aanvragen bij het samenwerkingsverband. De IB'er verzamelt daarvoor "
                "het groeidocument, het OPP en de verslagen van het OT. Het samenwerkingsverband beslist. In het "
                "afgelopen schooljaar zijn twee leerlingen naar De Wilg (sbo) gegaan. Eén leerling is na twee jaar "
                "sbo teruggekomen naar onze school; de IB'er heeft de overstap met de leerkracht voorbereid."),
          ("h1", "Ouders"),
          ("p", "Wij zien ouders als partners. De leerkracht voert drie keer per jaar een "
                "oudergesprek. Bij zorgen nemen wij direct contact op. Ouders worden betrokken bij het opstellen "
                "van het OPP en ondertekenen het handelingsdeel. Informatie over de ondersteuning op onze school "
                "staat in de schoolgids en in het SOP op de website. Voor onafhankelijk advies kunnen ouders "
                "terecht bij het Ouder- en Jeugdsteunpunt Dommeldal. Klachten worden behandeld volgens de "
                "klachtenregeling van het bestuur."),
          ("h1", "Middelen"),
          ("p", "De school ontvangt van het bestuur een budget uit de middelen van het samenwerkingsverband "
                "van ongeveer € 45.000 per jaar. Hiervan worden twee onderwijsassistenten (samen 1,0 fte) betaald "
                "en een deel van de formatie van de IB'er. Daarnaast zet de school NPO-middelen in voor "
                "kleine-groepsinstructie. De inzet van middelen wordt jaarlijks met de MR besproken."),
          ("h1", "Resultaten en evaluatie"),
          ("p", "De school evalueert dit plan jaarlijks in juni. Doelen voor 2024-2025: alle leerkrachten werken "
                "met het nieuwe groepsplanformat; het aantal leerlingen met een leesachterstand in groep 4 daalt "
                "met een kwart; de tevredenheid van ouders over de communicatie is ten minste een 7,5. De "
                "resultaten van de eindtoets liggen al drie jaar boven de signaleringswaarde van de inspectie."),
          ("h1", "Jaarplanning IB"),
          ("table", [["Maand", "Activiteit"],
                     ["September", "Startgesprekken, overdracht groepsplannen"],
                     ["Oktober", "Groepsbesprekingen ronde 1, OT"],
                     ["Januari", "Middentoetsen, analyse"],
                     ["Februari", "Groepsbesprekingen ronde 2, OPP-evaluaties"],
                     ["Juni", "Groepsbesprekingen ronde 3, evaluatie ondersteuningsplan"]]),
          ("h1", "Bijlage: veelgebruikte begrippen"),
          ("ul", ["Basisondersteuning: de ondersteuning die alle scholen in het samenwerkingsverband bieden.",
                  "Dekkend aanbod: het geheel van voorzieningen in de regio.",
                  "Terugplaatsing: terugkeer van sbo/so naar de basisschool.",
                  "TLV: toelaatbaarheidsverklaring."])]
    return b


# --------------------------------------------------------------------------
# labels
# --------------------------------------------------------------------------

CRIT = ["basisondersteuning.niveau", "basisondersteuning.inhoud", "plaatsing.procedure", "plaatsing.criteria",
        "terugstroom.procedure", "terugstroom.beleid", "financien.verdeling", "financien.besteding",
        "dekkend-aanbod.continuum", "dekkend-aanbod.lacunes", "resultaten.doelen", "resultaten.monitoring",
        "ouders.informatie", "ouders.steunpunt"]
ELEMS = ["basisondersteuning", "plaatsing", "terugstroom", "financien", "dekkend-aanbod", "resultaten", "ouders"]


def status(crit, advisory, el):
    vals = [crit[c] for c in CRIT if c.startswith(el + ".")]
    if all(vals):
        return "present"
    if any(vals) or advisory.get(el):
        return "partial"
    return "missing"


def q(s):
    return '"' + s.replace('"', "'") + '"'


def write_label(stem, documents, sector, crit, advisory, notes):
    assert set(crit) == set(CRIT)
    el = {e: status(crit, advisory, e) for e in ELEMS}
    lines = [f"documents: [{', '.join(documents)}]", f"sector: {sector}", "looks_like_plan: true",
             "elements: {" + ", ".join(f"{e}: {el[e]}" for e in ELEMS) + "}", "criteria:"]
    lines += [f"  {c}: {'true' if crit[c] else 'false'}" for c in CRIT]
    lines.append("advisory_addressed:")
    for e in ELEMS:
        if advisory.get(e):
            lines.append(f"  {e}: [{', '.join(advisory[e])}]")
    lines.append("notes:")
    for e in ELEMS:
        lines.append(f"  {e}: {q(notes[e])}")
    (OUT / f"{stem}.expected.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")


def c(*false):
    d = {k: True for k in CRIT}
    for f in false:
        assert f in d, f
        d[f] = False
    return d


def main():
    OUT.mkdir(parents=True, exist_ok=True)

    # ---- plan 1
    render_docx(plan1(), OUT / "po-dommeldal-2024-2028.docx",
                header="SWV PPO Dommeldal – Ondersteuningsplan 2024-2028 – resultaten, ouders, terugplaatsing",
                footer="Versie ter instemming OPR – maart 2024")
    write_label("po-dommeldal-2024-2028", ["po-dommeldal-2024-2028.docx"], "po",
                c("terugstroom.procedure", "dekkend-aanbod.lacunes", "resultaten.doelen", "resultaten.monitoring"),
                {"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
                 "financien": ["reserves", "verantwoording"], "dekkend-aanbod": ["ketenpartners"],
                 "ouders": ["betrokkenheid"]},
                {"basisondersteuning": "ch. 'Basisondersteuning: wat elke school biedt': same minimum for every "
                                       "vestiging + concrete list (IB 1 dag/150 ll, OT, dyslexieprotocol ...); "
                                       "kwaliteitskaart visit every 2 years",
                 "plaatsing": "ch. 'Toelaatbaarheid, plaatsing en terugplaatsing': steps 1-4, Commissie "
                              "Toelaatbaarheid, 6 weeks; criteria only in the table; LBT bezwaar",
                 "terugstroom": "subsection 'Na de plaatsing' inside TLV chapter gives policy (conditions, "
                                "terugplaatsingsarrangement); the stappenplan (procedure) is deferred to an addendum",
                 "financien": "ch. 'Geld en middelen': schoolmodel EUR 145 p.l., aanvraag > EUR 5.000, "
                              "meerjarenbegroting table with amounts",
                 "dekkend-aanbod": "continuum in 'Extra ondersteuning en arrangementen' (4 lagen); "
                                   "'Thuiszitters en dekkend aanbod' only defers gap handling to a 2025 protocol",
                 "resultaten": "ch. 'Kwaliteit en resultaten' only defers goals/indicators to 2024-2025 and says "
                               "dashboard in ontwikkeling; terms only in title page, header, begrippenlijst",
                 "ouders": "found under 'Communicatie': ouderpagina, schoolgids, ouderfolder; OJSP Dommeldal, "
                           "Onderwijsconsulenten, Geschillencommissie"})

    # ---- plan 2
    render_pdf(plan2(), OUT / "po-rijnmond-zuid-2024-2028.pdf",
               header="Ondersteuningsplan 2024-2028 – Passend Onderwijs Rijnmond-Zuid",
               footer="Basisondersteuning · Toewijzing · Ouders · Financiën")
    write_label("po-rijnmond-zuid-2024-2028", ["po-rijnmond-zuid-2024-2028.pdf"], "po",
                c("basisondersteuning.inhoud", "plaatsing.criteria", "financien.besteding", "ouders.steunpunt"),
                {"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie"],
                 "terugstroom": ["monitoring"], "financien": ["reserves"], "dekkend-aanbod": ["ketenpartners"],
                 "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
                {"basisondersteuning": "ch. 'Basisondersteuning': agreed minimum for every vestiging; content "
                                       "only the 4 referentiekader aspects + reference to separate bijlage 2 "
                                       "(not in input); audit every 3 years",
                 "plaatsing": "'Procedure toelaatbaarheidsverklaring': Loket, 10 days, two deskundigen, "
                              "Commissie Toewijzing 8 weeks; criteria only via website link",
                 "terugstroom": "hidden in 'Afloop van de TLV' inside the toewijzing chapter: policy + "
                                "procedure (OPP before 1 March, overleg in March, Loket decides, TLV ends 31 July)",
                 "financien": "'Bekostiging en allocatie': verdeelmodel (vaste voet EUR 8.000, EUR 190 p.l., "
                              "Loket budgets); meerjarenbegroting deferred, table all p.m.",
                 "dekkend-aanbod": "continuum in 'Het ondersteuningscontinuum' (5 niveaus, table); lacunes in "
                                   "'Dekkend netwerk en thuiszitters' (half-yearly analysis, Thuiszitterstafel)",
                 "resultaten": "ch. 9: table with targets 2024/2028 and achieved 2023, dashboard twice a year, "
                               "jaarverslag",
                 "ouders": "ch. 'Ouders': website, brochure in 5 languages, info evenings; independent help only "
                           "deferred (OJSP later), IB/Loket-consulent not independent, klachten 'see website'; "
                           "Onderwijsconsulenten only in afkortingenlijst"})

    # ---- plan 3
    render_md(plan3(), OUT / "po-veenkolonien-2025-2029.md")
    write_label("po-veenkolonien-2025-2029", ["po-veenkolonien-2025-2029.md"], "po",
                c("terugstroom.procedure", "terugstroom.beleid", "financien.verdeling", "resultaten.monitoring",
                  "ouders.informatie", "ouders.steunpunt"),
                {"plaatsing": ["deskundigen", "duur-categorie"], "financien": ["reserves"],
                 "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"]},
                {"basisondersteuning": "'De ondergrens: wat iedere school biedt' (unusual term): agreed for every "
                                       "schoollocatie + 6-item package",
                 "plaatsing": "'Toelaatbaarheid sbo en so': 4 steps, TLV-commissie 6 weeks; criteria for sbo and "
                              "so written out in prose",
                 "terugstroom": "nothing; 'Doorstroom en uitstroom' is PO-VO transfer/uitstroom (near miss); "
                                "terugplaatsing only in 'Begrippen'",
                 "financien": "'Financien': meerjarenbegroting table with amounts; verdeelmodel being redesigned, "
                              "new key set 'in de loop van 2026' (deferral)",
                 "dekkend-aanbod": "'Extra ondersteuning en voorzieningen' (3 layers incl. sbo/so) + "
                                   "'Thuiszitters en zorgplicht' (signal within a week, bestuurlijk overleg extends aanbod within a month, zorgplicht route)",
                 "resultaten": "'Ambities en resultaten': 4 measurable goals; measuring/reporting deferred to a "
                               "monitoringsplan still to be written",
                 "ouders": "only passing mentions (visie 'partners', 'na overleg met ouders'); OJSP, "
                           "Onderwijsconsulenten and schoolgids only in 'Begrippen'; OPR text names no parents"})

    # ---- plan 4
    render_docx(plan4(), OUT / "po-waterland-zuid-2024-2028.docx",
                header="Ondersteuningsplan SWV PO Waterland-Zuid 2024-2028",
                footer="Basisondersteuning – meerjarenbegroting – verdeelmodel – pagina")
    write_label("po-waterland-zuid-2024-2028", ["po-waterland-zuid-2024-2028.docx"], "po",
                c("basisondersteuning.niveau", "basisondersteuning.inhoud", "plaatsing.procedure",
                  "financien.verdeling", "financien.besteding", "dekkend-aanbod.continuum"),
                {"plaatsing": ["duur-categorie"], "terugstroom": ["monitoring"],
                 "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
                {"basisondersteuning": "ch. 'Basisondersteuning' defers the level to the future landelijke norm "
                                       "and refers to school SOP websites; BO only in title, TOC, footer, "
                                       "afkortingenlijst",
                 "plaatsing": "'Toewijzing': criteria for sbo/so in prose; procedure only by reference to the "
                              "separate Handboek Toewijzing 2023",
                 "terugstroom": "own chapter 'Terug naar de basisschool' (unusual wording 'Van speciaal naar "
                                "gewoon'): policy, conditions, support + February OPP check, 1 April overleg, "
                                "director decides, evaluation at 6 weeks/6 months",
                 "financien": "'Financien' defers verdeelmodel and meerjarenbegroting to a December addendum; "
                              "only amount is municipal leerlingenvervoer (near miss)",
                 "dekkend-aanbod": "'Ondersteuningsaanbod' only refers to Sociale Kaart on website; 'Thuiszitters' "
                                   "covers gaps (monthly overleg, regie, half-yearly analysis)",
                 "resultaten": "hidden in 'Kwaliteitszorg': goals with numbers + monitor, May/November, jaarverslag",
                 "ouders": "'Ouders en samenwerking': oudergids, ouderpagina, spreekuur; OJSP Waterland, "
                           "Onderwijsconsulenten, Geschillencommissie"})

    # ---- plan 5
    render_pdf(plan5(), OUT / "vo-kustregio-noord-2024-2028.pdf",
               header="SWV VO Kustregio Noord – Ondersteuningsplan 2024-2028",
               footer="Dekkend aanbod · lwoo · pro · vso")
    write_label("vo-kustregio-noord-2024-2028", ["vo-kustregio-noord-2024-2028.pdf"], "vo",
                c("basisondersteuning.inhoud", "plaatsing.procedure", "plaatsing.criteria", "terugstroom.beleid",
                  "dekkend-aanbod.continuum", "dekkend-aanbod.lacunes", "resultaten.doelen", "ouders.informatie"),
                {"financien": ["reserves", "verantwoording"], "ouders": ["betrokkenheid"]},
                {"basisondersteuning": "ch. 'Basisondersteuning': one 'basisniveau Kustregio' for every vestiging; "
                                       "content deferred to a working group in autumn 2024",
                 "plaatsing": "ch. 'Toelaatbaarheid vso, lwoo en pro' only refers to the external Routeboek on "
                              "the website; nothing else",
                 "terugstroom": "ch. 'Terugplaatsing vso': procedure (OPP before 1 Feb, proposal before 1 April, "
                                "director decides in 4 weeks, TLV ends 31 July); policy to be 'herijkt' in 2025",
                 "financien": "'Financieel beleid': vaste voet EUR 40.000 + EUR 210 p.l., pro EUR 310; "
                              "spending only in the meerjarenbegroting table; reserve reduction",
                 "dekkend-aanbod": "only ambition 'wij streven naar een dekkend aanbod' in visie, thuiszitters "
                                   "policy deferred to 2025, OOGO text is procedural only, terms in begrippenlijst",
                 "resultaten": "'Kwaliteitszorg en resultaten': kwaliteitskalender, data collection, peiling, "
                               "jaarverslag; beoogde resultaten deferred to the jaarplan",
                 "ouders": "'Ouders en leerlingen': information strategy deferred to 2025; OJSP Friesland-Noord, "
                           "Onderwijsconsulenten, vertrouwenspersoon, klachtencommissie"})

    # ---- near miss
    render_docx(nearmiss(), OUT / "obs-de-regenboog-ondersteuningsplan-2024-2025.docx",
                header="OBS De Regenboog – Ondersteuningsplan 2024-2025")
    (OUT / "obs-de-regenboog-ondersteuningsplan-2024-2025.expected.yaml").write_text(
        "documents: [obs-de-regenboog-ondersteuningsplan-2024-2025.docx]\n"
        "sector: po\n"
        "looks_like_plan: false\n"
        "elements: {}\n"
        "criteria: {}\n"
        "notes:\n"
        "  document: \"School-level ondersteuningsplan of one basisschool (zorgniveaus 1-5, groepsbesprekingen, "
        "IB jaarplanning, school budget); it names the samenwerkingsverband only as the body it belongs to. "
        "Not an ondersteuningsplan of a samenwerkingsverband (no OPR/OOGO, no planperiode, no SWV-wide "
        "toewijzing or verdeling).\"\n",
        encoding="utf-8")


if __name__ == "__main__":
    main()
