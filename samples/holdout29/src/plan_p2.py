"""P2: VO plan with many voorzieningen (pdf)."""
from filler29 import governance, opr, oogo, personeel, privacy_ict, planning, landelijk, kennisdeling, integriteit, werkwijze_bureau, communicatie_scholen

NAAM = "Samenwerkingsverband Voortgezet Onderwijs Rijn en Lek"
AFK = "SWV Rijn en Lek"


def blocks():
    b = [
        ("title", "Ondersteuningsplan 2026-2030"),
        ("p", f"{NAAM} (VO 26-09)"),
        ("p", "Elke leerling een passende plek. Definitieve versie, april 2026."),
        ("pagebreak", ""),
        ("h1", "Inhoudsopgave"),
        ("bullets", ["1 Inleiding", "2 Het verband en de regio", "3 Visie", "4 Basisondersteuning",
                     "5 Ons aanbod: van school tot OPDC", "6 Toewijzing: vso, lwoo en pro",
                     "7 Terug naar het regulier onderwijs", "8 Geen leerling tussen wal en schip",
                     "9 Ouders en leerlingen", "10 Ambities en beoogde resultaten", "11 Geld en middelen",
                     "12 Organisatie", "13 Medezeggenschap", "14 Gemeenten", "15 Personeel", "16 Privacy",
                     "17 Planning", "Afkortingen"]),
        ("pagebreak", ""),
        ("h1", "1. Inleiding"),
        ("p", "Dit is het ondersteuningsplan van het samenwerkingsverband voortgezet onderwijs Rijn en Lek "
              "voor de schooljaren 2026-2027 tot en met 2029-2030. Het plan beschrijft hoe de scholen samen "
              "zorgen voor passend onderwijs voor alle jongeren in de regio, van de brugklas tot het "
              "examenjaar. Het plan is de opvolger van het plan 2022-2026, dat wij in 2025 hebben "
              "geëvalueerd met scholen, ouders, leerlingen en gemeenten."),
        ("p", "De belangrijkste lessen uit die evaluatie zijn dat de scholen een rijk aanbod van voorzieningen "
              "hebben opgebouwd, maar dat het voor ouders en leerlingen lastig is om de weg te vinden. Ook "
              "bleek dat de overstap van het voortgezet speciaal onderwijs terug naar een reguliere school te "
              "weinig voorkwam. Dit plan geeft daarop een antwoord."),
        ("h1", "2. Het verband en de regio"),
        ("p", "Bij het samenwerkingsverband zijn negen schoolbesturen aangesloten met samen 23 scholen voor "
              "voortgezet onderwijs, twee scholen voor praktijkonderwijs en drie scholen voor voortgezet "
              "speciaal onderwijs. In totaal gaan er ongeveer 17.800 leerlingen naar school in de regio. "
              "Het gebied strekt zich uit over zes gemeenten langs de rivieren, met twee middelgrote steden en "
              "een groot aantal dorpen. Veel leerlingen reizen met de fiets of de bus naar school; het "
              "leerlingenvervoer is daarom een terugkerend onderwerp in het overleg met gemeenten."),
        ("table", [["Leerlingen per 1 oktober 2025", "Aantal"],
                   ["vmbo (incl. lwoo)", "6.420"], ["havo en vwo", "9.870"], ["praktijkonderwijs", "610"],
                   ["voortgezet speciaal onderwijs", "690"], ["leerlingen met lwoo", "1.940"]]),
        ("h1", "3. Visie"),
        ("p", "Wij geloven dat jongeren het beste leren in een omgeving waar zij gezien worden en waar hun "
              "talenten ertoe doen. Passend onderwijs is voor ons geen doel op zich maar een middel om iedere "
              "jongere een diploma, certificaat of passende vervolgstap te laten halen. Wij willen dat scholen "
              "elkaar versterken in plaats van beconcurreren, dat ouders en leerlingen meepraten en dat "
              "ondersteuning zo licht als mogelijk en zo zwaar als nodig is."),
        ("p", "Die visie vraagt iets van iedereen. Van scholen vraagt zij dat ze de handelingsbekwaamheid van "
              "leraren blijven vergroten. Van het samenwerkingsverband vraagt zij dat het voorzieningen "
              "organiseert die een school alleen niet kan bieden. Van ouders en leerlingen vraagt zij dat zij "
              "hun ervaringen en wensen delen. En van gemeenten en jeugdhulp vraagt zij dat de hulp aansluit op "
              "wat er op school gebeurt."),
        ("h1", "4. Basisondersteuning"),
        ("p", "Alle scholen in Rijn en Lek bieden een gelijk, vastgesteld niveau van basisondersteuning. Dat "
              "niveau is de ondergrens: geen enkele locatie mag eronder zitten, en het geldt voor vmbo, havo "
              "en vwo op dezelfde manier. De basisondersteuning wordt uit de reguliere bekostiging en het "
              "schoolbudget betaald; voor leerlingen is geen aanvraag of beschikking nodig."),
        ("p", "Welke voorzieningen daar precies onder vallen, is uitgewerkt in de Kwaliteitskaart "
              "basisondersteuning VO, die als bijlage 2 bij dit plan hoort. Scholen nemen de inhoud van de "
              "kwaliteitskaart over in hun schoolondersteuningsprofiel. De kwaliteitskaart wordt elke twee jaar "
              "herzien door de werkgroep ondersteuningscoördinatoren."),
        ("h1", "5. Ons aanbod: van school tot OPDC"),
        ("p", "Boven op de basisondersteuning heeft de regio een breed aanbod aan voorzieningen opgebouwd. "
              "Samen vormen zij een doorlopende lijn van lichte ondersteuning in de klas tot een plek in het "
              "voortgezet speciaal onderwijs. Wij onderscheiden vier niveaus."),
        ("table", [["Niveau", "Voorziening", "Voor wie", "Duur"],
                   ["1 In de school", "Basisondersteuning volgens de kwaliteitskaart (bijlage 2)", "Alle leerlingen", "Doorlopend"],
                   ["2 Schoolnabij", "Trajectvoorziening op elke vo-school (time-out, eigen werkplek, coach)", "Leerlingen die tijdelijk buiten de klas willen werken", "Max. 10 weken"],
                   ["2 Schoolnabij", "Plusvoorziening vmbo (kleinere klassen, examenbegeleiding)", "Vmbo-leerlingen met uitvalrisico", "1-2 jaar"],
                   ["2 Schoolnabij", "Autismeklassen havo/vwo (twee scholen)", "Leerlingen met ASS en een havo/vwo-advies", "Hele schoolloopbaan"],
                   ["3 Bovenschools", "OPDC De Brug (kleine groepen, gedragsdeskundige)", "Leerlingen die tijdelijk niet in een reguliere klas kunnen leren", "Max. 1 jaar, daarna terug"],
                   ["3 Bovenschools", "Rebound Lekzijde", "Leerlingen na een time-out of schorsing", "Max. 12 weken"],
                   ["3 Bovenschools", "Schakelklas nieuwkomers (ISK-vervolg)", "Nieuwkomers met een vo-perspectief", "1 jaar"],
                   ["3 Bovenschools", "Onderwijs-zorgarrangement 'Op weg'", "Jongeren met een combinatie van onderwijs en jeugdhulp", "Maatwerk, evaluatie elke 3 maanden"],
                   ["4 Speciaal", "Praktijkonderwijs en vso (cluster 3 en 4)", "Leerlingen met een TLV of pro-beschikking", "Volgens TLV"]]),
        ("p", "De voorzieningen op niveau 2 worden door de scholen zelf georganiseerd met het schoolbudget. "
              "De voorzieningen op niveau 3 worden door het samenwerkingsverband gefinancierd en aangestuurd; "
              "plaatsing gebeurt via het Loket Toewijzing. Het OPDC werkt nauw samen met de vso-scholen, "
              "zodat leerlingen en docenten van elkaars expertise gebruik kunnen maken."),
        ("h1", "6. Toewijzing: vso, lwoo en pro"),
        ("h2", "6.1 Toelaatbaarheid vso"),
        ("p", "Een aanvraag voor een toelaatbaarheidsverklaring vso wordt ingediend door het bevoegd gezag van "
              "de school waar de leerling staat ingeschreven of is aangemeld, bij het Loket Toewijzing van "
              "het samenwerkingsverband. De ondersteuningscoördinator stelt het dossier samen met ouders en "
              "leerling; de leerling geeft zelf zijn mening in een gesprek of in een leerlingverklaring. "
              "Binnen tien werkdagen beoordeelt het loket of het dossier compleet is."),
        ("p", "De Commissie van Deskundigen bestaat uit een orthopedagoog-generalist of GZ-psycholoog en een "
              "tweede deskundige (jeugdarts, maatschappelijk werker of kinder- en jeugdpsychiater, afhankelijk "
              "van de vraag). Beide geven een afzonderlijk schriftelijk advies. De directeur-bestuurder neemt "
              "het besluit binnen zes weken na een compleet dossier."),
        ("p", "Een leerling is toelaatbaar tot het vso wanneer (a) de school ten minste zes maanden "
              "ondersteuning op niveau 1 en 2 heeft geboden, vastgelegd in een OPP; (b) een voorziening op "
              "niveau 3 is overwogen en gemotiveerd niet passend of niet toereikend is gebleken; en (c) de "
              "leerling voor het leren structureel een gespecialiseerde, therapeutische of medische omgeving "
              "nodig heeft. De TLV wordt afgegeven voor één, twee of vier schooljaren en vermeldt de "
              "bekostigingscategorie. Tegen het besluit kunnen ouders en school binnen zes weken bezwaar "
              "maken; het samenwerkingsverband is aangesloten bij de Landelijke Bezwaaradviescommissie."),
        ("h2", "6.2 Leerwegondersteuning en praktijkonderwijs"),
        ("p", "Voor lwoo en pro gebruikt het samenwerkingsverband de landelijke criteria voor leerachterstand, "
              "intelligentie en sociaal-emotionele problematiek. De basisschool levert het "
              "onderwijskundig rapport en de toetsgegevens aan; de vo-school dient de aanvraag uiterlijk 1 "
              "maart in. De toewijzingscommissie lwoo/pro beslist binnen vier weken. Een aanwijzing lwoo "
              "geldt voor de hele schoolloopbaan in het vmbo; een toelaatbaarheidsverklaring pro eveneens."),
        ("h1", "7. Terug naar het regulier onderwijs"),
        ("p", "Wij willen dat meer leerlingen na een periode in het vso of het OPDC weer op een reguliere "
              "school leren. Terugkeer is een doel vanaf de eerste dag: bij elke plaatsing wordt in het OPP "
              "vastgelegd onder welke voorwaarden terugkeer mogelijk is. De ontvangende school biedt na de "
              "overstap ten minste een half jaar begeleiding door een vaste coach, betaald uit een "
              "terugkeerbudget van het samenwerkingsverband van € 4.500 per leerling."),
        ("numbers", ["De vso-school evalueert het OPP twee keer per jaar met ouders en leerling en beoordeelt "
                     "daarbij of terugkeer in beeld is.",
                     "In het laatste jaar van de TLV meldt de vso-school uiterlijk op 1 februari bij het "
                     "Loket Toewijzing of de leerling kan terugkeren of dat een verlenging wordt aangevraagd.",
                     "Bij terugkeer zoekt het loket samen met ouders een school en organiseert een "
                     "driegesprek tussen vso-school, ontvangende school en ouders.",
                     "De leerling kan eerst een proefperiode van zes tot acht weken volgen met behoud van de "
                     "vso-plek.",
                     "De TLV eindigt op de einddatum; het samenwerkingsverband evalueert de terugkeer na zes "
                     "maanden met school en ouders."]),
        ("p", "In 2024-2025 zijn 31 leerlingen vanuit het vso of het OPDC teruggekeerd naar een reguliere "
              "school; 26 van hen zaten na een jaar nog steeds op die school."),
        ("h1", "8. Geen leerling tussen wal en schip"),
        ("p", "Ondanks het brede aanbod zijn er jongeren die geen passende plek hebben. Scholen melden iedere "
              "leerling die langer dan drie weken verzuimt aan de leerplichtambtenaar en aan het loket. Het "
              "Regionaal Doorbraakteam bespreekt elke maand alle thuiszitters en wijst per leerling een "
              "regisseur aan. Als een school haar zorgplicht niet kan waarmaken, zoekt het loket binnen vier "
              "weken een alternatief. Eens per jaar maken wij met de besturen een analyse van de leerlingen "
              "voor wie geen plek beschikbaar bleek; die analyse heeft in 2025 geleid tot de uitbreiding van "
              "de autismeklassen en de start van het onderwijs-zorgarrangement 'Op weg'."),
        ("h1", "9. Ouders en leerlingen"),
        ("p", "Ouders en leerlingen zijn volwaardige gesprekspartners. Leerlingen vanaf twaalf jaar worden "
              "gehoord bij het opstellen en evalueren van hun OPP. Ouders nemen deel aan het "
              "ondersteuningsteam en aan de OPR."),
        ("p", "Het samenwerkingsverband informeert ouders via de website, een digitale ouderwijzer met per "
              "school de voorzieningen, informatieavonden in groep 8 van de basisscholen en een jaarlijkse "
              "nieuwsbrief. De scholen beschrijven hun ondersteuning in de schoolgids. Ouders die een "
              "onafhankelijk advies willen, verwijzen wij naar het Ouder- en Jeugdsteunpunt Rivierenland, "
              "dat zelfstandig werkt, en naar de Onderwijsconsulenten. Klachten kunnen worden ingediend bij de "
              "landelijke klachtencommissie waarbij alle besturen zijn aangesloten."),
        ("h1", "10. Ambities en beoogde resultaten"),
        ("p", "Voor deze planperiode hebben wij de volgende beoogde resultaten vastgesteld voor leerlingen die "
              "extra ondersteuning nodig hebben:"),
        ("bullets", ["In 2030 keert ten minste 15% van de vso-leerlingen binnen vier jaar terug naar het "
                     "regulier onderwijs (nu 9%).",
                     "Er zijn in 2030 geen leerlingen die langer dan drie maanden thuiszitten.",
                     "Ten minste 85% van de leerlingen met lwoo behaalt een diploma in de leerweg waarin zij "
                     "zijn begonnen.",
                     "Ten minste 90% van de leerlingen die het OPDC verlaten, stroomt binnen een jaar door naar "
                     "een reguliere school of een mbo-opleiding."]),
        ("p", "Op welke wijze wij de voortgang op deze ambities gaan volgen en waar wij erover rapporteren, "
              "leggen wij vast in een kwaliteitskader dat in de loop van 2027 verschijnt."),
        ("h1", "11. Geld en middelen"),
        ("p", "Het samenwerkingsverband verdeelt de ondersteuningsmiddelen volgens drie principes: geld volgt "
              "de leerling, zo veel mogelijk naar de scholen, en solidariteit tussen scholen. Concreet krijgt "
              "iedere school een schoolbudget van € 140 per leerling plus € 310 per leerling met lwoo. De "
              "voorzieningen op niveau 3 worden centraal gefinancierd: OPDC De Brug en de rebound ontvangen een "
              "vast budget per plaats (€ 14.200 per plaats per jaar). Onderwijs-zorgarrangementen worden per "
              "leerling toegekend door het Loket Toewijzing als aan de criteria in hoofdstuk 6 en het "
              "arrangementenkader is voldaan. Scholen leggen jaarlijks verantwoording af over het "
              "schoolbudget in een format van het samenwerkingsverband."),
        ("p", "De meerjarenbegroting en de stand van de reserves worden ieder jaar in december door het bestuur "
              "vastgesteld en op de website gepubliceerd; zij maken daarom geen deel uit van dit plan."),
    ]
    b += governance(NAAM, AFK, 9, 28, "vereniging")
    b += opr(NAAM, AFK, vo=True)
    b += oogo(AFK, "Culemborg, Vianen, Lopik, IJsselstein, Houten en Nieuwegein (fictieve indeling)")
    b += landelijk(AFK)
    b += kennisdeling(AFK)
    b += integriteit(AFK)
    b += werkwijze_bureau(AFK)
    b += communicatie_scholen(AFK)
    b += personeel(AFK)
    b += privacy_ict(AFK)
    b += planning(AFK, 2026, 2030)
    b += [("h1", "Afkortingen"),
          ("table", [["Afkorting", "Betekenis"], ["lwoo", "leerwegondersteunend onderwijs"],
                     ["OPDC", "orthopedagogisch-didactisch centrum"], ["OPP", "ontwikkelingsperspectiefplan"],
                     ["pro", "praktijkonderwijs"], ["TLV", "toelaatbaarheidsverklaring"],
                     ["vso", "voortgezet speciaal onderwijs"], ["OJSP", "ouder- en jeugdsteunpunt"]])]
    return b
