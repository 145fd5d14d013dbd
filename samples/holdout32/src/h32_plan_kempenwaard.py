"""Plan B: VO, list- and table-heavy. docx + pdf.

Intended labels: basisondersteuning partial (niveau yes, inhoud only the Referentiekader four aspects +
'zie schoolgids'), plaatsing present (vso, lwoo, pro; criteria in tables), terugstroom present (hidden
inside the TLV chapter), financien partial (verdeelmodel yes, begroting only p.m.), dekkend-aanbod
missing (deferred netwerkanalyse), resultaten present, ouders partial (no independent support).
"""
from h32_common import Doc, governance, personeel, ict_privacy, planning, totstandkoming, ict_systems_default

NAAM = "Samenwerkingsverband Voortgezet Onderwijs Kempenwaard"
KORT = "Kempenwaard"


def build():
    d = Doc("Ondersteuningsplan Kempenwaard VO 2026-2030",
            header="SWV VO Kempenwaard (VO 31-05) - Ondersteuningsplan 2026-2030 - dekkend aanbod, ouders, financiën",
            footer="Kempenwaard | Ondersteuningsplan | instemming OPR 24 februari 2026")
    d.titlepage("Ondersteuningsplan 2026-2030",
                NAAM + " (VO 31-05)",
                "Samen sterk voor elke leerling",
                "Schooljaren 2026-2027 tot en met 2029-2030")
    d.toc([
        "Voorwoord",
        "1. Samenvatting",
        "2. Kempenwaard in cijfers",
        "3. Terugblik 2022-2026",
        "4. Visie en uitgangspunten",
        "5. Basisondersteuning",
        "6. Dekkend aanbod",
        "7. Toewijzing: vso, lwoo en pro",
        "8. Financieel beleid",
        "9. Resultaten en kwaliteitszorg",
        "10. Ouders en leerlingen",
        "11. Organisatie en bestuur",
        "12. Medezeggenschap",
        "13. Personeel",
        "14. ICT en privacy",
        "15. Jaarcyclus",
        "16. Totstandkoming",
        "Bijlage: Begrippen en afkortingen",
    ])
    d.pb()

    d.h1("Voorwoord")
    d.p("Dit is het ondersteuningsplan van Kempenwaard voor de schooljaren 2026-2027 tot en met 2029-2030. In "
        "ons samenwerkingsverband werken 8 schoolbesturen met 21 vestigingen voor voortgezet onderwijs en 3 "
        "vestigingen voor voortgezet speciaal onderwijs samen. Ruim 14.000 leerlingen gaan bij ons naar school.",
        "Het vorige plan had veel ambities. Een deel daarvan is gerealiseerd, een deel niet. In hoofdstuk 3 "
        "blikken wij eerlijk terug. Wat wij geleerd hebben: minder woorden, meer afspraken. Daarom bestaat dit "
        "plan grotendeels uit tabellen en lijsten. Wie het snel wil lezen, begint bij de samenvatting.",
        "Wij danken de ondersteuningsplanraad voor de kritische vragen, de leerlingen van de leerlingenpanels "
        "voor hun eerlijke verhalen en de collega's van het primair onderwijs voor de constructieve afstemming.",
        "Namens het bestuur, ir. J.A. Reijnders, directeur-bestuurder")

    d.h1("1. Samenvatting")
    d.ul([
        "basisondersteuning: één afgesproken niveau voor alle 21 vo-vestigingen",
        "dekkend aanbod: netwerkanalyse in 2026-2027",
        "toewijzing vso, lwoo en pro: één loket, één aanvraagportaal, beslissing binnen 6 weken",
        "terug naar regulier: vast evaluatiemoment in het laatste TLV-jaar",
        "middelen: 72% naar de besturen via het verdeelmodel",
        "resultaten: 7 indicatoren, dashboard twee keer per jaar",
        "ouders: website, ouderavonden, folder in vier talen",
    ])
    d.p("Het plan is vastgesteld na instemming van de ondersteuningsplanraad en na op overeenstemming gericht "
        "overleg met de gemeenten over het concept. Het plan wordt jaarlijks aangevuld met een "
        "voortgangsparagraaf.")

    d.h1("2. Kempenwaard in cijfers")
    d.table([
        ["Kengetal (1 oktober)", "2022", "2023", "2024", "2025"],
        ["Leerlingen regulier vo", "13.204", "13.317", "13.402", "13.388"],
        ["waarvan met lwoo-aanwijzing", "1.142", "1.108", "1.097", "1.071"],
        ["Leerlingen praktijkonderwijs", "486", "497", "511", "508"],
        ["Leerlingen vso", "421", "437", "452", "449"],
        ["Deelnamepercentage vso", "2,93%", "3,02%", "3,10%", "3,08%"],
        ["Afgegeven TLV's vso (schooljaar)", "168", "181", "177", "172"],
    ])
    d.p("Het deelnamepercentage vso ligt iets boven het landelijk gemiddelde. Het aantal lwoo-aanwijzingen daalt "
        "licht, het aantal leerlingen in het praktijkonderwijs is stabiel. De regio kent twee kernen met een "
        "breed aanbod aan schoolsoorten en een landelijk gebied met kleinere scholengemeenschappen.")
    d.table([
        ["Schoolsoort", "Aantal vestigingen"],
        ["Brede scholengemeenschap (vmbo t/m vwo)", "9"],
        ["Categoraal vmbo", "5"],
        ["Categoraal havo/vwo", "4"],
        ["Praktijkonderwijs", "3"],
        ["Vso (cluster 3 en 4)", "3"],
    ])

    d.h1("3. Terugblik 2022-2026")
    d.p("Het plan 2022-2026 kende vijf beoogde resultaten. Onderstaande tabel laat zien wat wij bereikt hebben. "
        "De cijfers komen uit de registratie van het loket, DUO-data en de tevredenheidspeiling onder scholen.")
    d.table([
        ["Beoogd resultaat 2022-2026", "Streefwaarde", "Bereikt (juli 2025)", "Oordeel"],
        ["doorlooptijd TLV-aanvraag", "≤ 6 weken in 90% van de aanvragen", "84%", "deels behaald"],
        ["deelnamepercentage vso", "≤ 3,0%", "3,08%", "niet behaald"],
        ["terugplaatsingen vso naar regulier per jaar", "≥ 15", "17", "behaald"],
        ["tevredenheid scholen over loket", "≥ 7,0", "7,4", "behaald"],
        ["lwoo-leerlingen die een diploma halen", "≥ 88%", "89,5%", "behaald"],
    ])
    d.p("Leerpunten: de doorlooptijd liep op in de maanden februari tot en met april, wanneer veel lwoo- en "
        "pro-aanvragen tegelijk binnenkomen. De stijging van het deelnamepercentage vso hangt samen met meer "
        "leerlingen met complexe psychiatrische problematiek. Kwalitatief noemen scholen de consulenten van het "
        "loket 'bereikbaar en deskundig'; tegelijk ervaren zij de administratieve last als hoog.")

    d.h1("4. Visie en uitgangspunten")
    d.p("Kempenwaard gaat uit van wat leerlingen kunnen. Elke leerling heeft recht op onderwijs dat past bij "
        "zijn of haar mogelijkheden, zo dicht mogelijk bij huis. Scholen zijn samen verantwoordelijk; het "
        "samenwerkingsverband is geen loket dat problemen overneemt, maar een partner die meedenkt en middelen "
        "beschikbaar stelt.")
    d.ul([
        "leerling centraal, niet het systeem",
        "eenvoud: zo weinig mogelijk formulieren",
        "transparantie over keuzes en geld",
        "eigenaarschap bij de besturen",
        "stem van de leerling: leerlingen praten mee over hun eigen ondersteuning",
        "samenwerking met het primair onderwijs en het mbo",
    ])
    d.p("Deze uitgangspunten zijn in de ALV van mei 2025 besproken en door alle besturen onderschreven. Ze vormen "
        "de toetssteen voor de keuzes in dit plan. Waar middelen schaars zijn, kiezen wij voor de inzet die het "
        "dichtst bij de leerling komt.")

    d.h1("5. Basisondersteuning")
    d.p("Basisondersteuning is in Kempenwaard het niveau van ondersteuning dat alle besturen met elkaar hebben "
        "afgesproken en dat iedere vo-vestiging van het samenwerkingsverband ten minste biedt. Het niveau is "
        "vastgesteld in de ALV van 14 mei 2025 en geldt voor alle 21 vestigingen, ongeacht schoolsoort.")
    d.p("Basisondersteuning omvat vier aspecten:")
    d.ul([
        "basiskwaliteit",
        "preventieve en licht curatieve interventies",
        "onderwijsondersteuningsstructuur",
        "planmatig werken",
    ])
    d.p("Hoe iedere school deze vier aspecten concreet invult, staat in de schoolgids van die school, in het "
        "hoofdstuk over ondersteuning. Het samenwerkingsverband schrijft de invulling niet voor.")
    d.h2("Borging")
    d.ul([
        "jaarlijkse check van de schoolgidsen door het loket (september)",
        "gesprek met de schoolleider als het ondersteuningshoofdstuk ontbreekt of verouderd is",
        "overzicht van de uitkomsten in de voortgangsparagraaf",
    ])

    d.h1("6. Dekkend aanbod")
    d.p("Een dekkend aanbod is een van de wettelijke opdrachten van het samenwerkingsverband. Wij willen eerst "
        "goed weten wat er is voordat wij het beschrijven. In het schooljaar 2026-2027 voeren wij daarom een "
        "netwerkanalyse uit, samen met de besturen. De uitkomsten – welke voorzieningen er zijn, hoe ze op elkaar "
        "aansluiten en waar witte vlekken zitten – nemen wij op in de voortgangsparagraaf 2027.")
    d.ul([
        "opdracht netwerkanalyse: najaar 2026",
        "rapportage: voorjaar 2027",
        "verwerking in het plan: voortgangsparagraaf 2027, na instemming OPR",
    ])

    d.h1("7. Toewijzing: vso, lwoo en pro")
    d.p("Het loket van Kempenwaard beslist namens het bestuur over toelaatbaarheid tot het vso, over de aanwijzing "
        "voor leerwegondersteunend onderwijs (lwoo) en over toelaatbaarheid tot het praktijkonderwijs (pro). Voor "
        "alle drie geldt één aanvraagportaal.")
    d.h2("7.1 Procedure")
    d.table([
        ["Stap", "Vso", "Lwoo", "Pro"],
        ["aanvrager", "bestuur van de vo-school waar de leerling staat ingeschreven of is aangemeld", "bestuur van de vo-school van aanmelding", "bestuur van de pro-school van aanmelding"],
        ["dossier", "OPP, verslag MDO, zienswijze ouders en leerling, onderwijskundig rapport", "onderwijskundig rapport, toetsgegevens, capaciteitenonderzoek", "onderwijskundig rapport, toetsgegevens, capaciteitenonderzoek"],
        ["uiterste indiendatum", "doorlopend", "1 april voor start 1 augustus", "1 april voor start 1 augustus"],
        ["advies", "twee deskundigen (zie 7.3)", "orthopedagoog loket", "orthopedagoog loket"],
        ["besluit", "TLV-commissie", "loket", "TLV-commissie"],
        ["termijn besluit", "binnen 6 weken na volledig dossier", "binnen 4 weken", "binnen 6 weken"],
        ["bericht aan", "ouders, leerling vanaf 16 jaar, school", "ouders, school", "ouders, school"],
    ])
    d.h2("7.2 Criteria")
    d.p("Voor lwoo en pro volgt Kempenwaard de landelijke criteria; wij hebben niet gekozen voor eigen "
        "lwoo-criteria. Voor het vso gelden de criteria van Kempenwaard.")
    d.table([
        ["Voorziening", "Een leerling is toelaatbaar of aangewezen als ..."],
        ["Vso cluster 3", "de leerling een verstandelijke, lichamelijke of langdurig medische beperking heeft én de ondersteuningsbehoefte op de eigen school aantoonbaar niet kan worden geboden, ook niet na minimaal 6 maanden arrangement"],
        ["Vso cluster 4", "er sprake is van ernstige gedrags- of psychiatrische problematiek die het leren belemmert én een arrangement van minimaal 6 maanden op de vo-school met ondersteuning van het loket onvoldoende resultaat had, blijkend uit het geëvalueerde OPP"],
        ["Vso, spoed", "de veiligheid van de leerling of anderen acuut in gevaar is; dan kan een tijdelijke TLV van maximaal 3 maanden worden afgegeven"],
        ["Lwoo", "IQ tussen 75 en 90 en een leerachterstand van 25% tot 50% op minimaal twee domeinen (waarvan één begrijpend lezen of inzichtelijk rekenen), of IQ 91-120 met een leerachterstand én sociaal-emotionele problematiek"],
        ["Pro", "IQ tussen 55 en 80 en een leerachterstand van 50% of meer op minimaal twee domeinen, waarvan één begrijpend lezen of inzichtelijk rekenen"],
    ])
    d.h2("7.3 Deskundigen, duur en categorie")
    d.ul([
        "twee deskundigen bij elke TLV vso: een orthopedagoog of psycholoog plus een tweede deskundige (kinder- en jeugdpsychiater, arts, maatschappelijk werker)",
        "deskundigen zijn niet betrokken geweest bij de aanvraag",
        "geldigheid TLV vso: 1 of 2 schooljaren, tot en met 31 juli",
        "bekostigingscategorie laag, midden of hoog, op advies van de deskundigen",
        "pro-toelaatbaarheid: voor de duur van de opleiding",
        "lwoo-aanwijzing: voor de duur van de opleiding",
    ])
    d.h2("7.4 Na de TLV")
    d.p("Een plaatsing in het vso is geen eindstation. Wij willen dat leerlingen die dat kunnen teruggaan naar "
        "een reguliere vo-school, bij voorkeur dicht bij huis. Terugplaatsing gebeurt wanneer uit het OPP blijkt "
        "dat de leerling met de ondersteuning die een reguliere school kan bieden verder kan, en wanneer de "
        "leerling en ouders daarachter staan. Na de overstap krijgt de leerling een jaar lang begeleiding van een "
        "ambulant begeleider van de vso-school en een vaste mentor op de nieuwe school.")
    d.ol([
        "de vso-school evalueert het OPP ieder jaar in een MDO, met ouders en leerling",
        "in het laatste jaar van de TLV vindt uiterlijk 1 maart een perspectiefgesprek plaats met vso-school, ouders, leerling en een consulent van het loket",
        "de vso-school adviseert: terugplaatsing, overplaatsing naar een andere vso-school of verlenging",
        "bij terugplaatsing meldt de vso-school samen met de ouders de leerling aan bij een vo-school; de consulent begeleidt de overdracht",
        "bij verlenging dient de vso-school een nieuwe aanvraag in; de TLV-commissie beslist vóór 1 juni",
        "de TLV eindigt op 31 juli; zonder nieuwe TLV start de leerling op 1 augustus op de vo-school",
    ])
    d.p("In 2023-2024 gingen 14 leerlingen vanuit het vso terug naar het regulier vo, in 2024-2025 waren dat er 17. "
        "Van deze leerlingen zat na een jaar 88% nog op de nieuwe school.")

    d.h1("8. Financieel beleid")
    d.p("Kempenwaard ontvangt middelen voor lichte ondersteuning, zware ondersteuning, lwoo en pro. De afdracht "
        "voor het vso wordt door DUO ingehouden. Het verdeelmodel hieronder is door de ALV op 14 mei 2025 "
        "vastgesteld en geldt voor de hele planperiode.")
    d.table([
        ["Onderdeel", "Verdeelsleutel", "Bedrag", "Uitbetaling"],
        ["Lichte ondersteuning besturen", "per leerling regulier vo (1 oktober t-1)", "€ 212 per leerling", "in 12 maandtermijnen"],
        ["Vaste voet", "per vestiging", "€ 15.000 per vestiging", "in januari"],
        ["Lwoo-middelen", "per aangewezen leerling, volledig door naar het bestuur", "rijksbedrag lwoo", "in 12 maandtermijnen"],
        ["Pro-middelen", "per leerling pro, volledig door naar het bestuur", "rijksbedrag pro", "in 12 maandtermijnen"],
        ["Individuele arrangementen", "op aanvraag bij het loket, toegekend bij ondersteuningsbehoefte boven basisniveau", "max. € 7.500 per leerling per jaar", "na besluit loket"],
        ["Loket en bureau", "vast budget", "max. 6% van de totale baten", "-"],
    ])
    d.p("Uitgangspunt: ten minste 72% van de middelen lichte en zware ondersteuning (na afdracht vso) gaat naar de "
        "besturen. De besturen leggen jaarlijks vóór 1 december verantwoording af over de inzet van de middelen "
        "via een vaste rapportage per vestiging. Het bestuur bespreekt de rapportages met de besturen in het "
        "voorjaar.")
    d.h2("8.1 Meerjarenbegroting")
    d.table([
        ["Post", "2026", "2027", "2028", "2029"],
        ["Baten lichte ondersteuning", "p.m.", "p.m.", "p.m.", "p.m."],
        ["Baten zware ondersteuning (na afdracht)", "p.m.", "p.m.", "p.m.", "p.m."],
        ["Lasten besturen", "p.m.", "p.m.", "p.m.", "p.m."],
        ["Lasten arrangementen", "p.m.", "p.m.", "p.m.", "p.m."],
        ["Lasten bureau", "p.m.", "p.m.", "p.m.", "p.m."],
        ["Saldo", "p.m.", "p.m.", "p.m.", "p.m."],
    ])
    d.p("De bedragen worden ingevuld zodra de Raad van Toezicht de begroting 2027 in december 2026 heeft "
        "goedgekeurd; de ingevulde meerjarenbegroting volgt als aanvulling op dit plan.")
    d.h2("8.2 Reserves")
    d.p("De algemene reserve bedroeg eind 2025 € 2,4 miljoen, ruim onder de signaleringswaarde. Wij houden een "
        "buffer aan voor schommelingen in de vso-afdracht; de risicoparagraaf van de jaarbegroting onderbouwt de "
        "hoogte.")

    d.h1("9. Resultaten en kwaliteitszorg")
    d.h2("9.1 Beoogde resultaten 2026-2030")
    d.table([
        ["Nr.", "Beoogd resultaat voor leerlingen met een ondersteuningsbehoefte", "Indicator", "Streefwaarde 2030"],
        ["R1", "snelle duidelijkheid over toewijzing", "% besluiten binnen termijn", "95%"],
        ["R2", "meer leerlingen met een arrangement blijven op de eigen school", "% arrangementen zonder vervolg-TLV binnen 2 jaar", "80%"],
        ["R3", "deelname vso daalt naar landelijk niveau", "deelnamepercentage vso", "≤ 2,9%"],
        ["R4", "terugkeer naar regulier waar mogelijk", "aantal terugplaatsingen per jaar", "≥ 20"],
        ["R5", "lwoo- en pro-leerlingen halen een diploma of certificaat", "% met diploma/certificaat", "≥ 90%"],
        ["R6", "leerlingen voelen zich gehoord", "% leerlingen met arrangement dat zegt mee te beslissen over OPP", "≥ 75%"],
        ["R7", "scholen tevreden over ondersteuning", "rapportcijfer scholen", "≥ 7,5"],
    ])
    d.h2("9.2 Hoe wij meten en rapporteren")
    d.table([
        ["Indicator", "Bron", "Meetmoment", "Rapportage aan"],
        ["R1 doorlooptijd", "registratie loket", "doorlopend, peildatum 1 februari en 1 juli", "directeur-bestuurder, RvT"],
        ["R2 arrangementen", "registratie loket", "1 juli", "ALV, OPR"],
        ["R3 deelname vso", "DUO, 1 oktober", "jaarlijks", "ALV, OPR, gemeenten"],
        ["R4 terugplaatsingen", "opgave vso-scholen", "1 oktober", "ALV, OPR"],
        ["R5 diploma's", "DUO, examenresultaten", "september", "ALV"],
        ["R6 leerlingpeiling", "vragenlijst via mentor", "maart, tweejaarlijks", "OPR, leerlingenpanel"],
        ["R7 tevredenheid scholen", "peiling", "maart, jaarlijks", "ALV"],
    ])
    d.p("Twee keer per jaar (februari en juli) verschijnt het dashboard met alle indicatoren. De uitkomsten worden "
        "besproken in het directeurenoverleg en leiden zo nodig tot bijstelling van het jaarplan. In het "
        "jaarverslag rapporteren wij de bereikte resultaten naast de streefwaarden, met een toelichting en de "
        "kosten per onderdeel.")

    d.h1("10. Ouders en leerlingen")
    d.p("Ouders en leerlingen moeten weten wat zij van school en samenwerkingsverband kunnen verwachten.")
    d.table([
        ["Kanaal", "Wat vindt u er", "Wanneer"],
        ["website kempenwaard-vo.nl/ouders", "uitleg basisondersteuning, toewijzing vso/lwoo/pro, routes en contactgegevens loket", "altijd actueel"],
        ["folder 'Extra ondersteuning in het vo'", "kort overzicht van de ondersteuningsmogelijkheden, in het Nederlands, Engels, Turks en Arabisch", "uitgereikt bij aanmelding in groep 8"],
        ["ouderavonden in de regio", "uitleg over toewijzing en ondersteuning, met consulenten van het loket", "november en februari"],
        ["schoolgids", "ondersteuningshoofdstuk van de school", "jaarlijks"],
        ["consulent ouders van het loket", "telefonisch spreekuur voor vragen over de ondersteuning", "dinsdag en donderdag"],
    ])
    d.p("Informatie over onafhankelijke ondersteuning voor ouders en over de mogelijkheden als ouders het niet eens "
        "zijn met een besluit volgt in een aparte folder; die is in voorbereiding en verschijnt naar verwachting "
        "in het voorjaar van 2027.")
    d.ul([
        "leerlingen zijn gesprekspartner bij hun eigen OPP",
        "leerlingenpanel (12 leerlingen) adviseert het bestuur twee keer per jaar",
        "in de OPR zitten ouders, leerlingen en personeelsleden",
    ])

    governance(d, NAAM, KORT, "2013", 5, 8, "11.")
    d.h1("12. Medezeggenschap")
    d.p("De ondersteuningsplanraad (OPR) heeft instemmingsrecht op het ondersteuningsplan en op de jaarlijkse "
        "voortgangsparagraaf. De OPR bestaat uit tien leden: vijf personeelsleden en vijf ouders of leerlingen, "
        "afgevaardigd door de medezeggenschapsraden. De OPR heeft op 24 februari 2026 ingestemd met dit plan.")
    personeel(d, KORT, [
        ["Directeur-bestuurder", "1,0", "1,0"],
        ["Orthopedagogen/consulenten loket", "5,2", "5,2"],
        ["Consulent ouders", "0,6", "0,6"],
        ["Controller", "0,5", "0,5"],
        ["Administratie", "1,4", "1,4"],
    ], "13.")
    ict_privacy(d, KORT, "14.", ict_systems_default())
    planning(d, "15.", [
        ["september", "check schoolgidsen", "loket"],
        ["oktober", "teldatum, start lwoo/pro-aanvragen", "loket"],
        ["december", "begroting, verantwoording besturen", "controller"],
        ["februari", "dashboard 1", "directeur-bestuurder"],
        ["april", "sluiting lwoo/pro-aanvragen", "loket"],
        ["juli", "dashboard 2, voortgangsparagraaf", "directeur-bestuurder"],
    ], "Het ondersteuningsplan wordt elk jaar uitgewerkt in een jaarplan en een voortgangsparagraaf.")
    totstandkoming(d, "16.", [
        ["juni 2025", "evaluatie vorig plan met besturen"],
        ["oktober 2025", "leerlingenpanels en ouderavond"],
        ["12 januari 2026", "overleg SWV PO over het concept"],
        ["3 februari 2026", "OOGO over het concept met de gemeenten"],
        ["24 februari 2026", "instemming OPR"],
        ["10 maart 2026", "vaststelling"],
    ], "Het plan kwam tot stand in overleg met scholen, leerlingen, ouders en partners. De procedurele stappen staan hieronder.")

    d.h1("Bijlage: Begrippen en afkortingen")
    d.table([
        ["Begrip/afkorting", "Betekenis"],
        ["Dekkend aanbod", "het samenhangende geheel van ondersteuningsvoorzieningen binnen en tussen scholen, zodat voor elke leerling een passende plek is"],
        ["OPDC", "orthopedagogisch-didactisch centrum: tijdelijke bovenschoolse opvang"],
        ["Thuiszitter", "leerplichtige jongere die zonder geldige reden niet naar school gaat"],
        ["OJSP", "ouder- en jeugdsteunpunt: onafhankelijk steunpunt voor ouders en jongeren"],
        ["Onderwijsconsulenten", "onafhankelijke adviseurs voor ouders bij vastgelopen situaties"],
        ["Basisondersteuning", "het afgesproken niveau van ondersteuning op alle vestigingen"],
        ["TLV", "toelaatbaarheidsverklaring"], ["lwoo", "leerwegondersteunend onderwijs"],
        ["pro", "praktijkonderwijs"], ["vso", "voortgezet speciaal onderwijs"],
        ["MDO", "multidisciplinair overleg"], ["OPP", "ontwikkelingsperspectiefplan"],
    ])
    return d


LABEL = {
    "documents": ["vo-kempenwaard.docx", "vo-kempenwaard.pdf"],
    "sector": "vo",
    "looks_like_plan": True,
    "elements": {"basisondersteuning": "partial", "plaatsing": "present", "terugstroom": "present",
                 "financien": "partial", "dekkend-aanbod": "missing", "resultaten": "present", "ouders": "partial"},
    "criteria": {
        "basisondersteuning.niveau": True, "basisondersteuning.inhoud": False,
        "plaatsing.procedure": True, "plaatsing.criteria": True,
        "terugstroom.procedure": True, "terugstroom.beleid": True,
        "financien.verdeling": True, "financien.besteding": False,
        "dekkend-aanbod.continuum": False, "dekkend-aanbod.lacunes": False,
        "resultaten.doelen": True, "resultaten.monitoring": True,
        "ouders.informatie": True, "ouders.steunpunt": False,
    },
    "advisory_addressed": {
        "basisondersteuning": ["borging"],
        "plaatsing": ["deskundigen", "duur-categorie"],
        "terugstroom": ["monitoring"],
        "financien": ["reserves", "verantwoording"],
        "resultaten": ["meetbaar"],
        "ouders": ["betrokkenheid"],
    },
    "notes": {
        "basisondersteuning": "Ch. 5 defines the ALV-agreed minimum for all 21 vestigingen (niveau) but gives only the four Referentiekader aspects and 'zie schoolgids' - no concrete voorzieningen (inhoud).",
        "plaatsing": "Ch. 7: procedure table for vso/lwoo/pro (aanvrager, dossier, TLV-commissie, termijnen), criteria table incl. landelijke lwoo/pro criteria, 7.3 deskundigen/duur/categorie. No bezwaar route (deferred to a folder in ch. 10).",
        "terugstroom": "Hidden in 7.4 'Na de TLV' inside the toewijzing chapter: policy (aim, conditions, one year AB after return) and numbered steps with perspectiefgesprek before 1 maart, decision, end 31 juli; figures 14/17.",
        "financien": "Ch. 8: verdeelmodel table with criteria and bedragen (verdeling), but the meerjarenbegroting 8.1 is all 'p.m.' and deferred - no amounts for besteding. Reserves 8.2 and verantwoording by besturen addressed.",
        "dekkend-aanbod": "Ch. 6 only defers to a netwerkanalyse 2026-2027 / voortgangsparagraaf 2027; 'Dekkend aanbod', 'OPDC', 'Thuiszitter' appear only in TOC, running header, summary bullet and glossary. OOGO appears only as a procedural step in 16.",
        "resultaten": "Ch. 3 terugblik with bereikte vs streefwaarden, 9.1 beoogde resultaten with indicators and targets, 9.2 measurement/reporting table and dashboard twice a year.",
        "ouders": "Ch. 10 channels table (website, folder in 4 talen, ouderavonden, schoolgids, consulent of the loket - not independent). Independent support and disagreement options are deferred to a future folder; OJSP/Onderwijsconsulenten only in glossary.",
    },
}
