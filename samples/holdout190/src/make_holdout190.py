#!/usr/bin/env python3
"""Generate the holdout190 labelled test set for opcheck.

Writes 5 fictional ondersteuningsplannen (PO and VO; .docx, .pdf via LibreOffice, .html, .txt)
and 1 near-miss document (a school-level 'ondersteuningsplan'), each with a
<name>.expected.yaml label file, into the folder above this script.
Deterministic, no network. Requires python-docx, PyYAML and (for PDF) soffice.
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

# ---------------------------------------------------------------------------
# document model: list of blocks
#   ("title", text) ("h1", text) ("h2", text) ("p", text) ("ul", [items])
#   ("table", [[header...], [row...], ...]) ("toc", [(num, title, page), ...])
# ---------------------------------------------------------------------------


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
        elif kind == "sub":
            doc.add_paragraph(val)
        elif kind == "h1":
            doc.add_heading(val, level=1)
        elif kind == "h2":
            doc.add_heading(val, level=2)
        elif kind == "p":
            doc.add_paragraph(val)
        elif kind == "ul":
            for it in val:
                doc.add_paragraph(it, style="List Bullet")
        elif kind == "toc":
            doc.add_heading("Inhoudsopgave", level=1)
            for num, title, page in val:
                doc.add_paragraph(f"{num}\t{title} {'.' * max(3, 60 - len(title))} {page}")
        elif kind == "table":
            t = doc.add_table(rows=len(val), cols=len(val[0]))
            t.style = "Table Grid"
            for i, row in enumerate(val):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = str(cell)
            doc.add_paragraph("")
        elif kind == "pagebreak":
            doc.add_page_break()
    doc.save(str(path))


def render_html(blocks, path, header_text):
    out = ["<!DOCTYPE html>", '<html lang="nl"><head><meta charset="utf-8">',
           f"<title>{html.escape(header_text)}</title></head><body>",
           f'<header><nav><a href="#">Home</a> | <a href="#">Over ons</a> | '
           f'<a href="#">Ouders</a> | <a href="#">Scholen</a> | <a href="#">Contact</a></nav>'
           f"<p>{html.escape(header_text)}</p></header><main>"]
    for kind, val in blocks:
        e = html.escape
        if kind == "title":
            out.append(f"<h1>{e(val)}</h1>")
        elif kind == "sub":
            out.append(f'<p class="subtitle">{e(val)}</p>')
        elif kind == "h1":
            out.append(f"<h2>{e(val)}</h2>")
        elif kind == "h2":
            out.append(f"<h3>{e(val)}</h3>")
        elif kind == "p":
            out.append(f"<p>{e(val)}</p>")
        elif kind == "ul":
            out.append("<ul>" + "".join(f"<li>{e(i)}</li>" for i in val) + "</ul>")
        elif kind == "toc":
            out.append('<nav class="toc"><h2>Inhoud</h2><ol>')
            out += [f'<li><a href="#h{n}">{e(t)}</a></li>' for n, t, _ in val]
            out.append("</ol></nav>")
        elif kind == "table":
            rows = ["<tr>" + "".join(f"<th>{e(str(c))}</th>" for c in val[0]) + "</tr>"]
            rows += ["<tr>" + "".join(f"<td>{e(str(c))}</td>" for c in r) + "</tr>" for r in val[1:]]
            out.append("<table border=\"1\">" + "".join(rows) + "</table>")
    out.append("</main><footer><p>&copy; 2026 " + html.escape(header_text) +
               " | Privacyverklaring | Cookies | Toegankelijkheid</p></footer></body></html>")
    path.write_text("\n".join(out), encoding="utf-8")


def render_txt(blocks, path):
    out = []
    for kind, val in blocks:
        if kind == "title":
            out += [val.upper(), "=" * len(val), ""]
        elif kind == "sub":
            out += [val, ""]
        elif kind == "h1":
            out += ["", val, "-" * len(val), ""]
        elif kind == "h2":
            out += [val, ""]
        elif kind == "p":
            out += [val, ""]
        elif kind == "ul":
            out += [f"  - {i}" for i in val] + [""]
        elif kind == "toc":
            out += ["INHOUDSOPGAVE", ""] + [f"  {n}  {t} ... {p}" for n, t, p in val] + [""]
        elif kind == "table":
            w = [max(len(str(r[j])) for r in val) for j in range(len(val[0]))]
            for i, r in enumerate(val):
                out.append(" | ".join(str(c).ljust(w[j]) for j, c in enumerate(r)))
                if i == 0:
                    out.append("-+-".join("-" * x for x in w))
            out.append("")
    path.write_text("\n".join(out), encoding="utf-8")


def docx_to_pdf(docx_path, pdf_path):
    tmp = Path(tempfile.mkdtemp(prefix="holdout190_pdf_"))
    try:
        profile = tmp / "profile"
        src = tmp / (pdf_path.stem + ".docx")
        shutil.copy(docx_path, src)
        subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
                        "--convert-to", "pdf", "--outdir", str(tmp), str(src)],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
        shutil.move(str(tmp / (pdf_path.stem + ".pdf")), str(pdf_path))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def toc_from(blocks):
    toc, n, page = [], 0, 3
    for kind, val in blocks:
        if kind == "h1":
            n += 1
            page += 2 + (n % 3)
            toc.append((str(n), val.split(". ", 1)[-1], page))
    return toc


def number_headings(blocks):
    out, n, m = [], 0, 0
    for kind, val in blocks:
        if kind == "h1":
            n += 1
            m = 0
            out.append((kind, f"{n}. {val}"))
        elif kind == "h2" and n:
            m += 1
            out.append((kind, f"{n}.{m} {val}"))
        else:
            out.append((kind, val))
    return out


def assemble(front, body):
    body = number_headings(body)
    return front + [("toc", toc_from(body)), ("pagebreak", None)] + body


# ---------------------------------------------------------------------------
# shared filler (written so that it does not address any core criterion)
# ---------------------------------------------------------------------------

def f_voorwoord(v):
    return [
        ("h1", "Voorwoord"),
        ("p", f"Voor u ligt het ondersteuningsplan {v['periode']} van {v['naam']}. Het is het derde plan "
              f"sinds de invoering van de Wet passend onderwijs in 2014 en het eerste plan dat volledig in "
              f"een periode na de coronajaren tot stand is gekomen. In de afgelopen periode hebben scholen, "
              f"besturen, ouders, gemeenten en partners in de jeugdhulp hard gewerkt om {v['kinderen']} een "
              f"goede plek te geven. Dat is niet altijd gelukt, en dat benoemen we eerlijk. Tegelijk zien we "
              f"veel dat goed gaat: leraren die met elkaar en met ouders zoeken naar wat een leerling nodig "
              f"heeft, intern begeleiders en ondersteuningscoördinatoren die hun kennis delen, en besturen die "
              f"over de grenzen van hun eigen organisatie heen kijken."),
        ("p", f"Dit plan is geschreven in een tijd van verandering. De landelijke Verbeteraanpak passend "
              f"onderwijs, de aandacht voor inclusiever onderwijs en de krapte op de arbeidsmarkt vragen om "
              f"keuzes. Wij hebben die keuzes samen met de schoolbesturen, de ondersteuningsplanraad en de "
              f"gemeenten in ons gebied gemaakt. Het plan beschrijft de koers op hoofdlijnen; jaarlijks werken "
              f"we de koers uit in een jaarplan met bijbehorende jaarbegroting."),
        ("p", f"Wij danken iedereen die heeft bijgedragen aan de totstandkoming van dit plan: de leden van de "
              f"werkgroepen, de directeuren en intern begeleiders die meelazen, de leden van de OPR die ons "
              f"kritisch bevroegen en de beleidsmedewerkers van de gemeenten. Wij kijken uit naar de "
              f"samenwerking in de komende vier jaar."),
        ("p", f"{v['bestuurder']}, directeur-bestuurder {v['kort']}"),
    ]


def f_inleiding(v, leeswijzer):
    return [
        ("h1", "Inleiding en leeswijzer"),
        ("p", f"Ieder samenwerkingsverband stelt ten minste eens in de vier jaar een ondersteuningsplan vast "
              f"(artikel {v['artikel']}). Het plan beschrijft hoe het samenwerkingsverband de wettelijke opdracht "
              f"uitvoert: een samenhangend geheel van ondersteuningsvoorzieningen binnen en tussen de scholen, "
              f"zodat {v['kinderen']} een zo passend mogelijke plek in het onderwijs krijgen. De wet noemt een "
              f"aantal onderwerpen die het plan in elk geval moet bevatten. Wij hebben de volgorde van de wet "
              f"aangehouden, maar de hoofdstukken een eigen titel gegeven die beter aansluit bij de taal van "
              f"onze scholen."),
        ("p", leeswijzer),
        ("p", "Waar in dit plan 'ouders' staat, bedoelen we ook verzorgers en voogden. Waar 'school' staat, "
              "bedoelen we iedere vestiging van een aangesloten bestuur. Een begrippenlijst en een lijst van "
              "afkortingen zijn achterin opgenomen."),
    ]


def f_context(v, rows):
    return [
        ("h1", "Ons verband in cijfers"),
        ("p", f"{v['naam']} ({v['code']}) omvat het grondgebied van de gemeenten {v['gemeenten']}. In het "
              f"verband werken {v['besturen']} schoolbesturen samen. Het gebied kent zowel stedelijke kernen als "
              f"uitgestrekte plattelandsdelen met kleine scholen. Dat heeft gevolgen voor reisafstanden, voor "
              f"de spreiding van voorzieningen en voor de mogelijkheden om expertise te bundelen."),
        ("p", "De leerlingaantallen in de regio dalen licht. De prognoses van de gemeenten laten tot 2030 een "
              "verdere daling zien van ongeveer één procent per jaar, met uitzondering van de twee grootste "
              "kernen, waar nieuwbouwwijken voor een stabiel beeld zorgen. Voor de schoolbesturen betekent een "
              "teruglopend leerlingaantal dat de formatie onder druk staat; voor het samenwerkingsverband dat de "
              "inkomsten, die per leerling worden berekend, licht afnemen."),
        ("table", rows),
        ("p", "Bron: DUO, teldatum 1 oktober van het betreffende jaar. De cijfers betreffen alle leerlingen "
              "van de aangesloten vestigingen, ongeacht hun woonplaats."),
    ]


def f_visie(v, parents=True):
    p1 = ("om ouders die als partner worden gezien en om " if parents else "om ")
    p3 = ("Ten derde willen we dat ouders en leerlingen zich gehoord voelen." if parents else
          "Ten derde willen we dat scholen en besturen elkaar beter weten te vinden.")
    return [
        ("h1", "Visie, missie en koers"),
        ("h2", "Waar we voor staan"),
        ("p", f"Wij geloven dat ieder kind recht heeft op onderwijs dat past bij wat het kan en wat het nodig "
              f"heeft, zo dicht mogelijk bij huis en samen met leeftijdgenoten. Onze missie luidt: 'Samen zorgen "
              f"we dat ieder kind in {v['regio']} tot zijn recht komt.' Dat vraagt om scholen die zich eigenaar "
              f"voelen van alle leerlingen in hun wijk of dorp, {p1}"
              f"professionals die van elkaar willen leren."),
        ("p", "Onze visie rust op vier waarden: nabijheid, vertrouwen, eigenaarschap en samenhang. Nabijheid "
              "betekent dat ondersteuning zo dicht mogelijk bij de leerling en de leraar wordt georganiseerd. "
              "Vertrouwen betekent dat we uitgaan van de professionaliteit van scholen en zo min mogelijk "
              "bureaucratie organiseren. Eigenaarschap betekent dat besturen gezamenlijk verantwoordelijk zijn "
              "voor alle leerlingen in de regio. Samenhang betekent dat onderwijs, jeugdhulp en gezin niet langs "
              "elkaar heen werken."),
        ("h2", "Koers voor de komende planperiode"),
        ("p", "Voor de komende vier jaar hebben we drie koersuitspraken geformuleerd. Ten eerste willen we dat "
              "leraren zich beter toegerust voelen om met verschillen om te gaan. Ten tweede willen we de "
              "administratieve last voor scholen verminderen: minder formulieren, meer gesprek. " + p3 + " Deze koersuitspraken zijn richtinggevend; zij worden pas "
              "concreet in de jaarplannen en in de keuzes die scholen zelf maken."),
        ("p", "Wij zijn ons ervan bewust dat woorden als 'inclusie' en 'passend' veel verwachtingen wekken. "
              "Wij willen die verwachtingen niet groter maken dan we kunnen waarmaken. Daarom kiezen we liever "
              "voor kleine stappen die scholen echt zetten dan voor grote ambities op papier. Goede resultaten "
              "ontstaan in de klas, niet in beleidsstukken."),
    ]


def f_governance(v):
    return [
        ("h1", "Organisatie en governance"),
        ("p", f"{v['naam']} is een stichting. De aangesloten schoolbesturen vormen samen het algemeen bestuur, "
              f"dat toezicht houdt op de directeur-bestuurder. De directeur-bestuurder is belast met de dagelijkse "
              f"leiding en vertegenwoordigt de stichting. De scheiding tussen bestuur en toezicht is vastgelegd "
              f"in de statuten en in een bestuursreglement, conform de Code Goed Bestuur van de sectorraad."),
        ("p", "Het algemeen bestuur vergadert ten minste vijf keer per jaar. Het stelt het ondersteuningsplan, "
              "het jaarplan, de begroting en het jaarverslag vast en benoemt de accountant. Een auditcommissie "
              "uit het algemeen bestuur bereidt de financiële besluitvorming voor. Een remuneratiecommissie voert "
              "jaarlijks het functioneringsgesprek met de directeur-bestuurder."),
        ("p", "Het bureau van het samenwerkingsverband bestaat uit de directeur-bestuurder, een "
              "beleidsmedewerker, een controller (ingehuurd), een managementassistent en een team van "
              "consulenten en orthopedagogen. Het bureau is gehuisvest in een verzamelgebouw waar ook de "
              "leerplichtafdeling van de grootste gemeente is gevestigd. Dat maakt korte lijnen mogelijk."),
        ("p", "Het directeurenoverleg, waarin per bestuur een directeur of beleidsmedewerker zitting heeft, "
              "adviseert het bestuur gevraagd en ongevraagd. Het netwerk van intern begeleiders en "
              "ondersteuningscoördinatoren komt vier keer per jaar bij elkaar en is een belangrijke bron van "
              "signalen uit de praktijk."),
    ]


def f_opr(v, with_parents=True):
    comp = ("De OPR telt twaalf leden: zes ouders en zes personeelsleden, afgevaardigd door de "
            "medezeggenschapsraden van de aangesloten scholen." if with_parents else
            "De OPR telt twaalf leden, afgevaardigd door de medezeggenschapsraden van de aangesloten "
            "scholen, en werkt met een huishoudelijk reglement dat in 2024 is herzien.")
    return [
        ("h1", "Medezeggenschap"),
        ("p", f"Het samenwerkingsverband kent een ondersteuningsplanraad (OPR) en een eigen "
              f"medezeggenschapsraad voor het personeel van het bureau. {comp} De OPR heeft instemmingsrecht op "
              f"het ondersteuningsplan en op wijzigingen daarvan."),
        ("p", "De OPR vergadert zes keer per jaar, waarvan twee keer met de directeur-bestuurder en een keer "
              "per jaar met een afvaardiging van het algemeen bestuur. De OPR ontvangt een jaarlijks budget voor "
              "scholing en ondersteuning door een externe adviseur. Bij geschillen over de instemming kan de OPR "
              "zich wenden tot de Landelijke Commissie voor Geschillen WMS."),
        ("p", "Het bestuur ziet de OPR niet alleen als formeel orgaan, maar ook als klankbord. Daarom worden "
              "concepten van belangrijke notities in een vroeg stadium met de OPR besproken, en niet pas als "
              "ze ter instemming voorliggen."),
    ]


def f_personeel(v):
    return [
        ("h1", "Personeel en professionalisering"),
        ("p", "De kwaliteit van de ondersteuning staat of valt met de mensen die haar bieden. De krapte op de "
              "arbeidsmarkt raakt ook onze scholen: vacatures voor leraren, intern begeleiders en "
              "orthopedagogen zijn moeilijk te vervullen. Het samenwerkingsverband is zelf geen werkgever van "
              "leraren, maar heeft wel een rol in het versterken van de deskundigheid in de regio."),
        ("p", "Het bureau telt in totaal ongeveer 14 fte. De consulenten zijn in dienst van het "
              "samenwerkingsverband; enkele orthopedagogen zijn gedetacheerd vanuit de besturen. Jaarlijks "
              "voeren alle medewerkers een ontwikkelgesprek. Het scholingsbudget van het bureau bedraagt twee "
              "procent van de loonsom."),
        ("p", "Voor de scholen organiseren we een professionaliseringsaanbod: leernetwerken voor intern "
              "begeleiders, een leergang 'omgaan met gedrag', intervisie voor ondersteuningscoördinatoren en "
              "jaarlijks een regionale studiedag. Het aanbod wordt samengesteld op basis van vragen uit het "
              "netwerk. Deelname is vrijwillig; besturen dragen zelf de vervangingskosten."),
        ("p", "Werkdruk is een terugkerend onderwerp in gesprekken met de OPR. Wij willen voorkomen dat "
              "passend onderwijs vooral als extra last wordt ervaren. Daarom beperken we administratieve "
              "verplichtingen tot wat wettelijk nodig is en hergebruiken we gegevens die scholen al vastleggen."),
    ]


def f_ict(v):
    return [
        ("h1", "Informatievoorziening en privacy"),
        ("p", "Het samenwerkingsverband verwerkt persoonsgegevens van leerlingen, waaronder gegevens over "
              "gezondheid, voor zover dat nodig is voor de wettelijke taken. Wij doen dat op basis van de AVG "
              "en de onderwijswetgeving. Een functionaris gegevensbescherming, gedeeld met twee andere "
              "samenwerkingsverbanden, ziet toe op de naleving."),
        ("p", "Dossiers worden digitaal uitgewisseld via een beveiligde omgeving. Medewerkers hebben alleen "
              "toegang tot de gegevens die zij voor hun taak nodig hebben. De bewaartermijn bedraagt drie jaar "
              "na het laatste besluit, tenzij een langere termijn wettelijk is voorgeschreven. Datalekken worden "
              "gemeld volgens het protocol datalekken."),
        ("p", "In de planperiode vervangen wij het huidige registratiesysteem. Het nieuwe systeem moet beter "
              "aansluiten bij de leerlingadministratie van de scholen, zodat gegevens niet dubbel hoeven te worden "
              "ingevoerd. De aanbesteding loopt; de implementatie is voorzien voor het schooljaar 2027-2028."),
    ]


def f_planning(v):
    return [
        ("h1", "Planning en totstandkoming"),
        ("p", f"Dit plan is voorbereid door een schrijfgroep met vertegenwoordigers van besturen en scholen. "
              f"Het concept is besproken in het directeurenoverleg, het netwerk van intern begeleiders en "
              f"ondersteuningscoördinatoren en met de OPR. Over het ontwerpplan is op {v['oogo']} op "
              f"overeenstemming gericht overleg (OOGO) gevoerd met de colleges van burgemeester en wethouders van "
              f"de gemeenten in ons gebied. Daarnaast is het plan besproken met het aangrenzende "
              f"samenwerkingsverband {v['ander_swv']}."),
        ("p", f"De OPR heeft op {v['opr']} ingestemd met het plan. Het algemeen bestuur heeft het plan op "
              f"{v['vastgesteld']} vastgesteld. Het plan is vóór 1 mei 2026 aan de inspectie van het onderwijs "
              f"toegezonden. Het plan geldt voor de schooljaren {v['periode']} (1 augustus 2026 tot en met "
              f"31 juli 2030)."),
        ("table", [["Moment", "Activiteit"],
                   ["september 2025", "Start schrijfgroep; analyse vorig plan"],
                   ["november 2025", "Consultatie directeurenoverleg en netwerk IB/OC"],
                   ["januari 2026", "Concept naar OPR (informeel) en gemeenten"],
                   [v["oogo"], "OOGO met gemeenten"],
                   [v["opr"], "Instemming OPR"],
                   [v["vastgesteld"], "Vaststelling algemeen bestuur"],
                   ["vóór 1 mei 2026", "Toezending aan inspectie"]]),
        ("p", "Het plan kan tussentijds worden gewijzigd. Iedere wijziging wordt ter instemming aan de OPR "
              "voorgelegd en, waar het onderwerpen betreft die de gemeenten raken, besproken in het OOGO."),
    ]


def f_oogo(v):
    return [
        ("h1", "Samenwerking met gemeenten en jeugdhulp"),
        ("p", "Onderwijs en jeugdhulp raken elkaar in het dagelijks leven van veel kinderen. Met de gemeenten "
              "hebben wij afgesproken dat de scholen een vaste contactpersoon van het lokale team hebben, die "
              "aanschuift bij het ondersteuningsteam van de school. Zo kan jeugdhulp snel en zonder verwijzing "
              "van de huisarts worden ingezet als de school en ouders dat nodig vinden."),
        ("p", "Voor leerlingen die naast onderwijs ook zorg nodig hebben, werken wij met "
              "onderwijs-zorgarrangementen. De school, de jeugdhulpaanbieder en de gemeente spreken per "
              "leerling af wie wat doet en wie wat betaalt. De gemeenten en het samenwerkingsverband hebben "
              "in een convenant vastgelegd dat kosten niet op ouders worden afgewenteld."),
        ("p", "Thema's die jaarlijks in het OOGO terugkomen zijn leerlingenvervoer, onderwijshuisvesting, "
              "de aansluiting tussen onderwijs en jeugdhulp, thuiszitters en de overgang naar vervolgonderwijs. "
              "Het OOGO vindt twee keer per jaar plaats op wethoudersniveau en wordt voorbereid in een ambtelijk "
              "overleg."),
    ]


def f_begrippen(items):
    return [("h1", "Begrippenlijst"), ("table", [["Begrip", "Betekenis"]] + items)]


def f_afkortingen(items):
    return [("h1", "Afkortingen"), ("table", [["Afkorting", "Betekenis"]] + items)]


GLOSS_COMMON = [
    ["Arrangement", "Een samenhangend pakket van ondersteuning voor een leerling of groep leerlingen."],
    ["Basisondersteuning", "Het afgesproken geheel van preventieve en licht curatieve interventies dat alle "
                           "scholen binnen het samenwerkingsverband bieden."],
    ["Dekkend aanbod", "Een netwerk van voorzieningen waarin voor iedere leerling een passende plek is."],
    ["Ondersteuningsplanraad", "Medezeggenschapsorgaan van het samenwerkingsverband met instemmingsrecht op "
                               "het ondersteuningsplan."],
    ["Ouder- en jeugdsteunpunt", "Onafhankelijk steunpunt waar ouders en jongeren terecht kunnen met vragen "
                                 "over onderwijs en ondersteuning."],
    ["Resultaten", "De beoogde en bereikte uitkomsten van het beleid van het samenwerkingsverband."],
    ["Terugplaatsing", "De overstap van een leerling uit het speciaal (basis)onderwijs naar het regulier "
                       "onderwijs."],
    ["Toelaatbaarheidsverklaring", "Besluit van het samenwerkingsverband dat een leerling toegang geeft tot "
                                   "het speciaal (basis)onderwijs."],
    ["Verdeelmodel", "De afspraken over de verdeling van de ondersteuningsmiddelen over de besturen."],
]

ABBR_COMMON = [
    ["IB", "Intern begeleider"], ["OC", "Ondersteuningscoördinator"], ["OOGO",
    "Op overeenstemming gericht overleg"], ["OPP", "Ontwikkelingsperspectiefplan"],
    ["OPR", "Ondersteuningsplanraad"], ["OJSP", "Ouder- en jeugdsteunpunt"],
    ["SOP", "Schoolondersteuningsprofiel"], ["SWV", "Samenwerkingsverband"],
    ["TLV", "Toelaatbaarheidsverklaring"], ["LBT", "Landelijke Bezwaaradviescommissie Toelaatbaarheid"],
]


# ---------------------------------------------------------------------------
# Plan 1 — PO Rivierenrand (docx + pdf)
# ---------------------------------------------------------------------------

def plan1():
    v = dict(naam="Samenwerkingsverband Passend Primair Onderwijs Rivierenrand", kort="SWV Rivierenrand",
             code="PO 25-09", periode="2026-2030", kinderen="alle kinderen van 4 tot 13 jaar",
             bestuurder="drs. M.A. (Marleen) Hofstede", artikel="18a, achtste lid, WPO",
             gemeenten="Lingedal, Waalhoven, Rijnsweerd en Bommelerbroek", besturen="elf",
             regio="Rivierenrand", oogo="12 februari 2026", opr="17 maart 2026",
             vastgesteld="25 maart 2026", ander_swv="VO Rivierenland (VO 25-10)")
    leeswijzer = ("Hoofdstuk 5 en 6 gaan over wat iedere school biedt en over een passende plek voor ieder kind "
                  "(wettelijk onderdeel a). Hoofdstuk 7 beschrijft geld en middelen (b). Hoofdstuk 8 gaat over "
                  "toelaatbaarheid tot het sbo en so en over wat er daarna gebeurt (c en d). Hoofdstuk 9 "
                  "beschrijft wat we willen bereiken (e) en hoofdstuk 10 hoe we communiceren (f). De overige "
                  "hoofdstukken beschrijven organisatie, medezeggenschap en randvoorwaarden.")
    front = [("title", "Ondersteuningsplan 2026-2030"),
             ("sub", f"{v['naam']} ({v['code']})"),
             ("sub", "Samen sterk voor ieder kind — vastgesteld door het algemeen bestuur op 25 maart 2026"),
             ("sub", "Met instemming van de ondersteuningsplanraad, 17 maart 2026"),
             ("pagebreak", None)]
    body = []
    body += f_voorwoord(v)
    body += f_inleiding(v, leeswijzer)
    body += f_context(v, [["Leerlingen", "2022", "2023", "2024", "2025"],
                          ["Basisonderwijs", "15.412", "15.268", "15.101", "14.960"],
                          ["Speciaal basisonderwijs", "402", "398", "391", "388"],
                          ["Speciaal onderwijs (so)", "214", "221", "219", "226"],
                          ["Aantal vestigingen bao", "54", "53", "53", "52"]])
    body += f_visie(v)
    body += [
        ("h1", "Wat iedere school biedt"),
        ("p", "Ouders moeten erop kunnen rekenen dat hun kind op iedere school in Rivierenrand dezelfde stevige "
              "basis vindt. Daarom hebben de elf besturen samen vastgelegd welke ondersteuning alle 52 "
              "basisscholen, op iedere vestiging, minimaal bieden. Dit noemen we de basisondersteuning. Wat "
              "daarbinnen valt, vraagt geen aanvraag bij het samenwerkingsverband en geen toestemming van wie "
              "dan ook: het is het gemeenschappelijke minimum waaraan iedere school zich heeft verbonden. "
              "Scholen mogen meer bieden, maar niet minder."),
        ("h2", "De tien afspraken"),
        ("p", "Het minimum bestaat uit tien afspraken. Ouders kunnen op elke school het volgende verwachten:"),
        ("ul", ["Een intern begeleider met ten minste één dag per week per honderd leerlingen, die de "
                "leerkrachten ondersteunt en het aanspreekpunt is voor ouders.",
                "Een ondersteuningsteam dat minimaal zes keer per jaar bijeenkomt, met de intern begeleider, de "
                "directeur en op afroep de orthopedagoog van het bestuur.",
                "Handelingsgericht werken: drie keer per jaar een groepsbespreking en een groepsoverzicht waarin "
                "de onderwijsbehoeften van alle kinderen staan.",
                "Een dyslexie- en een dyscalculieprotocol volgens de landelijke protocollen, inclusief "
                "signalering vanaf groep 2 en extra leestijd of voorleessoftware waar nodig.",
                "Een programma voor sociale veiligheid en een anti-pestaanpak, met een jaarlijkse "
                "veiligheidsmeting onder leerlingen vanaf groep 5.",
                "Verrijking en compacting voor kinderen die meer aankunnen, met een leerlijn 'leren leren' in "
                "groep 5 tot en met 8.",
                "Extra taalaanbod (NT2) voor kinderen met een taalachterstand of een andere thuistaal.",
                "Een protocol medisch handelen, zodat bijvoorbeeld kinderen met diabetes of epilepsie veilig "
                "naar school kunnen.",
                "Een ontwikkelingsperspectiefplan (OPP) voor iedere leerling die op een eigen leerlijn werkt, "
                "opgesteld met ouders en jaarlijks geëvalueerd.",
                "Een toegankelijk gebouw of, waar dat bouwkundig niet kan, een afspraak met een nabije school "
                "over opvang van kinderen met een fysieke beperking."]),
        ("h2", "Hoe we dit bewaken"),
        ("p", "Iedere twee jaar bezoekt een auditteam van twee intern begeleiders van andere besturen de school "
              "('Kijk op de basis'). Zij gebruiken een kijkwijzer op basis van de tien afspraken. Voldoet een "
              "school op een of meer punten niet, dan maakt het bestuur binnen drie maanden een verbeterplan en "
              "volgt binnen een jaar een herbezoek. De uitkomsten worden geanonimiseerd besproken in het "
              "directeurenoverleg."),
        ("h1", "Een passende plek voor ieder kind"),
        ("p", "De wet vraagt van ons dat wij zorgen voor een samenhangend geheel van ondersteuningsvoorzieningen "
              "binnen en tussen de scholen. Wij onderschrijven die opdracht volledig. Tegelijk moeten we "
              "constateren dat het beeld van wat er in Rivierenrand aan ondersteuning beschikbaar is, de "
              "afgelopen jaren versnipperd is geraakt. Besturen hebben eigen initiatieven ontwikkeld, gemeenten "
              "hebben projecten gefinancierd en niet iedereen weet van elkaar wat er is."),
        ("p", "Daarom kiezen wij ervoor om in het eerste jaar van deze planperiode eerst een volledige "
              "'ondersteuningskaart Rivierenrand' op te stellen. Die kaart zal laten zien welke voorzieningen er "
              "zijn, bij welk bestuur en voor welke kinderen. Pas op basis van die kaart willen wij uitspraken "
              "doen over eventuele witte vlekken en over kinderen voor wie nu geen passende plek beschikbaar is. "
              "Ook het vraagstuk van thuiszitters krijgt daarin een plek."),
        ("p", "De kaart en de analyse worden in de loop van het schooljaar 2026-2027 opgesteld door een "
              "werkgroep onder leiding van de beleidsmedewerker. De uitkomsten verschijnen als addendum bij dit "
              "plan, dat in het voorjaar van 2027 ter instemming aan de OPR wordt voorgelegd. Tot die tijd "
              "blijven de bestaande afspraken tussen besturen van kracht."),
        ("h1", "Geld en middelen"),
        ("p", "Het samenwerkingsverband ontvangt van het Rijk een ondersteuningsbudget van circa "
              "€ 11,9 miljoen per jaar. Daarvan gaat een deel rechtstreeks via DUO naar het speciaal "
              "basisonderwijs en het speciaal onderwijs (de afdrachten). Het resterende deel verdelen wij "
              "volgens het verdeelmodel dat hieronder staat."),
        ("h2", "Zo verdelen we"),
        ("p", "Wij werken met een schoolmodel: het grootste deel van de middelen gaat naar de besturen, die "
              "er zelf de ondersteuning op hun scholen mee organiseren. De verdeling gaat in drie stappen. Eerst "
              "worden de afdrachten aan sbo en so en de kosten van het bureau gereserveerd. Vervolgens ontvangt "
              "ieder bestuur een vaste voet van € 6.000 per vestiging, zodat ook kleine scholen een minimum aan "
              "ondersteuning kunnen betalen. Tot slot wordt het restant verdeeld naar rato van het aantal "
              "leerlingen op de teldatum 1 oktober van het voorgaande jaar; in 2026 komt dat neer op € 172 per "
              "leerling. Het algemeen bestuur stelt de bedragen jaarlijks in november vast bij de begroting. "
              "Besturen verantwoorden de besteding jaarlijks vóór 1 mei met een vast format, dat door de "
              "controller wordt beoordeeld."),
        ("h2", "Meerjarenbegroting"),
        ("p", "De onderstaande meerjarenbegroting laat zien waaraan de middelen in de planperiode worden "
              "besteed. Bedragen in duizenden euro's."),
        ("table", [["Post (x € 1.000)", "2026", "2027", "2028", "2029"],
                   ["Baten ondersteuningsbudget", "11.920", "11.840", "11.760", "11.690"],
                   ["Afdrachten sbo (DUO)", "2.310", "2.290", "2.270", "2.250"],
                   ["Afdrachten so (DUO)", "3.480", "3.520", "3.540", "3.560"],
                   ["Vaste voet besturen", "312", "312", "306", "306"],
                   ["Schoolbudgetten per leerling", "4.780", "4.700", "4.640", "4.570"],
                   ["Loket, CvT en deskundigen", "520", "530", "540", "550"],
                   ["Bureau en bestuur", "480", "490", "500", "510"],
                   ["Saldo", "38", "-2", "-36", "-56"]]),
        ("p", "De reserve bedroeg eind 2025 € 1,4 miljoen. Het bestuur hanteert een signaleringswaarde van "
              "5% van de baten; het bovenmatige deel wordt in de planperiode via de negatieve saldi afgebouwd."),
        ("h1", "Toelaatbaarheid en daarna"),
        ("p", "Soms heeft een kind meer nodig dan een basisschool, ook met extra hulp, kan bieden. Dan kan een "
              "plaats in het speciaal basisonderwijs (sbo) of het speciaal onderwijs (so) passend zijn. Daarvoor "
              "is een toelaatbaarheidsverklaring (TLV) van het samenwerkingsverband nodig."),
        ("h2", "De aanvraag"),
        ("ul", ["Stap 1 — Het bestuur van de school waar het kind staat ingeschreven (of is aangemeld) dient de "
                "aanvraag in bij het Loket Rivierenrand, via het digitale aanvraagformulier.",
                "Stap 2 — Bij de aanvraag horen het OPP of groeidocument, het onderwijskundig rapport en de "
                "zienswijze van de ouders. Ontbreekt iets, dan krijgt de school vijf werkdagen om aan te vullen.",
                "Stap 3 — Twee deskundigen geven ieder een eigen, schriftelijk advies: altijd een orthopedagoog "
                "of psycholoog, en daarnaast, afhankelijk van het kind, een maatschappelijk werker, "
                "kinderpsychiater, arts of pedagoog. Zij waren niet betrokken bij het opstellen van de aanvraag.",
                "Stap 4 — De Commissie van Toelaatbaarheid (CvT) besluit namens het bestuur binnen zes weken na "
                "ontvangst van de volledige aanvraag. Ouders ontvangen een afschrift van beide adviezen.",
                "Stap 5 — Een TLV voor het sbo geldt tot het einde van de basisschoolperiode; een TLV voor het so "
                "geldt voor twee schooljaren en vermeldt de bekostigingscategorie (laag, midden of hoog)."]),
        ("h2", "Waarop de commissie let"),
        ("p", "Wanneer een leerling toelaatbaar is, beoordeelt de CvT per situatie. Wij hebben bewust geen "
              "lijst met vaste criteria in dit plan opgenomen: elk kind is anders. Een afwegingskader dat de "
              "commissie daarbij helpt, is in ontwikkeling en wordt na vaststelling door het bestuur op verzoek "
              "bij het loket verstrekt."),
        ("h2", "Niet eens met het besluit"),
        ("p", "Ouders en het schoolbestuur kunnen binnen zes weken bezwaar maken tegen een besluit over de "
              "toelaatbaarheid. Het samenwerkingsverband is aangesloten bij de Landelijke Bezwaaradviescommissie "
              "Toelaatbaarheidsverklaringen (LBT), die het bestuur adviseert over het bezwaar."),
        ("h2", "Na afloop van de TLV"),
        ("p", "Uitgangspunt in Rivierenrand is dat een plaatsing in sbo of so geen eindstation hoeft te zijn. "
              "Waar een kind zich zo ontwikkelt dat het weer in een basisschool dicht bij huis kan leren, willen "
              "wij die stap actief mogelijk maken. Voorwaarden zijn dat het OPP laat zien dat het kind de "
              "ondersteuning van de basisschool kan benutten en dat ouders de stap steunen."),
        ("p", "De sbo- of so-school bespreekt bij de jaarlijkse evaluatie van het OPP (uiterlijk in februari) "
              "of terugkeer in beeld is. In het laatste jaar van de TLV organiseert de school uiterlijk op "
              "1 maart een overleg met ouders, de beoogde basisschool en een consulent van het "
              "samenwerkingsverband. Is terugkeer passend, dan besluiten ouders en de ontvangende school samen "
              "over de overstap, die bij voorkeur na een proefperiode van zes weken plaatsvindt. Is verder "
              "verblijf nodig, dan vraagt de sbo- of so-school vóór 1 mei een nieuwe TLV aan."),
        ("p", "Na terugkeer ontvangt de basisschool een terugkeerarrangement: een jaar lang begeleiding door de "
              "ambulant begeleider van de sbo- of so-school (maximaal twee uur per week) en een bedrag van "
              "€ 3.500 voor extra handen in de klas."),
        ("h1", "Wat we willen bereiken"),
        ("p", "Voor de planperiode hebben we de volgende beoogde resultaten geformuleerd voor kinderen die extra "
              "ondersteuning nodig hebben:"),
        ("table", [["Doel", "Streefwaarde 2030"],
                   ["Deelnamepercentage sbo en so samen", "3,4% of lager"],
                   ["TLV-besluiten binnen zes weken", "95%"],
                   ["Kinderen die jaarlijks terugkeren uit sbo/so", "15"],
                   ["Scholen die de audit 'Kijk op de basis' zonder verbeterpunten doorlopen", "alle scholen"],
                   ["Tevredenheid ouders over ondersteuning (schaal 1-10)", "7,5"]]),
        ("p", "Hoe wij de voortgang op deze doelen gaan volgen en waar we daarover rapporteren, werken we in het "
              "eerste planjaar samen met de OPR uit. Wij denken aan een dashboard, maar daarover is nog geen "
              "besluit genomen."),
        ("h1", "Communicatie"),
        ("p", "Goede communicatie is een voorwaarde voor vertrouwen. Het samenwerkingsverband communiceert met "
              "scholen, besturen, gemeenten en ouders. Voor scholen verschijnt zes keer per jaar een digitale "
              "nieuwsbrief."),
        ("p", "Ouders informeren wij op drie manieren over de ondersteuning die er in Rivierenrand is. Op de "
              "ouderpagina van onze website staat per school wat de school biedt, hoe de ondersteuningsroute "
              "loopt en wat de tien afspraken van de basisondersteuning inhouden. De brochure 'Passend onderwijs "
              "in Rivierenrand' ligt op alle scholen en is beschikbaar in het Nederlands, Engels, Arabisch en "
              "Pools. Daarnaast organiseren we twee keer per jaar een informatieavond voor ouders, in "
              "samenwerking met de schoolbesturen. Scholen nemen in hun schoolgids een verwijzing op naar de "
              "ouderpagina."),
        ("p", "Heeft u als ouder een vraag of bent u het niet eens met de school of met het "
              "samenwerkingsverband, dan kunt u terecht bij Steunpunt Kompas, het onafhankelijke ouder- en "
              "jeugdsteunpunt voor Rivierenrand en Rivierenland. Kompas is ondergebracht bij een stichting die "
              "los staat van de besturen; de medewerkers denken mee, gaan mee naar gesprekken en bemiddelen. "
              "Daarnaast kunt u kosteloos een beroep doen op de Onderwijsconsulenten. Klachten over het "
              "samenwerkingsverband kunt u voorleggen aan de landelijke klachtencommissie waarbij wij zijn "
              "aangesloten."),
    ]
    body += f_governance(v)
    body += f_opr(v)
    body += f_personeel(v)
    body += f_ict(v)
    body += f_planning(v)
    body += f_begrippen(GLOSS_COMMON + [["Thuiszitter", "Leerplichtige leerling die zonder vrijstelling "
                                                        "langer dan vier weken geen onderwijs volgt."],
                                        ["Ondersteuningskaart", "Overzicht van alle voorzieningen in de regio."]])
    body += f_afkortingen(ABBR_COMMON + [["CvT", "Commissie van Toelaatbaarheid"], ["sbo", "Speciaal "
                                         "basisonderwijs"], ["so", "Speciaal onderwijs"]])
    label = dict(
        sector="po", looks_like_plan=True,
        elements={"basisondersteuning": "present", "plaatsing": "partial", "terugstroom": "present",
                  "financien": "present", "dekkend-aanbod": "missing", "resultaten": "partial",
                  "ouders": "present"},
        criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
                  "plaatsing.procedure": True, "plaatsing.criteria": False,
                  "terugstroom.procedure": True, "terugstroom.beleid": True,
                  "financien.verdeling": True, "financien.besteding": True,
                  "dekkend-aanbod.continuum": False, "dekkend-aanbod.lacunes": False,
                  "resultaten.doelen": True, "resultaten.monitoring": False,
                  "ouders.informatie": True, "ouders.steunpunt": True},
        advisory_addressed={"basisondersteuning": ["borging"],
                            "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
                            "financien": ["reserves", "verantwoording"],
                            "resultaten": ["meetbaar"],
                            "ouders": ["betrokkenheid"]},
        notes={"basisondersteuning": "'Wat iedere school biedt': common minimum for all 52 schools + ten concrete "
                                     "afspraken; audit 'Kijk op de basis' = borging",
               "plaatsing": "'Toelaatbaarheid en daarna': full procedure (Loket, 2 deskundigen, CvT, 6 weken, "
                            "duur, LBT) but criteria explicitly not given ('afwegingskader in ontwikkeling')",
               "terugstroom": "hidden in §'Na afloop van de TLV' inside the TLV chapter: policy, conditions, "
                              "steps with dates, terugkeerarrangement",
               "financien": "'Geld en middelen': vaste voet + per-leerling model and meerjarenbegroting table; "
                            "reserves and verantwoording",
               "dekkend-aanbod": "'Een passende plek voor ieder kind' only restates the legal aim and defers the "
                                 "ondersteuningskaart/witte vlekken to a 2027 addendum; no OOGO/jeugdhulp "
                                 "cooperation described (OOGO only as procedural date)",
               "resultaten": "'Wat we willen bereiken': streefwaarden table (doelen) but how progress is "
                             "measured/reported is deferred ('werken we in het eerste planjaar uit')",
               "ouders": "in 'Communicatie': ouderpagina, brochure, info-avonden; Steunpunt Kompas (OJSP), "
                         "Onderwijsconsulenten, klachtencommissie"})
    hdr = f"Ondersteuningsplan 2026-2030 | {v['kort']} ({v['code']})"
    return assemble(front, body), label, hdr


# ---------------------------------------------------------------------------
# Plan 2 — VO Duin en Polder (docx)
# ---------------------------------------------------------------------------

def plan2():
    v = dict(naam="Samenwerkingsverband Voortgezet Onderwijs Duin en Polder", kort="SWV VO Duin en Polder",
             code="VO 27-03", periode="2026-2030", kinderen="alle jongeren van 12 tot 18 jaar",
             bestuurder="ir. J.P. (Joost) van der Linden", artikel="17a, achtste lid, WVO (thans art. 2.47 e.v. "
             "WVO 2020)", gemeenten="Zandvoorde, Polderwijk en Westerduin", besturen="negen",
             regio="Duin en Polder", oogo="5 februari 2026", opr="10 maart 2026", vastgesteld="19 maart 2026",
             ander_swv="PO Duinstreek (PO 27-02)")
    leeswijzer = ("Hoofdstuk 5 beschrijft ons ondersteuningsniveau en hoofdstuk 6 het ondersteuningscontinuüm "
                  "(onderdeel a van de wet). Hoofdstuk 7 gaat over het financieel kader (b). Hoofdstuk 8 "
                  "beschrijft de toewijzing van vso, lwoo en pro (c). Hoofdstuk 9 bevat onze ambities en "
                  "opbrengsten (e) en hoofdstuk 10 gaat over ouders en leerlingen (f).")
    front = [("title", "Ondersteuningsplan 2026-2030"),
             ("sub", f"{v['naam']} ({v['code']})"),
             ("sub", "'Ruimte voor verschil' — definitieve versie na instemming OPR"),
             ("pagebreak", None)]
    body = []
    body += f_voorwoord(v)
    body += f_inleiding(v, leeswijzer)
    body += f_context(v, [["Leerlingen", "2022", "2023", "2024", "2025"],
                          ["Regulier vo (incl. lwoo)", "11.240", "11.310", "11.290", "11.205"],
                          ["Praktijkonderwijs", "512", "498", "505", "511"],
                          ["Voortgezet speciaal onderwijs", "402", "415", "433", "441"],
                          ["Vestigingen", "17", "17", "16", "16"]])
    body += f_visie(v)
    body += [
        ("h1", "Ons ondersteuningsniveau"),
        ("p", "Basisondersteuning is in Duin en Polder het niveau van ondersteuning dat alle zestien vestigingen "
              "van de aangesloten besturen ten minste bieden, zonder tussenkomst van het samenwerkingsverband. "
              "Het niveau is in 2025 door de negen besturen opnieuw vastgesteld en geldt als ondergrens: geen "
              "vestiging mag eronder zitten, ook niet tijdelijk. Wat boven dit niveau uitgaat, heet bij ons "
              "extra ondersteuning."),
        ("p", "In navolging van het Referentiekader passend onderwijs onderscheiden we vier aspecten: "
              "basiskwaliteit, zoals de inspectie die beoordeelt; preventieve en licht curatieve interventies; "
              "de onderwijsondersteuningsstructuur; en planmatig en handelingsgericht werken."),
        ("p", "De concrete standaarden per aspect, met de bijbehorende indicatoren, zijn uitgewerkt in "
              "bijlage 3 'Kaart basisondersteuning VO Duin en Polder'. Die kaart wordt jaarlijks met iedere "
              "school besproken in het schoolgesprek met de consulent; tekortkomingen leiden tot afspraken in "
              "het jaarplan van de school."),
        ("h1", "Het ondersteuningscontinuüm"),
        ("p", "Onze ondersteuning is opgebouwd in vier niveaus die op elkaar aansluiten. Leerlingen stromen "
              "niet automatisch van het ene naar het andere niveau; het gaat om een doorlopende lijn waarin de "
              "school steeds eerst zelf kijkt wat zij kan doen."),
        ("table", [["Niveau", "Wat", "Waar", "Toegang"],
                   ["1 Basis", "Basisondersteuning", "Iedere vestiging", "Direct via mentor"],
                   ["2 Extra in school", "Trajectvoorziening, remedial teaching, faalangst- en "
                    "sova-trainingen, tijdelijke begeleiding door de orthopedagoog", "Eigen school, "
                    "schoolbudget", "Besluit ondersteuningsteam school"],
                   ["3 Bovenschools", "OPDC De Brug (tijdelijke plaatsing max. 1 jaar), Rebound Westerduin "
                    "(max. 12 weken), Plusklas hoogbegaafdheid", "Regionaal", "Toewijzing loket SWV"],
                   ["4 Speciaal", "Vso cluster 3 (De Vaart) en cluster 4 (Het Duinhuis), praktijkonderwijs "
                    "(twee scholen)", "Regionaal", "TLV of toelaatbaarheid pro"]]),
        ("h2", "Waar het schuurt"),
        ("p", "Ieder voorjaar maken wij met de besturen een analyse van het dekkend netwerk: welke leerlingen "
              "kregen geen passende plek, waar ontstonden wachtlijsten en welke vragen konden we niet "
              "beantwoorden? Bronnen zijn de registratie van het loket, de thuiszitterslijst van leerplicht en "
              "de signalen uit het netwerk van ondersteuningscoördinatoren. De analyse van 2025 liet vier "
              "lacunes zien: een aanbod voor hoogbegaafde leerlingen met een ondersteuningsbehoefte op havo/vwo, "
              "een plek voor jongeren met ernstige angstklachten die niet naar school durven, een vervolg op de "
              "internationale schakelklas voor oudere nieuwkomers en wachttijden van meer dan acht weken voor "
              "de rebound."),
        ("p", "Voor elke lacune is een eigenaar aangewezen en een termijn afgesproken. De plusklas wordt per "
              "1 augustus 2026 uitgebreid naar twee vestigingen; voor jongeren met angstklachten start in "
              "januari 2027 een kleinschalige voorziening in samenwerking met de jeugd-GGZ; de rebound krijgt "
              "vier extra plaatsen. Leerlingen die langer dan vier weken thuiszitten, worden besproken aan de "
              "maandelijkse thuiszitterstafel, waar leerplicht, school, jeugdhulp en het samenwerkingsverband "
              "binnen twee weken een plan maken. Lukt dat niet, dan heeft de directeur-bestuurder "
              "doorzettingsmacht."),
        ("h1", "Financieel kader"),
        ("h2", "Verdeling van de middelen"),
        ("p", "De middelen lichte ondersteuning en de middelen zware ondersteuning vormen samen het "
              "ondersteuningsbudget. Na aftrek van de afdrachten voor vso en de bekostiging van het "
              "praktijkonderwijs boven het drempelbedrag verdelen wij het budget als volgt. Iedere vestiging "
              "ontvangt een vaste voet van € 25.000. Daarnaast ontvangt ieder bestuur € 145 per leerling op de "
              "teldatum 1 oktober. De middelen voor lwoo worden doorgegeven aan de besturen met een "
              "lwoo-aanbod naar rato van het aantal leerlingen met een aanwijzing lwoo. De bovenschoolse "
              "voorzieningen (OPDC, rebound, plusklas) worden rechtstreeks door het samenwerkingsverband "
              "bekostigd. Het algemeen bestuur stelt de bedragen jaarlijks vóór 1 december vast."),
        ("h2", "Meerjarenbegroting"),
        ("p", "De meerjarenbegroting 2026-2030 wordt opgesteld na verwerking van de septembercirculaire en "
              "maakt daarom nog geen deel uit van dit plan. De tabel hieronder geeft de indeling weer die wij "
              "daarbij gaan hanteren."),
        ("table", [["Post", "2026", "2027", "2028", "2029"],
                   ["Baten lichte ondersteuning", "p.m.", "p.m.", "p.m.", "p.m."],
                   ["Baten zware ondersteuning", "p.m.", "p.m.", "p.m.", "p.m."],
                   ["Afdrachten vso", "p.m.", "p.m.", "p.m.", "p.m."],
                   ["Vaste voet en bedrag per leerling", "p.m.", "p.m.", "p.m.", "p.m."],
                   ["Bovenschoolse voorzieningen", "p.m.", "p.m.", "p.m.", "p.m."]]),
        ("p", "De algemene reserve is de afgelopen jaren teruggebracht tot onder de signaleringswaarde van de "
              "inspectie. Wij houden een weerstandsvermogen aan van 8% van de baten."),
        ("h1", "Toewijzing van vso, lwoo en pro"),
        ("h2", "Voortgezet speciaal onderwijs"),
        ("p", "Het bestuur van de school waar de leerling staat ingeschreven vraagt de TLV aan bij het loket "
              "van het samenwerkingsverband. Het dossier bevat het OPP met de evaluatie van de geboden "
              "ondersteuning, het onderwijskundig rapport en het verslag van het gesprek met ouders en "
              "leerling. De TLV-commissie, bestaande uit een orthopedagoog-generalist en een tweede deskundige "
              "(psycholoog, jeugdarts of maatschappelijk werker), geeft ieder afzonderlijk schriftelijk advies. "
              "De directeur-bestuurder besluit binnen vijf weken. Een TLV wordt afgegeven voor twee schooljaren, "
              "in de categorie laag, midden of hoog."),
        ("p", "Een leerling is toelaatbaar tot het vso als aan alle drie de volgende voorwaarden is voldaan: "
              "(1) de school heeft ten minste twee OPP-cycli met extra ondersteuning op niveau 2 of 3 "
              "uitgevoerd en geëvalueerd, of er is sprake van een acute situatie; (2) de ondersteuningsbehoefte "
              "vraagt om een combinatie van kleine groepen, specialistische begeleiding gedurende de hele "
              "schooldag en een aangepast curriculum die binnen het regulier vo niet te organiseren is; (3) de "
              "deskundigen onderschrijven dat het vso het best passende aanbod is."),
        ("h2", "Leerwegondersteunend onderwijs"),
        ("p", "Duin en Polder hanteert de landelijke criteria voor lwoo: een IQ tussen 75 en 90 en een "
              "leerachterstand van 1,5 tot 3 jaar op ten minste twee van de vier domeinen, waarvan een begrijpend "
              "lezen of inzichtelijk rekenen is; of een IQ tussen 91 en 120 met een dergelijke leerachterstand "
              "en sociaal-emotionele problematiek. De vo-school vraagt de aanwijzing aan bij het loket vóór "
              "1 maart van het jaar van aanmelding; de aanwijzing geldt voor de duur van de opleiding."),
        ("h2", "Praktijkonderwijs"),
        ("p", "Voor praktijkonderwijs gelden de landelijke criteria: een IQ tussen 55 en 80 en een "
              "leerachterstand van drie jaar of meer op ten minste twee domeinen, waarvan een begrijpend lezen "
              "of inzichtelijk rekenen is. De pro-school vraagt de toelaatbaarheid aan bij het loket; de "
              "commissie besluit binnen vier weken."),
        ("h2", "Na het vso"),
        ("p", "Het vso bereidt leerlingen voor op vervolgonderwijs, arbeid of dagbesteding. Het "
              "uitstroomperspectief wordt in het OPP vastgelegd. Voor de doorstroom van het primair naar het "
              "voortgezet onderwijs bestaan afspraken met PO Duinstreek over de warme overdracht."),
        ("h1", "Ambities en opbrengsten"),
        ("p", "Voor leerlingen met een ondersteuningsbehoefte willen wij in 2030 het volgende bereiken:"),
        ("table", [["Ambitie", "Indicator", "2025", "Streefwaarde 2030"],
                   ["Minder leerlingen zonder onderwijs", "Thuiszitters > 4 weken (peildatum 1 oktober)",
                    "37", "minder dan 15"],
                   ["Sneller de juiste plek", "Doorlooptijd TLV in werkdagen (mediaan)", "29", "20"],
                   ["Thuisnabij onderwijs", "Deelnamepercentage vso", "3,8%", "3,5%"],
                   ["Succesvolle terugkeer uit OPDC", "Leerlingen na 1 jaar nog op reguliere school",
                    "71%", "85%"],
                   ["Tevreden ouders", "Gemiddeld rapportcijfer ouderpeiling", "6,9", "7,5"]]),
        ("p", "Wij volgen deze indicatoren met een dashboard dat ieder kwartaal wordt bijgewerkt uit de "
              "loketregistratie, DUO-gegevens en de thuiszitterslijst. Twee keer per jaar bespreekt het "
              "algemeen bestuur de stand van zaken; in februari met de OPR. De bereikte resultaten en de kosten "
              "per voorziening worden jaarlijks verantwoord in het jaarverslag. Na twee jaar volgt een "
              "tussenevaluatie met scholen en ouders, waarvan de uitkomst kan leiden tot bijstelling van de "
              "streefwaarden."),
        ("h1", "Ouders en leerlingen"),
        ("p", "Ouders en leerlingen zijn de eerste deskundigen als het gaat om wat een leerling nodig heeft. Bij "
              "iedere aanvraag voor een voorziening of TLV worden zij gehoord en hun zienswijze wordt in het "
              "dossier opgenomen. Leerlingen vanaf 12 jaar geven hun mening over hun OPP."),
        ("p", "Over de ondersteuningsmogelijkheden in Duin en Polder informeren wij ouders via de website, met "
              "een aparte ouderroute per ondersteuningsniveau, en via de folder 'Extra hulp op de middelbare "
              "school' die iedere brugklasser bij de start van het schooljaar mee naar huis krijgt. In oktober "
              "organiseren wij op drie locaties een informatieavond over de overstap naar het vo. Op iedere "
              "vestiging is de ondersteuningscoördinator het aanspreekpunt voor ouders."),
        ("p", "Het ouder- en jeugdsteunpunt dat de wet ons gaat vragen, richten wij in de loop van 2027 in, "
              "samen met PO Duinstreek. Over de vorm daarvan zijn nog geen besluiten genomen; nadere informatie "
              "volgt."),
    ]
    body += f_oogo(v)
    body += f_governance(v)
    body += f_opr(v)
    body += f_personeel(v)
    body += f_ict(v)
    body += f_planning(v)
    body += f_begrippen(GLOSS_COMMON + [["Lwoo", "Leerwegondersteunend onderwijs"],
                                        ["Overplaatsing", "Overstap van het vso naar het regulier vo of mbo."],
                                        ["OPDC", "Orthopedagogisch-didactisch centrum"]])
    body += f_afkortingen(ABBR_COMMON + [["vso", "Voortgezet speciaal onderwijs"],
                                         ["pro", "Praktijkonderwijs"], ["ISK", "Internationale schakelklas"]])
    label = dict(
        sector="vo", looks_like_plan=True,
        elements={"basisondersteuning": "partial", "plaatsing": "present", "terugstroom": "missing",
                  "financien": "partial", "dekkend-aanbod": "present", "resultaten": "present",
                  "ouders": "partial"},
        criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": False,
                  "plaatsing.procedure": True, "plaatsing.criteria": True,
                  "terugstroom.procedure": False, "terugstroom.beleid": False,
                  "financien.verdeling": True, "financien.besteding": False,
                  "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
                  "resultaten.doelen": True, "resultaten.monitoring": True,
                  "ouders.informatie": True, "ouders.steunpunt": False},
        advisory_addressed={"basisondersteuning": ["borging"],
                            "plaatsing": ["deskundigen", "duur-categorie"],
                            "financien": ["reserves"],
                            "dekkend-aanbod": ["ketenpartners"],
                            "resultaten": ["meetbaar"],
                            "ouders": ["betrokkenheid"]},
        notes={"basisondersteuning": "'Ons ondersteuningsniveau' defines the common minimum but only copies the "
                                     "four Referentiekader aspects; the concrete standards are in absent bijlage 3",
               "plaatsing": "'Toewijzing van vso, lwoo en pro': vso procedure + three criteria, lwoo and pro "
                            "criteria and procedure; no bezwaar route",
               "terugstroom": "nothing on return from vso to vo; only uitstroomperspectief, PO-VO doorstroom and "
                              "a begrippenlijst entry 'Overplaatsing'/'Terugplaatsing' and an OPDC-return "
                              "indicator in the ambities table (OPDC is not vso) (traps)",
               "financien": "'Financieel kader': verdeling (vaste voet, EUR 145 per leerling, lwoo) present; "
                            "meerjarenbegroting table is all 'p.m.' and deferred to after septembercirculaire",
               "dekkend-aanbod": "continuum table (4 niveaus) + 'Waar het schuurt': yearly gap analysis, four "
                                 "lacunes with owners/dates, thuiszitterstafel",
               "resultaten": "'Ambities en opbrengsten': indicator table with streefwaarden; quarterly dashboard, "
                             "jaarverslag, tussenevaluatie",
               "ouders": "'Ouders en leerlingen': website, folder, info-avond (informatie); OJSP deferred to "
                         "2027 and no other independent support named"})
    hdr = f"{v['kort']} — Ondersteuningsplan 2026-2030"
    return assemble(front, body), label, hdr


# ---------------------------------------------------------------------------
# Plan 3 — PO Vechtdal-Noord (pdf only)
# ---------------------------------------------------------------------------

def plan3():
    v = dict(naam="Stichting Primair Passend Vechtdal-Noord", kort="SWV Vechtdal-Noord",
             code="PO 23-11", periode="2026-2030", kinderen="alle kinderen in de basisschoolleeftijd",
             bestuurder="E. (Esther) Brinkman MEd", artikel="18a, achtste lid, WPO",
             gemeenten="Hardenhoven, Ommerveld en Dalfsterbroek", besturen="zeven",
             regio="Vechtdal-Noord", oogo="29 januari 2026", opr="3 maart 2026", vastgesteld="11 maart 2026",
             ander_swv="VO Vechtdal (VO 23-12)")
    leeswijzer = ("De hoofdstukken 5 tot en met 11 volgen de onderdelen a tot en met f uit de wet: "
                  "basisondersteuning, het aanbod van basis tot speciaal, middelen en verdeling, toegang tot sbo "
                  "en so, terugplaatsing, kwaliteit en resultaten en samenwerking met ouders.")
    front = [("title", "Ondersteuningsplan Vechtdal-Noord 2026-2030"),
             ("sub", f"{v['naam']} ({v['code']})"),
             ("sub", "Inhoud: basisondersteuning, dekkend aanbod, financiën, toelaatbaarheid, terugplaatsing, "
                     "resultaten en ouders"),
             ("pagebreak", None)]
    body = []
    body += f_voorwoord(v)
    body += f_inleiding(v, leeswijzer)
    body += f_context(v, [["Gegeven", "2022", "2023", "2024", "2025"],
                          ["Leerlingen basisonderwijs", "9.870", "9.790", "9.702", "9.655"],
                          ["Vestigingen basisonderwijs", "41", "41", "40", "40"],
                          ["Aangesloten besturen", "8", "7", "7", "7"]])
    body += f_visie(v)
    body += [
        ("h1", "Basisondersteuning: de ondergrens in Vechtdal-Noord"),
        ("p", "De zeven besturen hebben samen één ondergrens afgesproken voor alle veertig basisscholen in het "
              "verband. Iedere vestiging biedt ten minste wat in de tabel hieronder staat. Wat een school "
              "daarboven doet, beschrijft zij in haar schoolgids."),
        ("table", [["Domein", "Wat iedere school ten minste biedt"],
                   ["Structuur", "Intern begeleider (minimaal 0,2 fte per 100 leerlingen); ondersteuningsteam "
                    "met ouders, leerkracht, IB en orthopedagoog van het bestuur"],
                   ["Lezen en rekenen", "Dyslexieprotocol met signalering vanaf groep 1/2; interventies bij "
                    "ernstige rekenproblemen; voorleessoftware"],
                   ["Gedrag", "Schoolbreed programma sociaal-emotionele ontwikkeling; gedragsspecialist "
                    "op bestuursniveau binnen twee weken beschikbaar"],
                   ["Meer- en hoogbegaafdheid", "Signalering in groep 1-2 en 5; compacten en verrijken; "
                    "plusgroep op bestuursniveau"],
                   ["Taal", "Extra taalaanbod voor leerlingen met een taalachterstand (NT2)"],
                   ["Medisch", "Protocol medisch handelen; afspraken met jeugdarts"],
                   ["Planmatig werken", "Groepsoverzichten, drie groepsbesprekingen per jaar, OPP bij eigen "
                    "leerlijn"]]),
        ("p", "Het samenwerkingsverband bespreekt de ondergrens iedere twee jaar met elke school aan de hand van "
              "een zelfevaluatie en een schoolbezoek."),
        ("h1", "Van basis tot speciaal"),
        ("p", "Het ondersteuningsaanbod in Vechtdal-Noord is opgebouwd als een trap. Iedere trede bouwt voort "
              "op de vorige; de school zet pas een volgende stap als de vorige onvoldoende blijkt."),
        ("table", [["Trede", "Voorziening", "Toegang"],
                   ["1", "Basisondersteuning op iedere school", "Direct"],
                   ["2", "Lichte arrangementen in de eigen school (bijv. extra begeleiding, "
                    "ambulante begeleiding vanuit sbo of so, inzet gedragsspecialist)", "Ondersteuningsteam "
                    "school, schoolbudget"],
                   ["3", "Bovenschoolse arrangementen: taalklas De Sprong, observatiegroep De Kei (max. "
                    "16 weken), plusklas", "Aanvraag bij loket SWV"],
                   ["4", "Speciaal basisonderwijs (twee scholen: De Wissel en Het Veer)", "TLV sbo"],
                   ["5", "Speciaal onderwijs cluster 3 en 4 (De Horst, De Vlonder); "
                    "onderwijs-zorgarrangementen", "TLV so"]]),
        ("p", "Voor kinderen die naast onderwijs jeugdhulp nodig hebben, combineren wij onderwijs en zorg in "
              "onderwijs-zorgarrangementen (zie hoofdstuk 12). Of het aanbod voor alle kinderen dekkend is, "
              "hebben wij nog niet onderzocht. Een analyse van witte vlekken en van kinderen die tussen wal en "
              "schip vallen, staat gepland voor 2027."),
        ("h1", "Middelen en verdeling"),
        ("p", "De verdeling en de meerjarenbegroting staan in de tabellen in dit hoofdstuk."),
        ("table", [["Verdeelsleutel", "Afspraak"],
                   ["Vaststelling", "Algemeen bestuur, jaarlijks in november bij de begroting"],
                   ["Vaste voet", "€ 5.000 per vestiging"],
                   ["Schoolbudget", "€ 160 per leerling op teldatum 1 oktober t-1, uitgekeerd aan het bestuur"],
                   ["Bovenschoolse arrangementen", "Toegekend door loket op aanvraag; max. € 8.000 per "
                    "arrangement; criteria: trede 2 aantoonbaar benut, OPP aanwezig"],
                   ["Afdrachten sbo/so", "Via DUO, peildatum 1 februari (sbo) en 1 oktober (so)"],
                   ["Verantwoording", "Besturen leveren jaarlijks vóór 1 april een bestedingsoverzicht aan"]]),
        ("table", [["Meerjarenbegroting (x € 1.000)", "2026", "2027", "2028", "2029"],
                   ["Baten rijksbijdrage", "7.860", "7.790", "7.730", "7.680"],
                   ["Afdrachten sbo", "1.940", "1.920", "1.900", "1.890"],
                   ["Afdrachten so", "2.610", "2.640", "2.660", "2.680"],
                   ["Schoolbudgetten en vaste voet", "1.745", "1.730", "1.715", "1.700"],
                   ["Bovenschoolse arrangementen", "880", "880", "860", "850"],
                   ["Loket en bureau", "640", "650", "660", "670"],
                   ["Resultaat", "45", "-30", "-65", "-110"]]),
        ("h1", "Toegang tot sbo en so"),
        ("p", "Een toelaatbaarheidsverklaring wordt aangevraagd door het bestuur van de school waar het kind is "
              "ingeschreven. De aanvraag gaat naar het Loket Vechtdal-Noord en bevat het OPP, het verslag van "
              "het laatste ondersteuningsteam en de zienswijze van ouders. Twee deskundigen — een orthopedagoog "
              "of psycholoog en een tweede deskundige die past bij de vraag — brengen ieder een eigen advies "
              "uit. De Commissie Toelaatbaarheid besluit binnen zes weken."),
        ("p", "Een kind is toelaatbaar tot het sbo als: de basisschool de treden 1 tot en met 3 aantoonbaar "
              "heeft ingezet en geëvalueerd; het kind een leerachterstand van meer dan anderhalf jaar heeft of "
              "gedrag laat zien waarvoor een kleinere groep met specialistische begeleiding de hele dag nodig "
              "is; en het kind profiteert van een lesprogramma dat in de basisschool niet haalbaar is. Een kind "
              "is toelaatbaar tot het so als daarnaast sprake is van een ernstige beperking of stoornis "
              "(verstandelijk, lichamelijk, langdurig ziek of ernstige gedrags- of psychiatrische problematiek) "
              "waardoor intensieve, specialistische ondersteuning gedurende de hele schooldag nodig is."),
        ("p", "De TLV sbo geldt tot het einde van de basisschool. De TLV so wordt afgegeven voor de duur van "
              "drie schooljaren, in bekostigingscategorie laag, midden of hoog. Tegen een besluit kunnen ouders "
              "binnen zes weken bezwaar maken; het samenwerkingsverband vraagt daarover advies aan de LBT."),
        ("h1", "Terug naar de basisschool"),
        ("p", "Vechtdal-Noord kiest ervoor dat kinderen, als het kan, weer naar een gewone basisschool dicht "
              "bij huis gaan. Terugplaatsing is geen uitzondering maar een vast onderdeel van ieder OPP in sbo "
              "en so. Voorwaarden zijn dat het kind de groepsgrootte en het tempo van de basisschool aankan, "
              "dat de ontvangende school de benodigde ondersteuning kan bieden en dat ouders instemmen. Na "
              "terugplaatsing krijgt de basisschool gedurende zes maanden ambulante begeleiding vanuit de "
              "sbo- of so-school en een terugplaatsingsbudget van € 2.500."),
        ("p", "Het stappenplan terugplaatsing, met wie wat wanneer doet, staat op onze website onder "
              "'Professionals > Terugplaatsing'."),
        ("h1", "Kwaliteit en resultaten"),
        ("p", "Wij willen een lerende organisatie zijn die resultaatgericht werkt. Kwaliteit is bij ons geen "
              "afvinklijst maar een gesprek. Het bestuur hecht aan een cultuur waarin fouten bespreekbaar zijn "
              "en waarin scholen elkaar aanspreken."),
        ("p", "Welke resultaten wij in deze periode willen bereiken voor kinderen met een ondersteuningsbehoefte "
              "en hoe wij die gaan meten, leggen wij vast in een kwaliteitskader. Dat kader wordt in het eerste "
              "planjaar opgesteld, na een gesprek met de OPR en de schoolbesturen over wat wij als succes "
              "beschouwen."),
        ("h1", "Samen met ouders"),
        ("p", "Ouders kennen hun kind het best. In Vechtdal-Noord zitten ouders bij ieder ondersteuningsteam "
              "aan tafel en wordt geen besluit over hun kind genomen zonder dat zij zijn gehoord."),
        ("p", "Hoe informeren wij ouders over de ondersteuning? Iedere school neemt in de schoolgids een "
              "hoofdstuk op over de basisondersteuning en de treden van het aanbod, volgens een vast format van "
              "het samenwerkingsverband. Op onze website staat de 'Ouderwegwijzer' met uitleg over de treden, "
              "de aanvraag van een arrangement of TLV en de contactgegevens van het loket. Bij de aanmelding "
              "op een basisschool ontvangen ouders de folder 'Wat als mijn kind meer nodig heeft?'."),
        ("p", "Voor onafhankelijk advies kunnen ouders terecht bij het Ouder- en Jeugdsteunpunt Vechtdal "
              "(telefonisch, per mail en op inloopochtenden in de drie gemeentehuizen). Het steunpunt is "
              "ondergebracht bij een onafhankelijke welzijnsorganisatie en rapporteert twee keer per jaar "
              "geanonimiseerde signalen aan het bestuur. Ook de Onderwijsconsulenten en de landelijke "
              "Geschillencommissie passend onderwijs staan voor ouders open."),
    ]
    body += f_oogo(v)
    body += f_governance(v)
    body += f_opr(v)
    body += f_personeel(v)
    body += f_ict(v)
    body += f_planning(v)
    body += f_begrippen(GLOSS_COMMON + [["Trede", "Niveau in het ondersteuningsaanbod van Vechtdal-Noord."],
                                        ["Kwaliteitskader", "Set van beoogde resultaten en indicatoren."]])
    body += f_afkortingen(ABBR_COMMON + [["sbo", "Speciaal basisonderwijs"], ["so", "Speciaal onderwijs"]])
    label = dict(
        sector="po", looks_like_plan=True,
        elements={"basisondersteuning": "present", "plaatsing": "present", "terugstroom": "partial",
                  "financien": "present", "dekkend-aanbod": "partial", "resultaten": "missing",
                  "ouders": "present"},
        criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
                  "plaatsing.procedure": True, "plaatsing.criteria": True,
                  "terugstroom.procedure": False, "terugstroom.beleid": True,
                  "financien.verdeling": True, "financien.besteding": True,
                  "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": False,
                  "resultaten.doelen": False, "resultaten.monitoring": False,
                  "ouders.informatie": True, "ouders.steunpunt": True},
        advisory_addressed={"basisondersteuning": ["borging"],
                            "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
                            "financien": ["verantwoording"],
                            "dekkend-aanbod": ["ketenpartners"],
                            "ouders": ["betrokkenheid"]},
        notes={"basisondersteuning": "'Basisondersteuning: de ondergrens': one floor for all 40 schools; content "
                                     "only in a domain table",
               "plaatsing": "'Toegang tot sbo en so': procedure, separate sbo and so criteria, duur/categorie, LBT",
               "terugstroom": "'Terug naar de basisschool': policy, conditions and support after return; the "
                              "stappenplan (procedure) is only referred to the website",
               "financien": "'Middelen en verdeling': text only points to tables; verdeelsleutel and "
                            "meerjarenbegroting are table-only content",
               "dekkend-aanbod": "'Van basis tot speciaal': 5-trede continuum table; gap analysis explicitly not "
                                 "done ('staat gepland voor 2027'); thuiszitters only as OOGO theme in passing",
               "resultaten": "'Kwaliteit en resultaten' only values and a deferral to a kwaliteitskader 'in het "
                             "eerste planjaar'; context table has no result figures",
               "ouders": "'Samen met ouders': schoolgids format, Ouderwegwijzer, folder; OJSP Vechtdal, "
                         "Onderwijsconsulenten, Geschillencommissie"})
    hdr = f"Ondersteuningsplan {v['kort']} 2026-2030"
    return assemble(front, body), label, hdr


def scrub(blocks, repl):
    out = []
    for kind, val in blocks:
        if isinstance(val, str):
            for a, b in repl:
                val = val.replace(a, b)
        out.append((kind, val))
    return out


# ---------------------------------------------------------------------------
# Plan 4 — VO Kempenland-West (html)
# ---------------------------------------------------------------------------

def plan4():
    v = dict(naam="Samenwerkingsverband VO Kempenland-West", kort="SWV VO Kempenland-West",
             code="VO 30-08", periode="2026-2030", kinderen="alle leerlingen in het voortgezet onderwijs",
             bestuurder="drs. R. (Rachid) El Amrani", artikel="17a, achtste lid, WVO",
             gemeenten="Bergeijkveld, Eersel-Heide, Reusel-Akkers en Valkenhorst", besturen="zes",
             regio="Kempenland-West", oogo="20 januari 2026", opr="24 februari 2026", vastgesteld="4 maart 2026",
             ander_swv="PO De Kempen (PO 30-07)")
    leeswijzer = ("Het plan volgt de wettelijke onderdelen. Hoofdstuk 5 gaat over het fundament dat iedere "
                  "school legt, hoofdstuk 6 over het netwerk van voorzieningen. Hoofdstuk 7 beschrijft geld en "
                  "middelen, hoofdstuk 8 de toegang tot vso, lwoo en pro, hoofdstuk 9 wat er na het vso gebeurt en "
                  "hoofdstuk 10 hoe wij volgen wat we bereiken. Hoofdstuk 11 gaat over communicatie.")
    front = [("title", "Ondersteuningsplan 2026-2030: Samen verder"),
             ("sub", f"{v['naam']} ({v['code']}) — webversie"),
             ("pagebreak", None)]
    body = []
    body += f_voorwoord(v)
    body += f_inleiding(v, leeswijzer)
    body += f_context(v, [["Leerlingen", "2022", "2023", "2024", "2025"],
                          ["Vmbo (incl. lwoo)", "4.310", "4.280", "4.205", "4.160"],
                          ["Havo/vwo", "3.960", "3.990", "3.975", "3.940"],
                          ["Praktijkonderwijs", "288", "281", "290", "286"],
                          ["Vso", "301", "318", "322", "331"]])
    body += f_visie(v, parents=False)
    body += [
        ("h1", "Het fundament"),
        ("p", "Het kabinet heeft aangekondigd dat er een landelijke norm voor basisondersteuning komt. Het "
              "zou weinig zinvol zijn om nu een eigen regionale norm vast te stellen die over enkele jaren weer "
              "moet worden vervangen. Wij wachten die landelijke norm daarom af. Zodra de norm wettelijk is "
              "verankerd, stellen wij in overleg met de besturen het niveau en de bijbehorende standaarden "
              "voor Kempenland-West vast en leggen wij die ter instemming aan de OPR voor. Tot dat moment nemen "
              "wij in dit plan geen eigen beschrijving van de basisondersteuning op."),
        ("h1", "Het netwerk van voorzieningen"),
        ("p", "Welke voorzieningen er in Kempenland-West zijn — van de ondersteuning op iedere school tot het "
              "voortgezet speciaal onderwijs — staat in de Ondersteuningswijzer op onze website, die "
              "doorlopend wordt bijgewerkt. In dit plan beschrijven wij hoe wij ervoor zorgen dat geen "
              "leerling buiten de boot valt."),
        ("h2", "Geen leerling zonder plek"),
        ("p", "Iedere school meldt een leerling die langer dan twee weken ongeoorloofd of geoorloofd afwezig "
              "is zonder zicht op terugkeer bij het casusoverleg 'Aan Boord'. In dat overleg zitten de "
              "leerplichtambtenaar, de ondersteuningscoördinator van de school, een consulent van het "
              "samenwerkingsverband en zo nodig het lokale team. Binnen tien werkdagen ligt er een plan met een "
              "eigenaar. Als na zes weken geen onderwijs is hervat, escaleert de consulent naar de "
              "directeur-bestuurder, die doorzettingsmacht heeft en een plaats bij een andere school of een "
              "tijdelijke voorziening kan afdwingen."),
        ("p", "Twee keer per jaar analyseren wij alle casussen uit 'Aan Boord' en de aanvragen die het loket niet "
              "kon honoreren. Waar een patroon zichtbaar wordt — in 2025 bijvoorbeeld bij jongeren met "
              "autisme op havo/vwo-niveau en bij leerlingen die vastlopen na een gesloten plaatsing — legt het "
              "bureau het algemeen bestuur binnen drie maanden een voorstel voor om het gat te dichten. Besturen "
              "delen de zorgplicht: een school die een aangemelde leerling niet zelf kan plaatsen, zoekt met het "
              "loket binnen de wettelijke termijn een andere school die dat wel kan."),
        ("h1", "Geld en middelen"),
        ("p", "Kempenland-West ontvangt in 2026 naar verwachting € 9,4 miljoen aan ondersteuningsmiddelen. Wij "
              "kiezen voor een verdeling waarin scholen vooraf weten waar zij aan toe zijn."),
        ("h2", "Verdeling"),
        ("ul", ["Ieder bestuur ontvangt per vestiging een basisbedrag van € 40.000 voor de "
                "ondersteuningsstructuur.",
                "Daarnaast ontvangt ieder bestuur € 118 per leerling op de teldatum van 1 oktober.",
                "Middelen voor lwoo worden toegekend naar het aantal leerlingen met een aanwijzing lwoo "
                "(€ 3.950 per leerling in 2026).",
                "Individuele arrangementen boven het schoolbudget worden op aanvraag van de school door het "
                "loket toegekend, tot maximaal € 12.000 per leerling per schooljaar.",
                "Het algemeen bestuur stelt de bedragen elk jaar in december vast. Besturen leggen in juni "
                "verantwoording af over de besteding."]),
        ("h2", "Meerjarenbegroting"),
        ("table", [["(x € 1.000)", "2026", "2027", "2028", "2029"],
                   ["Rijksbijdrage lichte ondersteuning (incl. lwoo)", "4.980", "4.930", "4.890", "4.850"],
                   ["Rijksbijdrage zware ondersteuning", "4.420", "4.390", "4.360", "4.330"],
                   ["Afdrachten vso en pro", "3.610", "3.680", "3.720", "3.760"],
                   ["Basisbedragen en bedrag per leerling", "2.140", "2.110", "2.080", "2.050"],
                   ["Lwoo-middelen aan besturen", "2.370", "2.350", "2.330", "2.300"],
                   ["Individuele arrangementen", "650", "650", "640", "630"],
                   ["Regionale voorzieningen", "310", "310", "300", "300"],
                   ["Bureau, loket en 'Aan Boord'", "360", "365", "370", "375"],
                   ["Saldo", "-40", "-145", "-190", "-235"]]),
        ("p", "De negatieve saldi worden gedekt uit de reserve, die eind 2025 € 1,9 miljoen bedroeg."),
        ("h1", "Toegang tot vso, lwoo en pro"),
        ("p", "De aanvraagroute voor een toelaatbaarheidsverklaring loopt vanaf 1 augustus 2026 via het "
              "nieuwe digitale loket. Welke stappen daarbij horen, welke termijnen gelden en hoe de commissie "
              "is samengesteld, wordt vóór die datum in een aparte regeling vastgelegd en gepubliceerd."),
        ("p", "Een leerling is toelaatbaar tot het vso wanneer (a) de ondersteuningsbehoefte zo intensief is dat "
              "de leerling de hele schooldag specialistische begeleiding in een kleine groep nodig heeft, (b) "
              "de reguliere school dit ook met een individueel arrangement van het samenwerkingsverband niet kan "
              "bieden, blijkend uit ten minste één geëvalueerde OPP-periode van zes maanden, en (c) er een "
              "vso-school is die kan bieden wat de leerling nodig heeft. Bij acute veiligheidsrisico's voor de "
              "leerling of anderen kan van voorwaarde (b) worden afgeweken."),
        ("p", "Voor lwoo en praktijkonderwijs gelden de landelijke criteria. Voor pro: een IQ tussen 55 en 80 "
              "en een leerachterstand van ten minste drie jaar op twee of meer domeinen, waaronder begrijpend "
              "lezen of inzichtelijk rekenen. Voor lwoo: een IQ tussen 75 en 90 en een leerachterstand van 1,5 "
              "tot 3 jaar op twee domeinen, of een IQ tussen 91 en 120 met leerachterstand en "
              "sociaal-emotionele problematiek."),
        ("p", "Een TLV vso wordt afgegeven voor ten hoogste drie schooljaren, in de bekostigingscategorie laag, "
              "midden of hoog."),
        ("h1", "Na het vso: terugkeer en overstap"),
        ("p", "Wij vinden dat een plaats in het vso tijdelijk moet zijn als het kan en blijvend als het moet. "
              "Een leerling die in het vso voldoende is gegroeid, verdient de kans om zijn diploma in het "
              "reguliere vo te halen, zo dicht mogelijk bij huis. Voorwaarden voor terugkeer zijn dat de "
              "leerling het OPP-doel voor zelfstandigheid heeft gehaald, dat de leerling zelf wil en dat een "
              "reguliere school de benodigde begeleiding kan bieden."),
        ("p", "De vso-school bespreekt in iedere OPP-evaluatie (twee keer per jaar) of terugkeer of "
              "overstap in beeld komt. Uiterlijk in november van het laatste jaar van de TLV meldt de "
              "vso-school bij het loket of zij terugkeer adviseert of een nieuwe TLV aanvraagt. Bij terugkeer "
              "organiseert de consulent een overdrachtsgesprek met de ontvangende school; de leerling kan eerst "
              "een proefperiode van acht weken volgen waarin hij ingeschreven blijft bij het vso. De "
              "directeur-bestuurder besluit over een terugkeerarrangement: een jaar lang ambulante begeleiding "
              "vanuit de vso-school (twee uur per week) en een budget van € 4.000 voor de ontvangende school."),
        ("h1", "Volgen wat we bereiken"),
        ("p", "Het bureau stelt ieder kwartaal een rapportage op met kengetallen: aantallen TLV's per categorie, "
              "doorlooptijden van het loket, het aantal leerlingen in 'Aan Boord', het aantal thuiszitters en "
              "vrijstellingen, het aantal terugkeerders uit het vso en het deelnamepercentage vso op 1 oktober "
              "ten opzichte van het landelijk gemiddelde. Het algemeen bestuur bespreekt de rapportage; de "
              "OPR ontvangt haar ter informatie. Eens per jaar wordt in het jaarverslag verantwoord wat is "
              "bereikt en wat dat heeft gekost."),
        ("table", [["Kengetal", "2023", "2024", "2025"],
                   ["Afgegeven TLV's vso", "96", "104", "111"],
                   ["Mediane doorlooptijd loket (werkdagen)", "31", "27", "24"],
                   ["Thuiszitters > 4 weken (1 oktober)", "22", "19", "17"],
                   ["Terugkeer uit vso naar regulier", "5", "7", "9"],
                   ["Deelnamepercentage vso (landelijk)", "3,5% (3,3%)", "3,7% (3,3%)", "3,8% (3,4%)"]]),
        ("p", "Beoogde resultaten voor de nieuwe planperiode formuleren wij pas nadat in het najaar van 2026 een "
              "nieuwe nulmeting is uitgevoerd met het vernieuwde registratiesysteem. Tot die tijd sturen wij op "
              "de trend van bovenstaande kengetallen."),
        ("h1", "Communicatie"),
        ("p", "Het samenwerkingsverband wil voor scholen en partners een herkenbare en betrouwbare partner zijn. "
              "Voor ondersteuningscoördinatoren en mentoren verschijnt maandelijks een nieuwsbrief; het "
              "professionalsgedeelte van de website bevat formats, handreikingen en de Ondersteuningswijzer. "
              "Met de gemeenten delen wij ieder kwartaal de kengetallen. De directeur-bestuurder voert jaarlijks "
              "een gesprek met iedere schoolleiding. Voor de pers is de directeur-bestuurder het aanspreekpunt."),
    ]
    body += f_oogo(v)
    body += f_governance(v)
    body += f_opr(v, with_parents=False)
    body += f_personeel(v)
    body += f_ict(v)
    body += f_planning(v)
    body += f_begrippen(GLOSS_COMMON + [["Aan Boord", "Casusoverleg voor leerlingen zonder passende plek."],
                                        ["Ondersteuningswijzer", "Online overzicht van voorzieningen."]])
    body += f_afkortingen(ABBR_COMMON + [["vso", "Voortgezet speciaal onderwijs"], ["pro",
                                         "Praktijkonderwijs"], ["lwoo", "Leerwegondersteunend onderwijs"]])
    body = scrub(body, [("als de school en ouders dat nodig vinden", "als de school dat nodig vindt"),
                        ("dat kosten niet op ouders worden afgewenteld", "hoe de kosten worden verdeeld"),
                        ("die met elkaar en met ouders zoeken", "die met elkaar zoeken")])
    label = dict(
        sector="vo", looks_like_plan=True,
        elements={"basisondersteuning": "missing", "plaatsing": "partial", "terugstroom": "present",
                  "financien": "present", "dekkend-aanbod": "partial", "resultaten": "partial",
                  "ouders": "missing"},
        criteria={"basisondersteuning.niveau": False, "basisondersteuning.inhoud": False,
                  "plaatsing.procedure": False, "plaatsing.criteria": True,
                  "terugstroom.procedure": True, "terugstroom.beleid": True,
                  "financien.verdeling": True, "financien.besteding": True,
                  "dekkend-aanbod.continuum": False, "dekkend-aanbod.lacunes": True,
                  "resultaten.doelen": False, "resultaten.monitoring": True,
                  "ouders.informatie": False, "ouders.steunpunt": False},
        advisory_addressed={"plaatsing": ["duur-categorie"],
                            "terugstroom": ["monitoring"],
                            "financien": ["reserves", "verantwoording"],
                            "dekkend-aanbod": ["ketenpartners"],
                            "resultaten": ["meetbaar"]},
        notes={"basisondersteuning": "'Het fundament' only defers to the future landelijke norm ('nemen wij geen "
                                     "eigen beschrijving op'); term otherwise only in begrippenlijst",
               "plaatsing": "'Toegang tot vso, lwoo en pro': vso/lwoo/pro criteria and TLV duur/categorie, but "
                            "the procedure is deferred to a separate regeling to be published",
               "terugstroom": "'Na het vso: terugkeer en overstap': policy + conditions, OPP moments, November "
                              "deadline, proefperiode, terugkeerarrangement; figures in kengetallen table",
               "financien": "'Geld en middelen': basisbedrag/per-leerling/lwoo/arrangementen rules and "
                            "meerjarenbegroting table",
               "dekkend-aanbod": "'Het netwerk van voorzieningen': the continuum is only referred to the website "
                                 "Ondersteuningswijzer; 'Geen leerling zonder plek' covers thuiszitters, gap "
                                 "analysis, zorgplicht",
               "resultaten": "'Volgen wat we bereiken': quarterly kengetallen, jaarverslag and achieved figures; "
                             "beoogde resultaten explicitly postponed until after a 2026 nulmeting",
               "ouders": "no parent information or independent support anywhere; 'Communicatie' chapter is about "
                         "schools/partners/press; OJSP only in begrippenlijst/afkortingen"})
    hdr = f"{v['kort']} | Ondersteuningsplan 2026-2030"
    return assemble(front, body), label, hdr


# ---------------------------------------------------------------------------
# Plan 5 — PO De Waterlinie (txt)
# ---------------------------------------------------------------------------

def plan5():
    v = dict(naam="Samenwerkingsverband Passend Onderwijs De Waterlinie", kort="SWV De Waterlinie",
             code="PO 26-04", periode="2026-2030", kinderen="alle kinderen van 4 tot 13 jaar",
             bestuurder="A.C. (Anne) de Gruyter", artikel="18a, achtste lid, WPO",
             gemeenten="Vreeswijkerveld, Lekdijk, Nieuwegracht en Houtenbroek", besturen="veertien",
             regio="De Waterlinie", oogo="3 februari 2026", opr="9 maart 2026", vastgesteld="18 maart 2026",
             ander_swv="VO Lek en Linie (VO 26-05)")
    leeswijzer = ("Dit is een plan op hoofdlijnen. Hoofdstuk 6 gaat over de basisondersteuning en hoofdstuk 7 over "
                  "het dekkend aanbod. Hoofdstuk 8 (financiën) en hoofdstuk 9 (toelaatbaarheid) verwijzen naar de "
                  "uitvoeringsdocumenten. Hoofdstuk 10 gaat over terugplaatsing, hoofdstuk 11 over resultaten en "
                  "hoofdstuk 12 over ouders. Uitvoeringsdocumenten worden afzonderlijk vastgesteld.")
    front = [("title", "Ondersteuningsplan 2026-2030 — plan op hoofdlijnen"),
             ("sub", f"{v['naam']} ({v['code']})"),
             ("sub", "Versie 1.0, vastgesteld 18 maart 2026")]
    body = []
    body += f_voorwoord(v)
    body += f_inleiding(v, leeswijzer)
    body += f_context(v, [["Leerlingen", "2022", "2023", "2024", "2025"],
                          ["Basisonderwijs", "21.340", "21.205", "21.110", "20.980"],
                          ["Sbo", "610", "596", "588", "579"],
                          ["So (cluster 3 en 4)", "372", "380", "384", "391"]])
    body += [("h1", "Terugblik op de planperiode 2022-2026"),
             ("p", "In de vorige planperiode stonden drie ambities centraal: minder thuiszitters, een sterkere "
                   "basis op iedere school en snellere toewijzing. Hieronder zetten we de beoogde en de bereikte "
                   "resultaten naast elkaar."),
             ("table", [["Ambitie 2022-2026", "Beoogd", "Bereikt (2025)"],
                        ["Thuiszitters langer dan 4 weken", "maximaal 10", "14"],
                        ["Scholen die voldoen aan het basisniveau", "100%", "88%"],
                        ["Doorlooptijd toewijzing arrangement", "binnen 4 weken", "gemiddeld 5,5 week"],
                        ["Deelname sbo + so", "onder 4,5%", "4,4%"]]),
             ("p", "De ambitie voor het aantal thuiszitters is niet gehaald. Analyse leert dat het vooral gaat om "
                   "kinderen met complexe psychiatrische problematiek voor wie onderwijs en zorg niet tijdig "
                   "konden worden gecombineerd. Dit is meegenomen in hoofdstuk 6.")]
    body += f_visie(v)
    body += [
        ("h1", "Basisondersteuning"),
        ("p", "In De Waterlinie verstaan wij onder basisondersteuning het niveau van ondersteuning dat iedere "
              "vestiging van alle veertien besturen ten minste biedt. Het is een gezamenlijke ondergrens: "
              "ouders mogen erop rekenen dat hun kind op elke basisschool in de regio dit niveau aantreft. "
              "Ondersteuning die daarboven uitgaat, is extra ondersteuning en kan via het samenwerkingsverband "
              "worden aangevraagd."),
        ("p", "De invulling van de basisondersteuning — welke voorzieningen, expertise en interventies er "
              "precies toe behoren — is vastgelegd in het Convenant Basisondersteuning dat de besturen in 2024 "
              "hebben gesloten (te vinden op www.swvwaterlinie.nl/convenant). Dat convenant blijft in deze "
              "planperiode ongewijzigd van kracht."),
        ("h1", "Dekkend aanbod"),
        ("h2", "Het aanbod"),
        ("p", "Wat een school niet zelf kan bieden, kan zij aanvullen met het aanbod van het "
              "samenwerkingsverband en van het speciaal (basis)onderwijs. Het aanbod ziet er als volgt uit:"),
        ("ul", ["Arrangementen in de eigen school: inzet van een ambulant begeleider, een onderwijsassistent of "
                "een gedragsspecialist, voor een periode van drie tot twaalf maanden.",
                "Bovenschoolse voorzieningen: de observatieklas De Sluis (maximaal 12 weken), de "
                "taalklas voor nieuwkomers in Nieuwegracht, twee plusklassen en de time-outvoorziening De Haven.",
                "Speciaal basisonderwijs: De Schans en De Linie (samen ongeveer 580 leerlingen).",
                "Speciaal onderwijs cluster 3 en 4: De Fortuin (zml, lz, lg) en Het Bastion (gedrag en "
                "psychiatrie), beide met een TLV van het samenwerkingsverband.",
                "Onderwijs-zorgarrangementen voor kinderen die zowel onderwijs als jeugdhulp nodig hebben, in "
                "samenwerking met de gemeenten."]),
        ("h2", "Lacunes en thuiszitters"),
        ("p", "Ieder jaar in maart maakt het bureau een overzicht van kinderen voor wie geen passende plek "
              "beschikbaar was, wachtlijsten en thuiszitters, op basis van de registratie van leerplicht en de "
              "meldingen van scholen. Dat overzicht wordt besproken in het directeurenoverleg, dat vóór de "
              "zomer besluit over maatregelen. Voor kinderen die thuiszitten, komt binnen vijf werkdagen na "
              "melding een 'terug naar school'-overleg bijeen met ouders, school, leerplicht en een consulent. "
              "Voor de komende periode hebben we al twee lacunes vastgesteld: een plek voor kinderen met "
              "psychiatrische problematiek die (nog) niet groepsgewijs onderwijs kunnen volgen, en de wachtlijst "
              "van de observatieklas. Voor de eerste groep start per januari 2027 een onderwijs-zorgklas op "
              "Het Bastion; de observatieklas wordt per 1 augustus 2026 uitgebreid met zes plaatsen."),
        ("h1", "Financiën"),
        ("p", "Middelen volgen de ondersteuning. De verdeling van de ondersteuningsmiddelen en de "
              "meerjarenbegroting worden vastgelegd in de Kadernota Financiën 2026-2030. Die kadernota wordt na "
              "vaststelling van dit plan door het bestuur opgesteld; vaststelling wordt verwacht in december "
              "2026. Tot die tijd blijft de huidige praktijk gehandhaafd."),
        ("h1", "Toelaatbaarheid"),
        ("p", "De procedure en de criteria voor toelaatbaarheid tot het speciaal basisonderwijs en het speciaal "
              "onderwijs staan in het Handboek Toewijzing (bijlage 2). Het handboek wordt in het schooljaar "
              "2026-2027 herzien, mede in het licht van de landelijke ontwikkelingen rond de "
              "toelaatbaarheidsverklaring."),
        ("h1", "Terugplaatsing"),
        ("p", "De sbo- of so-school evalueert het OPP van ieder kind twee keer per jaar, in november en in mei. "
              "In het laatste jaar van de TLV vraagt de school uiterlijk 1 februari een consulent van het "
              "samenwerkingsverband aan te sluiten bij de evaluatie. De school doet op basis daarvan een "
              "voorstel: terugplaatsing naar een basisschool, overplaatsing naar een andere school voor speciaal "
              "(basis)onderwijs of een aanvraag voor een nieuwe TLV. Bij terugplaatsing maakt de consulent "
              "vóór 1 april een overdrachtsafspraak met de ontvangende basisschool; ouders kiezen samen met die "
              "school de startdatum. Vanaf die datum staat het kind ingeschreven op de basisschool."),
        ("p", "Welke doelen wij met terugplaatsing nastreven, onder welke voorwaarden een kind terug kan en "
              "welke begeleiding het na terugkeer krijgt, leggen wij vast in een beleidsnotitie terugplaatsing "
              "die in de loop van het schooljaar 2026-2027 verschijnt."),
        ("h1", "Resultaten"),
        ("p", "Voor de periode 2026-2030 stellen wij de volgende beoogde resultaten voor kinderen met een "
              "ondersteuningsbehoefte:"),
        ("ul", ["Het aantal thuiszitters langer dan vier weken daalt van 14 naar maximaal 6 (peildatum "
                "1 oktober 2029).",
                "Alle scholen voldoen in 2028 aan het basisniveau uit het convenant.",
                "Een aanvraag voor een arrangement is in 90% van de gevallen binnen vier weken afgehandeld.",
                "Ten minste 12 kinderen per jaar stappen over van sbo of so naar een basisschool en zitten daar "
                "een jaar later nog.",
                "Ouders beoordelen de ondersteuning met gemiddeld een 7 of hoger."]),
        ("p", "Het bureau houdt de gegevens bij in het registratiesysteem en rapporteert twee keer per jaar aan "
              "het algemeen bestuur en de OPR. Jaarlijks evalueren wij in het jaarverslag wat is bereikt, met "
              "een toelichting waar doelen niet zijn gehaald. De tevredenheid van ouders meten wij met een "
              "korte vragenlijst na iedere afgeronde toewijzing."),
        ("h1", "Ouders"),
        ("p", "Ouders zijn partner in het onderwijs aan hun kind. Zij worden uitgenodigd voor ieder "
              "ondersteuningsteam en tekenen voor het deel van het OPP dat over de handelingsdelen gaat."),
        ("p", "Een ouderwebsite en een brochure over de ondersteuningsmogelijkheden in De Waterlinie zijn in "
              "voorbereiding. Zij verschijnen naar verwachting in het voorjaar van 2027."),
        ("p", "Ouders die een onafhankelijk advies willen of het oneens zijn met de school of het "
              "samenwerkingsverband, kunnen terecht bij het Ouder- en Jeugdsteunpunt De Waterlinie, dat "
              "is ondergebracht bij de stichting MEE en losstaat van de schoolbesturen (telefonisch bereikbaar op "
              "werkdagen van 9.00 tot 17.00 uur). Ook kunnen zij kosteloos een beroep doen op de "
              "Onderwijsconsulenten. Geschillen over toelating, verwijdering of het OPP kunnen worden voorgelegd "
              "aan de Geschillencommissie passend onderwijs."),
    ]
    body += f_oogo(v)
    body += f_governance(v)
    body += f_opr(v)
    body += f_personeel(v)
    body += f_ict(v)
    body += f_planning(v)
    body += f_begrippen(GLOSS_COMMON + [["Kadernota Financiën", "Uitvoeringsdocument met verdeling en "
                                                               "meerjarenbegroting."],
                                        ["Handboek Toewijzing", "Uitvoeringsdocument met procedure en "
                                                                "criteria voor de TLV."]])
    body += f_afkortingen(ABBR_COMMON + [["sbo", "Speciaal basisonderwijs"], ["so", "Speciaal onderwijs"]])
    label = dict(
        sector="po", looks_like_plan=True,
        elements={"basisondersteuning": "partial", "plaatsing": "missing", "terugstroom": "partial",
                  "financien": "missing", "dekkend-aanbod": "present", "resultaten": "present",
                  "ouders": "partial"},
        criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": False,
                  "plaatsing.procedure": False, "plaatsing.criteria": False,
                  "terugstroom.procedure": True, "terugstroom.beleid": False,
                  "financien.verdeling": False, "financien.besteding": False,
                  "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
                  "resultaten.doelen": True, "resultaten.monitoring": True,
                  "ouders.informatie": False, "ouders.steunpunt": True},
        advisory_addressed={"dekkend-aanbod": ["ketenpartners"],
                            "resultaten": ["meetbaar"],
                            "ouders": ["betrokkenheid"]},
        notes={"basisondersteuning": "'Basisondersteuning': common floor for every vestiging defined, but the "
                                     "content is only referred to a convenant on the website",
               "plaatsing": "'Toelaatbaarheid' only refers to absent bijlage 2 Handboek Toewijzing and announces a "
                            "revision; TLV elsewhere only in passing",
               "terugstroom": "'Terugplaatsing': steps, dates, who proposes/decides, end of TLV (procedure); "
                              "aims, conditions and support after return deferred to a beleidsnotitie",
               "financien": "'Financiën' defers verdeling and meerjarenbegroting to a Kadernota (Dec 2026); no "
                            "amounts, no model",
               "dekkend-aanbod": "'Dekkend aanbod': list of arrangements/voorzieningen/sbo/so/OZA plus yearly gap "
                                 "overview, thuiszitters overleg, two lacunes with dates",
               "resultaten": "'Terugblik' (beoogd vs bereikt) + 'Resultaten' targets and twice-yearly reporting, "
                             "jaarverslag, ouder survey",
               "ouders": "'Ouders': OJSP De Waterlinie, Onderwijsconsulenten, Geschillencommissie (steunpunt); "
                         "information channels only announced for 2027"})
    return assemble(front, body), label, None


# ---------------------------------------------------------------------------
# Near-miss — school-level ondersteuningsplan of one IKC (docx)
# ---------------------------------------------------------------------------

def nearmiss():
    blocks = [
        ("title", "Ondersteuningsplan 2025-2026"),
        ("sub", "IKC De Wilgenhoek — openbare basisschool en kinderopvang, Lingedal"),
        ("sub", "Aangesloten bij Samenwerkingsverband Passend Primair Onderwijs Rivierenrand (PO 25-09)"),
        ("pagebreak", None),
        ("toc", [("1", "Inleiding", 3), ("2", "Onze leerlingen", 4), ("3", "Zorgniveaus en groepsbesprekingen", 5),
                 ("4", "Basisondersteuning op De Wilgenhoek", 7), ("5", "Extra ondersteuning en arrangementen", 8),
                 ("6", "Toelaatbaarheid sbo/so", 9), ("7", "Ouders", 10), ("8", "Opbrengsten en resultaten", 11),
                 ("9", "Middelen", 12), ("10", "Jaarplanning zorg", 13)]),
        ("h1", "1. Inleiding"),
        ("p", "Dit ondersteuningsplan beschrijft hoe IKC De Wilgenhoek in het schooljaar 2025-2026 de zorg en "
              "ondersteuning voor onze leerlingen organiseert. Het plan is opgesteld door de intern begeleider "
              "en de directeur en is besproken in het team en met de medezeggenschapsraad. Het plan is een "
              "uitwerking van ons schoolondersteuningsprofiel (SOP) en sluit aan bij het ondersteuningsplan van "
              "samenwerkingsverband Rivierenrand. Het wordt ieder jaar in juni geëvalueerd en bijgesteld."),
        ("p", "De Wilgenhoek is een integraal kindcentrum met 312 leerlingen in 13 groepen, een peuteropvang "
              "en buitenschoolse opvang. Ons team bestaat uit 24 medewerkers, onder wie een intern begeleider "
              "(0,8 fte), een gedragsspecialist (0,2 fte) en twee onderwijsassistenten."),
        ("h1", "2. Onze leerlingen"),
        ("p", "Onze leerlingpopulatie is divers. Ongeveer 18% van de leerlingen heeft een andere thuistaal dan "
              "het Nederlands. Het aandeel leerlingen met een gewicht volgens de CBS-indicator ligt boven het "
              "landelijk gemiddelde. In de groepen 3 tot en met 5 zien wij relatief veel leerlingen met "
              "concentratie- en gedragsvragen. Dit vraagt om een stevige aanpak op het gebied van taal en "
              "sociaal-emotionele ontwikkeling."),
        ("h1", "3. Zorgniveaus en groepsbesprekingen"),
        ("p", "Wij werken met vijf zorgniveaus. Niveau 1 is goed algemeen onderwijs in de groep. Op niveau 2 "
              "krijgt een leerling extra instructie of oefening in de groep. Op niveau 3 bespreekt de leerkracht "
              "de leerling met de intern begeleider en wordt een plan gemaakt. Op niveau 4 wordt externe "
              "expertise ingeschakeld, bijvoorbeeld de orthopedagoog van het bestuur of een consulent van het "
              "samenwerkingsverband. Op niveau 5 wordt een arrangement aangevraagd of wordt, met ouders, "
              "gekeken naar een andere school."),
        ("p", "Drie keer per jaar (oktober, februari en juni) houdt de intern begeleider met iedere leerkracht "
              "een groepsbespreking. Daarin worden de toetsresultaten, het groepsoverzicht en de "
              "onderwijsbehoeften besproken. Na iedere groepsbespreking stelt de leerkracht het groepsplan bij. "
              "Zes keer per jaar komt het ondersteuningsteam (OT) bijeen, met de intern begeleider, de directeur, "
              "de schoolmaatschappelijk werker en op afroep de jeugdverpleegkundige."),
        ("h1", "4. Basisondersteuning op De Wilgenhoek"),
        ("p", "Onze school biedt de basisondersteuning zoals die in samenwerkingsverband Rivierenrand is "
              "afgesproken. Concreet betekent dit op onze school: een dyslexieprotocol, het programma Kwink voor "
              "sociaal-emotionele ontwikkeling, een plusgroep voor leerlingen die meer aankunnen, extra "
              "taalondersteuning in de groepen 1 tot en met 4 en een protocol medisch handelen."),
        ("h1", "5. Extra ondersteuning en arrangementen"),
        ("p", "Als de basisondersteuning niet voldoende is, kan de school bij het samenwerkingsverband een "
              "arrangement aanvragen, bijvoorbeeld voor extra begeleiding door een ambulant begeleider. De "
              "intern begeleider bereidt de aanvraag voor samen met de leerkracht en de ouders. Voor leerlingen "
              "die op een eigen leerlijn werken, stellen wij een ontwikkelingsperspectiefplan (OPP) op."),
        ("h1", "6. Toelaatbaarheid sbo/so"),
        ("p", "Soms komen wij samen met ouders tot de conclusie dat een leerling beter op zijn plek is in het "
              "speciaal basisonderwijs of het speciaal onderwijs. In dat geval vraagt ons bestuur een "
              "toelaatbaarheidsverklaring (TLV) aan bij het samenwerkingsverband. De procedure en de criteria "
              "staan in het ondersteuningsplan van het samenwerkingsverband. In het schooljaar 2024-2025 zijn "
              "voor twee leerlingen een TLV aangevraagd."),
        ("h1", "7. Ouders"),
        ("p", "Wij zien ouders als partners. Bij zorgen over een leerling nemen wij altijd eerst contact op met "
              "ouders. Ouders worden uitgenodigd bij het OT als hun kind wordt besproken. Op de informatieavond "
              "in september vertelt de intern begeleider over de ondersteuning op school. Met vragen of klachten "
              "kunnen ouders terecht bij de leerkracht, de intern begeleider of de directeur; daarnaast is er "
              "een vertrouwenspersoon en kunnen ouders het Ouder- en Jeugdsteunpunt van het "
              "samenwerkingsverband benaderen."),
        ("h1", "8. Opbrengsten en resultaten"),
        ("p", "Wij analyseren twee keer per jaar de resultaten van de methodeonafhankelijke toetsen. De "
              "doorstroomtoets in groep 8 lag in 2025 op het niveau van vergelijkbare scholen. Voor rekenen in "
              "de groepen 5 en 6 willen wij de resultaten in 2026 verbeteren; daartoe volgt het team een "
              "scholing over het rekenonderwijs."),
        ("h1", "9. Middelen"),
        ("p", "De school ontvangt via het bestuur een deel van de ondersteuningsmiddelen van het "
              "samenwerkingsverband. Dit schooljaar is dat € 41.200. Wij besteden dit aan de inzet van de "
              "gedragsspecialist, een onderwijsassistent voor de taalgroepjes en aan scholing."),
        ("h1", "10. Jaarplanning zorg"),
        ("table", [["Maand", "Activiteit"],
                   ["september", "Startgesprekken met ouders; informatieavond"],
                   ["oktober", "Groepsbesprekingen ronde 1"],
                   ["januari", "Middentoetsen; analyse"],
                   ["februari", "Groepsbesprekingen ronde 2; OPP-evaluaties"],
                   ["juni", "Groepsbesprekingen ronde 3; evaluatie ondersteuningsplan; overdracht"]]),
    ]
    # pad the document with realistic school-level content so that it is of a comparable length
    extra = [
        ("h1", "Bijlage A. Protocol leesproblemen en dyslexie"),
        ("p", "Leerlingen worden gescreend in groep 2 met de signaleringslijst beginnende geletterdheid en in "
              "groep 3 met de AVI- en DMT-toetsen. Leerlingen die drie keer achter elkaar op het laagste niveau "
              "scoren, krijgen een intensief leesprogramma van twaalf weken, vier keer per week twintig "
              "minuten. Blijft de vooruitgang uit, dan wordt met ouders besproken of een dyslexieonderzoek in het "
              "kader van de vergoede dyslexiezorg wordt aangevraagd. De school levert daartoe het leerlingdossier "
              "aan. Leerlingen met een dyslexieverklaring krijgen compenserende middelen zoals voorleessoftware, "
              "extra tijd bij toetsen en vergrote teksten."),
        ("h1", "Bijlage B. Protocol medisch handelen"),
        ("p", "Medewerkers van De Wilgenhoek verrichten uitsluitend medische handelingen waarvoor zij zijn "
              "geschoold en waarvoor ouders schriftelijk toestemming hebben gegeven. Medicijnen worden bewaard in "
              "een afgesloten kast. Bij een noodsituatie belt de medewerker 112 en daarna de ouders. Het "
              "protocol wordt jaarlijks besproken in het team."),
    ]
    label = dict(
        sector="po", looks_like_plan=False, elements={}, criteria={},
        advisory_addressed={},
        notes={"document": "School-level 'ondersteuningsplan' of one IKC (zorgniveaus, groepsbesprekingen, OT, "
                           "school budget) that refers to the SWV's plan; no SWV markers of its own (no OPR, OOGO, "
                           "planperiode, verdeling over besturen) — not an ondersteuningsplan of a samenwerkingsverband"})
    return blocks + extra, label, "IKC De Wilgenhoek — Ondersteuningsplan 2025-2026"


# ---------------------------------------------------------------------------

def write_label(name, docs, label):
    data = {"documents": docs}
    data.update(label)
    with open(OUT / f"{name}.expected.yaml", "w", encoding="utf-8") as f:
        yaml.safe_dump(data, f, allow_unicode=True, sort_keys=False, width=120)


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    tmpdir = Path(tempfile.mkdtemp(prefix="holdout190_build_"))
    try:
        # plan 1: docx + pdf
        blocks, label, hdr = plan1()
        name = "po-rivierenrand-2026"
        render_docx(blocks, OUT / f"{name}.docx", hdr, "Pagina | Ondersteuningsplan Rivierenrand")
        docx_to_pdf(OUT / f"{name}.docx", OUT / f"{name}.pdf")
        write_label(name, [f"{name}.docx", f"{name}.pdf"], label)
        # plan 2: docx
        blocks, label, hdr = plan2()
        name = "vo-duinenpolder-2026"
        render_docx(blocks, OUT / f"{name}.docx", hdr, "Ondersteuningsplan | basisondersteuning - "
                    "toelaatbaarheid - terugplaatsing - financiën - resultaten - ouders")
        write_label(name, [f"{name}.docx"], label)
        # plan 3: pdf only (docx is an intermediate in a private temp dir)
        blocks, label, hdr = plan3()
        name = "po-vechtdal-noord-2026"
        render_docx(blocks, tmpdir / f"{name}.docx", hdr, "SWV Vechtdal-Noord (PO 23-11)")
        docx_to_pdf(tmpdir / f"{name}.docx", OUT / f"{name}.pdf")
        write_label(name, [f"{name}.pdf"], label)
        # plan 4: html
        blocks, label, hdr = plan4()
        name = "vo-kempenland-west-2026"
        render_html([b for b in blocks if b[0] != "pagebreak"], OUT / f"{name}.html", hdr)
        write_label(name, [f"{name}.html"], label)
        # plan 5: txt
        blocks, label, _ = plan5()
        name = "po-waterlinie-2026"
        render_txt([b for b in blocks if b[0] != "pagebreak"], OUT / f"{name}.txt")
        write_label(name, [f"{name}.txt"], label)
        # near-miss: docx
        blocks, label, hdr = nearmiss()
        name = "ikc-wilgenhoek-ondersteuningsplan"
        render_docx(blocks, OUT / f"{name}.docx", hdr, "IKC De Wilgenhoek")
        write_label(name, [f"{name}.docx"], label)
    finally:
        shutil.rmtree(tmpdir, ignore_errors=True)


if __name__ == "__main__":
    main()
