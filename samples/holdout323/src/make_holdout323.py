#!/usr/bin/env python3
"""Generate the holdout323 test set: five fictional ondersteuningsplannen (PO and VO) and one
near-miss document, plus hand-written label files (<name>.expected.yaml).

Deterministic, no network. Output goes to the folder above this script's folder.
PDFs are rendered from a temporary .docx with LibreOffice (soffice --headless).
"""
import html
import shutil
import subprocess
import tempfile
from pathlib import Path

from docx import Document
from docx.shared import Pt

OUT = Path(__file__).resolve().parent.parent

# ---------------------------------------------------------------------------------------------
# Block model: ("title", text) ("h1", text) ("h2", text) ("p", text) ("ul", [items])
#              ("ol", [items]) ("table", [[cells], ...]) ("pb",) page break
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
        elif kind == "table":
            rows = b[1]
            t = doc.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    t.cell(i, j).text = c
            doc.add_paragraph("")
        elif kind == "pb":
            doc.add_page_break()
    doc.save(str(path))


def render_html(blocks, path, title):
    out = ["<!DOCTYPE html>", '<html lang="nl">', "<head>", '<meta charset="utf-8">',
           f"<title>{html.escape(title)}</title>", "</head>", "<body>"]
    for b in blocks:
        kind = b[0]
        if kind == "title":
            out.append(f"<h1>{html.escape(b[1])}</h1>")
        elif kind == "h1":
            out.append(f"<h2>{html.escape(b[1])}</h2>")
        elif kind == "h2":
            out.append(f"<h3>{html.escape(b[1])}</h3>")
        elif kind == "p":
            out.append(f"<p>{html.escape(b[1])}</p>")
        elif kind in ("ul", "ol"):
            out.append(f"<{kind}>" + "".join(f"<li>{html.escape(i)}</li>" for i in b[1]) + f"</{kind}>")
        elif kind == "table":
            rows = b[1]
            s = ["<table border=\"1\">", "<tr>" + "".join(f"<th>{html.escape(c)}</th>" for c in rows[0]) + "</tr>"]
            for r in rows[1:]:
                s.append("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in r) + "</tr>")
            s.append("</table>")
            out.append("\n".join(s))
    out += ["</body>", "</html>"]
    Path(path).write_text("\n".join(out) + "\n", encoding="utf-8")


def render_pdf(blocks, path, header=None, footer=None):
    tmp = Path(tempfile.mkdtemp(prefix="holdout323_render_"))
    try:
        src = tmp / (Path(path).stem + ".docx")
        render_docx(blocks, src, header, footer)
        prof = tmp / "lo_profile"
        subprocess.run(["soffice", f"-env:UserInstallation=file://{prof}", "--headless",
                        "--convert-to", "pdf", "--outdir", str(tmp), str(src)],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
        shutil.copyfile(tmp / (Path(path).stem + ".pdf"), path)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


# ---------------------------------------------------------------------------------------------
# Shared filler (organisation, governance, etc.) - deliberately does NOT address the 7 elements
# beyond passing mentions.
# ---------------------------------------------------------------------------------------------

def f_voorwoord(c):
    return [
        ("p", f"Voor u ligt het ondersteuningsplan {c['periode']} van {c['naam']}. Het is het derde plan sinds de "
              f"invoering van passend onderwijs in 2014 en tegelijk een plan dat op een ander moment wordt geschreven "
              f"dan de vorige. De arbeidsmarkt voor onderwijspersoneel is krap, de vraag naar jeugdhulp groeit en de "
              f"landelijke politiek heeft met de verbeteraanpak passend onderwijs nieuwe accenten gelegd. Dat alles "
              f"vraagt van de besturen in {c['regio']} dat zij de komende jaren nog nauwer samenwerken."),
        ("p", "Dit plan is geen handboek. Het beschrijft de afspraken die wij met elkaar maken en de richting die wij "
              "kiezen. Bij het schrijven hebben wij gesproken met directeuren, intern begeleiders en "
              "ondersteuningscoördinatoren, met leraren, met ouders en met onze partners bij de gemeenten. Hun "
              "opbrengsten zijn in dit plan verwerkt. Wij danken iedereen die heeft meegedacht, in het bijzonder de "
              "leden van de ondersteuningsplanraad, die het concept kritisch en constructief hebben gelezen."),
        ("p", f"Wij hopen dat dit plan voor iedereen die bij het onderwijs in onze regio betrokken is een "
              f"herkenbaar document is: voor leraren die dagelijks het verschil maken, voor schoolleiders die keuzes "
              f"maken over middelen en mensen, en voor ouders die willen weten waar zij aan toe zijn. Wij nodigen u "
              f"uit om met ons in gesprek te blijven over de uitvoering ervan."),
        ("p", f"{c['bestuurder']}, directeur-bestuurder"),
    ]


def f_totstandkoming(c):
    return [
        ("p", f"Het samenwerkingsverband stelt ten minste eenmaal per vier jaar een ondersteuningsplan vast. Dit plan "
              f"geldt voor de schooljaren {c['periode']}, dat wil zeggen van 1 augustus {c['periode'][:4]} tot en met "
              f"31 juli {c['periode'][-4:]}. Het concept is in de periode september tot en met december "
              f"{int(c['periode'][:4]) - 1} opgesteld door een schrijfgroep van het bureau, aangevuld met twee "
              f"schoolleiders en een bestuurder."),
        ("p", f"Het op overeenstemming gericht overleg (OOGO) met de colleges van burgemeester en wethouders van "
              f"{c['gemeenten']} is gevoerd op {c['oogo_datum']}. Het overleg met het samenwerkingsverband "
              f"{c['buur']} vond plaats op {c['buur_datum']}. De ondersteuningsplanraad heeft op {c['opr_datum']} "
              f"ingestemd met het plan. Het algemeen bestuur heeft het plan daarna definitief vastgesteld; het is "
              f"vóór 1 mei via het Internet Schooldossier aan de Inspectie van het Onderwijs toegezonden."),
        ("p", "Tussentijdse wijzigingen van betekenis leggen wij opnieuw ter instemming voor aan de "
              "ondersteuningsplanraad. Kleine aanpassingen, zoals actualisering van namen, adressen en kengetallen, "
              "verwerken wij zonder nieuwe vaststelling; zij worden wel gemeld aan de raad."),
    ]


def f_regio(c):
    return [
        ("p", f"{c['naam']} omvat het grondgebied van de gemeenten {c['gemeenten']}. In het verband werken "
              f"{c['besturen']} schoolbesturen samen. Samen zijn zij verantwoordelijk voor {c['scholen']} en "
              f"ongeveer {c['leerlingen']} leerlingen. De regio kent een stedelijke kern en een groot landelijk "
              f"gebied met kleine kernen, waar reisafstanden voor leerlingen en ouders een rol spelen."),
        ("p", "De leerlingaantallen in de regio dalen licht. De prognoses laten een daling van ongeveer vier procent "
              "over de planperiode zien, met grote verschillen tussen de kernen: in de stad blijft het aantal "
              "leerlingen vrijwel gelijk, in de dorpen is de krimp sterker. Dat heeft gevolgen voor de "
              "levensvatbaarheid van kleine scholen en daarmee ook voor de manier waarop expertise over de regio "
              "verdeeld is."),
        ("p", "De regio kent een relatief hoog aandeel gezinnen dat gebruikmaakt van jeugdhulp. Ook het aantal "
              "nieuwkomers is de afgelopen jaren gestegen, onder meer door de opvang van ontheemden uit Oekraïne. "
              "Scholen merken dat de vragen die leerlingen meebrengen complexer worden en dat er vaker meerdere "
              "hulpverleners rond één gezin betrokken zijn."),
    ]


def f_visie(c):
    return [
        ("p", f"Wij geloven dat {c['kind']} het recht heeft op onderwijs dat past bij wie hij of zij is en wat hij "
              f"of zij nodig heeft. Dat onderwijs vindt zo veel mogelijk plaats in de eigen omgeving, samen met "
              f"leeftijdgenoten. Scholen, ouders en partners werken daarbij samen vanuit vertrouwen en met respect "
              f"voor elkaars rol."),
        ("p", "Onze missie luidt: samen zorgen voor een passende plek en een ononderbroken ontwikkeling. Dat is "
              "geen belofte die het samenwerkingsverband alleen kan waarmaken. Het vraagt dat schoolbesturen hun "
              "verantwoordelijkheid nemen, dat leraren zich gesteund weten en dat wij met gemeenten en "
              "zorgpartners over de grenzen van onze organisaties heen kijken."),
        ("p", "Vier kernwaarden geven richting aan ons handelen: nabij (zo dicht mogelijk bij huis), samen (niemand "
              "hoeft het alleen te doen), eenvoudig (zo min mogelijk bureaucratie, zo veel mogelijk tijd voor het "
              "kind) en lerend (wij kijken kritisch naar wat werkt en passen ons aan). Deze waarden keren terug in "
              "alle hoofdstukken van dit plan."),
        ("p", "Wij werken resultaatgericht, maar wij beseffen dat niet alles wat waardevol is zich in cijfers laat "
              "vangen. Het welbevinden van een kind, het vertrouwen van ouders in de school en het werkplezier van "
              "een leraar zijn minstens zo belangrijk als de getallen in een jaarverslag."),
    ]


def f_governance(c):
    return [
        ("p", f"{c['naam']} is een stichting. Het bestuur is ingericht volgens het raad-van-toezichtmodel: de "
              f"directeur-bestuurder vormt het bestuur en legt verantwoording af aan de raad van toezicht. De raad "
              f"van toezicht bestaat uit vijf leden; drie van hen zijn bestuurders van aangesloten schoolbesturen, "
              f"twee zijn onafhankelijk. De onafhankelijke voorzitter wordt benoemd op voordracht van de raad."),
        ("p", "Daarnaast kent de stichting een algemene vergadering van aangesloten schoolbesturen, die twee keer per "
              "jaar bijeenkomt. De algemene vergadering adviseert over de hoofdlijnen van beleid, het "
              "ondersteuningsplan, het jaarplan en de jaarrekening. In de statuten is een regeling opgenomen voor "
              "het beslechten van geschillen tussen aangesloten besturen en het samenwerkingsverband."),
        ("p", "Het bestuur hanteert de Code Goed Bestuur in het primair en voortgezet onderwijs als leidraad. De "
              "scheiding tussen bestuur en toezicht is in een bestuursreglement en een toezichtkader vastgelegd. "
              "Jaarlijks evalueert de raad van toezicht het eigen functioneren, één keer in de drie jaar onder "
              "externe begeleiding."),
    ]


def f_personeel(c):
    return [
        ("p", f"Het bureau van het samenwerkingsverband telt {c['fte']} fte. Het bestaat uit de directeur-bestuurder, "
              f"een beleidsmedewerker, een controller (gedeeltelijk ingehuurd), een managementassistent, een team van "
              f"consulenten en orthopedagogen en een secretariaat. De medewerkers zijn in dienst van de stichting of "
              f"worden gedetacheerd vanuit aangesloten besturen."),
        ("p", "Het samenwerkingsverband is een kleine organisatie met een grote opdracht. Wij investeren daarom in de "
              "deskundigheid van onze medewerkers: iedere medewerker heeft een persoonlijk ontwikkelplan en een "
              "scholingsbudget. Wij werken met jaarlijkse gesprekken over functioneren en ontwikkeling en wij "
              "bewaken de werkdruk, die in drukke periodes van het schooljaar hoog kan oplopen."),
        ("p", "Het personeelstekort in het onderwijs raakt ook ons. Vacatures voor orthopedagogen zijn soms lang niet "
              "vervuld. Wij werken daarom samen met de hogescholen en universiteiten in de regio om stagiairs op te "
              "leiden en wij delen expertise met aangesloten besturen via een gezamenlijke flexpool."),
    ]


def f_privacy(c):
    return [
        ("p", "Voor de uitvoering van onze taken verwerken wij persoonsgegevens van leerlingen, waaronder soms "
              "gegevens over gezondheid. Wij doen dat alleen voor zover dat nodig is en binnen de kaders van de "
              "Algemene verordening gegevensbescherming (AVG) en de onderwijswetgeving. Het samenwerkingsverband "
              "heeft een functionaris gegevensbescherming aangesteld, die gedeeld wordt met twee andere verbanden."),
        ("p", "Aanvragen en dossiers worden digitaal uitgewisseld via een beveiligde omgeving. Alleen medewerkers die "
              "het dossier nodig hebben voor hun taak hebben toegang. Dossiers worden niet langer bewaard dan nodig; "
              "de wettelijke bewaartermijn van drie jaar na het besluit is daarbij leidend. Het privacyreglement van "
              "het samenwerkingsverband wordt in de planperiode geactualiseerd."),
        ("p", "Op het gebied van ICT maken wij gebruik van een gedeelde kantooromgeving in de cloud. Wij hebben "
              "verwerkersovereenkomsten gesloten met alle leveranciers. Medewerkers volgen jaarlijks een korte "
              "training informatiebeveiliging, en wij voeren ten minste eenmaal per jaar een test uit op het "
              "herstel van back-ups."),
    ]


def f_professionalisering(c):
    return [
        ("p", "Kennis delen is een van de sterkste instrumenten die een samenwerkingsverband heeft. Wij organiseren "
              "daarom netwerken voor intern begeleiders en ondersteuningscoördinatoren, die vijf keer per jaar bij "
              "elkaar komen. In die netwerken staan actuele thema's centraal, zoals gedrag in de klas, "
              "executieve functies, omgaan met trauma en het werken met een ontwikkelingsperspectief."),
        ("p", "Daarnaast bieden wij scholen een jaarlijks scholingsaanbod aan, dat gebaseerd is op de vragen die "
              "scholen zelf aandragen. Het aanbod varieert van korte workshops tot langere leergangen, bijvoorbeeld "
              "over taalontwikkeling van meertalige kinderen of over samenwerken met ouders. Scholen betalen voor "
              "deelname een bescheiden eigen bijdrage."),
        ("p", "Ten slotte stimuleren wij dat scholen bij elkaar in de keuken kijken. Collegiale consultatie, "
              "lesbezoeken en gezamenlijke studiedagen helpen om goede praktijken te verspreiden. Wij faciliteren "
              "dit door vervangingskosten te vergoeden en door de contacten te leggen."),
    ]


def f_oogo_proc(c):
    # purely procedural OOGO (no content about cooperation)
    return [
        ("p", f"Het samenwerkingsverband voert ten minste eenmaal per jaar bestuurlijk overleg met de wethouders "
              f"onderwijs van {c['gemeenten']}. Het OOGO over het concept van dit plan is gevoerd op "
              f"{c['oogo_datum']}; het verslag is door beide partijen ondertekend. Het overleg verliep volgens de "
              f"procedure die wij in 2022 met de gemeenten hebben vastgelegd, inclusief de afspraken over het "
              f"beslechten van geschillen. Van die geschillenregeling is geen gebruik gemaakt."),
    ]


def f_oogo_inhoud(c):
    return [
        ("p", f"Onderwijs en jeugdhulp raken elkaar dagelijks. Met de gemeenten {c['gemeenten']} hebben wij "
              f"afgesproken dat iedere school een vaste contactpersoon van het lokale team heeft, die ten minste "
              f"zes keer per jaar aanschuift bij het ondersteuningsteam van de school. Zo kan jeugdhulp snel en "
              f"zonder verwijzing worden ingezet als een kind of gezin dat nodig heeft."),
        ("p", "Voor kinderen die zowel onderwijs als zorg nodig hebben, maken wij samen met de gemeenten "
              "onderwijs-zorgarrangementen. De gemeente financiert het zorgdeel (bijvoorbeeld begeleiding of "
              "behandeling onder schooltijd), het samenwerkingsverband of het schoolbestuur het onderwijsdeel. Een "
              "gezamenlijke werkgroep bewaakt dat de afspraken over de financiering niet ten koste gaan van de "
              "snelheid waarmee een arrangement start."),
        ("p", "Andere onderwerpen op de gezamenlijke agenda zijn leerlingenvervoer, onderwijshuisvesting voor "
              "bovenschoolse voorzieningen, de aansluiting met de kinderopvang en voorschoolse educatie en de "
              "ondersteuning van nieuwkomers. Het verslag van het OOGO is op aanvraag beschikbaar."),
    ]


def f_planning_table(c, rows):
    return [("table", [["Periode", "Activiteit", "Eigenaar"]] + rows)]


def f_innovatie(c):
    return [
        ("p", f"Passend onderwijs is geen afgerond project. Samen met de hogeschool in de regio en twee lectoraten "
              f"doet {c['naam'].split(' (')[0]} praktijkgericht onderzoek naar vragen die scholen zelf inbrengen. In "
              f"de afgelopen jaren ging het bijvoorbeeld over de rol van de onderwijsassistent in de klas, over "
              f"co-teaching en over de vraag hoe leraren beter kunnen omgaan met verschillen zonder dat de werkdruk "
              f"verder stijgt."),
        ("p", "Wij stellen jaarlijks een innovatiebudget beschikbaar waarop scholen en besturen met een kort voorstel "
              "kunnen intekenen. Een onafhankelijke jury van een schoolleider, een leraar en een externe deskundige "
              "beoordeelt de voorstellen op originaliteit, haalbaarheid en overdraagbaarheid naar andere scholen. "
              "Projecten die worden toegekend, presenteren hun ervaringen op de jaarlijkse kennisdag, zodat andere "
              "scholen ervan kunnen leren."),
        ("p", "Ook digitale hulpmiddelen krijgen een plek. Wij volgen de ontwikkelingen rond adaptieve leermiddelen "
              "en voorleessoftware nauwlettend, en wij delen met scholen wat wij leren over de inzet van zulke "
              "hulpmiddelen in de praktijk. Daarbij letten wij nadrukkelijk op privacy en op de vraag of een "
              "hulpmiddel werkelijk bijdraagt aan het leren."),
    ]


def f_werkwijze_bureau(c):
    return [
        ("p", "Het bureau van het samenwerkingsverband is op werkdagen tussen 8.30 en 17.00 uur bereikbaar. In de "
              "schoolvakanties geldt een beperkte bezetting; spoedvragen van scholen worden dan binnen twee werkdagen "
              "beantwoord. Consulenten werken voor een groot deel op de scholen zelf en zijn daarom niet altijd op "
              "kantoor aanwezig."),
        ("p", "De bestuurlijke jaarcyclus is vast. In het voorjaar stelt het bestuur de kaderbrief voor het volgende "
              "jaar vast; in het najaar volgen het jaarplan en de begroting. De jaarrekening en het jaarverslag worden "
              "vóór 1 juli vastgesteld, na goedkeuring door de raad van toezicht en na controle door de accountant. "
              "De vergaderdata worden aan het begin van het schooljaar op de website gepubliceerd."),
        ("p", "Het samenwerkingsverband kent een aantal reglementen die samen met dit plan het kader vormen, waaronder "
              "het bestuursreglement, het reglement van de ondersteuningsplanraad, het privacyreglement en de "
              "klokkenluidersregeling. Wij streven naar zo weinig mogelijk regels: wat in dit plan staat, hoeft niet "
              "nog eens in een reglement te worden herhaald."),
    ]


def f_landelijk(c):
    return [
        ("p", "Landelijk is er de afgelopen jaren veel veranderd. Na de evaluatie van passend onderwijs in 2020 heeft "
              "de minister een verbeteraanpak gepresenteerd met tientallen maatregelen, waarvan een deel direct "
              "gevolgen heeft voor samenwerkingsverbanden. Denk aan de afbouw van bovenmatige reserves, aan de "
              "versterking van het intern toezicht en aan de positie van de ondersteuningsplanraad."),
        ("p", "Daarnaast werkt het ministerie aan een landelijke norm voor basisondersteuning en aan wetgeving over "
              "de positie van ouders en leerlingen. Zolang die wetgeving niet in werking is getreden, volgen wij de "
              "ontwikkelingen en bereiden wij ons voor. Waar nodig passen wij dit plan tussentijds aan, met "
              "instemming van de ondersteuningsplanraad."),
        ("p", "Ook de ambitie om op termijn naar inclusiever onderwijs te gaan, waarin speciale en reguliere scholen "
              "meer met elkaar verweven zijn, vraagt om een lange adem. Wij nemen deel aan landelijke netwerken van "
              "samenwerkingsverbanden om van elkaar te leren en om de stem van onze regio te laten horen in Den Haag. "
              "De sectorraden en het Steunpunt Passend Onderwijs zijn daarbij belangrijke partners."),
    ]


BEGRIP_PO = [
    ["Begrip", "Omschrijving"],
    ["Arrangement", "Een samenhangend geheel van ondersteuning voor een leerling of groep leerlingen."],
    ["Basisondersteuning", "Het afgesproken niveau van ondersteuning dat alle scholen in het samenwerkingsverband bieden."],
    ["IB'er", "Intern begeleider."],
    ["OJSP", "Ouder- en jeugdsteunpunt: onafhankelijke plek waar ouders en jeugdigen terechtkunnen met vragen."],
    ["OOGO", "Op overeenstemming gericht overleg tussen samenwerkingsverband en gemeenten."],
    ["OPP", "Ontwikkelingsperspectiefplan."],
    ["OPR", "Ondersteuningsplanraad."],
    ["SBO", "Speciaal basisonderwijs."],
    ["SO", "Speciaal onderwijs (cluster 3 en 4)."],
    ["Terugplaatsing", "De overstap van een leerling van het s(b)o naar het reguliere basisonderwijs."],
    ["TLV", "Toelaatbaarheidsverklaring, afgegeven door het samenwerkingsverband."],
    ["Meerjarenbegroting", "Begroting die de financiële gevolgen van beleid over meerdere jaren zichtbaar maakt."],
]

BEGRIP_VO = [
    ["Begrip", "Omschrijving"],
    ["Basisondersteuning", "Het geheel van preventieve en licht curatieve interventies dat alle scholen bieden."],
    ["LWOO", "Leerwegondersteunend onderwijs."],
    ["OPDC", "Orthopedagogisch-didactisch centrum."],
    ["OPR", "Ondersteuningsplanraad; bestaat uit ouders, leerlingen en personeelsleden."],
    ["OJSP", "Ouder- en jeugdsteunpunt."],
    ["PrO", "Praktijkonderwijs."],
    ["Terugplaatsing", "Overstap van het vso naar het regulier voortgezet onderwijs na afloop van de TLV."],
    ["TLV", "Toelaatbaarheidsverklaring voor het voortgezet speciaal onderwijs of het praktijkonderwijs."],
    ["Verdeelmodel", "Afspraken over de verdeling van ondersteuningsmiddelen over de schoolbesturen."],
    ["VSO", "Voortgezet speciaal onderwijs."],
    ["Zorgplicht", "Plicht van het schoolbestuur om een passende plek te bieden of te vinden."],
]


# ---------------------------------------------------------------------------------------------
# Plan 1: PO, question headings, .docx
# ---------------------------------------------------------------------------------------------

def plan1():
    c = dict(naam="Samenwerkingsverband Passend Primair Onderwijs De Rivierenbrug (PO 26-07)", periode="2026-2030",
             regio="het Rivierenland", gemeenten="Waalhoven, Lingedal en Beusichem-Oost", buur="VO Rivierenland (VO 26-08)",
             oogo_datum="10 februari 2026", buur_datum="27 januari 2026", opr_datum="17 maart 2026",
             besturen="elf", scholen="58 basisscholen, één school voor speciaal basisonderwijs en twee scholen voor speciaal onderwijs",
             leerlingen="12.900", kind="ieder kind", bestuurder="M. (Marieke) van Dalsem", fte="14,6")
    B = [("title", "Ondersteuningsplan 2026-2030"),
         ("p", "Samenwerkingsverband Passend Primair Onderwijs De Rivierenbrug (PO 26-07)"),
         ("p", "Over basisondersteuning, toelaatbaarheid en terugplaatsing, de verdeling van middelen, resultaten en "
               "de rol van ouders"),
         ("p", "Vastgesteld door het bestuur op 24 maart 2026, na instemming van de ondersteuningsplanraad"),
         ("pb",),
         ("h1", "Inhoud"),
         ("ul", ["Voorwoord", "1. Hoe is dit plan tot stand gekomen?", "2. Wie zijn wij?", "3. Waar staan we voor?",
                 "4. Wat mag elk kind op iedere school verwachten? (basisondersteuning)",
                 "5. Wat als een kind meer nodig heeft?",
                 "6. Hoe zorgen we dat geen kind tussen wal en schip valt?",
                 "7. Hoe gaat een kind naar het sbo of so? (toelaatbaarheid en terugplaatsing)",
                 "8. Hoe verdelen we het geld? (financiën en meerjarenbegroting)",
                 "9. Wat willen we bereiken? (resultaten en monitoring)",
                 "10. Hoe communiceren wij?", "11. Wie besturen het samenwerkingsverband?",
                 "12. Wie werken er bij ons?", "13. Hoe gaan we om met gegevens?",
                 "14. Hoe werken we samen met gemeenten?", "15. Wat gaan we wanneer doen?",
                 "Bijlage: begrippenlijst"]),
         ("pb",),
         ("h1", "Voorwoord")] + f_voorwoord(c) + [
         ("h1", "1. Hoe is dit plan tot stand gekomen?")] + f_totstandkoming(c) + [
         ("h1", "2. Wie zijn wij?")] + f_regio(c) + [
         ("h1", "3. Waar staan we voor?")] + f_visie(c) + [
         ("h1", "4. Wat mag elk kind op iedere school verwachten?"),
         ("p", "In De Rivierenbrug hebben de elf besturen samen één ondergrens afgesproken: de basisondersteuning. "
               "Dit is wat iedere vestiging van iedere aangesloten basisschool, zonder uitzondering, aan elk kind "
               "biedt, zonder dat daarvoor een aanvraag bij het samenwerkingsverband nodig is. Een school mag meer "
               "bieden, nooit minder. De afspraken zijn in 2025 herijkt en gelden voor alle 58 basisscholen."),
         ("p", "Concreet betekent dit dat ouders op elke school van De Rivierenbrug het volgende aantreffen:"),
         ("ul", ["een intern begeleider met een aanstelling van ten minste 0,4 fte per 200 leerlingen, die het "
                 "aanspreekpunt is voor ouders en leraren bij zorgen over een kind;",
                 "een ondersteuningsteam (OT) dat minimaal zes keer per jaar bijeenkomt, waarin naast de IB'er een "
                 "consulent van het samenwerkingsverband en een medewerker van het lokale team zitting hebben;",
                 "een vastgesteld dyslexie- en dyscalculieprotocol, inclusief signalering in groep 2 en 3 en "
                 "extra instructie volgens het protocol leesproblemen en dyslexie;",
                 "een aanbod voor sociaal-emotionele ontwikkeling met een methode of programma dat schoolbreed "
                 "wordt gebruikt, en een anti-pestprotocol met een aanspreekbare pestcoördinator;",
                 "verrijkings- en verdiepingsstof voor kinderen die meer aankunnen, met ten minste wekelijkse "
                 "begeleiding van deze kinderen buiten de reguliere instructie;",
                 "een aanpak voor taalondersteuning van kinderen met een andere thuistaal (NT2), in de eerste twee "
                 "jaar op school;",
                 "afspraken over medisch handelen en het toedienen van medicijnen, vastgelegd in een protocol;",
                 "handelingsgericht werken: groepsbesprekingen drie keer per jaar en een groepsplan of "
                 "groepsoverzicht waarin de onderwijsbehoeften van alle kinderen zichtbaar zijn."]),
         ("p", "Elke school beschrijft in de schoolgids hoe zij deze basisondersteuning invult en welke extra "
               "ondersteuning zij daarnaast biedt. Het bureau van het samenwerkingsverband toetst jaarlijks in "
               "september of iedere schoolgids de afgesproken onderdelen bevat. Daarnaast voeren consulenten eens "
               "in de twee jaar een kwaliteitsgesprek op iedere school aan de hand van de kwaliteitskaart "
               "basisondersteuning. Scoort een school op een onderdeel onvoldoende, dan maakt het bestuur binnen "
               "drie maanden een verbeterplan, dat het samenwerkingsverband na een jaar opnieuw toetst."),
         ("h1", "5. Wat als een kind meer nodig heeft?"),
         ("p", "Het ondersteuningsaanbod in De Rivierenbrug is opgebouwd in vier niveaus die op elkaar aansluiten. "
               "Niveau 1 is de basisondersteuning uit het vorige hoofdstuk. Op niveau 2 zet de school met het eigen "
               "schoolbudget extra ondersteuning in, bijvoorbeeld een remedial teacher, een kleine instructiegroep "
               "of een gedragsspecialist die met de leerkracht meekijkt. Op niveau 3 gaat het om een arrangement "
               "dat het samenwerkingsverband toekent: individueel of voor een groep kinderen, in de eigen school of "
               "in een bovenschoolse voorziening. Niveau 4 is het speciaal basisonderwijs en het speciaal onderwijs."),
         ("p", "Bovenschools beschikt het verband over de observatiegroep De Kei (twaalf plaatsen, voor kinderen "
               "van groep 1 tot en met 4 bij wie nog niet duidelijk is wat zij nodig hebben), de plusklas Wijzer "
               "(één dag per week, op drie locaties) en de taalklas voor nieuwkomers in Waalhoven. Daarnaast kunnen "
               "scholen een beroep doen op ambulante begeleiding vanuit de so-scholen en op de consulenten van het "
               "verband. Iedere school heeft een vaste consulent; de consulent is ook de eerste route naar een "
               "arrangement."),
         ("p", "Het verband kent een sbo-school (De Regenboog) met twee locaties en twee so-scholen voor cluster 3 "
               "en 4 (De Wilgen en Het Anker). Voor kinderen met een meervoudige beperking werken wij samen met een "
               "so-school buiten de regio."),
         ("h1", "6. Hoe zorgen we dat geen kind tussen wal en schip valt?"),
         ("p", "Het uitgangspunt is dat elk kind naar school gaat. Toch zijn er in onze regio ieder jaar kinderen die "
               "(gedeeltelijk) thuiszitten of op een wachtlijst staan. Voor hen hebben wij de volgende aanpak "
               "afgesproken. Iedere school meldt een kind dat langer dan vier weken geheel of gedeeltelijk niet naar "
               "school gaat binnen een week bij de consulent en bij de leerplichtambtenaar. De thuiszitterstafel, "
               "met leerplicht, lokaal team, consulent en het schoolbestuur, komt maandelijks bijeen en stelt voor "
               "ieder kind binnen twee weken een plan op."),
         ("p", "Lukt het niet om binnen zes weken een passende plek te vinden, dan neemt de directeur-bestuurder "
               "van het samenwerkingsverband de regie over (doorzettingsmacht) en besluit zij welk bestuur de plek "
               "biedt en met welk arrangement. Zo zorgen wij dat de zorgplicht van het bestuur van aanmelding ook "
               "in moeilijke situaties wordt waargemaakt."),
         ("p", "Het bureau brengt twee keer per jaar in beeld voor welke vragen geen passend aanbod bestaat (witte "
               "vlekken) en hoe lang de wachtlijsten bij de bovenschoolse voorzieningen en het so zijn. Op basis "
               "daarvan besluit het bestuur over uitbreiding van het aanbod. In 2025 leidde dit bijvoorbeeld tot de "
               "start van een tweede groep voor jonge kinderen met ernstige gedragsproblemen."),
         ("h1", "7. Hoe gaat een kind naar het sbo of so?"),
         ("p", "Soms heeft een kind meer nodig dan een basisschool, ook met een arrangement, kan bieden. Dan kan het "
               "schoolbestuur een toelaatbaarheidsverklaring (TLV) aanvragen voor het speciaal basisonderwijs of "
               "het speciaal onderwijs. De aanvraag verloopt als volgt:"),
         ("ol", ["De school bespreekt de situatie in het ondersteuningsteam, met de ouders en de consulent, en "
                 "stelt een ontwikkelingsperspectiefplan (OPP) op of actualiseert het.",
                 "Het schoolbestuur dient de aanvraag in bij de Commissie Toelaatbaarheid van het "
                 "samenwerkingsverband, met het OPP, het groeidocument en de zienswijze van de ouders.",
                 "Twee deskundigen geven ieder een eigen, schriftelijk advies: altijd een orthopedagoog of "
                 "psycholoog, en daarnaast afhankelijk van de vraag een jeugdarts, maatschappelijk werker of "
                 "kinderpsychiater. Deskundigen die bij de aanvraag betrokken waren, adviseren niet.",
                 "De commissie besluit namens het bestuur binnen zes weken na ontvangst van de volledige aanvraag. "
                 "In spoedsituaties is een besluit binnen vijf werkdagen mogelijk."]),
         ("p", "De commissie geeft een TLV af als aan alle volgende voorwaarden is voldaan: de school heeft de "
               "basisondersteuning en ten minste één arrangement gedurende minimaal zes maanden handelingsgericht "
               "ingezet en geëvalueerd; de ondersteuningsbehoefte van het kind overstijgt aantoonbaar wat een "
               "reguliere school met een arrangement kan bieden; en het sbo of so kan naar het oordeel van de "
               "deskundigen beter in die behoefte voorzien. Voor het so geldt bovendien dat de hulpvraag "
               "(mede) voortkomt uit een verstandelijke, lichamelijke of gedragsmatige beperking die intensieve "
               "begeleiding gedurende de hele schooldag vraagt."),
         ("p", "Een TLV voor het sbo wordt afgegeven voor twee schooljaren, een TLV voor het so voor één tot vier "
               "schooljaren, in de bekostigingscategorie laag, midden of hoog. Ouders en school die het niet eens "
               "zijn met het besluit, kunnen binnen zes weken bezwaar maken bij het samenwerkingsverband. Het "
               "verband vraagt dan advies aan de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen."),
         ("h2", "En daarna?"),
         ("p", "Plaatsing in het sbo of so is in De Rivierenbrug in beginsel tijdelijk. Wij willen dat kinderen die "
               "dat kunnen, weer naar een school in hun eigen wijk of dorp gaan, dicht bij hun vriendjes. Daarbij "
               "gelden twee voorwaarden: het kind heeft zich zodanig ontwikkeld dat de ondersteuningsbehoefte past "
               "binnen de basisondersteuning plus een arrangement, en de ontvangende school is bereid en in staat "
               "die ondersteuning te bieden. Een kind dat terugkeert naar het reguliere basisonderwijs krijgt "
               "gedurende het eerste jaar een terugkeerarrangement van € 2.500 en twintig uur ambulante "
               "begeleiding door de school waar het vandaan komt."),
         ("p", "Het stappenplan voor terugplaatsing – wie het initiatief neemt, welke evaluatiemomenten er zijn en "
               "hoe het aflopen van de TLV daarop wordt afgestemd – maken wij in het eerste planjaar samen met de "
               "sbo- en so-scholen op."),
         ("h1", "8. Hoe verdelen we het geld?"),
         ("p", "Het samenwerkingsverband ontvangt van het Rijk middelen voor lichte en zware ondersteuning. Na "
               "aftrek van de afdrachten aan DUO voor leerlingen in het so en de bekostiging van het sbo boven de "
               "twee procent blijft een bedrag over dat wij volgens een vast verdeelmodel over de besturen en het "
               "verband verdelen."),
         ("ul", ["70 procent gaat als schoolbudget naar de besturen: een vaste voet van € 7.500 per vestiging, plus "
                 "€ 182 per leerling op de teldatum 1 oktober van het voorgaande jaar;",
                 "20 procent is bestemd voor arrangementen op niveau 3, die de Commissie Toelaatbaarheid op "
                 "aanvraag van een school toekent aan de hand van de criteria in hoofdstuk 7 en de handreiking "
                 "arrangeren;",
                 "10 procent is bestemd voor bovenschoolse voorzieningen (De Kei, de plusklas en de taalklas) en het "
                 "bureau."]),
         ("p", "Besturen verantwoorden jaarlijks vóór 1 maart met een vast format waaraan zij het schoolbudget "
               "hebben besteed. Het samenwerkingsverband houdt een weerstandsvermogen aan dat niet hoger is dan de "
               "signaleringswaarde van de Inspectie; de reserves zijn in de vorige planperiode teruggebracht tot "
               "€ 1,1 miljoen."),
         ("p", "De meerjarenbegroting 2026-2030 en het bestedingsoverzicht per jaar zijn opgenomen in bijlage 6 "
               "(Financieel kader). Die bijlage wordt jaarlijks na vaststelling van de begroting vervangen."),
         ("h1", "9. Wat willen we bereiken?"),
         ("p", "Voor de kinderen die extra ondersteuning nodig hebben, willen wij aan het eind van deze planperiode "
               "het volgende hebben bereikt:"),
         ("ul", ["er zijn in de regio op geen enkel moment meer dan vijf kinderen die langer dan drie maanden "
                 "thuiszitten;",
                 "ten minste 85 procent van de kinderen met een arrangement op niveau 3 kan na afloop van het "
                 "arrangement op de eigen school blijven;",
                 "het deelnamepercentage so ligt onder 1,6 procent;",
                 "ten minste 80 procent van de ouders van kinderen met een OPP geeft aan dat de ondersteuning "
                 "aansluit bij wat hun kind nodig heeft."]),
         ("p", "Hoe en wanneer wij deze resultaten meten en waar wij erover rapporteren, leggen wij vast in een "
               "monitoringsplan. Dat plan is in voorbereiding."),
         ("h1", "10. Hoe communiceren wij?"),
         ("p", "Het samenwerkingsverband communiceert met veel verschillende doelgroepen: schoolbesturen, "
               "schoolleiders, intern begeleiders, leraren, gemeenten en ouders. Voor professionals verschijnt zes "
               "keer per jaar een digitale nieuwsbrief en is er een besloten kennisbank met formats en handreikingen."),
         ("p", "Ouders vinden op de ouderpagina van onze website in begrijpelijke taal wat passend onderwijs is, welke "
               "ondersteuning iedere school biedt, welke arrangementen en voorzieningen er zijn en hoe een aanvraag "
               "verloopt. Dezelfde informatie staat in de brochure 'Passend onderwijs in het Rivierenland', die elke "
               "school bij de aanmelding meegeeft en die verkrijgbaar is in het Nederlands, Engels, Arabisch, Pools "
               "en Oekraïens. Twee keer per jaar organiseren wij een informatieavond voor ouders, en iedere schoolgids "
               "verwijst naar de ouderpagina."),
         ("p", "Ouders die een vraag hebben of het niet eens zijn met de school, kunnen terecht bij het Ouder- en "
               "Jeugdsteunpunt Rivierenland. Het steunpunt is onafhankelijk van scholen en samenwerkingsverband, "
               "wordt uitgevoerd door Stichting Ouderkracht en is op werkdagen telefonisch en via een chat "
               "bereikbaar. Het steunpunt luistert, denkt mee en kan een gesprek met de school begeleiden. Daarnaast "
               "kunnen ouders kosteloos een beroep doen op de landelijke Onderwijsconsulenten, en bij een klacht op "
               "de klachtenregeling van het samenwerkingsverband of de Geschillencommissie passend onderwijs."),
         ("p", "Ouders zijn volwaardig partner bij het opstellen van het OPP en worden uitgenodigd voor ieder "
               "overleg van het ondersteuningsteam over hun kind. In de ondersteuningsplanraad vertegenwoordigen zes "
               "ouders de ouders van alle scholen."),
         ("h1", "11. Wie besturen het samenwerkingsverband?")] + f_governance(c) + [
         ("h1", "12. Wie werken er bij ons?")] + f_personeel(c) + f_professionalisering(c) + [
         ("h1", "13. Hoe gaan we om met gegevens?")] + f_privacy(c) + [
         ("h1", "14. Hoe werken we samen met gemeenten?")] + f_oogo_inhoud(c) + f_oogo_proc(c) + [
         ("h1", "15. Wat gaan we wanneer doen?"),
         ("p", "Het plan wordt uitgewerkt in jaarplannen. Onderstaand overzicht toont de belangrijkste mijlpalen."),
        ] + f_planning_table(c, [
             ["2026-2027", "Stappenplan terugplaatsing opstellen met sbo/so", "Beleidsmedewerker"],
             ["2026-2027", "Monitoringsplan resultaten", "Directeur-bestuurder"],
             ["2027-2028", "Evaluatie verdeelmodel", "Controller"],
             ["2028-2029", "Herijking kwaliteitskaart basisondersteuning", "Consulenten"],
             ["2029-2030", "Voorbereiding nieuw ondersteuningsplan", "Bestuur en OPR"]]) + [
         ("h1", "Bijlage: begrippenlijst"), ("table", BEGRIP_PO)]
    labels = dict(
        sector="po",
        elements=dict(basisondersteuning="present", plaatsing="present", terugstroom="partial",
                      financien="partial", **{"dekkend-aanbod": "present"}, resultaten="partial", ouders="present"),
        criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
                  "plaatsing.procedure": True, "plaatsing.criteria": True,
                  "terugstroom.procedure": False, "terugstroom.beleid": True,
                  "financien.verdeling": True, "financien.besteding": False,
                  "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
                  "resultaten.doelen": True, "resultaten.monitoring": False,
                  "ouders.informatie": True, "ouders.steunpunt": True},
        advisory={"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
                  "financien": ["reserves", "verantwoording"], "dekkend-aanbod": ["ketenpartners"],
                  "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
        notes={"basisondersteuning": "Ch.4 (question heading) states the common minimum for all 58 schools and lists concrete voorzieningen; borging via schoolgids check and kwaliteitskaart.",
               "plaatsing": "Ch.7 numbered TLV steps, two deskundigen, 6-week term, criteria paragraph, duration/category, bezwaar via LBT.",
               "terugstroom": "Ch.7 'En daarna?' gives policy (temporary placement, conditions, terugkeerarrangement EUR 2.500) but the stappenplan is deferred to the first plan year.",
               "financien": "Ch.8 verdeelmodel 70/20/10 with vaste voet and per-leerling bedrag; meerjarenbegroting/besteding only referred to absent bijlage 6.",
               "dekkend-aanbod": "Ch.5 four-level continuum with named voorzieningen; ch.6 thuiszitters aanpak, doorzettingsmacht, witte vlekken.",
               "resultaten": "Ch.9 measurable targets, but measurement/monitoring is deferred to a monitoringsplan 'in voorbereiding'.",
               "ouders": "Only inside ch.10 'Hoe communiceren wij?': ouderpagina, brochure in 5 languages, info evenings; independent OJSP and Onderwijsconsulenten."})
    return c, B, labels


# ---------------------------------------------------------------------------------------------
# Plan 2: VO, numbered chapters, .docx
# ---------------------------------------------------------------------------------------------

def plan2():
    c = dict(naam="Samenwerkingsverband Voortgezet Onderwijs Kust en Polder (VO 27-04)", periode="2026-2030",
             regio="de kuststreek en de polder", gemeenten="Zeewolderdijk, Haringvliet-West en Oudekamp",
             buur="PO Kust en Polder (PO 27-03)", oogo_datum="3 februari 2026", buur_datum="20 januari 2026",
             opr_datum="10 maart 2026", besturen="zeven", scholen="negentien vestigingen voor vmbo, havo en vwo, twee scholen voor praktijkonderwijs en één school voor voortgezet speciaal onderwijs",
             leerlingen="18.400", kind="iedere jongere", bestuurder="drs. H.J. (Henk) Schoonderwoerd", fte="11,2")
    B = [("title", "Ondersteuningsplan Kust en Polder 2026-2030"),
         ("p", "Samenwerkingsverband Voortgezet Onderwijs Kust en Polder (VO 27-04)"),
         ("p", "Versie ter vaststelling, maart 2026"),
         ("pb",),
         ("h1", "Inhoudsopgave"),
         ("ul", ["1. Inleiding", "2. Totstandkoming en planperiode", "3. Onze regio", "4. Visie en koers",
                 "5. Basisondersteuning", "6. Het ondersteuningsaanbod", "7. Geld en middelen",
                 "8. Ouders en leerlingen", "9. Toewijzing: TLV vso, lwoo en pro", "10. Kwaliteit en resultaten",
                 "11. Samenwerking met gemeenten", "12. Organisatie en bestuur", "13. Personeel en professionalisering",
                 "14. Privacy en ICT", "15. Planning", "Bijlage A. Begrippen en afkortingen"]),
         ("pb",),
         ("h1", "1. Inleiding")] + f_voorwoord(c) + [
         ("p", "De vorige planperiode stond in het teken van de fusie van de voormalige verbanden Kust en Polder, de "
               "verhuizing van het bureau naar Oudekamp en de overstap op een nieuw digitaal aanvraagsysteem. In deze "
               "terugblik kijken wij vooral naar wat dat organisatorisch heeft gevraagd; de inhoudelijke koers van "
               "de vorige periode zetten wij voort."),
         ("h1", "2. Totstandkoming en planperiode")] + f_totstandkoming(c) + [
         ("h1", "3. Onze regio")] + f_regio(c) + [
         ("h1", "4. Visie en koers")] + f_visie(c) + [
         ("p", "In de planperiode werken wij aan vier speerpunten: wij versterken de samenwerking tussen de scholen "
               "en het vso, wij vereenvoudigen de aanvraagprocedures, wij professionaliseren de "
               "ondersteuningscoördinatoren en wij verbeteren de communicatie met scholen en ouders."),
         ("h1", "5. Basisondersteuning"),
         ("p", "De besturen van Kust en Polder hebben afgesproken dat op alle negentien vestigingen voor regulier "
               "voortgezet onderwijs dezelfde ondergrens van ondersteuning geldt, ongeacht schoolsoort of bestuur. "
               "Deze ondergrens, de basisondersteuning, is vastgelegd in de Kwaliteitsstandaard Basisondersteuning "
               "Kust en Polder, die het algemeen bestuur in juni 2025 heeft vastgesteld. Geen enkele vestiging mag "
               "onder dat niveau uitkomen; een leerling hoeft voor basisondersteuning niets aan te vragen."),
         ("p", "De concrete invulling – welke voorzieningen, interventies en expertise een leerling op iedere "
               "vestiging aantreft – staat in de Kwaliteitsstandaard zelf. Die is als afzonderlijk document "
               "gepubliceerd op www.kustenpolder-vo.nl/basis."),
         ("p", "Iedere school neemt in de schoolgids op hoe zij aan de Kwaliteitsstandaard voldoet. Het bureau "
               "controleert dat elk jaar in oktober. Voldoet een vestiging niet, dan volgt een gesprek met het bevoegd "
               "gezag en een verbeterafspraak met een termijn van ten hoogste één schooljaar."),
         ("h1", "6. Het ondersteuningsaanbod"),
         ("p", "Het aanbod in Kust en Polder is ingericht als een doorlopend geheel van vier lagen. In laag 1, de "
               "basisondersteuning, zorgt iedere vestiging voor de afgesproken ondergrens. In laag 2 biedt de school "
               "extra ondersteuning binnen de eigen muren, gefinancierd uit de middelen voor lichte ondersteuning: "
               "bijvoorbeeld een trajectvoorziening, een time-outruimte met begeleiding, kleinere klassen in de "
               "onderbouw van het vmbo of begeleiding door een orthopedagoog van het eigen bestuur."),
         ("p", "Laag 3 omvat de bovenschoolse voorzieningen van het samenwerkingsverband: het OPDC De Brug in "
               "Oudekamp (72 plaatsen, voor leerlingen die tijdelijk of voor langere tijd in een kleine setting "
               "beter tot leren komen), de Rebound (tijdelijke opvang van maximaal twaalf weken voor leerlingen die "
               "op hun eigen school vastlopen) en de schakelvoorziening voor nieuwkomers. Laag 4 is het voortgezet "
               "speciaal onderwijs. Tussen de lagen bestaan vaste overdrachtsmomenten, en een leerling kan ook "
               "tijdelijk in twee lagen tegelijk ondersteuning krijgen."),
         ("p", "Leerlingen die zowel onderwijs als jeugdhulp nodig hebben, kunnen een onderwijs-zorgarrangement "
               "krijgen, dat wij samen met de gemeenten vormgeven. Ook voor hoogbegaafde leerlingen bestaat een "
               "bovenschools aanbod, de Plusroute, op twee havo/vwo-scholen."),
         ("p", "Thuiszitters verdienen onze bijzondere aandacht. Hoe wij witte vlekken in het aanbod in beeld "
               "brengen en oplossen, werken wij uit in de netwerkanalyse die het algemeen bestuur in het voorjaar "
               "van 2027 bespreekt."),
         ("h1", "7. Geld en middelen"),
         ("p", "Het samenwerkingsverband ontvangt jaarlijks ongeveer € 14,2 miljoen aan rijksbekostiging voor "
               "lichte en zware ondersteuning. Een groot deel daarvan gaat rechtstreeks naar het vso en het "
               "praktijkonderwijs via de afdrachten die DUO inhoudt."),
         ("p", "Voor de verdeling van de overige middelen geldt het volgende model. De middelen voor lichte "
               "ondersteuning gaan volledig naar de besturen, naar rato van het aantal leerlingen op 1 oktober van "
               "het voorgaande jaar (in 2026: € 118 per leerling). De middelen voor lwoo worden verdeeld naar het "
               "aantal leerlingen met een lwoo-aanwijzing op 1 oktober. Het budget voor bovenschoolse voorzieningen "
               "wordt op basis van een vaste formatie per plaats toegekend aan het bestuur dat de voorziening "
               "uitvoert. Individuele arrangementen worden toegekend door de Commissie Toewijzing op basis van de "
               "ondersteuningsbehoefte die in het OPP is beschreven."),
         ("p", "De meerjarenbegroting ziet er als volgt uit (bedragen × € 1.000):"),
         ("table", [["Post", "2026", "2027", "2028", "2029"],
                    ["Baten rijksbijdrage ondersteuning", "14.210", "14.050", "13.880", "13.720"],
                    ["Afdrachten vso en pro (DUO)", "6.940", "6.900", "6.860", "6.820"],
                    ["Lichte ondersteuning naar besturen", "2.170", "2.140", "2.110", "2.080"],
                    ["Lwoo naar besturen", "2.260", "2.230", "2.200", "2.170"],
                    ["OPDC De Brug en Rebound", "1.690", "1.690", "1.690", "1.690"],
                    ["Individuele arrangementen", "640", "620", "600", "580"],
                    ["Bureau en organisatie", "1.030", "1.040", "1.050", "1.060"],
                    ["Resultaat", "-520", "-570", "-630", "-680"]]),
         ("p", "Het negatieve resultaat is een bewuste keuze: wij bouwen de reserve, die eind 2025 € 4,1 miljoen "
               "bedroeg, in vier jaar af tot een niveau dat past bij het risicoprofiel van het verband."),
         ("h1", "8. Ouders en leerlingen"),
         ("p", "Ouders en leerlingen moeten weten welke ondersteuning er is en hoe zij die kunnen krijgen. Op iedere "
               "vestiging is de ondersteuningscoördinator het eerste aanspreekpunt. De schoolgids beschrijft de "
               "basisondersteuning en de extra ondersteuning van de school. Het samenwerkingsverband publiceert op "
               "de website een overzicht van alle voorzieningen in de regio, met per voorziening de doelgroep en de "
               "manier van aanmelden, en organiseert ieder najaar samen met het PO-verband een informatiemarkt "
               "voor ouders van leerlingen in groep 7 en 8."),
         ("p", "Leerlingen hebben het recht om hun mening te geven over hun ontwikkelingsperspectief; scholen "
               "nodigen hen daarom uit voor het gesprek over het OPP."),
         ("p", "Voor onafhankelijk advies verwijzen wij naar de pagina 'Hulp voor ouders' op onze website."),
         ("h1", "9. Toewijzing: TLV vso, lwoo en pro"),
         ("h2", "9.1 Toelaatbaarheid vso"),
         ("p", "Een school die van oordeel is dat een leerling is aangewezen op het vso, dient namens het bevoegd "
               "gezag een aanvraag in bij de Commissie Toewijzing via het digitale aanvraagsysteem. De aanvraag "
               "bevat het OPP, een verslag van het multidisciplinair overleg en de zienswijze van ouders en "
               "leerling. De commissie vraagt advies aan twee deskundigen: een orthopedagoog of GZ-psycholoog van "
               "het samenwerkingsverband en, afhankelijk van de leerling, een jeugdarts, kinderpsychiater of "
               "maatschappelijk werker. De commissie besluit binnen zes weken."),
         ("p", "Een leerling is toelaatbaar tot het vso als (a) de school de ondersteuning uit lagen 1 tot en met 3 "
               "aantoonbaar heeft ingezet of als uit het deskundigenadvies blijkt dat dit bij voorbaat zinloos is, "
               "(b) de leerling ook met een arrangement niet tot ontwikkeling komt in het regulier onderwijs en "
               "(c) de ondersteuningsbehoefte vraagt om een combinatie van onderwijs en begeleiding gedurende de "
               "hele schooldag. De TLV wordt afgegeven voor twee schooljaren, in de regel in categorie laag."),
         ("h2", "9.2 Lwoo en praktijkonderwijs"),
         ("p", "Kust en Polder hanteert de landelijke criteria voor lwoo en pro. Voor lwoo gaat het om een IQ tussen "
               "75 en 90 met een leerachterstand op ten minste twee domeinen, of een IQ tussen 91 en 120 met een "
               "leerachterstand en sociaal-emotionele problematiek. Voor pro gaat het om een IQ tussen 55 en 80 en "
               "een leerachterstand van ten minste drie jaar op ten minste twee domeinen, waarvan één begrijpend "
               "lezen of inzichtelijk rekenen. De VO-school of de pro-school dient de aanvraag uiterlijk 1 mei in; "
               "de Commissie Toewijzing besluit binnen vier weken. Een aanwijzing lwoo geldt voor de hele "
               "schoolloopbaan, een TLV pro voor de duur van de opleiding."),
         ("h2", "9.3 Afloop van de TLV"),
         ("p", "In het laatste jaar van een TLV vso bespreekt de vso-school uiterlijk in februari in het "
               "multidisciplinair overleg of de leerling kan overstappen naar het regulier voortgezet onderwijs. "
               "De vso-school neemt daarvoor het initiatief en betrekt ouders, leerling en de consulent van het "
               "samenwerkingsverband. Het OPP wordt daarnaast twee keer per jaar geëvalueerd; bij die evaluaties "
               "staat de vraag naar terugkeer steeds op de agenda. Uiterlijk 1 april beslist de Commissie Toewijzing "
               "op aanvraag van de vso-school over een nieuwe TLV, of stelt zij vast dat de leerling met ingang van "
               "het nieuwe schooljaar overstapt. In dat laatste geval eindigt de TLV op 31 juli."),
         ("p", "Wij streven ernaar dat iedere vso-leerling die dat kan, de overstap maakt naar een reguliere school, "
               "bij voorkeur in de eigen woonplaats. Een overstap is verantwoord als de ontvangende school in een "
               "warme overdracht heeft kunnen vaststellen dat zij de ondersteuning met een overstaparrangement kan "
               "bieden. De ontvangende school krijgt een overstaparrangement van € 3.000 en een jaar ambulante "
               "begeleiding vanuit het vso. Blijkt de overstap binnen zes maanden niet te werken, dan kan de leerling "
               "zonder nieuwe procedure terugkeren naar het vso."),
         ("h1", "10. Kwaliteit en resultaten"),
         ("p", "Dit hoofdstuk wordt aangevuld na vaststelling van het nieuwe kwaliteitskader, verwacht in het najaar "
               "van 2026. Tot die tijd blijft het kwaliteitsbeleid van de vorige planperiode van kracht."),
         ("h1", "11. Samenwerking met gemeenten")] + f_oogo_inhoud(c) + [
         ("h1", "12. Organisatie en bestuur")] + f_governance(c) + [
         ("h1", "13. Personeel en professionalisering")] + f_personeel(c) + f_professionalisering(c) + [
         ("h1", "14. Privacy en ICT")] + f_privacy(c) + [
         ("h1", "15. Planning"),
        ] + f_planning_table(c, [
             ["Najaar 2026", "Kwaliteitskader vaststellen", "Bestuur"],
             ["Voorjaar 2027", "Netwerkanalyse dekkend aanbod", "Beleidsmedewerker"],
             ["2027-2028", "Evaluatie OPDC De Brug", "Directeur OPDC"],
             ["2028-2029", "Herziening verdeelmodel lichte ondersteuning", "Controller"],
             ["2029-2030", "Nieuw ondersteuningsplan", "Bestuur en OPR"]]) + [
         ("h1", "Bijlage A. Begrippen en afkortingen"), ("table", BEGRIP_VO)]
    labels = dict(
        sector="vo",
        elements=dict(basisondersteuning="partial", plaatsing="present", terugstroom="present",
                      financien="present", **{"dekkend-aanbod": "partial"}, resultaten="missing", ouders="partial"),
        criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": False,
                  "plaatsing.procedure": True, "plaatsing.criteria": True,
                  "terugstroom.procedure": True, "terugstroom.beleid": True,
                  "financien.verdeling": True, "financien.besteding": True,
                  "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": False,
                  "resultaten.doelen": False, "resultaten.monitoring": False,
                  "ouders.informatie": True, "ouders.steunpunt": False},
        advisory={"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie"],
                  "financien": ["reserves"], "dekkend-aanbod": ["ketenpartners"], "ouders": ["betrokkenheid"]},
        notes={"basisondersteuning": "Ch.5 sets a common ondergrens for all 19 vestigingen, but the concrete content is only in the separate Kwaliteitsstandaard on the website.",
               "plaatsing": "Ch.9.1 vso procedure (Commissie Toewijzing, two deskundigen, 6 weeks) and criteria a-c; 9.2 lwoo/pro criteria, terms and duration.",
               "terugstroom": "Hidden in TLV chapter 9.3 'Afloop van de TLV': initiative, evaluation moments, decision by 1 April, end of TLV, overstaparrangement and conditions.",
               "financien": "Under '7. Geld en middelen': verdeling per leerling/lwoo/vaste formatie/arrangementen and a 2026-2029 meerjarenbegroting table; reserve afbouw.",
               "dekkend-aanbod": "Ch.6 four-layer continuum (OPDC, Rebound, vso); gaps/thuiszitters only a passing line plus deferral to 'netwerkanalyse' in 2027.",
               "resultaten": "Ch.10 'Kwaliteit en resultaten' only defers to a future kwaliteitskader; speerpunten are activities, 'resultaatgericht' is a value word.",
               "ouders": "Ch.8 informs parents (schoolgids, website overview, informatiemarkt); independent help only by reference to a website page."})
    return c, B, labels


# ---------------------------------------------------------------------------------------------
# Plan 3: PO, thematic chapters, PDF
# ---------------------------------------------------------------------------------------------

def plan3():
    c = dict(naam="Stichting Samenwerkingsverband Passend Onderwijs Heuvelland-Oost (PO 31-02)", periode="2026-2030",
             regio="Heuvelland-Oost", gemeenten="Bergrade, Valkenhoven en Simpelveld-Noord",
             buur="VO Heuvelland (VO 31-03)", oogo_datum="24 februari 2026", buur_datum="9 februari 2026",
             opr_datum="31 maart 2026", besturen="negen", scholen="41 basisscholen, twee sbo-scholen en één so-school",
             leerlingen="8.700", kind="ieder kind", bestuurder="R. (Ruud) Hermans", fte="9,8")
    B = [("title", "Samen sterk voor elk kind"),
         ("p", "Ondersteuningsplan 2026-2030 · Stichting Samenwerkingsverband Passend Onderwijs Heuvelland-Oost (PO 31-02)"),
         ("pb",),
         ("h1", "Inhoud"),
         ("ul", ["Woord vooraf", "Thema 1 · Waar komen we vandaan", "Thema 2 · Goed onderwijs dichtbij "
                 "(basisondersteuning)", "Thema 3 · Een plek voor ieder kind (aanbod, thuiszitters)",
                 "Thema 4 · Naar het speciaal (basis)onderwijs (toelaatbaarheid)", "Thema 5 · Geld dat werkt",
                 "Thema 6 · Leren van wat we doen (resultaten)", "Thema 7 · Samen met gemeenten",
                 "Thema 8 · Een wendbare organisatie", "Thema 9 · Communicatie", "Thema 10 · Doorkijk",
                 "Begrippenlijst"]),
         ("pb",),
         ("h1", "Woord vooraf")] + f_voorwoord(c) + [
         ("h1", "Thema 1 · Waar komen we vandaan")] + f_regio(c) + f_visie(c) + f_totstandkoming(c) + [
         ("p", "Terugblikkend op de vorige planperiode zien wij dat de overstap van het oude verdeelmodel naar "
               "schoolbudgetten goed is verlopen en dat scholen de ruimte om zelf keuzes te maken waarderen. In "
               "Thema 6 leggen wij verantwoording af over de resultaten."),
         ("h1", "Thema 2 · Goed onderwijs dichtbij"),
         ("p", "Basisondersteuning is in Heuvelland-Oost het niveau van ondersteuning dat alle 41 basisscholen, op "
               "al hun vestigingen, ten minste waarmaken. De besturen hebben deze ondergrens samen vastgesteld en "
               "spreken elkaar erop aan. Wat de basisondersteuning inhoudt, staat in onderstaande tabel."),
         ("table", [["Domein", "Wat elke school biedt"],
                    ["Structuur", "IB'er (minimaal 1 dag per week per 150 leerlingen); ondersteuningsteam 5x per jaar; "
                                  "leerlingvolgsysteem met signalering"],
                    ["Lezen en taal", "Dyslexieprotocol; voorschotbenadering groep 2-3; leesinterventie 3x per week"],
                    ["Rekenen", "Protocol ernstige rekenproblemen en dyscalculie; verlengde instructie"],
                    ["Gedrag", "Schoolbrede aanpak positief gedrag (PBS of vergelijkbaar); pestprotocol"],
                    ["Meer- en hoogbegaafd", "Compacten en verrijken; signalering in groep 1-2"],
                    ["Fysiek en medisch", "Protocol medisch handelen; aangepast meubilair op verzoek"],
                    ["Werkwijze", "Handelingsgericht werken; drie groepsbesprekingen per jaar"]]),
         ("p", "Iedere school legt jaarlijks in de schoolgids vast hoe zij dit uitvoert. Bij het kwaliteitsgesprek "
               "dat de consulent eens per jaar met iedere schoolleider voert, wordt de tabel onderdeel voor onderdeel "
               "doorgelopen."),
         ("h1", "Thema 3 · Een plek voor ieder kind"),
         ("p", "Boven op de basisondersteuning kent Heuvelland-Oost een samenhangend aanbod. Scholen zetten met "
               "hun schoolbudget extra ondersteuning in. Daarnaast zijn er bovenschoolse arrangementen: de "
               "Kangoeroegroep voor jonge kinderen met een ontwikkelingsvoorsprong, de Tussenklas voor kinderen die "
               "tijdelijk een kleine groep nodig hebben (maximaal twee periodes van twaalf weken) en ambulante "
               "begeleiding vanuit de so-school De Bron. De twee sbo-scholen (De Horizon en De Wegwijzer) en de "
               "so-school vormen de specialistische laag. Voor cluster 3-leerlingen met een zeer intensieve "
               "zorgvraag werken wij samen met het kinderdagcentrum Klimroos, waar onderwijs en zorg in één "
               "arrangement worden geboden."),
         ("p", "Ondanks dit aanbod zijn er kinderen zonder passende plek. Wij hanteren daarom een sluitende aanpak. "
               "Elk kind dat langer dan tien schooldagen verzuimt zonder geldige reden of dat op een wachtlijst "
               "staat, wordt gemeld bij het Meldpunt Plek van het samenwerkingsverband. Een trajectbegeleider neemt "
               "binnen vijf werkdagen contact op met school en gezin en roept binnen twee weken een overleg bijeen "
               "met leerplicht en jeugdhulp. Thuiszitters worden zo snel mogelijk teruggeleid naar school, zo nodig "
               "eerst met een gedeeltelijk rooster en een tijdelijke onderwijsassistent. Ieder kwartaal bespreekt "
               "het bestuur de lijst van kinderen zonder passende plek en de wachtlijsten van de Tussenklas en het "
               "so; als een tekort structureel blijkt, wordt het aanbod uitgebreid."),
         ("h1", "Thema 4 · Naar het speciaal (basis)onderwijs"),
         ("p", "Voor plaatsing in het sbo of so is een toelaatbaarheidsverklaring van het samenwerkingsverband "
               "nodig. Het bevoegd gezag van de school dient de aanvraag in bij het Loket Toelaatbaarheid. Het "
               "loket controleert binnen vijf werkdagen of de aanvraag compleet is. Vervolgens brengen twee "
               "deskundigen – een orthopedagoog van het verband en een jeugdarts of maatschappelijk werker, "
               "afhankelijk van de vraag – ieder afzonderlijk schriftelijk advies uit. De commissie "
               "toelaatbaarheid, die bestaat uit de directeur van het bureau en twee consulenten, neemt binnen acht "
               "weken na ontvangst van de complete aanvraag een besluit. Een TLV sbo geldt in de regel voor twee "
               "schooljaren; een TLV so voor twee of vier schooljaren, in categorie laag, midden of hoog."),
         ("p", "Tegen het besluit kan bezwaar worden gemaakt. Het samenwerkingsverband is aangesloten bij de "
               "Landelijke Bezwaaradviescommissie, die over het bezwaar adviseert."),
         ("p", "De criteria op basis waarvan de commissie toelaatbaarheid beoordeelt, stelt het bestuur vast na "
               "afronding van de pilot 'Ontwikkelingsgericht toewijzen' in de loop van 2027. Tot dan weegt de "
               "commissie iedere aanvraag op haar eigen merites."),
         ("h1", "Thema 5 · Geld dat werkt"),
         ("p", "Heuvelland-Oost werkt met een schoolmodel: het grootste deel van de middelen gaat naar de besturen, "
               "die zelf bepalen hoe zij extra ondersteuning organiseren. De verdeling is als volgt. Iedere "
               "vestiging ontvangt een vaste voet van € 10.000. Daarnaast ontvangt het bestuur € 155 per leerling "
               "op de teldatum van 1 oktober. Voor bovenschoolse arrangementen houdt het verband een eigen budget "
               "aan; arrangementen worden toegekend door de commissie toelaatbaarheid op aanvraag van de school. "
               "Besturen leggen met een verantwoordingsformat vóór 1 april verantwoording af over het voorgaande "
               "jaar."),
         ("p", "De meerjarenbegroting (bedragen in euro's):"),
         ("table", [["", "2026", "2027", "2028", "2029"],
                    ["Rijksbijdrage ondersteuning", "9.480.000", "9.350.000", "9.220.000", "9.100.000"],
                    ["Afdrachten so (DUO)", "3.310.000", "3.290.000", "3.270.000", "3.250.000"],
                    ["Sbo boven 2% en groeibekostiging", "1.120.000", "1.100.000", "1.080.000", "1.060.000"],
                    ["Schoolbudgetten besturen", "3.440.000", "3.400.000", "3.360.000", "3.320.000"],
                    ["Bovenschoolse arrangementen", "860.000", "850.000", "840.000", "830.000"],
                    ["Meldpunt Plek en trajectbegeleiding", "240.000", "240.000", "240.000", "240.000"],
                    ["Bureau", "610.000", "615.000", "620.000", "625.000"],
                    ["Saldo", "-100.000", "-145.000", "-190.000", "-225.000"]]),
         ("p", "De algemene reserve bedraagt € 2,3 miljoen en ligt daarmee boven de signaleringswaarde. De "
               "negatieve saldi zijn bedoeld om die reserve in de planperiode verantwoord af te bouwen."),
         ("h1", "Thema 6 · Leren van wat we doen"),
         ("p", "Wij willen dat kinderen met een extra ondersteuningsbehoefte aantoonbaar vooruitgaan. Voor de "
               "planperiode hebben wij de volgende beoogde resultaten vastgesteld:"),
         ("table", [["Indicator", "Nulmeting 1-10-2025", "Streefwaarde 2030"],
                    ["Deelname sbo + so", "3,4%", "≤ 3,0%"],
                    ["Kinderen > 3 maanden zonder passende plek", "9", "≤ 3"],
                    ["Kinderen met OPP die het verwachte uitstroomniveau halen", "71%", "≥ 80%"],
                    ["Tevredenheid scholen over consulenten", "7,2", "≥ 7,5"]]),
         ("p", "Het bureau meet de indicatoren twee keer per jaar, op 1 oktober en op 1 maart, met gegevens uit "
               "DUO, de registratie van het Meldpunt Plek en een korte digitale peiling onder scholen. De uitkomsten "
               "worden besproken in het bestuur en met de ondersteuningsplanraad en opgenomen in het jaarverslag, "
               "samen met de kosten per voorziening. In de vorige planperiode daalde de deelname aan sbo en so van "
               "3,7 naar 3,4 procent."),
         ("h1", "Thema 7 · Samen met gemeenten")] + f_oogo_inhoud(c) + [
         ("h1", "Thema 8 · Een wendbare organisatie")] + f_governance(c) + f_personeel(c) + f_privacy(c) + [
         ("h1", "Thema 9 · Communicatie"),
         ("p", "Onze website is het kanaal waarlangs scholen en professionals actuele informatie vinden over "
               "procedures, formulieren en scholingsaanbod. Intern begeleiders ontvangen maandelijks een "
               "nieuwsbrief. Wij zetten in op korte lijnen: iedere school weet wie haar consulent is en hoe die "
               "bereikbaar is. Voor het delen van goede praktijken gebruiken wij een podcastserie, 'Heuvelpraat', "
               "die inmiddels twintig afleveringen telt."),
         ] + f_professionalisering(c) + [
         ("h1", "Thema 10 · Doorkijk"),
         ("p", "De komende jaren worden spannend. Wij verwachten dat de landelijke norm voor basisondersteuning "
               "gevolgen heeft voor Thema 2, en dat de daling van het aantal leerlingen vraagt om keuzes over de "
               "spreiding van de sbo-locaties. Ook volgen wij de uitstroom van onze leerlingen naar het voortgezet "
               "onderwijs, in overleg met het VO-verband."),
        ] + f_innovatie(c) + f_planning_table(c, [
             ["2026-2027", "Pilot Ontwikkelingsgericht toewijzen", "Commissie toelaatbaarheid"],
             ["2027", "Vaststelling criteria toelaatbaarheid", "Bestuur"],
             ["2027-2028", "Herijking sbo-spreiding", "Bestuur en besturen"],
             ["2029-2030", "Nieuw ondersteuningsplan", "Bestuur en OPR"]]) + [
         ("h1", "Begrippenlijst"), ("table", BEGRIP_PO)]
    labels = dict(
        sector="po",
        elements=dict(basisondersteuning="present", plaatsing="partial", terugstroom="missing",
                      financien="present", **{"dekkend-aanbod": "present"}, resultaten="present", ouders="missing"),
        criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
                  "plaatsing.procedure": True, "plaatsing.criteria": False,
                  "terugstroom.procedure": False, "terugstroom.beleid": False,
                  "financien.verdeling": True, "financien.besteding": True,
                  "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
                  "resultaten.doelen": True, "resultaten.monitoring": True,
                  "ouders.informatie": False, "ouders.steunpunt": False},
        advisory={"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
                  "financien": ["reserves", "verantwoording"], "dekkend-aanbod": ["ketenpartners"],
                  "resultaten": ["meetbaar"]},
        notes={"basisondersteuning": "Thema 2: common minimum for all 41 schools; concrete content only in a table (Domein / Wat elke school biedt).",
               "plaatsing": "Thema 4 procedure (Loket, two deskundigen, commissie, 8 weeks, duration, bezwaar) but criteria deferred to after a 2027 pilot.",
               "terugstroom": "Nothing: only near-misses (uitstroom naar VO, terugblik, thuiszitters teruggeleid naar school) and the begrippenlijst entry.",
               "financien": "Thema 5 'Geld dat werkt': vaste voet + EUR 155 per leerling, arrangementen budget; meerjarenbegroting table; reserve.",
               "dekkend-aanbod": "Thema 3: continuum (schoolbudget, bovenschoolse arrangementen, sbo/so, OZA) plus Meldpunt Plek, thuiszitters, quarterly gap review.",
               "resultaten": "Thema 6: targets table with nulmeting/streefwaarde, measurement twice a year, reporting to bestuur/OPR/jaarverslag.",
               "ouders": "No parent information or independent help; 'Communicatie' addresses professionals only; OJSP only in begrippenlijst."})
    return c, B, labels


# ---------------------------------------------------------------------------------------------
# Plan 4: VO, numbered chapters, PDF
# ---------------------------------------------------------------------------------------------

def plan4():
    c = dict(naam="Samenwerkingsverband Voortgezet Onderwijs De Zandrug (VO 29-11)", periode="2026-2030",
             regio="de Zandrug", gemeenten="Heidebeek, Dwingelveen en Oosterzand",
             buur="PO De Zandrug (PO 29-10)", oogo_datum="13 februari 2026", buur_datum="2 februari 2026",
             opr_datum="24 maart 2026", besturen="vijf", scholen="twaalf vestigingen voor regulier voortgezet onderwijs, één school voor praktijkonderwijs en twee vso-scholen",
             leerlingen="11.300", kind="iedere jongere", bestuurder="A. (Annelies) Kuipers-Bos", fte="8,4")
    B = [("title", "Ondersteuningsplan 2026-2030"),
         ("p", "Samenwerkingsverband Voortgezet Onderwijs De Zandrug (VO 29-11)"),
         ("p", "Basisondersteuning · Toewijzing · Financiën · Kwaliteit · Ouders en leerlingen"),
         ("pb",),
         ("h1", "Inhoudsopgave"),
         ("ul", ["1. Inleiding", "2. Context en totstandkoming", "3. Missie en visie", "4. Basisondersteuning",
                 "5. Aanbod en zorgplicht", "6. Toewijzing van vso, lwoo en pro", "7. Overstappen en doorstromen",
                 "8. Ouders en leerlingen", "9. Financiën", "10. Kwaliteitszorg", "11. Gemeenten en jeugdhulp",
                 "12. Bestuur en organisatie", "13. Medewerkers", "14. Gegevens en privacy",
                 "15. Jaarplanning", "Bijlage 5. Stroomschema toewijzing", "Bijlage 6. Begrippen"]),
         ("pb",),
         ("h1", "1. Inleiding")] + f_voorwoord(c) + [
         ("h1", "2. Context en totstandkoming")] + f_regio(c) + f_totstandkoming(c) + [
         ("h1", "3. Missie en visie")] + f_visie(c) + [
         ("p", "Onze ambitie voor de komende vier jaar samengevat: meer ondersteuning in de klas, minder papier, en "
               "betere samenwerking met de jeugdhulp. Wij organiseren daartoe werkbijeenkomsten, stroomlijnen de "
               "formulieren en investeren in de netwerken van ondersteuningscoördinatoren."),
         ("h1", "4. Basisondersteuning"),
         ("p", "De scholen van De Zandrug herijken in het schooljaar 2026-2027 samen de basisondersteuning, mede in "
               "het licht van de verwachte landelijke norm. De uitkomst wordt als addendum aan dit plan toegevoegd "
               "en ter instemming aan de ondersteuningsplanraad voorgelegd."),
         ("h1", "5. Aanbod en zorgplicht"),
         ("p", "Het ondersteuningsaanbod binnen en tussen onze scholen – van de ondersteuning in de klas tot de "
               "bovenschoolse trajectgroepen en het vso – staat beschreven in de Ondersteuningsgids De Zandrug 2026, "
               "een los document dat via het schoolportaal te raadplegen is."),
         ("p", "Iedere jongere in de Zandrug heeft recht op een plek. Het schoolbestuur waar een leerling is "
               "aangemeld, heeft zorgplicht en moet binnen zes weken (met maximaal vier weken verlenging) een "
               "passende plek bieden of vinden. Lukt dat niet binnen die tien weken, dan meldt de school de leerling "
               "bij het Plaatsingsoverleg van het samenwerkingsverband. Daar zitten de ondersteuningscoördinatoren "
               "van alle besturen aan tafel; zij moeten binnen drie weken gezamenlijk een plek vinden. Komen zij er "
               "niet uit, dan wijst de directeur-bestuurder een school aan; de besturen hebben deze "
               "doorzettingsmacht in een convenant vastgelegd."),
         ("p", "Voor jongeren die thuiszitten geldt een aparte route. De leerplichtambtenaar, de school en de "
               "consulent van het verband stellen binnen vijftien schooldagen na de melding een terugkeerplan op. "
               "Het thuiszittersoverleg met de drie gemeenten volgt maandelijks alle casussen. Het bureau houdt een "
               "lijst bij van leerlingen voor wie het aanbod in de regio niet toereikend is en bespreekt die lijst "
               "twee keer per jaar met de besturen; daaruit volgen afspraken over nieuw aanbod, zoals in 2025 de "
               "start van een kleinschalige groep voor jongeren met angstproblematiek."),
         ("h1", "6. Toewijzing van vso, lwoo en pro"),
         ("p", "Het stroomschema van de aanvraag, inclusief termijnen en de samenstelling van de commissie, is "
               "opgenomen in bijlage 5."),
         ("p", "Een leerling is toelaatbaar tot het vso als aan ieder van de volgende criteria is voldaan:"),
         ("ul", ["de ondersteuningsbehoefte is vastgelegd in een OPP dat ten minste een half jaar is uitgevoerd en "
                 "geëvalueerd;",
                 "de reguliere school heeft, ook met inzet van een bovenschools traject, aantoonbaar niet kunnen "
                 "voorzien in die ondersteuningsbehoefte;",
                 "de leerling heeft structureel een kleine groep, een zeer voorspelbare omgeving en gespecialiseerde "
                 "begeleiding gedurende de hele schooldag nodig;",
                 "er is sprake van een ontwikkelingsperspectief waarvoor het vso een passend uitstroomprofiel biedt "
                 "(vervolgonderwijs, arbeid of dagbesteding)."]),
         ("p", "Voor praktijkonderwijs gelden de landelijke criteria: een IQ tussen 55 en 80 en een leerachterstand "
               "van ten minste drie jaar op twee of meer domeinen. Voor lwoo hanteert De Zandrug eveneens de "
               "landelijke criteria. Een TLV vso wordt afgegeven voor ten hoogste twee schooljaren, in "
               "bekostigingscategorie laag tenzij het deskundigenadvies een hogere categorie onderbouwt."),
         ("h1", "7. Overstappen en doorstromen"),
         ("h2", "7.1 De weg terug naar het regulier voortgezet onderwijs"),
         ("p", "De Zandrug wil dat een plek in het vso geen eindstation is wanneer een jongere zich zo ontwikkelt "
               "dat een reguliere school weer binnen bereik komt. Uit de praktijk weten wij dat een deel van de "
               "vso-leerlingen die stap kan zetten. Een overstap is aan de orde als het OPP laat zien "
               "dat de leerling de doelen in de kleine setting haalt en de ondersteuningsbehoefte binnen een "
               "reguliere school met extra ondersteuning kan worden opgevangen. De leerling krijgt na de overstap een "
               "jaar lang een vaste coach vanuit het vso en de ontvangende school kan een beroep doen op het "
               "overstapbudget van het verband."),
         ("p", "De procedure is als volgt. Bij iedere halfjaarlijkse evaluatie van het OPP beoordeelt de vso-school "
               "of een overstap in beeld is. Is dat het geval, of loopt de TLV binnen twaalf maanden af, dan belegt de "
               "vso-school een overstapgesprek met ouders, leerling, een consulent van het verband en een mogelijke "
               "ontvangende school. Binnen vier weken na dat gesprek besluit de consulent, namens de "
               "directeur-bestuurder, of de overstap doorgaat, of dat de vso-school een nieuwe TLV aanvraagt. Na de "
               "overstap evalueren de betrokkenen na zes weken en na zes maanden."),
         ("h2", "7.2 Van PO naar VO en van VO naar mbo"),
         ("p", "De overstap van het primair naar het voortgezet onderwijs verloopt volgens de regionale "
               "overstapkalender, die wij met het PO-verband hebben afgesproken. Scholen dragen leerlingen warm over. "
               "Voor de overgang naar het mbo werken wij samen met de twee mbo-instellingen in de regio. Daarbij gaat "
               "het vooral om jongeren die kwetsbaar zijn in hun schoolloopbaan."),
         ("h1", "8. Ouders en leerlingen"),
         ("p", "Ouders en leerlingen worden op drie manieren geïnformeerd over de ondersteuning in De Zandrug. Elke "
               "school publiceert een ondersteuningswijzer van twee pagina's, waarin staat welke ondersteuning de "
               "school biedt en bij wie ouders terechtkunnen. Op de website van het verband staat een overzicht van "
               "alle bovenschoolse trajecten en het vso, met de manier van aanmelden. En iedere maand houdt het "
               "verband een inloopspreekuur in de bibliotheek van Heidebeek. De folders zijn er ook in "
               "eenvoudige taal en in het Engels en Arabisch."),
         ("p", "Voor onafhankelijke ondersteuning kunnen ouders en jongeren terecht bij het Ouder- en Jeugdsteunpunt "
               "De Zandrug. Het steunpunt wordt uitgevoerd door een zelfstandige stichting die geen band heeft met "
               "de scholen, werkt kosteloos en neemt binnen drie werkdagen contact op. Daarnaast wijzen wij ouders op "
               "de Onderwijsconsulenten en op de Geschillencommissie passend onderwijs, waar zij terechtkunnen bij "
               "een geschil over toelating, verwijdering of het OPP."),
         ("p", "Leerlingen hebben hoorrecht: zij worden gehoord over hun OPP. In de ondersteuningsplanraad zitten "
               "drie ouders en twee leerlingen."),
         ("h1", "9. Financiën"),
         ("p", "p.m. – De financiële paragraaf, met het verdeelmodel en de meerjarenbegroting, wordt toegevoegd "
               "nadat het algemeen bestuur de begroting 2027 heeft vastgesteld."),
         ("p", "Wij willen dat de middelen zo dicht mogelijk bij de leerling terechtkomen."),
         ("h1", "10. Kwaliteitszorg"),
         ("p", "De Zandrug werkt met een cyclus van plannen, uitvoeren, meten en bijstellen. De beoogde resultaten "
               "per planjaar worden vastgelegd in het jaarplan."),
         ("p", "Het bureau volgt ieder kwartaal een vaste set gegevens in een dashboard: het aantal thuiszitters en "
               "vrijstellingen, de deelname aan vso en pro op de peildatum 1 oktober, de doorlooptijd van aanvragen, "
               "het aantal overstappen van vso naar regulier en de tevredenheid van ouders (via een korte vragenlijst "
               "na afronding van ieder traject). De directeur-bestuurder rapporteert twee keer per jaar aan het "
               "bestuur en de ondersteuningsplanraad; het jaarverslag bevat een hoofdstuk met alle cijfers en een "
               "analyse. Eens in de twee jaar laten wij de uitvoering door een externe auditor beoordelen. Op 1 "
               "oktober 2025 bedroeg de deelname aan het vso 3,4 procent."),
         ("h1", "11. Gemeenten en jeugdhulp")] + f_oogo_inhoud(c) + [
         ("h1", "12. Bestuur en organisatie")] + f_governance(c) + f_werkwijze_bureau(c) + [
         ("h1", "13. Medewerkers")] + f_personeel(c) + f_professionalisering(c) + [
         ("h1", "14. Gegevens en privacy")] + f_privacy(c) + [
         ("h1", "15. Jaarplanning"),
        ] + f_planning_table(c, [
             ["2026-2027", "Herijking basisondersteuning", "Werkgroep scholen"],
             ["Voorjaar 2027", "Financiële paragraaf toevoegen", "Controller"],
             ["2027-2028", "Evaluatie overstapbudget", "Beleidsmedewerker"],
             ["2029-2030", "Nieuw ondersteuningsplan", "Bestuur en OPR"]]) + [
         ("h1", "Bijlage 6. Begrippen"), ("table", BEGRIP_VO)]
    labels = dict(
        sector="vo",
        elements=dict(basisondersteuning="missing", plaatsing="partial", terugstroom="present",
                      financien="missing", **{"dekkend-aanbod": "partial"}, resultaten="partial", ouders="present"),
        criteria={"basisondersteuning.niveau": False, "basisondersteuning.inhoud": False,
                  "plaatsing.procedure": False, "plaatsing.criteria": True,
                  "terugstroom.procedure": True, "terugstroom.beleid": True,
                  "financien.verdeling": False, "financien.besteding": False,
                  "dekkend-aanbod.continuum": False, "dekkend-aanbod.lacunes": True,
                  "resultaten.doelen": False, "resultaten.monitoring": True,
                  "ouders.informatie": True, "ouders.steunpunt": True},
        advisory={"plaatsing": ["duur-categorie"], "terugstroom": [], "dekkend-aanbod": ["ketenpartners"],
                  "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
        notes={"basisondersteuning": "Ch.4 only announces a herijking in 2026-2027 and an addendum; the definition exists only in the begrippenlijst (bijlage 6) and title page.",
               "plaatsing": "Ch.6 vso criteria list, pro/lwoo criteria, duration/category; the procedure is only referred to absent bijlage 5 (stroomschema).",
               "terugstroom": "Ch.7.1 'De weg terug naar het regulier voortgezet onderwijs': policy (aims, conditions, coach, overstapbudget) and procedure (OPP evaluation, overstapgesprek, decision in 4 weeks, evaluations).",
               "financien": "Ch.9 is 'p.m.' pending begroting 2027; only a passing 'middelen' sentence.",
               "dekkend-aanbod": "Ch.5 zorgplicht route, Plaatsingsoverleg, doorzettingsmacht, thuiszitters and gap list; the continuum itself is only referred to a separate Ondersteuningsgids.",
               "resultaten": "Ch.10 'Kwaliteitszorg': quarterly dashboard, reporting, audit, one reported figure; intended results deferred to the jaarplan.",
               "ouders": "Ch.8: ondersteuningswijzer, website overview, inloopspreekuur, translated folders; independent OJSP, Onderwijsconsulenten, Geschillencommissie; hoorrecht."})
    return c, B, labels


# ---------------------------------------------------------------------------------------------
# Plan 5: PO, web version (HTML), thematic, 'op hoofdlijnen'
# ---------------------------------------------------------------------------------------------

def plan5():
    c = dict(naam="Samenwerkingsverband Primair Onderwijs Lindeland (PO 24-05)", periode="2026-2030",
             regio="Lindeland", gemeenten="Lindewoude, Eemskerk en Oudebroek",
             buur="VO Lindeland-Eemland (VO 24-06)", oogo_datum="5 maart 2026", buur_datum="19 februari 2026",
             opr_datum="7 april 2026", besturen="zes", scholen="34 basisscholen, één sbo-school en één so-school",
             leerlingen="7.450", kind="ieder kind", bestuurder="J. (Joost) Verhagen", fte="6,9")
    B = [("title", "Ondersteuningsplan Lindeland 2026-2030 – webversie"),
         ("p", "Samenwerkingsverband Primair Onderwijs Lindeland (PO 24-05). Dit is de webversie van ons "
               "ondersteuningsplan op hoofdlijnen. De pdf-versie kunt u downloaden via de knop onderaan deze pagina."),
         ("h1", "Op deze pagina"),
         ("ul", ["Woord vooraf", "Hoe dit plan tot stand kwam", "Lindeland in cijfers", "Waar wij voor staan",
                 "Basisondersteuning", "Toelaatbaarheid en arrangementen", "Na de TLV: terug naar de basisschool",
                 "Financiën en begroting", "Resultaten", "Ouders", "Organisatie en bestuur", "Mensen",
                 "Privacy", "Overleg met gemeenten", "Vooruitblik", "Begrippen"]),
         ("h1", "Woord vooraf")] + f_voorwoord(c) + [
         ("h1", "Hoe dit plan tot stand kwam")] + f_totstandkoming(c) + [
         ("h1", "Lindeland in cijfers")] + f_regio(c) + [
         ("p", "Lindeland is een jong samenwerkingsverband in een oude regio: het verband ontstond in 2019 uit een "
               "fusie van twee kleinere verbanden, die elk hun eigen tradities hadden. Die geschiedenis is nog "
               "zichtbaar in de manier waarop besturen met elkaar samenwerken en in de verschillen tussen het "
               "noorden en het zuiden van de regio. Het bestuur hecht eraan die verschillen te respecteren en "
               "tegelijk te bouwen aan één gezamenlijke koers, met één bureau en één aanspreekpunt voor gemeenten."),
         ("h1", "Waar wij voor staan")] + f_visie(c) + [
         ("h1", "Basisondersteuning"),
         ("p", "Basisondersteuning omvat vier onderdelen. Het eerste is basiskwaliteit: het onderwijs voldoet aan "
               "de eisen van de Inspectie. Het tweede zijn preventieve en licht curatieve interventies, zoals "
               "een aanpak voor leesproblemen en dyslexie volgens het landelijke protocol, extra rekeninstructie "
               "met een hulpprogramma voor dyscalculie, een sociaal-emotioneel programma en verrijking voor kinderen "
               "die meer aankunnen. Het derde is de ondersteuningsstructuur: een intern begeleider, een "
               "ondersteuningsteam en een leerlingvolgsysteem. Het vierde is planmatig werken volgens de "
               "uitgangspunten van handelingsgericht werken, met groepsbesprekingen en een groepsoverzicht."),
         ("p", "Welk niveau van basisondersteuning wij als Lindeland met elkaar afspreken – de ondergrens die voor "
               "alle scholen geldt – leggen wij vast in het traject 'Basis op orde', dat loopt tot de zomer van "
               "2027. Tot die tijd bepaalt iedere school zelf welke ondersteuning zij biedt."),
         ("h1", "Toelaatbaarheid en arrangementen"),
         ("p", "De aanvraag en beoordeling van toelaatbaarheidsverklaringen en arrangementen worden geregeld in het "
               "Reglement Toewijzing Lindeland, dat als afzonderlijk document door het bestuur wordt vastgesteld."),
         ("h1", "Na de TLV: terug naar de basisschool"),
         ("p", "Wanneer de TLV van een leerling in het sbo of so afloopt, doorlopen school en samenwerkingsverband "
               "de volgende stappen:"),
         ("ol", ["Uiterlijk 1 februari van het laatste TLV-jaar bespreekt de sbo- of so-school in het "
                 "multidisciplinair overleg, met ouders, of de leerling kan terugkeren naar het reguliere "
                 "basisonderwijs. De sbo- of so-school neemt hiervoor het initiatief.",
                 "Is terugkeer in beeld, dan zoekt de school samen met ouders een basisschool en vindt vóór 1 april "
                 "een kennismakingsgesprek plaats met de ontvangende school.",
                 "Uiterlijk 1 mei beslist de consulent van het samenwerkingsverband op basis van het OPP en het "
                 "verslag van het overleg of de leerling terugkeert of dat een nieuwe TLV nodig is. In het eerste "
                 "geval eindigt de TLV op 31 juli.",
                 "Na de overstap evalueren de ontvangende school, ouders en consulent na zes weken en na een half "
                 "jaar hoe het gaat."]),
         ("p", "Ons beleid rond terugplaatsing – welke uitgangspunten wij hanteren en welke ondersteuning een kind "
               "na terugkeer krijgt – schrijven wij in de loop van 2027 uit, samen met de speciale scholen."),
         ("h1", "Financiën en begroting"),
         ("p", "Het verdeelmodel – de wijze waarop de middelen over de besturen worden verdeeld – wordt herzien. Het "
               "nieuwe model volgt; tot die tijd worden de middelen verdeeld volgens de bestaande afspraken."),
         ("p", "De begroting voor de planperiode ziet er op hoofdlijnen als volgt uit:"),
         ("table", [["Begrotingspost", "2026", "2027", "2028", "2029"],
                    ["Rijksbijdrage ondersteuning", "€ 8.120.000", "€ 8.010.000", "€ 7.900.000", "€ 7.800.000"],
                    ["Afdrachten so (DUO)", "€ 2.980.000", "€ 2.960.000", "€ 2.940.000", "€ 2.920.000"],
                    ["Bekostiging sbo", "€ 1.420.000", "€ 1.400.000", "€ 1.380.000", "€ 1.360.000"],
                    ["Schoolbudgetten besturen", "€ 2.310.000", "€ 2.270.000", "€ 2.230.000", "€ 2.200.000"],
                    ["Bovenschoolse inzet en consulenten", "€ 760.000", "€ 760.000", "€ 760.000", "€ 760.000"],
                    ["Bureau en bestuur", "€ 540.000", "€ 545.000", "€ 550.000", "€ 555.000"],
                    ["Saldo", "€ 110.000", "€ 75.000", "€ 40.000", "€ 5.000"]]),
         ("p", "Het positieve saldo voegen wij toe aan de algemene reserve, die daarmee blijft binnen de grenzen die "
               "het bestuur heeft gesteld."),
         ("h1", "Resultaten"),
         ("p", "Voor kinderen die extra ondersteuning nodig hebben, streven wij in 2030 de volgende resultaten na. "
               "De deelname aan sbo en so samen is gedaald van 3,2 procent (1 oktober 2025) naar ten hoogste 2,9 "
               "procent. Ten minste 80 procent van de kinderen met een OPP bereikt het uitstroomniveau dat in het "
               "OPP is vastgelegd. Ouders van kinderen met extra ondersteuning waarderen de ondersteuning gemiddeld "
               "met ten minste een 7,5."),
         ("p", "Wij meten deze resultaten jaarlijks op 1 oktober met gegevens van DUO, de OPP-registratie van de "
               "scholen en een oudervragenlijst die in mei wordt afgenomen. Het bureau rapporteert de uitkomsten "
               "in het jaarverslag en bespreekt ze in juni met het bestuur en de ondersteuningsplanraad. Wijken de "
               "uitkomsten af van de streefwaarden, dan stelt het bestuur het jaarplan bij. In het schooljaar "
               "2024-2025 haalde 74 procent van de kinderen met een OPP het verwachte uitstroomniveau."),
         ("h1", "Ouders"),
         ("p", "Hoe wij ouders informeren over de ondersteuningsmogelijkheden in Lindeland, werken wij uit in een "
               "communicatieplan dat in het schooljaar 2026-2027 verschijnt."),
         ("p", "Ouders die vastlopen of het oneens zijn met de school, kunnen terecht bij het Ouder- en "
               "Jeugdsteunpunt Lindeland. Het steunpunt is ondergebracht bij de onafhankelijke Stichting "
               "Zorgbelang Eemland, is gratis en telefonisch en per e-mail bereikbaar. Het steunpunt luistert, "
               "denkt mee en kan bemiddelen bij een verschil van inzicht tussen ouders en school. Ook kunnen ouders "
               "gebruikmaken van de landelijke Onderwijsconsulenten en van de klachtenregeling van het "
               "samenwerkingsverband."),
         ("h1", "Organisatie en bestuur")] + f_governance(c) + f_werkwijze_bureau(c) + [
         ("h1", "Medezeggenschap"),
         ("p", "De ondersteuningsplanraad (OPR) van Lindeland telt acht leden: vier personeelsleden en vier ouders, "
               "afgevaardigd vanuit de medezeggenschapsraden van de aangesloten scholen. De OPR heeft "
               "instemmingsrecht op dit plan en op iedere wijziging ervan. De raad vergadert zes keer per jaar, "
               "waarvan twee keer met de directeur-bestuurder. De leden ontvangen een vergoeding en volgen bij de "
               "start van hun zittingstermijn een introductietraining over passend onderwijs en medezeggenschap."),
         ("p", "Omdat de leden van de OPR de schakel vormen naar de achterban, organiseert de raad eenmaal per jaar "
               "een achterbanbijeenkomst voor alle leden van de medezeggenschapsraden in de regio. Ook de "
               "gemeenschappelijke medezeggenschapsraden van de besturen worden daarvoor uitgenodigd."),
         ("h1", "Mensen")] + f_personeel(c) + f_professionalisering(c) + [
         ("h1", "Privacy")] + f_privacy(c) + [
         ("h1", "Overleg met gemeenten")] + f_oogo_proc(c) + [
         ("h1", "Vooruitblik"),
         ("p", "Dit plan is bewust op hoofdlijnen geschreven. De uitwerking volgt in jaarplannen en in de "
               "reglementen die het bestuur vaststelt. Belangrijke mijlpalen zijn het traject 'Basis op orde', het "
               "nieuwe verdeelmodel en het communicatieplan."),
        ] + f_landelijk(c) + f_innovatie(c) + f_planning_table(c, [
             ["2026-2027", "Communicatieplan ouders", "Bureau"],
             ["2026-2027", "Nieuw verdeelmodel", "Controller en bestuur"],
             ["Zomer 2027", "Afronding 'Basis op orde'", "Werkgroep directeuren"],
             ["2027", "Notitie terugplaatsingsbeleid", "Consulenten en speciale scholen"],
             ["2029-2030", "Nieuw ondersteuningsplan", "Bestuur en OPR"]]) + [
         ("h1", "Begrippen"), ("table", BEGRIP_PO)]
    labels = dict(
        sector="po",
        elements=dict(basisondersteuning="partial", plaatsing="missing", terugstroom="partial",
                      financien="partial", **{"dekkend-aanbod": "missing"}, resultaten="present", ouders="partial"),
        criteria={"basisondersteuning.niveau": False, "basisondersteuning.inhoud": True,
                  "plaatsing.procedure": False, "plaatsing.criteria": False,
                  "terugstroom.procedure": True, "terugstroom.beleid": False,
                  "financien.verdeling": False, "financien.besteding": True,
                  "dekkend-aanbod.continuum": False, "dekkend-aanbod.lacunes": False,
                  "resultaten.doelen": True, "resultaten.monitoring": True,
                  "ouders.informatie": False, "ouders.steunpunt": True},
        advisory={"financien": ["reserves"], "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
        notes={"basisondersteuning": "Section 'Basisondersteuning' describes concrete interventions/structure (four aspects) but the verband-wide minimum level is deferred to 'Basis op orde' (2027).",
               "plaatsing": "Only a reference to a separate Reglement Toewijzing still to be adopted; TLV appears otherwise only in the TOC, terugstroom section and begrippen.",
               "terugstroom": "Section 'Na de TLV' gives numbered steps with initiative, dates, decision and evaluations; policy (uitgangspunten, support after return) deferred to 2027.",
               "financien": "Section 'Financien en begroting' has a 2026-2029 budget table with amounts, but the verdeelmodel is 'wordt herzien ... volgt'.",
               "dekkend-aanbod": "No continuum, arrangementen, thuiszitters or gap approach; OOGO section is purely procedural; 'arrangementen' only in a heading/deferral.",
               "resultaten": "Section 'Resultaten': targets for 2030 with baselines, yearly measurement on 1 October, reporting in jaarverslag and to bestuur/OPR.",
               "ouders": "Section 'Ouders': information to parents deferred to a communicatieplan; independent OJSP Lindeland, Onderwijsconsulenten and klachtenregeling described; parents in OPR (section 'Medezeggenschap')."})
    return c, B, labels


# ---------------------------------------------------------------------------------------------
# Near-miss: a school's own 'ondersteuningsplan' (school level, not an SWV plan)
# ---------------------------------------------------------------------------------------------

def nearmiss():
    B = [("title", "Ondersteuningsplan 2025-2026"),
         ("p", "Openbare basisschool De Klimop, Lindewoude – onderdeel van Stichting Openbaar Onderwijs Lindeland"),
         ("h1", "Inhoud"),
         ("ul", ["1. Inleiding", "2. Basisondersteuning op De Klimop", "3. Zorgniveaus en groepsbesprekingen",
                 "4. Extra ondersteuning en arrangementen", "5. Verwijzing naar sbo/so (TLV)", "6. Ouders",
                 "7. Middelen en formatie", "8. Resultaten en evaluatie"]),
         ("h1", "1. Inleiding"),
         ("p", "Dit ondersteuningsplan beschrijft hoe wij op De Klimop de ondersteuning aan onze 312 leerlingen "
               "organiseren. Het plan is opgesteld door het intern begeleidingsteam en besproken in het team en de "
               "medezeggenschapsraad. Het is een uitwerking, voor onze eigen school, van het ondersteuningsplan van "
               "ons samenwerkingsverband Lindeland (PO 24-05) en van ons schoolondersteuningsprofiel. Het plan "
               "wordt ieder schooljaar geactualiseerd."),
         ("h1", "2. Basisondersteuning op De Klimop"),
         ("p", "Wij bieden de basisondersteuning zoals die in ons samenwerkingsverband is afgesproken. Op De Klimop "
               "betekent dat onder meer: twee intern begeleiders (samen 1,2 fte), een leesspecialist, een "
               "gedragsspecialist, een plusgroep op dinsdagochtend en de Kanjertraining in alle groepen. Leerlingen "
               "met dyslexie krijgen extra leestijd en gebruiken vanaf groep 6 voorleessoftware."),
         ("h1", "3. Zorgniveaus en groepsbesprekingen"),
         ("p", "Wij werken met vijf zorgniveaus. Niveau 1 is goed lesgeven in de groep; niveau 2 is extra zorg door "
               "de leerkracht, bijvoorbeeld verlengde instructie; niveau 3 is speciale zorg na consultatie van de "
               "intern begeleider; niveau 4 is zorg met inzet van externe deskundigen; niveau 5 is verwijzing. "
               "Drie keer per jaar (oktober, februari en juni) houden de groepsleerkracht en de intern begeleider "
               "een groepsbespreking, waarin de toetsresultaten en de observaties worden besproken. Leerlingen over "
               "wie zorgen bestaan, worden daarna in een leerlingbespreking besproken."),
         ("p", "Het ondersteuningsteam (OT) van de school komt zes keer per jaar bijeen. Daarin zitten de intern "
               "begeleider, de consulent van het samenwerkingsverband en de schoolmaatschappelijk werker. Ouders "
               "worden uitgenodigd als hun kind wordt besproken."),
         ("h1", "4. Extra ondersteuning en arrangementen"),
         ("p", "Als een leerling meer nodig heeft dan wij binnen de basisondersteuning kunnen bieden, stellen wij "
               "een ontwikkelingsperspectiefplan (OPP) op en vragen wij zo nodig een arrangement aan bij het "
               "samenwerkingsverband. In het schooljaar 2024-2025 hadden wij negen leerlingen met een OPP en drie "
               "individuele arrangementen, waarvan twee voor gedrag en één voor een leerling met een lichamelijke "
               "beperking."),
         ("h1", "5. Verwijzing naar sbo/so (TLV)"),
         ("p", "Heel soms komen wij tot de conclusie dat een leerling beter op zijn plek is in het speciaal "
               "basisonderwijs of het speciaal onderwijs. Dan vraagt ons schoolbestuur een toelaatbaarheidsverklaring "
               "aan bij het samenwerkingsverband, volgens de procedure die het samenwerkingsverband daarvoor hanteert. "
               "De intern begeleider begeleidt ouders in dit traject. In 2024-2025 werd één leerling verwezen naar "
               "het sbo."),
         ("h1", "6. Ouders"),
         ("p", "Wij zien ouders als partners. Zij worden betrokken bij het OPP en tekenen voor het handelingsdeel. "
               "In de schoolgids en op onze website leggen wij uit hoe de ondersteuning op De Klimop is geregeld. "
               "Ouders die vragen hebben, kunnen altijd terecht bij de leerkracht of de intern begeleider. Voor "
               "onafhankelijk advies verwijzen wij naar het Ouder- en Jeugdsteunpunt Lindeland."),
         ("h1", "7. Middelen en formatie"),
         ("p", "De school ontvangt via het bestuur een deel van het schoolbudget van het samenwerkingsverband. Voor "
               "2025-2026 gaat het om € 41.600. Dat bedrag zetten wij in voor de leesspecialist (0,3 fte) en voor "
               "onderwijsassistentie in de groepen 3 en 4."),
         ("h1", "8. Resultaten en evaluatie"),
         ("p", "Wij evalueren dit plan in juni met het team. De resultaten van de eindtoets en de "
               "tussentoetsen worden geanalyseerd in de trendanalyse, die wij bespreken met de MR en het bestuur. "
               "Ons doel voor 2025-2026: ten minste 95 procent van de leerlingen haalt aan het eind van groep 8 het "
               "fundamentele niveau lezen en rekenen."),
         ]
    labels = dict(sector="po",
                  notes={"document": "School-level ondersteuningsplan of one basisschool (zorgniveaus, groepsbesprekingen, own OPP/arrangement figures, MR); it implements the SWV plan of Lindeland but is not an ondersteuningsplan of a samenwerkingsverband (no OPR, OOGO, verdeelmodel, TLV decision-making)."})
    return B, labels


# ---------------------------------------------------------------------------------------------
# Label writing (hand-formatted YAML in the contract's exact layout)
# ---------------------------------------------------------------------------------------------

ELEMENT_ORDER = ["basisondersteuning", "plaatsing", "terugstroom", "financien", "dekkend-aanbod", "resultaten",
                 "ouders"]
CRITERIA_ORDER = ["basisondersteuning.niveau", "basisondersteuning.inhoud", "plaatsing.procedure",
                  "plaatsing.criteria", "terugstroom.procedure", "terugstroom.beleid", "financien.verdeling",
                  "financien.besteding", "dekkend-aanbod.continuum", "dekkend-aanbod.lacunes",
                  "resultaten.doelen", "resultaten.monitoring", "ouders.informatie", "ouders.steunpunt"]


def q(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def write_labels(path, documents, labels, looks_like_plan=True):
    lines = [f"documents: [{', '.join(documents)}]", f"sector: {labels['sector']}",
             f"looks_like_plan: {'true' if looks_like_plan else 'false'}"]
    if looks_like_plan:
        el = labels["elements"]
        lines.append("elements: {" + ", ".join(f"{e}: {el[e]}" for e in ELEMENT_ORDER) + "}")
        lines.append("criteria:")
        for k in CRITERIA_ORDER:
            lines.append(f"  {k}: {'true' if labels['criteria'][k] else 'false'}")
        adv = {k: v for k, v in labels["advisory"].items() if v}
        lines.append("advisory_addressed:" + ("" if adv else " {}"))
        for e in ELEMENT_ORDER:
            if e in adv:
                lines.append(f"  {e}: [{', '.join(adv[e])}]")
        lines.append("notes:")
        for e in ELEMENT_ORDER:
            lines.append(f"  {e}: {q(labels['notes'][e])}")
    else:
        lines += ["elements: {}", "criteria: {}", "advisory_addressed: {}", "notes:"]
        for k, v in labels["notes"].items():
            lines.append(f"  {k}: {q(v)}")
    Path(path).write_text("\n".join(lines) + "\n", encoding="utf-8")


def main():
    OUT.mkdir(parents=True, exist_ok=True)

    c, B, L = plan1()
    render_docx(B, OUT / "po-rivierenbrug-2026.docx",
                header="Ondersteuningsplan De Rivierenbrug 2026-2030 · basisondersteuning · toelaatbaarheid · "
                       "terugplaatsing · financiën · ouders",
                footer="SWV De Rivierenbrug PO 26-07 · vastgesteld maart 2026")
    write_labels(OUT / "po-rivierenbrug-2026.expected.yaml", ["po-rivierenbrug-2026.docx"], L)

    c, B, L = plan2()
    render_docx(B, OUT / "vo-kustenpolder-2026.docx",
                header="SWV VO Kust en Polder · Ondersteuningsplan 2026-2030",
                footer="Resultaten, terugplaatsing en ouders: zie de betreffende hoofdstukken")
    write_labels(OUT / "vo-kustenpolder-2026.expected.yaml", ["vo-kustenpolder-2026.docx"], L)

    c, B, L = plan3()
    render_pdf(B, OUT / "po-heuvelland-oost-2026.pdf",
               header="Samen sterk voor elk kind · Ondersteuningsplan Heuvelland-Oost 2026-2030",
               footer="Ouders, terugplaatsing en toelaatbaarheid in Heuvelland-Oost")
    write_labels(OUT / "po-heuvelland-oost-2026.expected.yaml", ["po-heuvelland-oost-2026.pdf"], L)

    c, B, L = plan4()
    render_pdf(B, OUT / "vo-zandrug-2026.pdf",
               header="Ondersteuningsplan De Zandrug 2026-2030 – basisondersteuning, financiën, kwaliteit",
               footer="SWV VO De Zandrug (VO 29-11)")
    write_labels(OUT / "vo-zandrug-2026.expected.yaml", ["vo-zandrug-2026.pdf"], L)

    c, B, L = plan5()
    render_html(B, OUT / "po-lindeland-2026.html", "Ondersteuningsplan Lindeland 2026-2030")
    write_labels(OUT / "po-lindeland-2026.expected.yaml", ["po-lindeland-2026.html"], L)

    B, L = nearmiss()
    render_docx(B, OUT / "po-klimop-schoolondersteuningsplan.docx",
                header="OBS De Klimop · Ondersteuningsplan 2025-2026")
    write_labels(OUT / "po-klimop-schoolondersteuningsplan.expected.yaml",
                 ["po-klimop-schoolondersteuningsplan.docx"], L, looks_like_plan=False)


if __name__ == "__main__":
    main()
