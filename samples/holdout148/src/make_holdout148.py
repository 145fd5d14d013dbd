#!/usr/bin/env python3
"""Generate holdout148: five fictional ondersteuningsplannen (PO/VO) and one near-miss document.

Deterministic, no network. Output goes to the parent folder of this script's folder.
PDFs are rendered from temporary .docx files with LibreOffice (soffice --headless).
"""
import html
import shutil
import subprocess
import tempfile
from pathlib import Path

from docx import Document
from docx.shared import Pt

OUT = Path(__file__).resolve().parent.parent

# ---------------------------------------------------------------------------
# Block helpers: a document is a list of (kind, payload) tuples.
# kinds: title, toc, h1, h2, p, ul, table, pb
# ---------------------------------------------------------------------------


def H1(t):
    return ("h1", t)


def H2(t):
    return ("h2", t)


def P(t):
    return ("p", t)


def UL(*items):
    return ("ul", list(items))


def TABLE(rows):
    return ("table", rows)


def TOC(*items):
    return ("toc", list(items))


def TITLE(*lines):
    return ("title", list(lines))


PB = ("pb", None)


def write_docx(blocks, path, header_text):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = header_text
    sec.footer.paragraphs[0].text = header_text + " - versie ter vaststelling"
    for kind, val in blocks:
        if kind == "title":
            for i, line in enumerate(val):
                if i == 0:
                    doc.add_heading(line, level=0)
                else:
                    doc.add_paragraph(line)
        elif kind == "toc":
            doc.add_paragraph("Inhoudsopgave").runs[0].bold = True
            for i, item in enumerate(val):
                doc.add_paragraph(f"{item}\t{3 + 2 * i}")
        elif kind == "h1":
            doc.add_heading(val, level=1)
        elif kind == "h2":
            doc.add_heading(val, level=2)
        elif kind == "p":
            doc.add_paragraph(val)
        elif kind == "ul":
            for it in val:
                doc.add_paragraph(it, style="List Bullet")
        elif kind == "table":
            t = doc.add_table(rows=len(val), cols=len(val[0]))
            t.style = "Table Grid"
            for r, row in enumerate(val):
                for c, cell in enumerate(row):
                    t.cell(r, c).text = str(cell)
                    if r == 0:
                        for run in t.cell(r, c).paragraphs[0].runs:
                            run.bold = True
            doc.add_paragraph("")
        elif kind == "pb":
            doc.add_page_break()
    doc.save(str(path))


def write_html(blocks, path, header_text):
    out = ["<!DOCTYPE html>", '<html lang="nl">', "<head>", '<meta charset="utf-8">',
           f"<title>{html.escape(header_text)}</title>", "</head>", "<body>",
           f'<header class="site-header"><p>{html.escape(header_text)}</p>'
           '<nav><a href="#">Home</a> | <a href="#">Over ons</a> | <a href="#">Ouders</a> | '
           '<a href="#">Scholen</a> | <a href="#">Contact</a></nav></header>', "<main>"]
    for kind, val in blocks:
        if kind == "title":
            out.append(f"<h1>{html.escape(val[0])}</h1>")
            for line in val[1:]:
                out.append(f'<p class="subtitle">{html.escape(line)}</p>')
        elif kind == "toc":
            out.append('<nav class="toc"><h2>Inhoud</h2><ol>')
            out += [f"<li>{html.escape(i)}</li>" for i in val]
            out.append("</ol></nav>")
        elif kind == "h1":
            out.append(f"<h2>{html.escape(val)}</h2>")
        elif kind == "h2":
            out.append(f"<h3>{html.escape(val)}</h3>")
        elif kind == "p":
            out.append(f"<p>{html.escape(val)}</p>")
        elif kind == "ul":
            out.append("<ul>" + "".join(f"<li>{html.escape(i)}</li>" for i in val) + "</ul>")
        elif kind == "table":
            out.append("<table border=\"1\">")
            for r, row in enumerate(val):
                tag = "th" if r == 0 else "td"
                out.append("<tr>" + "".join(f"<{tag}>{html.escape(str(c))}</{tag}>" for c in row) + "</tr>")
            out.append("</table>")
    out += ["</main>", f'<footer><p>&copy; 2026 {html.escape(header_text)} | Privacyverklaring | '
            'Cookies | Toegankelijkheid</p></footer>', "</body>", "</html>"]
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


def to_pdf(blocks, path, header_text):
    tmp = Path(tempfile.mkdtemp(prefix="holdout148_"))
    try:
        src = tmp / (path.stem + ".docx")
        write_docx(blocks, src, header_text)
        subprocess.run(["soffice", f"-env:UserInstallation=file://{tmp}/lo_profile", "--headless",
                        "--convert-to", "pdf", "--outdir", str(tmp), str(src)],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
        shutil.copyfile(tmp / (path.stem + ".pdf"), path)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def word_count(blocks):
    n = 0
    for kind, val in blocks:
        if kind in ("p", "h1", "h2"):
            n += len(val.split())
        elif kind in ("ul", "toc", "title"):
            n += sum(len(i.split()) for i in val)
        elif kind == "table":
            n += sum(len(str(c).split()) for row in val for c in row)
    return n


# ---------------------------------------------------------------------------
# Shared filler: text that real plans contain but that addresses none of the
# seven elements (only passing mentions of ouders, middelen, resultaten, ...).
# ---------------------------------------------------------------------------


def voorwoord(s, thank_parents=True):
    thanks = (" In het bijzonder danken wij de ouders die hun ervaringen met ons wilden delen: hun verhalen "
              "hebben richting gegeven aan de keuzes in dit plan." if thank_parents else "")
    return [
        H1("Voorwoord"),
        P(f"Voor u ligt het ondersteuningsplan {s['period']} van {s['name']}. Dit plan beschrijft hoe de "
          f"{s['n_besturen']} aangesloten schoolbesturen de komende vier schooljaren samen invulling geven aan "
          "passend onderwijs. Het is tot stand gekomen in een periode waarin veel in beweging is: de "
          "Verbeteraanpak passend onderwijs, het landelijke gesprek over een norm voor basisondersteuning, de "
          "krapte op de arbeidsmarkt en de gevolgen daarvan voor de klas. Dat vraagt veel van leerkrachten, "
          "intern begeleiders en schoolleiders, en niet in de laatste plaats van ouders."),
        P("We hebben de afgelopen periode veel geleerd. Niet alles wat we ons hadden voorgenomen is gelukt, en "
          "soms bleken onze ambities groter dan de ruimte die scholen ervoor hadden. Tegelijk zien we dat de "
          "samenwerking tussen de besturen steviger is geworden en dat scholen elkaar beter weten te vinden. "
          "Die beweging willen we vasthouden. Dit plan is daarom geen blauwdruk, maar een gezamenlijk kader "
          "waarbinnen scholen, besturen en partners hun eigen verantwoordelijkheid nemen."),
        P("Dit plan is geschreven samen met directeuren, intern begeleiders, ondersteuningscoördinatoren, "
          "de leden van de ondersteuningsplanraad en onze partners bij de gemeenten. Wij danken iedereen die "
          "heeft meegedacht in werksessies, klankbordgroepen en gesprekken." + thanks),
        P(f"Namens het bestuur van {s['name']},"),
        P(f"{s['director']}, directeur-bestuurder"),
    ]


def leeswijzer(s):
    return [
        H2("Leeswijzer"),
        P("Hoofdstuk 1 beschrijft wie we zijn en waar we voor staan. Daarna volgen de hoofdstukken over de "
          "inhoud van de ondersteuning en de organisatie daarvan. Het plan sluit af met de organisatie van "
          "het samenwerkingsverband, de totstandkoming van dit plan en een begrippenlijst. Waar in de tekst "
          "afkortingen worden gebruikt, worden die in de begrippenlijst toegelicht. Het plan is bedoeld voor "
          "besturen, scholen, medezeggenschap, gemeenten en iedereen die wil weten hoe passend onderwijs in "
          f"de regio {s['region']} is georganiseerd."),
    ]


def visie(s, sector="po"):
    kind = "kinderen" if sector == "po" else "jongeren"
    return [
        H1("Missie en visie"),
        P(f"{s['name']} wil dat alle {kind} in de regio {s['region']} zich optimaal kunnen ontwikkelen, zo "
          "dicht mogelijk bij huis en zo veel mogelijk samen met leeftijdsgenoten. Wij geloven dat elk kind "
          "talenten heeft en dat het onderwijs de plek is waar die talenten tot bloei kunnen komen. Dat lukt "
          "alleen als school, ouders en partners samen optrekken en als de leerkracht zich gesteund voelt."),
        H2("Onze kernwaarden"),
        UL("Samen: we zijn gezamenlijk verantwoordelijk voor alle " + kind + " in de regio.",
           "Dichtbij: ondersteuning wordt zo veel mogelijk in de eigen klas en de eigen school geboden.",
           "Vertrouwen: we gaan uit van de professionaliteit van scholen en van de kennis van ouders.",
           "Eenvoud: regels en procedures zijn dienend, niet leidend.",
           "Leren: we kijken kritisch naar wat werkt en passen ons handelen aan."),
        P("Deze kernwaarden zijn in de afgelopen jaren in gesprekken met scholen en partners steeds opnieuw "
          "getoetst. Ze vormen de toets voor de keuzes die we maken: draagt een maatregel bij aan meer "
          "samenhang, aan ondersteuning dichtbij en aan minder bureaucratie? Zo niet, dan doen we het niet. "
          "We vinden het belangrijk dat de leerkracht zich gesteund voelt en dat de ondersteuning het kind "
          "volgt, en niet andersom."),
        P("Inclusiever onderwijs is voor ons een richting, geen eindpunt. We realiseren ons dat de weg "
          "daarnaartoe geleidelijk is en dat het tempo per school kan verschillen. Besturen maken in hun "
          "eigen strategisch beleid keuzes die passen bij hun scholen en hun identiteit; het "
          "samenwerkingsverband faciliteert en verbindt. Waar nodig spreken we elkaar aan op gemaakte "
          "afspraken, omdat we weten dat het uiteindelijk om de kinderen gaat."),
    ]


def governance(s):
    return [
        H1("Organisatie en governance"),
        P(f"{s['name']} is een stichting waarin {s['n_besturen']} schoolbesturen samenwerken. Het "
          "samenwerkingsverband kent een scheiding tussen bestuur en intern toezicht. De directeur-bestuurder "
          "is belast met het bestuur van de stichting; de Raad van Toezicht, samengesteld uit bestuurders "
          "van de aangesloten schoolbesturen en twee onafhankelijke leden, houdt toezicht. De Raad van "
          "Toezicht keurt onder meer de begroting en de jaarrekening goed en benoemt de accountant."),
        P("Naast de formele organen kent het samenwerkingsverband een Bestuurlijk Overleg waarin alle "
          "bestuurders elkaar vier keer per jaar ontmoeten om beleid voor te bereiden en ervaringen te "
          "delen. Het directeurenoverleg en het netwerk van intern begeleiders en ondersteuningscoördinatoren "
          "zijn belangrijke plekken waar beleid wordt getoetst aan de praktijk. De statuten en het "
          "managementstatuut zijn in 2024 geactualiseerd, mede naar aanleiding van de Code Goed Bestuur."),
        P("Het bureau van het samenwerkingsverband is klein en wendbaar. Er werken een directeur-bestuurder, "
          "een beleidsmedewerker, een controller (0,4 fte), een managementassistent en een team van "
          "orthopedagogen en consulenten. Het bureau is gehuisvest in een gedeeld pand met de gemeentelijke "
          "jeugdteams, wat de korte lijnen bevordert. Het samenwerkingsverband heeft een eigen "
          "medezeggenschapsraad voor het personeel van het bureau."),
    ]


def opr(s, parents=True):
    comp = ("De OPR telt twaalf leden: zes ouders en zes personeelsleden, afgevaardigd vanuit de "
            "medezeggenschapsraden van de aangesloten scholen. " if parents else
            "De OPR bestaat uit leden die zijn afgevaardigd vanuit de medezeggenschapsraden van de "
            "aangesloten scholen. ")
    return [
        H2("Ondersteuningsplanraad"),
        P("De ondersteuningsplanraad (OPR) heeft instemmingsrecht op het ondersteuningsplan en op "
          "wijzigingen daarvan. " + comp + "De OPR vergadert zes keer per jaar, waarvan twee keer met de "
          "directeur-bestuurder. De OPR heeft een eigen reglement en een eigen budget voor scholing en "
          "ondersteuning. In de voorbereiding van dit plan is de OPR vanaf het begin betrokken geweest via "
          "een werkgroep die drie keer bijeenkwam."),
    ]


def oogo(s, full=True):
    blocks = [H2("Op overeenstemming gericht overleg (OOGO)")]
    if full:
        blocks.append(P(
            f"Met de gemeenten {s['gemeenten']} voeren wij op overeenstemming gericht overleg over het "
            "ondersteuningsplan en over het jeugdbeleid van de gemeenten. De onderwerpen die we samen "
            "oppakken zijn de aansluiting tussen onderwijs en jeugdhulp, leerlingenvervoer, "
            "onderwijshuisvesting en de inzet van schoolmaatschappelijk werk. Met de gemeenten is afgesproken "
            "dat jeugdhulp in onderwijstijd mogelijk is wanneer dit nodig is om een kind onderwijs te laten "
            "volgen; de school, het jeugdteam en het samenwerkingsverband stellen dan samen een "
            "onderwijs-zorgarrangement op. Per gemeente is een vaste contactpersoon van het jeugdteam aan "
            "iedere school verbonden."))
    else:
        blocks.append(P(
            f"Het concept van dit plan is besproken in het op overeenstemming gericht overleg met de gemeenten "
            f"{s['gemeenten']}. Het overleg is op {s['oogo_date']} afgerond. Van het overleg is een verslag "
            "gemaakt dat bij het bestuur beschikbaar is."))
    return blocks


def personeel(s):
    return [
        H1("Personeel en professionalisering"),
        P("Goed onderwijs staat of valt met goede leerkrachten. Het lerarentekort raakt ook onze regio: "
          "vacatures blijven langer open, er staan vaker onbevoegden voor de klas en de werkdruk is hoog. "
          "Passend onderwijs vraagt veel van leerkrachten, zeker wanneer een groep meerdere kinderen met een "
          "specifieke onderwijsbehoefte telt. Het samenwerkingsverband ziet het als zijn taak om scholen te "
          "helpen hun mensen toe te rusten, zonder de verantwoordelijkheid van de werkgevers over te nemen."),
        P("We bieden jaarlijks een scholingsaanbod aan voor leerkrachten, onderwijsassistenten en intern "
          "begeleiders. Thema's zijn onder meer omgaan met gedrag in de groep, traumasensitief lesgeven, "
          "executieve functies en samenwerken met ouders. Het aanbod wordt gekozen op basis van vragen uit de "
          "netwerken. Daarnaast organiseren we twee keer per jaar een studiemiddag voor alle intern "
          "begeleiders, waar kennis wordt gedeeld en waar scholen elkaars aanpak leren kennen."),
        P("Voor het eigen personeel van het samenwerkingsverband hanteren wij een gesprekkencyclus en een "
          "persoonlijk ontwikkelplan. Orthopedagogen en consulenten zijn geregistreerd (NVO of NIP) en "
          "houden hun registratie actueel. Het bureau werkt met een formatieplan dat jaarlijks wordt "
          "bijgesteld. Bij het aantrekken van nieuw personeel kijken we nadrukkelijk naar ervaring in het "
          "onderwijs, omdat we willen dat onze medewerkers de taal van de school spreken."),
    ]


def ict_privacy(s):
    return [
        H1("ICT, privacy en gegevensbescherming"),
        P("Het samenwerkingsverband verwerkt persoonsgegevens van leerlingen, waaronder gegevens over "
          "gezondheid, voor zover dat nodig is voor zijn wettelijke taken. Wij houden ons daarbij aan de "
          "Algemene verordening gegevensbescherming (AVG) en aan de bepalingen in de onderwijswetgeving. "
          "Er is een functionaris gegevensbescherming aangesteld die wij delen met twee andere "
          "samenwerkingsverbanden. Dossiers worden niet langer bewaard dan wettelijk is toegestaan."),
        P("Het bureau werkt met een beveiligde digitale omgeving. Medewerkers hebben alleen toegang tot de "
          "gegevens die zij voor hun werk nodig hebben. Jaarlijks voeren wij een controle uit op de "
          "autorisaties en rapporteren wij over beveiligingsincidenten aan de Raad van Toezicht. Scholen "
          "delen gegevens met het samenwerkingsverband via een beveiligde verbinding en nooit via gewone "
          "e-mail. Met leveranciers zijn verwerkersovereenkomsten gesloten."),
        P("In de planperiode vervangen we het huidige registratiesysteem. Een projectgroep met "
          "vertegenwoordigers van scholen en het bureau stelt het programma van eisen op. Uitgangspunten "
          "zijn gebruiksgemak, veiligheid en het voorkomen van dubbele registratie op school en bij het "
          "samenwerkingsverband."),
    ]


def totstandkoming(s):
    return [
        H1("Totstandkoming van dit plan"),
        P("Het ondersteuningsplan is in ruim een jaar tot stand gekomen. We zijn begonnen met een evaluatie "
          "van het vorige plan in werksessies met directeuren en intern begeleiders. Op basis daarvan is een "
          "eerste concept geschreven, dat is besproken met de bestuurders, de OPR en de gemeenten. "
          "De tabel hieronder geeft de belangrijkste stappen weer."),
        TABLE([["Stap", "Datum"],
               ["Startbijeenkomst besturen", s["d_start"]],
               ["Werksessies directeuren en IB", s["d_sessies"]],
               ["Concept besproken in Bestuurlijk Overleg", s["d_concept"]],
               ["Afronding OOGO met de gemeenten", s["oogo_date"]],
               ["Overleg met het samenwerkingsverband " + ("VO" if s.get("sector", "po") == "po" else "PO"),
                s["d_overleg"]],
               ["Instemming OPR", s["d_opr"]],
               ["Vaststelling door de directeur-bestuurder", s["d_vast"]],
               ["Toezending aan de Inspectie van het Onderwijs", "vóór 1 mei 2026"]]),
        P(f"Het plan geldt voor de schooljaren {s['period']}, van 1 augustus 2026 tot en met 31 juli 2030. "
          "Wijzigingen tijdens de planperiode worden opnieuw ter instemming aan de OPR voorgelegd."),
    ]


def inclusie_kennis(s):
    vo = s.get("sector") == "vo"
    ib = "ondersteuningscoördinatoren" if vo else "intern begeleiders"
    opl = "de lerarenopleiding" if vo else "de pabo"
    return [
        H1("Op weg naar inclusiever onderwijs"),
        P("Nederland heeft het VN-verdrag inzake de rechten van personen met een handicap geratificeerd. "
          "Het kabinet heeft in een routekaart beschreven hoe het onderwijs stap voor stap inclusiever "
          "wordt, met 2035 als stip op de horizon. Wat dat precies betekent voor onze regio, is nog niet "
          "duidelijk. Wel merken wij dat de vraag leeft bij scholen, bij besturen en in de samenleving. "
          "Sommige scholen experimenteren met nieuwe vormen van samenwerking tussen regulier en speciaal "
          "onderwijs, andere scholen zijn terughoudend omdat zij de druk op hun leerkrachten al groot "
          "vinden."),
        P("Wij willen deze beweging niet forceren, maar wel ruimte bieden aan scholen die een stap willen "
          "zetten. Dat doen wij door ervaringen te verzamelen en te delen, door bestuurders met elkaar in "
          "gesprek te brengen en door landelijke ontwikkelingen te vertalen naar onze eigen situatie. In "
          "het Bestuurlijk Overleg staat inclusiever onderwijs minimaal één keer per jaar op de agenda. "
          "Daarbij laten wij ons inspireren door voorbeelden uit andere regio's en door de ervaringen van "
          "leerkrachten, die vaak als eersten zien wat wel en niet werkt in de klas."),
        H2("Kennisdeling en netwerken"),
        P("Het samenwerkingsverband faciliteert verschillende netwerken: het netwerk " + ib + ", het "
          "netwerk gedragsspecialisten, een netwerk voor taalcoördinatoren en een netwerk voor "
          "schoolleiders. De netwerken komen vier tot zes keer per jaar bijeen en worden voorgezeten door "
          "iemand uit het onderwijs zelf. Het bureau zorgt voor de organisatie, de locatie en de verslagen. "
          "Ook werken wij samen met " + opl + " van de regionale hogeschool: studenten lopen stage op "
          "scholen met een bijzonder aanbod en docenten van de opleiding nemen deel aan onze studiemiddagen. Zo "
          "proberen wij de kennis die in de regio aanwezig is beter te benutten en te voorkomen dat "
          "iedere school opnieuw het wiel uitvindt."),
        H2("Huisvesting en duurzaamheid van het bureau"),
        P("Het bureau is gehuisvest in een gedeeld kantoorpand dat goed bereikbaar is met het openbaar "
          "vervoer. Medewerkers werken deels op locatie bij scholen en deels thuis. Wij kiezen waar "
          "mogelijk voor duurzame oplossingen: digitale vergaderingen waar dat kan, een fietsregeling voor "
          "medewerkers en het beperken van papieren documenten. Het huurcontract loopt tot 2028; in 2027 "
          "besluiten wij of wij in het pand blijven."),
    ]


def context_block(s, sector="po"):
    scholen = ("basisscholen, speciale scholen voor basisonderwijs en scholen voor speciaal onderwijs"
               if sector == "po" else "scholen voor voortgezet onderwijs, praktijkonderwijs en voortgezet "
               "speciaal onderwijs")
    return [
        H1("Het samenwerkingsverband in vogelvlucht"),
        P(f"{s['name']} ({s['code']}) omvat de gemeenten {s['gemeenten']}. In het gebied staan "
          f"{s['n_schools']} {scholen}, verdeeld over {s['n_besturen']} schoolbesturen. In totaal gaan er "
          f"ongeveer {s['n_lln']} leerlingen naar school. De regio kent zowel stedelijke wijken als kleine "
          "kernen; in een aantal dorpen staat nog maar één school. De verwachting is dat het aantal "
          "leerlingen de komende jaren licht daalt, met uitzondering van de nieuwbouwwijken in de "
          "grootste gemeente."),
        P("De scholen verschillen sterk in omvang, denominatie en populatie. Er zijn openbare, katholieke, "
          "protestants-christelijke en algemeen bijzondere scholen, en een school op reformatorische "
          "grondslag die daarnaast bij een landelijk samenwerkingsverband is aangesloten. Die diversiteit "
          "zien wij als een kracht, maar zij maakt ook dat afspraken soms tijd nodig hebben."),
    ]


# ---------------------------------------------------------------------------
# Plan 1  (PO, docx): thorough plan; terugstroom procedure deferred, resultaten
# monitoring deferred.
# ---------------------------------------------------------------------------

S1 = dict(name="Samenwerkingsverband Passend Primair Onderwijs Maas en Linge", short="Maas en Linge",
          code="PO 24-91", region="Maas en Linge", n_besturen=9, n_schools=61, n_lln="11.400",
          period="2026-2030", director="drs. H.A. (Hanneke) Verwoerd",
          gemeenten="Lingewaard-Zuid, Maasbommel, Drutenveld en West Betuwe-Oost",
          oogo_date="12 februari 2026", d_start="16 januari 2025", d_sessies="maart - juni 2025",
          d_concept="2 oktober 2025", d_overleg="21 januari 2026", d_opr="10 maart 2026",
          d_vast="24 maart 2026")


def plan1():
    s = S1
    b = [TITLE("Ondersteuningsplan 2026-2030", s["name"], "Samen sterk voor ieder kind",
               "Vastgesteld op 24 maart 2026"), PB,
         TOC("Voorwoord", "1. Het samenwerkingsverband in vogelvlucht", "2. Missie en visie",
             "3. Terugblik op de vorige planperiode", "4. Basisondersteuning: wat elke school biedt",
             "5. Extra ondersteuning en het dekkend netwerk", "6. Toelaatbaarheid tot sbo en so",
             "7. Terugplaatsing en overplaatsing", "8. Ambities en beoogde resultaten",
             "9. Ouders", "10. Financiën en meerjarenbegroting", "11. Personeel en professionalisering",
             "12. ICT, privacy en gegevensbescherming", "13. Organisatie en governance",
             "14. Totstandkoming van dit plan", "Bijlage: begrippenlijst"), PB]
    b += voorwoord(s) + leeswijzer(s) + context_block(s) + [
        P("Op de peildatum 1 oktober 2025 zaten 168 leerlingen uit ons gebied op een school voor speciaal "
          "basisonderwijs en 139 leerlingen op een school voor speciaal onderwijs (cluster 3 en 4). In het "
          "gebied staan twee sbo-scholen (De Brug in Drutenveld en De Regenboog in Maasbommel) en één "
          "so-school voor cluster 4 (De Wissel); leerlingen met een ondersteuningsbehoefte in cluster 3 gaan "
          "naar so-scholen net buiten de regio."),
    ] + visie(s) + [
        H1("Terugblik op de vorige planperiode"),
        P("In de vorige planperiode (2022-2026) lag de nadruk op het versterken van de basisondersteuning en "
          "op het verkorten van de lijnen tussen school en jeugdhulp. In die periode hebben we onder meer de "
          "twaalf standaarden ingevoerd, een digitaal loket in gebruik genomen, de observatiegroep De Kiem "
          "geopend en een netwerk voor intern begeleiders opgezet dat inmiddels zes keer per jaar "
          "bijeenkomt. Ook zijn we gestart met een vaste consulent per school. De gesprekken met scholen en "
          "partners over de vorige periode hebben richting gegeven aan de keuzes in dit plan."),
        H1("Basisondersteuning: wat elke school biedt"),
        P("Basisondersteuning is de ondersteuning die alle scholen van ons samenwerkingsverband, op iedere "
          "vestiging, ten minste bieden aan ieder kind dat dat nodig heeft, zonder dat daarvoor een aanvraag "
          "bij het samenwerkingsverband nodig is. De besturen hebben dit niveau samen vastgesteld; het is de "
          "ondergrens, geen streven. Een school mag meer bieden, en veel scholen doen dat ook, maar geen "
          "enkele school biedt minder. Het niveau is voor alle 61 scholen gelijk, ongeacht bestuur of "
          "denominatie."),
        P("De afspraken zijn uitgewerkt in twaalf standaarden. Ouders kunnen erop rekenen dat elke school:"),
        UL("een intern begeleider heeft met ten minste 0,4 fte per 200 leerlingen, die de ondersteuning in "
           "de school coördineert;",
           "werkt volgens de cyclus van handelingsgericht werken, met groepsbesprekingen ten minste drie keer "
           "per jaar;",
           "een protocol dyslexie en een protocol ernstige rekenproblemen volgt en de daarin beschreven "
           "extra begeleiding in de klas biedt;",
           "een aanbod heeft voor kinderen die meer uitdaging nodig hebben, zoals verrijkingsstof en compacten "
           "in de eigen groep;",
           "een methode of aanpak voor sociaal-emotionele ontwikkeling gebruikt en de sociale veiligheid "
           "jaarlijks meet;",
           "kinderen met een taalachterstand of een andere thuistaal extra taalondersteuning biedt;",
           "afspraken heeft over medisch handelen en de toediening van medicijnen;",
           "voor een kind met extra ondersteuningsbehoefte binnen zes weken een ontwikkelingsperspectief "
           "opstelt wanneer de ondersteuning de basis overstijgt;",
           "het ondersteuningsteam (OT) van de school ten minste zes keer per jaar laat bijeenkomen, met de "
           "consulent van het samenwerkingsverband en de jeugdprofessional;",
           "kleine aanpassingen in het gebouw en het lesprogramma doet voor kinderen met een lichamelijke "
           "beperking;",
           "een doorgaande lijn met de voorschoolse voorziening en met het voortgezet onderwijs heeft "
           "(warme overdracht);",
           "het ondersteuningsaanbod beschrijft in het schoolondersteuningsprofiel en in de schoolgids."),
        H2("Borging van de basisondersteuning"),
        P("Iedere school vult jaarlijks de kwaliteitskaart basisondersteuning in. De consulent van het "
          "samenwerkingsverband bespreekt de uitkomst met de directeur en de intern begeleider. Voldoet een "
          "school op een of meer standaarden niet, dan stelt de school binnen drie maanden een verbeterplan "
          "op, waarvan het bestuur een afschrift ontvangt. Blijft verbetering uit, dan agendeert de "
          "directeur-bestuurder dit in het Bestuurlijk Overleg."),
        H1("Extra ondersteuning en het dekkend netwerk"),
        P("Wanneer een kind meer nodig heeft dan de basisondersteuning, bespreekt de school dit in het "
          "ondersteuningsteam. Daar kan worden besloten tot een arrangement: extra ondersteuning die de "
          "school met middelen en expertise van het samenwerkingsverband inzet. Ons ondersteuningscontinuüm "
          "kent vier niveaus, van licht naar zwaar:"),
        TABLE([["Niveau", "Wat", "Waar", "Wie beslist"],
               ["1. Basisondersteuning", "De twaalf standaarden", "Elke school", "School"],
               ["2. Extra ondersteuning op school", "Individueel of groepsarrangement, ambulante "
                "begeleiding, inzet orthopedagoog", "Eigen school", "Bestuur / OT"],
               ["3. Bovenschoolse voorziening", "Taalklas nieuwkomers, plusklas voltijds HB, "
                "observatiegroep jonge kind (De Kiem)", "Drie locaties in de regio", "Commissie arrangementen"],
               ["4. Speciaal (basis)onderwijs", "Sbo De Brug, sbo De Regenboog, so De Wissel en so buiten "
                "de regio", "Speciale scholen", "Commissie Toelaatbaarheid"]]),
        P("De niveaus sluiten op elkaar aan: een kind kan tijdelijk naar een bovenschoolse voorziening gaan "
          "en daarna terugkeren naar de eigen school, met ondersteuning op niveau 2. Zo ontstaat een "
          "samenhangend geheel van voorzieningen binnen en tussen de scholen."),
        H2("Witte vlekken en thuiszitters"),
        P("Elk voorjaar brengen wij met de besturen in kaart waar het aanbod tekortschiet. Daarvoor "
          "gebruiken we de meldingen van scholen die geen passende plek konden bieden, de wachtlijsten bij "
          "het so en de gegevens van de leerplichtambtenaren. De analyse van 2025 liet drie witte vlekken "
          "zien: onvoldoende plaatsen voor jonge kinderen met ernstige gedragsproblemen, een wachtlijst van "
          "veertien kinderen bij so cluster 4 en geen passend aanbod voor kinderen die vanwege angst niet "
          "naar school gaan. Voor elk van deze vlekken is een actie met einddatum afgesproken: uitbreiding "
          "van De Kiem met een tweede groep per 1 augustus 2026, een tijdelijke dependance van De Wissel per "
          "januari 2027 en een pilot met een kleinschalige herstelgroep in samenwerking met de jeugdhulp."),
        P("Geen kind mag thuiszitten. Wanneer een kind langer dan vier weken geen onderwijs volgt, meldt de "
          "school dit bij het samenwerkingsverband. De thuiszitterstafel, met leerplicht, jeugdteam, school "
          "en samenwerkingsverband, bespreekt binnen twee weken elk kind en wijst een regisseur aan. Lukt "
          "het niet binnen drie maanden een plek te vinden, dan heeft de directeur-bestuurder "
          "doorzettingsmacht om een school of voorziening te vragen het kind te plaatsen."),
    ] + oogo(s) + [
        H1("Toelaatbaarheid tot sbo en so"),
        P("Soms heeft een kind een plek op een school voor speciaal basisonderwijs of speciaal onderwijs "
          "nodig. Daarvoor is een toelaatbaarheidsverklaring (TLV) van het samenwerkingsverband nodig. De "
          "procedure verloopt als volgt:"),
        UL("Stap 1. Het bestuur van de school waar het kind is ingeschreven of aangemeld, dient de aanvraag "
           "in via het digitale loket. In de praktijk doet de intern begeleider dit namens het bestuur.",
           "Stap 2. Bij de aanvraag horen het ontwikkelingsperspectief, het verslag van het "
           "ondersteuningsteam, de ondersteuningsvraag en de zienswijze van de ouders.",
           "Stap 3. Twee deskundigen geven ieder een eigen schriftelijk advies: een orthopedagoog of "
           "psycholoog, en afhankelijk van het kind een tweede deskundige (bijvoorbeeld een "
           "maatschappelijk werker, een kinderpsychiater of een arts). De deskundigen zijn niet betrokken "
           "geweest bij de aanvraag.",
           "Stap 4. De Commissie Toelaatbaarheid besluit namens de directeur-bestuurder binnen zes weken "
           "na ontvangst van een volledige aanvraag. Ouders ontvangen een afschrift van de adviezen.",
           "Stap 5. Bij spoed (bijvoorbeeld dreigend thuiszitten) kan de commissie binnen tien werkdagen "
           "een tijdelijke TLV afgeven."),
        H2("Criteria"),
        P("Een kind is toelaatbaar tot het speciaal basisonderwijs wanneer (a) de school aantoonbaar de "
          "basisondersteuning en ten minste één jaar extra ondersteuning heeft geboden, (b) het kind "
          "ondanks die ondersteuning op twee of meer domeinen onvoldoende tot ontwikkeling komt, en (c) de "
          "onderwijsbehoefte vraagt om een kleinere groep en een specifieke pedagogisch-didactische aanpak "
          "gedurende de hele schooldag. Een kind is toelaatbaar tot het speciaal onderwijs wanneer "
          "daarnaast sprake is van een structurele beperking (cluster 3) of ernstige gedrags- of "
          "psychiatrische problematiek (cluster 4) die een intensieve, specialistische setting vraagt die "
          "het sbo niet kan bieden."),
        H2("Duur, categorie en bezwaar"),
        P("Een TLV voor het sbo wordt afgegeven tot het einde van de basisschoolperiode, met een evaluatie "
          "na twee jaar. Een TLV voor het so wordt afgegeven voor twee schooljaren, in de "
          "bekostigingscategorie laag, midden of hoog, op advies van de deskundigen. Ouders die het niet "
          "eens zijn met een besluit kunnen binnen zes weken bezwaar maken. Het samenwerkingsverband is "
          "aangesloten bij de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen, die het "
          "bestuur adviseert over het bezwaar."),
        H1("Terugplaatsing en overplaatsing"),
        P("Wij vinden dat een plek in het speciaal (basis)onderwijs geen eindstation hoeft te zijn. Ons "
          "uitgangspunt is dat een kind terugkeert naar het regulier onderwijs, bij voorkeur dicht bij huis, "
          "zodra het daar met de juiste ondersteuning tot ontwikkeling kan komen. Terugplaatsing is geen "
          "doel op zich: het belang van het kind en de wens van de ouders wegen zwaar. Voorwaarden zijn dat "
          "de ontwikkeling van het kind stabiel is, dat de ontvangende school kan bieden wat het kind nodig "
          "heeft en dat er een goede overdracht plaatsvindt."),
        P("Een kind dat terugkeert naar een basisschool krijgt een terugkeerarrangement voor maximaal één "
          "schooljaar, gefinancierd door het samenwerkingsverband. Dat arrangement bestaat uit begeleiding "
          "door een leerkracht van de sbo- of so-school die het kind kent, en extra uren "
          "onderwijsassistentie op de ontvangende school."),
        P("Het stappenplan voor terugplaatsing, met daarin wie het initiatief neemt, op welke momenten de "
          "ontwikkeling wordt geëvalueerd en wie uiteindelijk beslist, stellen we in het eerste planjaar op "
          "samen met de directies van de sbo- en so-scholen. Tot die tijd blijven de bestaande werkwijzen "
          "van de scholen van kracht."),
        P("In het schooljaar 2024-2025 keerden negen leerlingen vanuit het sbo en drie vanuit het so terug "
          "naar een basisschool in de regio."),
        H1("Ambities en beoogde resultaten"),
        P("Voor de planperiode hebben wij vier ambities geformuleerd, elk met een concreet beoogd resultaat "
          "voor leerlingen die extra ondersteuning nodig hebben:"),
        TABLE([["Ambitie", "Beoogd resultaat in 2030"],
               ["Meer kinderen thuisnabij", "Deelnamepercentage sbo + so daalt van 2,7% naar ten hoogste 2,3%"],
               ["Niemand thuis", "Geen enkel kind langer dan drie maanden zonder onderwijs; het aantal "
                "vrijstellingen 5a daalt met 25%"],
               ["Sterke basis", "Alle scholen voldoen aan alle twaalf standaarden basisondersteuning"],
               ["Snelle hulp", "Doorlooptijd TLV-aanvraag gemiddeld minder dan vier weken"]]),
        P("Hoe we deze resultaten gaan meten, met welke bronnen en op welke momenten we erover rapporteren, "
          "leggen we vast in een monitoringskader. Dat kader wordt in de loop van 2027 opgesteld en aan het "
          "bestuur voorgelegd."),
        H1("Ouders"),
        P("Ouders zijn de eerste deskundigen als het gaat om hun kind. Wij willen dat zij weten welke "
          "ondersteuning er is en hoe zij die kunnen krijgen. De school is voor ouders het eerste "
          "aanspreekpunt. Over het ondersteuningsaanbod informeren wij ouders op de volgende manieren:"),
        UL("de website van het samenwerkingsverband met een aparte ouderpagina, waarop de twaalf standaarden "
           "basisondersteuning, de arrangementen en de TLV-procedure in gewone taal worden uitgelegd;",
           "een ouderfolder, beschikbaar in het Nederlands, Arabisch, Pools en Turks, die op elke school "
           "ligt;",
           "het schoolondersteuningsprofiel en de schoolgids van iedere school;",
           "twee informatieavonden per jaar in verschillende gemeenten."),
        P("Voor onafhankelijke hulp kunnen ouders terecht bij het Ouder- en Jeugdsteunpunt Maas en Linge. "
          "Het steunpunt is onafhankelijk van scholen en samenwerkingsverband, wordt bemenst door twee "
          "ervaren ouderadviseurs en is bereikbaar per telefoon, mail en op het spreekuur in de bibliotheek "
          "van Drutenveld. Ook kunnen ouders een beroep doen op de Onderwijsconsulenten. Bij een klacht over "
          "het samenwerkingsverband geldt onze klachtenregeling; ouders kunnen ook terecht bij de "
          "Geschillencommissie passend onderwijs."),
        P("Ouders zijn betrokken bij het opstellen en evalueren van het ontwikkelingsperspectief van hun "
          "kind en worden uitgenodigd bij elk overleg van het ondersteuningsteam over hun kind."),
        H1("Financiën en meerjarenbegroting"),
        H2("Verdeling van de middelen"),
        P("Het samenwerkingsverband ontvangt jaarlijks ongeveer 10,9 miljoen euro aan middelen voor lichte en "
          "zware ondersteuning. Na aftrek van de afdrachten aan DUO voor het so en de overdrachten aan het "
          "sbo verdelen wij de middelen volgens een vast model. De besturen ontvangen een bedrag van "
          "€ 190 per leerling (teldatum 1 oktober) voor basis- en extra ondersteuning op hun scholen, plus "
          "een vaste voet van € 6.000 per schoolvestiging. Bovenschoolse voorzieningen worden rechtstreeks "
          "door het samenwerkingsverband bekostigd. Arrangementen voor individuele kinderen boven het "
          "schoolbudget worden toegekend door de commissie arrangementen, op basis van het OPP, voor "
          "maximaal één schooljaar."),
        P("Besturen verantwoorden jaarlijks vóór 1 maart, via een vast format, hoe zij de middelen hebben "
          "besteed. Het samenwerkingsverband toetst of de inzet past bij de afspraken in dit plan."),
        H2("Meerjarenbegroting"),
        TABLE([["Bedragen x € 1.000", "2026", "2027", "2028", "2029"],
               ["Baten rijksbijdrage ondersteuning", "10.920", "10.840", "10.760", "10.690"],
               ["Afdrachten so en sbo (DUO en overdracht)", "-5.310", "-5.250", "-5.190", "-5.140"],
               ["Toewijzing aan besturen (per leerling + vaste voet)", "-2.530", "-2.510", "-2.490", "-2.470"],
               ["Bovenschoolse voorzieningen", "-1.380", "-1.430", "-1.430", "-1.430"],
               ["Individuele arrangementen", "-620", "-620", "-600", "-600"],
               ["Bureau en personeel", "-980", "-1.000", "-1.020", "-1.040"],
               ["Saldo", "100", "30", "30", "10"]]),
        P("Het weerstandsvermogen bedraagt eind 2025 ruim 9 procent van de baten. Wij houden een "
          "bandbreedte aan van 5 tot 10 procent; het deel daarboven is in de vorige planperiode ingezet voor "
          "de uitbreiding van de bovenschoolse voorzieningen."),
    ] + inclusie_kennis(s) + personeel(s) + ict_privacy(s) + governance(s) + opr(s) + totstandkoming(s) + [
        H1("Bijlage: begrippenlijst"),
        TABLE([["Begrip", "Betekenis"],
               ["Arrangement", "Afspraken over extra ondersteuning voor een leerling of groep."],
               ["Basisondersteuning", "Het afgesproken niveau van ondersteuning dat alle scholen bieden."],
               ["Monitoring", "Het volgen van ontwikkelingen en resultaten aan de hand van gegevens."],
               ["OJSP", "Ouder- en jeugdsteunpunt."],
               ["OPP", "Ontwikkelingsperspectief."],
               ["Terugplaatsing", "Overstap van sbo of so naar het regulier basisonderwijs."],
               ["TLV", "Toelaatbaarheidsverklaring voor sbo of so."],
               ["Verdeelmodel", "De manier waarop de ondersteuningsmiddelen worden verdeeld."]]),
    ]
    return b


# ---------------------------------------------------------------------------
# Plan 2  (PO, pdf): thin "beleidsplan op hoofdlijnen"; most content referred
# to handboeken, bijlagen and the website.
# ---------------------------------------------------------------------------

S2 = dict(name="Stichting Samenwerkingsverband PO De Brede Vallei", short="De Brede Vallei",
          code="PO 23-88", region="De Brede Vallei", n_besturen=6, n_schools=38, n_lln="7.250",
          period="2026-2030", director="mr. J. (Joost) Brinkhorst",
          gemeenten="Valkenhorst, Ede-Noord en Scherpendaal", oogo_date="4 maart 2026",
          d_start="3 februari 2025", d_sessies="april - september 2025", d_concept="13 november 2025",
          d_overleg="5 februari 2026", d_opr="17 maart 2026", d_vast="31 maart 2026")


def plan2():
    s = S2
    b = [TITLE("Ondersteuningsplan 2026-2030", s["name"], "Een plan op hoofdlijnen"), PB,
         TOC("Voorwoord", "1. Het samenwerkingsverband in vogelvlucht", "2. Missie en visie",
             "3. Landelijke ontwikkelingen", "4. Basisondersteuning", "5. Ondersteuningstoewijzing en TLV",
             "6. Dekkend aanbod", "7. Ouders", "8. Financiën", "9. Personeel en professionalisering",
             "10. ICT, privacy en gegevensbescherming", "11. Organisatie en governance",
             "12. Totstandkoming van dit plan", "Bijlage: begrippenlijst"), PB]
    b += voorwoord(s) + [
        P("Dit plan is bewust kort gehouden. Het beschrijft de hoofdlijnen van ons beleid; de uitwerking "
          "vindt plaats in handboeken, jaarplannen en op onze website, zodat we snel kunnen inspelen op "
          "nieuwe ontwikkelingen zonder telkens het hele plan te hoeven wijzigen. De scholen bepalen binnen "
          "deze kaders zelf hoe zij de ondersteuning vormgeven."),
    ] + leeswijzer(s) + context_block(s) + [
        P("Naast 34 basisscholen zijn er in de regio twee scholen voor speciaal basisonderwijs en twee "
          "so-locaties. Een van de besturen heeft ook een school voor voortgezet speciaal onderwijs in een "
          "naburige regio."),
    ] + visie(s) + [
        H2("Een nieuwe start"),
        P("De afgelopen jaren waren voor ons samenwerkingsverband bewogen. Na het vertrek van de vorige "
          "directeur-bestuurder heeft een interim-bestuurder de organisatie anderhalf jaar geleid. In die "
          "periode zijn de statuten aangepast, is het bureau opnieuw ingericht en is er veel energie "
          "gestoken in het herstellen van het vertrouwen tussen de besturen. Dit plan markeert wat ons "
          "betreft een nieuwe start: met een kleiner bureau, heldere rollen en een bestuur dat de "
          "gezamenlijke verantwoordelijkheid voor alle kinderen in de regio opnieuw heeft onderschreven. "
          "Wij beseffen dat nog niet alles in dit plan is uitgewerkt en vragen daarvoor het vertrouwen van "
          "scholen, medezeggenschap en partners."),
        H1("Landelijke ontwikkelingen"),
        P("Passend onderwijs bestaat ruim tien jaar. De landelijke evaluatie liet zien dat de doelen van de "
          "wet deels zijn gehaald. Het kabinet heeft daarom de Verbeteraanpak passend onderwijs ingezet, "
          "met maatregelen op het gebied van duidelijkheid over basisondersteuning, de positie van ouders "
          "en leerlingen, het afbouwen van te hoge reserves en het verbeteren van de samenwerking tussen "
          "onderwijs en zorg. Daarnaast werkt het kabinet aan een landelijke norm voor basisondersteuning "
          "en aan het wetsvoorstel versterking positie ouders en leerlingen, dat onder meer een ouder- en "
          "jeugdsteunpunt voor ieder samenwerkingsverband voorschrijft."),
        P("Deze ontwikkelingen raken ons plan op veel punten. Omdat op het moment van schrijven nog niet "
          "alles bekend is, kiezen wij ervoor het plan op hoofdlijnen vast te stellen en de uitwerking "
          "jaarlijks te actualiseren. Ook de beweging naar inclusiever onderwijs, waarin meer kinderen met "
          "een beperking samen met leeftijdsgenoten naar school gaan, volgen wij met belangstelling. Wij "
          "nemen deel aan het regionale netwerk van samenwerkingsverbanden om kennis en ervaringen uit te "
          "wisselen."),
        H1("Basisondersteuning"),
        P("De besturen in ons samenwerkingsverband hebben afgesproken dat iedere school, op elke locatie, "
          "hetzelfde niveau van basisondersteuning biedt. Dit niveau is de ondergrens die voor alle 38 "
          "scholen geldt en waar elke ouder op mag rekenen, ongeacht bij welke school het kind is "
          "ingeschreven. Extra ondersteuning is alles wat boven dit niveau uitgaat."),
        P("Welke voorzieningen, interventies en deskundigheid dit concreet inhoudt, is beschreven in het "
          "document Standaarden basisondersteuning De Brede Vallei (bijlage 2) en in de "
          "schoolondersteuningsprofielen van de scholen. De standaarden worden herzien zodra de landelijke "
          "norm bekend is."),
        H1("Ondersteuningstoewijzing en TLV"),
        P("Het samenwerkingsverband wijst extra ondersteuning toe en beslist over de toelaatbaarheid van "
          "leerlingen tot het speciaal basisonderwijs en het speciaal onderwijs. Hoe dit in zijn werk gaat, "
          "staat beschreven in het Handboek Toewijzing, dat op onze website te vinden is. In het handboek "
          "staan ook de formulieren en de contactgegevens van het loket. Het handboek wordt jaarlijks "
          "geactualiseerd; de versie voor 2026-2027 verschijnt voor de zomervakantie van 2026."),
        H1("Dekkend aanbod"),
        P("Het samenwerkingsverband heeft de wettelijke opdracht om te zorgen voor een dekkend aanbod, "
          "zodat ieder kind een passende plek krijgt. In de komende planperiode brengen wij in kaart in "
          "hoeverre ons aanbod dekkend is en waar aanvullingen nodig zijn. Ook het thema thuiszitters krijgt "
          "een plek in het jaarplan 2026-2027. De uitkomsten nemen wij op in een volgende versie van dit "
          "plan."),
    ] + oogo(s, full=False) + [
        H1("Ouders"),
        P("Goede samenwerking met ouders is van groot belang. De school is voor ouders altijd het eerste "
          "aanspreekpunt. Ouders vinden informatie over de ondersteuning die de scholen bieden in het "
          "schoolondersteuningsprofiel en de schoolgids van de school. Op de website van het "
          "samenwerkingsverband staat een ouderpagina met uitleg over basisondersteuning, extra "
          "ondersteuning en de weg naar het speciaal (basis)onderwijs. Twee keer per jaar organiseren wij "
          "een informatieavond voor ouders, in het voorjaar en in het najaar."),
        P("Het wetsvoorstel versterking positie ouders en leerlingen verplicht samenwerkingsverbanden tot "
          "het inrichten van een onafhankelijk ouder- en jeugdsteunpunt. Hoe wij hier invulling aan geven, "
          "werken wij uit zodra de wet in werking is getreden; tot die tijd volgen wij de landelijke "
          "ontwikkelingen."),
        H1("Financiën"),
        P("Het samenwerkingsverband ontvangt van het Rijk middelen voor lichte en zware ondersteuning. Van "
          "de middelen voor zware ondersteuning wordt het grootste deel rechtstreeks door DUO ingehouden "
          "voor de bekostiging van het so. Het samenwerkingsverband betaalt daarnaast de groeibekostiging "
          "van het sbo."),
        P("De overige middelen verdelen wij volgens het schoolmodel. Ieder bestuur ontvangt een bedrag per "
          "leerling op basis van het aantal leerlingen op de teldatum van 1 oktober van het voorgaande jaar. "
          "Voor 2026 is dit bedrag vastgesteld op € 205 per leerling. Daarnaast ontvangt ieder bestuur een "
          "vaste voet van € 10.000. Het samenwerkingsverband houdt een beperkt budget achter voor "
          "bovenschoolse kosten en het bureau. De besturen bepalen zelf waaraan zij de ontvangen middelen "
          "besteden."),
        P("De meerjarenbegroting 2026-2030 wordt na vaststelling door het bestuur in december als bijlage aan "
          "dit plan toegevoegd. Onderstaand overzicht geeft de opbouw weer."),
        TABLE([["Begrotingspost", "2026", "2027", "2028", "2029"],
               ["Baten", "p.m.", "p.m.", "p.m.", "p.m."],
               ["Afdrachten", "p.m.", "p.m.", "p.m.", "p.m."],
               ["Toewijzing besturen", "p.m.", "p.m.", "p.m.", "p.m."],
               ["Bureau", "p.m.", "p.m.", "p.m.", "p.m."]]),
    ] + inclusie_kennis(s) + personeel(s) + ict_privacy(s) + governance(s) + opr(s) + [
        H2("Samenwerking met andere samenwerkingsverbanden"),
        P("Wij werken nauw samen met het samenwerkingsverband voortgezet onderwijs in onze regio en met de "
          "samenwerkingsverbanden in de aangrenzende regio's. Er is twee keer per jaar een regionaal "
          "directeurenoverleg waarin gezamenlijke thema's worden besproken, zoals de inkoop van scholing, "
          "de ontwikkelingen rond de landelijke norm en de regionale arbeidsmarkt. Ook delen wij met twee "
          "samenwerkingsverbanden een functionaris gegevensbescherming en een controller."),
        H2("Communicatie met scholen en partners"),
        P("Het bureau brengt vijf keer per jaar een digitale nieuwsbrief uit voor directeuren, intern "
          "begeleiders en partners. Daarnaast is er een besloten deel van de website met documenten voor "
          "scholen. Jaarlijks organiseren wij een conferentie voor alle scholen met een inspirerende "
          "spreker en workshops."),
    ] + totstandkoming(s) + [
        H1("Bijlage: begrippenlijst"),
        TABLE([["Begrip", "Betekenis"],
               ["Basisondersteuning", "Het geheel van preventieve en licht curatieve interventies, "
                "basiskwaliteit, ondersteuningsstructuur en planmatig werken dat elke school biedt."],
               ["Dekkend aanbod", "Een samenhangend geheel van voorzieningen waardoor ieder kind een passende "
                "plek heeft."],
               ["Onderwijsconsulenten", "Onafhankelijke adviseurs voor ouders bij vastgelopen situaties."],
               ["Resultaten", "De beoogde en bereikte resultaten van het samenwerkingsverband."],
               ["Terugplaatsing", "Het teruggaan van een leerling van sbo of so naar het basisonderwijs."],
               ["TLV", "Toelaatbaarheidsverklaring; nodig voor plaatsing op een sbo- of so-school."],
               ["Thuiszitter", "Leerplichtig kind dat zonder geldige reden niet naar school gaat."]]),
    ]
    return b


# ---------------------------------------------------------------------------
# Plan 3  (PO, pdf): medium-quality plan; terugplaatsing inside the TLV
# chapter, ouders under "Communicatie", financien under "Geld en middelen",
# basisondersteuning content and begroting only in tables; gap analysis deferred.
# ---------------------------------------------------------------------------

S3 = dict(name="Samenwerkingsverband Passend Onderwijs Kempenland-Oost PO", short="Kempenland-Oost",
          code="PO 30-97", region="Kempenland-Oost", n_besturen=7, n_schools=44, n_lln="8.900",
          period="2026-2030", director="A.M. (Anouk) Smulders MEd",
          gemeenten="Heeswijk-Kempen, Bergeijkhoven, Leenderbroek en Valkenswaarde",
          oogo_date="19 februari 2026", d_start="10 maart 2025", d_sessies="mei - oktober 2025",
          d_concept="27 november 2025", d_overleg="29 januari 2026", d_opr="3 maart 2026",
          d_vast="17 maart 2026")


def plan3():
    s = S3
    b = [TITLE("Ondersteuningsplan", s["name"], "Planperiode 2026-2030"), PB,
         TOC("Voorwoord", "1. Wie zijn wij", "2. Missie en visie", "3. Wat elke school biedt",
             "4. Het ondersteuningsaanbod", "5. Toelaatbaarheid", "6. Kwaliteit en resultaten",
             "7. Communicatie", "8. Geld en middelen", "9. Personeel en professionalisering",
             "10. ICT, privacy en gegevensbescherming", "11. Organisatie en governance",
             "12. Totstandkoming van dit plan", "Afkortingenlijst"), PB]
    b += voorwoord(s) + context_block(s) + [
        P("De regio kent één school voor speciaal basisonderwijs met twee locaties (SBO De Klimop) en een "
          "so-school voor cluster 3 en 4 (De Boomgaard), die ook leerlingen uit de naburige regio's "
          "opvangt."),
    ] + visie(s) + [
        H1("Wat elke school biedt"),
        P("Alle 44 scholen van Kempenland-Oost bieden dezelfde basisondersteuning. Dat is het niveau waar de "
          "besturen samen voor staan en waarop ze elkaar aanspreken: geen school zakt eronder. Het geldt voor "
          "elke locatie, ook voor de kleine dorpsscholen. In het overzicht hieronder staat wat dit concreet "
          "betekent."),
        TABLE([["Domein", "Wat u op iedere school aantreft"],
               ["Organisatie", "Intern begeleider (minimaal 2 dagdelen per week per 100 leerlingen); "
                "ondersteuningsteam met de consulent van het SWV, 5 keer per jaar"],
               ["Lezen en rekenen", "Dyslexieprotocol met extra leesbegeleiding; protocol ERWD; "
                "pre-teaching en verlengde instructie in de groep"],
               ["Gedrag en welbevinden", "Schoolbrede aanpak (bijvoorbeeld PBS of Kanjertraining); "
                "jaarlijkse monitor sociale veiligheid; anti-pestcoördinator"],
               ["Ontwikkelingsvoorsprong", "Verrijkingsaanbod en compacten in de groep; signaleringsinstrument "
                "vanaf groep 1"],
               ["Taal", "Extra taalaanbod voor kinderen met een taalachterstand of NT2"],
               ["Medisch", "Protocol medisch handelen; aanpassingen voor kinderen met een lichamelijke "
                "beperking"],
               ["Werkwijze", "Handelingsgericht werken; groepsplan of groepsoverzicht; OPP waar nodig"]]),
        P("De consulent van het samenwerkingsverband bezoekt iedere school jaarlijks voor een gesprek over de "
          "basisondersteuning aan de hand van dit overzicht."),
        H1("Het ondersteuningsaanbod"),
        P("Boven op de basisondersteuning kent ons samenwerkingsverband drie lagen. Op de eigen school kan "
          "een arrangement worden ingezet, bijvoorbeeld extra begeleiding door een onderwijsassistent, "
          "inzet van een gedragsspecialist of ambulante begeleiding vanuit het so. Daarnaast zijn er "
          "bovenschoolse voorzieningen: de Kangoeroeklas voor meer- en hoogbegaafde kinderen (één dag per "
          "week, op drie locaties), de Taalschool voor nieuwkomers en de Kleine Groep, een tijdelijke "
          "plaatsing van maximaal twaalf weken voor kinderen die vastlopen in de groep. Ten slotte zijn er "
          "het sbo en het so voor kinderen die een specialistische setting nodig hebben."),
        P("Een school die een arrangement wil, bespreekt dit in het ondersteuningsteam met de consulent. "
          "De consulent kan het arrangement binnen twee weken toekennen. Zo vormen de scholen, de "
          "bovenschoolse voorzieningen en het speciaal (basis)onderwijs samen één samenhangend aanbod."),
        P("Of het aanbod voldoende dekkend is, en hoe wij omgaan met kinderen voor wie (nog) geen passende "
          "plek is, gaan wij onderzoeken. Een analyse van witte vlekken en wachtlijsten en een aanpak voor "
          "thuiszitters stellen wij op in het schooljaar 2026-2027, samen met de gemeenten; de uitkomsten "
          "volgen in de eerste voortgangsrapportage."),
    ] + oogo(s) + [
        H1("Toelaatbaarheid"),
        P("Een school die van mening is dat een leerling aangewezen is op het sbo of so, vraagt via de "
          "consulent een toelaatbaarheidsverklaring aan bij de TLV-commissie. De aanvraag wordt gedaan door "
          "het bevoegd gezag van de school waar het kind staat ingeschreven. Het dossier bevat het OPP met "
          "evaluaties, het verslag van het ondersteuningsteam en de zienswijze van de ouders. De "
          "TLV-commissie vraagt advies aan twee deskundigen, onder wie altijd een orthopedagoog of "
          "psycholoog, en neemt binnen zes weken een besluit. Indien ouders het niet eens zijn met het "
          "besluit, kunnen zij binnen zes weken bezwaar maken bij het bestuur; het bestuur vraagt dan advies "
          "aan de Landelijke Bezwaaradviescommissie."),
        TABLE([["Voorziening", "Toelaatbaar als", "Duur TLV"],
               ["SBO", "Kind heeft langer dan een jaar extra ondersteuning (arrangement) gehad zonder "
                "voldoende effect; ondersteuningsbehoefte op leren én gedrag of werkhouding; kleine groep "
                "en specialistische aanpak nodig", "Tot einde basisschool"],
               ["SO cluster 3", "Verstandelijke, lichamelijke of langdurige medische beperking waardoor het "
                "kind in het regulier onderwijs en sbo niet tot ontwikkeling komt", "2 jaar, categorie "
                "laag, midden of hoog"],
               ["SO cluster 4", "Ernstige gedrags- of psychiatrische problematiek; veiligheid of ontwikkeling "
                "niet te waarborgen in sbo", "2 jaar, categorie laag"]]),
        H2("Na de TLV"),
        P("Wij vinden dat leerlingen in het sbo en so waar het kan terugkeren naar een reguliere school in "
          "hun eigen omgeving. Terugplaatsing is ook een gezamenlijke verantwoordelijkheid: de basisschool "
          "die een kind heeft verwezen, werkt mee aan een terugkeer. Een kind keert terug als het OPP laat "
          "zien dat het kind de doelen haalt die nodig zijn om in een reguliere groep mee te kunnen, en als "
          "de ontvangende school met ondersteuning kan bieden wat nodig is. Ook overplaatsing van so naar "
          "sbo is mogelijk als dat beter past."),
        P("Elk jaar bespreekt de sbo- of so-school in de OPP-evaluatie of terugplaatsing aan de orde is. In "
          "het laatste jaar van de TLV organiseert de so-school vóór 1 maart een overleg met de ouders, de "
          "mogelijke ontvangende school en de consulent. De school stelt een advies op; de TLV-commissie "
          "besluit vóór 1 mei of de TLV wordt verlengd, of dat het kind per 1 augustus terugkeert. Bij "
          "terugkeer krijgt het kind gedurende zes maanden ambulante begeleiding vanuit de sbo- of "
          "so-school, betaald door het samenwerkingsverband."),
        H1("Kwaliteit en resultaten"),
        P("Wij willen weten of ons beleid werkt voor de kinderen om wie het gaat. Daarom hebben wij voor "
          "deze planperiode de volgende beoogde resultaten vastgesteld:"),
        UL("minimaal 85% van de kinderen met een arrangement haalt de doelen uit het OPP;",
           "het aantal kinderen dat vanuit het sbo of so terugkeert naar het regulier onderwijs stijgt van "
           "7 naar 12 per jaar;",
           "minimaal 80% van de ouders van kinderen met extra ondersteuning is tevreden over de "
           "samenwerking met school;",
           "het verwijzingspercentage naar sbo en so blijft onder het landelijk gemiddelde."),
        P("Wij monitoren deze resultaten met een vaste kwaliteitskalender. Twee keer per jaar verzamelt het "
          "bureau gegevens uit het registratiesysteem en de OPP-evaluaties; elk voorjaar houden wij een "
          "tevredenheidspeiling onder ouders en scholen. Het bureau bundelt de uitkomsten in een "
          "dashboard dat in het Bestuurlijk Overleg wordt besproken. In het jaarverslag rapporteren wij over "
          "de bereikte resultaten en de kosten per voorziening, en leggen wij uit wat wij bijstellen."),
        P("In 2024-2025 keerden zeven leerlingen terug naar het regulier onderwijs; het "
          "verwijzingspercentage lag op 2,4% (landelijk 2,8%)."),
        H1("Communicatie"),
        P("Wij communiceren open en begrijpelijk met scholen, partners en ouders. Voor scholen verschijnt "
          "maandelijks een nieuwsbrief. Voor ouders hebben wij een eigen ouderwebsite met filmpjes over "
          "basisondersteuning, arrangementen en de Kangoeroeklas, en een overzicht per school van wat die "
          "school biedt. De scholen nemen het overzicht van de basisondersteuning op in hun schoolgids. Elk "
          "najaar houden wij een ouderavond per gemeente."),
        P("Heeft een ouder vragen of loopt het vast met school, dan kan die ouder terecht bij Ouderpunt "
          "Kempen, het onafhankelijke ouder- en jeugdsteunpunt voor onze regio. Ouderpunt Kempen is "
          "ondergebracht bij een welzijnsorganisatie en staat los van scholen en samenwerkingsverband. "
          "Daarnaast verwijzen wij naar de Onderwijsconsulenten en naar Ouders & Onderwijs."),
        H1("Geld en middelen"),
        P("Van de rijksmiddelen die het samenwerkingsverband ontvangt, gaat eerst de afdracht voor het so "
          "via DUO en de bekostiging van het sbo af. Het restant wordt als volgt verdeeld: 70% gaat naar "
          "de besturen op basis van het aantal leerlingen op 1 oktober, 20% bekostigt de bovenschoolse "
          "voorzieningen en arrangementen, en 10% dekt de kosten van het bureau en de consulenten. "
          "Besturen leggen jaarlijks verantwoording af over de inzet."),
        TABLE([["Meerjarenbegroting (x € 1.000)", "2026", "2027", "2028", "2029"],
               ["Totale baten", "8.420", "8.350", "8.290", "8.240"],
               ["Afdracht so en bekostiging sbo", "4.610", "4.560", "4.520", "4.490"],
               ["Besturen (70%)", "2.670", "2.640", "2.620", "2.630"],
               ["Bovenschoolse voorzieningen en arrangementen (20%)", "760", "750", "750", "750"],
               ["Bureau en consulenten (10%)", "380", "380", "380", "370"],
               ["Resultaat", "0", "20", "20", "0"]]),
    ] + inclusie_kennis(s) + personeel(s) + ict_privacy(s) + governance(s) + opr(s) + totstandkoming(s) + [
        H1("Afkortingenlijst"),
        UL("DUO - Dienst Uitvoering Onderwijs", "HB - hoogbegaafdheid", "OJSP - ouder- en jeugdsteunpunt",
           "OPP - ontwikkelingsperspectief", "OPR - ondersteuningsplanraad",
           "OOGO - op overeenstemming gericht overleg", "SBO - speciaal basisonderwijs",
           "SO - speciaal onderwijs", "SWV - samenwerkingsverband", "TLV - toelaatbaarheidsverklaring",
           "Thuiszitter - leerling die zonder onderwijs thuis zit"),
    ]
    return b


# ---------------------------------------------------------------------------
# Plan 4  (VO, docx): solid on aanbod and resultaten; TLV procedure only on
# the website, terugplaatsing only as procedure, verdeelmodel deferred,
# nothing on informing/supporting parents (only the glossary mentions OJSP).
# ---------------------------------------------------------------------------

S4 = dict(name="Samenwerkingsverband VO Zuidwest-Veluwe", short="Zuidwest-Veluwe", sector="vo",
          code="VO 25-97", region="Zuidwest-Veluwe", n_besturen=8, n_schools=17, n_lln="13.600",
          period="2026-2030", director="drs. R.P. (Ruud) van Lienden",
          gemeenten="Renkum-Oost, Wageningerveld, Bennekerk en Oosterbeekhoven",
          oogo_date="26 februari 2026", d_start="20 februari 2025", d_sessies="april - november 2025",
          d_concept="4 december 2025", d_overleg="22 januari 2026", d_opr="12 maart 2026",
          d_vast="26 maart 2026")


def plan4():
    s = S4
    b = [TITLE("Ondersteuningsplan 2026-2030", s["name"], "Iedere jongere een passende plek",
               "Vastgesteld door het bestuur op 26 maart 2026"), PB,
         TOC("Voorwoord", "1. Het samenwerkingsverband in vogelvlucht", "2. Missie en visie",
             "3. Basisondersteuning", "4. Het ondersteuningscontinuüm", "5. Thuiszitters en zorgplicht",
             "6. Toelaatbaarheid vso, lwoo en pro", "7. Einde van de TLV",
             "8. Beoogde en bereikte resultaten", "9. Financieel beleid",
             "10. Personeel en professionalisering", "11. ICT, privacy en gegevensbescherming",
             "12. Organisatie en governance", "13. Totstandkoming van dit plan", "Begrippenlijst"), PB]
    b += voorwoord(s, thank_parents=False) + leeswijzer(s) + context_block(s, "vo") + [
        P("Binnen het gebied bieden twaalf scholen vmbo (waarvan tien met leerwegondersteunend onderwijs), "
          "drie scholen praktijkonderwijs en twee scholen voortgezet speciaal onderwijs. Daarnaast is er "
          "een orthopedagogisch-didactisch centrum, De Overstap, met twee locaties."),
    ] + visie(s, "vo") + [
        H1("Basisondersteuning"),
        P("Alle VO-scholen in de regio bieden op elke vestiging hetzelfde, gezamenlijk vastgestelde niveau "
          "van basisondersteuning. Dat niveau is in 2025 opnieuw afgesproken tussen de besturen en geldt als "
          "minimum; scholen mogen meer bieden. Concreet betekent dit dat iedere school ten minste heeft:"),
        UL("een ondersteuningscoördinator en een ondersteuningsteam dat wekelijks overlegt;",
           "een mentor per klas met een uur mentoruur per week in leerjaar 1 en 2;",
           "een dyslexie- en dyscalculiebeleid met faciliteiten bij toetsen (extra tijd, voorleessoftware);",
           "trainingen in sociale vaardigheden, faalangstreductie en examenvrees;",
           "begeleiding bij executieve functies (plannen, organiseren) door een coach;",
           "een time-outvoorziening in de school waar een leerling tijdelijk onder begeleiding kan werken;",
           "een aandachtsfunctionaris en een vertrouwenspersoon;",
           "afspraken met de jeugdarts en de schoolmaatschappelijk werker over spreekuren op school."),
        P("Het samenwerkingsverband voert iedere twee jaar een audit basisondersteuning uit op elke school. "
          "Scholen die onder het niveau presteren, maken een verbeterplan dat binnen een jaar wordt "
          "geëvalueerd."),
        H1("Het ondersteuningscontinuüm"),
        P("Het ondersteuningsaanbod in onze regio is opgebouwd als een continuüm. Aan de basis staat de "
          "basisondersteuning op iedere school. Daarboven kan de school een arrangement inzetten: extra "
          "begeleiding op de eigen school, bijvoorbeeld een leerling-begeleider voor een aantal uren per "
          "week of een plek in een ondersteuningsklas. De volgende stap is een tijdelijke plaatsing in "
          "De Overstap (OPDC), voor leerlingen die tijdelijk uit de reguliere klas moeten om weer grip te "
          "krijgen; de plaatsing duurt in principe maximaal zes maanden en de leerling blijft ingeschreven "
          "op de eigen school. Voor leerlingen die langdurig een specialistische setting nodig hebben, zijn "
          "er de twee vso-scholen, met een afdeling vervolgonderwijs en een afdeling arbeidsmarkt."),
        TABLE([["Ondersteuning", "Voorbeelden", "Aantal plekken 2026"],
               ["Basis", "Zie hoofdstuk 3", "Alle leerlingen"],
               ["Arrangement op school", "Ondersteuningsklas, coaching, ambulante begeleiding", "ca. 420"],
               ["Bovenschools (OPDC De Overstap)", "Tijdelijke plaatsing, rebound", "48"],
               ["Onderwijs-zorgarrangement", "Combinatie onderwijs en dagbehandeling", "24"],
               ["Vso", "Vervolgonderwijs, arbeidsmarkt", "ca. 390"]]),
        P("De "
          "overgang van PO naar VO is geregeld in het regionale overstapprotocol, met een warme overdracht "
          "voor iedere leerling met een OPP."),
        H1("Thuiszitters en zorgplicht"),
        P("Iedere school heeft zorgplicht. Kan een school de leerling die zich aanmeldt zelf niet de "
          "benodigde ondersteuning bieden, dan zoekt zij binnen de wettelijke termijn een passende plek op "
          "een andere school. Lukt dit niet, dan schakelt de school het samenwerkingsverband in. Het "
          "samenwerkingsverband neemt dan de regie en zorgt binnen vier weken voor een passend aanbod."),
        P("Het samenwerkingsverband houdt samen met leerplicht een actuele lijst bij van thuiszitters en "
          "van jongeren met een vrijstelling. Iedere zes weken bespreekt het thuiszittersoverleg (leerplicht, "
          "jeugdhulp, SWV en de betrokken school) alle jongeren op de lijst. Voor elke jongere is er een "
          "casusregisseur en een plan met datum. Blijkt dat een groep jongeren structureel niet past binnen "
          "het bestaande aanbod, dan onderzoekt het bestuur binnen een half jaar of een nieuw arrangement "
          "nodig is. Op die manier ontstond in 2024 de herstartgroep voor jongeren met angstklachten."),
    ] + oogo(s) + [
        H1("Toelaatbaarheid vso, lwoo en pro"),
        P("Het samenwerkingsverband beslist over de toelaatbaarheid tot het voortgezet speciaal onderwijs "
          "en het praktijkonderwijs en over de aanwijzing voor leerwegondersteunend onderwijs. De "
          "aanvraagprocedure, de termijnen en de samenstelling van de commissie zijn te vinden in het "
          "Handboek Toewijzing op onze website; dit handboek wordt in 2026 herzien."),
        H2("Criteria vso"),
        P("Een leerling is toelaatbaar tot het vso wanneer de ondersteuningsbehoefte zo groot is dat "
          "zij ook met een arrangement op de reguliere school en een tijdelijke plaatsing in De Overstap "
          "niet kan worden geboden, én er sprake is van een of meer van de volgende situaties: een "
          "verstandelijke beperking (IQ lager dan 70) in combinatie met een beperkte zelfredzaamheid; "
          "een lichamelijke beperking of langdurige ziekte die intensieve medische zorg in de school "
          "vraagt; of ernstige psychiatrische of gedragsproblematiek waardoor de veiligheid van de leerling "
          "of anderen in een reguliere setting niet kan worden gewaarborgd."),
        H2("Criteria lwoo en pro"),
        P("Voor lwoo en pro hanteren wij de landelijke criteria. Een leerling komt in aanmerking voor lwoo "
          "bij een IQ tussen 75 en 90 en een leerachterstand van 25 tot 50% op ten minste twee van de "
          "domeinen begrijpend lezen, inzichtelijk rekenen, technisch lezen en spellen, of bij een IQ "
          "tussen 91 en 120 met een dergelijke leerachterstand en sociaal-emotionele problematiek. Een "
          "leerling is toelaatbaar tot het praktijkonderwijs bij een IQ tussen 55 en 80 en een "
          "leerachterstand van 50% of meer op ten minste twee domeinen, waarvan één begrijpend lezen of "
          "inzichtelijk rekenen."),
        H2("Duur en bekostigingscategorie"),
        P("Een TLV vso wordt in de regel afgegeven voor twee schooljaren, in de bekostigingscategorie laag; "
          "categorie midden of hoog geldt voor leerlingen met een lichamelijke of meervoudige beperking. "
          "Een TLV pro en een aanwijzing lwoo gelden voor de hele schoolloopbaan in het vo."),
        H1("Einde van de TLV"),
        P("In het laatste jaar van een TLV vso beoordeelt de vso-school in de OPP-bespreking vóór 1 "
          "februari of de leerling verder kan op een reguliere school of dat een nieuwe TLV nodig is. De "
          "vso-school legt haar advies uiterlijk 15 februari voor aan het loket van het "
          "samenwerkingsverband. De commissie neemt vóór 1 april een besluit over een nieuwe TLV. Wordt er "
          "geen nieuwe TLV afgegeven, dan eindigt de TLV op 31 juli en zoekt de vso-school samen met de "
          "consulent van het samenwerkingsverband en de leerling een vo-school, waar de leerling per 1 "
          "augustus wordt ingeschreven. Bij tussentijdse overplaatsing naar een andere vso-school blijft de "
          "lopende TLV geldig."),
        P("In 2024-2025 stroomden elf leerlingen uit het vso terug naar het regulier voortgezet onderwijs."),
        H1("Beoogde en bereikte resultaten"),
        P("In de vorige planperiode hebben wij gestuurd op vier indicatoren. De tabel toont de nulmeting "
          "(2021-2022), het bereikte resultaat (2024-2025) en het doel voor 2030."),
        TABLE([["Indicator", "2021-2022", "2024-2025", "Doel 2030"],
               ["Deelname vso (peildatum 1 oktober)", "3,9%", "3,6%", "3,3%"],
               ["Thuiszitters langer dan 3 maanden", "27", "15", "minder dan 5"],
               ["Leerlingen OPDC terug naar eigen school binnen 6 maanden", "61%", "74%", "80%"],
               ["Voortijdig schoolverlaters met OPP", "6,2%", "5,1%", "4,0%"]]),
        P("Daarnaast willen wij kwalitatief bereiken dat iedere jongere met een ondersteuningsbehoefte een "
          "ononderbroken schoolloopbaan heeft en met een diploma of certificaat uitstroomt naar vervolgonderwijs "
          "of werk."),
        P("Het bureau verzamelt de gegevens drie keer per jaar uit het registratiesysteem, de DUO-telling "
          "en de thuiszitterslijst. Over de voortgang rapporteren wij halfjaarlijks aan het bestuur en "
          "jaarlijks in het jaarverslag, waarin wij ook de kosten per voorziening opnemen. Eens per jaar "
          "bespreken wij de uitkomsten met de OPR en de gemeenten, en passen wij waar nodig onze aanpak aan."),
        H1("Financieel beleid"),
        P("Het verdeelmodel voor de middelen lichte ondersteuning wordt in 2026 herijkt in overleg met de "
          "besturen. Tot de herijking is afgerond, geldt het verdeelmodel uit het vorige ondersteuningsplan, "
          "dat bij het bureau kan worden opgevraagd. Het nieuwe model wordt na instemming van de OPR aan dit "
          "plan toegevoegd."),
        P("Onderstaande meerjarenbegroting laat zien waaraan de middelen in de planperiode worden besteed."),
        TABLE([["Lasten (x € 1.000)", "2026", "2027", "2028", "2029"],
               ["Afdracht vso (DUO)", "6.840", "6.720", "6.610", "6.520"],
               ["Lwoo en pro (doorbetaling besturen)", "7.950", "7.880", "7.810", "7.760"],
               ["Lichte ondersteuning scholen", "3.120", "3.100", "3.080", "3.060"],
               ["OPDC De Overstap", "1.480", "1.480", "1.480", "1.480"],
               ["Onderwijs-zorgarrangementen", "410", "420", "430", "440"],
               ["Thuiszittersaanpak en herstartgroep", "260", "260", "260", "260"],
               ["Bureau en personeel", "1.120", "1.140", "1.160", "1.180"],
               ["Totaal lasten", "21.180", "21.000", "20.830", "20.700"],
               ["Totaal baten", "21.050", "20.930", "20.810", "20.700"]]),
        P("Het tekort in 2026 en 2027 wordt gedekt uit de algemene reserve. De reserve daalt daarmee tot "
          "ongeveer 6% van de baten, binnen de signaleringswaarde."),
    ] + inclusie_kennis(s) + personeel(s) + ict_privacy(s) + governance(s) + opr(s, parents=False) + totstandkoming(s) + [
        H1("Begrippenlijst"),
        TABLE([["Begrip", "Betekenis"],
               ["Lwoo", "Leerwegondersteunend onderwijs."],
               ["OJSP", "Ouder- en jeugdsteunpunt: onafhankelijke plek waar ouders en jongeren terecht kunnen "
                "met vragen over onderwijs en ondersteuning."],
               ["Onderwijsconsulenten", "Landelijke organisatie die ouders onafhankelijk adviseert."],
               ["OPDC", "Orthopedagogisch-didactisch centrum."],
               ["Pro", "Praktijkonderwijs."],
               ["Terugplaatsing", "Overstap van het vso naar het regulier voortgezet onderwijs."],
               ["TLV", "Toelaatbaarheidsverklaring."],
               ["Verdeelmodel", "Afspraken over de verdeling van de middelen over de besturen."]]),
    ]
    return b


# ---------------------------------------------------------------------------
# Plan 5  (PO, html web version): basisondersteuning and financien only
# deferred/referred; strong terugplaatsing; results monitored but no goals yet;
# OJSP described but no information channels for parents.
# ---------------------------------------------------------------------------

S5 = dict(name="Samenwerkingsverband Primair Passend Waterland-Noord", short="Waterland-Noord",
          code="PO 27-93", region="Waterland-Noord", n_besturen=5, n_schools=33, n_lln="6.100",
          period="2026-2030", director="M. (Marieke) Koopmans-de Wit",
          gemeenten="Purmerwold, Edam-Noord, Oosthuizerveen en Beemsterhorn",
          oogo_date="11 maart 2026", d_start="14 april 2025", d_sessies="juni - november 2025",
          d_concept="11 december 2025", d_overleg="12 februari 2026", d_opr="24 maart 2026",
          d_vast="7 april 2026")


def plan5():
    s = S5
    b = [TITLE("Ondersteuningsplan 2026-2030 - " + s["name"],
               "Webversie van het ondersteuningsplan. De pdf-versie kunt u downloaden via deze pagina."),
         TOC("Voorwoord", "Het samenwerkingsverband in vogelvlucht", "Missie en visie", "Basisondersteuning",
             "Toelaatbaarheid", "Terugplaatsing en overplaatsing", "Geen kind buiten beeld", "Financiën",
             "Monitoring en resultaten", "Ouders en het steunpunt", "Personeel en professionalisering",
             "ICT, privacy en gegevensbescherming", "Organisatie en governance",
             "Totstandkoming van dit plan", "Begrippen")]
    b += voorwoord(s) + leeswijzer(s) + context_block(s) + visie(s) + [
        H1("Basisondersteuning"),
        P("In 2025 hebben de besturen besloten het niveau van de basisondersteuning opnieuw te bepalen, mede "
          "omdat de landelijke norm voor basisondersteuning eraan komt. Wij willen voorkomen dat scholen twee "
          "keer in korte tijd hun werkwijze moeten aanpassen. De nieuwe afspraken over basisondersteuning "
          "worden uitgewerkt door een werkgroep van intern begeleiders en directeuren en na instemming van "
          "de OPR aan dit plan toegevoegd. Tot die tijd werken de scholen met hun eigen "
          "schoolondersteuningsprofiel."),
        H1("Toelaatbaarheid"),
        P("Wanneer een kind naar het speciaal basisonderwijs of het speciaal onderwijs moet, vraagt het "
          "schoolbestuur van de school van inschrijving een toelaatbaarheidsverklaring aan bij het Loket "
          "van het samenwerkingsverband. Aan de aanvraag gaat altijd een multidisciplinair overleg vooraf "
          "op school, waarbij de ouders, de intern begeleider, de leerkracht en de orthopedagoog van het "
          "samenwerkingsverband aanwezig zijn. De aanvraag bevat het OPP, de verslagen van het "
          "multidisciplinair overleg en de zienswijze van de ouders."),
        P("Het Loket controleert binnen vijf werkdagen of de aanvraag volledig is. Daarna geven twee "
          "onafhankelijke deskundigen schriftelijk advies: een orthopedagoog of GZ-psycholoog en een "
          "tweede deskundige die past bij de vraag van het kind. De directeur-bestuurder neemt op basis van "
          "die adviezen binnen zes weken een besluit. De TLV-commissie beoordeelt iedere aanvraag op maat. "
          "Een afwegingskader met de criteria voor toelaatbaarheid tot sbo en so is in ontwikkeling en wordt "
          "naar verwachting in 2027 gepubliceerd."),
        P("Ouders kunnen binnen zes weken na de bekendmaking bezwaar maken tegen het besluit. Het bestuur "
          "vraagt dan advies aan de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen."),
        H1("Terugplaatsing en overplaatsing"),
        P("Ons beleid is dat een plaatsing in het sbo of so in beginsel tijdelijk is. Wij willen dat zoveel "
          "mogelijk kinderen, wanneer hun ontwikkeling dat toelaat, weer naar een reguliere basisschool in "
          "hun eigen woonplaats gaan. Voorwaarde is dat de ontvangende school, met de juiste ondersteuning, "
          "kan bieden wat het kind nodig heeft, en dat ouders en kind achter de overstap staan. De school "
          "van herkomst heeft een morele plicht om mee te werken aan terugplaatsing."),
        P("Werkwijze. De sbo- of so-school evalueert ieder jaar het OPP en beoordeelt daarbij of "
          "terugplaatsing mogelijk is. In het laatste jaar van de TLV, uiterlijk in januari, organiseert de "
          "sbo- of so-school een terugplaatsingsgesprek met de ouders, de orthopedagoog van het "
          "samenwerkingsverband en een mogelijke ontvangende school. De sbo- of so-school kan ook op ieder "
          "ander moment het initiatief nemen; ouders kunnen zelf om een gesprek vragen. Is terugplaatsing "
          "haalbaar, dan besluit het Loket over een terugplaatsingsarrangement; is een nieuwe TLV nodig, dan "
          "vraagt het bestuur van de sbo- of so-school die vóór 1 april aan. Zonder nieuwe TLV eindigt de "
          "plaatsing op 31 juli."),
        P("Ondersteuning na de overstap. Het kind start met een proefplaatsing van zes weken, waarin het "
          "ingeschreven blijft op de sbo- of so-school. Daarna volgt een jaar ambulante begeleiding door een "
          "leerkracht van de school van herkomst. Na drie en na twaalf maanden evalueert de orthopedagoog "
          "met de ouders en de school hoe het gaat."),
        P("In 2024-2025 keerden acht leerlingen terug naar het regulier onderwijs; in 2023-2024 waren dat er "
          "vijf."),
        H1("Geen kind buiten beeld"),
        P("Zorgplicht betekent dat een school voor ieder aangemeld kind een passende plek zoekt. Lukt dat "
          "binnen de termijn van zes (plus vier) weken niet, dan meldt de school dit bij het Loket. Het "
          "samenwerkingsverband organiseert dan binnen twee weken een overleg met de betrokken besturen en "
          "stelt vast welke school de plek biedt."),
        P("Thuiszitters hebben onze volle aandacht. Samen met de leerplichtambtenaren houden wij een "
          "actuele lijst bij van kinderen die zonder onderwijs thuis zitten of een vrijstelling hebben. "
          "Iedere maand bespreekt het Thuiszittersteam (leerplicht, jeugdteam, samenwerkingsverband) de "
          "lijst. Voor elk kind wordt binnen twee weken een plan gemaakt, met een regisseur en een "
          "streefdatum voor terugkeer naar school. Lukt het niet binnen drie maanden, dan escaleert de "
          "regisseur naar het Bestuurlijk Overleg, dat bindend kan besluiten welke school het kind opneemt."),
        P("Jaarlijks in februari inventariseren wij met de speciale scholen de wachtlijsten en de kinderen "
          "voor wie in de regio geen passend aanbod is. Op basis daarvan maken wij afspraken met de besturen "
          "over uitbreiding of het inkopen van plekken buiten de regio."),
        P("Een overzicht van het ondersteuningsaanbod van scholen, bovenschoolse voorzieningen en speciale "
          "scholen is te vinden in de Sociale Kaart op onze website."),
    ] + oogo(s) + [
        H1("Financiën"),
        P("De begroting en de meerjarenbegroting van het samenwerkingsverband worden jaarlijks in december "
          "door het bestuur vastgesteld en zijn te vinden op onze website. Het verdeelmodel is opgenomen in "
          "bijlage 4 (Financieel kader 2026-2030)."),
        H1("Monitoring en resultaten"),
        P("Wij volgen de ontwikkelingen in ons samenwerkingsverband met een vaste set kengetallen: het "
          "deelnamepercentage sbo en so op 1 oktober, het aantal afgegeven TLV's, het aantal "
          "terugplaatsingen, het aantal thuiszitters en vrijstellingen, en de doorlooptijd van aanvragen. "
          "Het bureau stelt ieder half jaar een dashboard op dat in het Bestuurlijk Overleg wordt besproken. "
          "In het jaarverslag rapporteren wij over de bereikte resultaten en over de tevredenheid van scholen "
          "en ouders, die wij iedere twee jaar meten met een vragenlijst. De OPR ontvangt het jaarverslag "
          "en bespreekt het met de directeur-bestuurder."),
        TABLE([["Kengetal", "2023-2024", "2024-2025"],
               ["Deelnamepercentage sbo", "1,9%", "1,8%"],
               ["Deelnamepercentage so", "1,4%", "1,5%"],
               ["Afgegeven TLV's", "71", "76"],
               ["Thuiszitters op 1 oktober", "9", "6"]]),
        P("De beoogde resultaten voor de periode 2026-2030 formuleren wij na de nulmeting in het voorjaar "
          "van 2027, zodat de doelen aansluiten bij de dan geldende landelijke norm."),
        H1("Ouders en het steunpunt"),
        P("Ouders en school zijn partners. Ouders worden betrokken bij het opstellen en bijstellen van het "
          "OPP en zijn aanwezig bij het multidisciplinair overleg over hun kind. Een communicatieplan waarin "
          "staat hoe wij ouders informeren over het ondersteuningsaanbod in de regio, stellen wij in het "
          "schooljaar 2026-2027 op."),
        P("Ouders die vragen hebben, twijfelen over de ondersteuning van hun kind of het niet eens zijn met "
          "de school, kunnen terecht bij het Steunpunt Ouders Waterland. Het steunpunt is onafhankelijk: het "
          "is ondergebracht bij de stichting MEE en valt niet onder het samenwerkingsverband of de besturen. "
          "Een ouderadviseur luistert, denkt mee en kan meegaan naar een gesprek op school. Het steunpunt is "
          "op werkdagen telefonisch bereikbaar en houdt op woensdag een inloopspreekuur in Purmerwold. Bij "
          "een klacht of geschil kunnen ouders zich ook wenden tot de Onderwijsconsulenten of de "
          "Geschillencommissie passend onderwijs."),
    ] + inclusie_kennis(s) + personeel(s) + ict_privacy(s) + governance(s) + opr(s) + totstandkoming(s) + [
        H1("Begrippen"),
        UL("Basisondersteuning: de ondersteuning die iedere school in het samenwerkingsverband biedt.",
           "Dekkend aanbod: een passende plek voor ieder kind.",
           "Meerjarenbegroting: begroting voor vier jaar.",
           "OPP: ontwikkelingsperspectief.",
           "TLV: toelaatbaarheidsverklaring.",
           "Verdeelmodel: de manier waarop middelen over de besturen worden verdeeld."),
    ]
    return b


# ---------------------------------------------------------------------------
# Near-miss (docx): a school's own internal "ondersteuningsplan" (zorgplan) of a
# basisschool, full of SWV vocabulary but not a plan of a samenwerkingsverband.
# ---------------------------------------------------------------------------


def nearmiss():
    b = [TITLE("Ondersteuningsplan 2025-2026", "Kindcentrum De Wilgenhoek, Purmerwold",
               "Intern document voor team en MR - vastgesteld in de teamvergadering van 2 september 2025"), PB,
         TOC("1. Inleiding", "2. De ondersteuningsstructuur van onze school", "3. Zorgniveaus 1 tot en met 5",
             "4. De zorgcyclus en groepsbesprekingen", "5. Samenwerking met het samenwerkingsverband",
             "6. Ouders", "7. Middelen en formatie", "8. Jaarplanning ondersteuning", "9. Evaluatie"), PB,
         H1("Inleiding"),
         P("Dit ondersteuningsplan beschrijft hoe wij op Kindcentrum De Wilgenhoek de ondersteuning aan onze "
           "leerlingen organiseren. Het plan is bedoeld voor leerkrachten, onderwijsassistenten en de intern "
           "begeleider, en wordt jaarlijks in augustus bijgesteld. Het vormt een uitwerking van ons "
           "schoolondersteuningsprofiel (SOP) en sluit aan bij de afspraken van ons samenwerkingsverband, "
           "Samenwerkingsverband Primair Passend Waterland-Noord (PO 27-93). Onze school telt 312 leerlingen "
           "in 13 groepen."),
         P("Voor ouders is er een publieksversie in de schoolgids. Het ondersteuningsplan van het "
           "samenwerkingsverband zelf is te vinden op de website van het samenwerkingsverband."),
         H1("De ondersteuningsstructuur van onze school"),
         P("De leerkracht is verantwoordelijk voor alle leerlingen in de groep. De intern begeleider (IB'er, "
           "0,8 fte) ondersteunt de leerkrachten, coördineert de zorg en is het aanspreekpunt voor externe "
           "partners. De directeur is eindverantwoordelijk. Daarnaast hebben wij een gedragsspecialist "
           "(1 dag per week), een taalspecialist en een rekencoördinator. Twee onderwijsassistenten werken "
           "met kleine groepjes leerlingen buiten de klas."),
         P("Wij bieden de basisondersteuning zoals die in het samenwerkingsverband is afgesproken, aangevuld "
           "met ons eigen aanbod: een plusklas voor groep 5 tot en met 8 op vrijdagochtend, een "
           "taalklasje voor kinderen met een andere thuistaal en de Kanjertraining in alle groepen."),
         H1("Zorgniveaus 1 tot en met 5"),
         TABLE([["Niveau", "Omschrijving", "Wie"],
                ["1", "Algemene zorg in de groep: goed lesgeven, differentiëren in drie niveaus", "Leerkracht"],
                ["2", "Extra zorg in de groep: verlengde instructie, pre-teaching", "Leerkracht"],
                ["3", "Speciale zorg na intern onderzoek: handelingsplan, RT door onderwijsassistent",
                 "Leerkracht en IB"],
                ["4", "Speciale zorg met externe hulp: arrangement via het samenwerkingsverband, "
                 "jeugdteam, logopedie", "IB en externen"],
                ["5", "Verwijzing naar sbo of so met een toelaatbaarheidsverklaring (TLV)", "IB, directie, SWV"]]),
         P("De meeste kinderen vallen in niveau 1 en 2. Voor kinderen op niveau 3 stelt de leerkracht met de "
           "IB'er een handelingsplan op voor zes tot acht weken. Bij niveau 4 wordt het ondersteuningsteam "
           "van de school ingeschakeld, waarin naast de IB'er ook de consulent van het samenwerkingsverband "
           "en de jeugdprofessional zitten. Een OPP wordt opgesteld zodra een kind op niveau 4 komt."),
         H1("De zorgcyclus en groepsbesprekingen"),
         P("Wij werken handelingsgericht. Drie keer per jaar (oktober, februari, juni) houden de leerkracht en "
           "de IB'er een groepsbespreking. Daarin worden de resultaten van de methodetoetsen en de "
           "LVS-toetsen besproken, en de onderwijsbehoeften van de groep en van individuele kinderen in kaart "
           "gebracht. Na de groepsbespreking past de leerkracht het groepsplan aan. Tussen de "
           "groepsbesprekingen door zijn er leerlingbesprekingen op aanvraag."),
         P("Na de toetsperiodes in januari en juni maakt de IB'er een trendanalyse van de resultaten per "
           "groep en per vakgebied. De uitkomsten worden in het team besproken en leiden tot afspraken over "
           "de instructie in het volgende halfjaar. De schoolresultaten op de doorstroomtoets liggen de "
           "afgelopen drie jaar boven de signaleringswaarde."),
         H1("Samenwerking met het samenwerkingsverband"),
         P("Wanneer de ondersteuning op school niet voldoende is, vragen wij via het ondersteuningsteam een "
           "arrangement aan bij het samenwerkingsverband. Dat kan bijvoorbeeld extra begeleiding door een "
           "ambulant begeleider zijn, of een plek in een bovenschoolse voorziening. Wanneer een kind "
           "aangewezen is op het speciaal basisonderwijs of speciaal onderwijs, vraagt het bestuur namens de "
           "school een toelaatbaarheidsverklaring aan bij het Loket van het samenwerkingsverband. De IB'er "
           "zorgt voor een volledig dossier met het OPP en de zienswijze van de ouders."),
         P("Kinderen die vanuit het sbo of so terugkeren naar onze school, ontvangen wij graag. De IB'er "
           "neemt deel aan het terugplaatsingsgesprek en zorgt dat de leerkracht goed is voorbereid. In het "
           "afgelopen schooljaar zijn twee kinderen vanuit het sbo bij ons ingestroomd."),
         H1("Ouders"),
         P("Ouders zijn onze partners. Bij zorgen over een kind neemt de leerkracht altijd eerst contact op "
           "met de ouders. Ouders worden uitgenodigd voor het opstellen en evalueren van het OPP en zijn "
           "aanwezig bij het ondersteuningsteam. Ouders kunnen voor onafhankelijk advies terecht bij het "
           "Steunpunt Ouders Waterland. De klachtenregeling van ons bestuur staat in de schoolgids."),
         H1("Middelen en formatie"),
         P("Onze school ontvangt via het bestuur ondersteuningsmiddelen van het samenwerkingsverband. Voor "
           "schooljaar 2025-2026 gaat het om ongeveer € 64.000. Wij zetten deze middelen in voor de uren van "
           "de onderwijsassistenten (1,2 fte), de gedragsspecialist en de plusklas. De directeur verantwoordt "
           "de inzet in het jaarverslag aan het bestuur."),
         H1("Jaarplanning ondersteuning"),
         TABLE([["Maand", "Activiteit"],
                ["September", "Startgesprekken met ouders; overdracht tussen leerkrachten"],
                ["Oktober", "Groepsbesprekingen ronde 1; ondersteuningsteam"],
                ["Januari", "LVS-toetsen; trendanalyse"],
                ["Februari", "Groepsbesprekingen ronde 2; evaluatie OPP's"],
                ["April", "Doorstroomtoets groep 8"],
                ["Juni", "LVS-toetsen; groepsbesprekingen ronde 3; overdracht naar volgend schooljaar"]]),
         H1("Evaluatie"),
         P("Dit plan wordt in juni geëvalueerd in het team en met de MR. Verbeterpunten voor 2025-2026 zijn "
           "het verbeteren van de kwaliteit van de groepsplannen, het scholen van de onderwijsassistenten in "
           "rekenen en het beter benutten van de expertise van het samenwerkingsverband bij gedragsvragen."),
         ]
    return b


# ---------------------------------------------------------------------------
# Labels
# ---------------------------------------------------------------------------

CORE = ["basisondersteuning.niveau", "basisondersteuning.inhoud", "plaatsing.procedure", "plaatsing.criteria",
        "terugstroom.procedure", "terugstroom.beleid", "financien.verdeling", "financien.besteding",
        "dekkend-aanbod.continuum", "dekkend-aanbod.lacunes", "resultaten.doelen", "resultaten.monitoring",
        "ouders.informatie", "ouders.steunpunt"]
ELEMENTS = ["basisondersteuning", "plaatsing", "terugstroom", "financien", "dekkend-aanbod", "resultaten",
            "ouders"]


def status(crit, advisory, el):
    vals = [v for k, v in crit.items() if k.split(".")[0] == el]
    if all(vals):
        return "present"
    if any(vals) or advisory.get(el):
        return "partial"
    return "missing"


def label_text(documents, sector, false_crit, advisory, notes):
    crit = {c: c not in false_crit for c in CORE}
    els = ", ".join(f"{e}: {status(crit, advisory, e)}" for e in ELEMENTS)
    lines = [f"documents: [{', '.join(documents)}]", f"sector: {sector}", "looks_like_plan: true",
             f"elements: {{{els}}}", "criteria:"]
    lines += [f"  {c}: {'true' if crit[c] else 'false'}" for c in CORE]
    lines.append("advisory_addressed:")
    for e in ELEMENTS:
        if advisory.get(e):
            lines.append(f"  {e}: [{', '.join(advisory[e])}]")
    lines.append("notes:")
    for e in ELEMENTS:
        lines.append(f"  {e}: \"{notes[e]}\"")
    return "\n".join(lines) + "\n"


LABELS = {
    "po-maas-en-linge-ondersteuningsplan-2026-2030": dict(
        documents=["po-maas-en-linge-ondersteuningsplan-2026-2030.docx"], sector="po",
        false_crit={"terugstroom.procedure", "resultaten.monitoring"},
        advisory={"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
                  "terugstroom": ["monitoring"], "financien": ["reserves", "verantwoording"],
                  "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
        notes={"basisondersteuning": "H4: SWV-wide minimum for all 61 schools plus twelve concrete standaarden; "
                                     "kwaliteitskaart/verbeterplan as borging",
               "plaatsing": "H6 Toelaatbaarheid: steps 1-5, Commissie Toelaatbaarheid within 6 weeks, sbo/so "
                            "criteria, two deskundigen, duration/category, LBT bezwaar",
               "terugstroom": "H7: policy (thuisnabij, conditions, terugkeerarrangement) present; the stappenplan "
                              "(initiative, evaluation moments, decision) is deferred to the first plan year",
               "financien": "H10: EUR 190 per leerling + vaste voet, commissie arrangementen; meerjarenbegroting "
                            "2026-2029 table; weerstandsvermogen",
               "dekkend-aanbod": "H5: four-level continuum table; annual witte-vlekkenanalyse with dated actions, "
                                 "thuiszitterstafel and doorzettingsmacht",
               "resultaten": "H8: four ambities with numeric 2030 targets; how they are measured and reported is "
                             "deferred to a monitoringskader 'in de loop van 2027'; terugblik lists only activities",
               "ouders": "H9 Ouders: website/ouderfolder in 4 talen/schoolgids/info-avonden; independent Ouder- en "
                         "Jeugdsteunpunt, Onderwijsconsulenten, klachtenregeling"}),
    "po-brede-vallei-op-hoofdlijnen": dict(
        documents=["po-brede-vallei-op-hoofdlijnen.pdf"], sector="po",
        false_crit={"basisondersteuning.inhoud", "plaatsing.procedure", "plaatsing.criteria",
                    "terugstroom.procedure", "terugstroom.beleid", "financien.besteding",
                    "dekkend-aanbod.continuum", "dekkend-aanbod.lacunes", "resultaten.doelen",
                    "resultaten.monitoring", "ouders.steunpunt"},
        advisory={"ouders": ["betrokkenheid"]},
        notes={"basisondersteuning": "H4: level defined as SWV-wide ondergrens for all 38 schools, but the concrete "
                                     "voorzieningen are only in absent bijlage 2 / the SOP's; 4-aspect definition "
                                     "only in the begrippenlijst",
               "plaatsing": "H5 only refers to the Handboek Toewijzing on the website; no procedure or criteria in "
                            "the plan (TLV only in TOC/begrippenlijst)",
               "terugstroom": "nothing in the body; 'terugplaatsing' only in the begrippenlijst",
               "financien": "H8: schoolmodel, EUR 205 per leerling (1 oktober) + vaste voet, DUO/groeibekostiging = "
                            "verdeling; meerjarenbegroting deferred to December with a table of p.m. amounts",
               "dekkend-aanbod": "H6 only defers ('brengen wij in kaart', thuiszitters 'krijgt een plek in het "
                                 "jaarplan'); OOGO mentioned only as a procedural date; school list without offer",
               "resultaten": "no intended or achieved results and no monitoring anywhere; word only in "
                             "voorwoord/begrippenlijst",
               "ouders": "H7: informed via SOP, schoolgids, ouderpagina website, two info-avonden; independent "
                         "support (OJSP) deferred until the law is in force; OPR has six parents"}),
    "po-kempenland-oost-ondersteuningsplan": dict(
        documents=["po-kempenland-oost-ondersteuningsplan.pdf"], sector="po",
        false_crit={"dekkend-aanbod.lacunes"},
        advisory={"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
                  "terugstroom": ["monitoring"], "financien": ["verantwoording"],
                  "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
        notes={"basisondersteuning": "H3 'Wat elke school biedt': common level for all 44 schools in prose, "
                                     "concrete content only in the domain table; yearly consulent visit",
               "plaatsing": "H5 Toelaatbaarheid: bevoegd gezag applies, TLV-commissie, 2 deskundigen, 6 weken, "
                            "bezwaar via LBT; criteria and duration only in the table",
               "terugstroom": "inside H5 subsection 'Na de TLV': policy and conditions, yearly OPP evaluation, "
                              "overleg before 1 maart, decision before 1 mei, 6 months AB after return",
               "financien": "H8 'Geld en middelen': 70/20/10 verdeling after DUO afdracht; meerjarenbegroting only "
                            "as a table",
               "dekkend-aanbod": "H4: continuum (arrangement, Kangoeroeklas, Taalschool, Kleine Groep, sbo/so) "
                                 "present; gap analysis and thuiszittersaanpak deferred to 2026-2027",
               "resultaten": "H6 Kwaliteit en resultaten: four numeric targets; kwaliteitskalender, dashboard, "
                             "tevredenheidspeiling, jaarverslag",
               "ouders": "H7 'Communicatie': ouderwebsite, schoolgids, ouderavond; Ouderpunt Kempen (independent "
                         "OJSP), Onderwijsconsulenten, Ouders & Onderwijs"}),
    "vo-zuidwest-veluwe-ondersteuningsplan": dict(
        documents=["vo-zuidwest-veluwe-ondersteuningsplan.docx"], sector="vo",
        false_crit={"plaatsing.procedure", "terugstroom.beleid", "financien.verdeling", "ouders.informatie",
                    "ouders.steunpunt"},
        advisory={"basisondersteuning": ["borging"], "plaatsing": ["duur-categorie"], "terugstroom": ["monitoring"],
                  "financien": ["reserves"], "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"]},
        notes={"basisondersteuning": "H3: agreed minimum for every vestiging plus eight concrete provisions; "
                                     "two-yearly audit",
               "plaatsing": "H6: vso, lwoo and pro criteria and TLV duration/category present; procedure, "
                            "termijnen and commission only in the website Handboek Toewijzing",
               "terugstroom": "H7 'Einde van de TLV': procedure with dates (1 feb, 15 feb, 1 april, 31 juli) but "
                              "no policy aims, conditions or support after return",
               "financien": "H9: meerjarenbegroting with spending lines present; verdeelmodel deferred to a 2026 "
                            "herijking and only available on request",
               "dekkend-aanbod": "H4 continuum table (OPDC De Overstap, OZA, vso) and H5 thuiszitters/zorgplicht "
                                 "approach with thuiszittersoverleg",
               "resultaten": "H8: indicator table with nulmeting, achieved 2024-2025 and 2030 targets; data "
                             "collection and reporting cycle",
               "ouders": "no information channels and no independent support in the body; OJSP and "
                         "Onderwijsconsulenten appear only in the begrippenlijst"}),
    "po-waterland-noord-ondersteuningsplan": dict(
        documents=["po-waterland-noord-ondersteuningsplan.html"], sector="po",
        false_crit={"basisondersteuning.niveau", "basisondersteuning.inhoud", "plaatsing.criteria",
                    "financien.verdeling", "financien.besteding", "dekkend-aanbod.continuum",
                    "resultaten.doelen", "ouders.informatie"},
        advisory={"plaatsing": ["deskundigen", "bezwaar"], "terugstroom": ["monitoring"],
                  "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
        notes={"basisondersteuning": "section Basisondersteuning only says the level is being re-set and will be "
                                     "added later; schools use their own SOP meanwhile",
               "plaatsing": "section Toelaatbaarheid: Loket, MDO, dossier, 2 deskundigen, 6 weken, bezwaar; "
                            "criteria 'op maat', afwegingskader expected in 2027",
               "terugstroom": "section Terugplaatsing en overplaatsing: policy, werkwijze with initiative and "
                              "moments, proefplaatsing and ambulante begeleiding after return",
               "financien": "section Financien only refers to the website and absent bijlage 4",
               "dekkend-aanbod": "section 'Geen kind buiten beeld': zorgplicht, Thuiszittersteam, yearly waiting-"
                                 "list inventory; the support continuum is only referred to the website Sociale Kaart",
               "resultaten": "section Monitoring en resultaten: kengetallen, half-yearly dashboard, jaarverslag; "
                             "beoogde resultaten deferred until after a nulmeting in 2027",
               "ouders": "Steunpunt Ouders Waterland (independent, MEE), Onderwijsconsulenten, GPO present; how "
                         "parents are informed is deferred to a communicatieplan 2026-2027"}),
}

NEARMISS_LABEL = """documents: [kc-wilgenhoek-ondersteuningsplan-school.docx]
sector: po
looks_like_plan: false
elements: {}
criteria: {}
notes:
  document: "School-level internal ondersteuningsplan (zorgplan) of one basisschool (zorgniveaus 1-5, groepsbesprekingen, IB-formatie) that refers to its samenwerkingsverband; not the ondersteuningsplan of a samenwerkingsverband (domain 5.4)"
"""


def main():
    docs = [
        (plan1, "po-maas-en-linge-ondersteuningsplan-2026-2030.docx", S1["name"]),
        (plan2, "po-brede-vallei-op-hoofdlijnen.pdf", S2["name"]),
        (plan3, "po-kempenland-oost-ondersteuningsplan.pdf", S3["name"]),
        (plan4, "vo-zuidwest-veluwe-ondersteuningsplan.docx", S4["name"]),
        (plan5, "po-waterland-noord-ondersteuningsplan.html", S5["name"]),
        (nearmiss, "kc-wilgenhoek-ondersteuningsplan-school.docx", "Kindcentrum De Wilgenhoek"),
    ]
    for fn, name, header in docs:
        blocks = fn()
        path = OUT / name
        if name.endswith(".docx"):
            write_docx(blocks, path, header)
        elif name.endswith(".pdf"):
            to_pdf(blocks, path, header)
        else:
            write_html(blocks, path, header)
        print(f"{name}: {word_count(blocks)} words")
    for stem, lab in LABELS.items():
        (OUT / f"{stem}.expected.yaml").write_text(
            label_text(lab["documents"], lab["sector"], lab["false_crit"], lab["advisory"], lab["notes"]),
            encoding="utf-8")
    (OUT / "kc-wilgenhoek-ondersteuningsplan-school.expected.yaml").write_text(NEARMISS_LABEL, encoding="utf-8")


if __name__ == "__main__":
    main()
