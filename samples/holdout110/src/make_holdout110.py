#!/usr/bin/env python3
"""Generate the holdout110 sample set: 5 fictional ondersteuningsplannen + 1 near-miss, with labels.


Blocks are tuples: ("title", text), ("h1", text), ("h2", text), ("p", text),
("ul", [items]), ("table", [[cells], ...]) (first row is the header), ("toc", [lines]).
"""
import datetime
import html
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

import docx
from docx.shared import Pt

FIXED_DATE = datetime.datetime(2025, 4, 1, 9, 0, 0)


def words(blocks):
    n = 0
    for kind, val in blocks:
        if isinstance(val, str):
            n += len(val.split())
        else:
            for item in val:
                if isinstance(item, str):
                    n += len(item.split())
                else:
                    n += sum(len(c.split()) for c in item)
    return n


def to_docx(blocks, path, header_text=None, font="Calibri"):
    d = docx.Document()
    d.core_properties.created = FIXED_DATE
    d.core_properties.modified = FIXED_DATE
    d.core_properties.author = "Bureau samenwerkingsverband"
    st = d.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(10.5)
    if header_text:
        d.sections[0].header.paragraphs[0].text = header_text
    for kind, val in blocks:
        if kind == "title":
            d.add_heading(val, level=0)
        elif kind == "h1":
            d.add_heading(val, level=1)
        elif kind == "h2":
            d.add_heading(val, level=2)
        elif kind == "p":
            d.add_paragraph(val)
        elif kind == "ul":
            for item in val:
                d.add_paragraph(item, style="List Bullet")
        elif kind == "toc":
            d.add_heading("Inhoudsopgave", level=1)
            for line in val:
                d.add_paragraph(line)
            d.add_page_break()
        elif kind == "pagebreak":
            d.add_page_break()
        elif kind == "table":
            t = d.add_table(rows=len(val), cols=len(val[0]))
            t.style = "Table Grid"
            for i, row in enumerate(val):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = cell
            d.add_paragraph("")
        else:
            raise ValueError(kind)
    d.save(str(path))


def to_pdf(blocks, path, header_text=None, font="Calibri"):
    """Write a .docx into a private temp dir and convert it with LibreOffice."""
    path = Path(path)
    tmp = Path(tempfile.mkdtemp(prefix="holdout110_render_"))
    try:
        src = tmp / (path.stem + ".docx")
        to_docx(blocks, src, header_text=header_text, font=font)
        profile = tmp / "lo_profile"
        subprocess.run(
            ["soffice", "-env:UserInstallation=" + profile.as_uri(), "--headless",
             "--convert-to", "pdf", "--outdir", str(tmp), str(src)],
            check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
        shutil.move(str(tmp / (path.stem + ".pdf")), str(path))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def to_html(blocks, path, site_name, nav):
    e = html.escape
    out = ["<!DOCTYPE html>", '<html lang="nl">', "<head>", '<meta charset="utf-8">',
           "<title>%s</title>" % e(site_name), "</head>", "<body>",
           '<header><div class="logo">%s</div><nav><ul>' % e(site_name)]
    for item in nav:
        out.append("<li><a href=\"#\">%s</a></li>" % e(item))
    out.append("</ul></nav></header>")
    out.append("<main>")
    for kind, val in blocks:
        if kind == "title":
            out.append("<h1>%s</h1>" % e(val))
        elif kind == "h1":
            out.append("<h2>%s</h2>" % e(val))
        elif kind == "h2":
            out.append("<h3>%s</h3>" % e(val))
        elif kind == "p":
            out.append("<p>%s</p>" % e(val))
        elif kind == "ul":
            out.append("<ul>" + "".join("<li>%s</li>" % e(i) for i in val) + "</ul>")
        elif kind == "toc":
            out.append('<aside class="toc"><h2>Op deze pagina</h2><ol>' +
                       "".join("<li>%s</li>" % e(i) for i in val) + "</ol></aside>")
        elif kind == "pagebreak":
            continue
        elif kind == "table":
            rows = ["<tr>" + "".join("<th>%s</th>" % e(c) for c in val[0]) + "</tr>"]
            for r in val[1:]:
                rows.append("<tr>" + "".join("<td>%s</td>" % e(c) for c in r) + "</tr>")
            out.append("<table>" + "".join(rows) + "</table>")
    out.append("</main>")
    out.append("<footer><p>%s · Privacyverklaring · Cookies · Toegankelijkheid · "
               "Contact</p></footer>" % e(site_name))
    out.append("</body></html>")
    Path(path).write_text("\n".join(out) + "\n", encoding="utf-8")


def to_md(blocks, path):
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
            out.append("\n".join("- " + i for i in val) + "\n")
        elif kind == "toc":
            out.append("**Inhoud**\n\n" + "\n".join("%d. %s" % (n + 1, i) for n, i in enumerate(val)) + "\n")
        elif kind == "pagebreak":
            continue
        elif kind == "table":
            out.append("| " + " | ".join(val[0]) + " |")
            out.append("|" + "---|" * len(val[0]))
            for r in val[1:]:
                out.append("| " + " | ".join(r) + " |")
            out.append("")
    Path(path).write_text("\n".join(out) + "\n", encoding="utf-8")


# ---------------------------------------------------------------------------
# Neutral filler chapters (deliberately address none of the seven elements)
# ---------------------------------------------------------------------------
def fill_proces(naam):
    return [("p", "Bij het schrijven van dit plan hebben we gebruikgemaakt van de evaluatie van het vorige plan, van gesprekken met alle aangesloten besturen en van een digitale enquête onder directeuren en ondersteuningsspecialisten. De enquête is door 71 procent van de scholen ingevuld. Daarnaast hebben we drie ronde-tafelgesprekken gevoerd, met professionals uit het onderwijs, met jeugdprofessionals en met leden van de medezeggenschapsraden van de scholen."),
            ("p", "In de gesprekken kwamen steeds dezelfde thema's terug: de behoefte aan minder bureaucratie, de zorg over de werkdruk, de wens om meer van elkaar te leren en de vraag hoe je met weinig mensen toch goed onderwijs kunt blijven geven. Deze thema's hebben wij zo goed mogelijk verwerkt. Niet elke wens is gehonoreerd: soms spraken de wensen elkaar tegen, soms paste een wens niet binnen de wettelijke kaders of de beschikbare tijd."),
            ("p", "De conceptversie van dit plan is op de website van " + naam + " gepubliceerd, zodat iedereen kon reageren. We ontvingen 38 reacties, die we hebben gebundeld in een reactienota. De reactienota is besproken met de ondersteuningsplanraad en het bestuur. Waar een reactie tot aanpassing heeft geleid, staat dat in de nota vermeld.")]


def fill_personeel(naam):
    return [("p", "Passend onderwijs staat of valt met de mensen die het doen. Het lerarentekort maakt dat scholen in onze regio steeds vaker met onbevoegde of tijdelijke krachten werken, en dat vacatures voor specialisten lang openstaan. Dat raakt ook de ondersteuning: een nieuwe leerkracht moet de leerlingen en de werkwijze van de school nog leren kennen, en een groep met wisselende leerkrachten biedt minder rust."),
            ("p", naam + " kan het lerarentekort niet oplossen, maar wel bijdragen. Wij doen mee aan het regionale arbeidsmarktplatform, waarin besturen, lerarenopleidingen en gemeenten samenwerken aan werving, zij-instroom en behoud van personeel. Wij bieden startende leerkrachten een programma over het werken met verschillen in de klas, en wij delen de kennis van onze specialisten via leernetwerken, webinars en een jaarlijkse conferentie."),
            ("p", "Ook voor het eigen bureau is goed werkgeverschap belangrijk. Medewerkers hebben een persoonlijk ontwikkelplan en een scholingsbudget. Het ziekteverzuim op het bureau lag in 2024 op 3,9 procent. We voeren elke twee jaar een medewerkerstevredenheidsonderzoek uit; de laatste uitkomst was een 7,8. Bij vacatures letten we op diversiteit in het team en op een goede mix van ervaring en nieuwe inzichten.")]


def fill_ict():
    return [("p", "Scholen en het samenwerkingsverband werken steeds meer digitaal. Dat maakt het werk efficiënter, maar vraagt ook om zorgvuldigheid. Wij hebben in 2024 onze informatiebeveiliging laten toetsen aan het normenkader van de sector. Daaruit kwamen verbeterpunten naar voren op het gebied van toegangsbeheer en bewustwording, die wij in 2025 oppakken."),
            ("p", "Het samenwerkingsverband gebruikt een applicatie voor de registratie van aanvragen en besluiten. Scholen leveren gegevens aan via een beveiligde koppeling; e-mail wordt niet gebruikt voor het versturen van dossiers. Medewerkers volgen jaarlijks een e-learning informatiebeveiliging en privacy. Datalekken worden gemeld bij de functionaris gegevensbescherming en zo nodig bij de Autoriteit Persoonsgegevens. In 2024 is één datalek gemeld, waarbij een e-mail met een naam en geboortedatum aan een verkeerde ontvanger werd gestuurd."),
            ("p", "In de komende planperiode vervangen we de huidige applicatie, waarvan de leverancier de ondersteuning beëindigt. Bij de keuze voor een nieuwe applicatie betrekken wij scholen en de functionaris gegevensbescherming, en letten we op gebruiksgemak, veiligheid en de mogelijkheid om gegevens te koppelen met de administratiesystemen van scholen.")]


def fill_landelijk():
    return [("p", "Passend onderwijs is sinds 2014 van kracht. De landelijke evaluatie uit 2020 liet zien dat het stelsel op onderdelen werkt, maar dat er ook knelpunten zijn: onduidelijkheid over wat scholen moeten bieden, bureaucratie rond toewijzing en grote verschillen tussen regio's. Het kabinet heeft daarop een verbeteraanpak gestart met vijfentwintig maatregelen, die tot en met 2025 worden uitgevoerd."),
            ("p", "Daarnaast is er de beweging naar inclusiever onderwijs. In de Kamerbrief over de volgende stap in de verbetering van passend onderwijs kondigt het kabinet aan dat regulier en speciaal onderwijs meer moeten samenwerken en dat er ruimte komt voor nieuwe vormen van onderwijs onder één dak. Wat dat precies betekent voor wet- en regelgeving, is nog niet bekend. Wij volgen de ontwikkelingen nauwgezet, nemen deel aan de landelijke kennisnetwerken en passen dit plan aan als de wet daartoe aanleiding geeft."),
            ("p", "Ten slotte werkt de overheid aan een vereenvoudiging van de bekostiging en aan betere informatievoorziening over passend onderwijs. Zodra daarover definitieve besluiten zijn genomen, bespreken wij de gevolgen met de besturen en de ondersteuningsplanraad.")]


def fill_governance_code(naam):
    return [("p", naam + " onderschrijft de code goed bestuur van de sector. Dat betekent onder meer dat besturen en toezicht gescheiden zijn, dat de toezichthouders onafhankelijk kunnen functioneren en dat het samenwerkingsverband open is over zijn werk. Het bestuur evalueert jaarlijks het eigen functioneren, de toezichthouders doen dat eveneens, eens in de drie jaar met een externe begeleider."),
            ("p", "Er is een integriteitscode voor bestuur, toezicht en medewerkers, met afspraken over nevenfuncties, geschenken en belangenverstrengeling. Nevenfuncties van bestuurders en toezichthouders staan op de website. Een klokkenluidersregeling maakt het mogelijk om vermoedens van misstanden veilig te melden. De regeling is in de afgelopen planperiode niet gebruikt."),
            ("p", "Omdat de aangesloten besturen zowel lid als ‘klant’ van het samenwerkingsverband zijn, is een zorgvuldige rolverdeling belangrijk. Bestuurders van aangesloten besturen die zitting hebben in een toezichthoudend of adviserend orgaan, nemen niet deel aan de besluitvorming over zaken die alleen hun eigen bestuur raken. Geschillen tussen besturen worden voorgelegd aan een onafhankelijke geschillencommissie volgens de statuten.")]


def fill_duurzaam():
    return [("p", "Ook als samenwerkingsverband hebben wij een maatschappelijke opdracht die verder gaat dan onze wettelijke taken. Wij willen bijdragen aan een regio waarin kinderen en jongeren gelijke kansen krijgen, ongeacht de achtergrond van hun ouders of de plek waar zij wonen. Daarom sluiten wij aan bij de regionale aanpak kansengelijkheid en bij initiatieven rond laaggeletterdheid en armoede."),
            ("p", "Wij letten op onze eigen ecologische voetafdruk: het bureau is gehuisvest in een gebouw met energielabel A, medewerkers reizen zo veel mogelijk met het openbaar vervoer of de fiets, en vergaderingen vinden waar het kan online plaats. Bij inkoop kiezen wij waar mogelijk voor duurzame leveranciers."),
            ("p", "Tot slot willen wij een lerende organisatie zijn die openstaat voor kritiek en nieuwe ideeën. Medewerkers van scholen kunnen een week meelopen op het bureau, en onze medewerkers lopen regelmatig mee op scholen. Zo blijven wij dicht bij de praktijk van de klas.")]


def fill_risico():
    return [("p", "Bij de uitvoering van dit plan zien wij een aantal risico's. Het eerste is personeel: als scholen onvoldoende leerkrachten en specialisten vinden, komt de uitvoering van de plannen onder druk. Het tweede is de toenemende complexiteit van de vragen van kinderen en gezinnen, die vaak niet alleen door het onderwijs kunnen worden beantwoord. Het derde is de onzekerheid over landelijke wetgeving."),
            ("p", "Wij beheersen deze risico's door nauw contact te houden met besturen en partners, door jaarlijks te bespreken of de plannen nog haalbaar zijn en door ruimte te houden in de jaarplannen voor onvoorziene ontwikkelingen. Het bestuur bespreekt de risico's twee keer per jaar en legt eventuele bijsturing vast in het jaarplan.")]


def fill_kantoor(naam):
    return [("p", "Het bureau van " + naam + " is op werkdagen bereikbaar van 8.30 tot 16.30 uur. In de schoolvakanties is het bureau beperkt bereikbaar; voor dringende zaken is er een piketregeling voor besturen en directeuren. Het bureau deelt een gebouw met twee andere onderwijsorganisaties, waardoor vergaderruimte en facilitaire voorzieningen gedeeld kunnen worden."),
            ("p", "Jaarlijks verschijnt een activiteitenkalender met de data van netwerkbijeenkomsten, bestuurlijke overleggen en studiedagen. De kalender wordt in juni vastgesteld voor het volgende schooljaar, zodat scholen er in hun eigen jaarplanning rekening mee kunnen houden. Bijeenkomsten vinden afwisselend plaats op scholen in de verschillende delen van de regio, zodat reistijden gelijk verdeeld worden."),
            ("p", "Wij vinden het belangrijk dat onze documenten leesbaar zijn. Daarom laten wij beleidsstukken toetsen op taalniveau B1 en maken wij bij langere stukken een samenvatting van één pagina. Ook dit plan heeft zo'n samenvatting, die op de website is te vinden.")]


# ---------------------------------------------------------------------------
# Plan A: PO, Word, well addressed; terugstroom beleid deferred, resultaten monitoring deferred
# ---------------------------------------------------------------------------
def plan_a():
    N = "Samenwerkingsverband Passend Primair Onderwijs De Lingebrug"
    B = []
    B += [("title", "Ondersteuningsplan 2025-2029"),
          ("p", N + " (PO 25-17)"),
          ("p", "Vastgesteld door het algemeen bestuur op 24 maart 2025, na instemming van de ondersteuningsplanraad op 18 maart 2025 en na op overeenstemming gericht overleg met de gemeenten Lingewaard, Overbetuwe en Neder-Betuwe op 6 maart 2025."),
          ("toc", ["Voorwoord", "1 Inleiding en totstandkoming", "2 Ons werkgebied in cijfers", "3 Visie en missie",
                   "4 Basisondersteuning", "5 Extra ondersteuning en arrangementen", "6 Toelaatbaarheid sbo en so, terugplaatsing",
                   "7 Thuiszitters en het dekkend netwerk", "8 Samenwerking met gemeenten en jeugdhulp", "9 Ouders",
                   "10 Ambities en beoogde resultaten", "11 Financiën en meerjarenbegroting", "12 Organisatie en governance",
                   "13 Personeel en bureau", "14 Privacy en gegevensverwerking", "15 Planning en jaarcyclus",
                   "Bijlage 1 Begrippenlijst"])]
    B += [("h1", "Voorwoord"),
          ("p", "Voor u ligt het derde ondersteuningsplan van De Lingebrug. Sinds de start van passend onderwijs in 2014 hebben de dertien schoolbesturen in ons gebied veel met elkaar opgebouwd. Scholen kennen elkaar beter, intern begeleiders delen kennis in netwerken en de lijnen met de gemeenten zijn kort. Tegelijk zien we dat de vraag naar ondersteuning verandert. Meer kinderen hebben te maken met spanning thuis, met een taalachterstand of met een combinatie van leer- en gedragsvragen. Leraren geven aan dat de groepen complexer worden, terwijl het lerarentekort ook in de Betuwe voelbaar is."),
          ("p", "In dit plan beschrijven we hoe we de komende vier jaar met die werkelijkheid omgaan. We hebben het plan geschreven met een schrijfgroep van directeuren, intern begeleiders, een ouder uit de ondersteuningsplanraad en medewerkers van het bureau. Conceptteksten zijn besproken in twee werkconferenties en in drie bijeenkomsten met de ondersteuningsplanraad. Wij danken iedereen die heeft meegelezen en meegedacht. Het plan is geen eindpunt: we houden het actueel met een jaarlijkse voortgangsparagraaf."),
          ("p", "Marleen van Doorn, directeur-bestuurder")]
    B += [("h1", "1 Inleiding en totstandkoming"),
          ("p", "Elk samenwerkingsverband stelt ten minste eens in de vier jaar een ondersteuningsplan vast. Het plan beschrijft hoe wij ervoor zorgen dat alle kinderen in ons gebied een zo passend mogelijke plek in het onderwijs krijgen. De wettelijke basis ligt in artikel 18a van de Wet op het primair onderwijs. Dit plan geldt voor de schooljaren 2025-2026 tot en met 2028-2029."),
          ("p", "Het plan kwam tot stand in drie fasen. In de eerste fase (voorjaar 2024) hebben we het vorige plan geëvalueerd met schoolbesturen, directeuren en de ondersteuningsplanraad. In de tweede fase (najaar 2024) schreven werkgroepen de hoofdstukken. In de derde fase (januari tot maart 2025) volgden de consultatie, het overleg met de gemeenten en het overleg met het samenwerkingsverband voortgezet onderwijs in de regio. De ondersteuningsplanraad stemde op 18 maart 2025 in met het plan. Het plan is vóór 1 mei 2025 aan de inspectie toegezonden."),
          ("p", "De hoofdstukken volgen grotendeels de opbouw van het vorige plan. Nieuw zijn een apart hoofdstuk over thuiszitters en een uitgebreidere beschrijving van de samenwerking met jeugdhulp. Waar we in dit plan spreken over ‘scholen’, bedoelen we alle vestigingen van de aangesloten basisscholen, de speciale basisscholen en de scholen voor speciaal onderwijs binnen ons gebied.")]
    B += [("h1", "2 Ons werkgebied in cijfers"),
          ("p", "Ons werkgebied omvat drie gemeenten met samen ongeveer 115.000 inwoners. Er zijn 58 basisscholen, twee scholen voor speciaal basisonderwijs en drie locaties voor speciaal onderwijs in cluster 3 en 4. Het leerlingaantal daalt licht: na jaren van groei in de nieuwbouwwijken van Lingewaard verwachten we tot 2029 een daling van ongeveer vier procent. In de kleinere kernen staan enkele scholen onder de opheffingsnorm; besturen werken daar aan samenwerkingsscholen."),
          ("table", [["Peildatum 1 oktober", "2021", "2022", "2023", "2024"],
                     ["Leerlingen basisonderwijs", "11.842", "11.790", "11.702", "11.655"],
                     ["Leerlingen sbo", "248", "255", "262", "259"],
                     ["Leerlingen so (cluster 3 en 4)", "171", "176", "183", "190"],
                     ["Deelnamepercentage sbo", "2,04%", "2,10%", "2,17%", "2,15%"],
                     ["Deelnamepercentage so", "1,41%", "1,45%", "1,52%", "1,58%"]]),
          ("p", "Het deelnamepercentage aan het speciaal onderwijs stijgt, ook in vergelijking met het landelijk gemiddelde. We zien dat vooral bij kinderen in de onderbouw met een combinatie van ontwikkelingsvragen en gedragsproblemen. De stijging is een van de redenen om in dit plan extra te investeren in de ondersteuning dichtbij, in de eigen school.")]
    B += [("h1", "3 Visie en missie"),
          ("p", "Wij geloven dat ieder kind recht heeft op onderwijs dat past bij wie het is en wat het nodig heeft, zo dicht mogelijk bij huis en samen met leeftijdgenoten. Scholen, ouders en partners dragen daar samen verantwoordelijkheid voor. Onze missie is dat scholen de ondersteuning kunnen bieden die kinderen nodig hebben, en dat het samenwerkingsverband daarvoor de voorwaarden schept: expertise, geld, overleg en heldere afspraken."),
          ("p", "Drie waarden sturen ons werk: nabijheid (ondersteuning zo dicht mogelijk bij het kind), eenvoud (zo weinig mogelijk papier en wachttijd) en vertrouwen (besturen en scholen krijgen ruimte, en leggen verantwoording af over wat zij ermee doen). Het woord ‘samen’ komt in dit plan vaak terug. Dat is bewust: passend onderwijs lukt alleen als scholen, ouders, jeugdhulp en gemeenten elkaar niet als loket maar als partner zien.")]
    B += [("h1", "4 Basisondersteuning"),
          ("p", "Basisondersteuning is de ondersteuning die elke vestiging van elke aangesloten basisschool in ons samenwerkingsverband biedt, zonder dat daarvoor een aanvraag bij het samenwerkingsverband nodig is. De besturen hebben in het algemeen bestuur van december 2024 afgesproken dat alle scholen ten minste aan onderstaande standaarden voldoen. Dit is het afgesproken minimumniveau; veel scholen bieden meer, en beschrijven dat in hun schoolondersteuningsprofiel."),
          ("p", "Wat u als ouder van iedere school in ons gebied mag verwachten:"),
          ("ul", ["Elke school heeft een intern begeleider met ten minste één dag per week per 150 leerlingen voor ondersteuning en coördinatie.",
                  "De school werkt handelingsgericht: leerkrachten stemmen de instructie af op drie niveaus en bespreken de groepen ten minste drie keer per jaar met de intern begeleider.",
                  "Elke school volgt het Protocol Leesproblemen en Dyslexie en signaleert tijdig rekenproblemen volgens het protocol ERWD.",
                  "Elke school heeft een aanbod voor sociaal-emotionele ontwikkeling, een anti-pestprogramma en een aanspreekpunt pesten.",
                  "Elke school biedt verrijking binnen de groep voor kinderen die meer aankunnen.",
                  "Elke school heeft afspraken over medisch handelen en over de toegankelijkheid van het gebouw.",
                  "Elke school werkt met een ondersteuningsteam waarin ouders, de intern begeleider, de schoolcontactpersoon van het sociaal team en zo nodig de consulent van het samenwerkingsverband zitten.",
                  "Elke school kan een ontwikkelingsperspectief opstellen en bespreekt dat met ouders."]),
          ("p", "Het bureau bezoekt elke school één keer per twee jaar voor een gesprek over de basisondersteuning aan de hand van de kwaliteitskaart. Als een school op een standaard onvoldoende scoort, maakt het bestuur binnen drie maanden een verbeterplan; de consulent ondersteunt daarbij en de voortgang wordt na een half jaar besproken."),
          ("p", "De grens tussen basisondersteuning en extra ondersteuning ligt waar de school met de eigen middelen en de standaarden hierboven niet meer uitkomt. De school kan dan een arrangement aanvragen (hoofdstuk 5).")]
    B += [("h1", "5 Extra ondersteuning en arrangementen"),
          ("p", "Onze ondersteuning is opgebouwd in vijf niveaus. Niveau 1 en 2 zijn de basisondersteuning in de groep en in de school. Op niveau 3 schakelt de school de consulent van het samenwerkingsverband in voor advies en kortdurende begeleiding. Niveau 4 omvat de arrangementen en de bovenschoolse voorzieningen. Niveau 5 is het speciaal basisonderwijs en het speciaal onderwijs."),
          ("table", [["Voorziening", "Voor wie", "Omvang"],
                     ["Arrangement in de eigen school", "kinderen met een ondersteuningsvraag boven de basis", "ca. 420 per jaar"],
                     ["Observatiegroep De Uitkijk", "jonge kinderen (4-7 jaar) met een onduidelijke ontwikkelingsvraag", "2 groepen, 16 plaatsen"],
                     ["Plusklas", "meer- en hoogbegaafde leerlingen", "1 dagdeel per week, 5 locaties"],
                     ["Taalklas nieuwkomers", "kinderen die korter dan een jaar in Nederland zijn", "3 locaties"],
                     ["Speciaal basisonderwijs", "sbo De Kompasroos en sbo Het Veer", "ca. 260 leerlingen"],
                     ["Speciaal onderwijs cluster 3 en 4", "drie so-locaties in de regio", "ca. 190 leerlingen"]]),
          ("p", "Een arrangement vraagt de school aan na een bespreking in het ondersteuningsteam. De consulent adviseert over de inhoud; het arrangement wordt voor maximaal een schooljaar toegekend en daarna geëvalueerd. Scholen die veel arrangementen voor dezelfde vraag aanvragen, krijgen een gesprek over het versterken van hun basisondersteuning.")]
    B += [("h1", "6 Toelaatbaarheid sbo en so, terugplaatsing"),
          ("h2", "6.1 De procedure"),
          ("p", "Als een kind beter op zijn plek is op een speciale school voor basisonderwijs of een school voor speciaal onderwijs, vraagt het bevoegd gezag van de school waar het kind staat ingeschreven een toelaatbaarheidsverklaring (TLV) aan bij de Commissie Toelaatbaarheid van het samenwerkingsverband. Dat gebeurt in vijf stappen:"),
          ("ul", ["Stap 1: het ondersteuningsteam van de school bespreekt met ouders de ondersteuningsbehoefte en de mogelijkheden in de eigen school.",
                  "Stap 2: de school vult het groeidocument aan met het ontwikkelingsperspectief, de geboden ondersteuning en de zienswijze van ouders.",
                  "Stap 3: de school dient de aanvraag digitaal in bij de Commissie Toelaatbaarheid.",
                  "Stap 4: twee deskundigen brengen ieder een eigen, schriftelijk advies uit: een orthopedagoog of psycholoog en, afhankelijk van het kind, een tweede deskundige (bijvoorbeeld een maatschappelijk werker of kinderarts). De deskundigen zijn niet eerder bij de aanvraag betrokken geweest.",
                  "Stap 5: de commissie besluit binnen zes weken na ontvangst van de volledige aanvraag. Ouders en school krijgen het besluit en een afschrift van de adviezen."]),
          ("h2", "6.2 Criteria"),
          ("p", "Een kind is toelaatbaar tot het speciaal basisonderwijs als de ondersteuningsbehoefte op meerdere gebieden (leren, gedrag, werkhouding of sociaal-emotioneel) groter is dan een basisschool met een arrangement kan bieden, de school aantoonbaar ten minste een half jaar een arrangement heeft ingezet en de verwachte ontwikkeling in een kleine groep met specialistische begeleiding beter is. Een kind is toelaatbaar tot het speciaal onderwijs cluster 3 of 4 als daarnaast sprake is van een ernstige, langdurige beperking (verstandelijk, lichamelijk, langdurig ziek of ernstige gedrags- of psychiatrische problematiek) waardoor het kind ook in het sbo onvoldoende tot ontwikkeling komt."),
          ("h2", "6.3 Duur, bekostigingscategorie en bezwaar"),
          ("p", "Een TLV voor het sbo geldt tot het einde van de basisschoolperiode, met een evaluatie na twee jaar. Een TLV voor het so geldt in de regel twee schooljaren en loopt altijd tot en met 31 juli. Voor het so stelt de commissie de bekostigingscategorie laag, midden of hoog vast. Ouders en het schoolbestuur kunnen binnen zes weken bezwaar maken bij het samenwerkingsverband. Wij vragen advies aan de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen voordat wij op het bezwaar beslissen."),
          ("h2", "6.4 Afloop van de TLV en terugplaatsing"),
          ("p", "In het laatste jaar van een TLV bespreekt de school voor sbo of so in de OPP-bespreking van november met ouders of het kind terug kan naar een reguliere basisschool of een nieuwe TLV nodig heeft. Vóór 1 februari stuurt de speciale school haar advies aan de Commissie Toelaatbaarheid. Als de school een nieuwe TLV nodig vindt, volgt de procedure van 6.1. Als terugplaatsing het advies is, meldt de speciale school het kind samen met ouders aan bij de gekozen basisschool en vindt vóór de zomervakantie een overdrachtsgesprek plaats. De TLV eindigt dan op 31 juli."),
          ("p", "Ons beleid voor terugplaatsing, met de doelen, de voorwaarden en eventuele ondersteuning na de overstap, werken we in het schooljaar 2025-2026 uit met de directeuren van sbo en so.")]
    B += [("h1", "7 Thuiszitters en het dekkend netwerk"),
          ("p", "Een dekkend netwerk betekent dat er voor ieder kind een passende plek is. Dat is nog niet altijd zo. Op 1 oktober 2024 zaten in ons gebied 11 kinderen langer dan vier weken zonder onderwijs thuis, en 23 kinderen hadden een (gedeeltelijke) vrijstelling van de leerplicht. Voor de observatiegroep bestond in het voorjaar van 2024 een wachtlijst van negen kinderen."),
          ("p", "Wij brengen elke maand samen met de leerplichtambtenaren van de drie gemeenten alle kinderen in beeld die thuiszitten of dreigen thuis te zitten. Voor elk kind wijzen we een trajectbegeleider aan die binnen vijf schooldagen contact legt met ouders en school. Lukt het niet binnen zes weken een plek te vinden, dan schaalt de trajectbegeleider op naar de directeur-bestuurder, die de betrokken besturen bijeenroept. Zorgplicht blijft bij het bestuur waar het kind is aangemeld of ingeschreven."),
          ("p", "Elk voorjaar analyseren we waar het aanbod tekortschiet (witte vlekken, wachtlijsten, kinderen die buiten de regio naar school gaan) en leggen we in het jaarplan vast welke voorziening we uitbreiden of opzetten. Voor 2025-2026 zijn dat een tweede observatiegroep in Overbetuwe en een onderwijs-zorgarrangement voor kinderen die nog niet volledig naar school kunnen.")]
    B += [("h1", "8 Samenwerking met gemeenten en jeugdhulp"),
          ("p", "De gemeenten en het samenwerkingsverband hebben in het OOGO afgesproken dat elke school een vaste schoolcontactpersoon van het sociaal team heeft. Deze medewerker schuift aan bij het ondersteuningsteam. Voor kinderen die naast onderwijs zorg nodig hebben, maken school, ouders en jeugdhulp één plan. Zorg in onderwijstijd is mogelijk op basis van de regionale werkafspraken. Daarnaast spreken we in het OOGO over leerlingenvervoer, onderwijshuisvesting en de aansluiting tussen voorschool en basisschool."),
          ("p", "Het OOGO vindt twee keer per jaar plaats op bestuurlijk niveau, met de wethouders onderwijs en jeugd. Ambtelijk is er elk kwartaal overleg. Beide partijen leggen de afspraken vast in een gezamenlijke agenda die jaarlijks wordt geactualiseerd.")]
    B += [("h1", "9 Ouders"),
          ("p", "Ouders zijn de eerste deskundigen als het om hun kind gaat. Zij zijn gesprekspartner bij het opstellen van het ontwikkelingsperspectief en worden uitgenodigd voor elke bespreking in het ondersteuningsteam. Kinderen vanaf tien jaar worden gehoord over hun eigen ondersteuning."),
          ("p", "Ouders vinden informatie over ondersteuning op verschillende plekken. De schoolgids en het schoolondersteuningsprofiel van de school beschrijven wat de school biedt. Op onze website staat een oudersectie met uitleg over basisondersteuning, arrangementen en de TLV-procedure, en de ouderbrochure ‘Passend onderwijs in de Betuwe’ is verkrijgbaar in het Nederlands, Engels, Arabisch en Pools. Twee keer per jaar organiseren wij een informatieavond voor ouders, en ouders kunnen op werkdagen bellen met de ouderlijn van het bureau."),
          ("p", "Ouders die onafhankelijk advies zoeken of het niet eens zijn met de school of met het samenwerkingsverband, kunnen terecht bij het Ouder- en Jeugdsteunpunt Betuwe. Dat steunpunt is ondergebracht bij Stichting MEE Gelderse Poort en werkt los van scholen en het samenwerkingsverband. Daarnaast kunnen ouders kosteloos een onderwijsconsulent inschakelen. Voor klachten geldt de klachtenregeling van het schoolbestuur; geschillen over toelating en verwijdering kunnen naar de Geschillencommissie passend onderwijs.")]
    B += [("h1", "10 Ambities en beoogde resultaten"),
          ("p", "In de vorige planperiode ging het om het opbouwen van een stevig netwerk. In deze planperiode willen we vooral resultaat zien in de klas. We hebben vier ambities geformuleerd, elk met een beoogd resultaat voor 2029."),
          ("table", [["Ambitie", "Beoogd resultaat in 2029"],
                     ["Meer kinderen thuisnabij", "Deelnamepercentage so daalt van 1,58% naar 1,40%"],
                     ["Niemand thuis", "Geen kind zit langer dan drie maanden thuis zonder onderwijsaanbod"],
                     ["Basis op orde", "Alle scholen voldoen aan alle standaarden van de basisondersteuning"],
                     ["Snelle hulp", "Negen van de tien arrangementen starten binnen vier weken na aanvraag"]]),
          ("p", "Hoe we de voortgang op deze ambities gaan meten en waar we erover rapporteren, leggen we vast in een monitoringsplan dat in de loop van 2026 verschijnt.")]
    B += [("h1", "11 Financiën en meerjarenbegroting"),
          ("p", "Het samenwerkingsverband ontvangt van het Rijk het budget voor lichte en zware ondersteuning. Na aftrek van de afdrachten aan DUO voor leerlingen in het so en de overdracht voor de groei van het sbo, verdelen wij het budget volgens een vast verdeelmodel. Schoolbesturen ontvangen € 95 per leerling (teldatum 1 oktober) voor de versterking van de basisondersteuning, plus een vaste voet van € 4.000 per vestiging. Arrangementen worden betaald uit een centraal budget; de consulent kent toe op basis van het aanvraagformulier. Het algemeen bestuur stelt de bedragen jaarlijks in december vast."),
          ("table", [["Meerjarenbegroting (x € 1.000)", "2025", "2026", "2027", "2028"],
                     ["Baten rijksbijdrage", "12.410", "12.300", "12.180", "12.090"],
                     ["Afdrachten so (DUO)", "4.020", "4.050", "3.980", "3.900"],
                     ["Overdracht sbo", "2.310", "2.330", "2.300", "2.270"],
                     ["Budget besturen (per leerling en vaste voet)", "1.340", "1.330", "1.320", "1.310"],
                     ["Arrangementen en bovenschoolse voorzieningen", "3.210", "3.200", "3.250", "3.280"],
                     ["Thuiszitters en trajectbegeleiding", "420", "440", "450", "460"],
                     ["Bureau en organisatie", "980", "990", "1.000", "1.010"],
                     ["Resultaat", "130", "-40", "-120", "-140"]]),
          ("p", "Het weerstandsvermogen bedraagt eind 2024 8,2 procent van de baten. Dat ligt onder de signaleringswaarde voor bovenmatige reserves. De negatieve resultaten vanaf 2026 zijn bewust: we zetten een deel van de reserve in voor de tweede observatiegroep. Schoolbesturen verantwoorden jaarlijks vóór 1 mei in een bestedingsrapportage waaraan zij het budget per leerling hebben besteed.")]
    B += [("h1", "12 Organisatie en governance"),
          ("p", "De Lingebrug is een stichting. Het algemeen bestuur bestaat uit vertegenwoordigers van de dertien aangesloten schoolbesturen en houdt toezicht op de directeur-bestuurder, die het samenwerkingsverband bestuurt. Intern toezicht en bestuur zijn zo gescheiden, conform de Code Goed Bestuur in het primair onderwijs. Het algemeen bestuur heeft een auditcommissie en een remuneratiecommissie. De statuten bevatten een regeling voor geschillen tussen de aangesloten besturen."),
          ("p", "De ondersteuningsplanraad (OPR) bestaat uit twaalf leden: zes ouders en zes personeelsleden, afgevaardigd vanuit de medezeggenschapsraden van de scholen. De OPR heeft instemmingsrecht op het ondersteuningsplan. Daarnaast heeft het samenwerkingsverband een eigen medezeggenschapsraad voor het personeel van het bureau. De directeur-bestuurder overlegt ten minste vier keer per jaar met de OPR.")]
    B += [("h1", "13 Personeel en bureau"),
          ("p", "Het bureau telt 14,2 fte: de directeur-bestuurder, een beleidsmedewerker, een controller, een secretariaat, zes consulenten, twee trajectbegeleiders en de medewerkers van de Commissie Toelaatbaarheid. De consulenten zijn orthopedagoog of psycholoog en zijn geregistreerd in het NIP- of NVO-register. Elk jaar volgen medewerkers scholing; het bureau heeft een scholingsbudget van 2 procent van de loonsom."),
          ("p", "Voor de scholen organiseren wij leernetwerken voor intern begeleiders, een jaarlijkse studiedag passend onderwijs en een leergang ‘gedrag in de groep’ voor leerkrachten. Het lerarentekort raakt ook het bureau: vacatures voor orthopedagogen staan gemiddeld vier maanden open.")]
    B += [("h1", "14 Privacy en gegevensverwerking"),
          ("p", "Het samenwerkingsverband verwerkt persoonsgegevens van leerlingen, waaronder gegevens over gezondheid, voor zover dat nodig is voor de toewijzing van arrangementen en voor toelaatbaarheidsverklaringen. Wij bewaren deze gegevens niet langer dan drie jaar na het besluit. Het bureau werkt met een beveiligde digitale omgeving voor het groeidocument; scholen en ouders krijgen daar via tweestapsverificatie toegang toe. Het samenwerkingsverband heeft een functionaris gegevensbescherming, die jaarlijks rapporteert aan het algemeen bestuur. Met alle leveranciers zijn verwerkersovereenkomsten gesloten.")]
    B += [("h1", "15 Planning en jaarcyclus"),
          ("p", "Het ondersteuningsplan is het kader voor vier jaar. Elk jaar maken we een jaarplan met concrete activiteiten en een begroting. In het voorjaar bespreken we de voorlopige begroting met de besturen, in december stelt het algemeen bestuur de begroting vast en in juni de jaarrekening. Wijzigingen in het plan leggen we in een voortgangsparagraaf voor aan de ondersteuningsplanraad."),
          ("table", [["Wanneer", "Wat"],
                     ["september", "jaarplan en kalender naar scholen"],
                     ["november", "gesprekken met besturen over ondersteuning"],
                     ["december", "vaststelling begroting"],
                     ["maart", "analyse dekkend netwerk"],
                     ["juni", "jaarrekening"]])]
    B += [("h1", "Bijlage 1 Begrippenlijst"),
          ("ul", ["Arrangement: afspraak over extra ondersteuning voor een leerling of groep, met een budget.",
                  "Basisondersteuning: het afgesproken niveau van ondersteuning dat elke school biedt.",
                  "Dekkend netwerk: het geheel van voorzieningen waardoor elk kind een passende plek heeft.",
                  "OOGO: op overeenstemming gericht overleg tussen samenwerkingsverband en gemeenten.",
                  "OPP: ontwikkelingsperspectief(plan).",
                  "OPR: ondersteuningsplanraad.",
                  "Ouder- en jeugdsteunpunt: onafhankelijk steunpunt voor ouders en jongeren.",
                  "Terugplaatsing: de overstap van een leerling van sbo of so naar het regulier basisonderwijs.",
                  "TLV: toelaatbaarheidsverklaring voor sbo of so."])]
    return B


LABEL_A = """documents: [po-lingebrug-ondersteuningsplan-2025-2029.docx]
sector: po
looks_like_plan: true
elements: {basisondersteuning: present, plaatsing: present, terugstroom: partial, financien: present, dekkend-aanbod: present, resultaten: partial, ouders: present}
criteria:
  basisondersteuning.niveau: true
  basisondersteuning.inhoud: true
  plaatsing.procedure: true
  plaatsing.criteria: true
  terugstroom.procedure: true
  terugstroom.beleid: false
  financien.verdeling: true
  financien.besteding: true
  dekkend-aanbod.continuum: true
  dekkend-aanbod.lacunes: true
  resultaten.doelen: true
  resultaten.monitoring: false
  ouders.informatie: true
  ouders.steunpunt: true
advisory_addressed:
  basisondersteuning: [borging]
  plaatsing: [deskundigen, duur-categorie, bezwaar]
  financien: [reserves, verantwoording]
  dekkend-aanbod: [ketenpartners]
  resultaten: [meetbaar]
  ouders: [betrokkenheid]
notes:
  basisondersteuning: "Ch. 4 defines the minimum for every vestiging and lists 8 concrete standards; kwaliteitskaart visits = borging."
  plaatsing: "Ch. 6.1-6.3: five-step procedure, Commissie Toelaatbaarheid, 6 weeks, sbo/so criteria, two deskundigen, duration, category, LBT."
  terugstroom: "Section 6.4 (inside the TLV chapter) gives steps and dates at TLV end; the policy (aims, conditions, support after return) is deferred to 2025-2026."
  financien: "Ch. 11: verdeelmodel (EUR 95 per leerling + vaste voet) and 2025-2028 meerjarenbegroting table; reserves and bestedingsrapportage."
  dekkend-aanbod: "Ch. 5 five levels + voorzieningen table; ch. 7 thuiszitters approach and yearly gap analysis; ch. 8 OOGO/jeugdhulp."
  resultaten: "Ch. 10 has intended results with targets; how they are measured/reported is deferred to a monitoringsplan 'in de loop van 2026'. Ch. 2 figures are context only."
  ouders: "Ch. 9: schoolgids/SOP, website, brochure, info evenings (informatie); Ouder- en Jeugdsteunpunt Betuwe, onderwijsconsulenten, geschillencommissie (steunpunt)."
"""


# ---------------------------------------------------------------------------
# Plan B: VO, Word; basisondersteuning inhoud only by reference, financien besteding p.m.,
# ouders steunpunt deferred; terugstroom complete inside the TLV part
# ---------------------------------------------------------------------------
def plan_b():
    B = []
    B += [("title", "Ondersteuningsplan Samenwerkingsverband VO Kust en Duin 2024-2028"),
          ("p", "Regio VO 27-09 · Versie 1.3 · definitief · ter instemming voorgelegd aan de OPR op 12 maart 2024"),
          ("toc", ["Deel A  Koers", "§1 Woord vooraf", "§2 Waar staan we? Terugblik 2020-2024", "§3 Koers en uitgangspunten",
                   "§4 De regio en de scholen",
                   "Deel B  Ondersteuning", "§5 Basisondersteuning", "§6 Ondersteuningsaanbod en voorzieningen",
                   "§7 Toewijzing: vso, praktijkonderwijs en lwoo", "§8 Iedereen op school: thuiszitters en verzuim",
                   "Deel C  Randvoorwaarden", "§9 Kwaliteit en resultaten", "§10 Ouders en leerlingen", "§11 Financieel kader",
                   "§12 Bestuur, medezeggenschap en organisatie", "§13 Samenwerking met gemeenten, mbo en arbeidsmarkt",
                   "Bijlagen", "Afkortingen"])]
    B += [("h1", "Deel A  Koers"),
          ("h2", "§1 Woord vooraf"),
          ("p", "Kust en Duin is het samenwerkingsverband voor voortgezet onderwijs in de gemeenten Zeewolde-aan-Zee, Duinrand en Helmerveen. Negen schoolbesturen met zeventien vestigingen werken samen: van praktijkonderwijs tot gymnasium, van een kleine vmbo-school in de polder tot een brede scholengemeenschap van tweeduizend leerlingen in de stad. Daarnaast horen twee scholen voor voortgezet speciaal onderwijs bij ons verband."),
          ("p", "Dit ondersteuningsplan is het resultaat van een jaar praten, schrijven en herschrijven. Ondersteuningscoördinatoren, teamleiders, mentoren, leerlingen, ouders en gemeenten hebben ons verteld wat goed gaat en wat beter moet. Wat we vooral hoorden: maak het eenvoudiger, houd de lijnen kort en zorg dat geen jongere buiten de boot valt. Dat proberen we in dit plan waar te maken. We hebben het plan bewust compact gehouden: wat in jaarplannen thuishoort, staat daar."),
          ("p", "Met dank aan de leden van de ondersteuningsplanraad, die het plan kritisch en constructief hebben gelezen. Namens het bestuur, Erik Zandbergen, directeur-bestuurder.")]
    B += [("h2", "§2 Waar staan we? Terugblik 2020-2024"),
          ("p", "In de vorige planperiode hebben we het Loket opgericht, één ingang voor scholen die met een vraag over een leerling zitten. Het aantal vso-leerlingen bleef vrijwel gelijk, terwijl het aantal leerlingen in het praktijkonderwijs licht daalde. De coronaperiode liet sporen na: het aantal meldingen van schoolverzuim nam in 2022 en 2023 toe en meer jongeren kampten met somberheid en angst. We hebben in die jaren geïnvesteerd in de Op-de-rails-voorziening en in extra uren voor ondersteuningscoördinatoren."),
          ("table", [["Kengetal (peildatum 1 oktober)", "2020", "2022", "2023"],
                     ["Leerlingen regulier vo", "14.230", "14.410", "14.380"],
                     ["Leerlingen vso", "402", "411", "409"],
                     ["Leerlingen praktijkonderwijs", "512", "497", "488"],
                     ["Leerlingen met lwoo", "1.640", "1.602", "1.577"],
                     ["Thuiszitters langer dan 4 weken", "19", "27", "22"]]),
          ("p", "Niet alles is gelukt. De doorlooptijd van aanvragen bij het Loket liep in 2023 op door personeelsverloop, en de samenwerking met jeugdhulp verliep per gemeente verschillend. Deze ervaringen hebben we meegenomen in de keuzes in dit plan.")]
    B += [("h2", "§3 Koers en uitgangspunten"),
          ("p", "Onze koers laat zich samenvatten in drie zinnen. Elke jongere gaat naar school, het liefst in de eigen omgeving. De school is de eerste plek voor ondersteuning, het samenwerkingsverband helpt als de school er niet alleen uitkomt. We werken vanuit wat jongeren nodig hebben, niet vanuit regels en loketten."),
          ("p", "Daaruit volgen uitgangspunten voor ons werk: we denken in mogelijkheden, we kijken naar de hele jongere en zijn omgeving, we betrekken ouders en leerlingen als partners, en we leggen verantwoording af over wat we doen. In de gesprekken over dit plan kwam ook naar voren dat scholen behoefte hebben aan rust. We voeren in deze planperiode daarom geen grote stelselwijzigingen door, maar bouwen verder op wat werkt.")]
    B += [("h2", "§4 De regio en de scholen"),
          ("p", "Onze regio is groot en gevarieerd. Aan de kust wonen veel gezinnen die in het toerisme werken; in het binnenland liggen dorpen met een krimpende bevolking. Leerlingen reizen soms meer dan een uur naar school, zeker als zij aangewezen zijn op een vso-school of het praktijkonderwijs. Het leerlingenvervoer is daardoor een terugkerend onderwerp in het overleg met gemeenten."),
          ("p", "De zeventien vestigingen verschillen sterk in grootte en profiel. Het aandeel vmbo-leerlingen ligt boven het landelijk gemiddelde. Twee scholen bieden een internationale schakelklas voor nieuwkomers. De vso-scholen De Branding (cluster 4) en Het Duinpad (cluster 3) hebben samen ruim vierhonderd leerlingen.")]
    B += [("h1", "Deel B  Ondersteuning"),
          ("h2", "§5 Basisondersteuning"),
          ("p", "De besturen hebben afgesproken dat alle vestigingen van alle aangesloten scholen hetzelfde minimumniveau van basisondersteuning bieden. Dat niveau geldt voor iedere leerling, op iedere vestiging, zonder aanvraag of toekenning door het samenwerkingsverband. Scholen mogen meer bieden; minder is niet toegestaan."),
          ("p", "Wij hanteren voor de basisondersteuning de vier bekende elementen uit het referentiekader passend onderwijs: basiskwaliteit, preventieve en licht curatieve interventies, de onderwijsondersteuningsstructuur en planmatig werken. Hoe elke school deze elementen invult, beschrijft de school in haar schoolondersteuningsprofiel. Het regionale overzicht van standaarden is opgenomen in bijlage 2 (‘Standaarden basisondersteuning Kust en Duin’)."),
          ("p", "Het bureau toetst elke twee jaar alle schoolondersteuningsprofielen aan de afspraken en bespreekt de uitkomsten met het bestuur van de school. Als een school de afgesproken basisondersteuning niet waarmaakt, spreekt de directeur-bestuurder het bestuur daarop aan en worden verbeterafspraken met een termijn gemaakt.")]
    B += [("h2", "§6 Ondersteuningsaanbod en voorzieningen"),
          ("p", "Boven op de basisondersteuning kennen we drie lagen. De eerste laag is extra ondersteuning binnen de eigen school, betaald uit het schoolbudget lichte ondersteuning: bijvoorbeeld een trajectvoorziening, een faalangsttraining of begeleiding door een ambulant begeleider. De tweede laag zijn de bovenschoolse voorzieningen van het samenwerkingsverband. De derde laag is het voortgezet speciaal onderwijs."),
          ("table", [["Voorziening", "Doel", "Plaatsen"],
                     ["OPDC De Brug", "tijdelijke opvang en onderwijs, met terugkeer naar de eigen school of doorstroom", "60"],
                     ["Rebound Kust", "time-out van maximaal 12 weken bij gedragsproblemen", "16"],
                     ["Op-de-rails", "deeltijdtraject voor leerlingen met angst- of verzuimproblematiek", "24"],
                     ["ISK Duinrand", "nieuwkomers", "90"],
                     ["Praktijkonderwijs", "twee scholen", "ca. 490 leerlingen"],
                     ["Vso De Branding en Het Duinpad", "cluster 3 en 4", "ca. 410 leerlingen"]]),
          ("p", "Leerlingen die naast onderwijs jeugdhulp nodig hebben, kunnen in OPDC De Brug en Op-de-rails een onderwijs-zorgarrangement krijgen. De jeugdhulpaanbieder en de school werken dan met één plan. De samenhang tussen de lagen bewaken we in het Loket: daar komen alle vragen van scholen binnen en daar wordt bekeken welke vorm van ondersteuning past.")]
    B += [("h2", "§7 Toewijzing: vso, praktijkonderwijs en lwoo"),
          ("p", "Het Loket is de toewijzingscommissie van het samenwerkingsverband. Het Loket beslist over toelaatbaarheid tot het vso, tot het praktijkonderwijs en over de aanwijzing voor leerwegondersteunend onderwijs. Het Loket bestaat uit een voorzitter, twee orthopedagogen en een GZ-psycholoog, ondersteund door een secretaris."),
          ("p", "Vso. De school waar de leerling is ingeschreven (of, bij aanmelding vanuit het po, de vo-school waar ouders de leerling hebben aangemeld) dient een aanvraag in met het ontwikkelingsperspectief, het verslag van het multidisciplinair overleg en de zienswijze van ouders en leerling. Het Loket vraagt advies aan twee deskundigen, onder wie altijd een orthopedagoog of psycholoog. Binnen vijf weken neemt het Loket een besluit. Een leerling is toelaatbaar tot het vso als de school aantoonbaar de mogelijkheden van basisondersteuning en extra ondersteuning heeft benut, de leerling een intensieve, specialistische ondersteuning nodig heeft die het reguliere vo ook met een arrangement niet kan bieden, en het vso naar verwachting een beter ontwikkelingsperspectief biedt. De TLV wordt afgegeven voor één tot drie schooljaren, met de bekostigingscategorie laag, midden of hoog."),
          ("p", "Praktijkonderwijs en lwoo. Voor toelaatbaarheid tot het praktijkonderwijs en voor de aanwijzing lwoo gelden de landelijke criteria (IQ en leerachterstanden op ten minste twee domeinen, waarvan één begrijpend lezen of inzichtelijk rekenen). Kust en Duin heeft geen eigen lwoo-criteria. De vo-school vraagt de toelaatbaarheid of aanwijzing vóór 1 maart van het jaar van instroom aan bij het Loket, met de gegevens van de basisschool en de resultaten van het capaciteitenonderzoek. De aanwijzing lwoo geldt voor de duur van de opleiding; de TLV praktijkonderwijs is onbeperkt geldig."),
          ("p", "Bezwaar. Ouders die het niet eens zijn met een besluit over toelaatbaarheid kunnen binnen zes weken bezwaar maken bij het bestuur van het samenwerkingsverband. Het bestuur vraagt advies aan de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen."),
          ("p", "Afloop van de TLV. Terugkeer naar het regulier onderwijs is ons uitgangspunt voor elke vso-leerling voor wie dat haalbaar is; een TLV is geen eindstation. Voorwaarde is dat de leerling in het reguliere vo een diploma of passende uitstroom kan halen met de ondersteuning die daar beschikbaar is. In het laatste jaar van de TLV evalueert de vso-school in oktober met ouders en leerling het ontwikkelingsperspectief. Uiterlijk 1 februari adviseert de vso-school het Loket over terugplaatsing of over een nieuwe TLV. Bij terugplaatsing zoekt de vso-school samen met ouders een vo-school; het Loket stelt dan een terugplaatsingsarrangement vast: in het eerste jaar na de overstap begeleidt een ambulant begeleider van de vso-school de leerling en de mentor, betaald door het samenwerkingsverband. De TLV eindigt op 31 juli. In 2022-2023 zijn op deze manier 14 leerlingen teruggeplaatst, tegenover 9 in 2020-2021.")]
    B += [("h2", "§8 Iedereen op school: thuiszitters en verzuim"),
          ("p", "Elke thuiszitter is er een te veel. Elke zes weken komt de thuiszitterstafel bijeen: leerplicht, het Loket, de jeugdarts en het jeugdteam van de betrokken gemeente. Scholen melden een leerling die langer dan vier weken niet naar school gaat, of dreigt uit te vallen, direct bij leerplicht en het Loket. Voor iedere thuiszitter wordt binnen tien schooldagen een plan gemaakt met een regisseur en een datum waarop de leerling weer (deels) onderwijs volgt."),
          ("p", "Eén keer per jaar leggen we de thuiszittersaantallen, de wachttijden van de voorzieningen en de leerlingen die buiten de regio naar school gaan naast elkaar. Waar het aanbod niet dekkend blijkt, maakt het bestuur afspraken over uitbreiding of een nieuwe voorziening. Zo is Op-de-rails in 2022 ontstaan.")]
    B += [("h1", "Deel C  Randvoorwaarden"),
          ("h2", "§9 Kwaliteit en resultaten"),
          ("p", "Wij willen in 2028 de volgende resultaten hebben bereikt:"),
          ("ul", ["het aantal thuiszitters langer dan vier weken is gedaald van 22 naar ten hoogste 10;",
                  "ten minste 15 vso-leerlingen per jaar stromen terug naar het regulier vo;",
                  "90 procent van de aanvragen bij het Loket is binnen vijf weken afgehandeld;",
                  "ouders en scholen geven het Loket gemiddeld ten minste een 7,5."]),
          ("p", "We volgen deze resultaten met een monitor die het bureau twee keer per jaar opstelt uit de registratie van het Loket, de leerplichtgegevens en de DUO-telling van 1 oktober. De monitor wordt besproken in het bestuur en in de ondersteuningsplanraad. Eenmaal per twee jaar houden we een tevredenheidsonderzoek onder ouders, leerlingen en scholen. In het jaarverslag rapporteren we de bereikte resultaten naast de doelen, en lichten we afwijkingen toe.")]
    B += [("h2", "§10 Ouders en leerlingen"),
          ("p", "Ouders en leerlingen zijn partner in alles wat de ondersteuning van de leerling betreft. Zij worden betrokken bij het opstellen van het ontwikkelingsperspectief, en een leerling mag bij elk gesprek over zijn eigen ondersteuning zijn mening geven."),
          ("p", "Informatie over de ondersteuning op de scholen en in het samenwerkingsverband krijgen ouders via de mentor, de schoolgids, het schoolondersteuningsprofiel en de website van Kust en Duin. Bij de overstap van po naar vo ontvangen alle ouders in groep 8 de folder ‘Passend onderwijs in Kust en Duin’. Elk najaar organiseert het samenwerkingsverband met de scholen een informatieavond over ondersteuning in het vo in elk van de drie gemeenten."),
          ("p", "De wet verplicht samenwerkingsverbanden binnenkort een onafhankelijk ouder- en jeugdsteunpunt te hebben. Hoe wij daar invulling aan geven en waar ouders voor onafhankelijke hulp terechtkunnen, volgt in een aanvulling op dit plan.")]
    B += [("h2", "§11 Financieel kader"),
          ("p", "Het samenwerkingsverband ontvangt een budget voor lichte ondersteuning en een budget voor zware ondersteuning, plus de middelen voor lwoo en praktijkonderwijs. Het budget voor zware ondersteuning wordt voor een groot deel direct door DUO ingehouden voor de vso-leerlingen uit onze regio."),
          ("p", "Verdeling. Het bestuur verdeelt de middelen volgens een schoolmodel. Elk schoolbestuur ontvangt € 160 per leerling (teldatum 1 oktober van het voorgaande jaar) voor extra ondersteuning in de school. Lwoo-middelen gaan volledig door naar de scholen op basis van het aantal aangewezen leerlingen; de middelen voor praktijkonderwijs gaan naar de twee pro-scholen. De bovenschoolse voorzieningen krijgen een budget per plaats dat het bestuur jaarlijks vaststelt. Scholen verantwoorden de besteding van het schoolbudget in een korte jaarlijkse rapportage."),
          ("p", "Besteding en meerjarenbegroting. De meerjarenbegroting 2024-2028 wordt na vaststelling in december door het bestuur als afzonderlijk document gepubliceerd. Onderstaande tabel geeft de opbouw; de bedragen volgen."),
          ("table", [["Post", "2024", "2025", "2026", "2027"],
                     ["Baten lichte ondersteuning", "p.m.", "p.m.", "p.m.", "p.m."],
                     ["Baten zware ondersteuning", "p.m.", "p.m.", "p.m.", "p.m."],
                     ["Schoolbudgetten", "p.m.", "p.m.", "p.m.", "p.m."],
                     ["Bovenschoolse voorzieningen", "p.m.", "p.m.", "p.m.", "p.m."],
                     ["Bureau", "p.m.", "p.m.", "p.m.", "p.m."]])]
    B += [("h2", "§12 Bestuur, medezeggenschap en organisatie"),
          ("p", "Kust en Duin is een vereniging. De algemene ledenvergadering bestaat uit de bestuurders van de negen schoolbesturen. Zij houdt toezicht op het bestuur, dat bestaat uit een onafhankelijk directeur-bestuurder. Het bureau telt 11 fte, inclusief de medewerkers van het Loket."),
          ("p", "De ondersteuningsplanraad telt acht leden: vier personeelsleden en vier ouders of leerlingen, gekozen uit en door de medezeggenschapsraden van de scholen. De OPR heeft instemmingsrecht op dit plan en op wijzigingen ervan, en vergadert vijf keer per jaar, waarvan twee keer met de directeur-bestuurder."),
          ("p", "Privacy. Het Loket verwerkt alleen de gegevens die nodig zijn voor een besluit. Dossiers worden drie jaar na het besluit vernietigd. Medewerkers zijn gebonden aan geheimhouding.")]
    B += [("h2", "§13 Samenwerking met gemeenten, mbo en arbeidsmarkt"),
          ("p", "Met de drie gemeenten voeren we op overeenstemming gericht overleg over dit plan en over de jeugdplannen van de gemeenten. Het OOGO over dit plan vond plaats op 20 februari 2024. Gezamenlijke thema's voor de komende jaren zijn de thuiszitters, de jeugdhulp in en om de school, het leerlingenvervoer en de overgang naar mbo en werk."),
          ("p", "Voor jongeren uit het praktijkonderwijs en het vso werken we samen met het regionale mbo, het werkgeversservicepunt en de gemeentelijke afdelingen werk en inkomen. Doel is dat geen jongere zonder startkwalificatie of passende plek uit beeld raakt. De afspraken hierover staan in het regionale programma voortijdig schoolverlaten.")]
    B += [("h1", "Bijlagen"),
          ("p", "Bijlage 1 Instemmingsbrief OPR · Bijlage 2 Standaarden basisondersteuning Kust en Duin · Bijlage 3 Toewijzingsreglement Loket · Bijlage 4 Meerjarenbegroting (volgt)"),
          ("h1", "Afkortingen"),
          ("table", [["Afkorting", "Betekenis"],
                     ["ISK", "internationale schakelklas"],
                     ["lwoo", "leerwegondersteunend onderwijs"],
                     ["OJSP", "ouder- en jeugdsteunpunt"],
                     ["OOGO", "op overeenstemming gericht overleg"],
                     ["OPDC", "orthopedagogisch-didactisch centrum"],
                     ["OPR", "ondersteuningsplanraad"],
                     ["pro", "praktijkonderwijs"],
                     ["SOP", "schoolondersteuningsprofiel"],
                     ["TLV", "toelaatbaarheidsverklaring"],
                     ["vso", "voortgezet speciaal onderwijs"]])]
    return B


LABEL_B = """documents: [vo-kust-en-duin-ondersteuningsplan-2024-2028.docx]
sector: vo
looks_like_plan: true
elements: {basisondersteuning: partial, plaatsing: present, terugstroom: present, financien: partial, dekkend-aanbod: present, resultaten: present, ouders: partial}
criteria:
  basisondersteuning.niveau: true
  basisondersteuning.inhoud: false
  plaatsing.procedure: true
  plaatsing.criteria: true
  terugstroom.procedure: true
  terugstroom.beleid: true
  financien.verdeling: true
  financien.besteding: false
  dekkend-aanbod.continuum: true
  dekkend-aanbod.lacunes: true
  resultaten.doelen: true
  resultaten.monitoring: true
  ouders.informatie: true
  ouders.steunpunt: false
advisory_addressed:
  basisondersteuning: [borging]
  plaatsing: [deskundigen, duur-categorie, bezwaar]
  terugstroom: [monitoring]
  financien: [verantwoording]
  dekkend-aanbod: [ketenpartners]
  resultaten: [meetbaar]
  ouders: [betrokkenheid]
notes:
  basisondersteuning: "§5 sets one minimum level for all vestigingen and describes SOP checks, but the content is only the four referentiekader headings plus 'zie SOP / bijlage 2' (bijlage not included)."
  plaatsing: "§7: Loket procedure, vso criteria, landelijke pro/lwoo criteria and procedure (aanvraag voor 1 maart), two deskundigen, duration/categorie, LBT bezwaar."
  terugstroom: "Last paragraph of §7 ('Afloop van de TLV'), inside the toewijzing section: aim/conditions, October evaluation, 1 February advice, terugplaatsingsarrangement, numbers."
  financien: "§11 describes the schoolmodel (EUR 160 per leerling, lwoo/pro pass-through); the meerjarenbegroting is 'afzonderlijk document' and the table is all p.m."
  dekkend-aanbod: "§6 layers + voorzieningen table (OPDC, rebound, Op-de-rails, ISK, pro, vso); §8 thuiszitterstafel and yearly gap check."
  resultaten: "§9 targets for 2028 and twice-yearly monitor, tevredenheidsonderzoek, jaarverslag reporting."
  ouders: "§10 informs via mentor, schoolgids, SOP, website, folder, info evenings; independent support (OJSP) 'volgt in een aanvulling'. OJSP only in abbreviation list."
"""


# ---------------------------------------------------------------------------
# Plan C: PO, PDF, thin "op hoofdlijnen" plan; basisondersteuning only in a table;
# TLV criteria deferred; no terugplaatsing; financien by reference; no resultaten;
# ouders inside "Communicatie"
# ---------------------------------------------------------------------------
def plan_c():
    B = []
    B += [("title", "Ondersteuningsplan 2025 – 2029"),
          ("p", "Stichting Samenwerkingsverband Passend Onderwijs Veenweide · PO 26-05"),
          ("p", "‘Samen sterk voor elk kind’"),
          ("toc", ["1. Voorwoord", "2. Wie zijn wij?", "3. Visie, missie en kernwaarden", "4. Ondersteuning in Veenweide",
                   "5. Toelaatbaarheid en terugplaatsing", "6. Samenwerking met gemeenten en partners", "7. Geld",
                   "8. Communicatie", "9. Kwaliteit en ontwikkeling", "10. Organisatie, bestuur en medezeggenschap",
                   "11. Personeel en professionalisering", "12. Tot slot",
                   "Bijlagen: 1 Begrippenlijst · 2 Schoolondersteuningsprofielen · 3 Stroomschema · 4 Meerjarenbegroting 2025-2029"])]
    B += [("h1", "1. Voorwoord"),
          ("p", "Beste lezer, met trots presenteren wij het ondersteuningsplan 2025-2029 van Samenwerkingsverband Veenweide. Dit plan is een plan op hoofdlijnen. Wij kiezen er bewust voor om in het ondersteuningsplan de koers te beschrijven, en de uitwerking over te laten aan de jaarplannen van het samenwerkingsverband en de schoolplannen van de besturen. Zo blijft het plan leesbaar en kunnen we inspelen op ontwikkelingen, zoals de komst van een landelijke norm voor basisondersteuning en de Wet versterking positie ouders en leerlingen."),
          ("p", "Het plan is geschreven door een kleine kerngroep en besproken met alle directeuren, de intern begeleiders in hun netwerk, de ondersteuningsplanraad en de gemeenten. De ondersteuningsplanraad heeft op 2 april 2025 ingestemd. Het op overeenstemming gericht overleg met de gemeenten Veenweide, Moerdrecht en Oud-Ade vond plaats op 13 maart 2025. Met het samenwerkingsverband voortgezet onderwijs is op 20 maart 2025 overleg gevoerd."),
          ("p", "Wij wensen u veel leesplezier. Heeft u vragen of opmerkingen, neem dan gerust contact met ons op. Namens het bestuur, drs. Hanneke Broers.")]
    B += [("h1", "2. Wie zijn wij?"),
          ("p", "Samenwerkingsverband Veenweide is een stichting waarin acht schoolbesturen samenwerken. Samen zijn zij verantwoordelijk voor 41 basisscholen, één school voor speciaal basisonderwijs (sbo De Wegwijzer) en twee scholen voor speciaal onderwijs (so De Horizon voor cluster 4 en so Het Anker voor cluster 3). Op 1 oktober 2024 gingen ongeveer 8.900 kinderen in ons gebied naar de basisschool."),
          ("p", "Ons gebied is landelijk, met veel kleine scholen in dorpen en twee kernen met een stedelijk karakter. Dat betekent dat afstanden voor sommige kinderen groot zijn en dat kleine scholen een beperkt team hebben. Tegelijk zijn de lijnen kort: iedereen kent elkaar, en dat maakt samenwerken eenvoudiger. Het aantal leerlingen neemt de komende jaren naar verwachting iets af. In enkele dorpen groeit het aantal gezinnen met een migratieachtergrond, waaronder kinderen van arbeidsmigranten."),
          ("p", "Het bureau van het samenwerkingsverband is gevestigd in Moerdrecht. Er werken een directeur-bestuurder, een managementassistent, een financieel medewerker en een team van vijf onderwijsadviseurs. Het bureau is het aanspreekpunt voor scholen, besturen en gemeenten.")]
    B += [("h1", "3. Visie, missie en kernwaarden"),
          ("p", "Visie. Elk kind in Veenweide ontwikkelt zich optimaal, in een omgeving die past bij zijn mogelijkheden. Wij geloven in de kracht van gewone scholen, en in de waarde van speciale scholen voor kinderen die dat nodig hebben. Onderwijs is meer dan leren rekenen en lezen: het gaat ook om meedoen, vriendschap en zelfvertrouwen."),
          ("p", "Missie. Het samenwerkingsverband ondersteunt de scholen zodat zij elk kind een passende plek kunnen bieden. Wij doen dat door expertise te delen, middelen beschikbaar te stellen, verbindingen te leggen met zorg en gemeenten en door te zorgen voor een zorgvuldige toewijzing van speciaal onderwijs."),
          ("p", "Kernwaarden. Wij werken vanuit vier kernwaarden: verbinden, vertrouwen, vakmanschap en verantwoordelijkheid. Verbinden betekent dat we over de grenzen van besturen en sectoren heen kijken. Vertrouwen betekent dat we de professionals in de scholen de ruimte geven. Vakmanschap betekent dat we investeren in kennis en kunde. Verantwoordelijkheid betekent dat we staan voor onze keuzes en daar open over zijn."),
          ("p", "Deze visie sluit aan bij de landelijke koers voor passend onderwijs, die sinds 2022 inzet op inclusiever onderwijs. Wij zien inclusie als een richting, niet als een eindpunt. In deze planperiode zetten wij stappen om meer kinderen met een specifieke ondersteuningsvraag in het regulier onderwijs te laten slagen.")]
    B += [("h1", "4. Ondersteuning in Veenweide"),
          ("p", "In Veenweide onderscheiden wij basisondersteuning, extra ondersteuning en speciaal (basis)onderwijs. Alle scholen van de aangesloten besturen bieden op elke locatie dezelfde basisondersteuning. Dit is in 2024 door de besturen vastgesteld als het minimumniveau voor heel Veenweide. De afspraken staan in onderstaande tabel."),
          ("table", [["Thema", "Wat biedt iedere school in Veenweide"],
                     ["Organisatie", "Een intern begeleider, een ondersteuningsteam dat ten minste zes keer per jaar bijeenkomt, en een vast aanspreekpunt voor ouders"],
                     ["Lezen en spelling", "Werken volgens het Protocol Leesproblemen en Dyslexie, met extra leestijd en ondersteuning voor zwakke lezers"],
                     ["Rekenen", "Signalering en begeleiding van rekenproblemen, inzet van concrete materialen"],
                     ["Gedrag", "Een schoolbreed programma voor sociale veiligheid, een gedragsprotocol en een pestcoördinator"],
                     ["Meer- en hoogbegaafdheid", "Compacten en verrijken van de leerstof in de groep"],
                     ["Taal", "Extra taalaanbod voor kinderen met een taalachterstand of NT2-achtergrond"],
                     ["Medisch", "Afspraken over medicijnverstrekking en medisch handelen volgens het protocol van het bestuur"]]),
          ("p", "Extra ondersteuning. Als een kind meer nodig heeft dan de basisondersteuning, kan de school een onderwijsadviseur van het samenwerkingsverband inschakelen. De adviseur denkt mee in het ondersteuningsteam en kan een arrangement toekennen: extra handen in de groep, begeleiding door een specialist, of een plaats in de bovenschoolse voorziening De Schakel voor kinderen met complexe gedragsvragen. Een arrangement duurt maximaal een jaar."),
          ("p", "Speciaal (basis)onderwijs. Voor kinderen bij wie de ondersteuning op de basisschool, ook met een arrangement, niet toereikend is, zijn er sbo De Wegwijzer, so Het Anker en so De Horizon. Samen vormen basisondersteuning, extra ondersteuning en speciaal onderwijs het ondersteuningscontinuüm van Veenweide."),
          ("p", "Dekkend netwerk. Wij willen dat er voor elk kind een passende plek is in Veenweide. Een analyse van de mate waarin ons aanbod dekkend is, en van de plekken waar het tekortschiet, volgt in het jaarplan 2025-2026.")]
    B += [("h1", "5. Toelaatbaarheid en terugplaatsing"),
          ("p", "Voor plaatsing op het sbo of het so is een toelaatbaarheidsverklaring (TLV) van het samenwerkingsverband nodig. De aanvraag wordt gedaan door het schoolbestuur van de school waar het kind staat ingeschreven, na bespreking in het ondersteuningsteam en met instemming of zienswijze van ouders. De school stuurt het groeidocument en het ontwikkelingsperspectief mee. De TLV-commissie van het samenwerkingsverband vraagt advies aan twee deskundigen, een orthopedagoog en een tweede deskundige die past bij de vraag van het kind, en neemt binnen acht weken een besluit. TLV's worden afgegeven tot het einde van een schooljaar, voor het so met een bekostigingscategorie."),
          ("p", "De criteria voor toelaatbaarheid tot sbo en so worden in het eerste planjaar samen met de speciale scholen herijkt; tot die tijd beoordeelt de commissie iedere aanvraag op haar eigen merites."),
          ("p", "Over terugplaatsing maken wij in 2026 nadere afspraken met de speciale scholen.")]
    B += [("h1", "6. Samenwerking met gemeenten en partners"),
          ("p", "Onderwijs en jeugdhulp hebben elkaar nodig. Met de drie gemeenten hebben wij afgesproken dat elke school een vaste jeugd- en gezinscoach heeft, die op vaste momenten op school aanwezig is. De coach sluit aan bij het ondersteuningsteam als ouders dat willen. Voor kinderen die zorg nodig hebben onder schooltijd, zoals behandeling of dagbesteding, maken school, ouders, gemeente en zorgaanbieder samen een onderwijs-zorgarrangement."),
          ("p", "In het OOGO bespreken wij daarnaast het leerlingenvervoer, de huisvesting van de speciale scholen en de voorschoolse educatie. De wethouders en het samenwerkingsverband komen twee keer per jaar bijeen. De jeugdgezondheidszorg, Veilig Thuis en de kinderopvang zijn belangrijke partners, met wie wij op casusniveau samenwerken.")]
    B += [("h1", "7. Geld"),
          ("p", "Het samenwerkingsverband ontvangt van het Rijk middelen voor passend onderwijs. Wij zetten deze middelen in voor de ondersteuning van kinderen, zo dicht mogelijk bij de klas. Het verdeelmodel wordt in 2025 geëvalueerd; tot die tijd blijven de bestaande afspraken met de besturen van kracht."),
          ("p", "Het financieel kader van dit plan wordt uitgewerkt in de meerjarenbegroting, die het bestuur jaarlijks in december vaststelt. De meerjarenbegroting 2025-2029 is als bijlage 4 bij dit plan gevoegd.")]
    B += [("h1", "8. Communicatie"),
          ("p", "Goede communicatie is de basis van goede samenwerking. Met scholen communiceren wij via het directeurenoverleg, het IB-netwerk en een maandelijkse nieuwsbrief. Met besturen via het bestuurlijk overleg, en met gemeenten via het ambtelijk en het bestuurlijk overleg."),
          ("p", "Ouders informeren wij over de ondersteuningsmogelijkheden via onze website, waar per onderwerp uitleg staat (basisondersteuning, arrangementen, TLV, De Schakel), via de folder ‘Extra ondersteuning, hoe werkt dat?’ die elke school aan ouders geeft bij een eerste gesprek in het ondersteuningsteam, en via de schoolgids, waarin elke school een vaste paragraaf over passend onderwijs opneemt. Twee keer per jaar houden wij een ouderavond in Moerdrecht en Veenweide."),
          ("p", "Heeft een ouder vragen waar hij of zij met school niet uitkomt, of wil een ouder onafhankelijk advies? Dan kan de ouder terecht bij het Ouder- en Jeugdsteunpunt Veenweide, dat door het samenwerkingsverband wordt gefinancierd maar onafhankelijk werkt. Ook kunnen ouders gratis een beroep doen op de Onderwijsconsulenten. Bij een klacht geldt de klachtenregeling van het schoolbestuur; bij een geschil over toelating of verwijdering kunnen ouders naar de Geschillencommissie passend onderwijs.")]
    B += [("h1", "9. Kwaliteit en ontwikkeling"),
          ("p", "Het samenwerkingsverband is een lerende organisatie. Wij willen steeds beter worden in wat we doen. De beoogde resultaten voor deze planperiode worden in het jaarplan 2025-2026 geformuleerd, nadat de besturen de prioriteiten hebben bepaald."),
          ("p", "Wij vinden het belangrijk om te werken vanuit een gedeelde ambitie. Daarom organiseren wij in het voorjaar van 2026 een ambitieconferentie met besturen, directeuren, intern begeleiders en ouders. De opbrengst daarvan nemen wij mee in de volgende jaarplannen.")]
    B += [("h1", "10. Organisatie, bestuur en medezeggenschap"),
          ("p", "De stichting heeft een raad van toezicht van vijf leden, van wie drie bestuurders van aangesloten besturen en twee onafhankelijke leden. De directeur-bestuurder bestuurt de stichting en is eindverantwoordelijk voor het bureau. De raad van toezicht keurt de begroting, het jaarverslag en het ondersteuningsplan goed. De besturen komen vier keer per jaar bijeen in het bestuurlijk overleg, dat de directeur-bestuurder adviseert."),
          ("p", "De ondersteuningsplanraad bestaat uit acht leden, vier ouders en vier personeelsleden, afgevaardigd door de medezeggenschapsraden. De OPR heeft instemmingsrecht op het ondersteuningsplan en wordt daarnaast geïnformeerd over de begroting en het jaarverslag. De OPR vergadert zes keer per jaar."),
          ("p", "Het samenwerkingsverband verwerkt persoonsgegevens van leerlingen alleen als dat nodig is voor de toekenning van arrangementen of het afgeven van een TLV. Het bureau werkt met een beveiligde digitale omgeving. Er is een functionaris gegevensbescherming, gedeeld met twee andere samenwerkingsverbanden.")]
    B += [("h1", "11. Personeel en professionalisering"),
          ("p", "De onderwijsadviseurs van het bureau hebben een achtergrond als orthopedagoog, psycholoog of gedragsspecialist. Zij werken elk voor een vast cluster van scholen, zodat zij de scholen goed kennen. De adviseurs houden hun kennis bij via intervisie en scholing."),
          ("p", "Voor de scholen organiseren wij netwerken voor intern begeleiders, gedragsspecialisten en taalspecialisten, en een jaarlijkse studiedag. Nieuwe intern begeleiders krijgen een inwerkprogramma. Wij volgen met zorg de ontwikkelingen rond het lerarentekort; sommige scholen hebben moeite vacatures voor intern begeleiders te vervullen. Met de besturen onderzoeken wij hoe wij hierin samen kunnen optrekken, bijvoorbeeld met een gezamenlijke opleiding tot intern begeleider.")]
    B += [("h1", "12. Tot slot"),
          ("p", "Dit ondersteuningsplan beschrijft onze koers voor vier jaar. De komende jaren werken wij deze koers uit in jaarplannen. Wij houden de ondersteuningsplanraad, de besturen en de gemeenten op de hoogte van de voortgang. Zo bouwen wij samen verder aan passend onderwijs in Veenweide.")]
    B += [("h1", "Bijlage 1 Begrippenlijst"),
          ("table", [["Begrip", "Uitleg"],
                     ["Arrangement", "Extra ondersteuning voor een kind of groep, toegekend door het samenwerkingsverband"],
                     ["Basisondersteuning", "De ondersteuning die alle scholen bieden"],
                     ["Bereikte resultaten", "Wat het samenwerkingsverband heeft gerealiseerd ten opzichte van de beoogde resultaten"],
                     ["Meerjarenbegroting", "Begroting voor ten minste vier jaar"],
                     ["Terugplaatsing", "Terugkeer van een kind van het sbo of so naar de basisschool"],
                     ["Thuiszitter", "Leerplichtig kind dat zonder geldige reden niet naar school gaat"],
                     ["TLV", "Toelaatbaarheidsverklaring"],
                     ["Verdeelmodel", "De manier waarop het samenwerkingsverband middelen verdeelt"]])]
    return B


LABEL_C = """documents: [po-veenweide-ondersteuningsplan-2025-2029.pdf]
sector: po
looks_like_plan: true
elements: {basisondersteuning: present, plaatsing: partial, terugstroom: missing, financien: missing, dekkend-aanbod: partial, resultaten: missing, ouders: present}
criteria:
  basisondersteuning.niveau: true
  basisondersteuning.inhoud: true
  plaatsing.procedure: true
  plaatsing.criteria: false
  terugstroom.procedure: false
  terugstroom.beleid: false
  financien.verdeling: false
  financien.besteding: false
  dekkend-aanbod.continuum: true
  dekkend-aanbod.lacunes: false
  resultaten.doelen: false
  resultaten.monitoring: false
  ouders.informatie: true
  ouders.steunpunt: true
advisory_addressed:
  plaatsing: [deskundigen, duur-categorie]
  dekkend-aanbod: [ketenpartners]
  ouders: [betrokkenheid]
notes:
  basisondersteuning: "Ch. 4: minimum level for every location set by the boards in 2024; the content (7 themes) is given only in the table."
  plaatsing: "Ch. 5 describes who applies, dossier, TLV-commissie, two deskundigen, 8 weeks, end of school year + category; the criteria are 'worden herijkt' (deferred)."
  terugstroom: "Only the ch. 5 heading, TOC and glossary mention terugplaatsing; the body defers it ('maken wij in 2026 nadere afspraken')."
  financien: "Ch. 7 'Geld' only refers to existing agreements, an evaluation in 2025 and bijlage 4 (not included); no verdeelcriteria, amounts or reserves."
  dekkend-aanbod: "Ch. 4 describes basis/extra/De Schakel/sbo/so continuum; gap analysis 'volgt in het jaarplan'; thuiszitters only in the glossary; ch. 6 jeugdhulp/OZA = ketenpartners."
  resultaten: "Ch. 9 defers beoogde resultaten to the jaarplan; no monitoring or figures; 'bereikte resultaten' only in the glossary."
  ouders: "Ch. 8 'Communicatie': website, folder, schoolgids, ouderavonden (informatie); Ouder- en Jeugdsteunpunt Veenweide, Onderwijsconsulenten, geschillencommissie (steunpunt)."
"""


# ---------------------------------------------------------------------------
# Plan D: VO, PDF; toewijzing only by reference to an absent reglement; terugplaatsing policy
# without procedure; money under "Geld en middelen" with tables; continuum only on website;
# nothing on ouders (OJSP only in the glossary)
# ---------------------------------------------------------------------------
def plan_d():
    B = []
    B += [("title", "Ondersteuningsplan 2025-2029"),
          ("p", "Samenwerkingsverband Voortgezet Onderwijs Heuvelrug-Vallei (VO 26-08)"),
          ("p", "Elke jongere een passende plek, dichtbij waar het kan"),
          ("toc", ["1. Inleiding", "2. Context en ontwikkelingen", "3. Koers 2025-2029", "4. Basisondersteuning",
                   "5. Extra ondersteuning en toewijzing", "6. Van vso terug naar het regulier onderwijs",
                   "7. Thuiszitters, verzuim en wachtlijsten", "8. Ambities en resultaten", "9. Geld en middelen",
                   "10. Communicatie en samenwerking", "11. Organisatie", "12. Medezeggenschap en totstandkoming",
                   "Begrippen en afkortingen"])]
    B += [("h1", "1. Inleiding"),
          ("p", "Het samenwerkingsverband voortgezet onderwijs Heuvelrug-Vallei verbindt twaalf schoolbesturen met 23 vestigingen voor vmbo, havo, vwo en praktijkonderwijs, en drie scholen voor voortgezet speciaal onderwijs. Samen zorgen we ervoor dat ongeveer 19.500 jongeren onderwijs krijgen dat bij hen past. Dit ondersteuningsplan beschrijft hoe we dat de komende vier schooljaren doen, van 1 augustus 2025 tot en met 31 juli 2029."),
          ("p", "Het plan is opgebouwd rond de vragen die scholen, gemeenten en de ondersteuningsplanraad ons stelden bij de evaluatie van het vorige plan: wat mag je van elke school verwachten, hoe zorgen we dat niemand thuiszit, wat willen we bereiken en waar gaat het geld naartoe? Uitwerkingen die vaker veranderen, zoals het Toewijzingsreglement en de Ondersteuningsatlas, houden we buiten dit plan. Zij worden apart vastgesteld en op de website gepubliceerd."),
          ("p", "Dit plan is geschreven voor professionals in en om de school. Waar we spreken over jongeren, bedoelen we alle leerlingen van de aangesloten scholen, ook de leerlingen van het vso en het praktijkonderwijs.")]
    B += [("h1", "2. Context en ontwikkelingen"),
          ("p", "Ons werkgebied strekt zich uit over zes gemeenten, van de bosrijke Heuvelrug tot de snelgroeiende kernen in de Vallei. Het aantal leerlingen in het vo groeit tot 2027 nog met ongeveer drie procent en daalt daarna. De vraag naar ondersteuning groeit sneller dan het leerlingaantal: scholen melden meer jongeren met psychische klachten, meer verzuim en meer jongeren die na de basisschool niet direct een passende plek vinden."),
          ("p", "Landelijk zijn er drie ontwikkelingen die dit plan beïnvloeden. De eerste is de beweging naar inclusiever onderwijs, waarbij speciaal en regulier onderwijs meer samenwerken. De tweede is de komst van een landelijke norm voor basisondersteuning. De derde is het lerarentekort, dat in onze regio vooral de vakken wiskunde, Duits en natuurkunde raakt en ook de beschikbaarheid van ondersteuningsspecialisten beperkt."),
          ("table", [["Kerncijfers 1 oktober 2024", "Aantal"],
                     ["Leerlingen regulier vo", "18.940"],
                     ["Leerlingen praktijkonderwijs", "612"],
                     ["Leerlingen vso (uit onze regio)", "498"],
                     ["Vestigingen", "23 regulier, 3 vso"],
                     ["Thuiszitters langer dan 4 weken", "31"]])]
    B += [("h1", "3. Koers 2025-2029"),
          ("p", "We kiezen voor vier koersuitspraken. Eén: de basis op orde, op elke school. Twee: ondersteuning komt naar de jongere toe, niet andersom. Drie: niemand zit thuis. Vier: we sturen op resultaat en zijn daar transparant over. In hoofdstuk 8 vertalen we deze koers naar ambities met streefwaarden."),
          ("p", "Onze koers is in lijn met de verbeteraanpak passend onderwijs en met de regionale jeugdagenda van de zes gemeenten. Waar de verantwoordelijkheid van het onderwijs ophoudt en die van de jeugdhulp begint, is niet altijd scherp. We kiezen ervoor om in die grijze zone samen op te trekken in plaats van naar elkaar te wijzen.")]
    B += [("h1", "4. Basisondersteuning"),
          ("p", "Basisondersteuning is in Heuvelrug-Vallei het geheel van ondersteuning dat elke vestiging van elke aangesloten school biedt aan iedere leerling die het nodig heeft, zonder tussenkomst van het samenwerkingsverband. De besturen hebben deze basisondersteuning als bindend minimum voor alle vestigingen vastgesteld. Het gaat om de volgende voorzieningen:"),
          ("ul", ["een mentor die de leerling ten minste drie keer per jaar individueel spreekt;",
                  "een ondersteuningscoördinator en een zorg- en adviesteam dat elke zes weken bijeenkomt;",
                  "dyslexie- en dyscalculiebegeleiding volgens een vastgesteld protocol, inclusief faciliteiten bij toetsen;",
                  "trainingen in sociale vaardigheden en faalangstreductie;",
                  "begeleiding bij plannen en organiseren (executieve functies);",
                  "een time-out- of opvangplek in de school met een vaste begeleider;",
                  "afspraken met de jeugdarts en het schoolmaatschappelijk werk over verzuim en welbevinden;",
                  "een ontwikkelingsperspectief voor elke leerling die structureel extra ondersteuning krijgt."]),
          ("p", "Het samenwerkingsverband voert elke drie jaar met iedere school een auditgesprek over deze basisondersteuning. De uitkomst en eventuele verbeterpunten worden gedeeld met het bestuur van de school.")]
    B += [("h1", "5. Extra ondersteuning en toewijzing"),
          ("p", "Als de basisondersteuning niet volstaat, zijn er meer mogelijkheden: extra ondersteuning in de eigen school, een bovenschoolse voorziening, praktijkonderwijs of het voortgezet speciaal onderwijs. Welke voorzieningen er op welke school en in de regio zijn, met hun capaciteit en toelatingsvoorwaarden, beschrijven we in de Ondersteuningsatlas op www.swvheuvelrugvallei.nl. De atlas wordt elk jaar bijgewerkt."),
          ("p", "Alles over toelaatbaarheid tot het vso en het praktijkonderwijs en over de aanwijzing voor leerwegondersteunend onderwijs staat in het Toewijzingsreglement (bijlage 3 bij dit plan). Het reglement wordt na instemming van de ondersteuningsplanraad door het bestuur vastgesteld.")]
    B += [("h1", "6. Van vso terug naar het regulier onderwijs"),
          ("p", "Een plaatsing in het vso is voor ons nooit vanzelfsprekend definitief. Uitgangspunt van ons beleid is dat een jongere niet langer in het vso blijft dan nodig is en dat terugkeer naar een reguliere school steeds opnieuw wordt overwogen, ook halverwege een schooljaar. Terugkeer is aan de orde als de jongere de ondersteuning die hij nodig heeft ook in het regulier onderwijs kan krijgen, als er een reëel perspectief is op een diploma of een passende uitstroom, en als de jongere zelf gemotiveerd is."),
          ("p", "Een jongere die terugkeert, krijgt een overgangsarrangement van ten minste zes maanden: een ambulant begeleider van de vso-school begeleidt de jongere en de mentor op de nieuwe school, en de nieuwe school kan een extra budget inzetten voor maatwerk in het rooster. Bij een terugval kan de jongere binnen het overgangsarrangement tijdelijk terug naar de vso-school zonder nieuwe procedure."),
          ("p", "Wie terugplaatsing in gang zet, op welke momenten dat wordt bekeken en wie erover beslist, is geregeld in het Toewijzingsreglement.")]
    B += [("h1", "7. Thuiszitters, verzuim en wachtlijsten"),
          ("p", "Op 1 oktober 2024 zaten 31 jongeren uit onze regio langer dan vier weken thuis zonder onderwijs. Dat is te veel. Wij werken met een regionaal thuiszittersoverleg, dat elke twee weken bijeenkomt met leerplicht, de jeugdarts, het jeugdteam en een trajectbegeleider van het samenwerkingsverband. Iedere school meldt een jongere die tien dagen aaneengesloten verzuimt direct bij leerplicht en het samenwerkingsverband."),
          ("p", "Voor elke thuiszitter wijzen we binnen een week een trajectbegeleider aan. Die zorgt binnen vier weken voor een plan met een concreet onderwijsaanbod, al is het maar een paar uur per week. Lukt dat niet, dan wordt de directeur-bestuurder ingeschakeld, die de betrokken besturen en gemeente bijeenroept. Het bestuur waar de leerling staat ingeschreven houdt zorgplicht."),
          ("p", "Elk kwartaal bekijken we de wachtlijsten van de bovenschoolse voorzieningen en van de vso-scholen. Als jongeren langer dan zes weken wachten, maken we met de besturen afspraken over tijdelijke extra capaciteit. In de jaarlijkse analyse van het dekkend netwerk benoemen we waar jongeren tussen wal en schip vallen; in 2024 waren dat vooral jongeren met angstproblematiek en hoogbegaafde jongeren met verzuim. Voor beide groepen start in 2025-2026 een pilot.")]
    B += [("h1", "8. Ambities en resultaten"),
          ("p", "Wij hebben onze koers vertaald in vier ambities met een streefwaarde voor 2029. Daarnaast laten wij zien wat wij in de vorige planperiode hebben bereikt."),
          ("table", [["Ambitie", "Indicator", "Stand 2024", "Streefwaarde 2029"],
                     ["Basis op orde", "Scholen die bij de audit aan alle voorzieningen voldoen", "17 van 23", "23 van 23"],
                     ["Niemand thuis", "Thuiszitters langer dan 4 weken (1 oktober)", "31", "ten hoogste 12"],
                     ["Dichtbij waar het kan", "Deelnamepercentage vso", "2,6%", "2,2%"],
                     ["Snel de juiste hulp", "Wachttijd bovenschoolse voorzieningen", "gemiddeld 9 weken", "ten hoogste 4 weken"]]),
          ("p", "De indicatoren worden elk kwartaal door het bureau bijgewerkt in een dashboard dat besturen, directeuren en de ondersteuningsplanraad kunnen inzien. In juni van elk jaar bespreken bestuur en OPR de voortgang. In het jaarverslag verantwoorden wij de bereikte resultaten, naast de kosten van de inzet die daarvoor is gepleegd. Halverwege de planperiode, in 2027, laten wij een externe tussenevaluatie uitvoeren.")]
    B += [("h1", "9. Geld en middelen"),
          ("p", "Het samenwerkingsverband ontvangt jaarlijks ongeveer € 16,9 miljoen aan middelen voor lichte en zware ondersteuning, inclusief de middelen voor lwoo en praktijkonderwijs. Na de afdracht aan DUO voor vso-leerlingen verdelen wij de middelen volgens het verdeelmodel in de tabel hieronder. Het bestuur stelt de bedragen jaarlijks vóór 1 december vast."),
          ("table", [["Verdeling", "Criterium", "Bedrag 2025-2026"],
                     ["Schoolbudget lichte ondersteuning", "per leerling op teldatum 1 oktober", "€ 185 per leerling"],
                     ["Lwoo", "per aangewezen leerling, doorgegeven aan de school", "landelijk bedrag"],
                     ["Praktijkonderwijs", "per leerling, doorgegeven aan de pro-school", "landelijk bedrag"],
                     ["Vaste voet", "per vestiging", "€ 15.000"],
                     ["Bovenschoolse voorzieningen", "per plaats, op basis van bezetting", "€ 14.500 per plaats"]]),
          ("table", [["Meerjarenbegroting (x € 1.000)", "2025", "2026", "2027", "2028"],
                     ["Baten", "16.910", "17.050", "17.120", "16.980"],
                     ["Afdracht vso (DUO)", "6.240", "6.310", "6.200", "6.050"],
                     ["Lwoo en pro naar scholen", "5.380", "5.420", "5.440", "5.410"],
                     ["Schoolbudgetten en vaste voet", "3.850", "3.890", "3.900", "3.880"],
                     ["Bovenschoolse voorzieningen", "1.020", "1.060", "1.100", "1.100"],
                     ["Thuiszittersaanpak", "310", "330", "340", "340"],
                     ["Bureau en organisatie", "690", "700", "710", "720"],
                     ["Saldo", "-580", "-660", "-570", "-520"]]),
          ("p", "Wij sluiten de komende jaren bewust met een negatief saldo af. Zo bouwen wij de reserve af die in de vorige periode is ontstaan, tot een weerstandsvermogen van ongeveer 10 procent in 2028. Scholen verantwoorden hun schoolbudget jaarlijks via een vast format, dat wij bespreken in het bestuurlijk overleg.")]
    B += [("h1", "10. Communicatie en samenwerking"),
          ("p", "Wij communiceren met scholen via een tweewekelijkse nieuwsbrief, het intranet en de netwerken van ondersteuningscoördinatoren. Voor besturen is er het bestuurlijk overleg en voor gemeenten het ambtelijk overleg onderwijs en jeugd. De website is het centrale kanaal voor documenten en actuele informatie."),
          ("p", "Met de zes gemeenten hebben wij een gezamenlijke agenda voor 2025-2029. Speerpunten zijn jeugdhulp op school, de aanpak van thuiszitten, de overgang naar mbo en werk, en leerlingenvervoer naar vso en praktijkonderwijs. Voor jongeren die onderwijs en zorg combineren, sluiten wij onderwijs-zorgarrangementen af met gemeente en zorgaanbieder. Met het samenwerkingsverband primair onderwijs werken wij samen aan de overstap van groep 8 naar het vo.")]
    B += [("h1", "11. Organisatie"),
          ("p", "Heuvelrug-Vallei is een stichting met een raad van toezicht en een directeur-bestuurder. De raad van toezicht bestaat uit vijf onafhankelijke leden. De aangesloten schoolbesturen vormen samen het bestuurlijk overleg, dat de directeur-bestuurder adviseert over de begroting, het jaarplan en het ondersteuningsplan. Het bureau heeft 16 medewerkers (12,4 fte), onder wie trajectbegeleiders, orthopedagogen en een controller."),
          ("p", "Wij verwerken persoonsgegevens volgens de AVG. Het bureau heeft een privacyreglement en een functionaris gegevensbescherming. Gegevens worden niet langer bewaard dan nodig, en uiterlijk drie jaar na afronding van een traject vernietigd.")]
    B += [("h1", "12. Medezeggenschap en totstandkoming"),
          ("p", "Het plan is tussen september 2024 en maart 2025 opgesteld door een projectgroep met vertegenwoordigers van besturen, ondersteuningscoördinatoren en het bureau. Over het concept is op 4 maart 2025 op overeenstemming gericht overleg gevoerd met de zes gemeenten, en op 11 maart 2025 overleg met het samenwerkingsverband primair onderwijs. De ondersteuningsplanraad heeft op 8 april 2025 ingestemd met het plan. De raad van toezicht heeft het plan op 15 april 2025 goedgekeurd, waarna de directeur-bestuurder het heeft vastgesteld.")]
    B += [("h1", "Begrippen en afkortingen"),
          ("ul", ["Lwoo: leerwegondersteunend onderwijs.",
                  "OJSP: ouder- en jeugdsteunpunt, een onafhankelijk steunpunt waar ouders en jongeren met vragen terechtkunnen.",
                  "OPDC: orthopedagogisch-didactisch centrum.",
                  "OPR: ondersteuningsplanraad.",
                  "Pro: praktijkonderwijs.",
                  "Terugplaatsing: overstap van het vso naar het regulier vo.",
                  "TLV: toelaatbaarheidsverklaring, het besluit van het samenwerkingsverband dat een leerling toelaatbaar is tot het vso of het praktijkonderwijs.",
                  "Toewijzingsreglement: regeling met de procedure en criteria voor toewijzing van vso, pro en lwoo."])]
    return B


LABEL_D = """documents: [vo-heuvelrug-vallei-ondersteuningsplan-2025-2029.pdf]
sector: vo
looks_like_plan: true
elements: {basisondersteuning: present, plaatsing: missing, terugstroom: partial, financien: present, dekkend-aanbod: partial, resultaten: present, ouders: missing}
criteria:
  basisondersteuning.niveau: true
  basisondersteuning.inhoud: true
  plaatsing.procedure: false
  plaatsing.criteria: false
  terugstroom.procedure: false
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
  basisondersteuning: [borging]
  financien: [reserves, verantwoording]
  dekkend-aanbod: [ketenpartners]
  resultaten: [meetbaar]
notes:
  basisondersteuning: "Ch. 4: binding minimum for all vestigingen with eight concrete voorzieningen; three-yearly audit."
  plaatsing: "Ch. 5 refers everything on vso/pro/lwoo toelaatbaarheid to the Toewijzingsreglement (bijlage 3, not included); TLV/lwoo/pro only defined in the glossary."
  terugstroom: "Ch. 6 gives the policy (aim, conditions, overgangsarrangement); who initiates, when and who decides is referred to the Toewijzingsreglement."
  financien: "Ch. 9 'Geld en middelen': verdeelmodel table (EUR 185 per leerling, vaste voet, per plaats) and 2025-2028 meerjarenbegroting; reserve reduction; verantwoording format."
  dekkend-aanbod: "Ch. 7: thuiszittersoverleg, wachtlijst checks, yearly gap analysis with pilots (lacunes); the continuum of voorzieningen is only in the Ondersteuningsatlas on the website (ch. 5). Ch. 10 OZA/gemeenten = ketenpartners."
  resultaten: "Ch. 8: four ambitions with indicators, 2024 values and 2029 targets; quarterly dashboard, June review, jaarverslag, 2027 tussenevaluatie."
  ouders: "No text on informing parents or independent support; ch. 10 'Communicatie' addresses schools/gemeenten only; OJSP appears only in the glossary."
"""


# ---------------------------------------------------------------------------
# Plan E: PO, web page; basisondersteuning and aanbod referred to an "Ondersteuningsgids";
# TLV and terugplaatsing complete (terugplaatsing partly in a table); resultaten without goals;
# ouders: steunpunt yes, informatie deferred to a communicatieplan
# ---------------------------------------------------------------------------
E_NAV = ["Home", "Voor ouders", "Voor scholen", "Over ons", "Ondersteuningsplan", "Ondersteuningsgids",
         "Nieuws", "Contact"]


def plan_e():
    B = []
    B += [("p", "Home › Over ons › Ondersteuningsplan 2025-2029"),
          ("title", "Ondersteuningsplan 2025-2029 Passend Onderwijs Waterland-Noord"),
          ("p", "Samenwerkingsverband PO 27-02 · laatst bijgewerkt: 14 mei 2025 · leestijd ongeveer 25 minuten · download als pdf"),
          ("toc", ["Over dit plan", "Waterland-Noord in het kort", "Waar we voor staan", "Basisondersteuning en ondersteuningsaanbod",
                   "Toelaatbaarheid: naar sbo of so", "Terug naar de basisschool", "Geld", "Monitoring en verantwoording",
                   "Hulp en advies voor ouders", "Bestuur en toezicht", "Ons team", "Medezeggenschap", "Privacy",
                   "Jaaragenda", "Woordenlijst"])]
    B += [("h1", "Over dit plan"),
          ("p", "Op deze pagina leest u het ondersteuningsplan van Passend Onderwijs Waterland-Noord voor de schooljaren 2025-2026 tot en met 2028-2029. Het plan is op 31 maart 2025 vastgesteld door het bestuur, nadat de ondersteuningsplanraad op 25 maart 2025 had ingestemd. Het op overeenstemming gericht overleg met de gemeenten Waterland-Noord, Purmerdijk en Zeevang-Oost vond plaats op 11 maart 2025."),
          ("p", "We hebben gekozen voor een webversie omdat die beter leesbaar is op telefoon en tablet, en omdat we hem makkelijker actueel kunnen houden. Wijzigingen leggen we altijd eerst voor aan de ondersteuningsplanraad. Onderaan elke paragraaf ziet u de datum van de laatste wijziging. Een pdf-versie kunt u bovenaan deze pagina downloaden."),
          ("p", "Dit plan is het derde ondersteuningsplan van ons samenwerkingsverband. Het bouwt voort op de plannen van 2014 en 2020. Voor deze versie hebben we gesproken met meer dan honderd mensen: schoolleiders, intern begeleiders, leerkrachten, ouders, jeugdprofessionals, leerplichtambtenaren en beleidsmedewerkers van de gemeenten. Hun inbreng heeft het plan korter, concreter en duidelijker gemaakt.")]
    B += [("h1", "Waterland-Noord in het kort"),
          ("p", "Passend Onderwijs Waterland-Noord is het samenwerkingsverband van zeven schoolbesturen met samen 49 basisscholen, twee scholen voor speciaal basisonderwijs en vier locaties voor speciaal onderwijs. Ongeveer 10.400 kinderen gaan in ons gebied naar school. Het gebied bestaat uit een middelgrote stad en een groot landelijk gebied met kleine dorpen, polders en lintbebouwing."),
          ("p", "De besturen verschillen sterk. Er is één groot bestuur met twintig scholen, er zijn middelgrote besturen met zes tot tien scholen en er is een eenpitter. Openbaar, protestants-christelijk, katholiek en algemeen bijzonder onderwijs zijn allemaal vertegenwoordigd. Ook het vernieuwingsonderwijs heeft een plek: er zijn twee daltonscholen, een jenaplanschool en een vrije school."),
          ("p", "In de stad groeit het aantal leerlingen door nieuwbouw; in de dorpen krimpt het. Besturen werken samen om kleine dorpsscholen open te houden, bijvoorbeeld door een gezamenlijke directeur of een samenwerkingsschool. Voor het samenwerkingsverband betekent dit dat we rekening houden met grote verschillen tussen scholen in omvang en mogelijkheden.")]
    B += [("h1", "Waar we voor staan"),
          ("p", "Wij willen dat ieder kind in Waterland-Noord naar een school kan die bij hem of haar past, liefst in de eigen buurt. Scholen zijn daarvoor aan zet; het samenwerkingsverband ondersteunt, verbindt en maakt afspraken. Wij vinden het belangrijk dat besluiten dicht bij het kind worden genomen, door mensen die het kind kennen."),
          ("p", "Drie woorden staan centraal in onze manier van werken: dichtbij, duidelijk en samen. Dichtbij betekent dat hulp zo veel mogelijk in de klas en in de school wordt geboden. Duidelijk betekent dat iedereen weet wat hij kan verwachten en wie waarover beslist. Samen betekent dat scholen, ouders en partners elkaar opzoeken in plaats van naar elkaar te verwijzen. Deze drie woorden vormen de toets voor alles wat we doen.")]
    B += [("h1", "Basisondersteuning en ondersteuningsaanbod"),
          ("p", "Welke basisondersteuning elke school biedt en welke extra ondersteuning, arrangementen en voorzieningen er in Waterland-Noord zijn, leest u in de Ondersteuningsgids op deze website. De gids wordt in het schooljaar 2025-2026 geactualiseerd zodra de landelijke norm voor basisondersteuning bekend is."),
          ("p", "Laatst gewijzigd: 14 mei 2025")]
    B += [("h1", "Toelaatbaarheid: naar sbo of so"),
          ("p", "Soms heeft een kind meer nodig dan een basisschool kan bieden, ook met extra hulp. Dan kan een plek op een speciale school voor basisonderwijs (sbo) of een school voor speciaal onderwijs (so) beter passen. Daarvoor is een toelaatbaarheidsverklaring (TLV) nodig. Die wordt afgegeven door onze Commissie Toelaatbaarheid."),
          ("h2", "Zo gaat een aanvraag"),
          ("ul", ["De school bespreekt met ouders in een multidisciplinair overleg (MDO) wat het kind nodig heeft. Bij het MDO is ook een orthopedagoog van het samenwerkingsverband aanwezig.",
                  "Als het MDO adviseert een TLV aan te vragen, dient het bestuur van de school de aanvraag in, met het ontwikkelingsperspectief, het verslag van het MDO en de zienswijze van ouders.",
                  "De Commissie Toelaatbaarheid vraagt advies aan twee deskundigen: een orthopedagoog of psycholoog en een tweede deskundige, zoals een kinderarts, jeugdarts of maatschappelijk werker. Zij zijn niet betrokken geweest bij het MDO.",
                  "De commissie neemt binnen zes weken een besluit. In spoedsituaties kan dat binnen vijf werkdagen.",
                  "Ouders, de school en de ontvangende school krijgen het besluit schriftelijk, met een kopie van de deskundigenadviezen."]),
          ("h2", "Wanneer is een kind toelaatbaar?"),
          ("p", "Een kind is toelaatbaar tot het sbo als het op school ondanks ten minste een half jaar extra ondersteuning onvoldoende tot ontwikkeling komt op het gebied van leren en/of gedrag, als de belemmeringen zich op meer dan één gebied voordoen en als de kleinere groepen en de specialistische aanpak van het sbo naar verwachting wel tot ontwikkeling leiden. Een kind is toelaatbaar tot het so als het daarnaast een ernstige beperking of stoornis heeft (bijvoorbeeld een verstandelijke beperking met een IQ onder 70, een ernstige lichamelijke beperking, langdurige ziekte of ernstige gedrags- of psychiatrische problematiek) die specialistische ondersteuning en een aangepaste omgeving vraagt die het sbo niet kan bieden."),
          ("h2", "Hoe lang geldt een TLV?"),
          ("p", "Een TLV voor het sbo geldt voor twee schooljaren. Een TLV voor het so geldt voor één tot drie schooljaren, afhankelijk van de verwachte ontwikkeling. Voor het so vermeldt de TLV ook de bekostigingscategorie (laag, midden of hoog). Een TLV eindigt altijd op 31 juli."),
          ("h2", "Niet eens met het besluit?"),
          ("p", "Ouders kunnen binnen zes weken bezwaar maken. Het bestuur van het samenwerkingsverband vraagt dan advies aan de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen en beslist binnen twaalf weken op het bezwaar."),
          ("p", "Laatst gewijzigd: 14 mei 2025")]
    B += [("h1", "Terug naar de basisschool"),
          ("p", "Een plek in het sbo of so is wat ons betreft geen eindstation. Als een kind zich goed ontwikkelt, willen we dat het terug kan naar een gewone basisschool, het liefst in de eigen buurt. Dat doen we alleen als het kind daar met de ondersteuning van die school verder kan komen en als ouders het ermee eens zijn. Het kind en de nieuwe school krijgen na de overstap een jaar lang begeleiding."),
          ("table", [["Stap", "Wanneer", "Wie", "Wat"],
                     ["1", "in het laatste jaar van de TLV, vóór 1 december", "sbo- of so-school, ouders", "evaluatie van het ontwikkelingsperspectief: is terugkeer mogelijk?"],
                     ["2", "vóór 1 februari", "sbo- of so-school", "advies aan de Commissie Toelaatbaarheid: terugplaatsing of nieuwe TLV"],
                     ["3", "vóór 1 april", "Commissie Toelaatbaarheid", "besluit over nieuwe TLV; bij terugplaatsing vervalt de TLV op 31 juli"],
                     ["4", "vóór de zomervakantie", "ouders, speciale school, nieuwe basisschool", "aanmelding, warme overdracht en afspraken over begeleiding"],
                     ["5", "het eerste jaar na de overstap", "ambulant begeleider van de speciale school", "begeleiding van kind en leerkracht, evaluatie na drie en na negen maanden"]]),
          ("p", "De begeleiding na de overstap wordt betaald door het samenwerkingsverband. In 2023-2024 zijn 17 kinderen vanuit het sbo en 4 vanuit het so teruggegaan naar een basisschool."),
          ("p", "Laatst gewijzigd: 14 mei 2025")]
    B += [("h1", "Geld"),
          ("p", "Het samenwerkingsverband krijgt van het Rijk geld voor passend onderwijs: het ondersteuningsbudget. Een deel daarvan gaat direct naar het speciaal onderwijs: DUO houdt voor elk kind met een TLV voor het so een bedrag in. Ook betalen we mee aan de groei van het sbo. De rest verdelen we zo:"),
          ("ul", ["Elk schoolbestuur krijgt € 110 per leerling (teldatum 1 oktober van het jaar ervoor) om de ondersteuning op de eigen scholen te versterken.",
                  "Kleine scholen (minder dan 100 leerlingen) krijgen daarbovenop € 5.000 per jaar.",
                  "Voor individuele kinderen met een grote ondersteuningsvraag kan een bestuur een aanvraag doen uit het centrale budget; de commissie beslist op basis van het ontwikkelingsperspectief en het aantal uren begeleiding dat nodig is.",
                  "Het bureau, de Commissie Toelaatbaarheid en de orthopedagogen worden betaald uit een vast percentage van het budget (maximaal 7 procent)."]),
          ("table", [["Meerjarenbegroting (x € 1.000)", "2025", "2026", "2027", "2028"],
                     ["Ondersteuningsbudget Rijk", "11.820", "11.900", "11.950", "11.880"],
                     ["Afdracht so via DUO", "3.960", "3.990", "4.010", "3.980"],
                     ["Overdracht sbo", "2.140", "2.150", "2.150", "2.120"],
                     ["Budget per leerling naar besturen", "1.140", "1.150", "1.160", "1.160"],
                     ["Toeslag kleine scholen", "95", "95", "100", "100"],
                     ["Centraal budget individuele aanvragen", "3.350", "3.420", "3.450", "3.440"],
                     ["Bureau, commissie en orthopedagogen", "810", "820", "830", "830"],
                     ["Saldo", "325", "275", "250", "250"]]),
          ("p", "Onze reserve is eind 2024 € 1,9 miljoen, ongeveer 16 procent van de baten. Het bestuur heeft bepaald dat de reserve niet hoger mag zijn dan 15 procent; het meerdere zetten we in 2026 in. Besturen laten elk jaar in hun jaarverslag zien waaraan zij het budget per leerling hebben besteed."),
          ("p", "Laatst gewijzigd: 14 mei 2025")]
    B += [("h1", "Monitoring en verantwoording"),
          ("p", "We willen weten of wat we doen ook werkt. Daarom houden we een monitor bij. Twee keer per jaar, in januari en in juli, brengt het bureau in beeld hoeveel TLV's zijn afgegeven, hoeveel kinderen naar het sbo en so gaan, hoeveel kinderen zijn teruggegaan, en hoe lang aanvragen duren. We vergelijken onze cijfers met het landelijk gemiddelde. Elke twee jaar vragen we ouders en scholen in een tevredenheidspeiling hoe zij onze ondersteuning ervaren."),
          ("p", "De monitor bespreken we met de besturen en met de ondersteuningsplanraad. In het jaarverslag, dat vóór 1 juli op deze website verschijnt, doen we verslag van wat we hebben bereikt en wat dat heeft gekost."),
          ("table", [["Bereikt in de vorige planperiode", "2020", "2024"],
                     ["Deelnamepercentage sbo", "2,4%", "2,1%"],
                     ["Deelnamepercentage so", "1,7%", "1,6%"],
                     ["Gemiddelde doorlooptijd TLV-aanvraag", "9 weken", "5 weken"],
                     ["Tevredenheid ouders over de Commissie Toelaatbaarheid", "6,8", "7,4"]]),
          ("p", "De beoogde resultaten voor 2025-2029 stelt het bestuur vast na de evaluatie met de besturen in het voorjaar van 2026."),
          ("p", "Laatst gewijzigd: 14 mei 2025")]
    B += [("h1", "Hulp en advies voor ouders"),
          ("p", "Hoe wij ouders informeren over de ondersteuning op school en in het samenwerkingsverband, werken we uit in een communicatieplan dat in 2026 verschijnt."),
          ("p", "Komt u er met de school niet uit, of wilt u gewoon eens met iemand praten die los staat van school en samenwerkingsverband? Dan kunt u contact opnemen met het Ouder- en Jeugdsteunpunt Waterland. De medewerkers van het steunpunt luisteren, geven advies en gaan als u dat wilt mee naar een gesprek op school. Het steunpunt is onafhankelijk en gratis. Ook de Onderwijsconsulenten kunnen u kosteloos helpen als de schoolsituatie van uw kind is vastgelopen."),
          ("p", "Heeft u een klacht over de school, dan kunt u die indienen volgens de klachtenregeling van het schoolbestuur. Over toelating, verwijdering en het ontwikkelingsperspectief kunt u een geschil voorleggen aan de Geschillencommissie passend onderwijs. Over een besluit van de Commissie Toelaatbaarheid kunt u bezwaar maken (zie ‘Niet eens met het besluit?’)."),
          ("p", "Laatst gewijzigd: 14 mei 2025")]
    B += [("h1", "Bestuur en toezicht"),
          ("p", "Passend Onderwijs Waterland-Noord is een stichting. Het bestuur bestaat uit een directeur-bestuurder. De raad van toezicht bestaat uit vijf leden: drie bestuurders van aangesloten schoolbesturen en twee onafhankelijke leden, van wie één de voorzitter is. De raad van toezicht keurt de begroting en het jaarverslag goed, benoemt de accountant en is werkgever van de directeur-bestuurder."),
          ("p", "Vier keer per jaar is er een bestuurlijk overleg met alle aangesloten besturen. Daarin bespreken we het beleid, de begroting en de uitvoering. Besluiten die voor alle besturen gevolgen hebben, zoals wijzigingen in de verdeling van het geld, neemt de directeur-bestuurder pas na advies van het bestuurlijk overleg.")]
    B += [("h1", "Ons team"),
          ("p", "Op het bureau in Purmerdijk werken twaalf mensen: de directeur-bestuurder, een beleidsadviseur, een controller, twee secretaresses, vijf orthopedagogen en twee medewerkers van de Commissie Toelaatbaarheid. Samen zijn zij goed voor 9,6 fte. Onze orthopedagogen zijn aan vaste scholen gekoppeld, zodat scholen weten bij wie ze terecht kunnen."),
          ("p", "Wij investeren in de kwaliteit van ons team. Iedere medewerker heeft jaarlijks een ontwikkelgesprek en een persoonlijk scholingsbudget. De orthopedagogen nemen deel aan intervisie en zijn BIG- of NVO-geregistreerd.")]
    B += [("h1", "Medezeggenschap"),
          ("p", "De ondersteuningsplanraad (OPR) bestaat uit tien leden: vijf ouders en vijf personeelsleden van de aangesloten scholen. De OPR heeft instemmingsrecht op het ondersteuningsplan en wordt betrokken bij belangrijke beslissingen. Ouders die lid willen worden van de OPR, kunnen zich melden bij de medezeggenschapsraad van hun school. Het samenwerkingsverband heeft daarnaast een personeelsvertegenwoordiging voor de medewerkers van het bureau.")]
    B += [("h1", "Privacy"),
          ("p", "Wij gaan zorgvuldig om met de gegevens van kinderen en ouders. Wij vragen alleen de gegevens op die nodig zijn om een besluit te nemen over een TLV of een aanvraag uit het centrale budget. De gegevens worden bewaard in een beveiligd digitaal systeem en na drie jaar vernietigd. Ouders hebben recht op inzage in de gegevens over hun kind. Heeft u vragen over privacy, dan kunt u contact opnemen met onze functionaris gegevensbescherming via privacy@waterland-noord.example.")]
    B += [("h1", "Jaaragenda"),
          ("table", [["Maand", "Wat"],
                     ["september", "start schooljaar, kennismaking orthopedagogen met nieuwe intern begeleiders"],
                     ["oktober", "teldatum leerlingen"],
                     ["december", "vaststelling begroting"],
                     ["januari", "monitor, eerste helft"],
                     ["maart", "bestuurlijk overleg over de monitor"],
                     ["juni", "vaststelling jaarverslag"],
                     ["juli", "monitor, tweede helft"]])]
    B += [("h1", "Woordenlijst"),
          ("ul", ["Arrangement: afspraken over extra ondersteuning voor een kind, met een budget.",
                  "Basisondersteuning: de ondersteuning die iedere school in het samenwerkingsverband minimaal biedt.",
                  "Dekkend aanbod: er is voor ieder kind een passende plek.",
                  "Ondersteuningsgids: overzicht van basisondersteuning, arrangementen en voorzieningen op de website.",
                  "OOGO: op overeenstemming gericht overleg met de gemeenten.",
                  "Thuiszitter: een leerplichtig kind dat niet naar school gaat.",
                  "TLV: toelaatbaarheidsverklaring."])]
    return B


LABEL_E = """documents: [po-waterland-noord-ondersteuningsplan-2025-2029.html]
sector: po
looks_like_plan: true
elements: {basisondersteuning: missing, plaatsing: present, terugstroom: present, financien: present, dekkend-aanbod: missing, resultaten: partial, ouders: partial}
criteria:
  basisondersteuning.niveau: false
  basisondersteuning.inhoud: false
  plaatsing.procedure: true
  plaatsing.criteria: true
  terugstroom.procedure: true
  terugstroom.beleid: true
  financien.verdeling: true
  financien.besteding: true
  dekkend-aanbod.continuum: false
  dekkend-aanbod.lacunes: false
  resultaten.doelen: false
  resultaten.monitoring: true
  ouders.informatie: false
  ouders.steunpunt: true
advisory_addressed:
  plaatsing: [deskundigen, duur-categorie, bezwaar]
  terugstroom: [monitoring]
  financien: [reserves, verantwoording]
  resultaten: [meetbaar]
  ouders: [betrokkenheid]
notes:
  basisondersteuning: "Section 'Basisondersteuning en ondersteuningsaanbod' only refers to the Ondersteuningsgids on the website (to be updated); definition only in the Woordenlijst."
  plaatsing: "Section 'Toelaatbaarheid': MDO, bestuur applies, two deskundigen, 6 weeks, sbo and so criteria, duration/category, LBT bezwaar."
  terugstroom: "Section 'Terug naar de basisschool': policy (aim, conditions, a year of support) and a five-step table with dates and actors; 2023-2024 numbers."
  financien: "Section 'Geld': EUR 110 per leerling, small-school toeslag, central budget criteria, meerjarenbegroting 2025-2028, reserve cap 15%, verantwoording in jaarverslag."
  dekkend-aanbod: "Aanbod/arrangementen only by reference to the Ondersteuningsgids; thuiszitters only in the glossary; no gap approach; OOGO only as a procedural date."
  resultaten: "Section 'Monitoring en verantwoording': twice-yearly monitor, peiling, jaarverslag, achieved figures; intended results are deferred to spring 2026."
  ouders: "Section 'Hulp en advies voor ouders': informing parents deferred to a 2026 communicatieplan; steunpunt, onderwijsconsulenten, klachten/geschillen described. OPR with parents = betrokkenheid."
"""


# ---------------------------------------------------------------------------
# F: NOT an SWV plan - a single school's "ondersteuningsplan" (zorgplan) with the same vocabulary
# ---------------------------------------------------------------------------
def doc_f():
    B = []
    B += [("title", "Ondersteuningsplan 2025-2026 – OBS De Wilgenhoek"),
          ("p", "Openbare basisschool De Wilgenhoek, Veenweide · onderdeel van Stichting Openbaar Onderwijs Veenweide · aangesloten bij Samenwerkingsverband Passend Onderwijs Veenweide (PO 26-05)"),
          ("p", "Vastgesteld door de directie na advies van het team, besproken in de medezeggenschapsraad op 10 september 2025."),
          ("toc", ["Inleiding", "Ondersteuningsstructuur van onze school", "De vijf ondersteuningsniveaus",
                   "Groepsbesprekingen en leerlingbesprekingen", "Het ondersteuningsteam", "Extra ondersteuning via het samenwerkingsverband",
                   "Ouders", "Jaarplanning ondersteuning", "Doelen voor dit schooljaar", "Middelen"])]
    B += [("h1", "Inleiding"),
          ("p", "Dit ondersteuningsplan beschrijft hoe wij op De Wilgenhoek de ondersteuning aan onze 212 leerlingen organiseren. Het plan is bedoeld voor het team, en geeft ouders inzicht in onze werkwijze. Het plan wordt elk schooljaar door de intern begeleider en de directeur geactualiseerd. Het is een uitwerking van ons schoolondersteuningsprofiel en van het schoolplan 2023-2027. Voor de afspraken die in heel Veenweide gelden, verwijzen wij naar het ondersteuningsplan van het samenwerkingsverband.")]
    B += [("h1", "Ondersteuningsstructuur van onze school"),
          ("p", "Onze school werkt handelingsgericht. Leerkrachten zijn verantwoordelijk voor de ondersteuning in hun groep. De intern begeleider (IB'er), Anouk Verbeek, is er twee dagen per week voor coördinatie, coaching en overleg met ouders en externen. Onze gedragsspecialist en onze rekenspecialist zijn elk één dagdeel per week ambulant. Wij werken met het leerlingvolgsysteem van Cito en met ZIEN! voor de sociaal-emotionele ontwikkeling.")]
    B += [("h1", "De vijf ondersteuningsniveaus"),
          ("table", [["Niveau", "Wat", "Wie"],
                     ["1", "Goed lesgeven in de groep, instructie op drie niveaus", "leerkracht"],
                     ["2", "Extra zorg in de groep: verlengde instructie, pre-teaching", "leerkracht"],
                     ["3", "Speciale zorg na overleg met de IB'er, groepsplan of individueel handelingsplan", "leerkracht en IB'er"],
                     ["4", "Ondersteuning met inzet van externe deskundigen, zo nodig een arrangement van het samenwerkingsverband", "IB'er, ondersteuningsteam"],
                     ["5", "Verwijzing naar sbo of so met een toelaatbaarheidsverklaring", "ondersteuningsteam, samenwerkingsverband"]]),
          ("p", "De meeste leerlingen krijgen wat zij nodig hebben op niveau 1 en 2. Ongeveer vijftien leerlingen per jaar hebben ondersteuning op niveau 3 of 4. In het afgelopen schooljaar is voor twee leerlingen een TLV aangevraagd.")]
    B += [("h1", "Groepsbesprekingen en leerlingbesprekingen"),
          ("p", "Drie keer per jaar, na de toetsperiodes in oktober, februari en juni, houdt de IB'er met iedere leerkracht een groepsbespreking. We bespreken de opbrengsten van de groep, het welbevinden, de groepsdynamiek en de leerlingen die extra aandacht nodig hebben. De afspraken worden vastgelegd in het groepsoverzicht. Na elke groepsbespreking volgt zo nodig een leerlingbespreking, waarvoor ouders worden uitgenodigd."),
          ("p", "Tijdens de groepsbesprekingen kijken we ook naar de resultaten op de methodetoetsen en de Cito-toetsen. Wanneer de resultaten van een groep achterblijven bij de schoolnorm, maakt de leerkracht met de IB'er een plan van aanpak voor de volgende periode.")]
    B += [("h1", "Het ondersteuningsteam"),
          ("p", "Als een leerling meer nodig heeft dan wij zelf kunnen bieden, bespreken we de leerling in het ondersteuningsteam. Daarin zitten de ouders, de leerkracht, de IB'er, de jeugd- en gezinscoach van de gemeente en de onderwijsadviseur van het samenwerkingsverband. Het ondersteuningsteam komt zes keer per jaar bijeen. Ouders geven vooraf toestemming voor de bespreking.")]
    B += [("h1", "Extra ondersteuning via het samenwerkingsverband"),
          ("p", "Voor leerlingen met een ondersteuningsbehoefte die de basisondersteuning overstijgt, kan de school een arrangement aanvragen bij het samenwerkingsverband. De onderwijsadviseur beslist over de toekenning. Wij gebruiken arrangementen vooral voor extra handen in de groep en voor begeleiding door een gedragsspecialist. Als een plaatsing op het sbo of so nodig lijkt, vraagt ons schoolbestuur een toelaatbaarheidsverklaring aan; de procedure en criteria zijn die van het samenwerkingsverband. Als een leerling vanuit het sbo terugkomt naar onze school, maken wij met de sbo-school afspraken over de overdracht.")]
    B += [("h1", "Ouders"),
          ("p", "Ouders zijn onze partners. Wij informeren ouders over de ondersteuning van hun kind in de tien-minutengesprekken, in de leerlingbesprekingen en via het ouderportaal. Het ontwikkelingsperspectief wordt met ouders besproken en zij tekenen voor het handelingsdeel. In de schoolgids staat een samenvatting van dit ondersteuningsplan. Met vragen kunnen ouders altijd terecht bij de leerkracht of de IB'er.")]
    B += [("h1", "Jaarplanning ondersteuning"),
          ("table", [["Maand", "Activiteit"],
                     ["september", "startgesprekken met ouders, groepsoverdracht"],
                     ["oktober", "toetsperiode en groepsbespreking 1"],
                     ["januari/februari", "toetsperiode en groepsbespreking 2"],
                     ["maart", "ondersteuningsteam, evaluatie OPP's"],
                     ["juni", "toetsperiode en groepsbespreking 3, overdracht naar volgend leerjaar"]])]
    B += [("h1", "Doelen voor dit schooljaar"),
          ("ul", ["Alle leerkrachten werken met het nieuwe groepsoverzicht.",
                  "De resultaten voor begrijpend lezen in groep 6 tot en met 8 liggen minimaal op het landelijk gemiddelde.",
                  "Het aantal leerlingen met een ontwikkelingsperspectief blijft onder de tien."])]
    B += [("h1", "Middelen"),
          ("p", "De school ontvangt via het bestuur een budget van het samenwerkingsverband voor de versterking van de basisondersteuning. Dit schooljaar zetten wij dit budget (ongeveer € 23.000) in voor de uren van de gedragsspecialist en de rekenspecialist. Daarnaast gebruiken we een deel van de NPO-middelen voor kleine leesgroepjes.")]
    return B


LABEL_F = """documents: [po-wilgenhoek-school-ondersteuningsplan-2025-2026.md]
sector: po
looks_like_plan: false
elements: {}
criteria: {}
notes:
  document: "A single basisschool's internal 'ondersteuningsplan' (zorgstructuur, niveaus 1-5, groepsbesprekingen, IB'er); it refers to the SWV's plan and is not adopted by a samenwerkingsverband (no OPR instemming, OOGO, verdeelmodel or TLV procedure of its own)."
"""


def insert_after_section(blocks, heading, new_blocks, toc_line=None):
    """Insert new_blocks at the end of the section titled `heading` (an h1 or h2) and,
    if toc_line is given, add it to the table of contents right after the heading's entry."""
    levels = {"h1": 1, "h2": 2}
    idx = next(i for i, (k, v) in enumerate(blocks) if k in levels and v == heading)
    lvl = levels[blocks[idx][0]]
    end = len(blocks)
    for j in range(idx + 1, len(blocks)):
        if blocks[j][0] in levels and levels[blocks[j][0]] <= lvl:
            end = j
            break
    blocks[end:end] = new_blocks
    if toc_line:
        for k, (kind, val) in enumerate(blocks):
            if kind == "toc":
                lines = list(val)
                pos = next((n for n, line in enumerate(lines) if line == heading), len(lines) - 1)
                lines.insert(pos + 1, toc_line)
                blocks[k] = ("toc", lines)
    return blocks


def padded_a():
    B = plan_a()
    insert_after_section(B, "15 Planning en jaarcyclus",
                         [("h1", "16 Landelijke ontwikkelingen")] + fill_landelijk(), "16 Landelijke ontwikkelingen")
    return B


def padded_b():
    B = plan_b()
    insert_after_section(B, "§4 De regio en de scholen",
                         [("h2", "§4a Hoe dit plan tot stand kwam")] + fill_proces("Kust en Duin"), "§4a Hoe dit plan tot stand kwam")
    insert_after_section(B, "§4a Hoe dit plan tot stand kwam",
                         [("h2", "§4b Landelijke ontwikkelingen")] + fill_landelijk(), "§4b Landelijke ontwikkelingen")
    insert_after_section(B, "§12 Bestuur, medezeggenschap en organisatie",
                         [("h2", "§12a Personeel en werkgeverschap")] + fill_personeel("Kust en Duin"), "§12a Personeel en werkgeverschap")
    insert_after_section(B, "§13 Samenwerking met gemeenten, mbo en arbeidsmarkt",
                         [("h2", "§14 Maatschappelijke opdracht")] + fill_duurzaam(), "§14 Maatschappelijke opdracht")
    return B


def padded_c():
    B = plan_c()
    insert_after_section(B, "1. Voorwoord", [("h2", "Hoe dit plan tot stand kwam")] + fill_proces("het samenwerkingsverband"))
    insert_after_section(B, "3. Visie, missie en kernwaarden", [("h2", "Landelijke ontwikkelingen")] + fill_landelijk())
    insert_after_section(B, "10. Organisatie, bestuur en medezeggenschap",
                         [("h2", "Goed bestuur")] + fill_governance_code("Samenwerkingsverband Veenweide")
                         + [("h2", "Informatiebeveiliging")] + fill_ict()
                         + [("h2", "Risico's")] + fill_risico())
    insert_after_section(B, "11. Personeel en professionalisering", [("h2", "Werken aan de arbeidsmarkt")] + fill_personeel("Veenweide"))
    insert_after_section(B, "12. Tot slot", [("h2", "Onze maatschappelijke opdracht")] + fill_duurzaam())
    return B


def padded_d():
    B = plan_d()
    insert_after_section(B, "2. Context en ontwikkelingen", [("h2", "2.1 Landelijke ontwikkelingen")] + fill_landelijk())
    insert_after_section(B, "11. Organisatie",
                         [("h2", "11.1 Goed bestuur")] + fill_governance_code("Heuvelrug-Vallei")
                         + [("h2", "11.2 Personeel")] + fill_personeel("Het samenwerkingsverband")
                         + [("h2", "11.3 Informatiebeveiliging")] + fill_ict()
                         + [("h2", "11.4 Risico's")] + fill_risico())
    insert_after_section(B, "12. Medezeggenschap en totstandkoming", [("h2", "12.1 Het schrijfproces")] + fill_proces("Heuvelrug-Vallei"))
    return B


def padded_e():
    B = plan_e()
    insert_after_section(B, "Waar we voor staan", [("h2", "Landelijke ontwikkelingen")] + fill_landelijk())
    insert_after_section(B, "Bestuur en toezicht", [("h2", "Code goed bestuur")] + fill_governance_code("Passend Onderwijs Waterland-Noord"))
    insert_after_section(B, "Privacy", [("h2", "Informatiebeveiliging")] + fill_ict())
    insert_after_section(B, "Ons team", [("h2", "Onze maatschappelijke opdracht")] + fill_duurzaam())
    return B


def padded_b2():
    B = padded_b()
    insert_after_section(B, "§12a Personeel en werkgeverschap", [("h2", "§12b Informatiebeveiliging")] + fill_ict(), "§12b Informatiebeveiliging")
    return B


def padded_c2():
    B = padded_c()
    insert_after_section(B, "2. Wie zijn wij?", [("h2", "Ons bureau")] + fill_kantoor("het samenwerkingsverband"))
    return B


def padded_d2():
    B = padded_d()
    insert_after_section(B, "3. Koers 2025-2029", [("h2", "3.1 Maatschappelijke opdracht")] + fill_duurzaam())
    insert_after_section(B, "11. Organisatie", [("h2", "11.5 Bereikbaarheid en werkwijze van het bureau")] + fill_kantoor("Heuvelrug-Vallei"))
    return B


def padded_e2():
    B = padded_e()
    insert_after_section(B, "Over dit plan", [("h2", "Hoe dit plan tot stand kwam")] + fill_proces("het samenwerkingsverband"))
    insert_after_section(B, "Ons team", [("h2", "Werken bij ons en op de scholen")] + fill_personeel("Het samenwerkingsverband"))
    return B


# ---------------------------------------------------------------------------
def main():
    root = Path(__file__).resolve().parent.parent
    root.mkdir(parents=True, exist_ok=True)
    jobs = [
        ("po-lingebrug-ondersteuningsplan-2025-2029.docx", padded_a, LABEL_A, "docx",
         "De Lingebrug · Ondersteuningsplan 2025-2029"),
        ("vo-kust-en-duin-ondersteuningsplan-2024-2028.docx", padded_b2, LABEL_B, "docx",
         "SWV VO Kust en Duin – Ondersteuningsplan 2024-2028 – versie 1.3"),
        ("po-veenweide-ondersteuningsplan-2025-2029.pdf", padded_c2, LABEL_C, "pdf",
         "Samenwerkingsverband Veenweide | Ondersteuningsplan 2025-2029"),
        ("vo-heuvelrug-vallei-ondersteuningsplan-2025-2029.pdf", padded_d2, LABEL_D, "pdf",
         "Ondersteuningsplan SWV VO Heuvelrug-Vallei 2025-2029 | versie OPR april 2025"),
        ("po-waterland-noord-ondersteuningsplan-2025-2029.html", padded_e2, LABEL_E, "html", None),
        ("po-wilgenhoek-school-ondersteuningsplan-2025-2026.md", doc_f, LABEL_F, "md", None),
    ]
    for name, fn, label, fmt, header in jobs:
        blocks = fn()
        out = root / name
        if fmt == "docx":
            to_docx(blocks, out, header_text=header)
        elif fmt == "pdf":
            to_pdf(blocks, out, header_text=header, font="Arial")
        elif fmt == "html":
            to_html(blocks, out, "Passend Onderwijs Waterland-Noord", E_NAV)
        elif fmt == "md":
            to_md(blocks, out)
        stem = name.rsplit(".", 1)[0]
        (root / (stem + ".expected.yaml")).write_text(label, encoding="utf-8")
        print("%-60s %5d words" % (name, words(blocks)))


if __name__ == "__main__":
    main()
