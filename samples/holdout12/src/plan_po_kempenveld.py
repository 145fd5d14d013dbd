"""Plan 3: PO, .docx with most content in tables (arrangementen matrix, TLV steps with termijnen, begroting)."""

NAME = "po-kempenveld-op2024"
SWV = "Samenwerkingsverband Primair Passend Onderwijs Kempenveld"

BLOCKS = [
    ("title", [
        "Ondersteuningsplan Kempenveld 2024-2028",
        SWV + " (PO 30-07)",
        "Concept ter instemming aan de OPR, maart 2024",
    ]),
    ("toc", [
        "1. Inleiding en leeswijzer",
        "2. Visie en ambities",
        "3. Organisatie en governance",
        "4. Basisondersteuning",
        "5. Ondersteuningsaanbod en arrangementen",
        "6. Toelaatbaarheid sbo en so",
        "7. Terugplaatsing",
        "8. Beoogde resultaten",
        "9. Financiën en meerjarenbegroting",
        "10. Ouders",
        "11. OOGO en samenwerking met ketenpartners",
        "12. Personeel en medezeggenschap",
        "13. Privacy",
        "14. Planning",
        "Begrippenlijst",
    ]),
    ("h1", "1. Inleiding en leeswijzer"),
    ("p", "In dit ondersteuningsplan beschrijft " + SWV + " hoe de negen aangesloten schoolbesturen in de "
          "periode 2024-2028 passend onderwijs organiseren voor ruim 11.000 leerlingen in 52 basisscholen, "
          "één school voor speciaal basisonderwijs en twee scholen voor speciaal onderwijs. Wij hebben "
          "gekozen voor een compact plan waarin de afspraken zoveel mogelijk in overzichtelijke tabellen "
          "staan. Zo is in één oogopslag te zien wie wat doet, binnen welke termijn en met welk budget."),
    ("p", "Hoofdstuk 2 beschrijft onze visie. Hoofdstuk 3 gaat over de organisatie. In de hoofdstukken 4 tot "
          "en met 10 staan de afspraken over basisondersteuning, arrangementen, toelaatbaarheid, "
          "terugplaatsing, resultaten, financiën en ouders. Hoofdstuk 11 gaat over de samenwerking met de "
          "gemeenten en hoofdstuk 12 over personeel en medezeggenschap. Achterin vindt u een begrippenlijst."),
    ("p", "Dit plan is het resultaat van een jaar lang samen werken. Directeuren, intern begeleiders, "
          "leraren, ouders en gemeenten hebben in werksessies meegedacht over de afspraken in dit plan. De "
          "OPR heeft de concepten in drie rondes besproken en schriftelijk gereageerd. Waar dit plan spreekt "
          "over 'de school', bedoelen wij het bevoegd gezag van die school, tenzij anders vermeld. Waar het "
          "plan spreekt over 'ouders', bedoelen wij ook verzorgers en voogden."),
    ("h1", "2. Visie en ambities"),
    ("p", "Kempenveld staat voor onderwijs dat aansluit bij wat kinderen nodig hebben. Wij willen dat kinderen "
          "zoveel mogelijk samen naar school gaan in hun eigen omgeving. Dat vraagt om sterke scholen met "
          "leraren die zich gesteund voelen. Het samenwerkingsverband is er om scholen te helpen, niet om "
          "scholen te controleren. Daarbij gaan we uit van vertrouwen en van korte lijnen."),
    ("p", "Onze ambities voor deze planperiode zijn: de basisondersteuning op alle scholen versterken; "
          "expertise uit het sbo en so dichter bij de basisscholen brengen; de procedures eenvoudiger en "
          "sneller maken; en de samenwerking met de gemeenten en de jeugdhulp verdiepen. Waar mogelijk "
          "bundelen we onze krachten met het samenwerkingsverband voortgezet onderwijs in de regio."),
    ("p", "De regio Kempenveld is landelijk, met zes gemeenten en veel kleine dorpsscholen. Ongeveer een "
          "derde van de basisscholen heeft minder dan honderd leerlingen. Dat vraagt om slimme samenwerking: "
          "niet iedere kleine school kan alle expertise zelf in huis hebben. Daarom organiseren wij expertise "
          "in netwerken van scholen die dicht bij elkaar liggen, de zogenoemde clusters. Er zijn zeven "
          "clusters, elk met een vaste orthopedagoog en ambulant begeleider."),
    ("table", ["Cluster", "Aantal scholen", "Aantal leerlingen (1-10-2023)"], [
        ["Noord", "8", "1.620"], ["Oost", "7", "1.510"], ["Zuid", "9", "1.880"], ["West", "6", "1.340"],
        ["Centrum", "10", "2.450"], ["Beekdal", "6", "1.190"], ["Heide", "6", "1.230"],
    ]),
    ("table", ["Kernwaarde", "Wat betekent dat?"], [
        ["Dichtbij", "Ondersteuning zo dicht mogelijk bij de leerling, in de eigen groep en de eigen school"],
        ["Samen", "Scholen, ouders, gemeenten en zorgpartners werken als één team rond het kind"],
        ["Eenvoudig", "Zo min mogelijk formulieren; een aanvraag kost een school niet meer dan een uur"],
        ["Deskundig", "Leraren en IB'ers worden ondersteund door orthopedagogen en ambulant begeleiders"],
    ]),
    ("h1", "3. Organisatie en governance"),
    ("p", "Het samenwerkingsverband is een stichting met een directeur-bestuurder en een raad van toezicht. "
          "De negen schoolbesturen vormen samen de algemene vergadering, die het ondersteuningsplan en de "
          "begroting goedkeurt. Het bureau van het samenwerkingsverband is gevestigd in Eersel-Noord."),
    ("table", ["Orgaan", "Samenstelling", "Taken"], [
        ["Directeur-bestuurder", "1 persoon", "Dagelijkse leiding, uitvoering ondersteuningsplan, besluiten TLV op advies CvT"],
        ["Raad van toezicht", "5 leden, onafhankelijk", "Toezicht op bestuur, goedkeuring begroting en jaarrekening"],
        ["Algemene vergadering", "9 schoolbesturen", "Goedkeuring ondersteuningsplan, verdeelmodel en begroting"],
        ["Commissie van Toelaatbaarheid (CvT)", "Voorzitter, 2 orthopedagogen, GZ-psycholoog, jeugdarts", "Advies over TLV-aanvragen"],
        ["Ondersteuningsplanraad (OPR)", "5 ouders, 5 personeelsleden", "Instemming ondersteuningsplan"],
        ["Netwerk intern begeleiders", "Alle IB'ers", "Kennisdeling, 4 bijeenkomsten per jaar"],
    ]),
    ("p", "De directeur-bestuurder voert eens per jaar met ieder schoolbestuur een bestuursgesprek over de "
          "samenwerking. De raad van toezicht werkt met een toezichtkader en heeft een auditcommissie die de "
          "begroting en de jaarrekening voorbereidt. De leden van de raad worden benoemd voor vier jaar en "
          "zijn eenmaal herbenoembaar."),
    ("p", "De OPR vergadert vijf keer per jaar. De leden worden gekozen door de medezeggenschapsraden van de "
          "scholen. De OPR heeft een eigen reglement en een jaarlijks scholingsbudget van € 5.000. De "
          "directeur-bestuurder overlegt ten minste twee keer per jaar met de OPR over de algemene gang van "
          "zaken in het samenwerkingsverband."),
    ("h1", "4. Basisondersteuning"),
    ("p", "Basisondersteuning is het niveau van ondersteuning dat alle scholen in Kempenveld, op al hun "
          "vestigingen, ten minste bieden. De schoolbesturen hebben dit niveau samen afgesproken en het is "
          "voor alle scholen gelijk. In de tabel staat per domein wat ouders op iedere school mogen "
          "verwachten."),
    ("table", ["Domein", "Wat iedere school ten minste biedt", "Wie"], [
        ["Ondersteuningsstructuur", "IB'er (minimaal 1 dag per week per 150 leerlingen); zorgteam dat 6 keer per jaar bijeenkomt", "Directeur, IB'er"],
        ["Handelingsgericht werken", "Groepsplannen of groepsoverzichten, 3 groepsbesprekingen per jaar, leerlingvolgsysteem", "Leraar, IB'er"],
        ["Lezen en dyslexie", "Dyslexieprotocol, RT in de groep, vroegtijdige signalering en verwijzing naar EED-zorg", "Leraar, leesspecialist"],
        ["Rekenen en dyscalculie", "Protocol ernstige reken-wiskundeproblemen, aanpassingen in instructie en toetsing", "Leraar, rekenspecialist"],
        ["Gedrag en sociale veiligheid", "Methode sociaal-emotionele ontwikkeling, pestprotocol, gedragsspecialist op bestuursniveau", "Leraar, gedragsspecialist"],
        ["Meer- en hoogbegaafdheid", "Signalering (SiDi-protocol), compacten en verrijken in de groep", "Leraar, IB'er"],
        ["Taal en NT2", "Extra taalaanbod in de groep, woordenschatonderwijs", "Leraar"],
        ["Medische ondersteuning", "Protocol medisch handelen, afspraken met ouders over medicijngebruik", "Directeur"],
        ["Eigen leerlijn", "OPP voor leerlingen met een eigen leerlijn, jaarlijks geëvalueerd met ouders", "IB'er"],
        ["Externe expertise", "Consultatie orthopedagoog samenwerkingsverband binnen 15 schooldagen", "SWV"],
    ]),
    ("p", "Scholen beschrijven in hun SOP hoe zij de basisondersteuning invullen en welke extra "
          "ondersteuning zij bieden. Het samenwerkingsverband bespreekt het SOP tweejaarlijks met iedere "
          "school."),
    ("h1", "5. Ondersteuningsaanbod en arrangementen"),
    ("p", "Wanneer de basisondersteuning niet voldoende is, kan de school extra ondersteuning inzetten. De "
          "onderstaande matrix geeft het hele aanbod weer, van lichte extra ondersteuning op de eigen school tot "
          "plaatsing in het speciaal (basis)onderwijs."),
    ("table", ["Niveau", "Arrangement / voorziening", "Voor wie", "Toewijzing", "Financiering"], [
        ["1", "Basisondersteuning", "Alle leerlingen", "School zelf", "Lumpsum school en schoolbudget"],
        ["2", "Schoolarrangement (extra begeleiding, onderwijsassistent)", "Leerlingen met OPP", "School, na bespreking zorgteam", "Schoolbudget € 130 per leerling"],
        ["3", "Ambulante begeleiding door sbo/so", "Leerlingen met gedrags- of ontwikkelingsvraag", "Loket SWV", "Arrangementenbudget"],
        ["3", "Individueel arrangement (maatwerk, max. 1 jaar)", "Leerlingen met complexe vraag", "Loket SWV, na aanvraag", "Arrangementenbudget"],
        ["4", "Taalklas Kempenveld (4 dagdelen per week)", "Nieuwkomers 6-12 jaar", "Loket SWV", "Bovenschools budget"],
        ["4", "Plusgroep (1 dag per week)", "Hoogbegaafde leerlingen groep 5-8", "Loket SWV", "Bovenschools budget"],
        ["4", "Observatieklas De Vlinder (max. 20 weken)", "Jonge leerlingen 4-7 jaar", "Loket SWV", "Bovenschools budget + gemeente"],
        ["5", "Speciaal basisonderwijs De Regenboog", "Leerlingen met TLV sbo", "CvT / directeur-bestuurder", "DUO + afdracht"],
        ["5", "Speciaal onderwijs cluster 3 en 4 (2 scholen)", "Leerlingen met TLV so", "CvT / directeur-bestuurder", "DUO (afdracht)"],
    ]),
    ("p", "Aanvragen voor niveau 3 en 4 gaan via het Loket van het samenwerkingsverband. Het Loket besluit "
          "binnen vier weken. Het zorgteam van de school stelt de aanvraag op samen met ouders."),
    ("h2", "Overstap naar het voortgezet onderwijs"),
    ("p", "Voor leerlingen uit het sbo en so en voor leerlingen met een arrangement geldt een vaste route "
          "naar het voortgezet onderwijs."),
    ("table", ["Wanneer", "Wie", "Wat"], [
        ["Groep 7, juni", "IB'er met ouders", "Eerste gesprek over het voortgezet onderwijs en ondersteuningsbehoefte"],
        ["Groep 8, november", "Basisschool", "Voorlopig schooladvies, aanmelding overstapoverleg"],
        ["Groep 8, februari", "Basisschool en vo-school", "Warme overdracht, groeidocument naar vo-school"],
        ["Groep 8, maart", "Vo-school", "Besluit over toelating en ondersteuning"],
    ]),
    ("h1", "6. Toelaatbaarheid sbo en so"),
    ("p", "De aanvraag voor een toelaatbaarheidsverklaring (TLV) doorloopt de stappen in onderstaande tabel."),
    ("table", ["Stap", "Wie", "Wat", "Termijn"], [
        ["1", "School (bevoegd gezag)", "Bespreekt de leerling in het zorgteam met ouders en orthopedagoog; stelt OPP en groeidocument op", "-"],
        ["2", "School", "Dient de aanvraag digitaal in bij het Loket met OPP, groeidocument en zienswijze ouders", "-"],
        ["3", "Loket", "Controleert volledigheid en bevestigt ontvangst", "Binnen 5 werkdagen"],
        ["4", "Twee deskundigen", "Orthopedagoog of GZ-psycholoog en tweede deskundige (jeugdarts, maatschappelijk werker of kinderpsychiater) geven ieder een schriftelijk advies", "Binnen 3 weken"],
        ["5", "CvT", "Bespreekt de aanvraag en adviseert de directeur-bestuurder", "Binnen 4 weken na ontvangst"],
        ["6", "Directeur-bestuurder", "Neemt besluit; stelt duur en (bij so) bekostigingscategorie vast", "Binnen 6 weken na ontvangst"],
        ["7", "Loket", "Stuurt besluit en adviezen aan school en ouders", "Binnen 2 werkdagen na besluit"],
    ]),
    ("p", "De CvT toetst iedere aanvraag aan de criteria in de volgende tabel."),
    ("table", ["Voorziening", "Criteria voor toelaatbaarheid", "Duur TLV"], [
        ["Sbo", "Basisondersteuning en minimaal één arrangement niveau 3 zijn ingezet en geëvalueerd; OPP laat zien dat de leerling in een kleinere groep met meer structuur beter tot ontwikkeling komt; achterstand van minimaal 1 jaar op ten minste twee vakgebieden of ernstige stagnatie in gedrag", "Tot einde basisschoolperiode"],
        ["So cluster 3 (laag/midden/hoog)", "Verstandelijke beperking (IQ < 70), lichamelijke beperking of langdurige ziekte, waardoor intensieve specialistische ondersteuning en zorg nodig is die het regulier onderwijs en sbo niet kunnen bieden", "2 schooljaren; bij EMB tot einde schoolloopbaan"],
        ["So cluster 4 (laag)", "Ernstige gedrags- of psychiatrische problematiek die een langdurige, specialistische aanpak vraagt, aangetoond met OPP en deskundigenadvies", "2 schooljaren"],
    ]),
    ("h1", "7. Terugplaatsing"),
    ("p", "Het samenwerkingsverband vindt het belangrijk dat leerlingen in het sbo en so, als dat kan, "
          "terugkeren naar een reguliere basisschool dicht bij huis. Terugplaatsing vindt plaats als het OPP "
          "laat zien dat de leerling zich zo ontwikkeld heeft dat de ondersteuning op een basisschool kan "
          "worden geboden, en als ouders en de ontvangende school akkoord zijn. Na terugkeer krijgt de leerling "
          "een overgangsarrangement van maximaal één schooljaar."),
    ("table", ["Moment", "Wie", "Wat"], [
        ["Jaarlijks (evaluatie OPP, voor 1 maart)", "Sbo/so-school met ouders", "Bespreekt of terugplaatsing haalbaar is"],
        ["Laatste jaar TLV (voor 1 februari)", "Sbo/so-school", "Meldt bij het Loket of de leerling terugkeert, overstapt of een nieuwe TLV nodig heeft"],
        ["Bij besluit tot terugplaatsing", "Sbo/so-school, ontvangende school, ouders", "Warme overdracht, overgangsarrangement aanvragen bij het Loket"],
        ["Na 3 en 6 maanden", "Ontvangende school, ambulant begeleider", "Evaluatie van het overgangsarrangement"],
        ["Einde TLV", "Loket", "Registreert afloop TLV of nieuwe aanvraag via procedure hoofdstuk 6"],
    ]),
    ("h1", "8. Beoogde resultaten"),
    ("p", "p.m. - Dit hoofdstuk wordt na vaststelling van het jaarplan 2024-2025 aangevuld."),
    ("h1", "9. Financiën en meerjarenbegroting"),
    ("p", "Het samenwerkingsverband verdeelt de middelen volgens het verdeelmodel in de tabel hieronder. Het "
          "verdeelmodel is vastgesteld door de algemene vergadering en wordt jaarlijks bij de begroting "
          "herzien."),
    ("table", ["Onderdeel verdeelmodel", "Criterium", "Bedrag 2024"], [
        ["Schoolbudget", "Per leerling op teldatum 1 oktober", "€ 130 per leerling"],
        ["Vaste voet", "Per vestiging", "€ 6.500 per vestiging"],
        ["Arrangementenbudget", "Toekenning door Loket op basis van aanvraag en ondersteuningsbehoefte", "Plafond € 1.450.000"],
        ["Bovenschoolse voorzieningen", "Aantal plaatsen per voorziening", "€ 14.000 per plaats"],
    ]),
    ("p", "De meerjarenbegroting laat zien waaraan de middelen worden besteed (bedragen in euro's)."),
    ("table", ["Post", "2024", "2025", "2026", "2027"], [
        ["Baten lichte en zware ondersteuning", "10.840.000", "10.700.000", "10.560.000", "10.430.000"],
        ["Afdrachten so en sbo (DUO)", "4.210.000", "4.180.000", "4.150.000", "4.120.000"],
        ["Schoolbudgetten en vaste voet", "1.776.000", "1.752.000", "1.730.000", "1.705.000"],
        ["Arrangementen niveau 3", "1.450.000", "1.450.000", "1.450.000", "1.450.000"],
        ["Bovenschoolse voorzieningen niveau 4", "980.000", "1.008.000", "1.008.000", "1.008.000"],
        ["Ambulante begeleiding sbo/so", "860.000", "860.000", "860.000", "860.000"],
        ["Overgangsarrangementen terugplaatsing", "95.000", "95.000", "100.000", "100.000"],
        ["Bureau en personeel SWV", "1.310.000", "1.330.000", "1.350.000", "1.370.000"],
        ["Saldo", "159.000", "25.000", "-88.000", "-183.000"],
    ]),
    ("p", "De reserve bedroeg op 31 december 2023 € 1.120.000. De tekorten vanaf 2026 worden uit de reserve "
          "gedekt. Schoolbesturen verantwoorden de besteding van het schoolbudget jaarlijks in hun "
          "bestuursverslag."),
    ("h1", "10. Ouders"),
    ("p", "Ouders zijn de eerste partner van de school. Het samenwerkingsverband informeert ouders op "
          "verschillende manieren over de ondersteuning die scholen en het samenwerkingsverband bieden."),
    ("table", ["Kanaal", "Inhoud", "Wanneer"], [
        ["Website swvkempenveld.nl, pagina 'Voor ouders'", "Overzicht basisondersteuning, arrangementen, voorzieningen en TLV-procedure", "Doorlopend"],
        ["Ouderfolder 'Passend onderwijs in Kempenveld'", "Uitleg in eenvoudige taal, ook in het Engels, Pools en Arabisch", "Bij aanmelding op school"],
        ["Schoolgids en SOP", "Ondersteuning op de eigen school", "Jaarlijks"],
        ["Informatieavond", "Ondersteuning en overstap naar vo", "Jaarlijks in oktober"],
        ["Gesprek met IB'er", "Persoonlijke vragen over het kind", "Op verzoek"],
    ]),
    ("p", "Voor onafhankelijke ondersteuning van ouders verwijzen wij naar bijlage 6."),
    ("h1", "11. OOGO en samenwerking met ketenpartners"),
    ("p", "Het samenwerkingsverband heeft het concept van dit plan op 5 maart 2024 in het OOGO besproken met "
          "de zes gemeenten. Gemeenten en samenwerkingsverband maken afspraken in een gezamenlijke agenda."),
    ("table", ["Thema", "Afspraak", "Trekker"], [
        ["Jeugdhulp op school", "Iedere school heeft een vaste jeugdhulpverlener uit het lokale team", "Gemeenten"],
        ["Observatieklas De Vlinder", "Gemeenten betalen de zorgcomponent (€ 90.000 per jaar)", "SWV en gemeenten"],
        ["Leerlingenvervoer", "Afstemming bij plaatsing in sbo/so", "Gemeenten"],
        ["Huisvesting", "Ruimte voor bovenschoolse voorzieningen", "Gemeenten en besturen"],
    ]),
    ("p", "Het samenwerkingsverband overlegt daarnaast met het samenwerkingsverband voortgezet onderwijs "
          "over de overstap van leerlingen met een ondersteuningsbehoefte. Beide samenwerkingsverbanden hebben "
          "een gezamenlijke werkgroep die drie keer per jaar bijeenkomt en werkt aan een gezamenlijk "
          "groeidocument."),
    ("p", "Ook met de kinderopvang en de voorschoolse educatie zijn afspraken gemaakt, zodat peuters met een "
          "ondersteuningsbehoefte goed worden overgedragen aan de basisschool."),
    ("table", ["Partner", "Afspraak", "Frequentie"], [
        ["Kinderopvang en peuteropvang", "Warme overdracht van peuters met een ondersteuningsbehoefte, met toestemming van ouders", "Bij iedere overstap"],
        ["Jeugdgezondheidszorg", "Jeugdverpleegkundige neemt deel aan het zorgteam van de school", "6 keer per jaar"],
        ["Jeugd-GGZ", "Consultatie voor leerkrachten en IB'ers over kinderen met psychische klachten", "Op aanvraag"],
        ["Logopedie", "Screening in groep 2 op iedere school", "Jaarlijks"],
        ["Samenwerkingsverband vo", "Gezamenlijke werkgroep overstap en groeidocument", "3 keer per jaar"],
    ]),
    ("p", "De gemeenten en het samenwerkingsverband hebben afgesproken dat zij geschillen over de uitvoering "
          "van deze afspraken eerst in het bestuurlijk overleg bespreken. Komen zij er niet uit, dan vragen zij "
          "een onafhankelijke bemiddelaar om advies, zoals vastgelegd in de OOGO-procedure."),
    ("h1", "12. Personeel en medezeggenschap"),
    ("p", "Het bureau van het samenwerkingsverband heeft 11 fte, waaronder vier orthopedagogen en vijf "
          "ambulant begeleiders. Medewerkers volgen jaarlijks scholing. Leraren en IB'ers kunnen deelnemen "
          "aan de Kempenveld Leergang over gedrag en hoogbegaafdheid."),
    ("p", "De OPR telt tien leden. De helft is ouder, de helft personeelslid. De OPR heeft instemmingsrecht op "
          "het ondersteuningsplan en adviesrecht op de begroting."),
    ("table", ["Professionaliseringsaanbod", "Doelgroep", "Omvang"], [
        ["Kempenveld Leergang gedrag", "Leraren groep 1-8", "6 bijeenkomsten"],
        ["Leergang hoogbegaafdheid", "Leraren en IB'ers", "5 bijeenkomsten"],
        ["Netwerk intern begeleiders", "IB'ers", "4 bijeenkomsten per jaar"],
        ["Intervisie directeuren", "Directeuren", "3 bijeenkomsten per jaar"],
        ["Training OPP schrijven", "IB'ers, leraren", "2 bijeenkomsten"],
    ]),
    ("p", "Het samenwerkingsverband werkt samen met de pabo in de regio. Studenten kunnen stage lopen in het "
          "sbo en so en in de bovenschoolse voorzieningen. Zo maken toekomstige leraren al tijdens hun "
          "opleiding kennis met leerlingen die extra ondersteuning nodig hebben."),
    ("h1", "13. Privacy"),
    ("p", "Het samenwerkingsverband verwerkt alleen de gegevens die nodig zijn voor de beoordeling van "
          "aanvragen voor arrangementen en TLV's. De gegevens worden bewaard in een beveiligd digitaal "
          "systeem."),
    ("table", ["Gegevens", "Doel", "Bewaartermijn"], [
        ["Aanvraag arrangement", "Toekenning arrangement", "2 jaar na afloop arrangement"],
        ["Aanvraag TLV met OPP en deskundigenadviezen", "Besluit toelaatbaarheid", "3 jaar na besluit"],
        ["Medische gegevens", "Besluit toelaatbaarheid", "3 jaar na besluit"],
        ["Gegevens observatieklas", "Advies over passende plek", "2 jaar na uitstroom"],
    ]),
    ("h1", "14. Planning"),
    ("table", ["Activiteit", "Datum"], [
        ["Bespreking concept in algemene vergadering", "13 februari 2024"],
        ["OOGO met gemeenten", "5 maart 2024"],
        ["Overleg SWV voortgezet onderwijs", "12 maart 2024"],
        ["Instemming OPR", "26 maart 2024"],
        ["Vaststelling directeur-bestuurder, goedkeuring RvT", "9 april 2024"],
        ["Toezending inspectie", "Voor 1 mei 2024"],
        ["Looptijd", "1 augustus 2024 - 31 juli 2028"],
    ]),
    ("h1", "Begrippenlijst"),
    ("table", ["Begrip", "Betekenis"], [
        ["Beoogde resultaten", "Wat het samenwerkingsverband wil bereiken voor leerlingen met een ondersteuningsbehoefte"],
        ["Dekkend aanbod", "Een netwerk van voorzieningen waarin voor iedere leerling een passende plek is"],
        ["OJSP", "Ouder- en jeugdsteunpunt: onafhankelijk steunpunt waar ouders met vragen en bij onenigheid terechtkunnen"],
        ["Onderwijsconsulent", "Onafhankelijk adviseur voor ouders bij een vastgelopen schoolsituatie"],
        ["Thuiszitter", "Leerplichtige leerling die zonder geldige reden niet naar school gaat"],
        ["Zorgplicht", "De plicht van het schoolbestuur om een passende plek te bieden of te zoeken"],
        ["TLV", "Toelaatbaarheidsverklaring"],
        ["Monitoring", "Het systematisch volgen van resultaten"],
    ]),
]

LABEL = {
    "documents": [NAME + ".docx"],
    "sector": "po",
    "looks_like_plan": True,
    "elements": {"basisondersteuning": "present", "plaatsing": "present", "terugstroom": "present",
                 "financien": "present", "dekkend-aanbod": "partial", "resultaten": "missing",
                 "ouders": "partial"},
    "criteria": {
        "basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
        "plaatsing.procedure": True, "plaatsing.criteria": True,
        "terugstroom.procedure": True, "terugstroom.beleid": True,
        "financien.verdeling": True, "financien.besteding": True,
        "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": False,
        "resultaten.doelen": False, "resultaten.monitoring": False,
        "ouders.informatie": True, "ouders.steunpunt": False,
    },
    "advisory_addressed": {
        "basisondersteuning": ["borging"],
        "plaatsing": ["deskundigen", "duur-categorie"],
        "financien": ["reserves", "verantwoording"],
        "dekkend-aanbod": ["ketenpartners"],
        "ouders": ["betrokkenheid"],
    },
    "notes": {
        "basisondersteuning": "Ch. 4: minimum for all vestigingen plus a 10-row table of what every school offers.",
        "plaatsing": "Ch. 6: 7-step TLV table with termijnen and deciding body, criteria table for sbo/so; no bezwaar route anywhere.",
        "terugstroom": "Ch. 7: policy and conditions in prose plus a table of moments/actors (yearly OPP check, last TLV year, evaluations, end of TLV).",
        "financien": "Ch. 9: verdeelmodel table (per leerling, vaste voet, Loket) and a 2024-2027 begroting table with amounts.",
        "dekkend-aanbod": "Ch. 5 arrangementen matrix covers the continuum; nothing on gaps, thuiszitters or zorgplicht except in the begrippenlijst.",
        "resultaten": "Ch. 8 'Beoogde resultaten' is only 'p.m.'; no monitoring text; 'Monitoring' appears only in TOC/begrippenlijst; the 'ambities' in ch. 2 are organisational priorities, not results for pupils.",
        "ouders": "Ch. 10 channel table addresses informatie; independent support only 'zie bijlage 6', which is not included; OJSP/Onderwijsconsulent only in the begrippenlijst (the 'onafhankelijke bemiddelaar' in ch. 11 is for SWV-gemeente disputes).",
    },
}
