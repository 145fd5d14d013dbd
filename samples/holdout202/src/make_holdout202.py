#!/usr/bin/env python3
"""Generate holdout set 202: five fictional ondersteuningsplannen (PO and VO) and one
near-miss document (a school-level 'ondersteuningsplan' of a VO school).

All organisations, people, addresses, phone numbers and figures are fictional.
Deterministic, no network. Output goes to the folder above this script's folder.
PDFs are rendered from the generated .docx files with LibreOffice (soffice --headless).
"""
import datetime
import html
import os
import shutil
import subprocess
import tempfile
import zipfile
from pathlib import Path

from docx import Document
from docx.enum.text import WD_BREAK
from docx.shared import Pt

OUT = Path(__file__).resolve().parent.parent
FIXED_DATE = datetime.datetime(2026, 3, 2, 9, 0, 0)


# --------------------------------------------------------------------------------------------
# renderers
# --------------------------------------------------------------------------------------------
def render_docx(blocks, path, header_text, footer_text):
    doc = Document()
    doc.core_properties.created = FIXED_DATE
    doc.core_properties.modified = FIXED_DATE
    doc.core_properties.last_modified_by = "holdout202"
    doc.core_properties.author = "holdout202"
    doc.core_properties.title = header_text
    style = doc.styles["Normal"]
    style.font.name = "Calibri"
    style.font.size = Pt(10.5)
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = header_text
    sec.footer.paragraphs[0].text = footer_text
    for b in blocks:
        kind = b[0]
        if kind == "title":
            doc.add_paragraph(b[1], style="Title")
            for line in b[2]:
                doc.add_paragraph(line)
        elif kind == "h1":
            doc.add_heading(b[1], level=1)
        elif kind == "h2":
            doc.add_heading(b[1], level=2)
        elif kind == "h3":
            doc.add_heading(b[1], level=3)
        elif kind == "p":
            doc.add_paragraph(b[1])
        elif kind == "ul":
            for it in b[1]:
                doc.add_paragraph(it, style="List Bullet")
        elif kind == "ol":
            for it in b[1]:
                doc.add_paragraph(it, style="List Number")
        elif kind == "toc":
            doc.add_heading(b[1], level=1)
            for it in b[2]:
                doc.add_paragraph(it)
        elif kind == "table":
            header, rows = b[1], b[2]
            t = doc.add_table(rows=1, cols=len(header))
            t.style = "Table Grid"
            for i, h in enumerate(header):
                t.rows[0].cells[i].text = h
            for r in rows:
                cells = t.add_row().cells
                for i, v in enumerate(r):
                    cells[i].text = v
            doc.add_paragraph("")
        elif kind == "pagebreak":
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        else:
            raise ValueError(kind)
    doc.save(str(path))
    _normalise_zip(path)


def _normalise_zip(path):
    """Rewrite the .docx zip with fixed timestamps so that output is byte-identical per run."""
    with zipfile.ZipFile(str(path)) as zin:
        items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    with zipfile.ZipFile(str(path), "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2026, 3, 2, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, data)


def render_html(blocks, path, title):
    out = ["<!DOCTYPE html>", '<html lang="nl">', "<head>", '<meta charset="utf-8">',
           "<title>%s</title>" % html.escape(title), "</head>", "<body>",
           '<header class="site-header"><p>%s</p></header>' % html.escape(title), "<main>"]
    e = html.escape
    for b in blocks:
        kind = b[0]
        if kind == "title":
            out.append("<h1>%s</h1>" % e(b[1]))
            for line in b[2]:
                out.append('<p class="subtitle">%s</p>' % e(line))
        elif kind in ("h1", "h2", "h3"):
            lvl = {"h1": 2, "h2": 3, "h3": 4}[kind]
            out.append("<h%d>%s</h%d>" % (lvl, e(b[1]), lvl))
        elif kind == "p":
            out.append("<p>%s</p>" % e(b[1]))
        elif kind in ("ul", "ol"):
            out.append("<%s>" % kind)
            for it in b[1]:
                out.append("  <li>%s</li>" % e(it))
            out.append("</%s>" % kind)
        elif kind == "toc":
            out.append('<nav class="toc"><h2>%s</h2><ul>' % e(b[1]))
            for it in b[2]:
                out.append("  <li>%s</li>" % e(it))
            out.append("</ul></nav>")
        elif kind == "table":
            out.append("<table border=\"1\">")
            out.append("<tr>" + "".join("<th>%s</th>" % e(h) for h in b[1]) + "</tr>")
            for r in b[2]:
                out.append("<tr>" + "".join("<td>%s</td>" % e(v) for v in r) + "</tr>")
            out.append("</table>")
        elif kind == "pagebreak":
            pass
    out += ["</main>", '<footer><p>%s</p></footer>' % e(title), "</body>", "</html>"]
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


def render_md(blocks, path):
    out = []
    for b in blocks:
        kind = b[0]
        if kind == "title":
            out.append("# " + b[1])
            out.append("")
            for line in b[2]:
                out.append(line + "  ")
            out.append("")
        elif kind == "h1":
            out += ["## " + b[1], ""]
        elif kind == "h2":
            out += ["### " + b[1], ""]
        elif kind == "h3":
            out += ["#### " + b[1], ""]
        elif kind == "p":
            out += [b[1], ""]
        elif kind == "ul":
            out += ["- " + it for it in b[1]] + [""]
        elif kind == "ol":
            out += ["%d. %s" % (i + 1, it) for i, it in enumerate(b[1])] + [""]
        elif kind == "toc":
            out += ["## " + b[1], ""] + ["- " + it for it in b[2]] + [""]
        elif kind == "table":
            out.append("| " + " | ".join(b[1]) + " |")
            out.append("|" + "---|" * len(b[1]))
            for r in b[2]:
                out.append("| " + " | ".join(r) + " |")
            out.append("")
        elif kind == "pagebreak":
            out += ["---", ""]
    path.write_text("\n".join(out), encoding="utf-8")


def to_pdf(docx_path, pdf_path):
    tmp = tempfile.mkdtemp(prefix="holdout202_lo_")
    try:
        profile = Path(tmp) / "profile"
        outdir = Path(tmp) / "out"
        outdir.mkdir()
        cmd = ["soffice", "-env:UserInstallation=" + profile.as_uri(), "--headless",
               "--convert-to", "pdf", "--outdir", str(outdir), str(docx_path)]
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                       timeout=240)
        produced = outdir / (docx_path.stem + ".pdf")
        shutil.move(str(produced), str(pdf_path))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def words(blocks):
    n = 0
    for b in blocks:
        if b[0] in ("p", "h1", "h2", "h3"):
            n += len(b[1].split())
        elif b[0] in ("ul", "ol"):
            n += sum(len(x.split()) for x in b[1])
        elif b[0] == "toc":
            n += sum(len(x.split()) for x in b[2])
        elif b[0] == "table":
            n += sum(len(c.split()) for r in b[2] for c in r)
        elif b[0] == "title":
            n += len(b[1].split()) + sum(len(x.split()) for x in b[2])
    return n


# --------------------------------------------------------------------------------------------
# shared filler (mentions element vocabulary only in passing)
# --------------------------------------------------------------------------------------------
def f_voorwoord(p):
    if p["v"] == 1:
        return [
            ("h1", p["n"]("Voorwoord")),
            ("p", "Voor u ligt het ondersteuningsplan %s van %s. Het is het derde plan sinds de invoering "
                  "van passend onderwijs in 2014 en het eerste dat volledig is geschreven in de periode "
                  "na de landelijke verbeteraanpak. Wij hebben er bewust voor gekozen het plan compacter te "
                  "maken dan zijn voorgangers: minder beleidstaal, meer afspraken die voor scholen, "
                  "leerkrachten en ouders herkenbaar zijn." % (p["period"], p["name"])),
            ("p", "Het afgelopen jaar hebben wij met veel mensen gesproken. Schoolleiders, intern begeleiders, "
                  "leraren, jeugdprofessionals van de gemeenten, leden van de ondersteuningsplanraad en een "
                  "klankbordgroep van leerlingen dachten mee over de vraag wat er de komende vier jaar anders moet. "
                  "Wat ons opviel is dat iedereen dezelfde ambitie deelt: kinderen zo thuisnabij mogelijk "
                  "onderwijs bieden dat bij hen past. Over de weg daarnaartoe verschillen de meningen soms, "
                  "en dat is ook goed. Het plan is daardoor een compromis in de beste zin van het woord."),
            ("p", "Wij danken iedereen die heeft bijgedragen aan dit plan. Een plan is echter pas waardevol "
                  "als het wordt uitgevoerd. Daarom vertalen wij het elk jaar in een jaarplan en leggen wij "
                  "verantwoording af aan het bestuur, de raad van toezicht en de ondersteuningsplanraad."),
            ("p", "%s, directeur-bestuurder" % p["director"]),
        ]
    return [
        ("h1", p["n"]("Woord vooraf")),
        ("p", "Passend onderwijs is geen project meer, het is de gewone manier waarop wij in %s "
              "naar leerlingen kijken. Toch blijft er werk te doen. Nog steeds zijn er jongeren die "
              "langer dan nodig wachten op de juiste plek, nog steeds ervaren leraren dat de "
              "ondersteuning in de klas onder druk staat, en nog steeds is de samenwerking tussen "
              "onderwijs en jeugdhulp niet vanzelfsprekend. Dit ondersteuningsplan %s is ons antwoord "
              "op die vragen voor de komende vier schooljaren." % (p["region"], p["period"])),
        ("p", "Het plan is tot stand gekomen in een intensief traject met de aangesloten schoolbesturen, "
              "de schoolleiders, de ondersteuningscoördinatoren en de gemeenten in onze regio. Ook de "
              "leerlingenraden van drie scholen hebben hun mening gegeven; hun opmerkingen over "
              "rust in de school en een vaste mentor hebben wij ter harte genomen."),
        ("p", "Wij hopen dat dit plan richting geeft en tegelijk ruimte laat aan de scholen om hun "
              "eigen keuzes te maken. Passend onderwijs maak je immers niet vanuit een kantoor, maar "
              "in de klas, elke dag opnieuw."),
        ("p", "Namens het bestuur, %s, voorzitter" % p["chair"]),
    ]


def f_visie(p):
    base = [
        ("h1", p["n"]("Missie, visie en ambities")),
        ("h2", "Missie"),
        ("p", "%s zorgt ervoor dat iedere leerling in de regio %s onderwijs krijgt dat past bij wat hij "
              "of zij nodig heeft, zo dicht mogelijk bij huis en samen met leeftijdgenoten waar dat kan. "
              "Wij doen dat door scholen te versterken, door expertise te delen en door de middelen die "
              "ons zijn toevertrouwd zo in te zetten dat ze zo veel mogelijk in de klas terechtkomen."
              % (p["short"], p["region"])),
        ("h2", "Visie"),
        ("p", "Wij geloven dat elk kind wil leren en zich wil ontwikkelen. Verschillen tussen kinderen "
              "zijn normaal; het onderwijs beweegt mee met die verschillen in plaats van kinderen "
              "in hokjes te plaatsen. Een leraar die zich gesteund voelt, kan meer aan. Daarom "
              "investeren wij in vakmanschap, in korte lijnen en in teams rondom de leraar. "
              "Wij kijken naar mogelijkheden en niet naar beperkingen, en wij spreken niet over "
              "zorgleerlingen maar over leerlingen met een ondersteuningsbehoefte."),
        ("p", "Ouders zijn de eerste opvoeders en kennen hun kind het best. Leerlingen zelf hebben "
              "ook een stem. Die gedachte loopt als een rode draad door dit plan, al werken wij haar "
              "niet in elk hoofdstuk opnieuw uit."),
        ("h2", "Kernwaarden"),
        ("ul", ["Thuisnabij: onderwijs zo dicht mogelijk bij huis.",
                "Samen: scholen, besturen en ketenpartners voelen zich gezamenlijk verantwoordelijk.",
                "Vertrouwen: wij gaan uit van de professionaliteit van scholen en leraren.",
                "Eenvoud: zo min mogelijk bureaucratie, zo veel mogelijk ondersteuning in de klas.",
                "Transparantie: wij zijn open over keuzes, geld en resultaten."]),
        ("h2", "Ambities voor %s" % p["period"]),
        ("p", "Voor de komende planperiode hebben wij vier ambities geformuleerd. Ze zijn bewust breed "
              "geformuleerd, omdat ze richting geven aan de jaarplannen en niet bedoeld zijn als "
              "afrekenbare doelen. Per jaar bepalen de besturen welke accenten zij leggen."),
        ("ol", ["Sterke basis op elke school, met leraren die zich toegerust voelen.",
                "Snelle en passende hulp als een kind meer nodig heeft dan de school kan bieden.",
                "Goede samenwerking met jeugdhulp, zodat onderwijs en zorg op elkaar aansluiten.",
                "Een gezonde en transparante organisatie, die doet wat zij belooft."]),
    ]
    return base


def f_context(p, with_rates):
    blocks = [
        ("h1", p["n"]("Onze regio in cijfers")),
        ("p", "Het werkgebied van %s omvat de gemeenten %s. Het is een gevarieerde regio met "
              "een stedelijke kern en een uitgestrekt landelijk gebied met kleine kernen. In de "
              "kleine kernen staan scholen met soms minder dan zestig leerlingen; in de stad zijn er "
              "scholen met meer dan vijfhonderd leerlingen. Die verschillen vragen om maatwerk in de "
              "manier waarop wij scholen ondersteunen." % (p["short"], p["gemeenten"])),
        ("p", "Het leerlingenaantal daalt in de landelijke kernen licht en is in de stad stabiel. De "
              "prognoses van de gemeenten gaan uit van een daling van ongeveer drie procent over de "
              "hele planperiode. Dat heeft gevolgen voor de inkomsten, want de bekostiging van het "
              "samenwerkingsverband beweegt mee met het aantal leerlingen in de regio."),
    ]
    rows = [["Aangesloten schoolbesturen", p["nboards"]],
            ["Scholen / vestigingen", p["nschools"]],
            ["Leerlingen (teldatum 1 oktober 2025)", p["npupils"]],
            ["Gemeenten in het werkgebied", str(len(p["gemeenten"].split(",")) + 1)]]
    if with_rates:
        rows += p["rates"]
    blocks.append(("table", ["Kengetal", "Waarde"], rows))
    return blocks


def f_governance(p):
    return [
        ("h1", p["n"]("Organisatie en governance")),
        ("p", "%s is een stichting. De aangesloten schoolbesturen vormen samen de algemene vergadering, "
              "die de statuten, het ondersteuningsplan en de begroting vaststelt na advies van het "
              "bestuur. Het bestuur wordt gevormd door een onafhankelijke directeur-bestuurder; een "
              "raad van toezicht van vijf leden houdt toezicht. Daarmee is de scheiding tussen "
              "bestuur en toezicht geregeld zoals de Code Goed Bestuur vraagt." % p["short"]),
        ("p", "De directeur-bestuurder wordt ondersteund door een klein bureau met een "
              "beleidsmedewerker, een controller, een managementassistent en het team van het "
              "ondersteuningsloket. Het bureau is gehuisvest in %s. Het bureau is geen "
              "uitvoeringsorganisatie: de ondersteuning vindt plaats op de scholen en wordt "
              "georganiseerd door de schoolbesturen." % p["seat"]),
        ("p", "De raad van toezicht heeft een auditcommissie en een remuneratiecommissie. De "
              "auditcommissie bespreekt tweemaal per jaar de financiële rapportages en de "
              "bevindingen van de accountant. Het toezichtkader is vastgelegd in een reglement dat "
              "elke vier jaar wordt geëvalueerd. Jaarlijks houdt de raad van toezicht een "
              "zelfevaluatie, eens in de drie jaar onder externe begeleiding."),
        ("p", "De schoolleiders zijn georganiseerd in vier regionale netwerken. Die netwerken zijn het "
              "belangrijkste overleg voor de inhoudelijke afstemming: daar worden ervaringen met "
              "arrangementen uitgewisseld, signalen uit de scholen opgehaald en nieuwe "
              "werkwijzen uitgeprobeerd. De netwerken hebben geen formele bevoegdheden."),
    ]


def f_opr(p, parents=True):
    if parents:
        comp = ("De ondersteuningsplanraad (OPR) bestaat uit %s leden: de helft is ouder van een leerling "
                "op een van de aangesloten scholen en de helft is personeelslid. De leden worden "
                "afgevaardigd door de medezeggenschapsraden van de scholen. De OPR heeft "
                "instemmingsrecht op het ondersteuningsplan en op wijzigingen daarvan." % p["opr"])
    else:
        comp = ("De ondersteuningsplanraad (OPR) telt %s leden, afgevaardigd door de "
                "medezeggenschapsraden van de aangesloten scholen. De OPR heeft instemmingsrecht op "
                "het ondersteuningsplan en op wijzigingen daarvan." % p["opr"])
    return [
        ("h1", p["n"]("Medezeggenschap")),
        ("p", comp),
        ("p", "De OPR vergadert vijf keer per jaar met de directeur-bestuurder. Twee keer per jaar is "
              "er een themabijeenkomst, waarin de OPR zich laat informeren over een onderwerp naar "
              "keuze. De OPR heeft een eigen budget voor scholing en voor het inhuren van "
              "ondersteuning. De ondersteuning vanuit het bureau wordt verzorgd door de "
              "managementassistent, die ook de verslagen maakt."),
        ("p", "Naast de OPR heeft het samenwerkingsverband een medezeggenschapsraad voor het eigen "
              "personeel. Die raad bestaat uit twee leden en heeft de bevoegdheden die de Wet "
              "medezeggenschap op scholen toekent aan een personeelsgeleding."),
    ]


def f_oogo(p, topics):
    blocks = [
        ("h1", p["n"]("Samenwerking met gemeenten")),
        ("p", "Het samenwerkingsverband voert op overeenstemming gericht overleg (OOGO) met de "
              "gemeenten in het werkgebied. Het OOGO over dit plan vond plaats op %s. De gemeenten "
              "hebben hun reactie schriftelijk gegeven; die reactie heeft geleid tot twee "
              "aanpassingen in de tekst." % p["oogo"]),
    ]
    if topics:
        blocks += [
            ("p", "In het OOGO spreken wij periodiek over de volgende onderwerpen:"),
            ("ul", ["de aansluiting tussen de ondersteuning op school en de jeugdhulp;",
                    "thuiszitters en leerplicht;",
                    "leerlingenvervoer;",
                    "onderwijshuisvesting;",
                    "de overgangen tussen voorschool, basisschool, voortgezet onderwijs en mbo."]),
            ("p", "Er is een gezamenlijke agenda met de gemeenten opgesteld waarin per jaar de "
                  "speerpunten worden benoemd. De afstemming tussen de jeugdconsulenten van de "
                  "gemeenten en de ondersteuningsteams van de scholen loopt via vaste "
                  "contactpersonen per school. Schoolmaatschappelijk werk wordt door de gemeenten "
                  "gefinancierd en op de scholen ingezet."),
        ]
    return blocks


def f_personeel(p):
    return [
        ("h1", p["n"]("Personeel en professionalisering")),
        ("p", "Het samenwerkingsverband heeft zelf een kleine formatie van ongeveer %s fte. De "
              "medewerkers van het ondersteuningsloket zijn orthopedagogen, psychologen en "
              "onderwijsadviseurs. Het personeel valt onder de cao van de sector. Jaarlijks worden "
              "gesprekken gevoerd volgens de gesprekkencyclus; in elk gesprek is aandacht voor "
              "scholing en duurzame inzetbaarheid." % p["fte"]),
        ("p", "Het lerarentekort raakt ook de ondersteuning. Op meerdere scholen zijn vacatures voor "
              "intern begeleiders of ondersteuningscoördinatoren moeilijk vervulbaar. Het "
              "samenwerkingsverband organiseert daarom een regionale leergang voor leraren die zich "
              "willen ontwikkelen tot specialist en faciliteert netwerken van intern begeleiders, "
              "gedragsspecialisten en taalspecialisten. Deelname aan de netwerken is kosteloos."),
        ("p", "Bij de inzet van personeel in arrangementen geldt dat de werkgeversrol bij de "
              "schoolbesturen ligt. Het samenwerkingsverband detacheert geen personeel op scholen. "
              "Wel kunnen scholen gebruikmaken van de expertise van het loket voor observaties, "
              "consultatie en advies."),
    ]


def f_ict(p):
    return [
        ("h1", p["n"]("ICT, gegevens en privacy")),
        ("p", "Voor aanvragen, adviezen en besluiten gebruikt het samenwerkingsverband een beveiligde "
              "digitale omgeving, het Groeidossier Online. Scholen leggen daarin de gegevens vast die "
              "nodig zijn voor een aanvraag; het loket verwerkt die gegevens uitsluitend voor de "
              "wettelijke taken. Er is een functionaris gegevensbescherming aangesteld die ook voor "
              "twee andere samenwerkingsverbanden werkt."),
        ("p", "Gegevens over gezondheid worden alleen verwerkt voor zover dat nodig is voor de "
              "wettelijke taken en worden niet langer bewaard dan de wet toestaat. Het privacyreglement "
              "is vastgesteld na instemming van de OPR. Datalekken worden gemeld volgens het "
              "protocol datalekken; in het afgelopen jaar zijn er geen meldingen geweest."),
        ("p", "In de planperiode vervangen wij de huidige registratieomgeving. De aanbesteding "
              "daarvoor start in 2027. Uitgangspunt is dat scholen zo min mogelijk dubbel hoeven te "
              "registreren en dat gegevens uit het leerlingvolgsysteem waar mogelijk automatisch "
              "worden overgenomen."),
    ]


def f_planning(p):
    return [
        ("h1", p["n"]("Totstandkoming en planning")),
        ("p", "Dit plan is voorbereid door een schrijfgroep van schoolleiders, ondersteuningscoördinatoren "
              "en medewerkers van het bureau. Het concept is besproken in de netwerken van "
              "schoolleiders, met de OPR en met de gemeenten. De OPR heeft op %s ingestemd. Het "
              "bestuur heeft het plan vastgesteld op %s, waarna het vóór 1 mei aan de Inspectie van "
              "het Onderwijs is toegezonden." % (p["opr_date"], p["vast_date"])),
        ("table", ["Moment", "Activiteit"], [
            ["september 2025", "Startbijeenkomst schrijfgroep"],
            ["november 2025", "Concepthoofdstukken besproken in netwerken"],
            ["januari 2026", "Eerste concept naar OPR en gemeenten"],
            [p["oogo"], "OOGO met de gemeenten"],
            [p["opr_date"], "Instemming OPR"],
            [p["vast_date"], "Vaststelling door het bestuur"],
            ["vóór 1 mei 2026", "Toezending aan de Inspectie"]]),
        ("p", "Het plan wordt elk jaar uitgewerkt in een jaarplan met een bijbehorende begroting. "
              "Halverwege de planperiode houden wij een tussentijdse bespreking met de OPR over de "
              "vraag of het plan moet worden bijgesteld. Wijzigingen van het plan worden opnieuw ter "
              "instemming aan de OPR voorgelegd."),
    ]


def f_scholing_ib(p):
    return [
        ("h2", "Netwerken en kennisdeling"),
        ("p", "Kennis delen is goedkoper en effectiever dan kennis inkopen. Daarom organiseert het "
              "samenwerkingsverband jaarlijks een studiedag voor alle intern begeleiders en "
              "ondersteuningscoördinatoren, met workshops die door collega's uit de regio worden "
              "verzorgd. Daarnaast zijn er lerende netwerken rond gedrag, rekenen, taal en "
              "hoogbegaafdheid. Deze netwerken bestaan al enkele jaren en worden goed bezocht."),
    ]


def f_terugblik(p):
    return [
        ("h1", p["n"]("Terugblik op de vorige planperiode")),
        ("p", "De vorige planperiode werd sterk beïnvloed door de nasleep van de coronapandemie. "
              "Scholen kregen tijdelijk extra middelen uit het Nationaal Programma Onderwijs en "
              "zetten die in voor kleinere groepen, extra instructie en welzijn. Voor het "
              "samenwerkingsverband betekende dit dat de vraag naar advies en consultatie "
              "piekte, terwijl het bureau door ziekte en vertrek van medewerkers tijdelijk "
              "onderbezet was."),
        ("p", "In 2023 is een nieuwe directeur-bestuurder aangetreden en is de governance herzien: "
              "het toezicht is belegd bij een onafhankelijke raad van toezicht en de algemene "
              "vergadering van besturen heeft een scherpere rol gekregen. Ook is de website "
              "vernieuwd en is het aantal regionale netwerken teruggebracht van zes naar vier. De "
              "OPR heeft in 2024 een scholingstraject gevolgd over de begroting en het "
              "jaarverslag."),
        ("p", "Een uitgebreide verantwoording over de vorige periode is te vinden in het "
              "jaarverslag 2024 en in de evaluatie 'Vier jaar passend onderwijs in %s' die op onze "
              "website staat." % p["region"]),
    ]


def f_landelijk(p, ojsp_trap=False):
    blocks = [
        ("h1", p["n"]("Landelijke ontwikkelingen")),
        ("p", "Na de evaluatie van passend onderwijs in 2020 heeft het kabinet een verbeteraanpak "
              "met vijfentwintig maatregelen ingezet. Een aantal daarvan raakt ons direct: de "
              "afspraken over het afbouwen van bovenmatige reserves, de ontwikkeling van een "
              "landelijke norm voor basisondersteuning, het versterken van de positie van ouders "
              "en leerlingen en de ambitie om op termijn toe te werken naar inclusiever onderwijs. "
              "Het samenwerkingsverband volgt deze ontwikkelingen via de sectorraden en de "
              "regionale netwerken van directeuren van samenwerkingsverbanden."),
        ("p", "Ook de arbeidsmarkt, de groei van het aantal leerlingen dat jeugdhulp ontvangt en de "
              "druk op de gemeentelijke budgetten beïnvloeden onze koers. Wij verwachten dat in de "
              "planperiode wetgeving wordt aangepast; waar dat gebeurt, passen wij het plan in "
              "overleg met de OPR aan. Dit plan is geschreven binnen de kaders die op 1 januari "
              "2026 golden."),
    ]
    if ojsp_trap:
        blocks.append(("p", "De Wet versterking positie ouders en leerlingen in het passend onderwijs "
                            "verplicht elk samenwerkingsverband om een ouder- en jeugdsteunpunt in te "
                            "richten. Hoe en met wie wij dat steunpunt inrichten, bepalen wij wanneer de "
                            "wet in werking treedt."))
    return blocks


def f_aansluiting(p):
    if p["sector"] == "po":
        txt = ("Jaarlijks stappen ongeveer %s leerlingen over van groep 8 naar het voortgezet "
               "onderwijs. Over die overstap maken wij afspraken met het samenwerkingsverband "
               "voortgezet onderwijs in onze regio: er is een gezamenlijke overstapkalender, een "
               "digitaal overdrachtsdossier en een warme overdracht voor leerlingen over wie de "
               "basisschool zich zorgen maakt. Twee keer per jaar overleggen de directeuren van "
               "beide samenwerkingsverbanden. Ook met de voorschoolse voorzieningen en de "
               "kinderopvang zijn afspraken gemaakt over de overdracht bij de start in groep 1."
               % p["n8"])
    else:
        txt = ("Elk jaar stromen ongeveer %s leerlingen uit naar het mbo, het hoger onderwijs of "
               "werk. Samen met de twee roc's in de regio organiseren wij een overstapdag en een "
               "warme overdracht voor kwetsbare jongeren. Met het samenwerkingsverband primair "
               "onderwijs is er een gezamenlijke overstapkalender en een digitaal "
               "overdrachtsdossier; de directeuren van beide verbanden overleggen twee keer per "
               "jaar over de aansluiting tussen groep 8 en de brugklas." % p["n8"])
    return [("h1", p["n"]("Doorlopende leerlijnen en overgangen")), ("p", txt)]


def f_integriteit(p):
    return [
        ("h1", p["n"]("Integriteit en goed werkgeverschap")),
        ("p", "Het samenwerkingsverband heeft een integriteitscode, een klokkenluidersregeling en "
              "een regeling voor het melden van nevenfuncties. De bezoldiging van de "
              "directeur-bestuurder blijft binnen de normen van de Wet normering topinkomens en "
              "wordt in het jaarverslag openbaar gemaakt. Medewerkers die een vermoeden van een "
              "misstand hebben, kunnen terecht bij een externe vertrouwenspersoon."),
        ("p", "Bij het inhuren van externe deskundigen hanteren wij een inkoopbeleid met "
              "drempelbedragen. Boven die bedragen worden ten minste drie offertes opgevraagd. "
              "Relaties met leveranciers worden elke drie jaar opnieuw beoordeeld."),
    ]


def f_jaarcyclus(p):
    return [
        ("h1", p["n"]("Planning- en controlcyclus")),
        ("p", "Het bestuur werkt met een vaste jaarcyclus. In het voorjaar wordt de kaderbrief "
              "opgesteld, in het najaar volgen het jaarplan en de begroting voor het volgende "
              "kalenderjaar. Drie keer per jaar stelt de controller een managementrapportage op "
              "over de uitputting van de budgetten, de liquiditeit en de voortgang van de "
              "activiteiten uit het jaarplan. Het bestuursverslag en de jaarrekening worden vóór "
              "1 juli vastgesteld en gepubliceerd."),
        ("p", "De planning- en controlcyclus is afgestemd op die van de schoolbesturen, zodat "
              "besturen tijdig weten waarop zij kunnen rekenen. De kalender van de cyclus wordt "
              "elk jaar in september aan de besturen gestuurd."),
    ]


def f_communicatie_alg(p):
    return [
        ("h1", p["n"]("Communicatie")),
        ("p", "Het samenwerkingsverband communiceert met de scholen via een nieuwsbrief die zes keer "
              "per jaar verschijnt, via de netwerken van schoolleiders en via een besloten "
              "omgeving op de website. Nieuws over het samenwerkingsverband, zoals nieuwe "
              "voorzieningen of vacatures, staat op de openbare website en op LinkedIn. "
              "Persvragen worden beantwoord door de directeur-bestuurder."),
    ]


def f_huisvesting(p):
    return [
        ("h1", p["n"]("Huisvesting en bedrijfsvoering")),
        ("p", "Het bureau huurt kantoorruimte in een verzamelgebouw in %s, dat ook door de "
              "leerplichtafdeling wordt gebruikt. De korte afstand tot leerplicht bevordert de "
              "samenwerking. De salarisadministratie en de financiële administratie zijn "
              "uitbesteed aan een administratiekantoor; de controller bewaakt de kwaliteit van "
              "de dienstverlening. Het huurcontract loopt tot 2028." % p["seat"]),
    ]


# --------------------------------------------------------------------------------------------
# Plan A - PO De Waterlinie (docx + pdf)
# --------------------------------------------------------------------------------------------
def plan_a():
    p = dict(v=1, sector="po", n8="1.950", name="Samenwerkingsverband Passend Primair Onderwijs De Waterlinie",
             short="SWV De Waterlinie", code="PO 26-04", region="Waterlinie",
             period="2026-2030", gemeenten="Vianen-Oost, Lekdijk, Schoonrewoerd-Buiten en Everdingen-Noord",
             nboards="14", nschools="61 basisscholen, 3 scholen voor sbo, 4 so-locaties",
             npupils="17.840", director="drs. M.J. (Marieke) Verhoef", chair="J. de Kruijf",
             seat="Vianen-Oost", opr="twaalf", oogo="10 februari 2026", opr_date="17 maart 2026",
             vast_date="26 maart 2026", fte="11,2",
             rates=[["Deelnamepercentage sbo (1-10-2025)", "2,14%"],
                    ["Deelnamepercentage so (1-10-2025)", "1,41%"],
                    ["Afgegeven TLV's 2024-2025", "187"]])
    cnt = [0]

    def n(t):
        cnt[0] += 1
        return "Hoofdstuk %d  %s" % (cnt[0], t)
    p["n"] = n
    B = []
    B.append(("title", "Ondersteuningsplan 2026-2030", [
        p["name"], "Samenwerkingsverband %s" % p["code"],
        "Samen sterk voor ieder kind: basisondersteuning, toelaatbaarheid, terugplaatsing, middelen en ouders",
        "Vastgesteld door het bestuur op 26 maart 2026"]))
    B.append(("toc", "Inhoudsopgave", [
        "Hoofdstuk 1  Voorwoord", "Hoofdstuk 2  Samenvatting", "Hoofdstuk 3  Onze regio in cijfers",
        "Hoofdstuk 4  Missie, visie en ambities", "Hoofdstuk 5  Ondersteuning op elke school",
        "Hoofdstuk 6  Extra ondersteuning en arrangementen",
        "Hoofdstuk 7  Toelaatbaarheid tot sbo en so", "Hoofdstuk 8  Dekkend netwerk",
        "Hoofdstuk 9  Communicatie", "Hoofdstuk 10  Geld en middelen",
        "Hoofdstuk 11  Kwaliteit en resultaten", "Hoofdstuk 12  Organisatie en governance",
        "Hoofdstuk 13  Medezeggenschap", "Hoofdstuk 14  Personeel en professionalisering",
        "Hoofdstuk 15  ICT, gegevens en privacy", "Hoofdstuk 16  Samenwerking met gemeenten",
        "Hoofdstuk 17  Totstandkoming en planning",
        "Bijlage 1  Begrippenlijst", "Bijlage 2  Afkortingen",
        "Bijlage 5  Meerjarenbegroting 2026-2030 (separaat)"]))
    B.append(("pagebreak",))
    B += f_voorwoord(p)
    B += [
        ("h1", n("Samenvatting")),
        ("p", "In dit plan beschrijven wij hoe De Waterlinie de komende vier schooljaren werkt aan "
              "passend onderwijs. De kern is een sterke basis op elke school (hoofdstuk 5), "
              "aangevuld met arrangementen voor kinderen die meer nodig hebben (hoofdstuk 6) en een "
              "zorgvuldige route naar het speciaal basisonderwijs en het speciaal onderwijs "
              "(hoofdstuk 7). In hoofdstuk 9 leest u hoe wij ouders informeren, in hoofdstuk 10 hoe "
              "het geld wordt verdeeld, en in hoofdstuk 11 welke resultaten wij nastreven."),
        ("p", "Nieuw ten opzichte van het vorige plan zijn de vereenvoudigde aanvraag voor "
              "arrangementen, de invoering van een vast bedrag per leerling voor alle besturen en de "
              "kortere beslistermijn voor toelaatbaarheidsverklaringen. Ook hebben wij de afspraken "
              "over basisondersteuning aangescherpt."),
    ]
    B += f_context(p, True)
    B += f_visie(p)
    # --- basisondersteuning: present
    B += [
        ("h1", n("Ondersteuning op elke school")),
        ("h2", "5.1 Wat is basisondersteuning in De Waterlinie?"),
        ("p", "Basisondersteuning is het afgesproken niveau van ondersteuning dat alle 68 scholen en "
              "vestigingen van De Waterlinie, dus ook de sbo-scholen, ten minste bieden aan elk kind "
              "dat er staat ingeschreven, zonder dat daarvoor een aanvraag bij het samenwerkingsverband "
              "nodig is. De besturen hebben dit niveau gezamenlijk vastgesteld in de notitie 'Basis "
              "op orde 2026' en het is integraal in dit hoofdstuk opgenomen. Geen school mag onder "
              "dit niveau zakken; scholen mogen er wel bovenuit stijgen."),
        ("h2", "5.2 Wat u op elke school mag verwachten"),
        ("p", "Het afgesproken niveau bestaat uit de volgende voorzieningen. Elke school beschrijft in "
              "de schoolgids hoe zij deze voorzieningen vormgeeft."),
        ("ul", ["Een intern begeleider met ten minste 0,4 fte per 200 leerlingen, die de leraren "
                "coacht en het ondersteuningsteam van de school voorzit.",
                "Een ondersteuningsteam dat minimaal zes keer per jaar bijeenkomt, waarin naast de "
                "intern begeleider ook de schoolmaatschappelijk werker en op afroep de orthopedagoog "
                "van het loket zitten.",
                "Werken volgens een dyslexieprotocol en een dyscalculieprotocol, inclusief vroegtijdige "
                "signalering in groep 2 en 3 en gebruik van compenserende middelen.",
                "Een aanbod voor kinderen die meer aankunnen: verrijkingsstof in de klas en een "
                "plusgroep op school of bovenschools.",
                "Een methode of aanpak voor sociaal-emotionele ontwikkeling en een veiligheidsplan "
                "met een anti-pestcoördinator.",
                "Een protocol medisch handelen en afspraken over het toedienen van medicijnen.",
                "Een leerlingvolgsysteem en twee keer per jaar groepsbesprekingen volgens "
                "handelingsgericht werken.",
                "Preventieve ambulante begeleiding: kortdurende consultatie door een specialist van "
                "het loket (maximaal zes contactmomenten per leerling per jaar)."]),
        ("h2", "5.3 Hoe wij het niveau bewaken"),
        ("p", "Elke school vult jaarlijks vóór 1 december de kwaliteitskaart basisondersteuning in. "
              "Het loket bespreekt de uitkomsten met het bestuur. Scoort een school op twee of meer "
              "onderdelen onvoldoende, dan stelt het bestuur binnen drie maanden een verbeterplan "
              "op, dat het samenwerkingsverband na een jaar opnieuw toetst."),
        ("p", "Ook de scholen voor speciaal basisonderwijs bieden deze basisondersteuning; de "
              "sbo-scholen hebben daarbovenop de expertise die bij hun aanbod hoort."),
    ]
    # --- dekkend aanbod continuum
    B += [
        ("h1", n("Extra ondersteuning en arrangementen")),
        ("p", "Wanneer een kind meer nodig heeft dan de basisondersteuning, komt extra ondersteuning "
              "in beeld. Wij onderscheiden vijf treden die op elkaar aansluiten:"),
        ("table", ["Trede", "Wat", "Waar", "Wie besluit"], [
            ["1", "Basisondersteuning", "Elke school", "School"],
            ["2", "Schoolarrangement (extra inzet, bijvoorbeeld een onderwijsassistent of "
                  "rugzakachtige inzet van een specialist)", "Eigen school", "School, uit schoolbudget"],
            ["3", "Bovenschools arrangement (observatieklas De Brug, taalklas, plusklas voltijd)",
             "Drie bovenschoolse locaties", "Loket"],
            ["4", "Speciaal basisonderwijs", "3 sbo-scholen", "Loket (TLV)"],
            ["5", "Speciaal onderwijs cluster 3 en 4", "4 so-locaties", "Loket (TLV)"]]),
        ("p", "Tussen de treden bestaan korte lijnen. De sbo-scholen bieden ambulante begeleiding aan "
              "basisscholen; de observatieklas De Brug is bedoeld voor kinderen bij wie nog niet "
              "duidelijk is welke plek het best past, en duurt maximaal twaalf weken. Voor "
              "voltijds hoogbegaafdenonderwijs is er sinds 2024 een voltijdgroep in Vianen-Oost."),
    ]
    B += f_scholing_ib(p)
    # --- plaatsing present + terugstroom hidden
    B += [
        ("h1", n("Toelaatbaarheid tot sbo en so")),
        ("h2", "7.1 Aanvraag"),
        ("p", "Een toelaatbaarheidsverklaring (TLV) wordt aangevraagd door het bevoegd gezag van de "
              "school waar het kind is ingeschreven, of bij een nieuwe aanmelding door de school waar "
              "het kind is aangemeld. De school dient de aanvraag digitaal in bij het loket met: het "
              "groeidocument of ontwikkelingsperspectief, het verslag van het multidisciplinair "
              "overleg waarbij ouders aanwezig waren, en de zienswijze van ouders."),
        ("h2", "7.2 Beoordeling en besluit"),
        ("ol", ["Het loket controleert binnen vijf werkdagen of het dossier compleet is.",
                "Twee deskundigen geven elk een eigen schriftelijk advies: altijd een orthopedagoog of "
                "psycholoog, en afhankelijk van de vraag een tweede deskundige, zoals een "
                "kinderpsychiater, maatschappelijk werker of jeugdarts. De deskundigen zijn niet "
                "betrokken geweest bij de aanvraag.",
                "De Commissie Toelaatbaarheid besluit namens de directeur-bestuurder binnen zes weken "
                "na ontvangst van het complete dossier.",
                "Ouders en school ontvangen het besluit met een afschrift van beide adviezen."]),
        ("h2", "7.3 Wanneer is een kind toelaatbaar?"),
        ("p", "De commissie toetst aan de volgende criteria. Alle criteria in de linkerkolom moeten "
              "zijn vervuld; daarnaast ten minste één criterium uit de rechterkolom."),
        ("table", ["Altijd vereist", "Ten minste één van"], [
            ["De school heeft de basisondersteuning aantoonbaar geboden en minimaal twee "
             "handelingsgerichte cycli van zes weken doorlopen.",
             "De ontwikkeling stagneert op twee of meer leergebieden ondanks een schoolarrangement "
             "van ten minste zes maanden."],
            ["Er is een ontwikkelingsperspectief met uitstroombestemming.",
             "De veiligheid van het kind of van anderen is structureel in het geding."],
            ["Het ondersteuningsteam heeft vastgesteld dat een bovenschools arrangement niet "
             "volstaat.", "Er is sprake van een complexe meervoudige problematiek (bijvoorbeeld "
             "ernstige meervoudige beperking of langdurige ziekte) waarvoor so-expertise nodig is."]]),
        ("h2", "7.4 Geldigheid en categorie"),
        ("p", "Een TLV voor het sbo wordt afgegeven tot het einde van de basisschoolperiode. Een TLV "
              "voor het so wordt afgegeven voor twee schooljaren, in de bekostigingscategorie laag, "
              "midden of hoog; de categorie volgt uit het advies van de deskundigen."),
        ("h2", "7.5 Bezwaar"),
        ("p", "Ouders en school kunnen binnen zes weken bezwaar maken tegen het besluit. De Waterlinie "
              "is aangesloten bij de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen, "
              "die het bestuur adviseert over het bezwaar."),
        ("h2", "7.6 Einde van de TLV en terugkeer naar de basisschool"),
        ("p", "Uiterlijk in januari van het laatste jaar van de TLV bespreekt de sbo- of so-school in "
              "het ontwikkelingsperspectief-gesprek met ouders of het kind kan terugkeren naar een "
              "basisschool. De s(b)o-school neemt het initiatief en meldt het voornemen tot "
              "terugplaatsing vóór 1 maart bij het loket. Het loket organiseert een overdrachtsgesprek "
              "met de ontvangende basisschool; de ontvangende school besluit over inschrijving, de "
              "Commissie Toelaatbaarheid over een eventuele nieuwe TLV als terugkeer niet haalbaar is."),
        ("p", "Ons uitgangspunt is dat een plaatsing in het s(b)o tijdelijk is, tenzij het "
              "ontwikkelingsperspectief anders aangeeft. Terugplaatsing is alleen aan de orde als het "
              "kind zich op de s(b)o-school stabiel heeft ontwikkeld en de ontvangende school de "
              "benodigde ondersteuning kan bieden. Na terugkeer krijgt de ontvangende basisschool "
              "een terugkeerarrangement: een jaar lang begeleiding door de s(b)o-school en een "
              "budget van € 3.000. De overgang wordt na tien weken en na één jaar geëvalueerd."),
    ]
    # --- dekkend aanbod lacunes present
    B += [
        ("h1", n("Dekkend netwerk")),
        ("p", "Een dekkend netwerk betekent dat er voor elk kind in de regio een passende plek is. "
              "Dat is het niet vanzelf. Het loket houdt daarom een signaleringslijst bij van kinderen "
              "die langer dan vier weken geen of slechts gedeeltelijk onderwijs krijgen of voor wie "
              "geen passende plek beschikbaar is. Elke zes weken bespreekt het thuiszittersoverleg, "
              "met leerplicht, jeugdhulp en de betrokken besturen, elk kind op die lijst en wordt "
              "een verantwoordelijke aangewezen."),
        ("p", "Lukt het binnen drie maanden niet om een plek te vinden, dan zet de directeur-bestuurder "
              "doorzettingsmacht in: zij kan een bestuur vragen een kind tijdelijk te plaatsen en "
              "daarvoor een arrangement toekennen. Jaarlijks analyseren wij welke vragen vaker "
              "terugkomen; die analyse leidde eerder tot de oprichting van de observatieklas. "
              "Voor onderwijs-zorgarrangementen, waarbij zorg onder schooltijd wordt geboden, "
              "hebben wij een convenant met de vier gemeenten."),
    ]
    # --- ouders present, inside Communicatie
    B += [
        ("h1", n("Communicatie")),
        ("p", "Goede communicatie is een voorwaarde voor vertrouwen. Het samenwerkingsverband "
              "communiceert via de website, een nieuwsbrief voor scholen die zes keer per jaar "
              "verschijnt en via de netwerken van schoolleiders. Voor besturen en intern "
              "begeleiders is er een besloten deel van de website."),
        ("p", "Ouders vinden de informatie over de ondersteuningsmogelijkheden op drie plekken: in de "
              "schoolgids van de school, die per school beschrijft welke basis- en extra "
              "ondersteuning er is; in de oudergids 'Passend onderwijs in De Waterlinie', die elk "
              "jaar in september via alle scholen wordt verspreid; en op de ouderpagina van onze "
              "website. Twee keer per jaar organiseren wij een informatieavond voor ouders over de "
              "overstap naar het sbo en so."),
        ("h2", "Als u er samen niet uitkomt"),
        ("p", "Ouders die vragen hebben of het niet eens zijn met de school, kunnen terecht bij het "
              "Ouder- en Jeugdsteunpunt Waterlinie. Het steunpunt is onafhankelijk van scholen en "
              "samenwerkingsverband, bereikbaar via 0347-220 190 en op werkdagen via de chat. "
              "Daarnaast kunnen ouders kosteloos een onderwijsconsulent inschakelen; voor geschillen "
              "over toelating, verwijdering en het ontwikkelingsperspectief is er de "
              "Geschillencommissie passend onderwijs."),
    ]
    # --- financien partial: verdeling yes, besteding deferred/p.m.
    B += [
        ("h1", n("Geld en middelen")),
        ("h2", "10.1 Verdeling"),
        ("p", "De middelen voor lichte en zware ondersteuning worden volgens een vast verdeelmodel "
              "toegekend. Na aftrek van de verplichte afdrachten aan het so en de sbo-bekostiging "
              "ontvangt elk bestuur een schoolbudget van € 142 per leerling op basis van de teldatum "
              "van 1 oktober van het voorgaande jaar. Bovenschoolse arrangementen worden door het "
              "loket toegekend op aanvraag, aan de hand van de criteria in hoofdstuk 6; daarvoor "
              "wordt een vast deel van het budget gereserveerd. De besturen ontvangen het "
              "schoolbudget in twee termijnen, in september en februari."),
        ("h2", "10.2 Begroting"),
        ("p", "De meerjarenbegroting 2026-2030 is opgenomen in bijlage 5. De bedragen hieronder "
              "worden vastgesteld zodra de definitieve bekostiging van het ministerie bekend is."),
        ("table", ["Post", "2026", "2027", "2028", "2029"], [
            ["Schoolbudgetten", "p.m.", "p.m.", "p.m.", "p.m."],
            ["Bovenschoolse arrangementen", "p.m.", "p.m.", "p.m.", "p.m."],
            ["Loket en bureau", "p.m.", "p.m.", "p.m.", "p.m."]]),
        ("p", "Het samenwerkingsverband houdt een weerstandsvermogen aan van maximaal 8 procent van de "
              "baten; de risico's zijn in kaart gebracht in de risicoparagraaf van het jaarverslag."),
    ]
    # --- resultaten partial: doelen yes, monitoring deferred
    B += [
        ("h1", n("Kwaliteit en resultaten")),
        ("p", "Voor de planperiode hebben wij de volgende beoogde resultaten voor kinderen met een "
              "ondersteuningsbehoefte vastgesteld:"),
        ("ul", ["In 2030 heeft 95 procent van de kinderen met een arrangement het in het "
                "ontwikkelingsperspectief vastgelegde uitstroomniveau behaald.",
                "Geen enkel kind staat langer dan drie maanden thuis zonder onderwijsaanbod.",
                "Het deelnamepercentage sbo en so samen daalt niet onder 3,2 procent en stijgt niet "
                "boven 3,8 procent: wij willen thuisnabij, maar niet ten koste van passende plekken.",
                "Ten minste 10 kinderen per jaar keren terug vanuit het s(b)o naar een basisschool."]),
        ("p", "Hoe wij de voortgang op deze doelen meten en rapporteren, werken wij in het eerste "
              "planjaar uit in een monitoringskader; de eerste rapportage volgt in het schooljaar "
              "2027-2028."),
    ]
    B += f_governance(p)
    B += f_opr(p, parents=True)
    B += f_personeel(p)
    B += f_ict(p)
    B += f_oogo(p, topics=True)
    B += f_planning(p)
    B += [
        ("h1", "Bijlage 1  Begrippenlijst"),
        ("ul", ["Basisondersteuning: het afgesproken niveau van ondersteuning op elke school.",
                "Terugplaatsing: de overstap van een leerling vanuit het s(b)o naar het basisonderwijs.",
                "Meerjarenbegroting: begroting voor vier jaar, zie bijlage 5.",
                "Monitoring: het systematisch volgen van resultaten.",
                "Ouder- en Jeugdsteunpunt (OJSP): onafhankelijk steunpunt voor ouders en jeugdigen.",
                "TLV: toelaatbaarheidsverklaring, nodig voor plaatsing in sbo of so.",
                "Dekkend netwerk: het geheel van voorzieningen waarmee voor elk kind een passende "
                "plek beschikbaar is."]),
        ("h1", "Bijlage 2  Afkortingen"),
        ("ul", ["IB: intern begeleider", "LBT: Landelijke Bezwaaradviescommissie "
                "Toelaatbaarheidsverklaringen", "OOGO: op overeenstemming gericht overleg",
                "OPP: ontwikkelingsperspectief(plan)", "OPR: ondersteuningsplanraad",
                "sbo: speciaal basisonderwijs", "so: speciaal onderwijs"]),
    ]
    label = dict(
        sector="po", looks_like_plan=True,
        elements=dict(basisondersteuning="present", plaatsing="present", terugstroom="present",
                      financien="partial", **{"dekkend-aanbod": "present"}, resultaten="partial",
                      ouders="present"),
        criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
                  "plaatsing.procedure": True, "plaatsing.criteria": True,
                  "terugstroom.procedure": True, "terugstroom.beleid": True,
                  "financien.verdeling": True, "financien.besteding": False,
                  "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
                  "resultaten.doelen": True, "resultaten.monitoring": False,
                  "ouders.informatie": True, "ouders.steunpunt": True},
        advisory={"basisondersteuning": ["borging"],
                  "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
                  "financien": ["reserves"], "dekkend-aanbod": ["ketenpartners"],
                  "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
        notes={
            "basisondersteuning": "H5.1 defines the agreed minimum for all 68 locations, 5.2 lists concrete voorzieningen, 5.3 kwaliteitskaart (borging).",
            "plaatsing": "H7.1-7.5: aanvraag, steps with two deskundigen, Commissie Toelaatbaarheid within 6 weeks; criteria only in the 7.3 table; duration/category; LBT bezwaar.",
            "terugstroom": "Hidden in TLV chapter 7.6 'Einde van de TLV': s(b)o school initiates before 1 March, loket overdracht, evaluations; policy (temporary placement, conditions, terugkeerarrangement €3.000).",
            "financien": "H10 'Geld en middelen' gives verdeelmodel (€142 per leerling, loket arrangements) but begroting is bijlage 5 (absent) and a table of p.m. amounts: besteding not addressed; weerstandsvermogen 8% (reserves).",
            "dekkend-aanbod": "H6 five-trede continuum table; H8 signaleringslijst, thuiszittersoverleg, doorzettingsmacht; OZA convenant with gemeenten.",
            "resultaten": "H11 lists measurable beoogde resultaten, but monitoring is deferred to a monitoringskader to be worked out (first report 2027-2028).",
            "ouders": "Inside H9 'Communicatie': schoolgids, oudergids, website, informatieavonden; 'Als u er samen niet uitkomt': OJSP with phone, onderwijsconsulenten, geschillencommissie; OPR half parents."})
    return "po-waterlinie-2026", B, p, label


# --------------------------------------------------------------------------------------------
# Plan B - VO IJssel-Veluwe Zuid (docx + pdf)
# --------------------------------------------------------------------------------------------
def plan_b():
    p = dict(v=2, sector="vo", n8="2.700", name="Samenwerkingsverband Voortgezet Onderwijs IJssel-Veluwe Zuid",
             short="SWV IJssel-Veluwe Zuid", code="VO 25-11", region="IJssel-Veluwe Zuid",
             period="2026-2030", gemeenten="Brummen-Zuid, Voorst-West, Heerde-Oost en Epe-Noord",
             nboards="8", nschools="19 vestigingen (waarvan 2 voor praktijkonderwijs, 1 vso-school)",
             npupils="14.615", director="M. (Mohamed) el Khatib MEd", chair="ir. A. Hoogendoorn",
             seat="Brummen-Zuid", opr="tien", oogo="4 februari 2026", opr_date="12 maart 2026",
             vast_date="24 maart 2026", fte="8,6",
             rates=[["Deelnamepercentage vso (1-10-2025)", "3,05%"],
                    ["Leerlingen met lwoo", "1.312"],
                    ["Leerlingen in het praktijkonderwijs", "486"]])
    cnt = [0]

    def n(t):
        cnt[0] += 1
        return "%d. %s" % (cnt[0], t)
    p["n"] = n
    B = [("title", "Ondersteuningsplan %s" % p["period"], [
        p["name"], "Regio %s" % p["code"], "'Elke leerling een plek'",
        "Versie na instemming OPR, maart 2026"])]
    B.append(("toc", "Inhoud", [
        "1. Woord vooraf", "2. Leeswijzer", "3. Terugblik 2022-2026", "4. Onze regio in cijfers",
        "5. Missie, visie en ambities", "6. Basisondersteuning", "7. Het ondersteuningscontinuüm",
        "8. Toewijzing en toelaatbaarheid (vso, lwoo, pro)", "9. Van vso terug naar het vo",
        "10. Geld en middelen", "11. Resultaten en kwaliteitszorg", "12. Ouders en leerlingen",
        "13. Samenwerking met gemeenten", "14. Organisatie en governance", "15. Medezeggenschap",
        "16. Personeel en professionalisering", "17. Totstandkoming en planning",
        "Begrippenlijst"]))
    B.append(("pagebreak",))
    B += f_voorwoord(p)
    B += [
        ("h1", n("Leeswijzer")),
        ("p", "Hoofdstuk 3 blikt terug op de vorige planperiode. De hoofdstukken 6 tot en met 9 "
              "beschrijven de ondersteuning: van de basisondersteuning op elke vestiging tot de "
              "toelaatbaarheid tot het vso, het leerwegondersteunend onderwijs en het "
              "praktijkonderwijs, en de terugkeer naar het regulier onderwijs. Hoofdstuk 10 gaat over "
              "geld, hoofdstuk 11 over resultaten en hoofdstuk 12 over de informatie aan ouders en "
              "leerlingen. De overige hoofdstukken beschrijven de organisatie."),
        ("h1", n("Terugblik 2022-2026")),
        ("p", "In de vorige planperiode hebben wij veel bereikt, maar niet alles. De "
              "trajectvoorzieningen op de scholen zijn uitgebreid en worden goed gebruikt. De "
              "samenwerking met het mbo is verbeterd door een gezamenlijke overstapdag. Minder goed "
              "ging het terugdringen van de wachttijd voor het vso: door een tekort aan personeel kon "
              "de vso-school minder leerlingen plaatsen dan gepland. Ook bleek het lastig om de "
              "resultaten per school goed in beeld te krijgen, omdat scholen verschillende "
              "registratiesystemen gebruiken."),
        ("p", "De Inspectie heeft het samenwerkingsverband in 2024 bezocht en geconcludeerd dat de "
              "governance op orde is. Wel vroeg de Inspectie om de doelen meetbaarder te maken; dat "
              "advies hebben wij in dit plan overgenomen."),
    ]
    B += f_context(p, True)
    B += f_visie(p)
    # --- basisondersteuning partial: niveau yes, inhoud deferred
    B += [
        ("h1", n("Basisondersteuning")),
        ("p", "Alle vestigingen in IJssel-Veluwe Zuid bieden ten minste hetzelfde, in het "
              "samenwerkingsverband afgesproken niveau van basisondersteuning. Dat niveau is de "
              "ondergrens voor iedere vestiging, ook voor de scholen voor praktijkonderwijs, en geldt "
              "voor elke leerling zonder dat daarvoor een aanvraag nodig is. Wat daarboven nodig is, "
              "valt onder extra ondersteuning."),
        ("p", "Welke voorzieningen dat precies zijn, legt iedere school vast in haar "
              "schoolondersteuningsprofiel; een overzicht van de profielen staat op onze website. "
              "De werkgroep Basis op Orde werkt in 2026-2027 een gezamenlijke kwaliteitskaart uit "
              "waarin de standaarden voor alle scholen worden beschreven."),
        ("p", "Wij volgen daarbij de ontwikkelingen rond de landelijke norm voor basisondersteuning. "
              "Als die norm wettelijk wordt vastgelegd, passen wij onze afspraken daarop aan."),
    ]
    # --- dekkend-aanbod partial: continuum yes, lacunes deferred
    B += [
        ("h1", n("Het ondersteuningscontinuüm")),
        ("p", "Ons aanbod is opgebouwd uit vier niveaus die op elkaar aansluiten. Leerlingen bewegen "
              "tussen de niveaus afhankelijk van wat zij op dat moment nodig hebben."),
        ("table", ["Niveau", "Aanbod", "Toegang"], [
            ["1 Basis", "Basisondersteuning zoals beschreven in het schoolondersteuningsprofiel "
                        "van de school", "Op elke vestiging"],
            ["2 Extra op school", "Trajectvoorziening (plusvoorziening) op 12 vestigingen, "
                                  "leerwegondersteuning, kleine klassen in het vmbo",
             "Besluit school; lwoo via loket"],
            ["3 Bovenschools", "OPDC De Overstap (maximaal 2 x 13 weken), time-out-voorziening, "
                               "onderwijs-zorgarrangementen", "Besluit loket"],
            ["4 Speciaal", "Vso cluster 4 (De Linde), vso cluster 3 buiten de regio, "
                           "praktijkonderwijs", "TLV via loket"]]),
        ("p", "Tussen de niveaus zijn afspraken gemaakt over overdracht: bij een overstap naar "
              "het OPDC blijft de leerling ingeschreven op de eigen school en houdt de mentor contact. "
              "De vso-school biedt consultatie aan de reguliere scholen."),
        ("p", "In de loop van 2027 brengen wij in kaart of ons aanbod dekkend is en welke groepen "
              "leerlingen nu tussen wal en schip vallen. Op basis daarvan doen wij voorstellen aan "
              "het bestuur."),
    ]
    # --- plaatsing present (vso, lwoo, pro)
    B += [
        ("h1", n("Toewijzing en toelaatbaarheid (vso, lwoo, pro)")),
        ("h2", "Toelaatbaarheid vso"),
        ("p", "De aanvraag voor een toelaatbaarheidsverklaring voor het vso wordt ingediend door de "
              "school waar de leerling staat ingeschreven of is aangemeld. Het dossier bevat het "
              "ontwikkelingsperspectief, een verslag van het MDO en de zienswijze van ouders en "
              "leerling. Het loket toetst de volledigheid binnen vijf werkdagen. Een orthopedagoog "
              "of GZ-psycholoog en een tweede deskundige (jeugdarts, maatschappelijk werker of "
              "kinder- en jeugdpsychiater) brengen ieder afzonderlijk schriftelijk advies uit. De "
              "TLV-commissie besluit binnen zes weken."),
        ("p", "Een leerling is toelaatbaar tot het vso als: (a) de reguliere school de ondersteuning "
              "op niveau 1 tot en met 3 aantoonbaar heeft ingezet of uitgesloten met reden; (b) het "
              "ontwikkelingsperspectief laat zien dat de leerling in het regulier onderwijs zijn "
              "uitstroomprofiel niet kan bereiken; en (c) de ondersteuningsbehoefte een "
              "gespecialiseerde, intensieve setting vraagt die de school ook met een arrangement niet "
              "kan bieden. De TLV geldt één tot drie schooljaren en vermeldt de "
              "bekostigingscategorie."),
        ("h2", "Leerwegondersteunend onderwijs en praktijkonderwijs"),
        ("p", "Voor lwoo en pro hanteert het samenwerkingsverband de landelijke criteria; wij maken "
              "geen gebruik van de mogelijkheid om eigen lwoo-criteria vast te stellen. De "
              "basisschool levert via het onderwijskundig rapport vóór 1 maart de toetsgegevens "
              "(intelligentie, leerachterstanden, sociaal-emotionele problematiek) aan. De VO-school "
              "dient de aanvraag in bij het loket, dat binnen vier weken beslist. Een "
              "lwoo-aanwijzing geldt voor de hele schoolloopbaan; een pro-toelaatbaarheid wordt "
              "afgegeven voor de duur van de opleiding."),
        ("h2", "Bezwaar"),
        ("p", "Tegen een besluit over toelaatbaarheid of lwoo kunnen ouders binnen zes weken bezwaar "
              "maken. Het samenwerkingsverband laat zich adviseren door de Landelijke "
              "Bezwaaradviescommissie Toelaatbaarheidsverklaringen."),
    ]
    # --- terugstroom partial: procedure yes, beleid deferred
    B += [
        ("h1", n("Van vso terug naar het vo")),
        ("p", "In het laatste jaar van de TLV neemt de vso-school het initiatief om met de leerling "
              "en ouders te bespreken of terugkeer naar het regulier voortgezet onderwijs mogelijk "
              "is. De vso-school meldt dit vóór 1 februari bij het loket. Het loket organiseert een "
              "driegesprek tussen vso-school, ontvangende school en ouders. De ontvangende school "
              "beslist over de inschrijving. Na de overstap volgen evaluatiemomenten na zes en na "
              "twaalf weken, die door de ondersteuningscoördinator van de ontvangende school worden "
              "gepland. Blijkt terugkeer niet mogelijk, dan vraagt de vso-school tijdig een nieuwe "
              "TLV aan."),
        ("p", "In 2024-2025 keerden negen leerlingen vanuit het vso terug naar een reguliere school."),
        ("p", "Het beleid rond terug- en overplaatsing, met de voorwaarden en de begeleiding na "
              "terugkeer, leggen wij in 2027 vast in een aparte notitie."),
    ]
    # --- financien present
    B += [
        ("h1", n("Geld en middelen")),
        ("p", "Het samenwerkingsverband ontvangt de middelen voor lichte en zware ondersteuning en "
              "de middelen voor lwoo en pro. Wij verdelen die volgens de volgende regels:"),
        ("ul", ["Lwoo- en pro-middelen worden volledig doorgegeven aan de scholen op basis van het "
                "aantal aangewezen leerlingen op 1 oktober, tegen het landelijke normbedrag.",
                "Elke school ontvangt een budget lichte ondersteuning van € 85 per leerling plus een "
                "vaste voet van € 15.000 per vestiging.",
                "Bovenschoolse arrangementen en het OPDC worden centraal gefinancierd; scholen dragen "
                "per geplaatste leerling € 2.500 per periode bij.",
                "De afdrachten voor het vso worden rechtstreeks door DUO verrekend."]),
        ("table", ["Meerjarenbegroting (x € 1.000)", "2026", "2027", "2028", "2029"], [
            ["Baten rijksbijdragen", "21.480", "21.210", "20.950", "20.700"],
            ["Afdracht vso", "5.820", "5.790", "5.760", "5.730"],
            ["Lwoo en pro naar scholen", "8.960", "8.880", "8.800", "8.720"],
            ["Budget lichte ondersteuning scholen", "1.530", "1.515", "1.500", "1.485"],
            ["OPDC en bovenschoolse arrangementen", "3.210", "3.180", "3.150", "3.120"],
            ["Loket en bureau", "1.240", "1.255", "1.270", "1.285"],
            ["Resultaat", "720", "590", "470", "360"]]),
        ("p", "Het weerstandsvermogen bedraagt eind 2025 11 procent. De signaleringswaarde van de "
              "Inspectie wordt niet overschreden. Scholen verantwoorden de besteding van het budget "
              "lichte ondersteuning jaarlijks vóór 1 juli met een korte rapportage per vestiging."),
    ]
    # --- resultaten present
    B += [
        ("h1", n("Resultaten en kwaliteitszorg")),
        ("p", "Wij hebben voor deze planperiode vier doelen geformuleerd voor leerlingen met een "
              "ondersteuningsbehoefte, elk met een streefwaarde:"),
        ("table", ["Doel", "Nulmeting 2024-2025", "Streefwaarde 2029-2030"], [
            ["Leerlingen in het OPDC die binnen 26 weken terugkeren naar de eigen school", "71%", "85%"],
            ["Wachttijd tussen TLV en plaatsing vso", "gem. 9 weken", "max. 4 weken"],
            ["Leerlingen met lwoo die een diploma behalen", "88%", "92%"],
            ["Praktijkonderwijsleerlingen met duurzame uitstroom naar werk of mbo", "79%", "85%"]]),
        ("p", "De voortgang wordt gemeten met een dashboard dat het loket twee keer per jaar vult met "
              "gegevens uit het registratiesysteem en DUO. De directeur-bestuurder rapporteert in "
              "februari en september aan het bestuur en de OPR; in het jaarverslag staan de bereikte "
              "resultaten naast de streefwaarden. Halverwege de planperiode evalueren wij de "
              "doelen met de scholen."),
    ]
    # --- ouders partial: informatie yes, steunpunt only website reference
    B += [
        ("h1", n("Ouders en leerlingen")),
        ("p", "Ouders worden geïnformeerd via de schoolgids van elke school, via de brochure "
              "'Passend onderwijs in IJssel-Veluwe Zuid' die elke leerling in de brugklas meekrijgt, "
              "via de website en via een jaarlijkse informatieavond in november voor ouders van "
              "leerlingen in groep 8 en de brugklas."),
        ("p", "Leerlingen met een ontwikkelingsperspectief hebben hoorrecht: zij worden gehoord over "
              "de inhoud van hun OPP. Ouders zijn gesprekspartner bij elk MDO."),
        ("p", "Voor onafhankelijke ondersteuning verwijzen wij ouders naar de pagina 'Hulp voor "
              "ouders' op onze website."),
    ]
    B += f_oogo(p, topics=True)
    B += f_aansluiting(p)
    B += f_landelijk(p)
    B += f_governance(p)
    B += f_integriteit(p)
    B += f_opr(p, parents=True)
    B += f_personeel(p)
    B += f_planning(p)
    B += [
        ("h1", "Begrippenlijst"),
        ("ul", ["Basisondersteuning: het niveau van ondersteuning dat alle vestigingen bieden.",
                "Dekkend aanbod: een aanbod waarin voor iedere leerling een passende plek is.",
                "Ouder- en jeugdsteunpunt (OJSP): onafhankelijke plek waar ouders en jongeren met "
                "vragen terechtkunnen.",
                "Terugplaatsing: terugkeer van een vso-leerling naar het regulier onderwijs.",
                "Thuiszitter: leerplichtige jongere die zonder geldige reden niet naar school gaat.",
                "OPDC: orthopedagogisch-didactisch centrum."]),
    ]
    label = dict(
        sector="vo", looks_like_plan=True,
        elements=dict(basisondersteuning="partial", plaatsing="present", terugstroom="partial",
                      financien="present", **{"dekkend-aanbod": "partial"}, resultaten="present",
                      ouders="partial"),
        criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": False,
                  "plaatsing.procedure": True, "plaatsing.criteria": True,
                  "terugstroom.procedure": True, "terugstroom.beleid": False,
                  "financien.verdeling": True, "financien.besteding": True,
                  "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": False,
                  "resultaten.doelen": True, "resultaten.monitoring": True,
                  "ouders.informatie": True, "ouders.steunpunt": False},
        advisory={"plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
                  "terugstroom": ["monitoring"],
                  "financien": ["reserves", "verantwoording"],
                  "dekkend-aanbod": ["ketenpartners"],
                  "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
        notes={
            "basisondersteuning": "H6 states the common minimum for all vestigingen, but the content is left to each school's SOP/website and a kwaliteitskaart still to be worked out in 2026-2027.",
            "plaatsing": "H8: vso TLV aanvraag, two separate deskundigen, TLV-commissie within 6 weeks, criteria (a)-(c); lwoo/pro with landelijke criteria via loket within 4 weeks; LBT bezwaar.",
            "terugstroom": "H9 gives steps (vso school initiates before 1 Feb, driegesprek, evaluations at 6/12 weeks) and a figure, but policy/conditions/nazorg deferred to a 2027 notitie.",
            "financien": "H10 'Geld en middelen': distribution rules (€85 per leerling + vaste voet, lwoo/pro pass-through) and a meerjarenbegroting table with amounts; weerstandsvermogen; verantwoording before 1 July.",
            "dekkend-aanbod": "H7 four-level continuum table (basis, trajectvoorziening, OPDC, vso); gap analysis deferred to 'in de loop van 2027'; thuiszitters only as an OOGO topic and in the begrippenlijst.",
            "resultaten": "H11 goals with nulmeting and streefwaarden in a table; dashboard twice a year, reports to bestuur/OPR and jaarverslag.",
            "ouders": "H12 informs via schoolgids, brochure, website, informatieavond; independent support only a reference to a website page (OJSP only in begrippenlijst); hoorrecht."})
    return "vo-ijsselveluwe-2026", B, p, label


# --------------------------------------------------------------------------------------------
# Plan C - PO Hollandse Plassen (docx only)
# --------------------------------------------------------------------------------------------
def plan_c():
    p = dict(v=2, sector="po", n8="1.050", name="Stichting Samenwerkingsverband Primair Onderwijs Hollandse Plassen",
             short="SWV Hollandse Plassen", code="PO 28-13", region="Hollandse Plassen",
             period="2026-2030", gemeenten="Kaagmeer, Braassem-Noord, Westeinder en Nieuwkoop-Zuid",
             nboards="9", nschools="38 basisscholen, 1 sbo-school, 2 so-scholen",
             npupils="9.460", director="drs. L. (Lotte) van Wijngaarden", chair="P.R. Smits",
             seat="Westeinder", opr="acht", oogo="20 januari 2026", opr_date="3 maart 2026",
             vast_date="16 maart 2026", fte="6,4", rates=[])
    cnt = [0]

    def n(t):
        cnt[0] += 1
        return "%s. %s" % ("ABCDEFGHIJKLMNOPQRSTUVWXYZ"[cnt[0] - 1], t)
    p["n"] = n
    B = [("title", "Ondersteuningsplan op hoofdlijnen 2026-2030", [
        p["name"], p["code"], "Koers houden, ruimte geven"])]
    B.append(("toc", "Inhoudsopgave", [
        "A. Woord vooraf", "B. Onze regio in cijfers", "C. Missie, visie en ambities",
        "D. De ondergrens: wat elk kind op elke school krijgt", "E. Meer dan de basis",
        "F. Route naar speciaal (basis)onderwijs", "G. Niemand buiten de boot",
        "H. Financiën en meerjarenbegroting", "I. Communicatie met ouders",
        "J. Organisatie en governance", "K. Medezeggenschap", "L. Samenwerking met gemeenten",
        "M. Personeel en professionalisering", "N. ICT, gegevens en privacy",
        "O. Totstandkoming en planning", "Bijlage: Begrippen (o.a. terugplaatsing, resultaten, "
        "monitoring)"]))
    B.append(("pagebreak",))
    B += f_voorwoord(p)
    B += f_terugblik(p)
    B += f_context(p, False)
    B += f_visie(p)
    B += [
        ("h1", n("De ondergrens: wat elk kind op elke school krijgt")),
        ("p", "De negen besturen hebben afgesproken dat op iedere locatie van iedere aangesloten "
              "school, de sbo-school inbegrepen, onderstaande voorzieningen aanwezig zijn. Dit is "
              "de ondergrens in Hollandse Plassen; een school die deze ondergrens niet haalt, moet "
              "dat melden bij haar bestuur en binnen een schooljaar herstellen. Ouders kunnen ervan "
              "uitgaan dat hun kind dit overal krijgt, zonder aanvraag of wachttijd."),
        ("ol", ["Een bevoegde intern begeleider die wekelijks spreekuur houdt voor leraren.",
                "Twee keer per jaar een groepsbespreking en een leerlingbespreking, vastgelegd in "
                "het leerlingvolgsysteem.",
                "Een aanpak voor lezen en spellen volgens het Protocol Leesproblemen en Dyslexie, "
                "met extra leestijd en voorleessoftware waar nodig.",
                "Een gedragsaanpak die schoolbreed is afgesproken (bijvoorbeeld PBS of Kanjer), met "
                "een aanspreekpunt voor pesten.",
                "Een verrijkingsaanbod voor snelle leerders in de groep.",
                "Een aanpak voor NT2-leerlingen in het eerste jaar na binnenkomst.",
                "Afspraken over medisch handelen en over het aanpassen van het lokaal bij fysieke "
                "beperkingen, zoals een rustige werkplek.",
                "Toegang tot het consultatieteam van het samenwerkingsverband binnen twee weken."]),
        ("h1", n("Meer dan de basis")),
        ("p", "Lukt het niet met de ondergrens, dan kan de school extra ondersteuning inzetten. Wij "
              "kennen een doorlopende reeks: (1) inzet op de eigen school vanuit het schoolbudget, "
              "(2) een arrangement met een specialist van de sbo-school of van het "
              "expertiseteam, (3) plaatsing in de tussenvoorziening De Ankerplaats, waar kinderen "
              "maximaal een half jaar drie dagdelen per week onderwijs volgen en de overige tijd op "
              "de eigen school, en (4) het speciaal basisonderwijs of speciaal onderwijs. De "
              "sbo-school De Kaag is tevens expertisecentrum voor gedrag en werkt met een ambulant "
              "team dat scholen in de hele regio bedient."),
        ("p", "Voor kinderen die hoogbegaafd zijn, is er op twee scholen een voltijdgroep. Kinderen "
              "met een ernstige meervoudige beperking kunnen terecht op de so-locatie in Westeinder, "
              "waar onderwijs en zorg op één plek samenkomen."),
    ]
    B += f_scholing_ib(p)
    B += [
        ("h1", n("Route naar speciaal (basis)onderwijs")),
        ("p", "Als een kind is aangewezen op het sbo of het so, vraagt het bestuur van de school waar "
              "het kind is ingeschreven een toelaatbaarheidsverklaring aan. Dat gebeurt in vier "
              "stappen:"),
        ("ol", ["De school bespreekt het voornemen met ouders en stelt het groeidocument op.",
                "De school dient de aanvraag in bij het Bureau Toewijzing van het samenwerkingsverband.",
                "Twee deskundigen van het bureau, een orthopedagoog en een tweede deskundige die "
                "past bij de vraag, adviseren elk afzonderlijk.",
                "De directeur-bestuurder besluit binnen zes weken na ontvangst van de volledige "
                "aanvraag en stuurt het besluit aan ouders en school."]),
        ("p", "De criteria waarop het bureau toetst zijn in herziening. Het bestuur stelt de "
              "nieuwe toelaatbaarheidscriteria in het voorjaar van 2027 vast; tot die tijd besluit "
              "het bureau per situatie. De TLV wordt afgegeven voor twee schooljaren. Ouders die "
              "het niet eens zijn met het besluit kunnen bezwaar maken; het samenwerkingsverband is "
              "daarvoor aangesloten bij de Landelijke Bezwaaradviescommissie."),
        ("h1", n("Niemand buiten de boot")),
        ("p", "Hollandse Plassen wil dat geen kind thuis komt te zitten. Scholen melden een kind dat "
              "meer dan twee weken niet of gedeeltelijk naar school gaat bij het Bureau Toewijzing. "
              "Het bureau roept binnen tien werkdagen een overleg bijeen met school, ouders, "
              "leerplicht en de jeugdconsulent van de gemeente en maakt een plan met een "
              "casusregisseur. Twee keer per jaar bespreken wij met de besturen welke kinderen "
              "geen passende plek konden krijgen en welk aanbod ontbreekt. Die analyse leidde in "
              "2025 tot de uitbreiding van De Ankerplaats. Als besturen er samen niet uitkomen, "
              "beslist de directeur-bestuurder welk bestuur de zorgplicht invult."),
        ("h1", n("Financiën en meerjarenbegroting")),
        ("p", "Het verdeelmodel wordt in 2026-2027 herijkt. Tot die tijd blijft de huidige "
              "systematiek van kracht. De begroting voor de planperiode ziet er als volgt uit."),
        ("table", ["Begroting (bedragen in €)", "2026", "2027", "2028", "2029"], [
            ["Rijksbijdrage lichte en zware ondersteuning", "8.912.000", "8.840.000", "8.760.000",
             "8.690.000"],
            ["Afdracht so en sbo", "3.745.000", "3.720.000", "3.700.000", "3.680.000"],
            ["Schoolbudgetten besturen", "3.300.000", "3.260.000", "3.220.000", "3.180.000"],
            ["Arrangementen en De Ankerplaats", "1.020.000", "1.020.000", "1.000.000", "1.000.000"],
            ["Consultatieteam en expertiseteam", "455.000", "460.000", "465.000", "470.000"],
            ["Bureau en bestuur", "390.000", "395.000", "400.000", "405.000"],
            ["Saldo", "2.000", "-15.000", "-25.000", "-45.000"]]),
        ("p", "De negatieve saldi vanaf 2027 worden gedekt uit de algemene reserve, die daarmee "
              "naar het door het bestuur gewenste niveau van 5 procent van de baten daalt."),
        ("h1", n("Communicatie met ouders")),
        ("p", "Ouders horen in eerste instantie van de school zelf welke ondersteuning er is: via het "
              "kennismakingsgesprek bij inschrijving, de schoolgids en een gesprek met de intern "
              "begeleider zodra er zorgen zijn. Het samenwerkingsverband ondersteunt dat met een "
              "welkomstfolder die elke school bij inschrijving meegeeft en met de ouderpagina's "
              "op de website, waar per school het aanbod staat. De folder is er ook in het Engels, "
              "Pools en Arabisch."),
        ("p", "Wie vastloopt met school of het samenwerkingsverband, kan terecht bij het Ouder- en "
              "Jeugdsteunpunt Plassenland. Het steunpunt werkt onafhankelijk, is op werkdagen van "
              "9.00 tot 15.00 uur bereikbaar op 0172-600 400 en kan een onafhankelijke "
              "onderwijsconsulent inschakelen of helpen met een klacht bij de landelijke "
              "klachtencommissie."),
    ]
    B += f_governance(p)
    B += f_opr(p, parents=True)
    B += f_oogo(p, topics=False)
    B += f_aansluiting(p)
    B += f_landelijk(p)
    B += f_integriteit(p)
    B += f_jaarcyclus(p)
    B += f_huisvesting(p)
    B += f_personeel(p)
    B += f_ict(p)
    B += f_planning(p)
    B += [
        ("h1", "Bijlage: Begrippen"),
        ("ul", ["Terugplaatsing: het terugkeren van een leerling vanuit sbo of so naar de "
                "basisschool, na afloop van de TLV.",
                "Resultaten: de opbrengsten van het onderwijs aan leerlingen met extra "
                "ondersteuning.",
                "Monitoring: het volgen en evalueren van de resultaten.",
                "Verdeelmodel: de regels waarmee het samenwerkingsverband geld over de besturen "
                "verdeelt.",
                "Ondergrens: het afgesproken niveau van basisondersteuning."]),
    ]
    label = dict(
        sector="po", looks_like_plan=True,
        elements=dict(basisondersteuning="present", plaatsing="partial", terugstroom="missing",
                      financien="partial", **{"dekkend-aanbod": "present"}, resultaten="missing",
                      ouders="present"),
        criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
                  "plaatsing.procedure": True, "plaatsing.criteria": False,
                  "terugstroom.procedure": False, "terugstroom.beleid": False,
                  "financien.verdeling": False, "financien.besteding": True,
                  "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
                  "resultaten.doelen": False, "resultaten.monitoring": False,
                  "ouders.informatie": True, "ouders.steunpunt": True},
        advisory={"basisondersteuning": ["borging"],
                  "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
                  "financien": ["reserves"],
                  "dekkend-aanbod": ["ketenpartners"], "ouders": ["betrokkenheid"]},
        notes={
            "basisondersteuning": "Section D 'De ondergrens' (unusual wording): agreed minimum at every location incl. sbo, eight concrete voorzieningen; schools must restore within a year (borging).",
            "plaatsing": "Section F gives four steps, two deskundigen, directeur-bestuurder decides in 6 weeks, duration and bezwaar; criteria are 'in herziening', to be set in spring 2027.",
            "terugstroom": "No body text on return from s(b)o; 'terugplaatsing' only in the TOC line and the begrippenlijst. TLV duration alone is plaatsing.",
            "financien": "Section H has a begroting table with amounts, but the verdeelmodel is 'herijkt in 2026-2027' and the current system is not described; reserve 5%.",
            "dekkend-aanbod": "Section E 'Meer dan de basis' continuum (1-4, Ankerplaats, sbo expertisecentrum); section G 'Niemand buiten de boot' thuiszitter procedure, biannual gap analysis, zorgplicht decision.",
            "resultaten": "No intended results and no monitoring of results; 'resultaten'/'monitoring' only in TOC and begrippenlijst; ambitions in visie explicitly not goals.",
            "ouders": "Section I: welcome folder, schoolgids, website per school, IB gesprek; OJSP Plassenland with phone and hours, onderwijsconsulent, klachtencommissie; OPR half parents."})
    return "po-hollandseplassen-2026", B, p, label


# --------------------------------------------------------------------------------------------
# Plan D - VO Amstel en Vecht-Zuid (html)
# --------------------------------------------------------------------------------------------
def plan_d():
    p = dict(v=1, sector="vo", n8="2.100", name="Samenwerkingsverband VO Amstel en Vecht-Zuid",
             short="Amstel en Vecht-Zuid", code="VO 27-02", region="Amstel en Vecht-Zuid",
             period="2026-2030", gemeenten="Ouder-Amstel-Zuid, Vechtoever, Abcoude-Oost en Loenen-West",
             nboards="6", nschools="15 vestigingen, 1 school voor praktijkonderwijs, 2 vso-scholen",
             npupils="11.230", director="drs. S. (Sanne) Koopmans", chair="R. Boukhari",
             seat="Vechtoever", opr="acht", oogo="3 februari 2026", opr_date="10 maart 2026",
             vast_date="19 maart 2026", fte="7,0",
             rates=[["Deelnamepercentage vso (1-10-2025)", "3,4%"],
                    ["Leerlingen in het praktijkonderwijs", "402"]])
    cnt = [0]

    def n(t):
        cnt[0] += 1
        return "%d %s" % (cnt[0], t)
    p["n"] = n
    B = [("title", "Ondersteuningsplan 2026-2030", [
        p["name"], "Samenwerkingsverband %s" % p["code"], "Webversie"])]
    B.append(("toc", "Op deze pagina", [
        "1 Voorwoord", "2 Onze regio in cijfers", "3 Missie, visie en ambities",
        "4 Basisondersteuning: de afspraak", "5 Toelaatbaarheid tot vso en praktijkonderwijs, lwoo",
        "6 Weer instromen in het regulier voortgezet onderwijs", "7 Geen jongere thuis",
        "8 Middelen", "9 Kwaliteitszorg", "10 Organisatie en governance", "11 Medezeggenschap",
        "12 Samenwerking met gemeenten", "13 Personeel en professionalisering",
        "14 ICT, gegevens en privacy", "15 Totstandkoming en planning",
        "Begrippenlijst (ouders, onderwijsconsulent, verdeelmodel, arrangementenkaart)"]))
    B += f_voorwoord(p)
    B += f_terugblik(p)
    B += f_context(p, True)
    B += f_visie(p)
    B += [
        ("h1", n("Basisondersteuning: de afspraak")),
        ("p", "De zes besturen hebben voor alle vestigingen, inclusief het praktijkonderwijs, één "
              "gemeenschappelijk niveau van basisondersteuning afgesproken. Iedere vestiging biedt "
              "dit aan iedere leerling. In de tabel staat wat dat concreet betekent."),
        ("table", ["Onderdeel", "Wat elke vestiging biedt"], [
            ["Mentoraat", "Een vaste mentor met wekelijks mentoruur en minimaal drie "
                          "voortgangsgesprekken per jaar met leerling en thuis."],
            ["Ondersteuningscoördinator", "Minimaal 0,5 fte per 500 leerlingen; coördineert het "
                                          "ondersteuningsteam."],
            ["Dyslexie en dyscalculie", "Faciliteiten zoals extra tijd, voorleessoftware en een "
                                        "dyslexiecoach."],
            ["Sociaal-emotioneel", "Faalangsttraining, sociale-vaardigheidstraining en een "
                                   "check-in/check-out-aanpak."],
            ["Executieve functies", "Begeleiding bij plannen en organiseren in een huiswerkklas."],
            ["Opvang", "Een time-outruimte met begeleiding tijdens alle lesuren."],
            ["Medisch", "Een protocol medisch handelen en een aanspreekpunt voor langdurig "
                        "zieke leerlingen."]]),
        ("p", "De vestigingen leggen dit niveau vast in hun schoolgids."),
    ]
    B += [
        ("h1", n("Toelaatbaarheid tot vso en praktijkonderwijs, lwoo")),
        ("p", "De aanvraagprocedure, inclusief termijnen en de samenstelling van de commissie, is "
              "beschreven in het Handboek Toewijzing dat op onze website staat."),
        ("h2", "Criteria vso"),
        ("p", "Een leerling is toelaatbaar tot het vso als aan alle volgende voorwaarden is "
              "voldaan: de ondersteuningsbehoefte is zo intensief dat zij de mogelijkheden van de "
              "reguliere school ook met een bovenschools arrangement structureel overstijgt; er is "
              "een ontwikkelingsperspectief waaruit blijkt dat het uitstroomprofiel in het regulier "
              "onderwijs niet haalbaar is; en er is sprake van een beperking, stoornis of "
              "problematiek (cluster 3 of 4) die specifieke expertise en een kleine, "
              "voorspelbare setting vereist."),
        ("h2", "Criteria praktijkonderwijs en lwoo"),
        ("p", "Voor het praktijkonderwijs gelden de landelijke criteria: een IQ tussen 55 en 80 en "
              "leerachterstanden van drie jaar of meer op ten minste twee domeinen, waarvan één "
              "begrijpend lezen of inzichtelijk rekenen. Voor lwoo geldt: een IQ van 75 tot en "
              "met 90 met een leerachterstand van anderhalf tot drie jaar op ten minste twee "
              "domeinen, of een IQ van 91 tot en met 120 met zo'n leerachterstand en daarnaast "
              "sociaal-emotionele problematiek die het leren belemmert."),
        ("p", "Tegen een besluit kan bezwaar worden gemaakt bij het samenwerkingsverband, dat advies "
              "vraagt aan de Landelijke Bezwaaradviescommissie."),
    ]
    B += [
        ("h1", n("Weer instromen in het regulier voortgezet onderwijs")),
        ("p", "Voor ons is een vso-plaatsing geen eindstation. Terugkeer naar een reguliere school "
              "is het doel voor iedere leerling bij wie het ontwikkelingsperspectief dat toelaat, en "
              "kan op ieder moment van het schooljaar. Voorwaarden zijn dat de leerling ten minste "
              "een half jaar stabiel functioneert, dat de ontvangende vestiging het benodigde "
              "aanbod heeft, en dat de leerling zelf wil. Na de overstap begeleidt een ambulant "
              "begeleider van de vso-school de leerling en de mentor gedurende minimaal een "
              "schooljaar; het samenwerkingsverband betaalt deze begeleiding."),
        ("ol", ["Uiterlijk zes maanden voor het einde van de TLV bespreekt de commissie van "
                "begeleiding van de vso-school of instromen in het regulier vo haalbaar is.",
                "Is dat zo, dan meldt de vso-school de leerling aan bij de gewenste vestiging en "
                "informeert zij het samenwerkingsverband.",
                "De ontvangende vestiging beslist binnen zes weken over toelating, na een "
                "warme overdracht en een proefperiode van maximaal vier weken.",
                "Na acht weken en aan het einde van het schooljaar evalueren vso-school, "
                "ontvangende vestiging en leerling de overstap.",
                "Is terugkeer niet haalbaar, dan vraagt de vso-school vóór afloop van de TLV een "
                "nieuwe verklaring aan."]),
    ]
    B += [
        ("h1", n("Geen jongere thuis")),
        ("p", "Het samenwerkingsverband houdt met leerplicht een gezamenlijk register bij van "
              "jongeren die thuiszitten of dreigen thuis te komen zitten. Scholen melden verzuim "
              "van meer dan tien dagen binnen een week. Iedere melding wordt binnen tien "
              "werkdagen besproken in het Meldpunt Passende Plek, waarin een medewerker van het "
              "samenwerkingsverband, een leerplichtambtenaar en een jeugdconsulent zitting hebben. "
              "Het Meldpunt wijst een casusregisseur aan en bewaakt de voortgang. Komen partijen er "
              "niet uit, dan beslist de directeur-bestuurder welke school een plek biedt; zij kan "
              "daarvoor doorzettingsmacht inzetten."),
        ("p", "Twee keer per jaar analyseert het samenwerkingsverband de meldingen om te zien welke "
              "groepen jongeren structureel geen plek vinden. Voor leerlingen die tijdelijk zorg "
              "onder schooltijd nodig hebben, sluiten wij met de gemeenten onderwijs-"
              "zorgarrangementen af."),
        ("p", "Het volledige overzicht van arrangementen en voorzieningen binnen en tussen de "
              "scholen staat op de Arrangementenkaart (bijlage 2)."),
        ("h1", n("Middelen")),
        ("p", "De financiële vertaling van dit plan, inclusief het verdeelmodel en de "
              "meerjarenbegroting, volgt in de kaderbrief die het bestuur in het najaar van 2026 "
              "vaststelt."),
        ("h1", n("Kwaliteitszorg")),
        ("p", "Wij volgen de ontwikkelingen met een vast stelsel van indicatoren. Elk kwartaal "
              "rapporteert het bureau aan het bestuur over het aantal aanvragen, afgegeven TLV's en "
              "lwoo-aanwijzingen, doorlooptijden, meldingen bij het Meldpunt, het aantal "
              "thuiszitters en het aantal leerlingen dat vanuit het vso terugkeert. Eens per jaar "
              "bespreken wij de uitkomsten met de schoolleiders en de OPR en stellen wij vast "
              "waar bijsturing nodig is; de bevindingen staan in het jaarverslag. Iedere twee jaar "
              "vragen wij een externe audit van onze werkprocessen."),
        ("p", "De beoogde resultaten voor de planperiode formuleren wij samen met de scholen in het "
              "jaarplan 2027."),
    ]
    B += f_governance(p)
    B += f_opr(p, parents=False)
    B += f_oogo(p, topics=False)
    B += f_aansluiting(p)
    B += f_landelijk(p, ojsp_trap=True)
    B += f_communicatie_alg(p)
    B += f_integriteit(p)
    B += f_jaarcyclus(p)
    B += f_huisvesting(p)
    B += f_personeel(p)
    B += f_ict(p)
    B += f_planning(p)
    B += [
        ("h1", "Begrippenlijst"),
        ("ul", ["Arrangementenkaart: overzicht van alle arrangementen, zie bijlage 2.",
                "Onderwijsconsulent: onafhankelijke adviseur voor ouders bij problemen met "
                "toelating of ondersteuning.",
                "Ouder- en jeugdsteunpunt: plek waar ouders terecht kunnen met vragen.",
                "Verdeelmodel: de regels voor de verdeling van de ondersteuningsmiddelen.",
                "Meerjarenbegroting: begroting voor meerdere jaren."]),
    ]
    label = dict(
        sector="vo", looks_like_plan=True,
        elements=dict(basisondersteuning="present", plaatsing="partial", terugstroom="present",
                      financien="missing", **{"dekkend-aanbod": "partial"}, resultaten="partial",
                      ouders="missing"),
        criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
                  "plaatsing.procedure": False, "plaatsing.criteria": True,
                  "terugstroom.procedure": True, "terugstroom.beleid": True,
                  "financien.verdeling": False, "financien.besteding": False,
                  "dekkend-aanbod.continuum": False, "dekkend-aanbod.lacunes": True,
                  "resultaten.doelen": False, "resultaten.monitoring": True,
                  "ouders.informatie": False, "ouders.steunpunt": False},
        advisory={"plaatsing": ["bezwaar"], "terugstroom": ["monitoring"],
                  "dekkend-aanbod": ["ketenpartners"]},
        notes={
            "basisondersteuning": "Section 4: one common level for all vestigingen incl. pro; the concrete content exists only in the table.",
            "plaatsing": "Section 5: criteria for vso, pro and lwoo given, but the aanvraagprocedure is only referred to a Handboek Toewijzing on the website; bezwaar via LBT.",
            "terugstroom": "Section 6 'Weer instromen in het regulier voortgezet onderwijs': policy (aim, conditions, one-year ambulante begeleiding paid by SWV) and five numbered steps with evaluation moments.",
            "financien": "Section 8 'Middelen' only defers to a kaderbrief in autumn 2026; verdeelmodel/meerjarenbegroting only in TOC and begrippenlijst.",
            "dekkend-aanbod": "Section 7 'Geen jongere thuis': register, Meldpunt within 10 days, doorzettingsmacht, biannual analysis, OZA; the continuum is only referred to an absent Arrangementenkaart (bijlage 2).",
            "resultaten": "Section 9 'Kwaliteitszorg' describes quarterly indicators, annual review and jaarverslag (monitoring), but intended results are deferred to the jaarplan 2027.",
            "ouders": "No information route and no independent support in body text; OJSP only as a legal duty whose set-up is deferred (Landelijke ontwikkelingen); OPR described without parents; onderwijsconsulent/steunpunt only in the begrippenlijst."})
    return "vo-amstelvecht-2026", B, p, label


# --------------------------------------------------------------------------------------------
# Plan E - PO Veenkolonien-West, deel A (markdown)
# --------------------------------------------------------------------------------------------
def plan_e():
    p = dict(v=2, sector="po", n8="980", name="Stichting Samenwerkingsverband Passend Onderwijs Veenkoloniën-West",
             short="SWV Veenkoloniën-West", code="PO 20-05", region="Veenkoloniën-West",
             period="2026-2030", gemeenten="Hoogezand-Noord, Kielwindeweer, Zuidbroek-West en Muntendam-Oost",
             nboards="7", nschools="44 basisscholen, 2 sbo-scholen, 2 so-scholen",
             npupils="8.905", director="drs. H. (Hendrik) Kloosterhuis", chair="G. Veldman-Bos",
             seat="Hoogezand-Noord", opr="tien", oogo="27 januari 2026", opr_date="5 maart 2026",
             vast_date="18 maart 2026", fte="5,8",
             rates=[["Deelnamepercentage sbo (1-10-2025)", "2,6%"],
                    ["Deelnamepercentage so (1-10-2025)", "1,9%"]])
    cnt = [0]

    def n(t):
        cnt[0] += 1
        return "%d. %s" % (cnt[0], t)
    p["n"] = n
    B = [("title", "Ondersteuningsplan 2026-2030 - Deel A: Kaders, middelen en opbrengsten", [
        p["name"], "Samenwerkingsverband %s" % p["code"],
        "Deel B 'Ondersteuning in de praktijk' verschijnt als afzonderlijk document."])]
    B.append(("toc", "Inhoud deel A", [
        "1. Woord vooraf", "2. Opbouw van het plan", "3. Onze regio in cijfers",
        "4. Missie, visie en ambities", "5. Verdeling van de middelen", "6. Meerjarenbegroting",
        "7. Opbrengsten: wat willen we bereiken en hoe volgen we dat",
        "8. Terugkeer naar de basisschool", "9. Verantwoording, klachten en geschillen",
        "10. Organisatie en governance", "11. Medezeggenschap", "12. Personeel en professionalisering",
        "13. ICT, gegevens en privacy", "14. Totstandkoming en planning",
        "Inhoud deel B (ter informatie): basisondersteuning, toelaatbaarheid sbo/so, "
        "terugplaatsing, dekkend aanbod, informatie voor ouders"]))
    B += f_voorwoord(p)
    B += [
        ("h1", n("Samenvatting")),
        ("p", "Dit deel van het ondersteuningsplan legt de financiële en bestuurlijke kaders voor de "
              "periode 2026-2030 vast. Belangrijkste keuzes zijn: een hoger deel van het budget "
              "rechtstreeks naar de besturen, een eenvoudiger toekenning van arrangementen, een "
              "beperkt begrotingstekort dat uit de reserve wordt gedekt, en vier meetbare doelen "
              "waarover wij elk jaar rapporteren. Daarnaast maken wij afspraken over de terugkeer van "
              "kinderen uit het speciaal (basis)onderwijs en over de manier waarop wij ons "
              "verantwoorden. De inhoudelijke uitwerking volgt in deel B."),
        ("h1", n("Opbouw van het plan")),
        ("p", "Het ondersteuningsplan 2026-2030 bestaat uit twee delen. Dit deel A bevat de kaders, "
              "de verdeling van de middelen, de begroting en de opbrengsten. Deel B, 'Ondersteuning "
              "in de praktijk', beschrijft de basisondersteuning, de route naar sbo en so, het "
              "dekkend aanbod en de informatie aan ouders. Deel B wordt na de zomer van 2026 "
              "vastgesteld en maakt dan onderdeel uit van dit plan."),
        ("p", "Voor de procedure rond toelaatbaarheidsverklaringen verwijzen wij naar het Reglement "
              "Toelaatbaarheid op onze website."),
    ]
    B += f_terugblik(p)
    B += f_context(p, True)
    B += f_visie(p)
    B += [
        ("h1", n("Verdeling van de middelen")),
        ("p", "Het samenwerkingsverband ontvangt jaarlijks circa 6,9 miljoen euro aan middelen voor "
              "lichte en zware ondersteuning. Na aftrek van de afdrachten voor het so en het sbo "
              "verdelen wij het resterende budget volgens drie regels:"),
        ("ol", ["70 procent gaat als schoolbudget naar de besturen, tegen een bedrag van € 112 per "
                "leerling (teldatum 1 oktober t-1), in vier kwartaaltermijnen.",
                "20 procent is beschikbaar voor arrangementen op aanvraag. Een bestuur komt in "
                "aanmerking als de school aantoonbaar handelingsgericht heeft gewerkt, een "
                "ontwikkelingsperspectief heeft opgesteld en de kosten van het arrangement hoger "
                "zijn dan € 2.500 per leerling per jaar. Een toekenningscommissie beslist binnen "
                "vier weken.",
                "10 procent gaat naar bureau, bestuur en de gezamenlijke expertisepool."]),
        ("p", "Besturen met een sbo-school ontvangen daarnaast een compensatie voor de groei "
              "van het sbo boven 2 procent, berekend op de peildatum 1 februari."),
        ("h1", n("Meerjarenbegroting")),
        ("table", ["Post (x € 1.000)", "2026", "2027", "2028", "2029"], [
            ["Baten rijksbijdragen", "6.905", "6.850", "6.790", "6.730"],
            ["Afdracht so", "1.780", "1.770", "1.760", "1.750"],
            ["Afdracht en compensatie sbo", "1.520", "1.505", "1.490", "1.475"],
            ["Schoolbudgetten (70%)", "2.520", "2.500", "2.475", "2.450"],
            ["Arrangementen op aanvraag (20%)", "720", "715", "707", "700"],
            ["Bureau, bestuur en expertisepool (10%)", "360", "357", "353", "350"],
            ["Terugkeerarrangementen", "45", "45", "45", "45"],
            ["Saldo", "-40", "-42", "-40", "-40"]]),
        ("h2", "Risico's"),
        ("p", "Het bestuur heeft de belangrijkste financiële risico's voor de planperiode in kaart "
              "gebracht. Het grootste risico is een verdere groei van het aantal leerlingen in het "
              "so: iedere extra so-leerling met een intensieve ondersteuningsbehoefte kost het samenwerkingsverband jaarlijks "
              "een aanzienlijk bedrag, dat rechtstreeks ten laste komt van de schoolbudgetten. Een "
              "tweede risico is de daling van het aantal leerlingen in de kleine kernen, waardoor "
              "de baten sneller kunnen dalen dan in de begroting is aangenomen. Een derde risico "
              "betreft de loonkosten: de cao-verhogingen worden niet altijd volledig door de "
              "rijksbijdrage gecompenseerd."),
        ("p", "Op basis van een risicoanalyse met kansen en gevolgen is het gewenste "
              "weerstandsvermogen berekend op 650.000 euro. Het deel van de reserve daarboven zetten "
              "wij in de planperiode gefaseerd in voor het saldo van de begroting. Elk jaar wordt "
              "de risicoanalyse geactualiseerd en in de managementrapportage besproken."),
        ("p", "Het saldo wordt gedekt uit de reserve, die eind 2025 1,2 miljoen euro bedraagt. "
              "Besturen verantwoorden de besteding van schoolbudget en arrangementen jaarlijks "
              "vóór 1 mei in een verantwoordingsformat per school."),
        ("h1", n("Opbrengsten: wat willen we bereiken en hoe volgen we dat")),
        ("p", "Voor leerlingen met een ondersteuningsbehoefte streven wij de volgende resultaten "
              "na. De kolom 'bereikt' toont de stand van het schooljaar 2024-2025."),
        ("table", ["Beoogd resultaat", "Bereikt 2024-2025", "Doel 2030"], [
            ["Leerlingen met een arrangement die het niveau uit hun OPP halen", "78%", "90%"],
            ["Arrangementen die binnen vier weken zijn toegekend", "64%", "95%"],
            ["Leerlingen met een OPP die uitstromen naar het verwachte VO-niveau", "81%", "88%"],
            ["Leraren die zich voldoende toegerust voelen (enquête)", "58%", "75%"]]),
        ("p", "De stand wordt elk jaar in juni verzameld via het verantwoordingsformat en de "
              "leerlingvolgsystemen van de scholen en door de controller bewerkt tot een "
              "opbrengstenrapportage. Het bestuur bespreekt die rapportage in september met de "
              "besturen en de OPR; bij een achterstand van meer dan 10 procentpunt op een doel "
              "spreken wij met de betreffende besturen verbeterafspraken af."),
        ("h1", n("Terugkeer naar de basisschool")),
        ("p", "Het samenwerkingsverband wil dat kinderen die in het sbo of so tot ontwikkeling zijn "
              "gekomen, waar mogelijk terugkeren naar een basisschool in hun eigen dorp. Terugkeer "
              "is aan de orde wanneer het kind ten minste een jaar stabiel functioneert en de "
              "ontvangende school het benodigde aanbod heeft. Elke teruggeplaatste leerling krijgt "
              "een terugkeerarrangement van € 4.500 voor één jaar, waarmee de ontvangende school "
              "begeleiding door de sbo- of so-school kan inkopen. De stappen van de procedure staan "
              "in deel B."),
        ("h1", n("Verantwoording, klachten en geschillen")),
        ("p", "Het samenwerkingsverband legt verantwoording af in het jaarverslag, dat vóór 1 juli "
              "wordt gepubliceerd. De accountant controleert de jaarrekening."),
        ("p", "Wie er met school niet uitkomt, kan kosteloos aankloppen bij het Ouder- en "
              "Jeugdsteunpunt Veenkoloniën (0598-480 210, spreekuur op dinsdag en donderdag) of "
              "een onafhankelijke onderwijsconsulent vragen mee te denken. Voor klachten is het "
              "samenwerkingsverband aangesloten bij de Landelijke Klachtencommissie Onderwijs; "
              "geschillen over het ontwikkelingsperspectief kunnen worden voorgelegd aan de "
              "Geschillencommissie passend onderwijs."),
        ("p", "Hoe wij ouders informeren over de ondersteuningsmogelijkheden, beschrijft deel B."),
    ]
    B += f_landelijk(p)
    B += f_aansluiting(p)
    B += f_governance(p)
    B += f_integriteit(p)
    B += f_jaarcyclus(p)
    B += f_huisvesting(p)
    B += f_opr(p, parents=True)
    B += f_personeel(p)
    B += f_scholing_ib(p)
    B += f_ict(p)
    B += f_planning(p)
    label = dict(
        sector="po", looks_like_plan=True,
        elements=dict(basisondersteuning="missing", plaatsing="missing", terugstroom="partial",
                      financien="present", **{"dekkend-aanbod": "missing"}, resultaten="present",
                      ouders="partial"),
        criteria={"basisondersteuning.niveau": False, "basisondersteuning.inhoud": False,
                  "plaatsing.procedure": False, "plaatsing.criteria": False,
                  "terugstroom.procedure": False, "terugstroom.beleid": True,
                  "financien.verdeling": True, "financien.besteding": True,
                  "dekkend-aanbod.continuum": False, "dekkend-aanbod.lacunes": False,
                  "resultaten.doelen": True, "resultaten.monitoring": True,
                  "ouders.informatie": False, "ouders.steunpunt": True},
        advisory={"financien": ["reserves", "verantwoording"], "resultaten": ["meetbaar"],
                  "ouders": ["betrokkenheid"]},
        notes={
            "basisondersteuning": "Deferred entirely to an absent deel B; the word appears only in the title-page/TOC/opbouw references.",
            "plaatsing": "Only a reference to a Reglement Toelaatbaarheid on the website and to deel B; no procedure, criteria, deskundigen or bezwaar.",
            "terugstroom": "Section 8 'Terugkeer naar de basisschool' gives policy (aim, conditions, €4.500 terugkeerarrangement) but the steps are 'in deel B'.",
            "financien": "Sections 5-6: three distribution rules with €112 per leerling and arrangement criteria; meerjarenbegroting table; reserve €1,2 mln; verantwoordingsformat.",
            "dekkend-aanbod": "Nothing in body text: only the deel B reference; OOGO chapter omitted; no thuiszitters or continuum.",
            "resultaten": "Section 7: beoogde and bereikte resultaten only in a table; annual collection in June, opbrengstenrapportage, September review, verbeterafspraken.",
            "ouders": "Independent help hidden in section 9 'Verantwoording, klachten en geschillen' (OJSP with phone, onderwijsconsulent); informing parents deferred to deel B; OPR half parents."})
    return "po-veenkolonien-2026-deel-a", B, p, label


# --------------------------------------------------------------------------------------------
# Near-miss F - school-level ondersteuningsplan of a VO school (pdf)
# --------------------------------------------------------------------------------------------
def near_miss():
    B = [("title", "Ondersteuningsplan 2025-2026", [
        "CSG Het Baken, school voor vmbo, havo en atheneum - locatie Wilhelminastraat",
        "Onderdeel van de schoolgids; vastgesteld door de schoolleiding na advies van de MR"])]
    B.append(("toc", "Inhoud", [
        "1. Inleiding", "2. Onze school en de basisondersteuning", "3. Zorgniveaus op Het Baken",
        "4. Het ondersteuningsteam", "5. Extra ondersteuning, lwoo en toelaatbaarheid vso",
        "6. Ouders als partner", "7. Middelen en formatie", "8. Evaluatie en resultaten",
        "9. Klachten"]))
    B += [
        ("h1", "1. Inleiding"),
        ("p", "Dit ondersteuningsplan beschrijft hoe CSG Het Baken, locatie Wilhelminastraat, in het "
              "schooljaar 2025-2026 leerlingen ondersteunt. Het plan is een uitwerking van het "
              "schoolondersteuningsprofiel en sluit aan bij het ondersteuningsplan van het "
              "samenwerkingsverband voortgezet onderwijs waar onze school bij is aangesloten. Het "
              "plan wordt elk jaar door de schoolleiding vastgesteld na advies van de "
              "medezeggenschapsraad en is bedoeld voor leerlingen, ouders en medewerkers."),
        ("p", "Het Baken telt op deze locatie 1.140 leerlingen in vmbo-kader, vmbo-gt, havo en "
              "atheneum. Ongeveer 14 procent van de leerlingen heeft een vorm van extra "
              "ondersteuning; 96 leerlingen hebben een aanwijzing voor leerwegondersteunend "
              "onderwijs."),
        ("h1", "2. Onze school en de basisondersteuning"),
        ("p", "Alle scholen in ons samenwerkingsverband bieden basisondersteuning. Op Het Baken "
              "betekent dat: een mentor per klas met een wekelijks mentoruur, een "
              "ondersteuningscoördinator, twee zorgcoördinatoren per afdeling, dyslexie- en "
              "dyscalculiefaciliteiten, faalangstreductietraining, een rots-en-watertraining voor "
              "de onderbouw en een trajectgroep voor leerlingen die tijdelijk buiten de klas moeten "
              "werken. De vertrouwenspersoon en de schoolmaatschappelijk werker houden wekelijks "
              "spreekuur."),
        ("h1", "3. Zorgniveaus op Het Baken"),
        ("table", ["Niveau", "Wie", "Voorbeeld"], [
            ["1", "Docent en mentor", "Differentiatie in de les, gesprek met leerling"],
            ["2", "Mentor met teamleider", "Begeleidingsafspraken, contact met thuis"],
            ["3", "Zorgcoördinator en ondersteuningsteam", "OPP, trajectgroep, training"],
            ["4", "Extern (samenwerkingsverband, jeugdhulp)", "OPDC, vso, jeugdhulp"]]),
        ("p", "Elke zes weken houdt iedere afdeling een leerlingbespreking. Leerlingen die zorg "
              "nodig hebben op niveau 3 krijgen een ontwikkelingsperspectief dat twee keer per jaar "
              "met leerling en ouders wordt besproken."),
        ("h1", "4. Het ondersteuningsteam"),
        ("p", "Het ondersteuningsteam (OT) komt eens per drie weken bijeen. Vaste leden zijn de "
              "ondersteuningscoördinator, de zorgcoördinatoren, de schoolmaatschappelijk werker, de "
              "jeugdarts van de GGD en de leerplichtambtenaar. Op verzoek schuift een medewerker van "
              "het loket van het samenwerkingsverband aan. Ouders worden uitgenodigd als hun kind "
              "wordt besproken."),
        ("h1", "5. Extra ondersteuning, lwoo en toelaatbaarheid vso"),
        ("p", "Lukt het niet binnen de school, dan vraagt de ondersteuningscoördinator namens de "
              "school een arrangement aan bij het samenwerkingsverband, bijvoorbeeld een tijdelijke "
              "plaatsing in het OPDC. Voor plaatsing in het voortgezet speciaal onderwijs is een "
              "toelaatbaarheidsverklaring van het samenwerkingsverband nodig; de school stelt "
              "daarvoor het dossier samen. Over lwoo en praktijkonderwijs beslist het "
              "samenwerkingsverband op basis van de landelijke criteria. Onze school voert de "
              "procedure van het samenwerkingsverband uit en informeert ouders over elke stap."),
        ("p", "Het Baken biedt lwoo in kleine klassen in de vmbo-kaderberoepsgerichte leerweg en in "
              "de gemengde leerweg. Leerlingen met lwoo krijgen een extra uur rekenen en taal per "
              "week en een vaste coach."),
        ("h1", "6. Ouders als partner"),
        ("p", "Wij zien ouders als partner. De mentor neemt in de eerste zes weken contact op met "
              "alle ouders. Twee keer per jaar zijn er mentoravonden. Ouders van leerlingen met een "
              "OPP worden minimaal twee keer per jaar uitgenodigd voor een gesprek. Heeft u vragen "
              "over de ondersteuning, dan kunt u contact opnemen met de zorgcoördinator van de "
              "afdeling. Voor onafhankelijk advies kunt u terecht bij het ouder- en jeugdsteunpunt "
              "van het samenwerkingsverband."),
        ("h1", "7. Middelen en formatie"),
        ("p", "De school ontvangt van het samenwerkingsverband een budget voor lichte "
              "ondersteuning en de lwoo-middelen. Die middelen zetten wij in voor de formatie van "
              "de zorgcoördinatoren (2,4 fte), de trajectgroep (1,6 fte) en de kleine klassen. De "
              "schoolleiding legt in het jaarverslag van de school verantwoording af over de "
              "besteding."),
        ("h1", "8. Evaluatie en resultaten"),
        ("p", "Aan het einde van het schooljaar evalueert het ondersteuningsteam dit plan. Wij "
              "kijken daarbij naar het aantal leerlingen met een OPP dat het verwachte niveau "
              "haalt, het verzuim, het aantal doorverwijzingen naar het OPDC en de tevredenheid van "
              "leerlingen en ouders. De uitkomsten worden verwerkt in het plan voor 2026-2027."),
        ("h1", "9. Klachten"),
        ("p", "Klachten over de ondersteuning bespreekt u eerst met de mentor of zorgcoördinator. "
              "Komt u er niet uit, dan kunt u zich wenden tot de teamleider en daarna tot de "
              "klachtencommissie waarbij ons bestuur is aangesloten. De klachtenregeling staat op "
              "de website van de school."),
    ]
    label = dict(
        sector="vo", looks_like_plan=False, elements={}, criteria={}, advisory={},
        notes={"document": "School-level 'ondersteuningsplan' of one VO school (CSG Het Baken, part of "
                           "the schoolgids, adopted by the schoolleiding after MR advice): zorgniveaus, "
                           "OT, mentor; it only refers to the samenwerkingsverband's plan and procedures. "
                           "No SWV as author, no OPR/OOGO, no planperiode: not an SWV ondersteuningsplan."})
    return "vo-hetbaken-schoolondersteuningsplan", B, label


# --------------------------------------------------------------------------------------------
# labels
# --------------------------------------------------------------------------------------------
CRITERIA = ["basisondersteuning.niveau", "basisondersteuning.inhoud", "plaatsing.procedure",
            "plaatsing.criteria", "terugstroom.procedure", "terugstroom.beleid",
            "financien.verdeling", "financien.besteding", "dekkend-aanbod.continuum",
            "dekkend-aanbod.lacunes", "resultaten.doelen", "resultaten.monitoring",
            "ouders.informatie", "ouders.steunpunt"]
ELEMENTS = ["basisondersteuning", "plaatsing", "terugstroom", "financien", "dekkend-aanbod",
            "resultaten", "ouders"]


def q(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def write_label(stem, documents, label):
    lines = ["documents: [%s]" % ", ".join(documents),
             "sector: %s" % label["sector"],
             "looks_like_plan: %s" % ("true" if label["looks_like_plan"] else "false")]
    if label["elements"]:
        lines.append("elements: {%s}" % ", ".join("%s: %s" % (e, label["elements"][e])
                                                 for e in ELEMENTS))
        lines.append("criteria:")
        for c in CRITERIA:
            lines.append("  %s: %s" % (c, "true" if label["criteria"][c] else "false"))
        lines.append("advisory_addressed:")
        for e in ELEMENTS:
            if label["advisory"].get(e):
                lines.append("  %s: [%s]" % (e, ", ".join(label["advisory"][e])))
    else:
        lines += ["elements: {}", "criteria: {}", "advisory_addressed: {}"]
    lines.append("notes:")
    for k, v in label["notes"].items():
        lines.append("  %s: %s" % (k, q(v)))
    (OUT / (stem + ".expected.yaml")).write_text("\n".join(lines) + "\n", encoding="utf-8")


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    report = []
    # A: docx + pdf
    stem, B, p, label = plan_a()
    render_docx(B, OUT / (stem + ".docx"), "Ondersteuningsplan 2026-2030 | %s" % p["short"],
                "%s - %s" % (p["name"], p["code"]))
    to_pdf(OUT / (stem + ".docx"), OUT / (stem + ".pdf"))
    write_label(stem, [stem + ".docx", stem + ".pdf"], label)
    report.append((stem, words(B)))
    # B: docx + pdf
    stem, B, p, label = plan_b()
    render_docx(B, OUT / (stem + ".docx"), "%s | Ondersteuningsplan 2026-2030" % p["short"],
                "Ondersteuningsplan %s - basisondersteuning, toewijzing, middelen, ouders" % p["code"])
    to_pdf(OUT / (stem + ".docx"), OUT / (stem + ".pdf"))
    write_label(stem, [stem + ".docx", stem + ".pdf"], label)
    report.append((stem, words(B)))
    # C: docx
    stem, B, p, label = plan_c()
    render_docx(B, OUT / (stem + ".docx"), "Ondersteuningsplan op hoofdlijnen | %s" % p["short"],
                "Concept t.b.v. vaststelling - %s" % p["code"])
    write_label(stem, [stem + ".docx"], label)
    report.append((stem, words(B)))
    # D: html
    stem, B, p, label = plan_d()
    render_html(B, OUT / (stem + ".html"), "Ondersteuningsplan 2026-2030 - %s" % p["name"])
    write_label(stem, [stem + ".html"], label)
    report.append((stem, words(B)))
    # E: markdown
    stem, B, p, label = plan_e()
    render_md(B, OUT / (stem + ".md"))
    write_label(stem, [stem + ".md"], label)
    report.append((stem, words(B)))
    # F: near-miss pdf (docx only as an intermediate in a private temp dir)
    stem, B, label = near_miss()
    tmp = Path(tempfile.mkdtemp(prefix="holdout202_nm_"))
    try:
        render_docx(B, tmp / (stem + ".docx"), "CSG Het Baken - Ondersteuningsplan 2025-2026",
                    "Schoolgids 2025-2026, bijlage 3")
        to_pdf(tmp / (stem + ".docx"), OUT / (stem + ".pdf"))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    write_label(stem, [stem + ".pdf"], label)
    report.append((stem, words(B)))
    for stem, w in report:
        print("%-45s %5d words" % (stem, w))


if __name__ == "__main__":
    main()
