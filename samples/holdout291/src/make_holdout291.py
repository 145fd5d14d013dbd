#!/usr/bin/env python3
"""Generate holdout set 291: five fictional ondersteuningsplannen (PO/VO) and one near-miss document.

Deterministic, no network. Output goes to the folder above this script's folder.
PDFs are rendered from .docx with LibreOffice (soffice --headless).
"""
import shutil
import subprocess
import tempfile
from pathlib import Path

from docx import Document
from docx.shared import Pt

OUT = Path(__file__).resolve().parent.parent


# ----------------------------------------------------------------------------------------------
# rendering helpers
# ----------------------------------------------------------------------------------------------
def build_docx(blocks, path, header=None, footer=None):
    doc = Document()
    doc.core_properties.author = "Bureau samenwerkingsverband"
    doc.core_properties.title = next((b[1] for b in blocks if b[0] == "title"), "")
    style = doc.styles["Normal"]
    style.font.name = "Calibri"
    style.font.size = Pt(10.5)
    sec = doc.sections[0]
    if header:
        sec.header.paragraphs[0].text = header
    if footer:
        sec.footer.paragraphs[0].text = footer
    for b in blocks:
        kind = b[0]
        if kind == "title":
            doc.add_heading(b[1], level=0)
        elif kind == "sub":
            doc.add_paragraph(b[1])
        elif kind == "h1":
            doc.add_heading(b[1], level=1)
        elif kind == "h2":
            doc.add_heading(b[1], level=2)
        elif kind == "p":
            doc.add_paragraph(b[1])
        elif kind == "bul":
            for item in b[1]:
                doc.add_paragraph(item, style="List Bullet")
        elif kind == "num":
            for item in b[1]:
                doc.add_paragraph(item, style="List Number")
        elif kind == "tbl":
            rows = b[1]
            t = doc.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    t.cell(i, j).text = str(c)
            doc.add_paragraph("")
        elif kind == "toc":
            doc.add_heading("Inhoudsopgave", level=1)
            for line, page in b[1]:
                doc.add_paragraph(f"{line}\t{page}")
        elif kind == "pb":
            doc.add_page_break()
        else:
            raise ValueError(kind)
    doc.save(path)


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def build_html(blocks, path, site_name, nav):
    out = ["<!DOCTYPE html>", '<html lang="nl">', "<head>", '<meta charset="utf-8">',
           f"<title>{esc(next(b[1] for b in blocks if b[0] == 'title'))} | {esc(site_name)}</title>",
           "<style>body{font-family:Arial,sans-serif;max-width:60em;margin:auto}"
           "nav a{margin-right:1em}table{border-collapse:collapse}td,th{border:1px solid #999;padding:4px}</style>",
           "</head>", "<body>", '<header class="site-header">',
           f'<div class="logo">{esc(site_name)}</div><nav>']
    for n in nav:
        out.append(f'<a href="#">{esc(n)}</a>')
    out += ["</nav></header>", "<main>"]
    for b in blocks:
        kind = b[0]
        if kind == "title":
            out.append(f"<h1>{esc(b[1])}</h1>")
        elif kind == "sub":
            out.append(f'<p class="lead">{esc(b[1])}</p>')
        elif kind == "h1":
            out.append(f"<h2>{esc(b[1])}</h2>")
        elif kind == "h2":
            out.append(f"<h3>{esc(b[1])}</h3>")
        elif kind == "p":
            out.append(f"<p>{esc(b[1])}</p>")
        elif kind in ("bul", "num"):
            tag = "ul" if kind == "bul" else "ol"
            out.append(f"<{tag}>" + "".join(f"<li>{esc(i)}</li>" for i in b[1]) + f"</{tag}>")
        elif kind == "tbl":
            rows = b[1]
            out.append("<table><thead><tr>" + "".join(f"<th>{esc(c)}</th>" for c in rows[0]) + "</tr></thead><tbody>")
            for r in rows[1:]:
                out.append("<tr>" + "".join(f"<td>{esc(str(c))}</td>" for c in r) + "</tr>")
            out.append("</tbody></table>")
        elif kind == "toc":
            out.append('<aside class="toc"><h2>Inhoud</h2><ol>' +
                       "".join(f"<li>{esc(line)}</li>" for line, _ in b[1]) + "</ol></aside>")
        elif kind == "pb":
            pass
        else:
            raise ValueError(kind)
    out += ["</main>", f'<footer><p>&copy; 2026 {esc(site_name)} &middot; Privacyverklaring &middot; Cookies</p></footer>',
            "</body>", "</html>"]
    Path(path).write_text("\n".join(out) + "\n", encoding="utf-8")


def docx_to_pdf(docx_path, pdf_path):
    tmp = Path(tempfile.mkdtemp(prefix="holdout291_render_"))
    try:
        profile = tmp / "lo_profile"
        subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
                        "--convert-to", "pdf", "--outdir", str(tmp), str(docx_path)],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
        shutil.move(str(tmp / (Path(docx_path).stem + ".pdf")), str(pdf_path))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def word_count(blocks):
    n = 0
    for b in blocks:
        if b[0] in ("p", "h1", "h2", "title", "sub"):
            n += len(b[1].split())
        elif b[0] in ("bul", "num"):
            n += sum(len(i.split()) for i in b[1])
        elif b[0] == "tbl":
            n += sum(len(str(c).split()) for r in b[1] for c in r)
    return n


def P(*texts):
    return [("p", t) for t in texts]


# ----------------------------------------------------------------------------------------------
# shared filler (no element is addressed by these texts; they only mention the vocabulary)
# ----------------------------------------------------------------------------------------------
def f_context(c):
    s = "basisscholen, sbo-scholen en so-locaties" if c["sector"] == "po" else "scholen voor vmbo, havo, vwo, praktijkonderwijs en vso"
    return [
        ("p", f"{c['naam']} is een stichting waarin {c['besturen']} schoolbesturen samenwerken. Samen zijn zij "
              f"verantwoordelijk voor {c['scholen']} {s} in de gemeenten {c['gemeenten']}. Het werkgebied is "
              f"een mengeling van stedelijke kernen en uitgestrekt landelijk gebied; de afstand tussen de "
              f"verste school en het bureau bedraagt ruim veertig kilometer. Dat heeft gevolgen voor reistijden, "
              f"voor de bereikbaarheid van voorzieningen en voor de manier waarop wij overleg organiseren."),
        ("p", "Het aantal leerlingen in de regio daalt licht. De prognoses van de gemeenten en van de besturen "
              "laten voor de komende planperiode een krimp zien van enkele procenten, met grote verschillen tussen "
              "kernen. Tegelijk zien scholen meer leerlingen met een complexe vraag, meer nieuwkomers en een "
              "toenemende druk op de jeugdhulp. Die ontwikkelingen vormen de achtergrond van dit plan."),
        ("tbl", [["Kengetal (teldatum 1 oktober 2025)", "Aantal"],
                 ["Aangesloten schoolbesturen", str(c["besturen"])],
                 ["Scholen/vestigingen", str(c["scholen"])],
                 ["Leerlingen totaal", c["leerlingen"]],
                 ["Gemeenten in het werkgebied", str(len(c["gemeenten"].split(",")) + 1)]]),
    ]


def f_visie(c):
    return [
        ("p", "Wij geloven dat ieder kind recht heeft op onderwijs dat past bij wat het nodig heeft, zo dicht "
              "mogelijk bij huis en samen met leeftijdgenoten uit de eigen buurt. Dat vraagt om scholen die zich "
              "eigenaar voelen van de ontwikkeling van al hun leerlingen, om professionals die elkaar weten te "
              "vinden en om een samenwerkingsverband dat faciliteert in plaats van voorschrijft."),
        ("p", "Passend onderwijs is daarbij geen doel op zich. Het gaat om de vraag of een leerling zich "
              "ononderbroken kan ontwikkelen en of hij of zij de kansen krijgt die bij zijn of haar talenten "
              "horen. We streven naar inclusiever onderwijs, waar mogelijk in de reguliere school en waar nodig "
              "met specialistische hulp. We zetten in op vertrouwen, vakmanschap en korte lijnen."),
        ("p", "Onze kernwaarden zijn: samen verantwoordelijk, transparant, dichtbij en lerend. Deze waarden komen "
              "terug in de manier waarop wij met scholen, ouders en partners samenwerken en in de keuzes die het "
              "bestuur maakt. Zij zijn in een reeks bijeenkomsten met directeuren, intern begeleiders, "
              "ondersteuningscoördinatoren en leden van de ondersteuningsplanraad opgehaald."),
    ]


def f_governance(c):
    return [
        ("p", f"{c['kort']} is een stichting. Het bestuursmodel kent een scheiding tussen bestuur en intern "
              "toezicht. De directeur-bestuurder is belast met het besturen van de stichting en geeft leiding aan "
              "het bureau. De raad van toezicht, bestaande uit vijf leden die door de aangesloten schoolbesturen "
              "worden voorgedragen, houdt toezicht op het bestuur en staat de directeur-bestuurder met raad terzijde. "
              "Daarnaast kent de stichting een algemene vergadering van de aangesloten besturen die jaarlijks "
              "bijeenkomt en de strategische koers bespreekt."),
        ("p", "De statuten bevatten een geschillenregeling voor geschillen tussen de aangesloten besturen en de "
              "stichting. De Code Goed Bestuur van de sectorraad is van toepassing; afwijkingen worden in het "
              "bestuursverslag toegelicht. Het bestuur keurt jaarlijks het jaarplan goed; het intern toezicht "
              "evalueert elk jaar het eigen functioneren, waarbij eens in de drie jaar een externe begeleider "
              "wordt ingeschakeld."),
        ("p", "Het bureau is gehuisvest in een verzamelgebouw waar ook andere onderwijsorganisaties zitten. "
              "De bezetting bestaat uit een secretariaat, beleidsmedewerkers, een controller en een team van "
              "consulenten en orthopedagogen. De werkgeversrol is belegd bij de directeur-bestuurder."),
    ]


def f_opr(c, with_parents=True):
    if with_parents:
        half = "ouders" if c["sector"] == "po" else "ouders of leerlingen"
        return [
            ("p", f"De ondersteuningsplanraad (OPR) bestaat uit twaalf leden: zes personeelsleden en zes {half}, "
                  "afgevaardigd uit de medezeggenschapsraden van de aangesloten scholen. De OPR heeft "
                  "instemmingsrecht op de vaststelling en wijziging van het ondersteuningsplan. Ouders in de OPR "
                  "brengen het perspectief van gezinnen in en zijn vanaf de eerste schrijfsessie bij dit plan "
                  "betrokken geweest. De OPR vergadert vijf keer per jaar en ontvangt een vergoeding voor de "
                  "bestede tijd en scholing via een externe trainer."),
        ]
    return [
        ("p", "De ondersteuningsplanraad (OPR) heeft instemmingsrecht op de vaststelling en wijziging van het "
              "ondersteuningsplan. In de aanloop naar dit plan is de OPR vier keer bijeengekomen; de "
              "vergaderstukken en notulen worden op het besloten deel van de website geplaatst. De OPR kan zich "
              "op kosten van de stichting laten scholen en ondersteunen."),
    ]


def f_personeel(c):
    return [
        ("p", "Het bureau werkt met een compacte formatie. Consulenten zijn het eerste aanspreekpunt voor scholen; "
              "zij denken mee in casuïstiek en in schoolontwikkeling. Orthopedagogen en psychologen zijn in dienst "
              "van de stichting of worden ingehuurd via een raamovereenkomst. Alle medewerkers zijn geregistreerd "
              "in het relevante beroepsregister, volgen jaarlijks scholing en nemen deel aan intervisie."),
        ("p", "Het lerarentekort raakt de regio hard. Scholen geven aan dat vacatures voor intern begeleiders en "
              "ondersteuningscoördinatoren moeilijk te vullen zijn en dat ervaren leraren vertrekken naar de "
              "randstad. Wij ondersteunen de besturen met een gezamenlijk scholingsaanbod, een leernetwerk voor "
              "startende ondersteuners en een regionale pool van ambulant begeleiders die arrangementen "
              "kunnen uitvoeren. De besturen blijven werkgever van hun eigen personeel."),
        ("p", "Deskundigheidsbevordering richt zich in deze planperiode op drie thema's: omgaan met gedrag in de "
              "groep, het werken met een ontwikkelingsperspectief en het voeren van gesprekken met ouders en "
              "leerlingen. Deze thema's zijn gekozen op basis van de schoolbezoeken en de vragen die consulenten "
              "het vaakst krijgen."),
    ]


def f_ict(c):
    return [
        ("p", "Het samenwerkingsverband verwerkt persoonsgegevens van leerlingen, waaronder gegevens over "
              "gezondheid. Wij doen dat uitsluitend voor zover dat noodzakelijk is voor onze wettelijke taken, "
              "op basis van de Algemene verordening gegevensbescherming. Er is een functionaris "
              "gegevensbescherming aangesteld die wordt gedeeld met twee andere samenwerkingsverbanden. Het "
              "privacyreglement is in 2025 geactualiseerd en door de OPR besproken."),
        ("p", "Dossiers worden digitaal beheerd in een beveiligde omgeving. Medewerkers van scholen krijgen "
              "alleen toegang tot gegevens van leerlingen voor wie zij een rol hebben. De bewaartermijnen zijn "
              "vastgelegd in het reglement; na afloop worden gegevens vernietigd. Datalekken worden gemeld "
              "volgens de interne procedure. In 2027 vervangen wij het huidige registratiesysteem; de "
              "aanbesteding daarvoor loopt samen met buurverbanden."),
    ]


def f_planning(c, y0=2026):
    return [
        ("p", "Dit ondersteuningsplan beschrijft de koers op hoofdlijnen. De uitwerking volgt in jaarplannen. "
              "Elk jaarplan wordt in het voorjaar opgesteld, besproken met de directeuren en de OPR en voor de "
              "zomer door het bestuur vastgesteld."),
        ("tbl", [["Moment", "Activiteit"],
                 [f"januari – maart {y0}", "Schrijfsessies en consultatie concept"],
                 [f"maart {y0}", "Op overeenstemming gericht overleg (OOGO) met de gemeenten"],
                 [f"april {y0}", "Instemming OPR, vaststelling door het bestuur"],
                 [f"vóór 1 mei {y0}", "Toezending aan de Inspectie van het Onderwijs"],
                 [f"1 augustus {y0}", "Ingang planperiode"],
                 [f"voorjaar {y0 + 2}", "Tussentijdse bespreking met directeuren en OPR"]]),
    ]


def f_oogo(c, with_content=True):
    base = [("p", f"Het concept van dit plan is in maart 2026 in het op overeenstemming gericht overleg (OOGO) "
                  f"besproken met de colleges van burgemeester en wethouders van {c['gemeenten']}. Van het "
                  "overleg is een verslag gemaakt; de gemeenten hebben geen bezwaren tegen het plan ingebracht. "
                  "Ook heeft overleg plaatsgevonden met het samenwerkingsverband "
                  + ("voortgezet onderwijs" if c["sector"] == "po" else "primair onderwijs") +
                  " in de regio.")]
    if not with_content:
        return base
    return base + [
        ("p", "Met de gemeenten werken wij samen aan de aansluiting tussen onderwijs en jeugdhulp. Er is een "
              "gezamenlijke agenda met vier thema's: jeugdhulp op school, leerlingenvervoer, leerplicht en "
              "verzuim, en onderwijshuisvesting. Per thema is een trekker benoemd vanuit onderwijs en vanuit de "
              "gemeente. In een aantal kernen is een jeugdhulpverlener een vast aantal uren per week op school "
              "aanwezig; op twee scholen draait een onderwijs-zorgarrangement waarin dagbesteding en onderwijs "
              "worden gecombineerd. De financiering daarvan is een gedeelde verantwoordelijkheid."),
    ]


def f_ontwikkelagenda(c):
    return [
        ("p", "Naast de vaste taken kent deze planperiode een ontwikkelagenda. De onderwerpen zijn voorlopig "
              "benoemd; de uitwerking volgt in de jaarplannen en hangt mede af van landelijke besluitvorming."),
        ("bul", ["We gaan onderzoeken hoe de samenwerking met kinderopvang en voorschoolse voorzieningen kan "
                 "worden versterkt." if c["sector"] == "po" else
                 "We gaan onderzoeken hoe de overstap naar het mbo soepeler kan verlopen, samen met de "
                 "regionale mbo-instellingen.",
                 "We verkennen of een gezamenlijke inkoop van expertise op het gebied van taal en nieuwkomers "
                 "zinvol is.",
                 "We volgen de landelijke ontwikkelingen rond een norm voor de basisondersteuning en passen ons "
                 "beleid zo nodig aan.",
                 "We verkennen de mogelijkheden van digitale ondersteuningsmiddelen in de klas."]),
    ]


def f_terugblik(c):
    return [
        ("p", "De afgelopen planperiode was een periode van veel verandering. Het bureau verhuisde, de "
              "directeur-bestuurder werd opgevolgd en twee besturen fuseerden. De coronaperiode zette veel "
              "plannen stil; scholen hadden hun handen vol aan afstandsonderwijs en aan het opvangen van "
              "leerlingen voor wie thuis leren niet lukte. Na die periode hebben we de draad weer opgepakt, "
              "met meer aandacht voor welbevinden en met een hernieuwde afspraak tussen de besturen over de "
              "manier waarop we samenwerken."),
        ("p", "In gesprekken met directeuren, leraren en partners kwamen steeds dezelfde lessen terug: houd de "
              "administratieve lasten laag, wees voorspelbaar in besluiten, en zorg dat expertise dichtbij de "
              "klas beschikbaar is. Die lessen hebben we als uitgangspunt genomen bij het schrijven van dit "
              "plan. Tegelijk hebben we geleerd dat sommige ambities uit het vorige plan te breed waren "
              "geformuleerd om er later iets over te kunnen zeggen."),
    ]


def f_inspectie(c):
    return [
        ("p", "In het voorjaar van 2024 heeft de Inspectie van het Onderwijs het samenwerkingsverband bezocht in "
              "het kader van het vierjaarlijks onderzoek. De inspectie sprak met het bestuur, de raad van "
              "toezicht, de ondersteuningsplanraad, directeuren en ketenpartners. Het rapport is openbaar en "
              "te vinden op de website van de inspectie. De inspectie vroeg onder meer aandacht voor de "
              "rol van het intern toezicht en voor het tijdig delen van stukken met de medezeggenschap. Beide "
              "punten zijn inmiddels opgepakt: het toezichtkader is herzien en de jaarplanning van de "
              "vergaderingen is afgestemd op de cyclus van de medezeggenschap."),
    ]


def f_landelijk(c):
    return [
        ("p", "Dit plan verschijnt in een periode waarin ook landelijk veel in beweging is. Na de evaluatie van "
              "passend onderwijs in 2020 heeft het kabinet een verbeteraanpak ingezet, met maatregelen op het "
              "gebied van onder meer inclusiever onderwijs, de positie van leerlingen en de bekostiging. In "
              "2025 volgde een brief over de volgende stap in de verbetering van passend onderwijs. Een aantal "
              "maatregelen is nog niet in wetgeving omgezet. Wij volgen de ontwikkelingen nauwgezet en passen "
              "ons beleid aan wanneer dat nodig is; ingrijpende wijzigingen leggen wij voor aan de "
              "ondersteuningsplanraad."),
        ("p", "Daarnaast raken ook ontwikkelingen buiten het onderwijs aan ons werk: de hervormingsagenda "
              "jeugd, de krapte op de arbeidsmarkt en de groeiende kansenongelijkheid. Die ontwikkelingen "
              "maken samenwerking over de grenzen van organisaties heen belangrijker dan ooit."),
    ]


def f_scholen_communicatie(c):
    return [
        ("p", "Scholen ontvangen vijf keer per jaar een digitale nieuwsbrief met actuele informatie over "
              "procedures, scholingsaanbod en ontwikkelingen in de regio. Voor intern begeleiders en "
              "ondersteuningscoördinatoren organiseert het bureau vier keer per jaar een netwerkbijeenkomst, "
              "waar casuïstiek wordt besproken en collega's van elkaar leren. Directeuren komen twee keer per "
              "jaar bijeen in een regionaal directeurenoverleg. Van elke bijeenkomst wordt een kort verslag "
              "gemaakt dat op het besloten deel van de website wordt geplaatst."),
        ("p", "Het bureau streeft ernaar vragen van scholen binnen drie werkdagen te beantwoorden. Elke school "
              "heeft een vaste contactpersoon op het bureau, zodat scholen niet steeds opnieuw hun verhaal "
              "hoeven te doen."),
    ]


def f_overstap(c):
    if c["sector"] == "po":
        return [("p", "Voor de overstap naar het voortgezet onderwijs werken we samen met het VO-verband in de "
                      "regio. Er is een gezamenlijke overstapkalender met vaste data voor het schooladvies, de "
                      "aanmelding en de warme overdracht. Basisscholen gebruiken het digitale "
                      "overstapdossier, en mentoren van de brugklas nemen in het najaar contact op met de "
                      "leerkracht van groep 8 als daar aanleiding toe is.")]
    return [("p", "De aansluiting op het mbo en de arbeidsmarkt krijgt in deze planperiode extra aandacht. Met de "
                  "regionale mbo-instellingen is een convenant gesloten over de overdracht van leerlingen en "
                  "over een doorlopende begeleiding in het eerste mbo-jaar. Voor leerlingen van het "
                  "praktijkonderwijs en het vso in het uitstroomprofiel arbeid werken we samen met het "
                  "regionale werkbedrijf en met werkgevers die stageplaatsen en leerbanen bieden.")]


def f_werkdruk(c):
    return [
        ("p", "Werkdruk is een belangrijk thema voor alle scholen. Wij willen voorkomen dat de procedures van "
              "het samenwerkingsverband bijdragen aan die werkdruk. Daarom zijn formulieren in de afgelopen "
              "jaren vereenvoudigd, worden gegevens zoveel mogelijk één keer uitgevraagd en maken consulenten "
              "gesprekken op school in plaats van op het bureau. In 2027 onderzoeken we samen met een aantal "
              "scholen welke stappen verder kunnen worden vereenvoudigd."),
        ("p", "Ook de medewerkers van het bureau zelf verdienen aandacht. Het bureau heeft een "
              "verzuimbeleid, een jaarlijkse gesprekscyclus en een budget voor professionalisering. De "
              "medewerkerstevredenheid wordt eens in de twee jaar gemeten en met het team besproken."),
    ]


def f_buurverbanden(c):
    return [
        ("p", "Het samenwerkingsverband grenst aan vier andere samenwerkingsverbanden. Met deze buurverbanden "
              "is een convenant gesloten over leerlingen die in de ene regio wonen en in de andere regio naar "
              "school gaan. Het convenant regelt wie aanspreekpunt is, hoe informatie wordt uitgewisseld en "
              "hoe de verbanden elkaar informeren over wijzigingen in hun beleid. Eens per jaar komen de "
              "directeuren van de verbanden bijeen om ervaringen te delen en gezamenlijke thema's te "
              "bespreken, zoals de inkoop van expertise, scholing en de vervanging van het "
              "registratiesysteem."),
        ("p", "Ook met het samenwerkingsverband in de andere sector is het contact intensief. Twee keer per jaar "
              "is er een bestuurlijk overleg, en de beleidsmedewerkers van beide verbanden werken samen aan "
              "de voorbereiding van het OOGO met de gemeenten."),
    ]


def f_speerpunten(c):
    return [
        ("p", "Eigenaarschap bij de scholen betekent dat de scholen zelf verantwoordelijk zijn voor de "
              "ondersteuning van hun leerlingen en dat het samenwerkingsverband die verantwoordelijkheid niet "
              "overneemt. Directeuren en besturen maken keuzes die passen bij hun eigen leerlingen en hun eigen "
              "team. Het samenwerkingsverband stelt kaders, denkt mee en spreekt aan wanneer dat nodig is."),
        ("p", "Vakmanschap in de klas betekent dat we investeren in de mensen die het werk doen. De leraar en de "
              "mentor zijn het eerste aanspreekpunt voor de leerling; zij moeten de ruimte en de kennis hebben "
              "om verschillen tussen leerlingen op te vangen. We willen dat scholen van elkaar leren, dat goede "
              "voorbeelden worden gedeeld en dat nieuwe collega's snel hun weg vinden."),
        ("p", "Een slanke organisatie betekent dat het bureau klein blijft en dat zoveel mogelijk geld en "
              "tijd terechtkomen bij de scholen. Het bureau werkt met een vast team van consulenten, een "
              "secretariaat en een kleine staf. Taken die beter bij een school, een bestuur of een partner "
              "passen, laten we daar. Jaarlijks bespreekt het bestuur of de omvang en de taken van het bureau "
              "nog passen bij deze uitgangspunten."),
    ]


def glossary(entries):
    rows = [["Begrip", "Betekenis"]] + [[a, b] for a, b in entries]
    return [("h1", "Bijlage: Begrippenlijst"), ("tbl", rows)]


def abbreviations(entries):
    return [("h2", "Afkortingen"), ("bul", [f"{a} – {b}" for a, b in entries])]


# ----------------------------------------------------------------------------------------------
# Plan A: PO, De Waterlinie (docx + pdf)
# ----------------------------------------------------------------------------------------------
def plan_a():
    c = dict(naam="Stichting Samenwerkingsverband Passend Primair Onderwijs De Waterlinie (PO 26-08)",
             kort="De Waterlinie", sector="po", besturen=14, scholen=72, leerlingen="16.480",
             gemeenten="Linschoten, Oudewater-Noord, Harmelen en Vleuterweide")
    toc = [("Voorwoord", 2), ("1 Inleiding en leeswijzer", 3), ("2 Ons samenwerkingsverband", 4),
           ("3 Visie en ambities", 6), ("4 Basisondersteuning: wat elke school biedt", 8),
           ("5 Extra ondersteuning en dekkend aanbod", 11), ("6 Toelaatbaarheid sbo en so", 14),
           ("7 Samenwerking met gemeenten", 18), ("8 Communicatie", 19),
           ("9 Organisatie en governance", 21), ("10 Personeel en professionalisering", 22),
           ("11 Geld en middelen", 23), ("12 Kwaliteit en planning", 25),
           ("Bijlage: Begrippenlijst", 27)]
    b = [("title", "Ondersteuningsplan 2026–2030"),
         ("sub", c["naam"] + " — vastgesteld door het bestuur op 15 april 2026. Thema's: basisondersteuning, "
                 "toelaatbaarheid, terugplaatsing, financiën, resultaten en ouders."),
         ("toc", toc), ("pb",),
         ("h1", "Voorwoord")]
    b += P("Voor u ligt het ondersteuningsplan 2026–2030 van De Waterlinie. Het is het derde plan sinds de "
           "invoering van passend onderwijs en het eerste dat in nauwe samenwerking met een schrijfgroep van "
           "intern begeleiders, directeuren, ouders en medewerkers van het bureau tot stand kwam. We zijn trots "
           "op wat er de afgelopen jaren is bereikt, maar we zien ook dat er nog veel te doen is: te veel "
           "kinderen wachten te lang op een passende plek en de middelen staan onder druk.",
           "Dit plan is geschreven voor iedereen die met passend onderwijs te maken heeft: leerkrachten, "
           "ouders, bestuurders, gemeenten en partners in de jeugdhulp. We hebben geprobeerd het zo concreet "
           "mogelijk te maken, zodat u kunt nagaan wat u van ons en van de scholen mag verwachten. Waar we "
           "dingen nog niet weten, zeggen we dat eerlijk.",
           "Mijn dank gaat uit naar de leden van de ondersteuningsplanraad, die kritisch en betrokken hebben "
           "meegelezen, en naar de gemeenten voor het constructieve overleg. — Mr. H.J. van Bommel, "
           "directeur-bestuurder")
    b += [("h1", "1 Inleiding en leeswijzer")]
    b += P("Een samenwerkingsverband stelt ten minste eens in de vier jaar een ondersteuningsplan vast. De wet "
           "schrijft voor welke onderwerpen het plan in elk geval bevat. In dit plan volgen we die onderwerpen, "
           "maar we hebben gekozen voor een indeling die aansluit bij de vragen die ouders en scholen ons "
           "stellen. In hoofdstuk 4 leest u wat elke school biedt; hoofdstuk 5 gaat over extra ondersteuning en "
           "over de manier waarop we gaten in het aanbod dichten; hoofdstuk 6 beschrijft de toelaatbaarheid tot "
           "het speciaal (basis)onderwijs, inclusief het einde van een toelaatbaarheidsverklaring. Hoe we met "
           "ouders communiceren staat in hoofdstuk 8, de financiën in hoofdstuk 11.")
    b += [("h1", "2 Ons samenwerkingsverband")] + f_context(c)
    b += P("Binnen het werkgebied liggen twee scholen voor speciaal basisonderwijs (De Kade en Het Bolwerk) en "
           "drie so-locaties van cluster 3 en 4. Leerlingen met een visuele of auditieve beperking worden "
           "begeleid door de landelijke instellingen van cluster 1 en 2; die vallen buiten dit plan.")
    b += [("h1", "3 Visie en ambities")] + f_visie(c)
    b += [("h2", "3.1 Wat we in 2030 willen bereiken")]
    b += P("Het bestuur en de OPR hebben vijf ambities geformuleerd voor leerlingen die extra ondersteuning "
           "nodig hebben. Elke ambitie is vertaald in een beoogd resultaat voor het einde van de planperiode:")
    b += [("num", ["Ten minste 85% van de leerlingen met een ontwikkelingsperspectief haalt aan het eind van "
                   "groep 8 het in het OPP vastgelegde uitstroomperspectief of hoger.",
                   "Geen enkele leerling zit langer dan drie maanden thuis zonder passend onderwijsaanbod; het "
                   "aantal langdurig relatief verzuimers daalt van 19 (1 oktober 2025) naar maximaal 8.",
                   "Het deelnamepercentage sbo blijft onder de 2,2% en het deelnamepercentage so daalt van 1,9% "
                   "naar 1,6%, doordat meer leerlingen met een arrangement op de eigen school blijven.",
                   "Ten minste 20% van de leerlingen in het sbo stroomt binnen de looptijd van de TLV terug naar "
                   "een basisschool of stroomt door naar een passende vervolgplek.",
                   "Ouders waarderen de samenwerking met de school rond de ondersteuning van hun kind gemiddeld "
                   "met minimaal een 7,5."])]
    b += [("h1", "4 Basisondersteuning: wat elke school biedt")]
    b += P("De veertien besturen hebben afgesproken dat alle 72 vestigingen in De Waterlinie hetzelfde minimum "
           "aan ondersteuning bieden. Dat minimum noemen we de basisondersteuning. Een school kan meer bieden, "
           "nooit minder. Voor basisondersteuning is geen aanvraag bij het samenwerkingsverband nodig en ouders "
           "hoeven er niets voor te regelen: het hoort bij het gewone aanbod van de school. De afspraken zijn "
           "in 2025 opnieuw vastgesteld en gelden voor de hele planperiode.",
           "Concreet kunt u op iedere school in ons samenwerkingsverband het volgende verwachten:")
    b += [("bul", ["een intern begeleider met ten minste 0,4 fte per 200 leerlingen, die de ondersteuning in de "
                   "school coördineert en het eerste aanspreekpunt is voor leerkrachten;",
                   "handelingsgericht werken in alle groepen: jaarlijks twee groepsbesprekingen en een "
                   "groepsoverzicht waarin onderwijsbehoeften van leerlingen zijn vastgelegd;",
                   "een dyslexie- en dyscalculieprotocol volgens de landelijke protocollen, inclusief "
                   "signalering vanaf groep 2 en een interventieperiode van ten minste twaalf weken;",
                   "een aanpak voor sociale veiligheid en een methode voor sociaal-emotionele ontwikkeling, met "
                   "een jaarlijkse monitor en een anti-pestcoördinator;",
                   "verrijkings- en verdiepingsstof voor kinderen die meer aankunnen, en een plusgroep op "
                   "schoolniveau of bovenschools;",
                   "een protocol medisch handelen en afspraken over medicijnverstrekking;",
                   "een ondersteuningsteam (OT) dat ten minste zes keer per jaar bijeenkomt, met de intern "
                   "begeleider, de consulent van het samenwerkingsverband en, waar nodig, de "
                   "jeugdverpleegkundige of de jeugdhulpverlener;",
                   "een warme overdracht bij de overstap van voorschoolse voorziening naar groep 1 en van "
                   "groep 8 naar het voortgezet onderwijs."])]
    b += [("h2", "4.1 Hoe we de basisondersteuning bewaken")]
    b += P("Elke school beschrijft in de schoolgids hoe zij de basisondersteuning invult. Het bureau bezoekt elke "
           "school eens in de twee jaar en gebruikt daarbij de kwaliteitskaart basisondersteuning. Scoort een "
           "school op een of meer onderdelen onvoldoende, dan maakt het bestuur van die school binnen drie "
           "maanden een verbeterplan, dat de consulent na een jaar met de school evalueert.")
    b += [("h1", "5 Extra ondersteuning en dekkend aanbod")]
    b += P("Niet ieder kind heeft genoeg aan de basisondersteuning. Ons aanbod is opgebouwd in lagen die op "
           "elkaar aansluiten, zodat de stap naar zwaardere hulp pas wordt gezet als lichtere hulp niet "
           "volstaat.")
    b += [("tbl", [["Laag", "Wat", "Waar"],
                   ["1 Basisondersteuning", "Zie hoofdstuk 4", "Elke school"],
                   ["2 Extra ondersteuning op school", "Arrangement van 3 tot 12 maanden: extra handen, "
                    "ambulante begeleiding, specifieke expertise", "Eigen school, met inzet van het "
                    "expertisenetwerk"],
                   ["3 Bovenschoolse voorziening", "Taalklas nieuwkomers, plusklas voltijd HB, "
                    "observatiegroep jonge kind", "Drie locaties in de regio"],
                   ["4 Speciaal basisonderwijs", "Kleine groepen, orthopedagogische expertise", "De Kade, "
                    "Het Bolwerk"],
                   ["5 Speciaal onderwijs", "Cluster 3 en 4, onderwijs-zorgarrangementen", "Drie so-locaties"]])]
    b += P("Een arrangement in laag 2 wordt in het ondersteuningsteam voorbereid en door de consulent toegekend. "
           "De voorzieningen in laag 3 zijn toegankelijk zonder toelaatbaarheidsverklaring; het aanmelden loopt "
           "via het ondersteuningsteam.")
    b += [("h2", "5.1 Geen kind tussen wal en schip")]
    b += P("Een dekkend aanbod betekent dat er voor elk kind een passende plek is. Om te weten waar dat niet lukt, "
           "houden we een registratie bij van alle kinderen die thuiszitten, die een vrijstelling hebben of "
           "die langer dan vier weken op een wachtlijst staan. Scholen melden zo'n situatie binnen vijf "
           "schooldagen bij het bureau. Binnen tien werkdagen organiseert de consulent een overleg met school, "
           "ouders, leerplicht en jeugdhulp, de zogenoemde Doorbraaktafel, met als opdracht binnen zes weken een "
           "aanbod te realiseren.",
           "Eens per jaar maken we met de besturen en de gemeenten een analyse van de knelpunten: welke vragen "
           "konden we niet beantwoorden, waar ontbreekt een voorziening? In 2025 leidde dat tot de start van "
           "de observatiegroep jonge kind. Wanneer een school haar zorgplicht niet kan waarmaken, zoekt het "
           "bureau samen met het bestuur binnen zes weken een andere school die wel een passende plek biedt.")
    b += [("h1", "6 Toelaatbaarheid sbo en so")]
    b += [("h2", "6.1 De aanvraag")]
    b += P("Een toelaatbaarheidsverklaring (TLV) wordt altijd aangevraagd door het bestuur van de school waar de "
           "leerling staat ingeschreven, in de praktijk door de intern begeleider namens de directeur. De "
           "aanvraag loopt in vier stappen:")
    b += [("num", ["Het ondersteuningsteam bespreekt de leerling met ouders en stelt vast dat de ondersteuning "
                   "op de eigen school en via een arrangement niet toereikend is.",
                   "De school vult het groeidocument aan met het OPP, de evaluatie van de geboden hulp en de "
                   "zienswijze van de ouders, en dient de aanvraag digitaal in.",
                   "Twee deskundigen brengen ieder afzonderlijk een schriftelijk advies uit: een orthopedagoog "
                   "of psycholoog en, afhankelijk van de vraag, een tweede deskundige (bijvoorbeeld een "
                   "maatschappelijk werker of kinderarts). Zij zijn niet bij de aanvraag betrokken geweest.",
                   "De Commissie Toelaatbaarheid besluit binnen zes weken na ontvangst van de volledige "
                   "aanvraag. Ouders ontvangen het besluit en een afschrift van beide adviezen."])]
    b += [("h2", "6.2 Wanneer is een leerling toelaatbaar?")]
    b += P("De commissie geeft een TLV voor het sbo af als aan alle drie de volgende voorwaarden is voldaan: (a) "
           "de school heeft ten minste twee handelingsgerichte cycli met een arrangement doorlopen, (b) de "
           "leerling heeft een structurele en meervoudige ondersteuningsbehoefte op leer- én gedragsgebied, en "
           "(c) de deskundigen concluderen dat deze behoefte een kleinere groep en een specialistische aanpak "
           "gedurende de hele dag vraagt. Voor het so geldt daarnaast dat de ondersteuningsbehoefte "
           "samenhangt met een ernstige beperking, langdurige ziekte of ernstige gedragsproblematiek die ook "
           "in het sbo niet kan worden opgevangen.")
    b += [("h2", "6.3 Looptijd en categorie")]
    b += P("Een TLV voor het sbo geldt tot en met 31 juli van het schooljaar waarin de leerling twaalf wordt. Een "
           "TLV voor het so geldt twee schooljaren en vermeldt de bekostigingscategorie laag, midden of hoog, "
           "die de commissie bepaalt op basis van het deskundigenadvies.")
    b += [("h2", "6.4 Bezwaar")]
    b += P("Ouders en school kunnen binnen zes weken bezwaar maken tegen het besluit. Het bestuur vraagt advies "
           "aan de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen en beslist binnen zes weken "
           "na dat advies.")
    b += [("h2", "6.5 Afloop van de TLV en terugkeer naar de basisschool")]
    b += P("Plaatsing in het sbo of so is voor ons geen eindstation. Het uitgangspunt is dat een kind terugkeert "
           "naar een reguliere basisschool zodra het daar met ondersteuning verder kan. We stellen daarbij twee "
           "voorwaarden: de ontvangende school kan de in het OPP beschreven ondersteuning bieden en het kind "
           "heeft ten minste een half jaar stabiel gefunctioneerd. Na de terugkeer krijgt de basisschool een "
           "jaar lang begeleiding van een ambulant begeleider van de sbo- of so-school en een "
           "overstaparrangement.",
           "Het traject verloopt zo. Elk jaar in oktober evalueert de sbo- of so-school met ouders het OPP van "
           "iedere leerling. In het laatste jaar van de TLV neemt de school uiterlijk op 1 december het "
           "initiatief voor een overstapgesprek met ouders en de consulent. Blijkt terugkeer mogelijk, dan "
           "zoekt de school samen met ouders een basisschool; de consulent stelt het overstaparrangement vast. "
           "Is verlenging nodig, dan vraagt de school vóór 1 maart een nieuwe TLV aan volgens de procedure van "
           "6.1. Zonder nieuwe TLV eindigt de toelaatbaarheid op 31 juli.")
    b += [("h1", "7 Samenwerking met gemeenten")] + f_oogo(c)
    b += [("h1", "8 Communicatie")]
    b += P("Goede communicatie is een voorwaarde voor vertrouwen. Het bureau heeft een communicatieadviseur die "
           "de website, de nieuwsbrief voor scholen en de sociale media verzorgt.",
           "Voor ouders is er op de website een aparte ouderpagina met uitleg over basisondersteuning, "
           "arrangementen en de TLV-procedure, in gewone taal en in vier talen. Elke school neemt in de "
           "schoolgids een vaste paragraaf op over passend onderwijs, met een verwijzing naar die pagina. Twee "
           "keer per jaar organiseren we een informatieavond voor ouders van kinderen die extra ondersteuning "
           "krijgen, en de folder 'Extra steun voor je kind' wordt bij elk eerste OT-gesprek aan ouders "
           "meegegeven.",
           "Soms lopen gesprekken vast of willen ouders met iemand praten die niet bij de school hoort. Zij "
           "kunnen dan terecht bij het Ouder- en Jeugdsteunpunt Waterlinie. Het steunpunt is onafhankelijk van "
           "scholen en bestuur, is op werkdagen telefonisch bereikbaar en houdt wekelijks een inloopspreekuur in "
           "de bibliotheek van Harmelen. Daarnaast kunnen ouders een beroep doen op de landelijke "
           "onderwijsconsulenten, en bij een klacht of geschil op de klachtenregeling van het "
           "samenwerkingsverband en de Geschillencommissie passend onderwijs.")
    b += f_opr(c)
    b += [("h1", "9 Organisatie en governance")] + f_governance(c)
    b += [("h1", "10 Personeel en professionalisering")] + f_personeel(c) + f_ict(c)
    b += [("h1", "11 Geld en middelen")]
    b += P("Het samenwerkingsverband ontvangt van het Rijk de middelen voor lichte en zware ondersteuning. "
           "Na aftrek van de verplichte afdrachten aan het so en de groeibekostiging van het sbo verdelen we "
           "het resterende budget volgens drie regels. Eerste regel: elk bestuur ontvangt een schoolbudget van "
           "€ 185 per leerling op basis van de teldatum 1 oktober van het voorgaande jaar; het bestuur bepaalt "
           "zelf hoe het dit binnen de eigen scholen inzet voor de basisondersteuning. Tweede regel: de "
           "arrangementen in laag 2 worden per leerling toegekend door de consulent, met een maximum van € 6.000 "
           "per arrangement. Derde regel: de bovenschoolse voorzieningen uit laag 3 worden centraal "
           "gefinancierd.",
           "De meerjarenbegroting 2026–2030 wordt na vaststelling door het bestuur op 1 juli 2026 als bijlage 6 "
           "aan dit plan toegevoegd. Over de hoogte van de reserves en de signaleringswaarde besluit het bestuur "
           "in het najaar, nadat de nieuwe landelijke rekenregels bekend zijn.")
    b += [("h1", "12 Kwaliteit en planning")]
    b += P("We willen een lerende organisatie zijn. Hoe we de voortgang op de ambities uit hoofdstuk 3 gaan "
           "volgen, met welke indicatoren en op welke momenten we daarover verantwoording afleggen, werken we in "
           "het schooljaar 2026–2027 samen met de OPR uit in een apart kwaliteitskader.")
    b += f_planning(c) + f_ontwikkelagenda(c) + [("h2", "Terugblik")] + f_terugblik(c) + [("h2", "Overstap naar het vo")] + f_overstap(c)
    b += glossary([("Basisondersteuning", "Het afgesproken niveau van ondersteuning op alle scholen."),
                   ("TLV", "Toelaatbaarheidsverklaring voor sbo of so."),
                   ("Terugplaatsing", "De overstap van sbo/so naar het regulier onderwijs."),
                   ("Meerjarenbegroting", "Begroting voor meerdere jaren."),
                   ("Monitoring", "Het volgen van resultaten met indicatoren."),
                   ("OJSP", "Ouder- en jeugdsteunpunt."),
                   ("OPR", "Ondersteuningsplanraad.")])
    label = {
        "documents": ["po-waterlinie-2026-2030.docx", "po-waterlinie-2026-2030.pdf"],
        "sector": "po",
        "elements": dict(basisondersteuning="present", plaatsing="present", terugstroom="present",
                         financien="partial", **{"dekkend-aanbod": "present"}, resultaten="partial",
                         ouders="present"),
        "criteria": {"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
                     "plaatsing.procedure": True, "plaatsing.criteria": True,
                     "terugstroom.procedure": True, "terugstroom.beleid": True,
                     "financien.verdeling": True, "financien.besteding": False,
                     "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
                     "resultaten.doelen": True, "resultaten.monitoring": False,
                     "ouders.informatie": True, "ouders.steunpunt": True},
        "advisory_addressed": {"basisondersteuning": ["borging"],
                               "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
                               "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"],
                               "ouders": ["betrokkenheid"]},
        "notes": {
            "basisondersteuning": "Ch. 4 states the common minimum for all 72 vestigingen and lists concrete voorzieningen; 4.1 kwaliteitskaart = borging.",
            "plaatsing": "Ch. 6.1-6.4: four-step procedure, Commissie Toelaatbaarheid, 6 weeks, sbo/so criteria (a)-(c), two deskundigen, looptijd/categorie, LBT bezwaar.",
            "terugstroom": "Hidden in 6.5 inside the TLV chapter: policy (aims, conditions, one year AB after return) and steps (October evaluation, 1 december overstapgesprek, end 31 juli).",
            "financien": "Ch. 11 'Geld en middelen' gives the verdeling (EUR 185 per leerling, arrangementen max EUR 6.000); the meerjarenbegroting is deferred to an absent bijlage 6 and reserves are deferred.",
            "dekkend-aanbod": "Ch. 5 table with five layers (continuum) and 5.1 registration, Doorbraaktafel, yearly gap analysis, zorgplicht (lacunes); ch. 7 OOGO agenda.",
            "resultaten": "3.1 lists measurable beoogde resultaten; how they are monitored is deferred to a kwaliteitskader to be worked out in 2026-2027 (ch. 12).",
            "ouders": "Inside ch. 8 'Communicatie': ouderpagina, schoolgids paragraph, info evenings, folder; Ouder- en Jeugdsteunpunt Waterlinie, onderwijsconsulenten, klachten/geschillen.",
        },
    }
    return b, label, c


# ----------------------------------------------------------------------------------------------
# Plan B: VO, Lingeweide (docx)
# ----------------------------------------------------------------------------------------------
def plan_b():
    c = dict(naam="Samenwerkingsverband Voortgezet Onderwijs Lingeweide (VO 23-05)", kort="SWV Lingeweide",
             sector="vo", besturen=7, scholen=19, leerlingen="11.920",
             gemeenten="Geldermalsen-Oost, Leerdam-Zuid, Asperen en Heukelum-Linge")
    toc = [("Woord vooraf", 3), ("Deel A — Waar we staan", 4), ("A1 De regio in cijfers", 4),
           ("A2 Visie en koers", 5), ("Deel B — Wat we doen", 7), ("B1 Basisondersteuning", 7),
           ("B2 Ondersteuningsniveaus en voorzieningen", 8), ("B3 Toelaatbaarheid vso, lwoo en pro", 10),
           ("B4 Terugplaatsing", 12), ("B5 Ouders en leerlingen", 13), ("B6 Samenwerking met gemeenten", 14),
           ("Deel C — Hoe we het organiseren", 15), ("C1 Bestuur en medezeggenschap", 15),
           ("C2 Financieel beleid", 16), ("C3 Kwaliteitszorg en resultaten", 19), ("C4 Personeel en ICT", 21),
           ("Bijlage 5 Toelaatbaarheidscriteria", 23), ("Begrippen", 24)]
    b = [("title", "Ondersteuningsplan SWV VO Lingeweide 2026-2030"),
         ("sub", "‘Samen sterk voor elke leerling’ — versie voor instemming OPR, 28 maart 2026"),
         ("toc", toc), ("pb",), ("h1", "Woord vooraf")]
    b += P("Met trots presenteren wij het ondersteuningsplan 2026-2030. Het plan is een kompas voor de komende "
           "vier jaar: het beschrijft waar we voor staan, welke keuzes we maken en hoe we de middelen inzetten "
           "die ons zijn toevertrouwd. Het is geschreven in een periode waarin het onderwijs veel vraagt van "
           "leraren, mentoren en ondersteuners, en waarin ouders en leerlingen terecht hoge verwachtingen hebben.",
           "Het plan is opgebouwd in drie delen. Deel A schetst de context en onze visie, deel B beschrijft "
           "wat we doen en deel C hoe we het organiseren. In de kaders 'Wat we afspreken' vindt u de "
           "belangrijkste afspraken per onderwerp.")
    b += [("h1", "Deel A — Waar we staan"), ("h2", "A1 De regio in cijfers")] + f_context(c)
    b += P("In de regio liggen twee scholen voor praktijkonderwijs, acht scholen met een vmbo-afdeling waarvan "
           "zes leerwegondersteunend onderwijs bieden, en twee vso-scholen. Het orthopedagogisch-didactisch "
           "centrum De Brug biedt tijdelijke opvang voor leerlingen van alle scholen.")
    b += [("h2", "A2 Visie en koers")] + f_visie(c)
    b += [("h1", "Deel B — Wat we doen"), ("h2", "B1 Basisondersteuning")]
    b += P("In de vorige planperiode was de basisondersteuning vastgelegd in de notitie 'Ondersteuning in de "
           "basis 2020'. Die notitie is verouderd en sluit niet meer aan bij de praktijk op de scholen. De "
           "schoolbesturen hebben daarom besloten de afspraken over basisondersteuning in het schooljaar "
           "2026-2027 opnieuw op te stellen, mede in het licht van de verwachte landelijke norm. Tot die tijd "
           "is het aan elke school om in haar schoolgids te beschrijven wat zij aan ondersteuning biedt.",
           "Wat we wel vasthouden, is het jaarlijkse schoolbezoek. De beleidsmedewerker kwaliteit bezoekt elke "
           "vestiging eenmaal per jaar, bespreekt met de ondersteuningscoördinator en de teamleider de "
           "uitvoering van het schoolondersteuningsprofiel en legt de afspraken vast in een kort verslag. Blijft "
           "een vestiging twee jaar achtereen achter bij de eigen afspraken, dan spreekt de directeur-bestuurder "
           "het betreffende schoolbestuur aan en volgt een verbetertraject van maximaal een jaar.")
    b += [("h2", "B2 Ondersteuningsniveaus en voorzieningen")]
    b += P("Het ondersteuningsaanbod in de Lingeweide is opgebouwd in vier niveaus. Op niveau 1 gaat het om de "
           "ondersteuning die de school zelf biedt aan alle leerlingen, met de mentor als spil. Niveau 2 omvat "
           "extra ondersteuning binnen de school: de ondersteuningscoördinator zet trajecten in zoals een "
           "time-outvoorziening, faalangstreductietraining, begeleiding bij executieve functies of een "
           "aangepast rooster, al dan niet met een arrangement van het samenwerkingsverband. Niveau 3 is de "
           "bovenschoolse ondersteuning: een tijdelijke plaatsing van maximaal zes maanden in OPDC De Brug, "
           "of een symbiosetraject waarbij een leerling deels op een vso-school en deels op een reguliere "
           "school les krijgt. Niveau 4 is het voortgezet speciaal onderwijs en het praktijkonderwijs.",
           "Wat we afspreken: een leerling stroomt pas door naar een volgend niveau als het ondersteuningsteam "
           "heeft vastgesteld dat het vorige niveau niet volstaat. De trajecten op niveau 2 en 3 zijn "
           "beschikbaar voor leerlingen van alle scholen, ongeacht het bestuur.",
           "Een sluitende aanpak voor leerlingen die (dreigen) thuis (te) zitten ontwikkelen we in 2027 samen "
           "met de afdelingen leerplicht; de afspraken daarover volgen in het jaarplan 2027-2028.")
    b += [("h2", "B3 Toelaatbaarheid vso, lwoo en pro")]
    b += P("Voor plaatsing in het voortgezet speciaal onderwijs is een toelaatbaarheidsverklaring (TLV) nodig. De "
           "aanvraag wordt ingediend door de ondersteuningscoördinator van de school waar de leerling staat "
           "ingeschreven of is aangemeld, via het digitale aanvraagportaal. Bij de aanvraag horen het "
           "ontwikkelingsperspectiefplan met een handelingsdeel, een verslag van het laatste MDO en de "
           "zienswijze van ouders en leerling.",
           "De aanvraag wordt behandeld door de Commissie van Toelaatbaarheid (CvT). Binnen twee weken toetst "
           "het secretariaat of de aanvraag compleet is. Daarna brengen een orthopedagoog-generalist en een "
           "tweede deskundige, die niet bij de leerling betrokken zijn geweest, elk afzonderlijk advies uit. "
           "De CvT neemt binnen zes weken na de volledige aanvraag een besluit en stuurt dat aan de school en "
           "de ouders.",
           "Voor lwoo en praktijkonderwijs geldt een aparte route. De basisschool levert uiterlijk 1 februari de "
           "gegevens aan via het overstapdossier; de VO-school waar de leerling is aangemeld dient uiterlijk "
           "15 februari de aanvraag in. De CvT beslist vóór 1 april, zodat de leerling voor de zomer weet waar "
           "hij of zij aan toe is.",
           "De CvT toetst alle aanvragen aan de criteria die zijn opgenomen in bijlage 5 "
           "(Toelaatbaarheidscriteria vso, lwoo en pro). Die bijlage wordt jaarlijks geactualiseerd.")
    b += [("h2", "B4 Terugplaatsing")]
    b += P("Zie bijlage 5.")
    b += [("h2", "B5 Ouders en leerlingen")]
    b += P("Ouders en leerlingen moeten kunnen weten welke ondersteuning er is. Op de website staat een "
           "rubriek 'Voor ouders en leerlingen' met filmpjes over de ondersteuningsniveaus, de rol van de "
           "ondersteuningscoördinator en het aanvragen van extra hulp. Alle leerlingen van groep 8 krijgen via "
           "de basisschool de brochure 'Passend onderwijs in de Lingeweide' mee. In november organiseren we "
           "samen met de scholen een informatieavond over de overstap voor ouders van leerlingen met een "
           "ondersteuningsbehoefte, en elke VO-school beschrijft de ondersteuning in de schoolgids.",
           "Het ouder- en jeugdsteunpunt richten we in de loop van 2027 in. Over de vorm, de bereikbaarheid en "
           "de samenwerking met bestaande organisaties informeren we ouders zodra daarover besloten is.")
    b += [("h2", "B6 Samenwerking met gemeenten")] + f_oogo(c)
    b += [("h1", "Deel C — Hoe we het organiseren"), ("h2", "C1 Bestuur en medezeggenschap")]
    b += f_governance(c) + f_opr(c)
    b += [("h2", "C2 Financieel beleid")]
    b += P("Het samenwerkingsverband ontvangt jaarlijks rijksmiddelen voor lichte en zware ondersteuning. De "
           "middelen voor zware ondersteuning gaan grotendeels op aan de verplichte afdracht aan het vso; de "
           "middelen voor lwoo en pro worden, na aftrek van de afdracht aan de scholen, doorgegeven op basis van "
           "het aantal aangewezen leerlingen.",
           "Voor de verdeling van het overige budget hanteren we vier regels, vastgesteld door het bestuur na "
           "instemming van de OPR:")
    b += [("num", ["Elk schoolbestuur ontvangt een budget lichte ondersteuning van € 92 per leerling, op basis "
                   "van de teldatum 1 oktober van het voorafgaande jaar.",
                   "Scholen met meer dan 15% leerlingen uit de armste wijken (CBS-indicator) ontvangen een "
                   "aanvulling van € 40 per leerling.",
                   "Arrangementen op niveau 2 en 3 worden per leerling toegekend door het bureau, op basis van "
                   "een aanvraag van de ondersteuningscoördinator; het maximum is € 7.500 per schooljaar.",
                   "OPDC De Brug wordt centraal bekostigd op basis van 36 plaatsen."])]
    b += P("De meerjarenbegroting ziet er als volgt uit (bedragen in euro's):")
    b += [("tbl", [["Post", "2026", "2027", "2028", "2029"],
                   ["Baten rijksbijdrage", "14.820.000", "14.610.000", "14.350.000", "14.180.000"],
                   ["Afdracht vso", "5.940.000", "5.880.000", "5.800.000", "5.760.000"],
                   ["Lwoo en pro (doorbetaling)", "4.310.000", "4.250.000", "4.190.000", "4.140.000"],
                   ["Budget lichte ondersteuning besturen", "1.096.000", "1.080.000", "1.061.000", "1.050.000"],
                   ["Arrangementen niveau 2 en 3", "1.150.000", "1.150.000", "1.120.000", "1.100.000"],
                   ["OPDC De Brug", "1.420.000", "1.440.000", "1.460.000", "1.470.000"],
                   ["Bureau en personeel", "760.000", "775.000", "790.000", "800.000"],
                   ["Resultaat", "144.000", "35.000", "-71.000", "-140.000"]])]
    b += P("De negatieve resultaten vanaf 2028 zijn bewust begroot: de algemene reserve van € 2,1 miljoen ligt "
           "boven de signaleringswaarde en wordt zo in vier jaar afgebouwd naar het niveau van het berekende "
           "risicoprofiel (€ 1,4 miljoen). Schoolbesturen verantwoorden de besteding van het budget lichte "
           "ondersteuning jaarlijks vóór 1 mei met het verantwoordingsformat van het samenwerkingsverband.")
    b += [("h2", "C3 Kwaliteitszorg en resultaten")]
    b += P("Voor leerlingen met een ondersteuningsbehoefte streven we in 2030 de volgende resultaten na:")
    b += [("tbl", [["Beoogd resultaat", "Stand 2024-2025", "Doel 2029-2030"],
                   ["Leerlingen met arrangement dat diploma of startkwalificatie haalt", "71%", "80%"],
                   ["Leerlingen in vso (% van totaal)", "3,6%", "3,2%"],
                   ["Plaatsingen OPDC met terugkeer naar eigen school", "68%", "80%"],
                   ["Tevredenheid ouders over ondersteuning (schaal 1-10)", "6,9", "7,5"]])]
    b += P("We volgen deze resultaten met een dashboard dat het bureau twee keer per jaar vult met gegevens uit "
           "DUO, het aanvraagportaal en de jaarlijkse tevredenheidspeiling. De directeur-bestuurder rapporteert "
           "in november aan het bestuur en de OPR. In het voorjaar van 2028 voeren we een tussentijdse evaluatie "
           "uit, waarbij een externe partij de resultaten van niveau 2 en 3 onderzoekt. Het bestuursverslag "
           "bevat jaarlijks een paragraaf met de bereikte resultaten en de daaraan gekoppelde uitgaven.")
    b += [("h2", "C4 Personeel en ICT")] + f_personeel(c) + f_ict(c)
    b += [("h2", "Planning")] + f_planning(c) + f_ontwikkelagenda(c) + [("h2", "Terugblik op de vorige planperiode")] + f_terugblik(c) + [("h2", "Inspectiebezoek 2024")] + f_inspectie(c) + [("h2", "Landelijke context")] + f_landelijk(c) + [("h2", "Communicatie met scholen")] + f_scholen_communicatie(c) + [("h2", "Werkdruk en administratieve lasten")] + f_werkdruk(c) + [("h2", "Samenwerking met buurverbanden")] + f_buurverbanden(c)
    b += [("h1", "Bijlage 5 Toelaatbaarheidscriteria")]
    b += P("[Wordt na vaststelling door het bestuur toegevoegd.]")
    b += [("h1", "Begrippen"),
          ("tbl", [["Begrip", "Uitleg"],
                   ["Terugplaatsing", "Overstap van vso naar regulier vo na afloop van de TLV"],
                   ["Basisondersteuning", "Ondersteuning die elke school biedt"],
                   ["OJSP", "Ouder- en jeugdsteunpunt, onafhankelijk aanspreekpunt voor ouders"],
                   ["Thuiszitter", "Leerplichtige leerling zonder onderwijs"],
                   ["Toelaatbaarheidscriteria", "Criteria voor vso, lwoo en pro"]])]
    label = {
        "documents": ["vo-lingeweide-2026-2030.docx"],
        "sector": "vo",
        "elements": dict(basisondersteuning="partial", plaatsing="partial", terugstroom="missing",
                         financien="present", **{"dekkend-aanbod": "partial"}, resultaten="present",
                         ouders="partial"),
        "criteria": {"basisondersteuning.niveau": False, "basisondersteuning.inhoud": False,
                     "plaatsing.procedure": True, "plaatsing.criteria": False,
                     "terugstroom.procedure": False, "terugstroom.beleid": False,
                     "financien.verdeling": True, "financien.besteding": True,
                     "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": False,
                     "resultaten.doelen": True, "resultaten.monitoring": True,
                     "ouders.informatie": True, "ouders.steunpunt": False},
        "advisory_addressed": {"basisondersteuning": ["borging"], "plaatsing": ["deskundigen"],
                               "financien": ["reserves", "verantwoording"],
                               "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"],
                               "ouders": ["betrokkenheid"]},
        "notes": {
            "basisondersteuning": "B1: the old agreements are void and new ones are deferred to 2026-2027, each school decides for itself meanwhile (no niveau, no inhoud); only the yearly schoolbezoek (borging) is real.",
            "plaatsing": "B3: procedure for vso and lwoo/pro (portal, CvT, two deskundigen, 6 weeks, 1 februari/1 april) is there, but criteria are only referenced to bijlage 5, which is a placeholder.",
            "terugstroom": "B4 'Terugplaatsing' only says 'Zie bijlage 5' (a placeholder); the term appears in TOC and Begrippen only; the C3 row on OPDC-terugkeer is about the tussenvoorziening, not vso.",
            "financien": "C2: four allocation rules with amounts, meerjarenbegroting table 2026-2029, reserve reduction and yearly verantwoording.",
            "dekkend-aanbod": "B2 describes niveaus 1-4 incl. OPDC and symbiose (continuum); the thuiszitters approach is deferred to 2027 and nothing else on gaps.",
            "resultaten": "C3: table of beoogde resultaten with baseline and target, dashboard twice a year, November report, 2028 evaluation.",
            "ouders": "B5: website rubriek, brochure, November info evening, schoolgids (informatie); the ouder- en jeugdsteunpunt is deferred to 2027, no other independent help.",
        },
    }
    return b, label, c


# ----------------------------------------------------------------------------------------------
# Plan C: PO, Veluwerand (pdf rendered from docx)
# ----------------------------------------------------------------------------------------------
def plan_c():
    c = dict(naam="Passend Onderwijs Veluwerand, samenwerkingsverband primair onderwijs PO 25-11",
             kort="Passend Onderwijs Veluwerand", sector="po", besturen=9, scholen=41, leerlingen="8.315",
             gemeenten="Heerde-Zuid, Epe-West, Vaassen en Wapenveld")
    toc = [("1. Over dit plan", 3), ("2. Waar staan we voor?", 4), ("3. Onze regio", 6),
           ("4. Basisondersteuning", 7), ("5. Het netwerk van voorzieningen", 9),
           ("6. Toelaatbaarheid en doorlopende lijnen", 12), ("7. Ouders", 15),
           ("8. Klachten en geschillen", 16), ("9. Kwaliteitszorg", 17), ("10. Organisatie", 19),
           ("11. Meerjarenbegroting", 21), ("Bijlage A Afkortingen", 22)]
    b = [("title", "Ondersteuningsplan 2026 - 2030"),
         ("sub", c["naam"] + ". Ieder kind telt. Concept na OOGO, versie 3.2."),
         ("toc", toc), ("pb",), ("h1", "1. Over dit plan")]
    b += P("Wij zijn Passend Onderwijs Veluwerand. Samen met negen schoolbesturen zorgen wij ervoor dat alle "
           "kinderen in onze regio onderwijs krijgen dat bij hen past. In dit plan leest u hoe wij dat doen.",
           "Wij hebben geprobeerd dit plan kort en leesbaar te houden. In hoofdstuk 4 leest u wat iedere "
           "school biedt. In hoofdstuk 6 leest u wanneer een kind naar het speciaal (basis)onderwijs kan en hoe "
           "het daarna weer terug kan. In hoofdstuk 7 leest u hoe ouders worden geïnformeerd over de "
           "ondersteuningsmogelijkheden, en in hoofdstuk 11 hoe de middelen worden besteed.",
           "Dit plan is gemaakt door een werkgroep van intern begeleiders, schooldirecteuren, twee ouders uit "
           "de OPR en medewerkers van ons bureau. Wij danken iedereen die heeft meegedacht.")
    b += [("h1", "2. Waar staan we voor?")] + f_visie(c)
    b += P("Onze missie: wij zorgen er samen met de scholen voor dat ieder kind in de regio Veluwerand "
           "ononderbroken kan leren en zich kan ontwikkelen, zo thuisnabij als mogelijk.")
    b += [("h1", "3. Onze regio")] + f_context(c)
    b += [("h1", "4. Basisondersteuning")]
    b += P("De schoolbesturen hebben samen vastgesteld wat iedere school in Veluwerand minimaal biedt. Dat noemen "
           "wij de basisondersteuning. Het overzicht hieronder geldt voor alle 41 locaties, ook voor de "
           "kleinste dorpsschool. Wat hier staat, mag u als ouder van elke school verwachten.")
    b += [("tbl", [["Onderdeel", "Wat iedere school biedt"],
                   ["Ondersteuningsstructuur", "Een intern begeleider, een ondersteuningsteam dat minstens vier "
                    "keer per jaar overlegt, en een vaste consulent van ons expertiseteam"],
                   ["Lezen en rekenen", "Dyslexieprotocol en ERWD-protocol; signalering in groep 2 en 3; "
                    "extra instructie in een kleine groep"],
                   ["Gedrag en welbevinden", "Een schoolbrede aanpak voor positief gedrag (bijv. PBS of "
                    "Kanjertraining), een pestprotocol en een jaarlijkse veiligheidsmeting"],
                   ["Meer- en hoogbegaafdheid", "Compacten en verrijken in de groep; deelname aan de "
                    "regionale plusklas voor kinderen vanaf groep 5"],
                   ["Taal en nieuwkomers", "NT2-aanpak in de groep en doorverwijzing naar de taalklas"],
                   ["Medisch handelen", "Protocol medisch handelen en afspraken over medicijngebruik"],
                   ["Overgangen", "Warme overdracht bij instroom en bij de overstap naar het vo"]])]
    b += P("Iedere school laat in de schoolgids zien hoe zij dit doet. Ons expertiseteam bespreekt dat elk jaar "
           "met de directeur en de intern begeleider.")
    b += [("h1", "5. Het netwerk van voorzieningen")]
    b += P("Als de basisondersteuning niet genoeg is, kan de school de hulp inroepen van het expertiseteam van "
           "Veluwerand. Het expertiseteam bestaat uit orthopedagogen, gedragsspecialisten en ambulant "
           "begeleiders van de sbo- en so-scholen. Zij komen op school kijken, geven de leerkracht advies in de "
           "klas of begeleiden een kind een aantal weken. Daarnaast zijn er bovenschoolse voorzieningen: de "
           "taalklas in Epe, de plusklas in Heerde en de observatiegroep 'Kleine Stap' voor kinderen van vier en "
           "vijf jaar. Voor kinderen die meer nodig hebben, zijn er de sbo-school De Wegwijzer en de so-scholen "
           "Het Baken (cluster 4) en De Zonnebloem (cluster 3). Samen met de gemeenten zijn er twee "
           "onderwijs-zorgarrangementen voor kinderen die onderwijs en zorg op één plek nodig hebben.",
           "Op deze manier ontstaat een samenhangend netwerk: van de eigen school, via het expertiseteam en de "
           "bovenschoolse voorzieningen, naar het sbo en het so.")
    b += [("h2", "5.1 Thuiszitters en wachtlijsten")]
    b += P("Wij willen dat geen kind thuis zit. Daarom melden scholen ieder kind dat langer dan twee weken geen "
           "onderwijs krijgt bij de thuiszitterstafel. Aan die tafel zitten de leerplichtambtenaar, een "
           "consulent van ons bureau, een medewerker van het sociaal team en de school. De tafel komt elke twee "
           "weken bijeen en houdt per kind een plan van aanpak bij tot er weer een passende plek is. Elk "
           "voorjaar analyseren wij met de besturen welke kinderen niet of te laat geholpen konden worden en "
           "welke voorziening daarvoor ontbrak. Die analyse bespreken wij ook met de gemeenten.")
    b += f_oogo(c)
    b += [("h1", "6. Toelaatbaarheid en doorlopende lijnen")]
    b += [("h2", "6.1 Wanneer kan een kind naar het sbo of so?")]
    b += P("Wij geven een toelaatbaarheidsverklaring af als uit het dossier blijkt dat:")
    b += [("bul", ["voor het sbo: het kind een leerachterstand van ten minste anderhalf jaar heeft op twee of "
                   "meer vakgebieden, én gedurende minimaal een jaar met hulp van het expertiseteam onvoldoende "
                   "vooruitgang heeft geboekt, én een kleine groep met een intensieve aanpak nodig heeft;",
                   "voor het so cluster 3: het kind een verstandelijke, lichamelijke of meervoudige beperking "
                   "heeft die een aanpak vraagt die de basisschool en het sbo niet kunnen bieden;",
                   "voor het so cluster 4: het kind ernstige en langdurige gedrags- of psychiatrische "
                   "problemen heeft waardoor het in een groep van meer dan twaalf kinderen niet tot leren komt, "
                   "ook niet met een arrangement."])]
    b += P("Een TLV voor het sbo geldt in de regel tot het einde van de basisschoolperiode. Een TLV voor het so "
           "vermeldt de categorie laag, midden of hoog.",
           "De route voor het aanvragen van een TLV herzien wij op dit moment. De nieuwe procedure, met de "
           "termijnen, de rol van de deskundigen en de samenstelling van de commissie, wordt per 1 augustus "
           "2026 vastgesteld en daarna op onze website gepubliceerd.")
    b += [("h2", "6.2 Weer terug naar de basisschool")]
    b += P("Een plaats in het sbo of so is niet bedoeld voor altijd. Wij vinden dat ieder kind in het sbo of so "
           "de kans moet krijgen om terug te gaan naar een gewone basisschool als dat kan. Dat doen we onder "
           "drie voorwaarden: het kind heeft het doel in het ontwikkelingsperspectief gehaald, er is een "
           "basisschool in de buurt die de ondersteuning kan bieden die het kind nog nodig heeft, en ouders "
           "staan achter de overstap. Na de overstap krijgt de basisschool een jaar lang begeleiding van een "
           "ambulant begeleider van de sbo- of so-school, en de leerkracht kan in dat jaar altijd terugvallen "
           "op het expertiseteam.",
           "Hoe het terugplaatsingstraject precies verloopt en wie het initiatief neemt, leggen we vast in het "
           "handboek ondersteuningsroute, dat in voorbereiding is.")
    b += [("h1", "7. Ouders")]
    b += P("Ouders zijn de eerste deskundigen als het gaat om hun kind. Wij vinden het belangrijk dat zij goed "
           "op de hoogte zijn. Hoe wij ouders voortaan informeren over de ondersteuningsmogelijkheden in de "
           "regio, werken wij uit in het communicatieplan 2026-2027.")
    b += f_opr(c)
    b += [("h1", "8. Klachten en geschillen")]
    b += P("Het kan gebeuren dat ouders en school het niet met elkaar eens zijn. Ouders kunnen dan terecht bij "
           "het Ouder- en Jeugdsteunpunt Veluwerand. Het steunpunt werkt onafhankelijk van scholen en "
           "samenwerkingsverband, is bereikbaar via telefoon, mail en chat en houdt elke dinsdagochtend "
           "spreekuur in het gemeentehuis van Epe. Een ouderadviseur luistert, legt uit welke mogelijkheden er "
           "zijn en kan mee naar een gesprek op school.",
           "Ouders kunnen ook kosteloos de hulp inroepen van een onderwijsconsulent van de landelijke Stichting "
           "Onderwijsconsulenten. Komen ouders er met de school niet uit, dan kunnen zij een klacht indienen "
           "volgens de klachtenregeling van het schoolbestuur of een geschil over het ontwikkelingsperspectief "
           "voorleggen aan de Geschillencommissie passend onderwijs.")
    b += [("h1", "9. Kwaliteitszorg")]
    b += P("Welke resultaten wij in deze planperiode precies willen bereiken, bepalen wij na de nulmeting in "
           "het najaar van 2026.",
           "Wel staat vast hoe wij onze kwaliteit volgen. Elk jaar in maart stellen wij de Monitor Passend "
           "Onderwijs op. Daarin staan de leerlingstromen naar sbo en so en terug, het aantal thuiszitters en de "
           "duur van hun thuiszitten, het aantal ingezette trajecten van het expertiseteam en de uitkomsten van "
           "de tevredenheidspeiling onder scholen en ouders. De monitor wordt besproken met de directeuren, het "
           "bestuur en de OPR en is de basis voor het jaarverslag, waarin wij verantwoorden wat er is bereikt.")
    b += [("tbl", [["Indicator (bereikt)", "2023-2024", "2024-2025"],
                   ["Deelname sbo", "2,4%", "2,3%"],
                   ["Deelname so", "1,7%", "1,8%"],
                   ["Thuiszitters > 4 weken (peildatum 1 juni)", "11", "7"],
                   ["Teruggeplaatst vanuit sbo/so", "9", "12"],
                   ["Tevredenheid ouders (1-10)", "7,1", "7,3"]])]
    b += [("h1", "10. Organisatie")] + f_governance(c) + f_personeel(c) + f_ict(c) + f_planning(c)
    b += f_ontwikkelagenda(c) + [("h2", "Terugblik op de vorige planperiode")] + f_terugblik(c) + [("h2", "Inspectiebezoek 2024")] + f_inspectie(c) + [("h2", "Landelijke context")] + f_landelijk(c) + [("h2", "Communicatie met scholen")] + f_scholen_communicatie(c) + [("h2", "Werkdruk en administratieve lasten")] + f_werkdruk(c) + [("h2", "Samenwerking met buurverbanden")] + f_buurverbanden(c)
    b += [("h1", "11. Meerjarenbegroting")]
    b += P("p.m.")
    b += [("h1", "Bijlage A Afkortingen")]
    b += abbreviations([("OJSP", "Ouder- en jeugdsteunpunt"), ("TLV", "Toelaatbaarheidsverklaring"),
                        ("OPP", "Ontwikkelingsperspectief"), ("OPR", "Ondersteuningsplanraad"),
                        ("OOGO", "Op overeenstemming gericht overleg"),
                        ("MJB", "Meerjarenbegroting"), ("sbo", "Speciaal basisonderwijs"),
                        ("so", "Speciaal onderwijs")])
    label = {
        "documents": ["po-veluwerand-2026-2030.pdf"],
        "sector": "po",
        "elements": dict(basisondersteuning="present", plaatsing="partial", terugstroom="partial",
                         financien="missing", **{"dekkend-aanbod": "present"}, resultaten="partial",
                         ouders="partial"),
        "criteria": {"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
                     "plaatsing.procedure": False, "plaatsing.criteria": True,
                     "terugstroom.procedure": False, "terugstroom.beleid": True,
                     "financien.verdeling": False, "financien.besteding": False,
                     "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
                     "resultaten.doelen": False, "resultaten.monitoring": True,
                     "ouders.informatie": False, "ouders.steunpunt": True},
        "advisory_addressed": {"basisondersteuning": ["borging"], "plaatsing": ["duur-categorie"],
                               "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"],
                               "terugstroom": ["monitoring"], "ouders": ["betrokkenheid"]},
        "notes": {
            "basisondersteuning": "Ch. 4: minimum for all 41 locaties in prose; the concrete content is only in the table (onderdeel / wat iedere school biedt).",
            "plaatsing": "6.1 gives sbo / so cluster 3 / cluster 4 criteria and duration/category, but the application procedure is deferred ('per 1 augustus 2026 vastgesteld ... op onze website').",
            "terugstroom": "6.2 gives the policy (aim, three conditions, one year AB after return) but the procedure is deferred to a handboek 'in voorbereiding'; monitor table counts teruggeplaatst.",
            "financien": "Ch. 11 'Meerjarenbegroting' says only 'p.m.'; no verdeling anywhere; leeswijzer and afkortingen (MJB) are traps.",
            "dekkend-aanbod": "Ch. 5: expertiseteam -> bovenschoolse voorzieningen -> sbo/so and OZA (continuum); 5.1 thuiszitterstafel and yearly gap analysis (lacunes).",
            "resultaten": "Ch. 9 first sentence defers the intended results to after a nulmeting; the Monitor Passend Onderwijs, jaarverslag and achieved-figures table cover monitoring.",
            "ouders": "Ch. 7 defers informing parents to a communicatieplan (leeswijzer promises it: trap); ch. 8 'Klachten en geschillen' has the OJSP, onderwijsconsulenten and geschillencommissie.",
        },
    }
    return b, label, c


# ----------------------------------------------------------------------------------------------
# Plan D: VO, Dommeldal (html web version)
# ----------------------------------------------------------------------------------------------
def plan_d():
    c = dict(naam="Samenwerkingsverband VO Dommeldal (VO 30-06)", kort="SWV VO Dommeldal", sector="vo",
             besturen=6, scholen=15, leerlingen="9.640", gemeenten="Sonnewijk, Nuenbroek en Geldrop-Noord")
    toc = [("Inleiding", 0), ("Visie", 0), ("Regio", 0), ("Toewijzing en toelaatbaarheid", 0),
           ("Thuiszitters en zorgplicht", 0), ("Ouders", 0), ("Gemeenten", 0), ("Financiën", 0),
           ("Organisatie", 0), ("Begrippen", 0)]
    b = [("title", "Ondersteuningsplan 2026-2030"),
         ("sub", "Webversie van het ondersteuningsplan van Samenwerkingsverband VO Dommeldal. De pdf-versie "
                 "met alle bijlagen kunt u downloaden onderaan deze pagina."),
         ("toc", toc), ("h1", "Inleiding")]
    b += P("Op deze pagina's vindt u het ondersteuningsplan 2026-2030 van Samenwerkingsverband VO Dommeldal. "
           "Het plan is op 9 april 2026 door het bestuur vastgesteld, na instemming van de "
           "ondersteuningsplanraad op 2 april 2026 en na het OOGO met de drie gemeenten op 18 maart 2026.",
           "Het plan is bewust compact. Het beschrijft de afspraken die voor alle scholen gelden; de scholen "
           "beschrijven zelf in hun schoolgids hoe zij deze afspraken uitvoeren. Het samenwerkingsverband "
           "bepaalt het 'wat', de scholen bepalen het 'hoe'. Een goede basis op elke school blijft daarbij het "
           "vertrekpunt.",
           "Samenwerkingsverband VO Dommeldal is een vereniging van zes schoolbesturen. De vereniging heeft "
           "een algemene ledenvergadering, een bestuur dat bestaat uit de bestuurders van de aangesloten "
           "besturen en een onafhankelijk voorzitter, en een bureau onder leiding van een directeur. Op deze "
           "website vindt u naast het ondersteuningsplan ook het jaarplan, het jaarverslag en informatie "
           "voor scholen. Deze webversie wordt bijgewerkt wanneer het bestuur een wijziging van het plan "
           "vaststelt; de datum van de laatste wijziging staat onderaan elke pagina.")
    b += [("h1", "Visie")] + f_visie(c)
    b += [("h1", "Regio")] + f_context(c)
    b += P("Een overzicht van alle ondersteuningsvoorzieningen in en tussen de scholen — van de ondersteuning "
           "in de school tot het vso — staat op de sociale kaart op onze website.")
    b += [("h1", "Toewijzing en toelaatbaarheid")]
    b += [("h2", "Toelaatbaarheid vso")]
    b += P("Een leerling kan worden toegelaten tot het voortgezet speciaal onderwijs als het samenwerkingsverband "
           "een toelaatbaarheidsverklaring (TLV) afgeeft. De school waar de leerling is ingeschreven, of bij "
           "nieuwe leerlingen de school van aanmelding, dient de aanvraag in bij het Loket Dommeldal. De aanvraag "
           "bevat het OPP met de evaluatie van ten minste twee ondersteuningsperiodes, een verslag van het "
           "multidisciplinair overleg en het advies van de ouders en de leerling.",
           "Het Loket legt de aanvraag voor aan twee deskundigen: een GZ-psycholoog of orthopedagoog en, "
           "afhankelijk van de problematiek, een jeugdarts, kinderpsychiater of maatschappelijk werker. Zij "
           "adviseren ieder schriftelijk. De Commissie Toewijzing besluit binnen vijf weken na ontvangst van "
           "de complete aanvraag. De TLV geldt voor één, twee of drie schooljaren en vermeldt de "
           "bekostigingscategorie.",
           "Een leerling is toelaatbaar tot het vso als (1) de ondersteuningsbehoefte de mogelijkheden van het "
           "reguliere vo ook met een arrangement structureel te boven gaat, (2) er sprake is van een "
           "beperking, stoornis of ernstige gedragsproblematiek die door een deskundige is vastgesteld, en (3) "
           "de leerling is aangewezen op een specialistische onderwijsomgeving met een klein groepsverband "
           "gedurende de hele schoolweek.")
    b += [("h2", "Lwoo en praktijkonderwijs")]
    b += P("Voor lwoo volgen wij de landelijke criteria niet: sinds 2022 hanteert Dommeldal eigen criteria "
           "(opting out). Een leerling komt in aanmerking voor lwoo bij een leerachterstand van ten minste "
           "1,5 jaar op twee van de vier domeinen (begrijpend lezen, spelling, inzichtelijk rekenen, "
           "technisch lezen), in combinatie met een advies vmbo basis of kader. De aanwijzing geldt voor de "
           "duur van de opleiding. Voor praktijkonderwijs gelden de landelijke criteria: een IQ tussen 55 en 80 "
           "en een leerachterstand van drie jaar of meer op ten minste twee domeinen, waarvan één begrijpend "
           "lezen of inzichtelijk rekenen. De VO-school waar de leerling is aangemeld, dient de aanvraag vóór "
           "1 maart in bij het Loket; de Commissie Toewijzing besluit vóór 15 april.")
    b += [("h2", "Bezwaar")]
    b += P("Tegen een besluit over een TLV kunnen ouders binnen zes weken bezwaar maken bij het bestuur. Het "
           "bestuur legt het bezwaar voor advies voor aan de Landelijke Bezwaaradviescommissie.")
    b += [("h2", "Aan het einde van een TLV")]
    b += P("In het laatste jaar van een TLV bespreekt de vso-school vóór 1 november met de leerling en ouders of "
           "terugkeer naar het regulier vo mogelijk is. De vso-school stuurt het verslag van dat gesprek en "
           "het geëvalueerde OPP vóór 1 februari naar het Loket. De Commissie Toewijzing besluit vóór 1 april "
           "of een nieuwe TLV wordt afgegeven of dat de leerling wordt overgeplaatst. Bij overplaatsing regelt "
           "de consulent van het Loket een overdrachtsgesprek met de ontvangende school. Zonder nieuwe TLV "
           "eindigt de toelaatbaarheid op 31 juli.",
           "Ons beleid rond terug- en overplaatsing — met welke doelen, onder welke voorwaarden en met welke "
           "begeleiding na de overstap — wordt in 2026-2027 uitgewerkt in een aparte beleidsnotitie.")
    b += [("h1", "Thuiszitters en zorgplicht")]
    b += P("Scholen hebben zorgplicht: zij moeten een leerling die wordt aangemeld een passende plek bieden, op de "
           "eigen school of op een andere school. Lukt dat niet binnen tien weken, dan schakelt de school het "
           "Loket in. Het Loket bemiddelt en legt de situatie binnen twee weken voor aan de Plaatsingstafel, "
           "waar de directeuren van alle scholen en de leerplichtambtenaren zitten.",
           "Iedere leerling die langer dan vier weken niet naar school gaat, wordt door de leerplichtambtenaar "
           "gemeld bij het Loket. Een casusregisseur van het Loket houdt contact met het gezin en de school en "
           "agendeert de leerling zo nodig binnen tien werkdagen op het Doorbraakoverleg met gemeente, "
           "jeugdhulp en de betrokken besturen. Eens per half jaar bespreken de directeur-bestuurder en de "
           "wethouders de casussen waarvoor in de regio geen passend aanbod bestond, en spreken zij af wie "
           "welke ontbrekende voorziening gaat ontwikkelen.")
    b += [("h1", "Ouders")]
    b += P("Ouders vinden informatie over de ondersteuning in de regio op de ouderpagina van deze website en in "
           "de schoolgids van iedere school. In januari organiseren wij in alle drie de gemeenten een "
           "informatiebijeenkomst voor ouders van leerlingen in groep 8 die extra ondersteuning krijgen, en "
           "iedere school reikt bij de aanmelding de folder 'Ondersteuning in het vo' uit. De consulenten van "
           "het Loket zijn voor ouders rechtstreeks bereikbaar voor vragen over hun kind.",
           "Voor onafhankelijk advies kunnen ouders en leerlingen terecht bij het Ouder- en Jeugdsteunpunt "
           "Dommeldal, dat wordt uitgevoerd door een stichting die los staat van scholen en "
           "samenwerkingsverband. Ook de onderwijsconsulenten en het landelijk informatiepunt Ouders & "
           "Onderwijs helpen ouders kosteloos. Voor klachten over het samenwerkingsverband geldt onze "
           "klachtenregeling; de klachtencommissie is ondergebracht bij Stichting Onderwijsgeschillen.")
    b += f_opr(c)
    b += [("h1", "Gemeenten")] + f_oogo(c)
    b += [("h1", "Financiën")]
    b += P("Het verdeelmodel van de afgelopen planperiode loopt op 31 juli 2026 af. De nieuwe verdeelsystematiek "
           "wordt nog vastgesteld (p.m.); tot dat moment gebruiken wij de bedragen uit de begroting hieronder "
           "als raming.")
    b += [("tbl", [["Begroting (x € 1.000)", "2026", "2027", "2028", "2029"],
                   ["Rijksbijdrage lichte ondersteuning", "3.120", "3.080", "3.040", "3.010"],
                   ["Rijksbijdrage zware ondersteuning", "5.660", "5.590", "5.530", "5.480"],
                   ["Afdracht vso (DUO)", "4.410", "4.380", "4.350", "4.330"],
                   ["Ondersteuningsbudget scholen", "2.300", "2.260", "2.220", "2.190"],
                   ["Loket, consulenten en casusregie", "980", "990", "1.000", "1.010"],
                   ["Maatwerk en plaatsingstafel", "620", "600", "580", "560"],
                   ["Bestuur en beheer", "410", "415", "420", "425"],
                   ["Saldo", "60", "15", "0", "-15"]])]
    b += P("Het weerstandsvermogen is ultimo 2025 13%; het bestuur hanteert een bovengrens van 10% en bouwt de "
           "reserve in deze planperiode af.")
    b += [("h1", "Organisatie")] + f_governance(c) + f_personeel(c) + f_ict(c) + f_planning(c)
    b += f_ontwikkelagenda(c) + [("h2", "Terugblik op de vorige planperiode")] + f_terugblik(c) + [("h2", "Inspectiebezoek 2024")] + f_inspectie(c) + [("h2", "Landelijke context")] + f_landelijk(c) + [("h2", "Communicatie met scholen")] + f_scholen_communicatie(c) + [("h2", "Werkdruk en administratieve lasten")] + f_werkdruk(c) + [("h2", "Samenwerking met buurverbanden")] + f_buurverbanden(c) + [("h2", "Aansluiting mbo en arbeidsmarkt")] + f_overstap(c)
    b += [("h1", "Begrippen")]
    b += [("tbl", [["Begrip", "Betekenis"],
                   ["Basisondersteuning", "Het door alle scholen afgesproken niveau van ondersteuning, "
                    "bestaande uit preventieve en licht curatieve interventies"],
                   ["Kwaliteitszorg", "De systematische bewaking van beoogde en bereikte resultaten"],
                   ["Resultaten", "De opbrengsten van het onderwijs voor leerlingen met extra ondersteuning"],
                   ["Verdeelmodel", "De verdeling van middelen over de schoolbesturen per leerling"],
                   ["Dekkend aanbod", "Een samenhangend geheel van voorzieningen"]])]
    label = {
        "documents": ["vo-dommeldal-2026-2030.html"],
        "sector": "vo",
        "elements": dict(basisondersteuning="missing", plaatsing="present", terugstroom="partial",
                         financien="partial", **{"dekkend-aanbod": "partial"}, resultaten="missing",
                         ouders="present"),
        "criteria": {"basisondersteuning.niveau": False, "basisondersteuning.inhoud": False,
                     "plaatsing.procedure": True, "plaatsing.criteria": True,
                     "terugstroom.procedure": True, "terugstroom.beleid": False,
                     "financien.verdeling": False, "financien.besteding": True,
                     "dekkend-aanbod.continuum": False, "dekkend-aanbod.lacunes": True,
                     "resultaten.doelen": False, "resultaten.monitoring": False,
                     "ouders.informatie": True, "ouders.steunpunt": True},
        "advisory_addressed": {"plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
                               "financien": ["reserves"], "dekkend-aanbod": ["ketenpartners"],
                               "ouders": ["betrokkenheid"]},
        "notes": {
            "basisondersteuning": "Nothing in the body: only 'een goede basis op elke school' (passing), the ontwikkelagenda line on a landelijke norm, and the Begrippen table definition (glossary trap).",
            "plaatsing": "'Toewijzing en toelaatbaarheid': vso procedure (Loket, two deskundigen, Commissie Toewijzing, 5 weeks), vso criteria (1)-(3), own lwoo criteria and national pro criteria with dates, bezwaar via LBT.",
            "terugstroom": "'Aan het einde van een TLV' (inside the toelaatbaarheid page) gives steps and dates; the policy (doelen, voorwaarden, begeleiding) is deferred to a beleidsnotitie 2026-2027.",
            "financien": "'Financiën': begroting table 2026-2029 with amounts (besteding) and weerstandsvermogen; the verdeelsystematiek is 'nog vastgesteld (p.m.)'.",
            "dekkend-aanbod": "The continuum is only referred to a sociale kaart on the website; 'Thuiszitters en zorgplicht' covers lacunes (Plaatsingstafel, Doorbraakoverleg, half-yearly gap talks).",
            "resultaten": "No intended results and no monitoring anywhere; 'Kwaliteitszorg' and 'Resultaten' appear only in the Begrippen table.",
            "ouders": "'Ouders': ouderpagina, schoolgids, January meetings, folder (informatie); Ouder- en Jeugdsteunpunt Dommeldal, onderwijsconsulenten, Ouders & Onderwijs, klachtenregeling (steunpunt).",
        },
    }
    return b, label, c


# ----------------------------------------------------------------------------------------------
# Plan E: VO, Westerschelde (pdf rendered from docx), plan 'op hoofdlijnen'
# ----------------------------------------------------------------------------------------------
def plan_e():
    c = dict(naam="Stichting Samenwerkingsverband Voortgezet Onderwijs Westerschelde (VO 31-02)",
             kort="SWV Westerschelde", sector="vo", besturen=5, scholen=12, leerlingen="7.205",
             gemeenten="Terneuzen-Oost, Hulst-Noord en Axel")
    toc = [("1 Inleiding", 3), ("2 Koers op hoofdlijnen", 4), ("3 De regio", 6), ("4 Basisondersteuning", 7),
           ("5 Doorlopende lijnen", 8), ("6 Ouders en leerlingen", 10), ("7 Geld en middelen", 11),
           ("8 Opbrengsten en kwaliteit", 13), ("9 Organisatie", 15), ("10 Begrippenlijst", 17)]
    b = [("title", "Ondersteuningsplan 2026-2030 — op hoofdlijnen"),
         ("sub", c["naam"]), ("toc", toc), ("pb",), ("h1", "Woord vooraf")]
    b += P("Voor u ligt het vierde ondersteuningsplan van ons samenwerkingsverband. Waar de eerdere plannen "
           "omvangrijke documenten waren, met tientallen pagina's procedures en bijlagen, hebben wij dit keer "
           "gekozen voor een compact plan dat de grote lijnen beschrijft. Dat is een bewuste keuze: de "
           "praktijk verandert snel, en een plan dat alles tot in detail vastlegt, loopt al snel achter de "
           "feiten aan. De besturen hebben afgesproken dat zij elkaar aanspreken op de uitvoering, en dat "
           "het bureau jaarlijks laat zien welke stappen zijn gezet.",
           "Ik dank de schoolleiders, de leden van de ondersteuningsplanraad en de medewerkers van het bureau "
           "voor hun inzet bij de totstandkoming van dit plan. Een bijzonder woord van dank gaat naar de "
           "gemeenten in de regio, met wie wij de afgelopen jaren een goede werkrelatie hebben opgebouwd. — "
           "drs. M.A. de Kraker, directeur-bestuurder")
    b += [("h1", "1 Inleiding")]
    b += P("Dit ondersteuningsplan is een plan op hoofdlijnen. Het legt de koers vast voor de periode 2026-2030; "
           "de uitwerking vindt plaats in de jaarplannen en in de schoolplannen van de aangesloten besturen. "
           "Daarmee willen we voorkomen dat het plan na een jaar al verouderd is.",
           "Het concept is op 12 maart 2026 in het OOGO met de gemeenten besproken. De "
           "ondersteuningsplanraad heeft op 3 april 2026 ingestemd; het bestuur heeft het plan op 10 april "
           "2026 vastgesteld. Een aparte versie van het plan voor ouders en leerlingen volgt na de zomer.")
    b += [("h1", "2 Koers op hoofdlijnen")] + f_visie(c)
    b += P("Voor de komende vier jaar kiezen we drie speerpunten: eigenaarschap bij de scholen, vakmanschap in "
           "de klas en een slanke organisatie. Het bureau richt zich op advies en verbinding en niet op het "
           "overnemen van taken die bij de scholen horen.")
    b += f_speerpunten(c)
    b += [("h1", "3 De regio")] + f_context(c)
    b += P("De regio telt één vso-school met twee afdelingen en één school voor praktijkonderwijs. Voor "
           "gespecialiseerd vso zijn leerlingen aangewezen op scholen buiten de regio, wat lange reistijden "
           "met zich meebrengt.",
           "De regio kent een sterke band met Vlaanderen: een deel van de leerlingen woont over de grens of "
           "heeft familie daar, en enkele scholen werken samen met Vlaamse scholen op het gebied van taal, "
           "techniek en uitwisseling van leraren. Die grensligging brengt eigen vraagstukken met zich mee, "
           "bijvoorbeeld rond leerplicht en de erkenning van diploma's.")
    b += [("h1", "4 Basisondersteuning")]
    b += P("Basisondersteuning is het door alle vijf besturen afgesproken minimum aan ondersteuning dat elke "
           "vestiging in de regio biedt, voor iedere leerling en zonder dat daarvoor een aanvraag bij het "
           "samenwerkingsverband nodig is. Geen vestiging mag daaronder zakken. De concrete standaarden zijn "
           "uitgewerkt in de Kwaliteitskaart Basisondersteuning, die u vindt op www.swvwesterschelde.nl.")
    b += [("h1", "5 Doorlopende lijnen")]
    b += P("Het samenwerkingsverband investeert in soepele overgangen: van het primair onderwijs naar het vo, "
           "binnen het vo tussen leerwegen, en van het vo naar mbo en arbeid. Samen met het PO-verband is een "
           "overstapkalender afgesproken; de scholen gebruiken het digitale overstapdossier.")
    b += [("h2", "5.1 Van vso terug naar het regulier vo")]
    b += P("Wij willen dat iedere leerling in het vso die perspectief heeft op een regulier diploma, die kans "
           "ook krijgt. Terugkeer naar het regulier vo is daarom het uitgangspunt zodra een leerling zich in "
           "het vso voldoende heeft ontwikkeld. We stellen drie voorwaarden: de leerling volgt het niveau van "
           "de beoogde leerweg, het gedrag is gedurende ten minste twee periodes stabiel, en er is een "
           "ontvangende school die de benodigde ondersteuning kan bieden. Na de terugkeer krijgt de leerling "
           "een jaar lang een vaste coach van de vso-school, die wekelijks op de nieuwe school komt, en houdt "
           "de leerling recht op een plek in de time-outvoorziening van de vso-school.",
           "De vso-school toetst bij iedere OPP-evaluatie of terugkeer mogelijk is. In het laatste jaar van de "
           "TLV meldt de vso-school uiterlijk 1 december bij het bureau welke leerlingen in aanmerking komen. "
           "De consulent organiseert vervolgens een overstapoverleg met de vso-school, de leerling en de "
           "ontvangende school. De directeur van het bureau besluit, op advies van de consulent, over het "
           "terugkeerarrangement. Zes weken en zes maanden na de overstap evalueert de consulent met de "
           "ontvangende school en de coach de voortgang.",
           "In 2024-2025 keerden 14 leerlingen vanuit het vso terug naar het regulier vo; 11 van hen zaten een "
           "jaar later nog op dezelfde school.")
    b += [("h1", "6 Ouders en leerlingen")]
    b += P("Zie de aparte versie voor ouders en leerlingen (volgt).")
    b += [("h1", "7 Geld en middelen")]
    b += P("Het samenwerkingsverband verdeelt de middelen volgens de onderstaande systematiek, die het bestuur "
           "op 10 april 2026 heeft vastgesteld.")
    b += [("tbl", [["Onderdeel verdeling", "Criterium", "Bedrag"],
                   ["Vaste voet per vestiging", "Iedere vestiging", "€ 15.000"],
                   ["Budget lichte ondersteuning", "Per leerling, teldatum 1 oktober t-1", "€ 78 per leerling"],
                   ["Toeslag lwoo-vestiging", "Per aangewezen lwoo-leerling", "€ 250 per leerling"],
                   ["Arrangementen", "Op aanvraag, besluit directeur op advies consulent", "max. € 5.000"],
                   ["Terugkeerarrangement vso", "Per teruggekeerde leerling", "€ 4.000"]])]
    b += [("tbl", [["Meerjarenbegroting (× € 1.000)", "2026", "2027", "2028", "2029"],
                   ["Baten", "9.410", "9.290", "9.180", "9.060"],
                   ["Afdrachten vso en pro", "5.890", "5.850", "5.800", "5.760"],
                   ["Vaste voet en budget lichte ondersteuning", "742", "735", "728", "720"],
                   ["Toeslag lwoo", "1.310", "1.290", "1.270", "1.250"],
                   ["Arrangementen en terugkeer", "640", "640", "630", "620"],
                   ["Bureau", "690", "700", "710", "720"],
                   ["Saldo", "138", "75", "42", "-10"]])]
    b += P("De besturen leggen jaarlijks in hun bestuursverslag verantwoording af over de inzet van het budget "
           "lichte ondersteuning.")
    b += [("h1", "8 Opbrengsten en kwaliteit")]
    b += P("We hebben voor de planperiode de volgende beoogde resultaten vastgesteld voor leerlingen met extra "
           "ondersteuning: in 2030 verlaat ten minste 85% van hen het vo met een diploma of een passende "
           "vervolgplek; het percentage leerlingen in het vso daalt van 4,1% naar 3,5%; ten minste 12 "
           "leerlingen per jaar keren terug van vso naar regulier; het voortijdig schoolverlaten onder "
           "leerlingen met een arrangement daalt van 4,8% naar 3,0%.",
           "Het bureau verzamelt twee keer per jaar de gegevens over deze resultaten uit DUO en de eigen "
           "registratie, en maakt per school een opbrengstenkaart. De kaarten worden in december met de "
           "directeuren besproken in een kwaliteitsdialoog; het bestuur ontvangt in januari een "
           "kwaliteitsrapportage, die ook aan de ondersteuningsplanraad wordt gestuurd. Het jaarverslag "
           "vermeldt de bereikte resultaten naast de beoogde.")
    b += [("h1", "9 Organisatie")] + f_governance(c) + f_opr(c, with_parents=False)
    b += f_personeel(c) + f_ict(c) + f_planning(c) + f_oogo(c, with_content=False) + f_ontwikkelagenda(c) + [("h2", "Terugblik op de vorige planperiode")] + f_terugblik(c) + [("h2", "Inspectiebezoek 2024")] + f_inspectie(c) + [("h2", "Landelijke context")] + f_landelijk(c) + [("h2", "Communicatie met scholen")] + f_scholen_communicatie(c) + [("h2", "Werkdruk en administratieve lasten")] + f_werkdruk(c) + [("h2", "Samenwerking met buurverbanden")] + f_buurverbanden(c) + [("h2", "Aansluiting mbo en arbeidsmarkt")] + f_overstap(c)
    b += [("h1", "10 Begrippenlijst")]
    b += glossary([("Basisondersteuning", "Minimum aan ondersteuning op iedere vestiging"),
                   ("Dekkend aanbod", "Voor iedere leerling een passende plek"),
                   ("OJSP", "Ouder- en jeugdsteunpunt waar ouders onafhankelijk advies krijgen"),
                   ("TLV", "Toelaatbaarheidsverklaring: besluit van het SWV over toelating tot het vso"),
                   ("Thuiszitter", "Leerling die zonder geldige reden niet naar school gaat"),
                   ("Pro", "Praktijkonderwijs")])[1:]
    label = {
        "documents": ["vo-westerschelde-2026-2030.pdf"],
        "sector": "vo",
        "elements": dict(basisondersteuning="partial", plaatsing="missing", terugstroom="present",
                         financien="present", **{"dekkend-aanbod": "missing"}, resultaten="present",
                         ouders="missing"),
        "criteria": {"basisondersteuning.niveau": True, "basisondersteuning.inhoud": False,
                     "plaatsing.procedure": False, "plaatsing.criteria": False,
                     "terugstroom.procedure": True, "terugstroom.beleid": True,
                     "financien.verdeling": True, "financien.besteding": True,
                     "dekkend-aanbod.continuum": False, "dekkend-aanbod.lacunes": False,
                     "resultaten.doelen": True, "resultaten.monitoring": True,
                     "ouders.informatie": False, "ouders.steunpunt": False},
        "advisory_addressed": {"terugstroom": ["monitoring"], "financien": ["verantwoording"],
                               "resultaten": ["meetbaar"]},
        "notes": {
            "basisondersteuning": "Ch. 4 defines the common minimum for every vestiging (niveau) but the concrete standards are only on the website (Kwaliteitskaart).",
            "plaatsing": "No TLV procedure or criteria anywhere; TLV/pro appear only in the Begrippenlijst and in passing in 5.1.",
            "terugstroom": "Hidden under ch. 5 'Doorlopende lijnen' (5.1): policy with conditions and a one-year coach, steps (OPP evaluation, 1 december, overstapoverleg, directeur decides, 6-week/6-month evaluation) and 2024-2025 figures.",
            "financien": "Ch. 7 'Geld en middelen': verdeling and meerjarenbegroting exist only as two tables, plus a verantwoording line.",
            "dekkend-aanbod": "No continuum, no thuiszitters/zorgplicht text; OOGO mentioned only as procedure; 'Dekkend aanbod' and 'Thuiszitter' only in the Begrippenlijst.",
            "resultaten": "Ch. 8 'Opbrengsten en kwaliteit': four measurable intended results and twice-yearly data, opbrengstenkaart, December dialogue, January report, jaarverslag.",
            "ouders": "Ch. 6 only refers to a separate parents' version that 'volgt'; the footer URL and the OJSP glossary entry do not count; OPR text does not describe parents' role.",
        },
    }
    return b, label, c


# ----------------------------------------------------------------------------------------------
# F: near miss — a school's own 'ondersteuningsplan' (school level, zorgniveaus)
# ----------------------------------------------------------------------------------------------
def near_miss():
    b = [("title", "Ondersteuningsplan 2025-2026"),
         ("sub", "OBS De Kompasroos — locatie Vleuterweide. Vastgesteld door het team op 2 september 2025, "
                 "besproken met de MR op 16 september 2025."),
         ("h1", "1 Inleiding")]
    b += P("Dit ondersteuningsplan beschrijft hoe OBS De Kompasroos de ondersteuning aan haar leerlingen "
           "organiseert. Het plan is bedoeld voor het team, voor ouders en voor nieuwe collega's. Het wordt elk "
           "schooljaar geactualiseerd door de intern begeleider en vastgesteld in de teamvergadering van "
           "september. Onze school is aangesloten bij het samenwerkingsverband passend onderwijs De Waterlinie; "
           "de afspraken van het samenwerkingsverband over basisondersteuning zijn voor ons het uitgangspunt.")
    b += [("h1", "2 Zorgniveaus in de groep")]
    b += P("Wij werken met vijf zorgniveaus. Niveau 1 is de algemene zorg in de groep door de leerkracht: "
           "differentiëren in drie instructieniveaus volgens het directe instructiemodel. Niveau 2 is extra "
           "zorg in de groep, bijvoorbeeld verlengde instructie of pre-teaching. Niveau 3 is speciale zorg na "
           "een leerlingbespreking met de intern begeleider, vastgelegd in een handelingsplan. Niveau 4 is "
           "speciale zorg met inzet van externe deskundigen, zoals de consulent van het samenwerkingsverband "
           "of een logopedist. Niveau 5 is de verwijzing naar het speciaal (basis)onderwijs.",
           "Drie keer per jaar houden wij groepsbesprekingen: in oktober, februari en juni. De leerkracht "
           "bespreekt met de intern begeleider het groepsoverzicht, de resultaten van de methodetoetsen en "
           "de toetsen van het leerlingvolgsysteem, en de sociaal-emotionele ontwikkeling. Leerlingen die "
           "opvallen worden daarna individueel besproken in een leerlingbespreking.")
    b += [("h1", "3 Het ondersteuningsteam")]
    b += P("Zes keer per jaar komt het ondersteuningsteam (OT) van de school bijeen: de intern begeleider, de "
           "directeur, de consulent van het samenwerkingsverband en de jeugdverpleegkundige van de GGD. Ouders "
           "worden altijd uitgenodigd als hun kind wordt besproken. Als blijkt dat een kind meer nodig heeft "
           "dan de school kan bieden, vraagt de intern begeleider een arrangement aan bij het "
           "samenwerkingsverband. Is ook dat niet voldoende, dan kan de school met instemming van de ouders een "
           "toelaatbaarheidsverklaring (TLV) aanvragen. Het samenwerkingsverband beslist daarover; de school "
           "levert het groeidocument en het OPP aan.")
    b += [("h1", "4 Ontwikkelingsperspectief")]
    b += P("Voor leerlingen die op een of meer vakgebieden een eigen leerlijn volgen, stellen wij een "
           "ontwikkelingsperspectief (OPP) op. Het OPP bevat het verwachte uitstroomniveau, de "
           "belemmerende en bevorderende factoren en de afspraken over de ondersteuning. Ouders hebben "
           "hoorrecht en worden minstens twee keer per jaar uitgenodigd voor een evaluatiegesprek. Vanaf groep "
           "6 praat de leerling zelf mee.")
    b += [("h1", "5 Dyslexie, rekenen en hoogbegaafdheid")]
    b += P("Wij volgen het dyslexieprotocol. In groep 2 signaleren wij risicoleerlingen; in groep 3 en 4 "
           "krijgen zij extra leesinstructie in een kleine groep. Na twee periodes van intensieve begeleiding "
           "kan de school een aanvraag doen voor vergoede dyslexiezorg. Voor rekenen gebruiken wij het "
           "ERWD-protocol. Leerlingen die meer aankunnen, krijgen compacte instructie en werken aan "
           "verrijkingsopdrachten; vanaf groep 5 kunnen zij deelnemen aan de plusklas van het bestuur.")
    b += [("h1", "6 Ouders")]
    b += P("Ouders zijn onze partners. Bij zorgen nemen wij altijd eerst contact op met ouders. Informatie over "
           "de ondersteuning op school vindt u in de schoolgids en in het schoolondersteuningsprofiel. Heeft u "
           "een klacht, dan kunt u terecht bij de directeur of de vertrouwenspersoon van de school.")
    b += [("h1", "7 Middelen")]
    b += P("De school ontvangt van het samenwerkingsverband via het bestuur een budget voor "
           "basisondersteuning. Wij zetten dit budget in voor 0,6 fte onderwijsassistentie en voor de "
           "uren van de intern begeleider. De inzet wordt jaarlijks in het schooljaarplan verantwoord.")
    b += [("h1", "8 Jaarplanning zorg")]
    b += [("tbl", [["Maand", "Activiteit"], ["september", "Startgesprekken met ouders en leerlingen"],
                   ["oktober", "Groepsbesprekingen ronde 1"], ["januari", "Toetsen leerlingvolgsysteem"],
                   ["februari", "Groepsbesprekingen ronde 2, OPP-evaluaties"],
                   ["juni", "Groepsbesprekingen ronde 3, overdracht naar nieuwe groep"]])]
    label = {"documents": ["school-ondersteuningsplan-kompasroos.docx"], "sector": "po",
             "looks_like_plan": False, "elements": {}, "criteria": {},
             "notes": {"document": "A single school's own annual 'ondersteuningsplan' (zorgniveaus 1-5, "
                                   "groepsbesprekingen, OT, OPP) adopted by the team and MR; no "
                                   "samenwerkingsverband as author, no OPR/OOGO, no planperiode of the SWV."}}
    return b, label


# ----------------------------------------------------------------------------------------------
# output
# ----------------------------------------------------------------------------------------------
def write_label(label, name):
    lines = ["documents: [" + ", ".join(label["documents"]) + "]",
             f"sector: {label['sector']}",
             f"looks_like_plan: {'true' if label.get('looks_like_plan', True) else 'false'}"]
    if not label["elements"]:
        lines += ["elements: {}", "criteria: {}", "advisory_addressed: {}"]
    else:
        lines.append("elements: {" + ", ".join(f"{k}: {v}" for k, v in label["elements"].items()) + "}")
        lines.append("criteria:")
        for k, v in label["criteria"].items():
            lines.append(f"  {k}: {'true' if v else 'false'}")
        lines.append("advisory_addressed:")
        for k, v in label["advisory_addressed"].items():
            lines.append(f"  {k}: [{', '.join(v)}]")
    lines.append("notes:")
    for k, v in label["notes"].items():
        lines.append(f"  {k}: \"{v}\"")
    (OUT / f"{name}.expected.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")


def main():
    tmp = Path(tempfile.mkdtemp(prefix="holdout291_docx_"))
    try:
        b, label, c = plan_a()
        name = "po-waterlinie-2026-2030"
        build_docx(b, OUT / f"{name}.docx", header="Ondersteuningsplan 2026–2030 | De Waterlinie PO 26-08",
                   footer="De Waterlinie — passend onderwijs voor ieder kind")
        docx_to_pdf(OUT / f"{name}.docx", OUT / f"{name}.pdf")
        write_label(label, name)
        print(name, word_count(b))

        b, label, c = plan_b()
        name = "vo-lingeweide-2026-2030"
        build_docx(b, OUT / f"{name}.docx", header="SWV VO Lingeweide — Ondersteuningsplan 2026-2030",
                   footer="Concept voor instemming OPR")
        write_label(label, name)
        print(name, word_count(b))

        b, label, c = plan_c()
        name = "po-veluwerand-2026-2030"
        build_docx(b, tmp / f"{name}.docx", header="Passend Onderwijs Veluwerand | Ondersteuningsplan | "
                   "Basisondersteuning - Toelaatbaarheid - Ouders - Financiën")
        docx_to_pdf(tmp / f"{name}.docx", OUT / f"{name}.pdf")
        write_label(label, name)
        print(name, word_count(b))

        b, label, c = plan_d()
        name = "vo-dommeldal-2026-2030"
        build_html(b, OUT / f"{name}.html", "Samenwerkingsverband VO Dommeldal",
                   ["Home", "Ouders", "Scholen", "Basisondersteuning", "Ondersteuningsplan", "Kwaliteit en resultaten",
                    "Contact"])
        write_label(label, name)
        print(name, word_count(b))

        b, label, c = plan_e()
        name = "vo-westerschelde-2026-2030"
        build_docx(b, tmp / f"{name}.docx", header="SWV Westerschelde VO 31-02 · Ondersteuningsplan op hoofdlijnen",
                   footer="Voor ouders en leerlingen: www.swvwesterschelde.nl/ouders — ouder- en jeugdsteunpunt, "
                          "dekkend aanbod en toelaatbaarheid")
        docx_to_pdf(tmp / f"{name}.docx", OUT / f"{name}.pdf")
        write_label(label, name)
        print(name, word_count(b))

        b, label = near_miss()
        name = "school-ondersteuningsplan-kompasroos"
        build_docx(b, OUT / f"{name}.docx", header="OBS De Kompasroos")
        write_label(label, name)
        print(name, word_count(b))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
