#!/usr/bin/env python3
"""Generate holdout set 248: five fictional ondersteuningsplannen (PO/VO, north and east of NL)
and one near-miss document, plus hand-written label files.

Deterministic, no network. Output goes to the folder above this script's folder.
PDFs are rendered from a temporary .docx with LibreOffice (soffice --headless).
All organisations, schools, persons, codes and amounts are fictional.
"""
import datetime
import html
import shutil
import zipfile
import subprocess
import tempfile
from pathlib import Path

import yaml
from docx import Document
from docx.shared import Pt

OUT = Path(__file__).resolve().parent.parent

# ----------------------------------------------------------------------------------------------
# Block model: ("title", text) ("h1", text) ("h2", text) ("p", text) ("ul", [items])
#              ("table", [[header...], [row...], ...]) ("pagebreak", None)
# ----------------------------------------------------------------------------------------------


def render_docx(blocks, path, header_text, footer_text):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = header_text
    sec.footer.paragraphs[0].text = footer_text
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
        elif kind == "ol":
            for it in val:
                doc.add_paragraph(it, style="List Number")
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
    cp = doc.core_properties
    fixed = datetime.datetime(2026, 4, 1, 9, 0, 0)
    cp.created = cp.modified = cp.last_printed = fixed
    cp.author = cp.last_modified_by = "Bureau samenwerkingsverband"
    cp.revision = 1
    doc.save(str(path))
    _normalise_zip(path)


def _normalise_zip(path):
    """Rewrite the .docx zip with fixed timestamps so that output is byte-deterministic."""
    with zipfile.ZipFile(path) as zin:
        items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2026, 4, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, data)


def render_html(blocks, path, header_text, footer_text):
    e = html.escape
    out = ["<!DOCTYPE html>", '<html lang="nl">', "<head>", '<meta charset="utf-8">',
           f"<title>{e(header_text)}</title>",
           "<style>body{font-family:Arial,sans-serif;max-width:52em;margin:auto}"
           "table{border-collapse:collapse}td,th{border:1px solid #999;padding:3px 6px}</style>",
           "</head>", "<body>", f'<header class="site-header"><p>{e(header_text)}</p>'
           '<nav><a href="#">Home</a> | <a href="#">Ouders</a> | <a href="#">Scholen</a> | '
           '<a href="#">Toelaatbaarheid</a> | <a href="#">Contact</a></nav></header>', "<main>"]
    for kind, val in blocks:
        if kind == "title":
            out.append(f"<h1>{e(val)}</h1>")
        elif kind == "h1":
            out.append(f"<h2>{e(val)}</h2>")
        elif kind == "h2":
            out.append(f"<h3>{e(val)}</h3>")
        elif kind in ("p", "small"):
            out.append(f"<p>{e(val)}</p>")
        elif kind in ("ul", "ol"):
            out.append(f"<{kind}>" + "".join(f"<li>{e(i)}</li>" for i in val) + f"</{kind}>")
        elif kind == "table":
            rows = ["<tr>" + "".join(f"<th>{e(str(c))}</th>" for c in val[0]) + "</tr>"]
            for r in val[1:]:
                rows.append("<tr>" + "".join(f"<td>{e(str(c))}</td>" for c in r) + "</tr>")
            out.append("<table>" + "".join(rows) + "</table>")
        elif kind == "pagebreak":
            out.append("<hr>")
    out += ["</main>", f"<footer><p>{e(footer_text)}</p></footer>", "</body>", "</html>"]
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


def docx_to_pdf(blocks, pdf_path, header_text, footer_text):
    tmp = Path(tempfile.mkdtemp(prefix="holdout248_render_"))
    try:
        src = tmp / (pdf_path.stem + ".docx")
        render_docx(blocks, src, header_text, footer_text)
        profile = tmp / "lo_profile"
        subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
                        "--convert-to", "pdf", "--outdir", str(tmp), str(src)],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
        shutil.copyfile(tmp / (pdf_path.stem + ".pdf"), pdf_path)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def words(blocks):
    n = 0
    for kind, val in blocks:
        if kind in ("ul", "ol"):
            n += sum(len(i.split()) for i in val)
        elif kind == "table":
            n += sum(len(str(c).split()) for r in val for c in r)
        elif val:
            n += len(str(val).split())
    return n


def write_label(name, data):
    path = OUT / f"{name}.expected.yaml"
    path.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=1000), encoding="utf-8")


CORE = ["basisondersteuning.niveau", "basisondersteuning.inhoud", "plaatsing.procedure",
        "plaatsing.criteria", "terugstroom.procedure", "terugstroom.beleid", "financien.verdeling",
        "financien.besteding", "dekkend-aanbod.continuum", "dekkend-aanbod.lacunes",
        "resultaten.doelen", "resultaten.monitoring", "ouders.informatie", "ouders.steunpunt"]
ELEMENTS = ["basisondersteuning", "plaatsing", "terugstroom", "financien", "dekkend-aanbod",
            "resultaten", "ouders"]


def label(documents, sector, false_criteria, advisory, notes):
    crit = {c: (c not in false_criteria) for c in CORE}
    # status derived strictly from the core criteria; "missing" is given explicitly via notes
    # (an element with all core criteria false is partial only when an advisory one is addressed).
    elements = {}
    for el in ELEMENTS:
        cs = [crit[c] for c in CORE if c.startswith(el + ".")]
        if all(cs):
            elements[el] = "present"
        elif any(cs) or advisory.get(el):
            elements[el] = "partial"
        else:
            elements[el] = "missing"
    return {"documents": documents, "sector": sector, "looks_like_plan": True,
            "elements": elements, "criteria": crit,
            "advisory_addressed": {k: v for k, v in advisory.items() if v},
            "notes": notes}


# ----------------------------------------------------------------------------------------------
# Shared filler: text that real plans contain but that addresses no element criterion.
# Every function takes a context dict and returns blocks.
# ----------------------------------------------------------------------------------------------

def f_voorwoord(c):
    return [("p", f"Voor u ligt het ondersteuningsplan {c['periode']} van {c['naam']}. Het is het derde "
             f"ondersteuningsplan sinds de invoering van passend onderwijs in 2014 en het eerste dat is "
             f"geschreven in een periode waarin het lerarentekort ook in {c['regio']} voelbaar is. Dat "
             f"heeft de gesprekken over dit plan gekleurd: wat kunnen we met elkaar waarmaken, en wat "
             f"beloven we liever niet? Directeuren, intern begeleiders, leraren, ouders en onze partners "
             f"bij de gemeenten hebben de afgelopen anderhalf jaar meegedacht in werksessies, "
             f"klankbordgroepen en een aantal stevige discussies in de ondersteuningsplanraad."),
            ("p", f"Ik wil iedereen bedanken die tijd heeft vrijgemaakt. In het bijzonder noem ik de "
             f"werkgroep die de teksten heeft voorbereid en de leden van de ondersteuningsplanraad, die "
             f"ons scherp hielden. Wij hopen dat dit plan de komende jaren richting geeft en dat het "
             f"vooral op de werkvloer herkenbaar is. Een plan is geen doel op zich; het gaat om de "
             f"kinderen in de klas, om hun resultaten en om hun plezier in leren."),
            ("p", f"{c['directeur']}, directeur-bestuurder")]


def f_leeswijzer(c):
    return [("p", "Dit plan is opgebouwd uit een aantal hoofdstukken die los van elkaar gelezen kunnen "
             "worden. Waar een onderwerp in meerdere hoofdstukken terugkomt, hebben we geprobeerd "
             "herhaling te beperken. Achter in het document vindt u een begrippenlijst. Het plan is "
             "bedoeld voor schoolbesturen, directeuren en intern begeleiders, maar ook voor leden van "
             "medezeggenschapsraden, gemeenten en andere belangstellenden."),
            ("p", "Bij de totstandkoming zijn we uitgegaan van de evaluatie van het vorige plan, van "
             "gesprekken met alle scholen en van de wettelijke eisen uit artikel 18a van de Wet op het "
             "primair onderwijs. Het plan beschrijft het 'wat' op hoofdlijnen; scholen en besturen geven "
             "zelf invulling aan het 'hoe' binnen de kaders die hier worden geschetst.")]


def f_regio(c):
    return [("p", f"Het werkgebied van {c['kort']} omvat de gemeenten {c['gemeenten']}. Het is een "
             f"uitgestrekt gebied met een stedelijke kern en veel kleine kernen en dorpen. De afstanden "
             f"tussen scholen zijn soms groot; een rit van een dorp aan de rand van het gebied naar de "
             f"speciale voorzieningen in de hoofdplaats duurt al snel drie kwartier. Dat heeft gevolgen "
             f"voor leerlingenvervoer, voor de bereikbaarheid van voorzieningen en voor de manier "
             f"waarop wij met scholen samenwerken."),
            ("p", f"In het samenwerkingsverband werken {c['besturen']} schoolbesturen samen. Zij zijn "
             f"samen verantwoordelijk voor {c['scholen']} scholen met op 1 oktober 2025 ongeveer "
             f"{c['leerlingen']} leerlingen. De regio heeft te maken met krimp: naar verwachting daalt "
             f"het aantal leerlingen de komende vier jaar met enkele procenten per jaar. Kleine scholen "
             f"staan onder druk en een aantal besturen onderzoekt fusies of samenwerkingsscholen. Ook de "
             f"bevolkingssamenstelling verandert; er wonen meer gezinnen met een migratieachtergrond en "
             f"het aantal arbeidsmigranten in de landbouw en logistiek groeit."),
            ("table", [["Kengetal (1 oktober 2025)", "Aantal"],
                       ["Aangesloten schoolbesturen", c['besturen']],
                       ["Scholen voor basisonderwijs", c['bao']],
                       ["Speciale scholen (sbo en so)", c['spec']],
                       ["Leerlingen totaal (afgerond)", c['leerlingen']]])]


def f_missie(c):
    return [("p", f"Onze missie is kort: ieder kind in {c['regio']} verdient onderwijs dat bij hem of haar "
             f"past, zo dicht mogelijk bij huis. Dat vraagt om scholen die zich eigenaar voelen van de "
             f"ontwikkeling van alle kinderen uit hun omgeving, om leraren die zich gesteund weten en om "
             f"een samenwerkingsverband dat faciliteert in plaats van voorschrijft."),
            ("p", "Wij geloven dat kinderen het meest leren in een omgeving waar zij zich veilig en gezien "
             "voelen. Wij geloven ook dat de school dat niet alleen kan. Ouders kennen hun kind het best "
             "en zijn daarom onmisbare gesprekspartners. Jeugdhulp, gemeenten en kinderopvang zijn "
             "partners met eigen verantwoordelijkheden. De kunst is om die verantwoordelijkheden zo aan "
             "elkaar te verbinden dat het kind er beter van wordt, zonder dat er schotten ontstaan.")]


def f_visie(c):
    return [("p", "Onze visie op passend onderwijs rust op drie pijlers: nabijheid, vakmanschap en "
             "vertrouwen. Nabijheid betekent dat ondersteuning waar het kan in de eigen groep en op de "
             "eigen school plaatsvindt. Vakmanschap betekent dat leraren de ruimte en de scholing krijgen "
             "om verschillen tussen kinderen te hanteren. Vertrouwen betekent dat wij uitgaan van de "
             "professionaliteit van scholen en besturen en dat wij verantwoording zien als een gesprek, "
             "niet als een formulier."),
            ("p", "De afgelopen planperiode hebben wij gemerkt dat regels en procedures soms in de weg "
             "zaten. Scholen besteedden veel tijd aan aanvragen en dossiers, terwijl de tijd eigenlijk in "
             "de klas nodig was. In deze planperiode willen wij minder papier en meer gesprek. Dat is geen "
             "vrijblijvendheid: wie ruimte krijgt, neemt ook verantwoordelijkheid. Wij spreken elkaar "
             "aan als dingen niet goed gaan, en wij vieren het als ze wel goed gaan."),
            ("p", "Inclusiever onderwijs is een beweging die wij ondersteunen, maar niet forceren. De "
             "speciale scholen in onze regio hebben een waardevolle functie en die blijven zij houden. "
             "Tegelijk zoeken wij naar vormen waarin speciale expertise dichter bij de reguliere school "
             "komt, bijvoorbeeld door gezamenlijke scholing en door uitwisseling van leraren.")]


def f_governance(c):
    return [("p", f"{c['naam']} is een stichting. Het bestuur is ingericht volgens het "
             f"raad-van-toezichtmodel: de directeur-bestuurder vormt het bestuur en de raad van toezicht, "
             f"samengesteld uit bestuurders van de aangesloten schoolbesturen en twee onafhankelijke "
             f"leden, houdt toezicht. De algemene vergadering van aangesloten besturen komt twee keer per "
             f"jaar bijeen en heeft bevoegdheden die in de statuten zijn vastgelegd, onder meer bij "
             f"wijziging van de statuten en bij toetreding van nieuwe besturen."),
            ("p", f"Het samenwerkingsverband onderschrijft {c.get('code', 'de Code Goed Bestuur in het primair onderwijs')}. "
             "De scheiding tussen bestuur en toezicht is in een toezichtkader en een bestuursreglement "
             "uitgewerkt. Het geschillenreglement uit de statuten regelt hoe besturen onderling "
             "geschillen beslechten; tot nu toe is daar geen gebruik van gemaakt."),
            ("p", "Het bureau van het samenwerkingsverband is klein. Naast de directeur-bestuurder werken "
             "er een beleidsmedewerker, een managementassistent, een controller (gedeeltelijk ingehuurd) "
             "en een team van orthopedagogen en consulenten. Het bureau is gehuisvest in een "
             "bedrijfsverzamelgebouw en de consulenten werken grotendeels op de scholen zelf.")]


def f_personeel(c):
    return [("p", "Het lerarentekort raakt ook passend onderwijs. Als er geen bevoegde leraar voor de "
             "groep staat, komt de ondersteuning van kinderen met een extra vraag als eerste in de knel. "
             "Wij werken daarom samen met de pabo's in de regio en met de schoolbesturen aan een "
             "regionaal opleidingsprogramma, waarin ook aandacht is voor handelingsgericht werken en "
             "gedrag in de klas."),
            ("p", "Het samenwerkingsverband biedt jaarlijks een scholingsaanbod voor intern begeleiders en "
             "leraren. Onderwerpen zijn onder meer traumasensitief lesgeven, executieve functies, "
             "taalontwikkeling en het voeren van gesprekken met ouders en kinderen. Het aanbod wordt "
             "samengesteld in overleg met het netwerk van intern begeleiders, dat vier keer per jaar "
             "bijeenkomt. Deelname is vrijwillig en kosteloos voor de scholen."),
            ("p", "Voor de eigen medewerkers heeft het samenwerkingsverband een gesprekkencyclus en een "
             "professionaliseringsbudget. De orthopedagogen zijn BIG- of NVO-geregistreerd of werken "
             "aan hun registratie.")]


def f_ict_privacy(c):
    return [("p", "Het samenwerkingsverband verwerkt persoonsgegevens van leerlingen, soms ook "
             "bijzondere persoonsgegevens zoals gegevens over gezondheid. Wij doen dat alleen voor zover "
             "dat nodig is voor onze wettelijke taken en met inachtneming van de AVG. Er is een "
             "functionaris gegevensbescherming aangesteld, gedeeld met enkele andere "
             "samenwerkingsverbanden in de regio. Het privacyreglement is openbaar."),
            ("p", "Dossiers worden digitaal uitgewisseld via een beveiligde omgeving. Medewerkers van "
             "scholen hebben alleen toegang tot de dossiers van hun eigen leerlingen. Bewaartermijnen "
             "zijn vastgelegd in het reglement. In de komende planperiode vervangen wij het huidige "
             "systeem, omdat de leverancier de ondersteuning ervan beëindigt. De aanbesteding loopt; "
             "het nieuwe systeem moet uiterlijk in het schooljaar 2027-2028 in gebruik zijn."),
            ("p", "Daarnaast besteden wij aandacht aan digitale geletterdheid en aan de inzet van "
             "ondersteunende software, zoals voorleessoftware. De scholen zijn zelf verantwoordelijk voor "
             "hun ICT-infrastructuur; het samenwerkingsverband deelt kennis via het netwerk van "
             "ICT-coördinatoren.")]


def f_oogo(c, substantive=True):
    b = [("p", f"Het samenwerkingsverband voert op overeenstemming gericht overleg (OOGO) met de "
          f"gemeenten {c['gemeenten']} over het ondersteuningsplan en over het jeugdbeleid van de "
          f"gemeenten. Het OOGO over dit plan heeft plaatsgevonden op {c['oogo_datum']}. De gemeenten "
          f"hebben ingestemd met de hoofdlijnen; hun reactie is in de definitieve tekst verwerkt. Ook "
          f"is overleg gevoerd met het samenwerkingsverband voortgezet onderwijs waarvan het gebied "
          f"overlapt met het onze.")]
    if substantive:
        b.append(("p", "Met de gemeenten maken wij afspraken over de aansluiting tussen onderwijs en "
                  "jeugdhulp. Elke school heeft een vaste contactpersoon van het lokale jeugdteam, die "
                  "aansluit bij het ondersteuningsteam van de school. Voor kinderen die zowel onderwijs "
                  "als zorg nodig hebben, zetten wij samen met de gemeente onderwijs-zorgarrangementen "
                  "op, waarbij de gemeente de zorgcomponent en het samenwerkingsverband de "
                  "onderwijscomponent financiert."))
    b.append(("p", "Leerlingenvervoer en onderwijshuisvesting zijn gemeentelijke taken. Wij brengen "
              "signalen van scholen en ouders over deze onderwerpen in bij het ambtelijk overleg, dat "
              "vier keer per jaar plaatsvindt."))
    return b


def f_vaststelling(c):
    return [("p", f"Het concept van dit plan is besproken met de directeuren en de besturen. De "
             f"ondersteuningsplanraad heeft op {c['opr_datum']} ingestemd met het plan. De raad van "
             f"toezicht heeft het plan goedgekeurd, waarna de directeur-bestuurder het heeft vastgesteld. "
             f"Het plan is vóór 1 mei 2026 aan de inspectie van het onderwijs toegezonden."),
            ("p", "Het plan geldt voor de periode 1 augustus 2026 tot en met 31 juli 2030. Tussentijdse "
             "wijzigingen leggen wij opnieuw voor aan de ondersteuningsplanraad. Ieder jaar stellen wij "
             "een jaarplan op dat aansluit bij dit ondersteuningsplan.")]


def f_planning(c):
    return [("p", "De planning-en-controlcyclus van het samenwerkingsverband volgt het schooljaar en het "
             "kalenderjaar. In het voorjaar bespreekt het bestuur de kaderbrief, in het najaar volgt het "
             "jaarplan en in juni het jaarverslag. Deze documenten worden besproken met de raad van "
             "toezicht en met de ondersteuningsplanraad."),
            ("table", [["Jaar", "Belangrijkste mijlpalen"],
                       ["2026-2027", "Start nieuw plan; vervanging dossiersysteem voorbereiden; scholingsaanbod IB"],
                       ["2027-2028", "Nieuw dossiersysteem in gebruik; tussenevaluatie met besturen"],
                       ["2028-2029", "Midterm review met de ondersteuningsplanraad; bijstelling jaarplan"],
                       ["2029-2030", "Eindevaluatie; voorbereiding volgend ondersteuningsplan"]])]


def f_opr(c, with_parents=True):
    if with_parents:
        return [("p", f"De ondersteuningsplanraad (OPR) bestaat uit {c['opr_leden']} leden: de helft "
                 f"ouders en de helft personeelsleden, afgevaardigd vanuit de medezeggenschapsraden van de "
                 f"aangesloten scholen. De OPR heeft instemmingsrecht op het ondersteuningsplan. De raad "
                 f"vergadert zes keer per jaar met de directeur-bestuurder en ontvangt een vergoeding per "
                 f"vergadering. Nieuwe leden volgen een introductiecursus.")]
    return [("p", "De ondersteuningsplanraad (OPR) heeft instemmingsrecht op het ondersteuningsplan en op "
             "wijzigingen daarvan. De raad vergadert in de regel zes keer per jaar met de "
             "directeur-bestuurder. Het reglement van de OPR is op verzoek verkrijgbaar.")]


def f_overgang_vo(c):
    return [("p", "De overstap van de basisschool naar het voortgezet onderwijs is voor kinderen met een "
             "ondersteuningsbehoefte een kwetsbaar moment. Wij maken met het samenwerkingsverband "
             "voortgezet onderwijs afspraken over de warme overdracht, over de planning van het "
             "schooladvies en over het tijdig delen van informatie. Een gezamenlijke werkgroep "
             "evalueert deze afspraken jaarlijks en brengt verslag uit aan beide besturen.")]


def f_kinderopvang(c):
    return [("p", "Steeds meer scholen werken samen met kinderopvang en voorschoolse voorzieningen in "
             "een kindcentrum. Dat maakt een doorgaande lijn voor jonge kinderen mogelijk. Het "
             "samenwerkingsverband ondersteunt die ontwikkeling door kennisdeling en door het "
             "organiseren van een jaarlijkse netwerkbijeenkomst voor kindcentra. De verantwoordelijkheid "
             "voor de voorschoolse educatie ligt bij de gemeenten.")]


def f_communicatie_algemeen(c):
    return [("p", "Het samenwerkingsverband communiceert met scholen via een nieuwsbrief voor directeuren "
             "en intern begeleiders, die zes keer per jaar verschijnt, en via een besloten deel van de "
             "website met formulieren en handreikingen. Bestuurders worden geïnformeerd via de reguliere "
             "bestuursvergaderingen. Wij streven naar heldere, korte berichten en vermijden jargon "
             "waar dat kan.")]


def f_totstandkoming(c):
    return [("p", f"Het schrijfproces begon in het najaar van 2024 met een evaluatie van het vorige plan. "
             f"Daarna organiseerden wij vier werksessies, verspreid over het gebied, waarvoor alle "
             f"directeuren en intern begeleiders werden uitgenodigd. In totaal namen ruim honderd mensen "
             f"deel. De opbrengst van die sessies is door een kleine schrijfgroep verwerkt tot een eerste "
             f"concept, dat in het voorjaar van 2025 is besproken met de besturen, met de "
             f"ondersteuningsplanraad en met de beleidsmedewerkers van de gemeenten {c['gemeenten']}."),
            ("p", "Een tweede concept is in het najaar van 2025 opnieuw langs dezelfde gremia gegaan. Op "
             "verzoek van de ondersteuningsplanraad zijn in die ronde passages verduidelijkt en is de "
             "tekst op een aantal plaatsen ingekort. Wij hebben ook gekeken naar de plannen van "
             "samenwerkingsverbanden in de buurt, om te leren van hun keuzes en om verschillen aan de "
             "grenzen van ons gebied te beperken.")]


def f_huisvesting(c):
    return [("p", "Veel schoolgebouwen in ons gebied zijn gebouwd in de jaren zeventig en tachtig. Ze zijn "
             "niet altijd geschikt voor kleine instructieruimtes, prikkelarme werkplekken of een rustige "
             "plek voor een kind dat even uit de groep moet. Bij nieuwbouw en renovatie vragen wij de "
             "besturen en gemeenten om hier rekening mee te houden. Het integraal huisvestingsplan is "
             "een verantwoordelijkheid van de gemeenten; wij leveren input via het ambtelijk overleg."),
            ("p", "Door de krimp staan sommige lokalen leeg. Een aantal besturen gebruikt die ruimte voor "
             "kinderopvang, een bibliotheek of een consultatiebureau. Dat versterkt de functie van de "
             "school in het dorp en maakt de lijnen met andere voorzieningen korter.")]


def vo_fillers(c):
    return [("h2", "Totstandkoming"),
            ("p", "Aan dit plan is ruim een jaar gewerkt. In het voorjaar van 2025 hielden wij op iedere "
             "vestiging een gesprek met de schoolleiding en de ondersteuningscoördinator over de "
             "ervaringen in de vorige planperiode. In het najaar volgden twee regionale bijeenkomsten "
             "waarvoor ook mentoren, docenten en de leerlingenraden werden uitgenodigd. De uitkomsten "
             "zijn door een schrijfgroep verwerkt. Het concept is besproken met de besturen, met de "
             "ondersteuningsplanraad en met de ambtenaren onderwijs van de vier gemeenten."),
            ("h2", "Regio in beweging"),
            ("p", "De versterkingsoperatie in het aardbevingsgebied heeft geleid tot tijdelijke "
             "huisvesting van verschillende scholen. Leerlingen hebben soms jaren in noodlokalen les "
             "gehad. Inmiddels zijn de meeste nieuwe gebouwen opgeleverd. Bij het ontwerp is aandacht "
             "besteed aan rustige werkplekken, kleine instructieruimtes en een goed binnenklimaat. De "
             "gemeenten blijven verantwoordelijk voor de onderwijshuisvesting; het samenwerkingsverband "
             "heeft in de bouwteams een adviserende rol gehad."),
            ("p", "De daling van het aantal leerlingen zet door. Volgens de prognoses van DUO telt de regio "
             "in 2030 ongeveer 12% minder leerlingen in het voortgezet onderwijs dan in 2025. Besturen "
             "werken samen om het aanbod van vmbo-profielen en van havo en vwo in de regio overeind te "
             "houden. Het samenwerkingsverband neemt deel aan het regionale overleg over het "
             "onderwijsaanbod, maar heeft daarin geen beslissende rol."),
            ("h2", "Van school naar werk"),
            ("p", "Een groot deel van onze leerlingen stroomt door naar het mbo. Met de mbo-instellingen in "
             "Groningen, Winschoten en Delfzijl maken wij afspraken over de overdracht van informatie en "
             "over loopbaanoriëntatie. Het praktijkonderwijs heeft een eigen netwerk van werkgevers waar "
             "leerlingen stage lopen. In het kader van de Regionale Meld- en Coördinatiefunctie werken "
             "de scholen samen met de gemeenten aan het terugdringen van voortijdig schoolverlaten."),
            ("p", "Werkgevers in de regio, met name in de procesindustrie, de zorg en de logistiek, zoeken "
             "dringend personeel. Wij zien kansen om jongeren die moeite hebben met een theoretische "
             "opleiding via leerwerktrajecten aan een baan te helpen. Een werkgroep van pro-scholen, "
             "vmbo-scholen en het mbo onderzoekt hoe dat in de regio vorm kan krijgen."),
            ("h2", "Personeel en professionalisering"),
            ("p", "Ook in het voortgezet onderwijs in Oost-Groningen is het moeilijk om vacatures te "
             "vervullen, vooral voor exacte vakken en voor Duits. Scholen zetten vaker onbevoegde "
             "docenten of zij-instromers in. Dat vraagt extra begeleiding, ook op het gebied van "
             "klassenmanagement en omgaan met verschillen. Het samenwerkingsverband biedt daarvoor een "
             "training aan voor startende docenten, in samenwerking met de lerarenopleiding."),
            ("p", "Mentoren zijn de spil van de begeleiding. Daarom organiseren wij elk jaar een "
             "mentorenconferentie met workshops over gespreksvoering, signaleren van problemen en "
             "samenwerking met externe partners. De conferentie wordt goed bezocht: in 2025 namen 180 "
             "mentoren deel."),
            ("h2", "Leerlingparticipatie"),
            ("p", "Jongeren hebben recht om mee te praten over hun eigen onderwijs. Het samenwerkingsverband "
             "organiseert twee keer per jaar een leerlingpanel met leerlingen uit alle schoolsoorten. Het "
             "panel gaf in 2025 onder meer advies over de inrichting van de time-outruimtes en over de "
             "manier waarop mentoren gesprekken voeren. De adviezen zijn gedeeld met alle scholen."),
            ("h2", "Wettelijk kader"),
            ("p", "Artikel 17a van de Wet op het voortgezet onderwijs (sinds 2021 de overeenkomstige "
             "artikelen van de WVO 2020) schrijft voor dat een ondersteuningsplan in elk geval ingaat op: "
             "de wijze waarop een samenhangend geheel van ondersteuningsvoorzieningen wordt gerealiseerd, "
             "inclusief de basisondersteuning; de procedure en criteria voor de verdeling, besteding en "
             "toewijzing van middelen, mede in het licht van een meerjarenbegroting; de procedure en "
             "criteria voor plaatsing in het vso en voor lwoo en pro; de procedure en het beleid voor "
             "terugplaatsing en overplaatsing; de beoogde en behaalde resultaten; en de wijze waarop "
             "ouders worden geïnformeerd over de ondersteuningsvoorzieningen en over onafhankelijke "
             "ondersteuningsmogelijkheden. Het plan wordt ten minste eens in de vier jaar vastgesteld, "
             "na OOGO met de gemeenten en met instemming van de ondersteuningsplanraad."),
            ("p", "Daarnaast zijn de Wet medezeggenschap op scholen, de Algemene wet bestuursrecht en de "
             "Algemene verordening gegevensbescherming van belang voor het werk van het "
             "samenwerkingsverband. Ontwikkelingen in wet- en regelgeving, zoals de voorgenomen "
             "landelijke norm voor basisondersteuning, volgen wij nauwgezet; als zij gevolgen hebben voor "
             "dit plan, passen wij het aan."),
            ("h2", "Bestuurlijke jaarkalender"),
            ("p", "Het algemeen overleg van besturen komt vijf keer per jaar bijeen. In september staat het "
             "jaarverslag op de agenda, in december de begroting, in maart de kaderbrief en in juni het "
             "jaarplan. Tussendoor is er een themabijeenkomst over een actueel onderwerp; in 2025 was "
             "dat de positie van kleine vestigingen in een krimpregio. De raad van toezicht vergadert "
             "vier keer per jaar en heeft een auditcommissie en een remuneratiecommissie."),
            ("h2", "Overstap van po naar vo"),
            ("p", "De overstap van de basisschool naar het voortgezet onderwijs verloopt in onze regio via "
             "een gezamenlijke overstapkalender van de PO- en VO-verbanden. Daarin staan de data voor het "
             "voorlopig schooladvies, de doorstroomtoets, de aanmeldperiode en de warme overdracht. Elk "
             "voorjaar houden de vo-scholen overdrachtsmiddagen waar leerkrachten van groep 8 en mentoren "
             "van de brugklassen elkaar spreken. De afspraken worden ieder jaar in juni besproken in het "
             "overleg tussen de directeuren van de PO- en VO-verbanden."),
            ("h2", "Samenwerking met andere verbanden"),
            ("p", "De samenwerkingsverbanden voortgezet onderwijs in de provincie Groningen werken samen in "
             "een provinciaal netwerk. Zij delen kennis over wet- en regelgeving, stemmen hun "
             "werkwijzen bij grensverkeer van leerlingen op elkaar af en trekken gezamenlijk op richting "
             "de provincie en de regionale werkgevers. Twee keer per jaar komen de directeuren samen; de "
             "beleidsmedewerkers overleggen maandelijks."),
            ("h2", "Digitalisering"),
            ("p", "Alle vestigingen werken met een leerlingvolgsysteem en een gezamenlijk digitaal "
             "ondersteuningsdocument. In de komende planperiode onderzoeken wij of de koppeling tussen die "
             "systemen kan worden verbeterd, zodat scholen minder dubbel hoeven te registreren. Bij de "
             "inzet van nieuwe software, ook van toepassingen met kunstmatige intelligentie, toetsen wij "
             "vooraf de gevolgen voor de privacy van leerlingen.")]


def glossary_po():
    return [("table", [["Begrip", "Omschrijving"],
                       ["Arrangement", "Een afgesproken pakket van extra ondersteuning voor een leerling of groep."],
                       ["Basisondersteuning", "Het niveau van ondersteuning dat alle scholen binnen het samenwerkingsverband bieden."],
                       ["Dekkend aanbod", "Een samenhangend geheel van voorzieningen zodat voor elk kind een passende plek is."],
                       ["Meerjarenbegroting", "Begroting van het samenwerkingsverband voor vier jaar."],
                       ["OJSP", "Ouder- en jeugdsteunpunt: onafhankelijk steunpunt voor ouders en jeugdigen."],
                       ["OOGO", "Op overeenstemming gericht overleg met de gemeenten."],
                       ["OPP", "Ontwikkelingsperspectiefplan."],
                       ["OPR", "Ondersteuningsplanraad."],
                       ["SBO / SO", "Speciaal basisonderwijs / speciaal onderwijs."],
                       ["SOP", "Schoolondersteuningsprofiel."],
                       ["Terugplaatsing", "De terugkeer van een leerling uit het s(b)o naar het regulier basisonderwijs."],
                       ["TLV", "Toelaatbaarheidsverklaring voor het sbo of so."],
                       ["Verdeelmodel", "De regels volgens welke het samenwerkingsverband de ondersteuningsmiddelen verdeelt."]])]


# ----------------------------------------------------------------------------------------------
# Plan 1: PO, Zuidoost-Drenthe, .docx; numbering "1", "1.1"
# ----------------------------------------------------------------------------------------------

def plan1():
    c = dict(naam="Samenwerkingsverband Passend Primair Veenkoloniën-Zuid", kort="Passend Primair VKZ",
             periode="2026-2030", regio="de zuidelijke Veenkoloniën",
             gemeenten="Emmen, Borger-Odoorn en Coevorden", besturen=7, scholen=58, bao=55, spec=3,
             leerlingen="9.800", directeur="drs. H.J. (Hennie) Lubbers", oogo_datum="10 februari 2026",
             opr_datum="24 maart 2026", opr_leden=12)
    b = [("title", "Ondersteuningsplan 2026-2030"),
         ("p", "Samenwerkingsverband Passend Primair Veenkoloniën-Zuid (PO 22-97)"),
         ("p", "Vastgesteld door de directeur-bestuurder op 7 april 2026, na instemming van de "
               "ondersteuningsplanraad. Versie 1.0 definitief."),
         ("pagebreak", None),
         ("h1", "Inhoud"),
         ("small", "Voorwoord .......... 2"),
         ("small", "1 Inleiding en leeswijzer .......... 3"),
         ("small", "2 Onze regio .......... 4"),
         ("small", "3 Missie en visie .......... 5"),
         ("small", "4 Basisondersteuning: wat elke school biedt .......... 7"),
         ("small", "5 Het ondersteuningscontinuüm en het dekkend netwerk .......... 10"),
         ("small", "6 Toelaatbaarheid sbo en so .......... 13"),
         ("small", "   6.5 Na afloop van de TLV: terugplaatsing .......... 16"),
         ("small", "7 Communicatie .......... 17"),
         ("small", "8 Geld en middelen .......... 19"),
         ("small", "9 Kwaliteit en resultaten .......... 22"),
         ("small", "10 Organisatie, personeel en medezeggenschap .......... 23"),
         ("small", "11 Samenwerking met gemeenten .......... 26"),
         ("small", "12 Planning en vaststelling .......... 27"),
         ("small", "Bijlage 1 Begrippenlijst .......... 29"),
         ("small", "Bijlage 2 Onafhankelijke ondersteuning voor ouders (verwijzing) .......... 30"),
         ("pagebreak", None),
         ("h1", "Voorwoord")] + f_voorwoord(c) + [
         ("h1", "1 Inleiding en leeswijzer")] + f_leeswijzer(c) + [
         ("h1", "2 Onze regio")] + f_regio(c) + [
         ("h1", "3 Missie en visie"), ("h2", "3.1 Missie")] + f_missie(c) + [
         ("h2", "3.2 Visie")] + f_visie(c) + [
         ("h1", "4 Basisondersteuning: wat elke school biedt"),
         ("p", "De zeven besturen in ons samenwerkingsverband hebben met elkaar afgesproken welk niveau "
               "van ondersteuning iedere school, op elke vestiging, minimaal waarmaakt. Dat noemen wij de "
               "basisondersteuning. Het is een ondergrens: geen school in Passend Primair VKZ mag "
               "daaronder zakken, ook niet een kleine dorpsschool met twee combinatiegroepen. Ouders hoeven "
               "voor basisondersteuning geen aanvraag te doen; het is wat iedere school uit zichzelf biedt."),
         ("p", "Concreet kunnen ouders en kinderen op elke school in ons gebied het volgende verwachten:"),
         ("ul", ["een intern begeleider met ten minste 0,4 fte per 200 leerlingen en een vaste "
                 "contactpersoon bij het samenwerkingsverband;",
                 "een ondersteuningsteam dat minstens zes keer per jaar bijeenkomt, met de intern "
                 "begeleider, de consulent van het samenwerkingsverband en de jeugdverpleegkundige;",
                 "werken volgens het dyslexieprotocol en het protocol ernstige rekenproblemen en "
                 "dyscalculie, inclusief de signalering en de doorverwijzing naar vergoede zorg;",
                 "een schoolbrede aanpak voor gedrag en sociale veiligheid (bijvoorbeeld PBS of de "
                 "Kanjertraining) met een jaarlijkse monitor;",
                 "een aanbod voor kinderen die meer aankunnen, in de groep en via verrijking buiten de groep;",
                 "het opstellen van een ontwikkelingsperspectiefplan (OPP) wanneer een kind op een eigen "
                 "leerlijn werkt, in overleg met de ouders;",
                 "aanpassingen in instructie, tijd en materiaal, zoals voorleessoftware, een koptelefoon "
                 "of een prikkelarme werkplek;",
                 "een warme overdracht bij de overstap tussen groepen, scholen en naar het voortgezet "
                 "onderwijs."]),
         ("p", "De basisondersteuning is uitgewerkt in een kwaliteitskaart met twaalf standaarden. Iedere "
               "twee jaar bezoekt een auditteam (een intern begeleider van een andere school en een "
               "consulent van het samenwerkingsverband) elke school en bespreekt de kwaliteitskaart. Als "
               "een school op een standaard onvoldoende scoort, maakt het bestuur binnen drie maanden een "
               "verbeterplan; de directeur-bestuurder bespreekt de voortgang met het bestuur."),
         ("p", "De scholen beschrijven hun basisondersteuning en hun extra ondersteuning in de schoolgids. "
               "Nu de wet het aparte schoolondersteuningsprofiel laat vervallen, vragen wij besturen om "
               "daarbij de indeling van onze kwaliteitskaart aan te houden, zodat scholen vergelijkbaar "
               "blijven."),
         ("h1", "5 Het ondersteuningscontinuüm en het dekkend netwerk"),
         ("h2", "5.1 Vier niveaus"),
         ("p", "Ondersteuning in ons verband is opgebouwd in vier niveaus die op elkaar aansluiten. Niveau "
               "1 is de basisondersteuning in de groep en op de school. Niveau 2 is extra ondersteuning op "
               "de eigen school met een arrangement van het samenwerkingsverband: extra handen, "
               "specialistische begeleiding of een aangepast programma, na een gesprek van school, ouders "
               "en consulent. Niveau 3 zijn de bovenschoolse voorzieningen: de observatiegroep De Kiem in "
               "Emmen (maximaal 12 weken), de taalklas voor nieuwkomers in Nieuw-Amsterdam en de "
               "plusklas op drie locaties. Niveau 4 is het gespecialiseerd onderwijs: sbo De Vlonder in "
               "Emmen, so De Bolster (cluster 4) in Emmen en so De Waterlelie (cluster 3) in Coevorden."),
         ("table", [["Niveau", "Wat", "Waar", "Toegang"],
                    ["1", "Basisondersteuning", "Elke school", "Geen aanvraag nodig"],
                    ["2", "Arrangement op de eigen school", "Eigen school", "Gesprek school, ouders, consulent"],
                    ["3", "Bovenschoolse voorziening", "De Kiem, taalklas, plusklas", "Besluit loket"],
                    ["4", "Sbo of so", "De Vlonder, De Bolster, De Waterlelie", "TLV (zie hoofdstuk 6)"]]),
         ("h2", "5.2 Dekkend netwerk en thuiszitters"),
         ("p", "Wij hebben zorgplicht als netwerk: voor ieder kind moet binnen ons gebied een passende plek "
               "zijn. Om te zien waar dat niet lukt, houden wij samen met de leerplichtambtenaren van de "
               "drie gemeenten een thuiszittersregistratie bij. Iedere school meldt een leerling die langer "
               "dan twee weken niet of gedeeltelijk naar school gaat binnen vijf schooldagen bij het "
               "loket. Het thuiszittersoverleg (loket, leerplicht, jeugdteam) bespreekt elke melding binnen "
               "twee weken en benoemt een regisseur. Situaties die na zes weken niet zijn opgelost, gaan "
               "naar de directeur-bestuurder, die met de betrokken besturen een doorbraak forceert."),
         ("p", "Eens per jaar analyseren wij alle meldingen en de wachtlijsten van de voorzieningen. Uit "
               "die analyse bleek in 2025 dat er geen plek was voor jonge kinderen die zowel zorg als "
               "onderwijs nodig hebben. Daarom starten wij in augustus 2026 met de onderwijs-zorggroep "
               "De Brug, samen met een zorgaanbieder en de gemeente Emmen. Ook bleek dat kinderen uit "
               "Coevorden lang moesten reizen naar cluster-4-onderwijs; met De Bolster onderzoeken wij een "
               "nevenvestiging."),
         ("h1", "6 Toelaatbaarheid sbo en so"),
         ("h2", "6.1 Wie vraagt aan"),
         ("p", "Een toelaatbaarheidsverklaring (TLV) wordt aangevraagd door het bevoegd gezag van de school "
               "waar de leerling staat ingeschreven, of, bij een leerling die nog nergens is "
               "ingeschreven, door de school waar de ouders hun kind aanmelden. De aanvraag gaat via het "
               "digitale loket en is pas compleet als de ouders hun zienswijze hebben gegeven."),
         ("h2", "6.2 Stappen"),
         ("ol", ["De school bespreekt de leerling in het ondersteuningsteam, met ouders; de consulent is "
                 "daarbij aanwezig.",
                 "De school vult het groeidocument aan en dient de aanvraag in bij het loket.",
                 "Het loket controleert binnen vijf werkdagen of het dossier volledig is.",
                 "Twee deskundigen geven ieder afzonderlijk schriftelijk advies: altijd een "
                 "orthopedagoog of psycholoog, en afhankelijk van de vraag een maatschappelijk werker, "
                 "een jeugdarts of een kinderpsychiater. Een deskundige die bij de aanvraag betrokken was, "
                 "adviseert niet.",
                 "De commissie toelaatbaarheid besluit namens de directeur-bestuurder binnen zes weken na "
                 "ontvangst van de volledige aanvraag.",
                 "Ouders en school ontvangen het besluit met de adviezen."]),
         ("h2", "6.3 Wanneer is een kind toelaatbaar"),
         ("p", "De commissie verklaart een leerling toelaatbaar als aan alle volgende voorwaarden is voldaan: "
               "(a) de school heeft de basisondersteuning volledig ingezet en ten minste één arrangement "
               "van niveau 2 gedurende minimaal een half jaar uitgevoerd en geëvalueerd; (b) het OPP laat "
               "zien dat de leerling ook met die ondersteuning zijn doelen niet haalt; (c) de "
               "ondersteuningsbehoefte ligt op meer dan één gebied (leren, gedrag, communicatie, "
               "lichamelijk of medisch) en vraagt om een kleine groep en specialistische expertise die een "
               "reguliere school redelijkerwijs niet kan bieden; (d) de deskundigen onderschrijven dit. "
               "Voor leerlingen met een ernstige meervoudige beperking kan van (a) worden afgeweken."),
         ("h2", "6.4 Duur, categorie en bezwaar"),
         ("p", "Een TLV voor het sbo geldt in de regel twee schooljaren; een TLV voor het so één tot vier "
               "schooljaren, met bekostigingscategorie laag, midden of hoog. Ouders en school die het niet "
               "eens zijn met het besluit, kunnen binnen zes weken bezwaar maken bij het "
               "samenwerkingsverband; de bezwaaradviescommissie toelaatbaarheid adviseert de "
               "directeur-bestuurder. Daarnaast kunnen zij advies vragen aan de Landelijke "
               "Bezwaaradviescommissie."),
         ("h2", "6.5 Na afloop van de TLV: terugplaatsing"),
         ("p", "Een plek in het sbo of so is bij ons nadrukkelijk geen eindstation. Ons uitgangspunt is dat "
               "een kind teruggaat naar een reguliere basisschool zodra het daar met de juiste steun verder "
               "kan. Wij verwachten van de speciale scholen dat zij bij elk kind de vraag stellen of "
               "terugkeer haalbaar is. Een terugkeer gaat altijd gepaard met een 'rentree-arrangement': de "
               "ontvangende school krijgt gedurende maximaal een jaar begeleiding door een leraar van de "
               "speciale school en, als dat nodig is, extra formatie. Voorwaarde is dat de ontvangende "
               "school een plan van aanpak maakt en dat de ouders instemmen met de overstap."),
         ("p", "Hoe de evaluatie aan het einde van de TLV precies verloopt, wie daarin welke rol heeft en op "
               "welk moment er een besluit valt, werken wij in het eerste planjaar uit met de directies van "
               "De Vlonder, De Bolster en De Waterlelie. Tot die tijd volgen de scholen hun eigen werkwijze."),
         ("h1", "7 Communicatie")] + f_communicatie_algemeen(c) + [
         ("p", "Voor ouders is informatie over ondersteuning belangrijk op het moment dat zij die nodig "
               "hebben. Elke school beschrijft in de schoolgids welke basisondersteuning en welke extra "
               "ondersteuning zij biedt en wie het aanspreekpunt is. Het samenwerkingsverband geeft de "
               "folder 'Passend onderwijs in vijf vragen' uit, die iedere school meegeeft bij een "
               "intakegesprek en die ook in het Pools en Arabisch beschikbaar is. Twee keer per jaar "
               "organiseren wij een informatieavond voor ouders, afwisselend in Emmen en Coevorden, en op "
               "de ouderpagina van onze website staan filmpjes over arrangementen en over de TLV-procedure."),
         ("p", "Ouders die een onafhankelijk advies willen of er met de school niet uitkomen, vinden de "
               "mogelijkheden op onze website en in bijlage 2."),
         ("h1", "8 Geld en middelen"),
         ("h2", "8.1 Hoe wij verdelen"),
         ("p", "Het samenwerkingsverband ontvangt rijksbekostiging voor lichte en zware ondersteuning. Na "
               "aftrek van de verplichte afdrachten aan het sbo en so verdelen wij de middelen in drie "
               "stromen. Schoolbudgetten: elk bestuur ontvangt € 145 per leerling (teldatum 1 oktober) om "
               "de basisondersteuning en lichte arrangementen te bekostigen. Arrangementen niveau 2 en 3: "
               "deze worden per leerling toegekend door het loket op basis van een gesprek; het bedrag "
               "hangt af van de gevraagde inzet en bedraagt maximaal € 12.000 per leerling per jaar. "
               "Bovenschoolse voorzieningen: deze worden rechtstreeks door het samenwerkingsverband "
               "bekostigd. Kleine scholen (minder dan 60 leerlingen) ontvangen een vaste voet van "
               "€ 4.000 per jaar bovenop het bedrag per leerling."),
         ("h2", "8.2 Meerjarenbegroting"),
         ("table", [["Bedragen x € 1.000", "2026", "2027", "2028", "2029"],
                    ["Baten rijksbijdrage ondersteuning", "8.940", "8.810", "8.690", "8.560"],
                    ["Afdracht sbo en so (DUO)", "3.620", "3.600", "3.580", "3.560"],
                    ["Schoolbudgetten besturen", "1.420", "1.400", "1.380", "1.360"],
                    ["Arrangementen niveau 2 en 3", "1.650", "1.620", "1.590", "1.560"],
                    ["Bovenschoolse voorzieningen (De Kiem, taalklas, plusklas, De Brug)", "1.310", "1.340", "1.340", "1.330"],
                    ["Bureau en personeel", "810", "820", "830", "840"],
                    ["Resultaat", "130", "30", "-30", "-90"]]),
         ("h2", "8.3 Reserves en verantwoording"),
         ("p", "Het weerstandsvermogen bedroeg eind 2025 11% van de baten. Wij houden een bandbreedte van 5 "
               "tot 8% aan; het meerdere wordt in deze planperiode ingezet, wat het negatieve resultaat in "
               "2028 en 2029 verklaart. De besturen verantwoorden de besteding van de schoolbudgetten "
               "jaarlijks vóór 1 mei met een vast format, dat in de bestuursvergadering wordt besproken."),
         ("h1", "9 Kwaliteit en resultaten"),
         ("p", "Het samenwerkingsverband vindt het belangrijk om te weten of de inzet van middelen en "
               "mensen iets oplevert voor kinderen. Het kwaliteitsbeleid richten wij in de loop van het "
               "schooljaar 2026-2027 opnieuw in. Welke resultaten wij beogen voor kinderen met een "
               "ondersteuningsbehoefte en hoe wij die gaan volgen, leggen wij vast in een afzonderlijk "
               "kwaliteitskader, dat na instemming van de ondersteuningsplanraad aan dit plan wordt "
               "toegevoegd."),
         ("h1", "10 Organisatie, personeel en medezeggenschap"), ("h2", "10.1 Bestuur en toezicht")] + \
        f_governance(c) + [("h2", "10.2 Personeel")] + f_personeel(c) + [
         ("h2", "10.3 Ondersteuningsplanraad")] + f_opr(c, True) + [
         ("h2", "10.4 Privacy en ICT")] + f_ict_privacy(c) + [
         ("h1", "11 Samenwerking met gemeenten")] + f_oogo(c, True) + f_overgang_vo(c) + [
         ("h1", "12 Planning en vaststelling")] + f_planning(c) + f_vaststelling(c) + [
         ("pagebreak", None),
         ("h1", "Bijlage 1 Begrippenlijst")] + glossary_po() + [
         ("h1", "Bijlage 2 Onafhankelijke ondersteuning voor ouders"),
         ("p", "Deze bijlage wordt gepubliceerd op de website van het samenwerkingsverband en wordt daar "
               "actueel gehouden.")]
    name = "po-veenkolonien-zuid"
    render_docx(b, OUT / f"{name}.docx", "Ondersteuningsplan 2026-2030 | Passend Primair VKZ",
                "Passend Primair Veenkoloniën-Zuid – basisondersteuning, toelaatbaarheid, ouders, middelen")
    write_label(name, label(
        [f"{name}.docx"], "po",
        {"terugstroom.procedure", "resultaten.doelen", "resultaten.monitoring", "ouders.steunpunt"},
        {"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
         "terugstroom": [], "financien": ["reserves", "verantwoording"],
         "dekkend-aanbod": ["ketenpartners"], "resultaten": [], "ouders": ["betrokkenheid"]},
        {"basisondersteuning": "Ch. 4: agreed minimum at every vestiging + bullet list of content; audit with kwaliteitskaart (borging).",
         "plaatsing": "Ch. 6: applicant, numbered steps, commissie within 6 weeks, criteria (a)-(d), two separate deskundigen, duration/category, bezwaar + LBC.",
         "terugstroom": "Policy (aim, rentree-arrangement, conditions) in 6.5 inside the TLV chapter; the procedure is explicitly deferred to the first plan year.",
         "financien": "Ch. 8 'Geld en middelen': per-pupil school budgets, vaste voet, loket arrangements; meerjarenbegroting table; reserves and verantwoording.",
         "dekkend-aanbod": "5.1 four levels + table; 5.2 zorgplicht, thuiszittersregistratie with terms, yearly gap analysis, new De Brug group.",
         "resultaten": "Ch. 9 only defers intended results and monitoring to a future kwaliteitskader; 'resultaten' elsewhere only in passing.",
         "ouders": "Ch. 7 'Communicatie': schoolgids, folder, information evenings, website (informatie). Independent help only referred to website/bijlage 2, which is a placeholder. Parents in OPR (10.3)."}))
    return name, b


# ----------------------------------------------------------------------------------------------
# Plan 2: PO, Noordoost-Twente, .pdf; numbering "Hoofdstuk N" and "§ N.M"
# ----------------------------------------------------------------------------------------------

def plan2():
    c = dict(naam="Stichting Samenwerkingsverband Noordoost-Twente PO", kort="SWV Noordoost-Twente",
             periode="2026-2030", regio="Noordoost-Twente",
             gemeenten="Dinkelland, Tubbergen, Losser en Oldenzaal", besturen=6, scholen=64, bao=61, spec=3,
             leerlingen="10.400", directeur="mr. A.M. (Anouk) Oude Vrielink", oogo_datum="3 maart 2026",
             opr_datum="14 april 2026", opr_leden=10)
    b = [("title", "Ondersteuningsplan SWV Noordoost-Twente PO"),
         ("p", "Planperiode 1 augustus 2026 – 31 juli 2030 | PO 23-96"),
         ("p", "'Samen sterk, dichtbij'"),
         ("pagebreak", None),
         ("h1", "Inhoudsopgave"),
         ("small", "Hoofdstuk 1 – Vooraf .......... 3"),
         ("small", "Hoofdstuk 2 – Wie wij zijn .......... 5"),
         ("small", "Hoofdstuk 3 – Koers .......... 7"),
         ("small", "Hoofdstuk 4 – Ondersteuning in Noordoost-Twente .......... 9"),
         ("small", "   § 4.1 Basisondersteuning .......... 9"),
         ("small", "   § 4.2 Van basis naar specialistisch .......... 10"),
         ("small", "   § 4.3 Geen kind tussen wal en schip .......... 12"),
         ("small", "Hoofdstuk 5 – Toewijzing en toelaatbaarheid .......... 14"),
         ("small", "Hoofdstuk 6 – Financieel beleid .......... 18"),
         ("small", "Hoofdstuk 7 – Wat willen we bereiken en hoe weten we dat .......... 21"),
         ("small", "Hoofdstuk 8 – Communicatie en samenspraak .......... 24"),
         ("small", "Hoofdstuk 9 – Organisatie en medezeggenschap .......... 26"),
         ("small", "Hoofdstuk 10 – Samenwerking in de regio .......... 29"),
         ("small", "Bijlage 1 – Afkortingen .......... 31"),
         ("small", "Bijlage 2 – Kwaliteitskaart basisondersteuning .......... 32"),
         ("small", "Bijlage 3 – Meerjarenbegroting 2026-2029 .......... 36"),
         ("pagebreak", None),
         ("h1", "Hoofdstuk 1 – Vooraf")] + f_voorwoord(c) + f_leeswijzer(c) + [
         ("h1", "Hoofdstuk 2 – Wie wij zijn")] + f_regio(c) + [
         ("p", "Noordoost-Twente grenst aan Duitsland. Een klein aantal kinderen woont aan de Duitse kant "
               "en gaat in Nederland naar school; omgekeerd komt dat ook voor. Voor deze kinderen maken wij "
               "afspraken met de Duitse Schulämter als dat nodig is.")] + [
         ("h1", "Hoofdstuk 3 – Koers")] + f_missie(c) + f_visie(c) + [
         ("h1", "Hoofdstuk 4 – Ondersteuning in Noordoost-Twente"),
         ("h2", "§ 4.1 Basisondersteuning"),
         ("p", "Basisondersteuning is in Noordoost-Twente het niveau dat alle aangesloten besturen samen "
               "hebben vastgesteld en dat elke school, op iedere locatie, aan ieder kind biedt. Het is de "
               "gemeenschappelijke vloer onder ons onderwijs. Besturen kunnen hun scholen boven dat niveau "
               "laten uitstijgen, maar niet eronder."),
         ("p", "Welke voorzieningen, interventies en deskundigheid tot de basisondersteuning behoren, is "
               "beschreven in de kwaliteitskaart basisondersteuning in bijlage 2. Die kaart is in het "
               "voorjaar van 2026 door de intern begeleiders geactualiseerd."),
         ("h2", "§ 4.2 Van basis naar specialistisch"),
         ("p", "Boven op de basisondersteuning kent ons verband drie lagen. In de eerste laag krijgt een "
               "school een schoolarrangement: een bedrag waarmee zij zelf extra ondersteuning organiseert, "
               "bijvoorbeeld een onderwijsassistent voor een groep of een leesspecialist. In de tweede laag "
               "krijgt een leerling een individueel arrangement na een consultatie met de onderwijsadviseur "
               "van het samenwerkingsverband, bijvoorbeeld ambulante begeleiding door so De Tilde of "
               "een time-out-traject van acht weken in de Kanteling-groep. In de derde laag gaat een "
               "leerling naar het sbo (De Esrand in Oldenzaal) of het so (De Tilde, cluster 3 en 4, met "
               "locaties in Losser en Denekamp)."),
         ("p", "Daarnaast zijn er regionale voorzieningen die meerdere lagen overspannen: de "
               "schakelklas voor nieuwkomers in Oldenzaal, de voltijds plusgroep De Uitkijk voor "
               "hoogbegaafde kinderen en het Jonge Kind-traject op twee kindcentra."),
         ("h2", "§ 4.3 Geen kind tussen wal en schip"),
         ("p", "Elke school heeft zorgplicht; ons samenwerkingsverband heeft de opdracht om samen met de "
               "besturen te zorgen dat die zorgplicht altijd kan worden waargemaakt. Daarom kennen wij de "
               "thuiszitterstafel. Die komt maandelijks bijeen met leerplicht, de jeugdteams van de vier "
               "gemeenten en de onderwijsadviseurs. Elk kind dat langer dan vier weken zonder passend "
               "onderwijs zit, komt op tafel. Voor elk kind wordt een casusregisseur aangewezen en "
               "binnen twee weken een plan opgesteld."),
         ("p", "Als ondanks alle inspanningen geen passende plek beschikbaar is, schakelt de "
               "directeur-bestuurder het escalatieoverleg in met de betrokken bestuurders. Uit de "
               "dossiers van de thuiszitterstafel halen wij twee keer per jaar de knelpunten; die worden "
               "besproken met de besturen en, als het om zorg gaat, met de gemeenten in het OOGO. Zo "
               "ontstond in 2024 de Kanteling-groep."),
         ("h1", "Hoofdstuk 5 – Toewijzing en toelaatbaarheid"),
         ("h2", "§ 5.1 Aanvraag"),
         ("p", "Het bevoegd gezag van de school van herkomst dient een aanvraag voor een TLV in bij het "
               "Loket Toewijzing. Ouders worden vooraf gehoord en tekenen het groeidocument voor gezien. "
               "Het loket zet de aanvraag binnen een week door naar de adviescommissie."),
         ("h2", "§ 5.2 Advies en besluit"),
         ("p", "De adviescommissie bestaat uit een orthopedagoog-generalist van het samenwerkingsverband en "
               "een jeugdarts van de GGD; bij gedragsvragen schuift een kinder- en jeugdpsycholoog aan. "
               "Iedere deskundige brengt een eigen schriftelijk advies uit. De directeur-bestuurder neemt "
               "het besluit binnen acht weken na ontvangst van de complete aanvraag en stuurt het met de "
               "adviezen naar de school en de ouders."),
         ("h2", "§ 5.3 Criteria"),
         ("p", "De criteria waaraan de adviescommissie een aanvraag toetst, stelt de commissie ieder "
               "schooljaar opnieuw vast. Zij maakt ze bekend aan de intern begeleiders via het besloten "
               "deel van de website."),
         ("h2", "§ 5.4 Geldigheid"),
         ("p", "Een TLV wordt in principe afgegeven voor twee schooljaren; voor kinderen met een "
               "ernstige meervoudige beperking kan een langere duur worden vastgesteld. Bij een TLV voor "
               "het so wordt de bekostigingscategorie (laag, midden of hoog) vermeld."),
         ("h2", "§ 5.5 Bezwaar"),
         ("p", "Tegen een besluit over toelaatbaarheid kunnen ouders en school binnen zes weken bezwaar "
               "maken. De bezwaaradviescommissie van het samenwerkingsverband hoort beide partijen en "
               "adviseert de directeur-bestuurder."),
         ("h2", "§ 5.6 Afloop van de TLV"),
         ("p", "In het laatste jaar van een TLV organiseert de s(b)o-school uiterlijk in maart een "
               "evaluatiegesprek met de ouders, de leerling waar dat kan, de onderwijsadviseur en een "
               "vertegenwoordiger van een basisschool in de woonplaats. In dat gesprek wordt besproken of "
               "het kind kan terugkeren, of een nieuwe TLV nodig is of dat een overstap naar een andere "
               "speciale school beter past. De s(b)o-school legt de uitkomst vast; bij terugkeer meldt de "
               "ouder het kind aan bij de basisschool en neemt de directeur-bestuurder binnen vier weken "
               "een besluit over het terugkeerarrangement. Vraagt de school een nieuwe TLV aan, dan loopt "
               "die aanvraag via § 5.1 en § 5.2."),
         ("p", "Ons beleid is 'terug waar het kan, blijven waar het moet'. Een terugkeer is geslaagd als het "
               "kind ook een jaar later nog met plezier op de basisschool zit. Daarom krijgt de ontvangende "
               "school een terugkeerarrangement van € 3.500 en twintig uur ambulante begeleiding door de "
               "leraar van het s(b)o, verspreid over het eerste halfjaar. In het schooljaar 2024-2025 zijn "
               "negen leerlingen teruggeplaatst naar het basisonderwijs, tegen zes een jaar eerder."),
         ("h1", "Hoofdstuk 6 – Financieel beleid"),
         ("h2", "§ 6.1 Verdeelmodel"),
         ("p", "Na aftrek van de afdrachten aan het sbo en so verdelen wij de middelen voor ondersteuning "
               "als volgt: 80% gaat naar de schoolbesturen naar rato van hun leerlingaantal op 1 oktober "
               "van het voorgaande jaar, voor basisondersteuning en schoolarrangementen; 20% blijft bij het "
               "samenwerkingsverband voor individuele arrangementen, de regionale voorzieningen en het "
               "Loket Toewijzing. Individuele arrangementen worden toegekend door de onderwijsadviseur "
               "binnen een jaarlijks budgetplafond per bestuur."),
         ("h2", "§ 6.2 Meerjarenbegroting"),
         ("p", "De meerjarenbegroting 2026-2029 was op het moment van schrijven nog niet vastgesteld, "
               "omdat de bekostiging voor 2027 en verder nog niet bekend was. De bedragen worden ingevuld "
               "na de decembercirculaire en in bijlage 3 opgenomen. Begroting 2026-2029: p.m."),
         ("h2", "§ 6.3 Reserves"),
         ("p", "Over de hoogte van de reserves en het weerstandsvermogen rapporteren wij in het "
               "jaarverslag."),
         ("h1", "Hoofdstuk 7 – Wat willen we bereiken en hoe weten we dat"),
         ("p", "Voor deze planperiode hebben wij samen met de besturen vijf beoogde resultaten geformuleerd "
               "voor kinderen met een ondersteuningsbehoefte. Bij elk resultaat hoort een indicator en een "
               "streefwaarde voor 2030."),
         ("table", [["Beoogd resultaat", "Indicator", "Nulmeting 2025", "Streefwaarde 2030"],
                    ["Kinderen met een arrangement maken voldoende groei", "Aandeel OPP-doelen behaald", "71%", "85%"],
                    ["Minder kinderen zonder passend onderwijs", "Thuiszitters > 4 weken op 1 maart", "14", "maximaal 5"],
                    ["Meer kinderen blijven thuisnabij", "Deelname sbo + so", "3,4%", "3,0%"],
                    ["Terugkeer wordt gewoon", "Teruggeplaatste leerlingen per jaar", "9", "15"],
                    ["Scholen voldoen aan de basisondersteuning", "Scholen die alle standaarden halen", "48 van 61", "61 van 61"]]),
         ("p", "Hoe wij meten: de onderwijsadviseurs leggen per arrangement de behaalde OPP-doelen vast in "
               "het dossiersysteem; de thuiszitterstafel houdt de thuiszitters bij; de deelname en "
               "terugkeer halen wij uit de telling van 1 oktober. Twee keer per jaar maakt de "
               "beleidsmedewerker een dashboard dat wordt besproken in het directeurenoverleg en met de "
               "raad van toezicht. In het jaarverslag rapporteren wij per indicator de bereikte waarde en "
               "de besteding die ermee samenhangt. In 2028 voert een extern bureau een tussenevaluatie uit; "
               "de uitkomsten bespreken wij met de ondersteuningsplanraad en leiden zo nodig tot "
               "bijstelling van het jaarplan."),
         ("h1", "Hoofdstuk 8 – Communicatie en samenspraak")] + f_communicatie_algemeen(c) + [
         ("p", "Ouders vinden op de website een ouderpagina met uitleg over basisondersteuning, "
               "arrangementen en de toelaatbaarheidsverklaring, met een stroomschema in beeld. Elke school "
               "neemt in de schoolgids een vaste paragraaf over ondersteuning op, met de naam van de "
               "intern begeleider. Bij een eerste gesprek over een arrangement krijgen ouders de "
               "oudermap 'Samen kijken naar je kind'. Twee keer per jaar houden wij een spreekuur voor "
               "ouders in Oldenzaal en Tubbergen."),
         ("p", "Wie een vraag heeft die de school niet kan beantwoorden, of het oneens is met de school, kan "
               "terecht bij het Ouder- en Jeugdsteunpunt Rondom Twente. Dat steunpunt is onafhankelijk van "
               "scholen en samenwerkingsverband: het geeft informatie, denkt mee en kan een gesprek "
               "begeleiden. Daarnaast kunnen ouders kosteloos een onderwijsconsulent inschakelen. Voor "
               "klachten geldt de klachtenregeling van het samenwerkingsverband en de landelijke "
               "Geschillencommissie passend onderwijs."),
         ("h1", "Hoofdstuk 9 – Organisatie en medezeggenschap")] + f_governance(c) + f_opr(c, True) + \
        f_personeel(c) + f_ict_privacy(c) + [
         ("h1", "Hoofdstuk 10 – Samenwerking in de regio")] + f_oogo(c, True) + f_overgang_vo(c) + \
        f_kinderopvang(c) + f_vaststelling(c) + [
         ("pagebreak", None),
         ("h1", "Bijlage 1 – Afkortingen"),
         ("table", [["Afkorting", "Betekenis"], ["IB", "Intern begeleider"], ["OJSP", "Ouder- en jeugdsteunpunt"],
                    ["OOGO", "Op overeenstemming gericht overleg"], ["OPP", "Ontwikkelingsperspectiefplan"],
                    ["OPR", "Ondersteuningsplanraad"], ["SBO", "Speciaal basisonderwijs"],
                    ["SO", "Speciaal onderwijs"], ["TLV", "Toelaatbaarheidsverklaring"],
                    ["TLV-criteria", "Criteria voor toelaatbaarheid (zie hoofdstuk 5)"]]),
         ("h1", "Bijlage 2 – Kwaliteitskaart basisondersteuning"),
         ("p", "[Wordt als afzonderlijk document aangeleverd.]"),
         ("h1", "Bijlage 3 – Meerjarenbegroting 2026-2029"),
         ("p", "p.m.")]
    name = "po-noordoost-twente"
    docx_to_pdf(b, OUT / f"{name}.pdf", "SWV Noordoost-Twente PO – Ondersteuningsplan 2026-2030",
                "Samen sterk, dichtbij – versie OPR april 2026")
    write_label(name, label(
        [f"{name}.pdf"], "po",
        {"basisondersteuning.inhoud", "plaatsing.criteria", "financien.besteding"},
        {"basisondersteuning": [], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
         "terugstroom": ["monitoring"], "financien": [],
         "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
        {"basisondersteuning": "§ 4.1 defines the level for every location; the content is only referred to bijlage 2, which is an empty placeholder.",
         "plaatsing": "Ch. 5: applicant, loket, two separate deskundigen, decision within 8 weeks, duration, bezwaar; criteria (§ 5.3) set yearly by the commissie elsewhere, not stated.",
         "terugstroom": "Hidden in § 5.6 of the TLV chapter: evaluation in last TLV year, who decides, terugkeerarrangement policy, figures.",
         "financien": "§ 6.1 verdeelmodel 80/20 by pupil count; meerjarenbegroting 'p.m.' (§ 6.2 and bijlage 3); reserves only referred to jaarverslag.",
         "dekkend-aanbod": "§ 4.2 three layers + regional provisions; § 4.3 zorgplicht, thuiszitterstafel, escalatieoverleg, knelpunten analysis.",
         "resultaten": "Ch. 7: five intended results with indicators/streefwaarden (table) and how measured, dashboard, jaarverslag, tussenevaluatie.",
         "ouders": "Ch. 8 'Communicatie en samenspraak': website, schoolgids, oudermap, spreekuur; OJSP Rondom Twente, onderwijsconsulenten, klachten."}))
    return name, b


# ----------------------------------------------------------------------------------------------
# Plan 3: PO, Westergo (Friesland), .docx; numbering "A.", "A.1"
# ----------------------------------------------------------------------------------------------

def plan3():
    c = dict(naam="Samenwerkingsverband Primair Onderwijs Westergo", kort="SWV Westergo",
             periode="2026-2030", regio="Westergo",
             gemeenten="Súdwest-Fryslân, Harlingen en Waadhoeke", besturen=9, scholen=96, bao=92, spec=4,
             leerlingen="11.200", directeur="drs. S. (Sjoukje) de Boer", oogo_datum="27 januari 2026",
             opr_datum="17 maart 2026", opr_leden=14)
    b = [("title", "Ondersteuningsplan 2026-2030: Elk bern telt"),
         ("p", "Samenwerkingsverband Primair Onderwijs Westergo – PO 21-95"),
         ("p", "Concept ter instemming OPR, definitief na vaststelling 31 maart 2026"),
         ("pagebreak", None),
         ("h1", "Inhoudsopgave"),
         ("small", "A. Inleiding"), ("small", "B. De basisbelofte"),
         ("small", "C. Het ondersteuningsaanbod"), ("small", "   C.3 Dekkend aanbod en thuiszitters"),
         ("small", "D. Ambities en beoogde resultaten"),
         ("small", "E. Toewijzing"), ("small", "   E.2 Toelaatbaarheid SBO/SO"),
         ("small", "   E.3 Terug naar de basisschool"),
         ("small", "F. Ouders"), ("small", "G. Financiën"),
         ("small", "H. Organisatie"), ("small", "I. Samenwerking met gemeenten en jeugdhulp"),
         ("small", "J. Begrippen"),
         ("pagebreak", None),
         ("h1", "A. Inleiding"), ("h2", "A.1 Voorwoord")] + f_voorwoord(c) + [
         ("h2", "A.2 Leeswijzer")] + f_leeswijzer(c) + f_totstandkoming(c) + [
         ("h2", "A.3 Ons gebied")] + f_regio(c) + [
         ("p", "Westergo is een tweetalige regio. Op veel scholen wordt Fries gesproken en een groot deel "
               "van de scholen is drietalig (Fries, Nederlands, Engels). Taalontwikkeling in twee of drie "
               "talen vraagt om specifieke kennis bij leraren en intern begeleiders; in het "
               "scholingsaanbod besteden wij daar aandacht aan."),
         ("h2", "A.4 Missie en visie")] + f_missie(c) + f_visie(c) + [
         ("h1", "B. De basisbelofte"),
         ("p", "Wat elders 'basisondersteuning' heet, noemen wij in Westergo de basisbelofte. Het is de "
               "belofte die alle negen besturen samen doen aan ieder kind en iedere ouder: op elke school "
               "en op elke vestiging in ons gebied, ook op de kleinste dorpsschool op een van de "
               "terpen, is minimaal het onderstaande aanwezig. Geen aanvraag, geen indicatie: het is de "
               "ondergrens die wij met elkaar hebben vastgesteld."),
         ("table", [["Onderdeel", "Wat u op elke school mag verwachten"],
                    ["Begeleiding", "Een intern begeleider die minimaal één dag per week beschikbaar is; bij scholen onder 80 leerlingen gedeeld met een buurschool"],
                    ["Lezen en dyslexie", "Vroegsignalering in groep 2 en 3, een leesinterventie volgens het protocol, begeleiding naar het vergoede dyslexietraject"],
                    ["Rekenen", "Signalering en aanpak volgens het protocol ernstige rekenwiskunde-problemen"],
                    ["Gedrag en welbevinden", "Een schoolbreed gedragsprotocol, een anti-pestcoördinator en jaarlijkse meting van sociale veiligheid"],
                    ["Meertaligheid", "Aanpak voor kinderen die het Nederlands of Fries nog niet beheersen, met inzet van de taalcoach"],
                    ["Plannen", "Groepsplan of groepsoverzicht met afstemming per kind; OPP voor kinderen met een eigen leerlijn"],
                    ["Samenwerking", "Een ondersteuningsteam met een orthopedagoog van het samenwerkingsverband en het gebiedsteam"],
                    ["Fysieke toegankelijkheid", "Gebouw bruikbaar voor kinderen met een lichte motorische beperking, of een vaste afspraak met een buurschool"]]),
         ("p", "Elk jaar controleert het samenwerkingsverband in de schoolgids of de basisbelofte volledig "
               "is beschreven. Ontbreekt er iets, dan volgt een gesprek met de directeur en het bestuur."),
         ("h1", "C. Het ondersteuningsaanbod"),
         ("h2", "C.1 Extra ondersteuning op de eigen school"),
         ("p", "Heeft een kind meer nodig dan de basisbelofte, dan kan de school een arrangement "
               "inzetten. Scholen hebben daarvoor een eigen arrangementenbudget (zie G). Voorbeelden: "
               "een onderwijsassistent voor enkele dagdelen, een gedragsspecialist die de leraar coacht, "
               "ambulante begeleiding door een cluster-3- of cluster-4-school of een "
               "taalklasplek voor een nieuwkomer."),
         ("h2", "C.2 Bovenschoolse en speciale voorzieningen"),
         ("p", "Voor kinderen die tijdelijk of langdurig meer nodig hebben, zijn er bovenschoolse "
               "voorzieningen: de Observaasjegroep in Sneek (maximaal een half jaar, voor kinderen bij wie "
               "de vraag nog niet helder is), de Taalskoalle voor nieuwkomers in Bolsward en Harlingen, en "
               "de voltijds hoogbegaafdenklas in Franeker. Het speciaal basisonderwijs is in ons gebied "
               "vertegenwoordigd door sbo De Gearing (Sneek) en sbo It Skipfeart (Harlingen); het speciaal "
               "onderwijs door so De Wâlden (cluster 4) en de zml-afdeling van so De Finne (cluster 3). "
               "Samen vormen deze scholen en voorzieningen met de basisbelofte en de arrangementen één "
               "doorlopende lijn van licht naar zwaar."),
         ("h2", "C.3 Dekkend aanbod en thuiszitters"),
         ("p", "Het aantal thuiszitters in Westergo is in vergelijking met andere regio's beperkt, maar ieder "
               "kind dat thuiszit is er een te veel. Of ons aanbod werkelijk dekkend is en wat wij doen als "
               "er voor een kind (nog) geen passende plek is, brengen wij in het schooljaar 2026-2027 "
               "samen met de gemeenten in kaart; de uitkomsten verwerken wij daarna in dit plan."),
         ("h1", "D. Ambities en beoogde resultaten"),
         ("p", "Voor kinderen die extra ondersteuning nodig hebben, willen wij aan het einde van deze "
               "planperiode het volgende hebben bereikt:"),
         ("ol", ["In 2028 voldoen alle 92 basisscholen aantoonbaar aan alle onderdelen van de basisbelofte "
                 "(2025: 74 scholen).",
                 "Ten minste 80% van de kinderen met een arrangement haalt de doelen uit het "
                 "ontwikkelingsperspectief of het handelingsplan.",
                 "Het aandeel leerlingen in sbo en so blijft onder de 3,5% van de leerlingen in ons gebied.",
                 "Kinderen met een meertalige achtergrond stromen even vaak door naar havo/vwo als hun "
                 "leeftijdsgenoten met een vergelijkbare toets-uitslag.",
                 "Ouders geven de samenwerking met de school rond ondersteuning gemiddeld minimaal een 7,5."]),
         ("p", "Op welke manier wij deze resultaten meten, wie ze verzamelt en hoe wij erover rapporteren, "
               "wordt uitgewerkt in een monitoringsplan dat in de loop van 2026 verschijnt."),
         ("h1", "E. Toewijzing"),
         ("h2", "E.1 Arrangementen"),
         ("p", "Scholen zetten arrangementen in vanuit hun eigen budget. Een arrangement boven € 8.000 "
               "per leerling per jaar bespreken zij vooraf met de orthopedagoog van het "
               "samenwerkingsverband."),
         ("h2", "E.2 Toelaatbaarheid SBO/SO"),
         ("p", "De werkwijze rond toelaatbaarheidsverklaringen voor sbo en so is beschreven in het "
               "Handboek Toewijzing Westergo. Het bestuur stelt dat handboek vast als afzonderlijk "
               "document; het maakt geen deel uit van dit plan."),
         ("h2", "E.3 Terug naar de basisschool"),
         ("p", "Over de terugkeer van leerlingen uit sbo en so naar de basisschool maken wij in het "
               "schooljaar 2026-2027 nieuwe afspraken met de speciale scholen. Tot die tijd geldt wat "
               "daarover in het Handboek Toewijzing staat."),
         ("h1", "F. Ouders"),
         ("p", "Ouders zijn de eerste partners van de school. Zij zijn betrokken bij het opstellen en "
               "evalueren van het ontwikkelingsperspectief en hebben instemmingsrecht op het "
               "handelingsdeel daarvan. In de ondersteuningsplanraad hebben zeven ouders zitting."),
         ("p", "Informatie over ondersteuning krijgen ouders langs drie wegen. Ten eerste via de "
               "schoolgids, waarin iedere school de basisbelofte en haar extra aanbod beschrijft. Ten "
               "tweede via de ouderwebsite 'Elk bern telt' van het samenwerkingsverband, met uitleg in "
               "het Nederlands en het Fries over arrangementen, bovenschoolse voorzieningen en het sbo en "
               "so. Ten derde via de oudercontactpersoon van het samenwerkingsverband, die ouders belt "
               "of thuis bezoekt als zij daarom vragen."),
         ("p", "Ouders die onafhankelijk advies zoeken, kunnen terecht bij het Ouder- en Jeugdsteunpunt "
               "Fryslân, dat los staat van scholen en samenwerkingsverband. Ook kunnen zij gratis een "
               "onderwijsconsulent inschakelen als zij vastlopen in de zoektocht naar een passende plek. "
               "Bij een klacht of geschil geldt de klachtenregeling van het bestuur van de school; "
               "geschillen over de zorgplicht kunnen worden voorgelegd aan de Geschillencommissie passend "
               "onderwijs."),
         ("h1", "G. Financiën"),
         ("p", "De onderstaande tabellen geven het verdeelmodel en de meerjarenbegroting."),
         ("table", [["Component verdeelmodel", "Grondslag", "Bedrag / regel"],
                    ["Basisbudget bestuur", "Leerlingen op 1 oktober t-1", "€ 165 per leerling"],
                    ["Kleine-scholentoeslag", "Scholen < 80 leerlingen", "€ 5.000 per school"],
                    ["Arrangementenbudget", "Gewogen leerlingaantal (gewicht 1,3 voor leerlingen met een NT2-achtergrond)", "€ 95 per gewogen leerling"],
                    ["Bovenschoolse voorzieningen", "Centraal bekostigd", "Toegang via orthopedagoog SWV"],
                    ["Restant na jaarafsluiting", "Terug naar besturen", "Naar rato leerlingaantal, indien weerstandsvermogen > 8%"]]),
         ("table", [["Meerjarenbegroting (x € 1.000)", "2026", "2027", "2028", "2029"],
                    ["Rijksbijdrage lichte en zware ondersteuning", "10.310", "10.190", "10.060", "9.950"],
                    ["Afdrachten sbo en so", "4.180", "4.150", "4.120", "4.090"],
                    ["Basisbudget besturen", "1.850", "1.830", "1.810", "1.790"],
                    ["Kleine-scholentoeslag", "170", "170", "165", "165"],
                    ["Arrangementenbudget", "1.290", "1.270", "1.250", "1.230"],
                    ["Bovenschoolse voorzieningen", "1.950", "1.960", "1.960", "1.950"],
                    ["Bureau, orthopedagogen, scholing", "880", "890", "900", "910"],
                    ["Saldo", "-10", "-80", "-145", "-185"]]),
         ("h1", "H. Organisatie"), ("h2", "H.1 Bestuur")] + f_governance(c) + [
         ("h2", "H.2 Medewerkers en scholing")] + f_personeel(c) + [
         ("h2", "H.3 Medezeggenschap")] + f_opr(c, True) + [
         ("h2", "H.4 Gegevens en privacy")] + f_ict_privacy(c) + [
         ("h2", "H.5 Communicatie met scholen")] + f_communicatie_algemeen(c) + [
         ("h2", "H.6 Huisvesting")] + f_huisvesting(c) + [
         ("h1", "I. Samenwerking met gemeenten en jeugdhulp")] + f_oogo(c, True) + f_overgang_vo(c) + \
        f_kinderopvang(c) + f_vaststelling(c) + [
         ("pagebreak", None),
         ("h1", "J. Begrippen")] + glossary_po()
    name = "po-westergo"
    render_docx(b, OUT / f"{name}.docx", "SWV PO Westergo – Ondersteuningsplan 2026-2030 – Elk bern telt",
                "Westergo: basisbelofte | toewijzing | terugkeer | ouders | financiën")
    write_label(name, label(
        [f"{name}.docx"], "po",
        {"plaatsing.procedure", "plaatsing.criteria", "terugstroom.procedure", "terugstroom.beleid",
         "dekkend-aanbod.lacunes", "resultaten.monitoring"},
        {"basisondersteuning": ["borging"], "plaatsing": [], "terugstroom": [], "financien": ["reserves"],
         "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
        {"basisondersteuning": "Ch. B 'De basisbelofte' (unusual term): agreed floor at every vestiging + content table; yearly schoolgids check.",
         "plaatsing": "E.2 only refers to a separate Handboek Toewijzing not included; TLV only in TOC and begrippen.",
         "terugstroom": "E.3 defers new agreements to 2026-2027 and refers to the absent handboek; 'Terugplaatsing' only in TOC/glossary.",
         "financien": "Ch. G content only in tables: verdeelmodel components with amounts and meerjarenbegroting; reserve rule in table row.",
         "dekkend-aanbod": "C.1-C.2 describe the continuum; C.3 only says thuiszitters are 'beperkt' and defers the gap analysis to 2026-2027.",
         "resultaten": "Ch. D: five intended results with numbers; measurement/reporting deferred to a monitoringsplan 'in de loop van 2026'.",
         "ouders": "Ch. F: schoolgids, ouderwebsite, oudercontactpersoon; OJSP Fryslân, onderwijsconsulenten, klachten/geschillen; parents in OPR/OPP."}))
    return name, b


# ----------------------------------------------------------------------------------------------
# Plan 4: PO, Oost-Achterhoek, .pdf; numbering roman "I.", "IV.2"
# ----------------------------------------------------------------------------------------------

def plan4():
    c = dict(naam="Samenwerkingsverband PO Oost-Achterhoek", kort="SWV Oost-Achterhoek",
             periode="2026-2030", regio="de Oost-Achterhoek",
             gemeenten="Winterswijk, Aalten, Oost Gelre en Berkelland", besturen=5, scholen=71, bao=68, spec=3,
             leerlingen="9.100", directeur="dr. M.G.H. (Marieke) Te Winkel", oogo_datum="19 februari 2026",
             opr_datum="31 maart 2026", opr_leden=8)
    b = [("title", "Samen Verder – Ondersteuningsplan 2026-2030"),
         ("p", "Samenwerkingsverband PO Oost-Achterhoek (PO 25-98)"),
         ("p", "Met in dit plan: basisondersteuning, toelaatbaarheid, terugplaatsing, middelen, "
               "resultaten en ouders"),
         ("pagebreak", None),
         ("h1", "Inhoud"),
         ("small", "I. Vooraf"), ("small", "II. Basisondersteuning"), ("small", "III. Ondersteuningsstructuur"),
         ("small", "IV. Toelaatbaarheid speciaal (basis)onderwijs"), ("small", "V. Thuiszitters en dekkend netwerk"),
         ("small", "VI. Kwaliteit en evaluatie"), ("small", "VII. Samenwerking met het speciaal onderwijs"),
         ("small", "VIII. Middelen"), ("small", "IX. Ouders"), ("small", "X. Bestuur, personeel en medezeggenschap"),
         ("small", "XI. Gemeenten en jeugdhulp"), ("small", "XII. Vaststelling"), ("small", "Begrippenlijst"),
         ("pagebreak", None),
         ("h1", "I. Vooraf")] + f_voorwoord(c) + f_leeswijzer(c) + f_totstandkoming(c) + f_regio(c) + \
        f_missie(c) + f_huisvesting(c) + [
         ("p", "Samen Verder is de titel van dit plan, omdat wij in de vorige periode hebben gemerkt dat "
               "besturen elkaar beter weten te vinden dan vroeger. In de Achterhoek is 'noaberschap' geen "
               "leeg woord: je helpt je buren, en je verwacht dat zij jou helpen. Die houding willen wij "
               "ook in het onderwijs vasthouden, tussen scholen, tussen besturen en tussen onderwijs en "
               "de gemeenten."),
         ("h1", "II. Basisondersteuning"),
         ("p", "In het voorjaar van 2025 is het advies over een landelijke norm voor basisondersteuning "
               "verschenen. Zolang onduidelijk is of en wanneer die norm wettelijk wordt vastgelegd, "
               "wachten wij met het vastleggen van een eigen regionale standaard. Wij werken de "
               "basisondersteuning uit zodra de landelijke kaders bekend zijn. Tot die tijd verwijzen wij "
               "naar de schoolondersteuningsprofielen en schoolgidsen van de afzonderlijke scholen."),
         ("h1", "III. Ondersteuningsstructuur"),
         ("p", "Het model van ondersteuningsniveaus uit het vorige plan wordt herzien. De werkgroep "
               "Arrangeren, met intern begeleiders van alle besturen, brengt in het voorjaar van 2027 "
               "advies uit over een nieuw model. Het nieuwe model nemen wij na instemming van de "
               "ondersteuningsplanraad in dit plan op."),
         ("h1", "IV. Toelaatbaarheid speciaal (basis)onderwijs"),
         ("h2", "IV.1 Het verloop van een aanvraag"),
         ("p", "Een aanvraag voor een toelaatbaarheidsverklaring wordt gedaan door het schoolbestuur van "
               "de school waar het kind is ingeschreven; bij een kind dat nog niet naar school gaat door "
               "het bestuur van de school van aanmelding. Voordat de aanvraag wordt ingediend, is er een "
               "multidisciplinair overleg (MDO) waarin ouders, school, de trajectbegeleider van het "
               "samenwerkingsverband en zo nodig het jeugdteam samen de ondersteuningsvraag bepalen. De "
               "trajectbegeleider stelt het verslag op; de school dient de aanvraag met dat verslag in bij "
               "het Bureau Toelaatbaarheid. Daarna vraagt het bureau twee afzonderlijke deskundigenadviezen "
               "op: van een orthopedagoog of psycholoog die niet bij het kind betrokken was, en van een "
               "tweede deskundige (jeugdarts, maatschappelijk werker of kinderpsychiater) afhankelijk van "
               "de vraag. De Commissie van Toelaatbaarheid besluit binnen zes weken; in spoedsituaties "
               "binnen tien werkdagen."),
         ("h2", "IV.2 De vier toetsstenen"),
         ("p", "Een kind wordt toelaatbaar verklaard voor het sbo of so als alle vier toetsstenen met "
               "'ja' worden beantwoord:"),
         ("ol", ["Heeft de school in het afgelopen jaar aantoonbaar handelingsgericht gewerkt, met ten "
                 "minste twee geëvalueerde cycli van een OPP?",
                 "Is de ondersteuningsbehoefte zo groot of zo complex dat een reguliere school die ook "
                 "met extra inzet van het samenwerkingsverband niet kan bieden?",
                 "Biedt het gekozen type speciaal onderwijs naar het oordeel van beide deskundigen de "
                 "beste kans op ontwikkeling, gelet op leren, gedrag, zelfredzaamheid en welbevinden?",
                 "Zijn de ouders gehoord en is hun zienswijze meegewogen?"]),
         ("h2", "IV.3 Duur en bezwaar"),
         ("p", "Een TLV sbo wordt afgegeven tot het einde van het schooljaar waarin het kind de "
               "basisschoolleeftijd verlaat, tenzij de commissie een kortere termijn kiest. Een TLV so "
               "wordt afgegeven voor twee schooljaren in de categorie laag, midden of hoog. Wie het niet "
               "eens is met een besluit, kan binnen zes weken een bezwaarschrift indienen; de "
               "bezwaaradviescommissie adviseert de commissie voordat die opnieuw besluit."),
         ("h1", "V. Thuiszitters en dekkend netwerk"),
         ("p", "Wij willen dat er in de Oost-Achterhoek geen kind thuis zit zonder onderwijs. In 2025 "
               "waren er op de peildatum 1 maart 13 leerlingen die langer dan vier weken niet naar school "
               "gingen, en 4 leerlingen met een vrijstelling van de leerplicht. Samen met de vier "
               "gemeenten hebben wij het Thuiszitterspact Oost-Achterhoek gesloten. Daarin staan deze "
               "afspraken:"),
         ("ul", ["De school meldt verzuim van meer dan drie aaneengesloten weken bij leerplicht en bij de "
                 "trajectbegeleider van het samenwerkingsverband.",
                 "Binnen tien schooldagen is er een overleg met ouders, school, leerplicht en jeugdteam, "
                 "waarin een casusregisseur wordt aangewezen.",
                 "Lukt het niet binnen drie maanden een passende plek te vinden, dan organiseert het "
                 "samenwerkingsverband een bestuurlijk overleg en wordt een tijdelijk maatwerktraject "
                 "ingezet, zo nodig buiten de eigen regio.",
                 "Elk kwartaal bespreken wij de lijst met de leerplichtambtenaren; eens per jaar stellen "
                 "wij vast welke plekken in de regio ontbreken en leggen wij dat voor aan de besturen en "
                 "de gemeenten."]),
         ("p", "Uit de analyse van 2025 bleek dat vooral kinderen met een combinatie van autisme en "
               "angstproblematiek tussen wal en schip vallen. Met so De Driehoek en twee zorgaanbieders "
               "werken wij aan een kleinschalige plek voor deze kinderen."),
         ("h1", "VI. Kwaliteit en evaluatie"),
         ("h2", "VI.1 Wat wij in 2030 willen zien"),
         ("ul", ["Het aantal kinderen dat langer dan vier weken thuis zit, is gedaald van 13 naar hooguit 5.",
                 "Minstens drie op de vier kinderen met een OPP halen het uitstroomperspectief dat bij de "
                 "start van het OPP is vastgesteld.",
                 "Elk jaar keren minimaal tien kinderen uit het sbo of so terug naar een basisschool.",
                 "Leraren die een kind met extra ondersteuning in de groep hebben, geven de steun vanuit "
                 "het samenwerkingsverband minimaal een 7."]),
         ("h2", "VI.2 Zo houden wij de vinger aan de pols"),
         ("p", "De trajectbegeleiders registreren bij elk OPP-kind het uitstroomperspectief en de "
               "bereikte uitstroom. Het bureau telt twee keer per jaar het aantal thuiszitters en het "
               "aantal teruggeplaatste kinderen. Eens per jaar houden wij een enquête onder leraren. De "
               "uitkomsten staan in een jaarlijkse kwaliteitsrapportage die in oktober naar het bestuur, "
               "de raad van toezicht en de ondersteuningsplanraad gaat en op de website wordt "
               "gepubliceerd. Als een resultaat twee jaar achter elkaar achterblijft, stellen wij met de "
               "besturen een verbeterplan op."),
         ("h1", "VII. Samenwerking met het speciaal onderwijs"),
         ("p", "Met sbo De Boomgaard, so De Driehoek en so Het Palet (cluster 3) overleggen wij vier keer per "
               "jaar. Naast het gezamenlijke scholingsaanbod is één onderwerp in deze planperiode "
               "speerpunt: de weg terug naar de basisschool."),
         ("h2", "VII.1 De weg terug: zo gaat het"),
         ("p", "Halverwege de looptijd van elke TLV bespreekt de commissie van begeleiding van de speciale "
               "school met de ouders of terugkeer een reëel perspectief is. Uiterlijk zes maanden voor het "
               "aflopen van de TLV volgt een overdrachtsgesprek met de ouders, de speciale school, de "
               "trajectbegeleider en de beoogde basisschool. De trajectbegeleider stelt daarna een "
               "terugkeeradvies op; de Commissie van Toelaatbaarheid beslist of de leerling terugkeert of "
               "dat een nieuwe TLV wordt afgegeven. Na de terugkeer is er na drie en na twaalf maanden een "
               "evaluatiegesprek; daarmee is het traject afgesloten."),
         ("h2", "VII.2 Waarom en onder welke voorwaarden"),
         ("p", "Wij willen dat kinderen niet langer in het speciaal onderwijs blijven dan nodig. Een "
               "terugkeer kan pas als de basisschool een passend plan heeft en de ouders ermee instemmen. "
               "De speciale school blijft het eerste jaar na de terugkeer betrokken: een leraar van de "
               "speciale school komt maandelijks op de basisschool en is telefonisch bereikbaar voor de "
               "leraar. Het kind mag in dat jaar terugvallen op de speciale school als het echt niet gaat, "
               "zonder nieuwe aanvraag."),
         ("h1", "VIII. Middelen"),
         ("p", "Het samenwerkingsverband ontvangt van het Rijk middelen voor lichte en zware ondersteuning. "
               "Hoe deze worden verdeeld en waaraan ze worden besteed, legt het bestuur elk jaar vast in de "
               "begroting en het bestedingsplan. Die documenten worden afzonderlijk vastgesteld en maken "
               "geen deel uit van dit ondersteuningsplan."),
         ("h1", "IX. Ouders"),
         ("p", "Ouders hebben een belangrijke rol. Zij worden uitgenodigd bij elk MDO en hun zienswijze "
               "weegt mee bij een toelaatbaarheidsverklaring. In de ondersteuningsplanraad hebben vier "
               "ouders zitting."),
         ("p", "Hoe wij ouders informeren over de ondersteuningsmogelijkheden, staat in ons "
               "communicatieplan; dit is te vinden op onze website."),
         ("p", "Soms lopen ouders vast of verschillen zij met school van mening over wat hun kind nodig "
               "heeft. Dan kunnen zij terecht bij het Ouder- en Jeugdsteunpunt Achterhoek, dat onafhankelijk "
               "is van scholen en samenwerkingsverband en gratis advies en begeleiding geeft, of bij de "
               "onderwijsconsulenten. Als een gesprek niet helpt, kan een klacht worden ingediend bij de "
               "landelijke klachtencommissie waarbij het bestuur van de school is aangesloten."),
         ("h1", "X. Bestuur, personeel en medezeggenschap")] + f_governance(c) + f_personeel(c) + \
        f_opr(c, True) + f_ict_privacy(c) + f_communicatie_algemeen(c) + [
         ("h1", "XI. Gemeenten en jeugdhulp")] + f_oogo(c, False) + [
         ("p", "In de jeugdhulpregio Achterhoek is afgesproken dat het jeugdteam aanschuift bij het MDO als "
               "er ook thuis zorgen zijn. Zo voorkomen wij dat ouders hun verhaal twee keer moeten doen."),
         ] + f_overgang_vo(c) + f_kinderopvang(c) + [
         ("h1", "XII. Vaststelling")] + f_vaststelling(c) + f_planning(c) + [
         ("pagebreak", None),
         ("h1", "Begrippenlijst")] + glossary_po() + [
         ("table", [["Aanvullend begrip", "Omschrijving"],
                    ["Basisondersteuning (uitgebreid)", "Het geheel van preventieve en licht curatieve interventies, zoals dyslexie- en dyscalculieprotocol, een gedragsaanpak en een intern begeleider, dat alle scholen op elke vestiging bieden."],
                    ["Ondersteuningsniveaus", "Niveau 1 basis, niveau 2 extra op school, niveau 3 bovenschools, niveau 4 speciaal onderwijs."],
                    ["Verdeelmodel", "Bedrag per leerling naar de besturen plus centraal budget voor arrangementen."]])]
    name = "po-oost-achterhoek"
    docx_to_pdf(b, OUT / f"{name}.pdf", "Samen Verder | SWV PO Oost-Achterhoek | Ondersteuningsplan 2026-2030",
                "Basisondersteuning – Toelaatbaarheid – Middelen – Ouders")
    write_label(name, label(
        [f"{name}.pdf"], "po",
        {"basisondersteuning.niveau", "basisondersteuning.inhoud", "financien.verdeling",
         "financien.besteding", "dekkend-aanbod.continuum", "ouders.informatie"},
        {"basisondersteuning": [], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
         "terugstroom": ["monitoring"], "financien": [],
         "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
        {"basisondersteuning": "Ch. II defers to the landelijke norm and refers to the schools' SOPs; the content appears only in the begrippenlijst (trap).",
         "plaatsing": "Ch. IV: applicant, MDO, Bureau, two independent deskundigen, commissie within 6 weeks; 'vier toetsstenen' as criteria; duration/category; bezwaar.",
         "terugstroom": "Ch. VII 'Samenwerking met het speciaal onderwijs': 'de weg terug' steps, who decides, evaluations, aims, conditions and support after return.",
         "financien": "Ch. VIII only says the distribution and spending are fixed in separate documents not part of the plan; verdeelmodel only in glossary.",
         "dekkend-aanbod": "Ch. V: thuiszitterspact with terms, yearly gap analysis (lacunes); Ch. III defers the ondersteuningsstructuur/continuum to 2027.",
         "resultaten": "Ch. VI 'Kwaliteit en evaluatie': intended results for 2030 with numbers; measurement, kwaliteitsrapportage, verbeterplan.",
         "ouders": "Ch. IX: informing parents only referred to a communicatieplan on the website; OJSP Achterhoek, onderwijsconsulenten, klachten (steunpunt); MDO/OPR role."}))
    return name, b


# ----------------------------------------------------------------------------------------------
# Plan 5: VO, Eems-Dollard (Oost-Groningen), .html; numbering "1.", "1.a"
# ----------------------------------------------------------------------------------------------

def plan5():
    c = dict(naam="Samenwerkingsverband VO Eems-Dollard", kort="SWV VO Eems-Dollard", periode="2026-2030",
             regio="Noordoost- en Oost-Groningen", gemeenten="Eemsdelta, Oldambt, Pekela en Veendam",
             oogo_datum="5 maart 2026", opr_datum="9 april 2026",
             code="de Code Goed Onderwijsbestuur VO van de VO-raad", directeur="ir. J. (Jelle) Bakker")
    b = [("title", "Ondersteuningsplan 2026-2030 – Samenwerkingsverband VO Eems-Dollard (VO 20-94)"),
         ("p", "Webversie van het ondersteuningsplan. Vastgesteld op 16 april 2026."),
         ("h1", "Inhoud"),
         ("ul", ["1. Voorwoord", "2. Het samenwerkingsverband", "3. Visie en koers", "4. Basisondersteuning",
                 "5. Toelaatbaarheid vso, lwoo en pro", "6. Terugplaatsing en overplaatsing",
                 "7. Financiën", "8. Kwaliteitszorg en resultaten", "9. Organisatie en medezeggenschap",
                 "10. Overleg met gemeenten en PO", "11. Begrippen"]),
         ("h1", "1. Voorwoord"),
         ("p", "Dit is het ondersteuningsplan van het Samenwerkingsverband VO Eems-Dollard voor de "
               "periode 1 augustus 2026 tot en met 31 juli 2030. Het plan is compacter dan zijn "
               "voorganger. Wij hebben bewust gekozen voor een plan op hoofdlijnen: de besturen en scholen "
               "zijn verantwoordelijk voor de uitvoering, het samenwerkingsverband zorgt voor de kaders en "
               "voor de wettelijke taken. Jaarlijks vertalen wij dit plan naar een jaarplan met concrete "
               "activiteiten."),
         ("p", "Het plan kwam tot stand in een periode van grote veranderingen in Oost-Groningen. De "
               "gevolgen van de gaswinning, de versterkingsoperatie en de nieuwbouw van verschillende "
               "scholen hebben veel gevraagd van leerlingen, personeel en besturen. Tegelijk daalt het "
               "aantal leerlingen in het voortgezet onderwijs in de regio sneller dan in de rest van het "
               "land. Dat stelt ons voor de vraag hoe wij een breed onderwijsaanbod in de regio "
               "kunnen behouden."),
         ("p", "Ik dank iedereen die aan dit plan heeft bijgedragen: schoolleiders, "
               "ondersteuningscoördinatoren, mentoren, de leden van de ondersteuningsplanraad, de "
               "leerlingen van het leerlingpanel en de beleidsmedewerkers van de gemeenten. Zonder hun "
               "kritische vragen was dit plan minder scherp geworden."),
         ("p", f"{c['directeur']}, directeur-bestuurder"),
         ("h1", "2. Het samenwerkingsverband"),
         ("p", f"In het samenwerkingsverband werken vijf schoolbesturen samen met in totaal veertien "
               f"vestigingen voor voortgezet onderwijs in de gemeenten {c['gemeenten']}: twee scholen "
               f"voor praktijkonderwijs, acht vestigingen met vmbo (waarvan zes met lwoo), vier met havo en "
               f"vwo, en twee vestigingen voor voortgezet speciaal onderwijs. Op 1 oktober 2025 telde het "
               f"samenwerkingsverband 7.350 leerlingen."),
         ("p", "De regio kent een sterke binding met de Eemshaven en de industrie rond Delfzijl, maar ook "
               "een hoge jeugdwerkloosheid en een relatief laag opleidingsniveau van de beroepsbevolking. "
               "Veel leerlingen kiezen na het vmbo voor een mbo-opleiding in Groningen of Winschoten. De "
               "reisafstanden naar de stad Groningen zijn groot, zeker voor leerlingen uit de Pekela's en "
               "het Reiderland."),
         ("table", [["Kengetal 1-10-2025", "Aantal"], ["Leerlingen vo totaal", "7.350"],
                    ["Waarvan praktijkonderwijs", "410"], ["Waarvan met lwoo", "1.020"],
                    ["Leerlingen vso (woonachtig in de regio)", "265"], ["Vestigingen", "14"]]),
         ] + vo_fillers(c) + [
         ("h1", "3. Visie en koers"),
         ("p", "Wij willen dat iedere jongere in Eems-Dollard een diploma of startkwalificatie haalt, of, "
               "waar dat niet haalbaar is, duurzaam aan het werk gaat of een passende dagbesteding vindt. "
               "Onderwijs is daarbij geen doel op zich, maar een middel om jongeren voor te bereiden op "
               "een zelfstandige plek in de samenleving."),
         ("p", "Drie woorden typeren onze koers: dichtbij, doorlopend en duidelijk. Dichtbij, omdat "
               "jongeren zo lang mogelijk in hun eigen omgeving naar school moeten kunnen. Doorlopend, omdat "
               "de overgangen van po naar vo en van vo naar mbo en arbeid de momenten zijn waarop jongeren "
               "uitvallen. Duidelijk, omdat scholen en jongeren moeten weten waar zij aan toe zijn."),
         ("p", "Wij werken daarbij samen met scholen, jongeren en hun ouders, met het mbo en met "
               "werkgevers. De scholen zijn en blijven het gezicht van passend onderwijs; het "
               "samenwerkingsverband werkt zoveel mogelijk op de achtergrond."),
         ("p", "In de vorige planperiode hebben wij veel geïnvesteerd in de samenwerking tussen de "
               "besturen. Dat heeft geleid tot gezamenlijke scholing voor mentoren, een gedeelde pool van "
               "orthopedagogen en een gemeenschappelijk ondersteuningsdocument dat alle scholen gebruiken. "
               "In deze planperiode bouwen wij daarop voort. Wij kiezen voor minder nieuwe projecten en "
               "voor het goed borgen van wat al werkt."),
         ("h1", "4. Basisondersteuning"),
         ("p", "De besturen in Eems-Dollard hebben vastgesteld welke ondersteuning iedere vestiging, van "
               "praktijkonderwijs tot gymnasium, ten minste biedt. Deze basisondersteuning geldt voor alle "
               "leerlingen en vraagt geen aanvraag of toestemming van het samenwerkingsverband. Iedere "
               "leerling kan op elke vestiging rekenen op:"),
         ("ul", ["een mentor die de leerling ten minste drie keer per jaar individueel spreekt en het "
                 "eerste aanspreekpunt is;",
                 "een zorgcoördinator of ondersteuningscoördinator en een intern ondersteuningsteam dat "
                 "minstens maandelijks bijeenkomt;",
                 "begeleiding bij dyslexie en dyscalculie volgens de landelijke protocollen, inclusief "
                 "faciliteiten bij toetsen en examens (extra tijd, vergroot lettertype, voorleessoftware);",
                 "een training faalangstreductie en een sociale-vaardigheidstraining, binnen of buiten de "
                 "eigen vestiging;",
                 "een time-outvoorziening binnen de school met afspraken over terugkeer in de les;",
                 "huiswerkbegeleiding of een studieruimte met begeleiding na schooltijd;",
                 "een aanpak voor pesten en sociale veiligheid met een jaarlijkse monitor;",
                 "een ontwikkelingsperspectiefplan voor leerlingen die meer dan de basisondersteuning nodig "
                 "hebben."]),
         ("p", "Iedere vestiging neemt deze onderdelen op in haar schoolgids. Het samenwerkingsverband "
               "controleert dat eens per twee jaar met een korte audit."),
         ("h1", "5. Toelaatbaarheid vso, lwoo en pro"),
         ("h2", "5.a Voortgezet speciaal onderwijs"),
         ("p", "Een leerling is toelaatbaar tot het vso wanneer (1) de vo-school de basisondersteuning en "
               "extra ondersteuning volgens het OPP ten minste een half jaar heeft ingezet en "
               "geëvalueerd, (2) de ondersteuningsbehoefte op meer dan één domein ligt en een structuur en "
               "groepsgrootte vraagt die in het regulier vo niet te realiseren is, en (3) een "
               "orthopedagoog of psycholoog en een tweede deskundige dat afzonderlijk bevestigen. Voor "
               "leerlingen die vanuit het so komen en voor wie een vso-plaatsing vanzelfsprekend is, "
               "geldt een verkorte toets op basis van het OPP."),
         ("h2", "5.b Praktijkonderwijs"),
         ("p", "Voor praktijkonderwijs gelden de landelijke criteria: een IQ tussen 55 en 80 en "
               "leerachterstanden van 50% of meer op ten minste twee van de vier domeinen (begrijpend "
               "lezen, inzichtelijk rekenen, technisch lezen en spellen), waarvan één begrijpend lezen of "
               "inzichtelijk rekenen is."),
         ("h2", "5.c Leerwegondersteunend onderwijs"),
         ("p", "Eems-Dollard hanteert de landelijke lwoo-criteria: een IQ tussen 75 en 90 met "
               "leerachterstanden tussen 25% en 50% op ten minste twee domeinen, of een IQ tussen 91 en 120 "
               "met die leerachterstanden in combinatie met sociaal-emotionele problematiek die het leren "
               "belemmert. Een lwoo-aanwijzing geldt voor de duur van de opleiding; een TLV vso wordt "
               "afgegeven voor ten hoogste drie schooljaren."),
         ("h2", "5.d Aanvragen"),
         ("p", "De aanvraagprocedure, met de stappen, de termijnen, de formulieren en de samenstelling "
               "van de Commissie Toewijzing, staat op de pagina Toelaatbaarheid van onze website en wordt "
               "jaarlijks geactualiseerd."),
         ("h1", "6. Terugplaatsing en overplaatsing"),
         ("p", "Uiterlijk in januari van het laatste schooljaar waarvoor een TLV geldt, beoordeelt de "
               "commissie van begeleiding van de vso-school of de leerling kan overstappen naar het "
               "regulier voortgezet onderwijs, naar het mbo, of dat verlenging nodig is. De commissie "
               "betrekt daarbij de leerling, de mentor en een zorgcoördinator van de beoogde vo-school. "
               "Vraagt de vso-school een nieuwe TLV aan, dan besluit de Commissie Toewijzing vóór 1 mei. "
               "Adviseert de commissie terugplaatsing, dan meldt de vso-school de leerling vóór 1 maart "
               "aan bij de vo-school en vindt er een overdrachtsgesprek plaats; de TLV eindigt op 31 juli. "
               "De vo-school evalueert de overstap na tien schoolweken met de vso-school."),
         ("p", "Ons beleid voor terugplaatsing en overplaatsing, met de uitgangspunten en de "
               "voorwaarden die daarvoor gelden, wordt in het schooljaar 2026-2027 herijkt. Na vaststelling "
               "nemen wij het in een geactualiseerde versie van dit plan op."),
         ("h1", "7. Financiën"),
         ("h2", "7.a Begroting"),
         ("table", [["Meerjarenbegroting (bedragen in €)", "2026", "2027", "2028", "2029"],
                    ["Rijksbijdrage lichte ondersteuning (incl. lwoo en pro)", "9.840.000", "9.610.000", "9.390.000", "9.170.000"],
                    ["Rijksbijdrage zware ondersteuning", "4.120.000", "4.050.000", "3.980.000", "3.910.000"],
                    ["Afdracht vso via DUO", "3.360.000", "3.330.000", "3.300.000", "3.270.000"],
                    ["Doorbetaling lwoo en pro aan scholen", "7.150.000", "6.990.000", "6.830.000", "6.670.000"],
                    ["Schoolbudgetten (totaal, verdeling p.m.)", "2.650.000", "2.590.000", "2.530.000", "2.470.000"],
                    ["Commissie Toewijzing en orthopedagogen", "390.000", "395.000", "400.000", "405.000"],
                    ["Bureau en bestuur", "310.000", "315.000", "320.000", "325.000"],
                    ["Saldo", "100.000", "40.000", "-10.000", "-60.000"]]),
         ("h2", "7.b Verdeling"),
         ("p", "Het huidige verdeelmodel loopt af op 31 juli 2026. Het bestuur neemt in het najaar van "
               "2026 een besluit over een nieuw model. In de begroting is de post schoolbudgetten daarom "
               "als totaal opgenomen; hoe dit bedrag over de besturen en vestigingen wordt verdeeld, "
               "volgt."),
         ("h2", "7.c Weerstandsvermogen"),
         ("p", "Het weerstandsvermogen bedroeg op 31 december 2025 9,4% van de totale baten. De "
               "signaleringswaarde van de inspectie wordt niet overschreden. De geplande negatieve saldi "
               "in 2028 en 2029 brengen het weerstandsvermogen terug naar ongeveer 7%."),
         ("h1", "8. Kwaliteitszorg en resultaten"),
         ("p", "Kwaliteitszorg is bij ons een cyclus van plannen, uitvoeren, meten en bijstellen. De "
               "beoogde resultaten voor leerlingen die extra ondersteuning nodig hebben, werken wij elk "
               "schooljaar uit in het jaarplan."),
         ("p", "Wij verzamelen drie keer per jaar per vestiging gegevens over het aantal leerlingen met een "
               "OPP, het verzuim, de in- en uitstroom van het vso, de doorstroom van lwoo- en "
               "pro-leerlingen en het aantal voortijdig schoolverlaters. Deze gegevens komen in een "
               "dashboard dat de directeur-bestuurder bespreekt met de schoolleiders. Eens per jaar voert "
               "het samenwerkingsverband met iedere vestiging een kwaliteitsgesprek aan de hand van dat "
               "dashboard. In het jaarverslag rapporteren wij over alle indicatoren, in vergelijking met "
               "het voorgaande jaar en met het landelijk gemiddelde. In 2028 laten wij een externe "
               "audit uitvoeren."),
         ("p", "Ter illustratie: in het schooljaar 2024-2025 behaalde 91% van de lwoo-leerlingen een "
               "vmbo-diploma, stroomde 38% van de pro-leerlingen uit naar werk met een contract van ten "
               "minste zes maanden, en was het aantal voortijdig schoolverlaters 1,9%."),
         ("h1", "9. Organisatie en medezeggenschap")] + f_governance(c) + f_opr(c, False) + \
        f_ict_privacy(c) + f_communicatie_algemeen(c) + [
         ("p", "Het samenwerkingsverband heeft een eigen medezeggenschapsraad voor het personeel van het "
               "bureau. Het personeel bestaat uit elf medewerkers (8,4 fte), onder wie vijf "
               "orthopedagogen. Voor de scholen organiseert het samenwerkingsverband jaarlijks een "
               "studiedag voor mentoren en zorgcoördinatoren, met in 2026 als thema's executieve "
               "functies en het voeren van een leerlinggesprek."),
         ("h1", "10. Overleg met gemeenten en PO"),
         ("p", f"Het OOGO met de colleges van burgemeester en wethouders van {c['gemeenten']} over dit plan "
               f"heeft plaatsgevonden op {c['oogo_datum']}. Het verslag is bij de stukken voor de "
               f"ondersteuningsplanraad gevoegd. Ook is overleg gevoerd met de samenwerkingsverbanden "
               f"primair onderwijs waarvan het gebied overlapt met het onze. De ondersteuningsplanraad "
               f"heeft op {c['opr_datum']} ingestemd met het plan. Het plan is vóór 1 mei 2026 aan de "
               f"inspectie gezonden."),
         ] + f_planning(c) + [
         ("h1", "11. Begrippen"),
         ("table", [["Begrip", "Omschrijving"],
                    ["Dekkend aanbod", "Het geheel van voorzieningen waarmee voor iedere leerling een passende plek beschikbaar is; inclusief de aanpak van thuiszitters."],
                    ["Lwoo", "Leerwegondersteunend onderwijs."],
                    ["OJSP", "Ouder- en jeugdsteunpunt, waar ouders en leerlingen onafhankelijk advies krijgen."],
                    ["OOGO", "Op overeenstemming gericht overleg."],
                    ["Ouders", "Ouders, voogden en verzorgers; zij worden geïnformeerd via de schoolgids en de website."],
                    ["Pro", "Praktijkonderwijs."],
                    ["TLV", "Toelaatbaarheidsverklaring."],
                    ["Vso", "Voortgezet speciaal onderwijs."]])]
    name = "vo-eems-dollard"
    render_html(b, OUT / f"{name}.html", "Ondersteuningsplan 2026-2030 | SWV VO Eems-Dollard",
                "SWV VO Eems-Dollard – Ouders – Thuiszitters – Dekkend aanbod – Contact")
    write_label(name, label(
        [f"{name}.html"], "vo",
        {"plaatsing.procedure", "terugstroom.beleid", "financien.verdeling", "dekkend-aanbod.continuum",
         "dekkend-aanbod.lacunes", "resultaten.doelen", "ouders.informatie", "ouders.steunpunt"},
        {"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie"],
         "terugstroom": [], "financien": ["reserves"],
         "dekkend-aanbod": [], "resultaten": ["meetbaar"], "ouders": []},
        {"basisondersteuning": "Ch. 4: minimum for every vestiging + list of content; biennial audit of the schoolgids.",
         "plaatsing": "Ch. 5 a-c: vso, pro and lwoo criteria in the text; the application procedure (5.d) is only referred to the website.",
         "terugstroom": "Ch. 6: procedure with moments, actors, decision by Commissie Toewijzing, end of TLV; the policy itself is deferred to 2026-2027.",
         "financien": "Ch. 7: meerjarenbegroting with amounts and weerstandsvermogen; the verdeelmodel expires and its replacement 'volgt' (p.m. in table).",
         "dekkend-aanbod": "No continuum, thuiszitters or zorgplicht text; 'dekkend aanbod' and thuiszitters only in the glossary and the page footer.",
         "resultaten": "Ch. 8: data collection, dashboard, kwaliteitsgesprek, jaarverslag, audit, achieved figures; intended results deferred to the jaarplan.",
         "ouders": "Nothing on informing parents or independent support in the body; 'ouders' in visie in passing; OJSP and informing only in the glossary, 'Ouders' only in nav/footer."}))
    return name, b


# ----------------------------------------------------------------------------------------------
# Near miss: a school-level "ondersteuningsplan" of one basisschool (not an SWV plan), .docx
# ----------------------------------------------------------------------------------------------

def notaplan():
    b = [("title", "Ondersteuningsplan OBS De Brinkstee 2025-2026"),
         ("p", "Openbare basisschool De Brinkstee, Assen – onderdeel van Stichting Openbaar Onderwijs "
               "Drentse Aa. Aangesloten bij het samenwerkingsverband passend onderwijs PO Drenthe-Noord."),
         ("h1", "Inhoud"),
         ("small", "1. Inleiding  2. Zorgniveaus en basisondersteuning  3. De ondersteuningscyclus  "
                   "4. Arrangementen en TLV  5. Ouders  6. Financiën en formatie  7. Resultaten  "
                   "8. Terugplaatsing en overstap  9. Jaarplanning"),
         ("h1", "1. Inleiding"),
         ("p", "Dit ondersteuningsplan beschrijft hoe wij op De Brinkstee de ondersteuning van onze 312 "
               "leerlingen organiseren in het schooljaar 2025-2026. Het plan is geschreven door de intern "
               "begeleiders en besproken in het team en de medezeggenschapsraad. Het vult het "
               "schoolondersteuningsprofiel en de schoolgids aan met de praktische afspraken voor "
               "leerkrachten: wie doet wat, wanneer en hoe leggen wij het vast."),
         ("p", "Het ondersteuningsplan van het samenwerkingsverband beschrijft de afspraken tussen alle "
               "scholen in de regio; dit document gaat alleen over onze eigen school en wordt elk jaar "
               "bijgesteld."),
         ("h1", "2. Zorgniveaus en basisondersteuning"),
         ("p", "Wij werken met vijf zorgniveaus. Niveau 1: algemene zorg in de groep door de leerkracht. "
               "Niveau 2: extra zorg in de groep, bijvoorbeeld verlengde instructie. Niveau 3: speciale "
               "zorg na een leerlingbespreking met de intern begeleider. Niveau 4: ondersteuning met "
               "externe deskundigen (orthopedagoog van het samenwerkingsverband, logopedist). Niveau 5: "
               "een arrangement of verwijzing naar speciaal (basis)onderwijs."),
         ("p", "De basisondersteuning die wij bieden, is afgesproken in het samenwerkingsverband. Voor "
               "onze school betekent dat onder meer: een intern begeleider voor drie dagen per week, een "
               "leesspecialist, de Kanjertraining in alle groepen, een plusgroep op dinsdagmiddag en een "
               "onderwijsassistent voor groep 3 en 4."),
         ("h1", "3. De ondersteuningscyclus"),
         ("p", "Drie keer per jaar houden de leerkrachten een groepsbespreking met de intern begeleider, "
               "na de toetsperiodes in oktober, februari en juni. Daarin bespreken wij de groepsoverzichten, "
               "de resultaten op de methode- en LVS-toetsen en het welbevinden van de kinderen. Kinderen "
               "over wie zorgen zijn, komen in de leerlingbespreking. De leerkracht legt de afspraken vast "
               "in het groepsplan in ParnasSys."),
         ("p", "Vier keer per jaar is er een ondersteuningsteam (OT) met de intern begeleider, de "
               "orthopedagoog van het samenwerkingsverband, de jeugdverpleegkundige en de "
               "schoolmaatschappelijk werker. Ouders zijn altijd aanwezig als hun kind wordt besproken."),
         ("table", [["Maand", "Activiteit", "Wie"],
                    ["September", "Startgesprekken met ouders en kind", "Leerkracht"],
                    ["Oktober", "Groepsbespreking 1", "Leerkracht, IB"],
                    ["November", "Ondersteuningsteam", "IB, orthopedagoog, JGZ"],
                    ["Februari", "Groepsbespreking 2, OPP-evaluatie", "Leerkracht, IB, ouders"],
                    ["Juni", "Groepsbespreking 3, overdracht", "Leerkracht, IB"]]),
         ("h1", "4. Arrangementen en TLV"),
         ("p", "Als een kind meer nodig heeft dan wij in de basisondersteuning kunnen bieden, vraagt de "
               "intern begeleider na overleg met de ouders een arrangement aan bij het samenwerkingsverband. "
               "Wanneer ook dat niet voldoende is, kan de school samen met de ouders een "
               "toelaatbaarheidsverklaring aanvragen voor het sbo of so. De procedure en de criteria "
               "daarvoor staan in het ondersteuningsplan van het samenwerkingsverband. In 2024-2025 zijn "
               "vanuit De Brinkstee twee leerlingen naar het sbo gegaan."),
         ("h1", "5. Ouders"),
         ("p", "Ouders zijn partners. Zij worden door de leerkracht op de hoogte gehouden via de "
               "ouderapp, de startgesprekken en de rapportgesprekken. Bij zorgen neemt de leerkracht binnen "
               "een week contact op. De schoolgids bevat een hoofdstuk over ondersteuning. Ouders die er "
               "met de school niet uitkomen, kunnen contact opnemen met de directeur, de "
               "vertrouwenspersoon van de stichting of het Ouder- en Jeugdsteunpunt."),
         ("h1", "6. Financiën en formatie"),
         ("p", "De school ontvangt van het bestuur een ondersteuningsbudget uit de middelen van het "
               "samenwerkingsverband van € 46.800. Dat zetten wij in voor de onderwijsassistent (0,6 fte) "
               "en voor de leesspecialist (0,2 fte). Arrangementen van het samenwerkingsverband komen "
               "daar bovenop."),
         ("h1", "7. Resultaten"),
         ("p", "Wij streven ernaar dat ten minste 85% van de leerlingen aan het einde van groep 8 het "
               "referentieniveau 1F haalt voor lezen en rekenen. In 2024-2025 was dat 88% voor lezen en "
               "79% voor rekenen. Rekenen is daarom dit jaar een speerpunt."),
         ("h1", "8. Terugplaatsing en overstap"),
         ("p", "Soms komt een kind vanuit het sbo terug naar onze school. Wij maken dan een "
               "overdrachtsgesprek met het sbo en de ouders en zetten de eerste maanden extra begeleiding "
               "van de intern begeleider in. De overstap naar het voortgezet onderwijs bereiden wij voor "
               "met een warme overdracht."),
         ("h1", "9. Jaarplanning"),
         ("p", "Dit plan wordt in juni 2026 geëvalueerd in het team en bijgesteld voor het schooljaar "
               "2026-2027. De medezeggenschapsraad heeft het plan op 30 september 2025 besproken.")]
    name = "notaplan-obs-brinkstee"
    render_docx(b, OUT / f"{name}.docx", "OBS De Brinkstee – Ondersteuningsplan 2025-2026", "Pagina – schooldocument")
    write_label(name, {"documents": [f"{name}.docx"], "sector": "po", "looks_like_plan": False,
                       "elements": {}, "criteria": {},
                       "notes": {"document": "School-level ondersteuningsplan of one basisschool (zorgniveaus, "
                                             "groepsbesprekingen, school budget); it refers to the SWV's plan "
                                             "but is not an ondersteuningsplan of a samenwerkingsverband: "
                                             "no SWV-wide policy, no OPR/OOGO, one school year."}})
    return name, b


def main():
    results = [plan1(), plan2(), plan3(), plan4(), plan5(), notaplan()]
    for name, b in results:
        print(f"{name}: {words(b)} words")


if __name__ == "__main__":
    main()
