#!/usr/bin/env python3
"""Generate the holdout27 labelled test set (fictional ondersteuningsplannen + one near-miss).

Run: python3 src/make_holdout27.py  (writes into the parent folder of src/). Deterministic, no network;
PDFs are rendered with `soffice --headless --convert-to pdf`."""
import os
import shutil
import subprocess
import tempfile

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt


# ----------------------------------------------------------------------------------------
# generic filler, parametrised by verband name and sector
# ----------------------------------------------------------------------------------------
def filler(naam, kort, sector, periode="2026-2030"):
    po = sector == "po"
    scholen = "basisscholen" if po else "scholen voor voortgezet onderwijs"
    leerling = "kinderen" if po else "jongeren"
    f = {}
    f["voorwoord"] = [
        f"Voor u ligt het ondersteuningsplan {periode} van {naam}. Dit plan is het resultaat van "
        f"een intensief traject waarin directeuren, intern begeleiders, ondersteuningscoördinatoren, "
        f"bestuurders, gemeenten en de ondersteuningsplanraad hebben meegedacht. We hebben veel "
        f"gesprekken gevoerd, soms ook stevige. Dat is goed, want passend onderwijs vraagt om "
        f"eerlijke gesprekken over wat wel en niet lukt.",
        f"De afgelopen planperiode stond in het teken van herstel na de coronajaren, het lerarentekort "
        f"en een toenemende complexiteit van de vragen waar onze {scholen} mee te maken hebben. "
        f"Tegelijkertijd zien we prachtige voorbeelden van scholen die met creativiteit en doorzettings"
        f"vermogen een plek bieden aan {leerling} die elders vastliepen. Die verhalen geven ons energie.",
        f"Dit plan is bewust compact gehouden. Het geeft richting en kaders; de uitwerking vindt "
        f"plaats in de jaarplannen van het samenwerkingsverband en in de schoolplannen van de besturen. "
        f"Wij danken iedereen die een bijdrage heeft geleverd, in het bijzonder de leden van de "
        f"ondersteuningsplanraad en de ouders en leerlingen die ons tijdens de dialoogsessies "
        f"een spiegel voorhielden.",
        f"Namens het bestuur van {kort},",
        f"de directeur-bestuurder",
    ]
    f["inleiding"] = [
        f"{naam} is een samenwerkingsverband passend onderwijs als bedoeld in artikel "
        f"{'18a van de Wet op het primair onderwijs' if po else '17a van de Wet op het voortgezet onderwijs (thans artikel 2.47 e.v. WVO 2020)'}. "
        f"Het samenwerkingsverband stelt ten minste eens in de vier jaar een ondersteuningsplan vast. "
        f"Dit plan beschrijft hoe wij onze wettelijke opdracht uitvoeren en welke keuzes wij daarbij maken.",
        f"Het plan is tot stand gekomen in drie fasen. In de eerste fase (voorjaar 2025) hebben we de "
        f"vorige planperiode geëvalueerd in werksessies met scholen. In de tweede fase (zomer en najaar "
        f"2025) zijn de ambities en hoofdlijnen besproken met de besturen, de gemeenten en de "
        f"ondersteuningsplanraad. In de derde fase (winter 2025-2026) is de tekst opgesteld, besproken "
        f"in het op overeenstemming gericht overleg met de gemeenten en voorgelegd aan de "
        f"ondersteuningsplanraad ter instemming.",
        f"Leeswijzer. Hoofdstuk 1 en 2 schetsen de context en onze visie. Daarna volgen de inhoudelijke "
        f"hoofdstukken. Het plan sluit af met de organisatie, de planning en een begrippenlijst. Waar in "
        f"dit plan 'ouders' staat, bedoelen we ook verzorgers en voogden. Waar 'school' staat, bedoelen "
        f"we de vestiging waar de leerling is ingeschreven.",
    ]
    f["visie"] = [
        f"Ieder kind telt en ieder kind hoort erbij. Dat is de kern van onze visie. Wij willen dat alle "
        f"{leerling} in onze regio zich kunnen ontwikkelen tot zelfstandige, betrokken mensen, zo "
        f"thuisnabij mogelijk en samen met leeftijdgenoten. Verschillen tussen leerlingen zien we niet als "
        f"probleem maar als gegeven.",
        f"Onze missie is dat scholen, besturen en partners samen verantwoordelijkheid nemen. Het "
        f"samenwerkingsverband is daarbij geen loket dat voorzieningen uitdeelt, maar een netwerk van "
        f"professionals die elkaar versterken. We werken vanuit vertrouwen, we leren van elkaar en we "
        f"durven te kiezen.",
        f"Voor de planperiode {periode} hebben we vier ambities geformuleerd: (1) de leraar staat er niet "
        f"alleen voor; (2) we werken samen met ouders en jeugdhulp vanaf het eerste signaal; (3) we maken "
        f"de inzet van middelen transparant; (4) we leren van wat we doen. Deze ambities zijn richtinggevend "
        f"voor de jaarplannen. Ze beschrijven een beweging, geen eindpunt.",
        f"Passend onderwijs is geen doel op zich. Het gaat erom dat {leerling} onderwijs krijgen dat "
        f"aansluit bij wat zij nodig hebben. Dat vraagt van scholen dat zij handelingsgericht werken, "
        f"van ouders dat zij meedenken en van het samenwerkingsverband dat het faciliteert, verbindt "
        f"en waar nodig knopen doorhakt.",
    ]
    f["governance"] = [
        f"{kort} is een stichting. Het bestuur wordt gevormd door een directeur-bestuurder; het intern "
        f"toezicht ligt bij de raad van toezicht, die bestaat uit vijf bestuurders van de aangesloten "
        f"schoolbesturen en twee onafhankelijke leden, onder wie de voorzitter. De scheiding tussen "
        f"bestuur en toezicht is vastgelegd in de statuten en het bestuursreglement.",
        f"De directeur-bestuurder wordt ondersteund door een klein bureau met een beleidsmedewerker, een "
        f"controller (gedetacheerd), een secretariaat en een team van consulenten. De raad van toezicht "
        f"vergadert vijf keer per jaar en heeft een auditcommissie en een remuneratiecommissie. "
        f"Jaarlijks stelt de raad van toezicht de jaarrekening en het bestuursverslag vast.",
        f"De schoolbesturen komen vier keer per jaar bijeen in het bestuurlijk overleg. Daar worden "
        f"beleidsvoornemens voorbesproken, voordat de directeur-bestuurder besluit. Daarnaast is er een "
        f"directeurenoverleg per subregio, dat een adviserende rol heeft. De statuten bevatten een "
        f"geschillenregeling voor geschillen tussen de aangesloten besturen.",
    ]
    f["opr"] = [
        f"De ondersteuningsplanraad (OPR) heeft instemmingsrecht op de vaststelling en wijziging van het "
        f"ondersteuningsplan. De OPR van {kort} telt acht leden, afgevaardigd vanuit de "
        f"medezeggenschapsraden van de aangesloten scholen. Daarnaast heeft het samenwerkingsverband een "
        f"eigen medezeggenschapsraad voor het personeel van het bureau.",
        f"De OPR heeft in 2025 drie themabijeenkomsten gehouden over dit plan. De raad heeft op "
        f"14 april 2026 ingestemd met het plan. De directeur-bestuurder heeft het plan daarna "
        f"vastgesteld en aan de inspectie gezonden. De OPR ontvangt een vergoeding volgens de regeling "
        f"faciliteiten medezeggenschap en kan gebruikmaken van scholing.",
    ]
    f["oogo"] = [
        f"Het ontwerp van dit plan is besproken in het op overeenstemming gericht overleg (OOGO) met de "
        f"colleges van burgemeester en wethouders van de gemeenten in onze regio. Het OOGO vond plaats op "
        f"12 maart 2026 en is afgesloten met overeenstemming. Eveneens is overleg gevoerd met het "
        f"aangrenzende samenwerkingsverband {'voortgezet' if po else 'primair'} onderwijs.",
        f"Gespreksonderwerpen in het OOGO waren onder meer de aansluiting tussen onderwijs en jeugdhulp, "
        f"leerlingenvervoer, onderwijshuisvesting en thuiszitters. Met de gemeenten is afgesproken dat de "
        f"bestaande samenwerkingsagenda wordt voortgezet. Over de bekostiging van zorg in onderwijstijd "
        f"lopen nog gesprekken; de gemeenten hebben aangegeven dat dit onderwerp in 2026 op de agenda "
        f"van het regionale jeugdhulpoverleg komt.",
        f"Het samenwerkingsverband neemt deel aan het bestuurlijk overleg onderwijs-jeugd in de regio. "
        f"Daarnaast hebben de consulenten periodiek contact met de wijkteams. Die samenwerking is in de "
        f"afgelopen jaren verbeterd, al verschilt de intensiteit per gemeente.",
    ]
    f["personeel"] = [
        f"Het bureau van het samenwerkingsverband telt ongeveer 14 fte. Het grootste deel daarvan bestaat "
        f"uit consulenten en orthopedagogen die scholen adviseren. Deskundigheid is ons belangrijkste "
        f"kapitaal. Iedere medewerker heeft een persoonlijk ontwikkelplan en besteedt ten minste 40 uur "
        f"per jaar aan professionalisering.",
        f"De resultaten van het medewerkerstevredenheidsonderzoek 2025 waren positief: medewerkers "
        f"waarderen de inhoudelijke uitdaging en de collegialiteit. Aandachtspunt is de werkdruk. Het "
        f"lerarentekort raakt ook onze scholen; ambulante begeleiders en intern begeleiders zijn schaars. "
        f"Samen met de besturen verkennen we een regionale pool en gezamenlijke opleidingstrajecten.",
        f"Voor het personeel van de scholen organiseert het samenwerkingsverband een netwerk voor intern "
        f"begeleiders en ondersteuningscoördinatoren, studiedagen en leerkringen. Het aanbod wordt "
        f"jaarlijks gepubliceerd in de scholingskalender.",
    ]
    f["ict"] = [
        f"Het samenwerkingsverband werkt met een beveiligde digitale omgeving voor aanvragen en dossiers. "
        f"Scholen dienen aanvragen digitaal in; ouders geven via de school toestemming voor het delen "
        f"van gegevens. Het samenwerkingsverband verwerkt persoonsgegevens conform de AVG en de "
        f"bijzondere bepalingen in de onderwijswetgeving. Er is een functionaris gegevensbescherming "
        f"aangesteld die wordt gedeeld met twee andere samenwerkingsverbanden.",
        f"Dossiers worden bewaard tot drie jaar na het laatste besluit en daarna vernietigd. "
        f"Medewerkers tekenen een geheimhoudingsverklaring. In 2026 vervangen we de huidige "
        f"registratieomgeving door een nieuw systeem dat beter aansluit op de leerlingadministratie van "
        f"de scholen.",
    ]

    f["trends"] = [
        f"Onze regio verandert. Het aantal {leerling} in de leeftijdsgroep van {'4 tot 12' if po else '12 tot 18'} jaar "
        f"daalt de komende tien jaar naar verwachting met 6 tot 9 procent, terwijl het aantal inwoners in de "
        f"steden licht groeit. In de dorpen staat de leefbaarheid onder druk; kleine scholen moeten keuzes maken. "
        f"Tegelijkertijd neemt de diversiteit toe: meer gezinnen met een migratieachtergrond, meer gezinnen die "
        f"rond moeten komen van een laag inkomen en meer {leerling} die opgroeien in een complexe thuissituatie.",
        f"Scholen signaleren dat de vragen van leerlingen zwaarder en veelvormiger worden. Het gaat om angst, "
        f"somberheid, concentratieproblemen en schoolmoeheid, maar ook om vragen die samenhangen met armoede of "
        f"met de gevolgen van sociale media. Leraren geven aan dat zij handelingsverlegen zijn bij een deel van "
        f"deze vragen. Dat is geen verwijt, maar een gegeven waar we als regio samen op moeten inspelen.",
        f"Op de arbeidsmarkt blijft het tekort aan leraren en ondersteunend personeel voelbaar. Vacatures voor "
        f"intern begeleiders, orthopedagogen en gedragsspecialisten staan maanden open. Dat raakt direct de "
        f"mogelijkheden van scholen om maatwerk te bieden. Ook in de jeugdhulp zijn de wachttijden lang; "
        f"gemeenten sturen bovendien op kostenbeheersing.",
        f"Landelijk staan passend onderwijs en inclusief onderwijs hoog op de agenda. De verbeteraanpak passend "
        f"onderwijs loopt door tot 2035, met als stip op de horizon inclusiever onderwijs. Dit plan is geschreven "
        f"in het besef dat veel van die landelijke ontwikkelingen nog in beweging zijn. We kiezen daarom voor een "
        f"plan dat richting geeft en tussentijds kan worden bijgesteld, met instemming van de OPR.",
    ]
    f["totstandkoming"] = [
        f"Voor dit plan hebben we in het najaar van 2025 zes dialoogsessies georganiseerd, verspreid over de "
        f"regio. Aan de sessies namen in totaal 212 mensen deel: leraren, intern begeleiders, directeuren, "
        f"bestuurders, medewerkers van gemeenten en jeugdhulp, ouders en leerlingen. In iedere sessie stonden "
        f"drie vragen centraal: wat gaat goed, wat moet beter en wat verwacht u van het samenwerkingsverband?",
        f"Wat opviel, was de grote betrokkenheid. Deelnemers waardeerden de korte lijnen met de consulenten en de "
        f"snelheid waarmee in acute situaties werd geschakeld. Kritischer waren zij over de administratieve "
        f"lasten, de wisselende kwaliteit van de samenwerking met jeugdhulp en de begrijpelijkheid van de "
        f"procedures. Meerdere deelnemers vroegen om minder papier en meer vertrouwen.",
        f"De opbrengsten van de sessies zijn verwerkt in een verslag dat met alle deelnemers is gedeeld. De "
        f"schrijfgroep, bestaande uit twee directeuren, twee intern begeleiders, een bestuurder en de "
        f"beleidsmedewerker van het bureau, heeft de opbrengsten vertaald naar de ambities in dit plan. "
        f"De conceptversie is in februari 2026 besproken in het bestuurlijk overleg en in de OPR.",
    ]
    f["wetgeving"] = [
        f"Dit plan is geschreven in een periode van veranderende wet- en regelgeving. De Wet versterking positie "
        f"ouders en leerlingen in het passend onderwijs, de ontwikkeling van een landelijke norm voor "
        f"basisondersteuning en de aangekondigde herziening van de bekostiging hebben gevolgen voor het "
        f"samenwerkingsverband. Op het moment van schrijven waren nog niet alle inwerkingtredingsdata bekend.",
        f"Wij volgen deze ontwikkelingen via de sectorraden en het Steunpunt Passend Onderwijs. Wanneer nieuwe "
        f"wetgeving daartoe aanleiding geeft, passen wij dit plan tussentijds aan via een voortgangsparagraaf "
        f"die ter instemming aan de OPR wordt voorgelegd. Kleine, technische aanpassingen worden verwerkt in het "
        f"jaarplan.",
        f"Ook de Algemene verordening gegevensbescherming en de Wet open overheid vragen onze aandacht. Het "
        f"samenwerkingsverband publiceert zijn beleidsdocumenten, bestuursverslag en jaarrekening op de website.",
    ]
    f["toezicht"] = [
        f"De inspectie van het onderwijs houdt toezicht op het samenwerkingsverband. Zij beoordeelt of wij onze "
        f"wettelijke taken uitvoeren, of de kwaliteitscultuur op orde is en of het financieel beheer deugdelijk "
        f"is. Bij het laatste vierjaarlijkse onderzoek waren er geen herstelopdrachten.",
        f"Het samenwerkingsverband vindt het belangrijk om niet alleen te voldoen aan de eisen van de "
        f"inspectie, maar ook een open en lerende cultuur te bevorderen. Het bestuur spreekt jaarlijks met de "
        f"raad van toezicht over de eigen werkwijze en laat zich eens in de vier jaar extern evalueren.",
        f"De accountant controleert de jaarrekening en rapporteert aan de raad van toezicht in de "
        f"managementletter en het accountantsverslag.",
    ]
    f["bureau"] = [
        f"Het bureau is gevestigd in een gedeeld kantoorgebouw met een jeugdgezondheidsorganisatie. Dat levert "
        f"korte lijnen op. Medewerkers werken daarnaast veel op locatie, op de scholen. Wij zijn zuinig op onze "
        f"middelen: het bureau heeft geen eigen gebouw en de overheadkosten worden jaarlijks vergeleken met die "
        f"van vergelijkbare samenwerkingsverbanden.",
        f"Voor medewerkers geldt een integriteitscode en een klokkenluidersregeling. Nevenfuncties van de "
        f"directeur-bestuurder en de leden van de raad van toezicht worden gepubliceerd in het bestuursverslag. "
        f"Het samenwerkingsverband volgt de Code Goed Bestuur van de sector.",
        f"In de komende periode werken we aan verduurzaming: minder reiskilometers door slim te plannen, digitaal "
        f"vergaderen waar dat kan en een papierarme werkwijze. Ook investeren we in de digitale vaardigheden van "
        f"medewerkers.",
    ]
    f["jaarcyclus"] = [
        f"Het samenwerkingsverband werkt met een vaste jaarcyclus. In het voorjaar bespreken bestuur en "
        f"directeuren de koers voor het volgende schooljaar. Voor de zomer stelt de directeur-bestuurder het "
        f"jaarplan vast, na bespreking in het bestuurlijk overleg en de OPR. In het najaar volgt de begroting "
        f"voor het komende kalenderjaar, in het voorjaar het bestuursverslag over het afgelopen jaar.",
        f"Deze cyclus zorgt ervoor dat plannen, geld en verantwoording op elkaar aansluiten. Het jaarplan "
        f"vertaalt de ambities uit dit ondersteuningsplan naar concrete activiteiten, met een eigenaar per "
        f"activiteit. Het bureau bespreekt de voortgang van de activiteiten in het wekelijkse teamoverleg.",
        f"Bij de start van ieder schooljaar organiseren we een startbijeenkomst voor nieuwe directeuren en "
        f"intern begeleiders, zodat zij de weg in het samenwerkingsverband snel kunnen vinden. Ook nieuwe leden "
        f"van de OPR en de raad van toezicht krijgen een inwerkprogramma.",
    ]
    f["kennis"] = [
        f"Een samenwerkingsverband is een kennisorganisatie. Daarom investeren we in kennisdeling tussen "
        f"scholen. Er zijn netwerken voor intern begeleiders, ondersteuningscoördinatoren, gedragsspecialisten "
        f"en directeuren. Ieder netwerk komt vier tot zes keer per jaar bijeen, rond een thema dat de deelnemers "
        f"zelf kiezen. Voorbeelden uit de afgelopen jaren zijn executieve functies, traumasensitief lesgeven, "
        f"samenwerken met ouders in moeilijke gesprekken en het schrijven van een helder groeidocument.",
        f"Met de lerarenopleidingen en een hogeschool in de regio werken we samen in een werkplaats onderwijs"
        f"onderzoek. Leraren doen daar in kleine teams praktijkgericht onderzoek naar vragen uit hun eigen "
        f"school, bijvoorbeeld naar de effecten van co-teaching of van een vaste dagstructuur in de onderbouw. "
        f"De opbrengsten worden gedeeld tijdens de jaarlijkse kennismarkt, waar ook studenten hun werk tonen.",
        f"Daarnaast stellen we jaarlijks een beperkt budget beschikbaar voor innovatieve initiatieven van "
        f"scholen. Scholen dienen daarvoor een korte projectbeschrijving in; een commissie van directeuren "
        f"selecteert de projecten. Succesvolle projecten worden in de netwerken gepresenteerd, zodat andere "
        f"scholen ervan kunnen leren. Zo willen we voorkomen dat iedere school zelf het wiel uitvindt.",
    ]
    f["samenleving"] = [
        f"Passend onderwijs staat niet los van de samenleving waarin {leerling} opgroeien. Kansengelijkheid is "
        f"voor ons een belangrijk thema. Uit de regionale cijfers blijkt dat {leerling} uit gezinnen met een laag "
        f"inkomen vaker een extra ondersteuningsbehoefte hebben en minder vaak een passend vervolg vinden. "
        f"Wij sluiten daarom aan bij de gemeentelijke aanpak van armoede en bij de regionale agenda "
        f"kansengelijkheid, zonder de taken van gemeenten over te nemen.",
        f"Ook de fysieke omgeving telt. Veel schoolgebouwen in onze regio zijn verouderd en bieden weinig ruimte "
        f"voor kleine groepen, rustplekken of een gesprek. In de integrale huisvestingsplannen van de gemeenten "
        f"vragen wij aandacht voor ruimtes die passend onderwijs mogelijk maken. Leerlingenvervoer blijft "
        f"eveneens een gespreksonderwerp, met name de reistijd van jonge leerlingen.",
        f"Tot slot willen we de verbinding met de wijk versterken. Sportverenigingen, bibliotheken, muziekscholen "
        f"en buurthuizen kunnen een rol spelen in een rijke schooldag. Enkele scholen experimenteren al met een "
        f"verlengde schooldag. Wij volgen die experimenten met belangstelling.",
    ]
    f["planning"] = [
        f"Het ondersteuningsplan wordt uitgewerkt in jaarplannen. Iedere jaarplan bevat activiteiten, "
        f"verantwoordelijken en een planning. In de onderstaande tabel staan de belangrijkste "
        f"mijlpalen voor de planperiode.",
    ]
    f["planning_tabel"] = [
        ["Schooljaar", "Mijlpaal"],
        ["2026-2027", "Invoering nieuw registratiesysteem; start scholingsprogramma"],
        ["2027-2028", "Tussentijdse evaluatie samenwerking met gemeenten"],
        ["2028-2029", "Herijking bureau-organisatie"],
        ["2029-2030", "Voorbereiding nieuw ondersteuningsplan"],
    ]
    return f


# ----------------------------------------------------------------------------------------
# docx building
# ----------------------------------------------------------------------------------------
def _add_field(run, instr):
    fld_begin = OxmlElement("w:fldChar")
    fld_begin.set(qn("w:fldCharType"), "begin")
    instr_el = OxmlElement("w:instrText")
    instr_el.set(qn("xml:space"), "preserve")
    instr_el.text = instr
    fld_sep = OxmlElement("w:fldChar")
    fld_sep.set(qn("w:fldCharType"), "separate")
    txt = OxmlElement("w:t")
    txt.text = "1"
    fld_end = OxmlElement("w:fldChar")
    fld_end.set(qn("w:fldCharType"), "end")
    for el in (fld_begin, instr_el, fld_sep, txt, fld_end):
        run._r.append(el)


def _set_cols(section, num):
    sectPr = section._sectPr
    cols = sectPr.find(qn("w:cols"))
    if cols is None:
        cols = OxmlElement("w:cols")
        sectPr.append(cols)
    cols.set(qn("w:num"), str(num))
    cols.set(qn("w:space"), "567")


def build_docx(blocks, path, header_text=None, footer_text=None, dutch_styles=False):
    """blocks: list of tuples
    ('title', text) ('h1', text) ('h2', text) ('p', text) ('bullets', [..]) ('numbers', [..])
    ('table', rows) ('pagebreak',) ('cols', n)  -> starts a continuous section with n columns
    """
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    if dutch_styles:
        # Imitate a document made in Dutch Word: style ids Kop1/Kop2/Titel, names as Word stores them
        for eng, nl in (("Heading 1", "Kop1"), ("Heading 2", "Kop2"), ("Heading 3", "Kop3"), ("Title", "Titel")):
            doc.styles[eng].style_id = nl
    for b in blocks:
        kind = b[0]
        if kind == "title":
            doc.add_heading(b[1], level=0)
        elif kind == "h1":
            doc.add_heading(b[1], level=1)
        elif kind == "h2":
            doc.add_heading(b[1], level=2)
        elif kind == "h3":
            doc.add_heading(b[1], level=3)
        elif kind == "p":
            doc.add_paragraph(b[1])
        elif kind == "bullets":
            for item in b[1]:
                doc.add_paragraph(item, style="List Bullet")
        elif kind == "numbers":
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
            if len(b) > 2:  # explicit column widths in cm (used inside the two-column section)
                from docx.shared import Cm
                t.autofit = False
                grid = t._tbl.tblGrid
                for j, w in enumerate(b[2]):
                    grid.gridCol_lst[j].w = Cm(w)
                    for row in t.rows:
                        row.cells[j].width = Cm(w)
            doc.add_paragraph("")
        elif kind == "pagebreak":
            doc.add_page_break()
        elif kind == "cols":
            sec = doc.add_section(WD_SECTION.CONTINUOUS)
            _set_cols(sec, b[1])
        else:
            raise ValueError(kind)
    sec0 = doc.sections[0]
    if header_text:
        hp = sec0.header.paragraphs[0]
        hp.text = header_text
        hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    if footer_text is not None:
        fp = sec0.footer.paragraphs[0]
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        fp.add_run(footer_text + "Pagina ")
        _add_field(fp.add_run(), "PAGE")
        fp.add_run(" van ")
        _add_field(fp.add_run(), "NUMPAGES")
    # deterministic core properties
    import datetime
    cp = doc.core_properties
    cp.author = "Bureau samenwerkingsverband"
    cp.created = datetime.datetime(2026, 4, 20, 9, 0, 0)
    cp.modified = datetime.datetime(2026, 4, 20, 9, 0, 0)
    cp.last_modified_by = "Bureau samenwerkingsverband"
    cp.revision = 1
    doc.save(path)


def docx_to_pdf(blocks, pdf_path, **kw):
    outdir = os.path.dirname(pdf_path)
    stem = os.path.splitext(os.path.basename(pdf_path))[0]
    with tempfile.TemporaryDirectory() as tmp:
        src = os.path.join(tmp, stem + ".docx")
        build_docx(blocks, src, **kw)
        subprocess.run(
            ["soffice", "--headless", "--convert-to", "pdf", "--outdir", tmp, src],
            check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )
        shutil.copyfile(os.path.join(tmp, stem + ".pdf"), pdf_path)


def blocks_from(f, key, kind="p"):
    return [(kind, t) for t in f[key]]
# ----------------------------------------------------------------------------------------
# Plan A: PO, .docx with Dutch Word heading styles (Kop 1 / Kop 2)
# ----------------------------------------------------------------------------------------
def plan_a():
    naam = "Samenwerkingsverband Passend Primair Onderwijs Lingewaarde"
    kort = "SWV Lingewaarde"
    f = filler(naam, kort, "po")
    B = [("title", "Ondersteuningsplan 2026-2030"),
         ("p", naam + " (PO 26-11)"),
         ("p", "Vastgesteld door de directeur-bestuurder op 21 april 2026, na instemming van de ondersteuningsplanraad."),
         ("h1", "Inhoud"),
         ("p", "Voorwoord\n1 Inleiding\n2 Visie en ambities\n3 Onze regio in cijfers\n4 Basisondersteuning\n"
               "5 Extra ondersteuning en arrangementen\n6 Dekkend netwerk en thuiszitters\n"
               "7 Toelaatbaarheid tot sbo en so\n8 Financiën\n9 Communicatie\n10 Kwaliteitszorg en resultaten\n"
               "11 Organisatie en medezeggenschap\n12 Samenwerking met gemeenten\n13 Personeel, ICT en privacy\n"
               "14 Planning\nBijlage: Begrippenlijst"),
         ("pagebreak",),
         ("h1", "Voorwoord")] + blocks_from(f, "voorwoord") + [
         ("h1", "1 Inleiding")] + blocks_from(f, "inleiding") + [("h2", "Hoe dit plan tot stand kwam")] + blocks_from(f, "totstandkoming") + [
         ("h1", "2 Visie en ambities")] + blocks_from(f, "visie") + [("h2", "Trends en ontwikkelingen")] + blocks_from(f, "trends") + [("h2", "Ontwikkelingen in wet- en regelgeving")] + blocks_from(f, "wetgeving") + [
         ("h1", "3 Onze regio in cijfers"),
         ("p", "Het samenwerkingsverband omvat de gemeenten Lingewaarde, Overbetuwe-Noord en Heerewaard. Er zijn "
               "11 schoolbesturen aangesloten met samen 58 basisscholen, 2 scholen voor speciaal basisonderwijs "
               "(De Wissel en De Kronkelaar) en 3 locaties voor speciaal onderwijs cluster 3 en 4. Op 1 oktober "
               "2025 telden de scholen samen 13.420 leerlingen."),
         ("table", [["Kengetal (1 oktober)", "2022", "2023", "2024", "2025"],
                    ["Leerlingen basisonderwijs", "13.810", "13.650", "13.540", "13.420"],
                    ["Deelnamepercentage sbo", "1,9%", "2,0%", "2,1%", "2,1%"],
                    ["Deelnamepercentage so", "1,5%", "1,6%", "1,6%", "1,7%"],
                    ["Afgegeven TLV's", "96", "104", "111", "118"]]),
         ("p", "De leerlingaantallen dalen licht. Het aantal toelaatbaarheidsverklaringen stijgt. Dat vraagt "
               "om een scherpe blik op de vraag of scholen voldoende zijn toegerust. Die vraag komt in de "
               "volgende hoofdstukken terug."),
         ("h1", "4 Basisondersteuning"),
         ("h2", "4.1 Wat verstaan we onder basisondersteuning?"),
         ("p", "Basisondersteuning is in ons samenwerkingsverband het niveau van ondersteuning dat iedere school "
               "en iedere vestiging van iedere aangesloten school minimaal biedt, zonder dat daarvoor een aanvraag "
               "bij het samenwerkingsverband nodig is. De besturen hebben dit niveau samen vastgesteld in de "
               "'Lingewaardse standaard'. Geen school mag daaronder zitten; scholen mogen er wel boven uitstijgen "
               "en beschrijven dat in hun schoolondersteuningsprofiel."),
         ("h2", "4.2 Wat mag u van iedere school verwachten?"),
         ("p", "De Lingewaardse standaard bestaat uit twaalf afspraken. Ouders kunnen erop rekenen dat op elke "
               "basisschool in onze regio:"),
         ("numbers", [
             "een intern begeleider werkzaam is met ten minste 0,4 fte per 200 leerlingen;",
             "de school werkt met een leerlingvolgsysteem en twee keer per jaar groepsbesprekingen houdt;",
             "het Protocol Leesproblemen en Dyslexie wordt gevolgd, inclusief begeleiding van leerlingen met "
             "een dyslexieverklaring (voorleessoftware, extra tijd);",
             "een aanpak voor ernstige rekenproblemen aanwezig is volgens het protocol ERWD;",
             "een programma voor sociaal-emotionele ontwikkeling en een anti-pestaanpak worden gebruikt, "
             "met een pestcoördinator;",
             "de leerkrachten kunnen differentiëren op drie niveaus en een verrijkingsaanbod bieden voor "
             "leerlingen die meer aankunnen;",
             "voor leerlingen met een extra ondersteuningsbehoefte binnen zes weken een ontwikkelingsperspectief "
             "wordt opgesteld wanneer zij een eigen leerlijn volgen;",
             "de school een ondersteuningsteam (OT) organiseert waarin de consulent van het samenwerkingsverband, "
             "de ouders en zo nodig het wijkteam aanschuiven;",
             "eenvoudige medische handelingen zijn geregeld volgens het protocol medisch handelen;",
             "leerlingen met een taalachterstand extra taalaanbod krijgen (ten minste twee uur per week);",
             "de school een fysiek toegankelijk gebouw heeft of met het bestuur een oplossing regelt;",
             "de overdracht naar het voortgezet onderwijs warm plaatsvindt met een onderwijskundig rapport."]),
         ("h2", "4.3 Hoe houden we zicht op de basisondersteuning?"),
         ("p", "Iedere school maakt jaarlijks een zelfevaluatie op de twaalf afspraken. Eens in de twee jaar voert "
               "een auditteam van collega-intern begeleiders een schoolbezoek uit. Voldoet een school op een "
               "afspraak niet, dan maakt het bestuur binnen drie maanden een verbeterplan, dat de consulent "
               "volgt. De uitkomsten bespreken we in het bestuurlijk overleg."),
         ("h1", "5 Extra ondersteuning en arrangementen"),
         ("p", "Wanneer de basisondersteuning niet voldoende is, komt extra ondersteuning in beeld. We onderscheiden "
               "vier niveaus in één doorgaande lijn:"),
         ("table", [["Niveau", "Wat", "Waar", "Wie beslist"],
                    ["1 Basis", "Lingewaardse standaard", "Eigen school", "School"],
                    ["2 Extra in de school", "Schoolarrangement (bijv. extra begeleiding, aangepast programma)",
                     "Eigen school, met inzet uit schoolbudget", "School, na OT"],
                    ["3 Bovenschools", "Bovenschools arrangement: Taalklas, Plusklas De Uitdaging, "
                     "Observatiegroep Het Anker (max. 12 weken), ambulante begeleiding gedrag",
                     "Bovenschoolse voorziening of eigen school", "Commissie van Arrangeren"],
                    ["4 Speciaal", "Sbo of so (cluster 3 en 4)", "Sbo- of so-school", "Commissie van Arrangeren (TLV)"]]),
         ("p", "Tussen de niveaus bestaan geen harde drempels. Een leerling kan tijdelijk een bovenschools "
               "arrangement volgen en daarna met een schoolarrangement verder op de eigen school. De "
               "onderwijs-zorgarrangementen die we met de gemeenten hebben ontwikkeld (zoals de zorgklas in "
               "Heerewaard) horen bij niveau 3."),
         ("h1", "6 Dekkend netwerk en thuiszitters"),
         ("p", "Ons netwerk is dekkend wanneer iedere leerling binnen de regio een passende plek heeft. Dat is nog "
               "niet altijd zo. Op de teldatum 1 oktober 2025 waren er 9 leerlingen die langer dan vier weken "
               "thuiszaten en 14 leerlingen met een vrijstelling van inschrijving."),
         ("p", "Wij volgen daarom een vaste aanpak. Iedere school meldt verzuim van meer dan twee weken zonder "
               "passend perspectief bij de consulent. Binnen tien schooldagen volgt een overleg met school, ouders, "
               "leerplicht en zo nodig jeugdhulp. Lukt het niet binnen zes weken een oplossing te vinden, dan "
               "schaalt de consulent op naar het Doorbraakteam van de directeur-bestuurder en de "
               "leerplichtambtenaren, dat de bevoegdheid heeft tijdelijk extra middelen toe te kennen. "
               "Twee keer per jaar analyseren we met de gemeenten welke vragen we niet kunnen beantwoorden "
               "(witte vlekken). Uit de analyse van 2025 bleek een tekort aan plekken voor jonge kinderen met "
               "ernstige gedragsproblematiek; daarom openen we per 1 augustus 2026 een tweede observatiegroep."),
         ("h1", "7 Toelaatbaarheid tot sbo en so"),
         ("h2", "7.1 De aanvraag"),
         ("p", "Een toelaatbaarheidsverklaring (TLV) wordt aangevraagd door het bevoegd gezag van de school waar de "
               "leerling staat ingeschreven. De aanvraag verloopt in vier stappen:"),
         ("numbers", [
             "De school bespreekt de leerling in het ondersteuningsteam, met de ouders, en stelt het groeidocument op.",
             "De school dient de aanvraag digitaal in bij de Commissie van Arrangeren, met groeidocument, "
             "ontwikkelingsperspectief en de zienswijze van de ouders.",
             "Twee deskundigen geven ieder een eigen schriftelijk advies: een orthopedagoog of psycholoog van het "
             "samenwerkingsverband die niet bij de aanvraag betrokken was, en afhankelijk van de leerling een "
             "tweede deskundige (bijv. jeugdarts, maatschappelijk werker of kinderpsychiater).",
             "De Commissie van Arrangeren besluit binnen zes weken na ontvangst van de volledige aanvraag; in "
             "spoedsituaties binnen tien werkdagen."]),
         ("h2", "7.2 Wanneer is een leerling toelaatbaar?"),
         ("p", "De commissie weegt iedere aanvraag zorgvuldig en in samenhang. Het afwegingskader met de criteria "
               "voor sbo en so wordt in de loop van schooljaar 2026-2027 door de commissie opnieuw vastgesteld, "
               "samen met de sbo- en so-scholen. Tot die tijd beoordeelt de commissie iedere aanvraag op maat."),
         ("h2", "7.3 Duur en bekostigingscategorie"),
         ("p", "Een TLV sbo wordt afgegeven voor twee schooljaren. Een TLV so wordt afgegeven voor een tot drie "
               "schooljaren, in de bekostigingscategorie laag, midden of hoog, afhankelijk van de beperking."),
         ("h2", "7.4 Bezwaar"),
         ("p", "Ouders en het bevoegd gezag kunnen binnen zes weken bezwaar maken tegen het besluit. Het "
               "samenwerkingsverband is aangesloten bij de Landelijke Bezwaaradviescommissie "
               "Toelaatbaarheidsverklaringen, die over het bezwaar adviseert."),
         ("h2", "7.5 Na afloop van de TLV"),
         ("p", "Plaatsing in het sbo of so is voor ons nooit een eindstation. Ons uitgangspunt is dat een leerling "
               "teruggaat naar een reguliere basisschool, bij voorkeur dichtbij huis, zodra de ontwikkeling dat "
               "toelaat en de ontvangende school met steun kan bieden wat nodig is. Een leerling die terugkeert "
               "krijgt een overstaparrangement: gedurende een jaar ambulante begeleiding vanuit de sbo- of "
               "so-school en een budget van € 4.000 voor de ontvangende school."),
         ("p", "De route is als volgt. Bij iedere jaarlijkse evaluatie van het ontwikkelingsperspectief beoordeelt "
               "de sbo- of so-school, samen met de ouders, of terugkeer mogelijk is. Uiterlijk 1 februari van het "
               "laatste TLV-jaar doet de school een voorstel: terugplaatsing, overplaatsing of verlenging. Bij "
               "terugplaatsing zoekt de school met de ouders een basisschool en vindt een warme overdracht plaats "
               "met een proefperiode van zes weken. Bij verlenging dient de speciale school vóór 1 april een nieuwe "
               "aanvraag in bij de Commissie van Arrangeren. Zonder nieuwe TLV eindigt de toelaatbaarheid op 31 juli."),
         ("h1", "8 Financiën"),
         ("h2", "8.1 Verdeling van de middelen"),
         ("p", "Het samenwerkingsverband ontvangt de ondersteuningsmiddelen van het Rijk. Na aftrek van de "
               "afdrachten voor het so en de bekostiging van het sbo boven 2% verdelen wij de middelen volgens "
               "drie regels:"),
         ("bullets", [
             "Schoolbudget: ieder schoolbestuur ontvangt een vast bedrag per leerling op de teldatum 1 oktober "
             "van het voorafgaande jaar, plus een vaste voet van € 5.000 per vestiging. Het bedrag per leerling "
             "wordt jaarlijks bij de begroting vastgesteld.",
             "Arrangementen: scholen kunnen voor een leerling een bovenschools arrangement aanvragen. De "
             "Commissie van Arrangeren kent toe als het schoolarrangement aantoonbaar niet voldoende is en er "
             "een ontwikkelingsperspectief ligt. Toekenning geldt voor maximaal één schooljaar.",
             "Voorzieningen: de bovenschoolse voorzieningen worden rechtstreeks door het samenwerkingsverband "
             "bekostigd op basis van het aantal plaatsen."]),
         ("h2", "8.2 Begroting"),
         ("p", "De meerjarenbegroting 2026-2030 met de bedragen per post is opgenomen in bijlage 5 bij dit plan. "
               "De definitieve bedragen zijn afhankelijk van de rijksbekostiging en volgen na de beschikking van OCW."),
         ("h2", "8.3 Verantwoording"),
         ("p", "Schoolbesturen verantwoorden jaarlijks in hun bestuursverslag hoe zij het schoolbudget hebben "
               "ingezet. Het samenwerkingsverband vraagt daarnaast een korte rapportage per school in het format "
               "'Inzet middelen passend onderwijs'."),
         ("h1", "9 Communicatie"),
         ("p", "Goede communicatie is een voorwaarde voor vertrouwen. We communiceren met scholen, besturen, "
               "gemeenten en ouders."),
         ("p", "Ouders vinden op onze website een aparte ouderpagina met de Lingewaardse standaard in gewone taal, "
               "uitleg over arrangementen en de TLV-route, en een zoekfunctie waarmee zij per school het "
               "ondersteuningsprofiel kunnen openen. Iedere school neemt de basisondersteuning en het extra aanbod "
               "op in de schoolgids. Twee keer per jaar organiseren we een informatieavond voor ouders, en de "
               "folder 'Passend onderwijs in Lingewaarde' ligt op alle scholen en bij de consultatiebureaus."),
         ("p", "Soms lopen ouders vast of zijn ze het niet eens met de school. Zij kunnen dan terecht bij het "
               "Ouder- en Jeugdsteunpunt Lingewaarde, dat onafhankelijk van scholen en samenwerkingsverband werkt "
               "(telefonisch spreekuur op dinsdag en donderdag, 0481-000 120). Ook kunnen ouders gratis een "
               "onderwijsconsulent van Onderwijsconsulenten Nederland inschakelen. Formele klachten over het "
               "samenwerkingsverband behandelt de Landelijke Klachtencommissie Onderwijs; geschillen over "
               "de zorgplicht kunnen worden voorgelegd aan de Geschillencommissie passend onderwijs."),
         ("h1", "10 Kwaliteitszorg en resultaten"),
         ("p", "Wij willen een lerende organisatie zijn. In deze planperiode bouwen we de kwaliteitszorg verder uit. "
               "Het kwaliteitskader, inclusief de beoogde resultaten voor de planperiode en de manier waarop we "
               "die gaan volgen, werken we na de instemming van de OPR uit in het eerste jaarplan."),
         ("p", "De inspectie heeft het samenwerkingsverband in 2024 bezocht. Het oordeel over financieel beheer was "
               "voldoende."),
         ("h1", "11 Organisatie en medezeggenschap")] + blocks_from(f, "governance") + [("h2", "Toezicht en verantwoording")] + blocks_from(f, "toezicht") + [("h2", "Het bureau")] + blocks_from(f, "bureau") + blocks_from(f, "opr") + [
         ("h1", "12 Samenwerking met gemeenten")] + blocks_from(f, "oogo") + [
         ("h1", "13 Personeel, ICT en privacy")] + blocks_from(f, "personeel") + blocks_from(f, "ict") + [("h2", "Kennisdeling en onderzoek")] + blocks_from(f, "kennis") + [("h2", "Passend onderwijs in de samenleving")] + blocks_from(f, "samenleving") + [
         ("h1", "14 Planning")] + blocks_from(f, "planning") + [("table", f["planning_tabel"]),
         ("h1", "Bijlage: Begrippenlijst"),
         ("bullets", [
             "Basisondersteuning: het afgesproken niveau van ondersteuning dat alle scholen bieden.",
             "Beoogde resultaten: de resultaten die het samenwerkingsverband wil bereiken voor leerlingen met "
             "een ondersteuningsbehoefte.",
             "Meerjarenbegroting: de begroting voor meerdere jaren.",
             "OPR: ondersteuningsplanraad.",
             "Terugplaatsing: de overstap van een leerling van sbo of so naar het regulier basisonderwijs.",
             "TLV: toelaatbaarheidsverklaring.",
             "OJSP: ouder- en jeugdsteunpunt."]),
    ]
    labels = {
        "sector": "po",
        "elements": {"basisondersteuning": "present", "plaatsing": "partial", "terugstroom": "present",
                     "financien": "partial", "dekkend-aanbod": "present", "resultaten": "missing",
                     "ouders": "present"},
        "criteria": {"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
                     "plaatsing.procedure": True, "plaatsing.criteria": False,
                     "terugstroom.procedure": True, "terugstroom.beleid": True,
                     "financien.verdeling": True, "financien.besteding": False,
                     "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
                     "resultaten.doelen": False, "resultaten.monitoring": False,
                     "ouders.informatie": True, "ouders.steunpunt": True},
        "advisory_addressed": {"basisondersteuning": ["borging"],
                               "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
                               "financien": ["verantwoording"],
                               "dekkend-aanbod": ["ketenpartners"],
                               "resultaten": [],
                               "ouders": ["betrokkenheid"]},
        "notes": {
            "basisondersteuning": "Ch.4: 'Lingewaardse standaard' = minimum for every vestiging, 12 concrete afspraken, audit (borging).",
            "plaatsing": "Ch.7: procedure in 4 steps with deskundigen/termijn, duur+categorie, LBT bezwaar; criteria deferred ('afwegingskader ... wordt in 2026-2027 opnieuw vastgesteld', 'op maat').",
            "terugstroom": "Hidden in 7.5 'Na afloop van de TLV' inside TLV chapter: policy (uitgangspunt, overstaparrangement) and route (1 feb voorstel, proefperiode, 1 april verlenging, 31 juli).",
            "financien": "8.1 verdeling (per leerling, vaste voet, arrangement criteria) present; besteding only 'zie bijlage 5' (absent) and 'bedragen volgen'.",
            "dekkend-aanbod": "Ch.5 four-level continuum table; ch.6 thuiszitter escalation with terms and witte-vlekken analysis with action.",
            "resultaten": "Ch.10 only defers ('werken we ... uit in het eerste jaarplan'); kengetallen table in ch.3 gives no goals or monitoring; resultaten only in TOC/glossary otherwise.",
            "ouders": "Under 'Communicatie' (ch.9): ouderpagina, schoolgids, informatieavonden, folder; OJSP, onderwijsconsulenten, klachten/geschillen. Betrokkenheid via zienswijze/OT.",
        },
    }
    return B, labels


# ----------------------------------------------------------------------------------------
# Plan B: PO, PDF from Word with running header and page numbers
# ----------------------------------------------------------------------------------------
def plan_b():
    naam = "Stichting Samenwerkingsverband Passend Onderwijs De Brede Delta"
    kort = "De Brede Delta"
    f = filler(naam, kort, "po", "2026-2030")
    f["opr"] = [p.replace("afgevaardigd vanuit de medezeggenschapsraden van de aangesloten scholen",
                          "afgevaardigd vanuit de medezeggenschapsraden") for p in f["opr"]]
    B = [("title", "Ondersteuningsplan 2026 – 2030"),
         ("p", "Samen sterk voor ieder kind in de Delta"),
         ("p", naam + " – PO 29-07"),
         ("p", "Versie 1.0 – definitief – april 2026"),
         ("h1", "Inhoudsopgave"),
         ("p", "1. Voorwoord ................ 2\n2. Inleiding ................ 3\n3. Visie ................ 4\n"
               "4. Ondersteuning in de Delta ................ 5\n5. Toelaatbaarheid ................ 8\n"
               "6. Terugplaatsing ................ 10\n7. Geld en middelen ................ 11\n"
               "8. Resultaten en kwaliteit ................ 13\n9. Organisatie ................ 15\n"
               "10. Ouders en communicatie ................ 16\n11. Gemeenten ................ 17\n"
               "12. Personeel en ICT ................ 18\n13. Afkortingen ................ 19"),
         ("pagebreak",),
         ("h1", "1. Voorwoord")] + blocks_from(f, "voorwoord") + [
         ("h1", "2. Inleiding")] + blocks_from(f, "inleiding") + [("h2", "Hoe dit plan tot stand kwam")] + blocks_from(f, "totstandkoming") + [
         ("h1", "3. Visie")] + blocks_from(f, "visie") + [("h2", "Trends en ontwikkelingen")] + blocks_from(f, "trends") + [("h2", "Ontwikkelingen in wet- en regelgeving")] + blocks_from(f, "wetgeving") + [
         ("h1", "4. Ondersteuning in de Delta"),
         ("h2", "4.1 Basisondersteuning"),
         ("p", "Alle 41 basisscholen in De Brede Delta bieden hetzelfde afgesproken minimumniveau van "
               "basisondersteuning; dat niveau geldt voor iedere vestiging, ook voor de kleine dorpsscholen. "
               "We sluiten aan bij het landelijke referentiekader: basiskwaliteit, preventieve en licht curatieve "
               "interventies, een onderwijsondersteuningsstructuur en planmatig werken."),
         ("p", "Welke voorzieningen en interventies dat op een school concreet inhoudt, beschrijft iedere school "
               "in haar schoolondersteuningsprofiel. De profielen staan op de websites van de scholen. De "
               "standaarden zelf worden in 2026-2027 herijkt zodra de landelijke norm basisondersteuning "
               "bekend is."),
         ("h2", "4.2 Het ondersteuningscontinuüm"),
         ("p", "Onze ondersteuning is opgebouwd als een trap met vijf treden. Iedere trede bouwt voort op de vorige:"),
         ("table", [["Trede", "Omschrijving", "Voorbeelden"],
                    ["0", "Basisondersteuning op iedere school", "Zie 4.1"],
                    ["1", "Lichte extra ondersteuning in de school, uit het schoolbudget",
                     "Remedial teaching, kleine instructiegroep, sociale vaardigheidstraining"],
                    ["2", "Arrangement van het samenwerkingsverband in de eigen school",
                     "Ambulante begeleiding, ondersteuning bij autisme, NT2-ondersteuning"],
                    ["3", "Bovenschoolse voorziening",
                     "Deltaklas (meer- en hoogbegaafdheid, 1 dag per week), Taalschakelklas, De Oversteek "
                     "(tijdelijke plaatsing bij gedragsvragen, maximaal 16 weken)"],
                    ["4", "Speciaal (basis)onderwijs", "Sbo De Vaart, so De Meander (cluster 4), so Het Kompas (cluster 3)"]]),
         ("p", "De consulent van het samenwerkingsverband is voor iedere school het vaste aanspreekpunt en helpt "
               "de school om de juiste trede te kiezen. Een school schakelt de consulent in via het "
               "ondersteuningsteam. Arrangementen op trede 2 en 3 worden toegekend door het Loket Ondersteuning."),
         ("h2", "4.3 Is ons aanbod dekkend?"),
         ("p", "Thuiszitters en leerlingen zonder passende plek zijn ook in de Delta een zorg. Of ons aanbod "
               "werkelijk dekkend is, brengen we in het eerste planjaar samen met de gemeenten in beeld. De "
               "uitkomsten daarvan en de eventuele maatregelen nemen we op in het jaarplan 2027-2028."),
         ("h1", "5. Toelaatbaarheid"),
         ("h2", "5.1 Procedure"),
         ("p", "Het schoolbestuur van de school waar de leerling is ingeschreven vraagt de TLV aan bij de "
               "Toelaatbaarheidscommissie (TLC) van De Brede Delta, met toestemming van ouders. Bij de aanvraag "
               "horen het groeidocument, het ontwikkelingsperspectief, de verslagen van de laatste twee "
               "ondersteuningsteams en eventueel onderzoek. De TLC bestaat uit een voorzitter (de manager "
               "ondersteuning) en twee deskundigen: een orthopedagoog-generalist of GZ-psycholoog en, "
               "afhankelijk van de vraag, een jeugdarts, maatschappelijk werker of kinderpsychiater. De "
               "deskundigen brengen ieder afzonderlijk een schriftelijk advies uit. De TLC neemt binnen "
               "zes weken een besluit; de directeur-bestuurder ondertekent."),
         ("h2", "5.2 Criteria"),
         ("p", "Een leerling is toelaatbaar tot het speciaal basisonderwijs als aan alle drie de volgende "
               "voorwaarden is voldaan:"),
         ("bullets", [
             "de school heeft ten minste twee cycli handelingsgericht gewerkt met een arrangement (trede 2) "
             "en die cycli geëvalueerd;",
             "de leerling heeft een leer- of gedragsprobleem dat een structureel kleinere groep en een "
             "aangepast programma vraagt gedurende het grootste deel van de week;",
             "de deskundigen adviseren dat trede 3 niet of niet meer volstaat."]),
         ("p", "Een leerling is toelaatbaar tot het speciaal onderwijs (cluster 3 of 4) als daarnaast sprake is van "
               "een vastgestelde (verstandelijke, lichamelijke of psychiatrische) beperking of ernstige "
               "gedragsproblematiek waarvoor een combinatie van onderwijs en zorg nodig is die het sbo niet kan "
               "bieden."),
         ("h2", "5.3 Geldigheid en categorie"),
         ("p", "Een TLV sbo geldt tot het einde van de basisschoolperiode, maar wordt na twee jaar geëvalueerd. "
               "Een TLV so geldt voor twee schooljaren, met de bekostigingscategorie laag, midden of hoog."),
         ("h2", "5.4 Bezwaar"),
         ("p", "Tegen een besluit van de TLC kan binnen zes weken bezwaar worden gemaakt bij de directeur-bestuurder. "
               "De Landelijke Bezwaaradviescommissie adviseert over het bezwaar."),
         ("h1", "6. Terugplaatsing"),
         ("p", "De Brede Delta wil dat zoveel mogelijk kinderen thuisnabij naar school gaan. Terugplaatsing naar "
               "een reguliere basisschool is daarom het uitgangspunt zodra het ontwikkelingsperspectief van de "
               "leerling dat toelaat en de ontvangende school met een arrangement kan bieden wat nodig is. "
               "Iedere teruggeplaatste leerling krijgt een terugkeerarrangement: een jaar ambulante begeleiding "
               "vanuit de sbo- of so-school, betaald door het samenwerkingsverband."),
         ("p", "Het stappenplan voor terugplaatsing, met de evaluatiemomenten en de rolverdeling tussen de "
               "speciale scholen en het samenwerkingsverband, wordt samen met de sbo- en so-scholen opgesteld "
               "en volgt in 2027."),
         ("h1", "7. Geld en middelen"),
         ("h2", "7.1 Hoe verdelen we?"),
         ("p", "De Brede Delta werkt met een schoolmodel. 62% van de beschikbare middelen gaat als schoolbudget "
               "naar de besturen: € 148 per leerling (teldatum 1 oktober) plus een vaste voet van € 6.500 per "
               "vestiging. Arrangementen op trede 2 worden toegekend door het Loket op basis van een aanvraag "
               "met ontwikkelingsperspectief; de hoogte volgt uit een vaste staffel (licht € 2.500, "
               "midden € 5.000, zwaar € 8.000 per schooljaar). De bovenschoolse voorzieningen ontvangen een "
               "vast budget per plaats."),
         ("h2", "7.2 Meerjarenbegroting"),
         ("table", [["Bedragen x € 1.000", "2026", "2027", "2028", "2029"],
                    ["Baten ondersteuningsmiddelen", "11.420", "11.310", "11.190", "11.080"],
                    ["Afdracht so en sbo (DUO)", "4.210", "4.260", "4.300", "4.300"],
                    ["Schoolbudgetten besturen", "4.380", "4.300", "4.240", "4.190"],
                    ["Arrangementen trede 2", "1.050", "1.050", "1.000", "1.000"],
                    ["Bovenschoolse voorzieningen", "980", "990", "1.000", "1.000"],
                    ["Bureau en personeel", "640", "650", "660", "670"],
                    ["Saldo", "-1.840", "-1.940", "-2.010", "-2.080"]]),
         ("p", "Het negatieve saldo wordt gedekt uit de algemene reserve, die eind 2025 € 9,1 miljoen bedroeg. "
               "Daarmee bouwen wij bovenmatige reserves af conform de afspraken uit de verbeteraanpak. De "
               "signaleringswaarde wordt in 2029 bereikt."),
         ("p", "Besturen verantwoorden de besteding van het schoolbudget via het format in de jaarlijkse "
               "verantwoordingsrapportage, die uiterlijk 1 juni wordt ingeleverd."),
         ("h1", "8. Resultaten en kwaliteit"),
         ("h2", "8.1 Wat willen we bereiken?"),
         ("table", [["Doel", "Indicator", "Nulmeting 2025", "Streefwaarde 2030"],
                    ["Meer leerlingen thuisnabij", "Deelnamepercentage sbo+so", "3,9%", "3,5%"],
                    ["Snellere hulp", "Doorlooptijd arrangementaanvraag", "31 dagen", "max. 20 dagen"],
                    ["Tevreden ouders", "Tevredenheid ouders over arrangement (1-10)", "6,9", "7,5"],
                    ["Leraren voelen zich gesteund", "Tevredenheid leraren over consulent", "7,1", "7,5"],
                    ["Geen langdurige thuiszitters", "Thuiszitters > 3 maanden", "6", "0"]]),
         ("h2", "8.2 Hoe meten we dat?"),
         ("p", "De indicatoren worden twee keer per jaar gemeten. Het bureau levert per 1 februari en 1 september "
               "een monitorrapportage aan het bestuur, de raad van toezicht en de OPR, gebaseerd op DUO-gegevens, "
               "de registratie van het Loket en een korte vragenlijst onder ouders en leraren na afloop van ieder "
               "arrangement. De bereikte resultaten en de kosten per trede staan in het jaarverslag. Halverwege de "
               "planperiode (2028) evalueren we met een externe partij en stellen we zo nodig de doelen bij."),
         ("p", "In de vorige planperiode daalde het deelnamepercentage van 4,2% naar 3,9%, en het aantal "
               "thuiszitters van 11 naar 6."),
         ("h1", "9. Organisatie")] + blocks_from(f, "governance") + [("h2", "Toezicht en verantwoording")] + blocks_from(f, "toezicht") + [("h2", "Het bureau")] + blocks_from(f, "bureau") + blocks_from(f, "opr") + [
         ("h1", "10. Ouders en communicatie"),
         ("p", "Ouders zijn de eerste deskundigen als het om hun kind gaat. Wij vinden een goede samenwerking tussen "
               "school en thuis van groot belang. Dit thema krijgt in de komende periode nadere invulling."),
         ("p", "Het samenwerkingsverband communiceert met scholen via de nieuwsbrief voor intern begeleiders "
               "(zes keer per jaar), het directeurenoverleg en de website. Voor gemeenten en ketenpartners "
               "verschijnt jaarlijks een publieksversie van het jaarverslag."),
         ("h1", "11. Gemeenten")] + blocks_from(f, "oogo") + [
         ("h1", "12. Personeel en ICT")] + blocks_from(f, "personeel") + blocks_from(f, "ict") + [("h2", "Kennisdeling en onderzoek")] + blocks_from(f, "kennis") + [("h2", "Passend onderwijs in de samenleving")] + blocks_from(f, "samenleving") + \
         blocks_from(f, "planning") + [("table", f["planning_tabel"]),
         ("h1", "13. Afkortingen"),
         ("table", [["Afkorting", "Betekenis"],
                    ["AB", "Ambulante begeleiding"], ["GZ", "Gezondheidszorg"],
                    ["OJSP", "Ouder- en jeugdsteunpunt: onafhankelijke hulp voor ouders"],
                    ["OPR", "Ondersteuningsplanraad"], ["SOP", "Schoolondersteuningsprofiel"],
                    ["TLC", "Toelaatbaarheidscommissie"], ["TLV", "Toelaatbaarheidsverklaring"]]),
    ]
    labels = {
        "sector": "po",
        "elements": {"basisondersteuning": "partial", "plaatsing": "present", "terugstroom": "partial",
                     "financien": "present", "dekkend-aanbod": "partial", "resultaten": "present",
                     "ouders": "missing"},
        "criteria": {"basisondersteuning.niveau": True, "basisondersteuning.inhoud": False,
                     "plaatsing.procedure": True, "plaatsing.criteria": True,
                     "terugstroom.procedure": False, "terugstroom.beleid": True,
                     "financien.verdeling": True, "financien.besteding": True,
                     "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": False,
                     "resultaten.doelen": True, "resultaten.monitoring": True,
                     "ouders.informatie": False, "ouders.steunpunt": False},
        "advisory_addressed": {"plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
                               "financien": ["reserves", "verantwoording"],
                               "resultaten": ["meetbaar"]},
        "notes": {
            "basisondersteuning": "4.1: minimumniveau for every vestiging + referentiekader aspects (niveau); concrete voorzieningen only 'in het SOP op de websites van de scholen' and standaarden 'worden herijkt'.",
            "plaatsing": "Ch.5: TLC procedure with dossier, two separate deskundigen, 6 weken; criteria for sbo (three conditions) and so; geldigheid/categorie; bezwaar via LBA.",
            "terugstroom": "Ch.6: policy (thuisnabij, conditions, terugkeerarrangement) addressed; stappenplan/procedure deferred ('volgt in 2027').",
            "financien": "Ch.7 'Geld en middelen': schoolmodel per leerling + vaste voet + staffel; meerjarenbegroting table 2026-2029; reserves; verantwoording.",
            "dekkend-aanbod": "4.2 trede 0-4 continuum table with voorzieningen; 4.3 gaps only deferred ('brengen we in het eerste planjaar in beeld').",
            "resultaten": "Ch.8: goals table with nulmeting/streefwaarde; monitoring twice a year, rapportage, jaarverslag, midterm evaluation.",
            "ouders": "No information route or steunpunt: ch.10 'Ouders en communicatie' is generic and defers ('krijgt nadere invulling'), communication only to scholen/gemeenten; OJSP only in afkortingenlijst.",
        },
    }
    return B, labels
# ----------------------------------------------------------------------------------------
# Plan C: VO, PDF with running header, page numbers and a two-column section
# ----------------------------------------------------------------------------------------
def plan_c():
    naam = "Samenwerkingsverband Voortgezet Onderwijs Rivierenland-Oost"
    kort = "SWV VO Rivierenland-Oost"
    f = filler(naam, kort, "vo")
    B = [("title", "Ondersteuningsplan 2026-2030"),
         ("p", naam + " (VO 28-03)"),
         ("p", "Elke jongere een passende plek"),
         ("h1", "Inhoud"),
         ("p", "Voorwoord – 1 Context – 2 Visie – 3 Het ondersteuningsaanbod – 4 Toelaatbaarheid vso, lwoo en pro – "
               "5 Overgangen – 6 Financieel kader – 7 Ambities en resultaten – 8 Ouders en leerlingen – "
               "9 Bestuur en medezeggenschap – 10 Gemeenten – 11 Personeel en ICT – Begrippen"),
         ("pagebreak",),
         ("h1", "Voorwoord")] + blocks_from(f, "voorwoord") + [
         ("h1", "1 Context")] + blocks_from(f, "inleiding") + [("h2", "Hoe dit plan tot stand kwam")] + blocks_from(f, "totstandkoming") + [
         ("p", "In ons samenwerkingsverband werken 6 schoolbesturen samen met 14 vestigingen voor vmbo, havo en "
               "vwo, 2 scholen voor praktijkonderwijs en 2 vso-scholen. Op 1 oktober 2025 telden de scholen "
               "9.860 leerlingen; 1.310 leerlingen hadden een aanwijzing lwoo en 402 leerlingen zaten op het pro."),
         ("h1", "2 Visie")] + blocks_from(f, "visie") + [("h2", "Trends en ontwikkelingen")] + blocks_from(f, "trends") + [("h2", "Ontwikkelingen in wet- en regelgeving")] + blocks_from(f, "wetgeving") + [
         ("h1", "3 Het ondersteuningsaanbod"),
         ("cols", 2),
         ("h2", "3.1 Basisondersteuning: wat elke school biedt"),
         ("p", "Iedere vestiging van iedere aangesloten school biedt ten minste de basisondersteuning zoals die in "
               "Rivierenland-Oost is afgesproken. Het gaat om een ondergrens die voor alle vestigingen gelijk is, "
               "van het vwo tot de basisberoepsgerichte leerweg. De afspraken staan in onderstaand overzicht."),
         ("table", [["Domein", "Elke school biedt"],
                    ["Structuur", "Ondersteuningscoördinator, zorgteam, mentor met 1 uur per week per klas"],
                    ["Leren", "Dyslexie- en dyscalculiebeleid, huiswerkbegeleiding, studievaardigheden"],
                    ["Gedrag", "Time-outvoorziening, anti-pestcoördinator, SEL-training"],
                    ["Executief", "Planningscoach, check-in/check-out"],
                    ["Medisch", "Protocol medisch handelen, rustruimte"],
                    ["Samenwerking", "Schoolmaatschappelijk werk, jeugdarts, leerplicht in het zorgteam"]], [2.3, 5.2]),
         ("p", "Jaarlijks vult iedere school de kwaliteitskaart basisondersteuning in; bij een onvoldoende score "
               "volgt een gesprek met de directeur-bestuurder en een hersteltraject."),
         ("h2", "3.2 Extra ondersteuning en voorzieningen"),
         ("p", "Bovenop de basis kent ons samenwerkingsverband een samenhangend aanbod. Op de eigen school kan een "
               "leerling een arrangement krijgen, bijvoorbeeld een trajectklas of begeleiding door een "
               "autismespecialist. Lukt het op de eigen school niet, dan kan een leerling tijdelijk naar het "
               "OPDC De Overstap (maximaal twee keer twaalf weken, met behoud van inschrijving). Voor jongeren "
               "met een zware ondersteuningsvraag zijn er de vso-scholen. Praktijkonderwijs en lwoo maken "
               "deel uit van het aanbod. Een onderwijs-zorgarrangement met de gemeenten biedt een combinatie "
               "van onderwijs en dagbesteding voor jongeren die (nog) niet volledig onderwijs kunnen volgen."),
         ("h2", "3.3 Geen jongere buiten beeld"),
         ("p", "Iedere vier weken bespreken het samenwerkingsverband en leerplicht in het Thuiszittersoverleg alle "
               "jongeren die langer dan vier weken geen onderwijs volgen. Voor iedere jongere is een casusregisseur "
               "benoemd en wordt binnen acht weken een plan gemaakt. Lukt dat niet, dan beslist de directeur-"
               "bestuurder over een maatwerkoplossing die het samenwerkingsverband betaalt. Structurele "
               "tekorten in het aanbod melden we twee keer per jaar aan de besturen; in 2026 start op "
               "grond daarvan een kleinschalige voorziening voor hoogbegaafde jongeren die vastlopen."),
         ("cols", 1),
         ("h1", "4 Toelaatbaarheid vso, lwoo en pro"),
         ("h2", "4.1 Vso"),
         ("p", "Het bevoegd gezag van de school waar de leerling is ingeschreven vraagt een TLV vso aan bij de "
               "Commissie Toewijzing. De aanvraag bevat het ontwikkelingsperspectiefplan, een evaluatie van de "
               "geboden ondersteuning en de zienswijze van ouders en leerling. Een orthopedagoog en een tweede "
               "deskundige (psycholoog, jeugdarts of maatschappelijk werker) adviseren ieder afzonderlijk. De "
               "commissie besluit binnen zes weken. Criteria: (a) de ondersteuning in het regulier vo inclusief "
               "een arrangement en een OPDC-traject is aantoonbaar ontoereikend gebleken of gelet op de "
               "problematiek bij voorbaat niet passend; (b) de jongere heeft een onderwijsbehoefte die een "
               "structureel kleine groep met geïntegreerde zorg vraagt; (c) beide deskundigen onderschrijven dit. "
               "De TLV geldt voor maximaal twee schooljaren, in categorie laag, midden of hoog. Bezwaar: binnen "
               "zes weken bij het samenwerkingsverband; de Landelijke Bezwaaradviescommissie adviseert."),
         ("h2", "4.2 Lwoo en pro"),
         ("p", "Voor lwoo en pro hanteren wij de landelijke criteria; wij maken geen gebruik van de mogelijkheid "
               "om eigen lwoo-criteria vast te stellen. De vo-school vraagt de aanwijzing lwoo of de TLV pro aan "
               "via de Commissie Toewijzing, op basis van de gegevens uit het onderwijskundig rapport van de "
               "basisschool en de capaciteitentest (IQ, leerachterstanden, sociaal-emotionele problematiek). "
               "Besluit binnen vier weken, uiterlijk 15 mei voor leerlingen die per 1 augustus instromen."),
         ("h1", "5 Overgangen"),
         ("p", "De overstap van het primair naar het voortgezet onderwijs verloopt via de warme overdracht. Voor "
               "leerlingen met een ondersteuningsbehoefte organiseren we in maart een gezamenlijke "
               "overdrachtsdag met het samenwerkingsverband primair onderwijs. Ook de uitstroom naar het mbo "
               "en arbeid krijgt aandacht: iedere school heeft een uitstroomcoach, en met het mbo is een "
               "doorstroomprotocol afgesproken."),
         ("h1", "6 Financieel kader"),
         ("p", "Het verdeelmodel wordt in 2026 herzien in overleg met de besturen; tot die tijd p.m. Hieronder de "
               "meerjarenbegroting."),
         ("table", [["x € 1.000", "2026", "2027", "2028", "2029"],
                    ["Rijksbijdrage lichte ondersteuning", "3.920", "3.870", "3.810", "3.770"],
                    ["Rijksbijdrage zware ondersteuning", "6.340", "6.250", "6.180", "6.120"],
                    ["Afdracht vso en lwoo/pro (DUO)", "5.880", "5.860", "5.850", "5.840"],
                    ["Middelen naar schoolbesturen", "2.900", "2.850", "2.800", "2.760"],
                    ["OPDC De Overstap", "780", "790", "800", "810"],
                    ["Arrangementen en maatwerk", "420", "420", "420", "420"],
                    ["Bureau, Commissie Toewijzing, personeel", "610", "620", "630", "640"],
                    ["Resultaat", "-330", "-420", "-510", "-580"]]),
         ("p", "Het tekort wordt gedekt uit de reserve; de reserve komt in 2029 op de signaleringswaarde."),
         ("h1", "7 Ambities en resultaten"),
         ("p", "Voor de planperiode formuleren wij de volgende beoogde resultaten:"),
         ("bullets", ["Het aantal thuiszitters langer dan drie maanden daalt van 12 (2025) naar maximaal 4 in 2030.",
                      "90% van de leerlingen die een OPDC-traject volgen, keert binnen 24 weken terug in een reguliere klas.",
                      "Het percentage leerlingen met een vso-TLV blijft onder het landelijk gemiddelde.",
                      "Ouders waarderen de samenwerking rond extra ondersteuning gemiddeld met ten minste een 7."]),
         ("p", "Hoe we de voortgang op deze resultaten meten en rapporteren, werken we uit in een monitor die in "
               "schooljaar 2026-2027 beschikbaar komt."),
         ("h1", "8 Ouders en leerlingen"),
         ("p", "Ouders en leerlingen vinden informatie over het ondersteuningsaanbod in de schoolgids van iedere "
               "school, op de pagina 'Voor ouders en leerlingen' van onze website en in de jaarlijkse "
               "voorlichtingsbijeenkomst die wij in november samen met het samenwerkingsverband PO organiseren "
               "voor ouders van leerlingen in groep 8. Elke brugklasser met een ondersteuningsbehoefte ontvangt "
               "de brochure 'Wat als het even niet lukt?'."),
         ("p", "Voor onafhankelijk advies kunnen ouders en jongeren terecht bij het Steunpunt Ouders & Jongeren "
               "Rivierenland, dat geen onderdeel is van een school of het samenwerkingsverband. Daarnaast "
               "verwijzen wij naar de onderwijsconsulenten en naar de Geschillencommissie passend onderwijs."),
         ("h1", "9 Bestuur en medezeggenschap")] + blocks_from(f, "governance") + [("h2", "Toezicht en verantwoording")] + blocks_from(f, "toezicht") + [("h2", "Het bureau")] + blocks_from(f, "bureau") + blocks_from(f, "opr") + [
         ("h1", "10 Gemeenten")] + blocks_from(f, "oogo") + [
         ("h1", "11 Personeel en ICT")] + blocks_from(f, "personeel") + blocks_from(f, "ict") + [("h2", "Kennisdeling en onderzoek")] + blocks_from(f, "kennis") + [("h2", "Passend onderwijs in de samenleving")] + blocks_from(f, "samenleving") + \
         blocks_from(f, "planning") + [("table", f["planning_tabel"]),
         ("h1", "Begrippen"),
         ("bullets", ["OPDC: orthopedagogisch-didactisch centrum.",
                      "Terugplaatsing: de overstap van een leerling van het vso naar het regulier voortgezet onderwijs "
                      "na afloop van de toelaatbaarheidsverklaring.",
                      "Verdeelmodel: de verdeling van de middelen over de schoolbesturen.",
                      "Monitor: het instrument waarmee het samenwerkingsverband de resultaten volgt."]),
    ]
    labels = {
        "sector": "vo",
        "elements": {"basisondersteuning": "present", "plaatsing": "present", "terugstroom": "missing",
                     "financien": "partial", "dekkend-aanbod": "present", "resultaten": "partial",
                     "ouders": "present"},
        "criteria": {"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
                     "plaatsing.procedure": True, "plaatsing.criteria": True,
                     "terugstroom.procedure": False, "terugstroom.beleid": False,
                     "financien.verdeling": False, "financien.besteding": True,
                     "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
                     "resultaten.doelen": True, "resultaten.monitoring": False,
                     "ouders.informatie": True, "ouders.steunpunt": True},
        "advisory_addressed": {"basisondersteuning": ["borging"],
                               "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
                               "financien": ["reserves"],
                               "dekkend-aanbod": ["ketenpartners"],
                               "resultaten": ["meetbaar"]},
        "notes": {
            "basisondersteuning": "3.1 (two-column section): ondergrens for all vestigingen + content only in a table; kwaliteitskaart (borging).",
            "plaatsing": "Ch.4: vso procedure, criteria (a)-(c), deskundigen, duur/categorie, bezwaar; lwoo/pro landelijke criteria and procedure.",
            "terugstroom": "Nothing on return from vso: only 'Terugplaatsing' in Begrippen, OPDC return to regular class (not vso), PO-VO overstap and mbo uitstroom (near-misses).",
            "financien": "Ch.6: meerjarenbegroting table with amounts (besteding); verdeelmodel 'wordt herzien; tot die tijd p.m.'.",
            "dekkend-aanbod": "3.2 continuum (arrangement, OPDC, vso, OZA) and 3.3 Thuiszittersoverleg with terms and gap reporting, all in two-column section.",
            "resultaten": "Ch.7 beoogde resultaten with numbers; monitoring deferred ('werken we uit in een monitor die in 2026-2027 beschikbaar komt').",
            "ouders": "Ch.8: schoolgids, website page, voorlichting, brochure; Steunpunt Ouders & Jongeren, onderwijsconsulenten, geschillencommissie.",
        },
    }
    return B, labels


# ----------------------------------------------------------------------------------------
# Plan D: VO, .docx (ordinary styles)
# ----------------------------------------------------------------------------------------
def plan_d():
    naam = "Samenwerkingsverband VO Zaanstroom"
    kort = "SWV Zaanstroom"
    f = filler(naam, kort, "vo", "2026-2030")
    B = [("title", "Ondersteuningsplan SWV Zaanstroom 2026-2030"),
         ("p", "Concept ter instemming OPR – definitief na vaststelling"),
         ("h1", "Inhoudsopgave"),
         ("p", "Voorwoord; 1. Inleiding; 2. Visie en koers; 3. Basisondersteuning; 4. Ondersteuningsaanbod en "
               "dekkend netwerk; 5. Toewijzing: vso, lwoo en pro; 6. Einde TLV; 7. Financiën; "
               "8. Kwaliteit en resultaten; 9. Informatie voor ouders; 10. Governance; 11. OOGO; 12. Personeel; "
               "Bijlage A Begrippenlijst"),
         ("h1", "Voorwoord")] + blocks_from(f, "voorwoord") + [
         ("h1", "1. Inleiding")] + blocks_from(f, "inleiding") + [("h2", "Hoe dit plan tot stand kwam")] + blocks_from(f, "totstandkoming") + [
         ("h1", "2. Visie en koers")] + blocks_from(f, "visie") + [("h2", "Trends en ontwikkelingen")] + blocks_from(f, "trends") + [("h2", "Ontwikkelingen in wet- en regelgeving")] + blocks_from(f, "wetgeving") + [
         ("h1", "3. Basisondersteuning"),
         ("p", "In afwachting van de landelijke norm basisondersteuning, die naar verwachting in 2027 wettelijk wordt "
               "verankerd, stellen wij de beschrijving van de basisondersteuning in deze planperiode niet opnieuw "
               "vast. Dit hoofdstuk wordt aangevuld zodra de norm bekend is."),
         ("h1", "4. Ondersteuningsaanbod en dekkend netwerk"),
         ("p", "Een actueel overzicht van alle arrangementen, voorzieningen en vso-scholen in de regio vindt u in de "
               "digitale sociale kaart op de website van het samenwerkingsverband. Een analyse van de dekkendheid "
               "van het aanbod voeren wij uit in schooljaar 2026-2027; de uitkomsten en eventuele maatregelen "
               "volgen in een addendum bij dit plan."),
         ("h1", "5. Toewijzing: vso, lwoo en pro"),
         ("h2", "5.1 Wanneer is een leerling toelaatbaar tot het vso?"),
         ("p", "Een leerling komt in aanmerking voor een TLV vso als:"),
         ("numbers", ["de school de basisondersteuning en ten minste één arrangement van minimaal twintig weken "
                      "heeft ingezet en geëvalueerd in het ontwikkelingsperspectief;",
                      "er sprake is van een ernstige en langdurige belemmering in leren of gedrag, die blijkt uit "
                      "onderzoek van ten hoogste twee jaar oud;",
                      "de leerling een structureel kleine groep met intensieve begeleiding en zorg nodig heeft "
                      "gedurende de gehele onderwijstijd; of",
                      "de leerling een (ernstig) meervoudige beperking heeft waardoor regulier vo bij voorbaat "
                      "niet passend is."]),
         ("h2", "5.2 Lwoo en pro"),
         ("p", "Voor de aanwijzing lwoo en de toelaatbaarheid tot het praktijkonderwijs gelden de landelijke criteria: "
               "voor pro een IQ tussen 55 en 80 en een leerachterstand van ten minste drie jaar op twee domeinen "
               "waaronder begrijpend lezen of inzichtelijk rekenen; voor lwoo een IQ tussen 75 en 90 met een "
               "leerachterstand van 1,5 tot 3 jaar, of een IQ tussen 91 en 120 met een leerachterstand en "
               "sociaal-emotionele problematiek."),
         ("h2", "5.3 Aanvragen"),
         ("p", "De aanvraagprocedure, de termijnen en de samenstelling van de toewijzingscommissie staan in het "
               "Handboek Toewijzing, dat u vindt op onze website."),
         ("h1", "6. Einde TLV"),
         ("p", "Uiterlijk 1 maart van het laatste jaar van de TLV bespreekt de vso-school in het evaluatiegesprek over "
               "het ontwikkelingsperspectiefplan met ouders en leerling of terugplaatsing, overplaatsing of "
               "verlenging aan de orde is. De vso-school meldt de uitkomst vóór 15 maart aan het Loket Zaanstroom. "
               "Bij terugplaatsing neemt de vso-school contact op met de beoogde vo-school, die de aanmelding "
               "volgens haar zorgplicht behandelt; de consulent van het Loket zit het overdrachtsgesprek voor. "
               "Bij verlenging dient de vso-school vóór 1 april een nieuwe aanvraag in; de toewijzingscommissie "
               "beslist vóór 1 juni. Zonder nieuw besluit eindigt de TLV op 31 juli."),
         ("p", "Ons beleid ten aanzien van terugplaatsing wordt in deze planperiode herijkt; de beleidsnotitie "
               "volgt."),
         ("h1", "7. Financiën"),
         ("h2", "7.1 Verdeling"),
         ("p", "Zaanstroom verdeelt de middelen lichte ondersteuning volledig naar de besturen: € 165 per leerling "
               "op teldatum 1 oktober van het voorgaande jaar. Voor lwoo en pro ontvangen de besturen het "
               "bedrag dat DUO daarvoor vaststelt, zonder korting. Aanvullende arrangementen worden toegekend door "
               "het Loket op aanvraag van de school, wanneer het ontwikkelingsperspectief laat zien dat de inzet "
               "van de school niet volstaat; maximaal € 7.500 per leerling per schooljaar. De directeur-bestuurder "
               "stelt de verdeling jaarlijks vóór 1 december vast in de begroting, na advies van het bestuurlijk overleg."),
         ("h2", "7.2 Meerjarenbegroting"),
         ("table", [["Bedragen in €", "2026", "2027", "2028", "2029"],
                    ["Baten zware ondersteuning", "7.812.000", "7.760.000", "7.700.000", "7.650.000"],
                    ["Baten lichte ondersteuning", "2.640.000", "2.610.000", "2.590.000", "2.570.000"],
                    ["Afdracht vso (DUO)", "5.120.000", "5.150.000", "5.170.000", "5.190.000"],
                    ["Lichte ondersteuning naar besturen", "2.640.000", "2.610.000", "2.590.000", "2.570.000"],
                    ["Arrangementen op aanvraag", "1.150.000", "1.150.000", "1.100.000", "1.100.000"],
                    ["Loket en bureau", "820.000", "830.000", "840.000", "850.000"],
                    ["Projecten (o.a. aansluiting mbo)", "300.000", "250.000", "200.000", "150.000"],
                    ["Saldo", "462.000", "380.000", "390.000", "360.000"]]),
         ("p", "De algemene reserve bedraagt per 31 december 2025 € 1,9 miljoen en blijft onder de "
               "signaleringswaarde. Besturen verantwoorden de inzet van de middelen jaarlijks vóór 1 mei."),
         ("h1", "8. Kwaliteit en resultaten"),
         ("h2", "8.1 Beoogde resultaten 2030"),
         ("table", [["Resultaatgebied", "Indicator", "2025", "Doel 2030"],
                    ["Thuisnabij onderwijs", "Deelname vso", "3,4%", "3,0%"],
                    ["Snelle toewijzing", "Besluit binnen 6 weken", "78%", "95%"],
                    ["Geen thuiszitters", "Absoluut verzuim > 3 mnd", "9", "2"],
                    ["Arrangementen werken", "Doelen OPP behaald", "onbekend", "70%"]]),
         ("h2", "8.2 Monitoring en verantwoording"),
         ("p", "Wij volgen de indicatoren per kwartaal in het dashboard van het Loket. Het bureau rapporteert "
               "per kwartaal aan de directeur-bestuurder en twee keer per jaar aan de raad van toezicht en de "
               "OPR. Eens per jaar evalueren we in een reflectiebijeenkomst met zorgcoördinatoren wat de cijfers "
               "betekenen. De bereikte resultaten verantwoorden we in het jaarverslag, met per resultaatgebied "
               "de bijbehorende kosten."),
         ("h1", "9. Informatie voor ouders"),
         ("p", "Hoe wij ouders informeren over de ondersteuningsmogelijkheden, wordt beschreven in het "
               "communicatieplan dat in 2026 verschijnt."),
         ("p", "Voor onafhankelijk advies en hulp bij een verschil van mening met school of samenwerkingsverband "
               "kunnen ouders en leerlingen terecht bij het Ouder- en Jeugdsteunpunt Zaanstreek (spreekuur elke "
               "woensdag, ook via WhatsApp) en bij de onderwijsconsulenten. Klachten over het samenwerkingsverband "
               "kunnen worden ingediend bij de Landelijke Klachtencommissie; over geschillen rond toelating en "
               "zorgplicht oordeelt de Geschillencommissie passend onderwijs."),
         ("h1", "10. Governance")] + blocks_from(f, "governance") + [("h2", "Toezicht en verantwoording")] + blocks_from(f, "toezicht") + [("h2", "Het bureau")] + blocks_from(f, "bureau") + blocks_from(f, "opr") + [
         ("h1", "11. OOGO")] + blocks_from(f, "oogo") + [
         ("h1", "12. Personeel")] + blocks_from(f, "personeel") + [("h2", "Jaarcyclus")] + blocks_from(f, "jaarcyclus") + blocks_from(f, "ict") + [("h2", "Kennisdeling en onderzoek")] + blocks_from(f, "kennis") + [("h2", "Passend onderwijs in de samenleving")] + blocks_from(f, "samenleving") + \
         blocks_from(f, "planning") + [("table", f["planning_tabel"]),
         ("h1", "Bijlage A Begrippenlijst"),
         ("table", [["Begrip", "Omschrijving"],
                    ["Basisondersteuning", "Het afgesproken niveau van ondersteuning dat iedere school binnen het "
                     "samenwerkingsverband biedt, zoals mentoraat, dyslexiebeleid en een zorgteam."],
                    ["Dekkend netwerk", "Het geheel van voorzieningen waardoor voor iedere leerling een passende plek is."],
                    ["OPDC", "Orthopedagogisch-didactisch centrum."],
                    ["Terugplaatsing", "Terugkeer van vso naar regulier vo."],
                    ["Thuiszitter", "Leerplichtige jongere die zonder geldige reden geen onderwijs volgt."]]),
    ]
    labels = {
        "sector": "vo",
        "elements": {"basisondersteuning": "missing", "plaatsing": "partial", "terugstroom": "partial",
                     "financien": "present", "dekkend-aanbod": "missing", "resultaten": "present",
                     "ouders": "partial"},
        "criteria": {"basisondersteuning.niveau": False, "basisondersteuning.inhoud": False,
                     "plaatsing.procedure": False, "plaatsing.criteria": True,
                     "terugstroom.procedure": True, "terugstroom.beleid": False,
                     "financien.verdeling": True, "financien.besteding": True,
                     "dekkend-aanbod.continuum": False, "dekkend-aanbod.lacunes": False,
                     "resultaten.doelen": True, "resultaten.monitoring": True,
                     "ouders.informatie": False, "ouders.steunpunt": True},
        "advisory_addressed": {"financien": ["reserves", "verantwoording"],
                               "resultaten": ["meetbaar"]},
        "notes": {
            "basisondersteuning": "Ch.3 only defers to the landelijke norm ('wordt aangevuld zodra de norm bekend is'); the content sits only in the Begrippenlijst.",
            "plaatsing": "Ch.5 criteria for vso and landelijke lwoo/pro criteria; procedure only a reference to 'Handboek Toewijzing' on the website.",
            "terugstroom": "Ch.6 'Einde TLV': steps and dates (1 maart, 15 maart, 1 april, 1 juni, 31 juli) = procedure; beleid deferred ('wordt herijkt; de beleidsnotitie volgt').",
            "financien": "Ch.7: verdeling per leerling, arrangement criteria and max, meerjarenbegroting table, reserve, verantwoording.",
            "dekkend-aanbod": "Ch.4 only refers to the sociale kaart on the website and defers the dekkendheidsanalyse to an addendum; thuiszitters only as OOGO topic, glossary and target indicator.",
            "resultaten": "Ch.8 goals table with 2030 targets; quarterly dashboard, reporting to RvT/OPR, jaarverslag with costs.",
            "ouders": "Ch.9 information for parents deferred to a communicatieplan; steunpunt (OJSP Zaanstreek, onderwijsconsulenten, klachten/geschillen) addressed.",
        },
    }
    return B, labels
# ----------------------------------------------------------------------------------------
# Plan E: PO, web page (.html) with nav and footer
# ----------------------------------------------------------------------------------------
def plan_e():
    naam = "Samenwerkingsverband Passend Onderwijs Vechtstreek-Noord"
    kort = "SWV Vechtstreek-Noord"
    f = filler(naam, kort, "po")
    secs = []

    def sec(h, paras, level=2):
        secs.append((level, h, paras))

    sec("Voorwoord", f["voorwoord"])
    sec("Inleiding", f["inleiding"])
    sec("Hoe dit plan tot stand kwam", f["totstandkoming"])
    sec("Visie en ambities", f["visie"])
    sec("Trends en ontwikkelingen", f["trends"])
    sec("Wet- en regelgeving", f["wetgeving"])
    sec("Basisondersteuning: wat u op iedere school kunt verwachten", [
        "Alle 47 basisscholen van Vechtstreek-Noord hebben afgesproken dat zij, op iedere locatie, ten minste "
        "dezelfde basisondersteuning bieden. Dat is de vloer: geen school zit eronder. Concreet betekent dit dat "
        "u op elke school het volgende aantreft:",
        "<ul><li>een intern begeleider en een vast aanspreekpunt voor ouders;</li>"
        "<li>een dyslexie- en dyscalculieprotocol;</li>"
        "<li>een aanpak voor gedrag en sociale veiligheid, met een jaarlijkse veiligheidsmonitor;</li>"
        "<li>aanbod voor kinderen die meer aankunnen (verrijking binnen de groep);</li>"
        "<li>een zorgstructuur met groepsbesprekingen en een ondersteuningsteam, waarin de schoolmaatschappelijk "
        "werker en de jeugdverpleegkundige deelnemen;</li>"
        "<li>protocollen voor medicijnverstrekking en medisch handelen;</li>"
        "<li>handelingsgericht werken met een groepsplan of groepsoverzicht.</li></ul>",
        "Scholen beschrijven daarnaast in hun schoolgids wat zij bovenop deze basis bieden."])
    sec("Ondersteuningsaanbod", [
        "Het overzicht van arrangementen en bovenschoolse voorzieningen wordt in 2026 opnieuw in kaart gebracht "
        "en daarna gepubliceerd in de sociale kaart op deze website."])
    sec("Niemand thuis", [
        "Ieder kind dat niet naar school gaat, is er één te veel. Wanneer een kind langer dan tien schooldagen niet "
        "of nauwelijks naar school gaat en er geen perspectief is, meldt de school dit bij het Meldpunt Thuiszitten "
        "van het samenwerkingsverband. De trajectbegeleider organiseert binnen vijf werkdagen een overleg met "
        "ouders, school, leerplicht en het sociaal team en maakt een plan met een terugkeerdatum. Na vier weken "
        "volgt een evaluatie; is er dan geen passende plek, dan besluit het Doorbraakoverleg (directeur-bestuurder, "
        "leerplicht en gemeente) binnen twee weken over een oplossing, zo nodig met een tijdelijk maatwerkbudget. "
        "Ieder kwartaal bespreken we alle casussen waarvoor binnen de regio geen passende plek bestond met de "
        "besturen, zodat zij hun aanbod daarop kunnen aanpassen."])
    sec("Toelaatbaarheid", [
        "Informatie over het aanvragen van een toelaatbaarheidsverklaring vindt u op de pagina "
        "<a href=\"tlv.html\">Aanvragen TLV</a> onder 'Voor scholen'."])
    sec("Terug naar de basisschool", [
        "Wij vinden dat een kind in het speciaal (basis)onderwijs de kans moet krijgen om terug te keren naar een "
        "reguliere basisschool zodra dat kan. Dat kan wanneer de doelen in het ontwikkelingsperspectief grotendeels "
        "zijn bereikt, het kind zich in een grotere groep staande kan houden en ouders achter de stap staan. De "
        "ontvangende school krijgt dan een terugkeerarrangement van het samenwerkingsverband: tot 20 uur "
        "ambulante begeleiding in het eerste halfjaar en een bedrag van € 3.500.",
        "Zo werkt het: in elk jaarlijks OPP-gesprek staat de vraag 'kan terugkeer?' op de agenda. Ziet de sbo- of "
        "so-school mogelijkheden, dan meldt zij dit bij de trajectbegeleider van het samenwerkingsverband. Die "
        "organiseert binnen vier weken een overstapoverleg met ouders, speciale school en beoogde basisschool. De "
        "basisschool besluit over toelating; de proefplaatsing duurt zes tot acht weken, waarna de intern begeleider "
        "en de trajectbegeleider evalueren. Het samenwerkingsverband volgt iedere teruggeplaatste leerling een jaar "
        "lang. In het laatste TLV-jaar beoordeelt de speciale school vóór 1 februari of een nieuwe TLV nodig is."])
    sec("Financiën", [
        "De begroting en het verdeelmodel worden jaarlijks door het bestuur vastgesteld en zijn te vinden in de "
        "<a href=\"jaarstukken.pdf\">jaarstukken</a>."])
    sec("Resultaten", [
        "Concrete doelen per ambitie stellen we jaarlijks vast in het jaarplan.",
        "Hoe we resultaten volgen: twee keer per jaar (peildata 1 oktober en 1 maart) verzamelen we het aantal "
        "thuiszitters, het aantal TLV's en terugplaatsingen, het deelnamepercentage sbo en so, de doorlooptijd van "
        "aanvragen en de tevredenheid van ouders en scholen (korte digitale vragenlijst na ieder traject). De "
        "controller bundelt dit in de Vechtstreek-monitor, die het bestuur, de raad van toezicht en de OPR "
        "ontvangen. In juni bespreken de directeuren de monitor in een analysebijeenkomst, en in het "
        "jaarverslag rapporteren we wat is bereikt."])
    sec("Ouders", [
        "Ouders vinden informatie over de ondersteuning in de schoolgids van de school van hun kind en op de "
        "ouderpagina van deze website, waar ook een uitlegvideo staat. Nieuwe ouders ontvangen via de "
        "consultatiebureaus en kinderopvang de folder 'Naar school in Vechtstreek-Noord'. Iedere school houdt "
        "bovendien in het najaar een informatieavond over ondersteuning.",
        "Wij onderzoeken samen met de gemeenten hoe het ouder- en jeugdsteunpunt in onze regio vorm krijgt. "
        "Meer informatie volgt."])
    sec("Organisatie en medezeggenschap", f["governance"] + f["opr"])
    sec("Toezicht en verantwoording", f["toezicht"])
    sec("Het bureau", f["bureau"])
    sec("Jaarcyclus", f["jaarcyclus"])
    sec("Samenwerking met gemeenten", f["oogo"])
    sec("Personeel en privacy", f["personeel"] + f["ict"])
    sec("Kennisdeling en onderzoek", f["kennis"])
    sec("Passend onderwijs in de samenleving", f["samenleving"])
    sec("Planning", f["planning"] + [
        "<table><tr><th>Schooljaar</th><th>Mijlpaal</th></tr>" +
        "".join(f"<tr><td>{a}</td><td>{b}</td></tr>" for a, b in f["planning_tabel"][1:]) + "</table>"])
    sec("Begrippenlijst", [
        "<dl><dt>OJSP</dt><dd>Ouder- en jeugdsteunpunt: onafhankelijke plek waar ouders en jongeren terecht kunnen "
        "met vragen en bij onenigheid met school.</dd>"
        "<dt>TLV</dt><dd>Toelaatbaarheidsverklaring voor sbo of so, afgegeven door de Commissie Toelaatbaarheid.</dd>"
        "<dt>Verdeelmodel</dt><dd>De manier waarop de ondersteuningsmiddelen over de besturen worden verdeeld.</dd>"
        "<dt>Arrangement</dt><dd>Extra ondersteuning bovenop de basisondersteuning.</dd></dl>"])

    def anchor(h):
        return "".join(c if c.isalnum() else "-" for c in h.lower()).strip("-")

    nav = "".join(f'<li><a href="#{anchor(h)}">{h}</a></li>' for _, h, _ in secs)
    body = []
    for lvl, h, paras in secs:
        body.append(f'<section id="{anchor(h)}"><h{lvl}>{h}</h{lvl}>')
        for p in paras:
            body.append(p if p.startswith("<") else f"<p>{p}</p>")
        body.append("</section>")
    html = f"""<!DOCTYPE html>
<html lang="nl">
<head>
<meta charset="utf-8">
<title>Ondersteuningsplan 2026-2030 | {kort}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
</head>
<body>
<header class="site-header">
  <div class="logo">{naam}</div>
  <nav class="hoofdmenu"><ul>
    <li><a href="index.html">Home</a></li><li><a href="ouders.html">Voor ouders</a></li>
    <li><a href="scholen.html">Voor scholen</a></li><li><a href="tlv.html">Aanvragen TLV</a></li>
    <li><a href="organisatie.html">Organisatie</a></li><li><a href="contact.html">Contact</a></li>
  </ul></nav>
</header>
<div class="breadcrumb">Home &gt; Organisatie &gt; Ondersteuningsplan</div>
<aside class="inhoud"><h2>Op deze pagina</h2><ul>{nav}</ul>
<p><a href="ondersteuningsplan-2026-2030.pdf">Download het ondersteuningsplan (pdf)</a></p></aside>
<main>
<h1>Ondersteuningsplan 2026-2030</h1>
<p class="intro">Dit is de webversie van het ondersteuningsplan van {naam} (PO 26-08), vastgesteld op 22 april 2026
na instemming van de ondersteuningsplanraad.</p>
{chr(10).join(body)}
</main>
<footer class="site-footer">
  <p>{naam} · Postbus 1200 · 3600 AA Maarssen-Noord · info@swv-vechtstreeknoord.example</p>
  <p><a href="privacy.html">Privacyverklaring</a> · <a href="cookies.html">Cookies</a> ·
     <a href="klachten.html">Klachtenregeling</a> · <a href="ouders.html">Ouder- en jeugdsteunpunt</a></p>
  <p>© 2026 {kort}</p>
</footer>
</body>
</html>
"""
    labels = {
        "sector": "po",
        "elements": {"basisondersteuning": "present", "plaatsing": "missing", "terugstroom": "present",
                     "financien": "missing", "dekkend-aanbod": "partial", "resultaten": "partial",
                     "ouders": "partial"},
        "criteria": {"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
                     "plaatsing.procedure": False, "plaatsing.criteria": False,
                     "terugstroom.procedure": True, "terugstroom.beleid": True,
                     "financien.verdeling": False, "financien.besteding": False,
                     "dekkend-aanbod.continuum": False, "dekkend-aanbod.lacunes": True,
                     "resultaten.doelen": False, "resultaten.monitoring": True,
                     "ouders.informatie": True, "ouders.steunpunt": False},
        "advisory_addressed": {"dekkend-aanbod": ["ketenpartners"], "terugstroom": ["monitoring"]},
        "notes": {
            "basisondersteuning": "Section 'Basisondersteuning: wat u op iedere school kunt verwachten': floor for every location + concrete list.",
            "plaatsing": "Section 'Toelaatbaarheid' only links to another page (tlv.html); TLV otherwise only in nav, glossary and passing mentions.",
            "terugstroom": "Section 'Terug naar de basisschool': policy (conditions, terugkeerarrangement) and procedure (OPP-gesprek, trajectbegeleider, overstapoverleg, proefplaatsing, 1 februari).",
            "financien": "Section 'Financiën' only refers to the jaarstukken pdf; verdeelmodel only in glossary.",
            "dekkend-aanbod": "'Niemand thuis' handles gaps/thuiszitters concretely (lacunes); continuum deferred ('wordt in 2026 opnieuw in kaart gebracht').",
            "resultaten": "Goals deferred to jaarplan; monitoring described (peildata, indicators, monitor, analysebijeenkomst, jaarverslag).",
            "ouders": "Informatie via schoolgids, ouderpagina, folder, informatieavond; steunpunt deferred ('Meer informatie volgt'), OJSP only in glossary and footer link.",
        },
    }
    return html, labels


# ----------------------------------------------------------------------------------------
# F: not a plan — ondersteuningsprofiel of a VO school
# ----------------------------------------------------------------------------------------
def not_a_plan():
    school = "Het Baken College"
    B = [("title", "Schoolondersteuningsprofiel 2025-2026"),
         ("p", f"{school} – vmbo (basis, kader, gemengde/theoretische leerweg) en havo – locatie Zaanstroom"),
         ("h1", "Inhoud"),
         ("p", "1 Inleiding\n2 Onze school\n3 Basisondersteuning\n4 Extra ondersteuning\n5 Grenzen aan ons aanbod\n"
               "6 Toelaatbaarheid tot vso, lwoo en pro\n7 Ouders\n8 Resultaten en ambities\n9 Contact"),
         ("h1", "1 Inleiding"),
         ("p", "Iedere school stelt een schoolondersteuningsprofiel (SOP) op. Hierin beschrijven we welke "
               "ondersteuning onze school biedt, welke extra ondersteuning mogelijk is en waar onze grenzen liggen. "
               "Dit profiel is vastgesteld door de directie na advies van de medezeggenschapsraad. Het profiel "
               "maakt deel uit van het dekkend netwerk van het Samenwerkingsverband VO Zaanstroom; het "
               "ondersteuningsplan van het samenwerkingsverband vindt u op de website van het samenwerkingsverband."),
         ("h1", "2 Onze school"),
         ("p", f"{school} telt 1.140 leerlingen. We bieden vmbo en havo in een kleinschalige setting met een eigen "
               "onderbouwlocatie. Ongeveer 22% van onze leerlingen heeft een aanwijzing leerwegondersteuning. "
               "Onze kernwaarden zijn veiligheid, vakmanschap en vertrouwen. Wij geloven dat iedere leerling talent "
               "heeft en dat het onze taak is om dat talent zichtbaar te maken."),
         ("p", "Het team bestaat uit 96 docenten, 4 mentorcoaches, een ondersteuningscoördinator, twee "
               "orthopedagogen (samen 1,2 fte), een schoolmaatschappelijk werker en een leerlingbegeleider "
               "per afdeling. Wij werken samen met de jeugdarts, het wijkteam en leerplicht."),
         ("h1", "3 Basisondersteuning"),
         ("p", "Onze school biedt de basisondersteuning die in het samenwerkingsverband is afgesproken. Dat "
               "betekent concreet:"),
         ("bullets", ["mentoraat met een wekelijks mentoruur en twee gesprekken per jaar met leerling en ouders;",
                      "dyslexie- en dyscalculiebeleid met faciliteiten (extra tijd, vergroting, voorleessoftware);",
                      "huiswerkklas vier middagen per week;",
                      "faalangst- en examenvreestraining;",
                      "een rustruimte en een time-outvoorziening met begeleiding;",
                      "een zorgadviesteam dat zes keer per jaar bijeenkomt."]),
         ("h1", "4 Extra ondersteuning"),
         ("p", "Naast de basisondersteuning bieden wij extra ondersteuning in de vorm van arrangementen: de "
               "Kompasklas voor leerlingen met autisme in de onderbouw (maximaal 14 leerlingen), individuele "
               "begeleiding door de orthopedagoog, en een trajectvoorziening voor leerlingen die tijdelijk uit de "
               "les moeten. Voor een arrangement stelt de mentor samen met de ondersteuningscoördinator een "
               "ontwikkelingsperspectiefplan op. Ouders en leerling worden hierbij gehoord; de leerling geeft "
               "zijn of haar mening over het OPP."),
         ("p", "Voor arrangementen die wij niet zelf kunnen bieden, vragen wij ondersteuning aan bij het Loket "
               "van het samenwerkingsverband. De middelen die wij daarvoor ontvangen, zetten wij in voor extra "
               "handen in de klas en de Kompasklas."),
         ("h1", "5 Grenzen aan ons aanbod"),
         ("p", "Wij kunnen geen passend onderwijs bieden aan leerlingen die structureel een-op-een-begeleiding "
               "nodig hebben, aan leerlingen met ernstige externaliserende gedragsproblematiek die de veiligheid "
               "van anderen in gevaar brengt, en aan leerlingen die intensieve verpleegkundige zorg nodig hebben. "
               "Ons gebouw heeft drie verdiepingen en een lift; rolstoeltoegankelijkheid is beperkt tot de "
               "begane grond en de eerste verdieping."),
         ("h1", "6 Toelaatbaarheid tot vso, lwoo en pro"),
         ("p", "Als onze school niet kan bieden wat een leerling nodig heeft, zoeken we samen met ouders naar een "
               "passende plek. Voor het voortgezet speciaal onderwijs is een toelaatbaarheidsverklaring van het "
               "samenwerkingsverband nodig; wij dienen die aanvraag in via het Loket. Leerlingen die bij ons worden "
               "aangemeld met een advies voor praktijkonderwijs verwijzen wij door naar de scholen voor "
               "praktijkonderwijs. De aanwijzing lwoo vragen wij aan voor nieuwe leerlingen vóór 1 mei."),
         ("p", "Leerlingen die terugkeren vanuit het vso of het OPDC ontvangen bij ons een overstapgesprek en een "
               "vaste mentor; de eerste acht weken evalueren we iedere twee weken."),
         ("h1", "7 Ouders"),
         ("p", "Wij informeren ouders via de schoolgids, de ouderavonden en het ouderportaal. Heeft u vragen over "
               "ondersteuning, neem dan contact op met de mentor. Komen we er samen niet uit, dan kunt u terecht "
               "bij het Ouder- en Jeugdsteunpunt Zaanstreek of bij een onderwijsconsulent. Onze klachtenregeling "
               "staat in de schoolgids."),
         ("h1", "8 Resultaten en ambities"),
         ("p", "In 2024-2025 slaagde 93% van onze examenkandidaten. 96% van de leerlingen met een arrangement "
               "bleef op school. Komend jaar willen we de Kompasklas uitbreiden naar leerjaar 3 en het aantal "
               "schorsingen halveren. De resultaten bespreken we jaarlijks met de medezeggenschapsraad."),
         ("h1", "9 Contact"),
         ("p", f"{school} · Dijkweg 40 · ondersteuningscoördinator: mevr. A. de Boer · zorg@hetbaken.example"),
    ]
    # add realistic length with school-level filler
    extra = [
        ("h1", "Bijlage: Onze ondersteuningsstructuur in de praktijk"),
        ("p", "De eerste lijn van de ondersteuning ligt bij de docent en de mentor. Docenten signaleren, stemmen "
              "hun lessen af op verschillen en bespreken zorgen met de mentor. De mentor is het eerste "
              "aanspreekpunt voor leerling en ouders en voert twee keer per jaar een voortgangsgesprek."),
        ("p", "De tweede lijn wordt gevormd door de leerlingbegeleiders en de mentorcoaches. Zij ondersteunen "
              "mentoren, voeren gesprekken met leerlingen met sociaal-emotionele vragen en coördineren de "
              "faalangsttrainingen. Bij zorgen over verzuim schakelen zij de verzuimcoördinator in."),
        ("p", "De derde lijn bestaat uit de ondersteuningscoördinator, de orthopedagogen en de "
              "schoolmaatschappelijk werker, die samen met de jeugdarts en de leerplichtambtenaar het "
              "zorgadviesteam vormen. Het zorgadviesteam bespreekt leerlingen bij wie de ondersteuning op school "
              "onvoldoende effect heeft en adviseert over een arrangement of een aanvraag bij het samenwerkingsverband."),
    ]
    labels = {
        "sector": "vo",
        "looks_like_plan": False,
        "note": "Schoolondersteuningsprofiel of a single VO school (Het Baken College): describes the school's own "
                "basis/extra ondersteuning and limits, refers to the samenwerkingsverband's ondersteuningsplan; no "
                "verband-level TLV procedure, verdeelmodel, begroting, OPR/OOGO or planperiode.",
    }
    return B + extra, labels


# ----------------------------------------------------------------------------------------
# main
# ----------------------------------------------------------------------------------------
CORE = ["basisondersteuning.niveau", "basisondersteuning.inhoud", "plaatsing.procedure", "plaatsing.criteria",
        "terugstroom.procedure", "terugstroom.beleid", "financien.verdeling", "financien.besteding",
        "dekkend-aanbod.continuum", "dekkend-aanbod.lacunes", "resultaten.doelen", "resultaten.monitoring",
        "ouders.informatie", "ouders.steunpunt"]
ELEMENTS = ["basisondersteuning", "plaatsing", "terugstroom", "financien", "dekkend-aanbod", "resultaten", "ouders"]


def _q(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def write_label(outdir, stem, documents, lab):
    lines = [f"documents: [{', '.join(documents)}]", f"sector: {lab['sector']}"]
    if lab.get("looks_like_plan", True) is False:
        lines += ["looks_like_plan: false", "elements: {}", "criteria: {}", "advisory_addressed: {}",
                  "notes:", f"  document: {_q(lab['note'])}"]
    else:
        el = lab["elements"]
        # consistency check of the status rule
        for e in ELEMENTS:
            cs = [lab["criteria"][c] for c in CORE if c.startswith(e + ".")]
            adv = lab.get("advisory_addressed", {}).get(e, [])
            want = "present" if all(cs) else ("partial" if any(cs) or adv else "missing")
            assert el[e] == want, (stem, e, el[e], want)
        lines += ["looks_like_plan: true",
                  "elements: {" + ", ".join(f"{e}: {el[e]}" for e in ELEMENTS) + "}",
                  "criteria:"]
        lines += [f"  {c}: {'true' if lab['criteria'][c] else 'false'}" for c in CORE]
        lines.append("advisory_addressed:")
        adv = lab.get("advisory_addressed", {})
        for e in ELEMENTS:
            if adv.get(e):
                lines.append(f"  {e}: [{', '.join(adv[e])}]")
        lines.append("notes:")
        for e in ELEMENTS:
            lines.append(f"  {e}: {_q(lab['notes'][e])}")
    with open(os.path.join(outdir, stem + ".expected.yaml"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")


def main():
    outdir = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

    blocks, lab = plan_a()
    build_docx(blocks, os.path.join(outdir, "po-lingewaarde-kopstijlen.docx"), dutch_styles=True)
    write_label(outdir, "po-lingewaarde-kopstijlen", ["po-lingewaarde-kopstijlen.docx"], lab)

    blocks, lab = plan_b()
    docx_to_pdf(blocks, os.path.join(outdir, "po-brededelta-website.pdf"),
                header_text="Ondersteuningsplan 2026-2030 | SWV De Brede Delta",
                footer_text="Stichting SWV Passend Onderwijs De Brede Delta – ")
    write_label(outdir, "po-brededelta-website", ["po-brededelta-website.pdf"], lab)

    blocks, lab = plan_c()
    docx_to_pdf(blocks, os.path.join(outdir, "vo-rivierenland-tweekolom.pdf"),
                header_text="SWV VO Rivierenland-Oost · Ondersteuningsplan 2026-2030",
                footer_text="")
    write_label(outdir, "vo-rivierenland-tweekolom", ["vo-rivierenland-tweekolom.pdf"], lab)

    blocks, lab = plan_d()
    build_docx(blocks, os.path.join(outdir, "vo-zaanstroom-concept.docx"),
               header_text="SWV Zaanstroom – Ondersteuningsplan 2026-2030 – concept ter instemming")
    write_label(outdir, "vo-zaanstroom-concept", ["vo-zaanstroom-concept.docx"], lab)

    html, lab = plan_e()
    with open(os.path.join(outdir, "po-vechtstreek-webversie.html"), "w", encoding="utf-8") as fh:
        fh.write(html)
    write_label(outdir, "po-vechtstreek-webversie", ["po-vechtstreek-webversie.html"], lab)

    blocks, lab = not_a_plan()
    build_docx(blocks, os.path.join(outdir, "vo-hetbaken-schoolondersteuningsprofiel.docx"),
               header_text="Het Baken College – Schoolondersteuningsprofiel 2025-2026")
    write_label(outdir, "vo-hetbaken-schoolondersteuningsprofiel",
                ["vo-hetbaken-schoolondersteuningsprofiel.docx"], lab)


if __name__ == "__main__":
    main()
