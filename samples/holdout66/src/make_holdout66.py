"""Generate the holdout66 labelled test set (5 fictional ondersteuningsplannen + 1 near-miss).

A document is a list of blocks:
  ("title", str) ("subtitle", str) ("h1", str) ("h2", str) ("h3", str) ("p", str)
  ("ul", [str]) ("ol", [str]) ("table", [[header...], [row...], ...]) ("toc", [(level, str)])
  ("pagebreak",)
All text is fictional.
"""
import datetime
import html
import shutil
import subprocess
import tempfile
from pathlib import Path

from docx import Document
from docx.enum.text import WD_BREAK
from docx.shared import Pt

FIXED_DATE = datetime.datetime(2025, 3, 14, 9, 0, 0)


# ----------------------------------------------------------------------------------------------
# renderers
# ----------------------------------------------------------------------------------------------
def render_docx(blocks, path, header_text="", footer_text=""):
    doc = Document()
    cp = doc.core_properties
    cp.created = FIXED_DATE
    cp.modified = FIXED_DATE
    cp.last_printed = FIXED_DATE
    cp.author = "opcheck holdout66"
    cp.last_modified_by = "opcheck holdout66"
    cp.revision = 1
    style = doc.styles["Normal"]
    style.font.name = "Calibri"
    style.font.size = Pt(11)
    sec = doc.sections[0]
    if header_text:
        sec.header.paragraphs[0].text = header_text
    if footer_text:
        sec.footer.paragraphs[0].text = footer_text
    for b in blocks:
        kind = b[0]
        if kind == "title":
            doc.add_heading(b[1], level=0)
        elif kind == "subtitle":
            p = doc.add_paragraph()
            r = p.add_run(b[1])
            r.italic = True
            r.font.size = Pt(13)
        elif kind in ("h1", "h2", "h3"):
            doc.add_heading(b[1], level=int(kind[1]))
        elif kind == "p":
            doc.add_paragraph(b[1])
        elif kind == "ul":
            for item in b[1]:
                doc.add_paragraph(item, style="List Bullet")
        elif kind == "ol":
            for item in b[1]:
                doc.add_paragraph(item, style="List Number")
        elif kind == "table":
            rows = b[1]
            t = doc.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, row in enumerate(rows):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = cell
                    if i == 0:
                        for r in t.cell(i, j).paragraphs[0].runs:
                            r.bold = True
            doc.add_paragraph("")
        elif kind == "toc":
            doc.add_paragraph("Inhoudsopgave").runs[0].bold = True
            for level, text in b[1]:
                p = doc.add_paragraph(("    " * (level - 1)) + text)
                p.paragraph_format.space_after = Pt(0)
        elif kind == "pagebreak":
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        else:
            raise ValueError(kind)
    doc.save(str(path))


def render_html(blocks, path, title, header_text="", footer_text=""):
    out = ["<!DOCTYPE html>", '<html lang="nl">', "<head>", '<meta charset="utf-8">',
           f"<title>{html.escape(title)}</title>",
           "<style>body{font-family:sans-serif;max-width:60em;margin:auto}"
           "table{border-collapse:collapse}td,th{border:1px solid #999;padding:4px}"
           "nav{background:#eef;padding:1em}</style>", "</head>", "<body>"]
    if header_text:
        out.append(f'<header class="site-header"><p>{html.escape(header_text)}</p>'
                   '<ul class="menu"><li><a href="/">Home</a></li><li><a href="/ouders">Ouders</a></li>'
                   '<li><a href="/professionals">Professionals</a></li><li><a href="/documenten">Documenten</a></li>'
                   '<li><a href="/contact">Contact</a></li></ul></header>')
    out.append("<main>")
    for b in blocks:
        kind = b[0]
        if kind == "title":
            out.append(f"<h1>{html.escape(b[1])}</h1>")
        elif kind == "subtitle":
            out.append(f'<p class="subtitle"><em>{html.escape(b[1])}</em></p>')
        elif kind in ("h1", "h2", "h3"):
            lvl = int(kind[1]) + 1
            out.append(f"<h{lvl}>{html.escape(b[1])}</h{lvl}>")
        elif kind == "p":
            out.append(f"<p>{html.escape(b[1])}</p>")
        elif kind in ("ul", "ol"):
            out.append(f"<{kind}>" + "".join(f"<li>{html.escape(i)}</li>" for i in b[1]) + f"</{kind}>")
        elif kind == "table":
            rows = b[1]
            t = ["<table>", "<tr>" + "".join(f"<th>{html.escape(c)}</th>" for c in rows[0]) + "</tr>"]
            for row in rows[1:]:
                t.append("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in row) + "</tr>")
            t.append("</table>")
            out.append("".join(t))
        elif kind == "toc":
            out.append('<nav class="toc"><p><strong>Op deze pagina</strong></p><ul>' +
                       "".join(f'<li class="lvl{lv}">{html.escape(t)}</li>' for lv, t in b[1]) +
                       "</ul></nav>")
        elif kind == "pagebreak":
            out.append("<hr>")
        else:
            raise ValueError(kind)
    out.append("</main>")
    if footer_text:
        out.append(f'<footer><p>{html.escape(footer_text)}</p></footer>')
    out.append("</body></html>")
    Path(path).write_text("\n".join(out) + "\n", encoding="utf-8")


def docx_to_pdf(docx_path, pdf_path):
    """Render a .docx to .pdf with LibreOffice in an isolated profile and temp dir."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        raise RuntimeError("soffice not found")
    with tempfile.TemporaryDirectory() as tmp:
        profile = Path(tmp) / "profile"
        outdir = Path(tmp) / "out"
        outdir.mkdir()
        subprocess.run([soffice, f"-env:UserInstallation=file://{profile}", "--headless",
                        "--convert-to", "pdf", "--outdir", str(outdir), str(docx_path)],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
        produced = outdir / (Path(docx_path).stem + ".pdf")
        shutil.move(str(produced), str(pdf_path))


def word_count(blocks):
    n = 0
    for b in blocks:
        if b[0] in ("title", "subtitle", "h1", "h2", "h3", "p"):
            n += len(b[1].split())
        elif b[0] in ("ul", "ol"):
            n += sum(len(i.split()) for i in b[1])
        elif b[0] == "table":
            n += sum(len(c.split()) for row in b[1] for c in row)
        elif b[0] == "toc":
            n += sum(len(t.split()) for _, t in b[1])
    return n


def toc_from(blocks):
    """Build TOC entries (level, text) from h1/h2 headings, with fake page numbers."""
    entries = []
    page = 3
    for b in blocks:
        if b[0] == "h1":
            page += 2
            entries.append((1, f"{b[1]} ........ {page}"))
        elif b[0] == "h2":
            page += 1
            entries.append((2, f"{b[1]} ........ {page}"))
    return entries


def with_toc(blocks):
    """Replace the ("toc", None) placeholder with a generated TOC."""
    toc = toc_from(blocks)
    return [("toc", toc) if (b[0] == "toc" and b[1] is None) else b for b in blocks]


# ----------------------------------------------------------------------------------------------
# shared filler (text that real plans contain but that addresses none of the core criteria)
# ----------------------------------------------------------------------------------------------
def f_voorwoord(d):
    kind = "kinderen" if d["sector"] == "po" else "jongeren"
    return [
        ("h1", "Voorwoord"),
        ("p", f"Voor u ligt het ondersteuningsplan {d['period']} van {d['name']}. Het is het derde plan sinds de "
              f"invoering van passend onderwijs in 2014 en tegelijk het kortste. Dat is een bewuste keuze. Eerdere plannen "
              f"waren dikke naslagwerken die vooral in de kast stonden. Dit plan beschrijft op hoofdlijnen waar wij als "
              f"besturen samen voor staan; veel uitwerkingen staan in afzonderlijke documenten die we jaarlijks kunnen "
              f"bijstellen zonder het hele plan open te breken."),
        ("p", f"Het plan is tot stand gekomen in een intensief traject met directeuren, intern begeleiders, "
              f"ondersteuningscoördinatoren, de ondersteuningsplanraad, gemeenten en ketenpartners. In ruim twintig "
              f"bijeenkomsten hebben we gesproken over wat goed gaat en wat beter moet. Die gesprekken waren soms "
              f"ongemakkelijk, maar altijd met het belang van {kind} voorop. Wij danken iedereen die heeft meegedacht, "
              f"meegeschreven en kritisch heeft meegelezen, en in het bijzonder de ouders en leraren die hun ervaringen "
              f"met ons deelden."),
        ("p", f"Passend onderwijs is geen project dat ooit af is. Het vraagt elke dag opnieuw om vakmanschap in de klas, "
              f"om samenwerking tussen scholen en om vertrouwen tussen school, ouders en hulpverlening. Met dit plan "
              f"leggen we de koers vast voor de komende vier schooljaren. Wij zien ernaar uit om die koers samen met u te "
              f"varen."),
        ("p", f"{d['director']}, directeur-bestuurder {d['short']}"),
    ]


def f_visie(d):
    school = "basisschool" if d["sector"] == "po" else "school voor voortgezet onderwijs"
    kind = "kind" if d["sector"] == "po" else "leerling"
    kids = "kinderen" if d["sector"] == "po" else "leerlingen"
    return [
        ("h1", "Visie, missie en koers"),
        ("h2", "Missie"),
        ("p", f"{d['short']} bestaat om ervoor te zorgen dat ieder {kind} in onze regio een ononderbroken "
              f"ontwikkeling kan doormaken en onderwijs krijgt dat bij hem of haar past. Wij doen dat door de "
              f"aangesloten besturen te verbinden, expertise te delen en de middelen voor ondersteuning zo in te zetten "
              f"dat zij zoveel mogelijk in de klas terechtkomen."),
        ("h2", "Visie"),
        ("p", f"Wij geloven dat {kids} zich het best ontwikkelen in een vertrouwde omgeving, dicht bij huis en "
              f"samen met leeftijdgenoten. Een reguliere {school} is daarom het vertrekpunt. Waar dat niet lukt, zoeken we "
              f"samen naar een passend alternatief, zonder dat een {kind} tussen wal en schip valt. Wij kijken naar wat "
              f"een {kind} nodig heeft en niet naar wat hij of zij 'heeft'. Ouders zijn daarbij onmisbaar: zij kennen hun "
              f"{kind} het best."),
        ("p", "Onze visie rust op vier pijlers: vakmanschap van de leraar, vertrouwen tussen partners, eenvoud in "
              "procedures en verantwoording over wat we doen. We willen een lerende organisatie zijn die haar "
              "resultaten durft te laten zien en die bijstuurt wanneer dat nodig is. Bureaucratie is geen doel; een "
              "formulier is alleen nodig als het een kind verder helpt."),
        ("h2", "Koers voor de planperiode"),
        ("p", "Voor de komende vier jaar hebben we drie koersuitspraken geformuleerd. Ten eerste: de ondersteuning "
              "verschuift verder naar de klas en naar de leraar. Ten tweede: we werken samen met gemeenten en "
              "jeugdhulp vanuit één gezamenlijke opdracht. Ten derde: we maken ons werk zichtbaar en uitlegbaar voor "
              "ouders, leraren en bestuurders. Deze koersuitspraken vormen de kapstok van dit plan; in de jaarplannen "
              "worden zij vertaald naar activiteiten."),
    ]


def f_governance(d):
    return [
        ("h1", "Organisatie en governance"),
        ("p", f"{d['name']} is een stichting. Aan de stichting nemen {d['n_boards']} schoolbesturen deel. De besturen "
              f"vormen samen het algemeen bestuur, dat intern toezicht houdt. De dagelijkse leiding ligt bij de "
              f"directeur-bestuurder, die het statutaire bestuur vormt. De scheiding tussen bestuur en toezicht is "
              f"vastgelegd in de statuten en in het bestuursreglement; de Code Goed Bestuur van de sectorraad is van "
              f"toepassing."),
        ("p", "Het algemeen bestuur vergadert vijf keer per jaar. Het keurt de begroting, het jaarplan, het jaarverslag "
              "en de jaarrekening goed, benoemt de accountant en voert jaarlijks een functioneringsgesprek met de "
              "directeur-bestuurder. Binnen het algemeen bestuur bestaan een auditcommissie en een commissie kwaliteit, "
              "die de vergaderingen voorbereiden."),
        ("p", "Het bureau van het samenwerkingsverband is klein. Er werken een beleidsmedewerker, een controller, een "
              "secretaresse en een team van consulenten en orthopedagogen. Het bureau ondersteunt de scholen, voert de "
              "wettelijke taken uit en organiseert netwerken voor intern begeleiders en ondersteuningscoördinatoren. "
              "Het bureau is gehuisvest in een verzamelgebouw waar ook de leerplichtafdeling en het regionaal bureau "
              "jeugdhulp zitten, wat de lijnen kort houdt."),
        ("p", "Geschillen tussen aangesloten besturen over de uitvoering van dit plan worden eerst besproken in het "
              "algemeen bestuur. Komen partijen er niet uit, dan voorzien de statuten in een geschillenregeling met "
              "bindend advies van een onafhankelijke commissie."),
    ]


def f_opr(d, with_parents):
    out = [("h2", "Medezeggenschap: de ondersteuningsplanraad")]
    if with_parents:
        out.append(("p", f"De ondersteuningsplanraad (OPR) van {d['short']} telt tien leden: vijf ouders en vijf "
                         f"personeelsleden, afgevaardigd door de medezeggenschapsraden van de aangesloten scholen. "
                         f"Ouders in de OPR brengen het perspectief van gezinnen in: zij toetsen voorstellen op "
                         f"begrijpelijkheid en op de vraag of ze in de praktijk werken voor kinderen en hun ouders."))
    else:
        out.append(("p", f"De ondersteuningsplanraad (OPR) van {d['short']} is samengesteld volgens het reglement "
                         f"en vergadert zes keer per jaar met de directeur-bestuurder."))
    out.append(("p", "De OPR heeft instemmingsrecht op het ondersteuningsplan en op wijzigingen daarvan. De OPR heeft "
                     "een eigen budget voor scholing en voor het inhuren van advies. Twee keer per jaar voert de OPR "
                     "een informeel overleg met het algemeen bestuur. Het medezeggenschapsstatuut en het reglement van "
                     "de OPR zijn te vinden op de website."))
    return out


def f_oogo(d, with_cooperation):
    g = ", ".join(d["gemeenten"][:-1]) + " en " + d["gemeenten"][-1]
    out = [("h1", "Samenwerking met gemeenten")]
    out.append(("p", f"Het werkgebied van {d['short']} omvat de gemeenten {g}. Het op overeenstemming gericht overleg "
                     f"(OOGO) over dit plan vond plaats op {d['oogo_date']}. De gemeenten hebben aangegeven dat zij zich "
                     f"in het plan herkennen; het verslag van het OOGO is bij het samenwerkingsverband op te vragen."))
    if with_cooperation:
        out.append(("p", "Onderwijs en jeugdhulp hebben elkaar nodig. Daarom hebben we met de gemeenten afgesproken "
                         "dat elke school een vaste contactpersoon heeft in het lokale team, die minstens zes keer per "
                         "jaar aanschuift bij het ondersteuningsteam van de school. Voor kinderen die zowel onderwijs "
                         "als zorg nodig hebben, maken we onderwijs-zorgarrangementen waarin school, jeugdhulp en "
                         "ouders samen één plan opstellen; de gemeente financiert het zorgdeel, het samenwerkingsverband "
                         "het onderwijsdeel. Jaarlijks bespreken we in een gezamenlijke agenda de thema's "
                         "leerlingenvervoer, huisvesting van voorzieningen, verzuim en de overgang naar vervolgonderwijs."))
    return out


def f_personeel(d):
    return [
        ("h1", "Personeel en professionalisering"),
        ("p", "Passend onderwijs staat of valt met de leraar. De toenemende diversiteit in de klas vraagt veel van "
              "leraren en onderwijsassistenten, terwijl het lerarentekort in onze regio voelbaar is. In de OPR is "
              "nadrukkelijk gesproken over werkdruk. Wij willen daarom geen nieuwe taken bij scholen neerleggen zonder "
              "na te gaan wat dat voor het personeel betekent."),
        ("p", "Het samenwerkingsverband organiseert jaarlijks een programma van scholing en kennisdeling, onder meer "
              "over gedrag, taalontwikkeling, executieve functies en het gesprek met ouders. Er zijn netwerken voor "
              "intern begeleiders, ondersteuningscoördinatoren en directeuren. De besturen blijven verantwoordelijk "
              "voor het personeelsbeleid van hun eigen scholen; het samenwerkingsverband heeft zelf een klein "
              "bureau met een formatie van ongeveer twaalf fte."),
        ("p", "Voor het eigen personeel van het bureau geldt de cao van de sector. Consulenten en orthopedagogen "
              "volgen jaarlijks intervisie en zijn, waar van toepassing, geregistreerd in het NIP of NVO-register."),
    ]


def f_ict_privacy(d):
    return [
        ("h1", "ICT, privacy en gegevensbescherming"),
        ("p", "Het samenwerkingsverband verwerkt persoonsgegevens van leerlingen, onder meer bij aanvragen voor "
              "ondersteuning. Wij doen dat volgens de AVG en de wettelijke regels voor samenwerkingsverbanden. Er is "
              "een functionaris gegevensbescherming aangesteld, die wordt gedeeld met enkele andere verbanden. Het "
              "privacyreglement beschrijft welke gegevens we verwerken, wie er toegang toe heeft en hoe lang we ze "
              "bewaren."),
        ("p", "Aanvragen en dossiers worden uitgewisseld via een beveiligde digitale omgeving; mailen van dossiers is "
              "niet toegestaan. Medewerkers tekenen een geheimhoudingsverklaring. Jaarlijks voeren we een "
              "privacyaudit uit en rapporteren we datalekken aan het algemeen bestuur. In de planperiode vervangen we "
              "de verouderde registratieapplicatie door een nieuw systeem dat beter aansluit op de "
              "leerlingadministratie van de scholen."),
    ]


def f_planning(d):
    return [
        ("h1", "Totstandkoming en vaststelling"),
        ("p", f"Het concept van dit plan is besproken met directeuren en intern begeleiders of "
              f"ondersteuningscoördinatoren in drie regiobijeenkomsten. De ondersteuningsplanraad heeft op "
              f"{d['opr_date']} ingestemd. Het algemeen bestuur heeft het plan vastgesteld op {d['vast_date']}. Het "
              f"plan is vóór 1 mei {d['period'][:4]} toegezonden aan de Inspectie van het Onderwijs."),
        ("p", f"Het plan geldt van 1 augustus {d['period'][:4]} tot en met 31 juli {d['period'][-4:]}. Elk jaar stellen "
              f"we een jaarplan en een begroting op. Wijzigingen in dit plan leggen we ter instemming voor aan de OPR. "
              f"Halverwege de planperiode vindt een tussentijdse evaluatie plaats."),
    ]


# ----------------------------------------------------------------------------------------------
# Plan 1: PO, .docx, "op hoofdlijnen" with many references to separate documents
# ----------------------------------------------------------------------------------------------
P1 = dict(name="Stichting Samenwerkingsverband Passend Onderwijs De Lingestroom", short="De Lingestroom",
          code="PO 25-13", sector="po", period="2025-2029", director="drs. M.J. (Marieke) van Dalfsen",
          n_boards=9, gemeenten=["Lingewaard-Oost", "Betuwedal", "Heukelom"], oogo_date="11 februari 2025",
          opr_date="18 maart 2025", vast_date="27 maart 2025")


def plan1():
    d = P1
    b = [
        ("title", "Ondersteuningsplan 2025-2029"),
        ("subtitle", f"{d['name']} ({d['code']}) — plan op hoofdlijnen"),
        ("p", "Vastgesteld door het algemeen bestuur op 27 maart 2025, na instemming van de ondersteuningsplanraad. "
              "Kenmerk LS/2025/014. Onderwerpen: basisondersteuning, toelaatbaarheid, terugplaatsing, financiën, "
              "dekkend aanbod, resultaten, ouders."),
        ("pagebreak",),
        ("toc", None),
        ("pagebreak",),
    ]
    b += f_voorwoord(d)
    b += [
        ("h1", "1 Inleiding en leeswijzer"),
        ("p", "Dit ondersteuningsplan is een plan op hoofdlijnen. Het beschrijft de afspraken die de aangesloten "
              "besturen met elkaar hebben gemaakt en die voor vier jaar vastliggen. De praktische uitwerking staat in "
              "een aantal afzonderlijke documenten. Die documenten worden door het algemeen bestuur of de "
              "directeur-bestuurder vastgesteld en zijn, voor zover openbaar, te vinden op www.delingestroom-po.nl. "
              "Het gaat om:"),
        ("ul", ["het Handboek Ondersteuning De Lingestroom (werkwijze ondersteuningsteams, formats, routes);",
                "het Toewijzingsreglement 2025 (aanvragen van arrangementen en toelaatbaarheidsverklaringen);",
                "de Kadernota Financiën 2025-2029 en de jaarlijkse begroting;",
                "het Jaarplan, dat elk jaar vóór 1 juli wordt vastgesteld;",
                "het Thuiszittersprotocol regio Lingewaard-Betuwe;",
                "het Jaarverslag, met de verantwoording over het afgelopen kalenderjaar."]),
        ("p", "Waar dit plan naar zo'n document verwijst, is het plan leidend. Hoofdstuk 2 schetst de context. "
              "Hoofdstuk 3 gaat over de ondersteuning: van basisondersteuning tot speciaal onderwijs. Daarna volgen "
              "samenwerking met gemeenten, kwaliteit en resultaten, communicatie, geld en middelen, organisatie en "
              "de totstandkoming van dit plan. Achterin staan een begrippenlijst en een overzicht van de documenten "
              "waarnaar wordt verwezen."),
        ("h1", "2 Ons samenwerkingsverband in het kort"),
        ("p", "In het werkgebied van De Lingestroom liggen 41 basisscholen, twee scholen voor speciaal basisonderwijs "
              "(De Kade en Het Palet) en één school voor speciaal onderwijs cluster 3 en 4 met twee locaties (De "
              "Meander). Negen schoolbesturen zijn aangesloten. Op 1 oktober 2024 telden de scholen samen 9.812 "
              "leerlingen. Het leerlingaantal daalt licht, vooral in de kleine kernen aan de oostkant; in de "
              "nieuwbouwwijken van Betuwedal groeit het juist."),
        ("p", "De regio kent een grote diversiteit: stedelijke wijken met een hoog aandeel nieuwkomers en dorpen met "
              "één school. Die verschillen vragen om maatwerk, maar wel binnen gezamenlijke afspraken. Het "
              "samenwerkingsverband werkt nauw samen met het samenwerkingsverband VO in dezelfde regio, onder andere "
              "over de overstap naar het voortgezet onderwijs."),
    ]
    b += f_visie(d)
    b += [
        ("h1", "3 Ondersteuning in De Lingestroom"),
        ("p", "Ondersteuning is in ons verband in vier lagen georganiseerd. Hoe meer een kind nodig heeft, hoe meer "
              "partijen erbij betrokken raken, maar het uitgangspunt blijft de eigen school. De lagen zijn geen "
              "trappen die een kind moet aflopen: wie direct meer nodig heeft, krijgt direct meer."),
        ("h2", "3.1 Basisondersteuning: wat elke school biedt"),
        ("p", "De besturen hebben afgesproken dat iedere vestiging van iedere aangesloten school hetzelfde minimale "
              "niveau van ondersteuning biedt. Dat niveau geldt voor alle 41 basisscholen, ongeacht bestuur of "
              "grootte, en een school mag er niet onder zakken. Ouders kunnen op elke school in elk geval rekenen op:"),
        ("ul", ["een intern begeleider die minstens één dag per week beschikbaar is voor leraren en ouders;",
                "een ondersteuningsteam (OT) dat minstens zes keer per jaar bijeenkomt, met de orthopedagoog van het "
                "samenwerkingsverband als vast lid;",
                "werken met groepsplannen of groepsoverzichten en een leerlingvolgsysteem dat twee keer per jaar wordt "
                "geanalyseerd;",
                "een dyslexie- en een dyscalculieprotocol, inclusief doorverwijzing naar vergoede zorg;",
                "een aanpak voor sociale veiligheid met een pestprotocol en een jaarlijkse monitor;",
                "aanbod voor kinderen die meer aankunnen (verrijking in de groep);",
                "een protocol medisch handelen en afspraken over medicijnverstrekking;",
                "een ontwikkelingsperspectiefplan (OPP) voor ieder kind dat op een eigen leerlijn werkt."]),
        ("p", "Elk jaar voert een consulent met iedere directeur een gesprek 'Basis in beeld' aan de hand van deze "
              "lijst. Blijkt een school op onderdelen onder het niveau te zitten, dan maakt het bestuur een "
              "verbeterplan met een termijn van ten hoogste een jaar; de directeur-bestuurder bespreekt de voortgang "
              "met het bestuur."),
        ("h2", "3.2 Extra ondersteuning en arrangementen"),
        ("p", "Past een kind niet binnen de basisondersteuning, dan bespreekt de school het kind in het OT. Het OT kan "
              "een arrangement aanvragen bij het Loket van De Lingestroom. We onderscheiden:"),
        ("ul", ["laag 1 — basisondersteuning in de eigen groep (zie 3.1);",
                "laag 2 — extra ondersteuning op de eigen school, met een arrangement van het samenwerkingsverband "
                "(bijvoorbeeld extra handen in de klas, een gedragsspecialist of een individueel programma);",
                "laag 3 — bovenschoolse voorzieningen: de taalklas voor nieuwkomers in Betuwedal, de "
                "plusklas op drie locaties en de observatiegroep 'De Brug' voor jonge kinderen;",
                "laag 4 — speciaal basisonderwijs (De Kade, Het Palet) en speciaal onderwijs (De Meander)."]),
        ("p", "De lagen hangen samen: een kind kan vanuit laag 3 terug naar laag 2, en de scholen voor s(b)o geven "
              "consultatie aan reguliere scholen. Hoe een arrangement wordt aangevraagd, beschrijft het "
              "Toewijzingsreglement 2025."),
        ("h2", "3.3 Toelaatbaarheid tot sbo en so"),
        ("p", "Voor plaatsing op een school voor speciaal basisonderwijs of speciaal onderwijs is een "
              "toelaatbaarheidsverklaring (TLV) van De Lingestroom nodig. De procedure verloopt als volgt:"),
        ("ol", ["Het bestuur van de school waar het kind staat ingeschreven dient de aanvraag in bij het Loket, met "
                "het groeidocument, het OPP, een verslag van het laatste OT en de zienswijze van de ouders.",
                "Het Loket controleert binnen vijf werkdagen of het dossier compleet is.",
                "Twee deskundigen brengen ieder schriftelijk advies uit: een orthopedagoog of psycholoog en, "
                "afhankelijk van het kind, een tweede deskundige (bijvoorbeeld een maatschappelijk werker of "
                "kinderarts). Deskundigen die bij de aanvraag betrokken waren, adviseren niet.",
                "De Commissie Toelaatbaarheid neemt namens de directeur-bestuurder binnen zes weken na ontvangst van "
                "het complete dossier een besluit. Ouders en school ontvangen het besluit en een afschrift van de "
                "adviezen.",
                "Ouders en school kunnen binnen zes weken bezwaar maken. De Lingestroom is aangesloten bij de "
                "Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen, die adviseert over het bezwaar."]),
        ("p", "Aan de hand van welke criteria de commissie beoordeelt of een kind toelaatbaar is tot het sbo of tot "
              "het so, en in welke bekostigingscategorie, is vastgelegd in het Toewijzingsreglement 2025 (artikel 6 "
              "tot en met 9). Het reglement wordt jaarlijks geëvalueerd."),
        ("h2", "3.4 Terug naar de basisschool"),
        ("p", "De Lingestroom vindt het belangrijk dat kinderen niet langer in het speciaal (basis)onderwijs blijven "
              "dan nodig is. Samen met De Kade, Het Palet en De Meander werken we in schooljaar 2026-2027 een "
              "gezamenlijk kader voor terugplaatsing en overplaatsing uit. Tot dat kader er is, maken de betrokken "
              "scholen per situatie afspraken. Het kader wordt na vaststelling aan dit plan toegevoegd."),
        ("h1", "4 Thuiszitters en verzuim"),
        ("p", "Ieder kind hoort op school. Toch zijn er ook in onze regio kinderen die langere tijd niet naar school "
              "gaan. Wij nemen deel aan het regionale overleg met leerplicht en jeugdhulp. De aanpak van thuiszitters "
              "en van kinderen voor wie nog geen passende plek is gevonden, wordt in 2026 geactualiseerd in het "
              "Thuiszittersprotocol regio Lingewaard-Betuwe; de nieuwe versie volgt. Het streven naar een dekkend "
              "aanbod blijft daarbij uitgangspunt."),
    ]
    b += f_oogo(d, with_cooperation=True)
    b += [
        ("h1", "5 Kwaliteit en resultaten"),
        ("p", "We willen weten of wat we doen werkt. Daarom hebben we voor de planperiode vijf beoogde resultaten "
              "vastgesteld. Voor elk resultaat is een indicator, een uitgangswaarde en een streefwaarde afgesproken."),
        ("table", [["Beoogd resultaat", "Indicator", "2024 (nulmeting)", "Streefwaarde 2029"],
                   ["Meer kinderen krijgen ondersteuning op de eigen school", "Deelnamepercentage sbo + so (1 okt.)",
                    "3,9%", "3,4%"],
                   ["Snelle toewijzing", "Gemiddelde doorlooptijd arrangement", "38 werkdagen", "25 werkdagen"],
                   ["Arrangementen werken", "Aandeel arrangementen waarvan de doelen bij de evaluatie zijn "
                    "behaald", "64%", "80%"],
                   ["Scholen voldoen aan de basisondersteuning", "Scholen zonder verbeterplan", "34 van 41",
                    "41 van 41"],
                   ["Tevreden ouders", "Gemiddeld rapportcijfer ouderpeiling", "7,1", "7,5"]]),
        ("p", "Hoe we de resultaten volgen: het bureau verzamelt de kengetallen twee keer per jaar (peildata 1 oktober "
              "en 1 februari) en legt ze vast in een dashboard dat elk kwartaal aan het algemeen bestuur wordt "
              "voorgelegd. De ouderpeiling vindt elke twee jaar plaats in het voorjaar. Jaarlijks beschrijven we in "
              "het jaarverslag per resultaat wat bereikt is en welke middelen ervoor zijn ingezet; het jaarverslag "
              "wordt besproken met de OPR. Wijkt een indicator twee metingen achter elkaar meer dan tien procent af "
              "van de lijn naar de streefwaarde, dan neemt het jaarplan een verbeteractie op."),
        ("h1", "6 Communicatie"),
        ("p", "Goede communicatie is een voorwaarde voor vertrouwen. Wij communiceren met scholen via een "
              "nieuwsbrief voor intern begeleiders en directeuren en via de netwerken."),
        ("h2", "6.1 Communicatie met ouders"),
        ("p", "Ouders informeren we over de ondersteuning die in de regio beschikbaar is op drie manieren. Op de "
              "ouderpagina van onze website staan per school het schoolondersteuningsprofiel en een overzicht van "
              "de arrangementen en bovenschoolse voorzieningen. Bij de aanmelding op een basisschool ontvangen "
              "ouders de folder 'Passend onderwijs in gewone taal', die ook in het Arabisch, Pools en Turks "
              "beschikbaar is. En twee keer per jaar organiseren we een informatieavond voor ouders over extra "
              "ondersteuning en speciaal onderwijs, afwisselend in Lingewaard-Oost en Betuwedal."),
        ("p", "Met de komst van de wettelijke ouder- en jeugdsteunpunten bezinnen we ons op de vraag hoe ouders met "
              "vragen of onenigheid het beste onafhankelijk geholpen kunnen worden. Nadere informatie daarover volgt "
              "in de loop van de planperiode. De klachtenregeling van De Lingestroom staat op de website."),
        ("h1", "7 Geld en middelen"),
        ("p", "De Lingestroom ontvangt van het Rijk de middelen voor lichte en zware ondersteuning. Na aftrek van de "
              "afdrachten aan DUO voor leerlingen in het so en het sbo boven de 2%-grens resteert het budget dat "
              "het samenwerkingsverband zelf verdeelt. We hanteren een schoolmodel: het grootste deel van de "
              "middelen gaat rechtstreeks naar de besturen."),
        ("ul", ["Schoolbudget: ieder bestuur ontvangt € 185 per leerling (teldatum 1 oktober voorafgaand aan het "
                "schooljaar) plus een vaste voet van € 7.500 per school. Uitbetaling in twee termijnen, in "
                "september en februari.",
                "Arrangementen: voor laag 2 en laag 3 is een arrangementenbudget beschikbaar. De Commissie "
                "Toelaatbaarheid kent arrangementen toe op aanvraag van het OT; de hoogte volgt uit vijf vaste "
                "tarieven (van € 2.500 tot € 12.000 per jaar).",
                "Bovenschoolse voorzieningen (taalklas, plusklas, De Brug) krijgen een vast jaarbudget op basis van "
                "het aantal plaatsen.",
                "Besturen verantwoorden de besteding van het schoolbudget jaarlijks vóór 1 april in een "
                "verantwoordingsformat; niet-bestede middelen boven 10% worden verrekend."]),
        ("p", "Tabel 7.1 geeft de meerjarenbegroting. Het weerstandsvermogen ligt eind 2024 op 7% van de baten; de "
              "ondergrens is 5%. De reserve boven de signaleringswaarde (€ 0,4 miljoen) wordt in 2025 en 2026 "
              "ingezet voor de uitbreiding van De Brug."),
        ("table", [["Meerjarenbegroting (× € 1.000)", "2025", "2026", "2027", "2028"],
                   ["Baten ondersteuningsmiddelen", "9.640", "9.580", "9.510", "9.450"],
                   ["Afdrachten DUO (so/sbo)", "-4.980", "-4.940", "-4.890", "-4.850"],
                   ["Schoolbudgetten besturen", "-2.120", "-2.100", "-2.080", "-2.060"],
                   ["Arrangementen laag 2 en 3", "-1.310", "-1.330", "-1.340", "-1.340"],
                   ["Bovenschoolse voorzieningen", "-620", "-640", "-600", "-590"],
                   ["Bureau, deskundigen en OPR", "-770", "-780", "-790", "-800"],
                   ["Saldo", "-160", "-210", "-190", "-190"]]),
        ("h1", "8 Organisatie"),
    ]
    b += f_governance(d)[1:]
    b += f_opr(d, with_parents=True)
    b += f_personeel(d)
    b += f_ict_privacy(d)
    b += f_planning(d)
    b += [
        ("h1", "Begrippenlijst"),
        ("table", [["Begrip", "Betekenis"],
                   ["Basisondersteuning", "Het afgesproken niveau van ondersteuning dat alle scholen bieden."],
                   ["OJSP", "Ouder- en jeugdsteunpunt: onafhankelijke hulp voor ouders en jongeren bij vragen en "
                            "onenigheid over ondersteuning."],
                   ["Terugplaatsing", "Terugkeer van een leerling uit het sbo of so naar het reguliere "
                                      "basisonderwijs, bijvoorbeeld na afloop van de TLV."],
                   ["Toelaatbaarheidscriteria", "De voorwaarden waaronder een kind toelaatbaar is tot sbo of so."],
                   ["TLV", "Toelaatbaarheidsverklaring."],
                   ["Dekkend aanbod", "Voor ieder kind is een passende plek beschikbaar; witte vlekken worden "
                                      "opgespoord en opgelost."],
                   ["OOGO", "Op overeenstemming gericht overleg met de gemeenten."],
                   ["OPR", "Ondersteuningsplanraad."],
                   ["Verdeelmodel", "De regels waarmee de ondersteuningsmiddelen worden verdeeld."]]),
        ("h1", "Overzicht van documenten waarnaar wordt verwezen"),
        ("ul", ["Handboek Ondersteuning De Lingestroom, versie 2025 — website, rubriek Professionals",
                "Toewijzingsreglement 2025 — website, rubriek Documenten",
                "Kadernota Financiën 2025-2029 — op te vragen bij het bureau",
                "Thuiszittersprotocol regio Lingewaard-Betuwe — versie 2026 in voorbereiding",
                "Jaarplan en jaarverslag — website, rubriek Over ons"]),
    ]
    return with_toc(b)


# ----------------------------------------------------------------------------------------------
# Plan 2: VO, .docx, almost entirely bullet lists
# ----------------------------------------------------------------------------------------------
P2 = dict(name="Samenwerkingsverband Voortgezet Onderwijs Duin en Polder", short="SWV Duin en Polder",
          code="VO 27-04", sector="vo", period="2025-2029", director="R. (Ruben) Kortekaas MEd",
          n_boards=7, gemeenten=["Zandhoven", "Polderwijk", "Kustmeer"], oogo_date="4 februari 2025",
          opr_date="25 maart 2025", vast_date="3 april 2025")


def plan2():
    d = P2
    b = [
        ("title", "Ondersteuningsplan 2025-2029 in één oogopslag"),
        ("subtitle", f"{d['name']} ({d['code']})"),
        ("ul", ["Planperiode: 1 augustus 2025 tot en met 31 juli 2029",
                "Instemming OPR: 25 maart 2025",
                "Vastgesteld door het algemeen bestuur: 3 april 2025",
                "OOGO met de gemeenten Zandhoven, Polderwijk en Kustmeer: 4 februari 2025",
                "Overleg met SWV PO Duin en Polder en SWV PO Kustmeer: 20 januari 2025"]),
        ("pagebreak",),
        ("toc", None),
        ("pagebreak",),
    ]
    b += f_voorwoord(d)
    b += [
        ("h1", "Vooraf"),
        ("ul", ["Dit plan is kort. Het bevat de afspraken; de uitwerking staat in aparte documenten.",
                "Elke paragraaf eindigt met 'Meer weten?': daar staat welk document u kunt raadplegen.",
                "Het plan is geschreven in lijstvorm, op verzoek van de OPR: 'kort, concreet, scanbaar'.",
                "Woorden die u niet kent, staan in de afkortingenlijst achterin.",
                "Met dank aan de 140 leraren, mentoren, ouders en leerlingen die meededen aan de "
                "consultatieronde in het najaar van 2024."]),
        ("h2", "Wat is er nieuw ten opzichte van het vorige plan?"),
        ("ul", ["Het plan is korter en verwijst voor de uitwerking naar handboeken en protocollen.",
                "De Commissie Toewijzing vervangt de afzonderlijke commissies voor arrangementen en "
                "toelaatbaarheid.",
                "Leerlingen krijgen een formele stem bij aanvragen.",
                "Het verdeelmodel is vereenvoudigd: geen aparte budgetten meer voor gedrag en leren.",
                "Er komt een onafhankelijk ouder- en jeugdsteunpunt.",
                "De Plusroute en de uitbreiding van het vso-aanbod cluster 4 zijn nieuw."]),
        ("h2", "Wat we hoorden in de consultatie"),
        ("ul", ["Leraren: 'Maak de aanvraag eenvoudiger en geef sneller antwoord.'",
                "Mentoren: 'We willen weten wat de consulent kan doen voordat het misgaat.'",
                "Ouders: 'We verdwalen in de termen. Leg uit wat lwoo, vso en OPP betekenen.'",
                "Leerlingen: 'Vraag ons wat wij nodig hebben, niet alleen onze ouders.'",
                "Gemeenten: 'Betrek het lokale team eerder, niet pas als er een thuiszitter is.'",
                "Besturen: 'Houd het geld zoveel mogelijk in de scholen.'",
                "Vso-scholen: 'Laat leerlingen niet te lang wachten op een besluit.'"]),
        ("h1", "1 Samenvatting"),
        ("ul", ["Basisondersteuning: elke vestiging biedt hetzelfde minimum (hoofdstuk 3).",
                "Extra ondersteuning en voorzieningen: van school tot vso, met de Commissie Toewijzing als spil "
                "(hoofdstuk 4 en 5).",
                "Toelaatbaarheid vso, lwoo en pro: hoofdstuk 5.",
                "Terugplaatsing: we maken de weg terug naar het regulier vo korter (hoofdstuk 6).",
                "Geld: het grootste deel gaat naar de scholen (hoofdstuk 8).",
                "Resultaten: vijf doelen voor 2029 (hoofdstuk 9).",
                "Ouders en leerlingen: informatie en onafhankelijke steun (hoofdstuk 10)."]),
        ("h1", "2 Wie zijn wij"),
        ("ul", ["Zeven schoolbesturen, 19 vestigingen voor voortgezet onderwijs, waarvan 6 met lwoo en 1 school "
                "voor praktijkonderwijs.",
                "Twee scholen voor vso: Het Duin (cluster 4) en De Polderhof (cluster 3).",
                "Ruim 14.200 leerlingen (teldatum 1 oktober 2024).",
                "Drie gemeenten, één regionaal leerplichtbureau.",
                "Een bureau met 14 medewerkers: directeur-bestuurder, beleidsadviseur, controller, "
                "managementassistent, vijf consulenten, drie orthopedagogen en twee trajectbegeleiders.",
                "Stichting met een algemeen bestuur (één lid per bestuur) dat toezicht houdt; "
                "directeur-bestuurder is het bestuur."]),
        ("h2", "Missie en visie"),
        ("ul", ["Missie: iedere jongere in Duin en Polder volgt onderwijs dat past en haalt een diploma of "
                "startkwalificatie, of vindt een duurzame plek op de arbeidsmarkt.",
                "Regulier waar het kan, speciaal waar het moet.",
                "Niet het etiket maar de onderwijsbehoefte bepaalt wat een leerling krijgt.",
                "Leerlingen praten mee over hun eigen ondersteuning.",
                "Kort, simpel en snel: liever één gesprek dan drie formulieren.",
                "Samen met gemeenten en jeugdhulp: één leerling, één plan."]),
        ("h2", "Koers 2025-2029"),
        ("ul", ["Ondersteuning dichter bij de klas: minder bovenschools, meer in de school.",
                "Minder uitval bij de overgang po-vo en vo-mbo.",
                "Een eerlijk en uitlegbaar verdeelmodel.",
                "Zichtbaar maken wat het samenwerkingsverband oplevert."]),
        ("h1", "3 Basisondersteuning"),
        ("ul", ["Basisondersteuning is in Duin en Polder het niveau van ondersteuning dat iedere vestiging van "
                "ieder aangesloten bestuur minimaal biedt, zonder aanvraag bij het samenwerkingsverband en zonder "
                "extra middelen.",
                "Het niveau is voor alle 19 vestigingen gelijk; een school kan meer bieden, niet minder.",
                "De afspraken zijn gemaakt door de besturen gezamenlijk en gelden de hele planperiode.",
                "Extra ondersteuning begint waar de basisondersteuning ophoudt (hoofdstuk 4)."]),
        ("p", "Meer weten? Welke voorzieningen, interventies en expertise dit minimum concreet omvat, is per "
              "onderdeel uitgewerkt in het Handboek Basisondersteuning VO 2025. Elke school neemt de uitwerking op "
              "in haar schoolgids."),
        ("h1", "4 Extra ondersteuning en het aanbod in de regio"),
        ("ul", ["Niveau 1 — basisondersteuning op iedere vestiging (hoofdstuk 3).",
                "Niveau 2 — extra ondersteuning op de eigen school: de school zet met het "
                "schoolbudget een arrangement in, zoals een trajectklas, begeleiding door de orthopedagoog of "
                "examentraining bij faalangst.",
                "Niveau 3 — bovenschoolse voorzieningen: OPDC De Brug (40 plaatsen, verblijf maximaal één "
                "schooljaar, daarna terug naar een reguliere school), reboundvoorziening Herstart (12 weken, "
                "8 plaatsen), schakelklassen en de ISK voor nieuwkomers in Polderwijk.",
                "Niveau 4 — lwoo op zes vestigingen en praktijkonderwijs op Praktijkcollege Kustmeer.",
                "Niveau 5 — voortgezet speciaal onderwijs op Het Duin en De Polderhof, en onderwijs-"
                "zorgarrangementen met jeugdhulp.",
                "Welk niveau een leerling nodig heeft, bepaalt de school samen met een consulent van het "
                "samenwerkingsverband.",
                "Tussen de niveaus kan een leerling in beide richtingen bewegen."]),
        ("h2", "Het netwerk sluitend houden"),
        ("ul", ["Thuiszittertafel: elke maand met leerplicht, jeugdhulp en de consulenten. Iedere leerling die "
                "langer dan vier weken niet naar school gaat, wordt binnen twee weken besproken.",
                "Doorzettingsmacht: komen school en partners er niet uit, dan beslist de directeur-bestuurder "
                "binnen tien werkdagen welke school de leerling een plek biedt.",
                "Zorgplicht: scholen melden een aanmelding die zij niet kunnen plaatsen direct bij de consulent, "
                "die binnen zes weken samen met de besturen een passende plek regelt.",
                "Witte vlekken: jaarlijks in mei analyseert het bureau wachtlijsten, afwijzingen en "
                "thuiszitterscasussen. Uitkomst 2024: geen passend aanbod voor hoogbegaafde leerlingen met "
                "psychische klachten en een tekort aan vso-plaatsen cluster 4 in de onderbouw.",
                "Acties: de Plusroute op twee havo/vwo-scholen start op 1 augustus 2026; met Het Duin is een "
                "uitbreiding van 16 onderbouwplaatsen afgesproken per 1 augustus 2025.",
                "Wachtlijst vso: het bureau houdt een wachtlijst bij; een leerling op de wachtlijst krijgt "
                "binnen vier weken een overbruggingsarrangement op de huidige school."]),
        ("h2", "Overstap van po naar vo"),
        ("ul", ["Basisscholen dragen leerlingen met een OPP of arrangement warm over, uiterlijk in mei van groep 8.",
                "Bij twijfel over lwoo of pro neemt de basisschool vóór 1 december contact op met de consulent.",
                "Een leerling die in het po een arrangement had, behoudt de eerste drie maanden in het vo een "
                "vergelijkbare ondersteuning; de vo-school hoeft daarvoor geen nieuwe aanvraag te doen.",
                "Jaarlijks overleg met de twee po-verbanden over de overstap en de cijfers."]),
        ("h2", "Nieuwkomers en meer- en hoogbegaafde leerlingen"),
        ("ul", ["Nieuwkomers starten in de ISK in Polderwijk en stromen binnen twee jaar door naar een reguliere "
                "vestiging, met een taalarrangement van een half jaar.",
                "Meer- en hoogbegaafde leerlingen: vanaf augustus 2026 de Plusroute op twee havo/vwo-scholen voor "
                "leerlingen die daarnaast psychische klachten hebben."]),
        ("h1", "5 Toewijzing: vso, lwoo en pro"),
        ("h2", "Toelaatbaarheid vso"),
        ("ul", ["Aanvrager: het bevoegd gezag van de school waar de leerling staat ingeschreven of is aangemeld.",
                "Stukken: OPP met evaluatie, onderwijskundig rapport, verslag ondersteuningsteam, zienswijze van "
                "ouders en van de leerling zelf.",
                "Besluit: de Commissie Toewijzing, namens de directeur-bestuurder, binnen zes weken na een "
                "compleet dossier; bij spoed binnen tien werkdagen.",
                "Deskundigen: een orthopedagoog of GZ-psycholoog en een tweede deskundige die past bij de "
                "vraag (jeugdarts, maatschappelijk werker of kinder- en jeugdpsychiater); beiden geven een eigen "
                "schriftelijk advies en zijn niet betrokken geweest bij de aanvraag.",
                "Geldigheid: standaard twee schooljaren; bij een blijvende beperking tot het einde van het vso.",
                "Bekostigingscategorie: laag, tenzij het dossier een medische of lichamelijke ondersteuningsbehoefte "
                "onderbouwt (midden) of ernstig meervoudige beperkingen (hoog)."]),
        ("h2", "Wanneer is een leerling toelaatbaar tot het vso?"),
        ("ul", ["De school heeft de basisondersteuning en ten minste één arrangement op niveau 2 of 3 "
                "aantoonbaar ingezet, met twee geëvalueerde OPP-cycli.",
                "De ondersteuningsbehoefte is zo groot of complex dat geen reguliere vestiging in de regio haar "
                "met een arrangement kan bieden (onder meer: continue nabijheid van een volwassene, een "
                "therapeutisch klimaat of zorg in onderwijstijd).",
                "Het vso kan wél bieden wat de leerling nodig heeft, en dat is onderbouwd in het OPP.",
                "Uitzondering: bij een aantoonbaar levenslange beperking (zoals een ernstige verstandelijke "
                "beperking) is de eerste voorwaarde niet van toepassing."]),
        ("h2", "Lwoo en praktijkonderwijs"),
        ("ul", ["Duin en Polder volgt de landelijke criteria voor lwoo en pro; er is geen sprake van opting out.",
                "Lwoo: IQ tussen 75 en 90 met een leerachterstand van 25% tot 50% op twee van de vier domeinen "
                "(inzichtelijk rekenen, begrijpend lezen, technisch lezen, spelling), of IQ 91-120 met die "
                "achterstand en sociaal-emotionele problematiek.",
                "Pro: IQ tussen 55 en 80 en een leerachterstand van 50% of meer op twee domeinen, waarvan één "
                "inzichtelijk rekenen of begrijpend lezen.",
                "Aanvraag: de vo-school waar de leerling is aangemeld dient de aanvraag uiterlijk 1 april in via het "
                "digitale aanvraagportaal; de Commissie Toewijzing besluit binnen vier weken.",
                "Lwoo geldt voor de hele schoolloopbaan in het vmbo; een pro-verklaring geldt tot het einde van "
                "de opleiding."]),
        ("h2", "Bezwaar"),
        ("ul", ["Niet eens met een besluit? Ouders (en de school) kunnen binnen zes weken bezwaar maken bij het "
                "samenwerkingsverband.",
                "De Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen brengt advies uit; de "
                "directeur-bestuurder beslist daarna op het bezwaar."]),
        ("p", "Meer weten? Formulieren en het stroomschema staan in het Handboek Toewijzing VO op de website."),
        ("h1", "6 Terug naar het regulier voortgezet onderwijs"),
        ("ul", ["Ons beleid: het vso is voor veel leerlingen een tussenstation. Wie in het regulier vo een diploma "
                "kan halen, krijgt die kans zodra dat verantwoord is.",
                "Voorwaarden voor terugkeer of overplaatsing: de leerling heeft minstens een half jaar stabiel "
                "gefunctioneerd op het vso, een reguliere vestiging kan met hooguit een niveau 2-arrangement bieden "
                "wat nodig is, en leerling en ouders staan achter de overstap.",
                "Steun na terugkeer: elke teruggeplaatste leerling krijgt een terugkeerarrangement van 20 weken, "
                "waarin een begeleider van de vso-school de leerling en de mentor op de nieuwe school coacht. Het "
                "samenwerkingsverband betaalt dit arrangement (€ 3.800 per leerling).",
                "Ambitie: jaarlijks ten minste 15 leerlingen terug of over naar het regulier vo (2024: 9).",
                "Ook vanuit OPDC De Brug is terugkeer het uitgangspunt; zie hoofdstuk 4."]),
        ("p", "Meer weten? Wie het initiatief neemt, welke stappen en evaluatiemomenten er zijn en wie uiteindelijk "
              "beslist, staat in het Protocol terugplaatsing vso-vo (rubriek Documenten op de website)."),
        ("h1", "7 Samenwerking met gemeenten en jeugdhulp"),
        ("ul", ["OOGO over dit plan op 4 februari 2025; verslag op te vragen bij het bureau.",
                "Gezamenlijke agenda 2025-2029 met vijf thema's: thuiszitters, jeugdhulp in de school, "
                "leerlingenvervoer, huisvesting van voorzieningen, vo-mbo-overgang.",
                "Jeugdhulp in de school: in 2025-2026 een pilot op vier vestigingen met een vaste "
                "jeugdhulpverlener van het lokale team.",
                "Onderwijs-zorgarrangementen: school en gemeente financieren samen; één plan per leerling.",
                "Regionale Meld- en Coördinatiefunctie voortijdig schoolverlaten: deelname aan het kwartaaloverleg."]),
        ("h1", "8 Financiën"),
        ("h2", "Verdeling van de middelen"),
        ("ul", ["Bron: de rijksmiddelen lichte en zware ondersteuning, na aftrek van de DUO-afdrachten voor vso.",
                "Schoolbudget: € 118 per leerling (teldatum 1 oktober voorafgaand aan het schooljaar) plus een "
                "vaste voet van € 15.000 per vestiging; betaling in twee termijnen (oktober en maart).",
                "Lwoo en pro: de middelen worden doorgegeven aan de scholen met lwoo of pro, naar rato van het "
                "aantal leerlingen met een aanwijzing of verklaring op 1 oktober.",
                "Bovenschoolse voorzieningen (De Brug, Herstart, Plusroute): een vast budget per plaats.",
                "Arrangementen niveau 3 en onderwijs-zorgarrangementen: op aanvraag, via de Commissie Toewijzing, "
                "met drie tarieven (A € 4.000, B € 8.000, C € 14.000 per jaar).",
                "Het algemeen bestuur stelt de verdeling jaarlijks vast bij de begroting in december.",
                "Verantwoording: besturen leveren vóór 1 maart een verantwoordingsrapportage in; niet-bestede "
                "middelen boven 15% van het schoolbudget worden teruggevorderd."]),
        ("h2", "Besteding en meerjarenbegroting"),
        ("p", "Meer weten? De meerjarenbegroting 2025-2029, de begroting per post en het beleid voor reserves en "
              "weerstandsvermogen zijn opgenomen in de Kadernota Financiën 2025-2029 en in de Begroting 2026. Beide "
              "worden jaarlijks door het algemeen bestuur vastgesteld en zijn te vinden op de website."),
        ("h1", "9 Resultaten"),
        ("h2", "Onze doelen voor 2029"),
        ("ul", ["Thuiszitters: het aantal leerlingen dat langer dan drie maanden thuiszit daalt van 17 (2024) naar "
                "hooguit 5.",
                "Deelname vso: het deelnamepercentage vso daalt van 4,1% naar 3,6%, zonder dat het aantal "
                "thuiszitters stijgt.",
                "Terugkeer: jaarlijks ten minste 15 leerlingen van het vso naar het regulier vo.",
                "Overgang: 95% van de leerlingen met een OPP in het po start in het vo zonder onderbreking in "
                "de ondersteuning.",
                "Diploma: het percentage leerlingen met extra ondersteuning dat het vo verlaat met een diploma "
                "stijgt van 71% naar 78%.",
                "Tevredenheid: ouders en leerlingen geven de toewijzing gemiddeld minstens een 7."]),
        ("h2", "Meten en volgen"),
        ("ul", ["Welke gegevens we verzamelen om deze doelen te volgen, hoe vaak en aan wie we rapporteren, "
                "werken we in 2026 uit in een monitoringsinstrument.",
                "Het instrument wordt na instemming van de OPR opgenomen in het Jaarplan 2026-2027."]),
        ("h1", "10 Ouders en leerlingen"),
        ("h2", "Informatie"),
        ("ul", ["Website met een aparte pagina voor ouders en een voor leerlingen, met per school de "
                "ondersteuningsparagraaf uit de schoolgids en een overzicht van alle voorzieningen uit hoofdstuk 4.",
                "Ouderfolder 'Extra ondersteuning in het vo' in vijf talen, uitgereikt via de basisscholen in "
                "groep 8.",
                "Twee ouderavonden per jaar (oktober en maart) over extra ondersteuning, lwoo, pro en vso.",
                "Het ondersteuningsteam van de school informeert ouders bij de start van een arrangement over "
                "wat het arrangement inhoudt en hoe lang het duurt.",
                "Een vast ouderspreekuur van de consulenten op woensdagmiddag (telefonisch en via chat)."]),
        ("h2", "Onafhankelijke steun"),
        ("ul", ["Ouder- en Jeugdsteunpunt Duin en Polder: onafhankelijk, ondergebracht bij Stichting Kustwerk; "
                "bereikbaar op werkdagen, helpt ouders en jongeren bij vragen, twijfels en onenigheid met school of "
                "samenwerkingsverband en gaat mee naar gesprekken.",
                "Onderwijsconsulenten (landelijk, kosteloos): bij een dreigende thuiszitsituatie of een "
                "vastgelopen plaatsing.",
                "Geschillencommissie passend onderwijs: bij geschillen over toelating, verwijdering of het OPP.",
                "Klachtenregeling van het samenwerkingsverband met een onafhankelijke klachtencommissie."]),
        ("h2", "Meepraten"),
        ("ul", ["Leerlingen geven hun mening over hun OPP (hoorrecht); hun zienswijze is onderdeel van elke "
                "aanvraag.",
                "In de OPR zitten drie ouders, twee leerlingen en vijf personeelsleden.",
                "Jaarlijks een leerlingenpanel over de ondersteuning op school."]),
        ("h1", "11 Organisatie, personeel en kwaliteit"),
        ("h2", "Governance"),
        ("ul", ["Algemeen bestuur: zes vergaderingen per jaar, keurt begroting, jaarplan en jaarverslag goed.",
                "Auditcommissie en remuneratiecommissie bereiden besluiten voor.",
                "Code Goed Bestuur VO-raad van toepassing.",
                "Geschillenregeling tussen besturen in de statuten."]),
        ("h2", "Rollen en verantwoordelijkheden"),
        ("ul", ["Directeur-bestuurder: eindverantwoordelijk voor de uitvoering van dit plan en voor besluiten "
                "over toewijzing.",
                "Algemeen bestuur: toezicht, vaststelling van plan, begroting en jaarverslag.",
                "Commissie Toewijzing: voorzitter (orthopedagoog van het bureau), twee consulenten en wisselende "
                "deskundigen.",
                "Consulenten: vast aanspreekpunt voor twee tot vier vestigingen.",
                "Schoolbesturen: verantwoordelijk voor de ondersteuning op hun eigen scholen en voor de zorgplicht.",
                "OPR: instemming met het plan en met wijzigingen daarvan."]),
        ("h2", "Personeel"),
        ("ul", ["Cao vo van toepassing op het bureau.",
                "Scholingsprogramma voor mentoren en ondersteuningscoördinatoren: gedrag, executieve functies, "
                "gespreksvoering met ouders en leerlingen.",
                "Netwerk ondersteuningscoördinatoren: zes keer per jaar.",
                "Aandacht voor werkdruk: nieuwe afspraken alleen na toets op uitvoerbaarheid."]),
        ("h2", "ICT en privacy"),
        ("ul", ["Aanvragen uitsluitend via het beveiligde portaal.",
                "Functionaris gegevensbescherming gedeeld met drie andere verbanden.",
                "Bewaartermijn dossiers toewijzing: drie jaar na het besluit.",
                "Jaarlijkse privacyaudit."]),
        ("h2", "Planning- en controlcyclus"),
        ("ul", ["Elk jaar: jaarplan (juni), begroting (december), jaarverslag en jaarrekening (juni).",
                "Halverwege de planperiode (voorjaar 2027) bespreken het algemeen bestuur en de OPR of dit plan "
                "moet worden bijgesteld.",
                "Inspectiebezoek verwacht in 2026."]),
        ("h2", "Over deze webversie"),
        ("p", "Deze webversie is inhoudelijk gelijk aan de pdf-versie die het algemeen bestuur heeft vastgesteld; "
              "bij verschillen is de pdf-versie leidend, omdat die ter instemming aan de OPR is voorgelegd en aan "
              "de inspectie is toegezonden. Wijzigingen in "
              "het plan na instemming van de OPR worden op deze pagina verwerkt; onderaan staat de datum van de "
              "laatste wijziging. Oudere versies van het ondersteuningsplan zijn op verzoek beschikbaar bij het "
              "bureau."),
        ("h2", "Jaaragenda 2025-2026"),
        ("ul", ["September: startbijeenkomst ondersteuningscoördinatoren en consulenten.",
                "Oktober: teldatum leerlingen; eerste ouderavond.",
                "November: conferentie 'Samen sterk in de klas' voor mentoren.",
                "December: begroting 2026 in het algemeen bestuur.",
                "Februari: gezamenlijke bijeenkomst met het po over de overstap.",
                "Maart: tweede ouderavond; leerlingenpanel.",
                "April: uiterste aanvraagdatum lwoo en pro.",
                "Juni: jaarplan 2026-2027 en jaarverslag 2025 in het algemeen bestuur en de OPR."]),
        ("h2", "Aansluiting op mbo en arbeidsmarkt"),
        ("ul", ["Warme overdracht naar het mbo voor alle leerlingen met een OPP.",
                "Afspraken met het regionale mbo-college over entreeopleidingen.",
                "Praktijkcollege Kustmeer en de vso-scholen werken met het werkbedrijf aan duurzame plaatsing."]),
        ("h1", "Afkortingen en begrippen"),
        ("ul", ["Basisondersteuning — het minimum dat elke school biedt; zie het Handboek Basisondersteuning VO.",
                "ISK — internationale schakelklas.",
                "Lwoo — leerwegondersteunend onderwijs.",
                "Meerjarenbegroting — begroting voor meerdere jaren, zie de Kadernota Financiën.",
                "Monitoring — het systematisch volgen van resultaten.",
                "OJSP — ouder- en jeugdsteunpunt.",
                "OPDC — orthopedagogisch-didactisch centrum.",
                "OPP — ontwikkelingsperspectiefplan.",
                "OPR — ondersteuningsplanraad.",
                "Pro — praktijkonderwijs.",
                "Terugplaatsingsprotocol — het stappenplan voor terugkeer van vso naar vo.",
                "TLV — toelaatbaarheidsverklaring.",
                "Vso — voortgezet speciaal onderwijs."]),
        ("h1", "Documenten bij dit plan"),
        ("ul", ["Handboek Basisondersteuning VO 2025",
                "Handboek Toewijzing VO",
                "Protocol terugplaatsing vso-vo",
                "Kadernota Financiën 2025-2029 en Begroting 2026",
                "Jaarplan 2025-2026",
                "Jaarverslag 2024"]),
    ]
    return with_toc(b)


# ----------------------------------------------------------------------------------------------
# Plan 3: PO, .pdf (from .docx), prose with unusual wordings; terugplaatsing inside the TLV chapter
# ----------------------------------------------------------------------------------------------
P3 = dict(name="Samenwerkingsverband Passend Onderwijs Hunzedal", short="Hunzedal", code="PO 20-08",
          sector="po", period="2025-2029", director="J.H. (Jan-Hendrik) Mulder", n_boards=6,
          gemeenten=["Hunzeveen", "Oosterbroek", "Dalwold"], oogo_date="21 januari 2025",
          opr_date="6 maart 2025", vast_date="13 maart 2025")


def plan3():
    d = P3
    b = [
        ("title", "Koersplan passend onderwijs Hunzedal 2025-2029"),
        ("subtitle", f"Ondersteuningsplan van {d['name']} ({d['code']}), op hoofdlijnen"),
        ("pagebreak",),
        ("toc", None),
        ("pagebreak",),
        ("h1", "Woord vooraf"),
        ("p", "Dit koersplan is ons ondersteuningsplan voor de periode 2025-2029. We hebben er bewust voor gekozen om "
              "het kort te houden en de uitwerking over te laten aan de documenten die we elk jaar vaststellen: het "
              "jaarplan, de begroting, de Kadernota en de Sociale Kaart Hunzedal. Zo blijft het plan leesbaar en "
              "kunnen we bijsturen waar dat nodig is."),
        ("p", "In de afgelopen periode is veel bereikt. Scholen weten elkaar beter te vinden, het Expertteam is een "
              "begrip geworden en de samenwerking met de gemeenten is hechter dan ooit. Tegelijk zijn er zorgen: "
              "over wachtlijsten, over de werkdruk in de klas en over kinderen die te lang thuis zitten. Dit plan "
              "laat zien hoe we daarmee omgaan."),
        ("p", "Wij danken de leden van de ondersteuningsplanraad voor hun scherpe vragen, de directeuren en intern "
              "begeleiders voor hun inbreng in de werkateliers en de wethouders van Hunzeveen, Oosterbroek en Dalwold "
              "voor het constructieve overleg."),
        ("p", f"{d['director']}, directeur-bestuurder"),
        ("h1", "1 Hunzedal in beeld"),
        ("p", "Hunzedal is een uitgestrekt, landelijk samenwerkingsverband. Binnen de grenzen liggen 38 "
              "basisscholen met samen 44 locaties, één school voor speciaal basisonderwijs (De Esborg, twee "
              "locaties) en één school voor speciaal onderwijs (Het Veenhuis, cluster 3 en 4). Zes besturen zijn "
              "aangesloten, van een grote openbare stichting met zeventien scholen tot een eenpitter met één "
              "christelijke dorpsschool."),
        ("p", "De scholen zijn vaak klein: een derde heeft minder dan honderd leerlingen. Reisafstanden zijn groot, "
              "wat speciale voorzieningen minder bereikbaar maakt en leerlingenvervoer duur. Op 1 oktober 2024 "
              "telden de scholen samen 6.430 leerlingen. De prognose laat tot 2029 een daling van ongeveer acht "
              "procent zien. Dat heeft gevolgen voor de middelen én voor het voortbestaan van kleine scholen."),
    ]
    b += f_visie(d)
    b += [
        ("h1", "2 Het fundament: wat elke school biedt"),
        ("p", "Wat de wet basisondersteuning noemt, heet in Hunzedal 'het fundament'. Het fundament is de "
              "ondergrens die alle besturen samen hebben vastgesteld: op iedere school en op iedere locatie van die "
              "school is ten minste dit aanwezig, zonder dat ouders of school daarvoor iets hoeven aan te vragen. "
              "Een school mag meer bieden, maar nooit minder; dat geldt voor de dorpsschool met zestig leerlingen "
              "net zo goed als voor de stadsschool met vierhonderd."),
        ("p", "Concreet betekent het fundament dat iedere school een intern begeleider heeft met ten minste één "
              "dagdeel per week per honderd leerlingen, en dat leerkrachten handelingsgericht werken: twee keer per "
              "jaar worden alle groepen besproken en voor kinderen die vastlopen wordt binnen zes weken een "
              "handelingsplan gemaakt. Elke school werkt met het regionale dyslexieprotocol en het "
              "dyscalculieprotocol, heeft een programma voor sociale veiligheid met een jaarlijkse meting en een "
              "aanspreekpunt pesten, en biedt kinderen die meer aankunnen een verrijkingsaanbod in de eigen groep. "
              "Anderstalige kinderen krijgen in de klas taalsteun volgens de NT2-leerlijn. Elke school heeft een "
              "protocol medisch handelen. Tot slot kan elke school binnen tien werkdagen een consultatie krijgen van "
              "het Expertteam Hunzedal, en werkt zij samen met de jeugdverpleegkundige en het schoolmaatschappelijk "
              "werk."),
        ("p", "Het fundament wordt opgenomen in de schoolgids van iedere school, zodat ouders weten wat zij mogen "
              "verwachten. Daar waar het fundament niet volstaat, spreken we van extra ondersteuning."),
        ("h1", "3 Van fundament tot speciale school"),
        ("p", "Tussen het fundament en het speciaal onderwijs ligt een breed palet aan arrangementen en voorzieningen. "
              "Een beschrijving van dat samenhangende geheel — het ondersteuningscontinuüm — nemen we bewust niet "
              "in dit koersplan op, omdat het aanbod elk jaar verandert. Het actuele overzicht van arrangementen, "
              "bovenschoolse voorzieningen en aanbieders staat in de Sociale Kaart Hunzedal op onze website."),
        ("h1", "4 De weg naar het speciaal (basis)onderwijs"),
        ("p", "Soms heeft een kind meer nodig dan een basisschool, ook met extra ondersteuning, kan bieden. Dan kan "
              "een plek op De Esborg (sbo) of Het Veenhuis (so) uitkomst bieden. Daarvoor is een "
              "toelaatbaarheidsverklaring nodig. In Hunzedal beslist de Adviescommissie Toegang (ACT) daarover."),
        ("h2", "4.1 Hoe een verklaring wordt aangevraagd"),
        ("p", "Het initiatief ligt bij het bestuur van de school waar het kind is ingeschreven. De school bespreekt de "
              "aanvraag eerst met de ouders en legt hun zienswijze vast. Vervolgens dient de school via het "
              "beveiligde portaal het dossier in: het groeidocument met de doelen en evaluaties, het OPP en de "
              "zienswijze van de ouders. Twee deskundigen van het samenwerkingsverband — altijd een orthopedagoog of "
              "psycholoog, aangevuld met een tweede deskundige die bij de vraag past, zoals een jeugdarts of "
              "maatschappelijk werker — spreken school en ouders en geven ieder afzonderlijk schriftelijk advies. "
              "Zij zijn niet eerder bij het kind betrokken geweest. De ACT neemt binnen zes weken na het complete "
              "dossier een besluit; bij een crisis kan dat binnen vijf werkdagen."),
        ("p", "Een verklaring voor De Esborg geldt tot het einde van de basisschoolperiode. Een verklaring voor Het "
              "Veenhuis geldt voor twee schooljaren, en vermeldt de bekostigingscategorie (laag, midden of hoog), "
              "die de ACT bepaalt op basis van het deskundigenadvies. Ouders en school die het niet eens zijn met "
              "het besluit, kunnen binnen zes weken bezwaar maken. Een onafhankelijke adviescommissie "
              "bezwaarschriften, met een jurist als voorzitter, hoort beide partijen en adviseert binnen tien weken."),
        ("h2", "4.2 Wanneer wij een verklaring afgeven"),
        ("p", "De ACT geeft een verklaring voor het speciaal basisonderwijs af als aan drie voorwaarden tegelijk is "
              "voldaan. Ten eerste heeft de basisschool het fundament en daarna ten minste twee periodes van twaalf "
              "weken extra ondersteuning ingezet en geëvalueerd. Ten tweede blijft de ontwikkeling van het kind "
              "ondanks die inzet duidelijk achter bij de doelen uit het OPP, of is het welbevinden van het kind "
              "ernstig in het geding. Ten derde heeft het kind een vorm van onderwijs nodig die de basisschool ook "
              "met een arrangement niet kan bieden: een kleine groep, een specialistische didactiek of een "
              "voortdurend gestructureerde omgeving."),
        ("p", "Voor het speciaal onderwijs geldt daarnaast dat de ondersteuningsbehoefte voortkomt uit een "
              "verstandelijke, lichamelijke of meervoudige beperking of langdurige ziekte (cluster 3), of uit "
              "ernstige gedrags- of psychiatrische problematiek (cluster 4), en dat het kind de specialistische "
              "begeleiding en zorg in onderwijstijd nodig heeft die alleen het so kan bieden. Bij een ernstige, "
              "blijvende beperking hoeft de eerste voorwaarde niet te zijn vervuld."),
        ("h2", "4.3 Na de plaatsing: terug of verder"),
        ("p", "Een plek op De Esborg of Het Veenhuis is in Hunzedal geen eindpunt. Ons beleid is dat ieder kind dat "
              "het aankan terugkeert naar een basisschool, bij voorkeur in de eigen woonplaats. Dat kan als het OPP "
              "laat zien dat het kind zich minstens een half jaar stabiel heeft ontwikkeld en dat wat het nodig "
              "heeft past binnen het fundament van een basisschool, eventueel met een arrangement. Na de overstap "
              "krijgt het kind een overstaparrangement van ten hoogste een jaar: een leerkracht van de speciale "
              "school begeleidt kind en leerkracht op de nieuwe school, betaald uit het arrangementenbudget van "
              "Hunzedal."),
        ("p", "Uiterlijk op 1 november van het laatste jaar van de verklaring voert de speciale school een "
              "evaluatiegesprek met de ouders en de consulent van het samenwerkingsverband. Daarin wordt besloten of "
              "terugkeer, overplaatsing naar een andere speciale school of verlenging aan de orde is. Bij terugkeer "
              "zoekt de consulent samen met de ouders een basisschool; de ontvangende school en de speciale school "
              "stellen vóór 1 april een overstapplan op, en de verklaring loopt af op 31 juli. Bij verlenging vraagt "
              "de speciale school vóór 1 maart een nieuwe verklaring aan via de route van paragraaf 4.1. Ouders en "
              "de speciale school kunnen ook tussentijds het initiatief nemen; de ACT beslist dan over beëindiging "
              "van de verklaring."),
        ("h1", "5 Niemand buiten beeld"),
        ("p", "Ook in Hunzedal zijn er kinderen die niet of niet volledig naar school gaan, of voor wie geen "
              "passende plek te vinden is. Daar leggen we ons niet bij neer. Zodra een kind vijf schooldagen "
              "ongeoorloofd of langdurig ziek afwezig is zonder perspectief op terugkeer, meldt de school dit bij "
              "leerplicht en bij de consulent. Binnen twee weken volgt een Overleg Passende Plek met school, ouders, "
              "consulent, leerplichtambtenaar en zo nodig jeugdhulp, waarin een plan met een termijn wordt gemaakt. "
              "Komt er binnen zes weken geen oplossing, dan besluit de directeur-bestuurder welk bestuur de "
              "zorgplicht invult."),
        ("p", "Elk jaar in januari brengen we in kaart waar het aanbod tekortschiet: aanmeldingen die niet tot "
              "plaatsing leidden, wachtlijsten bij De Esborg en Het Veenhuis en de casussen uit het Overleg "
              "Passende Plek. De analyse van 2024 liet twee witte vlekken zien. Jonge kinderen met ernstige gedrags- "
              "en ontwikkelingsvragen wachtten gemiddeld vier maanden op een plek; daarom opent op 1 augustus 2026 "
              "observatiegroep 't Startpunt met acht plaatsen. En kinderen die langdurig ziek zijn, kregen te laat "
              "onderwijs aan huis; sinds januari 2025 is er een vaste consulent voor zieke kinderen die binnen een "
              "week contact legt met ouders en school."),
    ]
    b += f_oogo(d, with_cooperation=True)
    b += [
        ("h1", "6 Communicatie en samenwerking"),
        ("p", "Samenwerking vraagt om heldere communicatie: met scholen, met partners en met ouders. Scholen "
              "informeren we via de maandelijkse IB-nieuwsbrief en de directeurenbijeenkomsten."),
        ("p", "Ouders willen weten waar zij aan toe zijn. Iedere school neemt het fundament en haar extra aanbod op "
              "in de schoolgids. Op de ouderpagina van onze website leggen we in eenvoudige taal uit welke "
              "ondersteuning er is, van fundament tot speciale school, en hoe je die krijgt. Drie keer per jaar "
              "verschijnt 'De Ouderwijzer', een digitale nieuwsbrief die via de schoolapps alle ouders bereikt. "
              "Ouders die twijfelen over de ondersteuning van hun kind kunnen een keukentafelconsult aanvragen: een "
              "consulent komt dan thuis langs om mogelijkheden en routes uit te leggen."),
        ("p", "Soms lopen ouders vast, of zijn zij het niet eens met school of samenwerkingsverband. Voor "
              "onafhankelijke hulp kunnen zij terecht bij het Ouder- en Kindsteunpunt Hunzedal, dat is ondergebracht "
              "bij Stichting Welzijn Veenkoloniën en niet door het samenwerkingsverband wordt aangestuurd. Het "
              "steunpunt is op werkdagen telefonisch en per mail bereikbaar, denkt mee en kan bemiddelen. Daarnaast "
              "kunnen ouders kosteloos een beroep doen op de landelijke Onderwijsconsulenten. Geschillen over "
              "toelating, verwijdering of het OPP kunnen worden voorgelegd aan de Geschillencommissie passend "
              "onderwijs."),
        ("h1", "7 Geldzaken"),
        ("p", "Hunzedal ontvangt jaarlijks ongeveer € 6,5 miljoen aan ondersteuningsmiddelen. Een groot deel daarvan "
              "wordt direct afgedragen voor kinderen in het sbo en so. Door de daling van het leerlingaantal nemen "
              "de inkomsten in de planperiode af."),
        ("p", "Het verdeelmodel, dat bepaalt welk deel van de middelen naar de besturen gaat en volgens welke "
              "sleutel, wordt in schooljaar 2025-2026 herijkt. De nieuwe verdeling wordt vastgelegd in de Kadernota "
              "2026 en daarna ter instemming aan de OPR voorgelegd; tot dat moment blijft de verdeling uit het vorige "
              "ondersteuningsplan van kracht."),
        ("table", [["Begroting op hoofdlijnen (× € 1.000)", "2025", "2026", "2027", "2028"],
                   ["Ondersteuningsmiddelen Rijk", "6.520", "6.410", "6.300", "6.190"],
                   ["Afdrachten sbo en so (DUO)", "-3.340", "-3.300", "-3.250", "-3.200"],
                   ["Budgetten schoolbesturen", "-1.560", "-1.510", "-1.470", "-1.430"],
                   ["Arrangementen en overstaparrangementen", "-690", "-700", "-700", "-690"],
                   ["Expertteam en consulenten", "-610", "-620", "-630", "-640"],
                   ["Observatiegroep 't Startpunt", "0", "-180", "-310", "-310"],
                   ["Bureau, ACT en OPR", "-340", "-345", "-350", "-355"],
                   ["Resultaat", "-20", "-245", "-410", "-425"]]),
        ("p", "De tekorten in 2026-2028 worden gedekt uit de algemene reserve, die eind 2024 € 1,6 miljoen bedroeg. "
              "Na 2028 ligt het weerstandsvermogen naar verwachting rond de ondergrens van 5% van de baten."),
        ("h1", "8 Kwaliteit"),
        ("p", "Hunzedal wil een organisatie zijn die leert van wat zij doet. Beoogde resultaten en de manier waarop we "
              "die volgen, leggen we jaarlijks vast in het jaarplan; in dit koersplan beperken we ons tot de koers. "
              "De scholen zelf rapporteren over leerresultaten en eindtoetsscores aan hun eigen bestuur en de "
              "inspectie; dat valt buiten dit plan."),
        ("h1", "9 Organisatie"),
    ]
    b += f_governance(d)[1:]
    b += f_opr(d, with_parents=True)
    b += f_personeel(d)
    b += f_ict_privacy(d)
    b += f_planning(d)
    b += [
        ("h1", "Verklarende woordenlijst"),
        ("table", [["Term", "Uitleg"],
                   ["ACT", "Adviescommissie Toegang: beslist over toelaatbaarheid tot sbo en so."],
                   ["Beoogde resultaten", "De resultaten die het samenwerkingsverband wil bereiken voor kinderen "
                                          "met extra ondersteuning, met indicatoren en streefwaarden."],
                   ["Continuüm", "Het samenhangende geheel van ondersteuningsvoorzieningen binnen en tussen "
                                 "scholen."],
                   ["Fundament", "De basisondersteuning in Hunzedal."],
                   ["Kwaliteitszorg", "Het systematisch meten, volgen en verbeteren van de resultaten."],
                   ["Sociale Kaart", "Online overzicht van arrangementen, voorzieningen en aanbieders."],
                   ["Verdeelmodel", "De sleutel waarmee ondersteuningsmiddelen over de besturen worden verdeeld."]]),
        ("h1", "Bijlagen (separaat)"),
        ("ul", ["Bijlage 1 — Sociale Kaart Hunzedal (online)",
                "Bijlage 2 — Kwaliteitskalender en indicatorenset (wordt opgenomen in het jaarplan)",
                "Bijlage 3 — Kadernota 2026 (na vaststelling)",
                "Bijlage 4 — Instemmingsbrief OPR en verslag OOGO"]),
    ]
    return with_toc(b)


# ----------------------------------------------------------------------------------------------
# Plan 4: VO, .pdf (from .docx), much content only in tables; weak plan that delegates a lot
# ----------------------------------------------------------------------------------------------
P4 = dict(name="Samenwerkingsverband Voortgezet Onderwijs Peelrand-Maasdal", short="SWV Peelrand-Maasdal",
          code="VO 30-11", sector="vo", period="2025-2029", director="mr. drs. H.A.M. (Hanneke) Verhoeven",
          n_boards=5, gemeenten=["Peelrand", "Maasdal", "Venhorst", "Boekelo-Zuid"], oogo_date="30 januari 2025",
          opr_date="11 maart 2025", vast_date="20 maart 2025")


def plan4():
    d = P4
    b = [
        ("title", "Ondersteuningsplan 2025-2029"),
        ("subtitle", f"{d['name']} ({d['code']})"),
        ("table", [["Colofon", ""],
                   ["Planperiode", "1 augustus 2025 - 31 juli 2029"],
                   ["Instemming ondersteuningsplanraad", "11 maart 2025"],
                   ["Vaststelling algemeen bestuur", "20 maart 2025"],
                   ["Onderwerpen", "basisondersteuning, dekkend netwerk, toewijzing, terugplaatsing, financiën, "
                                   "kwaliteit, ouders en leerlingen"],
                   ["Contact", "bureau@peelrand-maasdal-vo.nl"]]),
        ("pagebreak",),
        ("toc", None),
        ("pagebreak",),
    ]
    b += f_voorwoord(d)
    b += [
        ("h1", "1 Inleiding"),
        ("p", "Dit ondersteuningsplan bevat de afspraken van de vijf aangesloten besturen over passend onderwijs in "
              "de regio Peelrand-Maasdal voor de periode 2025-2029. Het plan is bewust compact. Uitvoeringsregels "
              "staan in documenten die sneller kunnen worden aangepast dan het plan zelf:"),
        ("table", [["Document", "Inhoud", "Status", "Vindplaats"],
                   ["Handboek Toewijzing VO 2025", "aanvragen vso, lwoo, pro en arrangementen", "vastgesteld",
                    "website / professionals"],
                   ["Kadernota Doorstroom", "terugplaatsing en overplaatsing", "in voorbereiding (2026)", "-"],
                   ["Netwerk in beeld", "inventarisatie aanbod en witte vlekken", "project 2026", "-"],
                   ["Jaarplan", "doelen en activiteiten per jaar", "jaarlijks vóór 1 juli", "website / over ons"],
                   ["Handreiking ondersteuningsparagraaf schoolgids", "format voor scholen", "vastgesteld",
                    "intranet scholen"],
                   ["Website ouders en leerlingen", "informatie voor ouders en leerlingen", "in ontwikkeling", "-"]]),
        ("p", "Waar in dit plan wordt verwezen naar een document, is het plan leidend bij tegenstrijdigheid. Nieuwe "
              "of gewijzigde documenten worden ter informatie aan de OPR gestuurd; wijzigingen van dit plan zelf "
              "vragen instemming."),
        ("h1", "2 De regio in cijfers"),
        ("p", "Peelrand-Maasdal is een middelgroot samenwerkingsverband in een gebied met vier gemeenten, "
              "afwisselend stedelijk en agrarisch. Tabel 2.1 geeft de belangrijkste cijfers."),
        ("table", [["Tabel 2.1 Kerncijfers (1 oktober 2024)", "Aantal"],
                   ["Aangesloten besturen", "5"],
                   ["Vestigingen regulier vo", "14"],
                   ["waarvan met lwoo", "5"],
                   ["Scholen voor praktijkonderwijs", "1"],
                   ["Scholen voor vso (cluster 3 en 4)", "2"],
                   ["Leerlingen regulier vo", "9.870"],
                   ["Leerlingen pro", "412"],
                   ["Leerlingen vso uit de regio", "398"],
                   ["Medewerkers bureau (fte)", "8,6"]]),
        ("p", "Het leerlingaantal in het voortgezet onderwijs daalt tot 2029 naar verwachting met zes procent. In "
              "Venhorst sluit in 2027 een kleine vestiging; de leerlingen gaan naar de vestiging in Peelrand."),
        ("h2", "Terugblik op de vorige planperiode"),
        ("p", "In de periode 2021-2025 heeft het samenwerkingsverband de toewijzing gedigitaliseerd, de commissies "
              "voor arrangementen en toelaatbaarheid samengevoegd tot één Commissie Toewijzing en het bureau "
              "verkleind. De tussentijdse evaluatie in 2023 liet zien dat scholen de procedures nog altijd als "
              "zwaar ervaren: er worden veel formulieren gevraagd, en scholen hebben het gevoel dat zij moeten "
              "'bewijzen' dat een leerling ondersteuning nodig heeft. Ook bleek dat de verschillen tussen scholen "
              "in de manier waarop zij ondersteuning organiseren groot zijn, wat het voor partners lastig maakt "
              "om aan te sluiten."),
        ("p", "Het vorige plan was uitgebreid en gedetailleerd. In de praktijk bleek dat veel van die details "
              "tussentijds moesten worden aangepast, wat telkens een wijziging van het plan vroeg. Daarom is dit "
              "plan compacter: de afspraken die vier jaar vaststaan, staan in het plan; de rest in documenten die "
              "sneller kunnen meebewegen."),
        ("h1", "3 Missie en uitgangspunten"),
        ("p", "Peelrand-Maasdal wil dat iedere jongere in de regio onderwijs volgt dat bij hem of haar past, zo "
              "dicht mogelijk bij huis. De besturen zijn samen verantwoordelijk; geen school kan het alleen. Onze "
              "uitgangspunten zijn: regulier waar het kan, eenvoudige procedures, transparante besteding van "
              "middelen en een cultuur waarin scholen van elkaar leren."),
        ("p", "In de vorige planperiode lag de nadruk op het opzetten van procedures. In deze periode willen we die "
              "procedures vereenvoudigen en meer aandacht geven aan de kwaliteit van ondersteuning in de klas. We "
              "kiezen daarbij voor een beperkt aantal speerpunten, die we jaarlijks uitwerken in het jaarplan."),
        ("h2", "Wet- en regelgeving in beweging"),
        ("p", "Dit plan verschijnt in een periode waarin veel verandert. Het kabinet werkt aan een landelijke "
              "norm voor basisondersteuning, die de afspraken van samenwerkingsverbanden op termijn kan "
              "vervangen. De Wet versterking positie ouders en leerlingen in het passend onderwijs brengt onder "
              "meer het hoorrecht voor leerlingen en de verplichting tot een ouder- en jeugdsteunpunt; wij "
              "bereiden ons daarop voor en werken de gevolgen uit zodra de inwerkingtreding bekend is. Ook de "
              "bekostiging van het voortgezet onderwijs wordt vereenvoudigd, met gevolgen voor de teldata en de "
              "afdrachten. Waar nieuwe wetgeving daartoe aanleiding geeft, passen we dit plan tussentijds aan, "
              "na instemming van de OPR."),
        ("h2", "Integriteit en goed bestuur"),
        ("p", "Het samenwerkingsverband hanteert een integriteitscode voor bestuur en medewerkers. Nevenfuncties "
              "van de directeur-bestuurder worden jaarlijks gemeld en in het jaarverslag gepubliceerd. Er is een "
              "regeling voor het melden van vermoedens van misstanden en een externe vertrouwenspersoon voor "
              "medewerkers. Bestuursleden die tevens bestuurder zijn van een aangesloten schoolbestuur, nemen "
              "niet deel aan de besluitvorming over aanvragen van hun eigen scholen."),
        ("h1", "4 Basisondersteuning"),
        ("p", "De afspraken over basisondersteuning uit het vorige ondersteuningsplan zijn in 2024 geëvalueerd. De "
              "besturen hebben besloten het gezamenlijke niveau van basisondersteuning en de invulling daarvan "
              "opnieuw vast te stellen zodra de landelijke norm basisondersteuning bekend is. Tot dat moment "
              "beschrijft iedere school haar ondersteuning in de ondersteuningsparagraaf van de schoolgids, "
              "volgens de Handreiking van het samenwerkingsverband."),
        ("p", "Het samenwerkingsverband ziet erop toe dat scholen doen wat zij beloven. Jaarlijks in het voorjaar "
              "bezoekt een auditteam van twee ondersteuningscoördinatoren van andere besturen en een consulent elke "
              "vestiging. Het team toetst of de ondersteuningsparagraaf in de schoolgids actueel is en of de "
              "beschreven ondersteuning in de praktijk wordt geboden. Bij tekortkomingen stelt de school binnen drie "
              "maanden een verbeterplan op, dat het auditteam na een half jaar opnieuw beoordeelt. De uitkomsten "
              "worden per bestuur besproken met de directeur-bestuurder."),
        ("h1", "5 Dekkend netwerk"),
        ("p", "Een dekkend netwerk van voorzieningen is een wettelijke opdracht en een gedeelde ambitie van de "
              "besturen. In 2026 voeren we het project 'Netwerk in beeld' uit, waarin we ons aanbod inventariseren "
              "en nagaan waar witte vlekken zijn. De uitkomsten en de maatregelen die daaruit volgen, worden "
              "opgenomen in het jaarplan 2027 en ter instemming aan de OPR voorgelegd als aanvulling op dit plan."),
        ("h1", "6 Toewijzing: vso, lwoo en pro"),
        ("p", "Het samenwerkingsverband beslist over toelaatbaarheid tot het voortgezet speciaal onderwijs, over "
              "aanwijzing voor leerwegondersteunend onderwijs en over toelaatbaarheid tot het praktijkonderwijs. Hoe "
              "een aanvraag verloopt — wie aanvraagt, welke stukken nodig zijn, wie adviseert, wie beslist en binnen "
              "welke termijn — is uitgewerkt in het Handboek Toewijzing VO 2025. Tabel 6.1 geeft de inhoudelijke "
              "criteria en de geldigheid."),
        ("table", [["Tabel 6.1", "Criteria", "Geldigheid", "Bekostiging"],
                   ["Vso cluster 3",
                    "Verstandelijke, lichamelijke of meervoudige beperking of langdurige ziekte; de leerling heeft "
                    "structureel specialistische begeleiding of zorg in onderwijstijd nodig die geen reguliere "
                    "vestiging met een arrangement kan bieden; blijkt uit OPP en deskundigenadvies.",
                    "tot einde vso bij blijvende beperking, anders 3 schooljaren", "laag, midden of hoog naar "
                    "ondersteuningsbehoefte"],
                   ["Vso cluster 4",
                    "Ernstige gedrags- of psychiatrische problematiek; minstens één jaar extra ondersteuning in het "
                    "regulier vo (twee OPP-cycli) zonder voldoende resultaat; behoefte aan een therapeutisch "
                    "klimaat in kleine groepen.",
                    "2 schooljaren", "laag"],
                   ["Lwoo (landelijke criteria)",
                    "IQ 75-90 en leerachterstand 25-50% op ten minste twee domeinen, of IQ 91-120 met die "
                    "achterstand en sociaal-emotionele problematiek.",
                    "gehele vmbo-loopbaan", "via lwoo-middelen"],
                   ["Pro (landelijke criteria)",
                    "IQ 55-80 en leerachterstand van 50% of meer op ten minste twee domeinen, waarvan één "
                    "inzichtelijk rekenen of begrijpend lezen.",
                    "tot einde opleiding", "via pro-middelen"]]),
        ("h1", "7 Afloop van de TLV"),
        ("p", "Doelen en voorwaarden van het terugplaatsingsbeleid worden vastgelegd in de Kadernota Doorstroom, "
              "die in 2026 verschijnt. Wel staat nu al vast welke stappen de vso-scholen zetten wanneer een TLV "
              "afloopt (tabel 7.1)."),
        ("table", [["Tabel 7.1 Stap", "Wanneer", "Wie", "Wat"],
                   ["1", "uiterlijk 1 oktober van het laatste TLV-jaar", "vso-school",
                    "evalueert met de leerling het OPP en formuleert een advies: terugplaatsing, overplaatsing of "
                    "verlenging"],
                   ["2", "uiterlijk 1 februari", "vso-school", "stuurt advies en OPP naar de Commissie "
                                                                "Toewijzing"],
                   ["3", "binnen zes weken na ontvangst", "Commissie Toewijzing",
                    "besluit over een nieuwe TLV of beëindiging; bij beëindiging wordt een reguliere school "
                    "gezocht"],
                   ["4", "vóór 1 juni", "vso-school en ontvangende vo-school",
                    "overdrachtsgesprek en aanmelding bij de vo-school"],
                   ["5", "31 juli", "-", "de TLV eindigt"]]),
        ("h1", "8 Financieel kader"),
        ("p", "De tabellen in dit hoofdstuk geven het financiële kader voor de planperiode. Tabel 8.1 beschrijft het "
              "verdeelmodel, tabel 8.2 de meerjarenbegroting en tabel 8.3 de reservepositie."),
        ("table", [["Tabel 8.1 Verdeelmodel", "Verdeelcriterium", "Bedrag", "Besluit"],
                   ["Schoolbudget", "aantal leerlingen regulier vo op 1 oktober t-1", "€ 104 per leerling",
                    "AB bij begroting (december)"],
                   ["Vaste voet", "per vestiging", "€ 12.500", "AB bij begroting"],
                   ["Lwoo-middelen", "naar rato van aantal aanwijzingen op 1 oktober", "100% doorbetaald",
                    "directeur-bestuurder"],
                   ["Pro-middelen", "naar de school voor praktijkonderwijs", "100% doorbetaald",
                    "directeur-bestuurder"],
                   ["Arrangementen", "op aanvraag van de school, toegekend door de Commissie Toewijzing",
                    "tarief € 3.500 / € 7.000 / € 11.000 per jaar", "Commissie Toewijzing"],
                   ["Afdrachten vso", "wettelijk, via DUO", "volgens teldata", "-"]]),
        ("table", [["Tabel 8.2 Meerjarenbegroting (× € 1.000)", "2025", "2026", "2027", "2028"],
                   ["Baten lichte ondersteuning", "2.260", "2.230", "2.190", "2.150"],
                   ["Baten zware ondersteuning", "5.880", "5.800", "5.720", "5.650"],
                   ["Baten lwoo en pro", "6.910", "6.850", "6.780", "6.700"],
                   ["Afdrachten vso (DUO)", "-4.460", "-4.430", "-4.400", "-4.370"],
                   ["Doorbetaling lwoo en pro", "-6.910", "-6.850", "-6.780", "-6.700"],
                   ["Schoolbudgetten en vaste voet", "-1.200", "-1.180", "-1.160", "-1.150"],
                   ["Arrangementen", "-1.620", "-1.650", "-1.650", "-1.640"],
                   ["Bureau en commissie", "-910", "-920", "-930", "-940"],
                   ["Resultaat", "-50", "-150", "-230", "-300"]]),
        ("table", [["Tabel 8.3 Reservepositie", "31-12-2024", "Norm"],
                   ["Algemene reserve", "€ 1.940.000", "-"],
                   ["Weerstandsvermogen (% baten)", "12,9%", "signaleringswaarde 5-8%"],
                   ["Inzet reserve 2025-2028", "€ 730.000", "afbouw naar 8% eind 2028"]]),
        ("p", "Scholen verantwoorden de inzet van schoolbudget en arrangementen in het jaarlijkse "
              "verantwoordingsformat, dat vóór 1 maart bij het bureau binnen moet zijn."),
        ("h1", "9 Kwaliteitszorg en monitoring"),
        ("p", "Het bureau verzamelt twee keer per jaar, met peildata 1 oktober en 1 maart, de kengetallen uit tabel "
              "9.1. Bronnen zijn DUO, de registratie van de Commissie Toewijzing en een korte vragenlijst aan de "
              "ondersteuningscoördinatoren. De kengetallen worden na elke peildatum in het algemeen bestuur en met "
              "de OPR besproken, en in het jaarverslag (juni) vergeleken met het jaar ervoor. Eens per twee jaar "
              "bevraagt het bureau scholen en leerlingen over hun tevredenheid. Blijkt uit twee opeenvolgende "
              "metingen een ongewenste ontwikkeling, dan stelt de directeur-bestuurder een analyse op met "
              "voorstellen aan het algemeen bestuur."),
        ("table", [["Tabel 9.1 Indicator", "Bron", "Frequentie", "2022-2023", "2023-2024"],
                   ["Deelnamepercentage vso", "DUO", "1x per jaar", "3,9%", "4,0%"],
                   ["Aantal afgegeven TLV's vso", "registratie commissie", "2x per jaar", "96", "104"],
                   ["Aantal lwoo-aanwijzingen", "registratie commissie", "1x per jaar", "612", "598"],
                   ["Aantal pro-verklaringen", "registratie commissie", "1x per jaar", "121", "117"],
                   ["Doorlooptijd aanvraag (werkdagen)", "registratie commissie", "2x per jaar", "31", "27"],
                   ["Terugplaatsingen vso naar regulier", "opgave vso-scholen", "1x per jaar", "6", "8"],
                   ["Tevredenheid scholen (1-10)", "vragenlijst", "1x per 2 jaar", "6,8", "-"]]),
        ("p", "Welke waarden wij in de planperiode willen bereiken, wordt jaarlijks in het jaarplan bepaald. "
              "Streefwaarden zijn daarom niet in deze tabel opgenomen."),
        ("p", "Daarnaast voert het bureau elk tweede jaar een zelfevaluatie uit aan de hand van het "
              "toezichtkader van de inspectie. De uitkomsten worden gedeeld met het algemeen bestuur en de OPR "
              "en verwerkt in het eerstvolgende jaarplan."),
        ("h1", "10 Organisatie en bedrijfsvoering"),
    ]
    b += f_governance(d)[1:]
    b += f_opr(d, with_parents=False)
    b += [
        ("h2", "Risicomanagement"),
        ("p", "Het algemeen bestuur bespreekt twee keer per jaar de risico's van het samenwerkingsverband: de "
              "groei van het vso, de daling van het leerlingaantal en wijzigingen in de bekostiging. De controller "
              "actualiseert daartoe een risicoregister, dat met de accountant wordt besproken."),
    ]
    b += [
        ("h2", "Inspectietoezicht"),
        ("p", "De Inspectie van het Onderwijs houdt toezicht op het samenwerkingsverband. Het laatste "
              "vierjaarlijkse onderzoek vond plaats in 2022; het oordeel was voldoende, met een "
              "herstelopdracht op het gebied van de financiële rechtmatigheid die in 2023 is afgerond. Het "
              "volgende onderzoek wordt verwacht in 2026. Het samenwerkingsverband gebruikt het "
              "inspectiekader als spiegel bij de eigen zelfevaluatie."),
        ("h2", "Huisvesting en bedrijfsvoering"),
        ("p", "Het bureau is gevestigd in het onderwijscentrum in Peelrand, waar ook twee schoolbesturen "
              "kantoor houden. De financiële administratie en de salarisadministratie zijn uitbesteed aan een "
              "administratiekantoor. Het samenwerkingsverband volgt de regels voor rechtmatige aanbesteding; "
              "inkoop boven € 50.000 wordt altijd meervoudig onderhands gegund. De jaarrekening wordt "
              "gecontroleerd door een externe accountant."),
        ("h2", "Communicatie met scholen en partners"),
        ("p", "Het bureau informeert scholen via een tweewekelijkse digitale nieuwsbrief en via het netwerk "
              "ondersteuningscoördinatoren, dat zes keer per jaar bijeenkomt. Voor directeuren is er twee keer "
              "per jaar een conferentie. Het intranet voor scholen bevat alle formats, handreikingen en presentaties."),
    ]
    b += f_oogo(d, with_cooperation=False)
    b += f_personeel(d)
    b += [
        ("h2", "Kennisdeling"),
        ("p", "Scholen leren van elkaar. Daarom organiseert het samenwerkingsverband jaarlijks vier "
              "leerateliers over thema's die scholen zelf aandragen, zoals executieve functies, schoolangst, "
              "autisme in de klas en de begeleiding van nieuwkomers. Ondersteuningscoördinatoren kunnen een "
              "dag meelopen op een andere school. Goede voorbeelden worden verzameld op het intranet."),
    ]
    b += f_ict_privacy(d)
    b += f_planning(d)
    b += [
        ("h1", "Afkortingen"),
        ("table", [["Afkorting", "Betekenis"],
                   ["AB", "Algemeen bestuur"],
                   ["DUO", "Dienst Uitvoering Onderwijs"],
                   ["Lwoo", "Leerwegondersteunend onderwijs"],
                   ["OJSP", "Ouder- en jeugdsteunpunt: onafhankelijk steunpunt voor ouders en jongeren"],
                   ["OOGO", "Op overeenstemming gericht overleg"],
                   ["OPDC", "Orthopedagogisch-didactisch centrum"],
                   ["OPP", "Ontwikkelingsperspectiefplan"],
                   ["OPR", "Ondersteuningsplanraad"],
                   ["Pro", "Praktijkonderwijs"],
                   ["TLV", "Toelaatbaarheidsverklaring"],
                   ["Vso", "Voortgezet speciaal onderwijs"]]),
    ]
    return with_toc(b)


# ----------------------------------------------------------------------------------------------
# Plan 5: PO, .html web version; several elements only referred to other documents
# ----------------------------------------------------------------------------------------------
P5 = dict(name="Samenwerkingsverband Passend Primair Onderwijs Eemvallei-Noord", short="Eemvallei-Noord",
          code="PO 26-14", sector="po", period="2025-2029", director="drs. A. (Ahmed) el Idrissi", n_boards=8,
          gemeenten=["Eemstad", "Vallei-Noord", "Hooglanden"], oogo_date="14 januari 2025",
          opr_date="4 maart 2025", vast_date="18 maart 2025")


def plan5():
    d = P5
    b = [
        ("title", "Ondersteuningsplan 2025-2029 (webversie)"),
        ("subtitle", f"{d['name']} ({d['code']}). Deze pagina bevat de volledige tekst van het plan; de "
                     f"pdf-versie is te downloaden onderaan de pagina."),
        ("toc", None),
        ("h1", "Welkom"),
        ("p", "Welkom bij de webversie van het ondersteuningsplan 2025-2029 van Eemvallei-Noord. We hebben het plan "
              "bewust compact gehouden en als webpagina gepubliceerd, zodat u snel vindt wat u zoekt. Veel "
              "onderwerpen zijn verder uitgewerkt in documenten die u vindt in de rubriek Documenten. Het plan is "
              "vastgesteld op 18 maart 2025, na instemming van de ondersteuningsplanraad op 4 maart 2025."),
        ("p", "Eemvallei-Noord is het samenwerkingsverband voor primair onderwijs in de gemeenten Eemstad, "
              "Vallei-Noord en Hooglanden. Acht schoolbesturen met 52 basisscholen, twee scholen voor speciaal "
              "basisonderwijs (De Regenboog en Het Anker) en één school voor speciaal onderwijs (De Eemhorst, "
              "cluster 3 en 4) werken samen. Samen onderwijzen zij ruim 13.000 kinderen."),
        ("p", "In dit plan leest u hoe we ervoor zorgen dat ieder kind een passende plek heeft, hoe kinderen uit het "
              "speciaal (basis)onderwijs weer terug kunnen naar een gewone basisschool, welke resultaten we willen "
              "bereiken en waar ouders terechtkunnen voor onafhankelijk advies."),
        ("p", "Leeswijzer: na deze inleiding volgen onze visie en missie. Daarna beschrijven we de ondersteuning "
              "op school, het aanbod in de regio en wat we doen als er (nog) geen plek is. Vervolgens komen "
              "toelaatbaarheid, de terugkeer naar de basisschool, resultaten, financiën en ouders aan bod. Het plan "
              "sluit af met de samenwerking met gemeenten, onze organisatie, een lijst met begrippen en de "
              "documenten waarnaar we verwijzen. Via de inhoudsopgave springt u direct naar een onderwerp."),
    ]
    b += [
        ("h2", "Wat is er veranderd ten opzichte van het vorige plan?"),
        ("ul", ["Het plan staat online en is korter; uitwerkingen staan in afzonderlijke documenten.",
                "De Terugkeertafel is nieuw en vervangt de evaluatiegesprekken per school.",
                "De aanpak 'Niemand thuis' is regiobreed ingevoerd.",
                "Ouderpunt Eemvallei is gestart als onafhankelijk ouder- en jeugdsteunpunt.",
                "Er zijn vier beoogde resultaten in plaats van twaalf, zodat we echt kunnen sturen."]),
        ("h2", "Wat vindt de ondersteuningsplanraad?"),
        ("p", "'We zijn blij dat het plan leesbaarder is geworden en dat de terugkeer naar de basisschool "
              "eindelijk goed is geregeld. Tegelijk hebben we gevraagd om de documenten waarnaar het plan verwijst "
              "tijdig met ons te delen, zodat we kunnen volgen of de uitwerking past bij wat hier staat.' — "
              "voorzitter OPR Eemvallei-Noord"),
    ]
    b += f_visie(d)
    b += [
        ("h1", "Ondersteuning op school"),
        ("p", "Wat een basisschool aan ondersteuning biedt, leest u in de schoolgids van de school en op Scholen op "
              "de kaart. De afspraken die de besturen daarover hebben gemaakt, staan in het Handboek Ondersteuning "
              "Eemvallei-Noord (rubriek Documenten)."),
        ("h1", "Een passende plek voor ieder kind"),
        ("p", "Eemvallei-Noord wil dat er voor ieder kind in de regio een passende plek is, zo dicht mogelijk bij "
              "huis. Daarvoor hebben scholen, besturen en het samenwerkingsverband samen een aanbod opgebouwd dat "
              "van licht naar zwaar loopt:"),
        ("ol", ["Schoolarrangement: heeft een kind meer nodig dan de groep biedt, dan maakt de school met de ouders "
                "een plan en zet zij eigen extra ondersteuning in, betaald uit het schoolbudget.",
                "Ondersteuningsteam met consulent: helpt dat onvoldoende, dan schuift een consulent van "
                "Eemvallei-Noord aan bij het ondersteuningsteam. Samen kijken zij welk arrangement nodig is, "
                "bijvoorbeeld een ambulant begeleider, extra handen in de klas of een aanpassing van de leerroute.",
                "Bovenschoolse groepen: voor kinderen die tijdelijk iets anders nodig hebben zijn er de Taalklas "
                "voor nieuwkomers (Eemstad), de Plusgroep voor hoogbegaafde kinderen (drie locaties, één dag per "
                "week) en de Observatiegroep De Kei (twaalf plaatsen, maximaal zes maanden).",
                "Speciaal basisonderwijs op De Regenboog en Het Anker.",
                "Speciaal onderwijs op De Eemhorst, en onderwijs-zorgarrangementen met jeugdhulp voor kinderen die "
                "zowel onderwijs als zorg nodig hebben."]),
        ("p", "Deze vormen sluiten op elkaar aan: een kind kan van de Observatiegroep terug naar de eigen school, "
              "en de sbo-scholen ondersteunen basisscholen met consultatie en ambulante begeleiding. De consulent "
              "is het vaste aanspreekpunt en bewaakt dat een kind niet tussen twee vormen blijft hangen."),
        ("h2", "Als er (nog) geen plek is"),
        ("p", "Soms lukt het niet om snel een passende plek te vinden, of gaat een kind niet meer naar school. "
              "Daarvoor hebben we de aanpak 'Niemand thuis'. Is een kind tien schooldagen niet of nauwelijks op "
              "school, dan meldt de school dit bij leerplicht en bij de consulent. Binnen vijf werkdagen organiseert "
              "de consulent een overleg met ouders, school, leerplicht en zo nodig het wijkteam; daar wordt een plan "
              "gemaakt met een datum waarop het kind weer (gedeeltelijk) onderwijs volgt. Elk kwartaal bespreekt "
              "het Netwerkoverleg alle kinderen die langer dan vier weken thuiszitten. Als besturen het niet eens "
              "worden over wie de zorgplicht invult, beslist de directeur-bestuurder."),
        ("p", "Eens per jaar analyseren we waar ons aanbod tekortschiet, op basis van wachtlijsten, de casussen uit "
              "het Netwerkoverleg en signalen van scholen en ouders. In 2024 bleek dat kinderen met een ernstige "
              "taalontwikkelingsstoornis lang moesten reizen naar een plek buiten de regio. Samen met De Eemhorst "
              "en een cluster 2-instelling starten we daarom in augustus 2026 een taal-spraakgroep in Eemstad."),
        ("h2", "Van voorschool naar basisschool"),
        ("p", "Ook de start op de basisschool verdient aandacht. Met de kinderopvang, de peuteropvang en het "
              "consultatiebureau hebben we afgesproken dat een peuter met een ontwikkelingsvraag vóór de vierde "
              "verjaardag wordt besproken in een startgesprek met ouders, de pedagogisch medewerker en de "
              "toekomstige school. De consulent van Eemvallei-Noord schuift aan als de school verwacht dat een "
              "arrangement nodig is, zodat dat op de eerste schooldag klaarstaat. Voor kinderen die op vierjarige "
              "leeftijd nog niet toe zijn aan een basisschoolgroep is er een beperkt aantal plaatsen in een "
              "medisch kinderdagverblijf met onderwijsaanbod."),
        ("h2", "De overstap naar het voortgezet onderwijs"),
        ("p", "Een ononderbroken ontwikkeling stopt niet bij groep 8. Met het samenwerkingsverband VO Eemland "
              "hebben we afgesproken dat kinderen met een OPP of arrangement warm worden overgedragen: de "
              "basisschool, de ouders en de vo-school voeren vóór 1 mei een overdrachtsgesprek. Voor kinderen uit "
              "het sbo en so is er een aparte overstapmarkt in januari, waar vso-scholen, praktijkonderwijs en "
              "vmbo-scholen met lwoo zich presenteren. Twee keer per jaar bespreken de directeuren van beide "
              "verbanden de cijfers over de overstap en knelpunten die scholen signaleren."),
        ("h1", "Toelaatbaarheid tot sbo en so"),
        ("p", "Alles over de aanvraag en de beoordeling van een toelaatbaarheidsverklaring voor het speciaal "
              "basisonderwijs of het speciaal onderwijs staat in het Toewijzingsreglement PO 2025 (rubriek "
              "Professionals)."),
        ("h1", "Weer terug naar de basisschool"),
        ("p", "Wij vinden dat een kind niet langer in het speciaal (basis)onderwijs hoort te blijven dan nodig is. "
              "Terug naar een gewone basisschool, liefst in de eigen wijk, is het uitgangspunt zodra een kind "
              "daar met passende ondersteuning goed kan leren. Voorwaarden zijn dat het kind zich op de speciale "
              "school stabiel ontwikkelt, dat een basisschool met een arrangement kan bieden wat het nodig heeft, "
              "en dat ouders de overstap steunen. Overplaatsing naar een andere speciale school is mogelijk als "
              "die beter aansluit."),
        ("p", "Zo gaat het in de praktijk:"),
        ("ul", ["Elk jaar in oktober bespreekt de sbo- of so-school bij ieder kind met de ouders of terugkeer in "
                "beeld is; in het laatste jaar van de toelaatbaarheidsverklaring gebeurt dat uiterlijk op 1 "
                "november.",
                "Ziet de school mogelijkheden, dan meldt zij het kind aan bij de Terugkeertafel: een consulent "
                "van Eemvallei-Noord, de intern begeleider van de speciale school en de ouders.",
                "De Terugkeertafel zoekt binnen acht weken een passende basisschool en stelt met die school een "
                "overstapplan op. Het besluit om terug te plaatsen wordt genomen door de ouders en de ontvangende "
                "school samen, met een advies van de Terugkeertafel.",
                "Na de overstap krijgt de basisschool een terugkeerarrangement van een jaar: ambulante begeleiding "
                "door een leerkracht van de speciale school en extra ondersteuningstijd voor de groepsleerkracht.",
                "Na drie en na twaalf maanden evalueert de consulent met ouders en school hoe het gaat.",
                "Is terugkeer (nog) niet mogelijk, dan vraagt de speciale school vóór 1 maart een nieuwe "
                "verklaring aan; anders eindigt de verklaring op 31 juli."]),
        ("p", "In 2023-2024 keerden 19 kinderen terug naar een basisschool; ons doel is 30 per jaar in 2029."),
        ("h1", "Resultaten: wat willen we bereiken?"),
        ("p", "Voor deze planperiode hebben we vier beoogde resultaten vastgesteld:"),
        ("table", [["Resultaat", "Nu (2024)", "In 2029"],
                   ["Kinderen in het sbo en so (deelnamepercentage 1 oktober)", "3,6%", "3,2%"],
                   ["Kinderen die langer dan vier weken thuiszitten (peildatum 1 februari)", "14", "hooguit 4"],
                   ["Terugkeer van sbo/so naar de basisschool per jaar", "19", "30"],
                   ["Scholen die de consultatie van de consulent met een 7 of hoger waarderen", "72%", "85%"]]),
        ("p", "Hoe we dit volgen: de Monitor Eemvallei-Noord wordt elk half jaar bijgewerkt met gegevens van DUO, "
              "de registratie van toewijzingen en de thuiszitterslijst van leerplicht. De directeur-bestuurder "
              "bespreekt de monitor met het algemeen bestuur; de OPR ontvangt hem ter informatie. In het "
              "jaarverslag rapporteren we per resultaat wat bereikt is, en in het voorjaar van 2027 evalueren we "
              "met scholen en OPR of de resultaten nog haalbaar zijn en de inzet moet worden bijgesteld."),
        ("h1", "Financiën"),
        ("p", "Het financieel beleid, de verdeling van de middelen over de besturen en de meerjarenbegroting zijn "
              "opgenomen in de Kadernota Financiën 2025-2029 en in de begroting 2026. Beide vindt u in de rubriek "
              "Documenten."),
        ("h1", "Ouders"),
        ("p", "Ouders zijn onze belangrijkste partners. Hoe wij ouders voortaan informeren over het "
              "ondersteuningsaanbod in de regio, leggen we vast in een communicatieplan dat na de zomer van 2026 "
              "verschijnt."),
        ("p", "Heeft u vragen, twijfels of bent u het niet eens met school of samenwerkingsverband? Dan kunt u "
              "terecht bij Ouderpunt Eemvallei, ons ouder- en jeugdsteunpunt. Het Ouderpunt is onafhankelijk: het "
              "is ondergebracht bij Stichting MEE Eemland en werkt alleen in het belang van uw kind. Een "
              "ouderadviseur luistert, legt uit, gaat desgewenst mee naar gesprekken en kan bemiddelen. U bereikt "
              "het Ouderpunt op werkdagen van 9.00 tot 17.00 uur. Daarnaast kunt u kosteloos terecht bij de "
              "landelijke Onderwijsconsulenten. Klachten over het samenwerkingsverband behandelt een "
              "onafhankelijke klachtencommissie; geschillen over toelating, verwijdering of het OPP kunt u "
              "voorleggen aan de Geschillencommissie passend onderwijs."),
    ]
    b += f_oogo(d, with_cooperation=True)
    b += [("h1", "Organisatie")]
    b += f_governance(d)[1:]
    b += f_opr(d, with_parents=True)
    b += f_personeel(d)
    b += f_ict_privacy(d)
    b += f_planning(d)
    b += [
        ("h2", "Over deze webversie"),
        ("p", "Deze webversie is inhoudelijk gelijk aan de pdf-versie die het algemeen bestuur heeft vastgesteld; "
              "bij verschillen is de pdf-versie leidend, omdat die ter instemming aan de OPR is voorgelegd en aan "
              "de inspectie is toegezonden. Wijzigingen in "
              "het plan na instemming van de OPR worden op deze pagina verwerkt; onderaan staat de datum van de "
              "laatste wijziging. Oudere versies van het ondersteuningsplan zijn op verzoek beschikbaar bij het "
              "bureau."),
        ("h2", "Jaaragenda 2025-2026"),
        ("ul", ["September: startbijeenkomst intern begeleiders en consulenten.",
                "Oktober: teldatum leerlingen; evaluatiegesprekken terugkeer op sbo en so.",
                "November: conferentie 'Thuisnabij' voor directeuren.",
                "Januari: overstapmarkt po-vo; jaarlijkse analyse van het aanbod.",
                "Februari: peildatum thuiszitters; monitor in het algemeen bestuur.",
                "April: OPR bespreekt de begroting en het concept-jaarplan.",
                "Juni: jaarverslag 2025 en jaarplan 2026-2027 vastgesteld.",
                "Juli: evaluatie Terugkeertafel."]),
        ("h1", "Veelgebruikte begrippen"),
        ("ul", ["Basisondersteuning: het niveau van ondersteuning dat alle scholen in Eemvallei-Noord bieden.",
                "Toelaatbaarheidsverklaring (TLV): verklaring die nodig is voor sbo of so.",
                "Toewijzingsreglement: de regels en criteria voor toelaatbaarheid en arrangementen.",
                "Meerjarenbegroting: begroting voor vier jaar, onderdeel van de Kadernota Financiën.",
                "Ouderpunt: het ouder- en jeugdsteunpunt van Eemvallei-Noord.",
                "Terugkeertafel: overleg dat de terugkeer van sbo/so naar een basisschool voorbereidt."]),
        ("h1", "Documenten"),
        ("ul", ["Handboek Ondersteuning Eemvallei-Noord (pdf)",
                "Toewijzingsreglement PO 2025 (pdf)",
                "Kadernota Financiën 2025-2029 (pdf)",
                "Begroting 2026 (pdf)",
                "Jaarverslag 2024 (pdf)",
                "Download dit ondersteuningsplan als pdf"]),
    ]
    return with_toc(b)


# ----------------------------------------------------------------------------------------------
# Near-miss: a VO school's own "ondersteuningsplan" (school level, not a samenwerkingsverband plan)
# ----------------------------------------------------------------------------------------------
def nearmiss():
    b = [
        ("title", "Ondersteuningsplan 2025-2026"),
        ("subtitle", "Het Baken College, locatie Westwijk — vmbo, havo, vwo, lwoo. Aangesloten bij het "
                     "samenwerkingsverband voortgezet onderwijs Duin en Polder (VO 27-04)"),
        ("p", "Vastgesteld door de schoolleiding op 2 juli 2025, na advies van de medezeggenschapsraad. Dit plan "
              "wordt jaarlijks geactualiseerd en vormt samen met de schoolgids het ondersteuningsprofiel van onze "
              "school."),
        ("pagebreak",),
        ("toc", None),
        ("pagebreak",),
        ("h1", "1 Inleiding"),
        ("p", "Dit ondersteuningsplan beschrijft hoe Het Baken College, locatie Westwijk, de ondersteuning van "
              "leerlingen organiseert in schooljaar 2025-2026. Het plan is bedoeld voor mentoren, docenten, het "
              "ondersteuningsteam, ouders en leerlingen. Het is afgeleid van het ondersteuningsplan van het "
              "samenwerkingsverband Duin en Polder, waarin de regionale afspraken staan; dit document beschrijft "
              "hoe wij die afspraken op onze eigen school uitvoeren."),
        ("p", "Westwijk telt 1.240 leerlingen in vmbo basis, kader en gemengde leerweg, havo en vwo. Ongeveer 180 "
              "leerlingen hebben een aanwijzing voor leerwegondersteunend onderwijs. Bij 64 leerlingen is een "
              "ontwikkelingsperspectiefplan (OPP) opgesteld."),
        ("h1", "2 Onze visie op begeleiding"),
        ("p", "Op Westwijk is de mentor de spil. Iedere leerling heeft een mentor die hem of haar kent, die "
              "contact houdt met ouders en die signaleert wanneer het niet goed gaat. Wij geloven in hoge "
              "verwachtingen en een veilig klimaat: leerlingen leren het best als ze zich gezien voelen. Waar een "
              "leerling meer nodig heeft, werken wij samen met ouders, de leerling zelf en waar nodig met "
              "externe partners."),
        ("h1", "3 Zorgniveaus op Westwijk"),
        ("p", "Wij werken met vier zorgniveaus. Elk niveau beschrijft wie verantwoordelijk is en welke "
              "interventies worden ingezet."),
        ("table", [["Niveau", "Wie", "Wat"],
                   ["1 Algemene begeleiding in de klas", "docent en mentor",
                    "mentorles, studievaardigheden, differentiatie, dyslexie- en dyscalculiefaciliteiten"],
                   ["2 Extra begeleiding door de mentor", "mentor, teamleider",
                    "begeleidingsgesprekken, contact met ouders, afspraken in leerlingvolgsysteem"],
                   ["3 Ondersteuning door het ondersteuningsteam", "zorgcoördinator, orthopedagoog, "
                    "schoolmaatschappelijk werk", "trainingen, faalangstreductie, OPP, trajectklas"],
                   ["4 Externe ondersteuning", "ZAT, consulent samenwerkingsverband, jeugdhulp",
                    "arrangement, plaatsing OPDC, aanvraag vso"]]),
        ("h2", "3.1 Basisondersteuning op Westwijk"),
        ("p", "Basisondersteuning is de ondersteuning die elke school in het samenwerkingsverband moet bieden. Op "
              "Westwijk houdt dit onder meer in: een mentoraat met twee mentoruren per week in de onderbouw, "
              "dyslexie- en dyscalculiefaciliteiten volgens protocol, faalangstreductietraining, een "
              "sociale-vaardigheidstraining, huiswerkbegeleiding en een trajectklas voor tijdelijke opvang. De "
              "zorgcoördinator is vier dagen per week aanwezig."),
        ("h2", "3.2 Extra ondersteuning"),
        ("p", "Als de basisondersteuning niet voldoende is, bespreekt het ondersteuningsteam de leerling. Met het "
              "budget dat de school van het samenwerkingsverband ontvangt, kunnen wij extra ondersteuning "
              "inzetten, zoals individuele begeleiding door de orthopedagoog of een aangepast rooster. Voor "
              "zwaardere arrangementen vraagt de school ondersteuning aan bij de Commissie Toewijzing van het "
              "samenwerkingsverband."),
        ("h1", "4 Groepsbesprekingen en leerlingbesprekingen"),
        ("p", "Drie keer per jaar vinden per klas groepsbesprekingen plaats, na de rapportperiodes. Het mentorteam "
              "bespreekt de resultaten, het welbevinden en de aanwezigheid van de klas. Leerlingen die opvallen "
              "worden aangemeld voor een leerlingbespreking met de teamleider en de zorgcoördinator. Van elke "
              "bespreking wordt een kort verslag gemaakt in het leerlingvolgsysteem, met afspraken en een "
              "evaluatiedatum."),
        ("p", "Het ondersteuningsteam (OT) komt elke twee weken bijeen. Leden zijn de zorgcoördinator, de "
              "orthopedagoog, de schoolmaatschappelijk werker en de teamleiders. Zes keer per jaar sluiten de "
              "jeugdarts, de leerplichtambtenaar, de wijkagent en de consulent van het samenwerkingsverband aan "
              "in het zorg- en adviesteam (ZAT)."),
        ("h1", "5 Het ontwikkelingsperspectiefplan"),
        ("p", "Voor iedere leerling die extra ondersteuning krijgt, stellen wij een OPP op. Het OPP beschrijft de "
              "onderwijsbehoeften, de doelen, de ondersteuning en het verwachte uitstroomniveau. Ouders en "
              "leerling worden betrokken bij het opstellen; de leerling geeft zijn mening over het OPP "
              "(hoorrecht). Het OPP wordt twee keer per jaar geëvalueerd met ouders en leerling."),
        ("h1", "6 Leerwegondersteuning"),
        ("p", "Leerlingen met een aanwijzing lwoo volgen hun opleiding in kleinere klassen met extra begeleiding "
              "bij rekenen en taal. De aanwijzing wordt aangevraagd bij het samenwerkingsverband door de "
              "afdeling toelating, op basis van het onderwijskundig rapport van de basisschool en de toetsen die "
              "wij in groep 8 afnemen. Ouders worden hierover geïnformeerd tijdens de aanmelding."),
        ("h1", "7 Wanneer Westwijk niet genoeg kan bieden"),
        ("p", "Soms heeft een leerling meer nodig dan wij, ook met een arrangement, kunnen bieden. Dan kan de school "
              "in overleg met ouders een plaatsing in het OPDC De Brug of in het voortgezet speciaal onderwijs "
              "overwegen. Voor het vso is een toelaatbaarheidsverklaring (TLV) van het samenwerkingsverband nodig; "
              "de zorgcoördinator bereidt de aanvraag voor en bespreekt het dossier met ouders en leerling. De "
              "procedure en de criteria staan in het ondersteuningsplan van het samenwerkingsverband."),
        ("p", "Leerlingen die tijdelijk naar het OPDC gaan, blijven ingeschreven op Westwijk. Na afloop van het "
              "traject keren zij terug; de mentor en de zorgcoördinator bereiden de terugplaatsing voor met een "
              "overdrachtsgesprek en een aangepast rooster in de eerste weken. Ook leerlingen die vanuit het vso "
              "naar Westwijk komen, krijgen een overdrachtsgesprek en een vaste begeleider."),
        ("h1", "8 Samenwerking met ouders"),
        ("p", "Ouders zijn partners in de begeleiding van hun kind. De mentor neemt minstens drie keer per jaar "
              "contact op met ouders; bij zorgen sneller. Informatie over de ondersteuning op Westwijk staat in "
              "de schoolgids en op de website van de school. Ouders met vragen kunnen terecht bij de mentor, de "
              "teamleider of de zorgcoördinator. Voor onafhankelijk advies verwijzen wij naar het Ouder- en "
              "Jeugdsteunpunt Duin en Polder en de Onderwijsconsulenten. Klachten worden behandeld volgens de "
              "klachtenregeling van het bestuur."),
        ("h1", "9 Middelen en formatie"),
        ("p", "Westwijk ontvangt van het samenwerkingsverband een schoolbudget voor extra ondersteuning en de "
              "lwoo-middelen. Voor 2025-2026 bedraagt het schoolbudget € 161.320 (1.240 leerlingen × € 118 plus "
              "de vaste voet). Wij besteden dit budget als volgt:"),
        ("table", [["Post", "Bedrag"],
                   ["Orthopedagoog (0,6 fte)", "€ 58.000"],
                   ["Uitbreiding zorgcoördinatie (0,4 fte)", "€ 36.000"],
                   ["Trajectklas (begeleider 0,5 fte)", "€ 39.000"],
                   ["Trainingen faalangst en sociale vaardigheden", "€ 14.000"],
                   ["Scholing mentoren", "€ 9.320"],
                   ["Reserve voor individuele arrangementen", "€ 5.000"]]),
        ("p", "De lwoo-middelen worden volledig ingezet voor kleinere klassen en extra taal- en rekenbegeleiding "
              "in het vmbo. Jaarlijks verantwoordt de school de besteding aan het samenwerkingsverband."),
        ("h1", "10 Resultaten en evaluatie"),
        ("p", "Wij volgen de resultaten van de ondersteuning met een aantal kengetallen. In 2024-2025 volgden 58 "
              "van de 64 leerlingen met een OPP het verwachte uitstroomprofiel; 41 leerlingen volgden een "
              "faalangsttraining, waarvan 35 hun examenvrees als verminderd beoordeelden. Drie leerlingen zijn "
              "naar het vso gegaan, vier leerlingen keerden terug uit het OPDC. Doel voor 2025-2026 is dat ten "
              "minste 90% van de leerlingen met een OPP het verwachte uitstroomprofiel volgt."),
        ("p", "Het ondersteuningsteam evalueert dit plan jaarlijks in juni. De uitkomsten worden besproken met de "
              "schoolleiding en de medezeggenschapsraad, en verwerkt in het plan voor het volgende schooljaar."),
        ("h1", "11 Schoolveiligheid en verzuim"),
        ("p", "Westwijk heeft een veiligheidsplan met een pestprotocol, een protocol sociale media en afspraken over "
              "incidenten. Het verzuim wordt dagelijks geregistreerd; bij ongeoorloofd verzuim of zorgwekkend "
              "ziekteverzuim neemt de teamleider contact op met ouders en schakelt na drie weken de jeugdarts of "
              "de leerplichtambtenaar in. Thuiszitters worden besproken in het ZAT."),
        ("h1", "12 Contactgegevens"),
        ("ul", ["Zorgcoördinator: mevrouw S. Bakkali, s.bakkali@hetbaken-westwijk.nl",
                "Orthopedagoog: de heer T. de Vries",
                "Teamleider onderbouw: mevrouw L. Zwart",
                "Schoolmaatschappelijk werk: via de zorgcoördinator",
                "Samenwerkingsverband Duin en Polder: www.duinenpolder-vo.nl"]),
    ]
    return with_toc(b)


# ----------------------------------------------------------------------------------------------
# labels
# ----------------------------------------------------------------------------------------------
ELEMENTS = ["basisondersteuning", "plaatsing", "terugstroom", "financien", "dekkend-aanbod", "resultaten", "ouders"]
CORE = {"basisondersteuning": ["niveau", "inhoud"], "plaatsing": ["procedure", "criteria"],
        "terugstroom": ["procedure", "beleid"], "financien": ["verdeling", "besteding"],
        "dekkend-aanbod": ["continuum", "lacunes"], "resultaten": ["doelen", "monitoring"],
        "ouders": ["informatie", "steunpunt"]}


def status_from(crit, adv):
    """Part A status rule, used to derive the element statuses from the criterion labels."""
    out = {}
    for el in ELEMENTS:
        vals = [crit[f"{el}.{c}"] for c in CORE[el]]
        if all(vals):
            out[el] = "present"
        elif any(vals) or adv.get(el):
            out[el] = "partial"
        else:
            out[el] = "missing"
    return out


LABELS = {
    "po-delingestroom": dict(
        documents=["po-delingestroom.docx"], sector="po", looks_like_plan=True,
        false=["plaatsing.criteria", "terugstroom.procedure", "terugstroom.beleid", "dekkend-aanbod.lacunes",
               "ouders.steunpunt"],
        advisory={"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "bezwaar"],
                  "financien": ["reserves", "verantwoording"], "dekkend-aanbod": ["ketenpartners"],
                  "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
        notes={
            "basisondersteuning": "3.1 states one minimum level for every vestiging of all 41 schools and lists "
                                  "8 concrete provisions; 'Basis in beeld' gesprek = borging.",
            "plaatsing": "3.3 gives a full TLV procedure (loket, 5 werkdagen, two deskundigen, 6 weeks, LBT) but "
                         "the criteria are only referred to the Toewijzingsreglement 2025 art. 6-9.",
            "terugstroom": "3.4 'Terug naar de basisschool' only defers (kader uitgewerkt in 2026-2027, per "
                           "situatie afspraken); title page and begrippenlijst mention terugplaatsing only.",
            "financien": "Hoofdstuk 7 'Geld en middelen': EUR 185/leerling + vaste voet, arrangement tariffs, "
                         "meerjarenbegroting 2025-2028 table, weerstandsvermogen, verantwoording before 1 April.",
            "dekkend-aanbod": "3.2 describes layers 1-4 (continuum); hfst 4 Thuiszitters only defers "
                              "('nieuwe versie volgt'), so lacunes not addressed; OOGO section = ketenpartners.",
            "resultaten": "Hfst 5 table with 5 beoogde resultaten (nulmeting/streefwaarde) plus dashboard, "
                          "peildata, jaarverslag and bijsturing rule.",
            "ouders": "6.1 (inside 'Communicatie') gives website, folder in 4 languages, info evenings; "
                      "independent help deferred ('nadere informatie volgt'), klachtenregeling only 'op de "
                      "website'; running footer mention of OJSP does not count.",
        }),
    "vo-duinenpolder": dict(
        documents=["vo-duinenpolder.docx"], sector="vo", looks_like_plan=True,
        false=["basisondersteuning.inhoud", "terugstroom.procedure", "financien.besteding",
               "resultaten.monitoring"],
        advisory={"plaatsing": ["deskundigen", "duur-categorie", "bezwaar"], "terugstroom": ["monitoring"],
                  "financien": ["verantwoording"], "dekkend-aanbod": ["ketenpartners"],
                  "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
        notes={
            "basisondersteuning": "Hfst 3 defines the level (minimum for all 19 vestigingen) but the concrete "
                                  "provisions are only in the Handboek Basisondersteuning VO 2025 ('Meer weten?').",
            "plaatsing": "Hfst 5 bullets: vso applicant, stukken, Commissie Toewijzing 6 weeks, deskundigen, "
                         "geldigheid/categorie, vso criteria, lwoo/pro criteria and aanvraag, bezwaar.",
            "terugstroom": "Hfst 6 gives policy, conditions and terugkeerarrangement (beleid) but steps, "
                           "initiator and decision are only in the Protocol terugplaatsing vso-vo on the website.",
            "financien": "Hfst 8 'Verdeling' bullets give per-leerling amounts, vaste voet, tariffs and who "
                         "decides; 'Besteding en meerjarenbegroting' only refers to Kadernota and Begroting 2026.",
            "dekkend-aanbod": "Hfst 4 niveaus 1-5 with named voorzieningen (continuum) and 'Het netwerk sluitend "
                              "houden' (thuiszittertafel, doorzettingsmacht, witte vlekken 2024, acties).",
            "resultaten": "Hfst 9 lists measurable doelen for 2029, but 'Meten en volgen' defers the "
                          "monitoringsinstrument to 2026.",
            "ouders": "Hfst 10: website, folder in 5 languages, ouderavonden, spreekuur; independent OJSP Duin en "
                      "Polder, Onderwijsconsulenten, geschillencommissie; hoorrecht.",
        }),
    "po-hunzedal": dict(
        documents=["po-hunzedal.pdf"], sector="po", looks_like_plan=True,
        false=["financien.verdeling", "dekkend-aanbod.continuum", "resultaten.doelen", "resultaten.monitoring"],
        advisory={"plaatsing": ["deskundigen", "duur-categorie", "bezwaar"], "financien": ["reserves"],
                  "dekkend-aanbod": ["ketenpartners"], "ouders": ["betrokkenheid"]},
        notes={
            "basisondersteuning": "Hfst 2 'Het fundament' (the plan's word for basisondersteuning): ondergrens "
                                  "for every school and location, with concrete provisions in prose.",
            "plaatsing": "Hfst 4 'De weg naar het speciaal (basis)onderwijs': 4.1 procedure via the ACT "
                         "(deskundigen, 6 weeks, duur, categorie, bezwaar) and 4.2 three 'voorwaarden' (criteria).",
            "terugstroom": "Hidden in 4.3 'Na de plaatsing: terug of verder' inside the TLV chapter: policy, "
                           "conditions, overstaparrangement, and steps/dates (1 november, 1 april, 31 juli).",
            "financien": "Hfst 7 'Geldzaken' has a begroting 2025-2028 table with amounts and reserves, but the "
                         "verdeelmodel is deferred to the Kadernota 2026 (old plan's distribution not included).",
            "dekkend-aanbod": "Hfst 3 explicitly leaves the continuum to the online Sociale Kaart; hfst 5 "
                              "'Niemand buiten beeld' addresses thuiszitters, zorgplicht and witte vlekken.",
            "resultaten": "Hfst 8 'Kwaliteit' defers beoogde resultaten and monitoring to the jaarplan; glossary "
                          "entries and the budget row 'Resultaat' do not count.",
            "ouders": "Hfst 6 'Communicatie en samenwerking': schoolgids, ouderpagina, De Ouderwijzer, "
                      "keukentafelconsult; independent Ouder- en Kindsteunpunt, Onderwijsconsulenten.",
        }),
    "vo-peelrandmaasdal": dict(
        documents=["vo-peelrandmaasdal.pdf"], sector="vo", looks_like_plan=True,
        false=["basisondersteuning.niveau", "basisondersteuning.inhoud", "plaatsing.procedure",
               "terugstroom.beleid", "dekkend-aanbod.continuum", "dekkend-aanbod.lacunes", "resultaten.doelen",
               "ouders.informatie", "ouders.steunpunt"],
        advisory={"basisondersteuning": ["borging"], "plaatsing": ["duur-categorie"],
                  "terugstroom": ["monitoring"], "financien": ["reserves", "verantwoording"],
                  "resultaten": ["meetbaar"]},
        notes={
            "basisondersteuning": "Hfst 4 defers level and content until the landelijke norm (schools describe "
                                  "their own in the schoolgids); only the yearly audit (borging) is concrete.",
            "plaatsing": "Table 6.1 gives criteria, geldigheid and bekostiging for vso/lwoo/pro, but who applies, "
                         "steps, advice, decision and termijn are referred to the Handboek Toewijzing VO 2025.",
            "terugstroom": "Table 7.1 gives the steps at the end of a TLV (procedure); aims and conditions are "
                           "deferred to the Kadernota Doorstroom 2026.",
            "financien": "Only in tables 8.1 (verdeelmodel with criteria and amounts), 8.2 (meerjarenbegroting) "
                         "and 8.3 (reserves), plus verantwoordingsformat.",
            "dekkend-aanbod": "Hfst 5 only announces the project 'Netwerk in beeld' (2026); no continuum, no gap "
                              "handling, no thuiszitters, OOGO mentioned only procedurally.",
            "resultaten": "Hfst 9 describes monitoring (peildata, sources, AB/OPR, jaarverslag) with table 9.1 "
                          "of achieved figures, but streefwaarden/doelen are left to the jaarplan.",
            "ouders": "No information channel or independent support is described; only the intro table "
                      "('website in ontwikkeling'), the law paragraph (OJSP to be worked out), the abbreviation "
                      "list and the running footer mention parents' support.",
        }),
    "po-eemvallei": dict(
        documents=["po-eemvallei.html"], sector="po", looks_like_plan=True,
        false=["basisondersteuning.niveau", "basisondersteuning.inhoud", "plaatsing.procedure",
               "plaatsing.criteria", "financien.verdeling", "financien.besteding", "ouders.informatie"],
        advisory={"terugstroom": ["monitoring"], "dekkend-aanbod": ["ketenpartners"],
                  "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
        notes={
            "basisondersteuning": "'Ondersteuning op school' only refers to schoolgids, Scholen op de kaart and "
                                  "the Handboek Ondersteuning; the definition exists only in the begrippenlijst.",
            "plaatsing": "'Toelaatbaarheid tot sbo en so' is a single reference to the Toewijzingsreglement PO "
                         "2025; TLV end/renewal in the terugkeer section is terugstroom, not plaatsing.",
            "terugstroom": "'Weer terug naar de basisschool': policy and conditions, Terugkeertafel steps with "
                           "dates and decision makers, terugkeerarrangement, figures 19 -> 30.",
            "financien": "'Financiën' only refers to the Kadernota Financiën 2025-2029 and begroting 2026; "
                         "'schoolbudget' appears only in passing.",
            "dekkend-aanbod": "'Een passende plek voor ieder kind' lists the 5-step aanbod; 'Als er (nog) geen "
                              "plek is' gives Niemand thuis, Netwerkoverleg, zorgplicht and the 2024 gap analysis.",
            "resultaten": "'Resultaten' table with 4 beoogde resultaten (now/2029) and the half-yearly Monitor, "
                          "jaarverslag and 2027 evaluation.",
            "ouders": "'Ouders' describes the independent Ouderpunt Eemvallei (OJSP), Onderwijsconsulenten and "
                      "complaints, but how parents are informed is deferred to a communicatieplan (after summer "
                      "2026); menu link 'Ouders' does not count.",
        }),
    "nearmiss-hetbaken-westwijk": dict(
        documents=["nearmiss-hetbaken-westwijk.pdf"], sector="vo", looks_like_plan=False,
        notes={"document": "School-level 'ondersteuningsplan' of one VO school (zorgniveaus, groepsbesprekingen, "
                           "OPP, school budget, MR advice) that derives from the SWV plan; not a "
                           "samenwerkingsverband plan (no OPR/OOGO/verband-wide policy), domain 5.4."}),
}


def label_yaml(name, lab):
    lines = [f"documents: [{', '.join(lab['documents'])}]", f"sector: {lab['sector']}",
             f"looks_like_plan: {'true' if lab['looks_like_plan'] else 'false'}"]
    if not lab["looks_like_plan"]:
        lines += ["elements: {}", "criteria: {}", "advisory_addressed: {}", "notes:"]
        for k, v in lab["notes"].items():
            lines.append(f'  {k}: "{v}"')
        return "\n".join(lines) + "\n"
    crit = {f"{el}.{c}": True for el in ELEMENTS for c in CORE[el]}
    for k in lab["false"]:
        assert k in crit, k
        crit[k] = False
    st = status_from(crit, lab["advisory"])
    lines.append("elements: {" + ", ".join(f"{el}: {st[el]}" for el in ELEMENTS) + "}")
    lines.append("criteria:")
    for k, v in crit.items():
        lines.append(f"  {k}: {'true' if v else 'false'}")
    lines.append("advisory_addressed:")
    for el in ELEMENTS:
        if lab["advisory"].get(el):
            lines.append(f"  {el}: [{', '.join(lab['advisory'][el])}]")
    lines.append("notes:")
    for el in ELEMENTS:
        lines.append(f'  {el}: "{lab["notes"][el]}"')
    return "\n".join(lines) + "\n"


# ----------------------------------------------------------------------------------------------
# main
# ----------------------------------------------------------------------------------------------
def main():
    out = Path(__file__).resolve().parent.parent
    out.mkdir(parents=True, exist_ok=True)
    docs = [
        ("po-delingestroom", "docx", plan1(), "De Lingestroom | Ondersteuningsplan 2025-2029 | terugplaatsing · "
         "ouders · financiën", "Voor het ouder- en jeugdsteunpunt: zie www.delingestroom-po.nl/ouders"),
        ("vo-duinenpolder", "docx", plan2(), "SWV Duin en Polder — Ondersteuningsplan 2025-2029 in één oogopslag",
         "Meer weten? www.duinenpolder-vo.nl/documenten"),
        ("po-hunzedal", "pdf", plan3(), "Koersplan Hunzedal 2025-2029 · basisondersteuning · resultaten · "
         "dekkend aanbod", "Samenwerkingsverband Passend Onderwijs Hunzedal — PO 20-08"),
        ("vo-peelrandmaasdal", "pdf", plan4(), "SWV Peelrand-Maasdal | Ondersteuningsplan 2025-2029",
         "Ouders en leerlingen: www.peelrand-maasdal-vo.nl/ouders — ouder- en jeugdsteunpunt: zie website"),
        ("po-eemvallei", "html", plan5(), "Eemvallei-Noord — samenwerkingsverband passend primair onderwijs",
         "© Eemvallei-Noord · Privacy · Cookies · Ouderpunt Eemvallei · Toegankelijkheid"),
        ("nearmiss-hetbaken-westwijk", "pdf", nearmiss(), "Het Baken College Westwijk — Ondersteuningsplan "
         "2025-2026", "Het Baken College, locatie Westwijk"),
    ]
    for name, fmt, blocks, header, footer in docs:
        target = out / f"{name}.{fmt}"
        if fmt == "docx":
            render_docx(blocks, target, header, footer)
        elif fmt == "html":
            render_html(blocks, target, blocks[0][1], header, footer)
        elif fmt == "pdf":
            with tempfile.TemporaryDirectory() as tmp:
                src = Path(tmp) / f"{name}.docx"
                render_docx(blocks, src, header, footer)
                docx_to_pdf(src, target)
        (out / f"{name}.expected.yaml").write_text(label_yaml(name, LABELS[name]), encoding="utf-8")
        print(f"{target.name}: {word_count(blocks)} words")


if __name__ == "__main__":
    main()
