#!/usr/bin/env python3
"""Build holdout set 117: five fictional ondersteuningsplannen (Amsterdam, Rotterdam, Den Haag, Utrecht
and surroundings; PO and VO) and one near-miss school-level plan, with expected labels.
Deterministic, no network. Output goes to the folder above src/. PDFs are rendered with LibreOffice.
"""
import shutil, subprocess, tempfile
from pathlib import Path
import json
import html
from docx import Document
from docx.shared import Pt


def render_docx(path, title, header, blocks):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    if header:
        doc.sections[0].header.paragraphs[0].text = header
        doc.sections[0].footer.paragraphs[0].text = title + " | versie ter vaststelling"
    for kind, val in blocks:
        if kind == "title":
            doc.add_heading(val, level=0)
        elif kind == "h1":
            doc.add_heading(val, level=1)
        elif kind == "h2":
            doc.add_heading(val, level=2)
        elif kind == "p":
            doc.add_paragraph(val)
        elif kind == "small":
            p = doc.add_paragraph(val)
            for r in p.runs:
                r.font.size = Pt(9)
        elif kind == "bullets":
            for item in val:
                doc.add_paragraph(item, style="List Bullet")
        elif kind == "numbers":
            for item in val:
                doc.add_paragraph(item, style="List Number")
        elif kind == "toc":
            doc.add_heading("Inhoudsopgave", level=1)
            for line, page in val:
                doc.add_paragraph(f"{line}\t{page}")
        elif kind == "table":
            rows = val
            t = doc.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, row in enumerate(rows):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = str(cell)
            doc.add_paragraph("")
        elif kind == "pagebreak":
            doc.add_page_break()
        else:
            raise ValueError(kind)
    doc.core_properties.title = title
    doc.core_properties.author = "holdout117"
    doc.save(str(path))


def render_html(path, title, header, blocks):
    e = html.escape
    out = ["<!DOCTYPE html>", '<html lang="nl">', "<head>", '<meta charset="utf-8">',
           f"<title>{e(title)}</title>", "</head>", "<body>"]
    if header:
        out.append(f'<header><p class="kop">{e(header)}</p></header>')
    out.append("<main>")
    for kind, val in blocks:
        if kind == "title":
            out.append(f"<h1>{e(val)}</h1>")
        elif kind == "h1":
            out.append(f"<h2>{e(val)}</h2>")
        elif kind == "h2":
            out.append(f"<h3>{e(val)}</h3>")
        elif kind in ("p", "small"):
            out.append(f"<p>{e(val)}</p>")
        elif kind in ("bullets", "numbers"):
            tag = "ul" if kind == "bullets" else "ol"
            out.append(f"<{tag}>" + "".join(f"<li>{e(i)}</li>" for i in val) + f"</{tag}>")
        elif kind == "toc":
            out.append('<nav><h2>Inhoudsopgave</h2><ul>' +
                       "".join(f"<li>{e(l)}</li>" for l, _ in val) + "</ul></nav>")
        elif kind == "table":
            rows = val
            s = "<table border=\"1\"><thead><tr>" + "".join(f"<th>{e(str(c))}</th>" for c in rows[0]) + "</tr></thead><tbody>"
            for r in rows[1:]:
                s += "<tr>" + "".join(f"<td>{e(str(c))}</td>" for c in r) + "</tr>"
            out.append(s + "</tbody></table>")
        elif kind == "pagebreak":
            continue
        else:
            raise ValueError(kind)
    out.append("</main>")
    out.append(f"<footer><p>{e(title)} &middot; webversie</p></footer>")
    out += ["</body>", "</html>"]
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


def words(blocks):
    n = 0
    for kind, val in blocks:
        if val is None:
            continue
        if isinstance(val, str):
            n += len(val.split())
        elif kind == "toc":
            n += sum(len(l.split()) for l, _ in val)
        elif kind == "table":
            n += sum(len(str(c).split()) for r in val for c in r)
        else:
            n += sum(len(i.split()) for i in val)
    return n


# ---------------------------------------------------------------- neutral filler
def governance(naam, rechtsvorm_besturen, db, rvt):
    return [
        ("p", f"{naam} is een stichting waarin {rechtsvorm_besturen} samenwerken. De statuten zijn voor het laatst "
              "gewijzigd bij notariële akte in 2022, toen het verband overstapte van een verenigingsmodel naar een "
              "stichting met een raad van toezicht. De scheiding tussen bestuur en toezicht is daarmee helder "
              "belegd: de directeur-bestuurder is het bestuur in de zin van de statuten, de raad van toezicht houdt "
              "toezicht op het bestuur en staat de bestuurder met raad terzijde, en de bestuurders van de aangesloten "
              "schoolbesturen komen als algemene vergadering minimaal vier keer per jaar bijeen."),
        ("p", f"De directeur-bestuurder ({db}) legt verantwoording af aan de raad van toezicht. De raad bestaat uit "
              f"{rvt} leden die op basis van een profielschets zijn geworven; ten minste één lid heeft een "
              "financiële achtergrond en ten minste één lid heeft ervaring in het sociaal domein. De raad werkt met "
              "een auditcommissie en een remuneratiecommissie en hanteert de Code Goed Bestuur in het primair en "
              "voortgezet onderwijs als leidraad. Het toezichtkader en het reglement van de raad zijn openbaar."),
        ("p", "De algemene vergadering van schoolbestuurders bespreekt de koers, de jaarplanning en de grote "
              "dossiers. Zij benoemt de leden van de raad van toezicht op voordracht van de raad zelf. Tussen "
              "bestuurders onderling bestaat daarnaast een informeel bestuurlijk overleg per gemeente, waarin "
              "lokale onderwerpen zoals huisvesting, leerlingenvervoer en de samenwerking met de gemeente worden "
              "voorbereid. Besluiten worden echter altijd genomen door de organen die de statuten daarvoor "
              "aanwijzen."),
        ("p", "Het verband heeft een klein bureau. Het bureau ondersteunt de bestuurder, bereidt besluitvorming voor, "
              "voert de administratie en onderhoudt de contacten met de scholen, de gemeenten en de inspectie. Het "
              "bureau is gehuisvest in een gedeeld kantoor met andere onderwijsorganisaties, wat de lijnen kort "
              "houdt. Waar mogelijk besteden wij ondersteunende taken als salarisadministratie en ICT-beheer uit."),
    ]


def personeel(naam, fte):
    return [
        ("p", f"Bij {naam} werken ongeveer {fte} fte aan medewerkers. Het gaat om de directeur-bestuurder, "
              "beleidsmedewerkers, een controller, een secretariaat, consulenten, orthopedagogen en "
              "psychologen. Een deel van de medewerkers is gedetacheerd vanuit de aangesloten schoolbesturen; "
              "zij behouden hun aanstelling bij het eigen bestuur en worden voor een vast aantal dagen per week "
              "ingezet. Die constructie houdt de kennis van de scholen dicht bij het verband en omgekeerd."),
        ("p", "Net als de scholen merken wij de krapte op de arbeidsmarkt. Vacatures voor orthopedagogen en "
              "gedragsspecialisten staan soms maanden open. We investeren daarom in eigen mensen: er is een "
              "scholingsbudget per medewerker, medewerkers kunnen een registratietraject (NVO, NIP of SKJ) "
              "volgen, en we werken met intervisie in vaste groepen. Het verzuim onder medewerkers van het bureau "
              "was de afgelopen jaren laag; we volgen de werkdruk via een tweejaarlijkse "
              "medewerkerstevredenheidspeiling."),
        ("p", "Het verband heeft een eigen personeelsvertegenwoordiging en volgt de cao van de sector waaraan het "
              "bureau is verbonden. Het functiebouwwerk is in 2023 herzien. Nieuwe medewerkers doorlopen een "
              "inwerkprogramma waarin zij een dag meelopen op een reguliere school en een dag op een school "
              "voor speciaal onderwijs."),
    ]


def ict_privacy(naam):
    return [
        ("p", f"{naam} werkt met een digitaal dossiersysteem waarin aanvragen van scholen worden ingediend en "
              "afgehandeld. Toegang is beperkt tot medewerkers die het dossier voor hun taak nodig hebben; "
              "inloggen gebeurt met tweestapsverificatie. Het systeem voldoet aan de eisen van de Algemene "
              "verordening gegevensbescherming (AVG) en aan het Convenant Digitale Onderwijsmiddelen en Privacy."),
        ("p", "Het verband heeft een functionaris gegevensbescherming (FG), die wordt gedeeld met enkele andere "
              "onderwijsorganisaties. Er is een verwerkingsregister en een privacyreglement. Gegevens over "
              "gezondheid worden alleen verwerkt voor zover dat nodig is voor de wettelijke taken van het verband "
              "en worden niet langer bewaard dan de wettelijke termijn van drie jaar na het besluit. Datalekken "
              "worden gemeld via een vaste procedure; in de afgelopen planperiode zijn twee kleine incidenten "
              "gemeld, die beide zonder gevolgen voor betrokkenen konden worden afgesloten."),
        ("p", "Voor de communicatie met scholen gebruiken we beveiligde e-mail. Medewerkers werken op laptops die "
              "centraal worden beheerd. Jaarlijks vindt een korte bewustwordingstraining over informatiebeveiliging "
              "plaats, en eens in de twee jaar laten we een externe partij de beveiliging van het dossiersysteem "
              "testen."),
    ]


def professionalisering():
    return [
        ("p", "Kennisdeling tussen scholen is een van de sterkste instrumenten die een samenwerkingsverband heeft. "
              "Wij organiseren daarom netwerken voor intern begeleiders en ondersteuningscoördinatoren, "
              "leernetwerken rond thema's als gedrag, taalontwikkeling en meer- en hoogbegaafdheid, en een jaarlijkse "
              "studiedag voor alle medewerkers van de aangesloten scholen. De onderwerpen worden elk jaar gekozen "
              "op voorstel van de netwerken zelf."),
        ("p", "Daarnaast bieden we scholen de mogelijkheid om bij elkaar in de keuken te kijken. In de afgelopen "
              "jaren hebben teams van reguliere scholen bezoeken afgelegd bij scholen voor speciaal onderwijs en "
              "andersom. Die bezoeken werden hoog gewaardeerd, en we zetten ze in deze planperiode voort. "
              "Professionalisering blijft echter primair de verantwoordelijkheid van de schoolbesturen; het verband "
              "faciliteert en verbindt."),
    ]


def totstandkoming(naam, maanden, met_ouders=True):
    deel = ("directeuren, intern begeleiders en ondersteuningscoördinatoren, ouders uit de medezeggenschapsraden, "
            if met_ouders else "directeuren, intern begeleiders en ondersteuningscoördinatoren, ")
    return [
        ("p", f"Aan dit plan is in {maanden} gewerkt. De directeur-bestuurder van {naam} gaf de opdracht; een "
              "schrijfgroep van vijf personen, onder wie twee schoolleiders en een beleidsmedewerker van het bureau, "
              "hield de pen. In een eerste ronde zijn de evaluaties van het vorige plan, de jaarverslagen en de "
              "bevindingen van het laatste inspectiebezoek naast elkaar gelegd. In een tweede ronde zijn werksessies "
              f"gehouden met {deel}medewerkers van de gemeenten en partners uit de jeugdhulp."),
        ("p", "Uit die sessies kwamen steeds dezelfde vragen naar voren: is het plan leesbaar voor mensen die niet dagelijks "
              "met passend onderwijs bezig zijn, zijn de afspraken herkenbaar voor de leraar in de klas, en sluit het plan aan "
              "op wat schoolbesturen in hun eigen strategische plannen hebben opgenomen? We hebben geprobeerd op al die vragen "
              "een antwoord te geven, in de wetenschap dat een plan altijd een momentopname is. Een eerste concept is in het "
              "algemeen bestuur besproken, een tweede concept in de ondersteuningsplanraad, en het definitieve concept is in het "
              "overleg met de gemeenten ingebracht. Tekstuele opmerkingen zijn zoveel mogelijk verwerkt; waar we een suggestie "
              "niet hebben overgenomen, hebben we dat in een reactienota toegelicht."),
    ]


def leeswijzer():
    return [
        ("p", "Dit plan kan op verschillende manieren worden gelezen. Wie snel een indruk wil krijgen, leest de inleiding en "
              "de visie. Wie wil weten wat er voor een individuele leerling geregeld is, kan direct doorbladeren naar de "
              "hoofdstukken over ondersteuning. Bestuurders en toezichthouders vinden in de laatste hoofdstukken de "
              "afspraken over organisatie en bedrijfsvoering. Termen die vaak terugkomen, zijn achterin toegelicht. Waar we "
              "in dit plan 'scholen' schrijven, bedoelen we alle vestigingen van de aangesloten scholen. Waar we 'hij' "
              "schrijven, kan ook 'zij' of 'die' worden gelezen."),
    ]


def kennisagenda(naam):
    return [
        ("p", f"{naam} wil niet alleen uitvoeren, maar ook leren. Daarom werken we met een kennisagenda. Op die agenda staan "
              "vragen waarop we het antwoord nog niet weten: wat werkt in de begeleiding van leerlingen met angst en "
              "somberheid, hoe kunnen we de kennis van het speciaal onderwijs beter benutten in het regulier onderwijs, en wat "
              "betekent de digitalisering van het onderwijs voor leerlingen die moeite hebben met plannen en concentratie? "
              "Samen met een hogeschool en een universiteit in de regio zetten we per jaar een of twee kleine "
              "praktijkonderzoeken uit, waarin leraren zelf onderzoek doen in hun eigen klas."),
        ("p", "De uitkomsten van die onderzoeken delen we in de netwerken en op de jaarlijkse studiedag. We publiceren ze niet "
              "als dikke rapporten, maar als korte praktijkkaarten die een leraar in tien minuten kan lezen. De eerste "
              "praktijkkaarten, over het werken met een time-in in plaats van een time-out en over het voorbereiden van een "
              "leerling op een schoolreis, zijn in het afgelopen jaar verschenen en worden op veel scholen gebruikt."),
        ("p", "Daarnaast neemt het verband deel aan regionale en landelijke netwerken van samenwerkingsverbanden, waaronder "
              "het netwerk van samenwerkingsverbanden in de grote steden. Daar wisselen we ervaringen uit over onderwerpen als "
              "de krapte op de arbeidsmarkt, de inrichting van het bureau en de samenwerking met gemeenten."),
    ]


def opr_procedure(datum_opr, datum_oogo, datum_vast, samenstelling=True):
    b = []
    if samenstelling:
        b.append(("p", "De ondersteuningsplanraad (OPR) bestaat uit leden die zijn afgevaardigd vanuit de "
                       "medezeggenschapsraden van de aangesloten scholen: de helft ouders en de helft "
                       "personeelsleden. Ouders in de OPR brengen de ervaringen van gezinnen in en toetsen of het "
                       "plan voor hen begrijpelijk is. De OPR vergadert ongeveer zes keer per jaar en heeft een "
                       "eigen reglement en een eigen budget voor scholing en ondersteuning."))
    b.append(("p", f"Het concept van dit plan is besproken in het op overeenstemming gericht overleg met de "
                   f"gemeenten op {datum_oogo}. De ondersteuningsplanraad heeft op {datum_opr} ingestemd met het "
                   f"plan. Het plan is vervolgens op {datum_vast} vastgesteld en daarna aan de inspectie van het "
                   "onderwijs toegezonden."))
    return b
# ---------------------------------------------------------------- plan 1: Amsterdam PO (docx)
def plan1():
    N = "Samenwerkingsverband Passend Primair Onderwijs Amstel-IJ"
    T = "Ondersteuningsplan 2025-2029 Amstel-IJ"
    B = [("title", T),
         ("p", "Samenwerkingsverband Passend Primair Onderwijs Amstel-IJ (PO 27-93)"),
         ("p", "Stadsdelen Noord, Oost, Zuidoost en Nieuw-West van de gemeente Amsterdam"),
         ("p", "Planperiode 1 augustus 2025 tot en met 31 juli 2029 - vastgesteld door de directeur-bestuurder na instemming van de ondersteuningsplanraad"),
         ("pagebreak", None),
         ("toc", [("Voorwoord", 3), ("1 Wie zijn wij", 4), ("2 Visie en missie", 6), ("3 Basisondersteuning op elke school", 8),
                  ("4 Extra ondersteuning, arrangementen en toelaatbaarheid", 11), ("4.4 Terugplaatsing en overplaatsing", 15),
                  ("5 Een passende plek voor ieder kind: dekkend aanbod en thuiszitters", 16), ("6 Samenwerking met de stad: OKT, wijkteams en OOGO", 19),
                  ("7 Resultaten en kwaliteit", 21), ("8 Ouders", 22), ("9 Geld en middelen", 24), ("10 Organisatie, medezeggenschap en personeel", 28),
                  ("11 ICT en privacy", 30), ("12 Planning", 31), ("Begrippenlijst", 32)]),
         ("h1", "Voorwoord"),
         ("p", "Voor u ligt het ondersteuningsplan 2025-2029 van Amstel-IJ. Het is ons derde plan sinds de invoering van passend "
               "onderwijs in 2014, en misschien wel het eerste dat echt is geschreven vanuit de praktijk van de stad. In vier "
               "stadsdelen werken 41 schoolbesturen met samen 214 basisscholen, 9 scholen voor speciaal basisonderwijs en 14 "
               "locaties voor speciaal onderwijs aan hetzelfde doel: ieder Amsterdams kind gaat naar een school waar het zich "
               "kan ontwikkelen, zo dicht mogelijk bij huis."),
         ("p", "De afgelopen jaren waren niet makkelijk. Het lerarentekort raakt juist de scholen in Nieuw-West en Zuidoost "
               "hard, de wachtlijsten in de jeugdhulp zijn lang en de druk op gezinnen is door de stijgende kosten van "
               "levensonderhoud toegenomen. Tegelijk zagen we hoe scholen, ouder- en kindteams en het verband elkaar in die "
               "periode steeds beter wisten te vinden. Dit plan bouwt voort op die samenwerking. Het is tot stand gekomen in "
               "een reeks van veertien werksessies met directeuren, intern begeleiders, ouders, OKT-medewerkers en "
               "beleidsmakers van de gemeente. Wij danken iedereen die heeft meegedacht, en in het bijzonder de leden van de "
               "ondersteuningsplanraad, die ons scherp hebben gehouden."),
         ("p", "Dit plan is geen handboek. Wie wil weten hoe een aanvraag precies in het digitale loket wordt ingevoerd, vindt "
               "dat in de werkinstructies op ons extranet. Het plan beschrijft wat we afspreken, waarom, en wat ouders en "
               "scholen daarvan mogen verwachten."),
         ("h1", "1 Wie zijn wij"),
         ("p", "Amstel-IJ is het samenwerkingsverband voor primair onderwijs in de stadsdelen Noord, Oost, Zuidoost en "
               "Nieuw-West. Het verband telde op 1 oktober 2024 ruim 46.800 leerlingen in het basisonderwijs, 1.310 leerlingen "
               "in het speciaal basisonderwijs en 1.020 leerlingen in het speciaal onderwijs van cluster 3 en 4 die in ons "
               "gebied wonen. De stadsdelen verschillen sterk. Noord en Nieuw-West groeien door nieuwbouw; in Zuidoost daalt "
               "het aantal jonge kinderen licht; Oost kent zowel zeer welvarende als zeer kwetsbare buurten, soms binnen "
               "dezelfde postcode."),
         ("p", "Bijna de helft van onze leerlingen groeit meertalig op. In de afgelopen planperiode zijn bovendien veel "
               "kinderen van nieuwkomers ingestroomd, onder wie kinderen uit Oekraïne en kinderen van statushouders die in "
               "Nieuw-West en Noord zijn gehuisvest. Die diversiteit is een rijkdom, en tegelijk een opdracht: scholen hebben "
               "expertise nodig op het gebied van taalontwikkeling, trauma en sensitief lesgeven."),
         ("p", "Het verband werkt in vier stadsdeelteams. Ieder stadsdeelteam bestaat uit een stadsdeelcoördinator, drie tot "
               "vijf consulenten passend onderwijs en een orthopedagoog. De teams zijn het eerste aanspreekpunt voor scholen "
               "en werken nauw samen met de ouder- en kindteams (OKT) die aan elke school verbonden zijn."),
         ("table", [["Stadsdeel", "Basisscholen", "Leerlingen bao (1-10-2024)", "Sbo-locaties", "So-locaties"],
                    ["Noord", "52", "11.240", "2", "3"], ["Oost", "58", "12.950", "3", "4"],
                    ["Zuidoost", "41", "8.870", "2", "4"], ["Nieuw-West", "63", "13.760", "2", "3"],
                    ["Totaal", "214", "46.820", "9", "14"]]),
         ("h1", "2 Visie en missie"),
         ("p", "Onze missie is kort: elk kind hoort erbij. Wij geloven dat kinderen het meest leren in een omgeving die hen "
               "kent, in hun eigen buurt, met klasgenoten die ook hun buren zijn. Dat betekent niet dat speciaal onderwijs "
               "overbodig is; voor een deel van de kinderen is een sbo- of so-school juist de plek waar zij tot bloei komen. "
               "Het betekent wel dat iedere verwijzing een bewuste keuze moet zijn, en dat de weg terug open blijft."),
         ("p", "Onze visie rust op vier pijlers. Ten eerste: de leraar doet ertoe. Ondersteuning begint in de klas, bij een "
               "leraar die het kind kent en weet wat het nodig heeft. Ten tweede: school en OKT werken als één team. Een kind "
               "dat thuis vastloopt, loopt vaak ook op school vast, en omgekeerd. Ten derde: ouders zijn partners. Zij kennen "
               "hun kind het best. Ten vierde: geld volgt de ondersteuning, niet de bureaucratie. Wij willen zo min mogelijk "
               "formulieren en zo veel mogelijk handen in de klas."),
         ("p", "We werken resultaatgericht en met open vizier. Dat betekent dat we durven te kijken naar wat werkt en wat niet, "
               "en dat we scholen aanspreken op wat we samen hebben afgesproken. Het betekent ook dat we de komende jaren "
               "meer gaan leren van data, zonder dat cijfers het gesprek over een kind vervangen."),
         ("h1", "3 Basisondersteuning op elke school"),
         ("h2", "3.1 Wat is basisondersteuning in Amstel-IJ?"),
         ("p", "Basisondersteuning is in Amstel-IJ het geheel van preventieve en licht curatieve ondersteuning dat iedere "
               "vestiging van iedere aangesloten basisschool biedt, zonder dat daarvoor een aanvraag bij het verband nodig is. "
               "De 41 besturen hebben in de algemene vergadering van 12 december 2024 afgesproken dat de 'Amstel-IJ basiskaart' "
               "de ondergrens is: geen enkele school zakt daaronder, en scholen mogen er vanzelfsprekend boven zitten. De "
               "basiskaart geldt voor alle 214 vestigingen, ook voor nevenvestigingen en voor de scholen die pas in de "
               "planperiode toetreden."),
         ("p", "De grens met extra ondersteuning ligt waar de school met haar eigen mensen en middelen, en met de hulp van het "
               "OKT, niet meer kan bieden wat het kind nodig heeft, ook niet na een gerichte aanpassing van twee periodes van "
               "acht weken. Pas dan kan de school een arrangement aanvragen (hoofdstuk 4)."),
         ("h2", "3.2 Wat vindt u op elke school?"),
         ("p", "Op iedere school in Amstel-IJ treft u ten minste het volgende aan:"),
         ("bullets", ["een intern begeleider met een aanstelling van minimaal 0,4 fte per 200 leerlingen, die de ondersteuning in de school coördineert;",
                      "een ondersteuningsteam dat minimaal zes keer per jaar bijeenkomt, met de intern begeleider, de OKT-medewerker van de school en op afroep de consulent van het stadsdeelteam;",
                      "een dyslexie- en dyscalculieprotocol volgens de landelijke protocollen, inclusief begeleiding van kinderen die in de vergoede zorg vallen;",
                      "een aanpak voor sociale veiligheid en gedrag, met een jaarlijkse veiligheidsmeting onder leerlingen vanaf groep 5 en een anti-pestcoördinator;",
                      "een aanbod voor kinderen die meer aankunnen: verrijking in de klas en minimaal een uur per week in een plusgroep, binnen de school of met een buurschool;",
                      "taalondersteuning voor meertalige kinderen, waaronder extra woordenschatonderwijs in groep 1 tot en met 4 en NT2-expertise binnen het team of via de bovenschoolse taalcoach;",
                      "een protocol medisch handelen, zodat bijvoorbeeld kinderen met diabetes of epilepsie veilig naar school kunnen;",
                      "handelingsgericht werken: groepsoverzichten, een cyclus van groepsbesprekingen en een ontwikkelingsperspectief (OPP) voor ieder kind met een eigen leerlijn;",
                      "een toegankelijk schoolgebouw of, waar dat bouwkundig nog niet kan, een afspraak met een buurschool voor leerlingen in een rolstoel."]),
         ("p", "Deze afspraken vormen samen de basiskaart. In het schoolondersteuningsprofiel (of, zodra de wet dat voorschrijft, in "
               "de schoolgids) beschrijft iedere school hoe zij de basiskaart invult en wat zij daarbovenop biedt."),
         ("h2", "3.3 Hoe bewaken we de basis?"),
         ("p", "Iedere school voert eens per twee jaar een zelfevaluatie uit op de basiskaart. De stadsdeelcoördinator bespreekt "
               "de uitkomsten met de directeur en de intern begeleider tijdens een schoolbezoek. Als een school op een of meer "
               "onderdelen onder de basiskaart blijft, maakt het bestuur binnen drie maanden een verbeterplan; het verband kan "
               "daarvoor tijdelijk een expert leveren. Blijft verbetering uit, dan bespreekt de directeur-bestuurder dit met het "
               "betrokken schoolbestuur in het bestuurlijk overleg."),
         ("h1", "4 Extra ondersteuning, arrangementen en toelaatbaarheid"),
         ("h2", "4.1 Arrangementen"),
         ("p", "Als de basiskaart niet volstaat, kan de school met het stadsdeelteam een arrangement opstellen. Een arrangement "
               "is een afspraak over extra inzet voor één kind of een groep kinderen: bijvoorbeeld een gedragsspecialist die twee "
               "dagdelen per week in de klas meewerkt, een kleine taalgroep of een onderwijsassistent voor een kind met een "
               "lichamelijke beperking. Arrangementen duren in de regel een schooljaar en worden halverwege geëvalueerd."),
         ("p", "Naast individuele arrangementen kent Amstel-IJ bovenschoolse voorzieningen: de Taalklassen in Noord en Nieuw-West "
               "voor nieuwkomers, de observatiegroepen De Brug (Oost) en De Haven (Zuidoost) waar kinderen maximaal twaalf weken "
               "worden geobserveerd, twee voltijds HB-groepen, en de onderwijs-zorggroepen die samen met zorgaanbieders worden "
               "uitgevoerd voor kinderen die zowel onderwijs als intensieve jeugdhulp nodig hebben."),
         ("h2", "4.2 Toelaatbaarheid tot sbo en so: de procedure"),
         ("p", "Het bevoegd gezag van de school waar het kind staat ingeschreven vraagt de toelaatbaarheidsverklaring (TLV) aan "
               "via het digitale loket van het verband. Daarbij horen het groeidocument met het OPP, een verslag van het laatste "
               "ondersteuningsteam, de zienswijze van de ouders en, waar aanwezig, eerdere onderzoeksverslagen. De aanvraag "
               "doorloopt de volgende stappen:"),
         ("numbers", ["Het stadsdeelteam controleert binnen vijf werkdagen of het dossier compleet is.",
                      "Twee deskundigen brengen ieder afzonderlijk schriftelijk advies uit: altijd een orthopedagoog of psycholoog, en afhankelijk van het kind een tweede deskundige (bijvoorbeeld een maatschappelijk werker of een kinderarts). De deskundigen zijn niet eerder bij de aanvraag betrokken geweest.",
                      "De Commissie van Toelaatbaarheid (CvT) weegt de adviezen en besluit namens de directeur-bestuurder.",
                      "De ouders en de school ontvangen het besluit en een kopie van de deskundigenadviezen binnen zes weken na ontvangst van het complete dossier."]),
         ("p", "In spoedsituaties, bijvoorbeeld als een kind thuis zit, kan de CvT binnen tien werkdagen een tijdelijke TLV "
               "afgeven van maximaal drie maanden."),
         ("h2", "4.3 Wanneer is een kind toelaatbaar?"),
         ("p", "De CvT toetst iedere aanvraag aan de criteria in tabel 4.1. Een kind is toelaatbaar als aan alle criteria van de "
               "betreffende kolom is voldaan."),
         ("table", [["Criterium", "Speciaal basisonderwijs", "Speciaal onderwijs cluster 3/4"],
                    ["Inzet in regulier", "Basiskaart en ten minste één arrangement van een half jaar zijn ingezet en geëvalueerd", "Basiskaart en arrangementen zijn ingezet, of het OPP laat zien dat regulier onderwijs geen perspectief biedt"],
                    ["Ondersteuningsbehoefte", "Leer- en/of gedragsbehoefte vraagt dagelijks een kleine groep (max. 16) en een aangepast programma", "Behoefte aan structureel specialistische begeleiding, medische zorg of een intensief gedragsprogramma"],
                    ["Ontwikkeling", "Achterstand of stagnatie over ten minste twee meetmomenten ondanks de aanpak", "Ontwikkelingsprofiel (bijv. ZML, LZ/LG, ernstige gedragsproblematiek) passend bij het so-profiel"],
                    ["Perspectief", "Verwachting dat het kind in het sbo verder komt dan in het regulier", "Verwachting dat het kind in het so verder komt; onderwijs-zorgbehoefte in kaart"],
                    ["Duur TLV", "Twee schooljaren, of tot einde basisschoolleeftijd", "Twee schooljaren; bekostigingscategorie laag, midden of hoog volgens het landelijke profiel"]]),
         ("h2", "4.4 Terugplaatsing en overplaatsing"),
         ("p", "Een TLV is voor ons nooit een enkele reis. Ons uitgangspunt is dat kinderen die op het sbo of so zijn geplaatst, "
               "teruggaan naar een reguliere basisschool zodra zij daar met de juiste ondersteuning verder kunnen komen, bij "
               "voorkeur in de eigen wijk. Een kind gaat terug als het OPP laat zien dat de doelen die tot plaatsing leidden "
               "grotendeels zijn bereikt en de ontvangende school met de basiskaart en een arrangement kan bieden wat het kind "
               "nodig heeft. Na terugkeer heeft de ontvangende school recht op een terugkeerarrangement: maximaal twaalf maanden "
               "begeleiding door een ambulant begeleider van de sbo- of so-school, die het kind al kent."),
         ("p", "De precieze stappen, wie het initiatief neemt en op welke momenten de so- en sbo-scholen de terugkeer "
               "beoordelen, werken we samen met de scholen voor speciaal (basis)onderwijs uit in het draaiboek Terugkeer. Dat "
               "draaiboek leggen we in het schooljaar 2026-2027 voor aan de OPR."),
         ("h1", "5 Een passende plek voor ieder kind: dekkend aanbod en thuiszitters"),
         ("h2", "5.1 Het aanbod op een rij"),
         ("p", "Het ondersteuningsaanbod van Amstel-IJ is opgebouwd als een trap met vier treden. De eerste trede is de "
               "basiskaart op elke school. De tweede trede zijn de arrangementen die een school met het stadsdeelteam "
               "afspreekt. De derde trede zijn de bovenschoolse voorzieningen: Taalklassen, observatiegroepen, HB-groepen en "
               "onderwijs-zorggroepen. De vierde trede is het speciaal basisonderwijs en het speciaal onderwijs, in en buiten "
               "onze stadsdelen. Kinderen kunnen op elke trede instappen en ook weer een trede afdalen."),
         ("h2", "5.2 Waar het aanbod tekortschiet"),
         ("p", "Een dekkend aanbod is geen vaststaand gegeven. Tweemaal per jaar, in november en mei, brengt ieder stadsdeelteam "
               "in kaart welke kinderen wachten op een plek, welke kinderen thuiszitten of een vrijstelling hebben, en voor welke "
               "ondersteuningsvragen geen passend aanbod bestaat. Die 'witte-vlekkenkaart' wordt besproken met de schoolbesturen "
               "en de afdeling Leerplicht van de gemeente. Op basis daarvan besluit de algemene vergadering in juni over nieuwe of "
               "aangepaste voorzieningen voor het volgende schooljaar."),
         ("p", "Voor kinderen die thuiszitten of dreigen thuis te komen zitten, werkt Amstel-IJ met de Thuiszitterstafel per "
               "stadsdeel. Aan tafel zitten de consulent, de leerplichtambtenaar, de OKT-medewerker en waar nodig "
               "jeugdbescherming. Binnen twee weken na melding ligt er een plan met een datum waarop het kind weer (deels) naar "
               "school gaat. Lukt het de betrokken besturen niet om een plek te vinden, dan neemt de directeur-bestuurder de "
               "regie en wijst, na overleg met de besturen, een school aan die het kind met extra middelen opvangt. In deze "
               "planperiode lossen we bovendien de wachtlijst voor de so-scholen voor ZML in Zuidoost op door een nevenlocatie "
               "te openen (gepland augustus 2026)."),
         ("h1", "6 Samenwerking met de stad: OKT, wijkteams en OOGO"),
         ("p", "In Amsterdam is aan iedere school een ouder- en kindadviseur van het OKT verbonden. Het OKT is onderdeel van de "
               "jeugdhulpstructuur van de gemeente. De samenwerking tussen school en OKT is vastgelegd in het stedelijke "
               "convenant 'Samen in de school', dat in de OOGO-cyclus met de gemeente jaarlijks wordt bijgesteld. Afgesproken "
               "is onder meer dat het OKT deelneemt aan elk ondersteuningsteam en dat school en OKT gezamenlijk een "
               "onderwijs-zorgarrangement kunnen aanvragen, waarbij de gemeente de zorgcomponent betaalt en het verband de "
               "onderwijscomponent."),
         ("p", "Met de gemeente Amsterdam voeren we daarnaast het op overeenstemming gericht overleg (OOGO) over dit plan en over "
               "het beleid jeugd van de gemeente. Onderwerpen in de afgelopen periode waren de aansluiting tussen school en "
               "jeugdhulp, leerlingenvervoer, onderwijshuisvesting voor de so-scholen en de aanpak van schoolverzuim. Het OOGO "
               "over dit plan vond plaats op 13 maart 2025. In gevallen van jeugdbescherming sluit de gecertificeerde instelling "
               "aan bij het ondersteuningsteam, mits ouders daarvan op de hoogte zijn."),
         ("h1", "7 Resultaten en kwaliteit"),
         ("p", "Amstel-IJ wil een lerende organisatie zijn. De beoogde resultaten voor deze planperiode, met de bijbehorende "
               "indicatoren, formuleren we in de loop van 2026, samen met de OPR en de schoolbesturen. Hoe we die resultaten "
               "gaan volgen en aan wie we erover rapporteren, beschrijven we in een monitoringsplan dat na de zomer van 2026 "
               "verschijnt. Tot die tijd geldt het jaarplan als kompas."),
         ("h1", "8 Ouders"),
         ("p", "Ouders zijn de eerste deskundigen als het om hun kind gaat. Wij vinden het belangrijk dat zij weten welke "
               "ondersteuning er is en hoe zij die kunnen krijgen. Daarom informeren we ouders langs verschillende wegen:"),
         ("bullets", ["de website van Amstel-IJ heeft een ouderpagina met uitleg over de basiskaart, arrangementen, de TLV-procedure en de bovenschoolse voorzieningen, ook in het Engels, Turks, Arabisch en Papiaments;",
                      "de brochure 'Wat mag ik van school verwachten?' wordt via iedere school aan nieuwe ouders meegegeven;",
                      "ieder stadsdeelteam organiseert twee keer per jaar een inloopavond voor ouders in een buurthuis;",
                      "scholen nemen de basiskaart en hun eigen ondersteuningsaanbod op in hun schoolgids."]),
         ("p", "Ouders die vragen hebben over de ondersteuning van hun kind, gaan eerst in gesprek met de leerkracht of de intern "
               "begeleider. Over onafhankelijke ondersteuning voor ouders, zoals een ouder- en jeugdsteunpunt, informeren wij u "
               "zodra daar landelijk meer over bekend is."),
         ("h1", "9 Geld en middelen"),
         ("h2", "9.1 Inkomsten"),
         ("p", "Amstel-IJ ontvangt jaarlijks van het Rijk het budget voor lichte en zware ondersteuning. Na aftrek van de "
               "afdrachten die DUO inhoudt voor het speciaal onderwijs en van de overdrachten aan het sbo resteert in 2025 een "
               "bedrag van circa € 31,4 miljoen dat het verband zelf verdeelt."),
         ("h2", "9.2 Zo verdelen we het geld"),
         ("p", "De verdeling gebeurt in drie stromen. De eerste stroom, 62 procent, gaat rechtstreeks naar de schoolbesturen: "
               "een bedrag van € 268 per leerling op de teldatum 1 oktober van het voorgaande jaar, plus een vaste voet van "
               "€ 12.500 per vestiging. Besturen zetten dit geld in voor de basiskaart en voor lichte arrangementen binnen de "
               "eigen scholen. De tweede stroom, 23 procent, is het arrangementenbudget: het stadsdeelteam kent arrangementen "
               "toe op basis van de aanvraag van de school, volgens de tarieven in de arrangementenwijzer (bijvoorbeeld € 6.800 "
               "voor een gedragsarrangement van een schooljaar). De derde stroom, 15 procent, financiert de bovenschoolse "
               "voorzieningen en het bureau. De algemene vergadering stelt de verdeling jaarlijks in december vast."),
         ("h2", "9.3 Meerjarenbegroting"),
         ("table", [["(x € 1.000)", "2025", "2026", "2027", "2028"],
                    ["Rijksbijdrage ondersteuning", "48.900", "49.300", "49.100", "48.700"],
                    ["Afdrachten DUO en overdracht sbo", "-17.500", "-17.900", "-18.100", "-18.200"],
                    ["Middelen naar schoolbesturen", "19.470", "19.350", "19.100", "18.900"],
                    ["Arrangementen", "7.220", "7.300", "7.250", "7.150"],
                    ["Bovenschoolse voorzieningen", "3.050", "3.250", "3.400", "3.400"],
                    ["Bureau en stadsdeelteams", "1.660", "1.700", "1.720", "1.750"],
                    ["Resultaat", "0", "-200", "-470", "-700"]]),
         ("p", "De negatieve resultaten vanaf 2026 zijn bewust: we zetten de reserve in om de nevenlocatie in Zuidoost te "
               "openen. De algemene reserve daalt daardoor van € 4,1 miljoen naar circa € 2,7 miljoen in 2028, wat overeenkomt "
               "met de signaleringswaarde die de inspectie hanteert. Risico's (zoals een stijging van het deelnamepercentage "
               "so) zijn in de risicoparagraaf van de jaarbegroting gekwantificeerd."),
         ("h2", "9.4 Verantwoording"),
         ("p", "Schoolbesturen verantwoorden vóór 1 maart over het voorgaande kalenderjaar hoe zij de middelen uit de eerste "
               "stroom hebben besteed, aan de hand van een vast format. Het bureau bundelt die verantwoordingen en bespreekt "
               "afwijkingen in het bestuurlijk overleg."),
         ("h1", "10 Organisatie, medezeggenschap en personeel"),
    ]
    B += governance(N, "41 schoolbesturen voor primair onderwijs in Amsterdam", "drs. M. (Mirjam) Oudshoorn", "vijf")
    B += opr_procedure("3 april 2025", "13 maart 2025", "10 april 2025")
    B += personeel("Amstel-IJ", "38")
    B += professionalisering()
    B += [("h1", "11 ICT en privacy")] + ict_privacy("Amstel-IJ")
    B += [("h1", "12 Planning"),
          ("p", "De uitvoering van dit plan krijgt jaarlijks vorm in een jaarplan, dat de directeur-bestuurder in december "
                "vaststelt. In het eerste jaar staan de invoering van de nieuwe basiskaart, de opening van de Taalklas Noord-2 "
                "en de voorbereiding van de nevenlocatie in Zuidoost centraal. In het tweede jaar volgt het draaiboek Terugkeer. "
                "Halverwege de planperiode bespreken we met de OPR of het plan bijstelling nodig heeft."),
          ("table", [["Schooljaar", "Speerpunten"], ["2025-2026", "Basiskaart invoeren; Taalklas Noord-2; Thuiszitterstafels evalueren"],
                     ["2026-2027", "Draaiboek Terugkeer; nevenlocatie ZML Zuidoost open"], ["2027-2028", "Tussentijdse bijstelling plan"],
                     ["2028-2029", "Voorbereiding ondersteuningsplan 2029-2033"]]),
          ("h1", "Begrippenlijst"),
          ("bullets", ["Arrangement: afspraak over extra ondersteuning voor een kind of groep, met inzet, duur en middelen.",
                       "Basisondersteuning: het afgesproken niveau van ondersteuning dat iedere school biedt (zie de basiskaart).",
                       "CvT: Commissie van Toelaatbaarheid.",
                       "Dekkend aanbod: een samenhangend geheel van voorzieningen, zodat ieder kind een passende plek heeft.",
                       "OKT: ouder- en kindteam; het Amsterdamse team voor opvoed- en opgroeivragen.",
                       "OOGO: op overeenstemming gericht overleg tussen gemeente en samenwerkingsverband.",
                       "Ouder- en jeugdsteunpunt: onafhankelijk steunpunt voor ouders en jeugdigen met vragen over passend onderwijs.",
                       "Resultaten: de beoogde en bereikte uitkomsten van het beleid voor leerlingen met een ondersteuningsbehoefte.",
                       "Terugplaatsing: de overstap van sbo of so terug naar een reguliere school.",
                       "TLV: toelaatbaarheidsverklaring voor sbo of so."])]
    labels = {
        "sector": "po",
        "elements": {"basisondersteuning": "present", "plaatsing": "present", "terugstroom": "partial", "financien": "present",
                     "dekkend-aanbod": "present", "resultaten": "missing", "ouders": "partial"},
        "criteria": {"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True, "plaatsing.procedure": True,
                     "plaatsing.criteria": True, "terugstroom.procedure": False, "terugstroom.beleid": True,
                     "financien.verdeling": True, "financien.besteding": True, "dekkend-aanbod.continuum": True,
                     "dekkend-aanbod.lacunes": True, "resultaten.doelen": False, "resultaten.monitoring": False,
                     "ouders.informatie": True, "ouders.steunpunt": False},
        "advisory": {"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie"],
                     "financien": ["reserves", "verantwoording"], "dekkend-aanbod": ["ketenpartners"], "ouders": ["betrokkenheid"]},
        "notes": {
            "basisondersteuning": "3.1 defines the basiskaart as the minimum for all 214 vestigingen; 3.2 lists concrete voorzieningen; 3.3 borging via zelfevaluatie/schoolbezoek.",
            "plaatsing": "4.2 numbered TLV procedure (loket, two deskundigen, CvT, 6 weeks); criteria only in table 4.1 (sbo vs so) incl. duration/category; no bezwaar route.",
            "terugstroom": "Hidden in 4.4 inside the TLV chapter: policy (aim, conditions, terugkeerarrangement 12 months) addressed; procedure deferred to 'draaiboek Terugkeer' in 2026-2027.",
            "financien": "Chapter 9 'Geld en middelen': three-stream verdeelmodel with per-leerling amount and vaste voet; meerjarenbegroting table 2025-2028; reserves and verantwoording.",
            "dekkend-aanbod": "5.1 four-step continuum; 5.2 witte-vlekkenkaart twice a year, Thuiszitterstafel with leerplicht, doorzettingsmacht, ZML waiting list; ch.6 OKT/OOGO.",
            "resultaten": "Ch.7 'Resultaten en kwaliteit' only defers goals to 2026 and monitoring to a monitoringsplan; visie 'resultaatgericht' and glossary are traps.",
            "ouders": "Ch.8: channels (website in 4 languages, brochure, inloopavonden, schoolgids) present; independent support deferred ('informeren wij u zodra...'); glossary defines OJSP only.",
        },
    }
    return "ams-po-amstelij", T, T + " - basisondersteuning, toelaatbaarheid, geld en middelen", B, labels
# ---------------------------------------------------------------- plan 2: Rotterdam-Zuid VO (pdf)
def plan2():
    N = "Samenwerkingsverband VO Koers Rijnmond-Zuid"
    T = "Ondersteuningsplan Koers 2024-2028"
    B = [("title", T),
         ("p", "Samenwerkingsverband voortgezet onderwijs Koers Rijnmond-Zuid (VO 28-98)"),
         ("p", "Rotterdam-Zuid (Charlois, Feijenoord, IJsselmonde), Barendrecht, Ridderkerk en Albrandswaard"),
         ("p", "Planperiode 2024-2028"),
         ("pagebreak", None),
         ("toc", [("1 Inleiding", 3), ("2 Koers in cijfers", 5), ("3 Ambitie en uitgangspunten", 7), ("4 Ondersteuning op drie niveaus", 9),
                  ("4.1 Niveau 1: basisondersteuning", 9), ("4.2 Niveau 2: Koers-arrangementen en het OPDC", 11), ("4.3 Niveau 3: vso", 13),
                  ("5 Toewijzing: lwoo, pro en toelaatbaarheid vso", 14), ("6 Dekkend netwerk", 19), ("7 Wat willen we bereiken en hoe volgen we dat", 20),
                  ("8 Samenwerking met gemeenten en jeugdhulp", 23), ("9 Financieel beleid", 25), ("10 Bestuur, organisatie en medezeggenschap", 28),
                  ("11 Informatiebeveiliging", 30), ("Bijlage 1 Afkortingen", 31), ("Bijlage 2 Kwaliteitskaart basisondersteuning", 32),
                  ("Bijlage 3 Ouders en leerlingen: informatie en steunpunt", 34)]),
         ("h1", "1 Inleiding"),
         ("p", "Dit is het ondersteuningsplan van Koers, het samenwerkingsverband voor voortgezet onderwijs op Rotterdam-Zuid en "
               "in de gemeenten Barendrecht, Ridderkerk en Albrandswaard. Het plan beschrijft hoe 23 scholen van 11 besturen "
               "samen zorgen voor passend onderwijs voor ongeveer 19.600 leerlingen. Het is geschreven voor iedereen die met "
               "passend onderwijs te maken heeft: schoolleiders, mentoren, ondersteuningscoördinatoren, partners in de wijk, "
               "en natuurlijk leerlingen en ouders."),
         ("p", "Rotterdam-Zuid is een gebied met een eigen verhaal. Het Nationaal Programma Rotterdam Zuid heeft de afgelopen "
               "vijftien jaar veel in beweging gezet, maar de verschillen met de rest van de stad zijn nog altijd groot. "
               "Jongeren op Zuid groeien vaker op in armoede, krijgen vaker te maken met jeugdbescherming en stromen vaker "
               "uit zonder startkwalificatie. Tegelijk zien we op onze scholen enorm veel veerkracht, talent en betrokkenheid. "
               "Koers wil dat talent alle ruimte geven."),
         ("p", "Het plan is opgebouwd langs de vragen die scholen ons het vaakst stellen. Wat verwachten we van elke school? "
               "Wanneer kan een school een beroep doen op Koers? Hoe werkt de toewijzing van lwoo, pro en vso? En hoe volgen we "
               "of het werkt? De bijlagen bevatten een lijst met afkortingen, de kwaliteitskaart basisondersteuning en "
               "informatie over ouders en leerlingen."),
         ("h2", "Leeswijzer"),
    ] + leeswijzer() + [("h2", "Hoe dit plan tot stand kwam")] + totstandkoming(N, "ruim een jaar", met_ouders=False) + [
         ("h1", "2 Koers in cijfers"),
         ("table", [["Kengetal (1 oktober 2023)", "Koers", "Landelijk"],
                    ["Leerlingen vo (excl. vso)", "19.640", "-"], ["Deelname vso", "3,9%", "3,6%"], ["Leerlingen met lwoo-aanwijzing", "2.410", "-"],
                    ["Leerlingen pro", "1.120", "-"], ["Geplaatst in OPDC De Overstap", "96", "-"], ["Thuiszitters > 4 weken (peildatum)", "41", "-"]]),
         ("p", "Het aandeel leerlingen in het vso ligt boven het landelijk gemiddelde, net als het aandeel leerlingen in "
               "praktijkonderwijs. Dat past bij de samenstelling van de bevolking op Zuid, maar is ook een signaal dat we "
               "serieus nemen: in hoofdstuk 7 staan onze doelen op dit punt."),
         ("h1", "3 Ambitie en uitgangspunten"),
         ("p", "Koers staat voor koers houden, ook als het stormt. Onze ambitie is dat iedere jongere op Zuid een diploma of "
               "een passende startkwalificatie haalt, of doorstroomt naar een passende plek op de arbeidsmarkt. Dat vraagt om "
               "scholen die leerlingen kennen, om een netwerk dat snel schakelt, en om een samenwerkingsverband dat niet "
               "bureaucratisch is. We werken vanuit vier uitgangspunten: zo thuisnabij als mogelijk; één leerling, één plan; "
               "de school is eigenaar van de ondersteuning; en Koers bewaakt het geheel."),
         ("p", "Met die uitgangspunten sluiten we aan bij de Rotterdamse aanpak rond jeugd en onderwijs, waarin gemeente, "
               "wijkteams, CJG Rijnmond en scholen samen optrekken. Rotterdam heeft in de wijken sterke wijkteams met "
               "jeugdspecialisten, en op iedere vo-school een schoolmaatschappelijk werker of jeugdprofessional. Die "
               "infrastructuur is een van de grote troeven van onze regio."),
         ("h1", "4 Ondersteuning op drie niveaus"),
         ("h2", "4.1 Niveau 1: basisondersteuning"),
         ("p", "Basisondersteuning is bij Koers het afgesproken minimumniveau van ondersteuning dat alle 23 scholen, op al hun "
               "vestigingen en in alle leerwegen, aan iedere leerling bieden. De besturen hebben dit niveau vastgelegd in de "
               "Koers-standaard, die in maart 2024 door het algemeen bestuur is bekrachtigd. Een school die de Koers-standaard "
               "niet haalt, kan geen beroep doen op niveau 2."),
         ("p", "De twaalf onderdelen van de Koers-standaard en de concrete voorzieningen die daarbij horen, zijn opgenomen in "
               "bijlage 2, de Kwaliteitskaart basisondersteuning. Scholen beschrijven in hun schoolondersteuningsprofiel hoe zij "
               "de standaard invullen. Iedere school wordt eens per drie jaar bezocht door een auditteam van twee collega-"
               "ondersteuningscoördinatoren en een Koers-consulent, dat rapporteert aan de directeur en aan het bestuur; bij "
               "tekortkomingen volgt binnen een half jaar een herbezoek."),
         ("h2", "4.2 Niveau 2: Koers-arrangementen en het OPDC"),
         ("p", "Niveau 2 is de extra ondersteuning die scholen met hulp van Koers organiseren. Iedere school heeft een "
               "Koers-budget voor eigen arrangementen, zoals een trajectvoorziening, een rustruimte met begeleiding of "
               "faalangstreductietraining in kleine groepen. Daarnaast kent Koers drie bovenschoolse voorzieningen: het "
               "orthopedagogisch-didactisch centrum (OPDC) De Overstap voor leerlingen in het vmbo die tijdelijk een kleine "
               "setting nodig hebben, de Rebound Zuid voor leerlingen die na een incident tijdelijk uit de klas moeten, en de "
               "Koers-klassen voor nieuwkomers die na de ISK doorstromen naar regulier vo."),
         ("p", "Plaatsing in De Overstap duurt maximaal twee jaar; plaatsing in de Rebound maximaal twaalf weken. In beide "
               "gevallen blijft de leerling ingeschreven op de eigen school, die verantwoordelijk blijft voor de terugkeer."),
         ("h2", "4.3 Niveau 3: vso"),
         ("p", "Niveau 3 is het voortgezet speciaal onderwijs. In het gebied van Koers liggen zes vso-scholen van cluster 3 en 4, "
               "waaronder een school voor zeer moeilijk lerende leerlingen en twee scholen met een arbeidsmarktprofiel. Een deel "
               "van onze leerlingen gaat naar vso-scholen in Rotterdam-Noord of Dordrecht. Voor toelating tot het vso is een "
               "toelaatbaarheidsverklaring van Koers nodig (hoofdstuk 5)."),
         ("h1", "5 Toewijzing: lwoo, pro en toelaatbaarheid vso"),
         ("h2", "5.1 Het Koersloket en de Commissie Toewijzing"),
         ("p", "Alle aanvragen voor lwoo, praktijkonderwijs en vso lopen via het Koersloket. Het loket controleert de volledigheid "
               "van de aanvraag en legt de aanvraag voor aan de Commissie Toewijzing en Toelaatbaarheid (CTT). De CTT bestaat uit "
               "een voorzitter (jurist), twee orthopedagogen-generalist, een GZ-psycholoog en een jeugdarts. De CTT besluit "
               "namens het bestuur."),
         ("h2", "5.2 Leerwegondersteunend onderwijs"),
         ("p", "Koers hanteert de landelijke criteria voor lwoo: een intelligentiequotiënt tussen 75 en 90 en een "
               "leerachterstand van 25 tot 50 procent op ten minste twee domeinen, waarvan één begrijpend lezen of "
               "inzichtelijk rekenen; of een IQ tussen 91 en 120 met dezelfde leerachterstand en sociaal-emotionele "
               "problematiek. De aanvraag wordt door de ontvangende vo-school ingediend vóór 1 maart van het jaar van "
               "overstap, met het onderwijskundig rapport van de basisschool en de testgegevens. De CTT besluit vóór 15 april. "
               "Een lwoo-aanwijzing geldt voor de duur van de opleiding in het vmbo."),
         ("h2", "5.3 Praktijkonderwijs"),
         ("p", "Voor praktijkonderwijs gelden de landelijke criteria: een IQ tussen 55 en 80 en een leerachterstand van ten "
               "minste 50 procent op twee of meer domeinen, waarvan één begrijpend lezen of inzichtelijk rekenen. De pro-school "
               "dient de aanvraag in via het Koersloket; de CTT besluit binnen vier weken. De TLV pro geldt voor de gehele "
               "opleiding."),
         ("h2", "5.4 Toelaatbaarheid vso: procedure"),
         ("numbers", ["De vo-school (of bij een overstap vanuit het so de so-school) bespreekt de leerling in het ondersteuningsteam en stelt het OPP bij.",
                      "Het bevoegd gezag van de school dient de aanvraag in bij het Koersloket, met het OPP, het verslag van het ondersteuningsteam en een overzicht van de ingezette ondersteuning op niveau 1 en 2.",
                      "Twee leden van de CTT, van wie in elk geval een orthopedagoog of psycholoog, stellen ieder een eigen schriftelijk deskundigenadvies op.",
                      "De CTT besluit binnen zes weken na ontvangst van de volledige aanvraag. Bij spoed kan de voorzitter binnen vijf werkdagen een tijdelijke TLV van maximaal drie maanden afgeven."]),
         ("h2", "5.5 Criteria vso"),
         ("p", "Een leerling is toelaatbaar tot het vso als (1) de ondersteuning op niveau 1 en 2 aantoonbaar en ten minste een "
               "half jaar is ingezet en geëvalueerd, of het OPP onderbouwt waarom dit niet zinvol is; (2) de ondersteuningsbehoefte "
               "op ten minste twee van de vier domeinen (leren, gedrag, communicatie, medisch/lichamelijk) zo groot is dat zij "
               "structureel een kleine groep en specialistische expertise vraagt; en (3) een vso-profiel aansluit op het "
               "uitstroomperspectief van de leerling. De TLV wordt afgegeven voor één, twee of drie schooljaren, met een "
               "bekostigingscategorie laag, midden of hoog die de CTT bepaalt op basis van de landelijke profielen."),
         ("h2", "5.6 Afloop van de TLV en de weg terug"),
         ("p", "Koers wil dat leerlingen niet langer in het vso blijven dan nodig. Voor iedere leerling met een TLV vso maakt de "
               "vso-school in oktober van het laatste TLV-jaar een terugkeeranalyse op basis van het OPP. Als die analyse "
               "uitwijst dat de leerling met ondersteuning in het regulier vo verder kan, meldt de vso-school de leerling vóór "
               "1 december aan bij het Koersloket. Een consulent van Koers zoekt samen met de vso-school een passende vo-school, "
               "bij voorkeur in de wijk van de leerling. De ontvangende school neemt de leerling op, en de CTT stelt het "
               "terugkeerarrangement vast."),
         ("p", "Het terugkeerarrangement omvat altijd een overgangsperiode van minimaal een half jaar waarin een ambulant "
               "begeleider van de vso-school de leerling en de mentor coacht, en een evaluatie na drie en zes maanden. Als "
               "terugkeer niet aan de orde is, dient de vso-school vóór 1 maart een verlengingsaanvraag in. Koers volgt het aantal "
               "terugplaatsingen: in 2021-2022 waren dat er 11, in 2022-2023 14. Ons doel is 25 terugplaatsingen per jaar in 2027."),
         ("h1", "6 Dekkend netwerk"),
         ("p", "Het netwerk van Koers bestaat uit de ondersteuning op drie niveaus, aangevuld met de voorzieningen van onze "
               "partners: de ISK-scholen, de onderwijs-zorgarrangementen die samen met zorgaanbieders worden uitgevoerd en de "
               "mbo-entreeopleidingen. Of dat netwerk werkelijk dekkend is, brengen we in 2025 in kaart in een netwerkanalyse. "
               "De uitkomsten en de eventuele maatregelen worden na die analyse aan het plan toegevoegd."),
         ("h1", "7 Wat willen we bereiken en hoe volgen we dat"),
         ("h2", "7.1 Beoogde resultaten"),
         ("table", [["Doel", "Indicator", "Nulmeting 2022-2023", "Streefwaarde 2027-2028"],
                    ["Meer leerlingen thuisnabij", "Deelnamepercentage vso (1 oktober)", "3,9%", "3,5%"],
                    ["Minder lang wachten", "Doorlooptijd TLV-aanvraag (gemiddeld)", "7,2 weken", "maximaal 5 weken"],
                    ["Terug naar regulier", "Aantal terugplaatsingen vso-vo per jaar", "14", "25"],
                    ["Snel weer naar school", "Thuiszitters > 4 weken op peildatum", "41", "minder dan 20"],
                    ["Diploma op zak", "Aandeel OPDC-leerlingen dat binnen 2 jaar terug is in regulier vo", "71%", "80%"]]),
         ("p", "Daarnaast willen we dat scholen de basisondersteuning op orde hebben: in 2028 haalt iedere school alle twaalf "
               "onderdelen van de Koers-standaard bij de audit."),
         ("h2", "7.2 Zo volgen we de resultaten"),
         ("p", "Koers houdt een monitor bij die twee keer per jaar, in februari en september, wordt bijgewerkt met gegevens uit "
               "het dossiersysteem, DUO en de leerplichtadministratie van de gemeenten. De monitor wordt besproken in het "
               "algemeen bestuur en in het overleg met de gemeenten. In het jaarverslag rapporteren we per indicator de "
               "bereikte waarde en de kosten van de bijbehorende voorzieningen. Lopen we achter op een streefwaarde, dan "
               "stellen we in het volgende jaarplan een verbeteractie op. Halverwege de planperiode, in 2026, laat Koers de "
               "effecten van de arrangementen extern evalueren."),
         ("h2", "7.3 Bereikte resultaten vorige planperiode"),
         ("p", "In de planperiode 2020-2024 daalde het aantal thuiszitters van 63 naar 41 en verdubbelde het aantal "
               "terugplaatsingen. Het deelnamepercentage vso bleef echter stabiel, en de doorlooptijd van TLV-aanvragen liep "
               "door personeelstekort op. Deze cijfers vormden het vertrekpunt voor de doelen in 7.1."),
         ("h1", "8 Samenwerking met gemeenten en jeugdhulp"),
         ("p", "Koers voert OOGO met de gemeenten Rotterdam, Barendrecht, Ridderkerk en Albrandswaard. In Rotterdam verloopt dat "
               "overleg via het stedelijk platform passend onderwijs-jeugd, waarin ook de andere Rotterdamse samenwerkingsverbanden "
               "zitten. Vaste thema's zijn de inzet van jeugdprofessionals op school, de onderwijs-zorgarrangementen, "
               "leerlingenvervoer, de aansluiting met de wijkteams en de aanpak van thuiszitters."),
         ("p", "In de afgelopen periode zijn met de gemeente Rotterdam afspraken gemaakt over de inzet van een jeugdprofessional "
               "van het wijkteam op elke vo-school, met een vaste omvang per school naar rato van het leerlingaantal. Voor "
               "leerlingen die onder toezicht staan of een jeugdreclasseringsmaatregel hebben, is er een vast contactpunt bij "
               "Jeugdbescherming Rotterdam Rijnmond. In de BAR-gemeenten verloopt de samenwerking via het CJG en de "
               "gebiedsteams. De onderwijs-zorgarrangementen worden gezamenlijk gefinancierd: de gemeente betaalt de zorg, Koers "
               "het onderwijsdeel."),
         ("h1", "9 Financieel beleid"),
         ("h2", "9.1 Verdeling"),
         ("p", "Koers verdeelt de middelen lichte ondersteuning volledig door naar de schoolbesturen: naar rato van het aantal "
               "leerlingen op de teldatum 1 oktober, met een vaste voet van € 25.000 per vestiging en een toeslag van 20 procent "
               "per leerling voor vestigingen waarvan meer dan de helft van de leerlingen in een wijk met een hoge "
               "achterstandsscore woont. Van de middelen voor zware ondersteuning houdt DUO de bekostiging van het vso in; het "
               "restant gaat naar de Koers-budgetten van de scholen (80 procent, naar leerlingaantal) en de bovenschoolse "
               "voorzieningen (20 procent). Schoolbesturen leggen in hun jaarverslag verantwoording af over de inzet, volgens de "
               "Koers-verantwoordingsrichtlijn."),
         ("h2", "9.2 Meerjarenbegroting"),
         ("p", "De meerjarenbegroting 2024-2028 wordt na vaststelling van de nieuwe bekostigingssystematiek opgesteld en als "
               "addendum aan dit plan toegevoegd. Het onderstaande overzicht is daarom voorlopig."),
         ("table", [["Post", "2024", "2025", "2026", "2027"], ["Baten", "p.m.", "p.m.", "p.m.", "p.m."],
                    ["Koers-budgetten scholen", "p.m.", "p.m.", "p.m.", "p.m."], ["OPDC en Rebound", "p.m.", "p.m.", "p.m.", "p.m."],
                    ["Bureau", "p.m.", "p.m.", "p.m.", "p.m."]]),
         ("h1", "10 Bestuur, organisatie en medezeggenschap"),
    ]
    B += governance(N, "11 besturen voor voortgezet onderwijs in Rotterdam-Zuid en de BAR-gemeenten", "mr. J. (Jeroen) Verhoef", "vier")
    B += opr_procedure("19 maart 2024", "22 februari 2024", "28 maart 2024", samenstelling=False)
    B += personeel("Koers", "27")
    B += professionalisering()
    B += [("h1", "11 Informatiebeveiliging")] + ict_privacy("Koers")
    B += [("h1", "Bijlage 1 Afkortingen"),
          ("bullets", ["CTT - Commissie Toewijzing en Toelaatbaarheid", "ISK - internationale schakelklas", "lwoo - leerwegondersteunend onderwijs",
                       "OJSP - ouder- en jeugdsteunpunt", "OPDC - orthopedagogisch-didactisch centrum", "OPP - ontwikkelingsperspectiefplan",
                       "pro - praktijkonderwijs", "TLV - toelaatbaarheidsverklaring", "vso - voortgezet speciaal onderwijs"])]
    labels = {
        "sector": "vo",
        "elements": {"basisondersteuning": "partial", "plaatsing": "present", "terugstroom": "present", "financien": "partial",
                     "dekkend-aanbod": "partial", "resultaten": "present", "ouders": "missing"},
        "criteria": {"basisondersteuning.niveau": True, "basisondersteuning.inhoud": False, "plaatsing.procedure": True,
                     "plaatsing.criteria": True, "terugstroom.procedure": True, "terugstroom.beleid": True,
                     "financien.verdeling": True, "financien.besteding": False, "dekkend-aanbod.continuum": True,
                     "dekkend-aanbod.lacunes": False, "resultaten.doelen": True, "resultaten.monitoring": True,
                     "ouders.informatie": False, "ouders.steunpunt": False},
        "advisory": {"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie"], "terugstroom": ["monitoring"],
                     "financien": ["verantwoording"], "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"]},
        "notes": {
            "basisondersteuning": "4.1 defines the Koers-standaard as minimum for all vestigingen (niveau) and audit (borging); the concrete content is only in bijlage 2, which is listed in the TOC but not included.",
            "plaatsing": "Ch.5: Koersloket/CTT, lwoo and pro criteria + procedure with dates, vso numbered procedure with two deskundigen, vso criteria, TLV duration and category; no bezwaar.",
            "terugstroom": "Hidden in 5.6 of the TLV chapter: terugkeeranalyse in October of last TLV year, aanmelding before 1 Dec, CTT decides, terugkeerarrangement, verlenging; figures 11/14 and target 25.",
            "financien": "9.1 verdeling with vaste voet, per-leerling and toeslag, DUO deduction, verantwoording; 9.2 meerjarenbegroting deferred to an addendum, table only 'p.m.'.",
            "dekkend-aanbod": "4.2/4.3/ch.6 describe the three-level continuum (OPDC, Rebound, Koers-klassen, vso); gaps only deferred to a 2025 netwerkanalyse; thuiszitters only as figures/OOGO topic; ch.8 OOGO, wijkteams, OZA.",
            "resultaten": "7.1 table of goals with nulmeting and streefwaarden; 7.2 monitor twice a year, reporting in jaarverslag incl. costs; 7.3 bereikte resultaten.",
            "ouders": "No substantive text: parents only named in the inleiding; TOC lists 'Bijlage 3 Ouders en leerlingen: informatie en steunpunt' which is absent; OJSP only in the afkortingenlijst; OPR only consent date.",
        },
    }
    return "rdam-vo-koers", T, "Koers Rijnmond-Zuid | Ondersteuningsplan 2024-2028", B, labels
# ---------------------------------------------------------------- plan 3: Den Haag PO (pdf)
def plan3():
    N = "Stichting Samenwerkingsverband Hofstad Primair"
    T = "Ondersteuningsplan Hofstad Primair 2025-2029"
    B = [("title", T),
         ("p", "Stichting Samenwerkingsverband Hofstad Primair (PO 28-92) - Den Haag en Rijswijk"),
         ("p", "Samen sterk voor elk Haags kind - planperiode 1 augustus 2025 - 31 juli 2029"),
         ("pagebreak", None),
         ("toc", [("1 Terugblik en vooruitblik", 3), ("2 Onze stad, onze scholen", 5), ("3 Koers 2029", 7), ("4 Basisondersteuning", 9),
                  ("5 Route naar extra ondersteuning", 11), ("6 Toelaatbaarheid sbo en so", 13), ("7 Doorgaande lijnen", 16),
                  ("7.1 Van voorschool naar groep 1", 16), ("7.2 Doorstroom PO-VO", 16), ("7.3 Terug- en doorplaatsing", 17),
                  ("8 Passend aanbod en thuiszitters", 18), ("9 Jeugdhulp en gemeente", 21), ("10 Resultaten", 23),
                  ("11 Communicatie", 25), ("12 Bekostiging en bedrijfsvoering", 27), ("13 Organisatie en medezeggenschap", 31),
                  ("14 Privacy", 33), ("Verklarende woordenlijst", 34)]),
         ("h1", "1 Terugblik en vooruitblik"),
         ("p", "In 2021 stelden we het vorige ondersteuningsplan vast, midden in de coronaperiode. Veel van wat we toen wilden, "
               "is gelukt: er kwamen schoolmaatschappelijk werkers van de jeugd- en gezinsteams op alle scholen in Escamp en Laak, "
               "de wachttijd voor een TLV werd korter en de samenwerking met de gemeente Den Haag werd hechter. Andere voornemens "
               "liepen vertraging op, vooral door personeelstekorten. In deze terugblik kijken we kort terug en vooral vooruit."),
         ("p", "Het belangrijkste wat we de afgelopen jaren hebben geleerd, is dat passend onderwijs in een grote stad pas werkt "
               "als de school niet alleen staat. De leerkracht in Transvaal of Moerwijk heeft te maken met gezinnen die met "
               "schulden, slechte huisvesting of onzekere verblijfsstatus kampen. Een kind dat daardoor niet tot leren komt, "
               "heeft niet in de eerste plaats een orthopedagoog nodig, maar een school en een wijkteam die samen optrekken. Dat "
               "inzicht loopt als een rode draad door dit plan."),
    ] + leeswijzer() + totstandkoming(N, "het schooljaar 2023-2024") + [
         ("h1", "2 Onze stad, onze scholen"),
         ("p", "Hofstad Primair omvat de basisscholen, scholen voor speciaal basisonderwijs en so-scholen in Den Haag en "
               "Rijswijk. Het verband telt 31 schoolbesturen, 148 scholen voor basisonderwijs, 8 sbo-scholen en 11 so-scholen "
               "van cluster 3 en 4. Op 1 oktober 2024 telden we 52.300 leerlingen in het basisonderwijs."),
         ("table", [["Stadsdeel", "Scholen", "Leerlingen", "Kenmerk"], ["Escamp", "31", "11.420", "grootste stadsdeel, veel nieuwkomers"],
                    ["Laak", "14", "4.980", "hoge armoedecijfers"], ["Centrum", "26", "8.150", "zeer divers"], ["Segbroek", "15", "6.020", "relatief weinig verwijzingen"],
                    ["Scheveningen", "13", "5.310", "kustgebied, dalende aantallen"], ["Loosduinen, Haagse Hout, Leidschenveen-Ypenburg", "34", "12.340", "groeigebieden"],
                    ["Rijswijk", "15", "4.080", "eigen gemeente"]]),
         ("h1", "3 Koers 2029"),
         ("p", "Onze missie luidt: elk Haags kind krijgt onderwijs dat past, in een school die dichtbij is en die het kind kent. "
               "Voor 2029 hebben we drie ambities. Eén: minder kinderen hoeven naar het speciaal onderwijs omdat reguliere "
               "scholen meer aankunnen. Twee: geen kind zit thuis zonder passend aanbod. Drie: scholen, jeugd- en gezinsteams en "
               "het verband werken vanuit één gezamenlijke aanpak per wijk."),
         ("p", "Deze ambities zijn geen vrijblijvende wensen. In hoofdstuk 10 hebben we ze vertaald naar concrete beoogde "
               "resultaten met streefcijfers. Ze zijn tot stand gekomen in gesprekken met directeuren, intern begeleiders, "
               "ouders, leerlingen uit de groepen 7 en 8 en onze partners in de stad."),
         ("h1", "4 Basisondersteuning"),
         ("p", "Basisondersteuning is in Hofstad Primair het gezamenlijk afgesproken niveau van ondersteuning dat iedere "
               "vestiging van iedere aangesloten school ten minste biedt. Het is de ondergrens voor alle 148 scholen, vastgesteld "
               "door het algemeen bestuur. De basisondersteuning omvat in elk geval de basiskwaliteit zoals de inspectie die "
               "beoordeelt, en daarnaast de afspraken die de besturen onderling maken."),
         ("p", "De concrete invulling van die afspraken - welke interventies, welke expertise en welke voorzieningen iedere "
               "school in huis heeft - leggen we in het voorjaar van 2026 vast in het herijkte Haags Referentiekader "
               "Basisondersteuning. Tot dat moment beschrijft iedere school haar eigen ondersteuning in het "
               "schoolondersteuningsprofiel."),
         ("h1", "5 Route naar extra ondersteuning"),
         ("p", "Als een school vastloopt in de ondersteuning van een kind, schakelt zij het schoolondersteuningsteam in. Daarin "
               "zitten de intern begeleider, de schoolmaatschappelijk werker van het jeugd- en gezinsteam (JGT) en de "
               "onderwijsadviseur van Hofstad. Samen met de ouders stelt het team vast wat het kind nodig heeft. Dat kan een "
               "arrangement in de eigen school zijn, een plaatsing in een bovenschoolse groep of een aanvraag voor een TLV."),
         ("p", "De onderwijsadviseurs van Hofstad werken per stadsdeel en kennen de scholen in hun gebied. Zij kunnen binnen "
               "twee weken na een verzoek aanschuiven. Een arrangement wordt vastgelegd in het groeidocument, met de doelen, de "
               "inzet en de evaluatiedatum."),
         ("h1", "6 Toelaatbaarheid sbo en so"),
         ("p", "Het bevoegd gezag van de school waar het kind is ingeschreven, vraagt de TLV aan bij de Toelaatbaarheidscommissie "
               "Hofstad (TCH). De school voegt het groeidocument, het OPP, het verslag van het schoolondersteuningsteam en de "
               "zienswijze van de ouders bij. De TCH vraagt advies aan twee onafhankelijke deskundigen: een orthopedagoog of "
               "psycholoog, en een tweede deskundige die past bij de vraag van het kind, zoals een jeugdarts of een "
               "maatschappelijk werker. Iedere deskundige brengt een eigen, schriftelijk advies uit. De TCH besluit binnen zes "
               "weken; ouders ontvangen het besluit en beide adviezen."),
         ("p", "Bij de beoordeling kijkt de TCH naar het hele kind. Er gelden in Hofstad bewust geen vaste criteria voor "
               "toelaatbaarheid tot het sbo of so: iedere aanvraag wordt op zijn eigen merites gewogen, omdat geen kind in een "
               "schema past."),
         ("p", "Een TLV sbo geldt in de regel voor twee schooljaren; een TLV so voor twee of drie schooljaren, met een "
               "bekostigingscategorie (laag, midden of hoog) die de TCH vaststelt. Ouders en school die het niet eens zijn met "
               "het besluit, kunnen binnen zes weken bezwaar maken bij het bestuur van Hofstad. Het bestuur vraagt advies aan de "
               "Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen voordat het op het bezwaar beslist."),
         ("h1", "7 Doorgaande lijnen"),
         ("h2", "7.1 Van voorschool naar groep 1"),
         ("p", "Veel Haagse kinderen bezoeken een voorschool. De overdracht van voorschool naar basisschool verloopt via een "
               "warme overdracht met het overdrachtsformulier van de gemeente. Voor kinderen met een ondersteuningsbehoefte "
               "schuift de onderwijsadviseur van Hofstad aan bij die overdracht."),
         ("h2", "7.2 Doorstroom PO-VO"),
         ("p", "Met het samenwerkingsverband VO in Den Haag is afgesproken dat basisscholen leerlingen met een "
               "ondersteuningsbehoefte vóór 1 februari aanmelden voor een warme overdracht. De Haagse POVO-procedure bepaalt de "
               "data voor aanmelding en plaatsing in het voortgezet onderwijs."),
         ("h2", "7.3 Terug- en doorplaatsing"),
         ("p", "Voor de terug- en doorplaatsing van leerlingen uit het sbo en so verwijzen wij naar het Haagse protocol Terug- en "
               "doorplaatsing, dat te vinden is op www.hofstadprimair.nl/protocollen."),
         ("h1", "8 Passend aanbod en thuiszitters"),
         ("h2", "8.1 Het aanbod"),
         ("p", "Het aanbod van Hofstad loopt van licht naar zwaar. Iedere school biedt basisondersteuning. Daarboven kunnen "
               "scholen arrangementen inzetten, zoals een gedragsspecialist in de klas of een kleine leesgroep. Bovenschools "
               "zijn er de Haagse Taalscholen voor nieuwkomers (vier locaties), de Onderwijs-Zorg-Units (OZU) in Escamp en "
               "Centrum voor kinderen die naast onderwijs dagbehandeling nodig hebben, drie Plusklassen voor hoogbegaafde "
               "leerlingen en de tussenvoorziening 'Het Anker' voor kinderen die tijdelijk een kleine, intensieve setting nodig "
               "hebben. Het sbo en so vormen de laatste schakel. Een kind kan tussen deze onderdelen bewegen; plaatsing is niet "
               "eenrichtingsverkeer."),
         ("h2", "8.2 Thuiszitters en witte vlekken"),
         ("p", "Iedere school meldt een leerling die langer dan vier weken niet naar school gaat binnen vijf werkdagen bij de "
               "onderwijsadviseur en bij Leerplicht. Hofstad voert samen met de gemeente de Haagse Plaatsingstafel: een wekelijks "
               "overleg waarin alle thuiszitters en kinderen zonder passende plek één voor één worden besproken. Aan tafel zitten "
               "Leerplicht, de JGT's, de so-scholen en, waar nodig, Jeugdbescherming West. Voor ieder kind wordt een regisseur "
               "aangewezen; binnen drie weken ligt er een plan met een startdatum. Als de betrokken besturen er samen niet uitkomen, "
               "heeft de directeur-bestuurder doorzettingsmacht."),
         ("p", "Daarnaast analyseert Hofstad ieder jaar in januari de wachtlijsten van de so-scholen en de Taalscholen en de "
               "vragen die de Plaatsingstafel niet kon beantwoorden. Uit de analyse van 2024 bleek een tekort aan plekken voor "
               "jonge kinderen met ernstige gedragsproblemen; daarom openen we in augustus 2025 een tweede groep van 'Het "
               "Anker' in Laak."),
         ("h1", "9 Jeugdhulp en gemeente"),
         ("p", "De gemeente Den Haag werkt met jeugd- en gezinsteams in alle stadsdelen en met het Centrum Jeugd en Gezin. "
               "In het OOGO met de gemeenten Den Haag en Rijswijk zijn afspraken gemaakt over schoolmaatschappelijk werk, de "
               "Onderwijs-Zorg-Units, leerlingenvervoer en huisvesting van het speciaal onderwijs. Het OOGO over dit plan vond "
               "plaats op 6 maart 2025. De gemeente financiert de jeugdhulp in de OZU; Hofstad financiert het onderwijsdeel."),
         ("p", "Bij kinderen met een maatregel van jeugdbescherming schuift de jeugdbeschermer aan in het "
               "schoolondersteuningsteam. Met Veilig Thuis is een werkafspraak gemaakt over signalen van kindermishandeling."),
         ("h1", "10 Resultaten"),
         ("p", "Voor deze planperiode hebben we de volgende beoogde resultaten geformuleerd:"),
         ("table", [["Ambitie", "Beoogd resultaat 2029"],
                    ["Minder verwijzing", "Deelnamepercentage sbo daalt van 2,4% naar 2,0%; so van 1,9% naar 1,7%"],
                    ["Geen thuiszitters zonder aanbod", "Op iedere peildatum hebben alle thuiszitters binnen drie weken een plan met startdatum; het aantal langdurig thuiszittenden daalt van 58 naar 25"],
                    ["Tijdige ondersteuning", "90% van de arrangementen start binnen vier weken na aanvraag"],
                    ["Sterke basis", "Alle scholen voldoen in 2027 aan het herijkte referentiekader"]]),
         ("p", "Hoe we deze resultaten gaan meten, volgen en rapporteren leggen we vast in het nieuwe kwaliteitskader van "
               "Hofstad, dat eind 2026 gereed is."),
         ("h1", "11 Communicatie"),
         ("p", "Goede communicatie begint met begrijpelijke informatie. Hofstad informeert ouders over de ondersteuning in de "
               "scholen en in het verband via de website, waar per ondersteuningsvorm een uitleg staat in eenvoudige taal, en via "
               "de folder 'De Haagse ouderwijzer', die in het Nederlands, Engels, Turks, Arabisch en Pools verschijnt en op iedere "
               "school verkrijgbaar is. Tweemaal per jaar organiseren we per stadsdeel een ouderavond met de onderwijsadviseurs. "
               "Scholen zijn gevraagd hun ondersteuningsaanbod op te nemen in de schoolgids en op hun website."),
         ("p", "Ouders die onafhankelijk advies willen, bijvoorbeeld omdat zij het niet eens zijn met de school, kunnen terecht bij "
               "het Ouder- en Jeugdsteunpunt Haaglanden. Het steunpunt is onafhankelijk van scholen en van het verband, denkt "
               "kosteloos mee en kan bemiddelen. Daarnaast kunnen ouders een beroep doen op de Onderwijsconsulenten (landelijk) "
               "en, bij een geschil over toelating, verwijdering of het OPP, op de Geschillencommissie passend onderwijs. Het "
               "verband heeft een eigen klachtenregeling en is aangesloten bij de Landelijke Klachtencommissie Onderwijs."),
         ("p", "Via de OPR en de jaarlijkse ouderpeiling betrekken we ouders bij het beleid. Tot slot gebruiken we nieuwsbrieven "
               "en sociale media om scholen en partners op de hoogte te houden van ontwikkelingen."),
         ("h1", "12 Bekostiging en bedrijfsvoering"),
         ("p", "Tabel 12.1 geeft de verdeling van de middelen weer; tabel 12.2 de meerjarenbegroting."),
         ("table", [["Tabel 12.1 Verdeelmodel", "Ontvanger", "Grondslag", "Bedrag 2025"],
                    ["Schoolbudget basis", "schoolbesturen", "€ 118 per leerling (teldatum 1 okt.) + € 9.500 vaste voet per school", "€ 7,57 mln"],
                    ["Arrangementen", "scholen, op aanvraag", "toekenning door onderwijsadviseur volgens arrangementenkaart", "€ 4,10 mln"],
                    ["Bovenschoolse voorzieningen", "uitvoerende besturen", "vaste bekostiging per plek (bijv. OZU € 14.200)", "€ 5,35 mln"],
                    ["Afdrachten so (DUO) en overdracht sbo", "so/sbo", "wettelijke systematiek, peildatum 1 februari", "€ 26,9 mln"],
                    ["Bureau en onderwijsadviseurs", "Hofstad", "formatieplan", "€ 2,95 mln"]]),
         ("table", [["Tabel 12.2 Meerjarenbegroting (x € 1.000)", "2025", "2026", "2027", "2028"],
                    ["Baten ondersteuningsbekostiging", "47.100", "47.450", "47.600", "47.300"], ["Afdrachten en overdrachten", "-26.900", "-27.200", "-27.350", "-27.300"],
                    ["Schoolbudget basis", "7.570", "7.600", "7.600", "7.550"], ["Arrangementen", "4.100", "4.150", "4.200", "4.200"],
                    ["Bovenschoolse voorzieningen", "5.350", "5.600", "5.700", "5.700"], ["Bureau", "2.950", "3.000", "3.050", "3.100"],
                    ["Saldo", "-1.770", "-2.100", "-2.300", "-2.550"]]),
         ("p", "De negatieve saldi worden gedekt uit de reserve, die eind 2024 € 12,6 miljoen bedroeg en daarmee boven de "
               "signaleringswaarde lag. Eind 2028 verwachten we een reserve van circa € 3,9 miljoen, boven het door de raad "
               "van toezicht vastgestelde minimale weerstandsvermogen van 5 procent van de baten."),
         ("h1", "13 Organisatie en medezeggenschap"),
    ]
    B += governance(N, "31 schoolbesturen uit Den Haag en Rijswijk", "dr. S. (Samira) El Khatib", "vijf")
    B += opr_procedure("25 maart 2025", "6 maart 2025", "1 april 2025")
    B += personeel("Hofstad Primair", "44")
    B += professionalisering()
    B += [("h2", "Kennis en onderzoek")] + kennisagenda("Hofstad Primair")
    B += [("h1", "14 Privacy")] + ict_privacy("Hofstad Primair")
    B += [("h1", "Verklarende woordenlijst"),
          ("table", [["Begrip", "Betekenis"], ["Basisondersteuning", "De voorzieningen die elke school biedt: o.a. dyslexiebeleid, gedragsaanpak, intern begeleider"],
                     ["JGT", "Jeugd- en gezinsteam van de gemeente Den Haag"], ["OJSP", "Ouder- en jeugdsteunpunt"],
                     ["Terugplaatsing", "De overstap van een leerling van sbo/so naar een reguliere basisschool, met begeleiding van de sbo/so-school"],
                     ["TCH", "Toelaatbaarheidscommissie Hofstad"], ["TLV", "Toelaatbaarheidsverklaring"],
                     ["Verdeelmodel", "De regels waarmee Hofstad middelen aan schoolbesturen toekent"]])]
    labels = {
        "sector": "po",
        "elements": {"basisondersteuning": "partial", "plaatsing": "partial", "terugstroom": "missing", "financien": "present",
                     "dekkend-aanbod": "present", "resultaten": "partial", "ouders": "present"},
        "criteria": {"basisondersteuning.niveau": True, "basisondersteuning.inhoud": False, "plaatsing.procedure": True,
                     "plaatsing.criteria": False, "terugstroom.procedure": False, "terugstroom.beleid": False,
                     "financien.verdeling": True, "financien.besteding": True, "dekkend-aanbod.continuum": True,
                     "dekkend-aanbod.lacunes": True, "resultaten.doelen": True, "resultaten.monitoring": False,
                     "ouders.informatie": True, "ouders.steunpunt": True},
        "advisory": {"plaatsing": ["deskundigen", "duur-categorie", "bezwaar"], "financien": ["reserves"],
                     "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
        "notes": {
            "basisondersteuning": "Ch.4 defines the SWV-wide minimum (niveau) but defers the concrete content to the 'Haags Referentiekader' of spring 2026 / school SOPs; glossary lists examples (trap).",
            "plaatsing": "Ch.6: TCH procedure with dossier, two deskundigen, 6 weeks, duration/category, bezwaar via LBT; criteria explicitly absent ('bewust geen vaste criteria').",
            "terugstroom": "7.3 'Terug- en doorplaatsing' only refers to a protocol on the website; 7.2 doorstroom PO-VO and 'terugblik' are near-misses; glossary defines terugplaatsing (trap).",
            "financien": "Ch.12 'Bekostiging en bedrijfsvoering': verdeelmodel and meerjarenbegroting only in tables 12.1/12.2; reserves/weerstandsvermogen in prose.",
            "dekkend-aanbod": "8.1 continuum (basis, arrangementen, Taalscholen, OZU, Plusklassen, Het Anker, sbo/so); 8.2 Plaatsingstafel, doorzettingsmacht, yearly waiting-list analysis; ch.9 JGT/OOGO.",
            "resultaten": "Ch.10 table of beoogde resultaten with numbers; how they are measured/reported deferred to a kwaliteitskader at end 2026.",
            "ouders": "Inside ch.11 'Communicatie': website, 'Haagse ouderwijzer' in 5 languages, ouderavonden; OJSP Haaglanden, Onderwijsconsulenten, GPO, klachtenregeling; OPR and ouderpeiling.",
        },
    }
    return "dh-po-hofstad", T, "Hofstad Primair - ondersteuningsplan 2025-2029", B, labels
# ---------------------------------------------------------------- plan 4: Utrecht VO (docx)
def plan4():
    N = "Samenwerkingsverband VO Utrecht Stad en Vecht"
    T = "Ondersteuningsplan 2025-2029 SWV VO Utrecht Stad en Vecht"
    B = [("title", T),
         ("p", "Samenwerkingsverband voortgezet onderwijs Utrecht Stad en Vecht (VO 26-94)"),
         ("p", "Gemeenten Utrecht en Stichtse Vecht - ondersteuningsplan op hoofdlijnen, planperiode 2025-2029"),
         ("pagebreak", None),
         ("toc", [("1 Samenvatting", 3), ("2 Context", 4), ("3 Koers en kernwaarden", 6), ("4 Basisondersteuning", 8),
                  ("5 Dekkend aanbod", 9), ("6 Toelaatbaarheid vso, lwoo en pro", 10), ("7 Doorlopende lijnen", 12),
                  ("7.1 Overstap po-vo", 12), ("7.2 De weg terug naar het reguliere vo", 13), ("7.3 Van vo naar mbo", 14),
                  ("8 Onderwijs en jeugdhulp in de buurt", 15), ("9 Opbrengsten van passend onderwijs", 17), ("10 Financiën", 20),
                  ("11 Ouders en leerlingen", 23), ("12 Governance en medezeggenschap", 24), ("13 Personeel", 26), ("14 Privacy en ICT", 27),
                  ("Afkortingen en begrippen", 28)]),
         ("h1", "1 Samenvatting"),
         ("p", "Dit ondersteuningsplan beschrijft op hoofdlijnen hoe de 34 vo-scholen in Utrecht en Stichtse Vecht samen "
               "zorgen voor passend onderwijs. Het is bewust een compact plan: veel uitwerking vindt plaats in jaarplannen en in "
               "afspraken tussen scholen. Het plan richt zich op vier thema's: de weg terug uit het vso, de samenwerking met de "
               "buurtteams, meetbare opbrengsten en een toekomstbestendige begroting."),
         ("p", "De afgelopen planperiode stond in het teken van groei. Door de bouw van nieuwe wijken in Leidsche Rijn en Rijnenburg "
               "nam het aantal leerlingen toe, en er kwamen twee nieuwe scholen bij. Tegelijk zagen we dat de vraag naar "
               "ondersteuning complexer wordt, met meer leerlingen die kampen met angst, somberheid en schoolverzuim. Dit plan "
               "moet ons helpen om in die dynamiek koers te houden."),
    ] + leeswijzer() + totstandkoming(N, "de periode september 2023 tot maart 2025") + [
         ("h1", "2 Context"),
         ("p", "Het verband omvat 34 scholen voor voortgezet onderwijs van 14 besturen, waaronder 4 scholen voor "
               "praktijkonderwijs, en 7 vso-scholen in de regio. Op 1 oktober 2024 telde het verband 31.450 leerlingen in het "
               "regulier vo. De stad Utrecht kent tien wijken, van Overvecht en Kanaleneiland tot Leidsche Rijn en Vleuten-De "
               "Meern. In elke wijk werken buurtteams Jeugd en Gezin, die voor ouders en jongeren het eerste aanspreekpunt zijn "
               "voor vragen over opvoeden en opgroeien. In Stichtse Vecht werken de gemeentelijke jeugdteams."),
         ("table", [["Kengetal", "2022", "2023", "2024"], ["Leerlingen regulier vo", "30.210", "30.880", "31.450"],
                    ["Leerlingen vso (woonachtig in regio)", "1.040", "1.065", "1.070"], ["Leerlingen pro", "1.190", "1.210", "1.230"],
                    ["Afgegeven TLV's vso", "212", "231", "226"]]),
         ("h1", "3 Koers en kernwaarden"),
         ("p", "Wij geloven dat iedere jongere het recht heeft om zich te ontwikkelen tot een zelfstandig en betrokken burger. "
               "Onze kernwaarden zijn: nabij, samen, eigenaarschap en eerlijkheid. Nabij betekent dat ondersteuning zo dicht "
               "mogelijk bij de leerling en zijn omgeving wordt georganiseerd. Samen betekent dat school, jeugdhulp en "
               "gemeente niet naast elkaar maar met elkaar werken. Eigenaarschap betekent dat de school waar de leerling "
               "staat ingeschreven verantwoordelijk blijft. Eerlijkheid betekent dat we transparant zijn over wat we bereiken "
               "en wat niet."),
         ("p", "Deze kernwaarden vormen het kompas bij alle keuzes in dit plan. Ze zijn tot stand gekomen in een reeks "
               "bijeenkomsten met schoolleiders, zorgcoördinatoren, jongeren uit de leerlingenraden en medewerkers van de "
               "buurtteams."),
         ("h1", "4 Basisondersteuning"),
         ("p", "De afspraken over de basisondersteuning in het verband worden in schooljaar 2025-2026 opnieuw vastgesteld in het "
               "regionale document 'Basis in Utrecht'. Dat document maakt geen deel uit van dit plan. In afwachting daarvan "
               "verwijzen wij naar de schoolgidsen van de afzonderlijke scholen."),
         ("h1", "5 Dekkend aanbod"),
         ("p", "Het overzicht van de arrangementen en voorzieningen binnen en tussen de scholen wordt in de loop van schooljaar "
               "2025-2026 opgesteld als 'Aanbodkaart VO Utrecht'. Ook een gezamenlijke aanpak voor thuiszitters en jongeren "
               "zonder passende plek werken we in 2026 samen met Leerplicht Utrecht en de gemeente Stichtse Vecht uit."),
         ("h1", "6 Toelaatbaarheid vso, lwoo en pro"),
         ("p", "Hoe een aanvraag verloopt, welke stukken nodig zijn en wie beslist, leest u in de Routekaart toelaatbaarheid op "
               "de website van het verband. In dit plan leggen we de inhoudelijke criteria vast."),
         ("h2", "6.1 Criteria vso"),
         ("p", "Een leerling is toelaatbaar tot het vso als aan elk van de volgende voorwaarden is voldaan:"),
         ("bullets", ["de school heeft de ondersteuning binnen de eigen school gedurende ten minste twintig schoolweken ingezet en geëvalueerd in het OPP, tenzij de veiligheid van de leerling of anderen dat onmogelijk maakt;",
                      "de leerling heeft op het gebied van leren, gedrag, communicatie of lichamelijke en medische zorg een ondersteuningsbehoefte die structureel de inzet van specialistische expertise en een kleine groep (maximaal twaalf leerlingen) vereist;",
                      "de verwachting is onderbouwd dat de leerling in het vso beter tot ontwikkeling komt en een uitstroomperspectief (vervolgonderwijs, arbeid of dagbesteding) kan realiseren dat in het regulier vo niet haalbaar is."]),
         ("p", "De TLV vso wordt afgegeven voor ten hoogste twee schooljaren. De bekostigingscategorie is laag, tenzij de "
               "ondersteuningsbehoefte aantoonbaar overeenkomt met de landelijke profielen voor midden (lichamelijk gehandicapt) "
               "of hoog (meervoudig gehandicapt)."),
         ("h2", "6.2 Criteria lwoo en pro"),
         ("p", "Het verband heeft niet gekozen voor eigen lwoo-criteria en volgt de landelijke criteria. Een leerling komt in "
               "aanmerking voor lwoo bij een IQ tussen 75 en 90 en een leerachterstand van 25 tot 50 procent op ten minste twee "
               "domeinen, of bij een IQ tussen 91 en 120 met een dergelijke achterstand en sociaal-emotionele problematiek "
               "(faalangst, prestatiemotivatie of emotionele instabiliteit) die het leren belemmert. Voor praktijkonderwijs "
               "geldt een IQ tussen 55 en 80 en een leerachterstand van 50 procent of meer op ten minste twee domeinen."),
         ("p", "Tegen een besluit over toelaatbaarheid kunnen ouders binnen zes weken bezwaar maken bij het bestuur van het "
               "verband. Het bestuur laat zich adviseren door de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen."),
         ("h1", "7 Doorlopende lijnen"),
         ("h2", "7.1 Overstap po-vo"),
         ("p", "De overstap van het basisonderwijs naar het vo verloopt in Utrecht via de Utrechtse POVO-afspraken, die samen "
               "met de samenwerkingsverbanden voor primair onderwijs zijn gemaakt. Basisscholen dragen leerlingen met een "
               "ondersteuningsbehoefte warm over; het vo neemt vóór 1 april contact op met de basisschool."),
         ("h2", "7.2 De weg terug naar het reguliere vo"),
         ("p", "Een TLV is bij ons een tijdelijk besluit. We vinden dat elke jongere in het vso de kans moet krijgen om terug te "
               "keren naar een reguliere school als dat past bij zijn ontwikkeling, en dat die terugkeer goed begeleid moet "
               "worden. Voorwaarden voor terugkeer zijn dat de doelen uit het OPP die tot de TLV leidden in voldoende mate zijn "
               "bereikt, dat de jongere en zijn ouders de overstap willen, en dat er een vo-school is die met een "
               "overgangsarrangement kan bieden wat nodig is. Na de overstap blijft de vso-school twaalf maanden betrokken."),
         ("p", "Zo gaat het in de praktijk. In januari van het laatste TLV-jaar bespreekt de commissie van begeleiding van de "
               "vso-school iedere leerling. Ziet de commissie perspectief op terugkeer, dan nodigt de vso-school vóór 1 maart de "
               "trajectbegeleider van het verband, de leerling en de ouders uit voor een overstapgesprek. De trajectbegeleider "
               "zoekt in overleg met de ouders een reguliere school en legt binnen vier weken een terugkeervoorstel voor aan de "
               "directeur van het verband, die over het overgangsarrangement besluit. De leerling start bij voorkeur na een "
               "vakantie; na drie en na negen maanden volgt een evaluatie met de ontvangende school. Ziet de commissie geen "
               "perspectief, dan vraagt de vso-school vóór 1 april een nieuwe TLV aan; in die aanvraag moet staan waarom "
               "terugkeer nog niet mogelijk is."),
         ("h2", "7.3 Van vo naar mbo"),
         ("p", "Met de mbo-instellingen in de regio, waaronder het ROC Midden Nederland, zijn afspraken gemaakt over de warme "
               "overdracht van jongeren met een ondersteuningsbehoefte en over de entreeopleiding. Scholen voor praktijkonderwijs "
               "werken met de gemeente Utrecht samen in de aanpak naar werk."),
         ("h1", "8 Onderwijs en jeugdhulp in de buurt"),
         ("p", "In het OOGO met de gemeenten Utrecht en Stichtse Vecht zijn drie afspraken gemaakt. Ten eerste is aan iedere "
               "vo-school een vaste medewerker van het buurtteam Jeugd en Gezin verbonden, die op school spreekuur houdt en "
               "aanschuift bij het zorgadviesteam. Ten tweede financieren gemeente en verband samen de onderwijs-zorgarrangementen "
               "voor jongeren die naast onderwijs intensieve jeugdhulp nodig hebben; de gemeente betaalt de zorg, het verband het "
               "onderwijsdeel. Ten derde is er een vast aanspreekpunt bij de Raad voor de Kinderbescherming en bij "
               "Samen Veilig Midden-Nederland voor jongeren met een jeugdbeschermingsmaatregel."),
         ("p", "Het OOGO over dit plan vond plaats op 11 maart 2025. Punten van aandacht voor de komende jaren zijn het "
               "leerlingenvervoer naar vso-scholen buiten de regio en de huisvesting van de groeiende pro-scholen."),
         ("h1", "9 Opbrengsten van passend onderwijs"),
         ("h2", "9.1 Wat we willen bereiken"),
         ("table", [["Opbrengst", "Maat", "Stand 2023-2024", "Doel 2028-2029"],
                    ["Thuisnabij onderwijs", "Percentage leerlingen in vso (peildatum 1 oktober)", "3,4%", "3,1%"],
                    ["Terugkeer", "Aantal leerlingen dat per schooljaar terugkeert van vso naar regulier vo", "18", "30"],
                    ["Duurzame terugkeer", "Percentage teruggekeerde leerlingen dat na een jaar nog in het regulier vo zit", "72%", "85%"],
                    ["Snelle besluiten", "Doorlooptijd TLV-aanvraag", "gem. 6,5 week", "alle binnen 6 weken"],
                    ["Tevredenheid scholen", "Rapportcijfer in de tweejaarlijkse scholenpeiling", "6,8", "7,5"]]),
         ("h2", "9.2 Hoe we de opbrengsten volgen"),
         ("p", "Het verband verzamelt elk kwartaal de gegevens uit het dossiersysteem en jaarlijks de gegevens van DUO en de "
               "vso-scholen. De trajectbegeleiders houden per teruggekeerde leerling bij of die na zes en twaalf maanden nog op "
               "de reguliere school is. Eens per jaar, in de junivergadering, bespreekt het bestuur een opbrengstenrapportage waarin "
               "per doel de stand, de trend en de ingezette middelen staan. De rapportage wordt daarna aan de OPR voorgelegd en op "
               "de website gepubliceerd. Blijft een doel twee jaar achter, dan wordt het beleid bijgesteld in het jaarplan."),
         ("h1", "10 Financiën"),
         ("p", "Hoe de middelen voor lichte en zware ondersteuning over de besturen worden verdeeld, wordt in 2026 opnieuw "
               "bepaald: de huidige verdeelsleutel loopt af op 31 juli 2026 en een nieuwe is nog niet vastgesteld. Het bestuur "
               "wil daarover eerst met de scholen in gesprek."),
         ("p", "De meerjarenbegroting laat zien waaraan het verband de middelen de komende jaren besteedt:"),
         ("table", [["Besteding (x € 1.000)", "2025", "2026", "2027", "2028"],
                    ["Middelen naar schoolbesturen (lichte ondersteuning)", "9.850", "9.900", "9.950", "9.950"],
                    ["Onderwijsdeel onderwijs-zorgarrangementen", "1.420", "1.480", "1.520", "1.520"],
                    ["Overgangsarrangementen terugkeer vso-vo", "540", "620", "700", "780"],
                    ["Trajectbegeleiding en commissie", "1.310", "1.330", "1.350", "1.370"],
                    ["Bureau en bestuur", "880", "895", "905", "915"],
                    ["Totaal lasten", "14.000", "14.225", "14.425", "14.535"],
                    ["Totaal baten (na afdracht vso)", "13.650", "13.800", "13.950", "14.050"],
                    ["Saldo (ten laste van reserve)", "-350", "-425", "-475", "-485"]]),
         ("p", "De algemene reserve bedroeg eind 2024 € 5,8 miljoen. Met de geplande tekorten daalt zij naar circa € 4,1 miljoen "
               "eind 2028, ruim boven de risicobuffer van € 2,2 miljoen die het bestuur op basis van een risicoanalyse heeft "
               "vastgesteld."),
         ("h1", "11 Ouders en leerlingen"),
         ("p", "Hoe en via welke kanalen wij ouders en leerlingen over het ondersteuningsaanbod informeren, leggen we vast in een "
               "communicatieplan dat in 2026 verschijnt."),
         ("p", "Ouders en leerlingen die er met de school niet uitkomen of onafhankelijk advies willen, kunnen terecht bij het "
               "Ouder- en Jeugdsteunpunt Utrecht. Dat steunpunt is onafhankelijk van scholen en verband, luistert, geeft advies en "
               "kan meegaan naar gesprekken. Daarnaast kunnen zij gebruikmaken van de Onderwijsconsulenten en, bij een geschil "
               "over toelating, verwijdering of het OPP, van de Geschillencommissie passend onderwijs."),
         ("h1", "12 Governance en medezeggenschap"),
    ]
    B += governance(N, "14 besturen voor voortgezet onderwijs in Utrecht en Stichtse Vecht", "drs. H. (Hanneke) de Groot", "vijf")
    B += opr_procedure("1 april 2025", "11 maart 2025", "8 april 2025")
    B += [("h1", "13 Personeel")] + personeel("het verband", "21") + professionalisering()
    B += [("h2", "Kennisagenda")] + kennisagenda("Het verband")
    B += [("h1", "14 Privacy en ICT")] + ict_privacy("Het verband")
    B += [("h1", "Afkortingen en begrippen"),
          ("bullets", ["Basisondersteuning - het niveau van ondersteuning dat elke school in het verband biedt.",
                       "Dekkend aanbod - het geheel van voorzieningen waardoor iedere jongere een passende plek heeft.",
                       "lwoo - leerwegondersteunend onderwijs.", "OJSP - Ouder- en Jeugdsteunpunt.", "OPDC - orthopedagogisch-didactisch centrum.",
                       "pro - praktijkonderwijs.", "TLV - toelaatbaarheidsverklaring.", "vso - voortgezet speciaal onderwijs."])]
    labels = {
        "sector": "vo",
        "elements": {"basisondersteuning": "missing", "plaatsing": "partial", "terugstroom": "present", "financien": "partial",
                     "dekkend-aanbod": "partial", "resultaten": "present", "ouders": "partial"},
        "criteria": {"basisondersteuning.niveau": False, "basisondersteuning.inhoud": False, "plaatsing.procedure": False,
                     "plaatsing.criteria": True, "terugstroom.procedure": True, "terugstroom.beleid": True,
                     "financien.verdeling": False, "financien.besteding": True, "dekkend-aanbod.continuum": False,
                     "dekkend-aanbod.lacunes": False, "resultaten.doelen": True, "resultaten.monitoring": True,
                     "ouders.informatie": False, "ouders.steunpunt": True},
        "advisory": {"plaatsing": ["duur-categorie", "bezwaar"], "terugstroom": ["monitoring"], "financien": ["reserves"], "dekkend-aanbod": ["ketenpartners"],
                     "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
        "notes": {
            "basisondersteuning": "Ch.4 only defers to the absent regional document 'Basis in Utrecht' and refers to schoolgidsen; TOC and begrippenlijst are traps.",
            "plaatsing": "Ch.6 opens by referring the procedure to a 'Routekaart' on the website; 6.1/6.2 give vso, lwoo and pro criteria, TLV duration/category and bezwaar via LBT.",
            "terugstroom": "7.2 'De weg terug naar het reguliere vo' under 'Doorlopende lijnen': policy with conditions and 12 months involvement, plus procedure with dates, actors and evaluations.",
            "financien": "Ch.10: verdeelsleutel explicitly not yet set (deferred to 2026); meerjarenbegroting by spending category 2025-2028 with amounts; reserves.",
            "dekkend-aanbod": "Ch.5 'Dekkend aanbod' defers both the Aanbodkaart and the thuiszittersaanpak to 2025-2026; only advisory ketenpartners addressed (ch.8 OOGO, buurtteams, OZA financing) -> partial.",
            "resultaten": "Ch.9 'Opbrengsten van passend onderwijs': goals table with stand and doel; 9.2 quarterly data, yearly opbrengstenrapportage to bestuur/OPR/website.",
            "ouders": "Ch.11: information channels deferred to a 2026 communicatieplan; OJSP Utrecht, Onderwijsconsulenten and GPO addressed; OPR composition with parents (betrokkenheid).",
        },
    }
    return "utr-vo-stadenvecht", T, "SWV VO Utrecht Stad en Vecht - Ondersteuningsplan op hoofdlijnen", B, labels
# ---------------------------------------------------------------- plan 5: Lekstroom PO (html)
def plan5():
    N = "Samenwerkingsverband Passend Primair Onderwijs Lekstroom-Vecht"
    T = "Ondersteuningsplan 2024-2028 Lekstroom-Vecht (webversie)"
    B = [("title", "Ondersteuningsplan 2024-2028"),
         ("p", "Samenwerkingsverband Passend Primair Onderwijs Lekstroom-Vecht (PO 26-97) - Nieuwegein, IJsselstein, Vianen en Houten"),
         ("toc", [("1 Inleiding", 1), ("2 Ons gebied", 1), ("3 Visie: sterk in de basis", 1), ("4 Basisondersteuning: wat elke school biedt", 1),
                  ("5 Toelaatbaarheid tot sbo en so", 1), ("6 Terugplaatsing", 1), ("7 Monitoring en verantwoording", 1),
                  ("8 Ouders: informatie en steun", 1), ("9 Financiën", 1), ("10 Bestuur en organisatie", 1), ("11 Personeel en professionalisering", 1),
                  ("12 Privacy", 1), ("13 Jaarplanning", 1), ("Begrippen", 1)]),
         ("h1", "1 Inleiding"),
         ("p", "Welkom bij de webversie van het ondersteuningsplan 2024-2028 van Lekstroom-Vecht. Dit plan is het resultaat van "
               "een jaar lang gesprekken met scholen, ouders, intern begeleiders en de gemeenten in ons gebied. We hebben "
               "geprobeerd een plan te schrijven dat leesbaar is voor iedereen, en dat laat zien wat de kern van passend onderwijs "
               "in onze regio is: een sterke basis op iedere school."),
         ("p", "Lekstroom-Vecht is een relatief klein samenwerkingsverband met een overzichtelijk aantal scholen. Dat is een "
               "voordeel: we kennen elkaar, de lijnen zijn kort en we kunnen snel schakelen. Het is ook een kwetsbaarheid: een "
               "paar complexe situaties kunnen veel vragen van een kleine organisatie. In dit plan kiezen we daarom voor focus. "
               "We investeren de komende jaren vooral in de basisondersteuning, omdat we ervan overtuigd zijn dat daar de "
               "grootste winst te behalen is."),
         ("p", "De webversie is opgebouwd in hoofdstukken die los van elkaar te lezen zijn. Onder aan iedere pagina staat de "
               "datum van de laatste wijziging. Wijzigingen in het plan worden altijd eerst voorgelegd aan de "
               "ondersteuningsplanraad."),
    ] + leeswijzer() + [("h2", "Hoe dit plan tot stand kwam")] + totstandkoming(N, "het kalenderjaar 2023") + [
         ("h1", "2 Ons gebied"),
         ("p", "Het verband omvat 72 basisscholen van 12 besturen, 2 scholen voor speciaal basisonderwijs en 3 so-locaties in de "
               "gemeenten Nieuwegein, IJsselstein, Vianen en Houten. Op 1 oktober 2023 telden de basisscholen samen 17.950 "
               "leerlingen. De gemeenten verschillen onderling: Houten is een groeikern met relatief jonge gezinnen, Nieuwegein "
               "heeft wijken als Batau en Fokkesteeg met meer sociaal-economische kwetsbaarheid, en Vianen is sinds de "
               "herindeling van 2019 onderdeel van de gemeente Vijfheerenlanden, waardoor sommige afspraken anders lopen dan in "
               "de Utrechtse gemeenten."),
         ("p", "Elk van de gemeenten heeft een eigen organisatie voor jeugdhulp. Nieuwegein werkt met sociale wijkteams, "
               "IJsselstein met het Jeugd- en Gezinsteam, Houten met het Sociaal Team en Vijfheerenlanden met het Sociaal Team "
               "Vijfheerenlanden. Ook jeugdbescherming is in de regio verschillend georganiseerd."),
         ("table", [["Gemeente", "Basisscholen", "Leerlingen (1-10-2023)"], ["Nieuwegein", "26", "6.420"], ["IJsselstein", "15", "3.610"],
                    ["Houten", "21", "5.520"], ["Vianen (Vijfheerenlanden)", "10", "2.400"]]),
         ("h1", "3 Visie: sterk in de basis"),
         ("p", "Wij willen dat ieder kind in ons gebied naar een school kan gaan waar het zich veilig voelt en zich ontwikkelt. "
               "Dat begint bij de leerkracht. Een leerkracht die goed is toegerust, die weet waar hij hulp kan halen en die niet "
               "alleen staat, kan veel meer kinderen bedienen dan we soms denken. Daarom kiezen we voor een sterke basis: "
               "investeren in wat iedere school kan, in plaats van in steeds meer aparte voorzieningen."),
         ("p", "Onze visie rust op drie woorden: dichtbij, samen en stevig. Dichtbij, omdat kinderen horen op te groeien in hun "
               "eigen dorp of wijk. Samen, omdat school, ouders en partners elkaar nodig hebben. Stevig, omdat we willen dat de "
               "basis op iedere school zo sterk is dat er minder vaak iets extra's nodig is."),
         ("p", "Wat betekent dit voor de leerkracht? Vooral dat hij of zij niet alleen hoeft te staan. De intern begeleider, de "
               "collega in de parallelgroep, de orthopedagoog van het bestuur en de consulent van het verband vormen samen een "
               "kring rond de klas. We vragen van leerkrachten dat zij tijdig aan de bel trekken, en we vragen van onszelf dat "
               "we dan ook snel reageren. Dat is geen vanzelfsprekendheid in een tijd van krapte, maar wel een belofte waar we "
               "ons de komende jaren aan willen houden. Ook schoolleiders hebben daarin een rol: zij maken ruimte in het "
               "rooster voor overleg en zorgen dat nieuwe collega's snel de weg weten in de afspraken van school en verband."),
         ("h1", "4 Basisondersteuning: wat elke school biedt"),
         ("h2", "4.1 De afspraak"),
         ("p", "De besturen van Lekstroom-Vecht hebben met elkaar een gemeenschappelijke ondergrens afgesproken: de "
               "basisondersteuning. Iedere vestiging van iedere school in het verband biedt deze ondersteuning, zonder dat daarvoor "
               "een aanvraag bij het verband nodig is. De afspraak is vastgelegd in tien standaarden, die het algemeen bestuur op "
               "14 november 2023 heeft vastgesteld en die tot het einde van de planperiode gelden."),
         ("h2", "4.2 De tien standaarden"),
         ("p", "Ouders kunnen op iedere school in Lekstroom-Vecht het volgende verwachten:"),
         ("numbers", ["Elke school heeft een intern begeleider met minimaal één dag per week per 100 leerlingen.",
                      "Elke school werkt handelingsgericht: er zijn groepsplannen of groepsoverzichten en een vaste cyclus van groeps- en leerlingbesprekingen, minimaal drie keer per jaar.",
                      "Elke school signaleert leer- en ontwikkelingsproblemen vroegtijdig met een leerlingvolgsysteem en een observatie-instrument voor sociaal-emotionele ontwikkeling.",
                      "Elke school volgt het protocol Leesproblemen en Dyslexie en het protocol Ernstige Reken-Wiskundeproblemen en Dyscalculie.",
                      "Elke school biedt extra instructie en verlengde instructie in kleine groepen voor lezen, spellen en rekenen.",
                      "Elke school heeft een aanbod voor leerlingen met een ontwikkelingsvoorsprong: compacten en verrijken, en toegang tot een plusgroep binnen het bestuur.",
                      "Elke school heeft een gedragsprotocol, een anti-pestprogramma en een aanspreekpunt sociale veiligheid.",
                      "Elke school kan een ontwikkelingsperspectief opstellen en uitvoeren voor een leerling met een eigen leerlijn.",
                      "Elke school heeft een protocol medisch handelen en kan eenvoudige medische handelingen (zoals medicijnverstrekking) veilig uitvoeren.",
                      "Elke school heeft toegang tot een orthopedagoog van het eigen bestuur of van het verband voor consultatie, minimaal vier keer per jaar."]),
         ("h2", "4.3 Hoe we de standaarden bewaken"),
         ("p", "Iedere school legt in de schoolgids vast hoe zij de tien standaarden invult. Eens per jaar voert de "
               "kwaliteitsmedewerker van het verband met iedere directeur een gesprek aan de hand van de kwaliteitskaart. Scholen "
               "die op een standaard onvoldoende scoren, stellen samen met hun bestuur een verbeterplan op met een termijn van "
               "maximaal een jaar."),
         ("h1", "5 Toelaatbaarheid tot sbo en so"),
         ("p", "De route naar het speciaal basisonderwijs en het speciaal onderwijs, inclusief de criteria en de samenstelling "
               "van de commissie, is beschreven in het afzonderlijke document 'Route naar S(B)O 2024'. Dat document wordt "
               "jaarlijks door het bestuur vastgesteld en is als bijlage bij dit plan gevoegd."),
         ("h1", "6 Terugplaatsing"),
         ("p", "Voor iedere leerling met een TLV organiseert de sbo- of so-school uiterlijk in november van het laatste jaar van de "
               "TLV een evaluatiegesprek. Daarbij zijn de ouders, de intern begeleider of ondersteuningscoördinator van de sbo- "
               "of so-school en de consulent van het verband aanwezig. In dat gesprek wordt aan de hand van het OPP beoordeeld of "
               "terugplaatsing naar een basisschool mogelijk is. De sbo- of so-school legt de uitkomst vast en stuurt deze binnen "
               "twee weken naar het verband. Is terugplaatsing mogelijk, dan neemt de consulent contact op met de basisschool van "
               "voorkeur van de ouders, en vindt vóór 1 maart een overdrachtsgesprek plaats. De TLV eindigt op 31 juli van het "
               "laatste jaar. Is terugplaatsing niet mogelijk, dan vraagt de sbo- of so-school vóór 1 april een nieuwe TLV aan."),
         ("p", "Ons beleid op terugplaatsing - welke doelen we nastreven, onder welke voorwaarden en welke begeleiding een kind "
               "na de overstap krijgt - stellen we in de loop van 2025 vast, na een verkenning met de sbo- en so-scholen."),
         ("h1", "7 Monitoring en verantwoording"),
         ("p", "Lekstroom-Vecht volgt de ontwikkelingen met de Lekstroom-monitor. Ieder jaar in oktober verzamelen we per school "
               "en per gemeente: het deelnamepercentage sbo en so (peildatum 1 oktober), het aantal afgegeven TLV's, het aantal "
               "terugplaatsingen, de scores op de kwaliteitskaart basisondersteuning en de uitkomsten van de ouder- en "
               "schoolpeiling. De monitor wordt in december besproken in het algemeen bestuur en in de OPR, en met iedere "
               "schoolbestuurder in een bestuursgesprek. In het jaarverslag (juni) verantwoorden we de bereikte uitkomsten."),
         ("p", "Op 1 oktober 2023 was het deelnamepercentage sbo 1,8 procent en so 1,5 procent; beide iets onder het landelijk "
               "gemiddelde. Er werden in 2022-2023 41 TLV's afgegeven en 4 leerlingen teruggeplaatst."),
         ("p", "De beoogde resultaten voor de planperiode 2024-2028 worden nader uitgewerkt in de jaarplannen van het verband."),
         ("h1", "8 Ouders: informatie en steun"),
         ("p", "We willen dat ouders weten wat zij van school en verband mogen verwachten. Daarom publiceren we de tien standaarden "
               "op onze website in gewone taal, met voorbeelden. Iedere school geeft nieuwe ouders de folder 'Wat mag u verwachten?' "
               "mee. De consulenten van het verband houden maandelijks een telefonisch spreekuur voor ouders, en in het voorjaar "
               "organiseren we per gemeente een informatieavond over passend onderwijs."),
         ("p", "Soms verschillen ouders en school van mening, of hebben ouders behoefte aan iemand die onafhankelijk met hen "
               "meedenkt. Zij kunnen dan terecht bij het Ouder- en Jeugdsteunpunt Lek en IJssel, dat onafhankelijk is van scholen en "
               "verband. Ook kunnen ouders een beroep doen op de Onderwijsconsulenten. Het verband heeft daarnaast een "
               "klachtenregeling; klachten worden behandeld door de Landelijke Klachtencommissie Onderwijs."),
         ("p", "Ouders zijn ook betrokken bij het beleid: de helft van de leden van de OPR is ouder van een leerling op een van onze "
               "scholen."),
         ("h1", "9 Financiën"),
         ("p", "Het financieel beleid, de verdeling van de middelen over de besturen en de meerjarenbegroting zijn opgenomen in de "
               "jaarbegroting van het verband, die ieder jaar in december wordt vastgesteld en op onze website staat. Een "
               "samenvatting van de meerjarenbegroting volgt in een latere versie van deze webpagina."),
         ("table", [["Meerjarenbegroting", "2024", "2025", "2026", "2027"], ["Baten", "p.m.", "p.m.", "p.m.", "p.m."], ["Lasten", "p.m.", "p.m.", "p.m.", "p.m."]]),
         ("h1", "10 Bestuur en organisatie"),
    ]
    B += governance(N, "12 schoolbesturen voor primair onderwijs", "E. (Erik) van der Linden MEd", "drie")
    B += opr_procedure("5 maart 2024", "8 februari 2024", "12 maart 2024", samenstelling=False)
    B += [("h1", "11 Personeel en professionalisering")] + personeel("Lekstroom-Vecht", "14") + professionalisering()
    B += [("h2", "Kennisagenda")] + kennisagenda("Lekstroom-Vecht")
    B += [("h2", "Communicatie met scholen"),
          ("p", "Scholen en besturen ontvangen zes keer per jaar de nieuwsbrief 'Lekstroom Lijnen', met nieuws uit het verband, "
                "aankondigingen van netwerkbijeenkomsten en korte verhalen uit de praktijk. Intern begeleiders hebben daarnaast "
                "toegang tot het extranet, waar formats, werkinstructies en de agenda's van de netwerken te vinden zijn. Het "
                "extranet wordt beheerd door het secretariaat en is alleen toegankelijk voor medewerkers van de aangesloten "
                "scholen. Directeuren ontmoeten elkaar twee keer per jaar in een directeurenconferentie, waar de koers van het "
                "verband wordt besproken en waar scholen elkaar inspireren met voorbeelden uit hun eigen praktijk."),
          ("p", "We merken dat scholen vooral behoefte hebben aan korte, praktische informatie op het moment dat zij die nodig "
                "hebben. Daarom vervangen we in deze planperiode de lange handleidingen op het extranet stap voor stap door "
                "korte uitlegvideo's en stroomschema's op één pagina. Ook vragen we scholen jaarlijks welke informatie zij "
                "missen. De uitkomsten van die vraag bespreken we in de directeurenconferentie van het voorjaar.")]
    B += [("h1", "12 Privacy")] + ict_privacy("Lekstroom-Vecht")
    B += [("h1", "13 Jaarplanning"),
          ("table", [["Maand", "Activiteit"], ["Oktober", "Lekstroom-monitor: dataverzameling"], ["November", "Evaluatiegesprekken laatste TLV-jaar"],
                     ["December", "Vaststelling jaarbegroting en jaarplan; bespreking monitor"], ["Maart", "Overdrachtsgesprekken terugplaatsing"],
                     ["Juni", "Jaarverslag"]]),
          ("h1", "Begrippen"),
          ("bullets", ["Arrangement - extra ondersteuning voor een leerling of groep bovenop de basisondersteuning.",
                       "Dekkend aanbod - een netwerk van voorzieningen zodat er voor ieder kind een passende plek is.",
                       "Meerjarenbegroting - begroting voor meerdere jaren.",
                       "OOGO - op overeenstemming gericht overleg met de gemeenten.",
                       "Thuiszitter - leerplichtig kind dat zonder geldige reden niet naar school gaat.",
                       "TLV - toelaatbaarheidsverklaring, nodig voor plaatsing in sbo of so.",
                       "Verdeelmodel - de manier waarop middelen over de besturen worden verdeeld."])]
    labels = {
        "sector": "po",
        "elements": {"basisondersteuning": "present", "plaatsing": "missing", "terugstroom": "partial", "financien": "missing",
                     "dekkend-aanbod": "missing", "resultaten": "partial", "ouders": "present"},
        "criteria": {"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True, "plaatsing.procedure": False,
                     "plaatsing.criteria": False, "terugstroom.procedure": True, "terugstroom.beleid": False,
                     "financien.verdeling": False, "financien.besteding": False, "dekkend-aanbod.continuum": False,
                     "dekkend-aanbod.lacunes": False, "resultaten.doelen": False, "resultaten.monitoring": True,
                     "ouders.informatie": True, "ouders.steunpunt": True},
        "advisory": {"basisondersteuning": ["borging"], "terugstroom": ["monitoring"], "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
        "notes": {
            "basisondersteuning": "4.1 common ondergrens for every vestiging; 4.2 ten concrete standaarden; 4.3 kwaliteitskaart and verbeterplan (borging).",
            "plaatsing": "Ch.5 only refers to the separate document 'Route naar S(B)O 2024' ('als bijlage gevoegd' but not part of the input); TOC and Begrippen (TLV) are traps.",
            "terugstroom": "Ch.6: procedure (evaluation in November of last TLV year, who attends, report within 2 weeks, overdracht before 1 March, TLV ends 31 July, new TLV before 1 April); policy deferred to 2025.",
            "financien": "Ch.9 refers to the jaarbegroting on the website, summary 'volgt', table all 'p.m.'; Begrippen (verdeelmodel, meerjarenbegroting) are traps.",
            "dekkend-aanbod": "No chapter; 'dekkend aanbod' and 'thuiszitter' only in Begrippen; OOGO only a procedural date; regional jeugdhulp organisations only named in the context chapter.",
            "resultaten": "Ch.7 'Monitoring en verantwoording': Lekstroom-monitor, reporting to bestuur/OPR/jaarverslag, achieved figures; beoogde resultaten deferred to jaarplannen.",
            "ouders": "Ch.8: website, folder, spreekuur, informatieavonden; OJSP Lek en IJssel, Onderwijsconsulenten, klachtenregeling; half of OPR are parents.",
        },
    }
    return "lekstroom-po-vecht", T, "Lekstroom-Vecht | Ondersteuningsplan 2024-2028", B, labels
# ---------------------------------------------------------------- near-miss: school-level plan (docx)
def nearmiss():
    T = "Ondersteuningsplan 2025-2026 IKC De Kolibrie"
    B = [("title", T),
         ("p", "Integraal kindcentrum De Kolibrie - Amsterdam Nieuw-West (Slotervaart)"),
         ("p", "Aangesloten bij Samenwerkingsverband Passend Primair Onderwijs Amstel-IJ - schooljaar 2025-2026"),
         ("toc", [("1 Inleiding", 2), ("2 Onze leerlingen", 2), ("3 De ondersteuningsstructuur van De Kolibrie", 3),
                  ("4 Basisondersteuning en extra ondersteuning", 5), ("5 Samenwerking met het OKT en de wijk", 6),
                  ("6 Toelaatbaarheid en verwijzing", 7), ("7 Ouders", 8), ("8 Middelen en formatie", 8), ("9 Professionalisering van het team", 9), ("10 Evaluatie van het afgelopen schooljaar", 9), ("11 Jaarplanning zorg", 10)]),
         ("h1", "1 Inleiding"),
         ("p", "Dit ondersteuningsplan beschrijft hoe wij op IKC De Kolibrie de ondersteuning aan onze leerlingen organiseren. "
               "Het plan is bedoeld voor het team, de medezeggenschapsraad en ouders die willen weten hoe de zorg in onze school "
               "is geregeld. Het wordt ieder jaar in juni door het managementteam bijgesteld en door de MR besproken. Het plan "
               "sluit aan bij het schoolondersteuningsprofiel (SOP) en bij het ondersteuningsplan van ons samenwerkingsverband "
               "Amstel-IJ, maar is nadrukkelijk een document van de school zelf."),
         ("p", "De Kolibrie is een integraal kindcentrum met een peutergroep, een kinderdagverblijf en een basisschool met 412 "
               "leerlingen in 17 groepen. Het team bestaat uit 34 medewerkers, onder wie twee intern begeleiders, een "
               "gedragsspecialist, een taalspecialist en vier onderwijsassistenten."),
         ("h1", "2 Onze leerlingen"),
         ("p", "Onze leerlingen komen grotendeels uit Slotervaart en Overtoomse Veld. Ongeveer 70 procent groeit meertalig op; "
               "de meest gesproken thuistalen zijn Arabisch, Berbers, Turks en Engels. Een derde van de leerlingen heeft een "
               "leerlinggewicht. Elk jaar stromen ongeveer vijftien nieuwkomers in, van wie een deel eerst de Taalklas bezoekt."),
         ("p", "In het schooljaar 2024-2025 hadden 23 leerlingen een ontwikkelingsperspectief (OPP), liepen er 9 arrangementen "
               "vanuit het samenwerkingsverband en werden 3 leerlingen met een TLV verwezen naar het speciaal basisonderwijs."),
         ("h1", "3 De ondersteuningsstructuur van De Kolibrie"),
         ("p", "Wij werken met vier ondersteuningsniveaus. Op niveau 1 krijgt iedere leerling goed onderwijs in de groep, met "
               "instructie op drie niveaus volgens het directe instructiemodel. Op niveau 2 krijgt een leerling extra instructie of "
               "begeleiding in of buiten de groep, bijvoorbeeld in een leesgroep of bij de onderwijsassistent. Op niveau 3 stelt de "
               "intern begeleider samen met de leerkracht en de ouders een individueel handelingsplan op en wordt zo nodig de "
               "gedragsspecialist of de orthopedagoog van het bestuur ingeschakeld. Op niveau 4 wordt een arrangement aangevraagd "
               "bij het samenwerkingsverband of een externe partner ingeschakeld."),
         ("p", "Drie keer per jaar, in oktober, februari en juni, houdt iedere leerkracht een groepsbespreking met de intern "
               "begeleider. Daarin worden de resultaten van de toetsen uit het leerlingvolgsysteem besproken, het groepsoverzicht "
               "bijgewerkt en leerlingen benoemd die extra aandacht nodig hebben. Na iedere groepsbespreking volgen zo nodig "
               "leerlingbesprekingen. Zes keer per jaar komt het ondersteuningsteam (OT) bijeen: de intern begeleiders, de "
               "directeur, de ouder- en kindadviseur van het OKT en op afroep de consulent van het stadsdeelteam van Amstel-IJ."),
         ("p", "Wij werken handelingsgericht. Dat betekent dat we uitgaan van de onderwijsbehoeften van het kind, dat we "
               "kijken naar wat de leerkracht nodig heeft om die behoeften te beantwoorden, en dat we ouders zien als "
               "ervaringsdeskundigen. De intern begeleider bewaakt de cyclus en houdt het overzicht over alle leerlingen met "
               "een OPP."),
         ("h1", "4 Basisondersteuning en extra ondersteuning"),
         ("p", "De Kolibrie voldoet aan de basiskaart van Amstel-IJ. Concreet betekent dit voor onze school: een dyslexieprotocol "
               "met extra leesbegeleiding vanaf groep 3, een plusgroep voor leerlingen die meer aankunnen (woensdagochtend), de "
               "Kanjertraining als schoolbrede aanpak voor sociale veiligheid, NT2-ondersteuning door onze taalspecialist en "
               "een protocol medisch handelen. Wij hebben bovendien een prikkelarme werkplek in iedere bouw."),
         ("p", "Wanneer wij met onze eigen middelen niet kunnen bieden wat een kind nodig heeft, vragen wij bij het "
               "stadsdeelteam een arrangement aan. In 2024-2025 ging het vooral om gedragsarrangementen en om twee arrangementen "
               "voor leerlingen met een lichamelijke beperking."),
         ("h1", "5 Samenwerking met het OKT en de wijk"),
         ("p", "Aan De Kolibrie is een ouder- en kindadviseur van het OKT Slotervaart verbonden, die twee dagdelen per week op "
               "school aanwezig is. Ouders kunnen bij haar terecht met vragen over opvoeden en opgroeien. De schoolarts en de "
               "jeugdverpleegkundige van de GGD zien alle leerlingen in groep 2 en groep 7. Bij zorgen over de veiligheid van een "
               "kind volgen wij de meldcode huiselijk geweld en kindermishandeling; de aandachtsfunctionaris is een van de intern "
               "begeleiders. Waar jeugdbescherming betrokken is, stemmen we af met de jeugdbeschermer."),
         ("h1", "6 Toelaatbaarheid en verwijzing"),
         ("p", "Als het OT concludeert dat een leerling beter op zijn plaats is in het speciaal basisonderwijs of speciaal "
               "onderwijs, vraagt onze bestuurder via het loket van Amstel-IJ een toelaatbaarheidsverklaring aan. De intern "
               "begeleider stelt het groeidocument op en bespreekt de aanvraag vooraf met de ouders. Over de criteria en de "
               "beslissing gaat het samenwerkingsverband; wij verwijzen daarvoor naar het ondersteuningsplan van Amstel-IJ."),
         ("h1", "7 Ouders"),
         ("p", "Ouders worden bij iedere stap betrokken. Na iedere groepsbespreking waarin hun kind is besproken, nodigt de "
               "leerkracht hen uit voor een gesprek. Een OPP wordt pas vastgesteld nadat ouders op het handelingsdeel hebben "
               "ingestemd. Ouders die het niet eens zijn met de school, kunnen zich wenden tot de directeur, de interne "
               "vertrouwenspersoon of de klachtenregeling van ons bestuur."),
         ("h1", "8 Middelen en formatie"),
         ("p", "Van ons bestuur ontvangen wij jaarlijks de middelen die het samenwerkingsverband aan het bestuur toekent. Voor "
               "2025-2026 gaat het om € 118.000, dat wij besteden aan 1,2 fte intern begeleiding, de gedragsspecialist (0,6 fte) en "
               "twee onderwijsassistenten. Arrangementen van het samenwerkingsverband komen daar bovenop."),
         ("h1", "9 Professionalisering van het team"),
         ("p", "In 2025-2026 volgt het hele team de scholing 'Gedrag in de groep', verzorgd door de gedragsspecialist van het "
               "bestuur. Twee leerkrachten volgen de opleiding tot specialist jonge kind en een onderwijsassistent start met de "
               "opleiding tot leraar ondersteuner. De intern begeleiders nemen deel aan het IB-netwerk van het stadsdeel. In "
               "teamvergaderingen bespreken wij eens per maand een casus volgens de methode van de reflectieve intervisie."),
         ("h1", "10 Evaluatie van het afgelopen schooljaar"),
         ("p", "In 2024-2025 hebben wij de groepsbesprekingen anders ingericht: minder vergaderen over lijsten, meer kijken naar "
               "wat de leerkracht nodig heeft. Leerkrachten geven in de evaluatie aan dat de gesprekken zinvoller zijn "
               "geworden. De leesresultaten in groep 4 zijn verbeterd; de rekenresultaten in groep 6 blijven achter. Dat is "
               "voor ons aanleiding om in 2025-2026 een rekenspecialist op te leiden. De samenwerking met het OKT is verder "
               "verstevigd doordat de ouder- en kindadviseur nu ook bij de startgesprekken aanwezig is."),
         ("h1", "11 Jaarplanning zorg"),
         ("table", [["Maand", "Activiteit"], ["September", "Startgesprekken met ouders; overdracht van vorige groep"],
                    ["Oktober", "Groepsbesprekingen ronde 1; OT"], ["Januari", "Midden-toetsen leerlingvolgsysteem"],
                    ["Februari", "Groepsbesprekingen ronde 2; evaluatie OPP's"], ["Juni", "Groepsbesprekingen ronde 3; bijstellen ondersteuningsplan school"]])]
    labels = {"sector": "po",
              "note": "School-level ondersteuningsplan of one IKC (zorgniveaus, groepsbesprekingen, OT, formatie of one school), adjusted yearly by the MT and discussed by the MR; it refers to the SWV's plan rather than being one (no SWV-wide basisondersteuning, no OPR/OOGO, no verdeling over besturen)."}
    return "ams-nearmiss-ikc-kolibrie", T, "IKC De Kolibrie - ondersteuningsplan school 2025-2026", B, labels
# ---------------------------------------------------------------- build
CORE = ["basisondersteuning.niveau", "basisondersteuning.inhoud", "plaatsing.procedure", "plaatsing.criteria",
        "terugstroom.procedure", "terugstroom.beleid", "financien.verdeling", "financien.besteding",
        "dekkend-aanbod.continuum", "dekkend-aanbod.lacunes", "resultaten.doelen", "resultaten.monitoring",
        "ouders.informatie", "ouders.steunpunt"]
ELEMENTS = ["basisondersteuning", "plaatsing", "terugstroom", "financien", "dekkend-aanbod", "resultaten", "ouders"]


def check_labels(lab):
    for el in ELEMENTS:
        vals = [lab["criteria"][c] for c in CORE if c.startswith(el + ".")]
        adv = lab.get("advisory", {}).get(el, [])
        want = "present" if all(vals) else ("partial" if any(vals) or adv else "missing")
        assert lab["elements"][el] == want, (el, lab["elements"][el], want)


def label_yaml(docs, lab, is_plan=True):
    out = [f"documents: [{', '.join(docs)}]", f"sector: {lab['sector']}", f"looks_like_plan: {'true' if is_plan else 'false'}"]
    if not is_plan:
        out += ["elements: {}", "criteria: {}", "advisory_addressed: {}", "notes:",
                f"  document: {json.dumps(lab['note'], ensure_ascii=False)}"]
        return "\n".join(out) + "\n"
    out.append("elements: {" + ", ".join(f"{e}: {lab['elements'][e]}" for e in ELEMENTS) + "}")
    out.append("criteria:")
    out += [f"  {c}: {'true' if lab['criteria'][c] else 'false'}" for c in CORE]
    out.append("advisory_addressed:")
    for e in ELEMENTS:
        out.append(f"  {e}: [{', '.join(lab.get('advisory', {}).get(e, []))}]")
    out.append("notes:")
    for e in ELEMENTS:
        out.append(f"  {e}: {json.dumps(lab['notes'][e], ensure_ascii=False)}")
    return "\n".join(out) + "\n"


def to_pdf(docx_path, outdir):
    with tempfile.TemporaryDirectory(prefix="holdout117_lo_") as prof:
        subprocess.run(["soffice", f"-env:UserInstallation=file://{prof}", "--headless", "--convert-to", "pdf",
                        "--outdir", str(outdir), str(docx_path)], check=True, stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL)
    return outdir / (docx_path.stem + ".pdf")


def main():
    out = Path(__file__).resolve().parent.parent
    plans = [(plan1, "docx"), (plan2, "pdf"), (plan3, "pdf"), (plan4, "docx"), (plan5, "html")]
    for fn, fmt in plans:
        name, title, header, blocks, lab = fn()
        check_labels(lab)
        n = words(blocks)
        assert n >= 3000, (name, n)
        if fmt == "docx":
            render_docx(out / f"{name}.docx", title, header, blocks)
        elif fmt == "html":
            render_html(out / f"{name}.html", title, header, blocks)
        else:
            with tempfile.TemporaryDirectory(prefix="holdout117_pdf_") as tmp:
                d = Path(tmp) / f"{name}.docx"
                render_docx(d, title, header, blocks)
                pdf = to_pdf(d, Path(tmp))
                shutil.copyfile(pdf, out / f"{name}.pdf")
        (out / f"{name}.expected.yaml").write_text(label_yaml([f"{name}.{fmt}"], lab), encoding="utf-8")
        print(f"{name}.{fmt}: {n} words")
    name, title, header, blocks, lab = nearmiss()
    render_docx(out / f"{name}.docx", title, header, blocks)
    (out / f"{name}.expected.yaml").write_text(label_yaml([f"{name}.docx"], lab, is_plan=False), encoding="utf-8")
    print(f"{name}.docx: {words(blocks)} words")


if __name__ == "__main__":
    main()
