#!/usr/bin/env python3
"""Generate the holdout322 labelled test set for opcheck.

Five fictional ondersteuningsplannen of samenwerkingsverbanden passend onderwijs (PO and VO) and one
near-miss document (a school-level 'ondersteuningsplan' of one basisschool).  Deterministic, no network.
Outputs go to the folder above this script (Path(__file__).resolve().parent.parent).
"""
import shutil
import subprocess
import tempfile
import zipfile
from datetime import datetime
from pathlib import Path

import docx
from docx.shared import Pt

OUT = Path(__file__).resolve().parent.parent


# --------------------------------------------------------------------------- document model
def H1(t): return ("h1", t)
def H2(t): return ("h2", t)
def P(t): return ("p", t)
def B(items): return ("bullets", items)
def T(rows): return ("table", rows)


def to_docx(blocks, path, header=None, footer=None):
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    sec = d.sections[0]
    if header:
        sec.header.paragraphs[0].text = header
    if footer:
        sec.footer.paragraphs[0].text = footer
    for kind, val in blocks:
        if kind == "title":
            d.add_heading(val, level=0)
        elif kind == "h1":
            d.add_heading(val, level=1)
        elif kind == "h2":
            d.add_heading(val, level=2)
        elif kind == "p":
            d.add_paragraph(val)
        elif kind == "bullets":
            for it in val:
                d.add_paragraph(it, style="List Bullet")
        elif kind == "table":
            tb = d.add_table(rows=len(val), cols=len(val[0]))
            tb.style = "Table Grid"
            for i, row in enumerate(val):
                for j, cell in enumerate(row):
                    tb.cell(i, j).text = str(cell)
            d.add_paragraph("")
        elif kind == "pagebreak":
            d.add_page_break()
    cp = d.core_properties
    cp.author = cp.last_modified_by = "SWV"
    cp.created = cp.modified = datetime(2026, 3, 1, 12, 0, 0)
    cp.revision = 1
    d.save(str(path))
    _normalise_zip(path)


def _normalise_zip(path):
    """Rewrite the docx zip with fixed timestamps so the output is byte-for-byte reproducible."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2026, 3, 1, 12, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def to_txt(blocks):
    out = []
    for kind, val in blocks:
        if kind == "title":
            out += [val.upper(), "=" * len(val), ""]
        elif kind == "h1":
            out += ["", val, "=" * len(val), ""]
        elif kind == "h2":
            out += [val, "-" * len(val), ""]
        elif kind == "p":
            out += [val, ""]
        elif kind == "bullets":
            out += ["  - " + it for it in val] + [""]
        elif kind == "table":
            widths = [max(len(str(r[j])) for r in val) for j in range(len(val[0]))]
            for i, r in enumerate(val):
                out.append(" | ".join(str(c).ljust(widths[j]) for j, c in enumerate(r)).rstrip())
                if i == 0:
                    out.append("-+-".join("-" * w for w in widths))
            out.append("")
    return "\n".join(out) + "\n"


def docx_to_pdf(blocks, pdf_path, header=None, footer=None):
    tmp = Path(tempfile.mkdtemp(prefix="holdout322_lo_"))
    try:
        src = tmp / (pdf_path.stem + ".docx")
        to_docx(blocks, src, header, footer)
        subprocess.run(["soffice", "-env:UserInstallation=" + (tmp / "profile").as_uri(), "--headless",
                        "--convert-to", "pdf", "--outdir", str(tmp), str(src)],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
        shutil.move(str(tmp / (pdf_path.stem + ".pdf")), str(pdf_path))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def toc(lines):
    return [H1("Inhoudsopgave")] + [P(l) for l in lines]


# --------------------------------------------------------------------------- shared filler
def voorwoord(c):
    return [H1("1 Voorwoord"),
        P(f"Voor u ligt het ondersteuningsplan {c['period']} van {c['name']}. Dit plan is het resultaat van "
          f"ruim een jaar gesprekken met schoolbesturen, directeuren, intern begeleiders en "
          f"{'ondersteuningscoördinatoren' if c['vo'] else 'leerkrachten'}, met de ondersteuningsplanraad en met "
          f"de gemeenten {c['gem']}. We hebben bewust gekozen voor een plan dat leesbaar is voor iedereen die "
          f"met passend onderwijs te maken heeft: voor professionals in de scholen, voor bestuurders, voor "
          f"ouders en voor onze partners in de jeugdhulp."),
        P("De afgelopen planperiode was er een van bouwen en verbouwen. De gevolgen van de coronaperiode, het "
          "lerarentekort en de toegenomen complexiteit van de vragen in de klas hebben veel gevraagd van "
          "iedereen. Tegelijk zagen we hoeveel er mogelijk is wanneer scholen, ketenpartners en het "
          "samenwerkingsverband de handen ineenslaan. Dat vertrouwen nemen we mee in deze nieuwe periode."),
        P("Het landelijke beleid is volop in beweging. De Verbeteraanpak passend onderwijs, de Wet versterking "
          "positie ouders en leerlingen en de discussie over een landelijke norm voor basisondersteuning raken "
          "alle samenwerkingsverbanden. Waar landelijke keuzes nog niet zijn gemaakt, geven we in dit plan aan "
          "hoe we daarmee omgaan. Het plan is daarmee een momentopname in een lopend gesprek; jaarlijks "
          "actualiseren we onze plannen in het jaarplan en verantwoorden we ons in het jaarverslag."),
        P("Een woord van dank aan alle collega's die in werkgroepen hebben meegeschreven, aan de leden van de "
          "ondersteuningsplanraad voor hun kritische en opbouwende vragen en aan de wethouders en "
          "beleidsmedewerkers van de gemeenten voor het constructieve overleg. Wij hopen dat dit plan bijdraagt "
          "aan goede resultaten voor alle leerlingen, in het bijzonder voor de leerlingen die iets extra's nodig "
          "hebben, en dat de middelen terechtkomen waar ze het meeste verschil maken."),
        P(f"{c['director']}, directeur-bestuurder"),
    ]


def visie(c, nr):
    return [H1(f"{nr} Visie en missie"),
        P(f"{c['short']} is er voor alle kinderen en jongeren in de regio. Wij geloven dat ieder kind recht heeft "
          "op onderwijs dat past bij wie het is en wat het kan, zo dicht mogelijk bij huis en samen met "
          "leeftijdgenoten. Onderwijs is meer dan kennisoverdracht: het gaat ook om meedoen, erbij horen en het "
          "ontdekken van eigen talenten."),
        P("Onze missie luidt: samen zorgen we voor passend onderwijs, in een inclusieve regio waarin scholen "
          "elkaar versterken. Het samenwerkingsverband is daarbij geen loket op afstand, maar een partner die "
          "meedenkt, verbindt en ondersteunt. De verantwoordelijkheid voor goed onderwijs ligt bij de scholen en "
          "hun besturen; het samenwerkingsverband faciliteert en maakt afspraken die de scholen alleen niet kunnen "
          "maken."),
        P("Vier kernwaarden richten ons handelen:"),
        B(["Vertrouwen: we gaan uit van de professionaliteit van de mensen in de scholen en maken afspraken die "
           "ruimte laten voor eigen keuzes.",
           "Nabijheid: we organiseren ondersteuning zo dicht mogelijk bij de leerling en de leraar.",
           "Samenhang: onderwijs, jeugdhulp en gemeente werken vanuit één gedeeld beeld van de leerling.",
           "Transparantie: we zijn open over onze keuzes, over het gebruik van middelen en over wat wel en niet "
           "lukt."]),
        P("Deze visie is in de afgelopen periode niet wezenlijk veranderd. Wel leggen we meer nadruk op "
          "inclusie en op het voorkomen van uitval. Een leerling die tussen wal en schip dreigt te raken, is "
          "voor ons een gezamenlijke verantwoordelijkheid. Dat vraagt om een cultuur waarin scholen niet "
          "doorverwijzen, maar eerst samen kijken wat er mogelijk is. Ook vraagt het om moed: soms betekent "
          "passend onderwijs dat een school iets doet wat ze nog niet eerder heeft gedaan."),
        P("De visie is in de zomer van 2025 besproken tijdens een regiobijeenkomst met ruim honderd deelnemers "
          "uit het onderwijs, de jeugdhulp en de gemeenten. De opbrengst van die bijeenkomst is verwerkt in de "
          "hoofdstukken die volgen."),
    ]


def context(c, nr):
    rows = [["Schoolbestuur", "Aantal scholen/vestigingen", "Leerlingen (1-10-2025)"]] + c["besturen"]
    return [H1(f"{nr} Ons samenwerkingsverband"),
        P(f"{c['name']} (registratienummer {c['code']}) omvat de gemeenten {c['gem']}. In het verband werken "
          f"{len(c['besturen'])} schoolbesturen samen. Het verband is opgericht in 2013 als stichting en is "
          "gevestigd in " + c["seat"] + "."),
        P("Onderstaande tabel geeft een overzicht van de aangesloten besturen. De leerlingaantallen zijn "
          "ontleend aan de teldatum van 1 oktober 2025."),
        T(rows),
        P("De regio kent een gemengd karakter: een stedelijke kern met een relatief jonge bevolking en "
          "daaromheen dorpen waar het aantal leerlingen de komende jaren naar verwachting daalt. Dit heeft "
          "gevolgen voor de spreiding van voorzieningen en voor het leerlingenvervoer. De gemeenten hebben "
          "aangegeven dat zij rekening houden met een daling van circa zes procent van het aantal leerlingen in "
          "de kleine kernen tot 2030. Voor de scholen betekent dit dat formatie en huisvesting onder druk staan."),
    ]


def governance(c, nr, fin_mentions=True):
    out = [H1(f"{nr} Organisatie en governance"),
        P(f"{c['short']} is een stichting. De statuten voorzien in een scheiding tussen bestuur en intern "
          "toezicht. Het bestuur berust bij een directeur-bestuurder; de schoolbesturen vormen samen het "
          "algemeen bestuur, dat als intern toezichthouder optreedt. Het algemeen bestuur komt vijf keer per jaar "
          "bijeen, keurt het ondersteuningsplan en het jaarplan goed en benoemt de accountant."),
        P("De directeur-bestuurder wordt ondersteund door een klein bureau met een beleidsmedewerker, een "
          "controller, een secretariaat en de medewerkers van het loket. In het managementstatuut is vastgelegd "
          "welke bevoegdheden zijn gemandateerd. De code goed bestuur van de sectorraad is van toepassing; "
          "afwijkingen worden in het jaarverslag toegelicht."),
        P("De statuten bevatten een geschillenregeling: geschillen tussen besturen en het samenwerkingsverband "
          "worden eerst in een bemiddelingsgesprek besproken en kunnen daarna worden voorgelegd aan de "
          "Landelijke Geschillencommissie, conform de statutaire bepaling. In de afgelopen periode is daar geen "
          "gebruik van gemaakt."),
        P("Directeuren van de scholen zijn verenigd in een directeurenoverleg dat adviseert over beleid. "
          "Daarnaast is er een netwerk van intern begeleiders en ondersteuningscoördinatoren dat vier keer per "
          "jaar bijeenkomt om kennis te delen."),
    ]
    if fin_mentions:
        out.append(P("Het algemeen bestuur stelt jaarlijks voor 1 december de begroting vast en uiterlijk 1 juli "
                     "de jaarrekening, na controle door de accountant. De auditcommissie bereidt deze besluiten voor."))
    return out


def opr(c, nr, with_parents=True):
    comp = ("De OPR telt acht leden: vier vertegenwoordigers van het personeel en vier "
            + ("ouders of leerlingen" if c["vo"] else "ouders")
            + ", gekozen door en uit de medezeggenschapsraden van de aangesloten scholen.") if with_parents else \
           ("De OPR telt acht leden, afgevaardigd door de medezeggenschapsraden van de aangesloten scholen.")
    return [H2(f"{nr} Ondersteuningsplanraad"),
        P("Het samenwerkingsverband heeft een ondersteuningsplanraad (OPR) conform artikel 4a van de Wet "
          "medezeggenschap op scholen. " + comp + " De OPR heeft instemmingsrecht op het "
          "ondersteuningsplan en op wijzigingen daarvan."),
        P("De OPR is vanaf het begin bij de totstandkoming van dit plan betrokken. In drie themasessies is "
          "gesproken over de conceptteksten; de OPR heeft schriftelijke vragen gesteld die zijn beantwoord in "
          "een notitie. De OPR wordt ondersteund door een ambtelijk secretaris en kan gebruikmaken van "
          "scholingsbudget. Het reglement van de OPR is in 2024 geactualiseerd."),
    ]


def oogo(c, nr, substantive=True, cost=True):
    out = [H1(f"{nr} Samenwerking met gemeenten"),
        P(f"Het concept van dit plan is op {c['oogo_date']} besproken in het op overeenstemming gericht overleg "
          f"(OOGO) met de colleges van burgemeester en wethouders van de gemeenten {c['gem']}. Het OOGO is "
          "gevoerd volgens de procedure die in 2022 met de gemeenten is afgesproken, inclusief de regeling voor "
          "het beslechten van geschillen. Het overleg heeft tot overeenstemming geleid; het verslag is "
          "vastgesteld door alle partijen."),
        P("Ook is het plan besproken met het samenwerkingsverband "
          + ("primair onderwijs" if c["vo"] else "voortgezet onderwijs")
          + " waarvan het gebied grotendeels overlapt met het onze."),
    ]
    if substantive:
        out += [
            P("Met de gemeenten zijn inhoudelijke afspraken gemaakt over de aansluiting tussen onderwijs en "
              "jeugdhulp. In elke school is een vaste contactpersoon van het lokale team beschikbaar die "
              "aanschuift bij het ondersteuningsteam. Voor leerlingen die onderwijs en zorg combineren, zetten "
              "we onderwijs-zorgarrangementen in" + (" die gezamenlijk worden gefinancierd; de gemeente draagt de "
              "kosten van de zorgcomponent, het samenwerkingsverband die van de onderwijscomponent" if cost else
              ", waarbij onderwijs en zorg op één locatie samenkomen") + ". Verder zijn "
              "afspraken gemaakt over leerlingenvervoer, onderwijshuisvesting van voorzieningen en de overgang "
              "naar vervolgonderwijs en arbeid."),
        ]
    return out


def personeel(c, nr):
    return [H1(f"{nr} Personeel en professionalisering"),
        P(f"Het bureau van {c['short']} telt {c['fte']} fte. Het grootste deel daarvan betreft "
          "orthopedagogen, consulenten en loketmedewerkers. Het samenwerkingsverband is werkgever van deze "
          "medewerkers; een klein deel wordt gedetacheerd vanuit aangesloten besturen. Het "
          "personeelsbeleid volgt de cao van de sector."),
        P("Het lerarentekort raakt ook het samenwerkingsverband. Voorzieningen als "
          + c.get("voorz", "het OPDC en de reboundvoorziening" if c["vo"] else "de observatiegroepen en de taalklassen")
          + " zijn afhankelijk van specialistisch personeel dat lastig te vinden is. Daarom investeren we in "
          "opleiden in de school, in het delen van personeel tussen besturen en in het behoud van ervaren "
          "collega's. De werkdruk van intern begeleiders en mentoren is een terugkerend thema in het "
          "directeurenoverleg."),
        P("Professionalisering richt zich in deze planperiode op drie thema's: handelingsgericht werken in de "
          "klas, omgaan met gedrag en het versterken van de samenwerking met de jeugdhulp. Het "
          "samenwerkingsverband organiseert jaarlijks een studiedag en een aanbod van netwerkbijeenkomsten. "
          "Scholen kunnen daarnaast gebruikmaken van een scholingsaanbod van de consulenten. Deelname is "
          "vrijwillig; het aanbod wordt jaarlijks bijgesteld op basis van vragen uit de scholen."),
        P("De consulenten en orthopedagogen van het samenwerkingsverband volgen zelf een "
          "professionaliseringsplan, met intervisie, casuïstiekbespreking en registratie in het relevante "
          "beroepsregister. Nieuwe medewerkers doorlopen een inwerkprogramma van een half jaar."),
    ]


def ict_privacy(c, nr):
    return [H1(f"{nr} ICT, gegevens en privacy"),
        P("Voor de aanvraag van arrangementen en toelaatbaarheidsverklaringen gebruikt het samenwerkingsverband "
          "een beveiligde digitale omgeving. Scholen werken met een digitaal groeidocument dat in deze omgeving "
          "wordt gedeeld. Medewerkers van het loket, de consulenten en de deskundigen hebben toegang op basis van "
          "hun rol; alle handelingen worden gelogd."),
        P("Het samenwerkingsverband verwerkt persoonsgegevens, waaronder gezondheidsgegevens, voor zover dat "
          "noodzakelijk is voor de wettelijke taken. De grondslag hiervoor ligt in de onderwijswetgeving. "
          "Gegevens worden bewaard tot drie jaar na het besluit waarop ze betrekking hebben en daarna vernietigd. "
          "Het samenwerkingsverband heeft een functionaris gegevensbescherming aangesteld, gedeeld met twee andere "
          "verbanden. Een privacyreglement is vastgesteld en wordt jaarlijks getoetst."),
        P("In deze planperiode vervangen we de huidige applicatie door een nieuwe, omdat de leverancier de "
          "ondersteuning beëindigt. De overstap is voorzien in het schooljaar 2026-2027. Bij de selectie van de "
          "nieuwe applicatie zijn intern begeleiders en loketmedewerkers betrokken. Informatiebeveiliging, "
          "gebruiksgemak en koppeling met de leerlingadministratie zijn de belangrijkste selectiecriteria."),
        P("Het samenwerkingsverband publiceert geen gegevens die tot individuele leerlingen herleidbaar zijn. "
          "Kengetallen worden alleen geaggregeerd gedeeld, met een minimale celgrootte van tien leerlingen."),
    ]


def planning(c, nr):
    return [H1(f"{nr} Planning en vaststelling"),
        P(f"Dit plan geldt voor de periode {c['period']}, van 1 augustus 2026 tot en met 31 juli 2030. Het "
          "plan wordt jaarlijks uitgewerkt in een jaarplan met activiteiten en een jaarbegroting. Wijzigingen "
          "van het plan tijdens de looptijd worden opnieuw ter instemming aan de OPR voorgelegd."),
        T([["Stap", "Datum"],
           ["Concept besproken in directeurenoverleg", "23 oktober 2025"],
           ["OOGO met de gemeenten", c["oogo_date"]],
           ["Overleg met het aangrenzende samenwerkingsverband", "29 januari 2026"],
           ["Instemming ondersteuningsplanraad", c["opr_date"]],
           ["Vaststelling door het bestuur", c["vast_date"]],
           ["Toezending aan de Inspectie van het Onderwijs", "vóór 1 mei 2026"]]),
        P("Na vaststelling wordt het plan gepubliceerd en aan de scholen toegezonden. De directeur-bestuurder "
          "draagt zorg voor een tijdige toezending aan de Inspectie via Internet Schooldossier."),
    ]


def bureau(c, nr):
    return [H1(f"{nr} Bureau, huisvesting en bedrijfsvoering"),
        P(f"Het bureau van {c['short']} is gevestigd in {c['seat']}, in een verzamelgebouw dat het deelt met "
          "andere maatschappelijke organisaties. Die nabijheid vergemakkelijkt het informele contact met "
          "partners. Het huurcontract loopt tot 2028; in 2027 besluit het bestuur over verlenging. Medewerkers "
          "werken voor een deel op de scholen en voor een deel thuis; het bureau beschikt over flexibele "
          "werkplekken en twee spreekkamers."),
        P("Voor de bedrijfsvoering werkt het samenwerkingsverband samen met twee andere verbanden in de "
          "provincie. Salarisadministratie, financiële administratie en ICT-beheer worden gezamenlijk "
          "ingekocht bij een administratiekantoor. Deze samenwerking levert schaalvoordeel op en vermindert de "
          "kwetsbaarheid van een klein bureau. Aanbestedingen volgen het inkoopbeleid dat in 2024 is vastgesteld."),
        P("Duurzaamheid krijgt een plek in de bedrijfsvoering: reizen tussen scholen gebeurt waar mogelijk met "
          "het openbaar vervoer of de (elektrische) fiets, vergaderingen worden hybride georganiseerd en er "
          "wordt zo min mogelijk geprint. Het samenwerkingsverband heeft een integriteitscode en een "
          "klokkenluidersregeling; een externe vertrouwenspersoon is beschikbaar voor medewerkers."),
        P("Het samenwerkingsverband is lid van de sectorvereniging en neemt deel aan regionale netwerken van "
          "directeuren van samenwerkingsverbanden. Kennis uit die netwerken gebruiken we bij het actualiseren "
          "van ons beleid. Ook delen we onze ervaringen actief met andere verbanden, bijvoorbeeld over de "
          "opbouw van een expertiseteam en over digitale dossiervorming."),
    ]


def glossary(nr, extra=()):
    rows = [["Term", "Betekenis"],
        ["Arrangement", "Afspraak over extra ondersteuning voor een leerling of groep, met inzet van middelen "
                        "van het samenwerkingsverband."],
        ["Basisondersteuning", "Het afgesproken niveau van ondersteuning dat alle scholen binnen het "
                               "samenwerkingsverband bieden."],
        ["Dekkend aanbod", "Het geheel van voorzieningen waarmee voor iedere leerling een passende plek "
                           "beschikbaar is."],
        ["Deskundigenadvies", "Advies van twee deskundigen dat nodig is voor een besluit over toelaatbaarheid."],
        ["OJSP", "Ouder- en jeugdsteunpunt: onafhankelijke plek waar ouders en leerlingen terecht kunnen."],
        ["OOGO", "Op overeenstemming gericht overleg met de gemeenten."],
        ["OPP", "Ontwikkelingsperspectiefplan."],
        ["OPR", "Ondersteuningsplanraad, samengesteld uit personeel en ouders (vo: ook leerlingen)."],
        ["Resultaten", "Beoogde en bereikte uitkomsten van het beleid voor leerlingen met een "
                       "ondersteuningsbehoefte."],
        ["SOP", "Schoolondersteuningsprofiel."],
        ["Terugplaatsing", "Overstap van een leerling uit het speciaal (basis)onderwijs naar het regulier "
                           "onderwijs na afloop van de TLV."],
        ["TLV", "Toelaatbaarheidsverklaring, nodig voor plaatsing in het speciaal (basis)onderwijs."],
        ["Verdeelmodel", "Systematiek waarmee het samenwerkingsverband middelen over scholen en besturen "
                         "verdeelt."],
        ["Verevening", "Landelijke correctie op het budget zware ondersteuning."]] + list(extra)
    return [H1(f"{nr} Begrippenlijst"), T(rows)]


# --------------------------------------------------------------------------- plan A (PO, docx)
A = dict(name="Samenwerkingsverband Passend Primair Onderwijs Rijn & Linge", short="SWV Rijn & Linge",
         code="PO 25-14", period="2026-2030", gem="Lingewaal-Oost, Rijnwaarden en Betuwestad", vo=False,
         seat="Betuwestad", director="drs. M.A. (Marieke) van Ommeren", fte="14,6",
         oogo_date="11 februari 2026", opr_date="17 maart 2026", vast_date="24 maart 2026",
         besturen=[["Stichting Primair Betuwe", "21", "5.830"], ["PCBO Rijn & Linge", "14", "3.410"],
                   ["Stichting Katholiek Onderwijs De Linge", "12", "2.760"], ["Vereniging Vrije School Betuwe", "2", "310"],
                   ["SBO De Wilgenhoek (Stichting Primair Betuwe)", "1", "168"], ["Stichting Cluster 3/4 Gelderland-Zuid (so)", "2", "345"]])


def plan_a():
    c = A
    b = [("title", "Ondersteuningsplan 2026-2030"),
         P("Samenwerkingsverband Passend Primair Onderwijs Rijn & Linge – PO 25-14"),
         P("Samen sterk voor ieder kind: basisondersteuning, toelaatbaarheid, terugplaatsing, financiën, "
           "dekkend aanbod, resultaten en ouders"),
         P("Vastgesteld door het bestuur op 24 maart 2026, na instemming van de ondersteuningsplanraad."),
         ("pagebreak", None)]
    b += toc(["1 Voorwoord", "2 Samenvatting", "3 Ons samenwerkingsverband", "4 Visie en missie",
              "5 Basisondersteuning: wat elke school biedt", "6 Extra ondersteuning en het aanbod in de regio",
              "7 Toelaatbaarheid tot sbo en so", "8 Geld en middelen", "9 Wat we willen bereiken",
              "10 Communicatie", "11 Samenwerking met gemeenten", "12 Organisatie en governance",
              "13 Personeel en professionalisering", "14 ICT, gegevens en privacy", "15 Planning en vaststelling",
              "16 Begrippenlijst"])
    b += voorwoord(c)
    b += [H1("2 Samenvatting"),
          P("In dit plan beschrijven we hoe de scholen in Rijn & Linge samen zorgen voor passend onderwijs. "
            "Hoofdstuk 5 beschrijft de basisondersteuning, hoofdstuk 6 het aanbod van extra ondersteuning, "
            "hoofdstuk 7 de toelaatbaarheid tot het speciaal (basis)onderwijs en hoofdstuk 8 de inzet van de "
            "middelen. In hoofdstuk 9 staan onze ambities en in hoofdstuk 10 leest u hoe we communiceren. De "
            "hoofdstukken 11 tot en met 15 gaan over samenwerking, organisatie en planning."),
          P("Belangrijkste veranderingen ten opzichte van het vorige plan: een nieuw referentiekader "
            "basisondersteuning, een tweede observatiegroep voor jonge kinderen, een verschuiving van middelen van "
            "bovenschoolse arrangementen naar de schoolbudgetten en de oprichting van een ouder- en "
            "jeugdsteunpunt.")]
    b += context(c, 3)
    b += visie(c, 4)
    b += [H1("5 Basisondersteuning: wat elke school biedt"),
          P("Op 14 november 2025 heeft het algemeen bestuur het Referentiekader basisondersteuning Rijn & Linge "
            "vastgesteld. Daarin staat het minimumniveau dat iedere vestiging van de aangesloten basisscholen "
            "biedt, ongeacht bestuur, denominatie of grootte. Ouders kunnen er dus op rekenen dat hun kind op "
            "elke basisschool in de regio ten minste de hieronder beschreven ondersteuning krijgt, zonder "
            "aanvraag bij het samenwerkingsverband. Wat een school daarbovenop biedt, staat in haar "
            "schoolondersteuningsprofiel en in de schoolgids."),
          H2("5.1 De afspraken"),
          P("Het referentiekader bevat de volgende afspraken, die gelden voor alle 49 basisscholen en 58 vestigingen:"),
          T([["Domein", "Wat iedere school minimaal biedt"],
             ["Ondersteuningsstructuur", "Een intern begeleider met ten minste 0,4 fte per 200 leerlingen; "
              "een ondersteuningsteam dat minimaal drie keer per jaar bijeenkomt met de consulent van het SWV "
              "en, waar nodig, het lokale team."],
             ["Lezen en dyslexie", "Werken volgens het Protocol Leesproblemen en Dyslexie; vroegsignalering in "
              "groep 2 en 3; extra leestijd (minimaal 3 x 20 minuten per week) voor zwakke lezers; "
              "compenserende software vanaf groep 5."],
             ["Rekenen en dyscalculie", "Werken volgens het Protocol ERWD; verlengde instructie en "
              "automatiseringsprogramma."],
             ["Gedrag en sociale veiligheid", "Een schoolbreed programma voor sociaal-emotioneel leren en "
              "gedrag; een aandachtsfunctionaris; een veiligheidsmonitor en een pestprotocol."],
             ["Meer- en hoogbegaafdheid", "Signalering met een erkend instrument; compacten en verrijken in "
              "de groep; toegang tot de regionale plusklas vanaf groep 5."],
             ["Taal en NT2", "Een aanbod woordenschat en NT2-ondersteuning voor leerlingen met een "
              "taalachterstand."],
             ["Medisch handelen", "Een protocol medisch handelen en een afspraak met de jeugdgezondheidszorg."],
             ["Planmatig werken", "Handelingsgericht werken in een cyclus van groepsbesprekingen; een OPP voor "
              "iedere leerling die afwijkt van het leerstofaanbod van de groep."]]),
          H2("5.2 Zo bewaken we het niveau"),
          P("Iedere school vult jaarlijks voor 1 oktober de kwaliteitskaart basisondersteuning in. De consulent "
            "bespreekt de kaart met directeur en intern begeleider. Blijkt dat een school op een of meer domeinen "
            "onder het afgesproken niveau zit, dan stelt het bestuur binnen drie maanden een verbeterplan op. "
            "Het samenwerkingsverband kan daarbij tijdelijk expertise inzetten."),
          ]
    b += [H1("6 Extra ondersteuning en het aanbod in de regio"),
          P("Wanneer de basisondersteuning niet toereikend is, kan een school extra ondersteuning inzetten. We "
            "onderscheiden vier niveaus, die samen het ondersteuningscontinuüm van de regio vormen."),
          T([["Niveau", "Wat", "Waar", "Toegang"],
             ["1 Basis", "Basisondersteuning volgens referentiekader", "Elke school", "Geen aanvraag"],
             ["2 Extra in de school", "Arrangement in de eigen school: extra begeleiding, "
              "ambulante begeleiding, onderzoek", "Eigen school", "Schoolbudget, besluit school"],
             ["3 Bovenschools", "Observatiegroep De Brug (12 plaatsen), Taalklas De Kompasroos (24 plaatsen), "
              "Plusklas (4 locaties)", "Regionale voorziening", "Aanvraag bij het loket"],
             ["4 Speciaal", "Sbo De Wilgenhoek; so-scholen cluster 3 en 4", "Speciale school", "TLV (hoofdstuk 7)"]]),
          P("De niveaus sluiten op elkaar aan: een leerling gaat pas naar niveau 3 of 4 wanneer in het "
            "ondersteuningsteam is vastgesteld dat niveau 2 onvoldoende is. Omgekeerd is het uitgangspunt dat een "
            "leerling zo snel mogelijk weer op een lager niveau wordt ondersteund."),
          H2("6.1 Waar het aanbod tekortschiet"),
          P("Ieder jaar in februari maken we met de besturen en de leerplichtambtenaren een overzicht van "
            "leerlingen die geen passende plek hebben: thuiszitters, leerlingen met een vrijstelling, leerlingen "
            "op een wachtlijst van een voorziening en leerlingen die langer dan vier weken gedeeltelijk "
            "onderwijs volgen. Dit overzicht wordt besproken in het algemeen bestuur en leidt tot concrete "
            "acties. In 2025 bleek er een tekort aan plekken voor jonge kinderen (4 tot 7 jaar) met ernstige "
            "gedragsproblematiek: er stonden negen kinderen op de wachtlijst van De Brug. Daarom start in augustus "
            "2026 een tweede observatiegroep in Rijnwaarden."),
          P("Voor iedere thuiszitter wordt binnen vier weken een thuiszittersoverleg belegd met school, "
            "leerplicht, ouders en jeugdhulp. Lukt het niet om binnen drie maanden een oplossing te vinden, dan "
            "neemt de directeur-bestuurder de regie (doorzettingsmacht). Besturen hebben afgesproken dat de "
            "zorgplicht gezamenlijk wordt ingevuld: als de school van aanmelding geen passend aanbod heeft, "
            "zoekt zij binnen de regio actief naar een school die dat wel heeft."),
          ]
    b += [H1("7 Toelaatbaarheid tot sbo en so"),
          P("Voor plaatsing op de sbo-school of op een school voor speciaal onderwijs in cluster 3 of 4 is een "
            "toelaatbaarheidsverklaring (TLV) van het samenwerkingsverband nodig. Clusters 1 en 2 vallen buiten "
            "onze verantwoordelijkheid; daarvoor gelden de landelijke procedures."),
          H2("7.1 De procedure"),
          B(["Stap 1: het ondersteuningsteam van de school constateert dat de ondersteuningsbehoefte de "
             "mogelijkheden van niveau 1 tot en met 3 overstijgt en legt dit vast in het groeidocument.",
             "Stap 2: het bevoegd gezag van de school waar de leerling is ingeschreven dient de aanvraag in bij "
             "de Commissie Toelaatbaarheid (CvT) van het samenwerkingsverband, met het groeidocument, het OPP, "
             "het verslag van het multidisciplinair overleg en de zienswijze van de ouders.",
             "Stap 3: twee deskundigen brengen ieder afzonderlijk schriftelijk advies uit: een orthopedagoog of "
             "GZ-psycholoog en, afhankelijk van de leerling, een tweede deskundige (kinderpsychiater, "
             "maatschappelijk werker, jeugdarts of pedagoog). De deskundigen zijn niet betrokken geweest bij de "
             "aanvraag.",
             "Stap 4: de CvT besluit binnen zes weken na ontvangst van de volledige aanvraag. Ouders en school "
             "ontvangen het besluit en een afschrift van de adviezen.",
             "Stap 5: bij een positief besluit meldt de school de leerling aan bij de sbo- of so-school."]),
          H2("7.2 Criteria"),
          T([["Voorziening", "Een leerling is toelaatbaar wanneer"],
             ["Sbo", "de leerling ondanks een arrangement op niveau 2 of 3 gedurende minimaal een half jaar "
              "onvoldoende tot ontwikkeling komt, er sprake is van een cumulatie van leer- en gedragsproblemen en "
              "de leerling aangewezen is op een kleinere groep met specialistische begeleiding gedurende de hele "
              "schooldag."],
             ["So cluster 3", "er sprake is van een verstandelijke beperking (IQ lager dan 70) of een lichamelijke "
              "beperking of langdurige ziekte, waardoor de leerling structureel aangewezen is op een aangepast "
              "curriculum of aangepaste zorg."],
             ["So cluster 4", "er sprake is van ernstige gedrags- of psychiatrische problematiek die in het regulier "
              "en speciaal basisonderwijs niet hanteerbaar is, vastgesteld door de deskundigen."]]),
          H2("7.3 Duur en bekostigingscategorie"),
          P("Een TLV voor het sbo geldt voor twee schooljaren, een TLV voor het so voor ten hoogste drie "
            "schooljaren, steeds tot en met 31 juli. Bij een TLV so wordt de bekostigingscategorie (laag, midden "
            "of hoog) vastgesteld op basis van het deskundigenadvies."),
          H2("7.4 Bezwaar"),
          P("Ouders en school kunnen binnen zes weken bezwaar maken tegen het besluit. Het samenwerkingsverband "
            "is aangesloten bij de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen, die het bestuur "
            "adviseert over het bezwaar."),
          H2("7.5 Na de TLV: terug naar het regulier"),
          P("Een TLV is voor ons geen eindstation. Ons beleid is dat leerlingen die in het sbo of so tot "
            "ontwikkeling zijn gekomen, terugkeren naar een reguliere basisschool zo dicht mogelijk bij huis, "
            "zodra hun ontwikkelingsperspectief dat toelaat. Voorwaarden zijn dat de ontvangende school met "
            "het ondersteuningsaanbod van niveau 1 of 2 kan voorzien in de ondersteuningsbehoefte en dat er een "
            "warme overdracht plaatsvindt. Na terugplaatsing ontvangt de ontvangende school gedurende zes "
            "maanden een terugplaatsingsarrangement: ambulante begeleiding vanuit de sbo- of so-school en extra "
            "formatie voor de groep."),
          P("Hoe de terugplaatsing in de praktijk verloopt, wie het initiatief neemt en op welke momenten "
            "de voortgang wordt geëvalueerd, leggen we vast in een stappenplan dat in de loop van het eerste "
            "planjaar samen met de sbo- en so-scholen wordt opgesteld."),
          ]
    b += [H1("8 Geld en middelen"),
          P("Het samenwerkingsverband ontvangt van het Rijk het ondersteuningsbudget voor lichte en zware "
            "ondersteuning. Na aftrek van de afdrachten aan DUO voor leerlingen in het so en de overdracht aan "
            "het sbo blijft een bedrag over dat we volgens ons verdeelmodel inzetten."),
          H2("8.1 Verdeling"),
          P("We werken met een schoolmodel: het grootste deel van de middelen gaat rechtstreeks naar de "
            "besturen, zodat scholen zelf extra ondersteuning kunnen organiseren. De verdeling gebeurt als volgt:"),
          B(["Schoolbudget: € 185 per leerling op basis van de teldatum 1 oktober van het voorgaande jaar, "
             "plus een vaste voet van € 6.000 per vestiging.",
             "Bovenschoolse voorzieningen (niveau 3): rechtstreeks bekostigd door het samenwerkingsverband op "
             "basis van het aantal plaatsen (€ 14.500 per plaats per jaar).",
             "Arrangementen in bijzondere situaties: op aanvraag bij het loket, binnen een plafond van € 250.000 "
             "per jaar; het loket beslist binnen vier weken."]),
          P("Besturen verantwoorden jaarlijks in hun bestuursverslag en in een format van het samenwerkingsverband "
            "waaraan zij het schoolbudget hebben besteed. De bestedingen worden besproken in het algemeen bestuur."),
          H2("8.2 Meerjarenbegroting"),
          T([["(bedragen x € 1.000)", "2026", "2027", "2028", "2029"],
             ["Baten ondersteuningsbudget", "13.920", "13.780", "13.610", "13.480"],
             ["Afdrachten so (DUO) en sbo", "-5.640", "-5.600", "-5.560", "-5.520"],
             ["Schoolbudgetten besturen", "2.640", "2.610", "2.580", "2.550"],
             ["Bovenschoolse voorzieningen", "1.740", "1.915", "1.915", "1.915"],
             ["Arrangementen bijzondere situaties", "250", "250", "250", "250"],
             ["Ouder- en jeugdsteunpunt", "95", "95", "95", "95"],
             ["Personeel bureau en loket", "1.690", "1.720", "1.750", "1.780"],
             ["Overige lasten", "410", "400", "390", "380"],
             ["Resultaat", "1.455", "1.190", "1.110", "990"]]),
          P("Het positieve resultaat is bewust: de reserve bedroeg op 31 december 2025 € 610.000, onder de "
            "signaleringswaarde, en wordt tot 2030 opgebouwd tot het gewenste weerstandsvermogen van 5% van de "
            "baten. Een deel wordt in 2027 ingezet voor de tweede observatiegroep."),
          ]
    b += [H1("9 Wat we willen bereiken"),
          P("In deze planperiode richten we ons op de volgende beoogde resultaten voor leerlingen met een "
            "ondersteuningsbehoefte:"),
          T([["Doel", "Streefwaarde 2030"],
             ["Thuiszitters langer dan drie maanden", "0"],
             ["Doorlooptijd TLV-aanvraag", "gemiddeld minder dan 5 weken"],
             ["Leerlingen in het sbo/so die terugkeren naar het regulier onderwijs", "minimaal 15 per jaar"],
             ["Scholen die op alle domeinen van het referentiekader voldoen", "100%"],
             ["Wachttijd bovenschoolse voorzieningen", "maximaal 6 weken"]]),
          P("Deze doelen zijn in de werkgroep kwaliteit geformuleerd. Hoe en wanneer we de voortgang meten en "
            "aan wie we daarover rapporteren, werken we uit in een monitoringskader. Dat kader volgt na "
            "vaststelling van dit plan."),
          ]
    b += [H1("10 Communicatie"),
          P("Goede communicatie is een voorwaarde voor passend onderwijs. We communiceren met scholen, "
            "besturen, gemeenten en ouders."),
          P("Ouders informeren we op verschillende manieren over de ondersteuningsmogelijkheden in de regio. De "
            "website heeft een ouderpagina met uitleg over basisondersteuning, arrangementen en de TLV-procedure. "
            "Via de scholen ontvangen ouders bij aanmelding de brochure 'Wegwijs in passend onderwijs', ook "
            "beschikbaar in het Engels, Arabisch en Pools. Jaarlijks in maart organiseren we een "
            "informatieavond voor ouders. Daarnaast beschrijft iedere school in de schoolgids welke "
            "ondersteuning zij biedt."),
          P("Voor onafhankelijk advies kunnen ouders en leerlingen terecht bij het Ouder- en Jeugdsteunpunt "
            "Rijn & Linge, dat sinds januari 2026 actief is. Het steunpunt wordt bemand door twee "
            "onafhankelijke ouderadviseurs, is bereikbaar via telefoon en e-mail en heeft op woensdag een "
            "inloopspreekuur. Ook kunnen ouders een beroep doen op de Onderwijsconsulenten bij vastgelopen "
            "situaties, en bij een geschil over toelating, verwijdering of het OPP op de Geschillencommissie "
            "passend onderwijs."),
          P("Voor de scholen verschijnt vijf keer per jaar een nieuwsbrief. De gemeenten ontvangen jaarlijks "
            "een factsheet."),
          ]
    b += oogo(c, 11)
    b += governance(c, 12)
    b += opr(c, "12.1")
    b += personeel(c, 13)
    b += ict_privacy(c, 14)
    b += planning(c, 15)
    b += glossary(16)
    return b


# --------------------------------------------------------------------------- plan B (VO, docx)
Bc = dict(name="Samenwerkingsverband Voortgezet Onderwijs Kempenrand", short="SWV VO Kempenrand",
          code="VO 30-09", period="2026-2030", gem="Kempenrand, Beekdal, Heezevelt en Loonakker", vo=True,
          seat="Kempenrand", director="J.P. (Joost) Verhagen MEd", fte="22,3",
          oogo_date="4 februari 2026", opr_date="10 maart 2026", vast_date="19 maart 2026",
          besturen=[["Stichting Kempisch Voortgezet Onderwijs", "5", "6.120"], ["Ons Middelbaar Onderwijs Brabant", "3", "3.980"],
                    ["Stichting Praktijkonderwijs De Kempen", "1", "410"], ["Stichting Het Rijnlands Lyceum Beekdal", "1", "1.240"],
                    ["Stichting Speciaal Onderwijs Kempenland (vso)", "2", "520"]])


def plan_b():
    c = Bc
    b = [("title", "Ondersteuningsplan Samenwerkingsverband VO Kempenrand 2026-2030"),
         P("Koers houden, kansen benutten"),
         P("Registratienummer VO 30-09 | versie ter instemming OPR | februari 2026"),
         ("pagebreak", None)]
    b += toc(["1 Voorwoord", "2 Kernpunten van dit plan", "3 Ons samenwerkingsverband",
              "4 Visie en missie", "5 Ondersteuningsniveaus en basisondersteuning",
              "6 Toewijzing: vso, lwoo en praktijkonderwijs", "7 Terug naar het regulier voortgezet onderwijs",
              "8 Financieel beleid en meerjarenbegroting", "9 Kwaliteit en resultaten", "10 Ouders en leerlingen",
              "11 Samenwerking met gemeenten", "12 Organisatie en governance", "13 Personeel en professionalisering",
              "14 ICT, gegevens en privacy", "15 Planning en vaststelling", "16 Begrippenlijst en afkortingen",
              "Bijlage 2 Standaarden basisondersteuning VO", "Bijlage 5 Meerjarenbegroting 2026-2030"])
    b += voorwoord(c)
    b += [H1("2 Kernpunten van dit plan"),
          B(["Alle scholen bieden het afgesproken niveau van basisondersteuning; de standaarden zijn herzien.",
             "De toewijzing van vso, lwoo en pro gebeurt door één commissie met heldere criteria.",
             "Terugkeer uit het vso naar het regulier vo krijgt een vaste plek in de jaarcyclus.",
             "De middelen voor lichte ondersteuning gaan volgens een vast bedrag per leerling naar de besturen.",
             "We meten onze resultaten jaarlijks met een set van zes indicatoren.",
             "Ouders en leerlingen worden beter geïnformeerd via een vernieuwde website."]),
          P("Dit plan is tot stand gekomen in een periode waarin het leerlingaantal in de regio licht daalt en "
            "het aantal leerlingen met complexe ondersteuningsvragen juist toeneemt. Dat vraagt om keuzes. Die "
            "keuzes lichten we per hoofdstuk toe.")]
    b += context(c, 3)
    b += visie(c, 4)
    b += [H1("5 Ondersteuningsniveaus en basisondersteuning"),
          H2("5.1 Basisondersteuning"),
          P("Alle scholen voor voortgezet onderwijs in Kempenrand bieden op iedere vestiging ten minste het "
            "afgesproken niveau van basisondersteuning. Dat niveau is door de besturen gezamenlijk vastgesteld en "
            "geldt als ondergrens: geen enkele school of vestiging mag daaronder zitten. Het niveau is "
            "afgeleid van het landelijke referentiekader en omvat de basiskwaliteit zoals de inspectie die "
            "beoordeelt, preventieve en licht curatieve interventies, een ondersteuningsstructuur en planmatig "
            "werken."),
          P("De uitwerking van deze vier aspecten in concrete standaarden is opgenomen in bijlage 2, "
            "'Standaarden basisondersteuning VO'. Die bijlage wordt na instemming van de OPR afzonderlijk "
            "gepubliceerd. Iedere school beschrijft bovendien in haar schoolondersteuningsprofiel hoe zij de "
            "standaarden invult."),
          P("Twee keer in de planperiode voeren we een audit uit op alle scholen, uitgevoerd door een "
            "auditteam met een ondersteuningscoördinator van een andere school en een orthopedagoog van het "
            "samenwerkingsverband. Scholen die niet aan de standaarden voldoen, maken afspraken over verbetering "
            "met hun bestuur."),
          H2("5.2 Het ondersteuningscontinuüm"),
          P("Bovenop de basisondersteuning kent Kempenrand een getrapt aanbod van extra ondersteuning. "
            "Samen vormen de niveaus het ondersteuningscontinuüm:"),
          T([["Niveau", "Aanbod", "Capaciteit 2026"],
             ["1 Basisondersteuning", "Op iedere school, volgens de standaarden", "alle scholen"],
             ["2 Schoolarrangementen", "Ondersteuningsklassen, trajectvoorziening, ambulante begeleiding in de "
              "eigen school", "11 trajectvoorzieningen"],
             ["3 Bovenschools", "OPDC De Overstap (tijdelijke plaatsing, max. 2 jaar); reboundvoorziening "
              "Kompas (max. 13 weken); onderwijs-zorgarrangement De Schakel", "60 / 24 / 12 plaatsen"],
             ["4 Speciaal", "Vso cluster 3 en 4 (2 scholen); praktijkonderwijs (1 school)", "520 / 410 leerlingen"]]),
          P("Scholen zetten eerst niveau 2 in. Een plaatsing op niveau 3 verloopt via de commissie "
            "toewijzing (hoofdstuk 6) en is altijd tijdelijk, met een terugkeer naar de eigen school als doel. "
            "Het OPDC en de rebound werken met een vaste overdracht naar de school van herkomst."),
          H2("5.3 Witte vlekken"),
          P("Of het huidige aanbod dekkend is, brengen we in het eerste planjaar in beeld. Een analyse van "
            "witte vlekken en de daarbij behorende acties nemen we op in het jaarplan 2026-2027."),
          ]
    b += [H1("6 Toewijzing: vso, lwoo en praktijkonderwijs"),
          P("Het samenwerkingsverband beslist over de toelaatbaarheid tot het voortgezet speciaal onderwijs, "
            "over de aanwijzing voor leerwegondersteunend onderwijs (lwoo) en over de toelaatbaarheid tot het "
            "praktijkonderwijs. Voor alle drie is de Commissie Toewijzing Kempenrand (CTK) het besluitvormende "
            "orgaan, in mandaat van de directeur-bestuurder."),
          H2("6.1 Aanvraag en besluit"),
          P("De aanvraag wordt ingediend door het bevoegd gezag van de school waar de leerling is ingeschreven of "
            "is aangemeld. Bij de overstap van po naar vo doet de vo-school van aanmelding de aanvraag, uiterlijk "
            "1 maart. De aanvraag bevat het groeidocument of OPP, het onderwijskundig rapport, de gegevens van "
            "de capaciteitentest en de didactische toetsen, en de zienswijze van ouders en leerling. De CTK "
            "vraagt voor vso-aanvragen het advies van twee deskundigen: een orthopedagoog of psycholoog en een "
            "tweede deskundige die past bij de problematiek. Beide brengen een afzonderlijk advies uit. De CTK "
            "besluit binnen zes weken; in de aanmeldperiode po-vo uiterlijk op 1 mei."),
          H2("6.2 Criteria"),
          T([["Voorziening", "Criteria"],
             ["Vso", "De ondersteuningsbehoefte is zo groot dat een regulier vo-arrangement (niveau 1-3) "
              "aantoonbaar onvoldoende is geweest of, bij de overstap po-vo, op basis van het OPP onvoldoende zal "
              "zijn; de leerling heeft een intensieve combinatie van onderwijs en zorg nodig in een kleine setting."],
             ["Lwoo", "Landelijke criteria: IQ tussen 75 en 90 en een leerachterstand van 1,5 tot 3 jaar op ten "
              "minste twee domeinen (waarvan één begrijpend lezen of inzichtelijk rekenen), of IQ 91-120 met "
              "leerachterstand én sociaal-emotionele problematiek."],
             ["Praktijkonderwijs", "Landelijke criteria: IQ tussen 55 en 80 en een leerachterstand van "
              "ten minste drie jaar op twee of meer domeinen, waaronder begrijpend lezen of inzichtelijk "
              "rekenen."]]),
          H2("6.3 Duur, categorie en bezwaar"),
          P("Een TLV vso wordt afgegeven voor twee schooljaren, in de bovenbouw tot het einde van de opleiding, "
            "met vermelding van de bekostigingscategorie laag, midden of hoog. Een aanwijzing lwoo en een TLV pro "
            "gelden voor de gehele schoolloopbaan. Tegen een besluit kan binnen zes weken bezwaar worden "
            "gemaakt bij het bestuur van het samenwerkingsverband, dat advies vraagt aan de Landelijke "
            "Bezwaaradviescommissie."),
          ]
    b += [H1("7 Terug naar het regulier voortgezet onderwijs"),
          P("We willen dat leerlingen in het vso niet langer in het speciaal onderwijs blijven dan nodig is. Ons "
            "beleid is dat iedere vso-leerling met een uitstroomprofiel vervolgonderwijs jaarlijks wordt "
            "beoordeeld op de mogelijkheid van overstap naar een reguliere vo-school. Terugplaatsing gebeurt "
            "alleen als de leerling er klaar voor is, de ontvangende school het benodigde arrangement kan bieden "
            "en er een begeleidingsplan is voor ten minste het eerste halfjaar."),
          P("De procedure kent vaste momenten:"),
          T([["Wanneer", "Wat", "Wie"],
             ["Oktober (laatste TLV-jaar)", "Evaluatie OPP: is terugkeer mogelijk?", "Commissie van begeleiding vso"],
             ["Uiterlijk 1 december", "Melding bij het SWV van leerlingen die in aanmerking komen", "Vso-school"],
             ["Januari-maart", "Overleg met ouders, leerling en beoogde vo-school; proefplaatsing mogelijk",
              "Trajectbegeleider SWV"],
             ["Uiterlijk 1 april", "Besluit over terugplaatsing of aanvraag nieuwe TLV", "CTK"],
             ["Eerste halfjaar na overstap", "Terugplaatsingsarrangement: ambulante begeleiding vanuit het vso, "
              "twee evaluaties", "Ontvangende vo-school en vso"]]),
          P("In het schooljaar 2024-2025 keerden 17 leerlingen terug uit het vso naar het regulier vo; zes "
            "maanden na de overstap zaten er nog 15 op de nieuwe school."),
          ]
    b += [H1("8 Financieel beleid en meerjarenbegroting"),
          P("De middelen van het samenwerkingsverband bestaan uit het budget voor lichte ondersteuning "
            "(inclusief lwoo en pro) en het budget voor zware ondersteuning. De afdrachten voor het vso en de "
            "groeibekostiging op de peildatum 1 februari worden door DUO ingehouden."),
          H2("8.1 Verdelingsprincipes"),
          B(["Lichte ondersteuning gaat volledig naar de besturen: € 112 per leerling (teldatum 1 oktober).",
             "Lwoo- en pro-middelen worden doorgegeven op basis van het aantal aangewezen leerlingen.",
             "Iedere vestiging ontvangt daarnaast een vaste voet van € 15.000 voor de ondersteuningscoördinatie.",
             "Niveau 3-voorzieningen worden centraal bekostigd naar rato van het aantal plaatsen.",
             "Het algemeen bestuur stelt de verdeling jaarlijks in december vast."]),
          H2("8.2 Meerjarenbegroting"),
          P("De meerjarenbegroting is opgenomen in bijlage 5. Onderstaand overzicht geeft de opbouw weer; de "
            "bedragen worden ingevuld zodra de definitieve rijksbekostiging bekend is."),
          T([["Post", "2026", "2027", "2028", "2029"],
             ["Baten rijksbekostiging", "p.m.", "p.m.", "p.m.", "p.m."],
             ["Afdrachten vso", "p.m.", "p.m.", "p.m.", "p.m."],
             ["Doorbetaling besturen", "p.m.", "p.m.", "p.m.", "p.m."],
             ["Niveau 3-voorzieningen", "p.m.", "p.m.", "p.m.", "p.m."],
             ["Bureau en commissie", "p.m.", "p.m.", "p.m.", "p.m."]]),
          ]
    b += [H1("9 Kwaliteit en resultaten"),
          P("Voor deze planperiode hebben we zes beoogde resultaten geformuleerd, elk met een streefwaarde. "
            "De nulmeting betreft het schooljaar 2024-2025."),
          T([["Indicator", "Nulmeting 2024-2025", "Streefwaarde 2029-2030"],
             ["Deelnamepercentage vso (1 oktober)", "3,9%", "3,4%"],
             ["Vso-leerlingen uitstroomprofiel vervolgonderwijs met diploma", "78%", "85%"],
             ["Leerlingen OPDC terug naar eigen school binnen 2 jaar", "71%", "85%"],
             ["Terugplaatsingen vso-vo per jaar", "17", "20"],
             ["Doorlooptijd besluit CTK", "5,8 weken", "maximaal 5 weken"],
             ["Tevredenheid scholen over ondersteuning SWV", "7,1", "7,5"]]),
          P("De indicatoren worden twee keer per jaar gemeten met de monitor van het samenwerkingsverband, "
            "die gegevens uit de leerlingadministratie, de registratie van de CTK en de gegevens van de "
            "vso-scholen combineert. De controller rapporteert in februari en september aan het algemeen bestuur "
            "en de OPR. Jaarlijks evalueren we in het jaarverslag welke resultaten zijn bereikt en welke middelen "
            "daarvoor zijn ingezet; waar een indicator achterblijft, stelt het bestuur bij in het jaarplan."),
          ]
    b += [H1("10 Ouders en leerlingen"),
          P("Ouders en leerlingen zijn partners in passend onderwijs. Zij worden betrokken bij het opstellen "
            "van het OPP en hebben hoorrecht bij de vaststelling daarvan."),
          P("Over de ondersteuningsmogelijkheden informeren we ouders en leerlingen via de vernieuwde website, "
            "die per niveau beschrijft welke ondersteuning er is en hoe je die krijgt, en via een "
            "informatiefolder die alle vo-scholen meesturen met de aanmeldbevestiging. In de groepen 8 van de "
            "basisscholen wordt een informatieavond georganiseerd over ondersteuning in het vo."),
          P("Voor vragen over de ondersteuning van hun kind kunnen ouders terecht bij de mentor of de "
            "ondersteuningscoördinator van de school. Het ouder- en jeugdsteunpunt dat de nieuwe wet voorschrijft, "
            "richten we in zodra de wet in werking is getreden; over de vormgeving daarvan volgt later een "
            "voorstel."),
          ]
    b += oogo(c, 11)
    b += governance(c, 12)
    b += opr(c, "12.1")
    b += personeel(c, 13)
    b += ict_privacy(c, 14)
    b += planning(c, 15)
    b += glossary(16, [["Lwoo", "Leerwegondersteunend onderwijs."], ["OPDC", "Orthopedagogisch-didactisch centrum."],
                       ["Pro", "Praktijkonderwijs."], ["CTK", "Commissie Toewijzing Kempenrand."]])
    return b


# --------------------------------------------------------------------------- plan C (PO, pdf)
Cc = dict(name="Stichting Passend Primair Onderwijs Dollardkust", short="PPO Dollardkust",
          code="PO 20-05", period="2026-2030", gem="Dollardkust, Reiderwolde en Eemsbeek", vo=False,
          seat="Winschoterzijl", director="H. (Hilde) Brouwer-Kamminga", fte="9,8",
          oogo_date="28 januari 2026", opr_date="3 maart 2026", vast_date="12 maart 2026",
          besturen=[["Openbaar Onderwijs Dollardkust", "18", "3.240"], ["Christelijk Onderwijs Noord-Oost", "11", "1.870"],
                    ["Stichting Katholiek Primair Onderwijs Eemsbeek", "4", "690"], ["Stichting Sbo Het Tij", "1", "132"],
                    ["Stichting Speciaal Onderwijs Noord (so cluster 3/4)", "2", "214"]])


def plan_c():
    c = Cc
    b = [("title", "Ondersteuningsplan PPO Dollardkust 2026-2030"),
         P("Stichting Passend Primair Onderwijs Dollardkust | PO 20-05"),
         P("Elk kind een plek aan de kust"),
         ("pagebreak", None)]
    b += toc(["1 Voorwoord", "2 Inleiding en leeswijzer", "3 Ons samenwerkingsverband", "4 Visie en missie",
              "5 De gemeenschappelijke ondergrens: basisondersteuning", "6 Van licht naar zwaar: het netwerk van voorzieningen",
              "7 Toewijzing van sbo en so", "8 Geld en middelen", "9 Resultaten en kwaliteit", "10 Ouders",
              "11 Samenwerking met gemeenten", "12 Organisatie en governance", "13 Personeel en professionalisering",
              "14 ICT, gegevens en privacy", "15 Planning en vaststelling", "16 Begrippenlijst"])
    b += voorwoord(c)
    b += [H1("2 Inleiding en leeswijzer"),
          P("Dit ondersteuningsplan volgt de opbouw van de wet. Na een schets van de regio en onze visie "
            "beschrijven we de basisondersteuning, het netwerk van voorzieningen, de toewijzing van het speciaal "
            "(basis)onderwijs en de inzet van geld en middelen. Daarna komen kwaliteit, ouders en de "
            "samenwerking met gemeenten aan bod. Het plan sluit af met organisatie, personeel, ICT en planning."),
          P("Het plan is bewust compact gehouden. Waar onderwerpen nog in ontwikkeling zijn, geven we dat aan. "
            "Het jaarplan 2026-2027 bevat de concrete activiteiten voor het eerste jaar.")]
    b += context(c, 3)
    b += visie(c, 4)
    b += [H1("5 De gemeenschappelijke ondergrens: basisondersteuning"),
          P("De besturen in Dollardkust hebben samen een ondergrens afgesproken: wat in de tabel hieronder "
            "staat, is op elke locatie van elke aangesloten basisschool aanwezig, van de kleinste dorpsschool "
            "met 40 leerlingen tot de grootste school in Winschoterzijl. Deze afspraak is bindend voor alle "
            "besturen en is onderdeel van dit plan."),
          T([["Onderdeel", "Dit is op iedere school aanwezig"],
             ["Begeleiding", "Een intern begeleider die minimaal één dag per week beschikbaar is, en een "
              "schoolcontactpersoon van het samenwerkingsverband (orthopedagoog) die de school elke zes weken bezoekt."],
             ["Leerlingbespreking", "Een groepsbespreking per groep drie keer per jaar en een "
              "ondersteuningsteam bij vragen die de groep overstijgen."],
             ["Lezen", "Dyslexieprotocol met vroegsignalering en een interventieprogramma van minimaal 12 weken "
              "voordat een vergoed dyslexieonderzoek wordt aangevraagd."],
             ["Rekenen", "Dyscalculieprotocol en ingeoefende rekenstrategieën; verlengde instructie dagelijks."],
             ["Gedrag", "Een schoolbrede aanpak voor positief gedrag, een pestcoördinator en een "
              "time-in-plek in de school."],
             ["Talent", "Signaleringsinstrument voor meer- en hoogbegaafdheid en een verrijkingsaanbod in de groep."],
             ["Jonge kind", "Overdracht met de voorschool volgens vast format en observatie in groep 1-2."],
             ["Fysiek en medisch", "Protocol medisch handelen; rolstoeltoegankelijkheid van de begane grond."]]),
          P("De schoolcontactpersoon bespreekt jaarlijks met elke school of de ondergrens op orde is. Een "
            "school die op een onderdeel tekortschiet, krijgt ondersteuning uit het expertiseteam om binnen een "
            "schooljaar op niveau te komen."),
          ]
    b += [H1("6 Van licht naar zwaar: het netwerk van voorzieningen"),
          P("Voor kinderen die meer nodig hebben dan de ondergrens, is er een aaneengesloten reeks van "
            "voorzieningen. Elke stap wordt pas gezet als de vorige onvoldoende blijkt, maar een kind kan ook "
            "direct instromen op de plek die het nodig heeft."),
          B(["Extra ondersteuning in de eigen school: een arrangement met extra handen in de klas, begeleiding door "
             "het expertiseteam of een specifieke interventie, aangevraagd door de school.",
             "Bovenschools: de Kustklas voor kinderen met taal-spraakproblemen die niet onder cluster 2 vallen "
             "(Winschoterzijl), de Plusgroep voor hoogbegaafde leerlingen (twee locaties) en de "
             "observatiegroep Het Anker.",
             "Sbo Het Tij, voor kinderen die een kleinere groep met specialistische begeleiding nodig hebben.",
             "So-scholen cluster 3 en 4 in en buiten de regio; voor twee zorgintensieve leerlingen is een "
             "onderwijs-zorgarrangement ingericht met de gemeente."]),
          H2("6.1 Gaten in het netwerk"),
          P("Waar het netwerk gaten vertoont, willen we dat snel weten. Daarom melden scholen en leerplicht "
            "iedere leerling die langer dan twee weken geen of gedeeltelijk onderwijs volgt bij de "
            "trajectbegeleider van het samenwerkingsverband. Binnen drie weken volgt een overleg aan de "
            "thuiszitterstafel, waar school, leerplicht, jeugdhulp en het samenwerkingsverband een plan maken. "
            "Twee keer per jaar bespreekt het bestuur welke leerlingen het netwerk niet goed bedient."),
          P("Uit deze besprekingen bleek dat kleuters met een ontwikkelingsvoorsprong en kinderen met "
            "zware ernstige meervoudige beperkingen geen passend aanbod dicht bij huis hebben. Voor de eerste "
            "groep start per augustus 2027 een kleutergroep bij de Plusgroep; voor de tweede groep maken we "
            "in 2026 afspraken met de so-school en de gemeente Eemsbeek over een dagcombinatie van onderwijs en zorg. "
            "Besturen spreken af dat zij hun zorgplicht samen invullen: een kind wordt pas uitgeschreven als "
            "een andere school het heeft ingeschreven."),
          ]
    b += [H1("7 Toewijzing van sbo en so"),
          P("Voor plaatsing in het sbo of so is een toelaatbaarheidsverklaring nodig. Het samenwerkingsverband "
            "heeft hiervoor de Commissie Toewijzing ingericht."),
          P("Zo verloopt een aanvraag. De school waar het kind staat ingeschreven bespreekt de situatie in het "
            "ondersteuningsteam en stelt samen met de ouders het groeidocument op. Het schoolbestuur dient de "
            "aanvraag digitaal in; ouders tekenen voor gezien en geven hun zienswijze. Een orthopedagoog van "
            "het samenwerkingsverband en een tweede deskundige – afhankelijk van de vraag een psycholoog, "
            "jeugdarts of maatschappelijk werker – brengen ieder een eigen schriftelijk advies uit. De Commissie "
            "Toewijzing neemt binnen vijf weken een besluit, namens het bestuur. Bij spoed kan de voorzitter "
            "binnen vijf werkdagen een tijdelijke TLV van ten hoogste drie maanden afgeven."),
          P("De TLV wordt afgegeven voor de duur die in het besluit staat, met een maximum van drie schooljaren. "
            "Voor het so wordt de bekostigingscategorie vermeld. Tegen het besluit kunnen ouders bezwaar maken "
            "binnen zes weken; het samenwerkingsverband legt het bezwaar voor aan de Landelijke "
            "Bezwaaradviescommissie."),
          P("De commissie weegt iedere aanvraag individueel, op maat van het kind. Een set toetsbare criteria "
            "voor toelaatbaarheid tot het sbo en het so wordt in het schooljaar 2026-2027 door de werkgroep "
            "toewijzing ontwikkeld en daarna ter instemming aan de OPR voorgelegd."),
          ]
    b += [H1("8 Geld en middelen"),
          P("Het samenwerkingsverband kiest voor een model waarin geld de expertise volgt. Het grootste deel "
            "van het budget wordt niet als vast bedrag naar de scholen overgemaakt, maar ingezet via het "
            "expertiseteam en via arrangementen."),
          H2("8.1 Zo verdelen we"),
          T([["Onderdeel", "Verdeelsleutel", "Besluit door"],
             ["Basisbudget besturen", "€ 95 per leerling (teldatum 1 oktober)", "Algemeen bestuur, jaarlijks in november"],
             ["Arrangementen in de school", "Op aanvraag; max. € 9.000 per leerling per jaar, op basis van het "
              "groeidocument", "Commissie Toewijzing, binnen 4 weken"],
             ["Bovenschoolse voorzieningen", "Vaste bekostiging per groep (€ 165.000)", "Algemeen bestuur"],
             ["Expertiseteam", "Inzet naar rato van het aantal leerlingen per school", "Directeur-bestuurder"]]),
          H2("8.2 Begroting 2026-2029"),
          T([["x € 1.000", "2026", "2027", "2028", "2029"],
             ["Baten ondersteuningsmiddelen", "6.480", "6.390", "6.310", "6.220"],
             ["Afdrachten DUO (so) en overdracht sbo", "-2.860", "-2.840", "-2.820", "-2.800"],
             ["Basisbudget besturen", "560", "550", "540", "530"],
             ["Arrangementen", "910", "930", "930", "930"],
             ["Bovenschoolse voorzieningen", "495", "660", "660", "660"],
             ["Expertiseteam", "1.120", "1.140", "1.160", "1.180"],
             ["Bureau en organisatie", "430", "440", "450", "460"],
             ["Saldo", "105", "-170", "-250", "-340"]]),
          P("Het negatieve saldo vanaf 2027 wordt gedekt uit de reserve, die eind 2025 € 1,9 miljoen bedroeg. "
            "Daarmee brengen we de reserve terug tot onder de signaleringswaarde."),
          ]
    b += [H1("9 Resultaten en kwaliteit"),
          P("Kwaliteit is voor ons een gezamenlijke verantwoordelijkheid van scholen en samenwerkingsverband. "
            "De besturen hebben hun eigen kwaliteitszorg; het samenwerkingsverband richt zich op de vraag of "
            "het stelsel als geheel werkt."),
          P("Een kwaliteitskader met beoogde resultaten, indicatoren en een evaluatiecyclus is nog in "
            "voorbereiding. Het concept wordt in het voorjaar van 2027 met de OPR besproken en maakt daarna als "
            "aanvulling deel uit van dit plan."),
          ]
    b += [H1("10 Ouders"),
          P("Ouders kennen hun kind het best. Goede samenwerking tussen school en ouders is daarom de basis van "
            "elk arrangement en elke aanvraag. Ouders worden uitgenodigd voor het ondersteuningsteam en geven "
            "hun zienswijze bij een aanvraag voor een TLV."),
          P("Hoe wij ouders in de nieuwe planperiode informeren over het ondersteuningsaanbod, werken we uit in "
            "een communicatieplan dat in het eerste planjaar verschijnt."),
          P("Als ouders er met de school of met het samenwerkingsverband niet uitkomen, of als zij onafhankelijk "
            "advies willen, kunnen zij terecht bij het Ouder- en Jeugdsteunpunt Noord-Oost, dat wij samen met "
            "twee andere samenwerkingsverbanden hebben ingericht. Het steunpunt werkt los van scholen en "
            "samenwerkingsverband en is bereikbaar via een gratis telefoonnummer. Ook de Onderwijsconsulenten "
            "kunnen kosteloos worden ingeschakeld. Voor geschillen over toelating, verwijdering of het OPP is het "
            "samenwerkingsverband aangesloten bij de Geschillencommissie passend onderwijs."),
          ]
    b += oogo(c, 11)
    b += governance(c, 12)
    b += opr(c, "12.1")
    b += personeel(c, 13)
    b += ict_privacy(c, 14)
    b += planning(c, 15)
    b += glossary(16)
    return b


# --------------------------------------------------------------------------- plan D (VO, pdf)
Dc = dict(name="Samenwerkingsverband Voortgezet Onderwijs Hoeksche Delta", short="SWV VO Hoeksche Delta",
          code="VO 28-13", period="2026-2030", gem="Hoeksche Delta, Strijenmonde en Oud-Beijerwaard", vo=True,
          seat="Oud-Beijerwaard", director="mr. drs. R. (Ruben) Kortland", fte="16,1",
          oogo_date="21 januari 2026", opr_date="25 februari 2026", vast_date="5 maart 2026",
          besturen=[["Stichting Openbaar VO Hoeksche Delta", "3", "3.450"], ["Stichting Christelijk VO Zuid-Holland Zuid", "2", "2.170"],
                    ["Stichting Praktijkonderwijs Delta", "1", "290"], ["Stichting Vso De Zeearend", "1", "260"]])


def plan_d():
    c = Dc
    b = [("title", "Ondersteuningsplan 2026-2030 SWV VO Hoeksche Delta"),
         P("Samenwerkingsverband Voortgezet Onderwijs Hoeksche Delta – VO 28-13"),
         P("Ieder talent telt"),
         ("pagebreak", None)]
    b += toc(["1 Voorwoord", "2 Samenvatting", "3 Ons samenwerkingsverband", "4 Visie en missie",
              "5 Basisondersteuning", "6 Dekkend netwerk", "7 Toelaatbaarheid vso, lwoo en pro",
              "8 Financiën", "9 Resultaten en monitoring", "10 Ouders en leerlingen", "11 Samenwerking met gemeenten",
              "12 Organisatie en governance", "13 Personeel en professionalisering", "14 ICT, gegevens en privacy",
              "14a Bureau, huisvesting en bedrijfsvoering", "15 Planning en vaststelling", "16 Begrippenlijst"])
    b += voorwoord(c)
    b += [H1("2 Samenvatting"),
          P("Hoeksche Delta is een klein samenwerkingsverband met zeven scholen. Dat maakt korte lijnen "
            "mogelijk, maar ook kwetsbaarheid: één voorziening die sluit, heeft grote gevolgen. In dit plan "
            "leggen we de nadruk op het dekkend netwerk, de toegang tot vso, lwoo en praktijkonderwijs en de "
            "informatie aan ouders en leerlingen. De basisondersteuning, de financiën en de beoogde resultaten "
            "zijn eveneens onderwerp van dit plan."),
          ]
    b += context(c, 3)
    b += visie(c, 4)
    b += [H1("5 Basisondersteuning"),
          P("Landelijk wordt gewerkt aan een norm voor basisondersteuning. Omdat de inhoud en status van die "
            "norm nog niet bekend zijn, stellen we de nieuwe afspraken over basisondersteuning vast nadat de "
            "landelijke norm is gepubliceerd. Tot die tijd blijven de afspraken uit het ondersteuningsplan "
            "2022-2026 van kracht."),
          ]
    b += [H1("6 Dekkend netwerk"),
          P("Het netwerk van Hoeksche Delta bestaat uit vier lagen, die samen moeten zorgen voor een zo passend "
            "mogelijke plek voor iedere jongere:"),
          T([["Laag", "Voorzieningen", "Toegang"],
             ["1", "Ondersteuning binnen de eigen school (zie hoofdstuk 5)", "School"],
             ["2", "Ondersteuningsarrangement in de school: trajectklas, coaching, examentraining voor "
              "leerlingen met faalangst, begeleiding bij ziekte", "Aanvraag bij het loket"],
             ["3", "Bovenschools: Delta-OPDC (45 plaatsen, tijdelijk, max. 18 maanden), "
              "time-outvoorziening (8 weken), NT2-schakelklas voor nieuwkomers", "Aanvraag bij het loket"],
             ["4", "Vso De Zeearend (cluster 4); vso cluster 3 buiten de regio; praktijkonderwijs",
              "TLV, zie hoofdstuk 7"]]),
          P("Iedere school heeft een vaste trajectbegeleider van het samenwerkingsverband die meedenkt bij "
            "vragen en de route naar een voorziening begeleidt. Een leerling op het OPDC blijft ingeschreven op "
            "de eigen school; de terugkeer wordt vanaf de eerste dag voorbereid."),
          H2("6.1 Thuiszitters en wachtlijsten"),
          P("Hoeksche Delta hanteert de afspraak 'niemand thuis': een jongere die niet naar school gaat, wordt "
            "binnen een week door de school gemeld bij de trajectbegeleider en de leerplichtambtenaar. Binnen "
            "twee weken is er een plan. Lukt het niet binnen zes weken, dan schaalt de trajectbegeleider op naar "
            "de directeur-bestuurder, die besturen kan aanspreken op hun zorgplicht. Maandelijks houden we een "
            "overzicht bij van thuiszitters, leerlingen met vrijstelling en wachtlijsten van voorzieningen."),
          P("In 2025 signaleerden we dat er in de regio geen plek is voor havo/vwo-leerlingen met ernstige "
            "angstproblematiek die tijdelijk niet naar een grote school kunnen. Samen met jeugdhulp Delta "
            "start in januari 2027 een kleinschalige voorziening 'Rustpunt' met twaalf plaatsen. Ook de "
            "wachtlijst van het OPDC (gemiddeld 9 leerlingen) pakken we aan door de capaciteit in 2026 uit te "
            "breiden met tien plaatsen."),
          ]
    b += [H1("7 Toelaatbaarheid vso, lwoo en pro"),
          P("De aanvraagprocedure, de termijnen en de samenstelling van de commissie die over toelaatbaarheid "
            "beslist, zijn beschreven in het Loketreglement op onze website. Hieronder volgen de inhoudelijke "
            "criteria."),
          T([["Voorziening", "Toelaatbaar wanneer"],
             ["Vso categorie laag", "De leerling heeft ernstige gedrags- of psychiatrische problematiek "
              "(cluster 4) of een verstandelijke beperking (ZML), waardoor een regulier arrangement ook met inzet "
              "van laag 3 aantoonbaar tekort is geschoten."],
             ["Vso categorie midden", "De leerling heeft een lichamelijke beperking of langdurige ziekte met "
              "een intensieve zorgbehoefte gedurende de schooldag."],
             ["Vso categorie hoog", "De leerling heeft een meervoudige beperking en is aangewezen op "
              "permanente verzorging."],
             ["Lwoo", "De landelijke criteria: IQ 75-90 en leerachterstand 25-50% op twee domeinen, of IQ 91-120 "
              "met leerachterstand en sociaal-emotionele problematiek."],
             ["Praktijkonderwijs", "IQ 55-80 en leerachterstand van 50% of meer op twee domeinen, waarvan "
              "één begrijpend lezen of inzichtelijk rekenen."]]),
          P("Tegen een besluit kunnen ouders en leerling bezwaar maken; het samenwerkingsverband legt het "
            "bezwaar voor aan de Landelijke Bezwaaradviescommissie."),
          H2("7.1 Terugkeer naar het regulier"),
          P("Voor leerlingen van De Zeearend geldt een vaste werkwijze wanneer hun TLV afloopt. In oktober "
            "van het laatste TLV-jaar evalueert de commissie van begeleiding van de vso-school het OPP. Als "
            "terugkeer naar een reguliere school in beeld is, meldt de vso-school de leerling vóór 1 december bij "
            "het loket. De trajectbegeleider organiseert in januari een gesprek met de leerling, de ouders, de "
            "vso-school en de beoogde vo-school. Het loket beslist uiterlijk 1 april of de leerling wordt "
            "teruggeplaatst of dat een nieuwe TLV nodig is; in dat laatste geval dient de vso-school een "
            "aanvraag in."),
          P("Welke uitgangspunten en voorwaarden wij aan terugplaatsing verbinden en welke begeleiding een "
            "leerling na de overstap krijgt, leggen we in het schooljaar 2026-2027 vast in een beleidskader "
            "dat we samen met De Zeearend opstellen."),
          ]
    b += [H1("8 Financiën"),
          P("Het financieel kader van het samenwerkingsverband – het verdeelmodel, de meerjarenbegroting en het "
            "reservebeleid – wordt jaarlijks afzonderlijk door het algemeen bestuur vastgesteld en maakt geen deel "
            "uit van dit ondersteuningsplan. Het financieel kader 2026-2027 verschijnt na de besluitvorming in "
            "het najaar."),
          ]
    b += [H1("9 Resultaten en monitoring"),
          P("Het samenwerkingsverband volgt de ontwikkelingen in het netwerk met een monitor die drie keer per "
            "jaar (november, maart en juni) wordt gevuld. De monitor bevat onder meer het deelnamepercentage "
            "vso, het aantal lwoo- en pro-aanwijzingen, het aantal leerlingen op het OPDC en hun terugkeer naar "
            "de eigen school, het aantal thuiszitters en vrijstellingen, en de doorlooptijd van aanvragen bij "
            "het loket. De gegevens komen uit DUO-bestanden, de loketregistratie en de leerplichtregistratie."),
          P("De directeur-bestuurder bespreekt de monitor met het algemeen bestuur en de OPR. Iedere school "
            "ontvangt een eigen rapportage die in het jaarlijkse kwaliteitsgesprek met de trajectbegeleider wordt "
            "besproken. In het jaarverslag rapporteren we de bereikte cijfers; in 2024-2025 was het "
            "deelnamepercentage vso 3,1% en keerde 64% van de OPDC-leerlingen binnen 18 maanden terug naar "
            "de eigen school."),
          P("Welke resultaten we in deze planperiode willen bereiken en welke streefwaarden daarbij horen, "
            "bepalen we na de nulmeting over het schooljaar 2025-2026."),
          ]
    b += [H1("10 Ouders en leerlingen"),
          P("We willen dat ouders en leerlingen weten waar ze aan toe zijn. Daarom hebben we de informatie "
            "sterk vereenvoudigd. Op de pagina 'Wat kan mijn school?' van de website staat per school welke "
            "ondersteuning er is, met contactgegevens van de ondersteuningscoördinator. Bij de start van het "
            "aanmeldseizoen ontvangen alle ouders van leerlingen in groep 8 via de basisschool de gids "
            "'Ondersteuning in het vo'. De trajectbegeleiders houden twee keer per jaar een inloopavond voor "
            "ouders."),
          P("Wie twijfelt, vastloopt of het oneens is, kan aankloppen bij Steunpunt Wijzer: een onafhankelijke "
            "vraagbaak voor ouders en jongeren, die geen deel uitmaakt van school of samenwerkingsverband en "
            "meegaat naar gesprekken als ouders dat willen. Daarnaast verwijzen we naar de Onderwijsconsulenten "
            "en, bij geschillen over toelating, verwijdering of het OPP, naar de Geschillencommissie passend "
            "onderwijs. Leerlingen hebben hoorrecht bij de vaststelling van hun OPP."),
          ]
    b += oogo(c, 11, cost=False)
    b += governance(c, 12, fin_mentions=False)
    b += opr(c, "12.1")
    b += personeel(c, 13)
    b += ict_privacy(c, 14)
    b += bureau(c, "14a")
    b += planning(c, 15)
    b += glossary(16, [["Meerjarenbegroting", "Begroting voor een periode van meerdere jaren, met bedragen per jaar."],
                       ["Lwoo", "Leerwegondersteunend onderwijs."], ["Pro", "Praktijkonderwijs."]])
    return b


# --------------------------------------------------------------------------- plan E (PO, txt)
Ec = dict(name="Samenwerkingsverband Passend Onderwijs Veluwerand PO", short="SWV Veluwerand",
          code="PO 24-21", period="2026-2030", gem="Veluwerand, Heerdewoud en Epekamp", vo=False,
          seat="Heerdewoud", director="A.C. (Anton) Gerritsen", fte="11,2",
          oogo_date="5 februari 2026", opr_date="9 maart 2026", vast_date="16 maart 2026",
          voorz="het expertiseteam en de ambulante diensten",
          besturen=[["Stichting Veluwse Scholengroep", "17", "3.980"], ["Vereniging PCO Heerdewoud", "12", "2.540"],
                    ["Stichting Reformatorisch PO Epekamp", "6", "1.310"], ["Stichting Openbaar Onderwijs Epekamp", "6", "1.120"],
                    ["Sbo De Zandloper", "1", "145"], ["So De Sprengen (cluster 3 en 4)", "1", "190"]])


def plan_e():
    c = Ec
    b = [("title", "Ondersteuningsplan SWV Veluwerand 2026-2030 (plan op hoofdlijnen)"),
         P("Samenwerkingsverband Passend Onderwijs Veluwerand PO | PO 24-21 | tekstversie voor publicatie")]
    b += toc(["1 Voorwoord", "2 Waar we voor staan", "3 Ons samenwerkingsverband",
              "4 Wat elke school biedt", "5 Toelaatbaarheid sbo en so", "6 Weer naar de wijkschool",
              "7 Een passende plek voor ieder kind", "8 Begroting en bekostiging", "9 Wat willen we bereikt hebben?",
              "10 Samenwerking met gemeenten", "11 Organisatie en governance", "12 Personeel en professionalisering",
              "13 ICT, gegevens en privacy", "13a Bureau, huisvesting en bedrijfsvoering", "14 Planning en vaststelling", "15 Begrippen en afkortingen",
              "Bijlage A Referentiekader (samenvatting)", "Bijlage B Handboek Toewijzing 2026"])
    b += voorwoord(c)
    vis = visie(c, 2)
    vis[0] = H1("2 Waar we voor staan")
    b += vis
    b += context(c, 3)
    b += [H2("3.1 Terugblik op de vorige planperiode"),
          P("De planperiode 2022-2026 stond in het teken van de opbouw van het expertiseteam. Waar scholen eerder "
            "afhankelijk waren van externe onderzoeksbureaus, hebben zij nu een vaste orthopedagoog van het "
            "samenwerkingsverband. Het bureau verhuisde in 2023 naar een gedeeld pand met de jeugdgezondheidszorg "
            "in Heerdewoud, wat de lijnen heeft verkort. De evaluatie van het vorige plan, uitgevoerd door een "
            "extern bureau in het voorjaar van 2025, was overwegend positief over de betrokkenheid van de besturen, "
            "maar kritisch over de leesbaarheid van het plan en over de vele werkgroepen die naast elkaar bestonden."),
          P("Daarom kiezen we in dit plan voor hoofdlijnen. Wat in uitvoeringsdocumenten thuishoort, staat daar; "
            "dit plan beschrijft de afspraken die voor alle besturen gelden. Het aantal werkgroepen is "
            "teruggebracht van negen naar drie: ondergrens, overstap en financien. Die werkgroepen rapporteren aan "
            "het directeurenoverleg en bereiden de besluiten van het algemeen bestuur voor. De evaluatie wees er "
            "ook op dat de samenwerking met de kinderopvang en voorscholen beter kan; dat thema pakken we op in "
            "het jaarplan 2027.")]
    b += [H1("4 Wat elke school biedt"),
          P("Dit hoofdstuk beschrijft de ondergrens van ondersteuning in Veluwerand. Alle 41 basisscholen hebben "
            "zich eraan verbonden dat het onderstaande er op elke locatie is, ook op de kleinste. Het is geen "
            "streefbeeld maar een harde afspraak tussen de besturen, vastgelegd in het Referentiekader "
            "Veluwerand van 3 oktober 2025 en overgenomen in dit plan. Een leerling hoeft voor deze "
            "ondersteuning niets aan te vragen."),
          T([["Wat", "Hoe dat eruitziet op elke school"],
             ["Zicht op ontwikkeling", "Een leerlingvolgsysteem, twee keer per jaar een analyse per groep en "
              "handelingsgericht werken met groepsplannen of een vergelijkbare werkwijze."],
             ["Mensen", "Een intern begeleider (minimaal 16 uur per week per 225 leerlingen) en toegang tot "
              "de orthopedagoog van het expertiseteam binnen twee weken na een vraag."],
             ["Lezen en spelling", "Dyslexieprotocol; intensieve leesbegeleiding van ten minste 12 weken; "
              "voorleessoftware."],
             ["Rekenen", "Dyscalculieprotocol; remediërend programma in de groep."],
             ["Welbevinden en gedrag", "Een methode voor sociaal-emotioneel leren; een gedragsprotocol; "
              "een time-out- en time-in-afspraak; jaarlijkse meting van sociale veiligheid."],
             ["Meer kunnen", "Verrijkingsaanbod in de groep en een compactingsbeleid."],
             ["Taal", "Extra woordenschatprogramma voor leerlingen met een taalachterstand."],
             ["Lichaam en gezondheid", "Protocol medisch handelen; afspraken met de jeugdverpleegkundige."]]),
          P("Het expertiseteam loopt jaarlijks met iedere school de ondergrens na. Wat niet op orde is, komt in "
            "het jaarplan van de school met een termijn van maximaal een jaar."),
          ]
    b += [H1("5 Toelaatbaarheid sbo en so"),
          P("Het samenwerkingsverband geeft toelaatbaarheidsverklaringen af voor sbo De Zandloper, so De "
            "Sprengen en so-scholen buiten de regio. De procedure en de criteria zijn opgenomen in het "
            "Handboek Toewijzing 2026 (bijlage B bij dit plan). Aanpassingen naar aanleiding van de evaluatie "
            "van 2025 volgen in het schooljaar 2026-2027."),
          ]
    b += [H1("6 Weer naar de wijkschool"),
          P("Een plek in het sbo of so is voor de meeste kinderen een tussenstap. Wij vinden dat een kind dat "
            "zich in het speciaal (basis)onderwijs goed ontwikkelt, weer een kans moet krijgen op een reguliere "
            "basisschool in de eigen woonplaats. Dat doen we alleen als de overstap haalbaar is: de reguliere "
            "school moet kunnen bieden wat het kind nodig heeft, met hooguit een tijdelijk arrangement, en het "
            "kind moet de overstap zelf aankunnen. Een kind dat de overstap maakt, krijgt een "
            "terugkeerarrangement van een half jaar: een begeleider vanuit de sbo- of so-school komt wekelijks "
            "op de nieuwe school, en de nieuwe school ontvangt € 4.500 voor extra inzet in de groep."),
          P("Zo gaat het in zijn werk:"),
          B(["Elk jaar in november kijkt de commissie van begeleiding van de sbo- of so-school bij ieder kind of "
             "een overstap naar het regulier onderwijs in het volgende schooljaar realistisch is. Voor kinderen "
             "van wie de verklaring dat schooljaar afloopt, gebeurt dat altijd.",
             "De sbo- of so-school neemt het initiatief: zij meldt het kind vóór 15 januari aan bij het "
             "expertiseteam en zoekt contact met een reguliere school.",
             "In februari en maart kan het kind proefdraaien op de nieuwe school, maximaal zes dagdelen.",
             "Uiterlijk 1 april besluit de directeur van het expertiseteam, op advies van de orthopedagoog, over de "
             "overstap en het terugkeerarrangement. Lukt een overstap niet, dan vraagt de sbo- of so-school tijdig "
             "een nieuwe verklaring aan.",
             "Na drie en na zes maanden evalueren de twee scholen samen hoe het gaat."]),
          P("In het schooljaar 2024-2025 maakten 11 kinderen de overstap; 10 van hen zaten een jaar later nog op "
            "de nieuwe school."),
          ]
    b += [H1("7 Een passende plek voor ieder kind"),
          P("Het samenwerkingsverband heeft de wettelijke opdracht om te zorgen voor een samenhangend geheel "
            "van ondersteuningsvoorzieningen, zodat ieder kind een zo passend mogelijke plek krijgt. Wij "
            "onderschrijven die opdracht van harte. Ieder kind hoort ergens bij, en geen kind hoort thuis te "
            "zitten."),
          P("In de vorige planperiode is veel veranderd in het aanbod in onze regio. Daarom brengen we dat aanbod "
            "opnieuw in kaart, met de witte vlekken die er mogelijk zijn. De uitkomsten en de acties die daaruit "
            "volgen, beschrijven we in de notitie Dekkend Netwerk, die in het najaar van 2026 verschijnt en "
            "daarna aan dit plan wordt toegevoegd."),
          ]
    b += [H1("8 Begroting en bekostiging"),
          P("De bekostiging van het samenwerkingsverband bestaat uit de middelen lichte en zware ondersteuning. "
            "Het verdeelmodel wordt in 2026 herzien. Hoe de middelen vanaf 1 januari 2027 over besturen en "
            "scholen worden verdeeld, stellen we vast na afronding van die herziening; tot dan houden we de "
            "verdeling van 2025 aan."),
          P("Onderstaande meerjarenbegroting laat zien waaraan we de middelen besteden."),
          T([["Bedragen in euro's", "2026", "2027", "2028", "2029"],
             ["Rijksbijdrage ondersteuning", "9.870.000", "9.760.000", "9.640.000", "9.530.000"],
             ["Afdrachten DUO so en overdracht sbo", "4.150.000", "4.120.000", "4.100.000", "4.080.000"],
             ["Schoolbudgetten besturen", "3.050.000", "2.990.000", "2.930.000", "2.870.000"],
             ["Expertiseteam en orthopedagogen", "1.180.000", "1.200.000", "1.220.000", "1.240.000"],
             ["Terugkeerarrangementen", "54.000", "54.000", "54.000", "54.000"],
             ["Bureau, huisvesting, ICT", "640.000", "650.000", "660.000", "670.000"],
             ["Saldo", "796.000", "746.000", "676.000", "616.000"]]),
          P("Het positieve saldo voegen we toe aan de reserve, die eind 2025 onder het gewenste niveau lag."),
          ]
    b += [H1("9 Wat willen we bereikt hebben?"),
          P("Aan het eind van deze planperiode willen we het volgende hebben bereikt:"),
          T([["Wat we willen bereiken", "Stand 2024-2025", "In 2030"],
             ["Scholen die volledig aan de ondergrens voldoen", "33 van 41", "41 van 41"],
             ["Kinderen die vanuit sbo/so overstappen naar een reguliere school", "11 per jaar", "15 per jaar"],
             ["Deelname sbo en so samen (1 oktober)", "2,6%", "2,3%"],
             ["Tijd tussen vraag en inzet orthopedagoog", "3,5 weken", "2 weken"],
             ["Waardering van scholen voor het expertiseteam", "7,4", "8,0"]]),
          P("Zo houden we de vinger aan de pols. Het bureau verzamelt de gegevens in oktober en maart uit de "
            "leerlingtellingen, de registratie van het expertiseteam en een korte vragenlijst onder directeuren. "
            "De uitkomsten bespreekt het algemeen bestuur in november en april. Elk jaar leggen we in het "
            "jaarverslag vast wat we bereikt hebben, wat het heeft gekost en wat we bijstellen; de OPR ontvangt "
            "deze rapportage ook."),
          ]
    b += [H1("10 Samenwerking met gemeenten"),
          P(f"Het concept van dit plan is op {c['oogo_date']} besproken in het op overeenstemming gericht overleg "
            f"met de colleges van de gemeenten {c['gem']}. Het overleg verliep volgens de afgesproken procedure; "
            "er zijn geen punten van verschil vastgesteld. Thema's op de OOGO-agenda waren onder meer "
            "leerlingenvervoer, huisvesting en thuiszitters. Ook is het plan besproken met het "
            "samenwerkingsverband voortgezet onderwijs in de regio."),
          ]
    b += governance(c, 11)
    b += opr(c, "11.1", with_parents=False)
    b += personeel(c, 12)
    b += ict_privacy(c, 13)
    b += bureau(c, "13a")
    b += planning(c, 14)
    b += glossary(15, [["Ouder- en jeugdsteunpunt", "Zie OJSP."], ["Terugkeerarrangement", "Tijdelijke ondersteuning na overstap uit sbo/so."]])
    return b


# --------------------------------------------------------------------------- F: near miss (school-level plan)
def doc_f():
    b = [("title", "Ondersteuningsplan 2025-2026"),
         P("OBS De Regenboog, Betuwestad – aangesloten bij Samenwerkingsverband Passend Primair Onderwijs Rijn & Linge"),
         P("Vastgesteld door het MT op 2 september 2025, met instemming van de MR"),
         H1("1 Inleiding"),
         P("In dit ondersteuningsplan beschrijven wij hoe de ondersteuning op OBS De Regenboog is georganiseerd. "
           "Het plan is bedoeld voor het team: het beschrijft de zorgniveaus, de cyclus van groeps- en "
           "leerlingbesprekingen, de taken van leerkracht en intern begeleider en de samenwerking met het "
           "samenwerkingsverband en ketenpartners. Het plan wordt elk schooljaar geëvalueerd en bijgesteld."),
         P("De Regenboog is een openbare basisschool met 312 leerlingen in 13 groepen. De school valt onder "
           "Stichting Primair Betuwe. Het schoolondersteuningsprofiel (SOP) beschrijft welke ondersteuning wij "
           "bieden; dit ondersteuningsplan beschrijft hoe wij dat intern organiseren."),
         H1("2 Visie op ondersteuning"),
         P("Wij willen dat ieder kind zich op De Regenboog gezien voelt. Wij werken handelingsgericht: we kijken "
           "naar wat een kind nodig heeft, niet naar wat het mankeert. De leerkracht is eigenaar van de "
           "ondersteuning in de groep; de intern begeleider coacht en coördineert. Ouders zijn partners: zij "
           "kennen hun kind het best."),
         H1("3 Zorgniveaus op De Regenboog"),
         T([["Niveau", "Omschrijving", "Wie"],
            ["1", "Goed lesgeven aan de hele groep: instructie volgens het directe-instructiemodel, "
             "differentiatie in drie niveaus", "Leerkracht"],
            ["2", "Extra instructie en begeleiding in de groep voor leerlingen die dat nodig hebben", "Leerkracht"],
            ["3", "Speciale ondersteuning na leerlingbespreking, eventueel met een handelingsplan", "Leerkracht en IB"],
            ["4", "Ondersteuning met inzet van externe expertise, het ondersteuningsteam of een arrangement van "
             "het samenwerkingsverband", "IB, ondersteuningsteam"],
            ["5", "Aanvraag van een toelaatbaarheidsverklaring bij het samenwerkingsverband voor plaatsing in het "
             "sbo of so", "IB, directie, samenwerkingsverband"]]),
         P("Niveau 1 tot en met 3 vallen binnen de basisondersteuning zoals het samenwerkingsverband die heeft "
           "vastgelegd in het referentiekader. Voor niveau 4 en 5 werken wij met het samenwerkingsverband samen."),
         H1("4 De ondersteuningscyclus"),
         P("Wij werken met een vaste jaarcyclus. Na iedere toetsperiode analyseert de leerkracht de resultaten "
           "van de groep en stelt het groepsoverzicht bij. In de groepsbespreking bespreken leerkracht en IB'er "
           "de groep en de leerlingen die extra aandacht nodig hebben. Leerlingen over wie zorgen bestaan, komen "
           "in de leerlingbespreking. Zo nodig wordt het ondersteuningsteam ingeschakeld."),
         T([["Periode", "Activiteit"],
            ["September", "Startgesprekken met ouders en kind; overdracht vorige leerkracht"],
            ["Oktober", "Groepsbespreking 1"],
            ["Februari", "Midden-toetsen; analyse; groepsbespreking 2"],
            ["Maart", "Ondersteuningsteam met consulent samenwerkingsverband"],
            ["Juni", "Eind-toetsen; groepsbespreking 3; overdracht"]]),
         H1("5 Extra ondersteuning en arrangementen"),
         P("De school ontvangt van het samenwerkingsverband een schoolbudget. Wij zetten dit in voor een "
           "remedial teacher (0,4 fte), een onderwijsassistent voor de onderbouw en een plusklas op "
           "vrijdagochtend. Voor leerlingen met een grotere ondersteuningsbehoefte vragen wij via het loket van "
           "het samenwerkingsverband een arrangement aan. Het OPP wordt dan opgesteld in overleg met ouders."),
         H1("6 Toelaatbaarheidsverklaring"),
         P("Wanneer de ondersteuning op De Regenboog ontoereikend is, kan het bestuur bij het samenwerkingsverband "
           "een toelaatbaarheidsverklaring aanvragen voor het sbo of so. De IB'er stelt het groeidocument op, de "
           "directeur bespreekt de aanvraag met ouders. De procedure en criteria van het samenwerkingsverband "
           "zijn te vinden in diens ondersteuningsplan. Leerlingen die terugkeren uit het sbo, begeleiden wij met "
           "een warme overdracht."),
         H1("7 Ouders"),
         P("Ouders worden via Parro en via de schoolgids geïnformeerd over de ondersteuning op school. Bij "
           "zorgen neemt de leerkracht contact op met ouders; de IB'er sluit aan bij gesprekken als dat nodig "
           "is. Ouders met een klacht kunnen terecht bij de interne contactpersoon of de klachtencommissie van "
           "het bestuur."),
         H1("8 Resultaten"),
         P("De tussenresultaten van de school liggen op of boven het landelijk gemiddelde. In 2024-2025 behaalde "
           "78% van de leerlingen van groep 8 het streefniveau 1F voor lezen en 65% het niveau 2F/1S. Het "
           "referentieniveau rekenen blijft een aandachtspunt; daarom zetten we dit jaar in op automatiseren "
           "in groep 4 tot en met 6."),
         H1("9 Samenwerking met ketenpartners"),
         P("De school werkt samen met het lokale team van de gemeente Betuwestad, de jeugdgezondheidszorg en "
           "logopedie. Eens per zes weken is de schoolmaatschappelijk werker aanwezig op school. Bij zorgen over "
           "de thuissituatie volgen wij de meldcode huiselijk geweld en kindermishandeling. De "
           "aandachtsfunctionaris is de IB'er van de bovenbouw."),
         P("Voor leerlingen met dyslexie werken wij samen met een regionale zorgaanbieder voor vergoed "
           "dyslexieonderzoek en -behandeling. De behandeling vindt onder schooltijd plaats in een ruimte op "
           "school, in overleg met de leerkracht."),
         H1("10 Evaluatie"),
         P("Dit ondersteuningsplan wordt in juni 2026 geëvalueerd door het team, de MR en de directie. Punten "
           "van aandacht voor volgend schooljaar zijn het verminderen van de werkdruk rond groepsplannen en de "
           "overdracht naar het voortgezet onderwijs."),
         H1("11 Taken en verantwoordelijkheden"),
         B(["Leerkracht: signaleren, groepsoverzicht bijhouden, ouders informeren.",
            "Intern begeleider: groeps- en leerlingbesprekingen, contact met het samenwerkingsverband.",
            "Directeur: eindverantwoordelijk voor de ondersteuning en voor het budget.",
            "Ondersteuningsteam: IB, directeur, consulent SWV, schoolmaatschappelijk werk."]),
         ]
    return b


# --------------------------------------------------------------------------- labels
CORE = ["basisondersteuning.niveau", "basisondersteuning.inhoud", "plaatsing.procedure", "plaatsing.criteria",
        "terugstroom.procedure", "terugstroom.beleid", "financien.verdeling", "financien.besteding",
        "dekkend-aanbod.continuum", "dekkend-aanbod.lacunes", "resultaten.doelen", "resultaten.monitoring",
        "ouders.informatie", "ouders.steunpunt"]
ELEMENTS = ["basisondersteuning", "plaatsing", "terugstroom", "financien", "dekkend-aanbod", "resultaten", "ouders"]


def status(crit, el, advisory):
    vals = [crit[k] for k in CORE if k.startswith(el + ".")]
    if all(vals):
        return "present"
    if any(vals) or advisory.get(el):
        return "partial"
    return "missing"


def label_yaml(documents, sector, true_crits, advisory, notes):
    crit = {k: (k in true_crits) for k in CORE}
    els = {e: status(crit, e, advisory) for e in ELEMENTS}
    lines = [f"documents: [{', '.join(documents)}]", f"sector: {sector}", "looks_like_plan: true",
             "elements: {" + ", ".join(f"{e}: {els[e]}" for e in ELEMENTS) + "}", "criteria:"]
    lines += [f"  {k}: {'true' if crit[k] else 'false'}" for k in CORE]
    lines.append("advisory_addressed:")
    lines += [f"  {e}: [{', '.join(v)}]" for e, v in advisory.items() if v]
    lines.append("notes:")
    lines += [f"  {e}: \"{notes[e]}\"" for e in ELEMENTS]
    return "\n".join(lines) + "\n"


LABELS = {
    "po-rijnenlinge-op-2026-2030": dict(
        sector="po",
        true=["basisondersteuning.niveau", "basisondersteuning.inhoud", "plaatsing.procedure", "plaatsing.criteria",
              "terugstroom.beleid", "financien.verdeling", "financien.besteding", "dekkend-aanbod.continuum",
              "dekkend-aanbod.lacunes", "resultaten.doelen", "ouders.informatie", "ouders.steunpunt"],
        adv={"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
             "financien": ["reserves", "verantwoording"], "dekkend-aanbod": ["ketenpartners"],
             "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
        notes={"basisondersteuning": "H5: referentiekader as minimum for every vestiging plus domain table (content in table) and kwaliteitskaart.",
               "plaatsing": "H7.1-7.4: CvT steps, two deskundigen, 6 weeks, criteria table sbo/so, duration/categorie, LBT bezwaar.",
               "terugstroom": "Hidden in H7.5 (TLV chapter): policy, conditions and 6-month terugplaatsingsarrangement; procedure deferred to a stappenplan 'in de loop van het eerste planjaar'.",
               "financien": "Under 'Geld en middelen' (H8): per-leerling/vaste voet/plaats amounts plus meerjarenbegroting table and reserve.",
               "dekkend-aanbod": "H6: four-level continuum table and 6.1 yearly gap inventory, thuiszitters approach, second observatiegroep.",
               "resultaten": "H9: goals with streefwaarden 2030 in table; measuring/reporting explicitly deferred to a monitoringskader that 'volgt'.",
               "ouders": "Hidden in H10 'Communicatie': ouderpagina, brochure, informatieavond; OJSP, Onderwijsconsulenten, Geschillencommissie."}),
    "vo-kempenrand-op-2026-2030": dict(
        sector="vo",
        true=["basisondersteuning.niveau", "plaatsing.procedure", "plaatsing.criteria", "terugstroom.procedure",
              "terugstroom.beleid", "financien.verdeling", "dekkend-aanbod.continuum", "resultaten.doelen",
              "resultaten.monitoring", "ouders.informatie"],
        adv={"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
             "terugstroom": ["monitoring"], "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"],
             "ouders": ["betrokkenheid"]},
        notes={"basisondersteuning": "5.1 states the binding minimum level per vestiging (4 Referentiekader aspects) but the concrete standards are only in absent bijlage 2 / school SOPs.",
               "plaatsing": "H6: CTK, applicant, dossier, two deskundigen, 6 weeks/1 mei; criteria table vso/lwoo/pro; duration, categorie, bezwaar.",
               "terugstroom": "H7: policy + conditions and a timetable table (oktober, 1 december, 1 april, first half year) with actors; 17 returns 2024-2025.",
               "financien": "8.1 gives verdeling (EUR 112 per leerling, vaste voet EUR 15.000, niveau 3 naar rato); 8.2 meerjarenbegroting is all 'p.m.' and refers to absent bijlage 5.",
               "dekkend-aanbod": "5.2 continuum table (niveau 1-4, OPDC, rebound, vso, pro); 5.3 gap analysis deferred to jaarplan 2026-2027; OOGO cooperation only advisory.",
               "resultaten": "H9: indicator table with nulmeting and streefwaarde, twice-yearly monitor, reporting to AB/OPR and jaarverslag.",
               "ouders": "H10: website per niveau, folder, informatieavond; for questions only mentor/ondersteuningscoordinator, OJSP deferred ('volgt later')."}),
    "po-dollardkust-op-2026-2030": dict(
        sector="po",
        true=["basisondersteuning.niveau", "basisondersteuning.inhoud", "plaatsing.procedure",
              "financien.verdeling", "financien.besteding", "dekkend-aanbod.continuum", "dekkend-aanbod.lacunes",
              "ouders.steunpunt"],
        adv={"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
             "financien": ["reserves"], "dekkend-aanbod": ["ketenpartners"], "ouders": ["betrokkenheid"]},
        notes={"basisondersteuning": "H5 'gemeenschappelijke ondergrens': binding for every locatie, content only in a table.",
               "plaatsing": "H7: full procedure (school board, groeidocument, two deskundigen, 5 weeks, spoed-TLV, bezwaar) but criteria 'op maat' and to be developed in 2026-2027.",
               "terugstroom": "No terugplaatsing/overplaatsing content in the body; term only in the begrippenlijst.",
               "financien": "Under 'Geld en middelen' (H8): verdeelsleutel table with amounts and deciding body, begroting 2026-2029 table, reserve.",
               "dekkend-aanbod": "H6 'Van licht naar zwaar' list of provisions; 6.1 'Gaten in het netwerk': melding, thuiszitterstafel, identified gaps with actions, zorgplicht.",
               "resultaten": "H9 only says a kwaliteitskader with beoogde resultaten is 'in voorbereiding' (spring 2027); no goals, no monitoring, no figures.",
               "ouders": "H10: OJSP Noord-Oost, Onderwijsconsulenten, Geschillencommissie; how parents are informed deferred to a communicatieplan."}),
    "vo-hoekschedelta-op-2026-2030": dict(
        sector="vo",
        true=["plaatsing.criteria", "terugstroom.procedure", "dekkend-aanbod.continuum", "dekkend-aanbod.lacunes",
              "resultaten.monitoring", "ouders.informatie", "ouders.steunpunt"],
        adv={"plaatsing": ["duur-categorie", "bezwaar"], "dekkend-aanbod": ["ketenpartners"],
             "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
        notes={"basisondersteuning": "H5 only defers to a future landelijke norm and the previous plan 2022-2026; summary claims it is covered; no niveau or content in the body.",
               "plaatsing": "H7: criteria table vso laag/midden/hoog, lwoo, pro; procedure, termijnen and commissie only 'in het Loketreglement op onze website'.",
               "terugstroom": "7.1 inside the TLV chapter: dated steps and actors at TLV end; policy, conditions and support after return deferred to a 2026-2027 beleidskader.",
               "financien": "H8 says verdeelmodel, meerjarenbegroting and reserves are a separate document not part of the plan; no amounts anywhere.",
               "dekkend-aanbod": "H6: four-layer table, trajectbegeleider route; 6.1 thuiszitters escalation, wachtlijsten, identified gap with new voorziening Rustpunt.",
               "resultaten": "H9: monitor three times a year with sources, reporting and achieved figures; goals/streefwaarden deferred until after nulmeting.",
               "ouders": "H10: website page per school, gids for groep 8, inloopavonden; 'Steunpunt Wijzer' independent vraagbaak, Onderwijsconsulenten, GPO."}),
    "po-veluwerand-op-2026-2030": dict(
        sector="po",
        true=["basisondersteuning.niveau", "basisondersteuning.inhoud", "terugstroom.procedure", "terugstroom.beleid",
              "financien.besteding", "resultaten.doelen", "resultaten.monitoring"],
        adv={"basisondersteuning": ["borging"], "terugstroom": ["monitoring"], "financien": ["reserves"],
             "resultaten": ["meetbaar"]},
        notes={"basisondersteuning": "H4 'Wat elke school biedt': 'harde afspraak' for every locatie (ondergrens) with content table.",
               "plaatsing": "H5 only refers to Handboek Toewijzing in bijlage B (not in the input) and defers changes; nothing addressed.",
               "terugstroom": "H6 'Weer naar de wijkschool' (no usual heading): policy, conditions, terugkeerarrangement, dated steps and decider, figures.",
               "financien": "H8: meerjarenbegroting with amounts per line; verdeelmodel 'wordt herzien', allocation criteria not given (verdeling 2025 only referenced).",
               "dekkend-aanbod": "H7 only restates the legal aim and defers the inventory/gaps to a notitie Dekkend Netwerk (najaar 2026); thuiszitters only listed as OOGO agenda item.",
               "resultaten": "H9: targets table with stand 2024-2025 and 2030, plus 'Zo houden we de vinger aan de pols' measurement and reporting cycle.",
               "ouders": "No information channels or independent support in the body; parents only in voorwoord in passing and in the begrippenlijst (OJSP, OPR)."}),
}
F_LABEL = """documents: [obs-deregenboog-schoolondersteuningsplan-2025-2026.docx]
sector: po
looks_like_plan: false
elements: {}
criteria: {}
notes:
  document: "School-level 'ondersteuningsplan' of one basisschool (zorgniveaus 1-5, groepsbesprekingen, IB tasks, schoolbudget use); it is not the plan of a samenwerkingsverband, which it only refers to."
"""


def main():
    out = OUT
    to_docx(plan_a(), out / "po-rijnenlinge-op-2026-2030.docx",
            header="Ondersteuningsplan Rijn & Linge 2026-2030 | basisondersteuning - toelaatbaarheid - terugplaatsing - ouders",
            footer="SWV Rijn & Linge PO 25-14 - vastgesteld 24 maart 2026")
    to_docx(plan_b(), out / "vo-kempenrand-op-2026-2030.docx",
            header="SWV VO Kempenrand - Ondersteuningsplan 2026-2030 - concept ter instemming OPR",
            footer="Zie ook bijlage 2 (standaarden basisondersteuning) en bijlage 5 (meerjarenbegroting)")
    docx_to_pdf(plan_c(), out / "po-dollardkust-op-2026-2030.pdf",
                header="PPO Dollardkust | Ondersteuningsplan 2026-2030 | terugplaatsing en resultaten",
                footer="PO 20-05")
    docx_to_pdf(plan_d(), out / "vo-hoekschedelta-op-2026-2030.pdf",
                header="SWV VO Hoeksche Delta | Ondersteuningsplan 2026-2030 | basisondersteuning - financien",
                footer="VO 28-13")
    (out / "po-veluwerand-op-2026-2030.txt").write_text(to_txt(plan_e()), encoding="utf-8")
    to_docx(doc_f(), out / "obs-deregenboog-schoolondersteuningsplan-2025-2026.docx",
            header="OBS De Regenboog - Ondersteuningsplan 2025-2026")
    ext = {"po-rijnenlinge-op-2026-2030": "docx", "vo-kempenrand-op-2026-2030": "docx",
           "po-dollardkust-op-2026-2030": "pdf", "vo-hoekschedelta-op-2026-2030": "pdf",
           "po-veluwerand-op-2026-2030": "txt"}
    for stem, lab in LABELS.items():
        text = label_yaml([f"{stem}.{ext[stem]}"], lab["sector"], lab["true"], lab["adv"], lab["notes"])
        (out / f"{stem}.expected.yaml").write_text(text, encoding="utf-8")
    (out / "obs-deregenboog-schoolondersteuningsplan-2025-2026.expected.yaml").write_text(F_LABEL, encoding="utf-8")


if __name__ == "__main__":
    main()
