
# --------------------------------------------------------------------------------------------
# Shared filler text: the parts of a real plan that mention element words in passing only.
# Every filler function is written so that it does NOT address a core or advisory criterion,
# unless a flag says so (e.g. opr_parents -> ouders.betrokkenheid, oogo_substance -> ketenpartners).
# --------------------------------------------------------------------------------------------

def f_voorwoord(S):
    leerling = 'kinderen' if S['sector'] == 'po' else 'jongeren'
    return [
        ('h1', 'Voorwoord'),
        ('p', f"Voor u ligt het ondersteuningsplan {S['periode']} van {S['naam']}. Dit plan is het resultaat van "
              f"een jaar lang praten, schrijven en schrappen met schoolleiders, intern begeleiders, "
              f"ondersteuningscoördinatoren, leraren, ouders, de ondersteuningsplanraad en onze partners in de "
              f"gemeenten {S['gemeenten_tekst']}. Wij zijn iedereen die heeft meegedacht zeer erkentelijk."),
        ('p', f"De afgelopen jaren hebben laten zien dat passend onderwijs geen project is dat ooit af is. Het aantal "
              f"{leerling} met een complexe vraag neemt toe, de krapte op de arbeidsmarkt raakt onze scholen hard en "
              f"de verwachtingen van ouders en samenleving zijn terecht hoog. Tegelijk zien we op veel plekken prachtige "
              f"voorbeelden van leraren die met weinig middelen veel bereiken. Dat vakmanschap willen we koesteren."),
        ('p', f"Dit plan is bewust compacter dan zijn voorganger. Het beschrijft de koers en de afspraken die wij met "
              f"elkaar maken; de uitwerking per jaar volgt in het jaarplan en de jaarbegroting. Wij hopen dat het plan "
              f"leest als een uitnodiging om samen verder te bouwen aan onderwijs waarin ieder kind telt."),
        ('p', f"{S['bestuurder']}, directeur-bestuurder"),
    ]


def f_leeswijzer(S, chapters_text):
    return [
        ('h2', '1.1 Leeswijzer'),
        ('p', f"Hoofdstuk 1 schetst de aanleiding en de wettelijke kaders. {chapters_text} In de bijlagen vindt u een "
              f"begrippenlijst en een overzicht van gebruikte afkortingen. Waar in de tekst wordt verwezen naar "
              f"documenten op de website, gaat het om documenten die los van dit plan worden vastgesteld en "
              f"geactualiseerd."),
        ('h2', '1.2 Wettelijk kader'),
        ('p', f"Het samenwerkingsverband is een stichting waarin de schoolbesturen in de regio samenwerken. Op grond van "
              f"{'artikel 18a van de Wet op het primair onderwijs' if S['sector'] == 'po' else 'artikel 17a van de Wet op het voortgezet onderwijs (thans de Wet voortgezet onderwijs 2020)'} "
              f"stelt het samenwerkingsverband ten minste eens in de vier jaar een ondersteuningsplan vast. Het plan "
              f"beschrijft onder meer hoe het samenwerkingsverband een samenhangend geheel van "
              f"ondersteuningsvoorzieningen realiseert. Over het plan is op overeenstemming gericht overleg gevoerd "
              f"met de gemeenten, en de ondersteuningsplanraad heeft ingestemd. Het plan wordt vóór 1 mei "
              f"toegezonden aan de inspectie van het onderwijs."),
    ]


def f_context(S):
    rows = [['Kengetal', 'Waarde (1 oktober 2024)']] + S['kengetallen']
    return [
        ('h1', f"2 Ons samenwerkingsverband"),
        ('p', f"{S['naam']} ({S['code']}) omvat de gemeenten {S['gemeenten_tekst']}. In het gebied werken "
              f"{S['besturen']} schoolbesturen samen. De regio kent zowel stedelijke kernen als een uitgestrekt "
              f"landelijk gebied met kleine dorpen. Het leerlingaantal daalt licht; de prognose laat voor de "
              f"planperiode een krimp van enkele procenten zien, met grote verschillen tussen de gemeenten."),
        ('p', "De onderstaande kengetallen geven een beeld van de omvang van het samenwerkingsverband. Ze zijn "
              "ontleend aan de teldatum van DUO en dienen als achtergrond voor de rest van dit plan."),
        ('table', rows, [9, 6]),
        ('p', "Het bureau van het samenwerkingsverband is gevestigd in " + S['vestiging'] + ". Vanuit het bureau "
              "werken de directeur-bestuurder, een beleidsmedewerker, een controller (ingehuurd), een secretaresse "
              "en het team van consulenten en orthopedagogen. Het bureau ondersteunt de scholen en het bestuur en is "
              "het aanspreekpunt voor gemeenten en ketenpartners."),
    ]


def f_visie(S, extra=''):
    return [
        ('h1', '3 Missie, visie en koers'),
        ('h2', '3.1 Missie'),
        ('p', f"{S['naam']} zorgt ervoor dat alle {('kinderen' if S['sector'] == 'po' else 'jongeren')} in de regio "
              f"onderwijs krijgen dat bij hen past, zo dicht mogelijk bij huis en samen met leeftijdsgenoten waar dat "
              f"kan. Wij doen dat samen met de scholen, de ouders en onze partners in zorg en gemeente."),
        ('h2', '3.2 Visie'),
        ('p', "Wij geloven dat ieder kind zich wil ontwikkelen en dat de leraar in de klas het verschil maakt. "
              "Ondersteuning begint daarom in de groep, bij een leraar die zich gesteund weet door collega's, door "
              "de intern begeleider of ondersteuningscoördinator en, als dat nodig is, door de expertise van het "
              "samenwerkingsverband. Wij kijken naar wat een leerling nodig heeft en niet naar wat hij of zij "
              "'heeft'. Labels en diagnoses zijn geen voorwaarde voor ondersteuning."),
        ('p', (S.get('visie_ouders') or "Ouders, leraren en partners hebben meegedacht over deze visie.") +
              " Wij geloven in vertrouwen in de professional, in korte lijnen en in zo min mogelijk bureaucratie. Middelen moeten "
              "daar terechtkomen waar ze het meeste effect hebben: zo dicht mogelijk bij de leerling."),
        ('h2', '3.3 Koers voor de komende jaren'),
        ('p', "Voor de planperiode hebben wij vier richtinggevende uitspraken geformuleerd: (1) sterke scholen, "
              "sterke leraren; (2) zo thuisnabij als mogelijk; (3) samen met jeugdhulp in plaats van naast elkaar; "
              "(4) eenvoudige routes en snelle antwoorden. Deze uitspraken vormen de kapstok voor het jaarplan. "
              + extra),
    ]


def f_governance(S, opr_parents=True):
    opr = (f"De ondersteuningsplanraad (OPR) telt {S['opr_leden']} leden: de helft is afgevaardigd uit het "
           f"personeel en de helft uit de ouders{'' if S['sector'] == 'po' else ' en leerlingen'} van de "
           f"medezeggenschapsraden van de aangesloten scholen. De OPR heeft instemmingsrecht op het "
           f"ondersteuningsplan en op wijzigingen daarvan. De OPR vergadert ten minste vijf keer per jaar en "
           f"ontvangt scholing via een extern bureau."
           if opr_parents else
           f"De ondersteuningsplanraad (OPR) telt {S['opr_leden']} leden die worden afgevaardigd door de "
           f"medezeggenschapsraden van de aangesloten scholen. De OPR heeft instemmingsrecht op het "
           f"ondersteuningsplan en op wijzigingen daarvan en vergadert ten minste vijf keer per jaar.")
    return [
        ('h1', f"{S['gov_nr']} Organisatie, bestuur en medezeggenschap"),
        ('h2', f"{S['gov_nr']}.1 Bestuursmodel"),
        ('p', f"Het samenwerkingsverband is een stichting. Sinds de statutenwijziging van 2021 is gekozen voor een "
              f"raad-van-toezichtmodel: de directeur-bestuurder is het bevoegd gezag en legt verantwoording af aan de "
              f"raad van toezicht. De aangesloten schoolbesturen vormen samen de algemene vergadering die "
              f"onder meer het ondersteuningsplan, de begroting en het jaarverslag goedkeurt. De statuten bevatten "
              f"een geschillenregeling voor geschillen tussen de aangesloten besturen onderling."),
        ('p', "De raad van toezicht bestaat uit vijf leden, van wie twee op voordracht van de schoolbesturen en drie "
              "onafhankelijk. De raad werkt met een auditcommissie en een remuneratiecommissie en toetst jaarlijks "
              "zijn eigen functioneren. De Code Goed Bestuur van de sectorraad is van toepassing."),
        ('h2', f"{S['gov_nr']}.2 Medezeggenschap"),
        ('p', opr + f" Het ondersteuningsplan {S['periode']} is op {S['opr_datum']} door de OPR van instemming "
              f"voorzien."),
        ('p', "Het personeel van het bureau heeft een eigen medezeggenschapsraad die adviseert over onder meer "
              "formatie, arbeidsomstandigheden en het personeelsbeleid van het samenwerkingsverband."),
        ('h2', f"{S['gov_nr']}.3 Overleg met andere samenwerkingsverbanden"),
        ('p', f"Het ondersteuningsplan is besproken met {S['ander_swv']}, waarvan het gebied overlapt met het onze. "
              f"Het overleg ging vooral over de overstap tussen primair en voortgezet onderwijs, over leerlingen die "
              f"in het ene gebied wonen en in het andere naar school gaan en over de afstemming van "
              f"planningscycli."),
    ]


def f_oogo(S, substance=True):
    blocks = [('h1', f"{S['oogo_nr']} Samenwerking met gemeenten"),
              ('p', f"Met de gemeenten {S['gemeenten_tekst']} is op {S['oogo_datum']} op overeenstemming gericht "
                    f"overleg (OOGO) gevoerd over het concept van dit ondersteuningsplan. De wethouders onderwijs en "
                    f"jeugd hebben ingestemd met de inhoud. Het verslag van het OOGO is op te vragen bij het "
                    f"bureau.")]
    if substance:
        blocks += [
            ('p', "Samen met de gemeenten hebben we de afgelopen jaren gewerkt aan een betere aansluiting tussen "
                  "onderwijs en jeugdhulp. Elke school heeft een vaste contactpersoon van het lokale team of wijkteam "
                  "die aanschuift bij het ondersteuningsteam. Voor leerlingen die onder schooltijd zorg nodig hebben "
                  "maken school, ouders, zorgaanbieder en gemeente een onderwijs-zorgarrangement (OZA) met één plan "
                  "en één regisseur. De gemeenten financieren het zorgdeel, het samenwerkingsverband en de school "
                  "het onderwijsdeel."),
            ('p', "Gezamenlijke thema's voor de planperiode zijn: de aansluiting van schoolmaatschappelijk werk op "
                  "het lokale team, de inzet van jeugdhulp in de klas, leerlingenvervoer, onderwijshuisvesting voor "
                  "bovenschoolse groepen en de aanpak van verzuim. Twee keer per jaar is er een bestuurlijk overleg "
                  "met de wethouders; ambtelijk is er maandelijks contact."),
        ]
    else:
        blocks += [
            ('p', "Onderwerpen die in het overleg aan de orde kwamen waren onder meer leerlingenvervoer, "
                  "onderwijshuisvesting, jeugdhulp en thuiszitters. De afspraken hierover worden vastgelegd in de "
                  "lokale educatieve agenda's van de gemeenten en maken geen deel uit van dit plan."),
        ]
    return blocks


def f_personeel(S):
    return [
        ('h1', f"{S['pers_nr']} Personeel en professionalisering"),
        ('p', f"Het samenwerkingsverband heeft zelf een beperkte formatie van ongeveer {S['fte']} fte. Het grootste "
              f"deel daarvan bestaat uit consulenten, orthopedagogen en gedragsspecialisten die scholen adviseren "
              f"en ondersteunen. Het personeel is in dienst van de stichting of wordt gedetacheerd vanuit een "
              f"aangesloten bestuur. De directeur-bestuurder is werkgever."),
        ('p', "De krapte op de arbeidsmarkt raakt ook ons. Vacatures voor orthopedagogen zijn soms maanden open. We "
              "investeren daarom in het opleiden van eigen mensen, onder meer via een traineeship voor "
              "pas afgestudeerde pedagogen en door stageplaatsen aan te bieden. Daarnaast werken we met een "
              "flexibele schil van zzp'ers voor piekmomenten."),
        ('p', "Voor leraren en ondersteuningsprofessionals op de scholen organiseert het samenwerkingsverband "
              "netwerken (voor intern begeleiders, ondersteuningscoördinatoren en gedragsspecialisten), een jaarlijkse "
              "studiedag en een open scholingsaanbod. Onderwerpen in het scholingsaanbod zijn bijvoorbeeld "
              "omgaan met gedrag, executieve functies, trauma-sensitief lesgeven en het voeren van gesprekken met "
              "ouders. Scholen kunnen deelnemen zonder kosten."),
        ('p', "Het werk in het onderwijs is veeleisend. Het samenwerkingsverband let op werkdruk, ook bij zijn eigen "
              "medewerkers. We voeren jaarlijks een medewerkerstevredenheidsonderzoek uit en bespreken de uitkomsten "
              "in het team."),
    ]


def f_ict(S):
    return [
        ('h1', f"{S['ict_nr']} Informatievoorziening, ICT en privacy"),
        ('p', "Het samenwerkingsverband werkt met een beveiligde digitale omgeving waarin scholen aanvragen indienen "
              "en documenten delen. Alleen medewerkers die dat voor hun taak nodig hebben, hebben toegang tot "
              "leerlinggegevens. Wij verwerken persoonsgegevens, waaronder gezondheidsgegevens, alleen voor zover dat "
              "nodig is voor onze wettelijke taken. De functionaris gegevensbescherming (FG) wordt gedeeld met twee "
              "andere samenwerkingsverbanden."),
        ('p', "Dossiers worden bewaard tot drie jaar na het laatste besluit en daarna vernietigd. In 2024 is een nieuwe verwerkersovereenkomst met de leverancier van de "
              "digitale omgeving gesloten en is een pentest uitgevoerd; de bevindingen zijn opgevolgd."),
        ('p', "Het privacyreglement en het informatiebeveiligingsbeleid worden elke twee jaar geactualiseerd. "
              "Medewerkers volgen jaarlijks een korte e-learning over privacy en informatiebeveiliging."),
    ]


def f_planning(S, rows):
    return [
        ('h1', f"{S['plan_nr']} Planning en jaarcyclus"),
        ('p', "Het ondersteuningsplan is het meerjarige kader. Elk jaar werken we de koers uit in een jaarplan met "
              "activiteiten en een jaarbegroting. De onderstaande tabel geeft de globale planning van de "
              "belangrijkste activiteiten. De planning is indicatief; de OPR en de algemene vergadering worden "
              "geïnformeerd als er wezenlijke wijzigingen zijn."),
        ('table', [['Periode', 'Activiteit', 'Wie']] + rows, [4, 8, 4]),
    ]


def f_begrippen(S, items):
    rows = [['Begrip', 'Omschrijving']] + items
    return [
        ('h1', 'Bijlage: Begrippenlijst en afkortingen'),
        ('table', rows, [4.5, 11]),
    ]
