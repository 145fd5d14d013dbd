#!/usr/bin/env python3
"""Generate holdout327: 5 fictional ondersteuningsplannen + 1 near-miss document, with labels.
Deterministic, no network. Run: python3 make_holdout327.py"""
import random, shutil, subprocess, tempfile, html
from pathlib import Path
import yaml
from docx import Document

OUT = Path(__file__).resolve().parent.parent

FILLER = {
 "Voorwoord": [
  "Voor u ligt het ondersteuningsplan van {N} voor de planperiode {P}. Het plan is tot stand gekomen in een lang traject waarin schoolbesturen, directeuren, intern begeleiders, ondersteuningscoordinatoren, de ondersteuningsplanraad en onze partners in de gemeenten hebben meegedacht. Wij danken iedereen die tijd heeft vrijgemaakt voor de vele gesprekken, werksessies en consultatierondes.",
  "In de afgelopen jaren is er veel gebeurd. De gevolgen van de coronaperiode zijn nog altijd merkbaar in de klassen, het lerarentekort drukt op de scholen en de vraag naar ondersteuning is toegenomen. Tegelijk zien we dat scholen veel kunnen als zij elkaar opzoeken. Dit plan is daarom geen eindpunt maar een gezamenlijke koers, waarin het kind en de jongere centraal staan en ouders als partner worden gezien.",
 ],
 "Visie en missie": [
  "Wij geloven dat ieder kind zich het beste ontwikkelt in een omgeving die aansluit bij wat het nodig heeft, zo dicht mogelijk bij huis en samen met leeftijdgenoten. Passend onderwijs is voor ons geen systeem maar een houding: we kijken naar mogelijkheden en niet naar beperkingen, en we nemen samen verantwoordelijkheid voor alle leerlingen in de regio.",
  "Onze missie is dat elke leerling in de regio een ononderbroken ontwikkeling doormaakt. Daarvoor werken schoolbesturen samen vanuit vertrouwen, met korte lijnen en met zo min mogelijk bureaucratie. Het samenwerkingsverband is daarbij geen loket dat beslist, maar een netwerkorganisatie die verbindt, faciliteert en waar nodig de regie neemt.",
  "Onze kernwaarden zijn nabijheid, eigenaarschap, vakmanschap en transparantie. Nabijheid betekent dat ondersteuning zoveel mogelijk in de school plaatsvindt. Eigenaarschap betekent dat besturen zelf verantwoordelijk zijn voor de kwaliteit van hun scholen. Vakmanschap vraagt om professionals die blijven leren. Transparantie betekent dat we open zijn over keuzes, middelen en resultaten.",
 ],
 "Organisatie en governance": [
  "{N} is een stichting waarin de aangesloten schoolbesturen samenwerken. De stichting kent een scheiding tussen bestuur en intern toezicht: de directeur-bestuurder is belast met het bestuur, de raad van toezicht houdt toezicht. Het bestuurdersoverleg fungeert als klankbord en adviesorgaan voor strategische keuzes. De statuten bevatten een regeling voor geschillen tussen de aangesloten besturen.",
  "Het bureau van het samenwerkingsverband bestaat uit een kleine staf: de directeur-bestuurder, een beleidsmedewerker, een controller, een secretaresse en een team van consulenten en orthopedagogen. De consulenten zijn het eerste aanspreekpunt voor scholen. Het bureau is gehuisvest in een bedrijfsverzamelgebouw en is op werkdagen bereikbaar.",
  "Jaarlijks stelt de directeur-bestuurder een jaarplan en een jaarverslag op. De raad van toezicht keurt deze goed. De auditcommissie van de raad van toezicht bespreekt tweemaal per jaar de financiele rapportages met de controller en de accountant. De governancecode van de PO-Raad respectievelijk VO-raad is leidend.",
 ],
 "Ondersteuningsplanraad": [
  "De ondersteuningsplanraad (OPR) bestaat uit ouders, leerlingen (in het VO) en personeelsleden die worden afgevaardigd uit de medezeggenschapsraden van de aangesloten scholen. De OPR heeft instemmingsrecht op het ondersteuningsplan. De OPR vergadert zes keer per jaar en wordt ondersteund door een ambtelijk secretaris. Het medezeggenschapsreglement en het medezeggenschapsstatuut zijn in 2024 geactualiseerd.",
  "Bij de totstandkoming van dit plan is de OPR vanaf het begin betrokken. In drie themabijeenkomsten is gesproken over de conceptteksten. De OPR heeft op het concept van dit plan ingestemd in de vergadering van maart. Wij zijn de leden erkentelijk voor hun kritische en betrokken houding.",
 ],
 "Op overeenstemming gericht overleg (OOGO)": [
  "Het op overeenstemming gericht overleg met de gemeenten in de regio vindt tweemaal per jaar plaats. In het OOGO bespreken we de aansluiting tussen onderwijs en jeugdhulp, leerlingenvervoer, onderwijshuisvesting en de aanpak van schoolverzuim. Over het concept van dit ondersteuningsplan is op bestuurlijk niveau overeenstemming bereikt; de verslagen zijn bij het bureau op te vragen.",
  "Met het samenwerkingsverband voor het andere onderwijstype waarvan het gebied overlapt, is overleg gevoerd over de overstap van primair naar voortgezet onderwijs en over gezamenlijke thema's zoals hoogbegaafdheid en nieuwkomers.",
 ],
 "Personeel en professionalisering": [
  "Het lerarentekort raakt ook de ondersteuning. Wij investeren daarom in het behoud van expertise. Medewerkers van het samenwerkingsverband volgen jaarlijks scholing en de orthopedagogen zijn geregistreerd. Intern begeleiders en ondersteuningscoordinatoren worden uitgenodigd voor netwerkbijeenkomsten, intervisie en een jaarlijkse studiedag met wisselende thema's.",
  "Het personeelsbeleid van het bureau is vastgelegd in een strategisch personeelsplan. Er is aandacht voor duurzame inzetbaarheid, verzuimbegeleiding en gesprekkencyclus. Waar mogelijk worden medewerkers uit de scholen gedetacheerd, zodat kennis terugvloeit naar de werkvloer.",
 ],
 "ICT, privacy en gegevens": [
  "Het samenwerkingsverband werkt met een beveiligde digitale omgeving voor het uitwisselen van dossiers. Gegevens worden verwerkt conform de AVG en het privacyreglement van de stichting. Er is een functionaris gegevensbescherming aangesteld, die jaarlijks rapporteert aan de directeur-bestuurder. Datalekken worden gemeld en geregistreerd.",
  "In de komende periode vervangen we het huidige registratiesysteem. De keuze voor een leverancier wordt gemaakt in samenspraak met de besturen. Bewaartermijnen van dossiers zijn vastgelegd in het privacyreglement.",
 ],
 "Thuiszitters en verzuim": [
  "Thuiszitters hebben blijvend onze aandacht. Wij sluiten aan bij het landelijke Thuiszitterspact en de ambitie dat geen kind langer dan drie maanden thuiszit zonder passend aanbod. De wijze waarop wij dit in de regio vormgeven, wordt in een afzonderlijke notitie uitgewerkt die later in de planperiode verschijnt.",
 ],
 "Planning en evaluatie van dit plan": [
  "Dit ondersteuningsplan heeft een looptijd van vier schooljaren. Jaarlijks wordt het plan vertaald in een jaarplan met activiteiten. Halverwege de planperiode vindt een tussentijdse evaluatie met de OPR en de besturen plaats. Het plan wordt voor 1 mei toegezonden aan de Inspectie van het Onderwijs.",
  "Planning op hoofdlijnen: in het eerste jaar ligt de nadruk op het implementeren van de nieuwe werkwijze; in het tweede jaar op verdieping; in het derde en vierde jaar op borging en de voorbereiding van het volgende plan.",
 ],
 "Regionale context": [
  "Het werkgebied van {N} omvat {R}. De regio kent zowel stedelijke kernen als kleine dorpen. De leerlingendaling zet in de komende jaren door, vooral in de kleinere kernen. Dat heeft gevolgen voor de spreiding van voorzieningen en de reisafstanden voor leerlingen.",
  "In de regio wonen relatief veel gezinnen met een laag inkomen en het aandeel nieuwkomers groeit. De gemeenten hebben de jeugdhulp ingericht via wijkteams en een regionaal inkoopkader.",
 ],
}

EXTRA_SENTENCES = [
 "Wij zoeken daarbij steeds de verbinding met scholen, ouders en partners.",
 "Het gesprek over passend onderwijs voeren we op alle niveaus in de organisatie.",
 "De besturen dragen hierin een gezamenlijke verantwoordelijkheid.",
 "Ook de middelen die hiermee gemoeid zijn, worden zorgvuldig ingezet.",
 "Scholen leren van elkaar in netwerken en lerende gemeenschappen.",
 "We houden vast aan de uitgangspunten die in de vorige planperiode zijn geformuleerd.",
 "Dit sluit aan bij de landelijke verbeteraanpak passend onderwijs.",
 "Het gaat er uiteindelijk om dat de leerling de ondersteuning krijgt die nodig is.",
 "De resultaten van dit traject delen we met alle betrokkenen.",
 "Hierbij kijken we ook naar de aansluiting met de voorschoolse voorzieningen en het mbo.",
 "Ieder arrangement is maatwerk en wordt in overleg met de school vormgegeven.",
 "De toelaatbaarheid van leerlingen is een onderwerp waarover regelmatig wordt gesproken in het directeurenoverleg.",
]


def filler_sections(rng, name, period, region, headings):
    out = []
    for key in headings:
        paras = [p.format(N=name, P=period, R=region) for p in FILLER[key]]
        out.append(("h1", key))
        for p in paras:
            out.append(("p", p))
    return out


def pad(rng, blocks, minwords=3150):
    def wc():
        return sum(len(t.split()) for k, t in blocks if k != "table") + sum(
            len(" ".join(" ".join(r) for r in t).split()) for k, t in blocks if k == "table")
    i = 0
    add = []
    while wc() + sum(len(t.split()) for _, t in add) < minwords:
        s = rng.sample(EXTRA_SENTENCES, 5)
        add.append(("p", "Ter toelichting: " + " ".join(s)))
        i += 1
    if add:
        blocks.append(("h1", "Ontwikkelagenda en aandachtspunten"))
        blocks.append(("p", "Onderstaande aandachtspunten kwamen naar voren in de werksessies met besturen, directeuren en de OPR."))
        blocks.extend(add)
    return blocks

# ---------------------------------------------------------------- plans

def plan1():
    """PO 'Rivierenland Oost', docx+pdf; house style: numbered chapters, tables."""
    N = "Samenwerkingsverband Passend Primair Onderwijs Rivierenland Oost (PO 26-11)"
    b = [("title", "Ondersteuningsplan 2026-2030"), ("p", N), ("p", "Samen sterk voor elk kind | versie ter instemming OPR"),
         ("h1", "Inhoudsopgave"),
         ("p", "1 Voorwoord\n2 Basisondersteuning\n3 Arrangeren en toelaatbaarheid\n4 Terugplaatsing\n5 Geld en middelen\n6 Resultaten en kwaliteitszorg\n7 Communicatie\n8 Begrippenlijst")]
    b += filler_sections(None, N, "2026-2030", "zes gemeenten langs de rivier", ["Voorwoord", "Visie en missie", "Regionale context"])
    b += [("h1", "2 Basisondersteuning"),
      ("p", "In ons samenwerkingsverband hebben de besturen afgesproken welk niveau van ondersteuning iedere school, op iedere vestiging, minimaal biedt. Deze afspraken noemen wij de 'ondergrens': een school die hieronder zit, voldoet niet aan de afspraak. Wat daarboven wordt geboden, verschilt per school en staat in de schoolgids."),
      ("p", "Ouders mogen van elke school in Rivierenland Oost in elk geval het volgende verwachten:"),
      ("table", [["Onderdeel", "Wat iedere school biedt"],
                 ["Begeleiding", "Een intern begeleider met minimaal 0,4 fte per 200 leerlingen"],
                 ["Lezen", "Werken volgens het Protocol Leesproblemen en Dyslexie, inclusief vergoede dyslexiescreening"],
                 ["Gedrag", "Een schoolbreed programma voor sociale veiligheid en een gedragsspecialist op bestuursniveau"],
                 ["Rekenen", "Signalering en begeleiding bij rekenproblemen en dyscalculie volgens protocol ERWD"],
                 ["Meer- en hoogbegaafdheid", "Een verrijkingsaanbod in of buiten de groep"],
                 ["Medisch", "Afspraken over medisch handelen en het toedienen van medicijnen"],
                 ["Overleg", "Een ondersteuningsteam met de consulent van het SWV en de jeugdverpleegkundige, minimaal zes keer per jaar"]]),
      ("p", "Iedere school beschrijft in de schoolgids hoe zij aan deze afspraken voldoet. De consulent bespreekt jaarlijks met de directeur de kwaliteitskaart basisondersteuning; wanneer een school op twee onderdelen onder de ondergrens blijft, maakt het bestuur een verbeterplan."),
      ("h1", "3 Arrangeren en toelaatbaarheid"),
      ("p", "Ons ondersteuningsaanbod is opgebouwd in lagen: de basisondersteuning op elke school, extra ondersteuning in de vorm van arrangementen op de eigen school, bovenschoolse groepen (de taalklas en de observatiegroep) en tot slot het speciaal basisonderwijs en het speciaal onderwijs. Tussen deze lagen bestaat een doorgaande lijn: een leerling kan op- en afschalen zonder opnieuw te beginnen."),
      ("p", "Een toelaatbaarheidsverklaring (TLV) voor sbo of so wordt aangevraagd door het schoolbestuur van de school waar de leerling staat ingeschreven, na een multidisciplinair overleg met ouders. De aanvraag bevat het groeidocument, het ontwikkelingsperspectief en de zienswijze van ouders. De Commissie Toelaatbaarheid van het SWV beslist binnen zes weken. Twee deskundigen, van wie een orthopedagoog of psycholoog, geven vooraf schriftelijk advies."),
      ("p", "Een leerling is toelaatbaar tot het sbo wanneer de ondersteuningsbehoefte de mogelijkheden van de basisschool aantoonbaar overstijgt, ook na minimaal twee cycli van een arrangement met externe expertise, en de leerling aangewezen is op een kleine groep met een specialistisch pedagogisch klimaat. Voor het so geldt daarnaast dat de leerling een intensieve, langdurige behandelcomponent of een zorgzwaarte nodig heeft die alleen het so kan bieden. De TLV geldt in de regel twee schooljaren; voor het so kent de commissie categorie laag, midden of hoog toe."),
      ("p", "Wij streven ernaar dat leerlingen na afloop van hun TLV waar mogelijk terugkeren naar een reguliere basisschool; scholen krijgen daarvoor een terugkeerarrangement van maximaal een half jaar. De precieze stappen bij terugplaatsing werken we in het eerste planjaar samen met de sbo-scholen uit in een protocol."),
      ("p", "Ouders die het niet eens zijn met een besluit, kunnen binnen zes weken bezwaar maken bij het samenwerkingsverband; het bezwaar wordt voorgelegd aan de Landelijke Bezwaaradviescommissie."),
      ("h1", "4 Terugplaatsing"),
      ("p", "Zie hoofdstuk 3."),
    ]
    b += filler_sections(None, N, "2026-2030", "", ["Organisatie en governance", "Ondersteuningsplanraad"])
    b += [("h1", "5 Geld en middelen"),
      ("p", "Het samenwerkingsverband ontvangt jaarlijks de rijksbijdrage voor lichte en zware ondersteuning. Na aftrek van de afdracht aan het so en het sbo verdelen wij de lichte ondersteuningsmiddelen volgens een vast bedrag per leerling: iedere school ontvangt EUR 185 per ingeschreven leerling op 1 oktober, aangevuld met EUR 60 per leerling met een gewicht volgens de CBS-indicator. Arrangementen boven het schoolbudget vraagt de school aan bij de consulent; het bureau kent toe op basis van het arrangeerformulier."),
      ("table", [["Meerjarenbegroting (x EUR 1.000)", "2026", "2027", "2028", "2029"],
                 ["Afdracht so/sbo", "6.420", "6.380", "6.310", "6.260"],
                 ["Schoolbudgetten", "2.150", "2.120", "2.090", "2.060"],
                 ["Bovenschoolse arrangementen", "780", "790", "800", "800"],
                 ["Bureau en consulenten", "910", "920", "930", "940"],
                 ["Totaal lasten", "10.260", "10.210", "10.130", "10.060"]]),
      ("p", "De reserve wordt in de planperiode afgebouwd tot de signaleringswaarde; het weerstandsvermogen bedraagt eind 2029 naar verwachting 6 procent. Scholen verantwoorden de besteding van het schoolbudget in een korte jaarrapportage."),
      ("h1", "6 Resultaten en kwaliteitszorg"),
      ("p", "Wat willen we bereiken? In 2030 kan 95 procent van de leerlingen met een ondersteuningsbehoefte de basisschool in de eigen wijk bezoeken; het aantal leerlingen in het sbo daalt van 2,4 naar 2,0 procent; alle leerlingen met een arrangement hebben een OPP dat met ouders is besproken; en geen enkele leerling zit langer dan vier weken thuis."),
      ("p", "Hoe wij deze resultaten gaan volgen en aan wie wij daarover rapporteren, leggen we vast in een kwaliteitskader dat in de loop van 2027 met de besturen wordt opgesteld."),
    ]
    b += filler_sections(None, N, "2026-2030", "", ["Op overeenstemming gericht overleg (OOGO)", "Thuiszitters en verzuim"])
    b += [("h1", "Dekkend netwerk"),
      ("p", "Waar een leerling tussen wal en schip dreigt te raken, meldt de school dit binnen vijf schooldagen bij het SWV. Het Regionaal Escalatieteam, met leerplicht, jeugdhulp en het SWV, organiseert binnen twee weken een passende plek en houdt een overzicht bij van alle leerlingen zonder passend aanbod. Eens per jaar analyseren wij met de besturen welke voorzieningen ontbreken; in 2025 leidde dat tot de start van een onderwijs-zorggroep voor jonge kinderen."),
      ("h1", "7 Communicatie"),
      ("p", "Wij willen dat ouders weten waar zij terechtkunnen. Daarom publiceren we op onze website een ouderpagina met de basisondersteuning, het aanbod per school en de route naar een TLV; elke school neemt een vaste tekst daarover op in de schoolgids, en bij elk arrangement krijgen ouders de folder 'Extra hulp op school'. Tweemaal per jaar houden we een informatieavond."),
      ("p", "Heeft u vragen of bent u het oneens met de school of met ons? Het Ouder- en Jeugdsteunpunt Rivierenland is onafhankelijk van scholen en SWV en helpt kosteloos. Daarnaast kunt u terecht bij Onderwijsconsulenten en bij de klachtencommissie waarbij de besturen zijn aangesloten."),
    ]
    b += filler_sections(None, N, "2026-2030", "", ["Personeel en professionalisering", "ICT, privacy en gegevens", "Planning en evaluatie van dit plan"])
    b += [("h1", "8 Begrippenlijst"),
      ("p", "Basisondersteuning: het afgesproken niveau van ondersteuning dat alle scholen bieden. Terugplaatsing: de overstap van sbo of so naar het reguliere onderwijs. Ouder- en jeugdsteunpunt: onafhankelijk steunpunt voor ouders. Meerjarenbegroting: begroting voor vier jaar. Resultaten: beoogde en bereikte resultaten van het onderwijs aan leerlingen die extra ondersteuning nodig hebben.")]
    label = dict(sector="po", elements=dict(basisondersteuning="present", plaatsing="present", terugstroom="partial", financien="present", **{"dekkend-aanbod": "present"}, resultaten="partial", ouders="present"),
      criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True, "plaatsing.procedure": True, "plaatsing.criteria": True,
                "terugstroom.procedure": False, "terugstroom.beleid": True, "financien.verdeling": True, "financien.besteding": True,
                "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True, "resultaten.doelen": True, "resultaten.monitoring": False,
                "ouders.informatie": True, "ouders.steunpunt": True},
      advisory={"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"], "financien": ["reserves", "verantwoording"], "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
      notes={"basisondersteuning": "H2 defines the 'ondergrens' for every vestiging and lists content in a table; borging via kwaliteitskaart.",
             "plaatsing": "H3 'Arrangeren en toelaatbaarheid' gives procedure (bestuur, CvT, 6 weken, 2 deskundigen) and criteria for sbo/so.",
             "terugstroom": "Only in H3: policy aim + terugkeerarrangement (beleid); steps deferred to a protocol 'in het eerste planjaar'; H4 is only a cross-reference.",
             "financien": "H5 'Geld en middelen': EUR 185 + EUR 60 per leerling verdeling and a meerjarenbegroting table.",
             "dekkend-aanbod": "Continuum in H3 (lagen), lacunes in unnumbered 'Dekkend netwerk' section (escalatieteam, annual gap analysis).",
             "resultaten": "H6 has measurable doelen; monitoring deferred ('in de loop van 2027 opgesteld').",
             "ouders": "H7 'Communicatie': ouderpagina, schoolgids, folder; OJSP and Onderwijsconsulenten."})
    return "po-rivierenland-oost", b, label


def plan2():
    """VO 'Kempenrand', docx only; house style: thema's, short numbered paragraphs."""
    N = "Stichting Samenwerkingsverband VO Kempenrand (VO 30-08)"
    b = [("title", "Ondersteuningsplan Kempenrand 2025-2029"), ("p", N), ("p", "'Iedere jongere een plek'"),
         ("h1", "Inhoud"), ("p", "Thema 1 Wat scholen bieden (basisondersteuning)\nThema 2 Toelaatbaarheid vso, lwoo en pro\nThema 3 Ondersteuningsmiddelen\nThema 4 Resultaten\nThema 5 Ouders en leerlingen\nAfkortingen")]
    b += filler_sections(None, N, "2025-2029", "de gemeenten in de Kempenrand", ["Voorwoord", "Regionale context", "Visie en missie"])
    b += [("h1", "Thema 1 Wat scholen bieden"),
      ("p", "1.1 De besturen hebben vastgelegd dat de basisondersteuning het niveau is dat iedere vestiging van iedere VO-school in de Kempenrand ten minste waarmaakt, ongeacht onderwijstype. Basisondersteuning wordt bekostigd uit de eigen middelen van de school en het schoolbudget; zij vergt geen aanvraag bij het samenwerkingsverband."),
      ("p", "1.2 De concrete invulling van de basisondersteuning is opgenomen in het document Standaarden Basisondersteuning Kempenrand (bijlage 2). Scholen beschrijven hun aanbod in het schoolondersteuningsprofiel."),
      ("p", "1.3 Scholen voeren jaarlijks een zelfevaluatie uit op de standaarden; het SWV voert eens in de vier jaar een audit uit."),
      ("h1", "Thema 2 Toelaatbaarheid vso, lwoo en pro"),
      ("p", "2.1 Aanvraag. Het bevoegd gezag van de school waar de leerling is ingeschreven, of bij aanmelding de school van aanmelding, dient de aanvraag in via het digitale loket. Bij de aanvraag horen het OPP, het handelingsdeel, het verslag van het MDO en de zienswijze van ouders en leerling. Het Toelatingsteam beoordeelt de volledigheid binnen vijf werkdagen, vraagt het advies van twee deskundigen en de directeur neemt binnen vijf weken een besluit namens het bestuur. Voor lwoo en pro volgt het SWV de landelijke criteria; de aanvraag loopt via hetzelfde loket."),
      ("p", "2.2 Criteria voor vso. De criteria waaraan een aanvraag voor het vso wordt getoetst, worden in het eerste schooljaar van deze planperiode door een werkgroep van vso- en vo-scholen opnieuw geformuleerd en na instemming van de OPR gepubliceerd."),
      ("p", "2.3 Einde van de TLV en terugkeer. Wij vinden dat een jongere het vso verlaat zodra dat verantwoord is: terugkeer naar het regulier vo is het doel, niet de uitzondering. Voorwaarde is dat de ontvangende school de ondersteuning kan bieden die in het OPP staat; het SWV financiert een overstaparrangement van een jaar en een coach volgt de leerling gedurende twaalf maanden. De stappen: (1) uiterlijk in oktober van het laatste TLV-jaar bespreekt de vso-school in het OPP-gesprek met ouders en leerling of terugkeer mogelijk is; (2) bij een positief advies zoekt de vso-school samen met de consulent een vo-school en vraagt een overstaparrangement aan; (3) de directeur van het SWV besluit; (4) na drie en na zes maanden volgt een evaluatie met de ontvangende school. Eindigt de TLV zonder verlenging, dan meldt de vso-school de leerling uiterlijk 1 april aan bij de vo-school."),
      ("p", "2.4 In schooljaar 2023-2024 stroomden 31 leerlingen terug uit het vso naar het regulier vo; 26 van hen zaten na een jaar nog op die school."),
      ("p", "2.5 Bezwaar tegen een besluit kan binnen zes weken bij het SWV; het SWV is aangesloten bij de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen."),
      ("h1", "Thema 3 Ondersteuningsmiddelen"),
      ("p", "3.1 Het samenwerkingsverband kent een verdeelmodel in drie delen: een schoolbudget per vestiging (EUR 95 per leerling plus EUR 1.200 per lwoo-leerling), een budget voor bovenschoolse voorzieningen (Rebound en het OPDC) en een flexibel arrangementenbudget waaruit de directeur op aanvraag toekent volgens vaste toetsingscriteria (maximaal EUR 8.000 per arrangement per jaar)."),
      ("p", "3.2 Meerjarenbegroting: p.m. De begroting wordt jaarlijks in december vastgesteld door de raad van toezicht en is op te vragen bij het bureau."),
      ("p", "3.3 De reserves van het SWV liggen boven de signaleringswaarde van de Inspectie; de afbouw is vastgelegd in het reserveplan."),
      ("h1", "Thema 4 Resultaten en dekkend aanbod"),
      ("p", "4.1 Continuum. Leerlingen kunnen binnen de Kempenrand rekenen op een samenhangend aanbod: basisondersteuning op elke vestiging, extra ondersteuning via het schoolbudget, de trajectvoorziening Rebound voor tijdelijke opvang (maximaal 12 weken), het OPDC voor lwoo-leerlingen met gedragsproblematiek, het praktijkonderwijs en het vso (cluster 3 en 4) in de regio."),
      ("p", "4.2 Lacunes. Het SWV houdt een maandelijks overzicht bij van thuiszitters en leerlingen met vrijstelling. Het Netwerkoverleg Dekkend Aanbod (SWV, leerplicht, wijkteams, vso) bespreekt elke leerling die langer dan vier weken zonder passend aanbod zit en wijst een regisseur aan. Jaarlijks rapporteren we welke ontbrekende voorzieningen zijn gesignaleerd, zoals momenteel een aanbod voor hoogbegaafde leerlingen met faalangst."),
      ("p", "4.3 Beoogde resultaten voor de planperiode: het aantal thuiszitters daalt van 14 naar maximaal 5; het percentage leerlingen in het vso blijft onder 3,5 procent; 80 procent van de leerlingen met een arrangement behaalt het startniveau uit het OPP; uitval in het eerste jaar na terugkeer uit het vso is minder dan 15 procent."),
      ("p", "4.4 Monitoring. Twee keer per jaar verzamelt het SWV per school de gegevens over arrangementen, OPP-doelen en verzuim in het dashboard. De uitkomsten worden besproken in het bestuurlijk overleg en met de OPR, en opgenomen in het jaarverslag, waarin we de bereikte resultaten afzetten tegen de doelen en de ingezette middelen."),
      ("h1", "Thema 5 Ouders en leerlingen"),
      ("p", "5.1 Ouders en leerlingen zijn belangrijk voor ons. Een goede samenwerking met ouders is vanzelfsprekend; hoe we daar in de Kempenrand verder vorm aan geven, werken we in de komende planperiode samen met de scholen uit."),
    ]
    b += filler_sections(None, N, "2025-2029", "", ["Organisatie en governance", "Op overeenstemming gericht overleg (OOGO)", "Personeel en professionalisering", "ICT, privacy en gegevens", "Planning en evaluatie van dit plan"])
    b += [("h1", "Afkortingen"),
      ("p", "OJSP - ouder- en jeugdsteunpunt\nOPP - ontwikkelingsperspectiefplan\nTLV - toelaatbaarheidsverklaring\nSOP - schoolondersteuningsprofiel\nOPDC - orthopedagogisch-didactisch centrum\nLBT - Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen")]
    label = dict(sector="vo", elements=dict(basisondersteuning="partial", plaatsing="partial", terugstroom="present", financien="partial", **{"dekkend-aanbod": "present"}, resultaten="present", ouders="missing"),
      criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": False, "plaatsing.procedure": True, "plaatsing.criteria": False,
                "terugstroom.procedure": True, "terugstroom.beleid": True, "financien.verdeling": True, "financien.besteding": False,
                "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True, "resultaten.doelen": True, "resultaten.monitoring": True,
                "ouders.informatie": False, "ouders.steunpunt": False},
      advisory={"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "bezwaar"], "terugstroom": ["monitoring"], "financien": ["reserves"], "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"]},
      notes={"basisondersteuning": "Thema 1: 1.1 defines the level for every vestiging; content only in absent 'bijlage 2' and the SOPs.",
             "plaatsing": "2.1 full procedure (loket, Toelatingsteam, 5 weken); vso criteria deferred in 2.2; lwoo/pro only 'landelijke criteria' named.",
             "terugstroom": "Hidden in TLV theme 2.3: policy (doel, voorwaarde, overstaparrangement, coach) and 4 steps; 2.4 figures.",
             "financien": "3.1 verdeelmodel with amounts; meerjarenbegroting 'p.m.' / op te vragen (3.2), so besteding not addressed.",
             "dekkend-aanbod": "Under 'Resultaten en dekkend aanbod' 4.1 continuum, 4.2 lacunes (Netwerkoverleg).",
             "resultaten": "4.3 measurable doelen; 4.4 dashboard, bestuurlijk overleg, jaarverslag.",
             "ouders": "Thema 5 only a passing line plus deferral; no OPR section; OJSP appears only in the Afkortingen list."})
    return "vo-kempenrand", b, label


def plan3():
    """PO 'De Waarden', pdf from docx; house style: question headings."""
    N = "Samenwerkingsverband De Waarden, passend primair onderwijs (PO 23-04)"
    b = [("title", "Ondersteuningsplan 2026 - 2030"), ("p", N), ("p", "Kansrijk en dichtbij"),
         ("h1", "Inhoudsopgave"), ("p", "Wat biedt iedere school?\nHoe komt een kind in het sbo of so? (toelaatbaarheid en terugplaatsing)\nHoe verdelen we het geld?\nWat willen we bereiken en hoe weten we dat?\nDekkend aanbod\nHoe informeren we ouders?\nBegrippen")]
    b += filler_sections(None, N, "2026-2030", "de gemeenten in het Waardengebied", ["Voorwoord", "Visie en missie", "Organisatie en governance"])
    b += [("h1", "Wat biedt iedere school?"),
      ("p", "Op elke basisschool die bij De Waarden is aangesloten, geldt hetzelfde minimum. Dat minimum hebben de besturen samen vastgesteld en het is voor alle locaties gelijk, ook voor kleine dorpsscholen. Ouders kunnen er dus op rekenen dat elke school in elk geval beschikt over: een intern begeleider en een vast ondersteuningsteam; handelingsgericht werken met groepsplannen of een vergelijkbare cyclus; een dyslexie- en een dyscalculieprotocol; een aanbod voor sociale vaardigheden en een anti-pestprogramma; een leerkracht met scholing in meer- en hoogbegaafdheid; afspraken over medicijnverstrekking; en preventieve ambulante begeleiding door de ambulant begeleiders van het SWV, op afroep binnen twee weken."),
      ("h1", "Hoe komt een kind in het sbo of so?"),
      ("p", "Soms heeft een kind meer nodig dan de basisschool kan bieden, ook met extra ondersteuning. Dan kan een plaatsing in het speciaal basisonderwijs of het speciaal onderwijs aan de orde zijn. De toelaatbaarheid wordt bepaald door het samenwerkingsverband; de volledige werkwijze en alle formulieren vindt u op www.dewaarden-po.nl/tlv."),
      ("p", "Voor terugplaatsing naar het basisonderwijs verwijzen wij naar de afspraken die sbo- en so-scholen daarover maken met de ontvangende school."),
    ]
    b += filler_sections(None, N, "2026-2030", "", ["Ondersteuningsplanraad", "Op overeenstemming gericht overleg (OOGO)"])
    b += [("h1", "Hoe verdelen we het geld?"),
      ("p", "De middelen voor zware ondersteuning gaan eerst naar de afdrachten voor het so. Wat overblijft verdelen we zo: 70 procent gaat als schoolbudget naar de besturen naar rato van het aantal leerlingen op 1 oktober van het voorgaande jaar; 20 procent blijft bij het SWV voor de ambulante begeleiding en bovenschoolse arrangementen; 10 procent is bestemd voor het bureau. Besturen die boven het landelijk gemiddelde aan sbo-deelname zitten, betalen het verschil uit het schoolbudget (verevening)."),
      ("table", [["Begroting (EUR)", "2026-2027", "2027-2028", "2028-2029", "2029-2030"],
                 ["Baten rijksbijdrage", "8.940.000", "8.860.000", "8.790.000", "8.700.000"],
                 ["Afdracht so en sbo", "5.210.000", "5.190.000", "5.150.000", "5.120.000"],
                 ["Schoolbudgetten besturen", "2.500.000", "2.470.000", "2.440.000", "2.400.000"],
                 ["Ambulante begeleiding en arrangementen", "715.000", "720.000", "720.000", "710.000"],
                 ["Bureau", "357.000", "360.000", "365.000", "368.000"]]),
      ("h1", "Wat willen we bereiken en hoe weten we dat?"),
      ("p", "Onze beoogde resultaten: (a) het deelnamepercentage sbo daalt tot 2,1 procent in 2030; (b) iedere leerling met een OPP realiseert jaarlijks minimaal twee van de drie gestelde doelen; (c) het aantal kinderen met een vrijstelling van inschrijving halveert; (d) ouders geven de samenwerking met school gemiddeld minimaal een 7,5."),
      ("p", "Het SWV verzamelt deze gegevens via de leerlingtelling, een jaarlijkse OPP-rapportage van de besturen en een oudervragenlijst in het voorjaar. De directeur rapporteert tweemaal per jaar in een kwaliteitsrapportage aan het bestuur en de OPR; het jaarverslag vermeldt de bereikte resultaten naast de doelen en de kosten per voorziening."),
      ("h1", "Dekkend aanbod"),
      ("p", "In De Waarden is een doorlopende reeks voorzieningen: basisondersteuning op iedere school, extra ondersteuning met arrangementen van het SWV, de plusklas en de taalschool voor nieuwkomers, twee sbo-scholen en drie so-locaties (cluster 3 en 4). Hoe we omgaan met kinderen voor wie nog geen passende plek is, en hoe we ontbrekende voorzieningen in beeld brengen, is onderwerp van de werkgroep Dekkend Netwerk, die in 2027 haar voorstellen doet."),
      ("h1", "Hoe informeren we ouders?"),
      ("p", "Ouders vinden alle informatie over ondersteuning op de website van het SWV, in de schoolgids van hun school en in de brochure 'Wat als mijn kind meer nodig heeft?' die de intern begeleider uitreikt bij het eerste gesprek. Eens per jaar is er een ouderavond per regio."),
      ("p", "Over onafhankelijke hulp voor ouders maken wij in de loop van de planperiode nadere afspraken met de gemeenten."),
    ]
    b += filler_sections(None, N, "2026-2030", "", ["Thuiszitters en verzuim", "Personeel en professionalisering", "ICT, privacy en gegevens", "Planning en evaluatie van dit plan"])
    b += [("h1", "Begrippen"), ("p", "TLV: toelaatbaarheidsverklaring, het besluit dat een kind toelaatbaar is tot sbo of so, met criteria en geldigheidsduur. Terugplaatsing: terugkeer naar de basisschool. Steunpunt: het ouder- en jeugdsteunpunt. Dekkend aanbod: een passend aanbod voor elk kind.")]
    label = dict(sector="po", elements=dict(basisondersteuning="present", plaatsing="missing", terugstroom="missing", financien="present", **{"dekkend-aanbod": "partial"}, resultaten="present", ouders="partial"),
      criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True, "plaatsing.procedure": False, "plaatsing.criteria": False,
                "terugstroom.procedure": False, "terugstroom.beleid": False, "financien.verdeling": True, "financien.besteding": True,
                "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": False, "resultaten.doelen": True, "resultaten.monitoring": True,
                "ouders.informatie": True, "ouders.steunpunt": False},
      advisory={"dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
      notes={"basisondersteuning": "'Wat biedt iedere school?': same minimum for all locaties plus concrete list.",
             "plaatsing": "'Hoe komt een kind in het sbo of so?' only says the SWV decides and refers to a website; criteria/duur only in 'Begrippen'.",
             "terugstroom": "One sentence deferring to sbo/so-school arrangements; nothing of the SWV's own procedure or policy.",
             "financien": "'Hoe verdelen we het geld?': 70/20/10 verdeling, verevening, four-year begroting table.",
             "dekkend-aanbod": "Continuum listed; lacunes/no-place pupils deferred to werkgroep 'in 2027'; thuiszitters filler only defers.",
             "resultaten": "Measurable doelen (a)-(d) and monitoring via telling, OPP-rapportage, kwaliteitsrapportage, jaarverslag.",
             "ouders": "Informatie via website/schoolgids/brochure; independent help deferred ('nadere afspraken'); steunpunt only in Begrippen."})
    return "po-de-waarden", b, label


def plan4():
    """VO 'Noordkust', html; house style: compact policy chapters."""
    N = "Samenwerkingsverband Voortgezet Onderwijs Noordkust (VO 20-02)"
    b = [("title", "Ondersteuningsplan SWV VO Noordkust 2025-2029"), ("p", N),
         ("h1", "Inhoud"), ("p", "1. Inleiding 2. Ondersteuning in de school 3. Toelaatbaarheid 4. Financieel kader 5. Kwaliteit 6. Ouders 7. Woordenlijst")]
    b += filler_sections(None, N, "2025-2029", "de kustgemeenten en de eilanden", ["Voorwoord", "Visie en missie", "Regionale context", "Organisatie en governance"])
    b += [("h1", "2. Ondersteuning in de school"),
      ("p", "Goede ondersteuning begint in de klas bij de mentor. Scholen hebben de ruimte om hun eigen ondersteuningsstructuur in te richten passend bij hun populatie en onderwijsconcept. Het samenwerkingsverband stimuleert dat scholen van elkaar leren. Over een gezamenlijk niveau van basisondersteuning voeren de besturen in deze planperiode het gesprek, mede in het licht van de verwachte landelijke norm."),
      ("p", "Wanneer een school handelingsverlegen is, kan zij met de consulent van het SWV een arrangement vormgeven. Wij merken dat er in de regio geen aanbod is voor jongeren met ernstige angstproblematiek die niet naar school komen; voor hen openen wij in 2025 een kleinschalige voorziening in Den Helder-Noord. Jaarlijks inventariseert het bureau, met leerplicht, welke jongeren langer dan vier weken geen onderwijs volgen, en het SWV neemt voor ieder van hen de regie totdat een plek is gevonden."),
      ("h1", "3. Toelaatbaarheid"),
      ("p", "Voor plaatsing in het vso, het praktijkonderwijs en voor lwoo is een besluit van het samenwerkingsverband nodig. De school van inschrijving (of aanmelding) dient de aanvraag in bij de Commissie Toewijzing, met het OPP, recente toetsgegevens, het verslag van het multidisciplinair overleg en de zienswijze van ouders. De commissie vraagt advies aan een orthopedagoog en een tweede deskundige (jeugdarts of maatschappelijk werker) en besluit binnen zes weken. Voor pro en lwoo beslist de commissie binnen vier weken op basis van de landelijke criteria (IQ, leerachterstand, sociaal-emotionele problematiek)."),
      ("p", "Het vso is aan de orde als de jongere ook met een arrangement niet tot ontwikkeling komt binnen het regulier vo, omdat de combinatie van cognitieve, sociaal-emotionele of medische problematiek een specialistische setting met kleine groepen en behandeling vraagt, en dat blijkt uit een doorlopen OPP-cyclus van minimaal een half jaar. Een TLV wordt afgegeven tot het einde van het schooljaar waarin de leerling 16 wordt, of voor twee jaar, met bekostigingscategorie laag, midden of hoog."),
      ("p", "Loopt een TLV af, dan vraagt de vso-school in maart van het laatste jaar een evaluatiegesprek aan met de Commissie Toewijzing; ouders, leerling en een vo-school uit de regio worden uitgenodigd. De commissie besluit uiterlijk 1 mei tot verlenging of tot overstap; bij overstap maakt de vso-school een overdrachtsdossier en wordt de leerling voor 15 mei ingeschreven."),
      ("p", "Ouders kunnen bezwaar maken; de bezwaarprocedure is beschreven in de bezwaarregeling van het SWV."),
      ("h1", "4. Financieel kader"),
      ("p", "Het samenwerkingsverband zet de middelen doelmatig in. Een nieuw verdeelmodel is in voorbereiding; tot die tijd blijft de huidige verdeling gehandhaafd. De begroting en het meerjarenperspectief worden jaarlijks vastgesteld en gepubliceerd in het jaarverslag. Middelen voor arrangementen worden aan de scholen beschikbaar gesteld."),
    ]
    b += filler_sections(None, N, "2025-2029", "", ["Ondersteuningsplanraad", "Op overeenstemming gericht overleg (OOGO)", "Personeel en professionalisering"])
    b += [("h1", "5. Kwaliteit"),
      ("p", "Wij werken vanuit de PDCA-cyclus. Kwaliteit is een gedeelde verantwoordelijkheid van scholen en SWV. In de volgende planperiode willen we meer werken met data. De resultaten van onze inspanningen zijn terug te lezen in het jaarverslag."),
      ("h1", "6. Ouders"),
      ("p", "Ouders van leerlingen in het vo hebben recht op duidelijke informatie. Op www.swvnoordkust.nl staat een ouderpagina met per school het ondersteuningsaanbod, de contactgegevens van de ondersteuningscoordinator en uitleg over de TLV-route; scholen verwijzen in hun schoolgids naar die pagina. Bij de start van een arrangement krijgen ouders een informatiebrief van het SWV."),
      ("p", "Bij vragen of onenigheid kunnen ouders en leerlingen kosteloos terecht bij het onafhankelijke Ouder- en Jeugdsteunpunt Noordkust (spreekuur op dinsdag en donderdag, telefonisch en op de scholen), en bij de landelijke Onderwijsconsulenten. Voor klachten is er de Landelijke Klachtencommissie."),
    ]
    b += filler_sections(None, N, "2025-2029", "", ["Thuiszitters en verzuim", "ICT, privacy en gegevens", "Planning en evaluatie van dit plan"])
    b += [("h1", "7. Woordenlijst"), ("p", "Basisondersteuning: het geheel van preventieve en licht curatieve interventies dat alle scholen bieden, met basiskwaliteit, ondersteuningsstructuur en planmatig werken. Verdeelmodel: de manier waarop middelen over scholen worden verdeeld. Continuum van ondersteuning: de opeenvolgende niveaus van ondersteuning.")]
    label = dict(sector="vo", elements=dict(basisondersteuning="missing", plaatsing="present", terugstroom="partial", financien="missing", **{"dekkend-aanbod": "partial"}, resultaten="missing", ouders="present"),
      criteria={"basisondersteuning.niveau": False, "basisondersteuning.inhoud": False, "plaatsing.procedure": True, "plaatsing.criteria": True,
                "terugstroom.procedure": True, "terugstroom.beleid": False, "financien.verdeling": False, "financien.besteding": False,
                "dekkend-aanbod.continuum": False, "dekkend-aanbod.lacunes": True, "resultaten.doelen": False, "resultaten.monitoring": False,
                "ouders.informatie": True, "ouders.steunpunt": True},
      advisory={"plaatsing": ["deskundigen", "duur-categorie", "bezwaar"], "dekkend-aanbod": ["ketenpartners"], "ouders": ["betrokkenheid"]},
      notes={"basisondersteuning": "H2 leaves structure to schools and defers a common level; the definition exists only in the Woordenlijst.",
             "plaatsing": "H3: Commissie Toewijzing procedure (vso, pro, lwoo), vso criteria, duur + categorie; bezwaar only referenced to a regeling.",
             "terugstroom": "End-of-TLV steps inside H3 (evaluatie in maart, besluit 1 mei, overdracht); no policy/aims/support after return.",
             "financien": "H4 'Financieel kader' is only generic: verdeelmodel 'in voorbereiding', begroting in jaarverslag; no criteria or amounts.",
             "dekkend-aanbod": "Lacunes in H2 (missing angst-aanbod, annual inventory, regie); no description of the continuum (only in Woordenlijst).",
             "resultaten": "H5 'Kwaliteit' is only PDCA prose and a pointer to the jaarverslag: no goals, no monitoring method.",
             "ouders": "H6: ouderpagina, schoolgids, informatiebrief; OJSP Noordkust and Onderwijsconsulenten."})
    return "vo-noordkust", b, label


def plan5():
    """PO 'Vechtstreek-Zuid', markdown; house style: ambitions with 'wat merkt u ervan'."""
    N = "SWV Passend Onderwijs Vechtstreek-Zuid (PO 27-06)"
    b = [("title", "Ondersteuningsplan 2026-2030 Vechtstreek-Zuid"), ("p", N),
         ("h1", "Inhoudsopgave"), ("p", "- Voorwoord\n- Ondersteuning op school\n- Naar het sbo of so en weer terug\n- Middelen\n- Opbrengsten\n- Samenwerking met ouders\n- Lijst van begrippen")]
    b += filler_sections(None, N, "2026-2030", "vier gemeenten in de zuidelijke Vechtstreek", ["Voorwoord", "Visie en missie", "Regionale context"])
    b += [("h1", "Ondersteuning op school"),
      ("p", "Wat merkt u ervan als ouder? Op de scholen in onze regio werken intern begeleiders, leerkrachten met een specialisatie gedrag of taal, en een schoolmaatschappelijk werker die wekelijks spreekuur houdt. Scholen gebruiken een leerlingvolgsysteem, voeren groepsbesprekingen drie keer per jaar, werken met een dyslexieprotocol en bieden een sociaal-emotioneel programma. Wat een school precies biedt en tot welk niveau, verschilt per school en staat in de schoolgids van die school; het samenwerkingsverband schrijft scholen hierin niets voor."),
      ("h1", "Naar het sbo of so en weer terug"),
      ("p", "De aanvraag voor een toelaatbaarheidsverklaring doet het bestuur van de school, altijd samen met ouders. Het Expertteam van het SWV (orthopedagoog, GZ-psycholoog en een consulent) bespreekt de aanvraag binnen drie weken in een gesprek met school en ouders; een orthopedagoog en een tweede deskundige brengen elk schriftelijk advies uit, en de directeur besluit binnen zes weken na ontvangst van het volledige dossier. Toelaatbaar is een leerling voor wie de school, met inzet van een arrangement en externe expertise gedurende ten minste een schooljaar, geen ontwikkeling meer kan realiseren, of voor wie de veiligheid van de leerling of anderen in de reguliere groep structureel niet te waarborgen is. Voor het so geldt bovendien dat de leerling langdurig onderwijs met een zorg- of behandelcomponent nodig heeft."),
      ("p", "En weer terug: wij vinden dat een plaatsing in het sbo of so in principe tijdelijk is. Elke TLV wordt voor ten hoogste twee jaar afgegeven. Jaarlijks bij de OPP-evaluatie bespreekt de sbo/so-school met ouders of terugkeer mogelijk is; als de school dat adviseert, neemt de consulent contact op met een basisschool in de buurt, er volgt een overdrachtsgesprek en een wenperiode van zes weken. De basisschool krijgt een arrangement 'Terug naar de wijk' van EUR 4.500 voor het eerste jaar. Het besluit ligt bij ouders en de ontvangende school; na drie maanden evalueert de consulent."),
    ]
    b += filler_sections(None, N, "2026-2030", "", ["Organisatie en governance", "Ondersteuningsplanraad"])
    b += [("h1", "Middelen"),
      ("p", "Hoe de ondersteuningsmiddelen vanaf 2027 over de besturen worden verdeeld, bepalen de besturen in een herzien verdeelmodel; de uitgangspunten daarvan worden in 2026 nader uitgewerkt."),
      ("table", [["Besteding (x EUR 1.000)", "2026", "2027", "2028", "2029"],
                 ["Afdrachten so/sbo", "4.820", "4.790", "4.750", "4.700"],
                 ["Arrangementen en Expertteam", "1.130", "1.140", "1.150", "1.150"],
                 ["Terug naar de wijk", "90", "90", "95", "95"],
                 ["Bureau en governance", "520", "525", "530", "535"]]),
      ("h1", "Opbrengsten"),
      ("p", "Wij meten wat wij doen. Drie keer per jaar ontvangt het bestuur een monitor met het aantal aanvragen, toegekende TLV's, arrangementen, terugplaatsingen en thuiszitters per bestuur. Jaarlijks voert een onafhankelijk bureau een tevredenheidsonderzoek uit onder ouders en scholen. Deze gegevens bespreken we met de OPR en publiceren we in het jaarverslag. Onze beoogde resultaten formuleren we met de besturen zodra de nieuwe landelijke norm bekend is."),
      ("h1", "Samenwerking met ouders"),
      ("p", "Ouders zijn de eerste deskundigen van hun kind. Zij worden uitgenodigd bij elk gesprek over hun kind en tekenen voor akkoord op het OPP. In de OPR nemen vier ouders zitting."),
      ("p", "Lukt het niet om er samen uit te komen? Dan kunnen ouders gratis advies krijgen van een onafhankelijke ouderadviseur van het Ouder- en Jeugdsteunpunt Vechtstreek, bereikbaar via telefoon en e-mail, of contact opnemen met Onderwijsconsulenten. Tegen een besluit over toelaatbaarheid staat bezwaar open via de Landelijke Bezwaaradviescommissie."),
    ]
    b += filler_sections(None, N, "2026-2030", "", ["Thuiszitters en verzuim", "Personeel en professionalisering", "ICT, privacy en gegevens", "Planning en evaluatie van dit plan"])
    b += [("h1", "Lijst van begrippen"), ("p", "Basisondersteuning: de ondersteuning die alle scholen van het samenwerkingsverband ten minste bieden. Dekkend aanbod: een samenhangend geheel van voorzieningen binnen en tussen scholen. Zorgplicht: de plicht van de school om een passende plek te bieden. Thuiszitter: leerling zonder onderwijs.")]
    label = dict(sector="po", elements=dict(basisondersteuning="partial", plaatsing="present", terugstroom="present", financien="partial", **{"dekkend-aanbod": "missing"}, resultaten="partial", ouders="partial"),
      criteria={"basisondersteuning.niveau": False, "basisondersteuning.inhoud": True, "plaatsing.procedure": True, "plaatsing.criteria": True,
                "terugstroom.procedure": True, "terugstroom.beleid": True, "financien.verdeling": False, "financien.besteding": True,
                "dekkend-aanbod.continuum": False, "dekkend-aanbod.lacunes": False, "resultaten.doelen": False, "resultaten.monitoring": True,
                "ouders.informatie": False, "ouders.steunpunt": True},
      advisory={"plaatsing": ["deskundigen", "duur-categorie", "bezwaar"], "terugstroom": ["monitoring"], "ouders": ["betrokkenheid"]},
      notes={"basisondersteuning": "'Ondersteuning op school' lists concrete provisions but explicitly says level differs per school and SWV sets none; definition only in begrippenlijst.",
             "plaatsing": "'Naar het sbo of so en weer terug': Expertteam procedure, termijnen, two deskundigen, criteria for sbo/so.",
             "terugstroom": "Same chapter: policy (tijdelijk, arrangement 'Terug naar de wijk') and steps (OPP-evaluatie, consulent, overdracht, evaluatie).",
             "financien": "'Middelen': verdeling deferred to 2026 ('nader uitgewerkt'); besteding table with amounts.",
             "dekkend-aanbod": "No continuum, gap procedure or OOGO/jeugdhulp text; terms only in the begrippenlijst and thuiszitters filler that defers.",
             "resultaten": "'Opbrengsten' describes monitor, tevredenheidsonderzoek, jaarverslag; beoogde resultaten deferred.",
             "ouders": "'Samenwerking met ouders' gives OJSP Vechtstreek/Onderwijsconsulenten; no description of how parents are informed about support facilities."})
    return "po-vechtstreek-zuid", b, label


def notplan():
    """School-level ondersteuningsplan of one basisschool (near-miss)."""
    b = [("title", "Ondersteuningsplan OBS De Klimop 2025-2026"), ("p", "Openbare basisschool De Klimop, aangesloten bij SWV Rivierenland Oost"),
         ("h1", "Inhoud"), ("p", "1 Inleiding 2 Zorgniveaus 3 Groepsbesprekingen 4 Extra ondersteuning en TLV 5 Ouders 6 Financien")]
    txt = [
     ("h1", "1 Inleiding"),
     ("p", "Dit ondersteuningsplan beschrijft hoe wij op De Klimop de ondersteuning aan onze leerlingen organiseren. Het plan is opgesteld door de intern begeleider en de directeur en besproken in de medezeggenschapsraad. Het vormt een aanvulling op ons schoolondersteuningsprofiel en op het ondersteuningsplan van het samenwerkingsverband."),
     ("h1", "2 Zorgniveaus"),
     ("p", "Wij werken met vijf zorgniveaus. Niveau 1 is de algemene zorg in de groep; niveau 2 extra zorg in de groep; niveau 3 speciale zorg na intern onderzoek; niveau 4 speciale zorg met externe deskundigen; niveau 5 een verwijzing of een TLV. De basisondersteuning van onze school omvat niveau 1 tot en met 3."),
     ("h1", "3 Groepsbesprekingen"),
     ("p", "Drie keer per jaar vinden groepsbesprekingen plaats tussen leerkracht en intern begeleider. We bespreken de resultaten van de methodegebonden en methodeonafhankelijke toetsen en stellen het groepsplan bij. Leerlingbesprekingen vinden zo nodig tussendoor plaats."),
     ("h1", "4 Extra ondersteuning en TLV"),
     ("p", "Als een leerling meer nodig heeft dan wij kunnen bieden, vragen wij een arrangement aan bij het samenwerkingsverband. Wanneer ook dat onvoldoende is, kan het bestuur een toelaatbaarheidsverklaring voor het sbo aanvragen. De ouders worden hierbij steeds betrokken."),
     ("h1", "5 Ouders"),
     ("p", "Ouders worden bij de start van het schooljaar uitgenodigd voor een kennismakingsgesprek. Bij zorgen neemt de leerkracht contact op. Ouders kunnen voor onafhankelijk advies terecht bij het Ouder- en Jeugdsteunpunt."),
     ("h1", "6 Financien"),
     ("p", "De school ontvangt een schoolbudget van het samenwerkingsverband. Dit jaar besteden wij dat aan 0,4 fte extra intern begeleiding en aan een remedial teacher voor twee dagdelen."),
    ]
    b += txt
    for i, g in enumerate(["groep 1-2", "groep 3", "groep 4", "groep 5", "groep 6", "groep 7", "groep 8"]):
        b.append(("h2", "Jaarplanning ondersteuning " + g))
        b.append(("p", f"In {g} ligt dit schooljaar de nadruk op het signaleren van achterstanden in taal en rekenen en op sociale veiligheid. De leerkracht voert in september een startgesprek met alle ouders van {g}. In oktober, februari en juni volgt een groepsbespreking met de intern begeleider. Leerlingen met een eigen leerlijn krijgen een OPP dat tweemaal per jaar met ouders wordt besproken. Resultaten worden vastgelegd in het leerlingvolgsysteem en vergeleken met de schoolnormen."))
    label = dict(looks_like_plan=False, notes={"document": "School-level ondersteuningsplan of one basisschool (zorgniveaus, groepsbesprekingen, jaarplanning per groep); not an SWV plan: no SWV-wide policy, OPR/OOGO, planperiode of the verband."})
    return "obs-de-klimop-schoolondersteuningsplan", b, label

# ---------------------------------------------------------------- writers

def to_docx(blocks, path):
    d = Document()
    for k, t in blocks:
        if k == "title":
            d.add_heading(t, 0)
        elif k == "h1":
            d.add_heading(t, 1)
        elif k == "h2":
            d.add_heading(t, 2)
        elif k == "p":
            for line in t.split("\n"):
                d.add_paragraph(line)
        elif k == "table":
            tb = d.add_table(rows=len(t), cols=len(t[0]))
            tb.style = "Table Grid"
            for i, row in enumerate(t):
                for j, c in enumerate(row):
                    tb.cell(i, j).text = c
    d.core_properties.author = "holdout327"
    d.save(str(path))


def to_md(blocks):
    out = []
    for k, t in blocks:
        if k == "title": out.append("# " + t)
        elif k == "h1": out.append("## " + t)
        elif k == "h2": out.append("### " + t)
        elif k == "p": out.append(t)
        elif k == "table":
            out.append("| " + " | ".join(t[0]) + " |")
            out.append("|" + "---|" * len(t[0]))
            out += ["| " + " | ".join(r) + " |" for r in t[1:]]
        out.append("")
    return "\n".join(out)


def to_html(blocks, title):
    e = html.escape
    out = [f"<!DOCTYPE html><html lang=\"nl\"><head><meta charset=\"utf-8\"><title>{e(title)}</title></head><body>"]
    for k, t in blocks:
        if k == "title": out.append(f"<h1>{e(t)}</h1>")
        elif k == "h1": out.append(f"<h2>{e(t)}</h2>")
        elif k == "h2": out.append(f"<h3>{e(t)}</h3>")
        elif k == "p": out.append("<p>" + "<br>".join(e(x) for x in t.split("\n")) + "</p>")
        elif k == "table":
            out.append("<table border=\"1\">" + "".join("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>" for r in t) + "</table>")
    out.append("</body></html>")
    return "\n".join(out)


def to_pdf(docx_path, pdf_path):
    with tempfile.TemporaryDirectory(prefix="holdout327_") as td:
        prof = Path(td) / "profile"
        subprocess.run(["soffice", f"-env:UserInstallation=file://{prof}", "--headless", "--convert-to", "pdf",
                        "--outdir", td, str(docx_path)], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        shutil.move(str(Path(td) / (docx_path.stem + ".pdf")), str(pdf_path))


def write_label(stem, docs, lab):
    y = {"documents": docs}
    if lab.get("looks_like_plan") is False:
        y.update(sector="po", looks_like_plan=False, elements={}, criteria={}, advisory_addressed={}, notes=lab["notes"])
    else:
        y.update(sector=lab["sector"], looks_like_plan=True, elements=lab["elements"], criteria=lab["criteria"],
                 advisory_addressed={k: v for k, v in lab["advisory"].items() if v}, notes=lab["notes"])
    (OUT / f"{stem}.expected.yaml").write_text(yaml.safe_dump(y, sort_keys=False, allow_unicode=True, width=200), encoding="utf-8")


def main():
    rng = random.Random(327)
    specs = [(plan1, ["docx", "pdf"]), (plan2, ["docx"]), (plan3, ["pdf"]), (plan4, ["html"]), (plan5, ["md"]), (notplan, ["docx"])]
    for fn, fmts in specs:
        stem, blocks, lab = fn()
        if lab.get("looks_like_plan", True):
            blocks = pad(rng, blocks)
        docs = []
        if "docx" in fmts or "pdf" in fmts:
            if "docx" in fmts:
                dx = OUT / f"{stem}.docx"
                to_docx(blocks, dx)
                docs.append(dx.name)
            if "pdf" in fmts:
                if "docx" in fmts:
                    to_pdf(OUT / f"{stem}.docx", OUT / f"{stem}.pdf")
                else:
                    with tempfile.TemporaryDirectory(prefix="holdout327_src_") as td:
                        tmp = Path(td) / f"{stem}.docx"
                        to_docx(blocks, tmp)
                        to_pdf(tmp, OUT / f"{stem}.pdf")
                docs.append(f"{stem}.pdf")
        if "md" in fmts:
            (OUT / f"{stem}.md").write_text(to_md(blocks), encoding="utf-8"); docs.append(f"{stem}.md")
        if "html" in fmts:
            (OUT / f"{stem}.html").write_text(to_html(blocks, blocks[0][1]), encoding="utf-8"); docs.append(f"{stem}.html")
        write_label(stem, docs, lab)
        print(stem, docs)


if __name__ == "__main__":
    main()
