from common import *

blocks = [
TITLE("Ondersteuningsplan 2026 – 2030", "Samenwerkingsverband Passend Onderwijs Brugwaard PO 31-12",
      "Webversie – laatst bijgewerkt 2 april 2026"),
H1("Welkom"),
P("Op deze pagina's leest u het ondersteuningsplan 2026–2030 van Samenwerkingsverband Passend Onderwijs Brugwaard. "
  "Het samenwerkingsverband is een samenwerking van acht schoolbesturen met 47 basisscholen, twee scholen voor "
  "speciaal basisonderwijs en drie scholen voor speciaal onderwijs in de gemeenten Brugwaard, Lingedam en "
  "Sluisvoorde. Het plan is vastgesteld door het bestuur op 18 maart 2026, na instemming van de "
  "ondersteuningsplanraad op 11 maart 2026 en het OOGO met de drie gemeenten op 3 maart 2026. U kunt het plan ook "
  "als pdf downloaden."),
H1("Onze visie"),
P("In Brugwaard werken scholen, ouders en samenwerkingsverband samen vanuit één gedachte: kijk naar wat een kind nodig "
  "heeft en organiseer dat zo dicht mogelijk bij huis. Wij werken handelingsgericht, met aandacht voor de "
  "mogelijkheden van het kind, de leerkracht en de ouders. Wij geven scholen vertrouwen en ruimte, en vragen daarvoor "
  "openheid terug."),
H1("Basisondersteuning"),
P("Basisondersteuning is wat iedere school in Brugwaard – op iedere locatie – minimaal biedt aan alle leerlingen. "
  "Deze afspraken zijn door alle besturen onderschreven en gelden als ondergrens. Scholen beschrijven in hun "
  "schoolondersteuningsprofiel wat zij daarnaast bieden."),
T(["Thema", "Wat elke school biedt"],
  ["Zorgstructuur", "Een intern begeleider, een ondersteuningsteam met de schoolcontactpersoon van het SWV en groeps- en leerlingbesprekingen volgens een jaarplanning."],
  ["Taal en lezen", "Protocol leesproblemen en dyslexie; extra leesbegeleiding in groep 3 en 4; woordenschatprogramma voor kinderen met een taalachterstand."],
  ["Rekenen", "Protocol ERWD; verlengde instructie en een rekeninterventie bij achterstand."],
  ["Gedrag en welbevinden", "Een methode voor sociaal-emotionele ontwikkeling, een pestprotocol, een jaarlijkse monitor sociale veiligheid en een gedragsaanpak in de groep."],
  ["Meer- en hoogbegaafdheid", "Signalering, compacten en verrijken, een verrijkingsgroep op school of bovenschools."],
  ["Medisch", "Protocol medisch handelen; samenwerking met de jeugdverpleegkundige."],
  ["Ouders", "Ouders worden bij zorgen direct betrokken en tekenen mee bij het groeidocument."]),
P("De schoolcontactpersoon van het samenwerkingsverband bespreekt jaarlijks met iedere school de zelfevaluatie "
  "basisondersteuning."),
H1("Extra ondersteuning en arrangementen"),
P("Wanneer de basisondersteuning niet voldoende is, kan de school samen met ouders een arrangement aanvragen bij het "
  "Arrangeerpunt Brugwaard. Het aanbod bestaat uit:"),
UL("Arrangementen op school: extra begeleiding in of buiten de groep, in de vorm van tijd of expertise, voor maximaal een schooljaar.",
   "Ambulante begeleiding vanuit het so bij gedrag, autisme en ernstige taalontwikkelingsstoornissen (in samenwerking met cluster 2).",
   "Bovenschoolse voorzieningen: de Plusklas (hoogbegaafdheid), de Taalschool voor nieuwkomers en de Kleine Brug, een observatiegroep voor jonge kinderen.",
   "Onderwijs-zorgarrangementen samen met de jeugdteams van de drie gemeenten.",
   "Speciaal basisonderwijs (De Overkant, Het Scharnier) en speciaal onderwijs (De Boog cluster 4, De Pijler cluster 3, Zonnestraal zml)."),
P("Ook thuiszitters zijn een aandachtspunt."),
H1("Toelaatbaarheid sbo en so"),
P("Voor het sbo en het so is een toelaatbaarheidsverklaring (TLV) nodig. Het bevoegd gezag van de school waar het "
  "kind staat ingeschreven vraagt deze aan bij de TLV-commissie van het samenwerkingsverband, na bespreking in het "
  "ondersteuningsteam met ouders. De aanvraag bevat het groeidocument, het OPP, de evaluatie van de geboden "
  "ondersteuning en de zienswijze van ouders. Twee deskundigen – een orthopedagoog of GZ-psycholoog en een tweede "
  "deskundige – brengen afzonderlijk schriftelijk advies uit. De TLV-commissie besluit binnen zes weken."),
P("De TLV-commissie beoordeelt de aanvraag aan de hand van vier criteria: (1) de ondersteuningsbehoefte is "
  "beschreven in een groeidocument en is minimaal een half jaar handelingsgericht aangepakt; (2) de mogelijkheden van "
  "basisondersteuning en arrangementen zijn benut en geëvalueerd; (3) het kind heeft structureel een setting nodig "
  "die de basisschool niet kan bieden (kleine groep, specifieke expertise, intensieve zorg); (4) voor het so: de "
  "ondersteuningsbehoefte is zo intensief dat ook het sbo niet volstaat. De TLV heeft een looptijd van twee "
  "schooljaren (sbo) of één tot drie schooljaren (so), met bekostigingscategorie laag, midden of hoog voor het so. "
  "Ouders kunnen bezwaar maken bij de Landelijke Bezwaaradviescommissie."),
H1("Terug naar de basisschool"),
P("Het samenwerkingsverband wil dat kinderen na een periode in het sbo of so waar het kan terugkeren naar een "
  "reguliere basisschool. Daarom wordt in het OPP van ieder kind in het sbo en so vastgelegd welk perspectief er is "
  "op terugkeer. Voorwaarde is dat de ontvangende school de benodigde ondersteuning kan bieden, eventueel met een "
  "arrangement."),
P("De sbo- of so-school bespreekt ieder jaar in het voorjaar met de ouders en de orthopedagoog van het "
  "samenwerkingsverband of terugkeer haalbaar is. In het laatste jaar van de TLV is deze bespreking verplicht. Bij "
  "een positief oordeel zoekt de consulent van het samenwerkingsverband met ouders een basisschool. De overstap "
  "gebeurt bij voorkeur na een proefperiode van zes weken en gaat gepaard met een terugplaatsingsarrangement van een "
  "jaar, waarin de speciale school de nieuwe school begeleidt. De TLV-commissie neemt het besluit over beëindiging of "
  "verlenging van de TLV."),
H1("Middelenverdeling"),
P("Het samenwerkingsverband verdeelt de ondersteuningsmiddelen volgens het verdeelmodel ‘geld volgt leerling’. Na "
  "aftrek van de afdrachten voor sbo en so gaat 70% van het beschikbare budget naar de besturen, op basis van het "
  "aantal leerlingen op 1 oktober (€ 152 per leerling in 2026). 25% is bestemd voor het Arrangeerpunt en de "
  "bovenschoolse voorzieningen; maximaal 5% voor de organisatie. Besturen leggen jaarlijks verantwoording af over "
  "de besteding."),
P("De meerjarenbegroting volgt."),
H1("Meten is weten"),
P("Twee keer per jaar (maart en oktober) stellen wij een dashboard op met de belangrijkste kengetallen: het "
  "deelnamepercentage sbo en so, het aantal TLV's en arrangementen, de doorlooptijd van aanvragen, het aantal "
  "terugplaatsingen en de uitkomsten van de tevredenheidspeiling onder ouders en scholen. Het dashboard wordt "
  "besproken in het bestuur, met de directeuren en in de OPR, en gepubliceerd in het jaarverslag. Halverwege de "
  "planperiode laten wij een externe evaluatie uitvoeren."),
T(["Kengetal", "2023", "2024", "2025"],
  ["Deelname sbo", "2,4%", "2,3%", "2,3%"],
  ["Deelname so", "1,9%", "2,0%", "2,0%"],
  ["Arrangementen", "312", "347", "366"],
  ["Gemiddelde doorlooptijd TLV (weken)", "7", "6", "6"]),
H1("Informatie voor ouders"),
P("Op deze website vindt u onder ‘Ouders’ uitleg over basisondersteuning, arrangementen en de TLV. De scholen "
  "informeren ouders via de schoolgids en het schoolondersteuningsprofiel. Het samenwerkingsverband heeft een "
  "ouderconsulent die u kunt bellen of mailen met vragen over de ondersteuning van uw kind; ook organiseren wij "
  "ieder voorjaar een informatieavond."),
P("Komt u er met school niet uit, of zoekt u een onafhankelijk advies? Dan kunt u terecht bij het Ouder- en "
  "Jeugdsteunpunt Rivierduinen-Brugwaard (onafhankelijk, gratis) of bij de Onderwijsconsulenten. Voor geschillen "
  "over toelating, verwijdering of het OPP kunt u naar de Geschillencommissie passend onderwijs."),
H1("Samenwerking met gemeenten en jeugdhulp"),
P("Met de gemeenten Brugwaard, Lingedam en Sluisvoorde voeren wij twee keer per jaar bestuurlijk overleg over de "
  "aansluiting tussen onderwijs en jeugdhulp. In het OOGO van 3 maart 2026 is afgesproken dat iedere school een vaste "
  "contactpersoon heeft bij het jeugdteam, dat jeugdhulp onder schooltijd op school kan worden geboden en dat "
  "samenwerkingsverband en gemeenten samen de onderwijs-zorgarrangementen bekostigen. Daarnaast werken wij samen met "
  "de jeugdgezondheidszorg en de voorschoolse voorzieningen aan een soepele start in groep 1, en met het "
  "samenwerkingsverband VO aan de overstap naar het voortgezet onderwijs."),
H1("Organisatie"),
P("Het samenwerkingsverband is een stichting met een directeur-bestuurder en een raad van toezicht. Het bureau "
  "telt 11 fte. De OPR bestaat uit tien leden, vijf ouders en vijf personeelsleden."),
H1("Scholen in Brugwaard"),
P("Overzicht van de aangesloten basisscholen (stand 1 oktober 2025)."),
school_table(31, 47, ["Brugwaard", "Lingedam", "Sluisvoorde", "Haaften-Oost"],
             ["Stg. Brugwaard Primair", "PCBO Lingedam", "Stg. Katholiek Onderwijs Sluisvoorde", "Openbaar Onderwijs Rivierland", "Stg. Vrije School Brugwaard", "Stg. De Samenspraak"]),
]

DOC = dict(
    slug="ho-po-brugwaard-2026", fmt="html", sector="po", looks_like_plan=True,
    title="Ondersteuningsplan 2026-2030 | Samenwerkingsverband Passend Onderwijs Brugwaard",
    html_topbar='<a href="/">Home</a><a href="/over-ons">Over ons</a><a href="/ouders">Ouders</a><a href="/scholen">Scholen</a><a href="/ondersteuningsplan">Ondersteuningsplan</a><a href="/contact">Contact</a>',
    html_nav_extra=['<li><a href="/media/meerjarenbegroting-2026-2029.pdf">Bijlage: meerjarenbegroting 2026-2029 (pdf)</a></li>',
                    '<li><a href="/media/ondersteuningsplan-2026-2030.pdf">Download het volledige plan (pdf)</a></li>'],
    html_footer="&copy; 2026 Samenwerkingsverband Passend Onderwijs Brugwaard &middot; Postbus 1204, Brugwaard &middot; <a href=\"/privacy\">Privacyverklaring</a> &middot; <a href=\"/cookies\">Cookies</a>",
    blocks=blocks,
    elements={"basisondersteuning": "present", "plaatsing": "present", "terugstroom": "present",
              "financien": "partial", "dekkend-aanbod": "partial", "resultaten": "partial", "ouders": "present"},
    criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
              "plaatsing.procedure": True, "plaatsing.criteria": True,
              "terugstroom.procedure": True, "terugstroom.beleid": True,
              "financien.verdeling": True, "financien.besteding": False,
              "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": False,
              "resultaten.doelen": False, "resultaten.monitoring": True,
              "ouders.informatie": True, "ouders.steunpunt": True},
    notes={
        "format": "Web page with navigation sidebar, top menu and footer (boilerplate, not body). The sidebar links to an external 'Bijlage: meerjarenbegroting 2026-2029 (pdf)' that is not part of the input.",
        "financien": "'Middelenverdeling': verdeelmodel 70/25/5% and €152 per leerling -> verdeling true; besteding: 'De meerjarenbegroting volgt.' (deferral) + external pdf link only -> false -> partial.",
        "dekkend-aanbod": "continuum: 'Extra ondersteuning en arrangementen' lists arrangementen, ambulante begeleiding, bovenschoolse voorzieningen, OZA, sbo/so. lacunes: only the passing sentence 'Ook thuiszitters zijn een aandachtspunt.'; no gap analysis, zorgplicht or thuiszitter approach -> partial.",
        "resultaten": "monitoring: 'Meten is weten' (dashboard twice a year, bestuur/OPR, jaarverslag, external mid-term evaluation) + kengetallen table. doelen: no intended results, targets or ambitions anywhere (visie describes approach only) -> partial.",
        "plaatsing": "'Toelaatbaarheid sbo en so': procedure, four criteria, looptijd, categorie, bezwaar.",
        "terugstroom": "'Terug naar de basisschool': beleid (perspectief in OPP, voorwaarde) + procedure (jaarlijks, verplicht laatste TLV-jaar, consulent, proefperiode, terugplaatsingsarrangement, TLV-commissie).",
        "ouders": "'Informatie voor ouders': website, schoolgids/SOP, ouderconsulent, informatieavond + OJSP, Onderwijsconsulenten, Geschillencommissie.",
    },
)
