"""Shared rendering helpers and generic filler for holdout58 (fictional plans)."""
import html
import os
import shutil
import subprocess
import tempfile

import docx
from docx.shared import Pt

# Block types: ("title", str) ("h1", str) ("h2", str) ("p", str) ("ul", [str]) ("table", [[str]])
# ("toc", [str]) ("pagebreak", None) ("header", str)


def render_docx(blocks, path, header=None):
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    if header:
        sec = d.sections[0]
        sec.header.paragraphs[0].text = header
        sec.footer.paragraphs[0].text = header + " | concept"
    for kind, val in blocks:
        if kind == "title":
            d.add_heading(val, level=0)
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
            d.add_heading("Inhoud", level=1)
            for it in val:
                d.add_paragraph(it)
        elif kind == "table":
            t = d.add_table(rows=len(val), cols=len(val[0]))
            t.style = "Table Grid"
            for i, row in enumerate(val):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = cell
            d.add_paragraph("")
        elif kind == "pagebreak":
            d.add_page_break()
        else:
            raise ValueError(kind)
    # deterministic core properties
    import datetime
    cp = d.core_properties
    cp.author = "SWV bureau"
    cp.created = datetime.datetime(2026, 3, 1, 9, 0, 0)
    cp.modified = datetime.datetime(2026, 3, 1, 9, 0, 0)
    cp.last_modified_by = "SWV bureau"
    cp.revision = 1
    d.save(path)


def render_pdf(blocks, path, header=None):
    tmp = tempfile.mkdtemp(prefix="h58_")
    try:
        base = os.path.splitext(os.path.basename(path))[0]
        src = os.path.join(tmp, base + ".docx")
        render_docx(blocks, src, header=header)
        subprocess.run(
            ["soffice", "--headless", "--convert-to", "pdf", "--outdir", tmp, src],
            check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=180,
        )
        shutil.copy(os.path.join(tmp, base + ".pdf"), path)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def render_html(blocks, path, title):
    out = ["<!DOCTYPE html>", '<html lang="nl"><head><meta charset="utf-8">',
           f"<title>{html.escape(title)}</title></head><body>",
           '<nav class="site-menu"><a href="/">Home</a> | <a href="/ouders">Ouders</a> | '
           '<a href="/scholen">Scholen</a> | <a href="/tlv">TLV</a> | <a href="/contact">Contact</a></nav>',
           "<main>"]
    for kind, val in blocks:
        if kind == "title":
            out.append(f"<h1>{html.escape(val)}</h1>")
        elif kind == "h1":
            out.append(f"<h2>{html.escape(val)}</h2>")
        elif kind == "h2":
            out.append(f"<h3>{html.escape(val)}</h3>")
        elif kind == "p":
            out.append(f"<p>{html.escape(val)}</p>")
        elif kind == "ul":
            out.append("<ul>" + "".join(f"<li>{html.escape(i)}</li>" for i in val) + "</ul>")
        elif kind == "toc":
            out.append('<nav class="toc"><h2>Inhoud</h2><ol>' +
                       "".join(f"<li>{html.escape(i)}</li>" for i in val) + "</ol></nav>")
        elif kind == "table":
            rows = []
            for i, r in enumerate(val):
                tag = "th" if i == 0 else "td"
                rows.append("<tr>" + "".join(f"<{tag}>{html.escape(c)}</{tag}>" for c in r) + "</tr>")
            out.append("<table>" + "".join(rows) + "</table>")
        elif kind == "pagebreak":
            continue
    out.append("</main>")
    out.append('<footer>' + html.escape(title) + ' &middot; Privacyverklaring &middot; Cookies</footer>')
    out.append("</body></html>")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")


def words(blocks):
    n = 0
    for kind, val in blocks:
        if isinstance(val, str):
            n += len(val.split())
        elif kind in ("ul", "toc"):
            n += sum(len(x.split()) for x in val)
        elif kind == "table":
            n += sum(len(c.split()) for r in val for c in r)
    return n


# ---------------------------------------------------------------- generic filler
# These paragraphs are written so that they address none of the seven elements: they only
# mention element words in passing.

def f_voorwoord(naam, periode, sector, ouders=True):
    leer = "basisscholen" if sector == "po" else "scholen voor voortgezet onderwijs"
    return [
        ("h1", "Voorwoord"),
        ("p", f"Voor u ligt het ondersteuningsplan {periode} van {naam}. Eerlijk gezegd is dit plan in korte tijd "
              f"geschreven. Het bureau is klein en het afgelopen jaar was druk: een nieuwe directeur, een verhuizing "
              f"van het kantoor en veel vragen van {leer} over leerlingen die vastlopen. We hebben ervoor gekozen om het "
              f"plan kort te houden en niet alles opnieuw uit te schrijven wat al goed loopt."),
        ("p", "Veel mensen hebben meegedacht: intern begeleiders, ondersteuningscoördinatoren, directeuren, leden van de "
              "ondersteuningsplanraad en onze collega's bij de gemeenten." + (" Ouders hebben we gesproken tijdens twee "
              "avonden." if ouders else "") + " Dank aan iedereen die tijd heeft vrijgemaakt. Waar het plan nog niet af is, zeggen we dat eerlijk."),
        ("p", "We zijn trots op wat de scholen elke dag doen. Tegelijk weten we dat het beter kan. Dit plan is daarom "
              "vooral een werkdocument. We passen het aan als dat nodig is, natuurlijk met instemming van de OPR."),
        ("p", "Namens het bestuur, de directeur-bestuurder"),
    ]


def f_leeswijzer():
    return [
        ("h2", "Leeswijzer"),
        ("p", "Elk hoofdstuk begint met een korte inleiding. Daarna volgen afspraken, vaak in een lijstje. Waar "
              "we verwijzen naar andere documenten, staan die op de website of zijn ze op te vragen bij het bureau. "
              "Afkortingen staan achterin."),
    ]


def f_context(naam, sector, n_scholen, n_besturen, n_lln, gemeenten):
    soort = ("basisscholen, een school voor speciaal basisonderwijs en twee so-locaties" if sector == "po"
             else "vo-scholen, een school voor praktijkonderwijs en twee vso-locaties")
    return [
        ("h1", "Ons samenwerkingsverband in het kort"),
        ("p", f"{naam} is een stichting. Bij het samenwerkingsverband zijn {n_besturen} schoolbesturen aangesloten "
              f"met samen {n_scholen} scholen: {soort}. Samen hebben de scholen ongeveer {n_lln} leerlingen. Het "
              f"gebied omvat de gemeenten {gemeenten}."),
        ("ul", [f"Aantal schoolbesturen: {n_besturen}",
                f"Aantal scholen/vestigingen: {n_scholen}",
                f"Leerlingaantal (1 oktober 2025): ongeveer {n_lln}",
                "Bureau: 6 medewerkers, samen 4,2 fte",
                "Kantoor: in het gebouw van de bibliotheek, tweede verdieping"]),
        ("p", "Het leerlingaantal daalt licht, vooral in de kleine kernen. Dat heeft gevolgen voor de scholen en "
              "voor het samenwerkingsverband. We komen daar in de planning op terug."),
    ]


def f_visie(sector):
    kind = "kind" if sector == "po" else "jongere"
    return [
        ("h1", "Visie en missie"),
        ("p", f"Ieder {kind} verdient een plek waar het zich kan ontwikkelen, zo dicht mogelijk bij huis. Dat is de "
              f"kern van passend onderwijs en ook van ons samenwerkingsverband. We kijken naar wat een {kind} nodig "
              f"heeft en niet naar labels."),
        ("h2", "Missie"),
        ("p", "Wij ondersteunen de scholen zodat zij hun leerlingen passend onderwijs kunnen bieden. We doen dat "
              "samen, met korte lijnen en zonder onnodige papieren. Het samenwerkingsverband is er voor de scholen; "
              "de scholen zijn er voor de leerlingen."),
        ("h2", "Kernwaarden"),
        ("ul", ["Dichtbij: zo thuisnabij mogelijk.",
                "Samen: besturen, scholen, ouders en partners.",
                "Eenvoudig: niet meer regels dan nodig.",
                "Eerlijk: we zeggen wat wel en niet lukt.",
                "Lerend: we leren van wat goed gaat en van wat misgaat."]),
        ("p", "Deze waarden komen terug in alle hoofdstukken. Ze zijn geen doel op zich, maar een manier van werken."),
    ]


def f_governance(opr_datum, aantal_opr):
    return [
        ("h1", "Organisatie en bestuur"),
        ("p", "Het samenwerkingsverband werkt met een directeur-bestuurder en een raad van toezicht. De besturen "
              "vormen samen de algemene vergadering (ALV). De ALV komt vier keer per jaar bij elkaar. De raad van "
              "toezicht bestaat uit vijf leden, van wie twee onafhankelijk."),
        ("ul", ["Directeur-bestuurder: dagelijkse leiding, stelt het plan op.",
                "Raad van toezicht: houdt toezicht, keurt het plan goed.",
                "Algemene vergadering van besturen: benoemt de raad van toezicht.",
                "Ondersteuningsplanraad (OPR): instemming met het plan."]),
        ("h2", "Ondersteuningsplanraad"),
        ("p", f"De OPR telt {aantal_opr} leden, afgevaardigd vanuit de medezeggenschapsraden van de scholen. De OPR "
              f"vergadert zes keer per jaar. De OPR heeft op {opr_datum} ingestemd met dit ondersteuningsplan. Het "
              f"reglement van de OPR is op te vragen bij het bureau."),
        ("h2", "Medezeggenschapsraad van het bureau"),
        ("p", "Het personeel van het bureau heeft een eigen personeelsgeleding. Die is klein (twee leden) en wordt "
              "gehoord over zaken die het personeel aangaan."),
    ]


def f_oogo(datum, gemeenten, inhoudelijk=True):
    blocks = [("h1", "Overleg met gemeenten (OOGO)")]
    if inhoudelijk:
        blocks += [
            ("p", f"Het op overeenstemming gericht overleg (OOGO) met de gemeenten {gemeenten} vond plaats op {datum}. "
                  f"De gemeenten hebben geen bezwaar gemaakt tegen het concept. Het verslag is op te vragen."),
            ("p", "Met de gemeenten spreken we twee keer per jaar in het beleidsoverleg. De onderwerpen zijn onder "
                  "andere leerlingenvervoer, onderwijshuisvesting en de aansluiting tussen school en jeugdhulp. "
                  "Afspraken over jeugdhulp op school maken we per gemeente; de lokale teams hebben een vaste "
                  "contactpersoon per school."),
        ]
    else:
        blocks += [
            ("p", f"Het OOGO over het concept van dit plan vond plaats op {datum}. Het verslag volgt nog."),
        ]
    return blocks


def f_personeel(fte):
    return [
        ("h1", "Personeel"),
        ("p", f"Het bureau van het samenwerkingsverband heeft {fte} fte. De medewerkers zijn in dienst van de "
              f"stichting of worden gedetacheerd door een van de besturen."),
        ("ul", ["Directeur-bestuurder (1,0 fte)",
                "Beleidsmedewerker (0,8 fte)",
                "Orthopedagogen en consulenten (samen ongeveer 1,6 fte)",
                "Secretariaat en administratie (0,8 fte)"]),
        ("p", "Het is lastig om orthopedagogen te vinden. Daarom werken we ook met inhuur. Dat is duurder en minder "
              "stabiel. We willen het vaste team in deze planperiode uitbreiden, als dat past."),
        ("h2", "Professionalisering"),
        ("p", "Het samenwerkingsverband organiseert netwerkbijeenkomsten voor intern begeleiders en "
              "ondersteuningscoördinatoren, vier keer per jaar. Er is een kleine scholingsagenda: gedrag in de klas, "
              "omgaan met angst, en werken met het groeidocument. Scholen betalen zelf hun eigen scholing."),
    ]


def f_ict_privacy():
    return [
        ("h1", "ICT en privacy"),
        ("p", "Aanvragen en dossiers lopen via een beveiligd digitaal systeem. Alleen medewerkers die het dossier "
              "nodig hebben, kunnen erin. We volgen de AVG. Dossiers bewaren we niet langer dan nodig is: drie jaar "
              "na het laatste besluit. Het privacyreglement staat op de website."),
        ("ul", ["Geen gegevens via gewone e-mail.",
                "Twee-factor-inloggen voor alle gebruikers.",
                "Een functionaris gegevensbescherming, gedeeld met twee andere samenwerkingsverbanden.",
                "Een datalek melden we binnen 72 uur."]),
        ("p", "In 2026 stappen we mogelijk over naar een ander systeem. Dat hangt af van de aanbesteding."),
    ]


def f_planning(periode):
    return [
        ("h1", "Planning"),
        ("p", f"Dit plan geldt voor de periode {periode}. Elk jaar maken we een jaarplan met de activiteiten van dat "
              f"jaar. Het jaarplan gaat in juni naar de raad van toezicht."),
        ("ul", ["Augustus: start schooljaar, nieuwe contactpersonen bekend.",
                "Oktober: teldatum leerlingen.",
                "Januari: netwerkdag intern begeleiders en coördinatoren.",
                "April: concept jaarplan.",
                "Juni: vaststelling jaarplan."]),
        ("p", "Als er tussentijds iets verandert in de wet, passen we het plan aan. Dat gaat dan eerst langs de OPR."),
    ]


def f_inspectie(datum):
    return [
        ("h2", "Vaststelling en toezending"),
        ("p", f"Het plan is vastgesteld door de directeur-bestuurder na goedkeuring door de raad van toezicht. Het "
              f"plan is op {datum} naar de inspectie gestuurd."),
    ]


def f_werkwijze_bureau():
    return [
        ("h1", "Hoe het bureau werkt"),
        ("p", "Het bureau is klein. We werken daarom met vaste contactpersonen per school. Die contactpersoon komt "
              "een paar keer per jaar langs en is bereikbaar via telefoon en mail. Vragen die niet direct over een "
              "leerling gaan, zoals vragen over regels of formulieren, lopen via het secretariaat."),
        ("ul", ["Telefonisch spreekuur: dinsdag en donderdag van 9.00 tot 11.00 uur.",
                "Mail: binnen drie werkdagen een reactie.",
                "Schoolbezoek: op afspraak, in elk geval twee keer per jaar.",
                "Nieuwsbrief voor scholen: zes keer per jaar."]),
        ("p", "We merken dat scholen soms niet weten bij wie ze moeten zijn. Daarom maken we in het eerste jaar van "
              "deze planperiode een eenvoudige wegwijzer voor directeuren en teams. Die wegwijzer gaat over het "
              "bureau, niet over de leerlingen."),
        ("h2", "Vergaderingen en overleg"),
        ("p", "Het directeurenoverleg komt vijf keer per jaar bij elkaar. Daar worden voorstellen besproken voordat "
              "ze naar het bestuur gaan. Het overleg van intern begeleiders en coördinatoren is vooral bedoeld om "
              "kennis te delen. Verslagen staan in de gedeelde map."),
    ]


def f_wetgeving():
    return [
        ("h1", "Ontwikkelingen in wet- en regelgeving"),
        ("p", "Er verandert veel in passend onderwijs. De overheid werkt aan de verbeteraanpak. Een aantal "
              "maatregelen raakt ons direct, andere minder. We noemen de belangrijkste kort."),
        ("ul", ["Wet versterking positie ouders en leerlingen: onder andere hoorrecht voor leerlingen en een ouder- en jeugdsteunpunt per samenwerkingsverband.",
                "Landelijke norm basisondersteuning: het advies ligt er, een wet nog niet.",
                "Inclusiever onderwijs richting 2035: de plannen zijn nog niet concreet.",
                "Nieuwe regels voor de medezeggenschap."]),
        ("p", "Zodra wetten zijn aangenomen en in werking treden, passen we het plan aan. Tot die tijd volgen we de "
              "ontwikkelingen via de PO-Raad, de VO-raad en het Steunpunt Passend Onderwijs. We willen niet vooruit "
              "lopen op regels die nog kunnen veranderen."),
    ]


def f_communicatie_scholen():
    return [
        ("h1", "Samenwerking met de scholen"),
        ("p", "De scholen zijn de eigenaar van passend onderwijs. Het samenwerkingsverband ondersteunt, adviseert en "
              "waar nodig besluit het. We vinden het belangrijk dat scholen ons weten te vinden en dat we elkaar "
              "scherp houden. Dat lukt het beste als we elkaar regelmatig zien."),
        ("p", "In de afgelopen periode hebben we gemerkt dat de verschillen tussen scholen groot zijn. De ene school "
              "heeft een groot team met veel specialisten, de andere school is klein en heeft een directeur voor "
              "twee scholen. Daar houden we rekening mee. We willen geen extra regels voor kleine scholen, maar wel "
              "hulp bij de dingen die zij lastig vinden, zoals het invullen van formulieren en het plannen van "
              "overleg."),
        ("ul", ["Jaarlijks gesprek met elke directeur.",
                "Gezamenlijke studiemiddag in het voorjaar.",
                "Werkgroepen op thema's, bijvoorbeeld gedrag en taal.",
                "Een digitale vraagbaak met veelgestelde vragen van scholen."]),
    ]


def f_begrippen(sector, extra=()):
    items = [
        "Arrangement: een afgesproken pakket van ondersteuning voor een leerling of groep.",
        "Basisondersteuning: de ondersteuning die scholen bieden zonder aanvraag bij het samenwerkingsverband.",
        "Dekkend aanbod: alle ondersteuning samen, zodat er voor elke leerling een plek is.",
        "Groeidocument: het dossier waarin de school de ontwikkeling en ondersteuning van een leerling bijhoudt.",
        "Loket: het aanmeldpunt van het samenwerkingsverband voor aanvragen van scholen.",
        "Meerjarenbegroting: de begroting voor meerdere jaren vooruit.",
        "OOGO: op overeenstemming gericht overleg met de gemeenten.",
        "OPP: ontwikkelingsperspectiefplan.",
        "OPR: ondersteuningsplanraad, de medezeggenschapsraad van het samenwerkingsverband.",
        "Ouder- en jeugdsteunpunt: onafhankelijk steunpunt voor ouders en jongeren.",
        "SOP: schoolondersteuningsprofiel.",
        "Terugplaatsing: de overstap van een leerling uit het speciaal onderwijs naar het regulier onderwijs.",
        "Thuiszitter: een leerplichtige leerling die zonder geldige reden niet naar school gaat.",
        "TLV: toelaatbaarheidsverklaring, nodig voor plaatsing in het " +
        ("speciaal basisonderwijs of speciaal onderwijs." if sector == "po" else "voortgezet speciaal onderwijs."),
        "Verdeelmodel: de manier waarop het geld over de besturen wordt verdeeld.",
        "Zorgplicht: de plicht van het schoolbestuur om een passende plek te bieden of te zoeken.",
    ]
    if sector == "vo":
        items += ["Lwoo: leerwegondersteunend onderwijs.", "Pro: praktijkonderwijs.",
                  "OPDC: orthopedagogisch-didactisch centrum.", "Vso: voortgezet speciaal onderwijs."]
    else:
        items += ["Sbo: speciaal basisonderwijs.", "So: speciaal onderwijs (cluster 3 en 4)."]
    items += list(extra)
    return [("h1", "Begrippenlijst"), ("ul", sorted(items))]


def f_afkortingen(sector):
    lst = ["ALV – algemene ledenvergadering", "AVG – Algemene verordening gegevensbescherming",
           "IB – intern begeleider", "MDO – multidisciplinair overleg", "OJSP – ouder- en jeugdsteunpunt",
           "OT – ondersteuningsteam", "RvT – raad van toezicht", "SWV – samenwerkingsverband"]
    if sector == "vo":
        lst += ["LWOO – leerwegondersteunend onderwijs", "PrO – praktijkonderwijs", "VSO – voortgezet speciaal onderwijs"]
    else:
        lst += ["SBO – speciaal basisonderwijs", "SO – speciaal onderwijs"]
    return [("h1", "Afkortingen"), ("ul", lst)]


def f_overstap(sector):
    if sector == "po":
        t = ("De overstap naar het voortgezet onderwijs verloopt via de afspraken in de regio. Basisscholen "
             "dragen leerlingen warm over. In februari is er een overdrachtsmarkt waar leerkrachten van groep 8 en "
             "mentoren elkaar spreken. Het samenwerkingsverband voor voortgezet onderwijs organiseert dit; wij "
             "sluiten aan.")
    else:
        t = ("Leerlingen komen binnen vanuit het primair onderwijs. De overdracht loopt via de regionale "
             "afspraken en het digitaal overstapdossier. Voor de overstap naar het mbo werken we samen met de "
             "twee roc's in de regio; de scholen regelen de warme overdracht zelf.")
    return [("h2", "Overstap"), ("p", t)]


def f_extra():
    return [
        ("h1", "Hoe dit plan tot stand kwam"),
        ("p", "We zijn in september 2025 begonnen met een startbijeenkomst voor directeuren. Daarna hebben drie "
              "werkgroepen elk een paar hoofdstukken voorbereid. De werkgroepen bestonden uit een directeur, een "
              "intern begeleider of coördinator en een medewerker van het bureau. Ze kwamen vier keer bij elkaar, "
              "meestal online. Het was krap in de tijd, en niet elke werkgroep is klaar gekomen."),
        ("ul", ["September 2025: startbijeenkomst.",
                "Oktober tot december 2025: werkgroepen.",
                "Januari 2026: eerste concept naar het bestuur.",
                "Februari 2026: concept naar de OPR en de gemeenten.",
                "Maart en april 2026: OOGO, instemming OPR, vaststelling."]),
        ("p", "Een aantal punten uit de werkgroepen hebben we niet in dit plan gezet, omdat er nog geen "
              "overeenstemming over was. Die punten staan op een actielijst van het bestuur. Het bestuur bespreekt "
              "die lijst in elke vergadering."),
        ("h1", "Samenwerking met andere samenwerkingsverbanden"),
        ("p", "We werken samen met de samenwerkingsverbanden om ons heen, zowel in het primair als in het "
              "voortgezet onderwijs. Er is een regionaal directeurenoverleg dat vier keer per jaar bij elkaar komt. "
              "Daar stemmen we af over onderwerpen die over de grenzen van ons gebied gaan, zoals leerlingen die "
              "in het ene gebied wonen en in het andere naar school gaan."),
        ("p", "Met het samenwerkingsverband in de andere sector hebben we dit plan besproken in een apart overleg "
              "in februari 2026. Er waren geen bezwaren. We hebben afgesproken om de planning van beide plannen "
              "bij de volgende ronde beter op elkaar af te stemmen."),
        ("h1", "Integriteit en gedrag"),
        ("p", "Het samenwerkingsverband volgt de code goed bestuur van de sector. Er is een integriteitscode "
              "voor bestuur en medewerkers en een klokkenluidersregeling. Nevenfuncties van de directeur-bestuurder "
              "en de leden van de raad van toezicht staan op de website. Medewerkers die betrokken zijn bij een "
              "school van een aangesloten bestuur, doen niet mee aan besluiten over die school."),
        ("h1", "Huisvesting van het bureau"),
        ("p", "Het bureau huurt sinds januari 2026 ruimte in een bestaand gebouw. Er zijn drie werkplekken en een "
              "spreekkamer. De meeste medewerkers werken deels thuis of op de scholen. De huur is lager dan op de "
              "oude plek. Het gebouw is goed bereikbaar met het openbaar vervoer en heeft een invalidentoilet."),
        ("p", "Overleggen met grotere groepen houden we op de scholen zelf. Dat scheelt huur en het is voor de "
              "meeste mensen dichterbij. Scholen die een ruimte beschikbaar stellen, krijgen daar geen vergoeding "
              "voor; dat is afgesproken in het directeurenoverleg."),
        ("h1", "Duurzaamheid en inkoop"),
        ("p", "Het samenwerkingsverband koopt weinig in: vooral ICT, schoonmaak, accountantscontrole en "
              "inhuur van deskundigen. Bij inkoop boven € 50.000 vragen we ten minste drie offertes. We letten "
              "daarbij ook op duurzaamheid, bijvoorbeeld bij laptops en telefoons."),
        ("h1", "Tot slot"),
        ("p", "Een plan op papier is één ding, het werk in de klas is iets anders. We hopen dat dit plan helpt om "
              "het gesprek over ondersteuning op de scholen makkelijker te maken. Heeft u vragen of opmerkingen "
              "over het plan? Mail of bel het bureau. We horen graag wat er beter kan. In de volgende versie "
              "verwerken we de reacties."),
    ]


def f_extra2():
    return [
        ("h1", "Krimp en werkdruk"),
        ("p", "In een groot deel van ons gebied neemt het aantal leerlingen af. Sommige scholen worden zo klein "
              "dat ze moeten samengaan met een andere school. Dat is een zaak van de besturen, niet van het "
              "samenwerkingsverband. We merken wel dat het gevolgen heeft: teams veranderen, mensen vertrekken en "
              "kennis gaat verloren. Bij fusies vragen we de besturen om ons op tijd te laten weten wat er "
              "verandert, zodat de contactpersonen kunnen meebewegen."),
        ("p", "De werkdruk in de scholen is hoog. Dat horen we in bijna elk gesprek. Het lerarentekort speelt "
              "overal, het ene jaar meer dan het andere. Wij kunnen dat niet oplossen. Wat we wel kunnen doen, is "
              "zorgen dat onze eigen formulieren en overleggen niet meer tijd kosten dan nodig. Daarom hebben we "
              "het aanvraagformulier ingekort van negen naar vier pagina's en vragen we geen stukken op die al in "
              "het dossier zitten."),
        ("ul", ["Minder formulieren: één digitaal formulier voor alle aanvragen.",
                "Korter vergaderen: overleggen duren maximaal anderhalf uur.",
                "Meer op locatie: de consulent komt naar de school, niet andersom."]),
        ("h1", "Kennis en onderzoek"),
        ("p", "We doen mee aan een regionaal kennisnetwerk met de hogeschool en twee andere "
              "samenwerkingsverbanden. In dat netwerk delen we ervaringen en lezen we samen nieuwe publicaties. "
              "Eén keer per jaar is er een kennisdag met workshops van leraren voor leraren. Studenten van de "
              "lerarenopleiding lopen soms stage op het bureau en doen dan een klein onderzoek naar een vraag "
              "van een school."),
        ("p", "Het netwerk is bedoeld om van elkaar te leren. Het is geen plek waar besluiten worden genomen. "
              "Wat we leren, nemen we mee in de werkgroepen en in het directeurenoverleg. Zo blijft het dicht "
              "bij de praktijk."),
        ("h1", "Contact"),
        ("p", "Het bureau is op werkdagen bereikbaar van 8.30 tot 16.30 uur. In de schoolvakanties is het bureau "
              "beperkt bereikbaar; dringende vragen van scholen kunnen dan naar het algemene nummer. Post kan naar "
              "het postadres op de website. Bezoek graag op afspraak."),
    ]
