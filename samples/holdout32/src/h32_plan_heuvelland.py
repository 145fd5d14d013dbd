"""Plan C: PO, list-heavy (bullets without full sentences). docx only.

Intended labels: basisondersteuning present (bullets), plaatsing present (criteria only in a table),
terugstroom partial (procedure yes, beleid deferred), financien partial (ONLY a begroting table, no
allocation model), dekkend-aanbod partial (continuum yes, no gap handling), resultaten present,
ouders missing (chapter deferred).
"""
from h32_common import Doc, governance, personeel, ict_privacy, planning, totstandkoming, ict_systems_default, wettelijk_kader, landelijke_ontwikkelingen, kennisdeling, bureau_huisvesting

NAAM = "Samenwerkingsverband Passend Onderwijs Heuvelland PO"
KORT = "Heuvelland PO"


def build():
    d = Doc("Ondersteuningsplan Heuvelland PO 2026-2030",
            header="Heuvelland PO (PO 31-09) - Ondersteuningsplan 2026-2030",
            footer="Ondersteuningsplan Heuvelland PO - ouders - middelen - terugplaatsing - thuiszitters")
    d.titlepage("Ondersteuningsplan Heuvelland PO",
                "2026-2030",
                NAAM + " (PO 31-09)",
                "Versie ter vaststelling, 12 maart 2026")
    d.toc([
        "1 Inleiding",
        "2 Heuvelland PO in het kort",
        "3 Terugblik plan 2022-2026",
        "4 Visie",
        "5 Basisondersteuning",
        "6 Ondersteuningsniveaus en voorzieningen",
        "7 Toewijzing en toelaatbaarheid",
        "7.5 Terugplaatsing",
        "8 Financiën",
        "9 Ouders",
        "10 Resultaten en monitoring",
        "11 Samenwerking gemeenten en jeugdhulp",
        "12 Organisatie",
        "13 Personeel en kennisdeling",
        "14 ICT en privacy",
        "15 Jaarkalender",
        "16 Totstandkoming",
        "17 Wettelijk kader en leeswijzer",
        "18 Landelijke ontwikkelingen",
        "19 Kennisdeling en netwerken",
        "20 Bureau en huisvesting",
        "Bijlage 1 Begrippenlijst",
    ])
    d.pb()

    d.h1("1 Inleiding")
    d.p("Dit ondersteuningsplan beschrijft de afspraken van de 9 schoolbesturen in Heuvelland PO over passend "
        "onderwijs voor de periode 1 augustus 2026 tot en met 31 juli 2030. Het plan is compact. Afspraken staan "
        "zoveel mogelijk in lijsten en tabellen; toelichting alleen waar nodig.")
    d.ul([
        "doel van het plan: gezamenlijke afspraken vastleggen",
        "voor wie: scholen, besturen, gemeenten, partners",
        "looptijd: vier schooljaren",
        "wijzigingen: via jaarlijkse voortgangsparagraaf",
        "leeswijzer: hoofdstuk 5 t/m 10 bevatten de kern",
    ])
    d.p("Het plan bouwt voort op het vorige plan. Veel afspraken blijven gelijk; nieuw zijn de herziene "
        "ondersteuningsniveaus, een aangescherpte toewijzingsroute en een vaste monitor.",
        "De schrijfgroep bestond uit twee directeuren, drie intern begeleiders, een bestuurder en de directeur "
        "van het samenwerkingsverband. De groep kwam tussen september 2025 en januari 2026 zeven keer bijeen. "
        "Tussentijds zijn de concepten besproken in het directeurenoverleg en in het algemeen bestuur. De "
        "opmerkingen uit die rondes zijn verwerkt; waar keuzes nog open liggen, staat dat in de tekst. Wij "
        "hebben bewust gekozen voor een compacte vorm met veel opsommingen, zodat het plan ook in de praktijk "
        "van alledag bruikbaar is en niet in een la verdwijnt.")

    d.h1("2 Heuvelland PO in het kort")
    d.ul([
        "gemeenten: Bergakker, Heuvelrade, Molenbeek",
        "schoolbesturen: 9",
        "basisscholen: 34 (37 vestigingen)",
        "sbo-scholen: 1 (2 locaties)",
        "so-scholen: 2 (cluster 3 en cluster 4)",
        "leerlingen basisonderwijs 1 oktober 2025: 9.862",
        "leerlingen sbo: 214",
        "leerlingen so: 171",
        "bureau: 9,4 fte",
    ])
    d.table([
        ["Gemeente", "Vestigingen", "Leerlingen 2025", "Prognose 2030"],
        ["Bergakker", "16", "4.510", "4.380"],
        ["Heuvelrade", "12", "3.204", "3.150"],
        ["Molenbeek", "9", "2.148", "1.990"],
    ])
    d.p("Krimp in Molenbeek; twee kleine scholen fuseren in 2027. Bergakker groeit licht door nieuwbouw aan de "
        "oostkant. Het samenwerkingsverband grenst aan twee andere samenwerkingsverbanden; circa 60 leerlingen "
        "volgen onderwijs over de grens.")

    d.h1("3 Terugblik plan 2022-2026")
    d.table([
        ["Doel 2022-2026", "Streef", "Gerealiseerd 2024-2025", "Toelichting"],
        ["deelname sbo", "≤ 2,2%", "2,1%", "behaald"],
        ["deelname so", "≤ 1,8%", "1,7%", "behaald"],
        ["TLV-besluit binnen 6 weken", "90%", "81%", "niet behaald; wachttijd deskundigen"],
        ["terugplaatsingen sbo/so → bao", "≥ 10 per jaar", "7", "niet behaald"],
        ["scholen op niveau basisondersteuning", "100%", "94% (35 van 37)", "2 vestigingen met verbetertraject"],
        ["tevredenheid IB'ers over expertteam", "≥ 7,5", "7,9", "behaald"],
    ])
    d.ul([
        "sterk: expertteam dichtbij, korte lijnen",
        "zwak: doorlooptijd TLV's",
        "zwak: aantal terugplaatsingen",
        "leerpunt: meer sturing op tijdig inschakelen deskundigen",
    ])

    d.h1("4 Visie")
    d.ul([
        "elk kind leert, elk kind telt",
        "zo thuisnabij als mogelijk",
        "leraar toegerust, school sterk",
        "één kind, één plan",
        "expertise delen in plaats van verwijzen",
        "rekenschap afleggen over keuzes",
    ])
    d.p("Passend onderwijs in Heuvelland betekent dat scholen samen verantwoordelijk zijn voor alle kinderen in de "
        "regio. Het samenwerkingsverband versterkt de scholen met expertise en zorgt dat speciale voorzieningen "
        "beschikbaar zijn wanneer een reguliere school niet toereikend is.")
    d.p("Deze visie is niet nieuw; zij is in 2014 voor het eerst opgeschreven en sindsdien bij elk plan opnieuw "
        "besproken. Wat wel veranderd is, is de nadruk. Waar het eerste plan vooral over structuren en "
        "procedures ging, ligt het accent nu op wat er in de klas gebeurt. Leraren geven aan dat zij meer "
        "behoefte hebben aan iemand die meekijkt en meedenkt dan aan formulieren. Het expertteam van het "
        "samenwerkingsverband is daarom de afgelopen jaren uitgebreid en werkt vooral op de scholen zelf.")

    d.h1("5 Basisondersteuning")
    d.p("Afgesproken ondergrens voor alle 37 vestigingen, vastgesteld door het algemeen bestuur op 9 april 2025. "
        "Geen vestiging biedt minder.")
    d.h2("5.1 Organisatie")
    d.ul([
        "intern begeleider: minimaal 1 dag per week per 100 leerlingen",
        "ondersteuningsteam: minimaal 5x per jaar, met expertteam SWV",
        "leerlingvolgsysteem: methode-onafhankelijke toetsen 2x per jaar",
        "groepsbespreking: 3x per jaar per groep",
        "OPP: voor elke leerling met eigen leerlijn, jaarlijks geëvalueerd",
    ])
    d.h2("5.2 Interventies")
    d.ul([
        "dyslexieprotocol, inclusief vroegtijdige signalering groep 2-3",
        "dyscalculieprotocol",
        "extra instructie in kleine groep, dagelijks mogelijk",
        "aanpak sociaal-emotionele ontwikkeling: schoolbreed programma",
        "time-out en time-in afspraken, vastgelegd in gedragsprotocol",
        "signalering meer- en hoogbegaafdheid, compacten en verrijken",
        "NT2-ondersteuning voor kinderen met taalachterstand",
        "medisch handelen: protocol + aanspreekpunt",
    ])
    d.h2("5.3 Expertise")
    d.ul([
        "IB'er met master SEN of gelijkwaardig",
        "leesspecialist per school of per bestuur",
        "gedragsspecialist per bestuur",
        "toegang tot expertteam SWV (orthopedagoog, gedragsdeskundige) binnen 2 weken",
    ])

    d.h1("6 Ondersteuningsniveaus en voorzieningen")
    d.table([
        ["Niveau", "Omschrijving", "Plek", "Wie"],
        ["1", "basisondersteuning in de groep", "eigen groep", "leraar"],
        ["2", "basisondersteuning met IB en specialist", "eigen school", "IB'er, specialist"],
        ["3", "extra ondersteuning met expertteam SWV (arrangement)", "eigen school", "ondersteuningsteam, expertteam"],
        ["4", "tijdelijke bovenschoolse voorziening", "Schakelklas De Stap; Taalschool Molenbeek; Plusgroep Heuvelland", "expertteam"],
        ["5", "speciaal (basis)onderwijs", "sbo De Kring (2 locaties), so Heuveldaal (cluster 3), so De Wissel (cluster 4)", "Commissie Toewijzing"],
    ])
    d.h2("6.1 Bovenschoolse voorzieningen")
    d.table([
        ["Voorziening", "Voor wie", "Duur", "Capaciteit"],
        ["Schakelklas De Stap", "kinderen groep 3-5 met grote achterstand in taal en lezen", "max. 1 schooljaar", "12"],
        ["Taalschool Molenbeek", "nieuwkomers", "1 tot 1,5 jaar", "40"],
        ["Plusgroep Heuvelland", "hoogbegaafde kinderen, 1 ochtend per week", "1 schooljaar, verlengbaar", "36"],
        ["Onderwijs-zorggroep De Linde", "kinderen 4-7 jaar met ontwikkelingsvragen, met jeugdhulp in de groep", "max. 2 jaar", "10"],
    ])
    d.h2("6.2 Doorgaande lijn")
    d.ul([
        "voorschool → basisschool: warme overdracht, peuterestafette",
        "basisschool → vo: overstapdossier, warme overdracht vóór 1 maart",
        "sbo/so → vo: overleg met SWV VO Heuvelland over vso/pro/lwoo",
        "tussen basisscholen: overdrachtsformulier, telefonisch contact",
    ])
    d.h2("6.3 Witte vlekken")
    d.p("Hoe wij wachtlijsten en ontbrekende voorzieningen in beeld brengen en oplossen, wordt onderdeel van de "
        "monitor vanaf 2027-2028.")

    d.h1("7 Toewijzing en toelaatbaarheid")
    d.h2("7.1 Route TLV")
    d.ol([
        "aanvraag door bestuur van de school van inschrijving, via het digitale portaal",
        "bijlagen: OPP, verslag ondersteuningsteam, onderwijskundig rapport, handelingsplan laatste 6 maanden",
        "ontvangstbevestiging door loket: binnen 3 werkdagen",
        "advies eerste deskundige (orthopedagoog of psycholoog) en tweede deskundige: binnen 4 weken",
        "besluit Commissie Toewijzing: binnen 6 weken na volledige aanvraag",
        "TLV naar sbo- of so-school van keuze: binnen 1 week na besluit",
    ])
    d.h2("7.2 Criteria")
    d.table([
        ["Soort", "Toelaatbaar wanneer"],
        ["sbo", "ondersteuningsbehoefte op minimaal twee gebieden (leren, gedrag, werkhouding) die de basisschool ook met een arrangement van minimaal 6 maanden niet kan bieden, aangetoond in het geëvalueerde OPP"],
        ["so cluster 3", "ernstige verstandelijke beperking (IQ < 55) of lichamelijke/langdurig medische beperking met ondersteuningsbehoefte die de mogelijkheden van het sbo overstijgt"],
        ["so cluster 4", "ernstige gedrags- of psychiatrische problematiek, gediagnosticeerd, waarbij ook het sbo onvoldoende veiligheid en structuur kan bieden"],
        ["tijdelijk (observatie)", "onduidelijk ontwikkelingsbeeld; TLV max. 6 maanden voor observatieplaatsing"],
    ])
    d.h2("7.3 Deskundigen")
    d.ul([
        "1e deskundige: orthopedagoog of psycholoog, niet betrokken bij aanvraag",
        "2e deskundige: afhankelijk van de vraag (arts, kinderpsychiater, maatschappelijk werker)",
        "ieder een eigen schriftelijk advies",
    ])
    d.h2("7.4 Duur en categorie")
    d.ul([
        "TLV sbo: tot einde basisschoolperiode",
        "TLV so: 1, 2 of 3 schooljaren",
        "categorie so: laag / midden / hoog",
        "observatie-TLV: max. 6 maanden",
    ])
    d.h2("7.5 Terugplaatsing")
    d.ol([
        "sbo/so-school evalueert het OPP jaarlijks (mei)",
        "in het laatste TLV-jaar: MDO vóór 1 februari met sbo/so-school, expertteam SWV en beoogde basisschool",
        "sbo/so-school adviseert: terugplaatsing, verlenging of overplaatsing",
        "bij verlenging: nieuwe aanvraag door bestuur sbo/so-school vóór 1 april",
        "besluit over verlenging: Commissie Toewijzing, vóór 1 juni",
        "bij terugplaatsing: overdracht aan basisschool vóór de zomervakantie, start 1 augustus",
    ])
    d.p("Uitgangspunten en voorwaarden voor terugplaatsing (het terugplaatsingsbeleid) werken wij in de loop van "
        "2026-2027 samen met sbo De Kring en de so-scholen verder uit.")

    d.h1("8 Financiën")
    d.table([
        ["Meerjarenbegroting (x € 1.000)", "2026", "2027", "2028", "2029"],
        ["Rijksbijdrage lichte ondersteuning", "2.034", "2.012", "1.990", "1.968"],
        ["Rijksbijdrage zware ondersteuning", "5.612", "5.560", "5.508", "5.455"],
        ["Afdracht so (DUO)", "-2.740", "-2.720", "-2.700", "-2.690"],
        ["Overige baten", "96", "90", "90", "90"],
        ["Totaal baten", "5.002", "4.942", "4.888", "4.823"],
        ["Ondersteuningsbudgetten schoolbesturen", "2.250", "2.220", "2.190", "2.160"],
        ["Arrangementen", "620", "610", "600", "590"],
        ["Bovenschoolse voorzieningen", "760", "760", "760", "760"],
        ["Sbo (afdracht en groeibekostiging)", "640", "635", "630", "625"],
        ["Expertteam", "540", "550", "560", "570"],
        ["Bureau en bestuur", "230", "235", "240", "245"],
        ["Totaal lasten", "5.040", "5.010", "4.980", "4.950"],
        ["Resultaat", "-38", "-68", "-92", "-127"],
        ["Algemene reserve per 31-12", "1.412", "1.344", "1.252", "1.125"],
    ])

    d.h1("9 Ouders")
    d.p("Dit hoofdstuk schrijven wij na de consultatieronde met de ondersteuningsplanraad in het voorjaar van "
        "2026. Het wordt opgenomen in versie 1.1 van dit plan.")

    d.h1("10 Resultaten en monitoring")
    d.h2("10.1 Beoogde resultaten 2030")
    d.table([
        ["Doel", "Indicator", "Nu (2025)", "Streef 2030"],
        ["kinderen blijven thuisnabij", "deelname sbo + so", "3,8%", "≤ 3,6%"],
        ["snelle toewijzing", "TLV-besluiten binnen 6 weken", "81%", "95%"],
        ["meer kinderen terug naar de basisschool", "terugplaatsingen per jaar", "7", "12"],
        ["arrangementen werken", "% leerlingen met arrangement dat OPP-doelen haalt", "68%", "80%"],
        ["basis op orde", "vestigingen op niveau basisondersteuning", "35 van 37", "37 van 37"],
    ])
    d.h2("10.2 Monitor")
    d.table([
        ["Wat", "Bron", "Wanneer", "Naar"],
        ["deelname sbo/so", "DUO teldatum", "november", "algemeen bestuur, OPR"],
        ["doorlooptijd TLV", "registratie loket", "januari en juli", "algemeen bestuur"],
        ["terugplaatsingen", "opgave sbo/so-scholen", "oktober", "algemeen bestuur, OPR"],
        ["effect arrangementen", "evaluatie OPP's (steekproef 40 dossiers)", "juni", "algemeen bestuur, directeurenoverleg"],
        ["basisondersteuning", "zelfevaluatie scholen + audit", "maart", "algemeen bestuur"],
    ])
    d.ul([
        "monitor 2x per jaar in het algemeen bestuur",
        "bereikte resultaten in het jaarverslag naast streefwaarden",
        "bij afwijking > 10%: analyse en bijsturing in jaarplan",
    ])

    d.h1("11 Samenwerking gemeenten en jeugdhulp")
    d.ul([
        "OOGO met Bergakker, Heuvelrade en Molenbeek: 2x per jaar",
        "OOGO concept-plan: 21 januari 2026",
        "jeugdhulp in de school: vaste jeugdconsulent per school",
        "onderwijs-zorggroep De Linde: samen gefinancierd met gemeenten",
        "leerlingenvervoer: afstemming bij plaatsing in voorzieningen",
        "huisvesting: ruimte voor voorzieningen in integraal huisvestingsplan",
    ])
    d.p("De samenwerking met de gemeenten is vastgelegd in een regionale agenda onderwijs-jeugd. Het gezamenlijk "
        "werkprogramma wordt jaarlijks herijkt.")

    governance(d, NAAM, KORT, "2014", 4, 9, "12")
    d.p("De ondersteuningsplanraad heeft op 24 februari 2026 ingestemd met dit plan.")
    personeel(d, KORT, [
        ["Directeur", "1,0", "1,0"],
        ["Expertteam (orthopedagogen, gedragsdeskundigen)", "5,6", "5,8"],
        ["Loket", "1,2", "1,2"],
        ["Controller", "0,4", "0,4"],
        ["Secretariaat", "1,2", "1,2"],
    ], "13")
    d.ul([
        "leernetwerk IB'ers: 4x per jaar",
        "netwerk gedragsspecialisten: 3x per jaar",
        "jaarlijkse conferentie passend onderwijs",
    ])
    ict_privacy(d, KORT, "14", ict_systems_default())
    planning(d, "15", [
        ["september", "jaarplan", "directeur"],
        ["november", "monitor deel 1", "directeur"],
        ["december", "begroting", "controller"],
        ["maart", "audits basisondersteuning", "expertteam"],
        ["juni", "jaarverslag", "directeur"],
        ["juli", "monitor deel 2", "directeur"],
    ], "Jaarkalender van het samenwerkingsverband.")
    totstandkoming(d, "16", [
        ["oktober 2025", "concept"],
        ["21 januari 2026", "OOGO"],
        ["28 januari 2026", "overleg SWV VO Heuvelland"],
        ["24 februari 2026", "instemming OPR"],
        ["12 maart 2026", "vaststelling algemeen bestuur"],
    ], "Kort overzicht van de stappen.")

    wettelijk_kader(d, "17", "po", KORT)
    landelijke_ontwikkelingen(d, "18", reserves=True, ojsp=False)
    kennisdeling(d, "19", KORT)
    bureau_huisvesting(d, "20", KORT, "Bergakker")

    d.h1("Bijlage 1 Begrippenlijst")
    d.table([
        ["Begrip", "Betekenis"],
        ["Ouder- en jeugdsteunpunt", "onafhankelijk steunpunt waar ouders terechtkunnen met vragen en bij onenigheid"],
        ["Onderwijsconsulent", "onafhankelijk adviseur voor ouders"],
        ["Ouderinformatiepunt", "plek waar ouders informatie krijgen over de ondersteuning in de regio"],
        ["Terugplaatsingsbeleid", "de doelen en voorwaarden voor terugkeer van sbo/so naar het basisonderwijs"],
        ["Thuiszitter", "leerplichtig kind dat niet naar school gaat"],
        ["Verdeelmodel", "de manier waarop middelen over de schoolbesturen worden verdeeld"],
        ["Zorgplicht", "plicht van het schoolbestuur om een passende plek te bieden"],
        ["Arrangement", "extra ondersteuning boven de basisondersteuning"],
    ])
    return d


LABEL = {
    "documents": ["po-heuvelland.docx"],
    "sector": "po",
    "looks_like_plan": True,
    "elements": {"basisondersteuning": "present", "plaatsing": "present", "terugstroom": "partial",
                 "financien": "partial", "dekkend-aanbod": "partial", "resultaten": "present", "ouders": "missing"},
    "criteria": {
        "basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
        "plaatsing.procedure": True, "plaatsing.criteria": True,
        "terugstroom.procedure": True, "terugstroom.beleid": False,
        "financien.verdeling": False, "financien.besteding": True,
        "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": False,
        "resultaten.doelen": True, "resultaten.monitoring": True,
        "ouders.informatie": False, "ouders.steunpunt": False,
    },
    "advisory_addressed": {
        "plaatsing": ["deskundigen", "duur-categorie"],
        "terugstroom": ["monitoring"],
        "financien": ["reserves"],
        "dekkend-aanbod": ["ketenpartners"],
        "resultaten": ["meetbaar"],
    },
    "notes": {
        "basisondersteuning": "Ch. 5: ondergrens for all 37 vestigingen set by algemeen bestuur + bullet lists of organisation, interventions, expertise (no full sentences).",
        "plaatsing": "Ch. 7.1 numbered route (aanvrager, bijlagen, termijnen, Commissie Toewijzing); criteria only in table 7.2; deskundigen 7.3; duur/categorie 7.4. No bezwaar route.",
        "terugstroom": "7.5 (inside the toewijzing chapter) gives the steps (initiator, MDO before 1 februari, decision, start 1 augustus); the policy (aims/conditions) is deferred to 2026-2027. Glossary 'Terugplaatsingsbeleid' is a trap. Terugplaatsing figures in ch. 3/10.",
        "financien": "Ch. 8 is only a meerjarenbegroting table with amounts (besteding) and a reserve row; no verdeelmodel, criteria or allocation procedure anywhere ('Verdeelmodel' only in glossary).",
        "dekkend-aanbod": "Ch. 6 niveau 1-5 table, bovenschoolse voorzieningen, doorgaande lijn (continuum); 6.3 defers gap/wachtlijst handling to the monitor 2027-2028; thuiszitters/zorgplicht only in glossary. Ch. 11 jeugdhulp/OZA.",
        "resultaten": "Ch. 3 terugblik with realised figures; 10.1 goals with indicators and 2030 targets; 10.2 monitor table (bron, moment, rapportage).",
        "ouders": "Ch. 9 'Ouders' only says it will be written later (versie 1.1); OJSP/Onderwijsconsulent/Ouderinformatiepunt only in glossary; running footer contains 'ouders'. No parent role, channels or independent support in body text.",
    },
}
