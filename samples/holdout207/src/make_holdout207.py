#!/usr/bin/env python3
"""Generate the holdout207 labelled test set for opcheck.

Writes five fictional ondersteuningsplannen (PO and VO; .docx, .pdf via LibreOffice, .html)
plus one near-miss document (a school-level 'ondersteuningsplan' of a basisschool) and a
<name>.expected.yaml label file for each. Deterministic, no network.
"""
import html
import shutil
import subprocess
import tempfile
import zipfile
from datetime import datetime
from pathlib import Path

from docx import Document
from docx.enum.text import WD_BREAK
from docx.shared import Pt

OUT = Path(__file__).resolve().parent.parent
FIXED_DT = datetime(2026, 3, 1, 12, 0, 0)

# --------------------------------------------------------------------------------------------
# block helpers: a document is a list of (kind, payload) tuples
# kinds: h1, h2, p, ul, table (list of rows, first row = header)
# --------------------------------------------------------------------------------------------


def H1(t):
    return ("h1", t)


def H2(t):
    return ("h2", t)


def P(t):
    return ("p", " ".join(t.split()))


def UL(*items):
    return ("ul", [" ".join(i.split()) for i in items])


def TABLE(*rows):
    return ("table", [list(r) for r in rows])


# --------------------------------------------------------------------------------------------
# shared filler chapters (parameterised per plan); they mention element words only in passing
# --------------------------------------------------------------------------------------------


def voorwoord(p):
    return [
        H1("Voorwoord"),
        P(f"""Voor u ligt het ondersteuningsplan {p['periode']} van {p['naam']}. Het is het derde plan
        sinds de invoering van passend onderwijs in 2014 en het eerste dat we volledig samen met de
        schoolbesturen, de gemeenten en de medezeggenschap hebben geschreven. In de afgelopen jaren is er
        veel bereikt, maar we zien ook dat de vragen in de klas complexer worden. Leerkrachten,
        intern begeleiders, ondersteuningscoördinatoren, ouders en onze partners in de jeugdhulp hebben
        ons in tientallen gesprekken laten weten wat zij van het samenwerkingsverband verwachten."""),
        P(f"""Dit plan is geen handboek. Het beschrijft de koers op hoofdlijnen en de afspraken die voor
        alle {p['scholen']} scholen in {p['regio']} gelden. Waar dat nodig is verwijzen we naar
        uitwerkingen die jaarlijks worden bijgesteld. We danken iedereen die heeft meegedacht: de leden
        van de werkgroepen, de directeuren, de leden van de ondersteuningsplanraad en de wethouders
        onderwijs en jeugd. Samen blijven we werken aan goede resultaten voor ieder kind, een verstandige
        inzet van middelen en een warme overdracht waar dat nodig is."""),
        P(f"""{p['directeur']}, directeur-bestuurder"""),
    ]


def context(p):
    rows = [("Gemeente", "Aantal scholen", "Leerlingen 1-10-2025")]
    rows += [(g, str(s), f"{n:,}".replace(",", ".")) for g, s, n in p["gemeenten"]]
    return [
        H1("Ons samenwerkingsverband"),
        P(f"""{p['naam']} ({p['code']}) is een stichting waarin {p['besturen']} schoolbesturen samenwerken.
        Het werkgebied omvat de gemeenten {', '.join(g for g, _, _ in p['gemeenten'])}. In totaal gaat het
        om {p['scholen']} scholen met samen ruim {p['leerlingen']} leerlingen. De regio kent zowel
        stedelijke kernen als kleine dorpen; in het oostelijk deel daalt het aantal leerlingen, terwijl in
        de nieuwbouwwijken van de grotere kernen scholen juist groeien. Dat heeft gevolgen voor de
        spreiding van voorzieningen en voor het leerlingenvervoer."""),
        TABLE(*rows),
        P("""De cijfers in de tabel zijn ontleend aan de teldatum van 1 oktober 2025 (bron: DUO). Ze
        zijn bedoeld als achtergrond; prognoses voor de komende jaren zijn opgenomen in de
        jaarlijkse kengetallenrapportage. De samenstelling van de leerlingpopulatie verschilt sterk per
        kern: in sommige wijken spreekt meer dan een kwart van de kinderen thuis een andere taal dan het
        Nederlands, in andere dorpen is de school het laatste voorzieningenpunt."""),
    ]


def visie(p):
    return [
        H1("Visie, missie en uitgangspunten"),
        P(f"""Onze missie is kort: {p['missie']} Die missie vraagt om scholen die zich eigenaar voelen
        van de ontwikkeling van iedere leerling, en om een samenwerkingsverband dat faciliteert,
        verbindt en waar nodig doorzet. We geloven dat kinderen en jongeren het best tot hun recht komen
        in een omgeving die dichtbij huis is, waar zij vriendjes hebben en waar hun talenten worden
        gezien."""),
        P("""Vijf uitgangspunten geven richting aan ons handelen. Ten eerste: de leerkracht en de mentor
        maken het verschil, dus investeren we in hun vakmanschap. Ten tweede: we denken vanuit
        mogelijkheden en niet vanuit etiketten; een diagnose is geen voorwaarde voor ondersteuning. Ten
        derde: ouders zijn gesprekspartner en kennen hun kind het best. Ten vierde: we werken
        handelingsgericht en transparant. Ten vijfde: we organiseren het zo licht als het kan en zo zwaar
        als het moet, met zo min mogelijk bureaucratie rond arrangementen en
        toelaatbaarheid."""),
        P("""Deze uitgangspunten zijn in de afgelopen periode met alle geledingen besproken. Ze vormen
        het kader voor de keuzes in de volgende hoofdstukken en voor de jaarplannen van het bureau. De
        schoolbesturen vertalen ze naar hun eigen strategisch beleid; het samenwerkingsverband
        bewaakt de samenhang."""),
    ]


def terugblik(p, extra=""):
    return [
        H1("Terugblik op de vorige planperiode"),
        P(f"""In de vorige planperiode lag de nadruk op het vereenvoudigen van de ondersteuningsroute en
        het versterken van het netwerk rond de scholen. Er is een nieuwe website gelanceerd, het bureau is
        verhuisd naar een centrale locatie en het registratiesysteem is vernieuwd. De
        externe evaluatie door een onderzoeksbureau in het voorjaar van 2025 leverde een waardering op
        van scholen en partners, maar ook kritische punten: de procedures werden als te
        ingewikkeld ervaren, de communicatie richting scholen kon beter en de verbinding met het
        voortgezet onderwijs was nog te vrijblijvend. {extra}"""),
        P("""De evaluatie is besproken met de directeuren, de intern begeleiders, de
        ondersteuningsplanraad en de gemeenten. De belangrijkste lessen zijn meegenomen in dit plan:
        minder papier, meer gesprek, en heldere afspraken over wie waarvoor verantwoordelijk is. De
        volledige evaluatie is op te vragen bij het bureau."""),
    ]


def governance(p, opr_ouders=True):
    opr = (f"""De ondersteuningsplanraad (OPR) telt {p['opr']} leden: de helft is ouder van een leerling op
        een van de aangesloten scholen, de andere helft is personeelslid. De leden worden
        afgevaardigd door de medezeggenschapsraden. Via de ouderleden in de OPR hebben ouders
        instemmingsrecht op dit plan en praten zij mee over de ontwikkeling van het beleid; de OPR
        vergadert zes keer per jaar en wordt ondersteund door een ambtelijk secretaris."""
           if opr_ouders else
           f"""De ondersteuningsplanraad (OPR) heeft instemmingsrecht op het ondersteuningsplan. De OPR
        telt {p['opr']} leden, vergadert zes keer per jaar en wordt ondersteund door een ambtelijk
        secretaris. Het reglement van de OPR is in 2024 geactualiseerd.""")
    return [
        H1("Organisatie en governance"),
        P(f"""{p['naam']} is een stichting. Het bestuur wordt gevormd door een directeur-bestuurder;
        het intern toezicht ligt bij een raad van toezicht van vijf leden, van wie twee onafhankelijk.
        De schoolbesturen zijn vertegenwoordigd in de algemene vergadering van aangesloten besturen,
        die onder meer het ondersteuningsplan en de jaarrekening goedkeurt. Het bestuur volgt de Code
        Goed Bestuur en legt jaarlijks verantwoording af aan de raad van toezicht."""),
        P("""Het bureau van het samenwerkingsverband voert de werkzaamheden uit. Er is een heldere
        scheiding tussen beleid (algemene vergadering), uitvoering (directeur-bestuurder en bureau) en
        toezicht (raad van toezicht). Jaarlijks evalueert de raad van toezicht het eigen functioneren en
        dat van de bestuurder. Er is een klokkenluidersregeling voor medewerkers van het bureau."""),
        P(opr),
        P("""Het bureau heeft een eigen medezeggenschapsraad voor de medewerkers die in dienst zijn van het
        samenwerkingsverband. Daarnaast is er een regulier overleg met de directeuren van de
        speciale scholen in de regio en met de voorzitters van de schoolbesturen."""),
    ]


def oogo(p, inhoudelijk=True):
    if not inhoudelijk:
        return [
            H1("Overleg met gemeenten en aangrenzende verbanden"),
            P(f"""Het op overeenstemming gericht overleg (OOGO) over het concept van dit plan is gevoerd op
            {p['oogo_datum']} met de colleges van {', '.join(g for g, _, _ in p['gemeenten'])}. Het
            verslag is vastgesteld zonder voorbehouden. Het overleg met het aangrenzende
            samenwerkingsverband vond plaats op dezelfde dag. Beide gesprekken zijn vastgelegd in een
            verslag dat bij het bureau kan worden opgevraagd."""),
        ]
    return [
        H1("Samenwerking met gemeenten en jeugdhulp"),
        P(f"""Onderwijs en jeugdhulp raken elkaar op veel plaatsen. Met de gemeenten
        {', '.join(g for g, _, _ in p['gemeenten'])} hebben we in het OOGO van {p['oogo_datum']} afgesproken
        op vier thema's samen te werken: de aansluiting tussen ondersteuning op school en jeugdhulp in en
        om de school, onderwijs-zorgarrangementen voor leerlingen die beide nodig hebben,
        leerlingenvervoer, en onderwijshuisvesting voor speciale voorzieningen. Iedere school heeft een
        vaste contactpersoon van het wijkteam die aanschuift bij het ondersteuningsteam van de school."""),
        P("""Voor onderwijs-zorgarrangementen geldt een gezamenlijke werkwijze: school, wijkteam en
        samenwerkingsverband maken één plan, waarin staat wie welk deel van de begeleiding
        organiseert. De gemeenten hebben toegezegd dat de doorlooptijd voor
        een beschikking jeugdhulp in die gevallen maximaal vier weken is. Jaarlijks evalueren we deze
        afspraken in het bestuurlijk overleg onderwijs-jeugd."""),
        P("""Met het aangrenzende samenwerkingsverband in de andere sector is overleg gevoerd over de
        overstap tussen primair en voortgezet onderwijs en over het gezamenlijk gebruik van
        expertise."""),
    ]


def personeel(p):
    return [
        H1("Personeel en bureau"),
        P(f"""Het bureau telt {p['fte']} fte, verdeeld over een directeur-bestuurder, een
        beleidsmedewerker, een controller, een secretariaat, orthopedagogen en consulenten. Een deel van
        de medewerkers is gedetacheerd vanuit de schoolbesturen. We houden de formatie bewust klein; de
        expertise moet zo veel mogelijk in de scholen zitten en niet op het bureau."""),
        P("""Het personeelsbeleid van het bureau volgt de cao van de sector. Medewerkers hebben een
        persoonlijk ontwikkelplan, er is een gesprekscyclus en een scholingsbudget. Het ziekteverzuim
        van het bureau was in 2025 laag. Vanwege het lerarentekort zien we dat ook het werven van
        orthopedagogen en gedragsspecialisten lastiger wordt; we werken daarom samen met de
        pabo en de universiteit aan stageplaatsen en traineeships."""),
    ]


def ict(p):
    return [
        H1("ICT, privacy en gegevensbeheer"),
        P("""Het samenwerkingsverband verwerkt persoonsgegevens van leerlingen, waaronder in sommige
        gevallen gezondheidsgegevens, voor zover dat nodig is voor de wettelijke taken. Dossiers voor
        aanvragen worden uitsluitend via een beveiligde digitale omgeving uitgewisseld; versturen per
        gewone e-mail is niet toegestaan. Er is een functionaris gegevensbescherming aangesteld die wordt
        gedeeld met een aantal schoolbesturen."""),
        P("""Gegevens worden niet langer bewaard dan wettelijk toegestaan. Het privacyreglement en het
        verwerkingsregister worden jaarlijks geactualiseerd. In 2026 vervangen we het huidige
        registratiesysteem door een nieuw systeem dat beter aansluit bij de leerlingadministratie van de
        scholen."""),
    ]


def planning(p):
    return [
        H1("Totstandkoming en planning"),
        P(f"""Het concept van dit plan is besproken in de algemene vergadering van aangesloten besturen en
        in het OOGO met de gemeenten op {p['oogo_datum']}. De ondersteuningsplanraad heeft op
        {p['opr_datum']} ingestemd. Het bestuur heeft het plan vervolgens definitief vastgesteld op
        {p['vaststelling']}; het is vóór 1 mei 2026 aan de Inspectie van het Onderwijs gezonden."""),
        TABLE(("Stap", "Datum"),
              ("Concept in algemene vergadering", "januari 2026"),
              ("OOGO gemeenten", p["oogo_datum"]),
              ("Instemming OPR", p["opr_datum"]),
              ("Vaststelling bestuur", p["vaststelling"]),
              ("Toezending Inspectie", "vóór 1 mei 2026")),
        P("""Het plan geldt voor vier schooljaren. Halverwege de planperiode vindt een tussentijdse
        evaluatie plaats; wijzigingen in het plan worden opnieuw aan de ondersteuningsplanraad
        voorgelegd."""),
    ]



def wetgeving(p):
    lid = "18a WPO" if p["code"].startswith("PO") else "17a WVO (thans artikel 2.47 e.v. WVO 2020)"
    return [
        H1("Wettelijk kader"),
        P(f"""Het ondersteuningsplan is gebaseerd op artikel {lid}. De wet schrijft voor dat het plan in
        elk geval ingaat op de samenhang van de ondersteuningsvoorzieningen en de basisondersteuning, de
        verdeling en besteding van de middelen, de procedure en criteria voor toelaatbaarheid, de
        terugplaatsing of overplaatsing na afloop van een toelaatbaarheidsverklaring, de beoogde en
        behaalde resultaten, en de informatie aan ouders over de ondersteuning en over onafhankelijke
        ondersteuningsmogelijkheden. Het plan wordt ten minste eens per vier jaar vastgesteld, na
        op overeenstemming gericht overleg met de gemeenten en met instemming van de
        ondersteuningsplanraad."""),
        P("""In de afgelopen jaren is de wetgeving op onderdelen gewijzigd. De Wet versterking positie
        ouders en leerlingen in het passend onderwijs regelt onder meer het hoorrecht van leerlingen bij
        het ontwikkelingsperspectief, de verplaatsing van het schoolondersteuningsprofiel naar de
        schoolgids en de verplichting voor elk samenwerkingsverband om een ouder- en jeugdsteunpunt te
        hebben. Daarnaast werkt het ministerie aan een landelijke norm voor basisondersteuning. Wij
        volgen deze ontwikkelingen en passen het plan aan zodra de regelgeving daarom vraagt; de
        inwerkingtreding van verschillende onderdelen is op het moment van schrijven nog niet
        bekend."""),
    ]


def regio(p):
    return [
        H1("Ontwikkelingen in de regio"),
        P(f"""De komende jaren verandert {p['regio']} zichtbaar. De gemeenten bouwen samen enkele duizenden
        woningen, vooral aan de randen van de grotere kernen, terwijl in de kleinere dorpen de vergrijzing
        doorzet. Volgens de prognoses van de gemeenten daalt het aantal leerlingen in de planperiode in
        de buitengebieden met vijf tot tien procent, terwijl enkele wijken juist te maken krijgen met
        capaciteitsproblemen. Schoolbesturen bereiden zich voor op fusies en op de bouw van
        integrale kindcentra."""),
        P("""Het lerarentekort is in onze regio minder groot dan in de Randstad, maar wel voelbaar,
        vooral bij invalwerk en bij specialistische functies. Steeds meer scholen werken met
        onderwijsassistenten en zij-instromers. Ook de arbeidsmarkt voor jeugdhulpprofessionals is
        krap, wat leidt tot wachtlijsten. De gemeenten zijn bezig met een herinrichting van de
        toegang tot jeugdhulp; de gevolgen daarvan voor scholen zijn nog niet volledig te
        overzien."""),
        P("""Tot slot zien we maatschappelijke ontwikkelingen die het werk van scholen raken: meer
        kinderen groeien op in armoede, het aantal nieuwkomers schommelt sterk per jaar, en de
        mentale gezondheid van kinderen en jongeren staat onder druk. Deze ontwikkelingen vragen om
        wendbaarheid van scholen en van het samenwerkingsverband."""),
    ]


def kennis(p):
    return [
        H1("Kennisdeling en professionalisering"),
        P("""Het samenwerkingsverband organiseert netwerken waarin professionals van verschillende
        scholen van elkaar leren. Er zijn netwerken voor directeuren, voor intern begeleiders en
        ondersteuningscoördinatoren, voor gedragsspecialisten en voor talentcoördinatoren. De
        netwerken komen vier tot zes keer per jaar bijeen en worden voorbereid door een kerngroep
        uit het veld. Eén keer per jaar organiseren we een regionale studiedag met workshops en een
        keynote."""),
        P("""Daarnaast ondersteunen we lerende netwerken rond actuele thema's, zoals de inzet van
        onderwijsassistenten, werken met digitale hulpmiddelen, omgaan met schoolangst en samenwerken
        met ouders. De thema's worden jaarlijks met de besturen vastgesteld. Deelname is vrijwillig. Wij stimuleren scholen om
        goede voorbeelden te delen op het platform van het samenwerkingsverband."""),
    ]


def strategie(p):
    return [
        H1("Strategische thema's van het bureau"),
        P("""Naast de wettelijke taken werkt het bureau in deze planperiode aan vier strategische
        thema's. Het eerste thema is eenvoud: minder formulieren, één digitaal portaal voor alle
        aanvragen en heldere doorlooptijden voor de interne processen van het bureau. Het tweede thema is
        nabijheid: consulenten zijn vaker op de scholen aanwezig en minder op kantoor. Het derde thema is
        datagedreven werken: het bureau investeert in een betere registratie en in analysecapaciteit. Het
        vierde thema is duurzame inzetbaarheid van de eigen medewerkers."""),
        P("""Per thema stelt het bureau jaarlijks een activiteitenplan op, dat in het jaarplan wordt
        opgenomen en aan de raad van toezicht wordt voorgelegd. Deze thema's gaan over de werkwijze van
        het bureau zelf en staan los van de inhoudelijke keuzes in de overige hoofdstukken."""),
    ]


def overleg(p):
    return [
        H1("Overlegstructuur en jaarcyclus"),
        P(f"""Het samenwerkingsverband kent een vaste overlegstructuur. De algemene vergadering van
        aangesloten besturen komt vier keer per jaar bijeen, waarvan één keer voor de jaarrekening en één
        keer voor het jaarplan. Het directeurenoverleg komt zes keer per jaar bijeen en bereidt inhoudelijke
        voorstellen voor. De raad van toezicht vergadert vijf keer per jaar, waarvan één keer met de
        ondersteuningsplanraad en één keer met de algemene vergadering. Het bureau heeft wekelijks een
        teamoverleg en maandelijks een overleg met de consulenten."""),
        TABLE(("Maand", "Vast onderwerp"),
              ("september", "start schooljaar, netwerken, jaarplan bureau"),
              ("november", "bestuurlijk overleg, evaluatie netwerken"),
              ("januari", "directeurenoverleg: voorbereiding jaarplan"),
              ("april", "jaarrekening, verslag raad van toezicht"),
              ("juni", "jaarplan volgend schooljaar, evaluatie overlegstructuur")),
        P(f"""Deze jaarcyclus geeft scholen en partners houvast: zij weten wanneer welke onderwerpen aan de
        orde komen en wanneer zij input kunnen leveren. Agenda's en besluitenlijsten worden gedeeld via
        het besloten deel van de website. Wie een onderwerp wil agenderen, kan dat melden bij het
        secretariaat van {p['naam']}, uiterlijk drie weken voor de vergadering. De overlegstructuur wordt
        halverwege de planperiode geëvalueerd; daarbij kijken we ook naar de belasting van schoolleiders,
        die nu vaak aan meerdere overleggen deelnemen, en naar de mogelijkheid om overleggen te
        combineren of digitaal te houden."""),
    ]

# --------------------------------------------------------------------------------------------
# renderers
# --------------------------------------------------------------------------------------------


def _toc_lines(blocks):
    lines, n1, n2, page = [], 0, 0, 3
    for kind, t in blocks:
        if kind == "h1":
            n1, n2 = n1 + 1, 0
            page += 2
            lines.append(f"{n1}  {t} ........ {page}")
        elif kind == "h2":
            n2 += 1
            lines.append(f"    {n1}.{n2}  {t} ........ {page}")
    return lines


def numbered(blocks):
    """Return blocks with chapter/section numbers prefixed to the headings."""
    out, n1, n2 = [], 0, 0
    for kind, t in blocks:
        if kind == "h1" and not t.startswith("Bijlage"):
            n1, n2 = n1 + 1, 0
            out.append((kind, f"{n1}. {t}"))
        elif kind == "h2" and n1:
            n2 += 1
            out.append((kind, f"{n1}.{n2} {t}"))
        else:
            out.append((kind, t))
    return out


def write_docx(path, meta, blocks):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = meta["header"]
    sec.footer.paragraphs[0].text = meta["footer"]
    # title page
    for _ in range(4):
        doc.add_paragraph("")
    t = doc.add_paragraph()
    r = t.add_run(meta["title"])
    r.bold = True
    r.font.size = Pt(24)
    for line in meta["subtitle"]:
        doc.add_paragraph(line)
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    # table of contents (static text, as in many exported plans)
    doc.add_paragraph("Inhoudsopgave", style="Heading 1")
    for line in _toc_lines(blocks):
        doc.add_paragraph(line)
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    for kind, payload in numbered(blocks):
        if kind == "h1":
            doc.add_paragraph(payload, style="Heading 1")
        elif kind == "h2":
            doc.add_paragraph(payload, style="Heading 2")
        elif kind == "p":
            doc.add_paragraph(payload)
        elif kind == "ul":
            for it in payload:
                doc.add_paragraph(it, style="List Bullet")
        elif kind == "table":
            tab = doc.add_table(rows=len(payload), cols=len(payload[0]))
            tab.style = "Table Grid"
            for i, row in enumerate(payload):
                for j, cell in enumerate(row):
                    tab.cell(i, j).text = cell
                    if i == 0:
                        for run in tab.cell(i, j).paragraphs[0].runs:
                            run.bold = True
            doc.add_paragraph("")
    cp = doc.core_properties
    cp.author = cp.last_modified_by = "Bureau samenwerkingsverband"
    cp.created = cp.modified = FIXED_DT
    cp.revision = 1
    doc.save(str(path))
    _fix_zip_times(path)


def _fix_zip_times(path):
    """Rewrite the docx zip with fixed entry timestamps so the output is byte-for-byte stable."""
    with zipfile.ZipFile(path) as zin:
        items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in items:
            zout.writestr(zipfile.ZipInfo(name, date_time=(2026, 3, 1, 12, 0, 0)), data,
                          compress_type=zipfile.ZIP_DEFLATED)


def write_pdf(path, meta, blocks, tmpdir):
    src = Path(tmpdir) / (path.stem + ".docx")
    write_docx(src, meta, blocks)
    profile = Path(tmpdir) / "lo_profile"
    subprocess.run(["soffice", f"-env:UserInstallation={profile.as_uri()}", "--headless",
                    "--convert-to", "pdf", "--outdir", str(tmpdir), str(src)],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
    shutil.move(str(Path(tmpdir) / (path.stem + ".pdf")), str(path))


def write_html(path, meta, blocks):
    e = html.escape
    out = ["<!DOCTYPE html>", '<html lang="nl">', "<head>", '<meta charset="utf-8">',
           f"<title>{e(meta['title'])}</title>", "</head>", "<body>",
           f'<header><p class="kop">{e(meta["header"])}</p>'
           f'<nav><a href="#">Home</a> | <a href="#">Ouders</a> | <a href="#">Scholen</a> | '
           f'<a href="#">Toelaatbaarheid</a> | <a href="#">Contact</a></nav></header>',
           "<main>", f"<h1>{e(meta['title'])}</h1>"]
    out += [f"<p>{e(s)}</p>" for s in meta["subtitle"]]
    out.append('<nav class="toc"><h2>Inhoud</h2><ul>')
    out += [f"<li>{e(line.split(' ........')[0].strip())}</li>" for line in _toc_lines(blocks)]
    out.append("</ul></nav>")
    for kind, payload in numbered(blocks):
        if kind == "h1":
            out.append(f"<h2>{e(payload)}</h2>")
        elif kind == "h2":
            out.append(f"<h3>{e(payload)}</h3>")
        elif kind == "p":
            out.append(f"<p>{e(payload)}</p>")
        elif kind == "ul":
            out.append("<ul>" + "".join(f"<li>{e(i)}</li>" for i in payload) + "</ul>")
        elif kind == "table":
            rows = ["<tr>" + "".join(f"<th>{e(c)}</th>" for c in payload[0]) + "</tr>"]
            rows += ["<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>" for r in payload[1:]]
            out.append("<table>" + "".join(rows) + "</table>")
    out += ["</main>", f'<footer><p>{e(meta["footer"])}</p></footer>', "</body>", "</html>"]
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


CORE = ["basisondersteuning.niveau", "basisondersteuning.inhoud", "plaatsing.procedure",
        "plaatsing.criteria", "terugstroom.procedure", "terugstroom.beleid", "financien.verdeling",
        "financien.besteding", "dekkend-aanbod.continuum", "dekkend-aanbod.lacunes",
        "resultaten.doelen", "resultaten.monitoring", "ouders.informatie", "ouders.steunpunt"]
ELEMENTS = ["basisondersteuning", "plaatsing", "terugstroom", "financien", "dekkend-aanbod",
            "resultaten", "ouders"]


def status_of(crit, adv, el):
    vals = [crit[c] for c in CORE if c.startswith(el + ".")]
    if all(vals):
        return "present"
    if any(vals) or adv.get(el):
        return "partial"
    return "missing"


def q(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def write_label(name, documents, sector, crit, adv, notes):
    assert set(crit) == set(CORE)
    els = {el: status_of(crit, adv, el) for el in ELEMENTS}
    lines = [f"documents: [{', '.join(documents)}]",
             f"sector: {sector}",
             "looks_like_plan: true",
             "elements: {" + ", ".join(f"{el}: {els[el]}" for el in ELEMENTS) + "}",
             "criteria:"]
    lines += [f"  {c}: {'true' if crit[c] else 'false'}" for c in CORE]
    lines.append("advisory_addressed:")
    for el in ELEMENTS:
        if adv.get(el):
            lines.append(f"  {el}: [{', '.join(adv[el])}]")
    lines.append("notes:")
    for el in ELEMENTS:
        lines.append(f"  {el}: {q(notes[el])}")
    (OUT / f"{name}.expected.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")


# --------------------------------------------------------------------------------------------
# Plan A: PO, .docx. ouders missing; terugstroom hidden inside the TLV chapter; besteding and
# resultaten.monitoring deferred.
# --------------------------------------------------------------------------------------------

A = dict(naam="Samenwerkingsverband Passend Primair Onderwijs De Waalboog", code="PO 25-11",
         periode="2026-2030", regio="de Waalboog-regio", scholen=58, besturen=9, leerlingen="11.900",
         directeur="drs. M.A. (Marieke) Verhoeven", opr=12, fte="11,4",
         oogo_datum="19 februari 2026", opr_datum="10 maart 2026", vaststelling="24 maart 2026",
         missie="ieder kind in de Waalboog-regio gaat naar een school die past, zo dicht mogelijk bij huis.",
         gemeenten=[("Druten", 9, 1840), ("Wijchen", 21, 4310), ("Beuningen", 14, 2950),
                    ("West Maas en Waal", 14, 2800)])


def plan_a():
    p = A
    b = []
    b += voorwoord(p)
    b += [H1("Samenvatting"),
          P("""Dit plan beschrijft hoe De Waalboog passend onderwijs organiseert: wat elke school biedt, het
          aanbod daarboven en de aanpak van thuiszitten, de toelaatbaarheid tot sbo en so, de verdeling
          van de middelen en onze ambities. De hoofdlijn: meer ondersteuning in de klas, minder
          verwijzingen, en ouders die weten waar zij aan toe zijn.""")]
    b += context(p)
    b += visie(p)
    b += wetgeving(p) + regio(p)
    b += [H1("Wat elke school in De Waalboog waarmaakt"),
          P("""Alle negen schoolbesturen hebben in november 2025 een gezamenlijke ondergrens onderschreven:
          het geheel van ondersteuning dat iedere basisschool in De Waalboog, op iedere vestiging,
          zonder aanvraag bij het samenwerkingsverband aan elk kind biedt. We noemen dit de
          basisondersteuning. Een school die deze ondergrens niet haalt, mag niet naar het
          samenwerkingsverband verwijzen voor extra ondersteuning die eigenlijk tot de basis behoort.
          De ondergrens geldt ook voor scholen die nieuw toetreden."""),
          P("""Concreet kunnen ouders op elke vestiging het volgende verwachten:"""),
          UL("""Een intern begeleider met ten minste één dag per week per 200 leerlingen, die het
             ondersteuningsteam van de school leidt en het eerste aanspreekpunt is bij zorgen.""",
             """Een leerlingvolgsysteem met twee keer per jaar een groepsbespreking en een
             leerlingbespreking voor elke groep.""",
             """Een dyslexieprotocol en een dyscalculieprotocol volgens de landelijke protocollen, met
             vroegtijdige signalering in groep 2 en 3 en preventieve interventies in kleine groepjes.""",
             """Een aanbod voor meer- en hoogbegaafde leerlingen binnen de groep (compacten en verrijken)
             en een plusgroep op ten minste één locatie per bestuur.""",
             """Een programma voor sociale veiligheid en een anti-pestcoördinator; jaarlijks een
             monitor sociale veiligheid.""",
             """Een ondersteuningsteam met de intern begeleider, de schoolmaatschappelijk werker of
             wijkteammedewerker en, zo vaak als nodig, een orthopedagoog van het samenwerkingsverband.""",
             """Protocol medisch handelen, zodat eenvoudige medische handelingen op school kunnen
             worden uitgevoerd.""",
             """Een ontwikkelingsperspectief (OPP) voor elke leerling die op een of meer vakken een
             eigen leerlijn volgt."""),
          P("""De grens tussen basis- en extra ondersteuning ligt waar een leerling meer nodig heeft dan
          deze lijst en de school met eigen middelen kan bieden; dan is een arrangement mogelijk (zie het
          hoofdstuk 'Van extra ondersteuning tot speciaal onderwijs'). Elke school laat in de schoolgids zien hoe zij de ondergrens invult. Het bureau
          bezoekt elke school eens per twee jaar voor een gesprek over de basisondersteuning aan de
          hand van de kwaliteitskaart; scholen die onder de ondergrens blijven, maken binnen drie
          maanden een verbeterplan dat met het bestuur wordt besproken.""")]
    b += [H1("Van extra ondersteuning tot speciaal onderwijs"),
          H2("Een doorlopende reeks voorzieningen"),
          P("""Boven op de basisondersteuning kent De Waalboog drie lagen. Een schoolarrangement wordt
          door de school zelf ingezet uit het schoolbudget, bijvoorbeeld een remedial teacher of een
          gedragsspecialist voor een periode van drie tot zes maanden. Een bovenschools arrangement wordt
          door het Loket toegekend wanneer de school handelingsverlegen is; voorbeelden zijn de
          taalklas voor nieuwkomers in Wijchen, de Kangoeroeklas voor hoogbegaafde leerlingen en de
          observatiegroep jonge kind in Beuningen. De derde laag is het speciaal basisonderwijs (twee
          scholen) en het speciaal onderwijs cluster 3 en 4 (drie locaties in en om de regio)."""),
          TABLE(("Laag", "Wie zet in", "Voorbeelden"),
                ("Basisondersteuning", "iedere school", "IB, OT, protocollen, plusaanbod"),
                ("Schoolarrangement", "school, uit schoolbudget", "RT, gedragsspecialist, coaching"),
                ("Bovenschools arrangement", "Loket", "taalklas, Kangoeroeklas, observatiegroep"),
                ("Speciale voorziening", "Commissie van Toelaatbaarheid", "sbo De Wissel, sbo Het Baken, so cluster 3 en 4")),
          H2("Als er geen passende plek is"),
          P("""Geen enkel kind hoort thuis te zitten. Scholen melden een leerling die langer dan vier
          weken geheel of gedeeltelijk verzuimt, of voor wie binnen zes weken na aanmelding geen
          passende plek is gevonden, bij het Loket. De consulent van het Loket roept dan binnen vijf
          schooldagen een 'tafel van passende plekken' bijeen met school, leerplicht, wijkteam en de
          betrokken besturen. Kan die tafel geen oplossing vinden, dan beslist de directeur-bestuurder
          binnen twee weken welk bestuur de leerling plaatst; de besturen hebben zich daaraan vooraf
          gecommitteerd. Elk halfjaar analyseert het bureau waar de plekken ontbraken en legt het bestuur
          een voorstel voor om dat gat te dichten, bijvoorbeeld met een nieuwe
          onderwijs-zorgvoorziening. Zo is in 2025 de dagbehandelingsgroep in Druten ontstaan.""")]
    b += [H1("Toelaatbaarheid tot sbo en so"),
          H2("Wie vraagt aan"),
          P("""Een toelaatbaarheidsverklaring (TLV) wordt aangevraagd door het schoolbestuur van de school
          waar de leerling staat ingeschreven, of bij een eerste aanmelding door het bestuur van de
          speciale school. De aanvraag loopt via het digitale Loket en bevat het OPP, het verslag van het
          laatste overleg van het ondersteuningsteam, het onderwijskundig rapport en de zienswijze van
          de ouders."""),
          H2("Van aanvraag tot besluit"),
          UL("""Stap 1: de consulent van het Loket controleert binnen vijf werkdagen of het dossier
             compleet is.""",
             """Stap 2: twee deskundigen brengen ieder afzonderlijk een schriftelijk advies uit: een
             orthopedagoog of psycholoog en, afhankelijk van de vraag, een tweede deskundige
             (kinderpsychiater, maatschappelijk werker, jeugdarts of pedagoog). Geen van beiden is bij de
             aanvraag betrokken geweest.""",
             """Stap 3: de Commissie van Toelaatbaarheid besluit namens het bestuur binnen zes weken na
             ontvangst van het complete dossier.""",
             """Stap 4: het besluit en beide adviezen worden aan het schoolbestuur en de ouders
             gezonden."""),
          H2("Wanneer is een leerling toelaatbaar"),
          P("""Een leerling is toelaatbaar tot het sbo als (a) de school ten minste twee cycli van
          handelingsgericht werken met een bovenschools arrangement heeft doorlopen en geëvalueerd, (b)
          de ontwikkeling op meerdere gebieden stagneert ondanks die inzet, en (c) de
          ondersteuningsbehoefte vraagt om een kleinere groep met dagelijks specialistische begeleiding.
          Voor het so geldt daarnaast dat de ondersteuningsbehoefte voortvloeit uit een structurele
          beperking (verstandelijk, lichamelijk, langdurig ziek of ernstige gedragsproblematiek) en dat
          ook het sbo de benodigde ondersteuning niet kan bieden. De bekostigingscategorie (laag, midden
          of hoog) volgt uit de aard van de beperking."""),
          H2("Duur en bezwaar"),
          P("""Een TLV sbo geldt in principe tot het einde van de basisschoolperiode; een TLV so voor
          twee schooljaren, tenzij de deskundigen een andere duur adviseren. Wie het niet eens is met
          het besluit, kan binnen zes weken bezwaar maken bij het samenwerkingsverband. Het bestuur
          vraagt dan advies aan de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen."""),
          H2("Na afloop van de verklaring"),
          P("""Een TLV is geen eindstation. In het laatste jaar van elke TLV so, en in het voorjaar van
          groep 6 bij sbo-leerlingen, voert de speciale school een evaluatiegesprek met de ouders en de
          mogelijk ontvangende basisschool. De speciale school neemt daartoe het initiatief. Blijkt
          terugkeer haalbaar, dan doet de speciale school uiterlijk 1 april een melding bij het Loket;
          de Commissie van Toelaatbaarheid stelt vast dat er geen nieuwe TLV nodig is en de TLV eindigt
          op 31 juli. Is terugkeer niet haalbaar, dan vraagt het bestuur van de speciale school een
          nieuwe TLV aan."""),
          P("""Ons beleid is dat terugkeer naar een reguliere school de norm is zodra de
          ondersteuningsbehoefte dat toelaat, ook halverwege een TLV-periode. Voorwaarde is dat de
          ontvangende school de ondersteuning kan bieden met een bovenschools arrangement. Die
          ontvangende school krijgt daarvoor gedurende het eerste jaar na terugkeer een
          terugkeerarrangement met zes uur begeleiding per week door een ambulant begeleider van de
          speciale school, zodat de overstap niet op het eerste probleem strandt. In 2024-2025 keerden
          23 leerlingen terug, van wie 19 na een jaar nog op de reguliere school zaten.""")]
    b += [H1("Geld en verdeling"),
          P("""De Waalboog ontvangt de middelen voor lichte en zware ondersteuning van het Rijk. Na
          aftrek van de verplichte afdrachten voor het speciaal onderwijs worden de middelen op de
          volgende manier verdeeld:"""),
          UL("""Elk schoolbestuur ontvangt een schoolbudget van € 148 per leerling (teldatum 1 oktober
             van het voorgaande jaar) voor basis- en schoolarrangementen; het bestuur verdeelt dit over
             zijn scholen.""",
             """Bovenschoolse arrangementen worden aangevraagd bij het Loket en toegekend wanneer aan de
             criteria voor bovenschoolse arrangementen is voldaan; de bekostiging loopt rechtstreeks naar de uitvoerende
             school.""",
             """De groeibekostiging van het sbo wordt verrekend naar rato van het aantal leerlingen op
             de teldatum van 1 februari."""),
          P("""De meerjarenbegroting 2026-2029 valt buiten dit ondersteuningsplan. Zij wordt in december
          door het bestuur vastgesteld en daarna in de jaarstukken gepubliceerd; de bedragen per
          begrotingspost waren bij het afronden van dit plan nog niet bekend (p.m.).""")]
    b += [H1("Ambities en resultaten"),
          P("""Voor deze planperiode hebben we vier ambities geformuleerd voor leerlingen die extra
          ondersteuning nodig hebben:"""),
          UL("""In 2030 is het aantal leerlingen dat langer dan vier weken thuiszit gehalveerd ten opzichte
             van 2025 (toen 14).""",
             """Het deelnamepercentage sbo en so daalt van 2,9% naar ten hoogste 2,5%.""",
             """Ten minste 80% van de leerlingen met een OPP haalt de in het OPP gestelde
             uitstroombestemming.""",
             """Ten minste 15 leerlingen per jaar keren terug van sbo of so naar het
             basisonderwijs."""),
          P("""Hoe we deze ambities gaan volgen en aan wie we erover rapporteren, werken we in het eerste
          planjaar uit samen met de kwaliteitsmedewerker die in 2026 wordt aangesteld. Tot die tijd
          gebruiken we de bestaande gegevens uit het Loket als indicatie.""")]
    b += oogo(p, True)
    b += [H1("Communicatie"),
          P("""Het samenwerkingsverband communiceert vooral met de professionals in de scholen. Elke maand
          verschijnt een digitale nieuwsbrief voor directeuren en intern begeleiders; op het besloten deel
          van de website vinden zij formats, de procedure voor bovenschoolse arrangementen en de
          contactgegevens van de consulenten. Vier keer per jaar organiseren we een netwerkbijeenkomst
          voor intern begeleiders. Persberichten worden afgestemd met de communicatieafdelingen van de
          besturen.""")]
    b += governance(p, opr_ouders=False)
    b += kennis(p) + strategie(p) + overleg(p)
    b += personeel(p)
    b += ict(p)
    b += planning(p)
    b += [H1("Bijlage 1 Begrippenlijst"),
          TABLE(("Begrip", "Omschrijving"),
                ("Basisondersteuning", "Het afgesproken niveau van ondersteuning dat elke school biedt."),
                ("Ouder- en jeugdsteunpunt (OJSP)", "Onafhankelijk steunpunt waar ouders en jongeren terechtkunnen met vragen over passend onderwijs."),
                ("Onderwijsconsulent", "Onafhankelijk adviseur die ouders en scholen helpt bij een vastgelopen situatie."),
                ("Terugplaatsing", "Overstap van een leerling van sbo of so naar het regulier onderwijs."),
                ("Meerjarenbegroting", "Begroting voor vier jaar van de baten en lasten van het samenwerkingsverband."),
                ("TLV", "Toelaatbaarheidsverklaring voor sbo of so.")),
          H1("Bijlage 2 Afkortingen"),
          P("""IB – intern begeleider; OJSP – ouder- en jeugdsteunpunt; OOGO – op overeenstemming gericht
          overleg; OPP – ontwikkelingsperspectief; OPR – ondersteuningsplanraad; OT – ondersteuningsteam;
          sbo – speciaal basisonderwijs; so – speciaal onderwijs; TLV – toelaatbaarheidsverklaring.""")]
    meta = dict(title="Ondersteuningsplan 2026-2030",
                subtitle=[p["naam"], p["code"], "Samen voor ieder kind – basisondersteuning, toelaatbaarheid, ouders en middelen",
                          "Vastgesteld 24 maart 2026"],
                header="SWV De Waalboog | Ondersteuningsplan 2026-2030 | informatie voor ouders en scholen",
                footer="De Waalboog PO 25-11 – www.swv-dewaalboog.nl")
    crit = {c: True for c in CORE}
    crit.update({"financien.besteding": False, "resultaten.monitoring": False,
                 "ouders.informatie": False, "ouders.steunpunt": False})
    adv = {"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
           "terugstroom": ["monitoring"], "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"]}
    notes = {
        "basisondersteuning": "Ch. 'Wat elke school in De Waalboog waarmaakt': agreed ondergrens for every vestiging plus concrete list; borging via kwaliteitskaart visits.",
        "plaatsing": "Ch. 'Toelaatbaarheid tot sbo en so': applicant, dossier, steps, CvT, 6 weeks, criteria sbo/so, two deskundigen, duration, bezwaar/LBT.",
        "terugstroom": "Hidden in TLV chapter, section 'Na afloop van de verklaring': evaluation in last TLV year, initiative, 1 april melding, CvT, end 31 juli; policy + terugkeerarrangement; 23 returns.",
        "financien": "Ch. 'Geld en verdeling' gives verdeling (EUR 148 per leerling, arrangementen via Loket); meerjarenbegroting explicitly outside the plan, amounts p.m. -> besteding not addressed.",
        "dekkend-aanbod": "Ch. 'Van extra ondersteuning tot speciaal onderwijs': layered continuum with table; 'Als er geen passende plek is' handles thuiszitters/no place with tafel and escalation; OOGO chapter for ketenpartners.",
        "resultaten": "Ch. 'Ambities en resultaten' has measurable doelen; how they are monitored/reported is deferred to the first plan year -> monitoring false.",
        "ouders": "Missing: no information to parents, no steunpunt; OJSP/onderwijsconsulent only in begrippenlijst, 'ouders' only in header/summary/passing; Communicatie chapter addresses professionals only; OPR composition not described.",
    }
    return p, meta, b, crit, adv, notes


# --------------------------------------------------------------------------------------------
# Plan B: PO, .pdf. basisondersteuning content only in an absent annex; no TLV criteria;
# terugplaatsing heading with a deferral only; finance under 'Geld en middelen'; no steunpunt.
# --------------------------------------------------------------------------------------------

B = dict(naam="Stichting Samenwerkingsverband Primair Onderwijs Kempenvelden", code="PO 30-08",
         periode="2026-2030", regio="de Kempenvelden", scholen=44, besturen=6, leerlingen="8.300",
         directeur="J. (Joost) van den Akker MEd", opr=10, fte="8,2",
         oogo_datum="5 februari 2026", opr_datum="3 maart 2026", vaststelling="17 maart 2026",
         missie="samen zorgen we dat elk kind in de Kempenvelden zich ononderbroken kan ontwikkelen.",
         gemeenten=[("Bergeijk", 8, 1310), ("Eersel", 9, 1620), ("Bladel", 10, 1890),
                    ("Reusel-De Mierden", 7, 1150), ("Oirschot", 10, 2330)])


def plan_b():
    p = B
    b = []
    b += voorwoord(p)
    b += context(p)
    b += visie(p)
    b += wetgeving(p) + regio(p)
    b += terugblik(p, "Ook bleek dat het aantal thuiszitters niet daalde, terwijl dat wel de bedoeling was.")
    b += [H1("Ondersteuning op school"),
          H2("Basisondersteuning"),
          P("""In de Kempenvelden is afgesproken dat alle scholen, op elke vestiging, hetzelfde niveau van
          basisondersteuning bieden. Dat niveau is door de zes besturen in juni 2025 vastgesteld als de
          gemeenschappelijke standaard 'Basis op orde'; geen school mag daaronder zakken, en scholen
          mogen uiteraard meer bieden. De standaard is de maat waarlangs het samenwerkingsverband en de
          besturen elkaar aanspreken."""),
          P("""Welke voorzieningen, interventies en deskundigheid concreet onder de standaard vallen, is
          uitgewerkt in de kwaliteitskaart basisondersteuning (bijlage 2). De kwaliteitskaart wordt
          jaarlijks door de besturen geactualiseerd en is daarom niet in de tekst van dit plan
          opgenomen."""),
          P("""Iedere school beschrijft in haar schoolgids hoe zij de standaard waarmaakt. Het
          samenwerkingsverband voert eens per drie jaar met elke school een audit uit op basis van de
          kwaliteitskaart; de uitkomst wordt besproken met het bevoegd gezag, dat bij tekortkomingen
          binnen een half jaar verbetermaatregelen neemt."""),
          H2("Extra ondersteuning en het dekkend aanbod"),
          P("""Als een kind meer nodig heeft dan de standaard, zet de school eerst een arrangement op
          schoolniveau in, betaald uit het schoolbudget. Volstaat dat niet, dan kan de school via het
          ondersteuningsloket een groepsarrangement of individueel arrangement aanvragen. Daarnaast
          kent de regio twee bovenschoolse voorzieningen: De Brug, een tussenvoorziening voor kinderen
          met ernstige gedragsproblemen (maximaal 12 plaatsen), en de Taalschakelklas voor
          nieuwkomers in Bladel. Voor kinderen die het meest nodig hebben is er het sbo De Kempenhof
          en zijn er so-scholen voor cluster 3 en 4 in Eindhoven en Veldhoven."""),
          TABLE(("Voorziening", "Doelgroep", "Plaatsen"),
                ("Schoolarrangement", "alle scholen", "n.v.t."),
                ("Groepsarrangement Rekenlab", "groep 5-8, rekenproblemen", "40 per jaar"),
                ("De Brug (tussenvoorziening)", "ernstige gedragsproblemen", "12"),
                ("Taalschakelklas", "nieuwkomers 6-12 jaar", "24"),
                ("sbo De Kempenhof", "TLV sbo", "165"),
                ("so cluster 3/4 (buiten de regio)", "TLV so", "circa 140")),
          P("""Voor kinderen die geen passende plek hebben of dreigen thuis te komen zitten, geldt
          de route 'Niemand thuis'. De school waar het kind is aangemeld of ingeschreven houdt
          zorgplicht en meldt het kind binnen twee weken bij het loket. De thuiszittersconsulent
          stelt met leerplicht, ouders en school binnen tien schooldagen een plan op; lukt dat niet, dan
          wordt de casus besproken in het thuiszittersoverleg van de besturen, dat bindend besluit over
          een plek. Ieder kwartaal bespreekt het bestuur de lijst van thuiszitters en de knelpunten in het
          aanbod, zodat ontbrekende voorzieningen tijdig worden ontwikkeld.""")]
    b += [H1("Toelaatbaarheid"),
          H2("De aanvraag"),
          P("""Voor plaatsing op het sbo of het so is een toelaatbaarheidsverklaring van het
          samenwerkingsverband nodig. Het schoolbestuur van de school waar de leerling is ingeschreven
          dient de aanvraag in bij het ondersteuningsloket. Bij de aanvraag horen het groeidocument, het
          OPP, het onderwijskundig rapport en de zienswijze van de ouders."""),
          P("""Het loket beoordeelt binnen tien werkdagen of de aanvraag volledig is. Daarna brengen een
          orthopedagoog en een tweede deskundige, passend bij de vraag van de leerling, elk een eigen
          schriftelijk advies uit. De TLV-commissie neemt het besluit namens de directeur-bestuurder,
          binnen zes weken na de volledige aanvraag. De TLV geldt tot 31 juli van het schooljaar waarin
          de leerling twaalf wordt (sbo) of voor twee schooljaren (so); voor het so stelt de commissie
          ook de bekostigingscategorie laag, midden of hoog vast."""),
          H2("Afweging"),
          P("""De TLV-commissie weegt iedere aanvraag zorgvuldig en afzonderlijk. Omdat elke situatie
          anders is, werken we bewust met maatwerk. Een uitgewerkt afwegingskader met criteria voor het
          sbo en het so wordt in het schooljaar 2026-2027 met de scholen ontwikkeld en daarna aan dit plan
          toegevoegd."""),
          H2("Bezwaar"),
          P("""Ouders en schoolbesturen die het niet eens zijn met een besluit kunnen binnen zes weken
          bezwaar maken bij het bestuur van het samenwerkingsverband. Het bestuur laat zich adviseren door
          de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen."""),
          H2("Terugplaatsing"),
          P("""Volgt. Dit onderdeel wordt aangevuld zodra de pilot met het sbo De Kempenhof is
          geëvalueerd.""")]
    b += [H1("Geld en middelen"),
          H2("Verdeling"),
          P("""Het samenwerkingsverband hanteert een verdeelmodel dat in 2025 door de algemene vergadering
          is vastgesteld. De middelen voor lichte ondersteuning gaan grotendeels naar de besturen: elk
          bestuur ontvangt een schoolbudget van € 132 per leerling op basis van de teldatum 1 oktober,
          plus een vaste voet van € 9.500 per school om kleine scholen niet te benadelen.
          Arrangementen worden toegekend door het loket wanneer de school aantoont dat de standaard
          basisondersteuning is ingezet en geëvalueerd; het bedrag per arrangement is gekoppeld aan de
          omvang in uren (€ 58 per begeleidingsuur). De kosten van het sbo en so worden centraal
          betaald uit de middelen voor zware ondersteuning."""),
          H2("Meerjarenbegroting"),
          TABLE(("Post (x € 1.000)", "2026", "2027", "2028", "2029"),
                ("Schoolbudgetten besturen", "1.514", "1.498", "1.480", "1.465"),
                ("Arrangementen via loket", "640", "650", "650", "655"),
                ("Tussenvoorziening De Brug", "410", "415", "420", "425"),
                ("Afdracht so / groeibekostiging sbo", "3.920", "3.880", "3.850", "3.820"),
                ("Bureau en loket", "780", "790", "800", "810"),
                ("Totaal lasten", "7.264", "7.233", "7.200", "7.175")),
          P("""De reserve bedraagt eind 2025 € 1,1 miljoen. In lijn met de signaleringswaarde van de
          Inspectie houden we een weerstandsvermogen aan van ten hoogste 5% van de baten; het meerdere
          wordt in 2026 en 2027 ingezet voor de uitbreiding van De Brug. Besturen verantwoorden de besteding
          van hun schoolbudget jaarlijks vóór 1 mei in een korte rapportage per school.""")]
    b += [H1("Kwaliteit en opbrengsten"),
          P("""Voor leerlingen met een ondersteuningsbehoefte streven we in deze planperiode naar de volgende
          resultaten:"""),
          TABLE(("Indicator", "Nulmeting 2025", "Streefwaarde 2029"),
                ("Thuiszitters langer dan 3 maanden", "9", "maximaal 3"),
                ("Leerlingen met OPP die uitstroombestemming halen", "71%", "80%"),
                ("Tevredenheid scholen over loket", "6,8", "7,5"),
                ("Aanvragen arrangement afgehandeld binnen 4 weken", "64%", "90%")),
          P("""We volgen deze indicatoren met de kwaliteitsmonitor van het bureau. Twee keer per jaar
          rapporteert het bureau de stand aan het bestuur en de algemene vergadering; in het jaarverslag
          leggen we verantwoording af over de bereikte resultaten en de daaraan gekoppelde inzet van
          middelen. Halverwege de planperiode laten we een onafhankelijke evaluatie uitvoeren en sturen
          we bij waar de streefwaarden buiten bereik raken.""")]
    b += oogo(p, True)
    b += [H1("Communicatie"),
          P("""Ouders vinden informatie over de ondersteuning in de regio op het ouderdeel van onze website,
          met uitleg over basisondersteuning, arrangementen en de route naar het sbo en so. Iedere
          school geeft de ouderbrochure 'Extra steun nodig?' mee bij de intake. Twee keer per jaar
          organiseren we een informatieavond voor ouders in Bladel en Oirschot, en de schoolgidsen van
          alle scholen bevatten een vaste paragraaf over passend onderwijs."""),
          P("""Het samenwerkingsverband verkent samen met de gemeenten hoe een onafhankelijk ouder- en
          jeugdsteunpunt vorm kan krijgen. Een besluit daarover neemt het bestuur naar verwachting in
          2027.""")]
    b += governance(p, opr_ouders=True)
    b += kennis(p) + strategie(p) + overleg(p)
    b += personeel(p)
    b += ict(p)
    b += planning(p)
    b += [H1("Bijlagen"),
          P("""Bijlage 1 Begrippenlijst (hieronder). Bijlage 2 Kwaliteitskaart basisondersteuning
          (separaat beschikbaar via het bureau). Bijlage 3 Verslag OOGO (separaat)."""),
          H1("Bijlage 1 Begrippenlijst"),
          TABLE(("Begrip", "Betekenis"),
                ("Terugplaatsing", "De overstap van het sbo of so terug naar een reguliere basisschool, na evaluatie van de TLV."),
                ("Ouder- en jeugdsteunpunt", "Onafhankelijke plek waar ouders en kinderen met vragen en zorgen terechtkunnen."),
                ("Kwaliteitskaart", "Overzicht van de voorzieningen die tot de basisondersteuning behoren."),
                ("TLV", "Toelaatbaarheidsverklaring; besluit dat een leerling toelaatbaar is tot sbo of so."),
                ("Zorgplicht", "Plicht van de school om een passende plek te bieden of te vinden."))]
    meta = dict(title="Ondersteuningsplan Kempenvelden 2026-2030",
                subtitle=[p["naam"], p["code"], "Basis op orde – terugplaatsing – ouders als partner"],
                header="Ondersteuningsplan 2026-2030 – SWV Kempenvelden PO 30-08",
                footer="Kempenvelden – pagina")
    crit = {c: True for c in CORE}
    crit.update({"basisondersteuning.inhoud": False, "plaatsing.criteria": False,
                 "terugstroom.procedure": False, "terugstroom.beleid": False,
                 "ouders.steunpunt": False})
    adv = {"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
           "financien": ["reserves", "verantwoording"], "dekkend-aanbod": ["ketenpartners"],
           "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]}
    notes = {
        "basisondersteuning": "'Basisondersteuning' defines the common minimum for every vestiging (niveau) but the concrete voorzieningen are only in absent bijlage 2 (kwaliteitskaart) -> inhoud false; audit = borging.",
        "plaatsing": "Ch. 'Toelaatbaarheid' describes applicant, dossier, deskundigen, TLV-commissie, 6 weeks, duration, bezwaar; 'Afweging' only says maatwerk and defers the criteria to 2026-2027.",
        "terugstroom": "Heading 'Terugplaatsing' (also TOC/title page/begrippenlijst) contains only 'Volgt' deferral; nothing else on return from sbo/so.",
        "financien": "Ch. 'Geld en middelen': verdeelmodel (EUR 132 per leerling, vaste voet, arrangement criteria) and meerjarenbegroting table 2026-2029; reserves and verantwoording too.",
        "dekkend-aanbod": "'Extra ondersteuning en het dekkend aanbod': continuum with table; route 'Niemand thuis' with zorgplicht, thuiszittersoverleg and quarterly gap review.",
        "resultaten": "Ch. 'Kwaliteit en opbrengsten': indicator table with nulmeting/streefwaarde and monitoring/reporting cycle.",
        "ouders": "Informatie addressed in 'Communicatie' (ouderdeel website, brochure, avonden, schoolgids); steunpunt only explored with a 2027 decision -> false; OPR parent role in governance.",
    }
    return p, meta, b, crit, adv, notes


# --------------------------------------------------------------------------------------------
# Plan C: VO, .pdf. resultaten missing (p.m. chapter); terugplaatsing steps without policy;
# verdeling deferred to a separate note; thuiszitters only deferred; ouders in 'Communicatie en contact'.
# --------------------------------------------------------------------------------------------

C = dict(naam="Samenwerkingsverband Voortgezet Onderwijs Vallei-Eem Noord", code="VO 26-04",
         periode="2026-2030", regio="Vallei-Eem Noord", scholen=17, besturen=7, leerlingen="14.600",
         directeur="R. (Ruud) Schimmelpenninck", opr=12, fte="14,6",
         oogo_datum="12 februari 2026", opr_datum="17 maart 2026", vaststelling="31 maart 2026",
         missie="elke jongere in Vallei-Eem Noord krijgt het onderwijs en de ondersteuning die nodig zijn om een diploma of startkwalificatie te halen.",
         gemeenten=[("Barneveld", 4, 4200), ("Nijkerk", 4, 3700), ("Scherpenzeel", 1, 650),
                    ("Leusden", 3, 2850), ("Woudenberg", 2, 1100), ("Bunschoten", 3, 2100)])


def plan_c():
    p = C
    b = []
    b += voorwoord(p)
    b += context(p)
    b += visie(p)
    b += wetgeving(p) + regio(p)
    b += terugblik(p, "Het thema thuiszitters kwam in vrijwel elk evaluatiegesprek terug.")
    b += [H1("Het ondersteuningsaanbod"),
          H2("Basisondersteuning: de standaard in Vallei-Eem Noord"),
          P("""De zeven besturen hebben een gezamenlijke standaard voor basisondersteuning vastgesteld die
          geldt voor elke vestiging van elke aangesloten school, van praktijkonderwijs tot gymnasium.
          De standaard beschrijft wat een leerling en zijn ouders overal mogen verwachten; het is een
          minimum en geen plafond."""),
          TABLE(("Standaard", "Wat elke vestiging minimaal biedt"),
                ("Mentoraat", "Een vaste mentor met ten minste één mentoruur per week en een individueel gesprek per periode."),
                ("Ondersteuningscoördinator", "Een ondersteuningscoördinator met ten minste 0,4 fte per 500 leerlingen."),
                ("Ondersteuningsteam", "Een intern ondersteuningsteam dat ten minste maandelijks overlegt, met de jeugdarts en schoolmaatschappelijk werk."),
                ("Dyslexie en dyscalculie", "Faciliteiten volgens protocol: extra tijd, voorleessoftware, aangepaste toetsing."),
                ("Sociaal-emotioneel", "Faalangstreductietraining en een sociale-vaardigheidstraining, minimaal één keer per jaar aangeboden."),
                ("Executieve functies", "Huiswerkbegeleiding en planningscoaching in de onderbouw."),
                ("Opvang", "Een time-out- of opvangvoorziening met toezicht tijdens alle lesuren."),
                ("OPP", "Een ontwikkelingsperspectiefplan voor iedere leerling met extra ondersteuning, jaarlijks geëvalueerd.")),
          P("""Elke school neemt de standaard op in de schoolgids. Een school die een onderdeel niet kan
          bieden, meldt dat aan het samenwerkingsverband en spreekt een termijn af waarbinnen het
          alsnog wordt gerealiseerd."""),
          H2("Van lichte naar zware ondersteuning"),
          P("""Het ondersteuningscontinuüm in Vallei-Eem Noord kent vier niveaus. Niveau 1 is de
          basisondersteuning hierboven. Niveau 2 is extra ondersteuning binnen de eigen school, zoals een
          trajectvoorziening of een klein lesgroep voor leerlingen met autisme, die in dit verband op
          tien scholen bestaat. Niveau 3 zijn de bovenschoolse voorzieningen: het OPDC De Overstap voor
          tijdelijke opvang met terugkeer naar de eigen school, de reboundvoorziening en de
          nieuwkomersklas (ISK). Niveau 4 is het voortgezet speciaal onderwijs. Daarnaast verzorgen drie
          scholen praktijkonderwijs en bieden acht vmbo-scholen leerwegondersteuning."""),
          P("""Thuiszitters zijn een zorg van ons allemaal. De aanpak daarvan wordt in deze planperiode
          uitgewerkt in een thuiszittersprotocol dat samen met leerplicht wordt opgesteld.""")]
    b += [H1("Toewijzing en toelaatbaarheid"),
          H2("Voortgezet speciaal onderwijs"),
          P("""Het bevoegd gezag van de school waar de leerling is ingeschreven of aangemeld vraagt een
          toelaatbaarheidsverklaring vso aan bij de Commissie Toewijzing van het samenwerkingsverband.
          De aanvraag bevat het OPP met de evaluatie van de geboden ondersteuning, het verslag van het
          ondersteuningsteam en de zienswijze van ouders en leerling. De commissie vraagt het advies van
          twee deskundigen: een orthopedagoog-generalist of GZ-psycholoog en een tweede deskundige
          (jeugdarts, maatschappelijk werker of kinder- en jeugdpsychiater). De commissie besluit binnen
          vijf weken."""),
          P("""Een leerling is toelaatbaar tot het vso wanneer (1) de ondersteuningsbehoefte de
          mogelijkheden van niveau 1 tot en met 3 aantoonbaar overstijgt, (2) er sprake is van een
          structurele beperking of ernstige psychiatrische of gedragsproblematiek die een intensieve,
          specialistische en integrale aanpak vraagt, en (3) een passende plek in het regulier onderwijs
          met een onderwijs-zorgarrangement niet haalbaar is gebleken. De TLV wordt afgegeven voor ten
          hoogste twee schooljaren en vermeldt de bekostigingscategorie."""),
          H2("Leerwegondersteuning en praktijkonderwijs"),
          P("""Voor lwoo en pro hanteert Vallei-Eem Noord de landelijke criteria (leerachterstand,
          intelligentie en sociaal-emotionele problematiek). De school van aanmelding vraagt vóór 1
          maart de aanwijzing lwoo of de TLV pro aan; de commissie besluit binnen vier weken. Een
          aanwijzing lwoo geldt voor de hele schoolloopbaan op de vmbo-school."""),
          H2("Bezwaar"),
          P("""Tegen een besluit over toelaatbaarheid kan binnen zes weken bezwaar worden gemaakt. Het
          samenwerkingsverband is aangesloten bij de Landelijke Bezwaaradviescommissie
          Toelaatbaarheidsverklaringen."""),
          H2("Aflopen van een TLV vso"),
          P("""Uiterlijk op 1 februari van het laatste jaar van de TLV evalueert de vso-school met ouders,
          leerling en de ondersteuningscoördinator van een mogelijke ontvangende vo-school of de leerling
          kan overstappen naar het regulier voortgezet onderwijs. De vso-school neemt hiertoe het
          initiatief. Is de conclusie positief, dan meldt de vso-school de overstap vóór 1 april bij de
          Commissie Toewijzing, die de ontvangende school aanwijst in overleg met het bevoegd gezag. De
          TLV loopt dan af op 31 juli en de overdracht vindt plaats in een warm overdrachtsgesprek vóór de
          zomervakantie. Is de conclusie negatief, dan vraagt de vso-school een verlenging aan."""),
          P("""Het beleid van het samenwerkingsverband rond terugplaatsing en overplaatsing wordt in 2026
          herijkt en is daarom nog niet in dit plan opgenomen.""")]
    b += [H1("Financiën"),
          P("""De ondersteuningsmiddelen van het samenwerkingsverband bestaan uit de middelen lichte en
          zware ondersteuning, lwoo en pro. Het huidige verdeelmodel wordt op verzoek van de besturen
          herzien. De nieuwe verdeelsleutels en de criteria voor toekenning van middelen aan scholen
          zijn opgenomen in de notitie 'Herijking middelen 2026', die het bestuur na de zomer vaststelt;
          tot die tijd loopt de verdeling zoals in de afgelopen jaren."""),
          P("""De meerjarenbegroting laat de volgende lasten zien:"""),
          TABLE(("Lasten (x € 1.000)", "2026", "2027", "2028", "2029"),
                ("Middelen naar schoolbesturen", "5.820", "5.760", "5.700", "5.650"),
                ("Lwoo en pro", "7.410", "7.350", "7.300", "7.250"),
                ("OPDC De Overstap en rebound", "1.260", "1.280", "1.300", "1.320"),
                ("Afdracht vso", "6.940", "6.900", "6.860", "6.820"),
                ("Bureau, commissie, huisvesting", "1.150", "1.160", "1.170", "1.180"),
                ("Totaal", "22.580", "22.450", "22.330", "22.220")),
          P("""De begroting is sluitend; de algemene reserve blijft boven de signaleringswaarde van de
          Inspectie en wordt niet verder afgebouwd.""")]
    b += oogo(p, True)
    b += [H1("Communicatie en contact"),
          P("""Voor ouders en leerlingen is er op de website een aparte ingang met uitleg over de standaard
          basisondersteuning, de bovenschoolse voorzieningen, lwoo, pro en vso. Bij de overstap van groep 8
          ontvangen alle ouders de 'Ouderwijzer Vallei-Eem', een boekje met de ondersteuning per school.
          De ondersteuningscoördinator van de school is het eerste aanspreekpunt en elke school besteedt in
          de schoolgids en op de informatieavond voor nieuwe ouders aandacht aan de ondersteuning."""),
          P("""Ouders en jongeren die onafhankelijk advies zoeken, kunnen terecht bij het Ouder- en
          Jeugdsteunpunt Vallei, bereikbaar via telefoon en mail en op dinsdagavond op het spreekuur in
          Barneveld. Het steunpunt werkt los van de scholen en het bureau. Bij een vastgelopen situatie
          kunnen ouders ook een onderwijsconsulent inschakelen (kosteloos), en voor klachten en
          geschillen over toelating of verwijdering is de Geschillencommissie passend onderwijs
          beschikbaar.""")]
    b += [H1("Opbrengsten"),
          P("""p.m. – Dit hoofdstuk wordt aangevuld nadat de evaluatie van de vorige planperiode is
          afgerond en de resultaten van de enquête onder OPR-leden en schoolleiders beschikbaar zijn.""")]
    b += governance(p, opr_ouders=True)
    b += kennis(p) + strategie(p) + overleg(p)
    b += personeel(p)
    b += ict(p)
    b += planning(p)
    b += [H1("Bijlage 1 Begrippen en afkortingen"),
          TABLE(("Term", "Toelichting"),
                ("Beoogde resultaten", "De doelen die het samenwerkingsverband zich stelt voor leerlingen met extra ondersteuning."),
                ("Dekkend aanbod", "Een netwerk van voorzieningen waarin voor iedere leerling een passende plek is."),
                ("Kwaliteitszorg", "Cyclus van plannen, uitvoeren, meten en bijsturen."),
                ("Lwoo", "Leerwegondersteunend onderwijs"),
                ("OPDC", "Orthopedagogisch-didactisch centrum"),
                ("Terugplaatsing", "Overstap van vso naar regulier vo na afloop van de TLV"),
                ("Verdeelmodel", "Afspraken over de verdeling van ondersteuningsmiddelen over besturen en scholen"))]
    meta = dict(title="Ondersteuningsplan 2026-2030",
                subtitle=[p["naam"], p["code"], "Kwaliteit, resultaten en een dekkend aanbod"],
                header="SWV VO Vallei-Eem Noord – Ondersteuningsplan 2026-2030",
                footer="VO 26-04 | resultaten · financiën · terugplaatsing")
    crit = {c: True for c in CORE}
    crit.update({"terugstroom.beleid": False, "financien.verdeling": False,
                 "dekkend-aanbod.lacunes": False, "resultaten.doelen": False,
                 "resultaten.monitoring": False})
    adv = {"plaatsing": ["deskundigen", "duur-categorie", "bezwaar"], "financien": ["reserves"],
           "dekkend-aanbod": ["ketenpartners"], "basisondersteuning": ["borging"],
           "ouders": ["betrokkenheid"]}
    notes = {
        "basisondersteuning": "'Basisondersteuning: de standaard' - minimum for every vestiging; content only in a table of standards; schoolgids + melding = borging.",
        "plaatsing": "Ch. 'Toewijzing en toelaatbaarheid': vso applicant, dossier, two deskundigen, Commissie Toewijzing, 5 weeks, three criteria, duration/category; lwoo/pro national criteria and deadline; bezwaar LBT.",
        "terugstroom": "'Aflopen van een TLV vso' (inside the TLV chapter) gives steps, initiator, dates and decider; policy explicitly deferred to 2026 -> beleid false.",
        "financien": "Ch. 'Financien' has a meerjarenbegroting table (besteding); verdeelmodel and criteria only in an absent note to be adopted after the summer -> verdeling false.",
        "dekkend-aanbod": "'Van lichte naar zware ondersteuning' gives a 4-level continuum; thuiszitters only a passing remark plus deferral to a protocol -> lacunes false; OOGO chapter = ketenpartners.",
        "resultaten": "Missing: chapter 'Opbrengsten' is p.m.; 'resultaten/kwaliteitszorg' only in passing, title page, footer and begrippenlijst.",
        "ouders": "In 'Communicatie en contact': website ingang, Ouderwijzer, schoolgids/informatieavond; independent OJSP Vallei, onderwijsconsulenten, geschillencommissie.",
    }
    return p, meta, b, crit, adv, notes


# --------------------------------------------------------------------------------------------
# Plan D: VO, .docx. Plan 'op hoofdlijnen': basisondersteuning and dekkend aanbod missing (only
# references/glossary); TLV procedure only on the website; terugkeer in 'Overstappen'; goals deferred.
# --------------------------------------------------------------------------------------------

D = dict(naam="Samenwerkingsverband VO Westerkwartier en Kust", code="VO 20-03",
         periode="2026-2030", regio="het Westerkwartier en de kuststrook", scholen=12, besturen=5,
         leerlingen="9.400", directeur="A.J. (Anne-Jet) Dijkhuis", opr=8, fte="9,0",
         oogo_datum="29 januari 2026", opr_datum="26 februari 2026", vaststelling="12 maart 2026",
         missie="we bieden iedere jongere in de regio een ononderbroken schoolloopbaan.",
         gemeenten=[("Westerkwartier", 5, 3900), ("Het Hogeland", 4, 3100), ("Eemsdelta", 3, 2400)])


def plan_d():
    p = D
    b = []
    b += voorwoord(p)
    b += [H1("Leeswijzer"),
          P("""Dit ondersteuningsplan is een plan op hoofdlijnen. Het samenwerkingsverband beschrijft wat
          we samen willen bereiken; de besturen en scholen bepalen hoe. De ondersteuning die een school
          biedt, inclusief de basisondersteuning en de arrangementen, beschrijft elke school in haar
          schoolgids. De uitvoering van dit plan krijgt jaarlijks vorm in een jaarplan.""")]
    b += context(p)
    b += visie(p)
    b += wetgeving(p) + regio(p)
    b += terugblik(p)
    b += [H1("Toelaatbaarheid"),
          P("""Het samenwerkingsverband beslist over de toelaatbaarheid tot het voortgezet speciaal
          onderwijs en het praktijkonderwijs en over de aanwijzing voor leerwegondersteunend onderwijs.
          De aanvraagprocedure, de samenstelling van de toewijzingscommissie, de termijnen en de
          formulieren staan in de Handleiding toelaatbaarheid op www.swv-westerkwartierkust.nl en worden
          daarom hier niet herhaald."""),
          P("""Wel leggen we in dit plan vast wanneer een leerling toelaatbaar is. Voor het vso geldt dat de
          leerling (a) een ondersteuningsbehoefte heeft die voortkomt uit een verstandelijke,
          lichamelijke of meervoudige beperking, een langdurige ziekte of ernstige
          gedrags- of psychiatrische problematiek; (b) op de vo-school ten minste één schooljaar
          ondersteuning volgens een OPP heeft gekregen die is geëvalueerd en onvoldoende effect had, tenzij
          de ernst van de situatie dat onverantwoord maakt; en (c) een onderwijsprogramma nodig heeft met
          een intensiteit aan begeleiding die een vo-school niet kan organiseren. Voor lwoo en pro
          gelden de landelijke criteria; het samenwerkingsverband maakt geen gebruik van de mogelijkheid
          om eigen lwoo-criteria vast te stellen."""),
          P("""Een TLV vso wordt afgegeven voor één, twee of drie schooljaren, in de bekostigingscategorie
          laag, midden of hoog, afhankelijk van de aard van de beperking. Een TLV pro geldt voor de duur van
          de opleiding.""")]
    b += [H1("Overstappen en doorlopende lijnen"),
          H2("Van po naar vo"),
          P("""De overstap van basisschool naar voortgezet onderwijs verloopt volgens de regionale
          POVO-afspraken. Voor leerlingen met een ontwikkelingsperspectief vindt altijd een warme
          overdracht plaats tussen intern begeleider en ondersteuningscoördinator."""),
          H2("Terug uit het vso"),
          P("""Een plaatsing in het vso is in onze regio nadrukkelijk geen eindpunt. Ons uitgangspunt is
          dat een jongere terugkeert naar het regulier voortgezet onderwijs zodra dat verantwoord is,
          zodat hij of zij een regulier diploma kan halen. Voorwaarden zijn dat de jongere het
          onderwijsprogramma van de ontvangende school kan volgen en dat die school de begeleiding kan
          bieden die in het laatste OPP is beschreven. Na terugkeer ontvangt de jongere gedurende een
          jaar begeleiding door een ambulant begeleider van de vso-school, twee uur per week, en is er na
          drie en na negen maanden een evaluatie."""),
          P("""De procedure is als volgt. De vso-school bespreekt in het laatste jaar van de TLV, vóór 1
          februari, met jongere en ouders of terugkeer haalbaar is; zij neemt daartoe zelf het initiatief.
          Bij een positieve uitkomst zoekt de vso-school met het samenwerkingsverband een ontvangende
          school. De directeur van het samenwerkingsverband bevestigt de overstap schriftelijk, de TLV
          eindigt op 31 juli en er volgt een overdrachtsgesprek tussen de mentoren. Ook tijdens de looptijd
          van een TLV kan de vso-school dit traject starten. Jaarlijks rapporteren we het aantal
          teruggeplaatste leerlingen; in 2024-2025 waren dat er elf."""),
          H2("Van vo naar mbo en arbeid"),
          P("""Met de mbo-instellingen in Groningen en Leeuwarden zijn afspraken gemaakt over de
          overstap van pro- en vso-leerlingen. Het Regionaal Meld- en Coördinatiepunt volgt jongeren
          zonder startkwalificatie.""")]
    b += [H1("Financieel beleid"),
          P("""Het samenwerkingsverband verdeelt de middelen volgens de volgende regels, vastgesteld door
          de algemene vergadering van aangesloten besturen:"""),
          UL("""De middelen lichte ondersteuning gaan voor 85% naar de besturen, verdeeld naar rato van
             het aantal leerlingen per 1 oktober (in 2026: € 161 per leerling).""",
             """De lwoo- en pro-middelen worden doorbetaald aan de besturen naar rato van het aantal
             leerlingen met een aanwijzing lwoo of TLV pro op 1 oktober.""",
             """15% van de middelen lichte ondersteuning blijft bij het samenwerkingsverband voor
             de bovenschoolse taken en het bureau.""",
             """Een bestuur kan een aanvullende bijdrage aanvragen bij een onverwachte toename van
             leerlingen met een zware ondersteuningsbehoefte; de directeur beslist op basis van de
             stijging ten opzichte van het driejaarsgemiddelde."""),
          TABLE(("Meerjarenbegroting (x € 1.000)", "2026", "2027", "2028", "2029"),
                ("Afdrachten aan besturen lichte ondersteuning", "1.515", "1.490", "1.470", "1.450"),
                ("Lwoo en pro", "4.980", "4.910", "4.860", "4.800"),
                ("Afdracht vso (DUO)", "4.120", "4.090", "4.060", "4.030"),
                ("Bovenschoolse taken en bureau", "870", "875", "880", "885"),
                ("Totaal lasten", "11.485", "11.365", "11.270", "11.165")),
          P("""Besturen leggen jaarlijks in hun bestuursverslag verantwoording af over de besteding van de
          doorbetaalde middelen; het samenwerkingsverband vraagt daarnaast een korte inhoudelijke
          rapportage per school.""")]
    b += [H1("Kwaliteit en verantwoording"),
          P("""Het samenwerkingsverband werkt met een kwaliteitscyclus. Twee keer per jaar, in november en
          juni, verzamelt het bureau gegevens over het aantal leerlingen in vso, pro en lwoo,
          thuiszitters, schoolverlaters zonder startkwalificatie en de tevredenheid van ouders, leerlingen
          en scholen. Die gegevens worden in een dashboard per school en voor het verband als geheel
          weergegeven, besproken met de besturen en de OPR en opgenomen in het jaarverslag. Eens per twee
          jaar voert een externe partij een audit uit op de werkwijze van het bureau."""),
          P("""De beoogde resultaten voor de planperiode formuleren we na de nulmeting die in het najaar van
          2026 plaatsvindt. Zij worden in het jaarplan 2027 opgenomen.""")]
    b += [H1("Samen met ouders en leerlingen"),
          P("""Ouders zijn de eerste gesprekspartners van de school. Via de ouderpagina's op onze
          website, de jaarlijkse nieuwsbrief voor ouders van leerlingen met een OPP en de
          informatiebijeenkomsten in januari in Leek, Winsum en Delfzijl informeren we ouders over de
          ondersteuning op de scholen, het vso, lwoo en pro. Scholen geven bij de intake de folder
          'Ondersteuning in het vo' mee."""),
          P("""Voor onafhankelijke hulp kunnen ouders en jongeren terecht bij het Ouder- en Jeugdsteunpunt
          Noord, dat gratis advies geeft en meegaat naar gesprekken op school. Komen ouders en school er
          samen niet uit, dan kan een onderwijsconsulent worden ingeschakeld. Klachten over het
          samenwerkingsverband kunnen worden ingediend bij de Landelijke Klachtencommissie Onderwijs.""")]
    b += oogo(p, False)
    b += governance(p, opr_ouders=True)
    b += kennis(p) + strategie(p) + overleg(p)
    b += personeel(p)
    b += ict(p)
    b += planning(p)
    b += [H1("Bijlage Begrippenlijst"),
          TABLE(("Begrip", "Omschrijving"),
                ("Basisondersteuning", "Het door de besturen afgesproken niveau van ondersteuning dat elke vestiging minimaal biedt, zoals mentoraat, dyslexiebeleid en een ondersteuningscoördinator."),
                ("Dekkend aanbod", "Het geheel van voorzieningen waardoor voor iedere leerling een passende plek beschikbaar is."),
                ("Thuiszitter", "Leerplichtige jongere die zonder geldige reden niet naar school gaat."),
                ("Zorgplicht", "Plicht van het schoolbestuur om een aangemelde leerling een passende plek te bieden."),
                ("Arrangement", "Afspraak over extra ondersteuning voor een leerling of groep."))]
    meta = dict(title="Ondersteuningsplan 2026-2030 op hoofdlijnen",
                subtitle=[p["naam"], p["code"], "Basisondersteuning en een dekkend aanbod voor iedere jongere"],
                header="Westerkwartier en Kust VO 20-03 – Ondersteuningsplan",
                footer="Dekkend aanbod · basisondersteuning · thuiszitters")
    crit = {c: True for c in CORE}
    crit.update({"basisondersteuning.niveau": False, "basisondersteuning.inhoud": False,
                 "plaatsing.procedure": False, "dekkend-aanbod.continuum": False,
                 "dekkend-aanbod.lacunes": False, "resultaten.doelen": False})
    adv = {"plaatsing": ["duur-categorie"], "terugstroom": ["monitoring"],
           "financien": ["verantwoording"], "ouders": ["betrokkenheid"]}
    notes = {
        "basisondersteuning": "Missing: Leeswijzer delegates it to the schoolgidsen; definition only in begrippenlijst, title page and footer.",
        "plaatsing": "Ch. 'Toelaatbaarheid': procedure, commission and terms only referenced to the website handleiding -> procedure false; criteria vso (a-c), national lwoo/pro criteria, duration and category given.",
        "terugstroom": "Hidden in 'Overstappen en doorlopende lijnen' / 'Terug uit het vso': policy (norm, conditions, AB one year) and procedure (1 februari, initiative, decider, 31 juli); 11 returns.",
        "financien": "Ch. 'Financieel beleid': distribution rules (85%, EUR 161 per leerling, lwoo/pro, aanvullende bijdrage) and meerjarenbegroting table; verantwoording by boards.",
        "dekkend-aanbod": "Missing: no description of the set of voorzieningen or of gaps/thuiszitters handling; OOGO only procedural; 'dekkend aanbod'/thuiszitters only in title page, footer and begrippenlijst.",
        "resultaten": "'Kwaliteit en verantwoording' describes twice-yearly data collection, dashboard, jaarverslag, audit (monitoring); beoogde resultaten deferred until after the 2026 nulmeting -> doelen false.",
        "ouders": "'Samen met ouders en leerlingen': website, nieuwsbrief, bijeenkomsten, folder; OJSP Noord, onderwijsconsulent, klachtencommissie.",
    }
    return p, meta, b, crit, adv, notes


# --------------------------------------------------------------------------------------------
# Plan E: PO, .html web version. Plaatsing and financien only referenced; terugkeer policy without
# procedure; steunpunt in 'Als het schuurt' while informing parents is deferred.
# --------------------------------------------------------------------------------------------

E = dict(naam="Samenwerkingsverband Passend Onderwijs De Heuvelrand", code="PO 26-06",
         periode="2026-2030", regio="de Heuvelrand", scholen=49, besturen=8, leerlingen="10.200",
         directeur="drs. H. (Hanneke) Tjoa", opr=10, fte="10,1",
         oogo_datum="10 februari 2026", opr_datum="9 maart 2026", vaststelling="23 maart 2026",
         missie="kinderen leren samen, zo thuisnabij als het kan, met de steun die zij nodig hebben.",
         gemeenten=[("Zeist", 19, 4300), ("De Bilt", 15, 3300), ("Utrechtse Heuvelrug", 15, 2600)])


def plan_e():
    p = E
    b = []
    b += voorwoord(p)
    b += context(p)
    b += visie(p)
    b += wetgeving(p) + regio(p)
    b += terugblik(p)
    b += [H1("Het fundament: wat iedere school biedt"),
          P("""Op iedere vestiging van iedere basisschool in De Heuvelrand is hetzelfde fundament
          aanwezig. Dat fundament hebben de acht besturen samen vastgesteld als het minimum dat overal
          gegarandeerd is, ongeacht denominatie of grootte van de school. Ouders kunnen er op elke school
          op rekenen, zonder dat daarvoor iets hoeft te worden aangevraagd."""),
          UL("""Elke groep heeft een leerkracht die handelingsgericht werkt: doelen per groep, een
             groepsplan of groepsoverzicht en drie niveaus van instructie.""",
             """Er is een intern begeleider en een ondersteuningsteam dat minimaal zes keer per jaar
             bijeenkomt, met een jeugdverpleegkundige en een medewerker van het sociaal team.""",
             """Leerlingen met leesproblemen krijgen vanaf groep 3 drie keer per week extra leesinstructie
             volgens het protocol; bij vermoeden van ernstige enkelvoudige dyslexie verwijst de school
             door voor diagnostiek.""",
             """Kinderen die meer aankunnen krijgen compacting en verrijking; iedere school heeft een
             contactpersoon hoogbegaafdheid.""",
             """Er is een aanpak voor gedrag met een schoolbrede gedragsaanpak (PBS of vergelijkbaar)
             en een training sociale vaardigheden.""",
             """Kinderen met een taalachterstand krijgen in groep 1 en 2 een voorschools vervolgaanbod van
             minimaal vier uur per week.""",
             """Het ontwikkelingsperspectief wordt opgesteld en ten minste één keer per jaar met de ouders
             besproken."""),
          P("""Wat boven dit fundament uitgaat, is extra ondersteuning.""")]
    b += [H1("Een dekkend netwerk"),
          P("""Boven het fundament staan in De Heuvelrand drie treden. Op de eerste trede zet de school een
          eigen arrangement in met de expertise van de scholen binnen het bestuur. Op de tweede trede
          zijn er bovenschoolse arrangementen: de ambulante dienst van het samenwerkingsverband, de
          observatie- en diagnosegroep in Zeist, de Meerklas voor hoogbegaafde leerlingen en de
          schakelklas voor nieuwkomers in De Bilt. Op de derde trede staan het speciaal basisonderwijs
          (drie scholen) en het speciaal onderwijs (cluster 3 en 4, vier locaties)."""),
          P("""Elke school heeft zorgplicht. Vindt een school binnen zes weken geen passende plek, of
          zit een kind langer dan twee weken thuis, dan schakelt zij het Plaatsingsteam in. Dat team
          (consulent, leerplichtambtenaar, een directeur van een sbo-school) komt binnen een week bij elkaar
          en wijst, als het moet, een school aan; alle besturen hebben vooraf afgesproken dat zo'n
          aanwijzing wordt gevolgd. Iedere zes maanden brengt het Plaatsingsteam in kaart welke
          vragen niet beantwoord konden worden, en het bestuur besluit op basis daarvan over nieuwe
          voorzieningen. Zo is de Meerklas in 2024 gestart en komt er in 2027 een tweede
          observatiegroep."""),
          P("""Voor toelaatbaarheid tot het sbo en so, de procedure en de criteria, verwijzen wij naar de
          Routewijzer TLV op onze website, die jaarlijks wordt geactualiseerd."""),
          H2("Terugkeer naar het basisonderwijs"),
          P("""Wij willen dat kinderen die het sbo of so niet meer nodig hebben, zo snel mogelijk terugkeren
          naar een basisschool dicht bij huis. Dat is geen automatisme: terugkeer komt in beeld als het
          kind de afgelopen periode stabiel heeft gefunctioneerd, het leerstofaanbod van de ontvangende
          groep kan volgen en ouders achter de stap staan. De ontvangende school krijgt gedurende een half
          jaar begeleiding van de ambulante dienst en de leerkracht kan een dag meelopen op de speciale
          school, zodat het kind niet tussen wal en schip valt."""),
          P("""Hoe de terugkeer stap voor stap verloopt en wie daarover beslist, spreken we in het
          schooljaar 2026-2027 af met de sbo- en so-scholen.""")]
    b += [H1("Koers 2030"),
          P("""Voor kinderen met extra ondersteuningsbehoeften hebben we drie doelen voor 2030:"""),
          TABLE(("Doel", "Nu (2025)", "2030"),
                ("Kinderen met een arrangement die op de eigen school blijven", "82%", "90%"),
                ("Thuiszitters langer dan vier weken", "11", "hooguit 4"),
                ("Kinderen op sbo/so die binnen drie jaar terugkeren", "4%", "8%")),
          P("""Het bureau meet deze doelen ieder jaar op 1 oktober en 1 maart met gegevens uit het
          registratiesysteem, de leerlingadministratie van de besturen en de melding van leerplicht. De
          uitkomsten bespreken we in de kwaliteitsdialoog met ieder bestuur, in de OPR en in het
          jaarverslag, waar we ook aangeven wat er is bijgestuurd. Halverwege de planperiode
          evalueren we met een externe partij of de doelen nog passend zijn.""")]
    b += [H1("Financiën"),
          P("""De verdeling en de besteding van de middelen zijn beschreven in het financieel kader en de
          meerjarenbegroting. Beide documenten worden jaarlijks afzonderlijk vastgesteld en zijn op te
          vragen bij het bureau.""")]
    b += oogo(p, True)
    b += [H1("Als het schuurt"),
          P("""Soms komen ouders en school er samen niet uit. Ouders kunnen dan kosteloos en
          onafhankelijk advies vragen bij het Ouder- en Jeugdsteunpunt De Heuvelrand (spreekuur op
          woensdag in Zeist, ook telefonisch en per mail). Het steunpunt helpt bij het voorbereiden van
          gesprekken en kan bemiddelen. Is er meer nodig, dan verwijst het steunpunt naar de
          onderwijsconsulenten. Voor geschillen over toelating en verwijdering en over het OPP is de
          Geschillencommissie passend onderwijs er, en klachten kunnen worden ingediend bij de
          klachtencommissie waarbij het betrokken schoolbestuur is aangesloten."""),
          P("""Hoe we ouders in het algemeen informeren over het ondersteuningsaanbod, leggen we vast in een
          communicatieplan dat in 2026 verschijnt.""")]
    b += governance(p, opr_ouders=True)
    b += kennis(p) + strategie(p) + overleg(p)
    b += personeel(p)
    b += ict(p)
    b += planning(p)
    b += [H1("Bijlage Woordenlijst"),
          TABLE(("Woord", "Uitleg"),
                ("Toelaatbaarheidsverklaring (TLV)", "Besluit van het samenwerkingsverband dat een kind naar sbo of so mag; aangevraagd door het schoolbestuur, na advies van twee deskundigen."),
                ("Meerjarenbegroting", "Begroting voor vier jaar waarin staat waaraan de middelen worden besteed."),
                ("Ouderinformatiepunt", "Plek op de website waar ouders alles vinden over ondersteuning."),
                ("Verdeelmodel", "De regels waarmee middelen over de besturen worden verdeeld."),
                ("Bezwaar", "Ouders kunnen binnen zes weken bezwaar maken tegen een TLV-besluit."))]
    meta = dict(title="Ondersteuningsplan 2026-2030 – webversie",
                subtitle=[p["naam"], p["code"], "Vastgesteld 23 maart 2026"],
                header="SWV De Heuvelrand PO 26-06 | Voor ouders | Voor scholen | TLV | Financiën",
                footer="© Samenwerkingsverband De Heuvelrand – Ouderinformatiepunt – Routewijzer TLV")
    crit = {c: True for c in CORE}
    crit.update({"plaatsing.procedure": False, "plaatsing.criteria": False,
                 "terugstroom.procedure": False, "financien.verdeling": False,
                 "financien.besteding": False, "ouders.informatie": False})
    adv = {"dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"],
           "ouders": ["betrokkenheid"], "terugstroom": ["monitoring"]}
    notes = {
        "basisondersteuning": "'Het fundament: wat iedere school biedt': agreed minimum on every vestiging plus concrete list; no borging.",
        "plaatsing": "Missing: only a one-line reference to the 'Routewijzer TLV' on the website; deskundigen/bezwaar only in the woordenlijst and nav/header.",
        "terugstroom": "'Terugkeer naar het basisonderwijs' (inside 'Een dekkend netwerk'): aims, conditions and support after return (beleid); steps and decider deferred to 2026-2027 -> procedure false.",
        "financien": "Missing: chapter 'Financien' only refers to separately adopted financieel kader/meerjarenbegroting; terms only in woordenlijst and header.",
        "dekkend-aanbod": "'Een dekkend netwerk': three treden of provisions, zorgplicht, Plaatsingsteam with binding assignment and half-yearly gap analysis; OOGO chapter.",
        "resultaten": "'Koers 2030': table of three doelen with nulmeting and target, measured twice a year, reported in kwaliteitsdialoog/OPR/jaarverslag.",
        "ouders": "'Als het schuurt': OJSP De Heuvelrand, onderwijsconsulenten, geschillen/klachten (steunpunt); how parents are informed is deferred to a 2026 communicatieplan -> informatie false.",
    }
    return p, meta, b, crit, adv, notes


# --------------------------------------------------------------------------------------------
# F: near-miss. A basisschool's own 'ondersteuningsplan' (zorgniveaus, groepsbesprekingen) that
# uses the SWV vocabulary but is not the plan of a samenwerkingsverband.
# --------------------------------------------------------------------------------------------


def near_miss():
    b = [H1("Inleiding"),
         P("""Dit ondersteuningsplan beschrijft hoe basisschool De Klimop in Nieuwegein de ondersteuning
         aan leerlingen organiseert in het schooljaar 2025-2026. Het plan is opgesteld door het
         intern-begeleidingsteam en besproken met het team en de medezeggenschapsraad. De Klimop is
         aangesloten bij het samenwerkingsverband passend onderwijs in onze regio; de afspraken van het
         samenwerkingsverband over basisondersteuning en toelaatbaarheid zijn voor ons het kader. Dit
         plan vervangt niet het ondersteuningsplan van het samenwerkingsverband en ook niet ons
         schoolondersteuningsprofiel."""),
         P("""De Klimop telt 312 leerlingen in 13 groepen. Ongeveer een op de vijf leerlingen heeft op enig
         moment extra aandacht nodig, bijvoorbeeld bij lezen, rekenen, gedrag of werkhouding. Wij willen
         dat ieder kind zich op De Klimop veilig voelt en zich kan ontwikkelen naar zijn of haar
         mogelijkheden."""),
         H1("De vijf zorgniveaus op De Klimop"),
         TABLE(("Niveau", "Omschrijving", "Wie"),
               ("1", "Algemene zorg in de groep: goed lesgeven, differentiëren in drie niveaus.", "leerkracht"),
               ("2", "Extra zorg in de groep na signalering in de groepsbespreking.", "leerkracht, IB"),
               ("3", "Speciale zorg na consultatie van de intern begeleider; handelingsplan.", "IB, RT"),
               ("4", "Speciale zorg met externe hulp; bespreking in het ondersteuningsteam.", "OT, externen"),
               ("5", "Arrangement via het samenwerkingsverband of verwijzing naar sbo/so (TLV).", "bestuur, SWV")),
         P("""De niveaus 1 tot en met 3 vallen binnen onze basisondersteuning. Bij niveau 4 en 5 betrekken
         we externe deskundigen en, waar nodig, het samenwerkingsverband."""),
         H1("Groepsbesprekingen en leerlingbesprekingen"),
         P("""Drie keer per jaar, in oktober, februari en juni, bespreekt de intern begeleider met iedere
         leerkracht de groep aan de hand van de toetsgegevens, observaties en het groepsoverzicht. Na de
         groepsbespreking volgt waar nodig een leerlingbespreking. De afspraken worden vastgelegd in het
         leerlingvolgsysteem. Leerkrachten evalueren de groepsplannen na zes tot acht weken."""),
         P("""Wanneer een leerling na twee evaluaties onvoldoende vooruitgang boekt, wordt hij besproken in
         het ondersteuningsteam van de school. Daarin zitten de intern begeleider, de directeur, de
         schoolmaatschappelijk werker en de orthopedagoog van ons schoolbestuur. Ouders worden altijd
         uitgenodigd."""),
         H1("Extra ondersteuning en arrangementen"),
         P("""Als de school handelingsverlegen is, vraagt de intern begeleider een arrangement aan bij het
         loket van het samenwerkingsverband. Wij gebruiken daarvoor het groeidocument. In het schooljaar
         2024-2025 kregen zes leerlingen een arrangement, meestal ambulante begeleiding bij gedrag. Bij
         een aanvraag voor een toelaatbaarheidsverklaring volgen wij de procedure van het
         samenwerkingsverband; de school stelt het dossier samen, het schoolbestuur dient de aanvraag in.
         Vorig schooljaar gingen twee leerlingen naar het speciaal basisonderwijs."""),
         P("""De middelen die de school ontvangt voor extra ondersteuning zetten wij in voor een remedial
         teacher (0,4 fte), een gedragsspecialist (0,2 fte) en scholing van het team in het werken met
         de methode 'Taakspel'."""),
         H1("Dyslexie, rekenen en meer- en hoogbegaafdheid"),
         P("""Wij volgen het protocol leesproblemen en dyslexie. Vanaf groep 2 signaleren we risicokinderen
         en in groep 3 krijgen zij extra instructie. Voor rekenen werken we met het protocol ernstige
         rekenproblemen en dyscalculie. Kinderen die meer aankunnen werken in de plusklas op dinsdagochtend
         en met verrijkingsmateriaal in de groep."""),
         H1("Samenwerking met ouders"),
         P("""Ouders zijn onze partners. Zij worden direct geïnformeerd als wij ons zorgen maken en zijn
         betrokken bij het opstellen en evalueren van het ontwikkelingsperspectief. Informatie over de
         ondersteuning staat in de schoolgids en op onze website. Wie een klacht heeft, kan terecht bij de
         interne contactpersoon van de school of de klachtencommissie van het bestuur."""),
         H1("Planning 2025-2026"),
         UL("September: startgesprekken met ouders en leerlingen.",
            "Oktober: eerste groepsbesprekingen; scholing Taakspel.",
            "Februari: tweede groepsbesprekingen; evaluatie arrangementen.",
            "Juni: derde groepsbesprekingen; overdracht naar de nieuwe leerkracht.")]
    meta = dict(title="Ondersteuningsplan 2025-2026",
                subtitle=["Openbare basisschool De Klimop, Nieuwegein",
                          "Hoe wij zorgen voor ieder kind – zorgniveaus, groepsbesprekingen en arrangementen"],
                header="OBS De Klimop – Ondersteuningsplan 2025-2026",
                footer="De Klimop, onderdeel van het samenwerkingsverband passend onderwijs")
    return meta, b


def words(blocks):
    n = 0
    for kind, payload in blocks:
        if kind in ("h1", "h2", "p"):
            n += len(payload.split())
        elif kind == "ul":
            n += sum(len(i.split()) for i in payload)
        elif kind == "table":
            n += sum(len(c.split()) for r in payload for c in r)
    return n


def main():
    tmp = tempfile.mkdtemp(prefix="holdout207_gen_")
    try:
        plans = [("po-waalboog-2026", plan_a, "docx", "po"),
                 ("po-kempenvelden-2026", plan_b, "pdf", "po"),
                 ("vo-vallei-eem-noord-2026", plan_c, "pdf", "vo"),
                 ("vo-westerkwartier-kust-2026", plan_d, "docx", "vo"),
                 ("po-heuvelrand-2026", plan_e, "html", "po")]
        for name, fn, fmt, sector in plans:
            _p, meta, blocks, crit, adv, notes = fn()
            path = OUT / f"{name}.{fmt}"
            if fmt == "docx":
                write_docx(path, meta, blocks)
            elif fmt == "pdf":
                write_pdf(path, meta, blocks, tmp)
            else:
                write_html(path, meta, blocks)
            write_label(name, [path.name], sector, crit, adv, notes)
            print(f"{path.name}: {words(blocks)} words")
        meta, blocks = near_miss()
        path = OUT / "obs-de-klimop-ondersteuningsplan.docx"
        write_docx(path, meta, blocks)
        (OUT / "obs-de-klimop-ondersteuningsplan.expected.yaml").write_text(
            "documents: [obs-de-klimop-ondersteuningsplan.docx]\n"
            "sector: po\n"
            "looks_like_plan: false\n"
            "elements: {}\n"
            "criteria: {}\n"
            "notes:\n"
            "  document: \"School-level ondersteuningsplan of one basisschool (zorgniveaus 1-5, "
            "groepsbesprekingen, plusklas, school planning 2025-2026); it refers to the "
            "samenwerkingsverband as an outside body and says it does not replace the SWV plan: no "
            "SWV code, OPR, OOGO, planperiode, verdeelmodel or meerjarenbegroting.\"\n",
            encoding="utf-8")
        print(f"{path.name}: {words(blocks)} words")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
