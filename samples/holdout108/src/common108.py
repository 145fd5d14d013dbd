"""Rendering helpers and shared filler prose for the holdout108 sample set.

A document is a list of blocks:
  ("title", text) ("sub", text) ("h1", text) ("h2", text) ("p", text)
  ("bullets", [text, ...]) ("table", [[cell, ...], ...])  (first row = header)
  ("toc", [text, ...]) ("pagebreak", None)
"""
import html as _html
import os
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

from docx import Document
from docx.shared import Pt


# --------------------------------------------------------------------------- renderers
def write_docx(blocks, path, header_text=None, footer_text=None):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    sec = doc.sections[0]
    if header_text:
        sec.header.paragraphs[0].text = header_text
    if footer_text:
        sec.footer.paragraphs[0].text = footer_text
    for kind, val in blocks:
        if kind == "title":
            doc.add_heading(val, level=0)
        elif kind == "sub":
            p = doc.add_paragraph()
            r = p.add_run(val)
            r.italic = True
        elif kind == "h1":
            doc.add_heading(val, level=1)
        elif kind == "h2":
            doc.add_heading(val, level=2)
        elif kind == "p":
            doc.add_paragraph(val)
        elif kind == "bullets":
            for it in val:
                doc.add_paragraph(it, style="List Bullet")
        elif kind == "toc":
            doc.add_paragraph().add_run("Inhoudsopgave").bold = True
            for it in val:
                doc.add_paragraph(it)
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


def docx_to_pdf(blocks, pdf_path, header_text=None, footer_text=None):
    """Render blocks to a temporary .docx and convert it with LibreOffice."""
    pdf_path = Path(pdf_path)
    tmp = Path(tempfile.mkdtemp(prefix="holdout108_"))
    try:
        src = tmp / (pdf_path.stem + ".docx")
        write_docx(blocks, src, header_text, footer_text)
        profile = tmp / "lo_profile"
        subprocess.run(
            ["soffice", "-env:UserInstallation=file://" + str(profile), "--headless",
             "--convert-to", "pdf", "--outdir", str(tmp), str(src)],
            check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
        shutil.copyfile(tmp / (pdf_path.stem + ".pdf"), pdf_path)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def write_html(blocks, path, title):
    e = _html.escape
    out = ["<!DOCTYPE html>", '<html lang="nl"><head><meta charset="utf-8">',
           "<title>%s</title>" % e(title), "</head><body>",
           '<header class="site"><nav>Home | Over ons | Ouders | Scholen | Ondersteuningsplan | Contact</nav></header>',
           "<main>"]
    for kind, val in blocks:
        if kind == "title":
            out.append("<h1>%s</h1>" % e(val))
        elif kind == "sub":
            out.append('<p class="lead"><em>%s</em></p>' % e(val))
        elif kind == "h1":
            out.append("<h2>%s</h2>" % e(val))
        elif kind == "h2":
            out.append("<h3>%s</h3>" % e(val))
        elif kind == "p":
            out.append("<p>%s</p>" % e(val))
        elif kind == "bullets":
            out.append("<ul>" + "".join("<li>%s</li>" % e(i) for i in val) + "</ul>")
        elif kind == "toc":
            out.append('<nav class="toc"><p><strong>Inhoud</strong></p><ol>'
                       + "".join("<li>%s</li>" % e(i) for i in val) + "</ol></nav>")
        elif kind == "table":
            rows = ["<tr>" + "".join("<th>%s</th>" % e(str(c)) for c in val[0]) + "</tr>"]
            for r in val[1:]:
                rows.append("<tr>" + "".join("<td>%s</td>" % e(str(c)) for c in r) + "</tr>")
            out.append("<table>" + "".join(rows) + "</table>")
        elif kind == "pagebreak":
            out.append("<hr>")
    out += ["</main>", '<footer>&copy; 2026 ' + e(title) + ' | privacyverklaring | cookies</footer>',
            "</body></html>"]
    Path(path).write_text("\n".join(out) + "\n", encoding="utf-8")


def word_count(blocks):
    n = 0
    for kind, val in blocks:
        if isinstance(val, str):
            n += len(val.split())
        elif isinstance(val, list):
            for it in val:
                if isinstance(it, list):
                    n += sum(len(str(c).split()) for c in it)
                else:
                    n += len(str(it).split())
    return n


# --------------------------------------------------------------------------- filler prose
def filler(n):
    """Neutral filler sections. n: dict with keys naam, kort, regio, sector ('po'/'vo'),
    besturen, scholen, leerlingen, gemeenten. Every section only mentions element
    vocabulary in passing; none of them addresses a core criterion."""
    po = n["sector"] == "po"
    sch = "basisscholen" if po else "scholen voor voortgezet onderwijs"
    k = n["kort"]
    f = {}
    f["voorwoord"] = [
        ("p", "Voor u ligt het ondersteuningsplan van %s voor de periode 2026-2030. Het plan is het resultaat "
              "van een intensief traject waarin directeuren, intern begeleiders, bestuurders, ouders en "
              "medewerkers van het samenwerkingsverband met elkaar in gesprek zijn gegaan over de vraag wat "
              "passend onderwijs in onze regio de komende jaren moet betekenen. Wij hebben geluisterd naar "
              "scholen die vertelden over de druk in de klas, naar ouders die soms lang moesten zoeken naar een "
              "passende plek en naar gemeenten die met ons willen optrekken in de ondersteuning van gezinnen."
              % n["naam"]),
        ("p", "Het vorige plan was vooral gericht op het inrichten van de organisatie. Dit plan kijkt verder: "
              "hoe zorgen we ervoor dat de middelen zo dicht mogelijk bij de leerling terechtkomen, en hoe "
              "houden we de administratieve last voor scholen beperkt? Wij danken iedereen die heeft "
              "bijgedragen, in het bijzonder de leden van de ondersteuningsplanraad voor hun kritische en "
              "constructieve vragen. Wij wensen u veel leesplezier en nodigen u uit om met ons in gesprek te "
              "blijven over de uitvoering van dit plan."),
        ("p", "Namens het bestuur van %s,\nde directeur-bestuurder" % k),
    ]
    f["leeswijzer"] = [
        ("p", "Dit plan is als volgt opgebouwd. Na een korte schets van de regio en de terugblik op de "
              "afgelopen planperiode beschrijven wij onze visie en missie. Daarna volgen de hoofdstukken over "
              "de ondersteuning op de scholen, de toelaatbaarheid tot het speciaal onderwijs, de samenwerking "
              "met ketenpartners, de organisatie en de financiën. Achter in het plan vindt u een "
              "begrippenlijst. Waar wij in de tekst over 'ouders' spreken, bedoelen wij ook verzorgers en "
              "voogden. Waar wij 'het samenwerkingsverband' schrijven, bedoelen wij %s." % n["naam"]),
    ]
    f["regio"] = [
        ("p", "Het werkgebied van %s omvat de gemeenten %s. In totaal zijn %s schoolbesturen aangesloten met "
              "samen %s %s. Op 1 oktober 2025 telde het samenwerkingsverband %s leerlingen. De regio kent "
              "een mix van stedelijke kernen en kleine dorpen%s. De prognoses van de gemeenten laten voor de komende planperiode een lichte daling "
              "van het aantal leerlingen zien, met uitzondering van de nieuwbouwwijken aan de rand van de "
              "grotere kernen." % (k, n["gemeenten"], n["besturen"], n["scholen"], sch, n["leerlingen"],
                                  "; een deel van de scholen heeft minder dan honderd leerlingen" if po else "")),
        ("p", "De populatie verandert. Scholen zien meer leerlingen met een taalachterstand, meer kinderen "
              "uit gezinnen met financiële zorgen en een toename van vragen rond gedrag en welbevinden. "
              "Tegelijkertijd kampen veel scholen met een tekort aan leraren. Deze ontwikkelingen vragen om "
              "een samenwerkingsverband dat scholen ontzorgt en dat de schaarse expertise in de regio slim "
              "deelt."),
    ]
    f["visie"] = [
        ("p", "Wij geloven dat ieder kind recht heeft op onderwijs dat past bij zijn of haar mogelijkheden, "
              "zo dicht mogelijk bij huis en samen met leeftijdgenoten waar dat kan. Passend onderwijs is "
              "geen doel op zich, maar een middel om kinderen te laten groeien. Onze visie rust op vier "
              "pijlers: het kind staat centraal, de leraar doet ertoe, ouders zijn partners, en we werken "
              "samen over de grenzen van scholen en besturen heen."),
        ("p", "Het samenwerkingsverband is er voor de scholen en niet andersom. Wij willen een lerende "
              "organisatie zijn die dicht bij de praktijk staat, die durft te experimenteren en die "
              "verantwoording aflegt over wat zij doet. Dat betekent dat wij regelmatig op de scholen aanwezig "
              "zijn, dat wij luisteren naar wat leraren nodig hebben en dat wij onze eigen werkwijze "
              "bijstellen als die niet blijkt te werken."),
    ]
    f["missie"] = [
        ("p", "Onze missie luidt: samen zorgen dat elk kind in de regio zich kan ontwikkelen op een plek die "
              "bij hem of haar past. Wij vertalen deze missie in drie ambities voor de planperiode: "
              "versterken van de ondersteuning in de klas, eenvoudiger en sneller organiseren van wat "
              "kinderen nodig hebben, en intensiever samenwerken met jeugdhulp en gemeenten. Deze ambities "
              "komen in de volgende hoofdstukken steeds terug."),
    ]
    f["governance"] = [
        ("p", "%s is een stichting. De aangesloten schoolbesturen vormen samen de Algemene Vergadering, die "
              "onder meer het ondersteuningsplan, de begroting en het jaarverslag vaststelt. Het intern "
              "toezicht is belegd bij een Raad van Toezicht van drie onafhankelijke leden. De dagelijkse "
              "leiding ligt bij de directeur-bestuurder, die wordt ondersteund door een klein "
              "bureau. De scheiding tussen bestuur en toezicht is vastgelegd in de statuten en in het "
              "toezichtkader, dat in 2024 is geactualiseerd." % k),
        ("p", "De Raad van Toezicht vergadert vijf keer per jaar en hanteert de Code Goed Bestuur in het "
              "primair onderwijs als leidraad. Eén keer per jaar evalueert de raad zijn eigen functioneren. "
              "Statutair is een geschillenregeling opgenomen voor het geval schoolbesturen en het "
              "samenwerkingsverband het niet met elkaar eens worden. Van deze regeling is in de afgelopen "
              "planperiode geen gebruik gemaakt."),
    ]
    f["opr"] = [
        ("p", "De ondersteuningsplanraad (OPR) heeft instemmingsrecht op het ondersteuningsplan. De OPR "
              "bestaat uit %s leden: de helft ouders en de helft personeelsleden, afgevaardigd vanuit de "
              "medezeggenschapsraden van de aangesloten scholen. De directeur-bestuurder overlegt minimaal "
              "vier keer per jaar met de OPR. De OPR heeft een eigen budget voor scholing en kan zich laten "
              "ondersteunen door een externe adviseur." % ("acht" if po else "tien")),
        ("p", "Het concept van dit plan is in drie sessies met de OPR besproken. De OPR heeft op 24 maart 2026 "
              "ingestemd met het plan. Daarnaast heeft het samenwerkingsverband een eigen medezeggenschapsraad "
              "voor het personeel van het bureau. Wij investeren in een goede relatie met de OPR, onder meer "
              "door jaarlijks een gezamenlijke themabijeenkomst te organiseren."),
    ]
    f["oogo"] = [
        ("p", "Het ontwerp-ondersteuningsplan is besproken in het op overeenstemming gericht overleg (OOGO) "
              "met de colleges van burgemeester en wethouders van de gemeenten in ons werkgebied. Het OOGO "
              "vond plaats op 12 februari 2026 en is afgesloten met overeenstemming. De belangrijkste "
              "gespreksonderwerpen waren de aansluiting tussen onderwijs en jeugdhulp, leerlingenvervoer, "
              "onderwijshuisvesting en de inzet van de praktijkondersteuner jeugd op school."),
        ("p", "Ook met het aangrenzende samenwerkingsverband voor %s is overleg gevoerd over dit plan. "
              "Afgesproken is om de overstap tussen primair en voortgezet onderwijs in een gezamenlijke "
              "werkgroep verder te verbeteren. Het verslag van het OOGO is bij de stukken voor de Algemene "
              "Vergadering gevoegd." % ("het voortgezet onderwijs" if po else "het primair onderwijs")),
    ]
    f["jeugdhulp"] = [
        ("p", "Onderwijs en jeugdhulp raken elkaar dagelijks. In alle gemeenten is er een vaste contactpersoon "
              "van het sociaal team voor de scholen. Wij maken met de gemeenten afspraken over de inzet van "
              "schoolmaatschappelijk werk en over de financiering van zorg die onder schooltijd wordt "
              "geboden. De gemeenten blijven verantwoordelijk voor jeugdhulp; het samenwerkingsverband en de "
              "scholen voor de onderwijsondersteuning. Waar die twee elkaar overlappen, zoeken wij samen naar "
              "een oplossing zonder dat ouders van het kastje naar de muur worden gestuurd."),
    ]
    f["personeel"] = [
        ("p", "Het bureau van %s heeft een formatie van ongeveer %s fte. Daarnaast is een pool van "
              "onderwijsspecialisten beschikbaar die op de scholen werken; zij zijn gedetacheerd vanuit de "
              "besturen. Wij vinden het belangrijk dat onze medewerkers zich blijven ontwikkelen en trekken "
              "daarvoor jaarlijks een scholingsbudget uit. De gesprekkencyclus is in 2025 vernieuwd."
              % (k, "14" if po else "18")),
        ("p", "Het lerarentekort raakt ook de ondersteuning. Specialisten worden steeds vaker gevraagd om "
              "klassen over te nemen. Wij hebben met de besturen afgesproken dat de inzet van specialisten "
              "beschermd blijft. Daarnaast verkennen wij met de pabo en de lerarenopleidingen in de regio hoe "
              "studenten vaker stage kunnen lopen in het speciaal (basis)onderwijs."),
    ]
    f["professionalisering"] = [
        ("p", "Het samenwerkingsverband organiseert jaarlijks een leernetwerk voor intern begeleiders en "
              "ondersteuningscoördinatoren. Thema's in de afgelopen jaren waren onder meer executieve "
              "functies, traumasensitief lesgeven, meertaligheid en het voeren van lastige gesprekken met "
              "ouders. Deelname is vrijwillig maar wordt door de besturen sterk aangemoedigd. Daarnaast is "
              "er een jaarlijkse studiedag voor alle medewerkers in de regio."),
    ]
    f["ict"] = [
        ("p", "Voor de uitwisseling van leerlinggegevens gebruikt het samenwerkingsverband een beveiligde "
              "digitale omgeving. Scholen dienen aanvragen in via deze omgeving; ouders krijgen een eigen "
              "inlog waarmee zij het dossier van hun kind kunnen inzien. Het samenwerkingsverband heeft een "
              "functionaris gegevensbescherming aangesteld en een privacyreglement vastgesteld. Gegevens "
              "worden niet langer bewaard dan noodzakelijk."),
        ("p", "In 2025 is een datalek gemeld bij de Autoriteit Persoonsgegevens: een e-mail met "
              "leerlinggegevens werd aan een verkeerde ontvanger verstuurd. Naar aanleiding daarvan zijn alle "
              "medewerkers opnieuw getraind en is het versturen van dossiers per e-mail niet langer "
              "toegestaan."),
    ]
    f["planning"] = [
        ("p", "De uitvoering van dit plan verloopt via jaarplannen. In elk jaarplan staat welke activiteiten "
              "in dat schooljaar worden uitgevoerd en wie daarvoor verantwoordelijk is. De directeur-"
              "bestuurder bespreekt het concept-jaarplan in het voorjaar met de directeurenoverleggen en met "
              "de OPR. In het najaar volgt een tussentijdse bespreking met de Algemene Vergadering."),
    ]
    f["totstandkoming"] = [
        ("p", "Het plan is tot stand gekomen in een traject van ruim een jaar. In het voorjaar van 2025 zijn "
              "vier regiobijeenkomsten gehouden met directeuren en intern begeleiders. In het najaar volgden "
              "gesprekken met %s. Het conceptplan is in januari 2026 aan de besturen "
              "voorgelegd, daarna besproken in het OOGO en vervolgens ter instemming aan de OPR voorgelegd. "
              "Het plan is op 7 april 2026 door het bestuur vastgesteld en vóór 1 mei 2026 aan de Inspectie "
              "van het Onderwijs toegezonden." % ("ouders en met de gemeenten" if po else
                                                   "de gemeenten en de mbo-instellingen")),
    ]
    f["communicatie_intern"] = [
        ("p", "Het samenwerkingsverband verstuurt zes keer per jaar een digitale nieuwsbrief aan directeuren, "
              "intern begeleiders en bestuurders. Daarnaast is er een besloten deel van de website met "
              "formats, handreikingen en verslagen van bijeenkomsten. Wij proberen onze communicatie "
              "kort en begrijpelijk te houden; lange notities vervangen wij waar mogelijk door korte "
              "factsheets."),
    ]
    f["huisvesting"] = [
        ("p", "Het bureau van het samenwerkingsverband is gehuisvest in een verzamelgebouw in %s, samen met "
              "andere maatschappelijke organisaties. Dat bevordert de korte lijnen met onder meer de GGD en "
              "het sociaal team. De huurovereenkomst loopt tot 2028; in 2027 bezien wij of de huidige "
              "huisvesting nog passend is." % n["gemeenten"].split(",")[0]),
    ]
    f["doorgaande_lijn_vo"] = [
        ("p", "De overstap van groep 8 naar het voortgezet onderwijs is voor veel leerlingen een spannend "
              "moment. In de regio werken de scholen met een gezamenlijke overstapkalender en een digitaal "
              "overdrachtsdossier. Voor leerlingen die extra begeleiding nodig hebben, vindt een warme "
              "overdracht plaats tussen de intern begeleider en de mentor of ondersteuningscoördinator van "
              "de nieuwe school."),
    ]
    f["risico_algemeen"] = [
        ("p", "Een samenwerkingsverband opereert in een omgeving die snel verandert. Landelijke "
              "beleidswijzigingen, zoals de invoering van een landelijke norm voor basisondersteuning en de "
              "wet versterking positie ouders en leerlingen, kunnen gevolgen hebben voor dit plan. Wij volgen "
              "deze ontwikkelingen nauwgezet en zullen het plan zo nodig tussentijds aanpassen, na instemming "
              "van de OPR."),
    ]

    f["terugblik_org"] = [
        ("p", "In de vorige planperiode heeft %s vooral geïnvesteerd in de eigen organisatie. Het bureau is "
              "verhuisd naar een centrale locatie, de digitale aanvraagomgeving is ingevoerd en de "
              "werkprocessen zijn beschreven. Ook is de bestuursvorm gewijzigd naar een model met een Raad van "
              "Toezicht. Niet alles ging zoals gehoopt: de invoering van de digitale omgeving kostte meer tijd "
              "dan verwacht, en de wisseling van directeur-bestuurder in 2023 zorgde voor een half jaar "
              "vertraging in een aantal projecten. Wij nemen de lessen daaruit mee: minder tegelijk willen, "
              "duidelijker prioriteren en scholen eerder betrekken bij veranderingen die hen raken." % k),
    ]
    f["kansengelijkheid"] = [
        ("p", "Passend onderwijs staat niet los van kansengelijkheid. Kinderen die opgroeien in armoede of in "
              "een gezin waar de schooltaal niet wordt gesproken, hebben vaker ondersteuning nodig. Wij sluiten "
              "daarom aan bij de aanpak kansengelijkheid van de gemeenten en bij de inzet van de middelen voor "
              "onderwijsachterstanden die de scholen zelf ontvangen. Wij letten er daarbij op dat de inzet van "
              "beide geldstromen elkaar versterkt en niet dubbelt. Scholen blijven zelf verantwoordelijk voor "
              "de besteding van hun achterstandsmiddelen; het samenwerkingsverband heeft daarin geen rol."),
    ]
    f["werkdruk"] = [
        ("p", "Leraren geven aan dat de zorg voor leerlingen met extra ondersteuningsbehoeften veel van hen "
              "vraagt. Uit een enquête onder leraren in 2025 bleek dat vooral de administratieve last als "
              "zwaar wordt ervaren: formulieren, verslagen en overleggen. Wij hebben daarom de formulieren "
              "voor aanvragen ingekort en werken toe naar één gezamenlijk groeidocument dat de school, het "
              "samenwerkingsverband en externe partners allemaal gebruiken. Het doel is dat een leraar een "
              "verhaal maar één keer hoeft te vertellen. Ook onderzoeken wij of overleggen vaker op de school "
              "zelf en korter kunnen plaatsvinden."),
    ]
    f["integriteit"] = [
        ("p", "Het samenwerkingsverband hanteert een integriteitscode voor bestuurders, toezichthouders en "
              "medewerkers, een klokkenluidersregeling en een regeling voor het melden van nevenfuncties. "
              "Nevenfuncties van de directeur-bestuurder en de leden van de Raad van Toezicht worden jaarlijks "
              "gepubliceerd. Bij de inhuur van externe deskundigen wordt nagegaan of er sprake is van "
              "belangenverstrengeling. In de afgelopen planperiode zijn geen meldingen ontvangen."),
    ]
    f["conferentie"] = [
        ("p", "Elk jaar in november organiseert het samenwerkingsverband een regioconferentie voor alle "
              "medewerkers van de aangesloten scholen. De conferentie is een moment om elkaar te ontmoeten, "
              "goede voorbeelden te delen en inspiratie op te doen. In 2025 stond de conferentie in het teken van "
              "het thema 'kijken achter gedrag', met lezingen en workshops door leraren uit de regio zelf. "
              "Ruim zeshonderd deelnemers waren aanwezig. De conferentie wordt voorbereid door een werkgroep "
              "van intern begeleiders en directeuren."),
    ]
    f["landelijk"] = [
        ("p", "Landelijk is passend onderwijs volop in beweging. Na de evaluatie van 2020 is de verbeteraanpak "
              "passend onderwijs gestart, met maatregelen op het gebied van bekostiging, toezicht, "
              "medezeggenschap en de positie van scholen en samenwerkingsverbanden. Ook de discussie over "
              "inclusiever onderwijs en over de toekomst van het speciaal onderwijs raakt ons. Wij volgen deze "
              "ontwikkelingen via de PO-Raad, de VO-raad en het landelijke netwerk van samenwerkingsverbanden en "
              "vertalen ze waar nodig naar onze regio. Waar landelijke wijzigingen gevolgen hebben voor dit "
              "plan, passen wij het plan aan na instemming van de ondersteuningsplanraad."),
    ]

    f["wettelijk_kader"] = [
        ("p", "Ieder samenwerkingsverband stelt ten minste eens in de vier jaar een ondersteuningsplan vast (%s). "
              "De wet noemt de onderwerpen die het plan in elk geval moet bevatten, waaronder de "
              "basisondersteuning, de verdeling en besteding van de ondersteuningsmiddelen, de procedure en "
              "criteria voor toelaatbaarheid, het beleid voor terugplaatsing, de beoogde en bereikte resultaten "
              "en de wijze waarop ouders worden geïnformeerd. Voordat het plan wordt vastgesteld, voert het "
              "samenwerkingsverband een op overeenstemming gericht overleg met de gemeenten en vraagt het "
              "instemming aan de ondersteuningsplanraad. Het vastgestelde plan wordt vóór 1 mei aan de "
              "Inspectie van het Onderwijs gezonden." % ("artikel 18a WPO" if po else "artikel 17a WVO")),
    ]
    f["overlegstructuur"] = [
        ("p", "De overlegstructuur van het samenwerkingsverband is in 2024 vereenvoudigd. Er is één "
              "bestuurlijk overleg van de aangesloten besturen, dat zes keer per jaar bijeenkomt en de "
              "vergaderingen van de Algemene Vergadering voorbereidt. Daarnaast zijn er vier regionale "
              "directeurenoverleggen, die elk door een directeur worden voorgezeten. Het netwerk van intern "
              "begeleiders en ondersteuningscoördinatoren komt vijf keer per jaar bij elkaar. Werkgroepen worden "
              "alleen ingesteld voor een afgebakende opdracht en een vaste termijn; na afloop rapporteren zij aan "
              "het bestuurlijk overleg en worden zij opgeheven."),
    ]
    return f


def pick(f, keys):
    out = []
    for key in keys:
        out.extend(f[key])
    return out
