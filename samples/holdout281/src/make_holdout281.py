#!/usr/bin/env python3
"""Generate the holdout281 test set: five fictional ondersteuningsplannen of
samenwerkingsverbanden passend onderwijs (one PO, four VO) and one near-miss
document (a school-level ondersteuningsplan), plus their label files.

Deterministic, no network. Output goes next to this script's parent folder:
    <holdout281>/  (documents + *.expected.yaml)
PDFs are rendered from a temporary .docx with LibreOffice (soffice --headless).
"""
import html
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

import docx
from docx.enum.text import WD_BREAK
from docx.shared import Pt

OUT = Path(__file__).resolve().parent.parent

# ---------------------------------------------------------------------------
# Block model: list of (kind, payload)
#   ("title", [lines])  ("toc", [lines])  ("h1", text)  ("h2", text)
#   ("p", text)  ("ul", [items])  ("table", [[cells], ...])  (first row = header)
# ---------------------------------------------------------------------------


def H1(t):
    return ("h1", t)


def H2(t):
    return ("h2", t)


def P(t):
    return ("p", " ".join(t.split()))


def UL(*items):
    return ("ul", [" ".join(i.split()) for i in items])


def TAB(*rows):
    return ("table", [list(r) for r in rows])


# ---------------------------------------------------------------------------
# Renderers
# ---------------------------------------------------------------------------


def write_docx(blocks, path, header_text):
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    sec = d.sections[0]
    sec.header.paragraphs[0].text = header_text
    sec.footer.paragraphs[0].text = header_text + " | versie ter vaststelling"
    for kind, val in blocks:
        if kind == "title":
            for i, line in enumerate(val):
                para = d.add_paragraph()
                run = para.add_run(line)
                run.bold = i == 0
                run.font.size = Pt(22 if i == 0 else 13)
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif kind == "toc":
            d.add_paragraph("Inhoudsopgave", style="Heading 1")
            for line in val:
                d.add_paragraph(line)
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif kind == "h1":
            d.add_heading(val, level=1)
        elif kind == "h2":
            d.add_heading(val, level=2)
        elif kind == "p":
            d.add_paragraph(val)
        elif kind == "ul":
            for it in val:
                d.add_paragraph(it, style="List Bullet")
        elif kind == "table":
            t = d.add_table(rows=len(val), cols=len(val[0]))
            t.style = "Table Grid"
            for r, row in enumerate(val):
                for c, cell in enumerate(row):
                    t.cell(r, c).text = cell
                    if r == 0:
                        for run in t.cell(r, c).paragraphs[0].runs:
                            run.bold = True
            d.add_paragraph()
    d.core_properties.author = "Bureau samenwerkingsverband"
    d.save(str(path))


def write_html(blocks, path, header_text):
    e = html.escape
    out = ["<!DOCTYPE html>", '<html lang="nl">', "<head>", '<meta charset="utf-8">',
           f"<title>{e(header_text)}</title>",
           "<style>body{font-family:sans-serif;max-width:52em;margin:auto}"
           "table{border-collapse:collapse}td,th{border:1px solid #999;padding:3px}</style>",
           "</head>", "<body>",
           f'<header class="site-header"><p>{e(header_text)} &middot; Home &middot; Ouders &middot; '
           "Scholen &middot; Toelaatbaarheid &middot; Financi&euml;n &middot; Contact</p></header>",
           "<main>"]
    for kind, val in blocks:
        if kind == "title":
            out.append(f"<h1>{e(val[0])}</h1>")
            for line in val[1:]:
                out.append(f'<p class="subtitle">{e(line)}</p>')
        elif kind == "toc":
            out.append('<nav class="toc"><h2>Inhoud</h2><ul>')
            out += [f"<li>{e(x)}</li>" for x in val]
            out.append("</ul></nav>")
        elif kind == "h1":
            out.append(f"<h2>{e(val)}</h2>")
        elif kind == "h2":
            out.append(f"<h3>{e(val)}</h3>")
        elif kind == "p":
            out.append(f"<p>{e(val)}</p>")
        elif kind == "ul":
            out.append("<ul>" + "".join(f"<li>{e(x)}</li>" for x in val) + "</ul>")
        elif kind == "table":
            out.append("<table>")
            out.append("<tr>" + "".join(f"<th>{e(x)}</th>" for x in val[0]) + "</tr>")
            for row in val[1:]:
                out.append("<tr>" + "".join(f"<td>{e(x)}</td>" for x in row) + "</tr>")
            out.append("</table>")
    out += ["</main>", f"<footer><p>&copy; 2024 {e(header_text)} &middot; Privacyverklaring &middot; "
            "Cookies</p></footer>", "</body>", "</html>"]
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


def write_md(blocks, path):
    out = []
    for kind, val in blocks:
        if kind == "title":
            out.append("# " + val[0])
            out += ["", *[f"*{x}*" for x in val[1:]], ""]
        elif kind == "toc":
            out += ["**Inhoud**", ""] + [f"- {x}" for x in val] + [""]
        elif kind == "h1":
            out += ["## " + val, ""]
        elif kind == "h2":
            out += ["### " + val, ""]
        elif kind == "p":
            out += [val, ""]
        elif kind == "ul":
            out += [f"- {x}" for x in val] + [""]
        elif kind == "table":
            out.append("| " + " | ".join(val[0]) + " |")
            out.append("|" + "---|" * len(val[0]))
            out += ["| " + " | ".join(r) + " |" for r in val[1:]]
            out.append("")
    path.write_text("\n".join(out), encoding="utf-8")


def write_pdf(blocks, path, header_text):
    tmp = Path(tempfile.mkdtemp(prefix="holdout281_render_"))
    try:
        src = tmp / (path.stem + ".docx")
        write_docx(blocks, src, header_text)
        profile = tmp / "lo_profile"
        subprocess.run(
            ["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
             "--convert-to", "pdf", "--outdir", str(tmp), str(src)],
            check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
        shutil.move(str(tmp / (path.stem + ".pdf")), str(path))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


# ---------------------------------------------------------------------------
# Shared filler (element-neutral prose that real plans contain)
# ---------------------------------------------------------------------------


def voorwoord(c):
    return [
        H1("Voorwoord"),
        P(f"""Voor u ligt het ondersteuningsplan {c['periode']} van {c['naam']}. Dit plan is de opvolger
        van het plan dat in {c['vorig']} werd vastgesteld en het is geschreven in een periode waarin
        er veel op het onderwijs afkomt: een krappe arbeidsmarkt, dalende leerlingaantallen in een deel
        van de regio en een landelijke verbeteraanpak passend onderwijs die vraagt om meer duidelijkheid
        voor scholen, leerlingen en ouders."""),
        P(f"""Het plan is niet achter een bureau ontstaan. In het afgelopen jaar spraken wij met
        schoolleiders, ondersteuningscoördinatoren, mentoren, leerplichtambtenaren, jeugdconsulenten
        en vertegenwoordigers van {c['gemeenten_kort']}. Wij hebben geluisterd naar wat goed gaat en naar
        wat beter moet. Die gesprekken waren soms confronterend en altijd waardevol. Wat ons opviel, is
        dat iedereen hetzelfde wil: dat een leerling op een school kan leren die bij hem of haar past,
        zo dicht mogelijk bij huis, met de ondersteuning die nodig is."""),
        P(f"""Een ondersteuningsplan is geen doel op zich. Het is een afsprakenkader van de
        {c['n_besturen']} schoolbesturen die samen het samenwerkingsverband vormen. Scholen blijven
        verantwoordelijk voor goed onderwijs; het samenwerkingsverband faciliteert, verbindt en
        houdt de regie waar dat nodig is. Wij zijn ons ervan bewust dat de resultaten van dit plan
        uiteindelijk zichtbaar moeten worden in de klas en niet op papier."""),
        P(f"""Graag danken wij iedereen die heeft bijgedragen, in het bijzonder de leden van de
        ondersteuningsplanraad, die kritisch hebben meegelezen, en de werkgroep die de teksten heeft
        voorbereid. Wij wensen u veel leesplezier.
        {c['directeur']}, directeur-bestuurder, {c['plaats']}, {c['datum_voorwoord']}"""),
    ]


def context(c):
    rows = [["Schoolbestuur", "Vestigingen", "Leerlingen (1-10-2023)"]] + c["besturen"]
    return [
        H1("De regio en het samenwerkingsverband"),
        P(f"""{c['naam']} ({c['code']}) is een stichting in de zin van de wet. Het werkgebied omvat de
        gemeenten {c['gemeenten']}. Binnen het werkgebied liggen zowel stedelijke kernen als dunbevolkte
        dorpen, wat betekent dat reisafstanden voor leerlingen sterk verschillen. De besturen die bij het
        samenwerkingsverband zijn aangesloten, verschillen in omvang, denominatie en onderwijsaanbod."""),
        P(f"""Aan het samenwerkingsverband nemen {c['n_besturen']} schoolbesturen deel met samen
        {c['n_vestigingen']} vestigingen. Op de teldatum volgden {c['n_leerlingen']} leerlingen onderwijs
        op een van deze vestigingen. De prognoses van de gemeenten laten voor de komende planperiode een
        licht dalend leerlingaantal zien, met uitzondering van de nieuwbouwwijken in het stedelijk gebied.
        Voor een aantal kleinere vestigingen brengt die daling vragen over de continuïteit van het
        onderwijsaanbod met zich mee; dat is in de eerste plaats een zaak van de besturen zelf."""),
        TAB(*rows),
        P("""De tabel geeft de stand op de teldatum weer. Wijzigingen in de samenstelling van het
        samenwerkingsverband worden gemeld aan de ledenvergadering en verwerkt in het jaarplan."""),
    ]


def visie(c):
    return [
        H1("Missie, visie en kernwaarden"),
        H2("Missie"),
        P(f"""{c['kort']} bestaat om ervoor te zorgen dat iedere jongere in de regio een ononderbroken
        schoolloopbaan kan doorlopen. Wij doen dat samen met de scholen en met onze partners. Wij geloven
        dat het onderwijs het verschil maakt in het leven van jongeren en dat geen jongere tussen wal en
        schip mag vallen."""),
        H2("Visie"),
        P("""Passend onderwijs is van en voor iedereen. Het vraagt om leraren die zich gesteund voelen,
        om schoolteams die van elkaar leren en om besturen die over de grenzen van hun eigen organisatie
        heen kijken. Wij kiezen ervoor om de ondersteuning zo dicht mogelijk bij de leerling te
        organiseren: in de klas, op de school, en pas als dat niet anders kan daarbuiten. Ouders en
        leerlingen zijn daarbij gesprekspartner; zij kennen de jongere immers het best."""),
        P("""Wij denken niet in hokjes of labels. Een diagnose is soms nodig, maar is nooit een
        voorwaarde om een jongere te helpen. Het gesprek over wat een leerling nodig heeft, gaat vooraf
        aan het gesprek over wie dat betaalt. Dat klinkt vanzelfsprekend, maar in de praktijk vraagt het
        steeds opnieuw om bewuste keuzes van schoolleiders en besturen."""),
        H2("Kernwaarden"),
        UL("Thuisnabij: jongeren gaan waar mogelijk naar school in hun eigen omgeving.",
           "Samen: wij werken vanuit vertrouwen en gedeelde verantwoordelijkheid.",
           "Eigenaarschap: scholen en besturen voelen zich verantwoordelijk voor alle leerlingen in de regio.",
           "Transparant: wij zijn open over onze keuzes, ook als die schuren."),
        P("""Deze kernwaarden zijn richtinggevend voor de keuzes in dit plan. Zij komen terug in de
        gesprekken die wij voeren met scholen en in de manier waarop wij onze organisatie inrichten."""),
    ]


def governance(c):
    return [
        H1("Organisatie en governance"),
        P(f"""Het samenwerkingsverband is een stichting. Het bestuur wordt gevormd door een
        directeur-bestuurder ({c['directeur']}); het intern toezicht is belegd bij een raad van toezicht
        van vijf leden, van wie twee onafhankelijk zijn. De schoolbesturen vormen samen de algemene
        vergadering, die onder meer de statuten wijzigt en de leden van de raad van toezicht benoemt.
        Daarmee is de scheiding tussen bestuur en toezicht geregeld zoals de Code Goed Bestuur vraagt."""),
        P("""De directeur-bestuurder wordt ondersteund door een klein bureau en wordt geadviseerd door
        het directeurenoverleg, waarin de ondersteuningscoördinatoren en schoolleiders van de scholen
        vertegenwoordigd zijn. Het directeurenoverleg komt zes keer per jaar bijeen en bereidt
        beleidsvoorstellen inhoudelijk voor. Het managementstatuut legt vast welke bevoegdheden bij de
        directeur-bestuurder liggen en welke besluiten goedkeuring van de raad van toezicht vragen."""),
        P("""De statuten bevatten een regeling voor de beslechting van geschillen tussen de aangesloten
        besturen. In de afgelopen planperiode is daar geen gebruik van gemaakt. De raad van toezicht
        evalueert jaarlijks zijn eigen functioneren en legt daarover verantwoording af in het
        bestuursverslag."""),
    ]


def opr(c, parents=True):
    out = [H1("Medezeggenschap"),
           P(f"""Het samenwerkingsverband kent een ondersteuningsplanraad (OPR) en een eigen
           medezeggenschapsraad voor het personeel van het bureau. De OPR heeft instemmingsrecht op
           het ondersteuningsplan en op wijzigingen daarvan. De OPR heeft met dit plan ingestemd op
           {c['opr_datum']}.""")]
    if parents:
        out.append(P(f"""De OPR telt {c['opr_leden']} leden. De helft van de leden is afkomstig uit
        de personeelsgeleding en de andere helft uit de ouder- en leerlinggeleding van de
        medezeggenschapsraden van de aangesloten scholen. Ouders in de OPR brengen het perspectief van
        gezinnen in; zij worden door het bureau gefaciliteerd met scholing en een vergoeding per
        vergadering."""))
    else:
        out.append(P("""De leden van de OPR worden afgevaardigd door de medezeggenschapsraden van de
        aangesloten scholen. Het reglement van de OPR regelt de zittingsduur, de werkwijze en de
        faciliteiten. Het bureau ondersteunt de OPR met een ambtelijk secretaris."""))
    out.append(P("""De OPR vergadert vier keer per jaar met de directeur-bestuurder. Daarnaast is er
    jaarlijks een gezamenlijke bijeenkomst met de raad van toezicht. Wij zien de OPR niet als een
    formele horde maar als een kritische vriend die ons scherp houdt."""))
    return out


def oogo(c, full=True):
    out = [H1("Samenwerking met gemeenten")]
    if full:
        out += [
            P(f"""Het samenwerkingsverband voert op overeenstemming gericht overleg (OOGO) met de
            gemeenten {c['gemeenten']}. Het concept van dit plan is in het OOGO van {c['oogo_datum']}
            besproken; de gemeenten hebben ingestemd met de passages die hen raken. Het OOGO kent een
            eigen geschillenregeling die tot nu toe niet is gebruikt."""),
            P("""Met de gemeenten zijn afspraken gemaakt over de inzet van jeugdhulp op school. Op elke
            vestiging is een jeugd- en gezinswerker van het lokale team een vast aantal uren per week
            aanwezig, zodat een leerling zonder wachtlijst en zonder verwijzing in gesprek kan. Voor
            leerlingen die naast onderwijs ook zorg nodig hebben, stellen school, samenwerkingsverband
            en gemeente samen een onderwijs-zorgarrangement op; de gemeente betaalt het zorgdeel, het
            samenwerkingsverband het onderwijsdeel. Verder zijn afspraken gemaakt over leerlingenvervoer
            en onderwijshuisvesting; die laatste thema's zijn primair een verantwoordelijkheid van de
            gemeenten."""),
        ]
    else:
        out += [P(f"""Het OOGO over dit plan heeft plaatsgevonden op {c['oogo_datum']}. Het verslag
        van dat overleg is bij het samenwerkingsverband op te vragen.""")]
    return out


def personeel(c):
    return [
        H1("Personeel en professionalisering"),
        P(f"""Het bureau van het samenwerkingsverband telt {c['fte']} fte. Daaronder vallen de
        directeur-bestuurder, een beleidsmedewerker, een controller (ingehuurd), een secretariaat en een
        team van consulenten en orthopedagogen. De medewerkers hebben een aanstelling bij het
        samenwerkingsverband of worden gedetacheerd vanuit een van de besturen."""),
        P("""Goed personeel is de belangrijkste succesfactor van passend onderwijs. Wij investeren in
        scholing van ondersteuningscoördinatoren en mentoren via een jaarlijks scholingsaanbod, een
        leergang 'Omgaan met verschillen' en netwerkbijeenkomsten per thema. Het scholingsaanbod wordt
        elk voorjaar afgestemd met de besturen, zodat het aansluit op hun eigen professionaliseringsbeleid.
        Het lerarentekort raakt ook onze regio; scholen zoeken daarom naar manieren om onderwijsassistenten
        en andere professionals slim in te zetten."""),
        P("""Wij vinden het belangrijk dat medewerkers van het bureau zelf regelmatig op scholen zijn.
        Iedere consulent heeft daarom een vast aantal scholen waarvoor hij of zij het aanspreekpunt is.
        Het ziekteverzuim op het bureau is laag; wij blijven aandacht houden voor werkdruk."""),
    ]


def ict(c):
    return [
        H1("Privacy en informatievoorziening"),
        P("""Het samenwerkingsverband verwerkt persoonsgegevens van leerlingen, waaronder soms
        gezondheidsgegevens. Wij doen dat alleen voor zover dat nodig is voor de wettelijke taken en
        volgens de AVG. Het samenwerkingsverband heeft een functionaris gegevensbescherming aangesteld,
        gedeeld met twee andere samenwerkingsverbanden in de provincie. Er is een privacyreglement en een
        register van verwerkingen."""),
        P("""Voor de uitwisseling van dossiers gebruiken wij een beveiligde digitale omgeving. Scholen
        loggen in met tweestapsverificatie. Toegang tot dossiers is beperkt tot de medewerkers die de
        gegevens nodig hebben. In de komende planperiode vervangen wij het huidige systeem, omdat de
        leverancier de ondersteuning beëindigt. Wij kiezen daarbij voor een systeem dat koppelt met de
        leerlingadministratie van de scholen, zodat gegevens niet dubbel hoeven te worden ingevoerd."""),
        P("""Datalekken worden gemeld aan de functionaris gegevensbescherming en, waar nodig, aan de
        Autoriteit Persoonsgegevens. In de afgelopen planperiode is één datalek gemeld: een e-mail met
        een bijlage werd naar een verkeerde ontvanger gestuurd. Naar aanleiding daarvan is de werkwijze
        aangescherpt."""),
    ]


def vaststelling(c):
    return [
        H1("Totstandkoming en vaststelling"),
        TAB(["Stap", "Datum"],
            ["Concept besproken in directeurenoverleg", c["do_datum"]],
            ["OOGO met gemeenten", c["oogo_datum"]],
            ["Overleg met het aangrenzende samenwerkingsverband", c["overleg_datum"]],
            ["Instemming ondersteuningsplanraad", c["opr_datum"]],
            ["Vaststelling door bestuur", c["vast_datum"]],
            ["Toezending aan de inspectie", c["insp_datum"]]),
        P(f"""Dit plan geldt voor de schooljaren {c['periode']}, van 1 augustus van het eerste jaar
        tot en met 31 juli van het laatste jaar. Tussentijdse wijzigingen worden opnieuw aan de OPR
        voorgelegd."""),
    ]



def bedrijfsvoering(c):
    return [
        H1("Bedrijfsvoering en huisvesting"),
        P(f"""Het bureau van {c['kort']} is gehuisvest in een gehuurd kantoor in {c['plaats']}, dat
        goed bereikbaar is met het openbaar vervoer. Het huurcontract loopt tot 2027; in 2026 bekijken
        wij of het kantoor nog past bij de omvang van het bureau. Vergaderingen met scholen vinden zo
        veel mogelijk plaats op de scholen zelf, zodat medewerkers van het bureau zichtbaar zijn in de
        regio."""),
        P("""De salarisadministratie, de financiële administratie en de personeelsadministratie zijn
        uitbesteed aan een administratiekantoor dat ook voor enkele aangesloten besturen werkt. De
        controller stelt elk kwartaal een managementrapportage op voor de directeur-bestuurder en de
        raad van toezicht. De accountant controleert jaarlijks de jaarrekening."""),
        P("""Medewerkers werken met laptops in een beveiligde cloudomgeving. De ICT-ondersteuning is
        ondergebracht bij een externe partij. Voor vergaderen op afstand gebruiken wij een
        videoplatform dat voldoet aan de eisen van de AVG. In de komende jaren willen wij het gebruik
        van papier verder terugdringen; alle vergaderstukken worden digitaal verspreid."""),
        P("""Wij besteden opdrachten boven de Europese drempelwaarden aan volgens de
        aanbestedingsregels. Bij kleinere opdrachten vragen wij ten minste twee offertes op. Het
        inkoopbeleid is in 2023 geactualiseerd."""),
    ]


def kennisdeling(c):
    return [
        H1("Kennisdeling en netwerken"),
        P(f"""Een samenwerkingsverband is meer dan een verdeelkantoor. {c['kort']} wil een plek zijn
        waar professionals van elkaar leren. Daarom organiseren wij netwerkbijeenkomsten voor
        ondersteuningscoördinatoren, intern begeleiders, orthopedagogen en schoolleiders. Elk netwerk
        komt vier keer per jaar bijeen en kiest zelf zijn thema's, zoals omgaan met
        schoolangst, de samenwerking met de wijkteams of het werken met een groeidocument."""),
        P("""Jaarlijks organiseren wij een regionale studiedag voor alle medewerkers van de scholen die
        met ondersteuning bezig zijn. Op de studiedag van 2023 stonden onder meer lezingen over
        executieve functies en over hoogbegaafdheid op het programma, en deelden scholen in workshops
        hun eigen aanpak. De evaluaties waren positief; deelnemers waardeerden vooral de ontmoeting met
        collega's van andere scholen."""),
        P("""Het scholingsaanbod van het samenwerkingsverband is te vinden in de digitale
        scholingscatalogus. Besturen kunnen daarnaast maatwerktrajecten afnemen voor een hele school
        of een team. Wij werken daarbij samen met een hogeschool en met een landelijk
        expertisecentrum. Nieuwe ondersteuningscoördinatoren volgen een inwerkprogramma van vier
        bijeenkomsten, waarin zij kennismaken met de werkwijze, de formulieren en de collega's in de
        regio."""),
    ]


def jaarcyclus(c):
    return [
        H1("Beleidscyclus en jaarplanning"),
        P("""Dit ondersteuningsplan geeft de koers voor vier jaar. Elk jaar vertalen wij die koers in een
        jaarplan met activiteiten. Het jaarplan wordt opgesteld door de directeur-bestuurder, besproken
        in het directeurenoverleg en vastgesteld door het bestuur. Onderstaande kalender geeft de vaste
        momenten in het jaar weer."""),
        TAB(["Maand", "Vast moment"],
            ["September", "Start schooljaar; kennismaking consulenten met nieuwe ondersteuningscoördinatoren"],
            ["Oktober", "Teldatum 1 oktober; netwerkbijeenkomsten"],
            ["November", "Regionale studiedag"],
            ["December", "Vaststelling begroting en jaarplan door het bestuur"],
            ["Februari", "Overleg met gemeenten over de lokale agenda"],
            ["April", "Gesprekken met besturen over de samenwerking"],
            ["Juni", "Vergadering algemene vergadering; evaluatie jaarplan"]),
        P("""Een wijziging van dit plan wordt altijd voorgelegd aan de OPR. Kleine wijzigingen, zoals
        een nieuwe naam van een voorziening of een aangepaste contactpersoon, verwerken wij zonder
        nieuwe vaststelling en melden wij in de eerstvolgende OPR-vergadering."""),
    ]


def afkortingen(extra=()):
    rows = [["Afkorting", "Betekenis"],
            ["AB", "Ambulante begeleiding"],
            ["GPO", "Geschillencommissie passend onderwijs"],
            ["LBT", "Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen"],
            ["MDO", "Multidisciplinair overleg"],
            ["OJSP", "Ouder- en jeugdsteunpunt"],
            ["OOGO", "Op overeenstemming gericht overleg"],
            ["OPP", "Ontwikkelingsperspectiefplan"],
            ["OPR", "Ondersteuningsplanraad"],
            ["SOP", "Schoolondersteuningsprofiel"],
            ["TLV", "Toelaatbaarheidsverklaring"]] + [list(x) for x in extra]
    return [H1("Bijlage: afkortingen"), TAB(*rows)]


# ---------------------------------------------------------------------------
# Plan 1 - VO Lingemonde (large, docx)
# ---------------------------------------------------------------------------

C1 = dict(
    naam="Samenwerkingsverband VO Lingemonde", kort="Lingemonde", code="VO 25-14",
    periode="2024-2028", vorig="2020", gemeenten="Zaltwijk, Hellendam, Beesterveld, Oud-Linge en Avezathe",
    gemeenten_kort="vijf gemeenten", n_besturen=9, n_vestigingen=31, n_leerlingen="24.612",
    directeur="drs. M.A. (Marieke) Verhoeven", plaats="Zaltwijk", datum_voorwoord="februari 2024",
    besturen=[["Stichting Openbaar VO Lingestreek", "8", "6.840"], ["Christelijke Scholengroep Linge", "7", "5.915"],
              ["Stichting Katholiek VO Avezathe", "5", "4.210"], ["Stichting Praktijkonderwijs Rivierenland", "2", "412"],
              ["Stichting De Waard (vso)", "2", "388"], ["Gereformeerd College Beesterveld", "2", "2.230"],
              ["Stichting Montessori VO Zaltwijk", "1", "1.104"], ["Stichting Hellendams Lyceum", "2", "2.410"],
              ["Stichting Groene VMBO Linge", "2", "1.103"]],
    opr_datum="12 maart 2024", opr_leden=12, oogo_datum="6 februari 2024", fte="21,4",
    do_datum="16 januari 2024", overleg_datum="30 januari 2024", vast_datum="2 april 2024",
    insp_datum="18 april 2024",
)


def plan1():
    c = C1
    b = [("title", ["Ondersteuningsplan 2024-2028", c["naam"] + " (" + c["code"] + ")",
                    "Samen sterk voor elke leerling", "Vastgesteld door het bestuur op 2 april 2024"]),
         ("toc", ["Voorwoord", "1 Leeswijzer", "2 De regio en het samenwerkingsverband",
                  "3 Missie, visie en kernwaarden", "4 Ondersteuning op drie niveaus",
                  "5 Toewijzing en toelaatbaarheid", "6 Thuiszitters en het dekkend netwerk",
                  "7 Ambities 2024-2028", "8 Geld en middelen", "9 Samenwerking met gemeenten",
                  "10 Organisatie en governance", "11 Medezeggenschap", "12 Personeel en professionalisering",
                  "13 Privacy en informatievoorziening", "14 Totstandkoming en vaststelling",
                  "Bijlage: begrippenlijst", "Bijlage: afkortingen", "Bijlage 6: Ouderparagraaf (apart document)"])]
    b += voorwoord(c)
    b += [H1("1 Leeswijzer"),
          P("""Hoofdstuk 2 en 3 schetsen de context en onze koers. Hoofdstuk 4 beschrijft het
          ondersteuningsaanbod op drie niveaus, van de basisondersteuning op elke vestiging tot het
          voortgezet speciaal onderwijs. Hoofdstuk 5 gaat over de toewijzing van arrangementen en de
          toelaatbaarheid tot vso, praktijkonderwijs en leerwegondersteunend onderwijs. Hoofdstuk 6
          beschrijft hoe wij ervoor zorgen dat geen leerling thuis komt te zitten. In hoofdstuk 7 staan
          onze ambities en in hoofdstuk 8 de financiën. De informatievoorziening aan ouders en
          leerlingen en de onafhankelijke ondersteuning van ouders zijn uitgewerkt in de Ouderparagraaf,
          die als bijlage 6 bij dit plan hoort en afzonderlijk wordt gepubliceerd.""")]
    b += context(c)
    b += visie(c)
    b += [H1("4 Ondersteuning op drie niveaus"),
          P("""Lingemonde werkt met drie niveaus van ondersteuning. Die niveaus zijn geen trappen die
          een leerling moet beklimmen; een leerling kan direct de ondersteuning krijgen die nodig is. De
          indeling helpt scholen, consulenten en besturen om dezelfde taal te spreken."""),
          H2("4.1 Niveau 1: de basisondersteuning"),
          P("""De basisondersteuning is het niveau van ondersteuning dat alle 31 vestigingen in
          Lingemonde ten minste bieden, zonder aanvraag bij het samenwerkingsverband en ongeacht de
          leerweg of het bestuur. De besturen hebben dit niveau op 14 november 2023 gezamenlijk
          vastgesteld als ondergrens. Een vestiging mag meer bieden, maar nooit minder. Concreet
          betekent dit dat een leerling en zijn gezin op elke vestiging het volgende mogen verwachten:"""),
          UL("""een ondersteuningscoördinator met ten minste 0,4 fte per 500 leerlingen, die de
             ondersteuning op de vestiging coördineert en aanspreekpunt is voor de consulent van
             Lingemonde;""",
             """een mentor die ten minste zes keer per jaar een individueel gesprek voert met de
             leerling en signalen bespreekt in het leerlingbespreking-overleg;""",
             """een intern ondersteuningsteam dat minimaal zes keer per schooljaar bijeenkomt, met de
             ondersteuningscoördinator, een teamleider, de jeugd- en gezinswerker en zo nodig de
             jeugdarts;""",
             """een dyslexie- en dyscalculieprotocol met faciliteiten als extra tijd, vergrote teksten en
             voorleessoftware;""",
             """trainingen in faalangstreductie, sociale vaardigheden en examenvrees, ten minste één keer
             per jaar aangeboden;""",
             """een time-out- of opvangplek met toezicht, met afspraken over terugkeer naar de les;""",
             """een protocol medisch handelen en afspraken over leerlingen met een chronische ziekte;""",
             """begeleiding bij executieve functies (plannen en organiseren) in de onderbouw;""",
             """een ontwikkelingsperspectiefplan (OPP) voor iedere leerling die extra ondersteuning
             krijgt."""),
          P("""Het samenwerkingsverband controleert jaarlijks of vestigingen de basisondersteuning
          waarmaken. Elke vestiging vult in het voorjaar de kwaliteitskaart basisondersteuning in; de
          consulent bespreekt de uitkomsten met de schoolleider. Een vestiging die op een onderdeel
          onder de ondergrens blijft, maakt binnen drie maanden een verbeterplan, dat de
          directeur-bestuurder met het betrokken bestuur bespreekt. Blijft verbetering uit, dan komt
          het onderwerp op de agenda van de algemene vergadering."""),
          H2("4.2 Niveau 2: extra ondersteuning en bovenschoolse voorzieningen"),
          P("""Wanneer een leerling meer nodig heeft dan de basisondersteuning, kan de school een
          arrangement aanvragen. Lingemonde kent individuele arrangementen (extra begeleiding, inzet van
          een ambulant begeleider of een jobcoach) en groepsarrangementen, zoals de 'Stapklassen' op
          vier vmbo-vestigingen voor leerlingen met gedrags- en leerproblemen. Daarnaast kent de regio
          bovenschoolse voorzieningen: het orthopedagogisch-didactisch centrum De Overstap in
          Zaltwijk (48 plaatsen) voor een tijdelijke plaatsing van maximaal een jaar, de
          reboundvoorziening Nieuwe Kans in Hellendam (16 plaatsen) voor een time-out van acht tot
          twaalf weken, en een voorziening voor hoogbegaafde leerlingen op het Hellendams Lyceum. Voor
          nieuwkomers is er een internationale schakelklas in Beesterveld."""),
          H2("4.3 Niveau 3: voortgezet speciaal onderwijs en praktijkonderwijs"),
          P("""In de regio zijn twee vso-vestigingen van Stichting De Waard (cluster 4, uitstroomprofielen
          vervolgonderwijs en arbeid) en twee scholen voor praktijkonderwijs. Leerlingen met een
          cluster-3-ondersteuningsbehoefte gaan naar vso-scholen buiten de regio, waarmee afspraken zijn
          gemaakt over vervoer en plaatsing. Samen vormen de drie niveaus een doorlopend aanbod binnen
          en tussen de scholen."""),
          ]
    b += [H1("5 Toewijzing en toelaatbaarheid"),
          H2("5.1 Het Lingeloket"),
          P("""Alle aanvragen voor arrangementen, bovenschoolse voorzieningen en
          toelaatbaarheidsverklaringen lopen via het Lingeloket. Een aanvraag voor een
          toelaatbaarheidsverklaring (TLV) voor het vso wordt ingediend door het bevoegd gezag van de
          school waar de leerling staat ingeschreven of is aangemeld. De procedure verloopt in vijf
          stappen:"""),
          UL("""Stap 1 - de school bespreekt de leerling in het ondersteuningsteam en stelt vast dat de
             mogelijkheden van de basisondersteuning en van niveau 2 zijn benut of niet toereikend zijn;""",
             """Stap 2 - de school dient via het Lingeloket een aanvraag in met het OPP, het
             onderwijskundig rapport, de evaluaties van de geboden ondersteuning en het verslag van het
             multidisciplinair overleg;""",
             """Stap 3 - een consulent toetst de aanvraag binnen vijf werkdagen op volledigheid;""",
             """Stap 4 - twee deskundigen brengen ieder afzonderlijk schriftelijk advies uit: altijd een
             orthopedagoog of GZ-psycholoog, en daarnaast, afhankelijk van de leerling, een
             kinderpsychiater, maatschappelijk werker, jeugdarts of pedagoog; deskundigen die bij de
             aanvraag betrokken waren, adviseren niet;""",
             """Stap 5 - de Commissie Toewijzing besluit namens het bestuur binnen zes weken na ontvangst
             van de volledige aanvraag."""),
          H2("5.2 Wanneer is een leerling toelaatbaar tot het vso?"),
          P("""De Commissie Toewijzing verklaart een leerling toelaatbaar tot het vso als aan alle
          onderstaande voorwaarden is voldaan:"""),
          TAB(["Criterium", "Toelichting"],
              ["1. Ondersteuningsbehoefte overstijgt niveau 2",
               "De ondersteuningsbehoefte is zo groot of complex dat zij ook met een arrangement of een "
               "bovenschoolse voorziening niet binnen het regulier vo kan worden geboden."],
              ["2. Handelingsgericht traject doorlopen",
               "De school heeft ten minste zes maanden gewerkt met een OPP en dit minimaal twee keer "
               "geëvalueerd; in crisissituaties kan de commissie hiervan afwijken."],
              ["3. Perspectief in het vso",
               "Het vso kan de leerling een passend uitstroomperspectief bieden (vervolgonderwijs, arbeid "
               "of dagbesteding)."],
              ["4. Onderbouwing door deskundigen",
               "Beide deskundigen onderschrijven dat het vso voor deze leerling de meest passende plek is."]),
          P("""De TLV wordt afgegeven voor één, twee of drie schooljaren en loopt altijd af op 31 juli.
          Bij een TLV voor cluster 3 bepaalt de commissie ook de bekostigingscategorie laag, midden of
          hoog, aan de hand van de ernst van de lichamelijke of meervoudige beperking."""),
          H2("5.3 Leerwegondersteunend onderwijs en praktijkonderwijs"),
          P("""Lingemonde hanteert voor lwoo en praktijkonderwijs de landelijke criteria. Voor lwoo
          gaat het om een leerachterstand van 1,5 tot 3 jaar in twee van de vier domeinen
          (begrijpend lezen, spellen, inzichtelijk rekenen, technisch lezen) in combinatie met een IQ
          tussen 75 en 90, of tussen 91 en 120 als er sprake is van sociaal-emotionele problematiek.
          Voor praktijkonderwijs gaat het om een IQ tussen 55 en 80 en een leerachterstand van drie jaar
          of meer in ten minste twee domeinen, waaronder begrijpend lezen of inzichtelijk rekenen. De
          aanvraag loopt via dezelfde route als een TLV vso; de Commissie Toewijzing beslist. De aanwijzing
          lwoo geldt voor de gehele vmbo-opleiding; een toelaatbaarheidsverklaring pro geldt voor de
          duur van de opleiding."""),
          H2("5.4 Bezwaar"),
          P("""Ouders die het niet eens zijn met een besluit over toelaatbaarheid, kunnen binnen zes weken
          bezwaar maken bij het bestuur van Lingemonde. Het bestuur vraagt advies aan de Landelijke
          Bezwaaradviescommissie Toelaatbaarheidsverklaringen (LBT) en beslist binnen zes weken na
          ontvangst van dat advies."""),
          H2("5.5 Afloop van de TLV"),
          P("""In het laatste schooljaar waarvoor de TLV geldt, neemt de vso-school vóór 1 maart het
          initiatief tot een perspectiefgesprek. Aan dat gesprek nemen de vso-school, de consulent van
          Lingemonde en de leerling deel. Op basis van de evaluatie van het OPP wordt besloten of de
          leerling het volgende schooljaar naar een reguliere vo-school gaat. Is dat het geval, dan meldt
          de vso-school de leerling vóór 1 april aan bij de beoogde vo-school en volgt een warme
          overdracht. Is verlenging van het vso nodig, dan dient de vso-school vóór 1 mei een nieuwe
          aanvraag in via het Lingeloket. Het beleid van Lingemonde ten aanzien van terugplaatsing en
          overplaatsing, waaronder de doelen en de begeleiding na de overstap, leggen wij in de eerste
          helft van de planperiode vast in een notitie die aan de OPR wordt voorgelegd."""),
          ]
    b += [H1("6 Thuiszitters en het dekkend netwerk"),
          P("""Een dekkend netwerk betekent voor ons dat er voor iedere jongere een passende plek is
          binnen redelijke afstand en binnen redelijke tijd. Wij weten dat dit in Lingemonde nog niet
          altijd lukt. Op 1 oktober 2023 waren er 23 leerlingen die langer dan vier weken zonder
          geldige reden niet naar school gingen, en stonden er 11 leerlingen op de wachtlijst van De
          Overstap."""),
          P("""Twee keer per jaar voeren wij samen met de leerplichtambtenaren en de besturen een analyse
          uit van witte vlekken: voor welke groepen leerlingen is geen passend aanbod, of is het aanbod
          vol? De uitkomsten leiden tot afspraken in het directeurenoverleg. Zo is in 2023 besloten de
          capaciteit van De Overstap met acht plaatsen uit te breiden. Elke maand komt de
          thuiszitterstafel bijeen, waarin leerplicht, jeugdhulp, de consulent en de betrokken school
          binnen twee weken een plan maken voor iedere thuiszittende leerling. Lukt het niet om binnen
          drie maanden een plek te vinden, dan heeft de directeur-bestuurder doorzettingsmacht en wijst
          hij een school aan die de leerling tijdelijk opvangt. Besturen vullen hun zorgplicht zo samen
          in: de school van aanmelding blijft verantwoordelijk totdat een andere school de leerling
          heeft ingeschreven."""),
          ]
    b += [H1("7 Ambities 2024-2028"),
          P("""In de afgelopen periode is veel bereikt, maar de uitdagingen blijven groot. Wij hebben
          onze beoogde resultaten voor deze planperiode daarom zo concreet mogelijk geformuleerd:"""),
          TAB(["Ambitie", "Beoogd resultaat in 2028"],
              ["Minder thuiszitters", "Niet meer dan 10 leerlingen op 1 oktober 2027 langer dan vier weken thuis."],
              ["Thuisnabij onderwijs", "Deelnamepercentage vso daalt van 3,6% naar ten hoogste 3,2%."],
              ["Snelle toewijzing", "90% van de TLV-besluiten binnen zes weken."],
              ["Basisondersteuning op orde", "Alle 31 vestigingen voldoen aan de kwaliteitskaart."],
              ["Succesvolle overstap", "80% van de leerlingen van De Overstap zit een jaar na terugkeer nog op de nieuwe school."]),
          P("""Hoe wij de voortgang op deze ambities gaan meten, welke bronnen wij gebruiken en hoe wij
          daarover rapporteren, wordt uitgewerkt in het kwaliteitskader dat in de loop van 2025
          verschijnt. Tot die tijd sturen wij op basis van de signalen van de scholen."""),
          ]
    b += [H1("8 Geld en middelen"),
          P("""Lingemonde ontvangt van het Rijk middelen voor lichte en zware ondersteuning. Na aftrek
          van de afdrachten aan DUO voor leerlingen in het vso (op basis van de teldatum 1 oktober)
          resteert het budget waarmee het samenwerkingsverband zijn taken uitvoert. Het bestuur stelt
          jaarlijks vóór 1 december de begroting vast, na advies van het directeurenoverleg."""),
          H2("8.1 Verdeling over de besturen"),
          P("""De middelen voor lichte ondersteuning gaan rechtstreeks naar de scholen voor
          praktijkonderwijs en lwoo, conform het aantal leerlingen op de teldatum. Van het resterende
          budget ontvangt iedere vestiging een vaste voet van € 25.000 en daarnaast € 152 per leerling
          (teldatum 1 oktober van het voorgaande jaar). Arrangementen op niveau 2 worden per leerling
          toegekend door de Commissie Toewijzing tegen een vast tarief van € 4.800 per arrangement per
          jaar. De bovenschoolse voorzieningen worden centraal bekostigd."""),
          H2("8.2 Meerjarenbegroting"),
          TAB(["Post (x € 1.000)", "2024", "2025", "2026", "2027"],
              ["Baten rijksbijdrage ondersteuning", "21.410", "21.180", "20.950", "20.730"],
              ["Afdracht vso (DUO)", "-7.920", "-7.840", "-7.700", "-7.560"],
              ["Lichte ondersteuning lwoo/pro (doorbetaling)", "-6.110", "-6.030", "-5.960", "-5.880"],
              ["Schoolbudgetten (vaste voet + per leerling)", "-4.510", "-4.470", "-4.420", "-4.380"],
              ["Arrangementen niveau 2", "-960", "-960", "-940", "-920"],
              ["OPDC De Overstap en rebound", "-1.240", "-1.320", "-1.320", "-1.320"],
              ["Bureau en personeel", "-1.640", "-1.670", "-1.700", "-1.730"],
              ["Resultaat", "-970", "-1.110", "-1.090", "-1.060"]),
          P("""De negatieve resultaten zijn bewust begroot: de algemene reserve bedroeg eind 2023
          € 6,2 miljoen en lag daarmee boven de signaleringswaarde van de inspectie. Met de begrote
          tekorten bouwen wij de reserve af tot een weerstandsvermogen van circa 5% van de baten. Iedere
          vestiging legt jaarlijks vóór 1 juli in een bestedingsverslag verantwoording af over de inzet van
          het schoolbudget; de controller bundelt die verslagen voor het bestuur."""),
          ]
    b += oogo(c, full=True)
    b += governance(c)
    b += opr(c, parents=False)
    b += personeel(c)
    b += ict(c)
    b += bedrijfsvoering(c)
    b += kennisdeling(c)
    b += jaarcyclus(c)
    b += vaststelling(c)
    b += [H1("Bijlage: begrippenlijst"),
          TAB(["Begrip", "Omschrijving"],
              ["Basisondersteuning", "Het afgesproken niveau van ondersteuning dat iedere school biedt."],
              ["Ouder- en jeugdsteunpunt", "Onafhankelijk punt waar ouders en jongeren terecht kunnen met vragen."],
              ["Onderwijsconsulent", "Onafhankelijk adviseur voor ouders bij problemen rond toelating of verwijdering."],
              ["Terugplaatsing", "De overstap van een leerling van het vso naar het regulier vo."],
              ["Kwaliteitskader", "Het geheel van afspraken over het meten en verantwoorden van resultaten."]),
          ]
    b += afkortingen([("OPDC", "Orthopedagogisch-didactisch centrum")])
    b += [H1("Bijlage 6: Ouderparagraaf"),
          P("""De Ouderparagraaf is een afzonderlijk document en maakt geen deel uit van deze
          uitgave.""")]
    return b


# ---------------------------------------------------------------------------
# Plan 2 - VO De Zandrug (small, docx)
# ---------------------------------------------------------------------------

C2 = dict(
    naam="Samenwerkingsverband Voortgezet Onderwijs De Zandrug", kort="De Zandrug", code="VO 22-09",
    periode="2025-2029", vorig="2021", gemeenten="Ermelo-Heide, Stroe-Noord en Kootwijkerveen",
    gemeenten_kort="de drie gemeenten", n_besturen=3, n_vestigingen=6, n_leerlingen="4.153",
    directeur="J. (Jelle) Bosschaart", plaats="Stroe-Noord", datum_voorwoord="januari 2025",
    besturen=[["Stichting Veluws College", "3", "2.380"], ["Stichting Christelijk VO Zandrug", "2", "1.521"],
              ["Stichting Praktijkschool Heide", "1", "252"]],
    opr_datum="18 maart 2025", opr_leden=6, oogo_datum="11 februari 2025", fte="4,8",
    do_datum="9 januari 2025", overleg_datum="4 februari 2025", vast_datum="25 maart 2025",
    insp_datum="3 april 2025",
)


def plan2():
    c = C2
    b = [("title", ["Ondersteuningsplan 2025-2029", c["naam"], c["code"],
                    "Concept ter instemming OPR - versie 0.9"]),
         ("toc", ["Voorwoord", "1 Inleiding", "2 De regio en het samenwerkingsverband",
                  "3 Missie, visie en kernwaarden", "4 Basisondersteuning", "5 Het ondersteuningsaanbod",
                  "6 Route naar vso, pro en lwoo", "7 Terugblik en koers", "8 Financieel kader",
                  "9 Communicatie", "10 Samenwerking met gemeenten", "11 Organisatie en governance",
                  "12 Medezeggenschap", "13 Personeel en professionalisering",
                  "14 Privacy en informatievoorziening", "15 Totstandkoming en vaststelling",
                  "Bijlage 1 Begrippenlijst", "Bijlage 2 Standaarden basisondersteuning", "Bijlage: afkortingen"])]
    b += voorwoord(c)
    b += [H1("1 Inleiding"),
          P("""De Zandrug is een klein samenwerkingsverband. Dat heeft voordelen: de lijnen zijn kort,
          schoolleiders kennen elkaar en de consulenten kennen vrijwel elke leerling die extra
          ondersteuning krijgt. Het heeft ook nadelen: voor specialistische voorzieningen zijn wij
          afhankelijk van onze buren, en een paar dure trajecten kunnen de begroting flink raken. Dit plan
          is daarom bewust sober gehouden. Wij beschrijven wat wij samen afspreken en laten ruimte aan de
          scholen om zelf te bepalen hoe zij dat vormgeven."""),
          P("""Dit plan volgt de wettelijke opbouw. Waar onderwerpen in een bijlage zijn uitgewerkt,
          verwijzen wij daarnaar. Onderwerpen als doorstroom van het primair onderwijs naar het
          voortgezet onderwijs, de overstap naar het mbo en de aansluiting op de arbeidsmarkt komen
          kort aan bod in hoofdstuk 5.""")]
    b += context(c)
    b += visie(c)
    b += [H1("4 Basisondersteuning"),
          P("""De drie besturen hebben één gezamenlijk niveau van basisondersteuning afgesproken: het
          Zandrugprofiel. Het Zandrugprofiel is de ondergrens die op alle zes vestigingen geldt, van het
          praktijkonderwijs tot het gymnasium. Geen vestiging mag daaronder zakken; het profiel is door
          het bestuur vastgesteld en wordt elke vier jaar herzien."""),
          P("""Welke voorzieningen, interventies en expertise het Zandrugprofiel precies omvat, staat
          beschreven in het overzicht 'Standaarden basisondersteuning' (bijlage 2). De scholen werken
          het profiel verder uit in hun schoolgids."""),
          P("""De directeur-bestuurder bespreekt jaarlijks met iedere schoolleider aan de hand van een
          zelfevaluatie of de vestiging het Zandrugprofiel waarmaakt. Tekortkomingen worden vastgelegd
          in een verbeterafspraak met een termijn van ten hoogste zes maanden; de voortgang wordt in
          het eerstvolgende gesprek gecontroleerd.""")]
    b += [H1("5 Het ondersteuningsaanbod"),
          P("""Het aanbod in De Zandrug is opgebouwd als een doorlopende lijn. Binnen iedere school is
          er eerst het Zandrugprofiel. Heeft een leerling meer nodig, dan kan de school een
          maatwerkarrangement aanvragen bij het samenwerkingsverband: extra begeleidingsuren, inzet
          van een gedragsspecialist of een aangepast rooster met begeleiding door een jobcoach. Op
          het Veluws College in Stroe-Noord staat de Time-in, een groep van maximaal twaalf leerlingen
          die een deel van de week in een kleine setting les krijgen en de rest van de week in hun
          eigen klas. Op de locatie Kootwijkerveen draait de Zandrug-plusklas voor leerlingen met
          een ontwikkelingsvoorsprong."""),
          P("""Voor een tijdelijke plaatsing buiten de eigen school maken wij gebruik van het OPDC
          van het samenwerkingsverband Vallei-Oost, waar vijf plaatsen voor Zandrugleerlingen zijn
          ingekocht. Voor het voortgezet speciaal onderwijs zijn wij aangewezen op vso-scholen in
          Apeldoorn en Amersfoort. Praktijkonderwijs wordt in de regio zelf geboden door de
          Praktijkschool Heide."""),
          P("""Op iedere vestiging werkt schoolmaatschappelijk werk dat door de gemeenten wordt
          bekostigd. Samen met de gemeenten is afgesproken dat een leerling die zowel onderwijs als
          jeugdhulp nodig heeft, één plan krijgt waarin de school en het wijkteam hun inzet
          afstemmen; de jeugdhulp kan daarbij onder schooltijd op school worden geboden."""),
          P("""Een analyse van de vraag of ons aanbod dekkend is, en een aanpak voor leerlingen die
          thuis komen te zitten, volgen uit de regionale monitor die wij in de loop van 2026 samen met
          de gemeenten opzetten. Tot die tijd houden de scholen hun eigen verzuimregistratie bij.""")]
    b += [H1("6 Route naar vso, pro en lwoo"),
          P("""De route naar een toelaatbaarheidsverklaring is in De Zandrug dezelfde voor het vso, het
          praktijkonderwijs en het leerwegondersteunend onderwijs. Het verschil zit in de
          stukken die worden meegestuurd."""),
          TAB(["Stap", "Wie", "Wat", "Termijn"],
              ["1", "School (ondersteuningscoördinator)", "Bespreekt de leerling in het ondersteuningsteam en verzamelt het groeidocument, testgegevens en de zienswijze van ouders.", "-"],
              ["2", "Bevoegd gezag van de school", "Dient de aanvraag in bij het Adviesteam Toelaatbaarheid van De Zandrug.", "-"],
              ["3", "Adviesteam Toelaatbaarheid", "Vraagt het schriftelijke advies van een orthopedagoog of psycholoog en van een tweede deskundige (jeugdarts, maatschappelijk werker of kinderpsychiater).", "binnen 3 weken"],
              ["4", "Directeur-bestuurder", "Neemt het besluit en stuurt het besluit met beide adviezen naar school en ouders.", "binnen 6 weken na aanvraag"],
              ["5", "Ouders", "Kunnen binnen zes weken bezwaar maken; De Zandrug is aangesloten bij de Landelijke Bezwaaradviescommissie (LBT).", "6 weken"]),
          P("""De inhoudelijke toetsingskaders aan de hand waarvan het Adviesteam beoordeelt of een
          leerling toelaatbaar is tot vso, praktijkonderwijs of lwoo, worden in het schooljaar 2025-2026
          door het bestuur herijkt en daarna als addendum aan dit plan toegevoegd."""),
          P("""Leerlingen die van het primair onderwijs komen en voor wie de basisschool lwoo of
          praktijkonderwijs adviseert, worden tijdig besproken in het overleg PO-VO, zodat de aanvraag
          vóór 1 maart binnen is. Voor de warme overdracht van po naar vo zijn afspraken gemaakt met
          het samenwerkingsverband PO in de regio.""")]
    b += [H1("7 Terugblik en koers"),
          H2("7.1 Wat hebben we bereikt?"),
          P("""In het plan 2021-2025 hadden wij ons drie doelen gesteld. Het aantal leerlingen in het
          vso zou niet stijgen: het is gedaald van 96 (1 oktober 2020) naar 88 (1 oktober 2024). De
          doorlooptijd van aanvragen zou binnen zes weken blijven: dat lukte in 91% van de gevallen.
          De tevredenheid van ouders over de ondersteuning zou minimaal een 7 zijn: bij de peiling van
          2024 kwam die uit op een 7,3. De Time-in is geëvalueerd: 17 van de 21 leerlingen gingen na
          een half jaar weer volledig mee in hun eigen klas."""),
          H2("7.2 Koersdoelen 2025-2029"),
          TAB(["Koersdoel", "Indicator", "Streefwaarde 2029"],
              ["Thuisnabij onderwijs", "Aantal leerlingen in het vso op 1 oktober", "ten hoogste 85"],
              ["Snel duidelijkheid", "Percentage besluiten binnen zes weken", "95%"],
              ["Tevreden ouders", "Gemiddeld rapportcijfer ouderpeiling", "7,5"],
              ["Succesvol in de eigen klas", "Percentage Time-in-leerlingen dat na een half jaar volledig terug in de klas is", "85%"]),
          P("""De consulenten verzamelen de cijfers twee keer per jaar in de ondersteuningsmonitor, die
          per school en voor het samenwerkingsverband als geheel wordt opgemaakt. De directeur-bestuurder
          bespreekt de monitor in februari en september met het directeurenoverleg en de raad van
          toezicht. Over de bereikte resultaten en de kosten van de voorzieningen leggen wij jaarlijks
          verantwoording af in het jaarverslag, dat ook aan de OPR wordt toegezonden.""")]
    b += [H1("8 Financieel kader"),
          P("""De Zandrug kiest voor een schoolmodel: de middelen gaan zo veel mogelijk naar de
          scholen. De verdeling is als volgt geregeld. De middelen voor lichte ondersteuning voor lwoo en
          praktijkonderwijs worden doorbetaald aan de besturen naar rato van het aantal lwoo- en
          pro-leerlingen op 1 oktober. Van de middelen voor zware ondersteuning worden eerst de
          afdrachten voor het vso betaald; van het restant ontvangt ieder bestuur € 187 per leerling.
          Maatwerkarrangementen worden per aanvraag toegekend door de directeur-bestuurder, binnen het
          daarvoor begrote plafond."""),
          P("""De begroting voor de planperiode ziet er als volgt uit."""),
          TAB(["Bedragen in euro", "2025", "2026", "2027", "2028"],
              ["Rijksbijdrage lichte en zware ondersteuning", "3.912.000", "3.874.000", "3.840.000", "3.801.000"],
              ["Afdrachten vso via DUO", "1.405.000", "1.392.000", "1.380.000", "1.368.000"],
              ["Doorbetaling lwoo/pro aan besturen", "1.210.000", "1.196.000", "1.184.000", "1.170.000"],
              ["Schoolbudgetten (€ 187 per leerling)", "777.000", "765.000", "756.000", "745.000"],
              ["Maatwerkarrangementen", "180.000", "180.000", "180.000", "180.000"],
              ["Time-in en plusklas", "235.000", "240.000", "245.000", "250.000"],
              ["Inkoop OPDC Vallei-Oost", "110.000", "112.000", "114.000", "116.000"],
              ["Bureau", "395.000", "401.000", "408.000", "414.000"],
              ["Exploitatieresultaat", "-400.000", "-412.000", "-427.000", "-442.000"]),
          P("""De reserve van De Zandrug lag eind 2024 € 1,1 miljoen boven de signaleringswaarde. Met de
          begrote tekorten wordt dat bedrag in vier jaar afgebouwd.""")]
    b += [H1("9 Communicatie"),
          P("""Goede communicatie is voor een klein samenwerkingsverband een kwestie van nabijheid. Op
          www.dezandrug.nl staat per school welke ondersteuning er is, hoe een arrangement wordt
          aangevraagd en wie de contactpersoon is. Elk jaar in oktober organiseren wij een
          informatieavond voor ouders van brugklasleerlingen. De folder 'Ondersteuning op de Zandrug'
          is beschikbaar in het Nederlands, Engels, Pools en Arabisch en wordt via de scholen en de
          basisscholen in de regio verspreid. Iedere school neemt in de schoolgids een hoofdstuk op over
          de ondersteuning die zij biedt."""),
          P("""Ouders en leerlingen die een onafhankelijk advies willen of het niet eens zijn met de school
          of het samenwerkingsverband, kunnen terecht bij het Ouder- en Jeugdsteunpunt Noord-Veluwe, dat
          wij samen met twee andere samenwerkingsverbanden bekostigen maar dat onafhankelijk van ons
          werkt (telefonisch op werkdagen bereikbaar, ook via WhatsApp). Daarnaast kunnen ouders kosteloos
          een beroep doen op de Onderwijsconsulenten. Bij een geschil over toelating, verwijdering of het
          OPP kunnen ouders zich wenden tot de Geschillencommissie passend onderwijs."""),
          P("""Ouders zijn vertegenwoordigd in de OPR en worden uitgenodigd voor elk overleg over hun kind
          in het ondersteuningsteam. Leerlingen worden gehoord over hun OPP.""")]
    b += oogo(c, full=True)
    b += governance(c)
    b += opr(c, parents=True)
    b += personeel(c)
    b += ict(c)
    b += bedrijfsvoering(c)
    b += kennisdeling(c)
    b += jaarcyclus(c)
    b += vaststelling(c)
    b += [H1("Bijlage 1 Begrippenlijst"),
          TAB(["Begrip", "Omschrijving"],
              ["Dekkend aanbod", "Een samenhangend geheel van voorzieningen zodat er voor iedere leerling een plek is."],
              ["Terugplaatsing", "Het terugkeren van een leerling van het vso naar het regulier voortgezet onderwijs."],
              ["Toelaatbaarheidsverklaring", "Besluit van het samenwerkingsverband dat een leerling is aangewezen op het vso."],
              ["Zandrugprofiel", "Het afgesproken niveau van basisondersteuning."]),
          H1("Bijlage 2 Standaarden basisondersteuning"),
          P("""[Deze bijlage wordt na vaststelling door het bestuur toegevoegd.]""")]
    b += afkortingen()
    return b


# ---------------------------------------------------------------------------
# Plan 3 - PO Maas en Heuvel (pdf)
# ---------------------------------------------------------------------------

C3 = dict(
    naam="Stichting Passend Primair Onderwijs Maas en Heuvel", kort="Maas en Heuvel", code="PO 31-09",
    periode="2024-2028", vorig="2020", gemeenten="Maasveld, Heuvelrade, Sint-Odiliënberg-Oost en Roerwijk",
    gemeenten_kort="vier gemeenten", n_besturen=6, n_vestigingen=42, n_leerlingen="9.870",
    directeur="mevr. A. (Annemiek) Coenen", plaats="Maasveld", datum_voorwoord="maart 2024",
    besturen=[["Stichting Katholiek Onderwijs Maasveld", "15", "3.620"], ["Stichting Openbaar Onderwijs Heuvelland", "11", "2.480"],
              ["Stichting Kindcentra Roerwijk", "9", "2.270"], ["Stichting Protestants-Christelijk PO", "4", "890"],
              ["Stichting SBO De Brug", "1", "198"], ["Stichting SO De Kempen (cluster 3 en 4)", "2", "412"]],
    opr_datum="9 april 2024", opr_leden=8, oogo_datum="20 februari 2024", fte="9,2",
    do_datum="23 januari 2024", overleg_datum="13 februari 2024", vast_datum="16 april 2024",
    insp_datum="25 april 2024",
)


def plan3():
    c = C3
    b = [("title", ["Ondersteuningsplan 2024-2028", c["naam"], "Samenwerkingsverband " + c["code"],
                    "Ieder kind een plek"]),
         ("toc", ["Voorwoord", "1 Waar staan we voor", "2 De regio en het samenwerkingsverband",
                  "3 Missie, visie en kernwaarden", "4 Wat elke school biedt", "5 Extra ondersteuning en speciale voorzieningen",
                  "6 Naar sbo of so: toelaatbaarheid", "7 Geen kind thuis", "8 Kwaliteit en resultaten",
                  "9 Geld en middelen", "10 Communicatie met ouders", "11 Samenwerking met gemeenten",
                  "12 Organisatie en governance", "13 Medezeggenschap", "14 Personeel en professionalisering",
                  "15 Privacy en informatievoorziening", "16 Totstandkoming en vaststelling",
                  "Bijlage A Begrippenlijst", "Bijlage B Afkortingen"])]
    b += voorwoord(c)
    b += [H1("1 Waar staan we voor"),
          P("""Maas en Heuvel verbindt zes schoolbesturen met samen 42 scholen in het primair onderwijs,
          waaronder een school voor speciaal basisonderwijs en twee locaties voor speciaal onderwijs. Wij
          willen dat ieder kind in de regio zich kan ontwikkelen op een school die bij hem past, zo dicht
          mogelijk bij huis. Dit plan beschrijft wat wij daarvoor met elkaar afspreken.""")]
    b += context(c)
    b += visie(c)
    b += [H1("4 Wat elke school biedt"),
          P("""Ouders vragen ons vaak: wat mag ik van de school van mijn kind verwachten? Het antwoord
          is de basisondersteuning. Dat is de ondergrens die de zes besturen samen hebben vastgesteld
          en die geldt voor elk van de 42 scholen, ook voor de kleinste dorpsschool. Elke school biedt
          deze ondersteuning zelf, zonder aanvraag bij het samenwerkingsverband:"""),
          TAB(["Onderdeel", "Wat elke school in Maas en Heuvel biedt"],
              ["Ondersteuningsstructuur", "Een intern begeleider met minimaal 1 dag per 100 leerlingen; groepsbesprekingen drie keer per jaar; een ondersteuningsteam met de schoolmaatschappelijk werker en de jeugdverpleegkundige."],
              ["Lezen en dyslexie", "Het protocol leesproblemen en dyslexie, met extra leestijd en intensieve begeleiding in groep 3 en 4."],
              ["Rekenen", "Het protocol ernstige rekenwiskundeproblemen en dyscalculie."],
              ["Gedrag", "Een schoolbreed programma voor sociaal-emotionele ontwikkeling en een anti-pestprotocol; afspraken over een rustige werkplek."],
              ["Meer- en hoogbegaafdheid", "Signalering met een vast instrument en compacten en verrijken in de eigen groep."],
              ["Taal en NT2", "Extra taalaanbod voor kinderen met een taalachterstand en voor nieuwkomers in het eerste jaar."],
              ["Medisch handelen", "Een protocol medische handelingen en afspraken met ouders over medicijngebruik."],
              ["Planmatig werken", "Handelingsgericht werken met groepsplannen en, waar nodig, een OPP."]),
          P("""De consulent van Maas en Heuvel bezoekt elke school jaarlijks en toetst met de intern
          begeleider aan de hand van de tabel of de basisondersteuning op orde is. Scholen die
          tekortschieten, krijgen ondersteuning van de consulent bij een verbetertraject.""")]
    b += [H1("5 Extra ondersteuning en speciale voorzieningen"),
          P("""Heeft een kind meer nodig dan de basisondersteuning, dan vraagt de school samen met de
          ouders een arrangement aan. Maas en Heuvel kent drie soorten extra ondersteuning. Een
          schoolarrangement wordt op de eigen school uitgevoerd, bijvoorbeeld met extra handen in de
          klas of begeleiding door een specialist van het expertiseteam. Een bovenschoolse voorziening
          is een tijdelijke plek buiten de eigen school: de observatieklas in Maasveld (acht plaatsen,
          maximaal twaalf weken), de plusklas voor meer- en hoogbegaafde kinderen (een dagdeel per
          week op drie locaties) en de taalklas voor nieuwkomers in Roerwijk. Tot slot zijn er het
          speciaal basisonderwijs (SBO De Brug) en het speciaal onderwijs (SO De Kempen, cluster 3 en 4),
          waarvoor een toelaatbaarheidsverklaring nodig is. Samen vormen deze voorzieningen één
          samenhangend geheel: van de eigen groep via het arrangement naar de speciale school en zo
          mogelijk weer terug."""),
          P("""Voor kinderen die naast onderwijs ook zorg nodig hebben, maken school, ouders, het lokale
          team van de gemeente en Maas en Heuvel samen een onderwijs-zorgarrangement. Voorbeelden zijn
          de combinatiegroep in Heuvelrade, waar onderwijs en dagbehandeling op één locatie samenkomen,
          en de inzet van een zorgboerderij voor een dag per week.""")]
    b += [H1("6 Naar sbo of so: toelaatbaarheid"),
          H2("6.1 De aanvraag"),
          P("""Een toelaatbaarheidsverklaring voor het sbo of het so wordt aangevraagd door het
          schoolbestuur van de school waar het kind ingeschreven staat. De intern begeleider stelt
          samen met de ouders het groeidocument op; de ouders geven hun zienswijze op de aanvraag. De
          aanvraag gaat naar de Commissie van Toelaatbaarheid (CvT) van Maas en Heuvel. De CvT wint het
          advies in van twee deskundigen: een orthopedagoog of psycholoog en, afhankelijk van het kind,
          een kinderarts, kinderpsychiater of maatschappelijk werker. De deskundigen brengen ieder een
          eigen, schriftelijk advies uit en zijn niet eerder bij het kind betrokken geweest. De CvT
          besluit binnen zes weken; ouders ontvangen een afschrift van beide adviezen."""),
          H2("6.2 Criteria"),
          P("""Een kind is toelaatbaar tot het speciaal basisonderwijs als de school aantoonbaar de
          basisondersteuning en ten minste één arrangement heeft ingezet gedurende minimaal een half
          jaar, het kind op twee of meer ontwikkelingsgebieden blijvend vastloopt en de ondersteuning die
          nodig is een kleine groep en een specialistische aanpak vraagt die in de reguliere school niet
          te realiseren is. Een kind is toelaatbaar tot het speciaal onderwijs als daarnaast sprake is van
          een ernstige beperking (verstandelijk, lichamelijk, langdurig ziek of ernstige gedrags- of
          psychiatrische problematiek) waardoor het kind een intensieve combinatie van onderwijs en
          zorg nodig heeft."""),
          H2("6.3 Duur en categorie"),
          P("""Een TLV voor het sbo geldt in beginsel tot het einde van de basisschoolperiode. Een TLV
          voor het so wordt afgegeven voor twee schooljaren, in categorie laag, midden of hoog. Bezwaar
          tegen een besluit kan binnen zes weken worden gemaakt bij het bestuur, dat advies vraagt aan de
          Landelijke Bezwaaradviescommissie."""),
          H2("6.4 Na de TLV: terug naar de basisschool"),
          P("""Maas en Heuvel wil dat kinderen in het sbo en so niet langer dan nodig buiten de reguliere
          basisschool onderwijs krijgen. Ons uitgangspunt is dat een kind teruggaat naar een school in de
          eigen woonomgeving zodra het OPP laat zien dat de ondersteuningsbehoefte binnen een reguliere
          school met een arrangement kan worden opgevangen. Een terugplaatsing is geen mislukking als
          zij niet lukt, en geen doel op zich als het kind het op de speciale school goed doet."""),
          P("""In het laatste jaar van de TLV, uiterlijk in januari, bespreekt de sbo- of so-school in een
          evaluatiegesprek met ouders en de consulent van Maas en Heuvel of terugplaatsing mogelijk is.
          De speciale school zoekt in overleg met ouders een basisschool en draagt het kind warm over; de
          ontvangende school en de consulent stellen samen een terugkeerarrangement op. Dat
          arrangement omvat twintig weken ambulante begeleiding vanuit de speciale school en wordt
          volledig door Maas en Heuvel bekostigd. Is terugplaatsing (nog) niet mogelijk, dan vraagt de
          speciale school vóór 1 april een nieuwe TLV aan.""")]
    b += [H1("7 Geen kind thuis"),
          P("""Ieder kind hoort op school. Toch komt het ook in onze regio voor dat kinderen geen
          onderwijs volgen, soms omdat er geen passende plek is. Maas en Heuvel houdt per kwartaal
          samen met de leerplichtambtenaren een overzicht bij van thuiszitters, van kinderen met een
          vrijstelling en van kinderen op een wachtlijst voor het so. Voor ieder kind wordt binnen twee
          weken een casusoverleg belegd. Blijkt dat voor een groep kinderen structureel geen plek is, dan
          bespreekt het bestuur met de besturen welke voorziening moet worden ingericht; zo is in 2023 de
          observatieklas uitgebreid. Als er na zes weken nog geen oplossing is, zet de directeur-bestuurder
          haar doorzettingsmacht in.""")]
    b += [H1("8 Kwaliteit en resultaten"),
          P("""Maas en Heuvel vindt het belangrijk om te leren van wat het doet. Dit hoofdstuk wordt
          aangevuld zodra de evaluatie van het vorige ondersteuningsplan is afgerond; de bevindingen en de
          nieuwe ambities worden dan als addendum aan de OPR voorgelegd.""")]
    b += [H1("9 Geld en middelen"),
          P("""De ondersteuningsmiddelen van Maas en Heuvel worden verdeeld volgens een vast model. Na
          aftrek van de afdrachten voor sbo en so (inclusief de groeibekostiging op basis van de
          peildatum 1 februari) ontvangt ieder bestuur € 118 per leerling op 1 oktober als
          schoolbudget. De arrangementen worden toegekend door de consulent op basis van een aanvraag
          met OPP; het budget daarvoor is per school gemaximeerd op € 60 per leerling. De bovenschoolse
          voorzieningen worden centraal bekostigd. Een afwijkende verdeling is alleen mogelijk na een
          besluit van het bestuur, na advies van het directeurenoverleg."""),
          TAB(["Meerjarenbegroting", "2024", "2025", "2026", "2027"],
              ["Baten", "p.m.", "p.m.", "p.m.", "p.m."],
              ["Afdrachten sbo/so", "p.m.", "p.m.", "p.m.", "p.m."],
              ["Schoolbudgetten", "p.m.", "p.m.", "p.m.", "p.m."],
              ["Bovenschoolse voorzieningen", "p.m.", "p.m.", "p.m.", "p.m."]),
          P("""De bedragen in de meerjarenbegroting worden ingevuld nadat de definitieve rijksbekostiging
          bekend is en zijn dan te vinden in de jaarbegroting.""")]
    b += [H1("10 Communicatie met ouders"),
          P("""Ouders moeten kunnen vinden welke ondersteuning er voor hun kind is. Op de website
          www.maasenheuvel.nl staat per school het schoolondersteuningsprofiel. De brochure 'Wegwijzer
          passend onderwijs' legt in eenvoudige taal uit wat basisondersteuning, een arrangement en een
          TLV zijn; de brochure wordt via de scholen aan alle ouders van kleuters uitgereikt. Twee keer per
          jaar organiseren de consulenten een inloopspreekuur op een school in iedere gemeente. In de
          schoolgids beschrijft iedere school haar ondersteuning."""),
          P("""Ouders zijn vertegenwoordigd in de OPR en zijn vanzelfsprekend gesprekspartner bij elke
          aanvraag voor hun kind. Waar ouders terechtkunnen met vragen of als zij het oneens zijn met de
          school, staat op de ouderpagina van onze website.""")]
    b += oogo(c, full=True)
    b += governance(c)
    b += opr(c, parents=True)
    b += personeel(c)
    b += ict(c)
    b += bedrijfsvoering(c)
    b += kennisdeling(c)
    b += jaarcyclus(c)
    b += vaststelling(c)
    b += [H1("Bijlage A Begrippenlijst"),
          TAB(["Begrip", "Omschrijving"],
              ["Beoogde resultaten", "De resultaten die het samenwerkingsverband met zijn beleid wil bereiken."],
              ["Onderwijsconsulenten", "Landelijke, onafhankelijke organisatie die ouders kosteloos adviseert."],
              ["Ouder- en jeugdsteunpunt", "Onafhankelijk steunpunt voor ouders en kinderen."],
              ["Monitoring", "Het stelselmatig volgen van de resultaten van beleid."]),
          ]
    b += afkortingen([("CvT", "Commissie van Toelaatbaarheid"), ("SBO", "Speciaal basisonderwijs")])
    return b


# ---------------------------------------------------------------------------
# Plan 4 - VO Veluwerand (pdf)
# ---------------------------------------------------------------------------

C4 = dict(
    naam="Samenwerkingsverband VO Veluwerand", kort="Veluwerand", code="VO 26-03",
    periode="2025-2029", vorig="2021", gemeenten="Harderbroek, Nunspeel-Zuid, Elburgsveld en Oldeveen",
    gemeenten_kort="de vier gemeenten", n_besturen=5, n_vestigingen=14, n_leerlingen="11.380",
    directeur="dr. R. (Ruud) Hendriksen", plaats="Harderbroek", datum_voorwoord="januari 2025",
    besturen=[["Stichting Scholengemeenschap Veluwerand", "5", "4.890"], ["Stichting Christelijk College Nunspeel", "3", "2.760"],
              ["Stichting Openbaar VO Elburgsveld", "3", "2.540"], ["Stichting Praktijkonderwijs Noord-Veluwe", "1", "310"],
              ["Stichting Het Rietveld (vso)", "2", "880"]],
    opr_datum="4 maart 2025", opr_leden=10, oogo_datum="28 januari 2025", fte="12,6",
    do_datum="14 januari 2025", overleg_datum="21 januari 2025", vast_datum="11 maart 2025",
    insp_datum="1 april 2025",
)


def plan4():
    c = C4
    b = [("title", ["Ondersteuningsplan", c["naam"], c["code"], "Planperiode 2025-2029"]),
         ("toc", ["Voorwoord", "1 Inleiding en leeswijzer", "2 De regio en het samenwerkingsverband",
                  "3 Missie, visie en kernwaarden", "4 Basisondersteuning", "5 Van licht naar zwaar: het ondersteuningscontinuüm",
                  "6 Toelaatbaarheid vso, lwoo en pro", "7 Terug naar het regulier", "8 Thuiszitters",
                  "9 Monitoring en verantwoording", "10 Financiën", "11 Ouders en leerlingen",
                  "12 Samenwerking met gemeenten", "13 Organisatie en governance", "14 Medezeggenschap",
                  "15 Personeel en professionalisering", "16 Privacy en informatievoorziening",
                  "17 Totstandkoming en vaststelling", "Bijlage: begrippenlijst", "Bijlage: afkortingen"])]
    b += voorwoord(c)
    b += [H1("1 Inleiding en leeswijzer"),
          P("""Dit ondersteuningsplan beschrijft de afspraken die de vijf besturen in Veluwerand met elkaar
          maken over passend onderwijs voor de periode 2025-2029. Het plan bevat de onderdelen die de wet
          voorschrijft: de basisondersteuning, het ondersteuningscontinuüm, de toelaatbaarheid, de
          terugplaatsing, de financiën, de resultaten en de informatie aan ouders. Het financieel kader en
          de meerjarenbegroting worden, zoals in Veluwerand gebruikelijk, afzonderlijk vastgesteld.""")]
    b += context(c)
    b += visie(c)
    b += [H1("4 Basisondersteuning"),
          P("""De besturen werken sinds het najaar van 2024 aan een herziening van de basisondersteuning
          in het traject 'Basis op orde'. Na afronding van dat traject, naar verwachting in het voorjaar
          van 2026, wordt dit hoofdstuk ingevuld en als wijziging van het plan aan de OPR voorgelegd.""")]
    b += [H1("5 Van licht naar zwaar: het ondersteuningscontinuüm"),
          P("""Veluwerand organiseert de ondersteuning als een continuüm met vijf treden. Trede 1 is de
          ondersteuning die de school zelf biedt. Trede 2 bestaat uit schoolarrangementen die met
          middelen van het samenwerkingsverband op de eigen school worden uitgevoerd, zoals een
          begeleidingsklas of de inzet van een gedragsdeskundige. Trede 3 omvat de bovenschoolse
          voorzieningen: het OPDC 'Het Kompas' in Harderbroek (60 plaatsen) en de reboundvoorziening in
          Nunspeel-Zuid. Trede 4 is het praktijkonderwijs, trede 5 het voortgezet speciaal onderwijs
          van Het Rietveld. Tussen alle treden zijn overstappen in beide richtingen mogelijk."""),
          P("""Daarnaast kent Veluwerand de Hoogbegaafdheidsroute op twee havo/vwo-locaties, een
          internationale schakelklas voor nieuwkomers en een onderwijs-zorgarrangement met de
          jeugd-GGZ op het terrein van Het Rietveld, waar leerlingen onderwijs en behandeling op één plek
          krijgen.""")]
    b += [H1("6 Toelaatbaarheid vso, lwoo en pro"),
          H2("6.1 Vso"),
          P("""Een aanvraag voor een toelaatbaarheidsverklaring vso wordt ingediend door het bevoegd
          gezag van de school van inschrijving bij het Ondersteuningsloket. Bij de aanvraag zitten het
          OPP met ten minste twee evaluaties, het verslag van het multidisciplinair overleg en de
          zienswijze van ouders en leerling. Een orthopedagoog en een tweede deskundige (psycholoog,
          jeugdarts of maatschappelijk werker) geven ieder afzonderlijk advies. De Toewijzingscommissie
          besluit binnen zes weken. De TLV wordt afgegeven voor twee jaar (cluster 4) of drie jaar
          (cluster 3), met vermelding van de bekostigingscategorie."""),
          P("""Toelaatbaar is een leerling als (a) de ondersteuningsbehoefte de mogelijkheden van trede 1
          tot en met 3 overstijgt, (b) dit blijkt uit een OPP dat ten minste een half jaar is uitgevoerd,
          en (c) beide deskundigen het vso als passende plek aanmerken. Bij acute veiligheidsrisico's kan
          de commissie afwijken van de eis onder (b)."""),
          H2("6.2 Lwoo: eigen criteria"),
          P("""Veluwerand maakt gebruik van de mogelijkheid om eigen criteria voor lwoo te hanteren. Een
          leerling komt in aanmerking voor lwoo als hij een leerachterstand heeft van ten minste één jaar
          op begrijpend lezen of inzichtelijk rekenen én de basisschool en de vo-school samen vaststellen
          dat de leerling zonder extra begeleiding het vmbo-diploma niet haalt. Een IQ-test is niet
          vereist. De vo-school vraagt lwoo aan vóór 1 april; de Toewijzingscommissie beslist binnen vier
          weken. De aanwijzing geldt voor twee schooljaren en wordt daarna op verzoek van de school
          verlengd tot het einde van de opleiding."""),
          H2("6.3 Praktijkonderwijs"),
          P("""Voor praktijkonderwijs gelden de landelijke criteria: een IQ tussen 55 en 80 en een
          leerachterstand van ten minste drie jaar op twee domeinen, waaronder begrijpend lezen of
          inzichtelijk rekenen. De praktijkschool dient de aanvraag in bij het Ondersteuningsloket; de
          Toewijzingscommissie besluit binnen vier weken."""),
          H2("6.4 Bezwaar"),
          P("""Tegen een besluit over toelaatbaarheid kan binnen zes weken bezwaar worden gemaakt. Het
          bestuur legt het bezwaar voor aan de Landelijke Bezwaaradviescommissie.""")]
    b += [H1("7 Terug naar het regulier"),
          P("""Veluwerand streeft ernaar dat leerlingen in het vso een reguliere route openstaat zodra dat
          verantwoord is. Voorwaarde is dat de leerling in het OPP de doelen voor gedrag en
          zelfstandigheid heeft gehaald en dat een reguliere school met een schoolarrangement de nog
          resterende ondersteuning kan bieden. Na de overstap krijgt de leerling een jaar lang een
          terugkeercoach van Het Rietveld, die op de nieuwe school wekelijks beschikbaar is."""),
          P("""Het Rietveld evalueert het OPP van iedere leerling twee keer per jaar. In het laatste jaar van
          de TLV vindt in november een perspectiefgesprek plaats met ouders, leerling, de mentor en de
          consulent. Adviseert het gesprek terugplaatsing, dan meldt Het Rietveld de leerling vóór
          1 februari aan bij een reguliere school, die binnen zes weken besluit over toelating; het
          Ondersteuningsloket kent het terugkeerarrangement toe. Adviseert het gesprek verlenging, dan
          volgt een nieuwe aanvraag volgens paragraaf 6.1. In 2023-2024 keerden 14 leerlingen terug naar
          het regulier vo.""")]
    b += [H1("8 Thuiszitters"),
          P("""Veluwerand kent een meldpunt thuiszitters. Iedere school meldt een leerling die langer dan
          vier weken thuiszit binnen een week bij het meldpunt. De consulent belegt dan binnen tien
          werkdagen een overleg met school, leerplicht, ouders en jeugdhulp. Kan de eigen school de
          leerling geen passend aanbod doen, dan zoekt Veluwerand samen met de besturen een andere plek;
          lukt dat niet binnen zes weken, dan beslist de directeur-bestuurder welke school de leerling
          tijdelijk opvangt. Eenmaal per jaar bespreken wij met de besturen welke groepen leerlingen geen
          passende plek vinden, en welke voorzieningen daarvoor moeten worden uitgebreid. In 2024 is op
          basis daarvan een kleine groep voor leerlingen met angstproblematiek gestart.""")]
    b += [H1("9 Monitoring en verantwoording"),
          P("""Elk half jaar leggen wij de cijfers naast elkaar in de Veluwerandmonitor: het aantal
          thuiszitters, het aantal TLV's en lwoo-aanwijzingen, het aantal leerlingen in OPDC en rebound,
          de terugplaatsingen en de doorlooptijden. De monitor wordt per school uitgesplitst en besproken
          in het directeurenoverleg en met de raad van toezicht. Eens per jaar houden wij een
          tevredenheidspeiling onder ouders en scholen. In het jaarverslag rapporteren wij wat is bereikt."""),
          TAB(["Kengetal", "2021-2022", "2022-2023", "2023-2024"],
              ["Thuiszitters (> 4 weken) op 1 oktober", "19", "16", "12"],
              ["Leerlingen in het vso", "402", "395", "388"],
              ["Terugplaatsingen vso naar regulier", "8", "11", "14"],
              ["TLV-besluiten binnen zes weken", "84%", "88%", "93%"]),
          P("""Welke ambities wij voor de nieuwe planperiode nastreven, bepalen wij samen met de scholen
          tijdens de koersdag in november 2025. Die ambities worden daarna in het jaarplan opgenomen.""")]
    b += [H1("10 Financiën"),
          P("""Het samenwerkingsverband ontvangt middelen voor lichte en zware ondersteuning. De
          verdeling van de middelen, de criteria voor toekenning van arrangementen en de
          meerjarenbegroting zijn vastgelegd in het Financieel Kader Veluwerand 2025-2029, dat het bestuur
          jaarlijks vaststelt en dat op de website wordt gepubliceerd.""")]
    b += [H1("11 Ouders en leerlingen"),
          P("""Veluwerand informeert ouders via de website, waar in begrijpelijke taal staat welke
          ondersteuning er is en hoe die wordt aangevraagd, en via de ouderfolder die iedere leerling in de
          brugklas ontvangt. De scholen beschrijven hun ondersteuning in de schoolgids. Twee keer per jaar
          is er een ouderavond over passend onderwijs."""),
          P("""Voor onafhankelijk advies kunnen ouders en leerlingen terecht bij het Ouderpunt Veluwerand,
          een ouder- en jeugdsteunpunt dat wordt uitgevoerd door een onafhankelijke stichting; het
          Ouderpunt is bereikbaar via telefoon, mail en een wekelijks spreekuur. Ook de landelijke
          Onderwijsconsulenten staan ouders kosteloos bij. Bij klachten kunnen ouders gebruikmaken van de
          klachtenregeling van het samenwerkingsverband.""")]
    b += oogo(c, full=True)
    b += governance(c)
    b += opr(c, parents=True)
    b += personeel(c)
    b += ict(c)
    b += bedrijfsvoering(c)
    b += kennisdeling(c)
    b += jaarcyclus(c)
    b += vaststelling(c)
    b += [H1("Bijlage: begrippenlijst"),
          TAB(["Begrip", "Omschrijving"],
              ["Basisondersteuning", "Het door het samenwerkingsverband afgesproken niveau van ondersteuning dat alle scholen bieden, zoals een ondersteuningscoördinator, dyslexiebegeleiding en faalangsttraining."],
              ["Verdeelmodel", "De afspraken over de verdeling van ondersteuningsmiddelen over de besturen."],
              ["Meerjarenbegroting", "De begroting voor vier jaar."]),
          ]
    b += afkortingen([("OPDC", "Orthopedagogisch-didactisch centrum"), ("PrO", "Praktijkonderwijs")])
    return b


# ---------------------------------------------------------------------------
# Plan 5 - VO Delta Stedenband (html, "op hoofdlijnen")
# ---------------------------------------------------------------------------

C5 = dict(
    naam="Passend Onderwijs VO Delta Stedenband", kort="Delta Stedenband", code="VO 28-05",
    periode="2024-2028", vorig="2020", gemeenten="Bergeveer, Sluiskerke, Westmonde, Oosterdijk en Zandhoven",
    gemeenten_kort="vijf gemeenten", n_besturen=11, n_vestigingen=38, n_leerlingen="29.450",
    directeur="ir. S. (Sanne) de Kok", plaats="Bergeveer", datum_voorwoord="maart 2024",
    besturen=[["Stichting Stedelijk Onderwijs Bergeveer", "9", "8.120"], ["Stichting Delta Lyceum", "4", "4.910"],
              ["Stichting Katholiek VO Westmonde", "5", "4.430"], ["Stichting Christelijk VO Oosterdijk", "4", "3.580"],
              ["Stichting Openbaar VO Sluiskerke", "3", "2.360"], ["Overige besturen (6)", "13", "6.050"]],
    opr_datum="26 maart 2024", opr_leden=16, oogo_datum="14 maart 2024", fte="28,0",
    do_datum="8 februari 2024", overleg_datum="22 februari 2024", vast_datum="9 april 2024",
    insp_datum="23 april 2024",
)


def plan5():
    c = C5
    b = [("title", ["Ondersteuningsplan 2024-2028 op hoofdlijnen", c["naam"] + " (" + c["code"] + ")",
                    "Webversie - de pdf-versie is te downloaden onderaan deze pagina"]),
         ("toc", ["Voorwoord", "Onze koers", "De regio en het samenwerkingsverband", "Missie, visie en kernwaarden",
                  "Basisondersteuning: wat elke school biedt", "Toewijzing en toelaatbaarheid",
                  "Terugkeer uit het vso", "Ambities en resultaten", "Financiën", "Ouders",
                  "Samenwerking met gemeenten", "Organisatie en governance", "Medezeggenschap",
                  "Personeel en professionalisering", "Privacy en informatievoorziening",
                  "Totstandkoming en vaststelling", "Begrippen", "Afkortingen"])]
    b += voorwoord(c)
    b += [H1("Onze koers"),
          P("""Dit is een plan op hoofdlijnen. Delta Stedenband beschrijft wat wij samen willen bereiken;
          de scholen en besturen bepalen hoe zij dat doen. De uitwerking van procedures, formulieren en
          werkwijzen staat niet in dit plan maar in handboeken die het bestuur afzonderlijk vaststelt.
          Zo blijft het plan leesbaar en kunnen procedures worden aangepast zonder dat het hele plan
          opnieuw hoeft te worden vastgesteld."""),
          P("""Onze koers voor de komende vier jaar laat zich samenvatten in drie woorden: dichtbij,
          duidelijk en duurzaam. Dichtbij, omdat wij willen dat jongeren zo veel mogelijk in hun eigen
          stad naar school gaan en wij werken aan een dekkend netwerk. Duidelijk, omdat scholen en
          gezinnen moeten weten waar zij aan toe zijn. Duurzaam, omdat wij middelen willen inzetten
          voor wat werkt.""")]
    b += context(c)
    b += [H1("Ontwikkelingen in de regio"),
          P("""De Delta Stedenband is een regio van contrasten. De drie grotere steden groeien door
          nieuwbouw en instroom van gezinnen van buiten de regio, terwijl de kleinere kernen aan de kust
          te maken hebben met vergrijzing en een dalend aantal jongeren. Voor het voortgezet onderwijs
          betekent dat een verschuiving van leerlingen van de kleine naar de grote vestigingen. Twee
          besturen onderzoeken daarom een fusie van hun vestigingen in Westmonde."""),
          P("""Ook de arbeidsmarkt verandert. De haven en de maakindustrie vragen om technisch
          geschoolde vakmensen, terwijl de zorg en het onderwijs zelf kampen met tekorten. Scholen
          werken samen met werkgevers aan nieuwe leerroutes en aan stages, en het mbo in de regio heeft
          zijn opleidingsaanbod uitgebreid. Tegelijk zien wij dat het aantal jongeren met vragen over
          mentale gezondheid toeneemt; dat is een zorg die wij delen met veel regio's in Nederland. Deze ontwikkelingen vormen de achtergrond van de
          keuzes in dit plan, maar zij zijn niet allemaal door het samenwerkingsverband te
          beïnvloeden.""")]
    b += visie(c)
    b += [H1("Basisondersteuning: wat elke school biedt"),
          P("""Alle 38 vestigingen van Delta Stedenband bieden hetzelfde minimumniveau van
          ondersteuning: de Deltastandaard. De elf besturen hebben deze standaard in 2023 vastgesteld. De
          standaard geldt voor alle schoolsoorten; een school mag meer bieden maar niet minder. De
          Deltastandaard bestaat uit de volgende onderdelen."""),
          TAB(["Standaard", "Wat dat concreet betekent"],
              ["1 Ondersteuningsteam", "Elke vestiging heeft een ondersteuningscoördinator en een ondersteuningsteam dat minstens maandelijks overlegt."],
              ["2 Mentoraat", "Iedere leerling heeft een mentor met ten minste één uur mentorles per week in de onderbouw."],
              ["3 Leerproblemen", "Dyslexie- en dyscalculiebegeleiding met hulpmiddelen en extra tijd bij toetsen."],
              ["4 Sociaal-emotioneel", "Faalangsttraining, sociale-vaardigheidstraining en een anti-pestcoördinator."],
              ["5 Opvang", "Een bemande opvangruimte voor leerlingen die tijdelijk niet in de les kunnen zijn."],
              ["6 Medisch", "Een protocol medisch handelen en een aanspreekpunt voor chronisch zieke leerlingen."],
              ["7 Planmatig werken", "Een OPP voor elke leerling met extra ondersteuning, twee keer per jaar geëvalueerd."]),
          P("""Eens per twee jaar voert een auditteam, bestaande uit een ondersteuningscoördinator van
          een andere school en een beleidsmedewerker van Delta Stedenband, een audit uit op elke
          vestiging. Een vestiging die niet aan de Deltastandaard voldoet, maakt een verbeterplan met
          een termijn van ten hoogste een jaar.""")]
    b += [H1("Toewijzing en toelaatbaarheid"),
          P("""De toewijzing van extra ondersteuning en de afgifte van toelaatbaarheidsverklaringen voor
          het vso, het praktijkonderwijs en het leerwegondersteunend onderwijs zijn beschreven in het
          Handboek Toewijzing, dat u vindt op www.deltastedenband.nl/handboek. Dit plan beschrijft
          daarvan alleen de koers: snel, zorgvuldig en met oog voor de jongere.""")]
    b += [H1("Terugkeer uit het vso"),
          P("""Delta Stedenband wil dat een verblijf in het voortgezet speciaal onderwijs geen eindstation
          hoeft te zijn. Ons beleid is dat iedere vso-leerling bij wie het OPP laat zien dat de
          ondersteuningsbehoefte is afgenomen, de kans krijgt om in te stromen in het regulier vo, bij
          voorkeur in de eigen woonplaats. Voorwaarde is dat de ontvangende school met een
          schoolarrangement de resterende ondersteuning kan bieden en dat de leerling en ouders de
          overstap willen. Na de overstap krijgt iedere leerling gedurende een schooljaar een
          terugkeercoach, die door Delta Stedenband wordt bekostigd. Wij streven naar ten minste 25
          terugplaatsingen per jaar."""),
          P("""Het stappenplan voor de terugplaatsing, met de rollen van vso-school, ontvangende school en
          samenwerkingsverband, wordt in de loop van 2025 samen met de vso-scholen opgesteld.""")]
    b += [H1("Ambities en resultaten"),
          P("""In de vorige planperiode is de basis gelegd. Het aantal leerlingen met een TLV daalde van
          1.128 in 2020 naar 1.041 in 2023; de ouderpeiling van 2023 gaf een 7,1. Voor deze planperiode
          hebben wij de volgende ambities geformuleerd."""),
          TAB(["Ambitie", "Indicator", "Nulmeting 2023", "Streefwaarde 2028", "Hoe we meten"],
              ["Jongeren gaan dichtbij naar school", "Deelnamepercentage vso", "3,5%", "3,1%", "DUO-telling 1 oktober, jaarlijks"],
              ["Scholen bieden de Deltastandaard", "Vestigingen die de audit halen", "29 van 38", "38 van 38", "Audit, tweejaarlijks"],
              ["Gezinnen zijn tevreden", "Rapportcijfer ouderpeiling", "7,1", "7,6", "Ouderpeiling, tweejaarlijks"],
              ["Terugkeer uit het vso", "Terugplaatsingen per jaar", "17", "25", "Registratie vso-scholen, jaarlijks"]),
          P("""De beleidsmedewerker kwaliteit bundelt de gegevens elk jaar in maart in een
          resultatenrapportage. Die wordt besproken in het directeurenoverleg, de raad van toezicht en de
          OPR, en is de basis voor het jaarverslag en voor bijsturing in het jaarplan.""")]
    b += [H1("Financiën"),
          P("""Delta Stedenband ontvangt jaarlijks ongeveer € 29 miljoen aan ondersteuningsmiddelen. De
          besteding voor de planperiode is als volgt begroot."""),
          TAB(["Bedragen x € 1.000", "2024", "2025", "2026", "2027"],
              ["Afdrachten vso", "11.820", "11.650", "11.480", "11.300"],
              ["Lichte ondersteuning lwoo/pro", "8.240", "8.160", "8.080", "8.000"],
              ["Middelen naar schoolbesturen", "5.310", "5.250", "5.190", "5.130"],
              ["Terugkeercoaches", "310", "360", "410", "450"],
              ["Audits en kwaliteit", "140", "140", "140", "140"],
              ["Bureau", "2.480", "2.520", "2.560", "2.600"],
              ["Totaal lasten", "28.300", "28.080", "27.860", "27.620"]),
          P("""Het verdeelmodel waarmee de middelen over de schoolbesturen worden verdeeld, wordt in
          2024-2025 herzien; de nieuwe verdeelsleutel volgt (p.m.). Het weerstandsvermogen van Delta
          Stedenband bedroeg eind 2023 8,4% van de baten; de bovenmatige reserve van € 1,9 miljoen wordt
          in de planperiode ingezet voor de terugkeercoaches.""")]
    b += [H1("Ouders"),
          P("""Ouders en jongeren die vragen hebben over passend onderwijs of het niet eens zijn met een
          school, kunnen terecht bij het Ouder- en Jeugdsteunpunt Delta. Het steunpunt werkt onafhankelijk
          van de scholen en van het samenwerkingsverband; de medewerkers staan uitsluitend voor het
          belang van de jongere. Het steunpunt is bereikbaar op werkdagen van 9.00 tot 17.00 uur, per
          telefoon, mail en chat, en kan meegaan naar gesprekken op school. Daarnaast verwijzen wij naar
          de Onderwijsconsulenten en, bij een geschil over toelating, verwijdering of het OPP, naar de
          Geschillencommissie passend onderwijs."""),
          P("""Hoe wij ouders informeren over de ondersteuning op de scholen, leggen wij in 2025 vast in een
          nieuw communicatieplan.""")]
    b += oogo(c, full=False)
    b += governance(c)
    b += opr(c, parents=True)
    b += personeel(c)
    b += ict(c)
    b += bedrijfsvoering(c)
    b += kennisdeling(c)
    b += jaarcyclus(c)
    b += vaststelling(c)
    b += [H1("Begrippen"),
          TAB(["Begrip", "Omschrijving"],
              ["Dekkend netwerk", "Een samenhangend geheel van voorzieningen zodat er voor iedere jongere een passende plek is."],
              ["Thuiszitter", "Een leerplichtige jongere die zonder geldige reden niet naar school gaat."],
              ["Toelaatbaarheidsverklaring", "Besluit van het samenwerkingsverband dat een leerling naar het vso of pro mag."],
              ["Deltastandaard", "Het niveau van basisondersteuning in Delta Stedenband."])]
    b += afkortingen([("PrO", "Praktijkonderwijs"), ("LWOO", "Leerwegondersteunend onderwijs")])
    return b


# ---------------------------------------------------------------------------
# Near miss - school-level ondersteuningsplan (md)
# ---------------------------------------------------------------------------


def nearmiss():
    return [
        ("title", ["Ondersteuningsplan 2024-2025", "Het Baken College, locatie Zuidwijk (vmbo-havo)",
                   "Onderdeel van de schoolgids - vastgesteld door de schoolleiding, met advies van de MR"]),
        ("toc", ["1 Inleiding", "2 De ondersteuningsstructuur van Het Baken", "3 Basisondersteuning op onze school",
                 "4 Extra ondersteuning via het samenwerkingsverband", "5 Lwoo, pro en vso", "6 Ouders",
                 "7 Budget en formatie", "8 Jaarplanning"]),
        H1("1 Inleiding"),
        P("""Dit ondersteuningsplan beschrijft hoe Het Baken College, locatie Zuidwijk, de ondersteuning
        van leerlingen organiseert in het schooljaar 2024-2025. Het plan is een uitwerking van ons
        schoolondersteuningsprofiel en van het ondersteuningsplan van het samenwerkingsverband VO
        Lingemonde, waarbij onze school is aangesloten. Het plan wordt elk jaar door de schoolleiding
        herzien en is bedoeld voor mentoren, docenten, ouders en leerlingen."""),
        P("""Het Baken telt op deze locatie 1.140 leerlingen in vmbo-basis, kader, gemengde leerweg en
        havo. Ruim 180 leerlingen hebben lwoo; 46 leerlingen hebben een ontwikkelingsperspectiefplan."""),
        H1("2 De ondersteuningsstructuur van Het Baken"),
        P("""De ondersteuning op Het Baken is georganiseerd in drie lijnen. De eerste lijn is de mentor:
        hij kent de leerling, signaleert en voert het gesprek met ouders. De tweede lijn is het
        ondersteuningsteam op de locatie: de ondersteuningscoördinator, de orthopedagoog, twee
        leerlingbegeleiders, de faalangsttrainer en de dyslexiecoach. De derde lijn is het zorg- en
        adviesteam (ZAT), waarin ook de jeugdarts, de leerplichtambtenaar, de jeugd- en gezinswerker van
        de gemeente en de consulent van het samenwerkingsverband zitten. Het ZAT komt eens per zes weken
        bijeen."""),
        P("""Signalen van mentoren worden in de wekelijkse leerlingbespreking per leerjaar besproken. Als
        de mentor met de eigen aanpak niet verder komt, meldt hij de leerling aan bij de
        ondersteuningscoördinator via het digitale aanmeldformulier in Magister."""),
        H1("3 Basisondersteuning op onze school"),
        P("""Het samenwerkingsverband heeft vastgesteld welke basisondersteuning iedere school in de
        regio minimaal biedt. Het Baken biedt die basisondersteuning en daarnaast een aantal eigen
        voorzieningen:"""),
        UL("dyslexie- en dyscalculiebegeleiding, met een dyslexiepas en voorleessoftware;",
           "faalangstreductietraining in leerjaar 1 en 3 en examenvreestraining in het examenjaar;",
           "de Baken-huiskamer: een opvangplek met een vaste begeleider, elke schooldag open van 8.15 tot 16.00 uur;",
           "een plusprogramma voor leerlingen die meer aankunnen;",
           "begeleiding bij plannen en organiseren door studiecoaches uit de bovenbouw."),
        H1("4 Extra ondersteuning via het samenwerkingsverband"),
        P("""Als een leerling meer nodig heeft dan wij zelf kunnen bieden, vraagt de
        ondersteuningscoördinator een arrangement aan bij het Lingeloket van het samenwerkingsverband.
        De aanvraag bevat het OPP en het verslag van het ZAT. Een tijdelijke plaatsing op het OPDC De
        Overstap is mogelijk voor maximaal een jaar; daarna keert de leerling terug naar Het Baken of
        stroomt door naar een andere school."""),
        H1("5 Lwoo, pro en vso"),
        P("""Leerlingen die in groep 8 een advies voor lwoo krijgen, worden door onze afdeling toelating
        aangemeld bij het samenwerkingsverband, dat beslist over de aanwijzing. Als een leerling beter op
        zijn plek is in het praktijkonderwijs of het voortgezet speciaal onderwijs, vraagt de school, na
        overleg met ouders, een toelaatbaarheidsverklaring aan bij het samenwerkingsverband. De
        procedure en de criteria daarvoor staan in het ondersteuningsplan van het samenwerkingsverband.
        De ondersteuningscoördinator begeleidt ouders bij de overstap en zorgt voor een warme
        overdracht."""),
        H1("6 Ouders"),
        P("""Ouders zijn onze belangrijkste partner. De mentor neemt in de eerste schoolweken contact op
        met alle ouders en voert drie keer per jaar een driehoeksgesprek met leerling en ouders. Ouders
        worden betrokken bij het opstellen en evalueren van het OPP en tekenen voor akkoord op het
        handelingsdeel. Met vragen over de ondersteuning kunnen ouders terecht bij de mentor of de
        ondersteuningscoördinator. Ouders die het niet eens zijn met een beslissing van de school,
        kunnen gebruikmaken van de klachtenregeling van de stichting of contact opnemen met het Ouder-
        en Jeugdsteunpunt van het samenwerkingsverband."""),
        H1("7 Budget en formatie"),
        P("""Het Baken ontvangt van het samenwerkingsverband een schoolbudget voor ondersteuning
        (2024: € 173.000) en de lwoo-middelen. De school zet deze middelen als volgt in:"""),
        TAB(["Inzet", "Fte / bedrag"],
            ["Ondersteuningscoördinator", "1,0 fte"],
            ["Orthopedagoog", "0,6 fte"],
            ["Leerlingbegeleiders", "1,4 fte"],
            ["Baken-huiskamer", "€ 38.000"],
            ["Trainingen faalangst en examenvrees", "€ 9.500"],
            ["Lwoo: kleinere klassen in leerjaar 1 en 2", "4,2 fte"]),
        H1("8 Jaarplanning"),
        TAB(["Maand", "Activiteit"],
            ["September", "Kennismakingsgesprekken mentoren; OPP's bijgesteld"],
            ["November", "Eerste evaluatie OPP's; ZAT"],
            ["Februari", "Aanmeldingen nieuwe brugklassers; lwoo-aanvragen"],
            ["April", "Tweede evaluatie OPP's"],
            ["Juni", "Evaluatie ondersteuningsplan door schoolleiding en MR"]),
        P("""Dit plan is besproken met de medezeggenschapsraad op 2 oktober 2024 en wordt geplaatst op de
        website van de school."""),
    ]


# ---------------------------------------------------------------------------
# Labels
# ---------------------------------------------------------------------------

CORE = ["basisondersteuning.niveau", "basisondersteuning.inhoud", "plaatsing.procedure", "plaatsing.criteria",
        "terugstroom.procedure", "terugstroom.beleid", "financien.verdeling", "financien.besteding",
        "dekkend-aanbod.continuum", "dekkend-aanbod.lacunes", "resultaten.doelen", "resultaten.monitoring",
        "ouders.informatie", "ouders.steunpunt"]
ELEMENTS = ["basisondersteuning", "plaatsing", "terugstroom", "financien", "dekkend-aanbod", "resultaten", "ouders"]


def status(crit, el, adv):
    vals = [v for k, v in crit.items() if k.startswith(el + ".")]
    if all(vals):
        return "present"
    if any(vals) or adv.get(el):
        return "partial"
    return "missing"


def label_text(documents, sector, false_crit, adv, notes):
    crit = {k: k not in false_crit for k in CORE}
    els = {e: status(crit, e, adv) for e in ELEMENTS}
    q = lambda s: '"' + s.replace('"', "'") + '"'
    lines = [f"documents: [{', '.join(documents)}]", f"sector: {sector}", "looks_like_plan: true",
             "elements: {" + ", ".join(f"{e}: {els[e]}" for e in ELEMENTS) + "}", "criteria:"]
    lines += [f"  {k}: {'true' if crit[k] else 'false'}" for k in CORE]
    lines.append("advisory_addressed:")
    lines += [f"  {e}: [{', '.join(adv.get(e, []))}]" for e in ELEMENTS]
    lines.append("notes:")
    lines += [f"  {e}: {q(notes[e])}" for e in ELEMENTS]
    return "\n".join(lines) + "\n", els


LABELS = {
    "vo-lingemonde-op-2024-2028": dict(
        documents=["vo-lingemonde-op-2024-2028.docx"], sector="vo",
        false=["terugstroom.beleid", "resultaten.monitoring", "ouders.informatie", "ouders.steunpunt"],
        adv={"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
             "financien": ["reserves", "verantwoording"], "dekkend-aanbod": ["ketenpartners"],
             "resultaten": ["meetbaar"]},
        notes={"basisondersteuning": "4.1 defines the ondergrens for all 31 vestigingen and lists concrete voorzieningen; kwaliteitskaart = borging",
               "plaatsing": "ch.5 'Toewijzing en toelaatbaarheid': Lingeloket steps, criteria table, lwoo/pro criteria, LBT bezwaar",
               "terugstroom": "only procedure, hidden in 5.5 'Afloop van de TLV' inside the TLV chapter; beleid explicitly deferred to a later notitie",
               "financien": "ch.8 'Geld en middelen': vaste voet + per-leerling verdeling, meerjarenbegroting table, reserve afbouw, bestedingsverslag",
               "dekkend-aanbod": "4.2/4.3 three-level continuum with OPDC/rebound/vso; ch.6 witte-vlekken analyse, thuiszitterstafel, doorzettingsmacht",
               "resultaten": "ch.7 ambities table with targets; monitoring deferred to a kwaliteitskader 'in de loop van 2025'",
               "ouders": "everything referred to absent 'Bijlage 6 Ouderparagraaf'; OJSP/onderwijsconsulent only in begrippenlijst; OPR text names no parents; TLV bezwaar in 5.4 counted under plaatsing only"}),
    "vo-dezandrug-op-2025-2029": dict(
        documents=["vo-dezandrug-op-2025-2029.docx"], sector="vo",
        false=["basisondersteuning.inhoud", "plaatsing.criteria", "terugstroom.procedure", "terugstroom.beleid",
               "dekkend-aanbod.lacunes"],
        adv={"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "bezwaar"],
             "financien": ["reserves"], "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"],
             "ouders": ["betrokkenheid"]},
        notes={"basisondersteuning": "ch.4 Zandrugprofiel = ondergrens for all 6 vestigingen, but content only in bijlage 2, which is an empty placeholder",
               "plaatsing": "ch.6 procedure only in a step table (Adviesteam, deskundigen, 6 weken, LBT); toetsingskaders deferred to 2025-2026 addendum",
               "terugstroom": "nothing in body; 'Terugplaatsing' only in begrippenlijst; 'Terugblik' and PO-VO doorstroom are near-misses",
               "financien": "ch.8 'Financieel kader': schoolmodel verdeling (EUR 187 p.l.) and begroting table; reserve afbouw",
               "dekkend-aanbod": "ch.5 continuum (Zandrugprofiel, maatwerkarrangement, Time-in, OPDC, vso) + jeugdhulp afspraken; gap analysis/thuiszitters deferred to 2026 monitor",
               "resultaten": "ch.7 'Terugblik en koers': koersdoelen table with streefwaarden, ondersteuningsmonitor twice a year, jaarverslag",
               "ouders": "ch.9 'Communicatie': website, folder in 4 languages, info-avond; OJSP Noord-Veluwe, Onderwijsconsulenten, GPO"}),
    "po-maasenheuvel-op-2024-2028": dict(
        documents=["po-maasenheuvel-op-2024-2028.pdf"], sector="po",
        false=["financien.besteding", "resultaten.doelen", "resultaten.monitoring", "ouders.steunpunt"],
        adv={"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
             "dekkend-aanbod": ["ketenpartners"], "ouders": ["betrokkenheid"]},
        notes={"basisondersteuning": "ch.4 'Wat elke school biedt': ondergrens for all 42 schools, content only in a table; consulent toetst jaarlijks",
               "plaatsing": "ch.6: CvT procedure, two deskundigen, sbo and so criteria, duur/categorie, bezwaar LBT",
               "terugstroom": "6.4 inside the TLV chapter: uitgangspunt thuisnabij + conditions, evaluatiegesprek in last TLV year, terugkeerarrangement 20 weken AB",
               "financien": "ch.9 'Geld en middelen': per-leerling verdeling EUR 118 and arrangement cap; meerjarenbegroting table is all p.m.",
               "dekkend-aanbod": "ch.5 continuum incl. observatieklas/plusklas/sbo/so, OZA; ch.7 'Geen kind thuis' quarterly overview, casusoverleg, doorzettingsmacht",
               "resultaten": "ch.8 'Kwaliteit en resultaten' only defers ('wordt aangevuld'); beoogde resultaten/monitoring only in begrippenlijst",
               "ouders": "ch.10: website SOPs, Wegwijzer brochure, spreekuur = informatie; steunpunt only via 'ouderpagina van onze website' and begrippenlijst; TLV bezwaar in 6.3 counted under plaatsing only"}),
    "vo-veluwerand-op-2025-2029": dict(
        documents=["vo-veluwerand-op-2025-2029.pdf"], sector="vo",
        false=["basisondersteuning.niveau", "basisondersteuning.inhoud", "financien.verdeling", "financien.besteding",
               "resultaten.doelen"],
        adv={"plaatsing": ["deskundigen", "duur-categorie", "bezwaar"], "terugstroom": ["monitoring"],
             "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"],
             "ouders": ["betrokkenheid"]},
        notes={"basisondersteuning": "ch.4 only defers to the 'Basis op orde' traject (voorjaar 2026); definition with examples only in begrippenlijst",
               "plaatsing": "ch.6: Ondersteuningsloket, criteria (a)-(c), own lwoo criteria (opting out), pro, duur, bezwaar",
               "terugstroom": "ch.7 'Terug naar het regulier': conditions + terugkeercoach (beleid) and perspectiefgesprek/aanmelding steps; 14 terugplaatsingen",
               "financien": "ch.10 refers everything to a separately adopted 'Financieel Kader' on the website; no amounts or model in the plan",
               "dekkend-aanbod": "ch.5 five-trede continuum; ch.8 meldpunt thuiszitters, yearly gap analysis, new group in 2024",
               "resultaten": "ch.9 Veluwerandmonitor half-yearly + kengetallen table (monitoring); ambities deferred to koersdag november 2025",
               "ouders": "ch.11: website, ouderfolder, ouderavond; Ouderpunt Veluwerand (OJSP), Onderwijsconsulenten"}),
    "vo-deltastedenband-op-2024-2028": dict(
        documents=["vo-deltastedenband-op-2024-2028.html"], sector="vo",
        false=["plaatsing.procedure", "plaatsing.criteria", "terugstroom.procedure", "financien.verdeling",
               "dekkend-aanbod.continuum", "dekkend-aanbod.lacunes", "ouders.informatie"],
        adv={"basisondersteuning": ["borging"], "terugstroom": ["monitoring"], "financien": ["reserves"],
             "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
        notes={"basisondersteuning": "Deltastandaard: minimum for all 38 vestigingen, content only in a table; biennial audit",
               "plaatsing": "section 'Toewijzing en toelaatbaarheid' only refers to the Handboek Toewijzing on the website; nothing addressed",
               "terugstroom": "'Terugkeer uit het vso' gives policy (aim, conditions, terugkeercoach); stappenplan deferred to 2025",
               "financien": "'Financiën': besteding table 2024-2027 with amounts, weerstandsvermogen; verdeelmodel 'volgt (p.m.)'",
               "dekkend-aanbod": "only slogan 'werken aan een dekkend netwerk' in koers and begrippen; OOGO section is a date only; no thuiszitters text",
               "resultaten": "'Ambities en resultaten': table with nulmeting, streefwaarde and how measured; yearly resultatenrapportage",
               "ouders": "Ouder- en Jeugdsteunpunt Delta, Onderwijsconsulenten, GPO; informing parents deferred to 2025 communicatieplan; OPR parent members"}),
}


def main():
    plans = {
        "vo-lingemonde-op-2024-2028": (plan1, "docx", C1),
        "vo-dezandrug-op-2025-2029": (plan2, "docx", C2),
        "po-maasenheuvel-op-2024-2028": (plan3, "pdf", C3),
        "vo-veluwerand-op-2025-2029": (plan4, "pdf", C4),
        "vo-deltastedenband-op-2024-2028": (plan5, "html", C5),
    }
    OUT.mkdir(parents=True, exist_ok=True)
    for stem, (fn, fmt, c) in plans.items():
        blocks = fn()
        header = f"{c['naam']} - Ondersteuningsplan {c['periode']}"
        path = OUT / f"{stem}.{fmt}"
        if fmt == "docx":
            write_docx(blocks, path, header)
        elif fmt == "pdf":
            write_pdf(blocks, path, header)
        else:
            write_html(blocks, path, header)
        lab = LABELS[stem]
        text, _ = label_text(lab["documents"], lab["sector"], set(lab["false"]), lab["adv"], lab["notes"])
        (OUT / f"{stem}.expected.yaml").write_text(text, encoding="utf-8")
    nm = "baken-college-schoolondersteuningsplan-2024-2025"
    write_md(nearmiss(), OUT / f"{nm}.md")
    (OUT / f"{nm}.expected.yaml").write_text(
        f"documents: [{nm}.md]\nsector: vo\nlooks_like_plan: false\nelements: {{}}\ncriteria: {{}}\n"
        "advisory_addressed: {}\nnotes:\n"
        '  document: "school-level ondersteuningsplan of one VO school (Het Baken College), part of the '
        "schoolgids: zorgstructuur in lijnen, ZAT, own budget; it refers to the SWV's plan and procedures "
        'instead of being the samenwerkingsverband plan (no OPR, OOGO, verdeling over besturen)"\n',
        encoding="utf-8")


if __name__ == "__main__":
    main()
