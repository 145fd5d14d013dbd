#!/usr/bin/env python3
"""Generate holdout6: 4 fictional ondersteuningsplannen (2 PO, 2 VO) + 1 not-a-plan (individual OPP).

Run from samples/holdout6/:  python3 src/make_holdout6.py
Labels follow the status rule of ../shared/domain.md Part A (checked below).
All verbanden, schools, people and figures are fictional.
"""
import os
import subprocess
import sys

from docx import Document
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)

CORE = {
    "basisondersteuning": ["niveau", "inhoud"],
    "plaatsing": ["procedure", "criteria"],
    "terugstroom": ["procedure", "beleid"],
    "financien": ["verdeling", "besteding"],
    "dekkend-aanbod": ["continuum", "lacunes"],
    "resultaten": ["doelen", "monitoring"],
    "ouders": ["informatie", "steunpunt"],
}


def status(el, crit, advisory):
    core = [crit[f"{el}.{c}"] for c in CORE[el]]
    if all(core):
        return "present"
    if any(core) or advisory.get(el):
        return "partial"
    return "missing"


def write_label(slug, documents, sector, crit=None, advisory=None, notes=None, plan=True):
    lines = [f"documents: [{', '.join(documents)}]", f"sector: {sector}",
             f"looks_like_plan: {'true' if plan else 'false'}"]
    if not plan:
        lines += ["elements: {}", "criteria: {}"]
    else:
        els = {el: status(el, crit, advisory) for el in CORE}
        lines.append("elements: {" + ", ".join(f"{k}: {v}" for k, v in els.items()) + "}")
        lines.append("criteria:")
        for el, cs in CORE.items():
            for c in cs:
                lines.append(f"  {el}.{c}: {'true' if crit[f'{el}.{c}'] else 'false'}")
    if notes:
        lines.append("notes:")
        for k, v in notes.items():
            lines.append(f"  {k}: \"{v}\"")
    with open(os.path.join(OUT, f"{slug}.expected.yaml"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    if plan:
        return {el: status(el, crit, advisory) for el in CORE}


# ---------------------------------------------------------------- docx helpers
def new_doc(footer_text=None, header_text=None):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    sec = d.sections[0]
    if footer_text:
        sec.footer.paragraphs[0].text = footer_text
    if header_text:
        sec.header.paragraphs[0].text = header_text
    return d


def table(d, rows, style="Table Grid"):
    t = d.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = style
    for i, r in enumerate(rows):
        for j, v in enumerate(r):
            t.cell(i, j).text = v
            if i == 0:
                for run in t.cell(i, j).paragraphs[0].runs:
                    run.bold = True
    d.add_paragraph()
    return t


def paras(d, text):
    for p in text.strip().split("\n\n"):
        p = " ".join(p.split())
        if p.startswith("- "):
            for item in p[2:].split(" - "):
                d.add_paragraph(item.strip(), style="List Bullet")
        else:
            d.add_paragraph(p)


# ============================================================ 1. PO docx + pdf
def po_lingegouw():
    slug = "po-lingegouw"
    d = new_doc(footer_text="Ondersteuningsplan Lingegouw 2026-2030 | scholen, ouders en partners samen | concept OPR-versie")
    d.add_paragraph("Stichting Samenwerkingsverband Passend Onderwijs Lingegouw").runs[0].bold = True
    d.add_paragraph("PO 26-11")
    h = d.add_heading("Ondersteuningsplan 2026 – 2030", 0)
    d.add_paragraph("‘Elk kind een plek die past’")
    d.add_paragraph("Vastgesteld door het algemeen bestuur op 24 maart 2026, na op overeenstemming gericht overleg "
                    "met de gemeenten Lingewaard, Overbetuwe-Zuid en Neder-Linge.")
    d.add_page_break()
    d.add_heading("Inhoudsopgave", 1)
    for line in ["1  Waarom dit plan ........................................ 3",
                 "2  Het basisarrangement: wat elke school biedt ............ 4",
                 "3  Het ondersteuningscontinuüm ........................... 6",
                 "4  Toelaatbaarheid tot sbo en so ........................... 8",
                 "5  Terug naar het regulier onderwijs ...................... 10",
                 "6  Geld en middelen ..................................... 11",
                 "7  Kwaliteit en opbrengsten ............................ 13",
                 "8  Ouders en communicatie ................................ p.m.",
                 "Bijlage A  Begrippenlijst ............................... 15"]:
        d.add_paragraph(line)
    d.add_page_break()

    d.add_heading("1  Waarom dit plan", 1)
    paras(d, """
    Lingegouw is het samenwerkingsverband van elf schoolbesturen met samen 58 basisscholen, twee scholen voor
    speciaal basisonderwijs (De Wilgenhoek en Het Kompasveld) en drie so-locaties in cluster 3 en 4. Op 1 oktober 2025
    telden we 14.212 leerlingen. Dit plan beschrijft voor de periode 1 augustus 2026 tot 31 juli 2030 hoe wij
    onze wettelijke taak invullen: een samenhangend geheel van ondersteuningsvoorzieningen binnen en tussen de
    scholen, zodat ieder kind een ononderbroken ontwikkeling kan doormaken.

    Het plan is geschreven voor schoolleiders, intern begeleiders, bestuurders en onze partners in de gemeenten.
    Waar we in de vorige planperiode vooral hebben gebouwd aan structuren, willen we nu vooral de kwaliteit van
    de ondersteuning in de klas versterken.
    """)

    d.add_heading("2  Het basisarrangement: wat elke school biedt", 1)
    paras(d, """
    In Lingegouw noemen we de basisondersteuning ‘het basisarrangement’. Dat is het afgesproken minimumniveau
    van ondersteuning dat iedere vestiging van iedere aangesloten basisschool biedt, zonder dat daarvoor een
    aanvraag bij het samenwerkingsverband nodig is. De besturen hebben dit niveau in december 2025 samen
    vastgesteld; het geldt voor alle 58 basisscholen, ongeacht bestuur of denominatie. Wat boven dit niveau
    uitgaat, noemen we extra ondersteuning (hoofdstuk 3).

    Het basisarrangement bestaat uit de volgende onderdelen:
    """)
    table(d, [
        ["Onderdeel", "Wat dit op elke school betekent"],
        ["Ondersteuningsstructuur", "Een intern begeleider met minimaal 0,4 fte per 200 leerlingen; een ondersteuningsteam dat minstens zes keer per jaar bijeenkomt."],
        ["Handelingsgericht werken", "Groepsplannen of groepsoverzichten per vakgebied, twee keer per jaar groepsbesprekingen en leerlingbesprekingen."],
        ["Lezen en dyslexie", "Het Protocol Leesproblemen en Dyslexie wordt gevolgd; vanaf groep 3 drie signaleringsmomenten per jaar; begeleiding tot en met de vergoede diagnostiek."],
        ["Rekenen en dyscalculie", "Het Protocol ERWD; remediërend aanbod in kleine groepjes."],
        ["Gedrag en welbevinden", "Een schoolbreed, bewezen effectief programma voor sociaal-emotioneel leren en een jaarlijkse monitor sociale veiligheid."],
        ["Meer- en hoogbegaafdheid", "Signalering met een vast instrument en een verrijkingsaanbod in de eigen groep."],
        ["Medische handelingen", "Een protocol medisch handelen; basiskennis over diabetes en epilepsie bij het team."],
        ["Preventieve ambulante begeleiding", "Maximaal tien consultaties per school per jaar van de expertisepool van Lingegouw."],
    ])
    paras(d, """
    Borging. Elke school beschrijft in het schoolondersteuningsprofiel hoe zij het basisarrangement invult. De
    ondersteuningsadviseur van het samenwerkingsverband bespreekt dit eens per twee jaar met de directeur aan de
    hand van de kwaliteitskaart. Voldoet een school op één of meer onderdelen niet, dan maken bestuur en
    samenwerkingsverband binnen drie maanden een verbeterplan; de voortgang komt terug in de
    bestuurdersvergadering.
    """)

    d.add_heading("3  Het ondersteuningscontinuüm", 1)
    paras(d, """
    We werken met vier niveaus die samen het ondersteuningscontinuüm van Lingegouw vormen. Niveau 1 is het
    basisarrangement in de groep. Op niveau 2 zet de school, na bespreking in het ondersteuningsteam, een
    arrangement in met middelen uit het schoolbudget: bijvoorbeeld een onderwijsassistent, een
    taalklasje of begeleiding door een gedragsspecialist. Op niveau 3 gaat het om bovenschoolse voorzieningen
    die het samenwerkingsverband zelf organiseert: de Lingeklas voor hoogbegaafde leerlingen (vier dagdelen per
    week op twee locaties), de observatiegroep De Brug (maximaal twaalf weken) en de nieuwkomersvoorziening in
    Bemmel. Niveau 4 is plaatsing in het speciaal basisonderwijs of het speciaal onderwijs met een
    toelaatbaarheidsverklaring.

    Het samenwerkingsverband stelt zich ten doel dat er voor ieder kind in de regio een passende plek is. Een
    analyse van witte vlekken en de aanpak van thuiszitters wordt in 2027 uitgewerkt in een apart
    actieplan.
    """)

    d.add_heading("4  Toelaatbaarheid tot sbo en so", 1)
    paras(d, """
    Procedure. Het bevoegd gezag van de school waar de leerling staat ingeschreven vraagt de
    toelaatbaarheidsverklaring (TLV) aan via het digitale Loket van Lingegouw. De aanvraag verloopt in vier
    stappen:
    """)
    table(d, [
        ["Stap", "Wie", "Wat", "Termijn"],
        ["1", "School (IB'er)", "Bespreking in het ondersteuningsteam; groeidocument en onderwijskundig rapport worden compleet gemaakt.", "—"],
        ["2", "Bevoegd gezag", "Indienen van de aanvraag bij het Loket.", "—"],
        ["3", "Twee deskundigen", "Een orthopedagoog of psycholoog en een tweede deskundige (afhankelijk van de vraag een kinderarts, maatschappelijk werker of specialist so) geven elk schriftelijk advies.", "binnen 3 weken"],
        ["4", "Commissie van Toelaatbaarheid", "Besluit namens het bestuur van het samenwerkingsverband.", "binnen 6 weken na complete aanvraag"],
    ])
    paras(d, """
    Criteria. Een leerling is toelaatbaar tot het sbo wanneer (a) de basisschool aantoonbaar ten minste twee
    cycli handelingsgericht extra ondersteuning heeft geboden, (b) de ontwikkeling van de leerling op meerdere
    gebieden stagneert en (c) de ondersteuningsbehoefte structureel een kleinere groep en een intensiever
    pedagogisch klimaat vraagt dan een arrangement in de basisschool kan bieden. Voor het so geldt daarnaast dat
    de ondersteuningsbehoefte specialistische expertise van cluster 3 of 4 vraagt, dat er sprake is van
    handelingsverlegenheid van het sbo óf dat sbo op basis van het deskundigenadvies niet passend is.

    Een TLV voor het sbo wordt in de regel afgegeven tot het einde van de basisschoolperiode. Een TLV voor het so
    geldt voor twee schooljaren, in bekostigingscategorie laag, midden of hoog, afhankelijk van de
    ondersteuningsbehoefte zoals de deskundigen die beschrijven.
    """)

    d.add_heading("5  Terug naar het regulier onderwijs", 1)
    paras(d, """
    Lingegouw wil dat een verblijf in het speciaal (basis)onderwijs geen eindstation is. Uitgangspunt van ons
    terugplaatsingsbeleid is dat een leerling zo thuisnabij en zo regulier mogelijk onderwijs volgt, zodra dat
    verantwoord kan. Voorwaarden daarvoor zijn dat het ontwikkelingsperspectief een terugkeer realistisch maakt
    en dat de ontvangende school de ondersteuning kan bieden die in het OPP staat. Na terugkeer krijgt de
    ontvangende school een terugplaatsingsarrangement: gedurende zes maanden ambulante begeleiding vanuit de
    so- of sbo-school en een budget van € 4.500 per leerling, betaald uit de reserve zware ondersteuning.

    Het stappenplan voor terugplaatsing en overplaatsing wordt in schooljaar 2026-2027 samen met de sbo- en
    so-scholen uitgewerkt.
    """)

    d.add_heading("6  Geld en middelen", 1)
    paras(d, """
    Lingegouw ontvangt van het Rijk een ondersteuningsbudget voor lichte en zware ondersteuning. Na aftrek van
    de afdrachten aan DUO voor het so en de groeibekostiging sbo (peildatum 1 februari) verdelen we de middelen
    volgens het volgende verdeelmodel, dat het algemeen bestuur jaarlijks vóór 1 december vaststelt:
    """)
    paras(d, """
    - Schoolbudget: € 175 per leerling (teldatum 1 oktober voorafgaand aan het schooljaar) plus een vaste voet van € 9.000 per vestiging, rechtstreeks aan de besturen. - Bovenschoolse voorzieningen (niveau 3): begroot per voorziening op basis van het aantal plaatsen. - Expertisepool en Loket: formatie in dienst van het samenwerkingsverband.
    """)
    paras(d, """
    Besturen besteden het schoolbudget aan arrangementen op niveau 2 en verantwoorden dit jaarlijks vóór 1 mei
    met een korte bestedingsrapportage per school. De meerjarenbegroting ziet er als volgt uit (x € 1.000):
    """)
    table(d, [
        ["Post", "2026", "2027", "2028", "2029"],
        ["Baten ondersteuningsbudget (na verevening)", "11.940", "11.870", "11.810", "11.760"],
        ["Afdrachten so en groeibekostiging sbo", "-4.210", "-4.180", "-4.150", "-4.120"],
        ["Schoolbudgetten besturen", "-3.010", "-2.990", "-2.970", "-2.950"],
        ["Bovenschoolse voorzieningen", "-2.150", "-2.180", "-2.200", "-2.220"],
        ["Expertisepool, Loket en bureau", "-1.640", "-1.660", "-1.680", "-1.700"],
        ["Resultaat", "930", "860", "810", "770"],
    ])
    paras(d, """
    De reserve bedroeg op 31 december 2025 € 3,1 miljoen, boven de signaleringswaarde. Het positieve resultaat
    wordt in 2026-2029 ingezet voor terugplaatsingsarrangementen en een extra observatiegroep; daarmee daalt de
    reserve naar het bestuurlijk vastgestelde weerstandsvermogen van 5% van de baten.
    """)

    d.add_heading("7  Kwaliteit en opbrengsten", 1)
    paras(d, """
    Wat willen we in 2030 bereikt hebben voor leerlingen die extra ondersteuning nodig hebben?
    """)
    table(d, [
        ["Ambitie", "Indicator", "Nulmeting 2025", "Streefwaarde 2030"],
        ["Meer kinderen thuisnabij", "Deelnamepercentage sbo + so", "3,9%", "3,4%"],
        ["Snellere hulp", "Doorlooptijd TLV-aanvraag", "47 dagen", "maximaal 30 dagen"],
        ["Tevreden scholen", "Tevredenheid IB'ers over expertisepool", "7,1", "7,8"],
        ["Ondersteuning in de klas werkt", "Aandeel niveau-2-arrangementen met behaalde doelen", "n.b.", "minimaal 75%"],
    ])
    paras(d, """
    Monitoring. Het bureau verzamelt de indicatoren twee keer per jaar (peildatum 1 oktober en 1 maart) in het
    dashboard Lingezicht. In een kwaliteitsdialoog met ieder bestuur bespreken we de cijfers en de evaluaties
    van arrangementen. Het algemeen bestuur evalueert elk voorjaar de voortgang op de ambities; het
    jaarverslag (vóór 1 juli) rapporteert de bereikte resultaten en de kosten per voorziening. In 2028 volgt een
    tussentijdse evaluatie met een externe partner.
    """)

    d.add_heading("8  Ouders en communicatie", 1)
    d.add_paragraph("p.m.")

    d.add_page_break()
    d.add_heading("Bijlage A  Begrippenlijst", 1)
    table(d, [
        ["Begrip", "Betekenis"],
        ["Basisarrangement", "De basisondersteuning die elke school biedt."],
        ["OJSP", "Ouder- en jeugdsteunpunt: onafhankelijk steunpunt waar ouders en jongeren terecht kunnen met vragen over passend onderwijs."],
        ["Onderwijsconsulenten", "Landelijke organisatie die ouders gratis en onafhankelijk adviseert bij een verschil van mening met school."],
        ["OPP", "Ontwikkelingsperspectiefplan."],
        ["TLV", "Toelaatbaarheidsverklaring."],
    ])
    docx = os.path.join(OUT, slug + ".docx")
    d.save(docx)
    subprocess.run(["libreoffice", "--headless", "--convert-to", "pdf", "--outdir", OUT, docx],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    crit = {
        "basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
        "plaatsing.procedure": True, "plaatsing.criteria": True,
        "terugstroom.procedure": False, "terugstroom.beleid": True,
        "financien.verdeling": True, "financien.besteding": True,
        "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": False,
        "resultaten.doelen": True, "resultaten.monitoring": True,
        "ouders.informatie": False, "ouders.steunpunt": False,
    }
    notes = {
        "terugstroom": "beleid (thuisnabij, voorwaarden, terugplaatsingsarrangement) in ch.5; the stappenplan/procedure is only deferred ('wordt in 2026-2027 uitgewerkt')",
        "dekkend-aanbod": "continuum niveaus 1-4 with voorzieningen in ch.3; lacunes/thuiszitters only deferred to an actieplan in 2027",
        "ouders": "chapter 8 is 'p.m.'; OJSP and Onderwijsconsulenten appear only in the Begrippenlijst (Bijlage A); 'ouders' only in running footer and a passing mention -> nothing addressed",
    }
    return write_label(slug, [slug + ".docx", slug + ".pdf"], "po", crit, {}, notes)


# ============================================================ 2. PO markdown
PO_KEMPENRAND_MD = """\
# Samen passend — Ondersteuningsplan 2026-2030

**Samenwerkingsverband Passend Primair Onderwijs De Kempenrand (PO 30-09)**
*Met instemming van de ondersteuningsplanraad, 9 april 2026*

---

**In dit plan**
1. Onze bedoeling
2. Wat u van iedere school mag verwachten
3. Van extra hulp tot speciale school: ons aanbod
4. Naar het sbo of so
5. Weer terug naar de basisschool
6. Over geld
7. Wat we willen bereiken
8. Voor ouders

---

## 1. Onze bedoeling

De Kempenrand is het samenwerkingsverband van zeven schoolbesturen in de gemeenten Bladel-Oost, Reusel-Kempen en
Hoogeloon. Samen hebben we 41 basisscholen, één school voor speciaal basisonderwijs (SBO De Zandloper) en twee
so-scholen. We schrijven dit plan zo dat ook ouders het kunnen lezen. Daarom gebruiken we zo min mogelijk
vaktaal en spreken we u direct aan.

## 2. Wat u van iedere school mag verwachten

In onze regio hebben alle besturen afgesproken dat iedere school (en iedere vestiging) hetzelfde basisniveau van
ondersteuning biedt. Dat noemen we de basisondersteuning. Het is de ondergrens: geen enkele school in De Kempenrand
mag daaronder zitten, en voor deze ondersteuning hoeft de school niets aan te vragen.

Welke voorzieningen, aanpakken en deskundigheid daar precies onder vallen, staat in bijlage 2 (Kwaliteitskaart
basisondersteuning De Kempenrand).

## 3. Van extra hulp tot speciale school: ons aanbod

Niet ieder kind heeft genoeg aan de basisondersteuning. Daarom is er in De Kempenrand een trap van steeds
intensievere hulp:

| Trede | Wat | Wie regelt het |
|---|---|---|
| Basis | Basisondersteuning in de eigen groep | de school |
| Extra op school | Arrangement op maat, bijvoorbeeld extra begeleiding of een aangepast programma | school met het ondersteuningsteam |
| Bovenschools | Plusklas De Uitdaging, taalschakelklas, observatiegroep Kiem (jonge kinderen), onderwijs-zorgarrangement met jeugdhulp | samenwerkingsverband |
| Speciaal | SBO De Zandloper, so-scholen De Berk (cluster 4) en Mytylschool Kempen (cluster 3) | met een TLV |

**Als er geen passende plek is.** Elke school heeft zorgplicht: als u uw kind aanmeldt, moet het bestuur een
passende plek bieden, op de eigen school of op een andere school. Lukt dat niet binnen de wettelijke termijn, dan
schuift onze trajectbegeleider aan. Kinderen die thuiszitten of dreigen thuis te komen zitten, bespreken we elke
maand in het thuiszittersoverleg met leerplicht en de jeugdteams van de drie gemeenten. Bij vastlopende situaties
heeft de directeur van het samenwerkingsverband doorzettingsmacht. In 2025 waren er gemiddeld 6 thuiszitters;
ons doel is dat geen kind langer dan drie maanden thuiszit.

Twee keer per jaar kijken we welke groepen kinderen in onze regio (nog) geen passend aanbod hebben. Uit de analyse
van 2025 bleek dat er te weinig plekken zijn voor jonge kinderen (4-6 jaar) met ernstige gedragsproblemen: er
stonden 9 kinderen op de wachtlijst van De Berk. Daarom starten we in augustus 2026 een tweede observatiegroep in
Reusel, en in 2027 onderzoeken we met de so-school een combinatiegroep sbo/so.

## 4. Naar het sbo of so

Soms past een speciale (basis)school beter. Daar is een toelaatbaarheidsverklaring (TLV) voor nodig. Zo gaat het:

1. De intern begeleider bespreekt uw kind in het ondersteuningsteam, waar u als ouder bij bent.
2. De school vult het groeidocument in; u geeft daarin uw zienswijze.
3. Het bestuur van de school dient de aanvraag in bij de Commissie Toelaatbaarheid van De Kempenrand.
4. Twee deskundigen (altijd een orthopedagoog, daarnaast bijvoorbeeld een jeugdarts) geven advies. U krijgt een kopie van die adviezen.
5. De commissie neemt binnen zes weken een besluit.

Op welke gronden de commissie beslist, leest u in het afwegingskader op onze website.

Bent u het niet eens met het besluit? Dan kunt u binnen zes weken bezwaar maken bij de Landelijke
Bezwaaradviescommissie.

## 5. Weer terug naar de basisschool

We vinden het belangrijk dat kinderen zo dicht mogelijk bij huis naar school gaan. Als een kind zich op het sbo of
so zo goed ontwikkelt dat het weer naar een gewone basisschool kan, dan willen we dat ook laten gebeuren — met
goede begeleiding. Terugplaatsing moet passen bij het ontwikkelingsperspectief van uw kind en mag nooit een sprong
in het diepe zijn: een kind gaat pas terug als de ontvangende school de nodige ondersteuning kan bieden.

Hoe gaat dat?

- De sbo- of so-school bespreekt elk jaar bij de evaluatie van het ontwikkelingsperspectiefplan (OPP) met u of terugkeer
  mogelijk is. In het laatste jaar van de TLV gebeurt dit uiterlijk in januari.
- Lijkt terugkeer haalbaar, dan zoekt de speciale school samen met u en onze trajectbegeleider een basisschool,
  bij voorkeur in de buurt.
- Er volgt een proefperiode van zes tot acht weken, waarin uw kind een deel van de week al op de nieuwe school is.
- Na de proefperiode besluiten de beide scholen samen met u; de Commissie Toelaatbaarheid wordt geïnformeerd.
- Na de overstap krijgt de basisschool een half jaar begeleiding van een ambulant begeleider van de speciale school.

Kan terugkeer (nog) niet, dan vraagt de speciale school tijdig, uiterlijk 1 april, een nieuwe TLV aan.

## 6. Over geld

Hoe de middelen van het samenwerkingsverband worden verdeeld, en de begroting voor de komende jaren, werken we uit
in een aparte financiële notitie. Die volgt in het najaar van 2026.

## 7. Wat we willen bereiken

Aan het eind van deze planperiode (2030) willen we dat:

- het aantal thuiszitters is gedaald van gemiddeld 6 naar maximaal 2;
- 90% van de kinderen met een arrangement op de eigen school blijft;
- er jaarlijks minstens 8 kinderen vanuit sbo of so terugkeren naar een basisschool (nu 3);
- ouders ons gemiddeld minstens een 7,5 geven.

Hoe we deze doelen precies gaan meten en wanneer we erover rapporteren, werken we het komende jaar uit.

## 8. Voor ouders

**Informatie.** Op www.dekempenrand-po.example staat een ouderpagina met uitleg over alle voorzieningen uit
hoofdstuk 3 en het stappenplan naar het sbo/so. Iedere school beschrijft in haar schoolgids en
schoolondersteuningsprofiel welke ondersteuning ze biedt. Eén keer per jaar houden we een informatieavond voor
ouders in elk van de drie gemeenten, en onze folder ‘Passend onderwijs in de Kempenrand’ is er in het Nederlands,
Engels, Pools en Arabisch. Met vragen kunt u ook bellen met onze ouderlijn (op werkdagen 9-12 uur).

**Onafhankelijke hulp.** Wilt u met iemand praten die niet van school of van het samenwerkingsverband is? Dan kunt
u terecht bij het Ouder- en Jeugdsteunpunt Kempen, dat gratis en onafhankelijk met u meedenkt. Ook de
Onderwijsconsulenten helpen ouders bij een verschil van mening met school. Lukt het niet om er samen uit te komen,
dan kunt u een klacht indienen bij de klachtencommissie of een geschil voorleggen aan de Geschillencommissie
passend onderwijs.

**Meedoen.** Ouders praten mee via de ondersteuningsplanraad, waarin zes ouders en zes medewerkers zitten.
"""


def po_kempenrand():
    slug = "po-kempenrand"
    with open(os.path.join(OUT, slug + ".md"), "w", encoding="utf-8") as f:
        f.write(PO_KEMPENRAND_MD)
    crit = {
        "basisondersteuning.niveau": True, "basisondersteuning.inhoud": False,
        "plaatsing.procedure": True, "plaatsing.criteria": False,
        "terugstroom.procedure": True, "terugstroom.beleid": True,
        "financien.verdeling": False, "financien.besteding": False,
        "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
        "resultaten.doelen": True, "resultaten.monitoring": False,
        "ouders.informatie": True, "ouders.steunpunt": True,
    }
    notes = {
        "basisondersteuning": "niveau defined (ondergrens voor iedere vestiging); concrete content only referred to absent bijlage 2 (Kwaliteitskaart)",
        "plaatsing": "5-step procedure with deskundigen, termijn and bezwaar; criteria only referred to 'afwegingskader op onze website'",
        "financien": "only a deferral to a separate financial note 'volgt in het najaar van 2026'; no verdeling, no amounts",
        "resultaten": "doelen with numbers in ch.7; monitoring explicitly deferred ('werken we het komende jaar uit')",
    }
    return write_label(slug, [slug + ".md"], "po", crit, {}, notes)


# ============================================================ 3. VO docx only
def vo_eemvallei():
    slug = "vo-eemvallei"
    d = new_doc(header_text="SWV VO Eemvallei (VO 26-04) — Ondersteuningsplan 2026-2030 — versie 0.9")
    d.add_heading("Ondersteuningsplan 2026-2030", 0)
    d.add_paragraph("Vereniging Samenwerkingsverband Voortgezet Onderwijs Eemvallei, regio VO 26-04")
    d.add_paragraph("Ter instemming voorgelegd aan de ondersteuningsplanraad; OOGO met de gemeenten Eemdijk, "
                    "Soestbergen en Leusveld gevoerd op 11 februari 2026.")
    d.add_heading("Inhoud", 1)
    for line in ["1. Context en uitgangspunten", "2. Basisondersteuning", "3. Continuüm van voorzieningen en dekkend netwerk",
                 "4. Toelaatbaarheid vso, pro en lwoo", "5. Terugplaatsing en overplaatsing", "6. Financieel beleid",
                 "7. Kwaliteitszorg en resultaten", "8. Informatie aan ouders en leerlingen", "Lijst van afkortingen"]:
        d.add_paragraph(line)
    d.add_page_break()

    d.add_heading("1. Context en uitgangspunten", 1)
    paras(d, """
    1.1 Het samenwerkingsverband omvat 19 vestigingen van regulier voortgezet onderwijs (vmbo, havo, vwo), twee
    scholen voor praktijkonderwijs, vier vso-scholen en het OPDC De Overstap. Op 1 oktober 2025 stonden er 16.480
    leerlingen ingeschreven, van wie 4,1% in het vso (landelijk: 3,6%).

    1.2 Het bestuur hanteert drie uitgangspunten: ondersteuning zo dicht mogelijk bij de reguliere klas;
    expertise volgt de leerling; en een doorlopende lijn van po naar vo en van vo naar mbo. Bij de overstap van
    het primair onderwijs vindt voor iedere leerling met een ondersteuningsbehoefte een warme overdracht plaats.
    De uitstroom van vso-leerlingen naar vervolgonderwijs en arbeid volgen we samen met het mbo.
    """)

    d.add_heading("2. Basisondersteuning", 1)
    paras(d, """
    2.1 Onder basisondersteuning verstaat het samenwerkingsverband het geheel van preventieve en licht curatieve
    interventies, de ondersteuningsstructuur en de planmatige werkwijze die alle vestigingen van alle aangesloten
    scholen ten minste bieden. Het niveau is door de algemene ledenvergadering vastgesteld in de ‘Standaard
    basisondersteuning VO Eemvallei’ en geldt voor iedere vestiging, inclusief de scholen voor praktijkonderwijs.

    2.2 De standaard omvat de volgende voorzieningen:
    """)
    table(d, [
        ["Domein", "Minimale voorziening op elke vestiging"],
        ["Structuur", "Een ondersteuningscoördinator en een zorgadviesteam dat ten minste maandelijks overlegt; mentoruur in leerjaar 1 en 2."],
        ["Leren", "Dyslexie- en dyscalculiebeleid met faciliteiten (verlenging toetstijd, voorleessoftware); huiswerkbegeleiding."],
        ["Gedrag en welbevinden", "Trainingen sociale vaardigheden en faalangstreductie; een time-out-voorziening in de school (opvang)."],
        ["Executieve functies", "Coaching op plannen en organiseren door een daartoe geschoolde coach."],
        ["Fysiek en medisch", "Een rustruimte; protocol medisch handelen; aanpassingen voor leerlingen met een lichamelijke beperking op de begane grond."],
        ["Expertise", "Toegang tot een orthopedagoog of psycholoog binnen het bestuur; schoolmaatschappelijk werk."],
    ])
    paras(d, """
    2.3 Scholen leggen jaarlijks in de schoolgids vast hoe zij de standaard invullen. Het bureau toetst dit eens
    in de twee jaar in een collegiale visitatie.
    """)

    d.add_heading("3. Continuüm van voorzieningen en dekkend netwerk", 1)
    paras(d, """
    3.1 Boven de basisondersteuning kent het samenwerkingsverband drie lagen. (a) Extra ondersteuning op de school:
    de school zet een arrangement in, gefinancierd uit het schoolbudget. (b) Bovenschoolse voorzieningen: het
    OPDC De Overstap (tijdelijke plaatsing van maximaal een jaar met terugkeer naar de eigen school),
    de reboundvoorziening Eemkracht (maximaal 12 weken), de ISK voor nieuwkomers en het onderwijs-zorgarrangement
    Samen Verder met de jeugdhulpaanbieders. (c) Het voortgezet speciaal onderwijs in cluster 3 en 4 en het
    praktijkonderwijs.

    3.2 Dekkend netwerk. Het samenwerkingsverband brengt elk jaar in het voorjaar in kaart welke leerlingen geen
    passende plek vinden. Bronnen zijn de zorgplichtmeldingen van de besturen, de verzuimcijfers van het RBL en
    de wachtlijsten van vso en OPDC. In 2025 zaten er 14 leerlingen langer dan vier weken thuis; 11 van hen hadden
    een combinatie van psychiatrische problematiek en schoolweigering. Het bestuur heeft daarom besloten tot:
    """)
    table(d, [
        ["Lacune", "Actie", "Gereed"],
        ["Geen aanbod voor leerlingen met angstklachten en langdurig verzuim", "Kleinschalige voorziening ‘De Haven’ op de havo/vwo-locatie in Soestbergen, 16 plaatsen", "augustus 2027"],
        ["Wachtlijst vso cluster 4 (gemiddeld 7 leerlingen)", "Afspraak met vso De Eemhorst over 10 extra plaatsen", "augustus 2026"],
        ["Thuiszitters zonder sluitende aanpak", "Maandelijks casusoverleg met leerplicht en gemeenten; escalatie naar directeur-bestuurder na 6 weken", "loopt"],
    ])

    d.add_heading("4. Toelaatbaarheid vso, pro en lwoo", 1)
    paras(d, """
    4.1 Voortgezet speciaal onderwijs. Het bevoegd gezag van de school waar de leerling is ingeschreven of
    aangemeld dient de aanvraag in bij de Commissie Toewijzing. Bij de aanvraag horen het OPP, het verslag van het
    multidisciplinair overleg en de evaluatie van de geboden ondersteuning. Een orthopedagoog of psycholoog en een
    tweede deskundige, passend bij de vraag, adviseren. De commissie besluit binnen vijf weken. Een TLV vso wordt
    afgegeven voor ten hoogste drie schooljaren en vermeldt de bekostigingscategorie.

    4.2 Criteria vso. Een leerling is toelaatbaar tot het vso wanneer de ondersteuningsbehoefte blijkens het
    deskundigenadvies (a) niet met een arrangement in het regulier onderwijs of een bovenschoolse voorziening
    kan worden beantwoord, (b) een combinatie van onderwijs en zorg vraagt die alleen het vso biedt, en (c) de
    school een jaar extra ondersteuning heeft geboden, tenzij de situatie dit redelijkerwijs niet toelaat.

    4.3 Praktijkonderwijs. De school voor praktijkonderwijs vraagt de toelaatbaarheid aan. Het samenwerkingsverband
    toetst aan de landelijke criteria (IQ tussen 55 en 80 en een leerachterstand van drie jaar of meer op ten
    minste twee van de vier domeinen, waarvan één begrijpend lezen of inzichtelijk rekenen) en besluit binnen vier
    weken. De toelaatbaarheid geldt voor de hele schoolloopbaan.

    4.4 Leerwegondersteunend onderwijs. Eemvallei volgt de landelijke criteria voor lwoo. De vo-school stuurt het
    dossier uiterlijk 1 maart in; de commissie beslist voor 1 mei. Leerlingen die niet aan de criteria voldoen
    maar wel ondersteuning nodig hebben, krijgen een arrangement binnen de basis- of extra ondersteuning.
    """)

    d.add_heading("5. Terugplaatsing en overplaatsing", 1)
    d.add_paragraph("[Deze paragraaf volgt na afstemming met de vso-directies.]")

    d.add_heading("6. Financieel beleid", 1)
    paras(d, """
    6.1 Verdeling. De middelen lichte ondersteuning gaan volledig naar de besturen, naar rato van het
    leerlingaantal op 1 oktober (pro-leerlingen tellen niet mee, omdat het praktijkonderwijs rechtstreeks wordt
    bekostigd). Van de middelen zware ondersteuning worden eerst de afdrachten voor het vso en het OPDC betaald;
    het restant wordt voor 70% per leerling en voor 30% via een vaste voet per vestiging aan de besturen
    toegekend. Bovenschoolse voorzieningen worden begroot op basis van het aantal plaatsen. Het algemeen bestuur
    stelt de verdeling jaarlijks vóór 1 november vast op voorstel van de directeur-bestuurder.

    6.2 Reserves. Het samenwerkingsverband houdt een weerstandsvermogen aan van maximaal 5% van de baten. De
    risicoparagraaf noemt als grootste risico de groei van het aantal vso-leerlingen.

    6.3 De meerjarenbegroting 2026-2030 is opgenomen in bijlage 5.
    """)

    d.add_heading("7. Kwaliteitszorg en resultaten", 1)
    paras(d, """
    7.1 Beoogde resultaten voor leerlingen met een ondersteuningsbehoefte in 2030:
    """)
    table(d, [
        ["Doel", "Indicator", "2025", "2030"],
        ["Minder thuiszitters", "Leerlingen > 4 weken thuis", "14", "≤ 5"],
        ["Vso-deelname richting landelijk gemiddelde", "Deelnamepercentage vso", "4,1%", "3,7%"],
        ["Succesvolle terugkeer na OPDC", "Leerlingen die na OPDC een jaar later nog op een reguliere school zitten", "68%", "80%"],
        ["Diploma na extra ondersteuning", "Aandeel leerlingen met arrangement dat doorstroomt zonder vertraging", "71%", "78%"],
    ])
    paras(d, """
    7.2 Monitoring en evaluatie. De ondersteuningscoördinatoren leveren per 1 oktober en 1 maart de gegevens aan
    in de monitor. Het bureau analyseert deze en bespreekt ze in de kwaliteitsgesprekken met de besturen. De
    directeur-bestuurder rapporteert halfjaarlijks aan het toezichthoudend bestuur; het jaarverslag bevat de
    bereikte resultaten per doel en de daaraan bestede middelen. In 2028 volgt een tussenevaluatie met
    de ondersteuningsplanraad.
    """)

    d.add_heading("8. Informatie aan ouders en leerlingen", 1)
    paras(d, """
    8.1 Ouders worden geïnformeerd via de website van het samenwerkingsverband, waar per school het
    ondersteuningsprofiel en een overzicht van alle bovenschoolse voorzieningen staat. In september en januari
    organiseert het samenwerkingsverband informatieavonden over de overstap po-vo, waar ook het lwoo, het
    praktijkonderwijs en het vso worden toegelicht. Iedere school neemt in de schoolgids een paragraaf over
    passend onderwijs op, met de contactgegevens van de ondersteuningscoördinator.

    8.2 Ouders zijn gesprekspartner bij het opstellen en evalueren van het OPP van hun kind.
    """)

    d.add_heading("Lijst van afkortingen", 1)
    table(d, [
        ["Afkorting", "Betekenis"],
        ["ISK", "Internationale schakelklas"],
        ["OJSP", "Ouder- en jeugdsteunpunt"],
        ["OPDC", "Orthopedagogisch-didactisch centrum"],
        ["OPP", "Ontwikkelingsperspectiefplan"],
        ["RBL", "Regionaal Bureau Leerplicht"],
        ["TLV", "Toelaatbaarheidsverklaring"],
    ])
    d.save(os.path.join(OUT, slug + ".docx"))
    crit = {
        "basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
        "plaatsing.procedure": True, "plaatsing.criteria": True,
        "terugstroom.procedure": False, "terugstroom.beleid": False,
        "financien.verdeling": True, "financien.besteding": False,
        "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
        "resultaten.doelen": True, "resultaten.monitoring": True,
        "ouders.informatie": True, "ouders.steunpunt": False,
    }
    notes = {
        "terugstroom": "ch.5 is a placeholder ('Deze paragraaf volgt'); only near-misses elsewhere (warme overdracht po-vo, uitstroom naar mbo, OPDC terugkeer naar eigen school = bovenschoolse voorziening, not terugplaatsing from vso)",
        "financien": "verdeling (rato leerlingaantal, 70/30, vaste voet, vóór 1 november) addressed; besteding/meerjarenbegroting only referred to absent bijlage 5; reserves (advisory) addressed",
        "ouders": "informatie (website, informatieavonden, schoolgids) addressed; no independent support/klachten — OJSP only in Lijst van afkortingen; no bezwaar route mentioned anywhere",
    }
    return write_label(slug, [slug + ".docx"], "vo", crit, {}, notes)


# ============================================================ 4. VO html
VO_POLDERRAND_HTML = """<!DOCTYPE html>
<html lang="nl">
<head>
<meta charset="utf-8">
<title>Ondersteuningsplan 2026-2030 | SWV VO Polderrand</title>
</head>
<body>
<header>
  <p class="logo">Samenwerkingsverband VO Polderrand &middot; VO 31-02</p>
  <nav>
    <ul>
      <li><a href="#basis">Basisondersteuning</a></li>
      <li><a href="#toelaatbaarheid">Toelaatbaarheid</a></li>
      <li><a href="#terug">Einde TLV</a></li>
      <li><a href="#geld">Financi&euml;n</a></li>
      <li><a href="#">Dekkend aanbod (in voorbereiding)</a></li>
      <li><a href="#">Resultaten (in voorbereiding)</a></li>
      <li><a href="#ouders">Ouders</a></li>
    </ul>
  </nav>
</header>
<main>
<h1>Ondersteuningsplan 2026&ndash;2030</h1>
<p>Het samenwerkingsverband voortgezet onderwijs Polderrand verbindt acht schoolbesturen met 23 vestigingen in de
gemeenten Zeewolde-Noord, Dronterwijk en Biddinghuizen-Oost. Dit ondersteuningsplan is op 18 maart 2026 vastgesteld
door het bestuur, na instemming van de ondersteuningsplanraad. Wij werken resultaatgericht en in goede
samenwerking met de scholen. Onze netwerkbijeenkomsten voor ondersteuningscoördinatoren en het jaarlijkse
scholingsaanbod voor mentoren vormen de basis van onze kennisdeling.</p>

<section id="basis">
<h2>Wat elke vo-school in de Polderrand biedt</h2>
<p>Basisondersteuning is in de Polderrand het afgesproken minimum aan ondersteuning dat iedere vestiging van iedere
aangesloten school biedt aan alle leerlingen, zonder aanvraag bij het samenwerkingsverband. De besturen hebben
dit niveau vastgelegd in twaalf standaarden. Elke vestiging heeft in elk geval:</p>
<ol>
  <li>een ondersteuningscoördinator en een ondersteuningsteam met schoolmaatschappelijk werk en de jeugdarts;</li>
  <li>een mentor per klas met een wekelijks mentoruur in de onderbouw;</li>
  <li>een dyslexie- en dyscalculieprotocol met vaste faciliteiten;</li>
  <li>trainingen faalangst, sociale vaardigheden en examenvrees;</li>
  <li>begeleiding bij plannen en organiseren (executieve functies);</li>
  <li>een opvang- of time-out-ruimte met toezicht;</li>
  <li>een aanpak voor pesten en een anti-pestco&ouml;rdinator;</li>
  <li>een protocol medisch handelen;</li>
  <li>een aanbod voor meer- en hoogbegaafde leerlingen (versnellen, verrijken);</li>
  <li>afspraken over verzuim met de leerplichtambtenaar;</li>
  <li>handelingsgericht werken met een ontwikkelingsperspectief waar dat nodig is;</li>
  <li>toegang tot een orthopedagoog of psycholoog.</li>
</ol>
<p>Het bureau controleert de standaarden tweejaarlijks via een audit; de uitkomsten worden per school gepubliceerd.</p>
</section>

<section id="toelaatbaarheid">
<h2>Toelaatbaarheid vso, praktijkonderwijs en lwoo</h2>
<p>De aanvraagprocedure, de formulieren en de termijnen staan op de pagina <a href="#">Aanvragen</a> van onze website.</p>
<h3>Wanneer is een leerling toelaatbaar tot het vso?</h3>
<table>
  <tr><th>Criterium</th><th>Toelichting</th></tr>
  <tr><td>Ontoereikende ondersteuning</td><td>De school heeft extra ondersteuning geboden gedurende minstens zes maanden en dit ge&euml;valueerd in het OPP, zonder voldoende resultaat.</td></tr>
  <tr><td>Intensiteit</td><td>De leerling heeft gedurende de hele schooldag een kleine groep en specialistische begeleiding nodig die geen reguliere vestiging kan bieden.</td></tr>
  <tr><td>Onderwijs en zorg</td><td>Onderwijs en zorg moeten zo verweven zijn dat dit alleen in een vso-setting kan.</td></tr>
  <tr><td>Deskundigenadvies</td><td>Twee deskundigen, van wie &eacute;&eacute;n orthopedagoog of psycholoog, onderschrijven de noodzaak.</td></tr>
</table>
<p>Voor het praktijkonderwijs gelden de landelijke criteria (IQ 55&ndash;80 en leerachterstanden van ten minste drie jaar
op twee of meer domeinen). Voor lwoo hanteert de Polderrand eigen criteria: een leerling komt in aanmerking bij een
leerachterstand van ten minste anderhalf jaar op twee domeinen &oacute;f bij een achterstand op &eacute;&eacute;n domein in
combinatie met sociaal-emotionele problematiek die het leren belemmert.</p>
</section>

<section id="terug">
<h2>Als de TLV afloopt</h2>
<p>In het laatste jaar van elke TLV bespreekt de vso-school in de OPP-evaluatie v&oacute;&oacute;r 1 februari of de leerling
kan overstappen naar een reguliere vo-school. De vso-school neemt hiervoor het initiatief en nodigt ouders, leerling
en de consulent van het samenwerkingsverband uit. De uitkomst wordt vastgelegd in een overstapadvies. De Commissie
Toelaatbaarheid neemt het besluit: overplaatsing naar het regulier onderwijs of een nieuwe TLV. Bij overplaatsing is
er een overdrachtsgesprek tussen beide scholen v&oacute;&oacute;r 1 juni.</p>
</section>

<section id="geld">
<h2>Financi&euml;n</h2>
<p>Het samenwerkingsverband ontvangt in 2026 naar verwachting &euro; 9,8 miljoen aan ondersteuningsmiddelen. Na de
afdracht aan DUO voor het vso (&euro; 5,1 miljoen) verdeelt het bestuur de rest als volgt: &euro; 120 per
leerling (teldatum 1 oktober) naar de schoolbesturen, een bijdrage van &euro; 35.000 per vestiging voor de
ondersteuningscoördinatie, en het restant voor het bureau en de consulenten. De besturen moeten de middelen
besteden aan ondersteuning die uitgaat boven de twaalf standaarden en leggen jaarlijks v&oacute;&oacute;r 1 april
verantwoording af via een bestedingsformat. Wij streven naar een kostendekkend aanbod.</p>
<table>
  <caption>Meerjarenbegroting (bedragen x &euro; 1.000)</caption>
  <tr><th></th><th>2026</th><th>2027</th><th>2028</th><th>2029</th></tr>
  <tr><td>Baten</td><td>9.800</td><td>9.720</td><td>9.650</td><td>9.610</td></tr>
  <tr><td>Afdracht vso</td><td>5.100</td><td>5.150</td><td>5.180</td><td>5.200</td></tr>
  <tr><td>Besturen (per leerling)</td><td>1.960</td><td>1.930</td><td>1.900</td><td>1.880</td></tr>
  <tr><td>Ondersteuningsco&ouml;rdinatie vestigingen</td><td>805</td><td>805</td><td>805</td><td>805</td></tr>
  <tr><td>Bureau en consulenten</td><td>1.690</td><td>1.700</td><td>1.710</td><td>1.720</td></tr>
  <tr><td>Saldo</td><td>245</td><td>135</td><td>55</td><td>5</td></tr>
</table>
</section>

<section id="ouders">
<h2>Ouders</h2>
<p>Heeft u als ouder een vraag, twijfel of een verschil van mening met de school over de ondersteuning van uw kind?
Dan kunt u gratis en onafhankelijk advies krijgen bij het Ouder- en Jeugdsteunpunt Flevopolder (ma-do bereikbaar)
of bij de Onderwijsconsulenten. Voor klachten over de school kunt u terecht bij de klachtencommissie van het
schoolbestuur; geschillen over toelating, verwijdering of het OPP kunt u voorleggen aan de Geschillencommissie
passend onderwijs.</p>
</section>

<p>Onze scholen zijn trots op de leerresultaten en de eindexamencijfers van hun leerlingen.</p>
</main>
<footer><p>&copy; 2026 SWV VO Polderrand &middot; Ondersteuningsplan &middot; Resultaten &middot; Contact</p></footer>
</body>
</html>
"""


def vo_polderrand():
    slug = "vo-polderrand"
    with open(os.path.join(OUT, slug + ".html"), "w", encoding="utf-8") as f:
        f.write(VO_POLDERRAND_HTML)
    crit = {
        "basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
        "plaatsing.procedure": False, "plaatsing.criteria": True,
        "terugstroom.procedure": True, "terugstroom.beleid": False,
        "financien.verdeling": True, "financien.besteding": True,
        "dekkend-aanbod.continuum": False, "dekkend-aanbod.lacunes": False,
        "resultaten.doelen": False, "resultaten.monitoring": False,
        "ouders.informatie": False, "ouders.steunpunt": True,
    }
    notes = {
        "plaatsing": "criteria for vso (table), pro and own lwoo criteria; procedure/termijnen only referred to a website page 'Aanvragen'",
        "terugstroom": "procedure in last TLV year (initiative vso-school, OPP-evaluatie voor 1 februari, besluit Commissie Toelaatbaarheid) addressed; no policy aims/conditions/support after return",
        "dekkend-aanbod": "only nav item '(in voorbereiding)' and near-misses (kostendekkend, netwerkbijeenkomsten, scholingsaanbod); no continuum or gap handling",
        "resultaten": "only nav/footer items and near-misses (resultaatgericht, leerresultaten, eindexamencijfers)",
        "ouders": "independent help (OJSP, Onderwijsconsulenten, klachten, Geschillencommissie) addressed; nothing on how parents are informed about the support facilities",
    }
    return write_label(slug, [slug + ".html"], "vo", crit, {}, notes)


# ============================================================ 5. not-a-plan: individual OPP
def np_opp():
    slug = "np-po-opp-leerling"
    d = new_doc(footer_text="Vertrouwelijk — OBS De Vlonder — OPP schooljaar 2025-2026")
    d.add_heading("Ontwikkelingsperspectiefplan (OPP)", 0)
    table(d, [
        ["Gegevens", ""],
        ["Leerling", "Sem V. (fictief)"],
        ["Geboortedatum", "14-03-2016"],
        ["Groep", "5b"],
        ["School", "OBS De Vlonder, aangesloten bij samenwerkingsverband Passend Onderwijs Lingegouw (PO 26-11)"],
        ["Intern begeleider", "M. de Groot"],
        ["Datum opstellen", "7 oktober 2025"],
        ["Evaluatiemomenten", "februari 2026 en juni 2026"],
    ])
    d.add_heading("1. Aanleiding", 1)
    paras(d, """
    Sem laat sinds groep 3 een achterstand zien op technisch lezen en spelling. Ondanks de ondersteuning binnen de
    basisondersteuning van de school (extra instructie in de groep, twee keer per week RT in een klein groepje) is
    de achterstand in groep 4 verder opgelopen. In het ondersteuningsteam van 24 september 2025 is besloten een OPP
    op te stellen en een arrangement aan te vragen bij het samenwerkingsverband.
    """)
    d.add_heading("2. Beeld van de leerling", 1)
    table(d, [
        ["Belemmerende factoren", "Bevorderende factoren"],
        ["Leestempo DMT op E-niveau; veel spellingfouten", "Sterk mondeling taalbegrip en woordenschat"],
        ["Snel afgeleid bij lange instructies", "Gemotiveerd, werkt graag samen"],
        ["Faalangst bij hardop lezen", "Steunende ouders die thuis meelezen"],
    ])
    d.add_heading("3. Uitstroomperspectief", 1)
    paras(d, """
    Op basis van het intelligentieonderzoek (TIQ 104) en de leerrendementen verwachten we een uitstroom naar
    vmbo-t/havo. Voor technisch lezen hanteren we een aangepaste leerlijn met als tussendoel AVI-E4 in juni 2026.
    """)
    d.add_heading("4. Doelen en aanpak", 1)
    table(d, [
        ["Domein", "Doel (juni 2026)", "Aanpak", "Wie"],
        ["Technisch lezen", "DMT minimaal D-niveau", "Dagelijks 15 minuten herhaald lezen; Bouw!-programma", "leerkracht, onderwijsassistent"],
        ["Spelling", "Categorieën 1-8 beheerst", "Pre-teaching en spellingkaart", "leerkracht"],
        ["Welbevinden", "Leest zonder spanning voor in een klein groepje", "Faalangsttraining (8 sessies)", "IB'er"],
    ])
    d.add_heading("5. Arrangement samenwerkingsverband", 1)
    paras(d, """
    Het samenwerkingsverband heeft op 20 oktober 2025 een arrangement toegekend: tien weken begeleiding door een
    leesspecialist van de expertisepool (één uur per week) en een budget voor remediërend materiaal. Een
    toelaatbaarheidsverklaring voor het speciaal basisonderwijs is op dit moment niet aan de orde.
    """)
    d.add_heading("6. Afspraken met ouders", 1)
    paras(d, """
    Ouders zijn op 7 oktober 2025 geïnformeerd over dit OPP en hebben ingestemd met het handelingsdeel. Ouders
    lezen thuis vijf keer per week tien minuten met Sem. Bij vragen kunnen ouders terecht bij de intern begeleider.
    Ouders weten dat zij bij onenigheid over het OPP onafhankelijk advies kunnen vragen bij de Onderwijsconsulenten.
    """)
    d.add_heading("7. Ondertekening", 1)
    table(d, [["Ouder(s)/verzorger(s)", "Directeur", "Intern begeleider"], ["", "", ""]])
    d.save(os.path.join(OUT, slug + ".docx"))
    write_label(slug, [slug + ".docx"], "po", plan=False,
                notes={"type": "individual ontwikkelingsperspectiefplan of one pupil at one school; mentions SWV, basisondersteuning, arrangement and TLV but is not an SWV ondersteuningsplan"})


def check_pdf_text(pdf):
    txt = subprocess.run(["pdftotext", pdf, "-"], capture_output=True, text=True, check=True).stdout
    assert "Het basisarrangement bestaat uit" in txt and "Lingezicht" in txt, "PDF lacks text layer"
    return len(txt)


if __name__ == "__main__":
    results = {}
    results["po-lingegouw"] = po_lingegouw()
    results["po-kempenrand"] = po_kempenrand()
    results["vo-eemvallei"] = vo_eemvallei()
    results["vo-polderrand"] = vo_polderrand()
    np_opp()
    n = check_pdf_text(os.path.join(OUT, "po-lingegouw.pdf"))
    print(f"pdf text chars: {n}")
    from collections import Counter
    c = Counter(s for r in results.values() for s in r.values())
    for slug, r in results.items():
        print(slug, r)
    print(dict(c))
    sys.exit(0)
