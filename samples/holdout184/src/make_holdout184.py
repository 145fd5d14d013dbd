#!/usr/bin/env python3
"""Generate holdout set 184: five fictional ondersteuningsplannen (PO/VO) and one near-miss.

Deterministic, no network. Writes into the folder above this script's folder.
PDFs are rendered from a temporary .docx with LibreOffice (soffice --headless).
"""
import datetime
import html
import shutil
import subprocess
import tempfile
from pathlib import Path

import docx
from docx.enum.text import WD_BREAK
from docx.shared import Pt

OUT = Path(__file__).resolve().parent.parent

# ---------------------------------------------------------------------------------------------
# Tiny document model: list of (kind, payload)
#   ("title", [lines]) ("toc", [lines]) ("h1", s) ("h2", s) ("p", s) ("ul", [s]) ("table", [[...]])
# ---------------------------------------------------------------------------------------------


def H1(s):
    return ("h1", s)


def H2(s):
    return ("h2", s)


def P(s):
    return ("p", " ".join(s.split()))


def UL(items):
    return ("ul", [" ".join(i.split()) for i in items])


def T(rows):
    return ("table", rows)


# ---------------------------------------------------------------------------------------------
# Shared filler (realistic prose that mentions element words in passing)
# ---------------------------------------------------------------------------------------------


def voorwoord(c):
    return [
        H1("Voorwoord"),
        P(f"""Voor u ligt het ondersteuningsplan {c['periode']} van {c['naam']}. Dit plan is tot stand gekomen
        in een periode waarin passend onderwijs opnieuw volop in beweging is. De Verbeteraanpak passend
        onderwijs, de Wet versterking positie ouders en leerlingen en de landelijke discussie over een norm
        voor basisondersteuning hebben ons gedwongen scherp te kiezen. Wij hebben in de afgelopen maanden
        gesproken met directeuren, intern begeleiders, leerkrachten, ouders, gemeenten en jeugdhulpaanbieders.
        Die gesprekken waren soms taai, maar altijd waardevol. Wat ons bindt is de overtuiging dat ieder kind
        in {c['regio']} recht heeft op onderwijs dat bij hem of haar past, zo dicht mogelijk bij huis."""),
        P(f"""Het plan is geen eindpunt. Het is een afsprakenkader waarmee de aangesloten schoolbesturen de
        komende vier jaar verder bouwen. Wij danken iedereen die heeft meegedacht, in het bijzonder de leden
        van de ondersteuningsplanraad, die het concept kritisch hebben gelezen en ons op meerdere punten
        hebben gewezen op onduidelijkheden. Ook de wethouders onderwijs en jeugd van de gemeenten in onze regio
        danken wij voor de open gesprekken. Wij wensen alle lezers veel inspiratie bij het lezen van dit plan
        en nodigen u uit om met ons in gesprek te blijven."""),
        P(f"""{c['directeur']}, directeur-bestuurder {c['kort']}"""),
    ]


def visie(c):
    return [
        H1("Missie en visie"),
        P(f"""{c['kort']} is er voor alle kinderen in {c['regio']}. Onze missie is dat iedere leerling een
        ononderbroken ontwikkeling kan doormaken en dat scholen, ouders en partners elkaar daarbij versterken.
        Wij geloven dat kinderen het meest leren in een omgeving waar zij gezien worden, waar verschillen
        normaal zijn en waar professionals de ruimte krijgen om hun vak uit te oefenen. Dat vraagt om
        vertrouwen, om vakmanschap en om duidelijke afspraken."""),
        P("""Onze visie rust op vier pijlers. Ten eerste: thuisnabij waar het kan, specialistisch waar het moet.
        Ten tweede: handelingsgericht werken, waarbij we uitgaan van wat een kind nodig heeft in plaats van
        wat een kind mankeert. Ten derde: samen met ouders en ketenpartners, omdat onderwijs en opvoeding niet
        los van elkaar staan. Ten vierde: eenvoud in regels en procedures, zodat de tijd en de middelen zo veel
        mogelijk in de klas terechtkomen. Resultaatgericht werken zien wij als een houding: we willen weten of
        wat we doen ook werkt."""),
        P("""Deze pijlers zijn geen loze woorden. Ze keren in ieder hoofdstuk van dit plan terug, van de manier
        waarop scholen samenwerken tot de manier waarop het bestuur keuzes maakt. Waar de pijlers botsen,
        bijvoorbeeld wanneer thuisnabij onderwijs niet haalbaar is, kiezen wij voor het belang van het kind.
        Dit betekent ook dat wij eerlijk zijn over wat wel en niet kan: niet iedere school kan ieder kind alles
        bieden, maar samen kunnen de scholen in de regio veel meer dan alleen."""),
    ]


def governance(c, ouders_in_opr=True):
    opr = ("""De ondersteuningsplanraad (OPR) telt acht leden: vier personeelsleden en vier ouders, gekozen
        uit en door de medezeggenschapsraden van de aangesloten scholen. De OPR heeft instemmingsrecht op dit
        plan en op wijzigingen daarin. Ouders in de OPR brengen de ervaringen van gezinnen in en worden
        daarvoor jaarlijks geschoold."""
           if ouders_in_opr else
           """De ondersteuningsplanraad (OPR) bestaat uit afgevaardigden van de medezeggenschapsraden van de
        aangesloten scholen. De OPR heeft instemmingsrecht op dit plan en op wijzigingen daarin.""")
    return [
        H1("Organisatie en governance"),
        P(f"""{c['kort']} is een stichting waarin {c['besturen']} schoolbesturen samenwerken. De stichting kent
        een scheiding tussen bestuur en toezicht. De directeur-bestuurder is belast met het bestuur en wordt
        benoemd door de raad van toezicht. De raad van toezicht bestaat uit vijf leden, van wie drie op
        voordracht van de algemene vergadering van schoolbesturen en twee onafhankelijke leden met expertise
        op het gebied van financiën en jeugdzorg. De algemene vergadering komt vier keer per jaar bijeen en
        stelt onder meer het ondersteuningsplan, de begroting en het jaarverslag vast."""),
        P(f"""Het bureau van het samenwerkingsverband ondersteunt de directeur-bestuurder. Op het bureau werken
        een beleidsmedewerker, een controller, een secretaresse en de medewerkers van het loket. Het bureau
        is gehuisvest in een verzamelgebouw met andere onderwijsorganisaties, wat korte lijnen oplevert.
        De directeur-bestuurder legt verantwoording af aan de raad van toezicht en volgt daarbij de Code
        Goed Bestuur in het {c.get('sector_lang', 'primair onderwijs')}, voor zover die van toepassing is op samenwerkingsverbanden."""),
        H2("Medezeggenschap"),
        P(opr),
        P("""Het bureau voert ten minste vier keer per jaar overleg met de OPR. Daarnaast organiseren we jaarlijks
        een themabijeenkomst voor OPR-leden en MR-leden van de scholen, zodat de medezeggenschap in de hele
        regio goed geïnformeerd is over de ontwikkelingen in passend onderwijs."""),
    ]


def personeel(c):
    return [
        H1("Personeel en professionalisering"),
        P(f"""De kwaliteit van passend onderwijs staat of valt met de mensen in de scholen. {c['kort']} heeft
        een eigen Academie waarin leerkrachten, intern begeleiders en directeuren scholing volgen. Het
        scholingsaanbod omvat onder meer cursussen over gedrag in de klas, over het werken met een
        ontwikkelingsperspectief en over samenwerken met ouders. Het aanbod wordt ieder voorjaar opnieuw
        samengesteld op basis van vragen uit de scholen. De Academie werkt met trainers uit de eigen regio,
        zodat kennis in het netwerk blijft."""),
        P(f"""Voor intern begeleiders organiseren wij zes keer per jaar netwerkbijeenkomsten. In deze bijeenkomsten
        worden casussen besproken, nieuwe inzichten gedeeld en afspraken uit dit plan toegelicht. Het
        lerarentekort raakt ook onze regio: in 2025 stonden gemiddeld elf vacatures open in het
        {c.get('onderwijs', 'basisonderwijs')} van de regio. Dat heeft gevolgen voor de mogelijkheden van scholen om leerlingen met
        een extra ondersteuningsbehoefte goed te begeleiden. Wij stimuleren daarom zij-instroom en investeren
        in het behoud van ervaren personeel, onder meer door een mentorprogramma voor startende leerkrachten
        in het {c.get('speciaal', 'speciaal (basis)onderwijs')}."""),
        P("""Het personeel van het bureau zelf is klein in omvang. Wij kiezen er bewust voor om geen grote
        eigen organisatie op te bouwen; de expertise zit in de scholen en in de bovenschoolse voorzieningen.
        Het bureau faciliteert, verbindt en bewaakt de afspraken."""),
    ]


def privacy(c):
    return [
        H1("Privacy, ICT en gegevensbeheer"),
        P(f"""{c['kort']} verwerkt persoonsgegevens van leerlingen, waaronder gegevens over gezondheid, voor
        zover dat nodig is voor de wettelijke taken. Wij doen dat op basis van de Algemene verordening
        gegevensbescherming en de onderwijswetgeving. Een functionaris gegevensbescherming, gedeeld met twee
        andere samenwerkingsverbanden, ziet toe op naleving. Het privacyreglement is in 2025 geactualiseerd
        en door de OPR van advies voorzien."""),
        P("""Voor het uitwisselen van dossiers gebruiken wij een beveiligd digitaal platform. Scholen
        uploaden hun stukken daar en ontvangen daar ook de adviezen en besluiten. E-mail wordt niet gebruikt
        voor het versturen van dossiers. Medewerkers hebben alleen toegang tot de dossiers die zij voor hun
        werk nodig hebben. Dossiers worden niet langer bewaard dan wettelijk is toegestaan. In 2026 stappen
        wij over op een nieuwe versie van het platform; de scholen worden daarover tijdig geïnformeerd."""),
        P("""Ook in de ICT-omgeving van het bureau investeren wij de komende jaren: een nieuwe website, een
        vernieuwd dashboard voor de interne sturing en een betere koppeling met de leerlingadministratie van
        de schoolbesturen."""),
    ]


def oogo(c, inhoudelijk=True):
    blocks = [H1("Samenwerking met gemeenten (OOGO)")]
    blocks.append(P(f"""Het ondersteuningsplan is besproken in het op overeenstemming gericht overleg (OOGO)
        met de colleges van burgemeester en wethouders van {c['gemeenten']}. Het OOGO over het concept vond
        plaats op {c['oogo_datum']}; de gemeenten hebben ingestemd met het concept. Ook heeft overleg
        plaatsgevonden met het samenwerkingsverband voortgezet onderwijs in de regio."""))
    if inhoudelijk:
        blocks.append(P("""Met de gemeenten maken wij afspraken over de aansluiting tussen onderwijs en
        jeugdhulp. Iedere school heeft een vaste jeugdprofessional van het gemeentelijk wijkteam die
        wekelijks op school aanwezig is en aansluit bij het ondersteuningsteam. Voor leerlingen die onder
        schooltijd zorg nodig hebben, zoals behandeling of therapie, maken school, gemeente en
        zorgaanbieder een onderwijs-zorgarrangement. De gemeente betaalt het zorgdeel, het
        samenwerkingsverband of de school het onderwijsdeel. Daarnaast hebben wij afspraken over
        leerlingenvervoer en onderwijshuisvesting."""))
    else:
        blocks.append(P("""De gespreksonderwerpen voor de komende jaren zijn leerlingenvervoer,
        onderwijshuisvesting en de aansluiting tussen onderwijs en jeugdhulp. Concrete afspraken daarover
        worden in een afzonderlijke OOGO-agenda vastgelegd, die nog niet gereed is."""))
    return blocks


def landelijk(c):
    return [
        H1("Landelijke ontwikkelingen"),
        P(f"""Passend onderwijs bestaat sinds 2014. De landelijke evaluatie uit 2020 liet zien dat de
        doelstellingen deels zijn gehaald: er is meer aandacht voor de ondersteuning van leerlingen en
        scholen werken beter samen, maar de verschillen tussen regio's zijn groot en er zijn nog altijd
        kinderen die geen onderwijs krijgen. Het kabinet heeft daarop de Verbeteraanpak passend onderwijs
        opgesteld, met maatregelen op het gebied van bekostiging, medezeggenschap, toezicht en de
        positie van leerlingen. {c['kort']} volgt deze ontwikkelingen en vertaalt ze waar nodig naar de eigen
        werkwijze."""),
        P("""Ook de wetgeving is in beweging. Nieuwe wetgeving versterkt de positie van leerlingen en hun
        gezinnen; daarnaast verschuift informatie die nu in het schoolondersteuningsprofiel staat naar de
        schoolgids. Op het moment van schrijven is nog niet voor alle onderdelen bekend wanneer zij in
        werking treden. Wij passen dit plan aan zodra dat nodig is; wijzigingen leggen wij ter instemming aan
        de ondersteuningsplanraad voor."""),
        P("""Verder speelt de discussie over inclusiever onderwijs. De ambitie van het kabinet is dat in 2035
        meer kinderen thuisnabij naar school gaan en dat speciaal en regulier onderwijs meer samenwerken,
        bijvoorbeeld in samenwerkingsscholen of in gedeelde gebouwen. Wij zien hierin kansen, maar ook
        risico's: inclusiever onderwijs vraagt om kleinere groepen, om meer handen in de klas en om
        aangepaste huisvesting. Dat kan het samenwerkingsverband niet alleen realiseren."""),
    ]


def kennisdeling(c):
    return [
        H1("Kennisdeling en innovatie"),
        P(f"""{c['kort']} stimuleert dat scholen van elkaar leren. Daarvoor hebben wij een innovatiefonds
        ingesteld waarmee scholen kleinschalige pilots kunnen uitvoeren. Voorbeelden uit de afgelopen jaren
        zijn een pilot met co-teaching in de onderbouw, een project waarin leerlingen elkaar begeleiden bij
        lezen en een experiment met flexibele groepen over de jaargroepen heen. De opbrengsten van de pilots
        worden gedeeld in de jaarlijkse inspiratiedag, waar ook sprekers van buiten de regio optreden."""),
        P("""Daarnaast werken wij samen met een hogeschool en een universiteit in de regio. Studenten van de
        pabo en van de master pedagogiek doen onderzoek op de scholen; hun vragen komen voort uit de praktijk
        van de scholen zelf. Zo ontstaat een lerend netwerk waarin praktijk en wetenschap elkaar versterken.
        Kennis die in het netwerk ontstaat, wordt op het digitale kennisplatform gedeeld met alle leerkrachten
        en intern begeleiders."""),
        P("""Tot slot volgen wij de ontwikkelingen op het gebied van digitale leermiddelen en kunstmatige
        intelligentie. Deze bieden kansen, bijvoorbeeld bij het differentiëren, maar vragen ook om
        zorgvuldigheid, onder meer op het gebied van privacy en de rol van de leerkracht. In de eerste twee
        planjaren verkennen wij met een werkgroep van directeuren en ICT-coördinatoren welke afspraken
        hierover verbandsbreed nodig zijn."""),
    ]


def planning(c, jaarverslag_resultaten=True):
    jv = ("het jaarverslag met de verantwoording over resultaten en financiën"
          if jaarverslag_resultaten else "het bestuursverslag en de jaarrekening")
    return [
        H1(f"Planning {c['periode']}"),
        P(f"""Dit plan beslaat vier schooljaren. Ieder jaar vertalen wij de afspraken uit dit plan in een
        jaarplan. De jaarcyclus van {c['kort']} ziet er als volgt uit: in het najaar worden het jaarplan en
        de begroting voorbereid, in december stelt de algemene vergadering de begroting vast en in juni
        volgt {jv}. De OPR wordt bij iedere stap betrokken."""),
        T([["Periode", "Activiteit", "Wie"],
           ["september", "Start schooljaar, netwerkbijeenkomsten IB", "bureau"],
           ["oktober-november", "Voorbereiding jaarplan en begroting", "directeur-bestuurder"],
           ["december", "Vaststelling begroting", "algemene vergadering"],
           ["maart", "Bestuurlijk overleg met gemeenten", "directeur-bestuurder, wethouders"],
           ["juni", "Vaststelling jaarverslag / bestuursverslag", "algemene vergadering"],
           ["juli", "Actualisatie website en folders", "bureau"]]),
        P("""In het laatste planjaar evalueren wij dit plan in zijn geheel en starten wij de voorbereiding van
        het volgende ondersteuningsplan, zodat dat ruim voor 1 mei van het betreffende jaar bij de Inspectie
        kan worden ingediend."""),
        H2("Vaststelling"),
        P(f"""Dit ondersteuningsplan is vastgesteld door de algemene vergadering op {c['vaststelling']}, na
        instemming van de ondersteuningsplanraad op {c['opr_datum']} en na afronding van het OOGO."""),
    ]


def regio(c, rows, extra=""):
    return [
        H1("Onze regio"),
        P(f"""{c['kort']} omvat het grondgebied van {c['gemeenten']}. In de regio wonen ruim
        {c['inwoners']} mensen. Het gebied is deels stedelijk en deels landelijk, met grote verschillen tussen
        kernen. In de kleinere kernen staan vaak kleine scholen met combinatiegroepen; in de steden zijn
        scholen groter en is de populatie diverser. {extra}"""),
        T(rows),
        P("""De leerlingenaantallen in de regio dalen licht. De prognoses laten tot 2030 een verdere daling zien
        van ongeveer één procent per jaar. Dat heeft gevolgen voor de rijksbijdrage en vraagt om zorgvuldige
        keuzes. Tegelijk zien wij dat de ondersteuningsvragen van leerlingen complexer worden."""),
    ]


# ---------------------------------------------------------------------------------------------
# Plan 1 – PO Rivierenland-West (docx)
# plaatsing missing (only absent annex), resultaten missing (deferrals), terugstroom in ch. on S(B)O,
# ouders inside "Communicatie", financien under "Geld en middelen"
# ---------------------------------------------------------------------------------------------

def plan1():
    c = dict(naam="Samenwerkingsverband Passend Primair Onderwijs Rivierenland-West (PO 24-11)",
             kort="SWV Rivierenland-West", periode="2026-2030", regio="Rivierenland-West",
             directeur="Marjolein van Dalen", besturen="elf",
             gemeenten="de gemeenten Waalbergen, Lingestede en Maasweerd", inwoners="142.000",
             oogo_datum="10 maart 2026", vaststelling="23 april 2026", opr_datum="16 april 2026")
    b = []
    b.append(("title", ["Ondersteuningsplan 2026-2030", c["naam"],
                        "Samen sterk voor ieder kind", "Versie vastgesteld april 2026"]))
    b.append(("toc", ["1 Voorwoord", "2 Inleiding en leeswijzer", "3 Onze regio", "4 Missie en visie",
                      "5 Basisondersteuning: wat elke school biedt", "6 Extra ondersteuning en arrangementen",
                      "7 Speciaal (basis)onderwijs in de regio", "8 Thuiszitters en maatwerk",
                      "9 Samenwerking met gemeenten (OOGO)", "10 Communicatie", "11 Geld en middelen",
                      "12 Organisatie en governance", "13 Personeel en professionalisering",
                      "14 Privacy, ICT en gegevensbeheer", "15 Planning 2026-2030",
                      "Bijlage: Begrippenlijst (resultaten, toelaatbaarheid, terugplaatsing, ouders)"]))
    b += voorwoord(c)
    b += [H1("Inleiding en leeswijzer"),
          P("""Dit ondersteuningsplan beschrijft hoe de schoolbesturen in Rivierenland-West samen zorgen voor
          passend onderwijs. Hoofdstuk 5 beschrijft de basisondersteuning, hoofdstuk 6 en 7 de extra
          ondersteuning en het speciaal (basis)onderwijs. De toelaatbaarheid tot het speciaal basisonderwijs en
          het speciaal onderwijs is geregeld in het Reglement toelaatbaarheid en toewijzing, dat als bijlage 5
          bij dit plan hoort. Over geld en middelen gaat hoofdstuk 11."""),
          P("""De beoogde resultaten van ons beleid werken wij jaarlijks uit in het jaarplan. Het eerste
          jaarplan onder dit ondersteuningsplan verschijnt na de zomer van 2026. Dit plan beperkt zich tot de
          kaders.""")]
    b += regio(c, [["Kengetal", "Schooljaar 2025-2026"],
                   ["Aantal schoolbesturen", "11"],
                   ["Aantal basisscholen (vestigingen)", "52"],
                   ["Aantal scholen voor speciaal basisonderwijs", "2"],
                   ["Aantal so-scholen (cluster 3 en 4) in de regio", "3"],
                   ["Leerlingen basisonderwijs (1 oktober 2025)", "13.870"]])
    b += visie(c)
    b += [H1("Basisondersteuning: wat elke school biedt"),
          P("""Basisondersteuning is in Rivierenland-West het afgesproken minimum aan ondersteuning dat iedere
          basisschool, op iedere vestiging, aan iedere leerling biedt. Het gaat om ondersteuning die binnen de
          eigen school wordt gegeven, onder regie van de school, zonder dat daarvoor een aanvraag bij het
          samenwerkingsverband nodig is. Alle elf besturen hebben zich eraan gecommitteerd dat al hun scholen
          dit niveau halen en vasthouden."""),
          P("""Concreet betekent dit dat ouders op elke school in onze regio het volgende mogen verwachten:"""),
          UL(["een intern begeleider met ten minste 0,4 fte per 200 leerlingen, die het ondersteuningsteam leidt;",
              "een ondersteuningsteam dat ten minste zes keer per jaar bijeenkomt, met de jeugdprofessional van het wijkteam;",
              "handelingsgericht werken: groepsplannen of groepsoverzichten, twee keer per jaar groeps- en leerlingbesprekingen;",
              "een dyslexie- en een dyscalculieprotocol, inclusief hulpmiddelen zoals voorleessoftware;",
              "een aanbod voor leerlingen die meer aankunnen: verrijkingsstof en een plusgroep op school of bovenschools;",
              "een methode of aanpak voor sociaal-emotionele ontwikkeling en een anti-pestcoördinator;",
              "afspraken over medisch handelen en over het toedienen van medicijnen;",
              "een ontwikkelingsperspectief (OPP) voor iedere leerling die op een eigen leerlijn werkt, opgesteld met ouders;",
              "preventieve ambulante begeleiding door de consulenten van het samenwerkingsverband, zonder aanvraag."]),
          P("""Hoe de school deze basisondersteuning invult, staat in de schoolgids. Het samenwerkingsverband
          controleert om de twee jaar met een audit of iedere school het niveau haalt. De audit wordt
          uitgevoerd door twee collega-directeuren en een consulent. Scholen die het niveau niet halen stellen
          binnen drie maanden een verbeterplan op; het samenwerkingsverband bespreekt de voortgang met het
          bestuur."""),
          H1("Extra ondersteuning en arrangementen"),
          P("""Wanneer de basisondersteuning niet voldoende is, kan de school extra ondersteuning inzetten. Wij
          onderscheiden vier niveaus, die samen het ondersteuningscontinuüm van de regio vormen:"""),
          T([["Niveau", "Wat", "Waar"],
             ["1", "Basisondersteuning (hoofdstuk 5)", "eigen school"],
             ["2", "Arrangement op school: extra handen, expertise of materialen, toegekend door het loket", "eigen school"],
             ["3", "Bovenschoolse voorziening: taalklas voor nieuwkomers, plusklas, observatiegroep De Brug", "bovenschools, max. 1 jaar"],
             ["4", "Speciaal basisonderwijs of speciaal onderwijs", "sbo De Regenboog, sbo Het Anker, so-scholen"]]),
          P("""Een arrangement wordt aangevraagd door de school, na bespreking in het ondersteuningsteam en met
          instemming van ouders. Het loket beslist binnen vier weken. Een arrangement duurt maximaal een
          schooljaar en wordt halverwege geëvalueerd. Zo ontstaat een samenhangend geheel van voorzieningen
          binnen en tussen de scholen, waarbij de stap naar een zwaardere voorziening pas wordt gezet wanneer
          de lichtere niet volstaat."""),
          H1("Speciaal (basis)onderwijs in de regio"),
          P("""In de regio staan twee scholen voor speciaal basisonderwijs en drie scholen voor speciaal
          onderwijs (cluster 3 en 4). Deze scholen zijn onmisbaar voor leerlingen die in het regulier onderwijs,
          ook met een arrangement, niet tot ontwikkeling komen. De plaatsing van leerlingen in deze scholen
          vraagt om een toelaatbaarheidsverklaring; de werkwijze staat in bijlage 5 (Reglement toelaatbaarheid
          en toewijzing)."""),
          H2("Terug naar de basisschool"),
          P("""Het samenwerkingsverband vindt dat een plaatsing in het speciaal (basis)onderwijs niet
          vanzelfsprekend voor de hele schoolloopbaan is. Ons beleid is dat iedere leerling in het sbo of so
          ieder jaar wordt bekeken op de vraag of terugkeer naar een basisschool, bij voorkeur dicht bij huis,
          mogelijk is. Voorwaarde is dat de ontwikkeling van de leerling volgens het OPP stabiel is en dat een
          basisschool met een passend arrangement de ondersteuning kan bieden. Terugplaatsing is geen doel op
          zich: wij kiezen voor de plek waar het kind zich het best ontwikkelt."""),
          P("""De procedure verloopt als volgt. De commissie van begeleiding van de sbo- of so-school evalueert
          het OPP jaarlijks vóór 1 maart. Als zij terugplaatsing haalbaar acht, neemt de school contact op met
          ouders en met de consulent van het samenwerkingsverband. Samen zoeken zij een basisschool; de
          ontvangende school en de sbo/so-school stellen een overstapplan op. In het laatste jaar van de TLV is
          deze evaluatie verplicht; de TLV eindigt op 31 juli van het laatste jaar. Het loket besluit over het
          terugplaatsingsarrangement. De leerling krijgt na terugkeer gedurende ten minste een schooljaar
          ambulante begeleiding van de sbo- of so-school, gefinancierd uit het arrangementenbudget. Na zes
          maanden volgt een evaluatie op de nieuwe school."""),
          H1("Thuiszitters en maatwerk"),
          P("""Geen kind hoort thuis te zitten. Toch kent ook onze regio leerlingen die geen passende plek
          hebben of langdurig niet naar school gaan. Scholen melden iedere leerling die langer dan vier weken
          (gedeeltelijk) niet naar school gaat bij het loket en bij leerplicht. Binnen twee weken na de melding
          komt het thuiszittersoverleg bijeen: school, ouders, leerplichtambtenaar, consulent en zo nodig de
          jeugdhulp. Het overleg stelt een plan op met een termijn voor terugkeer naar onderwijs."""),
          P("""Iedere twee maanden bespreken het samenwerkingsverband en de leerplichtambtenaren alle
          meldingen en kijken zij of er patronen zijn: ontbreekt een voorziening, staan er wachtlijsten, zijn er
          groepen leerlingen voor wie geen aanbod is? Tekorten in het aanbod worden aan de algemene vergadering
          voorgelegd, die dan besluit over een nieuwe voorziening of een afspraak tussen besturen. Zo hebben wij
          in 2024 de observatiegroep De Brug opgericht, omdat jonge kinderen met gedragsproblemen te lang op een
          plek moesten wachten. De zorgplicht van de school van aanmelding blijft daarbij leidend."""),
          ]
    b += oogo(c, inhoudelijk=True)
    b += [H1("Communicatie"),
          P("""Goede communicatie is een voorwaarde voor vertrouwen. Wij communiceren met schoolbesturen,
          directeuren, intern begeleiders, gemeenten en ouders. Voor de scholen verschijnt zes keer per jaar de
          nieuwsbrief Passend Nieuws. De directeur-bestuurder bezoekt ieder schooljaar alle besturen."""),
          H2("Informatie voor ouders"),
          P("""Ouders vinden op onze website een aparte ouderpagina met uitleg over basisondersteuning,
          arrangementen en het speciaal (basis)onderwijs, in begrijpelijke taal en met een vertaalfunctie.
          Iedere school neemt in de schoolgids een vaste paragraaf over passend onderwijs op, met de
          basisondersteuning van de school en de contactgegevens van de intern begeleider. Bij iedere
          aanmelding op een school ontvangen ouders de folder 'Passend onderwijs in Rivierenland-West'. Twee
          keer per jaar organiseren wij een informatieavond voor ouders, afwisselend in Waalbergen en
          Maasweerd. Ouders ontvangen altijd een afschrift van ieder advies dat over hun kind wordt gegeven."""),
          H2("Onafhankelijke hulp voor ouders"),
          P("""Hebben ouders vragen, of zijn zij het niet eens met de school of met het samenwerkingsverband,
          dan kunnen zij terecht bij het Ouder- en Jeugdsteunpunt Rivierenland. Dat steunpunt werkt
          onafhankelijk van scholen en samenwerkingsverband en is bereikbaar via telefoon en e-mail; een
          ouderadviseur gaat zo nodig mee naar gesprekken op school. Daarnaast kunnen ouders een beroep doen op
          de onderwijsconsulenten (landelijk, gratis) en kunnen zij een klacht indienen bij de Landelijke
          Klachtencommissie Onderwijs, waarbij het samenwerkingsverband is aangesloten. Bij een geschil over de
          zorgplicht kunnen ouders naar de Geschillencommissie passend onderwijs."""),
          H1("Geld en middelen"),
          P("""Het samenwerkingsverband ontvangt van het Rijk een budget voor lichte en zware ondersteuning.
          Na aftrek van de afdrachten aan het speciaal onderwijs via DUO en de groeibekostiging voor het sbo
          resteert het bedrag dat wij verdelen. De verdeling is als volgt geregeld. Ieder schoolbestuur ontvangt
          een bedrag van € 165 per leerling, berekend op de teldatum 1 oktober van het voorgaande jaar, plus een
          vaste voet van € 6.000 per vestiging. Dit schoolbudget is bestemd voor de basisondersteuning en
          arrangementen op niveau 2. Het budget voor bovenschoolse voorzieningen en terugplaatsingsarrangementen
          blijft bij het samenwerkingsverband en wordt toegekend door het loket op basis van aanvragen. De
          verdeelsleutel wordt iedere twee jaar geëvalueerd door de algemene vergadering."""),
          T([["Meerjarenbegroting (x € 1.000)", "2026", "2027", "2028", "2029"],
             ["Baten rijksbijdrage ondersteuning", "12.480", "12.350", "12.220", "12.100"],
             ["Afdrachten so via DUO", "-4.910", "-4.880", "-4.850", "-4.820"],
             ["Afdracht groeibekostiging sbo", "-310", "-300", "-300", "-290"],
             ["Schoolbudgetten besturen", "2.600", "2.570", "2.540", "2.510"],
             ["Sbo-scholen (aanvulling)", "2.150", "2.120", "2.100", "2.080"],
             ["Arrangementen en bovenschoolse voorzieningen", "1.480", "1.460", "1.440", "1.430"],
             ["Loket, consulenten en Academie", "620", "620", "610", "610"],
             ["Bureau en bestuur", "410", "400", "400", "400"],
             ["Resultaat", "0", "0", "-20", "-40"]]),
          P("""Het samenwerkingsverband heeft per 31 december 2025 een algemene reserve van € 1,2 miljoen. Het
          bestuur hanteert een signaleringswaarde volgens de landelijke formule; de reserve ligt daar
          ongeveer op. Besturen verantwoorden de besteding van hun schoolbudget jaarlijks via een verantwoordings-
          formulier dat zij vóór 1 maart indienen en dat de controller beoordeelt.""")]
    b += landelijk(c)
    b += kennisdeling(c)
    b += governance(c)
    b += personeel(c)
    b += privacy(c)
    b += planning(c, jaarverslag_resultaten=False)
    b += [P("""Een eerste monitor met kengetallen over passend onderwijs in de regio verschijnt naar
          verwachting in de loop van 2027; tot die tijd stellen wij geen streefcijfers vast."""),
          H1("Bijlage: Begrippenlijst"),
          T([["Begrip", "Betekenis"],
             ["Basisondersteuning", "Het afgesproken niveau van ondersteuning dat alle scholen bieden."],
             ["Toelaatbaarheidsverklaring (TLV)", "Besluit van het samenwerkingsverband dat een leerling toelaatbaar is tot sbo of so; de criteria staan in het reglement."],
             ["Terugplaatsing", "Overstap van sbo of so naar het regulier basisonderwijs."],
             ["Beoogde resultaten", "Wat het samenwerkingsverband wil bereiken voor leerlingen met een ondersteuningsbehoefte."],
             ["Kwaliteitszorg", "Het systematisch bewaken en verbeteren van de kwaliteit."],
             ["Ouder- en jeugdsteunpunt", "Onafhankelijk steunpunt voor ouders en jeugdigen."],
             ["OPR", "Ondersteuningsplanraad."],
             ["OOGO", "Op overeenstemming gericht overleg met gemeenten."]])]
    return c, b


# ---------------------------------------------------------------------------------------------
# Plan 2 – PO De Brug (docx)
# basis partial (inhoud only in absent bijlage 2), financien partial (begroting p.m.), dekkend-aanbod missing,
# terugstroom inside the TLV chapter, plaatsing mostly in a table
# ---------------------------------------------------------------------------------------------

def plan2():
    c = dict(naam="Stichting Samenwerkingsverband De Brug (PO 30-08)", kort="SWV De Brug",
             periode="2026-2030", regio="de Brugstreek", directeur="Henk Oosterwijk", besturen="zeven",
             gemeenten="de gemeenten Brugwoude en Hoevelaken-Oost", inwoners="96.000",
             oogo_datum="4 februari 2026", vaststelling="15 april 2026", opr_datum="8 april 2026")
    b = []
    b.append(("title", ["Ondersteuningsplan", c["naam"], "Planperiode 1 augustus 2026 - 31 juli 2030"]))
    b.append(("toc", ["Voorwoord", "1 Inleiding", "2 Onze regio", "3 Missie en visie",
                      "4 Basisondersteuning", "5 Toelaatbaarheid en toewijzing",
                      "6 Dekkend aanbod en thuiszitters", "7 Ouders", "8 Resultaten en kwaliteitszorg",
                      "9 Financiën en meerjarenbegroting", "10 Samenwerking met gemeenten",
                      "11 Organisatie en governance", "12 Personeel en professionalisering",
                      "13 Privacy, ICT en gegevensbeheer", "14 Planning", "Afkortingenlijst"]))
    b += voorwoord(c)
    b += [H1("Inleiding"),
          P("""Dit is het derde ondersteuningsplan van De Brug. Het plan bouwt voort op het vorige plan en op de
          evaluatie daarvan, die in het schooljaar 2024-2025 met de besturen en de OPR is uitgevoerd. Het plan
          is bewust compact gehouden. Werkafspraken en formulieren staan in het Handboek De Brug, dat
          jaarlijks wordt bijgewerkt.""")]
    b += regio(c, [["", "2023", "2024", "2025"],
                   ["Basisscholen", "34", "34", "33"],
                   ["Sbo-scholen", "1", "1", "1"],
                   ["Leerlingen basisonderwijs", "8.420", "8.310", "8.240"]])
    b += visie(c)
    b += [H1("Basisondersteuning"),
          P("""Basisondersteuning is het geheel van preventieve en licht curatieve interventies dat binnen de
          onderwijsondersteuningsstructuur van de school, onder regie van de school, planmatig wordt uitgevoerd.
          In De Brug hebben de zeven besturen één gezamenlijk niveau van basisondersteuning vastgesteld dat op
          iedere vestiging van iedere aangesloten school geldt. Geen school mag onder dit niveau zakken; een
          school mag wel meer bieden."""),
          P("""Welke voorzieningen precies tot dit niveau behoren, is vastgelegd in de Kwaliteitskaart
          basisondersteuning De Brug (bijlage 2). De kwaliteitskaart wordt elke twee jaar herzien."""),
          P("""Jaarlijks voert de ondersteuningscoördinator met iedere directeur een gesprek aan de hand van de
          kwaliteitskaart. Scholen die op onderdelen onder het niveau scoren, maken binnen zes weken een plan van
          aanpak, dat in het volgende gesprek wordt besproken. Bij herhaald onvoldoende niveau spreekt de
          directeur-bestuurder het schoolbestuur aan."""),
          H1("Toelaatbaarheid en toewijzing"),
          P("""Voor plaatsing op de sbo-school De Wilgenhoek of op een school voor speciaal onderwijs is een
          toelaatbaarheidsverklaring (TLV) van het samenwerkingsverband nodig. De Commissie Toelaatbaarheid
          (CT) van De Brug neemt het besluit namens het bestuur. De procedure staat in de tabel hieronder."""),
          T([["Stap", "Wat gebeurt er", "Wie", "Termijn"],
             ["1", "Bespreking in het ondersteuningsteam; ouders geven hun zienswijze", "school, ouders", "-"],
             ["2", "Aanvraag met groeidocument, OPP en onderwijskundig rapport via het digitale loket", "schoolbestuur van de school van inschrijving", "-"],
             ["3", "Toets op volledigheid; zo nodig aanvullen", "loket", "binnen 5 werkdagen"],
             ["4", "Twee schriftelijke deskundigenadviezen: orthopedagoog of psycholoog en een tweede deskundige (bijv. maatschappelijk werker of kinderarts)", "deskundigen die niet bij de aanvraag betrokken waren", "binnen 3 weken"],
             ["5", "Besluit en verzending aan school en ouders, met afschrift van de adviezen", "Commissie Toelaatbaarheid", "binnen 6 weken na complete aanvraag"]]),
          P("""De commissie geeft een TLV af als aan de volgende criteria is voldaan. Voor het sbo: de school
          heeft de basisondersteuning en ten minste één arrangement gedurende minimaal een half jaar ingezet en
          geëvalueerd; de leerling heeft een ontwikkelingsperspectief dat op de basisschool niet haalbaar is
          (bijvoorbeeld een achterstand van meer dan anderhalf jaar op meerdere vakgebieden in combinatie met
          een beperkte leerbaarheid); en de leerling heeft behoefte aan een kleinere groep met structurele
          aanpassingen die een basisschool niet kan bieden. Voor het so geldt daarnaast dat de
          ondersteuningsbehoefte zo intensief is dat ook het sbo niet volstaat, bijvoorbeeld bij een
          verstandelijke beperking (cluster 3) of ernstige gedrags- of psychiatrische problematiek die
          behandeling in samenhang met onderwijs vraagt (cluster 4)."""),
          P("""Een TLV voor het sbo wordt afgegeven voor twee schooljaren, een TLV voor het so voor drie
          schooljaren, steeds tot en met 31 juli. Voor het so stelt de commissie de bekostigingscategorie laag,
          midden of hoog vast. Ouders en school kunnen binnen zes weken bezwaar maken; De Brug is aangesloten bij
          de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen (LBT), die het bestuur adviseert."""),
          H2("Afloop van de TLV en terugplaatsing"),
          P("""De Brug wil dat leerlingen niet langer in het speciaal (basis)onderwijs blijven dan nodig is.
          Terugplaatsing naar een basisschool is het uitgangspunt zodra de leerling zich volgens het OPP
          voldoende heeft ontwikkeld en een basisschool met begeleiding kan bieden wat het kind nodig heeft.
          Een leerling die terugkeert, krijgt een terugplaatsingsarrangement van een jaar: ambulante begeleiding
          door de sbo- of so-school en extra uren voor de ontvangende school."""),
          P("""Uiterlijk op 1 februari van het laatste TLV-jaar bespreekt de sbo- of so-school in de commissie
          van begeleiding met ouders of terugplaatsing, verlenging of overplaatsing het beste is. De school
          legt het advies voor aan de Commissie Toelaatbaarheid. Bij terugplaatsing zoekt de school samen met
          ouders een basisschool, bij voorkeur de school in de eigen wijk; bij verlenging vraagt het bestuur
          van de sbo- of so-school een nieuwe TLV aan. Vier en tien maanden na de terugplaatsing evalueren de
          ontvangende school en de ambulant begeleider de situatie."""),
          H1("Dekkend aanbod en thuiszitters"),
          P("""Een dekkend aanbod voor alle leerlingen in de Brugstreek is een gezamenlijke ambitie van de
          besturen. Hoe het aanbod tussen de scholen sluitend wordt gemaakt, werken wij uit in de notitie
          'Dekkend netwerk De Brug', die in het voorjaar van 2027 ter instemming aan de OPR wordt voorgelegd."""),
          P("""Ook de aanpak van thuiszitters krijgt in die notitie een plaats. Tot dat moment blijven de huidige
          werkafspraken van de besturen gelden."""),
          H1("Ouders"),
          P("""Ouders zijn de eerste deskundigen als het gaat om hun kind. De Brug informeert ouders via de
          website www.swvdebrug.example, waar per school het schoolondersteuningsprofiel te downloaden is en waar
          in gewone taal staat uitgelegd wat basisondersteuning, een arrangement en een TLV zijn. Iedere school
          neemt in de schoolgids een verwijzing op naar deze pagina en naar de contactpersoon passend onderwijs
          van de school. Nieuwe ouders ontvangen bij de intake de brochure 'Wat als mijn kind meer nodig heeft?'.
          Eenmaal per jaar houden wij een ouderavond over passend onderwijs."""),
          P("""Voor onafhankelijk advies verwijzen wij ouders naar het Ouder- en Jeugdsteunpunt De Brug, dat
          wordt uitgevoerd door een zelfstandige stichting en dat ouders kosteloos bijstaat. Daarnaast kunnen
          ouders gebruikmaken van de onderwijsconsulenten. Bij geschillen over een TLV staat de bezwaarroute via
          de LBT open; bij klachten over de uitvoering kunnen ouders terecht bij de klachtencommissie van
          Stichting Onderwijsgeschillen."""),
          H1("Resultaten en kwaliteitszorg"),
          P("""De Brug stelt voor deze planperiode de volgende beoogde resultaten vast voor leerlingen met een
          ondersteuningsbehoefte:"""),
          T([["Doel", "Nulmeting 2025", "Streefwaarde 2030"],
             ["Doorlooptijd TLV-aanvraag (gemiddeld)", "7,5 weken", "ten hoogste 6 weken"],
             ["Aantal terugplaatsingen per jaar vanuit sbo/so", "4", "ten minste 8"],
             ["Scholen die volledig voldoen aan de kwaliteitskaart basisondersteuning", "27 van 34", "alle scholen"],
             ["Tevredenheid ouders over de ondersteuning (schaal 1-10)", "6,9", "7,5"],
             ["Leerlingen met een OPP die hun uitstroomperspectief halen", "71%", "80%"]]),
          P("""De resultaten worden gemeten met de jaarlijkse monitor passend onderwijs die het bureau in
          september opstelt op basis van de leerlingadministratie, de registraties van het loket en een
          oudervragenlijst. De directeur-bestuurder bespreekt de monitor in oktober met de algemene vergadering
          en de OPR. In het jaarverslag rapporteren wij per doel de bereikte waarde. Wanneer een doel twee jaar
          achter elkaar niet op koers ligt, stelt het bestuur een verbeteraanpak vast."""),
          H1("Financiën en meerjarenbegroting"),
          P("""De Brug ontvangt het ondersteuningsbudget van het Rijk. Na aftrek van de afdrachten aan het
          so en de sbo-groeibekostiging verdelen wij de middelen volgens een eenvoudig model: 80 procent gaat als
          schoolbudget naar de besturen, naar rato van het aantal leerlingen op 1 oktober (in 2026 circa € 190 per
          leerling); 20 procent blijft bij het samenwerkingsverband voor het loket, de Commissie
          Toelaatbaarheid en de terugplaatsingsarrangementen. Het model is vastgesteld door de algemene
          vergadering en wordt in 2028 geëvalueerd."""),
          P("""Meerjarenbegroting 2026-2030: p.m. De meerjarenbegroting wordt na het verschijnen van de
          septembercirculaire aan dit plan toegevoegd. Waaraan de besturen hun schoolbudget besteden, bepalen
          zij binnen hun eigen beleid.""")]
    b += oogo(c, inhoudelijk=False)
    b += landelijk(c)
    b += kennisdeling(c)
    b += governance(c)
    b += personeel(c)
    b += privacy(c)
    b += planning(c)
    b += [H1("Afkortingenlijst"),
          T([["Afkorting", "Betekenis"],
             ["CT", "Commissie Toelaatbaarheid"], ["LBT", "Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen"],
             ["OPP", "Ontwikkelingsperspectief"], ["OPR", "Ondersteuningsplanraad"],
             ["SOP", "Schoolondersteuningsprofiel"], ["TLV", "Toelaatbaarheidsverklaring"],
             ["DN", "Dekkend netwerk: het sluitende geheel van voorzieningen in de regio"],
             ["MJB", "Meerjarenbegroting"]])]
    return c, b


# ---------------------------------------------------------------------------------------------
# Plan 3 – PO Zuidoost-Veluwe (pdf)
# plaatsing partial (no criteria), terugstroom missing, dekkend-aanbod partial (no lacunes),
# ouders partial (steunpunt only via website), financien in tables, basisondersteuning in a table
# ---------------------------------------------------------------------------------------------

def plan3():
    c = dict(naam="Samenwerkingsverband Passend Onderwijs Zuidoost-Veluwe (PO 25-02)",
             kort="Passend Onderwijs Zuidoost-Veluwe", periode="2026-2030", regio="de Zuidoost-Veluwe",
             directeur="drs. Annelies Bokhorst", besturen="negen",
             gemeenten="de gemeenten Heerdewijk, Epevelt en Renkerveen", inwoners="118.000",
             oogo_datum="27 januari 2026", vaststelling="9 april 2026", opr_datum="2 april 2026")
    b = []
    b.append(("title", ["Ondersteuningsplan 2026-2030", c["naam"], "Ieder kind een passende plek"]))
    b.append(("toc", ["Voorwoord", "1 Terugblik op de planperiode 2022-2026", "2 Onze regio",
                      "3 Missie en visie", "4 Basisondersteuning", "5 Het ondersteuningsaanbod",
                      "6 Toelaatbaarheid tot sbo en so", "7 Doorstroom en overgangen",
                      "8 Ouders en communicatie", "9 Resultaten", "10 Financiën",
                      "11 Samenwerking met gemeenten (OOGO)", "12 Organisatie en governance",
                      "13 Personeel en professionalisering", "14 Privacy, ICT en gegevensbeheer",
                      "15 Planning", "Begrippenlijst"]))
    b += voorwoord(c)
    b += [H1("Terugblik op de planperiode 2022-2026"),
          P("""In de vorige planperiode heeft het samenwerkingsverband vooral geïnvesteerd in de
          ondersteuningsteams op de scholen en in de bovenschoolse arrangementen. De terugblik laat zien dat
          de scholen de ondersteuningsteams waarderen. Tegelijk constateren we dat de procedures voor
          arrangementen voor scholen soms als bureaucratisch worden ervaren. In dit plan vereenvoudigen we die
          procedures.""")]
    b += regio(c, [["Kengetal (1 oktober 2025)", "Aantal"],
                   ["Basisscholen", "61"], ["Sbo-scholen", "3"], ["So-scholen in de regio", "2"],
                   ["Leerlingen basisonderwijs", "15.230"], ["Deelnamepercentage sbo", "2,3%"],
                   ["Deelnamepercentage so", "1,6%"]])
    b += visie(c)
    b += [H1("Basisondersteuning"),
          P("""De basisondersteuning is de ondergrens die iedere school van ons samenwerkingsverband, op
          iedere vestiging, waarmaakt. De negen besturen hebben deze ondergrens in 2025 opnieuw vastgesteld in
          tien standaarden. Onderstaande tabel laat zien wat dat in de praktijk betekent."""),
          T([["Standaard", "Wat u op iedere school aantreft"],
             ["1 Ondersteuningsstructuur", "Intern begeleider; ondersteuningsteam met jeugdverpleegkundige en schoolmaatschappelijk werk"],
             ["2 Handelingsgericht werken", "Groepsbesprekingen drie keer per jaar; leerlingvolgsysteem"],
             ["3 Lezen en dyslexie", "Dyslexieprotocol, vroegsignalering in groep 2 en 3, voorleessoftware"],
             ["4 Rekenen en dyscalculie", "Protocol ernstige rekenwiskundeproblemen en dyscalculie"],
             ["5 Gedrag", "Methode sociaal-emotioneel leren; gedragsprotocol; time-in in de groep"],
             ["6 Meer- en hoogbegaafdheid", "Signaleringsinstrument, compacten en verrijken"],
             ["7 Taal en NT2", "Extra taalaanbod voor leerlingen met een taalachterstand"],
             ["8 Medische handelingen", "Protocol medisch handelen"],
             ["9 Ontwikkelingsperspectief", "OPP bij eigen leerlijn, twee keer per jaar geëvalueerd met ouders"],
             ["10 Samenwerking", "Afspraken met wijkteam, leerplicht en jeugdgezondheidszorg"]]),
          P("""Het samenwerkingsverband gaat jaarlijks met iedere school in gesprek over deze standaarden. De
          uitkomsten worden per bestuur samengevat."""),
          H1("Het ondersteuningsaanbod"),
          P("""Wanneer een leerling meer nodig heeft dan de basisondersteuning, kan de school een
          ondersteuningsarrangement aanvragen bij het Loket Zuidoost-Veluwe. Wij onderscheiden
          schoolarrangementen (extra begeleiding op de eigen school), bovenschoolse arrangementen (de plusklas
          Vlinder voor hoogbegaafde leerlingen, de taalschool voor nieuwkomers en de observatiegroep Het
          Kompas) en plaatsing in het sbo of so. Een arrangement op de eigen school heeft altijd de voorkeur.
          Het loket beslist binnen vijf weken; arrangementen duren maximaal een schooljaar."""),
          P("""De drie sbo-scholen bieden naast plaatsing ook consultatie en ambulante begeleiding aan de
          basisscholen. De so-scholen De Hoeve (cluster 3) en Het Palet (cluster 4) bieden daarnaast een
          expertisepunt waar leerkrachten van basisscholen advies kunnen vragen. Zo vormen basisscholen,
          sbo-scholen en so-scholen samen één samenhangend geheel."""),
          H2("Thuiszitters"),
          P("""Het aantal thuiszitters in de regio is klein, maar ieder kind is er een te veel. We gaan
          onderzoeken hoe we beter zicht kunnen krijgen op leerlingen zonder passende plek; de uitkomsten van
          dat onderzoek worden in 2027 verwacht. Tot dat moment volgen we de landelijke ontwikkelingen
          nauwgezet."""),
          H1("Toelaatbaarheid tot sbo en so"),
          P("""Voor plaatsing in het speciaal basisonderwijs of het speciaal onderwijs heeft een leerling een
          toelaatbaarheidsverklaring (TLV) nodig. De procedure is als volgt."""),
          T([["Fase", "Inhoud", "Verantwoordelijk", "Doorlooptijd"],
             ["Voorbereiding", "Ondersteuningsteam bespreekt leerling; ouders tekenen voor gezien/akkoord", "intern begeleider", "-"],
             ["Aanvraag", "Bestuur van de school van inschrijving dient aanvraag in bij het Loket, met OPP en groeidocument", "schoolbestuur", "-"],
             ["Advies", "Orthopedagoog van het loket en een tweede deskundige (psycholoog, arts of maatschappelijk werker) geven elk een eigen schriftelijk advies", "deskundigen", "3 weken"],
             ["Besluit", "Commissie van Toelaatbaarheid besluit namens het bestuur", "CvT", "binnen 6 weken na ontvangst"],
             ["Bekendmaking", "Besluit aan ouders en school", "Loket", "binnen 1 week na besluit"]]),
          P("""De Commissie van Toelaatbaarheid weegt iedere aanvraag op maat en kijkt daarbij naar het kind in
          zijn geheel. Een uitwerking van toetsingskaders voor sbo en so volgt na de evaluatie van de commissie
          in 2027."""),
          H1("Doorstroom en overgangen"),
          P("""Overgangen in de schoolloopbaan zijn kwetsbare momenten. De overstap van de peuterspeelzaal
          naar de basisschool en van de basisschool naar het voortgezet onderwijs vraagt om een warme
          overdracht. Met het samenwerkingsverband VO hebben we afspraken over de overdracht van dossiers
          en over de aanmelding van leerlingen met een ondersteuningsbehoefte. Voor leerlingen uit het sbo
          en so die naar het voortgezet (speciaal) onderwijs gaan, wordt het onderwijskundig rapport vóór 1 maart
          opgesteld."""),
          P("""Over de route terug vanuit sbo en so naar een basisschool maken het samenwerkingsverband en de
          besturen van de speciale scholen in het tweede planjaar nadere afspraken."""),
          H1("Ouders en communicatie"),
          P("""Ouders worden over de ondersteuningsmogelijkheden geïnformeerd via onze website, via de
          schoolgids van iedere school (met de tien standaarden van de basisondersteuning) en via de
          ouderfolder 'Passend onderwijs in Zuidoost-Veluwe', die in vijf talen beschikbaar is. Bij iedere
          arrangementsaanvraag en TLV-aanvraag krijgen ouders een persoonlijk gesprek met de consulent. Twee keer
          per jaar is er een inloopspreekuur voor ouders op het bureau."""),
          P("""Voor onafhankelijke hulp verwijzen we naar de pagina 'Hulp voor ouders' op onze website."""),
          H1("Resultaten"),
          P("""Voor de planperiode stellen wij de volgende beoogde resultaten voor leerlingen met een extra
          ondersteuningsbehoefte:"""),
          UL(["het deelnamepercentage sbo daalt van 2,3% naar ten hoogste 2,0% in 2030, doordat meer leerlingen thuisnabij een arrangement krijgen;",
              "90% van de schoolarrangementen wordt bij evaluatie als effectief beoordeeld (2025: 78%);",
              "alle scholen voldoen in 2028 aan alle tien standaarden (2025: 52 van de 61);",
              "de gemiddelde wachttijd voor de observatiegroep is maximaal zes weken (2025: elf weken)."]),
          P("""Deze resultaten worden gemonitord via het dashboard van het loket, dat ieder kwartaal wordt
          bijgewerkt, en via de jaarlijkse gesprekken met de scholen. In het jaarverslag rapporteren wij de
          bereikte waarden en de kosten per voorziening. De OPR ontvangt de kwartaalrapportages."""),
          H1("Financiën"),
          P("""De verdeling van de ondersteuningsmiddelen is samengevat in de volgende tabel."""),
          T([["Onderdeel verdeelmodel", "Grondslag", "Bedrag 2026"],
             ["Schoolbudget", "€ 142 per leerling (teldatum 1 oktober)", "€ 2.163.000"],
             ["Vaste voet kleine scholen (< 100 leerlingen)", "€ 8.000 per school", "€ 152.000"],
             ["Arrangementen via Loket", "op aanvraag, criteria in Loketreglement", "€ 1.250.000"],
             ["Bovenschoolse voorzieningen", "vaste bijdrage per voorziening", "€ 780.000"],
             ["Sbo (boven de 2%)", "groeibekostiging peildatum 1 februari", "€ 1.940.000"]]),
          T([["Meerjarenbegroting (€)", "2026", "2027", "2028", "2029"],
             ["Baten", "13.940.000", "13.810.000", "13.700.000", "13.580.000"],
             ["Afdrachten so (DUO)", "7.420.000", "7.380.000", "7.350.000", "7.300.000"],
             ["Besteding schoolbudgetten en vaste voet", "2.315.000", "2.290.000", "2.270.000", "2.250.000"],
             ["Arrangementen en bovenschools", "2.030.000", "2.010.000", "1.990.000", "1.970.000"],
             ["Sbo", "1.940.000", "1.920.000", "1.900.000", "1.880.000"],
             ["Bureau, loket en deskundigen", "290.000", "290.000", "290.000", "290.000"],
             ["Saldo", "-55.000", "-80.000", "-100.000", "-110.000"]]),
          P("""De negatieve saldi zijn bewust begroot om de reserve terug te brengen tot het niveau van de
          signaleringswaarde.""")]
    b += oogo(c, inhoudelijk=True)
    b += landelijk(c)
    b += kennisdeling(c)
    b += governance(c)
    b += personeel(c)
    b += privacy(c)
    b += planning(c)
    b += [H1("Begrippenlijst"),
          T([["Begrip", "Omschrijving"],
             ["Terugplaatsing", "Het teruggaan van een leerling van sbo of so naar het regulier basisonderwijs."],
             ["Dekkend aanbod", "Er is voor iedere leerling een passende plek; thuiszitters worden voorkomen."],
             ["Onderwijsconsulent", "Onafhankelijke deskundige die ouders gratis adviseert bij problemen rond toelating of plaatsing."],
             ["Ouder- en jeugdsteunpunt", "Onafhankelijk steunpunt voor ouders en jongeren."],
             ["TLV", "Toelaatbaarheidsverklaring."]])]
    return c, b


# ---------------------------------------------------------------------------------------------
# Plan 4 – VO Kempenland (pdf)
# basisondersteuning partial (no agreed minimum yet), financien missing (separate doc), resultaten partial
# (monitoring yes, doelen deferred); plaatsing vso/lwoo/pro present; terugstroom present
# ---------------------------------------------------------------------------------------------

def plan4():
    c = dict(naam="Samenwerkingsverband Voortgezet Onderwijs Kempenland (VO 30-07)",
             kort="SWV VO Kempenland", periode="2026-2030", regio="de Kempen",
             directeur="Joris Verhoeven", besturen="acht",
             gemeenten="de gemeenten Bergeijkveld, Reusel-Dommel, Eersel-Noord en Bladel-Zuid",
             inwoners="131.000", onderwijs="voortgezet onderwijs", speciaal="voortgezet speciaal onderwijs", sector_lang="voortgezet onderwijs", oogo_datum="18 februari 2026", vaststelling="21 april 2026",
             opr_datum="14 april 2026")
    b = []
    b.append(("title", ["Ondersteuningsplan 2026-2030", c["naam"], "Elke leerling een passende plek in het vo"]))
    b.append(("toc", ["Voorwoord", "1 Inleiding", "2 Onze regio", "3 Missie en visie",
                      "4 Ondersteuning in de scholen", "5 Het dekkend netwerk", "6 Toewijzing: vso, lwoo en pro",
                      "7 Overstap en terugkeer", "8 Ouders en leerlingen", "9 Kwaliteitszorg en monitoring",
                      "10 Financiën", "11 Samenwerking met gemeenten", "12 Organisatie en governance",
                      "13 Personeel en professionalisering", "14 Privacy, ICT en gegevensbeheer", "15 Planning",
                      "Begrippenlijst"]))
    b += voorwoord(c)
    b += [H1("Inleiding"),
          P("""Dit ondersteuningsplan geldt voor alle scholen voor voortgezet onderwijs en voortgezet speciaal
          onderwijs in de Kempen: acht besturen met samen veertien vestigingen voor vmbo, havo, vwo en
          praktijkonderwijs en twee vso-scholen. Het plan beschrijft de kaders. De uitwerking staat in
          jaarplannen en in werkafspraken die op de website van het samenwerkingsverband staan.""")]
    b += regio(c, [["Kengetal (1 oktober 2025)", "Aantal"],
                   ["Vestigingen vo", "14"], ["Scholen voor praktijkonderwijs", "2"], ["Vso-scholen", "2"],
                   ["Leerlingen vo totaal", "9.860"], ["Leerlingen met lwoo", "1.120"],
                   ["Leerlingen vso", "236"]])
    b += visie(c)
    b += [H1("Ondersteuning in de scholen"),
          P("""Iedere school in de Kempen biedt leerlingen ondersteuning binnen de eigen school. Een
          verbandsbreed vastgesteld niveau van basisondersteuning heeft Kempenland op dit moment niet: de
          besturen hebben er in de vorige planperiode voor gekozen om de scholen zelf hun profiel te laten
          bepalen. Of en welke gezamenlijke ondergrens voor alle vestigingen gaat gelden, besluit het bestuur in
          2027, mede in het licht van de landelijke norm basisondersteuning."""),
          P("""De inventarisatie van de schoolondersteuningsprofielen (2025) laat zien wat de veertien
          vestigingen in de praktijk al bieden:"""),
          T([["Voorziening", "Aanwezig op"],
             ["Mentor met wekelijks mentoruur", "alle vestigingen"],
             ["Ondersteuningscoördinator en zorgadviesteam", "alle vestigingen"],
             ["Dyslexie- en dyscalculiebeleid met faciliteiten bij toetsen", "alle vestigingen"],
             ["Trainingen faalangst en sociale vaardigheden", "alle vestigingen"],
             ["Huiswerkbegeleiding en begeleiding executieve functies", "alle vestigingen"],
             ["Schoolmaatschappelijk werk en jeugdarts", "alle vestigingen"],
             ["Time-out- of opvangruimte", "12 van de 14 vestigingen"]]),
          H1("Het dekkend netwerk"),
          P("""Het ondersteuningsaanbod in de Kempen is opgebouwd in drie lagen. De eerste laag is de
          ondersteuning binnen de school (hoofdstuk 4). De tweede laag bestaat uit arrangementen: de school kan
          bij het Expertisepunt Kempenland een arrangement aanvragen, bijvoorbeeld begeleiding door een
          gedragsspecialist of een tijdelijke plaatsing in de trajectvoorziening op de eigen school. De derde
          laag is bovenschools: het OPDC De Schakel (tijdelijke plaatsing van maximaal twee keer twaalf weken,
          met terugkeer naar de eigen school), het praktijkonderwijs en het vso. Voor leerlingen die
          onderwijs en zorg combineren, zijn er twee onderwijs-zorgarrangementen in samenwerking met de
          jeugd-GGZ."""),
          P("""Iedere school heeft zorgplicht. Lukt het een school niet om binnen tien weken een passende plek te
          vinden, dan schakelt zij de trajectbegeleider van het samenwerkingsverband in. Leerlingen die
          (dreigen te) verzuimen of thuiszitten worden binnen een week besproken aan de thuiszitterstafel, waar
          school, leerplicht, jeugdhulp, trajectbegeleider en ouders aan deelnemen. Het samenwerkingsverband
          houdt een overzicht bij van alle leerlingen zonder passende plek en van de redenen daarvan. Blijkt
          daaruit een structureel tekort, zoals in 2025 voor hoogbegaafde leerlingen met
          sociaal-emotionele problemen, dan richt het bestuur binnen een schooljaar een nieuwe voorziening in of
          maakt het afspraken met een school buiten de regio."""),
          H1("Toewijzing: vso, lwoo en pro"),
          H2("Toelaatbaarheid tot het vso"),
          P("""Het bevoegd gezag van de school waar de leerling is ingeschreven of aangemeld, vraagt de
          toelaatbaarheidsverklaring voor het vso aan bij de Commissie Toewijzing Kempenland (CTK). Bij de
          aanvraag horen het OPP, een verslag van het multidisciplinair overleg en de zienswijze van ouders en
          leerling. De CTK vraagt advies aan twee deskundigen: een orthopedagoog of psycholoog en, afhankelijk
          van de leerling, een kinder- en jeugdpsychiater, arts of maatschappelijk werker. De CTK besluit binnen
          zes weken. Een TLV vso is toelaatbaar als (a) de vo-school de ondersteuning en ten minste één
          arrangement heeft ingezet en geëvalueerd, (b) de ondersteuningsbehoefte blijkens het OPP en de
          deskundigenadviezen een onderwijsomgeving vraagt met kleine groepen, intensieve begeleiding en/of
          behandeling die in het regulier vo niet kan worden geboden, en (c) geen lichter alternatief binnen het
          netwerk beschikbaar is. De TLV geldt voor twee schooljaren en vermeldt de bekostigingscategorie laag,
          midden of hoog. Tegen het besluit kunnen ouders bezwaar maken; het samenwerkingsverband vraagt advies
          aan de Landelijke Bezwaaradviescommissie."""),
          H2("Leerwegondersteunend onderwijs en praktijkonderwijs"),
          P("""Voor lwoo en pro volgt Kempenland de landelijke criteria. De vo-school waar de leerling is
          aangemeld dient de aanvraag in vóór 1 april, met het onderwijskundig rapport van de basisschool en de
          uitslagen van het capaciteiten- en didactisch onderzoek. De CTK toetst aan de landelijke criteria
          (IQ-range, leerachterstanden en sociaal-emotionele problematiek) en besluit binnen vier weken.
          Een aanwijzing lwoo geldt voor de duur van de vmbo-opleiding; een TLV pro voor de duur van de
          opleiding."""),
          H1("Overstap en terugkeer"),
          P("""Kempenland wil dat leerlingen in het vso, het OPDC en het praktijkonderwijs kunnen
          terugkeren naar het regulier vo wanneer dat past bij hun ontwikkeling. Terugkeer is mogelijk als de
          leerling zijn OPP-doelen grotendeels heeft gehaald, als de ondersteuningsbehoefte door een
          reguliere school met een arrangement kan worden opgevangen en als leerling en ouders de stap willen
          zetten. De ontvangende school krijgt een overstaparrangement voor een jaar, met ambulante
          begeleiding door een docent van de vso-school."""),
          P("""De procedure: in het laatste jaar van de TLV bespreekt de vso-school vóór 1 december in de
          commissie van begeleiding of terugplaatsing, overplaatsing of verlenging aan de orde is. Het advies
          gaat naar de CTK. Bij terugplaatsing regelt de trajectbegeleider binnen acht weken een intake op een
          reguliere school en maken beide scholen een overdrachtsplan; de overstap vindt bij voorkeur plaats
          na een periode van proefplaatsing van zes weken. De CTK evalueert na een half jaar. In 2024-2025
          keerden 14 leerlingen vanuit het vso terug naar het regulier vo."""),
          H1("Ouders en leerlingen"),
          P("""Ouders en leerlingen vinden informatie over de ondersteuning in de Kempen op de website, in de
          schoolgids van iedere school en in de brochure 'Extra ondersteuning in het vo'. Op de open dagen van
          alle vo-scholen staat een medewerker van het samenwerkingsverband met een informatiestand. Voor
          ouders van groep 8 organiseren wij in november een informatieavond over lwoo, pro en vso."""),
          P("""Het Ouder- en Jeugdsteunpunt Kempen is het onafhankelijke steunpunt voor ouders en leerlingen
          met vragen of zorgen over ondersteuning. Het steunpunt is ondergebracht bij een onafhankelijke
          stichting en werkt met ervaringsdeskundige ouders. Daarnaast kunnen ouders gebruikmaken van de
          onderwijsconsulenten en van de klachtenregeling van het samenwerkingsverband."""),
          H1("Kwaliteitszorg en monitoring"),
          P("""Het samenwerkingsverband volgt de ontwikkelingen met een vaste set kengetallen. Twee keer per
          jaar (februari en september) rapporteert het bureau aan het bestuur en de OPR over onderstaande
          kengetallen; eens per jaar houden wij een tevredenheidspeiling onder scholen en ouders. De
          uitkomsten worden met iedere school besproken en in het jaarverslag gepubliceerd."""),
          T([["Kengetal", "2022-2023", "2023-2024", "2024-2025"],
             ["Deelnamepercentage vso", "2,6%", "2,5%", "2,4%"],
             ["Aantal thuiszitters (> 4 weken)", "19", "15", "12"],
             ["Terugplaatsingen vso naar vo", "8", "11", "14"],
             ["Tevredenheid ouders (1-10)", "6,8", "7,0", "7,1"]]),
          P("""De ambities voor de nieuwe planperiode formuleren wij in het najaar van 2026 samen met de OPR en
          de besturen; zij worden opgenomen in het jaarplan 2027."""),
          H1("Financiën"),
          P("""De financiële paragraaf maakt geen deel uit van dit document. De algemene vergadering stelt het
          financieel kader en de meerjarenbegroting jaarlijks in december vast; deze stukken worden
          afzonderlijk gepubliceerd.""")]
    b += oogo(c, inhoudelijk=True)
    b += landelijk(c)
    b += kennisdeling(c)
    b += governance(c)
    b += personeel(c)
    b += privacy(c)
    b += planning(c)
    b += [H1("Begrippenlijst"),
          T([["Begrip", "Omschrijving"],
             ["Basisondersteuning", "Het afgesproken niveau van ondersteuning dat iedere school biedt."],
             ["Verdeelmodel", "De regels waarmee de middelen over de besturen worden verdeeld."],
             ["Meerjarenbegroting", "Begroting voor meerdere jaren."],
             ["Lwoo", "Leerwegondersteunend onderwijs."], ["Pro", "Praktijkonderwijs."],
             ["OPDC", "Orthopedagogisch-didactisch centrum."]])]
    return c, b


# ---------------------------------------------------------------------------------------------
# Plan 5 – PO Waterland-Oost (html)
# basisondersteuning missing (deferral + glossary/header trap), ouders missing (communicatieplan volgt),
# plaatsing partial (criteria only, procedure via website), terugstroom partial (procedure only)
# ---------------------------------------------------------------------------------------------

def plan5():
    c = dict(naam="Samenwerkingsverband Primair Onderwijs Waterland-Oost (PO 27-09)",
             kort="SWV Waterland-Oost", periode="2026-2030", regio="Waterland-Oost",
             directeur="Saskia de Boer", besturen="zes",
             gemeenten="de gemeenten Purmerdijk, Edamsmeer en Monnikenwaard", inwoners="104.000",
             oogo_datum="3 maart 2026", vaststelling="22 april 2026", opr_datum="14 april 2026")
    b = []
    b.append(("title", ["Ondersteuningsplan 2026-2030", c["naam"]]))
    b.append(("toc", ["Voorwoord", "1 Waar staan we?", "2 Onze regio", "3 Missie en visie",
                      "4 Basisondersteuning", "5 Het ondersteuningscontinuüm", "6 Thuiszitters",
                      "7 Toelaatbaarheid", "8 Na de TLV", "9 Resultaten", "10 Financiën",
                      "11 Communicatie", "12 Samenwerking met gemeenten (OOGO)", "13 Organisatie en governance",
                      "14 Personeel en professionalisering", "15 Privacy, ICT en gegevensbeheer",
                      "16 Planning", "Begrippenlijst"]))
    b += voorwoord(c)
    b += [H1("Waar staan we?"),
          P("""Waterland-Oost heeft de afgelopen jaren een flinke ontwikkeling doorgemaakt. Het aantal
          leerlingen in het speciaal basisonderwijs is gedaald, het aantal arrangementen op de scholen gestegen.
          De scholen werken steeds meer samen in clusters van vier tot zes scholen. Tegelijk zien we dat het
          lerarentekort de uitvoering onder druk zet."""),
          P("""De clustervorming is in 2023 gestart als experiment met drie clusters en is inmiddels in de hele
          regio ingevoerd. Iedere cluster heeft een coördinerend directeur, die namens de scholen het
          aanspreekpunt is voor het bureau. De clusters verschillen onderling in omvang en karakter: sommige
          bestaan uit scholen van één bestuur, andere zijn bovenbestuurlijk samengesteld. Die verscheidenheid
          zien wij als een kracht, omdat zij past bij de verschillen tussen stad en platteland in onze regio.
          De ervaringen met de clusters nemen wij mee in de tussentijdse bijstelling van dit plan.""")]
    b += regio(c, [["Kengetal", "1 oktober 2025"], ["Basisscholen", "41"], ["Sbo-scholen", "2"],
                   ["Leerlingen basisonderwijs", "10.120"], ["Leerlingen sbo", "214"],
                   ["Leerlingen so (met TLV van ons SWV)", "171"]])
    b += visie(c)
    b += [H1("Basisondersteuning"),
          P("""Wat iedere school minimaal biedt, leggen de besturen vast in een nieuw referentiekader. De
          vaststelling daarvan is gepland voor juni 2027. Tot die tijd verwijzen wij voor de ondersteuning van
          de afzonderlijke scholen naar hun schoolgidsen."""),
          H1("Het ondersteuningscontinuüm"),
          P("""Het ondersteuningsaanbod in Waterland-Oost loopt van lichte naar zware ondersteuning. We
          onderscheiden vijf treden:"""),
          T([["Trede", "Omschrijving", "Toegang"],
             ["1", "Ondersteuning binnen de school, onder regie van de intern begeleider", "school"],
             ["2", "Inzet van het clusterteam: ambulant begeleider, orthopedagoog, jeugdprofessional", "aanvraag bij clusterteam"],
             ["3", "Arrangement op school of in het cluster (bijv. leesinterventie, gedragsgroep van 4 dagdelen)", "toekenning door clusterteam"],
             ["4", "Bovenschoolse voorziening: schakelklas, plusklas, observatieklas Het Zeepaardje", "toekenning door het bureau"],
             ["5", "Speciaal basisonderwijs of speciaal onderwijs", "TLV"]]),
          P("""Iedere trede bouwt voort op de vorige: een leerling gaat alleen naar een volgende trede als de
          ondersteuning op de vorige trede is ingezet en geëvalueerd. De clusterteams zorgen ervoor dat scholen
          in een cluster elkaars expertise benutten, zodat een samenhangend geheel van voorzieningen binnen en
          tussen de scholen ontstaat."""),
          H1("Thuiszitters"),
          P("""Iedere leerling die langer dan drie weken niet (volledig) naar school gaat, wordt door de school
          gemeld bij leerplicht en bij het bureau. Een trajectbegeleider van het samenwerkingsverband neemt
          binnen vijf werkdagen contact op en roept het netwerk bij elkaar. Het bureau houdt een actuele lijst
          bij van thuiszitters, leerlingen met vrijstelling en leerlingen op een wachtlijst. Ieder kwartaal
          analyseren het bestuur en de leerplichtambtenaren deze lijst op witte vlekken in het aanbod. In 2025
          leidde dat tot de start van een tweede observatieklas. Besturen spreken elkaar aan op de zorgplicht;
          wanneer een school geen plek kan bieden, zoekt de trajectbegeleider binnen zes weken een andere
          school."""),
          H1("Toelaatbaarheid"),
          P("""Voor het speciaal basisonderwijs en het speciaal onderwijs is een toelaatbaarheidsverklaring
          nodig. Hoe een school een aanvraag indient en wie daarover beslist, leest u in de digitale TLV-wijzer
          op onze website. In dit plan leggen wij de criteria vast waaraan een aanvraag wordt getoetst."""),
          T([["Voorziening", "Een leerling is toelaatbaar als ..."],
             ["Sbo", "treden 1 t/m 3 aantoonbaar en ten minste zes maanden zijn ingezet; de leerling een ontwikkelingsperspectief heeft op ten hoogste het niveau van eind groep 6 bij uitstroom; en de leerling is aangewezen op een groep van maximaal 16 leerlingen met een orthopedagogische aanpak"],
             ["So cluster 3", "er sprake is van een verstandelijke, lichamelijke of meervoudige beperking of langdurige ziekte waardoor de leerling is aangewezen op een zeer specifieke leeromgeving en zorg die sbo en basisonderwijs niet kunnen bieden"],
             ["So cluster 4", "er sprake is van ernstige gedrags- of psychiatrische problematiek die in samenhang met behandeling onderwijs vraagt, en trede 4 onvoldoende is gebleken of evident ontoereikend is"]]),
          P("""Een TLV voor het sbo geldt twee jaar. Een TLV voor het so geldt tot het einde van de
          basisschoolperiode, maar ten hoogste vier jaar, en vermeldt de bekostigingscategorie laag, midden of
          hoog."""),
          H1("Na de TLV"),
          P("""Uiterlijk in oktober van het laatste jaar van de TLV bespreekt de sbo- of so-school in de commissie
          van begeleiding of terugplaatsing naar het basisonderwijs, verlenging of overplaatsing aan de orde is.
          De school meldt de uitkomst vóór 1 februari bij het bureau. Bij verlenging dient het bestuur van de
          sbo- of so-school een nieuwe aanvraag in. Bij terugplaatsing neemt de sbo- of so-school contact op met
          de basisschool van aanmelding; het bureau besluit over de overstap en legt deze vast. De TLV eindigt
          op 31 juli van het laatste jaar; de ontvangende school evalueert de overstap na drie maanden met de
          ambulant begeleider van het clusterteam."""),
          P("""Een visie op terugplaatsing en afspraken over wat een leerling na de overstap nodig heeft, staan
          op de bestuursagenda voor 2027."""),
          H1("Resultaten"),
          P("""Wij willen dat leerlingen met een ondersteuningsbehoefte zo thuisnabij mogelijk onderwijs krijgen
          en dat niemand zonder onderwijs thuiszit. Concreet streven wij in deze planperiode naar:"""),
          T([["Indicator", "2025", "Streefwaarde 2029"],
             ["Thuiszitters langer dan 3 maanden", "9", "0"],
             ["Deelnamepercentage sbo + so", "3,8%", "3,4%"],
             ["Arrangementen binnen 4 weken gestart", "64%", "90%"],
             ["Leerlingen die na trede 3 op de eigen school blijven", "81%", "85%"]]),
          P("""Het bureau meet deze indicatoren per kwartaal en bespreekt ze met de clusterteams. In januari
          rapporteert de directeur-bestuurder aan het bestuur over de voortgang; in het jaarverslag staan de
          bereikte waarden naast de streefwaarden en de kosten per trede. Halverwege de planperiode (2028) laten
          wij een externe evaluatie uitvoeren."""),
          H1("Financiën"),
          P("""De ondersteuningsmiddelen worden als volgt verdeeld. Eerst worden de verplichte afdrachten aan
          het so en de bekostiging van het sbo boven de 2% gereserveerd. Van het resterende budget gaat 55% naar
          de clusterteams, verdeeld naar leerlingaantal op 1 oktober (circa € 210 per leerling in 2026); 30%
          naar de bovenschoolse voorzieningen op basis van het aantal plaatsen; 15% naar bureau, trajectbegeleiding
          en bestuur. Het bestuur kan na advies van de OPR de percentages met ten hoogste vijf procentpunten
          aanpassen."""),
          T([["Begroting (x € 1.000)", "2026", "2027", "2028", "2029"],
             ["Baten", "10.240", "10.160", "10.080", "10.010"],
             ["Afdrachten so en sbo", "5.730", "5.690", "5.660", "5.640"],
             ["Clusterteams", "2.480", "2.450", "2.410", "2.380"],
             ["Bovenschoolse voorzieningen", "1.350", "1.340", "1.320", "1.300"],
             ["Bureau, trajectbegeleiding, bestuur", "680", "680", "690", "690"],
             ["Saldo", "0", "0", "0", "0"]]),
          P("""Clusterteams verantwoorden jaarlijks vóór 1 april welke inzet zij met het budget hebben
          gerealiseerd."""),
          H1("Communicatie"),
          P("""Het samenwerkingsverband communiceert met scholen via een maandelijkse nieuwsbrief, met de
          clusterteams via een digitaal platform en met de gemeenten via het bestuurlijk overleg. Een
          communicatieplan richting ouders is in voorbereiding en wordt in het eerste planjaar
          vastgesteld.""")]
    b += oogo(c, inhoudelijk=True)
    b += landelijk(c)
    b += kennisdeling(c)
    b += governance(c, ouders_in_opr=False)
    b += personeel(c)
    b += privacy(c)
    b += planning(c)
    b += [H1("Begrippenlijst"),
          T([["Begrip", "Omschrijving"],
             ["Basisondersteuning", "De ondersteuning die iedere school in het samenwerkingsverband minimaal biedt, zoals een intern begeleider en een dyslexieprotocol."],
             ["Ouder- en jeugdsteunpunt (OJSP)", "Onafhankelijk steunpunt waar ouders terechtkunnen met vragen en bij onenigheid."],
             ["Schoolgids", "Jaarlijkse gids van de school met informatie voor ouders."],
             ["TLV", "Toelaatbaarheidsverklaring, aan te vragen door het schoolbestuur bij het bureau."],
             ["Terugplaatsing", "Terugkeer van sbo/so naar het basisonderwijs."]])]
    return c, b


# ---------------------------------------------------------------------------------------------
# Near miss – a school's own "ondersteuningsplan" (school level, not an SWV plan)
# ---------------------------------------------------------------------------------------------

def nearmiss():
    c = dict(naam="OBS De Klimop")
    b = []
    b.append(("title", ["Ondersteuningsplan OBS De Klimop", "Schooljaar 2025-2026",
                        "Zorgstructuur, zorgniveaus en samenwerking met het samenwerkingsverband"]))
    b.append(("toc", ["1 Inleiding", "2 Zorgniveaus op De Klimop", "3 Basisondersteuning op onze school",
                      "4 De cyclus van handelingsgericht werken", "5 Extra ondersteuning en het samenwerkingsverband",
                      "6 Ouders", "7 Middelen", "8 Jaarplanning zorg"]))
    b += [H1("Inleiding"),
          P("""Dit ondersteuningsplan beschrijft hoe OBS De Klimop de ondersteuning van haar leerlingen heeft
          georganiseerd. Het plan is bedoeld voor het team en wordt jaarlijks door de intern begeleider
          bijgewerkt en door de MR besproken. Het is een uitwerking van ons schoolondersteuningsprofiel en sluit
          aan bij de afspraken van het samenwerkingsverband waarvan ons bestuur lid is. De Klimop telt 312
          leerlingen in veertien groepen."""),
          H1("Zorgniveaus op De Klimop"),
          T([["Zorgniveau", "Omschrijving", "Wie"],
             ["1", "Algemene zorg in de groep door de leerkracht", "leerkracht"],
             ["2", "Extra zorg in de groep (verlengde instructie, pre-teaching)", "leerkracht"],
             ["3", "Speciale zorg na intern onderzoek, handelingsplan", "leerkracht en IB"],
             ["4", "Speciale zorg na extern onderzoek (orthopedagoog, logopedie)", "IB en externen"],
             ["5", "Verwijzing: arrangement via het samenwerkingsverband of TLV", "directie, IB, bestuur"]]),
          P("""Op niveau 1 en 2 werkt de leerkracht met drie instructieniveaus. Op niveau 3 bespreekt de
          leerkracht de leerling met de intern begeleider en wordt een handelingsplan opgesteld dat na zes weken
          wordt geëvalueerd. Op niveau 4 schakelen we externe deskundigen in. Niveau 5 is bereikt wanneer de
          school met haar eigen middelen niet meer kan bieden wat de leerling nodig heeft."""),
          H1("Basisondersteuning op onze school"),
          P("""De Klimop biedt de basisondersteuning zoals die in het samenwerkingsverband is afgesproken. Op
          onze school betekent dat: een intern begeleider (0,8 fte), een dyslexiespecialist, een rekenspecialist,
          een plusgroep voor groep 5 tot en met 8, de methode Kwink voor sociaal-emotioneel leren en een
          anti-pestprotocol. Voor leerlingen met een taalachterstand hebben wij een extra taalaanbod in de
          onderbouw."""),
          H1("De cyclus van handelingsgericht werken"),
          P("""Drie keer per jaar houden wij groepsbesprekingen: in oktober, februari en juni. Daarin bespreken
          leerkracht en IB de groepsoverzichten, de resultaten van de methodegebonden en methodeonafhankelijke
          toetsen en de onderwijsbehoeften van de leerlingen. Na de groepsbespreking past de leerkracht het
          groepsplan aan. Leerlingbesprekingen vinden plaats wanneer een leerling onvoldoende profiteert van
          het aanbod. De resultaten van de eindtoets van groep 8 analyseren wij in het team in juni; in 2025
          lag de score boven de signaleringswaarde van de inspectie."""),
          P("""Iedere zes weken komt het ondersteuningsteam van de school bijeen: directeur, IB, de
          jeugdverpleegkundige, de schoolmaatschappelijk werker en, op afroep, de consulent van het
          samenwerkingsverband. Ouders worden voor de bespreking van hun kind uitgenodigd."""),
          H1("Extra ondersteuning en het samenwerkingsverband"),
          P("""Wanneer de basisondersteuning niet volstaat, kan de school via het samenwerkingsverband een
          arrangement aanvragen. De IB stelt daarvoor een groeidocument op. Is ook een arrangement niet
          voldoende, dan kan het bestuur een toelaatbaarheidsverklaring (TLV) aanvragen voor het speciaal
          basisonderwijs of het speciaal onderwijs. Het samenwerkingsverband beslist daarover; de criteria en
          de procedure staan in het ondersteuningsplan van het samenwerkingsverband. Leerlingen die vanuit het
          sbo terugkomen naar De Klimop, krijgen een warm welkom en een wenperiode van vier weken."""),
          P("""In schooljaar 2024-2025 vroegen wij vier arrangementen aan en één TLV voor het sbo. Twee
          leerlingen stroomden in vanuit een andere school."""),
          H1("Ouders"),
          P("""Ouders zijn onze partners. Wij informeren ouders via de schoolgids, de maandelijkse nieuwsbrief,
          het ouderportaal en de tien-minutengesprekken. Bij zorgen over een kind neemt de leerkracht binnen
          een week contact op met ouders. Ouders die het niet eens zijn met de school, kunnen terecht bij de
          directeur, de vertrouwenspersoon van het bestuur of het ouder- en jeugdsteunpunt van het
          samenwerkingsverband."""),
          H1("Middelen"),
          P("""De school ontvangt van het bestuur een deel van het schoolbudget van het samenwerkingsverband.
          In 2025-2026 is dat € 38.500. Wij besteden dit aan 0,4 fte onderwijsassistent voor de onderbouw en aan
          scholing van het team op het gebied van gedrag."""),
          H1("Jaarplanning zorg"),
          T([["Maand", "Activiteit"],
             ["september", "Overdrachtsgesprekken, start groepsplannen"],
             ["oktober", "Groepsbesprekingen ronde 1"],
             ["januari", "Midden-toetsen, analyse"],
             ["februari", "Groepsbesprekingen ronde 2, OPP-evaluaties met ouders"],
             ["juni", "Groepsbesprekingen ronde 3, eindtoetsanalyse, overdracht"]]),
          P("""Dit plan is besproken in de teamvergadering van 2 september 2025 en ter kennisname voorgelegd
          aan de medezeggenschapsraad. Het plan wordt jaarlijks geactualiseerd door de intern begeleider.""")]
    return c, b


# ---------------------------------------------------------------------------------------------
# Renderers
# ---------------------------------------------------------------------------------------------


def to_docx(blocks, path, header):
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    sec = d.sections[0]
    sec.header.paragraphs[0].text = header
    sec.footer.paragraphs[0].text = header.split("|")[0].strip()
    d.core_properties.author = "holdout184"
    d.core_properties.created = datetime.datetime(2026, 4, 1, 12, 0, 0)
    d.core_properties.modified = datetime.datetime(2026, 4, 1, 12, 0, 0)
    for kind, pl in blocks:
        if kind == "title":
            d.add_heading(pl[0], level=0)
            for line in pl[1:]:
                d.add_paragraph(line)
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif kind == "toc":
            d.add_paragraph("Inhoudsopgave").runs[0].bold = True
            for line in pl:
                d.add_paragraph(line)
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif kind == "h1":
            d.add_heading(pl, level=1)
        elif kind == "h2":
            d.add_heading(pl, level=2)
        elif kind == "p":
            d.add_paragraph(pl)
        elif kind == "ul":
            for it in pl:
                d.add_paragraph(it, style="List Bullet")
        elif kind == "table":
            t = d.add_table(rows=len(pl), cols=len(pl[0]))
            t.style = "Table Grid"
            for i, row in enumerate(pl):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = cell
                    if i == 0:
                        for r in t.cell(i, j).paragraphs[0].runs:
                            r.bold = True
            d.add_paragraph()
    d.save(str(path))


def to_html(blocks, path, header):
    e = html.escape
    out = ["<!DOCTYPE html>", '<html lang="nl"><head><meta charset="utf-8">',
           f"<title>{e(header)}</title>",
           "<style>body{font-family:Arial,sans-serif;max-width:900px;margin:auto}"
           "table{border-collapse:collapse}td,th{border:1px solid #999;padding:4px}"
           "header,footer{color:#666;font-size:small}</style></head><body>",
           f"<header>{e(header)}</header>"]
    for kind, pl in blocks:
        if kind == "title":
            out.append(f"<h1 class='titel'>{e(pl[0])}</h1>")
            out += [f"<p class='subtitel'>{e(x)}</p>" for x in pl[1:]]
        elif kind == "toc":
            out.append("<nav><h2>Inhoudsopgave</h2><ul>")
            out += [f"<li>{e(x)}</li>" for x in pl]
            out.append("</ul></nav><main>")
        elif kind == "h1":
            out.append(f"<h2>{e(pl)}</h2>")
        elif kind == "h2":
            out.append(f"<h3>{e(pl)}</h3>")
        elif kind == "p":
            out.append(f"<p>{e(pl)}</p>")
        elif kind == "ul":
            out.append("<ul>" + "".join(f"<li>{e(x)}</li>" for x in pl) + "</ul>")
        elif kind == "table":
            rows = ["<tr>" + "".join(f"<th>{e(x)}</th>" for x in pl[0]) + "</tr>"]
            rows += ["<tr>" + "".join(f"<td>{e(x)}</td>" for x in r) + "</tr>" for r in pl[1:]]
            out.append("<table>" + "".join(rows) + "</table>")
    out.append("</main>")
    out.append(f"<footer>{e(header)} &middot; Basisondersteuning &middot; Ouders &middot; "
               f"Onafhankelijke ondersteuning &middot; Contact</footer></body></html>")
    path.write_text("\n".join(out), encoding="utf-8")


def to_pdf(blocks, path, header):
    tmp = Path(tempfile.mkdtemp(prefix="holdout184_pdf_"))
    try:
        src = tmp / (path.stem + ".docx")
        to_docx(blocks, src, header)
        prof = tmp / "lo_profile"
        subprocess.run(["soffice", f"-env:UserInstallation=file://{prof}", "--headless",
                        "--convert-to", "pdf", "--outdir", str(tmp), str(src)],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
        shutil.copyfile(tmp / (path.stem + ".pdf"), path)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


# ---------------------------------------------------------------------------------------------
# Labels
# ---------------------------------------------------------------------------------------------

CORE = ["basisondersteuning.niveau", "basisondersteuning.inhoud", "plaatsing.procedure", "plaatsing.criteria",
        "terugstroom.procedure", "terugstroom.beleid", "financien.verdeling", "financien.besteding",
        "dekkend-aanbod.continuum", "dekkend-aanbod.lacunes", "resultaten.doelen", "resultaten.monitoring",
        "ouders.informatie", "ouders.steunpunt"]
ELEMENTS = ["basisondersteuning", "plaatsing", "terugstroom", "financien", "dekkend-aanbod", "resultaten", "ouders"]


def status(crit, adv, el):
    vals = [crit[k] for k in CORE if k.startswith(el + ".")]
    if all(vals):
        return "present"
    if any(vals) or adv.get(el):
        return "partial"
    return "missing"


def write_label(name, documents, sector, false_crit, adv, notes):
    crit = {k: (k not in false_crit) for k in CORE}
    els = {el: status(crit, adv, el) for el in ELEMENTS}
    lines = [f"documents: [{', '.join(documents)}]", f"sector: {sector}", "looks_like_plan: true",
             "elements: {" + ", ".join(f"{k}: {v}" for k, v in els.items()) + "}", "criteria:"]
    lines += [f"  {k}: {'true' if crit[k] else 'false'}" for k in CORE]
    lines.append("advisory_addressed:")
    for el in ELEMENTS:
        if adv.get(el):
            lines.append(f"  {el}: [{', '.join(adv[el])}]")
    lines.append("notes:")
    for el in ELEMENTS:
        if el in notes:
            lines.append(f"  {el}: \"{notes[el]}\"")
    (OUT / f"{name}.expected.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")


def main():
    OUT.mkdir(parents=True, exist_ok=True)

    c, b = plan1()
    to_docx(b, OUT / "po-rivierenland-west-op.docx",
            "Ondersteuningsplan 2026-2030 | SWV Rivierenland-West | toelaatbaarheid - resultaten - ouders")
    write_label("po-rivierenland-west-op", ["po-rivierenland-west-op.docx"], "po",
                {"plaatsing.procedure", "plaatsing.criteria", "resultaten.doelen", "resultaten.monitoring"},
                {"basisondersteuning": ["borging"], "financien": ["reserves", "verantwoording"],
                 "dekkend-aanbod": ["ketenpartners"], "ouders": ["betrokkenheid"]},
                {"basisondersteuning": "Ch. 'Basisondersteuning: wat elke school biedt': minimum for every vestiging, bullet list, two-yearly audit.",
                 "plaatsing": "Only a reference to absent bijlage 5 (Reglement toelaatbaarheid) in leeswijzer and S(B)O chapter; TLV only in glossary.",
                 "terugstroom": "Hidden in ch. 'Speciaal (basis)onderwijs in de regio' §'Terug naar de basisschool': policy + steps, 31 juli, arrangement.",
                 "financien": "Ch. 'Geld en middelen': EUR 165 per leerling + vaste voet, loket budget, meerjarenbegroting table, reserve.",
                 "dekkend-aanbod": "Niveau 1-4 table in 'Extra ondersteuning'; ch. 'Thuiszitters en maatwerk' handles gaps (melding, overleg, new voorziening).",
                 "resultaten": "Only deferrals (jaarplan after summer 2026, monitor 'in de loop van 2027') and glossary entry; no goals or monitoring.",
                 "ouders": "Inside ch. 'Communicatie': ouderpagina, schoolgids, folder, informatieavonden; Ouder- en Jeugdsteunpunt, onderwijsconsulenten."})

    c, b = plan2()
    to_docx(b, OUT / "po-de-brug-op.docx", "SWV De Brug | Ondersteuningsplan 2026-2030")
    write_label("po-de-brug-op", ["po-de-brug-op.docx"], "po",
                {"basisondersteuning.inhoud", "financien.besteding", "dekkend-aanbod.continuum",
                 "dekkend-aanbod.lacunes"},
                {"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
                 "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
                {"basisondersteuning": "Ch. 'Basisondersteuning' defines one common level for every vestiging but the voorzieningen are only in absent bijlage 2 (Kwaliteitskaart).",
                 "plaatsing": "Ch. 'Toelaatbaarheid en toewijzing': step table, criteria sbo/so, two deskundigen, 2/3 years, categorie, LBT.",
                 "terugstroom": "Inside the TLV chapter, §'Afloop van de TLV en terugplaatsing': policy, 1 februari evaluation, arrangement.",
                 "financien": "Verdeling 80/20 with ~EUR 190 per leerling; meerjarenbegroting 'p.m.', besturen decide spending themselves.",
                 "dekkend-aanbod": "Ch. 'Dekkend aanbod en thuiszitters' only defers to a 2027 notitie; no continuum, OOGO only procedural.",
                 "resultaten": "Ch. 'Resultaten en kwaliteitszorg': goal table with nulmeting/streefwaarde, yearly monitor, jaarverslag.",
                 "ouders": "Ch. 'Ouders': website, SOP, schoolgids, brochure; Ouder- en Jeugdsteunpunt De Brug, onderwijsconsulenten."})

    c, b = plan3()
    to_pdf(b, OUT / "po-zuidoost-veluwe-op.pdf", "Passend Onderwijs Zuidoost-Veluwe | Ondersteuningsplan 2026-2030")
    write_label("po-zuidoost-veluwe-op", ["po-zuidoost-veluwe-op.pdf"], "po",
                {"plaatsing.criteria", "terugstroom.procedure", "terugstroom.beleid", "dekkend-aanbod.lacunes",
                 "ouders.steunpunt"},
                {"basisondersteuning": ["borging"], "plaatsing": ["deskundigen"],
                 "financien": ["reserves"], "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
                {"basisondersteuning": "Ch. 'Basisondersteuning': ondergrens for every vestiging; ten standaarden only in a table.",
                 "plaatsing": "Procedure only in a table (phases, CvT, 6 weeks); criteria 'op maat', toetsingskaders 'volgt na evaluatie in 2027'.",
                 "terugstroom": "Nothing: ch. 'Doorstroom en overgangen' is PO-VO transfer plus a deferral ('in het tweede planjaar'); glossary only.",
                 "financien": "Ch. 'Financiën': verdeelmodel table (EUR 142 per leerling etc.) and meerjarenbegroting table.",
                 "dekkend-aanbod": "Continuum in 'Het ondersteuningsaanbod'; §Thuiszitters only 'we gaan onderzoeken', results 2027.",
                 "resultaten": "Ch. 'Resultaten': four targets with 2025 values; dashboard per kwartaal, jaarverslag.",
                 "ouders": "Information via website/schoolgids/folder in five languages; independent help only 'zie pagina op onze website'."})

    c, b = plan4()
    to_pdf(b, OUT / "vo-kempenland-op.pdf", "SWV VO Kempenland | Ondersteuningsplan 2026-2030")
    write_label("vo-kempenland-op", ["vo-kempenland-op.pdf"], "vo",
                {"basisondersteuning.niveau", "financien.verdeling", "financien.besteding", "resultaten.doelen"},
                {"plaatsing": ["deskundigen", "duur-categorie", "bezwaar"], "terugstroom": ["monitoring"],
                 "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
                {"basisondersteuning": "Ch. 'Ondersteuning in de scholen' says no verband-wide level exists yet (decision 2027); only an inventory table of what schools offer.",
                 "plaatsing": "Ch. 'Toewijzing: vso, lwoo en pro': CTK procedure, criteria a-c, two deskundigen, 2 years, categorie, bezwaar; lwoo/pro procedure.",
                 "terugstroom": "Ch. 'Overstap en terugkeer': conditions, overstaparrangement, steps before 1 december, proefplaatsing, 14 returns.",
                 "financien": "Ch. 'Financiën' says the financial paragraph is not part of the document; glossary entries only.",
                 "dekkend-aanbod": "Ch. 'Het dekkend netwerk': three layers, OPDC, OZA; zorgplicht, thuiszitterstafel, overview of pupils without a place.",
                 "resultaten": "Ch. 'Kwaliteitszorg en monitoring': kengetallen table and reporting cycle, but ambities deferred to najaar 2026.",
                 "ouders": "Ch. 'Ouders en leerlingen': website, schoolgids, brochure, info evening; Ouder- en Jeugdsteunpunt Kempen."})

    c, b = plan5()
    to_html(b, OUT / "po-waterland-oost-op.html",
            "Ondersteuningsplan 2026-2030 - SWV Waterland-Oost - basisondersteuning, toelaatbaarheid en ouders")
    write_label("po-waterland-oost-op", ["po-waterland-oost-op.html"], "po",
                {"basisondersteuning.niveau", "basisondersteuning.inhoud", "plaatsing.procedure",
                 "terugstroom.beleid", "ouders.informatie", "ouders.steunpunt"},
                {"plaatsing": ["duur-categorie"], "financien": ["verantwoording"],
                 "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"]},
                {"basisondersteuning": "Ch. 'Basisondersteuning' only defers to a referentiekader planned for June 2027 and points to schoolgidsen; content only in glossary/header.",
                 "plaatsing": "Ch. 'Toelaatbaarheid': criteria table sbo/so cl.3/cl.4 and duration/categorie; procedure only 'in de digitale TLV-wijzer op onze website'.",
                 "terugstroom": "Ch. 'Na de TLV': steps (oktober, 1 februari, bureau decides, 31 juli, evaluation); visie and support after return deferred to 2027.",
                 "financien": "Ch. 'Financiën': 55/30/15 percent key, ~EUR 210 per leerling, begroting table 2026-2029.",
                 "dekkend-aanbod": "Five-trede continuum table; ch. 'Thuiszitters': melding, trajectbegeleider, quarterly analysis of witte vlekken.",
                 "resultaten": "Ch. 'Resultaten': indicator table with streefwaarden, quarterly measurement, jaarverslag, mid-term evaluation.",
                 "ouders": "Nothing: 'Communicatie' covers schools/gemeenten, ouder-communicatieplan 'in voorbereiding'; OJSP only in glossary and footer."})

    c, b = nearmiss()
    to_docx(b, OUT / "obs-de-klimop-ondersteuningsplan.docx", "OBS De Klimop | Ondersteuningsplan 2025-2026")
    (OUT / "obs-de-klimop-ondersteuningsplan.expected.yaml").write_text(
        "documents: [obs-de-klimop-ondersteuningsplan.docx]\n"
        "sector: po\n"
        "looks_like_plan: false\n"
        "elements: {}\n"
        "criteria: {}\n"
        "notes:\n"
        "  document: \"School-level ondersteuningsplan of one basisschool (zorgniveaus, groepsbesprekingen, "
        "IB); refers to the SWV's plan for TLV criteria; no SWV, OPR, OOGO or planperiode.\"\n",
        encoding="utf-8")


if __name__ == "__main__":
    main()
