#!/usr/bin/env python3
"""Generate the holdout299 test set: five fictional ondersteuningsplannen and one near-miss document.

Deterministic, no network. Output goes to the folder above this script's folder.
PDFs are rendered from temporary .docx files with LibreOffice (soffice --headless).
"""
import datetime
import shutil
import subprocess
import tempfile
import zipfile
from pathlib import Path

import docx
from docx.shared import Pt

OUT = Path(__file__).resolve().parent.parent
FIXED = datetime.datetime(2025, 3, 1, 12, 0, 0)

# ---------------------------------------------------------------- writers
# A document is a list of blocks: ("title", s) ("h1", s) ("h2", s) ("p", s) ("ul", [s]) ("table", [[s]])


def _normalise_zip(path):
    tmp = path.with_suffix(path.suffix + ".tmp299")
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in sorted(zin.infolist(), key=lambda i: i.filename):
            data = zin.read(info.filename)
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 3, 1, 12, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, data)
    tmp.replace(path)


def write_docx(blocks, path, header=None):
    d = docx.Document()
    cp = d.core_properties
    cp.created = FIXED
    cp.modified = FIXED
    cp.author = "Stafbureau"
    cp.last_modified_by = "Stafbureau"
    cp.revision = 1
    st = d.styles["Normal"]
    st.font.size = Pt(10.5)
    if header:
        d.sections[0].header.paragraphs[0].text = header
    for kind, val in blocks:
        if kind == "title":
            d.add_heading(val, level=0)
        elif kind == "h1":
            d.add_heading(val, level=1)
        elif kind == "h2":
            d.add_heading(val, level=2)
        elif kind == "p":
            d.add_paragraph(val)
        elif kind == "ul":
            for item in val:
                d.add_paragraph(item, style="List Bullet")
        elif kind == "table":
            t = d.add_table(rows=len(val), cols=len(val[0]))
            t.style = "Table Grid"
            for r, row in enumerate(val):
                for c, cell in enumerate(row):
                    t.cell(r, c).text = cell
            d.add_paragraph("")
        elif kind == "pagebreak":
            d.add_page_break()
    d.save(str(path))
    _normalise_zip(path)


def write_pdf(blocks, path, header=None):
    tmpdir = Path(tempfile.mkdtemp(prefix="holdout299_"))
    try:
        src = tmpdir / (path.stem + ".docx")
        write_docx(blocks, src, header)
        subprocess.run(["soffice", "-env:UserInstallation=file://" + str(tmpdir / "profile"),
                        "--headless", "--convert-to", "pdf", "--outdir", str(tmpdir), str(src)],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
        shutil.copyfile(tmpdir / (path.stem + ".pdf"), path)
    finally:
        shutil.rmtree(tmpdir, ignore_errors=True)


def _esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def write_html(blocks, path, title):
    out = ["<!DOCTYPE html>", '<html lang="nl">', "<head>", '<meta charset="utf-8">',
           "<title>%s</title>" % _esc(title), "</head>", "<body>",
           '<header><p class="kop">%s</p></header>' % _esc(title), "<main>"]
    for kind, val in blocks:
        if kind == "title":
            out.append("<h1>%s</h1>" % _esc(val))
        elif kind == "h1":
            out.append("<h2>%s</h2>" % _esc(val))
        elif kind == "h2":
            out.append("<h3>%s</h3>" % _esc(val))
        elif kind == "p":
            out.append("<p>%s</p>" % _esc(val))
        elif kind == "ul":
            out.append("<ul>" + "".join("<li>%s</li>" % _esc(i) for i in val) + "</ul>")
        elif kind == "table":
            rows = []
            for n, row in enumerate(val):
                tag = "th" if n == 0 else "td"
                rows.append("<tr>" + "".join("<%s>%s</%s>" % (tag, _esc(c), tag) for c in row) + "</tr>")
            out.append("<table>" + "".join(rows) + "</table>")
    out += ["</main>", '<footer><p>Ondersteuningsplan | basisondersteuning | toelaatbaarheid | '
            'terugplaatsing | financiën | resultaten | ouders</p></footer>', "</body>", "</html>"]
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


def words(blocks):
    n = 0
    for kind, val in blocks:
        if isinstance(val, str):
            n += len(val.split())
        elif kind == "ul":
            n += sum(len(i.split()) for i in val)
        elif kind == "table":
            n += sum(len(c.split()) for row in val for c in row)
    return n


# ---------------------------------------------------------------- shared filler (safe: addresses no criterion)

def f_voorwoord(name, period, signer):
    return [
        ("p", "Voor u ligt het ondersteuningsplan %s van %s. Dit plan is tot stand gekomen in een intensief "
              "traject waarin schoolleiders, intern begeleiders, ondersteuningscoördinatoren, bestuurders, leden "
              "van de ondersteuningsplanraad en vertegenwoordigers van de gemeenten hebben meegedacht. Wij zijn "
              "iedereen die tijd en energie heeft gestoken in de werksessies, de klankbordgroepen en de "
              "schriftelijke reacties zeer erkentelijk." % (period, name)),
        ("p", "De afgelopen planperiode stond in het teken van verandering. De coronaperiode, het lerarentekort "
              "en de toenemende complexiteit van vragen van leerlingen hebben veel gevraagd van scholen. Tegelijk "
              "zien we dat scholen elkaar steeds beter weten te vinden en dat de samenwerking met partners in de "
              "wijk is gegroeid. Op die ervaringen bouwen wij voort. Dit plan is daarom geen breuk met het "
              "verleden, maar een volgende stap op een weg die wij samen zijn ingeslagen."),
        ("p", "Passend onderwijs is mensenwerk. Geen plan, geen procedure en geen verdeelmodel vervangt het "
              "gesprek tussen leraar, leerling en ouders. Dit plan is bedoeld om dat gesprek zo goed mogelijk te "
              "ondersteunen en om helder te maken welke afspraken de besturen met elkaar hebben gemaakt. "
              "Wij wensen u veel leesplezier en nodigen u uit om met ons in gesprek te blijven."),
        ("p", signer),
    ]


def f_wettelijk(sector):
    special = "het speciaal basisonderwijs en het speciaal onderwijs" if sector == "po" else \
        "het voortgezet speciaal onderwijs, het praktijkonderwijs en het leerwegondersteunend onderwijs"
    return [
        ("p", "Het samenwerkingsverband is wettelijk verplicht om ten minste eens in de vier jaar een "
              "ondersteuningsplan vast te stellen. De wet noemt een aantal onderwerpen die het plan in elk geval "
              "moet bevatten, waaronder de basisondersteuning, de toelaatbaarheid tot %s, de terugplaatsing, de "
              "verdeling en besteding van de middelen, de beoogde en behaalde resultaten en de informatie aan "
              "ouders. In dit plan geven wij daaraan invulling op de wijze die bij ons samenwerkingsverband past." % special),
        ("p", "Het plan is vóór vaststelling besproken in het op overeenstemming gericht overleg (OOGO) met de "
              "gemeenten in onze regio en in het overleg met het samenwerkingsverband %s waarmee ons gebied "
              "overlapt. De ondersteuningsplanraad heeft zijn instemming verleend. Het plan wordt vóór 1 mei aan "
              "de Inspectie van het Onderwijs toegezonden." % ("voortgezet onderwijs" if sector == "po" else "primair onderwijs")),
    ]


def f_governance(name, model):
    return [
        ("p", "%s is een stichting. De aangesloten schoolbesturen vormen samen het algemeen bestuur, dat twee keer "
              "per jaar bijeenkomt en verantwoordelijk is voor de vaststelling van het ondersteuningsplan, het "
              "jaarplan en de jaarstukken. Sinds de statutenwijziging van 2022 werken wij met %s. De "
              "directeur-bestuurder is belast met de dagelijkse leiding van het samenwerkingsverband en wordt "
              "daarin ondersteund door een klein stafbureau." % (name, model)),
        ("p", "Het intern toezicht is belegd bij de raad van toezicht, die bestaat uit vijf leden, van wie twee "
              "onafhankelijke leden zonder binding met een van de aangesloten besturen. De raad van toezicht "
              "keurt de jaarstukken goed, benoemt de accountant en is werkgever van de directeur-bestuurder. "
              "Het toezicht vindt plaats aan de hand van een toezichtkader dat in 2023 is geactualiseerd. Ten "
              "minste eenmaal per jaar evalueert de raad zijn eigen functioneren."),
        ("p", "Besluiten van het bestuur worden voorbereid in het directeurenoverleg, waarin per bestuur een "
              "directeur of beleidsmedewerker zitting heeft. Het directeurenoverleg is ook de plek waar signalen "
              "uit de scholen worden besproken en waar werkgroepen worden ingesteld. Voor de onderwerpen "
              "huisvesting, leerlingenvervoer en arbeidsmarkt stemmen de besturen rechtstreeks met de gemeenten "
              "af; het samenwerkingsverband faciliteert dat overleg waar gewenst."),
        ("p", "Het statutaire geschillenreglement regelt hoe geschillen tussen aangesloten besturen en het "
              "samenwerkingsverband worden beslecht. Sinds de oprichting is dit reglement niet gebruikt; "
              "meningsverschillen zijn tot nu toe altijd in het bestuurlijk overleg opgelost."),
    ]


def f_opr(with_parents):
    if with_parents:
        first = ("De ondersteuningsplanraad (OPR) bestaat voor de helft uit ouders en voor de helft uit "
                 "personeelsleden, afgevaardigd door de medezeggenschapsraden van de aangesloten scholen. Ouders "
                 "in de OPR brengen het perspectief van gezinnen in en toetsen of het plan voor ouders begrijpelijk "
                 "is. De OPR heeft instemmingsrecht op het ondersteuningsplan en op wijzigingen daarvan.")
    else:
        first = ("De ondersteuningsplanraad (OPR) heeft instemmingsrecht op het ondersteuningsplan en op "
                 "wijzigingen daarvan. De leden worden afgevaardigd door de medezeggenschapsraden van de "
                 "aangesloten scholen volgens het reglement van de OPR.")
    return [
        ("p", first),
        ("p", "De OPR vergadert zes keer per jaar en ontvangt voor elke vergadering de relevante stukken. Een "
              "delegatie van de OPR overlegt daarnaast vier keer per jaar met de directeur-bestuurder. Voor de "
              "totstandkoming van dit plan is een werkwijze afgesproken waarin de OPR in drie fasen is betrokken: "
              "bij de eerste verkenning, bij de conceptversie en bij de definitieve versie. Nieuwe leden volgen "
              "een inwerkprogramma en de raad kan zich laten scholen op kosten van het samenwerkingsverband."),
    ]


def f_oogo(gemeenten):
    return [
        ("p", "Het samenwerkingsverband voert ten minste tweemaal per jaar op overeenstemming gericht overleg "
              "(OOGO) met de gemeenten %s. In dat overleg staan de afstemming tussen onderwijs en jeugdhulp, het "
              "leerlingenvervoer, de onderwijshuisvesting en de aansluiting op werk en vervolgonderwijs op de "
              "agenda. Ook thuiszitters komen in dit overleg regelmatig ter sprake." % gemeenten),
        ("p", "Met de gemeenten is afgesproken dat jeugdhulp waar nodig op school beschikbaar is. Op een aantal "
              "scholen is een schoolmaatschappelijk werker of jeugdconsulent van het wijkteam vast aanwezig. "
              "Onderwijs-zorgarrangementen, waarin onderwijs en jeugdhulp samen één aanbod vormen, worden in "
              "gezamenlijk overleg tussen school, samenwerkingsverband en gemeente ingericht. De gemeenten en het "
              "samenwerkingsverband hebben in een convenant vastgelegd welke partij waarvoor verantwoordelijk is."),
    ]


def f_personeel():
    return [
        ("p", "Het stafbureau van het samenwerkingsverband is bewust klein gehouden. Naast de directeur-bestuurder "
              "werken er een beleidsmedewerker, een controller, een secretaresse en een team van consulenten en "
              "orthopedagogen. Consulenten zijn gedetacheerd vanuit de aangesloten besturen of in dienst van het "
              "samenwerkingsverband. Het personeelsbeleid sluit aan bij de cao van de sector."),
        ("p", "Professionalisering vinden wij belangrijk. Het samenwerkingsverband organiseert jaarlijks een "
              "studiedag voor intern begeleiders en ondersteuningscoördinatoren, faciliteert intervisiegroepen en "
              "biedt leergemeenschappen aan rond thema's als gedrag, executieve functies en meertaligheid. "
              "Leraren kunnen deelnemen aan een scholingsaanbod dat in samenwerking met de hogeschool is "
              "ontwikkeld. De kosten daarvan worden gedragen door de besturen."),
        ("p", "Het lerarentekort raakt ook ons werk. Vacatures in het speciaal onderwijs zijn moeilijk vervulbaar "
              "en ook ambulant begeleiders zijn schaars. De besturen werken daarom samen in een regionaal "
              "arbeidsmarktplatform en verkennen gezamenlijke opleidingstrajecten voor zij-instromers."),
    ]


def f_ict():
    return [
        ("p", "Voor de uitwisseling van gegevens over leerlingen gebruiken de scholen en het samenwerkingsverband "
              "een beveiligde digitale omgeving. Aanvragen, groeidocumenten en adviezen worden uitsluitend via "
              "deze omgeving gedeeld. E-mail wordt voor persoonsgegevens niet gebruikt."),
        ("p", "Het samenwerkingsverband verwerkt persoonsgegevens, waaronder gezondheidsgegevens, alleen voor "
              "zover dat nodig is voor de wettelijke taken. Er is een functionaris gegevensbescherming aangesteld, "
              "er is een verwerkingsregister en met alle leveranciers zijn verwerkersovereenkomsten gesloten. "
              "Gegevens worden niet langer bewaard dan de wet toestaat. Jaarlijks wordt een privacyscan uitgevoerd."),
    ]


def f_planning(period):
    start = int(period[:4])
    return [
        ("p", "Het ondersteuningsplan beschrijft de koers voor de periode %s. De uitwerking per jaar vindt plaats "
              "in het jaarplan, dat het bestuur telkens vóór 1 juli vaststelt. Het jaarplan wordt besproken met de "
              "OPR en in het directeurenoverleg." % period),
        ("table", [["Moment", "Activiteit"],
                   ["september %d" % start, "Start planperiode; bijeenkomst voor alle scholen"],
                   ["voorjaar %d" % (start + 1), "Jaarplan %d-%d vastgesteld" % (start + 1, start + 2)],
                   ["najaar %d" % (start + 2), "Bijeenkomst besturen en OPR over actualisering van het plan"],
                   ["voorjaar %d" % (start + 3), "Voorbereiding nieuw ondersteuningsplan"],
                   ["uiterlijk 1 mei %d" % (start + 4), "Nieuw plan naar de Inspectie"]]),
    ]


def f_totstandkoming(name):
    return [
        ("p", "Dit plan is in ruim een jaar tot stand gekomen. In het voorjaar van 2024 zijn vier regionale "
              "werksessies gehouden met schoolleiders, intern begeleiders en ondersteuningscoördinatoren. Daarin is "
              "teruggekeken op de vorige planperiode en zijn de thema's voor de nieuwe periode verkend. In de zomer "
              "heeft een schrijfgroep uit het bureau en twee bestuurders een eerste versie opgesteld, die in het "
              "najaar in het directeurenoverleg en in de ondersteuningsplanraad is besproken."),
        ("p", "In december 2024 is het concept voorgelegd aan de gemeenten en aan het samenwerkingsverband in het "
              "aangrenzende gebied. De reacties zijn verwerkt in een tweede versie. Een reactienota met alle "
              "ontvangen opmerkingen en de wijze waarop die zijn verwerkt, is met de stukken meegezonden aan het "
              "bestuur van %s. Wij danken alle betrokkenen voor hun kritische en opbouwende bijdragen." % name),
        ("p", "Het plan is bewust compact gehouden. Waar afspraken in andere documenten zijn vastgelegd, zoals "
              "het reglement van de ondersteuningsplanraad, de statuten of het convenant met de gemeenten, nemen "
              "wij die niet opnieuw op. Die documenten zijn bij het bureau op te vragen."),
    ]


def f_po_vo():
    return [
        ("p", "De overstap van de basisschool naar het voortgezet onderwijs is voor ieder kind een grote stap. De "
              "PO- en VO-samenwerkingsverbanden in de regio hebben daarom een gezamenlijke overstapkalender "
              "afgesproken. Basisscholen geven in groep 8 vóór 1 maart een schooladvies en stellen een "
              "onderwijskundig rapport op. De aanmelding bij een school voor voortgezet onderwijs vindt plaats in "
              "de centrale aanmeldweek in maart."),
        ("p", "Voor kinderen met een OPP of een complexe ondersteuningsvraag organiseren de scholen een warme "
              "overdracht, waarin de basisschool en de ontvangende vo-school samen bespreken wat het kind nodig "
              "heeft. De plaatsing in de brugklas blijft een besluit van de vo-school. In de zomer vindt een "
              "terugkoppeling plaats tussen de mentoren van de brugklas en de leerkrachten van groep 8."),
    ]


def f_vo_mbo():
    return [
        ("p", "Ook de overgang van het voortgezet onderwijs naar het mbo en naar werk vraagt aandacht. Samen met de "
              "mbo-instellingen in de regio werken wij aan een sluitende aanpak voor jongeren die dreigen uit te "
              "vallen. Loopbaanoriëntatie en -begeleiding (LOB) is op alle scholen onderdeel van het programma, en "
              "leerlingen uit het praktijkonderwijs en het vso met uitstroomprofiel arbeidsmarkt worden begeleid "
              "door een jobcoach van de school."),
        ("p", "In de Regionale Meld- en Coördinatiefunctie werken scholen, gemeenten en mbo samen om voortijdig "
              "schoolverlaten tegen te gaan. Het samenwerkingsverband neemt deel aan het regionale "
              "overleg en stemt zijn activiteiten af op het regionale programma."),
    ]


def f_kennisdeling():
    return [
        ("p", "Kennisdeling is een van de pijlers van onze samenwerking. Het samenwerkingsverband organiseert "
              "netwerken voor intern begeleiders, ondersteuningscoördinatoren, gedragsspecialisten en "
              "schoolleiders. Iedere netwerkbijeenkomst heeft een thema, bijvoorbeeld executieve functies, "
              "meertaligheid of de samenwerking met jeugdhulp. Scholen die een aanpak hebben ontwikkeld die goed "
              "werkt, presenteren die aan collega's."),
        ("p", "Daarnaast is er een digitale kennisbank met handreikingen, voorbeelden en formats, en organiseert "
              "het samenwerkingsverband ieder voorjaar een regionale conferentie. Op verzoek van scholen "
              "verzorgen medewerkers van het bureau teamscholing. Leraren in opleiding en zij-instromers worden "
              "uitgenodigd om aan de netwerken deel te nemen."),
    ]


def f_inclusie():
    return [
        ("p", "Landelijk wordt gesproken over de beweging naar inclusiever onderwijs, waarin kinderen met en zonder "
              "beperking zoveel mogelijk samen naar school gaan. Het ministerie heeft daarover een visie "
              "gepubliceerd en verschillende pilots gestart. Wij volgen die ontwikkeling met belangstelling en "
              "verkennen samen met de besturen wat zij voor onze regio kan betekenen."),
        ("p", "Daarbij hebben wij oog voor de praktische kant: gebouwen die niet zijn ingericht op rolstoelen, "
              "klassen die al groot zijn en leraren die hun handen vol hebben. Inclusie vraagt om tijd, ruimte en "
              "samenwerking met partners in zorg en welzijn. Die ruimte willen wij samen met de scholen zoeken."),
        ("p", "Ook de vervoerskwestie speelt een rol. Het leerlingenvervoer is een taak van de gemeenten. "
              "Lange reistijden naar een speciale school zijn voor sommige kinderen een belasting. De gemeenten "
              "en het samenwerkingsverband bespreken jaarlijks de knelpunten in het leerlingenvervoer, en waar "
              "mogelijk worden routes aangepast."),
    ]


def f_ontwikkelingen():
    return [
        ("p", "Het onderwijs staat de komende jaren voor grote opgaven. Het lerarentekort is in sommige delen van "
              "de regio nijpend, zeker in het speciaal onderwijs en op scholen met veel leerlingen in kwetsbare "
              "situaties. Tegelijk vragen de basisvaardigheden taal, rekenen en burgerschap extra aandacht, en is "
              "de aandacht voor kansengelijkheid onverminderd groot. De middelen uit het Nationaal Programma "
              "Onderwijs lopen af, waardoor scholen keuzes moeten maken in wat zij voortzetten."),
        ("p", "Ook maatschappelijk verandert er veel. Gezinnen staan onder druk door bestaanszorgen, de vraag naar "
              "jeugdhulp blijft hoog en de wachttijden zijn lang. Scholen merken dat zij steeds vaker te maken "
              "krijgen met vragen die niet alleen over leren gaan. Dat vraagt om goede afspraken met partners en "
              "om realisme over wat scholen wel en niet kunnen dragen."),
        ("p", "Tot slot is er de digitalisering. Kinderen groeien op met schermen en sociale media, met kansen "
              "en risico's. Scholen besteden aandacht aan mediawijsheid en aan een verantwoord gebruik van "
              "digitale leermiddelen. Het samenwerkingsverband volgt deze ontwikkelingen en brengt kennis bijeen "
              "waar scholen daar behoefte aan hebben."),
    ]


def f_leeswijzer():
    return [
        ("p", "Leeswijzer. Elk hoofdstuk begint met een korte samenvatting van de belangrijkste afspraken. Waar "
              "we naar wetsartikelen verwijzen, noemen we het artikel tussen haakjes. Een verklaring van de "
              "gebruikte afkortingen en begrippen vindt u achterin. Citaten van leerlingen, leraren en partners "
              "die in de werksessies zijn opgetekend, zijn cursief weergegeven. Het plan is ook als "
              "samenvatting op één A4 beschikbaar; die samenvatting is geen onderdeel van de vastgestelde tekst."),
    ]


def f_contact(name, plaats):
    return [
        ("p", "Het bureau van %s is gevestigd in %s en is op werkdagen bereikbaar van 8.30 tot 16.30 uur. "
              "Schoolleiders en intern begeleiders kunnen voor overleg een afspraak maken met hun vaste "
              "contactpersoon. Post voor het bestuur kan worden gericht aan de secretaris, ter attentie van "
              "de directeur-bestuurder." % (name, plaats)),
    ]


# ================================================================ PLAN 1: PO, long numbered chapters, .docx
def plan1():
    N = "Samenwerkingsverband Passend Onderwijs Rivierenland-West (PO 26-04)"
    b = [("title", "Ondersteuningsplan 2025-2029"),
         ("p", N),
         ("p", "Vastgesteld door het algemeen bestuur op 18 maart 2025, na instemming van de ondersteuningsplanraad "
               "op 11 maart 2025 en afronding van het OOGO op 4 maart 2025."),
         ("h1", "Inhoudsopgave"),
         ("ul", ["1 Inleiding", "2 Context en kengetallen", "3 Visie en missie", "4 Basisondersteuning",
                 "5 Extra ondersteuning en het ondersteuningscontinuüm", "6 Toelaatbaarheid tot sbo en so",
                 "6.7 Terugplaatsing", "7 Thuiszitters en het dekkend netwerk", "8 Samenwerking met gemeenten",
                 "9 Communicatie", "10 Kwaliteit en resultaten", "11 Organisatie en governance",
                 "12 Personeel en professionalisering", "13 Geld en middelen", "14 Planning",
                 "Bijlage A Begrippenlijst", "Bijlage B Meerjarenbegroting"]),
         ("h1", "Voorwoord")]
    b += f_voorwoord(N, "2025-2029", "Mr. drs. H.J. van Aalst, directeur-bestuurder")
    b += [("h1", "1 Inleiding")]
    b += f_wettelijk("po")
    b += [("p", "Dit plan volgt een vaste opbouw. Na de context en de visie beschrijven wij in hoofdstuk 4 tot en met "
                "7 hoe de ondersteuning in onze regio is georganiseerd. Hoofdstuk 8 tot en met 10 gaan over "
                "samenwerking, communicatie en kwaliteit. De hoofdstukken 11 tot en met 14 behandelen de organisatie, "
                "het personeel, de middelen en de planning."),
          ("h1", "2 Context en kengetallen"),
          ("p", "Het samenwerkingsverband omvat het grondgebied van de gemeenten Tielerwaard, Lingedal en "
                "Maasbommel. Aangesloten zijn negen schoolbesturen met samen 61 basisscholen, 2 scholen voor "
                "speciaal basisonderwijs en 3 locaties voor speciaal onderwijs in cluster 3 en 4. Op 1 oktober 2024 "
                "telden de scholen samen 14.212 leerlingen, van wie 318 in het sbo en 241 in het so."),
          ("p", "Het leerlingenaantal daalt licht; de prognose voor 2029 is 13.640 leerlingen. In de kernen aan de "
                "rivier is de daling sterker dan in de groeiende wijken van Lingedal. Het aandeel leerlingen met een "
                "meertalige achtergrond stijgt. Deze ontwikkelingen hebben gevolgen voor de spreiding van "
                "voorzieningen en voor de middelen die het samenwerkingsverband ontvangt."),
          ("h1", "3 Visie en missie"),
          ("p", "Wij willen dat elk kind in Rivierenland-West onderwijs krijgt dat past bij wat het nodig heeft, zo "
                "dicht mogelijk bij huis en samen met leeftijdgenoten. Onze missie is: 'Thuisnabij waar het kan, "
                "speciaal waar het moet.' Scholen, ouders en partners zijn samen verantwoordelijk; het "
                "samenwerkingsverband verbindt, faciliteert en bewaakt."),
          ("p", "Wij gaan uit van handelingsgericht werken: we kijken naar wat een kind nodig heeft, niet naar een "
                "label. Arrangementen worden ingezet om een kind verder te helpen, niet om een school te belonen. "
                "Wij vertrouwen op de professionaliteit van leraren en geven scholen ruimte, binnen heldere kaders."),
          ("h1", "4 Basisondersteuning"),
          ("h2", "4.1 Wat verstaan wij onder basisondersteuning?"),
          ("p", "Basisondersteuning is in ons samenwerkingsverband het afgesproken minimum aan ondersteuning dat "
                "iedere vestiging van iedere aangesloten basisschool biedt, voor ieder kind en zonder aanvraag bij het "
                "samenwerkingsverband. Het niveau is door alle besturen gezamenlijk vastgesteld en geldt voor alle "
                "61 basisscholen gelijk. Een school mag meer bieden, maar nooit minder."),
          ("h2", "4.2 Wat biedt iedere school ten minste?"),
          ("p", "Ouders mogen op elke school in onze regio het volgende verwachten:"),
          ("ul", ["een intern begeleider met minimaal 0,4 fte per 200 leerlingen en een vast ondersteuningsteam dat "
                  "ten minste zes keer per jaar bijeenkomt;",
                  "een dyslexieprotocol en een dyscalculieprotocol, inclusief toegang tot voorleessoftware;",
                  "een methode voor sociaal-emotionele ontwikkeling en een gedragsaanpak die schoolbreed wordt "
                  "toegepast, met een anti-pestcoördinator;",
                  "aanbod voor kinderen die meer aankunnen: verrijking in de groep en een plusgroep op schoolniveau "
                  "of in samenwerking met een andere school;",
                  "NT2-ondersteuning voor nieuwkomers die na de eerste opvang instromen;",
                  "een protocol medisch handelen en afspraken over het toedienen van medicijnen;",
                  "planmatig werken met groepsplannen of een groepsoverzicht en een ontwikkelingsperspectief (OPP) "
                  "waar een kind op een eigen leerlijn werkt;",
                  "een vaste contactpersoon van het wijkteam en het consultatieve advies van een orthopedagoog van "
                  "het samenwerkingsverband, zonder aanvraag."]),
          ("h2", "4.3 Borging"),
          ("p", "Iedere school beschrijft in de schoolgids hoe zij de basisondersteuning invult. Eens per twee jaar "
                "voeren het samenwerkingsverband en de school samen een kwaliteitsgesprek aan de hand van de "
                "Kwaliteitskaart Basisondersteuning. Scholen die op een of meer onderdelen onder het afgesproken "
                "niveau blijven, stellen binnen drie maanden een verbeterplan op; het samenwerkingsverband volgt de "
                "uitvoering en meldt dit aan het betrokken bestuur."),
          ("h1", "5 Extra ondersteuning en het ondersteuningscontinuüm"),
          ("p", "Waar de basisondersteuning niet toereikend is, kan een school extra ondersteuning inzetten. Wij "
                "onderscheiden vijf niveaus die samen het ondersteuningscontinuüm vormen:"),
          ("table", [["Niveau", "Omschrijving", "Wie"],
                     ["1", "Ondersteuning in de groep (basis)", "Leraar"],
                     ["2", "Extra zorg binnen de basisondersteuning", "Leraar en intern begeleider"],
                     ["3", "Schoolarrangement uit het schoolbudget", "School, met consulent SWV"],
                     ["4", "Bovenschools arrangement (o.a. observatiegroep, taalklas, Plusklas Rivier)", "SWV"],
                     ["5", "Speciaal basisonderwijs of speciaal onderwijs met TLV", "Commissie Toelaatbaarheid"]]),
          ("p", "Tussen de scholen bestaan bovenschoolse voorzieningen: twee observatiegroepen voor jonge kinderen, "
                "de taalklas in Tiel, de voltijds Plusklas Rivier voor hoogbegaafde leerlingen en een "
                "ambulante dienst die vanuit het so scholen ondersteunt. Samen met het sbo en het so vormen deze "
                "voorzieningen een samenhangend geheel binnen en tussen de scholen."),
          ("h1", "6 Toelaatbaarheid tot sbo en so"),
          ("h2", "6.1 Wie vraagt aan?"),
          ("p", "Een toelaatbaarheidsverklaring (TLV) wordt aangevraagd door het bevoegd gezag van de school waar de "
                "leerling staat ingeschreven. Ouders worden vooraf betrokken en geven hun zienswijze op de "
                "aanvraag. De aanvraag gaat vergezeld van het groeidocument, het OPP en een verslag van het "
                "multidisciplinair overleg."),
          ("h2", "6.2 Stappen en termijnen"),
          ("ul", ["Stap 1: de school voert een multidisciplinair overleg met ouders en de consulent van het SWV.",
                  "Stap 2: de school dient de aanvraag in via het digitale loket.",
                  "Stap 3: binnen tien werkdagen controleert het loket de volledigheid.",
                  "Stap 4: twee deskundigen brengen ieder afzonderlijk schriftelijk advies uit: een orthopedagoog of "
                  "psycholoog, en afhankelijk van het kind een tweede deskundige (bijvoorbeeld een "
                  "kinderpsychiater, maatschappelijk werker of jeugdarts). Zij zijn niet betrokken geweest bij de "
                  "aanvraag.",
                  "Stap 5: de Commissie Toelaatbaarheid besluit binnen zes weken na ontvangst van de volledige "
                  "aanvraag. Ouders ontvangen het besluit en een afschrift van de adviezen."]),
          ("h2", "6.3 Criteria"),
          ("p", "Een leerling is toelaatbaar tot het speciaal basisonderwijs als de school aantoonbaar de "
                "basisondersteuning en ten minste één jaar extra ondersteuning op niveau 3 of 4 heeft geboden, de "
                "ondersteuningsbehoefte de mogelijkheden van een reguliere school overstijgt (bijvoorbeeld een "
                "structureel kleinere groep of een voortdurend hoge mate van begeleiding nodig is) en er geen "
                "passend arrangement in het regulier onderwijs beschikbaar is. Voor het speciaal onderwijs geldt "
                "daarnaast dat de ondersteuningsbehoefte voortkomt uit een ernstige lichamelijke of verstandelijke "
                "beperking, een langdurige ziekte of ernstige gedrags- of psychiatrische problematiek die "
                "intensieve, specialistische begeleiding vraagt die het sbo niet kan bieden."),
          ("h2", "6.4 Duur en bekostigingscategorie"),
          ("p", "Een TLV voor het sbo geldt in de regel tot het einde van de basisschoolperiode. Een TLV voor het so "
                "wordt afgegeven voor twee schooljaren, tenzij duidelijk is dat het kind langdurig aangewezen is op "
                "so; dan geldt een duur van vier jaar. Voor het so stelt de commissie de bekostigingscategorie laag, "
                "midden of hoog vast op basis van het advies van de deskundigen."),
          ("h2", "6.5 Bezwaar"),
          ("p", "Ouders en het schoolbestuur kunnen binnen zes weken bezwaar maken tegen het besluit. Het "
                "samenwerkingsverband is aangesloten bij de Landelijke Bezwaaradviescommissie "
                "Toelaatbaarheidsverklaringen, die het bestuur adviseert over het bezwaar."),
          ("h2", "6.6 Tijdelijke plaatsing"),
          ("p", "In crisissituaties kan de commissie een tijdelijke TLV van maximaal drie maanden afgeven, zodat een "
                "kind direct een plek heeft terwijl de reguliere procedure wordt doorlopen."),
          ("h2", "6.7 Het laatste jaar van de TLV"),
          ("p", "In het laatste jaar van iedere TLV organiseert de sbo- of so-school vóór 1 november een "
                "evaluatiegesprek over het OPP, met de ouders, de consulent van het samenwerkingsverband en zo "
                "mogelijk een vertegenwoordiger van een basisschool in de woonomgeving. In dat gesprek wordt "
                "besproken of het kind kan overstappen naar het regulier onderwijs. De sbo- of so-school neemt "
                "daartoe het initiatief. Vóór 1 maart volgt een tweede evaluatie. Vraagt de school vóór 1 april geen "
                "nieuwe TLV aan, dan eindigt de TLV op 31 juli en meldt de school het kind, in overleg met de "
                "ouders, aan bij de gekozen basisschool; de overdracht vindt plaats in een warm "
                "overdrachtsgesprek in juni. Wordt wel een nieuwe TLV aangevraagd, dan doorloopt de aanvraag "
                "opnieuw de stappen van paragraaf 6.2."),
          ("p", "Een afgewogen beleidskader voor terugplaatsing, met doelen, randvoorwaarden en afspraken over "
                "begeleiding na de overstap, is nog in voorbereiding en zal in de loop van de planperiode aan het "
                "bestuur worden voorgelegd."),
          ("h1", "7 Thuiszitters en het dekkend netwerk"),
          ("p", "Ieder kind hoort op school. Toch komt het voor dat een kind (tijdelijk) niet naar school gaat of "
                "dat er voor een kind geen passende plek lijkt te zijn. Wij hanteren daarom de volgende afspraken:"),
          ("ul", ["Een school meldt binnen vijf schooldagen aan de leerplichtambtenaar en de consulent van het SWV "
                  "als een leerling vier weken of langer niet of gedeeltelijk naar school gaat.",
                  "Binnen twee weken na de melding belegt de consulent een overleg met school, ouders, "
                  "leerplicht en wijkteam; er wordt een plan met een terugkeerdatum opgesteld.",
                  "Lukt het niet binnen zes weken een passende plek te vinden, dan wordt de casus ingebracht aan de "
                  "Regionale Doorbraaktafel, waar bestuurders en de gemeente samen een oplossing forceren.",
                  "Het samenwerkingsverband houdt een actueel overzicht bij van alle thuiszitters en van "
                  "leerlingen met een vrijstelling."]),
          ("p", "Daarnaast brengt het samenwerkingsverband jaarlijks in kaart welke ondersteuningsvragen in de regio "
                "niet of onvoldoende beantwoord kunnen worden. Op basis van die analyse besluit het bestuur over "
                "nieuwe voorzieningen; zo zijn in de vorige planperiode de taalklas en de tweede observatiegroep "
                "ontstaan. Het samenwerkingsverband ziet erop toe dat besturen hun zorgplicht nakomen."),
          ("h1", "8 Samenwerking met gemeenten")]
    b += f_oogo("Tielerwaard, Lingedal en Maasbommel")
    b += [("h1", "9 Communicatie"),
          ("p", "Het samenwerkingsverband communiceert met scholen, ouders, partners en gemeenten. Wij werken met een "
                "communicatieplan dat jaarlijks wordt bijgesteld."),
          ("p", "Ouders vinden op onze website een ouderpagina met uitleg over de ondersteuning die scholen bieden, "
                "over arrangementen en over de toelaatbaarheidsverklaring. Iedere school neemt in de schoolgids een "
                "paragraaf op over haar ondersteuning, met een verwijzing naar onze ouderpagina. De folder 'Wegwijs in "
                "passend onderwijs' ligt op iedere school en wordt bij een aanvraag voor een arrangement aan ouders "
                "meegegeven. Twee keer per jaar organiseren wij een informatieavond voor ouders."),
          ("p", "Ouders die vragen hebben of het niet eens zijn met de school, kunnen terecht bij het Ouder- en "
                "Jeugdsteunpunt Wijzer. Het steunpunt is onafhankelijk van de scholen en van het "
                "samenwerkingsverband, is bereikbaar per telefoon en via een inloopspreekuur en kan ouders "
                "begeleiden in gesprekken. Ook kunnen ouders zich wenden tot de onderwijsconsulenten en, bij een "
                "geschil over toelating of verwijdering, tot de Geschillencommissie passend onderwijs. Klachten over "
                "het samenwerkingsverband zelf kunnen worden ingediend bij de landelijke klachtencommissie "
                "waarbij wij zijn aangesloten."),
          ("p", "Voor professionals verschijnt vijf keer per jaar een nieuwsbrief. Gemeenten ontvangen jaarlijks een "
                "factsheet met kerngegevens."),
          ("h2", "9.1 Medezeggenschap")]
    b += f_opr(True)
    b += [("h1", "10 Kwaliteit en resultaten"),
          ("p", "Wij hebben voor deze planperiode de volgende beoogde resultaten geformuleerd voor leerlingen die "
                "extra ondersteuning nodig hebben:"),
          ("ul", ["In 2029 heeft iedere leerling met een OPP een ontwikkelingsperspectief dat minimaal twee keer per "
                  "jaar met ouders is geëvalueerd.",
                  "In 2029 zijn er in onze regio ten hoogste vijf thuiszitters die langer dan drie maanden thuis zitten "
                  "(2024: elf).",
                  "In 2029 voldoet 95% van de scholen aan alle onderdelen van de Kwaliteitskaart Basisondersteuning "
                  "(2024: 78%).",
                  "Het deelnamepercentage aan het sbo blijft onder 2,2% (2024: 2,24%).",
                  "Ten minste 80% van de leerlingen met een bovenschools arrangement stroomt binnen een jaar terug "
                  "naar de eigen groep."]),
          ("p", "Hoe wij deze ambities gaan volgen en waar wij erover rapporteren, werken wij uit in een "
                "monitoringsplan dat het bestuur in het voorjaar van 2026 vaststelt. Tot die tijd worden geen "
                "aanvullende afspraken gemaakt."),
          ("h1", "11 Organisatie en governance")]
    b += f_governance("Het samenwerkingsverband", "een model met een algemeen bestuur en een raad van toezicht")
    b += [("h1", "12 Personeel en professionalisering")]
    b += f_personeel()
    b += [("h2", "12.1 ICT en privacy")]
    b += f_ict()
    b += [("h1", "13 Geld en middelen"),
          ("h2", "13.1 Verdeelmodel"),
          ("p", "Het samenwerkingsverband ontvangt middelen voor lichte en zware ondersteuning. Na aftrek van de "
                "afdrachten aan het so en het sbo worden de middelen als volgt verdeeld. Ieder schoolbestuur "
                "ontvangt een schoolbudget van € 155 per leerling op de teldatum 1 oktober, plus een vaste voet van "
                "€ 6.000 per school. Het bestuur verdeelt het schoolbudget over de eigen scholen op basis van de "
                "ondersteuningsbehoefte en legt dat vast in het eigen bestuursplan. Bovenschoolse arrangementen "
                "worden centraal bekostigd; de consulent kent een arrangement toe op basis van een aanvraag van de "
                "school, waarin doelen en duur zijn beschreven, tot een maximum van € 12.000 per leerling per jaar."),
          ("h2", "13.2 Begroting"),
          ("table", [["Bedragen x € 1.000", "2025", "2026", "2027", "2028"],
                     ["Baten rijksbijdrage", "11.420", "11.310", "11.150", "11.020"],
                     ["Afdracht so (TLV's)", "4.260", "4.300", "4.310", "4.300"],
                     ["Afdracht sbo (groei en 2%)", "1.310", "1.290", "1.270", "1.250"],
                     ["Schoolbudgetten besturen", "2.570", "2.540", "2.500", "2.470"],
                     ["Bovenschoolse arrangementen", "1.520", "1.480", "1.450", "1.430"],
                     ["Ambulante dienst en consulenten", "980", "990", "1.000", "1.000"],
                     ["Bureau en bestuur", "640", "650", "660", "670"],
                     ["Resultaat", "140", "60", "-40", "-100"]]),
          ("p", "De begroting is sluitend over de planperiode. Het weerstandsvermogen bedraagt eind 2024 € 1,4 "
                "miljoen; de negatieve resultaten in 2027 en 2028 zijn bewust begroot om de reserve terug te brengen "
                "tot onder de signaleringswaarde. Besturen verantwoorden vóór 1 maart met een vast format hoe het "
                "schoolbudget van het voorgaande jaar is besteed."),
          ("h1", "14 Planning")]
    b += f_planning("2025-2029")
    b += [("h1", "Bijlage A Begrippenlijst"),
          ("table", [["Begrip", "Betekenis"],
                     ["Basisondersteuning", "Het afgesproken niveau van ondersteuning dat alle scholen bieden."],
                     ["OPP", "Ontwikkelingsperspectief(plan)."],
                     ["Terugplaatsing", "Overstap van sbo of so naar een basisschool."],
                     ["TLV", "Toelaatbaarheidsverklaring."],
                     ["OJSP", "Ouder- en jeugdsteunpunt."],
                     ["Monitoring", "Het volgen van resultaten aan de hand van indicatoren."]]),
          ("h1", "Bijlage B Meerjarenbegroting"),
          ("p", "Zie paragraaf 13.2.")]
    label = dict(
        sector="po",
        elements=dict(basisondersteuning="present", plaatsing="present", terugstroom="partial",
                      financien="present", **{"dekkend-aanbod": "present"}, resultaten="partial", ouders="present"),
        false=["terugstroom.beleid", "resultaten.monitoring"],
        advisory={"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
                  "financien": ["reserves", "verantwoording"], "dekkend-aanbod": ["ketenpartners"],
                  "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
        notes={"terugstroom": "Only procedure, hidden in 6.7 'Het laatste jaar van de TLV' (evaluations, 1 april, 31 juli); "
                              "the beleidskader is explicitly 'nog in voorbereiding' -> beleid not addressed.",
               "resultaten": "Ch. 10 lists measurable beoogde resultaten, but monitoring is deferred to a monitoringsplan "
                             "to be adopted in spring 2026.",
               "ouders": "Information and OJSP Wijzer/onderwijsconsulenten only in chapter 9 'Communicatie'.",
               "financien": "Verdeelmodel (EUR 155 per leerling, vaste voet) and begroting table under '13 Geld en middelen'.",
               "basisondersteuning": "Ch. 4.1 defines the minimum for every vestiging, 4.2 lists concrete voorzieningen."})
    return b, label


# ================================================================ PLAN 2: VO, thematic chapters, .pdf
def plan2():
    N = "Samenwerkingsverband VO Kempen en Dommel (VO 30-09)"
    b = [("title", "Ieder talent een plek"),
         ("p", "Ondersteuningsplan 2025-2029 van " + N),
         ("p", "Versie ter vaststelling, algemene ledenvergadering 9 april 2025"),
         ("h1", "Inhoud"),
         ("ul", ["Woord vooraf", "Waar staan we voor", "Thema 1 – De basis op orde",
                 "Thema 2 – Extra ondersteuning en arrangementen", "Thema 3 – Toewijzing: vso, lwoo en pro",
                 "Thema 4 – Overstappen en terugkeren", "Thema 5 – Niemand aan de kant",
                 "Thema 6 – Ouders en leerlingen", "Thema 7 – Wat willen we bereiken en hoe weten we dat",
                 "Thema 8 – Organisatie, medezeggenschap en partners", "Thema 9 – Financiën",
                 "Bijlagen: 1 Afkortingen; 2 Kaart Basisondersteuning; 5 Meerjarenbegroting; 6 Verdeelsleutel"]),
         ("h1", "Woord vooraf")]
    b += f_voorwoord(N, "2025-2029", "Namens het bestuur, drs. M. Verhoeven-Claes, directeur-bestuurder")
    b += [("h1", "Waar staan we voor")]
    b += f_wettelijk("vo")
    b += f_totstandkoming("het samenwerkingsverband")
    b += f_leeswijzer() + f_ontwikkelingen()
    b += [("p", "In onze regio volgen ruim 11.800 leerlingen voortgezet onderwijs op 14 scholen voor regulier "
                "voortgezet onderwijs, 2 scholen voor praktijkonderwijs en 3 vso-locaties. Zeven schoolbesturen "
                "zijn aangesloten. De regio kent een sterke verstedelijking rond Eindhoven-Noord en een uitgestrekt "
                "platteland waar reisafstanden voor leerlingen een rol spelen."),
          ("p", "Onze kernwaarden zijn: dichtbij, samen en eerlijk. Dichtbij, omdat een leerling het liefst in de "
                "eigen omgeving naar school gaat. Samen, omdat geen school het alleen kan. Eerlijk, omdat de "
                "middelen die wij ontvangen van iedereen zijn en daarom zorgvuldig en transparant moeten worden "
                "ingezet. Wij zien ieder talent, ook dat van leerlingen die het lastig hebben."),
          ("h1", "Thema 1 – De basis op orde"),
          ("p", "Alle vestigingen van alle aangesloten scholen bieden ten minste het afgesproken niveau van "
                "basisondersteuning. De besturen hebben dat niveau in 2024 vastgesteld als een gezamenlijke "
                "ondergrens die voor iedere vestiging geldt, ongeacht schoolsoort of denominatie. Een school die "
                "meer biedt, legt dat vast in de eigen schoolgids."),
          ("p", "Welke voorzieningen precies onder de basisondersteuning vallen, is uitgewerkt in de Kaart "
                "Basisondersteuning (bijlage 2) en in de schoolgidsen van de scholen, die op hun websites "
                "te vinden zijn. Die kaart wordt in de loop van 2025 geactualiseerd."),
          ("p", "De komende jaren gaan wij in gesprek over de landelijke norm voor basisondersteuning. Zodra die "
                "norm wettelijk is verankerd, zullen wij onze afspraken daarop aanpassen."),
          ("h1", "Thema 2 – Extra ondersteuning en arrangementen"),
          ("p", "Het ondersteuningsaanbod in onze regio is opgebouwd als een doorlopende lijn van licht naar zwaar:"),
          ("table", [["Laag", "Wat", "Waar"],
                     ["Basis", "Basisondersteuning", "Iedere vestiging"],
                     ["Extra in school", "Schoolarrangementen: trajectvoorziening, time-out, coaching, "
                      "huiswerkbegeleiding", "Iedere school, uit schoolbudget"],
                     ["Bovenschools", "OPDC De Schakel (tijdelijke plaatsing max. 1 jaar), Reboundvoorziening, "
                      "Taal-ISK", "Regionaal, via Toewijzingsloket"],
                     ["Onderwijs-zorg", "Onderwijs-zorgarrangementen De Brug en Kompas", "Met gemeenten en jeugdhulp"],
                     ["Specialistisch", "Vso cluster 3 en 4, praktijkonderwijs", "3 vso-locaties, 2 pro-scholen"]]),
          ("p", "De lagen sluiten op elkaar aan: een leerling die in de school extra ondersteuning krijgt, kan "
                "zonder nieuwe intake doorstromen naar een bovenschools arrangement als dat nodig is. Zo vormen "
                "de voorzieningen binnen en tussen de scholen samen één samenhangend geheel."),
          ("h1", "Thema 3 – Toewijzing: vso, lwoo en pro"),
          ("h2", "Vso"),
          ("p", "Hoe een aanvraag voor een TLV verloopt – wie aanvraagt, welke stukken nodig zijn, wie adviseert en "
                "binnen welke termijn wordt besloten – is vastgelegd in het Toewijzingsreglement (bijlage 3). In dit "
                "plan beperken wij ons tot de inhoudelijke afwegingen."),
          ("p", "Bij de beoordeling van een aanvraag wegen de volgende criteria:"),
          ("table", [["Criterium", "Toelichting"],
                     ["A. Ondersteuning in regulier vo benut", "Basisondersteuning en minimaal twee "
                      "arrangementen zijn ingezet en geëvalueerd, of het OPP toont dat dit niet zinvol is."],
                     ["B. Aard van de ondersteuningsbehoefte", "Structurele behoefte aan een kleine groep, een "
                      "specialistische pedagogische aanpak of intensieve medische zorg."],
                     ["C. Perspectief", "Vso biedt naar verwachting een perspectief dat in regulier vo niet "
                      "haalbaar is."],
                     ["D. Categorie", "Laag: cluster 4 en ZML; midden: LZ/LG; hoog: MG. Afwijking alleen op "
                      "advies van beide deskundigen."]]),
          ("p", "Een TLV wordt afgegeven voor de duur van twee schooljaren; voor leerlingen in het uitstroomprofiel "
                "arbeidsmarkt of dagbesteding kan de duur tot het einde van de schoolloopbaan worden verlengd."),
          ("h2", "Lwoo en pro"),
          ("p", "Voor lwoo en pro hanteren wij de landelijke criteria. Een leerling komt in aanmerking voor lwoo bij "
                "een IQ tussen 75 en 120 en een leerachterstand van 25% tot 50% op ten minste twee domeinen, of "
                "bij sociaal-emotionele problematiek die het leren belemmert. Toelaatbaar tot pro is een leerling "
                "met een IQ tussen 55 en 80 en een leerachterstand van ten minste 50% op twee of meer domeinen. De "
                "aanvraagprocedure voor lwoo en pro staat eveneens in het Toewijzingsreglement."),
          ("h1", "Thema 4 – Overstappen en terugkeren"),
          ("p", "Vso, OPDC en pro zijn geen eindstation als een leerling meer kan. Ons beleid is dat iedere leerling "
                "in het vso elk jaar wordt besproken op de mogelijkheid van terugkeer naar het regulier voortgezet "
                "onderwijs, met als doel dat leerlingen een diploma halen op het hoogst haalbare niveau in een zo "
                "regulier mogelijke omgeving. Terugkeer is mogelijk als het OPP laat zien dat de leerling de "
                "benodigde zelfstandigheid heeft bereikt en een ontvangende school met passende begeleiding "
                "beschikbaar is. Na terugkeer ontvangt de ontvangende school een terugkeerarrangement van € 3.500 "
                "en begeleidt een coach van het vso de leerling gedurende het eerste halfjaar."),
          ("p", "Werkwijze: de vso-school neemt het initiatief. Bij de jaarlijkse OPP-evaluatie in januari "
                "beoordeelt de vso-school met ouders en leerling of terugkeer haalbaar is. Is dat zo, dan meldt de "
                "vso-school de leerling vóór 1 maart aan bij het Toewijzingsloket, dat binnen drie weken een "
                "ontvangende school zoekt en een overdrachtsgesprek organiseert. Het loket besluit over het "
                "terugkeerarrangement. In het laatste jaar van de TLV vindt deze bespreking in ieder geval plaats; "
                "de TLV eindigt dan op 31 juli, tenzij een nieuwe TLV wordt aangevraagd."),
          ("p", "In 2023-2024 keerden 14 leerlingen terug van vso naar regulier vo en 9 leerlingen van het OPDC "
                "naar hun eigen school."),
          ("h1", "Thema 5 – Niemand aan de kant"),
          ("p", "Een dekkend aanbod betekent voor ons dat er voor iedere jongere een passende plek is. Waar dat niet "
                "lukt, willen wij het snel weten. Iedere school meldt verzuim van meer dan vier weken binnen een week "
                "bij het Toewijzingsloket. Elke maand komt de Thuiszitterstafel bijeen, met leerplicht, jeugdhulp en "
                "de betrokken school, en maakt per leerling een plan met een termijn. Daarnaast analyseert het "
                "samenwerkingsverband ieder voorjaar welke vragen in de regio onbeantwoord blijven; zo is in 2024 "
                "besloten tot een tweede reboundgroep in Veldhoven-Oost."),
          ("p", "Als een school twijfelt of zij aan haar zorgplicht kan voldoen, kan zij binnen de aanmeldtermijn "
                "het Toewijzingsloket om advies vragen. Het loket zoekt dan mee naar een passende plek."),
          ("h1", "Thema 6 – Ouders en leerlingen"),
          ("p", "Ouders en leerlingen zijn partners. Het samenwerkingsverband informeert ouders via de website, "
                "met een aparte ouderpagina en een uitlegvideo over het ondersteuningsaanbod. In september "
                "organiseren wij in de hele regio informatieavonden voor ouders van leerlingen in groep 8 over lwoo, "
                "pro en ondersteuning in de brugklas. Iedere school verwijst in haar schoolgids naar deze "
                "informatie en geeft ouders bij de start van een arrangement de brochure 'Extra steun op school'."),
          ("p", "Leerlingen worden gehoord bij het opstellen van hun OPP. In de OPR zijn naast personeel ook ouders "
                "en leerlingen vertegenwoordigd."),
          ("h1", "Thema 7 – Wat willen we bereiken en hoe weten we dat"),
          ("table", [["Doel 2029", "Indicator", "Nulmeting 2024"],
                     ["Minder leerlingen zonder passende plek", "Thuiszitters > 3 maanden: max. 6", "15"],
                     ["Meer terugkeer vanuit vso", "Terugkeer per jaar: min. 20", "14"],
                     ["Diploma op passend niveau", "Diplomaresultaat vso-leerlingen: min. 85%", "79%"],
                     ["Tevreden ouders", "Oudertevredenheid arrangementen: min. 7,5", "7,1"]]),
          ("p", "Het samenwerkingsverband verzamelt de gegevens voor deze indicatoren twee keer per jaar via de "
                "leerlingadministratie en het Toewijzingsloket. De resultaten worden in een dashboard gepresenteerd, "
                "in april en oktober besproken met de besturen en de OPR en jaarlijks verantwoord in het "
                "jaarverslag. Blijft een indicator achter, dan stelt het bestuur een verbeteractie vast."),
          ("h1", "Thema 8 – Organisatie, medezeggenschap en partners")]
    b += f_governance("Het samenwerkingsverband", "een vereniging met een algemene ledenvergadering en een raad van toezicht")
    b += f_opr(True)
    b += f_oogo("Best, Son en Breugel, Oirschot en Veldhoven")
    b += f_po_vo() + f_vo_mbo() + f_kennisdeling()
    b += f_personeel()
    b += f_ict()
    b += [("h1", "Thema 9 – Financiën"),
          ("p", "De ondersteuningsmiddelen worden ingezet voor schoolbudgetten, bovenschoolse voorzieningen en de "
                "afdrachten aan het vso. De verdeelsleutel voor de schoolbudgetten wordt in 2025 herijkt; tot het "
                "moment dat de nieuwe sleutel is vastgesteld, blijft de systematiek van het vorige ondersteuningsplan "
                "van kracht (zie bijlage 6)."),
          ("table", [["x € 1.000", "2025", "2026", "2027", "2028"],
                     ["Baten", "14.880", "14.710", "14.590", "14.420"],
                     ["Afdracht vso", "5.940", "5.990", "6.020", "6.040"],
                     ["Lwoo en pro", "4.110", "4.050", "3.990", "3.930"],
                     ["Schoolbudgetten", "2.450", "2.400", "2.380", "2.330"],
                     ["OPDC, rebound, ISK", "1.690", "1.700", "1.710", "1.720"],
                     ["Organisatie", "720", "730", "740", "750"],
                     ["Resultaat", "-30", "-160", "-250", "-350"]]),
          ("p", "De algemene reserve bedroeg eind 2024 € 3,1 miljoen en ligt daarmee boven de signaleringswaarde. "
                "De begrote tekorten zijn bedoeld om de reserve in de planperiode af te bouwen tot circa € 2,3 miljoen."),
          ("h1", "Bijlage 1 – Afkortingen"),
          ("table", [["Afkorting", "Betekenis"],
                     ["LBT", "Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen"],
                     ["OJSP", "Ouder- en jeugdsteunpunt"], ["OPDC", "Orthopedagogisch-didactisch centrum"],
                     ["Onderwijsconsulent", "Onafhankelijke adviseur voor ouders bij vastgelopen situaties"],
                     ["TLV", "Toelaatbaarheidsverklaring"]])]
    label = dict(
        sector="vo",
        elements=dict(basisondersteuning="partial", plaatsing="partial", terugstroom="present",
                      financien="partial", **{"dekkend-aanbod": "present"}, resultaten="present", ouders="partial"),
        false=["basisondersteuning.inhoud", "plaatsing.procedure", "financien.verdeling", "ouders.steunpunt"],
        advisory={"plaatsing": ["duur-categorie"], "terugstroom": ["monitoring"],
                  "financien": ["reserves"], "dekkend-aanbod": ["ketenpartners"],
                  "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
        notes={"basisondersteuning": "Thema 1 states the shared minimum for every vestiging, but the content is only in the "
                                     "absent 'Kaart Basisondersteuning (bijlage 2)' and school websites.",
               "financien": "Thema 9 has a meerjarenbegroting table, but the verdeelsleutel is 'herijkt' and refers to "
                            "the previous plan / absent bijlage 6.",
               "ouders": "Thema 6 covers information (website, avonden, brochure); onderwijsconsulent/OJSP only in the "
                         "afkortingenlijst, no independent help in body text.",
               "plaatsing": "Thema 3: vso criteria only in a table, lwoo/pro criteria and TLV duration in prose; the whole "
                            "procedure is referred to the absent Toewijzingsreglement (bijlage 3).",
               "terugstroom": "Thema 4 'Overstappen en terugkeren' gives beleid and werkwijze plus 2023-2024 figures."})
    return b, label


# ================================================================ PLAN 3: PO, plain-language web version, .html
def plan3():
    N = "Samenwerkingsverband Primair Passend Veluwezoom (PO 25-11)"
    b = [("title", "Ons ondersteuningsplan 2025-2029 in gewone taal"),
         ("p", "Dit is de webversie van het ondersteuningsplan van " + N + ". We hebben het plan zo geschreven dat "
               "iedereen het kan lezen: ouders, leraren, bestuurders en iedereen die wil weten hoe passend "
               "onderwijs in onze regio werkt. Waar we een moeilijk woord gebruiken, leggen we het uit."),
         ("h1", "Op deze pagina"),
         ("ul", ["Waarom dit plan?", "Wie zijn wij?", "Wat kan elke school?", "Wat als uw kind meer nodig heeft?",
                 "Naar een speciale school", "Zijn er plekken genoeg?", "Geld", "Inclusief onderwijs",
                 "Van de basisschool naar de middelbare school", "Wat kunt u als ouder doen?", "Hoe zijn wij georganiseerd?", "Onze mensen", "Privacy",
                 "Wanneer gebeurt wat?", "Vragen en antwoorden", "Woordenlijst"]),
         ("h1", "Waarom dit plan?")]
    b += f_wettelijk("po")
    b += f_totstandkoming("ons samenwerkingsverband")
    b += f_leeswijzer() + f_ontwikkelingen()
    b += [("p", "Een ondersteuningsplan is vaak een dik boek vol beleidstaal. Wij hebben gekozen voor een korter plan "
                "in gewone taal. Dat betekent niet dat we minder afspraken hebben gemaakt. Het betekent dat we die "
                "afspraken zo helder mogelijk willen opschrijven. Heeft u na het lezen nog vragen, dan horen we dat "
                "graag."),
          ("p", "In dit plan lezen we vaak 'we'. Daarmee bedoelen we het samenwerkingsverband: de schoolbesturen "
                "die samen de scholen in onze regio besturen, en het kleine bureau dat voor hen werkt. Soms "
                "bedoelen we ook de scholen zelf. Uit de tekst blijkt dan wie wat doet."),
          ("h1", "Wie zijn wij?"),
          ("p", "Wij zijn een samenwerkingsverband van zes schoolbesturen in de gemeenten Rheden, Rozendaal en "
                "Renkum. Samen hebben deze besturen 38 basisscholen, 1 school voor speciaal basisonderwijs (De "
                "Regenboog) en 2 scholen voor speciaal onderwijs. Er gaan ongeveer 7.900 kinderen naar deze scholen."),
          ("p", "Onze regio is groen en heeft veel kleine dorpen. Sommige scholen zijn klein, met minder dan honderd "
                "leerlingen. Dat maakt samenwerken tussen scholen extra belangrijk: een kleine school kan niet alles "
                "zelf. Het maakt ook dat reizen naar een speciale school voor sommige kinderen lang duurt."),
          ("p", "Wij geloven dat ieder kind het recht heeft om zich te ontwikkelen, op een school die bij hem of haar "
                "past. Het liefst is dat een school in de buurt, samen met vriendjes uit de straat. Soms is een "
                "speciale school beter. Wij zorgen dat het kind die keuze niet alleen hoeft te maken."),
          ("h1", "Wat kan elke school?"),
          ("p", "Elke basisschool in ons samenwerkingsverband, op elke locatie, biedt dezelfde basis. Dat noemen we "
                "de basisondersteuning. De besturen hebben samen afgesproken wat die basis is. Geen school mag "
                "eronder zitten. Dit mag u van elke school verwachten:"),
          ("ul", ["Er is een intern begeleider (IB'er) die met de leraar meedenkt als uw kind extra hulp nodig heeft.",
                  "De school volgt hoe uw kind zich ontwikkelt, met toetsen en observaties, en bespreekt dat met u.",
                  "De school kan kinderen met dyslexie helpen volgens het landelijke protocol en heeft "
                  "hulpmiddelen zoals voorleessoftware.",
                  "De school heeft een aanpak tegen pesten en een vaste werkwijze voor gedrag.",
                  "De school kan lesstof aanpassen voor kinderen die sneller of langzamer leren.",
                  "De school heeft een vertrouwenspersoon en een aandachtsfunctionaris voor de meldcode.",
                  "De school kan een ontwikkelingsperspectief (OPP) maken als uw kind een eigen leerlijn volgt.",
                  "De school kan gratis advies vragen aan de orthopedagoog van het samenwerkingsverband."]),
          ("p", "Wat uw school daarnaast nog biedt, staat in de schoolgids van de school."),
          ("h1", "Wat als uw kind meer nodig heeft?"),
          ("p", "Soms is de basis niet genoeg. Dan gaat de school met u in gesprek over wat er extra nodig is. Welke "
                "extra hulp er in onze regio allemaal is, waar die te vinden is en hoe het ene aanbod op het andere "
                "aansluit, zetten we in 2026 op een rij in een overzicht van het ondersteuningsaanbod. Dat overzicht "
                "komt dan ook op onze website."),
          ("h1", "Naar een speciale school"),
          ("p", "Voor het sbo of het so heeft een kind een toelaatbaarheidsverklaring nodig. Dat is een besluit van "
                "ons samenwerkingsverband dat zegt: dit kind mag naar die school. Zo gaat dat:"),
          ("ul", ["De basisschool bespreekt met u dat zij denkt dat uw kind beter op zijn plek is op een speciale "
                  "school. U krijgt uitleg en u mag uw mening geven.",
                  "De school vult samen met u het aanvraagformulier in en stuurt het naar ons Loket.",
                  "Twee deskundigen kijken naar de aanvraag: een orthopedagoog of psycholoog en nog iemand met "
                  "verstand van zaken, bijvoorbeeld een jeugdarts. Ieder schrijft een eigen advies.",
                  "De commissie van het Loket neemt binnen zes weken een besluit. U krijgt het besluit en de adviezen "
                  "thuisgestuurd.",
                  "Bent u het niet eens met het besluit? Dan kunt u binnen zes weken bezwaar maken. Wij vragen dan "
                  "advies aan de Landelijke Bezwaaradviescommissie."]),
          ("p", "Welke kinderen een toelaatbaarheidsverklaring krijgen, bekijkt de commissie per kind. De precieze "
                "maatstaven die de commissie daarbij gebruikt, leggen we in het schooljaar 2025-2026 samen met de "
                "scholen vast. Tot die tijd beslist de commissie op basis van haar ervaring."),
          ("h1", "Zijn er plekken genoeg?"),
          ("p", "Wij willen dat er voor elk kind een plek is. Helaas lukt dat nog niet altijd. Wat we doen als er voor "
                "een kind nog geen passende plek is, werken we samen met de gemeenten uit in een nieuwe "
                "thuiszittersaanpak. Die verwachten we eind 2026 klaar te hebben."),
          ("h1", "Geld"),
          ("p", "Het samenwerkingsverband krijgt geld van de overheid voor extra ondersteuning. Het grootste deel "
                "van dat geld gaat naar de scholen. Zo verdelen we het:"),
          ("ul", ["Elke school krijgt een vast bedrag van € 5.000 per jaar en daarnaast € 140 per leerling die op 1 "
                  "oktober op de school staat ingeschreven.",
                  "Voor arrangementen kan een school geld aanvragen bij het Loket. Het Loket kijkt naar wat het kind "
                  "nodig heeft en naar wat de school al zelf heeft gedaan. Een arrangement duurt meestal een half "
                  "jaar tot een jaar.",
                  "Voor kinderen in het sbo en so betalen wij een bijdrage aan die scholen, volgens de regels van de "
                  "overheid."]),
          ("p", "Hoeveel geld we precies per jaar uitgeven en waaraan, leest u in de begroting. Die staat op onze "
                "website bij 'Documenten'."),
          ("h1", "Inclusief onderwijs")]
    b += f_inclusie()[:2]
    b += [("h1", "Van de basisschool naar de middelbare school")]
    b += f_po_vo()
    b += [("h1", "Wat kunt u als ouder doen?"),
          ("p", "U kent uw kind het best. Daarom is het belangrijk dat u goed weet wat er mogelijk is. De school "
                "vertelt u in de schoolgids welke hulp zij biedt. Op onze website staat een pagina voor ouders met "
                "uitleg en filmpjes. Ieder voorjaar houden we een ouderavond over passend onderwijs, en in iedere "
                "school ligt onze folder 'Hulp op school, hoe werkt dat?'. Heeft u een vraag, dan kunt u ook ons "
                "bureau bellen."),
          ("p", "Het kan gebeuren dat u en de school er samen niet uitkomen. Dan kunt u hulp vragen aan iemand die "
                "niet bij de school of bij ons hoort. Het Ouderpunt Veluwezoom is zo'n onafhankelijke plek: "
                "medewerkers luisteren naar uw verhaal, leggen uit wat uw rechten zijn en kunnen mee naar een "
                "gesprek. U kunt ook gratis advies vragen aan een onderwijsconsulent. Komt u er echt niet uit, dan "
                "kunt u een klacht indienen of naar de Geschillencommissie passend onderwijs stappen."),
          ("p", "Ouders praten ook mee over het beleid. In onze ondersteuningsplanraad zitten ouders en leraren. Zij "
                "hebben met dit plan ingestemd."),
          ("h1", "Hoe zijn wij georganiseerd?")]
    b += f_governance("Ons samenwerkingsverband", "een bestuur van onafhankelijke leden en een toezichthoudend orgaan")
    b += f_opr(True)
    b += [("h1", "Onze mensen")]
    b += f_personeel() + f_kennisdeling()
    b += [("h1", "Privacy")]
    b += f_ict()
    b += [("h1", "Wanneer gebeurt wat?"),
          ("p", "Dit plan geldt van 1 augustus 2025 tot 31 juli 2029. Elk jaar maken we een jaarplan. Daarin staat "
                "welke activiteiten we dat jaar uitvoeren. Het jaarplan wordt voor de zomer vastgesteld en op de "
                "website gezet. In het voorjaar van 2029 stellen we het volgende ondersteuningsplan vast."),
          ] + f_contact("het samenwerkingsverband", "Velp") + [
          ("h1", "Vragen en antwoorden"),
          ("h2", "Moet ik betalen voor extra hulp op school?"),
          ("p", "Nee. Extra ondersteuning op school is gratis. Wel kan het zijn dat zorg buiten school, zoals "
                "therapie of jeugdhulp, via de gemeente of de zorgverzekeraar loopt. De school kan u vertellen waar u "
                "daarvoor moet zijn."),
          ("h2", "Waar vind ik het hele plan?"),
          ("p", "Deze pagina is de officiële tekst van het plan. Er is geen dikker plan achter deze pagina. Wilt u het "
                "plan op papier, dan sturen we het u graag toe."),
          ("h2", "Wat doet het bureau van het samenwerkingsverband?"),
          ("p", "Het bureau voert uit wat de besturen samen hebben afgesproken. Het bureau regelt de aanvragen, "
                "organiseert bijeenkomsten voor scholen, beheert het geld en bereidt de besluiten van het bestuur "
                "voor. Op het bureau werken ongeveer twaalf mensen, van wie de meesten parttime."),
          ("h2", "Wie beslist er over dit plan?"),
          ("p", "Het bestuur van het samenwerkingsverband stelt het plan vast. Dat mag pas als de "
                "ondersteuningsplanraad heeft ingestemd en als er overleg is geweest met de gemeenten. Daarna "
                "sturen we het plan naar de Inspectie van het Onderwijs."),
          ("h2", "Kan het plan tussentijds veranderen?"),
          ("p", "Ja, dat kan. Als de wet verandert of als we merken dat een afspraak niet goed werkt, kan het bestuur "
                "het plan aanpassen. Ook dan moet de ondersteuningsplanraad eerst instemmen. Een aangepaste versie "
                "zetten we altijd met de datum van de wijziging op deze pagina."),
          ("h2", "Mijn kind gaat verhuizen. Wat nu?"),
          ("p", "Verhuist uw kind naar een andere regio, dan gaat het naar een school die bij een ander "
                "samenwerkingsverband hoort. De oude en de nieuwe school dragen de gegevens van uw kind over. Heeft uw "
                "kind een toelaatbaarheidsverklaring, dan blijft die geldig tot de einddatum die erop staat."),
          ("h1", "Woordenlijst"),
          ("table", [["Woord", "Uitleg"],
                     ["Arrangement", "Een pakket extra hulp voor een kind of een groep."],
                     ["Dekkend aanbod", "Alle scholen en voorzieningen samen zorgen dat er voor elk kind een plek is."],
                     ["Basisondersteuning", "Wat elke school minimaal biedt."],
                     ["Meerjarenbegroting", "Overzicht van inkomsten en uitgaven voor vier jaar."],
                     ["Resultaten", "Wat we willen bereiken en wat we hebben bereikt."],
                     ["Terugplaatsing", "Een kind gaat van het sbo of so terug naar een gewone basisschool. Dat "
                      "wordt in het laatste jaar van de TLV besproken."],
                     ["TLV", "Toelaatbaarheidsverklaring: het besluit dat een kind naar het sbo of so mag."],
                     ["Thuiszitter", "Een kind dat niet naar school gaat terwijl het dat wel zou moeten."]])]
    label = dict(
        sector="po",
        elements=dict(basisondersteuning="present", plaatsing="partial", terugstroom="missing",
                      financien="partial", **{"dekkend-aanbod": "missing"}, resultaten="missing", ouders="present"),
        false=["plaatsing.criteria", "terugstroom.procedure", "terugstroom.beleid", "financien.besteding",
               "dekkend-aanbod.continuum", "dekkend-aanbod.lacunes", "resultaten.doelen", "resultaten.monitoring"],
        advisory={"plaatsing": ["deskundigen", "bezwaar"], "ouders": ["betrokkenheid"]},
        notes={"plaatsing": "'Naar een speciale school' gives steps, Loket, two deskundigen, 6 weeks, bezwaar; criteria "
                            "are 'per kind' and will be set in 2025-2026 (deferral).",
               "terugstroom": "Only in the woordenlijst (Terugplaatsing) and the legal list in 'Waarom dit plan?'; no body text.",
               "financien": "'Geld' gives the verdeling (EUR 5.000 vaste voet + EUR 140 per leerling, arrangementen via "
                            "Loket); the begroting is only 'op onze website'.",
               "dekkend-aanbod": "Overview of the aanbod deferred to 2026 ('Wat als uw kind meer nodig heeft?'), "
                                 "thuiszittersaanpak deferred to end 2026 ('Zijn er plekken genoeg?'); no OOGO chapter; "
                                 "'dekkend aanbod' only in the woordenlijst.",
               "resultaten": "No intended results or monitoring; 'resultaten' only in the legal list and woordenlijst.",
               "ouders": "'Wat kunt u als ouder doen?' covers schoolgids/website/folder and the independent Ouderpunt, "
                         "onderwijsconsulent, Geschillencommissie."})
    return b, label


# ================================================================ PLAN 4: VO, long numbered 'koersplan', .docx
def plan4():
    N = "Stichting Samenwerkingsverband VO Linge en Betuwe (VO 25-05)"
    b = [("title", "Koersplan passend onderwijs 2025-2029"),
         ("p", "Ondersteuningsplan van " + N),
         ("p", "Conceptversie 3.1 – definitief vastgesteld door het bestuur op 25 maart 2025"),
         ("h1", "Inhoudsopgave"),
         ("ul", ["1 Inleiding", "2 Terugblik 2021-2025", "3 Koers", "3.1 Visie", "3.2 Basisondersteuning",
                 "4 Toewijzing van ondersteuning: vso, lwoo en pro", "5 Doorlopende lijnen en terugkeer",
                 "6 Thuiszitters, zorgplicht en dekkend aanbod", "7 Samenwerking met gemeenten (OOGO)",
                 "8 Kwaliteitszorg en resultaten", "9 Communicatie en contact", "10 Bestuur en medezeggenschap",
                 "11 Personeel", "12 Informatievoorziening", "13 Financieel beleid", "14 Planning en evaluatie",
                 "Bijlage I Begrippen en afkortingen"]),
         ("h1", "Voorwoord")]
    b += f_voorwoord(N, "2025-2029", "A. de Ruiter-Pool, voorzitter bestuur")
    b += [("h1", "1 Inleiding")]
    b += f_wettelijk("vo")
    b += f_totstandkoming("de stichting")
    b += f_leeswijzer() + f_ontwikkelingen()
    b += [("p", "Dit koersplan is het ondersteuningsplan van ons samenwerkingsverband. Wij hebben bewust gekozen "
                "voor een plan op hoofdlijnen: de uitwerking gebeurt in jaarplannen, handreikingen en protocollen. "
                "Het samenwerkingsverband omvat 11 scholen voor voortgezet onderwijs met 16 vestigingen, 1 school "
                "voor praktijkonderwijs en 2 vso-scholen, met samen ongeveer 9.400 leerlingen."),
          ("h1", "2 Terugblik 2021-2025"),
          ("p", "De afgelopen vier jaar hebben wij geïnvesteerd in de samenwerking tussen de scholen. Er is een "
                "gezamenlijk ondersteuningsloket ingericht, er zijn leernetwerken voor ondersteuningscoördinatoren "
                "gestart en de samenwerking met de wijkteams is verstevigd. Tegelijkertijd constateren wij dat de "
                "druk op de ondersteuning toeneemt. Steeds meer leerlingen kampen met psychische klachten, en de "
                "wachtlijsten in de jeugd-ggz zijn lang."),
          ("p", "De OPR en de besturen hebben de vorige periode geëvalueerd in vier bijeenkomsten. Belangrijkste "
                "lessen: maak afspraken concreter, communiceer helderder met ouders en zorg dat geld de leerling "
                "volgt. Deze lessen zijn in dit koersplan verwerkt."),
          ("h1", "3 Koers"),
          ("h2", "3.1 Visie"),
          ("p", "Wij willen dat iedere jongere in de Linge en de Betuwe een passende plek heeft in het onderwijs, "
                "een diploma of startkwalificatie kan halen of een duurzame plek op de arbeidsmarkt of in "
                "dagbesteding vindt. Dat doen wij samen: scholen, ouders, jongeren, gemeenten en zorgpartners. Wij "
                "kiezen voor 'regulier waar het kan, speciaal waar het nodig is, en altijd met perspectief'."),
          ("p", "Bij alles wat wij doen stellen wij drie vragen: wat heeft deze jongere nodig, wat heeft deze leraar "
                "nodig om dat te bieden, en wie kan daarbij helpen? Die vragen zijn belangrijker dan regels, "
                "formulieren of budgetten."),
          ("h2", "3.2 Basisondersteuning"),
          ("p", "De afspraken over de basisondersteuning worden in 2026 herijkt, mede in het licht van de landelijke "
                "norm basisondersteuning die het ministerie voorbereidt. Tot die tijd verwijzen wij voor de "
                "ondersteuning die scholen bieden naar de schoolgidsen van de afzonderlijke scholen."),
          ("h1", "4 Toewijzing van ondersteuning: vso, lwoo en pro"),
          ("p", "De toewijzing van extra ondersteuning, de toelaatbaarheid tot het vso en het praktijkonderwijs en de "
                "aanwijzing voor leerwegondersteunend onderwijs zijn geregeld in het Toewijzingsreglement 2025. Dat "
                "reglement wordt gelijktijdig met dit koersplan door het bestuur vastgesteld en is te vinden op onze "
                "website, samen met de Handreiking Toewijzing en de aanvraagformulieren."),
          ("p", "Wij hebben ervoor gekozen de toewijzing niet in dit koersplan uit te schrijven, omdat de regels "
                "vaker wijzigen dan eens in de vier jaar. Zo kunnen wij het reglement tussentijds aanpassen zonder "
                "het hele plan opnieuw vast te stellen."),
          ("h1", "5 Doorlopende lijnen en terugkeer"),
          ("p", "Doorlopende lijnen zijn essentieel: van basisschool naar voortgezet onderwijs, binnen het voortgezet "
                "onderwijs en van voortgezet onderwijs naar mbo of werk. Met het PO-samenwerkingsverband is een "
                "warme overdracht afgesproken voor alle leerlingen met een OPP."),
          ] + f_po_vo() + f_vo_mbo() + [
          ("p", "Plaatsing in het vso is wat ons betreft tijdelijk waar het kan. Ons terugkeerbeleid heeft als doel "
                "dat iedere vso-leerling die met ondersteuning in het regulier onderwijs kan functioneren, die kans "
                "ook krijgt. Voorwaarden voor terugkeer zijn dat de leerling de doelen uit het OPP die nodig zijn om "
                "in een grotere groep te leren heeft behaald, dat de leerling en ouders de overstap willen, en dat de "
                "ontvangende school de ondersteuning kan bieden die nog nodig is. Na terugkeer ontvangt de "
                "ontvangende school gedurende één schooljaar een terugkeerarrangement van € 4.000 en wordt de "
                "leerling begeleid door een ambulant begeleider van de vso-school, die ook de mentor coacht."),
          ("p", "Hoe de terugkeer stap voor stap verloopt – wie het initiatief neemt, wanneer er wordt geëvalueerd "
                "en wie besluit – wordt vastgelegd in het Protocol Terugkeer, dat op dit moment wordt opgesteld."),
          ("h1", "6 Thuiszitters, zorgplicht en dekkend aanbod"),
          ("p", "Een volledig overzicht van het ondersteuningsaanbod binnen en tussen de scholen wordt opgenomen in de "
                "Atlas Dekkend Aanbod, die in opdracht van het bestuur wordt opgesteld en naar verwachting in 2026 "
                "verschijnt."),
          ("p", "Wel hebben wij heldere afspraken gemaakt over jongeren voor wie (nog) geen passende plek is. Iedere "
                "school meldt een leerling die langer dan twee weken ongeoorloofd of onvoldoende onderwijs volgt "
                "binnen drie werkdagen bij het Ondersteuningsloket. Het loket roept binnen tien werkdagen een "
                "casusoverleg bijeen met school, ouders, leerplicht en jeugdhulp. Lukt het niet om binnen acht weken "
                "een oplossing te vinden, dan schaalt de directeur-bestuurder op naar de bestuurders van de "
                "betrokken scholen, die zich verplicht hebben binnen vier weken een plek aan te bieden. Scholen die "
                "hun zorgplicht niet kunnen waarmaken, dragen de leerling warm over aan een andere school die "
                "bereid is de leerling te plaatsen. Ieder jaar inventariseert het loket welke vragen onbeantwoord "
                "bleven, en het bestuur besluit over het aanpassen van het aanbod."),
          ("h1", "7 Samenwerking met gemeenten (OOGO)")]
    b += f_oogo("Buren, Culemborg, Geldermalsen-West en Lingewaard")
    b += [("h1", "8 Kwaliteitszorg en resultaten"),
          ("p", "Welke resultaten wij in deze periode willen bereiken, leggen wij jaarlijks vast in het jaarplan. In "
                "dit koersplan beschrijven wij hoe wij de ontwikkelingen volgen."),
          ("p", "Het samenwerkingsverband verzamelt ieder kwartaal gegevens over het aantal afgegeven TLV's, lwoo- en "
                "pro-aanwijzingen, thuiszitters, vrijstellingen, terugkeer uit het vso en de inzet van "
                "arrangementen. Deze gegevens komen samen in een dashboard dat besturen en OPR kunnen raadplegen. "
                "Jaarlijks stelt het bureau de 'Staat van de regio' op, waarin de ontwikkelingen worden geanalyseerd "
                "en besproken met schoolleiders, OPR en gemeenten. Tweejaarlijks bevragen wij ouders en leerlingen "
                "die een arrangement hebben gehad. De uitkomsten worden verantwoord in het jaarverslag."),
          ("p", "Ter illustratie: in 2024 werden 96 TLV's vso afgegeven, telde de regio 23 thuiszitters en keerden 7 "
                "leerlingen vanuit het vso terug naar het regulier voortgezet onderwijs."),
          ("h1", "9 Communicatie en contact"),
          ("p", "Ouders worden op verschillende manieren geïnformeerd over de ondersteuningsmogelijkheden. De website "
                "heeft een ouderportaal met informatie over lwoo, pro, vso, arrangementen en de rol van het loket. "
                "De scholen bespreken de ondersteuning tijdens de kennismakingsavonden en in de schoolgids. Bij een "
                "aanvraag ontvangen ouders de ouderfolder 'Samen op weg'. In het najaar organiseren wij een "
                "regionale ouderavond in samenwerking met de PO-samenwerkingsverbanden."),
          ("p", "Soms lopen gesprekken vast. Ouders en jongeren kunnen dan terecht bij het onafhankelijke Ouder- en "
                "Jeugdsteunpunt Betuwe, dat niet is gelieerd aan een school of bestuur. Het steunpunt informeert, "
                "adviseert en begeleidt ouders en bundelt signalen die het jaarlijks aan het bestuur voorlegt. "
                "Daarnaast kunnen ouders een beroep doen op de landelijke onderwijsconsulenten en, bij geschillen over "
                "toelating, verwijdering of het OPP, op de Geschillencommissie passend onderwijs."),
          ("h1", "10 Bestuur en medezeggenschap")]
    b += f_governance("De stichting", "een scheiding tussen bestuur en intern toezicht")
    b += f_opr(True)
    b += [("h1", "11 Personeel")]
    b += f_personeel()
    b += [("h2", "11.1 Kennisdeling")] + f_kennisdeling()
    b += [("h1", "12 Informatievoorziening")]
    b += f_ict()
    b += [("h1", "13 Financieel beleid"),
          ("h2", "13.1 Verdeling"),
          ("p", "Van de middelen voor lichte ondersteuning gaat 70% rechtstreeks naar de scholen als schoolbudget, "
                "verdeeld naar rato van het aantal leerlingen op 1 oktober van het voorgaande jaar, met een opslag "
                "van 20% per leerling in de basisberoepsgerichte en kaderberoepsgerichte leerweg. De overige 30% "
                "wordt ingezet voor bovenschoolse arrangementen, die het Ondersteuningsloket toekent op basis van "
                "een aanvraag met OPP. Lwoo-middelen worden verdeeld naar het aantal leerlingen met een "
                "lwoo-aanwijzing per school (€ 4.200 per leerling in 2025)."),
          ("h2", "13.2 Meerjarenbegroting"),
          ("table", [["(x € 1.000)", "2025", "2026", "2027", "2028"],
                     ["Lichte ondersteuning", "2.980", "2.950", "2.920", "2.890"],
                     ["Zware ondersteuning", "7.110", "7.080", "7.020", "6.980"],
                     ["Lwoo en pro", "3.860", "3.810", "3.770", "3.720"],
                     ["Totaal baten", "13.950", "13.840", "13.710", "13.590"],
                     ["Afdracht vso", "6.420", "6.450", "6.470", "6.480"],
                     ["Schoolbudgetten", "2.090", "2.070", "2.040", "2.020"],
                     ["Bovenschoolse arrangementen", "890", "880", "880", "870"],
                     ["Lwoo en pro scholen", "3.860", "3.810", "3.770", "3.720"],
                     ["Loket en bureau", "810", "820", "830", "840"],
                     ["Saldo", "-120", "-190", "-280", "-340"]]),
          ("p", "De begrote tekorten worden gedekt uit de algemene reserve, die eind 2024 € 2,6 miljoen bedroeg. "
                "Scholen verantwoorden jaarlijks vóór 15 februari de inzet van hun schoolbudget in het "
                "verantwoordingsformat; niet-bestede middelen boven 10% worden verrekend."),
          ("h1", "14 Planning en evaluatie")]
    b += f_planning("2025-2029")
    b += [("h1", "Bijlage I Begrippen en afkortingen"),
          ("table", [["Begrip", "Omschrijving"],
                     ["Basisondersteuning", "Het geheel van preventieve en licht curatieve interventies dat alle "
                      "scholen bieden, zoals mentoraat, dyslexiebegeleiding, faalangstreductietraining en een "
                      "ondersteuningscoördinator."],
                     ["Dekkend aanbod", "Het samenhangende geheel van voorzieningen binnen en tussen de scholen."],
                     ["OPDC", "Orthopedagogisch-didactisch centrum."],
                     ["Terugkeer", "Overstap van vso naar regulier vo na afloop van de TLV."],
                     ["TLV", "Toelaatbaarheidsverklaring."]])]
    label = dict(
        sector="vo",
        elements=dict(basisondersteuning="missing", plaatsing="missing", terugstroom="partial",
                      financien="present", **{"dekkend-aanbod": "partial"}, resultaten="partial", ouders="present"),
        false=["basisondersteuning.niveau", "basisondersteuning.inhoud", "plaatsing.procedure", "plaatsing.criteria",
               "terugstroom.procedure", "dekkend-aanbod.continuum", "resultaten.doelen"],
        advisory={"terugstroom": ["monitoring"],
                  "financien": ["reserves", "verantwoording"], "dekkend-aanbod": ["ketenpartners"],
                  "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
        notes={"basisondersteuning": "Heading 3.2 exists but only defers (herijking 2026) and refers to schoolgidsen; "
                                     "the content appears only in Bijlage I (begrippen).",
               "plaatsing": "Ch. 4 'Toewijzing' only refers to the separate Toewijzingsreglement 2025 on the website; "
                            "TLV counts in ch. 8 and lwoo in 13.1 are passing mentions.",
               "terugstroom": "Ch. 5 gives terugkeerbeleid (aims, conditions, EUR 4.000 arrangement); the steps are in a "
                              "Protocol Terugkeer 'dat wordt opgesteld'.",
               "dekkend-aanbod": "Ch. 6 handles thuiszitters/zorgplicht; the continuum is deferred to the Atlas Dekkend "
                                 "Aanbod (2026).",
               "resultaten": "Ch. 8 describes monitoring (dashboard, Staat van de regio) with 2024 figures; goals are "
                             "left to the jaarplan.",
               "ouders": "Ch. 9 'Communicatie en contact': ouderportaal, folder, OJSP Betuwe, onderwijsconsulenten."})
    return b, label


# ================================================================ PLAN 5: PO, thematic, .pdf
def plan5():
    N = "Samenwerkingsverband De Brug Noord, passend primair onderwijs (PO 22-09)"
    b = [("title", "Samen verder – Ondersteuningsplan 2025-2029"),
         ("p", N),
         ("p", "Vastgesteld 2 april 2025. De ondersteuningsplanraad stemde in op 26 maart 2025."),
         ("h1", "Inhoud"),
         ("ul", ["Voorwoord", "Deel A – Wie we zijn", "Deel B – Wat elke school biedt",
                 "Deel C – Meer ondersteuning", "Deel D – Toelaatbaarheid en terugplaatsing",
                 "Deel E – Geen kind tussen wal en schip", "Deel F – Wat we willen bereiken",
                 "Deel G – Organisatie en samenwerking", "Deel H – Geld", "Deel I – Ouders en communicatie",
                 "Begrippenlijst"]),
         ("h1", "Voorwoord")]
    b += f_voorwoord(N, "2025-2029", "J. Hoekstra, directeur-bestuurder")
    b += [("h1", "Deel A – Wie we zijn")]
    b += f_wettelijk("po")
    b += f_totstandkoming("het samenwerkingsverband")
    b += f_leeswijzer() + f_ontwikkelingen()
    b += f_inclusie()
    b += [("p", "Ons samenwerkingsverband ligt in het noorden van de provincie en omvat vijf gemeenten. Acht "
                "schoolbesturen zijn aangesloten, met 52 basisscholen, 2 sbo-scholen en 2 so-scholen. In totaal "
                "gaan er ruim 10.300 leerlingen naar deze scholen. Een groot deel van de scholen is klein: 19 scholen "
                "hebben minder dan 100 leerlingen."),
          ("p", "Onze visie is kort samen te vatten: samen verder. Geen school staat er alleen voor. Wij bouwen "
                "voort op wat in de vorige planperiode is bereikt: de ondersteuningsteams op alle scholen, de "
                "kennisnetwerken van intern begeleiders en de korte lijnen met het so. Wij kiezen voor vertrouwen "
                "in de professional, ontmoeting tussen scholen en zo weinig mogelijk bureaucratie."),
          ("h1", "Deel B – Wat elke school biedt"),
          ("p", "De schoolbesturen hebben één gezamenlijk niveau van basisondersteuning afgesproken. Dit niveau geldt "
                "voor iedere locatie van iedere basisschool in het samenwerkingsverband en is de ondergrens: wat in de "
                "tabel staat, biedt elke school, zonder aanvraag en zonder wachttijd."),
          ("table", [["Domein", "Wat elke school ten minste biedt"],
                     ["Leren", "Gedifferentieerde instructie op drie niveaus; RT-uren voor lezen en rekenen; "
                      "dyslexieprotocol met hulpsoftware; eigen leerlijn met OPP waar nodig"],
                     ["Gedrag en welbevinden", "Schoolbrede aanpak positief gedrag; sociaal-emotioneel "
                      "leerlingvolgsysteem; anti-pestcoördinator; time-out-afspraken"],
                     ["Meer- en hoogbegaafdheid", "Compacten en verrijken; plusaanbod in of buiten de groep"],
                     ["Taal", "NT2-aanbod voor kinderen met een taalachterstand; samenwerking met de "
                      "nieuwkomersvoorziening"],
                     ["Medisch", "Protocol medisch handelen; aanpassingen in het gebouw waar redelijk"],
                     ["Structuur", "Intern begeleider; ondersteuningsteam zes keer per jaar met orthopedagoog en "
                      "jeugdverpleegkundige; handelingsgericht werken in cycli van acht weken"]]),
          ("h1", "Deel C – Meer ondersteuning"),
          ("p", "Boven op de basisondersteuning kent ons samenwerkingsverband drie lagen. In de eerste laag krijgt een "
                "kind extra ondersteuning op de eigen school, bijvoorbeeld met een onderwijsassistent of begeleiding "
                "door een specialist van het so. In de tweede laag gaat het kind een deel van de week naar een "
                "bovenschoolse groep: de Kangoeroeklas voor hoogbegaafde kinderen, de Taalschakelklas of de "
                "observatiegroep De Haven voor kinderen van vier tot zeven jaar. In de derde laag gaat het kind naar "
                "het sbo of so. De lagen zijn met elkaar verbonden: specialisten uit het sbo en so werken op de "
                "basisscholen, en kinderen kunnen tussen de lagen bewegen zonder nieuwe intake."),
          ("p", "Voor het jonge kind werken wij samen met de voorscholen en de jeugdgezondheidszorg. Voor nieuwkomers "
                "is er een nieuwkomersvoorziening in de grootste kern, waar kinderen maximaal een jaar intensief "
                "Nederlands leren."),
          ("h1", "Deel D – Toelaatbaarheid en terugplaatsing"),
          ("h2", "D1 De aanvraag"),
          ("p", "Het bevoegd gezag van de basisschool vraagt de TLV aan bij de Commissie van Toelaatbaarheid (CvT) "
                "van het samenwerkingsverband. Bij de aanvraag horen het groeidocument, het OPP met de evaluatie "
                "van de geboden ondersteuning en het verslag van het laatste ondersteuningsteam. De secretaris "
                "van de CvT controleert binnen vijf werkdagen of de aanvraag compleet is. De CvT besluit binnen vier "
                "weken na ontvangst van een complete aanvraag; in spoedgevallen binnen vijf werkdagen."),
          ("h2", "D2 Deskundigen"),
          ("p", "Voor ieder besluit wint de CvT het advies in van twee deskundigen: altijd een orthopedagoog of GZ-"
                "psycholoog, en een tweede deskundige die past bij het kind, zoals een jeugdarts, "
                "kinderpsychiater of maatschappelijk werker. Iedere deskundige schrijft een eigen advies en is niet "
                "betrokken geweest bij de begeleiding van het kind."),
          ("h2", "D3 Wanneer is een kind toelaatbaar?"),
          ("p", "Een kind is toelaatbaar tot het sbo als de ondersteuningsbehoefte op meerdere gebieden tegelijk "
                "(leren, gedrag, werkhouding) zo groot is dat een kleinere groep en een aangepast programma "
                "gedurende de hele dag nodig zijn, en de basisschool met ten minste één bovenschools arrangement "
                "onvoldoende resultaat heeft bereikt. Een kind is toelaatbaar tot het so als daarnaast sprake is van "
                "een verstandelijke, lichamelijke of ernstige gedragsmatige of psychiatrische beperking waarvoor "
                "specialistische, intensieve begeleiding nodig is die het sbo niet kan bieden."),
          ("h2", "D4 Duur"),
          ("p", "Een TLV sbo geldt tot het einde van het schooljaar waarin het kind twaalf jaar wordt. Een TLV so "
                "geldt voor drie schooljaren; de CvT stelt de bekostigingscategorie laag, midden of hoog vast."),
          ("h2", "D5 Na de TLV: terug naar de basisschool"),
          ("p", "Wij vinden dat het speciaal (basis)onderwijs een plek moet zijn waar een kind zo lang verblijft als "
                "nodig is, en niet langer. Ons doel is dat ieder kind dat zich in het sbo of so zo heeft ontwikkeld "
                "dat het met de basisondersteuning en eventueel een arrangement op een basisschool verder kan, "
                "terugkeert naar een school dicht bij huis. Voorwaarde is dat de ontvangende school een passend plan "
                "heeft; het samenwerkingsverband stelt voor ieder teruggeplaatst kind een arrangement van ten minste "
                "een half jaar beschikbaar en de sbo- of so-school blijft dat halfjaar bereikbaar voor consultatie."),
          ("p", "De sbo- of so-school bespreekt ieder jaar in de OPP-evaluatie van februari of terugplaatsing "
                "mogelijk is. In het laatste jaar van de TLV is deze bespreking verplicht en schuift een "
                "consulent van het samenwerkingsverband aan. Adviseert de school terugplaatsing, dan meldt zij het "
                "kind vóór 15 maart aan bij de CvT. De CvT stelt samen met de ontvangende basisschool een "
                "overstapplan op en besluit over het arrangement. De TLV loopt af op 31 juli; het kind start na de "
                "zomervakantie op de basisschool."),
          ("h1", "Deel E – Geen kind tussen wal en schip"),
          ("p", "Een dekkend aanbod is niet alleen een kwestie van voorzieningen, maar ook van alert zijn. Ieder "
                "kind dat langer dan drie weken niet (volledig) naar school gaat, wordt binnen een week gemeld bij de "
                "consulent. Eens per maand bespreekt het Thuiszittersoverleg, met leerplicht, de gemeenten en de "
                "betrokken scholen, iedere melding en spreekt af wie binnen welke termijn wat doet. Het "
                "samenwerkingsverband houdt per gemeente een lijst bij van kinderen zonder passende plek en legt "
                "deze elk kwartaal aan het bestuur voor. Wanneer blijkt dat een bepaalde ondersteuningsvraag "
                "herhaaldelijk niet kan worden beantwoord, onderzoekt het bestuur binnen zes maanden of een nieuwe "
                "voorziening nodig is."),
          ("h1", "Deel F – Wat we willen bereiken"),
          ("table", [["Beoogd resultaat", "Streefwaarde 2029", "Stand 2024"],
                     ["Kinderen zonder passend onderwijs langer dan 4 weken", "0", "9"],
                     ["Scholen die aan de basisondersteuning voldoen", "100%", "85%"],
                     ["Kinderen met OPP die hun uitstroomperspectief halen", "80%", "71%"],
                     ["Terugplaatsingen per jaar uit sbo en so", "minimaal 15", "8"]]),
          ("p", "De consulenten verzamelen twee keer per jaar de gegevens bij de scholen en uit de CvT-registratie. "
                "Het bureau analyseert de uitkomsten en bespreekt die in juni en december met het bestuur en het "
                "directeurenoverleg. Eenmaal per jaar rapporteren wij in het jaarverslag over alle indicatoren, met "
                "een toelichting waar een streefwaarde niet in beeld is."),
          ("h1", "Deel G – Organisatie en samenwerking")]
    b += f_governance("Het samenwerkingsverband", "een raad van toezicht-model")
    b += f_opr(False)
    b += f_oogo("Noordhorn, Eemsdelta-West, Westerkwartier-Noord, Zuidhorn en Marum")
    b += f_po_vo()
    b += f_personeel() + f_kennisdeling()
    b += f_ict()
    b += [("h1", "Deel H – Geld"),
          ("p", "De verdeling van de ondersteuningsmiddelen over scholen en voorzieningen en de meerjarenbegroting "
                "maken geen deel uit van dit ondersteuningsplan. Het bestuur stelt deze jaarlijks afzonderlijk vast."),
          ("h1", "Deel I – Ouders en communicatie"),
          ("p", "Communicatie is maatwerk. Wij informeren schoolleiders en intern begeleiders via de nieuwsbrief, "
                "het kennisnetwerk en een jaarlijkse conferentie. Gemeenten ontvangen de jaarstukken. Een "
                "communicatieplan voor ouders is in ontwikkeling; wij verwachten dit in de loop van 2026 met de "
                "ondersteuningsplanraad te bespreken."),
          ("h1", "Planning")]
    b += f_planning("2025-2029")
    b += [("h1", "Begrippenlijst"),
          ("table", [["Begrip", "Uitleg"],
                     ["Meerjarenbegroting", "Begroting voor vier jaar, met de verdeling van de middelen."],
                     ["Onderwijsconsulent", "Onafhankelijk adviseur voor ouders."],
                     ["OJSP", "Ouder- en jeugdsteunpunt: onafhankelijke ondersteuning voor ouders en kinderen."],
                     ["Schoolbudget", "Deel van de middelen dat direct naar de besturen gaat."],
                     ["TLV", "Toelaatbaarheidsverklaring."]])]
    label = dict(
        sector="po",
        elements=dict(basisondersteuning="present", plaatsing="present", terugstroom="present",
                      financien="missing", **{"dekkend-aanbod": "present"}, resultaten="present", ouders="missing"),
        false=["financien.verdeling", "financien.besteding", "ouders.informatie", "ouders.steunpunt"],
        advisory={"plaatsing": ["deskundigen", "duur-categorie"], "terugstroom": ["monitoring"],
                  "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"]},
        notes={"basisondersteuning": "Deel B: niveau in one sentence, the concrete content only in a table.",
               "terugstroom": "Hidden in D5 inside the toelaatbaarheid chapter: beleid (aim, conditions, arrangement) "
                              "and procedure (February evaluation, 15 maart, 31 juli); 2024 figure in Deel F table.",
               "financien": "'Deel H – Geld' only says verdeling and meerjarenbegroting are not part of the plan; "
                            "'middelen' only in passing and in the begrippenlijst.",
               "ouders": "Deel I 'Ouders en communicatie' covers professionals only and defers a communicatieplan voor "
                         "ouders to 2026; OJSP/onderwijsconsulent only in begrippenlijst; OPR described without parents.",
               "resultaten": "Deel F: table of streefwaarden plus twice-yearly data collection and jaarverslag."})
    return b, label


# ================================================================ NEAR-MISS: a VO school's own 'ondersteuningsplan'
def nearmiss():
    b = [("title", "Ondersteuningsplan 2025-2026"),
         ("p", "Christelijk Lyceum De Brink, vestiging Zuid – havo/vwo en mavo"),
         ("p", "Vastgesteld door de schoolleiding na advies van de medezeggenschapsraad, juni 2025"),
         ("h1", "Inhoud"),
         ("ul", ["1 Inleiding", "2 Onze ondersteuningsstructuur", "3 Basisondersteuning op De Brink",
                 "4 Extra ondersteuning en arrangementen", "5 Toelaatbaarheid en verwijzing", "6 Terugkeer",
                 "7 Ouders", "8 Middelen", "9 Resultaten en evaluatie", "10 Jaarplanning zorg"]),
         ("h1", "1 Inleiding"),
         ("p", "Dit ondersteuningsplan beschrijft hoe Christelijk Lyceum De Brink de ondersteuning aan leerlingen "
               "organiseert in het schooljaar 2025-2026. Het plan is een uitwerking van ons "
               "schoolondersteuningsprofiel en sluit aan bij het ondersteuningsplan van het samenwerkingsverband "
               "VO Kempen en Dommel, waarbij onze school is aangesloten. Het plan wordt jaarlijks geëvalueerd in "
               "het zorgteam en besproken met de medezeggenschapsraad."),
         ("p", "Wij zijn een school voor mavo, havo en vwo met 1.240 leerlingen. Ongeveer 14% van onze leerlingen "
               "heeft een vorm van extra ondersteuning, variërend van een dyslexieverklaring tot een "
               "ontwikkelingsperspectiefplan."),
         ("h1", "2 Onze ondersteuningsstructuur"),
         ("p", "De mentor is het eerste aanspreekpunt voor leerling en ouders. De mentor volgt de voortgang, voert "
               "minimaal drie keer per jaar een mentorgesprek en signaleert problemen. De teamleider is "
               "verantwoordelijk voor de leerlingbegeleiding in de afdeling. De ondersteuningscoördinator coördineert "
               "de extra ondersteuning, zit het zorgteam voor en is contactpersoon voor het samenwerkingsverband."),
         ("table", [["Zorgniveau", "Wie", "Wat"],
                    ["0", "Docent", "Goede les, afstemming in de klas"],
                    ["1", "Mentor", "Mentorgesprekken, contact met ouders"],
                    ["2", "Teamleider en leerlingbegeleider", "Coaching, faalangsttraining, huiswerkklas"],
                    ["3", "Ondersteuningscoördinator en zorgteam", "OPP, trajectvoorziening, schoolmaatschappelijk werk"],
                    ["4", "Samenwerkingsverband", "Bovenschools arrangement, OPDC, TLV vso"]]),
         ("p", "Het zorgteam vergadert elke twee weken. Vaste leden zijn de ondersteuningscoördinator, de "
               "orthopedagoog van de school, de schoolmaatschappelijk werker, de jeugdverpleegkundige van de GGD en de "
               "leerplichtambtenaar (op afroep). Leerlingen worden pas in het zorgteam besproken na toestemming van "
               "ouders."),
         ("h1", "3 Basisondersteuning op De Brink"),
         ("p", "Onze basisondersteuning omvat: dyslexie- en dyscalculiebegeleiding, faalangstreductietraining, "
               "examenvreestraining, een huiswerkklas, een time-outvoorziening (de Studio), een vertrouwenspersoon, "
               "een anti-pestcoördinator en begeleiding bij executieve functies. Leerlingen met een medische "
               "aandoening krijgen een individueel protocol."),
         ("h1", "4 Extra ondersteuning en arrangementen"),
         ("p", "Wanneer de basisondersteuning niet volstaat, stelt de ondersteuningscoördinator samen met leerling en "
               "ouders een ontwikkelingsperspectiefplan op. Binnen de school kan een leerling gebruikmaken van de "
               "trajectvoorziening (maximaal tien weken). Is meer nodig, dan vraagt de school een bovenschools "
               "arrangement aan bij het Toewijzingsloket van het samenwerkingsverband."),
         ("h1", "5 Toelaatbaarheid en verwijzing"),
         ("p", "Als onze school de benodigde ondersteuning niet kan bieden, kan de ondersteuningscoördinator, na "
               "overleg met ouders en na bespreking in het zorgteam, een toelaatbaarheidsverklaring voor het vso "
               "aanvragen bij het samenwerkingsverband. Het samenwerkingsverband beslist over de aanvraag. Onze "
               "school levert het dossier aan: het OPP, de evaluaties en het onderwijskundig rapport."),
         ("h1", "6 Terugkeer"),
         ("p", "Leerlingen die na een periode in het OPDC of het vso terugkeren, worden door de "
               "ondersteuningscoördinator begeleid. Zij krijgen een vaste coach en worden de eerste drie maanden "
               "maandelijks besproken in het zorgteam."),
         ("h1", "7 Ouders"),
         ("p", "Ouders zijn partner in de begeleiding van hun kind. Zij worden uitgenodigd voor de bespreking van het "
               "OPP en tekenen voor akkoord. Informatie over de ondersteuning staat in de schoolgids en op de "
               "website. Bij onvrede kunnen ouders terecht bij de teamleider, de klachtencoördinator van de school "
               "of de landelijke klachtencommissie."),
         ("h1", "8 Middelen"),
         ("p", "De school ontvangt van het samenwerkingsverband een schoolbudget van € 118.000. Dit wordt besteed aan "
               "de formatie van de ondersteuningscoördinator (0,8 fte), de orthopedagoog (0,4 fte), de "
               "trajectvoorziening en trainingen."),
         ("h1", "9 Resultaten en evaluatie"),
         ("p", "In 2024-2025 werden 41 leerlingen begeleid in de trajectvoorziening, van wie 35 volledig terugkeerden "
               "in de klas. Voor 2025-2026 willen we het verzuim van leerlingen met een OPP met 20% verminderen. "
               "Het zorgteam evalueert in juni."),
         ("h1", "10 Jaarplanning zorg"),
         ("table", [["Maand", "Activiteit"],
                    ["september", "Screening brugklassers, dyslexie-intake"],
                    ["november", "Leerlingbesprekingen per afdeling"],
                    ["februari", "Evaluatie OPP's met ouders"],
                    ["juni", "Evaluatie ondersteuningsplan in zorgteam en MR"]])]
    label = dict(sector="vo", not_plan=True,
                 note="School-level ondersteuningsplan of one VO school (zorgniveaus, mentor, zorgteam, schoolbudget); "
                      "it refers to the samenwerkingsverband as an outside body and is not an SWV ondersteuningsplan "
                      "(no verband-wide basisondersteuning, no TLV decision procedure, no OOGO/OPR).")
    return b, label


# ================================================================ labels and main
CRITERIA = ["basisondersteuning.niveau", "basisondersteuning.inhoud", "plaatsing.procedure", "plaatsing.criteria",
            "terugstroom.procedure", "terugstroom.beleid", "financien.verdeling", "financien.besteding",
            "dekkend-aanbod.continuum", "dekkend-aanbod.lacunes", "resultaten.doelen", "resultaten.monitoring",
            "ouders.informatie", "ouders.steunpunt"]
ELEMENTS = ["basisondersteuning", "plaatsing", "terugstroom", "financien", "dekkend-aanbod", "resultaten", "ouders"]


def _q(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def label_text(files, label):
    lines = ["documents: [%s]" % ", ".join(files), "sector: %s" % label["sector"]]
    if label.get("not_plan"):
        lines += ["looks_like_plan: false", "elements: {}", "criteria: {}", "advisory_addressed: {}",
                  "notes:", "  document: %s" % _q(label["note"])]
        return "\n".join(lines) + "\n"
    el = label["elements"]
    # consistency with the status rule
    for e in ELEMENTS:
        crit = [c for c in CRITERIA if c.startswith(e + ".")]
        n_false = sum(c in label["false"] for c in crit)
        adv = label["advisory"].get(e, [])
        expect = "present" if n_false == 0 else ("missing" if n_false == len(crit) and not adv else "partial")
        assert el[e] == expect, (files, e, el[e], expect)
    lines += ["looks_like_plan: true",
              "elements: {%s}" % ", ".join("%s: %s" % (e, el[e]) for e in ELEMENTS), "criteria:"]
    lines += ["  %s: %s" % (c, "false" if c in label["false"] else "true") for c in CRITERIA]
    lines.append("advisory_addressed:")
    for e in ELEMENTS:
        if label["advisory"].get(e):
            lines.append("  %s: [%s]" % (e, ", ".join(label["advisory"][e])))
    lines.append("notes:")
    for e in ELEMENTS:
        if e in label["notes"]:
            lines.append("  %s: %s" % (e, _q(label["notes"][e])))
    return "\n".join(lines) + "\n"


def main():
    jobs = [
        (plan1, "po-rivierenland-west-op-2025-2029", ["docx"], "SWV PO Rivierenland-West | Ondersteuningsplan 2025-2029"),
        (plan2, "vo-kempen-dommel-ieder-talent", ["pdf"], "Ieder talent een plek | SWV VO 30-09"),
        (plan3, "po-veluwezoom-gewone-taal", ["html"], "Ons ondersteuningsplan in gewone taal | SWV PO 25-11"),
        (plan4, "vo-linge-betuwe-koersplan", ["docx"], "Koersplan passend onderwijs 2025-2029 | VO 25-05"),
        (plan5, "po-de-brug-noord-samen-verder", ["pdf"], "Samen verder | Ondersteuningsplan 2025-2029"),
        (nearmiss, "vo-lyceum-de-brink-school-ondersteuningsplan", ["docx"], "CL De Brink | Ondersteuningsplan 2025-2026"),
    ]
    for fn, stem, fmts, header in jobs:
        blocks, label = fn()
        files = []
        for fmt in fmts:
            p = OUT / ("%s.%s" % (stem, fmt))
            if fmt == "docx":
                write_docx(blocks, p, header)
            elif fmt == "pdf":
                write_pdf(blocks, p, header)
            elif fmt == "html":
                write_html(blocks, p, header)
            files.append(p.name)
        (OUT / ("%s.expected.yaml" % stem)).write_text(label_text(files, label), encoding="utf-8")
        print("%-50s %5d words  %s" % (stem, words(blocks), ", ".join(files)))


if __name__ == "__main__":
    main()
