#!/usr/bin/env python3
"""Generate the holdout123 test set: five fictional ondersteuningsplannen of
samenwerkingsverbanden passend onderwijs (PO and VO) in different formats, plus one
near-miss document (a school-level 'ondersteuningsplan'), with expected labels.

Deterministic, no network. Output goes to the folder above this script's folder.
PDFs are rendered from .docx with LibreOffice (soffice --headless).
"""
import datetime
import html
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

import yaml
from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

OUT = Path(__file__).resolve().parent.parent
FIXED_DATE = datetime.datetime(2025, 4, 1, 9, 0, 0)

# ---------------------------------------------------------------------------
# Block model: ("h1", text) ("h2", text) ("p", text) ("ul", [..]) ("ol", [..])
# ("table", [[header..], [row..], ..]) ("toc", [lines]) ("pagebreak",)
# ---------------------------------------------------------------------------


def H1(t):
    return ("h1", t)


def H2(t):
    return ("h2", t)


def P(t):
    return ("p", " ".join(t.split()))


def UL(items):
    return ("ul", [" ".join(i.split()) for i in items])


def OL(items):
    return ("ol", [" ".join(i.split()) for i in items])


def TBL(rows):
    return ("table", rows)


def TOC(lines):
    return ("toc", lines)


def BREAK():
    return ("pagebreak",)


def word_count(blocks):
    n = 0
    for b in blocks:
        if b[0] in ("h1", "h2", "p"):
            n += len(b[1].split())
        elif b[0] in ("ul", "ol", "toc"):
            n += sum(len(i.split()) for i in b[1])
        elif b[0] == "table":
            n += sum(len(str(c).split()) for r in b[1] for c in r)
    return n


# ---------------------------------------------------------------------------
# Generic filler modules (element-neutral by design; variants where needed)
# ---------------------------------------------------------------------------


def voorwoord(c):
    return [
        H1("Voorwoord"),
        P(f"""Voor u ligt het ondersteuningsplan {c['periode']} van {c['naam']}. Het is het derde
        ondersteuningsplan sinds de invoering van passend onderwijs in 2014 en het eerste dat is geschreven
        na de grote evaluatie van het stelsel. Wie de vorige plannen kent, zal merken dat wij korter en
        directer schrijven. Dat is een bewuste keuze: een plan moet gelezen worden door leraren, intern
        begeleiders, schoolleiders, bestuurders, gemeenten en niet in de laatste plaats door ouders."""),
        P(f"""De afgelopen periode was er een van hard werken. De scholen in {c['regio']} kregen te maken
        met lerarentekorten, met de nasleep van de coronaperiode en met een groeiend aantal kinderen en
        jongeren dat meer nodig heeft dan de reguliere klas kan bieden. Tegelijk zagen we veel moois: teams
        die elkaar opzochten, ouders die meedachten, en collega's van jeugdhulp die de weg naar de school
        vonden. Op die resultaten zijn we trots, en ze vormen het fundament waarop dit plan voortbouwt."""),
        P(f"""Dit plan is tot stand gekomen in een intensief traject met de schoolbesturen, de
        directeuren, de ondersteuningsplanraad en de gemeenten {c['gemeenten']}. Wij danken iedereen die
        heeft meegelezen, meegeschreven en kritische vragen heeft gesteld. Een plan is nooit af; het is een
        afspraak die we met elkaar maken en die we de komende jaren samen waarmaken. Middelen, mensen en
        aandacht zijn schaars; juist daarom kiezen we in dit plan voor focus."""),
        P(f"""Namens het bestuur, {c['bestuurder']}, directeur-bestuurder."""),
    ]


def visie(c, variant=0):
    school = "basisschool" if c["sector"] == "po" else "vo-school"
    kind = "kind" if c["sector"] == "po" else "jongere"
    kinderen = "kinderen" if c["sector"] == "po" else "jongeren"
    blocks = [
        H1("Visie en missie"),
        P(f"""Onze missie is eenvoudig te formuleren en moeilijk waar te maken: ieder {kind} in
        {c['regio']} krijgt onderwijs dat past bij wat het nodig heeft, zo dicht mogelijk bij huis en
        zo gewoon als het kan. Dat betekent dat de {school} in de wijk of het dorp de eerste plek is waar
        we aan denken, en dat een speciale voorziening een keuze is die we bewust en met zorg maken."""),
        P(f"""Wij geloven dat {kinderen} zich het best ontwikkelen wanneer school, ouders en de omgeving
        samen optrekken. Passend onderwijs is geen project van het samenwerkingsverband, maar een
        gezamenlijke opdracht van alle besturen. Het samenwerkingsverband faciliteert, verbindt en
        bewaakt; de scholen voeren uit. In die rolverdeling zit ook een spanning, want wie faciliteert moet
        soms ook durven sturen. Die spanning benoemen we liever dan dat we haar wegmoffelen."""),
        H2("Kernwaarden"),
        UL([
            "Nabij: ondersteuning zo dicht mogelijk bij het kind en bij de leraar.",
            "Samen: besturen, scholen en partners trekken op als één regio.",
            "Eenvoudig: zo min mogelijk formulieren, zo veel mogelijk gesprek.",
            "Lerend: we kijken kritisch naar wat werkt en durven bij te sturen.",
            "Rechtvaardig: middelen gaan daarheen waar ze het meeste verschil maken.",
        ]),
        P(f"""Deze kernwaarden zijn geen versiering. Ze zijn in drie werkconferenties met leraren,
        intern begeleiders, ondersteuningscoördinatoren en schoolleiders opgehaald en zijn richtinggevend voor de
        keuzes in de hoofdstukken die volgen. Waar we in de uitvoering twijfelen, is de vraag 'wat betekent
        dit voor dit ene {kind}?' leidend. Een resultaatgerichte houding hoort daarbij, net als het besef
        dat niet alles wat waardevol is zich in cijfers laat vangen."""),
    ]
    return blocks


def governance(c):
    return [
        H1("Organisatie en governance"),
        P(f"""{c['naam']} is een stichting waarin {c['nbesturen']} schoolbesturen samenwerken. Het
        samenwerkingsverband is ingeschreven onder registratienummer {c['code']} bij DUO. De statuten zijn
        voor het laatst gewijzigd in 2023, toen het toezicht werd gescheiden van het bestuur. Sindsdien kent
        de stichting een directeur-bestuurder en een raad van toezicht van vijf leden, van wie twee
        onafhankelijk zijn van de aangesloten besturen."""),
        P("""De algemene vergadering van aangesloten besturen komt vier keer per jaar bijeen en keurt de
        begroting, het jaarverslag en de jaarrekening goed. De raad van toezicht houdt toezicht op het
        beleid van de directeur-bestuurder en op de algemene gang van zaken, benoemt de accountant en
        functioneert volgens de Code Goed Bestuur. De statuten bevatten een regeling voor de beslechting van
        geschillen tussen de aangesloten besturen, zoals de wet voorschrijft."""),
        P("""Het bureau van het samenwerkingsverband is gevestigd in een verbouwd schoolgebouw en huisvest
        de directeur-bestuurder, de staf, de administratie, de orthopedagogen en de consulenten. Het bureau
        werkt volgens een managementstatuut waarin de bevoegdheden zijn vastgelegd. Over de uitvoering
        legt de directeur-bestuurder twee keer per jaar verantwoording af aan de raad van toezicht en aan de
        algemene vergadering, aan de hand van een bestuursrapportage."""),
        H2("Verhouding tot andere samenwerkingsverbanden"),
        P(f"""Het werkgebied overlapt gedeeltelijk met dat van het samenwerkingsverband
        {c['partner_swv']}. Met dat verband is op {c['datum_overleg']} overleg gevoerd over dit plan, zoals
        de wet vraagt. De afspraken over de overstap en over de afstemming van bestuurlijke agenda's zijn
        vastgelegd in een samenwerkingsconvenant dat jaarlijks wordt besproken."""),
    ]


def opr(c, with_composition=True):
    blocks = [H1("Medezeggenschap: de ondersteuningsplanraad")]
    if with_composition:
        blocks.append(P(f"""De ondersteuningsplanraad (OPR) bestaat uit {c['opr_leden']} leden. De helft
        van de leden is ouder van een leerling op een van de aangesloten scholen, de andere helft is
        personeelslid. De leden worden afgevaardigd door de medezeggenschapsraden van de scholen. De OPR
        heeft instemmingsrecht op het ondersteuningsplan en op wijzigingen daarvan. Ouderleden brengen
        nadrukkelijk hun ervaringen als ouder in; in de vergaderingen is steeds een vast agendapunt
        'signalen uit de achterban'."""))
    else:
        blocks.append(P("""De ondersteuningsplanraad (OPR) is het medezeggenschapsorgaan van het
        samenwerkingsverband. De OPR heeft instemmingsrecht op het ondersteuningsplan en op wijzigingen
        daarvan, en werkt volgens een eigen reglement."""))
    blocks.append(P(f"""De OPR heeft het concept van dit plan in drie vergaderingen besproken. Op
    {c['datum_opr']} heeft de raad ingestemd met het definitieve plan. Daarbij heeft de OPR het bestuur
    gevraagd om jaarlijks een voortgangsrapportage te ontvangen en om bij wijzigingen in de
    planperiode tijdig te worden betrokken. Het bestuur heeft dat toegezegd. De OPR beschikt over een
    eigen scholingsbudget en wordt ondersteund door een ambtelijk secretaris van het bureau."""))
    return blocks


def oogo(c, themes=True):
    blocks = [H1("Samenwerking met de gemeenten"), P(f"""Het op overeenstemming gericht overleg (OOGO)
    over dit plan is gevoerd met de wethouders onderwijs en jeugd van de gemeenten {c['gemeenten']}. Het
    overleg vond plaats op {c['datum_oogo']}. De gemeenten hebben ingestemd met het ontwerp; van de
    geschillenregeling in de OOGO-procedure is geen gebruik gemaakt. Omgekeerd heeft het
    samenwerkingsverband overleg gevoerd over het beleidsplan jeugd van de gemeenten.""")]
    if themes:
        blocks.append(P("""In het overleg zijn afspraken gemaakt over vier thema's: jeugdhulp in en om de
        school, onderwijs-zorgarrangementen voor leerlingen die zowel onderwijs als zorg nodig hebben,
        leerlingenvervoer en onderwijshuisvesting. Voor jeugdhulp in de school financieren de gemeenten
        een jeugdprofessional per schoolcluster, die in het ondersteuningsteam van de school aanschuift.
        Afspraken over een onderwijs-zorgarrangement worden per leerling vastgelegd in een
        driepartijenovereenkomst tussen school, zorgaanbieder en gemeente."""))
    else:
        blocks.append(P("""De inhoudelijke thema's die samenwerkingsverband en gemeenten in de
        komende jaren samen willen oppakken, worden in een afzonderlijke gezamenlijke agenda beschreven.
        Die agenda wordt in het najaar van 2026 opgesteld en valt buiten dit plan."""))
    return blocks


def personeel(c):
    return [
        H1("Personeel en professionalisering"),
        P(f"""Het bureau van het samenwerkingsverband telt {c['fte']} fte. Het grootste deel daarvan wordt
        ingezet voor orthopedagogen, consulenten en trajectbegeleiders die rechtstreeks met scholen werken.
        De overige formatie betreft bestuursondersteuning, financiën, secretariaat en communicatie. Alle
        medewerkers van het bureau zijn in dienst van de stichting; de arbeidsvoorwaarden volgen de cao
        van de sector."""),
        P("""De krapte op de arbeidsmarkt raakt ook het samenwerkingsverband. Vacatures voor
        orthopedagogen staan soms maanden open. We investeren daarom in het opleiden van eigen mensen,
        onder meer door een traineeplaats voor een startende orthopedagoog en door stageplaatsen voor
        masterstudenten. Ook delen we expertise met de speciale scholen in de regio, die eveneens
        moeite hebben om specialisten te vinden."""),
        P("""Professionalisering van leraren is primair een verantwoordelijkheid van de schoolbesturen.
        Het samenwerkingsverband organiseert wel netwerken voor intern begeleiders en
        ondersteuningscoördinatoren, een jaarlijkse studiedag en een aantal leergangen, bijvoorbeeld over
        gedrag in de klas, over het werken met een ontwikkelingsperspectief en over het voeren van
        moeilijke gesprekken met ouders. Deelname staat open voor medewerkers van alle aangesloten
        scholen en is kosteloos."""),
        P("""Werkdruk blijft een aandachtspunt. Bij de ontwikkeling van nieuwe werkwijzen vragen we ons
        steeds af wat het de leraar oplevert en wat het kost. Administratieve verplichtingen die niet
        direct bijdragen aan de ondersteuning van een leerling, schaffen we zo veel mogelijk af."""),
    ]


def ict_privacy(c):
    return [
        H1("ICT, gegevens en privacy"),
        P("""Het samenwerkingsverband werkt met een beveiligde digitale omgeving waarin scholen
        ondersteuningsdossiers kunnen delen met de medewerkers van het bureau. Toegang is op basis van
        rollen ingericht; een medewerker ziet alleen de dossiers waar hij of zij bij betrokken is.
        Gegevens worden alleen gedeeld op basis van toestemming, tenzij de wet het samenwerkingsverband
        toestaat gegevens zonder toestemming te verwerken."""),
        P("""Het samenwerkingsverband houdt zich aan de Algemene verordening gegevensbescherming (AVG).
        Er is een functionaris gegevensbescherming aangesteld die wordt gedeeld met twee andere
        samenwerkingsverbanden. Het privacyreglement is in 2024 geactualiseerd en op de website
        gepubliceerd. Gegevens over de gezondheid van leerlingen worden niet langer bewaard dan drie jaar na
        het besluit waarvoor ze zijn verwerkt. Datalekken worden gemeld volgens het meldprotocol."""),
        P("""In de planperiode vervangen we het huidige systeem, omdat de leverancier de ondersteuning
        beëindigt. De aanbesteding start in het voorjaar van 2026. Bij de keuze voor een nieuw systeem
        staan gebruiksgemak voor scholen, veiligheid en de mogelijkheid om geanonimiseerde gegevens te
        analyseren voorop."""),
    ]


def totstandkoming(c):
    return [
        H1("Totstandkoming van dit plan"),
        P(f"""Het plan is in ruim een jaar tijd tot stand gekomen. In het voorjaar van 2024 zijn de
        evaluaties van het vorige plan besproken met directeuren en intern begeleiders. In het najaar
        volgden drie werkconferenties en een online raadpleging onder leraren en intern begeleiders, waarop ruim 600
        reacties binnenkwamen. Een schrijfgroep met vertegenwoordigers van de besturen heeft de teksten
        opgesteld; het bureau heeft de redactie verzorgd."""),
        P(f"""Het concept is besproken in de algemene vergadering van besturen, in de ondersteuningsplanraad
        en in het OOGO met de gemeenten. Het bestuur heeft het plan vastgesteld op {c['datum_vaststelling']},
        na instemming van de OPR en afronding van het OOGO. Het plan is vervolgens vóór 1 mei aan de
        inspectie van het onderwijs toegezonden. De planperiode loopt van 1 augustus {c['start']} tot en
        met 31 juli {c['eind']}."""),
        P("""Het plan beschrijft de afspraken op het niveau van het samenwerkingsverband. Elk jaar werkt
        het bestuur de voornemens uit in een jaarplan met een jaarbegroting. Wijzigingen die de kern van
        dit plan raken, worden opnieuw aan de OPR ter instemming voorgelegd."""),
    ]


def planning(c):
    return [
        H1("Planning en jaarcyclus"),
        P("""Het samenwerkingsverband werkt met een vaste jaarcyclus. Die cyclus zorgt ervoor dat
        besluiten op een voorspelbaar moment worden genomen en dat scholen weten waar ze aan toe
        zijn."""),
        TBL([
            ["Periode", "Wat", "Wie"],
            ["september", "jaarplan vastgesteld, start netwerken", "bestuur, bureau"],
            ["oktober-november", "teldatum leerlingen, eerste bestuursrapportage", "bureau"],
            ["december", "begroting volgend kalenderjaar", "algemene vergadering"],
            ["maart-april", "voorbereiding jaarplan, overleg OPR", "bestuur, OPR"],
            ["juni", "jaarrekening en jaarverslag vorig kalenderjaar", "raad van toezicht"],
            ["juli", "afsluiting schooljaar, evaluatie netwerken", "bureau"],
        ]),
        P("""De jaarcyclus is afgestemd op de planning van de schoolbesturen, zodat zij de uitkomsten
        kunnen meenemen in hun eigen begroting en formatieplanning. Vergaderdata worden voor de zomer
        bekendgemaakt."""),
    ]


def kennisdeling(c):
    return [
        H1("Kennisdeling en netwerken"),
        P("""Scholen leren het meest van elkaar. Daarom organiseert het samenwerkingsverband lerende
        netwerken rond thema's die scholen zelf aandragen. In de afgelopen jaren ging het onder meer over
        executieve functies, over rekenen voor leerlingen met een achterstand, over angst en somberheid en
        over het gesprek met ouders bij een verschil van inzicht. Een netwerk bestaat uit vijf tot acht
        scholen en komt vier keer per schooljaar bijeen onder begeleiding van een medewerker van het
        bureau."""),
        P("""Daarnaast houden we een digitale kennisbank bij met praktijkvoorbeelden, formats en korte
        filmpjes. Die kennisbank is bedoeld voor professionals; ze is toegankelijk met een schoolaccount.
        Eén keer per jaar organiseren we een regionale conferentie waar scholen, speciale scholen,
        jeugdhulp en gemeenten elkaar ontmoeten."""),
    ]


def communicatie_algemeen(c):
    return [
        H1("Communicatie met scholen"),
        P("""Het bureau informeert de scholen via een tweewekelijkse nieuwsbrief en via een besloten
        deel van de website. Directeuren en intern begeleiders ontvangen daarnaast een kwartaalbericht met
        de stand van zaken rond beleid en financiën. De communicatie is zakelijk en kort; we verwijzen waar
        mogelijk naar bestaande documenten in plaats van nieuwe te schrijven."""),
    ]


def bedrijfsvoering(c):
    return [
        H1("Bedrijfsvoering"),
        P(f"""Het bureau van {c['kort']} is klein en wil dat blijven. De financiële administratie, de
        salarisadministratie en de ICT-ondersteuning zijn uitbesteed aan een administratiekantoor dat
        voor meerdere samenwerkingsverbanden werkt. Het contract is in 2024 na een meervoudige
        onderhandse aanbesteding opnieuw gegund voor vier jaar. Het bureau houdt zelf de regie op de
        planning- en controlcyclus en op de contacten met de accountant."""),
        P("""Het bureau huurt een verdieping in een multifunctioneel gebouw dat goed bereikbaar is met het
        openbaar vervoer. Vergaderruimte wordt gedeeld met andere huurders. Bij de inrichting is
        gekozen voor flexibele werkplekken, omdat de meeste medewerkers een groot deel van de week op
        scholen werken. In de planperiode onderzoeken we of samenhuizen met het samenwerkingsverband
        voor voortgezet onderwijs voordelen oplevert."""),
        P("""Het samenwerkingsverband wil bijdragen aan een duurzame samenleving. We reizen zo veel mogelijk
        met het openbaar vervoer of de fiets, vergaderen waar dat kan online en kopen duurzaam in. Het
        archief is volledig digitaal; papieren dossiers zijn in 2023 gedigitaliseerd en vernietigd
        volgens de geldende bewaartermijnen."""),
    ]


def integriteit(c):
    return [
        H1("Integriteit en goed werkgeverschap"),
        P("""Medewerkers van het samenwerkingsverband werken met gevoelige informatie over kinderen en
        gezinnen. Dat vraagt om een hoge mate van integriteit. Alle medewerkers hebben een verklaring
        omtrent het gedrag en onderschrijven de gedragscode van de stichting. Nevenfuncties worden gemeld
        en door de directeur-bestuurder getoetst op mogelijke belangenverstrengeling."""),
        P("""Voor medewerkers geldt een klokkenluidersregeling en er is een externe vertrouwenspersoon
        voor personeel. Het samenwerkingsverband voert elke twee jaar een medewerkerstevredenheidsonderzoek
        uit en maakt op basis daarvan afspraken over werkdruk, scholing en loopbaan. Het ziekteverzuim
        van het bureau lag de afgelopen jaren onder het sectorgemiddelde."""),
    ]


def leerlingenvervoer(c):
    return [
        H1("Leerlingenvervoer en huisvesting"),
        P("""Leerlingenvervoer is een taak van de gemeenten. Iedere gemeente heeft een eigen verordening
        waarin staat wie in aanmerking komt voor vervoer naar een school voor speciaal (basis)onderwijs.
        Het samenwerkingsverband beslist niet over vervoersaanvragen, maar wijst de gemeenten erop dat
        lange reistijden voor jonge kinderen belastend zijn. Bij het wijzigen van verordeningen vragen
        de gemeenten het samenwerkingsverband om een reactie."""),
        P("""Ook onderwijshuisvesting is een verantwoordelijkheid van de gemeenten en de schoolbesturen.
        Het samenwerkingsverband heeft geen eigen schoolgebouwen. Wel denken we mee wanneer een gemeente
        een integraal huisvestingsplan opstelt, zodat er in nieuwe gebouwen ruimte is voor
        groepsdoorbrekend werken, stilteplekken en gesprekken met ouders en hulpverleners."""),
    ]


# ---------------------------------------------------------------------------
# Renderers
# ---------------------------------------------------------------------------


def _fix_props(doc, title):
    cp = doc.core_properties
    cp.title = title
    cp.author = "holdout123 generator"
    cp.created = FIXED_DATE
    cp.modified = FIXED_DATE
    cp.last_modified_by = "holdout123 generator"
    cp.revision = 1


def _set_columns(section, num):
    sectPr = section._sectPr
    cols = sectPr.find(qn("w:cols"))
    if cols is None:
        cols = OxmlElement("w:cols")
        sectPr.append(cols)
    cols.set(qn("w:num"), str(num))
    cols.set(qn("w:space"), "567")


def _add_table(doc, rows, font_size=None):
    t = doc.add_table(rows=len(rows), cols=len(rows[0]))
    t.style = "Table Grid"
    for i, r in enumerate(rows):
        for j, val in enumerate(r):
            cell = t.cell(i, j)
            cell.text = str(val)
            for par in cell.paragraphs:
                for run in par.runs:
                    if i == 0:
                        run.bold = True
                    if font_size:
                        run.font.size = Pt(font_size)
    doc.add_paragraph()


def _header_footer(section, header, footer):
    section.header.is_linked_to_previous = False
    section.footer.is_linked_to_previous = False
    section.header.paragraphs[0].text = header
    section.footer.paragraphs[0].text = footer


def render_docx(path, title_lines, blocks, header, footer, mode="plain"):
    """mode: plain | twocol | numbered | slides"""
    doc = Document()
    _fix_props(doc, title_lines[0])
    sec = doc.sections[0]
    if mode == "slides":
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
        for m in ("left_margin", "right_margin"):
            setattr(sec, m, Cm(2.0))
        sec.top_margin = sec.bottom_margin = Cm(1.6)
    _header_footer(sec, header, footer)
    # title page
    for k, line in enumerate(title_lines):
        p = doc.add_paragraph()
        r = p.add_run(line)
        r.bold = k == 0
        r.font.size = Pt(30 if k == 0 else 16) if mode == "slides" else Pt(24 if k == 0 else 14)
    h1_no = 0
    h2_no = 0
    started_body = False
    first_h1 = True
    for b in blocks:
        kind = b[0]
        if kind == "toc":
            if mode != "slides":
                doc.add_page_break()
            else:
                doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
            p = doc.add_paragraph()
            r = p.add_run("Inhoud" if mode != "slides" else "Agenda van deze presentatie")
            r.bold = True
            r.font.size = Pt(16 if mode != "slides" else 28)
            for line in b[1]:
                q = doc.add_paragraph(line)
                if mode == "slides":
                    for run in q.runs:
                        run.font.size = Pt(16)
            continue
        if kind == "h1":
            if mode == "twocol" and not started_body:
                new = doc.add_section(WD_SECTION.NEW_PAGE)
                _set_columns(new, 2)
                _header_footer(new, header, footer)
                started_body = True
            elif mode == "slides":
                doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
            elif mode in ("plain", "numbered") and first_h1:
                doc.add_page_break()
            first_h1 = False
            h1_no += 1
            h2_no = 0
            if mode == "numbered":
                p = doc.add_paragraph(style="List Number")
                r = p.add_run(b[1])
                r.bold = True
                r.font.size = Pt(14)
            elif mode == "slides":
                p = doc.add_paragraph()
                r = p.add_run(b[1])
                r.bold = True
                r.font.size = Pt(28)
            else:
                doc.add_heading(b[1], level=1)
        elif kind == "h2":
            h2_no += 1
            if mode == "numbered":
                p = doc.add_paragraph()
                r = p.add_run(f"{h1_no}.{h2_no}  {b[1]}")
                r.bold = True
                r.italic = True
            elif mode == "slides":
                p = doc.add_paragraph()
                r = p.add_run(b[1])
                r.bold = True
                r.font.size = Pt(18)
            else:
                doc.add_heading(b[1], level=2)
        elif kind == "p":
            p = doc.add_paragraph()
            r = p.add_run(b[1])
            if mode == "slides":
                r.font.size = Pt(10)
        elif kind in ("ul", "ol"):
            style = "List Bullet" if kind == "ul" else "List Number 2"
            if mode == "numbered" and kind == "ol":
                style = "List Bullet 2"
            for item in b[1]:
                p = doc.add_paragraph(style=style)
                r = p.add_run(item)
                if mode == "slides":
                    r.font.size = Pt(15)
        elif kind == "table":
            _add_table(doc, b[1], font_size=8 if mode == "twocol" else (11 if mode == "slides" else None))
        elif kind == "pagebreak":
            doc.add_page_break()
    doc.save(str(path))


def render_markdown(path, title_lines, blocks):
    out = [f"# {title_lines[0]}", ""]
    for line in title_lines[1:]:
        out += [f"**{line}**", ""]
    for b in blocks:
        kind = b[0]
        if kind == "toc":
            out += ["## Inhoudsopgave", ""] + [f"- {l}" for l in b[1]] + [""]
        elif kind == "h1":
            out += [f"## {b[1]}", ""]
        elif kind == "h2":
            out += [f"### {b[1]}", ""]
        elif kind == "p":
            out += [b[1], ""]
        elif kind == "ul":
            out += [f"- {i}" for i in b[1]] + [""]
        elif kind == "ol":
            out += [f"{n}. {i}" for n, i in enumerate(b[1], 1)] + [""]
        elif kind == "table":
            rows = b[1]
            out.append("| " + " | ".join(rows[0]) + " |")
            out.append("|" + "---|" * len(rows[0]))
            for r in rows[1:]:
                out.append("| " + " | ".join(str(x) for x in r) + " |")
            out.append("")
    path.write_text("\n".join(out), encoding="utf-8")


def _slug(t, n):
    s = "".join(ch.lower() if ch.isalnum() else "-" for ch in t)
    return f"s{n}-" + "-".join(x for x in s.split("-") if x)[:40]


def render_html(path, title_lines, blocks, nav_extra, footer):
    e = html.escape
    h1s = [b[1] for b in blocks if b[0] == "h1"]
    ids = {t: _slug(t, i) for i, t in enumerate(h1s, 1)}
    parts = ["<!DOCTYPE html>", '<html lang="nl">', "<head>", '<meta charset="utf-8">',
             f"<title>{e(title_lines[0])}</title>",
             "<style>body{font-family:Arial,sans-serif;margin:0} header{background:#123;color:#fff;padding:1em}"
             " nav{float:left;width:230px;background:#eef;padding:1em} nav ul{list-style:none;padding:0}"
             " main{margin-left:270px;padding:1em;max-width:900px} table{border-collapse:collapse}"
             " td,th{border:1px solid #999;padding:4px} footer{clear:both;background:#ddd;padding:1em}</style>",
             "</head>", "<body>", "<header>",
             f'<div class="site-name">{e(title_lines[1] if len(title_lines) > 1 else title_lines[0])}</div>',
             '<ul class="topmenu"><li><a href="#">Home</a></li>' +
             "".join(f'<li><a href="#">{e(x)}</a></li>' for x in nav_extra) + "</ul>",
             "</header>", '<nav aria-label="Hoofdstukken"><p><strong>In dit plan</strong></p><ul>']
    for t in h1s:
        parts.append(f'<li><a href="#{ids[t]}">{e(t)}</a></li>')
    parts += ["</ul></nav>", "<main>", f"<h1>{e(title_lines[0])}</h1>"]
    for line in title_lines[1:]:
        parts.append(f'<p class="subtitle">{e(line)}</p>')
    open_section = False
    for b in blocks:
        kind = b[0]
        if kind == "toc":
            continue  # the nav menu plays the role of the table of contents
        if kind == "h1":
            if open_section:
                parts.append("</section>")
            parts.append(f'<section id="{ids[b[1]]}"><h2>{e(b[1])}</h2>')
            open_section = True
        elif kind == "h2":
            parts.append(f"<h3>{e(b[1])}</h3>")
        elif kind == "p":
            parts.append(f"<p>{e(b[1])}</p>")
        elif kind in ("ul", "ol"):
            tag = kind
            parts.append(f"<{tag}>" + "".join(f"<li>{e(i)}</li>" for i in b[1]) + f"</{tag}>")
        elif kind == "table":
            rows = b[1]
            t = ["<table>", "<tr>" + "".join(f"<th>{e(str(x))}</th>" for x in rows[0]) + "</tr>"]
            for r in rows[1:]:
                t.append("<tr>" + "".join(f"<td>{e(str(x))}</td>" for x in r) + "</tr>")
            t.append("</table>")
            parts.append("".join(t))
    if open_section:
        parts.append("</section>")
    parts += ["</main>", f"<footer>{e(footer)}</footer>", "</body>", "</html>"]
    path.write_text("\n".join(parts), encoding="utf-8")


def to_pdf(docx_path, pdf_target):
    tmp = Path(tempfile.mkdtemp(prefix="holdout123_lo_"))
    try:
        profile = tmp / "profile"
        src = tmp / docx_path.name
        shutil.copy(docx_path, src)
        subprocess.run(
            ["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
             "--outdir", str(tmp), str(src)],
            check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
        shutil.move(str(tmp / (docx_path.stem + ".pdf")), str(pdf_target))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


CORE = [
    ("basisondersteuning", ["niveau", "inhoud"]),
    ("plaatsing", ["procedure", "criteria"]),
    ("terugstroom", ["procedure", "beleid"]),
    ("financien", ["verdeling", "besteding"]),
    ("dekkend-aanbod", ["continuum", "lacunes"]),
    ("resultaten", ["doelen", "monitoring"]),
    ("ouders", ["informatie", "steunpunt"]),
]


def status_from(crit, advisory):
    elements = {}
    for el, cs in CORE:
        vals = [crit[f"{el}.{c}"] for c in cs]
        if all(vals):
            elements[el] = "present"
        elif any(vals) or advisory.get(el):
            elements[el] = "partial"
        else:
            elements[el] = "missing"
    return elements


class FlowList(list):
    pass


def _flow_repr(dumper, data):
    return dumper.represent_sequence("tag:yaml.org,2002:seq", data, flow_style=True)


class FlowDict(dict):
    pass


def _flowdict_repr(dumper, data):
    return dumper.represent_mapping("tag:yaml.org,2002:map", data.items(), flow_style=True)


yaml.add_representer(FlowList, _flow_repr)
yaml.add_representer(FlowDict, _flowdict_repr)


def write_label(stem, documents, sector, crit=None, advisory=None, notes=None, plan=True):
    data = {"documents": FlowList(documents), "sector": sector, "looks_like_plan": plan}
    if plan:
        data["elements"] = FlowDict(status_from(crit, advisory))
        data["criteria"] = {k: crit[k] for k in [f"{el}.{c}" for el, cs in CORE for c in cs]}
        data["advisory_addressed"] = {k: FlowList(v) for k, v in advisory.items() if v}
    else:
        data["elements"] = FlowDict()
        data["criteria"] = FlowDict()
    data["notes"] = notes
    text = yaml.dump(data, sort_keys=False, allow_unicode=True, width=200)
    (OUT / f"{stem}.expected.yaml").write_text(text, encoding="utf-8")


# ---------------------------------------------------------------------------
# Plan A: PO, two-column layout, .docx + .pdf
# ---------------------------------------------------------------------------

CTX_A = dict(
    naam="Samenwerkingsverband Passend Onderwijs PO Linge-Waaldelta", kort="SWV Linge-Waaldelta",
    code="PO 26-14", sector="po", periode="2025-2029", start=2025, eind=2029,
    regio="de Linge-Waaldelta", gemeenten="Waalhoven, Lingedijk en Heukelvoort",
    bestuurder="drs. M. (Marieke) Verhoeven", nbesturen=9, partner_swv="VO Rivierenland-Zuid",
    datum_overleg="4 februari 2025", datum_opr="18 maart 2025", datum_oogo="11 maart 2025",
    datum_vaststelling="25 maart 2025", opr_leden=8, fte="14,6",
)


def plan_a():
    c = CTX_A
    toc = TOC([
        "Voorwoord ........................................ 3",
        "1 Visie en missie ................................ 4",
        "2 Onze regio in cijfers .......................... 5",
        "3 Basisondersteuning: de ondergrens ............... 6",
        "4 Het ondersteuningscontinuüm en het dekkend aanbod 8",
        "5 Toelaatbaarheid tot sbo en so ................... 11",
        "6 Ouders en communicatie ......................... 13",
        "7 Middelen en verdeling .......................... 14",
        "8 Kwaliteit, resultaten en verantwoording ........ 16",
        "9 Organisatie, OPR, gemeenten en personeel ........ 17",
        "Bijlage 1 Begrippenlijst ......................... 22",
        "Bijlage 6 Reglement bezwaarcommissie (separaat) .. 24",
    ])
    b = [toc]
    b += voorwoord(c)
    b += visie(c)
    b += [
        H1("Onze regio in cijfers"),
        P(f"""Het samenwerkingsverband omvat het primair onderwijs in de gemeenten {c['gemeenten']}. Er
        zijn 47 basisscholen, twee scholen voor speciaal basisonderwijs (sbo De Regenboog en sbo De
        Wielewaal) en drie locaties voor speciaal onderwijs in cluster 3 en 4. Op de teldatum van
        1 oktober 2024 telden de aangesloten scholen samen 11.840 leerlingen. De negen schoolbesturen
        variëren van een eenpitter met één school tot een bestuur met zeventien scholen."""),
        P("""De regio is overwegend landelijk met twee kernen die sterk groeien door nieuwbouw. In de
        dorpen daalt het aantal leerlingen; vier scholen hebben minder dan honderd leerlingen. Dat stelt
        eisen aan de manier waarop we ondersteuning organiseren: een kleine school kan niet alles zelf,
        en de afstand tot een speciale voorziening kan groot zijn."""),
        TBL([
            ["Kengetal (1 oktober 2024)", "Aantal"],
            ["Basisscholen", "47"],
            ["Scholen voor sbo", "2"],
            ["Locaties so cluster 3 en 4", "3"],
            ["Leerlingen totaal", "11.840"],
            ["Schoolbesturen", "9"],
        ]),
        H1("Basisondersteuning: de ondergrens"),
        P("""Basisondersteuning is bij ons geen wensbeeld maar een afspraak. Alle negen besturen hebben
        vastgelegd dat elke vestiging van elke aangesloten basisschool ten minste het hieronder beschreven
        niveau biedt. Het is de ondergrens: een school mag meer doen, maar niet minder. Een ouder die zijn
        kind bij welke basisschool in de regio dan ook aanmeldt, mag erop rekenen dat onderstaande
        voorzieningen er zijn, zonder dat daarvoor een aanvraag bij het samenwerkingsverband nodig is."""),
        H2("Wat elke school biedt"),
        UL([
            """Een intern begeleider met ten minste 0,4 fte per 200 leerlingen, die de
            ondersteuning in de school coördineert en het eerste aanspreekpunt is voor leraren en ouders.""",
            """Een werkend dyslexieprotocol en een dyscalculieprotocol, inclusief signalering in
            groep 2 en 3 en begeleiding tot en met groep 8.""",
            """Een schoolbrede aanpak voor gedrag en sociale veiligheid (bijvoorbeeld Positive Behavior
            Support) met een jaarlijkse monitor van het welbevinden van leerlingen.""",
            """Een ontwikkelingsperspectief (OPP) dat binnen zes weken na het signaleren van een
            blijvende ondersteuningsbehoefte wordt opgesteld en met ouders wordt besproken.""",
            """Een ondersteuningsteam dat ten minste vier keer per jaar bijeenkomt, met de intern
            begeleider, de schoolcontactpersoon van het samenwerkingsverband (orthopedagoog) en de
            jeugdprofessional van de gemeente.""",
            """Aanbod voor meer- en hoogbegaafde leerlingen in de eigen groep: compacten, verrijken en
            een leerlijn 'leren leren'.""",
            """Een protocol medisch handelen en afspraken over het toedienen van medicijnen.""",
            """Taalondersteuning voor leerlingen met een andere thuistaal, met NT2-materiaal in
            elke groep.""",
        ]),
        P("""Deze afspraken zijn uitgewerkt in acht standaarden. Iedere school beschrijft in de
        schoolgids hoe zij de standaarden op haar eigen manier invult. De schoolgids vermeldt ook wat de
        school aan extra ondersteuning biedt bovenop de ondergrens."""),
        H2("Hoe we de ondergrens bewaken"),
        P("""Eén keer per twee jaar bezoekt een auditteam, bestaande uit een orthopedagoog van het
        bureau en een intern begeleider van een andere school, iedere school. Het team gebruikt de
        kwaliteitskaart basisondersteuning en spreekt met leraren, intern begeleider en directie. Scoort
        een school op een standaard onvoldoende, dan maakt het bestuur binnen drie maanden een
        verbeterplan; het samenwerkingsverband biedt daarbij begeleiding aan en bespreekt de voortgang
        na een half jaar met het bestuur."""),
        H1("Het ondersteuningscontinuüm en het dekkend aanbod"),
        P("""Wanneer de basisondersteuning niet volstaat, kan een school een beroep doen op extra
        ondersteuning. Ons continuüm kent vier niveaus, van licht naar zwaar. Het doel is dat iedere
        leerling op het juiste niveau een passend aanbod vindt en dat de overgangen tussen de niveaus
        soepel verlopen."""),
        TBL([
            ["Niveau", "Wat", "Waar", "Toegang"],
            ["1 Basis", "basisondersteuning volgens de 8 standaarden", "elke school", "geen aanvraag"],
            ["2 Extra in de school", "arrangement op maat, bijvoorbeeld extra handen of ambulante begeleiding",
             "eigen school", "aanvraag via schoolcontactpersoon"],
            ["3 Bovenschools", "observatieklas De Brug, plusklas Het Kompas, taalklas voor nieuwkomers",
             "drie locaties", "besluit ondersteuningsteam + bureau"],
            ["4 Speciaal", "sbo De Regenboog, sbo De Wielewaal, so cluster 3 en 4", "vijf locaties",
             "toelaatbaarheidsverklaring"],
        ]),
        P("""De observatieklas De Brug biedt twaalf plaatsen voor leerlingen van groep 3 tot en met 6
        bij wie onduidelijk is welk onderwijs het beste past. Plaatsing duurt maximaal twaalf weken; daarna
        volgt een advies. De plusklas Het Kompas biedt één dag per week onderwijs aan ongeveer zestig
        hoogbegaafde leerlingen. In de taalklas leren nieuwkomers in één jaar de basis van het Nederlands
        voordat zij doorstromen naar een basisschool in hun eigen woonplaats."""),
        H2("Witte vlekken, wachtlijsten en thuiszitters"),
        P("""Of het aanbod dekkend is, toetsen we elk jaar in januari. Het bureau vraagt alle scholen en
        de speciale scholen naar leerlingen voor wie geen passende plek beschikbaar was of die langer dan
        vier weken op een plek wachtten. De uitkomsten bespreekt het bestuur in maart; bij een
        structureel tekort besluit het bestuur in dezelfde vergadering over uitbreiding van een
        bestaande voorziening of een nieuwe voorziening. Zo is in 2023 de observatieklas uitgebreid van
        acht naar twaalf plaatsen."""),
        P("""Iedere maand is er een thuiszittersoverleg met de leerplichtambtenaren van de drie
        gemeenten. Elke leerling die langer dan vier weken niet naar school gaat, wordt daar besproken.
        Binnen twee weken na de eerste bespreking ligt er een plan met een regisseur; lukt het niet om
        binnen drie maanden een plek te vinden, dan heeft de directeur-bestuurder doorzettingsmacht en kan
        hij een school of voorziening aanwijzen. De zorgplicht van de school waar de leerling is
        aangemeld, blijft daarbij onverkort gelden."""),
        H1("Toelaatbaarheid tot sbo en so"),
        P("""Een leerling kan alleen worden ingeschreven op een school voor speciaal basisonderwijs of
        een school voor speciaal onderwijs in cluster 3 of 4 met een toelaatbaarheidsverklaring (TLV) van
        het samenwerkingsverband. Dit hoofdstuk beschrijft hoe zo'n verklaring wordt aangevraagd en wie
        daarover beslist."""),
        H2("De aanvraag stap voor stap"),
        OL([
            """Het schoolbestuur van de school waar de leerling staat ingeschreven (of is
            aangemeld) dient de aanvraag in via het digitale loket van het samenwerkingsverband.""",
            """Bij de aanvraag horen het ontwikkelingsperspectief, het verslag van het laatste
            overleg in het ondersteuningsteam, een onderwijskundig rapport en de schriftelijke zienswijze
            van de ouders.""",
            """Het loket controleert binnen vijf werkdagen of het dossier compleet is.""",
            """Twee deskundigen geven ieder afzonderlijk een schriftelijk advies: een orthopedagoog of
            psycholoog, en afhankelijk van de leerling een tweede deskundige, zoals een
            kinderpsychiater, een maatschappelijk werker of een arts. Geen van beiden was betrokken bij
            de aanvraag.""",
            """De Commissie Toelaatbaarheid, bestaande uit de directeur-bestuurder en twee
            medewerkers van het bureau, neemt een besluit binnen zes weken na ontvangst van de volledige
            aanvraag. Ouders ontvangen een afschrift van de adviezen.""",
        ]),
        P("""Een TLV geldt in de regel tot en met 31 juli van het tweede schooljaar na afgifte; voor
        leerlingen met een blijvende ernstige beperking kan de commissie een TLV tot het einde van de
        basisschoolperiode afgeven. Voor het so wordt de bekostigingscategorie laag, midden of hoog in de
        verklaring vermeld."""),
        P("""De criteria waarop de commissie haar besluit baseert, worden in het schooljaar 2025-2026
        samen met de sbo- en so-scholen herijkt en daarna op de website gepubliceerd. Tot die tijd weegt
        de commissie alle relevante informatie uit het dossier. Over de mogelijkheden van bezwaar: zie
        bijlage 6, Reglement bezwaarcommissie."""),
        H2("Afloop van de TLV"),
        P("""Een verklaring is nooit bedoeld als eindstation. Ons uitgangspunt is dat een leerling terugkeert
        naar een basisschool zodra het onderwijs daar, eventueel met extra ondersteuning, passend is. De
        voorkeur gaat uit naar een school dicht bij huis. Een leerling gaat niet terug als daarmee de
        ontwikkeling ernstig in gevaar komt; dat oordeel wordt onderbouwd met het OPP."""),
        P("""In het laatste jaar van de looptijd organiseert de sbo- of so-school vóór 1 februari een
        evaluatiegesprek met de ouders, de beoogde basisschool en de trajectbegeleider van het
        samenwerkingsverband. In dat gesprek wordt op basis van het OPP besloten of een overstap haalbaar
        is. Is dat zo, dan stelt de sbo- of so-school samen met de ontvangende school een overstapplan op
        en start de overstap bij voorkeur na een vakantie. Is een overstap niet haalbaar, dan vraagt het
        bestuur van de speciale school vóór 1 april een nieuwe verklaring aan; de Commissie Toelaatbaarheid
        beslist dan volgens de gewone procedure."""),
        P("""De ontvangende basisschool krijgt gedurende twintig weken een terugkeerarrangement:
        ambulante begeleiding door een leerkracht van de speciale school en een budget van €3.500 voor
        extra handen in de groep. Na tien en na twintig weken evalueren school, ouders en
        trajectbegeleider de voortgang."""),
        H1("Ouders en communicatie"),
        P("""Ouders zijn de belangrijkste partner van de school. Zij kennen hun kind als geen ander. Om hen
        goed te informeren over de ondersteuning in de regio, zetten we verschillende middelen in."""),
        UL([
            """Op de website staat een ouderpagina met uitleg over basisondersteuning, extra
            ondersteuning, de voorzieningen in ons continuüm en de weg naar het speciaal onderwijs.""",
            """Iedere school geeft bij aanmelding de folder 'Passend onderwijs in de Linge-Waaldelta' mee,
            die beschikbaar is in het Nederlands, Arabisch, Turks en Pools.""",
            """De schoolgids van iedere school beschrijft de basisondersteuning en de extra
            ondersteuning die de school biedt.""",
            """Twee keer per jaar organiseren we een informatieavond voor ouders, in het voorjaar en in
            het najaar, op wisselende locaties in de regio.""",
        ]),
        P("""Ouders die vragen hebben of het niet eens zijn met hun school of met het
        samenwerkingsverband, vinden meer informatie op onze website onder 'Hulp voor ouders'. Ouders
        worden bij elke bespreking van hun kind in het ondersteuningsteam uitgenodigd en geven hun
        zienswijze bij een aanvraag voor een toelaatbaarheidsverklaring."""),
        H1("Middelen en verdeling"),
        P("""Het samenwerkingsverband ontvangt van het Rijk middelen voor lichte en zware ondersteuning.
        Een groot deel van de middelen voor zware ondersteuning wordt door DUO rechtstreeks overgedragen
        aan de scholen voor speciaal onderwijs, op basis van het aantal leerlingen met een TLV per
        teldatum. Het restant vormt samen met de middelen voor lichte ondersteuning het budget dat het
        samenwerkingsverband verdeelt."""),
        H2("Het verdeelmodel"),
        P("""Wij werken met een schoolmodel. Ieder schoolbestuur ontvangt jaarlijks een bedrag van €145
        per leerling, berekend op het aantal leerlingen op 1 oktober van het voorgaande jaar, en een vaste
        voet van €5.000 per school. De besturen zetten deze middelen in voor extra ondersteuning op
        niveau 2. Arrangementen op niveau 3 worden centraal bekostigd: de toekenning gebeurt per
        leerling door het bureau op voorstel van het ondersteuningsteam, binnen het budget dat in de
        begroting voor bovenschoolse voorzieningen is opgenomen. Het bestuur stelt de bedragen jaarlijks
        in december vast; wijziging van het model vraagt instemming van de OPR."""),
        P("""Besturen verantwoorden de besteding van de middelen in hun jaarverslag volgens een vast
        format van het samenwerkingsverband. Dat format vraagt per school naar de inzet in fte, het
        aantal leerlingen dat extra ondersteuning kreeg en de belangrijkste interventies."""),
        H2("Begroting"),
        P("""Een meerjarenbegroting maakt geen deel uit van dit plan. De begroting wordt jaarlijks door
        de algemene vergadering vastgesteld en is op te vragen bij het bureau. Meerjarenraming
        2026-2029: p.m."""),
        H1("Kwaliteit, resultaten en verantwoording"),
        P("""Kwaliteit is voor ons geen sluitstuk maar een houding. We willen weten of wat we doen ook
        werkt, en we willen dat scholen, ouders en gemeenten daar met ons over in gesprek kunnen. De
        beoogde resultaten van deze planperiode en de wijze waarop wij die volgen, werken wij na
        vaststelling van dit plan uit in een afzonderlijk kwaliteitskader dat het bestuur naar
        verwachting in het voorjaar van 2026 vaststelt."""),
        P("""Het bestuur legt jaarlijks verantwoording af over de financiën in het jaarverslag en de
        jaarrekening, die door de accountant worden gecontroleerd. De inspectie van het onderwijs houdt
        toezicht op het samenwerkingsverband en bezoekt ons ten minste eenmaal per vier jaar."""),
    ]
    b += governance(c)
    b += opr(c)
    b += oogo(c)
    b += personeel(c)
    b += ict_privacy(c)
    b += totstandkoming(c)
    b += planning(c)
    b += [
        H1("Bijlage 1 Begrippenlijst"),
        UL([
            "Basisondersteuning: het afgesproken niveau van ondersteuning dat alle scholen bieden.",
            "Beoogde resultaten: de doelen die het samenwerkingsverband zich stelt voor leerlingen met een ondersteuningsbehoefte.",
            "Bezwaar: de mogelijkheid voor ouders om een besluit over een TLV te laten heroverwegen.",
            "Meerjarenbegroting: de begroting voor de komende vier jaar.",
            "Onderwijsconsulent: onafhankelijke adviseur voor ouders bij problemen rond toelating of ondersteuning.",
            "OPP: ontwikkelingsperspectief.",
            "Ouder- en jeugdsteunpunt: onafhankelijk steunpunt voor ouders en leerlingen.",
            "Terugplaatsing: de overstap van een leerling uit het s(b)o naar een basisschool.",
            "TLV: toelaatbaarheidsverklaring.",
        ]),
    ]
    return b


def labels_a():
    crit = {
        "basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
        "plaatsing.procedure": True, "plaatsing.criteria": False,
        "terugstroom.procedure": True, "terugstroom.beleid": True,
        "financien.verdeling": True, "financien.besteding": False,
        "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
        "resultaten.doelen": False, "resultaten.monitoring": False,
        "ouders.informatie": True, "ouders.steunpunt": False,
    }
    adv = {
        "basisondersteuning": ["borging"],
        "plaatsing": ["deskundigen", "duur-categorie"],
        "financien": ["verantwoording"],
        "dekkend-aanbod": ["ketenpartners"],
        "ouders": ["betrokkenheid"],
    }
    notes = {
        "basisondersteuning": "Ch. 'Basisondersteuning: de ondergrens': agreed minimum for every vestiging + 8 concrete provisions; audit/kwaliteitskaart = borging.",
        "plaatsing": "Ch. 'Toelaatbaarheid tot sbo en so': full procedure (loket, dossier, 2 deskundigen, commissie, 6 weken, duur, categorie) but criteria deferred ('worden herijkt ... gepubliceerd'); bezwaar only 'zie bijlage 6' (absent).",
        "terugstroom": "Hidden in sub-section 'Afloop van de TLV' inside the TLV chapter: policy (thuisnabij, conditions, terugkeerarrangement EUR 3.500) and procedure (evaluation before 1 Feb, decision, new TLV before 1 Apr).",
        "financien": "Ch. 'Middelen en verdeling': verdeelmodel (EUR 145 per leerling, vaste voet, niveau-3 toekenning) present; begroting excluded and meerjarenraming 'p.m.'.",
        "dekkend-aanbod": "Ch. 4: continuum table (niveau 1-4, voorzieningen) + yearly gap check, thuiszittersoverleg, doorzettingsmacht; OOGO section covers jeugdhulp/OZA.",
        "resultaten": "Only passing mentions (voorwoord, TOC, begrippenlijst) and a deferral to a 'kwaliteitskader ... voorjaar 2026'; financial accountability is not results monitoring.",
        "ouders": "Ch. 'Ouders en communicatie': channels (ouderpagina, folder in 4 languages, schoolgids, info evenings); independent help only 'meer informatie op onze website'; OJSP/onderwijsconsulent only in begrippenlijst.",
    }
    return crit, adv, notes


# ---------------------------------------------------------------------------
# Plan B: VO, Word file with numbered-list headings, .docx
# ---------------------------------------------------------------------------

CTX_B = dict(
    naam="Samenwerkingsverband VO Peelrand-Noord", kort="SWV Peelrand-Noord",
    code="VO 30-11", sector="vo", periode="2025-2029", start=2025, eind=2029,
    regio="Peelrand-Noord", gemeenten="Peelhoven, Vlierdonk en Asten-Vaart",
    bestuurder="J.A. (Joost) van der Heijden MEd", nbesturen=6, partner_swv="PO De Peelkring",
    datum_overleg="21 januari 2025", datum_opr="2 april 2025", datum_oogo="13 maart 2025",
    datum_vaststelling="8 april 2025", opr_leden=10, fte="11,2",
)


def plan_b():
    c = CTX_B
    toc = TOC([
        "1. Inleiding en voorwoord",
        "2. Visie en missie",
        "3. Basisondersteuning",
        "4. Toewijzing van ondersteuning: vso, lwoo en pro",
        "   4.5 Terugplaatsing en overplaatsing",
        "5. Het ondersteuningsaanbod en het dekkend netwerk",
        "6. Ambities en beoogde resultaten",
        "7. Geld en middelen",
        "8. Communicatie en samenwerking",
        "9. Organisatie, medezeggenschap en gemeenten",
        "10. Afkortingen",
    ])
    b = [toc]
    b += voorwoord(c)
    b += visie(c)
    b += [
        H1("Basisondersteuning"),
        P("""Basisondersteuning is het door alle schoolbesturen van het samenwerkingsverband
        afgesproken niveau van ondersteuning dat iedere vestiging, van praktijkonderwijs tot gymnasium,
        ten minste biedt aan iedere leerling die dat nodig heeft. Het is de gezamenlijke ondergrens,
        vastgesteld door het bestuur op 12 december 2024 en onderschreven door alle zes besturen. Geen
        school in Peelrand-Noord biedt minder."""),
        P("""Welke voorzieningen dat concreet zijn, beschrijft iedere school in haar
        schoolondersteuningsprofiel en, vanaf het schooljaar 2026-2027, in de schoolgids. Het document
        'Standaarden basisondersteuning 2019' wordt in de loop van 2026 geactualiseerd en na instemming
        van de OPR als bijlage aan dit plan toegevoegd."""),
        H2("Audit"),
        P("""Om de twee jaar bezoekt de auditcommissie van het samenwerkingsverband iedere vestiging.
        De commissie bestaat uit een ondersteuningscoördinator van een andere school en een orthopedagoog
        van het bureau. Het verslag gaat naar de schoolleiding en het bestuur. Voldoet een vestiging niet
        aan de ondergrens, dan spreekt de directeur-bestuurder het bestuur daarop aan en volgt binnen zes
        maanden een hercontrole."""),
        H1("Toewijzing van ondersteuning: vso, lwoo en pro"),
        P("""Het samenwerkingsverband beslist over de toelaatbaarheid tot het voortgezet speciaal
        onderwijs (vso) en over de toewijzing van leerwegondersteuning (lwoo) en praktijkonderwijs (pro).
        Voor alle drie geldt één loket: het Loket Peelrand. Het loket is op werkdagen telefonisch
        bereikbaar en werkt met een digitaal aanvraagportaal."""),
        H2("Procedure vso"),
        OL([
            """Het bevoegd gezag van de school waar de leerling is ingeschreven of is aangemeld, dient
            de aanvraag in bij het Loket Peelrand.""",
            """De aanvraag bevat het OPP met de geëvalueerde ondersteuning van ten minste het
            afgelopen half jaar, het verslag van het multidisciplinair overleg en de zienswijze van ouders
            en, vanaf 12 jaar, van de leerling zelf.""",
            """Twee onafhankelijke deskundigen adviseren schriftelijk: een orthopedagoog of
            GZ-psycholoog en, afhankelijk van de vraag, een jeugdarts, kinderpsychiater of
            maatschappelijk werker.""",
            """De TLV-commissie beslist binnen vier weken na ontvangst van een volledige aanvraag.
            In spoedgevallen is een besluit binnen vijf werkdagen mogelijk.""",
        ]),
        H2("Criteria vso"),
        P("""Een leerling is toelaatbaar tot het vso wanneer aan alle volgende voorwaarden is voldaan:"""),
        TBL([
            ["Criterium", "Toelichting"],
            ["Ondersteuningsbehoefte", "de behoefte is blijvend en raakt ten minste twee domeinen (leren, gedrag, sociaal-emotioneel, medisch, communicatie)"],
            ["Ingezette ondersteuning", "ten minste twee arrangementen in het regulier vo of de OPDC zijn ingezet en geëvalueerd, zonder voldoende resultaat"],
            ["Perspectief", "het OPP laat zien dat de doelen in het regulier vo ook met extra ondersteuning niet haalbaar zijn"],
            ["Categorie laag", "standaard; midden bij lichamelijke beperking of langdurige ziekte, hoog bij meervoudige beperking"],
        ]),
        P("""Een TLV wordt afgegeven voor ten hoogste twee schooljaren, tot en met 31 juli. Bij een
        blijvende ernstige beperking kan de commissie een TLV tot het einde van de vso-loopbaan
        afgeven."""),
        H2("Leerwegondersteuning en praktijkonderwijs"),
        P("""Voor pro gelden de landelijke criteria: een IQ tussen 55 en 80 en een leerachterstand van
        ten minste 50% op twee of meer domeinen, waarvan één begrijpend lezen of inzichtelijk rekenen.
        Het samenwerkingsverband heeft voor lwoo gekozen voor eigen criteria (opting out): een leerling
        komt in aanmerking bij een leerachterstand van 25 tot 50% op ten minste twee domeinen, of bij
        sociaal-emotionele problematiek die het leren aantoonbaar belemmert, vastgesteld met een
        gestandaardiseerd instrument. De vo-school dient de aanvraag in vóór 1 maart van het jaar van
        instroom; het loket beslist vóór 15 april. Een lwoo-aanwijzing geldt voor de duur van de
        opleiding."""),
        H2("Bezwaar"),
        P("""Ouders die het niet eens zijn met een besluit over een TLV, lwoo of pro, kunnen binnen zes
        weken bezwaar maken. Het samenwerkingsverband is aangesloten bij de Landelijke
        Bezwaaradviescommissie Toelaatbaarheidsverklaringen, die het bestuur adviseert. Ouders ontvangen
        altijd een afschrift van de deskundigenadviezen."""),
        H2("Terugplaatsing en overplaatsing"),
        P("""Ons uitgangspunt is dat een leerling niet langer in het vso blijft dan nodig is. Terugkeer
        naar een reguliere vo-school gebeurt wanneer de leerling daar, met de ondersteuning die de school
        kan bieden, zijn diploma of een passend uitstroomniveau kan halen. Voorwaarden zijn dat de
        leerling ten minste een half jaar stabiel functioneert en dat ouders en leerling de overstap
        steunen. Na terugkeer krijgt de leerling gedurende maximaal een schooljaar een
        terugkeerarrangement met wekelijkse coaching, bekostigd door het samenwerkingsverband."""),
        P("""Hoe dit in stappen verloopt en wie wanneer aan zet is, wordt vastgelegd in een
        werkinstructie die nog met de vso-scholen wordt afgestemd."""),
        H1("Het ondersteuningsaanbod en het dekkend netwerk"),
        P("""Het aanbod in Peelrand-Noord is opgebouwd in lagen. Iedere school biedt de
        basisondersteuning. Daarboven kan de school binnen de eigen vestiging extra ondersteuning
        organiseren, bijvoorbeeld een Op-Maatklas, een trajectvoorziening of begeleiding door een
        gedragsspecialist. Wanneer dat niet volstaat, zijn er bovenschoolse voorzieningen."""),
        UL([
            """OPDC De Overstap: tijdelijke plaatsing van maximaal één schooljaar voor leerlingen die
            vastlopen in het regulier onderwijs, met terugkeer naar de eigen of een andere school.""",
            """Rebound De Klimmer: een time-out van zes tot twaalf weken voor leerlingen met ernstige
            gedragsproblemen.""",
            """Internationale schakelklas (ISK) in Peelhoven voor nieuwkomers van 12 tot 18 jaar.""",
            """Twee scholen voor vso (cluster 3 en 4) en een vso-afdeling bij een zorginstelling voor
            onderwijs-zorgarrangementen.""",
            """Praktijkonderwijs op twee locaties en lwoo op alle vmbo-vestigingen.""",
        ]),
        P("""Samen vormen deze voorzieningen een samenhangend geheel van basis, extra en specialistische
        ondersteuning. Overgangen tussen de lagen worden besproken in het multidisciplinair overleg van
        de school, waarin een consulent van het samenwerkingsverband zitting heeft."""),
        P("""Of het netwerk dekkend is en waar witte vlekken zitten, brengen we in kaart zodra de nieuwe
        regionale monitor beschikbaar is; die wordt in 2027 verwacht. Het thema thuiszitters krijgt in
        het jaarplan 2026 een eigen uitwerking."""),
        H1("Ambities en beoogde resultaten"),
        P("""Voor de planperiode hebben we vijf ambities geformuleerd. Ze zijn vertaald in meetbare
        doelen die we aan het eind van de periode willen hebben bereikt."""),
        TBL([
            ["Ambitie", "Indicator", "Nulmeting 2024", "Doel 2029"],
            ["Thuisnabij onderwijs", "deelnamepercentage vso (1 oktober)", "3,9%", "3,4%"],
            ["Niemand thuis", "aantal thuiszitters langer dan 4 weken", "23", "minder dan 10"],
            ["Snel duidelijkheid", "doorlooptijd TLV-besluit", "5,5 week", "maximaal 4 weken"],
            ["Tevreden ouders", "tevredenheid ouders over het loket", "6,8", "7,5"],
            ["Soepele overstap", "leerlingen OPDC terug in regulier vo binnen 1 jaar", "71%", "85%"],
        ]),
        P("""Hoe en wanneer wij de voortgang op deze doelen meten, wie daarover rapporteert en hoe het
        bestuur bijstuurt, werken wij uit in een monitoringsplan. Dat plan wordt na de zomer van 2025
        aan de OPR gepresenteerd."""),
        H1("Geld en middelen"),
        P("""Het samenwerkingsverband ontvangt jaarlijks ongeveer €11,9 miljoen aan
        ondersteuningsmiddelen. Daarvan wordt een deel door DUO rechtstreeks afgedragen aan de vso-scholen
        en voor lwoo en pro aan de scholen die deze onderwijsvorm aanbieden. Over het deel dat het
        samenwerkingsverband zelf verdeelt, maken de besturen de volgende afspraken."""),
        H2("Verdeling"),
        UL([
            """Middelen lichte ondersteuning gaan naar de besturen, naar rato van het aantal leerlingen
            op 1 oktober van het voorgaande jaar, met een vaste voet van €40.000 per vestiging.""",
            """Bovenschoolse voorzieningen (OPDC, rebound, ISK) worden rechtstreeks door het
            samenwerkingsverband bekostigd op basis van het aantal plaatsen.""",
            """Individuele arrangementen worden per leerling toegekend door het loket, binnen een
            jaarlijks plafond van €450.000.""",
        ]),
        H2("Meerjarenbegroting"),
        TBL([
            ["(x €1.000)", "2025", "2026", "2027", "2028", "2029"],
            ["Baten rijksbijdrage", "11.920", "11.870", "11.760", "11.650", "11.540"],
            ["Afdracht vso (DUO)", "-4.310", "-4.250", "-4.190", "-4.120", "-4.060"],
            ["Afdracht lwoo/pro", "-3.150", "-3.140", "-3.120", "-3.100", "-3.080"],
            ["Lichte ondersteuning besturen", "-2.240", "-2.240", "-2.220", "-2.200", "-2.180"],
            ["Bovenschoolse voorzieningen", "-1.380", "-1.400", "-1.400", "-1.400", "-1.400"],
            ["Individuele arrangementen", "-450", "-450", "-450", "-450", "-450"],
            ["Bureau en personeel", "-720", "-730", "-740", "-750", "-760"],
            ["Resultaat", "-330", "-340", "-360", "-370", "-390"],
        ]),
        P("""De negatieve resultaten zijn bewust begroot: het samenwerkingsverband bouwt de reserve af
        van €2,4 miljoen naar de signaleringswaarde van ongeveer €0,6 miljoen in 2029. Daarmee blijft een
        weerstandsvermogen van 5% van de baten over."""),
        P("""Besturen verantwoorden vóór 1 juni de besteding van de middelen lichte ondersteuning per
        vestiging in een digitaal format, dat het bureau analyseert en bespreekt in de algemene
        vergadering."""),
        H1("Communicatie en samenwerking"),
        P("""Goede communicatie is een voorwaarde voor vertrouwen. Het samenwerkingsverband communiceert
        met scholen, gemeenten, ketenpartners en ouders."""),
        H2("Met ouders en leerlingen"),
        P("""Ouders vinden op de website de pagina 'Voor ouders', met uitleg over de ondersteuning die
        iedere school biedt, over de bovenschoolse voorzieningen en over de weg naar vso, lwoo en pro. In
        groep 8 ontvangen alle ouders via de basisschool de brochure 'Passend onderwijs in de Peel', die
        ook in eenvoudige taal beschikbaar is. De mentor is op school het eerste aanspreekpunt; bij
        vragen over ondersteuning kunnen ouders ook rechtstreeks het Loket Peelrand bellen."""),
        P("""Voor onafhankelijk advies kunnen ouders en leerlingen terecht bij het Ouder- en
        Jeugdsteunpunt Peelrand, dat los van de scholen en het samenwerkingsverband werkt. Het steunpunt
        is bereikbaar per telefoon, e-mail en via een wekelijks inloopspreekuur in de bibliotheek van
        Peelhoven. Bij een dreigende vastloper kunnen ouders ook de Onderwijsconsulenten inschakelen.
        Geschillen over toelating, verwijdering of het OPP kunnen worden voorgelegd aan de
        Geschillencommissie passend onderwijs."""),
        H2("Met scholen"),
        P("""Scholen ontvangen een maandelijkse nieuwsbrief en kunnen bij hun vaste consulent terecht.
        Twee keer per jaar is er een bijeenkomst voor ondersteuningscoördinatoren."""),
    ]
    b += governance(c)
    b += opr(c)
    b += oogo(c)
    b += personeel(c)
    b += kennisdeling(c)
    b += ict_privacy(c)
    b += totstandkoming(c)
    b += [
        H1("Afkortingen"),
        UL([
            "ISK – internationale schakelklas",
            "LBT – Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen",
            "lwoo – leerwegondersteunend onderwijs",
            "OJSP – ouder- en jeugdsteunpunt",
            "OPDC – orthopedagogisch-didactisch centrum",
            "OPP – ontwikkelingsperspectief(plan)",
            "OPR – ondersteuningsplanraad",
            "pro – praktijkonderwijs",
            "TLV – toelaatbaarheidsverklaring",
            "vso – voortgezet speciaal onderwijs",
            "Zorgplicht – de plicht van een school om een passende plek te bieden of te vinden",
        ]),
    ]
    return b


def labels_b():
    crit = {
        "basisondersteuning.niveau": True, "basisondersteuning.inhoud": False,
        "plaatsing.procedure": True, "plaatsing.criteria": True,
        "terugstroom.procedure": False, "terugstroom.beleid": True,
        "financien.verdeling": True, "financien.besteding": True,
        "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": False,
        "resultaten.doelen": True, "resultaten.monitoring": False,
        "ouders.informatie": True, "ouders.steunpunt": True,
    }
    adv = {
        "basisondersteuning": ["borging"],
        "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
        "financien": ["reserves", "verantwoording"],
        "dekkend-aanbod": ["ketenpartners"],
        "resultaten": ["meetbaar"],
        "ouders": ["betrokkenheid"],
    }
    notes = {
        "basisondersteuning": "Ch. 3: agreed SWV-wide minimum stated, but content delegated to each school's SOP/schoolgids and a 2019 document 'wordt geactualiseerd'; audit = borging.",
        "plaatsing": "Ch. 4 'Toewijzing van ondersteuning': vso procedure (loket, dossier, 2 deskundigen, 4 weken), criteria table, lwoo opting-out + pro criteria, duration, categorie, LBT bezwaar.",
        "terugstroom": "Sub-section 4.5 inside the toewijzing chapter: policy with conditions and terugkeerarrangement; the steps are deferred to a 'werkinstructie die nog ... wordt afgestemd'.",
        "financien": "Ch. 7 'Geld en middelen' (unusual heading): verdeling per leerling + vaste voet + plafond, meerjarenbegroting table 2025-2029, reserves/signaleringswaarde, verantwoording before 1 June.",
        "dekkend-aanbod": "Ch. 5: layered continuum (OPDC, rebound, ISK, vso, pro/lwoo); gap analysis deferred to a monitor 'in 2027 verwacht' and thuiszitters to jaarplan 2026. OOGO section = ketenpartners.",
        "resultaten": "Ch. 6: measurable targets table (nulmeting, doel 2029); how progress is measured/reported is deferred to a monitoringsplan.",
        "ouders": "Inside Ch. 8 'Communicatie en samenwerking': website page, brochure via groep 8, loket; independent OJSP Peelrand, Onderwijsconsulenten, Geschillencommissie; OPR half parents.",
    }
    return crit, adv, notes


# ---------------------------------------------------------------------------
# Plan C: PO, Markdown
# ---------------------------------------------------------------------------

CTX_C = dict(
    naam="Stichting Samenwerkingsverband PO Duin en Polder", kort="SWV Duin en Polder",
    code="PO 27-22", sector="po", periode="2026-2030", start=2026, eind=2030,
    regio="Duin en Polder", gemeenten="Zandvoorde, Polderwijk en Duinrijp",
    bestuurder="mr. drs. S. (Sanne) Kooistra", nbesturen=7, partner_swv="VO Kust en Kennemer-Zuid",
    datum_overleg="27 januari 2026", datum_opr="3 april 2026", datum_oogo="19 maart 2026",
    datum_vaststelling="14 april 2026", opr_leden=6, fte="9,8",
)


def plan_c():
    c = CTX_C
    toc = TOC([
        "Voorwoord",
        "1 Visie en missie",
        "2 Terugblik 2022-2026",
        "3 Basisondersteuning",
        "4 Toelaatbaarheid sbo en so",
        "5 Terug- en overplaatsing (volgt)",
        "6 Verdeling van de ondersteuningsmiddelen",
        "7 Kwaliteitszorg en monitoring",
        "8 Ouders (volgt)",
        "9 Organisatie, OPR en gemeenten",
        "Begrippenlijst",
    ])
    b = [toc]
    b += voorwoord(c)
    b += visie(c)
    b += [
        H1("Terugblik 2022-2026"),
        P("""In de vorige planperiode stond de opbouw van een stevige ondersteuningsstructuur in de
        scholen centraal. We hebben die periode geëvalueerd met de kengetallen die wij jaarlijks
        verzamelen en met gesprekken met directeuren en intern begeleiders. De belangrijkste cijfers staan
        in de tabel hieronder."""),
        TBL([
            ["Kengetal (1 oktober)", "2022", "2023", "2024", "2025"],
            ["Deelname sbo", "2,3%", "2,2%", "2,0%", "1,9%"],
            ["Deelname so", "1,6%", "1,6%", "1,7%", "1,7%"],
            ["Afgegeven TLV's", "118", "124", "109", "112"],
            ["Gemiddelde doorlooptijd aanvraag (weken)", "7,1", "6,4", "5,8", "5,2"],
            ["Tevredenheid scholen over het bureau (1-10)", "6,9", "7,2", "7,4", "7,6"],
        ]),
        P("""Kwalitatief zien we dat scholen de ondersteuningsteams beter benutten en dat intern
        begeleiders vaker vroegtijdig advies vragen. Tegelijk melden scholen dat de handelingsverlegenheid
        bij complexe gedragsvragen groot blijft. Deze terugblik is door het bestuur besproken in
        december 2025."""),
        H1("Basisondersteuning"),
        P("""In Duin en Polder hebben de zeven besturen afgesproken dat iedere school en iedere
        nevenvestiging dezelfde basisondersteuning biedt. Dit niveau is door het algemeen bestuur
        vastgesteld en geldt als minimum voor alle aangesloten basisscholen. Wat ouders op elke school
        mogen verwachten, staat in de tabel."""),
        TBL([
            ["Domein", "Wat iedere school biedt"],
            ["Structuur", "intern begeleider, ondersteuningsteam zes keer per jaar, schoolcontactpersoon SWV"],
            ["Lezen", "dyslexieprotocol met interventies vanaf groep 2, voorleessoftware vanaf groep 5"],
            ["Rekenen", "protocol ernstige rekenproblemen, preteaching in de groep"],
            ["Gedrag", "schoolbrede gedragsaanpak, time-in afspraken, gedragsplan binnen 4 weken"],
            ["Welbevinden", "anti-pestprotocol, jaarlijkse veiligheidsmonitor, aandachtsfunctionaris"],
            ["Begaafdheid", "signalering in groep 1-3, compacten en verrijken, verrijkingsgroep"],
            ["Medisch", "protocol medisch handelen, afspraken met jeugdverpleegkundige"],
            ["Taal", "NT2-aanbod voor anderstaligen, inzet van tolk bij oudergesprekken"],
            ["Werkwijze", "handelingsgericht werken, groepsplannen, OPP waar nodig"],
        ]),
        P("""Scholen nemen deze afspraken over in hun schoolgids. Het bureau controleert jaarlijks
        steekproefsgewijs of de schoolgidsen volledig zijn."""),
        H1("Toelaatbaarheid sbo en so"),
        P("""Het samenwerkingsverband geeft toelaatbaarheidsverklaringen af voor het speciaal
        basisonderwijs en voor het speciaal onderwijs in cluster 3 en 4. Een leerling is toelaatbaar tot
        het sbo wanneer aan de volgende criteria wordt voldaan:"""),
        UL([
            """de ondersteuningsbehoefte ligt op ten minste twee van de domeinen leren, gedrag en
            sociaal-emotionele ontwikkeling;""",
            """de school heeft de basisondersteuning en ten minste één arrangement van twaalf weken
            ingezet en geëvalueerd;""",
            """de leerling ontwikkelt zich aantoonbaar onvoldoende ten opzichte van de doelen in het OPP,
            gemeten over ten minste zes maanden;""",
            """de ondersteuning die nodig is, vraagt een groepsgrootte en een specialistische aanpak die
            in het regulier basisonderwijs niet haalbaar zijn.""",
        ]),
        P("""Voor toelaatbaarheid tot het so gelden daarnaast de volgende criteria: er is sprake van een
        verstandelijke beperking (cluster 3, IQ lager dan 70 met beperkingen in de zelfredzaamheid), een
        lichamelijke beperking of langdurige ziekte die intensieve zorg in de schooldag vraagt, of van
        ernstige psychiatrische of gedragsproblematiek (cluster 4) waarvoor een therapeutisch klimaat
        nodig is."""),
        P("""De aanvraagprocedure wordt op dit moment herzien in het kader van de regionale
        harmonisatie. Vanaf 1 augustus 2026 wordt de procedure opnieuw beschreven; tot die tijd geldt de
        werkwijze zoals die op de website van het samenwerkingsverband staat."""),
        H1("Terug- en overplaatsing"),
        P("""Een notitie over terug- en overplaatsing staat gepland voor het tweede planjaar. De
        werkgroep die de notitie voorbereidt, bestaat uit directeuren van sbo, so en basisonderwijs."""),
        H1("Verdeling van de ondersteuningsmiddelen"),
        P("""Het samenwerkingsverband verdeelt de middelen die na de afdrachten aan het speciaal
        onderwijs overblijven volgens vaste regels. De verdeling is door het algemeen bestuur vastgesteld
        met instemming van de OPR."""),
        UL([
            """Basisbudget: ieder bestuur ontvangt €132 per leerling op de teldatum van 1 oktober van
            het voorgaande jaar, voor de versterking van de ondersteuning in de scholen.""",
            """Vaste voet: iedere school ontvangt €4.000, zodat kleine scholen een minimale
            ondersteuningsstructuur kunnen bekostigen.""",
            """Arrangementenbudget: het bureau kent arrangementen per leerling toe op aanvraag van de
            school, tot een maximum van €9.000 per leerling per schooljaar.""",
            """Groeibekostiging sbo en so: het samenwerkingsverband draagt de groeibekostiging die
            ontstaat door groei na de teldatum van 1 oktober; de peildatum is 1 februari.""",
        ]),
        TBL([
            ["Meerjarenbegroting (x €1.000)", "2026", "2027", "2028", "2029", "2030"],
            ["Baten", "9.480", "9.410", "9.350", "9.290", "9.240"],
            ["Afdrachten sbo en so", "4.620", "4.650", "4.660", "4.680", "4.700"],
            ["Basisbudget besturen", "2.660", "2.620", "2.590", "2.560", "2.530"],
            ["Vaste voet scholen", "236", "236", "232", "232", "228"],
            ["Arrangementen", "1.120", "1.100", "1.080", "1.060", "1.040"],
            ["Bureau", "980", "990", "1.000", "1.010", "1.020"],
            ["Saldo", "-136", "-186", "-212", "-252", "-278"],
        ]),
        P("""De reserve bedraagt bij aanvang van de planperiode €1,9 miljoen. Met de begrote tekorten
        daalt zij naar ongeveer €0,8 miljoen, wat boven de gehanteerde ondergrens van 10% van de baten
        blijft."""),
        H1("Kwaliteitszorg en monitoring"),
        P("""Het samenwerkingsverband werkt volgens een vaste kwaliteitscyclus. Elk jaar per 1 oktober
        verzamelt het bureau de kengetallen uit de terugblik: deelname sbo en so, het aantal TLV's, de
        doorlooptijd van aanvragen en de tevredenheid van scholen. In november worden de cijfers
        vergeleken met het landelijk beeld en met de voorgaande jaren. In december bespreekt het bestuur
        de analyse; de bevindingen en de bijstelling van beleid staan in het jaarverslag, dat vóór 1 juli
        wordt gepubliceerd. Eens in de twee jaar houden we een tevredenheidspeiling onder scholen."""),
        P("""Onze ambities voor de komende jaren formuleren wij na de evaluatie van het eerste planjaar,
        zodat we kunnen aansluiten bij de uitkomsten van de regionale harmonisatie."""),
        H1("Ouders"),
        P("""Informatie voor ouders volgt op de nieuwe website van het samenwerkingsverband, die in 2026
        live gaat."""),
        H1("Voorzieningen en thuiszitters"),
        P("""Een analyse van het dekkend aanbod en een overzicht van alle voorzieningen en
        arrangementen in de regio volgen in de loop van 2026 in de 'Kaart van het aanbod'. Voor de aanpak
        van thuiszitters verwijzen wij naar de gezamenlijke notitie met de gemeenten (bijlage 5)."""),
    ]
    b += governance(c)
    b += opr(c, with_composition=False)
    b += oogo(c, themes=False)
    b += personeel(c)
    b += ict_privacy(c)
    b += totstandkoming(c)
    b += planning(c)
    b += communicatie_algemeen(c)
    b += bedrijfsvoering(c)
    b += integriteit(c)
    b += leerlingenvervoer(c)
    b += [
        H1("Begrippenlijst"),
        UL([
            "Arrangement: een afgesproken pakket extra ondersteuning voor een leerling of groep.",
            "Dekkend aanbod: een netwerk van voorzieningen waarin voor iedere leerling een passende plek is.",
            "Onderwijsconsulenten: onafhankelijke adviseurs die ouders bijstaan bij vastgelopen situaties.",
            "Ouder- en jeugdsteunpunt (OJSP): onafhankelijk steunpunt voor ouders en leerlingen.",
            "Terugplaatsing: de overstap van een leerling van sbo of so naar de basisschool.",
            "Thuiszitter: een leerplichtige leerling die zonder geldige reden niet naar school gaat.",
            "TLV: toelaatbaarheidsverklaring.",
            "Zorgplicht: de plicht van het schoolbestuur om een passende plek te bieden.",
        ]),
    ]
    return b


def labels_c():
    crit = {
        "basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
        "plaatsing.procedure": False, "plaatsing.criteria": True,
        "terugstroom.procedure": False, "terugstroom.beleid": False,
        "financien.verdeling": True, "financien.besteding": True,
        "dekkend-aanbod.continuum": False, "dekkend-aanbod.lacunes": False,
        "resultaten.doelen": False, "resultaten.monitoring": True,
        "ouders.informatie": False, "ouders.steunpunt": False,
    }
    adv = {
        "basisondersteuning": ["borging"],
        "financien": ["reserves"],
        "resultaten": ["meetbaar"],
    }
    notes = {
        "basisondersteuning": "Ch. 'Basisondersteuning': minimum agreed for every school incl. nevenvestigingen; the concrete content is only in a domain table; steekproef schoolgidsen = borging.",
        "plaatsing": "Ch. 'Toelaatbaarheid sbo en so': sbo and so criteria listed; procedure 'wordt herzien ... vanaf 1 augustus 2026 opnieuw beschreven' + website reference.",
        "terugstroom": "Only a deferral ('notitie ... gepland voor het tweede planjaar'), a TOC line marked '(volgt)' and the begrippenlijst.",
        "financien": "Ch. 'Verdeling van de ondersteuningsmiddelen': per-leerling budget, vaste voet, arrangementen, groeibekostiging + meerjarenbegroting 2026-2030 table + reserve.",
        "dekkend-aanbod": "Only deferral ('Kaart van het aanbod' volgt in 2026), a reference to absent bijlage 5 for thuiszitters, a procedural-only OOGO section (themes deferred) and the begrippenlijst.",
        "resultaten": "Terugblik table with achieved figures + Ch. 'Kwaliteitszorg en monitoring' cycle (1 Oct, Nov, Dec, jaarverslag); intended results explicitly deferred ('ambities ... formuleren wij na de evaluatie').",
        "ouders": "Only 'Informatie voor ouders volgt op de nieuwe website' (deferral), TOC '(volgt)', begrippenlijst OJSP/onderwijsconsulenten; OPR text has no parent composition.",
    }
    return crit, adv, notes


# ---------------------------------------------------------------------------
# Plan D: VO, HTML with navigation menu
# ---------------------------------------------------------------------------

CTX_D = dict(
    naam="Samenwerkingsverband VO Zaan-IJmond Oost", kort="SWV Zaan-IJmond Oost",
    code="VO 27-15", sector="vo", periode="2025-2029", start=2025, eind=2029,
    regio="Zaan-IJmond Oost", gemeenten="Westzaanhoven, Krommenveld en Assenburg",
    bestuurder="drs. R. (Rachid) El Amrani", nbesturen=5, partner_swv="PO Zaanoever",
    datum_overleg="30 januari 2025", datum_opr="27 maart 2025", datum_oogo="6 maart 2025",
    datum_vaststelling="3 april 2025", opr_leden=8, fte="12,4",
)

NAV_D = ["Over ons", "Ouders", "Scholen", "Toelaatbaarheid", "Terugplaatsing", "Financiën", "Contact"]


def plan_d():
    c = CTX_D
    b = []
    b += voorwoord(c)
    b += visie(c)
    b += [
        H1("Leeswijzer"),
        P("""Dit is de webversie van het ondersteuningsplan. De hoofdstukken staan in het menu links.
        De pagina's Toelaatbaarheid en Terugplaatsing in het bovenmenu leiden naar de praktische
        informatie op onze website; de inhoud van het plan zelf staat op deze pagina. Een printbare
        versie is op aanvraag beschikbaar bij het secretariaat."""),
        H1("Wat iedere school biedt"),
        P("""Basisondersteuning omvat bij ons de volgende voorzieningen. Deze opsomming is het resultaat
        van een inventarisatie onder alle veertien vestigingen in 2024 en beschrijft wat onder
        basisondersteuning wordt verstaan:"""),
        UL([
            "een mentor die wekelijks contact heeft met iedere leerling in de onderbouw;",
            "een ondersteuningscoördinator en een zorgadviesteam dat ten minste zes keer per jaar overlegt;",
            "een dyslexie- en dyscalculiebeleid met faciliteiten zoals extra tijd en voorleessoftware;",
            "trainingen faalangstreductie en sociale vaardigheden;",
            "huiswerkbegeleiding en ondersteuning bij plannen en organiseren (executieve functies);",
            "een time-out- of opvangruimte met vaste begeleiding;",
            "een protocol voor medisch handelen en voor leerlingen met langdurige ziekte;",
            "samenwerking met de jeugdarts, de leerplichtambtenaar en het sociaal wijkteam.",
        ]),
        P("""Anders dan in veel andere verbanden hebben de besturen nog geen afspraak gemaakt dat iedere
        vestiging dit volledige pakket biedt. Het vaststellen van een gezamenlijke ondergrens, die voor
        alle vestigingen bindend wordt, is een opdracht voor het schooljaar 2026-2027, in aansluiting op
        de landelijke norm basisondersteuning."""),
        H1("Ons ondersteuningsaanbod"),
        P("""Het aanbod in Zaan-IJmond Oost is opgebouwd als een doorlopende lijn van lichte naar
        zware ondersteuning. Binnen de school is er de basisondersteuning en, waar nodig, een
        schoolarrangement. Daarnaast zijn er bovenschoolse voorzieningen en het voortgezet speciaal
        onderwijs."""),
        TBL([
            ["Voorziening", "Voor wie", "Capaciteit", "Duur"],
            ["Schoolarrangement", "leerling met tijdelijke extra behoefte", "per school", "max. 1 jaar"],
            ["OPDC Het Kruispunt", "leerlingen die vastlopen in vmbo/havo", "48 plaatsen", "max. 1 jaar"],
            ["Rebound Zaanoever", "time-out bij ernstig gedrag", "12 plaatsen", "6-12 weken"],
            ["Plusprogramma", "hoogbegaafde leerlingen", "4 scholen", "doorlopend"],
            ["ISK Westzaanhoven", "nieuwkomers 12-18 jaar", "90 plaatsen", "1-2 jaar"],
            ["Praktijkonderwijs", "leerlingen met pro-aanwijzing", "2 scholen", "tot diploma/certificaat"],
            ["Vso cluster 3 en 4", "leerlingen met TLV", "3 locaties", "volgens TLV"],
            ["Onderwijs-zorgarrangement", "leerlingen die onderwijs en zorg combineren", "20 plaatsen", "maatwerk"],
        ]),
        P("""De overstap van het primair naar het voortgezet onderwijs verloopt via een warme overdracht
        met de samenwerkingsverbanden PO in de regio. Leerlingen die na het vo naar het mbo gaan,
        worden begeleid door de overstapcoach van de regionale overstapvoorziening."""),
        H2("Waar het aanbod tekortschiet"),
        P("""Twee keer per jaar, in november en in mei, houden we een wachtlijstmonitor bij: alle
        voorzieningen melden hoeveel leerlingen wachten en hoe lang. Leerlingen die langer dan zes weken
        wachten, worden besproken aan de thuiszitterstafel, waaraan het samenwerkingsverband, de
        leerplichtambtenaren en de jeugdhulp deelnemen. Binnen tien werkdagen wordt een tussenoplossing
        afgesproken en een casusregisseur aangewezen. Structurele tekorten worden in het jaarplan
        vertaald naar uitbreiding van capaciteit. Zo is in 2024 op basis van de monitor de ISK uitgebreid
        met een tweede locatie. Het schoolbestuur dat zorgplicht heeft, blijft verantwoordelijk tot er een
        passende plek is."""),
        H1("Toelaatbaarheid"),
        P("""De procedures voor toelaatbaarheid tot het vso en voor de aanwijzing van lwoo en de
        toelaatbaarheid tot het praktijkonderwijs zijn opgenomen in het Handboek Toewijzing, dat door
        het bestuur separaat wordt vastgesteld en jaarlijks wordt bijgewerkt."""),
        H1("Van vso naar de vo-school in de buurt"),
        P("""We vinden dat een leerling in het vso, zodra het kan, terug moet kunnen naar een reguliere
        school dicht bij huis. Niet als doel op zich, maar omdat een reguliere omgeving meer
        perspectief biedt op vervolgonderwijs en werk. Een terugkeer is verantwoord wanneer de leerling
        de doelen uit het OPP grotendeels behaalt, stabiel functioneert in een groep van minimaal
        vijftien leerlingen en ouders en leerling de stap willen zetten."""),
        OL([
            """Elk jaar evalueert de vso-school het OPP met ouders en leerling en beoordeelt zij of een
            terugkeer in beeld komt.""",
            """In het laatste jaar van de TLV bespreekt de vso-school uiterlijk 1 maart met ouders,
            leerling en de consulent van het samenwerkingsverband of terugkeer mogelijk is.""",
            """Bij een positief oordeel zoekt de consulent samen met ouders een vo-school; die school
            neemt binnen vier weken een besluit.""",
            """De leerling start met een proefperiode van acht weken, waarin hij twee dagen per week op
            de nieuwe school is en de overige dagen op de vso-school.""",
            """Na de proefperiode besluiten beide scholen met ouders over definitieve inschrijving.
            Is terugkeer (nog) niet haalbaar, dan vraagt de vso-school tijdig een verlenging aan.""",
        ]),
        P("""Na de overstap ontvangt de vo-school een terugkeerarrangement van één schooljaar: ambulante
        begeleiding door de vso-school en €6.000 voor extra begeleiding. In 2023-2024 keerden 14
        leerlingen vanuit het vso terug naar het regulier vo; in 2022-2023 waren dat er 9."""),
        H1("Doelen en resultaten"),
        P("""We hebben onze ambities vertaald in doelen die we kunnen meten. Per doel leggen we een
        indicator, de huidige stand en een streefwaarde vast."""),
        TBL([
            ["Doel", "Indicator", "Stand 2024", "Streefwaarde 2029"],
            ["Meer thuisnabij", "deelname vso op 1 oktober", "3,7%", "3,2%"],
            ["Geen thuiszitters", "thuiszitters > 3 maanden", "17", "0"],
            ["Snelle plek", "wachttijd OPDC", "7 weken", "maximaal 3 weken"],
            ["Terug naar regulier", "terugkeer vso -> vo per jaar", "14", "20"],
            ["Tevredenheid", "ouders tevreden over ondersteuning (peiling)", "71%", "80%"],
        ]),
        P("""Het bureau verzamelt de indicatoren twee keer per jaar in een dashboard dat in de
        bestuursvergadering van februari en september wordt besproken. De tevredenheidspeiling onder
        ouders en scholen vindt elk voorjaar plaats. In het jaarverslag rapporteren we over de bereikte
        resultaten, zowel in cijfers als met verhalen van scholen en ouders. Halverwege de
        planperiode, in 2027, laten we een externe tussenevaluatie uitvoeren; bij achterblijvende
        resultaten stelt het bestuur de aanpak bij."""),
        H1("Begroting en reserves"),
        P("""Het verdeelmodel wordt in het schooljaar 2025-2026 herzien. Het nieuwe model volgt na
        instemming van de OPR. De meerjarenbegroting hieronder laat zien waaraan de middelen in de
        planperiode worden besteed."""),
        TBL([
            ["Bedragen x €1.000", "2025", "2026", "2027", "2028"],
            ["Rijksbijdrage ondersteuning", "14.210", "14.150", "14.020", "13.930"],
            ["Afdrachten vso, lwoo en pro via DUO", "8.640", "8.600", "8.560", "8.510"],
            ["Middelen naar schoolbesturen", "3.020", "3.010", "2.990", "2.970"],
            ["OPDC, rebound, ISK, plusprogramma", "1.610", "1.640", "1.660", "1.680"],
            ["Onderwijs-zorgarrangementen", "420", "430", "440", "450"],
            ["Terugkeerarrangementen", "120", "130", "140", "150"],
            ["Bureau, personeel en huisvesting", "890", "900", "910", "920"],
            ["Saldo", "-490", "-560", "-680", "-750"],
        ]),
        P("""Het samenwerkingsverband beschikt over een algemene reserve van €3,1 miljoen. Dat is meer
        dan nodig. Met de begrote tekorten brengen we de reserve in vier jaar terug naar het niveau van
        het berekende risicoprofiel, ongeveer €0,6 miljoen."""),
        H1("Ouders en leerlingen"),
        P("""Een communicatieplan voor ouders wordt dit schooljaar opgesteld. Daarin leggen we vast hoe
        en via welke kanalen wij ouders informeren over de ondersteuning in onze regio."""),
        P("""Wie onafhankelijk advies zoekt, kan terecht bij het Ouder- en Jeugdsteunpunt Zaanstreek. Het
        steunpunt staat los van scholen en samenwerkingsverband, is telefonisch bereikbaar op werkdagen
        en houdt op woensdagmiddag een inloopspreekuur. Ook de Onderwijsconsulenten kunnen worden
        ingeschakeld als ouders en school er samen niet uitkomen. Klachten over het samenwerkingsverband
        kunnen worden ingediend bij de landelijke klachtencommissie waarbij wij zijn aangesloten."""),
    ]
    b += governance(c)
    b += opr(c)
    b += oogo(c)
    b += personeel(c)
    b += kennisdeling(c)
    b += ict_privacy(c)
    b += totstandkoming(c)
    b += communicatie_algemeen(c)
    b += bedrijfsvoering(c)
    b += [
        H1("Begrippen"),
        UL([
            "Basisondersteuning – het niveau van ondersteuning dat iedere school biedt.",
            "Informatievoorziening ouders – de wijze waarop ouders worden geïnformeerd.",
            "Lwoo – leerwegondersteunend onderwijs.",
            "Pro – praktijkonderwijs.",
            "TLV – toelaatbaarheidsverklaring; zie het Handboek Toewijzing.",
            "Verdeelmodel – de regels voor de verdeling van middelen over de besturen.",
        ]),
    ]
    return b


def labels_d():
    crit = {
        "basisondersteuning.niveau": False, "basisondersteuning.inhoud": True,
        "plaatsing.procedure": False, "plaatsing.criteria": False,
        "terugstroom.procedure": True, "terugstroom.beleid": True,
        "financien.verdeling": False, "financien.besteding": True,
        "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
        "resultaten.doelen": True, "resultaten.monitoring": True,
        "ouders.informatie": False, "ouders.steunpunt": True,
    }
    adv = {
        "terugstroom": ["monitoring"],
        "financien": ["reserves"],
        "dekkend-aanbod": ["ketenpartners"],
        "resultaten": ["meetbaar"],
        "ouders": ["betrokkenheid"],
    }
    notes = {
        "basisondersteuning": "Section 'Wat iedere school biedt': concrete list of what basisondersteuning comprises, but explicitly no agreed minimum for every vestiging yet ('opdracht voor 2026-2027').",
        "plaatsing": "Only a reference to a separately adopted 'Handboek Toewijzing', the nav/top-menu link 'Toelaatbaarheid' and the begrippen list; nothing in the body.",
        "terugstroom": "Section 'Van vso naar de vo-school in de buurt' (unusual heading): policy + conditions, 5-step procedure with 1 March moment, proefperiode, terugkeerarrangement, return figures.",
        "financien": "Section 'Begroting en reserves': meerjarenbegroting table 2025-2028 and reserve reduction; verdeelmodel 'wordt herzien ... volgt'.",
        "dekkend-aanbod": "Section 'Ons ondersteuningsaanbod': continuum table + 'Waar het aanbod tekortschiet': wachtlijstmonitor, thuiszitterstafel, 10 werkdagen, zorgplicht; OOGO section.",
        "resultaten": "Section 'Doelen en resultaten': indicators with stand 2024 and streefwaarde 2029, dashboard twice a year, jaarverslag, tussenevaluatie 2027.",
        "ouders": "Section 'Ouders en leerlingen': independent OJSP Zaanstreek, Onderwijsconsulenten, klachtencommissie; how parents are informed is deferred to a communicatieplan; nav menu 'Ouders' is a trap.",
    }
    return crit, adv, notes


# ---------------------------------------------------------------------------
# Plan E: PO, slide-like Word layout exported to PDF
# ---------------------------------------------------------------------------

CTX_E = dict(
    naam="Samenwerkingsverband PO Vechtdal-Midden", kort="SWV Vechtdal-Midden",
    code="PO 24-19", sector="po", periode="2025-2029", start=2025, eind=2029,
    regio="Vechtdal-Midden", gemeenten="Vechtzijl, Hardenhoven en Dalmsum",
    bestuurder="drs. H. (Henk) Boerrigter", nbesturen=8, partner_swv="VO Vechtdal",
    datum_overleg="5 februari 2025", datum_opr="20 maart 2025", datum_oogo="27 februari 2025",
    datum_vaststelling="1 april 2025", opr_leden=8, fte="10,4",
)


def plan_e():
    c = CTX_E
    toc = TOC([
        "1. Waarom dit plan",
        "2. Visie: thuisnabij en samen",
        "3. Basisondersteuning",
        "4. De route naar sbo of so",
        "5. Weer naar de basisschool",
        "6. Niemand tussen wal en schip",
        "7. Doelen en hoe we ze volgen",
        "8. Ouders",
        "9. Geld",
        "10. Organisatie, OPR, gemeenten, personeel",
        "11. Begrippen",
    ])
    b = [toc]
    b += [
        H1("Waarom dit plan"),
        UL([
            "Wettelijke opdracht: iedere vier jaar een nieuw ondersteuningsplan.",
            "Planperiode: 1 augustus 2025 tot en met 31 juli 2029.",
            "36 basisscholen, 1 sbo-school, 2 so-scholen, 8 besturen, 9.150 leerlingen.",
            "Vorm: een plan in dia's, met toelichting onder iedere dia.",
        ]),
        P("""Toelichting. Wij hebben gekozen voor een plan in de vorm van een presentatie. Uit de
        raadpleging bleek dat leraren en ouders lange plannen niet lezen. Iedere dia bevat de kern; de
        toelichting eronder geeft de details die nodig zijn om de afspraken goed uit te voeren. De dia's
        zijn ook te gebruiken in teamvergaderingen en op ouderavonden."""),
    ]
    b += voorwoord(c)
    b += visie(c)
    b += [
        H1("Basisondersteuning"),
        UL([
            "Basisondersteuning: in ontwikkeling.",
            "Nieuwe standaarden volgen na de landelijke norm (verwacht 2026).",
            "Tot die tijd: zie de schoolgids van uw school.",
        ]),
        P("""Toelichting. De standaarden uit het vorige plan zijn verouderd. Omdat er landelijk wordt
        gewerkt aan een norm voor basisondersteuning, wachten wij die af voordat we nieuwe afspraken
        maken. Het bestuur neemt hierover een besluit zodra de norm bekend is."""),
        H1("De route naar sbo of so"),
        OL([
            "Stap 1 – De basisschool bespreekt de leerling in het ondersteuningsteam, met ouders.",
            "Stap 2 – Het schoolbestuur dient de aanvraag in bij de Commissie Toewijzing van het SWV.",
            "Stap 3 – Twee deskundigen adviseren ieder apart: een orthopedagoog of psycholoog en een tweede deskundige (bijvoorbeeld arts of maatschappelijk werker).",
            "Stap 4 – De Commissie Toewijzing beslist binnen 6 weken.",
            "Stap 5 – Ouders krijgen het besluit en de adviezen schriftelijk.",
        ]),
        P("""Toelichting bij de route. De aanvraag wordt ingediend door het bestuur van de school waar de
        leerling is ingeschreven. Het dossier bevat het OPP, de verslagen van de besprekingen in het
        ondersteuningsteam en de zienswijze van ouders. De Commissie Toewijzing bestaat uit een
        voorzitter (de directeur van het bureau) en twee orthopedagogen die niet bij de aanvraag
        betrokken waren. De termijn van zes weken gaat in op de dag dat het dossier volledig is."""),
        H2("Wanneer toelaatbaar?"),
        TBL([
            ["Naar", "Criteria"],
            ["sbo", "ondersteuningsbehoefte op leren én gedrag of welbevinden; minimaal 2 geëvalueerde arrangementen in de basisschool; groei volgens OPP blijft ruim achter"],
            ["so cluster 3", "verstandelijke beperking (IQ < 70) of ernstige lichamelijke/medische beperking die dagelijkse zorg vraagt"],
            ["so cluster 4", "ernstige gedrags- of psychiatrische problematiek die een specialistisch pedagogisch klimaat vereist; jeugdhulp is betrokken"],
        ]),
        P("""Toelichting. Een TLV voor het sbo geldt tot het einde van het schooljaar waarin de leerling
        twaalf jaar wordt, tenzij de commissie een kortere duur bepaalt. Een TLV voor het so geldt voor
        twee schooljaren en vermeldt de bekostigingscategorie laag, midden of hoog. Ouders kunnen binnen
        zes weken bezwaar maken; het samenwerkingsverband vraagt dan advies aan de Landelijke
        Bezwaaradviescommissie Toelaatbaarheidsverklaringen."""),
        H1("Weer naar de basisschool"),
        TBL([
            ["Wanneer", "Wat", "Wie"],
            ["september laatste TLV-jaar", "OPP-gesprek: is terugkeer in beeld?", "s(b)o-school, ouders"],
            ["vóór 1 december", "adviesgesprek met trajectbegeleider en mogelijke basisschool", "trajectbegeleider SWV"],
            ["vóór 1 maart", "besluit: terug naar basisschool of aanvraag nieuwe TLV", "Commissie Toewijzing"],
            ["voor de zomer", "overdracht aan de basisschool, kennismaking leerling", "s(b)o-school, basisschool"],
            ["6 weken na start", "evaluatie met ouders", "basisschool, trajectbegeleider"],
        ]),
        P("""Toelichting. Het initiatief ligt bij de s(b)o-school, die de looptijd van de TLV bewaakt.
        De uitgangspunten en voorwaarden voor terugplaatsing en de ondersteuning na terugkeer bespreken
        we in 2026 met de directeuren van sbo en so; ze worden daarna toegevoegd aan dit plan."""),
        H1("Niemand tussen wal en schip"),
        UL([
            "Thuiszittersoverleg: elke maand, met leerplicht en jeugdhulp.",
            "Binnen 3 weken een plan voor iedere thuiszitter.",
            "Wachtlijsten: elk kwartaal in beeld.",
            "Geen plek? De directeur-bestuurder beslist binnen 4 weken.",
        ]),
        P("""Toelichting. Iedere leerling die langer dan drie weken ongeoorloofd of geoorloofd thuiszit,
        wordt door de school gemeld bij het bureau. In het maandelijkse overleg met de
        leerplichtambtenaren en de jeugdhulp van de drie gemeenten wordt per leerling een regisseur
        aangewezen en een plan gemaakt. Elk kwartaal vraagt het bureau bij de sbo- en so-scholen en bij de
        bovenschoolse groepen de wachtlijsten op. Blijkt dat een groep leerlingen structureel geen plek
        vindt, dan legt het bureau binnen een maand een voorstel voor aan het bestuur. Als school en
        ouders er niet uitkomen, neemt de directeur-bestuurder binnen vier weken een besluit over de
        plek. Een overzicht van alle arrangementen en voorzieningen in de regio volgt in de
        Arrangementenkaart 2026."""),
        H1("Doelen en hoe we ze volgen"),
        TBL([
            ["Doel", "Nu (2024)", "In 2029"],
            ["Thuiszitters langer dan 3 maanden", "11", "maximaal 3"],
            ["Deelname sbo + so (1 oktober)", "3,6%", "3,2%"],
            ["Doorlooptijd aanvraag TLV", "7 weken", "maximaal 6 weken"],
            ["Ouders tevreden over ondersteuning", "68%", "80%"],
            ["Scholen tevreden over het SWV", "7,0", "7,5"],
        ]),
        P("""Toelichting. De cijfers worden elk jaar op 1 oktober en 1 april verzameld door het bureau en
        gepresenteerd in een monitor die de directeur-bestuurder bespreekt met het bestuur en de OPR. De
        tevredenheid meten we elk voorjaar met een korte digitale vragenlijst. Over de bereikte
        resultaten rapporteren we in het jaarverslag. Als een doel na twee jaar niet op koers ligt, maakt
        het bureau een analyse en een voorstel voor bijsturing."""),
        H1("Ouders"),
        UL([
            "Ouderpagina op de website en een ouderapp met nieuws.",
            "Folder 'Wat als mijn kind meer nodig heeft?' bij iedere school.",
            "Ouderavonden in het voor- en najaar.",
            "Onafhankelijke hulp: Ouder- en Jeugdsteunpunt Vechtdal, Onderwijsconsulenten.",
        ]),
        P("""Toelichting. De ouderpagina en de folder leggen uit welke ondersteuning scholen bieden, welke
        voorzieningen er zijn en hoe de route naar sbo of so verloopt. De folder is er ook in eenvoudige
        taal en in het Engels, Arabisch en Tigrinya. Ouders die twijfelen, vragen hebben of het niet eens
        zijn met de school of het samenwerkingsverband, kunnen terecht bij het Ouder- en Jeugdsteunpunt
        Vechtdal. Het steunpunt is onafhankelijk, gratis en bereikbaar via telefoon, e-mail en een
        spreekuur in Vechtzijl. Voor vastgelopen situaties kunnen ouders de Onderwijsconsulenten
        inschakelen. Ouders zijn bij iedere bespreking van hun kind in het ondersteuningsteam aanwezig."""),
        H1("Geld"),
        UL([
            "Verdeling van de middelen: zie het Financieel Kader 2025-2029 (bijlage B).",
            "Meerjarenbegroting: volgt na vaststelling van de begroting 2026.",
            "Begroting 2026: p.m.",
        ]),
        P("""Toelichting. Het Financieel Kader is een afzonderlijk document dat door de algemene
        vergadering wordt vastgesteld. Het wordt niet bij dit plan gevoegd, omdat de bedragen jaarlijks
        veranderen."""),
    ]
    b += governance(c)
    b += opr(c)
    b += oogo(c)
    b += personeel(c)
    b += ict_privacy(c)
    b += totstandkoming(c)
    b += planning(c)
    b += kennisdeling(c)
    b += communicatie_algemeen(c)
    b += bedrijfsvoering(c)
    b += [
        H1("Begrippen"),
        UL([
            "Basisondersteuning – wat iedere school in het samenwerkingsverband minimaal biedt.",
            "Meerjarenbegroting – begroting voor de hele planperiode.",
            "Terugplaatsing – terugkeer van sbo of so naar de basisschool.",
            "Verdeelmodel – regels voor de verdeling van het geld over de besturen.",
            "Arrangement – extra ondersteuning voor een leerling of groep.",
        ]),
    ]
    return b


def labels_e():
    crit = {
        "basisondersteuning.niveau": False, "basisondersteuning.inhoud": False,
        "plaatsing.procedure": True, "plaatsing.criteria": True,
        "terugstroom.procedure": True, "terugstroom.beleid": False,
        "financien.verdeling": False, "financien.besteding": False,
        "dekkend-aanbod.continuum": False, "dekkend-aanbod.lacunes": True,
        "resultaten.doelen": True, "resultaten.monitoring": True,
        "ouders.informatie": True, "ouders.steunpunt": True,
    }
    adv = {
        "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
        "dekkend-aanbod": ["ketenpartners"],
        "resultaten": ["meetbaar"],
        "ouders": ["betrokkenheid"],
    }
    notes = {
        "basisondersteuning": "Slide 'Basisondersteuning': only 'in ontwikkeling', deferral to landelijke norm and 'zie de schoolgids'; the term otherwise only in agenda and begrippen slides.",
        "plaatsing": "Slide 'De route naar sbo of so': 5 steps, Commissie Toewijzing, 6 weken, 2 deskundigen; criteria table sbo/so cluster 3/4; duration, categorie, LBT bezwaar in toelichting.",
        "terugstroom": "Slide 'Weer naar de basisschool': procedure only in a table (moments, actors, decision before 1 March); aims/conditions/support deferred to 2026.",
        "financien": "Slide 'Geld': only references to a separate Financieel Kader (bijlage B, absent), 'volgt' and 'p.m.'; bekostigingscategorie in the TLV slide belongs to plaatsing.",
        "dekkend-aanbod": "Slide 'Niemand tussen wal en schip': thuiszitters, wachtlijsten, escalation = lacunes; overview of voorzieningen deferred to 'Arrangementenkaart 2026'; OOGO = ketenpartners.",
        "resultaten": "Slide 'Doelen en hoe we ze volgen': targets table (now vs 2029) + collection twice a year, monitor, jaarverslag, bijsturing.",
        "ouders": "Slide 'Ouders': ouderpagina, app, folder in several languages, ouderavonden; independent OJSP Vechtdal + Onderwijsconsulenten.",
    }
    return crit, adv, notes


# ---------------------------------------------------------------------------
# F: near-miss — school-level 'ondersteuningsplan' of one basisschool
# ---------------------------------------------------------------------------


def doc_f():
    b = [
        TOC([
            "1 Inleiding",
            "2 Onze school en onze leerlingen",
            "3 Basisondersteuning op De Klimop",
            "4 Zorgniveaus en de ondersteuningscyclus",
            "5 Extra ondersteuning via het samenwerkingsverband",
            "6 Toelaatbaarheid en terugplaatsing",
            "7 Ouders",
            "8 Middelen en formatie",
            "9 Resultaten en evaluatie",
            "10 Jaarplanning intern begeleider",
        ]),
        H1("Inleiding"),
        P("""Dit ondersteuningsplan beschrijft hoe openbare basisschool De Klimop in Waalhoven de
        ondersteuning aan haar leerlingen organiseert in het schooljaar 2025-2026. Het plan is
        geschreven door de intern begeleider en de directeur en besproken in het team en in de
        medezeggenschapsraad. Het is een werkdocument voor leerkrachten; de schoolgids bevat de
        samenvatting voor ouders. De school is aangesloten bij het Samenwerkingsverband Passend Onderwijs
        PO Linge-Waaldelta; het ondersteuningsplan van het samenwerkingsverband is het kader waarbinnen
        dit schoolplan is opgesteld."""),
        H1("Onze school en onze leerlingen"),
        P("""De Klimop telt 286 leerlingen in twaalf groepen. Ongeveer 18% van de leerlingen heeft een
        andere thuistaal dan het Nederlands. In de afgelopen drie jaar is het aantal leerlingen met een
        ontwikkelingsperspectief gestegen van zes naar veertien. Het team bestaat uit zeventien
        leerkrachten, een intern begeleider (0,8 fte), een onderwijsassistent en een
        gedragsspecialist die twee dagen per week op school is."""),
        H1("Basisondersteuning op De Klimop"),
        P("""Onze basisondersteuning volgt de standaarden van het samenwerkingsverband. Concreet
        betekent dat voor onze school: werken met groepsoverzichten en groepsplannen, een
        dyslexieprotocol met extra leesinstructie vanaf groep 2, de Kanjertraining in alle groepen,
        een plusgroep op dinsdagmiddag voor leerlingen die meer uitdaging nodig hebben en
        NT2-ondersteuning door de onderwijsassistent. In de schoolgids en in ons
        schoolondersteuningsprofiel staat wat ouders van ons mogen verwachten."""),
        H1("Zorgniveaus en de ondersteuningscyclus"),
        P("""Wij werken handelingsgericht volgens vijf zorgniveaus:"""),
        UL([
            "Niveau 1: goed onderwijs in de groep voor alle leerlingen.",
            "Niveau 2: extra instructie en begeleiding in de groep door de leerkracht.",
            "Niveau 3: specifieke ondersteuning na bespreking met de intern begeleider.",
            "Niveau 4: ondersteuning met inzet van externe deskundigen, bespreking in het ondersteuningsteam.",
            "Niveau 5: ondersteuning met een arrangement van het samenwerkingsverband of verwijzing.",
        ]),
        P("""Drie keer per jaar, in oktober, februari en juni, houden de intern begeleider en de
        leerkracht een groepsbespreking. Daarin worden de resultaten van de methodetoetsen en de
        toetsen van het leerlingvolgsysteem besproken, evenals het welbevinden van de leerlingen.
        Leerlingen over wie zorgen bestaan, worden daarna in een leerlingbespreking besproken. Vier keer
        per jaar is er een ondersteuningsteam met de schoolcontactpersoon van het samenwerkingsverband en
        de jeugdprofessional van de gemeente."""),
        H1("Extra ondersteuning via het samenwerkingsverband"),
        P("""Wanneer onze eigen mogelijkheden niet volstaan, vragen wij bij het samenwerkingsverband een
        arrangement aan. De intern begeleider vult daarvoor het groeidocument in. Het
        samenwerkingsverband beslist over de toekenning. In het schooljaar 2024-2025 hadden vijf
        leerlingen van De Klimop een arrangement, vooral voor gedrag en voor taalontwikkeling."""),
        H1("Toelaatbaarheid en terugplaatsing"),
        P("""Soms is een andere school beter voor een kind. Dan vraagt ons bestuur bij het
        samenwerkingsverband een toelaatbaarheidsverklaring (TLV) aan voor het speciaal basisonderwijs of
        het speciaal onderwijs. De procedure en de criteria staan in het ondersteuningsplan van het
        samenwerkingsverband. Afgelopen jaar zijn twee leerlingen naar het sbo gegaan. Eén leerling is na
        twee jaar sbo teruggekeerd naar De Klimop; de school kreeg daarvoor begeleiding van de
        sbo-school."""),
        H1("Ouders"),
        P("""Ouders zijn onze partners. Wij bespreken zorgen altijd eerst met ouders, en ouders worden
        uitgenodigd voor het ondersteuningsteam. Ouders van leerlingen met een OPP hebben
        instemmingsrecht op het handelingsdeel. Bij vragen kunnen ouders terecht bij de leerkracht, de
        intern begeleider of de directeur. Voor onafhankelijk advies verwijzen wij naar het Ouder- en
        Jeugdsteunpunt van het samenwerkingsverband."""),
        H1("Middelen en formatie"),
        P("""De school ontvangt van het samenwerkingsverband via het bestuur ongeveer €41.000 per jaar
        aan ondersteuningsmiddelen. Wij zetten die in voor de gedragsspecialist (0,4 fte), extra uren
        onderwijsassistentie en scholing van het team op het gebied van gedrag. De besteding wordt
        verantwoord in het jaarverslag van het bestuur."""),
        H1("Resultaten en evaluatie"),
        P("""Aan het einde van het schooljaar evalueren wij dit plan. Wij kijken daarbij naar de
        resultaten van de eindtoets, de tussenresultaten van het leerlingvolgsysteem, het aantal
        leerlingen met een OPP en de tevredenheid van ouders. In 2024-2025 lag de eindtoetsscore boven
        de signaleringswaarde van de inspectie en behaalde 96% van de leerlingen het fundamentele niveau
        1F voor lezen."""),
        H1("Jaarplanning intern begeleider"),
        TBL([
            ["Maand", "Activiteit"],
            ["september", "startgesprekken met ouders, overdracht groepen"],
            ["oktober", "groepsbesprekingen ronde 1"],
            ["januari", "toetsen leerlingvolgsysteem, analyse"],
            ["februari", "groepsbesprekingen ronde 2, ondersteuningsteam"],
            ["juni", "groepsbesprekingen ronde 3, evaluatie ondersteuningsplan school"],
        ]),
    ]
    return b


# ---------------------------------------------------------------------------
# Main
# ---------------------------------------------------------------------------

EXPECTED = {
    "A": {"basisondersteuning": "present", "plaatsing": "partial", "terugstroom": "present",
          "financien": "partial", "dekkend-aanbod": "present", "resultaten": "missing", "ouders": "partial"},
    "B": {"basisondersteuning": "partial", "plaatsing": "present", "terugstroom": "partial",
          "financien": "present", "dekkend-aanbod": "partial", "resultaten": "partial", "ouders": "present"},
    "C": {"basisondersteuning": "present", "plaatsing": "partial", "terugstroom": "missing",
          "financien": "present", "dekkend-aanbod": "missing", "resultaten": "partial", "ouders": "missing"},
    "D": {"basisondersteuning": "partial", "plaatsing": "missing", "terugstroom": "present",
          "financien": "partial", "dekkend-aanbod": "present", "resultaten": "present", "ouders": "partial"},
    "E": {"basisondersteuning": "missing", "plaatsing": "present", "terugstroom": "partial",
          "financien": "missing", "dekkend-aanbod": "partial", "resultaten": "present", "ouders": "present"},
}


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="holdout123_build_"))
    try:
        # A: two-column docx + pdf
        c = CTX_A
        blocks = plan_a()
        title = [f"Ondersteuningsplan {c['periode']}", c["naam"], f"Samenwerkingsverband {c['code']}",
                 f"Vastgesteld door het bestuur op {c['datum_vaststelling']}"]
        hdr = f"{c['kort']} | Ondersteuningsplan {c['periode']}"
        stem = "po-lingewaaldelta-tweekolom"
        render_docx(OUT / f"{stem}.docx", title, blocks, hdr, "Passend onderwijs in de Linge-Waaldelta", mode="twocol")
        to_pdf(OUT / f"{stem}.docx", OUT / f"{stem}.pdf")
        write_label(stem, [f"{stem}.docx", f"{stem}.pdf"], "po", *labels_a())
        counts = {stem: word_count(blocks)}

        # B: numbered-list headings docx
        c = CTX_B
        blocks = plan_b()
        title = [f"Ondersteuningsplan {c['periode']}", c["naam"], f"Registratienummer {c['code']}",
                 "Definitieve versie na instemming OPR"]
        stem = "vo-peelrand-genummerd"
        render_docx(OUT / f"{stem}.docx", title, blocks, f"{c['kort']} – Ondersteuningsplan",
                    "Basisondersteuning · Toewijzing · Terugplaatsing · Middelen · Resultaten · Ouders", mode="numbered")
        write_label(stem, [f"{stem}.docx"], "vo", *labels_b())
        counts[stem] = word_count(blocks)

        # C: markdown
        c = CTX_C
        blocks = plan_c()
        title = [f"Ondersteuningsplan {c['periode']}", f"{c['naam']} ({c['code']})",
                 f"Vastgesteld op {c['datum_vaststelling']}"]
        stem = "po-duinpolder"
        render_markdown(OUT / f"{stem}.md", title, blocks)
        write_label(stem, [f"{stem}.md"], "po", *labels_c())
        counts[stem] = word_count(blocks)

        # D: html with navigation
        c = CTX_D
        blocks = plan_d()
        title = [f"Ondersteuningsplan {c['periode']}", f"{c['naam']} ({c['code']})",
                 f"Vastgesteld op {c['datum_vaststelling']} na instemming van de OPR"]
        stem = "vo-zaanoost-web"
        render_html(OUT / f"{stem}.html", title, blocks, NAV_D,
                    f"© {c['naam']} · Basisondersteuning · Toelaatbaarheid · Ouder- en jeugdsteunpunt · Resultaten")
        write_label(stem, [f"{stem}.html"], "vo", *labels_d())
        counts[stem] = word_count(blocks)

        # E: slide-like Word layout -> pdf only
        c = CTX_E
        blocks = plan_e()
        title = ["Ondersteuningsplan 2025-2029 in 12 dia's... en wat toelichting", c["naam"],
                 f"{c['code']} | vastgesteld {c['datum_vaststelling']}"]
        stem = "po-vechtdal-dia"
        tmpdocx = work / f"{stem}.docx"
        render_docx(tmpdocx, title, blocks, f"{c['kort']} · Ondersteuningsplan {c['periode']}",
                    "Basisondersteuning | Plaatsing | Terugplaatsing | Geld | Ouders", mode="slides")
        to_pdf(tmpdocx, OUT / f"{stem}.pdf")
        write_label(stem, [f"{stem}.pdf"], "po", *labels_e())
        counts[stem] = word_count(blocks)

        # F: near-miss docx
        blocks = doc_f()
        stem = "po-klimop-schoolondersteuningsplan"
        render_docx(OUT / f"{stem}.docx",
                    ["Ondersteuningsplan 2025-2026", "OBS De Klimop, Waalhoven",
                     "Aangesloten bij Samenwerkingsverband Passend Onderwijs PO Linge-Waaldelta (PO 26-14)"],
                    blocks, "OBS De Klimop – Ondersteuningsplan school", "Intern document – team en MR", mode="plain")
        write_label(stem, [f"{stem}.docx"], "po", plan=False, notes={
            "document": "School-level 'ondersteuningsplan' of one basisschool (zorgniveaus, groepsbesprekingen, "
                        "IB-jaarplanning); it refers to the SWV's plan as its kader but is not an "
                        "ondersteuningsplan of a samenwerkingsverband (domain B 5.4)."})
        counts[stem] = word_count(blocks)
    finally:
        shutil.rmtree(work, ignore_errors=True)

    for k, v in counts.items():
        print(f"{k}: {v} words")


def _self_check():
    for key, fn in zip("ABCDE", [labels_a, labels_b, labels_c, labels_d, labels_e]):
        crit, adv, _ = fn()
        got = status_from(crit, adv)
        assert got == EXPECTED[key], (key, got)


if __name__ == "__main__":
    _self_check()
    main()
