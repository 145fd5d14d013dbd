#!/usr/bin/env python3
"""Generate the holdout233 test set: five fictional ondersteuningsplannen and one near-miss document.

All organisations, names, numbers and addresses are fictional. Deterministic, no network.
Output goes to the folder above this script (Path(__file__).resolve().parent.parent).
"""
import datetime
import html
import shutil
import subprocess
import tempfile
from pathlib import Path

import docx
from docx.enum.text import WD_BREAK
from docx.shared import Pt

OUT = Path(__file__).resolve().parent.parent

# --------------------------------------------------------------------------------------------
# Renderers. A document is a list of blocks:
#   ("title", [lines]), ("toc", [entries]), ("h1", text), ("h2", text), ("p", text),
#   ("ul", [items]), ("ol", [items]), ("table", [header], [[row], ...]), ("pb",)
# --------------------------------------------------------------------------------------------


def write_docx(blocks, path, header_text, footer_text):
    d = docx.Document()
    cp = d.core_properties
    cp.author = "Bureau samenwerkingsverband"
    cp.title = header_text
    cp.created = datetime.datetime(2025, 3, 1, 9, 0, 0)
    cp.modified = datetime.datetime(2025, 3, 1, 9, 0, 0)
    cp.last_modified_by = "Bureau samenwerkingsverband"
    cp.revision = 1
    sec = d.sections[0]
    sec.header.paragraphs[0].text = header_text
    sec.footer.paragraphs[0].text = footer_text
    d.styles["Normal"].font.name = "Calibri"
    d.styles["Normal"].font.size = Pt(10.5)
    for b in blocks:
        kind = b[0]
        if kind == "title":
            for i, line in enumerate(b[1]):
                p = d.add_paragraph()
                r = p.add_run(line)
                r.bold = i == 0
                r.font.size = Pt(24 if i == 0 else 13)
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif kind == "toc":
            d.add_paragraph("Inhoudsopgave", style="Heading 1")
            for e in b[1]:
                d.add_paragraph(e)
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif kind == "h1":
            d.add_paragraph(b[1], style="Heading 1")
        elif kind == "h2":
            d.add_paragraph(b[1], style="Heading 2")
        elif kind == "p":
            d.add_paragraph(b[1])
        elif kind == "ul":
            for it in b[1]:
                d.add_paragraph(it, style="List Bullet")
        elif kind == "ol":
            for it in b[1]:
                d.add_paragraph(it, style="List Number")
        elif kind == "table":
            hdr, rows = b[1], b[2]
            t = d.add_table(rows=1, cols=len(hdr))
            t.style = "Table Grid"
            for i, h in enumerate(hdr):
                t.rows[0].cells[i].text = h
            for row in rows:
                cells = t.add_row().cells
                for i, v in enumerate(row):
                    cells[i].text = v
            d.add_paragraph("")
        elif kind == "pb":
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    d.save(str(path))
    _fix_zip_times(path)


def _fix_zip_times(path):
    """Rewrite the .docx with fixed zip timestamps so that reruns give byte-identical files."""
    import zipfile
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2025, 3, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


def write_md(blocks, path):
    out = []
    for b in blocks:
        kind = b[0]
        if kind == "title":
            out.append("# " + b[1][0])
            out.extend(b[1][1:])
            out.append("")
        elif kind == "toc":
            out.append("## Inhoud")
            out.extend("- " + e for e in b[1])
            out.append("")
        elif kind == "h1":
            out += ["## " + b[1], ""]
        elif kind == "h2":
            out += ["### " + b[1], ""]
        elif kind == "p":
            out += [b[1], ""]
        elif kind == "ul":
            out += ["- " + it for it in b[1]] + [""]
        elif kind == "ol":
            out += ["%d. %s" % (i + 1, it) for i, it in enumerate(b[1])] + [""]
        elif kind == "table":
            hdr, rows = b[1], b[2]
            out.append("| " + " | ".join(hdr) + " |")
            out.append("|" + "---|" * len(hdr))
            out += ["| " + " | ".join(r) + " |" for r in rows]
            out.append("")
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


def write_html(blocks, path, title):
    e = html.escape
    out = ["<!DOCTYPE html>", '<html lang="nl">', "<head>", '<meta charset="utf-8">',
           "<title>%s</title>" % e(title), "</head>", "<body>"]
    for b in blocks:
        kind = b[0]
        if kind == "title":
            out.append("<header><h1>%s</h1>" % e(b[1][0]))
            out += ["<p>%s</p>" % e(x) for x in b[1][1:]]
            out.append("</header>")
        elif kind == "toc":
            out.append('<nav><h2>Inhoud</h2><ul>%s</ul></nav>' % "".join("<li>%s</li>" % e(x) for x in b[1]))
        elif kind == "h1":
            out.append("<h2>%s</h2>" % e(b[1]))
        elif kind == "h2":
            out.append("<h3>%s</h3>" % e(b[1]))
        elif kind == "p":
            out.append("<p>%s</p>" % e(b[1]))
        elif kind in ("ul", "ol"):
            out.append("<%s>%s</%s>" % (kind, "".join("<li>%s</li>" % e(x) for x in b[1]), kind))
        elif kind == "table":
            out.append("<table border=\"1\"><tr>%s</tr>" % "".join("<th>%s</th>" % e(h) for h in b[1]))
            for r in b[2]:
                out.append("<tr>%s</tr>" % "".join("<td>%s</td>" % e(v) for v in r))
            out.append("</table>")
    out += ["<footer><p>Stedelijk Lyceum De Linde &middot; vestiging Noord &middot; schooljaar 2025-2026</p></footer>",
            "</body>", "</html>"]
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


def docx_to_pdf(docx_path, pdf_path):
    tmp = Path(tempfile.mkdtemp(prefix="holdout233_pdf_"))
    try:
        src = tmp / (pdf_path.stem + ".docx")
        shutil.copy(docx_path, src)
        subprocess.run(["soffice", "--headless", "-env:UserInstallation=file://%s/profile" % tmp,
                        "--convert-to", "pdf", "--outdir", str(tmp), str(src)],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
        shutil.copy(tmp / (pdf_path.stem + ".pdf"), pdf_path)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def words(blocks):
    n = 0
    for b in blocks:
        if b[0] in ("p", "h1", "h2"):
            n += len(b[1].split())
        elif b[0] in ("ul", "ol", "toc", "title"):
            n += sum(len(x.split()) for x in b[1])
        elif b[0] == "table":
            n += sum(len(v.split()) for r in [b[1]] + b[2] for v in r)
    return n


def toc_from(blocks):
    return [b[1] for b in blocks if b[0] == "h1"]


def leeswijzer(blocks):
    heads = [b[1] for b in blocks if b[0] == "h1" and b[1][0].isdigit()]
    return ("p", "Leeswijzer. Dit plan bestaat uit de volgende hoofdstukken: " + "; ".join(heads) +
            ". De hoofdstukken kunnen afzonderlijk worden gelezen; waar nodig verwijzen we naar elkaar. "
            "Achter in het plan vindt u een begrippenlijst en een lijst met afkortingen.")


# --------------------------------------------------------------------------------------------
# Neutral filler (must not address any core or advisory criterion of any element)
# --------------------------------------------------------------------------------------------

def voorwoord(c):
    return [
        ("h1", "Voorwoord"),
        ("p", "Voor u ligt het ondersteuningsplan %s van %s. Het plan beschrijft de koers die de aangesloten "
              "schoolbesturen de komende vier schooljaren samen willen varen. Het is geschreven in een periode "
              "waarin veel in beweging is: het lerarentekort raakt ook onze scholen, de regio %s en de "
              "landelijke politiek praat opnieuw over de inrichting van passend onderwijs en over een "
              "landelijke norm. Dat vraagt om een plan dat richting geeft en tegelijk ruimte laat om bij te sturen."
         % (c["periode"], c["swv"], c["krimp"])),
        ("p", "Wij danken iedereen die aan dit plan heeft bijgedragen: schoolleiders, docenten, "
              "ondersteuningsspecialisten, leden van de ondersteuningsplanraad, medewerkers van de gemeenten en "
              "de collega's van het bureau. In de werksessies van het afgelopen jaar hebben we veel gehoord over "
              "wat goed gaat en wat beter kan. Die opbrengst is in dit plan verwerkt. Het plan is nadrukkelijk "
              "geen eindpunt: de jaarplannen die we elk jaar opstellen, maken het concreet en houden het actueel."),
        ("p", "Tot slot een woord over de vorm. We hebben geprobeerd een leesbaar plan te maken, met zo weinig "
              "mogelijk jargon. Waar we toch vaktermen gebruiken, vindt u de betekenis in de begrippenlijst. "
              "Wij wensen u veel leesplezier. Namens het bestuur, %s, directeur-bestuurder." % c["dirbest"]),
    ]


def regio(c):
    return [
        ("p", "Het werkgebied van %s omvat de gemeenten %s. In het gebied wonen ruim %s inwoners. De regio kent "
              "een stedelijk centrum en een groot landelijk gebied met kernen die soms ver van de dichtstbijzijnde "
              "school liggen. Aan het samenwerkingsverband nemen %s schoolbesturen deel met samen %s vestigingen en "
              "ongeveer %s leerlingen (teldatum 1 oktober 2024)."
         % (c["swv"], c["gemeenten"], c["inwoners"], c["n_besturen"], c["n_vest"], c["n_lln"])),
        ("p", "De prognoses laten voor de komende planperiode een %s zien. Dat heeft gevolgen voor de "
              "spreiding van het onderwijsaanbod en voor de omvang van de scholen. Besturen bespreken de "
              "gevolgen in het regionaal overleg over het onderwijsaanbod; het samenwerkingsverband neemt daar "
              "als toehoorder aan deel. Ook de arbeidsmarkt verandert: in de regio zijn veel vacatures in de zorg, "
              "de techniek en de logistiek, terwijl de scholen zelf moeite hebben vacatures te vullen." % c["prognose"]),
    ]


def visie(c):
    return [
        ("p", "Onze visie is kort samen te vatten: ieder kind telt, en ieder kind hoort erbij. Wij geloven dat "
              "leerlingen het beste leren in een omgeving die hen kent, dicht bij huis, samen met leeftijdgenoten. "
              "Scholen, ouders en partners dragen daarvoor een gezamenlijke verantwoordelijkheid. Het "
              "samenwerkingsverband is daarbij geen loket op afstand, maar een partner die meedenkt, verbindt en "
              "waar nodig knopen doorhakt."),
        ("p", "Uit deze visie volgen vier kernwaarden. Vertrouwen: we gaan ervan uit dat professionals in de "
              "scholen weten wat ze doen en geven hen ruimte. Eigenaarschap: wie een probleem signaleert, houdt het "
              "vast tot het is opgelost. Eenvoud: regels en formulieren zijn er om leerlingen te helpen, niet om "
              "de organisatie te beschermen. Verbinding: we werken over de grenzen van scholen, besturen en "
              "sectoren heen. Deze kernwaarden komen terug in alle hoofdstukken van dit plan."),
        ("p", "Onze missie luidt: samen zorgen wij ervoor dat jongeren zich in het onderwijs kunnen ontwikkelen tot "
              "zelfstandige en betrokken burgers. Dat klinkt groot, en dat is het ook. Het vraagt om scholen die "
              "hun basis op orde hebben, om ondersteuning die op tijd komt en om middelen die terechtkomen waar ze "
              "het meeste verschil maken. Wij willen resultaten boeken die er voor leerlingen toe doen."),
    ]


def governance(c, opr_parents=True):
    out = [
        ("p", "%s is een stichting. De stichting kent een scheiding tussen bestuur en toezicht: het bestuur wordt "
              "gevormd door de directeur-bestuurder, het intern toezicht ligt bij de raad van toezicht, waarin "
              "bestuurders van de aangesloten schoolbesturen en twee onafhankelijke leden zitting hebben. De "
              "statuten, het bestuursreglement en het toezichtkader zijn in 2023 geactualiseerd. De raad van "
              "toezicht vergadert zes keer per jaar en heeft een auditcommissie en een remuneratiecommissie."
         % c["swv"]),
        ("p", "De directeur-bestuurder legt verantwoording af aan de raad van toezicht. Het overleg met de "
              "schoolbesturen vindt plaats in het bestuurlijk overleg, dat vier keer per jaar bijeenkomt. "
              "Daarnaast is er een directeurenoverleg waarin de schoolleiders van de vestigingen elkaar ontmoeten. "
              "Het samenwerkingsverband heeft een eigen medezeggenschapsraad voor het personeel van het bureau."),
    ]
    if opr_parents:
        out.append(("p", "De ondersteuningsplanraad (OPR) bestaat uit %s leden: de helft personeel en de helft "
                         "ouders en leerlingen, afgevaardigd door de medezeggenschapsraden van de scholen. De OPR "
                         "heeft instemmingsrecht op dit plan en op wijzigingen ervan. De OPR vergadert zes keer "
                         "per jaar; de directeur-bestuurder is bij een deel van de vergadering aanwezig."
                    % c["opr_leden"]))
    else:
        out.append(("p", "De ondersteuningsplanraad (OPR) heeft instemmingsrecht op dit plan en op wijzigingen "
                         "ervan. Het reglement van de OPR is in 2024 vernieuwd. De OPR vergadert zes keer per jaar "
                         "en heeft een eigen budget voor scholing en ambtelijke ondersteuning."))
    return out


def oogo_procedural(c):
    return [
        ("p", "Het ontwerp van dit plan is op %s besproken in het op overeenstemming gericht overleg (OOGO) met "
              "de colleges van burgemeester en wethouders van de gemeenten in ons werkgebied. Namens de gemeenten "
              "voerde de wethouder onderwijs van %s het woord. Het OOGO is afgerond met een gezamenlijk verslag. "
              "Voor geschillen over het OOGO geldt de regeling die samenwerkingsverband en gemeenten in 2022 "
              "hebben afgesproken: eerst bestuurlijk overleg, daarna mediation, daarna de geschillencommissie."
         % (c["oogo_datum"], c["oogo_gemeente"])),
        ("p", "Daarnaast heeft overleg plaatsgevonden met het samenwerkingsverband in de andere sector waarvan "
              "het werkgebied overlapt met het onze. Dat overleg ging vooral over de planning van beide "
              "ondersteuningsplannen en over de gezamenlijke bijeenkomsten met de gemeenten."),
    ]


def personeel(c):
    return [
        ("p", "Het bureau van het samenwerkingsverband telt ongeveer %s fte. Het team bestaat uit de "
              "directeur-bestuurder, een beleidsmedewerker, een controller, een secretariaat en een team van "
              "consulenten en orthopedagogen. Een deel van de medewerkers is gedetacheerd vanuit de aangesloten "
              "besturen; dat houdt de lijnen met de scholen kort. Voor het personeel van het bureau geldt de cao "
              "%s." % (c["fte"], c["cao"])),
        ("p", "Passend onderwijs vraagt veel van leraren. In de gesprekken voor dit plan hoorden we dat "
              "docenten zich soms alleen voelen staan in klassen met grote verschillen. De werkdruk is hoog en het "
              "lerarentekort maakt het er niet makkelijker op. Het samenwerkingsverband organiseert daarom "
              "jaarlijks een studiedag, ondersteunt netwerken van specialisten en stelt een scholingsbudget "
              "beschikbaar voor schooloverstijgende leergemeenschappen. De besturen blijven verantwoordelijk voor "
              "het personeelsbeleid op de scholen; het samenwerkingsverband maakt geen afspraken over formatie op "
              "de scholen."),
    ]


def ict(c):
    return [
        ("p", "Het samenwerkingsverband verwerkt persoonsgegevens van leerlingen, ook bijzondere persoonsgegevens "
              "over gezondheid, voor zover dat nodig is voor zijn wettelijke taken. We houden ons aan de AVG. "
              "Dossiers worden digitaal uitgewisseld via een beveiligde omgeving; e-mail gebruiken we daarvoor "
              "niet. Gegevens bewaren we niet langer dan nodig en uiterlijk drie jaar na het laatste besluit. Het "
              "samenwerkingsverband heeft een functionaris gegevensbescherming, die wordt gedeeld met twee andere "
              "samenwerkingsverbanden."),
        ("p", "Op het gebied van ICT werken we met een cloudomgeving die wordt beheerd door een externe "
              "leverancier. In 2025 vervangen we het registratiesysteem voor aanvragen. Medewerkers volgen "
              "jaarlijks een bewustwordingstraining over informatiebeveiliging. Datalekken worden gemeld bij de "
              "functionaris gegevensbescherming en waar nodig bij de Autoriteit Persoonsgegevens."),
    ]


def planning(c):
    return [
        ("p", "Dit plan geldt voor de schooljaren %s, van 1 augustus 2025 tot en met 31 juli 2029. Het plan is "
              "op %s door het bestuur voorlopig vastgesteld, heeft op %s de instemming van de "
              "ondersteuningsplanraad gekregen en is daarna definitief vastgesteld. Het plan is vóór 1 mei 2025 "
              "via het Internet Schooldossier naar de Inspectie van het Onderwijs gestuurd."
         % (c["periode"], c["vast_voorlopig"], c["opr_datum"])),
        ("p", "Elk jaar stellen we een jaarplan en een jaarbegroting op waarin we de koers van dit plan vertalen "
              "naar activiteiten. In het voorjaar van 2027 organiseren we een netwerkbijeenkomst met schoolbesturen, "
              "gemeenten en de ondersteuningsplanraad over de actualiteit van passend onderwijs. Wijzigingen in "
              "dit plan leggen we opnieuw ter instemming voor aan de ondersteuningsplanraad."),
    ]


def kennisdeling(c):
    return [
        ("p", "Kennis over passend onderwijs zit vooral in de hoofden van mensen. Daarom investeren we in "
              "ontmoeting. Vier keer per jaar komen de netwerken bijeen van specialisten die op de scholen "
              "werken: een netwerk gedrag, een netwerk taal en lezen, een netwerk voor begeleiders van "
              "nieuwkomers en een netwerk voor schoolleiders. De netwerken bepalen zelf hun agenda; het bureau "
              "faciliteert met ruimte, een voorzitter en een klein budget voor externe sprekers."),
        ("p", "Daarnaast organiseren we eens per jaar een regionale studiedag voor alle medewerkers van de "
              "aangesloten scholen. In 2024 stond die dag in het teken van executieve functies en "
              "traumasensitief lesgeven; ruim 900 medewerkers namen deel. Op verzoek van de scholen verzorgen "
              "de orthopedagogen van het bureau ook teamscholingen op maat, bijvoorbeeld over omgaan met "
              "angst of over het voeren van een goed gesprek met een leerling. Scholen betalen daarvoor niets."),
        ("p", "Ten slotte stimuleren we dat scholen van elkaar leren. Een school die een aanpak heeft ontwikkeld "
              "die werkt, kan die presenteren in het directeurenoverleg; het bureau helpt bij het beschrijven "
              "ervan zodat andere scholen de aanpak kunnen overnemen. Deze uitwisseling loopt via het besloten "
              "deel van de website."),
    ]


def inspectie(c):
    return [
        ("p", "De Inspectie van het Onderwijs heeft %s in het voorjaar van 2023 bezocht in het kader van het "
              "vierjaarlijks onderzoek bestuur. Het bestuur kreeg het oordeel voldoende op alle onderzochte "
              "standaarden. De inspectie gaf het samenwerkingsverband drie aandachtspunten mee: zorg voor een "
              "duidelijke rolverdeling tussen bureau en besturen, betrek de ondersteuningsplanraad eerder bij "
              "beleidsvorming, en maak beleidskeuzes beter navolgbaar in de stukken. Deze punten hebben we bij "
              "het schrijven van dit plan ter harte genomen."
         % c["swv"]),
        ("p", "Het volgende onderzoek verwachten we in de tweede helft van de planperiode. We bereiden ons daarop "
              "voor door de stukken van bestuur en raad van toezicht goed te archiveren en door jaarlijks met de "
              "raad van toezicht te bespreken hoe het samenwerkingsverband zich verhoudt tot het "
              "onderzoekskader."),
    ]


def wetgeving(c, ojsp_deferral=False):
    out = [
        ("p", "Passend onderwijs staat niet stil. Tijdens de looptijd van dit plan verwachten we verschillende "
              "wijzigingen in wet- en regelgeving. De Wet versterking positie ouders en leerlingen in het passend "
              "onderwijs regelt onder meer het hoorrecht voor leerlingen bij het ontwikkelingsperspectief en "
              "verplaatst het schoolondersteuningsprofiel naar de schoolgids. Daarnaast werkt de minister aan een "
              "landelijke norm voor basisondersteuning. Ook de bekostiging van het onderwijs verandert: de "
              "vereenvoudiging van de bekostiging heeft gevolgen voor de manier waarop middelen binnenkomen."),
        ("p", "Wij volgen deze ontwikkelingen via de sectorraden en het Steunpunt Passend Onderwijs. Wanneer "
              "een wetswijziging betekent dat dit plan moet worden aangepast, leggen we de wijziging voor aan de "
              "ondersteuningsplanraad. Kleine, technische aanpassingen verwerken we in de jaarlijkse "
              "voortgangsparagraaf."),
    ]
    if ojsp_deferral:
        out.append(("p", "De nieuwe wet verplicht ieder samenwerkingsverband bovendien een ouder- en jeugdsteunpunt "
                         "in te richten. Hoe wij daaraan invulling geven, besluiten we nadat de wet in werking is "
                         "getreden."))
    return out


GLOSSARY_VO = [
    ["Basisondersteuning", "Het afgesproken niveau van ondersteuning dat iedere school binnen het samenwerkingsverband biedt."],
    ["Dekkend aanbod", "Een samenhangend geheel van voorzieningen, zodat iedere leerling een passende plek heeft."],
    ["Toelaatbaarheidsverklaring (TLV)", "Besluit van het samenwerkingsverband dat een leerling toelaatbaar is tot het vso."],
    ["Terugplaatsing", "De overstap van een leerling van het vso naar het regulier voortgezet onderwijs."],
    ["Meerjarenbegroting", "Begroting voor meerdere jaren, waarin de inzet van ondersteuningsmiddelen is opgenomen."],
    ["Ouder- en jeugdsteunpunt", "Onafhankelijk steunpunt waar ouders en jongeren terechtkunnen met vragen over passend onderwijs."],
    ["Beoogde resultaten", "De resultaten die het samenwerkingsverband in de planperiode wil bereiken."],
    ["Lwoo", "Leerwegondersteunend onderwijs: extra ondersteuning binnen het vmbo."],
    ["Praktijkonderwijs (pro)", "Vorm van voortgezet onderwijs voor leerlingen voor wie een vmbo-diploma niet haalbaar is."],
    ["Zorgplicht", "De plicht van een schoolbestuur om een passende onderwijsplek te bieden of te vinden."],
    ["Thuiszitter", "Leerplichtige jongere die zonder geldige reden niet naar school gaat."],
    ["Verevening", "Verrekening van de zware ondersteuningsmiddelen op basis van het landelijk deelnamepercentage vso."],
]
ABBR = [["AB", "Algemeen bestuur"], ["AVG", "Algemene verordening gegevensbescherming"],
        ["LBT", "Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen"],
        ["OJSP", "Ouder- en jeugdsteunpunt"], ["OOGO", "Op overeenstemming gericht overleg"],
        ["OPP", "Ontwikkelingsperspectiefplan"], ["OPR", "Ondersteuningsplanraad"],
        ["OPDC", "Orthopedagogisch-didactisch centrum"], ["RvT", "Raad van toezicht"],
        ["SOP", "Schoolondersteuningsprofiel"], ["TLV", "Toelaatbaarheidsverklaring"],
        ["(V)SO", "(Voortgezet) speciaal onderwijs"]]


def glossary(items, sector="vo"):
    rows = items
    if sector == "po":
        rows = [[a, b.replace("het vso", "het sbo of so").replace("vso", "so")
                 .replace("regulier voortgezet onderwijs", "basisonderwijs")] for a, b in items
                if not a.startswith(("Lwoo", "Praktijk"))]
    return [("h1", "Bijlage: Begrippenlijst"), ("table", ["Begrip", "Betekenis"], rows),
            ("h1", "Bijlage: Afkortingen"), ("table", ["Afkorting", "Betekenis"], ABBR)]


# --------------------------------------------------------------------------------------------
# Plan 1: large VO verband, Word. BO present, PL present, TS partial (procedure deferred),
# FI present (chapter "Geld en middelen"), DA present, RE partial (monitoring deferred),
# OU present (hidden in "Communicatie").
# --------------------------------------------------------------------------------------------

def plan1():
    c = dict(swv="Samenwerkingsverband VO Rijnwaard (VO 26-11)", periode="2025-2029",
             krimp="kampt in de dorpen met krimp en groeit in de stad", gemeenten="Rijnwaard, Lingemonde, "
             "Oosterveld, Haaften-Overbuurt en Zandwijk", inwoners="310.000", n_besturen="veertien",
             n_vest="31", n_lln="24.800", prognose="daling van ongeveer 6 procent in de landelijke kernen en een "
             "lichte groei in Rijnwaard-stad", dirbest="drs. M. (Mirjam) Verhoeven", opr_leden="zestien",
             oogo_datum="14 januari 2025", oogo_gemeente="Rijnwaard", fte="23", cao="vo",
             vast_voorlopig="10 december 2024", opr_datum="4 februari 2025")
    body = []
    body += voorwoord(c)
    body += [("h1", "1 Terugblik op de vorige planperiode"),
             ("p", "In de planperiode 2021-2025 stond de vorming van één organisatie centraal. We zijn verhuisd "
                   "naar een gezamenlijk kantoor, hebben de governance aangepast en de ondersteuningsplanraad "
                   "opnieuw samengesteld. Ook hebben we veel tijd gestoken in het gesprek met de besturen over de "
                   "vraag wat we samen doen en wat iedere school zelf doet. Dat gesprek leidde tot de afspraken "
                   "over basisondersteuning die in dit plan staan."),
             ("p", "Niet alles is gelukt. Het registratiesysteem voldeed niet, de samenwerking met jeugdhulp "
                   "verliep in sommige gemeenten stroef en het lerarentekort zette de uitvoering onder druk. We "
                   "nemen deze lessen mee. Een uitgebreide evaluatie staat in het jaarverslag 2023-2024, dat los "
                   "van dit plan is gepubliceerd."),
             ("h1", "2 Onze regio")]
    body += regio(c)
    body += [("h1", "3 Visie en missie")] + visie(c)
    body += [
        ("h1", "4 Basisondersteuning: wat elke school biedt"),
        ("p", "De veertien besturen van Rijnwaard hebben in 2024 vastgesteld dat iedere vestiging van iedere "
              "school, van praktijkonderwijs tot gymnasium, ten minste hetzelfde niveau van ondersteuning biedt. "
              "Dat gemeenschappelijke minimum noemen we de basisondersteuning. Een school mag meer bieden, maar "
              "nooit minder. Het minimum is niet afhankelijk van een aanvraag bij het samenwerkingsverband: een "
              "leerling heeft er recht op zodra hij of zij op de school staat ingeschreven."),
        ("p", "Concreet betekent dit dat een ouder en een leerling op elke vestiging het volgende kunnen "
              "verwachten:"),
        ("ul", ["een ondersteuningscoördinator met ten minste 0,4 fte per 500 leerlingen, die het aanspreekpunt "
                "is voor leerlingen, ouders en docenten;",
                "een mentor die minstens drie keer per jaar een individueel gesprek met de leerling voert en "
                "signalen binnen twee weken bespreekt met de ondersteuningscoördinator;",
                "een dyslexie- en dyscalculieprotocol met faciliteiten als extra tijd, vergrote opgaven en "
                "voorleessoftware bij toetsen en examens;",
                "begeleiding bij executieve functies (plannen, organiseren) in kleine groepen of individueel;",
                "een training sociaal-emotioneel leren en een faalangstreductietraining, minstens één keer per "
                "schooljaar;",
                "een time-out- of opvangruimte met een vaste medewerker tijdens lesuren;",
                "een protocol medisch handelen en een protocol voor de meldcode huiselijk geweld;",
                "een ondersteuningsteam (OT) waarin de school minstens zes keer per jaar leerlingen bespreekt met "
                "schoolmaatschappelijk werk, de jeugdarts en de consulent van het samenwerkingsverband;",
                "een ontwikkelingsperspectiefplan (OPP) binnen zes weken nadat is vastgesteld dat een leerling "
                "meer nodig heeft dan de lessen en de mentor bieden."]),
        ("p", "Elke school beschrijft in haar schoolgids hoe zij deze basisondersteuning invult en wat zij "
              "daarnaast biedt. Het samenwerkingsverband kijkt elk voorjaar met een kwaliteitskaart na of alle "
              "onderdelen aanwezig zijn. Voldoet een vestiging niet, dan stelt het bestuur binnen drie maanden een "
              "verbeterplan op, dat de directeur-bestuurder met het bestuur bespreekt. Blijft verbetering uit, dan "
              "agendeert de directeur-bestuurder het in het bestuurlijk overleg."),
        ("h1", "5 Extra ondersteuning en een dekkend aanbod"),
        ("p", "Boven op de basisondersteuning bouwen we een doorlopende reeks van voorzieningen. We "
              "onderscheiden vier niveaus. Niveau 1 is de basisondersteuning uit het vorige hoofdstuk. Niveau 2 "
              "is extra ondersteuning op de eigen school: arrangementen die de school uit haar schoolbudget "
              "bekostigt, zoals een trajectvoorziening, een kleine klas of een rebound binnen de school. Niveau 3 "
              "zijn de bovenschoolse voorzieningen van het samenwerkingsverband: het OPDC De Kompasoord (60 "
              "plaatsen, verblijf maximaal een jaar), de plusvoorziening voor hoogbegaafde leerlingen in "
              "Lingemonde, de internationale schakelklas voor nieuwkomers en twee onderwijs-zorgarrangementen "
              "samen met jeugdhulpaanbieders. Niveau 4 is het voortgezet speciaal onderwijs: drie vso-scholen in de "
              "regio, waarvan twee voor cluster 4 en één voor leerlingen met een zeer moeilijk lerend profiel."),
        ("p", "De route is steeds dezelfde. De school signaleert, bespreekt de leerling in het OT en schakelt bij "
              "twijfel de consulent van het samenwerkingsverband in. Is een bovenschoolse voorziening nodig, dan "
              "meldt de school de leerling aan bij het loket. Een trajectbegeleider blijft betrokken tot de "
              "leerling een passende plek heeft. De zorgplicht blijft bij het bestuur waar de leerling is "
              "aangemeld; besturen helpen elkaar via het zorgplichtoverleg dat eens per maand bijeenkomt."),
        ("p", "Elk jaar in oktober maken we een dekkendheidsscan: per voorziening brengen we wachtlijsten, "
              "afwijzingen en leerlingen zonder passende plek in kaart. De scan van 2024 liet twee witte vlekken "
              "zien: er is in de regio geen plek voor vso-leerlingen die een havo- of vwo-diploma kunnen halen, "
              "en de onderwijs-zorgarrangementen hebben een wachtlijst van gemiddeld elf weken. Voor de eerste "
              "vlek starten we per 1 augustus 2026 een havo/vwo-stroom binnen de vso-school in Rijnwaard-stad; "
              "voor de tweede maken we met de gemeenten afspraken over een derde arrangement, te openen in het "
              "schooljaar 2026-2027. De voortgang bespreken we in het bestuurlijk overleg van juni."),
        ("h1", "6 Toelaatbaarheid tot vso, lwoo en praktijkonderwijs"),
        ("h2", "6.1 Wie vraagt aan en wie beslist"),
        ("p", "Een toelaatbaarheidsverklaring (TLV) voor het vso wordt aangevraagd door het bevoegd gezag van de "
              "school waar de leerling is ingeschreven of aangemeld, in de praktijk door de "
              "ondersteuningscoördinator. De aanvraag gaat via het digitale loket en bevat het OPP, het "
              "groeidocument, het onderwijskundig rapport en de zienswijze van ouders en leerling. Het loket "
              "controleert binnen vijf werkdagen of het dossier compleet is. De Commissie Toelaatbaarheid (CT) "
              "besluit namens de directeur-bestuurder binnen zes weken na ontvangst van het complete dossier."),
        ("h2", "6.2 Deskundigenadvies"),
        ("p", "Voor elk besluit winnen we het advies in van twee deskundigen. De eerste is altijd een "
              "orthopedagoog of een (GZ-)psycholoog. De tweede kiezen we op basis van de vraag van de leerling: "
              "een maatschappelijk werker, een jeugdarts of een kinder- en jeugdpsychiater. Iedere deskundige "
              "geeft een eigen schriftelijk advies. Een deskundige die bij de aanvraag betrokken was, adviseert "
              "niet. Ouders ontvangen een afschrift van beide adviezen."),
        ("h2", "6.3 Wanneer is een leerling toelaatbaar?"),
        ("p", "De commissie verklaart een leerling toelaatbaar tot het vso als aan alle volgende voorwaarden is "
              "voldaan:"),
        ("ol", ["de school heeft de basisondersteuning en ten minste één arrangement op niveau 2 of 3 "
                "gedurende minimaal drie maanden ingezet en geëvalueerd in het OPP;",
                "de ondersteuningsbehoefte ligt op twee of meer domeinen (leren, gedrag, sociaal-emotioneel, "
                "medisch) en overstijgt wat de school en de bovenschoolse voorzieningen samen kunnen bieden;",
                "het vso kan de benodigde combinatie van onderwijs en begeleiding wel bieden, blijkens het "
                "advies van beide deskundigen."]),
        ("p", "In acute situaties, bijvoorbeeld bij een dreigende thuiszitter, kan de commissie afwijken van "
              "voorwaarde 1 als de deskundigen dat onderbouwd adviseren."),
        ("h2", "6.4 Duur, categorie en bezwaar"),
        ("p", "Een TLV geldt in de regel twee schooljaren en loopt af op 31 juli. De commissie kent een "
              "bekostigingscategorie toe: laag voor de meeste leerlingen in cluster 4 en ZML, midden voor "
              "leerlingen met een lichamelijke beperking of langdurige ziekte, hoog bij meervoudige beperkingen. "
              "Wie het niet eens is met een besluit, kan binnen zes weken bezwaar maken. Het samenwerkingsverband "
              "is aangesloten bij de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen (LBT), die "
              "advies uitbrengt voordat de directeur-bestuurder op het bezwaar beslist."),
        ("h2", "6.5 Lwoo en praktijkonderwijs"),
        ("p", "Voor lwoo en pro volgen we de landelijke criteria. Een leerling is toelaatbaar tot het "
              "praktijkonderwijs bij een IQ tussen 55 en 80 en een leerachterstand van ten minste drie jaar op "
              "twee van de vier domeinen, waarvan één begrijpend lezen of inzichtelijk rekenen. Voor lwoo gelden "
              "de landelijke criteria voor IQ, leerachterstand en sociaal-emotionele problematiek; het "
              "samenwerkingsverband maakt geen gebruik van de mogelijkheid om eigen criteria vast te stellen. De "
              "VO-school vraagt lwoo of een TLV pro aan vóór 1 maart voorafgaand aan het eerste leerjaar; de "
              "commissie beslist vóór 15 april. Een aanwijzing lwoo geldt voor de hele schoolloopbaan in het vmbo."),
        ("h2", "6.6 Na de vso-periode"),
        ("p", "Een TLV is voor ons geen eindstation. Ons beleid is dat iedere leerling die dat kan, na het vso "
              "terugkeert naar of doorstroomt in het regulier voortgezet onderwijs, zo dicht mogelijk bij huis. "
              "Voorwaarde is dat het uitstroomprofiel in het OPP op een reguliere leerweg is gericht en dat de "
              "leerling de laatste zes maanden zonder crisisinterventies heeft gefunctioneerd. De ontvangende "
              "school krijgt na de overstap een terugkeerarrangement van maximaal één schooljaar: ambulante "
              "begeleiding vanuit de vso-school van twee uur per week en een vast contactpersoon bij het "
              "samenwerkingsverband, bekostigd uit het budget voor bovenschoolse voorzieningen."),
        ("p", "Hoe het traject precies verloopt – wie het initiatief neemt, op welke momenten we evalueren en wie "
              "uiteindelijk besluit – leggen de vso-scholen en de VO-scholen samen vast in een protocol "
              "terugplaatsing. Een werkgroep werkt dat protocol in de loop van het schooljaar 2026-2027 uit."),
        ("h1", "7 Thuiszitters en verzuim"),
        ("p", "Geen enkele jongere hoort thuis te zitten. Samen met de leerplichtambtenaren van de vijf gemeenten "
              "bespreken we elke maand alle jongeren die langer dan vier weken geen onderwijs volgen aan de "
              "thuiszitterstafel. Per jongere wordt binnen twee weken een regisseur aangewezen. Lukt het niet om "
              "binnen drie maanden een passende plek te vinden, dan heeft de directeur-bestuurder "
              "doorzettingsmacht: hij of zij kan een school of voorziening opdragen de leerling tijdelijk te "
              "plaatsen, met bekostiging door het samenwerkingsverband. Vrijstellingen op grond van artikel 5a "
              "van de Leerplichtwet bespreken we vooraf met de jeugdarts en de leerplichtambtenaar."),
        ("h1", "8 Ambities en beoogde resultaten"),
        ("p", "Voor deze planperiode formuleren we de volgende beoogde resultaten voor leerlingen die extra "
              "ondersteuning nodig hebben:"),
        ("table", ["Ambitie", "Beoogd resultaat uiterlijk 31 juli 2029"],
         [["Iedere leerling op de juiste plek", "Niet meer dan 10 thuiszitters op de peildatum 1 oktober"],
          ["Snelle toewijzing", "90% van de TLV-aanvragen afgehandeld binnen zes weken"],
          ["Minder uitval", "Hoogstens 2% voortijdig schoolverlaten onder leerlingen met een OPP"],
          ["Thuisnabij", "Minimaal 25 leerlingen per jaar stromen vanuit het vso terug naar het regulier"],
          ["Tevredenheid", "Ouders geven de ondersteuning gemiddeld ten minste een 7"]]),
        ("p", "Hoe en wanneer we deze resultaten gaan meten, met welke bronnen en hoe we erover rapporteren, "
              "werken we uit in een monitoringskader. Dat kader moet in de loop van 2026 gereed zijn; tot die tijd "
              "nemen we geen besluiten over indicatoren of meetmomenten."),
        ("h1", "9 Communicatie"),
        ("p", "Goede communicatie is een voorwaarde voor vertrouwen. Het samenwerkingsverband communiceert met "
              "scholen via een nieuwsbrief die zes keer per jaar verschijnt, via het directeurenoverleg en via "
              "de consulenten. Met gemeenten en jeugdhulp hebben we vaste contactmomenten."),
        ("p", "Ouders informeren we op drie manieren. Op de ouderpagina van onze website staat per voorziening "
              "wat zij biedt, voor wie zij bedoeld is en hoe je er komt. De ouderbrochure 'Wat kan mijn kind "
              "verwachten?' ligt op iedere school bij de aanmelding en is er in het Nederlands, Engels, Arabisch "
              "en Pools. En twee keer per jaar organiseren we een informatieavond over extra ondersteuning en de "
              "overstap naar het vso. Iedere school neemt bovendien een vaste paragraaf over de basisondersteuning "
              "en de voorzieningen van het samenwerkingsverband op in de schoolgids."),
        ("p", "Lopen ouders of leerlingen vast, dan kunnen zij terecht bij het Ouder- en Jeugdsteunpunt Rijnwaard. "
              "Het steunpunt is onafhankelijk van scholen en samenwerkingsverband en wordt gerund door Stichting "
              "Ouderkracht; het is bereikbaar via telefoon en chat op werkdagen van 9 tot 17 uur. Daarnaast "
              "verwijzen we naar Onderwijsconsulenten, die gratis en onafhankelijk meedenken, en naar de "
              "Geschillencommissie passend onderwijs bij geschillen over toelating, verwijdering of het OPP."),
        ("p", "Ouders zijn partner in de ondersteuning: zij zijn aanwezig bij het OT-gesprek over hun kind, geven "
              "hun zienswijze bij een TLV-aanvraag en zijn via de OPR betrokken bij het beleid."),
        ("h1", "10 Samenwerking met gemeenten")]
    body += oogo_procedural(c)
    body += [("p", "Met de gemeenten maken we inhoudelijke afspraken over de aansluiting van onderwijs en "
                   "jeugdhulp: iedere school heeft een vaste jeugdhulpverlener in het OT, en de twee "
                   "onderwijs-zorgarrangementen worden gezamenlijk bekostigd. Leerlingenvervoer en "
                   "onderwijshuisvesting blijven onderwerp van gesprek.")]
    body += [("h1", "11 Organisatie, governance en medezeggenschap")] + governance(c)
    body += [("h1", "12 Personeel en professionalisering")] + personeel(c)
    body += [
        ("h1", "13 Geld en middelen"),
        ("p", "Het samenwerkingsverband ontvangt van DUO de middelen voor lichte en zware ondersteuning. Na "
              "aftrek van de afdracht voor het vso (verevening en DUO-afdrachten) verdelen we het resterende "
              "budget volgens een vast model, dat het bestuur jaarlijks in december vaststelt na advies van het "
              "bestuurlijk overleg:"),
        ("ul", ["schoolbudget: een vaste voet van € 30.000 per vestiging plus € 210 per leerling op de teldatum "
                "1 oktober van het voorgaande jaar, uitgekeerd aan het bestuur in twee termijnen (augustus en januari);",
                "budget bovenschoolse voorzieningen: OPDC, plusvoorziening, schakelklas en "
                "onderwijs-zorgarrangementen, op basis van het aantal geplande plaatsen;",
                "arrangementen via het loket: individuele arrangementen op aanvraag, toegekend door de CT op "
                "basis van het OPP, maximaal € 8.000 per leerling per schooljaar;",
                "bureau en uitvoering: maximaal 6 procent van de totale baten."]),
        ("p", "Schoolbesturen leggen jaarlijks vóór 1 juni verantwoording af over de besteding van het "
              "schoolbudget met een vast format, waarin zij per niveau aangeven waaraan het geld is besteed. De "
              "meerjarenbegroting ziet er als volgt uit (bedragen x € 1.000):"),
        ("table", ["Post", "2025", "2026", "2027", "2028"],
         [["Baten lichte en zware ondersteuning (na afdracht)", "21.450", "21.120", "20.780", "20.410"],
          ["Schoolbudgetten", "6.140", "6.080", "6.010", "5.940"],
          ["Bovenschoolse voorzieningen", "8.320", "8.450", "8.600", "8.600"],
          ["Individuele arrangementen", "3.900", "3.850", "3.800", "3.700"],
          ["Thuiszitters en doorzettingsmacht", "450", "450", "400", "400"],
          ["Bureau en uitvoering", "1.280", "1.260", "1.240", "1.220"],
          ["Resultaat", "1.360", "1.030", "730", "550"]]),
        ("p", "De reserves van het samenwerkingsverband bedragen per 1 januari 2025 € 5,2 miljoen. Het bestuur "
              "hanteert een weerstandsvermogen van 5 procent van de baten als ondergrens; het deel daarboven "
              "zetten we in de planperiode in voor de havo/vwo-stroom in het vso en extra "
              "onderwijs-zorgarrangementen.")]
    body += [("h1", "14 ICT en privacy")] + ict(c)
    body += [("h1", "15 Planning en vaststelling")] + planning(c)
    body += glossary(GLOSSARY_VO)
    toc = toc_from(body)
    blocks = [("title", ["Ondersteuningsplan 2025-2029", c["swv"],
                         "Basisondersteuning, toelaatbaarheid, terugplaatsing, financiën, ouders en resultaten",
                         "Vastgesteld na instemming van de OPR, februari 2025"]),
              ("toc", toc), leeswijzer(body)] + body
    return c, blocks


# --------------------------------------------------------------------------------------------
# Plan 2: mid-size VO verband, PDF. BO partial (content only in absent bijlage 2), PL partial
# (criteria deferred), TS present (hidden in TLV chapter), FI partial (besteding p.m.), DA present,
# RE present, OU missing ("Communicatie" is about schools and gemeenten; steunpunt only in glossary).
# --------------------------------------------------------------------------------------------

def plan2():
    c = dict(swv="Samenwerkingsverband Voortgezet Onderwijs Zoomdal (VO 27-04)", periode="2025-2029",
             krimp="heeft te maken met een teruglopend aantal leerlingen", gemeenten="Zoomdal, Heerbeek, "
             "Valkenhorst en Brakelaar", inwoners="145.000", n_besturen="zes", n_vest="12", n_lln="9.400",
             prognose="daling van ruim 9 procent tot 2032", dirbest="mr. H. (Hasan) Yilmaz",
             opr_leden="tien", oogo_datum="28 januari 2025", oogo_gemeente="Zoomdal", fte="11",
             cao="vo", vast_voorlopig="17 december 2024", opr_datum="3 maart 2025")
    body = []
    body += voorwoord(c)
    body += [("h1", "Samenvatting"),
             ("p", "Dit plan bouwt voort op het vorige ondersteuningsplan. De belangrijkste veranderingen zijn "
                   "een gezamenlijke standaard voor de basisondersteuning, een vereenvoudigd verdeelmodel, een "
                   "nieuwe aanpak voor thuiszitters en meetbare doelen die we elk kwartaal volgen. Het "
                   "criteriumkader voor toelaatbaarheid wordt herijkt. In de hoofdstukken hierna leest u de "
                   "uitwerking."),
             ("h1", "1 Inleiding en context")]
    body += regio(c)
    body += [("h1", "2 Visie")] + visie(c)
    body += [
        ("h1", "3 Ondersteuning op school"),
        ("p", "De zes besturen hebben afgesproken dat alle twaalf vestigingen ten minste de regionale standaard "
              "'Basis op orde 2025' realiseren. Deze standaard is de ondergrens voor iedere vestiging, ongeacht "
              "schoolsoort of bestuur, en is vanaf 1 augustus 2025 bindend. Een vestiging die de standaard nog "
              "niet haalt, krijgt tot 1 augustus 2026 de tijd om dat te doen."),
        ("p", "De standaard bestaat uit zestien onderdelen met per onderdeel de concrete afspraken. Deze zijn "
              "opgenomen in bijlage 2 bij dit plan. Elk voorjaar voeren de consulenten een audit uit op een derde "
              "van de vestigingen, zodat iedere vestiging eens in de drie jaar aan de beurt is; de uitkomsten "
              "bespreekt de directeur-bestuurder met het betreffende bestuur."),
        ("h1", "4 Het ondersteuningsaanbod in de regio"),
        ("p", "Leerlingen die meer nodig hebben dan de standaard, kunnen een beroep doen op een opbouwend aanbod. "
              "Op de eigen school gaat het om extra begeleiding in de vorm van een schoolarrangement: een "
              "ondersteuningsklas, een trajectvoorziening of individuele coaching. Bovenschools beschikt het "
              "samenwerkingsverband over het OPDC De Overstap in Heerbeek (45 plaatsen, tijdelijk, gericht op "
              "terugkeer naar de eigen school), een time-outvoorziening van zes weken voor leerlingen die "
              "vastlopen, en een nieuwkomersvoorziening bij het Valkenhorst College. Voor het vso is de regio "
              "aangewezen op De Brakelaarschool (cluster 4) en op twee scholen buiten het werkgebied voor "
              "leerlingen met een zeer moeilijk lerend profiel."),
        ("p", "De toegang loopt via het ondersteuningsteam van de school. Heeft de school een bovenschoolse "
              "voorziening nodig, dan vraagt zij die aan bij het loket; een consulent begeleidt het traject. De "
              "besturen spreken elkaar aan op hun zorgplicht in het zorgplichtoverleg."),
        ("h1", "5 Thuiszitters en witte vlekken"),
        ("p", "Eén keer per jaar maken we met de scholen en de leerplichtambtenaren een analyse van leerlingen "
              "voor wie geen passend aanbod beschikbaar is. In 2024 bleek dat vooral jongeren met een combinatie "
              "van autisme en angstproblematiek tussen wal en schip vallen. Daarom opent per 1 januari 2026 een "
              "kleinschalige voorziening voor twaalf leerlingen in Zoomdal. Jongeren die toch thuis komen te zitten, "
              "bespreken we binnen tien schooldagen in het casusoverleg met leerplicht en jeugdhulp; de consulent "
              "is verantwoordelijk voor een plan van aanpak binnen een maand."),
        ("h1", "6 Toewijzing en toelaatbaarheid"),
        ("h2", "6.1 Aanvraag"),
        ("p", "De school waar de leerling staat ingeschreven dient de aanvraag voor een TLV vso in bij het loket. "
              "Bij de aanvraag horen het OPP, het onderwijskundig rapport, de handelingsadviezen van de afgelopen "
              "periode en een verslag van het laatste OT-overleg. Het loket bevestigt de ontvangst binnen drie "
              "werkdagen."),
        ("h2", "6.2 Advies en besluit"),
        ("p", "De Commissie van Toelaatbaarheid vraagt advies aan twee deskundigen: een orthopedagoog of "
              "psycholoog en, afhankelijk van de leerling, een kinderpsychiater, jeugdarts of maatschappelijk "
              "werker. Beide brengen een afzonderlijk schriftelijk advies uit. De commissie neemt het besluit "
              "binnen zes weken en kent daarbij een bekostigingscategorie toe. Tegen het besluit staat bezwaar "
              "open; het samenwerkingsverband vraagt daarover advies aan de Landelijke Bezwaaradviescommissie."),
        ("p", "Aan de hand van welke criteria de commissie beoordeelt of een leerling toelaatbaar is, wordt op "
              "dit moment herzien. Het nieuwe afwegingskader wordt na instemming van de OPR op "
              "www.swvzoomdal.nl/tlv gepubliceerd; tot die tijd weegt de commissie iedere aanvraag afzonderlijk."),
        ("h2", "6.3 Praktijkonderwijs en lwoo"),
        ("p", "Voor praktijkonderwijs en lwoo dient de VO-school de aanvraag in vóór 15 februari van het jaar "
              "waarin de leerling instroomt. De commissie beslist vóór 1 april. Het samenwerkingsverband volgt de "
              "landelijke regelgeving en stelt geen eigen lwoo-criteria vast."),
        ("h2", "6.4 Looptijd"),
        ("p", "Een TLV vso wordt afgegeven voor één, twee of drie schooljaren en eindigt altijd op 31 juli."),
        ("h2", "6.5 Einde van de TLV: terug naar het regulier"),
        ("p", "Het samenwerkingsverband wil dat leerlingen het vso verlaten zodra zij in het regulier onderwijs "
              "met ondersteuning verder kunnen. Uitgangspunt is een plek zo dicht mogelijk bij huis, op het "
              "niveau dat past bij het uitstroomprofiel. Terugkeer komt in beeld als de leerling de doelen uit "
              "het OPP op het gebied van gedrag en zelfstandigheid ten minste een half jaar haalt en als de "
              "ontvangende school de benodigde begeleiding kan bieden met steun van het samenwerkingsverband."),
        ("p", "In het laatste jaar van iedere TLV bespreekt de vso-school in november in de OPP-evaluatie, samen "
              "met de consulent van het samenwerkingsverband, of terugkeer mogelijk is. Is dat zo, dan zoekt de "
              "consulent vóór 1 februari een ontvangende school en volgt een proefplaatsing van acht weken. Na de "
              "proefplaatsing beslist de Commissie van Toelaatbaarheid vóór 1 april, op advies van de vso-school "
              "en de ontvangende school. De TLV loopt dan op 31 juli af. De ontvangende school krijgt voor één "
              "schooljaar een terugkeerarrangement met ambulante begeleiding vanuit het vso. Is terugkeer niet "
              "mogelijk, dan vraagt de vso-school vóór 1 april een nieuwe TLV aan."),
        ("h1", "7 Resultaten en kwaliteit"),
        ("p", "Wij hebben voor deze planperiode vier doelen vastgesteld voor leerlingen met een "
              "ondersteuningsbehoefte:"),
        ("table", ["Doel", "Indicator", "Stand 1-10-2024", "Streefwaarde 2029"],
         [["Minder thuiszitters", "Aantal thuiszitters > 4 weken", "17", "hoogstens 5"],
          ["Passende plek dichtbij", "Deelnamepercentage vso", "4,6%", "4,0%"],
          ["Terugkeer", "Leerlingen per jaar van vso naar regulier", "9", "20"],
          ["Tijdige toewijzing", "TLV-besluiten binnen 6 weken", "71%", "95%"]]),
        ("p", "We volgen deze indicatoren in een dashboard dat het bureau elk kwartaal bijwerkt met gegevens van "
              "DUO, leerplicht en het eigen registratiesysteem. De directeur-bestuurder rapporteert twee keer "
              "per jaar aan de raad van toezicht en de OPR. In het jaarverslag leggen we vast welke resultaten "
              "we hebben bereikt en welke niet, met een verklaring. Eens per twee jaar houden we een "
              "tevredenheidsonderzoek onder scholen. Valt een indicator twee kwartalen achtereen tegen, dan "
              "stelt het bureau een verbeterplan op."),
        ("p", "In de vorige planperiode daalde het aantal thuiszitters van 29 naar 17 en steeg het aandeel "
              "TLV-besluiten binnen zes weken van 52 naar 71 procent. Het deelnamepercentage vso bleef met 4,6 "
              "procent boven het landelijk gemiddelde."),
        ("h1", "8 Financieel beleid"),
        ("p", "Het samenwerkingsverband verdeelt de middelen volgens een eenvoudig model. Elk bestuur ontvangt "
              "per vestiging een vaste voet van € 25.000 en daarnaast € 185 per leerling op de teldatum 1 oktober. "
              "Voor bovenschoolse voorzieningen reserveren we een vast bedrag per plaats. Individuele "
              "arrangementen kent het loket toe op basis van een aanvraag met OPP. Het bestuur stelt het model "
              "elk jaar in november vast; wijzigingen gaan pas in na instemming van de OPR. Besturen verantwoorden "
              "zich jaarlijks vóór 1 juli over de inzet van hun middelen."),
        ("p", "De meerjarenbegroting 2025-2028 stelt het bestuur vast nadat de effecten van de nieuwe "
              "bekostigingssystematiek bekend zijn. De tabel hieronder geeft de opbouw; de bedragen volgen."),
        ("table", ["Post", "2025", "2026", "2027", "2028"],
         [["Schoolbudgetten", "p.m.", "p.m.", "p.m.", "p.m."],
          ["Bovenschoolse voorzieningen", "p.m.", "p.m.", "p.m.", "p.m."],
          ["Arrangementen", "p.m.", "p.m.", "p.m.", "p.m."],
          ["Bureau", "p.m.", "p.m.", "p.m.", "p.m."]]),
        ("h1", "9 Samenwerking met gemeenten")]
    body += oogo_procedural(c)
    body += [("p", "Met de gemeenten bekostigen we samen de jeugdhulpverlener in het OPDC en maken we afspraken "
                   "over zorg in onderwijstijd voor leerlingen in het vso.")]
    body += [("h1", "10 Bestuur, organisatie en OPR")] + governance(c, opr_parents=False)
    body += [("h1", "11 Personeel")] + personeel(c)
    body += [("h1", "12 Communicatie"),
             ("p", "Het samenwerkingsverband communiceert met de scholen via een maandelijkse nieuwsbrief, een "
                   "besloten intranet voor ondersteuningscoördinatoren en een jaarlijkse netwerkdag. Met de "
                   "gemeenten is er een kwartaaloverleg. Onze website wordt in 2025 vernieuwd; de nieuwe site "
                   "krijgt een zoekfunctie en een besloten deel voor ondersteuningscoördinatoren."),
             ("h1", "13 Privacy en ICT")]
    body += ict(c)
    body += [("h1", "14 Kennisdeling")] + kennisdeling(c)
    body += [("h1", "15 Inspectietoezicht")] + inspectie(c)
    body += [("h1", "16 Ontwikkelingen in wet- en regelgeving")] + wetgeving(c, ojsp_deferral=True)
    body += [("h1", "17 Planning")] + planning(c)
    body += glossary(GLOSSARY_VO)
    toc = toc_from(body) + ["Bijlage 2: Standaard Basis op orde 2025"]
    blocks = [("title", ["Ondersteuningsplan 2025-2029", c["swv"],
                         "Samen werken aan passend onderwijs voor iedere leerling en zijn ouders"]),
              ("toc", toc), leeswijzer(body)] + body
    return c, blocks


# --------------------------------------------------------------------------------------------
# Plan 3: small VO verband, Markdown. BO present, PL missing (only reference to bijlage/website),
# TS partial (procedure only), FI present (only in tables), DA partial (lacunes deferred),
# RE missing (deferral), OU present (unusual wording).
# --------------------------------------------------------------------------------------------

def plan3():
    c = dict(swv="Samenwerkingsverband VO Eilandenrijk (VO 29-02)", periode="2025-2029",
             krimp="heeft al jaren te maken met vergrijzing en ontgroening",
             gemeenten="Westerzand, Oudeland en Koggehorn", inwoners="68.000", n_besturen="drie",
             n_vest="5", n_lln="2.900", prognose="verdere daling van het aantal leerlingen, tot ongeveer 2.500 in 2030",
             dirbest="J. (Joost) de Ruiter", opr_leden="zes", oogo_datum="6 februari 2025",
             oogo_gemeente="Westerzand", fte="4,5", cao="vo", vast_voorlopig="20 januari 2025",
             opr_datum="11 maart 2025")
    body = []
    body += voorwoord(c)
    body += [("h1", "Samenvatting"),
             ("p", "Dit plan beschrijft in het kort de ondergrens die iedere vestiging biedt, de treden daarboven, "
                   "de terugplaatsing vanuit het vso, de hulp voor thuis en de inzet van het geld. De "
                   "toelaatbaarheid is geregeld in een apart reglement. De resultaatafspraken volgen later."),
             ("h1", "Woord van de ondersteuningsplanraad"),
             ("p", "De ondersteuningsplanraad heeft het ontwerp van dit plan in drie vergaderingen besproken. We "
                   "hebben vragen gesteld over de werkdruk op de kleine vestigingen, over de reistijd naar het "
                   "vasteland en over de leesbaarheid van het plan. Het bestuur heeft een groot deel van onze "
                   "opmerkingen overgenomen. Op 11 maart 2025 hebben wij met het plan ingestemd. Wij blijven de "
                   "uitvoering de komende jaren kritisch en betrokken volgen, en danken iedereen die zijn mening "
                   "met ons heeft gedeeld.")]
    body += [("h1", "1 Over ons samenwerkingsverband")] + regio(c)
    body += [("p", "Omdat we klein zijn, werken we nauw samen met het samenwerkingsverband op het vasteland. "
                   "Voor een aantal taken kopen we diensten in, zoals de financiële administratie en de "
                   "functionaris gegevensbescherming. Het bureau is gehuisvest in de Scholengemeenschap "
                   "Westerzand.")]
    body += [("h1", "2 Visie")] + visie(c)
    body += [
        ("h1", "3 Wat elke school biedt"),
        ("p", "Op elk van onze vijf vestigingen – in Westerzand, Oudeland en Koggehorn – geldt dezelfde "
              "ondergrens. Die ondergrens hebben de drie besturen samen vastgesteld en is voor iedere vestiging "
              "gelijk, ook als een vestiging klein is. Zonder aanvraag, zonder wachttijd en zonder formulier kan "
              "iedere leerling rekenen op:"),
        ("ul", ["een vaste mentor die wekelijks een mentoruur geeft en bereikbaar is voor thuis;",
                "een zorgcoördinator die de ondersteuning op de vestiging organiseert en het OPP opstelt als dat "
                "nodig is;",
                "hulp bij dyslexie en dyscalculie: een vastgesteld protocol, extra tijd en een laptop met "
                "voorleessoftware;",
                "huiswerkbegeleiding op school op ten minste twee middagen per week;",
                "een rustige werkplek met begeleiding wanneer een les even niet lukt;",
                "een trainingsaanbod voor weerbaarheid en faalangst;",
                "overleg in het zorgadviesteam, waarin ook de jeugdarts en het sociaal team van de gemeente zitten."]),
        ("p", "Drie keer per planperiode bezoeken de zorgcoördinatoren elkaars vestiging om met de "
              "gezamenlijke kijkwijzer te beoordelen of de ondergrens overal wordt gehaald."),
        ("h1", "4 Ondersteuningsroute en voorzieningen"),
        ("p", "Boven de ondergrens hebben we drie treden. Trede 1 is extra begeleiding op de vestiging zelf, "
              "bijvoorbeeld een persoonlijk begeleider voor een aantal uren per week of een aangepast rooster. "
              "Trede 2 is de Eilandklas: een bovenschoolse klas voor maximaal twaalf leerlingen op de vestiging "
              "Westerzand, waar leerlingen tijdelijk in een kleine groep werken met een vaste docent en een "
              "orthopedagoog. Trede 3 is het voortgezet speciaal onderwijs. Omdat er op de eilanden geen vso-school "
              "is, volgen leerlingen dit op de vso-scholen op het vasteland of via een onderwijs-zorgarrangement "
              "dicht bij huis."),
        ("p", "De zorgcoördinator van de vestiging schakelt de orthopedagoog van het samenwerkingsverband in "
              "wanneer trede 1 niet voldoende blijkt. Samen met de leerling en de ouders bepalen zij of een plek "
              "in de Eilandklas nodig is."),
        ("p", "Of ons aanbod sluitend is en waar het knelt, onderzoeken we in 2026 samen met de "
              "leerplichtambtenaren van de drie gemeenten. Ook de aanpak van thuiszitters stemmen we dan met hen "
              "af. De uitkomsten en eventuele maatregelen volgen in het jaarplan 2026-2027."),
        ("h1", "5 Toelaatbaarheid vso, lwoo en praktijkonderwijs"),
        ("p", "Hoe wij de toelaatbaarheid tot het vso, het praktijkonderwijs en het leerwegondersteunend "
              "onderwijs regelen – aanvraag, beoordeling, criteria en bezwaar – is vastgelegd in het Reglement "
              "toelaatbaarheid 2025 (bijlage 3) en staat op www.swveilandenrijk.nl/toelaatbaarheid."),
        ("h1", "6 Terugplaatsing"),
        ("p", "Voor leerlingen met een TLV vso verloopt de terugplaatsing in vijf stappen:"),
        ("ol", ["In oktober van het laatste schooljaar waarvoor de TLV geldt, bespreekt de vso-school in het "
                "OPP-gesprek met de leerling en de ouders of een overstap naar een school van Eilandenrijk aan de "
                "orde is.",
                "Vindt de vso-school dat het geval, dan meldt zij de leerling uiterlijk 1 december aan bij de "
                "coördinator passend onderwijs van het samenwerkingsverband.",
                "De coördinator plant vóór 1 februari een overdrachtsgesprek met de vso-school, de ouders en de "
                "zorgcoördinator van de vestiging die de leerling gaat ontvangen.",
                "De directeur van de ontvangende vestiging besluit vóór 1 maart over de inschrijving en legt de "
                "afspraken vast in het OPP.",
                "De coördinator evalueert de overstap na tien schoolweken met de leerling, de ouders en de "
                "ontvangende vestiging."]),
        ("h1", "7 Hulp en informatie voor thuis"),
        ("h2", "7.1 Wat u van ons krijgt"),
        ("p", "Iedere familie die een kind inschrijft op een van onze vestigingen, krijgt de 'Wegwijzer extra "
              "ondersteuning' mee: een boekje van twaalf pagina's waarin staat wat de ondergrens inhoudt, welke "
              "treden er zijn, wat de Eilandklas is en bij wie u terechtkunt. De wegwijzer is er ook als "
              "luisterversie. In de schoolgids van elke vestiging staat een vaste pagina over ondersteuning, en "
              "vier keer per jaar houdt de coördinator een inloopochtend op een van de vestigingen, waar u zonder "
              "afspraak vragen kunt stellen."),
        ("h2", "7.2 Iemand die los staat van school"),
        ("p", "Soms loopt het gesprek met school vast, of wilt u gewoon eens met iemand praten die geen belang "
              "heeft bij de uitkomst. Dan kunt u bellen met de Ouderlijn Eilandenrijk: ervaringsdeskundige "
              "ouders die niet in dienst zijn van een school of van het samenwerkingsverband en u kosteloos "
              "bijstaan, ook bij gesprekken op school. U kunt ook een onderwijsconsulent inschakelen; dat is "
              "gratis en onafhankelijk. Bij een geschil over toelating, verwijdering of het OPP kunt u naar de "
              "Geschillencommissie passend onderwijs."),
        ("p", "Ouders zijn in de OPR vertegenwoordigd en worden betrokken bij elk OPP-gesprek."),
        ("h1", "8 Geld"),
        ("p", "Onderstaande tabellen geven de verdeling en de meerjarenbegroting weer."),
        ("table", ["Onderdeel", "Grondslag", "Bedrag", "Besluit door / moment"],
         [["Vaste voet per vestiging", "per vestiging", "€ 40.000", "Bestuur, november"],
          ["Leerlingbudget", "per leerling op 1 oktober", "€ 150", "Bestuur, november"],
          ["Eilandklas", "12 plaatsen, vaste begroting", "€ 310.000", "Bestuur, bij begroting"],
          ["Arrangementen trede 1", "op aanvraag, op basis van OPP, max. € 5.000 per leerling",
           "budget € 120.000", "Coördinator, binnen 4 weken"],
          ["Afdracht vso", "DUO, volgens aantal TLV's op 1 oktober", "volgens DUO", "n.v.t."]]),
        ("table", ["Meerjarenbegroting (x € 1.000)", "2025", "2026", "2027", "2028"],
         [["Baten na afdracht vso", "1.510", "1.470", "1.430", "1.390"],
          ["Vaste voet vestigingen", "200", "200", "200", "200"],
          ["Leerlingbudgetten", "435", "420", "405", "390"],
          ["Eilandklas", "310", "315", "320", "320"],
          ["Arrangementen trede 1", "120", "120", "115", "115"],
          ["Onderwijs-zorgarrangementen", "180", "180", "170", "160"],
          ["Bureau", "290", "295", "300", "300"],
          ["Saldo", "-25", "-60", "-80", "-95"]]),
        ("h1", "9 Kwaliteit en resultaten"),
        ("p", "Wij werken resultaatgericht en willen dat iedere euro bijdraagt aan betere kansen voor "
              "leerlingen. Welke resultaten we in deze planperiode willen halen en hoe we die volgen, stelt het "
              "bestuur vast in de loop van het schooljaar 2025-2026, nadat de nieuwe coördinator passend onderwijs "
              "is gestart. Tot die tijd blijven de afspraken uit het vorige plan van kracht."),
        ("h1", "10 Gemeenten en jeugdhulp")]
    body += oogo_procedural(c)
    body += [("p", "In het zorgadviesteam van iedere vestiging zit een medewerker van het sociaal team. Met de "
                   "gemeenten bekostigen we gezamenlijk de onderwijs-zorgarrangementen.")]
    body += [("h1", "11 Bestuur en medezeggenschap")] + governance(c)
    body += [("h1", "12 Personeel")] + personeel(c)
    body += [("h1", "13 Privacy")] + ict(c)
    body += [("h1", "14 Kennisdeling")] + kennisdeling(c)
    body += [("h1", "15 Inspectie en wetgeving")] + inspectie(c) + wetgeving(c)
    body += [("h1", "16 Planning")] + planning(c)
    body += glossary(GLOSSARY_VO)
    toc = toc_from(body) + ["Bijlage 3: Reglement toelaatbaarheid 2025"]
    blocks = [("title", ["Ondersteuningsplan 2025-2029", c["swv"],
                         "Over basisondersteuning, toelaatbaarheid, terugplaatsing en de hulp voor ouders"]),
              ("toc", toc), leeswijzer(body)] + body
    return c, blocks


# --------------------------------------------------------------------------------------------
# Plan 4: PO verband, Word + PDF. BO present, PL present, TS missing (heading + deferral only),
# FI partial (verdeling deferred, begroting present), DA missing (Arrangementenboek referred to),
# RE partial (doelen deferred, monitoring present), OU partial (informatie deferred, steunpunt present).
# --------------------------------------------------------------------------------------------

def plan4():
    c = dict(swv="Samenwerkingsverband Passend Primair Onderwijs Beekvallei (PO 28-03)", periode="2025-2029",
             krimp="zag de afgelopen jaren een lichte daling van het aantal leerlingen",
             gemeenten="Beekdal, Molenrode, Sint-Wouters en Hooghuizen", inwoners="122.000",
             n_besturen="negen", n_vest="50", n_lln="11.300", prognose="stabilisatie na 2027",
             dirbest="drs. A. (Anke) Brinkhorst", opr_leden="twaalf", oogo_datum="21 januari 2025",
             oogo_gemeente="Beekdal", fte="9", cao="po", vast_voorlopig="12 december 2024",
             opr_datum="18 februari 2025")
    body = []
    body += voorwoord(c)
    body[2] = ("p", body[2][1].replace("ondersteuningsspecialisten", "intern begeleiders"))
    body += [("h1", "Samenvatting"),
             ("p", "In dit plan leest u hoe de besturen de basisondersteuning hebben afgesproken, hoe de "
                   "toelaatbaarheid tot sbo en so werkt en hoe wij monitoren. Het verdeelmodel, de terugplaatsing "
                   "en de informatie voor ouders werken we in het eerste planjaar verder uit."),
             ("h1", "Woord van de ondersteuningsplanraad"),
             ("p", "De ondersteuningsplanraad heeft het ontwerp in vier vergaderingen besproken, waarvan één "
                   "samen met de directeur-bestuurder en de controller. We hebben kritische vragen gesteld over "
                   "het aflopen van het verdeelmodel en over de planning van de uitwerkingen. Het bestuur heeft "
                   "toegezegd de OPR bij iedere uitwerking vroegtijdig te betrekken. Met dat vertrouwen hebben "
                   "wij op 18 februari 2025 met het plan ingestemd."),
             ("h1", "1 Inleiding"),
             ("p", "Dit is het derde ondersteuningsplan van Beekvallei. Het plan is korter dan zijn voorgangers: "
                   "we beschrijven op hoofdlijnen wat we doen en waarom, en werken de uitvoering jaarlijks uit in "
                   "het jaarplan. In de afgelopen periode hebben we de governance vereenvoudigd, een nieuw "
                   "registratiesysteem ingevoerd en de website vernieuwd."),
             ("h1", "2 Ons werkgebied")]
    body += regio(c)
    body += [("p", "Het gaat om 46 basisscholen, twee scholen voor speciaal basisonderwijs en twee so-locaties.")]
    body += [("h1", "3 Visie en ambities")] + visie(c)
    body += [("p", "Onze ambitie is dat Beekvallei een regio is waar ieder kind mag zijn wie het is. Die ambitie "
                   "vertalen we niet in één getal, maar in de manier waarop we samenwerken.")]
    body += [
        ("h1", "4 Basisondersteuning"),
        ("p", "Alle 46 basisscholen van Beekvallei bieden dezelfde basisondersteuning. De besturen hebben "
              "afgesproken dat dit niveau voor iedere school geldt, ook voor kleine dorpsscholen. De basisondersteuning bestaat uit vier onderdelen:"),
        ("ul", ["Basiskwaliteit: iedere school heeft van de inspectie ten minste het oordeel voldoende.",
                "Preventieve en licht curatieve interventies: een dyslexieprotocol met vroegtijdige signalering in "
                "groep 2 en 3, een aanpak voor rekenproblemen, een programma voor sociaal-emotionele ontwikkeling, "
                "een aanbod voor kinderen die meer aankunnen (verrijking in de eigen groep) en een protocol "
                "medisch handelen.",
                "Ondersteuningsstructuur: een intern begeleider met ten minste één dag per week per 150 leerlingen, "
                "een zorgteam dat minstens vier keer per jaar bijeenkomt, en toegang tot de orthopedagoog van het "
                "samenwerkingsverband voor consultatie.",
                "Planmatig werken: groepsplannen of groepsoverzichten, twee keer per jaar een groepsbespreking en "
                "een OPP voor ieder kind dat op een of meer vakken een eigen leerlijn volgt."]),
        ("p", "Iedere twee jaar vult elke school de zelfevaluatie basisondersteuning in; een orthopedagoog van "
              "het samenwerkingsverband bespreekt de uitkomst met de directeur en de intern begeleider."),
        ("p", "Wanneer een kind meer nodig heeft dan de basisondersteuning, is het Arrangementenboek van "
              "Beekvallei leidend. Dat boek wordt in 2025-2026 herschreven en maakt geen deel uit van dit plan."),
        ("h1", "5 Toelaatbaarheid sbo en so"),
        ("p", "Het bevoegd gezag van de school waar het kind is ingeschreven, vraagt een "
              "toelaatbaarheidsverklaring aan bij de Commissie Toelaatbaarheid Beekvallei (CTB). De intern "
              "begeleider stelt het dossier samen: het OPP met de evaluatie van de ingezette ondersteuning, het "
              "groeidocument, eventueel extern onderzoek en het formulier waarop ouders hun mening geven. De CTB "
              "vraagt een orthopedagoog of psycholoog en een tweede deskundige (maatschappelijk werker, arts of "
              "kinderpsychiater) om ieder afzonderlijk schriftelijk te adviseren. Geen van beiden is bij de "
              "aanvraag betrokken geweest. De CTB neemt binnen zes weken een besluit; ouders krijgen een afschrift "
              "van de adviezen."),
        ("p", "Een kind is toelaatbaar tot het speciaal basisonderwijs als de basisschool ten minste een half "
              "jaar aantoonbaar ondersteuning boven de basis heeft geboden, het kind toch onvoldoende tot "
              "ontwikkeling komt in de groep (achterstand van meer dan anderhalf jaar op twee hoofdvakken of "
              "ernstige sociaal-emotionele problemen), en het sbo met kleinere groepen en specifieke expertise "
              "wel kan bieden wat nodig is. Een kind is toelaatbaar tot het so als daarnaast sprake is van een "
              "complexe, langdurige ondersteuningsbehoefte op het gebied van gedrag, verstandelijke ontwikkeling, "
              "lichamelijke beperking of ziekte, die een intensieve combinatie van onderwijs en zorg vraagt."),
        ("p", "Een TLV sbo geldt tot het einde van de basisschoolperiode. Een TLV so geldt twee schooljaren; de "
              "CTB bepaalt de bekostigingscategorie laag, midden of hoog. Ouders en scholen kunnen binnen zes weken "
              "bezwaar maken; het samenwerkingsverband is aangesloten bij de Landelijke Bezwaaradviescommissie "
              "(LBT)."),
        ("h1", "6 Van speciaal naar regulier"),
        ("p", "De wettelijke opdracht om terugplaatsing en overplaatsing te regelen nemen wij serieus. Beleid en "
              "werkwijze hiervoor werken wij in het schooljaar 2025-2026 samen met de sbo- en so-scholen uit; zij "
              "worden als addendum aan dit plan toegevoegd, na instemming van de OPR."),
        ("h1", "7 Monitoring en verantwoording"),
        ("p", "Het samenwerkingsverband volgt een vaste set kengetallen. Op de peildatum 1 oktober verzamelen "
              "we het deelnamepercentage sbo en so, het aantal afgegeven TLV's, de doorlooptijd van aanvragen en "
              "het aantal consultaties per school. Elk voorjaar houden we een tevredenheidspeiling onder intern "
              "begeleiders en directeuren. De directeur-bestuurder bespreekt de kengetallen twee keer per jaar "
              "met de raad van toezicht en legt in het jaarverslag verantwoording af over wat is bereikt."),
        ("table", ["Kengetal", "2022-2023", "2023-2024", "2024-2025"],
         [["Deelnamepercentage sbo", "2,6%", "2,4%", "2,3%"],
          ["Deelnamepercentage so", "1,7%", "1,7%", "1,6%"],
          ["Afgegeven TLV's", "118", "104", "97"],
          ["Gemiddelde doorlooptijd aanvraag", "7,5 week", "6,1 week", "5,2 week"],
          ["Tevredenheid ib'ers (schaal 1-10)", "6,8", "7,1", "7,4"]]),
        ("p", "Welke resultaten we in de nieuwe planperiode willen bereiken, bepalen we in het eerste planjaar "
              "samen met de besturen. De streefwaarden worden opgenomen in het jaarplan 2026-2027."),
        ("h1", "8 Middelen"),
        ("p", "Het huidige verdeelmodel loopt af op 31 juli 2025. Het bestuur besluit in de loop van het "
              "schooljaar 2025-2026 over een nieuw model; tot die tijd ontvangen besturen een voorschot volgens "
              "de Kaderbrief 2024."),
        ("p", "De meerjarenbegroting laat zien waaraan de middelen worden besteed (bedragen in euro's):"),
        ("table", ["Post", "2025", "2026", "2027", "2028"],
         [["Rijksbijdrage ondersteuning", "8.940.000", "8.910.000", "8.880.000", "8.860.000"],
          ["Afdracht sbo en so (DUO)", "3.710.000", "3.650.000", "3.600.000", "3.560.000"],
          ["Middelen naar schoolbesturen", "3.150.000", "3.150.000", "3.150.000", "3.150.000"],
          ["Orthopedagogen en consultatie", "820.000", "830.000", "840.000", "850.000"],
          ["Arrangementen", "640.000", "650.000", "660.000", "660.000"],
          ["Bureau en bestuur", "560.000", "570.000", "575.000", "580.000"],
          ["Saldo", "60.000", "60.000", "55.000", "60.000"]]),
        ("p", "Het weerstandsvermogen bedraagt 0,14. De signaleringswaarde voor bovenmatige reserves van de "
              "inspectie wordt niet overschreden; het bestuur houdt een risicobuffer aan van € 600.000."),
        ("h1", "9 Ouders"),
        ("p", "De informatievoorziening aan ouders richten we in 2025-2026 opnieuw in. Een nieuwe ouderwebsite "
              "en een nieuwe ouderfolder zijn in voorbereiding."),
        ("p", "Ouders die er met school niet uitkomen, kunnen terecht bij het Ouder- en Jeugdsteunpunt Beekvallei, "
              "dat onafhankelijk van scholen en samenwerkingsverband werkt en bereikbaar is op werkdagen via "
              "telefoon en e-mail. Ook kunnen zij kosteloos een onderwijsconsulent inschakelen. Geschillen over "
              "toelating, verwijdering en het OPP kunnen worden voorgelegd aan de Geschillencommissie passend "
              "onderwijs."),
        ("p", "Ouders zijn partner: zij worden uitgenodigd voor het multidisciplinair overleg over hun kind en "
              "zijn in de OPR vertegenwoordigd."),
        ("h1", "10 Samenwerking met gemeenten")]
    body += oogo_procedural(c)
    body += [("h1", "11 Organisatie en medezeggenschap")] + governance(c)
    body += [("h1", "12 Personeel")] + personeel(c)
    body += [("h1", "13 ICT en privacy")] + ict(c)
    body += [("h1", "14 Professionalisering en kennisdeling")] + kennisdeling(c)
    body += [("h1", "15 Inspectie")] + inspectie(c)
    body += [("h1", "16 Wet- en regelgeving")] + wetgeving(c)
    body += [("h1", "17 Planning")] + planning(c)
    body += glossary(GLOSSARY_VO, sector="po")
    toc = toc_from(body)
    blocks = [("title", ["Ondersteuningsplan 2025-2029", c["swv"],
                         "Dekkend aanbod, terugplaatsing en resultaten voor ieder kind"]),
              ("toc", toc), leeswijzer(body)] + body
    return c, blocks


# --------------------------------------------------------------------------------------------
# Plan 5: mid/large VO verband "op hoofdlijnen", PDF. BO missing (waits for landelijke norm),
# PL present (unusual wording), TS present, FI missing (Kaderbrief / bijlage F not included),
# DA partial (continuum only on website; lacunes present), RE present, OU present.
# --------------------------------------------------------------------------------------------

def plan5():
    c = dict(swv="Stichting Samenwerkingsverband VO Maasoever (VO 30-07)", periode="2025-2029",
             krimp="kent grote verschillen tussen stad en platteland",
             gemeenten="Maasoever, Gennerbroek, Lithoven, Kessel-Aa en Oijenhorst", inwoners="205.000",
             n_besturen="acht", n_vest="19", n_lln="15.200", prognose="daling van ongeveer 5 procent",
             dirbest="ir. P. (Pieter) Claassen", opr_leden="twaalf", oogo_datum="30 januari 2025",
             oogo_gemeente="Maasoever", fte="14", cao="vo", vast_voorlopig="16 december 2024",
             opr_datum="25 februari 2025")
    body = []
    body += voorwoord(c)
    body += [("h1", "1 Koers 2025-2029"),
             ("p", "Dit ondersteuningsplan is een plan op hoofdlijnen. Het beschrijft het wat; de scholen en "
                   "het bureau bepalen samen het hoe. Daarom is het plan korter dan het vorige, en werken we "
                   "onderdelen uit in afzonderlijke documenten die het bestuur vaststelt en die de OPR ter "
                   "instemming krijgt. Onze koers kent drie speerpunten: iedere jongere op school, snelle en "
                   "eenvoudige toegang tot het vso, en een eerlijke kans op terugkeer naar het regulier."),
             ("h1", "2 Regio en scholen")]
    body += regio(c)
    body += visie(c)
    body += [
        ("h1", "3 Basisondersteuning"),
        ("p", "Met de Wet versterking positie ouders en leerlingen beschrijven scholen hun basisondersteuning "
              "voortaan in de schoolgids. Het samenwerkingsverband stelt geen eigen regionaal niveau vast zolang "
              "de landelijke norm basisondersteuning niet is vastgesteld. Zodra die norm er is, bespreken we met de "
              "besturen wat dat voor Maasoever betekent; de uitkomst volgt in een addendum bij dit plan."),
        ("h1", "4 Naar het vso, het praktijkonderwijs of het lwoo"),
        ("h2", "4.1 Zo gaat een aanvraag"),
        ("p", "Het begint altijd op school. Als de school samen met de leerling en de ouders concludeert dat de "
              "eigen mogelijkheden zijn uitgeput, stelt de ondersteuningscoördinator een aanvraag op. Die bevat "
              "het OPP met de evaluatie van wat is geprobeerd, het onderwijskundig rapport en de mening van "
              "leerling en ouders. Het bestuur van de school dient de aanvraag in bij het Toewijzingsteam van het "
              "samenwerkingsverband. Binnen tien werkdagen volgt een gesprek met school, ouders en leerling. Twee "
              "deskundigen – een orthopedagoog of psycholoog en daarnaast een jeugdarts, maatschappelijk werker of "
              "kinderpsychiater – schrijven ieder een eigen advies; zij zijn niet betrokken geweest bij de aanvraag. "
              "De directeur-bestuurder neemt het besluit binnen zes weken na de complete aanvraag."),
        ("h2", "4.2 Wanneer kan een leerling naar het vso?"),
        ("p", "Een leerling kan naar het vso als drie dingen tegelijk waar zijn. Ten eerste: de school heeft "
              "minstens een half jaar extra ondersteuning gegeven volgens een OPP en dat aantoonbaar geëvalueerd. "
              "Ten tweede: de leerling heeft langdurig intensieve begeleiding nodig op het gebied van gedrag, "
              "psychiatrische problematiek, verstandelijke ontwikkeling of een lichamelijke beperking, die in een "
              "reguliere klas niet te bieden is. Ten derde: beide deskundigen adviseren het vso als de best "
              "passende plek. Bij een leerling die al langer dan vier weken thuis zit, kan het Toewijzingsteam "
              "van de eerste voorwaarde afwijken."),
        ("h2", "4.3 Praktijkonderwijs en lwoo"),
        ("p", "Voor het praktijkonderwijs gelden de landelijke criteria: een IQ van 55 tot en met 80 en een "
              "leerachterstand van drie jaar of meer op ten minste twee domeinen. Voor lwoo hanteren we ook de "
              "landelijke criteria. De basisschool en de VO-school leveren de gegevens aan vóór 1 maart; het "
              "Toewijzingsteam beslist vóór 1 mei, zodat de leerling op tijd weet waar hij terechtkan."),
        ("h2", "4.4 Hoe lang, en wat als u het er niet mee eens bent"),
        ("p", "Een TLV vso geldt één tot drie schooljaren, met een bekostigingscategorie laag, midden of hoog. "
              "Tegen elk besluit kunnen ouders en school binnen zes weken bezwaar maken bij het "
              "samenwerkingsverband, dat advies vraagt aan de Landelijke Bezwaaradviescommissie."),
        ("h1", "5 De weg terug naar het regulier"),
        ("p", "Maasoever wil dat het vso voor zoveel mogelijk leerlingen een tussenstation is. Een leerling komt "
              "voor terugkeer in aanmerking wanneer de OPP-doelen voor zelfstandigheid en gedrag worden gehaald, "
              "het uitstroomprofiel regulier vervolgonderwijs is en de ontvangende school met begeleiding kan "
              "bieden wat nodig is. Na de overstap krijgt de leerling een jaar lang een terugkeercoach vanuit het "
              "vso en houdt de ontvangende school recht op consultatie door het samenwerkingsverband."),
        ("p", "Het initiatief ligt bij de vso-school: die toetst in ieder laatste TLV-jaar in september of "
              "terugkeer aan de orde is. Is dat zo, dan volgen een kennismaking en een proefperiode van zes "
              "weken op de ontvangende school, samen met de ouders. Het Toewijzingsteam besluit daarna, vóór 1 "
              "april, of de leerling overstapt; de TLV eindigt dan op 31 juli. Zo niet, dan vraagt de vso-school "
              "een nieuwe TLV aan. Na drie en na twaalf maanden evalueren vso-school, ontvangende school en "
              "ouders de overstap."),
        ("h1", "6 Sluitende aanpak verzuim en thuiszitters"),
        ("p", "Een actueel overzicht van alle voorzieningen, van ondersteuningsklassen tot het vso, vindt u in de "
              "Sociale Kaart Maasoever op onze website."),
        ("p", "Elk jaar in november brengen we met de scholen, leerplicht en de gemeenten in kaart voor welke "
              "groepen jongeren geen passend aanbod bestaat en hoe lang leerlingen wachten. Knelpunten leggen we "
              "voor aan het bestuurlijk overleg, dat binnen drie maanden besluit over een oplossing. Jongeren die "
              "langer dan drie weken verzuimen, bespreken we tweewekelijks aan de thuiszitterstafel met "
              "leerplicht en jeugdhulp. Komen de betrokken besturen er samen niet uit, dan wijst de "
              "directeur-bestuurder een school aan die de leerling tijdelijk opvangt (doorzettingsmacht). "
              "Besturen die hun zorgplicht niet rond krijgen, melden dat binnen tien schooldagen bij het bureau."),
        ("h1", "7 Wat willen we bereiken en hoe meten we dat?"),
        ("p", "Bij onze drie speerpunten horen de volgende beoogde resultaten in 2029:"),
        ("ul", ["het aantal thuiszitters op 1 oktober is gedaald van 24 (2024) naar maximaal 8;",
                "85 procent van de TLV-besluiten wordt binnen zes weken genomen (2024: 62 procent);",
                "jaarlijks keren minimaal 15 vso-leerlingen terug naar het regulier (2024: 7);",
                "leerlingen met een OPP waarderen hun begeleiding gemiddeld met een 7 of hoger."]),
        ("p", "Het bureau verzamelt de gegevens elk half jaar uit het registratiesysteem, de leerplichtadministratie "
              "en DUO. Een leerlingpeiling onder jongeren met een OPP houden we elk voorjaar. De "
              "directeur-bestuurder rapporteert de stand van zaken in het jaarverslag en bespreekt die in "
              "september met de raad van toezicht, de OPR en de gemeenten. Blijft een resultaat achter, dan "
              "bepaalt het bestuur bij het jaarplan welke bijsturing nodig is."),
        ("h1", "8 Ouders en leerlingen"),
        ("p", "Ouders en leerlingen moeten weten waar ze aan toe zijn. Op de website van het samenwerkingsverband "
              "staat per school een link naar het hoofdstuk ondersteuning in de schoolgids en een uitleg van de "
              "route naar het vso, het praktijkonderwijs en het lwoo. Iedere aanvraag wordt besproken in een "
              "gesprek waarbij ouders en leerling aanwezig zijn, en ouders ontvangen alle adviezen op papier."),
        ("p", "Voor onafhankelijk advies kunnen ouders en jongeren terecht bij het Ouder- en Jeugdsteunpunt "
              "Maas en Aa, dat samen met twee andere samenwerkingsverbanden is opgericht en geen deel uitmaakt "
              "van een schoolbestuur. Ook wijzen we op Onderwijsconsulenten en op de klachtenregeling van het "
              "samenwerkingsverband. Leerlingen hebben hoorrecht bij het opstellen van hun OPP."),
        ("h1", "9 Financiën"),
        ("p", "Het financiële beleid van het samenwerkingsverband – verdeelmodel, meerjarenbegroting en "
              "reservebeleid – is vastgelegd in de Kaderbrief Middelen 2025-2029. Het bestuur stelt die kaderbrief "
              "afzonderlijk vast; zij hoort als bijlage F bij dit plan."),
        ("h1", "10 Gemeenten en jeugdhulp")]
    body += oogo_procedural(c)
    body += [("p", "Op iedere school werkt een jeugdprofessional van het lokale team mee in het "
                   "ondersteuningsteam.")]
    body += [("h1", "11 Governance en OPR")] + governance(c)
    body += [("h1", "12 Personeel")] + personeel(c)
    body += [("h1", "13 ICT en privacy")] + ict(c)
    body += [("h1", "14 Kennisdeling")] + kennisdeling(c)
    body += [("h1", "15 Inspectietoezicht")] + inspectie(c)
    body += [("h1", "16 Wetgeving")] + wetgeving(c)
    body += [("h1", "17 Planning")] + planning(c)
    body += glossary(GLOSSARY_VO)
    toc = toc_from(body) + ["Bijlage F: Kaderbrief Middelen 2025-2029"]
    blocks = [("title", ["Ondersteuningsplan 2025-2029 – op hoofdlijnen", c["swv"],
                         "Basisondersteuning · dekkend aanbod · financiën · resultaten"]),
              ("toc", toc), leeswijzer(body)] + body
    return c, blocks


# --------------------------------------------------------------------------------------------
# Near-miss: a VO school's schoolondersteuningsprofiel (HTML). Same vocabulary, not an SWV plan.
# --------------------------------------------------------------------------------------------

def not_a_plan():
    b = [("title", ["Schoolondersteuningsprofiel 2025-2026", "Stedelijk Lyceum De Linde – vestiging Noord",
                    "Onderdeel van de schoolgids · aangesloten bij Samenwerkingsverband VO Rijnwaard"]),
         ("toc", ["1 Inleiding", "2 Onze basisondersteuning", "3 Extra ondersteuning op De Linde",
                  "4 Als wij niet genoeg kunnen bieden: TLV en vso", "5 Terugplaatsing vanuit het vso",
                  "6 Ouders", "7 Middelen en resultaten", "8 Contact"]),
         ("h1", "1 Inleiding"),
         ("p", "In dit schoolondersteuningsprofiel (SOP) beschrijft Stedelijk Lyceum De Linde, vestiging Noord, "
               "welke ondersteuning wij bieden aan onze 1.140 leerlingen in havo, vwo en gymnasium. Het profiel "
               "is vastgesteld door de directie na advies van de medezeggenschapsraad en wordt elk jaar in de "
               "schoolgids opgenomen. Onze school is aangesloten bij het samenwerkingsverband VO Rijnwaard; het "
               "ondersteuningsplan van het samenwerkingsverband vindt u op de website van het "
               "samenwerkingsverband."),
         ("h1", "2 Onze basisondersteuning"),
         ("p", "De basisondersteuning is de ondersteuning die iedere leerling op De Linde kan verwachten. Wij "
               "volgen daarbij de afspraken van het samenwerkingsverband. Op onze vestiging betekent dat:"),
         ("ul", ["een mentor per klas met een wekelijks mentoruur;",
                 "twee ondersteuningscoördinatoren (samen 1,0 fte) en een schoolpsycholoog op dinsdag;",
                 "dyslexiebegeleiding met extra tijd, vergrote toetsen en voorleessoftware;",
                 "een faalangsttraining in leerjaar 2 en 4;",
                 "een studiecoach voor leerlingen die moeite hebben met plannen;",
                 "een ondersteuningsteam dat zes keer per jaar bijeenkomt met de jeugdarts en het "
                 "schoolmaatschappelijk werk."]),
         ("h1", "3 Extra ondersteuning op De Linde"),
         ("p", "Onze school heeft een Lindeklas: een kleine groep voor leerlingen met autisme die in de "
               "onderbouw een deel van de lessen in een rustige omgeving volgen. Plaatsing in de Lindeklas gebeurt "
               "na een gesprek met de ondersteuningscoördinator en de ouders. Ook bieden we een programma voor "
               "hoogbegaafde leerlingen en een time-outruimte met vaste begeleiding."),
         ("h1", "4 Als wij niet genoeg kunnen bieden: TLV en vso"),
         ("p", "Soms heeft een leerling meer nodig dan wij kunnen bieden. Dan bespreken we met ouders en leerling "
               "de mogelijkheden. Voor een plaatsing in het vso vraagt ons bestuur een toelaatbaarheidsverklaring "
               "(TLV) aan bij het samenwerkingsverband. De procedure en de criteria staan in het "
               "ondersteuningsplan van het samenwerkingsverband. Wij zorgen voor een compleet dossier met OPP en "
               "onderwijskundig rapport, en houden ouders op de hoogte van elke stap."),
         ("h1", "5 Terugplaatsing vanuit het vso"),
         ("p", "De Linde ontvangt ieder jaar enkele leerlingen die vanuit het vso terugkeren naar het regulier "
               "onderwijs. Wij voeren vooraf een kennismakingsgesprek en maken afspraken over begeleiding door de "
               "mentor en de ondersteuningscoördinator. In het eerste halfjaar is er maandelijks contact met de "
               "ouders."),
         ("h1", "6 Ouders"),
         ("p", "Wij zien ouders als partners. Ouders worden uitgenodigd bij het opstellen en evalueren van het "
               "OPP. Vragen over ondersteuning kunt u stellen aan de mentor of de ondersteuningscoördinator. "
               "Komt u er met de school niet uit, dan kunt u contact opnemen met het Ouder- en Jeugdsteunpunt "
               "Rijnwaard of met Onderwijsconsulenten. Onze klachtenregeling vindt u in de schoolgids."),
         ("h1", "7 Middelen en resultaten"),
         ("p", "De school ontvangt van het samenwerkingsverband een schoolbudget voor extra ondersteuning. Wij "
               "zetten dat in voor de Lindeklas, de studiecoaches en de schoolpsycholoog. In het schooljaar "
               "2024-2025 haalde 94 procent van onze leerlingen met een OPP het eindexamen of stroomde over naar "
               "het volgende leerjaar. De tevredenheid van ouders over de ondersteuning was 7,6."),
         ("h1", "8 Contact"),
         ("p", "Ondersteuningscoördinatoren: mevrouw L. Bakker en de heer R. Ouali, bereikbaar via de "
               "receptie van De Linde Noord, Lindelaan 40, Rijnwaard.")]
    return b


# --------------------------------------------------------------------------------------------
# Labels
# --------------------------------------------------------------------------------------------
CRIT = [("basisondersteuning", ["niveau", "inhoud"]), ("plaatsing", ["procedure", "criteria"]),
        ("terugstroom", ["procedure", "beleid"]), ("financien", ["verdeling", "besteding"]),
        ("dekkend-aanbod", ["continuum", "lacunes"]), ("resultaten", ["doelen", "monitoring"]),
        ("ouders", ["informatie", "steunpunt"])]

LABELS = {
    "plan1": dict(
        sector="vo",
        false=["terugstroom.procedure", "resultaten.monitoring"],
        advisory={"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
                  "financien": ["reserves", "verantwoording"], "dekkend-aanbod": ["ketenpartners"],
                  "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
        notes={"basisondersteuning": "H4 states one minimum for every vestiging and lists concrete voorzieningen; borging via kwaliteitskaart.",
               "plaatsing": "H6.1-6.5: loket/CT, two deskundigen, 6 weeks, numbered vso criteria, pro/lwoo criteria, duur/categorie, LBT.",
               "terugstroom": "Only policy in 6.6 'Na de vso-periode' (aim, conditions, terugkeerarrangement); the procedure is deferred to a protocol in 2026-2027.",
               "financien": "H13 'Geld en middelen': verdeelmodel (vaste voet + per leerling, arrangementen) and meerjarenbegroting table with amounts.",
               "dekkend-aanbod": "H5 four-level continuum and dekkendheidsscan with witte vlekken and dated actions; H7 thuiszitterstafel/doorzettingsmacht.",
               "resultaten": "H8 table of beoogde resultaten with targets, but measuring/reporting is deferred to a monitoringskader 'in de loop van 2026'; jaarverslag only referenced.",
               "ouders": "Hidden in H9 'Communicatie': ouderpagina, brochure, info-avonden, schoolgids; Ouder- en Jeugdsteunpunt, Onderwijsconsulenten."}),
    "plan2": dict(
        sector="vo",
        false=["basisondersteuning.inhoud", "plaatsing.criteria", "financien.besteding",
               "ouders.informatie", "ouders.steunpunt"],
        advisory={"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
                  "terugstroom": ["monitoring"], "financien": ["verantwoording"],
                  "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"]},
        notes={"basisondersteuning": "H3 sets 'Basis op orde 2025' as minimum for all vestigingen, but its sixteen onderdelen are only in bijlage 2, which is not included.",
               "plaatsing": "H6.1-6.4 give procedure, deskundigen, termijn, bezwaar, looptijd; criteria are 'herzien' and to be published on the website.",
               "terugstroom": "Hidden in 6.5 'Einde van de TLV': aim/conditions/terugkeerarrangement plus steps, dates, decision by CvT.",
               "financien": "H8 gives verdeelmodel (vaste voet, per leerling, arrangementen); meerjarenbegroting has only p.m. amounts ('de bedragen volgen').",
               "dekkend-aanbod": "H4 continuum (school, OPDC, time-out, nieuwkomers, vso) and H5 witte-vlekken analysis and thuiszitters casusoverleg.",
               "resultaten": "H7 doelen with indicators/streefwaarden plus dashboard, rapportage and bereikte resultaten.",
               "ouders": "No information route or independent support for parents; 'Communicatie' (H12) is about schools/gemeenten; steunpunt only in begrippenlijst."}),
    "plan3": dict(
        sector="vo",
        false=["plaatsing.procedure", "plaatsing.criteria", "terugstroom.beleid", "dekkend-aanbod.lacunes",
               "resultaten.doelen", "resultaten.monitoring"],
        advisory={"basisondersteuning": ["borging"], "dekkend-aanbod": ["ketenpartners"],
                  "ouders": ["betrokkenheid"]},
        notes={"basisondersteuning": "H3 'Wat elke school biedt': one ondergrens for all five vestigingen with a concrete list.",
               "plaatsing": "H5 only refers to Reglement toelaatbaarheid (bijlage 3, absent) and a website.",
               "terugstroom": "H6 gives five procedural steps with dates; no aims, conditions or support after return.",
               "financien": "H8 'Geld': verdeling and meerjarenbegroting only in two tables (grondslag, bedrag, besluit).",
               "dekkend-aanbod": "H4 describes the treden/Eilandklas/vso continuum; gap analysis and thuiszitters approach deferred to 2026.",
               "resultaten": "H9 only says results and how to follow them will be set in 2025-2026; 'resultaatgericht' is a value word.",
               "ouders": "H7 'Hulp en informatie voor thuis': Wegwijzer, schoolgids page, inloopochtend; Ouderlijn, onderwijsconsulent, Geschillencommissie."}),
    "plan4": dict(
        sector="po",
        false=["terugstroom.procedure", "terugstroom.beleid", "financien.verdeling", "dekkend-aanbod.continuum",
               "dekkend-aanbod.lacunes", "resultaten.doelen", "ouders.informatie"],
        advisory={"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
                  "financien": ["reserves"], "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
        notes={"basisondersteuning": "H4: same level for all 46 scholen, four onderdelen with concrete content; zelfevaluatie every two years.",
               "plaatsing": "H5: CTB procedure, two deskundigen, 6 weeks, sbo and so criteria, duur, categorie, LBT.",
               "terugstroom": "H6 'Van speciaal naar regulier' only defers policy and werkwijze to an addendum in 2025-2026.",
               "financien": "H8 'Middelen': meerjarenbegroting with amounts and reserves, but verdeelmodel expired and new one still to be decided (Kaderbrief 2024 not included).",
               "dekkend-aanbod": "Nothing on continuum or gaps: extra support refers to an Arrangementenboek being rewritten outside the plan; dekkend aanbod only on title page/glossary.",
               "resultaten": "H7 monitoring with kengetallen table and reporting; intended results deferred to jaarplan 2026-2027.",
               "ouders": "H9: information for parents 'opnieuw ingericht' (deferral); steunpunt, onderwijsconsulent and Geschillencommissie present."}),
    "plan5": dict(
        sector="vo",
        false=["basisondersteuning.niveau", "basisondersteuning.inhoud", "financien.verdeling",
               "financien.besteding", "dekkend-aanbod.continuum"],
        advisory={"plaatsing": ["deskundigen", "duur-categorie", "bezwaar"], "terugstroom": ["monitoring"],
                  "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
        notes={"basisondersteuning": "H3 states the SWV sets no level and waits for the landelijke norm (addendum later); schools describe it in their schoolgids.",
               "plaatsing": "H4 in plain wording: Toewijzingsteam procedure, two deskundigen, 6 weeks, three vso conditions, pro/lwoo, duur, bezwaar.",
               "terugstroom": "H5 'De weg terug naar het regulier': conditions, terugkeercoach, initiative, dates, decision, evaluations.",
               "financien": "H9 only refers to the Kaderbrief Middelen (bijlage F), which is not included.",
               "dekkend-aanbod": "H6: continuum only on the website (Sociale Kaart); yearly gap analysis, thuiszitterstafel, doorzettingsmacht, zorgplicht present.",
               "resultaten": "H7 targets with baselines and half-yearly data collection, jaarverslag, bijsturing.",
               "ouders": "H8: website links to schoolgids chapters and route explanation; Ouder- en Jeugdsteunpunt Maas en Aa, Onderwijsconsulenten."}),
}


def label_text(name, docs):
    L = LABELS[name]
    lines = ["documents: [%s]" % ", ".join(docs), "sector: %s" % L["sector"], "looks_like_plan: true"]
    crit = {}
    status = {}
    for el, cs in CRIT:
        vals = [("%s.%s" % (el, cc)) not in L["false"] for cc in cs]
        for cc, v in zip(cs, vals):
            crit["%s.%s" % (el, cc)] = v
        if all(vals):
            status[el] = "present"
        elif any(vals) or L["advisory"].get(el):
            status[el] = "partial"
        else:
            status[el] = "missing"
    lines.append("elements: {%s}" % ", ".join("%s: %s" % (el, status[el]) for el, _ in CRIT))
    lines.append("criteria:")
    lines += ["  %s: %s" % (k, "true" if v else "false") for k, v in crit.items()]
    lines.append("advisory_addressed:")
    adv = [(el, L["advisory"][el]) for el, _ in CRIT if L["advisory"].get(el)]
    lines += ["  %s: [%s]" % (el, ", ".join(v)) for el, v in adv]
    lines.append("notes:")
    lines += ['  %s: "%s"' % (el, L["notes"][el].replace('"', "'")) for el, _ in CRIT]
    return "\n".join(lines) + "\n", status


def main():
    out = OUT
    made = []
    plans = [("plan1", plan1, "vo-rijnwaard-ondersteuningsplan-2025-2029", ["docx"]),
             ("plan2", plan2, "vo-zoomdal-ondersteuningsplan-2025-2029", ["pdf"]),
             ("plan3", plan3, "vo-eilandenrijk-ondersteuningsplan-2025-2029", ["md"]),
             ("plan4", plan4, "po-beekvallei-ondersteuningsplan-2025-2029", ["docx", "pdf"]),
             ("plan5", plan5, "vo-maasoever-ondersteuningsplan-op-hoofdlijnen", ["pdf"])]
    tmpdir = Path(tempfile.mkdtemp(prefix="holdout233_gen_"))
    try:
        for key, fn, stem, fmts in plans:
            c, blocks = fn()
            header = "Ondersteuningsplan 2025-2029 | %s" % c["swv"]
            footer = "Basisondersteuning · Toelaatbaarheid · Terugplaatsing · Financiën · Ouders"
            docs = []
            if "docx" in fmts or "pdf" in fmts:
                dpath = (out / (stem + ".docx")) if "docx" in fmts else (tmpdir / (stem + ".docx"))
                write_docx(blocks, dpath, header, footer)
                if "docx" in fmts:
                    docs.append(dpath.name)
                if "pdf" in fmts:
                    docx_to_pdf(dpath, out / (stem + ".pdf"))
                    docs.append(stem + ".pdf")
            if "md" in fmts:
                write_md(blocks, out / (stem + ".md"))
                docs.append(stem + ".md")
            text, status = label_text(key, docs)
            (out / (stem + ".expected.yaml")).write_text(text, encoding="utf-8")
            made.append((stem, docs, words(blocks), status))
        nap = "vo-stedelijk-lyceum-de-linde-sop-2025-2026"
        write_html(not_a_plan(), out / (nap + ".html"), "Schoolondersteuningsprofiel 2025-2026 – De Linde Noord")
        (out / (nap + ".expected.yaml")).write_text(
            "documents: [%s.html]\nsector: vo\nlooks_like_plan: false\nelements: {}\ncriteria: {}\n"
            "advisory_addressed: {}\nnotes:\n  document: \"A single school's schoolondersteuningsprofiel "
            "(one vestiging, set by the school's directie, part of the schoolgids) that refers to the "
            "samenwerkingsverband's plan; not an ondersteuningsplan of a samenwerkingsverband.\"\n" % nap,
            encoding="utf-8")
        made.append((nap, [nap + ".html"], words(not_a_plan()), {}))
    finally:
        shutil.rmtree(tmpdir, ignore_errors=True)
    for stem, docs, n, status in made:
        print("%-50s %5d words  %s  %s" % (stem, n, docs, status))


if __name__ == "__main__":
    main()
