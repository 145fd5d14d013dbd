#!/usr/bin/env python3
"""Generate holdout set 317: five fictional ondersteuningsplannen (PO/VO) and one near-miss document.

Deterministic, no network. Writes into the parent folder of this script's folder.
PDFs are rendered from a temporary .docx with LibreOffice (soffice --headless).
"""
import datetime
import os
import shutil
import subprocess
import tempfile
import zipfile
from pathlib import Path

import docx
from docx.shared import Pt

OUT = Path(__file__).resolve().parent.parent

# ---------------------------------------------------------------- block model
def H(level, text):
    return ("h", level, text)


def P(text):
    return ("p", " ".join(text.split()))


def L(*items):
    return ("l", [" ".join(i.split()) for i in items])


def T(*rows):
    return ("t", [list(r) for r in rows])


def TITLE(*lines):
    return ("title", list(lines))


def PB():
    return ("pb",)


def write_docx(blocks, path, header=None, footer=None):
    d = docx.Document()
    d.core_properties.created = datetime.datetime(2025, 3, 1, 9, 0, 0)
    d.core_properties.modified = datetime.datetime(2025, 3, 1, 9, 0, 0)
    d.core_properties.author = "Bureau samenwerkingsverband"
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    sec = d.sections[0]
    if header:
        sec.header.paragraphs[0].text = header
    if footer:
        sec.footer.paragraphs[0].text = footer
    for b in blocks:
        kind = b[0]
        if kind == "h":
            d.add_heading(b[2], level=b[1])
        elif kind == "p":
            d.add_paragraph(b[1])
        elif kind == "l":
            for it in b[1]:
                d.add_paragraph(it, style="List Bullet")
        elif kind == "t":
            rows = b[1]
            tab = d.add_table(rows=len(rows), cols=len(rows[0]))
            tab.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    tab.cell(i, j).text = c
            d.add_paragraph("")
        elif kind == "title":
            for i, line in enumerate(b[1]):
                para = d.add_paragraph()
                run = para.add_run(line)
                run.bold = i == 0
                run.font.size = Pt(22 if i == 0 else 13)
        elif kind == "pb":
            d.add_page_break()
    d.save(str(path))
    _fix_zip_times(path)


def _fix_zip_times(path):
    """Rewrite the .docx zip with fixed entry timestamps so output is byte-stable."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            info = zipfile.ZipInfo(name, date_time=(2025, 3, 1, 9, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)


def write_md(blocks, path):
    out = []
    for b in blocks:
        kind = b[0]
        if kind == "h":
            out.append("#" * b[1] + " " + b[2])
        elif kind == "p":
            out.append(b[1])
        elif kind == "l":
            out.append("\n".join("- " + i for i in b[1]))
        elif kind == "t":
            rows = b[1]
            lines = ["| " + " | ".join(rows[0]) + " |", "|" + "---|" * len(rows[0])]
            lines += ["| " + " | ".join(r) + " |" for r in rows[1:]]
            out.append("\n".join(lines))
        elif kind == "title":
            out.append("\n".join(("**%s**" % x) if i == 0 else x for i, x in enumerate(b[1])))
        elif kind == "pb":
            out.append("---")
    path.write_text("\n\n".join(out) + "\n", encoding="utf-8")


def docx_to_pdf(blocks, pdf_path, header=None, footer=None):
    tmp = Path(tempfile.mkdtemp(prefix="holdout317_gen_"))
    try:
        src = tmp / (pdf_path.stem + ".docx")
        write_docx(blocks, src, header=header, footer=footer)
        profile = tmp / "lo_profile"
        subprocess.run(
            ["soffice", "-env:UserInstallation=file://" + str(profile), "--headless",
             "--convert-to", "pdf", "--outdir", str(tmp), str(src)],
            check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
        shutil.move(str(tmp / (pdf_path.stem + ".pdf")), str(pdf_path))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def words(blocks):
    n = 0
    for b in blocks:
        if b[0] == "p":
            n += len(b[1].split())
        elif b[0] in ("l",):
            n += sum(len(i.split()) for i in b[1])
        elif b[0] == "t":
            n += sum(len(c.split()) for r in b[1] for c in r)
        elif b[0] == "h":
            n += len(b[2].split())
        elif b[0] == "title":
            n += sum(len(x.split()) for x in b[1])
    return n


# ---------------------------------------------------------------- shared filler
# The filler below is written so that it addresses none of the 14 core criteria
# (passing mentions only). Element content is written per plan.

def voorwoord(c):
    return [
        H(1, "Voorwoord"),
        P(f"""Voor u ligt het ondersteuningsplan {c['periode']} van {c['naam']}. Het is het resultaat van
        een lang en zorgvuldig traject waarin schoolbesturen, directeuren, intern begeleiders, leerkrachten,
        ouders en onze partners in {c['regio']} met elkaar in gesprek zijn gegaan over de vraag wat passend
        onderwijs in onze regio betekent. Wij zijn iedereen die heeft meegedacht, meegeschreven en kritisch
        heeft meegelezen zeer erkentelijk."""),
        P(f"""De afgelopen planperiode stond in het teken van bouwen. We hebben de organisatie verstevigd,
        we hebben geïnvesteerd in de relatie met de scholen en we hebben geleerd dat passend onderwijs vooral
        mensenwerk is. Geen plan, geen regeling en geen budget vervangt het gesprek tussen een leerkracht en
        een ouder over wat een kind nodig heeft. Tegelijk weten we dat goede bedoelingen niet genoeg zijn:
        ouders, scholen en de Inspectie mogen van ons verwachten dat we helder zijn over wat we doen, met
        welke middelen en met welke resultaten."""),
        P(f"""Dit plan is daarom compacter en tegelijk scherper dan zijn voorganger. Het beschrijft waar we
        voor staan, wat we de komende vier jaar willen bereiken en hoe we dat organiseren. Het plan is
        besproken met de ondersteuningsplanraad, die op {c['opr_datum']} heeft ingestemd, en met de
        gemeenten in ons gebied. Wij hopen dat het plan een levend document wordt dat op de scholen en aan
        de keukentafel bij ouders zijn weg vindt."""),
        P(f"""{c['bestuurder']}<br>directeur-bestuurder {c['kort']}""".replace("<br>", ", ")),
    ]


def inleiding_wettelijk(c, sector="po"):
    items = [
        "hoe het samenwerkingsverband zorgt voor een samenhangend geheel van ondersteuningsvoorzieningen binnen en tussen de scholen, inclusief de basisondersteuning;",
        "de procedure en criteria voor de verdeling, besteding en toewijzing van ondersteuningsmiddelen, mede in het licht van een meerjarenbegroting;",
        ("de procedure en criteria voor toelaatbaarheid tot het speciaal basisonderwijs en het speciaal onderwijs;" if sector == "po"
         else "de procedure en criteria voor toelaatbaarheid tot het voortgezet speciaal onderwijs, het leerwegondersteunend onderwijs en het praktijkonderwijs;"),
        "de procedure en het beleid voor terugplaatsing of overplaatsing van leerlingen van wie de toelaatbaarheidsverklaring afloopt;",
        "de beoogde en bereikte resultaten van het onderwijs aan leerlingen die extra ondersteuning nodig hebben;",
        "de wijze waarop ouders worden geïnformeerd over de ondersteuningsvoorzieningen en over onafhankelijke ondersteuningsmogelijkheden.",
    ]
    art = "artikel 18a, achtste lid, van de Wet op het primair onderwijs" if sector == "po" else "artikel 17a, achtste lid, van de Wet op het voortgezet onderwijs (thans de artikelen 2.47 en verder WVO 2020)"
    return [
        H(1, "Inleiding en wettelijk kader"),
        P(f"""Sinds 1 augustus 2014 hebben schoolbesturen zorgplicht en werken zij samen in regionale
        samenwerkingsverbanden. {c['naam']} (registratienummer {c['code']}) is een stichting waarin
        {c['besturen']} schoolbesturen samenwerken. Elk samenwerkingsverband stelt ten minste eens in de vier
        jaar een ondersteuningsplan vast. Volgens {art} bevat het plan in elk geval:"""),
        L(*items),
        P("""Deze opsomming is bedoeld als leeswijzer voor de lezer die wil nagaan waar in dit plan de
        wettelijke onderdelen aan bod komen. De inhoud zelf staat in de hoofdstukken die volgen. Waar wij
        verwijzen naar onderliggende regelingen, zijn die door het bestuur vastgesteld en met de
        ondersteuningsplanraad besproken."""),
        P(f"""Het plan is geschreven voor verschillende lezers: voor schoolbesturen en directeuren die er
        het kader in vinden voor hun eigen beleid, voor intern begeleiders en leerkrachten die willen weten
        welke ondersteuning zij kunnen inroepen, voor de gemeenten {c['gemeenten']}, voor de Inspectie van
        het Onderwijs en niet in de laatste plaats voor ouders. Omdat een ondersteuningsplan onvermijdelijk
        veel vaktaal bevat, is achterin een begrippenlijst opgenomen."""),
    ]


def missie_visie(c, ambities=True):
    out = [
        H(1, "Missie, visie en ambities"),
        P(f"""Onze missie is kort: ieder kind in {c['regio']} krijgt het onderwijs en de ondersteuning die
        het nodig heeft om zich te ontwikkelen, zo dicht mogelijk bij huis en zo gewoon als het kan. Dat
        uitgangspunt delen alle aangesloten besturen. Het vraagt van scholen dat zij zich samen
        verantwoordelijk voelen voor alle kinderen in de regio en niet alleen voor de kinderen die al bij hen
        zijn ingeschreven."""),
        P("""Onze visie rust op drie pijlers. De eerste pijler is nabijheid: ondersteuning wordt zo veel
        mogelijk in de eigen groep en op de eigen school geboden, door de eigen leerkracht, met hulp van
        collega's en specialisten die dichtbij beschikbaar zijn. De tweede pijler is vertrouwen: wij gaan
        ervan uit dat professionals in de school het beste weten wat een kind nodig heeft, en wij richten
        onze procedures zo in dat zij daar niet onnodig door worden gehinderd. De derde pijler is
        gezamenlijkheid: besturen, scholen, ouders en ketenpartners werken vanuit één gedeeld beeld van het
        kind en vermijden dat verantwoordelijkheden over de schutting worden gegooid."""),
    ]
    if ambities:
        out.append(P("""Uit deze pijlers volgen onze ambities voor de planperiode. We willen dat leerkrachten zich
        toegerust voelen voor verschillen in hun groep. We willen dat de weg naar extra ondersteuning
        eenvoudig en voorspelbaar is. We willen dat geld zo dicht mogelijk bij het kind terechtkomt. En we
        willen dat ouders zich gehoord voelen. Deze ambities zijn richtinggevend; in de hoofdstukken hierna
        beschrijven we wat ze in de praktijk betekenen."""))
    out.append(P("""Passend onderwijs is geen project met een einddatum, maar een manier van werken. Daarom
        spreken we in dit plan liever over ontwikkelrichtingen dan over eindtermen. Tegelijk beseffen we dat
        een plan zonder concrete afspraken weinig houvast biedt, en we hebben ons best gedaan om waar het
        kan concreet te zijn."""))
    return out


def governance(c, opr_ouders=True):
    out = [
        H(1, "Organisatie en governance"),
        P(f"""{c['naam']} is een stichting. Het bestuur van de stichting wordt gevormd door een
        directeur-bestuurder; het intern toezicht is belegd bij een Raad van Toezicht waarin
        vertegenwoordigers van de aangesloten schoolbesturen en twee onafhankelijke leden zitting hebben. De
        scheiding tussen bestuur en toezicht is vastgelegd in de statuten en in het toezichtskader. De Raad
        van Toezicht vergadert ten minste vijf keer per jaar, keurt de begroting en het jaarverslag goed en
        is werkgever van de directeur-bestuurder."""),
        P("""De directeur-bestuurder wordt ondersteund door een klein bureau. Het bureau voert de
        secretariële, financiële en beleidsmatige taken uit, ondersteunt de commissies en onderhoudt de
        contacten met de scholen, de gemeenten en de Inspectie. De bedrijfsvoering (salarisadministratie,
        financiële administratie en ICT-beheer) is ondergebracht bij een administratiekantoor."""),
        P("""Naast de formele organen kent het verband een directeurenoverleg per subregio en een netwerk
        van intern begeleiders. Deze netwerken hebben geen besluitvormende rol, maar zijn essentieel voor het
        uitwisselen van kennis en voor het signaleren van knelpunten. Het directeurenoverleg komt zes keer per
        jaar bijeen; het IB-netwerk vier keer per jaar, waarvan één keer als regionale studiedag."""),
        H(2, "Medezeggenschap"),
    ]
    if opr_ouders:
        out.append(P("""Het samenwerkingsverband heeft een ondersteuningsplanraad (OPR). De leden worden
        afgevaardigd door de medezeggenschapsraden van de aangesloten scholen; de helft van de leden is
        ouder, de andere helft personeelslid. De OPR heeft instemmingsrecht op het ondersteuningsplan en op
        wijzigingen daarvan. Ouders in de OPR brengen het perspectief van gezinnen in: zij vragen door op
        begrijpelijkheid en toegankelijkheid en houden het bestuur scherp op de vraag wat beleid betekent
        voor het individuele kind. De OPR vergadert vijf keer per jaar en ontvangt ondersteuning van een
        externe adviseur."""))
    else:
        out.append(P("""Het samenwerkingsverband heeft een ondersteuningsplanraad (OPR) met instemmingsrecht
        op het ondersteuningsplan. Daarnaast is er een medezeggenschapsraad voor het personeel van het
        bureau. Het reglement van de OPR is in 2024 geactualiseerd; de OPR vergadert vier keer per jaar en
        kan zich laten bijstaan door een externe adviseur. De jaarplanning van de OPR sluit aan op de
        planning- en controlcyclus van het verband."""))
    return out


def personeel(c, cao="primair onderwijs"):
    return [
        H(1, "Personeel en professionalisering"),
        P(f"""Het bureau van het samenwerkingsverband is bewust klein gehouden. De formatie bestaat uit de
        directeur-bestuurder, een beleidsmedewerker, een secretaresse, een controller (ingehuurd) en een team
        van orthopedagogen en onderwijsadviseurs. Medewerkers zijn in dienst van de stichting of worden
        gedetacheerd vanuit een van de aangesloten besturen. Voor het personeel geldt de cao {cao}."""),
        P("""Wij vinden het belangrijk dat onze medewerkers zich blijven ontwikkelen. Iedere medewerker
        voert jaarlijks een ontwikkelgesprek en heeft een persoonlijk scholingsbudget. Daarnaast organiseert
        het verband twee keer per jaar een studiemiddag voor het eigen team, waarin casuïstiek en
        actuele ontwikkelingen centraal staan. De orthopedagogen zijn geregistreerd in het BIG-register of
        bij het NIP/NVO en nemen deel aan intervisie."""),
        P("""Het lerarentekort raakt ook passend onderwijs. Scholen geven aan dat het steeds moeilijker is om
        intern begeleiders en specialisten te werven. In het directeurenoverleg verkennen we hoe we
        schaarse expertise beter kunnen delen, bijvoorbeeld door gezamenlijke aanstellingen of door een
        regionale pool. Deze verkenning heeft nog geen concrete uitkomst; wij informeren de OPR over de
        voortgang."""),
    ]


def privacy_ict(c):
    return [
        H(1, "Privacy, ICT en gegevensverwerking"),
        P("""Bij aanvragen voor ondersteuning en toelaatbaarheid verwerkt het samenwerkingsverband
        gevoelige persoonsgegevens. Het verband heeft een functionaris gegevensbescherming aangesteld en
        beschikt over een privacyreglement, een verwerkingsregister en een protocol datalekken. Gegevens
        worden niet langer bewaard dan nodig; voor gegevens die nodig zijn voor een toelaatbaarheidsbesluit
        geldt de wettelijke bewaartermijn."""),
        P("""Aanvragen worden digitaal ingediend via een beveiligde omgeving. Medewerkers van het bureau
        hebben alleen toegang tot de dossiers waarvoor zij een taak hebben. Het administratiekantoor voert
        jaarlijks een controle uit op de toegangsrechten. In de planperiode onderzoeken we of we kunnen
        overstappen op een ander digitaal platform; de huidige leverancier stopt in 2028 met de
        ondersteuning van het pakket."""),
        P("""Scholen blijven zelf verantwoordelijk voor de gegevens die zij in hun eigen
        leerlingadministratie vastleggen. Het verband stelt een modelformulier beschikbaar waarmee scholen
        toestemming van ouders kunnen vastleggen wanneer zij een externe deskundige willen consulteren."""),
    ]


def planning(c, rows):
    return [
        H(1, "Planning en jaarcyclus"),
        P("""Het ondersteuningsplan is het kader voor vier jaar. Elk jaar vertalen we het plan naar een
        jaarplan met een bijbehorende begroting. Het jaarplan wordt in het voorjaar besproken met het
        directeurenoverleg en de OPR, en in het najaar vastgesteld. Het jaarverslag verschijnt vóór
        1 juli. Onderstaande tabel geeft de belangrijkste
        mijlpalen van de planperiode."""),
        T(["Periode", "Activiteit"], *rows),
        P("""De planning is indicatief. Wanneer wet- en regelgeving wijzigt, bijvoorbeeld door de invoering
        van een landelijke norm voor basisondersteuning of door nieuwe regels voor ouder- en
        jeugdsteunpunten, passen wij de planning aan en leggen wij een wijziging van het plan voor aan de
        OPR."""),
    ]


def vaststelling(c):
    return [
        H(1, "Totstandkoming en vaststelling"),
        P(f"""Het concept van dit plan is in het najaar van 2024 opgesteld door een schrijfgroep van
        directeuren, intern begeleiders en medewerkers van het bureau. Op {c['oogo_datum']} is het concept
        besproken in het op overeenstemming gericht overleg (OOGO) met de wethouders onderwijs en jeugd van
        de gemeenten {c['gemeenten']}. Het verslag van dit overleg is bij het bureau op te vragen. De OPR heeft
        op {c['opr_datum']} ingestemd. Het bestuur heeft het plan vastgesteld op {c['vast_datum']}, waarna
        het vóór 1 mei 2026 aan de Inspectie van het Onderwijs is toegezonden."""),
    ]


def leeswijzer(c):
    return [
        H(2, "Leeswijzer"),
        P(f"""Dit plan begint met onze missie en visie en een korte schets van de regio. Daarna volgen de
        hoofdstukken over de ondersteuning zelf: wat scholen bieden, hoe extra ondersteuning en
        toelaatbaarheid zijn geregeld, hoe wij omgaan met terugplaatsing, hoe wij middelen verdelen en
        besteden, welke resultaten wij nastreven en hoe ouders bij dit alles betrokken zijn. De laatste
        hoofdstukken gaan over organisatie, personeel, planning en de totstandkoming van het plan. Wie snel
        wil weten wat {c['kort']} voor een individuele leerling betekent, kan het beste beginnen bij de
        hoofdstukken over ondersteuning. Wie vooral geïnteresseerd is in geld en governance, vindt die
        onderwerpen in de tweede helft van het plan. Waar in de tekst 'school' staat, wordt steeds iedere
        vestiging van een aangesloten school bedoeld; waar 'ouders' staat, worden ook verzorgers en voogden
        bedoeld."""),
    ]


def kennisdeling(c):
    return [
        H(1, "Kennisdeling en deskundigheidsbevordering"),
        P("""Kennis over passend onderwijs zit vooral in de hoofden van mensen op de scholen. Het
        samenwerkingsverband ziet het als zijn taak die kennis te laten stromen. Dat doen wij op drie
        manieren. In de eerste plaats via netwerken: het netwerk van intern begeleiders of
        ondersteuningscoördinatoren, het netwerk gedragsspecialisten en het netwerk taal komen elk een aantal
        keer per jaar bijeen rond een thema dat de deelnemers zelf kiezen. In de tweede plaats via een
        jaarlijkse regionale studiedag, waarvoor wij sprekers uit het land uitnodigen en waar scholen elkaar
        voorbeelden laten zien. In de derde plaats via leernetwerken van enkele scholen die gedurende een
        schooljaar samen aan een vraagstuk werken, bijvoorbeeld over executieve functies of over het
        gesprek met ouders."""),
        P("""De netwerken worden voorbereid door een kerngroep van deelnemers. Deelname is vrijwillig, maar de ervaring leert dat vrijwel alle scholen aan ten minste één netwerk
        deelnemen. De netwerken worden ondersteund door een medewerker van het bureau, die ook zorgt dat
        opbrengsten worden gedeeld via de nieuwsbrief en het digitale kennisplatform voor professionals."""),
        P("""In de planperiode willen wij meer aandacht geven aan startende leerkrachten en aan
        zij-instromers. Zij hebben vaak weinig ervaring met verschillen in de klas. Samen met de
        opleidingsscholen in de regio verkennen wij of een gezamenlijke module 'omgaan met verschillen' kan
        worden aangeboden. Over de uitkomst van die verkenning rapporteren wij in het jaarplan."""),
    ]


def samenwerking_swv(c, ander="het samenwerkingsverband voortgezet onderwijs"):
    return [
        H(1, "Samenwerking met " + ander),
        P(f"""Ons gebied overlapt met dat van {ander}. Het wettelijk verplichte overleg over het
        ondersteuningsplan heeft plaatsgevonden in januari 2026. Daarnaast werken de directeuren van beide
        verbanden samen in een kwartaaloverleg. Gezamenlijke thema's zijn de overdracht van gegevens bij de
        overstap, de planning van de aanmeldingsperiode en de afstemming van informatieavonden voor scholen.
        De overdracht verloopt digitaal via het landelijke overstapservicesysteem (OSO)."""),
        P("""Beide verbanden hebben afgesproken dat zij elkaar tijdig informeren over wijzigingen in
        regelingen die gevolgen hebben voor de andere partij. Ook wisselen zij jaarlijks kengetallen uit over
        de overstap, zodat zij ontwikkelingen vroeg kunnen zien. In de planperiode onderzoeken zij of een
        gezamenlijke studiedag voor groep-8-leerkrachten en mentoren van de brugklas kan bijdragen aan een
        betere aansluiting."""),
    ]


def begrippen(extra=()):
    rows = [
        ["Begrip", "Omschrijving"],
        ["Arrangement", "Afgesproken pakket van extra ondersteuning voor een leerling of groep, met doel, duur en inzet."],
        ["Basisondersteuning", "Het door het samenwerkingsverband afgesproken niveau van ondersteuning dat alle scholen bieden."],
        ["Bekostigingscategorie", "Categorie laag, midden of hoog die bepaalt welke bekostiging een so-school ontvangt."],
        ["Dekkend aanbod", "Het geheel van voorzieningen waardoor voor elke leerling een passende plek beschikbaar is."],
        ["Meerjarenbegroting", "Begroting voor meerdere jaren waarin de inzet van ondersteuningsmiddelen is opgenomen."],
        ["OJSP", "Ouder- en jeugdsteunpunt: onafhankelijk informatiepunt voor ouders en jeugdigen."],
        ["OOGO", "Op overeenstemming gericht overleg tussen samenwerkingsverband en gemeenten."],
        ["OPP", "Ontwikkelingsperspectiefplan."],
        ["OPR", "Ondersteuningsplanraad."],
        ["SOP", "Schoolondersteuningsprofiel."],
        ["Terugplaatsing", "Overstap van een leerling uit het s(b)o naar het regulier onderwijs."],
        ["Thuiszitter", "Leerling die zonder geldige reden niet naar school gaat of niet ingeschreven is."],
        ["TLV", "Toelaatbaarheidsverklaring voor het sbo of so, afgegeven door het samenwerkingsverband."],
        ["Verdeelmodel", "Afspraken over de wijze waarop ondersteuningsmiddelen over scholen worden verdeeld."],
    ]
    rows += [list(r) for r in extra]
    return [H(1, "Begrippenlijst"), T(*rows)]


# ================================================================ PLAN 1 (PO, large, docx)
C1 = dict(naam="Samenwerkingsverband Passend Primair Onderwijs Maas en Linge", kort="SWV Maas en Linge",
          code="PO 30-11", besturen="veertien", regio="het Land van Maas en Linge",
          gemeenten="Maasdriel, West Betuwe, Zaltbommel en Neder-Betuwe", periode="2026-2030",
          opr_datum="11 februari 2026", oogo_datum="22 januari 2026", vast_datum="3 maart 2026",
          bestuurder="drs. M.H. (Marloes) van Grinsven")


def plan1():
    c = C1
    b = [TITLE("Ondersteuningsplan 2026-2030", c["naam"], "Registratienummer PO 30-11",
               "Samen sterk voor ieder kind: basisondersteuning, toelaatbaarheid, terugplaatsing, financiën en ouders"),
         PB(),
         H(1, "Inhoudsopgave"),
         L("1 Voorwoord", "2 Inleiding en wettelijk kader", "3 Missie, visie en ambities",
           "4 Onze regio in cijfers", "5 Ondersteuning op drie niveaus", "6 Toelaatbaarheid sbo en so",
           "7 Een dekkend netwerk", "8 Samenwerking met gemeenten en jeugdhulp", "9 Communicatie",
           "10 Kwaliteit en resultaten", "11 Financiën en meerjarenbegroting", "12 Organisatie en governance",
           "13 Personeel en professionalisering", "14 Privacy, ICT en gegevensverwerking",
           "15 Planning en jaarcyclus", "16 Totstandkoming en vaststelling", "Begrippenlijst",
           "Bijlage 5 Meerjarenbegroting 2026-2030"),
         PB()]
    b += voorwoord(c) + inleiding_wettelijk(c) + missie_visie(c)
    b += [H(1, "Onze regio in cijfers"),
          P("""Het samenwerkingsverband omvat 96 basisscholen, drie scholen voor speciaal basisonderwijs en
          vier locaties voor speciaal onderwijs van cluster 3 en 4. Op de teldatum 1 oktober 2025 telden de
          basisscholen 20.870 leerlingen. Het gebied is landelijk, met een aantal grotere kernen en veel
          kleine dorpsscholen; ruim een derde van de scholen heeft minder dan 100 leerlingen. De
          leerlingaantallen dalen licht, met uitzondering van de nieuwbouwwijken in Zaltbommel."""),
          T(["Kengetal (1 oktober)", "2023", "2024", "2025"],
            ["Leerlingen basisonderwijs", "21.340", "21.105", "20.870"],
            ["Leerlingen sbo", "402", "397", "411"],
            ["Leerlingen so (cluster 3 en 4)", "318", "326", "331"],
            ["Aantal scholen basisonderwijs", "98", "97", "96"]),
          P("""De kleine scholen stellen eigen eisen aan de organisatie van ondersteuning: een intern
          begeleider heeft er vaak maar enkele uren per week en expertise moet van buiten komen. In de grotere
          kernen zien we juist een concentratie van complexe vragen, mede door de nabijheid van
          jeugdhulpvoorzieningen."""),
          H(1, "Ondersteuning op drie niveaus"),
          P("""Ons ondersteuningsmodel kent drie niveaus: basisondersteuning op elke school, extra
          ondersteuning via arrangementen en gespecialiseerde ondersteuning in het sbo en so. De niveaus
          sluiten op elkaar aan; een leerling kan tussen de niveaus bewegen wanneer zijn
          ondersteuningsbehoefte verandert."""),
          H(2, "Niveau 1: basisondersteuning"),
          P("""Basisondersteuning is in ons verband de ondersteuning die iedere school, op iedere vestiging,
          zonder aanvraag bij het samenwerkingsverband biedt. De besturen hebben afgesproken dat geen enkele
          school onder dit niveau mag zakken: het is een gezamenlijke ondergrens, geen streefbeeld. Scholen
          mogen meer bieden, en veel scholen doen dat ook; wat zij boven de ondergrens bieden, beschrijven zij
          in hun schoolondersteuningsprofiel en schoolgids. Onderstaande tabel bevat de afspraken die voor
          alle scholen gelden."""),
          T(["Domein", "Wat ouders op elke school mogen verwachten"],
            ["Ondersteuningsstructuur", "Een intern begeleider met minimaal 8 uur per week per 200 leerlingen; twee keer per jaar een groepsbespreking en een leerlingbespreking per groep; een schoolondersteuningsteam dat minimaal vier keer per jaar bijeenkomt."],
            ["Lezen en dyslexie", "Werken volgens het Protocol Leesproblemen en Dyslexie, inclusief extra leestijd en voorleessoftware voor leerlingen met een dyslexieverklaring."],
            ["Rekenen en dyscalculie", "Werken volgens het Protocol ERWD; inzet van concreet materiaal en verlengde instructie."],
            ["Gedrag en sociaal-emotionele ontwikkeling", "Een schoolbreed programma voor sociale veiligheid (bijvoorbeeld PBS of De Vreedzame School), een anti-pestcoördinator en een gedragsprotocol."],
            ["Meer- en hoogbegaafdheid", "Signalering met een vast instrument in groep 1-2 en 5, compacten en verrijken in de eigen groep."],
            ["Taal en NT2", "Extra taalaanbod voor leerlingen met een taalachterstand, inclusief woordenschatprogramma."],
            ["Medische handelingen", "Een protocol medisch handelen en ten minste twee BHV'ers per locatie."],
            ["Werkwijze", "Handelingsgericht werken met groepsplannen of groepsoverzichten; een ontwikkelingsperspectief voor leerlingen die afwijken van de kerndoelen."]),
          P("""Deze afspraken zijn het resultaat van een traject met alle besturen in 2024-2025 en vervangen
          de oude lijst van 'standaarden' uit het vorige plan."""),
          H(2, "Niveau 2: extra ondersteuning en arrangementen"),
          P("""Wanneer de basisondersteuning voor een leerling niet toereikend is, kan de school extra
          ondersteuning inzetten. Dat gebeurt in eerste instantie met het eigen schoolbudget. Voor leerlingen
          met een complexe vraag kan de school een arrangement aanvragen bij het Ondersteuningsloket. Een
          arrangement is altijd tijdelijk en gericht op een doel dat in het OPP is vastgelegd. Voorbeelden zijn
          een taalklas voor nieuwkomers, een observatieplaats, inzet van een gedragsspecialist of een
          onderwijs-zorgarrangement samen met een jeugdhulpaanbieder."""),
          P("""Naast individuele arrangementen kent ons verband vier bovenschoolse voorzieningen: twee
          plusklassen voor meer- en hoogbegaafde leerlingen (Zaltbommel en Kesteren), de Taalschool in
          Geldermalsen en de observatiegroep 'De Overstap' bij sbo De Wegwijzer. Plaatsing in de plusklassen en
          de Taalschool loopt via het Ondersteuningsloket."""),
          H(2, "Niveau 3: gespecialiseerde ondersteuning"),
          P("""Voor een klein deel van de leerlingen is een plek in het speciaal basisonderwijs of het
          speciaal onderwijs het meest passend. Daarvoor is een toelaatbaarheidsverklaring nodig. Hoofdstuk 6
          beschrijft hoe die wordt aangevraagd en afgegeven."""),
          H(1, "Toelaatbaarheid sbo en so"),
          H(2, "Wie vraagt aan en hoe"),
          P("""Een toelaatbaarheidsverklaring (TLV) wordt aangevraagd door het bevoegd gezag van de school
          waar de leerling is ingeschreven, of, bij een leerling die nog niet is ingeschreven, door het
          bevoegd gezag van de school waar de leerling is aangemeld. De aanvraag verloopt in vier stappen:"""),
          L("""Stap 1: de school bespreekt de leerling in een multidisciplinair overleg (MDO) waaraan in elk
            geval de ouders, de intern begeleider en de onderwijsadviseur van het verband deelnemen.""",
            """Stap 2: de school dient via het digitale loket een aanvraag in met het groeidocument, het OPP,
            de evaluatie van de ingezette ondersteuning en de zienswijze van de ouders.""",
            """Stap 3: twee deskundigen brengen ieder afzonderlijk een schriftelijk advies uit: een
            orthopedagoog of psycholoog, en afhankelijk van de vraag een tweede deskundige (kinderpsychiater,
            maatschappelijk werker, arts of pedagoog). Deskundigen die betrokken waren bij de aanvraag
            adviseren niet.""",
            """Stap 4: de Commissie Toelaatbaarheid besluit namens het bestuur binnen zes weken na ontvangst
            van de volledige aanvraag. Ouders en school ontvangen het besluit en een afschrift van de adviezen."""),
          H(2, "Criteria"),
          P("""Een leerling is toelaatbaar tot het speciaal basisonderwijs wanneer (a) de school aantoonbaar
          de basisondersteuning en ten minste één periode van extra ondersteuning van minimaal zes maanden
          heeft geboden, (b) uit het OPP blijkt dat de leerling ook met een arrangement de doelen in de
          reguliere groep niet kan bereiken, en (c) de leerling is aangewezen op een kleinere groep met een
          specifiek pedagogisch-didactisch klimaat gedurende de gehele schooldag."""),
          P("""Een leerling is toelaatbaar tot het speciaal onderwijs cluster 3 of 4 wanneer daarnaast sprake
          is van een ernstige beperking of stoornis die een specialistische onderwijsomgeving vereist met
          intensieve samenwerking tussen onderwijs en zorg, en de benodigde expertise niet binnen het sbo kan
          worden geboden. De commissie kent in dat geval ook de bekostigingscategorie toe: laag voor de meeste
          leerlingen in cluster 4 en ZML, midden voor leerlingen met een lichamelijke beperking of langdurige
          ziekte, hoog voor leerlingen met een meervoudige beperking."""),
          H(2, "Duur van de TLV"),
          P("""Een TLV voor het sbo wordt afgegeven voor maximaal twee schooljaren en eindigt op 31 juli. Een
          TLV voor het so wordt afgegeven voor één tot vier schooljaren, afhankelijk van de verwachte
          ontwikkeling. Bij leerlingen met een structurele en onveranderlijke ondersteuningsbehoefte kan de
          TLV worden afgegeven tot het einde van de basisschoolperiode."""),
          H(2, "Na afloop van de TLV"),
          P("""Plaatsing in het sbo of so is in ons verband nadrukkelijk geen eindstation. Ons beleid is dat
          iedere leerling met een TLV een perspectief op terugkeer naar het reguliere basisonderwijs houdt
          wanneer dat in zijn belang is. Voorwaarde voor terugplaatsing is dat de ontvangende school de
          ondersteuning kan bieden die in het OPP staat; het verband kent de ontvangende school daarvoor een
          terugkeerarrangement toe van maximaal één schooljaar, met begeleiding door een ambulant begeleider
          van de sbo- of so-school."""),
          P("""Uiterlijk in oktober van het laatste schooljaar van de TLV evalueert de sbo- of so-school met
          de ouders en de onderwijsadviseur van het verband of de leerling kan terugkeren. De sbo- of so-school
          neemt daartoe het initiatief. Is terugkeer haalbaar, dan zoekt de school samen met de ouders vóór
          1 maart een reguliere basisschool en vindt een warme overdracht plaats. Is voortzetting nodig, dan
          vraagt de school vóór 1 april een nieuwe TLV aan. Het bestuur beslist over een
          terugkeerarrangement binnen vier weken. Tussentijdse terugplaatsing is mogelijk na elke
          OPP-evaluatie."""),
          H(2, "Bezwaar"),
          P("""Ouders en het bevoegd gezag die het niet eens zijn met een besluit over toelaatbaarheid, kunnen
          binnen zes weken bezwaar maken bij het bestuur. Het bestuur vraagt advies aan de Landelijke
          Bezwaaradviescommissie Toelaatbaarheidsverklaringen (LBT) bij Onderwijsgeschillen."""),
          H(1, "Een dekkend netwerk"),
          P("""Een dekkend netwerk betekent voor ons dat er voor iedere leerling in de regio een passende
          plek is: eerst op de reguliere school, zo nodig met extra ondersteuning, en waar nodig in het sbo, so
          of een bovenschoolse voorziening. De drie niveaus uit hoofdstuk 5 vormen samen dat netwerk; de
          scholen kennen elkaars profiel en verwijzen naar elkaar wanneer een andere school beter past."""),
          P("""Waar het netwerk niet sluit, willen we dat snel weten. Daarom houdt het Ondersteuningsloket een
          register bij van leerlingen voor wie binnen tien weken na aanmelding geen passende plek is gevonden
          en van leerlingen die langer dan vier weken thuiszitten. Deze leerlingen worden besproken aan de
          regionale Thuiszitterstafel, waaraan de leerplichtambtenaar, het wijkteam, de jeugdarts en het
          verband deelnemen. Eens per half jaar analyseert het bureau de registraties: wanneer meerdere
          leerlingen om dezelfde reden geen plek vinden, legt de directeur-bestuurder een voorstel voor een
          nieuwe voorziening of een aanpassing van een bestaande voorziening voor aan het bestuur. Op deze
          manier zijn in de afgelopen periode de observatiegroep en de tweede plusklas ontstaan. Scholen die
          hun zorgplicht niet rond krijgen, kunnen een beroep doen op de zorgplichtconsulent van het bureau."""),
          H(1, "Samenwerking met gemeenten en jeugdhulp"),
          P("""Met de vier gemeenten voeren wij twee keer per jaar bestuurlijk overleg. In de planperiode
          werken wij aan drie gezamenlijke thema's: de aansluiting tussen school en wijkteam, het
          leerlingenvervoer en het verminderen van verzuim. Elke school heeft een vaste contactpersoon in het
          wijkteam. Voor een beperkt aantal leerlingen worden onderwijs-zorgarrangementen ingezet waarin
          onderwijs en jeugdhulp samen worden gefinancierd."""),
          H(1, "Communicatie"),
          P("""Goede communicatie is een voorwaarde voor vertrouwen. Wij communiceren met scholen via een
          maandelijkse nieuwsbrief en het IB-netwerk, en met gemeenten via het bestuurlijk overleg."""),
          P("""Ouders informeren wij langs drie wegen. De website bevat per school een link naar het
          schoolondersteuningsprofiel en een uitleg van de ondersteuningsniveaus in begrijpelijke taal. Elke
          school reikt bij de intake de ouderfolder 'Wat kan mijn kind verwachten?' uit, die wij jaarlijks
          actualiseren. En twee keer per jaar organiseert het verband een informatieavond voor ouders over
          arrangementen, toelaatbaarheid en de overstap naar het voortgezet onderwijs."""),
          P("""Ouders die vastlopen of een onafhankelijk advies willen, kunnen terecht bij het Ouder- en
          Jeugdsteunpunt Rivierenland. Dit steunpunt is ondergebracht bij een onafhankelijke stichting en
          werkt los van de scholen en het verband. Het is bereikbaar per telefoon en e-mail en houdt wekelijks
          spreekuur. Daarnaast kunnen ouders kosteloos een onderwijsconsulent inschakelen, en bij geschillen
          over toelating of verwijdering de Geschillencommissie passend onderwijs."""),
          H(1, "Kwaliteit en resultaten"),
          P("""Wij willen dat ons werk zichtbaar bijdraagt aan de ontwikkeling van leerlingen. Voor de
          planperiode formuleren wij de volgende beoogde resultaten voor leerlingen die extra ondersteuning
          nodig hebben:"""),
          L("""In 2030 ontvangt 90 procent van de leerlingen met een arrangement ondersteuning op de eigen
            school of een school in de eigen kern.""",
            """In 2030 heeft ten minste 80 procent van de arrangementen de in het OPP gestelde doelen
            bereikt.""",
            """Het aantal leerlingen dat langer dan vier weken thuiszit, is in 2030 teruggebracht tot minder
            dan vijf per schooljaar.""",
            """Ten minste tien leerlingen per jaar keren vanuit het sbo of so terug naar het regulier
            onderwijs."""),
          P("""Hoe wij deze resultaten gaan volgen en waar wij erover rapporteren, leggen wij vast in een
          monitoringskader dat in het schooljaar 2026-2027 samen met de besturen wordt ontwikkeld. Tot die tijd
          is niet vastgesteld welke gegevens wij verzamelen."""),
          H(1, "Financiën en meerjarenbegroting"),
          P("""Het samenwerkingsverband ontvangt van het Rijk middelen voor lichte en zware ondersteuning. Na
          aftrek van de afdrachten aan het so en de groeibekostiging sbo resteert een budget dat het verband
          volgens een vast verdeelmodel over de scholen verdeelt."""),
          P("""Het verdeelmodel kent drie onderdelen. Ten eerste ontvangt elk schoolbestuur een schoolbudget
          van € 142 per leerling op basis van de teldatum 1 oktober van het voorgaande jaar; besturen verdelen
          dit budget zelf over hun scholen en verantwoorden de inzet in hun jaarverslag. Ten tweede is een vast
          deel van 25 procent van het beschikbare budget gereserveerd voor arrangementen die via het
          Ondersteuningsloket worden toegekend op basis van de aanvragen van scholen. Ten derde ontvangen de
          sbo-scholen een aanvullende bijdrage wanneer het aantal leerlingen op 1 februari meer dan 2 procent
          van het totaal bedraagt."""),
          P("""Waar de middelen in de planperiode per jaar precies aan worden besteed, is uitgewerkt in de
          meerjarenbegroting 2026-2030 die als bijlage 5 bij dit plan hoort. De bedragen daarin worden
          jaarlijks bijgesteld na de publicatie van de rijksbijdragen."""),
          ]
    b += governance(c, opr_ouders=True) + personeel(c) + privacy_ict(c)
    b += planning(c, [["2026-2027", "Ontwikkelen monitoringskader; evaluatie verdeelmodel"],
                      ["2027-2028", "Tussentijdse evaluatie ondersteuningsplan"],
                      ["2028-2029", "Herijking bovenschoolse voorzieningen"],
                      ["2029-2030", "Voorbereiding nieuw ondersteuningsplan"]])
    b += vaststelling(c) + begrippen()
    return b


LABEL1 = dict(
    documents=["po-maas-linge-2026.docx"], sector="po", looks_like_plan=True,
    elements=dict(basisondersteuning="present", plaatsing="present", terugstroom="present", financien="partial",
                  **{"dekkend-aanbod": "present"}, resultaten="partial", ouders="present"),
    criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
              "plaatsing.procedure": True, "plaatsing.criteria": True,
              "terugstroom.procedure": True, "terugstroom.beleid": True,
              "financien.verdeling": True, "financien.besteding": False,
              "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
              "resultaten.doelen": True, "resultaten.monitoring": False,
              "ouders.informatie": True, "ouders.steunpunt": True},
    advisory_addressed={"plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
                        "dekkend-aanbod": ["ketenpartners"], "ouders": ["betrokkenheid"],
                        "financien": ["verantwoording"], "resultaten": ["meetbaar"]},
    notes={"basisondersteuning": "H5.1 defines the ondergrens for every vestiging; content only in the domain table.",
           "plaatsing": "H6: four numbered steps, Commissie Toelaatbaarheid, criteria (a)-(c) for sbo and so, two deskundigen, duration, LBT bezwaar.",
           "terugstroom": "Hidden in H6 'Na afloop van de TLV' inside the TLV chapter: policy (perspectief, terugkeerarrangement) and procedure (October evaluation, 1 March / 1 April).",
           "financien": "H11 verdeelmodel (EUR 142 per leerling, 25% arrangementen, 2%-regeling) addressed; besteding deferred to absent bijlage 5 (only in TOC).",
           "dekkend-aanbod": "H5 three levels + bovenschoolse voorzieningen; H7 register of pupils without a place, Thuiszitterstafel, half-yearly analysis.",
           "resultaten": "H10 measurable goals, but monitoring deferred to a framework developed in 2026-2027.",
           "ouders": "Inside H9 'Communicatie': website, ouderfolder, informatieavond; Ouder- en Jeugdsteunpunt Rivierenland, onderwijsconsulenten."})


# ================================================================ PLAN 2 (PO, small, docx)
C2 = dict(naam="Stichting Samenwerkingsverband PO De Kempenkring", kort="SWV De Kempenkring",
          code="PO 31-02", besturen="vier", regio="de Kempen",
          gemeenten="Bladel, Eersel en Reusel-De Mierden", periode="2026-2030",
          opr_datum="4 februari 2026", oogo_datum="15 januari 2026", vast_datum="18 februari 2026",
          bestuurder="J. (Jeroen) Smulders")


def plan2():
    c = C2
    b = [TITLE("Ondersteuningsplan", c["naam"], "Planperiode 1 augustus 2026 - 31 juli 2030", "Versie 1.0 - vastgesteld"),
         PB(),
         H(1, "Inhoud"),
         L("1 Voorwoord", "2 Inleiding en wettelijk kader", "3 Missie, visie en ambities", "4 Ons verband in het kort",
           "5 Basisondersteuning", "6 Extra ondersteuning en toelaatbaarheid",
           "   6.1 Arrangementen", "   6.2 Toelaatbaarheid sbo en so", "   6.3 Deskundigenadvies", "   6.4 Terugplaatsing",
           "7 Het aanbod in de regio", "8 Ouders", "9 Geld en middelen", "10 Wat willen we bereiken",
           "11 Organisatie en governance", "12 Personeel en professionalisering", "13 Planning en jaarcyclus",
           "14 Totstandkoming en vaststelling", "Begrippenlijst"),
         PB()]
    b += voorwoord(c) + inleiding_wettelijk(c) + leeswijzer(c) + missie_visie(c)
    b += [H(1, "Ons verband in het kort"),
          P("""De Kempenkring is een klein samenwerkingsverband. Vier schoolbesturen met samen 23 basisscholen
          en één school voor speciaal basisonderwijs werken samen; voor het speciaal onderwijs zijn wij
          aangewezen op scholen buiten ons gebied, in Eindhoven en Veldhoven. In totaal gaan ongeveer 3.900
          leerlingen naar een van onze scholen. De afstanden zijn groot en de scholen klein; de gemiddelde
          basisschool telt 165 leerlingen."""),
          P("""Omdat wij klein zijn, werken wij met een klein bureau en veel gedeelde verantwoordelijkheid.
          Directeuren en intern begeleiders kennen elkaar, en veel zaken worden informeel en snel geregeld. Dat
          is een kracht, maar het vraagt ook om heldere afspraken zodat ouders en scholen weten waar zij aan
          toe zijn. Dit plan legt die afspraken vast."""),
          H(1, "Basisondersteuning"),
          P("""Basisondersteuning is het afgesproken minimumniveau van ondersteuning dat alle 23 scholen van
          de Kempenkring bieden, op elke locatie en voor elk kind, zonder dat daarvoor een aanvraag bij het
          samenwerkingsverband nodig is. De besturen hebben zich verplicht dit niveau op al hun scholen te
          realiseren. Het niveau is gebaseerd op het landelijke referentiekader en omvat de vier aspecten
          basiskwaliteit, preventieve en licht curatieve interventies, de onderwijsondersteuningsstructuur en
          planmatig werken."""),
          P("""Welke voorzieningen een school concreet biedt, beschrijft iedere school in haar
          schoolondersteuningsprofiel; de profielen zijn te vinden op de websites van de scholen. De
          gezamenlijke standaarden uit het vorige plan worden in 2026-2027 herijkt, mede in het licht van de
          aangekondigde landelijke norm. Tot die herijking is afgerond, leggen wij in dit plan geen nieuwe
          lijst vast."""),
          H(1, "Extra ondersteuning en toelaatbaarheid"),
          H(2, "Arrangementen"),
          P("""Is de basisondersteuning niet voldoende, dan kan de school extra ondersteuning organiseren. De
          school gebruikt daarvoor eerst haar eigen ondersteuningsbudget. Voor leerlingen die meer nodig
          hebben, kan de school bij het bureau een arrangement aanvragen: begeleiding door een specialist van
          sbo De Klimop, inzet van een gedragsdeskundige of een tijdelijke plaatsing in de Kempenklas."""),
          H(2, "Toelaatbaarheid sbo en so"),
          P("""Voor plaatsing in het sbo of het so is een toelaatbaarheidsverklaring nodig. De aanvraag wordt
          ingediend door de school waar de leerling staat ingeschreven, nadat de school en de ouders samen
          hebben vastgesteld dat een andere onderwijsplek nodig is. De school levert het OPP, het
          onderwijskundig rapport, het verslag van het laatste overleg met ouders en de handtekening van de
          ouders voor gezien aan. Het bureau controleert binnen vijf werkdagen of het dossier volledig is. De
          Commissie van Toelaatbaarheid (CvT), bestaande uit de directeur-bestuurder en twee orthopedagogen,
          besluit binnen zes weken na ontvangst van het volledige dossier. Het besluit wordt schriftelijk aan
          de school en de ouders verzonden."""),
          P("""De criteria waaraan de commissie een aanvraag toetst, worden in het eerste jaar van de
          planperiode samen met sbo De Klimop en de so-scholen in de regio opgesteld en daarna aan de OPR
          voorgelegd."""),
          H(2, "Deskundigenadvies"),
          P("""Bij elke aanvraag brengen twee deskundigen advies uit: een orthopedagoog of psycholoog van het
          bureau die niet bij de leerling betrokken is geweest, en een tweede deskundige die past bij de
          vraag, zoals een jeugdarts of maatschappelijk werker. Beide adviezen zijn schriftelijk en worden aan
          het dossier toegevoegd."""),
          H(2, "Terugplaatsing"),
          P("""Dit onderdeel wordt bij de tussentijdse actualisatie van het plan in 2027 ingevuld, zodra de
          afspraken met de so-scholen buiten onze regio zijn gemaakt."""),
          H(1, "Het aanbod in de regio"),
          P("""In de Kempen bouwen wij aan een doorlopend aanbod waarin de ondersteuning in lagen is
          georganiseerd. Elke school biedt de basisondersteuning. Daarboven kunnen scholen binnen het eigen
          bestuur expertise uitwisselen; twee besturen hebben een gezamenlijk expertiseteam met een
          gedragsspecialist en een taalspecialist. De derde laag zijn de arrangementen van het
          samenwerkingsverband, zoals de Kempenklas: een tijdelijke groep van maximaal twaalf leerlingen met
          gedragsvragen, verbonden aan sbo De Klimop, waar leerlingen maximaal zes maanden verblijven en
          daarna met begeleiding terugkeren naar hun eigen school. De vierde laag is het speciaal
          basisonderwijs in Bladel en het speciaal onderwijs in Eindhoven en Veldhoven, waarmee wij
          afspraken hebben over plaatsing van leerlingen uit onze regio."""),
          P("""Het aantal thuiszitters is in onze regio klein. Hoe wij signaleren waar ons aanbod tekortschiet
          en hoe wij daarop reageren, nemen wij op in het jaarplan 2027."""),
          H(1, "Ouders"),
          P("""Ouders zijn de eerste deskundigen als het om hun kind gaat. Wij vinden het belangrijk dat zij
          weten welke ondersteuning er in de regio is en hoe zij die kunnen krijgen. Daarom ontvangen ouders
          bij de inschrijving op een van onze scholen de folder 'Passend onderwijs in de Kempen', waarin de
          ondersteuning op de school, de arrangementen en de weg naar het sbo en so in gewone taal worden
          uitgelegd. Op de website van het verband staat een ouderpagina met veelgestelde vragen en een
          overzicht van de schoolondersteuningsprofielen. Elk voorjaar organiseert het verband samen met de
          ouders in de OPR een informatieavond in Bladel."""),
          P("""Een onafhankelijk ouder- en jeugdsteunpunt richten wij in zodra de wet ons daartoe verplicht;
          nadere informatie daarover volgt."""),
          H(1, "Geld en middelen"),
          P("""De Kempenkring ontvangt jaarlijks ongeveer € 3,1 miljoen aan rijksmiddelen voor ondersteuning.
          Na aftrek van de verplichte afdracht aan het so buiten de regio resteert circa € 2,4 miljoen. Dat
          bedrag verdelen wij als volgt. De besturen ontvangen een basisbedrag van € 185 per leerling
          (teldatum 1 oktober voorafgaand aan het schooljaar), dat zij naar eigen inzicht over hun scholen
          verdelen. Daarnaast ontvangt elke school een vaste voet van € 7.500, omdat kleine scholen anders te
          weinig middelen hebben om een intern begeleider vrij te roosteren. Wat resteert, wordt op basis van
          aanvragen toegekend aan arrangementen; het bureau toetst een aanvraag op de doelen in het OPP en
          kent een bedrag toe voor ten hoogste één schooljaar."""),
          P("""De besturen verantwoorden jaarlijks per school hoe zij het basisbedrag hebben ingezet, met een
          vast format dat de directeur-bestuurder bespreekt in het bestuurlijk overleg. De reserve van het
          verband bedraagt eind 2025 € 610.000; de signaleringswaarde van de Inspectie wordt niet
          overschreden. De meerjarenbegroting ziet er als volgt uit:"""),
          T(["Post (x € 1.000)", "2026", "2027", "2028", "2029"],
            ["Baten rijksbijdrage ondersteuning", "3.110", "3.070", "3.030", "2.990"],
            ["Afdracht so", "-720", "-730", "-740", "-740"],
            ["Basisbedrag besturen", "722", "712", "701", "690"],
            ["Vaste voet scholen", "173", "173", "165", "165"],
            ["Arrangementen", "980", "960", "950", "930"],
            ["Kempenklas", "260", "265", "270", "275"],
            ["Bureau en commissies", "240", "245", "250", "255"],
            ["Resultaat", "15", "-15", "-46", "-65"]),
          H(1, "Wat willen we bereiken"),
          P("""Wij willen dat leerlingen met een ondersteuningsbehoefte zich goed ontwikkelen, zo dicht
          mogelijk bij huis. Voor de planperiode hebben wij de volgende beoogde resultaten geformuleerd:"""),
          L("Ten minste 85 procent van de arrangementen heeft bij de eindevaluatie de doelen uit het OPP geheel of grotendeels bereikt.",
            "Ten minste 75 procent van de leerlingen die de Kempenklas verlaten, volgt een jaar later nog onderwijs op de eigen school.",
            "Het deelnamepercentage sbo blijft onder de 2 procent van het totaal aantal leerlingen."),
          P("""Deze resultaten meten wij op drie manieren. Scholen vullen bij de eindevaluatie van elk
          arrangement een evaluatieformulier in waarin de doelrealisatie wordt gescoord; het bureau verwerkt
          deze gegevens twee keer per jaar in een dashboard. De deelnamepercentages halen wij jaarlijks uit de
          gegevens van DUO. Eén keer per jaar bespreekt de directeur-bestuurder de uitkomsten met elk bestuur in
          een kwaliteitsgesprek, en in het jaarverslag rapporteren wij over de bereikte resultaten en de
          kosten van de arrangementen. Blijven resultaten achter, dan legt het bestuur verbetermaatregelen
          vast in het jaarplan."""),
          ]
    b += governance(c, opr_ouders=True) + personeel(c) + kennisdeling(c)
    b += planning(c, [["2026-2027", "Opstellen criteria toelaatbaarheid; herijking basisondersteuning"],
                      ["2027", "Tussentijdse actualisatie plan"],
                      ["2028-2029", "Evaluatie Kempenklas"],
                      ["2029-2030", "Voorbereiding nieuw plan"]])
    b += vaststelling(c) + begrippen()
    return b


LABEL2 = dict(
    documents=["po-kempenkring-2026.docx"], sector="po", looks_like_plan=True,
    elements=dict(basisondersteuning="partial", plaatsing="partial", terugstroom="missing", financien="present",
                  **{"dekkend-aanbod": "partial"}, resultaten="present", ouders="partial"),
    criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": False,
              "plaatsing.procedure": True, "plaatsing.criteria": False,
              "terugstroom.procedure": False, "terugstroom.beleid": False,
              "financien.verdeling": True, "financien.besteding": True,
              "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": False,
              "resultaten.doelen": True, "resultaten.monitoring": True,
              "ouders.informatie": True, "ouders.steunpunt": False},
    advisory_addressed={"plaatsing": ["deskundigen"], "financien": ["reserves", "verantwoording"],
                        "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
    notes={"basisondersteuning": "H5 defines the minimum level for all 23 schools; content only the abstract 4-aspect referentiekader + referral to school SOP websites; list deferred to 2026-2027.",
           "plaatsing": "H6.2 procedure (school applies, dossier, 5 werkdagen check, CvT decides within 6 weeks); criteria deferred to first plan year. H6.3 two deskundigen.",
           "terugstroom": "H6.4 heading exists (also in TOC and begrippenlijst) but body only defers to the 2027 actualisatie; Kempenklas return is an arrangement, not terugplaatsing from s(b)o.",
           "financien": "H9 'Geld en middelen': EUR 185 per leerling, vaste voet EUR 7.500, arrangementen on request; meerjarenbegroting table 2026-2029; reserve.",
           "dekkend-aanbod": "H7 four-layer continuum addressed; lacunes/thuiszitters only deferred to jaarplan 2027.",
           "resultaten": "H10 three measurable goals; measurement via evaluatieformulier, dashboard, DUO data, kwaliteitsgesprek, jaarverslag.",
           "ouders": "H8 folder, ouderpagina, informatieavond = informatie; independent steunpunt deferred ('nadere informatie volgt')."})


# ================================================================ PLAN 3 (PO, large, pdf)
C3 = dict(naam="Samenwerkingsverband Primair Passend Onderwijs Zuid-Veluwe Oost", kort="SWV Zuid-Veluwe Oost",
          code="PO 25-09", besturen="elf", regio="de oostelijke Zuid-Veluwe",
          gemeenten="Apeldoorn-Zuid, Brummen, Voorst en Rheden", periode="2026-2030",
          opr_datum="25 maart 2026", oogo_datum="5 maart 2026", vast_datum="8 april 2026",
          bestuurder="dr. A.C. (Annemiek) Brouwer-Oosterhuis")


def plan3():
    c = C3
    b = [TITLE("Koers 2026-2030", "Ondersteuningsplan " + c["naam"], "PO 25-09",
               "Thema's: het fundament van elke school, toelaatbaarheid, terugplaatsing, middelen, resultaten, ouders"),
         PB(),
         H(1, "Inhoudsopgave"),
         L("Voorwoord", "Inleiding en wettelijk kader", "Missie, visie en ambities", "Terugblik 2022-2026",
           "Het fundament van elke school", "Routes naar speciaal onderwijs", "Terugplaatsing en overplaatsing",
           "Een passende plek voor ieder kind", "Middelen en begroting", "Resultaten en kwaliteitszorg",
           "Ouders als partner", "Organisatie en governance", "Personeel en professionalisering",
           "Privacy, ICT en gegevensverwerking", "Planning en jaarcyclus", "Totstandkoming en vaststelling",
           "Begrippenlijst"),
         PB()]
    b += voorwoord(c) + inleiding_wettelijk(c) + missie_visie(c, ambities=False)
    b += [H(1, "Terugblik 2022-2026"),
          P("""De afgelopen planperiode was er een van grote veranderingen. Twee besturen fuseerden, het bureau
          verhuisde naar Apeldoorn en de coronaperiode liet diepe sporen na in het welbevinden van leerlingen en
          leerkrachten. We zijn trots op wat scholen in die omstandigheden hebben laten zien. Tegelijk moeten we
          eerlijk zijn: de OPR heeft ons er meermaals op gewezen dat ons vorige plan op hoofdlijnen bleef en dat
          het voor ouders lastig was te zien wat zij van een school konden verwachten. Dit plan is daarop een
          antwoord."""),
          P("""In de terugblik met directeuren en intern begeleiders kwamen drie lessen naar voren. Ten eerste:
          procedures moeten eenvoudig zijn, want elke extra handtekening kost tijd die niet aan kinderen wordt
          besteed. Ten tweede: de verschillen tussen scholen zijn groot, en niet elke school heeft dezelfde
          uitgangspositie. Ten derde: samenwerking met jeugdhulp werkt het best wanneer die dicht bij de school
          is georganiseerd. Deze lessen komen terug in de hoofdstukken hierna."""),
          H(1, "Het fundament van elke school"),
          P("""Elke school in ons verband, op iedere locatie, werkt vanuit hetzelfde fundament. Dat fundament
          is de ondergrens die de elf besturen samen hebben vastgelegd: wat hier staat, biedt elke school aan
          elk kind dat het nodig heeft, zonder tussenkomst van het samenwerkingsverband. Een school die dit
          (nog) niet waarmaakt, stelt met haar bestuur een verbeterplan op. Ouders kunnen er bij elke school op
          rekenen dat:"""),
          L("er een intern begeleider is die ten minste drie dagdelen per week beschikbaar is voor leerlingbesprekingen, consultatie en contact met ouders;",
            "de school drie keer per jaar groepsbesprekingen houdt en de ontwikkeling van alle leerlingen volgt met een genormeerd leerlingvolgsysteem;",
            "leerlingen met lees- en spellingproblemen begeleid worden volgens het Protocol Leesproblemen en Dyslexie tot en met het niveau van zorgniveau 3;",
            "er een aanbod is voor leerlingen die meer aankunnen, met ten minste verrijkingsmateriaal in de groep en een verrijkingsgroep per bestuur;",
            "de school een aanpak voor sociale veiligheid hanteert met een jaarlijkse monitoring en een aandachtsfunctionaris;",
            "de school een ontwikkelingsperspectief opstelt en met ouders bespreekt wanneer een leerling op een eigen leerlijn werkt;",
            "leerkrachten de kortdurende inzet van een orthopedagoog van het verband kunnen vragen voor consultatie en observatie (preventief ambulante begeleiding);",
            "de school medische handelingen uitvoert volgens het bestuursprotocol en een rustplek beschikbaar heeft voor leerlingen die prikkels moeten reguleren."),
          P("""Wat scholen daarnaast bieden, verschilt en staat in de schoolgids. Het verband bespreekt het
          fundament jaarlijks met iedere directeur aan de hand van een korte zelfevaluatie."""),
          H(1, "Routes naar speciaal onderwijs"),
          P("""Het speciaal basisonderwijs en het speciaal onderwijs zijn onmisbare onderdelen van ons
          netwerk. Voor plaatsing is een toelaatbaarheidsverklaring van het samenwerkingsverband nodig. Een
          leerling komt in aanmerking voor een verklaring voor het sbo wanneer aan alle volgende voorwaarden is
          voldaan:"""),
          L("de ondersteuningsbehoefte overstijgt het fundament én de arrangementen die op de eigen school mogelijk zijn;",
            "er is ten minste twee keer een OPP-cyclus doorlopen waarin de doelen niet zijn gehaald ondanks passende inzet;",
            "de leerling heeft voor een langere periode een kleine groep met een hoge mate van structuur nodig;",
            "een andere reguliere school met een breder profiel biedt geen reëel alternatief."),
          P("""Voor het speciaal onderwijs cluster 3 geldt bovendien dat er sprake is van een verstandelijke,
          lichamelijke of meervoudige beperking, of een langdurige ziekte, die het volgen van onderwijs in het
          sbo onmogelijk maakt. Voor cluster 4 geldt dat er sprake is van ernstige gedrags- of psychiatrische
          problematiek waarvoor onderwijs en behandeling op één plek nodig zijn. De bekostigingscategorie (laag,
          midden of hoog) volgt uit de aard van de beperking en wordt in de verklaring vermeld. Een verklaring
          geldt in de regel tot het einde van het schooljaar waarin de leerling twee jaar op de school is."""),
          P("""Hoe een aanvraag precies verloopt, wie besluit, welke deskundigen adviseren en welke termijnen
          gelden, leggen wij vast in de Regeling toewijzing, die het bestuur in het voorjaar van 2026 vaststelt.
          Tot die tijd blijft de huidige werkwijze van kracht."""),
          H(1, "Terugplaatsing en overplaatsing"),
          P("""Wij gaan ervan uit dat een plaatsing in het sbo of so tijdelijk kan zijn. Het uitgangspunt is dat
          een leerling terugkeert naar het reguliere basisonderwijs zodra de ondersteuningsbehoefte het toelaat
          en de leerling daar baat bij heeft. Terugkeer is geen doel op zich: een geslaagde plaatsing in het
          speciaal onderwijs voor de hele basisschoolperiode is evenzeer een goed resultaat. Voorwaarden voor
          terugkeer zijn dat de leerling zich in het sbo of so stabiel heeft ontwikkeld, dat de ouders de stap
          steunen en dat er een reguliere school is die de benodigde ondersteuning kan bieden. Een leerling die
          terugkeert, krijgt gedurende het eerste jaar extra begeleiding op de nieuwe school, en de leerkracht
          krijgt coaching van een specialist van de sbo- of so-school."""),
          P("""De werkwijze rond terugplaatsing, zoals wie het initiatief neemt, de evaluatiemomenten en de
          afstemming met de ontvangende school, wordt eveneens uitgewerkt in de Regeling toewijzing."""),
          H(1, "Een passende plek voor ieder kind"),
          P("""Ons netwerk is opgebouwd als een doorlopende reeks. Op de eerste plaats staat het fundament van
          elke school. Daarop volgt extra ondersteuning binnen de school, bekostigd uit het schoolbudget,
          bijvoorbeeld een rekenspecialist of een gedragscoach. Voor complexere vragen zijn er arrangementen
          van het verband: ambulante begeleiding door het Expertisecentrum Zuid-Veluwe, een taalklas voor
          nieuwkomers in Apeldoorn en Brummen, de voltijds hoogbegaafdenklas 'De Uitdaging' en twee
          'tussenvoorzieningen' voor leerlingen die tijdelijk niet in een reguliere groep kunnen functioneren.
          Daarna komen de drie sbo-scholen en de vijf so-locaties in en rond ons gebied. Onderwijs-
          zorgarrangementen met jeugdhulp vullen het geheel aan."""),
          P("""Het bureau houdt maandelijks een overzicht bij van leerlingen die thuiszitten, die langer dan
          vier weken op een wachtlijst staan of voor wie binnen de wettelijke termijn geen school is gevonden.
          Het overzicht wordt besproken in het Casusoverleg Passende Plek, met de leerplichtambtenaren en de
          jeugdconsulenten van de gemeenten. Voor iedere leerling wordt een regisseur benoemd die binnen twee
          weken een plan maakt. Twee keer per jaar analyseert het verband welke lacunes in het aanbod hieruit
          blijken en bespreekt het bestuur welke voorziening moet worden aangepast of toegevoegd. De
          zorgplicht van het schoolbestuur blijft daarbij leidend."""),
          H(1, "Middelen en begroting"),
          P("""Het samenwerkingsverband ontvangt middelen van het Rijk. Het verdeelmodel van het verband wordt
          in 2026 geëvalueerd; tot die evaluatie is afgerond blijven de afspraken uit het vorige
          ondersteuningsplan van kracht. Onderstaande begroting laat zien waaraan de middelen de komende jaren
          worden besteed."""),
          T(["Bestedingen (bedragen in euro)", "2026", "2027", "2028", "2029"],
            ["Afdracht so en groeibekostiging sbo", "6.840.000", "6.910.000", "6.950.000", "6.990.000"],
            ["Schoolbudgetten extra ondersteuning", "2.450.000", "2.420.000", "2.380.000", "2.350.000"],
            ["Arrangementen en ambulante begeleiding", "1.310.000", "1.300.000", "1.290.000", "1.280.000"],
            ["Taalklassen en hoogbegaafdenklas", "520.000", "530.000", "540.000", "550.000"],
            ["Tussenvoorzieningen", "410.000", "420.000", "430.000", "440.000"],
            ["Terugkeerbudget", "90.000", "90.000", "95.000", "95.000"],
            ["Bureau, commissies en huisvesting", "780.000", "790.000", "800.000", "810.000"],
            ["Totaal lasten", "12.400.000", "12.460.000", "12.485.000", "12.515.000"]),
          P("""De begroting sluit in alle jaren met een klein tekort dat uit de reserve wordt gedekt. Daarmee
          brengen wij de reserve in de planperiode terug tot het niveau van het risicoprofiel."""),
          H(1, "Resultaten en kwaliteitszorg"),
          P("""Kwaliteit is in ons verband geen afdeling maar een houding. We vinden het belangrijk om met elkaar
          in gesprek te blijven over wat goed gaat en wat beter kan. Het directeurenoverleg en het IB-netwerk
          zijn daarvoor de belangrijkste plekken. Welke resultaten wij in deze planperiode willen bereiken en hoe
          wij die gaan meten, bepalen wij samen met de nieuwe OPR in het eerste planjaar."""),
          H(1, "Ouders als partner"),
          P("""Ouders kennen hun kind als geen ander. Wij willen dat zij goed op de hoogte zijn van de
          mogelijkheden in de regio. Daarom publiceren wij op onze website per school het fundament en het
          aanvullende aanbod, met een zoekfunctie op postcode. Elke school bespreekt bij het intakegesprek met
          nieuwe ouders wat zij van de school mogen verwachten en geeft de brochure 'Zo werkt ondersteuning op
          de Zuid-Veluwe' mee, die ook in het Engels, Arabisch en Pools beschikbaar is. Jaarlijks organiseert het
          verband een thema-avond voor ouders."""),
          P("""Soms hebben ouders behoefte aan iemand die onafhankelijk meedenkt. Zij kunnen dan contact opnemen
          met het Ouder- en Jeugdsteunpunt Veluwe, dat los staat van scholen en verband en op werkdagen van 9 tot
          15 uur telefonisch bereikbaar is. Het steunpunt helpt bij vragen, bemiddelt bij onenigheid met school
          en kan doorverwijzen naar de onderwijsconsulenten of de Geschillencommissie passend onderwijs."""),
          ]
    b += governance(c, opr_ouders=True) + personeel(c) + privacy_ict(c)
    b += planning(c, [["Voorjaar 2026", "Vaststelling Regeling toewijzing"],
                      ["2026", "Evaluatie verdeelmodel"],
                      ["2027-2028", "Tussentijdse evaluatie plan"],
                      ["2029-2030", "Voorbereiding nieuw plan"]])
    b += vaststelling(c) + begrippen(extra=[["Resultaten", "De beoogde en bereikte opbrengsten van het onderwijs aan leerlingen met extra ondersteuning."],
                                            ["Fundament", "Het gemeenschappelijke minimumniveau van ondersteuning op alle scholen."]])
    return b


LABEL3 = dict(
    documents=["po-zuid-veluwe-oost-2026.pdf"], sector="po", looks_like_plan=True,
    elements=dict(basisondersteuning="present", plaatsing="partial", terugstroom="partial", financien="partial",
                  **{"dekkend-aanbod": "present"}, resultaten="missing", ouders="present"),
    criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
              "plaatsing.procedure": False, "plaatsing.criteria": True,
              "terugstroom.procedure": False, "terugstroom.beleid": True,
              "financien.verdeling": False, "financien.besteding": True,
              "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
              "resultaten.doelen": False, "resultaten.monitoring": False,
              "ouders.informatie": True, "ouders.steunpunt": True},
    advisory_addressed={"basisondersteuning": ["borging"], "plaatsing": ["duur-categorie"],
                        "financien": ["reserves"], "dekkend-aanbod": ["ketenpartners"], "ouders": ["betrokkenheid"]},
    notes={"basisondersteuning": "Unusual wording 'Het fundament van elke school': ondergrens for every locatie + 8-item list; word 'basisondersteuning' hardly used in body.",
           "plaatsing": "'Routes naar speciaal onderwijs' gives sbo/so criteria, category and duration; procedure (who, steps, deciding body, termijnen) deferred to a Regeling toewijzing to be adopted in spring 2026.",
           "terugstroom": "'Terugplaatsing en overplaatsing': policy (uitgangspunt, voorwaarden, extra begeleiding in het eerste jaar, coaching) addressed; procedure deferred to Regeling toewijzing.",
           "financien": "'Middelen en begroting': begroting table 2026-2029 with amounts = besteding; verdeelmodel only referred to the previous plan / evaluated in 2026.",
           "dekkend-aanbod": "'Een passende plek voor ieder kind': continuum listed; monthly overview, Casusoverleg Passende Plek, twice-yearly gap analysis.",
           "resultaten": "Chapter 'Resultaten en kwaliteitszorg' exists but only defers goals and measurement to the first plan year; 'resultaten' only in TOC, glossary and passing mentions.",
           "ouders": "'Ouders als partner': website with postcode search, intake, multilingual brochure; Ouder- en Jeugdsteunpunt Veluwe, onderwijsconsulenten."})


# ================================================================ PLAN 4 (VO, pdf)
C4 = dict(naam="Samenwerkingsverband Voortgezet Onderwijs Westland-Delfland", kort="SWV VO Westland-Delfland",
          code="VO 28-06", besturen="zeven", regio="Westland en Delfland",
          gemeenten="Westland, Midden-Delfland en Maassluis", periode="2026-2030",
          opr_datum="10 maart 2026", oogo_datum="12 februari 2026", vast_datum="24 maart 2026",
          bestuurder="drs. R. (Ruud) van der Knaap")


def plan4():
    c = C4
    b = [TITLE("Ondersteuningsplan 2026-2030", c["naam"], "VO 28-06", "Vastgesteld door het bestuur op 24 maart 2026"),
         PB(),
         H(1, "Inhoudsopgave"),
         L("1 Voorwoord", "2 Inleiding en wettelijk kader", "3 Missie, visie en ambities", "4 Kerngegevens",
           "5 Toewijzing van ondersteuning: vso, lwoo en pro", "6 Einde van de toelaatbaarheid",
           "7 Bekostiging en meerjarenbegroting", "8 Kwaliteitszorg en opbrengsten", "9 Klachten, bezwaren en geschillen",
           "10 Organisatie en governance", "11 Personeel en professionalisering", "12 Privacy, ICT en gegevensverwerking",
           "13 Planning en jaarcyclus", "14 Totstandkoming en vaststelling", "Begrippenlijst"),
         PB()]
    b += voorwoord(c) + inleiding_wettelijk(c, sector="vo") + leeswijzer(c) + missie_visie(c)
    b += [H(1, "Kerngegevens"),
          P("""In het samenwerkingsverband werken zeven schoolbesturen samen met in totaal negen scholen voor
          voortgezet onderwijs op veertien locaties, één school voor praktijkonderwijs en twee scholen voor
          voortgezet speciaal onderwijs (cluster 3 en cluster 4). Op 1 oktober 2025 telde het verband 11.240
          leerlingen, van wie 1.020 met lwoo, 385 in het praktijkonderwijs en 296 in het vso. In deze
          planperiode verwachten wij een lichte groei door woningbouw in Westland en Maassluis."""),
          P("""De scholen in het verband verschillen sterk in omvang en profiel. Naast twee grote
          scholengemeenschappen met alle schoolsoorten zijn er kleinere categorale scholen, waaronder een
          tuinbouwgerichte vmbo-school. Iedere school beschrijft in haar schoolondersteuningsprofiel haar
          eigen ondersteuning."""),
          H(1, "Toewijzing van ondersteuning: vso, lwoo en pro"),
          H(2, "Toelaatbaarheid vso"),
          P("""Het bevoegd gezag van de vo-school waar de leerling is ingeschreven of aangemeld, vraagt de
          toelaatbaarheidsverklaring aan bij de Commissie Toewijzing van het samenwerkingsverband. De
          aanvraag bevat het OPP met evaluaties van ten minste twee ondersteuningsperiodes, het verslag van
          het multidisciplinair overleg en de zienswijze van ouders en leerling. De Commissie Toewijzing
          wint het advies in van twee deskundigen: een orthopedagoog of GZ-psycholoog en, afhankelijk van de
          vraag, een jeugdarts, kinder- en jeugdpsychiater of maatschappelijk werker. Zij brengen ieder een
          eigen schriftelijk advies uit. De commissie besluit binnen zes weken namens het bestuur; in
          spoedeisende situaties binnen tien werkdagen."""),
          P("""Een leerling is toelaatbaar tot het vso wanneer (1) de ondersteuningsbehoefte op meerdere
          domeinen (leren, gedrag, sociaal-emotioneel, fysiek) zo groot is dat de leerling ook met een
          arrangement in het regulier onderwijs niet tot ontwikkeling komt, (2) de leerling structureel
          onderwijs in kleine groepen met geïntegreerde zorg of behandeling nodig heeft, en (3) de eerder
          ingezette ondersteuning aantoonbaar onvoldoende effect had. De bekostigingscategorie wordt bepaald
          aan de hand van de cluster- en beperkingscriteria; de verklaring geldt voor ten hoogste drie
          schooljaren."""),
          H(2, "Leerwegondersteunend onderwijs"),
          P("""Het verband hanteert de landelijke criteria voor lwoo. De basisschool levert in groep 8 de
          gegevens aan (capaciteiten, leerachterstanden op ten minste twee domeinen en zo nodig
          sociaal-emotionele gegevens). De vo-school vraagt namens de leerling vóór 1 maart de aanwijzing lwoo
          aan; de Commissie Toewijzing besluit vóór 1 mei. Bij twijfel wordt aanvullend onderzoek gedaan door
          een orthopedagoog van het verband."""),
          H(2, "Praktijkonderwijs"),
          P("""Voor het praktijkonderwijs gelden de landelijke criteria: een IQ tussen 55 en 80 en
          leerachterstanden van ten minste drie jaar op ten minste twee van de vier domeinen, waarvan één
          begrijpend lezen of inzichtelijk rekenen. De school voor praktijkonderwijs vraagt de
          toelaatbaarheidsverklaring aan; de commissie besluit binnen vier weken. De verklaring geldt voor de
          gehele schoolloopbaan in het praktijkonderwijs."""),
          H(1, "Einde van de toelaatbaarheid"),
          P("""In het laatste jaar waarvoor een toelaatbaarheidsverklaring vso is afgegeven, evalueert de
          vso-school vóór 1 december met de leerling, de ouders en de consulent van het samenwerkingsverband
          de ontwikkeling aan de hand van het OPP. De vso-school stelt daarna vóór 1 februari vast of de
          leerling het vso vervolgt of overstapt naar het regulier voortgezet onderwijs. Bij vervolg dient de
          vso-school vóór 1 maart een aanvraag voor verlenging in. Bij overstap meldt de vso-school de leerling
          met toestemming van ouders aan bij een vo-school; de consulent van het verband zit het
          overdrachtsgesprek voor. De toelaatbaarheidsverklaring eindigt op 31 juli van dat schooljaar."""),
          H(1, "Bekostiging en meerjarenbegroting"),
          P("""De middelen voor lichte ondersteuning, lwoo en pro worden volgens vaste verdeelregels aan de
          scholen toegekend. Elke vo-school ontvangt een budget lichte ondersteuning van € 165 per leerling
          op de teldatum 1 oktober. De lwoo- en pro-middelen worden per leerling met een aanwijzing of
          verklaring doorgegeven aan de school waar de leerling staat ingeschreven, op basis van de landelijke
          bedragen minus een afdracht van 3 procent voor de uitvoeringskosten van de Commissie Toewijzing.
          Voor leerlingen met een complexe ondersteuningsvraag kan een school een individueel budget
          aanvragen van maximaal € 8.000 per schooljaar, dat de commissie toekent wanneer het OPP een
          doel en een evaluatiemoment bevat."""),
          P("""Scholen verantwoorden de besteding van het budget lichte ondersteuning jaarlijks in een
          verantwoordingsformat dat in het bestuurlijk overleg wordt besproken. Het weerstandsvermogen van het
          verband bedraagt 7 procent van de baten; wij houden dat niveau in de planperiode aan."""),
          T(["Meerjarenbegroting (x € 1.000)", "2026", "2027", "2028", "2029"],
            ["Rijksbijdrage ondersteuning (incl. lwoo/pro)", "24.380", "24.520", "24.610", "24.700"],
            ["Afdracht vso", "5.910", "5.970", "6.010", "6.040"],
            ["Doorbetaling lwoo", "9.450", "9.480", "9.500", "9.520"],
            ["Doorbetaling pro", "4.720", "4.760", "4.790", "4.810"],
            ["Budget lichte ondersteuning scholen", "1.850", "1.870", "1.880", "1.890"],
            ["Individuele budgetten", "1.200", "1.200", "1.200", "1.200"],
            ["Bureau en Commissie Toewijzing", "1.140", "1.160", "1.180", "1.200"],
            ["Saldo", "110", "80", "50", "40"]),
          H(1, "Kwaliteitszorg en opbrengsten"),
          P("""Het verband stuurt op een beperkt aantal doelen voor leerlingen met een ondersteuningsbehoefte,
          die wij in de planperiode willen bereiken:"""),
          T(["Doel", "Nulmeting 2024-2025", "Streefwaarde 2029-2030"],
            ["Leerlingen met lwoo die een diploma behalen binnen de nominale duur + 1 jaar", "81%", "88%"],
            ["Pro-leerlingen die na uitstroom een jaar later werk of vervolgonderwijs hebben", "74%", "80%"],
            ["Vso-leerlingen met een OPP waarin het uitstroomprofiel wordt gerealiseerd", "69%", "80%"],
            ["Individuele budgetten waarvan het OPP-doel is bereikt", "n.v.t.", "75%"]),
          P("""De streefwaarden worden jaarlijks gemonitord. Het bureau verzamelt de gegevens uit DUO, de
          uitstroommonitor van het praktijkonderwijs en de OPP-evaluaties van de vso-scholen en legt ze vast in
          een kwaliteitsrapportage, die in september verschijnt. Het bestuur bespreekt de rapportage met de
          schooldirecties en de OPR en legt in het jaarverslag verantwoording af over de bereikte resultaten.
          Blijft een indicator twee jaar achter, dan volgt een verbeteranalyse."""),
          H(1, "Klachten, bezwaren en geschillen"),
          P("""Ouders en leerlingen die het niet eens zijn met een besluit van de Commissie Toewijzing, kunnen
          binnen zes weken bezwaar maken bij het bestuur, dat advies vraagt aan de Landelijke
          Bezwaaradviescommissie Toelaatbaarheidsverklaringen."""),
          P("""Voor onafhankelijk advies en hulp kunnen ouders en leerlingen terecht bij het Ouder- en
          Jeugdsteunpunt Westland-Delfland, ondergebracht bij een onafhankelijke stichting, en bij de
          onderwijsconsulenten. Het steunpunt luistert, denkt mee, gaat desgewenst mee naar gesprekken op
          school en helpt bij het vinden van de weg naar de Geschillencommissie passend onderwijs. Klachten over
          het samenwerkingsverband zelf worden behandeld volgens de klachtenregeling, die aansluit bij de
          Landelijke Klachtencommissie Onderwijs."""),
          ]
    b += governance(c, opr_ouders=True) + personeel(c, cao="voortgezet onderwijs") + kennisdeling(c) + privacy_ict(c)
    b += planning(c, [["2026-2027", "Eerste kwaliteitsrapportage (september 2026); nulmeting individuele budgetten"],
                      ["2027-2028", "Tussentijdse evaluatie"],
                      ["2028-2029", "Evaluatie verdeelregels lichte ondersteuning"],
                      ["2029-2030", "Voorbereiding nieuw plan"]])
    b += [H(1, "Totstandkoming en vaststelling"),
          P(f"""Het concept van dit plan is op {c['oogo_datum']} besproken in het OOGO met de gemeenten
          {c['gemeenten']} en in het overleg met het samenwerkingsverband primair onderwijs in de regio. De OPR
          heeft op {c['opr_datum']} ingestemd. Het bestuur heeft het plan op {c['vast_datum']} vastgesteld.
          Het overzicht van voorzieningen in de regio (het dekkend aanbod) wordt opgenomen in de eerste
          jaarlijkse voortgangsrapportage.""")]
    b += begrippen(extra=[["Lwoo", "Leerwegondersteunend onderwijs."], ["Pro", "Praktijkonderwijs."],
                          ["Zorgplicht", "Plicht van het schoolbestuur om een passende plek te bieden of te vinden."]])
    return b


LABEL4 = dict(
    documents=["vo-westland-delfland-2026.pdf"], sector="vo", looks_like_plan=True,
    elements=dict(basisondersteuning="missing", plaatsing="present", terugstroom="partial", financien="present",
                  **{"dekkend-aanbod": "missing"}, resultaten="present", ouders="partial"),
    criteria={"basisondersteuning.niveau": False, "basisondersteuning.inhoud": False,
              "plaatsing.procedure": True, "plaatsing.criteria": True,
              "terugstroom.procedure": True, "terugstroom.beleid": False,
              "financien.verdeling": True, "financien.besteding": True,
              "dekkend-aanbod.continuum": False, "dekkend-aanbod.lacunes": False,
              "resultaten.doelen": True, "resultaten.monitoring": True,
              "ouders.informatie": False, "ouders.steunpunt": True},
    advisory_addressed={"plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
                        "financien": ["reserves", "verantwoording"], "resultaten": ["meetbaar"],
                        "ouders": ["betrokkenheid"]},
    notes={"basisondersteuning": "Only in the running header, the begrippenlijst and a passing 'iedere school beschrijft in haar SOP' (H4); no SWV-wide level or content.",
           "plaatsing": "H5: vso procedure (Commissie Toewijzing, dossier, two deskundigen, 6 weeks) and criteria (1)-(3); lwoo and pro procedures with national criteria; bezwaar in H9.",
           "terugstroom": "H6 'Einde van de toelaatbaarheid': steps and dates (1 Dec, 1 Feb, 1 Mar, 31 Jul) = procedure; no policy/aims/conditions/support after return.",
           "financien": "H7: EUR 165 per leerling, lwoo/pro pass-through minus 3%, individual budgets max EUR 8.000; meerjarenbegroting table; weerstandsvermogen.",
           "dekkend-aanbod": "No description of a continuum or gap approach; 'dekkend aanbod' deferred to the first voortgangsrapportage (H14), zorgplicht/thuiszitter only in glossary; OOGO mentioned procedurally only.",
           "resultaten": "H8 'Kwaliteitszorg en opbrengsten': table with nulmeting and streefwaarden; yearly kwaliteitsrapportage in September, jaarverslag.",
           "ouders": "H9 'Klachten, bezwaren en geschillen' names Ouder- en Jeugdsteunpunt and onderwijsconsulenten (steunpunt); nothing on how parents are informed about support facilities."})


# ================================================================ PLAN 5 (PO, small, markdown)
C5 = dict(naam="Samenwerkingsverband Passend Onderwijs PO Waterland-Noord", kort="SWV Waterland-Noord",
          code="PO 27-03", besturen="zes", regio="Waterland-Noord",
          gemeenten="Edam-Volendam, Purmerend en Landsmeer", periode="2026-2030",
          opr_datum="17 maart 2026", oogo_datum="26 februari 2026", vast_datum="31 maart 2026",
          bestuurder="Petra Schermer MEd")


def plan5():
    c = C5
    b = [TITLE("Ondersteuningsplan 2026-2030 op hoofdlijnen", c["naam"], "PO 27-03 | webversie"),
         H(2, "Inhoud"),
         L("Voorwoord", "Inleiding en wettelijk kader", "Missie, visie en ambities", "Waar staan we?",
           "Wat elke school biedt", "Extra ondersteuning en toelaatbaarheid", "Terug naar de wijkschool",
           "Niemand tussen wal en schip", "Geld", "Kwaliteit: meten en leren", "Ouders",
           "Organisatie en governance", "Personeel en professionalisering", "Planning en jaarcyclus",
           "Totstandkoming en vaststelling", "Begrippenlijst")]
    b += voorwoord(c) + inleiding_wettelijk(c) + leeswijzer(c) + missie_visie(c, ambities=False)
    b += [H(1, "Waar staan we?"),
          P("""Waterland-Noord telt 58 basisscholen van zes besturen, één sbo-school met twee locaties en één
          so-school voor cluster 4. Ongeveer 12.600 kinderen gaan in ons gebied naar de basisschool. Het gebied
          kent een stedelijke kern (Purmerend) en een aantal dorpen met een sterke eigen identiteit, zoals
          Volendam en Landsmeer. Dat zie je terug in de scholen: van grote scholen met drie groepen per jaargang
          tot dorpsscholen met combinatiegroepen."""),
          P("""Bij de evaluatie van het vorige plan gaven directeuren aan dat de samenwerking tussen de
          besturen de afgelopen jaren sterk is gegroeid. Waar besturen vroeger vooral hun eigen koers voeren,
          wordt er nu vaker gezamenlijk opgetrokken, bijvoorbeeld bij de inkoop van expertise en bij het
          oplossen van ingewikkelde situaties rond individuele kinderen. Intern begeleiders noemden de korte
          lijnen met de consulenten van het verband als grootste winst. Als verbeterpunten werden genoemd:
          de administratieve last van aanvragen, de soms lange wachttijden bij jeugdhulp en de beperkte
          bekendheid van het verband bij ouders. Deze punten nemen wij mee in de jaarplannen."""),
          P("""Dit plan is nadrukkelijk een plan op hoofdlijnen. Wij beschrijven het 'wat'; de besturen en
          scholen bepalen grotendeels het 'hoe'. Uitwerkingen zijn te vinden in regelingen en jaarplannen die
          op onze website staan."""),
          H(1, "Wat elke school biedt"),
          P("""Alle 58 scholen hebben samen afgesproken wat iedere school, op elke vestiging, minimaal
          waarmaakt. Die afspraken noemen wij de basisondersteuning. Het is het niveau waar ouders in heel
          Waterland-Noord op mogen rekenen, ongeacht de school die zij kiezen. Concreet betekent het:"""),
          T(["Wat", "Afspraak voor elke school"],
            ["Zicht op ontwikkeling", "Drie keer per jaar een groepsoverzicht en een groepsbespreking met de intern begeleider."],
            ["Intern begeleider", "Ten minste één dag per week per 150 leerlingen, met een afgeronde opleiding."],
            ["Dyslexie en dyscalculie", "Protocollen worden gevolgd; compenserende middelen zoals voorleessoftware zijn beschikbaar."],
            ["Gedrag", "Een schoolbreed gedragsprogramma en een vaste aanpak bij escalatie, met een time-outplek."],
            ["Hoogbegaafdheid", "Signalering vanaf groep 1 en een verrijkingsaanbod in de groep."],
            ["Consultatie", "Elke school kan ten minste zes keer per jaar een orthopedagoog van het verband consulteren."],
            ["Overgang", "Een warme overdracht bij de overstap van peuteropvang naar groep 1 en van groep 8 naar het vo."]),
          H(1, "Extra ondersteuning en toelaatbaarheid"),
          P("""Sommige kinderen hebben meer nodig dan de basisondersteuning. Scholen kunnen dan een beroep
          doen op het samenwerkingsverband. Voor een plaatsing in het sbo of so is een
          toelaatbaarheidsverklaring nodig. De procedure en de criteria voor het afgeven van een TLV staan in
          het Toewijzingsreglement op onze website, dat jaarlijks wordt geactualiseerd."""),
          H(1, "Terug naar de wijkschool"),
          P("""Een kind dat naar het sbo of so gaat, blijft een kind uit de wijk. Wij willen dat kinderen, waar
          dat kan, weer naar een gewone basisschool dicht bij huis gaan. Dat is geen automatisme: het kind moet
          er klaar voor zijn, de ouders moeten erachter staan en de ontvangende school moet kunnen bieden wat
          nodig is. Ieder kind dat terugkeert, krijgt een jaar lang extra begeleiding op de nieuwe
          school, en de sbo- of so-leerkracht blijft in de eerste maanden aanspreekpunt."""),
          P("""Concreet gaat het zo. Bij de jaarlijkse OPP-bespreking in het voorjaar beoordeelt de sbo- of
          so-school samen met de ouders of terugkeer in beeld is; in het laatste jaar van de TLV is die
          bespreking verplicht en sluit de consulent van het verband aan. Als terugkeer haalbaar is, neemt de
          sbo- of so-school vóór 1 april contact op met een basisschool naar keuze van de ouders. Binnen zes
          weken vindt een overdrachtsgesprek plaats. De directeur van de ontvangende school beslist over de
          inschrijving; de consulent van het verband beslist over de extra begeleiding. Na drie en na zes
          maanden evalueren de scholen en de ouders samen hoe het gaat. Als terugkeer niet haalbaar is, vraagt
          de school een nieuwe TLV aan; de lopende TLV eindigt op 31 juli. Het aantal teruggeplaatste kinderen
          houden wij jaarlijks bij: in 2024-2025 waren dat er zeven."""),
          H(1, "Niemand tussen wal en schip"),
          P("""Ondanks alle inspanningen zijn er kinderen die (tijdelijk) geen passende plek hebben. Scholen
          melden elk kind dat langer dan twee weken niet of gedeeltelijk naar school gaat bij het
          Thuiszittersloket van het verband. Binnen vijf werkdagen belegt de consulent een overleg met de
          school, de ouders, de leerplichtambtenaar en waar nodig het sociaal team, waarin een regisseur wordt
          aangewezen en een terugkeerplan wordt gemaakt. Het loket houdt een registratie bij van alle
          meldingen en van de reden waarom een passende plek ontbrak. Eén keer per jaar bespreekt het bestuur
          die registratie en besluit het of er nieuw aanbod nodig is of dat bestaand aanbod moet worden
          aangepast. Wanneer een schoolbestuur er niet in slaagt zijn zorgplicht waar te maken, kan het de
          casus voorleggen aan het Bovenschools Overleg, dat binnen vier weken een plek regelt."""),
          P("""Een overzicht van het samenhangende aanbod van extra en specialistische voorzieningen in de
          regio werken wij uit in de 'Kaart van het aanbod', die in 2027 verschijnt."""),
          H(1, "Geld"),
          P("""Passend onderwijs kost geld, en dat geld moet zo veel mogelijk bij de kinderen terechtkomen.
          Het bestuur stelt jaarlijks de begroting vast na advies van de Raad van Toezicht. De begroting en de
          verdeling van de middelen over de besturen worden gepubliceerd op onze website."""),
          T(["Onderdeel", "2026", "2027", "2028", "2029"],
            ["Meerjarenbegroting", "p.m.", "p.m.", "p.m.", "p.m."]),
          H(1, "Kwaliteit: meten en leren"),
          P("""Wij willen weten of wat wij doen werkt. Daarom volgen wij elk jaar een vaste set kengetallen:
          de deelname aan sbo en so, het aantal TLV's per categorie, het aantal meldingen bij het
          Thuiszittersloket, de doorlooptijd van aanvragen en de mate waarin de doelen van individuele
          ondersteuning zijn bereikt volgens de OPP-evaluaties. Daarnaast houden wij elke twee jaar een
          tevredenheidspeiling onder scholen en ouders. Het bureau bundelt deze gegevens in april in de
          Monitor Passend Onderwijs Waterland-Noord; het bestuur bespreekt de monitor met de directeuren en de
          OPR en rapporteert over de uitkomsten in het jaarverslag."""),
          P("""Welke concrete doelen wij voor de planperiode stellen, bepalen wij na de eerste volledige monitor
          in het voorjaar van 2027. Wij willen eerst een betrouwbare nulmeting hebben voordat wij ons vastleggen
          op streefcijfers."""),
          H(1, "Ouders"),
          P("""Ouders zijn onmisbaar in passend onderwijs. Een uitgewerkte paragraaf over informatie aan ouders
          en over onafhankelijke ondersteuning volgt in de eerste actualisatie van dit plan, nadat de
          wetgeving over ouder- en jeugdsteunpunten in werking is getreden."""),
          ]
    b += governance(c, opr_ouders=False) + personeel(c) + kennisdeling(c) + samenwerking_swv(c)
    b += planning(c, [["2026", "Actualisatie Toewijzingsreglement"],
                      ["Voorjaar 2027", "Eerste volledige monitor; vaststellen doelen"],
                      ["2027", "Kaart van het aanbod; actualisatie plan (ouders)"],
                      ["2029-2030", "Voorbereiding nieuw plan"]])
    b += vaststelling(c) + begrippen()
    return b


LABEL5 = dict(
    documents=["po-waterland-noord-2026.md"], sector="po", looks_like_plan=True,
    elements=dict(basisondersteuning="present", plaatsing="missing", terugstroom="present", financien="missing",
                  **{"dekkend-aanbod": "partial"}, resultaten="partial", ouders="missing"),
    criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
              "plaatsing.procedure": False, "plaatsing.criteria": False,
              "terugstroom.procedure": True, "terugstroom.beleid": True,
              "financien.verdeling": False, "financien.besteding": False,
              "dekkend-aanbod.continuum": False, "dekkend-aanbod.lacunes": True,
              "resultaten.doelen": False, "resultaten.monitoring": True,
              "ouders.informatie": False, "ouders.steunpunt": False},
    advisory_addressed={"terugstroom": ["monitoring"], "dekkend-aanbod": ["ketenpartners"]},
    notes={"basisondersteuning": "'Wat elke school biedt': minimum for every vestiging plus a 7-row table of agreements.",
           "plaatsing": "'Extra ondersteuning en toelaatbaarheid' only refers to the Toewijzingsreglement on the website; nothing on procedure or criteria in the input.",
           "terugstroom": "'Terug naar de wijkschool': policy (voorwaarden, a year of extra begeleiding) and procedure (OPP-bespreking, 1 April, 6 weeks, 3/6-month evaluations, 31 July), plus a figure (7 in 2024-2025).",
           "financien": "'Geld' only says the begroting is adopted and published on the website; meerjarenbegroting table is all p.m.",
           "dekkend-aanbod": "'Niemand tussen wal en schip': Thuiszittersloket, registration, yearly board decision, zorgplicht escalation = lacunes; continuum deferred to 'Kaart van het aanbod' 2027.",
           "resultaten": "'Kwaliteit: meten en leren': kengetallen, Monitor in April, jaarverslag = monitoring; concrete goals deferred to spring 2027.",
           "ouders": "'Ouders' section only defers; OPR text has no parent role; parents otherwise only passing mentions."})


# ================================================================ NEAR MISS: school-level plan (docx)
def nearmiss():
    b = [TITLE("Schoolondersteuningsplan 2025-2026", "OBS De Wilgenhoek, Purmerend",
               "Onderdeel van het schoolplan 2023-2027 | aangesloten bij SWV Waterland-Noord (PO 27-03)"),
         H(1, "Inhoud"),
         L("1 Inleiding", "2 Basisondersteuning op De Wilgenhoek", "3 Zorgniveaus 1 tot en met 5",
           "4 Groeps- en leerlingbesprekingen", "5 Extra ondersteuning en arrangementen via het samenwerkingsverband",
           "6 Toelaatbaarheid sbo/so en terugplaatsing", "7 Ouders", "8 Middelen", "9 Evaluatie en resultaten"),
         H(1, "Inleiding"),
         P("""Dit schoolondersteuningsplan beschrijft hoe OBS De Wilgenhoek de ondersteuning aan leerlingen
         organiseert in het schooljaar 2025-2026. Het plan is een uitwerking van het schoolplan en van het
         schoolondersteuningsprofiel, en het sluit aan bij het ondersteuningsplan van het samenwerkingsverband
         Waterland-Noord. Het plan is bedoeld voor het team, de medezeggenschapsraad en ouders die willen weten
         hoe de zorg op onze school is geregeld. De Wilgenhoek telt 312 leerlingen in veertien groepen."""),
         H(1, "Basisondersteuning op De Wilgenhoek"),
         P("""Onze school biedt de basisondersteuning zoals die in het samenwerkingsverband is afgesproken. Wij
         werken handelingsgericht, volgen de protocollen voor dyslexie en dyscalculie en hebben een
         anti-pestprogramma. De intern begeleider is vier dagen per week aanwezig. Twee leerkrachten zijn
         opgeleid als gedragsspecialist en één als specialist meer- en hoogbegaafdheid."""),
         H(1, "Zorgniveaus 1 tot en met 5"),
         P("""Wij onderscheiden vijf zorgniveaus. Niveau 1 is de algemene zorg in de groep: goed
         klassenmanagement, gedifferentieerde instructie en het volgen van alle leerlingen met de methode- en
         Cito-toetsen. Niveau 2 is extra zorg door de leerkracht in de groep, vastgelegd in het groepsplan.
         Niveau 3 is speciale zorg na consultatie van de intern begeleider, bijvoorbeeld een remedial
         teaching-traject van acht weken. Niveau 4 is zorg met inzet van externe deskundigen, zoals de
         orthopedagoog van het samenwerkingsverband, een logopedist of het sociaal team. Niveau 5 is de
         verwijzing naar het speciaal basisonderwijs of speciaal onderwijs."""),
         P("""De overgang tussen de niveaus wordt besproken in de groepsbespreking en vastgelegd in het
         leerlingdossier in ParnasSys. Ouders worden bij de overgang naar niveau 3 of hoger altijd uitgenodigd
         voor een gesprek."""),
         H(1, "Groeps- en leerlingbesprekingen"),
         P("""Drie keer per jaar, in oktober, februari en juni, voert de intern begeleider met iedere
         leerkracht een groepsbespreking. Daarin worden de groepsoverzichten, de toetsresultaten en de
         sociaal-emotionele ontwikkeling besproken. Leerlingen die opvallen, worden besproken in een
         leerlingbespreking, waarna de leerkracht een handelingsplan of een aanpassing van het groepsplan
         opstelt. Zes keer per jaar komt het schoolondersteuningsteam bijeen: de intern begeleider, de
         directeur, de schoolmaatschappelijk werker en de orthopedagoog van het samenwerkingsverband."""),
         P("""Voor leerlingen met een eigen leerlijn stelt de school een ontwikkelingsperspectiefplan (OPP)
         op. Het OPP wordt twee keer per jaar met ouders geëvalueerd. Leerlingen vanaf groep 5 worden bij de
         bespreking van hun OPP uitgenodigd om zelf te vertellen wat zij nodig hebben."""),
         H(1, "Extra ondersteuning en arrangementen via het samenwerkingsverband"),
         P("""Als de mogelijkheden van de school zijn uitgeput, vraagt de intern begeleider een arrangement
         aan bij het samenwerkingsverband. In 2024-2025 had De Wilgenhoek drie arrangementen: twee voor gedrag
         en één voor een leerling met een ernstige taalontwikkelingsstoornis. Het samenwerkingsverband
         beslist over de aanvraag; de school voert het arrangement uit en evalueert het samen met de ouders."""),
         H(1, "Toelaatbaarheid sbo/so en terugplaatsing"),
         P("""Soms is een andere school beter voor een kind. De intern begeleider bespreekt dat eerst met de
         ouders en daarna in het schoolondersteuningsteam. De school vraagt dan een toelaatbaarheidsverklaring
         aan bij het samenwerkingsverband volgens het toewijzingsreglement van het samenwerkingsverband.
         Leerlingen die vanuit het sbo terugkomen naar onze school, worden in het eerste halfjaar extra
         gevolgd door de intern begeleider."""),
         H(1, "Ouders"),
         P("""Ouders zijn partner. Bij de start van het schooljaar is er een kennismakingsgesprek met de
         leerkracht. Ouders van leerlingen op zorgniveau 3 of hoger worden na iedere groepsbespreking
         geïnformeerd. Informatie over de ondersteuning op school staat in de schoolgids en in het
         schoolondersteuningsprofiel op onze website. Wie het niet eens is met de school, kan de
         klachtenregeling van het bestuur raadplegen of contact opnemen met de vertrouwenspersoon."""),
         H(1, "Middelen"),
         P("""De school ontvangt van het bestuur een deel van het ondersteuningsbudget van het
         samenwerkingsverband: voor 2025-2026 is dat € 38.400. Dat bedrag zetten wij in voor 0,4 fte
         remedial teaching (€ 27.000), scholing van het team (€ 6.000) en materialen (€ 5.400)."""),
         H(1, "Evaluatie en resultaten"),
         P("""Het team evalueert dit plan in juni 2026. Daarbij kijken we naar de tussen- en eindopbrengsten,
         het aantal leerlingen op zorgniveau 3 en hoger, en de tevredenheid van ouders en leerlingen in de
         jaarlijkse vragenlijst. Doel voor 2025-2026 is dat ten minste 80 procent van de leerlingen met een
         handelingsplan de gestelde doelen haalt. De resultaten worden besproken met de medezeggenschapsraad."""),
         H(1, "Vaststelling"),
         P("""Dit plan is besproken in de teamvergadering van 9 september 2025 en ter informatie voorgelegd aan
         de medezeggenschapsraad op 23 september 2025. Het wordt jaarlijks geactualiseerd."""),
         ]
    return b


LABELN = dict(documents=["obs-de-wilgenhoek-schoolondersteuningsplan.docx"], sector="po", looks_like_plan=False,
              elements={}, criteria={}, advisory_addressed={},
              notes={"document": "School-level 'schoolondersteuningsplan' of one basisschool (zorgniveaus 1-5, groepsbesprekingen, school budget), part of the schoolplan; it only refers to the SWV's plan. Not an ondersteuningsplan of a samenwerkingsverband (no SWV-wide policy, no OPR consent/OOGO, MR only informed)."})


# ---------------------------------------------------------------- labels and main
def write_label(name, lab):
    order = ["basisondersteuning.niveau", "basisondersteuning.inhoud", "plaatsing.procedure", "plaatsing.criteria",
             "terugstroom.procedure", "terugstroom.beleid", "financien.verdeling", "financien.besteding",
             "dekkend-aanbod.continuum", "dekkend-aanbod.lacunes", "resultaten.doelen", "resultaten.monitoring",
             "ouders.informatie", "ouders.steunpunt"]
    eorder = ["basisondersteuning", "plaatsing", "terugstroom", "financien", "dekkend-aanbod", "resultaten", "ouders"]

    def q(s):
        return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'

    lines = ["documents: [" + ", ".join(lab["documents"]) + "]",
             "sector: " + lab["sector"],
             "looks_like_plan: " + ("true" if lab["looks_like_plan"] else "false")]
    if lab["elements"]:
        lines.append("elements: {" + ", ".join(f"{e}: {lab['elements'][e]}" for e in eorder) + "}")
        lines.append("criteria:")
        lines += [f"  {k}: {'true' if lab['criteria'][k] else 'false'}" for k in order]
    else:
        lines += ["elements: {}", "criteria: {}"]
    if lab["advisory_addressed"]:
        lines.append("advisory_addressed:")
        lines += [f"  {k}: [{', '.join(v)}]" for k, v in lab["advisory_addressed"].items()]
    else:
        lines.append("advisory_addressed: {}")
    lines.append("notes:")
    lines += [f"  {k}: {q(v)}" for k, v in lab["notes"].items()]
    (OUT / (name + ".expected.yaml")).write_text("\n".join(lines) + "\n", encoding="utf-8")


def check_labels(lab):
    if not lab["elements"]:
        return
    for e, st in lab["elements"].items():
        vals = [v for k, v in lab["criteria"].items() if k.split(".")[0] == e]
        adv = lab["advisory_addressed"].get(e, [])
        exp = "present" if all(vals) else ("partial" if any(vals) or adv else "missing")
        assert exp == st, (lab["documents"], e, st, exp)


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    p1, p2, p3, p4, p5, nm = plan1(), plan2(), plan3(), plan4(), plan5(), nearmiss()
    write_docx(p1, OUT / "po-maas-linge-2026.docx", footer="SWV Maas en Linge - Ondersteuningsplan 2026-2030")
    write_docx(p2, OUT / "po-kempenkring-2026.docx", header="Ondersteuningsplan De Kempenkring 2026-2030")
    docx_to_pdf(p3, OUT / "po-zuid-veluwe-oost-2026.pdf", header="Koers 2026-2030 | SWV Zuid-Veluwe Oost")
    docx_to_pdf(p4, OUT / "vo-westland-delfland-2026.pdf",
                header="Ondersteuningsplan 2026-2030 | basisondersteuning - toewijzing - ouders",
                footer="SWV VO Westland-Delfland (VO 28-06)")
    write_md(p5, OUT / "po-waterland-noord-2026.md")
    write_docx(nm, OUT / "obs-de-wilgenhoek-schoolondersteuningsplan.docx")
    for name, lab in [("po-maas-linge-2026", LABEL1), ("po-kempenkring-2026", LABEL2),
                      ("po-zuid-veluwe-oost-2026", LABEL3), ("vo-westland-delfland-2026", LABEL4),
                      ("po-waterland-noord-2026", LABEL5), ("obs-de-wilgenhoek-schoolondersteuningsplan", LABELN)]:
        check_labels(lab)
        write_label(name, lab)
    for name, blocks in [("plan1", p1), ("plan2", p2), ("plan3", p3), ("plan4", p4), ("plan5", p5), ("nearmiss", nm)]:
        print(name, words(blocks), "words")


if __name__ == "__main__":
    main()
