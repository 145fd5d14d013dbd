#!/usr/bin/env python3
"""Generate holdout set 131: five fictional ondersteuningsplannen (PO/VO) and one near-miss document.

Deterministic, no network. Writes into the folder above this script's folder.
PDFs are rendered from .docx with LibreOffice (soffice --headless --convert-to pdf).
Style focus: plans written by several hands (chapters in different styles/tenses), Word comments
and tracked-changes-like notes in square brackets.
"""
import html
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from docx import Document
from docx.shared import Pt

OUT = Path(__file__).resolve().parent.parent

# ---------------------------------------------------------------------------------------------
# A document is a list of blocks:
#   ("title", text) ("sub", text) ("h1", text) ("h2", text) ("p", text) ("ul", [items]) ("ol", [items])
#   ("table", [[cells], ...])  first row is header
#   ("toc", [lines]) ("comment", anchor_text, comment_text, author)  -> Word comment on paragraph
#   ("htmlcomment", text) -> only in HTML output (invisible), ignored elsewhere
#   ("pagebreak",)
# ---------------------------------------------------------------------------------------------


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
    for b in blocks:
        kind = b[0]
        if kind == "title":
            doc.add_heading(b[1], level=0)
        elif kind == "sub":
            p = doc.add_paragraph()
            r = p.add_run(b[1])
            r.italic = True
        elif kind == "h1":
            doc.add_heading(b[1], level=1)
        elif kind == "h2":
            doc.add_heading(b[1], level=2)
        elif kind == "p":
            doc.add_paragraph(b[1])
        elif kind == "ul":
            for it in b[1]:
                doc.add_paragraph(it, style="List Bullet")
        elif kind == "ol":
            for it in b[1]:
                doc.add_paragraph(it, style="List Number")
        elif kind == "toc":
            doc.add_heading("Inhoudsopgave", level=1)
            for line in b[1]:
                doc.add_paragraph(line)
        elif kind == "table":
            rows = b[1]
            t = doc.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, row in enumerate(rows):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = cell
            doc.add_paragraph("")
        elif kind == "comment":
            p = doc.add_paragraph(b[1])
            doc.add_comment(p.runs, text=b[2], author=b[3], initials="".join(w[0] for w in b[3].split()))
        elif kind == "pagebreak":
            doc.add_page_break()
        elif kind == "htmlcomment":
            pass
        else:
            raise ValueError(kind)
    doc.save(str(path))


def render_html(blocks, path, title):
    out = ["<!DOCTYPE html>", '<html lang="nl">', "<head>", '<meta charset="utf-8">',
           f"<title>{html.escape(title)}</title>", "</head>", "<body>",
           '<nav class="menu"><a href="#">Home</a> | <a href="#">Ouders</a> | <a href="#">Toelaatbaarheid</a> | '
           '<a href="#">Financien</a> | <a href="#">Contact</a></nav>', "<main>"]
    for b in blocks:
        kind = b[0]
        e = html.escape
        if kind == "title":
            out.append(f"<h1>{e(b[1])}</h1>")
        elif kind == "sub":
            out.append(f"<p><em>{e(b[1])}</em></p>")
        elif kind == "h1":
            out.append(f"<h2>{e(b[1])}</h2>")
        elif kind == "h2":
            out.append(f"<h3>{e(b[1])}</h3>")
        elif kind in ("p", "comment"):
            out.append(f"<p>{e(b[1])}</p>")
        elif kind in ("ul", "ol"):
            tag = kind
            out.append(f"<{tag}>" + "".join(f"<li>{e(i)}</li>" for i in b[1]) + f"</{tag}>")
        elif kind == "toc":
            out.append('<nav class="toc"><h2>Inhoud</h2><ul>' + "".join(f"<li>{e(i)}</li>" for i in b[1]) + "</ul></nav>")
        elif kind == "table":
            rows = b[1]
            s = "<table border='1'><thead><tr>" + "".join(f"<th>{e(c)}</th>" for c in rows[0]) + "</tr></thead><tbody>"
            for r in rows[1:]:
                s += "<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>"
            out.append(s + "</tbody></table>")
        elif kind == "htmlcomment":
            out.append(f"<!-- {b[1]} -->")
        elif kind == "pagebreak":
            pass
    out += ["</main>", '<footer>Samenwerkingsverband Eemvallei Noord &middot; Ondersteuningsplan &middot; '
            'Ouders &middot; Middelen &middot; Resultaten &middot; Privacyverklaring</footer>', "</body>", "</html>"]
    Path(path).write_text("\n".join(out) + "\n", encoding="utf-8")


def to_pdf(docx_path):
    tmp = tempfile.mkdtemp(prefix="holdout131_lo_")
    try:
        env = dict(os.environ)
        env["HOME"] = tmp  # private LibreOffice profile
        subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp}/profile",
                        "--convert-to", "pdf", "--outdir", tmp, str(docx_path)],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env, timeout=240)
        pdf = Path(tmp) / (Path(docx_path).stem + ".pdf")
        shutil.copyfile(pdf, Path(docx_path).with_suffix(".pdf"))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def words(blocks):
    n = 0
    for b in blocks:
        if b[0] in ("ul", "ol", "toc"):
            n += sum(len(i.split()) for i in b[1])
        elif b[0] == "table":
            n += sum(len(c.split()) for r in b[1] for c in r)
        elif b[0] in ("pagebreak",):
            pass
        else:
            n += len(b[1].split())
    return n


# ---------------------------------------------------------------------------------------------
# Shared filler (neutral: must never address a core criterion of any element)
# ---------------------------------------------------------------------------------------------

def filler_context(c):
    """Context chapter: region, boards, pupil numbers (no results, no support content)."""
    return [
        ("h2", "Ons werkgebied"),
        ("p", f"Het werkgebied van {c['name']} omvat de gemeenten {c['gemeenten']}. Het gebied is een mengeling van "
              f"kleine kernen en één middelgrote stad. In het landelijk register staat het samenwerkingsverband "
              f"ingeschreven onder code {c['code']}. Het verband is een stichting; de aangesloten schoolbesturen zijn "
              f"{c['besturen']} in getal. Samen verzorgen zij onderwijs op {c['vestigingen']} vestigingen."),
        ("p", f"Het leerlingaantal in de regio daalt licht: op de teldatum van 1 oktober 2025 telden de aangesloten "
              f"scholen samen {c['leerlingen']} leerlingen, ongeveer 2 procent minder dan een jaar eerder. Prognoses van de "
              f"gemeenten laten zien dat deze krimp in de kleine kernen doorzet, terwijl de stad licht groeit door "
              f"nieuwbouwwijken. Voor de scholen betekent dit dat zij hun formatie en hun huisvesting voortdurend "
              f"moeten herijken. Het samenwerkingsverband volgt deze ontwikkelingen en bespreekt ze jaarlijks met de "
              f"besturen in het directeurenoverleg."),
        ("p", "De regio kent een relatief hoog aandeel gezinnen met een laag inkomen in twee wijken van de stad en een "
              "groeiend aantal nieuwkomers, onder wie kinderen van arbeidsmigranten en statushouders. Tegelijk zien "
              "we in de dorpen een sterk verenigingsleven en korte lijnen tussen school, huisarts en gemeente. Deze "
              "verschillen maken dat één aanpak voor de hele regio zelden past."),
    ]


def filler_governance(c, opr_composition=True):
    b = [
        ("h1", c.get("gov_title", "Organisatie en governance")),
        ("p", f"{c['name']} is een stichting met een scheiding tussen bestuur en intern toezicht. De dagelijkse leiding "
              f"ligt bij de directeur-bestuurder. Het toezicht wordt uitgeoefend door de Raad van Toezicht, waarin "
              f"vertegenwoordigers van de schoolbesturen en twee onafhankelijke leden zitting hebben. De Raad van "
              f"Toezicht keurt de begroting en het jaarverslag goed en stelt het ondersteuningsplan mede vast."),
        ("p", "Het directeurenoverleg adviseert de directeur-bestuurder over de uitvoering van het beleid. In dit "
              "overleg zitten directeuren van scholen uit alle deelnemende besturen. Daarnaast is er een "
              "bestuurlijk overleg, dat vier keer per jaar bijeenkomt en waar strategische keuzes worden voorbereid. "
              "De statuten van de stichting bevatten een geschillenregeling voor conflicten tussen de besturen "
              "onderling, zoals de wet voorschrijft."),
        ("p", "Het bureau van het samenwerkingsverband is bewust klein gehouden. Het bestaat uit de directeur-bestuurder, "
              "een beleidsmedewerker, een controller (gedeeltelijk ingehuurd), een managementassistent en een team van "
              "consulenten en orthopedagogen. Het bureau is gehuisvest in een verzamelgebouw waar ook het lokale team "
              "en de leerplichtafdeling zijn gevestigd, wat de samenwerking vergemakkelijkt."),
        ("h2", "Medezeggenschap: de ondersteuningsplanraad"),
    ]
    if opr_composition:
        b.append(("p", "De ondersteuningsplanraad (OPR) bestaat voor de helft uit ouders en voor de helft uit personeelsleden, "
                       "afgevaardigd door de medezeggenschapsraden van de aangesloten scholen. De OPR heeft "
                       "instemmingsrecht op het ondersteuningsplan en op wijzigingen daarvan. Ouderleden in de OPR "
                       "brengen signalen uit hun achterban in, bijvoorbeeld over wachttijden en over de bereikbaarheid "
                       "van het bureau."))
    else:
        b.append(("p", "De ondersteuningsplanraad (OPR) heeft instemmingsrecht op het ondersteuningsplan en op wijzigingen "
                       "daarvan. De OPR vergadert zes keer per jaar; de directeur-bestuurder is bij een deel van de "
                       "vergaderingen aanwezig. De OPR beschikt over een eigen reglement en een eigen budget voor scholing."))
    b.append(("p", f"De OPR heeft op {c['opr_date']} ingestemd met dit ondersteuningsplan. De gemeenschappelijke "
                   f"medezeggenschapsraad van het samenwerkingsverband zelf adviseert over de personele gevolgen."))
    return b


def filler_oogo_procedural(c):
    return [
        ("h2", "Totstandkoming en overleg"),
        ("p", f"Het concept van dit plan is besproken in het op overeenstemming gericht overleg (OOGO) met de "
              f"colleges van burgemeester en wethouders van {c['gemeenten']}. Het OOGO is afgerond op {c['oogo_date']}. "
              f"Daarnaast is het concept besproken met het samenwerkingsverband {c['other_swv']}, waarvan het "
              f"werkgebied overlapt met het onze. Het plan is vóór 1 mei 2026 aan de Inspectie van het Onderwijs "
              f"toegezonden en geldt voor de schooljaren 2026-2027 tot en met 2029-2030."),
    ]


def filler_personeel(c):
    return [
        ("h1", c.get("pers_title", "Personeel en professionalisering")),
        ("p", "Goed onderwijs staat of valt met goede leraren. Het lerarentekort raakt ook onze regio: vooral in de "
              "stad zijn vacatures voor intern begeleiders en voor leraren met een specialisatie moeilijk te vervullen. "
              "Het samenwerkingsverband zelf heeft een kleine formatie, maar wil met de besturen bijdragen aan een "
              "aantrekkelijke regio om te werken."),
        ("p", "We organiseren daarom jaarlijks een regionale studiedag, een leernetwerk voor beginnende leraren en "
              "intervisiegroepen voor consulenten. Het programma wordt opgesteld in overleg met de besturen en de "
              "pabo of lerarenopleiding in de regio. De medewerkers van het bureau hebben ieder een persoonlijk "
              "ontwikkelplan en volgen jaarlijks ten minste één scholing."),
        ("p", "De werkdruk bij consulenten en orthopedagogen is de afgelopen jaren toegenomen, mede door de groei van "
              "het aantal complexe casussen. We monitoren het ziekteverzuim en voeren elk jaar een "
              "medewerkerstevredenheidsonderzoek uit. Waar nodig passen we de taakverdeling aan of huren we tijdelijk "
              "capaciteit in. Voor de formatie van het bureau verwijzen we naar het formatieplan dat de "
              "directeur-bestuurder jaarlijks vaststelt."),
    ]


def filler_ict_privacy(c):
    return [
        ("h1", c.get("ict_title", "ICT, privacy en gegevensbeheer")),
        ("p", "Het samenwerkingsverband werkt met een beveiligd digitaal dossier waarin scholen aanvragen indienen en "
              "waarin adviezen en besluiten worden opgeslagen. Alleen medewerkers die bij een aanvraag betrokken zijn "
              "hebben toegang. Gegevens over de gezondheid van leerlingen verwerken wij uitsluitend voor zover dat "
              "nodig is voor onze wettelijke taken."),
        ("p", "Dossiers worden bewaard tot drie jaar na het laatste besluit, waarna zij worden vernietigd. De functionaris "
              "gegevensbescherming van het samenwerkingsverband controleert jaarlijks of deze termijnen worden nageleefd. "
              "Bij een datalek volgen wij het protocol datalekken; meldingen gaan binnen 72 uur naar de Autoriteit "
              "Persoonsgegevens. In 2026 vervangen we het huidige systeem door een nieuwe applicatie; de migratie wordt "
              "begeleid door een externe partij."),
        ("p", "Medewerkers werken op beheerde laptops met tweestapsverificatie. Het bureau gebruikt geen "
              "privé-apparatuur voor leerlinggegevens en er worden geen gegevens via gewone e-mail verstuurd. "
              "Scholen ontvangen jaarlijks een korte handreiking over veilig werken met het digitale dossier."),
    ]


def filler_planning(c):
    return [
        ("h1", c.get("plan_title", "Planning van de planperiode")),
        ("p", "Een ondersteuningsplan is geen document dat vier jaar in de kast ligt. Daarom vertalen we het plan "
              "jaarlijks naar een jaarplan met concrete activiteiten. In het eerste jaar ligt de nadruk op de "
              "invoering van het nieuwe digitale dossier en op het inwerken van nieuwe consulenten; in het tweede en "
              "derde jaar op de samenwerking met de gemeenten en op professionalisering; in het laatste jaar bereiden "
              "we het volgende plan voor."),
        ("table", [["Schooljaar", "Accent", "Mijlpaal"],
                   ["2026-2027", "Invoering digitaal dossier, inwerken nieuwe medewerkers", "Systeem live per 1 januari 2027"],
                   ["2027-2028", "Samenwerking gemeenten, regionale studiedagen", "Nieuwe werkafspraken lokale teams"],
                   ["2028-2029", "Professionalisering en kennisdeling", "Leernetwerken in alle kernen"],
                   ["2029-2030", "Voorbereiding volgend ondersteuningsplan", "Concept naar OPR voor 1 maart 2030"]]),
    ]


FILLER_POOL = {
    "leeswijzer": [
        ("h2", "Leeswijzer"),
        ("p", "Dit plan is opgebouwd van algemeen naar specifiek. Eerst schetsen we de context en onze koers. Daarna "
              "volgen de inhoudelijke hoofdstukken en tot slot de hoofdstukken over organisatie, personeel en planning. "
              "Wie snel wil weten waar het plan over gaat, kan volstaan met het lezen van de eerste twee hoofdstukken. "
              "Wie het plan als naslagwerk gebruikt, vindt achterin een lijst met begrippen en afkortingen. Waar in de "
              "tekst over scholen wordt gesproken, bedoelen we alle vestigingen van de aangesloten besturen, tenzij anders "
              "vermeld. Waar we spreken over het bestuur, bedoelen we het bestuur van de stichting."),
    ],
    "landelijk": [
        ("h2", "Landelijke ontwikkelingen"),
        ("p", "Dit plan verschijnt in een periode van veel landelijke beweging. Na de evaluatie van passend onderwijs "
              "heeft het ministerie een verbeteraanpak opgesteld met een groot aantal maatregelen. Een aantal daarvan "
              "raakt het samenwerkingsverband direct, zoals de afspraken over de hoogte van reserves, de versterking van "
              "de positie van ouders en leerlingen en de ontwikkeling van een landelijke norm voor wat scholen aan "
              "ondersteuning moeten bieden. Ook de discussie over inclusiever onderwijs en de toekomst van het speciaal "
              "onderwijs zal de komende jaren doorwerken."),
        ("p", "Omdat veel van deze ontwikkelingen nog niet zijn uitgekristalliseerd, is dit plan op onderdelen een "
              "momentopname. Waar landelijke wetgeving verandert, passen we het plan aan; wijzigingen leggen we ter "
              "instemming voor aan de OPR. We volgen de ontwikkelingen via de sectororganisaties en via het landelijke "
              "netwerk van samenwerkingsverbanden, waaraan onze directeur-bestuurder actief deelneemt."),
    ],
    "huisvesting": [
        ("h2", "Huisvesting en leerlingenvervoer"),
        ("p", "Onderwijshuisvesting en leerlingenvervoer zijn taken van de gemeenten. Toch raken zij het werk van het "
              "samenwerkingsverband. Een school die wil uitbreiden met een kleine groep, heeft daarvoor ruimte nodig; "
              "een kind dat naar een school buiten de eigen woonplaats gaat, is afhankelijk van vervoer. In het overleg "
              "met de gemeenten bespreken we daarom jaarlijks de integrale huisvestingsplannen en de ervaringen met het "
              "leerlingenvervoer. Klachten over vervoer worden door de gemeente behandeld; de gemeente is ook "
              "verantwoordelijk voor de aanbesteding en de financiering ervan."),
        ("p", "Bij nieuwbouw van scholen pleiten we ervoor dat er rekening wordt gehouden met ruimtes voor kleine "
              "groepen, prikkelarme werkplekken en toegankelijkheid voor leerlingen met een lichamelijke beperking. De "
              "uiteindelijke beslissing ligt bij de schoolbesturen en de gemeente."),
    ],
    "kennis": [
        ("h2", "Kennisdeling en onderzoek"),
        ("p", "Een samenwerkingsverband is ook een lerende organisatie. We stimuleren dat scholen van elkaar leren, "
              "bijvoorbeeld via schoolbezoeken, netwerken van intern begeleiders en ondersteuningscoördinatoren en een "
              "jaarlijkse kennismarkt waarop scholen laten zien wat bij hen werkt. Daarnaast werken we samen met een "
              "hogeschool in de regio aan praktijkgericht onderzoek; studenten van de masteropleiding doen hun "
              "afstudeeronderzoek op vragen die scholen inbrengen."),
        ("p", "De uitkomsten van deze onderzoeken delen we via een nieuwsbrief voor professionals die vier keer per "
              "jaar verschijnt en via korte webinars. Zo willen we voorkomen dat goede ideeën in één school blijven "
              "hangen."),
    ],
    "bedrijfsvoering": [
        ("h2", "Bedrijfsvoering en duurzaamheid"),
        ("p", "Het bureau van het samenwerkingsverband streeft naar een sobere en doelmatige bedrijfsvoering. "
              "De salarisadministratie en de financiële administratie zijn uitbesteed aan een administratiekantoor. "
              "Inkoop gebeurt zoveel mogelijk gezamenlijk met de besturen, zodat we profiteren van schaalvoordelen. "
              "Het bureau reist waar mogelijk met het openbaar vervoer of de fiets en vergadert geregeld online om "
              "reistijd te besparen."),
        ("p", "Jaarlijks stelt de accountant de jaarrekening vast en beoordeelt hij de interne beheersing. De "
              "aanbevelingen uit de managementletter worden opgevolgd en besproken met het toezichthoudend orgaan. "
              "Ook de contracten met externe partijen, zoals het administratiekantoor en de leverancier van het "
              "digitale dossier, worden periodiek tegen het licht gehouden."),
    ],
    "opleiding": [
        ("h2", "Samenwerking met opleidingen"),
        ("p", "Het lerarentekort vraagt om nieuwe wegen. Samen met de lerarenopleidingen in de regio bieden we "
              "studenten een stageplek in een school met veel ervaring op het gebied van ondersteuning, zodat zij al "
              "tijdens hun opleiding leren omgaan met verschillen tussen leerlingen. Zij-instromers krijgen een "
              "begeleidingsprogramma met een vaste coach. Ook onderwijsassistenten kunnen via een leerwerktraject "
              "doorgroeien. We evalueren deze samenwerking elk jaar met de opleidingen en passen het programma aan waar "
              "dat nodig is. Het doel is dat meer jonge professionals na hun opleiding in de regio blijven werken."),
    ],
    "integriteit": [
        ("h2", "Integriteit en code goed bestuur"),
        ("p", "Het bestuur van het samenwerkingsverband onderschrijft de code goed bestuur van de sector. Dit betekent "
              "onder meer dat nevenfuncties van bestuurders en toezichthouders openbaar zijn, dat er een "
              "integriteitscode is en dat de beloning van de directeur-bestuurder binnen de wettelijke normen blijft. De "
              "Raad van Toezicht evalueert jaarlijks zijn eigen functioneren, eens in de drie jaar onder begeleiding "
              "van een externe deskundige. Medewerkers kunnen vermoedens van misstanden melden via de "
              "klokkenluidersregeling."),
    ],
    "samenvatting_zacht": [
        ("h2", "Wat verandert er ten opzichte van het vorige plan?"),
        ("p", "De grootste verandering zit niet in de structuur, maar in de manier van werken. Minder formulieren, meer "
              "gesprekken; minder losse projecten, meer samenhang; minder vrijblijvendheid in de afspraken tussen "
              "besturen. Daarnaast is het bureau anders georganiseerd: consulenten werken voortaan per gemeente in "
              "plaats van per bestuur, zodat scholen, gemeenten en wijkteams één vast aanspreekpunt hebben. Het nieuwe "
              "plan is ook korter dan het vorige, omdat de uitwerking van activiteiten in de jaarplannen plaatsvindt."),
    ],
}


def pool(*keys):
    out = []
    for k in keys:
        out += FILLER_POOL[k]
    return out


def glossary(entries):
    b = [("h1", "Begrippenlijst en afkortingen")]
    b.append(("table", [["Begrip", "Omschrijving"]] + [[k, v] for k, v in entries]))
    return b


# =============================================================================================
# Plan 1 - PO, .docx - Samenwerkingsverband De Lingeboog (fictional)
# =============================================================================================

def plan1():
    c = dict(name="Samenwerkingsverband De Lingeboog", code="PO 25-17", gemeenten="Lingewaard-Oost, Bemmeldijk en Hulsterveen",
             besturen="elf", vestigingen="58", leerlingen="13.940", opr_date="24 maart 2026", oogo_date="10 maart 2026",
             other_swv="VO Betuwe-Noord", gov_title="Hoofdstuk 9 Bestuur en organisatie")
    b = [
        ("title", "Ondersteuningsplan 2026-2030"),
        ("sub", "Samenwerkingsverband De Lingeboog, passend primair onderwijs (PO 25-17) - versie 0.9 ter instemming OPR"),
        ("p", "[Conceptversie met wijzigingen zichtbaar. Tekst tussen vierkante haken is redactioneel en vervalt in de definitieve versie.]"),
        ("toc", ["Voorwoord", "1. Inleiding en wettelijk kader", "2. Visie en missie", "3. Basisondersteuning: de Lingeboog-standaard",
                 "4. Van basis naar extra: ons ondersteuningsaanbod", "5. Toelaatbaarheid tot sbo en so (TLV)",
                 "6. Thuiszitters en leerlingen zonder passende plek", "7. Resultaten en ambities", "8. Communicatie",
                 "9. Bestuur en organisatie", "10. Financiën en verdeling van middelen", "11. Personeel",
                 "12. ICT en privacy", "13. Planning", "Bijlage 5 Meerjarenbegroting", "Begrippenlijst"]),
        ("h1", "Voorwoord"),
        ("p", "Voor u ligt het vierde ondersteuningsplan van De Lingeboog. Het is geschreven in een tijd waarin passend "
              "onderwijs opnieuw ter discussie staat. De evaluaties van de afgelopen jaren hebben laten zien dat veel goed "
              "gaat, maar ook dat ouders soms lang moeten wachten, dat leraren zich onvoldoende toegerust voelen en dat "
              "sommige kinderen thuis zitten terwijl zij naar school zouden moeten gaan. Dit plan is ons antwoord daarop."),
        ("p", "Het plan is tot stand gekomen met bijdragen van velen: directeuren, intern begeleiders, ouders, "
              "medewerkers van de gemeenten en natuurlijk de leden van de ondersteuningsplanraad. Verschillende "
              "hoofdstukken zijn door verschillende auteurs geschreven; dat is aan de toon soms te merken. We hebben "
              "ervoor gekozen die verschillen niet glad te strijken, omdat zij de veelheid van stemmen in ons "
              "verband weerspiegelen."),
        ("p", "Ik dank iedereen die heeft meegedacht en meegeschreven. Ik wens u veel leesplezier en nodig u uit om met "
              "ons in gesprek te blijven over de vraag hoe wij elk kind in de Lingeboog een passende plek bieden."),
        ("p", "Renske van den Broek, directeur-bestuurder"),
        ("h1", "1. Inleiding en wettelijk kader"),
        ("p", "Artikel 18a van de Wet op het primair onderwijs schrijft voor dat een samenwerkingsverband ten minste eens "
              "in de vier jaar een ondersteuningsplan vaststelt. Het plan beschrijft hoe het verband zorgt voor een "
              "samenhangend geheel van ondersteuningsvoorzieningen, hoe de middelen worden verdeeld, hoe toelaatbaarheid "
              "tot het speciaal (basis)onderwijs is geregeld, hoe ouders worden geïnformeerd en welke resultaten worden "
              "beoogd. In dit hoofdstuk lichten we toe hoe het plan is opgebouwd."),
    ]
    b += filler_oogo_procedural(c)
    b += filler_context(c)
    b += pool("leeswijzer", "landelijk")
    b += [
        ("h1", "2. Visie en missie"),
        ("p", "Wij geloven dat ieder kind recht heeft op onderwijs dat past bij wie het is en wat het nodig heeft. Dat "
              "onderwijs vindt bij voorkeur plaats dichtbij huis, samen met kinderen uit de buurt. Ouders zijn daarbij "
              "onmisbare partners: zij kennen hun kind het best. Onze missie luidt: 'Samen zorgen we dat elk kind in de "
              "Lingeboog zich optimaal kan ontwikkelen.'"),
        ("p", "Vanuit deze missie hanteren we vier kernwaarden: nabijheid, vakmanschap, vertrouwen en eenvoud. Nabijheid "
              "betekent dat ondersteuning zoveel mogelijk naar het kind toe komt in plaats van andersom. Vakmanschap "
              "betekent dat leraren en intern begeleiders de ruimte krijgen om hun professionele oordeel te gebruiken. "
              "Vertrouwen betekent dat we uitgaan van de goede bedoelingen van scholen en ouders. Eenvoud betekent dat "
              "we de bureaucratie zo klein mogelijk houden: liever een goed gesprek dan een dik formulier."),
        ("p", "In de afgelopen planperiode hebben we veel geleerd. We willen resultaatgericht werken, maar niet "
              "doorschieten in het tellen van alles wat telbaar is. Ook willen we dat de middelen zo dicht mogelijk bij "
              "het kind terechtkomen. Deze twee uitgangspunten lopen als een rode draad door het plan."),
        # ---- chapter 3 written by beleidsmedewerker: 'wij', present tense, concrete
        ("h1", "3. Basisondersteuning: de Lingeboog-standaard"),
        ("p", "In De Lingeboog hebben de elf besturen afgesproken dat iedere vestiging - ook de kleinste dorpsschool met "
              "zestig leerlingen - ten minste het hieronder beschreven niveau van ondersteuning biedt. Dit gezamenlijke "
              "minimum noemen we de Lingeboog-standaard. Het is de ondergrens: scholen mogen meer bieden, nooit minder. "
              "Wat boven deze standaard uitgaat, noemen we extra ondersteuning (hoofdstuk 4)."),
        ("p", "Ouders mogen van elke school in ons verband het volgende verwachten:"),
        ("ol", ["Elke school heeft een intern begeleider met een post-hbo-opleiding, die minimaal twee dagdelen per week "
                "per 200 leerlingen beschikbaar is voor leerlingbesprekingen en gesprekken met ouders.",
                "Elke school werkt met een dyslexie- en een dyscalculieprotocol en biedt kinderen met een vermoeden van "
                "dyslexie binnen tien weken een intensief leesprogramma.",
                "Elke school heeft een aanpak voor sociale veiligheid en een gedragsspecialist of een collega met "
                "aantoonbare scholing op het gebied van gedrag.",
                "Elke school biedt verrijkings- en verdiepingsstof voor kinderen die meer aankunnen, met ten minste één "
                "uur per week begeleiding buiten de groep.",
                "Elke school kan kinderen met een licht fysieke beperking opvangen, inclusief aanpassingen van meubilair "
                "en het toedienen van medicatie volgens het medisch protocol.",
                "Elke school voert twee keer per jaar groepsbesprekingen en stelt voor kinderen met een eigen leerlijn een "
                "ontwikkelingsperspectief (OPP) op, in samenspraak met ouders.",
                "Elke school kan een beroep doen op het schoolondersteuningsteam, waarin de consulent van het "
                "samenwerkingsverband, de jeugdverpleegkundige en een medewerker van het lokale team zitting hebben.",
                "Elke school biedt NT2-ondersteuning aan kinderen die korter dan twee jaar in Nederland zijn, in "
                "kleine groepjes van drie tot vijf leerlingen.",
                "Elke school heeft een protocol voor de overdracht naar het voortgezet onderwijs en een warme overdracht "
                "voor leerlingen met een ondersteuningsbehoefte.",
                "Elke school beschrijft in haar schoolgids hoe zij deze standaard invult."]),
        ("p", "Jaarlijks voert de consulent per school een kwaliteitsgesprek aan de hand van de standaard. Blijkt een "
              "school op een onderdeel onder de standaard te zitten, dan maakt het bestuur binnen drie maanden een "
              "verbeterplan, dat de directeur-bestuurder toetst. Na een jaar volgt een hercontrole."),
        ("comment", "[Wijziging t.o.v. versie 0.8: standaard 8 (NT2) toegevoegd op verzoek van de gemeente Hulsterveen.]",
         "Graag nog afstemmen met de besturen of standaard 8 haalbaar is voor de kleine scholen.", "Marieke van Kessel"),
        # ---- chapter 4: different hand, future tense, bullet style
        ("h1", "4. Van basis naar extra: ons ondersteuningsaanbod"),
        ("p", "We gaan uit van een doorgaande reeks voorzieningen. Die reeks ziet er als volgt uit:"),
        ("ul", ["Laag 1 - basisondersteuning op elke school (zie hoofdstuk 3).",
                "Laag 2 - extra ondersteuning op de eigen school: een arrangement dat de school via het loket aanvraagt, "
                "bijvoorbeeld ambulante begeleiding door een specialist, een time-in-traject of een korte "
                "observatieperiode. Een arrangement duurt in de regel één schooljaar.",
                "Laag 3 - bovenschoolse voorzieningen: de observatiegroep De Brug (12 plaatsen, maximaal 16 weken), de "
                "plusklas Kompas voor meer- en hoogbegaafde kinderen (één dag per week, vier locaties), en de taalklas "
                "voor nieuwkomers in Bemmeldijk.",
                "Laag 4 - speciaal basisonderwijs: sbo De Wielewaal, met twee locaties.",
                "Laag 5 - speciaal onderwijs cluster 3 en 4: so De Regenboog (cluster 3) en so Het Anker (cluster 4), "
                "beide binnen de regio; voor enkele kinderen met een zeer specifieke hulpvraag plaatsen we buiten de regio."]),
        ("p", "Binnen deze reeks zal de beweging steeds 'zo licht als mogelijk, zo zwaar als nodig' zijn. De "
              "voorzieningen zullen nauw samenwerken: medewerkers van De Wielewaal en Het Anker gaan ambulant "
              "ondersteunen op reguliere scholen, en reguliere leraren zullen kunnen hospiteren in het sbo."),
        ("p", "Ook met de ketenpartners zullen we de samenwerking versterken. Met de drie gemeenten is in het OOGO "
              "afgesproken dat jeugdhulp in onderwijstijd wordt ingezet via onderwijs-zorgarrangementen, gefinancierd "
              "deels door de gemeente en deels door het samenwerkingsverband."),
        # ---- chapter 5: CvT secretaris, passive, numbered
        ("h1", "5. Toelaatbaarheid tot sbo en so (TLV)"),
        ("h2", "5.1 Aanvraag en besluit"),
        ("ol", ["De aanvraag voor een toelaatbaarheidsverklaring wordt ingediend door het bevoegd gezag van de school "
                "waar de leerling staat ingeschreven of is aangemeld, via het digitale loket.",
                "Bij de aanvraag worden gevoegd: het groeidocument of OPP, de evaluatie van de geboden extra ondersteuning, "
                "het verslag van het multidisciplinair overleg en de zienswijze van de ouders.",
                "Het loket toetst binnen vijf werkdagen of het dossier compleet is.",
                "Twee deskundigen brengen ieder afzonderlijk schriftelijk advies uit: een orthopedagoog of psycholoog en, "
                "afhankelijk van de hulpvraag, een tweede deskundige (maatschappelijk werker, arts of kinderpsychiater). "
                "Deskundigen die bij de aanvraag betrokken waren, adviseren niet.",
                "De Commissie van Toelaatbaarheid (CvT) neemt namens de directeur-bestuurder binnen zes weken na "
                "ontvangst van het complete dossier een besluit.",
                "Ouders en school ontvangen het besluit en een afschrift van de adviezen."]),
        ("p", "Een TLV wordt afgegeven voor één of twee schooljaren en loopt tot en met 31 juli van het laatste "
              "schooljaar. Voor het so wordt tevens de bekostigingscategorie (laag, midden of hoog) vastgesteld."),
        ("p", "Tegen het besluit kan bezwaar worden gemaakt binnen zes weken. Het samenwerkingsverband is aangesloten bij "
              "de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen (LBT), die over het bezwaar adviseert."),
        ("h2", "5.2 Criteria"),
        ("p", "[Tekst geschrapt na OPR-vergadering 3 maart 2026: 'Een leerling is toelaatbaar tot het sbo wanneer twee "
              "arrangementen op de eigen school aantoonbaar onvoldoende effect hebben gehad en ...'] [Opmerking RvdB: "
              "geschrapt, want niet meer actueel.]"),
        ("p", "De nieuwe criteria voor toelaatbaarheid tot sbo en so worden op dit moment door de CvT opnieuw "
              "geformuleerd, mede in het licht van de landelijke discussie over de norm voor basisondersteuning. Zij "
              "worden na instemming van de OPR in de loop van het schooljaar 2026-2027 als addendum aan dit plan "
              "toegevoegd. Tot die tijd beoordeelt de CvT iedere aanvraag op haar eigen merites."),
        ("h2", "5.3 Einde van de TLV"),
        ("p", "In het laatste schooljaar van de TLV wordt door de sbo- of so-school uiterlijk 1 februari een "
              "evaluatie-MDO belegd. Hierbij zijn aanwezig: de ouders, de intern begeleider van de sbo/so-school, de "
              "consulent van het loket en, indien terugkeer in beeld is, de intern begeleider van de beoogde "
              "basisschool. In het MDO wordt aan de hand van het OPP bekeken of de leerling kan terugkeren naar het "
              "basisonderwijs, of dat een nieuwe TLV nodig is."),
        ("p", "Is terugkeer haalbaar, dan besluit de CvT uiterlijk 1 april over een terugkeerarrangement; de leerling "
              "start in de regel na de zomervakantie op de basisschool. Is verlenging nodig, dan dient de sbo/so-school "
              "vóór 1 april een nieuwe aanvraag in en beslist de CvT volgens paragraaf 5.1."),
        ("p", "Uitgangspunt van De Lingeboog is dat kinderen niet langer in het speciaal (basis)onderwijs verblijven dan "
              "nodig. Terugkeer is het doel wanneer het OPP laat zien dat de leerling de uitstroomdoelen van het "
              "regulier onderwijs kan halen en de ondersteuningsbehoefte met een arrangement op de basisschool kan "
              "worden beantwoord. Na terugkeer krijgt de ontvangende school een terugkeerarrangement: zes maanden "
              "ambulante begeleiding door een medewerker van de sbo/so-school en een budget van € 2.500 voor "
              "aanvullende inzet. Na drie en na zes maanden volgt een evaluatie met ouders en school."),
        # ---- chapter 6
        ("h1", "6. Thuiszitters en leerlingen zonder passende plek"),
        ("p", "Ieder kind dat niet naar school gaat, is er één te veel. Toch kenden we in het schooljaar 2024-2025 nog "
              "kinderen die langer dan vier weken thuis zaten. Daarom hebben we met de leerplichtambtenaren een vaste "
              "werkwijze afgesproken. Iedere school meldt een leerling die langer dan twee weken niet of gedeeltelijk "
              "naar school gaat bij de consulent. Binnen tien werkdagen komt een casusoverleg bijeen met ouders, school, "
              "leerplicht en - waar nodig - jeugdhulp. Binnen drie maanden moet er een plan liggen waarmee het kind "
              "weer (gedeeltelijk) onderwijs volgt."),
        ("p", "Lukt het niet om binnen die termijn een passende plek te vinden, dan neemt de directeur-bestuurder de "
              "regie en kan zij besturen opdragen een plaats te bieden (doorzettingsmacht). Twee keer per jaar maken "
              "we een overzicht van wachtlijsten bij sbo, so en de observatiegroep en van kinderen voor wie geen passend "
              "aanbod bestaat. Op basis daarvan besluit het bestuurlijk overleg over nieuwe voorzieningen; zo is in "
              "2025 besloten tot een tweede observatiegroep vanaf augustus 2027."),
        # ---- chapter 7 deferred
        ("h1", "7. Resultaten en ambities"),
        ("p", "[Dit hoofdstuk wordt na de zelfevaluatie in het najaar van 2026 ingevuld. - RvdB]"),
        ("comment", "p.m.", "Hoofdstuk 7 moet er wel in voor de Inspectie! Wie pakt dit op?", "Marieke van Kessel"),
        # ---- chapter 8: informal 'je' style
        ("h1", "8. Communicatie"),
        ("p", "Je wilt als ouder weten waar je aan toe bent. Daarom vind je op onze website een aparte ouderpagina met "
              "uitleg over de Lingeboog-standaard, over arrangementen, over de bovenschoolse voorzieningen en over de "
              "weg naar het sbo of so. Elke school geeft je bij de intake de folder 'Wegwijs in passend onderwijs', "
              "waarin staat welke ondersteuning de school biedt en hoe je die aanvraagt. Twee keer per jaar - in "
              "oktober en in maart - organiseren we een informatieavond voor ouders, afwisselend in Bemmeldijk en "
              "Hulsterveen. In de schoolgids van elke school staat een hoofdstuk over ondersteuning."),
        ("p", "Heb je een vraag over de ondersteuning van je kind? Begin bij de leerkracht of de intern begeleider. Kom "
              "je er samen niet uit, dan kun je de consulent van het samenwerkingsverband bellen."),
        ("comment", "Voor onafhankelijk advies kun je terecht bij [naam steunpunt invullen - MvK].",
         "Hier kunnen we het ouder- en jeugdsteunpunt of de Onderwijsconsulenten noemen, 070-3122887. Nog besluiten.",
         "Marieke van Kessel"),
        ("p", "Voor je eigen inbreng: de helft van de ondersteuningsplanraad bestaat uit ouders, en ook in het MDO en bij "
              "het opstellen van het OPP ben je gesprekspartner."),
    ]
    b += filler_governance(c)
    b += [
        ("h1", "10. Financiën en verdeling van middelen"),
        ("p", "De Lingeboog ontvangt van het Rijk een budget voor lichte en zware ondersteuning. Na aftrek van de "
              "afdrachten aan DUO voor het so en de bekostiging van het sbo boven de 2 procent verdelen wij de middelen "
              "als volgt. Elk schoolbestuur ontvangt een bedrag van € 165 per leerling, berekend op basis van het "
              "aantal leerlingen op de teldatum van 1 oktober van het voorgaande jaar. Daarnaast ontvangt elk bestuur "
              "een vaste voet van € 4.000 per vestiging. Het resterende deel is bestemd voor arrangementen en "
              "bovenschoolse voorzieningen; de toewijzing daarvan gebeurt door het loket op basis van een aanvraag "
              "van de school. Het bestuurlijk overleg stelt jaarlijks in november de bedragen vast."),
        ("p", "Besturen verantwoorden de besteding van hun schoolbudget jaarlijks in een korte rapportage volgens een vast "
              "format, die zij vóór 1 mei aan het samenwerkingsverband zenden."),
        ("p", "De meerjarenbegroting 2026-2030 is opgenomen in bijlage 5. [Opmerking controller: cijfers volgen na "
              "vaststelling van de begroting door de RvT in december.]"),
    ]
    b += filler_personeel(dict(c, pers_title="11. Personeel"))
    b += filler_ict_privacy(dict(c, ict_title="12. ICT en privacy"))
    b += filler_planning(dict(c, plan_title="13. Planning"))
    b += [("h1", "Overige onderwerpen")] + pool("bedrijfsvoering")
    b += glossary([
        ("Basisondersteuning", "Het geheel van preventieve en licht curatieve interventies dat alle scholen bieden."),
        ("CvT", "Commissie van Toelaatbaarheid."),
        ("LBT", "Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen."),
        ("OJSP", "Ouder- en jeugdsteunpunt: onafhankelijk steunpunt voor ouders en jeugdigen."),
        ("OPP", "Ontwikkelingsperspectief."),
        ("Resultaten", "Beoogde en bereikte uitkomsten van het beleid voor leerlingen met een ondersteuningsbehoefte."),
        ("Terugplaatsing", "Terugkeer van een leerling uit het s(b)o naar het basisonderwijs."),
        ("TLV", "Toelaatbaarheidsverklaring."),
    ])
    return b, c


# =============================================================================================
# Plan 2 - VO, .docx - Samenwerkingsverband VO Venen en Vaart (fictional)
# =============================================================================================

def plan2():
    c = dict(name="Samenwerkingsverband VO Venen en Vaart", code="VO 26-09", gemeenten="Vaartveen, Molenwaard-Zuid en De Ronde Venen-Oost",
             besturen="zes", vestigingen="19", leerlingen="11.210", opr_date="31 maart 2026", oogo_date="18 februari 2026",
             other_swv="PO Venen en Vaart", gov_title="6. Bestuur, toezicht en medezeggenschap")
    b = [
        ("title", "Ondersteuningsplan 2026-2030"),
        ("sub", "Samenwerkingsverband VO Venen en Vaart (VO 26-09) - Koers: iedere leerling een plek die past"),
        ("p", "Documentstatus: definitief concept, met verwerkte reacties. Gemarkeerde wijzigingen staan tussen [ ]."),
        ("toc", ["1. Inleiding", "2. Koers en uitgangspunten", "3. Basisondersteuning", "4. Het ondersteuningsaanbod",
                 "5. Toelaatbaarheid: vso, lwoo en pro", "6. Bestuur, toezicht en medezeggenschap",
                 "7. Geld en middelen", "8. Wat we willen bereiken en hoe we dat volgen", "9. Voor ouders en leerlingen",
                 "10. Personeel", "11. ICT en privacy", "12. Planning", "Begrippenlijst"]),
        # ---- hand A: formal, third person, present tense
        ("h1", "1. Inleiding"),
        ("p", "Het samenwerkingsverband VO Venen en Vaart (hierna: het samenwerkingsverband) legt in dit "
              "ondersteuningsplan vast op welke wijze het de wettelijke opdracht uit artikel 17a WVO (thans artikel "
              "2.47 e.v. WVO 2020) uitvoert. Het plan volgt op het ondersteuningsplan 2022-2026, dat op onderdelen "
              "tussentijds is gewijzigd. Het samenwerkingsverband constateert dat de kern van het beleid overeind blijft, "
              "maar dat de nadruk verschuift van het organiseren van voorzieningen naar het versterken van de reguliere "
              "scholen."),
        ("p", "Het plan is opgesteld door een schrijfgroep bestaande uit de directeur, de beleidsadviseur, twee "
              "ondersteuningscoördinatoren, de controller en een afvaardiging van de OPR. De hoofdstukken zijn door "
              "verschillende leden geschreven en daarna redactioneel op elkaar afgestemd."),
    ]
    b += filler_oogo_procedural(c)
    b += filler_context(c)
    b += pool("landelijk", "leeswijzer")
    b += [
        ("h1", "2. Koers en uitgangspunten"),
        ("p", "Het samenwerkingsverband hanteert vier uitgangspunten. Ten eerste: leerlingen volgen onderwijs zo dicht "
              "mogelijk bij huis en zo regulier als mogelijk. Ten tweede: de school waar de leerling is aangemeld, "
              "houdt de regie. Ten derde: ouders en leerlingen worden als gelijkwaardige gesprekspartners behandeld. "
              "Ten vierde: middelen volgen de ondersteuningsbehoefte van de leerling, niet de structuur van de "
              "organisatie."),
        ("p", "Deze uitgangspunten zijn niet nieuw, maar het samenwerkingsverband wil ze in deze periode scherper "
              "waarmaken. De afgelopen jaren is gebleken dat leerlingen soms te snel naar een bovenschoolse voorziening "
              "werden verwezen, terwijl met meer expertise op de eigen school een passende plek mogelijk was geweest."),
        ("h1", "3. Basisondersteuning"),
        ("p", "Basisondersteuning is in het samenwerkingsverband het afgesproken minimum aan ondersteuning dat elke "
              "vestiging van elke aangesloten school biedt, ongeacht leerweg of schoolgrootte. Het gaat om "
              "ondersteuning die binnen de onderwijsstructuur van de school wordt geboden, zonder aanvraag bij het "
              "samenwerkingsverband. De zes besturen hebben afgesproken dat dit minimum voor alle vestigingen gelijk is."),
        ("p", "De concrete invulling - welke interventies, welke expertise en welke voorzieningen - leggen de "
              "schoolbesturen vast in een gezamenlijke 'kwaliteitskaart basisondersteuning'. Deze kaart wordt in het "
              "schooljaar 2026-2027 opgesteld en daarna aan dit plan toegevoegd. [Reactie OPR 14-01: kunnen de "
              "onderdelen van de kaart niet alvast hier worden opgenomen? - Reactie directeur: nee, eerst "
              "afstemming met de besturen.] Tot de kaart is vastgesteld, verwijst het samenwerkingsverband naar de "
              "schoolondersteuningsprofielen op de websites van de scholen."),
        ("h1", "4. Het ondersteuningsaanbod"),
        ("p", "Het ondersteuningsaanbod van het samenwerkingsverband is opgebouwd in treden die op elkaar aansluiten. "
              "Naast de basisondersteuning onderscheidt het samenwerkingsverband:"),
        ("table", [["Trede", "Wat", "Waar", "Toegang"],
                   ["Extra ondersteuning op school", "Arrangement: begeleiding door specialist, trainingen executieve "
                    "functies, faalangstreductie, tijdelijk aangepast rooster", "Eigen vestiging", "Ondersteuningsteam school, "
                    "arrangement via CTA"],
                   ["Lwoo", "Leerwegondersteunend onderwijs in vmbo-basis en -kader", "Acht vmbo-vestigingen", "Aanwijzing lwoo door CTA"],
                   ["Praktijkonderwijs", "Pro met stage en arbeidstoeleiding", "Praktijkschool De Werkplaats", "TLV pro door CTA"],
                   ["OPDC De Overstap", "Tijdelijke plaatsing (max. 1 jaar) met terugkeer naar eigen school", "Vaartveen", "Besluit CTA"],
                   ["Rebound", "Time-out van 6 tot 12 weken bij gedragsproblematiek", "Molenwaard-Zuid", "Aanmelding door school"],
                   ["Vso cluster 3 en 4", "Voortgezet speciaal onderwijs", "Vso De Stroming en vso Het Baken", "TLV vso door CTA"]]),
        ("p", "Waar onderwijs en jeugdhulp elkaar raken, werkt het samenwerkingsverband met de gemeenten samen in "
              "onderwijs-zorgarrangementen, met name in het OPDC en in vso Het Baken. De afspraken hierover zijn in "
              "het OOGO bevestigd."),
        ("p", "Of dit aanbod werkelijk dekkend is - en wat er gebeurt met leerlingen voor wie geen passende plek "
              "beschikbaar is - brengt het samenwerkingsverband in 2027 in kaart. Een aanpak volgt daarna. Het "
              "samenwerkingsverband onderschrijft het Thuiszitterspact."),
        # ---- hand B: orthopedagoog, very concrete, present tense, 'wij'
        ("h1", "5. Toelaatbaarheid: vso, lwoo en pro"),
        ("h2", "5.1 Commissie Toelaatbaarheid en Arrangementen"),
        ("p", "Wij beslissen over toelaatbaarheid via de Commissie Toelaatbaarheid en Arrangementen (CTA). De CTA bestaat "
              "uit een voorzitter (de directeur), twee orthopedagogen, een GZ-psycholoog en een jeugdarts. De "
              "school waar de leerling is ingeschreven dient de aanvraag in via het aanvraagportaal. Wij vragen om het "
              "OPP met ten minste twee geëvalueerde cycli, het verslag van het ondersteuningsteam, recente "
              "toetsgegevens en de zienswijze van ouders en leerling."),
        ("ol", ["Stap 1: de school dient de aanvraag in; wij controleren binnen vijf werkdagen of het dossier volledig is.",
                "Stap 2: twee deskundigen - een orthopedagoog of psycholoog en een tweede deskundige die past bij de "
                "hulpvraag - geven ieder een eigen schriftelijk advies. Zij zijn niet betrokken geweest bij de aanvraag.",
                "Stap 3: de CTA neemt binnen acht weken na ontvangst van het volledige dossier een besluit.",
                "Stap 4: ouders, leerling (vanaf 12 jaar) en school ontvangen het besluit met de adviezen."]),
        ("h2", "5.2 Criteria vso"),
        ("p", "Een leerling is toelaatbaar tot het vso wanneer aan alle onderstaande voorwaarden is voldaan:"),
        ("ul", ["de ondersteuningsbehoefte overstijgt aantoonbaar wat een reguliere vo-school met een arrangement kan "
                "bieden, blijkend uit twee geëvalueerde OPP-cycli;",
                "de leerling heeft een structurele beperking op het gebied van leren, gedrag, lichamelijk functioneren "
                "of langdurige ziekte die gespecialiseerd onderwijs in een kleine setting noodzakelijk maakt;",
                "er is geen lichtere voorziening (OPDC, rebound) waarmee hetzelfde doel binnen een schooljaar kan "
                "worden bereikt."]),
        ("p", "Een TLV vso wordt afgegeven voor twee schooljaren, in bekostigingscategorie laag, tenzij de deskundigen "
              "een hogere categorie adviseren vanwege een lichamelijke of meervoudige beperking."),
        ("h2", "5.3 Lwoo en pro"),
        ("p", "Voor lwoo hanteren wij de landelijke criteria: een IQ tussen 75 en 90 met een leerachterstand van "
              "minstens 25 procent op twee van de vier domeinen (waarvan één begrijpend lezen of inzichtelijk rekenen), "
              "of een IQ tussen 91 en 120 met dezelfde achterstand en sociaal-emotionele problematiek. Voor pro gelden "
              "de landelijke criteria: een IQ tussen 55 en 80 en een leerachterstand van ten minste 50 procent op "
              "twee domeinen. De basisschool levert de gegevens vóór 1 maart aan; de CTA besluit vóór 1 mei, zodat de "
              "leerling op tijd kan worden ingeschreven."),
        ("p", "Bezwaar: ouders kunnen binnen zes weken bezwaar maken. Het samenwerkingsverband is aangesloten bij de "
              "LBT, die binnen tien weken adviseert."),
    ]
    b += filler_governance(c)
    b += [
        # ---- hand C: controller, terse, tables
        ("h1", "7. Geld en middelen"),
        ("p", "Uitgangspunt: zoveel mogelijk geld naar de scholen. Verdeling in drie stromen."),
        ("ul", ["Schoolbudget lichte ondersteuning: € 118 per leerling (teldatum 1 oktober t-1) plus een vaste voet "
                "van € 25.000 per vestiging. Uitbetaling aan het bestuur in twaalf maandtermijnen.",
                "Arrangementen: toekenning door de CTA per leerling, op basis van de aanvraag en een standaardtarief "
                "(licht € 3.200, intensief € 7.800 per jaar).",
                "Lwoo en pro: doorbetaling aan de scholen naar rato van het aantal aangewezen leerlingen op 1 oktober."]),
        ("p", "Meerjarenbegroting (bedragen x € 1.000):"),
        ("table", [["Post", "2026", "2027", "2028", "2029"],
                   ["Baten rijksbijdrage lichte ondersteuning", "1.640", "1.615", "1.590", "1.570"],
                   ["Baten zware ondersteuning", "5.210", "5.130", "5.060", "4.990"],
                   ["Baten lwoo en pro", "6.880", "6.790", "6.700", "6.620"],
                   ["Lasten afdracht vso (DUO)", "3.710", "3.650", "3.600", "3.560"],
                   ["Lasten lwoo en pro naar scholen", "6.880", "6.790", "6.700", "6.620"],
                   ["Lasten schoolbudgetten", "1.795", "1.770", "1.745", "1.720"],
                   ["Lasten arrangementen", "620", "640", "660", "660"],
                   ["Lasten OPDC en rebound", "540", "550", "560", "560"],
                   ["Lasten bureau en personeel", "430", "435", "440", "445"],
                   ["Resultaat", "-245", "-300", "-355", "-385"]]),
        ("p", "Het negatieve resultaat is bewust: de reserve (eind 2025: € 2,9 mln) wordt afgebouwd tot de "
              "signaleringswaarde. Weerstandsvermogen eind 2029 naar verwachting 7 procent. Scholen verantwoorden de "
              "schoolbudgetten jaarlijks vóór 1 maart via het format 'Inzet ondersteuningsmiddelen'."),
        # ---- hand D: beleidsadviseur, future tense
        ("h1", "8. Wat we willen bereiken en hoe we dat volgen"),
        ("p", "In de komende planperiode zullen wij op de volgende beoogde resultaten sturen:"),
        ("table", [["Beoogd resultaat", "Nulmeting 2025", "Streefwaarde 2030"],
                   ["Deelname vso (percentage van alle leerlingen)", "3,9%", "3,4%"],
                   ["Leerlingen met arrangement die de OPP-doelen grotendeels behalen", "71%", "85%"],
                   ["TLV-besluiten binnen acht weken", "78%", "95%"],
                   ["Leerlingen OPDC die binnen een jaar terug zijn op de eigen school", "64%", "80%"],
                   ["Tevredenheid ouders over het ondersteuningsteam (schaal 1-10)", "6,8", "7,5"]]),
        ("p", "De resultaten zullen twee keer per jaar worden gemeten met het dashboard van het samenwerkingsverband, dat "
              "gegevens uit het aanvraagportaal, DUO en de tevredenheidspeiling combineert. De directeur zal de "
              "uitkomsten in januari en juni rapporteren aan de Raad van Toezicht en de OPR. In het jaarverslag zullen "
              "de bereikte resultaten per indicator worden verantwoord, met de daaraan bestede middelen. Als een "
              "indicator twee metingen achtereen achterblijft, zal de directeur met de betrokken besturen een "
              "verbeteraanpak opstellen. In de vorige planperiode daalde het vso-percentage van 4,3 naar 3,9 procent."),
        # ---- hand E: 'u'-form to parents
        ("h1", "9. Voor ouders en leerlingen"),
        ("p", "Wilt u weten welke ondersteuning de school van uw kind biedt? Op onze website vindt u de "
              "'Ondersteuningswijzer', waarin per school staat welke extra ondersteuning er is en welke bovenschoolse "
              "voorzieningen het samenwerkingsverband heeft. In de schoolgids van elke school staat een paragraaf over "
              "ondersteuning. Ouders van leerlingen in groep 8 ontvangen in november de brochure 'Naar het vo - en als "
              "het extra moet', en in januari is er een informatieavond in Vaartveen."),
        ("p", "Heeft u een vraag of bent u het ergens niet mee eens? Dan kunt u terecht bij het Ouder- en Jongerenpunt "
              "Venen en Vaart. Dit steunpunt werkt onafhankelijk van scholen en samenwerkingsverband en helpt u kosteloos, "
              "bijvoorbeeld bij een gesprek op school of bij een bezwaar. U kunt ook contact opnemen met de "
              "Onderwijsconsulenten of een klacht voorleggen aan de Geschillencommissie passend onderwijs."),
        ("p", "Leerlingen hebben het recht om gehoord te worden over hun ontwikkelingsperspectief. De helft van de OPR "
              "bestaat uit ouders en leerlingen."),
    ]
    b += filler_personeel(dict(c, pers_title="10. Personeel"))
    b += filler_ict_privacy(dict(c, ict_title="11. ICT en privacy"))
    b += filler_planning(dict(c, plan_title="12. Planning"))
    b += [("h1", "Overige onderwerpen")] + pool("kennis", "integriteit", "bedrijfsvoering", "opleiding")
    b += glossary([
        ("CTA", "Commissie Toelaatbaarheid en Arrangementen."),
        ("Dekkend aanbod", "Een aanbod waarin voor iedere leerling een passende plek beschikbaar is."),
        ("Lwoo", "Leerwegondersteunend onderwijs."),
        ("OPDC", "Orthopedagogisch-didactisch centrum."),
        ("Terugplaatsing", "Het terugkeren van een leerling uit het vso naar het reguliere voortgezet onderwijs, "
                           "na afloop van de toelaatbaarheidsverklaring."),
        ("Thuiszitter", "Leerplichtige jongere die zonder geldige reden niet naar school gaat."),
    ])
    return b, c


# =============================================================================================
# Plan 3 - PO, .docx -> .pdf - Samenwerkingsverband Dommelkempen (fictional)
# =============================================================================================

def plan3():
    c = dict(name="Stichting Samenwerkingsverband Passend Onderwijs Dommelkempen", code="PO 30-08",
             gemeenten="Dommelrode, Kempenhoeve en Aalstbeek", besturen="negen", vestigingen="47", leerlingen="10.380",
             opr_date="17 maart 2026", oogo_date="3 maart 2026", other_swv="VO Kempen-Dommel", gov_title="7. Organisatie")
    b = [
        ("title", "Elk kind een plek - Ondersteuningsplan Dommelkempen 2026-2030"),
        ("sub", "Stichting Samenwerkingsverband Passend Onderwijs Dommelkempen, PO 30-08"),
        ("toc", ["Woord vooraf", "1. Waar we staan", "2. Waar we voor gaan", "3. Basisondersteuning (zie SOP's)",
                 "4. Het continuüm van ondersteuning", "5. Thuiszitters en kinderen zonder passende plek",
                 "6. De Commissie Passende Plek: toelaatbaarheid", "7. Organisatie", "8. Terug naar de basisschool",
                 "9. Middelen en meerjarenbegroting", "10. Ambities 2030", "11. Ouders", "12. Personeel", "13. ICT en privacy",
                 "14. Jaarplanning", "Woordenlijst"]),
        # ---- hand A: poetic voorwoord
        ("h1", "Woord vooraf"),
        ("p", "Een kind dat 's ochtends de schooldeur binnenloopt, draagt een rugzak mee die niemand ziet. Soms is die "
              "rugzak licht, soms zwaar. Passend onderwijs vraagt van ons dat we die rugzak leren zien - en dat we het "
              "kind helpen hem te dragen. Dat doen we niet alleen: leraren, ouders, jeugdhulp, gemeenten en besturen "
              "dragen samen."),
        ("p", "Dit plan is geschreven door velen. U zult merken dat de toon per hoofdstuk verschilt: soms zakelijk, soms "
              "persoonlijk. Dat is bewust zo gelaten. Wat ons verbindt is de overtuiging dat elk kind in de "
              "Dommelkempen een plek verdient waar het kan groeien."),
        ("p", "Namens het bestuur, Joost Verhagen, directeur-bestuurder"),
        ("h1", "1. Waar we staan"),
        ("p", "Dommelkempen is een samenwerkingsverband met negen besturen, groot en klein, openbaar en bijzonder. In de "
              "afgelopen planperiode hebben we een expertiseteam opgebouwd, de samenwerking met de gemeenten "
              "geïntensiveerd en het aantal aanvragen gedigitaliseerd. Tegelijkertijd zijn de wachtlijsten in het so "
              "gegroeid en voelen veel leraren zich overvraagd."),
    ]
    b += filler_context(c)
    b += pool("leeswijzer", "samenvatting_zacht", "landelijk")
    b += filler_oogo_procedural(c)
    b += [
        ("h1", "2. Waar we voor gaan"),
        ("p", "Onze visie laat zich samenvatten in drie woorden: dichtbij, samen, eerlijk. Dichtbij, omdat kinderen het "
              "best gedijen in hun eigen omgeving. Samen, omdat geen school het alleen kan. Eerlijk, omdat middelen en "
              "voorzieningen eerlijk verdeeld moeten zijn over de regio, ook over de kleine dorpen."),
        ("p", "We zien het samenwerkingsverband niet als een loket, maar als een netwerk. Ouders, leraren en "
              "jeugdprofessionals moeten elkaar kunnen vinden zonder eerst een formulier in te vullen. Dat is een ambitie "
              "die we in deze planperiode verder willen waarmaken."),
        ("h1", "3. Basisondersteuning"),
        ("p", "Wat een school aan ondersteuning biedt, staat in het schoolondersteuningsprofiel (SOP) van die school. De "
              "SOP's zijn te vinden op de websites van de scholen en via www.dommelkempen.nl/sop. [NB redactie: "
              "afspraken over een gezamenlijk niveau volgen na het landelijke advies over de norm "
              "basisondersteuning.]"),
        # ---- hand B: 'we gaan', future, bullets
        ("h1", "4. Het continuüm van ondersteuning"),
        ("p", "We gaan in deze planperiode werken met een helder continuüm van vier treden:"),
        ("ol", ["Trede 1: wat de school zelf biedt, zoals beschreven in haar SOP.",
                "Trede 2: arrangementen op de school, waarbij het expertiseteam van het samenwerkingsverband (twaalf "
                "specialisten: gedrag, taal, hoogbegaafdheid, jonge kind) meekijkt en meedoet.",
                "Trede 3: bovenschoolse voorzieningen: de Kempenklas voor kinderen met ernstige gedragsproblemen (tijdelijk, "
                "maximaal 20 weken), de Plusschool voor hoogbegaafde kinderen (voltijds, 30 plaatsen) en de "
                "nieuwkomersvoorziening in Dommelrode.",
                "Trede 4: sbo De Kempenaer (240 leerlingen) en het so: De Dommeldal (cluster 3) en Horizonschool "
                "Aalstbeek (cluster 4); voor zeer specifieke vragen kinderen op so-scholen buiten de regio."]),
        ("p", "De treden gaan op elkaar aansluiten: medewerkers van De Kempenaer zullen in trede 2 meewerken, en vanuit "
              "de Kempenklas zullen kinderen stapsgewijs terugkeren naar de eigen groep. Met de gemeenten gaan we "
              "onderwijs-zorgarrangementen uitbreiden, zodat jeugdhulp in de klas kan worden geboden."),
        ("h1", "5. Thuiszitters en kinderen zonder passende plek"),
        ("p", "We zullen elke maand met leerplicht de lijst van thuiszitters en langdurig verzuimende kinderen "
              "doornemen. Binnen twee weken na melding komt er een casustafel met ouders, school, leerplicht en het "
              "wijkteam, en de consulent houdt de regie tot het kind weer naar school gaat. Als besturen het niet eens "
              "worden, beslist de directeur-bestuurder (doorzettingsmacht)."),
        ("p", "Elk voorjaar gaan we de wachtlijsten van so, sbo en de Kempenklas analyseren, en brengen we in kaart "
              "voor welke kinderen geen passend aanbod bestaat. Het bestuur besluit vóór 1 juli over aanvullende "
              "voorzieningen; zo opent in augustus 2026 een tweede Kempenklas in Kempenhoeve."),
        # ---- hand C: formal legal style, present
        ("h1", "6. De Commissie Passende Plek: toelaatbaarheid"),
        ("p", "Artikel 6.1. Het samenwerkingsverband beslist over toelaatbaarheid tot het speciaal basisonderwijs en het "
              "speciaal onderwijs door middel van de Commissie Passende Plek (CPP). De CPP handelt namens het bestuur."),
        ("p", "Artikel 6.2. Een verzoek wordt ingediend door het bevoegd gezag van de school van inschrijving of "
              "aanmelding, vergezeld van het groeidocument, de geëvalueerde arrangementen en de zienswijze van de "
              "ouders. Het verzoek wordt binnen zes weken na ontvangst afgedaan; deze termijn kan eenmaal met vier "
              "weken worden verlengd."),
        ("p", "Artikel 6.3. Alvorens te beslissen wint de CPP het advies in van twee deskundigen, te weten een "
              "orthopedagoog of psycholoog en een tweede deskundige, afhankelijk van de problematiek. Elk van hen brengt "
              "afzonderlijk schriftelijk advies uit."),
        ("p", "Artikel 6.4. Een kind kan naar het sbo of so als aan alle drie voorwaarden is voldaan: (a) de school "
              "heeft ten minste één jaar een arrangement in trede 2 geboden en geëvalueerd; (b) de "
              "ondersteuningsbehoefte vraagt om een kleinere groep en een specialistische aanpak die de basisschool "
              "ook met inzet van het expertiseteam niet kan bieden; (c) het ontwikkelingsperspectief laat zien dat de "
              "leerling in het sbo of so beter tot ontwikkeling komt. Voor het so geldt daarnaast dat sprake is van "
              "een verstandelijke, lichamelijke of meervoudige beperking (cluster 3) of van ernstige gedrags- of "
              "psychiatrische problematiek (cluster 4)."),
        ("p", "Artikel 6.5. De toelaatbaarheidsverklaring geldt voor het sbo tot het einde van de basisschoolperiode en "
              "voor het so voor twee schooljaren. De CPP stelt de bekostigingscategorie vast."),
        ("p", "Artikel 6.6. Tegen een besluit van de CPP kan binnen zes weken bezwaar worden gemaakt bij het bestuur, "
              "dat advies inwint bij de Landelijke Bezwaaradviescommissie (LBT)."),
    ]
    b += filler_governance(c)
    b += [
        ("h1", "8. Terug naar de basisschool"),
        ("p", "Wij vinden dat een kind dat het kan, terugkeert naar een gewone basisschool, het liefst in de eigen wijk. "
              "Terugkeer is voor ons geen doel op zich, maar het vanzelfsprekende vervolg wanneer een kind zich in het "
              "sbo of so zo heeft ontwikkeld dat het met extra ondersteuning in het regulier onderwijs verder kan. "
              "Voorwaarden zijn dat ouders achter de terugkeer staan en dat een basisschool bereid is het kind op te "
              "nemen. De basisschool die het kind opneemt, krijgt een overgangsarrangement van maximaal 20 uur "
              "ambulante begeleiding gedurende een half jaar, te leveren door De Kempenaer of het so."),
        ("p", "Hoe de terugkeer precies verloopt - wie het initiatief neemt, welke evaluatiemomenten er zijn en wie "
              "besluit - werken de sbo- en so-scholen samen met het samenwerkingsverband uit in een stappenplan, dat in "
              "de loop van het schooljaar 2026-2027 beschikbaar komt."),
        ("comment", "[NB redactie: stappenplan terugkeer nog niet ontvangen van De Kempenaer.]",
         "Kunnen we niet alvast de stappen uit het oude plan overnemen? - JV", "Joost Verhagen"),
        # ---- hand D: financial, prose + table
        ("h1", "9. Middelen en meerjarenbegroting"),
        ("p", "Dommelkempen werkt met een schoolmodel. Zeventig procent van de middelen voor lichte ondersteuning gaat "
              "rechtstreeks naar de besturen: € 140 per leerling op de teldatum van 1 oktober. De overige dertig procent "
              "wordt ingezet voor arrangementen in trede 2 en 3, die de consulent toekent op basis van een "
              "ondersteuningsvraag van de school, en voor het expertiseteam. De verdeling wordt jaarlijks in de "
              "begroting door de Raad van Toezicht vastgesteld na advies van het bestuurlijk overleg."),
        ("table", [["(x € 1.000)", "2026", "2027", "2028", "2029"],
                   ["Inkomsten ondersteuningsbudget", "7.960", "7.880", "7.790", "7.710"],
                   ["Afdrachten so (DUO)", "3.020", "3.050", "3.080", "3.100"],
                   ["Sbo boven 2% (overdracht)", "610", "600", "590", "580"],
                   ["Schoolbudgetten besturen", "1.020", "1.000", "990", "975"],
                   ["Arrangementen trede 2 en 3", "1.180", "1.210", "1.240", "1.260"],
                   ["Expertiseteam", "980", "990", "1.000", "1.010"],
                   ["Kempenklas en Plusschool", "620", "680", "690", "700"],
                   ["Bureau en bestuur", "390", "395", "400", "405"],
                   ["Saldo", "140", "-45", "-200", "-320"]]),
        ("p", "Het weerstandsvermogen ligt eind 2025 op 11 procent; door de geplande tekorten daalt het tot 6 procent in "
              "2029. Besturen verantwoorden de inzet van het schoolbudget in hun jaarverslag."),
        ("h1", "10. Ambities 2030"),
        ("p", "Wat willen we in 2030 bereikt hebben voor kinderen die extra ondersteuning nodig hebben?"),
        ("ul", ["Geen enkel kind zit langer dan vier weken thuis zonder onderwijsaanbod.",
                "Het percentage kinderen in het so daalt van 2,1 naar 1,8 procent.",
                "Negen van de tien kinderen met een arrangement in trede 2 blijven op de eigen school.",
                "De wachttijd voor de Kempenklas is maximaal zes weken.",
                "Ouders geven de ondersteuning gemiddeld ten minste een 7,5."]),
        ("p", "Hoe we deze ambities gaan meten en waar we erover rapporteren, bepalen we zodra het nieuwe dashboard "
              "gereed is (verwacht: voorjaar 2027)."),
        # ---- hand E: ouders
        ("h1", "11. Ouders"),
        ("p", "Ouders worden geïnformeerd via de ouderkaart 'Wat kan mijn kind verwachten?', die elke school bij "
              "aanmelding meegeeft, via de ouderpagina op www.dommelkempen.nl met uitleg over de treden van het "
              "continuüm en de bovenschoolse voorzieningen, en via een jaarlijkse ouderavond per gemeente."),
        ("p", "Voor onafhankelijk advies kunnen ouders terecht bij het Steunpunt Ouders & Kind Dommelkempen. Het "
              "steunpunt is ondergebracht bij een stichting die los staat van de scholen en het samenwerkingsverband; "
              "een ouderadviseur kan meegaan naar gesprekken op school. Ook de Onderwijsconsulenten zijn beschikbaar "
              "bij vastgelopen situaties."),
    ]
    b += filler_personeel(dict(c, pers_title="12. Personeel"))
    b += filler_ict_privacy(dict(c, ict_title="13. ICT en privacy"))
    b += filler_planning(dict(c, plan_title="14. Jaarplanning"))
    b += [("h1", "Overige onderwerpen")] + pool("huisvesting", "opleiding", "bedrijfsvoering", "integriteit")
    b += glossary([
        ("Basisondersteuning", "Het door het samenwerkingsverband afgesproken niveau van ondersteuning dat elke school "
                               "biedt: preventieve en licht curatieve interventies, ondersteuningsstructuur, "
                               "handelingsgericht werken en basiskwaliteit."),
        ("CPP", "Commissie Passende Plek."),
        ("Monitoring", "Het volgen van de resultaten met een dashboard."),
        ("SOP", "Schoolondersteuningsprofiel."),
        ("Terugplaatsing", "Terugkeer van een kind uit het sbo of so naar het basisonderwijs."),
    ])
    return b, c


# =============================================================================================
# Plan 4 - VO, .docx -> .pdf - Samenwerkingsverband VO Zuidwaard (fictional)
# =============================================================================================

def plan4():
    c = dict(name="Samenwerkingsverband Voortgezet Onderwijs Zuidwaard", code="VO 28-04", gemeenten="Zuidwaard en Heerdijk",
             besturen="vier", vestigingen="14", leerlingen="8.640", opr_date="2 april 2026", oogo_date="10 maart 2026",
             other_swv="PO Zuidwaard-Heerdijk", gov_title="Hoofdstuk 6 - Governance")
    b = [
        ("title", "Ondersteuningsplan Zuidwaard VO 2026-2030"),
        ("sub", "Samenwerkingsverband Voortgezet Onderwijs Zuidwaard (VO 28-04) | Versie 1.2 | Met reacties OPR verwerkt"),
        ("toc", ["1. Managementsamenvatting", "2. Strategische koers", "3. Basisondersteuning op elke vestiging",
                 "4. Toelaatbaarheid vso, pro en lwoo", "5. Na de TLV", "6. Governance", "7. Financieel kader",
                 "8. Kompas 2030: resultaten en monitoring", "9. Dekkend aanbod en thuiszitters (zie jaarplan)",
                 "10. Ouders en communicatie (zie website)", "11. HRM", "12. ICT en AVG", "13. Roadmap", "Bijlage 3 Route toelaatbaarheid",
                 "Afkortingen"]),
        # ---- hand A: management-speak
        ("h1", "1. Managementsamenvatting"),
        ("p", "Zuidwaard VO staat voor een nieuwe fase. Na jaren van opbouw zetten we in op consolidatie, "
              "professionalisering en datagedreven sturing. De kernboodschap van dit plan: minder structuur, meer "
              "impact. We willen dat elke euro ondersteuningsmiddelen zichtbaar bijdraagt aan de ontwikkeling van "
              "leerlingen, en dat elke vestiging haar rol in het netwerk waarmaakt."),
        ("p", "Het plan is het resultaat van een intensief traject met stakeholders: schoolleiders, "
              "ondersteuningscoördinatoren, de OPR, de gemeenten en het PO-samenwerkingsverband. Verschillende "
              "hoofdstukken zijn aangeleverd door verschillende werkgroepen; de redactie heeft de eigen stijl van elke "
              "werkgroep zoveel mogelijk behouden."),
    ]
    b += filler_oogo_procedural(c)
    b += [
        ("p", "[Reactie gemeente Heerdijk in het OOGO: geen bezwaren tegen het concept.]"),
        ("h2", "Terugblik 2022-2026"),
        ("p", "De afgelopen planperiode stond in het teken van professionalisering van de organisatie. We hebben het "
              "aanvraagproces volledig gedigitaliseerd, een data-analist aangesteld en de rol van de consulenten "
              "herijkt: van beoordelaar naar meedenker. Ook is de samenwerking tussen de vier besturen verdiept. Waar "
              "besturen in 2022 nog vooral hun eigen koers voeren, trekken zij nu op meer terreinen samen op, "
              "bijvoorbeeld bij de scholing van mentoren en bij de inkoop van diagnostiek."),
        ("p", "Niet alles is gelukt. De invoering van het nieuwe registratiesysteem kostte meer tijd dan gepland, het "
              "verloop onder consulenten was in 2024 hoog en de communicatie over wijzigingen in werkwijzen bereikte "
              "niet altijd de werkvloer. Die lessen nemen we mee: in dit plan kiezen we voor minder nieuwe projecten en "
              "meer aandacht voor het goed uitvoeren van wat er al is. [Reactie OPR 14-1: graag ook de lessen uit de "
              "inspectiebevindingen van 2024 noemen. - Aangepast: zie hieronder.] De inspectie constateerde in 2024 dat "
              "de bestuurlijke sturing op orde is en adviseerde de verantwoording richting de besturen te versterken."),
        ("h1", "2. Strategische koers"),
        ("p", "Onze koers rust op drie pijlers: (1) sterke vestigingen, (2) slimme sturing, (3) stevige samenwerking. "
              "Sterke vestigingen betekent dat de basis overal op orde is en dat leraren zich gesteund voelen. Slimme "
              "sturing betekent dat we beslissingen nemen op basis van data. Stevige samenwerking betekent dat we "
              "de verbinding zoeken met partners in de regio."),
        ("p", "Leerlingen en hun ouders verdienen een samenwerkingsverband dat helder communiceert en betrouwbaar "
              "levert. Dat is de lat die we onszelf opleggen. In de komende vier jaar vertalen we deze koers jaarlijks in "
              "een jaarplan met concrete acties."),
    ]
    b += filler_context(c)
    b += pool("samenvatting_zacht", "leeswijzer", "landelijk")
    b += [
        # ---- hand B: orthopedagoog, detailed, present tense
        ("h1", "3. Basisondersteuning op elke vestiging"),
        ("p", "De vier besturen hebben vastgesteld dat alle veertien vestigingen, van gymnasium tot vmbo-basis, ten "
              "minste de basisondersteuning uit onderstaande tabel bieden. Dit is het gezamenlijk afgesproken "
              "minimumniveau in Zuidwaard; een vestiging mag meer bieden maar niet minder. Wat daarbovenuit gaat, valt "
              "onder extra ondersteuning."),
        ("table", [["Onderdeel", "Wat elke vestiging biedt"],
                   ["Ondersteuningsstructuur", "Een ondersteuningscoördinator (minimaal 0,4 fte per 500 leerlingen), een "
                    "mentor per klas met wekelijks mentoruur, een intern ondersteuningsteam dat minimaal zes keer per jaar bijeenkomt"],
                   ["Leren", "Dyslexie- en dyscalculiebeleid met faciliteiten (extra tijd, voorleessoftware), "
                    "remedial teaching voor lezen en rekenen in de onderbouw"],
                   ["Gedrag en welbevinden", "Een anti-pestcoördinator, een vertrouwenspersoon, een training sociale "
                    "vaardigheden en een opvangruimte met vaste begeleider tijdens lestijd"],
                   ["Executieve functies", "Huiswerkbegeleiding of studie-uur, planningscoaching voor leerlingen met een "
                    "ondersteuningsbehoefte"],
                   ["Medisch en fysiek", "Medicijnprotocol, aangepast rooster bij langdurige ziekte, toegankelijk gebouw "
                    "voor rolstoelgebruikers (uiterlijk 2028 op alle vestigingen)"],
                   ["Overgang", "Warme overdracht met het PO en met het mbo voor iedere leerling met een OPP"]]),
        ("p", "Elke twee jaar voert een auditteam van collega-ondersteuningscoördinatoren een audit uit op iedere "
              "vestiging. Vestigingen die niet aan het minimum voldoen, stellen binnen zes weken een verbeterplan op."),
        ("p", "[Reactie OPR 14-1: is de 0,4 fte haalbaar voor de kleine vestigingen? - Aangepast n.a.v. reactie: norm "
              "geldt per 500 leerlingen, met een minimum van 0,2 fte.]"),
        ("h1", "4. Toelaatbaarheid vso, pro en lwoo"),
        ("p", "De aanvraagprocedure, de termijnen en de samenstelling van de beslissende commissie zijn beschreven in "
              "Bijlage 3 'Route toelaatbaarheid'. [Opm. redactie: bijlage 3 wordt nog geactualiseerd en is in deze "
              "versie niet opgenomen.] In dit hoofdstuk beschrijven we de criteria."),
        ("h2", "4.1 Vso"),
        ("p", "Een leerling komt in aanmerking voor een toelaatbaarheidsverklaring vso als (a) de leerling een "
              "ondersteuningsbehoefte heeft op ten minste twee van de domeinen leren, gedrag, communicatie en "
              "lichamelijk functioneren, (b) de vestiging deze behoefte ook na een jaar extra ondersteuning met een "
              "geëvalueerd OPP niet kan beantwoorden, en (c) de leerling is aangewezen op een kleine groep (maximaal "
              "twaalf leerlingen) met een specialistisch pedagogisch klimaat. Een TLV vso geldt voor twee schooljaren "
              "in categorie laag; midden of hoog alleen bij een lichamelijke of meervoudige beperking."),
        ("h2", "4.2 Praktijkonderwijs"),
        ("p", "Voor pro gelden de landelijke criteria: IQ tussen 55 en 80 en een leerachterstand van ten minste drie "
              "jaar (50 procent) op ten minste twee van de domeinen inzichtelijk rekenen, begrijpend lezen, "
              "technisch lezen en spellen, waarvan één inzichtelijk rekenen of begrijpend lezen is."),
        ("h2", "4.3 Lwoo"),
        ("p", "Zuidwaard heeft gekozen voor eigen lwoo-criteria (opting out). Een leerling is aangewezen op lwoo als hij "
              "of zij een leerachterstand heeft van ten minste anderhalf jaar op begrijpend lezen of inzichtelijk "
              "rekenen én de basisschool een ondersteuningsbehoefte op werkhouding of sociaal-emotioneel functioneren "
              "onderbouwt. Een IQ-onderzoek is niet vereist. De aanwijzing geldt voor de gehele vmbo-periode."),
        ("h1", "5. Na de TLV"),
        ("p", "Voor iedere vso-leerling van wie de TLV afloopt, geldt het volgende stappenschema:"),
        ("ol", ["Stap 1 - uiterlijk 1 december van het laatste TLV-jaar bespreekt de vso-school in de OPP-evaluatie of "
                "de leerling kan overstappen naar een reguliere vo-vestiging.",
                "Stap 2 - uiterlijk 15 januari meldt de vso-school de uitkomst bij het samenwerkingsverband: overstap of "
                "verlenging.",
                "Stap 3 - bij overstap benadert de consulent van het samenwerkingsverband binnen vier weken een "
                "passende vestiging; de vestiging en de vso-school plannen een overdrachtsgesprek.",
                "Stap 4 - bij verlenging dient de vso-school vóór 1 maart een nieuwe aanvraag in; het samenwerkingsverband "
                "besluit vóór 1 mei.",
                "Stap 5 - de overstap vindt plaats per 1 augustus; de TLV eindigt op 31 juli."]),
        ("p", "[Reactie OPR 14-1: wat is ons beleid? Wanneer vinden we terugkeer wenselijk en welke ondersteuning krijgt "
              "een leerling na de overstap? - Antwoord bestuur: wordt meegenomen in de evaluatie van 2027.]"),
    ]
    b += filler_governance(c, opr_composition=False)
    b += [
        # ---- hand C: external finance bureau, anglicisms
        ("h1", "7. Financieel kader"),
        ("p", "Dit hoofdstuk is opgesteld in samenwerking met Finvisor Onderwijsadvies. De funding van Zuidwaard bestaat "
              "uit de rijksbijdrage lichte en zware ondersteuning en de middelen voor lwoo en pro. De belangrijkste "
              "cost drivers zijn de afdrachten voor vso en de doorbetaling van lwoo- en pro-middelen."),
        ("p", "Het verdeelmodel wordt in 2026 herijkt; tot die tijd geldt het model uit het vorige ondersteuningsplan. "
              "[Opm. Finvisor: uitkomst herijking volgt in Q4 2026.]"),
        ("table", [["Meerjarenbegroting (x € 1.000)", "2026", "2027", "2028", "2029"],
                   ["Rijksbijdrage lichte ondersteuning", "1.280", "1.265", "1.250", "1.235"],
                   ["Rijksbijdrage zware ondersteuning", "4.010", "3.960", "3.920", "3.880"],
                   ["Lwoo en pro", "5.350", "5.290", "5.240", "5.190"],
                   ["Totaal baten", "10.640", "10.515", "10.410", "10.305"],
                   ["Afdrachten vso", "2.940", "2.910", "2.880", "2.860"],
                   ["Doorbetaling lwoo en pro aan vestigingen", "5.350", "5.290", "5.240", "5.190"],
                   ["Budgetten extra ondersteuning vestigingen", "1.450", "1.430", "1.410", "1.390"],
                   ["Consulenten en orthopedagogen", "520", "530", "540", "550"],
                   ["Bureau, governance, huisvesting", "410", "415", "420", "425"],
                   ["Totaal lasten", "10.670", "10.575", "10.490", "10.415"],
                   ["Exploitatieresultaat", "-30", "-60", "-80", "-110"]]),
        ("p", "De algemene reserve bedraagt eind 2025 € 1,6 mln. De negatieve resultaten worden hieruit gedekt; het "
              "weerstandsvermogen blijft boven de ondergrens van 5 procent."),
        # ---- hand D: data analyst, concise
        ("h1", "8. Kompas 2030: resultaten en monitoring"),
        ("p", "Beoogde resultaten voor leerlingen met een ondersteuningsbehoefte, met indicator en streefwaarde:"),
        ("table", [["Indicator", "2024-2025 (bereikt)", "Streefwaarde 2029-2030"],
                   ["Leerlingen met extra ondersteuning die zonder vertraging overgaan", "82%", "90%"],
                   ["Leerlingen met OPP die een diploma of startkwalificatie behalen", "74%", "80%"],
                   ["Deelname vso", "3,1%", "2,8%"],
                   ["Doorlooptijd TLV-besluit (mediaan, weken)", "7", "5"],
                   ["Tevredenheid vestigingen over consulenten", "7,1", "7,8"]]),
        ("p", "Monitoring gebeurt per kwartaal: de data-analist stelt een kwartaalrapportage op uit het leerlingvolgsysteem, "
              "DUO-gegevens en de registratie van het samenwerkingsverband. De rapportage wordt besproken in het "
              "directeurenoverleg en met de Raad van Toezicht; eenmaal per jaar worden de bereikte resultaten in het "
              "jaarverslag verantwoord en in een evaluatiesessie met de ondersteuningscoördinatoren geduid. Blijft een "
              "indicator achter, dan stelt de directeur-bestuurder een verbeteractie vast die in het volgende jaarplan "
              "wordt opgenomen."),
        ("h1", "9. Dekkend aanbod en thuiszitters"),
        ("p", "Zie het jaarplan 2026-2027."),
        ("h1", "10. Ouders en communicatie"),
        ("p", "Zie www.zuidwaard-vo.nl."),
    ]
    b += filler_personeel(dict(c, pers_title="11. HRM"))
    b += filler_ict_privacy(dict(c, ict_title="12. ICT en AVG"))
    b += filler_planning(dict(c, plan_title="13. Roadmap"))
    b += [("h1", "Overige onderwerpen")] + pool("kennis", "opleiding", "bedrijfsvoering", "integriteit")
    b += [("h1", "Afkortingen"),
          ("table", [["Afkorting", "Betekenis"], ["LWOO", "Leerwegondersteunend onderwijs"], ["OJSP", "Ouder- en jeugdsteunpunt"],
                     ["OPDC", "Orthopedagogisch-didactisch centrum"], ["OZA", "Onderwijs-zorgarrangement"],
                     ["PrO", "Praktijkonderwijs"], ["TLV", "Toelaatbaarheidsverklaring"], ["VSO", "Voortgezet speciaal onderwijs"]])]
    return b, c


# =============================================================================================
# Plan 5 - PO, .html (web version) - Samenwerkingsverband Eemvallei Noord (fictional)
# =============================================================================================

def plan5():
    c = dict(name="Samenwerkingsverband Eemvallei Noord", code="PO 26-11", gemeenten="Eemhoven, Baarnstee en Soestwijk",
             besturen="zeven", vestigingen="41", leerlingen="9.720", opr_date="19 maart 2026", oogo_date="5 maart 2026",
             other_swv="VO Eemvallei", gov_title="Zo zijn we georganiseerd")
    b = [
        ("title", "Ondersteuningsplan 2026-2030 - webversie"),
        ("sub", "Samenwerkingsverband Eemvallei Noord, passend onderwijs PO 26-11. Deze webversie is gelijk aan de door de "
                "OPR ingestemde tekst; de pdf-versie is te downloaden onderaan deze pagina."),
        ("toc", ["Welkom", "Waar we vandaan komen", "Waar we naartoe willen", "Basisondersteuning", "Toelaatbaarheid (TLV)",
                 "Terug naar de wijk", "Geen kind thuis", "Wat willen we bereiken?", "Vinger aan de pols",
                 "Zo zijn we georganiseerd", "Geld", "Ouders", "Onze mensen", "Digitaal en privacy", "Tijdpad", "Begrippen"]),
        # ---- hand A: welcoming web text, 'jij'
        ("h1", "Welkom"),
        ("p", "Fijn dat je de webversie van ons ondersteuningsplan leest. We hebben geprobeerd het plan zo te schrijven "
              "dat iedereen het kan volgen: leraren, intern begeleiders, bestuurders, en natuurlijk ouders. Waar het "
              "toch technisch wordt, leggen we begrippen uit in de lijst onderaan de pagina."),
        ("p", "Dit plan is door meerdere mensen geschreven. Sommige stukken zijn zakelijk, andere juist persoonlijk. Wat "
              "ze gemeen hebben: ze gaan over kinderen die iets extra's nodig hebben om tot bloei te komen."),
        ("h1", "Waar we vandaan komen"),
        ("p", "Eemvallei Noord bestaat sinds 2014. In de eerste jaren lag de nadruk op het opbouwen van een organisatie en "
              "het verdelen van geld. De tweede planperiode stond in het teken van samenwerking met de gemeenten. In de "
              "afgelopen periode hebben we vooral geleerd hoe belangrijk het is dat kinderen niet thuis komen te zitten "
              "en dat ze - als ze in het speciaal onderwijs zijn geweest - ook weer terug kunnen."),
    ]
    b += filler_context(c)
    b += pool("samenvatting_zacht", "landelijk")
    b += filler_oogo_procedural(c)
    b += [
        ("h2", "Onze scholen"),
        ("p", "Bij Eemvallei Noord zijn zeven besturen aangesloten: vier stichtingen voor openbaar en algemeen "
              "toegankelijk onderwijs, twee voor katholiek en protestants-christelijk onderwijs en één voor "
              "reformatorisch onderwijs. De kleinste school telt 48 leerlingen, de grootste bijna 600. Ongeveer een "
              "derde van de scholen is onderdeel van een integraal kindcentrum, waarin kinderopvang en onderwijs onder "
              "één dak zitten. Een aantal scholen werkt met een Daltonconcept, enkele met Jenaplan, de meeste scholen "
              "werken klassikaal met leerstofjaarklassen."),
        ("p", "Die verscheidenheid is een kracht, maar maakt afstemming ook ingewikkeld. Besturen hebben hun eigen "
              "strategische plannen en hun eigen kwaliteitszorg. Het samenwerkingsverband respecteert die autonomie, "
              "maar vraagt van besturen wel dat zij zich houden aan de gezamenlijke afspraken uit dit plan. [wijziging "
              "webredactie 12-03: alinea over fusiegesprekken tussen twee besturen verwijderd op verzoek van de besturen]"),
        ("h1", "Waar we naartoe willen"),
        ("p", "Onze stip op de horizon: in 2030 gaat elk kind in de Eemvallei naar school, zo dicht mogelijk bij huis. We "
              "geloven in inclusie, maar zijn daarin realistisch: voor sommige kinderen is een gespecialiseerde school de "
              "beste plek. Belangrijk is dat die plek nooit een eindstation hoeft te zijn."),
        # ---- hand B: formal, short
        ("h1", "Basisondersteuning"),
        ("p", "Jaarlijks bezoekt de kwaliteitsmedewerker van het samenwerkingsverband elke school en bespreekt met de "
              "directeur en de intern begeleider aan de hand van het schoolondersteuningsprofiel of de school de "
              "basisondersteuning levert die zij in dat profiel belooft. Een school die op onderdelen achterblijft, stelt "
              "binnen drie maanden een verbeterplan op; de directeur-bestuurder bespreekt dit met het schoolbestuur."),
        ("p", "Een gezamenlijke norm voor basisondersteuning die voor alle scholen in Eemvallei Noord geldt, stellen we vast "
              "zodra de landelijke norm basisondersteuning bekend is (verwacht: 2027). [wijziging webredactie 12-03: "
              "zin over 'tien standaarden' verwijderd]"),
        ("h1", "Toelaatbaarheid (TLV)"),
        ("p", "Voor de aanvraag van een toelaatbaarheidsverklaring voor het sbo of so verwijzen we naar de routekaart "
              "op onze website (Routekaart TLV, versie 2025). Daar staan ook de formulieren."),
        # ---- hand C: warm, narrative, present tense, 'we'
        ("h1", "Terug naar de wijk"),
        ("p", "We willen dat kinderen die op het sbo of so zitten, terug kunnen naar een basisschool in hun eigen wijk "
              "zodra dat kan. Dat is ons beleid: een verblijf in het speciaal (basis)onderwijs is tijdelijk, tenzij de "
              "ontwikkeling van het kind laat zien dat het daar blijvend het best op zijn plek is. Een kind gaat terug "
              "als het OPP laat zien dat het de leerdoelen van de basisschool kan volgen en als de ondersteuning die "
              "het dan nog nodig heeft op een basisschool kan worden geboden."),
        ("p", "Zo gaat het in zijn werk. Een half jaar voor de einddatum van de toelaatbaarheidsverklaring nodigt de sbo- "
              "of so-school de ouders, de consulent van het samenwerkingsverband en - als er al een school in beeld is - "
              "de beoogde basisschool uit voor een perspectiefgesprek. Daarin wordt besproken of terugkeer haalbaar is. "
              "De sbo- of so-school neemt dus het initiatief. Binnen vier weken na het gesprek adviseert de consulent de "
              "directeur-bestuurder, die besluit over terugkeer of over een nieuwe verklaring. Bij terugkeer volgt een "
              "wenperiode van zes weken waarin het kind een of twee dagen per week op de nieuwe school is."),
        ("p", "Na de terugkeer krijgt de basisschool een jaar lang begeleiding van een ambulant begeleider van de sbo- "
              "of so-school en kan ze een beroep doen op de consulent. Na drie maanden en aan het eind van het schooljaar "
              "evalueren ouders, school en consulent of het goed gaat. In 2024-2025 keerden elf kinderen terug."),
        ("h1", "Geen kind thuis"),
        ("p", "Elke maand komt de Thuiszitterstafel bijeen: de consulenten, de leerplichtambtenaren van de drie "
              "gemeenten, een medewerker van het sociaal team en een jeugdarts. Iedere school meldt een kind dat langer "
              "dan tien schooldagen verzuimt. De tafel maakt binnen twee weken een plan met een eigenaar en een datum. "
              "Als besturen het niet eens worden over wie het kind een plek biedt, besluit de directeur-bestuurder "
              "(doorzettingsmacht)."),
        ("p", "Twee keer per jaar analyseren we de meldingen en de wachttijden van de gespecialiseerde voorzieningen. "
              "Blijkt dat er voor een groep kinderen structureel geen passend aanbod is, dan legt de directeur-bestuurder "
              "het bestuur binnen drie maanden een voorstel voor. Met de gemeenten is in het OOGO afgesproken dat "
              "jeugdhulp in onderwijstijd kan worden ingezet als dat een kind helpt om weer naar school te gaan."),
        # ---- hand D: results, unusual wording
        ("h1", "Wat willen we bereiken?"),
        ("p", "Voor kinderen met een ondersteuningsbehoefte willen we in 2030 het volgende zien:"),
        ("ul", ["geen enkel kind langer dan drie maanden zonder onderwijs (nu: 7 kinderen in 2024-2025);",
                "ten minste 15 kinderen per jaar die vanuit het sbo of so terugkeren naar de wijk (nu: 11);",
                "negen op de tien ouders die zeggen dat de school hun kind goed helpt (nu: 78 procent);",
                "ten minste 85 procent van de kinderen met een OPP die de uitstroombestemming halen die in het OPP staat."]),
        ("h1", "Vinger aan de pols"),
        ("p", "Hoe weten we of het lukt? Elk half jaar maken we een monitor met de cijfers van de Thuiszitterstafel, "
              "de terugkeer, de OPP-uitstroom en de oudertevredenheid, die we in het voorjaar via een korte "
              "vragenlijst onder ouders ophalen. De monitor bespreken we met het bestuur en met de OPR. In het jaarverslag "
              "laten we zien welke doelen gehaald zijn en welke niet, en wat we daaraan doen."),
    ]
    b += filler_governance(c)
    b += [
        ("h1", "Geld"),
        ("htmlcomment", "OUD (niet publiceren): verdeelmodel 2022-2026: EUR 150 per leerling naar besturen, rest naar "
                        "arrangementen; meerjarenbegroting zie tabel 4."),
        ("p", "De begroting en het verdeelmodel worden jaarlijks door het bestuur vastgesteld in afzonderlijke documenten. "
              "Je vindt ze op de pagina 'Geld' van deze website."),
        # ---- hand E: ouders
        ("h1", "Ouders"),
        ("p", "Hoe we ouders informeren over het ondersteuningsaanbod, leggen we vast in het communicatieplan 2026, dat nu "
              "in voorbereiding is."),
        ("p", "Loop je vast, of ben je het niet eens met de school of met ons? Dan kun je terecht bij het Ouder- en "
              "Jeugdsteunpunt Eemvallei. Het steunpunt is onafhankelijk: de medewerkers werken niet voor een school of "
              "voor het samenwerkingsverband en kiezen alleen de kant van het kind. Ze denken met je mee, gaan mee naar "
              "een gesprek op school en helpen als je een klacht wilt indienen. Het steunpunt bundelt signalen van "
              "ouders en legt die twee keer per jaar voor aan ons bestuur. Je bereikt het steunpunt via 035-6021144 of "
              "via het contactformulier op steunpunteemvallei.nl."),
    ]
    b += filler_personeel(dict(c, pers_title="Onze mensen"))
    b += filler_ict_privacy(dict(c, ict_title="Digitaal en privacy"))
    b += filler_planning(dict(c, plan_title="Tijdpad"))
    b += [("h1", "Overige onderwerpen")] + pool("kennis", "huisvesting", "opleiding", "bedrijfsvoering", "integriteit", "leeswijzer")
    b += glossary([
        ("Arrangement", "Extra ondersteuning voor een kind of een groep, aangevraagd bij het samenwerkingsverband."),
        ("Dekkend aanbod", "Een samenhangend geheel van voorzieningen, van basisondersteuning tot speciaal onderwijs."),
        ("Meerjarenbegroting", "Begroting voor meerdere jaren vooruit."),
        ("TLV", "Toelaatbaarheidsverklaring; nodig voor plaatsing op het sbo of so. Criteria: zie routekaart."),
        ("Verdeelmodel", "De manier waarop het geld over de scholen wordt verdeeld."),
    ])
    return b, c


# =============================================================================================
# Near-miss - school-level ondersteuningsplan of one primary school (not an SWV plan)
# =============================================================================================

def nearmiss():
    b = [
        ("title", "Ondersteuningsplan IKC De Wilgenhoek 2025-2026"),
        ("sub", "Intern document van het team - basisschool en kinderopvang De Wilgenhoek, Eemhoven. Vastgesteld door de "
                "directie na advies van de MR."),
        ("toc", ["1. Inleiding", "2. Onze visie op ondersteuning", "3. Basisondersteuning op De Wilgenhoek",
                 "4. De zorgniveaus", "5. Groeps- en leerlingbesprekingen", "6. Extra ondersteuning en het samenwerkingsverband",
                 "7. Toelaatbaarheid en terugplaatsing", "8. Ouders", "9. Middelen", "10. Resultaten en evaluatie",
                 "11. Jaarplanning intern begeleider"]),
        ("h1", "1. Inleiding"),
        ("p", "Dit ondersteuningsplan beschrijft hoe wij op IKC De Wilgenhoek de ondersteuning aan onze 312 leerlingen "
              "organiseren. Het plan is bedoeld voor leerkrachten, onderwijsassistenten en de intern begeleider, en geeft "
              "houvast bij het signaleren, bespreken en begeleiden van leerlingen. Het plan wordt elk schooljaar "
              "bijgesteld. Ons schoolondersteuningsprofiel (SOP) is een afgeleide van dit plan en staat in de schoolgids."),
        ("p", "De Wilgenhoek maakt deel uit van stichting Eemkring en is aangesloten bij Samenwerkingsverband Eemvallei "
              "Noord. Het ondersteuningsplan van het samenwerkingsverband vormt het kader; dit document beschrijft de "
              "uitwerking op onze school."),
        ("h1", "2. Onze visie op ondersteuning"),
        ("p", "Wij werken handelingsgericht: we kijken naar wat een kind nodig heeft, niet naar wat het mankeert. De "
              "leerkracht is de spil; de intern begeleider ondersteunt en coacht. Ouders zijn ervaringsdeskundigen en "
              "worden vanaf het eerste signaal betrokken. We werken in zes combinatiegroepen en twee kleutergroepen."),
        ("h1", "3. Basisondersteuning op De Wilgenhoek"),
        ("p", "Onze basisondersteuning omvat: een intern begeleider (drie dagen per week), een dyslexieprotocol, een "
              "rekenspecialist, de Kanjertraining in alle groepen, een plusgroep op vrijdagochtend en een "
              "onderwijsassistent die in groep 3 en 4 verlengde instructie geeft. Het niveau is vastgesteld door het "
              "bestuur van Eemkring en wordt jaarlijks in de schoolgids beschreven."),
        ("h1", "4. De zorgniveaus"),
        ("ul", ["Niveau 1: goed lesgeven in de groep - basisaanbod voor alle leerlingen.",
                "Niveau 2: extra begeleiding in de groep door de leerkracht (verlengde instructie, pre-teaching).",
                "Niveau 3: specifieke interventies na bespreking met de intern begeleider, vastgelegd in een groepsplan.",
                "Niveau 4: inschakeling van externe deskundigen, zoals de consulent van het samenwerkingsverband of de "
                "schoolmaatschappelijk werker; eventueel een ontwikkelingsperspectief.",
                "Niveau 5: verwijzing naar speciaal (basis)onderwijs via het samenwerkingsverband."]),
        ("h1", "5. Groeps- en leerlingbesprekingen"),
        ("p", "Drie keer per jaar - in oktober, februari en juni - houdt de intern begeleider met elke leerkracht een "
              "groepsbespreking. Hierin worden de toetsresultaten, de observaties en het welbevinden van de groep "
              "besproken. Leerlingen die opvallen, worden besproken in een leerlingbespreking. Daarvan wordt een verslag "
              "gemaakt in het leerlingvolgsysteem. Zes keer per jaar is er een zorgoverleg met de schoolmaatschappelijk "
              "werker en de jeugdverpleegkundige."),
        ("p", "Na elke toetsperiode analyseert het team de resultaten op schoolniveau. De intern begeleider maakt een "
              "trendanalyse en bespreekt die in de teamvergadering. De uitkomsten worden vertaald in de groepsplannen "
              "voor het volgende halfjaar."),
        ("h1", "6. Extra ondersteuning en het samenwerkingsverband"),
        ("p", "Als de basisondersteuning niet toereikend is, vraagt de intern begeleider een arrangement aan bij het "
              "samenwerkingsverband. De consulent van het samenwerkingsverband komt dan op school voor een "
              "observatie en een gesprek met ouders en leerkracht. Toegekende arrangementen worden uitgevoerd door onze "
              "eigen onderwijsassistent of door een ambulant begeleider. Vorig schooljaar hadden wij vijf arrangementen."),
        ("h1", "7. Toelaatbaarheid en terugplaatsing"),
        ("p", "Als een leerling is aangewezen op het sbo of so, vraagt onze directeur namens het bestuur een "
              "toelaatbaarheidsverklaring aan bij het samenwerkingsverband. De intern begeleider stelt het dossier samen. "
              "Het samenwerkingsverband beslist. Komt een leerling na een periode in het sbo of so terug, dan zorgen wij "
              "voor een warme overdracht met de school van herkomst en plannen we na zes weken een evaluatie."),
        ("h1", "8. Ouders"),
        ("p", "Ouders worden uitgenodigd bij elk gesprek over hun kind. Bij niveau 3 en hoger tekenen ouders voor akkoord "
              "op het plan. Informatie over de ondersteuning op onze school staat in de schoolgids en op de website. "
              "Ouders die een klacht hebben, kunnen terecht bij de vertrouwenspersoon van de school of bij de "
              "klachtencommissie van Eemkring."),
        ("h1", "9. Middelen"),
        ("p", "De school ontvangt van het bestuur een budget uit de middelen van het samenwerkingsverband van ongeveer "
              "€ 48.000 per jaar. Daarvan bekostigen wij de onderwijsassistent (0,6 fte), de plusgroep en scholing van "
              "het team in handelingsgericht werken."),
        ("h1", "10. Resultaten en evaluatie"),
        ("p", "Aan het eind van het schooljaar evalueert het team dit plan. Wij streven ernaar dat ten minste 85 procent "
              "van de leerlingen in groep 8 het referentieniveau 1F haalt voor lezen en rekenen, en dat de "
              "eindtoetsresultaten op of boven de signaleringswaarde van de inspectie liggen."),
        ("h1", "11. Jaarplanning intern begeleider"),
        ("table", [["Maand", "Activiteit"], ["September", "Startgesprekken met ouders, overdracht groepen"],
                   ["Oktober", "Groepsbesprekingen ronde 1"], ["Januari/februari", "Midden-toetsen, trendanalyse, groepsbesprekingen ronde 2"],
                   ["Maart", "Adviesgesprekken groep 8"], ["Juni", "Eindtoetsen, groepsbesprekingen ronde 3, evaluatie plan"]]),
    ]
    return b


# =============================================================================================
# Labels
# =============================================================================================

CRIT = [("basisondersteuning", "niveau"), ("basisondersteuning", "inhoud"), ("plaatsing", "procedure"),
        ("plaatsing", "criteria"), ("terugstroom", "procedure"), ("terugstroom", "beleid"), ("financien", "verdeling"),
        ("financien", "besteding"), ("dekkend-aanbod", "continuum"), ("dekkend-aanbod", "lacunes"),
        ("resultaten", "doelen"), ("resultaten", "monitoring"), ("ouders", "informatie"), ("ouders", "steunpunt")]
ELEMENTS = ["basisondersteuning", "plaatsing", "terugstroom", "financien", "dekkend-aanbod", "resultaten", "ouders"]


def status(crit, adv, el):
    vals = [crit[f"{el}.{k}"] for (e, k) in CRIT if e == el]
    if all(vals):
        return "present"
    if any(vals) or adv.get(el):
        return "partial"
    return "missing"


def write_label(name, documents, sector, true_crits, adv, notes):
    crit = {f"{e}.{k}": (f"{e}.{k}" in true_crits) for e, k in CRIT}
    for t in true_crits:
        assert t in crit, t
    els = {el: status(crit, adv, el) for el in ELEMENTS}
    lines = [f"documents: [{', '.join(documents)}]", f"sector: {sector}", "looks_like_plan: true",
             "elements: {" + ", ".join(f"{k}: {v}" for k, v in els.items()) + "}", "criteria:"]
    lines += [f"  {k}: {'true' if v else 'false'}" for k, v in crit.items()]
    lines.append("advisory_addressed:")
    lines += [f"  {k}: [{', '.join(v)}]" for k, v in adv.items() if v]
    lines.append("notes:")
    for k in ELEMENTS:
        lines.append(f"  {k}: \"{notes[k]}\"")
    (OUT / f"{name}.expected.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return els


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    report = {}

    # ---- Plan 1: PO docx
    b, c = plan1()
    render_docx(b, OUT / "po-lingeboog-op-2026-2030.docx",
                header="De Lingeboog | Ondersteuningsplan 2026-2030 | basisondersteuning - toelaatbaarheid - terugplaatsing - middelen",
                footer="Concept 0.9 - ter instemming OPR - resultaten en ouders: zie hoofdstuk 7 en 8")
    report["po-lingeboog-op-2026-2030.docx"] = words(b)
    write_label("po-lingeboog-op-2026-2030", ["po-lingeboog-op-2026-2030.docx"], "po",
                ["basisondersteuning.niveau", "basisondersteuning.inhoud", "plaatsing.procedure", "terugstroom.procedure",
                 "terugstroom.beleid", "financien.verdeling", "dekkend-aanbod.continuum", "dekkend-aanbod.lacunes",
                 "ouders.informatie"],
                {"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
                 "financien": ["verantwoording"], "dekkend-aanbod": ["ketenpartners"], "ouders": ["betrokkenheid"]},
                {"basisondersteuning": "H3 Lingeboog-standaard: agreed minimum for every vestiging plus 10 concrete standards; kwaliteitsgesprek = borging.",
                 "plaatsing": "H5.1 numbered procedure (loket, two deskundigen, CvT within 6 weeks, duration, LBT); H5.2 criteria text is struck through in brackets and new criteria are deferred to 2026-2027, so criteria not addressed.",
                 "terugstroom": "Hidden in H5.3 Einde van de TLV inside the TLV chapter: evaluatie-MDO before 1 Feb, CvT decides by 1 April; policy aim, conditions and terugkeerarrangement (6 months AB, EUR 2.500).",
                 "financien": "H10: verdeelmodel EUR 165 per leerling + vaste voet, arrangementen via loket; meerjarenbegroting only in absent bijlage 5 with controller note that figures follow, so besteding not addressed.",
                 "dekkend-aanbod": "H4 five layers (basis, arrangement, De Brug/plusklas/taalklas, sbo, so) = continuum; H6 thuiszitters route, doorzettingsmacht and twice-yearly wachtlijst/gap overview = lacunes.",
                 "resultaten": "H7 only contains a bracketed deferral to autumn 2026 and a Word comment; resultaatgericht in visie and glossary entry do not count.",
                 "ouders": "H8 Communicatie (je-form): ouderpagina, folder, info evenings, schoolgids = informatie; independent steunpunt is a placeholder [naam steunpunt invullen] and only named in a Word comment."})

    # ---- Plan 2: VO docx
    b, c = plan2()
    render_docx(b, OUT / "vo-venen-en-vaart-op-2026-2030.docx",
                header="SWV VO Venen en Vaart - Ondersteuningsplan 2026-2030",
                footer="Terugplaatsing, dekkend aanbod en thuiszitters: zie begrippenlijst")
    report["vo-venen-en-vaart-op-2026-2030.docx"] = words(b)
    write_label("vo-venen-en-vaart-op-2026-2030", ["vo-venen-en-vaart-op-2026-2030.docx"], "vo",
                ["basisondersteuning.niveau", "plaatsing.procedure", "plaatsing.criteria", "financien.verdeling",
                 "financien.besteding", "dekkend-aanbod.continuum", "resultaten.doelen", "resultaten.monitoring",
                 "ouders.informatie", "ouders.steunpunt"],
                {"plaatsing": ["deskundigen", "duur-categorie", "bezwaar"], "financien": ["reserves", "verantwoording"],
                 "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
                {"basisondersteuning": "H3 defines it as the agreed minimum for every vestiging (niveau), but the concrete content is deferred to a kwaliteitskaart to be drafted in 2026-2027 and to school SOP websites.",
                 "plaatsing": "H5 CTA, 4 steps, two deskundigen, 8 weeks; vso criteria list; lwoo and pro national criteria with dates; TLV 2 years, categorie; LBT bezwaar.",
                 "terugstroom": "No text on return from vso; only glossary entry Terugplaatsing and footer; OPDC return to own school (table, indicator) is not vso terugstroom.",
                 "financien": "H7 Geld en middelen: EUR 118 per leerling + vaste voet, arrangement tariffs, lwoo/pro pass-through; meerjarenbegroting table 2026-2029; reserve afbouw; verantwoording format.",
                 "dekkend-aanbod": "H4 table of treden (arrangement, lwoo, pro, OPDC, rebound, vso) = continuum; whether the offer is dekkend and handling pupils without a place is deferred to 2027, Thuiszitterspact only a passing mention.",
                 "resultaten": "H8 (future tense) table with nulmeting and streefwaarde 2030, dashboard twice a year, reporting to RvT/OPR and jaarverslag.",
                 "ouders": "H9 u-form: Ondersteuningswijzer website, schoolgids, brochure, info evening; independent Ouder- en Jongerenpunt, Onderwijsconsulenten, Geschillencommissie."})

    # ---- Plan 3: PO docx -> pdf
    b, c = plan3()
    d3 = OUT / "po-dommelkempen-op-2026-2030.docx"
    render_docx(b, d3, header="Dommelkempen - Elk kind een plek - Ondersteuningsplan 2026-2030",
                footer="Stichting Samenwerkingsverband Passend Onderwijs Dommelkempen PO 30-08")
    to_pdf(d3)
    report["po-dommelkempen-op-2026-2030.docx/.pdf"] = words(b)
    write_label("po-dommelkempen-op-2026-2030", ["po-dommelkempen-op-2026-2030.docx", "po-dommelkempen-op-2026-2030.pdf"], "po",
                ["plaatsing.procedure", "plaatsing.criteria", "terugstroom.beleid", "financien.verdeling",
                 "financien.besteding", "dekkend-aanbod.continuum", "dekkend-aanbod.lacunes", "resultaten.doelen",
                 "ouders.informatie", "ouders.steunpunt"],
                {"plaatsing": ["deskundigen", "duur-categorie", "bezwaar"], "financien": ["reserves", "verantwoording"],
                 "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
                {"basisondersteuning": "H3 only refers to the SOPs on school websites and a bracketed editor note deferring a common level; trede 1 in H4 points to the SOP; the definition exists only in the Woordenlijst and the TOC.",
                 "plaatsing": "H6 legal-style articles: Commissie Passende Plek, request by bevoegd gezag, 6 weeks, two deskundigen, three conditions (art. 6.4) as criteria, duration, LBT.",
                 "terugstroom": "H8 Terug naar de basisschool states policy, conditions and overgangsarrangement, but the procedure (initiative, evaluation moments, decision) is deferred to a stappenplan in 2026-2027.",
                 "financien": "H9 schoolmodel: 70 pct via EUR 140 per leerling, 30 pct arrangementen via consulent, RvT decides; meerjarenbegroting table 2026-2029; weerstandsvermogen.",
                 "dekkend-aanbod": "H4 four treden incl. Kempenklas, Plusschool, sbo, so; H5 monthly thuiszitters review, casustafel, doorzettingsmacht, yearly wachtlijst analysis.",
                 "resultaten": "H10 Ambities 2030 list measurable goals, but how they are measured and reported is deferred until the dashboard (spring 2027).",
                 "ouders": "H11: ouderkaart, ouderpagina, ouderavond; independent Steunpunt Ouders en Kind and Onderwijsconsulenten."})

    # ---- Plan 4: VO docx -> pdf
    b, c = plan4()
    d4 = OUT / "vo-zuidwaard-op-2026-2030.docx"
    render_docx(b, d4, header="Zuidwaard VO | Ondersteuningsplan 2026-2030 | Ouders - Dekkend aanbod - Thuiszitters",
                footer="Samenwerkingsverband Voortgezet Onderwijs Zuidwaard VO 28-04 - versie 1.2")
    to_pdf(d4)
    report["vo-zuidwaard-op-2026-2030.docx/.pdf"] = words(b)
    write_label("vo-zuidwaard-op-2026-2030", ["vo-zuidwaard-op-2026-2030.docx", "vo-zuidwaard-op-2026-2030.pdf"], "vo",
                ["basisondersteuning.niveau", "basisondersteuning.inhoud", "plaatsing.criteria", "terugstroom.procedure",
                 "financien.besteding", "resultaten.doelen", "resultaten.monitoring"],
                {"basisondersteuning": ["borging"], "plaatsing": ["duur-categorie"], "financien": ["reserves"],
                 "resultaten": ["meetbaar"]},
                {"basisondersteuning": "H3: agreed minimum for all 14 vestigingen stated in prose; concrete content only in the table (structuur, leren, gedrag, medisch); two-yearly audit = borging.",
                 "plaatsing": "H4 criteria for vso, pro (national) and own lwoo criteria (opting out, duration); the procedure, termijnen and deciding commission are only in absent Bijlage 3.",
                 "terugstroom": "H5 Na de TLV: five dated steps from OPP evaluation to 31 July; policy (when return is desirable, support after return) is only asked in an OPR comment and deferred to 2027.",
                 "financien": "H7 meerjarenbegroting table with amounts = besteding; the verdeelmodel is being herijkt and refers to the previous plan, so verdeling not addressed.",
                 "dekkend-aanbod": "H9 says only Zie het jaarplan; OOGO appears only procedurally (date, no objections); dekkend aanbod/OPDC/OZA only in TOC and afkortingen.",
                 "resultaten": "H8 Kompas 2030 table with achieved 2024-2025 and streefwaarde; quarterly rapportage, jaarverslag, verbeteractie.",
                 "ouders": "H10 says only Zie www.zuidwaard-vo.nl; ouders occur only in passing in the koers text; OPR without composition; OJSP only in afkortingen and header; the vertrouwenspersoon in the H3 table is school basisondersteuning for pupils, not independent help for parents."})

    # ---- Plan 5: PO html
    b, c = plan5()
    render_html(b, OUT / "po-eemvallei-noord-op-2026-2030.html", "Ondersteuningsplan 2026-2030 - Eemvallei Noord")
    report["po-eemvallei-noord-op-2026-2030.html"] = words(b)
    write_label("po-eemvallei-noord-op-2026-2030", ["po-eemvallei-noord-op-2026-2030.html"], "po",
                ["terugstroom.procedure", "terugstroom.beleid", "dekkend-aanbod.lacunes", "resultaten.doelen",
                 "resultaten.monitoring", "ouders.steunpunt"],
                {"basisondersteuning": ["borging"], "terugstroom": ["monitoring"], "dekkend-aanbod": ["ketenpartners"],
                 "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
                {"basisondersteuning": "Section Basisondersteuning only describes the yearly check against each school's own SOP (borging); a common norm is deferred to 2027, so neither niveau nor inhoud.",
                 "plaatsing": "Section Toelaatbaarheid only refers to the Routekaart TLV on the website; criteria only in the glossary (zie routekaart) and nav menu.",
                 "terugstroom": "Section Terug naar de wijk (unusual wording): policy and conditions, perspectiefgesprek half a year before TLV end, consulent advises, directeur-bestuurder decides, support and evaluations; 11 returns in 2024-2025.",
                 "financien": "Section Geld refers to separate documents on the website; the only verdeelmodel/begroting text sits in an invisible HTML comment marked OUD; accountant/jaarrekening and reserves in filler concern the SWV office only in passing; nav/footer words do not count.",
                 "dekkend-aanbod": "Section Geen kind thuis: Thuiszitterstafel, plan within 2 weeks, doorzettingsmacht, twice-yearly analysis and proposals; no description of the set of provisions (only glossary).",
                 "resultaten": "Sections Wat willen we bereiken? (targets with current figures) and Vinger aan de pols (half-yearly monitor, jaarverslag).",
                 "ouders": "Section Ouders: informing parents is deferred to a communicatieplan in preparation; independent Ouder- en Jeugdsteunpunt Eemvallei described with contact details."})

    # ---- Near-miss: school-level ondersteuningsplan
    b = nearmiss()
    render_docx(b, OUT / "ikc-wilgenhoek-ondersteuningsplan-2025-2026.docx",
                header="IKC De Wilgenhoek - Ondersteuningsplan 2025-2026", footer="Intern document")
    report["ikc-wilgenhoek-ondersteuningsplan-2025-2026.docx"] = words(b)
    (OUT / "ikc-wilgenhoek-ondersteuningsplan-2025-2026.expected.yaml").write_text(
        "documents: [ikc-wilgenhoek-ondersteuningsplan-2025-2026.docx]\n"
        "sector: po\n"
        "looks_like_plan: false\n"
        "elements: {}\n"
        "criteria: {}\n"
        "notes:\n"
        "  document: \"School-level ondersteuningsplan of one basisschool (zorgniveaus 1-5, groepsbesprekingen, IB "
        "jaarplanning); it names the samenwerkingsverband only as the framework it belongs to. No SWV code, OPR, OOGO or "
        "planperiode of a verband.\"\n", encoding="utf-8")

    for k, v in report.items():
        print(f"{v:6d} words  {k}")


if __name__ == "__main__":
    main()
