#!/usr/bin/env python3
"""Generate the holdout130 test set: five fictional ondersteuningsplannen (PO and VO) and one
near-miss document (an SWV jaarverslag), plus their label files.

Deterministic, no network. Output goes to the folder above this script's folder.
PDFs are rendered from .docx with LibreOffice (soffice --headless --convert-to pdf).
"""
import datetime
import html
import shutil
import subprocess
import tempfile
import zipfile
from pathlib import Path

import docx
from docx.shared import Pt

OUT = Path(__file__).resolve().parent.parent
FIXED_DATE = datetime.datetime(2026, 3, 1, 12, 0, 0)


# --------------------------------------------------------------------------------------------
# document model: list of (kind, payload)
#   ("title", [lines]) ("toc", [lines]) ("h1", text) ("h2", text) ("p", text)
#   ("ul", [items]) ("table", [[cells], ...])  first row is header
# --------------------------------------------------------------------------------------------
def H1(t):
    return ("h1", t)


def H2(t):
    return ("h2", t)


def P(t):
    return ("p", " ".join(t.split()))


def UL(*items):
    return ("ul", [" ".join(i.split()) for i in items])


def T(*rows):
    return ("table", [list(r) for r in rows])


def render_docx(blocks, header_text, path):
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    cp = d.core_properties
    cp.created = FIXED_DATE
    cp.modified = FIXED_DATE
    cp.last_modified_by = "holdout130"
    cp.author = "holdout130"
    cp.title = header_text
    first = True
    for kind, pay in blocks:
        if kind == "title":
            for i, line in enumerate(pay):
                para = d.add_paragraph()
                run = para.add_run(line)
                run.bold = i == 0
                run.font.size = Pt(24 if i == 0 else 14)
            d.add_page_break()
        elif kind == "toc":
            d.add_paragraph().add_run("Inhoudsopgave").bold = True
            for line in pay:
                d.add_paragraph(line)
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
            tb = d.add_table(rows=len(pay), cols=len(pay[0]))
            tb.style = "Table Grid"
            for r, row in enumerate(pay):
                for c, cell in enumerate(row):
                    tb.cell(r, c).text = cell
                    if r == 0:
                        for run in tb.cell(r, c).paragraphs[0].runs:
                            run.bold = True
            d.add_paragraph("")
        first = False
    for sec in d.sections:
        sec.header.paragraphs[0].text = header_text
        sec.footer.paragraphs[0].text = header_text + " | versie ter instemming OPR"
    d.save(str(path))
    normalize_zip(path)


def normalize_zip(path):
    """Rewrite a .docx with fixed entry timestamps so that the output is byte-for-byte reproducible."""
    with zipfile.ZipFile(path) as zin:
        entries = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in entries:
            zi = zipfile.ZipInfo(name, date_time=FIXED_DATE.timetuple()[:6])
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, data)


def render_html(blocks, header_text, path):
    out = ["<!DOCTYPE html>", '<html lang="nl">', "<head>", '<meta charset="utf-8">',
           "<title>%s</title>" % html.escape(header_text),
           "<style>body{font-family:sans-serif;max-width:60em;margin:auto} table{border-collapse:collapse}"
           " td,th{border:1px solid #999;padding:4px;vertical-align:top}</style>", "</head>", "<body>",
           '<header class="site-header"><p>%s</p><nav>Home | Over ons | Ouders | Scholen | Contact</nav></header>'
           % html.escape(header_text), "<main>"]
    for kind, pay in blocks:
        e = html.escape
        if kind == "title":
            out.append("<h1>%s</h1>" % e(pay[0]))
            for line in pay[1:]:
                out.append('<p class="subtitle">%s</p>' % e(line))
        elif kind == "toc":
            out.append('<nav class="toc"><h2>Inhoud</h2><ul>')
            out += ["<li>%s</li>" % e(x) for x in pay]
            out.append("</ul></nav>")
        elif kind == "h1":
            out.append("<h2>%s</h2>" % e(pay))
        elif kind == "h2":
            out.append("<h3>%s</h3>" % e(pay))
        elif kind == "p":
            out.append("<p>%s</p>" % e(pay))
        elif kind == "ul":
            out.append("<ul>" + "".join("<li>%s</li>" % e(x) for x in pay) + "</ul>")
        elif kind == "table":
            out.append("<table>")
            out.append("<tr>" + "".join("<th>%s</th>" % e(c) for c in pay[0]) + "</tr>")
            for row in pay[1:]:
                out.append("<tr>" + "".join("<td>%s</td>" % e(c) for c in row) + "</tr>")
            out.append("</table>")
    out += ["</main>", "<footer><p>%s &middot; Privacyverklaring &middot; Cookies</p></footer>" % html.escape(header_text),
            "</body>", "</html>"]
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


def docx_to_pdf(docx_path, pdf_path):
    tmp = Path(tempfile.mkdtemp(prefix="holdout130_lo_"))
    try:
        profile = tmp / "profile"
        cmd = ["soffice", "-env:UserInstallation=" + profile.as_uri(), "--headless",
               "--convert-to", "pdf", "--outdir", str(tmp), str(docx_path)]
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
        shutil.move(str(tmp / (docx_path.stem + ".pdf")), str(pdf_path))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def word_count(blocks):
    n = 0
    for kind, pay in blocks:
        if isinstance(pay, str):
            n += len(pay.split())
        elif kind == "table":
            n += sum(len(c.split()) for row in pay for c in row)
        else:
            n += sum(len(x.split()) for x in pay)
    return n


# --------------------------------------------------------------------------------------------
# Shared filler chapters. They mention element vocabulary only in passing.
# --------------------------------------------------------------------------------------------
def f_voorwoord(swv, sector, bestuurder):
    school = "basisscholen, scholen voor speciaal basisonderwijs en so-locaties" if sector == "po" else \
        "scholen voor vmbo, havo en vwo, praktijkonderwijs en vso"
    return [
        P(f"""Voor u ligt het ondersteuningsplan 2026-2030 van {swv}. Het is alweer het derde plan sinds de
        invoering van de Wet passend onderwijs in augustus 2014. In die jaren is er veel gebeurd. De {school} in
        onze regio werken intensiever samen dan ooit, leraren delen hun expertise over de grenzen van besturen heen
        en de gesprekken met ouders, gemeenten en jeugdhulp zijn opener geworden. Tegelijk zien we dat de vraag naar
        ondersteuning toeneemt en dat de krapte op de arbeidsmarkt onze scholen raakt."""),
        P(f"""Dit plan is tot stand gekomen in een intensief traject met directeuren, intern begeleiders en
        ondersteuningscoördinatoren, bestuurders, de ondersteuningsplanraad en de gemeenten. Wij danken iedereen die
        heeft meegedacht, meegelezen en kritische vragen heeft gesteld. Het plan is geen eindpunt: het is een
        gezamenlijke koers die we de komende vier jaar met elkaar uitvoeren en waar nodig bijstellen. Goede
        resultaten voor leerlingen bereiken we alleen samen, met ouders als onmisbare gesprekspartners en met
        middelen die zo dicht mogelijk bij de leerling worden ingezet."""),
        P(f"""Wij hopen dat u dit plan met interesse leest. Heeft u vragen of opmerkingen, dan horen wij die graag.
        Namens het bestuur, {bestuurder}, directeur-bestuurder."""),
    ]


def f_visie(swv, sector):
    lln = "kinderen" if sector == "po" else "jongeren"
    return [
        P(f"""Iedere leerling verdient onderwijs dat past bij wie hij of zij is en wat hij of zij nodig heeft. Dat
        is de kern van onze visie. Wij willen dat alle {lln} in de regio zich kunnen ontwikkelen tot zelfstandige,
        betrokken mensen die hun talenten benutten. Passend onderwijs is voor ons geen doel op zich, maar een middel
        om dat mogelijk te maken. We gaan uit van wat een leerling wél kan en kijken naar de onderwijsbehoeften in
        plaats van naar labels of diagnoses."""),
        P(f"""Wij geloven in thuisnabij onderwijs: zo veel mogelijk {lln} gaan naar school in hun eigen wijk of dorp,
        samen met hun vriendjes en buurtgenoten. Dat vraagt van scholen dat zij hun deuren openzetten en hun
        handelingsrepertoire vergroten. Het vraagt ook van het samenwerkingsverband dat het scholen ondersteunt,
        faciliteert en verbindt. Inclusiever onderwijs is de stip op de horizon; de weg daarnaartoe bewandelen we
        stap voor stap en in gesprek met alle betrokkenen."""),
        P("""Onze kernwaarden zijn vertrouwen, eigenaarschap, verbinding en transparantie. Vertrouwen betekent dat
        wij de professionaliteit van scholen als vertrekpunt nemen. Eigenaarschap betekent dat schoolbesturen
        samen verantwoordelijk zijn voor alle leerlingen in de regio. Verbinding betekent dat we de schotten tussen
        onderwijs, zorg en gemeenten zoveel mogelijk wegnemen. Transparantie betekent dat we open zijn over onze
        keuzes en over wat wel en niet lukt."""),
        P("""In de afgelopen planperiode hebben wij met alle geledingen gesproken over de vraag wat inclusiever
        onderwijs in onze regio concreet betekent. Die gesprekken hebben geleid tot vier ambities die als rode draad
        door dit plan lopen: de leerling centraal, sterke scholen, een regio zonder schotten en een lerende
        organisatie. Deze ambities zijn richtinggevend; de uitwerking vindt u in de hoofdstukken die volgen."""),
    ]


def f_governance(swv, rechtsvorm, n_besturen):
    return [
        P(f"""{swv} is een {rechtsvorm} waarin {n_besturen} schoolbesturen samenwerken. De statuten voorzien in een
        scheiding tussen bestuur en intern toezicht. De directeur-bestuurder vormt het bestuur in de zin van de
        statuten en is belast met de dagelijkse leiding van het samenwerkingsverband. De raad van toezicht houdt
        toezicht op het bestuur, is werkgever van de directeur-bestuurder en keurt onder meer de begroting, het
        jaarverslag en het ondersteuningsplan goed. Twee leden van de raad van toezicht zijn onafhankelijk en hebben
        geen binding met een van de aangesloten besturen."""),
        P("""De algemene ledenvergadering, waarin alle aangesloten schoolbesturen vertegenwoordigd zijn, komt ten
        minste twee keer per jaar bijeen. Zij benoemt de leden van de raad van toezicht en stelt de statuten vast.
        Het bestuur legt in de ledenvergadering verantwoording af over het gevoerde beleid. Daarnaast bestaat een
        directeurenoverleg per subregio, waar de uitvoering van het beleid wordt besproken en signalen uit de
        scholen worden opgehaald. De governancecode van de sectorraad is van toepassing; afwijkingen worden in het
        jaarverslag toegelicht."""),
        P("""Het samenwerkingsverband heeft een eigen medezeggenschapsraad voor het personeel van het bureau. De
        ondersteuningsplanraad heeft instemmingsrecht op het ondersteuningsplan en wordt daarnaast betrokken bij
        wijzigingen en bij de jaarlijkse voortgangsrapportage. Statutair is een geschillenregeling opgenomen voor
        geschillen tussen aangesloten besturen; deze regeling is in de afgelopen planperiode niet ingeroepen."""),
    ]


def f_opr(date_instemming):
    return [
        P(f"""De ondersteuningsplanraad (OPR) is het medezeggenschapsorgaan van het samenwerkingsverband. De raad
        kwam in de voorbereiding van dit plan vijf keer bijeen, waarvan twee keer in een themabijeenkomst met de
        directeur-bestuurder en één keer samen met de raad van toezicht. De OPR heeft schriftelijk advies gegeven
        op de conceptteksten en heeft op {date_instemming} ingestemd met het ondersteuningsplan 2026-2030. De
        OPR wordt ondersteund door een onafhankelijke ambtelijk secretaris en heeft een eigen scholingsbudget."""),
        P("""De OPR stelt jaarlijks een activiteitenplan op. Naast het instemmingsrecht op het ondersteuningsplan
        bespreekt de raad de begroting, het jaarverslag en de voortgangsrapportage. De OPR publiceert na iedere
        vergadering een korte terugkoppeling voor de medezeggenschapsraden van de aangesloten scholen."""),
    ]


def f_oogo(gemeenten, datum, full=True):
    out = [P(f"""Het op overeenstemming gericht overleg (OOGO) over dit ondersteuningsplan heeft plaatsgevonden op
        {datum} met de wethouders onderwijs en jeugd van de gemeenten {gemeenten}. Het verslag van dit overleg is
        vastgesteld door beide partijen. De gemeenten hebben hun beleidsplannen jeugd eveneens in OOGO met het
        samenwerkingsverband besproken.""")]
    if full:
        out.append(P("""Met de gemeenten en de jeugdhulpaanbieders maken wij afspraken over de aansluiting tussen
        onderwijs en jeugdhulp. In iedere gemeente is een vaste contactpersoon van het wijkteam gekoppeld aan de
        scholen; deze schuift aan bij het ondersteuningsteam van de school als dat nodig is. Voor leerlingen voor
        wie onderwijs en zorg niet los van elkaar kunnen worden georganiseerd, zetten wij samen met de gemeente
        onderwijs-zorgarrangementen in, waarbij de gemeente de zorgcomponent en het samenwerkingsverband de
        onderwijscomponent financiert. Leerlingenvervoer en onderwijshuisvesting blijven taken van de gemeente;
        wij bespreken knelpunten daarin twee keer per jaar in het bestuurlijk overleg."""))
    return out


def f_personeel(sector):
    rol = "intern begeleiders" if sector == "po" else "ondersteuningscoördinatoren en mentoren"
    return [
        P(f"""De kwaliteit van passend onderwijs staat of valt met de mensen in de school. Leraren, {rol},
        onderwijsassistenten en schoolleiders verdienen daarom goede ondersteuning en ruimte om zich te
        ontwikkelen. Het lerarentekort raakt ook onze regio: vacatures blijven langer open en op sommige scholen
        staan onbevoegde invallers voor de klas. Wij werken met de besturen samen in het regionale
        arbeidsmarktplatform om zij-instromers te werven en te begeleiden."""),
        P("""Het bureau van het samenwerkingsverband bestaat uit een kleine staf van beleidsmedewerkers, een
        controller, een secretariaat en een team van orthopedagogen, psychologen en ondersteuners. De formatie van
        het bureau wordt jaarlijks in de begroting vastgesteld. Medewerkers van het bureau werken zoveel mogelijk
        in de scholen en niet op kantoor. Wij investeren in hun deskundigheid via intervisie, casuïstiekbesprekingen
        en een jaarlijkse studiedag."""),
        P("""Voor personeel dat vanuit het samenwerkingsverband op scholen werkt, geldt de cao van de sector. Bij
        wijzigingen in de organisatie die gevolgen hebben voor personeel, volgen wij het sociaal statuut.
        Personeelsleden van de aangesloten besturen die in een bovenschoolse voorziening werken, blijven in dienst
        van hun eigen bestuur; detachering verloopt via een standaardovereenkomst."""),
    ]


def f_ict_privacy(digid=True):
    meekijken = " ouders kunnen met hun DigiD meekijken in het dossier van hun kind." if digid else \
        " medewerkers van het bureau werken uitsluitend binnen het systeem."
    return [
        P("""Het samenwerkingsverband werkt met een beveiligd digitaal dossiersysteem voor aanvragen, adviezen en
        besluiten. Scholen uploaden daarin documenten;""" + meekijken + """ Het systeem voldoet aan de eisen van de Algemene verordening gegevensbescherming (AVG). Met de
        leverancier is een verwerkersovereenkomst gesloten. Toegangsrechten zijn beperkt tot medewerkers die de
        gegevens voor hun taak nodig hebben."""),
        P("""Het samenwerkingsverband verwerkt persoonsgegevens, waaronder gegevens over gezondheid, alleen voor
        zover dat nodig is voor de wettelijke taken. Een functionaris gegevensbescherming, die wij delen met twee
        andere samenwerkingsverbanden, ziet toe op de naleving. Dossiers worden bewaard tot drie jaar na het
        laatste besluit en daarna vernietigd. Datalekken worden binnen 72 uur gemeld bij de Autoriteit
        Persoonsgegevens. Het privacyreglement is vastgesteld na advies van de ondersteuningsplanraad."""),
        P("""In de komende planperiode vervangen wij de verouderde werkplek van het bureau en brengen wij de
        informatiebeveiliging op het niveau van het sectorale normenkader. Er komt een jaarlijkse bewustwordings-
        training voor medewerkers en een periodieke penetratietest van de systemen."""),
    ]


def f_kennisdeling(sector):
    netwerk = "intern begeleiders" if sector == "po" else "ondersteuningscoördinatoren"
    return [
        P(f"""Kennisdeling tussen scholen is een van de sterkste instrumenten van passend onderwijs. In de
        netwerken van {netwerk}, gedragsspecialisten, taalcoördinatoren en begaafdheidsspecialisten delen
        professionals hun ervaringen en werken zij aan gezamenlijke vraagstukken. Het samenwerkingsverband
        faciliteert deze netwerken met een coördinator, vergaderruimte en een klein budget voor externe
        inleiders."""),
        P("""Eenmaal per jaar organiseren wij een regionale studiedag voor alle medewerkers van de aangesloten
        scholen, met workshops die door collega's zelf worden verzorgd. Daarnaast is er een digitale
        kennisbank met praktijkvoorbeelden, protocollen en handreikingen die door scholen worden aangevuld."""),
    ]


def f_planning(rows):
    return [
        P("""Het ondersteuningsplan heeft een looptijd van vier schooljaren. Jaarlijks vertalen wij het plan in een
        jaarplan met activiteiten, verantwoordelijken en planning. De onderstaande tabel geeft de belangrijkste
        mijlpalen in de beleidscyclus weer."""),
        T(["Moment", "Activiteit", "Verantwoordelijk"], *rows),
    ]


def f_inspectie():
    return [
        P("""Het samenwerkingsverband valt onder het toezicht van de inspectie van het onderwijs. De inspectie
        bezoekt ieder samenwerkingsverband ten minste eens in de vier jaar en voert daarbij gesprekken met het
        bestuur, de raad van toezicht, de ondersteuningsplanraad, schoolleiders en ketenpartners. Bij het laatste
        bezoek, in het voorjaar van 2023, beoordeelde de inspectie het financieel beheer als voldoende en gaf zij
        als aandachtspunt mee dat de sturing op de eigen ambities scherper kan. Dat aandachtspunt heeft een plek
        gekregen in de opzet van dit plan."""),
        P("""Het ondersteuningsplan wordt voor 1 mei voorafgaand aan de planperiode aan de inspectie toegezonden.
        Wijzigingen tijdens de looptijd worden eveneens gemeld. Daarnaast volgt de inspectie de aangesloten scholen
        via het reguliere schooltoezicht; signalen uit dat toezicht die het samenwerkingsverband raken, worden in
        het bestuurlijk overleg besproken."""),
    ]


def f_regio_overleg(sector):
    ander = "het samenwerkingsverband voortgezet onderwijs" if sector == "po" else "de samenwerkingsverbanden primair onderwijs"
    return [
        P(f"""Het werkgebied overlapt gedeeltelijk met dat van {ander}. Over dit ondersteuningsplan is met de
        betrokken samenwerkingsverbanden overleg gevoerd, zoals de wet voorschrijft. Er zijn geen punten van
        verschil vastgesteld. Het overleg richtte zich vooral op de overstap van groep 8 naar de brugklas, de
        overdracht van dossiers en de afstemming van de jaarplanning, zodat scholen niet op hetzelfde moment met
        verzoeken van beide verbanden worden geconfronteerd."""),
        P("""Daarnaast neemt het samenwerkingsverband deel aan het landelijke netwerk van samenwerkingsverbanden en
        aan een regionaal directeurenoverleg van acht verbanden. Daar worden ervaringen uitgewisseld over
        onderwerpen als medezeggenschap, de arbeidsmarkt, de landelijke ontwikkelingen rond passend onderwijs en de
        wijze waarop verbanden hun planvorming inrichten. Het directeurenoverleg komt vier keer per jaar bijeen."""),
    ]


def f_lerend():
    return [
        P("""Een lerende organisatie is nieuwsgierig naar wat werkt. In de komende planperiode richten wij
        leerateliers in: kleine groepen leraren en intern begeleiders of ondersteuningscoördinatoren van
        verschillende scholen die een half jaar samen onderzoek doen naar een vraag uit hun eigen praktijk.
        Voorbeelden van vragen zijn hoe je een rustige leeromgeving creëert in een drukke klas, hoe je
        gesprekken voert met leerlingen over hun eigen leerdoelen en hoe je samenwerkt met een
        onderwijsassistent. De ateliers worden begeleid door een lectoraat van de regionale hogeschool."""),
        P("""De opbrengsten van de ateliers worden gedeeld op de jaarlijkse studiedag en in de kennisbank.
        Zo bouwen wij stap voor stap aan een gezamenlijke professionele cultuur waarin leren van elkaar
        vanzelfsprekend is, en waarin fouten maken mag zolang we ervan leren."""),
    ]


def f_totstandkoming(datum_ab, datum_opr, datum_oogo, datum_insp):
    return [
        P(f"""Dit ondersteuningsplan is in concept besproken met de directeuren en de besturen in het najaar van
        2025. Het OOGO met de gemeenten vond plaats op {datum_oogo}. De ondersteuningsplanraad stemde in op
        {datum_opr}. Het bestuur stelde het plan definitief vast op {datum_ab}, waarna het plan op {datum_insp} via
        het Internet Schooldossier aan de inspectie van het onderwijs is toegezonden. Het plan is gepubliceerd op
        onze website."""),
    ]


# --------------------------------------------------------------------------------------------
# Plan 1: PO, Lingeland, .docx
# --------------------------------------------------------------------------------------------
def plan_lingeland():
    swv = "Samenwerkingsverband Passend Onderwijs Lingeland (PO 26-11)"
    short = "SWV Lingeland"
    b = [("title", ["Ondersteuningsplan 2026-2030", swv, "Samen sterk voor ieder kind",
                    "Vastgesteld door het bestuur op 14 april 2026"]),
         ("toc", ["1 Voorwoord ........ 3", "2 Inleiding en leeswijzer ........ 4", "3 Visie en missie ........ 5",
                  "4 Ons werkgebied ........ 7", "5 Ondersteuning op de scholen ........ 8",
                  "   5.1 Basisondersteuning ........ 8", "   5.2 Het ondersteuningscontinuüm ........ 10",
                  "   5.3 Dekkend aanbod en thuiszitters ........ 11",
                  "6 Toelaatbaarheid sbo en so ........ 12", "7 Speciaal onderwijs en terugplaatsing ........ 15",
                  "8 Geld en middelen ........ 16", "9 Resultaten en kwaliteit ........ 19",
                  "10 Communicatie ........ 20", "11 Samenwerking met gemeenten en jeugdhulp ........ 22",
                  "12 Organisatie en governance ........ 23", "13 Personeel en professionalisering ........ 24",
                  "14 ICT en privacy ........ 25", "15 Planning en totstandkoming ........ 26",
                  "Bijlage A Begrippenlijst ........ 27"])]
    b += [H1("1 Voorwoord")] + f_voorwoord(swv, "po", "drs. M. van Heusden")
    b += [H1("2 Inleiding en leeswijzer"),
          P("""Een samenwerkingsverband stelt ten minste eens in de vier jaar een ondersteuningsplan vast. Dit plan
          beschrijft hoe {0} de komende vier schooljaren invulling geeft aan passend onderwijs. In hoofdstuk 5
          beschrijven wij wat elke school biedt en hoe de ondersteuning daarboven is opgebouwd. Hoofdstuk 6 gaat over
          de toelaatbaarheid tot het speciaal basisonderwijs en het speciaal onderwijs, hoofdstuk 7 over leerlingen
          in het speciaal onderwijs. In hoofdstuk 8 leest u hoe de middelen worden verdeeld en besteed. Hoofdstuk 9
          gaat over resultaten en kwaliteit, hoofdstuk 10 over de communicatie met ouders en scholen. De overige
          hoofdstukken beschrijven de organisatie, de samenwerking met gemeenten en de planning.""".format(short)),
          P("""Waar in dit plan 'ouders' staat, bedoelen wij ouders, verzorgers en voogden. Waar 'school' staat,
          bedoelen wij iedere vestiging van een aangesloten school, inclusief nevenvestigingen.""")]
    b += [H1("3 Visie en missie")] + f_visie(swv, "po")
    b += [H1("4 Ons werkgebied"),
          P("""Het werkgebied van het samenwerkingsverband omvat de gemeenten West Betuwe-Noord, Lingewaard-Zuid en
          Geldermalsen-Oost. In het gebied staan 58 basisscholen van 9 schoolbesturen, twee scholen voor speciaal
          basisonderwijs (De Lingeschakel in Leerdam-Oost en De Sprong in Asperen) en drie locaties voor speciaal
          onderwijs van cluster 3 en 4. Het gebied is overwegend landelijk, met twee kernen waar meer dan de helft van
          de leerlingen woont. De leerlingaantallen dalen licht; de prognose voor 2030 laat een daling van circa vijf
          procent zien ten opzichte van 2025, met grote verschillen tussen dorpen."""),
          P("""De besturen verschillen sterk in omvang: het grootste bestuur heeft 19 scholen, drie besturen
          hebben één school. Die verscheidenheid is een kracht, maar vraagt ook om heldere afspraken. In dit plan
          leggen we die afspraken vast.""")]
    b += [H1("5 Ondersteuning op de scholen"), H2("5.1 Basisondersteuning"),
          P("""Basisondersteuning is in ons samenwerkingsverband het afgesproken minimumniveau van ondersteuning dat
          álle 58 basisscholen, op elke vestiging, bieden aan iedere leerling die het nodig heeft, zonder dat
          daarvoor een aanvraag bij het samenwerkingsverband nodig is. Het niveau is door de besturen gezamenlijk
          vastgesteld in de vorm van acht standaarden. Elke school voldoet aan alle acht; een school mag meer bieden,
          nooit minder. De standaarden gelden ook voor de twee sbo-scholen."""),
          P("""De onderstaande tabel is de kern van de afspraken. Zij beschrijft per standaard wat ouders op iedere
          school mogen verwachten en waaraan wij zien dat een school de standaard waarmaakt."""),
          T(["Standaard", "Wat elke school biedt", "Waaraan we het zien"],
            ["1 Leerlingvolgsysteem en signalering", "Twee keer per jaar toetsen en observaties; bespreking van iedere groep in een groepsbespreking met de intern begeleider", "Groepsoverzichten en verslagen groepsbesprekingen"],
            ["2 Dyslexie en dyscalculie", "Werken volgens het landelijke protocol dyslexie en het protocol ERWD; extra leesinstructie van minimaal 3 x 20 minuten per week voor risicolezers", "Protocol aanwezig; interventieplannen per leerling"],
            ["3 Sociaal-emotionele ontwikkeling en gedrag", "Een schoolbreed programma (bijv. PBS of Kanjertraining), een anti-pestcoördinator en een gedragsaanpak voor individuele leerlingen", "Veiligheidsmonitor; pestprotocol"],
            ["4 Taal en NT2", "Extra taalaanbod voor leerlingen met een taalachterstand, inclusief nieuwkomers in hun eerste jaar (minimaal 4 uur per week)", "Taalbeleidsplan"],
            ["5 Meer- en hoogbegaafdheid", "Verrijkings- en versnellingsaanbod in de groep en een plusgroep op school- of bestuursniveau", "Beleid begaafdheid; signaleringsinstrument"],
            ["6 Medische handelingen en fysieke toegankelijkheid", "Een protocol medisch handelen; gebouw dat rolstoeltoegankelijk is of binnen 6 maanden aangepast kan worden", "Protocol; gebouwscan"],
            ["7 Ondersteuningsstructuur", "Een intern begeleider met minimaal 0,1 fte per 100 leerlingen; een ondersteuningsteam met de schoolcontactpersoon van het SWV en het wijkteam, minimaal 4 keer per jaar", "Formatieplan; agenda's OT"],
            ["8 Handelingsgericht werken en OPP", "Planmatig werken met groepsplannen of een vergelijkbare cyclus; een ontwikkelingsperspectief (OPP) voor iedere leerling met een eigen leerlijn, opgesteld met ouders", "OPP's; evaluatieverslagen"]),
          P("""Het samenwerkingsverband bezoekt iedere school eens in de twee jaar voor een kwaliteitsgesprek aan de
          hand van een kwaliteitskaart per standaard. Voldoet een school op een standaard niet, dan maken school en
          bestuur binnen drie maanden een verbeterplan; de schoolcontactpersoon volgt de uitvoering en het bestuur
          rapporteert in de ledenvergadering. Het schoolondersteuningsprofiel van iedere school sluit aan op de acht
          standaarden en wordt jaarlijks opgenomen in de schoolgids."""),
          H2("5.2 Het ondersteuningscontinuüm"),
          P("""Boven op de basisondersteuning kent ons samenwerkingsverband een doorlopend continuüm van
          ondersteuning. Het continuüm beschrijft hoe ondersteuning binnen en tussen scholen op elkaar aansluit, van
          de gewone groep tot een plaats in het speciaal onderwijs. Tussen de niveaus zijn geen harde grenzen; een
          leerling kan op ieder moment op een ander niveau worden geholpen."""),
          T(["Niveau", "Omschrijving", "Wie", "Voorbeelden"],
            ["1", "Basisondersteuning in de groep en de school", "Leerkracht, intern begeleider", "De acht standaarden uit paragraaf 5.1"],
            ["2", "Basisondersteuning met advies van buiten", "Ondersteuningsteam met schoolcontactpersoon SWV", "Consultatie, observatie, kortdurende begeleiding door de orthopedagoog van het SWV"],
            ["3", "Extra ondersteuning in de eigen school (arrangement)", "School met middelen uit het schoolbudget of een arrangement", "Individuele begeleiding, inzet onderwijsassistent, ambulante begeleiding, onderwijs-zorgarrangement"],
            ["4", "Bovenschoolse voorziening", "Bestuur of SWV", "Taalklas nieuwkomers De Brug, plusklas Lingeslim, observatiegroep Kompas (max. 12 weken)"],
            ["5", "Speciaal basisonderwijs of speciaal onderwijs", "Sbo/so met toelaatbaarheidsverklaring", "De Lingeschakel, De Sprong, so-locaties cluster 3 en 4"]),
          P("""Het aanbod op niveau 4 wordt in de planperiode gehandhaafd. Voor leerlingen die een combinatie van
          onderwijs en zorg nodig hebben, zetten wij in op onderwijs-zorgarrangementen in de eigen wijk."""),
          H2("5.3 Dekkend aanbod en thuiszitters"),
          P("""Een dekkend aanbod betekent dat er voor iedere leerling een passende plek is. Wij zijn ons ervan bewust
          dat dat nog niet altijd lukt. Het thema thuiszitters staat hoog op de agenda van het bestuur. Een
          analyse van de plekken waar ons aanbod tekortschiet, en de aanpak die daarbij hoort, nemen wij op in het
          jaarplan 2027; de werkgroep dekkend aanbod start daarvoor in het voorjaar van 2026. Tot die tijd geldt de
          bestaande werkwijze van de besturen.""")]
    b += [H1("6 Toelaatbaarheid sbo en so"),
          P("""Sommige leerlingen hebben meer nodig dan een reguliere basisschool, ook met extra ondersteuning, kan
          bieden. Voor plaatsing in het speciaal basisonderwijs (sbo) of het speciaal onderwijs (so) cluster 3 of 4 is
          een toelaatbaarheidsverklaring (TLV) van het samenwerkingsverband nodig. Het samenwerkingsverband heeft
          daarvoor de Commissie Toelaatbaarheid Lingeland (CTL) ingesteld, die namens het bestuur besluit."""),
          P("""De procedure verloopt in vaste stappen, die in de tabel hieronder staan."""),
          T(["Stap", "Wat gebeurt er", "Wie", "Termijn"],
            ["1", "Het ondersteuningsteam van de school bespreekt de leerling met ouders en concludeert dat sbo of so nodig lijkt", "School (IB'er), ouders, schoolcontactpersoon SWV", "-"],
            ["2", "Het bevoegd gezag van de school waar de leerling staat ingeschreven dient de aanvraag in met groeidocument, OPP, onderwijskundig rapport en de zienswijze van ouders", "Schoolbestuur", "-"],
            ["3", "Twee deskundigen brengen ieder een eigen schriftelijk advies uit: een orthopedagoog of psycholoog en, afhankelijk van de leerling, een tweede deskundige (jeugdarts, maatschappelijk werker, kinderpsychiater of pedagoog). Geen van beiden was bij de aanvraag betrokken", "Deskundigen uit de pool van het SWV", "binnen 3 weken"],
            ["4", "De CTL besluit over de toelaatbaarheid, de duur en (bij so) de bekostigingscategorie", "CTL namens het bestuur", "binnen 6 weken na volledige aanvraag"],
            ["5", "Ouders en school ontvangen het besluit met de adviezen van de deskundigen; ouders melden hun kind aan bij de sbo- of so-school", "SWV, ouders", "-"]),
          P("""Criteria sbo. Een leerling is toelaatbaar tot het sbo als (a) de basisschool aantoonbaar een
          arrangement op niveau 3 heeft uitgevoerd en geëvalueerd, (b) de leerling desondanks structureel niet
          profiteert van het aanbod, blijkend uit een achterstand van meer dan een jaar op twee of meer
          kernvakken of uit gedrag dat het leren in de groep ernstig belemmert, en (c) de onderwijsbehoeften
          vragen om een kleinere groep en een specifieke didactische of pedagogische aanpak die het sbo biedt."""),
          P("""Criteria so. Een leerling is toelaatbaar tot het so als de ondersteuningsbehoefte op meerdere
          domeinen (leren, gedrag, communicatie, zelfredzaamheid, medisch) zo groot is dat een intensieve
          combinatie van onderwijs en zorg nodig is die het sbo niet kan bieden, of als de leerling een
          uitstroomprofiel dagbesteding of arbeid heeft. Bij de keuze van de bekostigingscategorie laag, midden of
          hoog volgt de CTL de landelijke indeling: laag voor de meeste leerlingen cluster 4 en zml, midden voor
          leerlingen met een lichamelijke beperking of langdurige ziekte, hoog voor leerlingen met meervoudige
          beperkingen."""),
          P("""Een TLV voor het sbo wordt in de regel afgegeven tot het einde van de basisschoolperiode; een TLV
          voor het so voor twee schooljaren, eindigend op 31 juli. Ouders en school die het niet eens zijn met het
          besluit, kunnen binnen zes weken bezwaar maken. Het samenwerkingsverband is aangesloten bij de
          Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen (LBT), die het bestuur adviseert over het
          bezwaar.""")]
    b += [H1("7 Speciaal onderwijs en terugplaatsing"),
          P("""Voor het samenwerkingsverband is een plaats in het sbo of so nooit een eindstation. Ons beleid is dat
          een leerling terugkeert naar een reguliere basisschool, bij voorkeur in de eigen woonplaats, zodra de
          onderwijsbehoeften dat toelaten. Voorwaarden daarvoor zijn dat de ontwikkeling volgens het OPP een
          terugkeer reëel maakt, dat ouders de terugkeer steunen en dat een ontvangende school is gevonden die met
          de leerling en de ouders heeft kennisgemaakt."""),
          P("""Na de terugkeer krijgt de ontvangende school voor een periode van zes maanden een
          terugplaatsingsarrangement van € 4.500, waarmee extra begeleiding in de groep en ambulante begeleiding
          vanuit de sbo- of so-school wordt betaald. Zo nodig wordt het arrangement eenmaal met zes maanden
          verlengd."""),
          P("""Het stappenplan voor terugplaatsing (wie het initiatief neemt, op welke momenten de mogelijkheid tot
          terugkeer wordt bekeken en wie daarover beslist) werken wij in het schooljaar 2026-2027 samen met de sbo-
          en so-scholen uit. Het stappenplan wordt als wijziging aan dit plan toegevoegd.""")]
    b += [H1("8 Geld en middelen"),
          P("""Het samenwerkingsverband ontvangt van het Rijk de middelen voor lichte en zware ondersteuning. Na
          aftrek van de afdrachten aan DUO voor de leerlingen in het so en het sbo boven de 2%-grens, verdelen wij de
          beschikbare middelen volgens het onderstaande verdeelmodel. Het model is door de ledenvergadering
          vastgesteld en geldt voor de hele planperiode."""),
          T(["Onderdeel", "Verdeelcriterium", "Besluit", "Uitbetaling"],
            ["Schoolbudget basis", "€ 180 per leerling op teldatum 1 oktober, naar het bestuur", "Automatisch", "In 12 maandtermijnen"],
            ["Vaste voet kleine scholen", "€ 7.500 per vestiging met minder dan 100 leerlingen", "Automatisch", "Jaarlijks in oktober"],
            ["Arrangementen niveau 3", "Op aanvraag van de school; toekenning op basis van OPP en advies schoolcontactpersoon; maximaal € 12.000 per leerling per jaar", "Arrangementencommissie SWV, binnen 4 weken", "Per arrangement"],
            ["Bovenschoolse voorzieningen", "Vaste bijdrage per plaats (De Brug € 14.000, Kompas € 9.000)", "Bestuur SWV", "Per schooljaar"],
            ["Terugplaatsingsarrangement", "€ 4.500 per teruggeplaatste leerling", "CTL", "Bij start"]),
          P("""De middelen worden besteed volgens de meerjarenbegroting hieronder (bedragen x € 1.000). De
          begroting laat een licht dalende baten zien door de krimp van het aantal leerlingen."""),
          T(["Post", "2026", "2027", "2028", "2029"],
            ["Baten ondersteuningsbudget", "9.840", "9.720", "9.610", "9.500"],
            ["Afdracht DUO so/sbo", "-3.110", "-3.090", "-3.060", "-3.040"],
            ["Schoolbudget basis en vaste voet", "2.560", "2.530", "2.500", "2.470"],
            ["Arrangementen niveau 3", "1.750", "1.750", "1.700", "1.700"],
            ["Bovenschoolse voorzieningen", "980", "980", "980", "980"],
            ["Schoolcontactpersonen en orthopedagogen", "820", "830", "840", "850"],
            ["Bureau, bestuur en huisvesting", "510", "515", "520", "525"],
            ["Resultaat", "110", "25", "10", "-65"]),
          P("""De algemene reserve bedraagt per 1 januari 2026 € 1,4 miljoen. Het bestuur hanteert een
          bovengrens van de signaleringswaarde van de inspectie; het bedrag daarboven is in de planperiode
          ingezet voor de bovenschoolse voorzieningen. Besturen verantwoorden jaarlijks in een korte rapportage
          waaraan zij het schoolbudget hebben besteed.""")]
    b += [H1("9 Resultaten en kwaliteit"),
          P("""Scholen in onze regio leveren goed onderwijs en bereiken mooie resultaten met hun leerlingen. Dat
          willen we zo houden. In de vorige planperiode zijn veel ontwikkelingen in gang gezet."""),
          P("""Een nieuwe resultatenparagraaf, met de resultaten die wij voor leerlingen met een
          ondersteuningsbehoefte willen bereiken en de manier waarop wij die gaan volgen, is nog in voorbereiding.
          De paragraaf wordt na de tussenevaluatie van het plan toegevoegd; het bestuur streeft ernaar deze in het
          voorjaar van 2027 aan de ondersteuningsplanraad voor te leggen.""")]
    b += [H1("10 Communicatie"),
          P("""Goede communicatie is een voorwaarde voor vertrouwen. Wij communiceren met scholen via een
          maandelijkse nieuwsbrief voor directeuren en intern begeleiders en via het directeurenoverleg per
          subregio. Met de gemeenten hebben wij vaste contactmomenten."""),
          P("""Ouders informeren wij langs verschillende wegen over de ondersteuning in de regio. Iedere school
          neemt in de schoolgids een hoofdstuk op over de basisondersteuning en de extra ondersteuning die de school
          biedt, gebaseerd op het schoolondersteuningsprofiel. Op de website van het samenwerkingsverband staat een
          ouderpagina met de acht standaarden, het ondersteuningscontinuüm en de TLV-procedure in begrijpelijke
          taal, en de folder 'Wat mag ik van de school verwachten?' wordt bij iedere aanmelding meegegeven. Twee keer
          per jaar organiseren wij een informatieavond voor ouders in iedere subregio."""),
          P("""Ouders die vastlopen in het contact met school of die een onafhankelijk advies willen, kunnen
          terecht bij het Ouder- en Jeugdsteunpunt Lingeland. Het steunpunt is onafhankelijk van scholen en
          besturen, bereikbaar op werkdagen via telefoon, e-mail en een inloopspreekuur, en helpt ouders bij
          gesprekken met school. Daarnaast wijzen wij ouders op de landelijke onderwijsconsulenten en op de
          klachtenregelingen en de Geschillencommissie passend onderwijs."""),
          P("""Ouders zijn vertegenwoordigd in de ondersteuningsplanraad en worden betrokken bij het opstellen en
          evalueren van het OPP van hun kind.""")]
    b += [H1("11 Samenwerking met gemeenten en jeugdhulp")] + f_oogo(
        "West Betuwe-Noord, Lingewaard-Zuid en Geldermalsen-Oost", "5 februari 2026")
    b += [H1("12 Organisatie en governance")] + f_governance(swv, "stichting", 9) + f_opr("24 maart 2026")
    b += [H1("13 Personeel en professionalisering")] + f_personeel("po") + f_kennisdeling("po")
    b += [H1("14 ICT en privacy")] + f_ict_privacy()
    b += [H1("15 Planning en totstandkoming")] + f_planning([
        ["September", "Jaarplan en begroting vastgesteld", "Directeur-bestuurder"],
        ["Oktober", "Teldatum; actualisatie schoolbudgetten", "Controller"],
        ["Januari", "Bestuurlijk overleg gemeenten", "Directeur-bestuurder"],
        ["Mei", "Jaarverslag en jaarrekening", "Bestuur, raad van toezicht"],
        ["Juni", "Kwaliteitsgesprekken afgerond", "Schoolcontactpersonen"]]) + \
        f_totstandkoming("14 april 2026", "24 maart 2026", "5 februari 2026", "20 april 2026")
    b += [H1("Bijlage A Begrippenlijst"),
          T(["Begrip", "Betekenis"],
            ["Basisondersteuning", "Het door het samenwerkingsverband afgesproken niveau van ondersteuning dat alle scholen bieden"],
            ["Dekkend aanbod", "Een samenhangend geheel van voorzieningen zodat iedere leerling een passende plek heeft"],
            ["Resultaten", "De beoogde en bereikte resultaten van het onderwijs aan leerlingen die extra ondersteuning nodig hebben"],
            ["Terugplaatsing", "De terugkeer van een leerling uit het sbo of so naar het reguliere onderwijs"],
            ["TLV", "Toelaatbaarheidsverklaring"],
            ["OJSP", "Ouder- en jeugdsteunpunt"],
            ["OPP", "Ontwikkelingsperspectief"],
            ["Thuiszitter", "Een leerplichtige leerling die zonder geldige reden niet naar school gaat"])]
    label = dict(
        documents=["po-lingeland.docx"], sector="po",
        elements=dict(basisondersteuning="present", plaatsing="present", terugstroom="partial",
                      financien="present", **{"dekkend-aanbod": "partial"}, resultaten="missing", ouders="present"),
        criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
                  "plaatsing.procedure": True, "plaatsing.criteria": True,
                  "terugstroom.procedure": False, "terugstroom.beleid": True,
                  "financien.verdeling": True, "financien.besteding": True,
                  "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": False,
                  "resultaten.doelen": False, "resultaten.monitoring": False,
                  "ouders.informatie": True, "ouders.steunpunt": True},
        advisory={"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
                  "financien": ["reserves", "verantwoording"], "dekkend-aanbod": ["ketenpartners"],
                  "ouders": ["betrokkenheid"]},
        notes={"basisondersteuning": "5.1: eight standards table (niveau + inhoud) and kwaliteitskaart/verbeterplan (borging).",
               "plaatsing": "Ch. 6: step table (procedure, CTL, termijnen), criteria sbo/so in prose, two deskundigen, duration, LBT.",
               "terugstroom": "Ch. 7: policy, conditions and terugplaatsingsarrangement (beleid); the stappenplan is deferred to 2026-2027 (procedure not addressed).",
               "financien": "Ch. 8 'Geld en middelen': verdeelmodel table and meerjarenbegroting 2026-2029 table; reserves and verantwoording.",
               "dekkend-aanbod": "5.2 continuum table; 5.3 only states concern and defers the gap analysis/aanpak thuiszitters to jaarplan 2027; OOGO ch. 11 gives ketenpartners.",
               "resultaten": "Ch. 9 has only 'mooie resultaten' in passing and defers the resultatenparagraaf to 2027; glossary entry is a trap.",
               "ouders": "Only in ch. 10 'Communicatie': schoolgids, website, folder, informatieavonden; Ouder- en Jeugdsteunpunt, onderwijsconsulenten, geschillencommissie."})
    return b, swv, label


# --------------------------------------------------------------------------------------------
# Plan 2: VO, Zuiderkempen, .docx
# --------------------------------------------------------------------------------------------
def plan_zuiderkempen():
    swv = "Samenwerkingsverband Voortgezet Onderwijs Zuiderkempen (VO 30-09)"
    b = [("title", ["Ondersteuningsplan 2026-2030", swv, "Elke leerling een plek, elke school een partner"]),
         ("toc", ["Voorwoord ........ 2", "Samenvatting ........ 3", "1 Visie en ambities ........ 4",
                  "2 Het ondersteuningsaanbod ........ 6", "   2.1 Basisondersteuning ........ 6",
                  "   2.2 Extra ondersteuning, arrangementen en OPDC ........ 7",
                  "   2.3 Dekkend netwerk en thuiszitters ........ 9",
                  "3 Toewijzing: vso, lwoo en praktijkonderwijs ........ 11",
                  "4 Financiën ........ 15", "5 Resultaten en kwaliteitszorg ........ 17",
                  "6 Ouders en leerlingen ........ 19", "7 Samenwerking met gemeenten ........ 20",
                  "8 Bestuur, toezicht en medezeggenschap ........ 21", "9 Personeel ........ 22",
                  "10 ICT en privacy ........ 23", "11 Planning ........ 24",
                  "Bijlage 5 Meerjarenbegroting 2026-2029", "Afkortingenlijst ........ 25"])]
    b += [H1("Voorwoord")] + f_voorwoord(swv, "vo", "mr. drs. A. Verbeek")
    b += [H1("Samenvatting"),
          P("""In dit plan staan vier thema's centraal: een sterke basis op iedere school, een sluitend netwerk
          zonder thuiszitters, zorgvuldige toewijzing van vso, lwoo en praktijkonderwijs en een helder financieel
          kader. Onze ambitie is dat iedere jongere in de regio binnen drie maanden na aanmelding een passende plek
          heeft. Wij blijven investeren in de Trajectvoorzieningen en in het OPDC De Overstap."""),
          P("""Het plan is kort waar het kan en uitgebreid waar het moet. Voor de uitwerking van sommige onderdelen
          verwijzen wij naar het jaarplan, dat jaarlijks met de ondersteuningsplanraad wordt besproken.""")]
    b += [H1("1 Visie en ambities")] + f_visie(swv, "vo")
    b += [H1("2 Het ondersteuningsaanbod"), H2("2.1 Basisondersteuning"),
          P("""Basisondersteuning is het niveau van ondersteuning dat alle veertien vestigingen van de aangesloten
          scholen, inclusief de twee scholen voor praktijkonderwijs, ten minste bieden. Het is het gezamenlijk
          afgesproken minimum: geen school in het samenwerkingsverband biedt minder. Het niveau is in 2025 door de
          besturen opnieuw bekrachtigd."""),
          P("""Volgens het landelijke referentiekader bestaat basisondersteuning uit vier aspecten: basiskwaliteit,
          preventieve en licht curatieve interventies, de onderwijsondersteuningsstructuur en planmatig werken.
          Iedere school geeft daar op haar eigen manier invulling aan. Welke voorzieningen, interventies en
          expertise een school concreet biedt, leest u in het schoolondersteuningsprofiel van de school, dat op de
          website van iedere school en via www.swvzuiderkempen.nl/sop te vinden is."""),
          H2("2.2 Extra ondersteuning, arrangementen en OPDC"),
          P("""Boven de basisondersteuning is het ondersteuningsaanbod in lagen opgebouwd, zodat ondersteuning
          binnen en tussen scholen op elkaar aansluit. Het uitgangspunt is: zo licht als mogelijk, zo zwaar als
          nodig en zo dicht mogelijk bij de eigen klas."""),
          T(["Laag", "Voorziening", "Voor wie", "Toegang"],
            ["Basis", "Ondersteuning volgens het schoolondersteuningsprofiel", "Alle leerlingen", "Direct via mentor"],
            ["Extra in de school", "Trajectvoorziening (op tien van de veertien vestigingen; de andere vestigingen maken gebruik van die van een nabije school): een ruimte met een vaste trajectbegeleider waar leerlingen tijdelijk een deel van de lessen volgen", "Leerlingen die tijdelijk niet in de klas kunnen functioneren", "Besluit ondersteuningsteam school"],
            ["Extra in de school", "Individueel arrangement (begeleiding, coaching, aangepast rooster)", "Leerlingen met een OPP", "Aanvraag bij het Loket SWV"],
            ["Bovenschools", "OPDC De Overstap (tijdelijke plaatsing tot 1 jaar, 48 plaatsen)", "Leerlingen met gedrags- of motivatieproblemen die (nog) niet in een reguliere groep passen", "Besluit Commissie Toewijzing"],
            ["Bovenschools", "Hoogbegaafdenklas en schakelklas ISK-plus", "Hoogbegaafde leerlingen; nieuwkomers na de ISK", "Aanmelding via de school"],
            ["Specialistisch", "Voortgezet speciaal onderwijs (vso) cluster 3 en 4; praktijkonderwijs", "Leerlingen met TLV of toelaatbaarheid pro", "Besluit Commissie Toewijzing"]),
          H2("2.3 Dekkend netwerk en thuiszitters"),
          P("""Een dekkend netwerk betekent dat er voor iedere jongere een passende plek is, zonder wachtlijst en
          zonder thuiszitten. Om te weten waar het netwerk gaten vertoont, houden wij per kwartaal een
          thuiszittersoverzicht bij samen met de leerplichtambtenaren van de vijf gemeenten. Iedere school meldt een
          leerling die langer dan vier weken niet of gedeeltelijk naar school gaat binnen vijf schooldagen bij het
          Loket. Binnen twee weken volgt een casusoverleg met school, ouders, leerplicht en zo nodig jeugdhulp."""),
          P("""Lukt het niet om binnen zes weken een oplossing te vinden, dan neemt de directeur-bestuurder de
          regie (doorzettingsmacht) en wijst een school of voorziening aan die de leerling tijdelijk opvangt. Het
          thuiszittersoverzicht wordt jaarlijks geanalyseerd; waar een groep leerlingen structureel geen plek vindt,
          ontwikkelen wij samen met de besturen een nieuwe voorziening. Zo ontstond in 2024 de kleine groep
          'Herstart' voor leerlingen met langdurige angstklachten. Wij voeren de zorgplicht van scholen strikt uit:
          een school die een leerling niet kan plaatsen, zoekt samen met het Loket een andere school.""")]
    b += [H1("3 Toewijzing: vso, lwoo en praktijkonderwijs"),
          P("""Het samenwerkingsverband beslist over de toelaatbaarheid tot het voortgezet speciaal onderwijs, over
          de aanwijzing voor leerwegondersteunend onderwijs (lwoo) en over de toelaatbaarheid tot het
          praktijkonderwijs (pro). Al deze besluiten worden genomen door de Commissie Toewijzing, die namens het
          bestuur handelt. De procedure en de criteria staan in de tabel hieronder."""),
          T(["", "Vso (cluster 3 en 4)", "Lwoo", "Praktijkonderwijs"],
            ["Wie vraagt aan", "Het bevoegd gezag van de school waar de leerling staat ingeschreven of is aangemeld", "De vo-school waar de leerling is aangemeld", "De pro-school waar de leerling is aangemeld"],
            ["Dossier", "OPP, groeidocument, verslag ondersteuningsteam, zienswijze ouders en leerling", "Onderwijskundig rapport PO, toetsgegevens", "Onderwijskundig rapport, capaciteitenonderzoek, toetsgegevens"],
            ["Criteria", "De leerling heeft een ondersteuningsbehoefte op ten minste twee domeinen die ook met een arrangement en de Trajectvoorziening niet in het regulier onderwijs kan worden geboden; het vso-aanbod sluit aan op het uitstroomprofiel", "Landelijke criteria: IQ 75-90 en een leerachterstand van 25-50% op twee van de vier domeinen, of IQ 91-120 met een achterstand én sociaal-emotionele problematiek", "Landelijke criteria: IQ 55-80 en een leerachterstand van 50% of meer op twee domeinen, waarvan één begrijpend lezen of inzichtelijk rekenen"],
            ["Deskundigen", "Orthopedagoog of psycholoog én een tweede deskundige (jeugdarts of maatschappelijk werker), elk met een eigen schriftelijk advies", "Orthopedagoog van het SWV", "Orthopedagoog of psycholoog van het SWV"],
            ["Termijn besluit", "Binnen 6 weken", "Binnen 4 weken, uiterlijk 1 juli", "Binnen 4 weken, uiterlijk 1 juli"],
            ["Duur", "1, 2 of 3 schooljaren, tot 31 juli; categorie laag, midden of hoog", "Voor de hele schoolloopbaan", "Voor de hele schoolloopbaan"]),
          H2("Afloop van de TLV en terugkeer naar het voortgezet onderwijs"),
          P("""Een TLV is geen eindbestemming. Het beleid van het samenwerkingsverband is dat een vso-leerling
          terugkeert naar een reguliere vo-school zodra de ondersteuningsbehoefte dat toelaat en dat de terugkeer
          zorgvuldig wordt voorbereid en begeleid. Daarbij gelden twee voorwaarden: de leerling kan het niveau van
          de ontvangende afdeling aan en er is een ontvangende school die het arrangement kan bieden dat de leerling
          nodig heeft."""),
          P("""In het laatste jaar van de TLV bespreekt de vso-school uiterlijk in februari met ouders en leerling
          het OPP en de mogelijkheid van terugkeer. Acht de vso-school terugkeer mogelijk, dan meldt zij de leerling
          voor 1 april bij het Loket. De trajectbegeleider van het Loket zoekt met ouders een ontvangende school; de
          vso-school en de ontvangende school maken een overdrachtsplan. De leerling start na een proefperiode van
          zes weken, waarin hij of zij zowel op de vso-school als op de nieuwe school staat ingeschreven. Na de
          proefperiode evalueren vso-school, ontvangende school, ouders en leerling; bij een positieve evaluatie
          eindigt de TLV. De ontvangende school krijgt een terugkeerarrangement van het Loket voor ten minste een
          schooljaar, met ambulante begeleiding van de vso-school. Is terugkeer niet mogelijk, dan vraagt de vso-school
          tijdig een nieuwe TLV aan."""),
          P("""In het schooljaar 2024-2025 keerden 23 leerlingen vanuit het vso terug naar het regulier vo; 19 van
          hen volgden een jaar later nog onderwijs op de ontvangende school.""")]
    b += [H1("4 Financiën"),
          P("""Het samenwerkingsverband ontvangt middelen voor lichte en zware ondersteuning en de middelen voor
          lwoo en praktijkonderwijs. De middelen worden verdeeld volgens het verdeelmodel dat de ledenvergadering in
          december 2025 heeft vastgesteld. Het uitgangspunt is dat het geld de leerling volgt en dat besturen
          zoveel mogelijk zelf bepalen hoe zij ondersteuning organiseren."""),
          UL("""Lichte ondersteuning: 85% van de middelen gaat naar de besturen op basis van het aantal leerlingen op
             1 oktober van het voorgaande jaar (€ 152 per leerling in 2026); 15% wordt ingezet voor de
             Trajectvoorzieningen, toegekend met een vaste voet van € 40.000 per Trajectvoorziening.""",
             """Lwoo en pro: de middelen worden doorbetaald aan de besturen naar het aantal leerlingen met een
             aanwijzing lwoo of toelaatbaarheid pro op de teldatum.""",
             """Zware ondersteuning: na de afdrachten aan het vso resteert een budget waaruit het OPDC en de
             individuele arrangementen worden betaald. Arrangementen worden toegekend door het Loket op basis van het
             OPP, met een maximum van € 9.000 per leerling per schooljaar.""",
             """Besturen die meer dan 3% van hun leerlingen naar het vso verwijzen, dragen in het volgende jaar een
             deel van de kosten bij (verwijzingsbijdrage van 25% van de vso-bekostiging)."""),
          P("""De begroting voor de planperiode, met de verwachte baten en lasten per jaar, is opgenomen in bijlage
          5 bij dit plan. Hoe de middelen in de planperiode worden besteed, wordt daarin per onderdeel
          uitgewerkt.""")]
    b += [H1("5 Resultaten en kwaliteitszorg"),
          P("""Wij willen weten of wat we doen werkt voor leerlingen. Daarom hebben wij voor de planperiode de
          volgende doelen geformuleerd voor leerlingen met een ondersteuningsbehoefte."""),
          T(["Doel", "Indicator", "Nulmeting 2024-2025", "Streefwaarde 2029-2030"],
            ["Geen langdurig thuiszitters", "Aantal leerlingen > 3 maanden thuis zonder onderwijs", "14", "0"],
            ["Meer leerlingen thuisnabij", "Deelnamepercentage vso", "3,9%", "3,3%"],
            ["Succesvolle terugkeer", "Aandeel teruggekeerde leerlingen dat na een jaar nog op de reguliere school zit", "83%", "90%"],
            ["Succesvolle OPDC-trajecten", "Aandeel OPDC-leerlingen dat binnen een jaar terug is in een reguliere groep", "61%", "75%"],
            ["Diploma met extra ondersteuning", "Slagingspercentage leerlingen met een OPP", "81%", "88%"]),
          P("""Het Loket registreert alle aanvragen, arrangementen en besluiten. Twee keer per jaar stelt de
          kwaliteitsmedewerker een dashboard op met de indicatoren uit de tabel, per bestuur en voor het hele
          samenwerkingsverband. Het dashboard wordt besproken in het directeurenoverleg, in de raad van toezicht en
          in de ondersteuningsplanraad. In het jaarverslag rapporteren wij de bereikte resultaten en de koppeling met
          de bestede middelen. Wijken resultaten af van de streefwaarde, dan stellen wij in het jaarplan
          verbeteracties op. Halverwege de planperiode laten wij een externe evaluatie uitvoeren.""")]
    b += [H1("6 Ouders en leerlingen"),
          P("""Ouders en leerlingen zijn de belangrijkste partners van school. Wij informeren ouders over het
          ondersteuningsaanbod via de ouderpagina op onze website, de brochure 'Passend onderwijs in de
          Zuiderkempen' die iedere groep 8-leerling bij de overstap ontvangt, en via de schoolgids van iedere vo-school,
          waarin een hoofdstuk over ondersteuning is opgenomen. In november organiseren wij samen met de
          basisscholen drie informatieavonden over de overstap naar het vo voor ouders van kinderen met een
          ondersteuningsbehoefte."""),
          P("""Ouders en leerlingen worden betrokken bij het OPP: de school bespreekt het OPP met ouders en vanaf 16
          jaar met de leerling, die zijn mening kan geven (hoorrecht). De ondersteuningsplanraad bestaat voor de helft
          uit ouders en leerlingen."""),
          P("""Het samenwerkingsverband gaat een ouder- en jeugdsteunpunt inrichten. De vorm, de bemensing en de
          bereikbaarheid worden in de loop van 2026 in overleg met de ondersteuningsplanraad bepaald.""")]
    b += [H1("7 Samenwerking met gemeenten")] + f_oogo("Eersel-Zuid, Bergeijk-West, Valkenswaard-Oost, Heeze-Kempen en Cranendonck-Noord", "28 januari 2026")
    b += [H1("8 Bestuur, toezicht en medezeggenschap")] + f_governance(swv, "vereniging", 7) + f_opr("17 maart 2026")
    b += [H1("9 Personeel")] + f_personeel("vo") + f_kennisdeling("vo")
    b += [H1("10 ICT en privacy")] + f_ict_privacy()
    b += [H1("11 Planning")] + f_planning([
        ["Oktober", "Teldatum; vaststelling budgetten besturen", "Controller"],
        ["December", "Begroting volgend jaar", "Directeur-bestuurder, raad van toezicht"],
        ["Februari en juli", "Dashboard resultaten", "Kwaliteitsmedewerker"],
        ["Juni", "Jaarverslag", "Directeur-bestuurder"],
        ["2028", "Externe tussenevaluatie", "Raad van toezicht"]]) + \
        f_totstandkoming("7 april 2026", "17 maart 2026", "28 januari 2026", "15 april 2026")
    b += [H1("Afkortingenlijst"),
          T(["Afkorting", "Betekenis"],
            ["AB", "Ambulante begeleiding"], ["ISK", "Internationale schakelklas"],
            ["Lwoo", "Leerwegondersteunend onderwijs"], ["OJSP", "Ouder- en jeugdsteunpunt: onafhankelijke hulp voor ouders en jongeren bij vragen en meningsverschillen"],
            ["OPDC", "Orthopedagogisch-didactisch centrum"], ["OPP", "Ontwikkelingsperspectief"],
            ["Pro", "Praktijkonderwijs"], ["SOP", "Schoolondersteuningsprofiel"],
            ["TLV", "Toelaatbaarheidsverklaring"], ["Vso", "Voortgezet speciaal onderwijs"])]
    label = dict(
        documents=["vo-zuiderkempen.docx"], sector="vo",
        elements=dict(basisondersteuning="partial", plaatsing="present", terugstroom="present",
                      financien="partial", **{"dekkend-aanbod": "present"}, resultaten="present", ouders="partial"),
        criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": False,
                  "plaatsing.procedure": True, "plaatsing.criteria": True,
                  "terugstroom.procedure": True, "terugstroom.beleid": True,
                  "financien.verdeling": True, "financien.besteding": False,
                  "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
                  "resultaten.doelen": True, "resultaten.monitoring": True,
                  "ouders.informatie": True, "ouders.steunpunt": False},
        advisory={"plaatsing": ["deskundigen", "duur-categorie"], "terugstroom": ["monitoring"],
                  "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
        notes={"basisondersteuning": "2.1 defines the agreed minimum for all 14 vestigingen (niveau) but only copies the 4 referentiekader aspects and refers to the SOPs on school websites for the content (inhoud not addressed); the Trajectvoorziening in 2.2 is extra support at ten of fourteen vestigingen.",
               "plaatsing": "Ch. 3 table: who applies, dossier, criteria, deskundigen, termijn, duur/categorie for vso, lwoo, pro; no bezwaar route.",
               "terugstroom": "Hidden in ch. 3 (TLV chapter) subsection 'Afloop van de TLV': policy + conditions, steps with February/1 April moments, proefperiode, terugkeerarrangement; 23 pupils returned.",
               "financien": "Ch. 4 verdeelmodel (85/15%, per-leerling, vaste voet, arrangement max, verwijzingsbijdrage); the budget/besteding is referred to absent bijlage 5 (TOC entry only).",
               "dekkend-aanbod": "2.2 layered table (Trajectvoorziening, OPDC, vso); 2.3 thuiszitters monitoring, meldtermijn, doorzettingsmacht, new voorziening; OOGO ch. 7.",
               "resultaten": "Ch. 5 target table with nulmeting and streefwaarde; half-yearly dashboard, jaarverslag, external evaluation.",
               "ouders": "Ch. 6: website, brochure, schoolgids, information evenings (informatie); OJSP only announced for 'de loop van 2026' (steunpunt not addressed; glossary entry is a trap)."})
    return b, swv, label


# --------------------------------------------------------------------------------------------
# Plan 3: PO, Duinstreek-Noord, .docx -> .pdf
# --------------------------------------------------------------------------------------------
def plan_duinstreek():
    swv = "Stichting Passend Primair Onderwijs Duinstreek-Noord (PO 27-04)"
    b = [("title", ["Koersplan passend onderwijs 2026-2030", "Ondersteuningsplan van " + swv,
                    "Versie voor instemming ondersteuningsplanraad, februari 2026"]),
         ("toc", ["Voorwoord ........ 2", "1 Waar we staan ........ 3", "2 Waar we voor gaan ........ 5",
                  "3 Basisondersteuning en dekkend aanbod ........ 7", "4 De weg naar sbo en so ........ 8",
                  "5 Terug naar de wijkschool ........ 11", "6 Waar het geld naartoe gaat ........ 13",
                  "7 Wat we willen bereiken ........ 15", "8 Wegwijs voor ouders ........ 17",
                  "9 Organisatie ........ 19", "10 Mensen en middelen ........ 21",
                  "11 Digitale zaken ........ 22", "12 Van plan naar praktijk ........ 23",
                  "Begrippen ........ 24"])]
    b += [H1("Voorwoord")] + f_voorwoord(swv, "po", "J. Kramer-de Wit MEd")
    b += [H1("1 Waar we staan"),
          P("""Ons samenwerkingsverband omvat 41 basisscholen van zes besturen, één school voor speciaal
          basisonderwijs met twee locaties en twee scholen voor speciaal onderwijs in de kustgemeenten. De regio kent
          een grote seizoensgebonden economie en een relatief hoog aandeel gezinnen met een laag inkomen in de
          badplaatsen. Scholen in de dorpen achter de duinen zijn klein; acht scholen hebben minder dan 80
          leerlingen."""),
          P("""De afgelopen jaren stonden in het teken van herstel na de coronaperiode, de komst van nieuwkomers en
          een wisseling van directeur-bestuurder. Het vorige plan is in 2025 geëvalueerd met directeuren, intern
          begeleiders en de ondersteuningsplanraad. Belangrijkste conclusie was dat de procedures helder zijn, maar
          dat de afspraken over wat scholen zelf doen te vrijblijvend zijn gebleven. Dit koersplan is daarom nadrukkelijk
          een plan in ontwikkeling: een aantal onderdelen wordt in de eerste planjaren verder uitgewerkt."""),
          P("""In deze evaluatie is ook gekeken naar de samenwerking tussen de besturen. Die is goed: besturen
          vertrouwen elkaar en zijn bereid over hun eigen grenzen heen te kijken. Wel vragen besturen om meer
          eenvoud in de administratieve afhandeling, en om minder overlegtafels.""")]
    b += [H1("2 Waar we voor gaan")] + f_visie(swv, "po")
    b += [H1("3 Basisondersteuning en dekkend aanbod"),
          P("""In het schooljaar 2026-2027 stellen wij samen met de besturen een nieuw kader op voor wat elke school
          in Duinstreek-Noord ten minste biedt. Daarbij betrekken wij de landelijke ontwikkelingen rond een norm
          voor basisondersteuning. Tot dat kader is vastgesteld, blijven de afspraken van de besturen zelf van
          kracht."""),
          P("""Ook het overzicht van het aanbod in de regio, en de vraag of dat aanbod voor ieder kind toereikend is,
          wordt in deze planperiode opnieuw in kaart gebracht. De uitkomsten volgen in een aanvulling op dit
          plan.""")]
    b += [H1("4 De weg naar sbo en so"),
          P("""Wanneer een kind, ook na inzet van de basisondersteuning en extra hulp in de eigen school, meer nodig
          heeft dan de basisschool kan bieden, kan het bestuur van de school een toelaatbaarheidsverklaring (TLV)
          aanvragen voor het speciaal basisonderwijs of het speciaal onderwijs. Het samenwerkingsverband heeft de
          beoordeling van aanvragen belegd bij de Commissie van Toelaatbaarheid (CvT)."""),
          T(["Fase", "Wat", "Wie", "Wanneer"],
            ["1 Voorbereiden", "Bespreking in het ondersteuningsteam met ouders; opstellen van het groeidocument met de hulpvraag en de zienswijze van ouders", "Intern begeleider, ouders, consulent SWV", "Ten minste twee overleggen"],
            ["2 Aanvragen", "Het bestuur van de school waar het kind is ingeschreven dient de aanvraag digitaal in bij de CvT", "Schoolbestuur (meestal via de directeur)", "Op ieder moment; voor plaatsing per 1 augustus uiterlijk 1 april"],
            ["3 Adviseren", "Twee deskundigen geven elk schriftelijk advies: altijd een orthopedagoog of GZ-psycholoog, daarnaast afhankelijk van het kind een jeugdarts, maatschappelijk werker of kinderpsychiater", "Deskundigen van de CvT, niet betrokken bij de aanvraag", "Binnen 3 weken"],
            ["4 Besluiten", "De CvT neemt namens het bestuur een besluit en legt de geldigheidsduur vast (sbo: tot einde basisschool; so: 1 tot 3 jaar)", "CvT", "Binnen 6 weken na ontvangst van de volledige aanvraag"],
            ["5 Informeren", "Ouders en school ontvangen het besluit, met een afschrift van de deskundigenadviezen en informatie over bezwaar", "Secretaris CvT", "Binnen 1 week na besluit"]),
          P("""De criteria op grond waarvan de CvT beslist of een kind toelaatbaar is, worden in de loop van het
          eerste planjaar door het bestuur vastgesteld na advies van de ondersteuningsplanraad. Tot die tijd
          beoordeelt de CvT iedere aanvraag op haar eigen merites."""),
          P("""Ouders die het niet eens zijn met het besluit, kunnen binnen zes weken na de datum van het besluit
          bezwaar maken bij het bestuur van het samenwerkingsverband. Het bestuur vraagt advies aan de Landelijke
          Bezwaaradviescommissie Toelaatbaarheidsverklaringen voordat het op het bezwaar beslist.""")]
    b += [H1("5 Terug naar de wijkschool"),
          P("""Wij vinden dat een kind dat in het sbo of so zit, de kans moet krijgen om weer naar een gewone
          basisschool in de eigen wijk of het eigen dorp te gaan zodra dat kan. Uitgangspunten daarbij zijn: de
          overstap gebeurt in het belang van het kind en niet om financiële redenen; de ontvangende school krijgt
          extra hulp om de overstap te laten slagen; en ouders zijn vanaf het begin bij de afweging betrokken. Een
          overstap kan ook naar een andere sbo- of so-school plaatsvinden als die beter past."""),
          P("""Zo gaat het in de praktijk. Elk jaar in maart houdt de sbo- of so-school met ouders een
          perspectiefgesprek aan de hand van het OPP. Daarin wordt expliciet de vraag gesteld of een overstap naar de
          wijkschool haalbaar is. Is het antwoord ja, of loopt de TLV aan het eind van het schooljaar af, dan
          nodigt de sbo- of so-school de consulent van het samenwerkingsverband en een mogelijke ontvangende school
          uit voor een overstapoverleg vóór 1 mei. In dat overleg wordt besloten of het kind per 1 augustus of na de
          kerstvakantie overstapt. Is verblijf in het so nog nodig, dan vraagt de so-school bij de CvT een nieuwe
          TLV aan; de CvT besluit daar uiterlijk 1 juli over."""),
          P("""De ontvangende school krijgt voor het eerste jaar een overstapbudget van € 5.000 en het kind wordt
          begeleid door een ambulant begeleider van de school waar het vandaan komt. Na drie maanden en na een jaar
          evalueren ouders, de ontvangende school en de consulent hoe het gaat. In 2024-2025 stapten 17 kinderen
          over van het sbo naar de wijkschool en 4 kinderen van het so naar het sbo of de wijkschool.""")]
    b += [H1("6 Waar het geld naartoe gaat"),
          P("""Het samenwerkingsverband ontvangt jaarlijks ongeveer € 7,3 miljoen aan ondersteuningsmiddelen. Een
          groot deel daarvan wordt direct door DUO ingehouden voor kinderen in het so en voor de groei van het
          sbo. De onderstaande meerjarenbegroting laat zien waaraan de middelen in de planperiode worden besteed
          (bedragen x € 1.000)."""),
          T(["Bestedingscategorie", "2026", "2027", "2028", "2029"],
            ["Afdrachten so (via DUO)", "2.410", "2.380", "2.350", "2.330"],
            ["Afdracht sbo boven 2%", "610", "600", "590", "580"],
            ["Ondersteuningsmiddelen naar schoolbesturen", "3.150", "3.150", "3.100", "3.050"],
            ["Overstapbudgetten (terug naar de wijkschool)", "105", "110", "110", "110"],
            ["Consulenten en CvT", "560", "570", "580", "590"],
            ["Bureau en bestuur", "390", "395", "400", "405"],
            ["Innovatiefonds", "100", "100", "100", "100"],
            ["Totaal lasten", "7.325", "7.305", "7.230", "7.165"]),
          P("""Het verdeelmodel, dat bepaalt volgens welke sleutel de ondersteuningsmiddelen over de besturen
          worden verdeeld, wordt herzien. Het bestuur besluit daarover na de herijking in december 2026; het
          nieuwe model wordt daarna als wijziging aan dit plan toegevoegd (p.m.).""")]
    b += [H1("7 Wat we willen bereiken"),
          P("""Voor kinderen die extra ondersteuning nodig hebben, hebben wij de volgende resultaten voor ogen.
          Aan het eind van de planperiode, in juli 2030, willen wij het volgende hebben bereikt."""),
          T(["Resultaat", "Nu (2025)", "Juli 2030"],
            ["Aandeel kinderen in sbo", "2,9%", "2,5%"],
            ["Aandeel kinderen in so", "1,8%", "1,6%"],
            ["Kinderen met een OPP die hun uitstroomniveau halen", "onbekend", "ten minste 80%"],
            ["Overstappen van sbo/so naar de wijkschool per jaar", "21", "30"],
            ["Ouders die tevreden zijn over de ondersteuning van hun kind", "68%", "80%"]),
          P("""Hoe wij de voortgang op deze doelen gaan meten, wie daarover rapporteert en op welke momenten, werken
          wij uit in een monitoringsplan. Dat plan wordt in het eerste planjaar opgesteld.""")]
    b += [H1("8 Wegwijs voor ouders"),
          P("""Ouders moeten kunnen weten wat hun kind mag verwachten. Daarom geven wij jaarlijks De Ouderwijzer
          uit, een boekje dat via alle scholen, het consultatiebureau en de bibliotheken wordt verspreid en waarin
          in gewone taal staat welke hulp er op school en in de regio is, hoe de weg naar het sbo of so loopt en wie
          je kunt bellen. Elke school bespreekt bij de intake met ouders het ondersteuningsprofiel van de school en
          neemt dat op in de schoolgids. De consulenten van het samenwerkingsverband houden elke eerste woensdag van
          de maand een spreekuur voor ouders in de bibliotheek van Noordwijk-Binnen."""),
          P("""Soms komen ouders en school er samen niet uit. Dan kunnen ouders kosteloos terecht bij het
          Ouderadviespunt De Vuurtoren. Dat is een onafhankelijk ouder- en jeugdsteunpunt, ondergebracht bij een
          stichting die los staat van scholen en besturen. De adviseurs denken mee, gaan mee naar gesprekken en
          verwijzen zo nodig door naar de onderwijsconsulenten of de Geschillencommissie passend onderwijs."""),
          P("""Ouders zijn vertegenwoordigd in de medezeggenschap en worden bij het OPP van hun kind betrokken als
          volwaardige gesprekspartner.""")]
    b += [H1("9 Organisatie")] + f_governance(swv, "stichting", 6) + f_opr("3 maart 2026") + \
        [P("""Het OOGO met de gemeenten Noordwijk-Binnen, Duinkerk en Zandvoort-Noord vond plaats op 10 februari
         2026; het verslag is vastgesteld.""")]
    b += [H1("10 Mensen en middelen")] + f_personeel("po") + f_kennisdeling("po")
    b += [H1("11 Digitale zaken")] + f_ict_privacy() + [H2("Toezicht en regionale samenwerking")] + \
        f_inspectie() + f_regio_overleg("po")
    b += [H1("12 Van plan naar praktijk")] + f_planning([
        ["Augustus", "Jaarplan", "Directeur-bestuurder"],
        ["Oktober", "Teldatum", "Controller"],
        ["December 2026", "Besluit herijking verdeelmodel", "Bestuur"],
        ["Maart", "Perspectiefgesprekken sbo/so", "Sbo- en so-scholen"],
        ["Mei", "Jaarverslag en jaarrekening", "Bestuur, raad van toezicht"]]) + \
        f_totstandkoming("17 maart 2026", "3 maart 2026", "10 februari 2026", "25 maart 2026")
    b += [H1("Begrippen"),
          T(["Begrip", "Uitleg"],
            ["Arrangement", "Een pakket extra ondersteuning voor een leerling of groep, boven de basisondersteuning"],
            ["Basisondersteuning", "Wat elke school in het samenwerkingsverband minimaal biedt: preventieve en licht curatieve interventies, een ondersteuningsstructuur en handelingsgericht werken"],
            ["Dekkend aanbod", "Het geheel van voorzieningen in de regio waardoor ieder kind een passende plek heeft; ook thuiszitters vallen hieronder"],
            ["Thuiszitter", "Een leerplichtig kind dat niet naar school gaat"],
            ["Verdeelmodel", "De sleutel waarmee het samenwerkingsverband de middelen verdeelt over de schoolbesturen, bijvoorbeeld een bedrag per leerling"],
            ["Monitoring", "Het volgen van resultaten"])]
    label = dict(
        documents=["po-duinstreek.pdf"], sector="po",
        elements=dict(basisondersteuning="missing", plaatsing="partial", terugstroom="present",
                      financien="partial", **{"dekkend-aanbod": "missing"}, resultaten="partial", ouders="present"),
        criteria={"basisondersteuning.niveau": False, "basisondersteuning.inhoud": False,
                  "plaatsing.procedure": True, "plaatsing.criteria": False,
                  "terugstroom.procedure": True, "terugstroom.beleid": True,
                  "financien.verdeling": False, "financien.besteding": True,
                  "dekkend-aanbod.continuum": False, "dekkend-aanbod.lacunes": False,
                  "resultaten.doelen": True, "resultaten.monitoring": False,
                  "ouders.informatie": True, "ouders.steunpunt": True},
        advisory={"plaatsing": ["deskundigen", "duur-categorie", "bezwaar"], "terugstroom": ["monitoring"],
                  "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
        notes={"basisondersteuning": "Ch. 3 (heading in TOC) only defers a new kader to 2026-2027; definition only in the Begrippen glossary; 'na inzet van de basisondersteuning' in ch. 4 is a passing mention.",
               "plaatsing": "Ch. 4 phase table (who applies, CvT, two deskundigen, termijnen, duration) plus LBT bezwaar; criteria explicitly deferred to the first plan year (the opening 'meer nodig dan de basisschool kan bieden' is only the legal premise).",
               "terugstroom": "Ch. 5 'Terug naar de wijkschool' (word 'terugplaatsing' avoided): uitgangspunten, March perspectiefgesprek, overstapoverleg before 1 May, new TLV by 1 July, overstapbudget, evaluations; figures 2024-2025.",
               "financien": "Ch. 6 'Waar het geld naartoe gaat': meerjarenbegroting table (besteding); the verdeelmodel is under revision and marked p.m. (verdeling not addressed; glossary entry is a trap).",
               "dekkend-aanbod": "Ch. 3 only says the regional aanbod will be mapped later; no continuum, no gap/thuiszitter approach; OOGO only as a procedural date. Glossary entry is a trap.",
               "resultaten": "Ch. 7 target table with current and 2030 values (doelen); how progress is measured is deferred to a monitoringsplan (the qualitative evaluation of the previous plan in ch. 1 is not a monitoring of results).",
               "ouders": "Ch. 8 'Wegwijs voor ouders': De Ouderwijzer booklet, schoolgids/intake, spreekuur (informatie); Ouderadviespunt De Vuurtoren, onderwijsconsulenten, geschillencommissie (steunpunt)."})
    return b, swv, label


# --------------------------------------------------------------------------------------------
# Plan 4: VO, Veluwe-Oost, .docx -> .pdf
# --------------------------------------------------------------------------------------------
def plan_veluwe():
    swv = "Samenwerkingsverband Voortgezet Onderwijs Hoge Veluwe-Oost (VO 25-14)"
    b = [("title", ["Ondersteuningsplan", "2026 - 2030", swv]),
         ("toc", ["1 Inleiding ........ 3", "2 Missie, visie en kernwaarden ........ 4",
                  "3 Regio en kengetallen ........ 6", "4 Ondersteuning in drie niveaus ........ 7",
                  "   4.1 Niveau 1: de basis in iedere school ........ 7",
                  "   4.2 Niveau 2: arrangementen en bovenschoolse voorzieningen ........ 9",
                  "   4.3 Niveau 3: vso en praktijkonderwijs ........ 10",
                  "5 Thuiszitters en het sluitend netwerk ........ 12", "6 Financieel beleid ........ 14",
                  "7 Kwaliteitszorg en resultaten ........ 17", "8 Communicatie ........ 19",
                  "9 Aansluiting PO-VO en VO-MBO ........ 20", "10 Bestuur en organisatie ........ 21",
                  "11 Personeel en ICT ........ 23", "12 Jaarcyclus ........ 24",
                  "Bijlage: begrippen en afkortingen ........ 25"])]
    b += [H1("1 Inleiding")] + f_voorwoord(swv, "vo", "drs. H. Lammers") + [
        P("""In dit plan beschrijven wij onze koers voor de periode 1 augustus 2026 tot en met 31 juli 2030. Het plan
        volgt de opbouw van ons ondersteuningsmodel in drie niveaus. Terugblik en evaluatie van de vorige periode
        zijn opgenomen in het afzonderlijke evaluatierapport 2022-2026, dat met de ondersteuningsplanraad is
        besproken.""")]
    b += [H1("2 Missie, visie en kernwaarden")] + f_visie(swv, "vo")
    b += [H1("3 Regio en kengetallen"),
          P("""Het samenwerkingsverband omvat de gemeenten Apeldoorn-Oost, Voorst-Noord en Epe-Zuid. Er zijn 11
          scholen voor voortgezet onderwijs met in totaal 17 vestigingen, twee scholen voor praktijkonderwijs en
          drie vso-locaties. Op 1 oktober 2025 telde het samenwerkingsverband 12.480 leerlingen. Het aantal
          leerlingen daalt naar verwachting met 4% tot 2030."""),
          T(["Kengetal (1 oktober)", "2023", "2024", "2025"],
            ["Leerlingen regulier vo", "11.020", "10.940", "10.870"],
            ["Leerlingen praktijkonderwijs", "540", "552", "561"],
            ["Leerlingen vso", "430", "446", "451"],
            ["Leerlingen met lwoo", "1.120", "1.090", "1.060"])]
    b += [H1("4 Ondersteuning in drie niveaus"),
          P("""Ons ondersteuningsmodel kent drie niveaus die samen één doorlopend geheel vormen. Een leerling krijgt
          ondersteuning op het niveau dat past bij de onderwijsbehoefte en kan tussen niveaus bewegen."""),
          H2("4.1 Niveau 1: de basis in iedere school"),
          P("""Niveau 1 is de basisondersteuning. Dit is het niveau dat alle 17 vestigingen in het
          samenwerkingsverband minimaal realiseren; het is door de besturen bindend afgesproken en geldt ook voor de
          scholen voor praktijkonderwijs. De basisondersteuning bestaat ten minste uit de onderdelen in de
          onderstaande ondersteuningsmatrix."""),
          T(["Domein", "Minimaal aanbod op iedere vestiging"],
            ["Structuur", "Een ondersteuningscoördinator (ten minste 0,4 fte per 1.000 leerlingen); een ondersteuningsteam dat maandelijks overlegt; een mentor per klas met 1 lesuur mentoraat per week in leerjaar 1 en 2"],
            ["Leren", "Dyslexie- en dyscalculiebeleid met faciliteiten (extra tijd, voorleessoftware, vergroot lettertype); huiswerkbegeleiding of studieles; een training studievaardigheden en executieve functies"],
            ["Sociaal-emotioneel", "Een faalangstreductietraining en een sociale-vaardigheidstraining per schooljaar; een anti-pestprogramma; een vertrouwenspersoon"],
            ["Gedrag", "Een time-out- of opvangvoorziening met toezicht gedurende de hele lesdag; een schoolbreed gedragsprotocol"],
            ["Fysiek en medisch", "Een protocol medisch handelen; een rustruimte; aangepaste roosters bij langdurige ziekte in samenwerking met de consulent onderwijs aan zieke leerlingen"],
            ["Planmatig werken", "Een OPP voor iedere leerling met extra ondersteuning, jaarlijks geëvalueerd; overdracht vanuit het PO via het digitale overstapdossier"]),
          P("""Het samenwerkingsverband toetst eens per twee jaar met een audit op de vestiging of de basis op orde
          is. Bij tekortkomingen maakt de school een verbeterplan dat binnen een jaar wordt uitgevoerd."""),
          H2("4.2 Niveau 2: arrangementen en bovenschoolse voorzieningen"),
          P("""Wanneer niveau 1 onvoldoende is, kan de school een arrangement inzetten. Dat kan een
          schoolarrangement zijn, betaald uit het schoolbudget, of een individueel arrangement dat bij het
          samenwerkingsverband wordt aangevraagd. Daarnaast zijn er bovenschoolse voorzieningen: het OPDC De
          Sprengen (tijdelijke opvang voor leerlingen met gedragsproblemen, maximaal een half jaar, waarna de
          leerling terugkeert naar de eigen school), de rebound-voorziening Kompas (kortdurende time-out van zes tot
          twaalf weken) en de taalvoorziening voor nieuwkomers."""),
          H2("4.3 Niveau 3: vso en praktijkonderwijs"),
          P("""Voor leerlingen die ook met een arrangement niet in het regulier onderwijs kunnen worden
          ondersteund, bestaat het voortgezet speciaal onderwijs. Het praktijkonderwijs en het leerwegondersteunend
          onderwijs zijn voorzieningen voor leerlingen met leerachterstanden. De criteria voor toelaatbaarheid staan
          in de tabel hieronder. Het samenwerkingsverband hanteert voor lwoo eigen criteria (opting out)."""),
          T(["Voorziening", "Criteria", "Duur en categorie"],
            ["Vso cluster 4", "Ernstige gedrags- of psychiatrische problematiek die het leren in een reguliere groep ook met een arrangement op niveau 2 belemmert; de leerling heeft een intensief pedagogisch klimaat en kleine groep (maximaal 12) nodig", "TLV 2 jaar; bekostigingscategorie laag"],
            ["Vso cluster 3 (zml, lg, lz)", "Verstandelijke beperking (IQ lager dan 55-70) of lichamelijke beperking of langdurige ziekte waardoor een combinatie van onderwijs en zorg nodig is die het regulier vo niet kan bieden", "TLV 3 jaar; categorie laag, midden of hoog volgens landelijke indeling"],
            ["Praktijkonderwijs", "Landelijke criteria: IQ 55-80 en leerachterstanden van 50% of meer op ten minste twee domeinen, waarvan één begrijpend lezen of inzichtelijk rekenen", "Onbepaalde duur"],
            ["Lwoo (eigen criteria)", "Een leerachterstand van ten minste 1,5 jaar op twee van de vier domeinen (rekenen, begrijpend lezen, technisch lezen, spelling), óf één domein gecombineerd met faalangst of prestatiemotivatie-problematiek, vastgesteld met de regionale toetsbatterij; geen IQ-grens", "Aanwijzing voor 2 jaar, daarna herbeoordeling"]),
          P("""Aanvragen voor een TLV, een aanwijzing lwoo of een toelaatbaarheid pro lopen via het digitale loket.
          De werkwijze, de benodigde stukken en de doorlooptijden zijn beschreven in de Handleiding Toewijzing op
          www.swv-veluwe-oost.nl/toewijzing.""")]
    b += [H1("5 Thuiszitters en het sluitend netwerk"),
          P("""Het samenwerkingsverband wil dat iedere jongere onderwijs volgt. Om te zien waar het netwerk niet
          sluit, houden wij samen met het Regionaal Bureau Leerplicht maandelijks een lijst bij van alle
          leerlingen die thuiszitten of dreigen thuis te komen zitten, met de reden en de stand van zaken. De
          scholen melden dreigend verzuim van langer dan twee weken direct bij het Thuiszittersteam."""),
          P("""Het Thuiszittersteam, bestaande uit een trajectbegeleider van het samenwerkingsverband, een
          leerplichtambtenaar en een medewerker jeugdhulp, stelt binnen tien werkdagen na melding een plan op met
          school en gezin. Als geen school een passende plek kan bieden, organiseert het team een
          maatwerktraject, bijvoorbeeld een combinatie van onderwijs op het OPDC en dagbesteding. Patronen uit de
          lijst, zoals een groeiende groep jongeren met angstklachten, bespreekt het bestuur twee keer per jaar; daaruit
          volgen nieuwe voorzieningen. In 2025 is zo de kleine groep Opstap gestart."""),
          P("""Voor jongeren die onderwijs en zorg combineren, maken wij met de gemeenten onderwijs-
          zorgarrangementen. De gemeenten financieren de zorgcomponent, het samenwerkingsverband de onderwijscomponent.""")]
    b += [H1("6 Financieel beleid"),
          P("""Het samenwerkingsverband verdeelt de ondersteuningsmiddelen volgens een vast verdeelmodel. Het
          model is vastgesteld door de algemene vergadering en wordt eens per twee jaar geëvalueerd."""),
          T(["Budget", "Verdeelsleutel", "Wie beslist"],
            ["Schoolbudget lichte ondersteuning", "€ 128 per leerling (teldatum 1 oktober t-1) plus vaste voet € 25.000 per vestiging", "Automatisch naar bestuur"],
            ["Lwoo- en pro-middelen", "Per leerling met aanwijzing lwoo of toelaatbaarheid pro, volgens de landelijke normbedragen", "Automatisch naar bestuur"],
            ["Individuele arrangementen", "Op aanvraag; toekenning op basis van OPP en handelingsplan; € 2.500 - € 10.000 per leerling", "Arrangementencommissie, binnen 4 weken"],
            ["Bovenschoolse voorzieningen", "Budgetfinanciering per voorziening op basis van het aantal plaatsen", "Bestuur"]),
          P("""Meerjarenbegroting (bedragen x € 1.000):"""),
          T(["", "2026", "2027", "2028", "2029"],
            ["Baten lichte en zware ondersteuning", "14.920", "14.760", "14.600", "14.450"],
            ["Baten lwoo en pro", "6.210", "6.130", "6.050", "5.980"],
            ["Afdracht vso (DUO)", "-5.340", "-5.360", "-5.380", "-5.400"],
            ["Schoolbudgetten", "2.020", "1.990", "1.960", "1.940"],
            ["Doorbetaling lwoo/pro", "6.210", "6.130", "6.050", "5.980"],
            ["Individuele arrangementen", "3.100", "3.000", "2.950", "2.900"],
            ["OPDC, rebound en taalvoorziening", "2.850", "2.850", "2.800", "2.800"],
            ["Thuiszittersteam en trajectbegeleiding", "640", "650", "660", "670"],
            ["Bureau en bestuur", "870", "880", "890", "900"],
            ["Saldo", "100", "30", "-40", "-160"]),
          P("""Het weerstandsvermogen bedraagt eind 2025 9%. Het bestuur streeft naar een weerstandsvermogen
          tussen 5% en 10%; de negatieve saldi in 2028 en 2029 worden uit de reserve gedekt. Scholen verantwoorden
          de besteding van het schoolbudget jaarlijks in een format van het samenwerkingsverband.""")]
    b += [H1("7 Kwaliteitszorg en resultaten"),
          P("""Het samenwerkingsverband werkt volgens een cyclus van plannen, uitvoeren, meten en bijstellen. Voor
          het meten gebruiken wij de Monitor Passend Onderwijs Veluwe-Oost. Daarin worden per kwartaal
          gegevens verzameld over aanvragen, toekenningen, thuiszitters, deelname aan vso, pro en lwoo,
          doorlooptijden en uitstroom. De monitor wordt elk kwartaal besproken in het managementoverleg en twee keer
          per jaar in het bestuur en de ondersteuningsplanraad. In het jaarverslag rapporteren wij de bereikte
          resultaten, inclusief een koppeling met de uitgaven per voorziening. Eens per twee jaar laat het bestuur een
          externe audit uitvoeren op de kwaliteit van de arrangementen."""),
          T(["Bereikt (schooljaar)", "2022-2023", "2023-2024", "2024-2025"],
            ["Thuiszitters langer dan 3 maanden (peildatum 1 juni)", "19", "15", "11"],
            ["OPDC-leerlingen terug in regulier binnen 6 maanden", "58%", "63%", "66%"],
            ["Deelnamepercentage vso", "3,7%", "3,6%", "3,6%"],
            ["Gemiddelde doorlooptijd aanvraag arrangement (werkdagen)", "24", "19", "17"]),
          P("""De beoogde resultaten voor de nieuwe planperiode formuleren wij na de zelfevaluatie die in het
          najaar van 2026 plaatsvindt. Zij worden vervolgens opgenomen in het jaarplan 2027.""")]
    b += [H1("8 Communicatie"),
          P("""Het samenwerkingsverband communiceert open en toegankelijk met scholen, besturen, gemeenten en
          ketenpartners. Voor scholen verschijnt zes keer per jaar een digitale nieuwsbrief. Besturen ontvangen de
          kwartaalmonitor. Met de gemeenten is er een gezamenlijke communicatiekalender. Persvragen worden
          beantwoord door de directeur-bestuurder. Wij gebruiken heldere taal en vermijden jargon; alle documenten
          worden getoetst op taalniveau B1. De huisstijl van het samenwerkingsverband is in 2025 vernieuwd.""")]
    b += [H1("9 Aansluiting PO-VO en VO-MBO"),
          P("""De doorstroom van het primair naar het voortgezet onderwijs verloopt volgens de regionale POVO-
          procedure met een warme overdracht voor leerlingen met een ondersteuningsbehoefte. Voor de uitstroom van
          vso en praktijkonderwijs naar mbo, arbeid of dagbesteding werken wij samen met het mbo en het
          Werkgeversservicepunt. Voor jongeren zonder startkwalificatie is er een gezamenlijke aanpak met het
          RMC.""")]
    b += [H1("10 Bestuur en organisatie")] + f_governance(swv, "stichting", 8) + f_opr("10 maart 2026") + \
        f_oogo("Apeldoorn-Oost, Voorst-Noord en Epe-Zuid", "3 februari 2026", full=False)
    b += [H1("11 Personeel en ICT")] + f_personeel("vo") + f_lerend() + f_ict_privacy(digid=False) + \
        [H2("Toezicht")] + f_inspectie()
    b += [H1("12 Jaarcyclus")] + f_planning([
        ["Elk kwartaal", "Monitor Passend Onderwijs", "Beleidsmedewerker kwaliteit"],
        ["Oktober", "Teldatum en schoolbudgetten", "Controller"],
        ["December", "Begroting", "Bestuur"],
        ["Najaar 2026", "Zelfevaluatie", "Directeur-bestuurder"],
        ["Juni", "Jaarverslag", "Bestuur"]]) + \
        f_totstandkoming("31 maart 2026", "10 maart 2026", "3 februari 2026", "14 april 2026")
    b += [H1("Bijlage: begrippen en afkortingen"),
          T(["Term", "Omschrijving"],
            ["OJSP", "Ouder- en jeugdsteunpunt, waar ouders en jongeren onafhankelijk advies krijgen"],
            ["OPR", "Ondersteuningsplanraad"], ["OPDC", "Orthopedagogisch-didactisch centrum"],
            ["Terugplaatsing", "Terugkeer van een vso-leerling naar het regulier voortgezet onderwijs na afloop van de TLV"],
            ["TLV", "Toelaatbaarheidsverklaring"], ["Thuiszitter", "Leerplichtige jongere zonder onderwijs"],
            ["Schoolgids", "Jaarlijkse gids waarin de school ouders informeert over onder meer de ondersteuning"])]
    label = dict(
        documents=["vo-veluwe-oost.pdf"], sector="vo",
        elements=dict(basisondersteuning="present", plaatsing="partial", terugstroom="missing",
                      financien="present", **{"dekkend-aanbod": "present"}, resultaten="partial", ouders="missing"),
        criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
                  "plaatsing.procedure": False, "plaatsing.criteria": True,
                  "terugstroom.procedure": False, "terugstroom.beleid": False,
                  "financien.verdeling": True, "financien.besteding": True,
                  "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
                  "resultaten.doelen": False, "resultaten.monitoring": True,
                  "ouders.informatie": False, "ouders.steunpunt": False},
        advisory={"basisondersteuning": ["borging"], "plaatsing": ["duur-categorie"],
                  "financien": ["reserves", "verantwoording"], "dekkend-aanbod": ["ketenpartners"],
                  "resultaten": ["meetbaar"]},
        notes={"basisondersteuning": "4.1: binding minimum for all 17 vestigingen plus ondersteuningsmatrix table; audit every two years (borging).",
               "plaatsing": "4.3 criteria table for vso, pro, lwoo (own criteria) with duration/category; the procedure is only referred to the Handleiding Toewijzing on the website.",
               "terugstroom": "Nothing on return from vso; only near-misses: OPDC 'terugkeert naar de eigen school' (4.2), doorstroom PO-VO and uitstroom (ch. 9), 'terugblik' (ch. 1), glossary entry 'Terugplaatsing'.",
               "financien": "Ch. 6 verdeelmodel table and meerjarenbegroting 2026-2029; weerstandsvermogen and verantwoording.",
               "dekkend-aanbod": "Ch. 4 three-level continuum (niveau 1-3, OPDC, rebound); ch. 5 monthly thuiszitterslijst, Thuiszittersteam, new voorzieningen; OZA with gemeenten.",
               "resultaten": "Ch. 7 monitor, quarterly/half-yearly reporting, jaarverslag, audit and achieved-figures table (monitoring); intended results deferred to after the 2026 zelfevaluatie.",
               "ouders": "No parent information or independent help; ch. 8 'Communicatie' is about schools/gemeenten/press only; OJSP and Schoolgids appear only in the glossary."})
    return b, swv, label


# --------------------------------------------------------------------------------------------
# Plan 5: VO, Rivierenland-West, .html (web version of a plan "op hoofdlijnen")
# --------------------------------------------------------------------------------------------
def plan_rivierenland():
    swv = "Samenwerkingsverband VO Rivierenland-West (VO 29-03)"
    b = [("title", ["Ondersteuningsplan 2026-2030: passend onderwijs op hoofdlijnen", swv,
                    "Webversie. Laatst bijgewerkt: 2 mei 2026"]),
         ("toc", ["1. Voorwoord", "2. Over dit plan", "3. Visie", "4. Basisondersteuning",
                  "5. Toelaatbaarheid vso, pro en lwoo", "6. Na de TLV: terug naar het vo",
                  "7. Thuiszitters en dekkend aanbod", "8. Financiën", "9. Resultaten: wat willen we bereiken",
                  "10. Ouders en jongeren", "11. Gemeenten en jeugdhulp", "12. Organisatie", "13. Personeel",
                  "14. ICT en privacy", "15. Jaarplanning", "Downloads", "Begrippenlijst"])]
    b += [H1("1. Voorwoord")] + f_voorwoord(swv, "vo", "ir. S. Oudshoorn")
    b += [H1("2. Over dit plan"),
          P("""Dit is een plan op hoofdlijnen. Het beschrijft wat we als samenwerkingsverband willen bereiken en
          welke kaders daarbij gelden. Hoe scholen dat doen, bepalen zij zelf binnen die kaders. Een aantal
          onderwerpen is uitgewerkt in afzonderlijke documenten die door het bestuur worden vastgesteld, zoals het
          Financieel Kader en de bijlagen over toewijzing. Die documenten vindt u onder Downloads."""),
          P("""Wij hebben gekozen voor een webversie, zodat het plan beter leesbaar is op telefoon en tablet. Een
          pdf-versie is op aanvraag verkrijgbaar.""")]
    b += [H1("3. Visie")] + f_visie(swv, "vo")
    b += [H1("4. Basisondersteuning"),
          P("""De besturen hebben afgesproken dat op alle twaalf vestigingen in Rivierenland-West hetzelfde
          minimumniveau van basisondersteuning geldt. Dat niveau is voor iedere school het vertrekpunt: geen school
          mag eronder zitten, en een leerling hoeft voor basisondersteuning nooit een aanvraag te doen."""),
          P("""Welke voorzieningen, interventies en deskundigheid precies tot dat gezamenlijke minimum behoren,
          beschrijven wij in het schooljaar 2026-2027 in de werkgroep Basis Plus. De uitkomst wordt na instemming
          van de ondersteuningsplanraad als aanvulling bij dit plan gepubliceerd.""")]
    b += [H1("5. Toelaatbaarheid vso, pro en lwoo"),
          P("""Het samenwerkingsverband beslist over de toelaatbaarheid tot het voortgezet speciaal onderwijs en
          het praktijkonderwijs en over de aanwijzing voor leerwegondersteunend onderwijs. De procedure, de criteria,
          de deskundigen en de bezwaarmogelijkheden zijn beschreven in bijlage 3 bij dit plan (Toewijzing vso, pro
          en lwoo).""")]
    b += [H1("6. Na de TLV: terug naar het vo"),
          P("""Iedere toelaatbaarheidsverklaring heeft een einddatum. Voor leerlingen in het vso van wie de TLV
          afloopt, volgen de vso-school en het samenwerkingsverband de onderstaande stappen."""),
          T(["Wanneer", "Stap", "Wie"],
            ["Oktober van het laatste TLV-jaar", "De vso-school evalueert het OPP met ouders en leerling en beoordeelt of terugkeer naar het regulier vo mogelijk is", "Commissie van begeleiding vso-school"],
            ["Uiterlijk 1 december", "De vso-school meldt bij het samenwerkingsverband welke leerlingen voor terugkeer in aanmerking komen en welke een nieuwe TLV nodig hebben", "Vso-school"],
            ["Januari - maart", "De consulent van het samenwerkingsverband zoekt met ouders en leerling een ontvangende school; overdrachtsgesprek tussen vso-school en ontvangende school", "Consulent SWV, ouders, scholen"],
            ["Uiterlijk 1 april", "Het samenwerkingsverband besluit over een eventuele nieuwe TLV; voor de overige leerlingen eindigt de TLV op 31 juli", "Directeur-bestuurder"],
            ["Oktober na terugkeer", "Evaluatiegesprek op de ontvangende school met ouders, leerling en consulent", "Ontvangende school"]),
          P("""Het beleidskader voor terugplaatsing, met de uitgangspunten, de voorwaarden en de begeleiding van
          leerlingen na hun terugkeer, stellen wij in 2026-2027 op in overleg met de vso-scholen.""")]
    b += [H1("7. Thuiszitters en dekkend aanbod"),
          P("""Geen jongere hoort thuis te zitten. Daarom werkt het samenwerkingsverband met een Thuiszitterstafel.
          Iedere school meldt een leerling die vier weken of langer niet of nauwelijks op school is geweest bij de
          consulent. De Thuiszitterstafel, met de consulent, de leerplichtambtenaar, een jeugdarts van de GGD en een
          medewerker van het gemeentelijk jeugdteam, bespreekt iedere melding binnen tien schooldagen en stelt een
          terugkeerplan op met een verantwoordelijke regisseur. Na zes weken volgt een evaluatie. Lukt het niet om
          een plek te vinden, dan kan de directeur-bestuurder een school of voorziening vragen de leerling op te
          nemen en zo nodig de kosten van een tijdelijk maatwerkarrangement dragen."""),
          P("""Ieder halfjaar analyseren wij de meldingen: welke jongeren vinden geen plek en waarom? Zo
          brengen wij de witte vlekken in het aanbod in beeld. De uitkomsten bespreken wij met de besturen en de
          gemeenten; in 2025 leidde dat tot extra plekken voor jongeren met autisme in de bovenbouw havo."""),
          P("""Een overzicht van de ondersteuningsvoorzieningen binnen en tussen de scholen, van de eigen klas tot
          het vso, verschijnt in het voorjaar van 2027 als Regionale Aanbodkaart.""")]
    b += [H1("8. Financiën"),
          P("""Het samenwerkingsverband ontvangt jaarlijks middelen voor de lichte en zware ondersteuning en voor
          lwoo en pro. De verdeling van deze middelen over de besturen, de meerjarenbegroting en het beleid rond
          reserves zijn opgenomen in het Financieel Kader 2026-2030, dat jaarlijks door het bestuur wordt
          vastgesteld en onder Downloads te vinden is.""")]
    b += [H1("9. Resultaten: wat willen we bereiken"),
          P("""Voor jongeren met een ondersteuningsbehoefte willen wij aan het eind van deze planperiode drie
          dingen hebben bereikt. Ten eerste zit geen enkele jongere langer dan drie maanden thuis zonder
          onderwijsaanbod; in schooljaar 2024-2025 waren dat er nog 9. Ten tweede haalt ten minste 85% van de
          leerlingen met een OPP het diploma of de uitstroombestemming die in het OPP is vastgelegd (2024-2025:
          77%). Ten derde daalt het deelnamepercentage vso van 4,1% naar 3,5%, zonder dat het aantal thuiszitters
          stijgt."""),
          P("""Wij volgen deze resultaten als volgt. De consulenten registreren alle meldingen, arrangementen en
          TLV's in het leerlingdossier. Op 1 februari en 1 juli stelt de beleidsmedewerker een voortgangsrapportage
          op met de stand op de drie resultaten, uitgesplitst naar bestuur. De rapportage wordt besproken met de
          besturen en de ondersteuningsplanraad en gepubliceerd in het jaarverslag. In 2028 voeren wij een
          tussenevaluatie uit waarin wij ook scholen, ouders en jongeren bevragen; op basis daarvan stellen wij de
          aanpak zo nodig bij.""")]
    b += [H1("10. Ouders en jongeren"),
          P("""Ouders en jongeren die vragen hebben over passend onderwijs, of die het met de school niet eens
          worden over de ondersteuning, kunnen terecht bij het Ouder- en Jeugdsteunpunt Rivierenland. Het steunpunt
          is onafhankelijk: het wordt gefinancierd door de samenwerkingsverbanden PO en VO samen, maar de medewerkers
          werken uitsluitend in het belang van de jongere. Het steunpunt is op werkdagen bereikbaar via telefoon,
          WhatsApp en e-mail, gaat mee naar gesprekken op school en verwijst zo nodig naar de onderwijsconsulenten
          of de Geschillencommissie passend onderwijs."""),
          P("""Jongeren hebben het recht hun mening te geven over hun OPP. Ouders en jongeren hebben samen de helft
          van de zetels in de ondersteuningsplanraad."""),
          P("""Hoe wij ouders over het ondersteuningsaanbod informeren, leggen wij vast in een communicatieplan
          dat in 2026 wordt opgesteld.""")]
    b += [H1("11. Gemeenten en jeugdhulp")] + f_oogo("Tiel-West, Culemborg-Zuid en Neder-Betuwe-Oost", "20 januari 2026")
    b += [H1("12. Organisatie")] + f_governance(swv, "stichting", 6) + f_opr("12 maart 2026")
    b += [H1("13. Personeel")] + f_personeel("vo") + f_kennisdeling("vo")
    b += [H1("14. ICT en privacy")] + f_ict_privacy() + [H2("Toezicht door de inspectie")] + f_inspectie() + \
        [H2("Regionale samenwerking")] + f_regio_overleg("vo") + [H2("Leren van elkaar")] + f_lerend()
    b += [H1("15. Jaarplanning")] + f_planning([
        ["1 februari", "Voortgangsrapportage resultaten", "Beleidsmedewerker"],
        ["1 juli", "Voortgangsrapportage resultaten", "Beleidsmedewerker"],
        ["December", "Vaststelling Financieel Kader en begroting", "Bestuur"],
        ["Voorjaar 2027", "Regionale Aanbodkaart", "Directeur-bestuurder"],
        ["2028", "Tussenevaluatie", "Bestuur"]]) + \
        f_totstandkoming("26 maart 2026", "12 maart 2026", "20 januari 2026", "8 april 2026")
    b += [H1("Downloads"),
          UL("Bijlage 1 Verslag OOGO 20 januari 2026 (pdf)", "Bijlage 2 Instemmingsbrief OPR (pdf)",
             "Bijlage 3 Toewijzing vso, pro en lwoo (pdf)", "Financieel Kader 2026-2030 (pdf)",
             "Schoolondersteuningsprofielen van de twaalf vestigingen (links)")]
    b += [H1("Begrippenlijst"),
          T(["Begrip", "Betekenis"],
            ["Basisondersteuning", "Het minimumniveau van ondersteuning dat alle scholen bieden"],
            ["Dekkend aanbod", "Samenhangend geheel van voorzieningen binnen en tussen scholen"],
            ["Lwoo", "Leerwegondersteunend onderwijs"], ["Pro", "Praktijkonderwijs"],
            ["TLV", "Toelaatbaarheidsverklaring voor het vso; bevat de bekostigingscategorie laag, midden of hoog"],
            ["Verdeelmodel", "De wijze waarop de ondersteuningsmiddelen over de besturen worden verdeeld"],
            ["Schoolgids", "Gids waarin de school ouders informeert over haar aanbod"])]
    label = dict(
        documents=["vo-rivierenland.html"], sector="vo",
        elements=dict(basisondersteuning="partial", plaatsing="missing", terugstroom="partial",
                      financien="missing", **{"dekkend-aanbod": "partial"}, resultaten="present", ouders="partial"),
        criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": False,
                  "plaatsing.procedure": False, "plaatsing.criteria": False,
                  "terugstroom.procedure": True, "terugstroom.beleid": False,
                  "financien.verdeling": False, "financien.besteding": False,
                  "dekkend-aanbod.continuum": False, "dekkend-aanbod.lacunes": True,
                  "resultaten.doelen": True, "resultaten.monitoring": True,
                  "ouders.informatie": False, "ouders.steunpunt": True},
        advisory={"dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
        notes={"basisondersteuning": "Ch. 4 states the common minimum for all twelve vestigingen (niveau); the content is deferred to werkgroep Basis Plus 2026-2027.",
               "plaatsing": "Ch. 5 only restates the legal task and refers to bijlage 3 (not part of the input; listed under Downloads); TLV category appears only in the glossary; 'besluit over een eventuele nieuwe TLV' in ch. 6 belongs to terugstroom.",
               "terugstroom": "Ch. 6 step table with dates, actors, decision and evaluation (procedure); the beleidskader is deferred to 2026-2027.",
               "financien": "Ch. 8 only refers to the separate Financieel Kader 2026-2030 (Downloads); no verdeling or amounts in the text.",
               "dekkend-aanbod": "Ch. 7 Thuiszitterstafel, meldtermijn, doorzettingsmacht, half-yearly gap analysis (lacunes); the overview of provisions is deferred to the Regionale Aanbodkaart 2027 (continuum not addressed).",
               "resultaten": "Ch. 9 three measurable goals with baselines (doelen) and registration, 1 Feb/1 Jul progress reports, jaarverslag, tussenevaluatie 2028 (monitoring).",
               "ouders": "Ch. 10 describes the independent Ouder- en Jeugdsteunpunt (steunpunt) and hoorrecht/OPR; informing parents is deferred to a communicatieplan."})
    return b, swv, label


# --------------------------------------------------------------------------------------------
# Near-miss: annual report (jaarverslag) of a PO samenwerkingsverband, .docx
# --------------------------------------------------------------------------------------------
def nearmiss_jaarverslag():
    swv = "Samenwerkingsverband Passend Onderwijs Eemvallei (PO 24-08)"
    b = [("title", ["Jaarverslag 2024", swv, "Bestuursverslag en kengetallen over het verslagjaar 1 januari - 31 december 2024",
                    "Vastgesteld door de raad van toezicht op 19 juni 2025"]),
         ("toc", ["1 Voorwoord van de directeur-bestuurder ........ 2", "2 Het samenwerkingsverband in 2024 ........ 3",
                  "3 Uitvoering van het ondersteuningsplan 2022-2026 ........ 4",
                  "   3.1 Basisondersteuning ........ 4", "   3.2 Toelaatbaarheidsverklaringen ........ 5",
                  "   3.3 Terugplaatsing ........ 6", "   3.4 Thuiszitters en dekkend aanbod ........ 6",
                  "   3.5 Ouders ........ 7", "4 Resultaten ........ 8", "5 Medezeggenschap en OOGO ........ 9",
                  "6 Financieel verslag 2024 ........ 10", "7 Vooruitblik 2025 ........ 12"])]
    b += [H1("1 Voorwoord van de directeur-bestuurder"),
          P("""Hierbij bied ik u het jaarverslag 2024 van ons samenwerkingsverband aan. Het jaarverslag legt
          verantwoording af over het afgelopen kalenderjaar: over wat we hebben gedaan, wat dat heeft opgeleverd en
          hoe we de middelen hebben besteed. Het was het derde jaar van het ondersteuningsplan 2022-2026. Het jaar
          stond in het teken van het lerarentekort, de groei van het aantal nieuwkomers en de voorbereiding van een
          nieuw ondersteuningsplan, dat in 2026 wordt vastgesteld."""),
          P("""Ik dank alle scholen, intern begeleiders, ouders en partners voor hun inzet in 2024. Zonder hen
          waren de resultaten in dit verslag niet bereikt. - E. Hoogland, directeur-bestuurder.""")]
    b += [H1("2 Het samenwerkingsverband in 2024"),
          P("""In het verslagjaar waren 47 basisscholen van 8 besturen, één sbo-school en twee so-scholen bij het
          samenwerkingsverband aangesloten. Op 1 oktober 2024 telden de aangesloten scholen 11.260 leerlingen. Het
          bureau had eind 2024 een formatie van 9,4 fte. In 2024 is de raad van toezicht uitgebreid met een lid met
          een financiële achtergrond."""),
          T(["Kengetal", "1-10-2022", "1-10-2023", "1-10-2024"],
            ["Leerlingen basisonderwijs", "11.020", "10.990", "10.870"],
            ["Leerlingen sbo", "236", "241", "248"],
            ["Leerlingen so (woonachtig in de regio)", "190", "194", "201"],
            ["Deelnamepercentage sbo", "2,07%", "2,12%", "2,20%"],
            ["Deelnamepercentage so", "1,67%", "1,71%", "1,79%"])]
    b += [H1("3 Uitvoering van het ondersteuningsplan 2022-2026"), H2("3.1 Basisondersteuning"),
          P("""In 2024 zijn 24 scholen bezocht voor een kwaliteitsgesprek over de basisondersteuning. Twintig
          scholen voldeden aan alle standaarden uit het ondersteuningsplan; vier scholen hebben een verbeterplan
          opgesteld, vooral op het gebied van de ondersteuningsstructuur. In het voorjaar van 2025 worden zij
          opnieuw bezocht."""),
          H2("3.2 Toelaatbaarheidsverklaringen"),
          T(["Afgegeven TLV's", "2022", "2023", "2024"],
            ["Sbo", "71", "78", "83"], ["So categorie laag", "38", "41", "44"],
            ["So categorie midden", "6", "5", "7"], ["So categorie hoog", "3", "4", "3"],
            ["Bezwaren ingediend", "2", "1", "3"], ["Bezwaren gegrond (advies LBT)", "0", "0", "1"]),
          P("""De gemiddelde doorlooptijd van een TLV-aanvraag bedroeg in 2024 29 werkdagen (2023: 33). Het ene
          gegronde bezwaar betrof een aanvraag waarbij de tweede deskundige ook bij de aanvraag betrokken was; de
          werkwijze is daarop aangepast."""),
          H2("3.3 Terugplaatsing"),
          P("""In 2024 zijn 12 leerlingen vanuit het sbo en 3 leerlingen vanuit het so teruggeplaatst naar het
          basisonderwijs, tegen 9 en 2 in 2023. Voor 14 van hen is een terugplaatsingsarrangement ingezet."""),
          H2("3.4 Thuiszitters en dekkend aanbod"),
          P("""Op de peildatum 1 juni 2024 waren 6 leerlingen langer dan drie maanden thuiszitter (2023: 8). Voor
          alle leerlingen was een plan in uitvoering. De nieuwe observatiegroep De Vlinder is in september 2024
          gestart met 8 leerlingen."""),
          H2("3.5 Ouders"),
          P("""Het Ouder- en Jeugdsteunpunt Eemvallei voerde in 2024 143 gesprekken met ouders (2023: 97). De
          meest voorkomende onderwerpen waren de aanvraag van een TLV, schoolweigering en de overstap naar het vo.
          De informatieavonden voor ouders werden door ongeveer 260 ouders bezocht.""")]
    b += [H1("4 Resultaten"),
          T(["Doel uit jaarplan 2024", "Streefwaarde", "Gerealiseerd", "Oordeel"],
            ["Alle scholen voldoen aan de basisondersteuning", "100%", "83% (20 van 24 bezochte scholen)", "Niet gehaald"],
            ["Doorlooptijd TLV-aanvraag", "max. 30 werkdagen", "29 werkdagen", "Gehaald"],
            ["Terugplaatsingen sbo/so", "12", "15", "Gehaald"],
            ["Thuiszitters > 3 maanden", "max. 5", "6", "Nagenoeg gehaald"],
            ["Tevredenheid ouders over het steunpunt", "7,5", "7,9", "Gehaald"])]
    b += [H1("5 Medezeggenschap en OOGO"),
          P("""De ondersteuningsplanraad vergaderde in 2024 zes keer. De raad gaf positief advies over de begroting
          2025 en besprak de voorbereiding van het nieuwe ondersteuningsplan. Het OOGO met de vier gemeenten vond
          plaats op 7 november 2024 en ging over de aansluiting tussen onderwijs en jeugdhulp en over het
          leerlingenvervoer.""")]
    b += [H1("6 Financieel verslag 2024"),
          P("""Het boekjaar 2024 is afgesloten met een positief resultaat van € 214.000, tegen een begroot resultaat
          van € 35.000. Het verschil komt vooral door lagere uitgaven aan arrangementen dan begroot en een
          nabetaling van het ministerie in december."""),
          T(["Staat van baten en lasten (x € 1.000)", "Begroting 2024", "Realisatie 2024", "Realisatie 2023"],
            ["Rijksbijdragen", "8.710", "8.880", "8.540"],
            ["Afdrachten DUO so/sbo", "-2.930", "-2.960", "-2.810"],
            ["Doorbetalingen aan schoolbesturen", "3.420", "3.420", "3.360"],
            ["Arrangementen", "1.420", "1.290", "1.310"],
            ["Personeel bureau", "760", "752", "731"],
            ["Overige lasten", "145", "244", "212"],
            ["Resultaat", "35", "214", "117"]),
          P("""Het eigen vermogen bedroeg op 31 december 2024 € 1.730.000. Het weerstandsvermogen kwam daarmee uit op
          19,5%, onder de signaleringswaarde van de inspectie. De accountant heeft bij de jaarrekening 2024 een
          goedkeurende controleverklaring afgegeven.""")]
    b += [H1("7 Vooruitblik 2025"),
          P("""In 2025 werken wij aan het nieuwe ondersteuningsplan 2026-2030. De ondersteuningsplanraad en de
          gemeenten worden daar vanaf het begin bij betrokken. Verder evalueren wij het verdeelmodel en breiden wij
          het aantal plaatsen in de observatiegroep uit. De begroting 2025 sluit met een klein negatief resultaat
          van € 60.000, dat ten laste van de reserve wordt gebracht.""")]
    label = dict(documents=["nearmiss-jaarverslag-eemvallei.docx"], sector="po", looks_like_plan=False,
                 note="Annual report (jaarverslag/bestuursverslag) of a PO samenwerkingsverband over the year 2024: "
                      "it reports TLV counts, terugplaatsingen, thuiszitters, steunpunt activity and realised "
                      "finances for the past year (verslagjaar, staat van baten en lasten, accountant) and refers to "
                      "the ondersteuningsplan 2022-2026 as a separate document; it is not itself an ondersteuningsplan.")
    return b, swv, label


# --------------------------------------------------------------------------------------------
# labels and main
# --------------------------------------------------------------------------------------------
ELEMENTS = ["basisondersteuning", "plaatsing", "terugstroom", "financien", "dekkend-aanbod", "resultaten", "ouders"]
CRITERIA = ["basisondersteuning.niveau", "basisondersteuning.inhoud", "plaatsing.procedure", "plaatsing.criteria",
            "terugstroom.procedure", "terugstroom.beleid", "financien.verdeling", "financien.besteding",
            "dekkend-aanbod.continuum", "dekkend-aanbod.lacunes", "resultaten.doelen", "resultaten.monitoring",
            "ouders.informatie", "ouders.steunpunt"]


def q(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def write_label(path, lab):
    lines = ["documents: [%s]" % ", ".join(lab["documents"]), "sector: %s" % lab["sector"]]
    if lab.get("looks_like_plan", True) is False:
        lines += ["looks_like_plan: false", "elements: {}", "criteria: {}", "advisory_addressed: {}",
                  "notes:", "  document: " + q(lab["note"])]
    else:
        el = lab["elements"]
        cr = lab["criteria"]
        assert list(cr) == CRITERIA or sorted(cr) == sorted(CRITERIA), cr
        # consistency with the Part A status rule
        for e in ELEMENTS:
            core = [cr[c] for c in CRITERIA if c.startswith(e + ".")]
            adv = lab["advisory"].get(e, [])
            exp = "present" if all(core) else ("partial" if any(core) or adv else "missing")
            assert el[e] == exp, (lab["documents"], e, el[e], exp)
        lines += ["looks_like_plan: true",
                  "elements: {%s}" % ", ".join("%s: %s" % (e, el[e]) for e in ELEMENTS),
                  "criteria:"]
        lines += ["  %s: %s" % (c, "true" if cr[c] else "false") for c in CRITERIA]
        lines.append("advisory_addressed:")
        for e in ELEMENTS:
            if lab["advisory"].get(e):
                lines.append("  %s: [%s]" % (e, ", ".join(lab["advisory"][e])))
        lines.append("notes:")
        for e in ELEMENTS:
            lines.append("  %s: %s" % (e, q(lab["notes"][e])))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    jobs = [("po-lingeland", plan_lingeland, ["docx"]),
            ("vo-zuiderkempen", plan_zuiderkempen, ["docx"]),
            ("po-duinstreek", plan_duinstreek, ["pdf"]),
            ("vo-veluwe-oost", plan_veluwe, ["pdf"]),
            ("vo-rivierenland", plan_rivierenland, ["html"]),
            ("nearmiss-jaarverslag-eemvallei", nearmiss_jaarverslag, ["docx"])]
    for name, fn, fmts in jobs:
        blocks, header, label = fn()
        for fmt in fmts:
            if fmt == "docx":
                render_docx(blocks, header, OUT / (name + ".docx"))
            elif fmt == "html":
                render_html(blocks, header, OUT / (name + ".html"))
            elif fmt == "pdf":
                tmpdir = Path(tempfile.mkdtemp(prefix="holdout130_docx_"))
                try:
                    src = tmpdir / (name + ".docx")
                    render_docx(blocks, header, src)
                    docx_to_pdf(src, OUT / (name + ".pdf"))
                finally:
                    shutil.rmtree(tmpdir, ignore_errors=True)
        write_label(OUT / (name + ".expected.yaml"), label)
        print("%-34s %5d words  %s" % (name, word_count(blocks), ",".join(fmts)))


if __name__ == "__main__":
    main()
