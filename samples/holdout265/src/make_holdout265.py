#!/usr/bin/env python3
"""Generate the holdout265 test set: five fictional ondersteuningsplannen (4 VO, 1 PO) and one
near-miss document, plus <name>.expected.yaml labels.

Deterministic, no network. Output goes to the folder above this script (holdout265/).
PDFs are rendered from a temporary .docx with `soffice --headless --convert-to pdf`.
"""
import html
import shutil
import subprocess
import tempfile
from pathlib import Path

import yaml
from docx import Document
from docx.shared import Pt

OUT = Path(__file__).resolve().parent.parent

# ---------------------------------------------------------------------------------------------
# Block model: ("title", text) ("h1", text) ("h2", text) ("p", text) ("ul", [items])
# ("table", [[header...], [row...], ...]) ("toc", [entries]) ("dl", [(term, definition)])
# ---------------------------------------------------------------------------------------------


def filler(name, short, sector="vo", opr_parents=True, oogo_substantive=False, region="de regio"):
    """Reusable filler sections (no element content). Returns dict of block lists."""
    leerlingen = "leerlingen in het voortgezet onderwijs" if sector == "vo" else "kinderen in het basisonderwijs"
    f = {}
    f["voorwoord"] = [
        ("h1", "Voorwoord"),
        ("p", f"Voor u ligt het ondersteuningsplan van {name} voor de periode 2026-2030. Het plan is het "
              f"resultaat van een jaar van gesprekken met schoolleiders, ondersteuningscoördinatoren, "
              f"medezeggenschapsraden, gemeenten en ketenpartners. Wij hebben bewust gekozen voor een sober en "
              f"compact plan: waar het vorige plan ruim negentig pagina's telde, beperken wij ons nu tot de "
              f"afspraken die er werkelijk toe doen. Elke afspraak is genummerd als besluit, zodat scholen, "
              f"ouders en toezichthouders eenvoudig kunnen nagaan wat wij hebben vastgesteld."),
        ("p", f"De afgelopen planperiode heeft ons veel geleerd. De middelen voor passend onderwijs zijn "
              f"grotendeels naar de scholen gegaan, het aantal arrangementen is gestegen en de samenwerking met "
              f"de gemeenten is hechter geworden. Tegelijk zien wij dat de druk op de scholen toeneemt: "
              f"personeelstekorten, complexere vragen van {leerlingen} en lange wachtlijsten in de jeugdhulp. "
              f"Dit plan is daarom geen eindpunt maar een werkafspraak die wij jaarlijks met de "
              f"ondersteuningsplanraad evalueren."),
        ("p", "Ik dank iedereen die heeft bijgedragen aan de totstandkoming van dit plan, in het bijzonder de "
              "leden van de ondersteuningsplanraad, die het concept kritisch hebben gelezen en op verschillende "
              "punten hebben aangescherpt."),
        ("p", f"Namens het bestuur van {short},\nde directeur-bestuurder"),
    ]
    f["leeswijzer"] = [
        ("h2", "Leeswijzer"),
        ("p", "Hoofdstuk 1 en 2 schetsen de context en onze visie. De hoofdstukken daarna bevatten de "
              "inhoudelijke afspraken; elke afspraak heeft de vorm 'Besluit h.n', waarbij h het hoofdstuk is. "
              "Toelichtingen staan in gewone tekst onder het besluit. Aan het eind vindt u de organisatie, de "
              "planning en een begrippenlijst. Waar wij in de tekst spreken over 'scholen' bedoelen wij de "
              "vestigingen van de aangesloten schoolbesturen."),
    ]
    f["context"] = [
        ("h1", "Het samenwerkingsverband in het kort"),
        ("p", f"{name} is een stichting waarin de schoolbesturen in {region} samenwerken. Het verband beslaat "
              f"het grondgebied van zes gemeenten. De schoolbesturen verschillen sterk in omvang: van een "
              f"eenpitter tot een bestuur met negen vestigingen. Het bureau van het samenwerkingsverband is "
              f"gevestigd in het regiokantoor en telt 11,4 fte, waarvan 6,2 fte orthopedagogen en "
              f"onderwijsspecialisten."),
        ("p", "De regio kent een gemengd karakter: een middelgrote stad met een grote diversiteit aan leerlingen "
              "en een landelijk gebied met kleine kernen waar reisafstanden een rol spelen. De leerlingaantallen "
              "dalen de komende jaren licht, met uitzondering van de stad, waar nieuwbouwwijken voor groei zorgen. "
              "Deze demografische ontwikkeling vraagt om voortdurende afstemming tussen de besturen over het "
              "aanbod in de regio."),
    ]
    f["missie"] = [
        ("h1", "Missie, visie en ambities"),
        ("p", f"Onze missie is eenvoudig geformuleerd: iedere jongere in de regio krijgt onderwijs dat bij hem "
              f"of haar past, zo dicht mogelijk bij huis. Wij geloven dat jongeren het beste tot ontwikkeling "
              f"komen in een omgeving waarin zij gezien worden, waarin leraren toegerust zijn en waarin school, "
              f"thuis en hulpverlening samen optrekken."),
        ("p", "Onze visie rust op drie pijlers. Ten eerste: het begint in de klas. De leraar is de "
              "belangrijkste factor in goede ondersteuning en verdient daarom ruimte, scholing en collegiale "
              "steun. Ten tweede: zo gewoon mogelijk. Wij kiezen voor ondersteuning binnen de reguliere school "
              "wanneer dat kan, en voor speciale voorzieningen wanneer dat beter is voor de leerling. Ten derde: "
              "samen verantwoordelijk. De schoolbesturen dragen gezamenlijk de verantwoordelijkheid voor alle "
              "jongeren in de regio, ook voor hen die (nog) nergens staan ingeschreven."),
        ("p", "Deze visie is niet nieuw. Zij is in de vorige planperiode ontwikkeld en door de "
              "ondersteuningsplanraad onderschreven. Wat nieuw is, is de nadruk op uitvoering: minder papier, "
              "meer aandacht voor wat er in de klas gebeurt. Ambities formuleren wij daarom in de vorm van "
              "besluiten die toetsbaar zijn."),
    ]
    f["terugblik"] = [
        ("h2", "Terugblik op de vorige planperiode"),
        ("p", "In de vorige planperiode stonden drie thema's centraal: het versterken van de "
              "ondersteuningsstructuur in de scholen, het terugdringen van bureaucratie bij aanvragen en het "
              "verbeteren van de samenwerking met gemeenten. Het eerste thema is grotendeels gerealiseerd, al "
              "verschilt het tempo per bestuur. Het tweede thema kende wisselend "
              "succes: het digitale aanvraagsysteem is ingevoerd, maar scholen ervaren de administratieve last "
              "nog steeds als hoog. Het derde thema heeft geleid tot een gezamenlijke agenda met de gemeenten, "
              "die in dit plan verder wordt uitgewerkt."),
        ("p", "De externe evaluatie die in 2025 is uitgevoerd, concludeerde dat het samenwerkingsverband "
              "financieel gezond is en dat de scholen de samenwerking waarderen. Als verbeterpunten noemde de "
              "evaluatie de herkenbaarheid van afspraken voor ouders en leraren en de snelheid van besluitvorming "
              "in complexe situaties."),
    ]
    f["governance"] = [
        ("h1", "Organisatie en governance"),
        ("p", f"{short} is een stichting met een scheiding tussen bestuur en intern toezicht. Het bestuur "
              f"wordt gevormd door een directeur-bestuurder. De raad van toezicht bestaat uit vijf leden, van wie "
              f"drie op voordracht van de aangesloten schoolbesturen en twee onafhankelijke leden. De raad van "
              f"toezicht keurt het ondersteuningsplan, de begroting en het jaarverslag goed."),
        ("p", "Besluit G.1: De directeur-bestuurder stelt het ondersteuningsplan vast na goedkeuring door de raad "
              "van toezicht en na instemming van de ondersteuningsplanraad."),
        ("p", "Besluit G.2: De schoolbesturen komen ten minste vier keer per jaar bijeen in de "
              "Algemene Vergadering, die adviseert over de begroting, het jaarplan en de uitvoering van dit plan."),
        ("p", "Het managementstatuut regelt de taken van de directeur-bestuurder en de bevoegdheden van de "
              "medewerkers van het bureau. Het statuut en de statuten zijn op te vragen bij het secretariaat."),
    ]
    if opr_parents:
        opr_text = ("De ondersteuningsplanraad (OPR) telt tien leden: vijf uit de personeelsgeleding en vijf uit de "
                    "ouder- en leerlinggeleding van de medezeggenschapsraden. De OPR heeft instemmingsrecht op "
                    "het ondersteuningsplan en overlegt vier keer per jaar met de directeur-bestuurder.")
    else:
        opr_text = ("De ondersteuningsplanraad (OPR) telt acht leden, afgevaardigd door de medezeggenschapsraden van "
                    "de aangesloten scholen. De OPR heeft instemmingsrecht op het ondersteuningsplan en overlegt "
                    "vier keer per jaar met de directeur-bestuurder.")
    f["opr"] = [
        ("h2", "Medezeggenschap"),
        ("p", opr_text),
        ("p", "De OPR heeft op 14 april 2026 ingestemd met dit plan. In de aanloop naar de instemming heeft de "
              "raad drie themabijeenkomsten bijgewoond en schriftelijk vragen gesteld, die in een notitie van het "
              "bureau zijn beantwoord. De ondernemingsraad van het bureau is geïnformeerd over de gevolgen voor "
              "het eigen personeel."),
    ]
    if oogo_substantive:
        oogo = [
            ("h2", "Samenwerking met gemeenten (OOGO)"),
            ("p", "Het op overeenstemming gericht overleg (OOGO) met de zes gemeenten vond plaats op 10 maart "
                  "2026. Daarnaast overleggen wij maandelijks op ambtelijk niveau."),
            ("p", "Besluit O.1: Het samenwerkingsverband en de gemeenten zetten gezamenlijk jeugdhulp in de "
                  "school in: op elke vestiging is een vaste jeugdprofessional van het lokale team aanwezig, "
                  "gefinancierd door de gemeente. Onderwijs-zorgarrangementen worden gezamenlijk bekostigd volgens "
                  "het convenant 'Samen in de klas'."),
            ("p", "Gezamenlijke thema's zijn verder leerlingenvervoer, onderwijshuisvesting, de aansluiting op "
                  "arbeid en de afstemming tussen schoolmaatschappelijk werk en wijkteams."),
        ]
    else:
        oogo = [
            ("h2", "Overleg met gemeenten"),
            ("p", "Het concept van dit plan is op 10 maart 2026 in het op overeenstemming gericht overleg (OOGO) "
                  "besproken met de wethouders onderwijs en jeugd van de zes gemeenten. Het verslag van dat "
                  "overleg is bij de stukken voor de raad van toezicht gevoegd. Tevens is het concept besproken "
                  "met het samenwerkingsverband in de andere sector waarvan het gebied overlapt."),
        ]
    f["oogo"] = oogo
    f["personeel"] = [
        ("h1", "Personeel en professionalisering"),
        ("p", "Het bureau werkt met een klein, deskundig team. De formatie bestaat uit de directeur-bestuurder, "
              "een controller (0,6 fte), een beleidsmedewerker, een secretariaat en een pool van orthopedagogen "
              "en onderwijsspecialisten. Medewerkers worden aangesteld bij het samenwerkingsverband zelf; "
              "detacheringen vanuit schoolbesturen worden afgebouwd."),
        ("p", "Besluit P.1: Het samenwerkingsverband organiseert jaarlijks een regionale studiedag en vier "
              "netwerkbijeenkomsten voor ondersteuningscoördinatoren. De scholen dragen de kosten van vervanging."),
        ("p", "Het personeelstekort raakt ook het samenwerkingsverband. Wij investeren in opleiding van "
              "onderwijsassistenten en in een traineeship voor startende orthopedagogen. Het strategisch "
              "personeelsbeleid van het bureau wordt in een afzonderlijk personeelsplan beschreven."),
    ]
    f["ict"] = [
        ("h1", "ICT, privacy en gegevens"),
        ("p", "Het samenwerkingsverband werkt met een digitaal dossiersysteem waarin scholen aanvragen indienen "
              "en het bureau besluiten vastlegt. Toegang is beperkt tot medewerkers die de gegevens nodig hebben "
              "voor hun taak. De functionaris gegevensbescherming ziet toe op naleving van de AVG."),
        ("p", "Besluit I.1: Persoonsgegevens in dossiers worden bewaard tot drie jaar na het laatste besluit en "
              "daarna vernietigd. Gezondheidsgegevens worden alleen verwerkt wanneer dat noodzakelijk is voor "
              "een besluit van het samenwerkingsverband."),
        ("p", "In de planperiode vervangen wij de huidige applicatie. De aanbesteding start in 2027. Tot die "
              "tijd blijft het huidige systeem in gebruik."),
    ]
    f["kennis"] = [
        ("h2", "Kennisdeling"),
        ("p", "Scholen leren het meest van elkaar. Daarom ondersteunen wij leernetwerken rond thema's als "
              "gedrag, hoogbegaafdheid, taalontwikkeling en executieve functies. De netwerken worden getrokken "
              "door medewerkers van de scholen zelf; het bureau faciliteert met ruimte, een budget voor "
              "externe sprekers en verslaglegging. Een overzicht van netwerken staat op het intranet."),
    ]
    f["planning"] = [
        ("h1", "Planning en jaarcyclus"),
        ("p", "Het ondersteuningsplan is de basis voor het jaarplan en de jaarbegroting. De jaarcyclus ziet er "
              "als volgt uit:"),
        ("table", [["Maand", "Activiteit", "Wie"],
                   ["september", "Jaarplan en werkagenda vastgesteld", "directeur-bestuurder"],
                   ["november", "Bespreking kengetallen met schoolbesturen", "Algemene Vergadering"],
                   ["december", "Begroting vastgesteld", "directeur-bestuurder / RvT"],
                   ["maart", "Tussenevaluatie met OPR", "OPR / bureau"],
                   ["juni", "Jaarverslag vastgesteld", "directeur-bestuurder / RvT"]]),
        ("p", "Het plan geldt van 1 augustus 2026 tot en met 31 juli 2030. Het is op 22 april 2026 bij de "
              "inspectie ingediend. Tussentijdse wijzigingen worden aan de OPR voorgelegd."),
    ]
    f["ontwikkelingen"] = [
        ("h1", "Maatschappelijke ontwikkelingen"),
        ("p", "Het onderwijs staat onder druk. Het lerarentekort is in de regio minder groot dan in de "
              "Randstad, maar op vacatures voor techniek, Nederlands en wiskunde komen nauwelijks sollicitanten. "
              "Tegelijkertijd zien scholen meer jongeren met angst- en stemmingsklachten, meer jongeren die "
              "kampen met de gevolgen van armoede en meer nieuwkomers zonder schoolervaring. De wachtlijsten in "
              "de specialistische jeugdhulp zijn lang; de gemeenten bezuinigen op het sociaal domein."),
        ("p", "De landelijke politiek heeft in de Verbeteraanpak passend onderwijs een aantal maatregelen "
              "aangekondigd: een landelijke norm voor basisondersteuning, versterking van de positie van ouders "
              "en leerlingen, het terugdringen van bovenmatige reserves en een sterkere rol voor de "
              "medezeggenschap. Daarnaast wordt gewerkt aan inclusiever onderwijs, met een horizon tot 2035. "
              "Wij volgen deze ontwikkelingen nauwgezet en passen dit plan aan zodra wetgeving dat vraagt. Het "
              "is niet zinvol om nu al op alle ontwikkelingen vooruit te lopen."),
        ("p", "Een derde ontwikkeling is de digitalisering. Jongeren groeien op met smartphones en sociale "
              "media; scholen hebben een mobieltjesverbod ingevoerd. De effecten daarvan op welbevinden en "
              "concentratie worden door de scholen zelf gevolgd. Ook kunstmatige intelligentie verandert het "
              "onderwijs, zowel in de klas als in de administratie. Het samenwerkingsverband verkent met de "
              "scholen wat dat betekent voor de regeldruk rond aanvragen en verslagen."),
    ]
    f["totstandkoming"] = [
        ("h2", "Totstandkoming van dit plan"),
        ("p", "Het plan is tot stand gekomen in een traject van ruim een jaar. In het voorjaar van 2025 is de "
              "vorige planperiode extern geëvalueerd. Daarna zijn vier werkgroepen aan de slag gegaan, met "
              "schoolleiders, ondersteuningscoördinatoren, docenten en medewerkers van het bureau. In het najaar "
              "zijn drie consultatierondes gehouden: met de schoolbesturen, met de gemeenten en met de "
              "medezeggenschap. Op basis daarvan is een conceptplan opgesteld, dat in januari 2026 aan alle "
              "betrokkenen is voorgelegd. De reacties zijn verwerkt in een reactienota die op verzoek "
              "beschikbaar is."),
        ("p", "Wij hebben ervoor gekozen het plan zo kort mogelijk te houden. Procedures die vaak wijzigen, "
              "zoals formulieren, werkinstructies en contactgegevens, staan niet in dit plan maar op het "
              "intranet van het samenwerkingsverband. Daardoor blijft het plan vier jaar bruikbaar."),
    ]
    f["goedbestuur"] = [
        ("h2", "Code goed bestuur en integriteit"),
        ("p", "Het samenwerkingsverband volgt de Code Goed Bestuur van de sectorraad. De raad van toezicht "
              "evalueert jaarlijks het eigen functioneren, eens per drie jaar onder externe begeleiding. "
              "Nevenfuncties van de directeur-bestuurder en van de toezichthouders worden in het jaarverslag "
              "gepubliceerd. Er is een klokkenluidersregeling en een integriteitscode voor medewerkers van het "
              "bureau. Belangenverstrengeling wordt voorkomen doordat bestuurders van aangesloten schoolbesturen "
              "geen zitting nemen in de raad van toezicht."),
        ("p", "Besluit G.3: De directeur-bestuurder legt elk kwartaal een managementrapportage voor aan de raad "
              "van toezicht over de bedrijfsvoering, de personele bezetting en de voortgang van het jaarplan."),
    ]
    f["werkagenda"] = [
        ("h1", "Strategische werkagenda"),
        ("p", "Naast de vaste afspraken in dit plan werken wij in de planperiode aan vier strategische "
              "thema's. Ze worden in de jaarplannen uitgewerkt in concrete acties met een eigenaar en een "
              "planning."),
        ("ul", ["Thema 1 - De leraar centraal: minder regeldruk, meer handelingsruimte en meer collegiale "
                "consultatie in de school.",
                "Thema 2 - Eén loket: één digitale ingang voor alle vragen van scholen, met minder formulieren "
                "en kortere lijnen.",
                "Thema 3 - Samen met de regio: intensievere samenwerking met bedrijfsleven, cultuurinstellingen "
                "en sportverenigingen rond de school.",
                "Thema 4 - Lerende organisatie: het bureau werkt met korte verbetercycli en deelt kennis actief "
                "met scholen."]),
        ("p", "Deze thema's zijn niet uitputtend. Wanneer zich nieuwe ontwikkelingen voordoen, kan de "
              "directeur-bestuurder na overleg met de Algemene Vergadering de werkagenda aanpassen. De OPR wordt "
              "daarover geïnformeerd."),
    ]
    f["inspectie"] = [
        ("h2", "Toezicht door de inspectie"),
        ("p", "De inspectie van het onderwijs houdt toezicht op het samenwerkingsverband. Zij onderzoekt eens "
              "in de vier jaar het bestuur en beoordeelt of de wettelijke taken worden uitgevoerd. Dit plan is "
              "vóór 1 mei ingediend via het Internet Schooldossier. Het laatste vierjaarlijkse onderzoek vond "
              "plaats in het najaar van 2024; de inspectie zag geen tekortkomingen in de naleving van wet- en "
              "regelgeving en heeft geen herstelopdrachten gegeven. De aanbevelingen over de vindbaarheid van "
              "afspraken hebben wij in dit plan verwerkt."),
    ]
    f["huisvesting"] = [
        ("h2", "Huisvesting en vervoer"),
        ("p", "Onderwijshuisvesting is een verantwoordelijkheid van de gemeenten en de schoolbesturen. Het "
              "samenwerkingsverband heeft daarin geen formele rol, maar denkt mee bij de planning van nieuwbouw "
              "en renovatie, zodat er bijvoorbeeld voldoende kleine ruimtes beschikbaar komen. Ook het "
              "leerlingenvervoer valt onder de gemeenten. Met de gemeenten is afgesproken dat wijzigingen in de "
              "verordening leerlingenvervoer vooraf met het samenwerkingsverband worden besproken. Het bureau "
              "van het samenwerkingsverband huurt twee verdiepingen in het regiokantoor; het huurcontract loopt "
              "tot 2029."),
    ]
    f["profcomm"] = [
        ("h2", "Communicatie met professionals"),
        ("p", "Het samenwerkingsverband communiceert met de scholen langs vaste lijnen. Schoolleiders en "
              "ondersteuningscoördinatoren ontvangen maandelijks een digitale nieuwsbrief met actuele "
              "ontwikkelingen, wijzigingen in werkwijzen en uitnodigingen voor netwerkbijeenkomsten. Op het "
              "intranet staan formulieren, werkinstructies en presentaties. Eens per jaar organiseren wij een "
              "regionale conferentie voor alle medewerkers van de scholen die met ondersteuning te maken hebben; "
              "in 2025 waren er ruim driehonderd deelnemers. Nieuwe schoolleiders krijgen een kennismakingsgesprek "
              "met de directeur-bestuurder en een introductiemap. Wij meten jaarlijks hoe scholen de "
              "dienstverlening van het bureau waarderen; het rapportcijfer was in 2025 een 7,4."),
    ]
    return f


def begrippen(extra=None):
    base = [
        ("Arrangement", "Een afgesproken pakket van ondersteuning voor een leerling of groep, met doel, duur en "
                        "middelen."),
        ("Basisondersteuning", "Het geheel van preventieve en licht curatieve interventies dat binnen de "
                               "ondersteuningsstructuur van de school wordt uitgevoerd."),
        ("Dekkend aanbod", "Een aanbod van voorzieningen waarmee voor iedere leerling een passende plek "
                           "beschikbaar is."),
        ("OOGO", "Op overeenstemming gericht overleg tussen samenwerkingsverband en gemeenten."),
        ("OPR", "Ondersteuningsplanraad."),
        ("Ouder- en jeugdsteunpunt", "Onafhankelijk steunpunt voor ouders en jongeren met vragen over passend "
                                     "onderwijs."),
        ("SOP", "Schoolondersteuningsprofiel."),
        ("Terugplaatsing", "De overstap van een leerling uit het speciaal onderwijs naar het regulier onderwijs."),
        ("Thuiszitter", "Leerplichtige jongere die zonder geldige reden niet naar school gaat."),
        ("TLV", "Toelaatbaarheidsverklaring voor het (voortgezet) speciaal onderwijs."),
        ("Meerjarenbegroting", "Begroting met een doorkijk van ten minste vier jaar."),
    ]
    if extra:
        base += extra
    return sorted(base, key=lambda t: t[0].lower())


VO_EXTRA = [("LWOO", "Leerwegondersteunend onderwijs."), ("PrO", "Praktijkonderwijs."),
            ("VSO", "Voortgezet speciaal onderwijs."), ("OPDC", "Orthopedagogisch-didactisch centrum.")]
PO_EXTRA = [("SBO", "Speciaal basisonderwijs."), ("SO", "Speciaal onderwijs."),
            ("IB'er", "Intern begeleider.")]


# ---------------------------------------------------------------------------------------------
# Plan A: VO, docx. basis P, plaatsing P, terugstroom partial (beleid), financien P,
# dekkend P, resultaten partial (monitoring), ouders P (inside 'Communicatie')
# ---------------------------------------------------------------------------------------------
def plan_a():
    name = "Samenwerkingsverband VO Rijnkade (VO 26-11)"
    short = "SWV Rijnkade"
    f = filler(name, short, "vo", opr_parents=True, oogo_substantive=True, region="de Rijnkade-regio")
    b = [("title", "Ondersteuningsplan 2026-2030\nSamenwerkingsverband VO Rijnkade\nVO 26-11"),
         ("p", "Vastgesteld door de directeur-bestuurder op 22 april 2026, na instemming van de OPR op 14 april 2026."),
         ("toc", ["Voorwoord", "1 Het samenwerkingsverband in het kort", "2 Missie, visie en ambities",
                  "3 Basisondersteuning", "4 Het ondersteuningscontinuüm en het dekkend aanbod",
                  "5 Toelaatbaarheid vso, pro en lwoo (incl. terugplaatsing)", "6 Geld en middelen",
                  "7 Kwaliteit en resultaten", "8 Communicatie", "9 Organisatie en governance",
                  "10 Personeel", "11 ICT en privacy", "12 Planning", "Bijlage: begrippenlijst"])]
    b += f["voorwoord"] + f["leeswijzer"] + f["context"]
    b += [("table", [["Kengetal (1 oktober 2025)", "Aantal"],
                     ["Vestigingen regulier vo", "14"], ["Vestigingen pro", "2"], ["Vestigingen vso", "3"],
                     ["Leerlingen totaal", "12.870"], ["Leerlingen met lwoo", "1.104"],
                     ["Leerlingen vso (met TLV)", "402"]])]
    b += f["missie"] + f["ontwikkelingen"] + f["totstandkoming"] + f["terugblik"]
    b += [
        ("h1", "3 Basisondersteuning"),
        ("p", "Besluit 3.1: Basisondersteuning is het met alle schoolbesturen afgesproken minimumniveau van "
              "ondersteuning dat elke vestiging van elk aangesloten bestuur biedt, zonder aanvraag bij het "
              "samenwerkingsverband en zonder aparte toekenning. Geen vestiging mag onder dit niveau uitkomen."),
        ("p", "Besluit 3.2: Op iedere vestiging treft een leerling ten minste het volgende aan:"),
        ("ul", ["een mentor met één lesuur mentoraat per week en een vast mentorgesprek per periode;",
                "een ondersteuningscoördinator met minimaal 0,4 fte per 500 leerlingen;",
                "een ondersteuningsteam (OT) dat minstens zes keer per jaar bijeenkomt, met schoolmaatschappelijk "
                "werk en de jeugdarts;",
                "een dyslexie- en dyscalculieprotocol met faciliteiten bij toetsen en examens;",
                "een training faalangstreductie en een sociale-vaardigheidstraining, elk jaar aangeboden;",
                "een anti-pestcoördinator en een vastgesteld veiligheidsplan;",
                "huiswerkbegeleiding op school op ten minste twee middagen per week;",
                "een ontwikkelingsperspectiefplan (OPP) voor elke leerling die extra ondersteuning krijgt."]),
        ("p", "Besluit 3.3: Elke school beschrijft de basisondersteuning en de aanvullende ondersteuning in de "
              "schoolgids. Het bureau voert elke twee jaar een audit uit aan de hand van de kwaliteitskaart "
              "basisondersteuning. Voldoet een vestiging niet, dan maakt het bestuur binnen drie maanden een "
              "verbeterplan; de directeur-bestuurder bespreekt de voortgang in de Algemene Vergadering."),
        ("p", "Toelichting. Scholen verschillen in profiel en populatie. De basisondersteuning is daarom een "
              "ondergrens en geen plafond. Veel scholen bieden meer, bijvoorbeeld een time-outvoorziening of "
              "een plusklas. Dat is de keuze van het bestuur en wordt uit de eigen middelen bekostigd."),
        ("h1", "4 Het ondersteuningscontinuüm en het dekkend aanbod"),
        ("p", "Besluit 4.1: Ondersteuning is in vier lagen georganiseerd, die op elkaar aansluiten:"),
        ("table", [["Laag", "Wat", "Waar", "Toegang"],
                   ["1 Basis", "Basisondersteuning (hoofdstuk 3)", "elke vestiging", "vrij"],
                   ["2 Extra in school", "Schoolarrangement: bijv. ambulante begeleiding, kleine groep, "
                    "trajectvoorziening", "eigen vestiging", "OT van de school"],
                   ["3 Bovenschools", "OPDC De Overstap (tijdelijk, max. 1 jaar), Rebound, "
                    "HB-voorziening Vlieger", "regionaal", "Commissie Toewijzing"],
                   ["4 Speciaal", "vso cluster 3 en 4, praktijkonderwijs", "3 vso-locaties, 2 pro-scholen",
                    "TLV of pro-verklaring"]]),
        ("p", "Besluit 4.2: Een leerling stroomt alleen door naar een volgende laag wanneer het OT heeft "
              "vastgesteld dat de mogelijkheden in de vorige laag zijn benut. OPDC De Overstap werkt vanaf de "
              "eerste dag toe naar terugkeer naar de eigen vestiging."),
        ("p", "Besluit 4.3: Het bureau houdt een signaleringslijst bij van jongeren zonder passende plek: "
              "thuiszitters, jongeren met een vrijstelling, jongeren met een verkort rooster langer dan zes weken "
              "en jongeren op een wachtlijst. De lijst wordt elke maand besproken in de Tafel Dekkend Netwerk "
              "met leerplicht en de gemeenten. Voor elke jongere op de lijst wordt binnen tien werkdagen een "
              "casusregisseur aangewezen die een plan maakt met een termijn."),
        ("p", "Besluit 4.4: Blijkt uit de signaleringslijst dat een voorziening in de regio structureel "
              "ontbreekt, dan legt de directeur-bestuurder binnen drie maanden een voorstel voor aan de "
              "Algemene Vergadering. Zo is in 2025 de HB-voorziening Vlieger ontstaan. De school van inschrijving "
              "houdt zorgplicht totdat een passende plek is gevonden."),
        ("h1", "5 Toelaatbaarheid vso, pro en lwoo"),
        ("p", "Dit hoofdstuk beschrijft hoe het samenwerkingsverband beslist over toelaatbaarheid tot het vso, "
              "het praktijkonderwijs en het leerwegondersteunend onderwijs."),
        ("h2", "5.1 Procedure"),
        ("p", "Besluit 5.1: Het bevoegd gezag van de school van inschrijving (of van aanmelding) vraagt de "
              "toelaatbaarheidsverklaring aan via het digitale loket. De aanvraag bevat het OPP, het "
              "groeidocument met de geboden ondersteuning, de zienswijze van de ouders en het advies van het OT."),
        ("p", "Besluit 5.2: Het loket toetst binnen vijf werkdagen op volledigheid. De Commissie Toewijzing "
              "vraagt daarna schriftelijk advies aan twee deskundigen: een orthopedagoog of psycholoog en, "
              "afhankelijk van de leerling, een kinder- en jeugdpsychiater, maatschappelijk werker of arts. "
              "Geen van beide deskundigen is betrokken geweest bij de aanvraag."),
        ("p", "Besluit 5.3: De directeur-bestuurder beslist op voordracht van de Commissie Toewijzing binnen "
              "zes weken na ontvangst van de volledige aanvraag. De termijn kan eenmaal met vier weken worden "
              "verlengd."),
        ("h2", "5.2 Criteria"),
        ("p", "Besluit 5.4: Een leerling is toelaatbaar tot het vso als aan alle onderstaande criteria is voldaan:"),
        ("table", [["Criterium", "Toelichting"],
                   ["Ondersteuningsbehoefte overstijgt laag 3", "De behoefte is niet te beantwoorden met een "
                    "arrangement op de school of bovenschools (hoofdstuk 4)."],
                   ["Handelingsgerichte cyclus doorlopen", "Ten minste twee perioden van zes weken met "
                    "geëvalueerde doelen in het OPP."],
                   ["Ontwikkelingsperspectief", "Het vso biedt aantoonbaar betere kansen op het "
                    "uitstroomprofiel dan het regulier vo."],
                   ["Spoed", "Bij acuut gevaar voor de leerling of anderen kan de eis van de cyclus vervallen."]]),
        ("p", "Besluit 5.5: Voor praktijkonderwijs en lwoo gelden de landelijke criteria (IQ, leerachterstand en "
              "sociaal-emotionele problematiek). Het samenwerkingsverband maakt geen gebruik van de mogelijkheid "
              "om eigen lwoo-criteria vast te stellen. De procedure voor pro en lwoo is gelijk aan die in "
              "besluiten 5.1 tot en met 5.3, met dien verstande dat één deskundige volstaat."),
        ("p", "Besluit 5.6: Een TLV wordt afgegeven voor twee schooljaren, bij een eerste TLV na het twaalfde jaar "
              "voor de rest van de schoolloopbaan in het vso. De bekostigingscategorie is laag, tenzij de "
              "deskundigen onderbouwen dat midden of hoog noodzakelijk is."),
        ("p", "Besluit 5.7: Tegen een besluit kunnen ouders en het schoolbestuur binnen zes weken bezwaar maken "
              "bij de directeur-bestuurder. De bezwaren worden voorgelegd aan de Landelijke "
              "Bezwaaradviescommissie Toelaatbaarheidsverklaringen, waarbij het samenwerkingsverband is "
              "aangesloten."),
        ("h2", "5.3 Afloop van de TLV"),
        ("p", "Besluit 5.8: Uiterlijk op 1 februari van het laatste jaar van de TLV evalueert de vso-school met "
              "de leerling en de ouders het OPP. De vso-school meldt uiterlijk 1 maart bij het loket of zij "
              "een verlenging aanvraagt of een overstap naar het regulier vo voorbereidt."),
        ("p", "Besluit 5.9: Bij een overstap neemt de vso-school het initiatief tot een overdrachtsgesprek met "
              "de ontvangende school, waarbij de ondersteuningscoördinator van het samenwerkingsverband "
              "aanschuift. De Commissie Toewijzing stelt vast dat de TLV niet wordt verlengd; de inschrijving "
              "op de reguliere school gaat in op 1 augustus."),
        ("p", "Welke uitgangspunten en voorwaarden wij hanteren bij terugplaatsing en welke begeleiding een "
              "leerling na de overstap krijgt, is onderwerp van de werkagenda 2026-2027; het uitgewerkte beleid "
              "wordt na instemming van de OPR als addendum aan dit plan toegevoegd."),
        ("h1", "6 Geld en middelen"),
        ("p", "Het samenwerkingsverband ontvangt jaarlijks de rijksbijdrage voor lichte en zware ondersteuning. "
              "Na aftrek van de verplichte afdrachten aan DUO voor het vso en het pro resteert het bedrag dat wij "
              "zelf verdelen."),
        ("p", "Besluit 6.1: Elke vestiging ontvangt een schoolbudget van € 142 per ingeschreven leerling op "
              "1 oktober van het voorgaande jaar, plus een vaste voet van € 15.000 per vestiging. Het budget is "
              "bestemd voor de basisondersteuning en schoolarrangementen (laag 1 en 2)."),
        ("p", "Besluit 6.2: Bovenschoolse voorzieningen (laag 3) worden centraal bekostigd. Een bestuur dat "
              "meer dan 4% van zijn leerlingen naar het vso verwijst, draagt de kosten boven die grens zelf "
              "(verevening, berekend op 1 februari)."),
        ("p", "Besluit 6.3: De middelen worden als volgt besteed (bedragen in euro's):"),
        ("table", [["Post", "2026", "2027", "2028", "2029"],
                   ["Schoolbudgetten laag 1-2", "2.037.000", "2.010.000", "1.985.000", "1.960.000"],
                   ["OPDC De Overstap en Rebound", "1.240.000", "1.260.000", "1.275.000", "1.290.000"],
                   ["HB-voorziening Vlieger", "310.000", "320.000", "320.000", "320.000"],
                   ["Afdracht vso en pro (DUO)", "6.420.000", "6.390.000", "6.350.000", "6.300.000"],
                   ["Bureau en Commissie Toewijzing", "1.080.000", "1.095.000", "1.110.000", "1.125.000"],
                   ["Ouder- en jeugdsteunpunt", "85.000", "87.000", "89.000", "91.000"],
                   ["Totaal", "11.172.000", "11.162.000", "11.129.000", "11.086.000"]]),
        ("p", "Besluit 6.4: De reserve wordt niet hoger dan de signaleringswaarde van de inspectie; het "
              "weerstandsvermogen ligt tussen 5% en 10% van de baten. Schoolbesturen verantwoorden de besteding "
              "van het schoolbudget in hun jaarverslag en in een jaarlijkse bestedingsrapportage aan het bureau."),
        ("h1", "7 Kwaliteit en resultaten"),
        ("p", "Wij willen aan het eind van de planperiode het volgende bereikt hebben voor leerlingen met een "
              "ondersteuningsbehoefte:"),
        ("ul", ["Besluit 7.1: Ten minste 85% van de leerlingen met een schoolarrangement behaalt een diploma "
                "in het verwachte uitstroomprofiel.",
                "Besluit 7.2: Geen enkele jongere is langer dan drie maanden thuiszitter.",
                "Besluit 7.3: Het deelnamepercentage vso daalt van 3,1% naar 2,8%.",
                "Besluit 7.4: Leerlingen die OPDC De Overstap verlaten, keren in 80% van de gevallen terug naar "
                "een reguliere vestiging."]),
        ("p", "Op welke wijze wij deze beoogde resultaten gaan volgen, welke bronnen wij gebruiken en hoe wij "
              "erover rapporteren, leggen wij vast in een monitoringskader dat wij in de loop van het schooljaar "
              "2026-2027 met de schoolbesturen ontwikkelen."),
        ("h1", "8 Communicatie"),
        ("p", "Goede communicatie is voorwaarde voor vertrouwen. Wij communiceren met schoolbesturen via de "
              "Algemene Vergadering, met professionals via nieuwsbrieven en netwerken."),
        ("p", "Besluit 8.1: Ouders worden over de ondersteuningsmogelijkheden geïnformeerd via de schoolgids van "
              "iedere school, de website van het samenwerkingsverband met een aparte ouderpagina, de folder "
              "'Extra hulp op school, hoe werkt dat?' die elke school bij de intake meegeeft, en een jaarlijkse "
              "informatieavond in november."),
        ("p", "Besluit 8.2: Ouders en jongeren die vragen hebben of het niet eens zijn met de school of het "
              "samenwerkingsverband, kunnen terecht bij het Ouder- en Jeugdsteunpunt Rijnkade. Het steunpunt is "
              "onafhankelijk van scholen en bureau, telefonisch bereikbaar op werkdagen en kan kosteloos een "
              "onafhankelijk cliëntondersteuner inzetten. Daarnaast kunnen ouders een beroep doen op de "
              "onderwijsconsulenten en op de klachtenregeling (Geschillencommissie Passend Onderwijs)."),
        ("p", "Besluit 8.3: Ouders zijn gesprekspartner bij het opstellen van het OPP; op het OPP staat hun "
              "handtekening voor het handelingsdeel."),
    ]
    b += f["governance"] + f["goedbestuur"] + f["opr"] + f["oogo"] + f["personeel"] + f["kennis"] + f["ict"] + f["planning"]
    b += [("h1", "Bijlage: begrippenlijst"), ("dl", begrippen(VO_EXTRA))]
    label = {
        "sector": "vo", "looks_like_plan": True,
        "elements": {"basisondersteuning": "present", "plaatsing": "present", "terugstroom": "partial",
                     "financien": "present", "dekkend-aanbod": "present", "resultaten": "partial",
                     "ouders": "present"},
        "criteria": {"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
                     "plaatsing.procedure": True, "plaatsing.criteria": True,
                     "terugstroom.procedure": True, "terugstroom.beleid": False,
                     "financien.verdeling": True, "financien.besteding": True,
                     "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
                     "resultaten.doelen": True, "resultaten.monitoring": False,
                     "ouders.informatie": True, "ouders.steunpunt": True},
        "advisory_addressed": {"basisondersteuning": ["borging"],
                               "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
                               "financien": ["reserves", "verantwoording"],
                               "dekkend-aanbod": ["ketenpartners"],
                               "resultaten": ["meetbaar"],
                               "ouders": ["betrokkenheid"]},
        "notes": {
            "basisondersteuning": "Ch.3 Besluit 3.1 (minimum level for every vestiging) and 3.2 (concrete list); 3.3 audit = borging.",
            "plaatsing": "Ch.5 Besluiten 5.1-5.7: loket, two deskundigen, decision within 6 weeks, criteria table, 2-year TLV, LBT bezwaar.",
            "terugstroom": "Procedure only inside TLV chapter 5.3 (Besluiten 5.8-5.9: evaluation 1 Feb, report 1 March, overdracht); policy/conditions/aftercare deferred to werkagenda 2026-2027 addendum.",
            "financien": "Ch.6 'Geld en middelen': EUR 142 per leerling + vaste voet, verevening 4%; meerjarenbegroting table 2026-2029; reserves and verantwoording in 6.4.",
            "dekkend-aanbod": "Ch.4: four-layer table (continuum) and signaleringslijst/Tafel Dekkend Netwerk/zorgplicht (lacunes, 4.3-4.4); OOGO Besluit O.1 = ketenpartners.",
            "resultaten": "Ch.7 gives measurable beoogde resultaten (7.1-7.4) but monitoring is deferred to a monitoringskader developed 'in de loop van 2026-2027'.",
            "ouders": "Only under ch.8 'Communicatie': Besluit 8.1 (schoolgids, website, folder, avond) and 8.2 (Ouder- en Jeugdsteunpunt, onderwijsconsulenten, klachten).",
        },
    }
    return "vo-rijnkade-ondersteuningsplan-2026-2030", b, label, "Ondersteuningsplan SWV VO Rijnkade 2026-2030 | basisondersteuning - toelaatbaarheid - terugplaatsing - financiën"


# ---------------------------------------------------------------------------------------------
# Plan B: VO, pdf. basis M, plaatsing P (unusual wording), terugstroom M, financien partial
# (besteding), dekkend partial (lacunes), resultaten P, ouders partial (steunpunt)
# ---------------------------------------------------------------------------------------------
def plan_b():
    name = "Samenwerkingsverband Voortgezet Onderwijs De Brede Stroom (VO 24-05)"
    short = "De Brede Stroom"
    f = filler(name, short, "vo", opr_parents=True, oogo_substantive=False, region="het rivierengebied")
    b = [("title", "De Brede Stroom\nOndersteuningsplan 2026-2030\nSamenwerkingsverband VO 24-05"),
         ("toc", ["Voorwoord", "1 Context", "2 Visie", "3 Basisondersteuning en schoolprofielen",
                  "4 Het aanbod in de regio", "5 Toegang tot vso, pro en lwoo", "6 Terugplaatsing en "
                  "overplaatsing", "7 Financiën", "8 Opbrengsten en kwaliteitszorg", "9 Ouders",
                  "10 Organisatie", "11 Planning", "Begrippen"])]
    b += f["voorwoord"] + f["context"] + f["missie"] + f["ontwikkelingen"] + f["totstandkoming"] + f["terugblik"]
    b += [
        ("h1", "3 Basisondersteuning en schoolprofielen"),
        ("p", "De scholen van De Brede Stroom verschillen sterk: van een categoraal gymnasium tot een brede "
              "vmbo-school met praktijkonderwijs. Wij hechten aan die verscheidenheid. Iedere school legt in "
              "haar schoolondersteuningsprofiel vast wat zij aan ondersteuning biedt; de profielen zijn te "
              "vinden op de websites van de scholen."),
        ("p", "Besluit 3.1: Het samenwerkingsverband bespreekt de schoolondersteuningsprofielen eens per vier "
              "jaar in de Algemene Vergadering."),
        ("p", "Zodra de landelijke norm voor basisondersteuning wettelijk is vastgelegd, passen wij dit hoofdstuk "
              "aan. Tot die tijd volgen wij de ontwikkelingen en informeren wij de OPR over de gevolgen."),
        ("h1", "4 Het aanbod in de regio"),
        ("p", "Besluit 4.1: Het aanbod in de regio bestaat uit drie treden die op elkaar aansluiten. Trede 1 is "
              "wat de school zelf doet; elke school beschrijft dat in haar eigen profiel. Trede 2 bestaat uit arrangementen die de school inzet met middelen van het "
              "samenwerkingsverband: ambulante begeleiding door de vso-scholen, een plaats in de "
              "tussenvoorziening 'Het Anker' voor maximaal twintig weken, of een individueel onderwijs-"
              "zorgarrangement. Trede 3 is het voortgezet speciaal onderwijs (twee scholen voor cluster 4, één "
              "voor cluster 3) en het praktijkonderwijs (twee scholen)."),
        ("p", "Besluit 4.2: Een leerling gaat pas naar een hogere trede als de school in het groeidocument heeft "
              "laten zien welke ondersteuning op de lagere trede is geboden en met welk effect. Vanuit Het Anker "
              "keert een leerling terug naar de eigen school; daarvoor stelt Het Anker bij de start een "
              "terugkeerplan op."),
        ("p", "Het aantal thuiszitters in de regio staat al jaren in de belangstelling van de gemeenten en van "
              "de media. Wij delen die zorg."),
        ("h1", "5 Toegang tot vso, pro en lwoo"),
        ("p", "Voor een plaats in het voortgezet speciaal onderwijs heeft een leerling een verklaring van het "
              "samenwerkingsverband nodig. In dit plan noemen wij die een 'toegangsverklaring'; in de wet heet "
              "zij toelaatbaarheidsverklaring."),
        ("p", "Besluit 5.1: Wie kan aanvragen? Alleen het bestuur van de school waar de leerling staat "
              "ingeschreven of is aangemeld. Ouders kunnen de school daarom vragen."),
        ("p", "Besluit 5.2: Hoe verloopt het? (a) De school vult het aanvraagformulier in het digitale dossier in "
              "en voegt het groeidocument en het verslag van het multidisciplinair overleg toe. (b) Binnen vijf "
              "schooldagen bevestigt het bureau de ontvangst. (c) De Commissie Toegang, bestaande uit een "
              "orthopedagoog en een GZ-psycholoog van het bureau die de leerling niet kennen, brengt ieder "
              "afzonderlijk een schriftelijk advies uit. (d) De directeur neemt binnen vier weken na ontvangst "
              "van de volledige aanvraag een besluit en stuurt dat aan school en ouders."),
        ("p", "Besluit 5.3: Wanneer wordt de verklaring gegeven? De Commissie Toegang adviseert positief als "
              "(1) de school en het samenwerkingsverband de mogelijkheden van trede 1 en 2 aantoonbaar hebben "
              "benut gedurende ten minste een half schooljaar, (2) de leerling een ondersteuningsbehoefte heeft "
              "op minstens twee van de vijf domeinen leren, gedrag, communicatie, fysiek en medisch, die de "
              "reguliere school ook met een arrangement niet kan beantwoorden, en (3) de beoogde vso-school "
              "heeft aangegeven de behoefte te kunnen beantwoorden. Aan voorwaarde 1 hoeft niet te worden voldaan "
              "bij leerlingen die vanuit het speciaal onderwijs (PO) instromen."),
        ("p", "Besluit 5.4: Een verklaring geldt voor twee schooljaren, in categorie laag, midden of hoog volgens "
              "het advies van de commissie."),
        ("p", "Besluit 5.5: Voor praktijkonderwijs en lwoo hanteert De Brede Stroom de landelijke criteria. "
              "De school van aanmelding vraagt de aanwijzing aan vóór 1 april; de Commissie Toegang beslist "
              "binnen vier weken."),
        ("p", "Besluit 5.6: Ouders die het niet eens zijn met een besluit, kunnen binnen zes weken een "
              "bezwaarschrift indienen. Het bezwaar wordt voorgelegd aan de Landelijke Bezwaaradviescommissie."),
        ("h1", "6 Terugplaatsing en overplaatsing"),
        ("p", "Besluit 6.1: Over terugplaatsing en overplaatsing vanuit het vso maken de schoolbesturen in de "
              "eerste helft van de planperiode nadere afspraken. Het resultaat daarvan wordt verwerkt bij de "
              "tussentijdse herziening van dit plan."),
        ("h1", "7 Financiën"),
        ("p", "Besluit 7.1: De middelen lichte ondersteuning worden volledig doorgezet naar de schoolbesturen "
              "naar rato van het aantal leerlingen op 1 oktober. Van de middelen zware ondersteuning ontvangt "
              "elke school daarnaast een schoolbudget van € 95 per leerling, met een minimum van € 25.000 per "
              "vestiging."),
        ("p", "Besluit 7.2: Arrangementen in trede 2 vraagt de school aan bij het bureau; de toekenning volgt "
              "een vast tarief per arrangement (ambulante begeleiding € 3.200 per half jaar; Het Anker € 7.800 "
              "per plaats per periode van twintig weken). Bij uitputting van het budget vindt toekenning plaats "
              "op volgorde van binnenkomst."),
        ("p", "Besluit 7.3: De meerjarenbegroting 2026-2029 wordt na vaststelling door de raad van toezicht in "
              "december 2026 als bijlage F bij dit plan gevoegd. Hierin zal ook de ontwikkeling van de reserves "
              "worden opgenomen."),
        ("h1", "8 Opbrengsten en kwaliteitszorg"),
        ("p", "Besluit 8.1: Voor leerlingen met extra ondersteuning streven wij in 2030 naar de volgende "
              "resultaten:"),
        ("table", [["Indicator", "Nulmeting 2025", "Doel 2030"],
                   ["Leerlingen met trede-2-arrangement dat binnen een jaar zonder arrangement verder kan",
                    "58%", "70%"],
                   ["Leerlingen die Het Anker binnen 20 weken verlaten naar de eigen school", "74%", "85%"],
                   ["Doorlooptijd aanvraag toegangsverklaring (werkdagen)", "31", "20"],
                   ["Vso-leerlingen die met diploma of certificaat uitstromen", "61%", "70%"]]),
        ("p", "Besluit 8.2: Het bureau verzamelt de gegevens twee keer per jaar uit het digitale dossier en uit "
              "de leerlingadministraties van de scholen. De directeur-bestuurder rapporteert de bereikte "
              "resultaten in de voortgangsrapportage in maart en in het jaarverslag; de Algemene Vergadering "
              "bespreekt afwijkingen van meer dan vijf procentpunt en stelt zo nodig bij."),
        ("p", "Besluit 8.3: Eens per twee jaar bevragen wij scholen, ouders en leerlingen over hun tevredenheid "
              "met de ondersteuning. De uitkomsten worden in het jaarverslag opgenomen."),
        ("h1", "9 Ouders"),
        ("p", "Besluit 9.1: Ouders vinden informatie over ondersteuning in de schoolgids, op de website van De "
              "Brede Stroom (rubriek 'Voor ouders') en in de brochure 'Een passende plek' die bij elke "
              "aanmelding voor het vo wordt meegegeven. Op de ouderavonden in groep 8 van de basisscholen "
              "geeft het bureau jaarlijks een presentatie."),
        ("p", "Besluit 9.2: Met vragen kunnen ouders in eerste instantie bij de mentor terecht. Een steunpunt "
              "voor ouders en jongeren richten wij in wanneer de wet dat verplicht stelt; de vormgeving volgt "
              "dan."),
    ]
    b += f["werkagenda"] + f["governance"] + f["goedbestuur"] + f["inspectie"] + f["opr"] + f["oogo"] + f["huisvesting"] + f["profcomm"] + f["personeel"] + f["ict"] + f["kennis"] + f["planning"]
    b += [("h1", "Begrippen"), ("dl", begrippen(VO_EXTRA + [("Toegangsverklaring", "Zie TLV.")]))]
    label = {
        "sector": "vo", "looks_like_plan": True,
        "elements": {"basisondersteuning": "missing", "plaatsing": "present", "terugstroom": "missing",
                     "financien": "partial", "dekkend-aanbod": "partial", "resultaten": "present",
                     "ouders": "partial"},
        "criteria": {"basisondersteuning.niveau": False, "basisondersteuning.inhoud": False,
                     "plaatsing.procedure": True, "plaatsing.criteria": True,
                     "terugstroom.procedure": False, "terugstroom.beleid": False,
                     "financien.verdeling": True, "financien.besteding": False,
                     "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": False,
                     "resultaten.doelen": True, "resultaten.monitoring": True,
                     "ouders.informatie": True, "ouders.steunpunt": False},
        "advisory_addressed": {"plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
                               "resultaten": ["meetbaar"],
                               "ouders": ["betrokkenheid"]},
        "notes": {
            "basisondersteuning": "Ch.3 only refers to school SOPs on school websites, a 4-yearly discussion and waits for the landelijke norm; no level or content; definition only in Begrippen.",
            "plaatsing": "Ch.5 uses 'toegangsverklaring': who applies (5.1), steps a-d with Commissie Toegang and 4-week term (5.2), three conditions (5.3), duration/category, pro/lwoo, bezwaar.",
            "terugstroom": "Ch.6 is a single deferral ('nadere afspraken ... eerste helft van de planperiode'); Het Anker terugkeerplan concerns a tussenvoorziening, not return from vso; term only in TOC/Begrippen.",
            "financien": "Ch.7: distribution per leerling/minimum and arrangement tariffs (7.1-7.2); meerjarenbegroting deferred to bijlage F after December 2026 (7.3), no amounts spent.",
            "dekkend-aanbod": "Ch.4 three treden incl. Het Anker, vso, pro (continuum); thuiszitters only a passing sentence, no approach to gaps or pupils without a place; OOGO text is procedural only.",
            "resultaten": "Ch.8 'Opbrengsten en kwaliteitszorg': indicator table with nulmeting/doel 2030 and twice-yearly data collection, reporting in voortgangsrapportage and jaarverslag.",
            "ouders": "Ch.9: informatie via schoolgids, website, brochure, presentations (9.1); independent help only deferred ('steunpunt ... wanneer de wet dat verplicht stelt'); mentor is not independent; TLV bezwaar (5.6) belongs to plaatsing.",
        },
    }
    return "vo-brede-stroom-ondersteuningsplan", b, label, "De Brede Stroom - Ondersteuningsplan 2026-2030"


# ---------------------------------------------------------------------------------------------
# Plan C: VO, html. basis P, plaatsing partial (criteria), terugstroom P (inside TLV chapter),
# financien P (tables), dekkend partial (continuum missing), resultaten P, ouders M
# ---------------------------------------------------------------------------------------------
def plan_c():
    name = "Samenwerkingsverband VO Eemdelta (VO 27-02)"
    short = "SWV Eemdelta"
    f = filler(name, short, "vo", opr_parents=False, oogo_substantive=False, region="de Eemdelta")
    b = [("title", "Ondersteuningsplan 2026-2030 – webversie\nSamenwerkingsverband VO Eemdelta"),
         ("toc", ["1 Inleiding", "2 Missie en visie", "3 Basisondersteuning", "4 Toelaatbaarheid en einde TLV",
                  "5 Thuiszitters en zorgplicht", "6 Begroting en verdeling", "7 Resultaten",
                  "8 Ouders en leerlingen", "9 Organisatie", "10 Planning", "Afkortingen"])]
    b += [("h1", "1 Inleiding")] + f["voorwoord"][1:] + f["leeswijzer"] + f["context"] + f["missie"] + f["ontwikkelingen"] + f["totstandkoming"]
    b += [
        ("h1", "3 Basisondersteuning"),
        ("p", "Besluit 3.1: Alle vestigingen van de aangesloten besturen bieden dezelfde basisondersteuning. "
              "Dit niveau is door de besturen gezamenlijk vastgesteld en is bindend; een vestiging die het niet "
              "haalt, valt onder besluit 3.3."),
        ("p", "Besluit 3.2: De basisondersteuning omvat in Eemdelta: (a) een mentoraat met wekelijks contact; "
              "(b) een ondersteuningscoördinator die ook aanspreekpunt is voor jeugdhulp; (c) begeleiding bij "
              "dyslexie, dyscalculie en NT2, inclusief examenfaciliteiten; (d) een aanbod voor executieve "
              "vaardigheden (plannen en organiseren) in leerjaar 1 en 2; (e) een time-outvoorziening met "
              "begeleiding; (f) een protocol medisch handelen; (g) een ontwikkelingsperspectief voor iedere "
              "leerling met een arrangement."),
        ("p", "Besluit 3.3: Het bureau bezoekt iedere vestiging eens per twee jaar en legt de bevindingen vast "
              "in een kwaliteitskaart. Bij tekortkomingen spreekt de directeur-bestuurder het schoolbestuur aan."),
        ("h1", "4 Toelaatbaarheid en einde TLV"),
        ("h2", "4.1 Aanvraag en besluit"),
        ("p", "Besluit 4.1: Het schoolbestuur van de huidige school dient de aanvraag voor een TLV vso, een "
              "aanwijzing lwoo of een toelaatbaarheid pro in via het loket. De aanvraag wordt binnen vijf "
              "werkdagen op volledigheid getoetst."),
        ("p", "Besluit 4.2: Twee onafhankelijke deskundigen (een orthopedagoog of psycholoog, en een tweede "
              "deskundige die past bij de vraag) brengen ieder schriftelijk advies uit. De Toelatingscommissie "
              "beslist binnen zes weken. Het besluit vermeldt de duur (een, twee of drie jaar) en de "
              "bekostigingscategorie."),
        ("p", "Besluit 4.3: De criteria waaraan de Toelatingscommissie een aanvraag toetst, zijn opgenomen in "
              "bijlage 5 'Toetsingskader toelaatbaarheid'."),
        ("p", "Besluit 4.4: Bezwaar tegen een besluit kan binnen zes weken worden ingediend. De bezwaarschriften "
              "worden behandeld door de Landelijke Bezwaaradviescommissie."),
        ("h2", "4.2 Einde van de TLV en terugkeer naar het regulier vo"),
        ("p", "Uitgangspunt van Eemdelta is dat een plaatsing in het vso tijdelijk is wanneer dat mogelijk is. "
              "Een TLV is geen eindstation maar een periode waarin de leerling groeit naar een plek in het "
              "regulier vo of naar vervolgonderwijs."),
        ("p", "Besluit 4.5: Terugkeer is het doel voor iedere leerling die in het OPP een regulier "
              "uitstroomprofiel heeft. Voorwaarde is dat de ontvangende school de ondersteuningsbehoefte "
              "binnen de basisondersteuning of met een arrangement kan beantwoorden; de vso-school en de "
              "ontvangende school stellen dat samen vast."),
        ("p", "Besluit 4.6: Stappen: (1) de vso-school bespreekt het perspectief op terugkeer jaarlijks bij de "
              "evaluatie van het OPP; (2) in het laatste jaar van de TLV doet de vso-school vóór 1 maart een "
              "voorstel aan het loket: verlengen of terugkeren; (3) bij terugkeer zoekt de vso-school samen met "
              "de ondersteuningscoördinator van het samenwerkingsverband een ontvangende school; (4) de "
              "Toelatingscommissie neemt het besluit dat de TLV niet wordt verlengd; (5) na de overstap volgt "
              "een evaluatie na zes weken en na zes maanden."),
        ("p", "Besluit 4.7: Na terugkeer ontvangt de ontvangende school gedurende één schooljaar een "
              "terugkeerarrangement van € 4.500, waaruit onder meer ambulante begeleiding door de vso-school "
              "wordt bekostigd."),
        ("p", "Besluit 4.8: Het bureau registreert elke terugplaatsing; in 2024-2025 keerden 23 leerlingen "
              "terug, in 2025-2026 31."),
        ("h1", "5 Thuiszitters en zorgplicht"),
        ("p", "Besluit 5.1: Iedere jongere die niet of niet volledig naar school gaat, wordt binnen vijf "
              "schooldagen door de school gemeld bij het bureau en bij leerplicht. Het bureau wijst een "
              "trajectbegeleider aan die binnen twee weken een terugkeerplan opstelt met school, jongere, "
              "leerplicht en zo nodig jeugdhulp."),
        ("p", "Besluit 5.2: Een jongere die langer dan vier weken zonder passende plek is, wordt besproken aan "
              "de Regiotafel; die tafel kan doorzettingsmacht gebruiken. De school van inschrijving behoudt de "
              "zorgplicht. Voor jongeren die nergens zijn ingeschreven, neemt het bureau de regie."),
        ("p", "Besluit 5.3: Structurele tekorten die aan de Regiotafel zichtbaar worden, worden twee keer per jaar "
              "gerapporteerd aan de Algemene Vergadering, met een voorstel om het tekort op te lossen."),
        ("p", "Welke extra ondersteuning en bovenschoolse voorzieningen er in de regio zijn en hoe die op elkaar "
              "aansluiten, brengen wij in het voorjaar van 2027 in kaart in de online sociale kaart van "
              "Eemdelta."),
        ("h1", "6 Begroting en verdeling"),
        ("p", "Besluit 6.1: Het samenwerkingsverband verdeelt de middelen via schoolbudgetten. Het schoolbudget "
              "bestaat uit een bedrag per leerling en een deel naar ondersteuningsbehoefte:"),
        ("table", [["Onderdeel", "Grondslag", "Bedrag"],
                   ["Leerlingdeel", "leerlingen op 1 oktober t-1", "€ 118 per leerling"],
                   ["Vestigingsdeel", "per vestiging", "€ 12.500"],
                   ["Ondersteuningsdeel", "aantal leerlingen met OPP op 1 oktober", "€ 650 per leerling"]]),
        ("p", "Besluit 6.2: Schoolbudgetten worden in twee termijnen uitgekeerd (oktober en maart). Wat op "
              "31 juli niet is besteed, mag een bestuur één jaar meenemen; daarna vloeit het terug."),
        ("table", [["Meerjarenbegroting (× € 1.000)", "2026", "2027", "2028", "2029"],
                   ["Baten rijksbijdrage", "9.840", "9.790", "9.720", "9.650"],
                   ["Afdrachten vso/pro", "5.610", "5.580", "5.560", "5.530"],
                   ["Schoolbudgetten", "2.720", "2.700", "2.670", "2.640"],
                   ["Terugkeerarrangementen", "140", "150", "150", "150"],
                   ["Regiotafel en trajectbegeleiding", "420", "430", "430", "440"],
                   ["Bureau, huisvesting, ICT", "910", "920", "930", "940"],
                   ["Resultaat", "40", "10", "-20", "-50"]]),
        ("p", "Het negatieve resultaat vanaf 2028 is bewust: de reserve boven de signaleringswaarde wordt zo "
              "afgebouwd."),
        ("h1", "7 Resultaten"),
        ("p", "Besluit 7.1: Beoogde resultaten voor leerlingen met extra ondersteuning in 2030: (a) 90% van de "
              "leerlingen met een OPP haalt het uitstroomprofiel; (b) er zijn geen jongeren langer dan drie "
              "maanden zonder onderwijs; (c) ten minste 30 leerlingen per jaar keren terug uit het vso."),
        ("p", "Besluit 7.2: Het bureau meet deze resultaten jaarlijks op 1 oktober met gegevens uit het loket, "
              "de leerlingadministraties en leerplicht, en rapporteert ze in het jaarverslag en op de website. "
              "Een externe auditor beoordeelt eens per twee jaar de kwaliteitszorg."),
        ("h1", "8 Ouders en leerlingen"),
        ("p", "Passend onderwijs doen wij voor leerlingen. Wij vinden het belangrijk dat jongeren zelf een stem "
              "hebben. Besluit 8.1: Iedere school heeft een leerlingpanel dat ten minste één keer per jaar "
              "spreekt over de ondersteuning op school; het samenwerkingsverband organiseert jaarlijks een "
              "jongerenpanel."),
    ]
    b += f["werkagenda"] + f["governance"] + f["goedbestuur"] + f["inspectie"] + f["opr"] + f["oogo"] + f["huisvesting"] + f["profcomm"] + f["personeel"] + f["kennis"] + f["ict"] + f["planning"]
    b += [("h1", "Afkortingen en begrippen"), ("dl", begrippen(VO_EXTRA + [
        ("Informatievoorziening ouders", "Zie website en schoolgids."),
        ("Ondersteuningscontinuüm", "De opeenvolging van basisondersteuning, extra ondersteuning en "
                                    "speciaal onderwijs.")]))]
    label = {
        "sector": "vo", "looks_like_plan": True,
        "elements": {"basisondersteuning": "present", "plaatsing": "partial", "terugstroom": "present",
                     "financien": "present", "dekkend-aanbod": "partial", "resultaten": "present",
                     "ouders": "missing"},
        "criteria": {"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
                     "plaatsing.procedure": True, "plaatsing.criteria": False,
                     "terugstroom.procedure": True, "terugstroom.beleid": True,
                     "financien.verdeling": True, "financien.besteding": True,
                     "dekkend-aanbod.continuum": False, "dekkend-aanbod.lacunes": True,
                     "resultaten.doelen": True, "resultaten.monitoring": True,
                     "ouders.informatie": False, "ouders.steunpunt": False},
        "advisory_addressed": {"basisondersteuning": ["borging"],
                               "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
                               "terugstroom": ["monitoring"],
                               "financien": ["reserves"],
                               "resultaten": ["meetbaar"]},
        "notes": {
            "basisondersteuning": "Ch.3 Besluit 3.1 (binding level for all vestigingen), 3.2 list a-g, 3.3 kwaliteitskaart.",
            "plaatsing": "Ch.4.1 procedure (loket, two deskundigen, Toelatingscommissie, 6 weeks, duration/category, bezwaar) but criteria only referred to absent 'bijlage 5 Toetsingskader'.",
            "terugstroom": "Inside TLV chapter 4.2 'Einde van de TLV': aim/condition/terugkeerarrangement (beleid, 4.5/4.7) and steps 1-5 with evaluation moments (4.6); counts in 4.8.",
            "financien": "Ch.6: leerling/vestiging/ondersteuningsdeel table (verdeling) and meerjarenbegroting table in k EUR (besteding); reserve afbouw mentioned.",
            "dekkend-aanbod": "Ch.5 thuiszitters, Regiotafel, zorgplicht, structural gaps (lacunes); overview of extra/bovenschoolse provisions deferred to 'voorjaar 2027 sociale kaart'; continuum only in glossary.",
            "resultaten": "Ch.7: beoogde resultaten a-c with numbers (7.1) and yearly measurement and reporting, external audit (7.2).",
            "ouders": "Ch.8 'Ouders en leerlingen' only covers pupil panels; no parent information or independent support; glossary entry 'Zie website en schoolgids' is not body text; OPR without parents geleding.",
        },
    }
    return "vo-eemdelta-ondersteuningsplan-web", b, label, "SWV Eemdelta - Ondersteuningsplan"


# ---------------------------------------------------------------------------------------------
# Plan D: PO, docx. basis partial (inhoud), plaatsing P, terugstroom partial (procedure),
# financien M, dekkend P, resultaten M, ouders P
# ---------------------------------------------------------------------------------------------
def plan_d():
    name = "Samenwerkingsverband Passend Primair Onderwijs Kempenland-Noord (PO 30-09)"
    short = "Kempenland-Noord"
    f = filler(name, short, "po", opr_parents=True, oogo_substantive=True, region="de noordelijke Kempen")
    b = [("title", "Ondersteuningsplan 2026-2030\nSamenwerkingsverband PO Kempenland-Noord\nPO 30-09"),
         ("toc", ["Voorwoord", "1 Kenmerken van het samenwerkingsverband", "2 Missie en visie",
                  "3 Basisondersteuning", "4 Ondersteuningsroute en dekkend netwerk",
                  "5 Toelaatbaarheid sbo en so", "6 Terugplaatsing", "7 Ouders", "8 Kwaliteit",
                  "9 Financiën", "10 Organisatie", "11 Planning", "Begrippenlijst"])]
    b += f["voorwoord"] + f["context"] + f["missie"] + f["ontwikkelingen"] + f["totstandkoming"] + f["terugblik"]
    b += [
        ("h1", "3 Basisondersteuning"),
        ("p", "Besluit 3.1: Basisondersteuning is in Kempenland-Noord het niveau van ondersteuning dat alle "
              "41 basisscholen en de sbo-school minimaal bieden aan ieder kind, planmatig en binnen de eigen "
              "ondersteuningsstructuur. Het niveau is in het algemeen bestuur van 2 februari 2026 door alle "
              "besturen bindend vastgesteld."),
        ("p", "Besluit 3.2: Wat de basisondersteuning concreet inhoudt, beschrijft iedere school in haar eigen "
              "schoolondersteuningsprofiel. Een regiobrede standaardlijst met voorzieningen wordt opgesteld "
              "zodra de landelijke norm bekend is."),
        ("p", "Toelichting. Besturen willen ruimte houden voor het eigen onderwijsconcept. Het "
              "samenwerkingsverband respecteert die ruimte."),
        ("h1", "4 Ondersteuningsroute en dekkend netwerk"),
        ("p", "Besluit 4.1: De ondersteuningsroute kent vier niveaus. Niveau 1 is de basisondersteuning in de "
              "groep. Niveau 2 is extra ondersteuning op school met een arrangement van het samenwerkingsverband "
              "(bijvoorbeeld inzet van een gedragsspecialist, een taal-leesarrangement of een plusgroep). "
              "Niveau 3 zijn de bovenschoolse voorzieningen: de observatiegroep 'De Sprong' (maximaal 16 weken) "
              "en de taalklas voor nieuwkomers. Niveau 4 is het speciaal basisonderwijs (De Kempenhof) en het "
              "speciaal onderwijs cluster 3 en 4."),
        ("p", "Besluit 4.2: Bij elke overgang naar een volgend niveau bespreekt de school het kind in het "
              "ondersteuningsteam met de ouders en de onderwijsadviseur van het samenwerkingsverband."),
        ("p", "Besluit 4.3: Het samenwerkingsverband houdt per kwartaal een overzicht bij van kinderen die "
              "thuiszitten, op een wachtlijst staan of een vrijstelling hebben. Het Thuiszitterspact met de vier "
              "gemeenten legt de taakverdeling tussen onderwijs, leerplicht en jeugdhulp vast. De onderwijs"
              "adviseur is casusregisseur; lukt het niet binnen zes weken een aanbod te vinden, dan escaleert de directeur naar het "
              "bestuurlijk overleg met de wethouders."),
        ("p", "Besluit 4.4: Ontbreekt voor een groep kinderen een passend aanbod in de regio, dan ontwikkelt het "
              "samenwerkingsverband binnen een jaar een voorziening met de besturen; voorbeeld is de in 2025 "
              "gestarte groep voor jonge risicoleerlingen."),
        ("h1", "5 Toelaatbaarheid sbo en so"),
        ("p", "Besluit 5.1: De basisschool (het bevoegd gezag) vraagt de TLV aan bij het Loket Kempenland na "
              "een multidisciplinair overleg met de ouders. De aanvraag bevat het OPP en het groeidocument."),
        ("p", "Besluit 5.2: De orthopedagoog van het loket en een tweede deskundige (psycholoog, maatschappelijk "
              "werker of jeugdarts) geven ieder een schriftelijk advies. De Commissie van Toelaatbaarheid "
              "besluit binnen vier weken; in de zomervakantie geldt een termijn van zes weken."),
        ("p", "Besluit 5.3: Een kind is toelaatbaar tot sbo als de basisschool met een arrangement op niveau 2 en "
              "3 gedurende ten minste zes maanden onvoldoende kon bieden en het kind is aangewezen op een "
              "kleinere groep met specifieke didactiek. Een kind is toelaatbaar tot so als het daarnaast "
              "intensieve zorg of begeleiding nodig heeft die in het sbo niet geboden kan worden, of als het "
              "een (ernstige) verstandelijke, lichamelijke of meervoudige beperking heeft."),
        ("p", "Besluit 5.4: Een TLV sbo geldt voor de resterende basisschoolperiode; een TLV so voor twee "
              "schooljaren in de categorie die de deskundigen adviseren. Bezwaar is mogelijk bij de Landelijke "
              "Bezwaaradviescommissie, binnen zes weken na het besluit."),
        ("h1", "6 Terugplaatsing"),
        ("p", "Besluit 6.1: Wij gaan ervan uit dat ieder kind in sbo of so perspectief houdt op terugkeer naar de "
              "basisschool. Terugkeer is aan de orde wanneer het kind in het sbo of so een stabiele ontwikkeling "
              "laat zien en een basisschool in de buurt met een arrangement kan aansluiten bij zijn behoeften."),
        ("p", "Besluit 6.2: De ontvangende basisschool krijgt bij terugkeer een terugkeerarrangement voor één "
              "schooljaar, met inzet van een gedragsspecialist of ambulant begeleider uit het so, en het kind "
              "behoudt een vast aanspreekpunt bij het loket."),
        ("p", "Hoe de route in de praktijk loopt – wie het initiatief neemt, welke momenten van evaluatie er "
              "zijn en hoe de afloop van de TLV wordt geregeld – werkt het loket uit in de handreiking "
              "'Terug naar de buurtschool', die na de zomer van 2027 beschikbaar komt."),
        ("h1", "7 Ouders"),
        ("p", "Besluit 7.1: Iedere school informeert ouders in de schoolgids en bij het intakegesprek over de "
              "ondersteuning op school en in de regio. Het samenwerkingsverband heeft een oudersite met uitleg "
              "over de route, een animatiefilm en veelgestelde vragen, en houdt twee keer per jaar een "
              "ouderinformatieavond in samenwerking met de gemeenten."),
        ("p", "Besluit 7.2: Ouders die vastlopen of het oneens zijn, kunnen kosteloos terecht bij het "
              "Ouder- en Jeugdsteunpunt Kempen (onafhankelijk, ondergebracht bij de stichting MEE), bij de "
              "Onderwijsconsulenten en bij de Geschillencommissie Passend Onderwijs."),
        ("p", "Besluit 7.3: Ouders zijn betrokken bij iedere bespreking over hun kind en ondertekenen het "
              "handelingsdeel van het OPP."),
        ("h1", "8 Kwaliteit"),
        ("p", "Het samenwerkingsverband valt onder het toezicht van de inspectie. Het inspectiebezoek in 2024 "
              "leverde een voldoende oordeel op. Een systematiek om de opbrengsten van passend onderwijs voor "
              "kinderen te volgen ontwikkelen wij in de planperiode samen met de besturen; tot die tijd "
              "hanteren wij het jaarverslag als verantwoordingsdocument over de bedrijfsvoering."),
        ("h1", "9 Financiën"),
        ("p", "De financiële paragraaf – het verdeelmodel, de meerjarenbegroting en het reservebeleid – wordt "
              "jaarlijks als afzonderlijk document door het algemeen bestuur vastgesteld en maakt geen deel uit "
              "van dit plan. De middelen die het samenwerkingsverband ontvangt, worden ingezet voor de "
              "doelen van dit plan."),
    ]
    b += f["werkagenda"] + f["governance"] + f["goedbestuur"] + f["inspectie"] + f["opr"] + f["oogo"] + f["huisvesting"] + f["profcomm"] + f["personeel"] + f["kennis"] + f["ict"] + f["planning"]
    b += [("h1", "Begrippenlijst"), ("dl", begrippen(PO_EXTRA + [
        ("Verdeelmodel", "De regels waarmee het samenwerkingsverband middelen over de scholen verdeelt."),
        ("Beoogde resultaten", "De resultaten die het samenwerkingsverband nastreeft.")]))]
    label = {
        "sector": "po", "looks_like_plan": True,
        "elements": {"basisondersteuning": "partial", "plaatsing": "present", "terugstroom": "partial",
                     "financien": "missing", "dekkend-aanbod": "present", "resultaten": "missing",
                     "ouders": "present"},
        "criteria": {"basisondersteuning.niveau": True, "basisondersteuning.inhoud": False,
                     "plaatsing.procedure": True, "plaatsing.criteria": True,
                     "terugstroom.procedure": False, "terugstroom.beleid": True,
                     "financien.verdeling": False, "financien.besteding": False,
                     "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
                     "resultaten.doelen": False, "resultaten.monitoring": False,
                     "ouders.informatie": True, "ouders.steunpunt": True},
        "advisory_addressed": {"plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
                               "dekkend-aanbod": ["ketenpartners"],
                               "ouders": ["betrokkenheid"]},
        "notes": {
            "basisondersteuning": "Ch.3 Besluit 3.1 defines the binding minimum level for all 41 schools; content delegated to each SOP and a future regional list (3.2).",
            "plaatsing": "Ch.5: Loket, two deskundigen, Commissie van Toelaatbaarheid within 4 weeks (5.1-5.2), sbo/so criteria (5.3), duration, bezwaar (5.4).",
            "terugstroom": "Ch.6: policy (perspective, conditions, terugkeerarrangement, 6.1-6.2); the route (initiative, evaluation, end of TLV) deferred to handreiking 'na de zomer van 2027'.",
            "financien": "Ch.9 states the financial paragraph is a separate document not part of this plan; only passing 'middelen'; Verdeelmodel only in Begrippenlijst.",
            "dekkend-aanbod": "Ch.4: four niveaus with De Sprong, sbo, so (continuum); quarterly overview, Thuiszitterspact, escalation, new provisions (lacunes); OOGO Besluit O.1.",
            "resultaten": "Ch.8 'Kwaliteit' only inspection verdict and a deferral of an opbrengsten-systematiek; 'Beoogde resultaten' only in Begrippenlijst.",
            "ouders": "Ch.7: schoolgids, oudersite, avonden (7.1); Ouder- en Jeugdsteunpunt Kempen, onderwijsconsulenten, geschillencommissie (7.2); betrokkenheid 7.3.",
        },
    }
    return "po-kempenland-noord-ondersteuningsplan", b, label, "Ondersteuningsplan PO Kempenland-Noord 2026-2030 - resultaten en financiën"


# ---------------------------------------------------------------------------------------------
# Plan E: VO, pdf. basis partial (only borging), plaatsing M, terugstroom P, financien partial
# (verdeling), dekkend M, resultaten partial (doelen), ouders P
# ---------------------------------------------------------------------------------------------
def plan_e():
    name = "Samenwerkingsverband VO Lingewaard-Betuwe (VO 25-14)"
    short = "SWV Lingewaard-Betuwe"
    f = filler(name, short, "vo", opr_parents=True, oogo_substantive=False, region="de Betuwe")
    b = [("title", "Ondersteuningsplan op hoofdlijnen 2026-2030\nSamenwerkingsverband VO Lingewaard-Betuwe"),
         ("toc", ["Voorwoord", "1 Kenmerken", "2 Koers", "3 Basisondersteuning", "4 Toewijzing en "
                  "toelaatbaarheid", "5 Doorstroom en overgangen", "6 Dekkend aanbod", "7 Geld",
                  "8 Kwaliteitszorg", "9 Ouders en jongeren", "10 Organisatie", "11 Planning",
                  "Begrippenlijst"])]
    b += f["voorwoord"] + f["leeswijzer"] + f["context"] + f["missie"] + f["ontwikkelingen"] + f["totstandkoming"]
    b += [
        ("p", "Dit plan is nadrukkelijk een plan op hoofdlijnen. Uitwerkingen staan in reglementen en in het "
              "jaarplan, die afzonderlijk worden vastgesteld."),
        ("h1", "3 Basisondersteuning"),
        ("p", "Over de vraag of wij in Lingewaard-Betuwe een gezamenlijk minimumniveau van basisondersteuning "
              "afspreken en wat daartoe behoort, besluit het bestuur nadat de landelijke norm "
              "basisondersteuning is vastgesteld. Tot dat moment bepalen de scholen zelf hun ondersteuning."),
        ("p", "Besluit 3.1: Het bureau toetst jaarlijks in een auditgesprek met iedere schoolleider of de "
              "school de ondersteuning uit haar schoolgids waarmaakt. Het verslag gaat naar het schoolbestuur; "
              "bij tekortkomingen maakt het bestuur binnen drie maanden afspraken over verbetering, die het "
              "bureau na een half jaar opnieuw toetst."),
        ("h1", "4 Toewijzing en toelaatbaarheid"),
        ("p", "Besluit 4.1: De werkwijze voor de toewijzing van vso, pro en lwoo is vastgelegd in het "
              "Reglement Toewijzing Lingewaard-Betuwe, te raadplegen op www.swv-lingewaard-betuwe.nl/reglement."),
        ("p", "Het reglement wordt eens per twee jaar geëvalueerd. De uitkomsten van de evaluatie worden met "
              "de schoolbesturen besproken."),
        ("h1", "5 Doorstroom en overgangen"),
        ("p", "Overgangen zijn kwetsbare momenten: van po naar vo, van de onderbouw naar de bovenbouw, van vo "
              "naar mbo en – voor een kleine groep – van het vso terug naar het regulier vo."),
        ("h2", "5.1 Van po naar vo"),
        ("p", "De warme overdracht van po naar vo is in de regio goed geregeld via het Plaatsingsprotocol "
              "Betuwe. Basisscholen en vo-scholen voeren een gesprek over iedere leerling met een OPP."),
        ("h2", "5.2 Van het vso naar het regulier vo"),
        ("p", "Besluit 5.1: Wij willen dat jongeren niet langer in het vso blijven dan nodig is. Terugkeer naar "
              "het regulier vo vindt plaats wanneer de jongere het onderwijsprogramma van een reguliere school "
              "kan volgen en de ondersteuningsbehoefte met een arrangement is te beantwoorden. Na terugkeer "
              "houdt de jongere een jaar lang recht op begeleiding door een ambulant begeleider van de "
              "vso-school en op een vast contactmoment per maand."),
        ("p", "Besluit 5.2: De vso-school bespreekt twee keer per jaar met jongere en ouders of terugkeer "
              "haalbaar is. In het laatste jaar van de TLV meldt de vso-school uiterlijk 15 februari bij het "
              "bureau of terugkeer wordt voorbereid. Het bureau en de vso-school kiezen samen met ouders een "
              "reguliere school; de directeur van het bureau stelt vast dat geen nieuwe TLV nodig is. Een "
              "proefplaatsing van zes weken kan voorafgaan aan de definitieve inschrijving per 1 augustus."),
        ("h2", "5.3 Van vo naar mbo"),
        ("p", "Met de twee roc's in de regio is het convenant 'Doorlopende leerlijn vmbo-mbo' gesloten. "
              "Jongeren met een ondersteuningsbehoefte worden vóór 1 april aangemeld, zodat het mbo tijdig "
              "een intakegesprek kan voeren."),
        ("h1", "6 Dekkend aanbod"),
        ("p", "Het dekkend aanbod is een gezamenlijke verantwoordelijkheid van de schoolbesturen. Een "
              "inventarisatie van het aanbod en een analyse van eventuele leemten zijn opgenomen in de "
              "werkagenda van het jaarplan 2026-2027 en worden daarin uitgewerkt."),
        ("h1", "7 Geld"),
        ("p", "Besluit 7.1: De middelen worden in de planperiode als volgt ingezet (× € 1.000):"),
        ("table", [["Post", "2026", "2027", "2028", "2029"],
                   ["Afdracht vso en pro", "4.870", "4.840", "4.810", "4.790"],
                   ["Middelen naar schoolbesturen", "2.150", "2.150", "2.140", "2.130"],
                   ["Ambulante begeleiding terugkeer", "180", "190", "190", "190"],
                   ["Bureau en toewijzing", "760", "770", "780", "790"],
                   ["Ouder- en jongerensteunpunt", "60", "62", "64", "66"],
                   ["Totaal lasten", "8.020", "8.012", "7.984", "7.966"]]),
        ("p", "Besluit 7.2: Hoe de middelen naar schoolbesturen over de afzonderlijke besturen en scholen worden "
              "verdeeld, wordt in 2026 herzien. Het nieuwe verdeelmodel wordt vastgelegd in een addendum bij "
              "dit plan; tot de vaststelling daarvan geldt het bestaande model."),
        ("h1", "8 Kwaliteitszorg"),
        ("p", "De beoogde resultaten voor leerlingen met een ondersteuningsbehoefte formuleren de schoolbesturen "
              "in hun eigen strategisch beleidsplan; het samenwerkingsverband neemt die niet over."),
        ("p", "Besluit 8.1: Het bureau meet twee keer per jaar (peildata 1 oktober en 1 maart) het aantal "
              "leerlingen met een arrangement, de doorstroom tussen vso en regulier vo, het verzuim en de "
              "doorlooptijd van toewijzingen. De cijfers worden per bestuur teruggekoppeld in het "
              "kwaliteitsgesprek en in het jaarverslag openbaar gemaakt; bij opvallende verschillen stelt de "
              "directeur verbeterafspraken voor in de Algemene Vergadering."),
        ("h1", "9 Ouders en jongeren"),
        ("p", "Besluit 9.1: Ouders worden geïnformeerd via de schoolgids, het ouderportaal van de school, de "
              "website van het samenwerkingsverband en de jaarlijkse voorlichtingsavond voor ouders van "
              "leerlingen in groep 8 en klas 1. Elke mentor bespreekt bij het eerste oudergesprek de folder "
              "'Ondersteuning in de Betuwe'."),
        ("p", "Besluit 9.2: Voor onafhankelijk advies en bemiddeling kunnen ouders en jongeren terecht bij het "
              "Ouder- en Jongerensteunpunt Betuwe. Het steunpunt valt niet onder een school of het bureau en "
              "rapporteert jaarlijks zijn signalen aan de raad van toezicht. Ook kunnen ouders zich wenden tot "
              "de onderwijsconsulenten; bij geschillen staat de Geschillencommissie Passend Onderwijs open."),
    ]
    b += f["terugblik"] + f["werkagenda"] + f["governance"] + f["goedbestuur"] + f["inspectie"] + f["opr"] + f["oogo"] + \
        f["huisvesting"] + f["profcomm"] + f["personeel"] + f["kennis"] + f["ict"] + f["planning"]
    b += [("h1", "Begrippenlijst"), ("dl", begrippen(VO_EXTRA + [
        ("Toelaatbaarheidscriteria", "De criteria waarop een TLV wordt afgegeven."),
        ("Zorgplicht", "De plicht van een school om voor een aangemelde leerling een passende plek te "
                       "vinden.")]))]
    label = {
        "sector": "vo", "looks_like_plan": True,
        "elements": {"basisondersteuning": "partial", "plaatsing": "missing", "terugstroom": "present",
                     "financien": "partial", "dekkend-aanbod": "missing", "resultaten": "partial",
                     "ouders": "present"},
        "criteria": {"basisondersteuning.niveau": False, "basisondersteuning.inhoud": False,
                     "plaatsing.procedure": False, "plaatsing.criteria": False,
                     "terugstroom.procedure": True, "terugstroom.beleid": True,
                     "financien.verdeling": False, "financien.besteding": True,
                     "dekkend-aanbod.continuum": False, "dekkend-aanbod.lacunes": False,
                     "resultaten.doelen": False, "resultaten.monitoring": True,
                     "ouders.informatie": True, "ouders.steunpunt": True},
        "advisory_addressed": {"basisondersteuning": ["borging"],
                               "resultaten": ["meetbaar"],
                               "ouders": ["betrokkenheid"]},
        "notes": {
            "basisondersteuning": "Ch.3: level and content deferred until the landelijke norm; only borging addressed (Besluit 3.1 yearly audit and follow-up) -> partial via advisory criterion.",
            "plaatsing": "Ch.4 only refers to the Reglement Toewijzing on a website; TLV/lwoo/pro criteria only in Begrippenlijst.",
            "terugstroom": "Ch.5.2 under 'Doorstroom en overgangen': policy (conditions, one year ambulante begeleiding, 5.1) and procedure (twice-yearly review, 15 Feb report, decision, proefplaatsing, 5.2).",
            "financien": "Ch.7 'Geld': meerjarige bestedingstabel (7.1); distribution model being revised, addendum deferred, existing model not described (7.2).",
            "dekkend-aanbod": "Ch.6 is a deferral to the jaarplan werkagenda; zorgplicht only in Begrippenlijst; no continuum or gap approach.",
            "resultaten": "Ch.8: beoogde resultaten left to school boards' own plans; monitoring twice a year with peildata and reporting (8.1).",
            "ouders": "Ch.9: schoolgids, ouderportaal, website, voorlichtingsavond, folder (9.1); Ouder- en Jongerensteunpunt Betuwe, onderwijsconsulenten, geschillencommissie (9.2).",
        },
    }
    return "vo-lingewaard-betuwe-op-hoofdlijnen", b, label, "SWV VO Lingewaard-Betuwe - Ondersteuningsplan op hoofdlijnen"


# ---------------------------------------------------------------------------------------------
# Near miss: school-level 'ondersteuningsplan' of a VO school (not a SWV plan)
# ---------------------------------------------------------------------------------------------
def near_miss():
    b = [("title", "Ondersteuningsplan 2025-2026\nCSG Het Baken, vestiging Dalweg\nvmbo - havo - vwo"),
         ("toc", ["1 Inleiding", "2 Zorgniveaus op Het Baken", "3 Basisondersteuning", "4 Extra ondersteuning "
                  "en arrangementen", "5 Aanvraag TLV bij het samenwerkingsverband", "6 Terugkeer uit het "
                  "vso", "7 Ouders", "8 Financiën van de ondersteuning", "9 Resultaten", "10 Jaarplanning "
                  "zorgteam"]),
         ("h1", "1 Inleiding"),
         ("p", "Dit ondersteuningsplan beschrijft hoe CSG Het Baken, vestiging Dalweg, in het schooljaar 2025-2026 "
               "de ondersteuning voor haar 1.140 leerlingen organiseert. Het plan is opgesteld door het zorgteam "
               "en besproken in de deelraad. Het is een werkdocument voor mentoren, docenten en "
               "teamleiders en vult het schoolondersteuningsprofiel aan. Wij maken deel uit van "
               "Samenwerkingsverband VO Rijnkade; het ondersteuningsplan van het samenwerkingsverband is "
               "leidend voor de afspraken over toelaatbaarheid en middelen."),
         ("p", "Het plan wordt ieder jaar in juni geactualiseerd. Nieuw dit jaar zijn de inzet van een tweede "
               "orthopedagoog, de uitbreiding van het Rebound-lokaal en een nieuwe werkwijze voor "
               "groepsbesprekingen in de onderbouw."),
         ("h1", "2 Zorgniveaus op Het Baken"),
         ("p", "Wij werken met vijf zorgniveaus. Niveau 1 is de ondersteuning die de docent in de les biedt. "
               "Niveau 2 is de mentor, die het eerste aanspreekpunt is voor leerling en ouders. Niveau 3 is het "
               "zorgteam: zorgcoördinator, orthopedagoog, vertrouwenspersoon en decaan. Niveau 4 is het "
               "ondersteuningsteam met externe partners zoals de jeugdarts, de leerplichtambtenaar en het "
               "wijkteam. Niveau 5 is de aanvraag van een arrangement of TLV bij het samenwerkingsverband."),
         ("p", "Iedere klas wordt drie keer per jaar besproken in een groepsbespreking. De mentor bereidt de "
               "bespreking voor met de klassenmap; de teamleider zit de bespreking voor. Leerlingen over wie "
               "zorgen bestaan, worden na de groepsbespreking aangemeld bij het zorgteam via het "
               "aanmeldformulier in Magister."),
         ("h1", "3 Basisondersteuning"),
         ("p", "Op Het Baken bieden wij onder meer: dyslexiebegeleiding met voorleessoftware, faalangst"
               "reductietraining in klas 2, een huiswerkklas op maandag tot en met donderdag, een "
               "time-outruimte ('Het Rustpunt') en een rots-en-watertraining in klas 1. Leerlingen met een "
               "medische aandoening krijgen een medisch protocol."),
         ("p", "De zorgcoördinator houdt een overzicht bij van alle leerlingen met een faciliteitenpas. De pas "
               "wordt ieder jaar in september vernieuwd en door de mentor aan de leerling uitgereikt."),
         ("h1", "4 Extra ondersteuning en arrangementen"),
         ("p", "Voor leerlingen die meer nodig hebben, kunnen wij een arrangement aanvragen bij het "
               "samenwerkingsverband. De orthopedagoog stelt samen met de mentor het ontwikkelingsperspectief "
               "(OPP) op. Het OPP wordt twee keer per jaar geëvalueerd met leerling en ouders."),
         ("p", "Het Rebound-lokaal biedt plaats aan maximaal acht leerlingen tegelijk, voor een periode van zes "
               "tot twaalf weken. Doel is dat de leerling weer volledig de lessen volgt. Aanmelding loopt via "
               "het zorgteam."),
         ("h1", "5 Aanvraag TLV bij het samenwerkingsverband"),
         ("p", "Wanneer het zorgteam concludeert dat Het Baken niet kan bieden wat een leerling nodig heeft, "
               "bespreken wij met ouders een overstap. De zorgcoördinator verzamelt het dossier en dient de "
               "aanvraag in bij het loket van het samenwerkingsverband. Het samenwerkingsverband beslist; de "
               "criteria en termijnen staan in het ondersteuningsplan van het samenwerkingsverband."),
         ("p", "Tijdens de aanvraag blijft de leerling bij ons ingeschreven. Wij houden contact met ouders over "
               "de voortgang, minimaal eens per twee weken."),
         ("h1", "6 Terugkeer uit het vso"),
         ("p", "Jaarlijks keren enkele leerlingen vanuit het vso terug naar Het Baken. Wij ontvangen hen met "
               "een startgesprek, een vaste coach en een aangepast rooster in de eerste zes weken."),
         ("h1", "7 Ouders"),
         ("p", "Ouders zijn onze partners. Zij worden uitgenodigd voor de oudergesprekken na elk rapport en "
               "kunnen altijd contact opnemen met de mentor. Vragen over ondersteuning kunnen zij stellen aan "
               "de zorgcoördinator. Wij verwijzen ouders met vragen die wij niet kunnen beantwoorden naar het "
               "ouder- en jeugdsteunpunt van het samenwerkingsverband."),
         ("h1", "8 Financiën van de ondersteuning"),
         ("p", "Het Baken ontvangt van het samenwerkingsverband een schoolbudget. Dit schooljaar besteden wij "
               "het aan:"),
         ("table", [["Post", "Bedrag"], ["Formatie zorgcoördinator (1,0 fte)", "€ 92.000"],
                    ["Orthopedagoog (0,8 fte)", "€ 78.000"], ["Rebound-lokaal", "€ 64.000"],
                    ["Trainingen en materialen", "€ 11.500"], ["Totaal", "€ 245.500"]]),
         ("h1", "9 Resultaten"),
         ("p", "In 2024-2025 kregen 96 leerlingen een faciliteitenpas, werden 22 OPP's opgesteld en verlieten "
               "4 leerlingen de school met een TLV. 37 leerlingen maakten gebruik van het Rebound-lokaal; 31 van "
               "hen volgden daarna weer het volledige rooster. Dit jaar willen wij het aantal leerlingen dat "
               "langer dan twee weken verzuimt met een kwart terugbrengen."),
         ("h1", "10 Jaarplanning zorgteam"),
         ("table", [["Periode", "Activiteit"], ["september", "Faciliteitenpassen, startgesprekken"],
                    ["oktober", "Groepsbesprekingen ronde 1"], ["januari", "Evaluatie OPP's"],
                    ["februari", "Groepsbesprekingen ronde 2"], ["mei", "Evaluatie OPP's, overdracht"],
                    ["juni", "Groepsbesprekingen ronde 3; actualisatie van dit plan"]]),
         ("h1", "Bijlage: contactgegevens zorgteam"),
         ("ul", ["Zorgcoördinator onderbouw: mevr. J. de Wit", "Zorgcoördinator bovenbouw: dhr. P. Aydin",
                 "Orthopedagoog: mevr. S. Veenstra", "Vertrouwenspersoon: dhr. M. Bakker"]),
         ]
    label = {"sector": "vo", "looks_like_plan": False, "elements": {}, "criteria": {},
             "notes": {"document": "School-level 'ondersteuningsplan' of one VO school (zorgniveaus, "
                                   "groepsbesprekingen, zorgteam, own schoolbudget spending); it refers to the "
                                   "SWV's plan for TLV criteria and is not an ondersteuningsplan of a "
                                   "samenwerkingsverband (no OPR, OOGO, planperiode, verdeling over scholen)."}}
    return "vo-school-het-baken-zorgplan", b, label, "CSG Het Baken - Ondersteuningsplan 2025-2026"


# ---------------------------------------------------------------------------------------------
# Renderers
# ---------------------------------------------------------------------------------------------
def write_docx(blocks, path, header_text):
    doc = Document()
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10.5)
    doc.sections[0].header.paragraphs[0].text = header_text
    doc.sections[0].footer.paragraphs[0].text = "Ondersteuningsplan - ouders - middelen - resultaten - versie definitief"
    for kind, val in blocks:
        if kind == "title":
            for i, line in enumerate(val.split("\n")):
                doc.add_heading(line, level=0 if i == 0 else 2)
            doc.add_page_break()
        elif kind == "toc":
            doc.add_heading("Inhoudsopgave", level=1)
            for e in val:
                doc.add_paragraph(e)
            doc.add_page_break()
        elif kind == "h1":
            doc.add_heading(val, level=1)
        elif kind == "h2":
            doc.add_heading(val, level=2)
        elif kind == "p":
            doc.add_paragraph(val)
        elif kind == "ul":
            for item in val:
                doc.add_paragraph(item, style="List Bullet")
        elif kind == "dl":
            for term, d in val:
                p = doc.add_paragraph()
                p.add_run(term + ": ").bold = True
                p.add_run(d)
        elif kind == "table":
            t = doc.add_table(rows=len(val), cols=len(val[0]))
            t.style = "Table Grid"
            for r, row in enumerate(val):
                for c, cell in enumerate(row):
                    t.cell(r, c).text = cell
            doc.add_paragraph("")
    doc.save(str(path))


def write_html(blocks, path, title):
    e = html.escape
    out = ["<!DOCTYPE html>", '<html lang="nl">', "<head>", '<meta charset="utf-8">',
           f"<title>{e(title)}</title>", "</head>", "<body>",
           '<header><nav><a href="/">Home</a> | <a href="/ouders">Ouders</a> | <a href="/toelaatbaarheid">'
           'Toelaatbaarheid</a> | <a href="/financien">Financiën</a> | <a href="/resultaten">Resultaten</a>'
           '</nav></header>', "<main>"]
    for kind, val in blocks:
        if kind == "title":
            lines = val.split("\n")
            out.append(f"<h1>{e(lines[0])}</h1>")
            out += [f"<p class=\"subtitle\">{e(x)}</p>" for x in lines[1:]]
        elif kind == "toc":
            out.append('<nav class="toc"><h2>Inhoud</h2><ol>')
            out += [f"<li>{e(x)}</li>" for x in val]
            out.append("</ol></nav>")
        elif kind == "h1":
            out.append(f"<h2>{e(val)}</h2>")
        elif kind == "h2":
            out.append(f"<h3>{e(val)}</h3>")
        elif kind == "p":
            out.append("<p>" + e(val).replace("\n", "<br>") + "</p>")
        elif kind == "ul":
            out.append("<ul>" + "".join(f"<li>{e(x)}</li>" for x in val) + "</ul>")
        elif kind == "dl":
            out.append("<dl>" + "".join(f"<dt>{e(t)}</dt><dd>{e(d)}</dd>" for t, d in val) + "</dl>")
        elif kind == "table":
            out.append("<table border=\"1\">")
            out.append("<tr>" + "".join(f"<th>{e(c)}</th>" for c in val[0]) + "</tr>")
            for row in val[1:]:
                out.append("<tr>" + "".join(f"<td>{e(c)}</td>" for c in row) + "</tr>")
            out.append("</table>")
    out += ["</main>", "<footer>© Samenwerkingsverband VO Eemdelta · ouders · privacy · contact</footer>",
            "</body>", "</html>"]
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


def write_pdf(blocks, path, header_text):
    tmp = Path(tempfile.mkdtemp(prefix="holdout265_render_"))
    try:
        src = tmp / (path.stem + ".docx")
        write_docx(blocks, src, header_text)
        subprocess.run(["soffice", f"-env:UserInstallation=file://{tmp}/profile", "--headless",
                        "--convert-to", "pdf", "--outdir", str(tmp), str(src)],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
        shutil.copyfile(tmp / (path.stem + ".pdf"), path)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def write_label(stem, docs, label):
    data = {"documents": docs}
    data.update(label)
    with open(OUT / f"{stem}.expected.yaml", "w", encoding="utf-8") as fh:
        yaml.safe_dump(data, fh, allow_unicode=True, sort_keys=False, width=200)


def word_count(blocks):
    n = 0
    for kind, val in blocks:
        if kind in ("p", "h1", "h2", "title"):
            n += len(val.split())
        elif kind in ("ul", "toc"):
            n += sum(len(x.split()) for x in val)
        elif kind == "dl":
            n += sum(len(t.split()) + len(d.split()) for t, d in val)
        elif kind == "table":
            n += sum(len(c.split()) for row in val for c in row)
    return n


def main():
    jobs = [(plan_a, "docx"), (plan_b, "pdf"), (plan_c, "html"), (plan_d, "docx"), (plan_e, "pdf"),
            (near_miss, "docx")]
    for fn, fmt in jobs:
        stem, blocks, label, header = fn()
        target = OUT / f"{stem}.{fmt}"
        if fmt == "docx":
            write_docx(blocks, target, header)
        elif fmt == "pdf":
            write_pdf(blocks, target, header)
        else:
            write_html(blocks, target, header)
        write_label(stem, [target.name], label)
        print(f"{target.name}: {word_count(blocks)} words")


if __name__ == "__main__":
    main()
