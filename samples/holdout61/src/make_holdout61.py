#!/usr/bin/env python3
"""Generate the holdout61 test set: five fictional ondersteuningsplannen of
samenwerkingsverbanden passend onderwijs (VO-heavy) plus one near-miss document,
each with an <name>.expected.yaml label file.

Deterministic, no network. Output goes to the folder above this script's folder.
PDFs are rendered from .docx with LibreOffice (soffice --headless --convert-to pdf).
"""
import html
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

import yaml
from docx import Document
from docx.enum.text import WD_BREAK
from docx.shared import Pt

OUT = Path(__file__).resolve().parent.parent

# ---------------------------------------------------------------------------
# Block model: list of tuples
#   ("title", [lines])  title page
#   ("toc", [entries])   inhoudsopgave
#   ("h1", text) / ("h2", text)
#   ("p", text)
#   ("ul", [items]) / ("ol", [items])
#   ("table", [header, row, row, ...])
# ---------------------------------------------------------------------------


def H1(t):
    return ("h1", t)


def H2(t):
    return ("h2", t)


def P(t):
    return ("p", " ".join(t.split()))


def UL(*items):
    return ("ul", [" ".join(i.split()) for i in items])


def OL(*items):
    return ("ol", [" ".join(i.split()) for i in items])


def T(*rows):
    return ("table", [list(r) for r in rows])


def toc_from(blocks, extra=()):
    entries = []
    page = cur = 3
    for kind, val in blocks:
        if kind == "h1":
            entries.append(f"{val} .......... {page}")
            cur = page
            page += 2
        elif kind == "h2":
            entries.append(f"    {val} .......... {cur + 1}")
    entries.extend(extra)
    return ("toc", entries)


def render_docx(blocks, path, header_text):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = header_text
    sec.footer.paragraphs[0].text = header_text.split("|")[0].strip() + " | pagina"
    for kind, val in blocks:
        if kind == "title":
            for i, line in enumerate(val):
                para = doc.add_paragraph()
                run = para.add_run(line)
                run.bold = i == 0
                run.font.size = Pt(24 if i == 0 else 14)
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif kind == "toc":
            doc.add_paragraph("Inhoudsopgave", style="Heading 1")
            for e in val:
                doc.add_paragraph(e)
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif kind == "h1":
            doc.add_paragraph(val, style="Heading 1")
        elif kind == "h2":
            doc.add_paragraph(val, style="Heading 2")
        elif kind == "p":
            doc.add_paragraph(val)
        elif kind == "ul":
            for i in val:
                doc.add_paragraph(i, style="List Bullet")
        elif kind == "ol":
            for i in val:
                doc.add_paragraph(i, style="List Number")
        elif kind == "table":
            tbl = doc.add_table(rows=len(val), cols=len(val[0]))
            tbl.style = "Table Grid"
            for r, row in enumerate(val):
                for c, cell in enumerate(row):
                    tbl.cell(r, c).text = cell
                    if r == 0:
                        for run in tbl.cell(r, c).paragraphs[0].runs:
                            run.bold = True
            doc.add_paragraph()
    doc.core_properties.author = "Bureau samenwerkingsverband"
    doc.core_properties.title = header_text
    doc.save(path)


def render_md(blocks, path):
    out = []
    for kind, val in blocks:
        if kind == "title":
            out.append("# " + val[0])
            out.extend(val[1:])
            out.append("")
            out.append("---")
        elif kind == "toc":
            out.append("## Inhoudsopgave")
            out.extend(("  - " if e.startswith(" ") else "- ") + e.strip() for e in val)
        elif kind == "h1":
            out.append("## " + val)
        elif kind == "h2":
            out.append("### " + val)
        elif kind == "p":
            out.append(val)
        elif kind == "ul":
            out.extend("- " + i for i in val)
        elif kind == "ol":
            out.extend(f"{n}. {i}" for n, i in enumerate(val, 1))
        elif kind == "table":
            out.append("| " + " | ".join(val[0]) + " |")
            out.append("|" + "---|" * len(val[0]))
            for row in val[1:]:
                out.append("| " + " | ".join(row) + " |")
        out.append("")
    path.write_text("\n".join(out), encoding="utf-8")


def render_html(blocks, path, title):
    e = html.escape
    out = ["<!DOCTYPE html>", '<html lang="nl">', "<head>", '<meta charset="utf-8">',
           f"<title>{e(title)}</title>", "</head>", "<body>",
           f'<header><p class="kop">{e(title)}</p></header>', "<main>"]
    for kind, val in blocks:
        if kind == "title":
            out.append(f"<h1>{e(val[0])}</h1>")
            out.extend(f"<p class=\"sub\">{e(x)}</p>" for x in val[1:])
        elif kind == "toc":
            out.append('<nav><h2>Inhoud</h2><ul>')
            out.extend(f"<li>{e(x.strip())}</li>" for x in val)
            out.append("</ul></nav>")
        elif kind == "h1":
            out.append(f"<h2>{e(val)}</h2>")
        elif kind == "h2":
            out.append(f"<h3>{e(val)}</h3>")
        elif kind == "p":
            out.append(f"<p>{e(val)}</p>")
        elif kind in ("ul", "ol"):
            tag = kind
            out.append(f"<{tag}>" + "".join(f"<li>{e(i)}</li>" for i in val) + f"</{tag}>")
        elif kind == "table":
            out.append("<table border=\"1\">")
            out.append("<tr>" + "".join(f"<th>{e(c)}</th>" for c in val[0]) + "</tr>")
            for row in val[1:]:
                out.append("<tr>" + "".join(f"<td>{e(c)}</td>" for c in row) + "</tr>")
            out.append("</table>")
    out += ["</main>", f"<footer><p>{e(title)}</p></footer>", "</body>", "</html>"]
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


def docx_to_pdf(docx_path, pdf_path):
    """Render a .docx to PDF with LibreOffice in a private profile/temp dir."""
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        src = tmp / docx_path.name
        shutil.copy(docx_path, src)
        profile = (tmp / "lo-profile").as_uri()
        subprocess.run(
            ["soffice", f"-env:UserInstallation={profile}", "--headless",
             "--convert-to", "pdf", "--outdir", str(tmp), str(src)],
            check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180)
        shutil.move(str(tmp / (docx_path.stem + ".pdf")), pdf_path)


def word_count(blocks):
    n = 0
    for kind, val in blocks:
        if isinstance(val, str):
            n += len(val.split())
        elif kind == "table":
            n += sum(len(c.split()) for row in val for c in row)
        else:
            n += sum(len(x.split()) for x in val)
    return n


CORE = [
    "basisondersteuning.niveau", "basisondersteuning.inhoud",
    "plaatsing.procedure", "plaatsing.criteria",
    "terugstroom.procedure", "terugstroom.beleid",
    "financien.verdeling", "financien.besteding",
    "dekkend-aanbod.continuum", "dekkend-aanbod.lacunes",
    "resultaten.doelen", "resultaten.monitoring",
    "ouders.informatie", "ouders.steunpunt",
]
ELEMENTS = ["basisondersteuning", "plaatsing", "terugstroom", "financien",
            "dekkend-aanbod", "resultaten", "ouders"]


def status_from(criteria, advisory):
    st = {}
    for el in ELEMENTS:
        vals = [v for k, v in criteria.items() if k.split(".")[0] == el]
        if all(vals):
            st[el] = "present"
        elif any(vals) or advisory.get(el):
            st[el] = "partial"
        else:
            st[el] = "missing"
    return st


def write_label(name, documents, sector, criteria, advisory, notes, expect_status):
    assert set(criteria) == set(CORE), name
    status = status_from(criteria, advisory)
    assert status == expect_status, (name, status, expect_status)
    data = {
        "documents": documents,
        "sector": sector,
        "looks_like_plan": True,
        "elements": status,
        "criteria": {k: criteria[k] for k in CORE},
        "advisory_addressed": {k: v for k, v in advisory.items() if v},
        "notes": notes,
    }
    (OUT / f"{name}.expected.yaml").write_text(
        yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=200), encoding="utf-8")


# ---------------------------------------------------------------------------
# Filler that real plans carry. Written so that it never addresses a core
# criterion; several passages mention element words in passing on purpose.
# ---------------------------------------------------------------------------

def f_voorwoord(p):
    return [
        H1("Voorwoord"),
        P(f"""Voor u ligt het ondersteuningsplan {p['period']} van {p['name']}. Het is het derde plan
        sinds de invoering van passend onderwijs in 2014 en het eerste plan dat volledig is geschreven na de
        landelijke evaluatie en de verbeteraanpak. Dat is te merken: het plan is korter en gerichter dan zijn
        voorgangers, en het legt meer nadruk op wat er in de klas en in de school gebeurt dan op structuren en
        overlegvormen. We hebben er bewust voor gekozen om het plan leesbaar te houden voor iedereen die met
        passend onderwijs te maken heeft: leraren, mentoren, ondersteuningscoördinatoren, schoolleiders,
        bestuurders, gemeenten, ketenpartners en niet in de laatste plaats ouders en leerlingen."""),
        P(f"""Het plan kwam tot stand in een proces van ruim een jaar. In {p['reflect_year']} hebben we met
        de schoolleiders, de ondersteuningsplanraad en de gemeenten teruggekeken op de vorige planperiode.
        Daaruit kwam een beeld naar voren van een samenwerkingsverband dat veel heeft bereikt, maar ook van
        scholen die de druk op hun ondersteuningsstructuur voelen, van wachttijden bij de jeugdhulp en van
        jongeren die tussen wal en schip dreigen te vallen. We zijn trots op de resultaten van de afgelopen
        jaren, en tegelijk realistisch over wat een samenwerkingsverband alleen kan doen. Veel van wat in
        dit plan staat, vraagt om samenwerking met partners buiten het onderwijs."""),
        P(f"""Graag dank ik iedereen die heeft meegedacht: de werkgroepen van ondersteuningscoördinatoren,
        de leden van de ondersteuningsplanraad, de beleidsmedewerkers van de gemeenten {', '.join(p['gemeenten'][:-1])}
        en {p['gemeenten'][-1]}, en de medewerkers van ons bureau. Zonder hun inzet, kritische vragen en
        praktijkvoorbeelden was dit plan een stuk minder concreet geworden. Ik wens u veel leesplezier en
        kijk uit naar de uitvoering in de komende jaren, samen met scholen, ouders en partners."""),
        P(f"""{p['bestuurder']}, directeur-bestuurder {p['short']}"""),
    ]


def f_leeswijzer(p, chapters):
    items = [f"het hoofdstuk ‘{t}’" for _n, t in chapters]
    return [
        H1("Leeswijzer"),
        P(f"""Dit ondersteuningsplan volgt grotendeels de indeling die de wet voorschrijft. Het plan is
        vastgesteld voor de periode {p['period_long']}. Elk hoofdstuk begint met een korte samenvatting in een
        kader en eindigt waar dat zinvol is met de afspraken die we voor de planperiode maken. De hoofdstukken
        zijn afzonderlijk te lezen; waar nodig verwijzen we naar elkaar. Achterin vindt u een begrippenlijst en
        een lijst met afkortingen. Het plan bestaat uit de volgende onderdelen:"""),
        UL(*items),
        P("""Wie snel wil weten wat er voor een individuele leerling verandert, leest vooral de hoofdstukken
        over het ondersteuningsaanbod. Wie wil weten hoe het samenwerkingsverband is georganiseerd, leest de
        hoofdstukken over organisatie, medezeggenschap en planning."""),
    ]


def f_regio(p, table, extra=""):
    return [
        H1(p["ch_regio"]),
        P(f"""{p['short']} omvat de gemeenten {', '.join(p['gemeenten'][:-1])} en {p['gemeenten'][-1]}. Het
        gebied kent een mix van kleine kernen en twee middelgrote plaatsen met een regiofunctie. In het
        landelijk gebied daalt het aantal jongeren; in de grotere kernen blijft het aantal leerlingen de komende
        jaren vrijwel stabiel door nieuwbouwwijken en de instroom van gezinnen van buiten de regio. Voor de
        scholen betekent dit dat sommige vestigingen krimpen terwijl andere aan hun maximale capaciteit zitten.
        Het samenwerkingsverband is geregistreerd onder code {p['code']}."""),
        P(f"""Bij het samenwerkingsverband zijn {p['n_besturen']} schoolbesturen aangesloten met samen
        {p['n_scholen']} scholen en vestigingen. De tabel hieronder geeft een beeld van de omvang. De cijfers
        zijn ontleend aan de leerlingtelling van 1 oktober {p['telyear']} zoals die door DUO is vastgesteld.
        {extra}"""),
        T(*table),
        P("""De leerlingenstroom laat zien dat de regio nauw verweven is met de omliggende gebieden. Een deel
        van de leerlingen volgt onderwijs buiten de regio, en omgekeerd komen leerlingen van buiten naar scholen
        in ons gebied. Dat vraagt om goede afspraken met de naburige samenwerkingsverbanden, die we in het
        regionale overleg van directeuren maken."""),
    ]


def f_visie(p):
    return [
        H1(p["ch_visie"]),
        P(f"""Onze missie is kort samen te vatten: iedere jongere in onze regio ontwikkelt zich zo goed
        mogelijk, zo dicht mogelijk bij huis, samen met leeftijdsgenoten. Dat is geen nieuwe gedachte, maar
        het blijft de toets waaraan we onze keuzes spiegelen. Passend onderwijs is voor ons geen doel op zich,
        maar een middel om te zorgen dat leerlingen onderwijs krijgen dat bij hen past."""),
        P("""Onze visie rust op vier pijlers. De eerste pijler is nabijheid: ondersteuning wordt zo veel
        mogelijk in of dichtbij de eigen school georganiseerd. De tweede pijler is vertrouwen: scholen zijn
        professionele organisaties die zelf verantwoordelijkheid nemen, en het samenwerkingsverband faciliteert
        en verbindt in plaats van te controleren. De derde pijler is samenhang: onderwijs, jeugdhulp, zorg en
        werk horen bij elkaar, en de jongere mag niet de prijs betalen voor de schotten tussen systemen. De
        vierde pijler is eenvoud: procedures moeten begrijpelijk zijn en zo min mogelijk administratieve last
        opleveren voor scholen en gezinnen."""),
        P("""Deze pijlers komen terug in alle hoofdstukken van dit plan. Ze vragen iets van iedereen. Van
        leraren vragen ze dat zij kijken naar wat een leerling nodig heeft in plaats van naar wat een leerling
        heeft. Van schoolleiders vragen ze dat zij ruimte maken voor overleg en expertise. Van besturen vragen
        ze dat zij hun verantwoordelijkheid voor de regio boven het eigen belang plaatsen. En van het
        samenwerkingsverband vragen ze dat het dienstbaar is, snel schakelt en zijn middelen inzet waar ze het
        meeste verschil maken. Inclusiever onderwijs is daarbij het perspectief op de lange termijn."""),
    ]


def f_governance(p):
    return [
        H1(p["ch_gov"]),
        P(f"""{p['name']} is een stichting. De aangesloten schoolbesturen vormen samen de
        algemene vergadering, die de begroting, de jaarrekening en het ondersteuningsplan goedkeurt. De
        dagelijkse leiding berust bij een directeur-bestuurder, die verantwoording aflegt aan een raad van
        toezicht van vijf onafhankelijke leden. Met deze scheiding van bestuur en toezicht voldoen wij aan de
        code goed bestuur voor samenwerkingsverbanden. De statuten bevatten een regeling voor geschillen tussen
        de aangesloten besturen onderling en tussen besturen en het samenwerkingsverband."""),
        P("""De raad van toezicht vergadert ten minste vijf keer per jaar, waarvan eenmaal met de
        ondersteuningsplanraad en eenmaal met de accountant. De raad heeft een auditcommissie en een commissie
        kwaliteit en onderwijs. Leden worden benoemd op basis van een openbaar profiel; een van de leden wordt
        benoemd op voordracht van de ondersteuningsplanraad. De honorering volgt de adviesregeling van de
        beroepsvereniging van toezichthouders."""),
        P("""Het bureau van het samenwerkingsverband ondersteunt de directeur-bestuurder. Het bureau is
        gehuisvest in een bedrijfsverzamelgebouw nabij het station en is goed bereikbaar voor scholen. In het
        overleg van schoolleiders worden beleidsvoorstellen voorbereid; de directeur-bestuurder neemt besluiten
        na advies van dit overleg. Het overleg komt acht keer per jaar bijeen. Daarnaast bestaan er netwerken
        van ondersteuningscoördinatoren, van orthopedagogen en van decanen, die elk vier tot zes keer per jaar
        samenkomen en zorgen voor uitwisseling van kennis tussen de scholen."""),
    ]


def f_opr(p, with_parents=True):
    blocks = [H1(p["ch_opr"])]
    if with_parents:
        blocks.append(P(f"""De ondersteuningsplanraad (OPR) heeft instemmingsrecht op dit ondersteuningsplan
        en op iedere wijziging daarvan. De OPR telt {p['opr_size']} leden, afgevaardigd door de
        medezeggenschapsraden van de aangesloten scholen. De helft van de leden is personeelslid, de andere
        helft is ouder of leerling. De OPR heeft op {p['opr_date']} ingestemd met dit plan."""))
    else:
        blocks.append(P(f"""Het ondersteuningsplan en iedere wijziging daarvan behoeven de instemming van de
        ondersteuningsplanraad (OPR). De OPR heeft op {p['opr_date']} ingestemd met dit plan. Het reglement en de
        samenstelling van de OPR zijn vastgelegd in het medezeggenschapsstatuut."""))
    blocks += [
        P("""De OPR werd vanaf het begin bij de totstandkoming van het plan betrokken. In drie
        themabijeenkomsten heeft de raad meegedacht over de hoofdlijnen, en op het conceptplan heeft de raad
        schriftelijke vragen gesteld, die het bureau schriftelijk heeft beantwoord. De OPR laat zich
        ondersteunen door een externe adviseur medezeggenschap en heeft een eigen budget voor scholing."""),
        P("""Naast de OPR kent het samenwerkingsverband een eigen medezeggenschapsraad voor het personeel in
        dienst van het samenwerkingsverband. Deze raad heeft instemmingsrecht op het personeelsbeleid en het
        formatieplan van het bureau en van de bovenschoolse voorzieningen die het samenwerkingsverband zelf
        in stand houdt."""),
    ]
    return blocks


def f_oogo(p, substantive=True):
    blocks = [H1(p["ch_oogo"]),
              P(f"""Het conceptplan is op {p['oogo_date']} besproken in het op overeenstemming gericht overleg
              (OOGO) met de colleges van burgemeester en wethouders van {', '.join(p['gemeenten'])}. Het overleg
              is gevoerd volgens de procedure die het samenwerkingsverband en de gemeenten in 2022 hebben
              vastgelegd, inclusief een regeling voor het geval geen overeenstemming wordt bereikt. Van het
              overleg is een verslag gemaakt dat door beide partijen is ondertekend. Ook is het plan besproken
              met het samenwerkingsverband {p['other_swv']}, waarvan het gebied overlapt met het onze.""")]
    if substantive:
        blocks += [
            P("""Gemeenten en samenwerkingsverband hebben een gedeelde opdracht. De gemeente is
            verantwoordelijk voor jeugdhulp, leerplicht, leerlingenvervoer en onderwijshuisvesting; het
            samenwerkingsverband voor de ondersteuning in het onderwijs. In de praktijk lopen die
            verantwoordelijkheden door elkaar, en daarom werken we met een gezamenlijke agenda. Op die agenda
            staan voor deze planperiode: jeugdhulp in en om de school, de overgang naar mbo en werk,
            leerlingenvervoer naar speciale scholen en het gezamenlijk gebruik van schoolgebouwen voor
            zorgaanbieders."""),
            P("""Iedere gemeente heeft een vaste contactpersoon van het jeugd- en gezinsteam voor het
            samenwerkingsverband. Die wordt betrokken wanneer de vraag van een leerling of gezin verder reikt dan
            het onderwijs. Onderwijs-zorgarrangementen, waarbij onderwijs en jeugdhulp in één traject worden
            gecombineerd, worden door gemeente en samenwerkingsverband samen ingericht. Het bestuurlijk overleg met de wethouders vindt twee keer per jaar plaats."""),
        ]
    else:
        blocks.append(P("""Over de inhoudelijke agenda met de gemeenten voor deze planperiode zijn in het OOGO
        nog geen afspraken gemaakt. Partijen hebben afgesproken die agenda in het eerste planjaar op te
        stellen; het resultaat wordt als voortgangsparagraaf aan dit plan toegevoegd."""))
    return blocks


def f_personeel(p):
    return [
        H1(p["ch_pers"]),
        P(f"""Het samenwerkingsverband heeft zelf een beperkte personeelsformatie. Op het bureau werken een
        directeur-bestuurder, een beleidsmedewerker, een controller, een medewerker secretariaat en een
        functionaris voor de gegevensbescherming (gedeeld met een ander samenwerkingsverband).{p.get('pers_extra', '')} In
        totaal gaat het om {p['fte']} fte. De formatie is de afgelopen jaren bewust klein gehouden; het geld hoort
        zo veel mogelijk in de scholen terecht te komen."""),
        P("""Voor de scholen is het tekort aan leraren en aan gespecialiseerd personeel de grootste zorg. Het
        samenwerkingsverband kan dat tekort niet oplossen, maar kan wel bijdragen aan het aantrekkelijk houden
        van het werk. Daarom investeren we in deskundigheidsbevordering: een jaarlijks scholingsaanbod voor
        mentoren en ondersteuningscoördinatoren, intervisie voor orthopedagogen, en een leergang
        ‘omgaan met verschillen’ voor startende leraren. Het aanbod wordt samen met de scholen en een
        hogeschool ontwikkeld."""),
        P("""Werkdruk is een terugkerend onderwerp in de gesprekken met de personeelsgeleding van de OPR. Bij
        elk nieuw beleidsvoorstel wordt daarom nagegaan welke administratieve handelingen het voor scholen
        oplevert en of die te beperken zijn. Formulieren worden waar mogelijk digitaal en vooraf ingevuld
        aangeboden. Ook de personeelsleden van de bovenschoolse voorzieningen vallen onder deze afspraak."""),
    ]


def f_ict(p):
    return [
        H1(p["ch_ict"]),
        P("""Het samenwerkingsverband verwerkt persoonsgegevens van leerlingen, waaronder gegevens over
        gezondheid, voor zover dat nodig is voor de wettelijke taken. Wij doen dat zorgvuldig en in
        overeenstemming met de Algemene verordening gegevensbescherming. Er is een privacyreglement,
        vastgesteld na instemming van de OPR, en een verwerkingsregister. Gegevens die betrekking hebben op een
        besluit over toelaatbaarheid worden bewaard tot drie jaar na dat besluit en daarna vernietigd."""),
        P("""Voor de uitwisseling van gegevens met scholen gebruiken we een beveiligde digitale omgeving.
        Medewerkers van het samenwerkingsverband hebben alleen toegang tot de dossiers die zij voor hun werk
        nodig hebben. Jaarlijks voert een externe partij een beveiligingstoets uit. In de planperiode
        vervangen we het huidige registratiesysteem door een nieuw systeem dat beter aansluit op de systemen van
        de scholen; de aanbesteding start in het eerste planjaar."""),
        P("""Datalekken worden gemeld bij de functionaris gegevensbescherming, die beoordeelt of melding aan
        de Autoriteit Persoonsgegevens nodig is. In de afgelopen planperiode is tweemaal een datalek gemeld;
        beide keren ging het om een e-mail die aan een verkeerde ontvanger was gestuurd. Naar aanleiding
        daarvan is het versturen van dossiers per e-mail niet langer toegestaan."""),
    ]


def f_mbo(p):
    return [
        H1(p["ch_mbo"]),
        P("""De overgang van het voortgezet onderwijs naar het mbo of naar werk is voor veel jongeren met een
        ondersteuningsbehoefte een kwetsbaar moment. Decanen van de vo-scholen en de intakers van de
        mbo-instellingen in de regio maken daarom afspraken over een warme overdracht. Het doorstroomdossier
        wordt met toestemming van de leerling gedeeld, en bij leerlingen met een ontwikkelingsperspectief vindt
        vóór 1 april een overdrachtsgesprek plaats."""),
        P("""Voor leerlingen uit het praktijkonderwijs en het vso met uitstroomprofiel arbeid werken we samen
        met het regionale werkbedrijf en de gemeentelijke afdelingen werk en inkomen. Het doel is dat iedere
        jongere na school een plek heeft op een leerwerkplek, in betaald werk of in een vervolgopleiding.
        Stagebedrijven worden gezamenlijk geworven, zodat scholen elkaar niet beconcurreren op dezelfde
        leerwerkplekken."""),
    ]


def f_vaststelling(p, with_eval=True):
    rows = [["Moment", "Activiteit"],
            ["september", "Start schooljaar; jaarplan bureau vastgesteld"],
            ["november", "Conceptbegroting besproken in schoolleidersoverleg"],
            ["december", "Begroting vastgesteld; voorgelegd aan raad van toezicht"],
            ["maart", "Bestuurlijk overleg met wethouders"],
            ["juni", "Jaarrekening en bestuursverslag vastgesteld"]]
    if with_eval:
        rows.insert(4, ["februari", "Halfjaarlijkse evaluatie jaarplan met OPR"])
    return [
        H1(p["ch_plan"]),
        P(f"""Dit ondersteuningsplan is na instemming van de OPR en na afronding van het OOGO vastgesteld door
        het bestuur op {p['vast_date']} en vóór 1 mei aan de inspectie van het onderwijs toegezonden. Het plan
        geldt voor de schooljaren {p['period_long']}. Wijzigingen tussentijds worden als voortgangsparagraaf
        aan het plan toegevoegd, na instemming van de OPR."""),
        P("""Het ondersteuningsplan wordt jaarlijks uitgewerkt in een jaarplan en een jaarbegroting. De
        jaarcyclus ziet er als volgt uit:"""),
        T(*rows),
    ]


def glossary(title, entries):
    blocks = [H1(title)]
    for term, expl in entries:
        blocks.append(P(f"{term}: {expl}"))
    return blocks


def abbrev(entries):
    return [H1("Afkortingen"), T(["Afkorting", "Betekenis"], *entries)]


def chapters_numbered(blocks):
    """Prefix h1 headings (except front/back matter) with chapter numbers."""
    out, n = [], 0
    skip = {"Voorwoord", "Leeswijzer", "Begrippenlijst", "Afkortingen", "Verklarende woordenlijst",
            "Begrippen en afkortingen"}
    for kind, val in blocks:
        if kind == "h1" and val not in skip and not val.startswith("Bijlage"):
            n += 1
            val = f"{n} {val}"
        out.append((kind, val))
    return out


def assemble(title_lines, body, extra_toc=()):
    body = chapters_numbered(body)
    return [("title", title_lines), toc_from(body, extra_toc)] + body


# ===========================================================================
# Plan A - VO Lingewaarden (.docx)
# ===========================================================================
PA = dict(
    name="Samenwerkingsverband Voortgezet Onderwijs Lingewaarden", short="SWV VO Lingewaarden",
    code="VO 25-14", period="2025-2029", period_long="2025-2026 tot en met 2028-2029",
    reflect_year="2024", gemeenten=["Lingedal", "Waardenburg-Oost", "Heukelum-Vlist", "Tielerwaard"],
    bestuurder="drs. M.A. (Marloes) van Ingen", n_besturen=9, n_scholen=17, telyear="2024",
    opr_size=12, opr_date="18 maart 2025", oogo_date="4 maart 2025", other_swv="PO Lingewaarden (PO 25-13)",
    vast_date="25 maart 2025", fte="14,6",
    pers_extra=" Daarnaast zijn er orthopedagogen in dienst die de Commissie van Toelaatbaarheid adviseren.",
    ch_regio="Onze regio in cijfers", ch_visie="Missie en visie", ch_gov="Organisatie en governance",
    ch_opr="Medezeggenschap", ch_oogo="Gemeenten en OOGO", ch_pers="Personeel en professionalisering",
    ch_ict="ICT en privacy", ch_mbo="Aansluiting vo-mbo-arbeidsmarkt", ch_plan="Planning en vaststelling",
)


def plan_a():
    p = PA
    body = []
    body += f_voorwoord(p)
    body += f_leeswijzer(p, [(3, "Onze regio in cijfers"), (4, "Missie en visie"), (5, "Basisondersteuning"),
                             (6, "Het ondersteuningscontinuüm"), (7, "Toelaatbaarheid vso, lwoo en pro"),
                             (9, "Geld en middelen"), (10, "Communicatie"), (15, "Kwaliteit en resultaten")])
    body += f_regio(p, [["Schoolsoort", "Vestigingen", "Leerlingen 1-10-2024"],
                        ["Vmbo (waarvan 6 met lwoo)", "8", "4.120"],
                        ["Havo/vwo en brede scholengemeenschap", "5", "6.870"],
                        ["Praktijkonderwijs", "2", "410"],
                        ["Voortgezet speciaal onderwijs (cluster 3 en 4)", "2", "530"],
                        ["Totaal", "17", "11.930"]])
    body += f_visie(p)
    body += [
        H1("Basisondersteuning"),
        P("""Basisondersteuning is in ons samenwerkingsverband het afgesproken minimum aan ondersteuning dat
        iedere vestiging van iedere aangesloten vo-school biedt, zonder dat daarvoor een aanvraag bij het
        samenwerkingsverband nodig is en zonder dat ouders er iets voor hoeven te regelen. De besturen hebben
        dit niveau samen vastgesteld; het geldt voor het vmbo, de havo en het vwo, en voor het praktijkonderwijs
        voor zover de standaarden daar van toepassing zijn. Wat een school daarbovenop biedt, noemen we extra
        ondersteuning."""),
        P("""De basisondersteuning bestaat uit de tien standaarden in onderstaande tabel. Elke standaard is
        uitgewerkt in een concrete norm die op iedere vestiging aanwezig moet zijn."""),
        T(["Nr.", "Standaard", "Wat dit op iedere vestiging concreet betekent"],
          ["1", "Mentoraat", "Elke klas heeft een mentor met minimaal één mentoruur per week; in leerjaar 1 en 2 twee mentorgesprekken per jaar met leerling en ouders."],
          ["2", "Ondersteuningscoördinator", "Iedere vestiging heeft een ondersteuningscoördinator met minimaal 0,4 fte per 500 leerlingen."],
          ["3", "Ondersteuningsteam", "Een intern ondersteuningsteam (OT) komt minimaal eens per drie weken bijeen; jeugdarts, leerplicht en schoolmaatschappelijk werk schuiven aan."],
          ["4", "Dyslexie en dyscalculie", "Een protocol met faciliteiten: extra tijd, vergroot lettertype, voorleessoftware, rekenkaart."],
          ["5", "Sociaal-emotionele training", "Jaarlijks aanbod faalangstreductietraining en sociale-vaardigheidstraining in kleine groepen."],
          ["6", "Orthopedagogische expertise", "Minimaal acht uur per week beschikbaarheid van een orthopedagoog of psycholoog per vestiging."],
          ["7", "Opvang en time-out", "Een opvangruimte met vaste begeleider tijdens alle lesuren; afspraken over time-out en terugkeer in de les."],
          ["8", "Medisch handelen", "Een protocol medisch handelen en afspraken over medicijnverstrekking."],
          ["9", "Taalondersteuning", "NT2-ondersteuning voor leerlingen die korter dan vier jaar in Nederland zijn."],
          ["10", "Ontwikkelingsperspectief", "Een OPP wordt binnen zes weken na de start van extra ondersteuning opgesteld en twee keer per jaar geëvalueerd."]),
        P("""Elk najaar vult iedere vestiging de kwaliteitskaart basisondersteuning in. Het bureau bezoekt
        jaarlijks een derde van de vestigingen en bespreekt de kaart met de schoolleider. Voldoet een vestiging
        op een standaard niet, dan maakt het bestuur binnen drie maanden een verbeterplan, dat bij het volgende
        bezoek wordt besproken."""),
        H1("Het ondersteuningscontinuüm"),
        P("""Rond de basisondersteuning is een samenhangend geheel van voorzieningen ingericht. We
        onderscheiden vier niveaus, die op elkaar aansluiten zodat een leerling zonder onderbreking de
        ondersteuning krijgt die nodig is."""),
        UL("""Niveau 1 – basisondersteuning op iedere vestiging, zoals hierboven beschreven.""",
           """Niveau 2 – extra ondersteuning in de eigen school: arrangementen die de school zelf inricht en
           betaalt uit haar schoolbudget, zoals een trajectgroep, een kleine klas in de onderbouw, coaching door
           een gedragsspecialist of een aangepast rooster. Zes vmbo-scholen bieden daarnaast lwoo in de vorm van
           kleinere klassen en extra begeleiding.""",
           """Niveau 3 – bovenschoolse voorzieningen: Rebound Lingewaarden (16 plaatsen, tijdelijke opvang van
           maximaal twaalf weken met terugkeer naar de eigen school), OPDC De Brug (48 plaatsen, maximaal één
           schooljaar, onderbouw vmbo en havo) en de ISK in Tiel voor nieuwkomers van 12 tot 18 jaar.""",
           """Niveau 4 – gespecialiseerd onderwijs: praktijkonderwijs op twee locaties, en het vso van De Linge
           (cluster 4) en Het Kompas (cluster 3, ZML en LZ)."""),
        P("""Onderwijs-zorgarrangementen combineren een plaats op niveau 2, 3 of 4 met jeugdhulp, bijvoorbeeld
        een dagbehandeling die deels op school plaatsvindt. Deze arrangementen worden samen met de gemeente
        ingericht."""),
        P("""Wij beseffen dat dit continuüm nog niet voor elke leerling sluitend is. Een analyse van witte
        vlekken en wachtlijsten in het aanbod voeren we uit in schooljaar 2025-2026. De uitkomsten en de
        acties die daaruit voortvloeien, worden verwerkt in de eerste voortgangsparagraaf bij dit plan."""),
        H1("Toelaatbaarheid vso, lwoo en pro"),
        H2("Wie vraagt aan en wie beslist"),
        P("""Het samenwerkingsverband beslist over de toelaatbaarheid tot het voortgezet speciaal onderwijs en
        over de toelaatbaarheid tot het praktijkonderwijs en de aanwijzing voor leerwegondersteunend onderwijs.
        Deze besluiten neemt de Commissie van Toelaatbaarheid (CvT) namens het bestuur. De aanvraag wordt
        altijd ingediend door het bevoegd gezag van de school waar de leerling staat ingeschreven of is
        aangemeld. De route verloopt in zes stappen:"""),
        OL("""De ondersteuningscoördinator bespreekt de leerling in het ondersteuningsteam, met ouders en
           leerling erbij, en stelt vast dat de ondersteuningsbehoefte de mogelijkheden van de school te boven
           gaat.""",
           """De school dient de aanvraag digitaal in via het portaal van het samenwerkingsverband, met het
           ontwikkelingsperspectief, het onderwijskundig rapport, een verslag van de laatste evaluatie en de
           zienswijze van ouders.""",
           """Het secretariaat van de CvT controleert binnen vijf werkdagen of het dossier compleet is.""",
           """Twee deskundigen brengen elk afzonderlijk een schriftelijk advies uit: een orthopedagoog of
           psycholoog van het samenwerkingsverband en, afhankelijk van de leerling, een kinderpsychiater,
           jeugdarts of maatschappelijk werker. Deskundigen die bij de aanvraag betrokken waren, adviseren
           niet.""",
           """De CvT neemt binnen zes weken na ontvangst van de volledige aanvraag een besluit.""",
           """Ouders en school ontvangen het besluit en een afschrift van de deskundigenadviezen."""),
        P("""Aanvragen voor lwoo en pro doorlopen dezelfde route, met dien verstande dat voor leerlingen uit
        groep 8 de aanvraag vóór 1 maart wordt ingediend, zodat het besluit bekend is vóór de start van het
        schooljaar."""),
        H2("Waarop de commissie beslist"),
        P("""De inhoudelijke criteria op grond waarvan de CvT een leerling toelaatbaar verklaart tot het vso,
        worden in schooljaar 2025-2026 door de commissie in overleg met de vso-scholen herijkt. Tot die tijd
        beoordeelt de CvT iedere aanvraag afzonderlijk op basis van de deskundigenadviezen. Voor lwoo en pro
        hanteert de commissie de landelijke criteria."""),
        H2("Duur en bekostigingscategorie"),
        P("""Een TLV voor het vso wordt afgegeven voor ten hoogste twee schooljaren en loopt af op 31 juli. De
        CvT stelt daarbij de bekostigingscategorie vast: laag, midden of hoog. Een TLV voor het
        praktijkonderwijs geldt voor de gehele schoolloopbaan."""),
        H2("Bezwaar"),
        P("""Ouders die het niet eens zijn met een besluit van de CvT, kunnen binnen zes weken bezwaar maken
        bij het bestuur van het samenwerkingsverband. Het samenwerkingsverband is aangesloten bij de
        Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen, die het bestuur adviseert."""),
        H2("Einde van de TLV en terugkeer naar het reguliere voortgezet onderwijs"),
        P("""Een TLV is geen eindstation. Ons uitgangspunt is dat een leerling in het vso terugkeert naar een
        reguliere school zodra dat verantwoord is, bij voorkeur in de eigen woonplaats. Terugkeer is aan de
        orde wanneer uit de evaluatie van het ontwikkelingsperspectief blijkt dat de leerling het
        onderwijsprogramma van een reguliere school kan volgen met de ondersteuning die daar beschikbaar is,
        en wanneer de leerling zelf en de ouders daarachter staan."""),
        P("""De procedure verloopt als volgt. Uiterlijk 1 februari van het laatste jaar van de TLV evalueert de
        vso-school met de leerling en ouders het ontwikkelingsperspectief. De vso-school meldt de uitkomst
        vóór 1 maart bij de consulent van het samenwerkingsverband. Als terugkeer haalbaar is, organiseert de
        consulent vóór 1 april een overdrachtsgesprek tussen vso-school, ontvangende school, ouders en
        leerling. De directeur van de ontvangende school besluit na advies van de consulent over de plaatsing.
        Is terugkeer nog niet verantwoord, dan vraagt de vso-school via de gewone route een nieuwe TLV aan.
        Na de overstap vinden evaluaties plaats na zes weken en na zes maanden."""),
        P("""Een leerling die terugkeert, krijgt gedurende maximaal één schooljaar een terugkeerarrangement:
        vier uur ambulante begeleiding per week door een begeleider van de vso-school, die de leerling al
        kent. Het samenwerkingsverband betaalt dit arrangement uit het budget voor bovenschoolse
        arrangementen, zodat de ontvangende school er niet zelf voor hoeft te betalen."""),
        H1("Thuiszitters"),
        P("""Het terugdringen van thuiszitten is een gedeelde opgave van scholen, samenwerkingsverband,
        gemeenten en jeugdhulp. In het OOGO van maart 2025 is afgesproken dat wij samen met de leerplichtambtenaren
        van de vier gemeenten een gezamenlijke thuiszittersaanpak opstellen. Die aanpak wordt in de loop van
        schooljaar 2025-2026 uitgewerkt en vervolgens als voortgangsparagraaf aan dit plan toegevoegd."""),
        H1("Geld en middelen"),
        H2("Waar het geld vandaan komt"),
        P("""Het samenwerkingsverband ontvangt van het Rijk een budget voor lichte en zware ondersteuning.
        Daarnaast ontvangt het de middelen voor leerwegondersteunend onderwijs en praktijkonderwijs. De
        vo-scholen ontvangen hun reguliere lumpsum rechtstreeks van het Rijk; die lumpsum valt buiten dit
        plan. De bekostiging van het vso wordt door DUO rechtstreeks op ons budget ingehouden."""),
        H2("Hoe we verdelen"),
        P("""De middelen worden volgens vaste regels verdeeld. Het algemeen bestuur stelt het verdeelmodel
        jaarlijks in december vast, op voorstel van de directeur-bestuurder en na advies van het
        schoolleidersoverleg. Het model kent vier onderdelen:"""),
        UL("""Schoolbudgetten: ieder bestuur ontvangt € 162 per leerling op de teldatum van 1 oktober van het
           voorgaande jaar, plus een vaste voet van € 25.000 per vestiging. Met dit budget bekostigt de school
           de basisondersteuning en de extra ondersteuning op niveau 2.""",
           """Lwoo: de lwoo-middelen worden doorbetaald aan de besturen van de zes vmbo-scholen met lwoo, naar
           rato van het aantal leerlingen met een lwoo-aanwijzing op 1 oktober.""",
           """Pro: de middelen voor praktijkonderwijs gaan volledig naar de twee pro-scholen, naar rato van het
           aantal leerlingen met een TLV pro op 1 oktober.""",
           """Bovenschools: het resterende deel financiert de Rebound, het OPDC, de aanvulling op de ISK, de
           terugkeerarrangementen, de CvT en het bureau."""),
        H2("Waaraan we het besteden"),
        P("""De meerjarenbegroting hieronder laat zien hoe de middelen in de planperiode worden besteed. De
        bedragen zijn in duizenden euro's en gebaseerd op de leerlingprognose van februari 2025."""),
        T(["Post (x € 1.000)", "2025", "2026", "2027", "2028"],
          ["Baten lichte en zware ondersteuning", "9.840", "9.790", "9.720", "9.650"],
          ["Baten lwoo en pro", "7.310", "7.240", "7.180", "7.120"],
          ["Afdracht vso via DUO", "-4.620", "-4.590", "-4.560", "-4.530"],
          ["Schoolbudgetten besturen", "2.355", "2.340", "2.325", "2.310"],
          ["Doorbetaling lwoo", "4.980", "4.930", "4.890", "4.850"],
          ["Doorbetaling pro", "2.330", "2.310", "2.290", "2.270"],
          ["Rebound en OPDC", "1.420", "1.440", "1.460", "1.480"],
          ["ISK-aanvulling en terugkeerarrangementen", "380", "390", "400", "400"],
          ["Bureau, CvT en deskundigen", "920", "930", "940", "950"],
          ["Resultaat", "145", "100", "35", "-20"]),
        P("""Het weerstandsvermogen bedraagt eind 2024 circa 9 procent van de baten en ligt daarmee onder de
        signaleringswaarde voor bovenmatige reserves. Besturen leggen jaarlijks vóór 1 maart in een korte
        bestedingsverantwoording vast waaraan zij hun schoolbudget hebben uitgegeven."""),
        H1("Communicatie"),
        P("""Goede communicatie is een voorwaarde voor passend onderwijs. Het bureau verstuurt zes keer per
        jaar een nieuwsbrief aan scholen en partners en onderhoudt een besloten omgeving voor
        ondersteuningscoördinatoren."""),
        P("""Ouders informeren wij langs verschillende wegen over de ondersteuning die scholen en het
        samenwerkingsverband bieden. Op de ouderpagina van onze website staan de tien standaarden van de
        basisondersteuning, de bovenschoolse voorzieningen en de route naar een TLV in gewone taal uitgelegd.
        De brochure ‘Extra steun op school’ is beschikbaar in het Nederlands, Engels, Arabisch en Turks en
        wordt via alle scholen aan ouders van brugklassers uitgereikt. Iedere school beschrijft in de schoolgids
        welke ondersteuning zij biedt. In november organiseren we in elk van de vier gemeenten een
        informatieavond voor ouders."""),
        P("""Ouders die vastlopen of het oneens zijn met de school, kunnen terecht bij het Ouder- en
        Jeugdsteunpunt Lingewaarden. Het steunpunt is onafhankelijk van scholen en samenwerkingsverband en is
        ondergebracht bij een stichting voor cliëntondersteuning; het is bereikbaar via telefoon, e-mail en een
        inloopspreekuur. Daarnaast kunnen ouders kosteloos een onderwijsconsulent inschakelen. Voor klachten
        geldt de klachtenregeling van het samenwerkingsverband, en geschillen over toelating, verwijdering of
        het ontwikkelingsperspectief kunnen worden voorgelegd aan de Geschillencommissie passend onderwijs."""),
    ]
    body += f_governance(p) + f_opr(p) + f_oogo(p) + f_personeel(p) + f_ict(p) + f_mbo(p)
    body += [
        H1("Kwaliteit en resultaten"),
        P("""Het samenwerkingsverband wil een lerende organisatie zijn. De beoogde resultaten voor deze
        planperiode, en de manier waarop wij die gaan volgen en verantwoorden, werken wij uit in het
        Kwaliteitskader Lingewaarden. Het bestuur stelt dit kader naar verwachting in het voorjaar van 2026
        vast. Het kader wordt na instemming van de OPR als wijziging aan dit plan toegevoegd."""),
    ]
    body += f_vaststelling(p, with_eval=False)
    body += glossary("Begrippenlijst", [
        ("Beoogde resultaten", "de resultaten die het samenwerkingsverband met de ondersteuning van leerlingen wil bereiken en die het jaarlijks meet en verantwoordt."),
        ("Dekkend aanbod", "een samenhangend netwerk van voorzieningen waarin voor iedere leerling een passende plek is en thuiszitters worden voorkomen."),
        ("Lwoo", "leerwegondersteunend onderwijs in het vmbo."),
        ("Terugplaatsing", "de overstap van een leerling van het vso naar het reguliere voortgezet onderwijs."),
        ("Toelaatbaarheidsverklaring (TLV)", "besluit van het samenwerkingsverband dat een leerling toelaatbaar is tot het vso of het praktijkonderwijs."),
        ("Zorgplicht", "de plicht van een schoolbestuur om een leerling die extra ondersteuning nodig heeft een passende onderwijsplek aan te bieden."),
    ])
    body += abbrev([["CvT", "Commissie van Toelaatbaarheid"], ["ISK", "Internationale schakelklas"],
                    ["OPDC", "Orthopedagogisch-didactisch centrum"], ["OPP", "Ontwikkelingsperspectief"],
                    ["OPR", "Ondersteuningsplanraad"], ["PrO", "Praktijkonderwijs"],
                    ["VSO", "Voortgezet speciaal onderwijs"]])
    blocks = assemble([f"Ondersteuningsplan {p['period']}", p["name"], f"Samenwerkingsverband {p['code']}",
                       "Vastgesteld op 25 maart 2025"], body)
    return blocks


# ===========================================================================
# Plan B - VO Kempenrand (.pdf rendered from .docx)
# ===========================================================================
PB = dict(
    name="Stichting Samenwerkingsverband Voortgezet Onderwijs Kempenrand", short="SWV Kempenrand",
    code="VO 30-09", period="2026-2030", period_long="2026-2027 tot en met 2029-2030",
    reflect_year="2025", gemeenten=["Bergeijkveld", "Hoogeloon-Zuid", "Lommelse Heide", "Valkenswaard-Noord", "Eersel-Kempen"],
    bestuurder="ir. J.P. (Joost) Verhagen", n_besturen=7, n_scholen=14, telyear="2025",
    opr_size=10, opr_date="10 maart 2026", oogo_date="26 februari 2026", other_swv="PO Kempenrand (PO 30-08)",
    vast_date="24 maart 2026", fte="9,8",
    pers_extra=" Voor de deskundigenadviezen heeft het samenwerkingsverband twee orthopedagogen en een GZ-psycholoog in dienst.",
    ch_regio="De regio Kempenrand", ch_visie="Visie en uitgangspunten", ch_gov="Organisatie en bestuur",
    ch_opr="Medezeggenschap", ch_oogo="Samenwerking met gemeenten", ch_pers="Personeel",
    ch_ict="Informatiebeveiliging en privacy", ch_mbo="Doorlopende leerlijnen naar mbo en werk",
    ch_plan="Planning en vaststelling",
)


def plan_b():
    p = PB
    body = []
    body += f_voorwoord(p)
    body += [
        H1("Inleiding en wettelijk kader"),
        P("""Ieder samenwerkingsverband stelt ten minste eens in de vier jaar een ondersteuningsplan vast. De
        Wet op het voortgezet onderwijs schrijft voor wat het plan in elk geval bevat: hoe het
        samenwerkingsverband een samenhangend geheel van ondersteuningsvoorzieningen realiseert, inclusief de
        basisondersteuning; de procedure en criteria voor de verdeling en besteding van middelen; de procedure
        en criteria voor toelaatbaarheid tot het vso, lwoo en pro; de procedure en het beleid voor
        terugplaatsing; de beoogde en bereikte resultaten; en de wijze waarop ouders worden geïnformeerd en
        waar zij onafhankelijke ondersteuning kunnen vinden. Deze opsomming is richtinggevend geweest voor de
        opbouw van het plan, al hebben we sommige onderwerpen samengevoegd."""),
        P("""Dit plan is de opvolger van het plan 2022-2026. Omdat de lwoo- en pro-middelen in onze regio een
        groot deel van het budget uitmaken, besteden we in dit plan nadrukkelijk aandacht aan
        leerwegondersteuning en praktijkonderwijs. De regio kent een relatief hoog aandeel leerlingen in het
        praktijkonderwijs en in het vmbo basis- en kaderberoepsgerichte leerweg."""),
    ]
    body += f_regio(p, [["Onderwijssoort", "Leerlingen 1-10-2025", "Aandeel"],
                        ["Vmbo zonder lwoo", "3.310", "37,9%"],
                        ["Vmbo met lwoo-aanwijzing", "1.240", "14,2%"],
                        ["Praktijkonderwijs", "515", "5,9%"],
                        ["Havo/vwo", "3.290", "37,7%"],
                        ["Vso (cluster 3 en 4)", "372", "4,3%"],
                        ["Totaal", "8.727", "100%"]],
                    extra="Het deelnamepercentage vso ligt met 4,3 procent boven het landelijk gemiddelde van 3,6 procent.")
    body += f_visie(p)
    body += [
        H1("Basisondersteuning"),
        P("""Onder basisondersteuning verstaan wij het geheel van preventieve en licht curatieve interventies
        dat binnen de ondersteuningsstructuur van de school planmatig en op een afgesproken kwaliteitsniveau
        wordt uitgevoerd. De besturen in Kempenrand hebben afgesproken dat dit niveau een ondergrens is die
        voor iedere vestiging geldt, ongeacht de onderwijssoort: een leerling hoeft voor basisondersteuning
        geen aanvraag te doen en de school hoeft er geen extra middelen voor te vragen."""),
        P("""De concrete standaarden en voorzieningen van de basisondersteuning zijn opgenomen in de Kaart
        Basisondersteuning Kempenrand (bijlage 2). Hoe iedere school die standaarden invult, staat in het
        schoolondersteuningsprofiel van de school, dat op de website van de school te vinden is. In de
        planperiode actualiseren we de kaart zodra de landelijke norm basisondersteuning bekend is."""),
        H1("Ondersteuningsaanbod en dekkend netwerk"),
        H2("Het aanbod in samenhang"),
        P("""Boven op de basisondersteuning beschikt de regio over een doorlopend aanbod van extra en
        gespecialiseerde ondersteuning. We beschrijven het aanbod van licht naar zwaar:"""),
        UL("""Extra ondersteuning op school: iedere school richt met haar schoolbudget arrangementen in, zoals
           een zorgklas, een begeleidingsuur bij een gedragsspecialist of een rustige werkplek.""",
           """Leerwegondersteuning: alle zes vmbo-scholen bieden lwoo in kleinere groepen met extra mentortijd en
           remediërende lessen lezen en rekenen.""",
           """Praktijkonderwijs: twee scholen voor praktijkonderwijs met uitstroomprofielen arbeid,
           entree-opleiding en dagbesteding.""",
           """Herstart Kempenrand: een tijdelijke bovenschoolse voorziening (12 plaatsen) voor leerlingen die
           dreigen uit te vallen; maximaal tien weken, daarna terug naar de eigen school.""",
           """OPDC Kempenrand: 30 plaatsen voor onderbouwleerlingen die een jaar intensieve begeleiding in een
           kleine setting nodig hebben.""",
           """Voortgezet speciaal onderwijs: De Wissel (cluster 4) en De Akker (cluster 3) in de regio, aangevuld
           met plaatsingen in vso-scholen in Eindhoven."""),
        H2("Geen jongere tussen wal en schip"),
        P("""Een dekkend netwerk betekent dat er voor iedere jongere een passende plek is. Om na te gaan waar dat
        niet lukt, houden we een thuiszittersregistratie bij die iedere zes weken wordt besproken aan de
        thuiszitterstafel, met de leerplichtambtenaren, de consulenten van het samenwerkingsverband en de
        lokale jeugdteams. Voor iedere thuiszitter wordt binnen twee weken een casusregisseur aangewezen die
        een plan maakt; als partijen er na acht weken niet uitkomen, besluit de directeur-bestuurder
        (doorzettingsmacht) welke school of voorziening een aanbod doet."""),
        P("""In 2025 hebben we een analyse van witte vlekken uitgevoerd. Daaruit kwamen twee tekorten naar
        voren: er is geen passend aanbod voor havo/vwo-leerlingen met autisme die niet in een grote school
        kunnen functioneren, en de wachttijd voor De Wissel liep op tot vier maanden. Voor de eerste groep
        start in augustus 2026 een kleinschalige havo-voorziening met 15 plaatsen op een bestaande
        scholengemeenschap; voor De Wissel is met het bestuur een uitbreiding met twee groepen per 1 januari
        2027 afgesproken. We volgen de wachtlijsten maandelijks."""),
        H1("Toewijzing: vso, lwoo en praktijkonderwijs"),
        H2("Procedure"),
        P("""De Commissie Toewijzing Kempenrand (CTK) beslist namens het bestuur over toelaatbaarheid tot het
        vso, toelaatbaarheid tot het praktijkonderwijs en de aanwijzing voor lwoo. De procedure verloopt volgens
        onderstaand schema."""),
        T(["Stap", "Wie", "Wat", "Termijn"],
          ["1", "School van inschrijving of aanmelding", "Stelt het groeidocument op en bespreekt de aanvraag in het ondersteuningsteam", "—"],
          ["2", "Bevoegd gezag van de school", "Dient de aanvraag in via het digitale loket", "lwoo/pro: vóór 1 maart; vso: doorlopend"],
          ["3", "Secretariaat CTK", "Controleert volledigheid, vraagt zo nodig aanvullende stukken op", "binnen 5 werkdagen"],
          ["4", "Twee deskundigen", "Orthopedagoog of GZ-psycholoog plus een tweede deskundige brengen elk een eigen schriftelijk advies uit", "binnen 3 weken"],
          ["5", "CTK", "Neemt een besluit en stelt bij vso de bekostigingscategorie vast", "binnen 6 weken na volledige aanvraag"],
          ["6", "Secretariaat CTK", "Verzendt besluit en adviezen aan de school", "binnen 3 werkdagen na besluit"]),
        H2("Criteria"),
        P("""De CTK verklaart een leerling toelaatbaar tot het vso als aan alle volgende criteria is voldaan:"""),
        UL("""de ondersteuningsbehoefte is handelingsgericht beschreven in het groeidocument en de school heeft
           ten minste twee cycli extra ondersteuning uitgevoerd en geëvalueerd;""",
           """de benodigde ondersteuning overstijgt aantoonbaar wat de school met basis- en extra ondersteuning,
           inclusief Herstart en OPDC, kan bieden;""",
           """het vso kan de onderwijs- en ondersteuningsbehoefte wel bieden (cluster 3: ernstige
           verstandelijke, lichamelijke of langdurig medische beperking; cluster 4: ernstige gedrags- of
           psychiatrische problematiek die onderwijs in een reguliere setting onmogelijk maakt)."""),
        P("""Voor het praktijkonderwijs gelden de landelijke criteria: een IQ tussen 55 en 80 en een
        leerachterstand van ten minste drie jaar (50 procent of meer) op twee of meer domeinen, waarvan één
        begrijpend lezen of inzichtelijk rekenen is. Voor lwoo gebruiken wij eveneens de landelijke criteria:
        een IQ tussen 75 en 90 met een leerachterstand van anderhalf tot drie jaar op twee domeinen, of een IQ
        tussen 91 en 120 met een leerachterstand op twee domeinen en sociaal-emotionele problematiek die het
        leren belemmert."""),
        H2("Duur"),
        P("""Een TLV vso wordt afgegeven voor één, twee of drie schooljaren en eindigt op 31 juli. De
        bekostigingscategorie (laag, midden of hoog) volgt uit het deskundigenadvies. Een TLV pro en een
        lwoo-aanwijzing gelden voor de duur van de opleiding."""),
        H2("Terug naar het reguliere voortgezet onderwijs"),
        P("""Kempenrand wil dat leerlingen zo kort als nodig in het vso verblijven. Het beleid is dat een
        leerling terugkeert naar het reguliere vo wanneer het ontwikkelingsperspectief laat zien dat de
        leerling met extra ondersteuning op school het reguliere programma kan volgen, wanneer er een school in
        de eigen regio is die deze ondersteuning kan bieden en wanneer de leerling een diploma in het regulier
        kan halen. Na terugkeer ontvangt de school voor deze leerling gedurende één schooljaar een
        terugkeerarrangement van € 3.000, waarmee ambulante begeleiding door de vso-school wordt bekostigd."""),
        P("""Een stappenplan voor terugplaatsing, met daarin wie het initiatief neemt, wanneer wordt geëvalueerd
        en wie besluit, stellen we in schooljaar 2026-2027 samen met de vso-scholen op."""),
        H1("Financiën"),
        H2("Middelen en geldstromen"),
        P("""Kempenrand ontvangt middelen voor lichte ondersteuning, zware ondersteuning, lwoo en
        praktijkonderwijs. De lumpsum voor het reguliere onderwijs gaat rechtstreeks naar de besturen en maakt
        geen deel uit van ons budget. De bekostiging van vso-leerlingen wordt door DUO ingehouden op het budget
        zware ondersteuning."""),
        H2("Verdeelmodel"),
        P("""Het bestuur stelt elk jaar in november de verdeling voor het volgende kalenderjaar vast, na advies
        van het directeurenoverleg. Het verdeelmodel kent de volgende regels:"""),
        T(["Geldstroom", "Verdeelsleutel", "Ontvanger"],
          ["Lichte ondersteuning (70%)", "€ 185 per leerling op teldatum 1 oktober", "Schoolbesturen (schoolbudget)"],
          ["Lichte ondersteuning (30%)", "Centraal", "Herstart, OPDC, thuiszitterstafel"],
          ["Lwoo", "Per leerling met lwoo-aanwijzing op 1 oktober", "Besturen van vmbo-scholen met lwoo"],
          ["Praktijkonderwijs", "Per leerling met TLV pro op 1 oktober", "Besturen van pro-scholen"],
          ["Zware ondersteuning na afdracht vso", "Centraal", "Terugkeerarrangementen, CTK en bureau"]),
        H2("Begroting"),
        P("""De meerjarenbegroting 2026-2030 wordt na publicatie van de definitieve rijksbekostiging opgesteld
        en als afzonderlijk document op de website geplaatst. De bedragen per post zijn op het moment van
        vaststelling van dit plan nog p.m."""),
        H1("Resultaten en kwaliteitszorg"),
        H2("Wat we willen bereiken"),
        P("""Voor de planperiode hebben we vijf beoogde resultaten geformuleerd. Bij elk resultaat hoort een
        nulmeting en een streefwaarde voor 2030."""),
        T(["Beoogd resultaat", "Nulmeting 2025", "Streefwaarde 2030"],
          ["Deelnamepercentage vso daalt richting landelijk gemiddelde", "4,3%", "3,8%"],
          ["Aantal thuiszitters langer dan 4 weken", "23", "hoogstens 10"],
          ["Leerlingen uit Herstart die binnen 10 weken terug zijn op eigen school", "71%", "85%"],
          ["Doorlooptijd aanvraag TLV tot besluit", "7,5 week", "maximaal 6 weken"],
          ["Pro-leerlingen met een baan of vervolgopleiding één jaar na uitstroom", "78%", "85%"]),
        H2("Hoe we volgen en verantwoorden"),
        P("""De indicatoren worden elk kwartaal bijgewerkt in het dashboard van het samenwerkingsverband en
        besproken in het directeurenoverleg. Twee keer per jaar rapporteert de directeur-bestuurder aan de raad
        van toezicht en de OPR over de voortgang. In het jaarverslag, dat vóór 1 juli verschijnt, verantwoorden
        we de bereikte resultaten en de kosten van de bovenschoolse voorzieningen. Eenmaal per twee jaar houden
        we een tevredenheidspeiling onder scholen en ketenpartners. Aan het einde van het derde planjaar volgt
        een tussenevaluatie die de basis vormt voor het volgende plan."""),
        P("""In de vorige planperiode daalde het aantal thuiszitters van 31 naar 23 en steeg het aandeel
        Herstart-leerlingen dat binnen tien weken terugkeerde van 62 naar 71 procent."""),
    ]
    body += f_governance(p) + f_opr(p, with_parents=False) + f_oogo(p) + f_personeel(p) + f_ict(p) + f_mbo(p)
    body += f_vaststelling(p)
    body += glossary("Begrippenlijst", [
        ("Groeidocument", "document waarin de school de ondersteuningsbehoefte en de aanpak van een leerling beschrijft."),
        ("Onderwijsconsulenten", "onafhankelijke adviseurs die ouders kosteloos bijstaan bij problemen rond een passende onderwijsplek."),
        ("Ouder- en jeugdsteunpunt (OJSP)", "onafhankelijk steunpunt waar ouders en jongeren terechtkunnen met vragen over passend onderwijs."),
        ("Ouderbrochure", "informatiefolder voor ouders over de ondersteuning in het samenwerkingsverband."),
        ("Praktijkonderwijs", "zelfstandige schoolsoort voor leerlingen die een diploma vmbo niet kunnen halen."),
        ("Terugplaatsing", "terugkeer van een leerling uit het vso naar het reguliere voortgezet onderwijs."),
    ])
    body += abbrev([["CTK", "Commissie Toewijzing Kempenrand"], ["GZ", "Gezondheidszorg"],
                    ["Lwoo", "Leerwegondersteunend onderwijs"], ["OJSP", "Ouder- en jeugdsteunpunt"],
                    ["Pro", "Praktijkonderwijs"], ["TLV", "Toelaatbaarheidsverklaring"]])
    return assemble([f"Ondersteuningsplan {p['period']}", p["name"], f"Samenwerkingsverband {p['code']}",
                     "Passend onderwijs in de Kempenrand"], body,
                    extra_toc=["Bijlage 2 Kaart Basisondersteuning Kempenrand (separaat)"])


# ===========================================================================
# Plan C - VO Zuidwaard (.docx and .pdf)
# ===========================================================================
PC = dict(
    name="Samenwerkingsverband VO Zuidwaard", short="SWV VO Zuidwaard",
    code="VO 28-04", period="2025-2029", period_long="2025-2026 tot en met 2028-2029",
    reflect_year="2024", gemeenten=["Zuidwaard", "Oostwaard", "Dijkveen"],
    bestuurder="mr. R. (Rachid) El Amrani", n_besturen=6, n_scholen=15, telyear="2024",
    opr_size=14, opr_date="6 maart 2025", oogo_date="20 februari 2025", other_swv="PO Zuidwaard-Oostwaard (PO 28-03)",
    vast_date="13 maart 2025", fte="18,2",
    pers_extra=" Het samenwerkingsverband is zelf werkgever van het personeel van Herstart Zuidwaard.",
    ch_regio="Waar we staan", ch_visie="Koers 2025-2029", ch_gov="Bestuur en organisatie",
    ch_opr="Medezeggenschap", ch_oogo="Gemeenten en jeugdhulp", ch_pers="Personeel en professionalisering",
    ch_ict="Privacy", ch_mbo="Van school naar mbo en werk", ch_plan="Vaststelling en jaarcyclus",
)


def plan_c():
    p = PC
    body = []
    body += f_voorwoord(p)
    body += f_regio(p, [["Kengetal (peildatum 1-10-2024)", "Aantal"],
                        ["Leerlingen regulier vo", "12.480"],
                        ["Leerlingen met lwoo-aanwijzing", "1.105"],
                        ["Leerlingen praktijkonderwijs", "388"],
                        ["Leerlingen vso (cluster 3 en 4)", "461"],
                        ["Leerlingen ISK De Overstap", "214"],
                        ["Uitstroom vso naar arbeid of dagbesteding (schooljaar 2023-2024)", "58"]],
                    extra="De regio heeft een grote groep nieuwkomers, onder meer door de opvanglocatie in Oostwaard.")
    body += f_visie(p)
    body += [
        H1("De gemeenschappelijke ondergrens"),
        P("""Alle besturen in Zuidwaard hebben zich vastgelegd op één gemeenschappelijke ondergrens van
        ondersteuning. Die ondergrens is geen ideaal maar een belofte: dit is wat iedere leerling op iedere
        vestiging van iedere school in Zuidwaard mag verwachten, of het nu om een vmbo-school, een
        scholengemeenschap of een school voor praktijkonderwijs gaat. Wat boven die grens uitgaat, is extra
        ondersteuning en wordt in een arrangement vastgelegd."""),
        P("""De ondergrens bestaat uit de volgende voorzieningen en afspraken:"""),
        UL("""een ondersteuningscoördinator en een intern ondersteuningsteam dat ten minste tweewekelijks
           bijeenkomt;""",
           """vaste contactmomenten tussen mentor en leerling: ten minste zes individuele gesprekken per
           schooljaar in de onderbouw;""",
           """een dyslexie- en dyscalculieprotocol met faciliteiten bij toetsen en examens;""",
           """trainingen faalangst, sociale vaardigheden en examenvrees, ten minste één keer per jaar
           aangeboden;""",
           """een time-outvoorziening met begeleiding en een afspraak over terugkeer in de les op dezelfde dag;""",
           """begeleiding bij executieve functies (plannen en organiseren) door een daarvoor geschoolde
           medewerker;""",
           """een schoolmaatschappelijk werker en een jeugdarts die op vaste dagen op school aanwezig zijn;""",
           """een protocol medisch handelen en een aangepaste werkplek voor leerlingen met een fysieke
           beperking;""",
           """een aanbod voor leerlingen die meer aankunnen: verrijking, versnelling of compacting."""),
        P("""Het bureau toetst de ondergrens eens in de twee jaar met een audit per vestiging."""),
        H1("Van licht naar intensief: het ondersteuningscontinuüm"),
        P("""De voorzieningen in Zuidwaard vormen samen een doorlopende reeks, van licht naar intensief. Een
        leerling komt terecht op de plek die het beste past, en kan ook weer een stap terug zetten."""),
        T(["Voorziening", "Voor wie", "Capaciteit", "Duur"],
          ["Schoolarrangement", "Leerlingen die meer nodig hebben dan de ondergrens", "op iedere school", "per schooljaar"],
          ["Herstart Zuidwaard", "Leerlingen met ernstige gedragsproblemen of dreigende uitval", "20 plaatsen", "maximaal 10 weken"],
          ["OPDC Dijkveen", "Onderbouwleerlingen die in een kleine setting meer structuur nodig hebben", "40 plaatsen", "1 tot 2 jaar"],
          ["ISK De Overstap", "Nieuwkomers van 12 tot 18 jaar zonder voldoende Nederlands", "240 plaatsen", "maximaal 2 jaar"],
          ["Praktijkonderwijs", "Leerlingen met een TLV pro", "2 scholen", "gehele schoolloopbaan"],
          ["Vso cluster 3 en 4", "Leerlingen met een TLV vso", "3 scholen", "volgens TLV"],
          ["Onderwijs-zorgarrangement", "Leerlingen die onderwijs en jeugdhulp gecombineerd nodig hebben", "maatwerk", "per arrangement"]),
        P("""Leerlingen die in Herstart Zuidwaard zijn geplaatst, gaan na maximaal tien weken terug naar de
        eigen school; de eigen school blijft gedurende het traject verantwoordelijk. Leerlingen uit de ISK
        stromen door naar het reguliere vo, het praktijkonderwijs of het mbo."""),
        H2("Geen leerling zonder plek"),
        P("""Een jongere die thuiszit, wordt binnen een week gemeld bij de consulent van het samenwerkingsverband
        en de leerplichtambtenaar. Het Thuiszittersoverleg, dat iedere zes weken bijeenkomt, bespreekt alle
        leerlingen die langer dan vier weken geen onderwijs volgen of een vrijstelling hebben. Lukt het niet om
        binnen twaalf weken een passende plek te vinden, dan neemt de directeur-bestuurder een bindend besluit
        over de school die de leerling een plek biedt. In schooljaar 2023-2024 ging het om 37 leerlingen;
        voor 29 van hen werd binnen twaalf weken een plek gevonden."""),
        P("""De analyse van het aanbod liet één structurele lacune zien: voor vso-leerlingen met een intensieve
        zorgvraag die ook verpleegkundige handelingen nodig hebben, is in de regio geen plek. In 2026 start een
        pilot met een zorgaanbieder om op de locatie van De Vaart een groep van acht leerlingen te vormen. Het
        samenwerkingsverband houdt de wachtlijsten per voorziening maandelijks bij."""),
        H1("Toelaatbaarheid"),
        H2("Criteria"),
        P("""Onderstaande tabel geeft per voorziening de criteria die bepalen of een leerling toelaatbaar is."""),
        T(["Voorziening", "Criteria voor toelaatbaarheid"],
          ["Vso cluster 4", "Ernstige gedrags- of psychiatrische problematiek (vastgesteld door een GZ-psycholoog of psychiater); ten minste één schooljaar extra ondersteuning met arrangement op de reguliere school zonder voldoende resultaat; de leerling heeft een setting nodig met een groep van maximaal twaalf leerlingen en doorlopende begeleiding."],
          ["Vso cluster 3", "Verstandelijke beperking (IQ onder 55), of een lichamelijke of langdurig medische beperking waardoor de leerling dagelijkse verzorging of verpleging op school nodig heeft die een reguliere school niet kan bieden."],
          ["Praktijkonderwijs", "IQ tussen 55 en 80 en een leerachterstand van ten minste 50 procent op twee of meer domeinen, waarvan één begrijpend lezen of inzichtelijk rekenen (landelijke criteria)."],
          ["Lwoo", "IQ tussen 75 en 90 en een leerachterstand van 25 tot 50 procent op twee domeinen; of IQ tussen 91 en 120 met een leerachterstand en belemmerende sociaal-emotionele problematiek (landelijke criteria)."],
          ["OPDC", "Onderbouwleerling met een ondersteuningsbehoefte op het gebied van gedrag of leren waarvoor de school het arrangement heeft ingezet zonder voldoende resultaat."]),
        H2("Aanvragen lwoo en pro"),
        P("""Voor lwoo en praktijkonderwijs dient de vo-school waar de leerling is aangemeld de aanvraag vóór
        1 maart in, met het onderwijskundig rapport van de basisschool en de testgegevens. De Commissie
        Toewijzing beslist binnen zes weken. Een lwoo-aanwijzing en een TLV pro gelden voor de gehele
        schoolloopbaan."""),
        H2("Aanvragen vso"),
        P("""De aanvraagprocedure voor een TLV vso, met de benodigde documenten en de termijnen, is beschreven in
        de Handleiding TLV die op www.swvzuidwaard.nl/tlv staat. Een TLV vso wordt afgegeven voor één tot drie
        jaar, in de bekostigingscategorie laag, midden of hoog."""),
        H2("Bezwaar"),
        P("""Tegen een besluit over toelaatbaarheid kan binnen zes weken bezwaar worden gemaakt. Het
        samenwerkingsverband vraagt advies aan de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen
        voordat het op het bezwaar beslist."""),
        H1("Middelen"),
        P("""De verdeling van de middelen en de begroting voor de planperiode zijn weergegeven in de tabellen
        6.1 en 6.2."""),
        P("""Tabel 6.1 Verdeling van de middelen (vastgesteld door het algemeen bestuur, jaarlijks in december)"""),
        T(["Geldstroom", "Bron", "Verdeelsleutel", "Ontvanger"],
          ["Schoolbudget lichte ondersteuning", "Rijksbudget lichte ondersteuning", "€ 140 per leerling op 1 oktober t-1 + € 20.000 per vestiging", "Schoolbesturen"],
          ["Lwoo", "Rijksbudget lwoo", "€ 4.080 per leerling met lwoo-aanwijzing op 1 oktober", "Besturen met lwoo-licentie"],
          ["Pro", "Rijksbudget pro", "Volledig per leerling met TLV pro op 1 oktober", "Besturen van pro-scholen"],
          ["Herstart en OPDC", "Rijksbudget zware ondersteuning", "Vast budget per plaats (€ 18.500)", "Herstart (SWV) en OPDC (bestuur Dijkveen)"],
          ["ISK-aanvulling", "Rijksbudget zware ondersteuning", "€ 1.200 per ISK-leerling op 1 oktober", "Bestuur ISK De Overstap"],
          ["Onderwijs-zorgarrangementen", "SWV en gemeenten", "50/50 per arrangement", "Uitvoerende school"]),
        P("""Tabel 6.2 Meerjarenbegroting 2025-2028 (bedragen x € 1.000)"""),
        T(["Post", "2025", "2026", "2027", "2028"],
          ["Baten zware en lichte ondersteuning", "13.960", "13.880", "13.790", "13.700"],
          ["Baten lwoo en pro", "6.920", "6.880", "6.840", "6.800"],
          ["Afdracht vso (DUO)", "-6.410", "-6.450", "-6.480", "-6.500"],
          ["Schoolbudgetten", "2.050", "2.040", "2.030", "2.020"],
          ["Doorbetaling lwoo", "4.510", "4.480", "4.450", "4.420"],
          ["Doorbetaling pro", "2.410", "2.400", "2.390", "2.380"],
          ["Herstart Zuidwaard", "370", "370", "370", "370"],
          ["OPDC Dijkveen", "740", "740", "740", "740"],
          ["ISK-aanvulling", "257", "260", "260", "260"],
          ["Onderwijs-zorgarrangementen", "420", "440", "460", "480"],
          ["Bureau en toewijzing", "1.310", "1.320", "1.330", "1.340"],
          ["Resultaat", "403", "260", "120", "-10"],
          ["Algemene reserve ultimo", "2.140", "2.400", "2.520", "2.510"]),
        H1("Kwaliteit en resultaten"),
        P("""Het samenwerkingsverband werkt volgens een vaste kwaliteitscyclus. Met de Monitor Passend
        Zuidwaard, een digitaal dashboard, volgen we ieder kwartaal een vaste set indicatoren. Twee keer per
        jaar bespreekt het algemeen bestuur een voortgangsrapportage, die ook naar de OPR gaat. In het
        jaarverslag, dat vóór 1 juli verschijnt, verantwoorden we per indicator de bereikte resultaten en de
        kosten per voorziening. Eens per twee jaar houden we een tevredenheidspeiling onder scholen,
        leerlingen en ouders, en in het laatste planjaar evalueren we het plan als geheel met de OPR."""),
        T(["Indicator", "Stand 2023-2024", "Streefwaarde 2029"],
          ["Deelname vso", "3,6%", "n.t.b."],
          ["Thuiszitters langer dan 4 weken", "37", "n.t.b."],
          ["Gemiddelde doorlooptijd TLV", "8 weken", "n.t.b."],
          ["Herstart-leerlingen terug op eigen school", "64%", "n.t.b."]),
        P("""De streefwaarden voor de nieuwe planperiode stellen we vast nadat de nulmeting met het nieuwe
        dashboard in het voorjaar van 2026 is afgerond."""),
        H1("Ouders en leerlingen"),
        P("""Ouders en leerlingen zijn partners in passend onderwijs. Bij ieder ontwikkelingsperspectief
        worden leerling en ouders gehoord; leerlingen vanaf twaalf jaar geven hun eigen mening, die in het
        document wordt opgenomen."""),
        P("""Soms lopen gesprekken vast. Ouders en jongeren die het niet eens zijn met de school of met het
        samenwerkingsverband, of die niet weten welke weg zij moeten bewandelen, kunnen terecht bij het Ouder- en
        Jeugdsteunpunt Zuidwaard. Het steunpunt wordt uitgevoerd door een onafhankelijke stichting die geen
        opdracht krijgt van scholen; een ouderadviseur denkt mee, gaat mee naar gesprekken en bemiddelt waar
        dat nodig is. Ouders kunnen daarnaast kosteloos een onderwijsconsulent inschakelen, en voor geschillen
        over toelating, verwijdering of het ontwikkelingsperspectief bij de Geschillencommissie passend
        onderwijs terecht."""),
        P("""Hoe wij ouders informeren over het ondersteuningsaanbod, leggen wij vast in een nieuw
        communicatieplan, dat in 2026 verschijnt."""),
    ]
    body += f_governance(p) + f_opr(p) + f_oogo(p) + f_personeel(p) + f_ict(p) + f_mbo(p)
    body += f_vaststelling(p)
    body += glossary("Begrippenlijst", [
        ("Herstart", "tijdelijke bovenschoolse voorziening voor leerlingen die dreigen uit te vallen (ook wel rebound genoemd)."),
        ("ISK", "internationale schakelklas voor nieuwkomers."),
        ("Overplaatsing", "de overgang van een leerling van de ene school naar een andere school, ook tussen vso en regulier vo."),
        ("Terugplaatsing", "de terugkeer van een leerling uit het voortgezet speciaal onderwijs naar het reguliere vo, na afloop van de toelaatbaarheidsverklaring."),
        ("Thuiszitter", "leerplichtige jongere die zonder geldige reden langer dan vier weken geen onderwijs volgt."),
    ])
    body += abbrev([["ISK", "Internationale schakelklas"], ["OJSP", "Ouder- en jeugdsteunpunt"],
                    ["OPDC", "Orthopedagogisch-didactisch centrum"], ["OZA", "Onderwijs-zorgarrangement"],
                    ["TLV", "Toelaatbaarheidsverklaring"], ["VSO", "Voortgezet speciaal onderwijs"]])
    return assemble([f"Ondersteuningsplan {p['period']}", p["name"], f"Samenwerkingsverband {p['code']}",
                     "Samen zorgen dat iedere jongere een plek heeft"], body)


# ===========================================================================
# Plan D - PO Heuvelrand (.md)
# ===========================================================================
PD = dict(
    name="Samenwerkingsverband Passend Primair Onderwijs Heuvelrand", short="SWV PPO Heuvelrand",
    code="PO 26-21", period="2026-2030", period_long="2026-2027 tot en met 2029-2030",
    reflect_year="2025", gemeenten=["Heuvelrand", "Amerongen-Oost", "Leersumse Veld"],
    bestuurder="drs. A.C. (Annelies) Bosman", n_besturen=11, n_scholen=52, telyear="2025",
    opr_size=16, opr_date="17 maart 2026", oogo_date="3 maart 2026", other_swv="VO Heuvelrug-Vallei (VO 26-06)",
    vast_date="26 maart 2026", fte="11,4",
    pers_extra=" Daarnaast zijn twee orthopedagogen en een psycholoog in dienst die de Commissie Toelaatbaarheid adviseren.",
    ch_regio="Onze scholen", ch_visie="Visie", ch_gov="Governance", ch_opr="Medezeggenschap",
    ch_oogo="Gemeenten", ch_pers="Personeel", ch_ict="ICT en gegevensbescherming",
    ch_plan="Planning",
)


def plan_d():
    p = PD
    body = []
    body += f_voorwoord(p)
    body += f_leeswijzer(p, [(1, "Onze scholen"), (2, "Visie"), (3, "Basisondersteuning"),
                             (4, "Een dekkend netwerk"), (5, "Toelaatbaarheid sbo en so"),
                             (6, "Terug- en doorplaatsing"), (7, "Financiën"), (8, "Resultaten"),
                             (9, "Ouders")])
    body += f_regio(p, [["Schoolsoort", "Aantal scholen", "Leerlingen 1-10-2025"],
                        ["Basisonderwijs", "47", "9.870"],
                        ["Speciaal basisonderwijs", "3", "412"],
                        ["Speciaal onderwijs (cluster 3 en 4)", "2", "296"],
                        ["Totaal", "52", "10.578"]])
    body += f_visie(p)
    body += [
        H1("Terugblik op de vorige planperiode"),
        P("""In de planperiode 2022-2026 lag de nadruk op het versterken van de scholen. Alle scholen
        beschikken inmiddels over een intern begeleider met een afgeronde opleiding, en in de meeste scholen is
        handelingsgericht werken de vaste werkwijze. Schoolleiders geven aan dat de samenwerking met het
        samenwerkingsverband is verbeterd, vooral door de vaste contactpersoon per school. Tegelijk
        constateren we dat de wachttijden bij de jeugdhulp zijn opgelopen en dat de druk op de groepen toeneemt
        door het lerarentekort. Die ervaringen hebben we meegenomen in dit plan."""),
        H1("Basisondersteuning"),
        P("""Basisondersteuning is de ondersteuning die alle basisscholen binnen Heuvelrand bieden. De besturen
        hebben afgesproken dat dit een gezamenlijke ondergrens is: iedere school biedt ten minste dit niveau,
        en extra ondersteuning begint pas waar de basisondersteuning ophoudt. Basisondersteuning omvat
        basiskwaliteit, preventieve en licht curatieve interventies, een ondersteuningsstructuur en planmatig
        handelingsgericht werken."""),
        P("""Hoe die vier onderdelen er op de eigen school uitzien, bepaalt iedere school zelf en beschrijft zij in
        het schoolondersteuningsprofiel. Een gezamenlijke lijst van concrete basisvoorzieningen ontwikkelen we
        in schooljaar 2026-2027, in aansluiting op de landelijke norm basisondersteuning."""),
        H1("Een dekkend netwerk"),
        P("""Het overzicht van alle voorzieningen en arrangementen binnen ons samenwerkingsverband is te vinden in
        de Sociale Kaart Passend Onderwijs Heuvelrand op onze website. Welke witte vlekken er in dat aanbod zijn,
        brengen we in het eerste planjaar in kaart. Afspraken over thuiszitters maken we in 2026 met de
        gemeenten."""),
        H1("Toelaatbaarheid sbo en so"),
        H2("Procedure"),
        P("""Het samenwerkingsverband beslist op aanvraag van een schoolbestuur over de toelaatbaarheid van een
        leerling tot het speciaal basisonderwijs of het speciaal onderwijs. De procedure is als volgt."""),
        OL("""De school bespreekt de leerling in een multidisciplinair overleg, waaraan de ouders, de intern
           begeleider, de leerkracht en de consulent van het samenwerkingsverband deelnemen. Als het overleg
           concludeert dat de school niet in de ondersteuningsbehoefte kan voorzien, bereidt de school een
           aanvraag voor.""",
           """Het schoolbestuur dient de aanvraag in bij de Commissie Toelaatbaarheid, met het groeidocument,
           het ontwikkelingsperspectief, de evaluaties van de geboden ondersteuning en het verslag van het
           multidisciplinair overleg.""",
           """Twee deskundigen brengen elk een eigen schriftelijk advies uit: een orthopedagoog of psycholoog
           en, afhankelijk van de vraag, een kinderarts, jeugdarts, maatschappelijk werker of kinderpsychiater.""",
           """De Commissie Toelaatbaarheid neemt binnen zes weken een besluit. Bij een TLV voor het so stelt de
           commissie ook de bekostigingscategorie vast.""",
           """School en ouders ontvangen het besluit en een afschrift van de deskundigenadviezen."""),
        H2("Criteria"),
        P("""Een leerling is toelaatbaar tot het speciaal basisonderwijs als:"""),
        UL("""de school gedurende ten minste twee handelingsgerichte cycli extra ondersteuning heeft geboden
           die in het groeidocument is vastgelegd en geëvalueerd;""",
           """de leerling een leerachterstand van ten minste anderhalf jaar op twee domeinen heeft of
           gedragsproblematiek die een kleine groep met intensieve begeleiding vereist; en""",
           """de deskundigen adviseren dat het sbo de ondersteuning kan bieden die de basisschool niet kan
           bieden."""),
        P("""Een leerling is toelaatbaar tot het speciaal onderwijs als de ondersteuningsbehoefte ook in het sbo
        niet kan worden geboden, en er sprake is van een ernstige verstandelijke of lichamelijke beperking of
        langdurige ziekte (cluster 3), of van ernstige gedrags- of psychiatrische problematiek waarvoor een
        combinatie van onderwijs en behandeling nodig is (cluster 4)."""),
        H2("Geldigheid"),
        P("""Een TLV sbo geldt tot het einde van de basisschoolperiode. Een TLV so wordt afgegeven voor twee
        schooljaren en loopt af op 31 juli van het tweede schooljaar."""),
        H1("Terug- en doorplaatsing"),
        P("""Voor iedere leerling in het sbo en so bespreekt de school jaarlijks in maart het
        ontwikkelingsperspectief met de ouders en de consulent van het samenwerkingsverband. In het laatste jaar
        van een TLV vindt dit gesprek uiterlijk 1 februari plaats. De sbo- of so-school neemt het initiatief en
        stelt vast of de leerling kan terugkeren naar een basisschool, moet doorstromen naar een andere vorm van
        speciaal onderwijs of een nieuwe TLV nodig heeft. Bij terugkeer kiezen ouders in overleg met de consulent
        een basisschool; de consulent organiseert een overdrachtsgesprek vóór 1 mei. De nieuwe school beslist
        over de inschrijving. Na drie maanden volgt een evaluatiegesprek op de nieuwe school. Als de TLV afloopt
        zonder dat een nieuwe TLV is aangevraagd, eindigt de plaatsing op 31 juli."""),
        P("""Ons beleid ten aanzien van terug- en doorplaatsing wordt herzien. Een nieuwe notitie, met de doelen,
        de voorwaarden en de ondersteuning na terugkeer, volgt vóór 1 augustus 2026."""),
        H1("Financiën"),
        P("""Voor de financiële paragraaf van dit plan – het verdeelmodel, de meerjarenbegroting en het
        reservebeleid – verwijzen wij naar de Kadernota Financiën 2026-2030, die als bijlage F bij dit plan
        hoort."""),
        H1("Resultaten"),
        H2("Beoogde resultaten"),
        T(["Indicator", "Nulmeting 2025", "Streefwaarde 2030"],
          ["Deelnamepercentage sbo", "3,9%", "3,2%"],
          ["Deelnamepercentage so", "1,9%", "1,7%"],
          ["Gemiddelde doorlooptijd aanvraag TLV", "7 weken", "5 weken"],
          ["Leerlingen per jaar teruggeplaatst van sbo naar basisonderwijs", "9", "15"],
          ["Ouders tevreden over de informatie van het SWV (peiling)", "68%", "80%"]),
        P("""Naast deze kwantitatieve doelen willen we dat leraren zich toegerust voelen voor de verschillen in
        hun groep; dat meten we met een tweejaarlijkse vragenlijst onder leraren, met als doel dat in 2030 ten
        minste driekwart van de leraren aangeeft voldoende ondersteuning te ervaren."""),
        H2("Monitoring en verantwoording"),
        P("""We volgen de indicatoren twee keer per jaar in het dashboard van het samenwerkingsverband, op basis
        van de telling van 1 oktober en de registratie van de Commissie Toelaatbaarheid. De uitkomsten
        bespreken we met het schoolleidersoverleg, de raad van toezicht en de OPR. In het jaarverslag
        verantwoorden we de bereikte resultaten. In het voorjaar van 2028 houden we een tussenevaluatie, waarna
        de streefwaarden zo nodig worden bijgesteld."""),
        H1("Ouders"),
        P("""Ouders kennen hun kind het best, en wij willen dat zij goed weten welke ondersteuning er is. Iedere
        ouder ontvangt bij de aanmelding op een basisschool de folder ‘Wegwijzer passend onderwijs Heuvelrand’,
        waarin de ondersteuning op school, de route naar het sbo en so en de contactgegevens van het
        samenwerkingsverband staan. Op de ouderpagina van onze website staan dezelfde informatie, filmpjes en
        veelgestelde vragen. Twee keer per jaar organiseren we een informatieavond voor ouders. Iedere school
        neemt haar schoolondersteuningsprofiel op in de schoolgids."""),
        P("""Met vragen kunnen ouders terecht bij de intern begeleider van de school of bij het ondersteuningsloket
        van het samenwerkingsverband. Een onafhankelijk ouder- en jeugdsteunpunt richten we in zodra de
        wettelijke verplichting daartoe ingaat; de vormgeving daarvan wordt nog uitgewerkt."""),
    ]
    body += f_governance(p) + f_opr(p) + f_oogo(p, substantive=False) + f_personeel(p) + f_kennis(p) + f_ict(p)
    body += f_vaststelling(p)
    body += glossary("Begrippenlijst", [
        ("Arrangement", "een pakket extra ondersteuning voor een leerling of groep, toegekend door het samenwerkingsverband."),
        ("Dekkend netwerk", "een netwerk van voorzieningen waarin voor ieder kind een passende plek is."),
        ("Meerjarenbegroting", "begroting voor ten minste vier jaar, onderdeel van het ondersteuningsplan."),
        ("Onderwijsconsulent", "onafhankelijke adviseur die ouders kosteloos helpt bij een conflict over een passende plek."),
        ("Thuiszitter", "leerplichtig kind dat niet naar school gaat."),
        ("Verevening", "landelijke herverdeling van middelen voor zware ondersteuning tussen samenwerkingsverbanden."),
    ])
    body += abbrev([["IB", "Intern begeleider"], ["OPP", "Ontwikkelingsperspectief"], ["SBO", "Speciaal basisonderwijs"],
                    ["SO", "Speciaal onderwijs"], ["SOP", "Schoolondersteuningsprofiel"],
                    ["TLV", "Toelaatbaarheidsverklaring"]])
    return assemble([f"Ondersteuningsplan {p['period']}", p["name"], f"Samenwerkingsverband {p['code']}"], body,
                    extra_toc=["Bijlage F Kadernota Financiën 2026-2030"])


def f_kennis(p):
    return [
        H1("Kennisdeling en innovatie"),
        P(f"""Passend onderwijs is vakwerk, en vakmensen leren vooral van elkaar. Daarom organiseert
        {p['short']} ieder jaar een studiedag voor alle medewerkers van de aangesloten scholen, met workshops die
        door leraren zelf worden gegeven. Daarnaast zijn er lerende netwerken rond thema's die scholen zelf
        aandragen, zoals gedrag in de klas, samenwerken met ketenpartners en het voeren van goede gesprekken
        met leerlingen."""),
        P("""Scholen die een nieuwe werkwijze uitproberen, worden uitgenodigd hun ervaringen te delen in een
        praktijkcafé dat drie keer per jaar op wisselende scholen plaatsvindt. Een werkgroep van schoolleiders en
        een lid van de OPR kiest de onderwerpen. Goede voorbeelden worden op de studiedag gedeeld en in een korte
        publicatie beschreven, zodat andere scholen ze kunnen overnemen. De ervaringen worden ook gedeeld met de naburige samenwerkingsverbanden en met de
        lerarenopleidingen in de regio."""),
    ]


# ===========================================================================
# Plan E - VO Duinstreek-Noord (.docx)
# ===========================================================================
PE = dict(
    name="Samenwerkingsverband VO Duinstreek-Noord", short="SWV Duinstreek-Noord",
    code="VO 27-12", period="2026-2030", period_long="2026-2027 tot en met 2029-2030",
    reflect_year="2025", gemeenten=["Duinwijk", "Zandvoort-Noord", "Helmkust"],
    bestuurder="drs. W. (Wendy) de Graaff", n_besturen=5, n_scholen=12, telyear="2025",
    opr_size=8, opr_date="12 maart 2026", oogo_date="5 maart 2026", other_swv="PO Duinstreek (PO 27-11)",
    vast_date="19 maart 2026", fte="7,2",
    ch_regio="De regio", ch_visie="Koers op hoofdlijnen", ch_gov="Governance", ch_opr="Medezeggenschap",
    ch_oogo="Gemeenten en OOGO", ch_pers="Personeel", ch_ict="ICT en privacy",
    ch_mbo="Overgang naar mbo en arbeid", ch_plan="Planning en vaststelling",
)


def plan_e():
    p = PE
    body = []
    body += f_voorwoord(p)
    body += f_leeswijzer(p, [(1, "De regio"), (2, "Koers op hoofdlijnen"), (3, "Ambities"),
                             (4, "Zorgplicht en thuiszitters"), (5, "Het ondersteuningsaanbod"),
                             (6, "Toewijzing"), (7, "Terug naar het regulier"), (8, "Financiën"),
                             (9, "Ouders en leerlingen")])
    body += f_regio(p, [["Onderwijssoort", "Leerlingen 1-10-2025"],
                        ["Vmbo (incl. lwoo)", "2.870"], ["Havo/vwo", "4.410"],
                        ["Praktijkonderwijs", "265"], ["Vso", "298"], ["Totaal", "7.843"]])
    body += f_visie(p)
    body += [
        P("""Dit plan is een plan op hoofdlijnen. Het beschrijft wat we willen bereiken en welke kaders
        gelden. De uitwerking vindt plaats in jaarplannen en in afzonderlijke reglementen die het bestuur
        vaststelt."""),
        H1("Ambities"),
        P("""Voor de planperiode hebben we de volgende ambities vastgesteld. Iedere ambitie is vertaald naar een
        concreet resultaat dat we in 2030 willen hebben bereikt."""),
        T(["Ambitie", "Uitgangssituatie 2025", "Beoogd resultaat 2030"],
          ["Minder thuiszitters", "42 leerlingen langer dan 4 weken thuis", "hoogstens 20 leerlingen"],
          ["Minder vrijstellingen van de leerplicht op grond van art. 5a", "19", "hoogstens 10"],
          ["Meer leerlingen keren terug uit het vso", "11 per jaar", "20 per jaar"],
          ["Kortere wachttijd voor een plek in het vso", "gemiddeld 14 weken", "hoogstens 6 weken"],
          ["Tevredenheid van ouders over de ondersteuning op school", "6,4", "ten minste 7,5"]),
        P("""Hoe en wanneer we de voortgang op deze ambities meten en erover rapporteren, leggen we vast in
        een monitoringsplan dat in het najaar van 2026 verschijnt."""),
        H1("Zorgplicht en thuiszitters"),
        P("""Iedere school heeft zorgplicht: bij aanmelding van een leerling die extra ondersteuning nodig heeft,
        zoekt het bestuur een passende plek, op de eigen school of elders. Wanneer een school dat niet lukt,
        meldt zij de leerling binnen twee weken bij het samenwerkingsverband. Een consulent zoekt dan samen met
        de scholen naar een plek; lukt dat niet binnen zes weken, dan wijst de directeur-bestuurder een school
        aan die de leerling een aanbod doet."""),
        P("""Dreigt een leerling thuis te komen zitten, dan meldt de school dit direct bij de leerplichtambtenaar
        en de consulent. Iedere zes weken komt de thuiszitterstafel bijeen, met leerplicht, de jeugdteams van de
        drie gemeenten en het samenwerkingsverband. Voor iedere thuiszitter wordt een regisseur benoemd en
        binnen vier weken een plan opgesteld. Het samenwerkingsverband houdt een actuele lijst bij van alle
        leerlingen zonder passende plek en van de wachtlijsten bij de vso-scholen."""),
        P("""De analyse van de afgelopen twee jaar liet zien dat vooral leerlingen met ernstige angstklachten
        thuis komen te zitten, omdat er geen voorziening is die een geleidelijke terugkeer naar school mogelijk
        maakt. Daarom start in augustus 2026 de pilot ‘Stap voor stap’, een kleinschalige voorziening voor acht
        leerlingen, gefinancierd met € 120.000 per jaar. Na twee jaar besluit het bestuur over voortzetting."""),
        H1("Het ondersteuningsaanbod"),
        P("""Het ondersteuningsaanbod in de regio wordt in de eerste twee planjaren opnieuw ontworpen, samen met
        de scholen, de vso-scholen en de gemeenten. Een beschrijving van het vernieuwde ondersteuningscontinuüm
        en van de bovenschoolse voorzieningen volgt in de voortgangsparagraaf bij dit plan."""),
        H1("Toewijzing"),
        P("""De procedure en de criteria voor toelaatbaarheid tot het vso en het praktijkonderwijs en voor de
        aanwijzing voor leerwegondersteunend onderwijs zijn vastgelegd in het Toewijzingsreglement
        Duinstreek-Noord (bijlage C). Dat reglement wordt door het bestuur vastgesteld na advies van het
        directeurenoverleg."""),
        H1("Terug naar het regulier"),
        H2("Waarom en wanneer"),
        P("""Een plek in het vso is voor veel leerlingen de juiste keuze, maar niet per se voor altijd. Ons
        beleid is dat een leerling terugkeert naar het reguliere voortgezet onderwijs als het
        ontwikkelingsperspectief daartoe aanleiding geeft, als er op een reguliere school in de buurt een passend
        programma is en als de leerling en de ouders dat willen. Terugkeer is nadrukkelijk geen bezuinigingsmaatregel:
        het gaat om leerlingen die in het regulier een diploma kunnen halen of beter voorbereid zijn op hun
        vervolg. De ambitie is het aantal terugkerende leerlingen te verhogen tot twintig per jaar."""),
        H2("Hoe het verloopt"),
        OL("""Iedere leerling in het vso heeft een ontwikkelingsperspectief dat twee keer per jaar wordt
           geëvalueerd. In het laatste jaar van de TLV voert de vso-school vóór 1 december een
           perspectiefgesprek met leerling en ouders.""",
           """Als terugkeer mogelijk lijkt, meldt de vso-school dit bij het samenwerkingsverband. De consulent
           stelt een terugkeerteam samen: mentor vso, ondersteuningscoördinator van de ontvangende school, ouders
           en leerling.""",
           """Het terugkeerteam stelt vóór 1 maart een overstapplan op, met een proefperiode van maximaal zes weken
           waarin de leerling al lessen volgt op de nieuwe school.""",
           """De directeur van de ontvangende school besluit na de proefperiode over de inschrijving; de TLV
           loopt af op 31 juli.""",
           """Tien weken en zes maanden na de overstap evalueert het terugkeerteam hoe het gaat."""),
        P("""Als terugkeer nog niet verantwoord is, wordt bezien of een nieuwe TLV nodig is; daarvoor geldt het
        Toewijzingsreglement (bijlage C)."""),
        H2("Ondersteuning na terugkeer"),
        P("""De ontvangende school krijgt voor iedere teruggekeerde leerling een terugkeerarrangement van € 4.500
        voor één schooljaar. Daarmee kan de school ambulante begeleiding door de vso-school inkopen of eigen
        begeleiding inzetten. Voor leerlingen in het praktijkonderwijs maken we in deze planperiode geen
        afspraken over overstap naar het vmbo."""),
        H1("Financiën"),
        H2("Meerjarenbegroting"),
        P("""De meerjarenbegroting hieronder laat zien waaraan wij de middelen in de planperiode besteden. De
        bedragen zijn in duizenden euro's."""),
        T(["Post (x € 1.000)", "2026", "2027", "2028", "2029"],
          ["Baten ondersteuningsbudget", "7.420", "7.380", "7.330", "7.290"],
          ["Baten lwoo en pro", "3.910", "3.890", "3.860", "3.840"],
          ["Afdracht vso via DUO", "-3.880", "-3.900", "-3.920", "-3.940"],
          ["Schoolbudgetten (verdeling volgt)", "1.650", "1.640", "1.630", "1.620"],
          ["Doorbetaling lwoo en pro aan besturen", "3.910", "3.890", "3.860", "3.840"],
          ["Pilot Stap voor stap", "120", "120", "—", "—"],
          ["Terugkeerarrangementen", "60", "70", "80", "90"],
          ["Thuiszitterstafel en consulenten", "480", "490", "500", "510"],
          ["Bureau en bestuur", "760", "770", "780", "790"],
          ["Resultaat", "470", "390", "420", "340"]),
        H2("Verdeling"),
        P("""Het verdeelmodel waarmee de schoolbudgetten over de besturen worden verdeeld, wordt in 2026
        herzien. De besluitvorming in het algemeen bestuur staat gepland voor december 2026; tot dat moment is
        de verdeling per bestuur p.m."""),
        H1("Ouders en leerlingen"),
        P("""Ouders moeten weten waar ze aan toe zijn. Op onze website staat een ouderpagina met uitleg over de
        ondersteuning die scholen bieden, de voorzieningen in de regio en de manier waarop een leerling in het
        vso terechtkomt en weer terugkeert. Iedere vo-school reikt bij de aanmelding de folder ‘Passend
        onderwijs in Duinstreek-Noord’ uit, en beschrijft in de schoolgids welke ondersteuning zij biedt. In het
        voorjaar houden we voor ouders van groep 8 een informatieavond over ondersteuning in het vo."""),
        P("""Voor onafhankelijk advies kunnen ouders en jongeren terecht bij het Ouder- en Jeugdsteunpunt
        Duinstreek, dat wordt uitgevoerd door een organisatie voor cliëntondersteuning zonder banden met de
        scholen. Het steunpunt is op werkdagen telefonisch bereikbaar en houdt een wekelijks spreekuur. Ouders
        kunnen ook een onderwijsconsulent inschakelen. Voor klachten geldt de klachtenregeling van het
        samenwerkingsverband; geschillen over toelating, verwijdering of het ontwikkelingsperspectief kunnen
        worden voorgelegd aan de Geschillencommissie passend onderwijs."""),
        P("""Leerlingen hebben het recht gehoord te worden over hun ontwikkelingsperspectief. Het
        samenwerkingsverband heeft een leerlingenpanel van twaalf jongeren, dat twee keer per jaar met de
        directeur-bestuurder in gesprek gaat."""),
    ]
    body += f_governance(p) + f_opr(p) + f_oogo(p) + f_personeel(p) + f_ict(p) + f_mbo(p) + f_kennis(p)
    body += f_vaststelling(p, with_eval=False)
    body += glossary("Begrippenlijst", [
        ("Basisondersteuning", "het door het samenwerkingsverband afgesproken niveau van ondersteuning dat iedere vestiging van iedere school ten minste biedt, zoals een ondersteuningscoördinator, een dyslexieprotocol en faalangsttraining."),
        ("Bezwaar", "ouders die het oneens zijn met een besluit van het samenwerkingsverband kunnen bezwaar maken."),
        ("Commissie van Toelaatbaarheid", "commissie die namens het bestuur besluit over toelaatbaarheid tot het vso en pro."),
        ("Deskundigenadvies", "het advies van twee deskundigen dat nodig is voordat een TLV wordt afgegeven."),
        ("Ondersteuningscontinuüm", "de doorlopende reeks van lichte tot zware ondersteuning in de regio."),
        ("Toelaatbaarheidsverklaring (TLV)", "besluit dat een leerling toelaatbaar is tot het vso of het praktijkonderwijs."),
    ])
    body += abbrev([["Lwoo", "Leerwegondersteunend onderwijs"], ["OJSP", "Ouder- en jeugdsteunpunt"],
                    ["OPP", "Ontwikkelingsperspectief"], ["Pro", "Praktijkonderwijs"],
                    ["TLV", "Toelaatbaarheidsverklaring"], ["VSO", "Voortgezet speciaal onderwijs"]])
    return assemble([f"Ondersteuningsplan {p['period']}", p["name"], f"Samenwerkingsverband {p['code']}",
                     "Een plan op hoofdlijnen"], body,
                    extra_toc=["Bijlage A Basisondersteuning (standaarden)", "Bijlage C Toewijzingsreglement"])


# ===========================================================================
# F - near-miss: school-level ondersteuningsplan of a vmbo school (.html)
# ===========================================================================
def near_miss():
    school = "Het Baken College"
    body = [
        H1("Inleiding"),
        P(f"""Dit ondersteuningsplan beschrijft hoe {school}, school voor vmbo basis, kader en gemengde leerweg
        met leerwegondersteunend onderwijs, de begeleiding van leerlingen organiseert in schooljaar 2025-2026.
        Het plan is bedoeld voor mentoren, docenten, teamleiders en het ondersteuningsteam van de school, en is
        besproken met de medezeggenschapsraad. Het plan wordt ieder jaar in juni geactualiseerd. Onze school is
        aangesloten bij het Samenwerkingsverband VO Westerkwartier-Zuid; het ondersteuningsplan van het
        samenwerkingsverband is het kader waarbinnen dit schoolplan is opgesteld."""),
        H1("Onze leerlingen"),
        P("""Het Baken College telt 612 leerlingen, van wie 238 een aanwijzing voor leerwegondersteunend onderwijs
        hebben. Ongeveer een op de vijf leerlingen heeft een ontwikkelingsperspectief. Veel leerlingen komen uit
        de omliggende dorpen en reizen met de bus. Het aantal leerlingen met een diagnose op het gebied van
        gedrag of ontwikkeling is de afgelopen jaren toegenomen."""),
        H1("Zorgniveaus op onze school"),
        P("""Wij werken met vier zorgniveaus. Elke medewerker kent deze niveaus en weet wat er op welk niveau van
        hem of haar wordt verwacht."""),
        T(["Niveau", "Omschrijving", "Wie"],
          ["1", "Ondersteuning in de klas: differentiatie, duidelijke structuur, positieve benadering", "Docent"],
          ["2", "Extra aandacht door de mentor: gesprekken, contact met ouders, afspraken in het leerlingvolgsysteem", "Mentor"],
          ["3", "Specifieke ondersteuning: trainingen, remedial teaching, begeleiding door de zorgcoördinator", "Zorgcoördinator, RT'er"],
          ["4", "Inschakelen van externe deskundigheid via het ondersteuningsteam; eventueel aanvraag bij het samenwerkingsverband", "Ondersteuningsteam"]),
        H1("Basisondersteuning op Het Baken"),
        P("""Onze basisondersteuning omvat een mentoruur per week, een dyslexieprotocol, remedial teaching voor
        lezen en rekenen in de lwoo-klassen, faalangsttraining, een trajectvoorziening voor leerlingen die even
        uit de klas moeten, en een schoolmaatschappelijk werker. Deze basisondersteuning is beschreven in ons
        schoolondersteuningsprofiel en in de schoolgids."""),
        H1("Leerlingbesprekingen en groepsbesprekingen"),
        P("""Drie keer per jaar vinden leerlingbesprekingen plaats per klas. Het mentorteam bespreekt daarin de
        resultaten, het welbevinden en de aanwezigheid van iedere leerling. Leerlingen over wie zorgen bestaan,
        worden aangemeld bij de zorgcoördinator. Daarnaast houden we na de eerste periode groepsbesprekingen in
        de brugklas, waarin we nagaan of de klas als groep goed functioneert en welke afspraken de docenten
        maken over de aanpak."""),
        H1("Het ondersteuningsteam"),
        P("""Het ondersteuningsteam (OT) bestaat uit de zorgcoördinator, de teamleider, de
        schoolmaatschappelijk werker, de jeugdarts, de leerplichtambtenaar en de schoolcontactpersoon van het
        jeugdteam. Het OT komt iedere twee weken bijeen. Ouders worden uitgenodigd bij de bespreking van hun
        kind. Het OT stelt vast welke ondersteuning nodig is en wie daarvoor verantwoordelijk is."""),
        H1("Leerwegondersteunend onderwijs"),
        P("""Leerlingen met een lwoo-aanwijzing krijgen les in klassen van maximaal zestien leerlingen, met een
        vaste mentor die ook de kernvakken geeft. De aanwijzing wordt aangevraagd door onze school bij het
        samenwerkingsverband, op basis van de gegevens van de basisschool. De middelen die wij voor lwoo van het
        samenwerkingsverband ontvangen, zetten wij in voor kleinere klassen en remedial teaching."""),
        H1("Als de school niet genoeg kan bieden"),
        P("""Soms heeft een leerling meer nodig dan onze school kan bieden. Het OT bespreekt dan met ouders de
        mogelijkheden, zoals een tijdelijke plaatsing in de Rebound van het samenwerkingsverband of een
        aanvraag voor een toelaatbaarheidsverklaring voor het voortgezet speciaal onderwijs. De zorgcoördinator
        stelt daarvoor het dossier samen. Het samenwerkingsverband beslist over de aanvraag volgens zijn eigen
        procedure. Leerlingen die uit het vso of de Rebound naar onze school komen, krijgen een vaste coach in
        de eerste weken."""),
        H1("Ouders"),
        P("""Ouders zijn onze partners. De mentor neemt in de eerste weken van het schooljaar contact op met alle
        ouders. Ouders van leerlingen met een ontwikkelingsperspectief worden twee keer per jaar uitgenodigd om
        het plan te bespreken en te ondertekenen. Op de website van de school staat informatie over de
        begeleiding. Ouders die een klacht hebben, kunnen gebruikmaken van de klachtenregeling van het bestuur.
        Voor onafhankelijk advies verwijzen wij naar het ouder- en jeugdsteunpunt van het
        samenwerkingsverband."""),
        H1("Middelen en formatie"),
        P("""Voor de begeleiding van leerlingen zijn in 2025-2026 de volgende uren beschikbaar: zorgcoördinator
        0,8 fte, remedial teaching 1,2 fte, trajectvoorziening 1,0 fte en schoolmaatschappelijk werk 0,4 fte
        (gefinancierd door de gemeente). Het schoolbudget van het samenwerkingsverband (€ 96.000) wordt
        ingezet voor de trajectvoorziening en de trainingen. De teamleider bewaakt de besteding."""),
        H1("Evaluatie en resultaten"),
        P("""Aan het einde van het schooljaar evalueert het OT de ondersteuning. We kijken naar het aantal
        leerlingen dat zonder vertraging overgaat, het verzuim, het aantal verwijzingen naar de Rebound en de
        tevredenheid van leerlingen en ouders uit de jaarlijkse enquête. De evaluatie wordt besproken met de
        medezeggenschapsraad en verwerkt in het plan voor het volgende schooljaar."""),
        H1("Jaarplanning"),
        T(["Periode", "Activiteit"],
          ["september", "Kennismakingsgesprekken mentor-ouders; screening brugklas"],
          ["november", "Eerste leerlingbespreking; groepsbesprekingen brugklas"],
          ["februari", "Tweede leerlingbespreking; evaluatie OPP's"],
          ["april", "Intake nieuwe lwoo-leerlingen; overdracht basisscholen"],
          ["juni", "Derde leerlingbespreking; evaluatie ondersteuningsplan"]),
    ]
    blocks = [("title", ["Ondersteuningsplan 2025-2026", school,
                         "Leerlingbegeleiding en zorgstructuur – vmbo met lwoo"])]
    blocks.append(toc_from(body))
    blocks += body
    return blocks


# ===========================================================================
# Labels
# ===========================================================================
def C(true_list):
    return {k: (k in true_list) for k in CORE}


def write_labels():
    write_label(
        "vo-lingewaarden-2025", ["vo-lingewaarden-2025.docx"], "vo",
        C(["basisondersteuning.niveau", "basisondersteuning.inhoud", "plaatsing.procedure",
           "terugstroom.procedure", "terugstroom.beleid", "financien.verdeling", "financien.besteding",
           "dekkend-aanbod.continuum", "ouders.informatie", "ouders.steunpunt"]),
        {"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
         "financien": ["reserves", "verantwoording"], "dekkend-aanbod": ["ketenpartners"],
         "ouders": ["betrokkenheid"]},
        {
            "basisondersteuning": "Ch. 'Basisondersteuning': agreed minimum for every vestiging plus table of ten concrete standards; kwaliteitskaart = borging.",
            "plaatsing": "Ch. 'Toelaatbaarheid vso, lwoo en pro' gives a six-step procedure (CvT, 6 weeks, two deskundigen), duration/category and LBT bezwaar, but the vso criteria are deferred to a 2025-2026 herijking (CvT decides case by case), lwoo/pro only 'landelijke criteria' by name, and step 1's 'behoefte gaat mogelijkheden te boven' is a trigger, not a criterion.",
            "terugstroom": "Hidden inside the TLV chapter, subsection 'Einde van de TLV en terugkeer': policy/conditions, dated procedure (1 Feb, 1 Mar, 1 Apr, who decides, evaluations) and terugkeerarrangement.",
            "financien": "Ch. 'Geld en middelen': verdeelmodel (EUR 162 pp + vaste voet, lwoo/pro pass-through by 1 Oct count, AB decides in December) and meerjarenbegroting 2025-2028 with amounts.",
            "dekkend-aanbod": "Ch. 'Het ondersteuningscontinuüm' describes niveaus 1-4 (Rebound, OPDC, ISK, pro, vso); witte-vlekken analysis and the thuiszittersaanpak (ch. 'Thuiszitters') are only deferred to 2025-2026; 'Dekkend aanbod' and 'Zorgplicht' only in the begrippenlijst.",
            "resultaten": "Only a deferral: ch. 'Kwaliteit en resultaten' says beoogde resultaten and monitoring follow in a Kwaliteitskader in 2026; 'Beoogde resultaten' only in begrippenlijst; voorwoord 'trots op de resultaten' is a passing mention.",
            "ouders": "Placed under 'Communicatie': ouderpagina, brochure in four languages, schoolgids, info evenings; independent OJSP Lingewaarden, onderwijsconsulenten, klachten/GCPO.",
        },
        {"basisondersteuning": "present", "plaatsing": "partial", "terugstroom": "present", "financien": "present",
         "dekkend-aanbod": "partial", "resultaten": "missing", "ouders": "present"})

    write_label(
        "vo-kempenrand-2026", ["vo-kempenrand-2026.pdf"], "vo",
        C(["basisondersteuning.niveau", "plaatsing.procedure", "plaatsing.criteria", "terugstroom.beleid",
           "financien.verdeling", "dekkend-aanbod.continuum", "dekkend-aanbod.lacunes",
           "resultaten.doelen", "resultaten.monitoring"]),
        {"plaatsing": ["deskundigen", "duur-categorie"], "dekkend-aanbod": ["ketenpartners"],
         "resultaten": ["meetbaar"]},
        {
            "basisondersteuning": "Ch. 'Basisondersteuning' defines the level as an ondergrens for every vestiging (niveau), but the concrete standards are only in the absent 'Kaart Basisondersteuning (bijlage 2)' and the schools' SOPs on their websites.",
            "plaatsing": "Ch. 'Toewijzing': procedure only in a table (stap/wie/wat/termijn, CTK, two deskundigen, 6 weeks), vso criteria as a bullet list, pro/lwoo criteria spelled out (IQ ranges, leerachterstand); TLV duration and categorie; no bezwaar.",
            "terugstroom": "Subsection 'Terug naar het reguliere voortgezet onderwijs' inside the Toewijzing chapter: policy, conditions and EUR 3.000 terugkeerarrangement, but the stappenplan (initiative, evaluation, decision) is deferred to 2026-2027; nothing on return from pro.",
            "financien": "Ch. 'Financiën': verdeelmodel table (70/30 split, EUR 185 pp, lwoo/pro pass-through per 1 Oct count, board decides in November) but the meerjarenbegroting is 'p.m.' and to be published separately on the website.",
            "dekkend-aanbod": "Ch. 'Ondersteuningsaanbod en dekkend netwerk': continuum list (schoolarrangement, lwoo, pro, Herstart, OPDC, vso) and thuiszitterstafel, doorzettingsmacht, witte-vlekkenanalyse with dated actions.",
            "resultaten": "Ch. 'Resultaten en kwaliteitszorg': five beoogde resultaten with nulmeting and streefwaarde 2030; quarterly dashboard, twice-yearly reports, jaarverslag, tussenevaluatie.",
            "ouders": "Nothing addressed: parents appear only in the legal-requirements list of the Inleiding, passing phrases in voorwoord, and begrippenlijst entries (Onderwijsconsulenten, OJSP, Ouderbrochure); OPR paragraph does not describe parents' role.",
        },
        {"basisondersteuning": "partial", "plaatsing": "present", "terugstroom": "partial", "financien": "partial",
         "dekkend-aanbod": "present", "resultaten": "present", "ouders": "missing"})

    write_label(
        "vo-zuidwaard-2025", ["vo-zuidwaard-2025.docx", "vo-zuidwaard-2025.pdf"], "vo",
        C(["basisondersteuning.niveau", "basisondersteuning.inhoud", "plaatsing.criteria",
           "financien.verdeling", "financien.besteding", "dekkend-aanbod.continuum", "dekkend-aanbod.lacunes",
           "resultaten.monitoring", "ouders.steunpunt"]),
        {"basisondersteuning": ["borging"], "plaatsing": ["duur-categorie", "bezwaar"],
         "financien": ["reserves"], "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"],
         "ouders": ["betrokkenheid"]},
        {
            "basisondersteuning": "Unusual wording: ch. 'De gemeenschappelijke ondergrens' = what every pupil at every vestiging may expect, with nine concrete provisions; two-yearly audit.",
            "plaatsing": "Ch. 'Toelaatbaarheid': criteria table for vso cluster 3/4, pro, lwoo, OPDC; only the lwoo/pro application route is described, the vso procedure is only a reference to a Handleiding TLV on the website, so the procedure criterion is not addressed.",
            "terugstroom": "Missing: no return from vso described. Traps: Herstart pupils going back to their own school, ISK doorstroom, 'kan ook weer een stap terug zetten', uitstroom vso to arbeid, warme overdracht to mbo, and Terugplaatsing/Overplaatsing only in the begrippenlijst.",
            "financien": "Ch. 'Middelen': content only in tables 6.1 (geldstroom/bron/verdeelsleutel/ontvanger) and 6.2 (meerjarenbegroting 2025-2028 with amounts and reserve).",
            "dekkend-aanbod": "Continuum table (schoolarrangement, Herstart, OPDC, ISK, pro, vso, OZA) plus 'Geen leerling zonder plek': thuiszittersoverleg, binding decision after 12 weeks, identified gap with 2026 pilot.",
            "resultaten": "Ch. 'Kwaliteit en resultaten': monitoring cycle (quarterly dashboard, reports, jaarverslag, peiling) but every streefwaarde is 'n.t.b.' pending a 2026 nulmeting, so no beoogde resultaten.",
            "ouders": "Ch. 'Ouders en leerlingen': independent OJSP Zuidwaard, onderwijsconsulenten and GCPO (steunpunt), but how parents are informed is deferred to a communicatieplan in 2026.",
        },
        {"basisondersteuning": "present", "plaatsing": "partial", "terugstroom": "missing", "financien": "present",
         "dekkend-aanbod": "present", "resultaten": "partial", "ouders": "partial"})

    write_label(
        "po-heuvelrand-2026", ["po-heuvelrand-2026.md"], "po",
        C(["basisondersteuning.niveau", "plaatsing.procedure", "plaatsing.criteria", "terugstroom.procedure",
           "resultaten.doelen", "resultaten.monitoring", "ouders.informatie"]),
        {"plaatsing": ["deskundigen", "duur-categorie"], "terugstroom": ["monitoring"],
         "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
        {
            "basisondersteuning": "Ch. 'Basisondersteuning': agreed ondergrens for all schools with the generic four-aspect definition; concrete content left to each school's SOP and a joint list deferred to 2026-2027.",
            "plaatsing": "Ch. 'Toelaatbaarheid sbo en so': five-step procedure (MDO, bestuur applies, two deskundigen, commissie within 6 weeks), separate criteria for sbo and so (cluster 3/4), geldigheid; no bezwaar.",
            "terugstroom": "Ch. 'Terug- en doorplaatsing': yearly OPP review, 1 Feb in last TLV year, initiative sbo/so school, overdracht before 1 May, receiving school decides, evaluation after 3 months; the policy (aims, conditions, support after return) is deferred to a notitie before 1 Aug 2026.",
            "financien": "Missing: ch. 'Financiën' only refers to the absent Kadernota Financiën (bijlage F); verevening/meerjarenbegroting only in the begrippenlijst.",
            "dekkend-aanbod": "Missing: ch. 'Een dekkend netwerk' only refers to the Sociale Kaart on the website and defers witte vlekken and thuiszitters to 2026; OOGO paragraph is procedural only with the agenda deferred; sbo/so named only as placement destinations.",
            "resultaten": "Ch. 'Resultaten': indicator table with nulmeting 2025 and streefwaarde 2030 plus a qualitative goal; twice-yearly dashboard, jaarverslag and 2028 tussenevaluatie.",
            "ouders": "Ch. 'Ouders': Wegwijzer folder, ouderpagina, info evenings, SOP in schoolgids (informatie); for questions only the IB'er or the SWV's own loket, the independent OJSP is deferred ('wordt nog uitgewerkt'); onderwijsconsulent only in begrippenlijst.",
        },
        {"basisondersteuning": "partial", "plaatsing": "present", "terugstroom": "partial", "financien": "missing",
         "dekkend-aanbod": "missing", "resultaten": "present", "ouders": "partial"})

    write_label(
        "vo-duinstreek-2026", ["vo-duinstreek-2026.docx"], "vo",
        C(["terugstroom.procedure", "terugstroom.beleid", "financien.besteding", "dekkend-aanbod.lacunes",
           "resultaten.doelen", "ouders.informatie", "ouders.steunpunt"]),
        {"terugstroom": ["monitoring"], "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"],
         "ouders": ["betrokkenheid"]},
        {
            "basisondersteuning": "Missing: only the begrippenlijst defines basisondersteuning (with examples) and the TOC lists an absent 'Bijlage A Basisondersteuning'; no body text.",
            "plaatsing": "Missing: ch. 'Toewijzing' only refers to the absent Toewijzingsreglement (bijlage C); CvT, deskundigenadvies and bezwaar only in the begrippenlijst; 'TLV loopt af op 31 juli' sits in the return procedure, not a TLV-duration rule.",
            "terugstroom": "Ch. 'Terug naar het regulier': policy and conditions, five-step procedure (perspectiefgesprek before 1 Dec, terugkeerteam, proefperiode, director decides, TLV ends 31 Jul, evaluations) and EUR 4.500 terugkeerarrangement; vso only, pro explicitly excluded (not legally required).",
            "financien": "Ch. 'Financiën': meerjarenbegroting 2026-2029 with amounts, but the verdeelmodel is being revised and the verdeling per bestuur is 'p.m.' until December 2026.",
            "dekkend-aanbod": "Ch. 'Zorgplicht en thuiszitters' handles gaps (zorgplicht route, thuiszitterstafel, lists, pilot Stap voor stap), but the continuum is deferred to a voortgangsparagraaf (ch. 'Het ondersteuningsaanbod').",
            "resultaten": "Ch. 'Ambities': table with uitgangssituatie and beoogd resultaat 2030, but how progress is measured/reported is deferred to a monitoringsplan in autumn 2026.",
            "ouders": "Ch. 'Ouders en leerlingen': ouderpagina, folder, schoolgids, info evening; independent OJSP Duinstreek, onderwijsconsulent, klachtenregeling, GCPO; leerlingenpanel/hoorrecht.",
        },
        {"basisondersteuning": "missing", "plaatsing": "missing", "terugstroom": "present", "financien": "partial",
         "dekkend-aanbod": "partial", "resultaten": "partial", "ouders": "present"})

    nm = {
        "documents": ["baken-college-ondersteuningsplan.html"],
        "sector": "vo",
        "looks_like_plan": False,
        "elements": {},
        "criteria": {},
        "advisory_addressed": {},
        "notes": {
            "document": "School-level ondersteuningsplan (zorgstructuur, zorgniveaus, leerlingbesprekingen, OT) of one vmbo/lwoo school for a single school year; it refers to its samenwerkingsverband as an external body and is not the SWV's ondersteuningsplan (no planperiode, OPR, OOGO, verdeling of SWV funds, TLV decisions).",
        },
    }
    (OUT / "baken-college-ondersteuningsplan.expected.yaml").write_text(
        yaml.safe_dump(nm, sort_keys=False, allow_unicode=True, width=200), encoding="utf-8")


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    for fn, header in ((plan_a, "Ondersteuningsplan 2025-2029 | SWV VO Lingewaarden"),):
        render_docx(fn(), OUT / "vo-lingewaarden-2025.docx", header)
    # Plan B: PDF only (rendered from a temporary .docx)
    with tempfile.TemporaryDirectory() as tmp:
        tmp_docx = Path(tmp) / "vo-kempenrand-2026.docx"
        render_docx(plan_b(), tmp_docx, "Ondersteuningsplan 2026-2030 | SWV Kempenrand | Passend onderwijs")
        docx_to_pdf(tmp_docx, OUT / "vo-kempenrand-2026.pdf")
    # Plan C: both .docx and .pdf
    render_docx(plan_c(), OUT / "vo-zuidwaard-2025.docx", "Ondersteuningsplan 2025-2029 | SWV VO Zuidwaard")
    docx_to_pdf(OUT / "vo-zuidwaard-2025.docx", OUT / "vo-zuidwaard-2025.pdf")
    render_md(plan_d(), OUT / "po-heuvelrand-2026.md")
    render_docx(plan_e(), OUT / "vo-duinstreek-2026.docx", "Ondersteuningsplan 2026-2030 | SWV Duinstreek-Noord")
    render_html(near_miss(), OUT / "baken-college-ondersteuningsplan.html",
                "Ondersteuningsplan 2025-2026 – Het Baken College")
    write_labels()
    for fn in (plan_a, plan_b, plan_c, plan_d, plan_e, near_miss):
        print(fn.__name__, word_count(fn()), "words")


if __name__ == "__main__":
    main()
