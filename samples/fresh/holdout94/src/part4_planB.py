
# ============================================================================================
# Plan B - VO, SWV Kempen en Peel (pdf only): two-column body, key-facts boxes,
# terugplaatsing hidden inside the TLV chapter, financien without a begroting (p.m.).
# ============================================================================================

def plan_b():
    S = dict(naam='Samenwerkingsverband Voortgezet Onderwijs Kempen en Peel', code='VO 30-06',
             sector='vo', periode='2025-2029',
             gemeenten_tekst='Kempenstad, Asten-Peel, Someren-Heide, Deurnebroek en Bergeijkerveld',
             besturen=7, bestuurder='ir. J.P. (Joost) van den Akker', vestiging='Kempenstad',
             kengetallen=[['Aantal vo-scholen (vestigingen)', '19'], ['Scholen voor praktijkonderwijs', '2'],
                          ['Vso-scholen in de regio', '2'], ['Leerlingen vo totaal', '14.310'],
                          ['Leerlingen met lwoo-aanwijzing', '1.120'], ['Leerlingen praktijkonderwijs', '468']],
             opr_leden=12, opr_datum='2 april 2025', oogo_datum='11 maart 2025',
             ander_swv='de samenwerkingsverbanden PO Kempen en PO De Peel', fte='11',
             gov_nr='10', oogo_nr='8', pers_nr='11', ict_nr='12', plan_nr='13',
             visie_ouders="Ouders en leerlingen zijn partners. Een jongere van twaalf of zestien weet vaak heel goed "
                          "wat hij of zij nodig heeft; wij willen dat die stem wordt gehoord.")
    toc = [('', 'Voorwoord', 3), ('1', 'Inleiding', 4), ('2', 'Ons samenwerkingsverband', 5),
           ('3', 'Missie, visie en koers', 6), ('4', 'De ondersteuningsstructuur', 8),
           ('4.1', 'Basisondersteuning', 8), ('4.2', 'Extra ondersteuning', 9), ('4.3', 'Dekkend aanbod en thuiszitters', 11),
           ('5', 'Toewijzing en toelaatbaarheid', 12), ('5.4', 'Einde van de TLV', 15),
           ('6', 'Kwaliteitszorg en resultaten', 16), ('7', 'Ouders en leerlingen', 17),
           ('8', 'Samenwerking met gemeenten', 18), ('9', 'Financieel beleid', 19),
           ('10', 'Organisatie, bestuur en medezeggenschap', 21), ('11', 'Personeel en professionalisering', 22),
           ('12', 'Informatievoorziening, ICT en privacy', 23), ('13', 'Planning en jaarcyclus', 24),
           ('', 'Bijlage: Begrippenlijst en afkortingen', 25)]
    B = []
    B.append(('title', ['Ondersteuningsplan 2025-2029', S['naam'], S['code'] + '  |  Iedere jongere een passende plek',
                        'Versie 1.0 - vastgesteld 9 april 2025']))
    B.append(('toc', toc))
    B += f_voorwoord(S)
    B.append(('section', {'cols': 2}))
    B.append(('h1', '1 Inleiding'))
    B.append(('p', "Dit is het derde ondersteuningsplan van ons samenwerkingsverband. Het geldt van 1 augustus 2025 "
                   "tot en met 31 juli 2029. Anders dan zijn voorgangers is dit plan geschreven als een "
                   "beleidsplan op hoofdlijnen: het beschrijft de uitgangspunten, de routes en de verdeling van "
                   "verantwoordelijkheden. Uitvoeringsafspraken staan in het jaarplan en op de website."))
    B += f_leeswijzer(S, "Hoofdstuk 4 beschrijft de ondersteuningsstructuur van basis tot vso. Hoofdstuk 5 gaat over "
                         "lwoo, praktijkonderwijs en het voortgezet speciaal onderwijs. Hoofdstuk 6 tot en met 9 "
                         "gaan over kwaliteit, ouders, gemeenten en geld.")
    B.append(('h2', '1.3 Wat is er veranderd?'))
    B.append(('p', "Sinds het vorige plan is het samenwerkingsverband gefuseerd met het voormalige "
                   "samenwerkingsverband Peelland-Zuid. Dat betekende een nieuw bureau, nieuwe statuten en het "
                   "gelijktrekken van twee verschillende werkwijzen. Tegelijk kwamen de Wet versterking positie "
                   "ouders en leerlingen en de landelijke norm basisondersteuning in beeld. Dit plan is daarom ook "
                   "een overgangsplan."))
    B += f_context(S)
    B += f_visie(S, "In het jaarplan staan per uitspraak de activiteiten voor het komende schooljaar.")

    B.append(('h1', '4 De ondersteuningsstructuur'))
    B.append(('box', 'Kerngegevens ondersteuning', ['19 vestigingen, één afgesproken basisniveau',
                                                   'OPDC De Overstap: 40 plaatsen', 'Rebound op 3 locaties',
                                                   '2 scholen voor praktijkonderwijs, 2 vso-scholen']))
    B.append(('h2', '4.1 Basisondersteuning'))
    B.append(('p', "Basisondersteuning is het niveau van ondersteuning dat alle scholen in Kempen en Peel, op al hun "
                   "vestigingen, ten minste bieden aan iedere leerling die daar behoefte aan heeft. De zeven "
                   "besturen hebben dit basisniveau samen afgesproken; geen enkele vestiging mag eronder zitten. "
                   "Wat daarboven komt, is extra ondersteuning."))
    B.append(('p', "Net als in het landelijke referentiekader omvat basisondersteuning vier onderdelen: "
                   "basiskwaliteit, preventieve en licht curatieve interventies, de "
                   "onderwijsondersteuningsstructuur en planmatig werken."))
    B.append(('p', "Welke voorzieningen en interventies dat op een school concreet zijn, staat in het "
                   "schoolondersteuningsprofiel van iedere school en op de pagina 'Basisondersteuning' van onze "
                   "website. De besturen herijken de afspraken in het schooljaar 2026-2027, wanneer de landelijke "
                   "norm basisondersteuning bekend is."))
    B.append(('h2', '4.2 Extra ondersteuning'))
    B.append(('p', "Ons aanbod is opgebouwd in lagen. Op niveau 1 biedt de school zelf de basisondersteuning. Op "
                   "niveau 2 zet de school, vaak samen met de consulent van het samenwerkingsverband, extra "
                   "ondersteuning in binnen de school: een trajectvoorziening, een time-outplek, coaching of een "
                   "aangepast rooster. Elke vestiging heeft een ondersteuningsteam dat deze inzet coördineert."))
    B.append(('p', "Op niveau 3 gaat het om bovenschoolse voorzieningen. Het OPDC De Overstap biedt veertig plaatsen "
                   "voor leerlingen die tijdelijk (maximaal een jaar) niet in een reguliere klas kunnen functioneren. "
                   "De Rebound op drie locaties biedt een korte time-out van maximaal twaalf weken met behoud van "
                   "inschrijving. Op niveau 4 staan het praktijkonderwijs, het leerwegondersteunend onderwijs en het "
                   "voortgezet speciaal onderwijs (De Brug voor cluster 4 en Het Palet voor cluster 3). Leerlingen "
                   "kunnen tussen de niveaus op- en afschalen; het ondersteuningsteam bewaakt de doorgaande lijn."))
    B.append(('p', "Bij de overstap van het primair naar het voortgezet onderwijs maken we gebruik van de warme "
                   "overdracht: de basisschool en de vo-school bespreken leerlingen met een ondersteuningsbehoefte "
                   "vóór 1 april van het laatste basisschooljaar. Voor de overstap naar het mbo is er een "
                   "overdrachtsprotocol met de twee roc's in de regio."))
    B.append(('h2', '4.3 Dekkend aanbod en thuiszitters'))
    B.append(('p', "Twee keer per jaar bespreekt het directeurenoverleg de 'witte vlekken': groepen leerlingen "
                   "voor wie het aanbod niet passend of niet beschikbaar is. De signalen komen uit het loket, de "
                   "ondersteuningsteams, leerplicht en het thuiszittersoverleg. Voor iedere witte vlek wordt een "
                   "eigenaar aangewezen die binnen drie maanden een voorstel doet. Zo is in 2024 op basis van dit "
                   "overleg het aanbod voor hoogbegaafde leerlingen met uitval uitgebreid."))
    B.append(('p', "Iedere leerling die langer dan vier weken geen onderwijs volgt, wordt besproken in het "
                   "thuiszittersoverleg met leerplicht, het samenwerkingsverband en de school. Er wordt binnen "
                   "twee weken een plan gemaakt met één regisseur. Lukt het niet, dan beslist de directeur-"
                   "bestuurder, na overleg met de besturen, op welke school de leerling wordt geplaatst."))

    B.append(('h1', '5 Toewijzing en toelaatbaarheid'))
    B.append(('p', "Het samenwerkingsverband beslist over de aanwijzing voor leerwegondersteunend onderwijs "
                   "(lwoo), de toelaatbaarheid tot het praktijkonderwijs (pro) en de toelaatbaarheid tot het "
                   "voortgezet speciaal onderwijs (vso). Alle aanvragen lopen via het Loket Toewijzing."))
    B.append(('h2', '5.1 Leerwegondersteunend onderwijs'))
    B.append(('p', "Het samenwerkingsverband hanteert de landelijke criteria voor lwoo: een IQ tussen 75 en 90 en "
                   "een leerachterstand van anderhalf tot drie jaar op ten minste twee domeinen, waarvan één "
                   "begrijpend lezen of inzichtelijk rekenen, of een IQ tussen 91 en 120 met een leerachterstand en "
                   "sociaal-emotionele problematiek. De vo-school waar de leerling is aangemeld vraagt de "
                   "aanwijzing aan vóór 1 mei; het loket beslist binnen vier weken. Een aanwijzing geldt voor de "
                   "hele vo-loopbaan in vmbo."))
    B.append(('h2', '5.2 Praktijkonderwijs'))
    B.append(('p', "Voor toelaatbaarheid tot het praktijkonderwijs gelden de landelijke criteria: een IQ tussen 55 "
                   "en 80 en een leerachterstand van drie jaar of meer op ten minste twee van de vier domeinen, "
                   "waarvan één begrijpend lezen of inzichtelijk rekenen. De school voor praktijkonderwijs dient "
                   "de aanvraag in; de commissie toewijzing beslist binnen vier weken na ontvangst van het "
                   "complete dossier. Een TLV pro geldt voor de gehele schoolloopbaan in het praktijkonderwijs."))
    B.append(('h2', '5.3 Voortgezet speciaal onderwijs'))
    B.append(('p', "Een aanvraag voor een TLV vso wordt ingediend door het bestuur van de vo-school waar de leerling "
                   "staat ingeschreven, of - voor leerlingen die vanuit het so doorstromen - door het so. Het dossier "
                   "bevat het OPP, een verslag van het ondersteuningsteam en de zienswijze van ouders en leerling. "
                   "De commissie toewijzing beslist binnen zes weken."))
    B.append(('p', "Een leerling is toelaatbaar tot het vso als (a) de ondersteuningsbehoefte zo groot is dat de "
                   "reguliere school, ook met inzet van niveau 2 en 3, niet kan voorzien in een ononderbroken "
                   "ontwikkeling, (b) dat blijkt uit een OPP dat ten minste één keer is geëvalueerd, en (c) het vso "
                   "de benodigde combinatie van onderwijs, begeleiding en zo nodig zorg wel kan bieden. Het advies "
                   "van twee deskundigen - een orthopedagoog of psycholoog en, afhankelijk van de leerling, een "
                   "jeugdarts, psychiater of maatschappelijk werker - weegt zwaar. Elke deskundige geeft een eigen "
                   "schriftelijk advies."))
    B.append(('p', "Een TLV vso wordt afgegeven voor maximaal drie schooljaren, eindigend op 31 juli. De "
                   "bekostigingscategorie is laag, tenzij sprake is van een lichamelijke beperking of langdurige "
                   "ziekte (midden) of een meervoudige beperking (hoog)."))
    B.append(('h2', '5.4 Einde van de TLV'))
    B.append(('p', "Een plaatsing in het vso is geen eindstation. Ons uitgangspunt is dat iedere vso-leerling die "
                   "het perspectief heeft op een diploma in het regulier onderwijs de kans krijgt om over te stappen, "
                   "bij voorkeur naar een school dicht bij huis. Voorwaarden zijn dat de leerling dat zelf wil, dat "
                   "het OPP laat zien dat de leerling het niveau aankan en dat de ontvangende school de benodigde "
                   "ondersteuning kan bieden."))
    B.append(('p', "De vso-school bespreekt elk jaar, uiterlijk op 1 februari, in een multidisciplinair overleg met "
                   "ouders, de leerling en de consulent of terugplaatsing of overplaatsing aan de orde is. In het "
                   "laatste jaar van de TLV is dat gesprek verplicht. Ziet het overleg kansen, dan neemt de "
                   "vso-school het initiatief en stelt zij samen met de ontvangende vo-school een overstapplan op. "
                   "De commissie toewijzing stemt in met het plan. De leerling start met een proefplaatsing van "
                   "acht weken; daarna volgt de definitieve inschrijving. Is terugkeer niet mogelijk, dan vraagt de "
                   "vso-school vóór 1 april een nieuwe TLV aan."))
    B.append(('p', "Na de overstap krijgt de ontvangende school gedurende een jaar een terugplaatsingsarrangement: "
                   "een coach vanuit het vso die de leerling en de mentor begeleidt, en een budget voor extra "
                   "begeleidingsuren."))

    B.append(('h1', '6 Kwaliteitszorg en resultaten'))
    B.append(('p', "Kwaliteit begint bij goede gesprekken. In de eerste planperiodes lag de nadruk op het opbouwen "
                   "van routes en voorzieningen; in deze periode willen we scherper krijgen wat die inzet oplevert."))
    B.append(('p', "Het samenwerkingsverband werkt daarom aan een nieuw kwaliteitskader. De beoogde resultaten "
                   "voor 2025-2029 formuleren we in het voorjaar van 2026 samen met de scholen, nadat de "
                   "fusie-organisatie op orde is. Welke indicatoren we daarbij gebruiken en hoe we verslag doen, "
                   "volgt uit dat kader. Tot die tijd sturen wij op de activiteiten uit het jaarplan."))

    B.append(('h1', '7 Ouders en leerlingen'))
    B.append(('p', "Ouders en leerlingen moeten weten welke ondersteuning er is en hoe zij die kunnen krijgen. Wij "
                   "informeren hen op verschillende manieren. Op de website staat per school een overzicht van het "
                   "ondersteuningsaanbod en van de bovenschoolse voorzieningen, met de route ernaartoe. Elk jaar in "
                   "september verspreiden de scholen onze ouderbrochure 'Passend onderwijs in Kempen en Peel', ook in "
                   "een Engelse, Arabische en Poolse versie. Tijdens de informatieavonden over de overstap naar het "
                   "voortgezet onderwijs in november geeft de consulent een presentatie over lwoo, praktijkonderwijs "
                   "en extra ondersteuning. De schoolgids van iedere school bevat een paragraaf over ondersteuning."))
    B.append(('p', "Leerlingen met een OPP hebben hoorrecht: zij geven hun mening over het OPP en die mening wordt "
                   "vastgelegd. In de OPR zitten naast personeelsleden ook ouders en leerlingen."))
    B.append(('p', "Het ouder- en jeugdsteunpunt dat de wet voorschrijft, richten wij in de loop van 2026 in, samen "
                   "met de samenwerkingsverbanden PO. Hoe ouders en jongeren het steunpunt kunnen bereiken, maken we "
                   "bekend zodra de inrichting rond is."))
    B.append(('section', {'cols': 1}))
    B += f_oogo(S, substance=True)
    B.append(('h1', '9 Financieel beleid'))
    B.append(('p', "Het samenwerkingsverband ontvangt middelen voor lichte ondersteuning (waaronder de middelen "
                   "voor lwoo en praktijkonderwijs) en voor zware ondersteuning. Na de verplichte afdrachten aan "
                   "DUO voor het vso verdeelt het samenwerkingsverband de middelen als volgt."))
    B.append(('table', [['Onderdeel', 'Verdeelsleutel', 'Moment'],
                        ['Middelen lwoo en pro', 'Volledig naar de besturen, naar rato van het aantal leerlingen lwoo en pro op 1 oktober', 'januari'],
                        ['Schoolbudget extra ondersteuning', '€ 95 per leerling op 1 oktober, plus vaste voet € 10.000 per vestiging', 'januari'],
                        ['OPDC en Rebound', 'Vast bedrag per beschikbare plaats aan het uitvoerende bestuur', 'augustus'],
                        ['Individuele arrangementen', 'Toekenning per aanvraag door de commissie toewijzing', 'doorlopend']],
          [4.5, 9, 2.5]))
    B.append(('p', "Meerjarenbegroting. De meerjarenbegroting voor de jaren 2026 tot en met 2029 wordt opgesteld "
                   "nadat de fusie financieel is afgerond en wordt na vaststelling in december 2025 aan dit plan "
                   "toegevoegd."))
    B.append(('table', [['Post (x € 1.000)', '2026', '2027', '2028', '2029'],
                        ['Baten', 'p.m.', 'p.m.', 'p.m.', 'p.m.'],
                        ['Afdrachten vso', 'p.m.', 'p.m.', 'p.m.', 'p.m.'],
                        ['Toekenningen aan besturen', 'p.m.', 'p.m.', 'p.m.', 'p.m.'],
                        ['Voorzieningen en bureau', 'p.m.', 'p.m.', 'p.m.', 'p.m.']],
          [6, 2.5, 2.5, 2.5, 2.5]))
    B.append(('p', "De algemene reserve bedroeg eind 2024 € 2,1 miljoen. Het deel boven de signaleringswaarde, circa "
                   "€ 0,8 miljoen, bouwen wij in de planperiode af door extra investeringen in de voorzieningen."))
    B += f_governance(S, opr_parents=True)
    B += f_personeel(S)
    B += f_ict(S)
    B += f_planning(S, [['augustus 2025', 'Start planperiode en fusie-organisatie', 'directeur-bestuurder'],
                        ['december 2025', 'Meerjarenbegroting 2026-2029 vaststellen en toevoegen', 'bestuur, RvT'],
                        ['voorjaar 2026', 'Kwaliteitskader en beoogde resultaten', 'bureau en scholen'],
                        ['2026', 'Inrichting ouder- en jeugdsteunpunt', 'SWV VO en PO'],
                        ['schooljaar 2026-2027', 'Herijking basisondersteuning', 'besturen'],
                        ['voorjaar 2028', 'Evaluatie en voorbereiding nieuw plan', 'allen']])
    B += f_begrippen(S, [
        ['Basisondersteuning', 'Het door de besturen afgesproken niveau van ondersteuning op alle vestigingen.'],
        ['Lwoo', 'Leerwegondersteunend onderwijs.'],
        ['OPDC', 'Orthopedagogisch-didactisch centrum.'],
        ['OJSP', 'Ouder- en jeugdsteunpunt.'],
        ['Onderwijsconsulenten', 'Landelijke organisatie die ouders onafhankelijk adviseert bij problemen met passend onderwijs.'],
        ['Pro', 'Praktijkonderwijs.'],
        ['Resultaten', 'De beoogde en bereikte effecten van de inzet van het SWV voor leerlingen.'],
        ['Meerjarenbegroting', 'Begroting voor ten minste vier jaar, met de verwachte baten en lasten.'],
        ['TLV', 'Toelaatbaarheidsverklaring.'],
        ['Vso', 'Voortgezet speciaal onderwijs.'],
    ])
    crit = {'basisondersteuning.niveau': True, 'basisondersteuning.inhoud': False,
            'plaatsing.procedure': True, 'plaatsing.criteria': True,
            'terugstroom.procedure': True, 'terugstroom.beleid': True,
            'financien.verdeling': True, 'financien.besteding': False,
            'dekkend-aanbod.continuum': True, 'dekkend-aanbod.lacunes': True,
            'resultaten.doelen': False, 'resultaten.monitoring': False,
            'ouders.informatie': True, 'ouders.steunpunt': False}
    adv = {'basisondersteuning': [], 'plaatsing': ['deskundigen', 'duur-categorie'],
           'terugstroom': [], 'financien': ['reserves'],
           'dekkend-aanbod': ['ketenpartners'], 'resultaten': [], 'ouders': ['betrokkenheid']}
    notes = {
        'basisondersteuning': "4.1 defines the SWV-wide minimum for all vestigingen, but the content is only the generic four-aspect definition plus a referral to the SOPs/website and a herijking in 2026-2027.",
        'plaatsing': "Ch. 5: lwoo and pro (national criteria, who applies, 4-week terms) and vso (applicant, dossier, commissie toewijzing, criteria a-c, two deskundigen, max. three years, categorie); no bezwaar route.",
        'terugstroom': "5.4 'Einde van de TLV' inside the TLV chapter: aim and conditions, yearly MDO before 1 February, vso school initiates, commissie agrees, proefplaatsing, one-year arrangement after return.",
        'financien': "Ch. 9 table gives the verdeelsleutel per budget; the meerjarenbegroting is a table full of p.m. to be added after December 2025; reserves EUR 2.1 mln addressed.",
        'dekkend-aanbod': "4.2 levels 1-4 with OPDC, Rebound, pro/lwoo, vso and transitions; 4.3 witte-vlekken analysis twice a year and thuiszittersoverleg; OZA/lokale teams in ch. 8.",
        'resultaten': "Ch. 6 'Kwaliteitszorg en resultaten' only defers: beoogde resultaten and indicators come in spring 2026; no targets or monitoring anywhere; 'Resultaten' only in the begrippenlijst.",
        'ouders': "Ch. 7 describes website per school, yearly ouderbrochure in four languages, information evenings and schoolgids; the OJSP is deferred to 2026 and onderwijsconsulenten appear only in the begrippenlijst.",
    }
    return S, B, crit, adv, notes
