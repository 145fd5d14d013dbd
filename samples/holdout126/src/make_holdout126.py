#!/usr/bin/env python3
"""Build the independent holdout set 126 for opcheck.

Writes five fictional ondersteuningsplannen (PO and VO verbanden in Groningen,
Friesland, Drenthe and the Randstad) plus one near-miss document (a school-level
'schoolondersteuningsplan') into the folder above this script, together with the
hand-written label files (<name>.expected.yaml).

Deterministic, no network.  PDFs are rendered from .docx with LibreOffice
(`soffice --headless --convert-to pdf`) in a private temporary directory.
"""
from __future__ import annotations

import datetime as _dt
import html
import shutil
import subprocess
import tempfile
import zipfile
from pathlib import Path

import docx
from docx.shared import Pt

OUT = Path(__file__).resolve().parent.parent

# ---------------------------------------------------------------------------
# block model: ("title", str) ("h1", str) ("h2", str) ("p", str) ("ul", [str])
#              ("table", [[str,...], ...])  first row = header
#              ("toc", [str]) ("pagebreak", None)
# ---------------------------------------------------------------------------


def sub(text: str, ctx: dict) -> str:
    for k, v in ctx.items():
        text = text.replace("{" + k + "}", str(v))
    return text


def P(t):
    return ("p", " ".join(t.split()))


def H1(t):
    return ("h1", t)


def H2(t):
    return ("h2", t)


def UL(*items):
    return ("ul", [" ".join(i.split()) for i in items])


def TB(*rows):
    return ("table", [list(r) for r in rows])


def apply_ctx(blocks, ctx):
    out = []
    for kind, val in blocks:
        if isinstance(val, str):
            out.append((kind, sub(val, ctx)))
        elif isinstance(val, list):
            out.append((kind, [sub(v, ctx) if isinstance(v, str) else [sub(c, ctx) for c in v] for v in val]))
        else:
            out.append((kind, val))
    return out


def word_count(blocks) -> int:
    n = 0
    for kind, val in blocks:
        if isinstance(val, str):
            n += len(val.split())
        elif isinstance(val, list):
            for v in val:
                if isinstance(v, str):
                    n += len(v.split())
                else:
                    n += sum(len(c.split()) for c in v)
    return n


# ---------------------------------------------------------------------------
# renderers
# ---------------------------------------------------------------------------
FIXED_DATE = _dt.datetime(2026, 2, 1, 9, 0, 0)


def render_docx(blocks, path: Path, header_text: str, footer_text: str, title: str):
    d = docx.Document()
    cp = d.core_properties
    cp.created = FIXED_DATE
    cp.modified = FIXED_DATE
    cp.last_printed = FIXED_DATE
    cp.title = title
    cp.author = "holdout126"
    cp.last_modified_by = "holdout126"
    cp.revision = 1
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(11)
    sec = d.sections[0]
    sec.header.paragraphs[0].text = header_text
    sec.footer.paragraphs[0].text = footer_text
    for kind, val in blocks:
        if kind == "title":
            d.add_heading(val, level=0)
        elif kind == "subtitle":
            d.add_paragraph(val).runs[0].bold = True
        elif kind == "h1":
            d.add_heading(val, level=1)
        elif kind == "h2":
            d.add_heading(val, level=2)
        elif kind == "p":
            d.add_paragraph(val)
        elif kind == "ul":
            for it in val:
                d.add_paragraph(it, style="List Bullet")
        elif kind == "toc":
            d.add_heading("Inhoudsopgave", level=1)
            for line in val:
                d.add_paragraph(line)
        elif kind == "table":
            t = d.add_table(rows=len(val), cols=len(val[0]))
            t.style = "Table Grid"
            for i, row in enumerate(val):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = cell
                    if i == 0:
                        for r in t.cell(i, j).paragraphs[0].runs:
                            r.bold = True
            d.add_paragraph("")
        elif kind == "pagebreak":
            d.add_page_break()
        else:
            raise ValueError(kind)
    d.save(str(path))
    _normalize_zip(path)


def _normalize_zip(path: Path):
    """Rewrite the .docx with fixed timestamps so that reruns are byte-identical."""
    with zipfile.ZipFile(path) as zin:
        items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for fname, data in items:
            zi = zipfile.ZipInfo(fname, date_time=(2026, 2, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, data)


def render_html(blocks, path: Path, site_name: str, footer_text: str, title: str):
    e = html.escape
    parts = [
        "<!DOCTYPE html>",
        '<html lang="nl"><head><meta charset="utf-8">',
        f"<title>{e(title)}</title>",
        "<style>body{font-family:sans-serif;max-width:60em;margin:auto}"
        "table{border-collapse:collapse}td,th{border:1px solid #888;padding:3px}</style>",
        "</head><body>",
        f'<header class="site-header"><div class="logo">{e(site_name)}</div>'
        '<nav class="menu"><a href="#">Home</a> | <a href="#">Ouders</a> | <a href="#">Scholen</a> | '
        '<a href="#">Toelaatbaarheid</a> | <a href="#">Ondersteuningsplan</a> | <a href="#">Contact</a></nav></header>',
        "<main>",
    ]
    for kind, val in blocks:
        if kind == "title":
            parts.append(f"<h1>{e(val)}</h1>")
        elif kind == "subtitle":
            parts.append(f'<p class="subtitle"><strong>{e(val)}</strong></p>')
        elif kind == "h1":
            parts.append(f"<h2>{e(val)}</h2>")
        elif kind == "h2":
            parts.append(f"<h3>{e(val)}</h3>")
        elif kind == "p":
            parts.append(f"<p>{e(val)}</p>")
        elif kind == "ul":
            parts.append("<ul>" + "".join(f"<li>{e(i)}</li>" for i in val) + "</ul>")
        elif kind == "toc":
            parts.append('<nav class="toc"><h2>Inhoudsopgave</h2><ol>'
                         + "".join(f"<li>{e(i)}</li>" for i in val) + "</ol></nav>")
        elif kind == "table":
            rows = ["<tr>" + "".join(f"<th>{e(c)}</th>" for c in val[0]) + "</tr>"]
            for r in val[1:]:
                rows.append("<tr>" + "".join(f"<td>{e(c)}</td>" for c in r) + "</tr>")
            parts.append("<table>" + "".join(rows) + "</table>")
        elif kind == "pagebreak":
            parts.append("<hr>")
    parts.append("</main>")
    parts.append(f'<footer class="site-footer"><p>{e(footer_text)}</p></footer></body></html>')
    path.write_text("\n".join(parts) + "\n", encoding="utf-8")


def docx_to_pdf(docx_path: Path, out_pdf: Path, workdir: Path):
    profile = workdir / "lo_profile"
    cmd = [
        "soffice", f"-env:UserInstallation=file://{profile}", "--headless",
        "--convert-to", "pdf", "--outdir", str(workdir), str(docx_path),
    ]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
    produced = workdir / (docx_path.stem + ".pdf")
    shutil.move(str(produced), str(out_pdf))


# ---------------------------------------------------------------------------
# shared filler (realistic prose that mentions element words only in passing)
# ---------------------------------------------------------------------------

def f_voorwoord(ctx):
    return [
        H1("{n_voorwoord} Voorwoord"),
        P("""Voor u ligt het ondersteuningsplan {periode} van {naam}. Het plan beschrijft op welke manier de
        aangesloten schoolbesturen de komende vier schooljaren samen vormgeven aan passend onderwijs in {regio}.
        Het is tot stand gekomen in een traject van ruim een jaar, waarin directeuren, {ib_term},
        bestuurders, medewerkers van het bureau, de ondersteuningsplanraad en onze partners in de gemeenten
        {gemeenten} hebben meegedacht. Dank aan iedereen die tijd heeft vrijgemaakt voor de werksessies,
        de klankbordgroepen en de vele gesprekken aan de keukentafel van het bureau."""),
        P("""De afgelopen planperiode was er een van grote veranderingen. De nasleep van de schoolsluitingen,
        het oplopende lerarentekort en de toegenomen zorgen over het welbevinden van kinderen en jongeren
        vroegen veel van iedereen. Tegelijk zagen we hoeveel er mogelijk is wanneer scholen, ouders en
        ketenpartners elkaar opzoeken. Op veel plekken is mooi werk verzet, en daar zijn we trots op. Dit
        plan bouwt daarop voort en kiest bewust voor een beperkt aantal speerpunten."""),
        P("""Een ondersteuningsplan is geen handboek. Het schetst de koers, de afspraken en de kaders. De
        uitvoering gebeurt in de klas, op de scholen en in de gesprekken tussen leraren, ouders en
        leerlingen. Wij hopen dat dit plan daarvoor houvast biedt. Waar dit plan verwijst naar afspraken die
        elders zijn vastgelegd, vermelden we dat uitdrukkelijk."""),
        P("""{ondertekening}"""),
    ]


def f_visie(ctx):
    return [
        H1("{n_visie} Visie, missie en kernwaarden"),
        P("""{visie_motto} Dat is de gedachte achter onze missie. Iedere {leerling_term} in {regio} heeft recht
        op onderwijs dat past bij wat hij of zij nodig heeft, zo dicht mogelijk bij huis en zo gewoon als het
        kan. Wij geloven dat verschillen tussen {leerling_term_mv} normaal zijn, en dat het de opdracht van
        het onderwijs is om met die verschillen om te gaan. Ouders zijn daarbij onmisbaar; zij kennen hun kind
        het best."""),
        P("""Onze visie rust op vier kernwaarden. Verbinding: we werken over de grenzen van besturen, scholen
        en sectoren heen. Vertrouwen: we gaan uit van de professionaliteit van leraren en schoolleiders en
        leggen verantwoordelijkheid zo laag mogelijk in de organisatie. Vakmanschap: we investeren in de
        kennis en vaardigheden van iedereen die met {leerling_term_mv} werkt. Eenvoud: we houden procedures
        zo licht als verantwoord is, zodat tijd en middelen zoveel mogelijk terechtkomen bij de
        {leerling_term} en de leraar."""),
        P("""Deze kernwaarden zijn geen loze woorden. Ze zijn richtinggevend voor de keuzes in de volgende
        hoofdstukken en voor de manier waarop het bureau zich opstelt: dienend aan de scholen, kritisch waar
        dat nodig is en altijd met het belang van de {leerling_term} voorop. De missie is in 2025 in een
        reeks bijeenkomsten met schoolleiders herijkt; de formulering bleef grotendeels gelijk, de nadruk
        verschoof van 'zorg' naar 'ontwikkeling'."""),
    ]


def f_kengetallen(ctx):
    return [
        H1("{n_regio} Ons verband: regio en kengetallen"),
        P("""{naam} is een stichting waarin {n_besturen} schoolbesturen samenwerken. Het werkgebied omvat de
        gemeenten {gemeenten}. In het verband zijn {n_scholen} scholen en vestigingen aangesloten, met op 1
        oktober 2025 in totaal {n_lln} {leerling_term_mv}. {regio_kenmerk}"""),
        TB(["Kenmerk", "Teldatum 1 oktober 2023", "Teldatum 1 oktober 2025"],
           ["Aantal aangesloten besturen", "{n_besturen}", "{n_besturen}"],
           ["Aantal scholen/vestigingen", "{n_scholen_oud}", "{n_scholen}"],
           ["Aantal leerlingen (totaal)", "{n_lln_oud}", "{n_lln}"],
           ["Medewerkers bureau (fte)", "{fte_oud}", "{fte}"]),
        P("""De cijfers in deze tabel zijn ontleend aan de telgegevens van DUO en aan de eigen administratie van
        het bureau. Ze geven een beeld van de omvang van het verband; ze zeggen op zichzelf niets over de
        kwaliteit van de ondersteuning."""),
    ]


def f_krimp_noord(ctx):
    return [
        H2("{n_regio}.1 Krimp, afstand en dorpsscholen"),
        P("""Onze regio kent een heel eigen dynamiek. In de dorpen daalt het aantal {leerling_term_mv} al jaren,
        terwijl de steden licht groeien. Dat heeft gevolgen voor de schaal van scholen: er zijn scholen met
        minder dan vijftig leerlingen, waar een leraar drie of vier groepen tegelijk lesgeeft. Afstanden zijn
        groot; een rit van drie kwartier naar een gespecialiseerde voorziening is geen uitzondering. Ook
        de gevolgen van de gaswinning spelen in delen van het gebied nog altijd mee, zowel in de huisvesting
        van scholen als in de zorgen die gezinnen thuis meedragen."""),
        P("""We hechten aan de streektaal en de eigen cultuur. {taal_zin} Meertaligheid beschouwen we als een
        kracht. Tegelijk vraagt de spreiding van expertise over een groot gebied om slimme samenwerking:
        consulenten werken in vaste rayons, kennis wordt gedeeld in netwerken en waar het kan zijn
        voorzieningen dicht bij huis georganiseerd."""),
    ]


def f_groei_randstad(ctx):
    return [
        H2("{n_regio}.1 Een verband in een groeiende regio"),
        P("""Onze regio groeit. Nieuwbouwwijken trekken jonge gezinnen aan, en het aantal {leerling_term_mv}
        neemt in een aantal kernen fors toe, terwijl andere wijken juist vergrijzen. De diversiteit is groot:
        op sommige scholen spreekt meer dan de helft van de {leerling_term_mv} thuis een andere taal dan het
        Nederlands, terwijl een paar kilometer verderop vrijwel alle gezinnen Nederlandstalig zijn. Het
        lerarentekort is in onze regio groter dan landelijk gemiddeld; vooral in de steden staan er
        structureel vacatures open."""),
        P("""De druk op de woningmarkt raakt ook het onderwijs. Leraren vinden moeilijk een betaalbare woning in
        de buurt van hun school, en de huisvesting van scholen zelf staat onder druk. Voor het verband betekent
        dit dat we voortdurend moeten schakelen tussen groei en krimp, tussen stad en dorp, en dat we
        flexibel moeten kunnen inspelen op veranderende aantallen."""),
    ]


def f_governance(ctx):
    return [
        H1("{n_gov} Organisatie en governance"),
        P("""{naam} is een stichting. De statuten zijn voor het laatst gewijzigd in 2023. Het verband kent
        een scheiding tussen bestuur en intern toezicht: de directeur-bestuurder vormt het bestuur van de
        stichting en is eindverantwoordelijk voor de uitvoering van het ondersteuningsplan. Het intern
        toezicht ligt bij de {toezicht}, die bestaat uit vijf leden: vier bestuurders van aangesloten
        schoolbesturen en één onafhankelijke voorzitter. De {toezicht} vergadert ten minste vijf keer per jaar
        en keurt onder meer het ondersteuningsplan en het jaarplan goed."""),
        P("""Naast de {toezicht} kent het verband een algemene vergadering van alle aangesloten schoolbesturen.
        Deze vergadering komt twee keer per jaar bijeen en is het forum waar strategische vragen worden
        besproken. Het bureau ondersteunt de directeur-bestuurder; er werken consulenten, orthopedagogen,
        een beleidsmedewerker, een controller en een secretariaat. Het verband volgt de Code Goed Bestuur in
        het primair en voortgezet onderwijs en legt de wijze van toezicht vast in een toezichtkader."""),
        P("""De statuten bevatten een geschillenregeling voor geschillen tussen het verband en de aangesloten
        besturen, zoals de wet voorschrijft. Van die regeling is de afgelopen planperiode geen gebruik
        gemaakt. Integriteit en transparantie zijn voor ons vanzelfsprekend: nevenfuncties van bestuurders
        en toezichthouders worden jaarlijks openbaar gemaakt."""),
    ]


def f_opr(ctx, composition=True):
    comp = ("""De OPR telt {opr_leden} leden; de helft is ouder van een {leerling_term} op een van de
            aangesloten scholen, de andere helft is personeelslid. De leden worden afgevaardigd door de
            medezeggenschapsraden van de scholen.""" if composition else
            """De OPR telt {opr_leden} leden, afgevaardigd vanuit de medezeggenschapsraden van de aangesloten
            scholen.""")
    return [
        H2("{n_gov}.1 Medezeggenschap: de ondersteuningsplanraad"),
        P("""Het verband heeft een ondersteuningsplanraad (OPR) zoals bedoeld in artikel 4a van de Wet
        medezeggenschap op scholen. """ + comp + """ De OPR heeft instemmingsrecht op het vaststellen en
        wijzigen van het ondersteuningsplan. Daarnaast heeft het verband een eigen medezeggenschapsraad voor
        het personeel van het bureau."""),
        P("""De OPR is vanaf het begin betrokken geweest bij de totstandkoming van dit plan. In vier
        themabijeenkomsten is het concept besproken, en de OPR heeft schriftelijk gereageerd op de tweede
        conceptversie. De OPR heeft op {opr_datum} ingestemd met dit ondersteuningsplan. De directeur-bestuurder
        en de voorzitter van de OPR overleggen zes keer per jaar; de OPR kan zich laten scholen op kosten
        van het verband."""),
    ]


def f_oogo_full(ctx):
    return [
        H1("{n_oogo} Samenwerking met gemeenten en jeugdhulp"),
        P("""Onderwijs en jeugdhulp raken elkaar op veel plaatsen. Het verband voert daarom op overeenstemming
        gericht overleg (OOGO) met de gemeenten {gemeenten}. Het OOGO over het concept van dit plan vond plaats
        op {oogo_datum}. De gemeenten hebben aangegeven zich te kunnen vinden in de hoofdlijnen. Ook met het
        {ander_swv} is overleg gevoerd over het concept, zoals de wet voorschrijft."""),
        P("""In het OOGO zijn gezamenlijke thema's benoemd: de aansluiting tussen ondersteuning op school en
        jeugdhulp, leerlingenvervoer, onderwijshuisvesting, de overgang naar vervolgonderwijs en het
        terugdringen van verzuim. Voor ieder thema is een trekker aangewezen, zowel vanuit het onderwijs als
        vanuit de gemeenten. De afspraken over de inzet van jeugdhulp onder schooltijd zijn vastgelegd in
        een convenant; daarin staat onder meer dat de jeugdconsulent van de gemeente op iedere school een
        vast aanspreekpunt is en aansluit bij het ondersteuningsteam wanneer dat nodig is."""),
        P("""Waar onderwijs en zorg elkaar nodig hebben, zoals bij kinderen die naast onderwijs ook intensieve
        zorg krijgen, maken school, gemeente en zorgaanbieder samen een onderwijs-zorgarrangement. De kosten
        van de zorgcomponent komen voor rekening van de gemeente of de zorgverzekeraar, de onderwijscomponent
        voor rekening van de school."""),
    ]


def f_oogo_procedural(ctx):
    return [
        H2("{n_plan}.2 Overleg met gemeenten en het {ander_swv}"),
        P("""Het concept van dit plan is op {oogo_datum} besproken in het op overeenstemming gericht overleg
        (OOGO) met de colleges van burgemeester en wethouders van de gemeenten {gemeenten}. Het overleg is
        afgesloten met een door beide partijen ondertekend verslag. Daarnaast is het concept voorgelegd aan
        het {ander_swv}, waarvan het werkgebied gedeeltelijk met het onze overlapt. Beide overleggen hebben
        niet geleid tot wijzigingen in de tekst."""),
    ]


def f_personeel(ctx):
    return [
        H1("{n_pers} Personeel en professionalisering"),
        P("""Passend onderwijs staat of valt met de mensen die het doen. Het lerarentekort raakt ook ons
        verband: vacatures voor intern begeleiders, ondersteuningscoördinatoren en leraren in het speciaal
        onderwijs zijn moeilijk te vervullen. De besturen zijn verantwoordelijk voor hun eigen personeelsbeleid;
        het verband draagt bij door te investeren in kennisdeling en scholing."""),
        P("""Het verband organiseert jaarlijks een studiedag voor alle {ib_term} en schoolleiders, met
        workshops over onderwerpen die scholen zelf aandragen. Daarnaast zijn er leernetwerken rond gedrag,
        taal, rekenen en begaafdheid. Consulenten van het bureau volgen een vast scholingsprogramma en nemen
        deel aan intervisie. Nieuwe collega's krijgen een inwerkprogramma van een half jaar."""),
        P("""Het bureau zelf heeft een formatie van {fte} fte. De werkdruk is een blijvend aandachtspunt; in
        de medewerkerspeiling van 2025 gaf een meerderheid aan de werkdruk als hoog maar hanteerbaar te
        ervaren. Duurzame inzetbaarheid, een goede balans tussen werk en privé en ruimte voor eigen
        ontwikkeling zijn speerpunten in het personeelsbeleid van het bureau."""),
    ]


def f_ict(ctx, mention_requests=True):
    req = ("""Aanvragen voor arrangementen en toelaatbaarheidsverklaringen worden digitaal ingediend in een
           beveiligde omgeving.""" if mention_requests else
           """Dossiers die scholen met het bureau delen, worden uitgewisseld in een beveiligde omgeving.""")
    return [
        H1("{n_ict} ICT, privacy en gegevensbescherming"),
        P("""Het verband verwerkt persoonsgegevens van {leerling_term_mv}, waaronder in sommige gevallen
        gegevens over gezondheid. Dat doen we zorgvuldig en alleen voor zover dat nodig is voor onze wettelijke
        taken. """ + req + """ Alleen medewerkers die de gegevens nodig hebben voor hun werk hebben toegang.
        Gegevens worden niet langer bewaard dan nodig; voor besluiten geldt een bewaartermijn van drie jaar
        na het besluit."""),
        P("""Het verband heeft een functionaris gegevensbescherming, gedeeld met twee andere
        samenwerkingsverbanden. Het privacyreglement is in 2024 geactualiseerd. Datalekken worden gemeld en
        geregistreerd; in de afgelopen planperiode zijn twee kleine incidenten gemeld, die geen gevolgen
        hadden voor betrokkenen. Medewerkers volgen jaarlijks een korte training informatiebeveiliging."""),
        P("""De ICT-omgeving van het bureau is in 2025 vernieuwd. Alle medewerkers werken in de cloud, met
        tweestapsverificatie. Voor videobellen met scholen en ouders gebruiken we een platform dat voldoet aan
        de eisen van de AVG. In de komende planperiode onderzoeken we of een gezamenlijk digitaal
        groeidocument voor alle scholen haalbaar is."""),
    ]


def f_kennisdeling(ctx):
    return [
        H2("{n_pers}.1 Kennisdeling en netwerken"),
        P("""Kennis is in ons verband ruim voorhanden, maar niet altijd op de plek waar ze nodig is. Daarom
        investeren we in netwerken. Het netwerk {ib_term} komt vijf keer per jaar bijeen in wisselende
        samenstelling. Er is een netwerk voor schoolleiders, een werkgroep 'jonge kind' en een netwerk voor
        leraren die zich bezighouden met begaafdheid. Het bureau faciliteert deze netwerken, maar de inhoud
        wordt bepaald door de deelnemers zelf."""),
        P("""Daarnaast stimuleren we dat scholen bij elkaar in de keuken kijken. Via de 'leerwandelingen'
        bezoeken teams elkaars scholen en bespreken ze wat ze zien. Dit levert waardevolle gesprekken op en
        maakt de samenwerking tussen besturen concreet. Ook werken we samen met de lerarenopleidingen in de
        regio, zodat studenten al tijdens hun opleiding kennismaken met passend onderwijs."""),
    ]


def f_overstap(ctx):
    return [
        H2("{n_ov} De overstap naar het vervolgonderwijs"),
        P("""Een goede overstap is belangrijk voor iedere {leerling_term}. {overstap_zin} Scholen dragen
        gegevens over via het overdrachtsdossier en voeren, waar dat nodig is, een warme overdracht. Het
        verband organiseert jaarlijks een overstapmarkt waar scholen elkaar ontmoeten. Met het {ander_swv}
        zijn afspraken gemaakt over de tijdlijn van aanmelding en overdracht. De doorstroom verloopt in de
        meeste gevallen zonder problemen; voor een kleine groep is extra aandacht nodig."""),
    ]


def f_vervoer(ctx):
    return [
        H2("{n_oogo}.1 Leerlingenvervoer en huisvesting"),
        P("""Leerlingenvervoer en onderwijshuisvesting zijn taken van de gemeenten. Het verband heeft hierin
        geen eigen middelen of bevoegdheden, maar signaleert wel knelpunten. Lange reistijden naar
        gespecialiseerde voorzieningen zijn voor sommige {leerling_term_mv} belastend. Het verband bepleit
        bij de gemeenten dat de reistijd een zwaarwegend criterium is bij de organisatie van het vervoer.
        Wat huisvesting betreft, is het van belang dat gebouwen toegankelijk zijn en voldoende ruimte bieden
        voor kleine groepen en gesprekken."""),
    ]


def f_planning(ctx, n):
    return [
        H1(n + " Totstandkoming en planning"),
        P("""Dit plan is in de volgende stappen tot stand gekomen. In het voorjaar van 2025 is een
        startnotitie besproken met de besturen. Tussen juni en oktober 2025 vonden werksessies plaats met
        schoolleiders, {ib_term} en medewerkers van het bureau. In november 2025 is het eerste concept
        besproken met de OPR en de {toezicht}. Het tweede concept is in december 2025 voorgelegd aan de
        gemeenten. De definitieve vaststelling door de directeur-bestuurder volgde na instemming van de OPR
        en na afronding van het OOGO. Het plan is vóór 1 mei 2026 aan de Inspectie van het Onderwijs
        toegezonden."""),
        TB(["Wanneer", "Wat", "Wie"],
           ["Maart 2025", "Startnotitie", "Directeur-bestuurder, {toezicht}"],
           ["Juni - oktober 2025", "Werksessies en klankbordgroepen", "Scholen, bureau"],
           ["November 2025", "Eerste concept", "OPR, {toezicht}"],
           ["December 2025 - januari 2026", "OOGO en overleg aangrenzend verband", "Gemeenten, {ander_swv}"],
           ["{opr_datum}", "Instemming", "OPR"],
           ["Vóór 1 mei 2026", "Toezending aan de Inspectie", "Bureau"]),
        P("""Het plan geldt voor de periode van 1 augustus 2026 tot en met 31 juli 2030. Jaarlijks werken we het
        plan uit in een jaarplan met een jaarbegroting. Wijzigingen van het plan tijdens de planperiode
        worden ter instemming aan de OPR voorgelegd."""),
    ]


def f_bureau(ctx, n):
    return [
        H2(n + " Het bureau: huisvesting, bereikbaarheid en samenwerking met scholen"),
        P("""Het bureau van het verband is gevestigd in {bureau_plaats}, op loopafstand van het station. Het pand
        wordt gedeeld met de afdeling leerplicht en met twee andere onderwijsorganisaties, wat korte lijnen
        oplevert. Medewerkers werken een deel van de week op de scholen; het bureau is op werkdagen van 8.30 tot
        17.00 uur bereikbaar. In de schoolvakanties is er een beperkte bezetting."""),
        P("""Met de scholen communiceert het bureau via een tweemaandelijkse nieuwsbrief voor schoolleiders en
        {ib_term}, via het scholenportaal en via de vaste contactpersonen van het bureau. Schoolleiders kunnen
        ieder moment een gesprek met de directeur-bestuurder aanvragen. Eens per jaar organiseert het verband een
        conferentie voor alle betrokkenen, met sprekers van buiten en ruimte voor ontmoeting."""),
        P("""Duurzaamheid krijgt ook binnen het bureau aandacht: medewerkers reizen zoveel mogelijk met het openbaar
        vervoer of de fiets, vergaderingen zijn waar het kan digitaal en het pand heeft sinds 2024 zonnepanelen.
        Het bureau streeft naar een papierloze werkwijze; archieven worden digitaal bewaard volgens de
        archiefwet."""),
    ]


def glossary(ctx, extra=()):
    rows = [["Begrip", "Omschrijving"],
            ["Arrangement", "Een afgesproken geheel van ondersteuning voor een leerling of groep, boven de basisondersteuning."],
            ["Basisondersteuning", "Het geheel van preventieve en licht curatieve interventies dat binnen de ondersteuningsstructuur van de school wordt uitgevoerd."],
            ["Dekkend aanbod", "Een samenhangend geheel van voorzieningen waardoor iedere leerling een passende plek kan krijgen."],
            ["Meerjarenbegroting", "Begroting van het verband voor ten minste vier jaar."],
            ["OJSP", "Ouder- en jeugdsteunpunt: onafhankelijk steunpunt voor ouders en jeugdigen."],
            ["Onderwijsconsulenten", "Landelijke organisatie die ouders en scholen kosteloos adviseert bij vastgelopen situaties."],
            ["OOGO", "Op overeenstemming gericht overleg tussen verband en gemeenten."],
            ["OPP", "Ontwikkelingsperspectiefplan."],
            ["OPR", "Ondersteuningsplanraad."],
            ["SOP", "Schoolondersteuningsprofiel."],
            ["Terugplaatsing", "Het teruggaan van een leerling vanuit het speciaal (basis)onderwijs naar het reguliere onderwijs."],
            ["Thuiszitter", "Een leerplichtige jongere die zonder geldige reden niet naar school gaat."],
            ["TLV", "Toelaatbaarheidsverklaring."],
            ["Verdeelmodel", "De afspraken over de verdeling van de ondersteuningsmiddelen over scholen en besturen."],
            ["Zorgplicht", "De plicht van een schoolbestuur om een aangemelde leerling een passende plek te bieden."]]
    rows.extend([list(e) for e in extra])
    return [H1("Bijlage 1 Begrippen- en afkortingenlijst"), ("table", rows)]


def base_ctx(**kw):
    ctx = dict(ib_term="intern begeleiders", leerling_term="leerling", leerling_term_mv="leerlingen",
               toezicht="raad van toezicht", opr_leden="twaalf")
    ctx.update(kw)
    return ctx


# ===========================================================================
# Plan A - PO, Groningen (docx)
# ===========================================================================

def plan_a():
    ctx = base_ctx(
        naam="Samenwerkingsverband Passend Onderwijs Hunzeland-Reitdiep (PO 20-07)",
        kort="SWV Hunzeland-Reitdiep", periode="2026-2030",
        regio="Noord- en Midden-Groningen", gemeenten="Het Hogeland, Westerkwartier, Midden-Groningen en Groningen (deels)",
        n_besturen="11", n_scholen="74", n_scholen_oud="79", n_lln="13.860", n_lln_oud="14.215", fte="11,6", fte_oud="10,8",
        regio_kenmerk="Ruim de helft van de scholen telt minder dan honderd leerlingen. Het verband telt twee scholen voor speciaal basisonderwijs en drie locaties voor speciaal onderwijs in cluster 3 en 4.",
        taal_zin="Op een aantal scholen in het noorden van het gebied wordt het Gronings in de klas bewust gebruikt, bijvoorbeeld bij het voorlezen en in de kleutergroepen.",
        ondertekening="Sietske Bakker-Huizinga, directeur-bestuurder. Winsum, februari 2026.",
        visie_motto="'Elk kind telt, in Stad én Ommeland.'",
        opr_datum="17 maart 2026", oogo_datum="22 januari 2026", ander_swv="Samenwerkingsverband VO Groningen Noord",
        n_voorwoord="1", n_visie="2", n_regio="3", n_oogo="10", n_gov="11", n_pers="12", n_ict="13", n_ov="5.4",
        overstap_zin="In groep 8 maken de leerlingen de overstap naar het voortgezet onderwijs; voor leerlingen met een ontwikkelingsperspectief start het gesprek over de overstap al in groep 7.",
    )
    toc = ["1 Voorwoord ........ 3", "2 Visie, missie en kernwaarden ........ 4",
           "3 Ons verband: regio en kengetallen ........ 5", "4 De basis die overal staat ........ 7",
           "5 Van basis naar maatwerk ........ 10", "6 Toelaatbaarheid speciaal (basis)onderwijs ........ 14",
           "7 Geld en middelen ........ 19", "8 Ouders en leerlingen ........ 22",
           "9 Resultaten en kwaliteit ........ 24", "10 Samenwerking met gemeenten en jeugdhulp ........ 26",
           "11 Organisatie en governance ........ 28", "12 Personeel en professionalisering ........ 30",
           "13 ICT, privacy en gegevensbescherming ........ 31", "14 Totstandkoming en planning ........ 32",
           "Bijlage 1 Begrippen- en afkortingenlijst ........ 33"]
    b = [("title", "Ondersteuningsplan 2026-2030"),
         ("subtitle", "Samenwerkingsverband Passend Onderwijs Hunzeland-Reitdiep (PO 20-07) - 'Elk kind telt, in Stad én Ommeland'"),
         P("Vastgesteld door de directeur-bestuurder op 24 maart 2026, na instemming van de ondersteuningsplanraad. Dit plan gaat over basisondersteuning, extra ondersteuning, toelaatbaarheid, middelen, ouders en resultaten."),
         ("pagebreak", None), ("toc", toc), ("pagebreak", None)]
    b += f_voorwoord(ctx) + f_visie(ctx) + f_kengetallen(ctx) + f_krimp_noord(ctx)
    b += [
        H1("4 De basis die overal staat"),
        P("""Ouders moeten erop kunnen rekenen dat hun kind op iedere school in ons verband dezelfde stevige
        basis aantreft, of die school nu in Uithuizen, Leek of Hoogezand staat. Daarom hebben de elf besturen
        in het algemeen bestuur van 8 oktober 2025 samen vastgelegd wat de ondergrens is: de ondersteuning die
        op iedere vestiging van iedere aangesloten school, zonder aanvraag bij het verband, beschikbaar is.
        Een school mag meer bieden dan deze ondergrens, maar nooit minder. Wij noemen dit 'de basis die
        overal staat'."""),
        P("""De ondergrens bestaat uit tien standaarden. In de tabel hieronder staat per standaard wat ouders en
        leerlingen concreet op elke school mogen verwachten. De standaarden zijn geordend naar de vier
        onderdelen van het referentiekader: basiskwaliteit, ondersteuningsstructuur, planmatig werken en
        preventieve en licht curatieve interventies."""),
        TB(["Standaard", "Wat u op elke school mag verwachten"],
           ["1. Veilig klimaat", "Een anti-pestprotocol, een aangewezen anti-pestcoördinator en jaarlijks een veiligheidsmeting onder leerlingen vanaf groep 5."],
           ["2. Intern begeleider", "Een intern begeleider met minimaal één dag per week per 150 leerlingen, en op scholen met minder dan 80 leerlingen ten minste een halve dag per week."],
           ["3. Ondersteuningsteam", "Ten minste vier keer per jaar een ondersteuningsteam met de intern begeleider, de consulent van het verband en, waar nodig, de jeugdconsulent van de gemeente."],
           ["4. Handelingsgericht werken", "Groepsbesprekingen drie keer per jaar, een groepsoverzicht per groep en een OPP voor iedere leerling die op een eigen leerlijn werkt."],
           ["5. Lezen en dyslexie", "Het Protocol Leesproblemen en Dyslexie, een intensieve leesinterventie vanaf groep 3 en het signaleren van ernstige enkelvoudige dyslexie voor vergoede diagnostiek."],
           ["6. Rekenen en dyscalculie", "Het Protocol ERWD en een rekenspecialist of een met een andere school gedeelde rekencoördinator."],
           ["7. Sociaal-emotionele ontwikkeling", "Een methode voor sociaal-emotioneel leren in alle groepen en een kortdurende sociale vaardigheidstraining in kleine groepjes."],
           ["8. Meer- en hoogbegaafdheid", "Signalering in groep 1-2 en groep 5, compacten en verrijken in de eigen groep."],
           ["9. Taal en NT2", "Extra taalaanbod voor leerlingen met een taalachterstand, inclusief ondersteuning bij Nederlands als tweede taal in de eerste twee jaar."],
           ["10. Medisch handelen en fysieke toegankelijkheid", "Een protocol medisch handelen en afspraken over toediening van medicijnen; bij een nieuw gebouw een toegankelijke ingang en een invalidentoilet."]),
        P("""Elke school beschrijft in de schoolgids hoe zij deze standaarden invult en wat zij daarnaast biedt.
        In oktober van ieder jaar bespreekt de directeur-bestuurder met elk bestuur de zelfevaluatie op de tien
        standaarden, aan de hand van de kwaliteitskaart. Scholen die op een standaard onder de ondergrens
        blijven, stellen binnen drie maanden een verbeterplan op en krijgen daarbij hulp van een consulent.
        Na een jaar volgt een herbeoordeling."""),
        P("""Wat niet tot de basis hoort, is ondersteuning die langdurig, intensief of zeer specialistisch is,
        zoals dagelijkse één-op-éénbegeleiding of een aparte groep. Dan spreken we van extra ondersteuning;
        die beschrijven we in hoofdstuk 5."""),
        H1("5 Van basis naar maatwerk"),
        P("""Het verband zorgt voor een samenhangend geheel van ondersteuning binnen en tussen de scholen. We
        onderscheiden vijf treden. De ondersteuning is zo licht als kan en zo zwaar als nodig; een leerling
        hoeft niet eerst alle treden te doorlopen."""),
        UL("Trede 1 - De basis die overal staat: de tien standaarden uit hoofdstuk 4.",
           "Trede 2 - Arrangement op de eigen school: na bespreking in het ondersteuningsteam kent het verband een arrangement toe, bijvoorbeeld extra begeleiding door een specialist, een time-outplek of een aangepast lesprogramma.",
           "Trede 3 - Bovenschoolse voorzieningen: de Taalklas Groningen-Noord voor nieuwkomers (Bedum), de plusklas 'De Denktank' voor hoogbegaafde leerlingen (Winsum en Leek) en de observatiegroep 'De Uitkijk' voor jonge kinderen met complexe vragen (op sbo De Zeilmaker).",
           "Trede 4 - Speciaal basisonderwijs: sbo De Zeilmaker in Winsum en sbo Het Ruimteschip in Hoogezand.",
           "Trede 5 - Speciaal onderwijs: cluster 3 (so Het Wiekslag, met een afdeling voor zeer moeilijk lerende kinderen) en cluster 4 (so De Kompasroos, twee locaties)."),
        P("""Het verband werkt met consulenten die een vast rayon hebben. De consulent is het eerste aanspreekpunt
        voor de school, denkt mee in het ondersteuningsteam en kan een arrangement aanvragen. Voor kinderen die
        zowel onderwijs als zorg nodig hebben, zetten we samen met gemeente en zorgaanbieder een
        onderwijs-zorgarrangement op."""),
        H2("5.1 Geen kind tussen wal en schip"),
        P("""Een dekkend aanbod betekent dat er voor ieder kind een passende plek is. Dat lukt nog niet altijd. Twee
        keer per jaar, in november en in mei, brengt het bureau de witte vlekken in kaart: welke kinderen
        wachten op een plek, welke kinderen zitten (deels) thuis en voor welke vragen ontbreekt een passend aanbod
        in de regio. Hiervoor gebruiken we de wachtlijstmonitor en de gegevens van het thuiszittersoverleg met de
        leerplichtambtenaren van de vier gemeenten. Op 1 oktober 2025 stonden zeven leerlingen op een wachtlijst
        voor so cluster 4 en waren er vier leerlingen langer dan vier weken thuis."""),
        P("""Voor jonge kinderen met ernstige meervoudige beperkingen ontbreekt op dit moment een thuisnabij aanbod
        in het noorden van het gebied. In schooljaar 2026-2027 start daarom een onderwijs-zorggroep in Winsum,
        samen met een zorgaanbieder. Als voor een kind binnen zes weken na signalering geen plek is gevonden, roept
        de directeur-bestuurder de betrokken besturen bijeen en neemt hij of zij een bindend besluit over de
        school die de leerling plaatst; de zorgplicht van het bestuur waar de leerling is aangemeld blijft daarbij
        uitgangspunt."""),
    ] + f_overstap(ctx) + [
        H1("6 Toelaatbaarheid speciaal (basis)onderwijs"),
        P("""Soms heeft een kind meer nodig dan een reguliere basisschool, ook met een arrangement, kan bieden.
        Dan kan een plaatsing in het speciaal basisonderwijs of het speciaal onderwijs passend zijn. Daarvoor is een
        toelaatbaarheidsverklaring (TLV) van het verband nodig."""),
        H2("6.1 De aanvraag"),
        P("""Het bevoegd gezag van de school waar de leerling is ingeschreven, of - bij een eerste aanmelding - de
        school waar de leerling is aangemeld, vraagt de TLV aan bij het Loket Toelaatbaarheid van het verband.
        De aanvraag bevat het groeidocument of OPP, het onderwijskundig rapport, een verslag van het laatste
        ondersteuningsteam en de zienswijze van de ouders. Het loket controleert binnen vijf werkdagen of het
        dossier compleet is."""),
        H2("6.2 Deskundigenadvies en besluit"),
        P("""Voor iedere aanvraag winnen wij het advies in van twee deskundigen. De eerste is altijd een
        orthopedagoog of psycholoog. De tweede deskundige kiezen we passend bij de vraag van de leerling: een
        jeugdarts, een maatschappelijk werker, een kinderpsychiater of een tweede orthopedagoog. Iedere deskundige
        brengt een eigen, schriftelijk advies uit. Deskundigen die zelf bij de aanvraag betrokken waren, adviseren
        niet. De Commissie Toelaatbaarheid (CvT) besluit namens de directeur-bestuurder binnen zes weken na
        ontvangst van het complete dossier. Ouders en school ontvangen het besluit en een kopie van beide
        adviezen."""),
        H2("6.3 Wanneer is een leerling toelaatbaar?"),
        P("""Een leerling is toelaatbaar tot het speciaal basisonderwijs als aan alle drie de volgende voorwaarden
        is voldaan: (a) de school heeft ten minste twee cycli van handelingsgericht werken doorlopen, inclusief een
        arrangement van minimaal zes maanden, en dat is vastgelegd in het OPP; (b) de ondersteuningsbehoefte op het
        gebied van leren of gedrag vraagt structureel een kleinere groep en een intensiteit die de reguliere
        school niet kan bieden; (c) beide deskundigen bevestigen dat het sbo naar verwachting beter aansluit bij de
        ontwikkelingsmogelijkheden van de leerling."""),
        P("""Voor het speciaal onderwijs geldt daarnaast dat de ondersteuningsvraag zo complex of zo intensief is dat
        de expertise van cluster 3 of 4 nodig is, bijvoorbeeld bij een IQ onder 55, een ernstige lichamelijke of
        langdurige ziekte die het onderwijs voortdurend beïnvloedt, of ernstige gedrags- of psychiatrische
        problematiek waarbij het sbo onvoldoende veiligheid kan bieden. De bekostigingscategorie (laag, midden of
        hoog) volgt uit de ondersteuningsbehoefte; categorie midden en hoog kennen we toe bij lichamelijke en
        meervoudige beperkingen."""),
        H2("6.4 Duur en bezwaar"),
        P("""Een TLV voor het sbo geldt tot het einde van de basisschoolperiode. Een TLV voor het so geven we af
        voor twee schooljaren; bij een blijvende beperking kan de CvT een langere duur vaststellen. Ouders en
        school die het niet eens zijn met het besluit, kunnen binnen zes weken bezwaar maken. Het verband is
        aangesloten bij de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen, die adviseert over het
        bezwaar."""),
        H2("6.5 Na afloop van de TLV"),
        P("""Plaatsing in het speciaal (basis)onderwijs is geen eindstation. Ons beleid is dat een leerling
        teruggaat naar een reguliere basisschool, bij voorkeur in het eigen dorp of de eigen wijk, zodra hij of zij
        daar met ondersteuning weer tot ontwikkeling kan komen. Voorwaarde is dat de ontvangende school met de
        basis en zo nodig een arrangement kan aansluiten bij de ondersteuningsbehoefte die in het OPP staat."""),
        P("""De werkwijze is als volgt. In het laatste jaar van iedere so-TLV, en voor sbo-leerlingen jaarlijks in
        februari, bespreekt de s(b)o-school in de evaluatie van het OPP of terugkeer mogelijk is. De s(b)o-school
        neemt daarvoor het initiatief en nodigt de ouders en de consulent van het verband uit. Als terugkeer
        haalbaar lijkt, volgt een proefplaatsing van acht weken op de ontvangende school. De directeur van de
        s(b)o-school en de directeur van de ontvangende school besluiten daarna samen met de ouders over de
        definitieve overstap. Als terugkeer niet haalbaar is, vraagt de so-school vóór 1 april een nieuwe TLV
        aan."""),
        P("""Na terugkeer ontvangt de leerling een terugkeerarrangement: één jaar ambulante begeleiding door een
        leraar van de s(b)o-school, en een budget van 3.500 euro voor de ontvangende school."""),
        H1("7 Geld en middelen"),
        P("""Het verband ontvangt van het Rijk middelen voor lichte en zware ondersteuning. Een deel daarvan wordt
        door DUO rechtstreeks ingehouden voor de bekostiging van het speciaal basisonderwijs en het speciaal
        onderwijs. Over het overige deel beslist het verband. In dit hoofdstuk beschrijven we hoe we de middelen
        verdelen."""),
        H2("7.1 Ons verdeelmodel"),
        P("""De besturen hebben gekozen voor een schoolmodel met een solidariteitsbudget. De verdeling verloopt in
        vier stappen. Eerst worden de afdrachten aan het sbo en so en de kosten van de groeiregeling op de
        peildatum van 1 februari gereserveerd. Van wat overblijft, gaat 68 procent naar de besturen, naar rato van
        het aantal leerlingen op 1 oktober van het voorgaande jaar; dat komt neer op ongeveer 172 euro per
        leerling. 22 procent vormt het solidariteitsbudget waaruit arrangementen en bovenschoolse voorzieningen
        worden betaald. De resterende 10 procent is bestemd voor het bureau, de consulenten en de deskundigen."""),
        P("""Arrangementen uit het solidariteitsbudget worden toegekend door het loket als de school in het
        ondersteuningsteam heeft vastgesteld dat de basis niet toereikend is en er een OPP is. Kleine scholen met
        minder dan 60 leerlingen ontvangen bovendien een vaste voet van 4.000 euro, omdat zij anders te weinig
        ruimte hebben om iets te organiseren. Besturen ontvangen hun deel per kwartaal en verantwoorden in hun
        jaarverslag op schoolniveau waaraan zij de middelen hebben besteed."""),
        H2("7.2 Begroting"),
        P("""De meerjarenbegroting voor de planperiode nemen we niet in dit plan op. De overgang naar de nieuwe
        bekostigingssystematiek maakt de inkomsten voor de komende jaren onzeker; de begroting volgt zodra de
        definitieve bedragen in het najaar bekend zijn en wordt dan als bijlage 6 aan dit plan toegevoegd. Het
        bestuur streeft ernaar de reserves niet verder te laten oplopen."""),
        H1("8 Ouders en leerlingen"),
        P("""Ouders zijn de eerste deskundigen op het gebied van hun kind. Wij vinden het belangrijk dat zij weten
        welke ondersteuning er is en hoe zij die kunnen krijgen. Daarvoor gebruiken we verschillende kanalen. Op de
        ouderpagina van onze website staat per trede uit hoofdstuk 5 welke ondersteuning er is en hoe een
        aanvraag verloopt. De folder 'Wat als mijn kind meer nodig heeft?' ligt op iedere school en is er ook in het
        Engels, Arabisch en Tigrinya. Elke school beschrijft in de schoolgids de ondersteuning die zij biedt en
        verwijst naar het verband. Twee keer per jaar organiseren we een informatieavond voor ouders, afwisselend
        in Winsum en Hoogezand."""),
        P("""Soms lopen ouders vast, of zijn zij het niet eens met de school. Dan kunnen zij terecht bij het
        Ouder- en Jeugdsteunpunt Groningen. Dat steunpunt is onafhankelijk van scholen en verband, is telefonisch
        en per mail bereikbaar, en helpt ouders en kinderen bij vragen en bij het zoeken naar een oplossing.
        Ouders kunnen ook een beroep doen op de Onderwijsconsulenten, een landelijke en kosteloze voorziening.
        Daarnaast heeft het verband een klachtenregeling en is het aangesloten bij de Geschillencommissie Passend
        Onderwijs."""),
        P("""Leerlingen praten mee over hun eigen ontwikkelingsperspectief. Het hoorrecht is in ons verband al
        gewoonte: vanaf groep 5 wordt de leerling bij het opstellen en evalueren van het OPP om zijn of haar
        mening gevraagd."""),
        H1("9 Resultaten en kwaliteit"),
        P("""Wat willen we in 2030 bereikt hebben? De besturen hebben de volgende beoogde resultaten vastgesteld
        voor leerlingen met een ondersteuningsbehoefte."""),
        UL("Alle 74 scholen voldoen in 2028 aan de tien standaarden van de basis die overal staat.",
           "Geen leerling zit langer dan drie maanden thuis zonder passend onderwijsaanbod.",
           "Het percentage leerlingen in het speciaal onderwijs blijft onder 1,6 procent van het totaal aantal leerlingen.",
           "Ten minste tien leerlingen per jaar keren met een terugkeerarrangement terug naar het regulier onderwijs.",
           "De doorlooptijd van een TLV-aanvraag is in 95 procent van de gevallen korter dan zes weken."),
        P("""Hoe we deze resultaten gaan volgen, welke bronnen en instrumenten we gebruiken en op welke momenten
        we erover rapporteren, werken we de komende planperiode uit in een kwaliteitskader. Dat kader wordt
        ontwikkeld in nauwe samenspraak met de schoolbesturen; over het tijdpad worden in 2027 afspraken gemaakt.
        Tot die tijd is de kwaliteitszorg van de scholen zelf leidend."""),
    ] + f_oogo_full(ctx) + f_vervoer(ctx) + f_governance(ctx) + f_opr(ctx) + f_personeel(ctx) + f_kennisdeling(ctx) + f_ict(ctx) + f_planning(ctx, "14")
    b += glossary(ctx, [("Gronings", "Streektaal van de provincie Groningen.")])
    meta = dict(name="po-hunzeland-reitdiep-2026", fmt="docx", sector="po",
                header=f"{ctx['kort']} | Ondersteuningsplan 2026-2030 | basisondersteuning - toelaatbaarheid - middelen - ouders",
                footer="Samenwerkingsverband Passend Onderwijs Hunzeland-Reitdiep, PO 20-07 - pagina")
    return apply_ctx(b, ctx), meta


# ===========================================================================
# Plan B - VO, Friesland (pdf via docx)
# ===========================================================================

def plan_b():
    ctx = base_ctx(
        naam="Stichting Samenwerkingsverband VO Fryslân-Noard (VO 21-04)",
        kort="SWV VO Fryslân-Noard", periode="2026-2030",
        regio="Noord- en Midden-Fryslân", gemeenten="Leeuwarden, Noardeast-Fryslân, Dantumadiel, Tytsjerksteradiel en Achtkarspelen",
        n_besturen="7", n_scholen="23", n_scholen_oud="24", n_lln="15.420", n_lln_oud="15.980", fte="8,2", fte_oud="7,9",
        ib_term="ondersteuningscoördinatoren",
        regio_kenmerk="Tot het verband behoren scholen voor vmbo, havo en vwo, twee scholen voor praktijkonderwijs, een orthopedagogisch-didactisch centrum en twee scholen voor voortgezet speciaal onderwijs.",
        taal_zin="Het Fries is voor een groot deel van onze leerlingen de thuistaal; alle scholen bieden Fries aan in de onderbouw en informatie van het verband is ook in het Fries beschikbaar.",
        ondertekening="Hylkje de Vries, directeur-bestuurder. Ljouwert/Leeuwarden, febrewaris 2026.",
        visie_motto="'Mei-inoar fierder' - samen verder.",
        opr_datum="10 maart 2026", oogo_datum="29 januari 2026", ander_swv="Samenwerkingsverband PO Fryslân-Noard",
        n_voorwoord="1", n_visie="2", n_regio="3", n_oogo="11", n_gov="12", n_pers="13", n_ict="14", n_ov="5.3",
        overstap_zin="Leerlingen stappen over van het basisonderwijs naar het voortgezet onderwijs, en na het vmbo naar het mbo; in beide overgangen zien we risico's op uitval.",
    )
    toc = ["1 Voorwoord", "2 Visie, missie en kernwaarden", "3 Ons verband: regio en kengetallen",
           "4 Basisondersteuning", "5 Het ondersteuningsaanbod", "6 Toewijzing: vso, lwoo en praktijkonderwijs",
           "7 Terug naar het reguliere vo", "8 Financieel kader", "9 Ouders en leerlingen",
           "10 Opbrengsten en kwaliteitszorg", "11 Samenwerking met gemeenten en jeugdhulp",
           "12 Organisatie en governance", "13 Personeel en professionalisering",
           "14 ICT, privacy en gegevensbescherming", "15 Totstandkoming en planning", "Bijlage 1 Begrippenlijst"]
    b = [("title", "Ondersteuningsplan 2026-2030 'Mei-inoar fierder'"),
         ("subtitle", "Stichting Samenwerkingsverband VO Fryslân-Noard (VO 21-04)"),
         P("Versie ter vaststelling, maart 2026."), ("pagebreak", None), ("toc", toc), ("pagebreak", None)]
    b += f_voorwoord(ctx) + f_visie(ctx) + f_kengetallen(ctx) + f_krimp_noord(ctx)
    b += [
        H1("4 Basisondersteuning"),
        P("""Basisondersteuning is in ons verband de ondersteuning die iedere vo-school, op iedere locatie en in
        iedere leerweg, aan alle leerlingen biedt, zonder dat daarvoor een aanvraag bij het verband nodig is. Het
        niveau is door de zeven besturen gezamenlijk vastgesteld in de algemene vergadering van 12 november 2025
        als de ondergrens voor het hele verband, het praktijkonderwijs inbegrepen. Geen school mag daaronder
        zakken; scholen die meer bieden, leggen dat vast in hun schoolgids."""),
        P("""Welke voorzieningen en interventies daar concreet onder vallen, staat uitgewerkt in de kwaliteitskaart
        basisondersteuning op onze website. De kwaliteitskaart wordt jaarlijks geactualiseerd door de
        ondersteuningscoördinatoren; wijzigingen daarvan worden niet in dit ondersteuningsplan verwerkt. De
        kwaliteitskaart maakt geen deel uit van dit document."""),
        P("""De grens tussen basis- en extra ondersteuning ligt waar een leerling langdurig, intensief of zeer
        specialistisch ondersteund moet worden. Dan gaat het om extra ondersteuning, die in hoofdstuk 5 aan bod
        komt."""),
        H1("5 Het ondersteuningsaanbod"),
        P("""Het verband realiseert een samenhangend geheel van ondersteuning in vier niveaus. Het niveau bepaalt
        waar de ondersteuning wordt gegeven en wie er verantwoordelijk voor is."""),
        TB(["Niveau", "Waar", "Wat"],
           ["1 Basis", "Elke school", "Basisondersteuning volgens de kwaliteitskaart."],
           ["2 Extra op school", "Eigen school", "Arrangementen op maat: een steunpunt/Trajectvoorziening op de school, begeleiding door een ambulant begeleider, een aangepast rooster, een tijdelijke time-out binnen school."],
           ["3 Bovenschools", "OPDC De Brêge (Leeuwarden), reboundplekken Dokkum", "Tijdelijke plaatsing (maximaal 12 maanden) met terugkeer naar de eigen school; ISK voor nieuwkomers in Leeuwarden; onderwijs-zorgtraject 'Op 'e Hichte' voor leerlingen met psychiatrische problematiek."],
           ["4 Speciaal", "Vso De Oergong (cluster 4), vso It Fundamint (cluster 3), praktijkonderwijs Dokkum en Leeuwarden", "Voortgezet speciaal onderwijs en praktijkonderwijs."]),
        P("""Niet elke leerling doorloopt alle niveaus; de ondersteuningsbehoefte bepaalt het niveau. De
        trajectbegeleiders van het verband zijn voor scholen het aanspreekpunt bij de overgang tussen niveaus en
        bewaken dat een leerling niet onnodig lang op een niveau blijft."""),
        H2("5.1 Thuiszitters en leerlingen zonder passende plek"),
        P("""Iedere leerling die langer dan vier weken geen onderwijs volgt of niet kan worden geplaatst, wordt
        binnen vijf schooldagen gemeld bij de 'Tafel fan ien', het doorbraakoverleg van verband, leerplicht en
        jeugdhulp. Daar wordt binnen twee weken een plan gemaakt met een eigenaar en een datum. Lukt het niet
        binnen zes weken een passende plek te vinden, dan besluit de directeur-bestuurder welk bestuur de leerling
        plaatst. In schooljaar 2024-2025 werden 38 leerlingen aan de tafel besproken; 31 van hen volgen weer
        onderwijs."""),
        P("""Uit de analyse van de tafel blijkt dat er in het noordoosten van het gebied te weinig aanbod is voor
        leerlingen met angst- en stemmingsproblematiek die niet in een grote school kunnen functioneren. Daarom
        start in augustus 2027 een kleinschalige havo/vmbo-tl-groep in Dokkum. De wachtlijst voor vso De Oergong
        (12 leerlingen op 1 oktober 2025) pakken we aan door in 2026 een tweede locatie in Burgum te openen."""),
        H2("5.2 Samenwerking met jeugdhulp"),
        P("""Op iedere school is een jeugdconsulent van de gemeente aanwezig. Voor leerlingen die zowel
        onderwijs als zorg nodig hebben, maken we onderwijs-zorgarrangementen met de gemeente."""),
    ] + f_overstap(ctx) + [
        H1("6 Toewijzing: vso, lwoo en praktijkonderwijs"),
        H2("6.1 Toelaatbaarheid tot het vso"),
        P("""Een school die meent dat een leerling aangewezen is op het vso, dient namens haar bevoegd gezag een
        aanvraag in bij het Loket Mei-inoar. De aanvraag bevat het OPP met de evaluatie van de geboden
        ondersteuning, een actueel handelingsgericht verslag en de visie van ouders en leerling. Het loket
        plant binnen tien schooldagen een multidisciplinair overleg met school, ouders, leerling en de beoogde
        vso-school. Twee deskundigen - een orthopedagoog of GZ-psycholoog en een tweede deskundige afhankelijk
        van de vraag (jeugdarts, maatschappelijk werker of kinder- en jeugdpsychiater) - brengen elk afzonderlijk
        een schriftelijk advies uit. De Commissie Toewijzing neemt binnen zes weken na ontvangst van een
        volledige aanvraag een besluit."""),
        P("""Een leerling is toelaatbaar tot het vso als: (1) de reguliere school aantoonbaar de ondersteuning op
        niveau 1, 2 en waar passend niveau 3 heeft ingezet en geëvalueerd; (2) de leerling een structurele
        behoefte heeft aan een gespecialiseerde, kleinschalige leeromgeving met een integraal
        onderwijs-zorgaanbod; en (3) beide deskundigen concluderen dat het vso de ontwikkeling van de leerling
        naar verwachting beter ondersteunt. Bij leerlingen van buiten de regio volgen we de afspraken van het
        verband van herkomst."""),
        P("""Een TLV vso wordt afgegeven voor één, twee of drie schooljaren. De duur hangt af van het
        ontwikkelingsperspectief. De bekostigingscategorie is laag, tenzij sprake is van een lichamelijke
        beperking of langdurige ziekte (midden) of een meervoudige beperking (hoog)."""),
        H2("6.2 Leerwegondersteunend onderwijs en praktijkonderwijs"),
        P("""Voor lwoo en praktijkonderwijs volgt het verband de landelijke criteria; we hebben er niet voor gekozen
        eigen lwoo-criteria vast te stellen. Een leerling komt in aanmerking voor lwoo bij een IQ tussen 75 en 90
        en een leerachterstand van ten minste 25 procent op twee van de domeinen begrijpend lezen, inzichtelijk
        rekenen, technisch lezen en spelling, of bij een IQ tussen 91 en 120 in combinatie met een
        leerachterstand en een sociaal-emotionele problematiek. Voor praktijkonderwijs geldt een IQ tussen 55 en
        80 en een leerachterstand van ten minste 50 procent op twee domeinen, waaronder begrijpend lezen of
        inzichtelijk rekenen."""),
        P("""De vo-school waar de leerling is aangemeld vraagt de aanwijzing lwoo of de TLV pro vóór 1 april aan bij
        het loket, met het onderwijskundig rapport van de basisschool en de testgegevens. Het loket toetst aan de
        criteria en besluit binnen vier weken. Bij twijfel wint het loket het advies in van de orthopedagoog van
        het verband."""),
        H1("7 Terug naar het reguliere vo"),
        P("""Het vso is voor veel leerlingen een tijdelijke plek. Ons beleid is dat leerlingen terugkeren naar een
        reguliere school zodra dat verantwoord kan, bij voorkeur dicht bij huis. Terugkeer is aan de orde wanneer
        de leerling de leerstof van het reguliere programma kan volgen, de sociaal-emotionele ontwikkeling
        stabiel genoeg is om in een grotere groep te functioneren, en de ontvangende school met een arrangement
        van niveau 2 kan aansluiten bij de ondersteuningsbehoefte."""),
        P("""Leerlingen die terugkeren, krijgen een 'oerstapsarrangement': een half jaar begeleiding door een
        ambulant begeleider van de vso-school, die ook de mentor van de ontvangende school coacht. De kosten
        worden gedragen uit het arrangementenbudget van het verband."""),
        P("""Hoe de terugplaatsing stap voor stap verloopt - wie het initiatief neemt, op welke momenten wordt
        beoordeeld of een leerling terug kan en wie beslist - leggen we vast in het stappenplan terugplaatsing dat
        de vso-scholen en het verband in schooljaar 2026-2027 samen opstellen."""),
        H1("8 Financieel kader"),
        P("""De tabellen 8.1 en 8.2 geven het financiële kader van het verband voor de planperiode."""),
        P("""Tabel 8.1 Verdeling van de middelen"""),
        TB(["Onderdeel", "Verdeelsleutel / criterium", "Ontvanger", "2026 (x 1.000 euro)"],
           ["Lichte ondersteuning incl. lwoo", "218 euro per leerling op 1 oktober t-1; lwoo-bedrag per aangewezen leerling volgens landelijk tarief", "Schoolbesturen", "4.610"],
           ["Arrangementen niveau 2", "Op aanvraag; toekenning door het loket bij een OPP met evaluatie; maximaal 1 schooljaar, verlenging na evaluatie", "Scholen", "1.150"],
           ["OPDC De Brêge en rebound", "Vaste voet 250.000 euro plus 9.800 euro per bezette plaats op 1 oktober", "Bestuur OPDC", "1.035"],
           ["Praktijkonderwijs", "Landelijk tarief per leerling met TLV pro", "Besturen pro", "2.280"],
           ["Afdracht vso", "Rechtstreekse inhouding door DUO op basis van de telling op 1 oktober", "Vso-besturen", "6.940"],
           ["Bureau en loket", "Begroting bureau", "Verband", "1.120"]),
        P("""Tabel 8.2 Meerjarenbegroting (x 1.000 euro)"""),
        TB(["Post", "2026", "2027", "2028", "2029"],
           ["Baten ondersteuning (rijksbijdrage)", "17.210", "17.020", "16.830", "16.650"],
           ["Lichte ondersteuning naar besturen", "4.610", "4.540", "4.480", "4.420"],
           ["Arrangementen niveau 2", "1.150", "1.180", "1.180", "1.180"],
           ["OPDC en rebound", "1.035", "1.060", "1.060", "1.060"],
           ["Praktijkonderwijs", "2.280", "2.250", "2.220", "2.190"],
           ["Afdracht vso", "6.940", "6.880", "6.820", "6.760"],
           ["Bureau en loket", "1.120", "1.140", "1.160", "1.180"],
           ["Resultaat", "75", "-30", "-90", "-140"],
           ["Algemene reserve ultimo", "1.560", "1.530", "1.440", "1.300"]),
        P("""Het geraamde negatieve resultaat vanaf 2027 is een bewuste keuze, in lijn met de afspraken over het
        afbouwen van reserves."""),
        H1("9 Ouders en leerlingen"),
        P("""Ouders moeten weten wat hun kind op school kan verwachten en welke mogelijkheden er zijn als dat niet
        genoeg is. Daarom informeert het verband ouders op verschillende manieren. Op de website staat een
        ouderpagina met uitleg over de niveaus van ondersteuning, de toewijzing en het lwoo en praktijkonderwijs,
        in het Nederlands en in het Fries. In het najaar van groep 8 organiseren we samen met het
        primair-onderwijsverband drie informatieavonden 'Nei it fuortset' voor ouders van leerlingen met een
        ondersteuningsvraag. Iedere school vermeldt in de schoolgids de ondersteuning die zij biedt en de contactgegevens
        van de ondersteuningscoördinator; de ouderfolder van het verband wordt bij de intake meegegeven."""),
        P("""Ouders die vragen hebben over hun rechten of die het niet eens zijn met de school, verwijzen we naar
        de pagina 'Help foar âlden' op onze website. Daar staat ook wie er onafhankelijk met hen kan meedenken."""),
        P("""Leerlingen hebben een eigen stem: in elk multidisciplinair overleg over een vso-aanvraag is de leerling
        uitgenodigd, en de leerlingenraden van de scholen worden betrokken bij de jaarlijkse evaluatie."""),
        H1("10 Opbrengsten en kwaliteitszorg"),
        P("""In de afgelopen planperiode hebben we vooral ingezet op kortere wachttijden en het terugdringen van
        thuiszitten. De bereikte resultaten staan in de tabel, met daarnaast de streefwaarden voor 2030."""),
        TB(["Indicator", "Stand 2021", "Stand 2025", "Streefwaarde 2030"],
           ["Deelname vso (percentage op 1 oktober)", "3,9%", "3,6%", "3,3%"],
           ["Leerlingen langer dan 4 weken zonder onderwijs", "41", "27", "minder dan 10"],
           ["Doorlooptijd TLV binnen 6 weken", "71%", "88%", "95%"],
           ["Tevredenheid ouders over de toewijzing (schaal 1-10)", "6,4", "7,1", "7,5"],
           ["Leerlingen die binnen 12 maanden vanuit het OPDC terugkeren naar de eigen school", "62%", "70%", "80%"]),
        P("""Het bureau verzamelt de gegevens per kwartaal en rapporteert ze twee keer per jaar in het dashboard
        aan de algemene vergadering en de OPR. In het jaarverslag verantwoorden we de resultaten en de inzet van
        middelen per speerpunt. Elk voorjaar voeren we per bestuur een kwaliteitsgesprek over de cijfers; waar de
        resultaten achterblijven, spreken we verbeteracties af die in het volgende jaarplan worden opgenomen."""),
    ] + f_oogo_full(ctx) + f_vervoer(ctx) + f_governance(ctx) + f_opr(ctx) + f_personeel(ctx) + f_kennisdeling(ctx) + f_ict(ctx) + f_planning(ctx, "15")
    b += glossary(ctx, [("Lwoo", "Leerwegondersteunend onderwijs."), ("Pro", "Praktijkonderwijs."),
                        ("OPDC", "Orthopedagogisch-didactisch centrum."), ("Tafel fan ien", "Doorbraakoverleg voor leerlingen zonder passende plek.")])
    meta = dict(name="vo-fryslan-noard-2026", fmt="pdf", sector="vo",
                header=f"{ctx['kort']} | Ondersteuningsplan 2026-2030 'Mei-inoar fierder'",
                footer="Stichting Samenwerkingsverband VO Fryslân-Noard (VO 21-04)")
    return apply_ctx(b, ctx), meta


# ===========================================================================
# Plan C - PO, Randstad / Holland Rijnland (html)
# ===========================================================================

def plan_c():
    ctx = base_ctx(
        naam="Samenwerkingsverband Passend Primair Onderwijs Duin, Rijn en Veen (PO 28-11)",
        kort="SWV Duin, Rijn en Veen", periode="2026-2030",
        regio="de Duin- en Bollenstreek en het Rijn- en Veenstreekgebied", gemeenten="Katwijk, Noordwijk, Oegstgeest, Teylingen en Kaag en Braassem",
        n_besturen="14", n_scholen="88", n_scholen_oud="86", n_lln="21.340", n_lln_oud="20.710", fte="15,3", fte_oud="14,1",
        regio_kenmerk="In het verband staan drie scholen voor speciaal basisonderwijs en vier locaties voor speciaal onderwijs; daarnaast maken leerlingen gebruik van so-scholen in Leiden en Alphen aan den Rijn.",
        ondertekening="Marloes van der Plas, directeur-bestuurder. Katwijk, februari 2026.",
        visie_motto="'Tussen duin en veen: ruimte voor ieder kind.'",
        opr_datum="3 maart 2026", oogo_datum="15 januari 2026", ander_swv="Samenwerkingsverband VO Duin- en Bollenstreek",
        n_voorwoord="1", n_visie="2", n_regio="3", n_oogo="10", n_gov="11", n_pers="12", n_ict="13", n_ov="5.3",
        overstap_zin="In groep 8 stappen leerlingen over naar het voortgezet onderwijs; dankzij de groei van de regio gaan zij naar een steeds groter aantal vo-scholen.",
    )
    toc = ["1 Voorwoord", "2 Visie, missie en kernwaarden", "3 Ons verband: regio en kengetallen",
           "4 De Duin-Rijn-Veen-belofte", "5 Ondersteuning op maat", "5.2 Knelpunten en thuiszitters",
           "6 Toelaatbaarheid sbo en so", "6.5 Terug naar de basisschool", "7 Geld en middelen",
           "8 Kwaliteit: beoogde en bereikte resultaten", "9 Communicatie", "10 Samenwerking met gemeenten en jeugdhulp",
           "11 Organisatie en governance", "12 Personeel en professionalisering", "13 ICT, privacy en gegevensbescherming",
           "14 Totstandkoming en planning", "Bijlage 1 Begrippen- en afkortingenlijst"]
    b = [("title", "Ondersteuningsplan 2026-2030"),
         ("subtitle", "Samenwerkingsverband Passend Primair Onderwijs Duin, Rijn en Veen (PO 28-11) - webversie"),
         P("Deze webversie is gelijk aan de vastgestelde pdf-versie van 10 maart 2026."), ("toc", toc)]
    b += f_voorwoord(ctx) + f_visie(ctx) + f_kengetallen(ctx) + f_groei_randstad(ctx)
    b += [
        H1("4 De Duin-Rijn-Veen-belofte"),
        P("""Wat mag een ouder in ons verband van iedere basisschool verwachten, los van het bestuur, de
        denominatie of de grootte van de school? Dat hebben de veertien besturen vastgelegd in de Duin-Rijn-Veen-belofte:
        de afspraken over basisondersteuning die op iedere vestiging gelden. De belofte is een minimum. Scholen
        kunnen meer doen, en veel scholen doen dat ook, maar geen school biedt minder. Elke school maakt in haar
        schoolgids zichtbaar hoe zij de belofte waarmaakt."""),
        P("""De belofte bestaat uit acht toezeggingen:"""),
        UL("Iedere school heeft een intern begeleider, en per 200 leerlingen minimaal 0,4 fte ib-tijd.",
           "Iedere school werkt volgens de cyclus van handelingsgericht werken, met groepsbesprekingen drie keer per jaar en leerlingbesprekingen waar nodig.",
           "Iedere school heeft een dyslexie- en een dyscalculieprotocol en biedt leerlingen die dat nodig hebben ten minste drie keer per week een extra lees- of rekeninterventie.",
           "Iedere school heeft een aanbod voor leerlingen die meer aankunnen: compacten, verrijken en een verrijkingsgroep op school of bij een partnerschool.",
           "Iedere school heeft een aanpak voor sociale veiligheid, een pestprotocol en een vertrouwenspersoon, en biedt kortdurende trainingen in sociale vaardigheden.",
           "Iedere school kan een ontwikkelingsperspectief opstellen voor leerlingen die op een eigen leerlijn werken.",
           "Iedere school heeft een protocol medisch handelen en kan leerlingen met een lichte fysieke beperking opvangen.",
           "Iedere school heeft een vast contact met de schoolmaatschappelijk werker en het Centrum voor Jeugd en Gezin."),
        P("""Scholen toetsen zichzelf jaarlijks aan de belofte. Eens in de vier jaar bezoekt een auditteam van
        collega-directeuren en een consulent iedere school."""),
        H1("5 Ondersteuning op maat"),
        H2("5.1 Het aanbod"),
        P("""Als de belofte niet genoeg is, komt ondersteuning op maat in beeld. Het verband heeft een samenhangend
        aanbod dat loopt van de eigen school tot het speciaal onderwijs:"""),
        TB(["Laag", "Aanbod", "Toegang"],
           ["Arrangement op school", "Extra handen in de klas, begeleiding door een specialist, aangepast programma; duur 3 tot 12 maanden", "Via het ondersteuningsteam en het Toewijzingsteam"],
           ["Bovenschoolse voorzieningen", "Taalschool Katwijk (nieuwkomers, 1 jaar), Plusklas Bollenstreek (1 ochtend per week), Kleuterobservatiegroep 'De Duinpan' (maximaal 6 maanden)", "Aanmelding via de consulent"],
           ["Speciaal basisonderwijs", "sbo De Branding (Katwijk), sbo Het Veenpark (Roelofarendsveen), sbo De Tulp (Sassenheim)", "Met een TLV"],
           ["Speciaal onderwijs", "Cluster 3 en cluster 4 op vier locaties in en buiten de regio", "Met een TLV"]),
        P("""De consulenten van het verband werken in vaste clusters van scholen. Zij zijn lid van het
        ondersteuningsteam van elke school, adviseren over de juiste laag en zorgen dat de overgang tussen lagen
        soepel verloopt. Voor leerlingen die naast onderwijs zorg nodig hebben, organiseren we samen met de
        gemeente een onderwijs-zorgarrangement."""),
        H2("5.2 Knelpunten en thuiszitters"),
        P("""Wij weten dat het aanbod niet voor iedere leerling sluitend is. De aanpak van thuiszitters, het in
        beeld brengen van wachtlijsten en het benoemen van ontbrekend aanbod staan op de OOGO-agenda voor 2026-2027.
        Samen met de gemeenten werken we deze paragraaf in die periode uit; de uitkomst wordt als wijziging van dit
        plan aan de OPR voorgelegd."""),
    ] + f_overstap(ctx) + [
        H1("6 Toelaatbaarheid sbo en so"),
        H2("6.1 Route"),
        P("""Het Toewijzingsteam van het verband behandelt alle aanvragen voor een toelaatbaarheidsverklaring. De
        route bestaat uit vier stappen. Stap 1: de school bespreekt de leerling in het ondersteuningsteam, met
        ouders en consulent, en besluit tot een aanvraag. Stap 2: het bevoegd gezag van de school dient de aanvraag
        digitaal in, met het OPP, het groeidocument en de zienswijze van de ouders. Stap 3: het Toewijzingsteam
        beoordeelt binnen tien werkdagen of de aanvraag compleet is en vraagt de deskundigenadviezen op. Stap 4:
        het Toewijzingsteam neemt namens het bestuur binnen zes weken na ontvangst van de volledige aanvraag een
        besluit en stuurt dat aan ouders en school."""),
        H2("6.2 Deskundigen"),
        P("""Bij ieder besluit adviseren twee deskundigen: een orthopedagoog of psycholoog van het verband en, per
        leerling gekozen, een tweede deskundige, zoals een jeugdarts of maatschappelijk werker. Zij adviseren
        ieder afzonderlijk en schriftelijk. Ouders krijgen een afschrift van de adviezen."""),
        H2("6.3 Toetsingskader"),
        P("""Of een leerling toelaatbaar is tot het sbo of het so, beoordeelt het Toewijzingsteam aan de hand van het
        Toetsingskader Toelaatbaarheid. Dat kader wordt in het voorjaar van 2026 geactualiseerd en verschijnt daarna
        als bijlage C bij dit plan op de website. Het Toewijzingsteam weegt iedere aanvraag zorgvuldig en met oog
        voor de individuele situatie van het kind."""),
        H2("6.4 Duur en bezwaar"),
        P("""Een TLV wordt afgegeven voor twee schooljaren. Voor so-leerlingen met een ernstige meervoudige beperking
        kan de TLV tot het einde van de so-periode worden afgegeven. De bekostigingscategorie wordt in het besluit
        vermeld. Tegen een besluit kunnen ouders en het bevoegd gezag binnen zes weken bezwaar maken bij het
        verband; het verband vraagt advies aan de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen."""),
        H2("6.5 Terug naar de basisschool"),
        P("""[Paragraaf in voorbereiding.] Het terug- en doorplaatsingsprotocol wordt geschreven door een werkgroep
        van sbo- en so-directeuren en consulenten. Zodra het protocol gereed is, wordt deze paragraaf aangevuld."""),
        H1("7 Geld en middelen"),
        P("""Waar gaat het geld naartoe? Het verband ontvangt in 2026 naar verwachting 18,9 miljoen euro aan
        ondersteuningsmiddelen. Na aftrek van de afdrachten aan sbo en so, die DUO rechtstreeks inhoudt, blijft een
        bedrag over dat we verdelen volgens een mengmodel."""),
        UL("Schoolbudget: ieder bestuur ontvangt 140 euro per leerling, op basis van de telling van 1 oktober van het voorgaande jaar, plus een vaste voet van 5.000 euro per vestiging. Het bestuur zet dit budget in voor de belofte en voor arrangementen op school.",
           "Arrangementenbudget: scholen kunnen via het Toewijzingsteam een arrangement aanvragen. Criteria zijn: er is een OPP, de ondersteuning gaat aantoonbaar boven de belofte uit, en de school levert zelf een bijdrage in tijd of middelen. Het Toewijzingsteam kent maximaal 12.000 euro per leerling per jaar toe.",
           "Bovenschoolse voorzieningen: de voorzieningen uit paragraaf 5.1 ontvangen een vast budget op basis van het aantal plaatsen.",
           "Bureau: de kosten van het bureau, de consulenten en het Toewijzingsteam worden vooraf gereserveerd en bedragen maximaal 9 procent van de baten."),
        P("""De meerjarenbegroting ziet er als volgt uit (bedragen x 1.000 euro):"""),
        TB(["Post", "2026", "2027", "2028", "2029"],
           ["Baten ondersteuningsmiddelen", "18.900", "19.150", "19.300", "19.420"],
           ["Afdrachten sbo en so (DUO)", "9.870", "10.020", "10.110", "10.180"],
           ["Schoolbudgetten", "3.430", "3.480", "3.510", "3.530"],
           ["Arrangementen", "2.350", "2.400", "2.450", "2.450"],
           ["Bovenschoolse voorzieningen", "1.450", "1.480", "1.500", "1.520"],
           ["Bureau, consulenten, Toewijzingsteam", "1.650", "1.690", "1.720", "1.740"],
           ["Saldo", "150", "80", "10", "0"]),
        P("""Besturen verantwoorden jaarlijks voor 1 juni hoe zij het schoolbudget hebben ingezet, per school,
        in een format van het verband. De reserves van het verband blijven onder de signaleringswaarde."""),
        H1("8 Kwaliteit: beoogde en bereikte resultaten"),
        P("""De vorige planperiode hebben we afgesloten met een evaluatie. De belangrijkste bereikte resultaten:
        het deelnamepercentage sbo daalde van 2,4 naar 2,1 procent; 83 procent van de ouders was tevreden over de
        ondersteuning van hun kind; de wachttijd voor de Kleuterobservatiegroep halveerde."""),
        P("""Voor 2030 beogen we: (1) dat 95 procent van de scholen bij de audit aan de belofte voldoet; (2) dat de
        doorlooptijd van een TLV in 90 procent van de gevallen binnen zes weken blijft; (3) dat de tevredenheid
        van ouders stijgt naar 85 procent; (4) dat het aantal arrangementen dat binnen de afgesproken termijn wordt
        afgerond stijgt naar 80 procent."""),
        P("""Deze resultaten volgen we via de Monitor Passend Onderwijs van het bureau, die elk kwartaal wordt
        bijgewerkt met gegevens uit de TLV- en arrangementenregistratie, de audits en de tweejaarlijkse
        oudertevredenheidspeiling. De directeur-bestuurder rapporteert twee keer per jaar aan de raad van
        toezicht en de OPR; in het jaarverslag staan de bereikte resultaten afgezet tegen de doelen en de inzet van
        middelen."""),
        H1("9 Communicatie"),
        P("""Het verband communiceert met scholen, ouders, gemeenten en partners. Voor scholen verschijnt zes keer
        per jaar een nieuwsbrief, en het scholenportaal bevat alle formulieren. De website is in 2025 vernieuwd."""),
        P("""Voor ouders is er op de website de rubriek 'Voor ouders' met uitleg over de belofte, de arrangementen,
        de bovenschoolse voorzieningen en de route naar het sbo en so. Iedere school reikt bij de intake de
        ouderbrochure 'Wat kan mijn school?' uit, die er ook in het Engels, Pools en Turks is. Twee keer per jaar is
        er een inloopavond voor ouders, en ouders kunnen op werkdagen de ouderlijn van het verband bellen voor
        uitleg over de ondersteuning."""),
        P("""Ouders die een onafhankelijk advies willen, of die er met de school niet uitkomen, verwijzen we naar het
        Ouder- en Jeugdsteunpunt Holland Rijnland, dat los van scholen en verband staat en ouders kosteloos
        bijstaat, en naar de Onderwijsconsulenten. Klachten over het verband kunnen worden ingediend volgens de
        klachtenregeling; het verband is aangesloten bij de Geschillencommissie Passend Onderwijs."""),
        P("""Persvoorlichting verloopt via de directeur-bestuurder. Bij incidenten volgt het bureau het
        communicatieprotocol."""),
    ] + f_oogo_full(ctx) + f_vervoer(ctx) + f_governance(ctx) + f_opr(ctx) + f_personeel(ctx) + f_kennisdeling(ctx) + f_ict(ctx) + f_planning(ctx, "14")
    b += glossary(ctx, [("Belofte", "De Duin-Rijn-Veen-belofte: afspraken over basisondersteuning."),
                        ("Toewijzingsteam", "Team van het verband dat toelaatbaarheid en arrangementen toewijst.")])
    meta = dict(name="po-duin-rijn-veen-2026", fmt="html", sector="po",
                header="SWV Duin, Rijn en Veen",
                footer="© Samenwerkingsverband Passend Primair Onderwijs Duin, Rijn en Veen - Ondersteuningsplan - Privacy - Cookies - Contact")
    return apply_ctx(b, ctx), meta


# ===========================================================================
# Plan D - VO, Drenthe (docx)
# ===========================================================================

def plan_d():
    ctx = base_ctx(
        naam="Samenwerkingsverband Voortgezet Onderwijs Zuidwest-Drenthe (VO 22-05)",
        kort="SWV VO Zuidwest-Drenthe", periode="2026-2030",
        regio="Zuidwest-Drenthe", gemeenten="Meppel, Hoogeveen, De Wolden en Westerveld",
        n_besturen="5", n_scholen="14", n_scholen_oud="15", n_lln="9.870", n_lln_oud="10.240", fte="5,4", fte_oud="5,0",
        ib_term="ondersteuningscoördinatoren", toezicht="raad van toezicht",
        regio_kenmerk="Het verband omvat scholen voor vmbo, havo en vwo in Meppel, Hoogeveen, Ruinen en Havelte, een school voor praktijkonderwijs in Meppel en een vso-school met locaties in Hoogeveen en Meppel.",
        taal_zin="In de dorpen hoor je op het schoolplein nog Drents; het verband draagt het motto 'Stap veur stap' dan ook met enige trots.",
        ondertekening="Jan-Willem Hofstee, directeur-bestuurder. Hoogeveen, februari 2026.",
        visie_motto="'Stap veur stap, samen op weg.'",
        opr_datum="24 maart 2026", oogo_datum="5 februari 2026", ander_swv="Samenwerkingsverband PO Zuidwest-Drenthe",
        n_voorwoord="1", n_visie="2", n_regio="3", n_gov="10", n_pers="11", n_ict="12", n_plan="13", bureau_plaats="Hoogeveen",
    )
    toc = ["1 Voorwoord ...... 3", "2 Visie, missie en kernwaarden ...... 4", "3 Ons verband: regio en kengetallen ...... 6",
           "4 Basisondersteuning ...... 8", "5 Toewijzing: vso, lwoo en praktijkonderwijs ...... 9",
           "6 De weg terug ...... 12", "7 Financiën en meerjarenbegroting ...... 14",
           "8 Resultaten en kwaliteitszorg ...... 16", "9 Ouders en onafhankelijke ondersteuning ...... 17",
           "10 Organisatie en governance ...... 18", "11 Personeel en professionalisering ...... 20",
           "12 ICT, privacy en gegevensbescherming ...... 21", "13 Totstandkoming en planning ...... 22",
           "Bijlage 1 Begrippen- en afkortingenlijst ...... 24", "Bijlage 3 Handboek Toewijzing (separaat)",
           "Bijlage 4 Dekkend aanbod en thuiszitters (separaat)"]
    b = [("title", "Ondersteuningsplan 2026-2030: Stap veur stap"),
         ("subtitle", "Samenwerkingsverband Voortgezet Onderwijs Zuidwest-Drenthe (VO 22-05) - plan op hoofdlijnen"),
         P("Vastgesteld op 31 maart 2026."), ("pagebreak", None), ("toc", toc), ("pagebreak", None)]
    b += f_voorwoord(ctx) + f_visie(ctx) + f_kengetallen(ctx) + f_krimp_noord(ctx)
    b += [
        H1("4 Basisondersteuning"),
        P("""Het kabinet heeft aangekondigd dat er een landelijke norm voor basisondersteuning komt. Zolang niet
        duidelijk is wat die norm inhoudt en wanneer hij van kracht wordt, stellen de besturen in Zuidwest-Drenthe
        geen eigen verbandbrede afspraken over basisondersteuning vast. Het algemeen bestuur besluit in het voorjaar
        van 2027, na advies van de OPR, hoe de landelijke norm in ons verband wordt ingevoerd. Tot dat moment
        verandert er voor de scholen niets."""),
        H1("5 Toewijzing: vso, lwoo en praktijkonderwijs"),
        P("""Dit hoofdstuk beschrijft wanneer een leerling toelaatbaar is tot het voortgezet speciaal onderwijs of
        het praktijkonderwijs, en wanneer een leerling is aangewezen op leerwegondersteunend onderwijs. De
        aanvraag- en besluitvormingsprocedure, inclusief de termijnen en de samenstelling van de commissie, is
        beschreven in het Handboek Toewijzing Zuidwest-Drenthe (bijlage 3). Bijlage 3 wordt separaat gepubliceerd
        en maakt geen deel uit van dit document."""),
        H2("5.1 Wanneer is een leerling toelaatbaar tot het vso?"),
        P("""Een leerling is toelaatbaar tot het vso als aan elk van de volgende voorwaarden is voldaan."""),
        UL("De leerling heeft een ondersteuningsbehoefte die voortkomt uit een verstandelijke beperking, een lichamelijke beperking, een langdurige ziekte, of ernstige gedrags- of psychiatrische problematiek.",
           "De school van herkomst heeft gedurende ten minste zes maanden een ontwikkelingsperspectief uitgevoerd en geëvalueerd, en de ingezette ondersteuning heeft onvoldoende effect gehad.",
           "De leerling heeft blijvend behoefte aan een kleine groep (maximaal 12 leerlingen), een vaste structuur gedurende de hele schooldag en een integraal aanbod van onderwijs en zorg.",
           "De verwachting is gemotiveerd dat de leerling in het vso een beter ontwikkelingsperspectief heeft dan in het regulier onderwijs."),
        P("""Een TLV vso heeft een looptijd van ten hoogste twee schooljaren, tot 31 juli van het tweede schooljaar.
        De bekostigingscategorie is laag, tenzij de leerling een lichamelijke beperking heeft (midden) of een
        meervoudige beperking (hoog)."""),
        H2("5.2 Lwoo en praktijkonderwijs"),
        P("""Het verband hanteert voor lwoo en pro de landelijke criteria. Voor lwoo betekent dit: een IQ tussen 75
        en 90 met een leerachterstand van 25 tot 50 procent op ten minste twee domeinen (waarvan één begrijpend lezen
        of inzichtelijk rekenen), of een IQ tussen 91 en 120 met dezelfde leerachterstand en bijkomende
        sociaal-emotionele problematiek. Voor praktijkonderwijs betekent dit: een IQ tussen 55 en 80 en een
        leerachterstand van 50 procent of meer op ten minste twee domeinen, waarvan één begrijpend lezen of
        inzichtelijk rekenen."""),
        P("""Een aanwijzing lwoo geldt voor de hele duur van de opleiding in het vmbo; een TLV pro geldt voor de hele
        duur van het praktijkonderwijs."""),
        H1("6 De weg terug"),
        P("""Een plek in het vso is in Zuidwest-Drenthe nooit vanzelfsprekend voor de hele schoolloopbaan. Het
        uitgangspunt van de besturen is dat een jongere terugkeert naar het regulier voortgezet onderwijs wanneer
        de ontwikkeling dat toelaat, het liefst naar een school in de eigen woonplaats. Dat vraagt van de
        reguliere scholen dat zij een teruggekeerde leerling met voorrang toelaten, ook als de klas vol is."""),
        P("""De weg terug verloopt in vijf stappen."""),
        UL("Stap 1 - Uiterlijk op 1 november van het laatste jaar van de TLV bespreekt de vso-school in de OPP-evaluatie met de jongere en de ouders of terugkeer een reële optie is. Ook eerder in de looptijd kan de vso-school, de jongere of de ouders dit gesprek aanvragen.",
           "Stap 2 - Als terugkeer reëel is, meldt de vso-school de jongere vóór 1 december aan bij de trajectbegeleider van het verband, met het OPP en een advies over de gewenste schoolsoort.",
           "Stap 3 - De trajectbegeleider zoekt samen met ouders en jongere een ontvangende school en organiseert een kennismaking en, waar passend, een meeloopperiode van vier tot zes weken.",
           "Stap 4 - De directeur-bestuurder besluit vóór 1 april, op advies van de trajectbegeleider, of terugkeer per 1 augustus plaatsvindt. Als terugkeer niet haalbaar is, vraagt de vso-school vóór 1 mei een nieuwe TLV aan.",
           "Stap 5 - Na terugkeer volgt een evaluatie na drie en na twaalf maanden."),
        P("""Een teruggekeerde jongere krijgt een overstapbegeleider van de vso-school, die het eerste jaar wekelijks
        contact heeft met de mentor en de jongere. De ontvangende school ontvangt voor dat jaar een vast bedrag
        van 4.000 euro. Lukt de terugkeer onverhoopt niet, dan kan de jongere binnen het eerste jaar zonder nieuwe
        aanvraag terug naar de vso-school."""),
        H1("7 Financiën en meerjarenbegroting"),
        P("""Het verband ontvangt middelen van het Rijk voor de zware en de lichte ondersteuning, voor lwoo en voor
        praktijkonderwijs. De afdrachten voor het vso worden door DUO rechtstreeks ingehouden. De besteding van de
        middelen in de planperiode staat in onderstaande meerjarenbegroting."""),
        TB(["Post (x 1.000 euro)", "2026", "2027", "2028", "2029"],
           ["Baten zware ondersteuning", "6.120", "6.010", "5.900", "5.790"],
           ["Baten lichte ondersteuning, lwoo en pro", "5.480", "5.380", "5.290", "5.200"],
           ["Totaal baten", "11.600", "11.390", "11.190", "10.990"],
           ["Afdracht vso (DUO)", "4.310", "4.240", "4.180", "4.120"],
           ["Lwoo en praktijkonderwijs", "3.920", "3.850", "3.780", "3.710"],
           ["Ondersteuningsmiddelen naar schoolbesturen", "2.260", "2.220", "2.180", "2.140"],
           ["Terugkeerbegeleiding en trajectbegeleiding", "420", "420", "420", "420"],
           ["Bureau en organisatie", "640", "650", "660", "670"],
           ["Totaal lasten", "11.550", "11.380", "11.220", "11.060"],
           ["Saldo", "50", "10", "-30", "-70"]),
        P("""De dalende leerlingaantallen leiden tot lagere baten. Het verband vangt dat de komende jaren op met een
        beperkte inzet van de reserve; vanaf 2028 is een tekort begroot. De reserve bedroeg eind 2025 1,1 miljoen
        euro, ruim onder de signaleringswaarde."""),
        P("""Het huidige verdeelmodel wordt in 2026 herzien, omdat het onvoldoende rekening houdt met de krimp in
        de dorpen. Over de verdeling van de ondersteuningsmiddelen over de schoolbesturen besluit het algemeen
        bestuur na de herziening; de nieuwe verdeelsleutel is op dit moment p.m."""),
        H1("8 Resultaten en kwaliteitszorg"),
        P("""De evaluatie van het ondersteuningsplan 2022-2026 wordt in het najaar van 2026 afgerond. Pas daarna
        kunnen we op een verantwoorde manier bepalen welke resultaten we in deze planperiode willen bereiken en hoe
        we die gaan volgen. De beoogde resultaten en de wijze van monitoring nemen we daarom op in de eerste
        voortgangsparagraaf, die in juni 2027 ter instemming aan de OPR wordt voorgelegd."""),
        P("""Wel is duidelijk dat we resultaatgericht willen werken en dat we de leerresultaten van de scholen niet
        als maatstaf gebruiken voor het werk van het verband."""),
        H1("9 Ouders en onafhankelijke ondersteuning"),
        P("""Ouders en jongeren die vastlopen, vragen hebben over hun rechten of het oneens zijn met school of
        verband, kunnen terecht bij het Ouder- en Jeugdsteunpunt Drenthe. Het steunpunt is onafhankelijk van de
        scholen en het verband, is kosteloos en op werkdagen telefonisch, per mail en via WhatsApp bereikbaar. Het
        steunpunt luistert, adviseert en kan bemiddelen in een gesprek met de school. Daarnaast kunnen ouders een
        beroep doen op de Onderwijsconsulenten. Bij een klacht kunnen ouders de klachtenregeling van het verband
        gebruiken; geschillen over toelating, verwijdering of het OPP kunnen zij voorleggen aan de
        Geschillencommissie Passend Onderwijs."""),
        P("""Hoe het verband ouders informeert over de ondersteuning die er is, wordt vastgelegd in het
        communicatieplan dat in de loop van 2026 verschijnt."""),
        P("""Jongeren hebben hoorrecht: bij het opstellen en evalueren van hun ontwikkelingsperspectief wordt hun
        mening gevraagd en vastgelegd."""),
    ] + f_governance(ctx) + f_opr(ctx) + f_personeel(ctx) + f_kennisdeling(ctx) + f_bureau(ctx, "10.2") + f_ict(ctx, mention_requests=False) + f_planning(ctx, "13") + f_oogo_procedural(ctx)
    b += glossary(ctx, [("Lwoo", "Leerwegondersteunend onderwijs."), ("Pro", "Praktijkonderwijs."),
                        ("Vso", "Voortgezet speciaal onderwijs.")])
    meta = dict(name="vo-zuidwest-drenthe-2026", fmt="docx", sector="vo",
                header=f"{ctx['kort']} | Ondersteuningsplan 2026-2030 | plan op hoofdlijnen",
                footer="SWV VO Zuidwest-Drenthe (VO 22-05) - basisondersteuning, toewijzing, terugplaatsing, financiën, resultaten, ouders")
    return apply_ctx(b, ctx), meta


# ===========================================================================
# Plan E - VO, Randstad / Zaanstreek-Waterland (pdf via docx)
# ===========================================================================

def plan_e():
    ctx = base_ctx(
        naam="Samenwerkingsverband VO Zaan en Waterland (VO 27-09)",
        kort="SWV VO Zaan en Waterland", periode="2026-2030",
        regio="de Zaanstreek en Waterland", gemeenten="Zaanstad, Purmerend, Wormerland, Oostzaan, Landsmeer, Waterland en Edam-Volendam",
        n_besturen="9", n_scholen="31", n_scholen_oud="30", n_lln="24.760", n_lln_oud="24.110", fte="13,0", fte_oud="12,2",
        ib_term="ondersteuningscoördinatoren", leerling_term="jongere", leerling_term_mv="jongeren", toezicht="raad van toezicht",
        regio_kenmerk="Het verband grenst aan Amsterdam; veel jongeren reizen dagelijks over de gemeentegrens naar school.",
        ondertekening="Karim el Amrani, directeur-bestuurder. Zaandam, februari 2026.",
        visie_motto="'Koers 2030: elke jongere in beeld.'",
        opr_datum="12 maart 2026", oogo_datum="27 januari 2026", ander_swv="Samenwerkingsverband PO Zaanstreek",
        n_voorwoord="1", n_visie="2", n_regio="3", n_oogo="10", n_gov="11", n_pers="12", n_ict="13", bureau_plaats="Zaandam",
    )
    toc = ["1 Voorwoord", "2 Visie, missie en kernwaarden", "3 Ons verband: regio en kengetallen",
           "4 Basisondersteuning", "5 Toewijzing en toelaatbaarheid", "6 Terugplaatsing na het vso",
           "7 Elke jongere een plek", "8 Monitoring en verantwoording", "9 Financiën",
           "10 Samenwerking met gemeenten en jeugdhulp", "11 Organisatie en governance",
           "12 Personeel en professionalisering", "13 ICT, privacy en gegevensbescherming",
           "14 Ouders en communicatie", "15 Totstandkoming en planning", "Bijlage 1 Begrippen- en afkortingenlijst"]
    b = [("title", "Ondersteuningsplan 2026-2030 - Koers 2030"),
         ("subtitle", "Samenwerkingsverband VO Zaan en Waterland (VO 27-09)"),
         P("Vastgesteld door de directeur-bestuurder op 19 maart 2026."), ("pagebreak", None), ("toc", toc), ("pagebreak", None)]
    b += f_voorwoord(ctx) + f_visie(ctx) + f_kengetallen(ctx) + f_groei_randstad(ctx)
    b += [
        H1("4 Basisondersteuning"),
        P("""Onder basisondersteuning verstaan de negen besturen het afgesproken minimumniveau van ondersteuning
        dat iedere vestiging van iedere aangesloten vo-school aan alle jongeren biedt, ongeacht schoolsoort of
        leerweg, en waarvoor geen toekenning door het verband nodig is. Dit niveau geldt als ondergrens voor het hele
        verband; het algemeen bestuur heeft dat op 2 oktober 2025 bekrachtigd."""),
        P("""De concrete invulling van deze ondergrens - welke voorzieningen, interventies en deskundigheid jongeren
        op iedere school kunnen verwachten - werken we uit in de 'basiskaart'. Een werkgroep van
        ondersteuningscoördinatoren stelt de basiskaart in het eerste planjaar op, na een nulmeting op alle scholen.
        De basiskaart wordt na vaststelling als aanvulling bij dit plan gepubliceerd."""),
        H1("5 Toewijzing en toelaatbaarheid"),
        P("""Het verband geeft toelaatbaarheidsverklaringen af voor het vso en het praktijkonderwijs en beslist over
        de aanwijzing voor lwoo. Dit ondersteuningsplan beschrijft die toewijzing niet opnieuw. Het
        Toewijzingsreglement 2026, met daarin de werkwijze van de toewijzingscommissie, de gehanteerde criteria en
        de rechtsbescherming, is te vinden op www.swvzaanwaterland.nl/toewijzing."""),
        P("""In 2025 ontving het verband ruim vierhonderd aanvragen; het aantal aanvragen voor het vso stijgt al drie
        jaar."""),
        H1("6 Terugplaatsing na het vso"),
        P("""Voor iedere jongere met een TLV vso doorloopt de vso-school in het laatste jaar van de TLV de volgende
        stappen."""),
        UL("Vóór 1 november: de vso-school evalueert het OPP en legt in een schriftelijk advies vast of terugplaatsing naar het regulier vo, overplaatsing naar een andere vso-school of voortzetting op de eigen school wordt geadviseerd.",
           "Vóór 1 december: bij een advies tot terugplaatsing meldt de vso-school de jongere aan bij het terugplaatsingsoverleg. Daarin zitten de vso-school, de trajectbegeleider van het verband en een vertegenwoordiger van de beoogde ontvangende school.",
           "Vóór 15 februari: het terugplaatsingsoverleg stelt een overdrachtsplan op met de beoogde datum van overstap.",
           "Vóór 1 april: de directeur-bestuurder besluit op voordracht van het terugplaatsingsoverleg over de terugplaatsing per 1 augustus.",
           "1 augustus: de TLV loopt af; de inschrijving op de ontvangende school gaat in."),
        P("""Het initiatief ligt bij de vso-school; het verband bewaakt de termijnen. Een terugplaatsing kan ook
        tussentijds plaatsvinden, als de vso-school dat in een OPP-evaluatie adviseert; dan gelden dezelfde stappen
        met een doorlooptijd van tien weken."""),
        H1("7 Elke jongere een plek"),
        P("""Geen jongere hoort thuis te zitten. Het verband volgt daarom samen met de afdelingen leerplicht van de
        gemeenten iedere jongere die niet of niet volledig naar school gaat. Scholen melden een jongere die langer
        dan twee weken verzuimt of die niet kan worden geplaatst binnen drie schooldagen bij de Thuiszitterstafel
        Zaan en Waterland. Aan die tafel zitten de trajectbegeleider van het verband, de leerplichtambtenaar, een
        jeugdhulpconsulent en de betrokken school. Binnen tien schooldagen ligt er een plan met een eigenaar."""),
        P("""Lukt het niet binnen zes weken een passende plek te vinden, dan heeft de directeur-bestuurder
        doorzettingsmacht: hij wijst het bestuur aan dat de jongere plaatst. In schooljaar 2024-2025 werden 64
        jongeren aan de tafel besproken; voor 52 van hen werd een plek gevonden. Uit de casussen blijkt dat er te
        weinig plekken zijn voor jongeren met autisme die in een kleine, prikkelarme setting havo of vwo kunnen
        volgen. Twee besturen onderzoeken samen met het verband of vanaf augustus 2027 een kleinschalige
        havo-vwo-groep in Purmerend kan starten; de wachttijden voor het vso in Zaandam worden elk kwartaal aan de
        algemene vergadering gemeld."""),
        P("""Een overzicht van de scholen, de arrangementen en de bovenschoolse voorzieningen in het verband staat
        in de Sociale Kaart op de website."""),
        H1("8 Monitoring en verantwoording"),
        P("""Het verband volgt zijn werk volgens een vaste cyclus. Het bureau verzamelt ieder kwartaal gegevens uit de
        eigen registratie (aanvragen, toekenningen, doorlooptijden), uit de leerplichtregistratie van de gemeenten en
        uit DUO. Die gegevens worden verwerkt in het dashboard 'Zicht op Zaan en Waterland', dat de directeur-bestuurder
        twee keer per jaar bespreekt met de raad van toezicht, de algemene vergadering en de OPR. Eens per twee jaar
        houden we een tevredenheidsonderzoek onder scholen en jongeren. In het jaarverslag verantwoorden we wat er
        bereikt is. Elke vier jaar laten we het plan extern evalueren; de volgende evaluatie is voorzien in het
        voorjaar van 2029."""),
        P("""De beoogde resultaten voor de planperiode 2026-2030 formuleren de besturen in het eerste planjaar, zodra
        de nulmeting basisondersteuning beschikbaar is. Ze worden daarna in het dashboard opgenomen."""),
        H1("9 Financiën"),
        P("""De financiële paragraaf van dit plan, met daarin de verdeelsystematiek en de meerjarenbegroting
        2026-2030, wordt door de directeur-bestuurder vastgesteld in december 2026, na goedkeuring door de raad
        van toezicht. Zij wordt daarna als addendum bij dit plan gevoegd en ter instemming aan de OPR
        voorgelegd."""),
    ] + f_oogo_full(ctx) + f_vervoer(ctx) + f_governance(ctx) + f_opr(ctx, composition=False) + f_bureau(ctx, "11.2") + f_personeel(ctx) + f_kennisdeling(ctx) + f_ict(ctx, mention_requests=False) + [
        H1("14 Ouders en communicatie"),
        P("""Dit hoofdstuk wordt aangevuld na de consultatieronde die het verband in het voorjaar van 2026
        organiseert. De uitkomsten daarvan worden verwerkt in een wijziging van dit plan."""),
    ] + f_planning(ctx, "15")
    b += glossary(ctx, [("Lwoo", "Leerwegondersteunend onderwijs."), ("Pro", "Praktijkonderwijs."),
                        ("Thuiszitterstafel", "Overleg over jongeren die niet naar school gaan."),
                        ("Basiskaart", "Uitwerking van de basisondersteuning per school.")])
    meta = dict(name="vo-zaan-waterland-2026", fmt="pdf", sector="vo",
                header=f"{ctx['kort']} | Ondersteuningsplan 2026-2030 - Koers 2030",
                footer="Samenwerkingsverband VO Zaan en Waterland (VO 27-09) | ouders | toelaatbaarheid | financiën")
    return apply_ctx(b, ctx), meta


# ===========================================================================
# F - near miss: school-level 'ondersteuningsplan' of a Frisian basisschool (docx)
# ===========================================================================

def nearmiss_f():
    b = [("title", "Schoolondersteuningsplan 2025-2026"),
         ("subtitle", "CBS De Wâldrâne, Burgum - onderdeel van Stichting Kristlik Underwiis Fryslân"),
         P("Vastgesteld door de directie na advies van de medezeggenschapsraad, september 2025."),
         ("toc", ["1 Inleiding", "2 Onze leerlingen", "3 Basisondersteuning op De Wâldrâne",
                  "4 De zorgniveaus", "5 Extra ondersteuning en het samenwerkingsverband",
                  "6 Ouders", "7 Middelen en formatie", "8 Jaarplanning ondersteuning", "9 Evaluatie"]),
         H1("1 Inleiding"),
         P("""Dit schoolondersteuningsplan beschrijft hoe CBS De Wâldrâne in het schooljaar 2025-2026 de
         ondersteuning aan haar leerlingen organiseert. Het plan is bedoeld voor het team, de
         medezeggenschapsraad en ouders. Het is een uitwerking van het schoolondersteuningsprofiel (SOP) en sluit
         aan bij het ondersteuningsplan van het samenwerkingsverband passend onderwijs waarbij onze school is
         aangesloten. Het plan wordt ieder jaar in juni geëvalueerd en voor het nieuwe schooljaar
         bijgesteld."""),
         P("""De Wâldrâne is een christelijke basisschool met 212 leerlingen in negen groepen. De school is
         tweetalig: in alle groepen wordt zowel in het Nederlands als in het Fries lesgegeven, en in de groepen 7
         en 8 ook in het Engels. Wij werken met een leerlingvolgsysteem en met groepsplannen volgens de principes
         van handelingsgericht werken."""),
         H1("2 Onze leerlingen"),
         P("""De leerlingpopulatie is gevarieerd. Ongeveer twintig procent van de leerlingen heeft een
         ondersteuningsbehoefte op het gebied van taal of rekenen. Elf leerlingen werken met een
         ontwikkelingsperspectief (OPP). Vier leerlingen ontvangen een arrangement dat door het
         samenwerkingsverband is toegekend. In groep 4 en groep 6 zitten relatief veel leerlingen met
         gedragsvragen; daar zetten wij dit jaar extra handen in de klas in."""),
         H1("3 Basisondersteuning op De Wâldrâne"),
         P("""De basisondersteuning op onze school bestaat uit: een intern begeleider (0,6 fte), een
         leesspecialist, een rekencoördinator en een gedragsspecialist. Wij werken met het Protocol Leesproblemen
         en Dyslexie en met het Protocol ERWD. Voor sociaal-emotionele ontwikkeling gebruiken wij de Kanjertraining.
         Meer- en hoogbegaafde leerlingen kunnen één ochtend per week naar de plusgroep van onze stichting. Deze
         basisondersteuning voldoet aan de afspraken van het samenwerkingsverband."""),
         H1("4 De zorgniveaus"),
         P("""Wij werken met vijf zorgniveaus. Niveau 1: goed lesgeven in de groep met differentiatie in drie
         niveaus. Niveau 2: extra instructie en begeleiding in de groep door de leerkracht. Niveau 3: specifieke
         interventies na overleg met de intern begeleider, eventueel buiten de groep. Niveau 4: inschakeling van
         externe deskundigen via het ondersteuningsteam. Niveau 5: verwijzing naar het speciaal basisonderwijs of
         speciaal onderwijs."""),
         P("""Drie keer per jaar, in oktober, februari en juni, houdt de intern begeleider groepsbesprekingen met
         iedere leerkracht. Na de groepsbespreking volgen zo nodig leerlingbesprekingen. In het ondersteuningsteam
         (vier keer per jaar) zitten de intern begeleider, de directeur, de consulent van het samenwerkingsverband en
         de jeugdverpleegkundige."""),
         H1("5 Extra ondersteuning en het samenwerkingsverband"),
         P("""Als een leerling meer nodig heeft dan de school met de basisondersteuning kan bieden, vraagt de school
         in overleg met de ouders een arrangement aan bij het samenwerkingsverband. Als ook dat niet toereikend is,
         kan de school een toelaatbaarheidsverklaring (TLV) aanvragen voor het speciaal basisonderwijs of het
         speciaal onderwijs. De procedure en de criteria daarvoor zijn vastgesteld door het samenwerkingsverband en
         staan in het ondersteuningsplan van het samenwerkingsverband. Onze school volgt die procedure."""),
         P("""In het schooljaar 2024-2025 zijn twee leerlingen met een TLV naar het speciaal basisonderwijs gegaan.
         Eén leerling is na twee jaar sbo teruggekomen op onze school; de terugplaatsing verliep goed dankzij de
         begeleiding door de leerkracht van het sbo in de eerste maanden."""),
         H1("6 Ouders"),
         P("""Ouders zijn onze partners. Wij betrekken ouders bij ieder gesprek over de ondersteuning van hun kind,
         en zij tekenen voor akkoord op het handelingsdeel van het OPP. Ouders worden uitgenodigd voor het
         ondersteuningsteam als hun kind wordt besproken. Informatie over de ondersteuning op school staat in de
         schoolgids en op de website van de school. Ouders met vragen kunnen altijd terecht bij de intern
         begeleider of de directeur. Voor onafhankelijk advies kunnen ouders contact opnemen met het ouder- en
         jeugdsteunpunt van het samenwerkingsverband."""),
         H1("7 Middelen en formatie"),
         P("""De school ontvangt van het bestuur een deel van de ondersteuningsmiddelen die het samenwerkingsverband
         aan het bestuur toekent. Voor 2025-2026 gaat het om 38.500 euro. Deze middelen zetten wij in voor de
         formatie van de intern begeleider (deels), voor de onderwijsassistent in groep 4 en 6 (0,8 fte) en voor
         scholing van het team op het gebied van gedrag. De middelen voor arrangementen worden per leerling door het
         samenwerkingsverband toegekend en verantwoord."""),
         TB(["Inzet", "fte / bedrag"],
            ["Intern begeleider (deels uit ondersteuningsmiddelen)", "0,3 fte"],
            ["Onderwijsassistent groep 4 en 6", "0,8 fte"],
            ["Scholing gedrag (team)", "4.500 euro"],
            ["Materialen dyslexie en rekenen", "1.200 euro"]),
         H1("8 Jaarplanning ondersteuning"),
         TB(["Maand", "Activiteit"],
            ["September", "Startgesprekken met ouders en leerlingen (groep 5-8)"],
            ["Oktober", "Groepsbesprekingen ronde 1; ondersteuningsteam"],
            ["Januari", "Midden-toetsen leerlingvolgsysteem; analyse"],
            ["Februari", "Groepsbesprekingen ronde 2; OPP-evaluaties"],
            ["April", "Ondersteuningsteam; voorbereiding overstap groep 8"],
            ["Juni", "Groepsbesprekingen ronde 3; evaluatie schoolondersteuningsplan"]),
         H1("9 Evaluatie"),
         P("""De intern begeleider evalueert dit plan in juni 2026 met het team en de medezeggenschapsraad. De
         resultaten van de leerlingen op de methodeonafhankelijke toetsen en de eindtoets worden daarbij betrokken.
         In 2024-2025 scoorde de school op de eindtoets boven de signaleringswaarde; 96 procent van de leerlingen
         behaalde het fundamentele niveau voor lezen en rekenen."""),
         P("""Verbeterpunten voor 2025-2026 zijn: het versterken van de aanpak voor leerlingen met gedragsvragen in de
         middenbouw, het uitbreiden van het aanbod voor meerbegaafde leerlingen in de onderbouw en het verbeteren van
         de overdracht naar het voortgezet onderwijs."""),
         ]
    meta = dict(name="nearmiss-schoolondersteuningsplan-de-waldrane", fmt="docx", sector="po",
                header="CBS De Wâldrâne | Schoolondersteuningsplan 2025-2026", footer="CBS De Wâldrâne, Burgum")
    return b, meta


# ===========================================================================
# labels
# ===========================================================================
CORE = ["basisondersteuning.niveau", "basisondersteuning.inhoud", "plaatsing.procedure", "plaatsing.criteria",
        "terugstroom.procedure", "terugstroom.beleid", "financien.verdeling", "financien.besteding",
        "dekkend-aanbod.continuum", "dekkend-aanbod.lacunes", "resultaten.doelen", "resultaten.monitoring",
        "ouders.informatie", "ouders.steunpunt"]
ELEMENTS = ["basisondersteuning", "plaatsing", "terugstroom", "financien", "dekkend-aanbod", "resultaten", "ouders"]

LABELS = {
    "po-hunzeland-reitdiep-2026": dict(
        false=["financien.besteding", "resultaten.monitoring"],
        elements=None,
        advisory={"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
                  "financien": ["verantwoording"], "dekkend-aanbod": ["ketenpartners"],
                  "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
        notes={
            "basisondersteuning": "present: ch. 4 'De basis die overal staat' sets the ondergrens for every vestiging and lists ten standards in a table; borging via the yearly kwaliteitskaart talk and verbeterplan.",
            "plaatsing": "present: ch. 6.1-6.4 procedure (loket, dossier, CvT, 6 weeks), criteria for sbo (a-c) and so, two deskundigen, duration and LBT bezwaar.",
            "terugstroom": "present but hidden inside the TLV chapter (6.5 'Na afloop van de TLV'): policy (thuisnabij, conditions), procedure (evaluation in last TLV year / February, proefplaatsing, who decides) and terugkeerarrangement.",
            "financien": "partial: ch. 7 'Geld en middelen' gives the verdeelmodel (percentages, ~172 euro per leerling, vaste voet); the meerjarenbegroting is deferred to an absent bijlage 6, so besteding is not addressed.",
            "dekkend-aanbod": "present: ch. 5 five treden with named voorzieningen; 5.1 witte vlekken, wachtlijst/thuiszitter figures, EMB gap and doorzettingsmacht.",
            "resultaten": "partial: ch. 9 lists beoogde resultaten with numbers, but how they are monitored/reported is deferred to a future kwaliteitskader.",
            "ouders": "present: ch. 8 channels (ouderpagina, folder in four languages, schoolgids, information evenings) and OJSP Groningen, Onderwijsconsulenten, klachtenregeling."}),
    "vo-fryslan-noard-2026": dict(
        false=["basisondersteuning.inhoud", "terugstroom.procedure", "ouders.steunpunt"],
        advisory={"plaatsing": ["deskundigen", "duur-categorie"], "financien": ["reserves"],
                  "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
        notes={
            "basisondersteuning": "partial: ch. 4 defines the verbandbrede ondergrens for every location (niveau), but the concrete content is only in the kwaliteitskaart on the website, which is not part of the document.",
            "plaatsing": "present: ch. 6.1 vso procedure (Loket Mei-inoar, MDO, two deskundigen, Commissie Toewijzing, 6 weeks) and criteria (1)-(3); 6.2 national lwoo/pro criteria and procedure; no bezwaar route.",
            "terugstroom": "partial: ch. 7 gives policy, conditions and the oerstapsarrangement, but the step-by-step procedure is deferred to a stappenplan to be drawn up in 2026-2027.",
            "financien": "present, content only in tables: table 8.1 verdeelsleutels per component, table 8.2 meerjarenbegroting 2026-2029 with reserves.",
            "dekkend-aanbod": "present: ch. 5 four-level table of provisions; 5.1 Tafel fan ien, doorzettingsmacht, identified gaps (Dokkum group, second vso location).",
            "resultaten": "present: ch. 10 'Opbrengsten en kwaliteitszorg' table with 2021/2025 figures and 2030 targets, quarterly data collection, dashboard, jaarverslag.",
            "ouders": "partial: ch. 9 describes information channels (ouderpagina NL/Fries, evenings, schoolgids, folder), but independent help is only a reference to a website page; OJSP/Onderwijsconsulenten appear only in the begrippenlijst."}),
    "po-duin-rijn-veen-2026": dict(
        false=["plaatsing.criteria", "terugstroom.procedure", "terugstroom.beleid", "dekkend-aanbod.lacunes"],
        advisory={"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
                  "financien": ["reserves", "verantwoording"], "dekkend-aanbod": ["ketenpartners"],
                  "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
        notes={
            "basisondersteuning": "present: ch. 4 'De Duin-Rijn-Veen-belofte' is the minimum for every vestiging with eight concrete toezeggingen; self-evaluation and audit.",
            "plaatsing": "partial: ch. 6.1-6.4 give the four-step route, deskundigen, duration and bezwaar, but the criteria are only in an absent 'Toetsingskader' (bijlage C, website).",
            "terugstroom": "missing: 6.5 'Terug naar de basisschool' is a placeholder ('in voorbereiding'); terugplaatsing otherwise only in TOC and begrippenlijst.",
            "financien": "present: ch. 7 'Geld en middelen' mengmodel with per-leerling amount, arrangement criteria, meerjarenbegroting table 2026-2029.",
            "dekkend-aanbod": "partial: 5.1 describes the continuum (table of layers and named voorzieningen), but 5.2 defers thuiszitters/wachtlijsten/gaps to the OOGO agenda 2026-2027.",
            "resultaten": "present: ch. 8 achieved results of the previous period, four targets for 2030, Monitor Passend Onderwijs and reporting cycle.",
            "ouders": "present but hidden in ch. 9 'Communicatie': rubriek 'Voor ouders', brochure in four languages, inloopavond, ouderlijn; OJSP Holland Rijnland, Onderwijsconsulenten, klachtenregeling."}),
    "vo-zuidwest-drenthe-2026": dict(
        false=["basisondersteuning.niveau", "basisondersteuning.inhoud", "plaatsing.procedure", "financien.verdeling",
               "dekkend-aanbod.continuum", "dekkend-aanbod.lacunes", "resultaten.doelen", "resultaten.monitoring",
               "ouders.informatie"],
        advisory={"plaatsing": ["duur-categorie"], "terugstroom": [], "financien": ["reserves"],
                  "ouders": ["betrokkenheid"]},
        notes={
            "basisondersteuning": "missing: ch. 4 only states that no verbandbrede afspraken are made until the landelijke norm (decision spring 2027); the word occurs otherwise only in TOC and begrippenlijst.",
            "plaatsing": "partial: ch. 5.1/5.2 give vso criteria and national lwoo/pro criteria plus duration/category, but the procedure is referred to the separately published Handboek Toewijzing (bijlage 3).",
            "terugstroom": "present: ch. 6 'De weg terug' policy (thuisnabij, voorrang), five dated steps with who initiates/decides, overstapbegeleider and 4.000 euro.",
            "financien": "partial: ch. 7 meerjarenbegroting 2026-2029 with amounts (besteding), but the verdeelmodel is under revision and the verdeelsleutel is 'p.m.'.",
            "dekkend-aanbod": "missing: no description of provisions or gaps; dekkend aanbod/thuiszitters only in begrippenlijst and a TOC line to a separate bijlage 4; OOGO only procedurally in 13.2.",
            "resultaten": "missing: ch. 8 defers beoogde resultaten and monitoring to the voortgangsparagraaf of June 2027; only 'resultaatgericht'/'leerresultaten' in passing.",
            "ouders": "partial: ch. 9 names OJSP Drenthe, Onderwijsconsulenten, klachtenregeling and GPO (steunpunt), but informing parents is deferred to a communicatieplan that is still to appear."}),
    "vo-zaan-waterland-2026": dict(
        false=["basisondersteuning.inhoud", "plaatsing.procedure", "plaatsing.criteria", "terugstroom.beleid",
               "financien.verdeling", "financien.besteding", "dekkend-aanbod.continuum", "resultaten.doelen",
               "ouders.informatie", "ouders.steunpunt"],
        advisory={"dekkend-aanbod": ["ketenpartners"]},
        notes={
            "basisondersteuning": "partial: ch. 4 defines the agreed minimum for every vestiging (niveau), but the concrete content ('basiskaart') is still to be drawn up in the first plan year.",
            "plaatsing": "missing: ch. 5 only says the verband issues TLVs/lwoo and refers to the Toewijzingsreglement on the website; no procedure, criteria, deskundigen, duration or bezwaar.",
            "terugstroom": "partial: ch. 6 is a purely procedural step list (dates, who initiates, terugplaatsingsoverleg, who decides, end of TLV) without aims, conditions or support after return.",
            "financien": "missing: ch. 9 defers verdeelsystematiek and meerjarenbegroting to an addendum of December 2026; no amounts, criteria or reserves anywhere.",
            "dekkend-aanbod": "partial: ch. 7 'Elke jongere een plek' handles thuiszitters and gaps (tafel, doorzettingsmacht, figures, autism gap), but the continuum of provisions is only referred to the Sociale Kaart on the website.",
            "resultaten": "partial: ch. 8 describes monitoring (quarterly data, dashboard, jaarverslag, external evaluation) but beoogde resultaten are deferred to the first plan year.",
            "ouders": "missing: ch. 14 'Ouders en communicatie' is an empty placeholder; OJSP/Onderwijsconsulenten only in the begrippenlijst; ouders otherwise only in passing (visie, voorwoord)."}),
}


def status_of(element, false):
    crits = [c for c in CORE if c.startswith(element + ".")]
    n_true = sum(1 for c in crits if c not in false)
    return n_true, len(crits)


def write_label(name, files, sector, spec, advisory_status_override=None):
    false = set(spec["false"])
    for c in false:
        assert c in CORE, c
    crit = {c: (c not in false) for c in CORE}
    elements = {}
    for el in ELEMENTS:
        n_true, n = status_of(el, false)
        adv = spec["advisory"].get(el, [])
        if n_true == n:
            st = "present"
        elif n_true > 0 or adv:
            st = "partial"
        else:
            st = "missing"
        elements[el] = st
    lines = [f"documents: [{', '.join(files)}]", f"sector: {sector}", "looks_like_plan: true",
             "elements: {" + ", ".join(f"{k}: {v}" for k, v in elements.items()) + "}", "criteria:"]
    for c in CORE:
        lines.append(f"  {c}: {'true' if crit[c] else 'false'}")
    lines.append("advisory_addressed:")
    for el in ELEMENTS:
        adv = spec["advisory"].get(el, [])
        if adv:
            lines.append(f"  {el}: [{', '.join(adv)}]")
    lines.append("notes:")
    for el in ELEMENTS:
        note = spec["notes"][el].replace('"', "'")
        lines.append(f'  {el}: "{note}"')
    (OUT / f"{name}.expected.yaml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return elements


def write_nearmiss_label(name, files, sector):
    txt = (f"documents: [{', '.join(files)}]\n"
           f"sector: {sector}\n"
           "looks_like_plan: false\n"
           "elements: {}\n"
           "criteria: {}\n"
           "advisory_addressed: {}\n"
           "notes:\n"
           '  document: "School-level schoolondersteuningsplan of one basisschool (CBS De Wâldrâne): zorgniveaus, '
           'groepsbesprekingen, school formatie and jaarplanning; it refers to the samenwerkingsverband\'s plan but is '
           'not itself an ondersteuningsplan of a samenwerkingsverband (no SWV code, OPR, OOGO, verdeelmodel or planperiode)."\n')
    (OUT / f"{name}.expected.yaml").write_text(txt, encoding="utf-8")


# ===========================================================================
# main
# ===========================================================================

def main():
    OUT.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="holdout126_make_"))
    summary = []
    try:
        for fn in (plan_a, plan_b, plan_c, plan_d, plan_e, nearmiss_f):
            blocks, meta = fn()
            name, fmt = meta["name"], meta["fmt"]
            title = next(v for k, v in blocks if k == "title")
            if fmt == "docx":
                target = OUT / f"{name}.docx"
                render_docx(blocks, target, meta["header"], meta["footer"], title)
            elif fmt == "pdf":
                tmp_docx = work / f"{name}.docx"
                render_docx(blocks, tmp_docx, meta["header"], meta["footer"], title)
                target = OUT / f"{name}.pdf"
                docx_to_pdf(tmp_docx, target, work)
            elif fmt == "html":
                target = OUT / f"{name}.html"
                render_html(blocks, target, meta["header"], meta["footer"], title)
            else:
                raise ValueError(fmt)
            if name.startswith("nearmiss"):
                write_nearmiss_label(name, [target.name], meta["sector"])
                summary.append((target.name, word_count(blocks), "not a plan"))
            else:
                els = write_label(name, [target.name], meta["sector"], LABELS[name])
                summary.append((target.name, word_count(blocks), els))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    for row in summary:
        print(*row, sep="\t")


if __name__ == "__main__":
    main()
