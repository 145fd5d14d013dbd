#!/usr/bin/env python3
"""Generate the holdout279 test set: five fictional ondersteuningsplannen of
samenwerkingsverbanden passend onderwijs (PO and VO) and one near-miss document.

Deterministic, no network. Output goes next to this script's parent folder:
    <holdout279>/<name>.docx|.pdf|.html  and  <name>.expected.yaml
PDFs are rendered from a temporary .docx with LibreOffice (soffice --headless).
"""
import shutil
import subprocess
import tempfile
import zipfile
from datetime import datetime
from pathlib import Path

import yaml
from docx import Document
from docx.shared import Pt

OUT = Path(__file__).resolve().parent.parent

CORE = [
    "basisondersteuning.niveau", "basisondersteuning.inhoud",
    "plaatsing.procedure", "plaatsing.criteria",
    "terugstroom.procedure", "terugstroom.beleid",
    "financien.verdeling", "financien.besteding",
    "dekkend-aanbod.continuum", "dekkend-aanbod.lacunes",
    "resultaten.doelen", "resultaten.monitoring",
    "ouders.informatie", "ouders.steunpunt",
]


# --------------------------------------------------------------------------- writers
def write_docx(blocks, path, header=None, footer=None):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    if header or footer:
        sec = doc.sections[0]
        if header:
            sec.header.paragraphs[0].text = header
        if footer:
            sec.footer.paragraphs[0].text = footer
    for kind, val in blocks:
        if kind == "title":
            doc.add_heading(val, level=0)
        elif kind == "h1":
            doc.add_heading(val, level=1)
        elif kind == "h2":
            doc.add_heading(val, level=2)
        elif kind == "p":
            doc.add_paragraph(val)
        elif kind == "small":
            p = doc.add_paragraph()
            r = p.add_run(val)
            r.italic = True
        elif kind == "bullets":
            for it in val:
                doc.add_paragraph(it, style="List Bullet")
        elif kind == "steps":
            for it in val:
                doc.add_paragraph(it, style="List Number")
        elif kind == "toc":
            doc.add_heading("Inhoudsopgave", level=1)
            for it in val:
                doc.add_paragraph(it)
        elif kind == "table":
            rows = val
            t = doc.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, row in enumerate(rows):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = str(cell)
            doc.add_paragraph("")
        elif kind == "pagebreak":
            doc.add_page_break()
        else:
            raise ValueError(kind)
    cp = doc.core_properties
    cp.author = "holdout279"
    cp.last_modified_by = "holdout279"
    cp.created = datetime(2026, 3, 1, 9, 0, 0)
    cp.modified = datetime(2026, 3, 1, 9, 0, 0)
    cp.revision = 1
    doc.save(str(path))
    normalize_zip(path)


def normalize_zip(path):
    """Rewrite the .docx zip with fixed timestamps so that output is byte-identical between runs."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2026, 3, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def write_html(blocks, path, title, nav):
    out = ["<!DOCTYPE html>", '<html lang="nl">', "<head>", '<meta charset="utf-8">',
           f"<title>{esc(title)}</title>",
           "<style>body{font-family:Arial,sans-serif;max-width:52em;margin:auto}"
           "nav{background:#eef;padding:.5em}footer{color:#666;font-size:small}"
           "table{border-collapse:collapse}td,th{border:1px solid #999;padding:3px}</style>",
           "</head>", "<body>", "<header><nav>" + " | ".join(esc(n) for n in nav) + "</nav></header>",
           "<main>"]
    for kind, val in blocks:
        if kind == "title":
            out.append(f"<h1>{esc(val)}</h1>")
        elif kind == "h1":
            out.append(f"<h2>{esc(val)}</h2>")
        elif kind == "h2":
            out.append(f"<h3>{esc(val)}</h3>")
        elif kind == "p":
            out.append(f"<p>{esc(val)}</p>")
        elif kind == "small":
            out.append(f"<p><em>{esc(val)}</em></p>")
        elif kind == "bullets":
            out.append("<ul>" + "".join(f"<li>{esc(i)}</li>" for i in val) + "</ul>")
        elif kind == "steps":
            out.append("<ol>" + "".join(f"<li>{esc(i)}</li>" for i in val) + "</ol>")
        elif kind == "toc":
            out.append('<section class="toc"><h2>Inhoudsopgave</h2><ul>'
                       + "".join(f"<li>{esc(i)}</li>" for i in val) + "</ul></section>")
        elif kind == "table":
            out.append("<table>")
            for i, row in enumerate(val):
                tag = "th" if i == 0 else "td"
                out.append("<tr>" + "".join(f"<{tag}>{esc(str(c))}</{tag}>" for c in row) + "</tr>")
            out.append("</table>")
        elif kind == "pagebreak":
            out.append("<hr>")
    out += ["</main>", f"<footer>{esc(title)} &middot; webversie &middot; "
            "Ouders &middot; Scholen &middot; Financi&euml;n &middot; Contact</footer>", "</body>", "</html>"]
    path.write_text("\n".join(out), encoding="utf-8")


def docx_to_pdf(blocks, pdf_path, header=None, footer=None):
    tmp = Path(tempfile.mkdtemp(prefix="holdout279_render_"))
    try:
        src = tmp / (pdf_path.stem + ".docx")
        write_docx(blocks, src, header, footer)
        prof = tmp / "lo_profile"
        subprocess.run(["soffice", f"-env:UserInstallation=file://{prof}", "--headless",
                        "--convert-to", "pdf", "--outdir", str(tmp), str(src)],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
        shutil.copyfile(tmp / (pdf_path.stem + ".pdf"), pdf_path)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def write_label(name, documents, sector, looks, elements, criteria, advisory, notes):
    data = {"documents": documents, "sector": sector, "looks_like_plan": looks,
            "elements": elements, "criteria": criteria}
    if advisory is not None:
        data["advisory_addressed"] = advisory
    data["notes"] = notes
    lines = [f"documents: [{', '.join(documents)}]", f"sector: {sector}",
             f"looks_like_plan: {'true' if looks else 'false'}"]
    if elements:
        lines.append("elements: {" + ", ".join(f"{k}: {v}" for k, v in elements.items()) + "}")
    else:
        lines.append("elements: {}")
    if criteria:
        lines.append("criteria:")
        for k in CORE:
            lines.append(f"  {k}: {'true' if criteria[k] else 'false'}")
    else:
        lines.append("criteria: {}")
    if advisory:
        lines.append("advisory_addressed:")
        for k, v in advisory.items():
            lines.append(f"  {k}: [{', '.join(v)}]")
    lines.append("notes:")
    for k, v in notes.items():
        lines.append(f"  {k}: {yaml.safe_dump(v, allow_unicode=True, width=10000, default_style=chr(34)).strip()}")
    text = "\n".join(lines) + "\n"
    assert yaml.safe_load(text) == data, name
    (OUT / f"{name}.expected.yaml").write_text(text, encoding="utf-8")


def status(crit, element):
    keys = [k for k in CORE if k.startswith(element + ".")]
    vals = [crit[k] for k in keys]
    if all(vals):
        return "present"
    return None  # partial or missing decided explicitly below


# --------------------------------------------------------------------------- shared filler
def filler_voorwoord(swv, directeur, period, sector_word):
    return [
        ("h1", "Voorwoord"),
        ("p", f"Voor u ligt het ondersteuningsplan {period} van {swv}. Het is het derde plan sinds de invoering "
              f"van de Wet passend onderwijs in 2014, en misschien wel het plan waarover we het langst en het "
              f"breedst met elkaar in gesprek zijn geweest. Schoolleiders, intern begeleiders en "
              f"ondersteuningscoördinatoren, leerkrachten, ouders, gemeenten en jeugdhulpaanbieders hebben "
              f"in het afgelopen jaar meegedacht in werkateliers, klankbordgroepen en een digitale enquête."),
        ("p", f"Passend onderwijs is geen project meer, het is het gewone werk van iedere school in het "
              f"{sector_word}. Tegelijkertijd zien we dat de vraag naar ondersteuning groeit, dat de "
              f"krapte op de arbeidsmarkt de scholen raakt en dat de samenwerking met de jeugdhulp nog lang "
              f"niet overal vanzelf gaat. Dit plan is daarom nadrukkelijk een plan van en voor de scholen: "
              f"het beschrijft wat we met elkaar afspreken, maar laat de scholen de ruimte om die afspraken "
              f"op hun eigen manier in te vullen."),
        ("p", f"Een woord van dank aan de leden van de ondersteuningsplanraad, die het concept kritisch en "
              f"constructief hebben gelezen, en aan de wethouders en beleidsmedewerkers van de gemeenten in "
              f"onze regio. Wij hopen dat dit plan voor iedereen die betrokken is bij een leerling die wat "
              f"extra nodig heeft, een bruikbaar en herkenbaar kader is."),
        ("small", f"{directeur}, directeur-bestuurder"),
    ]


def filler_visie(swv, kernwoorden):
    k1, k2, k3 = kernwoorden
    return [
        ("h1", "Missie, visie en ambities"),
        ("p", f"Onze missie is kort: ieder kind en iedere jongere in onze regio krijgt onderwijs dat past, zo "
              f"dicht mogelijk bij huis, samen met leeftijdgenoten waar dat kan en gespecialiseerd waar dat "
              f"nodig is. Wij geloven dat onderwijs en ontwikkeling niet los van elkaar staan en dat school, "
              f"ouders en jeugdhulp samen meer kunnen dan ieder afzonderlijk."),
        ("p", f"Onze visie rust op drie kernwoorden: {k1}, {k2} en {k3}. Met {k1} bedoelen we dat we "
              f"uitgaan van wat een leerling nodig heeft en niet van wat hij of zij 'heeft'. Met {k2} "
              f"bedoelen we dat schoolbesturen elkaar aanspreken en helpen, en dat het samenwerkingsverband "
              f"meer is dan een loket. Met {k3} bedoelen we dat we open zijn over keuzes, over geld en over "
              f"wat wel en niet lukt."),
        ("p", "De ambities voor de komende vier jaar sluiten aan bij de landelijke Verbeteraanpak passend "
              "onderwijs en bij de Werkagenda van de sectorraden. We willen de ondersteuning dichter bij de "
              "klas brengen, de administratieve last voor leraren verlagen, de samenwerking met gemeenten "
              "verstevigen en de middelen zo inzetten dat ze zoveel mogelijk de leerling bereiken. De "
              "resultaten van de vorige planperiode laten zien dat daar nog werk ligt; we komen daar in de "
              "terugblik op terug."),
        ("p", "Wij zien inclusiever onderwijs als een beweging van jaren. Dat vraagt om geduld, maar ook om "
              "lef: om te experimenteren met nieuwe vormen van samenwerking tussen regulier en speciaal "
              "onderwijs, om te leren van wat niet lukt en om de stem van leerlingen en ouders serieus te "
              "nemen in de manier waarop we ons werk inrichten."),
    ]


def filler_governance(swv, rechtsvorm, n_besturen, toezicht, bureau_fte, adres):
    return [
        ("h1", "Organisatie en governance"),
        ("p", f"{swv} is een {rechtsvorm} waarin {n_besturen} schoolbesturen samenwerken. De statuten "
              f"scheiden bestuur en toezicht: de directeur-bestuurder bestuurt, de {toezicht} houdt toezicht "
              f"en de algemene vergadering van aangesloten schoolbesturen stelt de statuten en de grote "
              f"beleidskaders vast. Het bestuursreglement en het toezichtkader zijn in 2024 geactualiseerd; "
              f"de statuten bevatten een geschillenregeling zoals de wet die voorschrijft."),
        ("p", f"Het bureau van het samenwerkingsverband telt {bureau_fte} fte, verdeeld over staf, "
              f"administratie en de inhoudelijke functies. Het bureau is gevestigd aan de {adres}. De "
              f"jaarcyclus van planning en control volgt het kalenderjaar voor de begroting en het "
              f"schooljaar voor het jaarplan; de directeur-bestuurder rapporteert viermaal per jaar aan de "
              f"{toezicht}."),
        ("p", "Het samenwerkingsverband hanteert de Code Goed Bestuur van de sectororganisatie. Eenmaal per "
              "jaar evalueert de toezichthouder het eigen functioneren, eenmaal in de drie jaar onder "
              "externe begeleiding. De accountant wordt benoemd door de toezichthouder."),
    ]


def filler_opr(swv, leden, instemming_datum, oogo_datum, inspectie_datum):
    return [
        ("h1", "Medezeggenschap en totstandkoming van dit plan"),
        ("p", f"De ondersteuningsplanraad (OPR) van {swv} telt {leden} leden, afgevaardigd vanuit de "
              f"medezeggenschapsraden van de aangesloten scholen. De OPR heeft instemmingsrecht op het "
              f"ondersteuningsplan en op wijzigingen daarvan. De OPR vergadert zes keer per jaar en heeft "
              f"een eigen budget voor scholing en advies."),
        ("p", f"Het concept van dit plan is op {oogo_datum} besproken in het op overeenstemming gericht "
              f"overleg (OOGO) met de colleges van burgemeester en wethouders van de gemeenten in onze "
              f"regio, en in het overleg met het aangrenzende samenwerkingsverband. De OPR heeft op "
              f"{instemming_datum} ingestemd. Het plan is voor {inspectie_datum} aan de Inspectie van het "
              f"Onderwijs toegezonden."),
    ]


def filler_personeel_ict(swv):
    return [
        ("h1", "Personeel, professionalisering en ICT"),
        ("p", "Goed passend onderwijs valt of staat met goed toegeruste professionals. Het samenwerkingsverband "
              "heeft zelf een bescheiden personeelsbestand, maar investeert via de scholen in kennis en "
              "kunde. Jaarlijks stellen we een professionaliseringsaanbod samen in de vorm van "
              "netwerkbijeenkomsten, leergemeenschappen en korte trainingen. De onderwerpen kiezen we samen "
              "met de scholen; de afgelopen jaren ging het onder meer over executieve functies, traumasensitief "
              "lesgeven, meertaligheid en omgaan met onbegrepen gedrag."),
        ("p", "Het lerarentekort maakt dat we zuinig moeten zijn op mensen. We voorkomen dat het "
              "samenwerkingsverband leraren 'wegtrekt' uit de klas en kiezen waar mogelijk voor detachering "
              "vanuit de schoolbesturen. Medewerkers van het bureau hebben een persoonlijk ontwikkelplan en "
              "voeren jaarlijks een gesprekscyclus."),
        ("p", f"Voor de registratie van aanvragen, dossiers en besluiten gebruikt {swv} een beveiligde "
              "digitale omgeving. Ouders geven toestemming voor het delen van gegevens, behalve waar de wet "
              "het samenwerkingsverband toestaat zonder toestemming gegevens te verwerken. We hebben een "
              "functionaris gegevensbescherming, een verwerkingsregister en een protocol datalekken. "
              "Dossiers bewaren we niet langer dan nodig; de bewaartermijnen staan in het privacyreglement. "
              "In 2026 vervangen we het huidige registratiesysteem; de aanbesteding loopt."),
    ]


def filler_planning(rows):
    return [
        ("h1", "Planning en ontwikkelagenda"),
        ("p", "Onderstaand overzicht geeft de belangrijkste ontwikkelpunten voor de planperiode. Het "
              "jaarplan werkt deze punten per schooljaar verder uit. Een ontwikkelpunt is pas afgerond als "
              "het bestuur het heeft vastgesteld en de scholen het in hun werkwijze hebben opgenomen."),
        ("table", [["Ontwikkelpunt", "Wanneer", "Wie"]] + rows),
    ]


def filler_extra(swv, regio, vorig, sector_word):
    """Element-neutral chapters that real plans carry (terugblik, context, landelijk, netwerken, integriteit)."""
    return [
        ("h1", "Terugblik op de vorige planperiode"),
        ("p", f"De vorige planperiode ({vorig}) stond voor {swv} grotendeels in het teken van de organisatie. "
              f"We hebben het bureau opnieuw ingericht, een nieuwe directeur-bestuurder benoemd, het "
              f"toezichtmodel aangepast aan de Code Goed Bestuur en een nieuw registratiesysteem ingevoerd. "
              f"De coronaperiode heeft bovendien veel gevraagd van scholen, leerlingen en gezinnen: "
              f"scholen gingen dicht, ondersteuning moest op afstand worden gegeven en veel geplande "
              f"ontwikkelingen schoven een jaar op."),
        ("p", "Uit de gesprekken met schoolleiders, intern begeleiders, ondersteuningscoördinatoren en "
              "OPR-leden kwamen drie lessen naar voren. Ten eerste: de scholen willen minder papier en meer "
              "meedenken. Ten tweede: de samenwerking tussen besturen is waardevol, maar hangt nog te vaak af "
              "van personen. Ten derde: het samenwerkingsverband moet beter uitleggen waarom het bepaalde "
              "keuzes maakt. Deze lessen zijn meegenomen in de opzet van dit plan, dat korter en "
              "scherper is dan zijn voorganger."),
        ("h1", "Context: de regio en landelijke ontwikkelingen"),
        ("p", f"{regio} is een regio van contrasten: naast een stedelijke kern met een jonge, meertalige "
              f"bevolking kent het gebied dorpen waar het aantal kinderen daalt en scholen klein worden. "
              f"De afstand tot gespecialiseerde voorzieningen is in de buitengebieden groot. De "
              f"arbeidsmarkt in het {sector_word} is krap; vooral in de stedelijke kern staan vacatures lang "
              f"open. Tegelijkertijd groeit het aantal gezinnen dat een beroep doet op jeugdhulp, en nemen de "
              f"wachttijden bij de specialistische jeugd-ggz toe."),
        ("p", "Landelijk is er veel in beweging. De Verbeteraanpak passend onderwijs loopt tot 2025 en krijgt "
              "een vervolg; de minister heeft de ambitie uitgesproken om in 2035 tot inclusiever onderwijs te "
              "komen. Er wordt gewerkt aan een landelijke norm voor de basisondersteuning, de Wet versterking "
              "positie ouders en leerlingen wordt ingevoerd en de bekostiging is vereenvoudigd. Waar deze "
              "ontwikkelingen gevolgen hebben voor ons beleid, passen we dit plan via de jaarlijkse "
              "voortgangsparagraaf aan, uiteraard met instemming van de ondersteuningsplanraad."),
        ("h1", "Kennisdeling en netwerken"),
        ("p", "Een samenwerkingsverband is een lerende organisatie. Daarom faciliteren we netwerken waarin "
              "professionals van verschillende scholen elkaar ontmoeten: het netwerk van intern begeleiders "
              "of ondersteuningscoördinatoren, het directeurenoverleg per deelregio, een netwerk "
              "gedragsspecialisten en een leergemeenschap meer- en hoogbegaafdheid. De netwerken komen "
              "vier tot zes keer per jaar bijeen en bepalen grotendeels zelf hun agenda."),
        ("p", "Daarnaast organiseren we eens per jaar een regionale studiedag voor alle medewerkers van de "
              "aangesloten scholen, met een inspirerende keynote en workshops die door collega's zelf worden "
              "verzorgd. De opkomst van de laatste studiedag was met ruim 900 deelnemers hoger dan ooit. We "
              "werken ook samen met de pabo, de lerarenopleidingen en het hbo in de regio, onder meer in "
              "een praktijkgericht onderzoek naar de inzet van onderwijsassistenten."),
        ("h1", "Integriteit, privacy en klokkenluidersregeling"),
        ("p", f"{swv} werkt met publiek geld en met gevoelige informatie over kinderen en gezinnen. Dat "
              f"vraagt om een integere organisatie. Het samenwerkingsverband heeft een integriteitscode, een "
              f"regeling nevenfuncties, een klokkenluidersregeling en een vertrouwenspersoon voor "
              f"medewerkers. Bestuurders en toezichthouders melden hun nevenfuncties, die op de website "
              f"worden gepubliceerd. Medewerkers van het bureau ondertekenen bij indiensttreding een "
              f"geheimhoudingsverklaring."),
        ("p", "Inkoop en aanbesteding verlopen volgens het inkoopbeleid dat in 2024 is vastgesteld. Bij "
              "opdrachten boven de Europese drempel volgen we de aanbestedingsregels. Het bestuur legt "
              "jaarlijks verantwoording af over de naleving van deze regelingen aan de toezichthouder."),
        ("h1", "Leeswijzer"),
        ("p", "Dit plan volgt de onderwerpen die de wet voorschrijft, maar niet altijd in dezelfde volgorde. "
              "Wie snel wil zien wat er over basisondersteuning, toelaatbaarheid, terugplaatsing, middelen, "
              "het dekkend aanbod, resultaten of ouders in staat, vindt de verwijzingen in de inhoudsopgave. "
              "Uitwerkingen die jaarlijks kunnen veranderen, zoals de begroting en het jaarplan, worden "
              "apart vastgesteld en zijn op de website te vinden."),
    ]


def filler_extra2(swv, sector_word):
    """More element-neutral prose: dienstverlening bureau, arbeidsmarkt, jaarcyclus."""
    return [
        ("h1", "Dienstverlening aan scholen"),
        ("p", f"Het bureau van {swv} wil voor scholen een betrouwbare en bereikbare partner zijn. Het bureau "
              f"is op werkdagen tussen 8.30 en 16.30 uur telefonisch bereikbaar; vragen per mail beantwoorden "
              f"we binnen twee werkdagen. Elke school heeft een vaste contactpersoon op het bureau die de "
              f"school kent en die bij vragen over regelingen, formulieren of het portaal de weg wijst. "
              f"Eens per jaar vragen we de schoolleiders in een korte peiling hoe zij de dienstverlening "
              f"ervaren; de uitkomsten bespreken we in het directeurenoverleg."),
        ("p", "We proberen de administratieve last zo klein mogelijk te houden. Formulieren zijn ingekort, "
              "gegevens die al bekend zijn hoeven scholen niet opnieuw aan te leveren en in het portaal kunnen "
              "scholen de status van hun aanvragen volgen. Waar regels knellen, horen we dat graag: het bureau "
              "houdt een lijst bij van 'regelknellingen' die twee keer per jaar aan het bestuur wordt "
              "voorgelegd."),
        ("h1", "Arbeidsmarkt en opleiden"),
        ("p", f"Het tekort aan leraren en ondersteuners in het {sector_word} raakt ook het passend onderwijs. "
              f"Specialisten zoals orthopedagogen, gedragsspecialisten en logopedisten zijn schaars. Samen "
              f"met de schoolbesturen en de opleidingen werken we aan een regionale aanpak: zij-instromers "
              f"krijgen een module over passend onderwijs, studenten lopen stage in de bovenschoolse "
              f"voorzieningen en we onderzoeken of een gedeelde vijver van specialisten de schaarste kan "
              f"verzachten."),
        ("p", "Daarbij kijken we ook naar de onderwijsassistent en de leraarondersteuner, die een steeds "
              "grotere rol spelen in de klas. We willen dat zij goed worden toegerust en dat hun inzet "
              "doordacht is. Het samenwerkingsverband neemt zelf geen assistenten in dienst, maar deelt "
              "voorbeelden van goede inzet tussen de scholen."),
        ("h1", "Jaarcyclus en samenhang van documenten"),
        ("p", "Dit ondersteuningsplan is het strategische document voor vier jaar. Het wordt jaarlijks vertaald "
              "in een jaarplan met concrete activiteiten. Het bestuur stelt het jaarplan in juni vast, na "
              "bespreking met de directeuren en de ondersteuningsplanraad. Het jaarverslag verschijnt uiterlijk "
              "1 juli en wordt op de website gepubliceerd. Tussentijds wijzigen we het plan alleen via een "
              "voortgangsparagraaf, waarvoor opnieuw instemming van de OPR nodig is."),
        ("p", "Naast het plan en het jaarplan kent het samenwerkingsverband een aantal reglementen en "
              "protocollen, zoals het privacyreglement, het reglement van de commissies en het "
              "managementstatuut. Deze documenten zijn niet bij dit plan gevoegd."),
    ]


def filler_opr_woord(voorzitter):
    return [
        ("h1", "Een woord van de ondersteuningsplanraad"),
        ("p", "De ondersteuningsplanraad heeft dit plan in vier vergaderingen besproken. We hebben veel vragen "
              "gesteld, soms kritische, en we zijn blij dat het bestuur die vragen serieus heeft genomen. Niet "
              "al onze wensen zijn in dit plan terechtgekomen; sommige onderwerpen zijn naar het jaarplan "
              "verschoven en daar zullen wij het bestuur ook op blijven aanspreken. Wij hebben met dit plan "
              "ingestemd omdat wij vertrouwen hebben in de richting, en omdat het bestuur heeft toegezegd de "
              "raad elk halfjaar bij te praten over de voortgang van de ontwikkelpunten uit de planning."),
        ("p", "Wij roepen iedereen die in de praktijk merkt dat iets niet werkt op, dat te melden bij de "
              "medezeggenschapsraad van de eigen school. Via die weg bereikt het ons, en kunnen wij het op de "
              "agenda zetten. Medezeggenschap werkt alleen als de achterban zich laat horen."),
        ("small", f"{voorzitter}, voorzitter ondersteuningsplanraad"),
    ]


# --------------------------------------------------------------------------- plan A (PO, docx)
def plan_a():
    swv = "Samenwerkingsverband Passend Primair Onderwijs Linge en Waal (PO 25-11)"
    short = "SWV Linge en Waal"
    b = [("title", "Ondersteuningsplan 2026-2030"),
         ("p", swv),
         ("p", "Samen sterk voor ieder kind in Linge en Waal"),
         ("small", "Vastgesteld door het bestuur op 14 april 2026, na instemming van de OPR op 7 april 2026."),
         ("pagebreak", None),
         ("toc", ["Voorwoord", "1 Missie, visie en ambities", "2 Onze regio in cijfers",
                  "3 Basisondersteuning", "4 Van basis naar extra: het ondersteuningscontinuüm",
                  "5 Toelaatbaarheid sbo en so (inclusief terugplaatsing)",
                  "6 Thuiszitters en het dekkend netwerk", "7 Communicatie",
                  "8 Kwaliteit en resultaten", "9 Organisatie en governance",
                  "10 Medezeggenschap", "11 Personeel, professionalisering en ICT",
                  "12 Geld en middelen", "13 Planning en ontwikkelagenda", "Bijlage 1 Begrippenlijst"]),
         ]
    b += filler_voorwoord(short, "Marijke van Doorn", "2026-2030", "primair onderwijs")
    b += filler_visie(short, ("ontwikkelingsgericht", "samen", "transparant"))
    b += [("h1", "Onze regio in cijfers"),
          ("p", "Het werkgebied omvat de gemeenten Lingewaard-Zuid, Waaldorp en Betuwedal. In het gebied "
                "staan 71 basisscholen van 9 schoolbesturen, 3 scholen voor speciaal basisonderwijs en 4 "
                "so-locaties. Op de teldatum 1 februari 2025 telden we 14.212 leerlingen in het "
                "basisonderwijs. Het deelnamepercentage sbo lag op 2,1%, dat van so op 1,6%."),
          ("table", [["Type", "Scholen", "Leerlingen 1-2-2025"], ["Basisonderwijs", "71", "14.212"],
                     ["Sbo", "3", "309"], ["So (cluster 3 en 4)", "4", "236"]]),
          ("p", "Het leerlingaantal daalt licht, vooral in de kleine kernen. Daar staat een groei tegenover van "
                "het aantal nieuwkomers en van leerlingen met een complexe vraag op het snijvlak van onderwijs "
                "en zorg. Die trend kleurt de keuzes in dit plan."),
          ]
    b += [("h1", "Basisondersteuning"),
          ("p", "Basisondersteuning is in ons samenwerkingsverband de afgesproken ondergrens: het geheel van "
                "preventieve en licht curatieve interventies dat iedere vestiging van iedere aangesloten "
                "basisschool biedt, onder regie van de school, zonder aanvraag bij het samenwerkingsverband en "
                "zonder dat ouders daarvoor iets hoeven te regelen. De schoolbesturen hebben deze ondergrens "
                "samen vastgesteld; geen school mag eronder zitten."),
          ("p", "Concreet betekent dit dat u op elke school van Linge en Waal in elk geval het volgende mag "
                "verwachten:"),
          ("bullets", ["een intern begeleider met minimaal 0,4 fte per 200 leerlingen en tijd voor "
                       "leerlingbespreking en groepsbespreking;",
                       "een ondersteuningsteam dat minstens vier keer per jaar bijeenkomt, met ouders aan tafel "
                       "als het om hun kind gaat;",
                       "een dyslexie- en een dyscalculieprotocol volgens de landelijke protocollen, inclusief "
                       "signalering in groep 2 en 3;",
                       "een aanbod voor sociaal-emotionele ontwikkeling en een methode voor het volgen ervan;",
                       "verrijking en verdieping voor leerlingen die meer aankunnen, ten minste binnen de groep;",
                       "handelingsgericht werken: groepsplannen of een vergelijkbare planmatige cyclus;",
                       "afspraken over medisch handelen en over het geven van medicijnen;",
                       "een aanspreekpunt voor jeugdhulp via het school-wijkteam."]),
          ("p", "De schoolbesturen leggen in de schoolgids vast hoe de school deze onderdelen invult. Het "
                "bureau controleert elk najaar steekproefsgewijs tien schoolgidsen op de afspraken en voert "
                "met elke school eens in de vier jaar een gesprek aan de hand van de kwaliteitskaart "
                "basisondersteuning. Zit een school onder de ondergrens, dan maakt het bestuur van die school "
                "binnen drie maanden een verbeterplan."),
          ]
    b += [("h1", "Van basis naar extra: het ondersteuningscontinuüm"),
          ("p", "Ondersteuning organiseren we in vier lagen die op elkaar aansluiten. Laag 1 is de "
                "basisondersteuning op elke school. Laag 2 is extra ondersteuning binnen de eigen school met "
                "een arrangement van het samenwerkingsverband, bijvoorbeeld inzet van een gedragsspecialist of "
                "een ambulant begeleider. Laag 3 bestaat uit de bovenschoolse voorzieningen: de "
                "observatiegroep De Uiterwaard (12 plaatsen), de taalklas voor nieuwkomers in Waaldorp en de "
                "plusklas voor hoogbegaafde leerlingen op twee locaties. Laag 4 is het speciaal "
                "basisonderwijs en het speciaal onderwijs."),
          ("p", "Een school die handelingsverlegen is, schakelt de onderwijsadviseur van het "
                "samenwerkingsverband in. Samen met ouders wordt in een multidisciplinair overleg bepaald welke "
                "laag past. Arrangementen in laag 2 worden binnen tien werkdagen toegekend. Het doel is steeds "
                "om een leerling zo lang mogelijk in de eigen groep te houden en om een stap naar een volgende "
                "laag omkeerbaar te maken."),
          ]
    b += [("h1", "Toelaatbaarheid sbo en so (inclusief terugplaatsing)"),
          ("h2", "Wie vraagt aan en wie besluit"),
          ("p", "Het bestuur van de school waar de leerling staat ingeschreven vraagt de "
                "toelaatbaarheidsverklaring (TLV) aan bij de Commissie Toelaatbaarheid van het "
                "samenwerkingsverband. De aanvraag bevat het groeidocument of ontwikkelingsperspectief, de "
                "evaluatie van de geboden ondersteuning en de zienswijze van ouders. De commissie neemt binnen "
                "zes weken na ontvangst van een volledige aanvraag een besluit namens het bestuur."),
          ("steps", ["De school bespreekt de vraag met ouders en het ondersteuningsteam.",
                     "De school dient de aanvraag digitaal in.",
                     "Twee deskundigen geven elk schriftelijk advies: een orthopedagoog of psycholoog en, "
                     "afhankelijk van de leerling, een tweede deskundige (bijvoorbeeld een "
                     "maatschappelijk werker of kinderpsychiater). Geen van beiden is bij de aanvraag betrokken "
                     "geweest.",
                     "De commissie besluit en stuurt ouders het besluit en een kopie van de adviezen.",
                     "Ouders kunnen binnen zes weken bezwaar maken; wij zijn aangesloten bij de Landelijke "
                     "Bezwaaradviescommissie Toelaatbaarheidsverklaringen."]),
          ("h2", "Wanneer is een leerling toelaatbaar"),
          ("p", "Een leerling is toelaatbaar tot het sbo als de basisschool aantoonbaar ten minste twee cycli "
                "extra ondersteuning heeft geboden, het ontwikkelingsperspectief niet in het regulier onderwijs "
                "haalbaar is en de leerling baat heeft bij kleinere groepen met meer structuur. Een leerling "
                "is toelaatbaar tot het so als daarnaast sprake is van een intensieve en langdurige "
                "ondersteuningsbehoefte op meerdere domeinen (leren, gedrag, medisch of lichamelijk) die ook "
                "het sbo niet kan bieden. Bij so bepaalt de commissie de bekostigingscategorie laag, midden of "
                "hoog op basis van de benodigde intensiteit van zorg en begeleiding. Een TLV voor sbo geldt in "
                "principe tot het einde van de basisschoolperiode, een TLV voor so twee schooljaren."),
          ("h2", "Terugplaatsing"),
          ("p", "Het samenwerkingsverband wil dat plaatsing in het speciaal (basis)onderwijs zo min mogelijk "
                "een eindstation is. Ons uitgangspunt is dat een leerling terugkeert naar een reguliere "
                "basisschool, liefst in de eigen woonplaats, zodra het ontwikkelingsperspectief dat toelaat en "
                "de ontvangende school met steun de ondersteuning kan bieden. Wie teruggaat, krijgt een "
                "terugplaatsingsarrangement van ten hoogste een schooljaar met begeleiding door de ambulante "
                "dienst van de sbo-school."),
          ("p", "Hoe het moment van terugplaatsing precies wordt bepaald, wie het initiatief neemt en welke "
                "evaluatiemomenten daarbij horen, werken we samen met de directeuren van de sbo- en so-scholen "
                "uit in een notitie die het bestuur in het voorjaar van 2027 bespreekt."),
          ]
    b += [("h1", "Thuiszitters en het dekkend netwerk"),
          ("p", "Een dekkend netwerk betekent voor ons dat er voor elk kind een passende plek is, ook als de "
                "vraag complex is. Op peildatum 1 oktober 2025 stonden er 11 leerlingen als thuiszitter "
                "geregistreerd en hadden 23 leerlingen een vrijstelling van de leerplicht op grond van artikel "
                "5 onder a. Elke melding van dreigend thuiszitten wordt binnen vijf werkdagen besproken in het "
                "Thuiszittersoverleg met leerplicht, de gemeente en de school."),
          ("p", "Twee keer per jaar maken we met de schoolbesturen en de gemeenten een analyse van witte vlekken "
                "en wachtlijsten. De analyse van 2025 leverde drie lacunes op: een gebrek aan plaatsen voor "
                "jonge kinderen met een ontwikkelingsvraag die nog niet schoolklaar zijn, te weinig "
                "onderwijs-zorgarrangementen voor leerlingen met ernstige gedragsproblemen en een wachtlijst "
                "voor de observatiegroep. Voor elk punt is een actie met eigenaar en einddatum opgenomen in "
                "het jaarplan 2026-2027; de aanpak van de wachtlijst moet uiterlijk 1 augustus 2027 zijn "
                "afgerond."),
          ("p", "De samenwerking met de gemeenten is vastgelegd in de regionale agenda die in het OOGO is "
                "besproken: school-wijkteams op alle scholen, een gezamenlijk budget voor "
                "onderwijs-zorgarrangementen en afspraken over leerlingenvervoer."),
          ]
    b += [("h1", "Communicatie"),
          ("p", "Het samenwerkingsverband communiceert helder en tijdig met scholen, ketenpartners en "
                "ouders. We gebruiken daarvoor de website, een digitale nieuwsbrief voor professionals en "
                "sociale media. Bij elk nieuw beleid maken we een samenvatting in gewone taal."),
          ("p", "Ouders vinden op de website een ouderpagina met uitleg over basisondersteuning, "
                "arrangementen, de TLV-procedure en de voorzieningen in de regio. Elke school beschrijft in de "
                "schoolgids haar ondersteuningsaanbod. Twee keer per jaar organiseren we een "
                "informatieavond voor ouders, en de brochure 'Passend onderwijs in Linge en Waal' ligt op "
                "elke school en bij de consultatiebureaus."),
          ("p", "Heeft u als ouder een vraag of loopt u vast in het contact met school, dan kunt u terecht bij "
                "het Ouder- en Jeugdsteunpunt Linge en Waal. Het steunpunt werkt onafhankelijk van de "
                "scholen en denkt mee, helpt bij gesprekken en kan bemiddelen. Komt u er niet uit, dan kunt u "
                "kosteloos een onderwijsconsulent inschakelen of een klacht indienen bij de landelijke "
                "klachtencommissie. De ondersteuningsplanraad heeft bovendien een ouderpanel dat twee keer "
                "per jaar met het bestuur in gesprek gaat."),
          ]
    b += [("h1", "Kwaliteit en resultaten"),
          ("p", "We willen dat ieder kind zich ontwikkelt binnen een ononderbroken leerlijn. Voor de "
                "planperiode hebben we de volgende beoogde resultaten geformuleerd:"),
          ("bullets", ["het aantal thuiszitters daalt van 11 naar hoogstens 5 in 2030;",
                       "ten minste 90% van de leerlingen met een arrangement bereikt de doelen uit het "
                       "ontwikkelingsperspectief;",
                       "het deelnamepercentage sbo + so blijft onder de 3,8%;",
                       "jaarlijks keren ten minste 12 leerlingen uit sbo of so terug naar het regulier "
                       "onderwijs."]),
          ("p", "Hoe we deze doelen gaan volgen, met welke instrumenten en wanneer we erover rapporteren, "
                "bepalen we nadat het nieuwe regionale dashboard in gebruik is genomen. Tot die tijd houden "
                "we deze paragraaf p.m."),
          ]
    b += filler_extra(short, "Het rivierengebied van Linge en Waal", "2022-2026", "primair onderwijs")
    b += filler_governance(short, "stichting", 9, "raad van toezicht", "7,4", "Dijkweg 12 in Waaldorp")
    b += filler_opr(short, 12, "7 april 2026", "10 maart 2026", "1 mei 2026")
    b += filler_personeel_ict(short)
    b += [("h1", "Geld en middelen"),
          ("p", "Het samenwerkingsverband ontvangt jaarlijks ongeveer € 13,9 miljoen aan "
                "ondersteuningsbekostiging. Na aftrek van de afdrachten voor het so en de groeibekostiging "
                "sbo resteert het budget dat wij zelf verdelen."),
          ("p", "Verdeling. Elk schoolbestuur ontvangt een schoolbudget van € 145 per leerling (teldatum 1 "
                "februari van het voorgaande jaar) plus een vaste voet van € 6.000 per vestiging; dit budget "
                "is bestemd voor de basisondersteuning en lichte extra ondersteuning. Daarnaast houdt het "
                "samenwerkingsverband een budget aan voor arrangementen in laag 2 en 3, dat wordt toegekend "
                "via de onderwijsadviseurs op basis van de ondersteuningsbehoefte van de leerling. Het bestuur "
                "stelt het verdeelmodel jaarlijks in december vast bij de begroting."),
          ("table", [["Meerjarenbegroting (x € 1.000)", "2026", "2027", "2028", "2029"],
                     ["Baten ondersteuningsbekostiging", "13.910", "13.780", "13.650", "13.520"],
                     ["Afdracht so en sbo-groei", "5.120", "5.150", "5.180", "5.200"],
                     ["Schoolbudgetten besturen", "2.430", "2.410", "2.390", "2.370"],
                     ["Arrangementen laag 2 en 3", "3.350", "3.300", "3.250", "3.200"],
                     ["Bovenschoolse voorzieningen", "1.640", "1.600", "1.560", "1.540"],
                     ["Thuiszitters en OZA", "420", "420", "420", "420"],
                     ["Bureau en personeel", "1.030", "1.050", "1.070", "1.090"],
                     ["Resultaat", "-80", "-150", "-220", "-300"]]),
          ("p", "De negatieve resultaten zijn bewust: de reserve boven de signaleringswaarde wordt in vier jaar "
                "afgebouwd. De schoolbesturen leggen jaarlijks in hun jaarverslag verantwoording af over de "
                "inzet van de schoolbudgetten volgens een vast format."),
          ]
    b += filler_planning([["Notitie terugplaatsing", "voorjaar 2027", "directeur-bestuurder"],
                          ["Dashboard resultaten", "2027", "beleidsmedewerker kwaliteit"],
                          ["Evaluatie verdeelmodel", "december 2027", "bestuur"],
                          ["Nieuwe brochure ouders", "2026", "communicatie"]])
    b += [("h1", "Bijlage 1 Begrippenlijst"),
          ("table", [["Begrip", "Betekenis"],
                     ["Basisondersteuning", "Het afgesproken niveau van ondersteuning dat alle scholen bieden."],
                     ["Terugplaatsing", "Overstap van sbo of so naar het regulier basisonderwijs."],
                     ["OJSP", "Ouder- en jeugdsteunpunt."],
                     ["TLV", "Toelaatbaarheidsverklaring voor sbo of so."],
                     ["Verdeelmodel", "De regels voor de verdeling van middelen over de schoolbesturen."],
                     ["Monitoring", "Het systematisch volgen van resultaten."]])]
    crit = {k: True for k in CORE}
    crit["terugstroom.procedure"] = False
    crit["resultaten.monitoring"] = False
    elements = {"basisondersteuning": "present", "plaatsing": "present", "terugstroom": "partial",
                "financien": "present", "dekkend-aanbod": "present", "resultaten": "partial",
                "ouders": "present"}
    adv = {"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
           "financien": ["reserves", "verantwoording"], "dekkend-aanbod": ["ketenpartners"],
           "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]}
    notes = {
        "basisondersteuning": "Ch. 'Basisondersteuning': agreed ondergrens for every vestiging + bullet list; borging via schoolgids sample and kwaliteitskaart.",
        "plaatsing": "Ch. 'Toelaatbaarheid sbo en so': applicant, CvT, 6 weeks, two deskundigen, sbo/so criteria, categorie, duration, LBT bezwaar.",
        "terugstroom": "Subsection 'Terugplaatsing' inside the TLV chapter gives policy (aim, conditions, arrangement after return); procedure (moment, initiator, evaluation) deferred to a 2027 notitie.",
        "financien": "Ch. 'Geld en middelen' (not titled financien): per-leerling bedrag + vaste voet, arrangement budget, meerjarenbegroting table, reserve afbouw.",
        "dekkend-aanbod": "Ch. 'Van basis naar extra' four-layer continuum; ch. 'Thuiszitters en het dekkend netwerk' gap analysis with lacunes and actions.",
        "resultaten": "Ch. 'Kwaliteit en resultaten' lists measurable doelen; how they are monitored is explicitly p.m./deferred to a dashboard.",
        "ouders": "Only inside ch. 'Communicatie': ouderpagina, schoolgids, brochure, informatieavond; OJSP, onderwijsconsulent, klachtencommissie.",
    }
    return b, crit, elements, adv, notes


# --------------------------------------------------------------------------- plan B (VO, docx)
def plan_b():
    swv = "Stichting Samenwerkingsverband VO Kempenrand (VO 30-08)"
    short = "Kempenrand VO"
    b = [("title", "Koersplan Passend Onderwijs 2026-2030"),
         ("p", "Ondersteuningsplan van " + swv),
         ("small", "Versie 1.0 - ter instemming aan de OPR voorgelegd op 24 maart 2026"),
         ("toc", ["1. Inleiding", "2. Waar we voor staan", "3. De scholen en leerlingen in Kempenrand",
                  "4. Basisondersteuning", "5. Het ondersteuningsaanbod in de regio",
                  "6. Aanwijzing lwoo, toelaatbaarheid pro en vso",
                  "7. Resultaten en kwaliteitszorg", "8. Ouders en leerlingen",
                  "9. Samenwerking met gemeenten", "10. Bestuur en organisatie",
                  "11. Medezeggenschap", "12. Mensen en middelen", "13. Financieel beleid",
                  "Bijlage A Afkortingen", "Bijlage F Meerjarenbegroting"]),
         ]
    b += [("h1", "1. Inleiding")]
    b += filler_voorwoord(short, "drs. H.J. (Hans) Kerkhofs", "2026-2030", "voortgezet onderwijs")[1:]
    b += [("h1", "2. Waar we voor staan")] + filler_visie(short, ("nabijheid", "vakmanschap", "eerlijkheid"))[1:]
    b += [("h1", "3. De scholen en leerlingen in Kempenrand"),
          ("p", "In de regio werken 6 schoolbesturen met 14 vestigingen voor vmbo, havo en vwo, 2 scholen voor "
                "praktijkonderwijs en 2 vso-scholen samen. Op 1 oktober 2025 telde de regio 11.480 leerlingen. "
                "Van hen ontvingen 1.212 leerlingen leerwegondersteuning, 402 zaten in het praktijkonderwijs en "
                "318 in het vso."),
          ("table", [["Onderwijssoort", "Vestigingen", "Leerlingen 1-10-2025"],
                     ["vmbo/havo/vwo", "14", "10.760"], ["praktijkonderwijs", "2", "402"],
                     ["vso", "2", "318"], ["OPDC De Overstap", "1", "38 plaatsen"]]),
          ]
    b += [("h1", "4. Basisondersteuning"),
          ("p", "De besturen in Kempenrand hebben met elkaar afgesproken dat elke vestiging in de regio een "
                "gelijk minimumniveau van basisondersteuning biedt. Dat niveau is de gemeenschappelijke "
                "ondergrens en geldt voor alle scholen voor voortgezet onderwijs in het samenwerkingsverband, "
                "ongeacht richting of schooltype. Wat een school daarbovenop biedt, is extra ondersteuning."),
          ("p", "Welke voorzieningen, deskundigheid en interventies dat per school concreet oplevert, leest u in "
                "het schoolondersteuningsprofiel van de betreffende school. De scholen actualiseren hun profiel "
                "elk jaar en plaatsen het op hun eigen website."),
          ("p", "In de komende planperiode werken we toe naar de landelijke norm basisondersteuning; de "
                "uitwerking daarvan bespreken we in 2027 met de OPR."),
          ]
    b += [("h1", "5. Het ondersteuningsaanbod in de regio"),
          ("p", "Het aanbod in Kempenrand loopt van licht naar zwaar. Binnen de school is er eerst de "
                "basisondersteuning en daarna extra ondersteuning met middelen uit het schoolbudget, zoals "
                "een trajectvoorziening, een time-out ruimte of een kleine klas. Boven de scholen staat het "
                "OPDC De Overstap, waar leerlingen maximaal twee keer twaalf weken kunnen verblijven om daarna "
                "terug te keren naar hun eigen school. Voor leerlingen die structureel meer nodig hebben zijn "
                "er het praktijkonderwijs, leerwegondersteuning in het vmbo en het vso. Daarnaast biedt "
                "Kempenrand een bovenschools arrangement voor hoogbegaafde leerlingen en een "
                "internationale schakelklas voor nieuwkomers."),
          ("p", "Een leerling die meer nodig heeft dan de eigen school kan bieden, wordt besproken in het "
                "ondersteuningsteam van de school, waarin ook de trajectbegeleider van het "
                "samenwerkingsverband zit. Die bepaalt met school en ouders welke voorziening uit dit aanbod past."),
          ("p", "Thuiszitters blijven onze aandacht houden, net als in de vorige planperiode."),
          ]
    b += [("h1", "6. Aanwijzing lwoo, toelaatbaarheid pro en vso"),
          ("h2", "6.1 Leerwegondersteuning en praktijkonderwijs"),
          ("p", "Kempenrand hanteert voor lwoo en pro de landelijke criteria (leerachterstand, IQ-range en "
                "sociaal-emotionele problematiek, vastgelegd in het Uitvoeringsbesluit WVO). De vo-school "
                "waar de leerling is aangemeld, dient vóór 1 april de aanvraag in bij de Commissie "
                "Toewijzing. De commissie beslist binnen vier weken. Een aanwijzing lwoo geldt voor de "
                "duur van de opleiding; een TLV pro eveneens."),
          ("h2", "6.2 Toelaatbaarheid vso"),
          ("p", "Het bevoegd gezag van de school waar de leerling staat ingeschreven vraagt de TLV vso aan bij "
                "de Commissie Toewijzing. Bij de aanvraag horen het ontwikkelingsperspectiefplan, de "
                "handelingsgerichte evaluatie van de afgelopen periode en de zienswijze van ouders en "
                "leerling. Een orthopedagoog-generalist en een tweede deskundige (jeugdarts of "
                "maatschappelijk werker) brengen ieder afzonderlijk schriftelijk advies uit. De commissie "
                "besluit binnen zes weken."),
          ("p", "Criteria: een leerling is toelaatbaar tot het vso als (a) de reguliere school ten minste een "
                "half jaar extra ondersteuning heeft geboden volgens het OPP, (b) deze ondersteuning "
                "onvoldoende effect had en (c) de leerling voor het behalen van het uitstroomprofiel een "
                "combinatie van onderwijs en zorg nodig heeft die in het regulier onderwijs, ook met een "
                "OPDC-traject, niet kan worden geboden. De commissie kent de TLV toe in categorie laag, midden "
                "of hoog en voor een periode van één tot drie schooljaren, eindigend op 31 juli."),
          ("p", "Ouders en leerling kunnen binnen zes weken bezwaar maken bij het bestuur; het bestuur vraagt "
                "advies aan de Landelijke Bezwaaradviescommissie."),
          ("h2", "6.3 Als de TLV afloopt"),
          ("p", "Kempenrand wil dat een verblijf in het vso waar mogelijk tijdelijk is. Terugplaatsing naar "
                "een reguliere vo-school gebeurt wanneer de leerling het uitstroomprofiel regulier kan volgen "
                "en de ontvangende school met een overgangsarrangement de ondersteuning kan waarmaken. Elke "
                "teruggeplaatste leerling krijgt een jaar lang een vaste coach vanuit de vso-school en een "
                "budget van € 4.500 voor de ontvangende school."),
          ("p", "De stappen: uiterlijk 1 februari van het laatste jaar van de TLV evalueert de vso-school het "
                "OPP met ouders en leerling. Is terugkeer haalbaar, dan meldt de vso-school de leerling vóór "
                "1 maart aan bij de trajectbegeleider, die een ontvangende school zoekt en een warme overdracht "
                "regelt. Is verlenging nodig, dan vraagt de vso-school vóór 1 april een nieuwe TLV aan. De "
                "Commissie Toewijzing besluit. In 2024-2025 keerden 14 leerlingen terug."),
          ]
    b += [("h1", "7. Resultaten en kwaliteitszorg"),
          ("p", "Beoogde resultaten voor leerlingen met een ondersteuningsbehoefte in de planperiode:"),
          ("table", [["Indicator", "Nulmeting 2025", "Doel 2030"],
                     ["Thuiszitters langer dan 4 weken", "17", "< 8"],
                     ["Leerlingen OPDC die binnen 6 maanden terug zijn op school", "71%", "85%"],
                     ["Leerlingen met OPP die diploma of startkwalificatie halen", "64%", "70%"],
                     ["Terugplaatsingen vso naar regulier per jaar", "14", "20"]]),
          ("p", "Monitoring: de scholen leveren twee keer per jaar (1 november en 1 mei) hun gegevens aan in "
                "de Kempenrand-monitor. Het bureau rapporteert de bereikte resultaten elk kwartaal aan het "
                "bestuur en jaarlijks in het jaarverslag. Eens per twee jaar houden we een audit per school, "
                "en in 2028 volgt een tussenevaluatie van dit plan met de OPR."),
          ]
    b += [("h1", "8. Ouders en leerlingen"),
          ("p", "Ouders en leerlingen zijn partners. Iedere school legt in de schoolgids uit welke "
                "ondersteuning zij biedt en hoe ouders betrokken worden bij het OPP. Het samenwerkingsverband "
                "informeert ouders via de website, een jaarlijkse ouderavond over de overstap van po naar vo "
                "en een folder die alle groep 8-leerlingen in de regio meekrijgen. Leerlingen hebben hoorrecht "
                "bij het opstellen van hun OPP."),
          ("p", "We willen de positie van ouders de komende jaren verder versterken, ook in lijn met de "
                "nieuwe wetgeving over de positie van ouders en leerlingen. Daar komen we in het jaarplan op "
                "terug."),
          ]
    b += [("h1", "9. Samenwerking met gemeenten"),
          ("p", "Met de vier gemeenten in de regio voeren we jaarlijks het OOGO. De afspraken gaan over "
                "jeugdhulp op school, de aansluiting vo-mbo, leerlingenvervoer en huisvesting van het OPDC. "
                "Een gezamenlijke werkgroep onderwijs-jeugdhulp komt zes keer per jaar bijeen."),
          ]
    b += [("h1", "Aansluiting po-vo en vo-mbo"),
          ("p", "De overstap van groep 8 naar de brugklas en van het vmbo naar het mbo zijn kwetsbare momenten. "
                "Met de twee po-samenwerkingsverbanden in de regio hebben we een overstapkalender: in januari "
                "de informatiemarkt, in maart de aanmelding, in mei en juni de warme overdracht van leerlingen "
                "met een ondersteuningsbehoefte. Met het mbo hebben we afspraken over de overdracht van het "
                "ondersteuningsdossier en een gezamenlijke intake voor jongeren uit pro en vso."),
          ]
    b += filler_extra(short, "De Kempenrand", "2022-2026", "voortgezet onderwijs")
    b += filler_extra2(short, "voortgezet onderwijs")
    b += filler_governance(short, "stichting", 6, "raad van toezicht", "5,8", "Markt 3 in Kempenhout")[0:1] + \
        [("p", "Kempenrand is een stichting met een directeur-bestuurder en een raad van toezicht van vijf "
               "leden. De schoolbesturen vormen samen de Raad van Deelnemers die de begroting en het "
               "ondersteuningsplan goedkeurt voordat de directeur-bestuurder ze vaststelt.")]
    b += filler_opr(short, 10, "14 april 2026", "3 maart 2026", "1 mei 2026")
    b += [("h1", "12. Mensen en middelen")] + filler_personeel_ict(short)[1:]
    b += [("h1", "13. Financieel beleid"),
          ("p", "Kempenrand verdeelt de middelen volgens het schoolmodel: elk bestuur ontvangt het budget "
                "lichte ondersteuning op basis van het aantal leerlingen per 1 oktober, aangevuld met een "
                "bedrag van € 210 per leerling uit het budget zware ondersteuning. Voor het OPDC, de "
                "hoogbegaafdenvoorziening en terugplaatsingsarrangementen houdt het samenwerkingsverband zelf "
                "een budget aan, dat op aanvraag wordt toegewezen door de Commissie Toewijzing. De "
                "verdeelsleutel wordt jaarlijks in de Raad van Deelnemers vastgesteld."),
          ("p", "De meerjarenbegroting 2026-2030 wordt als bijlage F bij dit plan gevoegd zodra de Raad van "
                "Deelnemers haar in december heeft goedgekeurd. Besturen verantwoorden de besteding in een "
                "jaarlijkse verantwoordingsrapportage."),
          ]
    b += filler_planning([["Landelijke norm basisondersteuning", "2027", "directeur-bestuurder"],
                          ["Herijking OPDC", "2026-2027", "werkgroep"],
                          ["Meerjarenbegroting", "december 2026", "Raad van Deelnemers"]])
    b += [("h1", "Bijlage A Afkortingen"),
          ("table", [["Afkorting", "Betekenis"], ["OJSP", "Ouder- en jeugdsteunpunt"],
                     ["OPDC", "Orthopedagogisch-didactisch centrum"], ["LBT", "Landelijke Bezwaaradviescommissie"],
                     ["MJB", "Meerjarenbegroting"], ["SOP", "Schoolondersteuningsprofiel"],
                     ["Thuiszitter", "Leerplichtige jongere die zonder geldige reden niet naar school gaat"]])]
    crit = {k: True for k in CORE}
    crit["basisondersteuning.inhoud"] = False
    crit["financien.besteding"] = False
    crit["dekkend-aanbod.lacunes"] = False
    crit["ouders.steunpunt"] = False
    elements = {"basisondersteuning": "partial", "plaatsing": "present", "terugstroom": "present",
                "financien": "partial", "dekkend-aanbod": "partial", "resultaten": "present",
                "ouders": "partial"}
    adv = {"plaatsing": ["deskundigen", "duur-categorie", "bezwaar"], "terugstroom": ["monitoring"],
           "financien": ["verantwoording"], "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"],
           "ouders": ["betrokkenheid"]}
    notes = {
        "basisondersteuning": "Ch. 4 states the shared minimum for every vestiging, but the content is only referred to each school's SOP; nothing concrete listed.",
        "plaatsing": "Ch. 6: lwoo/pro via Commissie Toewijzing with national criteria; vso procedure, two deskundigen, criteria a-c, categorie, duur, LBT.",
        "terugstroom": "Hidden in §6.3 'Als de TLV afloopt' inside the TLV chapter: policy (conditions, coach, budget) and dated steps with decider.",
        "financien": "Ch. 13 gives verdeling (schoolmodel, € 210 per leerling, own budgets); meerjarenbegroting is deferred to absent bijlage F.",
        "dekkend-aanbod": "Ch. 5 describes the continuum (school, OPDC, pro/lwoo, vso, HB, ISK); lacunes/thuiszitters only a passing one-liner.",
        "resultaten": "Ch. 7: indicator table with nulmeting and doelen 2030; monitor twice a year, quarterly reporting, audits.",
        "ouders": "Ch. 8: website, ouderavond, folder, schoolgids (informatie); no independent steunpunt/klachten in body (OJSP only in afkortingenlijst; the TLV bezwaar in §6.2 is plaatsing, not a steunpunt).",
    }
    return b, crit, elements, adv, notes


# --------------------------------------------------------------------------- plan C (PO, pdf)
def plan_c():
    swv = "Coöperatie Passend Onderwijs Hollandse Delta PO (PO 28-04)"
    short = "PO Hollandse Delta"
    b = [("title", "Ondersteuningsplan PO Hollandse Delta 2026 - 2030"),
         ("p", "Elk kind een plek, elke school een partner"),
         ("p", swv),
         ("toc", ["Voorwoord", "Missie, visie en ambities", "Deel 1 Wat elke school biedt",
                  "Deel 2 Het dekkend aanbod en thuiszitters", "Deel 3 Toewijzing en toelaatbaarheid",
                  "Deel 4 Opbrengsten", "Deel 5 Ondersteuningsmiddelen in cijfers",
                  "Deel 6 Ouders", "Organisatie en governance", "Medezeggenschap",
                  "Personeel, professionalisering en ICT", "Planning", "Woordenlijst"]),
         ]
    b += filler_voorwoord(short, "Ingrid Baltus", "2026-2030", "primair onderwijs")
    b += filler_visie(short, ("nabij", "deskundig", "verbonden"))
    b += [("h1", "Deel 1 Wat elke school biedt"),
          ("p", "In Hollandse Delta spreken we van 'het basisarrangement': het niveau van ondersteuning dat de "
                "schoolbesturen samen hebben afgesproken en dat op iedere vestiging van iedere aangesloten "
                "school aanwezig moet zijn, van de kleinste dorpsschool tot de grootste stadsschool. Het "
                "basisarrangement is geen streven maar een eis."),
          ("table", [["Domein", "Wat ouders op elke school aantreffen"],
                     ["Structuur", "Intern begeleider, ondersteuningsteam met jeugdverpleegkundige, "
                                   "leerlingvolgsysteem, groepsbesprekingen 3x per jaar"],
                     ["Leren", "Dyslexie- en dyscalculieprotocol, remediërende hulp in groep en kleine kring, "
                               "aanbod NT2 voor leerlingen met taalachterstand"],
                     ["Gedrag", "Schoolbreed programma sociale veiligheid, pestprotocol, gedragsplan"],
                     ["Meer- en hoogbegaafd", "Compacten en verrijken, signalering met vast instrument"],
                     ["Medisch", "Protocol medisch handelen, afspraken met ouders over medicatie"],
                     ["Samenwerking", "Vaste contactpersoon van het sociaal wijkteam"]]),
          ("p", "De kwaliteitsmedewerker van het samenwerkingsverband bezoekt elke school eens in de drie jaar "
                "en toetst het basisarrangement aan de hand van deze tabel."),
          ]
    b += [("h1", "Deel 2 Het dekkend aanbod en thuiszitters"),
          ("p", "Boven op het basisarrangement staan de extra arrangementen die de school samen met het "
                "Expertiseteam van het samenwerkingsverband inzet, de bovenschoolse groepen (twee "
                "taalklassen, de Kangoeroegroep voor hoogbegaafden, de Onderzoeksgroep voor jonge kinderen), "
                "de vier sbo-scholen en de so-scholen voor cluster 3 en 4. Samen vormen zij één keten: een "
                "leerling gaat pas naar een zwaardere voorziening als de lichtere niet volstaat."),
          ("p", "Elk jaar in september leggen het samenwerkingsverband en de besturen de Kaart Dekkend Aanbod "
                "naast de vraag: wachtlijsten, aanvragen die niet konden worden gehonoreerd en leerlingen "
                "zonder passende plek. In 2025 bleek er geen passend aanbod voor leerlingen met een "
                "ontwikkelingsvraag in combinatie met een lichamelijke beperking in het noordelijke deel van "
                "de regio. Met de so-school De Kreek is afgesproken dat er per 1 augustus 2026 een "
                "nevenlocatie in Noordhaven opent. Met de gemeenten is in het OOGO afgesproken dat jeugdhulp in "
                "onderwijstijd op de so-locaties en in de bovenschoolse groepen wordt ingezet, betaald uit een "
                "gezamenlijk budget."),
          ("p", "Dreigt een leerling thuis te komen zitten, dan neemt de school binnen drie dagen contact op "
                "met de thuiszittersregisseur, die samen met leerplicht en de ouders een plan maakt. Op 1 "
                "oktober 2025 waren er 9 thuiszitters, van wie 6 binnen drie maanden weer onderwijs volgden."),
          ]
    b += [("h1", "Deel 3 Toewijzing en toelaatbaarheid"),
          ("p", "Kan een leerling beter naar het sbo of so, dan vraagt het schoolbestuur een "
                "toelaatbaarheidsverklaring aan bij het Loket Toewijzing. Stap 1 is een multidisciplinair "
                "overleg met ouders, school en de consulent van het samenwerkingsverband. Stap 2 is de "
                "aanvraag via het digitale portaal, met groeidocument en zienswijze van de ouders. Stap 3 is "
                "het advies van twee onafhankelijke deskundigen: een orthopedagoog of GZ-psycholoog en een "
                "tweede deskundige die past bij de vraag van het kind. Stap 4: de directeur van het "
                "samenwerkingsverband beslist binnen zes weken namens het bestuur en stuurt het besluit naar "
                "school en ouders."),
          ("p", "Het Loket Toewijzing beoordeelt elke aanvraag aan de hand van de beoordelingscriteria die op "
                "onze website onder 'Toewijzing' zijn gepubliceerd. Die criteria worden jaarlijks door het "
                "bestuur herzien."),
          ("p", "Een TLV sbo wordt afgegeven tot het einde van de basisschoolloopbaan, een TLV so voor twee "
                "schooljaren, in categorie laag, midden of hoog. Bent u het niet eens met het besluit, dan "
                "kunt u binnen zes weken bezwaar maken. Het bestuur vraagt dan advies aan de Landelijke "
                "Bezwaaradviescommissie."),
          ("p", "Ook tussentijds kan een leerling van de ene sbo-school naar de andere. Daarvoor is geen "
                "nieuwe TLV nodig; de scholen regelen de overdracht onderling."),
          ]
    b += [("h1", "Deel 4 Opbrengsten"),
          ("p", "Wat willen we bereiken? Voor leerlingen die extra ondersteuning krijgen, hebben de "
                "besturen vijf doelen voor 2030 vastgesteld: (1) 95% van de leerlingen met een extra "
                "arrangement maakt een ontwikkeling door die past bij het OPP; (2) geen enkele leerling zit "
                "langer dan drie maanden thuis; (3) de verwijzing naar sbo en so stijgt niet boven 3,5%; (4) "
                "de wachttijd voor bovenschoolse groepen is nooit langer dan zes weken; (5) ouders geven de "
                "samenwerking rond hun kind gemiddeld ten minste een 7,5."),
          ("p", "Hoe volgen we dat? Scholen evalueren elk arrangement na afloop met een vast "
                "evaluatieformulier dat in het portaal wordt geregistreerd. Het bureau bundelt deze gegevens "
                "per halfjaar in de Opbrengstenrapportage die het bestuur en de OPR ontvangen. In het "
                "jaarverslag staan de bereikte resultaten naast de doelen; in 2024-2025 bereikte 91% van de "
                "arrangementen de gestelde doelen en daalde de gemiddelde wachttijd van 9 naar 7 weken."),
          ]
    b += [("h1", "Deel 5 Ondersteuningsmiddelen in cijfers"),
          ("p", "De tabellen hieronder geven weer hoe de ondersteuningsmiddelen worden verdeeld en "
                "besteed."),
          ("table", [["Verdeelregel", "Grondslag", "Bedrag", "Besluit door"],
                     ["Schoolbudget basis", "per leerling op 1 februari t-1", "€ 118", "bestuur, bij begroting"],
                     ["Vaste voet", "per vestiging", "€ 9.500", "bestuur, bij begroting"],
                     ["Extra arrangement", "per toegekend arrangement, na aanvraag", "€ 2.500 - € 12.000",
                      "Expertiseteam"],
                     ["Bovenschoolse groep", "per plaats", "€ 14.800", "bestuur"],
                     ["Kleine scholen toeslag", "vestiging < 100 leerlingen", "€ 4.000", "bestuur"]]),
          ("table", [["Begroting (x € 1.000)", "2026", "2027", "2028", "2029", "2030"],
                     ["Inkomsten rijksbijdrage", "16.420", "16.300", "16.180", "16.050", "15.940"],
                     ["Afdracht so (DUO)", "5.880", "5.910", "5.940", "5.960", "5.980"],
                     ["Groeibekostiging sbo", "610", "620", "630", "640", "650"],
                     ["Schoolbudgetten", "3.720", "3.690", "3.660", "3.630", "3.600"],
                     ["Extra arrangementen", "3.450", "3.400", "3.350", "3.300", "3.250"],
                     ["Bovenschoolse groepen", "1.480", "1.480", "1.480", "1.480", "1.480"],
                     ["Thuiszittersregie", "260", "260", "260", "260", "260"],
                     ["Organisatie", "1.140", "1.160", "1.180", "1.200", "1.220"],
                     ["Saldo", "-120", "-220", "-320", "-420", "-480"]]),
          ("table", [["Reserves", "31-12-2025", "doel 31-12-2030"],
                     ["Algemene reserve", "€ 2,9 mln", "€ 1,3 mln"],
                     ["Signaleringswaarde", "€ 1,4 mln", "-"]]),
          ]
    b += [("h1", "Deel 6 Ouders"),
          ("p", "Ouders zijn de eerste deskundigen als het om hun kind gaat. Soms lopen gesprekken met school "
                "vast of weten ouders niet goed welke kant ze op moeten. Ouders kunnen dan terecht bij "
                "Ouderpunt Delta, het onafhankelijke ouder- en jeugdsteunpunt in onze regio. Een "
                "ouderadviseur luistert, denkt mee en kan bij een gesprek op school aanschuiven. Bij een "
                "verschil van mening kunnen ouders ook gratis een onderwijsconsulent inschakelen, of een "
                "klacht of geschil voorleggen aan de Geschillencommissie passend onderwijs."),
          ("p", "Hoe we ouders in de komende jaren beter op de hoogte houden van het ondersteuningsaanbod, "
                "leggen we vast in een communicatieplan dat in schooljaar 2026-2027 verschijnt."),
          ]
    b += filler_extra(short, "De Hollandse Delta", "2022-2026", "primair onderwijs")
    b += filler_extra2(short, "primair onderwijs")
    b += filler_governance(short, "coöperatie", 12, "raad van toezicht", "9,1", "Havenkade 40 in Deltastad")
    b += filler_opr(short, 16, "31 maart 2026", "17 februari 2026", "1 mei 2026")
    b += filler_personeel_ict(short)
    b += filler_planning([["Communicatieplan ouders", "2026-2027", "bureau"],
                          ["Nevenlocatie De Kreek", "1 augustus 2026", "bestuur De Kreek"],
                          ["Herziening beoordelingscriteria", "jaarlijks", "bestuur"]])
    b += [("h1", "Woordenlijst"),
          ("table", [["Woord", "Uitleg"],
                     ["Terugplaatsing", "Een leerling gaat van het sbo of so terug naar een gewone basisschool, "
                                        "met begeleiding."],
                     ["Doorstroom", "Overgang van de basisschool naar het voortgezet onderwijs."],
                     ["Schoolgids", "Jaarlijks document van de school met informatie voor ouders."],
                     ["Criteria", "De voorwaarden waaraan een aanvraag moet voldoen."],
                     ["Terugblik", "Evaluatie van de vorige planperiode."]])]
    crit = {k: True for k in CORE}
    crit["plaatsing.criteria"] = False
    crit["terugstroom.procedure"] = False
    crit["terugstroom.beleid"] = False
    crit["ouders.informatie"] = False
    elements = {"basisondersteuning": "present", "plaatsing": "partial", "terugstroom": "missing",
                "financien": "present", "dekkend-aanbod": "present", "resultaten": "present",
                "ouders": "partial"}
    adv = {"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
           "financien": ["reserves"], "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"]}
    notes = {
        "basisondersteuning": "Deel 1 'Wat elke school biedt' calls it 'basisarrangement' (minimum for every vestiging); content in a table; school visits every 3 years.",
        "plaatsing": "Deel 3: loket, steps 1-4, deskundigen, 6 weeks, duration/categorie, bezwaar; criteria only referred to the website.",
        "terugstroom": "No body text on return from sbo/so; 'terugplaatsing' only in the woordenlijst; sbo-to-sbo transfer and 'doorstroom' are near-misses.",
        "financien": "Deel 5 'Ondersteuningsmiddelen in cijfers': verdeling and meerjarenbegroting exist only as tables (per-leerling, vaste voet, arrangement amounts).",
        "dekkend-aanbod": "Deel 2: continuum chain basis-extra-bovenschools-sbo-so; Kaart Dekkend Aanbod gap analysis with concrete action; thuiszitters route.",
        "resultaten": "Deel 4 'Opbrengsten': five doelen for 2030 and monitoring via evaluatieformulier, halfjaarlijkse rapportage, jaarverslag figures.",
        "ouders": "Deel 6: Ouderpunt Delta (OJSP), onderwijsconsulent, geschillencommissie; informing parents is deferred to a 2026-2027 communicatieplan.",
    }
    return b, crit, elements, adv, notes


# --------------------------------------------------------------------------- plan D (VO, pdf)
def plan_d():
    swv = "Vereniging Samenwerkingsverband Voortgezet Onderwijs Vechtstreek-Oost (VO 23-05)"
    short = "SWV Vechtstreek-Oost"
    b = [("title", "ONDERSTEUNINGSPLAN 2026-2030"),
         ("p", swv),
         ("p", "'Iedereen doet mee'"),
         ("toc", ["§1 Inleiding en leeswijzer", "§2 Visie en ambities", "§3 Basisondersteuning",
                  "§4 Het ondersteuningsnetwerk: van school tot vso", "§5 Thuiszitters en verzuim",
                  "§6 Toelaatbaarheid: pro, lwoo en vso", "§7 Einde TLV en terugplaatsing",
                  "§8 Kwaliteit en resultaten", "§9 Gemeenten en jeugdhulp", "§10 Bestuur en medezeggenschap",
                  "§11 Personeel en ICT", "§12 Financiën", "§13 Planning",
                  "Bijlage 1 Begrippen en afkortingen"]),
         ("h1", "§1 Inleiding en leeswijzer"),
         ("p", "Dit ondersteuningsplan beschrijft hoe de elf vo-scholen, de twee scholen voor "
               "praktijkonderwijs en de vso-school in de Vechtstreek-Oost samen zorgen voor passend onderwijs. "
               "Het plan geldt van 1 augustus 2026 tot 31 juli 2030. Waar dit plan spreekt over 'scholen' "
               "bedoelen we alle vestigingen, inclusief pro en vso."),
         ]
    b += filler_voorwoord(short, "A. (Anouk) Schreuder", "2026-2030", "voortgezet onderwijs")[1:]
    b += filler_opr_woord("Petra Lamers")
    b += [("h1", "§2 Visie en ambities")] + filler_visie(short, ("gelijkwaardig", "wendbaar", "lerend"))[1:]
    b += [("h1", "§3 Basisondersteuning"),
          ("p", "De herijking van de basisondersteuning loopt nog. De werkgroep van ondersteuningscoördinatoren "
                "heeft in 2025 een eerste verkenning gedaan; de uitkomst volgt in een addendum bij dit plan, "
                "nadat de landelijke norm basisondersteuning duidelijk is. Tot die tijd verwijzen wij naar wat "
                "de scholen zelf daarover publiceren."),
          ]
    b += [("h1", "§4 Het ondersteuningsnetwerk: van school tot vso"),
          ("p", "Het netwerk van voorzieningen in de Vechtstreek-Oost kent vijf treden. Trede 1 is het "
                "gewone onderwijs in de klas. Trede 2 is de extra ondersteuning op de school "
                "zelf: het ondersteuningsteam, de trajectklas of het ondersteuningsplein dat elke school "
                "heeft ingericht. Trede 3 is het bovenschoolse Rebound De Brug (24 plaatsen) voor leerlingen "
                "die tijdelijk niet in de eigen school kunnen functioneren, en het Onderwijs-Zorgcentrum waar "
                "onderwijs en jeugdhulp in één gebouw samenwerken. Trede 4 is het praktijkonderwijs en "
                "leerwegondersteuning in het vmbo. Trede 5 is het voortgezet speciaal onderwijs. Leerlingen "
                "stromen tussen de treden op en af via de trajectbegeleiders van het samenwerkingsverband, "
                "die in elk ondersteuningsteam aanschuiven."),
          ("p", "Voor hoogbegaafde leerlingen is er een regionaal plusprogramma op drie scholen, voor "
                "nieuwkomers de ISK in Vechthoven."),
          ]
    b += [("h1", "§5 Thuiszitters en verzuim"),
          ("p", "Geen kind hoort thuis te zitten. Iedere maand bespreken de trajectbegeleiders met de "
                "leerplichtambtenaren de lijst van thuiszitters en van jongeren met langdurig verzuim. Voor elke "
                "thuiszitter is binnen twee weken een plan met een regisseur. Waar voorzieningen ontbreken, "
                "meldt de trajectbegeleider dat aan het bureau; het bureau houdt een register van 'niet "
                "passende situaties' bij, dat twee keer per jaar met de besturen en de gemeenten wordt "
                "besproken en tot concrete afspraken leidt. Zo leidde de analyse van 2025 tot tien extra "
                "plaatsen in het Onderwijs-Zorgcentrum voor jongeren met angstklachten."),
          ]
    b += [("h1", "§6 Toelaatbaarheid: pro, lwoo en vso"),
          ("p", "Voor praktijkonderwijs en leerwegondersteuning gelden in de Vechtstreek-Oost de landelijke "
                "criteria. Een leerling is toelaatbaar tot het pro bij een IQ tussen 55 en 80 en een "
                "leerachterstand van drie jaar of meer op ten minste twee van de vier domeinen (begrijpend "
                "lezen, technisch lezen, spellen, inzichtelijk rekenen). Een leerling komt in aanmerking voor "
                "lwoo bij een IQ tussen 75 en 90 met een achterstand van 1,5 tot 3 jaar op ten minste twee "
                "domeinen, of bij een IQ tussen 91 en 120 met een achterstand op twee domeinen waarvan "
                "één lezen of rekenen, in combinatie met sociaal-emotionele problematiek."),
          ("p", "Een leerling is toelaatbaar tot het vso wanneer de ondersteuningsbehoefte zo intensief is dat "
                "de school, ook met inzet van trede 2 en 3, het OPP aantoonbaar niet kan realiseren, en de "
                "leerling aangewezen is op een combinatie van een kleine groep, specialistische begeleiding en "
                "zorg gedurende de hele schooldag. De commissie kent een TLV toe in categorie laag, midden of "
                "hoog, afhankelijk van de benodigde zorgintensiteit."),
          ("p", "De aanvraagprocedure wordt per 1 januari 2027 volledig gedigitaliseerd. De nieuwe stappen, "
                "termijnen en het aanvraagformulier maken we dan bekend via het scholenportaal."),
          ]
    b += [("h1", "§7 Einde TLV en terugplaatsing"),
          ("p", "In het laatste schooljaar waarvoor de TLV geldt, doorloopt de vso-school de volgende stappen:"),
          ("steps", ["Uiterlijk in de herfstvakantie evalueert de vso-school het OPP met ouders en leerling.",
                     "Vóór 1 december bespreekt de commissie van begeleiding of terugplaatsing, verlenging of "
                     "uitstroom aan de orde is en legt dat vast.",
                     "Vóór 15 januari meldt de vso-school de leerling aan bij de trajectbegeleider van het "
                     "samenwerkingsverband als terugplaatsing aan de orde is; de trajectbegeleider zoekt samen "
                     "met ouders een vo-school.",
                     "De directeur van het samenwerkingsverband neemt het besluit over een eventuele nieuwe TLV "
                     "vóór 1 april; zonder nieuw besluit eindigt de TLV op 31 juli."]),
          ("p", "Ons beleid rond terugplaatsing, waaronder de voorwaarden en de begeleiding na de overstap, "
                "formuleren we in de komende planperiode."),
          ]
    b += [("h1", "§8 Kwaliteit en resultaten"),
          ("p", "Kwaliteitszorg is bij ons een gezamenlijke verantwoordelijkheid van de besturen. Het "
                "samenwerkingsverband werkt met een jaarcyclus van plannen, uitvoeren, evalueren en "
                "bijstellen. Een nieuwe set indicatoren en een werkwijze om de resultaten van het passend "
                "onderwijs te volgen, ontwikkelen we in 2026-2027 samen met de besturen; de eerste "
                "rapportage verschijnt daarna."),
          ("p", "De resultaten van de tevredenheidspeiling onder medewerkers van het bureau (gemiddeld een 8,1) "
                "nemen we mee in het personeelsbeleid."),
          ]
    b += [("h1", "§9 Gemeenten en jeugdhulp"),
          ("p", "Met de drie gemeenten hebben we in het OOGO afspraken gemaakt over de inzet van "
                "jeugdhulpverleners op school, over het Onderwijs-Zorgcentrum dat gezamenlijk wordt "
                "gefinancierd en over de aanpak van thuiszitten. Het Thuiszitterspact is in 2024 vernieuwd."),
          ]
    b += [("h1", "Aansluiting vo-mbo en arbeidsmarkt"),
          ("p", "Voor veel jongeren in het pro en vso is de stap naar vervolgonderwijs of werk de spannendste. "
                "Met de twee mbo-instellingen in de regio hebben we afgesproken dat elke leerling met een OPP "
                "een warme overdracht krijgt, waarbij de mentor, de jongere en de ouders samen met de "
                "intakecoördinator van het mbo het ondersteuningsprofiel van de jongere doorspreken. Voor "
                "jongeren die direct gaan werken, werken pro en vso samen met het werkbedrijf van de gemeenten "
                "en met leerwerkbedrijven in de regio. Het Regionaal Meld- en Coördinatiepunt volgt jongeren "
                "tot 23 jaar die zonder startkwalificatie de school verlaten."),
          ("h1", "Onderwijs aan nieuwkomers"),
          ("p", "De ISK in Vechthoven biedt plaats aan ongeveer 140 nieuwkomers. Jongeren volgen daar gemiddeld "
                "anderhalf tot twee jaar een intensief taalprogramma en stromen daarna door naar vo, pro, mbo "
                "of werk. De ISK werkt nauw samen met de opvanglocaties in de regio en met het "
                "gezondheidscentrum voor asielzoekers."),
          ]
    b += filler_extra(short, "De Vechtstreek-Oost", "2022-2026", "voortgezet onderwijs")
    b += filler_extra2(short, "voortgezet onderwijs")
    b += [("h1", "§10 Bestuur en medezeggenschap"),
          ("p", "Het samenwerkingsverband is een vereniging van vijf schoolbesturen. De algemene "
                "ledenvergadering houdt toezicht; het bestuur is opgedragen aan een directeur-bestuurder. "
                "Het bestuursreglement regelt de bevoegdheden. De statuten bevatten een geschillenregeling."),
          ("p", "De ondersteuningsplanraad heeft op 9 april 2026 ingestemd met dit plan. Het OOGO over het "
                "concept is op 5 maart 2026 afgerond. Het plan is vóór 1 mei 2026 naar de Inspectie gestuurd."),
          ]
    b += [("h1", "§11 Personeel en ICT")] + filler_personeel_ict(short)[1:]
    b += [("h1", "§12 Financiën"),
          ("p", "Over een nieuw verdeelmodel besluit de algemene ledenvergadering in de loop van 2026. Tot "
                "dan geldt het bestaande model. Hieronder de meerjarenbegroting."),
          ("table", [["Meerjarenbegroting (€)", "2026", "2027", "2028", "2029"],
                     ["Baten lichte ondersteuning", "3.420.000", "3.390.000", "3.360.000", "3.330.000"],
                     ["Baten zware ondersteuning", "6.980.000", "6.940.000", "6.900.000", "6.860.000"],
                     ["Afdracht vso", "3.710.000", "3.730.000", "3.750.000", "3.770.000"],
                     ["Budget scholen (lichte ondersteuning + trede 2)", "4.050.000", "4.010.000", "3.970.000", "3.930.000"],
                     ["Rebound De Brug", "780.000", "780.000", "780.000", "780.000"],
                     ["Onderwijs-Zorgcentrum (aandeel SWV)", "520.000", "540.000", "560.000", "560.000"],
                     ["Trajectbegeleiding en thuiszittersaanpak", "610.000", "620.000", "630.000", "640.000"],
                     ["Bureau", "890.000", "900.000", "910.000", "920.000"],
                     ["Saldo", "-160.000", "-250.000", "-340.000", "-410.000"]]),
          ("p", "Het weerstandsvermogen bedraagt eind 2025 € 2,2 miljoen. Het negatieve saldo is een "
                "bewuste keuze om de reserves richting de signaleringswaarde te brengen."),
          ]
    b += filler_planning([["Addendum basisondersteuning", "na landelijke norm", "werkgroep OC's"],
                          ["Digitale aanvraagprocedure", "1 januari 2027", "bureau"],
                          ["Indicatoren resultaten", "2026-2027", "besturen"],
                          ["Nieuw verdeelmodel", "2026", "ALV"]])
    b += [("h1", "Bijlage 1 Begrippen en afkortingen"),
          ("table", [["Begrip", "Uitleg"],
                     ["Basisondersteuning", "Het door het samenwerkingsverband afgesproken niveau van "
                                            "ondersteuning dat alle scholen bieden, zoals mentoraat, "
                                            "dyslexiebegeleiding en een ondersteuningscoördinator."],
                     ["OJSP", "Ouder- en jeugdsteunpunt waar ouders onafhankelijk advies krijgen."],
                     ["Resultaten", "Beoogde en bereikte resultaten van passend onderwijs."],
                     ["Verdeelmodel", "Regels voor het verdelen van de middelen over de besturen."],
                     ["TLV", "Toelaatbaarheidsverklaring."]])]
    crit = {k: False for k in CORE}
    for k in ["plaatsing.criteria", "terugstroom.procedure", "financien.besteding",
              "dekkend-aanbod.continuum", "dekkend-aanbod.lacunes"]:
        crit[k] = True
    elements = {"basisondersteuning": "missing", "plaatsing": "partial", "terugstroom": "partial",
                "financien": "partial", "dekkend-aanbod": "present", "resultaten": "missing",
                "ouders": "missing"}
    adv = {"plaatsing": ["duur-categorie"], "terugstroom": [], "financien": ["reserves"],
           "dekkend-aanbod": ["ketenpartners"]}
    adv = {k: v for k, v in adv.items() if v}
    notes = {
        "basisondersteuning": "§3 only defers ('herijking loopt nog', addendum follows); the definition appears only in Bijlage 1 (glossary) and TOC.",
        "plaatsing": "§6 gives pro/lwoo IQ/achterstand criteria and vso criteria + categorie; the procedure is deferred to a 2027 digital procedure.",
        "terugstroom": "§7 numbered steps with dates and decider (procedure); the beleid (conditions, support after return) is explicitly deferred.",
        "financien": "§12 has a meerjarenbegroting table with amounts and reserves; verdeelmodel 'besluit in de loop van 2026', existing model not described.",
        "dekkend-aanbod": "§4 five-trede continuum incl. rebound, OZC, pro/lwoo, vso; §5 thuiszitters, register of niet-passende situaties, action taken.",
        "resultaten": "§8 only process talk and a deferral of indicators to 2026-2027; the only figure is staff satisfaction (not pupil results).",
        "ouders": "No body text on informing parents or an independent steunpunt; OJSP only in the glossary; parents appear only in passing (OPP evaluation).",
    }
    return b, crit, elements, adv, notes


# --------------------------------------------------------------------------- plan E (PO, html)
def plan_e():
    swv = "Samenwerkingsverband Passend Onderwijs De Waddenkust PO (PO 20-02)"
    short = "De Waddenkust"
    b = [("title", "Ondersteuningsplan 2026-2030 - webversie"),
         ("p", swv + ". Dit is de digitale versie van ons ondersteuningsplan op hoofdlijnen. "
               "Per hoofdstuk kunt u verder lezen."),
         ("toc", ["1 Inleiding", "2 Onze koers", "3 Basisondersteuning: wat mag u van elke school verwachten",
                  "4 Toelaatbaarheid (TLV) sbo en so", "5 Terug naar de basisschool",
                  "6 Dekkend aanbod", "7 Ouders", "8 Kwaliteit", "9 Financiën",
                  "10 Organisatie", "11 Personeel en ICT", "12 Planning", "Begrippenlijst"]),
         ("h1", "1 Inleiding"),
         ("p", "De Waddenkust is het samenwerkingsverband van 8 schoolbesturen met 58 basisscholen, 2 "
               "sbo-scholen en 3 so-locaties in het noordelijk kustgebied. Dit plan is een plan op "
               "hoofdlijnen: het beschrijft de kaders. Uitwerkingen staan in handboeken en in het jaarplan."),
         ]
    b += filler_voorwoord(short, "Sjoerd Hoekstra", "2026-2030", "primair onderwijs")[1:]
    b += filler_opr_woord("Tjitske de Vries")
    b += [("h1", "2 Onze koers")] + filler_visie(short, ("dichtbij", "samen", "eerlijk"))[1:]
    b += [("h1", "3 Basisondersteuning: wat mag u van elke school verwachten"),
          ("p", "Alle scholen in De Waddenkust bieden hetzelfde vastgestelde minimum aan ondersteuning. Dat "
                "noemen we de basisondersteuning. Het is door de besturen gezamenlijk vastgesteld en geldt "
                "voor iedere vestiging, ook voor de kleinste eilandschool."),
          ("p", "Op iedere school vindt u: een intern begeleider met tijd voor ondersteuning (minimaal één "
                "dag per week per 150 leerlingen); vaste groeps- en leerlingbesprekingen; het Protocol "
                "Leesproblemen en Dyslexie; een aanbod Nederlands als tweede taal; een methode voor "
                "sociaal-emotioneel leren met een volginstrument; een anti-pestcoördinator; aanbod voor "
                "leerlingen die meer uitdaging nodig hebben; een protocol medisch handelen; en korte lijnen "
                "met het gebiedsteam via een vaste jeugdverpleegkundige. Kleine scholen mogen de intern "
                "begeleider delen met een andere school, maar de uren per leerling blijven gelijk."),
          ("p", "Elke school laat in de schoolgids zien hoe zij deze onderdelen invult."),
          ]
    b += [("h1", "4 Toelaatbaarheid (TLV) sbo en so"),
          ("p", "Sommige kinderen hebben meer nodig dan een basisschool kan bieden, ook met extra hulp. Zij "
                "kunnen naar het speciaal basisonderwijs of het speciaal onderwijs. Daarvoor is een "
                "toelaatbaarheidsverklaring nodig."),
          ("p", "Hoe de aanvraag verloopt en welke eisen daarbij gelden, staat uitgebreid in het Handboek "
                "Toewijzing De Waddenkust. Het handboek is een apart document dat het bestuur los van dit plan "
                "vaststelt."),
          ]
    b += [("h1", "5 Terug naar de basisschool"),
          ("p", "De Waddenkust kiest ervoor dat een plaatsing op het sbo of so geen eindstation is. In een "
                "regio met grote afstanden weegt dat zwaar: een kind dat terug kan naar een basisschool in het "
                "eigen dorp, hoeft niet meer elke dag een uur in de taxi. Terugplaatsing is het doel zodra een "
                "kind zich volgens het OPP zo ontwikkelt dat een reguliere groep met steun haalbaar is, en "
                "zodra een basisschool in de buurt met hulp het kind kan opvangen. Een kind dat teruggaat, "
                "krijgt een overstaparrangement: een jaar lang begeleiding door een ambulant begeleider van de "
                "sbo- of so-school en, als dat nodig is, extra uren voor de ontvangende school."),
          ("p", "Zo gaat het in de praktijk:"),
          ("steps", ["Elk jaar, in de OPP-bespreking van januari, bekijkt de sbo- of so-school met ouders of "
                     "terugplaatsing mogelijk is.",
                     "Is dat zo, dan nodigt de school vóór 1 maart de consulent van het samenwerkingsverband en "
                     "een mogelijke ontvangende school uit voor een overstapgesprek.",
                     "De consulent stelt het overstaparrangement op; de directeur van het samenwerkingsverband "
                     "besluit binnen vier weken.",
                     "Het kind start na de zomer of, bij een proefplaatsing, eerst twee dagen per week op de "
                     "nieuwe school.",
                     "Na drie en na zes maanden evalueren ouders, beide scholen en de consulent de overstap."]),
          ("p", "In het schooljaar 2024-2025 gingen 9 kinderen terug naar een basisschool; 8 van hen zaten "
                "na een jaar nog op die school."),
          ]
    b += [("h1", "6 Dekkend aanbod"),
          ("p", "Het dekkend aanbod brengen we in kaart in de Monitor Dekkend Aanbod, die naar verwachting "
                "in 2027 verschijnt. Op basis daarvan maken we keuzes."),
          ]
    b += [("h1", "7 Ouders"),
          ("p", "Wat ouders van het samenwerkingsverband kunnen verwachten? In de eerste plaats duidelijke "
                "informatie. De website heeft een oudergedeelte met filmpjes over basisondersteuning, "
                "extra hulp en het speciaal onderwijs, in het Nederlands en het Fries. Elke school legt in de "
                "schoolgids uit welke ondersteuning zij biedt. Bij de aanmelding op een basisschool krijgen "
                "ouders de folder 'Passend onderwijs aan de Waddenkust'. En eens per jaar is er in elk van de "
                "drie deelgebieden een ouderavond."),
          ("p", "Heeft u vragen of lukt het niet om er samen met school uit te komen? Het Steunpunt Ouders "
                "Noord helpt onafhankelijk van school en samenwerkingsverband: telefonisch, per mail of bij u "
                "thuis. Ook kunt u gratis advies vragen aan een onderwijsconsulent. Klachten kunt u indienen "
                "bij de Landelijke Klachtencommissie Onderwijs."),
          ]
    b += [("h1", "8 Kwaliteit"),
          ("p", "Wij willen weten of wat we doen ook werkt. Daarom volgen we jaarlijks een vaste set "
                "gegevens: het aantal en soort arrangementen, het deelnamepercentage sbo en so, het aantal "
                "terugplaatsingen, verzuim en thuiszitten, en de tevredenheid van ouders en scholen. Het "
                "bureau verzamelt deze gegevens via het registratiesysteem en een jaarlijkse enquête in "
                "maart. De uitkomsten bespreken we in mei met de directeuren, in juni met het bestuur en de "
                "OPR, en ze staan in het jaarverslag."),
          ("p", "Welke doelen we daarbij willen halen, is nog onderwerp van gesprek met de besturen."),
          ]
    b += [("h1", "9 Financiën"),
          ("p", "Het financieel beleid van De Waddenkust is vastgelegd in het Financieel Kader 2026-2030, dat "
                "los van dit plan wordt vastgesteld. Middelen gaan zoveel mogelijk naar de scholen."),
          ]
    b += [("h1", "Kleine scholen en de eilanden"),
          ("p", "Bijna de helft van onze scholen heeft minder dan honderd leerlingen; vier scholen liggen op de "
                "eilanden. Dat heeft gevolgen voor de manier waarop we samenwerken. Bijeenkomsten van netwerken "
                "organiseren we zowel fysiek als online, zodat collega's van de eilanden niet een hele dag "
                "kwijt zijn aan reizen. Intern begeleiders van kleine scholen werken in clusters van drie of "
                "vier scholen, zodat zij collega's hebben om mee te sparren."),
          ("p", "Het bureau komt minstens twee keer per jaar naar elke eilandschool. Daarnaast hebben we "
                "met de veerdiensten afspraken gemaakt over reiskosten van medewerkers en over het vervoer "
                "van materialen. De schoolbesturen van de eilandscholen overleggen vier keer per jaar met de "
                "directeur-bestuurder over vraagstukken die specifiek voor de eilanden spelen, zoals de "
                "werving van personeel en de huisvesting van leerkrachten."),
          ("h1", "Meertaligheid en de Friese taal"),
          ("p", "In een deel van onze regio is het Fries voor veel kinderen de thuistaal. Wij zien "
                "meertaligheid als een kracht. Materialen van het samenwerkingsverband verschijnen waar dat "
                "zinvol is in het Nederlands en het Fries, en medewerkers voeren gesprekken desgewenst in "
                "het Fries. De scholen in het Friese taalgebied werken met een taalplan Fries volgens de "
                "kerndoelen."),
          ]
    b += filler_extra(short, "De Waddenkust", "2022-2026", "primair onderwijs")
    b += filler_extra2(short, "primair onderwijs")
    b += filler_governance(short, "stichting", 8, "raad van toezicht", "6,2", "Dijkstraat 7 in Harlinghuizen")
    b += [("p", "De ondersteuningsplanraad heeft op 2 april 2026 ingestemd met dit plan; het plan is vóór 1 mei "
                "2026 naar de Inspectie gestuurd. Het overleg met de gemeenten vond plaats op 12 maart 2026.")]
    b += filler_personeel_ict(short)
    b += filler_planning([["Monitor Dekkend Aanbod", "2027", "bureau"],
                          ["Financieel Kader", "2026", "bestuur"],
                          ["Handboek Toewijzing actualiseren", "2026", "loket"]])
    b += [("h1", "Begrippenlijst"),
          ("table", [["Begrip", "Uitleg"],
                     ["TLV", "Toelaatbaarheidsverklaring. Het samenwerkingsverband beslist na advies van "
                             "twee deskundigen; ouders kunnen bezwaar maken."],
                     ["Dekkend aanbod", "Voor elk kind is er een passende plek in de regio."],
                     ["Thuiszitter", "Een leerplichtig kind dat niet naar school gaat."],
                     ["Verdeelmodel", "Hoe het geld over de scholen wordt verdeeld."],
                     ["Meerjarenbegroting", "Begroting voor meerdere jaren."]])]
    crit = {k: True for k in CORE}
    for k in ["plaatsing.procedure", "plaatsing.criteria", "financien.verdeling", "financien.besteding",
              "dekkend-aanbod.continuum", "dekkend-aanbod.lacunes", "resultaten.doelen"]:
        crit[k] = False
    elements = {"basisondersteuning": "present", "plaatsing": "missing", "terugstroom": "present",
                "financien": "missing", "dekkend-aanbod": "missing", "resultaten": "partial",
                "ouders": "present"}
    adv = {"terugstroom": ["monitoring"], "resultaten": []}
    adv = {k: v for k, v in adv.items() if v}
    notes = {
        "basisondersteuning": "Ch. 3: shared minimum for every vestiging and a concrete list (IB hours, protocols, NT2, SEL, medisch).",
        "plaatsing": "Ch. 4 only says a TLV is needed and refers to the separate Handboek Toewijzing; deskundigen/bezwaar appear only in the begrippenlijst.",
        "terugstroom": "Ch. 5 'Terug naar de basisschool': policy (aim, conditions, overstaparrangement) and 5 numbered steps with decider and evaluations; figures.",
        "financien": "Ch. 9 refers to the separate Financieel Kader; 'middelen gaan zoveel mogelijk naar de scholen' is a passing remark.",
        "dekkend-aanbod": "Ch. 6 only defers to a Monitor Dekkend Aanbod expected in 2027; OOGO mentioned only as a procedural date; thuiszitter only in glossary.",
        "resultaten": "Ch. 8 'Kwaliteit': yearly data set, enquête, reporting cycle (monitoring); doelen explicitly not yet set.",
        "ouders": "Ch. 7: website/filmpjes, schoolgids, folder, ouderavond; Steunpunt Ouders Noord, onderwijsconsulent, klachtencommissie.",
    }
    return b, crit, elements, adv, notes


# --------------------------------------------------------------------------- near-miss (school-level plan)
def near_miss():
    b = [("title", "Ondersteuningsplan 2025-2026"),
         ("p", "Openbare basisschool De Klimop, Waaldorp - onderdeel van Stichting Openbaar Onderwijs Linge"),
         ("p", "Aangesloten bij Samenwerkingsverband Passend Primair Onderwijs Linge en Waal (PO 25-11)"),
         ("toc", ["1 Inleiding", "2 Onze school en leerlingen", "3 Basisondersteuning op De Klimop",
                  "4 De zorgniveaus 1 t/m 5", "5 Groeps- en leerlingbesprekingen", "6 Extra ondersteuning en "
                  "arrangementen", "7 Verwijzing naar sbo of so", "8 Ouders", "9 Opbrengsten",
                  "10 Middelen", "11 Jaarplanning ondersteuning"]),
         ("h1", "1 Inleiding"),
         ("p", "Dit ondersteuningsplan beschrijft hoe wij op De Klimop de ondersteuning aan onze leerlingen "
               "organiseren. Het is een werkdocument voor het team en wordt elk schooljaar door de intern "
               "begeleider en de directeur bijgesteld. Het plan hoort bij ons schoolondersteuningsprofiel en "
               "bij het schoolplan 2023-2027. De medezeggenschapsraad heeft het plan op 2 oktober 2025 "
               "besproken."),
         ("p", "Onze school maakt deel uit van het samenwerkingsverband Linge en Waal. Het ondersteuningsplan "
               "van het samenwerkingsverband bepaalt de kaders; dit plan beschrijft hoe wij die op onze school "
               "invullen."),
         ("h1", "2 Onze school en leerlingen"),
         ("p", "De Klimop telt op 1 oktober 2025 238 leerlingen in tien groepen. Ongeveer 18% van de "
               "leerlingen heeft een meertalige achtergrond. Het team bestaat uit 19 medewerkers, onder wie een "
               "intern begeleider (0,8 fte), een onderwijsassistent en een specialist hoogbegaafdheid."),
         ("h1", "3 Basisondersteuning op De Klimop"),
         ("p", "Wij bieden de basisondersteuning zoals afgesproken in het samenwerkingsverband. Concreet: "
               "dyslexieprotocol, rekenprotocol, Kanjertraining in alle groepen, een plusgroep voor groep 5 tot "
               "en met 8 en een protocol medisch handelen."),
         ("h1", "4 De zorgniveaus 1 t/m 5"),
         ("p", "Zorgniveau 1: de leerkracht biedt goed onderwijs in de groep. Zorgniveau 2: extra zorg in de "
               "groep, op basis van de groepsbespreking. Zorgniveau 3: speciale zorg na consultatie van de "
               "intern begeleider. Zorgniveau 4: zorg met inschakeling van externe deskundigen. Zorgniveau 5: "
               "verwijzing naar sbo of so."),
         ("h1", "5 Groeps- en leerlingbesprekingen"),
         ("p", "Drie keer per jaar (oktober, februari, juni) houdt de intern begeleider met elke leerkracht "
               "een groepsbespreking. Leerlingen die opvallen bespreken we in de leerlingbespreking en zo nodig "
               "in het ondersteuningsteam, waarin ook de jeugdverpleegkundige en de onderwijsadviseur van het "
               "samenwerkingsverband zitten."),
         ("h1", "6 Extra ondersteuning en arrangementen"),
         ("p", "Heeft een leerling meer nodig, dan vragen wij een arrangement aan bij het samenwerkingsverband. "
               "Dat gaat via de onderwijsadviseur. Voor leerlingen met een arrangement stellen wij een OPP op, "
               "dat wij twee keer per jaar met ouders evalueren."),
         ("h1", "7 Verwijzing naar sbo of so"),
         ("p", "Als wij een leerling niet meer kunnen bieden wat nodig is, vraagt ons bestuur een "
               "toelaatbaarheidsverklaring aan bij het samenwerkingsverband. Wij bereiden de aanvraag voor met "
               "ouders. In 2024-2025 zijn twee leerlingen naar het sbo gegaan."),
         ("h1", "8 Ouders"),
         ("p", "Ouders zijn welkom bij elk gesprek over hun kind. Informatie over onze ondersteuning staat in de "
               "schoolgids. Voor onafhankelijk advies kunnen ouders terecht bij het Ouder- en Jeugdsteunpunt "
               "van het samenwerkingsverband."),
         ("h1", "9 Opbrengsten"),
         ("p", "Onze eindtoetsresultaten lagen in 2025 boven de signaleringswaarde. Van de leerlingen met een "
               "OPP haalde 80% de gestelde tussendoelen."),
         ("h1", "10 Middelen"),
         ("p", "De school ontvangt van het bestuur een deel van het schoolbudget van het samenwerkingsverband. "
               "Wij besteden dit aan de uren van de onderwijsassistent (0,6 fte) en aan de plusgroep."),
         ("h1", "11 Jaarplanning ondersteuning"),
         ("table", [["Maand", "Activiteit"], ["september", "startgesprekken met ouders"],
                    ["oktober", "groepsbesprekingen 1"], ["november", "OPP-evaluaties"],
                    ["januari", "toetsen en analyse midden"], ["februari", "groepsbesprekingen 2"],
                    ["april", "adviesgesprekken groep 8"], ["juni", "groepsbesprekingen 3 en overdracht"]]),
         ]
    return b


def words(blocks):
    n = 0
    for kind, val in blocks:
        if isinstance(val, str):
            n += len(val.split())
        elif isinstance(val, list):
            for it in val:
                n += len(" ".join(it).split()) if isinstance(it, list) else len(str(it).split())
    return n


def main():
    built = {}
    a = plan_a()
    write_docx(a[0], OUT / "po-linge-en-waal-2026.docx", header="Ondersteuningsplan 2026-2030 | SWV Linge en Waal",
               footer="Ondersteuningsplan SWV Linge en Waal - basisondersteuning, toelaatbaarheid, terugplaatsing, ouders")
    built["po-linge-en-waal-2026"] = (a, ["po-linge-en-waal-2026.docx"], "po")
    bb = plan_b()
    write_docx(bb[0], OUT / "vo-kempenrand-koersplan.docx", header="Koersplan Passend Onderwijs Kempenrand VO",
               footer="VO 30-08 | Koersplan 2026-2030")
    built["vo-kempenrand-koersplan"] = (bb, ["vo-kempenrand-koersplan.docx"], "vo")
    c = plan_c()
    docx_to_pdf(c[0], OUT / "po-hollandse-delta-op.pdf", header="PO Hollandse Delta - Ondersteuningsplan 2026-2030",
                footer="Financiën - Terugplaatsing - Ouders - Resultaten")
    built["po-hollandse-delta-op"] = (c, ["po-hollandse-delta-op.pdf"], "po")
    d = plan_d()
    docx_to_pdf(d[0], OUT / "vo-vechtstreek-oost-op.pdf", header="SWV Vechtstreek-Oost | Ondersteuningsplan 2026-2030",
                footer="Basisondersteuning | Ouders | Resultaten | Financiën")
    built["vo-vechtstreek-oost-op"] = (d, ["vo-vechtstreek-oost-op.pdf"], "vo")
    e = plan_e()
    write_html(e[0], OUT / "po-waddenkust-webversie.html", "Ondersteuningsplan De Waddenkust 2026-2030",
               ["Home", "Ouders", "Basisondersteuning", "TLV aanvragen", "Financiën", "Resultaten", "Contact"])
    built["po-waddenkust-webversie"] = (e, ["po-waddenkust-webversie.html"], "po")

    for name, ((blocks, crit, elements, adv, notes), docs, sector) in built.items():
        # sanity: labels consistent with the Part A rule
        for el, st in elements.items():
            vals = [crit[k] for k in CORE if k.startswith(el + ".")]
            if all(vals):
                assert st == "present", (name, el)
            elif any(vals) or adv.get(el):
                assert st == "partial", (name, el)
            else:
                assert st == "missing", (name, el)
        write_label(name, docs, sector, True, elements, crit, adv, notes)

    nm = near_miss()
    write_docx(nm, OUT / "po-klimop-schoolondersteuningsplan.docx", header="OBS De Klimop - Ondersteuningsplan 2025-2026")
    write_label("po-klimop-schoolondersteuningsplan", ["po-klimop-schoolondersteuningsplan.docx"], "po", False,
                {}, {}, None,
                {"document": "School-level 'ondersteuningsplan' of one basisschool (zorgniveaus 1-5, groepsbesprekingen, "
                             "MR, schoolplan); it only refers to the SWV's plan. Not an SWV plan: no OPR/OOGO, no "
                             "verdeling over besturen, no planperiode of a verband."})
    for name, ((blocks, *_), _, _) in built.items():
        print(name, words(blocks), "words")


if __name__ == "__main__":
    main()
