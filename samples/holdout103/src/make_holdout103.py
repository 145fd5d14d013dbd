#!/usr/bin/env python3
"""Generate the holdout103 test set: five fictional ondersteuningsplannen of
samenwerkingsverbanden passend onderwijs (PO and VO) plus one near-miss document
(a school's schoolondersteuningsprofiel), with hand-written labels.

Deterministic, no network. Output goes to the folder above this script's folder.
PDFs are rendered from .docx with LibreOffice (soffice --headless).
"""
import datetime
import html
import io
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

from docx import Document
from docx.shared import Pt

OUT = Path(__file__).resolve().parent.parent


# ---------------------------------------------------------------------------
# tiny document model: list of (kind, payload)
#   ("title", [lines])          title page
#   ("toc", None)               table of contents generated from h1/h2
#   ("h1", text) / ("h2", text) headings
#   ("p", text)                 paragraph
#   ("ul", [items])             bullet list
#   ("table", (header, rows))   table
#   ("pb", None)                page break
# ---------------------------------------------------------------------------

def toc_entries(blocks):
    return [(k, t) for k, t in blocks if k in ("h1", "h2")]


def write_docx(blocks, path, header_text, footer_text):
    d = Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    sec = d.sections[0]
    sec.header.paragraphs[0].text = header_text
    sec.footer.paragraphs[0].text = footer_text
    for kind, pay in blocks:
        if kind == "title":
            for i, line in enumerate(pay):
                p = d.add_paragraph()
                r = p.add_run(line)
                r.bold = i == 0
                r.font.size = Pt(22 if i == 0 else 13)
            d.add_page_break()
        elif kind == "toc":
            d.add_heading("Inhoudsopgave", level=1)
            for k, t in toc_entries(blocks):
                p = d.add_paragraph(("    " if k == "h2" else "") + t)
                p.paragraph_format.space_after = Pt(0)
            d.add_page_break()
        elif kind == "h1":
            d.add_heading(pay, level=1)
        elif kind == "h2":
            d.add_heading(pay, level=2)
        elif kind == "p":
            d.add_paragraph(pay)
        elif kind == "ul":
            for it in pay:
                d.add_paragraph(it, style="List Bullet")
        elif kind == "table":
            head, rows = pay
            t = d.add_table(rows=1, cols=len(head))
            t.style = "Table Grid"
            for i, h in enumerate(head):
                cell = t.rows[0].cells[i]
                cell.text = h
                for r in cell.paragraphs[0].runs:
                    r.bold = True
            for row in rows:
                cells = t.add_row().cells
                for i, v in enumerate(row):
                    cells[i].text = v
            d.add_paragraph("")
        elif kind == "pb":
            d.add_page_break()
        else:
            raise ValueError(kind)
    cp = d.core_properties
    fixed = datetime.datetime(2026, 4, 1, 9, 0, 0)
    cp.created = fixed
    cp.modified = fixed
    cp.last_printed = fixed
    cp.author = "samenwerkingsverband"
    cp.last_modified_by = "samenwerkingsverband"
    cp.revision = 1
    buf = io.BytesIO()
    d.save(buf)
    # rewrite the zip with fixed timestamps so that the output is byte-for-byte reproducible
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    with zipfile.ZipFile(str(path), "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2026, 4, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(zi, src.read(info.filename))


def write_html(blocks, path, title):
    out = ["<!DOCTYPE html>", '<html lang="nl">', "<head>", '<meta charset="utf-8">',
           "<title>%s</title>" % html.escape(title), "</head>", "<body>"]
    hid = 0
    ids = {}
    for k, t in toc_entries(blocks):
        hid += 1
        ids[(k, t)] = "s%d" % hid
    for kind, pay in blocks:
        if kind == "title":
            out.append("<header>")
            out.append("<h1>%s</h1>" % html.escape(pay[0]))
            for line in pay[1:]:
                out.append("<p class=\"sub\">%s</p>" % html.escape(line))
            out.append("</header>")
        elif kind == "toc":
            out.append('<nav><h2>Inhoud</h2><ul>')
            for k, t in toc_entries(blocks):
                cls = ' class="sub"' if k == "h2" else ""
                out.append('<li%s><a href="#%s">%s</a></li>' % (cls, ids[(k, t)], html.escape(t)))
            out.append("</ul></nav>")
            out.append("<main>")
        elif kind in ("h1", "h2"):
            tag = "h2" if kind == "h1" else "h3"
            out.append('<%s id="%s">%s</%s>' % (tag, ids[(kind, pay)], html.escape(pay), tag))
        elif kind == "p":
            out.append("<p>%s</p>" % html.escape(pay))
        elif kind == "ul":
            out.append("<ul>" + "".join("<li>%s</li>" % html.escape(i) for i in pay) + "</ul>")
        elif kind == "table":
            head, rows = pay
            out.append("<table border=\"1\">")
            out.append("<tr>" + "".join("<th>%s</th>" % html.escape(h) for h in head) + "</tr>")
            for row in rows:
                out.append("<tr>" + "".join("<td>%s</td>" % html.escape(v) for v in row) + "</tr>")
            out.append("</table>")
        elif kind == "pb":
            pass
        else:
            raise ValueError(kind)
    out.append("</main>")
    out.append("<footer><p>&copy; %s</p></footer>" % html.escape(title))
    out.append("</body></html>")
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


def docx_to_pdf(docx_path, pdf_path):
    tmp = Path(tempfile.mkdtemp(prefix="holdout103_pdf_"))
    try:
        profile = tmp / "lo_profile"
        src = tmp / docx_path.name
        shutil.copy(docx_path, src)
        subprocess.run(["soffice", "-env:UserInstallation=file://%s" % profile,
                        "--headless", "--convert-to", "pdf", "--outdir", str(tmp), str(src)],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
        shutil.move(str(tmp / (src.stem + ".pdf")), str(pdf_path))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def word_count(blocks):
    n = 0
    for kind, pay in blocks:
        if kind in ("p", "h1", "h2"):
            n += len(pay.split())
        elif kind in ("ul", "title"):
            n += sum(len(x.split()) for x in pay)
        elif kind == "table":
            head, rows = pay
            n += sum(len(x.split()) for x in head)
            n += sum(len(x.split()) for r in rows for x in r)
    return n


class Doc:
    def __init__(self):
        self.b = []

    def title(self, *lines):
        self.b.append(("title", list(lines)))

    def toc(self):
        self.b.append(("toc", None))

    def h1(self, t):
        self.b.append(("h1", t))

    def h2(self, t):
        self.b.append(("h2", t))

    def p(self, *paras):
        for t in paras:
            self.b.append(("p", " ".join(t.split())))

    def ul(self, *items):
        self.b.append(("ul", [" ".join(i.split()) for i in items]))

    def table(self, head, rows):
        self.b.append(("table", (head, rows)))

    def pb(self):
        self.b.append(("pb", None))


# ---------------------------------------------------------------------------
# shared filler (deliberately free of substance on the seven elements)
# ---------------------------------------------------------------------------

def f_voorwoord(d, short, who, role, extra="", klankbord="de ouders die in de klankbordgroep hun ervaringen met ons deelden"):
    d.p(f"""Voor u ligt het ondersteuningsplan 2026-2030 van {short}. Het is het derde plan sinds de
    invoering van passend onderwijs in 2014 en het eerste plan dat we volledig samen met de
    schoolleiders, de intern begeleiders, de ondersteuningsplanraad en onze partners in de gemeenten
    hebben geschreven. Dat was soms zoeken, maar het heeft ons ook veel gebracht: meer gedeelde taal,
    meer begrip voor elkaars dilemma's en vooral de overtuiging dat we het voor onze leerlingen echt
    samen moeten doen.""",
        f"""De afgelopen jaren waren bewogen. Het lerarentekort, de gevolgen van de coronaperiode, de
    toename van het aantal leerlingen met complexe vragen en de onzekerheid over de landelijke
    plannen voor passend onderwijs hebben veel gevraagd van scholen en van ons bureau. Tegelijk zien
    we dat de scholen in onze regio veerkrachtig zijn en dat leraren, ondersteuners en ouders elke dag
    opnieuw zoeken naar wat een kind nodig heeft. Dit plan is bedoeld om hen daarbij richting en
    houvast te geven, zonder de ruimte weg te nemen die scholen nodig hebben om hun eigen keuzes te
    maken.""",
        f"""Wij danken iedereen die heeft bijgedragen: de werkgroepen, de leden van de
    ondersteuningsplanraad, de wethouders en beleidsmedewerkers van de gemeenten, de collega's van de
    speciale scholen en {klankbord}. {extra}
    Wij wensen u veel leesplezier en kijken uit naar de samenwerking in de komende vier jaar.""",
        f"""{who}, {role}""")


def f_leeswijzer(d, short, extra=""):
    d.p(f"""Dit plan begint met een samenvatting op één pagina. Daarna beschrijven we wie we zijn, waar
    we voor staan en hoe we de ondersteuning in de regio hebben georganiseerd. De hoofdstukken zijn zo
    geschreven dat ze ook los te lezen zijn; daardoor komt sommige informatie op meer plaatsen terug.
    Waar we in de tekst spreken over 'scholen' bedoelen we alle vestigingen die onder {short} vallen,
    tenzij anders vermeld. Waar we 'ouders' schrijven, bedoelen we ook verzorgers. {extra}""")


def f_governance(d, short, model, n_besturen, toezicht):
    d.p(f"""{short} is een stichting waarin {n_besturen} schoolbesturen samenwerken. De stichting kent
    een {model}. Het bestuur is verantwoordelijk voor de uitvoering van het ondersteuningsplan, de
    begroting, het jaarverslag en de bedrijfsvoering van het bureau. {toezicht} De scheiding tussen
    bestuur en toezicht is vastgelegd in de statuten en in het bestuursreglement; beide documenten zijn
    in 2024 herzien om aan te sluiten bij de Code Goed Bestuur.""",
        f"""De schoolbesturen zijn vertegenwoordigd in de algemene vergadering, die twee keer per jaar
    bijeenkomt en onder meer de statuten wijzigt, de leden van het toezichthoudend orgaan benoemt en
    de jaarstukken goedkeurt. Daarnaast is er een directeurenoverleg per subregio, waarin schoolleiders
    ervaringen uitwisselen en signalen doorgeven aan het bureau. Dit overleg heeft geen formele
    bevoegdheden, maar is voor ons een belangrijke bron van informatie over wat er op de werkvloer
    speelt.""",
        """De statuten bevatten een regeling voor het beslechten van geschillen tussen de aangesloten
    besturen. In de afgelopen planperiode is van die regeling geen gebruik gemaakt. Meningsverschillen
    werden in het bestuurlijk overleg besproken en opgelost. Wij hechten eraan dat ook in de komende
    periode te doen: open, op tijd en met het belang van de leerling als gezamenlijk vertrekpunt.""")


def f_opr_full(d, short, n_leden, datum):
    d.p(f"""De ondersteuningsplanraad (OPR) van {short} bestaat uit {n_leden} leden. De helft van de leden
    is ouder van een leerling op een van de aangesloten scholen, de andere helft werkt op een van de
    scholen. De leden worden afgevaardigd door de medezeggenschapsraden. De OPR heeft instemmingsrecht
    op het ondersteuningsplan en op wijzigingen daarvan. De raad heeft op {datum} ingestemd met dit plan.""",
        """In de voorbereiding heeft de OPR drie thema-avonden georganiseerd en de conceptteksten
    uitgebreid becommentarieerd. Veel van die opmerkingen zijn verwerkt, bijvoorbeeld over de
    leesbaarheid van het plan en over de manier waarop we in de samenvatting spreken over leerlingen. De
    OPR vergadert zes keer per jaar en ontvangt ondersteuning van een onafhankelijke ambtelijk
    secretaris. Leden krijgen een vergoeding en kunnen scholing volgen op kosten van het
    samenwerkingsverband.""")


def f_opr_short(d, short, datum):
    d.p(f"""De ondersteuningsplanraad van {short} heeft op {datum} ingestemd met dit plan. De raad
    vergadert vijf keer per jaar en wordt ondersteund door een ambtelijk secretaris. Het
    medezeggenschapsstatuut en het huishoudelijk reglement van de raad zijn in 2025 geactualiseerd.""")


def f_oogo_substantive(d, short, gemeenten, datum, wie="ouders en leraren"):
    d.p(f"""Onderwijs en jeugdhulp raken elkaar dagelijks. {short} voert daarom structureel overleg met de
    gemeenten {gemeenten}. Het op overeenstemming gericht overleg (OOGO) over dit plan vond plaats op
    {datum}; de gemeenten hebben hun instemming met de gezamenlijke agenda schriftelijk bevestigd.""",
        f"""In de gezamenlijke agenda onderwijs-jeugd hebben we drie thema's afgesproken. Ten eerste
    het inzetten van jeugdhulp op school: in elke gemeente werkt een vaste jeugdprofessional mee in het
    ondersteuningsteam van de scholen, zodat {wie} zonder wachttijd terechtkunnen met
    vragen over opvoeden en opgroeien. Ten tweede onderwijs-zorgarrangementen voor leerlingen die
    naast onderwijs ook zorg nodig hebben, waarbij gemeente en samenwerkingsverband per arrangement
    afspreken wie welk deel financiert. Ten derde de aansluiting van leerlingenvervoer en
    onderwijshuisvesting op de plekken waar ondersteuning wordt geboden. Over deze thema's rapporteren
    we jaarlijks aan elkaar in een gezamenlijk bestuurlijk overleg.""")


def f_oogo_procedural(d, short, gemeenten, datum):
    d.p(f"""Het ondersteuningsplan is besproken in het op overeenstemming gericht overleg (OOGO) met de
    colleges van burgemeester en wethouders van {gemeenten}. Het OOGO vond plaats op {datum}; het
    verslag daarvan is door beide partijen vastgesteld. Er zijn geen punten van verschil
    geconstateerd. Ook met het samenwerkingsverband in de andere sector waarvan het gebied overlapt
    met het onze, is overleg gevoerd over dit plan.""")


def f_personeel(d, short, fte, extra=""):
    d.p(f"""Het bureau van {short} telt {fte} fte. Het bestaat uit de directeur-bestuurder, een
    controller, een beleidsmedewerker, een officemanager, twee secretariaatsmedewerkers en een team
    van orthopedagogen en consulenten. Alle medewerkers zijn in dienst van de stichting; enkele
    specialisten worden gedetacheerd vanuit de aangesloten besturen. Het samenwerkingsverband volgt
    de cao die voor de sector geldt. {extra}""",
        """Het werk op het bureau is de afgelopen jaren complexer geworden. Vragen van scholen gaan
    vaker over meervoudige problematiek en vragen meer afstemming met partners buiten het onderwijs.
    Wij investeren daarom in de deskundigheid van onze eigen medewerkers: elke medewerker heeft een
    persoonlijk ontwikkelplan, we organiseren intervisie en we maken ruimte voor scholing. Het
    ziekteverzuim op het bureau lag in 2025 op 3,1 procent. Wij willen een aantrekkelijke werkgever
    zijn en zorgen ervoor dat de werkdruk beheersbaar blijft.""",
        """Personeel op de scholen valt onder de verantwoordelijkheid van de schoolbesturen. Het
    samenwerkingsverband heeft geen zeggenschap over de formatie van de scholen. Wel constateren we
    samen met de besturen dat het tekort aan leraren en specialisten de uitvoering van passend
    onderwijs onder druk zet. In het directeurenoverleg wisselen we daarom goede voorbeelden uit van
    slimme inzet van onderwijsassistenten, zij-instromers en stagiaires.""")


def f_ict_privacy(d, short, systeem):
    d.p(f"""Voor de administratie van aanvragen, besluiten en dossiers gebruikt {short} het systeem
    {systeem}. Scholen leveren gegevens aan via een beveiligde verbinding en hebben alleen toegang tot
    de dossiers van hun eigen leerlingen. De gegevens worden bewaard volgens de wettelijke termijnen
    en daarna vernietigd. Het samenwerkingsverband heeft een functionaris gegevensbescherming
    aangesteld, die wordt gedeeld met twee andere samenwerkingsverbanden in de regio.""",
        """In 2025 is een privacy-audit uitgevoerd. Daaruit bleek dat de basis op orde is, maar dat de
    bewustwording op scholen over het delen van gegevens via e-mail beter kan. Wij organiseren daarom
    jaarlijks een korte training voor intern begeleiders en ondersteuningscoördinatoren. Het
    verwerkingsregister en het privacyreglement zijn in 2025 opnieuw vastgesteld. Datalekken worden
    gemeld bij de functionaris gegevensbescherming en, waar nodig, bij de Autoriteit
    Persoonsgegevens. In de afgelopen planperiode zijn twee kleine datalekken gemeld, die geen verdere
    gevolgen hebben gehad.""",
        """Ook de digitale werkomgeving van het bureau is vernieuwd. Medewerkers werken in een
    beveiligde cloudomgeving met tweestapsverificatie. Vergaderingen met scholen vinden zowel fysiek
    als online plaats. Wij blijven investeren in de digitale vaardigheden van onze medewerkers, zodat
    we efficiënt kunnen werken en scholen snel kunnen bedienen.""")


def f_professionalisering(d, short):
    d.p(f"""Professionalisering is een gedeelde verantwoordelijkheid van de scholen en {short}. Het
    samenwerkingsverband faciliteert leernetwerken voor intern begeleiders, ondersteuningscoördinatoren
    en schoolleiders. In die netwerken staan thema's centraal die scholen zelf aandragen, zoals
    gedrag in de groep, executieve functies, meertaligheid en samenwerken met ouders. Daarnaast
    organiseren we eens per jaar een regionale studiedag, waar leraren van reguliere en speciale
    scholen elkaar ontmoeten.""",
        """Wij zien professionalisering niet als doel op zich, maar als middel om het onderwijs aan
    leerlingen met een ondersteuningsbehoefte te verbeteren. Daarom vragen we deelnemers na afloop
    van een leernetwerk wat zij in hun eigen praktijk hebben veranderd. Die opbrengsten delen we in de
    nieuwsbrief en op de jaarlijkse studiedag.""")


def f_vaststelling(d, short, opr, oogo, ab, insp):
    d.p(f"""Dit plan is tot stand gekomen na een traject van ruim een jaar. Op {oogo} vond het op
    overeenstemming gericht overleg met de gemeenten plaats. De ondersteuningsplanraad stemde in op
    {opr}. Het bestuur van {short} heeft het plan vastgesteld op {ab}. Het plan is op {insp} aan de
    Inspectie van het Onderwijs gezonden. Het plan geldt voor de schooljaren 2026-2027 tot en met
    2029-2030. Jaarlijks stellen we een jaarplan op, waarin we de activiteiten voor dat jaar
    uitwerken; de jaarplannen worden besproken met de ondersteuningsplanraad.""")


def f_communicatie_scholen(d, short):
    d.p(f"""{short} wil een betrouwbare en bereikbare partner zijn voor de scholen. Daarom heeft elke
    school een vaste contactpersoon op het bureau, die de school kent en minstens twee keer per jaar op
    bezoek komt. Schoolleiders en intern begeleiders of ondersteuningscoördinatoren ontvangen een
    digitale nieuwsbrief met actuele informatie over regelgeving, scholing en goede voorbeelden uit de
    regio. Op het besloten deel van de website staan formulieren, handleidingen en verslagen van
    overleggen.""",
        """Wij vragen scholen elk jaar hoe zij de samenwerking met het bureau ervaren. In de laatste
    peiling gaven scholen aan dat zij de bereikbaarheid waarderen, maar dat de hoeveelheid informatie
    soms overweldigend is. We hebben daarom de nieuwsbrief ingekort en werken met vaste themamaanden.
    Ook organiseren we jaarlijks een bijeenkomst voor nieuwe schoolleiders, zodat zij snel wegwijs
    raken in de werkwijze van het samenwerkingsverband.""")


def f_werkwijze_bureau(d, short):
    d.p(f"""Het bureau van {short} werkt volgens een jaarplanning die aansluit op de schoolkalender. In
    augustus en september ligt de nadruk op het opstarten van het schooljaar en op het verwerken van
    de leerlingtelling. In het najaar staan de schoolbezoeken en de voorbereiding van de begroting
    centraal. Het voorjaar staat in het teken van de overstap naar het volgende schooljaar en van de
    jaarverslaglegging. Deze vaste ritmiek helpt scholen om te weten wanneer zij wat van ons kunnen
    verwachten.""",
        """Binnen het bureau werken we in drie teams: een team bedrijfsvoering, een team beleid en
    kwaliteit en een team ondersteuning. De teams hebben wekelijks overleg en komen maandelijks samen
    in een teamvergadering. Besluiten die de scholen raken, worden altijd eerst besproken in het
    directeurenoverleg voordat ze aan het bestuur worden voorgelegd. Zo voorkomen we dat scholen
    worden verrast door nieuwe regels of werkwijzen.""")


def f_huisvesting_bureau(d, short, plaats):
    d.p(f"""Het bureau van {short} is gevestigd in {plaats}, in een verzamelgebouw waar ook een
    jeugdgezondheidsteam en een kinderopvangorganisatie zijn gehuisvest. De ligging is centraal en het
    gebouw is goed bereikbaar met het openbaar vervoer. In 2027 loopt het huurcontract af. Het bestuur
    onderzoekt of het bureau kan verhuizen naar een pand dat duurzamer en beter toegankelijk is.""")


# ---------------------------------------------------------------------------
# Plan 1: PO, .docx  -- SWV Passend Primair Onderwijs Lingeland
# ---------------------------------------------------------------------------

def plan_lingeland():
    d = Doc()
    S = "SWV Lingeland"
    d.title("Ondersteuningsplan 2026-2030",
            "Samenwerkingsverband Passend Primair Onderwijs Lingeland (PO 27-14)",
            "Samen zorgen voor een passende plek",
            "Vastgesteld door het bestuur op 14 april 2026")
    d.toc()
    d.h1("Ons plan op één A4")
    d.p("""Deze pagina vat het plan samen. De uitwerking staat in de hoofdstukken en in de bijlagen
    achter in dit document.""")
    d.table(["Onderwerp", "Wat spreken we af?", "Waar leest u meer?"], [
        ["Basisondersteuning", "Twaalf standaarden die elke school en elke vestiging biedt; jaarlijks schoolgesprek aan de hand van de kwaliteitskaart.", "Hoofdstuk 4 en bijlage 1"],
        ["Dekkend aanbod", "Van basis via schoolarrangement naar bovenschoolse voorziening en sbo/so; thuiszitterstafel per subregio.", "Hoofdstuk 5"],
        ["Toelaatbaarheid", "Aanvraag door het schoolbestuur bij de Commissie Toelaatbaarheid; besluit binnen zes weken.", "Hoofdstuk 6"],
        ["Terugplaatsing", "Thuisnabij waar het kan, met terugplaatsingsarrangement.", "Paragraaf 6.6"],
        ["Ouders", "Ouderpagina, ouderbrochure, informatieavonden en het Steunpunt Ouders Lingeland.", "Hoofdstuk 7"],
        ["Resultaten", "Vijf ambities met streefwaarden voor 2030.", "Hoofdstuk 8"],
        ["Geld en middelen", "Schoolbudget per leerling plus vaste voet; meerjarenbegroting in bijlage 2.", "Hoofdstuk 10 en bijlage 2"],
    ])
    d.pb()

    d.h1("1 Voorwoord")
    f_voorwoord(d, S, "Marieke de Bruijn-Koster", "directeur-bestuurder")

    d.h1("2 Totstandkoming en leeswijzer")
    f_leeswijzer(d, S)
    f_vaststelling(d, S, "26 maart 2026", "5 maart 2026", "14 april 2026", "22 april 2026")
    d.p("""Bij de voorbereiding zijn vier werkgroepen actief geweest: basisondersteuning, toewijzing,
    geld en middelen, en communicatie. In elke werkgroep zaten intern begeleiders, directeuren, een
    medewerker van het bureau en ten minste één lid van de ondersteuningsplanraad. De werkgroepen
    hebben in totaal veertien keer vergaderd en hun voorstellen zijn besproken in het
    directeurenoverleg en in het bestuur.""")

    d.h1("3 Ons samenwerkingsverband")
    d.p("""Lingeland omvat de gemeenten Geldermalsen-West, Lingewaard-Zuid en Beesterland. In het gebied
    wonen ruim 150.000 mensen. Het samenwerkingsverband telt negen schoolbesturen met samen 41
    basisscholen, twee scholen voor speciaal basisonderwijs (De Boog en De Lingeschakel) en drie
    scholen voor speciaal onderwijs van cluster 3 en 4. Op 1 oktober 2025 gingen er 11.870 leerlingen
    naar school in ons gebied, van wie 268 op een sbo-school en 214 op een so-school.""",
        """De regio is divers. In de stedelijke kernen zijn de scholen groot en is de populatie
    gemengd; in de dorpen zijn er veel kleine scholen met combinatiegroepen. Het leerlingaantal daalt
    licht, vooral in de dorpen. Dat vraagt om creatieve oplossingen, omdat kleine scholen minder
    mogelijkheden hebben om specialistische kennis in huis te hebben. Tegelijk zien we in de kernen
    een groei van het aantal nieuwkomers en van leerlingen die opgroeien in armoede.""")
    d.h2("3.1 Organisatie en governance")
    f_governance(d, S, "raad van toezicht-model met een directeur-bestuurder", "negen",
                 "De raad van toezicht bestaat uit vijf leden, van wie drie op voordracht van de besturen en twee onafhankelijk.")
    d.h2("3.2 Ondersteuningsplanraad")
    f_opr_full(d, S, "twaalf", "26 maart 2026")

    d.h1("4 Basisondersteuning")
    d.p("""Basisondersteuning is de ondersteuning die elke school in Lingeland aan ieder kind biedt,
    zonder dat daarvoor een aanvraag bij het samenwerkingsverband nodig is. De besturen hebben in
    2025 samen het niveau vastgesteld: het is een ondergrens die geldt voor alle 41 basisscholen en
    voor elke vestiging daarvan, dus ook voor de kleine dorpsscholen en de nevenvestigingen. Een
    school mag meer bieden, maar niet minder. De afspraken zijn vastgelegd in twaalf standaarden, die
    volledig zijn opgenomen in bijlage 1 van dit plan.""",
        """Kort samengevat betekent dit dat ouders op elke school kunnen rekenen op een intern
    begeleider met ten minste één dag per week per 150 leerlingen, een vast ondersteuningsteam dat
    minimaal zes keer per jaar bijeenkomt, een dyslexie- en een dyscalculieprotocol, een aanpak voor
    sociale veiligheid en gedrag, een aanbod voor leerlingen die meer uitdaging nodig hebben, en
    afspraken over het geven van medicijnen en medische handelingen. De volledige lijst met de
    concrete invulling per standaard staat in bijlage 1.""",
        """Waar de basisondersteuning ophoudt, begint de extra ondersteuning. Die grens ligt daar
    waar de school, ook na inzet van de eigen middelen en na advies van het ondersteuningsteam, niet
    meer kan bieden wat de leerling nodig heeft. Dan kan de school een arrangement aanvragen
    (hoofdstuk 5).""")
    d.h2("4.1 Hoe wij de basisondersteuning bewaken")
    d.p("""Elke school vult jaarlijks vóór 1 november de kwaliteitskaart basisondersteuning in. Een
    consulent van het samenwerkingsverband bespreekt de kaart met de directeur en de intern
    begeleider. Voldoet een school op een of meer standaarden niet, dan maakt de school een
    verbeterplan met een termijn van hooguit één schooljaar. Het bestuur van de school ontvangt een
    afschrift. Als de school na dat jaar nog steeds niet voldoet, bespreekt de directeur-bestuurder dit
    met het schoolbestuur en kan het samenwerkingsverband een deel van het schoolbudget geoormerkt
    inzetten voor het verbeterplan.""")

    d.h1("5 Extra ondersteuning en ons dekkend aanbod")
    d.p("""Ons doel is dat elk kind in Lingeland een passende plek heeft, zo dicht mogelijk bij huis.
    Daarvoor is meer nodig dan goede basisondersteuning op elke school. Wij hebben een samenhangend
    aanbod georganiseerd dat loopt van de basisondersteuning, via extra ondersteuning op de eigen
    school, naar bovenschoolse voorzieningen en ten slotte het speciaal basisonderwijs en het speciaal
    onderwijs.""")
    d.table(["Niveau", "Wat", "Wie regelt het"], [
        ["1 Basis", "De twaalf standaarden (bijlage 1)", "School"],
        ["2 Extra op school", "Schoolarrangement: bijvoorbeeld extra begeleiding, specialist op school, aangepaste leerroute", "School, met schoolbudget"],
        ["3 Bovenschools", "Lingeklas (observatie en korte interventie, 12 plaatsen), Plusklas voor hoogbegaafde leerlingen (4 locaties), Taalklas voor nieuwkomers (2 locaties), ambulante begeleiding", "Aanvraag bij het Loket Lingeland"],
        ["4 Speciaal", "Sbo De Boog, sbo De Lingeschakel, drie so-scholen cluster 3 en 4", "Toelaatbaarheidsverklaring (hoofdstuk 6)"],
    ])
    d.p("""Een school die extra ondersteuning nodig heeft voor een leerling, bespreekt dat eerst in het
    eigen ondersteuningsteam, waarin ook de consulent van het samenwerkingsverband en de
    jeugdprofessional van de gemeente zitten. Als een schoolarrangement niet voldoende is, meldt de
    school de leerling aan bij het Loket Lingeland voor een bovenschoolse voorziening. Het loket
    beslist binnen vier weken. Voor leerlingen die naast onderwijs zorg nodig hebben, maken we samen
    met de gemeente een onderwijs-zorgarrangement.""")
    d.h2("5.1 Thuiszitters en witte vlekken")
    d.p("""Geen enkel kind hoort thuis te zitten zonder passend onderwijs. In elke subregio komt de
    thuiszitterstafel maandelijks bijeen: de leerplichtambtenaar, een consulent van het
    samenwerkingsverband, een jeugdprofessional en, als het nodig is, de betrokken school. Elke
    leerling die langer dan vier weken niet of maar gedeeltelijk naar school gaat, wordt daar binnen
    twee weken besproken. De tafel spreekt af wie de regie heeft en binnen welke termijn er een plek
    moet zijn. Lukt dat niet binnen drie maanden, dan escaleert de consulent naar de
    directeur-bestuurder, die met de besturen een doorbraak forceert.""",
        """Daarnaast brengen we elk voorjaar in kaart waar het aanbod tekortschiet. In 2025 bleken er
    drie witte vlekken: te weinig plaatsen voor jonge kinderen met een ontwikkelingsachterstand en
    gedragsproblemen, wachttijden bij het so cluster 4 en te weinig ondersteuning voor leerlingen met
    een chronische ziekte op kleine scholen. Voor de eerste twee hebben we in dit plan maatregelen
    opgenomen: een extra Lingeklas voor kleuters vanaf augustus 2026 en een afspraak met de so-scholen
    over een overbruggingsarrangement bij wachttijd. Voor de derde vlek zetten we vanaf 2027 een
    ambulant team medische ondersteuning in. Scholen blijven gebonden aan hun zorgplicht: de school
    waar een kind wordt aangemeld, zoekt een passende plek als zij die zelf niet kan bieden.""")
    d.h2("5.2 Samenwerking met gemeenten en jeugdhulp")
    f_oogo_substantive(d, S, "Geldermalsen-West, Lingewaard-Zuid en Beesterland", "5 maart 2026")

    d.h1("6 Toelaatbaarheid tot sbo en so")
    d.p("""Sommige kinderen hebben meer nodig dan een reguliere basisschool kan bieden, ook met een
    arrangement. Voor plaatsing op een sbo- of so-school is een toelaatbaarheidsverklaring (TLV) van
    het samenwerkingsverband nodig. In dit hoofdstuk beschrijven we hoe een TLV wordt aangevraagd,
    welke criteria gelden, hoe lang een TLV geldig is en wat ouders kunnen doen als zij het niet eens
    zijn met het besluit.""")
    d.h2("6.1 De aanvraag")
    d.ul("""Stap 1. Het bestuur van de school waar het kind staat ingeschreven (of is aangemeld) dient de
    aanvraag in bij de Commissie Toelaatbaarheid via het digitale aanvraagsysteem.""",
        """Stap 2. Bij de aanvraag horen het groeidocument met het ontwikkelingsperspectief, een verslag
    van het ondersteuningsteam, de zienswijze van de ouders en, als die er is, de zienswijze van het kind.""",
        """Stap 3. De commissie controleert binnen vijf werkdagen of het dossier compleet is.""",
        """Stap 4. Twee deskundigen geven ieder een eigen schriftelijk advies (zie 6.3).""",
        """Stap 5. De Commissie Toelaatbaarheid besluit namens het bestuur binnen zes weken na ontvangst
    van het complete dossier. Ouders en school ontvangen het besluit en een kopie van de adviezen.""")
    d.h2("6.2 Criteria")
    d.p("""Een leerling is toelaatbaar tot het sbo als aan alle volgende voorwaarden is voldaan: de school
    heeft de basisondersteuning aantoonbaar geboden; er is ten minste een half jaar een arrangement
    ingezet en geëvalueerd; de ondersteuningsbehoefte vraagt om een kleinere groep en een
    specialistische aanpak gedurende de hele schooldag; en het ondersteuningsteam heeft vastgesteld
    dat een bovenschoolse voorziening niet toereikend is. Voor het so gelden daarnaast de volgende
    criteria: de ondersteuningsbehoefte komt voort uit een verstandelijke beperking, een lichamelijke
    beperking of langdurige ziekte (cluster 3) of uit ernstige gedrags- of psychiatrische
    problematiek (cluster 4), en de leerling heeft onderwijs nodig dat intensieve samenwerking met
    zorg vraagt.""")
    d.h2("6.3 Deskundigenadvies")
    d.p("""Bij elke aanvraag adviseren twee deskundigen. De eerste deskundige is altijd een orthopedagoog
    of psycholoog van het samenwerkingsverband. De tweede deskundige wordt per aanvraag gekozen:
    bijvoorbeeld een kinderpsychiater, een maatschappelijk werker, een arts of een pedagoog. Een
    deskundige die betrokken was bij de voorbereiding van de aanvraag, adviseert niet.""")
    d.h2("6.4 Duur en bekostigingscategorie")
    d.p("""Een TLV voor het sbo geldt in de regel tot het einde van de basisschoolperiode. Een TLV voor het
    so geldt voor twee schooljaren en eindigt op 31 juli. Bij een so-TLV stelt de commissie ook de
    bekostigingscategorie vast: laag, midden of hoog, afhankelijk van de ondersteuningsbehoefte.""")
    d.h2("6.5 Bezwaar")
    d.p("""Ouders en het schoolbestuur kunnen binnen zes weken bezwaar maken tegen een besluit. Het
    samenwerkingsverband is aangesloten bij de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen,
    die het bestuur adviseert over het bezwaar.""")
    d.h2("6.6 Na de TLV: terug naar een reguliere school")
    d.p("""Wij vinden dat een plek in het sbo of so geen eindstation hoeft te zijn. Ons uitgangspunt is
    dat een kind terugkeert naar een reguliere school als dat kan en als dat in het belang van het kind
    is, bij voorkeur in de eigen woonplaats. Voorwaarde is dat de ontvangende school de ondersteuning
    kan bieden die in het ontwikkelingsperspectief staat; als dat nodig is, krijgt de school daarvoor
    een terugplaatsingsarrangement uit het bovenschoolse budget, voor ten minste een half jaar en met
    ambulante begeleiding door een leraar van de sbo- of so-school. Ook na terugkeer blijft de
    consulent van het samenwerkingsverband het eerste jaar betrokken.""",
        """Het stappenplan voor terugplaatsing, met daarin wie het initiatief neemt en op welke momenten
    er wordt geëvalueerd, stellen we in het schooljaar 2026-2027 op samen met de directeuren van het
    sbo en so. Tot die tijd maken de scholen per leerling afspraken.""")

    d.h1("7 Communicatie")
    d.p("""Goede communicatie is een voorwaarde voor passend onderwijs. We communiceren met scholen,
    besturen, gemeenten, partners en ouders. Voor scholen verschijnt zes keer per jaar een digitale
    nieuwsbrief en is er een besloten deel van de website met formulieren en handleidingen.""")
    d.h2("7.1 Informatie voor ouders")
    d.p("""Ouders vinden op de ouderpagina van onze website uitleg over de basisondersteuning, de
    arrangementen, de bovenschoolse voorzieningen en de weg naar het sbo en so. De ouderbrochure
    'Wat als mijn kind meer nodig heeft?' is er in het Nederlands, Engels, Arabisch en Pools en ligt op
    elke school. Scholen beschrijven hun ondersteuningsaanbod in de schoolgids; het
    samenwerkingsverband levert daarvoor een vaste tekst aan. Twee keer per jaar organiseren we een
    informatieavond voor ouders, wisselend in de drie gemeenten. Ouders kunnen ook bellen of mailen met
    het Loket Lingeland voor uitleg over de mogelijkheden.""")
    d.h2("7.2 Onafhankelijke hulp voor ouders")
    d.p("""Soms zijn ouders het niet eens met de school of met het samenwerkingsverband, of willen zij
    iemand naast zich die meedenkt. Zij kunnen dan terecht bij het Steunpunt Ouders Lingeland, ons
    ouder- en jeugdsteunpunt. Het steunpunt werkt onafhankelijk van de scholen en het bureau: de
    medewerkers zijn in dienst van een welzijnsorganisatie en rapporteren niet aan de
    directeur-bestuurder. Het steunpunt is bereikbaar op werkdagen van 9.00 tot 16.00 uur. Daarnaast
    wijzen we ouders op de Onderwijsconsulenten, die gratis bemiddelen bij vastgelopen situaties, en
    op de Geschillencommissie Passend Onderwijs bij geschillen over toelating, verwijdering of het
    ontwikkelingsperspectief.""")
    d.h2("7.3 Ouders als partner")
    d.p("""Ouders zijn ervaringsdeskundig. Zij worden betrokken bij het opstellen en evalueren van het
    ontwikkelingsperspectief en zijn welkom bij elk overleg van het ondersteuningsteam over hun kind.
    Kinderen hebben het recht om hun mening te geven over hun ontwikkelingsperspectief.""")

    d.h1("8 Kwaliteit en resultaten")
    d.p("""In de vorige planperiode hebben we veel opgebouwd, maar we hadden te weinig scherpe doelen.
    Daarom formuleren we in dit plan vijf ambities met een streefwaarde voor 2030.""")
    d.table(["Ambitie", "Streefwaarde 2030"], [
        ["Alle scholen voldoen aan de twaalf standaarden basisondersteuning", "100% van de scholen"],
        ["Geen kind langer dan drie maanden thuis zonder passend aanbod", "0 leerlingen"],
        ["Deelname aan sbo en so samen", "ten hoogste 3,8% van alle leerlingen"],
        ["Ouders tevreden over de ondersteuning van hun kind", "gemiddeld ten minste een 7,5"],
        ["Kinderen met een OPP die hun uitstroomperspectief halen", "ten minste 80%"],
    ])
    d.p("""Hoe we de voortgang op deze ambities meten, welke bronnen we daarvoor gebruiken en op welke
    momenten we erover rapporteren, leggen we vast in een nieuw kwaliteitskader. Dat kader werken we
    in de loop van 2026-2027 uit met de besturen en de ondersteuningsplanraad.""")

    d.h1("9 Organisatie en bedrijfsvoering")
    d.h2("9.1 Personeel")
    f_personeel(d, S, "18,4")
    d.h2("9.2 ICT en privacy")
    f_ict_privacy(d, S, "OnderwijsTransparant")
    d.h2("9.3 Professionalisering")
    f_professionalisering(d, S)
    d.h2("9.4 Huisvesting van het bureau")
    f_huisvesting_bureau(d, S, "Geldermalsen-West")

    d.h1("10 Geld en middelen")
    d.p("""Het samenwerkingsverband ontvangt van het Rijk middelen voor lichte en zware ondersteuning.
    Na aftrek van de afdrachten aan DUO voor de leerlingen in het so en de bekostiging van het sbo
    boven de 2%-grens, verdelen we de middelen volgens het verdeelmodel dat het bestuur op 10
    december 2025 heeft vastgesteld.""")
    d.h2("10.1 Verdeelmodel")
    d.ul("""Schoolbudget: elke school ontvangt € 142 per leerling (teldatum 1 oktober van het
    voorgaande jaar) plus een vaste voet van € 6.500 per vestiging. Het budget wordt per bestuur
    uitbetaald in twaalf maandelijkse termijnen.""",
        """Bovenschools budget: de Lingeklas, de Plusklas, de Taalklas, ambulante begeleiding en
    terugplaatsingsarrangementen worden centraal bekostigd en toegekend door het Loket.""",
        """Afdrachten: de kosten van so en sbo boven de 2% worden door DUO ingehouden of aan de
    besturen overgedragen volgens de peildatum 1 februari.""")
    d.p("""Het schoolbudget is bedoeld voor schoolarrangementen en voor de versterking van de
    basisondersteuning. Besturen verantwoorden de besteding jaarlijks vóór 1 mei met een kort
    formulier, waarin zij aangeven hoeveel leerlingen een arrangement kregen en waaraan het geld is
    uitgegeven. De meerjarenbegroting 2026-2030 staat in bijlage 2.""")
    d.h2("10.2 Reserves")
    d.p("""Eind 2025 bedroeg de algemene reserve € 1,9 miljoen. Het bestuur heeft de signaleringswaarde
    vastgesteld op € 1,2 miljoen. Het deel daarboven zetten we in de jaren 2026 tot en met 2028 in
    voor de extra Lingeklas en het ambulant team medische ondersteuning.""")

    d.h1("11 Planning 2026-2030")
    d.table(["Schooljaar", "Belangrijkste activiteiten"], [
        ["2026-2027", "Start extra Lingeklas voor kleuters; stappenplan terugplaatsing; nieuw kwaliteitskader"],
        ["2027-2028", "Ambulant team medische ondersteuning; evaluatie verdeelmodel"],
        ["2028-2029", "Overleg over actualisering van het plan met OPR en gemeenten"],
        ["2029-2030", "Voorbereiding nieuw ondersteuningsplan"],
    ])
    d.p("""Elk jaar stellen we een jaarplan en een begroting op die passen binnen dit plan. De planning is
    richtinggevend; als de omstandigheden daarom vragen, kan het bestuur na overleg met de
    ondersteuningsplanraad de volgorde aanpassen.""")

    d.h1("Bijlage 1 Standaarden basisondersteuning")
    d.p("""Deze standaarden gelden voor elke school en elke vestiging in Lingeland. Zij zijn vastgesteld
    door het bestuur op 10 december 2025.""")
    d.table(["Nr", "Standaard", "Wat betekent dit concreet?"], [
        ["1", "Basiskwaliteit", "De school heeft het oordeel voldoende of goed van de inspectie."],
        ["2", "Intern begeleider", "Ten minste één dag per week per 150 leerlingen, met een afgeronde opleiding."],
        ["3", "Ondersteuningsteam", "Minimaal zes keer per jaar, met consulent SWV en jeugdprofessional."],
        ["4", "Handelingsgericht werken", "Groepsoverzicht en groepsplan of blokplan per groep, twee keer per jaar geëvalueerd."],
        ["5", "Dyslexie", "Protocol leesproblemen en dyslexie; extra leestijd van 3 x 20 minuten per week bij signalering."],
        ["6", "Dyscalculie", "Protocol ernstige rekenproblemen en dyscalculie; inzet van hulpmiddelen."],
        ["7", "Gedrag en sociale veiligheid", "Een methode voor sociaal-emotionele ontwikkeling, een gedragsprotocol en een anti-pestcoördinator."],
        ["8", "Meer- en hoogbegaafdheid", "Signalering in groep 1-2 en 4; verrijkingsaanbod in de groep."],
        ["9", "Taal en NT2", "Aanbod voor leerlingen met een taalachterstand, inclusief woordenschatinterventie."],
        ["10", "Medisch handelen", "Protocol medicijnverstrekking en medisch handelen, jaarlijks besproken met het team."],
        ["11", "Ontwikkelingsperspectief", "Een OPP voor elke leerling met een arrangement, met ouders besproken."],
        ["12", "Overdracht", "Warme overdracht bij elke overstap, ook naar het voortgezet onderwijs."],
    ])

    d.h1("Bijlage 2 Meerjarenbegroting 2026-2030")
    d.p("Bedragen in euro's, afgerond op duizenden. Begroting vastgesteld op 10 december 2025.")
    d.table(["Post", "2026", "2027", "2028", "2029"], [
        ["Baten rijksbijdrage lichte ondersteuning", "3.412.000", "3.380.000", "3.351.000", "3.320.000"],
        ["Baten rijksbijdrage zware ondersteuning", "8.905.000", "8.830.000", "8.760.000", "8.690.000"],
        ["Afdrachten DUO so en sbo", "-6.240.000", "-6.205.000", "-6.170.000", "-6.140.000"],
        ["Schoolbudgetten (per leerling + vaste voet)", "1.952.000", "1.930.000", "1.910.000", "1.890.000"],
        ["Bovenschoolse voorzieningen", "2.310.000", "2.480.000", "2.450.000", "2.300.000"],
        ["Terugplaatsingsarrangementen", "90.000", "110.000", "110.000", "110.000"],
        ["Bureau, Loket en deskundigen", "1.640.000", "1.655.000", "1.670.000", "1.685.000"],
        ["Steunpunt Ouders Lingeland", "85.000", "85.000", "87.000", "89.000"],
        ["Resultaat", "0", "-255.000", "-286.000", "-204.000"],
    ])

    d.h1("Bijlage 3 Begrippenlijst")
    d.table(["Begrip", "Betekenis"], [
        ["Basisondersteuning", "Het afgesproken niveau van ondersteuning dat alle scholen bieden."],
        ["Bekostigingscategorie", "Laag, midden of hoog; bepaalt de bekostiging van een leerling in het so."],
        ["Dekkend aanbod", "Het geheel van voorzieningen waardoor elke leerling een passende plek heeft."],
        ["OPP", "Ontwikkelingsperspectief(plan)."],
        ["OPR", "Ondersteuningsplanraad."],
        ["OOGO", "Op overeenstemming gericht overleg met de gemeenten."],
        ["Terugplaatsing", "Overstap van sbo of so naar een reguliere basisschool."],
        ["TLV", "Toelaatbaarheidsverklaring voor het sbo of so."],
        ["Verdeelmodel", "De regels waarmee het samenwerkingsverband de middelen verdeelt."],
    ])
    return d


# ---------------------------------------------------------------------------
# Plan 2: VO, .docx  -- Samenwerkingsverband VO Kempenduin
# ---------------------------------------------------------------------------

def plan_kempenduin():
    d = Doc()
    S = "Kempenduin"
    d.title("Ondersteuningsplan 2026-2030",
            "Samenwerkingsverband voortgezet onderwijs Kempenduin (VO 31-09)",
            "Elke leerling een passende route",
            "Versie ter instemming OPR, definitief na vaststelling AB 28 april 2026")
    d.toc()
    d.h1("Samenvatting in tabelvorm")
    d.table(["Thema", "Kern", "Hoofdstuk"], [
        ["Ondersteuning op drie niveaus", "Basisondersteuning op elke vestiging, extra ondersteuning op school, bovenschools (OPDC, Op de Rails) en vso.", "4"],
        ["Dekkend aanbod", "Regionale tafel passende plek; aanpak thuiszitters met leerplicht.", "5"],
        ["Toewijzing", "Commissie Toewijzing Kempenduin besluit over TLV vso, lwoo en pro.", "6"],
        ["Terugkeer uit het vso", "Overstapgesprek in het laatste TLV-jaar, Overstaparrangement.", "6.5"],
        ["Ouders en leerlingen", "Website, ouderavonden, brochure; hoorrecht leerlingen.", "7"],
        ["Financiën", "Budget per leerling en vaste voet per vestiging; arrangementen via Commissie Toewijzing.", "10"],
        ["Kwaliteit", "Nieuw kwaliteitskader in 2027.", "11"],
    ])
    d.pb()

    d.h1("1 Inleiding")
    f_voorwoord(d, "Kempenduin", "Rob van Oirschot", "voorzitter van het algemeen bestuur",
                extra="Een speciaal woord van dank gaat naar de leerlingen van de leerlingenpanels, die ons scherp hielden.")
    f_leeswijzer(d, S, "De begrippen en afkortingen die we gebruiken, staan in de afkortingenlijst achter in dit plan.")

    d.h1("2 Kengetallen en context")
    d.p("""Kempenduin is het samenwerkingsverband voor het voortgezet onderwijs in de gemeenten
    Duinkempen, Oost-Haarle, Bergerveen en Zandvoorde-Noord. Zes schoolbesturen werken samen. Zij
    hebben samen 17 vestigingen voor vmbo, havo en vwo, twee scholen voor praktijkonderwijs en twee
    vso-scholen. Op 1 oktober 2025 stonden er 14.620 leerlingen ingeschreven op de reguliere scholen,
    612 op het praktijkonderwijs en 398 op het vso.""",
        """De leerlingaantallen in het voortgezet onderwijs blijven de komende jaren vrijwel stabiel
    in de steden en dalen licht in de landelijke gemeenten. Scholen werken onderling samen in
    subregio's, onder meer bij de overstap van primair naar voortgezet onderwijs en bij de aansluiting
    op het mbo. Het samenwerkingsverband overlapt voor een deel met de PO-samenwerkingsverbanden De
    Kempentocht en Duinrand, met wie we twee keer per jaar overleggen over de overstap.""")

    d.h1("3 Visie en uitgangspunten")
    d.p("""Wij geloven dat elke jongere in onze regio recht heeft op een plek waar hij of zij zich kan
    ontwikkelen, op school en daarna in vervolgonderwijs of werk. Dat lukt alleen als scholen, het
    samenwerkingsverband, gemeenten en partners in zorg en werk elkaar weten te vinden. Onze visie
    rust op vier uitgangspunten: de leerling staat centraal, de ondersteuning is zo thuisnabij en
    regulier mogelijk, we werken preventief en we zijn transparant over wat we doen.""",
        """Met 'de leerling staat centraal' bedoelen we dat we kijken naar wat een jongere nodig heeft
    en niet naar wat een label zegt. 'Thuisnabij en regulier' betekent dat we zoeken naar oplossingen
    op of bij de eigen school, voordat we naar een speciale voorziening kijken. 'Preventief' betekent
    dat we vroeg signaleren, zodat problemen niet groter worden dan nodig. En 'transparant' betekent
    dat scholen, ouders en partners kunnen zien hoe wij keuzes maken en waar het geld naartoe gaat.""",
        """In de gesprekken over dit plan kwamen drie ontwikkelthema's steeds terug: de ondersteuning
    in de klas, de aansluiting tussen onderwijs en jeugdhulp, en maatwerk voor jongeren die dreigen
    uit te vallen. Wat dat concreet betekent, bespreken we in de jaarplannen.""")

    d.h1("4 Ondersteuning op drie niveaus")
    d.h2("4.1 Basisondersteuning")
    d.p("""Basisondersteuning is het niveau van ondersteuning dat alle besturen samen hebben afgesproken
    en dat iedere vestiging van iedere school in Kempenduin minimaal biedt, ongeacht schoolsoort of
    omvang. Het algemeen bestuur heeft dit niveau op 12 november 2025 opnieuw vastgesteld. Het is
    voor alle scholen gelijk en wordt niet per school onderhandeld.""",
        """Wat de basisondersteuning concreet inhoudt, is beschreven in de Kaart Basisondersteuning VO
    Kempenduin, die te vinden is op de website van het samenwerkingsverband. De kaart wordt elk jaar
    in het voorjaar geactualiseerd. Scholen nemen de tekst over in hun schoolgids.""")
    d.h2("4.2 Extra ondersteuning op school")
    d.p("""Als een leerling meer nodig heeft dan de basisondersteuning, kan de school extra
    ondersteuning bieden met het schoolbudget. Hoe de school die extra ondersteuning vormgeeft,
    bepaalt zij zelf, in overleg met haar bestuur. Voorbeelden van extra ondersteuning op school zijn een trajectvoorziening (een ruimte waar
    leerlingen een deel van de dag kunnen werken met een vaste begeleider), faalangst- en
    examentraining in kleine groepen, begeleiding door een autismespecialist en een aangepast
    rooster. Voor elke leerling met extra ondersteuning stelt de school een ontwikkelingsperspectief
    op.""")
    d.h2("4.3 Bovenschoolse voorzieningen")
    d.p("""Voor leerlingen voor wie de ondersteuning op school tijdelijk niet genoeg is, kent Kempenduin
    twee bovenschoolse voorzieningen. Het OPDC De Brug biedt plaats aan 60 leerlingen uit vmbo en
    onderbouw havo die een tot twee jaar in een kleine setting onderwijs krijgen en daarna terugkeren
    naar een reguliere school. Op de Rails is een rebound- en time-outvoorziening voor leerlingen die
    na een schorsing of een ernstig incident tijdelijk niet op school kunnen zijn; een plaatsing duurt
    maximaal twaalf weken. Daarnaast is er een Schakeljaar voor nieuwkomers op twee locaties en een
    bovenschools aanbod voor hoogbegaafde leerlingen in de onderbouw.""")
    d.h2("4.4 Voortgezet speciaal onderwijs")
    d.p("""De twee vso-scholen in de regio bieden onderwijs aan leerlingen die zijn aangewezen op
    cluster 3 of cluster 4. Beide scholen kennen een uitstroomprofiel vervolgonderwijs, arbeidsmarkt
    en dagbesteding. Voor plaatsing is een toelaatbaarheidsverklaring nodig (hoofdstuk 6). Het
    praktijkonderwijs is een zelfstandige schoolsoort met twee scholen in de regio; ook daarvoor is
    een toelaatbaarheidsverklaring van het samenwerkingsverband nodig.""")

    d.h1("5 Dekkend aanbod en thuiszitters")
    d.p("""Ondanks het brede aanbod zijn er leerlingen voor wie geen passende plek beschikbaar is, of
    niet op tijd. Om die situaties te voorkomen en op te lossen, werkt Kempenduin met de Regionale
    tafel passende plek. Aan die tafel zitten de ondersteuningscoördinatoren van alle scholen, de
    leerplichtambtenaren en de consulenten van het samenwerkingsverband. De tafel komt elke twee weken
    bijeen en bespreekt elke leerling die langer dan vier weken geen onderwijs volgt of voor wie de
    school geen passend aanbod kan doen.""",
        """Voor elke besproken leerling wijst de tafel één regisseur aan, die binnen een week een
    plan van aanpak maakt met een uiterste datum voor de start op een nieuwe plek. Kan een school geen
    passend aanbod doen, dan blijft zij onder de zorgplicht verantwoordelijk totdat een andere school
    de leerling heeft ingeschreven. Lukt het binnen zes weken niet een plek te vinden, dan beslist de
    directeur van het samenwerkingsverband over een tijdelijk maatwerktraject op het OPDC.""",
        """Eens per jaar analyseert het bureau de besproken casussen om te zien waar het aanbod
    tekortschiet. Die analyse wordt besproken in het algemeen bestuur, dat besluit over nieuwe
    voorzieningen. Zo is in 2025 besloten tot een extra groep op Op de Rails voor leerlingen met
    angstklachten en schoolweigering, die in januari 2027 start.""")

    d.h1("6 Toewijzing en toelaatbaarheid")
    d.p("""De Commissie Toewijzing Kempenduin (CTK) besluit namens het samenwerkingsverband over
    toelaatbaarheid tot het vso en het praktijkonderwijs en over de aanwijzing voor
    leerwegondersteunend onderwijs (lwoo). De commissie bestaat uit een voorzitter, twee
    orthopedagogen, een psycholoog en een secretaris.""")
    d.h2("6.1 Procedure TLV vso")
    d.p("""Het bevoegd gezag van de school waar de leerling staat ingeschreven, of waar hij is
    aangemeld, vraagt de TLV aan bij de CTK. De aanvraag bevat het ontwikkelingsperspectief, de
    evaluatie van de ingezette ondersteuning, een verslag van het zorg- en adviesteam en de
    zienswijze van ouders en leerling. Het secretariaat bevestigt de ontvangst binnen drie werkdagen.
    Twee deskundigen, van wie ten minste één orthopedagoog of psycholoog, brengen ieder een eigen
    schriftelijk advies uit. De CTK besluit binnen zes weken na ontvangst van het volledige dossier
    en stuurt het besluit met de adviezen naar de school en de ouders.""")
    d.h2("6.2 Criteria TLV vso")
    d.ul("""De school heeft de basisondersteuning en extra ondersteuning op school ten minste een half
    jaar planmatig ingezet en geëvalueerd.""",
        """De ondersteuningsbehoefte van de leerling vraagt structureel om een combinatie van een kleine
    groep, intensieve begeleiding gedurende de hele schooldag en een specialistische aanpak die de
    reguliere school ook met een bovenschoolse voorziening niet kan bieden.""",
        """Voor cluster 3: er is sprake van een verstandelijke, lichamelijke of meervoudige beperking of
    langdurige ziekte die het leren ernstig belemmert.""",
        """Voor cluster 4: er is sprake van ernstige gedrags- of psychiatrische problematiek die het
    leren en het functioneren in een reguliere groep ernstig belemmert.""")
    d.h2("6.3 Duur en categorie")
    d.p("""De CTK geeft een TLV vso af voor ten hoogste drie schooljaren; de TLV eindigt op 31 juli van
    het laatste schooljaar. Bij leerlingen met een structurele beperking kan de TLV tot het einde van
    de schoolloopbaan worden afgegeven. De CTK stelt de bekostigingscategorie laag, midden of hoog
    vast.""")
    d.h2("6.4 Lwoo en praktijkonderwijs")
    d.p("""Voor lwoo en praktijkonderwijs gelden de landelijke criteria voor intelligentie en
    leerachterstanden; Kempenduin gebruikt geen eigen criteria. De basisschool of de vo-school vraagt
    de aanwijzing lwoo of de TLV pro aan bij de CTK vóór 1 maart van het jaar waarin de leerling naar
    het voortgezet onderwijs gaat. De CTK besluit binnen vier weken. Een aanwijzing lwoo geldt voor de
    hele schoolloopbaan in het vmbo.""")
    d.h2("6.5 Terugkeer uit het vso en overstap")
    d.p("""Kempenduin vindt dat leerlingen die het vso niet meer nodig hebben, zo snel mogelijk de stap
    naar een reguliere school moeten kunnen zetten. Dit geldt ook voor leerlingen die halverwege hun
    TLV zo goed ontwikkelen dat een overstap verantwoord is. Voorwaarde is dat de ontvangende school
    de ondersteuning uit het ontwikkelingsperspectief kan bieden; daarvoor kan de school een
    Overstaparrangement krijgen van ten hoogste één schooljaar, met begeleiding door een leraar van de
    vso-school in de eerste zes maanden.""",
        """In het laatste jaar van de TLV voert de vso-school vóór 1 februari een overstapgesprek met de
    leerling en de ouders, waarbij een consulent van het samenwerkingsverband aanwezig is. Op basis van
    het ontwikkelingsperspectief adviseert de vso-school of de leerling kan overstappen naar een
    reguliere school, in het vso moet blijven of uitstroomt naar mbo, werk of dagbesteding. Adviseert
    de school om te blijven, dan vraagt zij vóór 1 april een nieuwe TLV aan bij de CTK. Adviseert de
    school een overstap, dan zoekt de consulent samen met de ouders een ontvangende school; de
    ontvangende school beslist over inschrijving en de CTK over het Overstaparrangement. Na drie en na
    zes maanden evalueren de scholen de overstap.""")

    d.h1("7 Ouders en leerlingen")
    d.p("""Ouders en leerlingen moeten weten wat ze van de school en het samenwerkingsverband kunnen
    verwachten. Op onze website staat per onderwerp uitleg in gewone taal: wat de school biedt, welke
    bovenschoolse voorzieningen er zijn, hoe een TLV wordt aangevraagd en hoe lwoo en
    praktijkonderwijs werken. Elk najaar organiseren we in samenwerking met de PO-verbanden twee
    ouderavonden over de overstap naar het voortgezet onderwijs. De folder 'Extra ondersteuning in het
    voortgezet onderwijs' wordt via de basisscholen aan alle ouders van leerlingen in groep 7
    uitgereikt. Scholen beschrijven in hun schoolgids hoe hun ondersteuning is georganiseerd.""",
        """Leerlingen hebben hoorrecht: zij geven hun mening over hun ontwikkelingsperspectief en die
    mening wordt vastgelegd. Elke school heeft een leerlingenpanel dat eens per jaar met de
    ondersteuningscoördinator spreekt over de ondersteuning op school.""",
        """Het ouder- en jeugdsteunpunt dat de wet van ons vraagt, richten we samen met de
    PO-samenwerkingsverbanden in. Over de vorm en de organisatie beslissen de besturen in de loop van
    2026; tot die tijd verwijzen we vragen door naar de school.""")

    d.h1("8 Samenwerking met gemeenten")
    f_oogo_substantive(d, S, "Duinkempen, Oost-Haarle, Bergerveen en Zandvoorde-Noord", "3 maart 2026",
                       wie="leerlingen en mentoren")
    d.p("""Daarnaast werken we met de gemeenten en het UWV samen bij de overgang van het vso en het
    praktijkonderwijs naar werk, binnen het regionale Werkbedrijf.""")

    d.h1("9 Organisatie en medezeggenschap")
    f_governance(d, S, "verenigingsmodel met een algemeen bestuur en een uitvoerend directeur", "zes",
                 "Het toezicht is belegd bij de algemene ledenvergadering, die een auditcommissie heeft ingesteld.")
    f_opr_full(d, "Kempenduin", "tien", "7 april 2026")
    f_personeel(d, S, "14,2", "Het bureau huurt ruimte in het gebouw van het OPDC De Brug.")
    f_ict_privacy(d, S, "Kindkans")

    d.h1("10 Financieel beleid")
    d.p("""Het samenwerkingsverband ontvangt de rijksmiddelen voor lichte en zware ondersteuning en de
    middelen voor lwoo en praktijkonderwijs. Na de verplichte afdrachten voor vso en praktijkonderwijs
    verdelen we het resterende budget volgens onderstaande regels, die het algemeen bestuur op 12
    november 2025 heeft vastgesteld.""")
    d.table(["Onderdeel", "Verdeelregel", "Besluit door"], [
        ["Schoolbudget", "€ 118 per leerling (teldatum 1 oktober t-1) plus € 15.000 vaste voet per vestiging", "Algemeen bestuur, jaarlijks bij de begroting"],
        ["Lwoo-middelen", "Volledig doorgegeven aan de besturen op basis van het aantal aangewezen leerlingen", "Automatisch"],
        ["Arrangementen", "Op aanvraag, per leerling, voor maximaal één schooljaar", "CTK"],
        ["OPDC en Op de Rails", "Vast budget op basis van het aantal plaatsen", "Algemeen bestuur"],
    ])
    d.p("""De meerjarenbegroting en de jaarbegroting stelt het algemeen bestuur afzonderlijk vast, na
    advies van de auditcommissie. Ze maken geen deel uit van dit ondersteuningsplan.""")

    d.h1("11 Kwaliteitszorg")
    d.p("""Kempenduin herijkt in 2026 en 2027 zijn kwaliteitskader. Daarin leggen we vast welke
    resultaten we nastreven voor leerlingen die extra ondersteuning nodig hebben en hoe we die gaan
    volgen en verantwoorden. Het kader wordt ter instemming aan de ondersteuningsplanraad voorgelegd
    en als voortgangsparagraaf aan dit plan toegevoegd.""")

    d.h1("12 Planning")
    d.table(["Periode", "Activiteit"], [
        ["2026", "Inrichting ouder- en jeugdsteunpunt met PO-verbanden"],
        ["januari 2027", "Start extra groep Op de Rails"],
        ["2027", "Vaststelling kwaliteitskader"],
        ["2028", "Evaluatie verdeelregels"],
        ["2029-2030", "Voorbereiding nieuw ondersteuningsplan"],
    ])
    f_professionalisering(d, S)

    d.h1("Afkortingenlijst")
    d.table(["Afkorting", "Betekenis"], [
        ["CTK", "Commissie Toewijzing Kempenduin"],
        ["lwoo", "Leerwegondersteunend onderwijs"],
        ["OJSP", "Ouder- en jeugdsteunpunt"],
        ["OPDC", "Orthopedagogisch-didactisch centrum"],
        ["OPP", "Ontwikkelingsperspectief"],
        ["OPR", "Ondersteuningsplanraad"],
        ["pro", "Praktijkonderwijs"],
        ["TLV", "Toelaatbaarheidsverklaring"],
        ["vso", "Voortgezet speciaal onderwijs"],
    ])
    return d


# ---------------------------------------------------------------------------
# Plan 3: PO, .docx + .pdf  -- Stichting Samenwerkingsverband Hunzedal PO
# ---------------------------------------------------------------------------

def plan_hunzedal():
    d = Doc()
    S = "Hunzedal"
    d.title("Ondersteuningsplan 2026-2030",
            "Stichting Samenwerkingsverband Passend Onderwijs Hunzedal PO (PO 20-12)",
            "Dichtbij waar het kan, speciaal waar het moet",
            "Definitieve versie, 21 april 2026")
    d.toc()
    d.h1("Ons plan op één A4")
    d.table(["", "Wat", "Hoe", "Hoofdstuk"], [
        ["Basisondersteuning", "Tien standaarden voor elke school", "Schoolbezoek en zelfevaluatie", "4"],
        ["Ondersteuningsroute", "Van basis naar arrangement, bovenschools en s(b)o", "Ondersteuningsteam en Expertisepunt", "5"],
        ["Toelaatbaarheid", "TLV sbo en so", "Aanvraag bij de Toelaatbaarheidscommissie", "6"],
        ["Geld en middelen", "Schoolmodel met bedrag per leerling", "Meerjarenbegroting in hoofdstuk 7", "7"],
        ["Resultaten", "Zes doelen met indicatoren", "Monitor Passend Onderwijs Hunzedal", "8"],
        ["Ouders", "Informatie en onafhankelijke steun", "Ouderloket, OJSP Drenthe-Noord", "9"],
    ])
    d.pb()

    d.h1("Voorwoord")
    f_voorwoord(d, "Hunzedal", "Jan-Willem Hofstede", "bestuurder",
                extra="Ook bedanken wij de leerlingenraad van De Kompasroos voor de tekeningen in de webversie.")

    d.h1("1 Wie zijn wij")
    d.p("""Hunzedal is het samenwerkingsverband voor het primair onderwijs in de gemeenten Hunzemond,
    Veenkoloniën-Noord en Annerdijk. Er zijn elf schoolbesturen aangesloten, met samen 52
    basisscholen, één school voor speciaal basisonderwijs met twee locaties en twee scholen voor
    speciaal onderwijs. Veel scholen zijn klein: 23 scholen hebben minder dan honderd leerlingen. Op 1
    oktober 2025 telde het samenwerkingsverband 9.460 leerlingen.""",
        """De krimp in het oosten van de regio zet door. Besturen werken samen in
    samenwerkingsscholen en brede kindcentra. Voor het samenwerkingsverband betekent dit dat
    ondersteuning vaak bovenschools georganiseerd moet worden, omdat kleine scholen niet alle
    expertise zelf in huis kunnen hebben.""")
    f_governance(d, S, "bestuursmodel met een bestuurder en een raad van toezicht", "elf",
                 "De raad van toezicht telt vier leden en vergadert vijf keer per jaar.")

    d.h1("2 Terugblik 2022-2026")
    d.p("""In het vorige plan stonden vier doelen centraal. Hieronder blikken we terug op wat we hebben
    bereikt. De cijfers komen uit onze Monitor Passend Onderwijs en uit de jaarverslagen 2022 tot en
    met 2025.""")
    d.table(["Doel 2022-2026", "Streefwaarde", "Bereikt 2025", "Oordeel"], [
        ["Alle scholen voldoen aan de basisondersteuning", "100%", "88% (46 van 52 scholen)", "Niet gehaald"],
        ["Deelnamepercentage sbo + so", "maximaal 3,5%", "3,3%", "Gehaald"],
        ["Tevredenheid ouders over de ondersteuning", "7,0", "7,2", "Gehaald"],
        ["Doorlooptijd aanvraag arrangement", "maximaal 4 weken", "gemiddeld 5,5 weken", "Niet gehaald"],
    ])
    d.p("""Het verschil bij de basisondersteuning komt vooral door zes kleine scholen die niet
    voldoende ondersteuning voor gedrag konden bieden. Met deze scholen zijn verbetertrajecten
    afgesproken. De doorlooptijd van arrangementen liep op door personeelstekort bij het
    Expertisepunt. Dat is in 2025 opgelost.""")

    d.h1("3 Visie en koers")
    d.p("""Ieder kind in Hunzedal verdient onderwijs dat past bij wie het is en wat het kan. We willen
    dat kinderen zo veel mogelijk naar school gaan in hun eigen dorp of wijk, samen met hun broertjes,
    zusjes en vriendjes. Voor een klein deel van de kinderen is het beter om een tijd, of de hele
    schoolperiode, naar een speciale school te gaan. Ook die kinderen horen bij Hunzedal, en ook
    voor hen willen we dat de school dichtbij hun leefwereld staat.""",
        """Onze koers voor de komende vier jaar samengevat in drie woorden: dichtbij, deskundig en
    duidelijk. Dichtbij betekent dat expertise naar de school komt, in plaats van dat het kind naar de
    expertise gaat. Deskundig betekent dat leraren en intern begeleiders zich gesteund voelen door
    specialisten die de klas kennen. Duidelijk betekent dat ouders en scholen weten waar ze aan toe
    zijn: wie doet wat, wanneer en met welk geld.""",
        """Wij werken handelingsgericht: we kijken naar wat een kind nodig heeft, niet naar wat het
    mankeert. We betrekken ouders als partner en we maken afspraken die we nakomen. Deze
    uitgangspunten gelden voor het bureau, voor de scholen en voor de partners met wie we
    samenwerken.""")

    d.h1("4 Basisondersteuning")
    d.p("""In Hunzedal hebben alle besturen samen bepaald wat iedere school minimaal biedt. Dit niveau
    van basisondersteuning geldt voor alle scholen en alle locaties, groot en klein. Het is
    vastgelegd in tien standaarden:""")
    d.ul("""De school voldoet aan de basiskwaliteit volgens de inspectie.""",
        """Er is een intern begeleider met voldoende tijd: minimaal 0,1 fte per 100 leerlingen en ten
    minste één dagdeel per week op elke locatie.""",
        """De school werkt handelingsgericht en cyclisch, met groepsbesprekingen drie keer per jaar.""",
        """De school kent een ondersteuningsteam waarin de intern begeleider, de directeur, de ouders en
    waar nodig een specialist van het Expertisepunt overleggen.""",
        """De school heeft een aanpak voor leesproblemen en dyslexie en voor rekenproblemen en
    dyscalculie.""",
        """De school heeft een veiligheidsplan en een aanpak voor gedrag, inclusief een
    pestprotocol.""",
        """De school biedt leerlingen die meer aankunnen verdieping en verrijking in de klas.""",
        """De school kan leerlingen met een lichte lichamelijke of medische beperking opvangen, onder
    meer door een protocol medisch handelen.""",
        """De school zorgt voor een doorgaande lijn bij de overgang van voorschool naar groep 1 en van
    groep 8 naar het voortgezet onderwijs.""",
        """De school beschrijft haar ondersteuning in de schoolgids en bespreekt deze jaarlijks met de
    medezeggenschapsraad.""")
    d.p("""Elke school toetst zichzelf jaarlijks aan de standaarden. Eens in de twee jaar bezoekt een
    consulent van het samenwerkingsverband de school voor een gesprek over de uitkomsten. Scholen die
    op een standaard onvoldoende scoren, stellen een verbeterplan op.""")

    d.h1("5 Ondersteuningsroute en arrangementen")
    d.p("""Als de basisondersteuning voor een kind niet genoeg is, volgt de school de
    ondersteuningsroute. De intern begeleider bespreekt het kind in het ondersteuningsteam. Daar kan
    worden besloten tot een arrangement. Hunzedal kent drie soorten arrangementen.""")
    d.table(["Arrangement", "Inhoud", "Toekenning"], [
        ["Schoolarrangement", "Extra begeleiding binnen de school, bekostigd uit het schoolbudget", "Schoolbestuur"],
        ["Expertisearrangement", "Inzet van een specialist van het Expertisepunt (gedrag, taal, motoriek, medisch) voor 10 tot 40 uur", "Expertisepunt, binnen 3 weken"],
        ["Plaatsingsarrangement", "Tijdelijke plaatsing in de observatiegroep De Kompasroos (maximaal 16 weken) of de voltijd plusgroep Denkhuis", "Commissie Arrangementen"],
    ])
    d.p("""Daarnaast zijn er de speciale scholen: sbo De Hunzeschakel met locaties in Hunzemond en
    Annerdijk, so De Veenhorst voor cluster 3 en so De Kraanvogel voor cluster 4. Zij vormen samen met
    de bovenschoolse voorzieningen het dekkend aanbod van de regio. Voor kinderen met een
    zorgbehoefte maken we samen met de gemeente een onderwijs-zorgarrangement.""",
        """Of het aanbod voor alle kinderen toereikend is, weten we nog onvoldoende. Een inventarisatie
    van ontbrekend aanbod, wachtlijsten en kinderen zonder passende plek voeren we uit in het eerste
    planjaar; de uitkomsten en de maatregelen volgen in de voortgangsparagraaf van 2027.""")

    d.h1("6 Toelaatbaarheid")
    d.p("""Voor plaatsing op sbo De Hunzeschakel of een so-school is een toelaatbaarheidsverklaring nodig.
    Die wordt afgegeven door de Toelaatbaarheidscommissie van Hunzedal (TLC).""")
    d.h2("6.1 Procedure")
    d.p("""Het schoolbestuur van de school waar het kind is ingeschreven, dient de aanvraag in via het
    aanvraagformulier in Kindkans. Bij de aanvraag horen het groeidocument, het verslag van het
    ondersteuningsteam, de handtekening of zienswijze van de ouders en het advies van het
    Expertisepunt. De TLC bevestigt de ontvangst en plant de aanvraag in voor de eerstvolgende
    vergadering; de TLC vergadert elke twee weken. Twee deskundigen beoordelen het dossier
    afzonderlijk: een orthopedagoog of GZ-psycholoog en, afhankelijk van de vraag, een arts,
    maatschappelijk werker of kinderpsychiater. Zij brengen elk een schriftelijk advies uit. De TLC
    besluit uiterlijk acht weken na ontvangst van de volledige aanvraag. Ouders ontvangen het besluit
    en de beide adviezen.""",
        """Een TLV voor het sbo wordt afgegeven tot het einde van de basisschoolperiode; een TLV voor
    het so voor een periode van één tot drie schooljaren, in categorie laag, midden of hoog.""")
    d.h2("6.2 Toetsingskader")
    d.p("""De TLC beoordeelt elke aanvraag aan de hand van het Toetsingskader toelaatbaarheid Hunzedal.
    Het toetsingskader wordt jaarlijks door de bestuurder vastgesteld en is te vinden op
    www.hunzedal-po.nl/toetsingskader.""")
    d.h2("6.3 Bezwaar")
    d.p("""Ouders die het niet eens zijn met een besluit van de TLC, kunnen binnen zes weken bezwaar maken
    bij het bestuur. Het bestuur vraagt advies aan de Landelijke Bezwaaradviescommissie
    Toelaatbaarheidsverklaringen en beslist daarna op het bezwaar.""")

    d.h1("7 Geld en middelen")
    d.p("""Hunzedal werkt met een schoolmodel: het grootste deel van de middelen gaat rechtstreeks naar de
    schoolbesturen, zodat de ondersteuning zo dicht mogelijk bij het kind kan worden georganiseerd.
    De bestuurder stelt jaarlijks vóór 1 december de verdeling voor het volgende kalenderjaar vast, na
    goedkeuring van de begroting door de raad van toezicht.""")
    d.ul("""Schoolbesturen ontvangen € 165 per leerling, op basis van het leerlingaantal op 1 oktober
    van het voorgaande jaar.""",
        """Kleine scholen met minder dan 100 leerlingen ontvangen een aanvullend bedrag van € 4.000 per
    school, omdat zij relatief meer kosten maken voor de basisondersteuning.""",
        """Expertisearrangementen en plaatsingsarrangementen worden centraal betaald uit het budget van
    het Expertisepunt en de Commissie Arrangementen.""",
        """Besturen leggen in hun jaarverslag verantwoording af over de inzet van de middelen, aan de
    hand van een vast format.""")
    d.p("Meerjarenbegroting (bedragen x € 1.000):")
    d.table(["", "2026", "2027", "2028", "2029"], [
        ["Rijksbijdrage ondersteuning", "10.910", "10.780", "10.640", "10.520"],
        ["Afdrachten so en sbo", "-5.820", "-5.790", "-5.760", "-5.730"],
        ["Middelen schoolbesturen", "1.640", "1.620", "1.600", "1.580"],
        ["Expertisepunt", "1.280", "1.290", "1.300", "1.310"],
        ["De Kompasroos en Denkhuis", "980", "990", "1.000", "1.010"],
        ["Bureau en TLC", "940", "950", "960", "970"],
        ["Overig (OPR, ouders, professionalisering)", "190", "190", "190", "190"],
        ["Saldo", "60", "-50", "-170", "-260"],
    ])
    d.p("""De negatieve saldi vanaf 2027 worden gedekt uit de reserve, die eind 2025 € 2,4 miljoen
    bedroeg. Aan het einde van de planperiode ligt de reserve rond de signaleringswaarde.""")

    d.h1("8 Resultaten en kwaliteitszorg")
    d.p("""Voor deze planperiode stellen we zes doelen. Bij elk doel hoort een indicator en een
    streefwaarde voor juli 2030.""")
    d.table(["Doel", "Indicator", "Streefwaarde 2030"], [
        ["Alle scholen bieden de basisondersteuning", "Aandeel scholen dat op alle tien standaarden voldoet", "100%"],
        ["Kinderen krijgen snel hulp", "Gemiddelde doorlooptijd expertisearrangement", "3 weken"],
        ["Kinderen gaan thuisnabij naar school", "Deelnamepercentage sbo + so", "maximaal 3,3%"],
        ["Ouders zijn tevreden", "Gemiddeld rapportcijfer ouderpeiling", "7,5"],
        ["Leraren voelen zich gesteund", "Aandeel leraren dat het Expertisepunt als nuttig beoordeelt", "80%"],
        ["Kinderen met een OPP ontwikkelen zich naar verwachting", "Aandeel OPP-leerlingen dat het uitstroomperspectief haalt", "85%"],
    ])
    d.p("""We volgen de doelen met de Monitor Passend Onderwijs Hunzedal. De monitor wordt twee keer per
    jaar, in februari en september, gevuld met gegevens uit Kindkans, DUO en de ouder- en
    lerarenpeiling. De bestuurder bespreekt de uitkomsten met de raad van toezicht en de
    ondersteuningsplanraad. In het jaarverslag rapporteren we per doel de bereikte waarde, wat we
    hebben gedaan en wat het heeft gekost. Eens per twee jaar laten we een externe audit uitvoeren.""")

    d.h1("9 Communicatie met ouders")
    d.p("""Ouders moeten kunnen weten wat de school en het samenwerkingsverband voor hun kind kunnen
    doen. Het samenwerkingsverband informeert ouders via de ouderpagina op de website, de folder
    'Passend onderwijs in Hunzedal' die scholen bij de inschrijving meegeven, en het Ouderloket,
    dat op dinsdag en donderdag telefonisch bereikbaar is. Scholen nemen in hun schoolgids een vaste
    tekst over de basisondersteuning en de arrangementen op.""",
        """Ouders die onafhankelijk advies willen, of die er met de school of het samenwerkingsverband
    niet uitkomen, kunnen terecht bij het OJSP Drenthe-Noord, het ouder- en jeugdsteunpunt dat wij
    samen met drie andere samenwerkingsverbanden financieren. Het steunpunt werkt onafhankelijk en
    begeleidt ouders zo nodig bij gesprekken. Voor bemiddeling kunnen ouders ook kosteloos een beroep
    doen op de Onderwijsconsulenten. Klachten over het samenwerkingsverband worden behandeld volgens
    de klachtenregeling; het samenwerkingsverband is aangesloten bij de landelijke klachtencommissie
    van Stichting Onderwijsgeschillen.""")
    f_opr_full(d, S, "acht", "9 april 2026")

    d.h1("10 Organisatie")
    f_personeel(d, S, "11,6")
    f_ict_privacy(d, S, "Kindkans")
    f_huisvesting_bureau(d, S, "Hunzemond")
    f_communicatie_scholen(d, S)

    d.h1("11 Samenwerking met de gemeenten")
    f_oogo_substantive(d, S, "Hunzemond, Veenkoloniën-Noord en Annerdijk", "19 februari 2026")
    f_vaststelling(d, S, "9 april 2026", "19 februari 2026", "21 april 2026", "24 april 2026")

    d.h1("Bijlage A Begrippenlijst")
    d.table(["Begrip", "Uitleg"], [
        ["Arrangement", "Afspraken over extra ondersteuning voor een kind, met inzet van middelen."],
        ["Basisondersteuning", "Wat elke school minimaal biedt."],
        ["Dekkend aanbod", "Voor elk kind is er een passende plek."],
        ["OJSP", "Ouder- en jeugdsteunpunt."],
        ["Terugplaatsing", "Een kind gaat van het sbo of so terug naar de basisschool."],
        ["Thuiszitter", "Een leerplichtig kind dat zonder geldige reden niet naar school gaat."],
        ["TLV", "Toelaatbaarheidsverklaring."],
        ["Zorgplicht", "De plicht van een schoolbestuur om een passende plek te bieden of te zoeken."],
    ])
    d.h1("Bijlage B Kengetallen")
    d.table(["Kengetal (1 oktober)", "2023", "2024", "2025"], [
        ["Leerlingen basisonderwijs", "9.310", "9.205", "9.120"],
        ["Leerlingen sbo", "171", "176", "180"],
        ["Leerlingen so", "152", "158", "160"],
        ["Aantal afgegeven TLV's", "94", "101", "97"],
        ["Aantal expertisearrangementen", "312", "338", "351"],
    ])
    return d


# ---------------------------------------------------------------------------
# Plan 4: VO, .pdf (rendered from .docx) -- Samenwerkingsverband VO IJsselvliet
# ---------------------------------------------------------------------------

def plan_ijsselvliet():
    d = Doc()
    S = "IJsselvliet"
    d.title("Ondersteuningsplan 2026-2030",
            "Samenwerkingsverband Voortgezet Onderwijs IJsselvliet (VO 23-06)",
            "Deel A: beleid en ondersteuningsstructuur",
            "Vastgesteld door het bestuur op 16 april 2026")
    d.toc()
    d.h1("Samenvatting: ons plan op één pagina")
    d.table(["Onderdeel", "In het kort"], [
        ["Basisondersteuning", "Elf standaarden, gelijk voor alle vestigingen (H5)."],
        ["Ondersteuningscontinuüm", "School, Het Vlot (OPDC), Rebound IJsselvliet, maatwerkklassen, vso (H6)."],
        ["Thuiszitters", "Doorbraakoverleg en regionale aanpak (H6.4)."],
        ["Toelaatbaarheid", "Criteria vso, pro en lwoo (H7); werkwijze in de Handleiding Toewijzing."],
        ["Terugplaatsing", "Terugkeerplan in het laatste TLV-jaar; begeleiding na terugkeer (H8)."],
        ["Kwaliteit", "Jaarlijkse kwaliteitscyclus en dashboard (H4)."],
        ["Financiën", "Zie het Financieel kader 2026-2030 (deel B)."],
    ])
    d.pb()

    d.h1("1 Inleiding en leeswijzer")
    f_voorwoord(d, "IJsselvliet", "drs. Femke Wolters", "directeur-bestuurder",
                klankbord="de mentoren en ondersteuningscoördinatoren die in de klankbordgroep hun ervaringen met ons deelden")
    d.p("""Het ondersteuningsplan van IJsselvliet bestaat uit twee delen. Dit deel A bevat het beleid en
    de ondersteuningsstructuur. Deel B, het Financieel kader 2026-2030, bevat de meerjarenbegroting en
    het verdeelmodel en wordt elk jaar door het bestuur geactualiseerd; het is als afzonderlijk
    document gepubliceerd.""")
    f_leeswijzer(d, S)

    d.h1("2 Terugblik en kengetallen")
    d.p("""IJsselvliet is het samenwerkingsverband voor voortgezet onderwijs in de gemeenten IJsselmonde-
    Oost, Vlietstad en Rijnwaarden-Zuid. Acht schoolbesturen met 21 vestigingen, drie scholen voor
    praktijkonderwijs en drie vso-scholen werken samen. In totaal gaan ruim 19.000 leerlingen naar
    school in ons gebied.""")
    d.table(["Kengetal (peildatum 1 oktober)", "2022", "2023", "2024", "2025"], [
        ["Deelnamepercentage vso", "3,9%", "3,8%", "3,9%", "4,0%"],
        ["Deelnamepercentage praktijkonderwijs", "2,9%", "3,0%", "3,0%", "3,1%"],
        ["Aantal leerlingen met lwoo-aanwijzing", "1.402", "1.388", "1.371", "1.365"],
        ["Thuiszitters langer dan 4 weken (peildatum 1 maart)", "31", "27", "24", "22"],
        ["Terugplaatsingen vso naar regulier", "18", "22", "19", "25"],
        ["Plaatsingen Het Vlot", "84", "91", "88", "95"],
    ])
    d.p("""Het deelnamepercentage vso ligt al jaren boven het landelijk gemiddelde. Het aantal
    thuiszitters daalt, maar minder snel dan we hadden gehoopt. Het aantal leerlingen dat na het vso
    terugkeert naar een reguliere school is gestegen, mede door de ambulante begeleiding na terugkeer
    die sinds 2023 standaard wordt ingezet.""")

    d.h1("3 Visie")
    d.p("""IJsselvliet staat voor onderwijs dat iedere jongere de kans geeft het beste uit zichzelf te
    halen. Wij geloven in de kracht van het reguliere onderwijs en in de deskundigheid van het
    speciaal onderwijs, en vooral in de samenwerking daartussen. Scholen zijn samen verantwoordelijk
    voor alle jongeren in de regio: geen school kan een leerling afwijzen zonder samen met de andere
    scholen te zoeken naar een passende plek.""",
        """Onze visie vertaalt zich in vier principes: zo thuisnabij als mogelijk, zo regulier als
    mogelijk, zo snel als nodig en zo licht als kan. Deze principes zijn richtinggevend voor alle
    besluiten die het samenwerkingsverband neemt, van het toekennen van een arrangement tot het
    inrichten van nieuwe voorzieningen.""",
        """Daarnaast vinden wij het belangrijk dat het samenwerkingsverband een lerende organisatie is.
    We evalueren wat we doen, we delen wat werkt en we durven te stoppen met wat niet werkt. Het
    bureau ondersteunt scholen daarbij met kennis, data en advies.""")

    d.h1("4 Kwaliteitszorg")
    d.p("""IJsselvliet werkt met een vaste kwaliteitscyclus. Elk najaar verzamelt het bureau de
    gegevens over deelname, thuiszitters, doorlooptijden, terugplaatsingen en de inzet van
    arrangementen in het dashboard Passend Onderwijs. In januari voert de directeur-bestuurder met
    elk schoolbestuur een kwaliteitsgesprek aan de hand van het dashboard en de zelfevaluatie van de
    scholen. In maart bespreekt het bestuur de trends, en in juni verschijnt het jaarverslag, waarin
    we over alle kengetallen rapporteren. Eens per vier jaar laten we het functioneren van het
    samenwerkingsverband extern evalueren; de laatste evaluatie vond plaats in 2025.""",
        """De externe evaluatie van 2025 liet zien dat de basis op orde is, maar dat de ambities van het
    vorige plan te algemeen waren om te kunnen zeggen of ze waren bereikt. De ambities voor de periode
    2026-2030 stellen we daarom pas vast nadat we in het najaar van 2026 samen met de besturen en de
    ondersteuningsplanraad een nieuwe set indicatoren hebben gekozen. Ze worden opgenomen in het
    jaarplan 2027.""")

    d.h1("5 Basisondersteuning")
    d.p("""Basisondersteuning is in IJsselvliet de ondersteuning die iedere vestiging van iedere aangesloten
    school minimaal biedt, binnen de eigen organisatie en met de eigen middelen. Het niveau is door alle
    besturen gezamenlijk vastgesteld en is voor alle vestigingen gelijk, van praktijkonderwijs tot
    gymnasium. Het is vastgelegd in elf standaarden.""")
    d.table(["Standaard", "Dit biedt elke vestiging"], [
        ["Ondersteuningscoördinator", "Een ondersteuningscoördinator met ten minste 0,4 fte per 500 leerlingen."],
        ["Mentoraat", "Een mentor voor elke leerling, met ten minste één individueel gesprek per periode."],
        ["Zorg- en adviesteam", "Een ZAT dat ten minste zes keer per jaar bijeenkomt."],
        ["Dyslexie en dyscalculie", "Faciliteiten zoals extra tijd, voorleessoftware en rekenkaart."],
        ["Faalangst en examenvrees", "Een training in kleine groepen, ten minste één keer per jaar."],
        ["Sociale veiligheid", "Een veiligheidsplan, een anti-pestcoördinator en een vertrouwenspersoon."],
        ["Executieve functies", "Begeleiding bij plannen en organiseren, bijvoorbeeld via huiswerkbegeleiding."],
        ["Medische ondersteuning", "Een protocol medicijngebruik en medisch handelen."],
        ["Time-out op school", "Een opvangruimte met toezicht, met een registratie van het gebruik."],
        ["Ontwikkelingsperspectief", "Een OPP voor elke leerling die extra ondersteuning ontvangt."],
        ["Doorgaande lijn", "Warme overdracht van PO naar VO en van VO naar mbo."],
    ])
    d.p("""Scholen beschrijven de basisondersteuning in hun schoolgids. Het bureau toetst elke twee jaar
    of de vestigingen aan de standaarden voldoen.""")

    d.h1("6 Ondersteuningscontinuüm")
    d.h2("6.1 Extra ondersteuning op school")
    d.p("""Leerlingen die meer nodig hebben dan de basisondersteuning, krijgen extra ondersteuning op de
    eigen school. Elke school bepaalt zelf welke arrangementen zij aanbiedt, bijvoorbeeld een
    trajectklas, een autismegroep of intensieve begeleiding door een gedragsspecialist. Scholen
    beschrijven dit aanbod in hun schoolgids.""")
    d.h2("6.2 Bovenschoolse voorzieningen")
    d.table(["Voorziening", "Voor wie", "Duur"], [
        ["Het Vlot (OPDC)", "Leerlingen vmbo en onderbouw havo die tijdelijk een kleine, gestructureerde setting nodig hebben", "6 tot 24 maanden"],
        ["Rebound IJsselvliet", "Leerlingen die na een incident of schorsing tijdelijk niet op hun school kunnen zijn", "maximaal 12 weken"],
        ["Maatwerkklassen", "Leerlingen met angstklachten of langdurig verzuim die stapsgewijs terugkeren naar school", "maximaal 1 jaar"],
        ["ISK De Brug", "Nieuwkomers die Nederlands leren", "1 tot 2 jaar"],
    ])
    d.h2("6.3 Speciaal onderwijs")
    d.p("""Voor leerlingen die intensieve, specialistische ondersteuning nodig hebben, zijn er drie
    vso-scholen in de regio: De Horizon (cluster 4), De Zwaluw (cluster 3) en het Mytylcollege
    Vlietstad (cluster 3, lichamelijk gehandicapte en langdurig zieke leerlingen). Daarnaast zijn er
    drie scholen voor praktijkonderwijs.""")
    d.h2("6.4 Thuiszitters en witte vlekken")
    d.p("""Elke leerling die langer dan vier weken verzuimt of geen passende plek heeft, wordt door de
    school gemeld bij het Meldpunt thuiszitters van IJsselvliet. Binnen vijf werkdagen neemt een
    trajectbegeleider contact op. Als de school, de leerplichtambtenaar en de trajectbegeleider samen
    binnen zes weken geen oplossing vinden, wordt de leerling besproken in het Doorbraakoverleg, waarin
    de directeur-bestuurder, de leerplichtambtenaar, de gemeente en de betrokken schoolbesturen
    binnen twee weken beslissen over een plek.""",
        """Tweemaal per jaar analyseert het bureau de meldingen. Ontbreekt er structureel aanbod voor
    een groep leerlingen, dan doet de directeur-bestuurder een voorstel aan het bestuur. In 2025 is
    op deze manier besloten tot de maatwerkklassen.""")
    d.h2("6.5 Samenwerking met gemeenten")
    f_oogo_substantive(d, S, "IJsselmonde-Oost, Vlietstad en Rijnwaarden-Zuid", "26 februari 2026",
                       wie="leerlingen en mentoren")

    d.h1("7 Toelaatbaarheid: vso, praktijkonderwijs en lwoo")
    d.p("""De werkwijze rond aanvragen, termijnen en deskundigenadvies is beschreven in de Handleiding
    Toewijzing 2026-2027. Deze handleiding wordt jaarlijks geactualiseerd en verschijnt als apart
    document. In dit hoofdstuk beschrijven we de criteria.""")
    d.h2("7.1 Criteria voor het vso")
    d.p("""Een leerling is toelaatbaar tot het vso als:""")
    d.ul("""de school de basisondersteuning en ten minste één arrangement op school of een bovenschoolse
    voorziening heeft ingezet en geëvalueerd, gedurende minimaal zes maanden, tenzij sprake is van
    een acute situatie;""",
        """de leerling een ondersteuningsbehoefte heeft op het gebied van leren, gedrag, sociaal-
    emotionele ontwikkeling of lichamelijke gezondheid die zo intensief is dat deze ook met een
    bovenschoolse voorziening niet in het reguliere onderwijs kan worden geboden;""",
        """de leerling voor cluster 3 een verstandelijke beperking (IQ onder 70), een lichamelijke
    beperking of een langdurige ziekte heeft die het volgen van regulier onderwijs ernstig
    belemmert;""",
        """de leerling voor cluster 4 ernstige gedrags- of psychiatrische problemen heeft, vastgesteld
    door een GZ-psycholoog of psychiater, die het functioneren op school ernstig belemmeren.""")
    d.p("""Een TLV wordt in de regel afgegeven voor twee schooljaren. Voor leerlingen met een
    structurele beperking kan de TLV tot het einde van de schoolloopbaan gelden. Bij elke TLV wordt de
    bekostigingscategorie laag, midden of hoog bepaald.""")
    d.h2("7.2 Praktijkonderwijs en lwoo")
    d.p("""Voor toelaatbaarheid tot het praktijkonderwijs en voor de aanwijzing lwoo hanteert IJsselvliet
    de landelijke criteria. Een leerling is toelaatbaar tot het praktijkonderwijs bij een IQ tussen 55
    en 80 en een leerachterstand van ten minste drie jaar op ten minste twee van de vier domeinen
    (inclusief begrijpend lezen of inzichtelijk rekenen). Voor lwoo gelden een IQ tussen 75 en 90 en
    een leerachterstand van anderhalf tot drie jaar op ten minste twee domeinen, of een IQ tussen 91
    en 120 met een leerachterstand in combinatie met sociaal-emotionele problematiek.""")

    d.h1("8 Terugplaatsing en overstap uit het vso")
    d.p("""IJsselvliet wil dat leerlingen in het vso, zodra dat verantwoord is, kunnen terugkeren naar
    het reguliere onderwijs of het praktijkonderwijs. Dat kan aan het einde van de TLV zijn, maar ook
    eerder. Terugkeer moet in het belang van de leerling zijn en de ontvangende school moet de
    ondersteuning kunnen bieden die in het OPP staat. Na de terugkeer krijgt de leerling een
    schooljaar lang ambulante begeleiding van een leraar van de vso-school, en de trajectbegeleider
    van IJsselvliet blijft in die periode het aanspreekpunt voor de ontvangende school.""")
    d.ul("""In het laatste jaar van de TLV bespreekt de vso-school in de OPP-evaluatie van oktober of
    terugkeer mogelijk is.""",
        """Als terugkeer mogelijk is, stelt de vso-school vóór 1 februari een terugkeerplan op en meldt
    zij de leerling bij de trajectbegeleider van IJsselvliet.""",
        """De trajectbegeleider zoekt samen met de vso-school een ontvangende school; de directeur van
    de ontvangende school beslist over de inschrijving.""",
        """Na drie en na zes maanden evalueren de vso-school, de ontvangende school en de
    trajectbegeleider de terugkeer.""",
        """Is terugkeer niet verantwoord, dan wordt tijdig een nieuwe TLV aangevraagd, volgens de
    Handleiding Toewijzing.""")

    d.h2("8.1 Aansluiting op mbo en arbeidsmarkt")
    d.p("""Voor veel leerlingen uit het vso en het praktijkonderwijs is de overstap naar werk of mbo de
    belangrijkste stap na school. IJsselvliet werkt daarom samen met de mbo-instellingen in de regio,
    het UWV en de werkgeversservicepunten van de gemeenten. In het regionale convenant 'Van school naar
    werk' zijn afspraken gemaakt over stages, over de warme overdracht naar het mbo en over de
    begeleiding van jongeren die na school geen werk vinden. Het samenwerkingsverband zit het
    regionale netwerkoverleg voor en organiseert elk voorjaar een banenmarkt voor leerlingen uit het
    vso en praktijkonderwijs.""",
        """Ook voor leerlingen uit het vmbo met extra ondersteuning is de overgang naar het mbo een
    kwetsbaar moment. Ondersteuningscoördinatoren van vmbo-scholen en loopbaanbegeleiders van het mbo
    hebben daarom elk jaar in april een overdrachtsmiddag, waar zij afspraken maken per leerling.""")

    d.h1("9 Organisatie en governance")
    f_governance(d, S, "model met een directeur-bestuurder en een raad van toezicht", "acht",
                 "De raad van toezicht heeft vijf leden en een auditcommissie.")
    f_opr_short(d, S, "2 april 2026")
    f_personeel(d, S, "21,0")
    f_ict_privacy(d, S, "Onderwijs Transparant")
    f_huisvesting_bureau(d, S, "Vlietstad")
    f_werkwijze_bureau(d, S)
    f_vaststelling(d, S, "2 april 2026", "26 februari 2026", "16 april 2026", "23 april 2026")

    d.h1("10 Financiën")
    d.p("""De financiële paragraaf van het ondersteuningsplan is ondergebracht in deel B, het Financieel
    kader 2026-2030. Daarin staan de meerjarenbegroting, het verdeelmodel en het beleid ten aanzien
    van reserves. Deel B wordt jaarlijks in december door het bestuur vastgesteld, na instemming van de
    ondersteuningsplanraad.""")

    d.h1("Bijlage Afkortingen")
    d.table(["Afkorting", "Betekenis"], [
        ["ISK", "Internationale schakelklas"],
        ["lwoo", "Leerwegondersteunend onderwijs"],
        ["OPDC", "Orthopedagogisch-didactisch centrum"],
        ["OPP", "Ontwikkelingsperspectief"],
        ["OJSP", "Ouder- en jeugdsteunpunt"],
        ["pro", "Praktijkonderwijs"],
        ["TLV", "Toelaatbaarheidsverklaring"],
        ["vso", "Voortgezet speciaal onderwijs"],
        ["ZAT", "Zorg- en adviesteam"],
    ])
    return d


# ---------------------------------------------------------------------------
# Plan 5: PO, .html (web version, "op hoofdlijnen") -- SWV PO Veenweide
# ---------------------------------------------------------------------------

def plan_veenweide():
    d = Doc()
    S = "Veenweide"
    d.title("Ondersteuningsplan 2026-2030 op hoofdlijnen",
            "Samenwerkingsverband Passend Onderwijs Veenweide PO (PO 26-05)",
            "Webversie, laatst bijgewerkt 30 april 2026")
    d.toc()
    d.h1("Ons plan in één oogopslag")
    d.table(["Onderwerp", "Onze koers", "Meer informatie"], [
        ["Ondersteuning op school", "Elke school biedt basisondersteuning en waar nodig extra ondersteuning.", "Pagina Basisondersteuning en pagina Ondersteuningsroute"],
        ["Toelaatbaarheid", "Voor sbo en so is een TLV nodig.", "Pagina Toelaatbaarheid"],
        ["Terugplaatsing", "Jaarlijkse bespreking in het laatste TLV-jaar.", "Hoofdstuk 6"],
        ["Geld", "Meerjarenbegroting met vier begrotingsjaren; nieuw verdeelmodel vanaf 2028.", "Hoofdstuk 7"],
        ["Ambities", "Vijf ambities met streefwaarden.", "Hoofdstuk 4"],
        ["Ouders", "Informatie en onafhankelijke steun via Ouderwijzer.", "Hoofdstuk 8"],
    ])

    d.h1("1 Voorwoord")
    f_voorwoord(d, "Veenweide", "Ineke Schouten", "directeur-bestuurder",
                extra="""Dit plan is bewust een plan op hoofdlijnen. De uitwerking van procedures en
                werkwijzen vindt u op de themapagina's van onze website, zodat we die actueel kunnen
                houden zonder het hele plan te hoeven wijzigen.""")

    d.h1("2 Ons samenwerkingsverband")
    d.p("""Veenweide is het samenwerkingsverband voor primair onderwijs in de gemeenten Veenweide-Zuid,
    Lopikerland en Kromme Waard. Zeven schoolbesturen zijn aangesloten, met samen 36 basisscholen,
    een school voor speciaal basisonderwijs en een school voor speciaal onderwijs cluster 4.
    Daarnaast gaan kinderen uit onze regio naar so-scholen in omliggende regio's. Op 1 oktober 2025
    telde het samenwerkingsverband 8.310 leerlingen.""",
        """De regio kent een mix van kleine dorpen en twee middelgrote kernen. Het aantal leerlingen is
    de afgelopen vijf jaar vrijwel gelijk gebleven, met een lichte groei in de kernen door
    nieuwbouwwijken en een daling in de dorpen. Meerdere besturen hebben plannen voor het samenvoegen
    van kleine scholen.""",
        """De zeven besturen verschillen in omvang en identiteit: er zijn openbare, protestants-
    christelijke, katholieke en algemeen bijzondere scholen. Die verscheidenheid zien wij als een
    kracht. De besturen hebben in 2024 een samenwerkingsovereenkomst gesloten waarin zij afspreken
    elkaar te informeren over plannen die gevolgen hebben voor andere scholen in de regio, zoals
    fusies, sluitingen en nieuwe concepten. De directeur-bestuurder van het samenwerkingsverband
    bespreekt deze plannen twee keer per jaar met de bestuurders.""")
    d.h2("2.1 Landelijke ontwikkelingen")
    d.p("""Dit plan verschijnt in een periode waarin er landelijk veel verandert. De Wet versterking
    positie ouders en leerlingen in het passend onderwijs regelt onder meer hoorrecht voor leerlingen
    en een ouder- en jeugdsteunpunt in elk samenwerkingsverband. Het kabinet heeft in 2025 een advies
    ontvangen over een landelijke norm voor basisondersteuning. Wij volgen deze ontwikkeling en passen
    onze afspraken aan zodra de norm wettelijk is verankerd. Ook de verbeteraanpak passend onderwijs,
    met onder meer aandacht voor de reserves van samenwerkingsverbanden, heeft invloed op onze
    keuzes.""")

    d.h1("3 Visie en missie")
    d.p("""Onze missie is dat ieder kind in Veenweide onderwijs krijgt waarin het zich veilig voelt, zich
    kan ontwikkelen en erbij hoort. Wij geloven dat kinderen het meest leren van en met elkaar, en
    dat verschillen tussen kinderen normaal zijn. Scholen, ouders en het samenwerkingsverband zijn
    daarbij partners die elkaar nodig hebben.""",
        """Onze visie rust op drie pijlers. De eerste pijler is vertrouwen: we gaan ervan uit dat
    scholen de professionaliteit hebben om zelf goede keuzes te maken, en we leggen verantwoording af
    aan elkaar over de resultaten. De tweede pijler is eenvoud: procedures moeten helder en kort zijn,
    zodat leraren hun tijd kunnen besteden aan de kinderen. De derde pijler is samenwerking: met
    ouders, met kinderen, met gemeenten en met de speciale scholen.""",
        """Deze pijlers zijn niet nieuw, maar we willen ze in deze planperiode beter zichtbaar maken.
    Dat betekent minder formulieren, meer gesprekken en meer aandacht voor wat werkt.""")

    d.h1("4 Ambities en resultaten")
    d.p("""Voor de planperiode 2026-2030 hebben we vijf ambities vastgesteld. Elke ambitie heeft een
    meetbare streefwaarde. In de kolom 'Stand 2025' staat de uitgangssituatie.""")
    d.table(["Ambitie", "Indicator", "Stand 2025", "Streefwaarde 2030"], [
        ["Kinderen gaan zo veel mogelijk naar een reguliere school", "Deelnamepercentage sbo en so (1 oktober)", "3,6%", "3,2%"],
        ["Ouders voelen zich gehoord", "Rapportcijfer ouderpeiling 'ik word betrokken bij de ondersteuning van mijn kind'", "6,9", "7,5"],
        ["Kinderen met een OPP halen hun perspectief", "Aandeel OPP-leerlingen dat het uitstroomperspectief haalt", "71%", "80%"],
        ["Kinderen met extra ondersteuning voelen zich veilig", "Aandeel leerlingen met een OPP dat zich veilig voelt op school (leerlingpeiling groep 6-8)", "82%", "90%"],
        ["Leraren voelen zich toegerust", "Aandeel leraren dat zich voldoende ondersteund voelt (lerarenpeiling)", "58%", "70%"],
    ])
    d.p("""We meten de voortgang met een jaarlijkse ouderpeiling en lerarenpeiling in maart, met de
    leerlinggegevens van DUO, met een leerlingpeiling in groep 6 tot en met 8 en met onze eigen
    registratie van OPP-evaluaties.
    De uitkomsten verzamelen we in het Veenweide-dashboard, dat het bureau elk jaar in mei bijwerkt.
    In juni bespreekt het bestuur de uitkomsten met de schooldirecteuren, en in september met de
    ondersteuningsplanraad. In het jaarverslag rapporteren we per ambitie de bereikte waarde en de
    kosten van de activiteiten die we ervoor hebben ingezet. Blijft een ambitie twee jaar achter, dan
    stelt het bestuur een verbeterplan op.""")

    d.h1("5 Ondersteuning voor kinderen")
    d.p("""Alle scholen in Veenweide bieden ondersteuning aan kinderen die dat nodig hebben. Wat elke
    school minimaal biedt, staat in het document Basisondersteuning Veenweide op de pagina
    Basisondersteuning van deze website. Wat een school daarnaast biedt, leest u in de schoolgids van
    de school.""",
        """Hoe een school extra ondersteuning regelt en welke voorzieningen er in de regio zijn, staat
    op de pagina Ondersteuningsroute. Voor plaatsing op het sbo of so is een toelaatbaarheidsverklaring
    nodig; de procedure, de criteria en de mogelijkheden voor bezwaar staan op de pagina
    Toelaatbaarheid.""",
        """Over thuiszitters en kinderen zonder passende plek maken we in 2026 nieuwe werkafspraken met
    de gemeenten en de leerplichtambtenaren. Die verschijnen op de pagina Thuiszitters zodra ze zijn
    vastgesteld.""")

    d.h1("6 Terugplaatsing")
    d.p("""Kinderen die met een TLV op het sbo of so zitten, worden elk jaar besproken. Voor
    terugplaatsing naar een basisschool geldt de volgende werkwijze.""")
    d.ul("""In het laatste schooljaar van de TLV bespreekt de sbo- of so-school in de OPP-evaluatie van
    november met de ouders of terugplaatsing naar een basisschool aan de orde is.""",
        """Is dat zo, dan meldt de directeur van de sbo- of so-school het kind vóór 1 maart bij het bureau
    van Veenweide.""",
        """Een consulent van het bureau organiseert binnen vier weken een overdrachtsgesprek met de
    ouders, de sbo- of so-school en de beoogde basisschool.""",
        """De directeur van de basisschool beslist over de inschrijving. Het kind start bij voorkeur na
    de zomervakantie.""",
        """Na zes weken en na een half jaar evalueren de basisschool, de ouders en de consulent hoe het
    gaat.""")
    d.p("""Welke uitgangspunten en voorwaarden wij bij terugplaatsing hanteren, en welke ondersteuning
    een basisschool na terugplaatsing kan krijgen, leggen we vast in het terugplaatsingsbeleid dat het
    bestuur in 2027 vaststelt.""")

    d.h1("7 Geld")
    d.p("""Veenweide ontvangt jaarlijks ongeveer € 9,8 miljoen aan rijksmiddelen voor ondersteuning.
    Een groot deel daarvan gaat via afdrachten naar het sbo en so. Het bestuur werkt in 2026 en 2027
    aan een nieuw verdeelmodel; dat model wordt na instemming van de ondersteuningsplanraad vanaf 1
    januari 2028 toegepast. De meerjarenbegroting hieronder laat zien waaraan we de middelen in de
    komende jaren besteden.""")
    d.table(["Bedragen in euro's", "2026", "2027", "2028", "2029"], [
        ["Baten ondersteuningsmiddelen", "9.820.000", "9.790.000", "9.760.000", "9.730.000"],
        ["Afdrachten sbo en so (DUO)", "5.310.000", "5.280.000", "5.250.000", "5.220.000"],
        ["Middelen naar schoolbesturen", "2.460.000", "2.450.000", "2.440.000", "2.430.000"],
        ["Expertiseteam Veenweide", "930.000", "950.000", "970.000", "990.000"],
        ["Bureau, commissies en deskundigen", "870.000", "880.000", "890.000", "900.000"],
        ["Ouderwijzer (ouder- en jeugdsteunpunt)", "70.000", "72.000", "74.000", "76.000"],
        ["Professionalisering en innovatie", "260.000", "260.000", "240.000", "220.000"],
        ["Saldo", "-80.000", "-102.000", "-104.000", "-106.000"],
    ])
    d.p("""De begrote tekorten worden gedekt uit de algemene reserve, die eind 2025 € 1,4 miljoen bedroeg.
    Daarmee daalt de reserve tot onder de signaleringswaarde die de inspectie hanteert.""")

    d.h1("8 Communicatie met ouders")
    d.p("""Veenweide wil dat ouders weten welke ondersteuning er is en waar zij terechtkunnen. Op de
    ouderpagina van de website staat in begrijpelijke taal uitgelegd hoe ondersteuning op school
    werkt, welke voorzieningen er zijn en hoe het sbo en so werken; de teksten zijn ook beschikbaar in
    het Engels, Turks en Oekraïens. Elke school geeft nieuwe ouders de folder 'Passend onderwijs in
    Veenweide'. Drie keer per jaar verschijnt een digitale nieuwsbrief voor ouders, en in het najaar
    organiseren we in elke gemeente een informatiebijeenkomst.""",
        """Ouders die vragen hebben, twijfelen of het niet eens zijn met de school, kunnen terecht bij
    Ouderwijzer, het onafhankelijke ouder- en jeugdsteunpunt van Veenweide. Ouderwijzer is
    ondergebracht bij de stichting MEE en werkt los van de scholen en het samenwerkingsverband. Ouders
    kunnen ook contact opnemen met de Onderwijsconsulenten. Over een geschil over toelating,
    verwijdering of het ontwikkelingsperspectief kunnen ouders een oordeel vragen aan de
    Geschillencommissie Passend Onderwijs.""")

    d.h1("9 Organisatie")
    d.h2("9.1 Bestuur en toezicht")
    f_governance(d, S, "raad van toezicht-model", "zeven",
                 "Het intern toezicht is belegd bij een raad van toezicht van vier leden.")
    d.h2("9.2 Ondersteuningsplanraad")
    f_opr_full(d, S, "acht", "16 april 2026")
    d.h2("9.3 Overleg met gemeenten")
    f_oogo_procedural(d, S, "Veenweide-Zuid, Lopikerland en Kromme Waard", "12 maart 2026")
    d.h2("9.4 Personeel en bureau")
    f_personeel(d, S, "9,8")
    f_huisvesting_bureau(d, S, "Kromme Waard")
    d.h2("9.5 ICT en privacy")
    f_ict_privacy(d, S, "Zorgvuldig Dossier")
    d.h2("9.6 Professionalisering")
    f_professionalisering(d, S)
    d.h2("9.7 Werkwijze en communicatie met scholen")
    f_werkwijze_bureau(d, S)
    f_communicatie_scholen(d, S)

    d.h1("10 Planning en vaststelling")
    d.table(["Wanneer", "Wat"], [
        ["2026", "Nieuwe werkafspraken thuiszitters; start ontwikkeling verdeelmodel"],
        ["2027", "Terugplaatsingsbeleid vastgesteld; verdeelmodel ter instemming naar OPR"],
        ["1 januari 2028", "Nieuw verdeelmodel van kracht"],
        ["2028-2029", "Tussenevaluatie ambities"],
        ["2029-2030", "Voorbereiding nieuw plan"],
    ])
    f_vaststelling(d, S, "16 april 2026", "12 maart 2026", "23 april 2026", "28 april 2026")

    d.h1("Begrippenlijst")
    d.table(["Begrip", "Uitleg"], [
        ["Basisondersteuning", "Het door de besturen van het samenwerkingsverband afgesproken niveau van ondersteuning dat alle scholen bieden, zoals handelingsgericht werken, een dyslexieprotocol en een intern begeleider."],
        ["Dekkend aanbod", "Het geheel van voorzieningen binnen en tussen scholen, zodat elk kind een passende plek heeft."],
        ["Onderwijsconsulenten", "Onafhankelijke adviseurs voor ouders en scholen bij vastgelopen situaties."],
        ["OPP", "Ontwikkelingsperspectiefplan."],
        ["TLV", "Toelaatbaarheidsverklaring, nodig voor het sbo en so; wordt afgegeven na advies van twee deskundigen."],
        ["Verdeelmodel", "De verdeling van middelen over de scholen, bijvoorbeeld een bedrag per leerling."],
        ["Zorgplicht", "De plicht van een schoolbestuur om voor een aangemeld kind een passende plek te zoeken."],
    ])
    return d


# ---------------------------------------------------------------------------
# Near-miss: a school's schoolondersteuningsprofiel (SOP), .pdf from .docx
# ---------------------------------------------------------------------------

def sop_wilgenhoek():
    d = Doc()
    d.title("Schoolondersteuningsprofiel 2025-2026",
            "Openbare basisschool De Wilgenhoek, Lingewaard-Zuid",
            "Aangesloten bij Samenwerkingsverband Passend Primair Onderwijs Lingeland (PO 27-14)",
            "Vastgesteld door de directie na advies van de medezeggenschapsraad, 30 september 2025")
    d.toc()
    d.h1("1 Inleiding")
    d.p("""Elke school stelt ten minste eens per vier jaar een schoolondersteuningsprofiel (SOP) op. Daarin
    beschrijft de school welke ondersteuning zij biedt aan leerlingen die dat nodig hebben. Dit profiel
    is het profiel van obs De Wilgenhoek. Het is geschreven voor ouders, voor ons team en voor het
    samenwerkingsverband Lingeland, dat de profielen van alle scholen gebruikt voor zijn
    ondersteuningsplan. De medezeggenschapsraad van onze school heeft over dit profiel advies
    uitgebracht.""",
        """Vanaf het schooljaar 2026-2027 nemen we de inhoud van dit profiel op in onze schoolgids. Tot
    die tijd vindt u het als apart document op onze website en bij de intern begeleider.""")

    d.h1("2 Onze school")
    d.p("""De Wilgenhoek is een openbare basisschool in de wijk Wilgenrijk, met 246 leerlingen in tien
    groepen. Het team bestaat uit 19 leraren, twee onderwijsassistenten, een intern begeleider (0,6
    fte), een vakleerkracht gym en een conciërge. Onze school valt onder het bestuur van Stichting
    Openbaar Onderwijs Lingewaard. Ongeveer een vijfde van onze leerlingen spreekt thuis een andere
    taal dan Nederlands.""",
        """Onze missie is 'samen groeien': elk kind ontwikkelt zich op zijn eigen manier en in zijn eigen
    tempo, in een veilige omgeving waar verschillen gewaardeerd worden. We werken met een
    schoolbrede aanpak voor positief gedrag en we besteden veel aandacht aan taal.""")

    d.h1("3 Basisondersteuning op De Wilgenhoek")
    d.p("""Alle scholen van samenwerkingsverband Lingeland bieden basisondersteuning volgens de twaalf
    standaarden die het samenwerkingsverband heeft afgesproken. Hieronder beschrijven we hoe wij daar
    op onze school invulling aan geven.""")
    d.table(["Standaard Lingeland", "Zo doen wij dat op De Wilgenhoek"], [
        ["Intern begeleider", "Onze IB'er werkt drie dagen per week (0,6 fte)."],
        ["Ondersteuningsteam", "Het OT komt acht keer per jaar bijeen, met de consulent van Lingeland en de jeugdprofessional van de gemeente."],
        ["Dyslexie", "We werken met het protocol leesproblemen en dyslexie; extra leestijd in groep 3 tot en met 5."],
        ["Gedrag", "Schoolbrede aanpak positief gedrag (PBS) en de methode Kwink."],
        ["Meer- en hoogbegaafdheid", "Verrijkingsgroep op woensdag voor groep 5 tot en met 8."],
        ["Taal en NT2", "Woordenschatgroep voor kleuters en een taalcoach twee ochtenden per week."],
        ["Medisch handelen", "Protocol medicijnverstrekking; drie teamleden hebben een BHV-diploma."],
    ])

    d.h1("4 Extra ondersteuning op onze school")
    d.p("""Soms heeft een kind meer nodig dan de basisondersteuning. Met het schoolbudget van het
    samenwerkingsverband bieden wij dan een schoolarrangement. Op dit moment hebben wij een
    onderwijsassistent die twee dagen per week kleine groepjes begeleidt bij rekenen en lezen, en een
    rustplek naast groep 6 waar kinderen met prikkelgevoeligheid even kunnen werken. Voor kinderen
    met een arrangement stellen we een ontwikkelingsperspectief op, dat we met de ouders bespreken.""",
        """Als ook een schoolarrangement niet genoeg is, kan onze intern begeleider via het Loket
    Lingeland een bovenschoolse voorziening aanvragen, zoals de Lingeklas of de Plusklas. Ook kunnen
    we ambulante begeleiding inschakelen.""")

    d.h1("5 De grenzen van onze ondersteuning")
    d.p("""Wij willen zo veel mogelijk kinderen uit de wijk een plek bieden. Toch zijn er grenzen. Ons
    gebouw heeft geen lift, waardoor kinderen in een rolstoel de bovenverdieping niet kunnen bereiken.
    Kinderen die voortdurend één-op-één begeleiding nodig hebben, of die door hun gedrag de
    veiligheid van zichzelf of anderen ernstig in gevaar brengen, kunnen wij niet altijd de
    ondersteuning bieden die zij nodig hebben. In dat geval zoeken wij samen met de ouders en het
    samenwerkingsverband naar een plek die beter past. Dat is onze zorgplicht.""")

    d.h1("6 Aanvraag van een toelaatbaarheidsverklaring")
    d.p("""Als een kind is aangewezen op het speciaal basisonderwijs of het speciaal onderwijs, vraagt ons
    schoolbestuur een toelaatbaarheidsverklaring aan bij de Commissie Toelaatbaarheid van het
    samenwerkingsverband. De intern begeleider stelt het groeidocument op en bespreekt dat met de
    ouders. Hoe de commissie werkt en welke criteria zij hanteert, staat in het ondersteuningsplan
    van het samenwerkingsverband. In het schooljaar 2024-2025 zijn voor twee leerlingen van onze
    school toelaatbaarheidsverklaringen afgegeven.""",
        """Wij vinden het belangrijk dat kinderen die op het sbo of so zitten, ook weer welkom zijn op
    onze school als dat kan. In het afgelopen jaar is één leerling vanuit sbo De Boog bij ons
    teruggekomen in groep 7.""")

    d.h1("7 Ouders")
    d.p("""Ouders kennen hun kind het best. Wij betrekken ouders bij elk gesprek over de ondersteuning van
    hun kind, en bij het opstellen en evalueren van het ontwikkelingsperspectief. Ouders kunnen met
    vragen over ondersteuning altijd terecht bij de leerkracht of de intern begeleider. Voor
    onafhankelijk advies kunnen ouders contact opnemen met het Steunpunt Ouders Lingeland of met de
    Onderwijsconsulenten. Klachten behandelen wij volgens de klachtenregeling in de schoolgids.""")

    d.h1("8 Ambities van onze school")
    d.p("""In de komende twee jaar willen wij onze ondersteuning verder verbeteren. Onze ambities zijn:""")
    d.ul("""Alle leraren zijn in juli 2027 geschoold in het werken met de aanpak positief gedrag.""",
        """De rustplek wordt uitgebreid tot een prikkelarme werkruimte voor twee groepen.""",
        """Wij verbeteren de samenwerking met de voorschool in de wijk, zodat kinderen met een
    taalachterstand eerder worden gesignaleerd.""",
        """Wij onderzoeken samen met de andere openbare scholen in de wijk of een gezamenlijke
    plusklas haalbaar is.""")
    d.p("""Deze ambities nemen we op in ons schoolplan en ons jaarplan. De medezeggenschapsraad wordt
    jaarlijks geïnformeerd over de voortgang.""")

    d.h1("9 Contact")
    d.p("""Obs De Wilgenhoek, Wilgenlaan 14, Lingewaard-Zuid. Directeur: Thijs van der Meer. Intern
    begeleider: Sanne Kuipers. Voor informatie over het samenwerkingsverband Lingeland verwijzen wij
    naar de website van het samenwerkingsverband.""")
    return d


# ---------------------------------------------------------------------------
# labels (hand-written; see the notes for the reasoning per element)
# ---------------------------------------------------------------------------

LABELS = {}

LABELS["po-lingeland-ondersteuningsplan-2026-2030"] = """\
documents: [po-lingeland-ondersteuningsplan-2026-2030.docx]
sector: po
looks_like_plan: true
elements: {basisondersteuning: present, plaatsing: present, terugstroom: partial, financien: present, dekkend-aanbod: present, resultaten: partial, ouders: present}
criteria:
  basisondersteuning.niveau: true
  basisondersteuning.inhoud: true
  plaatsing.procedure: true
  plaatsing.criteria: true
  terugstroom.procedure: false
  terugstroom.beleid: true
  financien.verdeling: true
  financien.besteding: true
  dekkend-aanbod.continuum: true
  dekkend-aanbod.lacunes: true
  resultaten.doelen: true
  resultaten.monitoring: false
  ouders.informatie: true
  ouders.steunpunt: true
advisory_addressed:
  basisondersteuning: [borging]
  plaatsing: [deskundigen, duur-categorie, bezwaar]
  financien: [reserves, verantwoording]
  dekkend-aanbod: [ketenpartners]
  resultaten: [meetbaar]
  ouders: [betrokkenheid]
notes:
  basisondersteuning: "H4 defines the level as a floor for all 41 schools and every vestiging; content summarised in H4 and fully in the included Bijlage 1 table (12 standaarden); borging in 4.1 (kwaliteitskaart, verbeterplan)."
  plaatsing: "H6 Toelaatbaarheid: numbered steps 6.1 (bestuur applies, CvT decides within 6 weeks), criteria sbo and so in 6.2, two deskundigen 6.3, duur/categorie 6.4, bezwaar via LBT 6.5."
  terugstroom: "Only inside the TLV chapter (6.6): policy (thuisnabij, condition, terugplaatsingsarrangement, ambulante begeleiding) is there, but the stappenplan (who initiates, evaluation moments) is deferred to 2026-2027; the summary row and planning table only repeat this."
  financien: "Under 'Geld en middelen' (H10): verdeelmodel with EUR 142 per leerling + vaste voet, bovenschools budget via Loket; amounts per post only in the included Bijlage 2 meerjarenbegroting table; reserves in 10.2."
  dekkend-aanbod: "H5 table of four niveaus with named voorzieningen; 5.1 thuiszitterstafel with terms and escalation plus yearly witte-vlekken analysis with measures; 5.2 OOGO/jeugdhulp."
  resultaten: "H8 has five ambities with streefwaarden 2030, but how progress is measured and reported is deferred to a kwaliteitskader 'in de loop van 2026-2027'."
  ouders: "Ouders sit in H7 'Communicatie': 7.1 ouderpagina, brochure in four languages, schoolgids text, informatieavonden; 7.2 Steunpunt Ouders Lingeland (OJSP), Onderwijsconsulenten, Geschillencommissie."
"""

LABELS["vo-kempenduin-ondersteuningsplan-2026-2030"] = """\
documents: [vo-kempenduin-ondersteuningsplan-2026-2030.docx]
sector: vo
looks_like_plan: true
elements: {basisondersteuning: partial, plaatsing: present, terugstroom: present, financien: partial, dekkend-aanbod: present, resultaten: missing, ouders: partial}
criteria:
  basisondersteuning.niveau: true
  basisondersteuning.inhoud: false
  plaatsing.procedure: true
  plaatsing.criteria: true
  terugstroom.procedure: true
  terugstroom.beleid: true
  financien.verdeling: true
  financien.besteding: false
  dekkend-aanbod.continuum: true
  dekkend-aanbod.lacunes: true
  resultaten.doelen: false
  resultaten.monitoring: false
  ouders.informatie: true
  ouders.steunpunt: false
advisory_addressed:
  plaatsing: [deskundigen, duur-categorie]
  dekkend-aanbod: [ketenpartners]
  ouders: [betrokkenheid]
notes:
  basisondersteuning: "4.1 states the level is agreed by all boards and binding for every vestiging, but the concrete content is only in the 'Kaart Basisondersteuning VO' on the website (not part of the input)."
  plaatsing: "H6: CTK; 6.1 procedure (bevoegd gezag applies, dossier, two deskundigen, decision within 6 weeks), 6.2 criteria vso cluster 3/4, 6.3 duur/categorie, 6.4 lwoo/pro procedure with national criteria. No bezwaar route."
  terugstroom: "Hidden in the TLV chapter as 6.5 'Terugkeer uit het vso en overstap': policy and conditions plus Overstaparrangement, and steps (overstapgesprek voor 1 februari, new TLV voor 1 april, evaluations after 3 and 6 months)."
  financien: "H10 gives the verdeelregels table (EUR 118 per leerling + vaste voet, arrangementen via CTK), but the meerjarenbegroting is explicitly 'geen deel van dit ondersteuningsplan'; no amounts of spending."
  dekkend-aanbod: "4.2-4.4 continuum (school, OPDC De Brug, Op de Rails, Schakeljaar, vso/pro); H5 Regionale tafel passende plek, regisseur, zorgplicht, yearly gap analysis; H8 OOGO agenda."
  resultaten: "No intended or achieved results: H11 'Kwaliteitszorg' only defers results and monitoring to a kwaliteitskader in 2026-2027; the visie and 'ontwikkelthema's' are not results; kengetallen are only pupil counts."
  ouders: "H7: website, ouderavonden, folder, schoolgids (informatie) and hoorrecht; the ouder- en jeugdsteunpunt is deferred ('in de loop van 2026') and questions are sent back to the school - no independent help, no klachten/geschillen route."
"""

LABELS["po-hunzedal-ondersteuningsplan-2026-2030"] = """\
documents: [po-hunzedal-ondersteuningsplan-2026-2030.docx, po-hunzedal-ondersteuningsplan-2026-2030.pdf]
sector: po
looks_like_plan: true
elements: {basisondersteuning: present, plaatsing: partial, terugstroom: missing, financien: present, dekkend-aanbod: partial, resultaten: present, ouders: present}
criteria:
  basisondersteuning.niveau: true
  basisondersteuning.inhoud: true
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
  ouders.informatie: true
  ouders.steunpunt: true
advisory_addressed:
  basisondersteuning: [borging]
  plaatsing: [deskundigen, duur-categorie, bezwaar]
  financien: [reserves, verantwoording]
  dekkend-aanbod: [ketenpartners]
  resultaten: [meetbaar]
  ouders: [betrokkenheid]
notes:
  basisondersteuning: "H4: level for all schools and locations, ten standaarden as a bullet list with concrete norms; yearly self-evaluation and consultant visit (borging)."
  plaatsing: "H6.1 gives the procedure (Kindkans, TLC every two weeks, two separate deskundigen, decision within 8 weeks), duur/categorie and 6.3 bezwaar; the criteria are only 'het Toetsingskader' on the website (6.2)."
  terugstroom: "Nothing: 'terugplaatsing' occurs only in Bijlage A Begrippenlijst; no return procedure, policy or figures anywhere."
  financien: "H7 'Geld en middelen': schoolmodel EUR 165 per leerling, kleine-scholentoeslag, central arrangement budgets, decision before 1 December; meerjarenbegroting table with amounts; reserve; verantwoording in jaarverslag."
  dekkend-aanbod: "H5 arrangement table and the s(b)o schools form the continuum, but finding and handling gaps is deferred ('inventarisatie ... in het eerste planjaar; uitkomsten volgen in de voortgangsparagraaf 2027'); thuiszitter/zorgplicht only in the glossary. OOGO in H11."
  resultaten: "H2 terugblik with achieved figures; H8 six doelen with indicator and streefwaarde; monitoring via Monitor Passend Onderwijs (February/September), jaarverslag per doel, audit."
  ouders: "H9 'Communicatie met ouders': ouderpagina, folder, Ouderloket, schoolgids text; OJSP Drenthe-Noord, Onderwijsconsulenten, klachtenregeling."
"""

LABELS["vo-ijsselvliet-ondersteuningsplan-2026-2030"] = """\
documents: [vo-ijsselvliet-ondersteuningsplan-2026-2030.pdf]
sector: vo
looks_like_plan: true
elements: {basisondersteuning: present, plaatsing: partial, terugstroom: present, financien: missing, dekkend-aanbod: present, resultaten: partial, ouders: missing}
criteria:
  basisondersteuning.niveau: true
  basisondersteuning.inhoud: true
  plaatsing.procedure: false
  plaatsing.criteria: true
  terugstroom.procedure: true
  terugstroom.beleid: true
  financien.verdeling: false
  financien.besteding: false
  dekkend-aanbod.continuum: true
  dekkend-aanbod.lacunes: true
  resultaten.doelen: false
  resultaten.monitoring: true
  ouders.informatie: false
  ouders.steunpunt: false
advisory_addressed:
  basisondersteuning: [borging]
  plaatsing: [duur-categorie]
  terugstroom: [monitoring]
  dekkend-aanbod: [ketenpartners]
  resultaten: [meetbaar]
notes:
  basisondersteuning: "H5: one level for every vestiging, eleven standaarden in a table with concrete norms; bureau checks every two years."
  plaatsing: "H7 lists criteria for vso (7.1) and pro/lwoo (7.2) plus duur/categorie, but the procedure (aanvraag, termijnen, deskundigen) is only in the separate 'Handleiding Toewijzing 2026-2027', not included."
  terugstroom: "H8: policy (as soon as verantwoord, conditions, ambulante begeleiding for a year) and numbered steps (OPP-evaluatie in October, terugkeerplan before 1 February, evaluations after 3 and 6 months); figures in H2."
  financien: "Nothing in the input: H10 'Financien' and the leeswijzer only refer to deel B 'Financieel kader 2026-2030', a separate document with begroting, verdeelmodel and reserves."
  dekkend-aanbod: "H6: school arrangements, bovenschools table (Het Vlot, Rebound, maatwerkklassen, ISK), vso; 6.4 Meldpunt thuiszitters, Doorbraakoverleg with terms, twice-yearly analysis; 6.5 OOGO."
  resultaten: "H4 'Kwaliteitszorg' describes the monitoring cycle (dashboard, kwaliteitsgesprekken, jaarverslag, external evaluation) and H2 reports figures, but the ambities 2026-2030 are deferred to the jaarplan 2027."
  ouders: "No chapter or passage on informing parents or independent support; 'ouders' occurs only in passing (voorwoord, leeswijzer) and OJSP only in the afkortingenlijst. The vertrouwenspersoon in the basisondersteuning table is a school provision for pupils."
"""

LABELS["po-veenweide-ondersteuningsplan-2026-2030"] = """\
documents: [po-veenweide-ondersteuningsplan-2026-2030.html]
sector: po
looks_like_plan: true
elements: {basisondersteuning: missing, plaatsing: missing, terugstroom: partial, financien: partial, dekkend-aanbod: missing, resultaten: present, ouders: present}
criteria:
  basisondersteuning.niveau: false
  basisondersteuning.inhoud: false
  plaatsing.procedure: false
  plaatsing.criteria: false
  terugstroom.procedure: true
  terugstroom.beleid: false
  financien.verdeling: false
  financien.besteding: true
  dekkend-aanbod.continuum: false
  dekkend-aanbod.lacunes: false
  resultaten.doelen: true
  resultaten.monitoring: true
  ouders.informatie: true
  ouders.steunpunt: true
advisory_addressed:
  financien: [reserves]
  resultaten: [meetbaar]
  ouders: [betrokkenheid]
notes:
  basisondersteuning: "Web plan 'op hoofdlijnen': H5 only points to the document on the 'pagina Basisondersteuning' (not part of the input); the concrete description exists only in the Begrippenlijst; 2.1 mentions the landelijke norm in passing."
  plaatsing: "H5 refers procedure, criteria and bezwaar to the 'pagina Toelaatbaarheid'; the two deskundigen appear only in the Begrippenlijst."
  terugstroom: "H6 gives the steps (OPP-evaluatie in November of the last TLV year, melding before 1 March, overdrachtsgesprek within 4 weeks, decision by receiving school, evaluations), but uitgangspunten, voorwaarden and support after return are deferred to the terugplaatsingsbeleid of 2027."
  financien: "H7 'Geld' has a meerjarenbegroting table with amounts and reserves, but the verdeelmodel is being developed and applies only from 2028; no allocation rules in the text."
  dekkend-aanbod: "H5 refers the ondersteuningsroute and voorzieningen to a web page and defers thuiszitter agreements ('verschijnen op de pagina Thuiszitters zodra ze zijn vastgesteld'); OOGO in 9.3 is procedural only; dekkend aanbod/zorgplicht only in the glossary."
  resultaten: "H4: five ambities with indicator, stand 2025 and streefwaarde 2030, plus measurement (peilingen, DUO, dashboard), reporting moments and verbeterplan."
  ouders: "H8 'Communicatie met ouders': ouderpagina in four languages, folder, nieuwsbrief, bijeenkomsten; Ouderwijzer (independent OJSP at MEE), Onderwijsconsulenten, Geschillencommissie."
"""

LABELS["po-wilgenhoek-schoolondersteuningsprofiel-2025-2026"] = """\
documents: [po-wilgenhoek-schoolondersteuningsprofiel-2025-2026.pdf]
sector: po
looks_like_plan: false
elements: {}
criteria: {}
notes:
  document: "Schoolondersteuningsprofiel of a single basisschool (obs De Wilgenhoek) adopted by the school director after MR advice; it describes the school's own basis- and extra ondersteuning, its limits and how its board requests a TLV, and refers to the samenwerkingsverband's ondersteuningsplan. Not a plan of a samenwerkingsverband."
"""


# ---------------------------------------------------------------------------

def main():
    OUT.mkdir(parents=True, exist_ok=True)
    counts = {}

    def hf(title):
        return title, "Ondersteuningsplan 2026-2030 | " + title

    # 1 Lingeland: docx
    d = plan_lingeland()
    name = "po-lingeland-ondersteuningsplan-2026-2030"
    write_docx(d.b, OUT / (name + ".docx"), "Ondersteuningsplan 2026-2030 - SWV PPO Lingeland",
               "Samenwerkingsverband Passend Primair Onderwijs Lingeland")
    counts[name] = word_count(d.b)

    # 2 Kempenduin: docx
    d = plan_kempenduin()
    name = "vo-kempenduin-ondersteuningsplan-2026-2030"
    write_docx(d.b, OUT / (name + ".docx"), "Kempenduin | Ondersteuningsplan 2026-2030",
               "Samenwerkingsverband VO Kempenduin - versie april 2026")
    counts[name] = word_count(d.b)

    # 3 Hunzedal: docx + pdf
    d = plan_hunzedal()
    name = "po-hunzedal-ondersteuningsplan-2026-2030"
    write_docx(d.b, OUT / (name + ".docx"), "Ondersteuningsplan Hunzedal PO 2026-2030",
               "Dichtbij waar het kan, speciaal waar het moet")
    docx_to_pdf(OUT / (name + ".docx"), OUT / (name + ".pdf"))
    counts[name] = word_count(d.b)

    # 4 IJsselvliet: pdf only (docx is an intermediate in a private temp dir)
    d = plan_ijsselvliet()
    name = "vo-ijsselvliet-ondersteuningsplan-2026-2030"
    tmp = Path(tempfile.mkdtemp(prefix="holdout103_docx_"))
    try:
        write_docx(d.b, tmp / (name + ".docx"), "IJsselvliet - Ondersteuningsplan 2026-2030 - Deel A",
                   "SWV VO IJsselvliet")
        docx_to_pdf(tmp / (name + ".docx"), OUT / (name + ".pdf"))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    counts[name] = word_count(d.b)

    # 5 Veenweide: html
    d = plan_veenweide()
    name = "po-veenweide-ondersteuningsplan-2026-2030"
    write_html(d.b, OUT / (name + ".html"), "Ondersteuningsplan 2026-2030 - SWV Passend Onderwijs Veenweide PO")
    counts[name] = word_count(d.b)

    # 6 near-miss: school SOP, pdf only
    d = sop_wilgenhoek()
    name = "po-wilgenhoek-schoolondersteuningsprofiel-2025-2026"
    tmp = Path(tempfile.mkdtemp(prefix="holdout103_docx_"))
    try:
        write_docx(d.b, tmp / (name + ".docx"), "Schoolondersteuningsprofiel obs De Wilgenhoek",
                   "obs De Wilgenhoek - schooljaar 2025-2026")
        docx_to_pdf(tmp / (name + ".docx"), OUT / (name + ".pdf"))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    counts[name] = word_count(d.b)

    for name, text in LABELS.items():
        (OUT / (name + ".expected.yaml")).write_text(text, encoding="utf-8")

    for name, n in counts.items():
        print("%-55s %5d words" % (name, n))


if __name__ == "__main__":
    sys.exit(main())
