#!/usr/bin/env python3
"""Generate the holdout25 labelled test documents (fictional ondersteuningsplannen + 1 near-miss).

Deterministic, no network. Writes into the parent folder of this script's folder.
PDFs are rendered from a temporary .docx with LibreOffice (soffice --headless).
"""
import html
import os
import shutil
import subprocess
import tempfile

import docx
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)

# ---------------------------------------------------------------- rendering
# A document is a list of blocks: (kind, payload)
#   ("title", str) ("sub", str) ("h1", str) ("h2", str) ("p", str)
#   ("ul", [str]) ("table", [[str]]) ("toc", [str]) ("pb", None) ("header", str)


def render_docx(blocks, path):
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    for kind, val in blocks:
        if kind == "header":
            d.sections[0].header.paragraphs[0].text = val
        elif kind == "title":
            d.add_heading(val, level=0)
        elif kind == "sub":
            d.add_paragraph(val)
        elif kind == "h1":
            d.add_heading(val, level=1)
        elif kind == "h2":
            d.add_heading(val, level=2)
        elif kind == "p":
            d.add_paragraph(val)
        elif kind == "ul":
            for it in val:
                d.add_paragraph(it, style="List Bullet")
        elif kind == "toc":
            d.add_heading("Inhoudsopgave", level=1)
            for it in val:
                d.add_paragraph(it)
        elif kind == "table":
            t = d.add_table(rows=len(val), cols=len(val[0]))
            t.style = "Table Grid"
            for i, row in enumerate(val):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = cell
            d.add_paragraph("")
        elif kind == "pb":
            d.add_page_break()
        else:
            raise ValueError(kind)
    d.save(path)


def render_pdf(blocks, path):
    tmp = tempfile.mkdtemp(prefix="holdout25_")
    try:
        base = os.path.splitext(os.path.basename(path))[0]
        src = os.path.join(tmp, base + ".docx")
        render_docx(blocks, src)
        subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", tmp, src],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        shutil.move(os.path.join(tmp, base + ".pdf"), path)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def render_html(blocks, path):
    e = html.escape
    out = ["<!DOCTYPE html>", '<html lang="nl">', "<head>", '<meta charset="utf-8">']
    title = next((v for k, v in blocks if k == "title"), "Ondersteuningsplan")
    out.append("<title>%s</title>" % e(title))
    out.append("</head>")
    out.append("<body>")
    for kind, val in blocks:
        if kind == "header":
            out.append('<header><nav><a href="#">Home</a> | <a href="#">Ouders</a> | <a href="#">Scholen</a> | '
                       '<a href="#">Contact</a></nav><p>%s</p></header><main>' % e(val))
        elif kind == "title":
            out.append("<h1>%s</h1>" % e(val))
        elif kind == "sub":
            out.append('<p class="intro">%s</p>' % e(val))
        elif kind == "h1":
            out.append("<h2>%s</h2>" % e(val))
        elif kind == "h2":
            out.append("<h3>%s</h3>" % e(val))
        elif kind == "p":
            out.append("<p>%s</p>" % e(val))
        elif kind == "ul":
            out.append("<ul>" + "".join("<li>%s</li>" % e(i) for i in val) + "</ul>")
        elif kind == "toc":
            out.append('<nav class="toc"><h2>Inhoud</h2><ol>' +
                       "".join("<li>%s</li>" % e(i) for i in val) + "</ol></nav>")
        elif kind == "table":
            rows = ["<tr>" + "".join("<th>%s</th>" % e(c) for c in val[0]) + "</tr>"]
            for r in val[1:]:
                rows.append("<tr>" + "".join("<td>%s</td>" % e(c) for c in r) + "</tr>")
            out.append("<table>" + "".join(rows) + "</table>")
        elif kind == "pb":
            pass
    out.append("</main><footer><p>Deze pagina is onderdeel van de webversie van het ondersteuningsplan. "
               "Printversie: gebruik de printknop van uw browser.</p></footer>")
    out.append("</body></html>")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")


def P(*texts):
    return [("p", t) for t in texts]


# ---------------------------------------------------------------- shared filler
# Filler deliberately mentions ouders, middelen, arrangement, resultaten, toelaatbaarheid in passing
# without addressing any element criterion.

def filler_personeel(c):
    return [("h1", c.get("h_personeel", "Personeel en professionalisering"))] + P(
        "Het bureau van %s is klein gehouden. Onder leiding van de directeur-bestuurder werken een "
        "beleidsmedewerker, een controller (gedetacheerd), een secretariaatsmedewerker en een team van "
        "ondersteuningsadviseurs en orthopedagogen. De totale formatie van het bureau bedraagt %s fte. "
        "Wij kiezen bewust voor een compacte organisatie, zodat zoveel mogelijk middelen in de scholen terechtkomen." % (c["naam"], c["fte"]),
        "De kwaliteit van passend onderwijs staat of valt met de leraar. Daarom investeren de aangesloten "
        "besturen in de deskundigheid van hun personeel. Het samenwerkingsverband faciliteert netwerken voor "
        "intern begeleiders, ondersteuningscoördinatoren en schoolleiders. Deze netwerken komen vier keer per "
        "jaar bijeen en worden door de deelnemers zelf geagendeerd. Onderwerpen die de afgelopen jaren aan bod "
        "kwamen waren onder meer handelingsgericht werken, het voeren van gesprekken met ouders, omgaan met "
        "gedrag in de klas, en het schrijven van een bruikbaar ontwikkelingsperspectief.",
        "Het lerarentekort raakt ook onze regio. Scholen melden dat het steeds moeilijker wordt om "
        "vacatures voor intern begeleiders en leraren met specialistische kennis te vervullen. In de "
        "planperiode verkennen wij samen met de besturen hoe wij schaarse expertise beter kunnen delen, "
        "bijvoorbeeld via een gezamenlijke expertisepool. Het gevolg voor de formatie van de scholen is "
        "onderwerp van gesprek in de personeelsgeleding van de ondersteuningsplanraad.",
        "Voor medewerkers van het bureau geldt de cao van de sector waarin het samenwerkingsverband "
        "werkgever is. Alle medewerkers hebben een individueel ontwikkelplan en nemen deel aan de "
        "jaarlijkse gesprekkencyclus. Ondersteuningsadviseurs zijn geregistreerd in het "
        "beroepsregister dat voor hun functie geldt en houden hun registratie actueel.",
    )


def filler_ict(c):
    return [("h1", c.get("h_ict", "Informatievoorziening, ICT en privacy"))] + P(
        "Het samenwerkingsverband werkt met een digitaal systeem voor het uitwisselen van "
        "leerlinggegevens tussen scholen en het bureau. Dossiers worden alleen uitgewisseld via deze "
        "beveiligde omgeving; e-mail met bijlagen over individuele leerlingen is niet toegestaan. "
        "Toegang is persoonsgebonden en wordt tweejaarlijks geschoond.",
        "Wij verwerken persoonsgegevens, waaronder gegevens over gezondheid, voor zover dat nodig is "
        "voor onze wettelijke taken. De verwerking is beschreven in het privacyreglement van het "
        "samenwerkingsverband, dat door het bestuur is vastgesteld na advies van de functionaris "
        "gegevensbescherming. Gegevens die wij ontvangen in het kader van een aanvraag worden niet langer "
        "bewaard dan de wet toestaat. Datalekken worden gemeld bij de functionaris gegevensbescherming, die "
        "beoordeelt of melding bij de Autoriteit Persoonsgegevens nodig is.",
        "De website is de belangrijkste digitale toegangspoort tot het samenwerkingsverband. In de "
        "planperiode vernieuwen wij de website en het intranet voor scholen. Ook onderzoeken wij of het "
        "gebruik van een gezamenlijk registratiesysteem voor arrangementen de administratieve last voor "
        "scholen kan verminderen.",
    )


def filler_governance(c):
    return [("h1", c.get("h_gov", "Organisatie en governance"))] + P(
        "%s is een %s waarin %d schoolbesturen samenwerken. Het samenwerkingsverband staat bij DUO "
        "geregistreerd onder nummer %s. De statuten zijn laatstelijk gewijzigd in %s." % (
            c["naam"], c["rechtsvorm"], c["besturen"], c["code"], c["statuten"]),
        "Wij hanteren een scheiding tussen bestuur en toezicht. %s Het intern toezicht let onder meer op "
        "rechtmatigheid, doelmatigheid en de maatschappelijke opdracht van het samenwerkingsverband. "
        "De leden van het toezichthoudend orgaan worden benoemd op basis van een profielschets; ten minste "
        "één lid heeft een financiële achtergrond." % c["gov_zin"],
        "Het bestuur legt jaarlijks verantwoording af in het bestuursverslag, dat samen met de "
        "jaarrekening voor 1 juli wordt gepubliceerd. Het samenwerkingsverband volgt de code goed bestuur "
        "van de sector en rapporteert in het bestuursverslag over eventuele afwijkingen.",
        "Naast de formele organen kent het samenwerkingsverband een directeurenoverleg, waarin de "
        "uitvoering van het beleid wordt voorbereid, en een aantal werkgroepen die tijdelijk zijn ingericht "
        "rond een specifiek thema. Werkgroepen brengen advies uit aan de directeur-bestuurder.",
    )


def filler_opr(c, with_parents=True):
    comp = ("De ondersteuningsplanraad (OPR) bestaat uit %d leden: de helft personeelsleden en de helft %s, "
            "afgevaardigd door de medezeggenschapsraden van de aangesloten scholen." % (c["opr"], c["opr_ouders"])
            if with_parents else
            "De ondersteuningsplanraad (OPR) telt %d leden, die worden afgevaardigd door de "
            "medezeggenschapsraden van de aangesloten scholen." % c["opr"])
    return [("h1", "Medezeggenschap")] + P(
        comp + " De OPR heeft instemmingsrecht op de vaststelling en wijziging van het ondersteuningsplan.",
        "De OPR vergadert ongeveer zes keer per jaar. De directeur-bestuurder is bij een deel van de "
        "vergaderingen aanwezig om toelichting te geven. De OPR beschikt over een eigen budget voor "
        "scholing en ondersteuning en heeft een huishoudelijk reglement.",
        "Daarnaast heeft het samenwerkingsverband als werkgever een eigen medezeggenschapsraad voor het "
        "personeel van het bureau. Deze raad adviseert over zaken die het personeel van het bureau raken.",
    )


def filler_totstandkoming(c):
    return [("h1", "Totstandkoming van dit plan")] + P(
        "Dit ondersteuningsplan is tot stand gekomen in een traject van ruim een jaar. In %s zijn "
        "bijeenkomsten georganiseerd met schoolleiders, intern begeleiders, ondersteuningscoördinatoren, "
        "leden van de OPR en vertegenwoordigers van gemeenten. Ook is een enquête uitgezet onder de scholen." % c["traject"],
        "Het concept is besproken in het directeurenoverleg en in het bestuur. Het op overeenstemming "
        "gericht overleg (OOGO) met de colleges van burgemeester en wethouders vond plaats op %s. Het "
        "overleg met het aangrenzende samenwerkingsverband %s vond plaats op %s. De OPR heeft op %s "
        "ingestemd met het plan. Het bestuur heeft het plan vastgesteld op %s, waarna het voor 1 mei aan "
        "de Inspectie van het Onderwijs is toegezonden." % (c["oogo"], c["ander_swv"], c["overleg"], c["opr_datum"], c["vastgesteld"]),
        "Het plan geldt voor de periode %s. Jaarlijks stelt het bestuur een jaarplan en een begroting vast, "
        "die voortvloeien uit dit plan. Tussentijdse wijzigingen van dit plan worden voorgelegd aan de OPR." % c["periode"],
    )


def filler_terugblik(c):
    return [("h1", "Terugblik op de vorige planperiode")] + P(
        "Voordat wij aan dit plan begonnen, hebben wij de vorige planperiode geëvalueerd. Dat gebeurde met een "
        "vragenlijst onder directeuren, intern begeleiders en ondersteuningscoördinatoren, met groepsgesprekken in "
        "%s en met een gesprek met de ondersteuningsplanraad. De evaluatie ging niet alleen over cijfers en "
        "resultaten, maar vooral over de manier waarop wij samenwerken." % c["traject"],
        "Wat ging goed? Scholen waarderen de korte lijnen met het bureau en de bereikbaarheid van de adviseurs. "
        "De netwerken voor intern begeleiders en ondersteuningscoördinatoren worden goed bezocht en als nuttig "
        "ervaren. Ook de samenwerking tussen de besturen is in de afgelopen jaren gegroeid: besturen spreken elkaar "
        "aan en lossen knelpunten vaker samen op.",
        "Wat kan beter? Scholen vinden de administratieve last nog steeds te hoog. Formulieren zijn lang, en "
        "dezelfde informatie moet soms meerdere keren worden aangeleverd. Ook gaven respondenten aan dat de "
        "informatie op de website niet altijd actueel was, en dat afspraken uit het vorige plan niet op elke school "
        "even bekend waren. Nieuwe intern begeleiders en schoolleiders weten niet altijd de weg.",
        "Wat nemen we mee? Wij kiezen in dit plan voor eenvoud: minder formulieren, één digitaal portaal, en heldere "
        "afspraken die voor iedereen gelijk zijn. Ook investeren wij in de introductie van nieuwe medewerkers op de "
        "scholen, met een jaarlijkse startbijeenkomst in september.",
    )


def filler_overgangen(c):
    return [("h1", "Overgangen en overdracht")] + P(
        "Een overgang van de ene school naar de andere is voor elk kind een spannend moment, en voor een kind dat "
        "extra ondersteuning nodig heeft nog meer. Wij hechten daarom aan een zorgvuldige overdracht. Scholen "
        "gebruiken daarvoor het onderwijskundig rapport via het landelijke overstapsysteem. Bij kinderen met een "
        "OPP vindt altijd een warme overdracht plaats: een gesprek tussen de oude en de nieuwe school, waarbij ook "
        "de ouders worden uitgenodigd.",
        "De overgang tussen primair en voortgezet onderwijs is in de regio geregeld in een gezamenlijke "
        "overstapprocedure van de samenwerkingsverbanden po en vo. Daarin staan de data voor het schooladvies, de "
        "aanmelding en de plaatsing. Wij bespreken de procedure jaarlijks met het samenwerkingsverband aan de andere "
        "kant van de overgang.",
        "Ook bij verhuizingen binnen en buiten de regio zorgen wij dat informatie niet verloren gaat. Als een kind "
        "met een lopend traject uit een andere regio instroomt, neemt het bureau op verzoek van de school contact "
        "op met het samenwerkingsverband van herkomst.",
    )


def filler_scholencommunicatie(c):
    return [("h1", "Communicatie met scholen en partners")] + P(
        "Het samenwerkingsverband communiceert op verschillende manieren met scholen, besturen en partners. Elke "
        "maand verschijnt een digitale nieuwsbrief voor schoolleiders, intern begeleiders en "
        "ondersteuningscoördinatoren. Op het besloten deel van de website staan formulieren, handreikingen en "
        "verslagen van netwerkbijeenkomsten. Eens per jaar organiseren wij een conferentie voor alle scholen, met "
        "workshops die scholen zelf verzorgen.",
        "Met de besturen is er maandelijks overleg in het directeurenoverleg. Met de gemeenten en het "
        "samenwerkingsverband aan de andere kant van de overstap is er periodiek ambtelijk overleg. Wij streven "
        "naar communicatie die helder, tijdig en begrijpelijk is, en vragen scholen elk jaar hoe zij onze "
        "communicatie ervaren.",
    )


def filler_risico(c):
    return [("h1", "Ontwikkelingen en risico's")] + P(
        "Een plan voor vier jaar wordt uitgevoerd in een omgeving die verandert. Wij noemen hier de belangrijkste "
        "ontwikkelingen en risico's die wij voorzien, en hoe wij daarmee omgaan.",
        "Leerlingaantallen. Dalende of stijgende aantallen hebben directe gevolgen voor de scholen en voor het "
        "werk van het samenwerkingsverband. Wij volgen de prognoses jaarlijks en bespreken de gevolgen met de besturen.",
        "Personeel. Het tekort aan leraren en specialisten maakt het moeilijker om afspraken waar te maken. Scholen "
        "kunnen ondersteuning soms niet bieden omdat er simpelweg geen mensen zijn. Wij zoeken samen met de besturen "
        "naar creatieve oplossingen, zoals het delen van specialisten tussen scholen.",
        "Wetgeving. De landelijke overheid werkt aan een aantal wijzigingen die ons werk raken, onder meer rond de "
        "positie van ouders en leerlingen, een landelijke norm voor de ondersteuning op scholen en de bekostiging. "
        "Wij volgen deze ontwikkelingen en passen dit plan aan wanneer dat nodig is, met instemming van de OPR.",
        "Jeugdhulp. Gemeenten staan onder financiële druk. Als het aanbod van jeugdhulp afneemt, komt er meer op de "
        "scholen af. Wij maken dit bespreekbaar in het overleg met de gemeenten.",
    )


def filler_kennis(c):
    return [("h1", "Kennisdeling")] + P(
        "Wij geloven dat de meeste kennis al in de scholen aanwezig is. Het samenwerkingsverband wil die kennis "
        "zichtbaar en deelbaar maken. Daarom organiseren wij naast de vaste netwerken ook leerkringen, waarin "
        "leraren van verschillende scholen een jaar lang samen werken aan een vraag uit de praktijk, zoals het "
        "omgaan met jonge kinderen met een taalachterstand of het vormgeven van een rustige klas.",
        "Daarnaast stimuleren wij collegiale consultatie: een intern begeleider of ondersteuningscoördinator kan "
        "een collega van een andere school vragen mee te kijken. Het bureau houdt een overzicht bij van specialismen "
        "die op scholen aanwezig zijn, zodat scholen elkaar makkelijker vinden. Ook werken wij samen met de "
        "lerarenopleidingen in de regio, die studenten laten onderzoeken wat werkt in de klas.",
    )


def filler_planning(c, items):
    return [("h1", "Planning van de planperiode")] + P(
        "Dit plan geeft de koers voor vier jaar. De uitwerking gebeurt in jaarplannen. Hieronder staat de globale "
        "planning van de belangrijkste activiteiten.") + [("ul", items)] + P(
        "Het bestuur bewaakt de voortgang van de planning en rapporteert daarover twee keer per jaar aan de "
        "raad van toezicht en de OPR. Wanneer activiteiten vertraging oplopen, wordt dat gemeld en toegelicht.")


def filler_regio(c):
    return [("h1", "De regio en haar inwoners")] + P(
        "Het werkgebied van %s kent een eigen karakter. De regio heeft een sterke verenigingscultuur en veel "
        "vrijwilligers; scholen zijn vaak het hart van de wijk of het dorp. Tegelijk zien we dat de verschillen "
        "tussen gezinnen toenemen. Een deel van de kinderen groeit op in armoede, in krappe huisvesting of in een "
        "gezin waar de ouders weinig ruimte hebben om het schoolwerk te volgen." % c["naam"],
        "De gemeenten in ons gebied voeren elk hun eigen beleid op het gebied van jeugd, armoede en wonen. De "
        "woningmarkt is krap, waardoor jonge gezinnen soms uit de regio vertrekken en andere gezinnen juist "
        "tijdelijk in de regio verblijven. Dat zorgt voor beweging in de leerlingaantallen van individuele scholen, "
        "die niet altijd goed te voorspellen is.",
        "Het onderwijs in de regio wordt gekenmerkt door een grote betrokkenheid van leraren. Veel leraren wonen "
        "in de regio en kennen de kinderen en hun families buiten school. Die nabijheid is een kracht, maar brengt "
        "soms ook een dilemma met zich mee wanneer lastige beslissingen over een kind genomen moeten worden.",
    )


def filler_faq(c):
    return [("h1", "Veelgestelde vragen over deze webversie")] + P(
        "Wat is een samenwerkingsverband? Een samenwerkingsverband is een organisatie waarin alle schoolbesturen in "
        "een regio samenwerken. Elk schoolbestuur is verplicht aangesloten. Het samenwerkingsverband heeft een "
        "eigen bestuur, een eigen bureau en een ondersteuningsplanraad.",
        "Waarom is er een webversie en een pdf-versie? De pdf-versie is de formeel vastgestelde versie. De "
        "webversie is bedoeld om het plan beter leesbaar te maken. Bij verschillen is de pdf-versie leidend.",
        "Kan ik op dit plan reageren? Het plan is vastgesteld, maar wij horen graag wat u ervan vindt. Reacties "
        "kunt u sturen via het contactformulier. Het bureau verzamelt de reacties en betrekt ze bij de evaluatie.",
        "Waarom staan sommige onderwerpen in een bijlage? Onderdelen die vaak veranderen, zoals formulieren en "
        "bedragen, staan in bijlagen, zodat wij die kunnen bijwerken zonder het hele plan opnieuw vast te stellen.",
        "Hoe lang geldt dit plan? Het plan geldt voor vier schooljaren. Halverwege bekijken wij of bijstelling nodig is.",
    )


# ================================================================ PLAN 1: VO large city (docx)
C1 = dict(naam="Samenwerkingsverband VO Merwestad", rechtsvorm="stichting", besturen=14, code="VO 28-09",
          statuten="2022", fte="23,4", opr=16, opr_ouders="ouders en leerlingen",
          gov_zin="Een directeur-bestuurder vormt het bestuur; de raad van toezicht bestaat uit vijf leden, van wie "
                  "twee op voordracht van de schoolbesturen en drie onafhankelijk.",
          traject="het voorjaar en najaar van 2024", oogo="28 januari 2025", ander_swv="PO Merwestad",
          overleg="4 februari 2025", opr_datum="18 maart 2025", vastgesteld="25 maart 2025",
          periode="1 augustus 2025 tot en met 31 juli 2029")


def plan1():
    b = [("header", "Ondersteuningsplan 2025-2029 | Samenwerkingsverband VO Merwestad"),
         ("title", "Ondersteuningsplan 2025-2029"),
         ("sub", "Samenwerkingsverband VO Merwestad (VO 28-09) — Samen sterk voor elke jongere in de stad"),
         ("sub", "Vastgesteld door het bestuur op 25 maart 2025, na instemming van de OPR op 18 maart 2025"),
         ("pb", None),
         ("toc", ["1 Voorwoord", "2 Inleiding en leeswijzer", "3 Merwestad in cijfers", "4 Missie, visie en ambities",
                  "5 Basisondersteuning op elke school", "6 Het ondersteuningscontinuüm en onze voorzieningen",
                  "7 Toelaatbaarheid: vso, praktijkonderwijs en lwoo", "8 Terugplaatsing en overstap naar regulier vo",
                  "9 Thuiszitters en het dekkend netwerk", "10 Samenwerking met de gemeente",
                  "11 Ouders en leerlingen", "12 Kwaliteit en resultaten", "13 Financiën en meerjarenbegroting",
                  "14 Organisatie en governance", "15 Medezeggenschap", "16 Personeel en professionalisering",
                  "17 Informatievoorziening, ICT en privacy", "18 Totstandkoming van dit plan",
                  "Bijlage A Begrippenlijst"]),
         ("pb", None),
         ("h1", "1 Voorwoord")]
    b += P("Voor u ligt het derde ondersteuningsplan van het Samenwerkingsverband VO Merwestad. In dit plan "
           "leggen de veertien schoolbesturen voor voortgezet onderwijs in onze stad vast hoe zij de komende vier "
           "jaar samen zorgen dat iedere jongere onderwijs krijgt dat bij hem of haar past. Dat is in een stad met "
           "ruim 31.000 leerlingen, 46 vestigingen en een grote diversiteit aan achtergronden geen eenvoudige opgave.",
           "De afgelopen planperiode heeft ons veel geleerd. De coronajaren lieten zien hoe kwetsbaar een deel van "
           "onze leerlingen is. De instroom van nieuwkomers nam sterk toe. Tegelijk zagen we dat scholen elkaar "
           "steeds beter weten te vinden, en dat de samenwerking met wijkteams en jeugdhulp op veel plekken "
           "vanzelfsprekend is geworden. Daar bouwen we op voort.",
           "Dit plan is geschreven met de inbreng van schoolleiders, ondersteuningscoördinatoren, mentoren, "
           "ouders, leerlingen en onze partners bij de gemeente. Ik dank iedereen die heeft meegedacht. In het "
           "bijzonder dank ik de leden van de ondersteuningsplanraad voor hun kritische en constructieve bijdrage.",
           "Drs. M. El Amrani, directeur-bestuurder")
    b += [("h1", "2 Inleiding en leeswijzer")]
    b += P("Een samenwerkingsverband heeft de wettelijke opdracht om te zorgen voor een samenhangend geheel van "
           "ondersteuningsvoorzieningen binnen en tussen de scholen. Het ondersteuningsplan beschrijft hoe wij "
           "die opdracht uitvoeren. Het plan richt zich op schoolbesturen en scholen, op ouders en leerlingen, op "
           "de gemeente en op de Inspectie van het Onderwijs.",
           "Hoofdstuk 3 schetst de context. Hoofdstuk 4 beschrijft waar we voor staan. De hoofdstukken 5 tot en "
           "met 11 beschrijven de inhoud van de ondersteuning, de toelaatbaarheid, de terugplaatsing, het dekkend "
           "netwerk, de samenwerking met de gemeente en de positie van ouders en leerlingen. Hoofdstuk 12 gaat in "
           "op kwaliteit en resultaten, hoofdstuk 13 op de financiën. De hoofdstukken 14 tot en met 18 beschrijven "
           "de organisatie. Achter in het plan vindt u een begrippenlijst.",
           "Waar in dit plan 'ouders' staat, bedoelen we ook verzorgers en andere wettelijk vertegenwoordigers.")
    b += [("h1", "3 Merwestad in cijfers"),
          ("p", "Het samenwerkingsverband omvat alle scholen voor voortgezet onderwijs in de gemeente Merwestad. "
                "Op 1 oktober 2024 telden wij de volgende aantallen."),
          ("table", [["Onderwijssoort", "Vestigingen", "Leerlingen 1-10-2024"],
                     ["vwo/havo (incl. categorale gymnasia)", "14", "12.480"],
                     ["vmbo (incl. lwoo)", "18", "11.920"],
                     ["brede scholengemeenschappen (overig)", "4", "2.870"],
                     ["praktijkonderwijs", "4", "1.210"],
                     ["vso cluster 3 en 4", "6", "1.640"],
                     ["ISK (nieuwkomers)", "3", "1.020"],
                     ["Totaal", "49", "31.140"]])]
    b += P("De stad groeit. De prognose laat tot 2030 een stijging zien van ongeveer vier procent. Het aandeel "
           "leerlingen dat opgroeit in een gezin met een laag inkomen is in vier wijken hoger dan dertig procent. "
           "Daarnaast stijgt het aantal nieuwkomers. Deze ontwikkelingen vragen veel van de scholen, van de "
           "voorzieningen en van de middelen die wij samen beschikbaar hebben.")
    b += [("h1", "4 Missie, visie en ambities")]
    b += P("Onze missie: elke jongere in Merwestad krijgt een passende plek in het onderwijs, zo dicht mogelijk bij "
           "huis en zo regulier als mogelijk, en verlaat de school met een diploma, certificaat of een duidelijk "
           "perspectief op werk of vervolgonderwijs.",
           "Wij geloven dat ondersteuning het beste werkt als zij dichtbij de leerling wordt georganiseerd, in "
           "de klas en de school, met korte lijnen naar ouders en naar jeugdhulp. Wij kijken naar wat een leerling "
           "nodig heeft, niet naar een etiket. De school is eigenaar van de ondersteuning; het samenwerkingsverband "
           "faciliteert, verbindt en springt bij waar een school het niet alleen kan.",
           "Onze ambities voor deze planperiode zijn: (1) de basisondersteuning op alle vestigingen op een gelijk "
           "en hoger niveau brengen; (2) het aantal jongeren zonder passende plek terugdringen; (3) het aanbod voor "
           "nieuwkomers en voor hoogbegaafde leerlingen versterken; (4) de aansluiting met de gemeente verbeteren; "
           "en (5) transparant zijn over wat wij met de middelen bereiken.")
    b += [("h1", "5 Basisondersteuning op elke school")]
    b += P("Basisondersteuning is in Merwestad het gezamenlijk afgesproken minimumniveau van ondersteuning dat "
           "iedere vestiging van iedere aangesloten school biedt, zonder dat daarvoor een aanvraag bij het "
           "samenwerkingsverband nodig is. De veertien besturen hebben dit niveau vastgelegd in de 'Standaard "
           "basisondersteuning Merwestad 2025', die in dit hoofdstuk volledig is opgenomen. Geen vestiging mag "
           "onder deze standaard zakken; scholen mogen er wel boven uitkomen.",
           "De standaard bestaat uit vier onderdelen.")
    b += [("h2", "5.1 Onderdelen van de standaard"),
          ("table", [["Onderdeel", "Wat elke vestiging ten minste biedt"],
                     ["Ondersteuningsstructuur", "Een ondersteuningscoördinator (minimaal 0,6 fte per 1.000 leerlingen), "
                      "een mentor per klas met één mentoruur per week, een zorg- en adviesteam (ZAT) dat ten minste "
                      "zes keer per jaar bijeenkomt met jeugdarts, leerplicht en wijkteam."],
                     ["Preventieve interventies", "Signalering van lees- en rekenproblemen in leerjaar 1, dyslexie- en "
                      "dyscalculieprotocol, faalangstreductietraining, sociale-vaardigheidstraining, huiswerkbegeleiding "
                      "in de school."],
                     ["Expertise", "Toegang tot een orthopedagoog of psycholoog (eigen of via het bestuur), een "
                      "vertrouwenspersoon, een aandachtsfunctionaris kindermishandeling en een schoolmaatschappelijk "
                      "werker op de locatie."],
                     ["Fysieke toegankelijkheid en zorg", "Een rustige werkplek buiten de klas, een ontwikkelingsperspectief "
                      "(OPP) voor elke leerling die extra ondersteuning krijgt, medische handelingen volgens protocol, "
                      "rolstoeltoegankelijkheid van ten minste de begane grond."]])]
    b += P("Elke school beschrijft in de schoolgids hoe de standaard op de eigen vestiging is ingevuld en wat de "
           "school daarboven biedt.",
           "Het samenwerkingsverband gaat na of de standaard wordt waargemaakt. Elk jaar vullen de vestigingen de "
           "kwaliteitskaart basisondersteuning in. Eens per twee jaar brengen een ondersteuningsadviseur en een "
           "collega-ondersteuningscoördinator van een andere school een auditbezoek. Voldoet een vestiging op een "
           "onderdeel niet, dan maakt het bestuur binnen drie maanden een verbeterplan, dat wij na een half jaar "
           "opnieuw beoordelen.")
    b += [("h1", "6 Het ondersteuningscontinuüm en onze voorzieningen")]
    b += P("De ondersteuning in Merwestad is georganiseerd als een continuüm van vier niveaus. Hoe zwaarder de "
           "ondersteuningsbehoefte, hoe meer expertise en hoe meer samenwerking met partners er nodig is. Een "
           "leerling kan tussen de niveaus bewegen, in beide richtingen.")
    b += [("table", [["Niveau", "Wat", "Waar", "Toegang"],
                     ["1 Basisondersteuning", "Standaard basisondersteuning (hoofdstuk 5)", "Elke vestiging", "Geen aanvraag"],
                     ["2 Extra ondersteuning op school", "Schoolarrangementen: trajectvoorziening, ondersteuningsklas, "
                      "examentraining voor leerlingen met een beperking, coaching", "Eigen school", "Besluit school, uit schoolbudget"],
                     ["3 Bovenschoolse voorzieningen", "OPDC De Kade (kortdurende plaatsing tot 1 jaar), Rebound Noord en "
                      "Rebound Zuid (tot 12 weken), Taalbrug (schakelklas na ISK), Plusklas hoogbegaafdheid, "
                      "onderwijs-zorgarrangement Samen Sterk", "Bovenschools", "Aanmelding bij Loket Toewijzing"],
                     ["4 Voortgezet speciaal onderwijs", "Zes vso-scholen cluster 3 en 4, inclusief een vso-afdeling "
                      "voor jongeren met psychiatrische problematiek", "vso", "Toelaatbaarheidsverklaring"]])]
    b += P("OPDC De Kade biedt plaats aan 90 leerlingen uit vmbo en onderbouw havo die tijdelijk niet in een "
           "reguliere klas kunnen functioneren. De leerling blijft ingeschreven op de eigen school. Rebound biedt "
           "een time-out van maximaal twaalf weken voor leerlingen die door gedrag vastlopen. Taalbrug begeleidt "
           "leerlingen die de ISK hebben afgerond in het eerste jaar op een reguliere school. De Plusklas is een "
           "dagdeelvoorziening voor hoogbegaafde leerlingen die thuis dreigen te komen zitten. Samen Sterk is een "
           "onderwijs-zorgarrangement dat we samen met twee jeugdhulpaanbieders bekostigen en waarin onderwijs en "
           "behandeling op één locatie worden gecombineerd.",
           "Tussen de niveaus bestaan vaste overdrachtsmomenten. Bij elke overstap wordt het OPP bijgesteld en "
           "zijn ouders en leerling betrokken.")
    b += [("h1", "7 Toelaatbaarheid: vso, praktijkonderwijs en lwoo")]
    b += [("h2", "7.1 Procedure")]
    b += P("Een toelaatbaarheidsverklaring (TLV) voor het vso of het praktijkonderwijs, en een aanwijzing voor "
           "leerwegondersteunend onderwijs (lwoo), worden aangevraagd door het bevoegd gezag van de school waar de "
           "leerling is ingeschreven of is aangemeld. Ouders kunnen de aanvraag niet zelf indienen, maar worden "
           "altijd gehoord en tekenen voor gezien.",
           "De route is als volgt. Stap 1: de school bespreekt de leerling in het ZAT en stelt een OPP op of bij. "
           "Stap 2: de school dient via het digitale loket een aanvraag in met OPP, handelingsdeel, "
           "evaluatie van de geboden ondersteuning en het standpunt van ouders. Stap 3: Loket Toewijzing "
           "controleert binnen vijf werkdagen of het dossier volledig is. Stap 4: twee deskundigen, van wie ten "
           "minste één orthopedagoog of psycholoog, brengen ieder afzonderlijk een schriftelijk advies uit; zij "
           "zijn niet betrokken geweest bij de aanvraag. Stap 5: de Commissie Toewijzing en Advies (CTA) besluit "
           "namens het bestuur binnen zes weken na ontvangst van het volledige dossier. Stap 6: ouders en school "
           "ontvangen het besluit en de deskundigenadviezen schriftelijk.",
           "Een TLV vso wordt afgegeven voor één tot vier schooljaren, in bekostigingscategorie laag, midden of hoog. "
           "Een TLV pro en een aanwijzing lwoo gelden voor de duur van de opleiding.",
           "Ouders en school die het niet eens zijn met het besluit, kunnen binnen zes weken bezwaar maken. Het "
           "bestuur wint advies in bij de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen (LBT), "
           "waarbij het samenwerkingsverband is aangesloten.")
    b += [("h2", "7.2 Criteria")]
    b += P("Voor een TLV vso hanteert de CTA de volgende criteria, die alle vier moeten zijn vervuld:")
    b += [("ul", ["de ondersteuningsbehoefte overstijgt aantoonbaar wat de reguliere school met basis- en extra "
                  "ondersteuning (niveaus 1 tot en met 3) kan bieden;",
                  "de school heeft ten minste twee cycli van zes weken extra ondersteuning geboden en geëvalueerd, "
                  "tenzij de veiligheid van de leerling of anderen dat onmogelijk maakt;",
                  "de leerling heeft een intensieve, structurele behoefte aan een specifiek pedagogisch klimaat, "
                  "kleine groepen of combinatie met behandeling die alleen het vso kan bieden;",
                  "de deskundigen adviseren positief."])]
    b += P("Voor praktijkonderwijs gelden de landelijke criteria: een IQ tussen 55 en 80 en een leerachterstand van "
           "drie jaar of meer op twee van de vier domeinen, waaronder begrijpend lezen of inzichtelijk rekenen. "
           "Voor lwoo heeft Merwestad de landelijke criteria niet vervangen: IQ tussen 75 en 90 met een leerachterstand "
           "van anderhalf tot drie jaar op ten minste twee domeinen, of IQ tussen 91 en 120 met een leerachterstand "
           "en sociaal-emotionele problematiek die het leren belemmert.")
    b += [("h1", "8 Terugplaatsing en overstap naar regulier vo")]
    b += P("In het laatste jaar van een TLV bespreekt de vso-school met ouders en leerling of terugkeer naar het "
           "regulier voortgezet onderwijs mogelijk is. Uiterlijk zes maanden voor het aflopen van de TLV vindt een "
           "perspectiefgesprek plaats met de vso-school, ouders, leerling en een ondersteuningsadviseur van het "
           "samenwerkingsverband. Is terugkeer haalbaar, dan meldt de vso-school de leerling aan bij een reguliere "
           "school naar keuze van ouders; die school heeft zorgplicht. Is een nieuwe TLV nodig, dan vraagt de "
           "vso-school die aan via de procedure uit hoofdstuk 7. De CTA besluit over verlenging; zonder verlenging "
           "eindigt de TLV op 31 juli van het laatste schooljaar.",
           "Een samenhangend terugplaatsingsbeleid, met doelen, voorwaarden en afspraken over begeleiding na de "
           "overstap, formuleren wij in het eerste planjaar met de vso-scholen. Tot die tijd kijken we per leerling "
           "wat er kan.")
    b += [("h1", "9 Thuiszitters en het dekkend netwerk")]
    b += P("Niet iedere jongere vindt vanzelf een plek. In het schooljaar 2023-2024 telden wij 74 thuiszitters, van "
           "wie 21 langer dan drie maanden. Daarnaast hadden 39 jongeren een vrijstelling van de leerplicht. Wij "
           "vinden dat te veel.",
           "Het samenwerkingsverband werkt met een Thuiszitterstafel. Elke school die een leerling langer dan vier "
           "weken niet of onvoldoende in beeld heeft, meldt dit bij het loket. Binnen tien werkdagen bespreekt de "
           "tafel, met leerplicht, het wijkteam, de school en de ouders, welke route naar onderwijs mogelijk is. Lukt "
           "het niet om binnen zes weken een plek te vinden, dan escaleert de directeur-bestuurder naar de "
           "bestuurders van de betrokken scholen en, waar jeugdhulp ontbreekt, naar de wethouder.",
           "Twee keer per jaar brengen wij in kaart waar het aanbod tekortschiet. Uit die analyse blijkt op dit "
           "moment een tekort aan plekken voor jongeren met autisme en een havo-vwo-niveau, en voor jongeren die "
           "onderwijs moeten combineren met psychiatrische behandeling. Voor de eerste groep starten wij in 2026 met "
           "een kleine havo-afdeling binnen een reguliere school; voor de tweede groep breiden wij Samen Sterk uit "
           "van 24 naar 36 plekken. Scholen die een leerling aangemeld krijgen, houden zorgplicht totdat een andere "
           "school de leerling heeft ingeschreven.")
    b += [("h1", "10 Samenwerking met de gemeente")]
    b += P("Met de gemeente Merwestad voeren wij jaarlijks OOGO over de aansluiting tussen onderwijs en "
           "jeugdhulp. Gezamenlijke agenda 2025-2029: jeugdhulp in en om de school, leerlingenvervoer naar vso, "
           "aanpak thuiszitters, de overgang vo-mbo en onderwijshuisvesting voor het OPDC.",
           "Op elke vmbo-vestiging is een jeugdhulpverlener van het wijkteam minimaal één dag per week aanwezig. "
           "De onderwijs-zorgarrangementen worden gezamenlijk bekostigd volgens een vaste verdeelsleutel.")
    b += [("h1", "11 Ouders en leerlingen")]
    b += P("Ouders zijn onmisbaar. Zij kennen hun kind het best en zijn partner bij het opstellen en bijstellen "
           "van het OPP. Leerlingen vanaf twaalf jaar worden gehoord over hun eigen ontwikkelingsperspectief.",
           "Hoe informeren wij ouders? Op onze website staat een ouderpagina met uitleg over basisondersteuning, "
           "voorzieningen en de route naar vso en pro, in het Nederlands, Engels, Arabisch, Turks en Pools. Elke "
           "school neemt in de schoolgids op welke ondersteuning zij biedt. Bij de overstap van groep 8 naar het vo "
           "organiseren wij elk najaar drie informatieavonden voor ouders van leerlingen met een ondersteuningsbehoefte. "
           "De brochure 'Extra hulp op school' wordt via alle basisscholen verspreid.",
           "Waar kunnen ouders terecht voor onafhankelijk advies? Het Ouder- en Jeugdsteunpunt Merwestad is onafhankelijk "
           "van scholen en samenwerkingsverband en helpt ouders en jongeren bij vragen, het voorbereiden van gesprekken "
           "en bij onenigheid. Ouders kunnen ook een beroep doen op de onderwijsconsulenten (landelijk, kosteloos). "
           "Geschillen over het OPP of toelating kunnen worden voorgelegd aan de Geschillencommissie passend onderwijs; "
           "klachten over het samenwerkingsverband volgen onze klachtenregeling.")
    b += [("h1", "12 Kwaliteit en resultaten")]
    b += P("Wij willen in 2029 het volgende bereikt hebben voor leerlingen met een ondersteuningsbehoefte:")
    b += [("ul", ["het aantal thuiszitters langer dan drie maanden is gedaald van 21 naar maximaal 8;",
                  "ten minste 85% van de leerlingen die een bovenschoolse voorziening bezoekt, stroomt binnen een jaar "
                  "terug naar een reguliere klas;",
                  "ten minste 75% van de vso-leerlingen in het uitstroomprofiel vervolgonderwijs behaalt een diploma;",
                  "alle vestigingen voldoen aan de standaard basisondersteuning."])]
    b += P("Hoe wij deze resultaten volgen en waar wij erover rapporteren, leggen wij vast in een monitoringsplan "
           "dat in het najaar van 2025 aan het bestuur wordt voorgelegd.")
    b += [("h1", "13 Financiën en meerjarenbegroting")]
    b += P("Het samenwerkingsverband ontvangt de middelen voor lichte en zware ondersteuning van het Rijk. Een deel "
           "daarvan wordt rechtstreeks overgedragen aan de vso-scholen voor de bekostiging van TLV-leerlingen.",
           "Verdeelmodel. Het verdeelmodel is door het bestuur vastgesteld op basis van drie principes: geld volgt de "
           "leerling, scholen met meer kwetsbare leerlingen ontvangen meer, en bovenschoolse voorzieningen worden "
           "centraal bekostigd. Concreet: (a) elke school ontvangt een schoolbudget van € 118 per leerling "
           "(teldatum 1 oktober t-1); (b) scholen met een vmbo-bb/kb-afdeling ontvangen daarnaast € 210 per "
           "leerling in die afdeling; (c) het lwoo-budget wordt verdeeld naar het aantal aangewezen leerlingen "
           "(€ 2.950 per leerling); (d) OPDC, Rebound, Taalbrug en Plusklas worden bekostigd uit het centrale budget. "
           "Scholen verantwoorden de inzet van het schoolbudget jaarlijks via een vast format.",
           "Reserves. De algemene reserve bedraagt eind 2024 € 2,9 miljoen; het bestuur hanteert een signaleringswaarde "
           "van 5% van de baten. Het deel boven die waarde zetten wij in 2025 en 2026 in voor de uitbreiding van Samen Sterk.")
    b += [("table", [["Meerjarenbegroting (x € 1.000)", "2025", "2026", "2027", "2028"],
                     ["Baten lichte en zware ondersteuning", "38.940", "39.310", "39.620", "39.700"],
                     ["Afdracht vso-scholen", "17.880", "18.150", "18.300", "18.410"],
                     ["Schoolbudgetten (incl. vmbo-opslag)", "5.210", "5.260", "5.300", "5.320"],
                     ["Lwoo en pro", "9.930", "9.950", "9.980", "9.980"],
                     ["Bovenschoolse voorzieningen", "4.120", "4.390", "4.420", "4.430"],
                     ["Bureau en loket", "1.780", "1.800", "1.820", "1.840"],
                     ["Resultaat", "20", "-240", "-200", "-280"]])]
    b += filler_scholencommunicatie(C1)
    b += filler_governance(C1) + filler_opr(C1) + filler_personeel(C1) + filler_ict(C1) + filler_totstandkoming(C1)
    b += [("h1", "Bijlage A Begrippenlijst"),
          ("ul", ["Basisondersteuning: het afgesproken niveau van ondersteuning dat elke school biedt.",
                  "Terugplaatsing: de overstap van een leerling van het vso naar het regulier voortgezet onderwijs.",
                  "Meerjarenbegroting: de begroting voor vier jaar van het samenwerkingsverband.",
                  "Ouder- en Jeugdsteunpunt: onafhankelijk steunpunt voor ouders en jongeren.",
                  "TLV: toelaatbaarheidsverklaring voor vso of pro.",
                  "Dekkend netwerk: geheel van voorzieningen waarmee voor elke leerling een plek beschikbaar is.",
                  "Resultaten: de beoogde en bereikte uitkomsten van het onderwijs aan leerlingen met een ondersteuningsbehoefte."])]
    return b


L1 = dict(
    documents=["vo-merwestad-stedelijk.docx"], sector="vo", looks_like_plan=True,
    elements=dict(basisondersteuning="present", plaatsing="present", terugstroom="partial", financien="present",
                  **{"dekkend-aanbod": "present"}, resultaten="partial", ouders="present"),
    criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
              "plaatsing.procedure": True, "plaatsing.criteria": True,
              "terugstroom.procedure": True, "terugstroom.beleid": False,
              "financien.verdeling": True, "financien.besteding": True,
              "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
              "resultaten.doelen": True, "resultaten.monitoring": False,
              "ouders.informatie": True, "ouders.steunpunt": True},
    advisory_addressed={"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
                        "financien": ["reserves", "verantwoording"], "dekkend-aanbod": ["ketenpartners"],
                        "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
    notes={"basisondersteuning": "H5 defines the minimum standard for every vestiging and gives its content in a table; borging via kwaliteitskaart/audit.",
           "plaatsing": "H7.1 six-step procedure with CTA, two deskundigen, 6 weeks, LBT bezwaar; H7.2 vso criteria plus pro/lwoo criteria.",
           "terugstroom": "H8 gives steps/actors/moment (perspectiefgesprek 6 months before end, CTA on verlenging); beleid explicitly deferred to first planjaar.",
           "financien": "H13 verdeelmodel with per-leerling amounts and a 2025-2028 begroting table; reserves and school accountability mentioned.",
           "dekkend-aanbod": "H6 four-level continuum table with voorzieningen; H9 Thuiszitterstafel, escalation, gap analysis, zorgplicht.",
           "resultaten": "H12 lists measurable 2029 targets, but how results are monitored is deferred to a monitoringsplan (najaar 2025).",
           "ouders": "H11 informatie (website in 5 languages, schoolgids, avonden, brochure) and OJSP/onderwijsconsulenten/geschillencommissie."})


# ================================================================ PLAN 2: rural PO, few schools (docx)
C2 = dict(naam="Samenwerkingsverband PO De Kempenhoek", rechtsvorm="vereniging", besturen=5, code="PO 30-11",
          statuten="2019", fte="4,2", opr=8, opr_ouders="ouders",
          gov_zin="De algemene ledenvergadering (ALV) van de vijf besturen houdt toezicht op het bestuur, dat bestaat "
                  "uit een onafhankelijk voorzitter en de directeur, die als directeur-bestuurder is gemandateerd.",
          traject="het schooljaar 2023-2024", oogo="3 februari 2025", ander_swv="VO Kempen en Peel",
          overleg="10 februari 2025", opr_datum="11 maart 2025", vastgesteld="20 maart 2025",
          periode="2025-2029 (1 augustus 2025 tot en met 31 juli 2029)",
          h_personeel="Mensen en expertise", h_ict="Gegevens en privacy")


def plan2():
    b = [("header", "SWV PO De Kempenhoek — Ondersteuningsplan 2025-2029"),
         ("title", "Ondersteuningsplan 2025-2029"),
         ("sub", "Samenwerkingsverband Passend Primair Onderwijs De Kempenhoek (PO 30-11)"),
         ("sub", "Klein en dichtbij — vijf besturen, zesentwintig scholen, één regio"),
         ("pb", None),
         ("toc", ["Voorwoord", "1 Onze regio", "2 Waar we voor staan", "3 Basisondersteuning",
                  "4 Toelaatbaarheid sbo en so", "5 Geld en middelen", "6 Wat we willen bereiken",
                  "7 Ouders", "8 Samenwerking met de gemeenten", "9 Organisatie", "10 Medezeggenschap",
                  "11 Mensen en expertise", "12 Gegevens en privacy", "13 Planning", "14 Totstandkoming van dit plan",
                  "Begrippen (dekkend aanbod, terugplaatsing, arrangement, OJSP)"]),
         ("pb", None),
         ("h1", "Voorwoord")]
    b += P("Beste lezer, voor u ligt het ondersteuningsplan van De Kempenhoek voor de jaren 2025 tot en met 2029. "
           "Wij zijn een klein samenwerkingsverband in een landelijk gebied. Onze scholen liggen in dorpen en kernen "
           "die soms vijftien kilometer uit elkaar liggen. Dat maakt ons werk anders dan dat van een stedelijk "
           "samenwerkingsverband: de lijnen zijn kort, iedereen kent elkaar, maar specialistische voorzieningen "
           "liggen vaak ver weg.",
           "Wij hebben bewust gekozen voor een compact plan. Het plan beschrijft wat wij met elkaar afspreken; "
           "de scholen en besturen geven daar in hun eigen schoolgids en schoolplan invulling aan. Wij danken de "
           "intern begeleiders, directeuren, ouders in de OPR en de gemeenten voor hun bijdrage.",
           "Namens het bestuur, J. van den Heuvel, voorzitter")
    b += [("h1", "1 Onze regio")]
    b += P("De Kempenhoek omvat de gemeenten Eersel-Heide, Bladelveen en Hooge Akker. Vijf schoolbesturen zijn bij "
           "het samenwerkingsverband aangesloten, met samen 24 basisscholen, één school voor speciaal basisonderwijs "
           "(sbo De Wegwijzer) en één so-locatie van cluster 4 (De Brug, nevenvestiging). Op 1 oktober 2024 telden de "
           "scholen samen 4.310 leerlingen, van wie 142 op het sbo en 61 op het so.",
           "De regio krimpt. Sinds 2015 is het aantal leerlingen met ruim twaalf procent gedaald, en de prognose "
           "voorspelt tot 2030 een verdere daling van zes procent. Vier scholen hebben minder dan 80 leerlingen. "
           "Kleine scholen met combinatiegroepen vragen veel van leraren. Tegelijk is de betrokkenheid van ouders "
           "en dorpsgemeenschappen bij de school groot.",
           "Voor zware ondersteuning zijn kinderen soms aangewezen op scholen buiten de regio. Het leerlingenvervoer "
           "is daarom een belangrijk onderwerp in het overleg met de gemeenten.")
    b += [("table", [["Bestuur", "Scholen", "Leerlingen 1-10-2024"],
                     ["Stichting Kempenscholen", "9", "1.540"],
                     ["Stichting Dorpsonderwijs De Hoeve", "7", "1.120"],
                     ["Stichting Katholiek Onderwijs Bladelveen", "5", "860"],
                     ["Vereniging Protestants-Christelijk Onderwijs", "3", "587"],
                     ["Stichting Speciaal Onderwijs Zuid (so-locatie)", "1", "61"],
                     ["sbo De Wegwijzer (Stichting Kempenscholen)", "1", "142"]])]
    b += [("h1", "2 Waar we voor staan")]
    b += P("Elk kind gaat naar school, het liefst in het eigen dorp, samen met vriendjes uit de buurt. Wij geloven "
           "dat kinderen het meest leren in een vertrouwde omgeving. De school is de plek waar het kind wordt gezien; "
           "het samenwerkingsverband helpt de school daarbij.",
           "Onze kernwaarden zijn: dichtbij, samen, eenvoudig en eerlijk. Dichtbij: ondersteuning zo dicht mogelijk "
           "bij het kind. Samen: scholen, ouders en gemeenten doen het samen. Eenvoudig: weinig formulieren, korte "
           "lijnen. Eerlijk: we zeggen het als iets niet kan, en we verdelen de middelen op een eerlijke manier.",
           "In deze planperiode richten wij ons op drie ambities: alle scholen bieden dezelfde stevige basis, "
           "leerkrachten voelen zich toegerust om met verschillen om te gaan, en de middelen worden zo dicht "
           "mogelijk bij het kind ingezet.")
    b += [("h1", "3 Basisondersteuning")]
    b += P("Onder basisondersteuning verstaan wij in De Kempenhoek het niveau van ondersteuning dat alle 24 "
           "basisscholen, op elke vestiging, ten minste waarmaken. De besturen hebben dit niveau in 2024 samen "
           "opnieuw vastgesteld. Het geldt als ondergrens: een school die op een onderdeel onder dit niveau zit, "
           "werkt binnen een jaar aan verbetering.",
           "Wat mag een ouder op elke school verwachten? In de tabel staan de afspraken.")
    b += [("table", [["Thema", "Dit biedt elke school in De Kempenhoek"],
                     ["Zicht op ontwikkeling", "Een leerlingvolgsysteem met twee toetsmomenten per jaar, groepsbesprekingen "
                      "drie keer per jaar, een intern begeleider met ten minste één dag per week per 150 leerlingen."],
                     ["Lezen en rekenen", "Een dyslexieprotocol en een protocol ernstige reken-wiskundeproblemen, "
                      "remedial teaching of extra instructie in de groep, ondersteunende software."],
                     ["Gedrag en welbevinden", "Een methode voor sociaal-emotioneel leren, een anti-pestcoördinator, "
                      "afspraken over een rustige plek in de school."],
                     ["Meer- en hoogbegaafdheid", "Signalering bij de start van groep 3, compacten en verrijken, "
                      "een verrijkingsgroep op schoolniveau of bovenschools binnen het eigen bestuur."],
                     ["Samenwerking", "Een ondersteuningsteam van intern begeleider, leerkracht en ouders, "
                      "dat op afroep en ten minste vier keer per jaar bijeenkomt."],
                     ["Medisch handelen", "Een protocol medisch handelen en een medicijnprotocol."]])]
    b += P("Elke school beschrijft haar ondersteuning in de schoolgids. Het samenwerkingsverband bespreekt de "
           "basisondersteuning jaarlijks in het schoolgesprek met de directeur en de intern begeleider.")
    b += [("h1", "4 Toelaatbaarheid sbo en so")]
    b += P("Soms heeft een kind meer nodig dan de basisschool kan bieden, ook niet met extra ondersteuning. Dan kan "
           "een plaatsing op het sbo of het so aan de orde zijn. Daarvoor is een toelaatbaarheidsverklaring (TLV) "
           "van het samenwerkingsverband nodig.",
           "Zo werkt het. De school bespreekt het kind in het ondersteuningsteam, met ouders erbij. Als de school en "
           "de ouders samen vinden dat een TLV nodig is, vult de intern begeleider het aanvraagformulier in en stuurt "
           "dit met het OPP en het verslag van het ondersteuningsteam naar het bureau. Het bestuur van de school "
           "ondertekent de aanvraag. De Commissie Toelaatbaarheid (CvT) van het samenwerkingsverband, bestaande uit "
           "een orthopedagoog en een tweede deskundige die afhankelijk van de vraag een psycholoog, "
           "maatschappelijk werker of jeugdarts is, beoordeelt de aanvraag. Beide deskundigen geven schriftelijk "
           "advies. De directeur neemt namens het bestuur binnen zes weken een besluit. Ouders ontvangen een afschrift "
           "van de adviezen en het besluit.",
           "Een TLV voor het sbo wordt afgegeven voor twee schooljaren; een TLV voor het so voor de duur die de "
           "commissie passend vindt, met een maximum van vier schooljaren, in categorie laag, midden of hoog.",
           "De CvT weegt elke aanvraag zorgvuldig en kijkt naar het hele kind. De criteria op basis waarvan de "
           "commissie een kind toelaatbaar acht, zijn opgenomen in het Reglement Toelaatbaarheid, dat op de website "
           "van het samenwerkingsverband staat.",
           "Is een ouder of school het niet eens met het besluit, dan kan binnen zes weken bezwaar worden gemaakt bij "
           "het bestuur. Het bestuur vraagt advies aan de Landelijke Bezwaaradviescommissie.")
    b += [("h1", "5 Geld en middelen")]
    b += P("De Kempenhoek ontvangt jaarlijks ongeveer 3,3 miljoen euro aan ondersteuningsmiddelen. Daarvan gaat een "
           "groot deel rechtstreeks naar het sbo en het so, voor de kinderen die daar met een TLV zitten.",
           "Hoe verdelen we het geld? Het bestuur heeft gekozen voor een eenvoudig model: wat overblijft na de "
           "afdrachten aan sbo en so, en na aftrek van de kosten van het bureau en de CvT, gaat naar de schoolbesturen. "
           "Elk bestuur ontvangt een bedrag per leerling (in 2025: € 212 per leerling, teldatum 1 oktober 2024). Kleine "
           "scholen met minder dan 100 leerlingen ontvangen daarbovenop een vaste voet van € 6.000, omdat zij "
           "relatief duurder zijn. De besturen zetten het geld in voor extra ondersteuning op hun scholen en "
           "verantwoorden dit jaarlijks in een korte rapportage aan het samenwerkingsverband.",
           "Het samenwerkingsverband houdt een reserve aan van ten hoogste 4% van de baten, om tegenvallers bij "
           "de groei van sbo of so op te vangen.")
    b += [("table", [["Begroting (bedragen in euro's)", "2025-2026", "2026-2027", "2027-2028", "2028-2029"],
                     ["Baten ondersteuningsmiddelen", "3.312.000", "3.268.000", "3.221.000", "3.190.000"],
                     ["Afdracht so (TLV-bekostiging)", "1.040.000", "1.040.000", "1.030.000", "1.030.000"],
                     ["Afdracht sbo (incl. groei)", "910.000", "900.000", "890.000", "880.000"],
                     ["Budget schoolbesturen", "1.048.000", "1.015.000", "990.000", "972.000"],
                     ["Vaste voet kleine scholen", "24.000", "30.000", "30.000", "36.000"],
                     ["Bureau, CvT, OPR", "278.000", "282.000", "285.000", "288.000"],
                     ["Saldo", "12.000", "1.000", "-4.000", "-16.000"]])]
    b += [("h1", "6 Wat we willen bereiken")]
    b += P("Wat willen wij in 2029 bereiken voor kinderen die extra ondersteuning nodig hebben? Wij hebben vier "
           "doelen geformuleerd:")
    b += [("ul", ["Alle 24 scholen voldoen aan alle onderdelen van de basisondersteuning (nu 19 van de 24).",
                  "Van de kinderen met een OPP haalt ten minste 70% de in het OPP gestelde tussendoelen.",
                  "Het deelnamepercentage sbo blijft onder de 3,5% en het deelnamepercentage so onder de 1,5%.",
                  "Ten minste 90% van de leerkrachten geeft in de tweejaarlijkse peiling aan zich voldoende toegerust "
                  "te voelen voor de ondersteuning in de groep."])]
    b += P("Hoe volgen we dat? Het bureau verzamelt twee keer per jaar (februari en juli) de gegevens over "
           "deelname, OPP-doelen en basisondersteuning per school. De uitkomsten worden besproken in het "
           "schoolgesprek dat de directeur van het samenwerkingsverband jaarlijks met elke school voert. Het bestuur "
           "bespreekt in het voorjaar een voortgangsrapportage, en in het jaarverslag rapporteren wij per doel "
           "welk resultaat is bereikt. Halverwege de planperiode (2027) laten wij een onafhankelijke evaluatie uitvoeren.")
    b += [("h1", "7 Ouders")]
    b += P("Ouders in onze dorpen zijn betrokken bij de school. Bij elke bespreking in het ondersteuningsteam zijn "
           "ouders uitgenodigd. Ouders denken mee over het OPP en tekenen het handelingsdeel.",
           "Ouders vinden informatie over de ondersteuning op de school in de schoolgids. Op de website van het "
           "samenwerkingsverband staat een ouderpagina met uitleg over basisondersteuning, extra ondersteuning en de "
           "TLV. Eén keer per jaar organiseren wij in elke gemeente een informatieavond voor ouders. Bij de eerste "
           "bespreking in het ondersteuningsteam krijgen ouders de folder 'Uw kind heeft iets extra's nodig'.",
           "Ouders met vragen kunnen altijd terecht bij de intern begeleider of de directeur van de school. Een ouder- "
           "en jeugdsteunpunt richten wij in zodra de wettelijke regels daarvoor bekend zijn; hoe we dat in een kleine "
           "regio vormgeven, bepalen we dan samen met de buurverbanden.")
    b += [("h1", "8 Samenwerking met de gemeenten")]
    b += P("Met de drie gemeenten hebben wij regelmatig overleg. Het op overeenstemming gericht overleg over dit "
           "plan is op 3 februari 2025 gevoerd; de gemeenten hebben geen bezwaren ingebracht. Onderwerpen die de komende "
           "jaren op de gezamenlijke agenda staan zijn het leerlingenvervoer en de huisvesting van het sbo.")
    b += filler_scholencommunicatie(C2) + filler_regio(C2) + filler_planning(C2, ['2025-2026: herijking schoolgesprekken en audit basisondersteuning', '2026: werkwijze thuiszitters met leerplicht', '2027: onafhankelijke tussenevaluatie', '2028-2029: voorbereiding nieuw plan'])
    b += filler_terugblik(C2) + filler_overgangen(C2) + filler_kennis(C2) + filler_risico(C2)
    b += filler_governance(C2) + filler_opr(C2) + filler_personeel(C2) + filler_ict(C2)
    b += [("h1", "13 Planning")]
    b += P("Het plan wordt uitgevoerd via jaarplannen. Elk voorjaar stelt het bestuur het jaarplan en de begroting "
           "voor het volgende schooljaar vast, na bespreking in het directeurenoverleg. De ondersteuningsplanraad "
           "ontvangt het jaarplan ter informatie.",
           "Belangrijke momenten: september (start schooljaar, netwerk IB), november (schoolgesprekken), februari "
           "(halfjaarcijfers), april (jaarplan en begroting), juni (jaarverslag en jaarrekening).",
           "Thuiszitters zijn in onze regio gelukkig zeldzaam. Een werkwijze voor kinderen die (dreigen) thuis "
           "te zitten, zal in 2026 samen met leerplicht worden opgesteld.")
    b += filler_totstandkoming(C2)
    b += [("h1", "Begrippen"),
          ("ul", ["Arrangement: een pakket van extra ondersteuning voor één of meer leerlingen.",
                  "Dekkend aanbod: het geheel van voorzieningen waardoor elk kind een passende plek heeft.",
                  "Terugplaatsing: de terugkeer van een kind van sbo of so naar de basisschool.",
                  "OJSP: ouder- en jeugdsteunpunt, een onafhankelijk steunpunt voor ouders en jeugdigen.",
                  "TLV: toelaatbaarheidsverklaring.",
                  "Zorgplicht: de plicht van een school om een passende plek te bieden of te zoeken."])]
    return b


L2 = dict(
    documents=["po-kempenhoek.docx"], sector="po", looks_like_plan=True,
    elements={"basisondersteuning": "present", "plaatsing": "partial", "terugstroom": "missing",
              "financien": "present", "dekkend-aanbod": "missing", "resultaten": "present", "ouders": "partial"},
    criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
              "plaatsing.procedure": True, "plaatsing.criteria": False,
              "terugstroom.procedure": False, "terugstroom.beleid": False,
              "financien.verdeling": True, "financien.besteding": True,
              "dekkend-aanbod.continuum": False, "dekkend-aanbod.lacunes": False,
              "resultaten.doelen": True, "resultaten.monitoring": True,
              "ouders.informatie": True, "ouders.steunpunt": False},
    advisory_addressed={"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
                        "financien": ["reserves", "verantwoording"], "resultaten": ["meetbaar"],
                        "ouders": ["betrokkenheid"]},
    notes={"basisondersteuning": "H3 defines the ondergrens for all 24 scholen and lists its content in a table; borging only via annual schoolgesprek.",
           "plaatsing": "H4 describes who applies, CvT with two deskundigen, 6-week decision, duration, bezwaar; criteria only referred to the Reglement on the website.",
           "terugstroom": "No text on return from sbo/so; 'Terugplaatsing' occurs only in the Begrippen list.",
           "financien": "H5 'Geld en middelen': per-leerling bedrag, vaste voet, reserve, plus a four-year begroting table.",
           "dekkend-aanbod": "No continuum of voorzieningen described; thuiszitters-werkwijze deferred to 2026 (H13 Planning); OOGO only mentioned procedurally; term only in TOC/Begrippen.",
           "resultaten": "H6 four measurable goals and a monitoring cycle (twice-yearly data, schoolgesprek, jaarverslag, mid-term evaluation).",
           "ouders": "H7 informs parents via schoolgids, ouderpagina, avonden, folder; no independent help: OJSP deferred, only school staff named."})


# ================================================================ PLAN 3: PO with strong parent focus (pdf)
C3 = dict(naam="Samenwerkingsverband PO Oevers en Velden", rechtsvorm="stichting", besturen=11, code="PO 26-14",
          statuten="2021", fte="9,8", opr=12, opr_ouders="ouders",
          gov_zin="Het bestuur bestaat uit een directeur-bestuurder; een raad van toezicht van vijf leden, onder wie "
                  "een ervaringsdeskundige ouder, houdt toezicht.",
          traject="de periode maart 2024 tot januari 2025", oogo="22 januari 2025", ander_swv="VO Oevers en Velden",
          overleg="29 januari 2025", opr_datum="4 maart 2025", vastgesteld="13 maart 2025",
          periode="1 augustus 2025 tot en met 31 juli 2029")


def plan3():
    b = [("header", "Samen met ouders — ondersteuningsplan SWV PO Oevers en Velden 2025-2029"),
         ("title", "Samen met ouders"),
         ("sub", "Ondersteuningsplan 2025-2029 van Samenwerkingsverband PO Oevers en Velden (PO 26-14)"),
         ("sub", "Met bijdragen van het ouderpanel, de OPR en de ouder- en jeugdsteunpuntcoördinator"),
         ("pb", None),
         ("toc", ["Voorwoord door de voorzitter van de OPR", "1 Waarom dit plan", "2 Ouders als partner",
                  "3 Basisondersteuning", "4 Een dekkend aanbod voor elk kind", "5 Toelaatbaarheid en weer terug",
                  "6 Communicatie", "7 Geld", "8 Kwaliteit", "9 Organisatie en governance", "10 Medezeggenschap",
                  "11 Personeel en professionalisering", "12 Informatievoorziening, ICT en privacy",
                  "13 Totstandkoming van dit plan", "Bijlage 1 Begrippenlijst",
                  "Bijlage 2 Kwaliteitskaart Basisondersteuning (afzonderlijk document)",
                  "Bijlage 3 Meerjarenbegroting en resultaten (volgt)"]),
         ("pb", None),
         ("h1", "Voorwoord door de voorzitter van de OPR")]
    b += P("Als moeder van drie kinderen, van wie er één een aantal jaren op het speciaal basisonderwijs heeft "
           "gezeten, weet ik hoe het voelt om als ouder de weg te moeten vinden in passend onderwijs. Formulieren, "
           "afkortingen, gesprekken waarin over je kind wordt gesproken terwijl je zelf nog zoekt naar woorden. Het "
           "is daarom bijzonder dat ik, namens de ondersteuningsplanraad, het voorwoord van dit plan mag schrijven.",
           "Dit plan heet niet voor niets 'Samen met ouders'. In de afgelopen twee jaar heeft het samenwerkingsverband "
           "een ouderpanel opgericht, de website herschreven in begrijpelijke taal en ouders vanaf het begin betrokken "
           "bij het schrijven van dit plan. Dat is te merken. Er staat in dit plan niet alleen wat scholen doen, maar "
           "ook wat u als ouder kunt verwachten, waar u terechtkunt en wat u zelf kunt doen.",
           "De OPR heeft met dit plan ingestemd. Wij hebben wel gevraagd om op een paar punten snel verder te gaan, "
           "en wij zullen daar de komende jaren op letten. Ik wens iedereen die met dit plan aan de slag gaat veel succes.",
           "Sanne Kuijpers, voorzitter ondersteuningsplanraad")
    b += [("h1", "1 Waarom dit plan")]
    b += P("Oevers en Velden is het samenwerkingsverband voor primair onderwijs in zes gemeenten langs de rivier. "
           "Elf schoolbesturen met samen 58 basisscholen, twee scholen voor speciaal basisonderwijs en drie "
           "so-locaties werken hierin samen. Ongeveer 14.600 kinderen gaan in onze regio naar school.",
           "De wet vraagt ons eens per vier jaar een ondersteuningsplan vast te stellen. Maar wij schrijven dit plan "
           "vooral omdat wij willen vastleggen hoe wij samen zorgen dat elk kind een goede plek heeft. Het plan is "
           "geschreven voor iedereen: leerkrachten, intern begeleiders, directeuren, bestuurders, gemeenten, maar "
           "vooral ook voor ouders. Daarom hebben we geprobeerd zo min mogelijk vaktaal te gebruiken. Waar het "
           "toch niet anders kan, vindt u een uitleg in de begrippenlijst.",
           "Wij gaan uit van vier waarden: het kind centraal, ouders als partner, vertrouwen in professionals en "
           "eenvoud in regels. Deze waarden komen in elk hoofdstuk terug.")
    b += [("h1", "2 Ouders als partner")]
    b += P("Ouders zijn de eerste opvoeders en de belangrijkste deskundigen als het om hun kind gaat. Wij vinden dat "
           "ouders altijd aan tafel zitten als er over hun kind wordt gesproken. Dat betekent concreet: geen "
           "bespreking in het ondersteuningsteam zonder uitnodiging van de ouders; ouders ontvangen stukken minstens "
           "drie werkdagen voor een gesprek; in het OPP staat een apart deel waarin ouders hun eigen kijk kunnen geven.",
           "Kinderen hebben ook een stem. Vanaf groep 5 wordt het kind gevraagd naar zijn of haar mening over het OPP, "
           "op een manier die past bij de leeftijd. Dit hoorrecht nemen wij serieus.",
           "Op bestuursniveau praten ouders mee via de ondersteuningsplanraad en via het ouderpanel. Het ouderpanel "
           "bestaat uit twaalf ouders van kinderen met een ondersteuningsbehoefte en komt vier keer per jaar bijeen "
           "met de directeur-bestuurder. Het panel geeft gevraagd en ongevraagd advies.")
    b += [("h1", "3 Basisondersteuning")]
    b += P("Wat is basisondersteuning? Het is wat iedere school in Oevers en Velden, op iedere locatie, in elk geval "
           "moet kunnen bieden aan alle kinderen. De elf besturen hebben samen afgesproken welk niveau dat is: de "
           "gezamenlijke standaard. Geen school mag daaronder zitten. Voor ouders betekent dit: welke school u ook "
           "kiest, u kunt rekenen op dezelfde basis.",
           "Welke voorzieningen, interventies en deskundigheid precies tot de gezamenlijke standaard behoren, staat "
           "in de Kwaliteitskaart Basisondersteuning (bijlage 2, apart document). Elke school vult de kaart jaarlijks "
           "in; de uitkomsten bespreken wij in het jaarlijkse kwaliteitsgesprek met het bestuur. Scholen die op "
           "onderdelen niet aan de standaard voldoen, stellen een verbeterplan op.")
    b += [("h1", "4 Een dekkend aanbod voor elk kind")]
    b += P("Ons aanbod is opgebouwd als een trap. Elke trede biedt meer ondersteuning dan de vorige. Een kind "
           "stapt niet hoger dan nodig, en stapt weer af wanneer dat kan.")
    b += [("ul", ["Trede 1 – basisondersteuning op de eigen school.",
                  "Trede 2 – extra ondersteuning op de eigen school, betaald uit het schoolbudget: bijvoorbeeld een "
                  "leesinterventie, een gedragsspecialist in de klas, een kleine instructiegroep.",
                  "Trede 3 – een arrangement van het samenwerkingsverband op de eigen school: inzet van een ambulant "
                  "begeleider, een onderwijsassistent voor een bepaalde periode, of deelname aan de Plusgroep of de "
                  "Taalklas op een andere school voor één of twee dagen per week.",
                  "Trede 4 – een onderwijs-zorgarrangement, waarbij onderwijs en jeugdhulp samen op school worden "
                  "georganiseerd, bekostigd door samenwerkingsverband en gemeente samen.",
                  "Trede 5 – een plaats op sbo De Vlonder of sbo Het Anker, of op een van de drie so-locaties."])]
    b += P("Soms lukt het niet om een passende plek te vinden. Een kind dat langer dan vier weken niet naar school "
           "gaat, moet de school binnen een week melden bij het samenwerkingsverband en bij leerplicht. Wij roepen dan "
           "binnen tien werkdagen de Doorbraaktafel bijeen, met ouders, school, leerplicht, de jeugdconsulent van de "
           "gemeente en een orthopedagoog van het samenwerkingsverband. De tafel spreekt af wie wat doet en wanneer. "
           "Eens per zes weken kijken we of het plan werkt. Ontbreekt er in de regio een voorziening, dan nemen wij "
           "het initiatief om die samen met besturen en gemeenten te ontwikkelen; zo is in 2023 de Taalklas ontstaan "
           "en bereiden we nu een voorziening voor jonge kinderen met een ontwikkelingsachterstand voor. De school "
           "waar het kind is aangemeld of ingeschreven, houdt de zorgplicht tot er een passende plek is.")
    b += [("h1", "5 Toelaatbaarheid en weer terug")]
    b += [("h2", "5.1 Hoe vraagt de school een TLV aan?")]
    b += P("Als de school en de ouders samen vinden dat een kind het beste op het sbo of so op zijn plaats is, vraagt "
           "het schoolbestuur een toelaatbaarheidsverklaring aan bij het Loket Passend Onderwijs. Ouders kunnen, als "
           "de school niet wil aanvragen terwijl zij dat wel willen, zelf contact opnemen met het loket; het loket "
           "organiseert dan een gesprek met ouders en school. De aanvraag bevat het OPP, een verslag van de besprekingen "
           "met ouders en de evaluaties van trede 2 en 3.",
           "De Toelaatbaarheidscommissie beoordeelt de aanvraag. Twee deskundigen – een orthopedagoog-generalist en, "
           "afhankelijk van het kind, een kinderpsycholoog, jeugdarts of maatschappelijk werker – geven elk een eigen "
           "advies. Binnen vijf weken na een volledige aanvraag besluit de directeur-bestuurder. Een TLV sbo geldt "
           "twee schooljaren; een TLV so geldt één tot drie schooljaren, in de categorie laag, midden of hoog. "
           "Bezwaar maken kan binnen zes weken; het bestuur vraagt dan advies aan de Landelijke Bezwaaradviescommissie.")
    b += [("h2", "5.2 Wanneer is een kind toelaatbaar?")]
    b += P("De commissie geeft een TLV af als aan alle drie de volgende voorwaarden is voldaan: (1) de school heeft "
           "trede 2 en 3 aantoonbaar ingezet en geëvalueerd, of de ernst van de situatie maakt dat niet verantwoord; "
           "(2) het kind heeft een ondersteuningsbehoefte op twee of meer gebieden (leren, gedrag, communicatie, "
           "lichamelijk of medisch) die structureel meer vraagt dan een basisschool met een arrangement kan bieden; "
           "(3) de ontwikkeling van het kind stagneert op de basisschool ondanks de geboden hulp, of de veiligheid "
           "van het kind of andere kinderen komt in gevaar. Voor het so geldt daarnaast dat een kleine groep met "
           "specialistische begeleiding de hele dag nodig is.")
    b += [("h2", "5.3 En weer terug")]
    b += P("Een plek op het sbo of so is voor ons geen eindstation. Wij willen dat kinderen die het kunnen, weer naar "
           "een basisschool gaan, bij voorkeur in de eigen woonplaats. Elk jaar bij de evaluatie van het OPP bespreekt "
           "de sbo- of so-school met de ouders of terugkeer een optie is. In het laatste jaar van de TLV is dat "
           "gesprek verplicht; het vindt uiterlijk in januari plaats. De sbo- of so-school neemt het initiatief; als "
           "ouders en school terugkeer haalbaar vinden, zoeken zij samen met het loket een basisschool. Het loket "
           "organiseert een overdrachtsgesprek tussen beide scholen en ouders, en de nieuwe school stelt een OPP op. "
           "Drie en zes maanden na de overstap evalueren ouders, school en loket samen hoe het gaat. Zonder nieuwe "
           "TLV eindigt de plaatsing aan het einde van het schooljaar.",
           "Voorwaarden voor terugkeer zijn dat het kind de basisondersteuning met een tijdelijk arrangement aankan en "
           "dat de ontvangende school de benodigde begeleiding kan bieden. Om de overstap te laten slagen krijgt de "
           "ontvangende basisschool een terugkeerarrangement: een jaar lang ambulante begeleiding door een "
           "medewerker van het sbo of so en een budget van € 4.500 voor extra inzet.")
    b += [("h1", "6 Communicatie")]
    b += P("Goede informatie is de basis voor echt partnerschap. Zo informeren wij ouders over de ondersteuning in "
           "onze regio:")
    b += [("ul", ["de ouderwebsite ouders.oeversenvelden.nl, in begrijpelijke taal, met filmpjes over de treden en over de TLV;",
                  "de schoolgids van elke school, met daarin wat de school biedt aan basis- en extra ondersteuning;",
                  "de brochure 'Wegwijs in passend onderwijs', die elke school bij de eerste bespreking meegeeft;",
                  "twee ouderavonden per jaar per gemeente, samen met het steunpunt;",
                  "een nieuwsbrief voor ouders, vier keer per jaar."])]
    b += P("Ouders die twijfelen, vastlopen of het niet eens zijn met de school, kunnen terecht bij Oudervizier, het "
           "ouder- en jeugdsteunpunt van onze regio. Oudervizier werkt onafhankelijk van scholen en van het "
           "samenwerkingsverband; de medewerkers staan naast de ouder en het kind, denken mee, gaan desgewenst mee "
           "naar gesprekken en wijzen de weg naar een onderwijsconsulent of naar de Geschillencommissie passend "
           "onderwijs. Oudervizier is bereikbaar via telefoon, mail en een wekelijks inloopspreekuur in twee gemeenten.")
    b += [("h1", "7 Geld")]
    b += P("Wij ontvangen als samenwerkingsverband geld van het Rijk voor extra ondersteuning. Ouders vragen ons vaak: "
           "waar gaat dat geld naartoe? Dat leggen we hier uit.",
           "Eerst worden de kosten van sbo en so betaald: voor elk kind met een TLV gaat er geld naar de school waar "
           "het kind zit. Van wat overblijft krijgt elke basisschool een schoolbudget van € 145 per leerling "
           "(teldatum 1 oktober), waarmee de school trede 2 organiseert. Arrangementen van trede 3 worden per kind "
           "toegekend door het loket, op basis van een aanvraag van de school met het OPP. De onderwijs-zorgarrangementen "
           "van trede 4 betalen we samen met de gemeenten, ieder voor de helft.",
           "De meerjarenbegroting 2025-2029, met de bedragen per post, wordt na vaststelling door het bestuur in juni "
           "2025 als bijlage 3 aan dit plan toegevoegd. Tot die tijd: p.m.")
    b += [("h1", "8 Kwaliteit")]
    b += P("Wij willen weten of wat we doen ook werkt voor kinderen. Welke resultaten wij in deze planperiode "
           "nastreven en hoe wij die gaan volgen, werken wij in het najaar van 2025 uit in het jaarplan, samen met het "
           "ouderpanel.")
    b += filler_regio(C3) + filler_planning(C3, ['2025: meerjarenbegroting als bijlage 3 toevoegen', 'najaar 2025: jaarplan met ouderpanel', '2026: evaluatie terugkeerarrangement', '2027-2029: uitvoering en voorbereiding nieuw plan'])
    b += filler_terugblik(C3) + filler_overgangen(C3) + filler_kennis(C3) + filler_scholencommunicatie(C3)
    b += filler_governance(C3) + filler_opr(C3) + filler_personeel(C3) + filler_ict(C3) + filler_totstandkoming(C3)
    b += [("h1", "Bijlage 1 Begrippenlijst"),
          ("ul", ["Basisondersteuning: wat elke school in elk geval biedt.",
                  "Beoogde resultaten: wat we willen bereiken voor kinderen met extra ondersteuning.",
                  "Meerjarenbegroting: overzicht van inkomsten en uitgaven voor vier jaar.",
                  "OJSP: ouder- en jeugdsteunpunt (bij ons: Oudervizier).",
                  "Terugkeerarrangement: begeleiding bij de overstap van sbo/so naar de basisschool.",
                  "TLV: toelaatbaarheidsverklaring."])]
    return b


L3 = dict(
    documents=["po-oevers-velden-ouders.pdf"], sector="po", looks_like_plan=True,
    elements={"basisondersteuning": "partial", "plaatsing": "present", "terugstroom": "present",
              "financien": "partial", "dekkend-aanbod": "present", "resultaten": "missing", "ouders": "present"},
    criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": False,
              "plaatsing.procedure": True, "plaatsing.criteria": True,
              "terugstroom.procedure": True, "terugstroom.beleid": True,
              "financien.verdeling": True, "financien.besteding": False,
              "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
              "resultaten.doelen": False, "resultaten.monitoring": False,
              "ouders.informatie": True, "ouders.steunpunt": True},
    advisory_addressed={"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
                        "dekkend-aanbod": ["ketenpartners"], "ouders": ["betrokkenheid"]},
    notes={"basisondersteuning": "H3 states the agreed gezamenlijke standaard for every location, but its content is only in Bijlage 2 (separate document, not included).",
           "plaatsing": "H5.1 procedure (bestuur applies at loket, two deskundigen, 5 weeks, duration, bezwaar); H5.2 three criteria.",
           "terugstroom": "Hidden in H5.3 inside the TLV chapter: yearly/last-year gesprek, initiator, loket, evaluations at 3 and 6 months; aims, conditions, terugkeerarrangement.",
           "financien": "H7 'Geld' explains verdeling (schoolbudget EUR 145 p.l., arrangementen via loket, OZA 50/50) but meerjarenbegroting is 'p.m.', to be added later.",
           "dekkend-aanbod": "H4 five-step 'trap' of provisions plus Doorbraaktafel, gap-filling initiative and zorgplicht.",
           "resultaten": "No intended results or monitoring; H8 'Kwaliteit' only defers to the jaarplan (najaar 2025); term only in TOC/Begrippenlijst.",
           "ouders": "H6 'Communicatie' lists information channels and describes the independent OJSP Oudervizier, onderwijsconsulent, geschillencommissie."})


# ================================================================ PLAN 4: VO mid-reorganisation (pdf)
C4 = dict(naam="Samenwerkingsverband VO Kustzone", rechtsvorm="stichting", besturen=9, code="VO 27-05",
          statuten="januari 2025 (fusie)", fte="14,0", opr=12, opr_ouders="ouders en leerlingen",
          gov_zin="Tijdens de transitie vormen twee interim-bestuurders samen het bestuur; de raad van toezicht is "
                  "samengesteld uit leden van beide voormalige toezichtsorganen en wordt in 2026 afgebouwd naar vijf leden.",
          traject="het najaar van 2024 en de eerste weken van 2025", oogo="6 februari 2025",
          ander_swv="PO Kustzone", overleg="13 februari 2025", opr_datum="8 april 2025", vastgesteld="15 april 2025",
          periode="1 augustus 2025 tot en met 31 juli 2029", h_gov="Organisatie en governance in transitie")


def plan4():
    b = [("header", "SWV VO Kustzone | Ondersteuningsplan 2025-2029 | versie 1.0 (transitie)"),
         ("title", "Ondersteuningsplan 2025-2029: in beweging"),
         ("sub", "Samenwerkingsverband VO Kustzone (VO 27-05), ontstaan uit de fusie van SWV VO Kust-Noord en SWV VO Kust-Zuid"),
         ("sub", "Versie 1.0 — vastgesteld 15 april 2025"),
         ("pb", None),
         ("toc", ["1 Voorwoord", "2 Een verband in transitie", "3 Kengetallen", "4 Koers 2025-2029",
                  "5 Ondersteuning op school (basisondersteuning)", "6 Het Expertisehuis en het ondersteuningsaanbod",
                  "7 Toewijzing: vso, pro en lwoo", "8 Terug naar het regulier vo", "9 Geen jongere tussen wal en schip",
                  "10 Gemeenten en jeugdhulp", "11 Resultaten en kwaliteitszorg", "12 Financiën",
                  "13 Organisatie en governance in transitie", "14 Medezeggenschap", "15 Personeel en professionalisering",
                  "16 Informatievoorziening, ICT en privacy", "17 Totstandkoming van dit plan",
                  "Lijst van afkortingen (OJSP, OPP, TLV, LWOO, PrO, OPDC)"]),
         ("pb", None),
         ("h1", "1 Voorwoord")]
    b += P("Op 1 januari 2025 zijn de samenwerkingsverbanden VO Kust-Noord en VO Kust-Zuid gefuseerd tot "
           "Samenwerkingsverband VO Kustzone. Dit eerste ondersteuningsplan van het nieuwe verband verschijnt midden "
           "in die verandering. Dat zult u merken: op een aantal onderwerpen zijn de afspraken nog niet af, en dat "
           "zeggen we eerlijk. Waar dat zo is, staat in dit plan wanneer en door wie ze worden gemaakt.",
           "De fusie is geen doel op zich. Beide verbanden waren klein, hadden elk een eigen OPDC en een eigen loket, "
           "en leerlingen liepen tegen de grens tussen de verbanden aan. Met één verband, één loket en één "
           "Expertisehuis willen wij de ondersteuning voor jongeren langs de hele kust eenvoudiger, beter en "
           "eerlijker maken.",
           "Ik dank de schoolleiders, ondersteuningscoördinatoren, medewerkers van beide bureaus en de leden van de "
           "OPR voor hun geduld en inzet in een onrustige periode.",
           "Mr. drs. H. Postma, interim-bestuurder")
    b += [("h1", "2 Een verband in transitie")]
    b += P("De fusie verloopt in drie fasen. Fase 1 (2024) was de juridische fusie: statuten, bestuur, toezicht, "
           "personeel. Fase 2 (2025-2026) is de inhoudelijke harmonisatie: één loket, één verdeelmodel, één "
           "Expertisehuis, één standaard voor de ondersteuning op school. Fase 3 (vanaf 2026-2027) is de doorontwikkeling.",
           "Dit plan geeft de koers voor de hele periode, maar werkt een aantal onderdelen uit fase 2 nog niet uit. "
           "Het bestuur legt die onderdelen uiterlijk op 1 mei 2026 als wijziging van dit plan voor aan de OPR. Tot "
           "die tijd blijven de werkafspraken van de voormalige verbanden van kracht, voor zover dit plan niet anders "
           "bepaalt.",
           "De transitie wordt begeleid door een stuurgroep van bestuurders, een projectleider en drie werkgroepen "
           "(loket, aanbod, financiën). De OPR wordt elke twee maanden over de voortgang geïnformeerd.")
    b += [("h1", "3 Kengetallen")]
    b += [("table", [["Gegeven", "Kust-Noord", "Kust-Zuid", "Kustzone"],
                     ["Aangesloten besturen", "5", "5", "9 (één bestuur in beide)"],
                     ["Vestigingen regulier vo", "11", "12", "23"],
                     ["Leerlingen regulier vo (1-10-2024)", "8.420", "9.310", "17.730"],
                     ["Leerlingen pro", "390", "410", "800"],
                     ["Leerlingen met lwoo", "1.150", "1.310", "2.460"],
                     ["Leerlingen vso", "520", "470", "990"]])]
    b += P("Het leerlingenaantal in de regio daalt licht. Vooral in de kleine kustdorpen is de krimp merkbaar, wat "
           "gevolgen heeft voor het aanbod van kleine vmbo-vestigingen. In de twee grootste gemeenten is het aantal "
           "leerlingen stabiel.")
    b += [("h1", "4 Koers 2025-2029")]
    b += P("Onze koers heet 'Eén kust, één route'. Elke jongere in de Kustzone moet, ongeacht woonplaats of school, "
           "dezelfde toegang hebben tot ondersteuning. Wij willen dat jongeren zoveel mogelijk op een reguliere "
           "school hun diploma halen, dat ze niet thuis komen te zitten en dat ze goed voorbereid doorstromen naar "
           "mbo, hbo of werk.",
           "Wij werken vanuit vier principes: de school is verantwoordelijk, het verband ondersteunt; één route voor "
           "alle jongeren; we meten wat we doen; en we zijn zuinig op publiek geld.")
    b += [("h1", "5 Ondersteuning op school (basisondersteuning)")]
    b += P("Beide voormalige verbanden hadden een eigen beschrijving van de basisondersteuning, met verschillende "
           "niveaus. Het gezamenlijke niveau van basisondersteuning voor alle vestigingen van Kustzone wordt in het "
           "schooljaar 2025-2026 door de werkgroep aanbod uitgewerkt en in de wijziging van dit plan opgenomen. Tot "
           "die tijd verwijzen wij naar de ondersteuningsplannen 2021-2025 van de voormalige verbanden.")
    b += [("h1", "6 Het Expertisehuis en het ondersteuningsaanbod")]
    b += P("Het Expertisehuis Kustzone gaat de plek worden waar alle bovenschoolse ondersteuning samenkomt. De "
           "opzet, de doelgroepen, de capaciteit en de relatie met de ondersteuning op de scholen worden in het "
           "transitieplan Expertisehuis uitgewerkt, dat in het najaar van 2025 aan het bestuur wordt voorgelegd. "
           "Tot de start van het Expertisehuis (beoogd: 1 augustus 2026) blijven de bestaande voorzieningen open.")
    b += [("h1", "7 Toewijzing: vso, pro en lwoo")]
    b += P("De twee loketten van de voormalige verbanden worden samengevoegd tot één Loket Kustzone. Hoe de nieuwe "
           "aanvraag- en besluitroute er precies uit komt te zien – wie aanvraagt, welke stappen er zijn, wie "
           "besluit en binnen welke termijn – wordt door de werkgroep loket uitgewerkt. In de tussentijd gelden de "
           "procedures zoals die op de website van het samenwerkingsverband staan.",
           "Over de criteria zijn de besturen het wel al eens. Die staan hieronder en gelden vanaf 1 augustus 2025.")
    b += [("table", [["Voorziening", "Criteria Kustzone"],
                     ["vso", "(a) De ondersteuningsbehoefte is zo intensief of complex dat een reguliere school die, ook met "
                      "een arrangement van het verband, niet kan bieden; (b) de school heeft een OPP opgesteld en ten "
                      "minste één volledige cyclus uitgevoerd en geëvalueerd; (c) de leerling heeft blijvend een kleine "
                      "groep en specialistische begeleiding nodig, of onderwijs gecombineerd met behandeling."],
                     ["praktijkonderwijs", "Landelijke criteria: IQ 55-80 en leerachterstand van minimaal 3 jaar op "
                      "ten minste twee domeinen, waarvan één begrijpend lezen of inzichtelijk rekenen."],
                     ["lwoo", "Kustzone hanteert eigen criteria (opting out): een leerachterstand van minimaal 1,5 jaar "
                      "op twee domeinen, óf een leerachterstand op één domein in combinatie met een "
                      "sociaal-emotionele belemmering vastgesteld door een orthopedagoog. Een IQ-test is niet "
                      "vereist. De aanwijzing geldt voor de duur van de opleiding."]])]
    b += P("Tegen een besluit over toelaatbaarheid kan bezwaar worden gemaakt. Kustzone is aangesloten bij de "
           "Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen.")
    b += [("h1", "8 Terug naar het regulier vo")]
    b += P("Wij willen dat jongeren in het vso die daar klaar voor zijn, de overstap naar het regulier vo kunnen "
           "maken, ook als dat halverwege een opleiding is. Ons doel is dat jaarlijks ten minste 25 vso-leerlingen "
           "terugkeren en dat ten minste 80% van hen een jaar later nog op de nieuwe school zit. Voorwaarde is dat "
           "de jongere in het vso twee perioden stabiel heeft gefunctioneerd en dat de ontvangende school het "
           "benodigde arrangement kan bieden. Na de overstap krijgt de ontvangende school gedurende een schooljaar "
           "een overstapbudget van € 3.000 en begeleiding door een ambulant begeleider van de vso-school.",
           "De route: de vso-school evalueert het OPP twee keer per jaar en bespreekt daarbij het perspectief op "
           "terugkeer. In het laatste jaar van de TLV organiseert de vso-school vóór 1 maart een overstapoverleg met "
           "jongere, ouders, een ontvangende school en een consulent van het samenwerkingsverband. De ontvangende "
           "school neemt binnen vier weken een plaatsingsbesluit. De consulent legt de afspraken vast in een "
           "overstapplan. Na drie maanden evalueren alle betrokkenen de overstap. Vindt het overleg dat verlenging "
           "nodig is, dan dient de vso-school een nieuwe aanvraag in; anders eindigt de TLV op 31 juli.")
    b += [("h1", "9 Geen jongere tussen wal en schip")]
    b += P("In de Kustzone zaten in 2023-2024 38 jongeren langer dan vier weken thuis. Wij hanteren de volgende "
           "aanpak. Elke school meldt een (dreigende) thuiszitter binnen vijf schooldagen aan de consulent van het "
           "verband. De consulent belegt binnen twee weken een Kansentafel met jongere, ouders, school, leerplicht en "
           "jeugdhulp. De Kansentafel maakt een plan met een terugkeerdatum. Lukt dat niet, dan besluit de "
           "interim-bestuurder binnen twee weken welke school of voorziening de jongere opneemt; de school van "
           "inschrijving houdt de zorgplicht tot dat moment.",
           "Elk kwartaal analyseren wij de meldingen. Blijkt dat er voor een groep jongeren geen passend aanbod is, "
           "dan brengt de werkgroep aanbod binnen drie maanden een voorstel uit. De eerste analyse liet zien dat er "
           "in Kust-Noord geen plek is voor jongeren die deeltijdonderwijs combineren met behandeling.")
    b += [("h1", "10 Gemeenten en jeugdhulp")]
    b += P("Met de vijf gemeenten is in een convenant afgesproken dat elke vo-school een vaste contactpersoon "
           "jeugdhulp heeft. Onderwijs-zorgarrangementen worden voortgezet op basis van de bestaande afspraken. In "
           "het OOGO van februari 2025 is afgesproken in 2026 een gezamenlijk kader voor leerlingenvervoer en "
           "voor de inzet van jeugdhulp op school op te stellen.")
    b += [("h1", "11 Resultaten en kwaliteitszorg")]
    b += P("Onze beoogde resultaten voor jongeren met een ondersteuningsbehoefte in 2029:")
    b += [("table", [["Indicator", "Nulmeting 2024", "Streefwaarde 2029"],
                     ["Thuiszitters langer dan 4 weken", "38", "maximaal 15"],
                     ["Terugkeer vso naar regulier vo per jaar", "11", "ten minste 25"],
                     ["Diploma of certificaat bij uitstroom vso", "64%", "75%"],
                     ["Lwoo-leerlingen met diploma binnen de nominale duur +1", "81%", "88%"],
                     ["Voortijdig schoolverlaters met ondersteuningsbehoefte", "3,1%", "2,0%"]])]
    b += P("Monitoring: het bureau houdt een dashboard bij met deze indicatoren, gevoed door het loket, de "
           "leerlingadministraties en DUO-gegevens. Het bestuur bespreekt het dashboard elk kwartaal. Twee keer per "
           "jaar voert de kwaliteitsmedewerker met elke school een analysegesprek. In het bestuursverslag "
           "rapporteren wij per indicator de bereikte waarde, met een verklaring bij afwijkingen van meer dan tien "
           "procent. In 2027 volgt een tussenevaluatie door een externe partij.")
    b += [("h1", "12 Financiën")]
    b += P("Kustzone ontvangt jaarlijks ruim 23 miljoen euro aan ondersteuningsmiddelen, inclusief de middelen voor "
           "lwoo en pro. De voormalige verbanden hadden elk een eigen verdeelmodel. Hoe de middelen in de nieuwe "
           "situatie over scholen en voorzieningen worden verdeeld, wordt vastgelegd in het nieuwe verdeelmodel, dat "
           "de werkgroep financiën ontwikkelt en dat in het voorjaar van 2026 aan de OPR wordt voorgelegd.",
           "De begroting hieronder geeft de verwachte besteding per hoofdpost. De post 'budgetten scholen' wordt "
           "verdeeld volgens het nieuwe verdeelmodel.")
    b += [("table", [["Begroting (x € 1.000)", "2025", "2026", "2027", "2028"],
                     ["Baten ondersteuningsmiddelen incl. lwoo/pro", "23.410", "23.180", "22.960", "22.750"],
                     ["Afdracht vso", "10.920", "10.880", "10.800", "10.760"],
                     ["Lwoo en pro", "7.850", "7.790", "7.720", "7.650"],
                     ["Budgetten scholen", "2.600", "2.450", "2.400", "2.380"],
                     ["OPDC's en Expertisehuis", "1.480", "1.620", "1.650", "1.660"],
                     ["Bureau, loket en transitiekosten", "1.010", "980", "820", "800"],
                     ["Saldo", "-450", "-540", "-430", "-500"]])]
    b += P("De negatieve saldi worden gedekt uit de reserves. De gezamenlijke algemene reserve bedroeg op 1 januari "
           "2025 € 4,6 miljoen, ruim boven de signaleringswaarde. Het bestuur bouwt de bovenmatige reserve in de "
           "planperiode gefaseerd af.")
    b += filler_regio(C4)
    b += filler_terugblik(C4) + filler_overgangen(C4) + filler_kennis(C4) + filler_risico(C4) + filler_scholencommunicatie(C4)
    b += filler_planning(C4, ['2025: start Loket Kustzone, werkgroepen loket, aanbod en financiën', 'voorjaar 2026: wijziging ondersteuningsplan met verdeelmodel en standaard ondersteuning op school', '1 augustus 2026: start Expertisehuis', '2027: tussenevaluatie', '2028-2029: voorbereiding volgend plan'])
    b += filler_governance(C4) + filler_opr(C4, with_parents=False) + filler_personeel(C4) + filler_ict(C4) + filler_totstandkoming(C4)
    b += [("h1", "Lijst van afkortingen"),
          ("ul", ["LWOO – leerwegondersteunend onderwijs", "OJSP – ouder- en jeugdsteunpunt",
                  "OPDC – orthopedagogisch-didactisch centrum", "OPP – ontwikkelingsperspectiefplan",
                  "OPR – ondersteuningsplanraad", "PrO – praktijkonderwijs", "TLV – toelaatbaarheidsverklaring"])]
    return b


L4 = dict(
    documents=["vo-kustzone-transitie.pdf"], sector="vo", looks_like_plan=True,
    elements={"basisondersteuning": "missing", "plaatsing": "partial", "terugstroom": "present",
              "financien": "partial", "dekkend-aanbod": "partial", "resultaten": "present", "ouders": "missing"},
    criteria={"basisondersteuning.niveau": False, "basisondersteuning.inhoud": False,
              "plaatsing.procedure": False, "plaatsing.criteria": True,
              "terugstroom.procedure": True, "terugstroom.beleid": True,
              "financien.verdeling": False, "financien.besteding": True,
              "dekkend-aanbod.continuum": False, "dekkend-aanbod.lacunes": True,
              "resultaten.doelen": True, "resultaten.monitoring": True,
              "ouders.informatie": False, "ouders.steunpunt": False},
    advisory_addressed={"plaatsing": ["duur-categorie", "bezwaar"], "financien": ["reserves"],
                        "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"]},
    notes={"basisondersteuning": "H5 only defers the joint level to 2025-2026 and refers to the previous verbanden's plans (not included).",
           "plaatsing": "H7 gives vso/pro/lwoo criteria in a table and mentions bezwaar/LBT, but the procedure is deferred to the werkgroep and referred to the website.",
           "terugstroom": "H8: aims/conditions/overstapbudget (beleid) and the route with actors, deadlines, evaluation, end of TLV (procedure).",
           "financien": "H12 has a 2025-2028 begroting with amounts and reserves, but the verdeelmodel is deferred to spring 2026.",
           "dekkend-aanbod": "H6 defers the whole support offer to the transitieplan Expertisehuis; H9 Kansentafel, zorgplicht, quarterly gap analysis; H10 gemeenten.",
           "resultaten": "H11 indicator table with nulmeting and streefwaarden plus dashboard, quarterly board review, reporting in bestuursverslag.",
           "ouders": "No chapter or text on informing parents or independent support; OJSP only in the abbreviation list; ouders only mentioned in passing."})


# ================================================================ PLAN 5: PO plain web version (html)
C5 = dict(naam="Samenwerkingsverband Passend Primair Onderwijs Heuvelrand-Zuid", rechtsvorm="stichting", besturen=8,
          code="PO 21-08", statuten="2020", fte="11,5", opr=10, opr_ouders="ouders",
          gov_zin="Het bestuur bestaat uit een directeur-bestuurder; de acht schoolbesturen vormen samen de raad van toezicht.",
          traject="2024", oogo="30 januari 2025", ander_swv="VO Heuvelrand", overleg="6 februari 2025",
          opr_datum="25 maart 2025", vastgesteld="1 april 2025", periode="2025-2029")


def plan5():
    b = [("header", "Passend Primair Heuvelrand-Zuid — webversie ondersteuningsplan"),
         ("title", "Ondersteuningsplan 2025-2029 (webversie)"),
         ("sub", "Samenwerkingsverband Passend Primair Onderwijs Heuvelrand-Zuid (PO 21-08). Dit is de webversie van "
                 "ons ondersteuningsplan. De hoofdstukken staan op deze pagina onder elkaar. De bijlagen zijn los te downloaden."),
         ("toc", ["Over dit plan", "Onze scholen", "Visie en ambities", "Basisondersteuning", "Het ondersteuningsaanbod",
                  "Toelaatbaarheid (zie bijlage 3)", "Terugplaatsing", "Ouders", "Opbrengsten en kwaliteit",
                  "Financiën (zie meerjarenbegroting)", "Organisatie en governance", "Medezeggenschap",
                  "Personeel en professionalisering", "Informatievoorziening, ICT en privacy",
                  "Totstandkoming van dit plan", "Bijlagen"]),
         ("h1", "Over dit plan")]
    b += P("Welkom op de webversie van het ondersteuningsplan 2025-2029 van Passend Primair Heuvelrand-Zuid. Wij "
           "hebben gekozen voor een webversie omdat die beter leesbaar is op telefoon en tablet, en omdat we "
           "onderdelen gemakkelijker kunnen bijwerken. De inhoud is gelijk aan de pdf-versie die het bestuur op "
           "1 april 2025 heeft vastgesteld.",
           "Het plan beschrijft hoe de acht schoolbesturen in ons gebied samen zorgen dat ieder kind onderwijs krijgt "
           "dat past. Het is opgebouwd uit korte hoofdstukken. Procedures, formulieren en de begroting staan in de "
           "bijlagen en op de pagina's voor scholen.",
           "Hoe leest u dit plan? Elk hoofdstuk begint met de kern in een paar zinnen. Daarna volgt een toelichting. "
           "Wie alleen wil weten wat er voor zijn of haar school verandert, kan volstaan met de eerste alinea van elk "
           "hoofdstuk. Schoolleiders en intern begeleiders vinden in de toelichting de afspraken die voor hen gelden. "
           "Woorden die in het onderwijs veel worden gebruikt, maar voor buitenstaanders niet altijd duidelijk zijn, "
           "worden uitgelegd in de begrippenlijst in bijlage 1.",
           "Dit plan is het derde ondersteuningsplan van ons samenwerkingsverband. Het bouwt voort op de plannen van "
           "2014 en 2020 (verlengd tot 2025). Veel afspraken uit die plannen blijven gelden; waar wij iets veranderen, "
           "geven wij dat in de tekst aan. Het plan is besproken met de gemeenten in het op overeenstemming gericht "
           "overleg en met het samenwerkingsverband voor voortgezet onderwijs in ons gebied, en de OPR heeft ermee "
           "ingestemd. De formele stappen staan in het hoofdstuk over de totstandkoming.",
           "Wij realiseren ons dat een plan op papier pas betekenis krijgt als het in de scholen wordt waargemaakt. "
           "Daarom nodigen wij iedereen uit om het bureau aan te spreken wanneer afspraken uit dit plan in de praktijk "
           "niet werken. Signalen van scholen nemen wij mee in de jaarlijkse bijstelling van het jaarplan.")
    b += [("h1", "Onze scholen")]
    b += P("In ons gebied liggen 41 basisscholen, twee scholen voor speciaal basisonderwijs (sbo De Regenboog en sbo "
           "Het Palet) en twee so-scholen (De Linde, cluster 3, en Het Baken, cluster 4). Samen gaan er ongeveer 11.200 "
           "kinderen naar school. De scholen liggen verspreid over vier gemeenten, van de stad aan de voet van de "
           "heuvelrug tot de dorpen in het rivierengebied.",
           "De verschillen tussen de scholen zijn groot: in grootte, in leerlingpopulatie en in denominatie. Er zijn "
           "openbare, katholieke, protestants-christelijke, algemeen bijzondere en twee vrijeschool-scholen. Die "
           "verscheidenheid zien wij als een rijkdom. Ouders kunnen kiezen, en scholen leren van elkaar.")
    b += [("h1", "Visie en ambities")]
    b += P("Wij willen dat elk kind zich op school kan ontwikkelen, in een omgeving waarin het zich veilig en gezien "
           "voelt. Wij geloven in inclusief onderwijs waar dat kan en in specialistisch onderwijs waar dat nodig is. "
           "De leerkracht maakt het verschil; wij zorgen dat leerkrachten niet alleen staan.",
           "Onze ambities voor 2025-2029 zijn: sterke basisondersteuning op alle scholen, meer expertise dicht bij de "
           "klas, een soepele overgang tussen speciaal en regulier onderwijs, en minder bureaucratie voor scholen.")
    b += [("h1", "Basisondersteuning")]
    b += P("Basisondersteuning is het door alle acht besturen afgesproken niveau van ondersteuning dat iedere "
           "basisschool in Heuvelrand-Zuid, op elke locatie, biedt. Het is een ondergrens die voor alle scholen "
           "gelijk is; scholen bieden daarnaast vaak meer. Dit kunt u als ouder op elke school verwachten:")
    b += [("ul", ["een intern begeleider die de ondersteuning in de school coördineert en ouders en leerkrachten adviseert;",
                  "drie keer per jaar een groepsbespreking en ten minste twee keer per jaar een gesprek met ouders over "
                  "de ontwikkeling van hun kind;",
                  "aanpak van lees- en rekenproblemen volgens de landelijke protocollen, met extra instructie in de groep;",
                  "een aanbod voor kinderen die meer aankunnen, met verrijkingsstof en compacten;",
                  "een methode voor sociale veiligheid en een aanpak tegen pesten;",
                  "een ontwikkelingsperspectief (OPP) voor elk kind dat op onderdelen een eigen leerlijn volgt;",
                  "consultatie van een orthopedagoog van het samenwerkingsverband, zonder aanvraag, ten minste vier "
                  "keer per jaar per school."])]
    b += P("Scholen beschrijven hun invulling van de basisondersteuning in de schoolgids. Eens per twee jaar "
           "bezoekt het samenwerkingsverband elke school voor een kwaliteitsgesprek over de basisondersteuning.")
    b += [("h1", "Het ondersteuningsaanbod")]
    b += P("Ons ondersteuningsaanbod bestaat uit vier niveaus die op elkaar aansluiten.")
    b += [("table", [["Niveau", "Inhoud", "Wie regelt het"],
                     ["1. Basis", "Basisondersteuning op elke school", "School"],
                     ["2. Extra op school", "Schoolarrangementen: extra handen in de klas, een ambulant begeleider, "
                      "inzet van een gedragsspecialist", "School, met het schoolbudget"],
                     ["3. Bovenschools", "De Ontdekklas (voltijd hoogbegaafdheid), De Taalboot (nieuwkomers, één jaar), "
                      "Klas Op Maat (kleine groep op een reguliere school voor kinderen met gedragsproblemen, max. 1 jaar)",
                      "Samenwerkingsverband, op aanvraag van de school"],
                     ["4. Speciaal", "sbo De Regenboog, sbo Het Palet, so De Linde, so Het Baken", "Met een TLV (bijlage 3)"]])]
    b += P("Kinderen stromen zo nodig door naar een volgend niveau en, waar het kan, terug. Een school die merkt "
           "dat zij met niveau 2 niet uitkomt, kan het samenwerkingsverband vragen mee te denken over niveau 3.",
           "Dat er in onze regio kinderen zijn die zonder passende plek thuis zitten, weten we. Een aanpak daarvoor, "
           "inclusief afspraken met leerplicht en gemeenten, gaan we in de loop van de planperiode ontwikkelen.")
    b += [("h1", "Toelaatbaarheid")]
    b += P("Voor een plaatsing op het sbo of so is een toelaatbaarheidsverklaring (TLV) nodig. De procedure, de "
           "formulieren en de criteria die het samenwerkingsverband hanteert, vindt u in bijlage 3 'Route naar sbo en "
           "so' (pdf, los te downloaden).")
    b += [("h1", "Terugplaatsing")]
    b += P("Wij vinden dat een plaatsing in het sbo of so tijdelijk kan zijn. Ons uitgangspunt is dat ieder kind "
           "waarvoor dat verantwoord is, terugkeert naar een basisschool dicht bij huis. Wij streven naar terugkeer "
           "als het kind in het sbo of so zijn leerdoelen haalt en als de ondersteuningsbehoefte met basis- of extra "
           "ondersteuning op een basisschool kan worden opgevangen. Terugkeer gebeurt alleen met instemming van de "
           "ouders. De ontvangende basisschool krijgt na de overstap een jaar lang een arrangement van het "
           "samenwerkingsverband (begeleiding door een ambulant begeleider van de sbo- of so-school, zes uur per "
           "week in de eerste drie maanden), zodat het kind niet terugvalt.",
           "Hoe het proces van terugplaatsing er stap voor stap uitziet, leggen wij in 2026 vast in een werkinstructie "
           "voor scholen.")
    b += [("h1", "Ouders")]
    b += P("Ouders zijn belangrijke partners. Zij denken mee over het OPP en zijn aanwezig bij besprekingen over hun "
           "kind. In de ondersteuningsplanraad zijn ouders vertegenwoordigd.",
           "Hoe wij ouders informeren over de ondersteuningsmogelijkheden in onze regio, beschrijven we in het "
           "communicatieplan dat in 2026 wordt vastgesteld.",
           "Komt u er als ouder met de school niet uit, of wilt u onafhankelijk advies? Dan kunt u contact opnemen met "
           "het Ouder- en Jeugdsteunpunt Heuvelrand. Het steunpunt is onafhankelijk van school en samenwerkingsverband, "
           "luistert naar uw vraag, helpt bij het voorbereiden van gesprekken en bemiddelt zo nodig. Daarnaast kunt u "
           "gratis een onderwijsconsulent inschakelen. Bij een geschil over toelating of het OPP kunt u naar de "
           "Geschillencommissie passend onderwijs; klachten over het samenwerkingsverband behandelen wij volgens "
           "onze klachtenregeling, met beroep op de landelijke klachtencommissie.")
    b += [("h1", "Opbrengsten en kwaliteit")]
    b += P("Welke resultaten wij per jaar willen bereiken, staat in het jaarplan van het samenwerkingsverband.",
           "Wij volgen de ondersteuning nauwgezet. Twee keer per jaar, op 1 oktober en 1 maart, verzamelt het bureau per "
           "school het aantal arrangementen, het aantal TLV's, de deelname aan sbo en so, het aantal terugplaatsingen "
           "en de tevredenheid van ouders en scholen over de ondersteuning. Deze gegevens bespreken wij in de "
           "kwaliteitsgesprekken met de scholen en in het bestuur. In het jaarverslag rapporteren wij de bereikte "
           "resultaten en vergelijken wij ze met voorgaande jaren. Aan het einde van de planperiode laten wij het plan "
           "onafhankelijk evalueren; de uitkomsten gebruiken wij voor het volgende plan.")
    b += [("h1", "Financiën")]
    b += P("Het samenwerkingsverband ontvangt middelen voor extra ondersteuning. Het verdeelmodel en de "
           "meerjarenbegroting worden jaarlijks door het bestuur vastgesteld en zijn te vinden op de pagina "
           "'Financiën' van deze website en in het jaarverslag.")
    b += filler_regio(C5) + filler_faq(C5)
    b += filler_terugblik(C5) + filler_overgangen(C5) + filler_kennis(C5) + filler_risico(C5) + filler_scholencommunicatie(C5)
    b += filler_planning(C5, ['2025-2026: invoering nieuwe kwaliteitsgesprekken en digitaal portaal', '2026: werkinstructie terugplaatsing en communicatieplan', '2026-2027: uitbreiding De Ontdekklas', '2027-2028: tussenevaluatie', '2028-2029: eindevaluatie en nieuw plan'])
    b += filler_governance(C5) + filler_opr(C5) + filler_personeel(C5) + filler_ict(C5) + filler_totstandkoming(C5)
    b += [("h1", "Bijlagen"),
          ("ul", ["Bijlage 1 Begrippenlijst (pdf)", "Bijlage 2 Kaart basisondersteuning (pdf)",
                  "Bijlage 3 Route naar sbo en so: procedure en criteria TLV (pdf)",
                  "Bijlage 4 Meerjarenbegroting 2025-2029 (pdf)", "Bijlage 5 OOGO-verslag (pdf)"])]
    return b


L5 = dict(
    documents=["po-heuvelrand-zuid-web.html"], sector="po", looks_like_plan=True,
    elements={"basisondersteuning": "present", "plaatsing": "missing", "terugstroom": "partial",
              "financien": "missing", "dekkend-aanbod": "partial", "resultaten": "partial", "ouders": "partial"},
    criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
              "plaatsing.procedure": False, "plaatsing.criteria": False,
              "terugstroom.procedure": False, "terugstroom.beleid": True,
              "financien.verdeling": False, "financien.besteding": False,
              "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": False,
              "resultaten.doelen": False, "resultaten.monitoring": True,
              "ouders.informatie": False, "ouders.steunpunt": True},
    advisory_addressed={"basisondersteuning": ["borging"], "ouders": ["betrokkenheid"]},
    notes={"basisondersteuning": "'Basisondersteuning' defines the shared ondergrens for every location and lists seven concrete provisions.",
           "plaatsing": "'Toelaatbaarheid' only refers to bijlage 3 (a separate download, not part of the input).",
           "terugstroom": "'Terugplaatsing' gives aims, conditions and a one-year arrangement after return (beleid); the step-by-step process is deferred to a 2026 werkinstructie.",
           "financien": "'Financiën' only refers to the website page, jaarverslag and bijlage 4; no verdeling or amounts in the text.",
           "dekkend-aanbod": "Four-level table with named voorzieningen (continuum); the thuiszitters/no-place approach is deferred ('gaan we ontwikkelen').",
           "resultaten": "'Opbrengsten en kwaliteit' describes twice-yearly data collection, gesprekken, jaarverslag, end evaluation; intended results only referred to the jaarplan.",
           "ouders": "'Ouders' describes the independent OJSP, onderwijsconsulent, geschillencommissie; how parents are informed is deferred to a 2026 communicatieplan."})


# ================================================================ NOT A PLAN: jaarverslag PO verband (docx)
def jaarverslag():
    b = [("header", "Jaarverslag 2024 — Stichting Passend Onderwijs Polderkring (PO 27-12)"),
         ("title", "Jaarverslag 2024"),
         ("sub", "Stichting Passend Onderwijs Polderkring, samenwerkingsverband primair onderwijs PO 27-12"),
         ("sub", "Bestuursverslag en kengetallen over het kalenderjaar 2024"),
         ("toc", ["1 Voorwoord", "2 Het samenwerkingsverband in 2024", "3 Uitvoering van het ondersteuningsplan 2022-2026",
                  "4 Toelaatbaarheidsverklaringen en deelname", "5 Thuiszitters", "6 Ouders en klachten",
                  "7 Medezeggenschap en OOGO", "8 Personeel", "9 Financieel verslag", "10 Vooruitblik 2025"]),
         ("h1", "1 Voorwoord")]
    b += P("Met genoegen bieden wij u het jaarverslag 2024 van Stichting Passend Onderwijs Polderkring aan. In dit "
           "verslag leggen wij verantwoording af over de uitvoering van het ondersteuningsplan 2022-2026 in het "
           "afgelopen kalenderjaar, over de inzet van de middelen en over de resultaten die wij hebben bereikt.",
           "2024 was een jaar van consolidatie. De in het ondersteuningsplan afgesproken werkwijzen zijn inmiddels "
           "ingeburgerd. Tegelijk zagen we het aantal aanvragen voor toelaatbaarheid toenemen, vooral voor jonge "
           "kinderen. Daar komen we in dit verslag op terug.",
           "Het jaarverslag is besproken met de raad van toezicht op 10 juni 2025 en ter kennisname gestuurd aan de OPR.",
           "A. de Wit, directeur-bestuurder")
    b += [("h1", "2 Het samenwerkingsverband in 2024")]
    b += P("Polderkring omvat 47 basisscholen, één sbo-school en twee so-locaties van zes besturen in drie gemeenten. "
           "Op 1 oktober 2024 telden de scholen 12.930 leerlingen, 1,4% minder dan een jaar eerder.",
           "Het bestuur kwam in 2024 negen keer bijeen; de raad van toezicht vijf keer. De raad van toezicht keurde de "
           "jaarrekening 2023 en de begroting 2025 goed. Er waren geen wijzigingen in de samenstelling van bestuur en "
           "toezicht. De directeur-bestuurder ontving een bezoldiging binnen de WNT-norm.")
    b += [("h1", "3 Uitvoering van het ondersteuningsplan 2022-2026")]
    b += P("In het ondersteuningsplan 2022-2026 hebben wij vier doelen geformuleerd. Hieronder rapporteren wij de stand "
           "van zaken per eind 2024.",
           "Doel 1, alle scholen voldoen aan de basisondersteuning: 43 van de 47 scholen voldeden bij de audit 2024 "
           "volledig (2023: 39). De vier overige scholen werken met een verbeterplan.",
           "Doel 2, meer expertise in de klas: het aantal schoolarrangementen steeg van 412 naar 455. Het netwerk "
           "gedragsspecialisten kwam zes keer bijeen.",
           "Doel 3, minder thuiszitters: zie hoofdstuk 5.",
           "Doel 4, soepele overgangen: 14 kinderen keerden in 2024 terug van sbo of so naar een basisschool (2023: 9). "
           "Van hen zaten er na zes maanden nog 13 op de nieuwe school.")
    b += [("h1", "4 Toelaatbaarheidsverklaringen en deelname")]
    b += [("table", [["", "2022", "2023", "2024"],
                     ["TLV's sbo afgegeven", "61", "58", "66"],
                     ["TLV's so afgegeven (laag/midden/hoog)", "38/6/2", "41/5/3", "47/7/2"],
                     ["Afgewezen aanvragen", "4", "3", "5"],
                     ["Bezwaarschriften", "1", "0", "2"],
                     ["Deelnamepercentage sbo", "2,31%", "2,28%", "2,35%"],
                     ["Deelnamepercentage so", "1,42%", "1,47%", "1,58%"]])]
    b += P("De stijging bij het so betreft vooral jonge kinderen met een ontwikkelingsachterstand. De "
           "Commissie Toelaatbaarheid heeft in 2024 gemiddeld binnen 27 werkdagen besloten. Beide bezwaarschriften zijn "
           "voorgelegd aan de Landelijke Bezwaaradviescommissie; één bezwaar is gegrond verklaard, waarna een nieuwe "
           "TLV is afgegeven.")
    b += [("h1", "5 Thuiszitters")]
    b += P("In 2024 werden 19 kinderen gemeld die langer dan vier weken niet naar school gingen (2023: 23). Voor 15 van "
           "hen is binnen drie maanden een passende plek gevonden. Vier kinderen hadden aan het einde van het jaar nog "
           "geen volledig onderwijsprogramma; voor hen loopt een traject via de Doorbraaktafel.")
    b += [("h1", "6 Ouders en klachten")]
    b += P("Het ouderpanel kwam in 2024 drie keer bijeen en gaf advies over de nieuwe ouderbrochure, die in september "
           "is verschenen. De ouderpagina van de website werd 8.400 keer bezocht. Het ouder- en jeugdsteunpunt "
           "Polderkring, dat wij samen met de gemeenten financieren, behandelde 131 vragen van ouders.",
           "Er zijn in 2024 twee klachten ontvangen over het samenwerkingsverband. Beide zijn in een gesprek naar "
           "tevredenheid afgehandeld. Er is geen zaak voorgelegd aan de Geschillencommissie passend onderwijs.")
    b += [("h1", "7 Medezeggenschap en OOGO")]
    b += P("De ondersteuningsplanraad vergaderde zes keer. De OPR stemde in met een wijziging van het "
           "ondersteuningsplan over de verdeling van de middelen voor hoogbegaafdheid. Het jaarlijkse OOGO met de drie "
           "gemeenten vond plaats op 14 november 2024; onderwerpen waren leerlingenvervoer en jeugdhulp op school.")
    b += [("h1", "8 Personeel")]
    b += P("Het bureau telde eind 2024 12 medewerkers (9,6 fte). Het ziekteverzuim bedroeg 3,8%. Twee "
           "orthopedagogen volgden de opleiding tot GZ-psycholoog. Er waren geen vacatures die langer dan drie maanden "
           "openstonden.")
    b += [("h1", "9 Financieel verslag")]
    b += [("table", [["Realisatie 2024 (x € 1.000)", "Begroting 2024", "Realisatie 2024", "Realisatie 2023"],
                     ["Baten", "10.820", "10.910", "10.540"],
                     ["Afdracht sbo en so", "5.760", "5.980", "5.610"],
                     ["Schoolbudgetten besturen", "3.150", "3.150", "3.080"],
                     ["Arrangementen en bovenschoolse voorzieningen", "1.140", "1.090", "1.020"],
                     ["Bureau en organisatie", "810", "830", "790"],
                     ["Resultaat", "-40", "-140", "40"]])]
    b += P("Het negatieve resultaat wordt vooral verklaard door de hogere afdracht aan het so. De algemene reserve "
           "daalde naar € 1,52 miljoen; het weerstandsvermogen bedraagt 14%. De besturen hebben over 2024 "
           "verantwoording afgelegd over de besteding van de schoolbudgetten; alle verantwoordingen zijn ontvangen.")
    b += [("h1", "10 Vooruitblik 2025")]
    b += P("In 2025 starten wij de voorbereiding van het nieuwe ondersteuningsplan 2026-2030. Daarnaast breiden "
           "wij de voorziening voor jonge kinderen uit en evalueren wij het verdeelmodel.")
    return b


# ---------------------------------------------------------------- labels
ORDER = ["basisondersteuning", "plaatsing", "terugstroom", "financien", "dekkend-aanbod", "resultaten", "ouders"]


def write_label(name, lab):
    q = lambda s: '"%s"' % s.replace("\\", "\\\\").replace('"', '\\"')
    lines = ["documents: [%s]" % ", ".join(lab["documents"]),
             "sector: %s" % lab["sector"],
             "looks_like_plan: %s" % ("true" if lab["looks_like_plan"] else "false")]
    if not lab["looks_like_plan"]:
        lines += ["elements: {}", "criteria: {}", "advisory_addressed: {}", "notes:"]
        for k, v in lab["notes"].items():
            lines.append("  %s: %s" % (k, q(v)))
    else:
        lines.append("elements: {%s}" % ", ".join("%s: %s" % (e, lab["elements"][e]) for e in ORDER))
        lines.append("criteria:")
        for k, v in lab["criteria"].items():
            lines.append("  %s: %s" % (k, "true" if v else "false"))
        lines.append("advisory_addressed:")
        for e in ORDER:
            if e in lab["advisory_addressed"]:
                lines.append("  %s: [%s]" % (e, ", ".join(lab["advisory_addressed"][e])))
        lines.append("notes:")
        for e in ORDER:
            lines.append("  %s: %s" % (e, q(lab["notes"][e])))
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


LJ = dict(documents=["po-polderkring-jaarverslag-2024.docx"], sector="po", looks_like_plan=False,
          notes={"document": "Annual report (jaarverslag 2024) of a PO samenwerkingsverband: it accounts for the execution "
                             "of an existing plan (realised figures, TLV counts, realisatie vs begroting) and is not the "
                             "ondersteuningsplan itself."})


def main():
    jobs = [
        ("vo-merwestad-stedelijk.docx", plan1, render_docx, "vo-merwestad-stedelijk.expected.yaml", L1),
        ("po-kempenhoek.docx", plan2, render_docx, "po-kempenhoek.expected.yaml", L2),
        ("po-oevers-velden-ouders.pdf", plan3, render_pdf, "po-oevers-velden-ouders.expected.yaml", L3),
        ("vo-kustzone-transitie.pdf", plan4, render_pdf, "vo-kustzone-transitie.expected.yaml", L4),
        ("po-heuvelrand-zuid-web.html", plan5, render_html, "po-heuvelrand-zuid-web.expected.yaml", L5),
        ("po-polderkring-jaarverslag-2024.docx", jaarverslag, render_docx,
         "po-polderkring-jaarverslag-2024.expected.yaml", LJ),
    ]
    for fname, fn, render, lname, lab in jobs:
        render(fn(), os.path.join(OUT, fname))
        write_label(lname, lab)
        print("wrote", fname, lname)


if __name__ == "__main__":
    main()
