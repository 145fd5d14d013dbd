#!/usr/bin/env python3
"""Generate the holdout219 test set: 5 fictional ondersteuningsplannen + 1 near-miss document.

Deterministic, no network. Output goes to the folder above this script's folder.
PDFs are rendered from .docx with LibreOffice (soffice --headless).
"""
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

OUT = Path(__file__).resolve().parent.parent

# ---------------------------------------------------------------------------
# block model: (kind, payload)
#   h1/h2 styled headings, bold = bold paragraph as heading, num = hand numbered
#   heading (plain bold run), caps = capitals heading, p = paragraph,
#   quote = (text, who) in a shaded box, table = rows, bullets = list, toc = lines
#   header = running header text, title = title page lines, pb = page break
# ---------------------------------------------------------------------------


def words(blocks):
    n = 0
    for kind, pay in blocks:
        if kind in ("p", "h1", "h2", "bold", "num", "caps"):
            n += len(pay.split())
        elif kind == "quote":
            n += len(pay[0].split())
        elif kind in ("bullets", "toc", "title"):
            n += sum(len(x.split()) for x in pay)
        elif kind == "table":
            n += sum(len(c.split()) for r in pay for c in r)
    return n


def _shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tcPr.append(shd)


def write_docx(blocks, path, core_date="2025-01-01T00:00:00"):
    doc = Document()
    doc.core_properties.author = "Bureau samenwerkingsverband"
    from datetime import datetime
    doc.core_properties.created = datetime.fromisoformat(core_date)
    doc.core_properties.modified = datetime.fromisoformat(core_date)
    for kind, pay in blocks:
        if kind == "header":
            doc.sections[0].header.paragraphs[0].text = pay
            doc.sections[0].footer.paragraphs[0].text = pay + " | concept voor OPR"
        elif kind == "title":
            for i, line in enumerate(pay):
                para = doc.add_paragraph()
                para.alignment = WD_ALIGN_PARAGRAPH.CENTER
                r = para.add_run(line)
                r.bold = i == 0
                r.font.size = Pt(24 if i == 0 else 13)
        elif kind == "pb":
            doc.add_page_break()
        elif kind == "h1":
            doc.add_heading(pay, level=1)
        elif kind == "h2":
            doc.add_heading(pay, level=2)
        elif kind == "bold":
            para = doc.add_paragraph()
            r = para.add_run(pay)
            r.bold = True
        elif kind == "num":
            para = doc.add_paragraph()
            r = para.add_run(pay)
            r.bold = True
            r.font.size = Pt(13)
            r.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
        elif kind == "caps":
            para = doc.add_paragraph()
            r = para.add_run(pay.upper())
            r.bold = True
            r.underline = True
        elif kind == "p":
            doc.add_paragraph(pay)
        elif kind == "bullets":
            for item in pay:
                doc.add_paragraph(item, style="List Bullet")
        elif kind == "toc":
            para = doc.add_paragraph()
            r = para.add_run("Inhoudsopgave")
            r.bold = True
            r.font.size = Pt(14)
            for line in pay:
                doc.add_paragraph(line)
        elif kind == "quote":
            text, who = pay
            t = doc.add_table(rows=1, cols=1)
            t.style = "Table Grid"
            c = t.rows[0].cells[0]
            _shade(c, "E2EFDA")
            c.paragraphs[0].add_run("\u201c" + text + "\u201d").italic = True
            c.add_paragraph("\u2014 " + who)
            doc.add_paragraph("")
        elif kind == "table":
            t = doc.add_table(rows=len(pay), cols=len(pay[0]))
            t.style = "Table Grid"
            for i, row in enumerate(pay):
                for j, val in enumerate(row):
                    cell = t.rows[i].cells[j]
                    cell.text = val
                    if i == 0:
                        for r in cell.paragraphs[0].runs:
                            r.bold = True
            doc.add_paragraph("")
        else:
            raise ValueError(kind)
    doc.save(str(path))


def html_escape(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def write_html(blocks, path, title):
    out = ["<!DOCTYPE html>", '<html lang="nl">', "<head>", '<meta charset="utf-8">',
           "<title>%s</title>" % html_escape(title),
           "<style>body{font-family:Arial;max-width:50em;margin:auto} .quote{border:1px solid #7a7;"
           "background:#eef7ea;padding:.6em;margin:1em 0} table{border-collapse:collapse}"
           " td,th{border:1px solid #999;padding:3px}</style>", "</head>", "<body>"]
    for kind, pay in blocks:
        if kind == "header":
            out.append('<header><p class="kop">%s</p></header>' % html_escape(pay))
        elif kind == "title":
            out.append("<h1>%s</h1>" % html_escape(pay[0]))
            for line in pay[1:]:
                out.append('<p class="sub">%s</p>' % html_escape(line))
        elif kind == "pb":
            out.append("<hr>")
        elif kind == "h1":
            out.append("<h2>%s</h2>" % html_escape(pay))
        elif kind == "h2":
            out.append("<h3>%s</h3>" % html_escape(pay))
        elif kind in ("bold", "num"):
            out.append("<p><strong>%s</strong></p>" % html_escape(pay))
        elif kind == "caps":
            out.append("<p><strong>%s</strong></p>" % html_escape(pay.upper()))
        elif kind == "p":
            out.append("<p>%s</p>" % html_escape(pay))
        elif kind == "bullets":
            out.append("<ul>" + "".join("<li>%s</li>" % html_escape(x) for x in pay) + "</ul>")
        elif kind == "toc":
            out.append('<nav><p><strong>Inhoud</strong></p><ol>' +
                       "".join("<li>%s</li>" % html_escape(x) for x in pay) + "</ol></nav>")
        elif kind == "quote":
            out.append('<aside class="quote"><p><em>&ldquo;%s&rdquo;</em></p><p>&mdash; %s</p></aside>'
                       % (html_escape(pay[0]), html_escape(pay[1])))
        elif kind == "table":
            rows = ["<tr>" + "".join("<th>%s</th>" % html_escape(c) for c in pay[0]) + "</tr>"]
            for r in pay[1:]:
                rows.append("<tr>" + "".join("<td>%s</td>" % html_escape(c) for c in r) + "</tr>")
            out.append("<table>" + "".join(rows) + "</table>")
        else:
            raise ValueError(kind)
    out.append('<footer><p>&copy; 2025 %s</p></footer>' % html_escape(title))
    out += ["</body>", "</html>", ""]
    path.write_text("\n".join(out), encoding="utf-8")


def docx_to_pdf(docx_path, pdf_path):
    tmp = Path(tempfile.mkdtemp(prefix="holdout219_soffice_"))
    try:
        profile = tmp / "profile"
        cmd = ["soffice", "-env:UserInstallation=" + profile.as_uri(), "--headless",
               "--convert-to", "pdf", "--outdir", str(tmp), str(docx_path)]
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                       timeout=240)
        produced = tmp / (docx_path.stem + ".pdf")
        shutil.move(str(produced), str(pdf_path))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


# ---------------------------------------------------------------------------
# shared filler (parametrised, never addresses a core criterion on its own)
# ---------------------------------------------------------------------------

def voorwoord(swv, periode, dirnaam, with_parents=True):
    wie = ("de ouders en leerlingen" if with_parents else "de leerlingen en docenten")
    return [
        ("p", f"Voor u ligt het ondersteuningsplan {periode} van {swv}. Dit plan is het resultaat van een "
              "intensief traject waarin schoolbesturen, directeuren, intern begeleiders, "
              "ondersteuningscoördinatoren, de ondersteuningsplanraad en onze partners bij de gemeenten "
              "hebben meegedacht. In een reeks werkbijeenkomsten, een digitale enquête en twee "
              "regioavonden is gesproken over de vraag wat wij de komende vier jaar samen willen "
              "betekenen voor kinderen en jongeren die iets extra's nodig hebben."),
        ("p", "Wij zijn trots op wat er de afgelopen jaren is neergezet, maar wij zien ook dat de opgave groot "
              "blijft. Het lerarentekort, de toename van complexe ondersteuningsvragen, de wachtlijsten in "
              "de jeugdhulp en de financiële onzekerheid rond de landelijke bekostiging vragen om keuzes. "
              "Dit plan maakt die keuzes zichtbaar. Het is in de eerste plaats geschreven voor de "
              "professionals in onze scholen, maar wij hopen dat ook andere belangstellenden er hun weg in "
              "vinden. Waar het kon hebben we gekozen voor begrijpelijke taal en korte hoofdstukken."),
        ("p", f"Wij danken iedereen die heeft bijgedragen, in het bijzonder {wie} die hun verhaal met ons "
              "wilden delen. Hun woorden vindt u in de kaders verspreid door dit plan. Ze herinneren ons "
              "eraan waar het uiteindelijk om gaat: een plek waar een kind zich gezien voelt en kan leren."),
        ("p", f"{dirnaam}, directeur-bestuurder"),
    ]


def governance(swv, orgvorm, toezicht):
    return [
        ("p", f"{swv} is een {orgvorm}. Alle schoolbesturen met een of meer vestigingen in ons gebied zijn "
              "aangesloten. De statuten regelen de verhouding tussen de aangesloten besturen, de wijze van "
              "besluitvorming en een regeling voor het beslechten van geschillen tussen de besturen onderling."),
        ("p", f"Wij werken met een scheiding tussen bestuur en toezicht. De dagelijkse leiding ligt bij de "
              f"directeur-bestuurder; het intern toezicht is belegd bij {toezicht}. Het toezichthoudend orgaan "
              "vergadert vijf keer per jaar, voert jaarlijks een zelfevaluatie uit en hanteert de Code Goed "
              "Bestuur van de sectororganisaties. Een auditcommissie en een remuneratiecommissie bereiden "
              "besluiten voor. Het managementstatuut beschrijft welke bevoegdheden aan de "
              "directeur-bestuurder zijn gemandateerd."),
        ("p", "Naast de formele lijnen kennen wij een directeurenoverleg per subregio en een netwerk van "
              "intern begeleiders en ondersteuningscoördinatoren. Deze overleggen hebben geen "
              "besluitvormende bevoegdheid, maar zijn onmisbaar voor het delen van kennis, het signaleren "
              "van knelpunten en het voorbereiden van beleid. De agenda's worden gezamenlijk opgesteld."),
    ]


def personeel(sector):
    sch = "intern begeleiders" if sector == "po" else "ondersteuningscoördinatoren en mentoren"
    return [
        ("p", "Het bureau van het samenwerkingsverband is bewust klein gehouden. Er werken een "
              "directeur-bestuurder, een beleidsmedewerker, een controller (gedeeld met een ander "
              "verband), een managementassistent, orthopedagogen en een aantal consulenten. Samen gaat het "
              "om ruim elf fte. De meeste medewerkers zijn gedetacheerd vanuit een van de aangesloten "
              "besturen; daardoor blijft de verbinding met de praktijk in de scholen sterk."),
        ("p", f"Deskundigheidsbevordering is een gezamenlijke verantwoordelijkheid. Wij organiseren jaarlijks "
              f"een studiedag voor {sch}, een leergang over gedrag in de klas en intervisiegroepen. Besturen "
              "blijven zelf verantwoordelijk voor de professionalisering van hun personeel; het verband "
              "faciliteert waar een gezamenlijke aanpak meerwaarde heeft. Het lerarentekort raakt ook onze "
              "specialisten: voor vacatures van orthopedagoog en gedragsspecialist melden zich steeds minder "
              "kandidaten. In de planperiode onderzoeken wij samen met de hogeschool een traineeship."),
        ("p", "Het ziekteverzuim op het bureau lag in de afgelopen jaren onder het sectorgemiddelde. Wij "
              "voeren jaarlijks gesprekken in de gesprekkencyclus en bieden ruimte voor scholing, coaching en "
              "mobiliteit tussen besturen."),
    ]


def ict_privacy(system):
    return [
        ("p", f"Voor de registratie van aanvragen, arrangementen en toelaatbaarheidsverklaringen gebruiken "
              f"wij {system}. Scholen leveren gegevens digitaal aan via een beveiligde omgeving; "
              "e-mailverkeer met bijzondere persoonsgegevens is niet toegestaan. Het verband heeft een "
              "functionaris gegevensbescherming (gedeeld met drie andere verbanden), een "
              "verwerkingsregister en een privacyreglement. Voor nieuwe systemen voeren wij een DPIA uit."),
        ("p", "Medewerkers hebben alleen toegang tot de dossiers die zij voor hun taak nodig hebben. "
              "Gegevens worden niet langer bewaard dan wettelijk is toegestaan. Datalekken worden binnen 72 "
              "uur gemeld bij de Autoriteit Persoonsgegevens. Jaarlijks volgt het hele bureau een korte "
              "training informatiebeveiliging; bij de overstap naar een nieuwe leverancier is een "
              "verwerkersovereenkomst gesloten."),
    ]


def opr_block(datum, samenstelling=True, sector="po"):
    out = [("p", f"De ondersteuningsplanraad (OPR) heeft instemmingsrecht op de vaststelling en wijziging van "
                 f"dit ondersteuningsplan. De OPR heeft op {datum} ingestemd met het plan. Het reglement "
                 "van de OPR en het medezeggenschapsstatuut zijn op de website gepubliceerd.")]
    if samenstelling:
        wie = "ouders" if sector == "po" else "ouders of leerlingen"
        out.append(("p", f"De OPR telt tien leden: vijf personeelsleden en vijf {wie}, afgevaardigd vanuit de "
                         "medezeggenschapsraden van de aangesloten scholen. De raad vergadert zes keer per jaar "
                         "met de directeur-bestuurder en wordt ondersteund door een ambtelijk secretaris. De "
                         "leden krijgen jaarlijks scholing over passend onderwijs en hun rol."))
    else:
        out.append(("p", "De raad vergadert zes keer per jaar met de directeur-bestuurder en wordt ondersteund "
                         "door een ambtelijk secretaris. In de aanloop naar dit plan zijn drie extra "
                         "bijeenkomsten gehouden."))
    return out


def oogo_block(gemeenten, datum, met_inhoud=True):
    out = [("p", f"Het op overeenstemming gericht overleg (OOGO) over het concept van dit plan is gevoerd met "
                 f"de colleges van {gemeenten}. Het OOGO is op {datum} afgerond. Het overleg met het "
                 "aangrenzende samenwerkingsverband is schriftelijk gevoerd; daaruit kwamen geen bezwaren.")]
    if met_inhoud:
        out.append(("p", "In het OOGO zijn afspraken gemaakt over de aansluiting tussen onderwijs en "
                         "jeugdhulp. Jeugdhulp in onderwijstijd wordt in onderwijs-zorgarrangementen "
                         "gecombineerd, waarbij de gemeente de zorgcomponent financiert en het verband de "
                         "onderwijscomponent. Elke school heeft een vaste contactpersoon van het lokale "
                         "jeugdteam die maandelijks aanschuift bij het ondersteuningsteam. Daarnaast zijn "
                         "leerlingenvervoer en onderwijshuisvesting besproken."))
    return out


def totstandkoming(swv, start, eind):
    return [
        ("p", f"Het schrijven van dit plan begon in {start}. Een kerngroep van twee directeuren, twee "
              "bestuurders, een beleidsmedewerker en de directeur-bestuurder stelde een procesplan op. "
              "Daarna volgden drie rondes. In de eerste ronde haalden wij in werkbijeenkomsten per subregio "
              "op wat er goed ging en wat beter moest. In de tweede ronde schreven werkgroepen teksten per "
              "hoofdstuk. In de derde ronde is het concept voorgelegd aan de besturen, de "
              "ondersteuningsplanraad, het directeurenoverleg en de gemeenten."),
        ("p", f"Tussen de eerste versie en de versie die voor u ligt zitten zeven conceptversies. Op veel "
              "punten is het plan korter en scherper geworden. Sommige wensen hebben het niet gehaald, "
              "omdat zij niet uitvoerbaar bleken of omdat er (nog) geen draagvlak voor was. De kerngroep "
              f"heeft de laatste redactie in {eind} afgerond. De bestuurlijke vaststelling volgde na de "
              "instemming van de ondersteuningsplanraad en de afronding van het overleg met de gemeenten."),
    ]


def landelijke_context(sector, ojsp=True):
    out = [
        ("p", "Passend onderwijs is sinds 2014 van kracht. Na de evaluatie in 2020 heeft het kabinet de "
              "verbeteraanpak passend onderwijs ingezet, met maatregelen op het gebied van financiën, "
              "thuiszitters, de positie van ouders en leerlingen, en de rol van samenwerkingsverbanden. Het "
              "kabinet heeft de ambitie uitgesproken dat het onderwijs in de komende jaren inclusiever wordt. "
              "Wat dat precies betekent voor de verhouding tussen regulier en speciaal onderwijs, is op "
              "landelijk niveau nog niet uitgewerkt."),
        ("p", "Daarnaast loopt de discussie over een landelijke norm voor de basisondersteuning. Als die norm "
              "wettelijk wordt vastgelegd, zal dit plan daarop worden aangepast. Ook de bekostiging staat "
              "landelijk ter discussie; het verband volgt de ontwikkelingen via de sectorraad en de "
              f"{'PO-Raad' if sector == 'po' else 'VO-raad'}."),
    ]
    if ojsp:
        out.append(("p", "De Wet versterking positie ouders en leerlingen introduceert onder meer het hoorrecht "
                         "en verplicht ieder samenwerkingsverband een ouder- en jeugdsteunpunt in te richten."))
    return out


def kennisdeling(sector):
    wie = "intern begeleiders" if sector == "po" else "zorgcoördinatoren"
    return [
        ("p", f"Kennis delen is de kern van samenwerken. Het netwerk van {wie} komt zes keer per jaar bij "
              "elkaar, afwisselend op een van de scholen. Elke bijeenkomst heeft een thema, bijvoorbeeld "
              "executieve functies, trauma-sensitief lesgeven, rouw en verlies of samenwerken met "
              "anderstalige ouders. Daarnaast zijn er professionele leergemeenschappen voor gedragsspecialisten "
              "en voor leraren die met jonge kinderen werken."),
        ("p", "Scholen die samen een kennisproject opzetten, delen de opbrengst met de andere scholen, "
              "bijvoorbeeld in een workshop of een korte handreiking. In de afgelopen jaren leverde dat onder "
              "meer een handreiking over time-out in de klas en een digitale kennisbank op. De kennisbank is "
              "voor alle medewerkers van de aangesloten scholen toegankelijk."),
    ]


def bureau_en_duurzaamheid():
    return [
        ("p", "Het bureau werkt hybride. Medewerkers zijn een groot deel van de week op de scholen te vinden; "
              "op kantoor zijn flexplekken en twee spreekkamers. Bij de keuze van een nieuwe huisvesting "
              "letten wij op bereikbaarheid met het openbaar vervoer, toegankelijkheid voor mensen met een "
              "beperking en duurzaamheid. Dienstreizen maken medewerkers zo veel mogelijk per fiets of "
              "openbaar vervoer; de leaseauto's worden bij vervanging elektrisch."),
    ]


def risicos_uitvoering():
    return [
        ("p", "De uitvoering van dit plan kent risico's die niet in geld zijn uit te drukken. Het belangrijkste "
              "risico is het tekort aan leraren en specialisten: zonder mensen geen ondersteuning. Daarnaast "
              "zijn wij afhankelijk van partners die zelf onder druk staan, zoals de jeugdhulp en de "
              "leerplichtafdelingen. Een derde risico is de continuïteit van de ICT: een storing bij de "
              "leverancier van het registratiesysteem kan de werkprocessen dagen stilleggen."),
        ("p", "Wij beperken deze risico's door werk niet bij één persoon te beleggen, door afspraken over "
              "vervanging te maken, door jaarlijks met de belangrijkste partners te evalueren en door een "
              "uitwijkprocedure voor de ICT. Het bestuur bespreekt de risico's twee keer per jaar."),
    ]


def terugblik_proces():
    return [
        ("p", "In de vorige planperiode is er veel veranderd in de organisatie. Het verband kreeg een nieuwe "
              "directeur-bestuurder, de statuten werden aangepast aan de scheiding van bestuur en toezicht, "
              "het bureau verhuisde en wij stapten over op een nieuw registratiesysteem. De coronajaren "
              "dwongen ons om veel overleg digitaal te voeren; een deel daarvan hebben wij bewust zo "
              "gehouden, omdat het reistijd scheelt in een uitgestrekte regio."),
        ("p", "Ook de samenwerking tussen de besturen is gegroeid. Waar de besturen aanvankelijk vooral oog "
              "hadden voor de eigen scholen, voeren zij nu vaker gesprekken over de regio als geheel. Het "
              "directeurenoverleg is daarbij een belangrijke motor gebleken."),
    ]


def inclusie():
    return [
        ("p", "Inclusief onderwijs is een woord dat veel betekenissen heeft. Voor ons betekent het dat het "
              "verschil tussen kinderen het uitgangspunt is en niet de uitzondering. Het betekent ook dat "
              "scholen, leraren en ouders zich samen verantwoordelijk voelen voor alle kinderen in de klas. "
              "Inclusie vraagt tijd, ruimte en vakmanschap; het is geen doel op zich, maar een richting waarin "
              "wij ons willen ontwikkelen."),
        ("p", "Wij zijn ons ervan bewust dat inclusie ook grenzen kent. Een school kan niet alles, en een "
              "leraar evenmin. Het gesprek over die grenzen voeren wij open en zonder schuldvraag."),
    ]


def bestuurlijke_cyclus():
    return [
        ("p", "Het algemeen bestuur vergadert zes keer per jaar. In het voorjaar staat het jaarverslag op de "
              "agenda, in het najaar het jaarplan. Tussendoor bespreekt het bestuur thema's die de scholen "
              "raken, zoals het lerarentekort, de samenwerking met de kinderopvang of de overgang naar het "
              "vervolgonderwijs. Vergaderstukken worden een week vooraf verspreid; de besluitenlijst is "
              "openbaar."),
        ("p", "De eigen medezeggenschapsraad van het bureau bestaat uit twee medewerkers en heeft de "
              "gebruikelijke bevoegdheden op het gebied van personeelsbeleid, arbeidsomstandigheden en "
              "organisatie."),
    ]


def communicatie_professionals():
    return [
        ("p", "Voor schoolleiders, intern begeleiders, zorgcoördinatoren en bestuurders verschijnt elke maand "
              "een digitale nieuwsbrief met nieuws uit het bureau, aankondigingen van bijeenkomsten en een "
              "praktijkvoorbeeld uit een van de scholen. Op het besloten deel van de website vinden "
              "professionals formats, handreikingen en de agenda van de netwerken. Bestuurders ontvangen "
              "daarnaast een kwartaalbrief van de directeur-bestuurder. Wij meten jaarlijks hoe de nieuwsbrief "
              "wordt gelezen en passen vorm en frequentie zo nodig aan."),
        ("p", "Richting de pers en de politiek zijn wij terughoudend: het verband treedt niet op de voorgrond, "
              "de scholen zijn het gezicht van het onderwijs in de regio. Wel geven wij gemeenteraden op "
              "verzoek een toelichting op ons werk."),
    ]


def onderzoek_hogeschool():
    return [
        ("p", "Het verband werkt samen met de regionale hogeschool en een universitaire werkplaats. Studenten "
              "van de master Educational Needs en van de opleiding pedagogiek doen hun praktijkonderzoek bij "
              "aangesloten scholen. Onderwerpen in de afgelopen jaren waren onder meer de rol van de "
              "onderwijsassistent, het gebruik van koptelefoons in de klas en de ervaringen van leraren met "
              "collegiale consultatie. De uitkomsten worden gepresenteerd op de jaarlijkse kennisdag."),
        ("p", "Daarnaast neemt het verband deel aan een landelijk netwerk van samenwerkingsverbanden dat "
              "ervaringen uitwisselt over organisatievormen en bestuursmodellen."),
    ]


def werkgeverschap():
    return [
        ("p", "Het verband is geen grote werkgever. De meeste medewerkers zijn in dienst van een van de "
              "aangesloten besturen en worden gedetacheerd. Dat heeft voordelen: medewerkers houden binding "
              "met hun bestuur en kunnen makkelijker terugkeren naar een school. Het heeft ook nadelen: "
              "arbeidsvoorwaarden verschillen soms per bestuur en de loyaliteit ligt niet altijd vanzelf bij "
              "het verband. In de planperiode bespreken de besturen of het verband vaker zelf werkgever "
              "wordt. Een besluit daarover vraagt instemming van de medezeggenschap van het bureau."),
        ("p", "Voor alle medewerkers geldt een gedragscode. Nevenfuncties worden gemeld bij de "
              "directeur-bestuurder en, waar het de directeur-bestuurder zelf betreft, bij de "
              "toezichthouder. Jaarlijks wordt een register van nevenfuncties gepubliceerd."),
    ]


def leerlingenstem():
    return [
        ("p", "Wij willen vaker horen wat leerlingen zelf vinden. Daarom is er een panel van twaalf leerlingen "
              "uit verschillende scholen en schoolsoorten, dat drie keer per jaar bij elkaar komt met de "
              "directeur-bestuurder. Het panel praatte onder meer over prikkelarme ruimtes, over de manier "
              "waarop docenten met faalangst omgaan en over de vraag wat een goede mentor is. Het panel "
              "krijgt een vergoeding in de vorm van een cadeaubon en een certificaat."),
    ]


# ---------------------------------------------------------------------------
# PLAN 1 — PO, docx — De Waterlinie
# ---------------------------------------------------------------------------

def plan1():
    swv = "Samenwerkingsverband Passend Primair Onderwijs De Waterlinie"
    B = []
    B.append(("header", "SWV De Waterlinie PO 26-09 | Ondersteuningsplan 2025-2029"))
    B.append(("title", ["Ondersteuningsplan 2025 – 2029", swv, "PO 26-09",
                        "Versie ter instemming OPR, 12 maart 2025"]))
    B.append(("pb", None))
    B.append(("toc", ["1. Voorwoord .......... 3", "2. Wie zijn wij .......... 4",
                      "3. Visie en missie .......... 6", "4. Basisondersteuning: wat elke school biedt .......... 8",
                      "5. Extra ondersteuning en dekkend aanbod .......... 11",
                      "6. Toelaatbaarheid S(B)O .......... 14", "7. Terugplaatsing .......... 17",
                      "8. Geld en middelen .......... 18", "9. Kwaliteit en resultaten .......... 21",
                      "10. Communicatie .......... 23", "11. Ouder- en jeugdsteunpunt .......... 24",
                      "12. Organisatie, OPR en OOGO .......... 25", "13. Planning .......... 27",
                      "Bijlage A Begrippenlijst", "Bijlage B Afkortingen"]))
    B.append(("pb", None))
    B.append(("h1", "1. Voorwoord"))
    B += voorwoord(swv, "2025-2029", "Marieke van den Akker")
    B.append(("num", "2. Wie zijn wij"))
    B.append(("p", "De Waterlinie omvat het primair onderwijs in de gemeenten Lingewaard-Oost, Bemmelerwaard en "
                   "Huissen-Angeren (fictief). Veertien schoolbesturen zijn aangesloten met samen 58 "
                   "basisscholen, twee scholen voor speciaal basisonderwijs (De Kade en Het Baken) en drie "
                   "so-locaties van cluster 3 en 4. Op de teldatum 1 oktober 2024 telde het verband 13.420 "
                   "leerlingen in het basisonderwijs, 412 in het sbo en 238 in het so."))
    B.append(("p", "Het deelnamepercentage sbo bedroeg op 1 oktober 2024 2,9 procent, dat van het so 1,7 procent. "
                   "Beide liggen iets boven het landelijk gemiddelde. Het aantal leerlingen daalt in de "
                   "kleinere kernen; in de stedelijke wijken rond het station neemt het aantal gezinnen met "
                   "jonge kinderen juist toe. Ongeveer negen procent van de leerlingen heeft een "
                   "migratieachtergrond; in twee wijken ligt dat percentage boven de dertig."))
    B.append(("p", "De regio kent een sterk verenigingsleven en korte lijnen tussen scholen, kinderopvang, "
                   "consultatiebureau en jeugdteams. Tegelijk zien we dat die korte lijnen vaak afhangen van "
                   "personen; wanneer een intern begeleider vertrekt, verdwijnt soms ook het netwerk."))
    B.append(("quote", ("Mijn zoon zat twee jaar thuis te wachten op een plek. Nu gaat hij met plezier naar "
                        "school, drie straten verderop. Dat had eerder gekund.", "moeder van Daan (9)")))
    B.append(("h1", "3. Visie en missie"))
    B.append(("p", "Wij geloven dat ieder kind recht heeft op onderwijs dat bij hem of haar past, zo dicht "
                   "mogelijk bij huis, samen met leeftijdgenoten uit de eigen buurt. Passend onderwijs is voor "
                   "ons geen systeem maar een houding: we kijken naar wat een kind nodig heeft, niet naar wat "
                   "het mankeert. Scholen, ouders en partners zijn daarbij gelijkwaardig."))
    B.append(("p", "Onze missie is het verbinden en versterken van de scholen in de regio, zodat zij samen "
                   "hun zorgplicht kunnen waarmaken. Het samenwerkingsverband is daarbij geen loket dat "
                   "beslist over kinderen op afstand, maar een partner die naast de school staat. Wij "
                   "faciliteren, wij verbinden, wij leren. Waar nodig durven wij ook te sturen."))
    B.append(("p", "Drie kernwaarden vormen de basis voor ons handelen: vertrouwen, eigenaarschap en "
                   "nabijheid. Vertrouwen betekent dat wij de professionaliteit van leraren serieus nemen. "
                   "Eigenaarschap betekent dat schoolbesturen zich gezamenlijk verantwoordelijk voelen voor "
                   "alle kinderen in de regio. Nabijheid betekent dat ondersteuning zo veel mogelijk in de "
                   "klas plaatsvindt."))
    # basisondersteuning: present (niveau + inhoud), borging advisory
    B.append(("h1", "4. Basisondersteuning: wat elke school biedt"))
    B.append(("p", "In de Waterlinie hebben de veertien besturen afgesproken welk niveau van ondersteuning op "
                   "iedere vestiging minimaal aanwezig is, ongeacht denominatie, grootte of ligging. Dit noemen "
                   "wij de basisondersteuning. Een school mag meer bieden, maar nooit minder. Het niveau is "
                   "vastgelegd in twaalf standaarden die het algemeen bestuur op 4 november 2024 heeft "
                   "vastgesteld en die voor de hele planperiode gelden."))
    B.append(("p", "Wat kunt u als ouder op elke school verwachten? Iedere school heeft een intern begeleider "
                   "met ten minste één dag per week per 200 leerlingen, werkt met een dyslexieprotocol en een "
                   "dyscalculieprotocol, heeft een anti-pestcoördinator en een gevalideerd programma voor "
                   "sociaal-emotionele ontwikkeling, houdt drie keer per jaar groepsbesprekingen, biedt "
                   "verrijking voor kinderen die meer aankunnen, kan eenvoudige medische handelingen uitvoeren "
                   "volgens het protocol medisch handelen, en schakelt bij zorgen binnen vier weken het "
                   "ondersteuningsteam in, waarin een orthopedagoog van het verband en de jeugdverpleegkundige "
                   "zitten. Kinderen met een taalachterstand krijgen op elke school extra taalaanbod in de "
                   "groep."))
    B.append(("p", "Elke school beschrijft in de schoolgids hoe zij deze standaarden invult. Twee keer in de "
                   "planperiode voert het verband met elke school een kwaliteitsdialoog op basis van de "
                   "kwaliteitskaart basisondersteuning. Scoort een school op een standaard onvoldoende, dan "
                   "stelt het bestuur binnen drie maanden een verbeterplan op en bespreekt de "
                   "directeur-bestuurder de voortgang in het bestuurlijk overleg."))
    B.append(("quote", ("Op mijn oude school mocht ik niet met de laptop werken. Hier wel, en nu kan ik "
                        "laten zien wat ik weet.", "Noor, groep 7")))
    # dekkend-aanbod present
    B.append(("bold", "5. Extra ondersteuning en dekkend aanbod"))
    B.append(("p", "Wanneer de basisondersteuning niet volstaat, kan de school via het ondersteuningsteam een "
                   "arrangement aanvragen. Ons ondersteuningsaanbod kent drie lagen: de basisondersteuning op "
                   "elke school; extra ondersteuning in de vorm van individuele en groepsarrangementen in de "
                   "eigen school (onder meer een arrangement gedrag, een arrangement jonge risicoleerling en "
                   "ambulante begeleiding door het expertiseteam); en bovenschoolse voorzieningen: de "
                   "plusklassen op drie locaties, de taalklas voor nieuwkomers in Huissen-Angeren, de "
                   "observatiegroep bij De Kade, en het speciaal (basis)onderwijs."))
    B.append(("p", "Twee keer per jaar brengen de consulenten samen met de directeuren in kaart waar het aanbod "
                   "tekortschiet. Dat gebeurt aan de hand van de wachtlijst voor de observatiegroep, de "
                   "thuiszittersregistratie van leerplicht en de signalen uit de ondersteuningsteams. Elke "
                   "leerling die langer dan vier weken zonder passend aanbod is, wordt besproken aan de "
                   "regionale thuiszitterstafel, waar het verband, leerplicht, het jeugdteam en het "
                   "schoolbestuur binnen tien werkdagen een plan maken. Het verband coördineert de zorgplicht "
                   "bij complexe aanmeldingen tussen besturen. In 2024 bleek uit deze analyse dat er geen "
                   "aanbod was voor jonge kinderen met een ernstige taalontwikkelingsstoornis; sinds augustus "
                   "2025 is er een kleine taalgroep bij Het Baken."))
    B += oogo_block("de drie gemeenten", "18 februari 2025")
    B.append(("p", "Voor kinderen die meer aankunnen zijn de plusklassen uitgebreid met een voltijdse "
                   "voorziening voor hoogbegaafde leerlingen, gefinancierd uit de tijdelijke subsidie "
                   "hoogbegaafdheid. Na afloop van de subsidie besluit het algemeen bestuur over voortzetting."))
    # plaatsing partial: procedure yes, criteria deferred; terugstroom present inside TLV chapter
    B.append(("h1", "6. Toelaatbaarheid S(B)O"))
    B.append(("p", "Het schoolbestuur van de school waar de leerling staat ingeschreven vraagt een "
                   "toelaatbaarheidsverklaring (TLV) voor het sbo of het so aan bij de Commissie van "
                   "Toelaatbaarheid (CvT) van het verband. De aanvraag bevat het groeidocument met het "
                   "ontwikkelingsperspectief, het verslag van het laatste overleg van het ondersteuningsteam en "
                   "de zienswijze van de ouders. De consulent controleert binnen vijf werkdagen of het dossier "
                   "compleet is. Daarna winnen wij het advies in van twee deskundigen: een orthopedagoog of "
                   "psycholoog en, afhankelijk van de vraag, een tweede deskundige zoals een kinderpsychiater, "
                   "maatschappelijk werker of arts. Beide deskundigen schrijven een eigen advies en zijn niet "
                   "betrokken geweest bij de aanvraag. De CvT neemt binnen zes weken na ontvangst van het "
                   "complete dossier een besluit namens het bestuur; ouders ontvangen het besluit en een "
                   "afschrift van de adviezen."))
    B.append(("p", "Aan welke voorwaarden een leerling moet voldoen om toelaatbaar te zijn, legt de CvT in het "
                   "eerste planjaar vast in een afzonderlijk afwegingskader. Tot die tijd weegt de commissie "
                   "iedere aanvraag op haar eigen merites."))
    B.append(("p", "Een TLV voor het sbo geldt in de regel tot het einde van de basisschoolperiode; een TLV "
                   "voor het so wordt afgegeven voor één of twee schooljaren, in bekostigingscategorie laag, "
                   "midden of hoog. Ouders of school die het niet eens zijn met het besluit kunnen binnen zes "
                   "weken bezwaar maken. Het verband is aangesloten bij de Landelijke Bezwaaradviescommissie "
                   "Toelaatbaarheidsverklaringen, die het bestuur adviseert over het bezwaar."))
    B.append(("p", "Ook de weg terug hoort bij de TLV. Wij vinden dat een plaatsing in het speciaal "
                   "(basis)onderwijs geen eindstation hoeft te zijn: waar een kind zich zo heeft ontwikkeld dat "
                   "het met ondersteuning in een reguliere groep kan functioneren, streven wij naar een plek op "
                   "een basisschool in de eigen wijk. Voorwaarde is dat de ontvangende school de "
                   "ondersteuning kan bieden die in het OPP staat; het verband financiert daarvoor een "
                   "terugplaatsingsarrangement van maximaal één schooljaar met ambulante begeleiding door de "
                   "s(b)o-school."))
    B.append(("p", "Elk jaar in maart bespreekt de s(b)o-school in de OPP-evaluatie met ouders of terugkeer aan "
                   "de orde is. In het laatste jaar van de TLV is die bespreking verplicht en schuift de "
                   "consulent van het verband aan. Blijkt terugkeer haalbaar, dan zoekt de s(b)o-school samen "
                   "met ouders een basisschool en volgt een proefperiode van zes weken. De CvT beslist na de "
                   "proefperiode of de leerling definitief wordt ingeschreven op de basisschool; zo niet, dan "
                   "vraagt de s(b)o-school tijdig een nieuwe TLV aan. In 2024 keerden 21 leerlingen terug."))
    B.append(("num", "7. Terugplaatsing"))
    B.append(("p", "Zie hoofdstuk 6."))
    B.append(("quote", ("Ik wou eerst niet terug naar een gewone school. Nu heb ik een maatje in de klas die "
                        "me helpt als het te druk wordt.", "Sem, 11 jaar")))
    # financien present under "Geld en middelen"
    B.append(("caps", "8. Geld en middelen"))
    B.append(("p", "Het verband ontvangt jaarlijks het ondersteuningsbudget van DUO. Na aftrek van de "
                   "afdrachten voor het so en de groeibekostiging sbo verdelen wij het resterende bedrag "
                   "volgens een vast model, dat het algemeen bestuur elk jaar in november bevestigt. Iedere "
                   "school ontvangt een vaste voet van € 8.000 per vestiging plus € 62 per leerling op de "
                   "teldatum 1 oktober van het voorafgaande jaar. De arrangementen worden toegekend door het "
                   "ondersteuningsteam op basis van het groeidocument en betaald uit het centrale "
                   "arrangementenbudget. Scholen verantwoorden in hun jaarverslag per post waaraan zij hun "
                   "schoolbudget hebben besteed; het bureau controleert dit steekproefsgewijs."))
    B.append(("table", [["Meerjarenbegroting (x € 1.000)", "2025", "2026", "2027", "2028"],
                        ["Baten ondersteuningsbudget", "13.840", "13.610", "13.420", "13.250"],
                        ["Afdracht so (DUO)", "4.120", "4.160", "4.180", "4.180"],
                        ["Groeibekostiging en afdracht sbo", "3.050", "3.010", "2.970", "2.940"],
                        ["Schoolbudgetten (vaste voet + per leerling)", "1.300", "1.285", "1.270", "1.255"],
                        ["Arrangementen en expertiseteam", "3.150", "3.100", "3.050", "3.000"],
                        ["Bovenschoolse voorzieningen", "1.180", "1.180", "1.160", "1.140"],
                        ["Bureau, personeel en huisvesting", "1.020", "1.030", "1.040", "1.050"],
                        ["Saldo", "20", "-155", "-250", "-315"]]))
    B.append(("p", "De negatieve saldi zijn bewust: de algemene reserve bedroeg eind 2024 € 2,1 miljoen en ligt "
                   "boven de signaleringswaarde van de inspectie. Wij bouwen de reserve in vier jaar af tot een "
                   "weerstandsvermogen van ongeveer 8 procent van de baten."))
    # resultaten partial: monitoring yes, doelen deferred
    B.append(("h1", "9. Kwaliteit en resultaten"))
    B.append(("p", "Hoe weten wij of het werkt? Wij verzamelen jaarlijks gegevens over het aantal "
                   "arrangementen, de doorlooptijd van aanvragen, het aantal TLV's, het aantal thuiszitters en "
                   "de tevredenheid van scholen en ouders. De gegevens komen uit het registratiesysteem, de "
                   "leerplichtadministratie en een korte vragenlijst die na elk afgesloten arrangement wordt "
                   "verstuurd. Twee keer per jaar bespreekt het algemeen bestuur een kwartaalrapportage; het "
                   "jaarverslag bevat een analyse van de bereikte resultaten en wordt met de OPR besproken. "
                   "Eens per twee jaar bezoekt een auditteam van collega-verbanden ons."))
    B.append(("p", "Welke resultaten wij in deze planperiode precies willen behalen, bepalen wij samen met de "
                   "scholen in de loop van schooljaar 2025-2026. De uitkomst nemen wij op in het eerste "
                   "jaarplan."))
    B.append(("bold", "10. Communicatie"))
    B.append(("p", "Een goede communicatie is belangrijk voor draagvlak. Wij publiceren een digitale nieuwsbrief "
                   "voor schoolleiders en intern begeleiders, onderhouden een website en zijn actief op "
                   "LinkedIn. Voor ouders hebben wij op de website een aparte rubriek 'Wat kan mijn kind "
                   "verwachten?' met een overzicht van de basisondersteuning, de arrangementen en de "
                   "bovenschoolse voorzieningen, in gewone taal en ook in het Engels, Arabisch en Pools. Elke "
                   "school reikt bij de intake de folder 'Passend onderwijs in de Waterlinie' uit en verwijst in "
                   "de schoolgids naar deze rubriek. Twee keer per jaar organiseren wij een ouderavond over "
                   "het ondersteuningsaanbod in de regio."))
    B.append(("num", "11. Ouder- en jeugdsteunpunt"))
    B.append(("p", "Het wettelijk verplichte ouder- en jeugdsteunpunt is nog in voorbereiding. Waar ouders met "
                   "vragen of onenigheid terechtkunnen, maken wij bekend zodra de inrichting rond is; wij "
                   "verwachten dat in het voorjaar van 2026."))
    B.append(("quote", ("Ik wist niet dat er zoiets als een samenwerkingsverband bestond, tot ik er zelf mee te "
                        "maken kreeg.", "vader in de klankbordgroep")))
    B.append(("h1", "12. Organisatie, OPR en OOGO"))
    B += governance(swv, "stichting", "een raad van toezicht van vijf leden")
    B += opr_block("25 maart 2025", True, "po")
    B += personeel("po")
    B.append(("bold", "Totstandkoming van dit plan"))
    B += totstandkoming(swv, "september 2023", "februari 2025")
    B.append(("h2", "Landelijke ontwikkelingen"))
    B += landelijke_context("po", ojsp=False)
    B.append(("h2", "Risico's bij de uitvoering"))
    B += risicos_uitvoering()
    B += ict_privacy("het systeem Kindkans")
    B.append(("h2", "13. Planning"))
    B.append(("table", [["Wanneer", "Wat"], ["voorjaar 2025", "vaststelling plan, OOGO, instemming OPR"],
                        ["augustus 2025", "start planperiode"], ["2025-2026", "afwegingskader CvT, jaarplan 1"],
                        ["2027", "tussenevaluatie met OPR"], ["najaar 2028", "voorbereiding nieuw plan"]]))
    B.append(("h1", "Bijlage A Begrippenlijst"))
    B.append(("bullets", ["Basisondersteuning: het afgesproken niveau van ondersteuning dat alle scholen bieden.",
                          "Toelaatbaarheidsverklaring (TLV): besluit dat een leerling toelaatbaar is tot sbo of so.",
                          "Terugplaatsing: de overstap van s(b)o naar het regulier onderwijs.",
                          "Ouder- en jeugdsteunpunt (OJSP): onafhankelijk steunpunt voor ouders en jeugdigen.",
                          "Onderwijsconsulenten: onafhankelijke adviseurs voor ouders bij vastgelopen situaties.",
                          "Meerjarenbegroting: begroting over meerdere jaren."]))
    B.append(("h1", "Bijlage B Afkortingen"))
    B.append(("p", "CvT Commissie van Toelaatbaarheid · OJSP ouder- en jeugdsteunpunt · OOGO op overeenstemming "
                   "gericht overleg · OPP ontwikkelingsperspectief · OPR ondersteuningsplanraad · SBO speciaal "
                   "basisonderwijs · SO speciaal onderwijs · TLV toelaatbaarheidsverklaring"))
    return B


LABEL1 = dict(
    documents=["po-waterlinie-ondersteuningsplan.docx"], sector="po",
    elements=dict(basisondersteuning="present", plaatsing="partial", terugstroom="present",
                  financien="present", **{"dekkend-aanbod": "present"}, resultaten="partial", ouders="partial"),
    criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
              "plaatsing.procedure": True, "plaatsing.criteria": False,
              "terugstroom.procedure": True, "terugstroom.beleid": True,
              "financien.verdeling": True, "financien.besteding": True,
              "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
              "resultaten.doelen": False, "resultaten.monitoring": True,
              "ouders.informatie": True, "ouders.steunpunt": False},
    advisory={"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
              "terugstroom": ["monitoring"], "financien": ["reserves", "verantwoording"],
              "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
    notes={"basisondersteuning": "H4: twelve agreed standards for every vestiging plus concrete list; borging via kwaliteitskaart/verbeterplan.",
           "plaatsing": "H6: full TLV procedure (CvT, two deskundigen, 6 weeks, LBT bezwaar, duration/category) but criteria deferred to a future afwegingskader.",
           "terugstroom": "Policy and procedure hidden at the end of H6 (TLV chapter); H7 'Terugplaatsing' only says 'Zie hoofdstuk 6'.",
           "financien": "H8 in capitals 'Geld en middelen': vaste voet + per-leerling model, meerjarenbegroting table, reserves.",
           "dekkend-aanbod": "H5 (bold, unstyled): three-layer continuum and twice-yearly gap analysis, thuiszitterstafel.",
           "resultaten": "H9: monitoring cycle described, intended results deferred to 2025-2026 ('bepalen wij ... in de loop van').",
           "ouders": "H10 Communicatie addresses informatie; H11 OJSP is only 'in voorbereiding'; onderwijsconsulenten only in glossary; the TLV-bezwaar route in H6 counts for plaatsing.bezwaar, not as independent parent support. OPR composition = betrokkenheid."},
)


# ---------------------------------------------------------------------------
# PLAN 2 — VO, docx + pdf — Heuvelrand
# ---------------------------------------------------------------------------

def plan2():
    swv = "Samenwerkingsverband Voortgezet Onderwijs Heuvelrand"
    B = []
    B.append(("header", "Ondersteuningsplan SWV VO Heuvelrand (VO 27-03) 2025-2029"))
    B.append(("title", ["ONDERSTEUNINGSPLAN", swv, "VO 27-03 — planperiode 1 augustus 2025 tot 31 juli 2029"]))
    B.append(("pb", None))
    B.append(("toc", ["Voorwoord", "1 Samenvatting", "2 Onze regio in cijfers", "3 Koers 2025-2029",
                      "4 Basisondersteuning", "5 Het ondersteuningscontinuüm", "6 Thuiszitters en verzuim",
                      "7 Toelaatbaarheid vso, lwoo en pro", "8 Terugplaatsing en overstap",
                      "9 Financieel beleid", "10 Resultaten en kwaliteitszorg",
                      "11 Ouders en leerlingen", "12 Bestuur en medezeggenschap", "Begrippenlijst"]))
    B.append(("pb", None))
    B.append(("caps", "Voorwoord"))
    B += voorwoord(swv, "2025-2029", "drs. Youssef El Amrani")
    B.append(("h1", "1 Samenvatting"))
    B.append(("p", "In dit plan beschrijven wij hoe de twaalf schoolbesturen in de Heuvelrand de komende vier "
                   "jaar samen zorgen voor passend onderwijs voor alle jongeren van twaalf tot achttien jaar. "
                   "Wij zetten in op drie lijnen: sterke basis in elke school, snel passend maatwerk waar dat "
                   "nodig is, en geen jongere thuis. Het plan volgt de wettelijke opbouw en is leesbaar voor "
                   "schoolleiders, docenten, ouders, leerlingen en partners."))
    B.append(("h1", "2 Onze regio in cijfers"))
    B.append(("p", "Het verband omvat 19 scholen voor voortgezet onderwijs op 27 vestigingen, twee scholen voor "
                   "praktijkonderwijs en drie vso-scholen. Op 1 oktober 2024 volgden 15.960 leerlingen "
                   "regulier vo, 640 praktijkonderwijs en 488 vso. 2.110 leerlingen hadden een aanwijzing lwoo. "
                   "Het verband strekt zich uit over vijf gemeenten, van stedelijk gebied tot dunbevolkt "
                   "platteland met lange reistijden."))
    B.append(("quote", ("In de brugklas had ik een mentor die elke ochtend even vroeg hoe het ging. Dat klinkt "
                        "klein, maar daardoor ben ik gebleven.", "Lotte, 4 havo")))
    B.append(("h1", "3 Koers 2025-2029"))
    B.append(("p", "Onze koers is gebaseerd op een uitgebreide evaluatie van het vorige plan, gesprekken met "
                   "leerlingen in een jongerenpanel, en de landelijke verbeteraanpak passend onderwijs. Wij "
                   "willen dat jongeren zo veel mogelijk in het reguliere onderwijs hun diploma halen, dat "
                   "scholen elkaar helpen en dat het verband dichter bij de school komt te staan. "
                   "Inclusiever onderwijs is een beweging die tijd kost; wij kiezen voor kleine stappen die "
                   "werkelijk landen in de klas."))
    B.append(("p", "De koers is vertaald in vier ambities: de basis op orde, maatwerk dichtbij, samen met "
                   "jeugdhulp, en transparant over geld en resultaten. Elk jaar maken wij een jaarplan waarin "
                   "deze ambities worden uitgewerkt in activiteiten, en een jaarverslag waarin wij "
                   "verantwoording afleggen."))
    # basisondersteuning partial: niveau yes, inhoud only in absent bijlage
    B.append(("h1", "4 Basisondersteuning"))
    B.append(("p", "De besturen in de Heuvelrand hebben afgesproken dat alle vestigingen, van gymnasium tot "
                   "vmbo-basis, hetzelfde minimumniveau van ondersteuning waarborgen. Dit afgesproken niveau, "
                   "de basisondersteuning, is bindend voor alle aangesloten scholen en is het vertrekpunt voor "
                   "elke aanvraag om extra ondersteuning: pas als aantoonbaar is dat de basisondersteuning is "
                   "ingezet, komt een leerling in aanmerking voor een arrangement."))
    B.append(("p", "De concrete voorzieningen die onder de basisondersteuning vallen, zijn uitgewerkt in de "
                   "'Kaart basisondersteuning VO Heuvelrand' (bijlage 2). Scholen nemen de kaart op in hun "
                   "schoolgids."))
    B.append(("quote", ("Ik wil gewoon dat iemand op school snapt waarom ik soms de klas uit moet. Niet elke keer "
                        "opnieuw uitleggen.", "Bram, 3 vmbo-kader")))
    # dekkend present
    B.append(("h1", "5 Het ondersteuningscontinuüm"))
    B.append(("p", "Het ondersteuningsaanbod in onze regio is opgebouwd als een continuüm van vijf niveaus. "
                   "Niveau 1 is de basisondersteuning in de klas en de school. Niveau 2 is extra ondersteuning "
                   "binnen de eigen school, bijvoorbeeld een ondersteuningsklas, een trajectvoorziening of "
                   "individuele begeleiding door een gedragsspecialist. Niveau 3 zijn de bovenschoolse "
                   "arrangementen: het OPDC De Brug met 45 plaatsen, de rebound-voorziening voor tijdelijke "
                   "opvang, de ISK voor nieuwkomers en de Switch-klas voor hoogbegaafde leerlingen die "
                   "vastlopen. Niveau 4 is het praktijkonderwijs en niveau 5 het voortgezet speciaal onderwijs."))
    B.append(("p", "Leerlingen stromen tussen de niveaus door via het ondersteuningsloket van het verband. De "
                   "school meldt de leerling aan na bespreking in het ondersteuningsteam, waarna een consulent "
                   "binnen tien werkdagen een arrangement voorstelt."))
    B.append(("h1", "6 Thuiszitters en verzuim"))
    B.append(("p", "Geen jongere thuis: dat is onze inzet. Elke maand bespreekt het verband met de "
                   "leerplichtambtenaren de lijst van absoluut en relatief verzuimers en thuiszitters. Voor elke "
                   "jongere die langer dan vier weken geen onderwijs volgt, wijzen wij een casusregisseur aan "
                   "die binnen twee weken met school, ouders, jeugdhulp en leerplicht een terugkeerplan "
                   "opstelt. Lukt het niet om binnen de bestaande voorzieningen een plek te vinden, dan "
                   "escaleert de casusregisseur naar de directeur-bestuurder, die met de besturen een "
                   "doorbraakplaats regelt. Jaarlijks analyseren wij waar jongeren vastlopen; die analyse "
                   "leidde in 2024 tot de Switch-klas en tot extra plaatsen in de rebound. Het verband "
                   "bewaakt dat de zorgplicht bij aanmelding door de besturen wordt nagekomen."))
    B += oogo_block("de vijf gemeenten in de regio", "3 maart 2025")
    # plaatsing present (vso + lwoo + pro)
    B.append(("h1", "7 Toelaatbaarheid vso, lwoo en pro"))
    B.append(("h2", "7.1 Voortgezet speciaal onderwijs"))
    B.append(("p", "Een toelaatbaarheidsverklaring voor het vso wordt aangevraagd door het bevoegd gezag van de "
                   "school waar de leerling is ingeschreven of aangemeld. De aanvraag gaat via het digitale "
                   "loket naar de Commissie Toewijzing, die bestaat uit een orthopedagoog, een psycholoog en "
                   "een onderwijsspecialist. Het dossier bevat het OPP, een overzicht van de ingezette "
                   "ondersteuning van ten minste zes maanden (behalve bij spoed) en de zienswijze van ouders "
                   "en leerling. De commissie besluit binnen vier weken. Twee deskundigen brengen elk een "
                   "eigen, schriftelijk advies uit."))
    B.append(("p", "Een leerling is toelaatbaar tot het vso wanneer aan alle drie de volgende voorwaarden is "
                   "voldaan: (a) de ondersteuningsbehoefte overstijgt aantoonbaar wat het reguliere vo "
                   "inclusief niveau 2 en 3 kan bieden; (b) er is sprake van een structurele beperking op "
                   "het gebied van gedrag, psychiatrie, een verstandelijke beperking of een langdurige ziekte "
                   "die het leren ernstig belemmert; en (c) de school heeft het OPP ten minste twee keer "
                   "geëvalueerd met ouders. De TLV geldt voor maximaal twee schooljaren; de categorie laag, "
                   "midden of hoog volgt uit het deskundigenadvies. Bezwaar loopt via de Landelijke "
                   "Bezwaaradviescommissie."))
    B.append(("h2", "7.2 Leerwegondersteunend onderwijs en praktijkonderwijs"))
    B.append(("p", "Het verband hanteert de landelijke criteria voor lwoo en pro. De basisschool of de vo-school "
                   "dient uiterlijk 1 maart een aanvraag in met het onderwijskundig rapport, de "
                   "leerachterstanden op begrijpend lezen, inzichtelijk rekenen en technisch lezen en een "
                   "capaciteitenonderzoek. De PCL-opvolger, de commissie lwoo/pro van het verband, toetst de "
                   "gegevens aan de criteria (IQ en leerachterstanden) en beslist binnen zes weken. Een "
                   "aanwijzing lwoo geldt voor de hele vo-loopbaan; een TLV pro tot het einde van de "
                   "opleiding."))
    B.append(("caps", "8 Terugplaatsing en overstap"))
    B.append(("p", "Dit hoofdstuk wordt in de eerste jaarschijf van het plan opgenomen."))
    # financien partial: verdeling yes, besteding p.m.
    B.append(("h1", "9 Financieel beleid"))
    B.append(("p", "De verdeling van de middelen is gebaseerd op het principe 'geld volgt de leerling, expertise "
                   "volgt de vraag'. Het algemeen bestuur stelt jaarlijks voor 1 december het verdeelplan vast. "
                   "De middelen voor lichte ondersteuning gaan volledig naar de schoolbesturen, verdeeld naar "
                   "rato van het aantal leerlingen op 1 oktober. Van de middelen voor zware ondersteuning "
                   "wordt eerst de afdracht voor het vso ingehouden; van het restant gaat 55 procent als "
                   "ondersteuningsbudget naar de besturen (verdeeld naar leerlingaantal gewogen met de "
                   "onderwijsachterstandsscore van de vestiging) en 45 procent naar de bovenschoolse "
                   "voorzieningen van niveau 3. Besturen verantwoorden de inzet per vestiging in een "
                   "standaardformat."))
    B.append(("table", [["Meerjarenbegroting", "2025", "2026", "2027", "2028"],
                        ["Baten", "p.m.", "p.m.", "p.m.", "p.m."],
                        ["Lasten", "p.m.", "p.m.", "p.m.", "p.m."],
                        ["Toelichting", "volgt na vaststelling begroting door AB", "", "", ""]]))
    B.append(("p", "Het verband hanteert een weerstandsvermogen tussen 5 en 10 procent van de baten; de "
                   "reserve boven die bandbreedte wordt in de planperiode ingezet."))
    # resultaten present (content in table)
    B.append(("h1", "10 Resultaten en kwaliteitszorg"))
    B.append(("p", "Onderstaande tabel bevat onze beoogde resultaten en de manier waarop wij ze volgen."))
    B.append(("table", [["Beoogd resultaat 2029", "Stand 2024", "Bron / meting", "Rapportage"],
                        ["Thuiszitters langer dan 3 maanden: maximaal 5", "14", "leerplichttelling",
                         "kwartaalrapportage AB"],
                        ["Deelname vso daalt van 3,0% naar 2,6%", "3,0%", "DUO teldatum 1 oktober", "jaarverslag"],
                        ["90% van de leerlingen in OPDC keert binnen 1 jaar terug naar de eigen school", "78%",
                         "registratie loket", "jaarverslag"],
                        ["Ouders waarderen het loket met ten minste 7,5", "7,1", "tevredenheidspeiling", "jaarverslag"],
                        ["Doorlooptijd aanvraag arrangement maximaal 10 werkdagen", "17", "registratie loket",
                         "kwartaalrapportage AB"]]))
    B.append(("p", "De kwaliteitscyclus volgt de PDCA-systematiek. De beleidsmedewerker verzamelt de gegevens, "
                   "het directeurenoverleg analyseert ze in januari en juni, en het algemeen bestuur stelt "
                   "zo nodig bij. De OPR ontvangt de rapportages ter informatie."))
    # ouders present
    B.append(("bold", "11 Ouders en leerlingen"))
    B.append(("p", "Ouders en leerlingen zijn partners. Het verband informeert ouders over het "
                   "ondersteuningsaanbod via de ouderpagina's op de website, de brochure 'Extra steun op de "
                   "middelbare school' die iedere brugklasser bij de start meekrijgt, en een jaarlijkse "
                   "informatieavond per subregio in oktober. Ook de schoolgids van elke school verwijst naar "
                   "deze informatie. Leerlingen hebben hoorrecht bij het opstellen van hun OPP."))
    B.append(("p", "Loopt het gesprek met school vast, dan kunnen ouders en jongeren terecht bij het Ouder- en "
                   "Jeugdsteunpunt Heuvelrand. Het steunpunt is onafhankelijk van de scholen, telefonisch "
                   "bereikbaar op werkdagen en werkt samen met de landelijke onderwijsconsulenten. Daarnaast "
                   "is er de klachtenregeling van het verband en de mogelijkheid een geschil voor te leggen "
                   "aan de Geschillencommissie passend onderwijs."))
    B.append(("quote", ("De vrouw van het steunpunt luisterde eerst gewoon. Daarna wisten we wat we konden "
                        "vragen.", "ouder van een leerling in 2 vmbo")))
    B.append(("h1", "12 Bestuur en medezeggenschap"))
    B += governance(swv, "vereniging", "de algemene ledenvergadering en een onafhankelijk voorzitter")
    B += opr_block("2 april 2025", True, "vo")
    B += personeel("vo")
    B.append(("h2", "Terugblik op de organisatie"))
    B += terugblik_proces()
    B.append(("num", "Kennis delen"))
    B += kennisdeling("vo")
    B.append(("h2", "Hoe dit plan tot stand kwam"))
    B += totstandkoming(swv, "oktober 2023", "februari 2025")
    B.append(("caps", "Landelijke context"))
    B += landelijke_context("vo", ojsp=True)
    B.append(("h2", "Bestuurlijke cyclus"))
    B += bestuurlijke_cyclus()
    B.append(("h2", "Het jongerenpanel"))
    B += leerlingenstem()
    B.append(("bold", "Communicatie met scholen"))
    B += communicatie_professionals()
    B += ict_privacy("het systeem Onderwijs Transparant")
    B.append(("num", "Planning"))
    B.append(("table", [["Periode", "Mijlpaal"], ["maart 2025", "OOGO afgerond"], ["april 2025", "instemming OPR"],
                        ["april 2025", "indiening inspectie"], ["2026", "eerste jaarschijf"],
                        ["2028", "evaluatie en nieuw plan"]]))
    B.append(("h1", "Begrippenlijst"))
    B.append(("bullets", ["Terugplaatsing: terugkeer van een vso-leerling naar het regulier vo na afloop van de TLV.",
                          "Overplaatsing: overstap naar een andere school of schoolsoort.",
                          "OPDC: orthopedagogisch-didactisch centrum.",
                          "Basisondersteuning: minimumniveau van ondersteuning op elke vestiging.",
                          "Meerjarenbegroting: begroting voor vier jaar."]))
    return B


LABEL2 = dict(
    documents=["vo-heuvelrand-ondersteuningsplan.docx", "vo-heuvelrand-ondersteuningsplan.pdf"], sector="vo",
    elements=dict(basisondersteuning="partial", plaatsing="present", terugstroom="missing",
                  financien="partial", **{"dekkend-aanbod": "present"}, resultaten="present", ouders="present"),
    criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": False,
              "plaatsing.procedure": True, "plaatsing.criteria": True,
              "terugstroom.procedure": False, "terugstroom.beleid": False,
              "financien.verdeling": True, "financien.besteding": False,
              "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
              "resultaten.doelen": True, "resultaten.monitoring": True,
              "ouders.informatie": True, "ouders.steunpunt": True},
    advisory={"plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
              "financien": ["reserves", "verantwoording"], "dekkend-aanbod": ["ketenpartners"],
              "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
    notes={"basisondersteuning": "H4 defines the binding minimum for all vestigingen; the concrete voorzieningen are only in absent bijlage 2.",
           "plaatsing": "H7.1 vso procedure + three explicit criteria; H7.2 lwoo/pro procedure with national criteria.",
           "terugstroom": "H8 heading only, body defers ('wordt in de eerste jaarschijf opgenomen'); term otherwise only in TOC/glossary. OPDC return target is not vso terugplaatsing.",
           "financien": "H9 gives the verdeelplan (percentages, leerlingaantal, weging); meerjarenbegroting table is all p.m.",
           "dekkend-aanbod": "H5 five-level continuum; H6 thuiszitters/casusregisseur/gap analysis.",
           "resultaten": "H10 content in a table: targets, baseline, sources, reporting; PDCA text.",
           "ouders": "H11 (bold, unstyled): website/brochure/informatieavond and independent OJSP + klachten/geschillen."},
)


# ---------------------------------------------------------------------------
# PLAN 3 — PO, pdf only — Kempenrand
# ---------------------------------------------------------------------------

def plan3():
    swv = "Stichting Samenwerkingsverband Primair Onderwijs Kempenrand"
    B = []
    B.append(("header", "SWV PO Kempenrand 30-11 — Ondersteuningsplan 2026-2030"))
    B.append(("title", ["Samen sterk voor elk kind", "Ondersteuningsplan 2026-2030", swv, "PO 30-11"]))
    B.append(("pb", None))
    B.append(("toc", ["Voorwoord", "1. Inleiding en leeswijzer", "2. Onze regio", "3. Waar we voor staan",
                      "4. De basis: ondersteuning op iedere school", "5. Van basis naar speciaal",
                      "6. Toelaatbaarheid en plaatsing", "7. Terugplaatsing naar het basisonderwijs",
                      "8. Financiën en meerjarenbegroting", "9. Resultaten", "10. Wegwijs voor ouders",
                      "11. Organisatie", "12. Samenwerking met gemeenten", "13. Personeel",
                      "Bijlage: begrippen"]))
    B.append(("pb", None))
    B.append(("h1", "Voorwoord"))
    B += voorwoord(swv, "2026-2030", "Henk-Jan Verbeek")
    B.append(("h1", "1. Inleiding en leeswijzer"))
    B.append(("p", "Dit ondersteuningsplan beschrijft hoe de scholen in de Kempenrand samenwerken aan passend "
                   "onderwijs. Hoofdstuk 2 en 3 schetsen de regio en onze uitgangspunten. In hoofdstuk 4 tot en "
                   "met 7 leest u wat scholen bieden en hoe de toelaatbaarheid tot het speciaal "
                   "(basis)onderwijs en de terugplaatsing zijn geregeld. Hoofdstuk 8 gaat over financiën, "
                   "hoofdstuk 9 over resultaten, hoofdstuk 10 over ouders. De laatste hoofdstukken gaan over "
                   "organisatie, gemeenten en personeel."))
    B.append(("h1", "2. Onze regio"))
    B.append(("p", "De Kempenrand bestaat uit zes plattelandsgemeenten en één middelgrote stad. Negen "
                   "schoolbesturen, van een eenpitter tot een bestuur met 24 scholen, zijn aangesloten. Samen "
                   "hebben zij 71 basisscholen, één school voor speciaal basisonderwijs met twee locaties en "
                   "twee so-scholen, waarvan één in een buurregio. Het aantal leerlingen bedraagt ruim 11.000. "
                   "Veel dorpsscholen hebben minder dan honderd leerlingen, wat vraagt om samenwerking tussen "
                   "scholen in clusters."))
    B.append(("p", "De afstand tot het speciaal onderwijs is voor veel gezinnen groot. Kinderen uit de "
                   "buitendorpen zitten soms meer dan een uur per dag in de taxi. Ook dat is een reden om zo "
                   "veel mogelijk ondersteuning dichtbij te organiseren."))
    B.append(("quote", ("Onze dochter zit nu op de dorpsschool met een eigen plekje en een koptelefoon. Ze hoeft "
                        "niet meer elke dag de taxi in.", "moeder uit Reusel-West")))
    B.append(("num", "3. Waar we voor staan"))
    B.append(("p", "Wij staan voor thuisnabij onderwijs, vertrouwen in de professional en een lerende "
                   "organisatie. Het samenwerkingsverband is van de scholen en voor de scholen. Wij kiezen "
                   "voor een cultuur van samen oplossen in plaats van doorverwijzen. Dat vraagt lef, "
                   "nieuwsgierigheid en een open houding van iedereen die bij een kind betrokken is."))
    B.append(("p", "Onze kernwaarden zijn: dichtbij, deskundig, samen. Dichtbij betekent dat wij niet vanuit een "
                   "kantoor werken maar in de scholen. Deskundig betekent dat wij investeren in kennis. Samen "
                   "betekent dat wij het met de besturen, de ouders en de gemeenten doen."))
    # basisondersteuning present
    B.append(("h1", "4. De basis: ondersteuning op iedere school"))
    B.append(("p", "Wat een kind op iedere school in de Kempenrand mag verwachten, ligt vast in de "
                   "gezamenlijke basisondersteuning. De negen besturen hebben in 2025 tien standaarden "
                   "afgesproken die voor alle 71 scholen gelden; geen school mag daaronder zakken."))
    B.append(("table", [["Standaard", "Wat betekent dat concreet?"],
                        ["1 Ondersteuningsstructuur", "Elke school heeft een intern begeleider en een "
                         "ondersteuningsteam dat minstens zes keer per jaar bijeenkomt."],
                        ["2 Lezen", "Dyslexieprotocol, vroegsignalering in groep 2 en 3, extra leestijd."],
                        ["3 Rekenen", "Protocol ernstige reken-wiskundeproblemen en dyscalculie."],
                        ["4 Gedrag", "Schoolbreed gedragsprogramma (PBS of gelijkwaardig) en een "
                         "pestprotocol."],
                        ["5 Meer- en hoogbegaafdheid", "Signalering en compacten en verrijken in de groep."],
                        ["6 Taal", "Extra taalaanbod voor kinderen met een taalachterstand of NT2."],
                        ["7 Medisch", "Protocol medisch handelen; aanpassingen bij fysieke beperkingen."],
                        ["8 Ouders", "Ouders zijn bij elk groeidocument betrokken."],
                        ["9 Overgangen", "Warme overdracht bij overstap naar een andere school of het vo."],
                        ["10 Expertise", "Toegang tot de orthopedagoog van het verband binnen drie weken."]]))
    B.append(("p", "De directeur-bestuurder bezoekt elke school eens per twee jaar voor een gesprek over de "
                   "standaarden. Is een standaard niet op orde, dan maakt het bestuur daar afspraken over in "
                   "zijn jaarplan."))
    # dekkend partial: continuum yes, lacunes deferred
    B.append(("h1", "5. Van basis naar speciaal"))
    B.append(("p", "Boven op de basisondersteuning kent ons aanbod drie treden. De eerste trede is extra "
                   "ondersteuning in de eigen school met een arrangement van het verband: begeleiding door "
                   "een specialist, een aangepast programma of extra handen in de klas. De tweede trede zijn "
                   "de bovenschoolse voorzieningen: de Kangoeroeklas voor kinderen die meer aankunnen, de "
                   "taalgroep voor nieuwkomers en de tussenvoorziening De Overstap voor kinderen die tijdelijk "
                   "buiten de eigen groep leren. De derde trede is het speciaal basisonderwijs en het speciaal "
                   "onderwijs. Een kind gaat pas naar een volgende trede als de vorige niet volstaat, en "
                   "keert waar het kan terug."))
    B.append(("p", "Of dit aanbod dekkend is, weten wij eerlijk gezegd nog niet. Een analyse van witte vlekken "
                   "en van kinderen die zonder passend onderwijs thuiszitten, staat voor 2027 op de agenda; de "
                   "uitkomsten en eventuele maatregelen volgen daarna."))
    B.append(("quote", ("In De Overstap mocht ik eerst rustig wennen. Na de kerst ging ik weer naar mijn eigen "
                        "klas.", "Finn, groep 6")))
    # plaatsing present
    B.append(("caps", "6. Toelaatbaarheid en plaatsing"))
    B.append(("p", "Als een kind is aangewezen op het sbo of het so, vraagt het schoolbestuur een "
                   "toelaatbaarheidsverklaring aan bij het Ondersteuningsloket. Stap 1: het ondersteuningsteam "
                   "van de school stelt met ouders het groeidocument op. Stap 2: de school dient de aanvraag "
                   "digitaal in. Stap 3: twee onafhankelijke deskundigen, onder wie altijd een orthopedagoog of "
                   "GZ-psycholoog, geven ieder schriftelijk advies. Stap 4: de TLV-commissie besluit binnen "
                   "vijf weken en stuurt het besluit met de adviezen aan ouders en school."))
    B.append(("p", "De commissie geeft een TLV af als het kind ondanks een arrangement van minimaal twintig "
                   "weken onvoldoende tot ontwikkeling komt en de ondersteuningsbehoefte blijkens het "
                   "groeidocument in ten minste twee domeinen (leren, gedrag, communicatie, fysiek-medisch) "
                   "het aanbod van trede twee overstijgt. Voor het so moet daarnaast sprake zijn van een "
                   "vastgestelde beperking die intensieve specialistische begeleiding vraagt. Het sbo geldt "
                   "bij een leerachterstand van meer dan 1,5 jaar in combinatie met een "
                   "ondersteuningsbehoefte op minstens één ander domein."))
    B.append(("p", "Een TLV sbo loopt tot het einde van de basisschoolperiode, een TLV so maximaal drie jaar. "
                   "Bezwaar kan binnen zes weken bij het verband; het bestuur vraagt advies aan de Landelijke "
                   "Bezwaaradviescommissie."))
    # terugstroom partial: beleid yes, procedure deferred
    B.append(("h1", "7. Terugplaatsing naar het basisonderwijs"))
    B.append(("p", "Wij willen dat kinderen niet langer in het speciaal (basis)onderwijs blijven dan nodig is. "
                   "Ons uitgangspunt: terugkeer naar een basisschool dicht bij huis wanneer het kind daar met "
                   "de ondersteuning uit het OPP tot zijn recht komt, en wanneer ouders instemmen. Een kind "
                   "dat terugkeert krijgt gedurende het eerste jaar een terugkeerarrangement met begeleiding "
                   "van een specialist van de s(b)o-school en extra handen in de klas, betaald door het "
                   "verband."))
    B.append(("p", "Het draaiboek met de stappen, de betrokkenen en de evaluatiemomenten werken wij in "
                   "schooljaar 2026-2027 samen met de s(b)o-scholen uit."))
    # financien missing
    B.append(("num", "8. Financiën en meerjarenbegroting"))
    B.append(("p", "Het financieel kader en de meerjarenbegroting maken geen deel uit van dit plan; zij worden "
                   "jaarlijks afzonderlijk vastgesteld en zijn op te vragen bij het bureau."))
    # resultaten missing
    B.append(("h1", "9. Resultaten"))
    B.append(("p", "Dit onderwerp wordt in het jaarplan 2026-2027 nader uitgewerkt."))
    # ouders present under 'Wegwijs voor ouders'
    B.append(("bold", "10. Wegwijs voor ouders"))
    B.append(("p", "Iedere ouder moet weten wat er mogelijk is. Daarom krijgt elke ouder bij de aanmelding op "
                   "een basisschool de kaart 'Tien dingen die elke school in de Kempenrand doet', met de "
                   "standaarden uit hoofdstuk 4 en de route naar extra ondersteuning. Op onze website staat per "
                   "school het ondersteuningsprofiel, en de intern begeleider bespreekt bij ieder groeidocument "
                   "met ouders welke voorzieningen er zijn. Drie keer per jaar houden wij een inloopochtend "
                   "voor ouders in de bibliotheek van de stad."))
    B.append(("p", "Soms lopen ouders en school vast. Ouders kunnen dan kosteloos terecht bij het onafhankelijke "
                   "Ouder- en Jeugdsteunpunt Kempenrand, dat is ondergebracht bij een welzijnsstichting en los "
                   "staat van de scholen en het verband. Het steunpunt is bereikbaar via telefoon, WhatsApp en "
                   "e-mail, en een ouderadviseur kan mee naar gesprekken op school. Bij een klacht kunnen "
                   "ouders zich wenden tot de klachtencommissie waarbij het verband is aangesloten; "
                   "geschillen over toelating of verwijdering kunnen worden voorgelegd aan de "
                   "Geschillencommissie passend onderwijs."))
    B.append(("quote", ("Het hielp dat iemand van buiten de school met ons meeging naar het gesprek.",
                        "vader van een leerling in groep 4")))
    B.append(("h1", "11. Organisatie"))
    B += governance(swv, "stichting", "een raad van toezicht van vier leden")
    B += opr_block("10 maart 2026", True, "po")
    B += ict_privacy("het webbased systeem Onderwijs Transparant")
    B.append(("h1", "12. Samenwerking met gemeenten"))
    B += oogo_block("de zeven gemeenten", "24 februari 2026")
    B.append(("h1", "13. Personeel"))
    B += personeel("po")
    B.append(("num", "13.1 Kennisdeling"))
    B += kennisdeling("po")
    B.append(("h1", "14. Hoe dit plan tot stand kwam"))
    B += totstandkoming(swv, "januari 2025", "januari 2026")
    B.append(("h2", "14.1 Terugblik"))
    B += terugblik_proces()
    B.append(("bold", "14.2 Landelijke ontwikkelingen"))
    B += landelijke_context("po", ojsp=True)
    B.append(("h2", "14.3 Inclusie"))
    B += inclusie()
    B.append(("h2", "14.4 Risico's"))
    B += risicos_uitvoering()
    B.append(("h2", "14.5 Bestuurlijke cyclus en bureau"))
    B += bestuurlijke_cyclus()
    B += bureau_en_duurzaamheid()
    B.append(("p", "In de planperiode willen wij de expertise van het sbo en so beter benutten in de "
                   "basisscholen, bijvoorbeeld door leerkrachten van het sbo een dag per week te laten "
                   "meewerken in een basisschool. Hierover maken de besturen afspraken in het "
                   "directeurenoverleg."))
    B.append(("h1", "Bijlage: begrippen"))
    B.append(("bullets", ["Meerjarenbegroting: financieel overzicht over vier jaar, met verdeling van de "
                          "ondersteuningsmiddelen over schoolbudgetten en arrangementen.",
                          "Resultaten: de beoogde en bereikte resultaten van het onderwijs aan leerlingen die "
                          "extra ondersteuning nodig hebben.",
                          "Dekkend aanbod: een aanbod waarin voor elk kind een passende plek is.",
                          "Thuiszitter: leerplichtig kind dat zonder vrijstelling geen onderwijs volgt.",
                          "TLV: toelaatbaarheidsverklaring."]))
    return B


LABEL3 = dict(
    documents=["po-kempenrand-ondersteuningsplan.pdf"], sector="po",
    elements=dict(basisondersteuning="present", plaatsing="present", terugstroom="partial",
                  financien="missing", **{"dekkend-aanbod": "partial"}, resultaten="missing", ouders="present"),
    criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
              "plaatsing.procedure": True, "plaatsing.criteria": True,
              "terugstroom.procedure": False, "terugstroom.beleid": True,
              "financien.verdeling": False, "financien.besteding": False,
              "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": False,
              "resultaten.doelen": False, "resultaten.monitoring": False,
              "ouders.informatie": True, "ouders.steunpunt": True},
    advisory={"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
              "dekkend-aanbod": ["ketenpartners"], "ouders": ["betrokkenheid"]},
    notes={"basisondersteuning": "H4: ten standaarden for all 71 schools, content only in a table; borging via biennial visit.",
           "plaatsing": "H6 (capitals): four steps, deskundigen, 5 weeks, explicit sbo/so criteria, duration, bezwaar.",
           "terugstroom": "H7 states aims, conditions and terugkeerarrangement; the steps/evaluation moments are deferred to 2026-2027.",
           "financien": "H8 only says the financial framework is not part of the plan ('op te vragen'); the definition of meerjarenbegroting is glossary-only; 'betaald door het verband' in H7 is a passing mention.",
           "dekkend-aanbod": "H5 describes the three-trede continuum; gap/thuiszitters analysis only 'staat voor 2027 op de agenda'. OOGO text = ketenpartners.",
           "resultaten": "H9 body is only a deferral; 'resultaten' otherwise only in TOC, leeswijzer and glossary.",
           "ouders": "H10 'Wegwijs voor ouders' (bold, unstyled): kaart/website/IB-gesprek plus independent OJSP, klachten, geschillen."},
)


# ---------------------------------------------------------------------------
# PLAN 4 — VO, docx — IJsselvallei
# ---------------------------------------------------------------------------

def plan4():
    swv = "Samenwerkingsverband VO IJsselvallei"
    B = []
    B.append(("header", "SWV VO IJsselvallei 23-05 · Ondersteuningsplan 2025-2029 · definitief"))
    B.append(("title", ["Ondersteuningsplan", swv, "regio 23-05", "2025 - 2029"]))
    B.append(("pb", None))
    B.append(("toc", ["1 Woord vooraf", "2 Kerngegevens", "3 Visie", "4 Basisondersteuning en schoolprofielen",
                      "5 Ondersteuningscontinuüm", "6 Geen jongere tussen wal en schip",
                      "7 Toelaatbaarheid (vso, pro, lwoo)", "8 Weer naar het regulier vo",
                      "9 Waar gaat het geld naartoe?", "10 Wat willen we bereiken en hoe meten we dat?",
                      "11 Ouders", "12 Governance en medezeggenschap", "13 ICT en privacy",
                      "Afkortingen"]))
    B.append(("pb", None))
    B.append(("h1", "1 Woord vooraf"))
    B += voorwoord(swv, "2025-2029", "Annelies Brinkhuis", with_parents=False)
    B.append(("h1", "2 Kerngegevens"))
    B.append(("p", "Het verband telt elf schoolbesturen met 16 scholen voor voortgezet onderwijs, één school "
                   "voor praktijkonderwijs en twee vso-scholen (cluster 4 en cluster 3). Op 1 oktober 2024 "
                   "zaten 12.870 leerlingen in het regulier vo. Het verband werkt in vier gemeenten langs de "
                   "IJssel. De leerlingaantallen dalen naar verwachting met zes procent in de planperiode."))
    B.append(("quote", ("Op het vso had ik een klas van twaalf. Nu zit ik met 28 in de klas, maar ik heb een vaste "
                        "plek en een coach. Het gaat.", "Jaïr, 17, nu 4 vmbo-gl")))
    B.append(("h1", "3 Visie"))
    B.append(("p", "Iedere jongere in de IJsselvallei verdient een onderwijsplek waar hij of zij zich kan "
                   "ontwikkelen tot een zelfstandige, betrokken burger. Wij geloven in de kracht van het "
                   "reguliere onderwijs en in de deskundigheid van het speciaal onderwijs, en vooral in de "
                   "verbinding tussen die twee. Het samenwerkingsverband is een netwerkorganisatie: wij "
                   "bouwen geen eigen instituten, maar versterken wat er in de scholen al is."))
    B.append(("p", "Wij werken vanuit vier principes: de jongere centraal, handelingsgericht, oplossingsgericht "
                   "en transparant. Deze principes komen terug in elk hoofdstuk van dit plan."))
    # basisondersteuning missing
    B.append(("num", "4 Basisondersteuning en schoolprofielen"))
    B.append(("p", "Over de inhoud en het niveau van de basisondersteuning voeren de besturen in 2025-2026 "
                   "een herijkingsgesprek, in afwachting van de landelijke norm. Tot die tijd verwijzen wij "
                   "naar de schoolgidsen van de afzonderlijke scholen."))
    # dekkend partial: continuum deferred, lacunes yes
    B.append(("h1", "5 Ondersteuningscontinuüm"))
    B.append(("p", "Het continuüm van ondersteuning in de IJsselvallei wordt opnieuw beschreven zodra de "
                   "herijking van de basisondersteuning is afgerond. Het overzicht volgt in de "
                   "actualisatie van 2026."))
    B.append(("h1", "6 Geen jongere tussen wal en schip"))
    B.append(("p", "Jongeren die geen passende plek hebben, verliezen wij niet uit het oog. Het verband houdt "
                   "een actuele lijst bij van alle jongeren die langer dan twee weken niet naar school gaan "
                   "of op een wachtlijst staan. Deze lijst wordt elke twee weken besproken in het Overleg "
                   "Passende Plek, met leerplicht, het jeugdteam en de zorgcoördinatoren van de scholen. Voor "
                   "elke jongere wordt binnen vijf werkdagen een verantwoordelijke aangewezen en binnen "
                   "vier weken een plan gemaakt. Zorgplicht: wanneer een school bij aanmelding geen passend "
                   "aanbod kan doen, zoekt het bestuur met hulp van het verband binnen de wettelijke termijn "
                   "een andere school; lukt dat niet, dan beslist de directeur-bestuurder welke school de "
                   "jongere tijdelijk opvangt. Elk halfjaar analyseert het verband welke vragen "
                   "onbeantwoord bleven en legt het algemeen bestuur maatregelen voor."))
    B += oogo_block("Deventer-Noord, Olst-Wijhe-Oost, Raalte-Zuid en Brummen-IJssel", "20 februari 2025")
    # plaatsing partial: criteria yes, procedure via website only
    B.append(("caps", "7 Toelaatbaarheid (vso, pro, lwoo)"))
    B.append(("p", "Hoe een aanvraag voor een TLV, een aanwijzing lwoo of een TLV pro verloopt, wie wat "
                   "aanlevert en binnen welke termijn wordt besloten, staat stap voor stap op www.swv-"
                   "ijsselvallei.nl/aanvragen."))
    B.append(("p", "Voor het vso gelden de volgende toelaatbaarheidscriteria, die elk afzonderlijk voldoende "
                   "zijn: (1) de jongere heeft een ondersteuningsbehoefte op het gebied van gedrag of "
                   "psychiatrie waarbij in de reguliere school ondanks minimaal één schooljaar "
                   "extra ondersteuning geen ontwikkeling zichtbaar is; (2) de jongere heeft een "
                   "verstandelijke beperking (IQ lager dan 55) of een meervoudige beperking; (3) de jongere "
                   "heeft een langdurige lichamelijke ziekte of beperking die dagelijkse medische of "
                   "verpleegkundige zorg op school nodig maakt die het regulier vo niet kan bieden. Voor pro "
                   "en lwoo gelden de landelijke criteria voor IQ en leerachterstand; het verband maakt geen "
                   "gebruik van de mogelijkheid om eigen lwoo-criteria vast te stellen."))
    # terugstroom present
    B.append(("h1", "8 Weer naar het regulier vo"))
    B.append(("p", "Het vso is voor ons een tussenstation, geen eindpunt. Als een jongere in het vso zo ver is "
                   "gegroeid dat hij met steun een diploma in het regulier onderwijs kan halen, hoort hij daar. "
                   "De voorwaarden zijn dat de jongere het zelf wil, dat de vso-school de overstap "
                   "verantwoord vindt en dat een "
                   "ontvangende school de ondersteuning uit het OPP kan leveren. Na de overstap krijgt de "
                   "jongere een overstapcoach van het vso die hem een half jaar lang wekelijks ziet; het "
                   "verband betaalt die coach uit het budget zware ondersteuning."))
    B.append(("p", "De vso-school toetst bij elke OPP-evaluatie, en in elk geval zes maanden voor het aflopen "
                   "van de TLV, of een overstap mogelijk is. De vso-school neemt het initiatief, nodigt de "
                   "jongere en de consulent van het verband uit en stelt samen met een reguliere school "
                   "een overstapplan op. Na tien weken evalueren de scholen de overstap met de jongere; daarna "
                   "besluit de reguliere school over definitieve inschrijving. Als de overstap niet haalbaar "
                   "is, vraagt de vso-school uiterlijk 1 mei een nieuwe TLV aan."))
    B.append(("quote", ("Mijn coach kwam elke dinsdag. Na een paar maanden had ik hem eigenlijk niet meer nodig.",
                        "Sanne, 15")))
    # financien present
    B.append(("h1", "9 Waar gaat het geld naartoe?"))
    B.append(("p", "De ondersteuningsmiddelen worden verdeeld volgens het schoolmodel: elke school krijgt een "
                   "basisbedrag van € 25.000 per vestiging en € 118 per leerling op de teldatum van 1 oktober. "
                   "Scholen met meer dan 20 procent leerlingen in vmbo-basis of kader krijgen een toeslag van "
                   "€ 40 per leerling. De bovenschoolse arrangementen worden door de commissie arrangementen "
                   "toegekend op basis van een aanvraag van de school, en betaald uit het centrale budget. "
                   "Het algemeen bestuur stelt het verdeelmodel vast en evalueert het tweejaarlijks."))
    B.append(("table", [["Begroting (bedragen in €)", "2025", "2026", "2027", "2028"],
                        ["Rijksbijdrage lichte ondersteuning", "2.740.000", "2.690.000", "2.640.000", "2.600.000"],
                        ["Rijksbijdrage zware ondersteuning", "8.910.000", "8.800.000", "8.690.000", "8.590.000"],
                        ["Afdracht vso via DUO", "-5.120.000", "-5.150.000", "-5.170.000", "-5.170.000"],
                        ["Budgetten scholen", "4.060.000", "3.990.000", "3.930.000", "3.870.000"],
                        ["Bovenschoolse arrangementen en rebound", "1.460.000", "1.440.000", "1.420.000", "1.400.000"],
                        ["Overstapcoaches vso-regulier", "180.000", "180.000", "180.000", "180.000"],
                        ["Bureau en organisatie", "760.000", "770.000", "780.000", "790.000"],
                        ["Resultaat", "70.000", "-40.000", "-220.000", "-220.000"]]))
    B.append(("p", "Scholen leggen jaarlijks in een verantwoordingsformulier vast welke ondersteuning zij van "
                   "hun budget hebben ingezet. De accountant betrekt de verdeling in de controle."))
    # resultaten present
    B.append(("h1", "10 Wat willen we bereiken en hoe meten we dat?"))
    B.append(("p", "In 2029 willen wij dat ten minste 85 procent van de jongeren met een arrangement hun "
                   "opleiding in het regulier vo vervolgt; dat het aantal jongeren dat langer dan drie maanden "
                   "thuiszit terug is gebracht tot nul; dat jaarlijks ten minste tien jongeren overstappen van "
                   "vso naar regulier vo; en dat scholen de samenwerking met het verband met ten minste een 8 "
                   "waarderen. Ieder kwartaal rapporteert het bureau de stand van deze indicatoren aan het "
                   "algemeen bestuur; het jaarverslag bevat de bereikte resultaten, afgezet tegen de "
                   "streefwaarden, en de daaraan bestede middelen. In het voorjaar van 2027 voert een "
                   "externe partij een tussenevaluatie uit."))
    # ouders missing
    B.append(("bold", "11 Ouders"))
    B.append(("p", "Dit hoofdstuk wordt na de invoering van de Wet versterking positie ouders en leerlingen "
                   "herschreven. Een communicatieplan is in voorbereiding."))
    B.append(("h1", "12 Governance en medezeggenschap"))
    B += governance(swv, "stichting", "een raad van toezicht")
    B += opr_block("27 maart 2025", False, "vo")
    B += personeel("vo")
    B.append(("num", "12.4 Kennisdeling"))
    B += kennisdeling("vo")
    B.append(("caps", "12.5 Totstandkoming"))
    B += totstandkoming(swv, "november 2023", "februari 2025")
    B.append(("h2", "12.6 Terugblik op de vorige periode"))
    B += terugblik_proces()
    B.append(("h2", "12.7 Landelijke ontwikkelingen"))
    B += landelijke_context("vo", ojsp=False)
    B.append(("h2", "12.8 Inclusie als richting"))
    B += inclusie()
    B.append(("bold", "12.9 Risico's"))
    B += risicos_uitvoering()
    B.append(("h2", "12.10 Bestuurlijke cyclus en bureau"))
    B += bestuurlijke_cyclus()
    B += bureau_en_duurzaamheid()
    B.append(("num", "12.11 Werkgeverschap"))
    B += werkgeverschap()
    B.append(("h2", "12.12 Onderzoek"))
    B += onderzoek_hogeschool()
    B.append(("h2", "12.13 Communicatie met scholen"))
    B += communicatie_professionals()
    B.append(("h1", "13 ICT en privacy"))
    B += ict_privacy("het systeem Kindkans VO")
    B.append(("num", "Jaarplanning"))
    B.append(("table", [["Kwartaal", "Activiteit"], ["Q3 2025", "start planperiode, nieuwe commissie arrangementen"],
                        ["Q1 2026", "herijking basisondersteuning"], ["Q3 2026", "actualisatie plan"],
                        ["Q2 2027", "tussenevaluatie"], ["Q1 2029", "nieuw plan in concept"]]))
    B.append(("h1", "Afkortingen"))
    B.append(("p", "OJSP – ouder- en jeugdsteunpunt; OPR – ondersteuningsplanraad; OPP – "
                   "ontwikkelingsperspectiefplan; TLV – toelaatbaarheidsverklaring; vso – voortgezet speciaal "
                   "onderwijs; pro – praktijkonderwijs; lwoo – leerwegondersteunend onderwijs; SOP – "
                   "schoolondersteuningsprofiel, de beschrijving van de basisondersteuning."))
    return B


LABEL4 = dict(
    documents=["vo-ijsselvallei-ondersteuningsplan.docx"], sector="vo",
    elements=dict(basisondersteuning="missing", plaatsing="partial", terugstroom="present",
                  financien="present", **{"dekkend-aanbod": "partial"}, resultaten="present", ouders="missing"),
    criteria={"basisondersteuning.niveau": False, "basisondersteuning.inhoud": False,
              "plaatsing.procedure": False, "plaatsing.criteria": True,
              "terugstroom.procedure": True, "terugstroom.beleid": True,
              "financien.verdeling": True, "financien.besteding": True,
              "dekkend-aanbod.continuum": False, "dekkend-aanbod.lacunes": True,
              "resultaten.doelen": True, "resultaten.monitoring": True,
              "ouders.informatie": False, "ouders.steunpunt": False},
    advisory={"financien": ["verantwoording"], "dekkend-aanbod": ["ketenpartners"],
              "resultaten": ["meetbaar"]},
    notes={"basisondersteuning": "H4 only defers to a 2025-2026 herijking and the schoolgidsen; term otherwise in TOC/abbreviations.",
           "plaatsing": "H7 (capitals): procedure only by reference to a website; vso criteria listed, national pro/lwoo criteria named.",
           "terugstroom": "H8 'Weer naar het regulier vo' (no 'terugplaatsing' word): conditions, overstapcoach, steps and TLV-end moment.",
           "financien": "H9 'Waar gaat het geld naartoe?': schoolmodel with amounts and multi-year table.",
           "dekkend-aanbod": "H5 continuum deferred to 2026 actualisatie; H6 handles gaps (Overleg Passende Plek, zorgplicht). OOGO = ketenpartners.",
           "resultaten": "H10: measurable 2029 targets and quarterly/annual reporting and tussenevaluatie.",
           "ouders": "H11 defers ('wordt herschreven', communicatieplan in voorbereiding); OJSP only in abbreviations; OPR block without parents' role."},
)


# ---------------------------------------------------------------------------
# PLAN 5 — PO, html — Zuidoever
# ---------------------------------------------------------------------------

def plan5():
    swv = "SWV Primair Onderwijs Zuidoever"
    B = []
    B.append(("header", "Zuidoever PO 29-02 — Ondersteuningsplan 2026-2030 (webversie)"))
    B.append(("title", ["Ondersteuningsplan 2026-2030", swv + " (PO 29-02)", "Webversie, vastgesteld 14 april 2026"]))
    B.append(("toc", ["Voorwoord", "Over Zuidoever", "Onze bedoeling", "Basisondersteuning",
                      "Toelaatbaarheid en bekostigingscategorieën", "Terug naar de basisschool",
                      "Financiën", "Dekkend aanbod", "Resultaten", "Informatie voor ouders",
                      "Hulp voor ouders", "Organisatie", "OPR en OOGO", "Personeel", "Privacy",
                      "Begrippen"]))
    B.append(("h1", "Voorwoord"))
    B += voorwoord(swv, "2026-2030", "Fatima Bouzid")
    B.append(("h1", "Over Zuidoever"))
    B.append(("p", "Zuidoever is het samenwerkingsverband voor het primair onderwijs in drie gemeenten aan de "
                   "zuidoever van de rivier. Zeven schoolbesturen zijn aangesloten met 44 basisscholen, één "
                   "sbo-school en één so-school voor cluster 4. Samen bedienen zij ongeveer 9.300 kinderen. "
                   "Het bureau is gevestigd in het Onderwijshuis in het centrum van de grootste kern."))
    B.append(("p", "De regio is divers: naast nieuwbouwwijken met veel jonge gezinnen zijn er oude dorpskernen "
                   "met vergrijzing en een kleine school per dorp. Het verband is in 2014 opgericht en heeft "
                   "sindsdien drie plannen uitgevoerd. Dit is het vierde ondersteuningsplan."))
    B.append(("quote", ("Juf zei: jij mag in de gang werken als het te druk is. Dat vind ik fijn.", "Yara, groep 5")))
    B.append(("h1", "Onze bedoeling"))
    B.append(("p", "Onze bedoeling laat zich samenvatten in één zin: elk kind leert in zijn eigen buurt, met "
                   "de steun die het nodig heeft. Wij geloven dat scholen dat niet alleen kunnen, en dat "
                   "besturen elkaar nodig hebben. Het samenwerkingsverband is de plek waar die samenwerking "
                   "wordt georganiseerd, waar kennis wordt gedeeld en waar we elkaar aanspreken."))
    B.append(("p", "Wij hechten aan nuchterheid: liever een klein plan dat werkt dan een dik plan dat in de la "
                   "belandt. Daarom is dit plan korter dan het vorige en zijn details verplaatst naar het "
                   "jaarplan."))
    # basisondersteuning present
    B.append(("h1", "Basisondersteuning"))
    B.append(("p", "Alle 44 basisscholen in Zuidoever bieden hetzelfde vastgestelde minimum aan ondersteuning. "
                   "Dat minimum is door de zeven besturen gezamenlijk afgesproken en geldt voor elke locatie, "
                   "ook voor de kleinste dorpsschool. Concreet betekent het:"))
    B.append(("bullets", ["een intern begeleider die voor ouders op vaste dagen bereikbaar is;",
                          "drie keer per jaar een groepsbespreking en twee keer per jaar een leerlingbespreking;",
                          "een dyslexie- en dyscalculieprotocol en hulpmiddelen zoals voorleessoftware;",
                          "een programma voor sociale veiligheid en een anti-pestprotocol;",
                          "een aanbod voor kinderen die meer aankunnen binnen de groep;",
                          "afspraken over medisch handelen en toegankelijkheid;",
                          "een ondersteuningsteam met een orthopedagoog van het verband, dat binnen vier weken "
                          "na een hulpvraag bij elkaar komt."]))
    B.append(("quote", ("Wat ik fijn vind: op de school van mijn zoon en op die van mijn nichtje is het "
                        "hetzelfde geregeld.", "moeder uit de Schans")))
    # plaatsing missing
    B.append(("h1", "Toelaatbaarheid en bekostigingscategorieën"))
    B.append(("p", "Het verband werkt aan een nieuw TLV-reglement, dat naar verwachting eind 2026 door het "
                   "algemeen bestuur wordt vastgesteld en daarna als aanvulling op dit plan verschijnt."))
    # terugstroom partial: procedure yes, beleid deferred
    B.append(("h1", "Terug naar de basisschool"))
    B.append(("p", "Elk jaar in januari bespreekt de sbo- of so-school met de ouders het OPP en de vraag of "
                   "een kind kan doorstromen naar een basisschool. Aan dat gesprek neemt de consulent van het "
                   "verband deel. In het laatste schooljaar waarvoor de toelaatbaarheidsverklaring geldt, "
                   "stelt de sbo- of so-school vóór 1 maart een advies op over terugplaatsing. Is dat advies "
                   "positief, dan vraagt de consulent binnen twee weken een basisschool in de woonwijk om een "
                   "kennismaking; de basisschool besluit na een proefperiode van acht weken over inschrijving. "
                   "Is het advies negatief, dan dient de sbo- of so-school vóór 1 april een aanvraag voor "
                   "verlenging in."))
    B.append(("p", "Welke doelen wij met terugplaatsing nastreven en onder welke voorwaarden het verband een "
                   "terugkeer ondersteunt, nemen wij op in de volgende actualisatie van dit plan."))
    # financien partial: besteding yes, verdeling deferred
    B.append(("h1", "Financiën"))
    B.append(("p", "Hoe de middelen over de besturen en scholen worden verdeeld, wordt in 2026-2027 opnieuw "
                   "bekeken; het huidige verdeelmodel is in herziening. De begroting voor de planperiode ziet er "
                   "als volgt uit."))
    B.append(("table", [["Post (x € 1.000)", "2026", "2027", "2028", "2029"],
                        ["Inkomsten ondersteuningsbudget", "9.610", "9.540", "9.470", "9.400"],
                        ["Afdracht so en sbo", "4.450", "4.470", "4.480", "4.480"],
                        ["Schoolbudgetten", "2.900", "2.860", "2.820", "2.780"],
                        ["Ondersteuningsteams en orthopedagogen", "1.240", "1.250", "1.260", "1.270"],
                        ["Scholing en kennisdeling", "210", "210", "200", "200"],
                        ["Bureau", "690", "700", "710", "720"],
                        ["Saldo", "120", "50", "0", "-50"]]))
    # dekkend missing
    B.append(("caps", "Dekkend aanbod"))
    B.append(("p", "p.m."))
    # resultaten partial: doelen yes, monitoring deferred
    B.append(("h1", "Resultaten"))
    B.append(("p", "In 2030 willen wij bereiken dat: 95 procent van de kinderen met extra ondersteuningsbehoefte "
                   "onderwijs volgt op een school binnen vijf kilometer van huis; 90 procent van de kinderen met "
                   "een OPP de in dat OPP gestelde doelen haalt; het aantal kinderen dat van het sbo naar een "
                   "basisschool overstapt, is verdubbeld van 8 naar 16 per jaar; en de doorlooptijd van een "
                   "hulpvraag tot de start van ondersteuning maximaal zes weken is."))
    B.append(("p", "Op welke manier wij deze resultaten gaan volgen en waarover wij rapporteren, leggen wij vast "
                   "in een monitoringsplan dat nog wordt opgesteld."))
    # ouders partial: informatie deferred, steunpunt yes
    B.append(("h1", "Informatie voor ouders"))
    B.append(("p", "Hoe wij ouders over het ondersteuningsaanbod informeren, werken wij uit in het "
                   "communicatieplan 2027."))
    B.append(("num", "Hulp voor ouders"))
    B.append(("p", "Heeft u vragen over de ondersteuning van uw kind, of komt u er met de school niet uit? Dan "
                   "kunt u terecht bij het Ouder- en Jeugdsteunpunt Rivierenland, dat onafhankelijk is van "
                   "scholen en verband. Een ouderadviseur denkt met u mee en kan bemiddelen. Ook de landelijke "
                   "onderwijsconsulenten zijn gratis voor u beschikbaar. Een klacht kunt u indienen bij de "
                   "klachtencommissie van het schoolbestuur; bij een geschil over toelating kunt u naar de "
                   "Geschillencommissie passend onderwijs."))
    B.append(("quote", ("De ouderadviseur kwam mee naar school. Voor het eerst zaten we echt aan dezelfde kant "
                        "van de tafel.", "vader van Mees")))
    B.append(("h1", "Organisatie"))
    B += governance(swv, "stichting", "een raad van toezicht van drie leden")
    B.append(("h1", "OPR en OOGO"))
    B += opr_block("7 april 2026", True, "po")
    B += oogo_block("de drie gemeenten", "30 maart 2026", met_inhoud=False)
    B.append(("h1", "Personeel"))
    B += personeel("po")
    B.append(("h1", "Kennis delen"))
    B += kennisdeling("po")
    B.append(("h1", "Hoe dit plan tot stand kwam"))
    B += totstandkoming(swv, "februari 2025", "februari 2026")
    B.append(("bold", "Terugblik"))
    B += terugblik_proces()
    B.append(("h1", "Landelijke ontwikkelingen"))
    B += landelijke_context("po", ojsp=True)
    B.append(("caps", "Inclusie"))
    B += inclusie()
    B.append(("h1", "Risico's"))
    B += risicos_uitvoering()
    B.append(("h1", "Bestuur en bureau"))
    B += bestuurlijke_cyclus()
    B += bureau_en_duurzaamheid()
    B.append(("h2", "Werkgeverschap"))
    B += werkgeverschap()
    B.append(("bold", "Onderzoek en kennis"))
    B += onderzoek_hogeschool()
    B.append(("h1", "Communicatie met scholen en partners"))
    B += communicatie_professionals()
    B.append(("h2", "De stem van kinderen"))
    B.append(("p", "Ook jonge kinderen hebben een mening. Op zes scholen is een kinderraad actief die één keer "
                   "per jaar met de directeur-bestuurder in gesprek gaat over wat een fijne school is. De "
                   "kinderen tekenden onder meer een 'droomklas', met een rustig hoekje, planten, een "
                   "klimrek en een juf die niet boos wordt. De tekeningen hangen in het Onderwijshuis."))
    B.append(("h1", "Overleg met het VO-verband"))
    B.append(("p", "Het gebied van Zuidoever overlapt gedeeltelijk met dat van het samenwerkingsverband voor "
                   "voortgezet onderwijs in de regio. De directeuren-bestuurders van beide verbanden spreken "
                   "elkaar vier keer per jaar. Het concept van dit plan is in januari 2026 aan het VO-verband "
                   "voorgelegd; het VO-verband heeft schriftelijk laten weten geen bedenkingen te hebben. De "
                   "verbanden organiseren één keer per jaar een gezamenlijke studiemiddag voor hun medewerkers "
                   "en delen een ambtelijk secretaris voor de beide ondersteuningsplanraden. Ook de "
                   "functionaris gegevensbescherming wordt gedeeld."))
    B.append(("table", [["Mijlpaal", "Datum"], ["Concept naar OPR en gemeenten", "januari 2026"],
                        ["OOGO afgerond", "30 maart 2026"], ["Instemming OPR", "7 april 2026"],
                        ["Vaststelling algemeen bestuur", "14 april 2026"],
                        ["Indiening bij de inspectie", "vóór 1 mei 2026"], ["Start planperiode", "1 augustus 2026"]]))
    B.append(("h1", "Privacy"))
    B += ict_privacy("het systeem Kindkans")
    B.append(("h1", "Begrippen"))
    B.append(("bullets", ["Dekkend aanbod: voor elk kind een passende plek, binnen of tussen scholen.",
                          "Arrangement: extra ondersteuning bovenop de basisondersteuning.",
                          "Toelaatbaarheidsverklaring (TLV): besluit van het verband dat een kind naar sbo of "
                          "so mag; de TLV noemt de bekostigingscategorie laag, midden of hoog.",
                          "Thuiszitter: een kind dat niet naar school gaat zonder vrijstelling.",
                          "Verdeelmodel: de regels waarmee het geld over de scholen wordt verdeeld."]))
    return B


LABEL5 = dict(
    documents=["po-zuidoever-ondersteuningsplan.html"], sector="po",
    elements=dict(basisondersteuning="present", plaatsing="missing", terugstroom="partial",
                  financien="partial", **{"dekkend-aanbod": "missing"}, resultaten="partial", ouders="partial"),
    criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
              "plaatsing.procedure": False, "plaatsing.criteria": False,
              "terugstroom.procedure": True, "terugstroom.beleid": False,
              "financien.verdeling": False, "financien.besteding": True,
              "dekkend-aanbod.continuum": False, "dekkend-aanbod.lacunes": False,
              "resultaten.doelen": True, "resultaten.monitoring": False,
              "ouders.informatie": False, "ouders.steunpunt": True},
    advisory={"resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
    notes={"basisondersteuning": "'Basisondersteuning': agreed minimum for all 44 locations plus a concrete bullet list.",
           "plaatsing": "Section only announces a future TLV-reglement; TLV/bekostigingscategorie only in heading and glossary.",
           "terugstroom": "'Terug naar de basisschool': yearly OPP talk, advice before 1 March, proefperiode; aims/conditions deferred to next actualisatie.",
           "financien": "Multi-year budget table with amounts (besteding); verdeelmodel 'in herziening', defined only in glossary.",
           "dekkend-aanbod": "Section body is 'p.m.'; OOGO paragraph is procedural only; dekkend aanbod/thuiszitter only in TOC and glossary.",
           "resultaten": "Measurable 2030 targets; how they are monitored is deferred to a monitoringsplan 'dat nog wordt opgesteld'.",
           "ouders": "'Hulp voor ouders' (hand-numbered bold heading): independent OJSP, onderwijsconsulenten, klachten; informatie deferred to communicatieplan 2027. OPR composition = betrokkenheid."},
)


# ---------------------------------------------------------------------------
# NEAR MISS — school-level ondersteuningsplan of a basisschool
# ---------------------------------------------------------------------------

def nearmiss():
    B = []
    B.append(("header", "OBS De Regenboog — Schoolondersteuningsplan 2025-2026"))
    B.append(("title", ["Ondersteuningsplan OBS De Regenboog", "schooljaar 2025-2026",
                        "onderdeel van het schoolplan; vastgesteld door de MR op 2 september 2025"]))
    B.append(("toc", ["1. Inleiding", "2. Basisondersteuning op De Regenboog", "3. Zorgniveaus",
                      "4. Groepsbesprekingen en leerlingbesprekingen", "5. Extra ondersteuning en arrangementen",
                      "6. Verwijzing naar sbo of so (TLV)", "7. Ouders", "8. Jaarplanning IB"]))
    B.append(("h1", "1. Inleiding"))
    B.append(("p", "Dit ondersteuningsplan beschrijft hoe wij op OBS De Regenboog de ondersteuning aan onze "
                   "leerlingen organiseren. Het is bedoeld voor het team, de MR en ouders. Onze school is "
                   "aangesloten bij het samenwerkingsverband De Waterlinie; de afspraken uit het "
                   "ondersteuningsplan van het samenwerkingsverband vormen het kader. Dit document is het "
                   "schoolondersteuningsprofiel en zorgplan van één school en wordt jaarlijks door de intern "
                   "begeleider bijgesteld."))
    B.append(("p", "De Regenboog telt 312 leerlingen in 13 groepen. Ons team bestaat uit 24 medewerkers, onder "
                   "wie een intern begeleider (0,8 fte), een rekenspecialist en een gedragsspecialist."))
    B.append(("h1", "2. Basisondersteuning op De Regenboog"))
    B.append(("p", "Wij bieden de basisondersteuning zoals afgesproken in het samenwerkingsverband. Concreet: "
                   "een dyslexieprotocol, een pestprotocol, het programma Kanjertraining, compacten en "
                   "verrijken, een plusgroep op woensdag en een ondersteuningsteam dat zes keer per jaar "
                   "bijeenkomt met de orthopedagoog van het verband en de schoolmaatschappelijk werker."))
    B.append(("num", "3. Zorgniveaus"))
    B.append(("p", "Wij werken met vijf zorgniveaus. Niveau 1: goed lesgeven in de groep voor alle leerlingen. "
                   "Niveau 2: extra instructie aan de instructietafel. Niveau 3: specifieke interventies door "
                   "de leerkracht na een groepsbespreking. Niveau 4: ondersteuning na overleg met de intern "
                   "begeleider en eventueel externe deskundigen, vastgelegd in een handelingsplan. Niveau 5: "
                   "ondersteuning met een arrangement van het samenwerkingsverband of verwijzing naar het "
                   "speciaal (basis)onderwijs, vastgelegd in een OPP."))
    B.append(("quote", ("Ik vind het fijn dat ik in de plusgroep moeilijke puzzels mag maken.", "Liam, groep 6")))
    B.append(("h1", "4. Groepsbesprekingen en leerlingbesprekingen"))
    B.append(("p", "Drie keer per jaar, na de toetsperiodes van oktober, februari en juni, bespreekt de intern "
                   "begeleider elke groep met de leerkracht. Wij gebruiken daarvoor het groepsoverzicht en "
                   "de resultaten van de methodeonafhankelijke toetsen. Leerlingen over wie zorgen zijn, "
                   "worden daarna individueel besproken in de leerlingbespreking. Bij blijvende zorgen volgt "
                   "een gesprek met ouders en wordt het ondersteuningsteam ingeschakeld."))
    B.append(("p", "In de groepsbesprekingen kijken wij ook naar de sociaal-emotionele ontwikkeling. Wij "
                   "gebruiken daarvoor twee keer per jaar een observatie-instrument. De resultaten worden "
                   "besproken in het team, en zo nodig passen wij het groepsplan aan."))
    B.append(("h1", "5. Extra ondersteuning en arrangementen"))
    B.append(("p", "Als de ondersteuning op niveau 4 onvoldoende effect heeft, vraagt de intern begeleider een "
                   "arrangement aan bij het samenwerkingsverband. In 2024-2025 hadden wij vier leerlingen met "
                   "een arrangement: twee voor gedrag, één voor taalontwikkeling en één voor een fysieke "
                   "beperking. De middelen uit het schoolbudget van het verband zetten wij in voor de "
                   "gedragsspecialist (0,4 fte) en de plusgroep."))
    B.append(("bold", "6. Verwijzing naar sbo of so (TLV)"))
    B.append(("p", "Soms is een andere school beter voor een kind. Dan vraagt ons bestuur een "
                   "toelaatbaarheidsverklaring aan bij het samenwerkingsverband. De intern begeleider stelt "
                   "met ouders het groeidocument op. Het samenwerkingsverband beslist over de TLV; de procedure "
                   "en criteria staan in het ondersteuningsplan van het samenwerkingsverband. In 2024-2025 "
                   "gingen twee leerlingen naar het sbo. Wij houden contact met de sbo-school om te bekijken "
                   "of terugplaatsing op termijn mogelijk is."))
    B.append(("caps", "7. Ouders"))
    B.append(("p", "Ouders zijn onze belangrijkste partners. Wij informeren ouders via de schoolgids, de "
                   "ouderapp en tien-minutengesprekken. Bij zorgen nemen wij binnen een week contact op. Ouders "
                   "die er met ons niet uitkomen, kunnen terecht bij het ouder- en jeugdsteunpunt van het "
                   "samenwerkingsverband of bij onze klachtenregeling."))
    B.append(("quote", ("De juf belt altijd even als er iets is, ook als het goed gaat.", "moeder uit groep 3")))
    B.append(("h1", "8. Jaarplanning IB"))
    B.append(("table", [["Maand", "Activiteit"], ["september", "startgesprekken met ouders"],
                        ["oktober", "toetsperiode en groepsbesprekingen"],
                        ["november", "ondersteuningsteam"], ["februari", "toetsperiode, groepsbesprekingen"],
                        ["maart", "evaluatie OPP's"], ["juni", "toetsen, overdracht naar volgende groep"],
                        ["juli", "evaluatie ondersteuningsplan, bijstellen voor volgend jaar"]]))
    B.append(("p", "Het ondersteuningsplan wordt elk jaar in juli geëvalueerd door de intern begeleider en de "
                   "directeur en daarna besproken in de MR."))
    return B


# ---------------------------------------------------------------------------
# labels
# ---------------------------------------------------------------------------

CORE = ["basisondersteuning.niveau", "basisondersteuning.inhoud", "plaatsing.procedure", "plaatsing.criteria",
        "terugstroom.procedure", "terugstroom.beleid", "financien.verdeling", "financien.besteding",
        "dekkend-aanbod.continuum", "dekkend-aanbod.lacunes", "resultaten.doelen", "resultaten.monitoring",
        "ouders.informatie", "ouders.steunpunt"]
ELEMENTS = ["basisondersteuning", "plaatsing", "terugstroom", "financien", "dekkend-aanbod", "resultaten",
            "ouders"]


def q(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def write_label(path, L):
    lines = ["documents: [" + ", ".join(L["documents"]) + "]", "sector: " + L["sector"],
             "looks_like_plan: true",
             "elements: {" + ", ".join(f"{e}: {L['elements'][e]}" for e in ELEMENTS) + "}",
             "criteria:"]
    for c in CORE:
        lines.append(f"  {c}: {'true' if L['criteria'][c] else 'false'}")
    lines.append("advisory_addressed:")
    for e in ELEMENTS:
        if L["advisory"].get(e):
            lines.append(f"  {e}: [" + ", ".join(L["advisory"][e]) + "]")
    lines.append("notes:")
    for e in ELEMENTS:
        lines.append(f"  {e}: {q(L['notes'][e])}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def write_nearmiss_label(path, docname):
    path.write_text(
        f"documents: [{docname}]\n"
        "sector: po\n"
        "looks_like_plan: false\n"
        "elements: {}\n"
        "criteria: {}\n"
        "advisory_addressed: {}\n"
        "notes:\n"
        "  document: " + q("School-level ondersteuningsplan/SOP of one basisschool (OBS De Regenboog): zorgniveaus, "
                           "groepsbesprekingen, IB-jaarplanning, MR vaststelling; it refers to the SWV's plan as "
                           "the frame, so it is not an ondersteuningsplan of a samenwerkingsverband.") + "\n",
        encoding="utf-8")


# ---------------------------------------------------------------------------

def main():
    OUT.mkdir(parents=True, exist_ok=True)
    stats = {}

    b = plan1()
    write_docx(b, OUT / "po-waterlinie-ondersteuningsplan.docx")
    write_label(OUT / "po-waterlinie-ondersteuningsplan.expected.yaml", LABEL1)
    stats["po-waterlinie"] = words(b)

    b = plan2()
    d = OUT / "vo-heuvelrand-ondersteuningsplan.docx"
    write_docx(b, d)
    docx_to_pdf(d, OUT / "vo-heuvelrand-ondersteuningsplan.pdf")
    write_label(OUT / "vo-heuvelrand-ondersteuningsplan.expected.yaml", LABEL2)
    stats["vo-heuvelrand"] = words(b)

    b = plan3()
    tmpdir = Path(tempfile.mkdtemp(prefix="holdout219_p3_"))
    try:
        d = tmpdir / "po-kempenrand-ondersteuningsplan.docx"
        write_docx(b, d)
        docx_to_pdf(d, OUT / "po-kempenrand-ondersteuningsplan.pdf")
    finally:
        shutil.rmtree(tmpdir, ignore_errors=True)
    write_label(OUT / "po-kempenrand-ondersteuningsplan.expected.yaml", LABEL3)
    stats["po-kempenrand"] = words(b)

    b = plan4()
    write_docx(b, OUT / "vo-ijsselvallei-ondersteuningsplan.docx")
    write_label(OUT / "vo-ijsselvallei-ondersteuningsplan.expected.yaml", LABEL4)
    stats["vo-ijsselvallei"] = words(b)

    b = plan5()
    write_html(b, OUT / "po-zuidoever-ondersteuningsplan.html", "Ondersteuningsplan SWV PO Zuidoever 2026-2030")
    write_label(OUT / "po-zuidoever-ondersteuningsplan.expected.yaml", LABEL5)
    stats["po-zuidoever"] = words(b)

    b = nearmiss()
    write_docx(b, OUT / "obs-regenboog-schoolondersteuningsplan.docx")
    write_nearmiss_label(OUT / "obs-regenboog-schoolondersteuningsplan.expected.yaml",
                         "obs-regenboog-schoolondersteuningsplan.docx")
    stats["nearmiss"] = words(b)

    for k, v in stats.items():
        print(f"{k}: {v} words")


if __name__ == "__main__":
    main()
