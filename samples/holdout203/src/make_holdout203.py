#!/usr/bin/env python3
"""Generate the holdout203 test set: five fictional ondersteuningsplannen (PO and VO) and one
near-miss document (a school-level 'ondersteuningsplan'), plus hand-written label files.

Deterministic, no network. Output goes to the folder above this script's folder.
PDFs are rendered from .docx with LibreOffice (soffice --headless --convert-to pdf).
"""
import html
import shutil
import subprocess
import tempfile
from pathlib import Path

from docx import Document
from docx.shared import Pt

OUT = Path(__file__).resolve().parent.parent

# --------------------------------------------------------------------------------------------
# Block model: ("title", t, sub) ("toc", [lines]) ("h1", t) ("h2", t) ("p", t) ("ul", [..])
# ("table", [[..],[..]])  first row = header
# --------------------------------------------------------------------------------------------


def render_docx(blocks, header_text, path):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = header_text
    sec.footer.paragraphs[0].text = header_text + " | concept voor OPR en OOGO"
    for b in blocks:
        kind = b[0]
        if kind == "title":
            doc.add_heading(b[1], 0)
            for line in b[2]:
                doc.add_paragraph(line)
            doc.add_page_break()
        elif kind == "toc":
            doc.add_heading("Inhoudsopgave", 1)
            for line in b[1]:
                doc.add_paragraph(line)
            doc.add_page_break()
        elif kind == "h1":
            doc.add_heading(b[1], 1)
        elif kind == "h2":
            doc.add_heading(b[1], 2)
        elif kind == "p":
            doc.add_paragraph(b[1])
        elif kind == "ul":
            for it in b[1]:
                doc.add_paragraph(it, style="List Bullet")
        elif kind == "table":
            rows = b[1]
            t = doc.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    t.cell(i, j).text = c
            doc.add_paragraph("")
    doc.save(str(path))


def render_html(blocks, header_text, path):
    out = ["<!DOCTYPE html>", '<html lang="nl"><head><meta charset="utf-8">',
           "<title>%s</title></head><body>" % html.escape(header_text),
           '<header><p class="site">%s</p><nav><a href="#">Home</a> | <a href="#">Ouders</a> | '
           '<a href="#">Scholen</a> | <a href="#">Toelaatbaarheid</a> | <a href="#">Contact</a></nav></header>'
           % html.escape(header_text), "<main>"]
    for b in blocks:
        kind = b[0]
        if kind == "title":
            out.append("<h1>%s</h1>" % html.escape(b[1]))
            for line in b[2]:
                out.append('<p class="sub">%s</p>' % html.escape(line))
        elif kind == "toc":
            out.append('<nav class="toc"><h2>Inhoud</h2><ul>')
            out += ["<li>%s</li>" % html.escape(x) for x in b[1]]
            out.append("</ul></nav>")
        elif kind == "h1":
            out.append("<h2>%s</h2>" % html.escape(b[1]))
        elif kind == "h2":
            out.append("<h3>%s</h3>" % html.escape(b[1]))
        elif kind == "p":
            out.append("<p>%s</p>" % html.escape(b[1]))
        elif kind == "ul":
            out.append("<ul>" + "".join("<li>%s</li>" % html.escape(x) for x in b[1]) + "</ul>")
        elif kind == "table":
            rows = b[1]
            out.append("<table border=\"1\"><thead><tr>" + "".join("<th>%s</th>" % html.escape(c) for c in rows[0])
                       + "</tr></thead><tbody>")
            for r in rows[1:]:
                out.append("<tr>" + "".join("<td>%s</td>" % html.escape(c) for c in r) + "</tr>")
            out.append("</tbody></table>")
    out.append("</main><footer><p>&copy; 2026 %s &middot; privacyverklaring &middot; cookies</p></footer>"
               % html.escape(header_text))
    out.append("</body></html>")
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


def docx_to_pdf(docx_path, pdf_path):
    tmp = Path(tempfile.mkdtemp(prefix="holdout203_pdf_"))
    try:
        src = tmp / docx_path.name
        shutil.copy(docx_path, src)
        subprocess.run(["soffice", "--headless", "-env:UserInstallation=file://%s/profile" % tmp,
                        "--convert-to", "pdf", "--outdir", str(tmp), str(src)],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
        shutil.copy(tmp / (docx_path.stem + ".pdf"), pdf_path)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


# --------------------------------------------------------------------------------------------
# Shared filler (parametrised). None of these blocks addresses an element criterion unless a
# flag says so; the flags are used consistently with the labels.
# --------------------------------------------------------------------------------------------

def voorwoord(c):
    return [
        ("h1", "Voorwoord"),
        ("p", f"Voor u ligt het ondersteuningsplan {c['periode']} van {c['naam']}. Het plan is het resultaat van "
              f"een jaar lang praten, schrijven, schrappen en opnieuw beginnen. Schoolleiders, intern begeleiders, "
              f"ondersteuningscoördinatoren, bestuurders, leden van de ondersteuningsplanraad en onze partners in de "
              f"gemeenten hebben meegedacht. Wij zijn hen daar zeer erkentelijk voor."),
        ("p", f"De afgelopen planperiode stond in het teken van verandering. Het lerarentekort raakte ook onze "
              f"{c['scholen']}, de vraag naar ondersteuning nam toe en de wereld om de school heen veranderde snel. "
              f"Tegelijk zagen wij hoe leraren dag in dag uit het verschil maken voor leerlingen die iets extra's "
              f"nodig hebben. Dat vakmanschap is het fundament onder dit plan. Middelen en regels zijn belangrijk, "
              f"maar uiteindelijk gebeurt passend onderwijs in de klas."),
        ("p", "Dit plan is geen eindpunt. Het is een gezamenlijke koers die we ieder jaar in het jaarplan vertalen "
              "naar concrete activiteiten. Wij nodigen iedereen, ook ouders en leerlingen, uit om ons scherp te "
              "houden. Laat ons weten wat goed gaat en vooral ook wat beter kan."),
        ("p", f"{c['bestuurder']}, directeur-bestuurder"),
    ]


def leeswijzer(c, lines):
    return [("h1", "Leeswijzer"),
            ("p", "Dit plan is zo opgebouwd dat iedere lezer snel kan vinden wat voor hem of haar van belang is. "
                  "Hieronder staat per hoofdstuk in één zin waar het over gaat. Wie weinig tijd heeft, leest in "
                  "ieder geval het hoofdstuk over onze visie.")] + [("ul", lines)]


def regio(c, rows, extra=""):
    return [("h1", "Ons samenwerkingsverband in cijfers"),
            ("p", f"{c['naam']} ({c['code']}) omvat het grondgebied van de gemeenten {c['gemeenten']}. "
                  f"In het verband werken {c['nbesturen']} schoolbesturen samen. De regio kent zowel stedelijke "
                  f"kernen als uitgestrekte plattelandsgebieden, wat gevolgen heeft voor reisafstanden en "
                  f"leerlingenvervoer. {extra}"),
            ("table", rows),
            ("p", "Bron: eigen registratie en DUO, teldatum 1 oktober 2025. De aantallen zijn afgerond. "
                  "De prognoses laten voor de komende vier jaar een lichte daling van het totale leerlingaantal "
                  "zien, met verschillen tussen de kernen.")]


def visie(c):
    return [("h1", "Visie en missie"),
            ("h2", "Onze visie"),
            ("p", "Ieder kind en iedere jongere heeft recht op onderwijs dat past. Dat is geen slogan maar de "
                  "opdracht die de wet ons meegeeft en die wij van harte onderschrijven. Wij geloven dat leerlingen "
                  "het best tot hun recht komen in een omgeving die aansluit bij wat zij kunnen en willen, zo dicht "
                  "mogelijk bij huis en samen met leeftijdgenoten. Dat vraagt om scholen die zich eigenaar voelen "
                  "van alle leerlingen in de wijk of de regio, en om een samenwerkingsverband dat faciliteert, "
                  "verbindt en waar nodig ook corrigeert."),
            ("p", "Wij kijken naar wat een leerling nodig heeft en niet in de eerste plaats naar een label of een "
                  "diagnose. Onderwijsbehoeften staan centraal. Leraren, ouders en leerlingen zijn daarbij "
                  "partners: zij weten vaak het beste wat werkt. Wij hechten aan korte lijnen, aan vertrouwen en "
                  "aan het principe dat één gesprek met de juiste mensen aan tafel meer oplevert dan drie "
                  "formulieren."),
            ("h2", "Missie"),
            ("p", f"{c['naam']} zorgt er samen met de aangesloten besturen voor dat iedere leerling in de regio een "
                  "passende plek krijgt, zodat hij of zij zich zo ononderbroken mogelijk kan ontwikkelen."),
            ("h2", "Kernwaarden"),
            ("ul", ["Samen: we zijn gezamenlijk verantwoordelijk, besturen spreken elkaar aan.",
                    "Dichtbij: ondersteuning zo dicht mogelijk bij de leerling en de leraar.",
                    "Eenvoudig: zo min mogelijk bureaucratie, zo veel mogelijk tijd voor de leerling.",
                    "Transparant: we zijn open over keuzes, geld en dilemma's.",
                    "Lerend: we evalueren onze eigen werkwijze en durven bij te sturen."])]


def governance(c):
    return [("h1", "Organisatie en governance"),
            ("p", f"{c['naam']} is een stichting. Alle schoolbesturen met een of meer vestigingen in de regio zijn "
                  "aangesloten. Het bestuur van de stichting is ingericht volgens het raad-van-toezichtmodel: een "
                  "directeur-bestuurder is belast met het besturen, een raad van toezicht met vijf onafhankelijke "
                  "leden houdt toezicht. De schoolbesturen komen vier keer per jaar bijeen in de "
                  "Algemene Vergadering, die onder meer de benoeming van toezichthouders voordraagt en het "
                  "ondersteuningsplan vaststelt."),
            ("p", "Het bureau van het samenwerkingsverband bestaat uit een klein team: de directeur-bestuurder, een "
                  "beleidsmedewerker, een controller, een secretariaat en een pool van orthopedagogen en "
                  "consulenten die de scholen ondersteunen. De statuten bevatten een regeling voor geschillen tussen "
                  "de aangesloten besturen; die is in de vorige planperiode niet gebruikt."),
            ("p", "Wij volgen de Code Goed Bestuur van de sectororganisatie. Scheiding van bestuur en toezicht is "
                  "geborgd. Nevenfuncties van bestuurder en toezichthouders worden jaarlijks openbaar gemaakt. "
                  "De raad van toezicht evalueert zijn eigen functioneren jaarlijks, eens in de drie jaar onder "
                  "externe begeleiding.")]


def opr(c, parents_role=True):
    if parents_role:
        return [("h2", "Ondersteuningsplanraad"),
                ("p", "De ondersteuningsplanraad (OPR) telt acht leden: vier ouders en vier personeelsleden, "
                      "afgevaardigd vanuit de medezeggenschapsraden van de aangesloten scholen. De OPR heeft "
                      "instemmingsrecht op dit plan en op wijzigingen ervan. Omdat ouders de helft van de raad "
                      "vormen, hebben zij een directe stem in het beleid van het verband. De OPR vergadert zes keer "
                      "per jaar met de directeur-bestuurder en ontvangt een vergoeding per vergadering.")]
    return [("h2", "Ondersteuningsplanraad"),
            ("p", "De ondersteuningsplanraad (OPR) heeft instemmingsrecht op dit plan. De raad vergadert zes keer "
                  "per jaar met de directeur-bestuurder; de agenda wordt in overleg vastgesteld. Scholing voor "
                  "nieuwe leden wordt door het verband betaald.")]


def personeel(c):
    return [("h1", "Personeel en professionalisering"),
            ("p", "Het samenwerkingsverband heeft een eigen personeelsbeleid voor de medewerkers van het bureau en "
                  "de expertisepool. Medewerkers vallen onder de cao van de sector. Jaarlijks voeren wij "
                  "gesprekkencycli, en iedere medewerker heeft een persoonlijk scholingsbudget."),
            ("p", "Voor de scholen organiseren wij een professionaliseringsaanbod: een leernetwerk voor intern "
                  "begeleiders en ondersteuningscoördinatoren, intervisie voor schoolleiders en jaarlijks een "
                  "studiedag rond een actueel thema, zoals gedrag in de klas, executieve functies of meertaligheid. "
                  "Deze activiteiten staan open voor alle medewerkers van aangesloten scholen."),
            ("p", "Het lerarentekort vraagt om creatieve oplossingen. Wij onderzoeken met de besturen of onderwijs"
                  "assistenten en zij-instromers beter kunnen worden toegerust op het werken met leerlingen met een "
                  "ondersteuningsbehoefte. De uitkomsten verwerken we in het jaarplan.")]


def ict_privacy(c):
    return [("h1", "ICT, gegevens en privacy"),
            ("p", "Voor het aanvragen en toekennen van ondersteuning gebruikt het verband een beveiligde digitale "
                  "omgeving. Scholen delen alleen de gegevens die nodig zijn voor de beoordeling. Het verband heeft "
                  "een functionaris gegevensbescherming aangesteld en een verwerkingsregister opgesteld."),
            ("p", "Gezondheidsgegevens worden alleen verwerkt voor zover dat nodig is voor de wettelijke taken. "
                  "Dossiers worden niet langer bewaard dan de wet toestaat. Medewerkers tekenen een "
                  "geheimhoudingsverklaring. Jaarlijks toetst een externe partij de informatiebeveiliging."),
            ("p", "In de komende planperiode vervangen wij het huidige registratiesysteem. De keuze voor een nieuwe "
                  "leverancier maken wij samen met twee buurverbanden, zodat de kosten gedeeld worden.")]


def totstandkoming(c, ketenpartners=True):
    b = [("h1", "Totstandkoming van dit plan"),
         ("p", f"Het concept van dit plan is op {c['oogo']} besproken in het op overeenstemming gericht overleg "
               f"(OOGO) met de colleges van burgemeester en wethouders van {c['gemeenten']}. Het overleg met het "
               f"aangrenzende {c['buur']} vond plaats op {c['buurdatum']}. De ondersteuningsplanraad heeft op "
               f"{c['opr_datum']} ingestemd. Het plan is vastgesteld op {c['vastgesteld']} en vóór 1 mei 2026 "
               f"aan de Inspectie van het Onderwijs gezonden.")]
    if ketenpartners:
        b.append(("p", "In het OOGO zijn afspraken gemaakt over de inzet van jeugdhulp op en rond de scholen, "
                       "over leerlingenvervoer en over de aansluiting tussen onderwijs en zorg. Gemeenten en verband "
                       "financieren samen de schoolmaatschappelijk werkers; de onderwijs-zorgarrangementen worden "
                       "per casus afgestemd tussen de consulent van het verband en het lokale team."))
    return b


def planning(c, rows):
    return [("h1", "Planning en jaarcyclus"),
            ("p", "Het ondersteuningsplan is een plan voor vier jaar. Ieder jaar stellen wij een jaarplan en een "
                  "begroting op en leggen wij verantwoording af in het jaarverslag. De volgende cyclus is daarbij "
                  "leidend."),
            ("table", [["Maand", "Activiteit", "Wie"]] + rows)]


def terugblik(c):
    return [("h1", "Terugblik op de vorige planperiode"),
            ("p", f"In de afgelopen vier jaar heeft {c['kort']} een aantal grote stappen gezet in de eigen "
                  "organisatie. Het bureau is verhuisd naar een centraler gelegen locatie, het aanvraagproces is "
                  "gedigitaliseerd en de expertisepool is uitgebreid. Tegelijk constateerden wij dat de "
                  "rolverdeling tussen bureau, besturen en scholen niet altijd helder was. Schoolleiders gaven aan "
                  "dat zij soms niet wisten bij wie zij met een vraag terecht konden."),
            ("p", "Halverwege de periode hebben wij een extern bureau gevraagd de werkwijze van het verband tegen "
                  "het licht te houden. Het bureau sprak met ruim veertig betrokkenen: bestuurders, schoolleiders, "
                  "intern begeleiders en ondersteuningscoördinatoren, medewerkers van het bureau en leden van de "
                  "OPR. De belangrijkste aanbevelingen waren: minder formulieren, meer vertrouwen, een duidelijker "
                  "taakverdeling tussen bestuur en bureau en een betere aansluiting van de planning- en "
                  "controlcyclus op het schooljaar. Die aanbevelingen zijn in dit plan verwerkt."),
            ("p", "Niet alles is gelukt. Het voornemen om samen met de buurverbanden één gezamenlijke "
                  "expertisepool te vormen, strandde op verschillen in werkwijze en cao. De digitale omgeving "
                  "werd later opgeleverd dan gepland. En de personele bezetting van het bureau stond door ziekte "
                  "en vertrek lange tijd onder druk. Wij nemen die lessen mee.")]


def ontwikkelagenda(c):
    return [("h1", "Ontwikkelagenda"),
            ("p", "Naast de vaste taken werken wij in deze planperiode aan een aantal ontwikkelthema's. Het zijn "
                  "thema's die nog niet zijn uitgekristalliseerd; wij noemen ze hier zodat iedereen weet waar wij "
                  "de komende jaren energie in steken. De uitwerking gebeurt in de jaarplannen."),
            ("ul", ["Integrale kindcentra en de samenwerking met kinderopvang: wij verkennen in 2027 welke rol het "
                    "verband hierin kan spelen.",
                    "Digitale geletterdheid en mediawijsheid: dit thema zetten wij op de agenda van het "
                    "leernetwerk.",
                    "Meertaligheid in de klas: een werkgroep van schoolleiders brengt de vragen van scholen in "
                    "beeld; de uitkomst nemen wij mee naar de volgende cyclus.",
                    "Duurzame inzetbaarheid van medewerkers: de besturen bespreken dit in het "
                    "bestuurdersoverleg; het verband faciliteert.",
                    "Vermindering van administratieve lasten: wij schrappen ieder jaar ten minste één formulier."]),
            ("p", "Deze agenda is nadrukkelijk geen uitputtende lijst. Nieuwe thema's kunnen via de besturen, de "
                  "OPR of het bureau worden ingebracht en worden dan in het voorjaarsoverleg besproken.")]


def communicatie_scholen(c):
    return [("h1", "Communicatie met scholen en besturen"),
            ("p", "Het verband communiceert met besturen via het maandelijkse bestuurdersoverleg en met "
                  "schoolleiders via een digitale nieuwsbrief die zes keer per jaar verschijnt. Intern begeleiders "
                  "en ondersteuningscoördinatoren ontmoeten elkaar in regionale netwerken, die het bureau "
                  "faciliteert. Op het besloten deel van de website staan formats, handreikingen en "
                  "vergaderstukken."),
            ("p", "Wij merken dat informatie niet altijd de werkvloer bereikt. Daarom bezoeken de consulenten van "
                  "het verband iedere school ten minste één keer per jaar voor een werkbezoek, zonder agenda "
                  "vooraf, om te horen wat er speelt.")]


def integriteit(c):
    return [("h1", "Integriteit, huisvesting en bedrijfsvoering"),
            ("p", "Het verband heeft een integriteitscode en een meldregeling voor vermoedens van misstanden die "
                  "geldt voor de medewerkers van het bureau. Een externe vertrouwenspersoon is aangesteld. Het "
                  "bureau is gehuisvest in een bedrijfsverzamelgebouw; de huurovereenkomst loopt tot eind 2028."),
            ("p", "De administratie en de salarisverwerking zijn uitbesteed aan een administratiekantoor. De "
                  "accountant controleert jaarlijks de jaarrekening. Inkoop vindt plaats volgens een "
                  "inkoopbeleid dat de raad van toezicht in 2024 heeft goedgekeurd. Bij de keuze van leveranciers "
                  "weegt duurzaamheid mee.")]


def aansluiting(c):
    if c["scholen"] == "basisscholen":
        return [("h1", "Overstap naar het voortgezet onderwijs"),
                ("p", "De overstap van groep 8 naar het voortgezet onderwijs is voor veel kinderen een spannend "
                      "moment. De basisscholen volgen de regionale overstapprocedure die met het VO-verband is "
                      "afgesproken: het schooladvies wordt vóór 1 maart gegeven, het onderwijskundig rapport gaat "
                      "digitaal naar de vo-school, en bij leerlingen met een ondersteuningsbehoefte vindt een warme "
                      "overdracht plaats tussen leerkracht en mentor. Basisscholen en vo-scholen organiseren samen "
                      "open dagen, meeloopdagen en een informatiemarkt in januari.")]
    return [("h1", "Aansluiting op het mbo"),
            ("p", "Een groot deel van onze leerlingen vervolgt de schoolloopbaan in het mbo. De vo-scholen hebben met "
                  "de regionale mbo-instellingen afspraken gemaakt over loopbaanoriëntatie, proefstuderen en een "
                  "warme overdracht voor leerlingen met een ondersteuningsbehoefte. Het verband organiseert "
                  "jaarlijks een bijeenkomst voor decanen en mbo-intakers."),
            ("p", "Voor leerlingen uit het praktijkonderwijs en het vso die uitstromen naar werk, onderhouden de "
                  "scholen contacten met werkgevers in de regio. Het verband ondersteunt dat met kennisdeling.")]


def wettelijk_kader(c):
    art = "artikel 18a van de Wet op het primair onderwijs" if c["scholen"] == "basisscholen" else \
        "artikel 17a van de Wet op het voortgezet onderwijs (thans de Wet voortgezet onderwijs 2020)"
    return [("h1", "Wettelijk kader"),
            ("p", f"Ieder samenwerkingsverband stelt ten minste eens in de vier jaar een ondersteuningsplan vast. "
                  f"De eisen daaraan staan in {art}. Volgens de wet bevat het plan in elk geval: de wijze waarop een "
                  "samenhangend geheel van ondersteuningsvoorzieningen wordt gerealiseerd, inclusief de "
                  "basisondersteuning op alle vestigingen; de procedure en criteria voor de verdeling en besteding "
                  "van de ondersteuningsmiddelen, mede in het licht van een meerjarenbegroting; de procedure en "
                  "criteria voor plaatsing in het speciaal onderwijs en de toelaatbaarheid; de procedure en het "
                  "beleid voor terugplaatsing of overplaatsing; de beoogde en behaalde resultaten; en de wijze "
                  "waarop ouders worden geïnformeerd over de ondersteuningsmogelijkheden en over onafhankelijke "
                  "ondersteuning voor ouders."),
            ("p", "Voordat het plan wordt vastgesteld, voert het verband op overeenstemming gericht overleg met de "
                  "gemeenten en overleg met het aangrenzende samenwerkingsverband. De ondersteuningsplanraad moet "
                  "instemmen. Het plan wordt vóór 1 mei toegezonden aan de Inspectie van het Onderwijs. Dit "
                  "hoofdstuk beschrijft alleen de wettelijke eisen; hoe wij daaraan invulling geven, leest u in de "
                  "volgende hoofdstukken.")]


def context(c):
    return [("h1", "Ontwikkelingen in de regio"),
            ("p", "De regio kent een vergrijzende bevolking en in de kleinere kernen een dalend aantal jonge "
                  "gezinnen. Tegelijkertijd groeien de grotere kernen door nieuwbouw. Dat betekent dat sommige "
                  "scholen krimpen terwijl andere met ruimtegebrek kampen. Besturen bespreken de spreiding van "
                  "scholen en richtingen in hun eigen overleg."),
            ("p", "Het lerarentekort is in onze regio minder groot dan in de Randstad, maar wel voelbaar, vooral "
                  "bij vacatures voor specialistische functies. Scholen melden daarnaast dat de problematiek in "
                  "de klas complexer wordt: meer leerlingen met vragen op het gebied van gedrag, concentratie en "
                  "welbevinden, en een groeiende groep nieuwkomers. Ook de gevolgen van de energiecrisis en de "
                  "gestegen kosten van levensonderhoud zijn in sommige wijken merkbaar."),
            ("p", "Op landelijk niveau staan de verbeteraanpak passend onderwijs, de wetgeving over de positie van "
                  "ouders en leerlingen en de discussie over een landelijke norm voor basisondersteuning op de "
                  "agenda. Wij volgen die ontwikkelingen nauwgezet en zullen het plan waar nodig tussentijds "
                  "aanpassen, uiteraard met instemming van de OPR.")]


def leerlingen_stem(c):
    return [("h1", "Leerlingen aan het woord"),
            ("p", "Bij de voorbereiding van dit plan hebben wij drie gesprekken gevoerd met een leerlingenpanel "
                  "van twaalf jongeren uit verschillende schoolsoorten, onder wie leerlingen uit het praktijk"
                  "onderwijs en het vso. Wij vroegen hen wat volgens hen goed onderwijs is, wanneer zij zich gezien "
                  "voelen en wat zij zouden veranderen als zij de baas van het verband waren."),
            ("p", "De jongeren waren opvallend eensgezind. Zij willen een mentor die tijd heeft en die echt "
                  "luistert. Zij willen niet steeds opnieuw hun verhaal hoeven te vertellen aan nieuwe mensen. "
                  "Zij vinden het belangrijk dat de school rustige plekken heeft waar je even kunt bijkomen. En "
                  "zij vroegen ons om brieven en formulieren in begrijpelijke taal te schrijven. Een leerling "
                  "zei: 'Als het over mij gaat, wil ik erbij zijn.'"),
            ("p", "Wij nemen deze boodschappen serieus. Het leerlingenpanel blijft de komende jaren bestaan en "
                  "komt twee keer per jaar bijeen met de directeur-bestuurder. Ook de scholen worden "
                  "aangemoedigd om leerlingen structureel te betrekken bij hun ondersteuningsbeleid, bijvoorbeeld "
                  "via de leerlingenraad."),
            ("p", "Een deel van de opmerkingen van het panel ging over zaken waar het verband niet over gaat, "
                  "zoals de kantine, de roosters en de fietsenstalling. Die opmerkingen hebben wij doorgegeven "
                  "aan de betrokken scholen. Andere opmerkingen raken juist de kern van ons werk: de vraag hoe "
                  "je voorkomt dat een leerling van loket naar loket wordt gestuurd, en hoe je zorgt dat "
                  "afspraken blijven staan als een mentor of coördinator vertrekt. Op die punten komen wij in het "
                  "jaarplan terug, en wij leggen het panel dan opnieuw de vraag voor of wij het goed hebben "
                  "begrepen.")]


def begrippen(rows):
    return [("h1", "Bijlage: Begrippenlijst"),
            ("table", [["Begrip", "Omschrijving"]] + rows)]


def afkortingen(rows):
    return [("h1", "Bijlage: Afkortingen"),
            ("table", [["Afkorting", "Betekenis"]] + rows)]


PLAN_ROWS = [
    ["september", "Jaarplan vaststellen", "directeur-bestuurder, RvT"],
    ["oktober", "Teldatum leerlingen (1 oktober)", "bureau"],
    ["december", "Begroting vaststellen", "directeur-bestuurder, RvT"],
    ["maart", "Voorjaarsoverleg met besturen", "Algemene Vergadering"],
    ["juni", "Jaarverslag vaststellen", "directeur-bestuurder, RvT"],
]

BEGRIP_BASE = [
    ["Basisondersteuning", "Het geheel van preventieve en licht curatieve interventies dat binnen de "
                           "ondersteuningsstructuur van de school planmatig en op een overeengekomen kwaliteitsniveau "
                           "wordt uitgevoerd."],
    ["Dekkend aanbod", "Een samenhangend geheel van voorzieningen, zodat voor iedere leerling een passende plek is."],
    ["Extra ondersteuning", "Ondersteuning die de basisondersteuning overstijgt."],
    ["Meerjarenbegroting", "Begroting voor meerdere jaren, waarin inkomsten en uitgaven worden geraamd."],
    ["Ouder- en jeugdsteunpunt", "Onafhankelijk punt waar ouders en jongeren terecht kunnen met vragen over "
                                 "passend onderwijs."],
    ["Terugplaatsing", "Overstap van een leerling van het speciaal (basis)onderwijs naar het regulier onderwijs."],
    ["Toelaatbaarheidsverklaring (TLV)", "Besluit van het samenwerkingsverband dat een leerling toelaatbaar is "
                                         "tot het speciaal (basis)onderwijs."],
    ["Zorgplicht", "De plicht van een schoolbestuur om een passende onderwijsplek aan te bieden."],
]

AFK_BASE = [["AV", "Algemene Vergadering"], ["IB'er", "intern begeleider"], ["OOGO", "op overeenstemming gericht overleg"],
            ["OPP", "ontwikkelingsperspectiefplan"], ["OPR", "ondersteuningsplanraad"], ["RvT", "raad van toezicht"],
            ["SOP", "schoolondersteuningsprofiel"], ["TLV", "toelaatbaarheidsverklaring"]]


# ============================================================================================
# Plan A: PO, docx + pdf
# ============================================================================================

def plan_a():
    c = dict(naam="Samenwerkingsverband Passend Primair Onderwijs Rivierenland-West", kort="SWV Rivierenland-West",
             code="PO 26-09", periode="2026-2030", scholen="basisscholen", bestuurder="M. (Marieke) van Dalen",
             gemeenten="Lingewaard, Overbetuwe, Neder-Betuwe en West Betuwe", nbesturen="elf",
             buur="samenwerkingsverband VO Rivierenland", buurdatum="4 februari 2026", oogo="22 januari 2026",
             opr_datum="10 maart 2026", vastgesteld="24 maart 2026")
    toc = ["1 Voorwoord", "2 Leeswijzer", "3 Ons samenwerkingsverband in cijfers", "4 Visie en missie",
           "5 Basisondersteuning: wat elke school biedt", "6 Extra ondersteuning en arrangementen",
           "7 Toelaatbaarheid sbo en so", "8 Thuiszitters en een dekkend netwerk", "9 Kwaliteit en opbrengsten",
           "10 Verdeling van middelen en meerjarenbegroting", "11 Communicatie", "12 Organisatie en governance",
           "13 Personeel en professionalisering", "14 ICT, gegevens en privacy", "15 Totstandkoming van dit plan",
           "16 Planning en jaarcyclus", "Bijlage 1 Begrippenlijst", "Bijlage 2 Afkortingen",
           "Bijlage 3 Meerjarenbegroting 2026-2030 (afzonderlijk document)", "Bijlage 4 Monitoringskader opbrengsten"]
    blocks = [("title", "Ondersteuningsplan 2026-2030", [c["naam"], c["code"], "Samen sterk voor elk kind",
                                                        "Vastgesteld door de Algemene Vergadering op 24 maart 2026"]),
              ("toc", toc)]
    blocks += voorwoord(c)
    blocks += leeswijzer(c, [
        "Hoofdstuk 3 en 4 schetsen de regio en onze visie.",
        "Hoofdstuk 5 tot en met 8 gaan over de ondersteuning zelf, van basisondersteuning tot terugplaatsing.",
        "Hoofdstuk 9 en 10 gaan over resultaten, monitoring en financiën.",
        "Hoofdstuk 11 beschrijft hoe wij communiceren.",
        "De overige hoofdstukken beschrijven organisatie, personeel en planning."])
    blocks += regio(c, [["", "Aantal scholen", "Aantal leerlingen"],
                        ["Basisscholen", "58", "11.420"], ["Scholen voor sbo", "3", "412"],
                        ["So-locaties (cluster 3 en 4)", "4", "365"]])
    blocks += visie(c) + terugblik(c)
    blocks += [
        ("h1", "Basisondersteuning: wat elke school biedt"),
        ("p", "De besturen in Rivierenland-West hebben één gezamenlijk niveau van basisondersteuning afgesproken. "
              "Dit niveau is een ondergrens: iedere vestiging van iedere aangesloten basisschool biedt ten minste "
              "deze ondersteuning, zonder dat daarvoor een aanvraag bij het samenwerkingsverband nodig is. Scholen "
              "mogen meer bieden en beschrijven dat in hun schoolondersteuningsprofiel."),
        ("p", "Concreet betekent dit dat ouders op elke basisschool in onze regio het volgende mogen verwachten:"),
        ("ul", ["een intern begeleider die ten minste twee dagdelen per week beschikbaar is voor overleg met "
                "leraren en ouders;",
                "handelingsgericht werken met groepsoverzichten en minimaal drie groepsbesprekingen per jaar;",
                "een dyslexieprotocol en een dyscalculieprotocol volgens de landelijke protocollen, inclusief "
                "vroegtijdige signalering in groep 2 en 3;",
                "een aanpak voor sociale veiligheid met een gevalideerd programma en een jaarlijkse monitor;",
                "een aanbod voor leerlingen die meer aankunnen, in elk geval verrijkingsstof vanaf groep 3;",
                "een protocol medisch handelen en afspraken over medicijnverstrekking;",
                "toegang tot een orthopedagoog van het verband voor consultatie, zonder aanvraag;",
                "een schoolondersteuningsteam dat minimaal vier keer per jaar bijeenkomt, waarin ook de "
                "schoolmaatschappelijk werker zit."]),
        ("p", "Twee keer per planperiode bezoekt een auditteam van het verband, bestaande uit een intern begeleider "
              "van een andere school en een orthopedagoog, iedere school. Het team toetst de basisondersteuning aan "
              "de kwaliteitskaart. Voldoet een school niet, dan maakt de schoolleider binnen drie maanden een "
              "verbeterplan dat met het bestuur wordt besproken; na een jaar volgt een tweede bezoek."),
        ("h1", "Extra ondersteuning en arrangementen"),
        ("p", "Waar de basisondersteuning niet toereikend is, kan een school extra ondersteuning inzetten. Wij "
              "onderscheiden vijf niveaus die samen het ondersteuningscontinuüm van ons verband vormen."),
        ("table", [["Niveau", "Wat", "Waar", "Toegang"],
                   ["1", "Basisondersteuning in de groep", "Iedere school", "Vrij"],
                   ["2", "Basisondersteuning met consultatie orthopedagoog", "Iedere school", "Vrij"],
                   ["3", "Arrangement in de eigen school (bijv. leesinterventie, gedragscoach)", "Eigen school",
                    "Via schoolbudget"],
                   ["4", "Bovenschools arrangement: plusklas, taalklas voor nieuwkomers, observatiegroep",
                    "Drie locaties in de regio", "Via aanmelding bij het Loket"],
                   ["5", "Speciaal basisonderwijs of speciaal onderwijs", "Sbo- en so-scholen", "Met TLV"]]),
        ("p", "De bovenschoolse arrangementen zijn bedoeld als tijdelijke plek met een duidelijk doel. Het Loket "
              "van het verband beoordeelt de aanmelding binnen vier weken. Tussen de niveaus bestaan "
              "dwarsverbanden: een leerling in de observatiegroep blijft ingeschreven op de eigen school en keert "
              "daar na maximaal twaalf weken terug."),
        ("h1", "Toelaatbaarheid sbo en so"),
        ("h2", "Aanvraag"),
        ("p", "Een toelaatbaarheidsverklaring (TLV) voor het sbo of so wordt aangevraagd door het bevoegd gezag van "
              "de school waar de leerling is ingeschreven, of bij een nieuwe leerling door de school van aanmelding. "
              "De aanvraag gaat digitaal naar het Loket en bevat het ontwikkelingsperspectiefplan, het "
              "groeidocument, de zienswijze van ouders en de verslagen van het laatste multidisciplinair overleg."),
        ("h2", "Stappen en termijnen"),
        ("table", [["Stap", "Wat gebeurt er", "Termijn"],
                   ["1", "Loket controleert volledigheid, vraagt zo nodig aanvullingen", "binnen 5 werkdagen"],
                   ["2", "Twee deskundigen geven ieder een eigen schriftelijk advies: een orthopedagoog en, "
                         "afhankelijk van de leerling, een kinderpsycholoog, arts of maatschappelijk werker. Geen "
                         "van beiden was betrokken bij de aanvraag.", "binnen 3 weken"],
                   ["3", "De Commissie Toelaatbaarheid besluit namens de directeur-bestuurder", "binnen 6 weken na "
                                                                                              "volledige aanvraag"],
                   ["4", "Besluit en beide adviezen worden aan ouders en school gezonden", "direct na besluit"]]),
        ("h2", "Criteria"),
        ("p", "Een leerling is toelaatbaar tot het sbo als de basisschool aantoonbaar ten minste twee cycli van "
              "handelingsgericht werken met extra ondersteuning heeft doorlopen, de ontwikkeling volgens het OPP "
              "stagneert en de deskundigen vaststellen dat de leerling is aangewezen op een kleinere groep met "
              "specialistische begeleiding. Toelaatbaarheid tot het so vereist daarnaast dat de "
              "ondersteuningsbehoefte op meerdere domeinen (leren, gedrag, medisch-lichamelijk) zo intensief is "
              "dat zij het aanbod van het sbo overstijgt, of dat een medische of lichamelijke beperking een "
              "specifieke so-voorziening noodzakelijk maakt."),
        ("h2", "Duur en bekostigingscategorie"),
        ("p", "Een TLV voor het sbo geldt in de regel tot het einde van de basisschoolperiode; een TLV voor het so "
              "voor twee schooljaren, steeds eindigend op 31 juli. Bij so bepaalt de commissie de "
              "bekostigingscategorie laag, midden of hoog op basis van de deskundigenadviezen."),
        ("h2", "Bezwaar"),
        ("p", "Ouders en school kunnen binnen zes weken bezwaar maken tegen het besluit. Het verband is aangesloten "
              "bij de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen, die het verband adviseert "
              "voordat opnieuw wordt beslist."),
        ("h2", "Na afloop van de TLV"),
        ("p", "Ons uitgangspunt is dat een plaatsing in het sbo of so geen eindstation hoeft te zijn. Een leerling "
              "gaat terug naar het regulier basisonderwijs als de ontwikkeling dat toelaat en een basisschool met "
              "passende ondersteuning beschikbaar is. Wij stellen als voorwaarde dat de ontvangende school een "
              "arrangement op niveau 3 klaarzet en dat de sbo- of so-school de leerling na de overstap nog een "
              "half jaar ambulant volgt; die begeleiding betaalt het verband."),
        ("p", "Het proces verloopt als volgt. Bij iedere jaarlijkse evaluatie van het OPP, uiterlijk in februari, "
              "beoordeelt de commissie van begeleiding van de sbo- of so-school of terugplaatsing haalbaar is. In "
              "het laatste jaar van de TLV is die beoordeling verplicht. Is terugplaatsing haalbaar, dan neemt de "
              "sbo- of so-school het initiatief tot een overstapgesprek met ouders en een basisschool naar keuze; "
              "de directeur van de ontvangende school besluit binnen vier weken over inschrijving. Is voortzetting "
              "nodig, dan vraagt de school vóór 1 april een nieuwe TLV aan; zonder nieuwe TLV eindigt de "
              "toelaatbaarheid op 31 juli."),
        ("h1", "Thuiszitters en een dekkend netwerk"),
        ("p", "Geen kind hoort thuis te zitten. Iedere school meldt een leerling die langer dan tien schooldagen "
              "niet of gedeeltelijk naar school gaat binnen een week bij het verband. De thuiszitterscoördinator "
              "organiseert binnen twee weken een overleg met school, ouders, leerplicht en jeugdhulp, waarin een "
              "plan met einddatum wordt afgesproken. Lukt dat niet, dan escaleert de coördinator naar het "
              "Doorbraakoverleg van de directeur-bestuurder en de wethouders."),
        ("p", "Jaarlijks analyseren wij waar het aanbod tekortschiet: voor welke leerlingen kon geen passende "
              "plek worden gevonden, waar waren wachtlijsten, welke aanmeldingen zijn geweigerd. Ontbreekt een "
              "voorziening structureel, dan legt het bureau binnen drie maanden een voorstel aan de Algemene "
              "Vergadering voor. Zo is in 2024 de taalklas voor nieuwkomers in Zetten ontstaan."),
        ("h1", "Kwaliteit en opbrengsten"),
        ("p", "Wij willen dat passend onderwijs zichtbaar iets oplevert voor leerlingen. Voor de planperiode "
              "hebben wij daarom de volgende beoogde resultaten geformuleerd:"),
        ("table", [["Doel", "Streefwaarde 2030"],
                   ["Minder thuiszitters", "Geen leerling langer dan drie maanden thuis"],
                   ["Meer leerlingen met een ondersteuningsbehoefte in het regulier onderwijs",
                    "Deelname sbo daalt van 3,4% naar 3,0%"],
                   ["Tevredenheid ouders van leerlingen met een OPP", "Ten minste 7,5 gemiddeld"],
                   ["Snellere toewijzing arrangementen", "90% binnen vier weken"]]),
        ("p", "Op welke manier en met welke instrumenten wij de voortgang op deze doelen gaan volgen, werken wij in "
              "het eerste planjaar samen met de intern begeleiders uit in een monitoringskader. Dat kader wordt "
              "als bijlage 4 aan dit plan toegevoegd zodra het gereed is."),
        ("h1", "Verdeling van middelen en meerjarenbegroting"),
        ("p", "Het samenwerkingsverband ontvangt van het Rijk middelen voor lichte en zware ondersteuning. Na "
              "aftrek van de afdrachten voor sbo en so en de kosten van het bureau verdelen wij de middelen als "
              "volgt. Iedere school ontvangt een schoolbudget van € 95 per leerling op basis van het "
              "leerlingaantal op 1 oktober van het voorgaande jaar, plus een vaste voet van € 6.000 per vestiging. "
              "Bovenschoolse arrangementen worden centraal bekostigd. Scholen met een hoog aandeel leerlingen "
              "met een verhoogde ondersteuningsbehoefte, gemeten aan de CBS-achterstandsscore, krijgen een "
              "toeslag van 20% op het schoolbudget. De Algemene Vergadering stelt dit verdeelmodel jaarlijks "
              "vast bij de begroting."),
        ("p", "De meerjarenbegroting 2026-2030 en de bestedingsplannen per onderdeel zijn opgenomen in bijlage 3, "
              "die als afzonderlijk document wordt vastgesteld. In dit plan zijn de bedragen per bestedingspost "
              "daarom als p.m. opgenomen."),
        ("table", [["Bestedingspost", "2026", "2027", "2028", "2029"],
                   ["Schoolbudgetten", "p.m.", "p.m.", "p.m.", "p.m."],
                   ["Bovenschoolse arrangementen", "p.m.", "p.m.", "p.m.", "p.m."],
                   ["Bureau en expertisepool", "p.m.", "p.m.", "p.m.", "p.m."]]),
        ("p", "Het verband hanteert een signaleringswaarde voor het eigen vermogen conform de regeling van de "
              "Inspectie. Eind 2025 lag de reserve onder die waarde; de Algemene Vergadering heeft een "
              "weerstandsvermogen van 5% van de baten als ondergrens vastgesteld."),
        ("h1", "Communicatie"),
        ("p", "Goede communicatie is voor een verband dat geen eigen scholen heeft van levensbelang. Wij "
              "communiceren met schoolbesturen via het bestuurdersoverleg, met schoolleiders via een maandelijkse "
              "nieuwsbrief en met intern begeleiders via het IB-netwerk."),
        ("p", "Ouders informeren wij over de ondersteuningsmogelijkheden via de ouderpagina's van onze website, "
              "via de brochure 'Passend onderwijs in Rivierenland-West' die iedere school bij inschrijving meegeeft "
              "en via de schoolgids, waarin iedere school de basisondersteuning en haar extra ondersteuning "
              "beschrijft. Twee keer per jaar organiseren wij een ouderavond in een van de kernen."),
        ("p", "Ouders die er met de school of met het verband niet uitkomen, kunnen gratis terecht bij het "
              "onafhankelijke Ouder- en Jeugdsteunpunt Rivierenland, dat telefonisch en via een inloopspreekuur "
              "bereikbaar is. Daarnaast kunnen zij de onderwijsconsulenten inschakelen en een klacht indienen bij "
              "de klachtencommissie van het schoolbestuur."),
    ]
    blocks += aansluiting(c) + ontwikkelagenda(c)
    blocks += governance(c) + opr(c, True) + personeel(c) + ict_privacy(c) + integriteit(c) + totstandkoming(c, True)
    blocks += planning(c, PLAN_ROWS)
    blocks += begrippen(BEGRIP_BASE + [["Monitoringskader", "Het geheel van indicatoren waarmee het verband de "
                                                            "opbrengsten van passend onderwijs volgt."]])
    blocks += afkortingen(AFK_BASE + [["SBO", "speciaal basisonderwijs"], ["SO", "speciaal onderwijs"]])
    label = dict(
        documents=["po-rivierenland-west.docx", "po-rivierenland-west.pdf"], sector="po",
        elements=dict(basisondersteuning="present", plaatsing="present", terugstroom="present",
                      financien="partial", **{"dekkend-aanbod": "present"}, resultaten="partial", ouders="present"),
        criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
                  "plaatsing.procedure": True, "plaatsing.criteria": True,
                  "terugstroom.procedure": True, "terugstroom.beleid": True,
                  "financien.verdeling": True, "financien.besteding": False,
                  "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
                  "resultaten.doelen": True, "resultaten.monitoring": False,
                  "ouders.informatie": True, "ouders.steunpunt": True},
        advisory={"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
                  "financien": ["reserves"], "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"],
                  "ouders": ["betrokkenheid"]},
        notes={"basisondersteuning": "section 'Basisondersteuning: wat elke school biedt' states one agreed minimum for every vestiging and lists concrete provisions; audit via kwaliteitskaart (borging).",
               "plaatsing": "section 'Toelaatbaarheid sbo en so' Toelaatbaarheid: applicant, dossier, step table with termijnen and Commissie Toelaatbaarheid, sbo/so criteria, two deskundigen, duur/categorie, LBT bezwaar.",
               "terugstroom": "Hidden in section 'Toelaatbaarheid sbo en so' subsection 'Na afloop van de TLV': policy (aim, conditions, half year ambulant support) and procedure (evaluation moments, initiator, decider, end 31 juli).",
               "financien": "section 'Verdeling van middelen en meerjarenbegroting' gives verdeelmodel (EUR 95 per leerling, vaste voet, toeslag) but the meerjarenbegroting is in absent bijlage 3 and the table is all p.m.; reserves addressed.",
               "dekkend-aanbod": "section 'Extra ondersteuning en arrangementen' five-level continuum table; section 'Thuiszitters en een dekkend netwerk' thuiszitters route and yearly gap analysis; OOGO/jeugdhulp in Totstandkoming.",
               "resultaten": "section 'Kwaliteit en opbrengsten' lists beoogde resultaten with streefwaarden, but monitoring is deferred to a monitoringskader (bijlage 4, not present).",
               "ouders": "Only in section 'Communicatie': website, brochure, schoolgids, ouderavonden; independent Ouder- en Jeugdsteunpunt, onderwijsconsulenten, klachtencommissie."})
    return "po-rivierenland-west", c, blocks, label


# ============================================================================================
# Plan B: VO, docx
# ============================================================================================

def plan_b():
    c = dict(naam="Samenwerkingsverband VO Kempenstroom", kort="SWV Kempenstroom", code="VO 30-04",
             periode="2026-2030", scholen="scholen voor voortgezet onderwijs", bestuurder="drs. R. (Ruud) Hendrix",
             gemeenten="Bergeijk, Eersel, Bladel, Reusel-De Mierden en Oirschot", nbesturen="zes",
             buur="samenwerkingsverband PO De Kempen", buurdatum="29 januari 2026", oogo="15 januari 2026",
             opr_datum="3 maart 2026", vastgesteld="17 maart 2026")
    toc = ["Voorwoord", "1 Leeswijzer", "2 Ons samenwerkingsverband in cijfers", "3 Visie en missie",
           "4 Ondersteuning op school", "4.1 Basisondersteuning", "4.2 Het ondersteuningscontinuüm",
           "5 Toewijzing: vso, lwoo en pro", "6 Terugplaatsing en overplaatsing", "7 Thuiszitters",
           "8 Wat we willen bereiken en hoe we dat volgen", "9 Geld en middelen", "10 Ouders en leerlingen",
           "11 Organisatie en governance", "12 Personeel en professionalisering", "13 ICT, gegevens en privacy",
           "14 Totstandkoming van dit plan", "15 Planning en jaarcyclus", "Bijlagen"]
    blocks = [("title", "Ondersteuningsplan 2026-2030", [c["naam"], c["code"], "Iedere leerling een passende plek",
                                                        "Versie 1.3 - definitief"]), ("toc", toc)]
    blocks += voorwoord(c)
    blocks += leeswijzer(c, ["Hoofdstuk 4 beschrijft de ondersteuning die scholen bieden.",
                             "Hoofdstuk 5 en 6 gaan over toelaatbaarheid en terugplaatsing.",
                             "Hoofdstuk 7 gaat over thuiszitters en het dekkend aanbod.",
                             "Hoofdstuk 8 beschrijft onze doelen en resultaten; hoofdstuk 9 de financiën.",
                             "Hoofdstuk 10 is bedoeld voor ouders en leerlingen."])
    blocks += regio(c, [["", "Aantal", "Leerlingen"], ["Scholen voor vo (vestigingen)", "9", "7.860"],
                        ["Praktijkonderwijs", "1", "310"], ["Vso-scholen", "2", "245"],
                        ["Leerlingen met lwoo", "-", "1.020"]],
                    "Veel leerlingen uit het zuidelijk deel van de regio gaan naar scholen in Eindhoven.")
    blocks += visie(c) + terugblik(c)
    blocks += [
        ("h1", "Ondersteuning op school"),
        ("h2", "Basisondersteuning"),
        ("p", "De zes besturen hebben afgesproken dat iedere vestiging in het verband ten minste hetzelfde niveau "
              "van basisondersteuning biedt. Dat niveau is voor alle scholen gelijk, ongeacht schoolsoort of "
              "denominatie, en is de norm waaraan wij elkaar als besturen houden."),
        ("p", "Welke voorzieningen, interventies en expertise daar op een school concreet onder vallen, beschrijft "
              "iedere school in haar schoolondersteuningsprofiel. De actuele profielen staan op de websites van de "
              "scholen. Het verband verzamelt de profielen niet centraal."),
        ("h2", "Het ondersteuningscontinuüm"),
        ("p", "Boven op de basisondersteuning kent het verband een opbouw in vier lagen, van licht naar zwaar. "
              "Samen vormen zij het samenhangende geheel van voorzieningen binnen en tussen de scholen."),
        ("table", [["Laag", "Voorziening", "Voorbeelden", "Toegang"],
                   ["1", "Basisondersteuning", "Op iedere school", "Vrij"],
                   ["2", "Extra ondersteuning in de school", "Trajectvoorziening, faalangsttraining, "
                                                             "dyslexiecoach, time-outvoorziening", "Besluit school"],
                   ["3", "Bovenschools arrangement", "OPDC De Schakel (max. 2x 13 weken), reboundvoorziening, "
                                                     "nieuwkomersklas", "Commissie Toewijzing"],
                   ["4", "Voortgezet speciaal onderwijs", "Vso cluster 3 en 4 in Eindhoven en Veldhoven", "TLV"]]),
        ("p", "Leerlingen in een bovenschools arrangement blijven ingeschreven op hun eigen school. De school "
              "blijft verantwoordelijk voor de terugkeer en houdt ten minste eens per twee weken contact. "
              "Praktijkonderwijs en lwoo maken deel uit van het continuüm; zie hoofdstuk 5."),
        ("h1", "Toewijzing: vso, lwoo en pro"),
        ("h2", "Toelaatbaarheid tot het vso"),
        ("p", "De aanvraag voor een TLV vso wordt ingediend door de school waar de leerling is ingeschreven of "
              "aangemeld. De ondersteuningscoördinator stuurt het groeidocument, het OPP en de zienswijze van "
              "ouders en leerling in via het digitale loket. Het bureau beoordeelt binnen een week of het dossier "
              "compleet is. Een orthopedagoog of psycholoog en een tweede deskundige (een jeugdarts of "
              "maatschappelijk werker) brengen ieder een eigen advies uit. De Commissie Toewijzing besluit binnen "
              "zes weken na ontvangst van het complete dossier."),
        ("p", "Een leerling is toelaatbaar tot het vso wanneer: (a) de school ten minste één volledig traject "
              "extra ondersteuning op laag 2 of 3 heeft uitgevoerd en geëvalueerd; (b) uit het OPP blijkt dat de "
              "leerling ondanks die ondersteuning niet tot ontwikkeling komt; en (c) beide deskundigen "
              "onderbouwen dat de leerling is aangewezen op de kleine setting en de specialistische expertise "
              "van het vso. Bij acute veiligheidsrisico's kan van criterium (a) worden afgeweken."),
        ("p", "De TLV wordt afgegeven voor één, twee of drie schooljaren en vermeldt de bekostigingscategorie "
              "(laag, midden of hoog)."),
        ("h2", "Leerwegondersteunend onderwijs en praktijkonderwijs"),
        ("p", "Het verband hanteert de landelijke criteria voor lwoo en pro. Voor pro geldt: IQ tussen 55 en 80 "
              "en een leerachterstand van ten minste 50% op twee van de vier domeinen, waaronder begrijpend lezen "
              "of inzichtelijk rekenen. Voor lwoo geldt: IQ tussen 75 en 90 en een leerachterstand van 25 tot 50% "
              "op twee domeinen, of IQ tussen 91 en 120 met een leerachterstand én sociaal-emotionele "
              "problematiek. De vo-school van aanmelding dient de aanvraag in vóór 1 maart; de Commissie "
              "Toewijzing beslist uiterlijk 1 april, zodat de plaatsing vóór de zomer duidelijk is."),
        ("h1", "Terugplaatsing en overplaatsing"),
        ("p", "Wij willen dat leerlingen na een periode in het vso, waar dat kan, hun schoolloopbaan in het "
              "regulier voortgezet onderwijs vervolgen. Doel is dat jaarlijks meer leerlingen de overstap maken. "
              "Voorwaarden zijn dat de leerling er zelf aan toe is, dat er een diplomaperspectief is op de "
              "ontvangende school en dat een ontvangende school extra ondersteuning op laag 2 biedt. Na de "
              "overstap krijgt de leerling gedurende zes maanden een overstapcoach van het verband."),
        ("p", "Het stappenplan voor terugplaatsing - wie het initiatief neemt, op welke momenten wordt "
              "geëvalueerd en wie uiteindelijk besluit - werken wij in het eerste planjaar samen met de twee "
              "vso-scholen uit in een protocol terugplaatsing."),
        ("h1", "Thuiszitters"),
        ("p", "Het thema thuiszitters blijft ook in deze planperiode onze aandacht houden. Of ons aanbod voor alle "
              "leerlingen dekkend is, brengen wij in kaart zodra de nieuwe regionale monitor beschikbaar is."),
        ("h1", "Wat we willen bereiken en hoe we dat volgen"),
        ("p", "Voor leerlingen die extra ondersteuning nodig hebben, hebben wij de volgende beoogde resultaten "
              "vastgesteld. Zij zijn afgeleid van de evaluatie van het vorige plan."),
        ("table", [["Ambitie", "Indicator", "Nulmeting 2025", "Streefwaarde 2030"],
                   ["Leerlingen met een arrangement behalen een diploma", "% uitstroom met diploma", "78%", "85%"],
                   ["Minder verwijzingen naar het vso", "deelnamepercentage vso", "3,1%", "2,8%"],
                   ["Kortere doorlooptijd OPDC", "gem. weken in OPDC", "19", "13"],
                   ["Meer terugkeer uit het vso", "aantal leerlingen per jaar", "6", "12"]]),
        ("p", "De voortgang volgen wij met een dashboard dat het bureau twee keer per jaar vult met gegevens uit "
              "DUO, het registratiesysteem en de scholen. In het voorjaar voert de directeur-bestuurder met iedere "
              "schoolleider een monitorgesprek over de cijfers van de eigen school. De bereikte resultaten "
              "rapporteren wij jaarlijks in het jaarverslag en bespreken wij met de OPR; wijken de resultaten af "
              "van de streefwaarde, dan stellen wij in het volgende jaarplan maatregelen voor."),
        ("h1", "Geld en middelen"),
        ("p", "Het verband ontvangt jaarlijks ongeveer 11,6 miljoen euro aan ondersteuningsmiddelen, inclusief de "
              "middelen voor lwoo en pro. De middelen voor lwoo en pro gaan op basis van het aantal leerlingen met "
              "een aanwijzing of TLV op 1 oktober rechtstreeks door naar de scholen. Iedere school ontvangt "
              "daarnaast een budget voor lichte ondersteuning van € 110 per leerling plus € 15.000 vaste voet per "
              "vestiging. Bovenschoolse arrangementen en het OPDC worden centraal bekostigd; de scholen betalen "
              "geen eigen bijdrage."),
        ("table", [["Meerjarenbegroting (x € 1.000)", "2026", "2027", "2028", "2029"],
                   ["Afdracht vso", "2.910", "2.880", "2.850", "2.820"],
                   ["Doorbetaling lwoo en pro", "5.240", "5.190", "5.150", "5.100"],
                   ["Budget lichte ondersteuning scholen", "1.005", "995", "985", "975"],
                   ["OPDC en bovenschoolse arrangementen", "1.450", "1.450", "1.470", "1.470"],
                   ["Bureau en expertisepool", "640", "650", "660", "670"],
                   ["Totaal lasten", "11.245", "11.165", "11.115", "11.035"]]),
        ("p", "Scholen verantwoorden de besteding van hun budget lichte ondersteuning jaarlijks vóór 1 oktober via "
              "een vast format. Het verband houdt een weerstandsvermogen aan van maximaal 7% van de baten; de "
              "bovenmatige reserve is in 2024 afgebouwd."),
        ("h1", "Ouders en leerlingen"),
        ("p", "Ouders en leerlingen krijgen informatie over de ondersteuning op de eigen school via de schoolgids "
              "en het mentoruur. Het verband heeft een ouderpagina op de website met uitleg over lwoo, pro en vso, "
              "geeft jaarlijks een brochure uit voor ouders van leerlingen in groep 8 en organiseert in november "
              "een informatieavond over de overstap naar het vo."),
        ("p", "Het ouder- en jeugdsteunpunt dat de wet voorschrijft, richten wij samen met het PO-verband in. Over "
              "de vorm, de bemensing en de bereikbaarheid besluiten wij in de loop van 2027."),
    ]
    blocks += aansluiting(c) + ontwikkelagenda(c)
    blocks += governance(c) + opr(c, True) + personeel(c) + ict_privacy(c) + integriteit(c) + totstandkoming(c, True)
    blocks += planning(c, PLAN_ROWS)
    blocks += begrippen(BEGRIP_BASE + [["Lwoo", "Leerwegondersteunend onderwijs"],
                                       ["OPDC", "Orthopedagogisch-didactisch centrum"],
                                       ["Pro", "Praktijkonderwijs"]])
    blocks += afkortingen(AFK_BASE + [["VSO", "voortgezet speciaal onderwijs"], ["LWOO", "leerwegondersteunend onderwijs"],
                                      ["PrO", "praktijkonderwijs"], ["OJSP", "ouder- en jeugdsteunpunt"]])
    label = dict(
        documents=["vo-kempenstroom.docx"], sector="vo",
        elements=dict(basisondersteuning="partial", plaatsing="present", terugstroom="partial",
                      financien="present", **{"dekkend-aanbod": "partial"}, resultaten="present", ouders="partial"),
        criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": False,
                  "plaatsing.procedure": True, "plaatsing.criteria": True,
                  "terugstroom.procedure": False, "terugstroom.beleid": True,
                  "financien.verdeling": True, "financien.besteding": True,
                  "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": False,
                  "resultaten.doelen": True, "resultaten.monitoring": True,
                  "ouders.informatie": True, "ouders.steunpunt": False},
        advisory={"plaatsing": ["deskundigen", "duur-categorie"], "financien": ["reserves", "verantwoording"],
                  "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
        notes={"basisondersteuning": "4.1 states an equal minimum level for every vestiging, but the concrete content is only referred to the schools' SOPs on their websites.",
               "plaatsing": "section 'Toewijzing: vso, lwoo en pro': vso procedure (applicant, dossier, two deskundigen, Commissie Toewijzing, 6 weken) and criteria a-c; lwoo/pro criteria and dates; duur and categorie.",
               "terugstroom": "section 'Terugplaatsing en overplaatsing' gives aims, conditions and six months overstapcoach (beleid) but the stappenplan is deferred to a protocol to be written in the first planjaar.",
               "financien": "Under 'Geld en middelen': per-leerling budget, vaste voet, doorbetaling lwoo/pro, meerjarenbegroting table with amounts, verantwoording format, weerstandsvermogen.",
               "dekkend-aanbod": "4.2 four-layer continuum table (OPDC, rebound, vso) present; section 'Thuiszitters' Thuiszitters only says the theme keeps attention and defers the gap analysis to a future monitor.",
               "resultaten": "section 'Wat we willen bereiken en hoe we dat volgen': table of ambitions with nulmeting and streefwaarde, plus dashboard twice a year, monitorgesprekken, jaarverslag.",
               "ouders": "section 'Ouders en leerlingen' describes information (schoolgids, website, brochure, informatieavond); the ouder- en jeugdsteunpunt is only announced ('besluiten wij in de loop van 2027'), no other independent help named."})
    return "vo-kempenstroom", c, blocks, label


# ============================================================================================
# Plan C: PO, pdf only
# ============================================================================================

def plan_c():
    c = dict(naam="Stichting Samenwerkingsverband Primair Onderwijs Heuvelrug-Zuid", kort="SWV Heuvelrug-Zuid",
             code="PO 26-12", periode="2026-2030", scholen="basisscholen", bestuurder="J. (Joost) Verkerk",
             gemeenten="Rhenen, Veenendaal en Utrechtse Heuvelrug", nbesturen="negen",
             buur="samenwerkingsverband VO Zuidoost-Utrecht", buurdatum="12 februari 2026", oogo="5 februari 2026",
             opr_datum="17 maart 2026", vastgesteld="31 maart 2026")
    toc = ["1 Voorwoord", "2 Leeswijzer", "3 Ons samenwerkingsverband in cijfers", "4 Visie en missie",
           "5 Passend onderwijs in onze scholen", "5.1 Afspraken over basisondersteuning",
           "5.2 Het ondersteuningscontinuüm", "5.3 Toelaatbaarheid tot sbo en so", "5.4 Terugplaatsing en overplaatsing",
           "6 Als het (even) niet lukt: thuiszitters en zorgplicht", "7 Hoe het geld de scholen bereikt",
           "8 Wat vaders, moeders en verzorgers van ons mogen verwachten", "9 Organisatie en governance",
           "10 Personeel en professionalisering", "11 ICT, gegevens en privacy", "12 Totstandkoming",
           "13 Planning", "Bijlage A Begrippen", "Bijlage B Afkortingen"]
    blocks = [("title", "Ondersteuningsplan 2026-2030", [c["naam"], c["code"], "Dichtbij, samen, passend"]),
              ("toc", toc)]
    blocks += voorwoord(c)
    blocks += leeswijzer(c, ["Hoofdstuk 5 gaat over de ondersteuning: basisondersteuning, het continuüm, "
                             "toelaatbaarheid en terugplaatsing.",
                             "Hoofdstuk 6 beschrijft hoe wij voorkomen dat kinderen thuis komen te zitten.",
                             "Hoofdstuk 7 gaat over geld; hoofdstuk 8 is geschreven voor ouders.",
                             "Over de resultaten van passend onderwijs: zie het jaarverslag."])
    blocks += regio(c, [["", "Scholen", "Leerlingen"], ["Basisscholen", "41", "8.150"], ["Sbo", "2", "268"],
                        ["So (cluster 3 en 4)", "2", "190"]])
    blocks += wettelijk_kader(c) + context(c) + visie(c) + terugblik(c)
    blocks += [
        ("h1", "Passend onderwijs in onze scholen"),
        ("h2", "Afspraken over basisondersteuning"),
        ("p", "De afspraken die de besturen over de basisondersteuning hebben gemaakt, staan in onderstaand "
              "overzicht."),
        ("table", [["Onderdeel", "Afspraak (geldt voor elke vestiging van elk aangesloten bestuur)"],
                   ["Status", "Dit is het minimumniveau dat iedere school in Heuvelrug-Zuid biedt. Een school die "
                              "hier niet aan voldoet, spreekt het bestuur daarop aan."],
                   ["Ondersteuningsstructuur", "Iedere school heeft een intern begeleider (min. 0,4 fte per 200 "
                                               "leerlingen) en een ondersteuningsteam met schoolmaatschappelijk werk."],
                   ["Lezen en rekenen", "Dyslexie- en dyscalculieprotocol; tweemaal per jaar screening groep 3-5; "
                                        "interventie binnen zes weken na signalering."],
                   ["Gedrag en welbevinden", "Schoolbrede gedragsaanpak (bijv. PBS of Kanjertraining); "
                                             "sociaal-emotioneel volgsysteem; anti-pestcoördinator."],
                   ["Meer- en hoogbegaafdheid", "Compacten en verrijken in de groep vanaf groep 1/2."],
                   ["Medisch", "Protocol medisch handelen; samenwerking met jeugdverpleegkundige GGD."],
                   ["Expertise op afroep", "Consultatie orthopedagoog van het verband, zonder aanvraag, binnen "
                                           "twee weken."]]),
        ("h2", "Het ondersteuningscontinuüm"),
        ("p", "Een beschrijving van het geheel van voorzieningen tussen basisondersteuning en speciaal onderwijs "
              "- het continuüm - nemen wij op in de routekaart passend onderwijs, die de besturen in het schooljaar "
              "2026-2027 gezamenlijk opstellen."),
        ("h2", "Toelaatbaarheid tot sbo en so"),
        ("p", "Het schoolbestuur van de school waar het kind staat ingeschreven vraagt de toelaatbaarheids"
              "verklaring aan bij de Commissie van Toelaatbaarheid (CvT) van het verband. De intern begeleider "
              "verzamelt het groeidocument en het OPP en voegt het verslag toe van het gesprek waarin ouders hun "
              "zienswijze hebben gegeven. De CvT vraagt advies aan twee deskundigen: een orthopedagoog-"
              "generalist en een tweede deskundige die past bij de vraag van het kind, bijvoorbeeld een "
              "kinderarts. De CvT beslist binnen zes weken; in spoedsituaties binnen tien werkdagen. Het besluit "
              "wordt schriftelijk aan ouders en school meegedeeld, met afschrift van de adviezen."),
        ("p", "De criteria op grond waarvan de CvT een kind toelaatbaar verklaart, worden in het schooljaar "
              "2026-2027 opnieuw vastgesteld. Tot die tijd weegt de commissie iedere aanvraag op haar eigen "
              "merites."),
        ("p", "Een TLV voor het so wordt afgegeven voor twee jaar, met bekostigingscategorie laag, midden of "
              "hoog; een TLV voor het sbo voor vier jaar."),
        ("h2", "Terugplaatsing en overplaatsing"),
        ("p", "Deze paragraaf wordt aangevuld na de evaluatie met de sbo- en so-scholen, die gepland staat voor "
              "het voorjaar van 2027."),
        ("h1", "Als het (even) niet lukt: thuiszitters en zorgplicht"),
        ("p", "Soms lukt het niet om voor een kind direct een passende plek te vinden. Dan geldt de zorgplicht: "
              "het schoolbestuur waar het kind is aangemeld, zoekt binnen zes weken (eenmaal te verlengen met vier "
              "weken) een passende plek, op de eigen school of elders. Lukt dat niet, dan meldt het bestuur het "
              "kind bij het verband. De casusregisseur van het verband roept dan binnen vijf werkdagen de "
              "Thuiszitterstafel bijeen met leerplicht, het lokale team, ouders en de betrokken scholen."),
        ("p", "Iedere school meldt elk kind dat vier weken of langer verzuimt of is vrijgesteld. Het bureau houdt "
              "een actuele lijst bij en bespreekt deze maandelijks met de leerplichtambtenaren. Blijkt uit de lijst "
              "dat meerdere kinderen vastlopen op hetzelfde ontbrekende aanbod, dan stelt het verband samen met "
              "de gemeenten een voorstel op om dat aanbod te realiseren. Zo is in 2025 een onderwijs-"
              "zorggroep voor jonge kinderen met een ontwikkelingsachterstand gestart in Veenendaal."),
        ("h1", "Hoe het geld de scholen bereikt"),
        ("p", "De middelen van het verband volgen zoveel mogelijk het kind. Na aftrek van de verplichte "
              "afdrachten voor het so en de sbo-groeiregeling ontvangt iedere school € 145 per leerling, geteld "
              "op 1 oktober van het voorafgaande jaar. Daarnaast geldt een solidariteitsregeling: een school waar "
              "meer dan 4% van de leerlingen een OPP heeft, ontvangt voor iedere OPP-leerling boven die grens "
              "€ 2.000 extra; de teldatum is ook hier 1 oktober. Bestuursoverstijgende afspraken worden jaarlijks in de Algemene Vergadering vastgesteld."),
        ("table", [["Begroting (bedragen in €)", "2026", "2027", "2028", "2029"],
                   ["Afdracht so", "3.420.000", "3.390.000", "3.350.000", "3.330.000"],
                   ["Afdracht sbo (groeiregeling)", "410.000", "400.000", "400.000", "390.000"],
                   ["Schoolbudgetten (€ 145 p.l.)", "1.181.750", "1.170.000", "1.158.000", "1.146.000"],
                   ["Solidariteitsregeling OPP-leerlingen", "380.000", "380.000", "380.000", "380.000"],
                   ["Thuiszitterstafel en casusregie", "120.000", "120.000", "125.000", "125.000"],
                   ["Bureau", "515.000", "525.000", "535.000", "545.000"]]),
        ("p", "Scholen leggen jaarlijks in een korte rapportage verantwoording af over de besteding van hun "
              "schoolbudget."),
        ("h1", "Wat vaders, moeders en verzorgers van ons mogen verwachten"),
        ("p", "Iedere school geeft bij de kennismaking de folder 'Samen op weg' mee, waarin staat welke "
              "ondersteuning elke school in de regio biedt en hoe extra hulp wordt aangevraagd. Op de website "
              "staat een aparte rubriek voor gezinnen, met uitleg in eenvoudige taal en in het Engels, Arabisch "
              "en Pools. Twee keer per jaar is er een inloopavond in Veenendaal en Rhenen waar medewerkers van "
              "het verband vragen beantwoorden."),
        ("p", "Wie er met de school of met ons niet uitkomt, hoeft dat niet alleen op te lossen. Het Ouder- en "
              "Jeugdsteunpunt Heuvelrug is onafhankelijk van scholen en verband en op werkdagen bereikbaar. Ook "
              "kunt u de onderwijsconsulenten benaderen, een landelijke en kosteloze voorziening. Bij een geschil "
              "over toelating of verwijdering kunt u terecht bij de Geschillencommissie passend onderwijs."),
    ]
    blocks += aansluiting(c) + ontwikkelagenda(c)
    blocks += governance(c) + opr(c, True) + personeel(c) + ict_privacy(c) + integriteit(c) + totstandkoming(c, True)
    blocks += planning(c, PLAN_ROWS)
    blocks += begrippen(BEGRIP_BASE + [["Resultaten", "De uitkomsten van passend onderwijs voor leerlingen."],
                                       ["CvT", "Commissie van Toelaatbaarheid."]])
    blocks += afkortingen(AFK_BASE + [["CvT", "Commissie van Toelaatbaarheid"], ["SBO", "speciaal basisonderwijs"]])
    label = dict(
        documents=["po-heuvelrug-zuid.pdf"], sector="po",
        elements=dict(basisondersteuning="present", plaatsing="partial", terugstroom="missing",
                      financien="present", **{"dekkend-aanbod": "partial"}, resultaten="missing", ouders="present"),
        criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
                  "plaatsing.procedure": True, "plaatsing.criteria": False,
                  "terugstroom.procedure": False, "terugstroom.beleid": False,
                  "financien.verdeling": True, "financien.besteding": True,
                  "dekkend-aanbod.continuum": False, "dekkend-aanbod.lacunes": True,
                  "resultaten.doelen": False, "resultaten.monitoring": False,
                  "ouders.informatie": True, "ouders.steunpunt": True},
        advisory={"plaatsing": ["deskundigen", "duur-categorie"], "financien": ["verantwoording"],
                  "dekkend-aanbod": ["ketenpartners"], "ouders": ["betrokkenheid"]},
        notes={"basisondersteuning": "5.1: the minimum level and all concrete provisions are only inside a table ('geldt voor elke vestiging').",
               "plaatsing": "5.3: procedure with CvT, two deskundigen, 6 weken; criteria explicitly postponed to 2026-2027 ('op haar eigen merites').",
               "terugstroom": "5.4 heading exists but body only says it will be added after an evaluation in spring 2027; glossary entry only.",
               "financien": "section 'Hoe het geld de scholen bereikt' 'Hoe het geld de scholen bereikt': EUR 145 per leerling plus solidariteitsregeling (EUR 2.000 per OPP-leerling above 4%), multi-year budget table with amounts.",
               "dekkend-aanbod": "5.2 continuum deferred to a routekaart; section 'Als het (even) niet lukt' zorgplicht, Thuiszitterstafel and gap handling present; OOGO/jeugdhulp in Totstandkoming.",
               "resultaten": "No intended results nor monitoring; only a leeswijzer line referring to the jaarverslag and a glossary entry.",
               "ouders": "section 'Wat vaders, moeders en verzorgers van ons mogen verwachten' (unusual heading 'vaders, moeders en verzorgers'): folder, website, inloopavonden; Ouder- en Jeugdsteunpunt, onderwijsconsulenten, Geschillencommissie."})
    return "po-heuvelrug-zuid", c, blocks, label


# ============================================================================================
# Plan D: VO, pdf only
# ============================================================================================

def plan_d():
    c = dict(naam="Samenwerkingsverband Voortgezet Onderwijs Waterland-Oost", kort="SWV Waterland-Oost",
             code="VO 27-11", periode="2026-2030", scholen="scholen voor voortgezet onderwijs",
             bestuurder="A. (Anouk) Bakker MEd", gemeenten="Purmerend, Edam-Volendam en Waterland", nbesturen="vijf",
             buur="samenwerkingsverband PO Waterland", buurdatum="3 februari 2026", oogo="20 januari 2026",
             opr_datum="9 maart 2026", vastgesteld="23 maart 2026")
    toc = ["1 Voorwoord", "2 Leeswijzer", "3 Ons samenwerkingsverband in cijfers", "4 Visie en missie",
           "5 Ondersteuning op de scholen", "6 Het ondersteuningsaanbod in de regio", "7 Toewijzing en toelaatbaarheid",
           "8 Terug naar het regulier vo", "9 Thuiszitters en dekkend netwerk", "10 Kwaliteitszorg",
           "11 Financiën", "12 Ouders en leerlingen", "13 Organisatie en governance", "14 Personeel",
           "15 ICT en privacy", "16 Totstandkoming", "17 Planning", "Begrippenlijst", "Afkortingen"]
    blocks = [("title", "Ondersteuningsplan 2026-2030", [c["naam"], c["code"], "Koers houden, ruimte geven"]),
              ("toc", toc)]
    blocks += voorwoord(c)
    blocks += leeswijzer(c, ["Hoofdstuk 5 en 6 beschrijven de ondersteuning op de scholen en in de regio.",
                             "Hoofdstuk 7 en 8 gaan over toelaatbaarheid en terugkeer.",
                             "Hoofdstuk 10 en 11 gaan over kwaliteit en geld.",
                             "Hoofdstuk 12 gaat over ouders en leerlingen."])
    blocks += regio(c, [["", "Vestigingen", "Leerlingen"], ["Regulier vo", "8", "9.240"], ["Pro", "1", "285"],
                        ["Vso", "2", "330"]])
    blocks += wettelijk_kader(c) + context(c) + visie(c) + terugblik(c)
    blocks += [
        ("h1", "Ondersteuning op de scholen"),
        ("p", "Op de scholen in Waterland-Oost is veel expertise aanwezig. Voorbeelden van wat scholen bieden zijn "
              "een ondersteuningscoördinator, mentoraat met een vast mentoruur, faalangstreductietraining, "
              "een dyslexiecoach, huiswerkbegeleiding, een time-outruimte en begeleiding bij executieve functies. "
              "Welke van deze voorzieningen een school biedt en op welk niveau, bepaalt iedere school zelf in haar "
              "schoolondersteuningsprofiel. Een gezamenlijk minimum hebben de besturen tot nu toe niet vastgelegd."),
        ("h1", "Het ondersteuningsaanbod in de regio"),
        ("p", "Het ondersteuningsaanbod in onze regio is opgebouwd als een doorlopende reeks: ondersteuning in de "
              "klas en op school, extra ondersteuning via een arrangement op de eigen school, tijdelijke plaatsing "
              "in het OPDC De Brug, een plusvoorziening voor leerlingen met complexe problematiek en ten slotte "
              "het vso. Praktijkonderwijs en lwoo vormen een eigen route binnen dit geheel. Tussen de "
              "voorzieningen zijn afspraken gemaakt over overdracht: een leerling gaat nooit zonder warme "
              "overdracht van de ene naar de andere plek."),
        ("table", [["Voorziening", "Capaciteit", "Maximale duur"],
                   ["Arrangement op school", "n.v.t.", "1 schooljaar, verlengbaar"],
                   ["OPDC De Brug", "40 plaatsen", "2 x 12 weken"],
                   ["Plusvoorziening", "16 plaatsen", "1 schooljaar"],
                   ["Vso (2 scholen)", "330 leerlingen", "duur TLV"]]),
        ("h1", "Toewijzing en toelaatbaarheid"),
        ("p", "Hoe een aanvraag voor een TLV, lwoo of pro verloopt, staat in de digitale handleiding op "
              "www.swvwaterlandoost.nl/aanvragen. Daar vinden scholen ook de formulieren."),
        ("p", "Voor de beoordeling gelden de volgende criteria."),
        ("table", [["Voorziening", "Criteria"],
                   ["Vso", "De leerling heeft een ondersteuningsbehoefte die de mogelijkheden van het regulier vo "
                           "inclusief OPDC structureel overstijgt; er is ten minste één arrangement uitgevoerd en "
                           "geëvalueerd; de deskundigen adviseren plaatsing."],
                   ["Pro", "Landelijke criteria: IQ 55-80 en leerachterstand van ten minste 50% op twee domeinen, "
                           "waarvan één begrijpend lezen of inzichtelijk rekenen."],
                   ["Lwoo", "Landelijke criteria: IQ 75-90 en leerachterstand 25-50% op twee domeinen; of IQ "
                            "91-120 met leerachterstand en sociaal-emotionele problematiek."]]),
        ("p", "Een TLV vso wordt in de regel voor twee schooljaren afgegeven."),
        ("h1", "Terug naar het regulier vo"),
        ("p", "Wij vinden dat het vso voor veel leerlingen een tussenstation kan zijn. Ons beleid is dat iedere "
              "vso-leerling bij wie het ontwikkelingsperspectief uitstroom naar een vmbo-, havo- of vwo-diploma "
              "aangeeft, actief wordt voorbereid op een overstap. Een reguliere school van het verband kan een "
              "leerling die terugkeert niet weigeren zolang de ondersteuningsbehoefte binnen haar profiel past. "
              "Na de overstap houdt de leerling een jaar lang recht op een arrangement op de nieuwe school."),
        ("table", [["Stap", "Wat", "Wie", "Wanneer"],
                   ["1", "Bespreking terugkeerperspectief bij evaluatie OPP", "Commissie van begeleiding vso",
                    "Jaarlijks in januari"],
                   ["2", "Overstapvoorstel en keuze ontvangende school", "Vso-school", "Uiterlijk 1 maart laatste "
                                                                                      "TLV-jaar"],
                   ["3", "Overstapgesprek en proefperiode van vier weken", "Vso-school en ontvangende school",
                    "April - mei"],
                   ["4", "Besluit over inschrijving", "Directeur ontvangende school", "Binnen 2 weken na "
                                                                                   "proefperiode"],
                   ["5", "Evaluatie na drie maanden", "Ontvangende school met consulent verband", "November"]]),
        ("p", "In schooljaar 2024-2025 stroomden veertien leerlingen vanuit het vso terug naar het regulier vo."),
        ("h1", "Thuiszitters en dekkend netwerk"),
        ("p", "Wij willen dat iedere jongere een plek heeft. Scholen melden verzuim en dreigende uitval binnen "
              "vijf schooldagen bij het verband. Het verband houdt een thuiszittersregister bij, dat iedere "
              "maand met leerplicht wordt doorgelopen. Voor iedere thuiszitter wordt binnen twee weken een "
              "casusregisseur aangewezen die een plan opstelt."),
        ("p", "Twee keer per jaar brengen wij in kaart waar het netwerk gaten vertoont: leerlingen die op een "
              "wachtlijst staan, leerlingen die buiten de regio zijn geplaatst en aanmeldingen die niet tot "
              "plaatsing leidden. Op basis daarvan besluit het bestuur over uitbreiding van voorzieningen; zo is in "
              "2025 de plusvoorziening met acht plaatsen uitgebreid."),
        ("table", [["Thuiszitters op peildatum", "2023", "2024", "2025"],
                   ["Absoluut verzuim", "9", "7", "6"], ["Relatief verzuim > 4 weken", "22", "18", "15"]]),
        ("h1", "Kwaliteitszorg"),
        ("p", "Het verband volgt de ontwikkelingen met een kwaliteitsmonitor. Ieder najaar verzamelt het bureau "
              "per school het aantal leerlingen met een arrangement, het aantal TLV's, doorlooptijden, het aantal "
              "thuiszitters en de uitstroom van leerlingen met een OPP. De uitkomsten worden in december besproken "
              "in het bestuur en met iedere schoolleider afzonderlijk; in het jaarverslag rapporteren wij de "
              "bereikte resultaten per indicator en de verschillen met het jaar daarvoor."),
        ("p", "De concrete doelen die wij ons voor deze planperiode stellen, leggen wij vast in het jaarplan "
              "2026-2027."),
        ("h1", "Financiën"),
        ("p", "De financiële paragraaf, inclusief het verdeelmodel en de meerjarenbegroting, wordt na instemming "
              "van de ondersteuningsplanraad als afzonderlijk document vastgesteld. Wij streven naar een "
              "doelmatige inzet van middelen."),
        ("h1", "Ouders en leerlingen"),
        ("p", "Een aparte paragraaf over de informatievoorziening aan ouders en over het ouder- en jeugdsteunpunt "
              "volgt zodra de wetgeving daarover in werking is getreden."),
    ]
    blocks += aansluiting(c) + ontwikkelagenda(c) + communicatie_scholen(c)
    blocks += governance(c) + opr(c, False) + personeel(c) + ict_privacy(c) + integriteit(c) + totstandkoming(c, True)
    blocks += planning(c, PLAN_ROWS)
    blocks += begrippen(BEGRIP_BASE + [["Verdeelmodel", "Model waarmee de ondersteuningsmiddelen over de scholen "
                                                        "worden verdeeld."],
                                       ["Onderwijsconsulent", "Onafhankelijk adviseur voor ouders bij vastgelopen "
                                                              "situaties."]])
    blocks += afkortingen(AFK_BASE + [["OPDC", "orthopedagogisch-didactisch centrum"], ["PrO", "praktijkonderwijs"],
                                      ["VSO", "voortgezet speciaal onderwijs"]])
    label = dict(
        documents=["vo-waterland-oost.pdf"], sector="vo",
        elements=dict(basisondersteuning="partial", plaatsing="partial", terugstroom="present",
                      financien="missing", **{"dekkend-aanbod": "present"}, resultaten="partial", ouders="missing"),
        criteria={"basisondersteuning.niveau": False, "basisondersteuning.inhoud": True,
                  "plaatsing.procedure": False, "plaatsing.criteria": True,
                  "terugstroom.procedure": True, "terugstroom.beleid": True,
                  "financien.verdeling": False, "financien.besteding": False,
                  "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
                  "resultaten.doelen": False, "resultaten.monitoring": True,
                  "ouders.informatie": False, "ouders.steunpunt": False},
        advisory={"plaatsing": ["duur-categorie"], "terugstroom": ["monitoring"], "dekkend-aanbod": ["ketenpartners"]},
        notes={"basisondersteuning": "section 'Ondersteuning op de scholen' lists example provisions but says each school decides its own level and no common minimum has been set (niveau missing).",
               "plaatsing": "section 'Toewijzing en toelaatbaarheid': criteria table for vso, pro, lwoo; the procedure is only referred to a website handleiding.",
               "terugstroom": "section 'Terug naar het regulier vo': policy (actively prepared, no refusal, one year arrangement) and a procedure table with steps, actors, moments; figure of 14 returns.",
               "financien": "section 'Financiën' defers the whole financial paragraph (verdeelmodel, meerjarenbegroting) to a separate document; only passing 'middelen'.",
               "dekkend-aanbod": "section 'Het ondersteuningsaanbod in de regio' continuum (OPDC, plusvoorziening, vso, table); section 'Thuiszitters en dekkend netwerk' thuiszittersregister, casusregisseur, twice-yearly gap analysis.",
               "resultaten": "section 'Kwaliteitszorg' Kwaliteitszorg describes the monitor and reporting, but the goals are deferred to the jaarplan 2026-2027 (no targets anywhere in the body).",
               "ouders": "section 'Ouders en leerlingen' only announces a future paragraph; OPR paragraph mentions no parents' role; glossary entries only."})
    return "vo-waterland-oost", c, blocks, label


# ============================================================================================
# Plan E: VO, html (web version, 'op hoofdlijnen')
# ============================================================================================

def plan_e():
    c = dict(naam="Samenwerkingsverband VO Veluwezoom-IJssel", kort="SWV Veluwezoom-IJssel", code="VO 25-06",
             periode="2026-2030", scholen="scholen voor voortgezet onderwijs", bestuurder="H. (Hatice) Yilmaz",
             gemeenten="Brummen, Rheden, Rozendaal en Zutphen", nbesturen="vier",
             buur="samenwerkingsverband PO IJssel-Veluwe", buurdatum="10 februari 2026", oogo="27 januari 2026",
             opr_datum="5 maart 2026", vastgesteld="19 maart 2026")
    toc = ["Voorwoord", "Leeswijzer", "Ons samenwerkingsverband in cijfers", "Visie en missie",
           "Basisondersteuning", "Toelaatbaarheid", "Overstap van vso naar regulier vo", "Ambities en resultaten",
           "Middelen", "Waar ouders terechtkunnen", "Organisatie en governance", "Personeel", "ICT en privacy",
           "Totstandkoming", "Planning", "Begrippenlijst", "Afkortingen"]
    blocks = [("title", "Ondersteuningsplan 2026-2030 op hoofdlijnen", [c["naam"], c["code"],
                                                                       "Webversie - laatst bijgewerkt april 2026"]),
              ("toc", toc)]
    blocks += voorwoord(c)
    blocks += leeswijzer(c, ["Dit is een plan op hoofdlijnen. Uitwerkingen staan in reglementen en het jaarplan.",
                             "De hoofdstukken over basisondersteuning, toelaatbaarheid en overstap gaan over de "
                             "ondersteuning zelf.",
                             "Daarna volgen ambities, middelen en informatie voor ouders."])
    blocks += regio(c, [["", "Vestigingen", "Leerlingen"], ["Regulier vo", "7", "6.480"], ["Pro", "1", "190"],
                        ["Vso", "1", "210"]])
    blocks += wettelijk_kader(c) + context(c) + visie(c) + terugblik(c)
    blocks += [
        ("h1", "Basisondersteuning"),
        ("p", "In 2025 heeft de minister een advies ontvangen over een landelijke norm voor basisondersteuning. "
              "Wij wachten de besluitvorming daarover af. Tot die tijd blijven de afspraken uit ons vorige "
              "ondersteuningsplan van kracht; een herijking volgt zodra de landelijke norm bekend is."),
        ("h1", "Toelaatbaarheid"),
        ("p", "Toelaatbaarheid tot vso en pro en de aanwijzing voor lwoo zijn geregeld in het Reglement Toewijzing "
              "Veluwezoom-IJssel, dat het bestuur afzonderlijk vaststelt en dat op onze website is gepubliceerd."),
        ("h1", "Overstap van vso naar regulier vo"),
        ("p", "In het laatste jaar van de TLV bespreekt de vso-school in de OPP-evaluatie van november of een "
              "overstap naar het regulier vo mogelijk is. Is dat zo, dan stelt de mentor samen met de leerling en "
              "de ouders een overstapplan op, dat uiterlijk 1 maart aan de consulent van het verband wordt "
              "voorgelegd. De consulent zoekt met de ouders een ontvangende school; de directeur van die school "
              "besluit vóór 1 mei over inschrijving. In maart volgt een tweede evaluatiemoment. Zonder overstap "
              "of nieuwe aanvraag eindigt de TLV op 31 juli."),
        ("p", "Over de doelen van terugplaatsing, de voorwaarden en de begeleiding die een leerling na de overstap "
              "krijgt, maken wij in 2027 samen met de vso-school beleid."),
        ("h1", "Ambities en resultaten"),
        ("p", "Wij hebben voor leerlingen met een extra ondersteuningsbehoefte vier ambities geformuleerd, elk met "
              "een meetbare streefwaarde voor 2030."),
        ("table", [["Ambitie", "2025 (nulmeting)", "2030 (streefwaarde)"],
                   ["Leerlingen met een OPP stromen uit met diploma of startkwalificatie", "71%", "80%"],
                   ["Leerlingen met een OPP voelen zich veilig op school (enquête)", "82%", "90%"],
                   ["Thuiszitters langer dan 3 maanden", "11", "maximaal 3"],
                   ["Gemiddelde wachttijd vso", "9 weken", "4 weken"]]),
        ("p", "Halfjaarlijks stelt het bureau de 'Staat van het verband' op: een rapportage met de stand op "
              "iedere ambitie, opgebouwd uit gegevens van DUO, de scholen en de eigen registratie. Het algemeen "
              "bestuur bespreekt de rapportage in januari en juli; de OPR ontvangt haar ter bespreking. Eens per "
              "jaar evalueren wij in een bijeenkomst met ondersteuningscoördinatoren welke aanpak werkt en passen "
              "wij zo nodig het jaarplan aan. De bereikte resultaten staan in het jaarverslag."),
        ("h1", "Middelen"),
        ("p", "Het verdeelmodel wordt in deze planperiode herzien. Tot de herziening is afgerond, geldt wat het "
              "algemeen bestuur jaarlijks bepaalt."),
        ("table", [["Meerjarenbegroting (bedragen in €)", "2026", "2027", "2028", "2029"],
                   ["Baten ondersteuningsmiddelen", "6.950.000", "6.880.000", "6.810.000", "6.760.000"],
                   ["Afdracht vso", "2.140.000", "2.120.000", "2.090.000", "2.070.000"],
                   ["Lwoo en pro naar scholen", "3.310.000", "3.280.000", "3.250.000", "3.220.000"],
                   ["Middelen lichte ondersteuning scholen", "820.000", "810.000", "800.000", "800.000"],
                   ["Bovenschoolse voorzieningen", "390.000", "390.000", "390.000", "390.000"],
                   ["Bureau", "295.000", "300.000", "305.000", "310.000"]]),
        ("h1", "Waar ouders terechtkunnen"),
        ("p", "Hoe wij ouders informeren over de ondersteuningsmogelijkheden stemmen wij dit jaar af met het "
              "steunpunt; een communicatieplan volgt."),
        ("p", "Loopt u vast, heeft u een vraag of bent u het niet eens met de school of het verband? Dan kunt u "
              "terecht bij het Ouder- en Jeugdsteunpunt Veluwezoom-IJssel. Het steunpunt werkt onafhankelijk, is "
              "kosteloos en is bereikbaar via telefoon, mail en een wekelijks spreekuur in Dieren en Zutphen. "
              "Daarnaast kunt u de landelijke onderwijsconsulenten inschakelen."),
    ]
    blocks += leerlingen_stem(c) + aansluiting(c) + ontwikkelagenda(c) + communicatie_scholen(c)
    blocks += governance(c) + opr(c, True) + personeel(c) + ict_privacy(c) + integriteit(c) + totstandkoming(c, False)
    blocks += planning(c, PLAN_ROWS)
    blocks += begrippen(BEGRIP_BASE + [["Thuiszitter", "Leerplichtige jongere die zonder geldige reden niet naar "
                                                       "school gaat."],
                                       ["Reglement Toewijzing", "Reglement met procedures voor TLV, lwoo en pro."]])
    blocks += afkortingen(AFK_BASE + [["LWOO", "leerwegondersteunend onderwijs"], ["PrO", "praktijkonderwijs"],
                                      ["VSO", "voortgezet speciaal onderwijs"]])
    label = dict(
        documents=["vo-veluwezoom-ijssel.html"], sector="vo",
        elements=dict(basisondersteuning="missing", plaatsing="missing", terugstroom="partial",
                      financien="partial", **{"dekkend-aanbod": "missing"}, resultaten="present", ouders="partial"),
        criteria={"basisondersteuning.niveau": False, "basisondersteuning.inhoud": False,
                  "plaatsing.procedure": False, "plaatsing.criteria": False,
                  "terugstroom.procedure": True, "terugstroom.beleid": False,
                  "financien.verdeling": False, "financien.besteding": True,
                  "dekkend-aanbod.continuum": False, "dekkend-aanbod.lacunes": False,
                  "resultaten.doelen": True, "resultaten.monitoring": True,
                  "ouders.informatie": False, "ouders.steunpunt": True},
        advisory={"resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
        notes={"basisondersteuning": "Section only refers to the previous plan (not part of the input) and defers a herijking; glossary entry only.",
               "plaatsing": "Only a reference to a separately adopted Reglement Toewijzing on the website; TLV elsewhere only in the terugstroom context and glossary.",
               "terugstroom": "'Overstap van vso naar regulier vo' gives steps, initiator, decider, evaluation moments and end of TLV; policy (aims, conditions, support after return) deferred to 2027.",
               "financien": "'Middelen' has a meerjarenbegroting table with amounts, but the verdeelmodel is 'wordt herzien' / whatever the bestuur decides yearly - no procedure or criteria.",
               "dekkend-aanbod": "No continuum, no gap/thuiszitters approach; thuiszitters only as a target row and in the glossary; OOGO only as a procedural date in Totstandkoming.",
               "resultaten": "'Ambities en resultaten': goals with nulmeting and streefwaarde, half-yearly 'Staat van het verband', jaarverslag.",
               "ouders": "'Waar ouders terechtkunnen': independent Ouder- en Jeugdsteunpunt and onderwijsconsulenten; how parents are informed is deferred to a communicatieplan."})
    return "vo-veluwezoom-ijssel", c, blocks, label


# ============================================================================================
# Near miss: school-level 'ondersteuningsplan' of a basisschool (docx)
# ============================================================================================

def near_miss():
    blocks = [
        ("title", "Ondersteuningsplan 2026-2027", ["OBS De Wilgenhoek, Zetten", "Onderdeel van Stichting Primair "
                                                  "Onderwijs Betuwe Boven", "Vastgesteld door het MT, september 2026"]),
        ("toc", ["1 Inleiding", "2 Onze leerlingen", "3 De zorgniveaus op De Wilgenhoek",
                 "4 Groepsbesprekingen en leerlingbesprekingen", "5 Basisondersteuning op onze school",
                 "6 Extra ondersteuning en arrangementen via het samenwerkingsverband",
                 "7 Als onze school niet (meer) passend is: TLV", "8 Ouders als partner",
                 "9 Middelen en formatie ondersteuning", "10 Resultaten en evaluatie", "11 Jaarplanning zorg"]),
        ("h1", "Inleiding"),
        ("p", "Dit ondersteuningsplan beschrijft hoe wij op OBS De Wilgenhoek de ondersteuning aan onze leerlingen "
              "organiseren. Het plan is bedoeld voor het team, voor ouders en voor de medezeggenschapsraad. Het "
              "is een uitwerking van ons schoolondersteuningsprofiel en sluit aan bij het ondersteuningsplan van "
              "Samenwerkingsverband Passend Primair Onderwijs Rivierenland-West, waarbij onze school is "
              "aangesloten. Dit schoolplan wordt ieder jaar in september bijgesteld door de intern begeleider en "
              "de directeur."),
        ("h1", "Onze leerlingen"),
        ("p", "De Wilgenhoek telt 236 leerlingen in tien groepen. Ongeveer twaalf procent van de leerlingen heeft "
              "een eigen leerlijn op een of meer vakgebieden; acht leerlingen hebben een "
              "ontwikkelingsperspectiefplan. Wij zien een toename van leerlingen met taalachterstand en van "
              "kinderen met vragen op het gebied van gedrag en concentratie."),
        ("h1", "De zorgniveaus op De Wilgenhoek"),
        ("table", [["Zorgniveau", "Omschrijving", "Wie"],
                   ["1", "Goed lesgeven in de groep, differentiatie in drie niveaus", "Leerkracht"],
                   ["2", "Extra instructie aan de instructietafel, kleine groep", "Leerkracht"],
                   ["3", "Specifieke interventie na groepsbespreking, bijv. RT of leesbegeleiding", "Leerkracht, "
                                                                                                    "IB'er"],
                   ["4", "Inzet externe deskundigen, handelingsgericht diagnostisch onderzoek",
                    "IB'er, orthopedagoog SWV"],
                   ["5", "Arrangement of verwijzing naar sbo/so", "IB'er, directeur, samenwerkingsverband"]]),
        ("p", "Leerkrachten registreren de ondersteuning in het leerlingvolgsysteem. Bij overgang naar een hoger "
              "niveau worden ouders altijd vooraf geïnformeerd."),
        ("h1", "Groepsbesprekingen en leerlingbesprekingen"),
        ("p", "Drie keer per jaar, na de toetsperiodes van oktober, februari en juni, bespreekt de intern "
              "begeleider met iedere leerkracht de groep. Aan de hand van het groepsoverzicht worden de "
              "onderwijsbehoeften van de leerlingen in beeld gebracht en de groepsplannen bijgesteld. "
              "Leerlingen over wie zorgen bestaan, worden besproken in de leerlingbespreking met het "
              "ondersteuningsteam (IB'er, directeur, schoolmaatschappelijk werker, jeugdverpleegkundige)."),
        ("h1", "Basisondersteuning op onze school"),
        ("p", "Onze basisondersteuning omvat een dyslexieprotocol, een aanpak voor sociale veiligheid met de "
              "Kanjertraining, een plusgroep voor meerbegaafde leerlingen op vrijdagochtend en een protocol "
              "medisch handelen. De intern begeleider is drie dagen per week op school."),
        ("h1", "Extra ondersteuning en arrangementen via het samenwerkingsverband"),
        ("p", "Wanneer onze eigen mogelijkheden tekortschieten, vragen wij bij het samenwerkingsverband een "
              "arrangement aan. Wij ontvangen daarnaast een schoolbudget waarmee wij onder meer een "
              "onderwijsassistent voor twee dagen per week bekostigen."),
        ("h1", "Als onze school niet (meer) passend is: TLV"),
        ("p", "Soms kan een kind beter naar een school voor speciaal basisonderwijs of speciaal onderwijs. In dat "
              "geval vraagt ons bestuur een toelaatbaarheidsverklaring aan bij het samenwerkingsverband. De IB'er "
              "bereidt de aanvraag voor, ouders worden bij ieder gesprek betrokken. De procedure en de criteria "
              "van het samenwerkingsverband staan in het ondersteuningsplan van het verband."),
        ("h1", "Ouders als partner"),
        ("p", "Ouders kennen hun kind het best. Wij betrekken ouders bij de groepsplannen van hun kind, bespreken "
              "het OPP ten minste twee keer per jaar met hen en vragen hun instemming met het handelingsdeel. "
              "Ouders met vragen kunnen altijd een afspraak maken met de IB'er. Heeft u een klacht, dan geldt de "
              "klachtenregeling uit de schoolgids."),
        ("h1", "Middelen en formatie ondersteuning"),
        ("table", [["Formatie", "fte"], ["Intern begeleider", "0,6"], ["Onderwijsassistent (schoolbudget SWV)",
                                                                       "0,4"], ["Remedial teacher", "0,2"]]),
        ("h1", "Resultaten en evaluatie"),
        ("p", "Aan het einde van het schooljaar evalueert het team de ondersteuning: zijn de doelen uit de "
              "groepsplannen gehaald, hoe ontwikkelen de leerlingen met een OPP zich ten opzichte van hun "
              "uitstroomperspectief? De uitkomsten worden opgenomen in het jaarverslag van de school en "
              "besproken met de MR."),
        ("h1", "Jaarplanning zorg"),
        ("table", [["Maand", "Activiteit"], ["september", "Startgesprekken ouders en leerlingen"],
                   ["oktober", "Toetsperiode en groepsbespreking 1"], ["februari", "Toetsperiode en "
                                                                                   "groepsbespreking 2"],
                   ["juni", "Groepsbespreking 3 en overdracht"], ["juli", "Evaluatie ondersteuningsplan"]]),
    ]
    label = dict(documents=["obs-wilgenhoek-schoolondersteuningsplan.docx"], sector="po", looks_like_plan=False,
                 note="School-level 'ondersteuningsplan' of one basisschool (zorgniveaus, groepsbesprekingen, own "
                      "formatie); it refers to the samenwerkingsverband's plan but is not itself a plan of a "
                      "samenwerkingsverband (no OPR, OOGO, verdeling over scholen, TLV-procedure of the verband).")
    return "obs-wilgenhoek-schoolondersteuningsplan", blocks, label


# --------------------------------------------------------------------------------------------
# Label writing (hand-formatted YAML in the agreed layout)
# --------------------------------------------------------------------------------------------

ELEMENTS = ["basisondersteuning", "plaatsing", "terugstroom", "financien", "dekkend-aanbod", "resultaten", "ouders"]
CRITERIA = ["basisondersteuning.niveau", "basisondersteuning.inhoud", "plaatsing.procedure", "plaatsing.criteria",
            "terugstroom.procedure", "terugstroom.beleid", "financien.verdeling", "financien.besteding",
            "dekkend-aanbod.continuum", "dekkend-aanbod.lacunes", "resultaten.doelen", "resultaten.monitoring",
            "ouders.informatie", "ouders.steunpunt"]


def q(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def write_label(name, label):
    lines = ["documents: [%s]" % ", ".join(label["documents"]), "sector: %s" % label["sector"]]
    if label.get("looks_like_plan", True) is False:
        lines += ["looks_like_plan: false", "elements: {}", "criteria: {}", "advisory_addressed: {}",
                  "notes:", "  document: %s" % q(label["note"])]
    else:
        lines.append("looks_like_plan: true")
        lines.append("elements: {%s}" % ", ".join("%s: %s" % (e, label["elements"][e]) for e in ELEMENTS))
        lines.append("criteria:")
        lines += ["  %s: %s" % (k, "true" if label["criteria"][k] else "false") for k in CRITERIA]
        lines.append("advisory_addressed:")
        for e in ELEMENTS:
            if e in label["advisory"]:
                lines.append("  %s: [%s]" % (e, ", ".join(label["advisory"][e])))
        lines.append("notes:")
        lines += ["  %s: %s" % (e, q(label["notes"][e])) for e in ELEMENTS]
    (OUT / (name + ".expected.yaml")).write_text("\n".join(lines) + "\n", encoding="utf-8")


def check_label(label):
    if label.get("looks_like_plan", True) is False:
        return
    for e in ELEMENTS:
        vals = [label["criteria"][k] for k in CRITERIA if k.startswith(e + ".")]
        if all(vals):
            want = "present"
        elif any(vals) or label["advisory"].get(e):
            want = "partial"
        else:
            want = "missing"
        assert label["elements"][e] == want, (label["documents"], e, label["elements"][e], want)


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    # A: docx + pdf
    name, c, blocks, label = plan_a()
    check_label(label)
    render_docx(blocks, c["kort"] + " - Ondersteuningsplan " + c["periode"], OUT / (name + ".docx"))
    docx_to_pdf(OUT / (name + ".docx"), OUT / (name + ".pdf"))
    write_label(name, label)
    # B: docx only
    name, c, blocks, label = plan_b()
    check_label(label)
    render_docx(blocks, c["kort"] + " - Ondersteuningsplan " + c["periode"], OUT / (name + ".docx"))
    write_label(name, label)
    # C, D: pdf only (docx rendered in a private temp dir)
    for fn in (plan_c, plan_d):
        name, c, blocks, label = fn()
        check_label(label)
        tmp = Path(tempfile.mkdtemp(prefix="holdout203_src_"))
        try:
            render_docx(blocks, c["kort"] + " - Ondersteuningsplan " + c["periode"], tmp / (name + ".docx"))
            docx_to_pdf(tmp / (name + ".docx"), OUT / (name + ".pdf"))
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
        write_label(name, label)
    # E: html
    name, c, blocks, label = plan_e()
    check_label(label)
    render_html(blocks, c["naam"], OUT / (name + ".html"))
    write_label(name, label)
    # near miss: docx
    name, blocks, label = near_miss()
    render_docx(blocks, "OBS De Wilgenhoek - Ondersteuningsplan 2026-2027", OUT / (name + ".docx"))
    write_label(name, label)


if __name__ == "__main__":
    main()
