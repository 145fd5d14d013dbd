#!/usr/bin/env python3
"""Generate the holdout296 labelled test set for opcheck.

Five fictional ondersteuningsplannen (four VO, one PO) and one near-miss document
(a school-level 'ondersteuningsplan' of a VO school). Deterministic, no network.
Output goes to the folder above this script; label files are written next to the
documents as <name>.expected.yaml.
"""
import html
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

import yaml
from docx import Document
from docx.shared import Pt

OUT = Path(__file__).resolve().parent.parent

# ---------------------------------------------------------------------------
# shared filler (no element content: only passing mentions)
# ---------------------------------------------------------------------------

def voorwoord(c):
    return [
        ("h1", "Voorwoord"),
        ("p", f"Voor u ligt het ondersteuningsplan {c['periode']} van {c['naam']}. Het is het derde plan sinds de "
              f"invoering van passend onderwijs in 2014 en het eerste plan dat we schrijven na de afronding van de "
              f"verbeteraanpak. In de afgelopen jaren is er in onze regio veel gebeurd. Scholen hebben geïnvesteerd in "
              f"hun teams, de samenwerking met de gemeenten is hechter geworden en we hebben geleerd dat een plan pas "
              f"waarde heeft als het in de klas merkbaar is. Dat is ook de toets die we voor dit plan hanteren: merkt een "
              f"leerling er iets van, merkt een leraar er iets van?"),
        ("p", f"Dit plan is geschreven in een periode waarin het onderwijs onder druk staat. Het lerarentekort raakt "
              f"ook onze scholen in {c['regio']}, de vraag naar jeugdhulp blijft groot en de middelen die het Rijk "
              f"beschikbaar stelt, groeien niet mee met de vraag. Tegelijk zien we veel energie. In de werkgroepen die "
              f"aan dit plan hebben bijgedragen zaten ondersteuningscoördinatoren, mentoren, schoolleiders, "
              f"vertegenwoordigers van gemeenten en leden van de ondersteuningsplanraad. Wij danken iedereen die tijd "
              f"heeft vrijgemaakt om mee te lezen en mee te denken."),
        ("p", f"Het plan is bewust compact gehouden in de hoofdstukken over visie en organisatie en uitgebreider "
              f"waar het gaat om afspraken die scholen en leerlingen direct raken. Waar we iets nog niet weten, "
              f"zeggen we dat eerlijk. Wij wensen u veel leesplezier en nodigen u uit om met ons in gesprek te gaan.\n"
              f"{c['bestuurder']}, directeur-bestuurder"),
    ]


def leeswijzer(c):
    return [
        ("h2", "Leeswijzer"),
        ("p", f"Hoofdstuk 1 schetst de context van het samenwerkingsverband: de regio, de aangesloten besturen en "
              f"de ontwikkeling van het aantal leerlingen. Daarna volgen missie, visie en ambities. De hoofdstukken "
              f"daarna beschrijven de afspraken over ondersteuning, toewijzing, middelen en kwaliteit. Het plan sluit af "
              f"met de organisatie, de planning voor de komende jaren en een lijst met begrippen. Wie snel wil weten "
              f"wat dit plan betekent voor een individuele leerling, kan beginnen bij de hoofdstukken over ondersteuning. "
              f"De bijlagen bij dit plan worden afzonderlijk gepubliceerd en maken geen deel uit van dit document."),
    ]


def context(c, with_vso_pct=False):
    rows = [["Gemeente", "Aantal vestigingen", "Leerlingen 1-10-2025"]] + c["gemeenten"]
    out = [
        ("h1", "1. Ons samenwerkingsverband"),
        ("h2", "1.1 De regio"),
        ("p", f"{c['naam']} (registratienummer {c['code']}) is de vereniging van schoolbesturen in {c['regio']}. "
              f"Het werkgebied omvat {len(c['gemeenten'])} gemeenten met een mix van stedelijk en landelijk gebied. "
              f"In totaal zijn {c['n_besturen']} schoolbesturen aangesloten met {c['n_scholen']} schoolvestigingen. "
              f"Op 1 oktober 2025 telde het samenwerkingsverband {c['n_lln']} leerlingen. De prognoses laten voor de "
              f"komende planperiode een lichte daling zien, die in de kleinere kernen sterker is dan in de stad. Dat "
              f"heeft gevolgen voor de levensvatbaarheid van kleine vestigingen en voor de reisafstanden van leerlingen."),
        ("table", rows),
        ("h2", "1.2 De besturen en scholen"),
        ("p", f"De aangesloten besturen verschillen sterk in omvang. Naast een aantal grote besturen met meerdere "
              f"vestigingen zijn er eenpitters die één school in stand houden. Die diversiteit is een kracht, maar "
              f"vraagt ook om heldere afspraken. Het samenwerkingsverband is geen schoolbestuur: de besturen blijven "
              f"verantwoordelijk voor het onderwijs op hun scholen. Het samenwerkingsverband faciliteert, verbindt en "
              f"maakt afspraken waar scholen alleen niet uitkomen."),
    ]
    if with_vso_pct:
        out.append(("p", f"Het deelnamepercentage aan het voortgezet speciaal onderwijs lag op 1 oktober 2025 op "
                         f"{c['vso_pct']} procent, tegenover een landelijk gemiddelde van 3,6 procent."))
    return out


def missie_visie(c, ouders_zin=True):
    return [
        ("h1", "2. Missie, visie en ambities"),
        ("h2", "2.1 Missie"),
        ("p", f"{c['naam']} zorgt er samen met de scholen voor dat {c['doelgroep']} in {c['regio']} een passende plek "
              f"in het onderwijs heeft en zich daar kan ontwikkelen tot een zelfstandig en betrokken burger. Wij doen dat "
              f"door scholen te ondersteunen, door te verbinden waar schotten bestaan en door ons te verantwoorden over "
              f"wat we doen."),
        ("h2", "2.2 Visie"),
        ("p", "Wij geloven dat iedere leerling het recht heeft om zo thuisnabij mogelijk naar school te gaan, "
              "samen met leeftijdgenoten. Ondersteuning begint in de klas, bij een leraar die zijn leerlingen kent. "
              "Niet het label van een leerling is leidend, maar de vraag wat deze leerling nodig heeft om te leren. "
              + ("Ouders zijn daarbij belangrijke gesprekspartners. " if ouders_zin else "") + "Wij kiezen voor vertrouwen in de professional en voor "
              "zo min mogelijk bureaucratie. Formulieren zijn een middel, nooit een doel. Een arrangement is pas goed "
              "als het leidt tot een leerling die met plezier naar school gaat."),
        ("p", "De komende jaren willen we meer inclusief werken. Dat betekent niet dat het speciaal onderwijs "
              "verdwijnt; het betekent dat we steeds de vraag stellen of een leerling met de juiste hulp ook in een "
              "reguliere setting verder kan. We kijken daarbij niet alleen naar de school, maar ook naar wat er thuis en "
              "in de wijk nodig is. Onderwijs en jeugdhulp horen bij elkaar."),
        ("h2", "2.3 Kernwaarden"),
        ("bullets", ["Dichtbij: hulp zo dicht mogelijk bij de leerling en de leraar.",
                     "Samen: scholen, besturen en partners delen kennis en verantwoordelijkheid.",
                     "Eenvoudig: heldere routes en korte lijnen.",
                     "Eerlijk: we zeggen wat we doen en doen wat we zeggen."]),
        ("h2", "2.4 Ambities voor de planperiode"),
        ("p", "Onze ambities voor de komende vier jaar zijn in gesprek met scholen, gemeenten en de "
              "ondersteuningsplanraad geformuleerd. Ze gaan over meer inclusief onderwijs, over een betere aansluiting "
              "tussen onderwijs en zorg, over het versterken van de leraar en over een organisatie die wendbaar is. "
              "Deze ambities geven richting aan de jaarplannen van het samenwerkingsverband."),
    ]


def governance(c, jaarrekening=True):
    out = [
        ("h1", "Organisatie en governance"),
        ("h2", "Rechtsvorm en bestuur"),
        ("p", f"{c['naam']} is een {c['rechtsvorm']}. De leden zijn de aangesloten schoolbesturen. Het bestuur is "
              f"ingericht volgens het raad-van-toezichtmodel: de directeur-bestuurder bestuurt, de raad van toezicht "
              f"houdt toezicht. De algemene ledenvergadering (ALV) stelt onder meer het ondersteuningsplan vast en "
              f"benoemt de leden van de raad van toezicht. Het samenwerkingsverband volgt de Code Goed Bestuur van de "
              f"sectorraad. De statuten bevatten een regeling voor het beslechten van geschillen tussen leden."),
        ("p", "De raad van toezicht bestaat uit vijf leden, van wie er twee op voordracht van de schoolbesturen en "
              "drie op basis van onafhankelijke deskundigheid zijn benoemd. De raad vergadert ten minste vijf keer per "
              "jaar en heeft een auditcommissie en een remuneratiecommissie ingesteld. Jaarlijks evalueert de raad zijn "
              "eigen functioneren."),
        ("h2", "Het bureau"),
        ("p", f"Het bureau van het samenwerkingsverband ondersteunt de directeur-bestuurder. Er werken "
              f"{c['fte']} fte aan medewerkers: beleidsmedewerkers, consulenten passend onderwijs, orthopedagogen, een "
              f"controller en een secretariaat. Het bureau is gevestigd in {c['plaats']}. Het samenwerkingsverband is "
              f"werkgever van de eigen medewerkers en volgt de {c['cao']}."),
    ]
    if jaarrekening:
        out.append(("p", "De jaarrekening van het samenwerkingsverband wordt gecontroleerd door een externe "
                         "accountant en vóór 1 juli ingediend bij DUO."))
    return out


def opr(c, with_parents=True):
    comp = ("De OPR bestaat uit twaalf leden: zes personeelsleden en zes ouders of leerlingen, afgevaardigd vanuit de "
            "medezeggenschapsraden van de aangesloten scholen. " if with_parents else
            "De leden van de OPR worden afgevaardigd vanuit de medezeggenschapsraden van de aangesloten scholen. ")
    return [
        ("h2", "Medezeggenschap: de ondersteuningsplanraad"),
        ("p", "Het samenwerkingsverband heeft een ondersteuningsplanraad (OPR) die instemmingsrecht heeft op de "
              "vaststelling en wijziging van het ondersteuningsplan. " + comp +
              "De OPR vergadert zes keer per jaar, waarvan twee keer met de directeur-bestuurder. De OPR heeft een "
              "eigen reglement en een budget voor scholing en advies. Daarnaast heeft het samenwerkingsverband als "
              "werkgever een eigen medezeggenschapsraad voor het personeel van het bureau."),
        ("p", f"De OPR is vanaf het begin betrokken geweest bij het schrijven van dit plan. In drie "
              f"themabijeenkomsten is met leden van de raad gesproken over de hoofdlijnen. De OPR heeft op "
              f"{c['opr_datum']} ingestemd met dit ondersteuningsplan."),
    ]


def oogo_procedural(c):
    return [
        ("h2", "Op overeenstemming gericht overleg"),
        ("p", f"Het concept van dit ondersteuningsplan is op {c['oogo_datum']} besproken in het op overeenstemming "
              f"gericht overleg (OOGO) met de colleges van burgemeester en wethouders van de gemeenten in het "
              f"werkgebied. Het overleg is afgerond zonder geschilpunten; het verslag is bij het samenwerkingsverband "
              f"op te vragen. Ook heeft overleg plaatsgevonden met het samenwerkingsverband {c['ander_swv']}, waarvan "
              f"het werkgebied overlapt met het onze."),
    ]


def oogo_inhoud(c, full=True):
    extra = (f"Op elke school is een vaste contactpersoon van het wijkteam of de jeugdteams beschikbaar die aansluit "
             f"bij het ondersteuningsteam. " if full else "")
    fin = ("; de financiering daarvan wordt per arrangement verdeeld tussen gemeente en samenwerkingsverband."
           if full else ".")
    return [
        ("h2", "Samenwerking met gemeenten en jeugdhulp"),
        ("p", f"Met de gemeenten in {c['regio']} voeren wij twee keer per jaar bestuurlijk overleg. Gezamenlijke "
              f"thema's zijn de aansluiting tussen onderwijs en jeugdhulp, leerlingenvervoer, onderwijshuisvesting en "
              f"de aanpak van schoolverzuim. " + extra + "Voor leerlingen die onderwijs en zorg "
              f"tegelijk nodig hebben, zetten we samen met de gemeente onderwijs-zorgarrangementen in" + fin),
        ("p", f"Het concept van dit plan is op {c['oogo_datum']} in het OOGO besproken. De gemeenten hebben "
              f"ingestemd met de inhoud. Het overleg met het overlappende samenwerkingsverband {c['ander_swv']} heeft "
              f"eveneens plaatsgevonden."),
    ]


def personeel(c):
    return [
        ("h1", "Personeel en professionalisering"),
        ("p", "Goed onderwijs aan leerlingen die extra ondersteuning nodig hebben, staat of valt met de kwaliteit "
              "van leraren en ondersteuners. Het lerarentekort maakt dat lastig. Scholen merken dat vacatures voor "
              f"{c['coord']} en orthopedagogen moeilijk te vervullen zijn. Het samenwerkingsverband "
              f"organiseert daarom een regionaal netwerk van {c['coord']} dat vijf keer per jaar bijeenkomt, "
              f"en een leergang 'Omgaan met verschillen' voor {c['mentoren']}. Ook ondersteunen we startende leraren met "
              "intervisie over gedrag in de klas."),
        ("p", "De personeelsleden van de ondersteuningsplanraad hebben aandacht gevraagd voor de werkdruk die "
              "extra ondersteuning met zich meebrengt. Dit plan verandert niets aan de rechtspositie van personeel. Er "
              "worden geen medewerkers van scholen overgeplaatst naar het samenwerkingsverband. Bij nieuwe "
              "initiatieven bespreken we vooraf met de scholen wat de gevolgen voor de formatie zijn."),
    ]


def ict_privacy(c):
    return [
        ("h1", "ICT, privacy en gegevens"),
        ("p", "Het samenwerkingsverband werkt met een beveiligde digitale omgeving voor het uitwisselen van "
              "dossiers tussen scholen en het bureau. Dossiers worden niet per e-mail verstuurd. Medewerkers hebben "
              "alleen toegang tot gegevens die zij voor hun taak nodig hebben. Het samenwerkingsverband heeft een "
              "functionaris gegevensbescherming aangesteld die wordt gedeeld met twee andere samenwerkingsverbanden."),
        ("p", "Gegevens over de gezondheid van leerlingen worden alleen verwerkt voor zover dat nodig is voor de "
              "wettelijke taken. Ze worden bewaard tot drie jaar na het besluit waarop ze betrekking hebben en daarna "
              "vernietigd. Het privacyreglement is vastgesteld door de directeur-bestuurder na instemming van de "
              "ondersteuningsplanraad. Datalekken worden gemeld volgens het protocol van de Autoriteit Persoonsgegevens."),
        ("p", "In de planperiode vervangen we het huidige registratiesysteem. De aanbesteding daarvan start in 2026. "
              "Het nieuwe systeem moet het voor scholen eenvoudiger maken om aanvragen te doen en de status ervan te "
              "volgen."),
    ]


def mbo_aansluiting(c):
    return [
        ("h2", "Aansluiting op het mbo en de arbeidsmarkt"),
        ("p", f"Een deel van de leerlingen stroomt na het vmbo of het praktijkonderwijs door naar het mbo of naar "
              f"werk. Samen met de regionale mbo-instellingen en het RMC organiseren we warme overdrachten. "
              f"Jongeren die extra kwetsbaar zijn, krijgen een overstapgesprek waarbij de mentor, de jongere en de "
              f"toekomstige opleiding aanwezig zijn. In {c['regio']} werken we met een regionale 'Overstapagenda' die "
              f"jaarlijks door de scholen en het mbo wordt geactualiseerd."),
    ]


def nt2(c):
    return [
        ("h2", "Nieuwkomers"),
        ("p", "Nieuwkomers volgen in de regio eerst een internationale schakelklas (ISK). De ISK valt buiten de "
              "ondersteuningsmiddelen van het samenwerkingsverband, maar we werken nauw samen bij de overgang van de ISK "
              "naar het reguliere voortgezet onderwijs. Het aantal nieuwkomers is de afgelopen jaren sterk gestegen; "
              "dat vraagt om flexibiliteit van de ontvangende scholen."),
    ]


def planning(c, evaluatie=True):
    rows = [["Schooljaar", "Belangrijkste activiteiten"],
            ["2026-2027", "Implementatie plan; vervanging registratiesysteem; start leergang mentoren"],
            ["2027-2028", ("Tussenevaluatie met scholen en OPR; " if evaluatie else "") + "actualisatie jaarplan"],
            ["2028-2029", "Verdieping samenwerking met gemeenten; voorbereiding nieuw plan"],
            ["2029-2030", ("Evaluatie planperiode; " if evaluatie else "") + "schrijven en vaststellen volgend ondersteuningsplan"]]
    return [
        ("h1", "Planning en vervolg"),
        ("p", "Dit plan geeft de koers voor vier jaar. Jaarlijks stelt de directeur-bestuurder een jaarplan op "
              "waarin de ambities worden vertaald naar activiteiten. Het jaarplan wordt besproken met de "
              "ondersteuningsplanraad. Onderstaande tabel geeft de hoofdlijn van de planning."),
        ("table", rows),
        ("p", f"Het ondersteuningsplan is vastgesteld door de algemene ledenvergadering op {c['vastgesteld']} en "
              f"wordt vóór 1 mei 2026 toegezonden aan de inspectie van het onderwijs."),
    ]


def terugblik(c):
    return [
        ("h2", "Terugblik op de vorige planperiode"),
        ("p", f"De vorige planperiode begon met een grote verbouwing van de organisatie. Het bestuursmodel werd "
              f"herzien, het bureau verhuisde en er kwam een nieuwe website. Tegelijk moest er veel gebeuren in een "
              f"tijd waarin scholen te maken kregen met de gevolgen van de schoolsluitingen tijdens de coronapandemie. "
              f"Veel energie ging naar het overeind houden van het onderwijs. Terugkijkend zien we dat de samenwerking "
              f"tussen de besturen in {c['regio']} in die jaren is verdiept: schoolleiders weten elkaar sneller te "
              f"vinden, en de drempel om een collega-school om hulp te vragen is lager geworden."),
        ("p", "Niet alles ging zoals gepland. Het project om administratieve lasten te verminderen kwam pas laat op "
              "gang, en een aantal werkgroepen heeft het tempo niet kunnen vasthouden toen de personele krapte toenam. "
              "De gesprekken die we in 2025 met scholen, gemeenten en de ondersteuningsplanraad voerden over de "
              "vorige periode, vormden het vertrekpunt voor dit plan. Daaruit kwam vooral de wens naar voren om minder "
              "nieuwe initiatieven te starten en het bestaande beter te laten werken."),
    ]


def bedrijfsvoering(c):
    return [
        ("h2", "Bedrijfsvoering en huisvesting van het bureau"),
        ("p", f"Het bureau is gehuisvest in een gehuurd kantoor in {c['plaats']}, dat gedeeld wordt met andere "
              f"onderwijsorganisaties. Dat levert niet alleen een kostenvoordeel op, maar maakt ook informeel contact "
              f"gemakkelijk. De salarisadministratie en de financiële administratie zijn uitbesteed aan een "
              f"administratiekantoor. Bij aanbestedingen volgen we de Europese regels en het inkoopbeleid dat de "
              f"raad van toezicht in 2024 heeft goedgekeurd. We letten daarbij ook op duurzaamheid: het bureau "
              f"reist waar mogelijk met het openbaar vervoer en de dienstauto is elektrisch."),
        ("p", "Medewerkers van het bureau werken deels op locatie bij scholen. Voor consulenten is dat de norm: zij "
              "zijn minstens twee dagen per week op de scholen te vinden. Dat vraagt om goede digitale voorzieningen "
              "en om heldere afspraken over bereikbaarheid."),
    ]


def inspectietoezicht(c):
    return [
        ("h2", "Toezicht door de inspectie"),
        ("p", f"De inspectie van het onderwijs bezocht {c['naam']} voor het laatst in het voorjaar van 2023. Het "
              f"bezoek bestond uit gesprekken met de directeur-bestuurder, de raad van toezicht, de "
              f"ondersteuningsplanraad, een groep schoolleiders en vertegenwoordigers van gemeenten. De inspectie "
              f"waardeerde de open cultuur en de korte lijnen en gaf het advies om de samenhang tussen plan, jaarplan "
              f"en jaarverslag te versterken. Met dat advies is bij het schrijven van dit plan rekening gehouden. Het "
              f"volgende vierjaarlijkse onderzoek wordt in 2027 verwacht."),
    ]


def besluitvorming(c):
    return [
        ("h2", "Vergadercyclus en besluitvorming"),
        ("p", f"Het bestuurlijk jaar van {c['naam']} volgt het schooljaar. In september stelt de directeur-bestuurder "
              f"het jaarplan vast, in december volgt de begroting voor het kalenderjaar en in juni wordt het "
              f"jaarverslag van het voorgaande kalenderjaar besproken. De raad van toezicht vergadert steeds twee weken "
              f"na het directeurenoverleg, zodat signalen uit de scholen op tijd op tafel liggen. Besluiten worden "
              f"vastgelegd in een besluitenlijst die op het besloten deel van de website staat. Voor spoedeisende "
              f"zaken kan de directeur-bestuurder na telefonisch overleg met de voorzitter van de raad van toezicht "
              f"een besluit nemen, dat daarna in de eerstvolgende vergadering wordt bekrachtigd. Deze werkwijze is "
              f"vastgelegd in het bestuursreglement dat in 2024 is geactualiseerd."),
    ]


def begrippen(c, extra=()):
    items = [
        ("Arrangement", "Een samenhangend pakket van ondersteuning voor een leerling of groep leerlingen."),
        ("Basisondersteuning", "Het afgesproken geheel van preventieve en licht curatieve interventies dat alle scholen binnen het samenwerkingsverband bieden."),
        ("Dekkend aanbod", "Een aanbod van onderwijs en ondersteuning waarin voor iedere leerling een passende plek is."),
        ("Meerjarenbegroting", "Begroting van baten en lasten voor meerdere jaren vooruit."),
        ("Ouder- en jeugdsteunpunt", "Onafhankelijk punt waar ouders en jongeren terechtkunnen met vragen over passend onderwijs."),
        ("Terugplaatsing", "De overstap van een leerling uit het (voortgezet) speciaal onderwijs naar het regulier onderwijs."),
        ("Toelaatbaarheidsverklaring (TLV)", "Besluit van het samenwerkingsverband dat een leerling toelaatbaar is tot het speciaal onderwijs."),
        ("Zorgplicht", "De plicht van een schoolbestuur om een aangemelde leerling een passende plek te bieden."),
    ] + list(extra)
    return [("h1", "Begrippenlijst"), ("deflist", items)]


def afkortingen(c, po=False):
    if po:
        items = [("IB", "Intern begeleider"), ("OJSP", "Ouder- en jeugdsteunpunt"),
                 ("OOGO", "Op overeenstemming gericht overleg"), ("OPP", "Ontwikkelingsperspectiefplan"),
                 ("OPR", "Ondersteuningsplanraad"), ("SBO", "Speciaal basisonderwijs"), ("SO", "Speciaal onderwijs"),
                 ("SOP", "Schoolondersteuningsprofiel"), ("TLV", "Toelaatbaarheidsverklaring")]
        return [("h1", "Afkortingen"), ("deflist", items)]
    items = [("ALV", "Algemene ledenvergadering"), ("ISK", "Internationale schakelklas"),
             ("LWOO", "Leerwegondersteunend onderwijs"), ("OJSP", "Ouder- en jeugdsteunpunt"),
             ("OOGO", "Op overeenstemming gericht overleg"), ("OPP", "Ontwikkelingsperspectiefplan"),
             ("OPR", "Ondersteuningsplanraad"), ("PrO", "Praktijkonderwijs"),
             ("SOP", "Schoolondersteuningsprofiel"), ("TLV", "Toelaatbaarheidsverklaring"),
             ("VSO", "Voortgezet speciaal onderwijs")]
    return [("h1", "Afkortingen"), ("deflist", items)]


def title_page(c, subtitle):
    return [("title", f"Ondersteuningsplan {c['periode']}"),
            ("subtitle", c["naam"]),
            ("p", subtitle),
            ("p", f"Registratienummer {c['code']} · Vastgesteld {c['vastgesteld']}"),
            ("pagebreak", None)]


def toc(entries):
    return [("h1", "Inhoudsopgave"), ("toc", entries), ("pagebreak", None)]


# ---------------------------------------------------------------------------
# Plan 1: large VO verband, Word (.docx)
# ---------------------------------------------------------------------------
C1 = dict(coord="ondersteuningscoördinatoren", mentoren="mentoren", naam="Samenwerkingsverband VO Maasdelta", kort="Maasdelta", code="VO 28.11", periode="2026-2030",
          regio="de Maasdelta", n_besturen=14, n_scholen=38, n_lln="31.240", rechtsvorm="vereniging",
          bestuurder="Drs. H.J. van Leeuwen", fte="23,4", plaats="Spijkenisse", cao="cao voor het voortgezet onderwijs",
          doelgroep="iedere jongere", opr_datum="10 februari 2026", oogo_datum="22 januari 2026",
          ander_swv="PPO Maasdelta", vastgesteld="17 maart 2026",
          gemeenten=[["Nissewaard", "9", "8.410"], ["Voorne aan Zee", "7", "6.020"], ["Hoeksche Waard", "10", "7.935"],
                     ["Barendrecht", "6", "5.110"], ["Albrandswaard", "6", "3.765"]])


def plan1():
    c = C1
    b = []
    b += title_page(c, "Samen sterk voor passend onderwijs in de Maasdelta — definitieve versie na instemming OPR")
    b += toc(["Voorwoord", "1. Ons samenwerkingsverband", "2. Missie, visie en ambities",
              "3. Ondersteuning op elke school (basisondersteuning)", "4. Een sluitend netwerk: van extra ondersteuning tot vso",
              "5. Toewijzing en toelaatbaarheid (vso, lwoo, pro)", "6. Terugplaatsing en overplaatsing",
              "7. Resultaten en kwaliteit", "8. Communicatie", "9. Geld en middelen", "10. Organisatie en governance",
              "11. Personeel en professionalisering", "12. ICT, privacy en gegevens", "13. Planning en vervolg",
              "Begrippenlijst", "Afkortingen"])
    b += voorwoord(c) + leeswijzer(c) + context(c, with_vso_pct=False) + missie_visie(c)
    b += [
        ("h1", "3. Ondersteuning op elke school"),
        ("p", "In de Maasdelta maakt het voor een leerling niet uit op welke school hij of zij zit: op alle 38 "
              "vestigingen, van praktijkonderwijs tot gymnasium, geldt hetzelfde vloerniveau van ondersteuning. De "
              "besturen hebben dat niveau in 2025 samen vastgesteld en het is voor iedere vestiging bindend. Het gaat om "
              "wat een school zonder aanvraag bij het samenwerkingsverband en zonder wachttijd aan iedere leerling "
              "biedt. Dit vloerniveau noemen wij de basisondersteuning."),
        ("p", "Concreet kan iedere ouder op iedere vestiging het volgende verwachten:"),
        ("bullets", [
            "een mentor die per week ten minste één lesuur beschikbaar heeft voor individuele begeleiding van de eigen mentorleerlingen;",
            "een ondersteuningscoördinator met minimaal 0,4 fte per 500 leerlingen, die het ondersteuningsteam voorzit;",
            "een ondersteuningsteam dat minstens zes keer per jaar overlegt, met de jeugdarts van de GGD, de leerplichtambtenaar en een schoolmaatschappelijk werker;",
            "een dyslexie- en dyscalculieprotocol met faciliteiten als extra tijd, vergrote opgaven en voorleessoftware;",
            "trainingen in sociale vaardigheden en faalangstreductie, ten minste één keer per schooljaar aangeboden;",
            "huiswerkbegeleiding of een stilteruimte na schooltijd;",
            "een ontwikkelingsperspectiefplan (OPP) binnen zes weken nadat het ondersteuningsteam extra ondersteuning nodig acht;",
            "een aanpak voor verzuim volgens het regionale verzuimprotocol, met een gesprek binnen drie dagen na signalering.",
        ]),
        ("p", "Iedere school beschrijft in het schoolondersteuningsprofiel hoe zij deze basisondersteuning invult. "
              "Eén keer per jaar voert een consulent van het samenwerkingsverband met elke schoolleider een "
              "kwaliteitsgesprek aan de hand van de kwaliteitskaart basisondersteuning; blijft een school twee jaar "
              "achter op een onderdeel, dan maken bestuur en samenwerkingsverband een verbeterplan met een termijn."),
        ("h1", "4. Een sluitend netwerk: van extra ondersteuning tot vso"),
        ("p", "Boven op de basisondersteuning kennen wij drie lagen. Samen vormen ze één doorlopende lijn waarin een "
              "leerling zo licht als mogelijk en zo zwaar als nodig wordt ondersteund."),
        ("bullets", [
            "Laag 2 – extra ondersteuning op de eigen school: arrangementen zoals een time-outvoorziening, een klas met kleinere groepen (de 'Stapklas') of begeleiding door een gedragsspecialist, betaald uit het schoolbudget.",
            "Laag 3 – bovenschoolse voorzieningen: het orthopedagogisch-didactisch centrum (OPDC) De Overstap in Spijkenisse met 60 plaatsen voor maximaal twee jaar, en de plusvoorziening Hoeksche Waard voor leerlingen met psychische klachten.",
            "Laag 4 – voortgezet speciaal onderwijs: vijf vso-scholen in en rond de regio, cluster 3 en 4.",
        ]),
        ("p", "Scholen zijn onderling afgestemd over welke vestiging welke specialistische arrangementen biedt, zodat "
              "niet iedere school alles hoeft te kunnen. Een overzicht per vestiging staat in de jaarlijkse "
              "ondersteuningsgids."),
        ("h2", "4.1 Leerlingen zonder passende plek"),
        ("p", "Geen leerling mag langer dan vier weken thuiszitten zonder dat er een plan ligt. Iedere school meldt "
              "een leerling die meer dan twee weken zonder onderwijs is of dreigt te raken bij de consulent. De "
              "consulent roept binnen vijf werkdagen de 'thuiszitterstafel' bijeen met school, ouders, leerplicht en "
              "jeugdhulp. Komt die tafel er niet uit, dan beslist de directeur-bestuurder binnen twee weken welke school "
              "de leerling tijdelijk opvangt. Knelpunten in het aanbod die daarbij zichtbaar worden (in 2025 bijvoorbeeld "
              "het ontbreken van een plek voor hoogbegaafde leerlingen met autisme), worden twee keer per jaar "
              "verzameld en in de ledenvergadering besproken met een voorstel om het gat te dichten."),
        ("p", "De zorgplicht ligt bij het bestuur van de school waar de leerling is aangemeld. Het samenwerkingsverband "
              "ondersteunt de school daarbij en kan een school aanwijzen als er na tien weken nog geen plek is."),
        oogo_inhoud(c)[0], oogo_inhoud(c)[1],
        ("h1", "5. Toewijzing en toelaatbaarheid"),
        ("h2", "5.1 Wie vraagt aan en hoe"),
        ("p", "Een toelaatbaarheidsverklaring voor het vso wordt aangevraagd door het bevoegd gezag van de school "
              "waar de leerling staat ingeschreven of is aangemeld. De school dient via het digitale loket een dossier "
              "in met het OPP, een verslag van het gesprek met ouders en leerling en de evaluatie van de geboden "
              "ondersteuning. De Commissie Toewijzing van het samenwerkingsverband toetst het dossier op volledigheid "
              "binnen vijf werkdagen. Twee deskundigen – een orthopedagoog of psycholoog van het bureau en, afhankelijk "
              "van de leerling, een jeugdarts, kinderpsychiater of maatschappelijk werker – geven ieder een eigen "
              "schriftelijk advies. De commissie besluit binnen zes weken na ontvangst van het volledige dossier; in "
              "spoedsituaties binnen tien werkdagen."),
        ("h2", "5.2 Wanneer is een leerling toelaatbaar?"),
        ("p", "Een leerling is toelaatbaar tot het vso wanneer aan elk van de volgende voorwaarden is voldaan:"),
        ("bullets", [
            "de school heeft ten minste zes maanden extra ondersteuning geboden op basis van een OPP en die aantoonbaar geëvalueerd;",
            "de ondersteuningsbehoefte op het gebied van leren, gedrag of gezondheid overstijgt wat reguliere scholen en de bovenschoolse voorzieningen in de Maasdelta kunnen bieden;",
            "er is een vso-school die aan de ondersteuningsbehoefte kan voldoen;",
            "de deskundigen onderschrijven beiden dat vso de meest passende plek is.",
        ]),
        ("p", "De TLV wordt afgegeven voor één, twee of vier schooljaren, in de bekostigingscategorie laag, midden of "
              "hoog. Een TLV voor vier jaar wordt alleen gegeven bij een stabiele, langdurige beperking. Voor lwoo en pro "
              "hanteert het samenwerkingsverband de landelijke criteria; de aanvraag loopt via hetzelfde loket en wordt "
              "binnen vier weken afgehandeld."),
        ("h2", "5.3 Afloop van de verklaring"),
        ("p", "Het samenwerkingsverband wil dat leerlingen niet langer in het vso blijven dan nodig is. Onze inzet is "
              "dat iedere vso-leerling van wie het perspectief dat toelaat, binnen de looptijd van de TLV de overstap "
              "maakt naar een reguliere school, het OPDC of het mbo. Voorwaarde is dat de ontvangende school de "
              "ondersteuning kan bieden die in het OPP staat; daarom vragen we vso-scholen om vanaf het begin op "
              "terugkeer te plannen."),
        ("p", "Het verloop is als volgt. In het laatste jaar van de TLV organiseert de vso-school vóór 1 december een "
              "evaluatiegesprek met ouders, leerling en de consulent van het samenwerkingsverband. Als de conclusie is "
              "dat terugkeer haalbaar is, stelt de vso-school samen met de beoogde school een overstapplan op dat vóór 1 "
              "maart bij de Commissie Toewijzing wordt ingediend. De commissie beslist binnen vier weken; de TLV loopt "
              "dan op 31 juli af. Na de overstap krijgt de ontvangende school een overstaparrangement van zes maanden, "
              "waarmee een coach van de vso-school de leerling en de mentor begeleidt. Na drie en na zes maanden vindt "
              "een evaluatie plaats. Is een nieuwe TLV nodig, dan vraagt de vso-school die vóór 1 april aan."),
        ("h1", "7. Resultaten en kwaliteit"),
        ("p", "Voor de planperiode hebben we de volgende beoogde resultaten voor leerlingen met een "
              "ondersteuningsbehoefte vastgesteld:"),
        ("bullets", [
            "in 2030 zit geen leerling langer dan drie maanden thuis zonder onderwijsaanbod;",
            "het aantal leerlingen dat vanuit het vso terugkeert naar regulier onderwijs of het OPDC stijgt van 31 in 2025 naar 45 per jaar;",
            "90 procent van de leerlingen met een OPP verlaat de school met een diploma, certificaat of een plek in het mbo;",
            "alle vestigingen voldoen in 2028 volledig aan de basisondersteuning.",
        ]),
        ("p", "Hoe we deze resultaten gaan volgen, welke bronnen we gebruiken en hoe vaak we rapporteren, leggen we "
              "vast in een monitor die het bureau in het eerste planjaar ontwikkelt. De opzet daarvan wordt in de loop "
              "van 2027 aan de ondersteuningsplanraad voorgelegd."),
        ("h1", "8. Communicatie"),
        ("p", "Het samenwerkingsverband communiceert met scholen, partners en ouders. Voor scholen is er een "
              "maandelijkse nieuwsbrief en een besloten deel van de website. Voor ouders maken we de informatie zo "
              "toegankelijk mogelijk. Op de website staat per school het schoolondersteuningsprofiel en een overzicht "
              "van de arrangementen. Iedere school neemt de basisondersteuning op in de schoolgids. Twee keer per jaar "
              "organiseren wij samen met de PO-verbanden een informatieavond voor ouders van leerlingen in groep 8 over "
              "de overstap naar het voortgezet onderwijs, en de folder 'Wegwijs in passend onderwijs' (ook in het Engels, "
              "Turks en Arabisch) wordt via de mentor uitgereikt aan ouders van leerlingen voor wie een OPP wordt "
              "opgesteld."),
        ("p", "Voor onafhankelijk advies kunnen ouders kijken op onze website; daar publiceren wij zodra de "
              "afspraken rond zijn de gegevens van het ouder- en jeugdsteunpunt."),
    ]
    b += opr(c)
    b += [
        ("h1", "9. Geld en middelen"),
        ("p", "Het samenwerkingsverband ontvangt jaarlijks circa € 14,9 miljoen aan rijksmiddelen voor zware en lichte "
              "ondersteuning. Na aftrek van de afdracht aan het vso verdelen we de middelen volgens een vast model. "
              "Iedere school ontvangt een schoolbudget van € 142 per leerling (telling 1 oktober van het voorgaande "
              "jaar) plus een vaste voet van € 25.000 per vestiging; scholen met praktijkonderwijs of lwoo ontvangen "
              "daarnaast € 60 per lwoo- of pro-leerling. Bovenschoolse arrangementen worden door de Commissie "
              "Toewijzing toegekend op basis van het OPP en rechtstreeks aan de uitvoerende school betaald."),
        ("table", [["Meerjarenbegroting (x € 1.000)", "2026", "2027", "2028", "2029"],
                   ["Baten rijksbijdrage", "14.910", "14.780", "14.620", "14.450"],
                   ["Afdracht vso", "6.230", "6.150", "6.060", "5.980"],
                   ["Schoolbudgetten", "5.520", "5.470", "5.410", "5.350"],
                   ["OPDC De Overstap en plusvoorziening", "1.640", "1.660", "1.680", "1.700"],
                   ["Overstaparrangementen", "180", "210", "240", "260"],
                   ["Bureau en organisatie", "1.210", "1.230", "1.250", "1.270"],
                   ["Resultaat", "130", "60", "-20", "-110"]]),
        ("p", "De reserve bedraagt eind 2025 € 2,1 miljoen. Het weerstandsvermogen blijft binnen de signaleringswaarde "
              "van de inspectie. Scholen verantwoorden de besteding van hun schoolbudget jaarlijks vóór 1 april in een "
              "korte rapportage."),
    ]
    b += governance(c) + personeel(c) + ict_privacy(c) + [("h1", "Overige thema's")] + mbo_aansluiting(c) + nt2(c)
    b += planning(c, evaluatie=False) + begrippen(c) + afkortingen(c)
    return b


LABEL1 = dict(
    sector="vo", looks_like_plan=True,
    elements=dict(basisondersteuning="present", plaatsing="present", terugstroom="present", financien="present",
                  **{"dekkend-aanbod": "present"}, resultaten="partial", ouders="partial"),
    criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
              "plaatsing.procedure": True, "plaatsing.criteria": True,
              "terugstroom.procedure": True, "terugstroom.beleid": True,
              "financien.verdeling": True, "financien.besteding": True,
              "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
              "resultaten.doelen": True, "resultaten.monitoring": False,
              "ouders.informatie": True, "ouders.steunpunt": False},
    advisory_addressed={"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie"],
                        "financien": ["reserves", "verantwoording"], "dekkend-aanbod": ["ketenpartners"],
                        "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
    notes={"basisondersteuning": "Ch. 3 'Ondersteuning op elke school': binding 'vloerniveau' for all 38 vestigingen plus concrete list; borging via kwaliteitsgesprek.",
           "plaatsing": "Ch. 5.1/5.2: loket, Commissie Toewijzing, two deskundigen, 6 weeks; criteria list; TLV 1/2/4 years and categories; no bezwaar route.",
           "terugstroom": "Hidden in 5.3 'Afloop van de verklaring' inside the TLV chapter (no ch. 6 in body despite TOC): aims, conditions, steps with dates, overstaparrangement.",
           "financien": "Ch. 9 'Geld en middelen': per-leerling bedrag + vaste voet, meerjarenbegroting table 2026-2029 with amounts, reserve.",
           "dekkend-aanbod": "Ch. 4: layers 2-4 (continuum) and 4.1 thuiszitterstafel, gap-collection twice a year, zorgplicht.",
           "resultaten": "Ch. 7 lists measurable beoogde resultaten, but monitoring is deferred ('monitor ... in de loop van 2027 voorgelegd').",
           "ouders": "Ch. 8 'Communicatie' informs parents (website, schoolgids, folder, avonden); steunpunt only a website deferral ('zodra de afspraken rond zijn'). OPR composition = betrokkenheid."},
)


# ---------------------------------------------------------------------------
# Plan 2: small VO verband, Word + PDF
# ---------------------------------------------------------------------------
C2 = dict(coord="ondersteuningscoördinatoren", mentoren="mentoren", naam="Samenwerkingsverband Voortgezet Onderwijs Kempenrand", kort="Kempenrand", code="VO 30.07",
          periode="2026-2030", regio="de Kempenrand", n_besturen=3, n_scholen=6, n_lln="4.115",
          rechtsvorm="stichting", bestuurder="Mw. A.C. Verhoeven MEd", fte="4,2", plaats="Bladel",
          cao="cao voor het voortgezet onderwijs", doelgroep="iedere jongere", opr_datum="3 maart 2026",
          oogo_datum="12 februari 2026", ander_swv="PO Kempenrand", vastgesteld="24 maart 2026",
          gemeenten=[["Bladel", "2", "1.610"], ["Eersel", "2", "1.380"], ["Reusel-De Mierden", "1", "640"],
                     ["Bergeijk", "1", "485"]])


def plan2():
    c = C2
    b = []
    b += title_page(c, "Klein verband, korte lijnen")
    b += toc(["Voorwoord", "1. Ons samenwerkingsverband", "2. Missie, visie en ambities", "3. Wat elke school biedt",
              "4. Ondersteuning en toewijzing", "4.1 Drie lagen", "4.2 Toelaatbaarheid vso, lwoo en pro",
              "4.3 Toelaatbaarheidscriteria", "4.5 Terugplaatsing en overplaatsing", "5. Vinger aan de pols: opbrengsten",
              "6. Communicatie en contact", "7. Geld en middelen", "8. Organisatie", "9. Planning",
              "Begrippenlijst", "Afkortingen"])
    b += voorwoord(c) + leeswijzer(c) + context(c) + missie_visie(c)
    b += [
        ("h1", "3. Wat elke school biedt"),
        ("p", "Met zes scholen zijn we een klein samenwerkingsverband. Dat maakt het mogelijk om afspraken echt samen "
              "te maken. Het bestuur heeft vastgesteld dat alle zes scholen, van praktijkonderwijs tot atheneum, "
              "hetzelfde niveau van basisondersteuning bieden. Dat niveau is het afgesproken minimum dat iedere vestiging "
              "waarmaakt, ongeacht onderwijstype of omvang, en een school mag er niet onder zitten."),
        ("p", "Welke voorzieningen, interventies en deskundigheid precies tot dat minimum behoren, is vastgelegd in de "
              "Kwaliteitskaart basisondersteuning (bijlage 2). De kaart wordt in schooljaar 2026-2027 met de "
              "ondersteuningscoördinatoren geactualiseerd; de nieuwe versie wordt na vaststelling aan dit plan "
              "toegevoegd."),
        ("h1", "4. Ondersteuning en toewijzing"),
        ("h2", "4.1 Drie lagen"),
        ("p", "Ondersteuning in de Kempenrand is georganiseerd in drie lagen die op elkaar aansluiten. In de eerste "
              "laag biedt de school zelf de basisondersteuning. In de tweede laag zetten scholen extra ondersteuning in: "
              "een ondersteuningsarrangement op school, zoals een trajectvoorziening, remedial teaching of begeleiding "
              "door de gedragsspecialist van het verband die op iedere school een dagdeel per week aanwezig is. De derde "
              "laag is het bovenschoolse aanbod: de gezamenlijke rebound 'De Brug' in Eersel (twaalf plaatsen, "
              "maximaal twaalf weken) en het voortgezet speciaal onderwijs, waarvoor leerlingen naar Eindhoven en "
              "Veldhoven reizen. Binnen de eerste twee lagen kunnen leerlingen op- en afschalen zonder dat er een nieuwe "
              "aanmelding nodig is."),
        ("h2", "4.2 Toelaatbaarheid vso, lwoo en pro"),
        ("p", "Het bevoegd gezag van de school dient een aanvraag voor een toelaatbaarheidsverklaring in met het "
              "aanmeldformulier van het samenwerkingsverband, het OPP en het handelingsdeel. Ouders ondertekenen het "
              "formulier voor gezien. De Toewijzingscommissie bestaat uit de coördinator van het verband en twee "
              "deskundigen (een orthopedagoog-generalist en, afhankelijk van de vraag, een kinder- en jeugdpsycholoog of "
              "een jeugdarts), die elk afzonderlijk schriftelijk adviseren. De commissie neemt binnen acht weken een "
              "besluit namens het bestuur. Een TLV wordt voor ten hoogste twee schooljaren afgegeven. Aanvragen voor "
              "lwoo en praktijkonderwijs lopen via hetzelfde formulier en dezelfde commissie."),
        ("p", "Tegen een besluit kunnen ouders en het schoolbestuur binnen zes weken bezwaar maken. Het "
              "samenwerkingsverband is aangesloten bij de Landelijke Bezwaaradviescommissie toelaatbaarheidsverklaringen, "
              "die het bestuur adviseert over het bezwaar."),
        ("h2", "4.3 Toelaatbaarheidscriteria"),
        ("p", "De criteria aan de hand waarvan de commissie beoordeelt of een leerling toelaatbaar is, zijn in "
              "herziening. Een werkgroep van ondersteuningscoördinatoren en de commissie komt in het voorjaar van 2027 "
              "met een voorstel. Tot die tijd weegt de commissie elke aanvraag op zijn eigen merites."),
        ("h2", "4.5 Terugplaatsing en overplaatsing"),
        ("p", "Deze paragraaf wordt aangevuld na de evaluatie van het pilotjaar met de vso-scholen in Eindhoven."),
        ("h1", "5. Vinger aan de pols: opbrengsten"),
        ("p", "Wat willen we over vier jaar bereikt hebben voor jongeren die meer nodig hebben dan de "
              "basisondersteuning? We hebben dat in vier afspraken met de scholen vastgelegd:"),
        ("bullets", [
            "ten minste 95 procent van de jongeren met een OPP stroomt door naar een volgend leerjaar of een vervolgopleiding zonder tussentijds uit te vallen;",
            "de gemiddelde doorlooptijd van een aanvraag tot besluit daalt naar vijf weken;",
            "het aandeel jongeren in het vso daalt van 2,9 naar 2,5 procent;",
            "mentoren van alle zes scholen geven in de tweejaarlijkse enquête gemiddeld minstens een 7 voor de steun die zij van het verband krijgen.",
        ]),
        ("p", "Twee keer per jaar, in januari en juni, maakt het bureau een dashboard met de stand van deze vier "
              "afspraken per school, op basis van de gegevens van DUO, de registratie van de Toewijzingscommissie en de "
              "enquête. Het dashboard wordt besproken in het bestuur, met de schoolleiders en met de "
              "ondersteuningsplanraad. Wijkt een school af, dan volgt een gesprek over de oorzaken. In het jaarverslag "
              "leggen we verantwoording af over wat bereikt is en wat niet."),
        ("h1", "6. Communicatie en contact"),
        ("p", "Omdat we klein zijn, kennen de ondersteuningscoördinatoren elkaar goed en lopen lijnen kort. Naar "
              "buiten communiceren we via de website, een nieuwsbrief voor scholen en een jaarlijkse regiobijeenkomst. "
              "Ouders vinden op de website per school het ondersteuningsprofiel en een korte uitleg over de route naar "
              "extra ondersteuning. Elke school bespreekt het ondersteuningsaanbod tijdens de kennismakingsavond voor "
              "nieuwe leerlingen in juni, en in de schoolgids staat welke ondersteuning de school biedt."),
        ("p", "Ouders die er met school niet uitkomen of een luisterend oor zoeken, kunnen terecht bij het "
              "Ouder- en Jeugdsteunpunt De Kempen. Het steunpunt werkt onafhankelijk van scholen en van het "
              "samenwerkingsverband, houdt op dinsdag- en donderdagochtend telefonisch spreekuur en kan een "
              "ervaringsdeskundige ouder meesturen naar een gesprek op school. Ook kunnen ouders kosteloos een beroep "
              "doen op de landelijke Onderwijsconsulenten."),
    ]
    b += opr(c) + oogo_procedural(c)
    b += [
        ("h1", "7. Geld en middelen"),
        ("p", "Ons verband ontvangt ongeveer € 2,3 miljoen per jaar. Na de verplichte afdracht voor het vso gaat het "
              "overgrote deel rechtstreeks naar de scholen. Elke school ontvangt een schoolbudget dat bestaat uit een "
              "vaste voet van € 40.000 en € 95 per leerling volgens de telling van 1 oktober. Het budget voor "
              "arrangementen in laag 3 wordt niet vooraf verdeeld: de Toewijzingscommissie kent het toe per leerling, "
              "op basis van het OPP, met een maximum van € 6.500 per leerling per jaar."),
        ("table", [["Begroting in euro's", "2026", "2027", "2028", "2029"],
                   ["Rijksbijdrage ondersteuning", "2.310.000", "2.285.000", "2.250.000", "2.220.000"],
                   ["Afdracht vso", "905.000", "895.000", "880.000", "870.000"],
                   ["Schoolbudgetten (6 scholen)", "630.000", "627.000", "622.000", "617.000"],
                   ["Rebound De Brug", "310.000", "315.000", "320.000", "325.000"],
                   ["Arrangementen laag 3", "240.000", "240.000", "240.000", "240.000"],
                   ["Gedragsspecialist en bureau", "235.000", "238.000", "241.000", "244.000"]]),
    ]
    b += governance(c) + bedrijfsvoering(c) + personeel(c) + ict_privacy(c) + [("h1", "Overige thema's")]
    b += terugblik(c) + mbo_aansluiting(c)
    b += [("p", "In 2027 starten we een verkenning naar de vraag of ons aanbod in de regio nog aansluit bij wat "
                "jongeren nodig hebben.")]
    b += planning(c) + begrippen(c) + afkortingen(c)
    return b


LABEL2 = dict(
    sector="vo", looks_like_plan=True,
    elements=dict(basisondersteuning="partial", plaatsing="partial", terugstroom="missing", financien="present",
                  **{"dekkend-aanbod": "partial"}, resultaten="present", ouders="present"),
    criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": False,
              "plaatsing.procedure": True, "plaatsing.criteria": False,
              "terugstroom.procedure": False, "terugstroom.beleid": False,
              "financien.verdeling": True, "financien.besteding": True,
              "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": False,
              "resultaten.doelen": True, "resultaten.monitoring": True,
              "ouders.informatie": True, "ouders.steunpunt": True},
    advisory_addressed={"plaatsing": ["deskundigen", "duur-categorie", "bezwaar"], "resultaten": ["meetbaar"],
                        "ouders": ["betrokkenheid"]},
    notes={"basisondersteuning": "Ch. 3: niveau stated (same agreed minimum for all 6 vestigingen); content only in absent 'bijlage 2' Kwaliteitskaart, to be updated.",
           "plaatsing": "4.2 gives procedure, deskundigen, 8 weeks, max 2 years, bezwaar via LBT; 4.3 criteria 'in herziening', voorjaar 2027 -> criteria not addressed.",
           "terugstroom": "Only TOC, begrippenlijst and an empty 4.5 heading whose body defers ('wordt aangevuld na de evaluatie').",
           "financien": "Ch. 7 'Geld en middelen': vaste voet + per-leerling bedrag, arrangement allocation rule, begroting table 2026-2029.",
           "dekkend-aanbod": "4.1 'Drie lagen' gives the continuum; gaps/thuiszitters not handled (only a 2027 'verkenning' deferral in Overige thema's).",
           "resultaten": "Ch. 5 'Vinger aan de pols: opbrengsten' (unusual wording): four measurable goals + dashboard twice a year, reported to bestuur/OPR/jaarverslag.",
           "ouders": "Ch. 6 'Communicatie en contact': website/SOP/kennismakingsavond/schoolgids + independent Ouder- en Jeugdsteunpunt and Onderwijsconsulenten."},
)


# ---------------------------------------------------------------------------
# Plan 3: large VO verband, PDF only (rendered from a temporary .docx)
# ---------------------------------------------------------------------------
C3 = dict(coord="ondersteuningscoördinatoren", mentoren="mentoren", naam="Samenwerkingsverband VO Amstelland-Zuid", kort="Amstelland-Zuid", code="VO 27.04",
          periode="2026-2030", regio="Amstelland-Zuid", n_besturen=11, n_scholen=22, n_lln="19.870",
          rechtsvorm="stichting", bestuurder="Dr. M. El Amrani", fte="15,8", plaats="Amstelveen",
          cao="cao voor het voortgezet onderwijs", doelgroep="iedere jongere", opr_datum="19 februari 2026",
          oogo_datum="29 januari 2026", ander_swv="PO Amstelland", vastgesteld="12 maart 2026",
          gemeenten=[["Amstelveen", "9", "8.950"], ["Aalsmeer", "4", "3.310"], ["Uithoorn", "4", "3.420"],
                     ["Ouder-Amstel", "2", "1.880"], ["De Ronde Venen", "3", "2.310"]])


def plan3():
    c = C3
    b = []
    b += title_page(c, "Ondersteuningsplan voortgezet onderwijs — versie voor de inspectie")
    b += toc(["Voorwoord", "1. Ons samenwerkingsverband", "2. Missie, visie en ambities", "3. Basisondersteuning",
              "4. Het ondersteuningscontinuüm", "5. Thuiszitters en zorgplicht", "6. Toelaatbaarheid",
              "7. Terugkeer uit het vso", "8. Ouders en leerlingen", "9. Financiën", "10. Kwaliteit en resultaten",
              "11. Organisatie", "12. Planning", "Begrippenlijst", "Afkortingen"])
    b += voorwoord(c) + leeswijzer(c) + context(c) + missie_visie(c)
    b += [
        ("h1", "3. Basisondersteuning"),
        ("p", "Basisondersteuning is in Amstelland-Zuid het niveau van ondersteuning dat alle 22 vestigingen "
              "minimaal waarborgen. De schoolbesturen hebben in de ledenvergadering van juni 2025 vastgesteld welke "
              "onderdelen daartoe behoren. Geen vestiging mag daaronder zakken; wel mogen scholen meer bieden."),
        ("table", [["Onderdeel", "Wat ouders en leerlingen op iedere school mogen verwachten"],
                   ["Begeleiding", "Mentoraat met wekelijks mentoruur; vast aanspreekpunt voor ouders"],
                   ["Leren", "Aanpak dyslexie en dyscalculie, studievaardigheden, bijles in kernvakken"],
                   ["Sociaal-emotioneel", "Weerbaarheidstraining, anti-pestcoördinator, vertrouwenspersoon"],
                   ["Structuur", "Ondersteuningscoördinator en ondersteuningsteam met jeugdarts en schoolmaatschappelijk werk"],
                   ["Fysiek", "Toegankelijk gebouw of aanpassing binnen zes maanden; rustruimte"],
                   ["Planmatig", "OPP binnen zes weken na besluit ondersteuningsteam, twee keer per jaar geëvalueerd"]]),
        ("p", "Deze tabel is leidend. Scholen nemen de onderdelen op in hun schoolgids."),
        ("h1", "4. Het ondersteuningscontinuüm"),
        ("p", "Wanneer de basisondersteuning niet genoeg is, volgt een opbouw in intensiteit. Op de eigen school "
              "kunnen lichte arrangementen worden ingezet, zoals een begeleider passend onderwijs of een "
              "trainingsaanbod. Iedere school heeft daarvoor een eigen budget. Voor leerlingen die tijdelijk niet in de "
              "klas kunnen functioneren, is er het OPDC 'Het Kompas' met drie locaties. Daarnaast zijn er "
              "tussenvoorzieningen voor leerlingen met autisme (de 'Focusklassen' op vier scholen) en voor "
              "hoogbegaafde leerlingen (de 'Plusroute' op twee havo/vwo-scholen). Het vso vormt het sluitstuk van het "
              "continuüm. Leerlingen kunnen schakelen tussen deze niveaus via het ondersteuningsteam en, voor het OPDC "
              "en het vso, via de Toewijzingscommissie."),
        ("h1", "5. Thuiszitters en zorgplicht"),
        ("p", "Het samenwerkingsverband houdt een register bij van alle leerlingen die langer dan vier weken geen "
              "onderwijs volgen of die absoluut verzuimen. Elke maand bespreekt een regionaal overleg van leerplicht, "
              "het bureau, de wijkteams en de betrokken scholen deze leerlingen. Voor iedere leerling wordt een "
              "casusregisseur benoemd die binnen twee weken een plan maakt. Als een school haar zorgplicht niet kan "
              "waarmaken, zoekt het bureau samen met de ouders een andere school; lukt dat niet binnen zes weken, dan "
              "kan de directeur-bestuurder een maatwerktraject bekostigen. Signalen dat er in de regio een voorziening "
              "ontbreekt, worden verzameld en leiden tot een voorstel aan het bestuur voor uitbreiding van het aanbod."),
    ]
    b += oogo_inhoud(c)
    b += [
        ("h1", "6. Toelaatbaarheid"),
        ("p", "Aanvragen voor een TLV vso, een aanwijzing lwoo of een TLV praktijkonderwijs worden door het "
              "bevoegd gezag van de school ingediend bij de Toewijzingscommissie, via het digitale aanvraagsysteem. De "
              "aanvraag bevat het OPP, het groeidocument en het verslag van het gesprek met ouders. Twee deskundigen "
              "(een gz-psycholoog of orthopedagoog en een tweede deskundige afhankelijk van de ondersteuningsvraag) "
              "geven ieder afzonderlijk advies. De commissie besluit binnen zes weken."),
        ("table", [["Voorziening", "Criteria"],
                   ["vso", "OPP met twee evaluaties; ondersteuningsbehoefte overstijgt wat het continuüm binnen het verband kan bieden; advies beide deskundigen"],
                   ["lwoo", "IQ tussen 75 en 90 en een leerachterstand van minimaal 1,5 jaar op ten minste twee domeinen, of sociaal-emotionele problematiek die het leren belemmert"],
                   ["pro", "IQ tussen 55 en 80 en een leerachterstand van ten minste drie jaar op twee domeinen, waarvan één begrijpend lezen of inzichtelijk rekenen"]]),
        ("p", "Een TLV vso geldt voor één of twee jaar in de categorie laag, midden of hoog. Tegen een besluit kan "
              "bezwaar worden gemaakt; het bestuur vraagt daarover advies aan de Landelijke Bezwaaradviescommissie."),
        ("h1", "7. Terugkeer uit het vso"),
        ("p", "Het uitgangspunt is dat geen leerling langer in het vso verblijft dan nodig is. Onze ambitie is dat "
              "de overstap terug naar het regulier onderwijs een normaal onderdeel van iedere vso-loopbaan wordt. "
              "Terugkeer is aan de orde als het OPP laat zien dat de leerling de doelen haalt, als de leerling en de "
              "ouders dat willen en als er een reguliere school is die de benodigde ondersteuning kan bieden. De "
              "ontvangende school krijgt gedurende een jaar een terugkeerarrangement, waarmee de vso-school "
              "ambulante begeleiding blijft geven."),
        ("p", "De stappen, wie het initiatief neemt en op welke momenten geëvalueerd wordt, werken we uit in een "
              "protocol Terugkeer dat het bureau samen met de vso-scholen opstelt. Dat protocol volgt."),
        ("h1", "8. Ouders en leerlingen"),
        ("p", "Ouders en leerlingen moeten kunnen vinden welke ondersteuning er is. De website van het "
              "samenwerkingsverband bevat een ouderpagina met uitleg over basisondersteuning, arrangementen en "
              "toelaatbaarheid, in gewone taal. Iedere school organiseert bij de start van het schooljaar een "
              "informatiebijeenkomst over ondersteuning. Bij de overgang van het primair onderwijs krijgen ouders de "
              "brochure 'Naar de brugklas met extra steun'. Ouders en leerlingen worden betrokken bij het opstellen van "
              "het OPP en mogen hun mening geven voordat het wordt vastgesteld."),
        ("p", "Voor onafhankelijke hulp kunnen ouders en jongeren terecht bij het Ouder- en Jeugdsteunpunt "
              "Amstelland, dat wordt uitgevoerd door een stichting die los staat van de scholen. Het steunpunt "
              "informeert, denkt mee, bemiddelt bij onenigheid en kan doorverwijzen naar de Onderwijsconsulenten of de "
              "Geschillencommissie passend onderwijs. Contactgegevens staan in elke schoolgids."),
    ]
    b += opr(c)
    b += [
        ("h1", "9. Financiën"),
        ("p", "De ondersteuningsmiddelen worden verdeeld volgens het verdeelmodel dat de ledenvergadering in 2024 "
              "heeft vastgesteld. 60 procent van het budget na afdracht vso gaat als schoolbudget naar de scholen, "
              "verdeeld naar rato van het aantal leerlingen op 1 oktober; 40 procent blijft bovenschools voor het OPDC, "
              "de tussenvoorzieningen en individuele arrangementen. Scholen met een bovengemiddeld aandeel leerlingen "
              "uit wijken met een hoge achterstandsscore ontvangen een opslag van 15 procent op hun schoolbudget. "
              "Individuele arrangementen worden toegekend door de Toewijzingscommissie."),
        ("table", [["Meerjarenbegroting", "2026", "2027", "2028", "2029"],
                   ["Baten", "p.m.", "p.m.", "p.m.", "p.m."],
                   ["Schoolbudgetten", "p.m.", "p.m.", "p.m.", "p.m."],
                   ["Bovenschoolse voorzieningen", "p.m.", "p.m.", "p.m.", "p.m."],
                   ["Organisatie", "p.m.", "p.m.", "p.m.", "p.m."]]),
        ("p", "De meerjarenbegroting wordt na vaststelling door het bestuur in december als afzonderlijk document "
              "gepubliceerd."),
        ("h1", "10. Kwaliteit"),
        ("p", "Het samenwerkingsverband werkt cyclisch volgens de kwaliteitscyclus plan-do-check-act. De uitwerking "
              "van het kwaliteitsbeleid voor de nieuwe planperiode is nog in ontwikkeling en volgt in het jaarplan. "
              "De landelijke evaluatie van passend onderwijs heeft laten zien dat resultaten vaak pas na jaren "
              "zichtbaar worden; we nemen daarom de tijd om dit zorgvuldig te doen."),
    ]
    b += governance(c) + personeel(c) + ict_privacy(c) + [("h1", "Overige thema's")] + mbo_aansluiting(c) + nt2(c)
    b += planning(c, evaluatie=False) + begrippen(c) + afkortingen(c)
    return b


LABEL3 = dict(
    sector="vo", looks_like_plan=True,
    elements=dict(basisondersteuning="present", plaatsing="present", terugstroom="partial", financien="partial",
                  **{"dekkend-aanbod": "present"}, resultaten="missing", ouders="present"),
    criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
              "plaatsing.procedure": True, "plaatsing.criteria": True,
              "terugstroom.procedure": False, "terugstroom.beleid": True,
              "financien.verdeling": True, "financien.besteding": False,
              "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
              "resultaten.doelen": False, "resultaten.monitoring": False,
              "ouders.informatie": True, "ouders.steunpunt": True},
    advisory_addressed={"plaatsing": ["deskundigen", "duur-categorie", "bezwaar"], "dekkend-aanbod": ["ketenpartners"],
                        "ouders": ["betrokkenheid"]},
    notes={"basisondersteuning": "Ch. 3: minimum level for all 22 vestigingen; content only in a table (onderdeel / wat ouders mogen verwachten).",
           "plaatsing": "Ch. 6: procedure via Toewijzingscommissie, two deskundigen, 6 weeks; criteria for vso/lwoo/pro only in a table; categories, bezwaar.",
           "terugstroom": "Ch. 7 'Terugkeer uit het vso': policy (aims, conditions, terugkeerarrangement) but steps/actors deferred to a 'protocol Terugkeer' that 'volgt'.",
           "financien": "Ch. 9: verdeelmodel 60/40 with per-leerling and 15% opslag; meerjarenbegroting table is all 'p.m.' and deferred to a separate document.",
           "dekkend-aanbod": "Ch. 4 continuum (school arrangements, OPDC, Focusklassen, Plusroute, vso) and ch. 5 thuiszitters register, casusregisseur, zorgplicht.",
           "resultaten": "TOC promises 'Kwaliteit en resultaten' but body ch. 10 only has PDCA wording, 'in ontwikkeling en volgt', and a passing remark on the national evaluation.",
           "ouders": "Ch. 8 'Ouders en leerlingen': ouderpagina, bijeenkomst, brochure + independent Ouder- en Jeugdsteunpunt Amstelland, consulenten, geschillencommissie."},
)


# ---------------------------------------------------------------------------
# Plan 4: medium VO verband, HTML web version, thin plan "op hoofdlijnen"
# ---------------------------------------------------------------------------
C4 = dict(coord="ondersteuningscoördinatoren", mentoren="mentoren",
          naam="Samenwerkingsverband Voortgezet Onderwijs Veluwe-Oost", kort="Veluwe-Oost", code="VO 25.12",
          periode="2026-2030", regio="de oostelijke Veluwe", n_besturen=7, n_scholen=12, n_lln="9.640",
          rechtsvorm="stichting", bestuurder="Drs. P. Hoekstra", fte="8,1", plaats="Apeldoorn",
          cao="cao voor het voortgezet onderwijs", doelgroep="iedere jongere", opr_datum="5 maart 2026",
          oogo_datum="4 februari 2026", ander_swv="Passend Primair Onderwijs Veluwe-Oost", vastgesteld="26 maart 2026",
          gemeenten=[["Apeldoorn", "7", "6.310"], ["Epe", "2", "1.480"], ["Voorst", "1", "720"], ["Brummen", "2", "1.130"]])


def plan4():
    c = C4
    b = []
    b += title_page(c, "Ondersteuningsplan op hoofdlijnen — webversie")
    b += toc(["Voorwoord", "1. Ons samenwerkingsverband", "2. Missie, visie en ambities", "3. Basisondersteuning",
              "4. Toelaatbaarheid en terugplaatsing", "5. Iedere jongere een plek", "6. Monitoring",
              "7. Ouders", "8. Financiën en meerjarenbegroting", "9. Organisatie", "10. Planning", "Begrippenlijst"])
    b += voorwoord(c) + leeswijzer(c) + context(c) + missie_visie(c, ouders_zin=False)
    b += [
        ("h1", "3. Basisondersteuning"),
        ("p", "Net als in de vorige planperiode vallen de afspraken over basisondersteuning onder de "
              "verantwoordelijkheid van de schoolbesturen. Zodra de landelijke norm basisondersteuning wettelijk is "
              "vastgelegd, herijken we samen met de besturen wat dat voor onze scholen betekent. Tot die tijd "
              "verandert er niets."),
        ("h1", "4. Toelaatbaarheid en terugplaatsing"),
        ("p", "Het samenwerkingsverband beslist over de toelaatbaarheid tot het voortgezet speciaal onderwijs en het "
              "praktijkonderwijs en over de aanwijzing voor leerwegondersteunend onderwijs. De route staat in "
              "onderstaande tabel."),
        ("table", [["Stap", "Wie", "Wat", "Termijn"],
                   ["1", "Ondersteuningsteam school", "Bespreekt leerling en stelt vast dat een TLV of lwoo-aanwijzing nodig is", "-"],
                   ["2", "Bevoegd gezag school", "Dient aanvraag in bij het Loket Toelaatbaarheid met OPP en evaluatie", "-"],
                   ["3", "Loket Toelaatbaarheid", "Controleert volledigheid", "5 werkdagen"],
                   ["4", "Twee deskundigen", "Orthopedagoog of psycholoog plus arts of maatschappelijk werker brengen ieder schriftelijk advies uit", "3 weken"],
                   ["5", "Commissie Toelaatbaarheid", "Neemt besluit namens de directeur-bestuurder", "binnen 6 weken na stap 3"]]),
        ("table", [["Voorziening", "Toelaatbaar als"],
                   ["vso", "de school kan aantonen dat een jaar handelingsgerichte ondersteuning volgens OPP onvoldoende effect had, en de ondersteuningsvraag een intensiteit vraagt die alleen in kleine groepen met specialistische begeleiding kan worden geboden"],
                   ["pro", "de leerling voldoet aan de landelijke criteria: IQ 55-80 en leerachterstand van drie jaar of meer op twee domeinen"],
                   ["lwoo", "IQ 75-90 met een leerachterstand van 1,5 tot 3 jaar op twee domeinen"]]),
        ("p", "De TLV vso wordt in de regel voor twee jaar afgegeven."),
        ("h2", "Einde van de TLV"),
        ("p", "In februari van het laatste jaar van de TLV evalueert de vso-school het OPP. De vso-school meldt "
              "vóór 1 maart aan het Loket Toelaatbaarheid of zij een verlenging aanvraagt of dat de leerling de "
              "overstap maakt. Bij een overstap meldt de vso-school de leerling, na overleg met de consulent van het "
              "verband, aan bij een reguliere school; de Commissie Toelaatbaarheid bevestigt schriftelijk dat de TLV "
              "per 31 juli eindigt."),
        ("h1", "5. Iedere jongere een plek"),
        ("p", "In Veluwe-Oost zitten gemiddeld vijftien jongeren zonder passend onderwijs thuis. Voor iedere jongere "
              "die langer dan drie weken verzuimt, organiseert de leerplichtambtenaar binnen tien werkdagen een "
              "Doorbraaktafel met de school, het verband en de jeugdhulp. Aan tafel wordt afgesproken welke partij wat "
              "doet en wie de regie heeft. Blijft het vastzitten, dan kan de directeur-bestuurder een school verzoeken "
              "een plaats aan te bieden en een tijdelijk maatwerktraject laten starten. Een bestuur dat een "
              "leerling niet kan plaatsen, meldt dat binnen zes weken na aanmelding bij het verband (zorgplicht). "
              "Blijkt uit de Doorbraaktafels dat dezelfde soort plek telkens ontbreekt, dan agendeert het bureau dat in "
              "het directeurenoverleg met een voorstel."),
    ]
    b += oogo_inhoud(c, full=False)
    b += [
        ("h1", "6. Monitoring"),
        ("p", "Het bureau rapporteert twee keer per jaar aan de directeur-bestuurder en de raad van toezicht over het "
              "aantal afgegeven TLV's en lwoo-aanwijzingen, het aantal thuiszitters, het verzuim en het aantal "
              "leerlingen dat uit het vso is overgestapt. In schooljaar 2024-2025 ging het om 212 TLV's, 1.040 "
              "lwoo-aanwijzingen, 15 thuiszitters en 9 overstappers. Eenmaal per jaar bespreken de schoolleiders deze "
              "cijfers in een evaluatiesessie; de uitkomsten worden opgenomen in het jaarverslag."),
        ("p", "Welke resultaten we in deze planperiode willen bereiken, stellen we in de loop van 2027 vast, nadat de "
              "nulmeting is afgerond."),
        ("h1", "8. Financiën en meerjarenbegroting"),
        ("p", "Het financieel beleid, het verdeelmodel en de meerjarenbegroting zijn uitgewerkt in het Financieel "
              "Kader 2026-2030 en de jaarlijkse begroting. Beide documenten staan op de downloadpagina van onze "
              "website."),
    ]
    b += opr(c, with_parents=False) + governance(c, jaarrekening=False) + bedrijfsvoering(c)
    b += besluitvorming(c) + inspectietoezicht(c) + personeel(c) + ict_privacy(c)
    b += [("h1", "Overige thema's")] + terugblik(c) + mbo_aansluiting(c) + nt2(c)
    b += [("h2", "Deskundigheidsbevordering"),
          ("p", "Het verband organiseert jaarlijks een studiedag voor alle scholen rond een actueel thema. In 2026 is "
                "dat 'gedrag en motivatie in de onderbouw'. Daarnaast kunnen teams een beroep doen op de consulenten "
                "voor een teamtraining op maat. De studiedag wordt voorbereid door een werkgroep van drie "
                "ondersteuningscoördinatoren en een schoolleider. Het programma wordt in overleg met de scholen "
                "vastgesteld en na afloop geëvalueerd.")]
    b += planning(c) + begrippen(c)
    return b


LABEL4 = dict(
    sector="vo", looks_like_plan=True,
    elements=dict(basisondersteuning="missing", plaatsing="present", terugstroom="partial", financien="missing",
                  **{"dekkend-aanbod": "partial"}, resultaten="partial", ouders="missing"),
    criteria={"basisondersteuning.niveau": False, "basisondersteuning.inhoud": False,
              "plaatsing.procedure": True, "plaatsing.criteria": True,
              "terugstroom.procedure": True, "terugstroom.beleid": False,
              "financien.verdeling": False, "financien.besteding": False,
              "dekkend-aanbod.continuum": False, "dekkend-aanbod.lacunes": True,
              "resultaten.doelen": False, "resultaten.monitoring": True,
              "ouders.informatie": False, "ouders.steunpunt": False},
    advisory_addressed={"plaatsing": ["deskundigen", "duur-categorie"], "terugstroom": ["monitoring"],
                        "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"]},
    notes={"basisondersteuning": "Ch. 3 only defers to the boards and a future landelijke norm ('tot die tijd verandert er niets'); otherwise nav bar, TOC and begrippenlijst.",
           "plaatsing": "Ch. 4: procedure and criteria only in two tables (steps/actors/termijnen; vso/pro/lwoo criteria); TLV usually two years.",
           "terugstroom": "'Einde van de TLV' inside ch. 4 gives steps, dates and deciding body; no aims, conditions or support after return (beleid missing).",
           "financien": "Ch. 8 only refers to a separate Financieel Kader and begroting on the website; no model or amounts in the document.",
           "dekkend-aanbod": "Ch. 5 'Iedere jongere een plek': Doorbraaktafel, zorgplicht, gap signalling (lacunes); no continuum of provisions described.",
           "resultaten": "Ch. 6 'Monitoring': twice-yearly reporting with 2024-2025 figures; intended results deferred ('in de loop van 2027 ... na de nulmeting').",
           "ouders": "Nothing in body: ch. 7 'Ouders' exists only in TOC and nav bar; OPR paragraph omits parents; begrippenlijst defines ouder- en jeugdsteunpunt."},
)


# ---------------------------------------------------------------------------
# Plan 5: PO verband, Word (.docx)
# ---------------------------------------------------------------------------
C5 = dict(coord="intern begeleiders", mentoren="leerkrachten",
          naam="Stichting Passend Primair Onderwijs De Linge", kort="De Linge", code="PO 26.09",
          periode="2026-2030", regio="het Lingegebied", n_besturen=9, n_scholen=44, n_lln="11.380",
          rechtsvorm="stichting", bestuurder="Mw. drs. L. Brouwer", fte="11,6", plaats="Geldermalsen",
          cao="cao primair onderwijs", doelgroep="ieder kind", opr_datum="26 februari 2026",
          oogo_datum="15 januari 2026", ander_swv="VO Rivierenland", vastgesteld="19 maart 2026",
          gemeenten=[["West Betuwe", "21", "5.240"], ["Tiel", "14", "3.910"], ["Buren", "9", "2.230"]])


def plan5():
    c = C5
    b = []
    b += title_page(c, "Samen zorgen dat ieder kind tot zijn recht komt")
    b += toc(["Voorwoord", "1. Ons samenwerkingsverband", "2. Missie, visie en ambities", "3. Basisondersteuning",
              "4. Toelaatbaarheid sbo en so", "5. Weer naar een school in de wijk", "6. Wat we willen bereiken",
              "7. Ouders", "8. Financiën", "9. Organisatie", "10. Planning", "Begrippenlijst", "Afkortingen"])
    b += voorwoord(c) + leeswijzer(c) + context(c) + missie_visie(c)
    b += [
        ("h1", "3. Basisondersteuning"),
        ("p", "Alle 41 basisscholen, de twee sbo-scholen en de so-school van De Linge hebben afgesproken welke "
              "ondersteuning op iedere vestiging minimaal beschikbaar is. Dit is de ondergrens: geen school biedt "
              "minder. Het bestuur van het samenwerkingsverband heeft deze afspraak in oktober 2025 bekrachtigd."),
        ("bullets", [
            "een intern begeleider met ten minste één dag per week per 200 leerlingen;",
            "een zorgteam dat minstens vier keer per jaar bijeenkomt, met de jeugdverpleegkundige van het CJG;",
            "een dyslexieprotocol met de landelijke vergoede zorg als vervolg, en een aanpak voor rekenproblemen;",
            "een aanbod voor meer- en hoogbegaafde kinderen in de eigen groep (verrijkingsmateriaal, compacten);",
            "een methode voor sociaal-emotionele ontwikkeling en een anti-pestprotocol;",
            "een OPP voor ieder kind dat op een of meer vakken een eigen leerlijn volgt.",
        ]),
        ("p", "Twee keer per planperiode bezoekt een auditteam van intern begeleiders van andere scholen iedere "
              "school om te toetsen of deze afspraken worden nagekomen."),
        ("h1", "4. Toelaatbaarheid sbo en so"),
        ("p", "Het samenwerkingsverband geeft toelaatbaarheidsverklaringen af voor het speciaal basisonderwijs en "
              "het speciaal onderwijs. De route naar het sbo en so, met de stappen, de criteria en de termijnen, is "
              "beschreven in bijlage 5 'Toelaatbaarheid in stappen'."),
        ("h1", "5. Weer naar een school in de wijk"),
        ("p", "Een plek op het sbo of so is voor veel kinderen de juiste keuze, maar hoeft niet voor altijd te zijn. "
              "Wij vinden dat een kind dat zich op het sbo of so goed heeft ontwikkeld, waar mogelijk weer naar een "
              "basisschool dicht bij huis gaat, bij vriendjes uit de buurt. Dat lukt alleen als de basisschool voorbereid "
              "is en het kind na de overstap niet alleen staat. Een overstap is aan de orde als het kind de doelen uit "
              "het OPP haalt, ouders instemmen en een basisschool de ondersteuning uit het OPP kan bieden."),
        ("p", "Hoe gaat dat in zijn werk? Bij de jaarlijkse OPP-bespreking in maart stelt de sbo- of so-school "
              "standaard de vraag of een overstap mogelijk is. Als dat zo is, nodigt de intern begeleider van de "
              "sbo- of so-school vóór 1 mei de ouders, de intern begeleider van de beoogde basisschool en de "
              "consulent van De Linge uit voor een overstapgesprek. Daarin worden een startdatum en een "
              "overdrachtsplan afgesproken. De directeur van het samenwerkingsverband stelt daarna vast dat de TLV "
              "eindigt. Na de overstap ontvangt de basisschool een overstapbudget van € 3.500 en begeleidt een "
              "ambulant begeleider van de sbo- of so-school het kind en de leerkracht een jaar lang. Na zes weken en "
              "na een halfjaar wordt geëvalueerd met ouders."),
        ("h1", "6. Wat we willen bereiken"),
        ("p", "Voor kinderen die extra ondersteuning nodig hebben, willen we in 2030 het volgende bereikt hebben:"),
        ("bullets", [
            "het percentage kinderen op het sbo daalt van 2,4 naar 2,0 procent van alle leerlingen;",
            "jaarlijks maken ten minste acht kinderen de overstap van sbo of so naar een basisschool;",
            "alle scholen scoren bij de audit basisondersteuning op alle onderdelen voldoende;",
            "kinderen met een OPP halen bij de eindtoets gemiddeld de referentieniveaus die in hun OPP zijn vastgelegd.",
        ]),
        ("p", "Het bureau verzamelt elk jaar in oktober de gegevens bij DUO, de scholen en de eigen registratie en "
              "zet ze af tegen deze doelen. De uitkomsten worden in een kwaliteitsrapportage aan het bestuur en de "
              "ondersteuningsplanraad voorgelegd en in het jaarverslag gepubliceerd. Halverwege de planperiode volgt "
              "een uitgebreide evaluatie met scholen."),
        ("h1", "7. Ouders"),
        ("p", "Hoe we ouders informeren over het ondersteuningsaanbod op de scholen, werken we uit in het "
              "communicatieplan dat in 2027 verschijnt."),
        ("p", "Ouders die vragen hebben of het niet eens zijn met de school, kunnen terecht bij het Ouder- en "
              "Jeugdsteunpunt Rivierenland, dat onafhankelijk werkt en gratis advies en begeleiding biedt. Ook de "
              "Onderwijsconsulenten kunnen helpen. Lukt het niet om er samen uit te komen, dan kunnen ouders zich "
              "wenden tot de Geschillencommissie passend onderwijs."),
    ]
    b += opr(c) + oogo_procedural(c)
    b += [
        ("h1", "8. Financiën"),
        ("p", "De verdeelsystematiek van de ondersteuningsmiddelen over de scholen wordt in schooljaar 2026-2027 "
              "herzien. Het bestuur stelt het nieuwe model vast zodra de werkgroep Bekostiging haar advies heeft "
              "uitgebracht. Tot die tijd blijft de verdeling van 2022 van kracht."),
        ("table", [["Meerjarenbegroting (bedragen in euro's)", "2026", "2027", "2028", "2029"],
                   ["Baten lichte en zware ondersteuning", "8.420.000", "8.310.000", "8.190.000", "8.080.000"],
                   ["Afdracht so", "2.150.000", "2.120.000", "2.090.000", "2.060.000"],
                   ["Overdracht sbo", "1.980.000", "1.950.000", "1.920.000", "1.890.000"],
                   ["Budgetten basisscholen", "3.310.000", "3.270.000", "3.220.000", "3.180.000"],
                   ["Overstapbudgetten", "28.000", "28.000", "35.000", "35.000"],
                   ["Bureau, consulenten en audits", "860.000", "870.000", "880.000", "890.000"],
                   ["Saldo", "92.000", "72.000", "45.000", "25.000"]]),
        ("p", "De algemene reserve bedraagt begin 2026 € 1,4 miljoen en ligt daarmee onder de signaleringswaarde."),
    ]
    b += governance(c) + besluitvorming(c) + bedrijfsvoering(c) + inspectietoezicht(c) + personeel(c)
    b += ict_privacy(c) + [("h1", "Overige thema's")] + terugblik(c)
    b += planning(c) + begrippen(c) + afkortingen(c, po=True)
    return b


LABEL5 = dict(
    sector="po", looks_like_plan=True,
    elements=dict(basisondersteuning="present", plaatsing="missing", terugstroom="present", financien="partial",
                  **{"dekkend-aanbod": "missing"}, resultaten="present", ouders="partial"),
    criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
              "plaatsing.procedure": False, "plaatsing.criteria": False,
              "terugstroom.procedure": True, "terugstroom.beleid": True,
              "financien.verdeling": False, "financien.besteding": True,
              "dekkend-aanbod.continuum": False, "dekkend-aanbod.lacunes": False,
              "resultaten.doelen": True, "resultaten.monitoring": True,
              "ouders.informatie": False, "ouders.steunpunt": True},
    advisory_addressed={"basisondersteuning": ["borging"], "financien": ["reserves"],
                        "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
    notes={"basisondersteuning": "Ch. 3: 'ondergrens' for all 44 vestigingen with concrete list; audit team twice per period (borging).",
           "plaatsing": "Ch. 4 only states that TLVs are issued and refers to absent 'bijlage 5 Toelaatbaarheid in stappen'.",
           "terugstroom": "Ch. 5 'Weer naar een school in de wijk' (unusual wording): aims, conditions, steps with dates, who decides, overstapbudget and ambulante begeleiding.",
           "financien": "Ch. 8: meerjarenbegroting table with amounts and reserve; verdeelsystematiek deferred ('wordt herzien ... verdeling van 2022 blijft van kracht').",
           "dekkend-aanbod": "No continuum, no thuiszitters/zorgplicht, OOGO only procedural; only passing words in visie and begrippenlijst.",
           "resultaten": "Ch. 6 'Wat we willen bereiken': four measurable goals + annual October data collection, kwaliteitsrapportage, jaarverslag.",
           "ouders": "Ch. 7: informing parents deferred to a 2027 communicatieplan; independent OJSP Rivierenland, Onderwijsconsulenten, Geschillencommissie given. OPR parents = betrokkenheid."},
)


# ---------------------------------------------------------------------------
# Near miss: school-level 'ondersteuningsplan' of a VO school (Markdown)
# ---------------------------------------------------------------------------
NONPLAN_MD = """# Ondersteuningsplan 2025-2026

**Het Lingecollege – vmbo, havo, vwo – locatie Tiel**
Aangesloten bij het samenwerkingsverband VO Rivierenland

## Inhoud

1. Inleiding
2. Onze ondersteuningsstructuur
3. Basisondersteuning op het Lingecollege
4. Extra ondersteuning en arrangementen
5. Toelaatbaarheid, lwoo en overstap naar het vso
6. Terugplaatsing vanuit het vso
7. Ouders
8. Middelen en inzet van formatie
9. Resultaten schooljaar 2024-2025
10. Jaarplanning ondersteuning

## 1. Inleiding

Dit ondersteuningsplan beschrijft hoe het Lingecollege, locatie Tiel, in schooljaar 2025-2026 de ondersteuning
van leerlingen organiseert. Het plan is een uitwerking van ons schoolondersteuningsprofiel (SOP) en van het
ondersteuningsplan van het samenwerkingsverband VO Rivierenland. Het is bedoeld voor mentoren, docenten,
teamleiders en de medezeggenschapsraad. Het plan wordt elk jaar in juni geëvalueerd en bijgesteld door het
ondersteuningsteam. De MR heeft adviesrecht op dit plan; instemming van de ondersteuningsplanraad (OPR) van
het samenwerkingsverband is niet nodig, omdat dit een schooldocument is.

Het Lingecollege telt op deze locatie 1.180 leerlingen, van wie 214 met een lwoo-indicatie en 63 met een
ontwikkelingsperspectiefplan (OPP). De school werkt met drie ondersteuningsniveaus, die hieronder worden
beschreven.

## 2. Onze ondersteuningsstructuur

De ondersteuning op het Lingecollege is georganiseerd in drie niveaus:

- **Niveau 1 – in de klas:** de docent en de mentor signaleren en bieden hulp binnen de les. Iedere klas heeft
  een mentor met één mentoruur per week.
- **Niveau 2 – in het team:** de teamleider en de zorgcoördinator bespreken leerlingen in de leerlingbespreking
  (vier keer per jaar per leerjaar). Er kan een handelingsplan worden opgesteld.
- **Niveau 3 – het ondersteuningsteam (OT):** zorgcoördinator, orthopedagoog, schoolmaatschappelijk werker,
  jeugdarts en leerplichtambtenaar bespreken leerlingen met complexe vragen. Het OT vergadert elke twee weken.

De zorgcoördinator, mevrouw J. Kuipers, is het aanspreekpunt voor alle vragen over ondersteuning. Zij is op
maandag, dinsdag en donderdag aanwezig.

## 3. Basisondersteuning op het Lingecollege

Onze basisondersteuning volgt de afspraken van het samenwerkingsverband. Op deze locatie betekent dat:

- dyslexie- en dyscalculiebegeleiding met faciliteitenpas;
- faalangstreductietraining in leerjaar 1 en 3 (groepen van acht leerlingen);
- huiswerkklas op maandag tot en met donderdag tot 16.30 uur;
- een time-outruimte met vaste begeleider;
- een vertrouwenspersoon en een anti-pestcoördinator.

## 4. Extra ondersteuning en arrangementen

Wanneer de basisondersteuning niet voldoende is, kan het OT een arrangement inzetten. Op deze locatie bieden
wij de 'Rustklas' voor leerlingen met autisme (maximaal twaalf leerlingen), begeleiding door een ambulant
begeleider en een tijdelijk aangepast rooster. Voor een arrangement wordt altijd een OPP opgesteld, dat twee
keer per jaar met ouders en leerling wordt besproken. Arrangementen die de mogelijkheden van de school
overstijgen, vragen wij aan bij het samenwerkingsverband.

## 5. Toelaatbaarheid, lwoo en overstap naar het vso

Als het OT concludeert dat een leerling beter op zijn plek is in het voortgezet speciaal onderwijs, vraagt de
school een toelaatbaarheidsverklaring (TLV) aan bij het samenwerkingsverband. De zorgcoördinator stelt het
dossier samen en bespreekt dit vooraf met ouders. Het samenwerkingsverband neemt het besluit; de procedure en de
termijnen staan in het ondersteuningsplan van het samenwerkingsverband. Lwoo-aanvragen voor nieuwe
brugklassers worden in maart ingediend, op basis van de gegevens van de basisschool.

## 6. Terugplaatsing vanuit het vso

Het Lingecollege staat open voor leerlingen die vanuit het vso terugkeren. De zorgcoördinator neemt deel aan
het overstapgesprek en zorgt dat de mentor het OPP kent voordat de leerling start. In 2024-2025 zijn twee
leerlingen vanuit het vso bij ons ingestroomd.

## 7. Ouders

Ouders zijn partner in de ondersteuning van hun kind. De mentor neemt contact op met ouders zodra er zorgen zijn
en ouders worden uitgenodigd bij de bespreking van het OPP. Informatie over de ondersteuning staat in de
schoolgids en op de website van de school. Ouders met vragen of klachten die ze niet met de mentor of
zorgcoördinator kunnen oplossen, kunnen terecht bij de teamleider en daarna bij de klachtencommissie van het
bestuur. Ook kunnen zij contact opnemen met het ouder- en jeugdsteunpunt van het samenwerkingsverband.

## 8. Middelen en inzet van formatie

De school ontvangt van het samenwerkingsverband een budget voor lichte ondersteuning en een budget voor
lwoo. In 2025-2026 zetten wij deze middelen als volgt in:

| Inzet | fte | bedrag |
|---|---|---|
| Zorgcoördinator | 0,8 | € 78.000 |
| Orthopedagoog | 0,6 | € 61.000 |
| Rustklas (docent en begeleider) | 1,4 | € 119.000 |
| Huiswerkklas en trainingen | 0,5 | € 38.000 |
| Kleinere klassen lwoo | 4,2 | € 372.000 |

## 9. Resultaten schooljaar 2024-2025

- 58 van de 63 leerlingen met een OPP zijn bevorderd of geslaagd.
- Het aantal leerlingen dat naar het vso vertrok: 4 (2023-2024: 6).
- Thuiszitters: 1 leerling, na zeven weken op een andere school geplaatst.
- Doel voor 2025-2026: alle OPP's binnen zes weken na de OT-bespreking vastgesteld.

## 10. Jaarplanning ondersteuning

| Maand | Activiteit |
|---|---|
| september | Kennismaking mentoren met ouders; start trainingen |
| november | Eerste leerlingbesprekingen; OPP-evaluaties |
| maart | Lwoo-aanvragen; tweede OPP-evaluatie |
| juni | Evaluatie van dit plan door het OT; overdracht naar nieuwe mentoren |

*Vastgesteld door de schoolleiding op 1 september 2025, na advies van de MR.*
"""

LABEL_NONPLAN = dict(
    sector="vo", looks_like_plan=False, elements={}, criteria={},
    notes={"document": "School-level 'ondersteuningsplan' of one VO school (Lingecollege Tiel): zorgniveaus, OT, "
                       "school budget use, MR advice; it refers to the samenwerkingsverband's own plan and is not "
                       "an ondersteuningsplan of a samenwerkingsverband (no OPR consent, no OOGO, no verdeling over "
                       "schools, no TLV decisions)."},
)


# ---------------------------------------------------------------------------
# Rendering
# ---------------------------------------------------------------------------

def write_docx(blocks, path, header_text):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = header_text
    sec.footer.paragraphs[0].text = "Ondersteuningsplan — basisondersteuning · toelaatbaarheid · terugplaatsing · ouders · financiën"
    for kind, val in blocks:
        if kind == "title":
            doc.add_heading(val, level=0)
        elif kind == "subtitle":
            doc.add_paragraph(val, style="Subtitle")
        elif kind == "h1":
            doc.add_heading(val, level=1)
        elif kind == "h2":
            doc.add_heading(val, level=2)
        elif kind == "p":
            for part in val.split("\n"):
                doc.add_paragraph(part)
        elif kind == "bullets":
            for item in val:
                doc.add_paragraph(item, style="List Bullet")
        elif kind == "toc":
            for i, item in enumerate(val):
                doc.add_paragraph(f"{item}\t{3 + i * 2}")
        elif kind == "deflist":
            for term, desc in val:
                p = doc.add_paragraph()
                p.add_run(term + ": ").bold = True
                p.add_run(desc)
        elif kind == "table":
            t = doc.add_table(rows=len(val), cols=len(val[0]))
            t.style = "Table Grid"
            for r, row in enumerate(val):
                for k, cell in enumerate(row):
                    t.cell(r, k).text = cell
                    if r == 0:
                        for run in t.cell(r, k).paragraphs[0].runs:
                            run.bold = True
        elif kind == "pagebreak":
            doc.add_page_break()
        else:
            raise ValueError(kind)
    doc.core_properties.title = header_text
    doc.core_properties.author = "Bureau samenwerkingsverband"
    doc.save(str(path))


def write_html(blocks, path, c, nav):
    e = html.escape
    out = ["<!DOCTYPE html>", '<html lang="nl">', "<head>", '<meta charset="utf-8">',
           f"<title>Ondersteuningsplan {e(c['periode'])} | {e(c['naam'])}</title>",
           "<style>body{font-family:sans-serif;max-width:52em;margin:auto} nav a{margin-right:1em}"
           " table{border-collapse:collapse} td,th{border:1px solid #999;padding:4px}</style>",
           "</head>", "<body>", "<header>", f"<p class=\"logo\">{e(c['naam'])}</p>", "<nav>"]
    out += [f'<a href="#">{e(n)}</a>' for n in nav]
    out += ["</nav>", "</header>", "<main>"]
    for kind, val in blocks:
        if kind == "title":
            out.append(f"<h1>{e(val)}</h1>")
        elif kind == "subtitle":
            out.append(f'<p class="subtitle"><strong>{e(val)}</strong></p>')
        elif kind == "h1":
            out.append(f"<h2>{e(val)}</h2>")
        elif kind == "h2":
            out.append(f"<h3>{e(val)}</h3>")
        elif kind == "p":
            out += [f"<p>{e(part)}</p>" for part in val.split("\n")]
        elif kind == "bullets":
            out.append("<ul>" + "".join(f"<li>{e(i)}</li>" for i in val) + "</ul>")
        elif kind == "toc":
            out.append('<ol class="toc">' + "".join(f'<li><a href="#">{e(i)}</a></li>' for i in val) + "</ol>")
        elif kind == "deflist":
            out.append("<dl>" + "".join(f"<dt>{e(t)}</dt><dd>{e(d)}</dd>" for t, d in val) + "</dl>")
        elif kind == "table":
            rows = ["<tr>" + "".join(f"<th>{e(x)}</th>" for x in val[0]) + "</tr>"]
            rows += ["<tr>" + "".join(f"<td>{e(x)}</td>" for x in r) + "</tr>" for r in val[1:]]
            out.append("<table>" + "".join(rows) + "</table>")
        elif kind == "pagebreak":
            out.append("<hr>")
    out += ["</main>", "<footer>",
            f"<p>© 2026 {e(c['naam'])} · Ouders · Basisondersteuning · Financiën · Privacyverklaring · Contact</p>",
            "</footer>", "</body>", "</html>"]
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


def docx_to_pdf(docx_path, pdf_path):
    work = Path(tempfile.mkdtemp(prefix="holdout296_lo_"))
    try:
        profile = work / "profile"
        src = work / docx_path.name
        shutil.copy(docx_path, src)
        subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
                        "--convert-to", "pdf", "--outdir", str(work), str(src)],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
        shutil.move(str(work / (docx_path.stem + ".pdf")), str(pdf_path))
    finally:
        shutil.rmtree(work, ignore_errors=True)


CRITERIA_ORDER = ["basisondersteuning.niveau", "basisondersteuning.inhoud", "plaatsing.procedure",
                  "plaatsing.criteria", "terugstroom.procedure", "terugstroom.beleid", "financien.verdeling",
                  "financien.besteding", "dekkend-aanbod.continuum", "dekkend-aanbod.lacunes", "resultaten.doelen",
                  "resultaten.monitoring", "ouders.informatie", "ouders.steunpunt"]
ELEMENT_ORDER = ["basisondersteuning", "plaatsing", "terugstroom", "financien", "dekkend-aanbod", "resultaten",
                 "ouders"]


def q(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def write_label(path, documents, lab):
    lines = [f"documents: [{', '.join(documents)}]", f"sector: {lab['sector']}",
             f"looks_like_plan: {'true' if lab['looks_like_plan'] else 'false'}"]
    if lab["elements"]:
        els = ", ".join(f"{k}: {lab['elements'][k]}" for k in ELEMENT_ORDER)
        lines.append(f"elements: {{{els}}}")
        lines.append("criteria:")
        lines += [f"  {k}: {'true' if lab['criteria'][k] else 'false'}" for k in CRITERIA_ORDER]
        lines.append("advisory_addressed:")
        lines += [f"  {k}: [{', '.join(v)}]" for k, v in lab["advisory_addressed"].items()]
    else:
        lines += ["elements: {}", "criteria: {}"]
    lines.append("notes:")
    lines += [f"  {k}: {q(v)}" for k, v in lab["notes"].items()]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    # plan 1: docx
    write_docx(plan1(), OUT / "vo-maasdelta-2026.docx", f"{C1['naam']} | Ondersteuningsplan {C1['periode']}")
    write_label(OUT / "vo-maasdelta-2026.expected.yaml", ["vo-maasdelta-2026.docx"], LABEL1)
    # plan 2: docx + pdf of the same plan
    d2 = OUT / "vo-kempenrand-2026.docx"
    write_docx(plan2(), d2, f"{C2['kort']} · Ondersteuningsplan {C2['periode']} · concept voor OPR")
    docx_to_pdf(d2, OUT / "vo-kempenrand-2026.pdf")
    write_label(OUT / "vo-kempenrand-2026.expected.yaml", ["vo-kempenrand-2026.docx", "vo-kempenrand-2026.pdf"],
                LABEL2)
    # plan 3: pdf only
    tmpdir = Path(tempfile.mkdtemp(prefix="holdout296_p3_"))
    try:
        d3 = tmpdir / "vo-amstelland-zuid-2026.docx"
        write_docx(plan3(), d3, f"{C3['naam']} — Ondersteuningsplan {C3['periode']}")
        docx_to_pdf(d3, OUT / "vo-amstelland-zuid-2026.pdf")
    finally:
        shutil.rmtree(tmpdir, ignore_errors=True)
    write_label(OUT / "vo-amstelland-zuid-2026.expected.yaml", ["vo-amstelland-zuid-2026.pdf"], LABEL3)
    # plan 4: html
    write_html(plan4(), OUT / "vo-veluwe-oost-2026.html", C4,
               ["Home", "Basisondersteuning", "Toelaatbaarheid", "Terugplaatsing", "Ouders", "Financiën",
                "Resultaten", "Contact"])
    write_label(OUT / "vo-veluwe-oost-2026.expected.yaml", ["vo-veluwe-oost-2026.html"], LABEL4)
    # plan 5: PO docx
    write_docx(plan5(), OUT / "po-de-linge-2026.docx", f"{C5['naam']} | Ondersteuningsplan {C5['periode']}")
    write_label(OUT / "po-de-linge-2026.expected.yaml", ["po-de-linge-2026.docx"], LABEL5)
    # near miss
    (OUT / "vo-lingecollege-schoolplan-2025.md").write_text(NONPLAN_MD, encoding="utf-8")
    write_label(OUT / "vo-lingecollege-schoolplan-2025.expected.yaml", ["vo-lingecollege-schoolplan-2025.md"],
                LABEL_NONPLAN)


if __name__ == "__main__":
    main()
