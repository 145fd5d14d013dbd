#!/usr/bin/env python3
"""Generate the holdout301 test set: five fictional ondersteuningsplannen (VO-heavy, one PO)
and one near-miss document (a school's schoolondersteuningsprofiel).

Deterministic, no network. Output goes to the folder above src/. PDFs are rendered from a
temporary .docx with LibreOffice (soffice --headless); the temporary .docx is not kept.
Labels (<name>.expected.yaml) are written next to the documents.
"""
import html
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

import yaml
from docx import Document
from docx.shared import Pt

OUT = Path(__file__).resolve().parent.parent

# ----------------------------------------------------------------------------------------------
# Block model: ("title", text) ("h1", text) ("h2", text) ("p", text) ("ul", [..]) ("table", [[..]])
# ("toc", [(entry, page)]) ("small", text)
# ----------------------------------------------------------------------------------------------


def render_docx(blocks, path, header=None, footer=None):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    sec = doc.sections[0]
    if header:
        sec.header.paragraphs[0].text = header
    if footer:
        sec.footer.paragraphs[0].text = footer
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
            p = doc.add_paragraph()
            r = p.add_run(val)
            r.font.size = Pt(9)
        elif kind == "ul":
            for it in val:
                doc.add_paragraph(it, style="List Bullet")
        elif kind == "toc":
            doc.add_paragraph("Inhoudsopgave").runs[0].bold = True
            for entry, page in val:
                doc.add_paragraph(f"{entry} {'.' * max(3, 60 - len(entry))} {page}")
        elif kind == "table":
            t = doc.add_table(rows=len(val), cols=len(val[0]))
            t.style = "Table Grid"
            for i, row in enumerate(val):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = str(cell)
            doc.add_paragraph("")
        elif kind == "pagebreak":
            doc.add_page_break()
        else:
            raise ValueError(kind)
    doc.save(str(path))


def render_html(blocks, path, title, nav, footer):
    out = ["<!DOCTYPE html>", '<html lang="nl">', "<head>", '<meta charset="utf-8">',
           f"<title>{html.escape(title)}</title>", "</head>", "<body>", "<header>", "<nav><ul>"]
    for n in nav:
        out.append(f'<li><a href="#">{html.escape(n)}</a></li>')
    out += ["</ul></nav>", "</header>", "<main>"]
    for kind, val in blocks:
        if kind == "title":
            out.append(f"<h1>{html.escape(val)}</h1>")
        elif kind == "h1":
            out.append(f"<h2>{html.escape(val)}</h2>")
        elif kind == "h2":
            out.append(f"<h3>{html.escape(val)}</h3>")
        elif kind in ("p", "small"):
            out.append(f"<p>{html.escape(val)}</p>")
        elif kind == "ul":
            out.append("<ul>" + "".join(f"<li>{html.escape(i)}</li>" for i in val) + "</ul>")
        elif kind == "toc":
            out.append('<div class="toc"><p><strong>Op deze pagina</strong></p><ol>')
            out += [f'<li><a href="#">{html.escape(e)}</a></li>' for e, _ in val]
            out.append("</ol></div>")
        elif kind == "table":
            out.append("<table border=\"1\">")
            for i, row in enumerate(val):
                tag = "th" if i == 0 else "td"
                out.append("<tr>" + "".join(f"<{tag}>{html.escape(str(c))}</{tag}>" for c in row) + "</tr>")
            out.append("</table>")
        elif kind == "pagebreak":
            pass
    out += ["</main>", f"<footer><p>{html.escape(footer)}</p></footer>", "</body>", "</html>"]
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


def render_md(blocks, path):
    out = []
    for kind, val in blocks:
        if kind == "title":
            out.append(f"# {val}\n")
        elif kind == "h1":
            out.append(f"## {val}\n")
        elif kind == "h2":
            out.append(f"### {val}\n")
        elif kind in ("p", "small"):
            out.append(val + "\n")
        elif kind == "ul":
            out.append("\n".join(f"- {i}" for i in val) + "\n")
        elif kind == "toc":
            out.append("**Inhoud**\n\n" + "\n".join(f"{e} ... {p}" for e, p in val) + "\n")
        elif kind == "table":
            out.append("| " + " | ".join(val[0]) + " |")
            out.append("|" + "---|" * len(val[0]))
            for row in val[1:]:
                out.append("| " + " | ".join(str(c) for c in row) + " |")
            out.append("")
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


def render_pdf(blocks, path, header=None, footer=None):
    tmp = Path(tempfile.mkdtemp(prefix="holdout301_gen_"))
    try:
        src = tmp / (path.stem + ".docx")
        render_docx(blocks, src, header, footer)
        profile = tmp / "lo_profile"
        cmd = ["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
               "--convert-to", "pdf", "--outdir", str(tmp), str(src)]
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                       timeout=180)
        shutil.move(str(tmp / (path.stem + ".pdf")), str(path))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


# ----------------------------------------------------------------------------------------------
# Shared filler: text real plans contain that uses the vocabulary without addressing an element.
# ----------------------------------------------------------------------------------------------

def voorwoord(c):
    return [("h1", "Voorwoord"),
            ("p", f"Voor u ligt het ondersteuningsplan {c['period']} van {c['name']}. Dit plan is het "
                  f"resultaat van een intensief traject waarin schoolleiders, ondersteuningscoördinatoren, "
                  f"bestuurders, de ondersteuningsplanraad en onze gemeentelijke partners met elkaar in gesprek "
                  f"zijn gegaan. De resultaten van die gesprekken – bijna veertig bijeenkomsten in een half jaar – "
                  f"zijn verwerkt in de hoofdstukken die volgen. Wij danken iedereen die tijd heeft vrijgemaakt om "
                  f"mee te denken, te schrijven en kritisch te lezen."),
            ("p", f"De afgelopen jaren hebben laten zien dat passend onderwijs geen project is met een begin en "
                  f"een einde, maar een manier van werken. Scholen, ouders en jeugdhulp hebben elkaar beter leren "
                  f"kennen. Tegelijk zien we dat de vraag naar ondersteuning toeneemt, dat de arbeidsmarkt krap is "
                  f"en dat de middelen niet onbeperkt zijn. Dat vraagt om keuzes. In dit plan maken we die keuzes "
                  f"zichtbaar, zodat iedereen in {c['region']} weet waar hij of zij aan toe is."),
            ("p", f"Het plan is geschreven voor een breed publiek: voor de teams op onze {c['nschools']} scholen, "
                  f"voor ouders en leerlingen, voor onze partners in de gemeenten en voor de Inspectie van het "
                  f"Onderwijs. We hebben geprobeerd het zo leesbaar mogelijk te houden. Waar we vaktermen "
                  f"gebruiken, vindt u de uitleg in de begrippenlijst achterin."),
            ("p", f"Namens het bestuur,\n{c['director']}, directeur-bestuurder")]


def visie(c, extra=""):
    return [("h1", "Missie en visie"),
            ("h2", "Onze missie"),
            ("p", f"{c['name']} is er voor alle {c.get('kids', 'jongeren')} in {c['region']}. Wij zorgen er samen met de aangesloten "
                  f"schoolbesturen voor dat scholen de ruimte, de kennis en de mensen hebben om onderwijs te geven "
                  f"dat past bij wat een leerling nodig heeft. Niet het etiket van een leerling staat centraal, "
                  f"maar de vraag wat deze leerling in deze klas met deze docent nodig heeft om zich te kunnen "
                  f"ontwikkelen."),
            ("h2", "Onze visie"),
            ("p", "Wij geloven dat de meeste leerlingen het best tot hun recht komen in een gewone klas, dicht bij "
                  "huis, samen met leeftijdgenoten uit hun eigen buurt. Dat vraagt van scholen dat zij hun "
                  "deuren openhouden, ook wanneer een leerling iets extra's vraagt. Het vraagt van het "
                  "samenwerkingsverband dat het scholen daarin ondersteunt en dat het durft door te pakken als "
                  "het vastloopt. En het vraagt van iedereen dat we elkaar aanspreken op gemaakte afspraken."),
            ("p", "Onze visie rust op vier pijlers: vertrouwen in de professional, nabijheid, samenwerking over "
                  "de grenzen van organisaties heen en transparantie. Vertrouwen betekent dat we de "
                  "verantwoordelijkheid zo laag mogelijk in de organisatie leggen. Nabijheid betekent dat "
                  "ondersteuning waar het kan in de klas plaatsvindt. Samenwerking betekent dat onderwijs en "
                  "jeugdhulp niet langs elkaar heen werken. Transparantie betekent dat we open zijn over wat we "
                  "doen en waarom we het doen." + extra),
            ("p", "Deze pijlers zijn de toetssteen voor alle keuzes in dit plan. Bij ieder voorstel hebben we ons "
                  "afgevraagd: helpt dit de leerling, helpt dit de leraar, en is het uitvoerbaar binnen de "
                  "mogelijkheden die we hebben? Waar het antwoord op een van die vragen nee was, hebben we het "
                  "voorstel aangepast of laten vallen.")]


def context(c):
    return [("h1", "Ons samenwerkingsverband in vogelvlucht"),
            ("p", f"{c['name']} (registratienummer {c['code']}) is een stichting waarin {c['nboards']} "
                  f"schoolbesturen samenwerken. Het werkgebied omvat de gemeenten {c['gemeenten']}. In het gebied "
                  f"staan {c['nschools']} scholen met samen ongeveer {c['nstudents']} leerlingen "
                  f"(teldatum 1 oktober 2025). {c['context_extra']}"),
            ("p", "De regio kent een grote verscheidenheid: van kleine dorpskernen met één school tot een "
                  "stedelijk gebied waar leerlingen dagelijks kunnen kiezen uit meerdere scholen. Die "
                  "verscheidenheid zien we ook terug in de ondersteuningsvragen. In het landelijk gebied speelt "
                  "het leerlingenvervoer een grote rol; in de stad zien we meer leerlingen met een complexe "
                  "thuissituatie en een hoger aandeel nieuwkomers."),
            ("p", "De leerlingaantallen nemen in de komende planperiode licht af. De prognoses laten een daling "
                  "zien van ongeveer één procent per jaar. Dat heeft gevolgen voor de inkomsten van de scholen en "
                  "van het samenwerkingsverband, en daarmee voor de ruimte om te investeren. We houden daar in de "
                  "jaarlijkse planning rekening mee.")]


def governance(c):
    return [("h1", "Organisatie en governance"),
            ("p", f"Het samenwerkingsverband is een stichting met een scheiding tussen bestuur en intern "
                  f"toezicht. De directeur-bestuurder vormt het bestuur in de zin van de statuten en is "
                  f"eindverantwoordelijk voor de uitvoering van dit plan. De raad van toezicht bestaat uit "
                  f"bestuurders van de aangesloten schoolbesturen en twee onafhankelijke leden. De raad houdt "
                  f"toezicht op de directeur-bestuurder, keurt de begroting en de jaarrekening goed en benoemt de "
                  f"accountant."),
            ("p", "Naast de formele organen kent het samenwerkingsverband een aantal overleggen. In het "
                  "directeurenoverleg bespreken de schoolleiders de uitvoering van het beleid. In het netwerk "
                  "ondersteuningscoördinatoren wisselen de coördinatoren kennis uit en bereiden zij "
                  "beleidsvoorstellen voor. Het bureau van het samenwerkingsverband ondersteunt al deze overleggen "
                  "en voert de dagelijkse werkzaamheden uit."),
            ("p", f"Het bureau is gevestigd in {c['seat']} en telt {c['fte']} fte, onder wie beleidsmedewerkers, "
                  "trajectbegeleiders, een controller en secretariële ondersteuning. De Code Goed Bestuur van de "
                  "sector is van toepassing; afwijkingen worden in het jaarverslag toegelicht. De statuten "
                  "bevatten een regeling voor geschillen tussen de aangesloten besturen."),
            ("p", "Conflicten tussen besturen over de uitvoering van dit plan worden eerst in het "
                  "bestuurlijk overleg besproken. Komen partijen er niet uit, dan wordt de geschillenregeling uit "
                  "de statuten gevolgd. In de vorige planperiode is deze regeling niet gebruikt.")]


def opr(c, parents_role=True):
    par = [("h1", "Medezeggenschap"),
           ("p", f"Het samenwerkingsverband heeft een ondersteuningsplanraad (OPR). De OPR heeft instemmingsrecht "
                 f"op het ondersteuningsplan en op wijzigingen daarvan. De OPR heeft op {c['opr_date']} ingestemd met "
                 f"dit plan. Daarnaast heeft het samenwerkingsverband een eigen medezeggenschapsraad voor het "
                 f"personeel van het bureau.")]
    if parents_role:
        par.append(("p", "De OPR bestaat voor de helft uit ouders of leerlingen en voor de helft uit personeelsleden, "
                         "afgevaardigd door de medezeggenschapsraden van de scholen. Zo hebben ouders via de OPR een "
                         "stem in het beleid van het samenwerkingsverband."))
    par.append(("p", "De directeur-bestuurder overlegt ten minste vier keer per jaar met de OPR. De OPR ontvangt "
                     "de conceptbegroting, het jaarverslag en de tussentijdse rapportages. Leden kunnen scholing "
                     "volgen; de kosten daarvan draagt het samenwerkingsverband."))
    return par


def oogo_proc(c):
    return [("h1", "Overleg met gemeenten en het PO"),
            ("p", f"Het ontwerp van dit plan is besproken in het op overeenstemming gericht overleg (OOGO) met de "
                  f"colleges van de gemeenten {c['gemeenten']}. Het OOGO is op {c['oogo_date']} afgerond. Het "
                  f"verslag van het OOGO is opgenomen in het archief van het samenwerkingsverband. Het ontwerp is ook "
                  f"besproken met het samenwerkingsverband primair onderwijs in de regio."),
            ("p", "Het plan is na instemming van de OPR en afronding van het OOGO vastgesteld door de "
                  "directeur-bestuurder en voor 1 mei ingediend bij de Inspectie van het Onderwijs.")]


def oogo_full(c):
    return oogo_proc(c) + [
        ("p", "Met de gemeenten werken wij aan een gezamenlijke agenda. Belangrijke thema's zijn de aansluiting "
              "tussen de ondersteuning op school en de jeugdhulp, het leerlingenvervoer, de huisvesting van "
              "voorzieningen en de aanpak van verzuim. Iedere school heeft een vaste contactpersoon van het "
              "lokale wijkteam die aansluit bij het ondersteuningsteam. Voor leerlingen die zowel onderwijs als "
              "zorg nodig hebben, maken school, wijkteam en zorgaanbieder een onderwijs-zorgarrangement, waarbij "
              "de gemeente de zorgcomponent financiert.")]


def personeel(c):
    return [("h1", "Personeel en professionalisering"),
            ("p", "Passend onderwijs staat of valt met de mensen in de school. De krapte op de arbeidsmarkt raakt "
                  "ook de ondersteuning: vacatures voor orthopedagogen en ambulant begeleiders zijn lastig te "
                  "vervullen. Het samenwerkingsverband werkt daarom samen met de lerarenopleidingen in de regio en "
                  "biedt stageplaatsen aan voor masterstudenten."),
            ("p", "Jaarlijks organiseren wij een studiedag voor alle ondersteuningscoördinatoren en een "
                  "leergang 'Omgaan met verschillen' voor docenten. Schoolleiders kunnen intervisie volgen. Het "
                  "aanbod wordt ieder voorjaar vastgesteld in overleg met de netwerken; deelname is vrijwillig en "
                  "kosteloos. Kennisdeling tussen scholen krijgt vorm via leernetwerken rond thema's als gedrag, "
                  "hoogbegaafdheid en meertaligheid."),
            ("p", "Het bureau van het samenwerkingsverband kent een eigen personeelsbeleid met een "
                  "gesprekkencyclus, een scholingsplan en een verzuimbeleid. De CAO VO is van toepassing.")]


def ict(c, copies=True):
    copy = ("; ouders ontvangen een kopie van de stukken die over hun kind worden gedeeld" if copies else "")
    return [("h1", "Informatievoorziening en privacy"),
            ("p", "Het samenwerkingsverband verwerkt persoonsgegevens van leerlingen, onder meer bij de aanvraag "
                  "van arrangementen en toelaatbaarheidsverklaringen. Wij doen dat volgens de Algemene "
                  "verordening gegevensbescherming. Er is een functionaris gegevensbescherming aangesteld en er "
                  "is een register van verwerkingen. Gegevens worden niet langer bewaard dan nodig."),
            ("p", "Voor de uitwisseling van dossiers gebruiken wij een beveiligde digitale omgeving. Scholen "
                  "krijgen toegang via hun eigen account" + copy + ". In de planperiode vervangen we de huidige omgeving door een nieuw systeem "
                  "dat beter aansluit bij de leerlingadministratie van de scholen.")]


def planning(c):
    return [("h1", "Planning en jaarcyclus"),
            ("p", "Dit ondersteuningsplan beschrijft de koers voor vier jaar. Ieder jaar vertalen wij het plan naar "
                  "een jaarplan met concrete activiteiten en een begroting. Het jaarplan wordt in het najaar "
                  "opgesteld en voor 1 december vastgesteld. Halverwege de planperiode houden wij een "
                  "tussenevaluatie met scholen, OPR en gemeenten."),
            ("table", [["Periode", "Activiteit"],
                       ["september", "Start schooljaar, jaarplan in uitvoering"],
                       ["oktober–november", "Opstellen jaarplan en begroting volgend kalenderjaar"],
                       ["december", "Vaststelling jaarplan en begroting"],
                       ["maart", "Bestuurlijk overleg met gemeenten"],
                       ["juni", "Jaarverslag en jaarrekening vorig kalenderjaar"]]),
            ("p", "Wijzigingen in dit plan gedurende de planperiode leggen wij ter instemming voor aan de OPR.")]


def terugblik(c):
    return [("h1", "Terugblik op de vorige planperiode"),
            ("p", "In de vorige planperiode stond het versterken van de samenwerking tussen scholen centraal. Er "
                  "zijn leernetwerken opgezet, de ondersteuningsteams zijn op alle scholen ingevoerd en het bureau "
                  "is verhuisd naar een centrale locatie. Tegelijk moesten we vaststellen dat niet alle ambities "
                  "zijn waargemaakt: de samenwerking met de jeugdhulp bleef kwetsbaar en de administratieve last "
                  "voor scholen werd als hoog ervaren."),
            ("p", "In gesprekken met schoolleiders, ouders en gemeenten kwamen drie lessen naar voren. Ten eerste: "
                  "houd het eenvoudig. Ten tweede: zorg dat de ondersteuning zo dicht mogelijk bij de leerling "
                  "wordt georganiseerd. Ten derde: wees duidelijk over wat wel en wat niet kan. Deze lessen hebben "
                  "wij meegenomen in dit plan.")]


def mbo(c):
    return [("h1", "Doorlopende leerlijnen en aansluiting op het vervolg"),
            ("p", "Overgangen zijn kwetsbare momenten. Bij de overstap van het basisonderwijs naar het voortgezet "
                  "onderwijs werken wij met een warme overdracht: de basisschool en de vo-school bespreken "
                  "leerlingen met een ondersteuningsvraag voor de zomervakantie. Voor de overstap naar het mbo "
                  "maken wij afspraken met de regionale mbo-instellingen over een overdrachtsdossier en een "
                  "startgesprek."),
            ("p", "Voor leerlingen in het praktijkonderwijs en het vso met uitstroomprofiel arbeid werken wij samen "
                  "met het regionale werkbedrijf. Het doel is dat geen jongere na school tussen wal en schip "
                  "valt. De uitstroom van leerlingen naar vervolgonderwijs en werk volgen wij samen met de "
                  "gemeenten in het kader van de aanpak voortijdig schoolverlaten.")]


def nieuwkomers(c):
    return [("h1", "Onderwijs aan nieuwkomers"),
            ("p", "In de regio wonen steeds meer jongeren die korter dan twee jaar in Nederland zijn. Zij volgen "
                  "eerst onderwijs in een internationale schakelklas (ISK). De ISK valt onder een van de "
                  "aangesloten besturen. De overstap van de ISK naar het reguliere onderwijs wordt voorbereid met "
                  "een overdrachtsgesprek. Taalondersteuning NT2 in het reguliere onderwijs is een aandachtspunt "
                  "voor de komende jaren.")]


def totstandkoming(c):
    return [("h1", "Hoe dit plan tot stand kwam"),
            ("p", f"De voorbereiding van dit plan begon in het voorjaar van 2025 met een evaluatie van het vorige "
                  f"plan. Een schrijfgroep van vijf personen – twee schoolleiders, een ondersteuningscoördinator, "
                  f"een beleidsmedewerker van het bureau en een externe adviseur – heeft de teksten voorbereid. In "
                  f"het najaar van 2025 zijn conceptteksten besproken in zes regionale bijeenkomsten in "
                  f"{c['region']}. Daar waren docenten, mentoren, schoolleiders en vertegenwoordigers van de "
                  f"gemeenten en de jeugdhulp aanwezig. Hun reacties zijn verzameld in een reactienota, die bij "
                  f"het bureau kan worden opgevraagd."),
            ("p", "In december 2025 heeft het directeurenoverleg het concept besproken en aan het bestuur "
                  "aangeboden. Het bestuur heeft het ontwerp in januari 2026 vrijgegeven voor het overleg met "
                  "de gemeenten en voor de behandeling in de ondersteuningsplanraad. De gesprekken verliepen in "
                  "een open en constructieve sfeer. Op een aantal punten zijn teksten verduidelijkt, vooral waar "
                  "het ging om de rolverdeling tussen school, bestuur en samenwerkingsverband."),
            ("p", "Wij hebben ervoor gekozen het plan zo te schrijven dat het ook over vier jaar nog bruikbaar is. "
                  "Daarom staan er weinig namen van personen en projecten in. Actuele informatie over projecten en "
                  "contactpersonen staat in het jaarplan en op de website. Waar in dit plan 'wij' staat, bedoelen "
                  "wij het samenwerkingsverband als geheel: de besturen, de scholen en het bureau samen.")]


def kennisdeling(c):
    return [("h1", "Kennisdeling en innovatie"),
            ("p", "Scholen kunnen veel van elkaar leren. In de afgelopen jaren zijn leernetwerken ontstaan rond "
                  "thema's als gedrag in de klas, meertaligheid, executieve functies en de samenwerking met de "
                  "jeugdhulp. Deze netwerken komen vier tot zes keer per jaar bijeen, op steeds een andere school. "
                  "Deelnemers bezoeken elkaars lessen en bespreken casussen. Het bureau faciliteert de netwerken "
                  "met een vaste coördinator en een digitale kennisbank."),
            ("p", "Daarnaast werken wij samen met een hogeschool in de regio in een werkplaats onderwijsonderzoek. "
                  "Docenten doen daar praktijkonderzoek naar vragen uit hun eigen school, bijvoorbeeld naar de "
                  "werking van een nieuwe aanpak voor huiswerkbegeleiding of naar de ervaringen van leerlingen met "
                  "een aangepast rooster. De uitkomsten worden gedeeld op een jaarlijkse kennismarkt in het voorjaar."),
            ("p", "Nieuwe ideeën beginnen vaak klein. Scholen die een vernieuwende aanpak willen uitproberen, "
                  "kunnen daarvoor ondersteuning vragen van het bureau, bijvoorbeeld bij het opzetten van de "
                  "evaluatie. Geslaagde pilots worden in het directeurenoverleg besproken, zodat andere scholen "
                  "kunnen aanhaken.")]


def bedrijfsvoering(c):
    return [("h1", "Bedrijfsvoering van het bureau"),
            ("p", "Het bureau van het samenwerkingsverband is klein en wil dat blijven. De salarisadministratie en "
                  "de financiële administratie zijn uitbesteed aan een administratiekantoor dat ook voor een aantal "
                  "aangesloten besturen werkt. Inkoop vindt plaats volgens een inkoopbeleid dat aansluit bij de "
                  "regels voor aanbesteding. Het archief is digitaal en ingericht volgens de archiefwet."),
            ("p", "Het bureau is gehuisvest in een gebouw dat wordt gedeeld met andere maatschappelijke "
                  "organisaties. Dat bevordert de contacten en beperkt de kosten. De werkplekken zijn flexibel "
                  "ingericht; medewerkers werken deels op de scholen, deels op kantoor en deels thuis."),
            ("p", "Voor de continuïteit van het bureau zijn taken zo verdeeld dat iedere kerntaak door ten minste "
                  "twee medewerkers kan worden uitgevoerd. Werkprocessen zijn beschreven in een procesboek dat "
                  "jaarlijks wordt bijgewerkt. Ziekteverzuim en werkdruk worden besproken in het werkoverleg en "
                  "met de eigen medezeggenschapsraad van het bureau.")]


def leerlingen(c):
    return [("h1", "De stem van leerlingen"),
            ("p", "Leerlingen weten vaak zelf het beste wat hen helpt. Daarom heeft het samenwerkingsverband een "
                  "leerlingenpanel met twaalf leerlingen van verschillende scholen en schoolsoorten. Het panel komt "
                  "drie keer per jaar bijeen en geeft gevraagd en ongevraagd advies aan de directeur-bestuurder. In "
                  "de voorbereiding van dit plan heeft het panel onder meer gewezen op het belang van een vaste "
                  "contactpersoon op school en op de onrust die ontstaat als leerlingen vaak van begeleider "
                  "wisselen."),
            ("p", "Wij willen de inbreng van leerlingen in de komende jaren versterken. Het panel krijgt een eigen "
                  "budget voor activiteiten en wordt betrokken bij de tussenevaluatie van dit plan. Ook scholen "
                  "worden gestimuleerd leerlingen een actieve rol te geven, bijvoorbeeld via de leerlingenraad.")]


def povo(c):
    return [("h1", "Samenwerking met het primair onderwijs"),
            ("p", "Het samenwerkingsverband primair onderwijs in onze regio is een belangrijke partner. De "
                  "directeuren van beide samenwerkingsverbanden overleggen ieder kwartaal. Gezamenlijke thema's zijn "
                  "de overstap naar het voortgezet onderwijs, de afstemming van de kalender voor aanmelding en de "
                  "informatievoorziening aan basisscholen over de mogelijkheden in het vo."),
            ("p", "Jaarlijks organiseren beide samenwerkingsverbanden een bijeenkomst voor groep 8-leerkrachten en "
                  "mentoren uit de brugklas. Daar worden ervaringen met de overdracht besproken en afspraken voor "
                  "het volgende jaar gemaakt. Het overleg over het ontwerp van dit plan met het samenwerkingsverband "
                  "primair onderwijs vond plaats in januari 2026.")]


def begrippen(entries):
    return [("h1", "Begrippenlijst"), ("table", [["Begrip", "Omschrijving"]] + entries)]


GLOSSARY_VO = [
    ["Basisondersteuning", "De afgesproken ondersteuning die alle scholen in het samenwerkingsverband bieden."],
    ["Toelaatbaarheidsverklaring (TLV)", "Besluit van het samenwerkingsverband dat een leerling toelaatbaar is tot het vso."],
    ["Terugplaatsing", "De overstap van een leerling van het vso terug naar het regulier voortgezet onderwijs."],
    ["Dekkend aanbod", "Een samenhangend geheel van voorzieningen waardoor iedere leerling een passende plek heeft."],
    ["Meerjarenbegroting", "Begroting die de verwachte baten en lasten voor meerdere jaren weergeeft."],
    ["Ouder- en jeugdsteunpunt", "Onafhankelijk punt waar ouders en jongeren terecht kunnen met vragen over passend onderwijs."],
    ["Resultaten", "De uitkomsten van het onderwijs aan leerlingen die extra ondersteuning nodig hebben."],
    ["Zorgplicht", "De plicht van een school om een aangemelde leerling een passende plek te bieden."],
]

ABBR_VO = [["AB", "Ambulante begeleiding"], ["LWOO", "Leerwegondersteunend onderwijs"], ["OOGO", "Op overeenstemming gericht overleg"],
           ["OPP", "Ontwikkelingsperspectiefplan"], ["OPR", "Ondersteuningsplanraad"], ["PrO", "Praktijkonderwijs"],
           ["SOP", "Schoolondersteuningsprofiel"], ["TLV", "Toelaatbaarheidsverklaring"], ["VSO", "Voortgezet speciaal onderwijs"]]


def afkortingen(entries):
    return [("h1", "Afkortingenlijst"), ("table", [["Afkorting", "Betekenis"]] + entries)]


def core(d):
    keys = ["basisondersteuning.niveau", "basisondersteuning.inhoud", "plaatsing.procedure", "plaatsing.criteria",
            "terugstroom.procedure", "terugstroom.beleid", "financien.verdeling", "financien.besteding",
            "dekkend-aanbod.continuum", "dekkend-aanbod.lacunes", "resultaten.doelen", "resultaten.monitoring",
            "ouders.informatie", "ouders.steunpunt"]
    assert set(d) == set(keys), set(keys) ^ set(d)
    return {k: d[k] for k in keys}


def status_from(crit, addressed_any):
    out = {}
    for el in ["basisondersteuning", "plaatsing", "terugstroom", "financien", "dekkend-aanbod", "resultaten", "ouders"]:
        vals = [v for k, v in crit.items() if k.split(".")[0] == el]
        if all(vals):
            out[el] = "present"
        elif any(vals) or el in addressed_any:
            out[el] = "partial"
        else:
            out[el] = "missing"
    return out


def q(text):
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def dump_label(path, documents, sector, looks, elements, crit, advisory, notes):
    lines = [f"documents: [{', '.join(documents)}]", f"sector: {sector}",
             f"looks_like_plan: {'true' if looks else 'false'}"]
    if elements:
        lines.append("elements: {" + ", ".join(f"{k}: {v}" for k, v in elements.items()) + "}")
    else:
        lines.append("elements: {}")
    if crit:
        lines.append("criteria:")
        lines += [f"  {k}: {'true' if v else 'false'}" for k, v in crit.items()]
    else:
        lines.append("criteria: {}")
    adv = {k: v for k, v in advisory.items() if v}
    if adv:
        lines.append("advisory_addressed:")
        lines += [f"  {k}: [{', '.join(v)}]" for k, v in adv.items()]
    else:
        lines.append("advisory_addressed: {}")
    lines.append("notes:")
    lines += [f"  {k}: {q(v)}" for k, v in notes.items()]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def write_label(name, documents, sector, crit, advisory, notes, extra_partial=()):
    elements = status_from(crit, set(extra_partial) | set(k for k, v in advisory.items() if v))
    dump_label(OUT / f"{name}.expected.yaml", documents, sector, True, elements, crit, advisory, notes)
    return elements


# ----------------------------------------------------------------------------------------------
# Plan A: large VO verband, .docx
# ----------------------------------------------------------------------------------------------

def plan_a():
    c = dict(name="Samenwerkingsverband VO Waalboog", code="VO 25-14", period="2026-2030",
             region="de regio Waalboog", nschools=21, nboards=9, nstudents="14.800",
             gemeenten="Lindenwaard, Overmaas, Beekveld en Heerdingen", director="drs. M.J. van Rossum",
             seat="Overmaas", fte="17,4", opr_date="12 maart 2026", oogo_date="26 februari 2026",
             context_extra="Daarvan volgen ongeveer 640 leerlingen praktijkonderwijs en 410 leerlingen het vso op "
                           "drie vso-scholen (cluster 4 en cluster 3). Ruim 1.900 leerlingen zijn aangewezen op lwoo.")
    toc = [("Voorwoord", 2), ("1 Missie en visie", 3), ("2 Ons samenwerkingsverband in vogelvlucht", 5),
           ("3 Wat elke school biedt", 6), ("4 Het ondersteuningsaanbod", 9), ("5 Toelaatbaarheid en toewijzing", 12),
           ("   5.6 Na de TLV: terugplaatsing", 16), ("6 Ambities en beoogde resultaten", 17),
           ("7 Organisatie en governance", 19), ("8 Geld en middelen", 21), ("9 Communicatie", 25),
           ("10 Medezeggenschap", 27), ("11 Overleg met gemeenten", 28), ("12 Personeel", 29),
           ("13 Informatievoorziening", 30), ("14 Planning", 31), ("Begrippenlijst", 32), ("Afkortingen", 33)]
    b = [("title", "Ondersteuningsplan 2026-2030"),
         ("p", "Samenwerkingsverband VO Waalboog (VO 25-14)\nSamen sterk voor elke leerling\n"
               "Vastgesteld door de directeur-bestuurder op 14 april 2026, na instemming van de OPR"),
         ("toc", toc), ("pagebreak", None)]
    b += voorwoord(c) + visie(c) + context(c) + terugblik(c)
    b += [("h1", "Wat elke school biedt"),
          ("p", "In ons samenwerkingsverband hebben alle negen besturen afgesproken welke ondersteuning iedere "
                "vestiging – van praktijkonderwijs tot gymnasium – ten minste biedt, zonder dat daarvoor een "
                "aanvraag bij het samenwerkingsverband nodig is. Dit afgesproken minimumniveau noemen wij de "
                "basisondersteuning. Een school mag meer bieden, maar nooit minder. Het niveau is gelijk voor "
                "alle 21 scholen en hun nevenvestigingen."),
          ("p", "Concreet betekent dit dat u als ouder op elke school in de regio het volgende mag verwachten:"),
          ("ul", ["een ondersteuningscoördinator met ten minste 0,4 fte per 500 leerlingen, die het aanspreekpunt is voor ouders en mentoren;",
                  "een mentor die minimaal drie keer per jaar een voortgangsgesprek voert met leerling en ouders;",
                  "een dyslexie- en dyscalculieprotocol met vaste faciliteiten: extra tijd bij toetsen, vergrote opgaven en voorleessoftware;",
                  "trainingen in sociale vaardigheden en faalangstreductie, ten minste twee keer per jaar aangeboden;",
                  "een ondersteuningsteam waarin de ondersteuningscoördinator, de jeugdarts, de schoolmaatschappelijk werker en de leerplichtambtenaar ten minste zes keer per jaar leerlingen bespreken;",
                  "toegang tot een orthopedagoog of psycholoog van het eigen bestuur voor observatie en handelingsadvies;",
                  "een protocol medisch handelen en een rustruimte;",
                  "een time-out- of opvangvoorziening op iedere locatie met begeleiding door een vaste medewerker."]),
          ("p", "De afspraken zijn vastgelegd in de kwaliteitskaart basisondersteuning. Iedere school vult de kaart "
                "jaarlijks in; een trajectbegeleider van het samenwerkingsverband bespreekt de uitkomsten met de "
                "schoolleider. Wanneer een school op een onderdeel onder het afgesproken niveau zit, maken school "
                "en samenwerkingsverband een verbeterplan met een termijn van ten hoogste één schooljaar."),
          ("h1", "Het ondersteuningsaanbod"),
          ("p", "Het aanbod in ons samenwerkingsverband is opgebouwd in vier lagen die op elkaar aansluiten. "
                "De eerste laag is de basisondersteuning die iedere school biedt. De tweede laag is extra "
                "ondersteuning binnen de school: een arrangement dat de school zelf organiseert met middelen uit "
                "het schoolbudget, bijvoorbeeld een plusklas, een trajectklas of begeleiding door een ambulant "
                "begeleider. De derde laag zijn de bovenschoolse voorzieningen: het OPDC De Overstap in Overmaas "
                "en de reboundvoorziening in Beekveld, waar leerlingen tijdelijk (maximaal twaalf maanden) "
                "onderwijs volgen met als doel terugkeer naar de eigen school. De vierde laag is het voortgezet "
                "speciaal onderwijs."),
          ("p", "Een leerling stroomt niet automatisch van laag naar laag. Het ondersteuningsteam van de school "
                "bepaalt samen met ouders en leerling welke ondersteuning nodig is. Voor een plaatsing in het OPDC "
                "of de rebound is een aanvraag bij het Loket van het samenwerkingsverband nodig; het Loket besluit "
                "binnen drie weken."),
          ("p", "Voor leerlingen die extra uitdaging nodig hebben, kennen drie scholen een voltijds "
                "hoogbegaafdheidsprogramma. Leerlingen van andere scholen kunnen daar op aanvraag aan deelnemen."),
          ("p", "Of het aanbod in de hele regio voldoende dekkend is, weten we nog niet goed. Een analyse van witte "
                "vlekken staat voor deze planperiode op de agenda; de uitkomsten en eventuele maatregelen nemen we "
                "op in de jaarplannen. Ook het thuiszitterspact dat de gemeenten en besturen in 2019 sloten, blijft "
                "in deze periode van kracht."),
          ("h1", "Toelaatbaarheid en toewijzing"),
          ("h2", "5.1 Toelaatbaarheid tot het vso"),
          ("p", "Het samenwerkingsverband beslist of een leerling toelaatbaar is tot het voortgezet speciaal "
                "onderwijs. De aanvraag wordt ingediend door het bevoegd gezag van de school waar de leerling is "
                "ingeschreven of aangemeld, via het digitale Loket. Bij de aanvraag horen het "
                "ontwikkelingsperspectiefplan (OPP), het groeidocument met de evaluatie van de geboden "
                "ondersteuning en de zienswijze van ouders en leerling."),
          ("p", "Stap 1: het ondersteuningsteam van de school bespreekt de leerling en stelt vast dat een TLV "
                "nodig is. Stap 2: de school dient de aanvraag in. Stap 3: het Loket controleert binnen vijf "
                "werkdagen of het dossier compleet is. Stap 4: twee deskundigen – een orthopedagoog of GZ-psycholoog "
                "en, afhankelijk van de leerling, een jeugdarts, maatschappelijk werker of kinderpsychiater – "
                "brengen ieder afzonderlijk een schriftelijk advies uit. Zij zijn niet betrokken geweest bij de "
                "aanvraag. Stap 5: de Commissie Toelaatbaarheid neemt binnen zes weken na ontvangst van het "
                "complete dossier een besluit. Ouders ontvangen het besluit en een kopie van de adviezen."),
          ("h2", "5.2 Criteria"),
          ("p", "Een leerling is toelaatbaar tot het vso als aan alle volgende voorwaarden is voldaan:"),
          ("ul", ["de leerling heeft een OPP dat ten minste één keer is geëvalueerd;",
                  "de school heeft ten minste een half schooljaar extra ondersteuning geboden (laag 2 of 3) en die is geëvalueerd zonder voldoende resultaat;",
                  "de ondersteuningsbehoefte op ten minste twee van de domeinen leren, gedrag, sociaal-emotioneel functioneren en fysiek/medisch overstijgt wat een reguliere school met arrangement kan bieden;",
                  "de beoogde vso-school kan de benodigde ondersteuning bieden."]),
          ("h2", "5.3 Duur en bekostigingscategorie"),
          ("p", "Een TLV wordt in de regel afgegeven voor twee schooljaren en loopt af op 31 juli. Bij een eerste "
                "TLV voor een leerling met een ernstige meervoudige beperking kan de commissie kiezen voor een "
                "langere duur, tot het einde van de schoolloopbaan. De commissie bepaalt de bekostigingscategorie "
                "(laag, midden of hoog) op grond van het deskundigenadvies."),
          ("h2", "5.4 Lwoo en praktijkonderwijs"),
          ("p", "Voor lwoo en praktijkonderwijs hanteert het samenwerkingsverband de landelijke criteria. Voor pro "
                "betekent dit een IQ tussen 55 en 80 en een leerachterstand van ten minste drie jaar op twee of "
                "meer domeinen, waarvan één begrijpend lezen of inzichtelijk rekenen. De aanvraag loopt via "
                "hetzelfde Loket; een deskundige van het samenwerkingsverband beoordeelt het dossier en de "
                "commissie besluit binnen vier weken."),
          ("h2", "5.5 Bezwaar"),
          ("p", "Ouders die het niet eens zijn met een besluit over toelaatbaarheid, kunnen binnen zes weken "
                "bezwaar maken bij het samenwerkingsverband. Het bezwaar wordt voorgelegd aan de Landelijke "
                "Bezwaaradviescommissie Toelaatbaarheidsverklaringen, die het bestuur adviseert."),
          ("h2", "5.6 Na de TLV"),
          ("p", "Voor ons is het vso geen eindstation. Het uitgangspunt van ons beleid is dat een leerling "
                "terugkeert naar het regulier voortgezet onderwijs zodra dat verantwoord kan, bij voorkeur naar "
                "een school dicht bij huis. Terugkeer is aan de orde wanneer de leerling de doelen uit het OPP "
                "heeft bereikt, de ondersteuningsbehoefte binnen laag 1 of 2 past en de ontvangende school "
                "aangeeft de ondersteuning te kunnen bieden. Na terugkeer krijgt iedere leerling een "
                "overgangsarrangement: zes maanden begeleiding door een ambulant begeleider van de vso-school, "
                "bekostigd door het samenwerkingsverband."),
          ("p", "Hoe de terugkeer stap voor stap verloopt, wie het initiatief neemt en op welke momenten wordt "
                "geëvalueerd, leggen wij in het eerste jaar van deze planperiode vast in een handreiking, samen met "
                "de drie vso-scholen."),
          ("h1", "Ambities en beoogde resultaten"),
          ("p", "Aan het einde van deze planperiode, op 31 juli 2030, willen wij de volgende resultaten hebben "
                "bereikt voor leerlingen die extra ondersteuning nodig hebben:"),
          ("table", [["Ambitie", "Beoogd resultaat juli 2030"],
                     ["Thuisnabij onderwijs", "Het deelnamepercentage vso daalt van 2,8% naar ten hoogste 2,5%."],
                     ["Geen thuiszitters", "Geen enkele leerling zit langer dan drie maanden thuis zonder passend aanbod."],
                     ["Ontwikkeling volgens OPP", "Ten minste 85% van de leerlingen met een arrangement behaalt de doelen uit het OPP."],
                     ["Succesvolle terugkeer", "Ten minste 70% van de leerlingen die uit de rebound terugkeren, zit een jaar later nog op de eigen school."],
                     ["Diploma", "Ten minste 90% van de lwoo-leerlingen behaalt een diploma op het niveau van het advies."]]),
          ("p", "Hoe wij deze resultaten gaan volgen, welke gegevens wij daarvoor verzamelen en aan wie wij "
                "rapporteren, werken wij uit in een monitorplan dat het bestuur in de loop van 2027 vaststelt."),
          ]
    b += governance(c)
    b += [("h1", "Geld en middelen"),
          ("p", "Het samenwerkingsverband ontvangt van het Rijk middelen voor lichte en zware ondersteuning, voor "
                "lwoo en voor praktijkonderwijs. Na aftrek van de verplichte afdrachten aan het vso (via DUO) "
                "resteert een budget dat wij volgens een vast verdeelmodel inzetten. Het verdeelmodel is door "
                "het bestuur vastgesteld na advies van het directeurenoverleg en wordt alleen gewijzigd met "
                "instemming van de OPR."),
          ("h2", "8.1 Verdeelmodel"),
          ("ul", ["Schoolbudget lichte ondersteuning: € 142 per leerling op teldatum 1 oktober, rechtstreeks overgemaakt aan het bestuur in twaalf maandtermijnen.",
                  "Vaste voet: € 18.000 per vestiging, ongeacht het leerlingaantal, om de ondersteuningscoördinatie te borgen.",
                  "Lwoo- en pro-middelen: volledig doorgegeven aan de besturen met lwoo- of pro-leerlingen, naar rato van het aantal aanwijzingen op 1 oktober.",
                  "Bovenschoolse voorzieningen (OPDC, rebound): rechtstreeks begroot bij het samenwerkingsverband.",
                  "Individuele arrangementen: op aanvraag via het Loket, maximaal € 9.500 per leerling per schooljaar."]),
          ("h2", "8.2 Meerjarenbegroting"),
          ("table", [["(x € 1.000)", "2026", "2027", "2028", "2029"],
                     ["Baten ondersteuning (na afdracht vso)", "11.420", "11.310", "11.190", "11.080"],
                     ["Lwoo en pro", "9.860", "9.790", "9.700", "9.620"],
                     ["Schoolbudgetten en vaste voet", "2.480", "2.460", "2.440", "2.420"],
                     ["Doorbetaling lwoo en pro", "9.860", "9.790", "9.700", "9.620"],
                     ["OPDC en rebound", "3.950", "3.950", "3.900", "3.900"],
                     ["Individuele arrangementen", "2.600", "2.550", "2.500", "2.450"],
                     ["Bureau en personeel", "1.890", "1.900", "1.910", "1.920"],
                     ["Resultaat", "-500", "-550", "-560", "-610"]]),
          ("p", "De negatieve resultaten zijn een bewuste keuze: wij bouwen de reserve af tot het niveau van de "
                "signaleringswaarde. Het weerstandsvermogen daalt daarmee van 19% naar 9%. Besturen leggen "
                "jaarlijks voor 1 mei verantwoording af over de besteding van het schoolbudget met een vast format."),
          ("h1", "Communicatie"),
          ("p", "Goede communicatie is een voorwaarde voor vertrouwen. Wij communiceren met scholen, ouders, "
                "leerlingen en partners via verschillende kanalen. Voor scholen is er een maandelijkse "
                "nieuwsbrief en een besloten deel van de website."),
          ("p", "Ouders informeren wij op de volgende manieren over de ondersteuningsmogelijkheden. Iedere "
                "school neemt in de schoolgids een beschrijving op van de basisondersteuning en de extra "
                "ondersteuning die zij biedt; de trajectbegeleider controleert dit jaarlijks. Bij de aanmelding "
                "ontvangen ouders de brochure 'Extra steun op school', die in het Nederlands, Engels, Arabisch "
                "en Pools beschikbaar is. Op de website staat een ouderpagina met alle routes en formulieren. "
                "Tweemaal per jaar organiseren wij een informatieavond voor ouders in Overmaas en Heerdingen."),
          ("p", "Ouders die een vraag hebben of het niet eens zijn met de school, kunnen terecht bij het "
                "Ouder- en Jeugdsteunpunt Waalboog. Het steunpunt is onafhankelijk van scholen en "
                "samenwerkingsverband, bereikbaar op werkdagen via telefoon en e-mail, en kan een gesprek "
                "begeleiden. Daarnaast kunnen ouders kosteloos een onderwijsconsulent inschakelen en hebben alle "
                "besturen een klachtenregeling; geschillen over toelating en verwijdering kunnen worden voorgelegd "
                "aan de Geschillencommissie passend onderwijs."),
          ]
    b += opr(c) + oogo_full(c) + personeel(c) + ict(c) + planning(c)
    b += begrippen(GLOSSARY_VO) + afkortingen(ABBR_VO)
    render_docx(b, OUT / "vo-waalboog-ondersteuningsplan-2026-2030.docx",
                header="SWV VO Waalboog – Ondersteuningsplan 2026-2030 – basisondersteuning · toelaatbaarheid · financiën",
                footer="Ondersteuningsplan VO 25-14 | ouders en resultaten centraal")
    crit = core({"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
                 "plaatsing.procedure": True, "plaatsing.criteria": True,
                 "terugstroom.procedure": False, "terugstroom.beleid": True,
                 "financien.verdeling": True, "financien.besteding": True,
                 "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": False,
                 "resultaten.doelen": True, "resultaten.monitoring": False,
                 "ouders.informatie": True, "ouders.steunpunt": True})
    adv = {"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
           "terugstroom": [], "financien": ["reserves", "verantwoording"], "dekkend-aanbod": ["ketenpartners"],
           "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]}
    notes = {
        "basisondersteuning": "Ch. 'Wat elke school biedt': agreed minimum for all 21 schools + concrete list; kwaliteitskaart = borging.",
        "plaatsing": "Ch. 5 Toelaatbaarheid: steps 1-5, Commissie Toelaatbaarheid, 6 weeks, criteria list, pro criteria, two deskundigen, duur/categorie, LBT bezwaar.",
        "terugstroom": "Only in 5.6 inside the TLV chapter: policy (aim, conditions, overgangsarrangement) present; step-by-step procedure deferred to a handreiking.",
        "financien": "Under 'Geld en middelen': verdeelmodel with per-leerling bedrag and vaste voet; meerjarenbegroting table 2026-2029.",
        "dekkend-aanbod": "'Het ondersteuningsaanbod' describes the 4-layer continuum; gaps analysis deferred ('staat op de agenda'), thuiszitterspact only named in passing.",
        "resultaten": "Ch. 6: table of beoogde resultaten with targets; monitoring deferred to a monitorplan 'in de loop van 2027' (the generic mid-term plan evaluation in 'Planning' is not results monitoring).",
        "ouders": "Hidden in ch. 'Communicatie': schoolgids, brochure, ouderpagina, info-avonden; independent Ouder- en Jeugdsteunpunt, onderwijsconsulenten, klachten.",
    }
    write_label("vo-waalboog-ondersteuningsplan-2026-2030", ["vo-waalboog-ondersteuningsplan-2026-2030.docx"], "vo",
                crit, adv, notes)


# ----------------------------------------------------------------------------------------------
# Plan B: small VO verband, .pdf
# ----------------------------------------------------------------------------------------------

def plan_b():
    c = dict(name="Samenwerkingsverband VO De Duinrand", code="VO 31-02", period="2026-2030",
             region="de Duinrand", nschools=6, nboards=3, nstudents="3.100",
             gemeenten="Zeeweide en Strandhoven", director="J. Kooiman MEd",
             seat="Zeeweide", fte="4,2", opr_date="2 april 2026", oogo_date="19 maart 2026",
             context_extra="Het gaat om vier scholen voor vmbo, havo en vwo, één school voor praktijkonderwijs en "
                           "één vso-school (cluster 4). Wij zijn daarmee een van de kleinste samenwerkingsverbanden "
                           "van het land. Korte lijnen zijn onze kracht, kwetsbaarheid bij ziekte of vertrek van "
                           "een sleutelfiguur is ons risico.")
    toc = [("1 Voorwoord", 3), ("2 Missie en visie", 4), ("3 Ons samenwerkingsverband", 6),
           ("4 Basisondersteuning", 7), ("5 De ondersteuningsroute", 8), ("6 Toewijzing en toelaatbaarheid", 10),
           ("7 Terugplaatsing en overstappen", 12), ("8 Kwaliteit en resultaten", 13), ("9 Financiën", 15),
           ("10 Ouders en leerlingen", 17), ("11 Organisatie", 18), ("12 Medezeggenschap en OOGO", 19),
           ("13 Personeel", 20), ("14 Jaarcyclus", 21), ("Begrippenlijst", 22)]
    b = [("title", "Ondersteuningsplan 2026-2030"),
         ("p", "Samenwerkingsverband VO De Duinrand – VO 31-02\nKlein en dichtbij"),
         ("toc", toc), ("pagebreak", None)]
    b += voorwoord(c) + visie(c) + context(c)
    b += [("h1", "Basisondersteuning"),
          ("p", "Basisondersteuning is het door de besturen afgesproken niveau van ondersteuning dat alle scholen "
                "van het samenwerkingsverband, op al hun vestigingen, ten minste bieden. Het is de ondergrens: "
                "geen school in de Duinrand mag daaronder zitten."),
          ("p", "Net als het landelijk referentiekader onderscheiden wij vier aspecten: basiskwaliteit, preventieve "
                "en licht curatieve interventies, de onderwijsondersteuningsstructuur en planmatig werken. Welke "
                "voorzieningen en interventies daar op de afzonderlijke scholen precies onder vallen, beschrijft "
                "iedere school in haar schoolondersteuningsprofiel. De profielen zijn op de websites van de "
                "scholen te vinden."),
          ("h1", "De ondersteuningsroute"),
          ("p", "Ons aanbod is een doorlopende route. Iedere leerling begint in de basisondersteuning van zijn "
                "school. Lukt het daar niet, dan kan de school een trajectvoorziening inzetten: op elke school "
                "voor regulier vo is een lokaal 'Het Anker' waar leerlingen een deel van de dag onder begeleiding "
                "werken. Is meer nodig, dan kan het samenwerkingsverband een tijdelijke plaatsing in de "
                "bovenschoolse voorziening De Brug toekennen, voor ten hoogste twintig weken, met begeleide "
                "terugkeer naar de eigen school. Voor leerlingen die langdurig intensieve ondersteuning nodig "
                "hebben, is er de vso-school De Meeuw. Praktijkonderwijs en lwoo maken deel uit van dezelfde route."),
          ("p", "Omdat wij klein zijn, kunnen wij niet alles zelf. Voor leerlingen met een zeer specifieke "
                "ondersteuningsbehoefte – bijvoorbeeld cluster 3 of een combinatie van autisme en "
                "hoogbegaafdheid – maken wij afspraken met de samenwerkingsverbanden in de buurregio's."),
          ("h2", "Leerlingen zonder passende plek"),
          ("p", "Ieder jaar in maart brengt het casusoverleg passend aanbod (ondersteuningscoördinatoren, "
                "leerplicht en de trajectbegeleider van het samenwerkingsverband) in beeld welke leerlingen geen "
                "passende plek hebben of dreigen uit te vallen, en welke voorzieningen ontbreken. Een school meldt "
                "iedere leerling die langer dan vijf schooldagen ongeoorloofd of zonder onderwijs thuis zit binnen "
                "twee werkdagen bij de trajectbegeleider. Binnen vier weken ligt er een plan met een concrete "
                "terugkeerdatum. Lukt het de school niet om aan haar zorgplicht te voldoen, dan neemt het "
                "samenwerkingsverband de regie en zoekt het binnen zes weken een passende plek. Ontbrekende "
                "voorzieningen agenderen wij in het bestuurlijk overleg; in 2025 leidde dat tot de start van De Brug."),
          ("h1", "Toewijzing en toelaatbaarheid"),
          ("p", "Voor een tijdelijke plaatsing in De Brug, voor het vso, voor lwoo en voor praktijkonderwijs is een "
                "besluit van het samenwerkingsverband nodig. Al deze aanvragen lopen via de Commissie Arrangeren en "
                "Toelaatbaarheid (CAT)."),
          ("p", "De school waar de leerling is ingeschreven dient de aanvraag in met het OPP, het verslag van het "
                "laatste ondersteuningsteam en de zienswijze van ouders. De CAT vraagt advies aan twee "
                "deskundigen: een orthopedagoog-generalist en een tweede deskundige die past bij de vraag van de "
                "leerling. De CAT besluit binnen acht weken. Ouders krijgen het besluit schriftelijk, met de "
                "adviezen. Een TLV geldt in de regel voor de duur van het OPP, maximaal drie schooljaren."),
          ("p", "Wij beoordelen iedere aanvraag op maat. Een vaste set criteria voor toelaatbaarheid hanteren wij "
                "bewust niet: de CAT kijkt naar het verhaal van de leerling als geheel."),
          ("p", "Ouders kunnen tegen een besluit binnen zes weken bezwaar maken bij het bestuur; het bestuur vraagt "
                "advies aan de Landelijke Bezwaaradviescommissie."),
          ("h1", "Kwaliteit en resultaten"),
          ("p", "Wij willen weten of wat we doen ook werkt. Daarom hebben wij voor de planperiode de volgende "
                "beoogde resultaten vastgesteld voor leerlingen met extra ondersteuning:"),
          ("table", [["Doel", "Indicator", "Nu (2025)", "Streefwaarde 2030", "Meting"],
                     ["Leerlingen blijven op school", "Aantal thuiszitters > 4 weken", "9", "max. 3", "kwartaal, leerplicht"],
                     ["Terugkeer na De Brug", "% terug naar eigen school binnen 20 weken", "64%", "80%", "per traject"],
                     ["Ontwikkeling", "% OPP-doelen behaald bij evaluatie", "71%", "85%", "jaarlijks, juni"],
                     ["Tevredenheid ouders", "Rapportcijfer ouderpeiling", "6,8", "7,5", "tweejaarlijks"]]),
          ("p", "De trajectbegeleider verzamelt de gegevens uit de leerlingadministratie, de trajectdossiers en de "
                "ouderpeiling. Ieder kwartaal bespreekt het directeurenoverleg het dashboard. In juni evalueren wij "
                "met de OPR of de doelen binnen bereik liggen en stellen wij zo nodig het jaarplan bij. De bereikte "
                "resultaten staan in het jaarverslag, dat voor 1 juli op de website verschijnt."),
          ("h1", "Financiën"),
          ("p", "De middelen lichte ondersteuning verdelen wij als volgt. Iedere school ontvangt een schoolbudget "
                "van € 95 per leerling op teldatum 1 oktober, plus een vaste voet van € 12.500 per school. De "
                "trajectvoorziening Het Anker wordt uit het schoolbudget bekostigd. De Brug en de arrangementen op "
                "aanvraag worden centraal bekostigd; de CAT kent deze toe binnen het jaarlijkse plafond. De middelen "
                "voor lwoo en pro gaan naar rato van het aantal leerlingen naar de betreffende scholen."),
          ("h2", "Meerjarenbegroting"),
          ("table", [["", "2026", "2027", "2028", "2029"],
                     ["Baten", "p.m.", "p.m.", "p.m.", "p.m."],
                     ["Schoolbudgetten", "p.m.", "p.m.", "p.m.", "p.m."],
                     ["De Brug en arrangementen", "p.m.", "p.m.", "p.m.", "p.m."],
                     ["Bureau", "p.m.", "p.m.", "p.m.", "p.m."]]),
          ("p", "De meerjarenbegroting wordt na vaststelling door het bestuur in december aan dit plan toegevoegd."),
          ("h1", "Ouders en leerlingen"),
          ("p", "Ouders zijn de eerste deskundigen als het om hun kind gaat. Wij informeren ouders over de "
                "ondersteuningsmogelijkheden via de ouderpagina op onze website, de folder 'Steun op school' die "
                "iedere school bij de aanmelding meegeeft, en een jaarlijkse informatieavond in oktober. Mentoren "
                "bespreken de ondersteuning met ouders tijdens de ouderavonden."),
          ("p", "Voor vragen kunnen ouders terecht bij de ondersteuningscoördinator van de school of bij de "
                "medewerkers van het samenwerkingsverband. Meer informatie over onafhankelijke ondersteuning voor "
                "ouders vindt u op onze website."),
          ]
    b += governance(c) + opr(c) + oogo_full(c) + personeel(c) + planning(c) + mbo(c)
    b += totstandkoming(c) + kennisdeling(c) + leerlingen(c)
    b += begrippen(GLOSSARY_VO)
    render_pdf(b, OUT / "vo-duinrand-op-2026-2030.pdf",
               header="Ondersteuningsplan De Duinrand 2026-2030",
               footer="VO 31-02 · terugplaatsing · toelaatbaarheid · ouders")
    crit = core({"basisondersteuning.niveau": True, "basisondersteuning.inhoud": False,
                 "plaatsing.procedure": True, "plaatsing.criteria": False,
                 "terugstroom.procedure": False, "terugstroom.beleid": False,
                 "financien.verdeling": True, "financien.besteding": False,
                 "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
                 "resultaten.doelen": True, "resultaten.monitoring": True,
                 "ouders.informatie": True, "ouders.steunpunt": False})
    adv = {"basisondersteuning": [], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"], "terugstroom": [],
           "financien": [], "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]}
    notes = {
        "basisondersteuning": "Ch. 4 defines the agreed minimum for all schools but only copies the 4 referentiekader aspects; concrete voorzieningen referred to the schools' SOPs/websites.",
        "plaatsing": "Ch. 6: procedure via CAT, 8 weeks, two deskundigen, duration, bezwaar; explicitly no criteria ('een vaste set criteria hanteren wij bewust niet').",
        "terugstroom": "No content: only TOC entry '7 Terugplaatsing en overstappen' (no such chapter in body), glossary and footer. 'Begeleide terugkeer' from De Brug is a bovenschoolse voorziening, not vso.",
        "financien": "Ch. 9: verdeling (EUR 95 per leerling, vaste voet, CAT plafond) present; meerjarenbegroting table is all p.m., added 'na vaststelling'.",
        "dekkend-aanbod": "'De ondersteuningsroute' continuum (Anker, De Brug, vso) + 'Leerlingen zonder passende plek' casusoverleg, thuiszitters within 4 weeks, regie by SWV.",
        "resultaten": "Ch. 8: table of goals with streefwaarden and meting; dashboard per kwartaal, June evaluation, jaarverslag.",
        "ouders": "Ch. 10: website, folder, info-avond = informatie; help only via school coordinator/SWV staff (not independent) and 'zie website' -> steunpunt not addressed.",
    }
    write_label("vo-duinrand-op-2026-2030", ["vo-duinrand-op-2026-2030.pdf"], "vo", crit, adv, notes)


# ----------------------------------------------------------------------------------------------
# Plan C: medium VO verband, web version (.html)
# ----------------------------------------------------------------------------------------------

def plan_c():
    c = dict(name="Samenwerkingsverband VO Lindewaard", code="VO 27-09", period="2026-2030",
             region="Lindewaard en omstreken", nschools=13, nboards=6, nstudents="8.900",
             gemeenten="Lindewaard, Ooster-Aa en Veldhorst", director="mr. drs. A. Bekkering",
             seat="Lindewaard", fte="9,8", opr_date="5 maart 2026", oogo_date="10 februari 2026",
             context_extra="Twee scholen bieden praktijkonderwijs; in het gebied staan twee vso-scholen.")
    toc = [("Inleiding", 0), ("Missie en visie", 0), ("Onze regio", 0), ("Basisondersteuning", 0),
           ("Een dekkend netwerk", 0), ("Toelaatbaarheid", 0), ("Kwaliteit en monitoring", 0),
           ("Organisatie", 0), ("Medezeggenschap", 0), ("Gemeenten", 0), ("Personeel", 0),
           ("Privacy", 0), ("Planning", 0), ("Begrippen", 0)]
    b = [("title", "Ondersteuningsplan 2026-2030 (webversie)"),
         ("small", "Laatst bijgewerkt: 15 april 2026. U kunt dit plan ook als pdf downloaden."),
         ("toc", toc)]
    b += voorwoord(c) + visie(c) + context(c) + nieuwkomers(c)
    b += [("h1", "Basisondersteuning"),
          ("p", "De zes besturen hebben tien standaarden afgesproken. Deze standaarden gelden voor alle scholen "
                "en voor iedere vestiging, en vormen samen de basisondersteuning in Lindewaard: het niveau dat elke "
                "leerling op elke school mag verwachten, zonder aanvraag."),
          ("table", [["Nr.", "Standaard", "Wat betekent dit op iedere school?"],
                     ["1", "Veilig klimaat", "Anti-pestcoördinator en pestprotocol; jaarlijkse veiligheidsmonitor."],
                     ["2", "Mentoraat", "Vaste mentor per klas, wekelijks mentoruur in leerjaar 1 en 2."],
                     ["3", "Ondersteuningscoördinatie", "Ondersteuningscoördinator, minimaal 2 dagdelen per 300 leerlingen."],
                     ["4", "Ondersteuningsteam", "OT met jeugdarts, schoolmaatschappelijk werk en leerplicht, 8x per jaar."],
                     ["5", "Dyslexie en dyscalculie", "Protocol, dyslexiepas, voorleessoftware en extra toetstijd."],
                     ["6", "Sociaal-emotioneel", "Training faalangst en sociale vaardigheden; examenvreesbegeleiding."],
                     ["7", "Executieve functies", "Huiswerkbegeleiding en planningscoaching in de onderbouw."],
                     ["8", "Time-out", "Opvangruimte met vaste begeleider tijdens alle lesuren."],
                     ["9", "Medisch handelen", "Protocol medisch handelen; aangepast rooster bij ziekte."],
                     ["10", "Taal", "Extra taalondersteuning NT2 voor leerlingen die korter dan 4 jaar in Nederland zijn."]]),
          ("h1", "Een dekkend netwerk"),
          ("p", "Ons aanbod bestaat uit vier niveaus. Niveau 1 is de basisondersteuning uit de tabel hierboven. "
                "Niveau 2 is extra ondersteuning in de school, zoals een trajectgroep of een ambulant begeleider. "
                "Niveau 3 zijn de regionale voorzieningen: het OPDC Het Kruispunt en de "
                "autismegroepen op twee havo/vwo-scholen. Niveau 4 is het vso. Tussen de niveaus is beweging in "
                "beide richtingen mogelijk."),
          ("p", "Om gaten in het netwerk op te sporen, houdt het samenwerkingsverband een signaleringslijst bij van "
                "alle leerlingen die langer dan twee weken geen onderwijs volgen of voor wie geen passende plek is. "
                "Scholen zijn verplicht zo'n leerling binnen drie dagen te melden. Het Regionaal Expertiseteam "
                "bespreekt iedere melding binnen tien werkdagen en wijst een casusregisseur aan. Wanneer meerdere "
                "leerlingen op dezelfde voorziening wachten, besluit het bestuur over uitbreiding; zo is in 2024 "
                "een tweede autismegroep gestart."),
          ("h1", "Toelaatbaarheid"),
          ("p", "Een leerling is toelaatbaar tot het vso wanneer (a) de ondersteuningsbehoefte blijkens het OPP "
                "structureel groter is dan niveau 2 en 3 kunnen bieden, (b) de school aantoonbaar ten minste twee "
                "perioden van zes weken handelingsgericht heeft gewerkt aan doelen uit het OPP, en (c) uit het "
                "deskundigenonderzoek blijkt dat een vso-setting nodig is om de ontwikkeling op gang te houden. "
                "Voor praktijkonderwijs en lwoo gelden de landelijke criteria (IQ, leerachterstand en "
                "sociaal-emotionele problematiek), die wij niet vervangen."),
          ("p", "De aanvraagprocedure, de termijnen en de samenstelling van de commissie staan in het Protocol "
                "toelaatbaarheid (bijlage C bij dit plan)."),
          ("p", "Een TLV wordt afgegeven voor twee schooljaren, in bekostigingscategorie laag, tenzij het "
                "deskundigenadvies een hogere categorie onderbouwt."),
          ("h2", "Afloop van de TLV"),
          ("p", "In het laatste schooljaar van de TLV bespreekt de vso-school uiterlijk 1 februari in het "
                "OPP-evaluatiegesprek of terugkeer naar het regulier voortgezet onderwijs "
                "mogelijk is. De vso-school neemt daartoe het initiatief. Is terugkeer mogelijk, dan roept de "
                "trajectbegeleider van het samenwerkingsverband binnen vier weken een overdrachtsoverleg bij elkaar "
                "met de vso-school en de beoogde vo-school. Is terugkeer niet mogelijk, dan vraagt de vso-school "
                "voor 1 april een nieuwe TLV aan. De TLV eindigt op 31 juli; na de overstap evalueert de "
                "trajectbegeleider na drie en na twaalf maanden."),
          ("p", "Ons beleid: terugplaatsing is het uitgangspunt voor iedere leerling in het vso wiens "
                "ontwikkeling dat toelaat, en gebeurt bij voorkeur naar een school in de eigen woonplaats. "
                "Voorwaarde is dat de ontvangende school met niveau 2-ondersteuning kan aansluiten bij het OPP. Na "
                "terugkeer begeleidt een ambulant begeleider van de vso-school de leerling en de mentor gedurende "
                "het eerste schooljaar. Jaarlijks rapporteren we het aantal terugplaatsingen; in 2024-2025 "
                "waren dat er 14."),
          ("h1", "Kwaliteit en monitoring"),
          ("p", "Wij volgen de ontwikkeling van het passend onderwijs in Lindewaard met een vaste set kengetallen: "
                "het aantal thuiszitters, de deelname aan vso en praktijkonderwijs, het aantal arrangementen per "
                "niveau, de doorstroom na een plaatsing op het OPDC en de OPP-evaluaties. De gegevens worden "
                "ieder kwartaal verzameld uit de leerlingadministraties en het trajectsysteem en weergegeven in een "
                "dashboard per school. Het bestuur bespreekt de cijfers jaarlijks in mei met de schoolleiders; "
                "het jaarverslag bevat een hoofdstuk over de bereikte resultaten."),
          ("p", "De beoogde resultaten voor deze planperiode formuleren wij in de loop van schooljaar 2026-2027 "
                "samen met de scholen, op basis van de nulmeting die dan beschikbaar is."),
          ]
    b += governance(c) + opr(c, parents_role=False) + oogo_full(c) + personeel(c) + ict(c, copies=False) + planning(c)
    b += totstandkoming(c) + kennisdeling(c) + bedrijfsvoering(c) + leerlingen(c) + povo(c) + mbo(c)
    b += [("h1", "Begrippen"),
          ("ul", ["Basisondersteuning – het afgesproken niveau van ondersteuning op elke school.",
                  "Meerjarenbegroting – overzicht van de verwachte inkomsten en uitgaven voor vier jaar.",
                  "Ouder- en jeugdsteunpunt – onafhankelijke vraagbaak voor ouders en jongeren.",
                  "Verdeelmodel – de afspraken over hoe de ondersteuningsmiddelen worden verdeeld.",
                  "TLV – toelaatbaarheidsverklaring voor het vso."])]
    nav = ["Home", "Over ons", "Ondersteuningsplan", "Voor ouders", "Financiën en jaarverslag", "Contact"]
    render_html(b, OUT / "vo-lindewaard-ondersteuningsplan.html", "Ondersteuningsplan 2026-2030 | SWV VO Lindewaard",
                nav, "© Samenwerkingsverband VO Lindewaard (VO 27-09) · Ouders · Begroting · Privacy")
    crit = core({"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
                 "plaatsing.procedure": False, "plaatsing.criteria": True,
                 "terugstroom.procedure": True, "terugstroom.beleid": True,
                 "financien.verdeling": False, "financien.besteding": False,
                 "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
                 "resultaten.doelen": False, "resultaten.monitoring": True,
                 "ouders.informatie": False, "ouders.steunpunt": False})
    adv = {"basisondersteuning": [], "plaatsing": ["duur-categorie"], "terugstroom": ["monitoring"],
           "financien": [], "dekkend-aanbod": ["ketenpartners"], "resultaten": [], "ouders": []}
    notes = {
        "basisondersteuning": "'Basisondersteuning': ten standards for all schools/vestigingen; concrete content only in the table.",
        "plaatsing": "'Toelaatbaarheid': criteria (a)-(c) present; procedure, termijnen and commissie referred to absent 'bijlage C'. Duration/category given.",
        "terugstroom": "Hidden in subsection 'Afloop van de TLV' of the Toelaatbaarheid chapter: initiative vso school, 1 Feb / 1 April moments, trajectbegeleider, evaluation; policy with conditions and AB after return; 14 terugplaatsingen.",
        "financien": "Nothing in body; only nav link 'Financiën en jaarverslag', footer 'Begroting' and glossary entries (meerjarenbegroting, verdeelmodel).",
        "dekkend-aanbod": "'Een dekkend netwerk': 4 levels + signaleringslijst, meldplicht 3 days, expertiseteam, casusregisseur.",
        "resultaten": "'Kwaliteit en monitoring': kengetallen, quarterly dashboard, May review, jaarverslag = monitoring; beoogde resultaten deferred to 2026-2027.",
        "ouders": "Nothing: only nav 'Voor ouders', footer and glossary entry; OPR mentioned without parents' role.",
    }
    write_label("vo-lindewaard-ondersteuningsplan", ["vo-lindewaard-ondersteuningsplan.html"], "vo", crit, adv, notes)


# ----------------------------------------------------------------------------------------------
# Plan D: PO verband, .docx
# ----------------------------------------------------------------------------------------------

def plan_d():
    c = dict(name="Samenwerkingsverband Passend Primair Onderwijs Kromme Weide", code="PO 26-11", period="2026-2030",
             region="het gebied van de Kromme Weide", nschools=58, nboards=11, nstudents="12.300",
             gemeenten="Weidebroek, Krommenhout en Sluisvliet", director="E.A. Terpstra",
             seat="Weidebroek", fte="11,0", kids="kinderen", opr_date="24 februari 2026", oogo_date="3 februari 2026",
             context_extra="Het gaat om 54 basisscholen, twee scholen voor speciaal basisonderwijs en twee "
                           "so-locaties (cluster 3 en cluster 4).")
    toc = [("Voorwoord", 2), ("1 Visie", 3), ("2 Onze regio", 5), ("3 Ondersteuning op de basisschool", 6),
           ("4 Sbo en so: toelaatbaarheid", 8), ("5 Terug naar de basisschool", 11), ("6 Thuiszitters en zorgplicht", 12),
           ("7 Wat we willen bereiken", 13), ("8 Financiën en meerjarenbegroting", 15), ("9 Ouders", 17),
           ("10 Bestuur en organisatie", 18), ("11 OPR en OOGO", 19), ("12 Personeel", 20), ("13 Planning", 21),
           ("Bijlage: Begrippenlijst", 22)]
    b = [("title", "Ondersteuningsplan 2026-2030"),
         ("p", "Samenwerkingsverband Passend Primair Onderwijs Kromme Weide (PO 26-11)\nIeder kind een plek"),
         ("toc", toc), ("pagebreak", None)]
    b += voorwoord(c) + visie(c) + context(c)
    b += [("h1", "Ondersteuning op de basisschool"),
          ("p", "Het niveau van de basisondersteuning wordt in schooljaar 2026-2027 samen met de elf besturen "
                "opnieuw vastgesteld. Tot dat moment beschrijft iedere school haar eigen ondersteuning in de "
                "schoolgids."),
          ("p", "In de praktijk vindt u op onze basisscholen de volgende voorzieningen:"),
          ("ul", ["een intern begeleider (IB'er) die de leerlingenzorg coördineert en ouders te woord staat;",
                  "handelingsgericht werken met groepsbesprekingen en leerlingbesprekingen drie keer per jaar;",
                  "een dyslexieprotocol met vroegsignalering in groep 2 en 3 en begeleiding van ernstige enkelvoudige dyslexie;",
                  "een aanbod voor kinderen die meer aankunnen (verrijkingsgroep of plusklas);",
                  "een anti-pestprogramma en een methode voor sociaal-emotionele ontwikkeling;",
                  "preventieve ambulante begeleiding door het expertiseteam van het samenwerkingsverband (maximaal tien uur per hulpvraag);",
                  "een protocol medisch handelen."]),
          ("h1", "Sbo en so: toelaatbaarheid"),
          ("h2", "Wie vraagt aan en wie beslist?"),
          ("p", "Een toelaatbaarheidsverklaring (TLV) voor het speciaal basisonderwijs of het speciaal onderwijs "
                "wordt aangevraagd door het schoolbestuur van de school waar het kind staat ingeschreven. In de "
                "praktijk doet de intern begeleider dat, na een multidisciplinair overleg (MDO) waarin ouders, "
                "leerkracht en een consulent van het samenwerkingsverband samen de ondersteuningsbehoefte in "
                "kaart brengen. Bij de aanvraag voegt de school het groeidocument, het OPP en de ondertekende "
                "zienswijze van ouders. De Commissie Toelaatbaarheid van het samenwerkingsverband besluit binnen "
                "zes weken na ontvangst van een compleet dossier; in spoedsituaties binnen tien werkdagen."),
          ("p", "Voor ieder besluit wint de commissie het advies in van twee deskundigen: een orthopedagoog of "
                "psycholoog die niet bij de aanvraag betrokken is, en een tweede deskundige (bijvoorbeeld een "
                "kinderarts, maatschappelijk werker of kinderpsychiater), afhankelijk van de hulpvraag."),
          ("h2", "Wanneer is een kind toelaatbaar?"),
          ("table", [["", "Speciaal basisonderwijs", "Speciaal onderwijs (cluster 3 en 4)"],
                     ["Voorafgaande ondersteuning", "Ten minste 1 jaar extra ondersteuning op de basisschool, geëvalueerd in het OPP", "Idem, of directe plaatsing bij evidente zware ondersteuningsbehoefte"],
                     ["Ondersteuningsbehoefte", "Behoefte aan kleine groep en intensieve begeleiding op leren en/of gedrag, die de basisschool ook met arrangement niet kan bieden", "Behoefte aan specialistische expertise en een aangepaste leeromgeving (bijv. ZML, LZ, gedragsproblematiek) die sbo niet kan bieden"],
                     ["Perspectief", "Uitstroomperspectief ten minste vmbo-basis of praktijkonderwijs", "Ontwikkelingsperspectief vastgelegd in OPP"]]),
          ("p", "Een TLV voor het sbo geldt voor twee schooljaren; een TLV voor het so voor twee schooljaren, of "
                "tot het einde van de basisschoolperiode bij een blijvende beperking. Voor het so bepaalt de "
                "commissie de bekostigingscategorie laag, midden of hoog."),
          ("p", "Ouders die het niet eens zijn met het besluit, kunnen binnen zes weken bezwaar maken. Het "
                "samenwerkingsverband vraagt dan advies aan de Landelijke Bezwaaradviescommissie."),
          ("h1", "Terug naar de basisschool"),
          ("p", "In het laatste jaar van iedere TLV organiseert de sbo- of so-school voor 1 maart een evaluatie-MDO "
                "met ouders, de consulent van het samenwerkingsverband en, als terugkeer in beeld is, de beoogde "
                "basisschool. In dat overleg wordt op basis van het OPP besloten of het kind terugkeert, of de "
                "school een nieuwe TLV aanvraagt. De Commissie Toelaatbaarheid neemt het besluit over een "
                "nieuwe TLV voor 1 mei; bij terugkeer maakt de consulent met beide scholen een overstapplan en "
                "evalueert na zes weken. De TLV eindigt op 31 juli."),
          ("p", "Ons beleid rond terugplaatsing – de doelen, de voorwaarden en de begeleiding na de overstap – "
                "wordt in 2027 vastgesteld, na de evaluatie van de pilot 'Thuisnabij' op twee scholen."),
          ("h1", "Thuiszitters en zorgplicht"),
          ("p", "Een ondersteuningscontinuüm dat alle voorzieningen in samenhang beschrijft, werken wij in "
                "deze planperiode uit; het komt in de plaats van de oude zorgniveaus."),
          ("p", "Wat nu al vaststaat, is de aanpak van kinderen zonder passende plek. Iedere school meldt een kind "
                "dat langer dan vier weken niet of slechts gedeeltelijk naar school gaat bij het Meldpunt "
                "Thuiszitters van het samenwerkingsverband. Binnen twee weken komt de Thuiszitterstafel bijeen: "
                "school, leerplicht, consulent en zo nodig het wijkteam. De tafel stelt een plan op met een "
                "terugkeerdatum en een regisseur, en volgt het kind tot het weer volledig onderwijs volgt. Kan "
                "de school van aanmelding niet voldoen aan haar zorgplicht, dan zoekt de consulent binnen zes "
                "weken een andere school. Ieder kwartaal bekijkt het bestuur welke knelpunten in het aanbod "
                "uit de meldingen naar voren komen."),
          ("h1", "Wat we willen bereiken"),
          ("p", "Voor kinderen die extra ondersteuning nodig hebben, willen wij in 2030 het volgende bereiken:"),
          ("ul", ["het aantal kinderen dat langer dan vier weken thuiszit, daalt van 23 (2025) naar hoogstens 8;",
                  "ten minste 80% van de kinderen met een OPP haalt het uitstroomperspectief uit het OPP;",
                  "het deelnamepercentage sbo blijft onder 2,0%, dat van het so onder 1,6%;",
                  "90% van de ouders is tevreden over de begeleiding bij een TLV-aanvraag."]),
          ("p", "Wij meten deze resultaten met de leerlingadministratie (teldatum 1 oktober), het Meldpunt "
                "Thuiszitters, de OPP-evaluaties van de scholen en een jaarlijkse oudervragenlijst. Een "
                "kwaliteitsmedewerker zet de gegevens ieder jaar in december in een rapportage. Het bestuur en de "
                "OPR bespreken de rapportage in januari; het jaarverslag vermeldt de bereikte resultaten per doel."),
          ("h1", "Financiën en meerjarenbegroting"),
          ("p", "De verdeling van de middelen over de besturen wordt in deze planperiode herzien. Het nieuwe "
                "verdeelmodel volgt na besluitvorming door het bestuur in het voorjaar van 2027."),
          ("table", [["(bedragen in euro)", "2026", "2027", "2028", "2029"],
                     ["Rijksbijdrage zware ondersteuning (na afdracht so)", "6.210.000", "6.150.000", "6.090.000", "6.030.000"],
                     ["Rijksbijdrage lichte ondersteuning", "3.480.000", "3.450.000", "3.410.000", "3.380.000"],
                     ["Afdracht groei sbo", "-410.000", "-410.000", "-400.000", "-400.000"],
                     ["Middelen naar besturen", "6.120.000", "6.050.000", "5.990.000", "5.940.000"],
                     ["Expertiseteam en consulenten", "1.640.000", "1.650.000", "1.660.000", "1.670.000"],
                     ["Thuiszitterstafel en maatwerk", "420.000", "420.000", "420.000", "420.000"],
                     ["Bureau, huisvesting, ICT", "910.000", "915.000", "920.000", "925.000"],
                     ["Saldo", "190.000", "155.000", "110.000", "55.000"]]),
          ("h1", "Ouders"),
          ("p", "Ouders informeren wij over de ondersteuningsmogelijkheden via de schoolgids van iedere school, de "
                "website van het samenwerkingsverband met de rubriek 'Mijn kind heeft extra hulp nodig', en de "
                "ouderfolder die de intern begeleider meegeeft bij het eerste gesprek over extra ondersteuning. "
                "Twee keer per jaar organiseren wij een ouderavond over een actueel thema."),
          ("p", "Voor onafhankelijk advies kunnen ouders terecht bij het Ouder- en Jeugdsteunpunt Kromme Weide, "
                "dat los staat van scholen en samenwerkingsverband. Daarnaast kunnen ouders gratis gebruikmaken van "
                "de onderwijsconsulenten van het ministerie. Voor klachten hebben alle besturen een "
                "klachtenregeling; geschillen over toelating en verwijdering gaan naar de Geschillencommissie "
                "passend onderwijs."),
          ]
    cpo = dict(c)
    b += governance(cpo) + opr(cpo) + oogo_proc(cpo) + [
        ("h1", "Personeel"),
        ("p", "Het bureau werkt met een expertiseteam van orthopedagogen, gedragsspecialisten en consulenten. "
              "Door de krapte op de arbeidsmarkt is het moeilijk vacatures snel te vervullen. Wij investeren "
              "in opleiding en zetten studenten in. Voor de intern begeleiders organiseren wij een netwerk dat "
              "vijf keer per jaar bijeenkomt en een jaarlijkse studiedag. De CAO PO is van toepassing.")]
    b += ict(c) + planning(c) + totstandkoming(c) + kennisdeling(c) + bedrijfsvoering(c)
    b += [("h1", "Jonge kinderen"),
          ("p", "Veel ontwikkelingsvragen worden al voor de basisschool zichtbaar. In de gemeenten van ons gebied "
                "volgen peuters met een indicatie voorschoolse educatie op de peuteropvang een programma van zestien "
                "uur per week. De overgang van de peuteropvang naar groep 1 wordt voorbereid met een overdrachtsformulier "
                "en, als daar aanleiding voor is, een gesprek tussen pedagogisch medewerker en leerkracht. Het "
                "jeugdgezondheidsteam van de GGD sluit aan waar dat nodig is. In de komende jaren verkennen wij "
                "met de gemeenten hoe wij de doorgaande lijn van voorschool naar school verder kunnen versterken, "
                "bijvoorbeeld door gezamenlijke scholing van leerkrachten en pedagogisch medewerkers.")]
    b += begrippen([
        ["Basisondersteuning", "Het door het samenwerkingsverband afgesproken minimumniveau van ondersteuning op iedere school."],
        ["Dekkend aanbod", "Een samenhangend aanbod van voorzieningen zodat ieder kind een passende plek heeft."],
        ["Sbo", "Speciaal basisonderwijs."], ["So", "Speciaal onderwijs (cluster 3 en 4)."],
        ["Terugplaatsing", "De overstap van sbo of so terug naar de basisschool."],
        ["Verdeelmodel", "De afspraken over de verdeling van de ondersteuningsmiddelen."]])
    render_docx(b, OUT / "po-kromme-weide-op-2026-2030.docx",
                header="PO 26-11 Kromme Weide · Ondersteuningsplan · dekkend aanbod · verdeelmodel",
                footer="Ondersteuningsplan 2026-2030 – versie OPR")
    crit = core({"basisondersteuning.niveau": False, "basisondersteuning.inhoud": True,
                 "plaatsing.procedure": True, "plaatsing.criteria": True,
                 "terugstroom.procedure": True, "terugstroom.beleid": False,
                 "financien.verdeling": False, "financien.besteding": True,
                 "dekkend-aanbod.continuum": False, "dekkend-aanbod.lacunes": True,
                 "resultaten.doelen": True, "resultaten.monitoring": True,
                 "ouders.informatie": True, "ouders.steunpunt": True})
    adv = {"basisondersteuning": [], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"], "terugstroom": [],
           "financien": [], "dekkend-aanbod": [], "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]}
    notes = {
        "basisondersteuning": "'Ondersteuning op de basisschool': concrete list of voorzieningen 'in de praktijk', but the agreed SWV-wide level is deferred to 2026-2027 (schools describe their own).",
        "plaatsing": "Ch. 4: aanvrager, MDO, dossier, Commissie Toelaatbaarheid, 6 weeks; criteria only in a table (sbo vs so); two deskundigen; duration, category, bezwaar.",
        "terugstroom": "'Terug naar de basisschool': procedure with evaluatie-MDO before 1 March, decision before 1 May, overstapplan; policy explicitly deferred to 2027.",
        "financien": "'Financiën en meerjarenbegroting': multi-year table with amounts; verdeelmodel deferred ('volgt na besluitvorming ... voorjaar 2027').",
        "dekkend-aanbod": "Under 'Thuiszitters en zorgplicht': continuum explicitly 'werken wij uit'; Meldpunt/Thuiszitterstafel with terms = lacunes. OOGO only procedural.",
        "resultaten": "'Wat we willen bereiken': numeric targets; measured via administratie, meldpunt, OPP-evaluaties, oudervragenlijst; yearly report December, jaarverslag.",
        "ouders": "Ch. 9: schoolgids, website rubriek, ouderfolder, ouderavonden; independent Ouder- en Jeugdsteunpunt, onderwijsconsulenten, klachten/geschillen.",
    }
    write_label("po-kromme-weide-op-2026-2030", ["po-kromme-weide-op-2026-2030.docx"], "po", crit, adv, notes)


# ----------------------------------------------------------------------------------------------
# Plan E: VO verband, plan 'op hoofdlijnen', .pdf
# ----------------------------------------------------------------------------------------------

def plan_e():
    c = dict(name="Samenwerkingsverband VO Hunzedal", code="VO 20-05", period="2026-2030",
             region="het Hunzedal", nschools=15, nboards=5, nstudents="7.600",
             gemeenten="Hunzebroek, Drouwenveld en Annerdijk", director="drs. H. Wiersema",
             seat="Hunzebroek", fte="6,5", opr_date="18 maart 2026", oogo_date="4 maart 2026",
             context_extra="Het vso wordt verzorgd door één school met twee locaties.")
    toc = [("1 Inleiding: een plan op hoofdlijnen", 3), ("2 Missie en visie", 4), ("3 Het Hunzedal", 6),
           ("4 Basisondersteuning", 7), ("5 Toelaatbaarheid vso, lwoo en pro", 7), ("6 Doorlopende lijnen en overgangen", 8),
           ("7 Financieel beleid", 10), ("8 Ouders, klachten en geschillen", 12), ("9 Governance", 13),
           ("10 Medezeggenschap en OOGO", 14), ("11 Personeel", 15), ("12 Informatievoorziening", 16),
           ("13 Jaarcyclus", 17), ("Bijlagen (afzonderlijk document)", 18), ("Afkortingen", 19)]
    b = [("title", "Ondersteuningsplan 2026-2030"),
         ("p", "Samenwerkingsverband VO Hunzedal (VO 20-05)\nBeleidsplan op hoofdlijnen"),
         ("toc", toc), ("pagebreak", None),
         ("h1", "Inleiding: een plan op hoofdlijnen"),
         ("p", "Dit ondersteuningsplan beschrijft op hoofdlijnen wat wij als samenwerkingsverband willen. Hoe de "
               "scholen dat vormgeven, bepalen zij zelf. De uitwerking van procedures, standaarden en "
               "werkafspraken is opgenomen in een afzonderlijke bundel bijlagen, die jaarlijks wordt "
               "geactualiseerd en op onze website staat. Zo houden wij het plan kort en actueel."),
         ("p", "De bijlagen zijn: bijlage 1 Kengetallen, bijlage 2 Standaarden basisondersteuning, bijlage 3 Route "
               "naar toelaatbaarheid (vso, lwoo, pro), bijlage 4 Meerjarenbegroting (toelichting), bijlage 5 "
               "Verslag OOGO en bijlage 6 Instemmingsbrief OPR.")]
    b += voorwoord(c) + visie(c) + context(c) + terugblik(c)
    b += [("h1", "Basisondersteuning"),
          ("p", "De standaarden voor de basisondersteuning zijn opgenomen in bijlage 2. Iedere school maakt in haar "
                "schoolgids zichtbaar hoe zij daaraan invulling geeft."),
          ("h1", "Toelaatbaarheid vso, lwoo en pro"),
          ("p", "Het samenwerkingsverband geeft toelaatbaarheidsverklaringen af voor het vso en beslist over "
                "lwoo en praktijkonderwijs. De route, de termijnen en de criteria zijn beschreven in bijlage 3, "
                "'Route naar toelaatbaarheid'. Die bijlage wordt na de evaluatie in het voorjaar van 2026 "
                "geactualiseerd."),
          ("h1", "Doorlopende lijnen en overgangen"),
          ("p", "Overgangen zijn kwetsbare momenten in de schoolloopbaan. Dit hoofdstuk beschrijft de overstap "
                "van het primair naar het voortgezet onderwijs, de overstap van het vso naar het regulier "
                "voortgezet onderwijs en de overstap naar het mbo."),
          ("h2", "Van po naar vo"),
          ("p", "Basisscholen en vo-scholen werken met een warme overdracht. De afspraken zijn vastgelegd in de "
                "POVO-kalender die beide samenwerkingsverbanden jaarlijks uitbrengen."),
          ("h2", "Van vso naar regulier vo"),
          ("p", "Wij vinden dat een leerling niet langer in het vso hoort te blijven dan nodig is. Ons beleid is "
                "daarom dat voor iedere vso-leerling jaarlijks wordt bezien of een overstap naar een reguliere "
                "school in de buurt mogelijk is. Een overstap is aan de orde wanneer de leerling de doelen in het "
                "OPP grotendeels heeft bereikt, zelf gemotiveerd is, en een reguliere school de resterende "
                "ondersteuning kan bieden met een arrangement. Iedere teruggeplaatste leerling krijgt een "
                "terugkeerarrangement: een jaar lang een vaste coach op de nieuwe school en twee uur per week "
                "ambulante begeleiding door de vso-school, betaald door het samenwerkingsverband."),
          ("p", "De procedure verloopt in vier stappen. (1) Bij de jaarlijkse OPP-evaluatie, uiterlijk in januari, "
                "stelt de vso-school vast of een overstap in beeld is; ook ouders kunnen daarom vragen. "
                "(2) De vso-school meldt de leerling voor 1 maart aan bij de consulent terugplaatsing van het "
                "samenwerkingsverband, die binnen drie weken een passende school zoekt. (3) De ontvangende "
                "school, de vso-school, ouders en leerling maken een overstapplan; de directeur van de "
                "ontvangende school besluit over de inschrijving. (4) Na de overstap evalueert de consulent na "
                "tien weken en aan het einde van het schooljaar. Als de TLV afloopt en geen nieuwe TLV wordt "
                "aangevraagd, eindigt de TLV op 31 juli en vindt de overstap per 1 augustus plaats."),
          ("p", "In 2024-2025 keerden 11 leerlingen vanuit het vso terug naar het regulier onderwijs."),
          ]
    b += [("h2", "Naar mbo en werk")] + mbo(c)[1:]
    b += [("h1", "Financieel beleid"),
          ("p", "Het samenwerkingsverband ontvangt de rijksmiddelen voor lichte en zware ondersteuning en voor lwoo "
                "en pro. Na aftrek van de afdracht voor het vso verdelen wij het budget als volgt:"),
          ("table", [["Onderdeel", "Verdeelsleutel", "Besluit"],
                     ["Schoolbudget", "€ 160 per leerling (teldatum 1 oktober t-1)", "Automatisch, in januari"],
                     ["Lwoo en pro", "Volledig naar rato van het aantal aanwijzingen/TLV's pro op 1 oktober", "Automatisch"],
                     ["Terugkeerarrangementen", "Vast bedrag € 6.000 per teruggeplaatste leerling", "Directeur-bestuurder"],
                     ["Innovatiefonds", "Aanvraag door besturen, max. € 40.000 per project", "Directeur-bestuurder na advies directeurenoverleg"]]),
          ("p", "De besturen ontvangen de schoolbudgetten in twee termijnen en verantwoorden de besteding in hun "
                "jaarverslag."),
          ("table", [["Meerjarenbegroting (x € 1.000)", "2026", "2027", "2028", "2029"],
                     ["Baten", "14.950", "14.820", "14.700", "14.600"],
                     ["Schoolbudgetten", "1.215", "1.200", "1.190", "1.180"],
                     ["Lwoo en pro doorbetaald", "10.900", "10.820", "10.760", "10.700"],
                     ["Terugkeerarrangementen", "90", "90", "90", "90"],
                     ["Innovatiefonds", "200", "200", "150", "150"],
                     ["Bureau", "820", "830", "840", "850"],
                     ["Overige lasten", "1.850", "1.820", "1.800", "1.780"],
                     ["Resultaat", "-125", "-140", "-130", "-150"]]),
          ("p", "De toelichting op de begroting staat in bijlage 4."),
          ("h1", "Ouders, klachten en geschillen"),
          ("p", "Hoe wij ouders informeren over de ondersteuningsmogelijkheden, leggen wij vast in een nieuw "
                "communicatieplan dat in het eerste planjaar verschijnt."),
          ("p", "Ouders die vastlopen of het niet eens zijn met de school of het samenwerkingsverband, kunnen "
                "terecht bij het Ouder- en Jeugdsteunpunt Hunzedal. Dat steunpunt is ondergebracht bij een "
                "onafhankelijke stichting, werkt uitsluitend in het belang van de leerling en is bereikbaar via "
                "telefoon, e-mail en een wekelijks inloopspreekuur in Hunzebroek. Daarnaast kunnen ouders een "
                "onderwijsconsulent inschakelen. Klachten over het samenwerkingsverband behandelt de landelijke "
                "klachtencommissie waarbij wij zijn aangesloten; geschillen over toelating en verwijdering gaan "
                "naar de Geschillencommissie passend onderwijs."),
          ]
    b += governance(c) + opr(c) + oogo_proc(c) + personeel(c) + ict(c) + planning(c)
    b += totstandkoming(c) + kennisdeling(c) + bedrijfsvoering(c)
    b += [("h1", "Bijlagen (afzonderlijk document)"),
          ("p", "De bijlagen 1 tot en met 6 maken geen deel uit van dit document. Zij zijn te vinden op "
                "www.swv-hunzedal.nl/op-bijlagen.")]
    b += afkortingen(ABBR_VO + [["SWV", "Samenwerkingsverband"], ["TLV-pro", "Toelaatbaarheidsverklaring praktijkonderwijs"]])
    render_pdf(b, OUT / "vo-hunzedal-op-hoofdlijnen-2026-2030.pdf",
               header="SWV VO Hunzedal · OP 2026-2030 · basisondersteuning · toelaatbaarheid · resultaten",
               footer="Ondersteuningsplan op hoofdlijnen – dekkend aanbod voor iedere leerling")
    crit = core({"basisondersteuning.niveau": False, "basisondersteuning.inhoud": False,
                 "plaatsing.procedure": False, "plaatsing.criteria": False,
                 "terugstroom.procedure": True, "terugstroom.beleid": True,
                 "financien.verdeling": True, "financien.besteding": True,
                 "dekkend-aanbod.continuum": False, "dekkend-aanbod.lacunes": False,
                 "resultaten.doelen": False, "resultaten.monitoring": False,
                 "ouders.informatie": False, "ouders.steunpunt": True})
    adv = {"basisondersteuning": [], "plaatsing": [], "terugstroom": ["monitoring"],
           "financien": ["verantwoording"], "dekkend-aanbod": [], "resultaten": [], "ouders": ["betrokkenheid"]}
    notes = {
        "basisondersteuning": "Only a reference to absent bijlage 2 and a schoolgids remark; TOC, header, glossary-free. Missing.",
        "plaatsing": "Chapter 'Toelaatbaarheid vso, lwoo en pro' only names the SWV as deciding body in one sentence and refers route/termijnen/criteria to absent bijlage 3 ('Route naar toelaatbaarheid'), itself 'wordt geactualiseerd' - addresses nothing.",
        "terugstroom": "Hidden in 'Doorlopende lijnen en overgangen' > 'Van vso naar regulier vo': policy, conditions, terugkeerarrangement; 4-step procedure with dates; 11 returns.",
        "financien": "'Financieel beleid': verdeelsleutel table (EUR 160 per leerling etc.) and meerjarenbegroting table; verantwoording via jaarverslag.",
        "dekkend-aanbod": "No continuum, no gaps/thuiszitters approach; only title-page/footer words. OOGO strictly procedural. Missing.",
        "resultaten": "No intended results or monitoring in body (only header word, 'resultaten van gesprekken', budget 'Resultaat' row). Missing.",
        "ouders": "Informatie deferred to a communicatieplan 'dat in het eerste planjaar verschijnt'; independent Ouder- en Jeugdsteunpunt, onderwijsconsulent, klachten present.",
    }
    write_label("vo-hunzedal-op-hoofdlijnen-2026-2030", ["vo-hunzedal-op-hoofdlijnen-2026-2030.pdf"], "vo", crit, adv, notes)


# ----------------------------------------------------------------------------------------------
# Near miss: a VO school's schoolondersteuningsprofiel (not an SWV ondersteuningsplan), .md
# ----------------------------------------------------------------------------------------------

def not_a_plan():
    b = [("title", "Schoolondersteuningsprofiel 2026-2027 – Het Baken College, locatie Noord"),
         ("p", "Vmbo-tl, havo en vwo · aangesloten bij Samenwerkingsverband VO Waalboog (VO 25-14) · "
               "vastgesteld door de schoolleiding na advies van de medezeggenschapsraad op 9 juni 2026"),
         ("toc", [("1 Inleiding", 1), ("2 Onze school", 1), ("3 Basisondersteuning op Het Baken", 2),
                  ("4 Extra ondersteuning en arrangementen", 3), ("5 Toelaatbaarheid en verwijzing", 4),
                  ("6 Ouders", 4), ("7 Grenzen aan onze ondersteuning", 5), ("8 Ambities", 5)]),
         ("h1", "Inleiding"),
         ("p", "Iedere school in het samenwerkingsverband stelt een schoolondersteuningsprofiel (SOP) op. Hierin "
               "beschrijven wij welke ondersteuning onze school biedt, welke expertise wij in huis hebben en waar "
               "onze grenzen liggen. Het SOP is de bouwsteen waarmee het samenwerkingsverband zijn "
               "ondersteuningsplan maakt; het ondersteuningsplan zelf is te vinden op de website van het "
               "samenwerkingsverband. Dit profiel geldt voor één schooljaar en wordt jaarlijks herzien."),
         ("h1", "Onze school"),
         ("p", "Het Baken College Noord telt 1.140 leerlingen verdeeld over vmbo-tl, havo en vwo. Het team bestaat "
               "uit 96 docenten en 21 onderwijsondersteunende medewerkers. De school ligt aan de rand van "
               "Overmaas; de meeste leerlingen komen uit Overmaas en Beekveld. Wij zijn een school met een "
               "christelijke identiteit waar iedereen welkom is die onze uitgangspunten respecteert."),
         ("p", "Ons motto is 'Zie de leerling'. Wij werken met kleine mentorgroepen in de onderbouw en een "
               "coachsysteem in de bovenbouw. Leerlingen kunnen kiezen uit sportklas, cultuurklas en technasium."),
         ("h1", "Basisondersteuning op Het Baken"),
         ("p", "Wij bieden de basisondersteuning die in het samenwerkingsverband is afgesproken. Op onze school "
               "betekent dat concreet:"),
         ("ul", ["een ondersteuningscoördinator (0,8 fte) en twee leerlingbegeleiders;",
                 "mentorgesprekken met iedere leerling ten minste drie keer per jaar;",
                 "een dyslexie- en dyscalculiecoach en een vast protocol met extra tijd en voorleessoftware;",
                 "faalangstreductietraining en sociale-vaardigheidstraining;",
                 "een Trajectruimte waar leerlingen die even uit de les moeten, begeleid worden;",
                 "een ondersteuningsteam met jeugdarts, schoolmaatschappelijk werker en leerplicht (zes keer per jaar)."]),
         ("h1", "Extra ondersteuning en arrangementen"),
         ("p", "Voor leerlingen die meer nodig hebben, kunnen wij binnen de school een arrangement inzetten, "
               "bijvoorbeeld begeleiding door een ambulant begeleider, een aangepast rooster of een plek in de "
               "Trajectruimte voor een deel van de week. De school betaalt dit uit het schoolbudget dat het "
               "samenwerkingsverband aan ons bestuur toekent. Voor ieder arrangement stellen wij samen met "
               "ouders en leerling een ontwikkelingsperspectiefplan (OPP) op, dat twee keer per jaar wordt "
               "geëvalueerd. De leerling heeft hoorrecht bij het opstellen van het OPP."),
         ("h1", "Toelaatbaarheid en verwijzing"),
         ("p", "Als wij een leerling niet de ondersteuning kunnen bieden die hij nodig heeft, bespreken wij in het "
               "ondersteuningsteam of een plek in het OPDC of het vso passender is. Voor het vso is een "
               "toelaatbaarheidsverklaring (TLV) van het samenwerkingsverband nodig. De ondersteuningscoördinator "
               "vraagt deze aan namens het bestuur; het samenwerkingsverband beslist. Hoe dat verloopt, staat "
               "in het ondersteuningsplan van het samenwerkingsverband. Leerlingen die terugkeren uit het vso "
               "heten wij welkom en begeleiden wij het eerste jaar met een coach."),
         ("h1", "Ouders"),
         ("p", "Ouders zijn onze partners. Wij informeren ouders over de ondersteuning via de schoolgids, de "
               "website en de informatieavond voor nieuwe leerlingen. Bij vragen kunnen ouders contact opnemen met "
               "de mentor of de ondersteuningscoördinator. Ouders die het niet eens zijn met de school, kunnen "
               "terecht bij het Ouder- en Jeugdsteunpunt Waalboog of een onderwijsconsulent; ook kunnen zij een "
               "klacht indienen volgens de klachtenregeling van ons bestuur."),
         ("h1", "Grenzen aan onze ondersteuning"),
         ("p", "Wij zijn geen school voor leerlingen die een volledig prikkelarme omgeving nodig hebben of die "
               "een-op-eenbegeleiding gedurende de hele schooldag vragen. Ook leerlingen met ernstige "
               "gedragsproblemen waarbij de veiligheid van anderen in gevaar komt, kunnen wij niet de juiste "
               "plek bieden. In die gevallen zoeken wij, vanuit onze zorgplicht, samen met ouders en het "
               "samenwerkingsverband naar een passende plek op een andere school."),
         ("h1", "Ambities"),
         ("p", "In schooljaar 2026-2027 willen wij het aantal leerlingen dat tussentijds naar een andere school "
               "vertrekt omdat wij de ondersteuning niet kunnen bieden, terugbrengen van 12 naar 6. Verder "
               "scholen wij het hele team in het werken met executieve functies en breiden wij de Trajectruimte uit "
               "met een tweede begeleider. De resultaten bespreken wij in juni met de medezeggenschapsraad."),
         ("h1", "Contact"),
         ("p", "Ondersteuningscoördinator: mevrouw S. de Boer, zorg@hetbaken-noord.example. Schoolleiding: de heer "
               "R. Vermeulen, locatiedirecteur.")]
    render_md(b, OUT / "vo-het-baken-noord-schoolondersteuningsprofiel.md")
    dump_label(OUT / "vo-het-baken-noord-schoolondersteuningsprofiel.expected.yaml",
               ["vo-het-baken-noord-schoolondersteuningsprofiel.md"], "vo", False, {}, {}, {},
               {"document": "School-level schoolondersteuningsprofiel (SOP) of one VO school, adopted by the school "
                            "leadership after MR advice; it describes the school's own support and refers to the "
                            "SWV's ondersteuningsplan, so it is not an ondersteuningsplan of a samenwerkingsverband "
                            "despite TLV, basisondersteuning, OPP, steunpunt vocabulary."})


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    plan_a()
    plan_b()
    plan_c()
    plan_d()
    plan_e()
    not_a_plan()


if __name__ == "__main__":
    main()
