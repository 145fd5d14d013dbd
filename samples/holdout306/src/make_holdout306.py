#!/usr/bin/env python3
"""Generate the holdout306 test set: five fictional ondersteuningsplannen of
samenwerkingsverbanden passend onderwijs (PO and VO) plus one near-miss document,
each with a hand-written <name>.expected.yaml label file.

Deterministic, no network. Output goes next to this script's parent folder.
PDFs are rendered from .docx with LibreOffice (soffice --headless).
"""
import html
import re
import shutil
import subprocess
import tempfile
import zipfile
from pathlib import Path

import docx
from docx.shared import Pt

OUT = Path(__file__).resolve().parent.parent

# ---------------------------------------------------------------------------
# Block model: list of tuples
#   ("title", text) ("h1", text) ("h2", text) ("p", text) ("ul", [items])
#   ("table", [[header...], [row...], ...]) ("toc", [entries]) ("pb",)
# ---------------------------------------------------------------------------


def render_docx(blocks, path, header_text=None, footer_text=None):
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    # deterministic core properties
    cp = d.core_properties
    cp.author = "Bestuursbureau"
    cp.title = next((b[1] for b in blocks if b[0] == "title"), "")
    import datetime
    cp.created = datetime.datetime(2026, 3, 1, 9, 0, 0)
    cp.modified = datetime.datetime(2026, 3, 1, 9, 0, 0)
    cp.last_modified_by = "Bestuursbureau"
    cp.revision = 1
    sec = d.sections[0]
    if header_text:
        sec.header.paragraphs[0].text = header_text
    if footer_text:
        sec.footer.paragraphs[0].text = footer_text
    for b in blocks:
        kind = b[0]
        if kind == "title":
            d.add_heading(b[1], level=0)
        elif kind == "subtitle":
            d.add_paragraph(b[1])
        elif kind == "h1":
            d.add_heading(b[1], level=1)
        elif kind == "h2":
            d.add_heading(b[1], level=2)
        elif kind == "p":
            d.add_paragraph(b[1])
        elif kind == "ul":
            for it in b[1]:
                d.add_paragraph(it, style="List Bullet")
        elif kind == "toc":
            d.add_heading("Inhoudsopgave", level=1)
            for it in b[1]:
                d.add_paragraph(it)
        elif kind == "table":
            rows = b[1]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    t.cell(i, j).text = c
                    if i == 0:
                        for run in t.cell(i, j).paragraphs[0].runs:
                            run.bold = True
            d.add_paragraph("")
        elif kind == "pb":
            d.add_page_break()
        else:
            raise ValueError(kind)
    d.save(str(path))
    _normalize_zip(path)


def _normalize_zip(path):
    """Rewrite a .docx with fixed timestamps so the output is byte-for-byte reproducible."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2026, 3, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def render_text(blocks, markdown=False):
    out = []
    h1n = 0
    for b in blocks:
        kind = b[0]
        if kind == "title":
            out.append(("# " if markdown else "") + b[1])
            if not markdown:
                out.append("=" * len(b[1]))
            out.append("")
        elif kind == "subtitle":
            out += [b[1], ""]
        elif kind == "h1":
            out += [("## " if markdown else "") + b[1]]
            if not markdown:
                out.append("-" * len(b[1]))
            out.append("")
        elif kind == "h2":
            out += [("### " if markdown else "") + b[1], ""]
        elif kind == "p":
            out += [b[1], ""]
        elif kind == "ul":
            out += ["- " + it for it in b[1]] + [""]
        elif kind == "toc":
            out += ["INHOUDSOPGAVE", ""] + ["  " + it for it in b[1]] + [""]
        elif kind == "table":
            rows = b[1]
            widths = [max(len(r[j]) for r in rows) for j in range(len(rows[0]))]
            for i, r in enumerate(rows):
                out.append("| " + " | ".join(c.ljust(widths[j]) for j, c in enumerate(r)) + " |")
                if i == 0:
                    out.append("|" + "|".join("-" * (w + 2) for w in widths) + "|")
            out.append("")
        elif kind == "pb":
            out.append("")
    return "\n".join(out) + "\n"


def render_html(blocks, title):
    e = html.escape
    out = ["<!DOCTYPE html>", '<html lang="nl">', "<head>", '<meta charset="utf-8">',
           f"<title>{e(title)}</title>", "</head>", "<body>"]
    for b in blocks:
        kind = b[0]
        if kind == "title":
            out.append(f"<h1>{e(b[1])}</h1>")
        elif kind == "subtitle":
            out.append(f'<p class="subtitle">{e(b[1])}</p>')
        elif kind == "h1":
            out.append(f"<h2>{e(b[1])}</h2>")
        elif kind == "h2":
            out.append(f"<h3>{e(b[1])}</h3>")
        elif kind == "p":
            out.append(f"<p>{e(b[1])}</p>")
        elif kind == "ul":
            out.append("<ul>" + "".join(f"<li>{e(i)}</li>" for i in b[1]) + "</ul>")
        elif kind == "toc":
            out.append('<nav class="toc"><h2>Inhoud</h2><ol>' +
                       "".join(f"<li>{e(i)}</li>" for i in b[1]) + "</ol></nav>")
        elif kind == "table":
            rows = b[1]
            t = ["<table>", "<thead><tr>" + "".join(f"<th>{e(c)}</th>" for c in rows[0]) + "</tr></thead>", "<tbody>"]
            for r in rows[1:]:
                t.append("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>")
            t.append("</tbody></table>")
            out.append("\n".join(t))
        elif kind == "pb":
            pass
    out += ["</body>", "</html>"]
    return "\n".join(out) + "\n"


def docx_to_pdf(docx_path, pdf_path):
    tmp = Path(tempfile.mkdtemp(prefix="holdout306_pdf_"))
    try:
        src = tmp / docx_path.name
        shutil.copy(docx_path, src)
        prof = tmp / "lo_profile"
        subprocess.run(["soffice", f"-env:UserInstallation=file://{prof}", "--headless",
                        "--convert-to", "pdf", "--outdir", str(tmp), str(src)],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
        shutil.copy(tmp / (src.stem + ".pdf"), pdf_path)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def word_count(blocks):
    n = 0
    for b in blocks:
        if b[0] in ("p", "h1", "h2", "title", "subtitle"):
            n += len(b[1].split())
        elif b[0] in ("ul", "toc"):
            n += sum(len(i.split()) for i in b[1])
        elif b[0] == "table":
            n += sum(len(c.split()) for r in b[1] for c in r)
    return n


# ---------------------------------------------------------------------------
# Shared filler chapters (parametrised). None of these addresses a core
# criterion; some address advisory criteria only where the flag says so.
# ---------------------------------------------------------------------------

def voorwoord(p):
    return [
        ("h1", "Voorwoord"),
        ("p", f"Voor u ligt het ondersteuningsplan {p['period']} van {p['name']}. Het is het derde plan sinds de invoering "
              f"van passend onderwijs in 2014 en het eerste dat volledig is geschreven na de evaluatie van het vorige plan. "
              f"In de afgelopen maanden hebben directeuren, {p['staff']}, bestuurders, de ondersteuningsplanraad en de "
              f"gemeenten {p['gemeenten']} met ons meegedacht. Dat heeft geleid tot een plan dat korter is dan zijn "
              f"voorganger, maar dat wel duidelijker maakt waar wij de komende jaren voor staan."),
        ("p", "Passend onderwijs is geen project meer, maar de gewone manier waarop scholen in onze regio werken. Toch zien we "
              "ook dat de druk op leraren toeneemt, dat het lerarentekort voelbaar is in de klas en dat de vraag naar "
              "ondersteuning groeit. Iedereen die met kinderen en jongeren werkt, weet dat resultaten niet vanzelf komen. "
              "Dit plan is daarom ook een uitnodiging om met elkaar in gesprek te blijven."),
        ("p", f"Ik dank iedereen die aan dit plan heeft bijgedragen, in het bijzonder de leden van de ondersteuningsplanraad "
              f"voor hun kritische en betrokken vragen. Wij hopen dat scholen, ouders en partners er houvast aan hebben."),
        ("p", f"{p['director']}, directeur-bestuurder"),
    ]


def leeswijzer(p):
    return [
        ("h1", "Leeswijzer"),
        ("p", "Dit plan volgt in grote lijnen de volgorde van de wettelijke onderdelen. Hoofdstuk 1 en 2 schetsen de regio en "
              "onze koers. Daarna beschrijven we de ondersteuning op en tussen de scholen, de toewijzing van voorzieningen, "
              "de middelen, de kwaliteitszorg en de samenwerking met ouders en partners. Aan het eind staan de "
              "organisatie, de planning en een begrippenlijst. Waar in de tekst 'wij' of 'we' staat, bedoelen we het "
              "samenwerkingsverband als geheel: de aangesloten schoolbesturen samen met het bestuursbureau."),
        ("p", "Omwille van de leesbaarheid schrijven we 'ouders' waar ook verzorgers of voogden bedoeld zijn, en 'school' waar "
              "ook een vestiging of locatie bedoeld kan zijn."),
    ]


def context(p):
    return [
        ("h1", "De regio in beeld"),
        ("p", f"{p['name']} ({p['code']}) omvat de gemeenten {p['gemeenten']}. In het samenwerkingsverband werken "
              f"{p['n_besturen']} schoolbesturen samen. Zij zijn samen verantwoordelijk voor {p['n_schools']} scholen en "
              f"vestigingen met in totaal ongeveer {p['n_pupils']} leerlingen. De regio kent een stedelijke kern en een "
              f"groot landelijk gebied met kleine kernen, waar scholen soms op grote afstand van elkaar liggen."),
        ("p", "De leerlingenaantallen dalen licht. Volgens de prognoses van de gemeenten neemt het aantal leerlingen tot 2030 "
              "met ongeveer vier procent af, met grote verschillen tussen de kernen. Voor kleine scholen betekent een "
              "teruglopend leerlingaantal dat formatie en expertise onder druk kunnen komen te staan. Tegelijk groeit in "
              "de stad het aantal nieuwkomers en gezinnen met een migratieachtergrond."),
        ("table", [["Kenmerk", "Peildatum 1 oktober 2025"],
                   ["Aantal schoolbesturen", str(p['n_besturen'])],
                   ["Aantal scholen en vestigingen", str(p['n_schools'])],
                   ["Aantal leerlingen (afgerond)", p['n_pupils']],
                   ["Aantal gemeenten", str(p['n_gem'])]]),
        ("p", "De sociaaleconomische opbouw van de regio is divers. In een aantal wijken is de gemiddelde "
              "opleidingsachtergrond van ouders laag en de werkloosheid hoger dan landelijk. Dat vraagt om samenwerking "
              "tussen onderwijs, kinderopvang, welzijn en gemeente, maar dat is niet in de eerste plaats een taak van het "
              "samenwerkingsverband. De gemeenten hebben hierover eigen beleidsplannen vastgesteld."),
    ]


def visie(p):
    return [
        ("h1", "Missie, visie en ambities"),
        ("h2", "Missie"),
        ("p", f"{p['short']} wil dat ieder kind en iedere jongere in de regio zich ononderbroken kan ontwikkelen, dicht bij "
              "huis, met de ondersteuning die daarvoor nodig is. Wij geloven dat scholen dat niet alleen kunnen: het "
              "vraagt om vertrouwen, om gedeelde verantwoordelijkheid en om het lef om dingen anders te doen."),
        ("h2", "Visie"),
        ("p", "Onze visie rust op drie pijlers. De eerste pijler is inclusiever onderwijs: wij willen dat meer leerlingen "
              "met een ondersteuningsbehoefte hun onderwijs kunnen volgen op een reguliere school. De tweede pijler is "
              "vakmanschap: leraren, mentoren en begeleiders zijn de belangrijkste factor voor goede ondersteuning. De "
              "derde pijler is samenwerking: met ouders, met jeugdhulp, met gemeenten en met elkaar. Deze pijlers zijn "
              "geen doel op zich, maar geven richting aan de keuzes die we maken."),
        ("p", "Wij kiezen voor een brede blik op het kind. Niet het etiket of de diagnose bepaalt welke ondersteuning er "
              "komt, maar de vraag wat deze leerling in deze groep nodig heeft om verder te komen. Handelingsgericht "
              "werken is daarbij de gemeenschappelijke taal. Wij kijken naar mogelijkheden in plaats van beperkingen, en "
              "wij nemen de ervaringen van leerlingen serieus."),
        ("h2", "Ambities voor de planperiode"),
        ("p", "In de gesprekken met scholen en partners zijn vier ambities naar voren gekomen: de basis op orde, "
              "eenvoudiger regels, meer vakmanschap in de klas en een sterkere verbinding met de jeugdhulp. Deze ambities "
              "werken wij in de jaarplannen uit. Het bestuur bespreekt jaarlijks met de directeuren of de koers nog klopt."),
    ]


def governance(p):
    return [
        ("h1", "Organisatie en governance"),
        ("p", f"Het samenwerkingsverband is een stichting. De aangesloten schoolbesturen vormen samen het algemeen bestuur, "
              f"dat op hoofdlijnen koers houdt. De dagelijkse leiding ligt bij de directeur-bestuurder, {p['director']}. "
              f"Een raad van toezicht van vijf onafhankelijke leden houdt toezicht op het bestuur. Daarmee voldoen wij aan "
              f"de eisen van scheiding van bestuur en toezicht uit de Code Goed Bestuur."),
        ("p", "De statuten bevatten een regeling voor geschillen tussen de aangesloten besturen. In de afgelopen "
              "planperiode is deze regeling niet gebruikt. Het bestuursbureau ondersteunt het bestuur en voert de "
              "uitvoerende taken uit: het secretariaat van de commissies, de registratie van aanvragen, de "
              "beleidsondersteuning en de contacten met de gemeenten. Het bureau is gehuisvest in "
              f"{p['seat']}."),
        ("table", [["Orgaan", "Rol", "Vergaderfrequentie"],
                   ["Raad van toezicht", "Intern toezicht, werkgever van de directeur-bestuurder", "5 keer per jaar"],
                   ["Algemeen bestuur", "Koers, vaststelling plan", "4 keer per jaar"],
                   ["Directeur-bestuurder", "Dagelijkse leiding, uitvoering", "doorlopend"],
                   ["Directeurenoverleg", "Advies over uitvoering en praktijk", "6 keer per jaar"],
                   ["Ondersteuningsplanraad", "Medezeggenschap op het plan", "6 keer per jaar"]]),
        ("p", "Het directeurenoverleg is een belangrijk klankbord. Hier worden voorstellen getoetst aan de praktijk van de "
              "scholen voordat ze het bestuur bereiken. Werkgroepen bereiden onderwerpen voor die meer tijd vragen, zoals "
              "de herziening van formulieren of de inrichting van scholingsdagen."),
    ]


def opr(p, parents_role):
    if parents_role:
        body = ("De ondersteuningsplanraad (OPR) heeft instemmingsrecht op dit plan en op wijzigingen daarvan. De leden "
                "worden afgevaardigd door de medezeggenschapsraden van de aangesloten scholen: de helft is ouder, de "
                "andere helft personeelslid. Juist de ouders in de OPR brengen de ervaringen van gezinnen in; zij hebben "
                "in de voorbereiding van dit plan twee klankbordavonden voor ouders georganiseerd.")
    else:
        body = ("De ondersteuningsplanraad (OPR) heeft instemmingsrecht op dit plan en op wijzigingen daarvan. De leden "
                "worden afgevaardigd door de medezeggenschapsraden van de aangesloten scholen. De OPR vergadert zes "
                "keer per jaar en heeft een eigen budget voor scholing en ondersteuning.")
    return [
        ("h1", "Medezeggenschap"),
        ("p", body),
        ("p", "Het samenwerkingsverband heeft daarnaast een eigen medezeggenschapsraad voor het personeel van het "
              "bestuursbureau. De directeur-bestuurder overlegt ten minste drie keer per jaar met de OPR over de "
              "uitvoering van het plan. De OPR ontvangt daarvoor tijdig de stukken en kan ongevraagd advies geven."),
        ("p", f"De OPR heeft op {p['opr_date']} ingestemd met dit ondersteuningsplan."),
    ]


def oogo(p, content):
    out = [("h1", "Samenwerking met gemeenten (OOGO)"),
           ("p", f"Het concept van dit plan is besproken in het op overeenstemming gericht overleg (OOGO) met de colleges "
                 f"van burgemeester en wethouders van {p['gemeenten']}. Het OOGO vond plaats op {p['oogo_date']} en is "
                 f"afgesloten met een gezamenlijk verslag. Ook is overleg gevoerd met het samenwerkingsverband "
                 f"{p['other_swv']}, waarvan het gebied gedeeltelijk overlapt met het onze.")]
    if content:
        out += [
            ("p", "Inhoudelijk maken wij met de gemeenten afspraken over de aansluiting tussen onderwijs en jeugdhulp. "
                  "Op elke school is een vaste contactpersoon van het sociaal team of de jeugdhulp beschikbaar, die "
                  "aanschuift bij het ondersteuningsteam. Voor leerlingen die naast onderwijs zorg nodig hebben, zetten "
                  "we onderwijs-zorgarrangementen op, waarbij school, jeugdhulpaanbieder en gemeente samen één plan "
                  "maken en de kosten verdelen."),
        ]
    out += [("p", "Andere onderwerpen op de gezamenlijke agenda zijn leerlingenvervoer, onderwijshuisvesting, "
                  "voorschoolse educatie en de aansluiting op werk en inkomen. Over deze onderwerpen beslissen de "
                  "gemeenten; het samenwerkingsverband levert informatie en denkt mee.")]
    return out


def personeel(p):
    return [
        ("h1", "Personeel en professionalisering"),
        ("p", f"Het bestuursbureau heeft een formatie van {p['fte']} fte. Daarin zijn de directeur-bestuurder, "
              "beleidsmedewerkers, een controller, secretariële ondersteuning en de medewerkers van het loket "
              "opgenomen. Voor specifieke taken huren wij expertise in bij de aangesloten besturen."),
        ("p", "Wij investeren in het vakmanschap van het personeel op de scholen. Elk jaar organiseren wij een "
              "studiedag over passend onderwijs, en wij bieden netwerken aan voor intern begeleiders, "
              "ondersteuningscoördinatoren en gedragsspecialisten. Scholen kunnen bij ons een aanvraag doen voor "
              "teamscholing; de besturen blijven zelf verantwoordelijk voor hun personeelsbeleid."),
        ("p", "Het lerarentekort raakt ook de ondersteuning. Wij zien dat onbevoegde invallers en wisselende "
              "bezetting de continuïteit onder druk zetten. Wij onderzoeken met de besturen hoe onderwijsassistenten "
              "en specialisten beter kunnen worden ingezet, zonder dat dit de leraar vervangt."),
    ]


def ict(p):
    return [
        ("h1", "ICT, gegevensuitwisseling en privacy"),
        ("p", f"Aanvragen en dossiers worden digitaal uitgewisseld via {p['system']}. Dit systeem voldoet aan de "
              "eisen van de Algemene verordening gegevensbescherming. Het samenwerkingsverband heeft een "
              "functionaris gegevensbescherming aangesteld, gedeeld met twee andere samenwerkingsverbanden."),
        ("p", "Wij verwerken alleen gegevens die nodig zijn voor onze wettelijke taken. Medische gegevens worden "
              "alleen verwerkt voor zover dat noodzakelijk is en worden niet langer bewaard dan de wet toestaat. "
              "Het privacyreglement is vastgesteld door het bestuur en besproken met de OPR."),
        ("p", "In de planperiode vervangen wij het verouderde registratiesysteem van het bureau. Daarbij letten we op "
              "gebruiksgemak voor scholen, veilige opslag en de mogelijkheid om managementinformatie te maken."),
    ]


def planning(p):
    return [
        ("h1", "Planning en vaststelling"),
        ("table", [["Stap", "Datum"],
                   ["Concept besproken in directeurenoverleg", p['dir_date']],
                   ["OOGO met gemeenten", p['oogo_date']],
                   ["Instemming ondersteuningsplanraad", p['opr_date']],
                   ["Vaststelling door het bestuur", p['vast_date']],
                   ["Toezending aan de Inspectie", p['insp_date']]]),
        ("p", "Het plan geldt voor vier schooljaren. Jaarlijks stellen wij een jaarplan op. Als tussentijds wijzigingen "
              "nodig zijn, leggen wij die opnieuw voor aan de OPR."),
    ]


def begrippen(terms):
    return [("h1", "Begrippenlijst"), ("table", [["Begrip", "Omschrijving"]] + [[a, b] for a, b in terms])]


def terugblik(p):
    return [
        ("h1", "Terugblik op de vorige planperiode"),
        ("p", f"De afgelopen planperiode was voor {p['short']} een periode van verbouwen terwijl de winkel openbleef. "
              "In 2023 kwam er een nieuwe directeur-bestuurder, in 2024 verhuisde het bestuursbureau naar een ander pand "
              "en in hetzelfde jaar fuseerden twee van de aangesloten schoolbesturen. Dat vroeg veel aandacht van het "
              "bestuur en het bureau. Ook de coronaperiode werkte nog lang door in de scholen."),
        ("p", "Tegelijk is de manier van werken veranderd. Het bureau is meer naar de scholen toe gaan werken, met vaste "
              "contactpersonen per school in plaats van een centraal postvak. Formulieren zijn vereenvoudigd en de "
              "vergaderstructuur is teruggebracht van vijf naar drie overleggen. Scholen geven aan dat zij het bureau "
              "beter weten te vinden, al is er nog verschil tussen scholen in de stad en op het platteland."),
        ("p", "Niet alles is gelukt. De plannen voor een gezamenlijke kennisbank zijn blijven liggen en de samenwerking "
              "met de kinderopvang is minder ver gekomen dan gehoopt. Die onderwerpen nemen wij mee, maar zij staan niet "
              "centraal in dit plan. Dit plan is bewust korter en beleidsrijker dan het vorige."),
    ]


def kennisdeling(p):
    return [
        ("h1", "Kennisdeling en innovatie"),
        ("p", "Scholen leren het meest van elkaar. Daarom organiseren wij leernetwerken waarin leraren en specialisten "
              "van verschillende scholen samen aan een vraagstuk werken, bijvoorbeeld over executieve functies, over "
              "het gesprek met leerlingen of over het werken met onderwijsassistenten. Een leernetwerk duurt een "
              "schooljaar en sluit af met een bijeenkomst waarin de opbrengst wordt gedeeld met andere scholen."),
        ("p", "Daarnaast stellen wij jaarlijks een klein innovatiebudget beschikbaar voor schoolteams die iets nieuws "
              "willen uitproberen. Een aanvraag is kort: wat wil het team doen, waarom, en hoe deelt het de ervaringen "
              "met anderen. Een commissie van twee directeuren en een medewerker van het bureau beoordeelt de aanvragen "
              "in november. In de vorige periode zijn op deze manier onder meer een buitenlesproject, een "
              "leesbevorderingsproject met de bibliotheek en een project met digitale leermiddelen gestart."),
        ("p", "Wij werken samen met de lerarenopleidingen in de regio. Studenten lopen stage op scholen met veel "
              "ervaring in de ondersteuning van leerlingen, en docenten van de opleidingen nemen deel aan onze "
              "studiedag. Zo willen wij ervoor zorgen dat nieuwe leraren beter voorbereid de klas in gaan."),
    ]


def integriteit(p):
    return [
        ("h1", "Integriteit en bedrijfsvoering"),
        ("p", "Het bestuur en de medewerkers van het samenwerkingsverband houden zich aan een gedragscode. Daarin staan "
              "afspraken over nevenfuncties, geschenken, belangenverstrengeling en zorgvuldige omgang met informatie. "
              "Er is een regeling voor het melden van vermoedens van misstanden; de vertrouwenspersoon is extern."),
        ("p", "De bezoldiging van de directeur-bestuurder blijft binnen de normen van de Wet normering topinkomens. "
              "Nevenfuncties van bestuur en toezicht worden jaarlijks gepubliceerd. De inkoop van diensten verloopt "
              "volgens een inkoopbeleid met drempelbedragen waarboven offertes worden gevraagd."),
        ("p", "De bedrijfsvoering is grotendeels uitbesteed aan een administratiekantoor dat ook voor andere "
              "samenwerkingsverbanden werkt. Het bureau bewaakt de kwaliteit van deze dienstverlening in een "
              "halfjaarlijks gesprek."),
    ]


def renumber(entries):
    """Renumber a TOC list: 'N title' is a chapter, 'N.M title' a section, others unnumbered."""
    out, ch, sec = [], 0, 0
    for e in entries:
        m2 = re.match(r"^\d+\.\d+ (.*)$", e)
        m1 = re.match(r"^\d+ (.*)$", e)
        if m2:
            sec += 1
            out.append(f"{ch}.{sec} {m2.group(1)}")
        elif m1:
            ch += 1
            sec = 0
            out.append(f"{ch} {m1.group(1)}")
        else:
            out.append(e)
    return out


GLOSS_COMMON = [
    ("Basisondersteuning", "Het afgesproken geheel van preventieve en licht curatieve interventies dat alle scholen van het samenwerkingsverband bieden."),
    ("Dekkend aanbod", "Een netwerk van voorzieningen waarmee voor iedere leerling een passende plek beschikbaar is."),
    ("Meerjarenbegroting", "Begroting die de verwachte baten en lasten voor meerdere jaren weergeeft."),
    ("OOGO", "Op overeenstemming gericht overleg tussen samenwerkingsverband en gemeenten."),
    ("OPR", "Ondersteuningsplanraad: medezeggenschapsorgaan met instemmingsrecht op het ondersteuningsplan."),
    ("OJSP", "Ouder- en jeugdsteunpunt: onafhankelijk steunpunt voor ouders en jongeren met vragen over ondersteuning."),
    ("Terugplaatsing", "De overstap van een leerling uit het speciaal (basis)onderwijs terug naar het regulier onderwijs."),
    ("TLV", "Toelaatbaarheidsverklaring: besluit van het samenwerkingsverband dat een leerling toelaatbaar is tot het speciaal (basis)onderwijs."),
    ("Verdeelmodel", "De systematiek waarmee het samenwerkingsverband de ondersteuningsmiddelen over de scholen verdeelt."),
    ("Onderwijsconsulent", "Onafhankelijk adviseur voor ouders bij vastgelopen situaties rond onderwijs en ondersteuning."),
]


# ===========================================================================
# Plan 1 — PO Lingedelta (docx + pdf)
# ===========================================================================
P1 = dict(name="Samenwerkingsverband Passend Primair Onderwijs Lingedelta", short="SWV Lingedelta", code="PO 31-04",
          period="2026-2030", staff="intern begeleiders", gemeenten="Aldermeer, Vrouwenpolder-Linge en Hessenwaard",
          n_besturen=9, n_schools=58, n_pupils="11.400", n_gem=3, director="mw. drs. A.M. (Annelies) Verbrugge",
          seat="Hessenwaard", opr_date="24 maart 2026", oogo_date="3 maart 2026", other_swv="VO Lingestroom (VO 31-05)",
          fte="7,4", system="Kindkans", dir_date="22 januari 2026", vast_date="8 april 2026", insp_date="15 april 2026")


def plan1():
    p = P1
    b = [("title", "Ondersteuningsplan 2026-2030"),
         ("subtitle", f"{p['name']} ({p['code']}) — Samen sterk voor elk kind"),
         ("subtitle", "Vastgesteld door het algemeen bestuur op 8 april 2026"),
         ("toc", renumber(["Voorwoord", "Leeswijzer", "0 Terugblik op de vorige planperiode", "1 De regio in beeld", "2 Missie, visie en ambities",
                  "3 Basisondersteuning: wat elke school biedt", "4 Extra ondersteuning en het dekkend netwerk",
                  "5 Toelaatbaarheid tot sbo en so (inclusief terugplaatsing)", "6 Geld en middelen",
                  "7 Resultaten en kwaliteitszorg", "8 Communicatie", "9 Samenwerking met gemeenten (OOGO)",
                  "10 Organisatie en governance", "11 Medezeggenschap", "12 Personeel en professionalisering",
                  "0 Kennisdeling en innovatie", "0 Integriteit en bedrijfsvoering", "13 ICT, gegevensuitwisseling en privacy", "14 Planning en vaststelling", "Begrippenlijst"])),
         ("pb",)]
    b += voorwoord(p) + leeswijzer(p) + terugblik(p) + context(p) + visie(p)
    b += [
        ("h1", "Basisondersteuning: wat elke school biedt"),
        ("p", "Alle negen schoolbesturen hebben afgesproken welke ondersteuning iedere basisschool in de Lingedelta ten minste "
              "biedt, op elke vestiging, ook op de kleinste dorpsschool. Dit niveau is de ondergrens: geen school zakt eronder "
              "en ouders hoeven er geen aanvraag voor te doen. Wat een school daarbovenop kan, staat in haar "
              "schoolondersteuningsprofiel en in de schoolgids."),
        ("p", "De afspraken zijn gegroepeerd in zes domeinen. Per domein staat in de tabel wat u als ouder op elke school mag "
              "verwachten."),
        ("table", [["Domein", "Wat elke school in de Lingedelta ten minste biedt"],
                   ["Lezen en dyslexie", "Werken volgens het Protocol leesproblemen en dyslexie; signalering vanaf groep 2; "
                    "bij achterstand ten minste drie keer per week twintig minuten extra begeleide leestijd; "
                    "aanvraag dyslexieonderzoek na twee documentaire ondersteuningsperioden."],
                   ["Rekenen", "Werken volgens het protocol ERWD; diagnostisch gesprek bij hardnekkige problemen; "
                    "inzet van concreet materiaal en verlengde instructie."],
                   ["Gedrag en sociaal-emotionele ontwikkeling", "Een schoolbrede aanpak voor positief gedrag, een "
                    "anti-pestcoördinator, jaarlijkse monitoring van sociale veiligheid en een time-in-plek in de school."],
                   ["Ondersteuningsstructuur", "Een intern begeleider met ten minste één dag per week per 150 leerlingen; "
                    "een ondersteuningsteam dat minstens zes keer per jaar bijeenkomt, met de orthopedagoog van het "
                    "samenwerkingsverband en schoolmaatschappelijk werk; handelingsgericht werken met groepsplannen."],
                   ["Meer- en hoogbegaafdheid", "Signalering met een vast instrument, compacten en verrijken in de groep, "
                    "een verrijkingsaanbod van minimaal één uur per week."],
                   ["Medisch en fysiek", "Een protocol medisch handelen, afspraken over medicijngebruik, een toegankelijk "
                    "gebouw of een afspraak met een school die dat wel is."]]),
        ("p", "Elke school beschrijft in haar schoolgids hoe zij deze afspraken waarmaakt. Het bureau bekijkt jaarlijks in het "
              "kwaliteitsgesprek met het schoolbestuur aan de hand van de kwaliteitskaart basisondersteuning of een school "
              "aan alle onderdelen voldoet. Voldoet een school op een onderdeel niet, dan stelt het bestuur binnen drie "
              "maanden een verbeterplan op en volgt het bureau dit plan bij het eerstvolgende gesprek."),
        ("h1", "Extra ondersteuning en het dekkend netwerk"),
        ("p", "Wat een leerling nodig heeft, kan niet altijd binnen de basisondersteuning. Daarom kent de Lingedelta een "
              "opbouw in vijf niveaus, van de gewone groep tot het speciaal onderwijs. Zo ontstaat een samenhangend geheel "
              "van voorzieningen binnen en tussen de scholen."),
        ("table", [["Niveau", "Wat", "Wie regelt"],
                   ["1", "Ondersteuning in de groep door de leraar", "School"],
                   ["2", "Extra zorg in de school met hulp van de intern begeleider", "School"],
                   ["3", "Schoolarrangement: extra uren, specialist of materialen voor een leerling of groepje", "School, met budget van het SWV"],
                   ["4", "Bovenschoolse voorziening: Taalklas De Brug (nieuwkomers), plusklas De Uitkijk, "
                         "observatiegroep Kameleon (max. 12 weken)", "Loket SWV"],
                   ["5", "Speciaal basisonderwijs (twee sbo-scholen) of speciaal onderwijs cluster 3 en 4 "
                         "(drie so-scholen in of nabij de regio)", "Commissie Toelaatbaarheid"]]),
        ("p", "Elk jaar in mei brengt het bureau in beeld waar het netwerk tekortschiet. Wij gebruiken daarvoor de registraties "
              "van het loket, de wachtlijsten van de bovenschoolse voorzieningen en de sbo- en so-scholen, en de meldingen van "
              "leerplicht. Een 'witte vlek' leggen wij voor aan het directeurenoverleg, dat binnen twee maanden een voorstel "
              "doet. De analyse van 2025 liet zien dat er in het noorden van de regio geen passende plek is voor jonge "
              "kinderen met ernstige gedragsproblemen; daarom start in augustus 2027 een kleine kleutergroep bij sbo De Hoeve."),
        ("p", "Geen kind mag thuiszitten. Scholen melden een leerling die langer dan vier weken geen onderwijs volgt bij het "
              "loket. Het maandelijkse thuiszittersoverleg met leerplicht en jeugdhulp bespreekt iedere melding en wijst een "
              "casusregisseur aan. Is er na drie maanden geen oplossing, dan escaleert de casusregisseur naar de "
              "directeur-bestuurder, die met de betrokken besturen een plek afspreekt. Op 1 oktober 2025 waren er zeven "
              "thuiszitters in de regio."),
        ("h1", "Toelaatbaarheid tot sbo en so (inclusief terugplaatsing)"),
        ("h2", "Route naar een toelaatbaarheidsverklaring"),
        ("p", "Wanneer een leerling meer nodig heeft dan een reguliere school met een arrangement kan bieden, kan het bevoegd "
              "gezag van de school waar de leerling staat ingeschreven een toelaatbaarheidsverklaring (TLV) aanvragen. De "
              "route verloopt in vijf stappen."),
        ("table", [["Stap", "Wat gebeurt er", "Wie", "Termijn"],
                   ["1", "Bespreking in het ondersteuningsteam, met ouders; OPP is bijgewerkt", "School en ouders", "—"],
                   ["2", "Aanvraag via Kindkans met OPP, groeidocument, onderwijskundig rapport en zienswijze van ouders", "Bevoegd gezag", "—"],
                   ["3", "Twee deskundigen geven elk een eigen schriftelijk advies: een orthopedagoog of psycholoog en, "
                         "afhankelijk van de leerling, een tweede deskundige (bijv. maatschappelijk werker of arts). Zij waren "
                         "niet betrokken bij de aanvraag.", "Deskundigen SWV", "binnen 3 weken"],
                   ["4", "Besluit over de toelaatbaarheid, de duur en (bij so) de bekostigingscategorie", "Commissie Toelaatbaarheid", "binnen 6 weken na volledige aanvraag"],
                   ["5", "Schriftelijk besluit met de adviezen aan ouders en school", "Bureau SWV", "binnen 1 week na besluit"]]),
        ("h2", "Wanneer is een leerling toelaatbaar?"),
        ("p", "De Commissie Toelaatbaarheid beoordeelt iedere aanvraag aan de hand van vaste criteria. Voor het sbo geldt dat "
              "een leerling toelaatbaar is als aan alle drie de volgende voorwaarden is voldaan:"),
        ("ul", ["de school heeft ten minste twee cycli van handelingsgericht werken met een arrangement uitgevoerd en "
                "geëvalueerd in het OPP;",
                "de ondersteuningsbehoefte vraagt structureel om een kleinere groep en een aangepast programma dat de "
                "reguliere school ook met hulp van het samenwerkingsverband niet kan bieden;",
                "de verwachte ontwikkeling in een reguliere setting blijft duidelijk achter bij het uitstroomperspectief in het OPP."]),
        ("p", "Voor het speciaal onderwijs komen daarbij: de leerling heeft een intensieve, langdurige ondersteuningsbehoefte "
              "op het gebied van gedrag, lichamelijke of verstandelijke mogelijkheden of langdurige ziekte, waarvoor een "
              "combinatie van onderwijs en specialistische expertise nodig is die ook in het sbo niet voorhanden is. De "
              "bekostigingscategorie laag, midden of hoog volgt uit de benodigde intensiteit van begeleiding en verzorging "
              "zoals beschreven door de deskundigen."),
        ("p", "Een TLV voor het sbo geldt in de regel tot het einde van de basisschoolperiode; een TLV voor het so wordt "
              "afgegeven voor twee schooljaren en eindigt op 31 juli. Ouders en school kunnen binnen zes weken bezwaar maken "
              "bij het bestuur van het samenwerkingsverband, dat advies vraagt aan de Landelijke Bezwaaradviescommissie "
              "Toelaatbaarheidsverklaringen."),
        ("h2", "Na de TLV: terug naar de basisschool"),
        ("p", "Een plaatsing in het sbo of so is voor ons waar mogelijk een tussenstap. Wij willen dat een kind dat het "
              "aankan, terugkeert naar een reguliere school zo dicht mogelijk bij huis. Voorwaarde is dat het OPP laat zien "
              "dat de leerling zich in het speciaal (basis)onderwijs zo heeft ontwikkeld dat de ondersteuning op een "
              "reguliere school met een arrangement te bieden is."),
        ("p", "De sbo- of so-school evalueert elk jaar in februari het OPP met de ouders. In het laatste jaar van de TLV "
              "bespreekt de school uiterlijk op 1 maart met ouders en het loket of terugkeer mogelijk is. Is dat zo, dan "
              "zoekt de school samen met de ouders een basisschool en volgt een proefplaatsing van zes weken. Het loket "
              "beslist daarna over een terugplaatsingsarrangement; de TLV loopt dan af op 31 juli. Is terugkeer nog niet "
              "mogelijk, dan vraagt de s(b)o-school tijdig een nieuwe TLV aan."),
        ("p", "Een teruggeplaatste leerling krijgt een jaar lang begeleiding van een leraar van de sbo- of so-school, twee uur "
              "per week, op de nieuwe school. Het samenwerkingsverband betaalt dit arrangement (€ 3.500 per leerling). In "
              "2024-2025 keerden elf leerlingen terug naar het regulier onderwijs."),
        ("h1", "Geld en middelen"),
        ("p", "Het samenwerkingsverband ontvangt van het Rijk het budget voor lichte en zware ondersteuning. Na aftrek van de "
              "afdrachten die DUO rechtstreeks inhoudt voor leerlingen in het so, en de kosten van het sbo boven de 2%, "
              "verdelen wij het restant volgens een vast verdeelmodel."),
        ("ul", ["Schoolbudget: € 185 per leerling op de teldatum 1 oktober van het voorgaande jaar, uitgekeerd aan het "
                "schoolbestuur, plus een vaste voet van € 6.000 per vestiging;",
                "Arrangementen en bovenschoolse voorzieningen: toegekend door het loket op basis van een aanvraag, tegen een "
                "vast tarief per arrangement;",
                "Bureau en commissies: maximaal 9% van de rijksbijdrage."]),
        ("p", "Het algemeen bestuur stelt het verdeelmodel vast; wijzigingen gaan in per 1 augustus en worden een jaar van "
              "tevoren aangekondigd. Schoolbesturen leggen jaarlijks vóór 1 april in een bestedingsverslag verantwoording "
              "af over de inzet van het schoolbudget."),
        ("p", "De reserves van het samenwerkingsverband zijn in de afgelopen jaren afgebouwd tot onder de signaleringswaarde. "
              "Wij houden een weerstandsvermogen aan van ongeveer 4% van de baten."),
        ("p", "De meerjarenbegroting 2026-2030 met de bedragen per post wordt na goedkeuring door het algemeen bestuur in "
              "december 2026 als bijlage 6 aan dit plan toegevoegd."),
        ("h1", "Resultaten en kwaliteitszorg"),
        ("p", "Dit plan is pas geslaagd als kinderen er iets van merken. Daarom hebben wij voor de planperiode de volgende "
              "beoogde resultaten geformuleerd voor leerlingen die extra ondersteuning nodig hebben."),
        ("table", [["Beoogd resultaat", "Streefwaarde"],
                   ["Aantal thuiszitters (peildatum 1 oktober)", "minder dan 5 in 2028, 0 langer dan drie maanden"],
                   ["Deelname so", "niet hoger dan 1,6% in 2030"],
                   ["Scholen die aan alle afspraken basisondersteuning voldoen", "100% in 2028"],
                   ["Terugplaatsingen naar regulier", "ten minste 12 per jaar"],
                   ["Leerlingen met een arrangement die hun OPP-doelen halen", "ten minste 75%"]]),
        ("p", "Hoe wij deze doelen precies gaan meten, welke bronnen wij gebruiken en wanneer wij erover rapporteren, leggen "
              "wij vast in een kwaliteitskader dat in de loop van het eerste planjaar verschijnt."),
        ("h1", "Communicatie"),
        ("p", "Goede communicatie begint bij heldere informatie. Iedere school geeft ouders bij de aanmelding de "
              "ouderbrochure 'Passend onderwijs in de Lingedelta', waarin staat welke ondersteuning elke school biedt, hoe "
              "een arrangement werkt en wat er gebeurt bij een aanvraag voor een TLV. Op onze website staat een "
              "ouderpagina met dezelfde informatie, de schoolondersteuningsprofielen van alle scholen en een "
              "stroomschema. Twee keer per jaar organiseren wij een informatieavond voor ouders, in het najaar in "
              "Hessenwaard en in het voorjaar in Aldermeer."),
        ("p", "Soms lopen ouders vast of zijn zij het niet eens met de school of met ons. Zij kunnen dan terecht bij het "
              "Ouder- en Jeugdsteunpunt Lingedelta. Het steunpunt werkt onafhankelijk van scholen en besturen, is "
              "bereikbaar op werkdagen tussen 9.00 en 15.00 uur en helpt gratis. Daarnaast kunnen ouders een beroep doen "
              "op de landelijke onderwijsconsulenten. Voor klachten is het samenwerkingsverband aangesloten bij de "
              "Landelijke Klachtencommissie Onderwijs van Stichting Onderwijsgeschillen."),
        ("p", "Ouders zijn gesprekspartner bij het opstellen en evalueren van het OPP van hun kind. Leerlingen worden "
              "gehoord over hun eigen ontwikkelingsperspectief."),
        ("p", "Voor scholen verschijnt zes keer per jaar een digitale nieuwsbrief. Intern begeleiders ontvangen daarnaast "
              "een eigen nieuwsbrief met actuele informatie over procedures en scholing."),
    ]
    b += oogo(p, True) + governance(p) + opr(p, True) + personeel(p) + kennisdeling(p) + integriteit(p) + ict(p) + planning(p)
    b += begrippen(GLOSS_COMMON + [("Sbo", "Speciaal basisonderwijs."), ("So", "Speciaal onderwijs, hier cluster 3 en 4."),
                                   ("Resultaten", "De beoogde en bereikte effecten van het beleid voor leerlingen.")])
    return b


LABEL1 = """documents: [po-lingedelta-2026.docx, po-lingedelta-2026.pdf]
sector: po
looks_like_plan: true
elements: {basisondersteuning: present, plaatsing: present, terugstroom: present, financien: partial, dekkend-aanbod: present, resultaten: partial, ouders: present}
criteria:
  basisondersteuning.niveau: true
  basisondersteuning.inhoud: true
  plaatsing.procedure: true
  plaatsing.criteria: true
  terugstroom.procedure: true
  terugstroom.beleid: true
  financien.verdeling: true
  financien.besteding: false
  dekkend-aanbod.continuum: true
  dekkend-aanbod.lacunes: true
  resultaten.doelen: true
  resultaten.monitoring: false
  ouders.informatie: true
  ouders.steunpunt: true
advisory_addressed:
  basisondersteuning: [borging]
  plaatsing: [deskundigen, duur-categorie, bezwaar]
  terugstroom: [monitoring]
  financien: [reserves, verantwoording]
  dekkend-aanbod: [ketenpartners]
  resultaten: [meetbaar]
  ouders: [betrokkenheid]
notes:
  basisondersteuning: "Ch. 4 'Basisondersteuning: wat elke school biedt': minimum for every vestiging plus a six-domain table of concrete provisions; kwaliteitskaart = borging."
  plaatsing: "Ch. 6: TLV steps table (aanvraag, two deskundigen, Commissie Toelaatbaarheid, 6 weeks), criteria list for sbo and so, duration and bezwaar/LBT."
  terugstroom: "Hidden inside ch. 6 (TLV chapter), subsection 'Na de TLV: terug naar de basisschool': policy/conditions, yearly OPP evaluation, 1 March check, proefplaatsing, arrangement after return, 11 returns."
  financien: "Ch. 7 'Geld en middelen' gives the verdeelmodel (EUR 185 per leerling, vaste voet); the meerjarenbegroting is deferred to a bijlage 6 added in December 2026 -> besteding not addressed."
  dekkend-aanbod: "Ch. 5: five-level continuum table; yearly witte-vlekken analysis and thuiszitters escalation route."
  resultaten: "Ch. 8 has a table of beoogde resultaten with streefwaarden, but how they are measured/reported is deferred to a kwaliteitskader 'in de loop van het eerste planjaar'."
  ouders: "Only under ch. 9 'Communicatie': brochure, ouderpagina, informatieavonden; Ouder- en Jeugdsteunpunt, onderwijsconsulenten, klachtencommissie."
"""


# ===========================================================================
# Plan 2 — VO Kustlanden (docx only)
# ===========================================================================
P2 = dict(name="Samenwerkingsverband Voortgezet Onderwijs Kustlanden", short="SWV Kustlanden", code="VO 27-12",
          period="2026-2030", staff="ondersteuningscoördinatoren", gemeenten="Zeewolderhaven, Duinmond en Oud-Strand",
          n_besturen=6, n_schools=17, n_pupils="9.800", n_gem=3, director="dhr. R.J. (Roel) Kasteleijn MEd",
          seat="Zeewolderhaven", opr_date="17 maart 2026", oogo_date="19 februari 2026",
          other_swv="PO Kustlanden (PO 27-11)", fte="9,2", system="Onderwijstransparant",
          dir_date="15 januari 2026", vast_date="2 april 2026", insp_date="20 april 2026")


def plan2():
    p = P2
    b = [("title", "Ondersteuningsplan Samenwerkingsverband VO Kustlanden 2026-2030"),
         ("subtitle", "Iedere jongere een passende plek — concept ter instemming OPR, versie 3.2"),
         ("toc", renumber(["Voorwoord", "Leeswijzer", "0 Terugblik op de vorige planperiode", "1 De regio in beeld", "2 Missie, visie en ambities",
                  "3 Ondersteuning op de scholen", "4 Ondersteuning tussen de scholen", "4.1 Bovenschoolse voorzieningen",
                  "4.2 Toewijzing vso, lwoo en pro", "4.3 Thuiszitters", "4.4 Terug naar het regulier onderwijs",
                  "5 Financieel beleid", "6 Kwaliteit en resultaten", "7 Samenwerking met gemeenten (OOGO)",
                  "8 Communicatie", "9 Organisatie en governance", "10 Medezeggenschap", "11 Personeel en professionalisering",
                  "0 Kennisdeling en innovatie", "0 Integriteit en bedrijfsvoering", "12 ICT, gegevensuitwisseling en privacy", "13 Planning en vaststelling", "Begrippenlijst"])),
         ("pb",)]
    b += voorwoord(p) + leeswijzer(p) + terugblik(p) + context(p) + visie(p)
    b += [
        ("h1", "Ondersteuning op de scholen"),
        ("p", "Basisondersteuning is in Kustlanden het niveau van ondersteuning dat alle scholen voor voortgezet onderwijs "
              "in de regio, op elke vestiging, minimaal bieden aan iedere leerling. De schoolbesturen hebben in 2025 "
              "afgesproken dat dit niveau voor alle vestigingen gelijk is, ongeacht schoolsoort of denominatie, en dat een "
              "vestiging die het niveau nog niet haalt, daar binnen de planperiode naartoe werkt."),
        ("p", "Hoe de basisondersteuning er op een school concreet uitziet, staat in het schoolondersteuningsprofiel van die "
              "school, te vinden op de websites van de scholen. Een gezamenlijke set standaarden voor de basisondersteuning "
              "stellen wij in het schooljaar 2026-2027 met de ondersteuningscoördinatoren vast."),
        ("p", "Elke school heeft een ondersteuningscoördinator en een ondersteuningsteam. Mentoren zijn het eerste "
              "aanspreekpunt. Wat een school daarnaast kan bieden, verschilt per school en per leerweg; het "
              "schoolondersteuningsprofiel geeft daarvan een beeld."),
        ("h1", "Ondersteuning tussen de scholen"),
        ("h2", "Bovenschoolse voorzieningen"),
        ("p", "Als de ondersteuning op een school niet volstaat, kan de school een beroep doen op het samenwerkingsverband. "
              "Ons aanbod is opgebouwd als een continuüm: eerst extra ondersteuning op de eigen school met een "
              "arrangement, dan een tijdelijke bovenschoolse voorziening, en pas daarna het voortgezet speciaal onderwijs."),
        ("table", [["Voorziening", "Voor wie", "Duur", "Plaatsen"],
                   ["Arrangement op school (ambulante begeleiding, coaching, examentraining)", "Leerlingen die extra begeleiding nodig hebben binnen de eigen school", "max. 1 schooljaar, verlengbaar", "n.v.t."],
                   ["Rebound Kustlanden", "Leerlingen die tijdelijk uit de klas moeten na ernstig gedragsincident", "8-12 weken", "16"],
                   ["OPDC De Branding", "Leerlingen met gedrags- of motivatieproblemen die een kleinere setting nodig hebben", "max. 2 jaar", "60"],
                   ["Structuurklas Kompas", "Leerlingen met autisme die tijdelijk een prikkelarme, voorspelbare setting nodig hebben", "tot 6 maanden", "12"],
                   ["Vso (cluster 3 en 4)", "Leerlingen met een TLV", "volgens TLV", "ca. 410 leerlingen"]]),
        ("p", "De voorzieningen werken samen met de jeugdhulp. Een leerling in de Rebound blijft ingeschreven op de eigen "
              "school, die verantwoordelijk blijft voor het onderwijsprogramma."),
        ("h2", "Toewijzing vso, lwoo en pro"),
        ("p", "Voor toelating tot het voortgezet speciaal onderwijs is een toelaatbaarheidsverklaring nodig. De aanvraag "
              "wordt gedaan door het bevoegd gezag van de school waar de leerling is ingeschreven of aangemeld, via "
              "Onderwijstransparant. Bij de aanvraag horen het OPP, een verslag van het multidisciplinair overleg en de "
              "handelingsplannen van het afgelopen jaar."),
        ("p", "De Commissie Toewijzing van het samenwerkingsverband beoordeelt de aanvraag. Zij vraagt advies aan twee "
              "deskundigen: een orthopedagoog of psycholoog en een tweede deskundige, afhankelijk van de vraag van de "
              "leerling. De commissie besluit binnen acht weken na ontvangst van een volledige aanvraag en stelt daarbij "
              "ook de duur van de TLV en de bekostigingscategorie vast. Een TLV wordt in de regel afgegeven tot het einde "
              "van het schooljaar waarin de leerling 16 wordt of voor twee schooljaren."),
        ("p", "De criteria die de commissie hanteert bij het beoordelen van aanvragen, zijn te vinden op "
              "www.kustlanden-vo.nl/toewijzing."),
        ("p", "Aanvragen voor leerwegondersteunend onderwijs en voor praktijkonderwijs lopen via dezelfde commissie. De "
              "basisschool levert daarvoor de gegevens aan via het onderwijskundig rapport; de vo-school dient de aanvraag "
              "in vóór 1 maart. De commissie besluit vóór 1 mei, zodat de leerling op tijd weet waar hij aan toe is."),
        ("h2", "Thuiszitters"),
        ("p", "Thuiszitters hebben onze voortdurende aandacht. Wij willen dat geen enkele jongere langer dan nodig thuis "
              "zit. In 2027 onderzoeken wij samen met leerplicht welke aanpak in onze regio het beste past en welke "
              "afspraken daarvoor nodig zijn."),
        ("h2", "Terug naar het regulier onderwijs"),
        ("p", "Dit onderdeel wordt in overleg met de vso-scholen in de regio nader uitgewerkt. De uitwerking volgt als "
              "addendum bij dit plan, nadat de vso-scholen hun nieuwe uitstroomprofielen hebben vastgesteld."),
        ("h1", "Financieel beleid"),
        ("p", "Kustlanden ontvangt jaarlijks ongeveer € 9,1 miljoen aan rijksmiddelen voor lichte en zware ondersteuning, "
              "lwoo en pro. Na aftrek van de afdrachten aan DUO voor het vso verdelen wij de middelen volgens het "
              "onderstaande verdeelmodel. Het algemeen bestuur stelt het model vast na advies van het directeurenoverleg; "
              "wijzigingen gaan in per 1 augustus."),
        ("table", [["Onderdeel verdeelmodel", "Criterium", "Bedrag 2026"],
                   ["Middelen lichte ondersteuning", "€ 142 per leerling op teldatum 1 oktober, naar het schoolbestuur", "€ 1.391.600"],
                   ["Lwoo en pro", "Doorbetaling op basis van het aantal aanwijzingen op 1 oktober", "€ 2.780.000"],
                   ["Arrangementen op school", "Toekenning per aanvraag, vast tarief € 4.200 per arrangement", "€ 630.000"],
                   ["Bovenschoolse voorzieningen", "Vaste bijdrage per plaats", "€ 1.150.000"],
                   ["Bureau, commissie en deskundigen", "Begroting bureau", "€ 720.000"]]),
        ("p", "De meerjarenbegroting laat zien hoe wij de middelen in de planperiode besteden. De daling van de baten volgt "
              "uit de verwachte daling van het leerlingaantal."),
        ("table", [["Post (x € 1.000)", "2026", "2027", "2028", "2029"],
                   ["Baten rijksbijdrage", "9.100", "9.020", "8.930", "8.850"],
                   ["Afdracht vso (DUO)", "2.380", "2.360", "2.340", "2.320"],
                   ["Lichte ondersteuning naar besturen", "1.392", "1.380", "1.365", "1.350"],
                   ["Lwoo en pro", "2.780", "2.760", "2.730", "2.700"],
                   ["Arrangementen", "630", "640", "650", "650"],
                   ["Bovenschoolse voorzieningen", "1.150", "1.150", "1.150", "1.150"],
                   ["Bureau en commissies", "720", "710", "700", "690"],
                   ["Resultaat", "48", "20", "-5", "-10"]]),
        ("p", "De algemene reserve bedraagt eind 2025 € 1,4 miljoen. Het bestuur heeft besloten deze boven de "
              "signaleringswaarde niet verder te laten groeien."),
        ("h1", "Kwaliteit en resultaten"),
        ("p", "Voor de planperiode hebben wij de volgende beoogde resultaten vastgesteld voor jongeren met een "
              "ondersteuningsbehoefte:"),
        ("table", [["Doel", "Indicator", "Nulmeting 2025", "Streefwaarde 2029"],
                   ["Meer jongeren in het regulier onderwijs", "Deelnamepercentage vso", "4,2%", "3,8%"],
                   ["Snelle terugkeer uit de Rebound", "% leerlingen binnen 12 weken terug op eigen school", "71%", "85%"],
                   ["Diploma bij OPDC-leerlingen", "% uitstroom met diploma of startkwalificatie", "48%", "60%"],
                   ["Tevreden scholen", "Waardering dienstverlening loket (schaal 1-10)", "6,9", "7,5"]]),
        ("p", "Wij volgen deze indicatoren met een dashboard dat het bureau elk kwartaal bijwerkt op basis van gegevens "
              "van DUO, Onderwijstransparant en de eigen registraties. Het bestuur bespreekt het dashboard in elke "
              "vergadering. Eens per jaar evalueren wij in juni met het directeurenoverleg en de OPR of de doelen binnen "
              "bereik liggen, en in het jaarverslag rapporteren wij de bereikte resultaten per indicator. Halverwege de "
              "planperiode laten wij een externe evaluatie uitvoeren."),
        ("h1", "Communicatie"),
        ("p", "Het bureau informeert de scholen via een maandelijkse nieuwsbrief en via het netwerk van "
              "ondersteuningscoördinatoren. Nieuwe medewerkers van scholen kunnen een inwerkbijeenkomst volgen over de "
              "procedures van het samenwerkingsverband. Het jaarverslag verschijnt elk jaar vóór 1 juli."),
        ("p", "Wij willen de komende jaren ook de herkenbaarheid van het samenwerkingsverband vergroten. Veel leerlingen, "
              "ouders en leraren weten niet goed wat een samenwerkingsverband doet. Een communicatieplan is in "
              "voorbereiding."),
    ]
    b += oogo(p, True) + governance(p) + opr(p, False) + personeel(p) + kennisdeling(p) + integriteit(p) + ict(p) + planning(p)
    b += begrippen(GLOSS_COMMON + [("Lwoo", "Leerwegondersteunend onderwijs."), ("Pro", "Praktijkonderwijs."),
                                   ("OPDC", "Orthopedagogisch-didactisch centrum."), ("Vso", "Voortgezet speciaal onderwijs.")])
    return b


LABEL2 = """documents: [vo-kustlanden-2026.docx]
sector: vo
looks_like_plan: true
elements: {basisondersteuning: partial, plaatsing: partial, terugstroom: missing, financien: present, dekkend-aanbod: partial, resultaten: present, ouders: missing}
criteria:
  basisondersteuning.niveau: true
  basisondersteuning.inhoud: false
  plaatsing.procedure: true
  plaatsing.criteria: false
  terugstroom.procedure: false
  terugstroom.beleid: false
  financien.verdeling: true
  financien.besteding: true
  dekkend-aanbod.continuum: true
  dekkend-aanbod.lacunes: false
  resultaten.doelen: true
  resultaten.monitoring: true
  ouders.informatie: false
  ouders.steunpunt: false
advisory_addressed:
  plaatsing: [deskundigen, duur-categorie]
  financien: [reserves]
  dekkend-aanbod: [ketenpartners]
  resultaten: [meetbaar]
notes:
  basisondersteuning: "Ch. 4 defines the level as the agreed minimum for every vestiging, but the content is pushed to each school's SOP on the school websites and to standards to be set in 2026-2027."
  plaatsing: "Section 5.2 describes the vso TLV and lwoo/pro procedure (Commissie Toewijzing, two deskundigen, 8 weeks), but the criteria are only 'te vinden op www.kustlanden-vo.nl/toewijzing'."
  terugstroom: "Section 5.4 'Terug naar het regulier onderwijs' only defers ('wordt nader uitgewerkt ... volgt als addendum'); terugplaatsing otherwise only in TOC and begrippenlijst."
  financien: "Ch. 6 'Financieel beleid': verdeelmodel table with criteria and amounts plus a 2026-2029 meerjarenbegroting table; reserve position."
  dekkend-aanbod: "Section 5.1 gives the continuum table (arrangement, Rebound, OPDC, Structuurklas Kompas, vso); section 5.3 on thuiszitters is only an aspiration plus 'in 2027 onderzoeken wij'; OOGO text covers jeugdhulp cooperation."
  resultaten: "Ch. 7: table of goals with indicators, nulmeting and streefwaarde; quarterly dashboard, yearly evaluation in June, jaarverslag, mid-term external evaluation."
  ouders: "Nothing for parents: 'Communicatie' addresses schools only and a communicatieplan 'in voorbereiding'; OJSP and onderwijsconsulent appear only in the begrippenlijst; OPR text does not describe a parental role."
"""


# ===========================================================================
# Plan 3 — PO Heuvelrand (pdf only, rendered from a temporary docx)
# ===========================================================================
P3 = dict(name="Stichting Samenwerkingsverband Primair Onderwijs Heuvelrand", short="SWV Heuvelrand", code="PO 32-06",
          period="2026-2030", staff="intern begeleiders", gemeenten="Bergeijkerveld, Lommelen en Stoutendaal",
          n_besturen=7, n_schools=41, n_pupils="7.650", n_gem=3, director="dhr. J.H. (Joost) Timmermans",
          seat="Lommelen", opr_date="31 maart 2026", oogo_date="10 maart 2026", other_swv="VO Heuvelrand-Kempen (VO 32-07)",
          fte="5,1", system="Kindkans", dir_date="29 januari 2026", vast_date="14 april 2026", insp_date="24 april 2026")
HEADER3 = "Ondersteuningsplan 2026-2030 SWV PO Heuvelrand · basisondersteuning · toelaatbaarheid · terugplaatsing · resultaten"


def plan3():
    p = P3
    b = [("title", "Ondersteuningsplan 2026-2030: ieder kind telt"),
         ("subtitle", f"{p['name']} ({p['code']})"),
         ("subtitle", "Over basisondersteuning, toelaatbaarheid, terugplaatsing, financiën en resultaten"),
         ("toc", renumber(["Voorwoord", "Leeswijzer", "0 Terugblik op de vorige planperiode", "1 De regio in beeld", "2 Missie, visie en ambities",
                  "3 De Heuvelrandstandaard (basisondersteuning)", "4 Een passende plek voor ieder kind",
                  "5 Toelaatbaarheid sbo en so", "6 Terugkeer naar het regulier onderwijs", "7 Geld en middelen",
                  "8 Opbrengsten en resultaten", "9 Ouders als partner", "10 Samenwerking met gemeenten (OOGO)",
                  "11 Organisatie en governance", "12 Medezeggenschap", "13 Personeel en professionalisering",
                  "0 Kennisdeling en innovatie", "0 Integriteit en bedrijfsvoering", "14 ICT, gegevensuitwisseling en privacy", "15 Planning en vaststelling", "Begrippenlijst"])),
         ("pb",)]
    b += voorwoord(p) + leeswijzer(p) + terugblik(p) + context(p) + visie(p)
    b += [
        ("h1", "De Heuvelrandstandaard (basisondersteuning)"),
        ("p", "In 2025 hebben de zeven besturen samen de Heuvelrandstandaard opgesteld. Daarin staat wat iedere school en "
              "iedere vestiging in onze regio hoe dan ook waarmaakt voor kinderen die iets extra's nodig hebben. Het is een "
              "belofte van alle 41 scholen samen: ongeacht bestuur, grootte of ligging. Een school mag meer doen, maar nooit "
              "minder."),
        ("table", [["Nr.", "Afspraak", "Wat merkt uw kind ervan?"],
                   ["1", "Vroegsignalering", "Twee keer per jaar bespreekt de leraar met de intern begeleider alle kinderen in de groep."],
                   ["2", "Dyslexie", "De school volgt het dyslexieprotocol en biedt vanaf groep 3 extra leesinstructie in een klein groepje."],
                   ["3", "Dyscalculie", "Hardnekkige rekenproblemen worden met een diagnostisch gesprek in kaart gebracht."],
                   ["4", "Gedrag", "De school werkt met duidelijke gedragsafspraken en heeft een aandachtsfunctionaris gedrag."],
                   ["5", "Sociale veiligheid", "Jaarlijkse veiligheidsmeting en een pestprotocol met een vast aanspreekpunt."],
                   ["6", "Meerbegaafdheid", "Compacten en verrijken in de groep; ten minste één uur per week uitdagend werk."],
                   ["7", "Jonge kind", "Overdracht vanuit de kinderopvang met een warme overdracht bij zorgen."],
                   ["8", "Medische zorg", "Een protocol voor medicijnverstrekking en medisch handelen."],
                   ["9", "Ondersteuningsteam", "Een ondersteuningsteam met de orthopedagoog van het SWV en de jeugdverpleegkundige."],
                   ["10", "Handelingsgericht werken", "Doelen en aanpak van uw kind worden vastgelegd en samen met u geëvalueerd."]]),
        ("p", "De scholen nemen de Heuvelrandstandaard op in hun schoolgids."),
        ("h1", "Een passende plek voor ieder kind"),
        ("p", "Het kan gebeuren dat een kind geen passende plek heeft: omdat het thuiszit, op een wachtlijst staat of omdat "
              "geen school het passende antwoord heeft. Daarvoor hebben wij het Meldpunt Passende Plek ingericht. Scholen, "
              "leerplicht en jeugdhulp melden daar ieder kind dat langer dan twee weken zonder passend onderwijs dreigt te "
              "zitten. Binnen tien werkdagen na een melding organiseert de casusregisseur van het samenwerkingsverband een "
              "overleg met de school, de ouders, leerplicht en de betrokken hulpverlening. In dat overleg worden afspraken "
              "gemaakt over een tijdelijke oplossing en over wie verantwoordelijk is voor de zorgplicht."),
        ("p", "Lukt het niet om binnen zes weken een plek te vinden, dan beslist de directeur-bestuurder met de betrokken "
              "besturen welke school de leerling opneemt. Elk half jaar brengen wij op basis van de meldingen in beeld "
              "welke soort plekken ontbreekt; die inventarisatie gaat naar het bestuur met een voorstel om het gat te "
              "dichten. In 2025 zijn er 23 meldingen gedaan."),
        ("p", "Een overzicht van de arrangementen en de bovenschoolse voorzieningen in de regio, en van de samenhang tussen "
              "de ondersteuning op de scholen en het speciaal (basis)onderwijs, wordt in de loop van 2026 opgesteld."),
        ("h1", "Toelaatbaarheid sbo en so"),
        ("p", "Voor de route naar het speciaal (basis)onderwijs en de afspraken over toelaatbaarheid verwijzen wij naar "
              "bijlage 3 'Routekaart toelaatbaarheid'. Deze bijlage wordt jaarlijks geactualiseerd."),
        ("h1", "Terugkeer naar het regulier onderwijs"),
        ("p", "Het speciaal (basis)onderwijs is in de Heuvelrand geen eindstation. Ons uitgangspunt is dat een kind terugkeert "
              "naar een basisschool in de eigen woonplaats zodra dat in het belang van het kind is. Daarvoor moet het OPP "
              "laten zien dat de ondersteuningsbehoefte zo is afgenomen dat de Heuvelrandstandaard, eventueel met een "
              "arrangement, voldoende is, en moeten ouders de overstap zien zitten. Terugkeer midden in een schooljaar "
              "vermijden wij, tenzij het kind daar juist bij gebaat is."),
        ("p", "Een kind dat terugkeert, krijgt een overstaparrangement van een half jaar: een leraar van de sbo- of so-school "
              "komt wekelijks coachen op de nieuwe school en de intern begeleider van de ontvangende school krijgt extra uren. "
              "Het samenwerkingsverband stelt hiervoor € 2.800 per leerling beschikbaar."),
        ("p", "De precieze stappen, wie het initiatief neemt en wie over de terugkeer beslist, leggen wij in 2027 samen met de "
              "sbo- en so-scholen vast in een protocol terugplaatsing."),
        ("h1", "Geld en middelen"),
        ("p", "Wij verdelen de ondersteuningsmiddelen zo dicht mogelijk bij de kinderen. Daarom gaat het grootste deel "
              "rechtstreeks naar de schoolbesturen. De verdeling gebeurt als volgt:"),
        ("ul", ["elk bestuur ontvangt een schoolbudget van € 150 per leerling, gerekend naar het aantal leerlingen op 1 oktober "
                "van het voorgaande schooljaar;",
                "daarbovenop ontvangt elk bestuur een vaste voet van € 4.500 per vestiging, om kleine scholen niet te benadelen;",
                "een expertisebudget wordt toegekend door het loket op aanvraag van een school, tot maximaal € 60.000 per "
                "bestuur per jaar, voor inzet van specialisten die een bestuur zelf niet in huis heeft."]),
        ("p", "Het algemeen bestuur stelt deze bedragen jaarlijks in december vast voor het volgende schooljaar. De besturen "
              "verantwoorden de besteding in hun jaarverslag en in een korte rapportage aan het samenwerkingsverband."),
        ("table", [["Meerjarenbegroting (x € 1.000)", "2026", "2027", "2028", "2029", "2030"],
                   ["Baten rijksbijdrage lichte en zware ondersteuning", "6.540", "6.490", "6.430", "6.380", "6.330"],
                   ["Afdracht so (DUO)", "2.210", "2.190", "2.180", "2.160", "2.150"],
                   ["Overdracht sbo boven 2%", "760", "750", "740", "730", "720"],
                   ["Schoolbudgetten en vaste voet", "1.332", "1.320", "1.306", "1.294", "1.282"],
                   ["Expertisebudget", "420", "420", "420", "420", "420"],
                   ["Overstaparrangementen", "45", "50", "55", "55", "55"],
                   ["Meldpunt Passende Plek en casusregie", "180", "185", "190", "190", "190"],
                   ["Bureau en deskundigen", "610", "615", "620", "625", "630"],
                   ["Saldo", "-17", "-40", "-81", "-94", "-117"]]),
        ("p", "Het negatieve saldo wordt gedekt uit de algemene reserve, die eind 2025 € 1,9 miljoen bedraagt. Daarmee "
              "bouwen wij de reserve in vijf jaar af tot het niveau dat past bij de risico's."),
        ("h1", "Opbrengsten en resultaten"),
        ("p", "De beoogde resultaten voor de planperiode en de manier waarop wij die volgen en verantwoorden, werken wij uit in "
              "het jaarplan 2026-2027. Dat jaarplan leggen wij in het najaar van 2026 voor aan de OPR."),
        ("h1", "Ouders als partner"),
        ("p", "Ouders kennen hun kind het best. Daarom willen wij dat zij weten wat zij van school en samenwerkingsverband "
              "mogen verwachten. Iedere school reikt bij de intake de folder 'Ondersteuning in de Heuvelrand' uit, met de "
              "Heuvelrandstandaard en de contactgegevens van het loket. De schoolgids van elke school bevat een hoofdstuk over "
              "ondersteuning. Op onze website staat een oudersectie met uitleg, filmpjes en veelgestelde vragen, en het loket "
              "houdt op woensdagmiddag een telefonisch spreekuur voor ouders."),
        ("p", "Ouders die er met de school niet uitkomen, kunnen onafhankelijk advies krijgen bij het Ouderpunt Heuvelrand, het "
              "ouder- en jeugdsteunpunt dat wij samen met het VO-samenwerkingsverband hebben ondergebracht bij een "
              "onafhankelijke stichting. Ook de onderwijsconsulenten zijn voor ouders kosteloos beschikbaar. Klachten over het "
              "samenwerkingsverband behandelt de Landelijke Klachtencommissie; geschillen over de zorgplicht gaan naar de "
              "Geschillencommissie passend onderwijs."),
    ]
    b += oogo(p, True) + governance(p) + opr(p, True) + personeel(p) + kennisdeling(p) + integriteit(p) + ict(p) + planning(p)
    b += begrippen(GLOSS_COMMON + [("Routekaart toelaatbaarheid", "Schema met de stappen om een TLV aan te vragen."),
                                   ("Bekostigingscategorie", "Categorie laag, midden of hoog die bij een TLV so wordt vastgesteld."),
                                   ("Opbrengsten", "Resultaten van het onderwijs.")])
    return b


LABEL3 = """documents: [po-heuvelrand-2026.pdf]
sector: po
looks_like_plan: true
elements: {basisondersteuning: present, plaatsing: missing, terugstroom: partial, financien: present, dekkend-aanbod: partial, resultaten: missing, ouders: present}
criteria:
  basisondersteuning.niveau: true
  basisondersteuning.inhoud: true
  plaatsing.procedure: false
  plaatsing.criteria: false
  terugstroom.procedure: false
  terugstroom.beleid: true
  financien.verdeling: true
  financien.besteding: true
  dekkend-aanbod.continuum: false
  dekkend-aanbod.lacunes: true
  resultaten.doelen: false
  resultaten.monitoring: false
  ouders.informatie: true
  ouders.steunpunt: true
advisory_addressed:
  financien: [reserves, verantwoording]
  dekkend-aanbod: [ketenpartners]
  ouders: [betrokkenheid]
notes:
  basisondersteuning: "Ch. 4 'De Heuvelrandstandaard': a promise of all 41 scholen with a ten-item table of what every child gets."
  plaatsing: "Ch. 6 only refers to bijlage 3 'Routekaart toelaatbaarheid', which is not part of the document; TLV/toelaatbaarheid otherwise only in running header, title page, TOC and begrippenlijst."
  terugstroom: "Ch. 7 gives policy (no eindstation, conditions, overstaparrangement EUR 2.800) but steps/initiator/decision are deferred to a 2027 protocol."
  financien: "Ch. 8 'Geld en middelen': per-leerling + vaste voet + expertisebudget rules, and a 2026-2030 meerjarenbegroting table."
  dekkend-aanbod: "Ch. 5: Meldpunt Passende Plek, escalation and half-yearly gap inventory (lacunes), but the overview of arrangementen/voorzieningen is deferred ('wordt in de loop van 2026 opgesteld')."
  resultaten: "Ch. 9 'Opbrengsten en resultaten' only defers to the jaarplan 2026-2027; 'resultaten' otherwise only in header, title page, TOC, glossary and voorwoord."
  ouders: "Ch. 10 'Ouders als partner': folder, schoolgids, website, spreekuur; Ouderpunt Heuvelrand (OJSP), onderwijsconsulenten, klachten/geschillen."
"""


# ===========================================================================
# Plan 4 — VO Veenstreek (plain text)
# ===========================================================================
P4 = dict(name="Samenwerkingsverband VO Veenstreek", short="SWV Veenstreek", code="VO 22-09",
          period="2026-2030", staff="ondersteuningscoördinatoren en mentoren",
          gemeenten="Turfhoven, Nieuw-Ellerveen, Westerdijk en Klazingaveen",
          n_besturen=5, n_schools=14, n_pupils="8.200", n_gem=4, director="mw. S. (Sanne) de Wolde-Hiemstra",
          seat="Turfhoven", opr_date="26 maart 2026", oogo_date="5 maart 2026", other_swv="PO Veenkoloniën-Zuid (PO 22-08)",
          fte="6,8", system="Onderwijstransparant", dir_date="5 februari 2026", vast_date="9 april 2026", insp_date="22 april 2026")


def plan4():
    p = P4
    b = [("title", "ONDERSTEUNINGSPLAN 2026-2030 — SAMENWERKINGSVERBAND VO VEENSTREEK (VO 22-09)"),
         ("subtitle", "Tekstversie voor de website. Tabellen zijn als tekst weergegeven."),
         ("toc", renumber(["Voorwoord", "Leeswijzer", "0 Terugblik op de vorige planperiode", "1 De regio in beeld", "2 Missie, visie en ambities",
                  "3 Basisondersteuning", "4 Het ondersteuningscontinuüm en het dekkend netwerk",
                  "5 Toewijzing: vso, lwoo en praktijkonderwijs", "6 Einde TLV en overstap naar het vo",
                  "7 Financiën en meerjarenbegroting", "8 Monitoring en verantwoording",
                  "9 Ouders en leerlingen", "10 Samenwerking met gemeenten (OOGO)", "11 Organisatie en governance",
                  "12 Medezeggenschap", "13 Personeel en professionalisering", "0 Kennisdeling en innovatie", "0 Integriteit en bedrijfsvoering", "14 ICT, gegevensuitwisseling en privacy",
                  "15 Planning en vaststelling", "Begrippenlijst"]))]
    b += voorwoord(p) + leeswijzer(p) + terugblik(p) + context(p) + visie(p)
    b += [
        ("h1", "Basisondersteuning"),
        ("p", "De basisondersteuning is het door alle vijf schoolbesturen afgesproken niveau van ondersteuning dat elke "
              "vestiging van elke school in de Veenstreek biedt, zonder tussenkomst van het samenwerkingsverband en zonder "
              "aparte aanvraag. Geen vestiging mag onder dit niveau uitkomen."),
        ("p", "In lijn met het Referentiekader passend onderwijs bestaat de basisondersteuning uit vier onderdelen: de "
              "basiskwaliteit zoals de Inspectie die beoordeelt, preventieve en licht curatieve interventies, de "
              "onderwijsondersteuningsstructuur van de school en planmatig werken. De scholen geven hier ieder op hun "
              "eigen manier invulling aan."),
        ("h1", "Het ondersteuningscontinuüm en het dekkend netwerk"),
        ("p", "Boven op de basisondersteuning kent de Veenstreek een doorlopend aanbod. Het aanbod is zo ingericht dat een "
              "leerling zo lang mogelijk op de eigen school blijft en dat de stap naar een zwaardere voorziening pas wordt "
              "gezet als lichtere vormen niet volstaan."),
        ("table", [["Trede", "Aanbod", "Toegang"],
                   ["A", "Extra begeleiding door mentor en ondersteuningscoördinator; faalangst- en sova-training", "School"],
                   ["B", "Arrangement op school: coaching, ambulante begeleiding, aangepast rooster", "Aanvraag bij het Loket"],
                   ["C", "Tijdelijke plaatsing in het OPDC Veenpoort (max. 1 jaar) of de Time-outvoorziening (max. 10 weken)", "Loket"],
                   ["D", "Onderwijs-zorgarrangement met jeugdhulp, bijv. de combinatieklas met dagbehandeling", "Loket en gemeente"],
                   ["E", "Voortgezet speciaal onderwijs cluster 3 en 4, praktijkonderwijs", "Toewijzingscommissie"]]),
        ("p", "Ieder jaar in het voorjaar stelt het bureau een dekkend-aanbodanalyse op. Daarvoor gebruiken wij de "
              "aanvragen bij het Loket, de wachtlijsten van het OPDC en het vso, de thuiszittersregistratie van leerplicht "
              "en de signalen uit het ondersteuningscoördinatorennetwerk. Ontbrekende voorzieningen of wachtlijsten langer "
              "dan zes weken leiden tot een voorstel aan het bestuur, dat vóór de zomer besluit. Zo is in 2025 besloten tot "
              "een extra groep voor leerlingen met angstproblematiek."),
        ("p", "Een leerling die zonder passend onderwijs thuiszit, wordt binnen vijf schooldagen besproken in het "
              "Thuiszittersteam: leerplichtambtenaar, trajectbegeleider van het Loket en de school van inschrijving. De "
              "trajectbegeleider bewaakt dat er binnen zes weken een plan ligt. De school van inschrijving houdt de "
              "zorgplicht; kan zij geen plek bieden, dan zoekt zij met het Loket een andere school. Op de teldatum van "
              "1 oktober 2025 stonden 14 thuiszitters geregistreerd."),
        ("h1", "Toewijzing: vso, lwoo en praktijkonderwijs"),
        ("h2", "Toelaatbaarheid vso"),
        ("p", "Het bevoegd gezag van de school waar de leerling staat ingeschreven of is aangemeld, vraagt de "
              "toelaatbaarheidsverklaring aan bij de Toewijzingscommissie. Bij de aanvraag horen het OPP met de "
              "evaluaties van ten minste twee ondersteuningsperioden, het verslag van het MDO waarin ouders en leerling "
              "hun zienswijze hebben gegeven, en het onderwijskundig rapport. Een orthopedagoog of psycholoog en een "
              "tweede deskundige geven elk afzonderlijk schriftelijk advies. De commissie besluit binnen zes weken na "
              "een volledige aanvraag; in spoedsituaties binnen tien werkdagen."),
        ("p", "Een leerling is toelaatbaar tot het vso als:"),
        ("ul", ["de ondersteuningsbehoefte op meerdere domeinen (leren, gedrag, communicatie, fysiek of medisch) zo groot is "
                "dat een reguliere vo-school ook met trede B, C of D niet kan voorzien in wat de leerling nodig heeft;",
                "de school dit aantoonbaar heeft geprobeerd, blijkend uit de evaluaties in het OPP, tenzij de problematiek "
                "van meet af aan evident te zwaar is;",
                "het vso naar verwachting een duidelijk beter perspectief biedt op het uitstroomprofiel."]),
        ("p", "De commissie kent categorie laag toe tenzij de deskundigen een intensieve verzorgings- of begeleidingsbehoefte "
              "vaststellen (midden of hoog). Een TLV geldt voor twee schooljaren en eindigt altijd op 31 juli. Tegen het "
              "besluit is bezwaar mogelijk; het bestuur vraagt dan advies aan de Landelijke Bezwaaradviescommissie."),
        ("h2", "Lwoo en praktijkonderwijs"),
        ("p", "Voor lwoo en pro hanteert de Veenstreek de landelijke criteria. Een leerling is toelaatbaar tot het "
              "praktijkonderwijs bij een IQ tussen 55 en 80 en een leerachterstand van ten minste 50% op twee van de vier "
              "domeinen, waarvan één begrijpend lezen of inzichtelijk rekenen. Lwoo wordt toegekend bij een IQ tussen 75 en "
              "90 met een leerachterstand van 25 tot 50% op twee domeinen, of bij een IQ tussen 91 en 120 met een "
              "leerachterstand en sociaal-emotionele problematiek die de leerprestaties belemmert."),
        ("p", "De vo-school waar de leerling is aangemeld dient de aanvraag uiterlijk 1 maart in bij de Toewijzingscommissie, "
              "met de toetsgegevens en het advies van de basisschool. De commissie besluit vóór 15 april; een "
              "aanwijzing lwoo geldt voor de duur van de opleiding."),
        ("h1", "Einde TLV en overstap naar het vo"),
        ("p", "De vso-school evalueert elk jaar in januari het OPP van iedere leerling en bespreekt daarbij met ouders en "
              "leerling of een overstap naar het regulier voortgezet onderwijs in beeld is. In het laatste jaar van de TLV "
              "meldt de vso-school vóór 1 maart bij het Loket welke leerlingen daarvoor in aanmerking komen. De "
              "trajectbegeleider van het Loket organiseert dan binnen vier weken een overdrachtsgesprek met ouders, "
              "leerling, vso-school en de beoogde vo-school. Het Loket besluit aansluitend of de leerling overstapt of dat "
              "de vso-school een nieuwe TLV moet aanvragen; zonder nieuwe TLV eindigt de plaatsing op 31 juli."),
        ("p", "Welke doelen wij met terugplaatsing nastreven, onder welke voorwaarden wij een overstap verantwoord vinden en "
              "welke ondersteuning een leerling daarna krijgt, is onderwerp van de beleidsevaluatie in 2027."),
        ("h1", "Financiën en meerjarenbegroting"),
        ("p", "De verdeling van de ondersteuningsmiddelen en de meerjarenbegroting zijn vastgelegd in de Kadernota "
              "Financiën 2026-2030, die het algemeen bestuur los van dit plan vaststelt. De kadernota wordt na vaststelling "
              "op de website geplaatst."),
        ("table", [["Meerjarenbegroting", "2026", "2027", "2028", "2029"],
                   ["Baten", "p.m.", "p.m.", "p.m.", "p.m."],
                   ["Lasten", "p.m.", "p.m.", "p.m.", "p.m."],
                   ["Saldo", "p.m.", "p.m.", "p.m.", "p.m."]]),
        ("h1", "Monitoring en verantwoording"),
        ("p", "Wij volgen de ontwikkelingen in de Veenstreek met een vaste set gegevens: het aantal TLV's per categorie, het "
              "deelnamepercentage vso en pro, het aantal arrangementen, de doorlooptijd van aanvragen, het aantal "
              "thuiszitters en vrijstellingen, en de tevredenheid van scholen en ouders over het Loket. De bronnen zijn "
              "DUO, de Kijkglas-monitor, Onderwijstransparant en de registratie van leerplicht."),
        ("p", "Twee keer per jaar, in november en in juni, stelt het bureau een monitorrapportage op die het bestuur, het "
              "directeurenoverleg en de OPR bespreken. In het jaarverslag, dat vóór 1 juli verschijnt, rapporteren wij de "
              "bereikte resultaten. Elke vier jaar laten wij de werking van het samenwerkingsverband extern auditen."),
        ("p", "Concrete beoogde resultaten met streefwaarden nemen wij op in de jaarplannen; dit ondersteuningsplan bevat "
              "bewust geen doelen voor de hele periode."),
        ("h1", "Ouders en leerlingen"),
        ("p", "Informatie voor ouders over de ondersteuningsmogelijkheden vindt u op www.swv-veenstreek.nl/ouders."),
        ("p", "Heeft u vragen, bent u het niet eens met een besluit van de school of het samenwerkingsverband, of loopt de "
              "situatie van uw kind vast? Dan kunt u terecht bij het Steunpunt Ouders & Jongeren Veenstreek. Dat is het "
              "onafhankelijke ouder- en jeugdsteunpunt van de regio: de medewerkers werken niet voor een school en denken "
              "alleen mee vanuit het belang van uw kind. Het steunpunt kan ook een onderwijsconsulent inschakelen. Voor "
              "formele klachten is een klachtenregeling vastgesteld; de klachten worden behandeld door de Landelijke "
              "Klachtencommissie Onderwijs."),
        ("p", "Leerlingen met een OPP mogen hun mening geven over hun ontwikkelingsperspectief (hoorrecht). De school legt "
              "die mening vast in het OPP."),
    ]
    b += oogo(p, True) + governance(p) + opr(p, True) + personeel(p) + kennisdeling(p) + integriteit(p) + ict(p) + planning(p)
    b += begrippen(GLOSS_COMMON + [("Kadernota Financiën", "Document waarin het bestuur de financiële kaders vastlegt."),
                                   ("Lwoo", "Leerwegondersteunend onderwijs."), ("Pro", "Praktijkonderwijs."),
                                   ("Loket", "Centrale toegang van het samenwerkingsverband voor arrangementen en voorzieningen.")])
    return b


LABEL4 = """documents: [vo-veenstreek-2026.txt]
sector: vo
looks_like_plan: true
elements: {basisondersteuning: partial, plaatsing: present, terugstroom: partial, financien: missing, dekkend-aanbod: present, resultaten: partial, ouders: partial}
criteria:
  basisondersteuning.niveau: true
  basisondersteuning.inhoud: false
  plaatsing.procedure: true
  plaatsing.criteria: true
  terugstroom.procedure: true
  terugstroom.beleid: false
  financien.verdeling: false
  financien.besteding: false
  dekkend-aanbod.continuum: true
  dekkend-aanbod.lacunes: true
  resultaten.doelen: false
  resultaten.monitoring: true
  ouders.informatie: false
  ouders.steunpunt: true
advisory_addressed:
  plaatsing: [deskundigen, duur-categorie, bezwaar]
  dekkend-aanbod: [ketenpartners]
  ouders: [betrokkenheid]
notes:
  basisondersteuning: "Ch. 4 states the agreed minimum for every vestiging, but the content is only the four abstract Referentiekader aspects; 'de scholen geven hier ieder op hun eigen manier invulling aan'."
  plaatsing: "Ch. 6: vso TLV procedure (aanvraag, MDO, two deskundigen, 6 weeks) and criteria list; lwoo/pro with national criteria, deadlines 1 March/15 April."
  terugstroom: "Ch. 7 'Einde TLV en overstap naar het vo' gives the steps (January OPP evaluation, 1 March melding, overdrachtsgesprek, Loket decides, 31 July), but aims/conditions/support after return are deferred to the 2027 evaluation."
  financien: "Ch. 8 only refers to a separate Kadernota Financiën (not part of the input) and shows a meerjarenbegroting table filled with p.m."
  dekkend-aanbod: "Ch. 5: tiered continuum table (A-E incl. OPDC, OZA), yearly dekkend-aanbodanalyse, Thuiszittersteam with terms."
  resultaten: "Ch. 9 'Monitoring en verantwoording' describes indicators, sources, half-yearly rapportage, jaarverslag and audit, but beoogde resultaten are explicitly left to the jaarplannen."
  ouders: "Ch. 10: information only by reference to a web page; the independent Steunpunt Ouders & Jongeren, onderwijsconsulent and klachtencommissie are described."
"""


# ===========================================================================
# Plan 5 — VO Scheldekust (HTML web version)
# ===========================================================================
P5 = dict(name="Samenwerkingsverband Voortgezet Onderwijs Scheldekust", short="SWV Scheldekust", code="VO 30-03",
          period="2026-2030", staff="zorgcoördinatoren", gemeenten="Oosterschelde-Noord, Kreekhaven en Polderland",
          n_besturen=4, n_schools=11, n_pupils="6.300", n_gem=3, director="dhr. M. (Maarten) Bouwense",
          seat="Kreekhaven", opr_date="19 maart 2026", oogo_date="26 februari 2026", other_swv="PO Scheldekust (PO 30-02)",
          fte="4,6", system="Onderwijstransparant", dir_date="22 januari 2026", vast_date="1 april 2026", insp_date="16 april 2026")


def plan5():
    p = P5
    b = [("title", "Ondersteuningsplan 2026-2030 Scheldekust VO"),
         ("subtitle", f"{p['name']} ({p['code']}) — webversie"),
         ("toc", renumber(["Voorwoord", "Leeswijzer", "Terugblik op de vorige planperiode", "De regio in beeld", "Missie, visie en ambities",
                  "Basisondersteuning en extra ondersteuning", "Dekkend aanbod en thuiszitters",
                  "Toelaatbaarheid vso, lwoo en pro", "De weg terug naar het regulier vo", "Financiën",
                  "Wat willen we bereiken en hoe weten we dat?", "Voor ouders en leerlingen",
                  "Regionale ontwikkelingen", "Samenwerking met gemeenten (OOGO)", "Organisatie en governance", "Medezeggenschap", "Personeel en professionalisering", "Kennisdeling en innovatie", "Integriteit en bedrijfsvoering", "ICT, gegevensuitwisseling en privacy", "Planning en vaststelling",
                  "Begrippenlijst"]))]
    b += voorwoord(p) + leeswijzer(p) + terugblik(p) + context(p) + visie(p)
    b += [
        ("h1", "Basisondersteuning en extra ondersteuning"),
        ("p", "In de vorige planperiode hebben de scholen veel energie gestoken in de vernieuwing van hun "
              "ondersteuningsstructuur. Dit hoofdstuk wordt herschreven zodra de landelijke norm voor de "
              "basisondersteuning is vastgesteld; tot die tijd verwijzen wij naar het vorige ondersteuningsplan."),
        ("h1", "Dekkend aanbod en thuiszitters"),
        ("p", "Een analyse van ons aanbod, een overzicht van de voorzieningen en de aanpak van thuiszitters volgen in de "
              "eerste voortgangsparagraaf bij dit plan, die in het najaar van 2026 verschijnt."),
        ("h1", "Toelaatbaarheid vso, lwoo en pro"),
        ("p", "De aanvraagprocedure, de termijnen en de samenstelling van de commissie staan beschreven op "
              "www.scheldekust-vo.nl/tlv. Hieronder staan de criteria die de commissie gebruikt."),
        ("table", [["Voorziening", "Een leerling is toelaatbaar als ..."],
                   ["Vso, categorie laag", "de leerling structureel meer nodig heeft dan een reguliere school met de basisondersteuning en een "
                    "arrangement kan bieden, op het gebied van gedrag of leren, en dit blijkt uit ten minste één geëvalueerd OPP-traject"],
                   ["Vso, categorie midden", "daarnaast sprake is van een lichamelijke beperking of langdurige ziekte die dagelijks "
                    "intensieve begeleiding of aanpassingen vraagt"],
                   ["Vso, categorie hoog", "daarnaast sprake is van meervoudige beperkingen en een permanente verzorgingsbehoefte"],
                   ["Praktijkonderwijs", "het IQ tussen 55 en 80 ligt en de leerachterstand op ten minste twee domeinen 50% of meer "
                    "is (landelijke criteria)"],
                   ["Lwoo", "het IQ tussen 75 en 90 ligt en de leerachterstand op twee domeinen tussen 25% en 50% ligt, of "
                    "bij IQ 91-120 sprake is van leerachterstand en belemmerende sociaal-emotionele problematiek"]]),
        ("h1", "De weg terug naar het regulier vo"),
        ("p", "Wij vinden dat een leerling niet langer in het vso moet blijven dan nodig. Daarom streven wij ernaar dat elke "
              "vso-leerling bij wie de ondersteuningsbehoefte is afgenomen, de overstap maakt naar een reguliere school, bij "
              "voorkeur in de eigen woonplaats. Voorwaarden zijn dat de leerling het niveau van de beoogde leerweg aankan, "
              "dat de reguliere school de benodigde ondersteuning kan bieden en dat leerling en ouders de overstap willen."),
        ("p", "Het initiatief ligt bij de vso-school. Zij bespreekt ieder jaar bij de evaluatie van het OPP in maart of een "
              "overstap haalbaar is. In het laatste jaar van de TLV legt de vso-school vóór 1 april een overstapvoorstel voor "
              "aan het samenwerkingsverband. De consulent van het samenwerkingsverband zoekt samen met ouders een "
              "ontvangende school, die binnen zes weken laat weten of zij de leerling kan plaatsen. Het "
              "samenwerkingsverband besluit over de toekenning van een overstaparrangement; de TLV loopt af op 31 juli."),
        ("p", "Na de overstap krijgt de leerling gedurende één schooljaar ambulante begeleiding door een medewerker van de "
              "vso-school, en de ontvangende school ontvangt € 4.000 voor extra begeleiding. In 2025 zijn negen leerlingen "
              "vanuit het vso overgestapt naar het regulier vo; ons streven is vijftien per jaar."),
        ("h1", "Financiën"),
        ("p", "De verdeelsystematiek van de ondersteuningsmiddelen wordt in het schooljaar 2026-2027 herijkt. Het nieuwe "
              "model volgt na besluitvorming in het algemeen bestuur."),
        ("p", "De meerjarenbegroting laat zien waaraan de middelen in de planperiode worden besteed."),
        ("table", [["Post (x € 1.000)", "2026", "2027", "2028", "2029"],
                   ["Rijksbijdrage ondersteuning, lwoo en pro", "6.120", "6.060", "5.990", "5.930"],
                   ["Afdracht vso (DUO)", "1.640", "1.630", "1.620", "1.610"],
                   ["Doorbetaling lwoo en pro aan besturen", "2.350", "2.330", "2.300", "2.280"],
                   ["Middelen ondersteuning naar besturen", "1.310", "1.290", "1.270", "1.250"],
                   ["Overstaparrangementen", "60", "60", "60", "60"],
                   ["Bureau, commissie en consulenten", "540", "545", "550", "555"],
                   ["Projecten en scholing", "260", "240", "220", "200"],
                   ["Saldo", "-40", "-35", "-30", "-25"]]),
        ("p", "Het tekort wordt gedekt uit de reserve, die daarmee daalt tot ongeveer 5% van de baten in 2029. Het "
              "bestuur beschouwt dat als een verantwoord weerstandsvermogen."),
        ("h1", "Wat willen we bereiken en hoe weten we dat?"),
        ("p", "Voor leerlingen die extra ondersteuning nodig hebben, willen wij in 2030 het volgende bereikt hebben:"),
        ("table", [["Wat willen we bereiken?", "Hoe weten we dat?", "Wanneer?"],
                   ["Ten minste 90% van de leerlingen met een arrangement stroomt door naar het volgende leerjaar of "
                    "behaalt een diploma", "Registratie arrangementen, gekoppeld aan DUO-gegevens", "jaarlijks in oktober"],
                   ["Het deelnamepercentage vso daalt van 3,6% naar 3,2%", "DUO-telling 1 oktober", "jaarlijks"],
                   ["15 overstappen per jaar van vso naar regulier vo", "Registratie consulenten", "jaarlijks in september"],
                   ["Scholen waarderen de samenwerking met het SWV met ten minste een 7", "Tweejaarlijkse peiling onder "
                    "zorgcoördinatoren en directeuren", "2027 en 2029"]]),
        ("p", "De uitkomsten worden opgenomen in de kwaliteitskalender van het samenwerkingsverband. Het bestuur "
              "bespreekt in november de cijfers van het afgelopen schooljaar en stelt zo nodig de aanpak bij. Wij "
              "rapporteren de bereikte resultaten in het jaarverslag en in een publieksversie voor de OPR."),
        ("h1", "Voor ouders en leerlingen"),
        ("p", "Wij vinden het belangrijk dat ouders weten welke ondersteuning er in de regio is. Iedere school bespreekt op "
              "de voorlichtingsavond voor ouders van leerlingen in groep 8 hoe de ondersteuning op die school en in het "
              "samenwerkingsverband is geregeld. Wij geven een jaarlijkse brochure uit, 'Ondersteuning in het vo', die via "
              "de basisscholen aan alle ouders van groep 8 wordt uitgereikt. Op onze website staan een ouderpagina en "
              "een overzicht van de ondersteuning per school."),
    ]
    b += [
        ("h1", "Regionale ontwikkelingen"),
        ("p", "De Scheldekust is een krimpregio. Het aantal leerlingen in het voortgezet onderwijs daalt tot 2032 naar "
              "verwachting met ruim tien procent. De schoolbesturen hebben daarom in 2025 de verkenning 'Scheldekust 2030' "
              "gestart, waarin zij onderzoeken hoe een breed en bereikbaar onderwijsaanbod in de regio behouden kan blijven. "
              "Mogelijke uitkomsten zijn een gezamenlijke onderbouwlocatie in Polderland en een nauwere samenwerking "
              "tussen de twee vmbo-scholen in Kreekhaven."),
        ("p", "Het samenwerkingsverband is geen partij in deze verkenning, maar volgt haar op de voet. Veranderingen in "
              "het scholenlandschap hebben gevolgen voor de ondersteuning op de scholen, voor de reistijden van leerlingen "
              "en voor de inzet van de middelen. Zodra de besturen keuzes maken, bespreken wij de gevolgen met de OPR en "
              "passen wij zo nodig dit plan aan via een voortgangsparagraaf."),
        ("p", "Ook de arbeidsmarkt in de regio verandert. Havenbedrijven, zorg en techniek zoeken jongeren, terwijl het "
              "aantal jongeren daalt. Scholen en bedrijven werken samen in het Techniekpact Scheldekust; het "
              "samenwerkingsverband is daarbij toehoorder."),
    ]
    b += oogo(p, False) + governance(p) + opr(p, False) + personeel(p) + kennisdeling(p) + integriteit(p) + ict(p) + planning(p)
    b += begrippen(GLOSS_COMMON + [("Voortgangsparagraaf", "Jaarlijkse aanvulling op het ondersteuningsplan."),
                                   ("Overstaparrangement", "Ondersteuning voor een leerling die van het vso naar het regulier vo gaat."),
                                   ("Thuiszitter", "Leerplichtige jongere die zonder geldige reden geen onderwijs volgt.")])
    return b


LABEL5 = """documents: [vo-scheldekust-2026.html]
sector: vo
looks_like_plan: true
elements: {basisondersteuning: missing, plaatsing: partial, terugstroom: present, financien: partial, dekkend-aanbod: missing, resultaten: present, ouders: partial}
criteria:
  basisondersteuning.niveau: false
  basisondersteuning.inhoud: false
  plaatsing.procedure: false
  plaatsing.criteria: true
  terugstroom.procedure: true
  terugstroom.beleid: true
  financien.verdeling: false
  financien.besteding: true
  dekkend-aanbod.continuum: false
  dekkend-aanbod.lacunes: false
  resultaten.doelen: true
  resultaten.monitoring: true
  ouders.informatie: true
  ouders.steunpunt: false
advisory_addressed:
  plaatsing: [duur-categorie]
  terugstroom: [monitoring]
  financien: [reserves]
  resultaten: [meetbaar]
notes:
  basisondersteuning: "The chapter 'Basisondersteuning en extra ondersteuning' only defers ('wordt herschreven zodra de landelijke norm ...') and refers to the previous plan; otherwise the term is in the TOC, glossary and a passing mention in the criteria table."
  plaatsing: "Criteria table for vso laag/midden/hoog, pro and lwoo is given, but the procedure, terms and commission are only 'beschreven op www.scheldekust-vo.nl/tlv'."
  terugstroom: "'De weg terug naar het regulier vo': aims and conditions, yearly OPP evaluation in March, proposal before 1 April, consulent, decision, 31 July, ambulante begeleiding and EUR 4.000; 9 overstappen in 2025."
  financien: "'Financiën': meerjarenbegroting 2026-2029 with amounts and reserve, but the verdeelsystematiek is being 'herijkt' and 'volgt'; no criteria for distribution."
  dekkend-aanbod: "Chapter 'Dekkend aanbod en thuiszitters' only defers to a voortgangsparagraaf in autumn 2026; the OOGO chapter is procedural plus municipal topics (vervoer, huisvesting), with no jeugdhulp cooperation content."
  resultaten: "'Wat willen we bereiken en hoe weten we dat?': goals table with sources and timing, kwaliteitskalender, November board review, jaarverslag."
  ouders: "'Voor ouders en leerlingen': voorlichtingsavond, brochure, ouderpagina; no independent steunpunt, onderwijsconsulenten or klachten route (OJSP and onderwijsconsulent only in the begrippenlijst)."
"""


# ===========================================================================
# Near miss — school-level 'ondersteuningsplan' of one basisschool (docx)
# ===========================================================================

def nearmiss():
    return [
        ("title", "Ondersteuningsplan OBS De Wilgenhoek 2025-2026"),
        ("subtitle", "Schoolplan-bijlage: de ondersteuning van leerlingen op onze school"),
        ("subtitle", "OBS De Wilgenhoek, Populierenlaan 14, Hessenwaard — aangesloten bij SWV Lingedelta (PO 31-04)"),
        ("toc", ["1 Inleiding", "2 De zorgniveaus op De Wilgenhoek", "3 Groepsbesprekingen en leerlingbesprekingen",
                 "4 Basisondersteuning en extra ondersteuning op onze school", "5 Het ontwikkelingsperspectief (OPP)",
                 "6 Aanvraag arrangement of TLV bij het samenwerkingsverband", "7 Ouders", "8 Middelen en formatie",
                 "9 Evaluatie en resultaten", "10 Jaarplanning zorg"]),
        ("h1", "Inleiding"),
        ("p", "Dit ondersteuningsplan beschrijft hoe wij op OBS De Wilgenhoek de ondersteuning aan onze leerlingen "
              "organiseren. Het is een uitwerking van ons schoolondersteuningsprofiel en hoort bij het schoolplan "
              "2023-2027. Het plan wordt elk schooljaar door de intern begeleider geactualiseerd en besproken in het team "
              "en in de medezeggenschapsraad. Onze school telt 246 leerlingen in tien groepen."),
        ("p", "De Wilgenhoek is aangesloten bij het samenwerkingsverband Lingedelta. Het samenwerkingsverband stelt een "
              "eigen ondersteuningsplan vast voor de hele regio; dit document gaat alleen over onze school."),
        ("h1", "De zorgniveaus op De Wilgenhoek"),
        ("table", [["Zorgniveau", "Omschrijving", "Wie"],
                   ["1", "Algemene zorg in de groep: goede instructie, differentiatie in drie niveaus", "Leraar"],
                   ["2", "Extra zorg in de groep na signalering uit toetsen of observaties", "Leraar"],
                   ["3", "Speciale zorg na bespreking met de intern begeleider; handelingsplan", "Leraar en IB'er"],
                   ["4", "Speciale zorg met inzet van externe deskundigen (ondersteuningsteam)", "IB'er, ouders, orthopedagoog"],
                   ["5", "Verwijzing: arrangement van het SWV of aanvraag TLV sbo/so", "Directie, IB'er, ouders"]]),
        ("p", "De meeste leerlingen krijgen wat zij nodig hebben op niveau 1 en 2. Jaarlijks hebben ongeveer twintig "
              "leerlingen zorg op niveau 3 of 4 nodig."),
        ("h1", "Groepsbesprekingen en leerlingbesprekingen"),
        ("p", "Drie keer per jaar, na de toetsperiodes in oktober, februari en juni, voert de intern begeleider met iedere "
              "leraar een groepsbespreking. Daarin worden de resultaten van de groep besproken, de groepsplannen "
              "bijgesteld en leerlingen benoemd die extra aandacht nodig hebben. Leerlingen die niet voldoende "
              "profiteren van de aanpak in de groep, worden besproken in een leerlingbespreking."),
        ("p", "Zes keer per jaar komt het ondersteuningsteam bijeen, met de intern begeleider, de directeur, de "
              "orthopedagoog van het samenwerkingsverband en de schoolmaatschappelijk werker. Ouders worden altijd "
              "uitgenodigd als hun kind wordt besproken."),
        ("h1", "Basisondersteuning en extra ondersteuning op onze school"),
        ("p", "Op De Wilgenhoek bieden wij de basisondersteuning zoals afgesproken in het samenwerkingsverband. Wij werken "
              "met het dyslexieprotocol, een gedragsaanpak volgens de Kanjertraining, een plusgroep voor meerbegaafde "
              "leerlingen in groep 5 tot en met 8 en een protocol medisch handelen. Extra ondersteuning bieden wij onder "
              "meer aan leerlingen met een taalontwikkelingsstoornis, in samenwerking met een ambulant begeleider van "
              "cluster 2."),
        ("h1", "Het ontwikkelingsperspectief (OPP)"),
        ("p", "Voor leerlingen die extra ondersteuning krijgen, stellen wij een ontwikkelingsperspectief op. Hierin staan "
              "het verwachte uitstroomniveau, de doelen en de afspraken over de aanpak. Het OPP wordt twee keer per jaar "
              "met ouders geëvalueerd. Ouders hebben instemmingsrecht op het handelingsdeel van het OPP; de leerling wordt "
              "gehoord."),
        ("h1", "Aanvraag arrangement of TLV bij het samenwerkingsverband"),
        ("p", "Als wij een leerling onvoldoende kunnen bieden, vraagt de directeur na bespreking in het ondersteuningsteam "
              "en met instemming van ouders een arrangement aan bij het loket van het samenwerkingsverband. Als ook een "
              "arrangement niet volstaat, kan het bestuur een toelaatbaarheidsverklaring voor het sbo of so aanvragen. "
              "De procedure daarvoor is vastgelegd in het ondersteuningsplan van het samenwerkingsverband. De intern "
              "begeleider stelt het dossier samen."),
        ("p", "Leerlingen die vanuit het sbo terugkomen naar onze school, ontvangen wij met een warme overdracht. De "
              "intern begeleider maakt met de sbo-school afspraken over de begeleiding in de eerste maanden."),
        ("h1", "Ouders"),
        ("p", "Wij zien ouders als partners. Bij zorgen nemen wij altijd eerst contact op met ouders. Ouders kunnen "
              "ook zelf bij de leraar of de intern begeleider aankloppen. Informatie over de ondersteuning staat in de "
              "schoolgids en op de website van de school. Ouders die er met ons niet uitkomen, kunnen contact opnemen met "
              "het ouder- en jeugdsteunpunt van het samenwerkingsverband of met de klachtencommissie."),
        ("h1", "Middelen en formatie"),
        ("p", "Het schoolbestuur ontvangt van het samenwerkingsverband een budget per leerling. Op De Wilgenhoek wordt dit "
              "budget ingezet voor 0,6 fte intern begeleiding, 0,4 fte onderwijsassistent voor de plusgroep en "
              "remedial teaching, en voor scholing van het team. De directeur legt aan het bestuur verantwoording af over "
              "de inzet van deze middelen."),
        ("h1", "Evaluatie en resultaten"),
        ("p", "Aan het eind van het schooljaar evalueren wij dit plan. Wij kijken naar de resultaten van de leerlingen op "
              "de methodeonafhankelijke toetsen, naar het aantal leerlingen met een OPP en naar de tevredenheid van ouders. "
              "In 2024-2025 had 8% van de leerlingen een OPP; twee leerlingen zijn verwezen naar het sbo."),
        ("h1", "Jaarplanning zorg"),
        ("table", [["Maand", "Activiteit"],
                   ["September", "Startgesprekken met ouders; overdracht groepen"],
                   ["Oktober", "Toetsperiode en groepsbesprekingen ronde 1"],
                   ["November", "Ondersteuningsteam; evaluatie OPP's met ouders"],
                   ["Februari", "Toetsperiode en groepsbesprekingen ronde 2"],
                   ["Maart", "Ondersteuningsteam; evaluatie OPP's"],
                   ["Juni", "Toetsperiode, groepsbesprekingen ronde 3, evaluatie ondersteuningsplan"]]),
        ("p", "Vastgesteld door de directeur na instemming van de medezeggenschapsraad, september 2025."),
    ]


LABEL_NM = """documents: [obs-wilgenhoek-ondersteuningsplan-2025.docx]
sector: po
looks_like_plan: false
elements: {}
criteria: {}
notes:
  document: "School-level 'ondersteuningsplan' of one basisschool (zorgniveaus, groepsbesprekingen, OPP, IB formatie) that belongs to SWV Lingedelta; not the ondersteuningsplan of a samenwerkingsverband (no OPR, OOGO, verdeelmodel or TLV decision-making of its own)."
"""


# ===========================================================================
# main
# ===========================================================================

def write_label(name, text):
    (OUT / name).write_text(text, encoding="utf-8")


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    counts = {}
    # Plan 1: docx + pdf
    b1 = plan1()
    counts["po-lingedelta-2026"] = word_count(b1)
    foot1 = "SWV Lingedelta — Ondersteuningsplan 2026-2030"
    render_docx(b1, OUT / "po-lingedelta-2026.docx", header_text="Ondersteuningsplan 2026-2030", footer_text=foot1)
    docx_to_pdf(OUT / "po-lingedelta-2026.docx", OUT / "po-lingedelta-2026.pdf")
    write_label("po-lingedelta-2026.expected.yaml", LABEL1)
    # Plan 2: docx
    b2 = plan2()
    counts["vo-kustlanden-2026"] = word_count(b2)
    render_docx(b2, OUT / "vo-kustlanden-2026.docx", header_text="CONCEPT — Ondersteuningsplan VO Kustlanden 2026-2030",
                footer_text="Versie 3.2 ter instemming OPR")
    write_label("vo-kustlanden-2026.expected.yaml", LABEL2)
    # Plan 3: pdf only (docx is a temporary intermediate)
    b3 = plan3()
    counts["po-heuvelrand-2026"] = word_count(b3)
    tmp = Path(tempfile.mkdtemp(prefix="holdout306_p3_"))
    try:
        tdoc = tmp / "po-heuvelrand-2026.docx"
        render_docx(b3, tdoc, header_text=HEADER3, footer_text="Stichting SWV PO Heuvelrand — PO 32-06")
        docx_to_pdf(tdoc, OUT / "po-heuvelrand-2026.pdf")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    write_label("po-heuvelrand-2026.expected.yaml", LABEL3)
    # Plan 4: txt
    b4 = plan4()
    counts["vo-veenstreek-2026"] = word_count(b4)
    (OUT / "vo-veenstreek-2026.txt").write_text(render_text(b4), encoding="utf-8")
    write_label("vo-veenstreek-2026.expected.yaml", LABEL4)
    # Plan 5: html
    b5 = plan5()
    counts["vo-scheldekust-2026"] = word_count(b5)
    (OUT / "vo-scheldekust-2026.html").write_text(render_html(b5, "Ondersteuningsplan 2026-2030 Scheldekust VO"),
                                                  encoding="utf-8")
    write_label("vo-scheldekust-2026.expected.yaml", LABEL5)
    # Near miss: docx
    bn = nearmiss()
    counts["obs-wilgenhoek-ondersteuningsplan-2025"] = word_count(bn)
    render_docx(bn, OUT / "obs-wilgenhoek-ondersteuningsplan-2025.docx", header_text="OBS De Wilgenhoek")
    write_label("obs-wilgenhoek-ondersteuningsplan-2025.expected.yaml", LABEL_NM)
    for k, v in counts.items():
        print(f"{k}: {v} words")


if __name__ == "__main__":
    main()
