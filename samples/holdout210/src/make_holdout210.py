#!/usr/bin/env python3
"""Generate holdout set 210: five fictional ondersteuningsplannen (table-heavy) and one near-miss.

Deterministic, no network. Output goes to the parent folder of this script's folder.
PDFs are rendered from .docx with LibreOffice (soffice --headless) in a private temp dir.
"""
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from docx import Document
from docx.shared import Pt

OUT = Path(__file__).resolve().parent.parent

# ---------------------------------------------------------------------------
# A tiny document model: list of blocks
#   ("title", [lines]) ("toc", [entries]) ("h1", text) ("h2", text) ("p", text)
#   ("bullets", [items]) ("table", [[header...], [row...], ...]) ("caption", text)
# ---------------------------------------------------------------------------


def words(blocks):
    n = 0
    for kind, val in blocks:
        if isinstance(val, str):
            n += len(val.split())
        else:
            for item in val:
                if isinstance(item, str):
                    n += len(item.split())
                else:
                    for cell in item:
                        n += len(str(cell).split())
    return n


def write_docx(blocks, path, header_text, footer_text):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = header_text
    sec.footer.paragraphs[0].text = footer_text
    for kind, val in blocks:
        if kind == "title":
            for i, line in enumerate(val):
                p = doc.add_paragraph()
                r = p.add_run(line)
                r.bold = i == 0
                r.font.size = Pt(22 if i == 0 else 13)
            doc.add_page_break()
        elif kind == "toc":
            doc.add_heading("Inhoudsopgave", level=1)
            for e in val:
                doc.add_paragraph(e)
            doc.add_page_break()
        elif kind == "h1":
            doc.add_heading(val, level=1)
        elif kind == "h2":
            doc.add_heading(val, level=2)
        elif kind == "p":
            doc.add_paragraph(val)
        elif kind == "caption":
            p = doc.add_paragraph()
            r = p.add_run(val)
            r.italic = True
        elif kind == "bullets":
            for it in val:
                doc.add_paragraph(it, style="List Bullet")
        elif kind == "table":
            t = doc.add_table(rows=len(val), cols=len(val[0]))
            t.style = "Table Grid"
            for i, row in enumerate(val):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = str(cell)
                    if i == 0:
                        for r in t.cell(i, j).paragraphs[0].runs:
                            r.bold = True
            doc.add_paragraph()
        else:
            raise ValueError(kind)
    doc.save(str(path))


def txt_table(rows):
    widths = [max(len(str(r[j])) for r in rows) for j in range(len(rows[0]))]
    widths = [min(w, 60) for w in widths]
    lines = []
    sep = "+" + "+".join("-" * (w + 2) for w in widths) + "+"
    lines.append(sep)
    for i, row in enumerate(rows):
        # wrap cells
        wrapped = []
        for j, cell in enumerate(row):
            text = str(cell)
            w = widths[j]
            parts, cur = [], ""
            for wd in text.split():
                if len(cur) + len(wd) + (1 if cur else 0) > w:
                    parts.append(cur)
                    cur = wd
                else:
                    cur = (cur + " " + wd) if cur else wd
            parts.append(cur)
            wrapped.append(parts)
        h = max(len(p) for p in wrapped)
        for k in range(h):
            cells = []
            for j, parts in enumerate(wrapped):
                cells.append(" " + (parts[k] if k < len(parts) else "").ljust(widths[j]) + " ")
            lines.append("|" + "|".join(cells) + "|")
        if i == 0:
            lines.append(sep.replace("-", "="))
    lines.append(sep)
    return "\n".join(lines)


def write_txt(blocks, path):
    out = []
    for kind, val in blocks:
        if kind == "title":
            out.extend(val)
            out.append("")
            out.append("=" * 72)
        elif kind == "toc":
            out.append("INHOUDSOPGAVE")
            out.extend(val)
            out.append("=" * 72)
        elif kind == "h1":
            out.append("")
            out.append(val.upper())
            out.append("-" * len(val))
        elif kind == "h2":
            out.append("")
            out.append(val)
        elif kind in ("p", "caption"):
            out.append(val)
        elif kind == "bullets":
            out.extend("  - " + it for it in val)
        elif kind == "table":
            out.append(txt_table(val))
        out.append("")
    path.write_text("\n".join(out), encoding="utf-8")


def docx_to_pdf(blocks, pdf_path, header_text, footer_text):
    tmp = Path(tempfile.mkdtemp(prefix="holdout210_render_"))
    try:
        src = tmp / (pdf_path.stem + ".docx")
        write_docx(blocks, src, header_text, footer_text)
        profile = tmp / "lo_profile"
        subprocess.run(
            ["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
             "--convert-to", "pdf", "--outdir", str(tmp), str(src)],
            check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
        shutil.copyfile(tmp / (pdf_path.stem + ".pdf"), pdf_path)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


# ---------------------------------------------------------------------------
# Shared filler (deliberately free of element substance; uses the vocabulary in passing)
# ---------------------------------------------------------------------------


def voorwoord(c):
    return [
        ("h1", "1 Voorwoord"),
        ("p", f"Voor u ligt het ondersteuningsplan {c['periode']} van {c['naam']}. Het plan is tot stand gekomen in "
              f"een traject van ruim een jaar, waarin directeuren, intern begeleiders en ondersteuningscoördinatoren, "
              f"schoolbesturen, de ondersteuningsplanraad en de gemeenten {c['gemeenten']} hebben meegedacht. Wij zijn "
              f"iedereen die tijd heeft vrijgemaakt voor de werksessies en de consultatierondes daarvoor zeer erkentelijk."),
        ("p", "Passend onderwijs is geen project meer, maar de gewone manier waarop scholen in onze regio werken. Dat "
              "betekent niet dat alles af is. Leraren merken dat de ondersteuningsvragen in de klas complexer worden, "
              "schoolleiders zien de krapte op de arbeidsmarkt en ouders vragen terecht om duidelijkheid. In dit plan "
              "kiezen wij daarom voor minder woorden op hoofdlijnen en meer afspraken die voor iedereen herkenbaar zijn. "
              "Waar het kon, hebben wij afspraken in tabellen gezet, zodat het plan ook als naslagwerk bruikbaar is."),
        ("p", f"Het plan is een gezamenlijk product. De middelen, de resultaten en de keuzes die wij maken zijn van alle "
              f"{c['nbesturen']} aangesloten schoolbesturen samen. Wij nodigen iedereen uit om ons te blijven voeden met "
              f"ervaringen uit de praktijk, zodat het plan een levend document blijft."),
        ("p", f"{c['directeur']}, directeur-bestuurder"),
    ]


def leeswijzer(c, mapping):
    rows = [["Wettelijk onderdeel (art. " + c["artikel"] + " lid 8)", "Waar in dit plan"]] + mapping
    return [
        ("h1", "2 Inleiding en leeswijzer"),
        ("p", f"{c['naam']} ({c['code']}) is een stichting waarin {c['nbesturen']} schoolbesturen samenwerken. Het "
              f"werkgebied omvat de gemeenten {c['gemeenten']}. In totaal vallen {c['nscholen']} schoolvestigingen "
              f"onder het verband. Dit ondersteuningsplan geldt voor de schooljaren {c['periode']} en vervangt het plan "
              f"uit de vorige planperiode. De wet schrijft voor welke onderdelen een ondersteuningsplan in elk geval bevat. "
              f"Onderstaande tabel laat zien waar u die onderwerpen in dit plan kunt terugvinden."),
        ("table", rows),
        ("caption", "Tabel 2.1 Leeswijzer wettelijke onderdelen"),
        ("p", "Het plan is opgebouwd uit korte hoofdstukken. Elk hoofdstuk opent met de kern in enkele zinnen; daarna "
              "volgen de afspraken, zoveel mogelijk in tabelvorm. Achterin vindt u een begrippenlijst en een lijst met "
              "afkortingen. Waar in de tekst wordt gesproken over 'scholen' bedoelen wij alle vestigingen die onder "
              "het samenwerkingsverband vallen, tenzij anders vermeld."),
    ]


def visie(c, nr):
    return [
        ("h1", f"{nr} Visie, missie en ambities"),
        ("p", f"Onze missie is kort: {c['missie']} Wij geloven dat de meeste kinderen en jongeren het beste tot hun recht "
              "komen in een school dicht bij huis, samen met leeftijdsgenoten uit hun buurt. Waar dat niet lukt, moet er "
              "een goed alternatief zijn dat zo kort als nodig en zo lang als nodig wordt ingezet."),
        ("p", "Onze visie rust op vier kernwaarden, die wij in de werksessies met directeuren en leraren hebben "
              "geformuleerd. Ze vormen de toets voor iedere beslissing die het samenwerkingsverband neemt, van de "
              "inrichting van het loket tot de keuze voor een nieuw project."),
        ("table", [["Kernwaarde", "Wat wij daaronder verstaan", "Wat je daarvan merkt"],
                   ["Nabij", "Ondersteuning zo dicht mogelijk bij de klas en het gezin organiseren.",
                    "Korte lijnen tussen leraar, intern begeleider en consulent."],
                   ["Samen", "Besturen voelen zich gezamenlijk verantwoordelijk voor alle leerlingen in de regio.",
                    "Besluiten worden in het directeurenoverleg voorbereid en breed gedragen."],
                   ["Eigenaarschap", "Scholen nemen eigen verantwoordelijkheid en leggen die ook af.",
                    "Scholen presenteren hun ontwikkelpunten in lerende netwerken."],
                   ["Eenvoud", "Zo min mogelijk bureaucratie rond ondersteuning.",
                    "Formulieren worden jaarlijks kritisch bekeken op noodzaak."]]),
        ("caption", f"Tabel {nr}.1 Kernwaarden"),
        ("p", "Voor de planperiode hebben wij drie ambities geformuleerd. Ten eerste willen wij dat leraren zich "
              "toegerust voelen om verschillen tussen leerlingen op te vangen. Ten tweede willen wij dat de samenwerking "
              "met jeugdhulp en gemeenten vanzelfsprekend wordt. Ten derde willen wij de administratieve last voor "
              "scholen verlagen. Deze ambities zijn richtinggevend; zij zijn bewust niet in cijfers vertaald."),
        ("p", "Het samenwerkingsverband ziet zichzelf niet als een extra laag boven de scholen, maar als een netwerk "
              "dat scholen met elkaar verbindt. Kennis die op de ene school aanwezig is, moet ook voor de andere school "
              "beschikbaar zijn. Daarom investeren wij in lerende netwerken van intern begeleiders, "
              "ondersteuningscoördinatoren en schoolleiders, die vier keer per jaar bijeenkomen rond een thema dat zij "
              "zelf kiezen."),
    ]


def governance(c, nr, opr_text):
    return [
        ("h1", f"{nr} Organisatie, governance en medezeggenschap"),
        ("p", f"{c['naam']} is een stichting met een raad van toezicht en een directeur-bestuurder. De aangesloten "
              "schoolbesturen vormen samen de algemene vergadering, die onder meer de statuten wijzigt en de "
              "leden van de raad van toezicht benoemt. Bestuur en toezicht zijn gescheiden volgens de Code Goed Bestuur "
              "van de sectorraad. Het bestuur laat zich bij de voorbereiding van besluiten adviseren door het "
              "directeurenoverleg, waarin per bestuur een directeur zitting heeft."),
        ("table", [["Orgaan", "Samenstelling", "Belangrijkste taken", "Vergaderfrequentie"],
                   ["Algemene vergadering", f"{c['nbesturen']} bestuurders van aangesloten schoolbesturen",
                    "Benoemen raad van toezicht, wijzigen statuten, goedkeuren fusies", "2 keer per jaar"],
                   ["Raad van toezicht", "5 onafhankelijke leden", "Toezicht, werkgeverschap directeur-bestuurder, "
                    "goedkeuren begroting en jaarrekening", "5 keer per jaar"],
                   ["Directeur-bestuurder", "1 persoon", "Dagelijkse leiding, vaststellen plannen na instemming",
                    "doorlopend"],
                   ["Directeurenoverleg", "1 directeur per bestuur", "Advies aan bestuur, voorbereiding beleid",
                    "6 keer per jaar"],
                   ["Ondersteuningsplanraad (OPR)", "zie paragraaf " + str(nr) + ".2", "Instemming ondersteuningsplan",
                    "5 keer per jaar"],
                   ["MR samenwerkingsverband", "Personeel van het bureau", "Medezeggenschap personeelszaken bureau",
                    "4 keer per jaar"]]),
        ("caption", f"Tabel {nr}.1 Organen van de stichting"),
        ("h2", f"{nr}.2 Ondersteuningsplanraad"),
        ("p", opr_text),
        ("p", "Naast de formele vergaderingen organiseert het bureau twee keer per jaar een themabijeenkomst voor de "
              "ondersteuningsplanraad. Leden krijgen een scholingsbudget en kunnen gebruikmaken van externe "
              "ondersteuning bij het beoordelen van stukken. De ondersteuningsplanraad heeft een eigen reglement."),
        ("h2", f"{nr}.3 Op overeenstemming gericht overleg"),
        ("p", f"Het concept van dit plan is besproken in het op overeenstemming gericht overleg (OOGO) met de "
              f"colleges van burgemeester en wethouders van {c['gemeenten']}. Het OOGO vond plaats op {c['oogo']}. "
              f"Ook is overleg gevoerd met het aangrenzende samenwerkingsverband {c['buur']}. Van beide overleggen "
              f"is een verslag gemaakt dat bij het bestuur ter inzage ligt."),
    ]


def personeel(c, nr):
    return [
        ("h1", f"{nr} Personeel en bureau"),
        ("p", "Het bureau van het samenwerkingsverband is klein gehouden. De meeste ondersteuning wordt geleverd door "
              "mensen die op de scholen werken of die door het verband bij besturen zijn gedetacheerd. Het bureau "
              "richt zich op coördinatie, advies, de toewijzing van voorzieningen en de bedrijfsvoering."),
        ("table", [["Functie", "fte 2026", "Toelichting"],
                   ["Directeur-bestuurder", "1,0", "Eindverantwoordelijk"],
                   ["Beleidsmedewerker", "0,8", "Beleid, kwaliteit, OPR-ondersteuning"],
                   ["Orthopedagogen / consulenten", c["fte_orth"], "Advies aan scholen, deelname aan overleggen"],
                   ["Secretariaat en administratie", "1,4", "Loketadministratie, planning"],
                   ["Controller (ingehuurd)", "0,2", "Planning en control"]]),
        ("caption", f"Tabel {nr}.1 Formatie bureau"),
        ("p", "Het samenwerkingsverband investeert in de deskundigheid van de eigen medewerkers en van leraren op de "
              "scholen. Voor leraren organiseren wij jaarlijks een studiedag passend onderwijs en een aanbod van korte "
              "trainingen. Het personeelsbeleid van het bureau volgt de cao primair onderwijs; gedetacheerde "
              "medewerkers blijven in dienst van hun eigen bestuur. Het verzuim op het bureau was de afgelopen jaren "
              "laag; wij houden jaarlijks een medewerkersgesprek en een teamdag."),
        ("p", "De krapte op de arbeidsmarkt raakt ook de ondersteuning. Orthopedagogen en gedragsspecialisten zijn "
              "lastig te vinden. Wij werken daarom samen met de hogeschool in de regio aan stageplaatsen en een "
              "traineeship. Daarnaast onderzoeken wij of gezamenlijke vacatures met besturen aantrekkelijker zijn."),
    ]


def ict(c, nr):
    return [
        ("h1", f"{nr} ICT, privacy en gegevensbeheer"),
        ("p", "Het samenwerkingsverband verwerkt persoonsgegevens van leerlingen, onder meer gezondheidsgegevens, "
              "wanneer dat nodig is voor de wettelijke taken. Wij houden ons aan de Algemene verordening "
              "gegevensbescherming. Er is een functionaris gegevensbescherming aangesteld die wordt gedeeld met twee "
              "andere samenwerkingsverbanden. Dossiers worden niet langer bewaard dan wettelijk is toegestaan."),
        ("table", [["Systeem", "Doel", "Toegang", "Bewaartermijn"],
                   [c["portaal"], "Aanvragen en dossiers", "Loketmedewerkers, consulenten", "3 jaar na besluit"],
                   ["Financieel pakket", "Administratie en betalingen", "Controller, secretariaat", "7 jaar"],
                   ["Samenwerkingsomgeving", "Vergaderstukken bestuur en OPR", "Leden van organen", "Duur lidmaatschap"],
                   ["Website", "Publiek informatie", "Iedereen", "n.v.t."]]),
        ("caption", f"Tabel {nr}.1 Systemen en gegevens"),
        ("p", "Medewerkers volgen jaarlijks een korte training over informatiebeveiliging. Datalekken worden binnen 72 "
              "uur gemeld. Met alle verwerkers zijn verwerkersovereenkomsten gesloten. In 2026 wordt het portaal "
              "vervangen; de aanbesteding wordt samen met twee andere verbanden uitgevoerd om kosten te besparen."),
    ]


def planning(c, nr, rows):
    return [
        ("h1", f"{nr} Planning van de planperiode"),
        ("p", "De onderstaande tabel geeft de belangrijkste mijlpalen van de planperiode weer. De planning wordt "
              "jaarlijks uitgewerkt in een jaarplan, dat na bespreking in het directeurenoverleg door de "
              "directeur-bestuurder wordt vastgesteld."),
        ("table", [["Schooljaar", "Activiteit", "Eigenaar"]] + rows),
        ("caption", f"Tabel {nr}.1 Mijlpalen"),
    ]


def begrippen(nr, rows):
    return [
        ("h1", f"Bijlage {nr} Begrippenlijst"),
        ("table", [["Begrip", "Omschrijving"]] + rows),
    ]


def afkortingen(nr, rows):
    return [
        ("h1", f"Bijlage {nr} Afkortingen"),
        ("table", [["Afkorting", "Betekenis"]] + rows),
    ]


GLOSSARY_PO = [
    ["Basisondersteuning", "Het door het samenwerkingsverband afgesproken niveau van ondersteuning dat alle scholen "
     "aan alle leerlingen bieden, binnen de ondersteuningsstructuur van de school."],
    ["Arrangement", "Een afgesproken pakket van extra ondersteuning voor een leerling of groep."],
    ["Dekkend aanbod", "Het geheel van voorzieningen waarmee voor iedere leerling een passende plek beschikbaar is."],
    ["Toelaatbaarheidsverklaring (TLV)", "Besluit van het samenwerkingsverband dat een leerling toelaatbaar is tot "
     "het speciaal basisonderwijs of het speciaal onderwijs."],
    ["Terugplaatsing", "De overstap van een leerling van sbo of so naar het regulier basisonderwijs."],
    ["Meerjarenbegroting", "Begroting voor ten minste vier jaren vooruit."],
    ["Ouder- en jeugdsteunpunt", "Onafhankelijk steunpunt voor ouders en jeugdigen met vragen over passend onderwijs."],
    ["Onderwijsconsulent", "Onafhankelijk adviseur die ouders en scholen helpt bij een vastgelopen situatie."],
    ["Thuiszitter", "Leerplichtige jongere die zonder geldige reden niet naar school gaat."],
    ["Zorgplicht", "De plicht van een schoolbestuur om een leerling die extra ondersteuning nodig heeft een passende "
     "plek te bieden."],
    ["Kwaliteitszorg", "Het stelsel waarmee het verband de kwaliteit van zijn werk bewaakt."],
    ["Ontwikkelingsperspectief (OPP)", "Document met de verwachte uitstroom en de ondersteuning van een leerling."],
]

GLOSSARY_VO = [
    ["Basisondersteuning", "Afgesproken ondersteuning die alle VO-scholen binnen het verband bieden."],
    ["Leerwegondersteunend onderwijs (lwoo)", "Extra ondersteuning binnen het vmbo."],
    ["Praktijkonderwijs (pro)", "Schoolsoort voor leerlingen die met een praktijkgerichte aanpak naar werk gaan."],
    ["Toelaatbaarheidsverklaring (TLV)", "Besluit dat een leerling toelaatbaar is tot het voortgezet speciaal onderwijs."],
    ["Terugplaatsing / overplaatsing", "Overstap van vso naar regulier voortgezet onderwijs."],
    ["OPDC", "Orthopedagogisch-didactisch centrum, tijdelijke voorziening buiten de eigen school."],
    ["Ouder- en jeugdsteunpunt (OJSP)", "Onafhankelijk steunpunt voor ouders en leerlingen."],
    ["Thuiszitter", "Leerplichtige jongere die niet ingeschreven is of langer dan vier weken verzuimt."],
    ["Dekkend aanbod", "Sluitend netwerk van voorzieningen binnen de regio."],
    ["Meerjarenbegroting", "Begroting voor meerdere jaren."],
    ["Resultaten", "Wat het verband voor leerlingen wil bereiken en heeft bereikt."],
]

ABBR_PO = [["AB", "Ambulante begeleiding"], ["IB", "Intern begeleider"], ["OJSP", "Ouder- en jeugdsteunpunt"],
           ["OOGO", "Op overeenstemming gericht overleg"], ["OPP", "Ontwikkelingsperspectief"],
           ["OPR", "Ondersteuningsplanraad"], ["OT", "Ondersteuningsteam"], ["SBO", "Speciaal basisonderwijs"],
           ["SO", "Speciaal onderwijs"], ["SOP", "Schoolondersteuningsprofiel"], ["SWV", "Samenwerkingsverband"],
           ["TLV", "Toelaatbaarheidsverklaring"], ["CvT", "Commissie van Toelaatbaarheid"]]
ABBR_VO = [["LWOO", "Leerwegondersteunend onderwijs"], ["PrO", "Praktijkonderwijs"],
           ["VSO", "Voortgezet speciaal onderwijs"], ["OPDC", "Orthopedagogisch-didactisch centrum"],
           ["OJSP", "Ouder- en jeugdsteunpunt"], ["OOGO", "Op overeenstemming gericht overleg"],
           ["OPR", "Ondersteuningsplanraad"], ["OPP", "Ontwikkelingsperspectief"], ["SWV", "Samenwerkingsverband"],
           ["TLV", "Toelaatbaarheidsverklaring"], ["CTO", "Commissie Toewijzing Ondersteuning"]]


def extra_filler(c, nr):
    """Long, substance-free chapter on regional context and themes (huisvesting, vervoer, HB, NT2)."""
    return [
        ("h1", f"{nr} Regio en context"),
        ("p", f"Het werkgebied van {c['naam']} is een gebied met grote verschillen. In de kernen wonen relatief veel "
              "jonge gezinnen, in het buitengebied neemt het aantal kinderen af. Scholen in kleine dorpen staan onder "
              "druk, terwijl nieuwbouwwijken juist om extra lokalen vragen. Die ontwikkeling heeft gevolgen voor de "
              "spreiding van voorzieningen en voor de reistijd van leerlingen."),
        ("table", [["Gemeente", "Aantal vestigingen", "Aantal besturen actief"]] + c["context_rows"]),
        ("caption", f"Tabel {nr}.1 Vestigingen per gemeente (teldatum 1 oktober 2025)"),
        ("p", "Onderwijshuisvesting is een taak van de gemeenten. Waar een school een ruimte nodig heeft voor een "
              "groepsarrangement of een time-outvoorziening, bespreken schoolbesturen dit in het reguliere overleg over "
              "het integraal huisvestingsplan. Het samenwerkingsverband schuift daarbij aan als het om een "
              "bovenschoolse voorziening gaat."),
        ("p", "Leerlingenvervoer is eveneens een gemeentelijke taak. Het samenwerkingsverband heeft geen rol in de "
              "toekenning. Gemeenten hebben aangekondigd hun vervoersregelingen in de komende jaren te "
              "harmoniseren."),
        ("p", "Het aantal nieuwkomers in de regio is de afgelopen jaren gestegen. Het onderwijs aan nieuwkomers valt "
              "grotendeels buiten het ondersteuningsplan, omdat daarvoor aparte bekostiging bestaat. Wel merken "
              "scholen dat een deel van deze leerlingen ook ondersteuning op andere gebieden nodig heeft."),
        ("p", "Ook de aandacht voor hoogbegaafde leerlingen groeit. Met de landelijke subsidie voor hoogbegaafdheid "
              "zijn in de vorige planperiode netwerken van specialisten opgezet. Die netwerken blijven bestaan; de "
              "subsidie zelf is inmiddels afgelopen."),
    ]


def more_filler(c, nr):
    """Substance-free chapters: totstandkoming, kennisdeling, doorgaande lijn PO-VO."""
    return [
        ("h1", f"{nr} Totstandkoming en vaststelling"),
        ("p", "Dit plan is in drie rondes geschreven. In de eerste ronde zijn werksessies gehouden met directeuren, "
              "intern begeleiders en ondersteuningscoördinatoren. In de tweede ronde is een conceptversie voorgelegd "
              "aan de schoolbesturen en aan de ondersteuningsplanraad voor een eerste reactie. In de derde ronde is "
              "het concept besproken met de gemeenten en met het aangrenzende samenwerkingsverband."),
        ("table", [["Datum", "Stap"],
                   ["september 2025", "Start werksessies"],
                   ["november 2025", "Eerste concept aan directeurenoverleg"],
                   ["januari 2026", "Concept aan OPR en gemeenten"],
                   [c["oogo"], "Op overeenstemming gericht overleg"],
                   ["maart 2026", "Instemming OPR en vaststelling"],
                   ["vóór 1 mei 2026", "Toezending aan de Inspectie van het Onderwijs"]]),
        ("caption", f"Tabel {nr}.1 Tijdpad"),
        ("p", "Wijzigingen in het plan tijdens de planperiode worden op dezelfde manier voorbereid en vastgesteld. "
              "Kleine, tekstuele aanpassingen worden jaarlijks gebundeld in een voortgangsparagraaf."),
        ("h1", f"{nr + 1} Kennisdeling en professionalisering"),
        ("p", "Kennis over passend onderwijs zit vooral in de hoofden van leraren, intern begeleiders en "
              "specialisten. Het samenwerkingsverband wil die kennis beter laten stromen. Daarvoor zijn er lerende "
              "netwerken, een jaarlijkse conferentie en een digitale kennisbank met praktijkvoorbeelden."),
        ("table", [["Activiteit", "Doelgroep", "Frequentie"],
                   ["Lerend netwerk intern begeleiders / ondersteuningscoördinatoren", "IB'ers, coördinatoren",
                    "4 keer per jaar"],
                   ["Netwerk schoolleiders", "Directeuren", "3 keer per jaar"],
                   ["Conferentie passend onderwijs", "Alle medewerkers", "jaarlijks in november"],
                   ["Intervisie gedragsspecialisten", "Specialisten", "6 keer per jaar"],
                   ["Kennisbank", "Alle medewerkers", "doorlopend"]]),
        ("caption", f"Tabel {nr + 1}.1 Kennisdeling"),
        ("p", "Scholen bepalen zelf welke scholing hun team volgt. Het verband biedt een aanbod aan, maar verplicht "
              "niets. Wel vragen wij scholen om in het schoolplan aan te geven hoe zij aan professionalisering op het "
              "gebied van ondersteuning werken. Nieuwe intern begeleiders krijgen in hun eerste jaar een maatje van een "
              "andere school."),
        ("h1", f"{nr + 2} Doorgaande lijn"),
        ("p", "De overgang tussen scholen is een kwetsbaar moment. Het verband heeft met het aangrenzende "
              f"samenwerkingsverband {c['buur']} afspraken gemaakt over de overdracht van gegevens. Het onderwijskundig "
              "rapport wordt digitaal overgedragen via het landelijke overstapservice-systeem. Leerlingen die een "
              "eigen leerlijn volgen, worden besproken in een overdrachtsgesprek tussen de betrokken scholen."),
        ("p", "Daarnaast zijn er afspraken over de aansluiting van het vervolgonderwijs en de arbeidsmarkt. Die "
              "afspraken worden vastgelegd in het regionale convenant met het mbo en het bedrijfsleven, dat in 2026 "
              "wordt vernieuwd. Het verband neemt deel aan de regionale stuurgroep en brengt daar de ervaringen van "
              "scholen in."),
    ]


def terugblik(c, nr):
    return [
        ("h1", f"{nr} Terugblik op de vorige planperiode"),
        ("p", "In de vorige planperiode is veel in gang gezet. Het bureau is verhuisd naar een centrale locatie, het "
              "digitale portaal is ingevoerd en de lerende netwerken zijn van start gegaan. Ook is de governance "
              "aangepast aan de nieuwe wettelijke eisen: bestuur en toezicht zijn nu volledig gescheiden."),
        ("table", [["Voornemen vorige plan", "Stand van zaken"],
                   ["Scheiding bestuur en toezicht", "Gerealiseerd in 2023"],
                   ["Invoering digitaal portaal", "Gerealiseerd, vervanging gepland"],
                   ["Lerende netwerken IB / ondersteuningscoördinatoren", "Gestart, 4 netwerken actief"],
                   ["Nieuw reglement ondersteuningsplanraad", "Vastgesteld in 2024"],
                   ["Samenwerkingsagenda met gemeenten", "Gedeeltelijk; wordt voortgezet"]]),
        ("caption", f"Tabel {nr}.1 Terugblik op voornemens"),
        ("p", "Niet alles is gelukt. De samenwerkingsagenda met gemeenten kwam later op gang dan gehoopt, mede door "
              "wisselingen in de ambtelijke bezetting. De evaluatie van de vorige periode, uitgevoerd door een extern "
              "bureau, gaf ons vooral de opdracht om afspraken eenvoudiger en beter vindbaar te maken. Die opdracht "
              "heeft de vorm van dit plan sterk bepaald."),
    ]


# ---------------------------------------------------------------------------
# Plan 1: PO, docx
# ---------------------------------------------------------------------------

def plan1():
    c = dict(naam="Samenwerkingsverband Passend Primair Onderwijs Rivierenland-Noord", code="PO 29-41",
             periode="2026-2030", gemeenten="Bemmelburg, Haaften-Oost en Zandwijk", nbesturen=9, nscholen=58,
             directeur="drs. H.J. van Lienden", artikel="18a WPO", missie="elk kind leert in een school waar het "
             "gezien wordt.", oogo="10 februari 2026", buur="VO Rivierenland-Noord (VO 29-42)", fte_orth="4,6",
             portaal="Ondersteuningsportaal Rivierenland",
             context_rows=[["Bemmelburg", "24", "6"], ["Haaften-Oost", "19", "4"], ["Zandwijk", "15", "5"]])
    B = []
    B.append(("title", ["Ondersteuningsplan 2026-2030", c["naam"] + " (" + c["code"] + ")",
                        "Samen sterk voor ieder kind",
                        "Vastgesteld door de directeur-bestuurder op 24 maart 2026, na instemming van de OPR"]))
    B.append(("toc", ["1 Voorwoord", "2 Inleiding en leeswijzer", "3 Terugblik op de vorige planperiode",
                      "4 Visie, missie en ambities", "5 Ondersteuning in onze scholen",
                      "   5.1 Basisondersteuning", "   5.2 Extra ondersteuning en arrangementen",
                      "   5.3 Dekkend aanbod en thuiszitters",
                      "6 Toelaatbaarheid sbo en so (inclusief terugplaatsing)", "7 Geld en middelen",
                      "8 Communicatie", "9 Kwaliteitszorg en resultaten", "10 Regio en context",
                      "11 Organisatie, governance en medezeggenschap", "12 Personeel en bureau",
                      "13 ICT, privacy en gegevensbeheer", "14 Planning van de planperiode",
                      "15 Totstandkoming en vaststelling", "16 Kennisdeling en professionalisering", "17 Doorgaande lijn",
                      "Bijlage 1 Begrippenlijst", "Bijlage 2 Afkortingen"]))
    B += voorwoord(c)
    B += leeswijzer(c, [["a. samenhangend geheel en basisondersteuning", "Hoofdstuk 5"],
                        ["b. verdeling en besteding middelen, meerjarenbegroting", "Hoofdstuk 7"],
                        ["c. toelaatbaarheid sbo en so", "Hoofdstuk 6"],
                        ["d. terugplaatsing", "Hoofdstuk 6"],
                        ["e. beoogde en bereikte resultaten", "Hoofdstuk 9"],
                        ["f. informatie aan ouders", "Hoofdstuk 8"]])
    B += terugblik(c, 3)
    B += visie(c, 4)
    # --- basisondersteuning: present (+borging)
    B += [
        ("h1", "5 Ondersteuning in onze scholen"),
        ("h2", "5.1 Basisondersteuning"),
        ("p", "Het algemeen bestuur heeft vastgelegd wat iedere school in ons verband ten minste biedt. Deze "
              "basisondersteuning is de ondergrens voor alle 58 vestigingen, ook voor nevenvestigingen en kleine "
              "dorpsscholen. Een school mag meer bieden, nooit minder. De tabel hieronder is de afspraak; het "
              "schoolondersteuningsprofiel van een school laat zien hoe de school de afspraak invult."),
        ("table", [["Standaard", "Wat u op elke school in Rivierenland-Noord aantreft"],
                   ["1 Lezen en dyslexie", "Werken volgens het Protocol Leesproblemen en Dyslexie; vanaf groep 3 drie "
                    "keer per jaar signalering; extra leesinstructie van minimaal 3 x 20 minuten per week voor "
                    "zwakke lezers."],
                   ["2 Rekenen en dyscalculie", "Protocol ERWD; diagnostische gesprekken door de leraar; "
                    "verlengde instructie aan de instructietafel."],
                   ["3 Gedrag en sociale veiligheid", "Een schoolbrede aanpak (bijvoorbeeld PBS of Kanjertraining), "
                    "een anti-pestcoördinator en jaarlijkse monitoring van sociale veiligheid."],
                   ["4 Meer- en hoogbegaafdheid", "Signalering met een vast instrument in groep 2 en 5; compacten en "
                    "verrijken in de groep; deelname aan de bovenschoolse plusklas na aanmelding door de school."],
                   ["5 Taal en NT2", "Woordenschatprogramma voor leerlingen met een taalachterstand."],
                   ["6 Medisch handelen", "Protocol medicijnverstrekking en medisch handelen, bekend bij alle "
                    "personeelsleden."],
                   ["7 Ondersteuningsstructuur", "Intern begeleider met minimaal 0,4 fte per 200 leerlingen; "
                    "groepsbesprekingen drie keer per jaar; een ondersteuningsteam (OT) met de orthopedagoog van het "
                    "verband, dat ten minste vier keer per jaar bijeenkomt."],
                   ["8 Handelingsgericht werken", "Groepsoverzichten en -plannen volgens de HGW-cyclus; ouders "
                    "worden betrokken bij elke stap buiten de groepsaanpak."]]),
        ("caption", "Tabel 5.1 De tien minuten-versie: acht standaarden basisondersteuning"),
        ("p", "Het verband controleert elke twee jaar met een kwaliteitskaart of een school de acht standaarden "
              "haalt. De consulent bespreekt de uitkomst met de directeur. Voldoet een school op een standaard niet, "
              "dan stelt het bestuur binnen drie maanden een verbeterplan op; de consulent volgt de uitvoering en "
              "rapporteert aan de directeur-bestuurder."),
        # --- dekkend aanbod: continuum yes
        ("h2", "5.2 Extra ondersteuning en arrangementen"),
        ("p", "Boven op de basisondersteuning kent het verband een getrapt aanbod. Elke trede wordt pas ingezet als de "
              "vorige onvoldoende blijkt; wel kan in spoedsituaties direct een hogere trede worden gekozen."),
        ("table", [["Trede", "Wat", "Waar", "Wie beslist"],
                   ["1 Basis", "De acht standaarden uit tabel 5.1", "Eigen school", "School"],
                   ["2 Basis+", "Advies en kortdurende begeleiding door consulent of ambulant begeleider",
                    "Eigen school", "OT van de school"],
                   ["3 Arrangement op school", "Individueel of groepsarrangement, bijvoorbeeld een taalklas of "
                    "gedragsgroep", "Eigen school of bovenschoolse groep", "Loket van het verband"],
                   ["4 Speciaal basisonderwijs", "Plaatsing op sbo De Brug of sbo Het Kompas", "Sbo-school",
                    "Commissie van Toelaatbaarheid"],
                   ["5 Speciaal onderwijs", "Plaatsing op so cluster 3 of 4", "So-school", "Commissie van "
                    "Toelaatbaarheid"]]),
        ("caption", "Tabel 5.2 Treden van ondersteuning"),
        ("p", "Voor leerlingen die naast onderwijs ook jeugdhulp nodig hebben, is er in elke gemeente een "
              "onderwijs-zorgarrangement. Een jeugdhulpverlener van de gemeente werkt dan op de school mee; de "
              "gemeente en het verband betalen ieder de helft. Schoolmaatschappelijk werk is in alle drie de "
              "gemeenten op iedere school beschikbaar."),
        # --- lacunes deferred
        ("h2", "5.3 Dekkend aanbod en thuiszitters"),
        ("p", "Een analyse van de vraag of ons aanbod dekkend is en een aanpak voor thuiszitters maken geen deel uit "
              "van deze versie van het plan. Wij nemen beide op in het jaarplan 2027-2028, nadat de "
              "leerplichtambtenaren hun nieuwe registratie hebben ingericht."),
    ]
    # --- plaatsing present, terugstroom partial (procedure only, inside TLV chapter)
    B += [
        ("h1", "6 Toelaatbaarheid sbo en so (inclusief terugplaatsing)"),
        ("p", "Voor plaatsing op een school voor speciaal basisonderwijs of speciaal onderwijs is een "
              "toelaatbaarheidsverklaring (TLV) van het verband nodig. De tabellen hieronder beschrijven hoe een "
              "aanvraag verloopt en waaraan de Commissie van Toelaatbaarheid (CvT) toetst."),
        ("table", [["Stap", "Wie", "Wat", "Termijn"],
                   ["1", "School en ouders", "Bespreking in het OT; ouders geven hun zienswijze schriftelijk",
                    "-"],
                   ["2", "Bevoegd gezag van de school van inschrijving", "Aanvraag in het portaal met OPP, "
                    "onderwijskundig rapport, verslag OT en zienswijze ouders", "-"],
                   ["3", "Twee deskundigen", "Ieder een eigen schriftelijk advies: een orthopedagoog of psycholoog "
                    "en, afhankelijk van de leerling, een jeugdarts, maatschappelijk werker of kinderpsychiater. "
                    "Deskundigen zijn niet betrokken geweest bij de aanvraag.", "binnen 3 weken"],
                   ["4", "Commissie van Toelaatbaarheid", "Besluit namens het bestuur; ouders ontvangen een kopie "
                    "van de adviezen", "binnen 6 weken na volledige aanvraag"],
                   ["5", "Ouders", "Bezwaar binnen 6 weken bij het bestuur; advies van de Landelijke "
                    "Bezwaaradviescommissie Toelaatbaarheidsverklaringen", "6 weken"]]),
        ("caption", "Tabel 6.1 Route van de aanvraag"),
        ("table", [["Criterium", "Sbo", "So cluster 3", "So cluster 4"],
                   ["Ondersteuning in trede 1 t/m 3 aantoonbaar ingezet", "ja, minimaal 1 jaar arrangement",
                    "ja, tenzij de leerling direct is aangewezen", "ja, minimaal 6 maanden arrangement"],
                   ["Ontwikkelingsperspectief", "Uitstroom verwacht op of onder niveau 1F in groep 8",
                    "Verwachte uitstroom dagbesteding, arbeid of vso", "Uitstroom afhankelijk van gedrag"],
                   ["Leerrendement over 2 jaar", "lager dan 50%", "lager dan 25%", "niet bepalend"],
                   ["Problematiek", "Combinatie leren en gedrag, te zwaar voor trede 3",
                    "Verstandelijke of lichamelijke beperking, langdurige ziekte", "Ernstige gedrags- of "
                    "psychiatrische problematiek die veiligheid raakt"]]),
        ("caption", "Tabel 6.2 Criteriamatrix toelaatbaarheid"),
        ("table", [["Soort TLV", "Geldigheid", "Bekostigingscategorie"],
                   ["Sbo", "Tot het einde van de basisschoolperiode", "n.v.t."],
                   ["So cluster 3/4", "2 schooljaren, eindigend op 31 juli", "laag; midden of hoog bij LG/LZ of MG"]]),
        ("caption", "Tabel 6.3 Duur en categorie"),
        ("h2", "6.4 Na afloop van de TLV"),
        ("p", "Uiterlijk 1 maart van het laatste geldigheidsjaar evalueert de s(b)o-school samen met de ouders en de "
              "consulent of de leerling kan terugkeren naar een basisschool. Neemt de s(b)o-school het initiatief tot "
              "terugkeer, dan zoekt zij met de ouders een basisschool; de consulent organiseert een warme overdracht "
              "met de ontvangende intern begeleider voor 1 juni. Acht de school verlenging nodig, dan vraagt zij een "
              "nieuwe TLV aan via de route van tabel 6.1. Anders eindigt de TLV op 31 juli."),
        ("p", "Een beleidskader voor terugplaatsing, met wat wij daarmee willen bereiken en welke begeleiding een "
              "leerling na de overstap krijgt, werken wij in het eerste planjaar uit."),
    ]
    # --- financien present (+reserves, +verantwoording)
    B += [
        ("h1", "7 Geld en middelen"),
        ("p", "Het verband ontvangt van het Rijk middelen voor lichte en zware ondersteuning. Na aftrek van de "
              "afdrachten aan het so worden de middelen verdeeld volgens het verdeelmodel hieronder."),
        ("table", [["Onderdeel verdeelmodel", "Verdeelsleutel", "Toekenning"],
                   ["Schoolbudget", "€ 95 per leerling, teldatum 1 februari voorafgaand aan het schooljaar",
                    "Automatisch, in 12 maandtermijnen aan het bevoegd gezag"],
                   ["Arrangementen trede 3", "Op aanvraag; normbedrag € 6.500 per individueel arrangement per jaar",
                    "Loket, na toets aan tabel 5.2"],
                   ["Sbo-bekostiging boven 2%", "Naar rato van het aantal sbo-leerlingen op 1 februari",
                    "Aan de sbo-besturen"],
                   ["Bovenschools", "Vaste voet", "Begroting bureau"]]),
        ("caption", "Tabel 7.1 Verdeelmodel"),
        ("table", [["Meerjarenbegroting (x € 1.000)", "2026", "2027", "2028", "2029"],
                   ["Baten rijksbijdrage", "9.840", "9.710", "9.590", "9.480"],
                   ["Afdracht so", "-3.120", "-3.150", "-3.150", "-3.160"],
                   ["Schoolbudgetten", "1.520", "1.500", "1.480", "1.460"],
                   ["Arrangementen", "2.210", "2.150", "2.100", "2.050"],
                   ["Sbo boven 2%", "1.640", "1.610", "1.580", "1.560"],
                   ["Onderwijs-zorgarrangementen", "310", "310", "310", "310"],
                   ["Bureau en personeel", "980", "990", "1.000", "1.010"],
                   ["Resultaat", "60", "0", "-30", "-70"]]),
        ("caption", "Tabel 7.2 Meerjarenbegroting"),
        ("p", "De algemene reserve bedraagt op 31 december 2025 € 1,12 miljoen. Het bestuur houdt een "
              "weerstandsvermogen aan van 5% van de baten voor risico's, zoals een stijging van het so-"
              "deelnamepercentage; het meerdere wordt in de planperiode via de arrangementen ingezet."),
        ("p", "Schoolbesturen verantwoorden jaarlijks vóór 1 oktober in een vast format waaraan zij schoolbudget "
              "en arrangementen hebben besteed. Het bureau toetst steekproefsgewijs."),
    ]
    # --- ouders present inside Communicatie
    B += [
        ("h1", "8 Communicatie"),
        ("p", "Het verband communiceert met drie doelgroepen: scholen, ketenpartners en ouders. Voor scholen is er "
              "een maandelijkse nieuwsbrief en een kennisbank in het portaal."),
        ("table", [["Doelgroep", "Middel", "Inhoud", "Frequentie"],
                   ["Ouders", "Ouderpagina op de website", "Uitleg over basisondersteuning, treden en de "
                    "toelaatbaarheidsroute", "doorlopend bijgewerkt"],
                   ["Ouders", "Schoolgids van iedere school", "Verplichte paragraaf over de ondersteuning die de "
                    "school biedt, met verwijzing naar het verband", "jaarlijks"],
                   ["Ouders", "Informatieavond per gemeente", "Passend onderwijs in de praktijk", "1 keer per jaar"],
                   ["Ouders", "Folder 'Ondersteuning op school'", "Beknopte uitleg, ook in eenvoudige taal",
                    "bij aanmelding"],
                   ["Scholen", "Nieuwsbrief", "Actualiteiten", "maandelijks"]]),
        ("caption", "Tabel 8.1 Communicatiemiddelen"),
        ("p", "Ouders die vragen hebben of het niet eens zijn met de school of het verband, kunnen terecht bij het "
              "onafhankelijke Ouder- en jeugdsteunpunt Rivierenland (telefonisch op werkdagen en via een inloopspreekuur "
              "in Bemmelburg). Het steunpunt werkt los van scholen en verband. Ook kunnen ouders een onderwijsconsulent "
              "inschakelen of een klacht indienen bij de landelijke klachtencommissie van Onderwijsgeschillen."),
    ]
    # --- resultaten missing (deferral only)
    B += [
        ("h1", "9 Kwaliteitszorg en resultaten"),
        ("p", "De beoogde resultaten voor leerlingen met een ondersteuningsbehoefte en de wijze waarop wij die volgen, "
              "stellen wij in de loop van 2027 vast, samen met het directeurenoverleg. Tot dat moment: p.m."),
    ]
    B += extra_filler(c, 10)
    B += governance(c, 11, "De ondersteuningsplanraad telt twaalf leden: zes ouders en zes personeelsleden, "
                           "afgevaardigd door de medezeggenschapsraden. De OPR heeft op 17 maart 2026 ingestemd met "
                           "dit plan.")
    B += personeel(c, 12)
    B += ict(c, 13)
    B += planning(c, 14, [["2026-2027", "Beleidskader terugplaatsing; start nieuwe portaal", "Directeur-bestuurder"],
                          ["2027-2028", "Vaststellen beoogde resultaten; analyse dekkend aanbod", "Beleidsmedewerker"],
                          ["2028-2029", "Tussenevaluatie plan", "Bestuur en OPR"],
                          ["2029-2030", "Voorbereiding nieuw plan", "Directeur-bestuurder"]])
    B += more_filler(c, 15)
    B += begrippen(1, GLOSSARY_PO)
    B += afkortingen(2, ABBR_PO)
    label = dict(
        sector="po",
        elements=dict(basisondersteuning="present", plaatsing="present", terugstroom="partial",
                      financien="present", **{"dekkend-aanbod": "partial"}, resultaten="missing", ouders="present"),
        criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
                  "plaatsing.procedure": True, "plaatsing.criteria": True,
                  "terugstroom.procedure": True, "terugstroom.beleid": False,
                  "financien.verdeling": True, "financien.besteding": True,
                  "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": False,
                  "resultaten.doelen": False, "resultaten.monitoring": False,
                  "ouders.informatie": True, "ouders.steunpunt": True},
        advisory={"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
                  "financien": ["reserves", "verantwoording"], "dekkend-aanbod": ["ketenpartners"],
                  "ouders": ["betrokkenheid"]},
        notes={"basisondersteuning": "5.1: minimum for all 58 vestigingen + table 5.1 of eight standards; borging via kwaliteitskaart/verbeterplan.",
               "plaatsing": "ch. 6: route table 6.1 (steps, CvT, 6 weeks, deskundigen, bezwaar/LBT) + criteria matrix 6.2 + duration/category table 6.3.",
               "terugstroom": "6.4 inside TLV chapter gives procedure (evaluation by 1 March, initiative, warm handover, TLV end 31 July); policy explicitly deferred to first plan year.",
               "financien": "ch. 7 'Geld en middelen': verdeelmodel table 7.1 and meerjarenbegroting table 7.2; reserves and verantwoording in prose.",
               "dekkend-aanbod": "5.2 treden table = continuum, OZA with gemeenten; 5.3 only defers dekkend-aanbod analysis and thuiszitters to jaarplan 2027-2028.",
               "resultaten": "ch. 9 only 'stellen wij in de loop van 2027 vast ... p.m.'; title/TOC/leeswijzer mention only.",
               "ouders": "ch. 8 'Communicatie': table 8.1 (ouderpagina, schoolgids, informatieavond, folder) and OJSP/onderwijsconsulent/klachtencommissie; OPR half ouders."},
    )
    return c, B, label


# ---------------------------------------------------------------------------
# Plan 2: VO, docx
# ---------------------------------------------------------------------------

def plan2():
    c = dict(naam="Samenwerkingsverband VO Kempenrand", code="VO 31-12", periode="2026-2030",
             gemeenten="Dommelstein, Bergeijk-West en Hapertse Heide", nbesturen=6, nscholen=14,
             directeur="mr. A.C. Verhoeven-Smulders", artikel="17a WVO", missie="iedere jongere een diploma of "
             "startkwalificatie, op een plek die bij hem of haar past.", oogo="3 maart 2026",
             buur="PO Kempenrand (PO 31-11)", fte_orth="3,2", portaal="Toewijzingsportaal Kempenrand",
             context_rows=[["Dommelstein", "7", "3"], ["Bergeijk-West", "4", "2"], ["Hapertse Heide", "3", "2"]])
    B = []
    B.append(("title", ["Ondersteuningsplan", c["naam"] + " " + c["code"], "Planperiode 2026-2030",
                        "Met hoofdstukken over basisondersteuning, toewijzing, ouders en resultaten"]))
    B.append(("toc", ["1 Voorwoord", "2 Inleiding en leeswijzer", "3 Visie, missie en ambities",
                      "4 Het ondersteuningsaanbod", "   4.1 Basisondersteuning", "   4.2 Ondersteuningsniveaus",
                      "   4.3 Thuiszitters en zorgplicht", "5 Toewijzing vso, lwoo en pro",
                      "   5.4 Afloop van de TLV", "6 Financieel beleid", "7 Resultaten en kwaliteitszorg",
                      "8 Communicatie", "9 Terugblik", "10 Regio en context",
                      "11 Organisatie, governance en medezeggenschap", "12 Personeel en bureau",
                      "13 ICT, privacy en gegevensbeheer", "14 Planning", "15 Totstandkoming en vaststelling", "16 Kennisdeling en professionalisering", "17 Doorgaande lijn",
                      "Bijlage 1 Begrippenlijst",
                      "Bijlage 2 Afkortingen", "Bijlage 6 Meerjarenbegroting 2026-2030 (separaat)"]))
    B += voorwoord(c)
    B += leeswijzer(c, [["a. samenhangend geheel, basisondersteuning", "Hoofdstuk 4"],
                        ["b. verdeling middelen en meerjarenbegroting", "Hoofdstuk 6 en bijlage 6"],
                        ["c. vso, lwoo en pro", "Hoofdstuk 5"], ["d. terugplaatsing vso", "Paragraaf 5.4"],
                        ["e. resultaten", "Hoofdstuk 7"],
                        ["f. ouders", "Ouder- en jeugdsteunpunt (zie begrippenlijst)"]])
    B += visie(c, 3)
    B += [
        ("h1", "4 Het ondersteuningsaanbod"),
        ("h2", "4.1 Basisondersteuning"),
        ("p", "Basisondersteuning is in ons verband het gezamenlijk afgesproken minimum dat iedere vestiging van "
              "iedere aangesloten school biedt, ongeacht schoolsoort of leerweg. Het bestuur heeft dit niveau in 2025 "
              "opnieuw bevestigd. Welke voorzieningen dat per school concreet zijn, leest u in de "
              "schoolondersteuningsprofielen op de websites van de scholen."),
        ("h2", "4.2 Ondersteuningsniveaus"),
        ("table", [["Niveau", "Omschrijving", "Plek", "Toegang"],
                   ["1", "Basisondersteuning (invulling: zie SOP van de school)", "Eigen school", "Vrij"],
                   ["2", "Extra ondersteuning op school: trajectvoorziening, faalangstreductie, begeleiding door "
                    "gedragsspecialist, lwoo-aanpak in kleine klassen", "Eigen school", "Ondersteuningsteam school"],
                   ["3", "Tijdelijke plaatsing in het OPDC De Brug (maximaal 2 x 13 weken) met terugkeer naar de "
                    "eigen school", "OPDC", "Commissie Toewijzing Ondersteuning (CTO)"],
                   ["4", "Voortgezet speciaal onderwijs, cluster 3 en 4", "Vso-school", "TLV van de CTO"],
                   ["Onderwijs-zorg", "Combinatie van onderwijs en jeugdhulp (zorgklas De Ruimte, samen met de "
                    "gemeenten)", "Vso-locatie", "CTO en gemeentelijk team"]]),
        ("caption", "Tabel 4.1 Het ondersteuningscontinuüm"),
        ("h2", "4.3 Thuiszitters en zorgplicht"),
        ("p", "Wanneer een school na aanmelding geen passende plek kan bieden, moet zij binnen zes weken (eenmaal te "
              "verlengen met vier weken) een andere school vinden die de leerling wel kan plaatsen. Lukt dat niet, "
              "dan meldt de school de leerling bij de thuiszitterstafel."),
        ("table", [["Onderdeel", "Afspraak"],
                   ["Melding", "Iedere leerling die langer dan 4 weken niet of deels naar school gaat, wordt door de "
                    "school gemeld bij leerplicht en het verband"],
                   ["Thuiszitterstafel", "Elke 6 weken, met leerplicht, jeugdhulp, consulent en schooldirecteur; per "
                    "leerling een plan met eigenaar en datum"],
                   ["Doorzettingsmacht", "Na 3 maanden zonder oplossing wijst de directeur-bestuurder een school aan "
                    "die de leerling (tijdelijk) plaatst"],
                   ["Lacunes", "Jaarlijks in juni analyse van leerlingen voor wie geen plek beschikbaar was; de "
                    "uitkomst bepaalt het aanbod van volgend schooljaar (in 2025: uitbreiding zorgklas met 8 plekken)"]]),
        ("caption", "Tabel 4.2 Afspraken thuiszitters"),
    ]
    B += [
        ("h1", "5 Toewijzing vso, lwoo en pro"),
        ("p", "De Commissie Toewijzing Ondersteuning (CTO) besluit namens het bestuur over toelaatbaarheid tot het "
              "vso, over de aanwijzing lwoo en over de toelaatbaarheid tot praktijkonderwijs."),
        ("table", [["Stap", "Vso", "Lwoo en pro"],
                   ["Aanvraag", "Door de school van inschrijving via het portaal, met OPP en verslag MDO",
                    "Door de VO-school van aanmelding, vóór 1 februari voor het komende schooljaar"],
                   ["Deskundigen", "Orthopedagoog of psycholoog van het verband en een tweede deskundige (jeugdarts "
                    "of maatschappelijk werker) geven ieder afzonderlijk schriftelijk advies", "Orthopedagoog van het "
                    "verband"],
                   ["Besluit", "CTO, binnen 6 weken", "CTO, binnen 8 weken, uiterlijk 1 juni"],
                   ["Geldigheid", "1, 2 of 3 schooljaren; categorie laag, tenzij de CTO midden of hoog vaststelt",
                    "Lwoo en pro: voor de duur van de opleiding"],
                   ["Bezwaar", "Binnen 6 weken; de Landelijke Bezwaaradviescommissie adviseert", "idem"]]),
        ("caption", "Tabel 5.1 Procedure toewijzing"),
        ("p", "De criteria op grond waarvan een leerling toelaatbaar is tot het vso legt het bestuur vast in het "
              "Toetsingskader Toelaatbaarheid. Dat kader verschijnt na instemming van de ondersteuningsplanraad als "
              "aanvulling op dit plan."),
        ("h2", "5.4 Afloop van de TLV"),
        ("p", "Een TLV is geen eindstation. Het verband wil dat jongeren niet langer in het vso blijven dan nodig is. "
              "Wij streven naar ten minste 15 terug- of overplaatsingen per jaar en een terugval van minder dan 20% in "
              "het eerste jaar na de overstap. Voorwaarde is dat de jongere een ontvangende school heeft gekozen en "
              "dat die school de ondersteuning van niveau 2 kan bieden."),
        ("table", [["Moment", "Wat gebeurt er", "Wie"],
                   ["Zes maanden voor de einddatum van de TLV", "Evaluatie van het OPP; advies over terugkeer, "
                    "verlenging of uitstroom", "Vso-school, consulent"],
                   ["Vier maanden voor de einddatum", "Overgangsoverleg met de ontvangende VO-school", "Vso-school en "
                    "ondersteuningscoördinator ontvangende school"],
                   ["Twee maanden voor de einddatum", "Besluit: nieuwe TLV of beëindiging", "CTO"],
                   ["Eerste schooljaar na terugkeer", "Terugkeerarrangement 'Warme overstap': ambulante begeleiding "
                    "door de vso-school, 2 uur per week, en € 4.000 aan de ontvangende school", "Vso-school, "
                    "ontvangende school"]]),
        ("caption", "Tabel 5.2 Terugkeer uit het vso"),
        ("table", [["Terugstroom vso → regulier vo", "2022", "2023", "2024", "2025"],
                   ["Aantal terugplaatsingen", "6", "9", "11", "12"],
                   ["Waarvan na 1 jaar nog op de reguliere school", "4", "7", "9", "10"]]),
        ("caption", "Tabel 5.3 Cijfers terugstroom"),
    ]
    B += [
        ("h1", "6 Financieel beleid"),
        ("p", "Het verband verdeelt de middelen volgens een eenvoudig model, dat met ingang van 1 augustus 2026 "
              "geldt."),
        ("table", [["Onderdeel", "Verdeelsleutel"],
                   ["Schoolbudget lichte ondersteuning", "€ 128 per leerling, teldatum 1 oktober"],
                   ["Lwoo en pro", "Volgens het aantal aanwijzingen op 1 oktober, € 1.900 per aanwijzing"],
                   ["OPDC", "Vaste voet per deelnemende school plus € 40 per leerling"],
                   ["Zorgklas", "Gedeeld met de gemeenten, 50/50"]]),
        ("caption", "Tabel 6.1 Verdeelsleutels"),
        ("p", "Scholen verantwoorden de besteding van het schoolbudget jaarlijks vóór 1 november in een vast format. "
              "De meerjarenbegroting 2026-2030 is opgenomen als bijlage 6 bij dit plan; de bedragen volgen na "
              "vaststelling door de algemene vergadering in december."),
    ]
    B += [
        ("h1", "7 Resultaten en kwaliteitszorg"),
        ("p", "Voor de planperiode heeft het bestuur de volgende doelen vastgesteld voor jongeren met een "
              "ondersteuningsbehoefte."),
        ("table", [["Doel", "Indicator", "Nulmeting 2025", "Streefwaarde 2028", "Streefwaarde 2030"],
                   ["Minder thuiszitters", "Aantal thuiszitters op 1 oktober", "14", "8", "5"],
                   ["Snelle oplossing", "% thuiszitters met oplossing binnen 3 maanden", "48%", "70%", "85%"],
                   ["Terug naar de eigen school", "% OPDC-leerlingen dat terugkeert naar de eigen school", "61%",
                    "70%", "75%"],
                   ["Diploma met OPP", "% leerlingen met OPP dat in 5 jaar een diploma haalt", "72%", "76%", "80%"],
                   ["Terugstroom vso", "Aantal terugplaatsingen per jaar", "12", "15", "15"]]),
        ("caption", "Tabel 7.1 Doelen en indicatoren"),
        ("p", "Het bureau verzamelt de indicatoren per kwartaal in een dashboard. Het directeurenoverleg bespreekt het "
              "dashboard vier keer per jaar; bij afwijkingen van meer dan 10% ten opzichte van de streefwaarde "
              "volgt een verbeteranalyse. Jaarlijks rapporteert de directeur-bestuurder de bereikte resultaten in het "
              "bestuursverslag en bespreekt zij die met de ondersteuningsplanraad. Eens per vier jaar laat het bestuur "
              "een externe audit uitvoeren."),
        ("h1", "8 Communicatie"),
        ("p", "De website van het verband richt zich op scholen en ketenpartners. Ondersteuningscoördinatoren "
              "ontvangen elke maand een nieuwsbrief; schoolleiders krijgen na ieder bestuursoverleg een korte "
              "terugkoppeling. Het communicatiebeleid wordt in 2027 geëvalueerd."),
    ]
    B += terugblik(c, 9)
    B += extra_filler(c, 10)
    B += governance(c, 11, "De ondersteuningsplanraad bestaat uit tien leden, afgevaardigd door de "
                           "medezeggenschapsraden van de aangesloten scholen. De OPR verleende op 17 maart 2026 "
                           "instemming aan dit plan.")
    B += personeel(c, 12)
    B += ict(c, 13)
    B += planning(c, 14, [["2026-2027", "Toetsingskader Toelaatbaarheid; evaluatie communicatie", "Bestuur"],
                          ["2027-2028", "Uitbreiding zorgklas", "Directeur-bestuurder"],
                          ["2028-2029", "Externe audit", "Raad van toezicht"],
                          ["2029-2030", "Nieuw ondersteuningsplan", "Directeur-bestuurder"]])
    B += more_filler(c, 15)
    B += begrippen(1, GLOSSARY_VO)
    B += afkortingen(2, ABBR_VO)
    label = dict(
        sector="vo",
        elements=dict(basisondersteuning="partial", plaatsing="partial", terugstroom="present",
                      financien="partial", **{"dekkend-aanbod": "present"}, resultaten="present", ouders="missing"),
        criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": False,
                  "plaatsing.procedure": True, "plaatsing.criteria": False,
                  "terugstroom.procedure": True, "terugstroom.beleid": True,
                  "financien.verdeling": True, "financien.besteding": False,
                  "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
                  "resultaten.doelen": True, "resultaten.monitoring": True,
                  "ouders.informatie": False, "ouders.steunpunt": False},
        advisory={"plaatsing": ["deskundigen", "duur-categorie", "bezwaar"], "terugstroom": ["monitoring"],
                  "financien": ["verantwoording"], "dekkend-aanbod": ["ketenpartners"],
                  "resultaten": ["meetbaar"]},
        notes={"basisondersteuning": "4.1 defines the common minimum for every vestiging, but content only 'zie SOP op websites'; table 4.1 row 1 also refers to SOP.",
               "plaatsing": "table 5.1 gives procedure for vso/lwoo/pro (CTO, terms, deskundigen, bezwaar); criteria deferred to a future Toetsingskader.",
               "terugstroom": "5.4 inside the toewijzing chapter: policy (aims 15/yr, conditions, Warme overstap) + timeline table 5.2 + figures table 5.3.",
               "financien": "ch. 6 verdeelsleutels table; meerjarenbegroting only referred to absent bijlage 6, amounts 'volgen'.",
               "dekkend-aanbod": "table 4.1 continuum (niveau 1-4, OPDC, zorgklas with gemeenten) and table 4.2 thuiszitters/lacunes analysis.",
               "resultaten": "ch. 7 table 7.1 targets with nulmeting/streefwaarden; dashboard, bestuursverslag, audit.",
               "ouders": "no information or independent-support content; ch. 8 Communicatie is for schools only; OJSP only in leeswijzer/glossary."},
    )
    return c, B, label


# ---------------------------------------------------------------------------
# Plan 3: PO, pdf
# ---------------------------------------------------------------------------

def plan3():
    c = dict(naam="Samenwerkingsverband Primair Passend Duinstreek", code="PO 28-07", periode="2026-2030",
             gemeenten="Zeewolde-aan-Zee, Duinrand en Strandhoven", nbesturen=7, nscholen=44,
             directeur="J. Koppenol MEd", artikel="18a WPO", missie="samen zorgen dat ieder kind zich op school "
             "kan ontwikkelen.", oogo="27 januari 2026", buur="VO Duinstreek (VO 28-08)", fte_orth="3,8",
             portaal="Duinstreek Loketsysteem",
             context_rows=[["Zeewolde-aan-Zee", "18", "5"], ["Duinrand", "15", "4"], ["Strandhoven", "11", "3"]])
    B = []
    B.append(("title", ["Ondersteuningsplan Duinstreek 2026-2030", c["naam"], c["code"],
                        "Basisondersteuning | Toelaatbaarheid | Terugplaatsing | Financiën | Ouders"]))
    B.append(("toc", ["1 Voorwoord", "2 Inleiding en leeswijzer", "3 Visie, missie en ambities",
                      "4 Basisondersteuning", "5 Ondersteuningsstructuur en dekkend aanbod",
                      "6 Toelaatbaarheid", "7 Terug naar het basisonderwijs", "8 Financiën",
                      "9 Beoogde resultaten", "10 Ouders", "11 Regio en context", "12 Terugblik",
                      "13 Organisatie, governance en medezeggenschap", "14 Personeel en bureau",
                      "15 ICT, privacy en gegevensbeheer", "16 Planning", "17 Totstandkoming en vaststelling", "18 Kennisdeling en professionalisering", "19 Doorgaande lijn",
                      "Bijlage 1 Begrippenlijst",
                      "Bijlage 2 Afkortingen"]))
    B += voorwoord(c)
    B += leeswijzer(c, [["a. basisondersteuning en samenhangend geheel", "Hoofdstuk 4 en 5"],
                        ["b. middelen", "Hoofdstuk 8"], ["c. toelaatbaarheid", "Hoofdstuk 6"],
                        ["d. terugplaatsing", "Hoofdstuk 7"], ["e. resultaten", "Hoofdstuk 9"],
                        ["f. ouders", "Hoofdstuk 10"]])
    B += visie(c, 3)
    B += [
        ("h1", "4 Basisondersteuning"),
        ("p", "De schoolbesturen en het verband herijken in schooljaar 2026-2027 de afspraken over "
              "basisondersteuning, in het licht van de landelijke norm die het ministerie voorbereidt. Tot die "
              "herijking is afgerond nemen wij hier geen beschrijving op; deze paragraaf wordt na vaststelling door "
              "het bestuur aangevuld."),
        ("h1", "5 Ondersteuningsstructuur en dekkend aanbod"),
        ("table", [["Niveau", "Inhoud", "Uitvoering", "Toegang"],
                   ["1", "Basisondersteuning", "Leraar en intern begeleider", "-"],
                   ["2", "Consultatie en advies door het schoolteam van het verband (orthopedagoog, "
                    "gedragsspecialist)", "Schoolteam", "Aanvraag IB'er"],
                   ["3", "Arrangement: individueel (max. 1 jaar) of in de bovenschoolse taalgroep of "
                    "prikkelarme groep De Haven", "School / De Haven", "Arrangementencommissie"],
                   ["4", "Speciaal basisonderwijs De Zandloper", "Sbo", "TLV"],
                   ["5", "Speciaal onderwijs cluster 3 of 4", "So", "TLV"]]),
        ("caption", "Tabel 5.1 Ondersteuningsstructuur"),
        ("p", "De Kansentafel brengt twee keer per jaar in kaart welke kinderen geen passende plek hebben, thuiszitten "
              "of op een wachtlijst staan. Per kind wordt binnen twee weken een casusregisseur aangewezen. Het "
              "schoolbestuur van aanmelding houdt zorgplicht totdat een andere school de leerling heeft ingeschreven. "
              "Blijkt uit de Kansentafel dat een voorziening structureel ontbreekt, dan legt de directeur-bestuurder "
              "binnen drie maanden een voorstel voor aan het bestuur; zo is in 2025 de prikkelarme groep De Haven "
              "gestart."),
        ("p", "Met de drie gemeenten is een samenwerkingsagenda afgesproken. Jeugdhulp op school wordt per 1 augustus "
              "2026 in alle gemeenten geleverd door één vaste aanbieder; bij een onderwijs-zorgarrangement maken "
              "gemeente en verband per kind een gezamenlijk plan."),
    ]
    B += [
        ("h1", "6 Toelaatbaarheid"),
        ("p", "Het schoolbestuur van de school van inschrijving vraagt de TLV aan bij het loket, nadat het OPP met de "
              "ouders is besproken. Het loket laat twee deskundigen ieder afzonderlijk adviseren: een orthopedagoog "
              "of GZ-psycholoog, en een tweede deskundige (pedagoog, maatschappelijk werker of jeugdarts). De "
              "Toelaatbaarheidscommissie neemt binnen zes weken na ontvangst van een volledig dossier een besluit "
              "namens het bestuur."),
        ("table", [["Toelaatbaar tot", "Voorwaarden (alle van toepassing)", "Duur", "Categorie"],
                   ["Sbo De Zandloper", "Niveau 3 minimaal 6 maanden ingezet en geëvalueerd; achterstand van meer dan "
                    "1,5 jaar op twee of meer vakgebieden; ondersteuningsbehoefte vraagt kleine groep gedurende de "
                    "hele dag", "Tot einde basisonderwijs", "-"],
                   ["So cluster 3 (ZML/LG/LZ)", "IQ lager dan 55 of lichamelijke beperking/langdurige ziekte die "
                    "dagelijkse verzorging of aangepaste leeromgeving vereist", "3 jaar", "laag / midden / hoog"],
                   ["So cluster 4", "Ernstige gedrags- of psychiatrische problematiek (diagnose of onderbouwde "
                    "hypothese), waarbij niveau 3 aantoonbaar ontoereikend is", "2 jaar", "laag"]]),
        ("caption", "Tabel 6.1 Criteria toelaatbaarheid"),
        ("h1", "7 Terug naar het basisonderwijs"),
        ("p", "Het verband gaat ervan uit dat een plek in sbo of so voor veel kinderen tijdelijk is. Ons beleid is dat "
              "ieder kind in het sbo jaarlijks wordt besproken op de mogelijkheid van terugkeer, en dat een "
              "ontvangende basisschool een jaar lang begeleiding krijgt van de sbo- of so-school. Terugkeer gebeurt "
              "alleen als ouders instemmen en de ontvangende school een passend arrangement kan bieden."),
        ("table", [["Stap", "Actie", "Verantwoordelijk", "Wanneer"],
                   ["1", "Jaarlijkse evaluatie OPP; bespreking terugkeer met ouders", "Sbo/so-school", "voor 1 maart"],
                   ["2", "Voorstel terugkeer aan loket", "Directeur sbo/so", "voor 1 april"],
                   ["3", "Zoeken ontvangende school en overdracht", "Loket en ouders", "april - juni"],
                   ["4", "Besluit beëindiging TLV / start terugkeerarrangement", "Toelaatbaarheidscommissie",
                    "voor 1 juli"],
                   ["5", "Evaluatie na 6 maanden", "Ontvangende school, consulent", "januari"]]),
        ("caption", "Tabel 7.1 Stappen terugkeer"),
    ]
    B += [
        ("h1", "8 Financiën"),
        ("p", "Het verdeelmodel wordt in 2026 herzien. Tot die tijd: p.m. De meerjarenbegroting hieronder geeft aan "
              "waaraan het verband de middelen besteedt."),
        ("table", [["Begroting (bedragen in €)", "2026", "2027", "2028", "2029"],
                   ["Inkomsten ondersteuningsbekostiging", "7.410.000", "7.320.000", "7.250.000", "7.190.000"],
                   ["Afdrachten so", "2.480.000", "2.500.000", "2.500.000", "2.510.000"],
                   ["Sbo De Zandloper (groei en overdracht)", "1.120.000", "1.100.000", "1.080.000", "1.060.000"],
                   ["Schoolbudgetten basis- en extra ondersteuning", "1.850.000", "1.820.000", "1.800.000",
                    "1.780.000"],
                   ["Arrangementen en De Haven", "1.090.000", "1.060.000", "1.040.000", "1.020.000"],
                   ["Schoolteam (orthopedagogen)", "540.000", "550.000", "560.000", "570.000"],
                   ["Bureau", "360.000", "365.000", "370.000", "375.000"],
                   ["Saldo", "-30.000", "-75.000", "-100.000", "-125.000"]]),
        ("caption", "Tabel 8.1 Meerjarenbegroting 2026-2029"),
        ("p", "De negatieve saldi worden gedekt uit de algemene reserve (€ 0,9 miljoen eind 2025); na de planperiode "
              "resteert een weerstandsvermogen van circa 4% van de baten."),
        ("h1", "9 Beoogde resultaten"),
        ("table", [["Beoogd resultaat voor leerlingen met extra ondersteuning", "Streven 2030"],
                   ["Geen enkel kind langer dan 3 maanden thuis zonder onderwijs", "0 langdurige thuiszitters"],
                   ["Meer kinderen in de eigen wijk", "Deelname sbo daalt van 2,4% naar 2,0%"],
                   ["Terugkeer na sbo/so", "10 kinderen per jaar keren terug"],
                   ["Arrangementen werken", "80% van de arrangementen behaalt de eigen doelen"]]),
        ("caption", "Tabel 9.1 Beoogde resultaten"),
        ("p", "Hoe wij de voortgang op deze resultaten meten en erover rapporteren, werken wij uit in het "
              "kwaliteitskader dat in 2027 verschijnt."),
        ("h1", "10 Ouders"),
        ("p", "Ouders vinden de informatie over ondersteuning op drie plekken: in de schoolgids van hun school, in de "
              "brochure 'Ouderwijzer' die elke school bij aanmelding meegeeft, en op de ouderpagina van de website. "
              "Twee keer per jaar organiseert het verband een informatiebijeenkomst voor ouders over "
              "arrangementen en toelaatbaarheid. Intern begeleiders hebben een vaste folder met de route naar extra "
              "ondersteuning."),
        ("p", "Voor onafhankelijke hulp verwijzen wij naar www.duinstreek-po.nl/hulp."),
    ]
    B += extra_filler(c, 11)
    B += terugblik(c, 12)
    B += governance(c, 13, "De ondersteuningsplanraad bestaat uit acht ouders en acht personeelsleden. De OPR "
                           "stemde op 10 maart 2026 in met dit plan, met de kanttekening dat de basisondersteuning "
                           "snel moet worden herijkt.")
    B += personeel(c, 14)
    B += ict(c, 15)
    B += planning(c, 16, [["2026-2027", "Herijking basisondersteuning; nieuw verdeelmodel", "Bestuur"],
                          ["2027-2028", "Kwaliteitskader", "Beleidsmedewerker"],
                          ["2028-2029", "Tussenevaluatie", "Bestuur en OPR"],
                          ["2029-2030", "Nieuw plan", "Directeur-bestuurder"]])
    B += more_filler(c, 17)
    B += begrippen(1, GLOSSARY_PO)
    B += afkortingen(2, ABBR_PO)
    label = dict(
        sector="po",
        elements=dict(basisondersteuning="missing", plaatsing="present", terugstroom="present",
                      financien="partial", **{"dekkend-aanbod": "present"}, resultaten="partial", ouders="partial"),
        criteria={"basisondersteuning.niveau": False, "basisondersteuning.inhoud": False,
                  "plaatsing.procedure": True, "plaatsing.criteria": True,
                  "terugstroom.procedure": True, "terugstroom.beleid": True,
                  "financien.verdeling": False, "financien.besteding": True,
                  "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
                  "resultaten.doelen": True, "resultaten.monitoring": False,
                  "ouders.informatie": True, "ouders.steunpunt": False},
        advisory={"plaatsing": ["deskundigen", "duur-categorie"], "financien": ["reserves"],
                  "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]},
        notes={"basisondersteuning": "ch. 4 only defers ('herijken in 2026-2027 ... wordt aangevuld'); term only in title page, TOC, glossary and as a level label in table 5.1.",
               "plaatsing": "ch. 6: applicant, two separate deskundigen, commission, 6 weeks; criteria table 6.1 with duration/category; no bezwaar route.",
               "terugstroom": "ch. 7: policy (temporary placement, yearly review, one-year support, conditions) + steps table 7.1.",
               "financien": "ch. 8: verdeelmodel 'wordt herzien ... p.m.'; meerjarenbegroting table 8.1 with amounts; reserve in prose.",
               "dekkend-aanbod": "ch. 5: structure table 5.1 (niveau 1-5) + Kansentafel/zorgplicht/new voorziening + samenwerkingsagenda gemeenten.",
               "resultaten": "ch. 9 table 9.1 intended results with targets; monitoring deferred to a 2027 kwaliteitskader.",
               "ouders": "ch. 10 informs via schoolgids, Ouderwijzer, website, meetings; independent help only a bare website reference."},
    )
    return c, B, label


# ---------------------------------------------------------------------------
# Plan 4: VO, pdf
# ---------------------------------------------------------------------------

def plan4():
    c = dict(naam="Samenwerkingsverband Voortgezet Onderwijs Lauwersmeer", code="VO 27-15", periode="2026-2030",
             gemeenten="Lauwerszijl, Kollumerwaard en Dokkumer Ee", nbesturen=5, nscholen=11,
             directeur="drs. S. Hoekstra-Bijlsma", artikel="17a WVO / 2.47 WVO 2020", missie="jongeren in het "
             "noorden krijgen onderwijs dat bij hen past, zo dicht mogelijk bij huis.", oogo="19 februari 2026",
             buur="PO Lauwersmeer (PO 27-14)", fte_orth="2,6", portaal="Lauwers Toewijzingsdossier",
             context_rows=[["Lauwerszijl", "5", "3"], ["Kollumerwaard", "3", "2"], ["Dokkumer Ee", "3", "2"]])
    B = []
    B.append(("title", ["Ondersteuningsplan 2026-2030", c["naam"], c["code"], "Versie ter instemming OPR"]))
    B.append(("toc", ["1 Voorwoord", "2 Inleiding en leeswijzer", "3 Visie, missie en ambities",
                      "4 Basisondersteuning", "5 Toelaatbaarheid", "   5.1 Criteria vso, lwoo en pro",
                      "   5.2 Deskundigen", "   5.3 Terugplaatsing en overplaatsing", "6 Dekkend netwerk",
                      "7 Middelen", "8 Resultaten", "9 Ouders en leerlingen", "10 Terugblik",
                      "11 Regio en context", "12 Organisatie, governance en medezeggenschap",
                      "13 Personeel en bureau", "14 ICT, privacy en gegevensbeheer", "15 Planning",
                      "16 Totstandkoming en vaststelling", "17 Kennisdeling en professionalisering", "18 Doorgaande lijn",
                      "Bijlage 1 Begrippenlijst", "Bijlage 2 Handboek Toewijzing (separaat)", "Bijlage 3 Afkortingen"]))
    B += voorwoord(c)
    B += leeswijzer(c, [["a. samenhangend geheel, basisondersteuning", "Hoofdstuk 4 en 6"],
                        ["b. verdeling en besteding", "Hoofdstuk 7"],
                        ["c. vso, lwoo, pro", "Hoofdstuk 5 en bijlage 2"], ["d. terugplaatsing", "Paragraaf 5.3"],
                        ["e. resultaten", "Hoofdstuk 8"], ["f. ouders", "Hoofdstuk 9"]])
    B += visie(c, 3)
    B += [
        ("h1", "4 Basisondersteuning"),
        ("p", "Iedere vestiging van iedere school in het verband biedt ten minste de onderstaande basisondersteuning. "
              "Dit is het niveau dat de besturen in het verband met elkaar hebben afgesproken; geen school zit eronder."),
        ("table", [["Domein", "Minimumstandaard op elke vestiging"],
                   ["Structuur", "Ondersteuningscoördinator (minimaal 0,5 fte per 500 leerlingen); mentor met 1 uur "
                    "per week mentortijd per klas; ondersteuningsteam dat maandelijks overlegt"],
                   ["Leren", "Dyslexie- en dyscalculieprotocol met compenserende faciliteiten (extra tijd, "
                    "voorleessoftware); huiswerkbegeleiding op school 2 middagen per week"],
                   ["Gedrag en welzijn", "Faalangst- en SOVA-training; time-outvoorziening met toezicht; "
                    "anti-pestcoördinator"],
                   ["Executieve functies", "Check-in/check-out bij dagstart voor leerlingen die dat nodig hebben; "
                    "plannings- en studievaardigheidstraining"],
                   ["Medisch", "Protocol medisch handelen; aangepast rooster bij ziekte tot 12 weken"],
                   ["Overgang", "Warme overdracht PO-VO voor iedere leerling met een OPP"]]),
        ("caption", "Tabel 4.1 Standaarden basisondersteuning"),
        ("p", "Het verband bezoekt elke school eens per jaar en legt de standaarden naast de praktijk. Scoort een "
              "vestiging op een standaard onvoldoende, dan spreken bestuur en verband een hersteltermijn van "
              "maximaal één schooljaar af."),
        ("h1", "5 Toelaatbaarheid"),
        ("p", "De aanvraagprocedure, de termijnen en de besluitvorming zijn beschreven in het Handboek Toewijzing "
              "(bijlage 2)."),
        ("h2", "5.1 Criteria vso, lwoo en pro"),
        ("table", [["Voorziening", "Criteria", "Geldigheid"],
                   ["Vso cluster 4, categorie laag", "Gedrags- of psychiatrische problematiek; twee arrangementen "
                    "van samen minimaal 1 jaar op de reguliere school zonder voldoende effect", "2 jaar"],
                   ["Vso cluster 3, categorie midden of hoog", "Lichamelijke of meervoudige beperking die permanente "
                    "verzorging of verpleging op school vereist", "4 jaar"],
                   ["Lwoo (eigen criteria, opting out)", "Leerachterstand van 1,5 tot 3 jaar op ten minste twee van "
                    "de domeinen begrijpend lezen, rekenen, spelling en technisch lezen, of een sociaal-emotionele "
                    "problematiek die het leren belemmert, blijkend uit het OPP", "Duur opleiding vmbo"],
                   ["Pro", "Landelijke criteria: IQ 55-80 en leerachterstand van 3 jaar of meer op twee domeinen "
                    "waarvan één begrijpend lezen of rekenen", "Duur opleiding"]]),
        ("caption", "Tabel 5.1 Criteriamatrix"),
        ("h2", "5.2 Deskundigen"),
        ("p", "Iedere beslissing over toelaatbaarheid tot het vso berust op twee schriftelijke adviezen: één van een "
              "orthopedagoog of psycholoog en één van een tweede deskundige die past bij de vraag van de leerling."),
        ("h2", "5.3 Terugplaatsing en overplaatsing"),
        ("p", "Deze paragraaf wordt aangevuld zodra de evaluatie van de pilot 'Retour' is afgerond, naar verwachting in "
              "het voorjaar van 2027."),
        ("h1", "6 Dekkend netwerk"),
        ("p", "Hoe de extra ondersteuning binnen en tussen de scholen is georganiseerd, beschrijven de schoolbesturen "
              "in hun eigen profielen; een verbandsbrede beschrijving van het aanbod volgt in het Koersdocument 2027."),
        ("table", [["Thuiszitters (peildatum 1 oktober)", "2023", "2024", "2025"],
                   ["Absoluut verzuim (niet ingeschreven)", "3", "4", "2"],
                   ["Relatief verzuim langer dan 4 weken", "11", "9", "10"],
                   ["Vrijstelling 5 onder a", "6", "7", "7"]]),
        ("caption", "Tabel 6.1 Thuiszitters"),
        ("p", "Iedere thuiszitter wordt binnen twee weken besproken in het Regionaal Thuiszittersoverleg (leerplicht, "
              "gemeentelijk jeugdteam, consulent van het verband, de school). Het overleg wijst een casusregisseur "
              "aan en legt binnen zes weken een plan vast. De analyse van 2025 liet twee lacunes zien: er is geen "
              "voltijds aanbod voor hoogbegaafde leerlingen met psychische klachten, en de wachttijd voor "
              "jeugd-GGZ loopt op tot negen maanden. Voor de eerste lacune start het verband in augustus 2026 met het "
              "buurverband een gezamenlijke plusgroep; voor de tweede is met de gemeenten een overbruggingsarrangement "
              "op school afgesproken, gefinancierd door gemeenten en verband samen."),
    ]
    B += [
        ("h1", "7 Middelen"),
        ("table", [["Verdeling", "Criterium", "Bedrag"],
                   ["Basisbudget school", "Per leerling op 1 oktober", "€ 140"],
                   ["Lwoo", "Per aangewezen leerling", "€ 2.100"],
                   ["Pro", "Doorbetaling aan pro-school per toelaatbare leerling", "landelijk bedrag"],
                   ["Arrangementen", "Op aanvraag, na toets consulent", "max. € 9.000 per leerling per jaar"]]),
        ("caption", "Tabel 7.1 Verdeling"),
        ("table", [["Meerjarenbegroting (x € 1.000)", "2026", "2027", "2028", "2029"],
                   ["Baten", "8.950", "8.810", "8.700", "8.620"],
                   ["Afdracht vso", "2.970", "2.960", "2.960", "2.950"],
                   ["Basisbudgetten scholen", "1.120", "1.100", "1.080", "1.070"],
                   ["Lwoo en pro", "3.240", "3.180", "3.120", "3.080"],
                   ["Arrangementen en OPDC", "890", "880", "870", "860"],
                   ["Thuiszitters en overbrugging", "180", "200", "200", "200"],
                   ["Bureau", "610", "620", "630", "640"],
                   ["Saldo", "-60", "-130", "-160", "-180"]]),
        ("caption", "Tabel 7.2 Meerjarenbegroting"),
        ("p", "Het verband had eind 2025 een reserve die boven de signaleringswaarde lag. Met de negatieve saldi in "
              "de tabel wordt het bovenmatige deel (circa € 530.000) in vier jaar afgebouwd."),
        ("h1", "8 Resultaten"),
        ("table", [["Resultaat", "2025 (bereikt)", "Doel 2027", "Doel 2030"],
                   ["Thuiszitters langer dan 3 maanden", "6", "3", "0"],
                   ["% lwoo-leerlingen dat diploma haalt in nominale tijd", "81%", "84%", "86%"],
                   ["% pro-leerlingen met werk of vervolgopleiding 1 jaar na uitstroom", "77%", "80%", "85%"],
                   ["% leerlingen met arrangement dat doelen haalt", "n.b.", "70%", "80%"],
                   ["Gemiddelde doorlooptijd TLV-besluit", "7,5 week", "6 week", "6 week"]]),
        ("caption", "Tabel 8.1 Bereikte en beoogde resultaten"),
        ("p", "De consulenten leggen per arrangement bij start en einde de doelen en de uitkomst vast. Het bureau "
              "rapporteert twee keer per jaar aan het bestuur en de ondersteuningsplanraad; het jaarverslag bevat een "
              "hoofdstuk bereikte resultaten per indicator. Bij twee achtereenvolgende rapportages onder de lijn "
              "bespreekt het bestuur maatregelen."),
        ("h1", "9 Ouders en leerlingen"),
        ("p", "Hoe ouders worden geïnformeerd over de ondersteuningsmogelijkheden, werken wij uit in het "
              "communicatieplan 2026-2027."),
        ("p", "Ouders en leerlingen die het niet eens zijn met de school of met een besluit van het verband, of die "
              "vastlopen, kunnen terecht bij het Ouder- en Jeugdsteunpunt Lauwers. Het steunpunt is onafhankelijk van "
              "scholen en verband, is bereikbaar op werkdagen en kan een onderwijsconsulent inschakelen. Daarnaast "
              "is het verband aangesloten bij de landelijke klachten- en geschillencommissies van Onderwijsgeschillen."),
    ]
    B += terugblik(c, 10)
    B += extra_filler(c, 11)
    B += governance(c, 12, "De ondersteuningsplanraad bestaat uit zes personeelsleden en zes ouders of leerlingen. "
                           "Het plan is aan de OPR voorgelegd op 3 maart 2026.")
    B += personeel(c, 13)
    B += ict(c, 14)
    B += planning(c, 15, [["2026-2027", "Koersdocument; communicatieplan; evaluatie pilot Retour", "Directeur"],
                          ["2027-2028", "Afbouw reserve, tweede jaar", "Controller"],
                          ["2028-2029", "Tussenevaluatie", "Bestuur"],
                          ["2029-2030", "Nieuw plan", "Directeur"]])
    B += more_filler(c, 16)
    B += begrippen(1, GLOSSARY_VO)
    B += afkortingen(3, ABBR_VO)
    label = dict(
        sector="vo",
        elements=dict(basisondersteuning="present", plaatsing="partial", terugstroom="missing",
                      financien="present", **{"dekkend-aanbod": "partial"}, resultaten="present", ouders="partial"),
        criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
                  "plaatsing.procedure": False, "plaatsing.criteria": True,
                  "terugstroom.procedure": False, "terugstroom.beleid": False,
                  "financien.verdeling": True, "financien.besteding": True,
                  "dekkend-aanbod.continuum": False, "dekkend-aanbod.lacunes": True,
                  "resultaten.doelen": True, "resultaten.monitoring": True,
                  "ouders.informatie": False, "ouders.steunpunt": True},
        advisory={"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie"],
                  "financien": ["reserves"], "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"],
                  "ouders": ["betrokkenheid"]},
        notes={"basisondersteuning": "ch. 4: agreed minimum for every vestiging + standards table 4.1; yearly school visit with hersteltermijn.",
               "plaatsing": "criteria matrix 5.1 (vso, lwoo opting out, pro) and deskundigen 5.2; procedure only referred to absent Handboek Toewijzing (bijlage 2).",
               "terugstroom": "5.3 only 'wordt aangevuld zodra ... pilot Retour' (deferral); otherwise TOC/glossary only.",
               "financien": "ch. 7 'Middelen': verdeling table 7.1 and meerjarenbegroting 7.2; afbouw bovenmatige reserve.",
               "dekkend-aanbod": "ch. 6: continuum deferred to Koersdocument 2027; thuiszitters table, Thuiszittersoverleg and lacune analysis with gemeenten.",
               "resultaten": "ch. 8 table 8.1 achieved 2025 + targets; registration per arrangement, twice-yearly reporting, jaarverslag.",
               "ouders": "ch. 9: informing parents deferred to communicatieplan; OJSP Lauwers, onderwijsconsulent, Onderwijsgeschillen described; OPR parents/pupils."},
    )
    return c, B, label


# ---------------------------------------------------------------------------
# Plan 5: PO, txt
# ---------------------------------------------------------------------------

def plan5():
    c = dict(naam="Samenwerkingsverband Passend Onderwijs Veenkoloniën-Zuid", code="PO 24-33",
             periode="2026-2030", gemeenten="Veendijk, Stadskanaalster Mond en Ter Apelveen", nbesturen=8,
             nscholen=41, directeur="R. Mulder-Oosting", artikel="18a WPO", missie="thuisnabij onderwijs voor "
             "ieder kind in de Veenkoloniën.", oogo="4 februari 2026", buur="VO Veenkoloniën (VO 24-34)",
             fte_orth="3,0", portaal="Veenportaal",
             context_rows=[["Veendijk", "17", "5"], ["Stadskanaalster Mond", "14", "4"], ["Ter Apelveen", "10", "3"]])
    B = []
    B.append(("title", ["ONDERSTEUNINGSPLAN 2026-2030", c["naam"] + " (" + c["code"] + ")",
                        "Tekstversie voor schermlezers. Bijlagen en het Loketreglement staan op de website."]))
    B.append(("toc", ["1 Voorwoord", "2 Inleiding en leeswijzer", "3 Visie, missie en ambities",
                      "4 Wat elke school biedt", "5 Toelaatbaarheid sbo en so: zie Loketreglement",
                      "6 Terugkeer naar de basisschool", "7 Geld en middelen", "8 Kwaliteit en resultaten",
                      "9 Ouders", "10 Regio en context", "11 Terugblik",
                      "12 Organisatie, governance en medezeggenschap", "13 Personeel en bureau",
                      "14 ICT, privacy en gegevensbeheer", "15 Planning", "16 Totstandkoming en vaststelling", "17 Kennisdeling en professionalisering", "18 Doorgaande lijn",
                      "Bijlage 1 Begrippenlijst",
                      "Bijlage 2 Afkortingen"]))
    B += voorwoord(c)
    B += leeswijzer(c, [["a. basisondersteuning", "Hoofdstuk 4"], ["b. middelen", "Hoofdstuk 7 en begroting"],
                        ["c. toelaatbaarheid", "Loketreglement (website)"], ["d. terugplaatsing", "Hoofdstuk 6"],
                        ["e. resultaten", "Hoofdstuk 8"], ["f. ouders", "Hoofdstuk 9"]])
    B += visie(c, 3)
    B += [
        ("h1", "4 Wat elke school biedt"),
        ("p", "Alle 41 basisscholen in de Veenkoloniën-Zuid hebben afgesproken dat zij dezelfde ondergrens aan "
              "ondersteuning bieden. Wat hieronder staat, kunt u van iedere school verwachten, ook van de kleinste "
              "dorpsschool."),
        ("table", [["Onderdeel", "Afspraak voor alle scholen"],
                   ["Intern begeleider", "Op iedere school, minimaal 1 dag per week per 100 leerlingen"],
                   ["Ondersteuningsteam", "Minimaal 3 keer per jaar, met de orthopedagoog van het verband en de "
                    "schoolmaatschappelijk werker"],
                   ["Dyslexie", "Protocol leesproblemen en dyslexie; begeleiding tot de vergoede zorg start"],
                   ["Gedrag", "Schoolbrede gedragsaanpak; een gedragsspecialist per school of bestuur"],
                   ["Taal", "Extra taalaanbod voor kinderen met een taalachterstand of NT2"],
                   ["Meer- en hoogbegaafdheid", "Verrijkingsaanbod in de klas vanaf groep 3"],
                   ["Medisch", "Protocol medicijnen en medisch handelen"],
                   ["Planmatig werken", "Groepsplannen en leerlingbesprekingen 3 keer per jaar; een OPP voor "
                    "iedere leerling met een eigen leerlijn"]]),
        ("caption", "Tabel 4.1 Basisondersteuning in Veenkoloniën-Zuid"),
        ("h1", "5 Toelaatbaarheid sbo en so"),
        ("p", "De aanvraag en beoordeling van toelaatbaarheidsverklaringen voor het speciaal basisonderwijs en het "
              "speciaal onderwijs zijn geregeld in het Loketreglement 2026, dat als apart document op onze website "
              "staat."),
        ("h1", "6 Terugkeer naar de basisschool"),
        ("p", "Een plek in het sbo of so is voor ons in beginsel tijdelijk. Ons uitgangspunt is dat kinderen die dat "
              "kunnen, vanuit sbo of so de overstap maken naar een reguliere basisschool en daar blijven. Een "
              "terugkeer gaat alleen door als de ouders instemmen en de ontvangende school, samen met de "
              "basisondersteuning uit hoofdstuk 4, de benodigde aanpak kan bieden. Na de overstap krijgt de "
              "ontvangende school een schooljaar lang begeleiding van de ambulant begeleider van de sbo- of "
              "so-school, en het kind houdt minstens een half jaar contact met een vaste begeleider."),
        ("p", "Hoe de terugkeer in stappen verloopt, wie het initiatief neemt en wanneer de toelaatbaarheidsverklaring "
              "eindigt, is beschreven in het Loketreglement."),
        ("h1", "7 Geld en middelen"),
        ("p", "De verdeling en besteding van de ondersteuningsmiddelen leggen wij jaarlijks vast in de begroting die "
              "het bestuur in december vaststelt. Die begroting maakt geen deel uit van dit plan en is op aanvraag "
              "verkrijgbaar bij het bureau."),
        ("h1", "8 Kwaliteit en resultaten"),
        ("p", "Welke resultaten wij voor kinderen met een ondersteuningsbehoefte beogen, bepalen wij na de nulmeting "
              "in het voorjaar van 2027."),
        ("table", [["Wat wij meten", "Hoe", "Wanneer", "Wie bespreekt het"],
                   ["Aantal en aard van de OT-besprekingen per school", "Registratie in het Veenportaal",
                    "2 keer per jaar", "Directeurenoverleg"],
                   ["Terugkeer vanuit sbo/so en of kinderen na een jaar nog op de basisschool zitten",
                    "Opgave sbo/so-scholen", "jaarlijks, per 1 oktober", "Bestuur"],
                   ["Doorstroom naar VO van leerlingen met een OPP (niveau en behaald na 3 jaar)",
                    "Gegevens VO-verband", "jaarlijks", "Bestuur en OPR"],
                   ["Tevredenheid ouders en scholen over de ondersteuning", "Korte vragenlijst", "om het jaar",
                    "OPR"]]),
        ("caption", "Tabel 8.1 Monitor Passend Onderwijs"),
        ("p", "Het bureau bundelt de uitkomsten in juni in een rapportage. Het bestuur bespreekt die rapportage, "
              "trekt conclusies voor het jaarplan en neemt een samenvatting op in het jaarverslag."),
        ("h1", "9 Ouders"),
        ("table", [["Vraag van ouders", "Waar vindt u het antwoord"],
                   ["Welke ondersteuning biedt de school?", "Schoolgids en gesprek met de intern begeleider"],
                   ["Hoe werkt passend onderwijs in de regio?", "Ouderfolder van het verband (bij inschrijving) en "
                    "de jaarlijkse ouderavond in elke gemeente"],
                   ["Ik ben het niet eens met de school", "Ouder- en jeugdsteunpunt 'Stevig': onafhankelijk, gratis, "
                    "telefonisch spreekuur op maandag t/m donderdag"],
                   ["Het gesprek zit vast", "Onderwijsconsulenten (landelijk, gratis) of de klachtenregeling van "
                    "het schoolbestuur"]]),
        ("caption", "Tabel 9.1 Wegwijzer voor ouders"),
        ("p", "Ouders zijn bij ieder OT-gesprek over hun kind aanwezig en tekenen voor akkoord op het handelingsdeel "
              "van het OPP."),
    ]
    B += extra_filler(c, 10)
    B += [
        ("h2", "10.2 Krimp en kleine scholen"),
        ("p", "De Veenkoloniën-Zuid kennen al jaren een dalend aantal leerlingen. Sinds 2015 is het aantal "
              "basisschoolleerlingen in de regio met ongeveer een vijfde afgenomen, en de prognoses van de gemeenten "
              "laten zien dat de daling de komende jaren doorzet, zij het minder snel. Voor kleine dorpsscholen "
              "betekent dat combinatiegroepen met drie of vier leerjaren en een beperkte formatie. Schoolbesturen "
              "werken daarom steeds vaker samen in clusters van twee of drie scholen, waarbij een directeur meerdere "
              "locaties leidt en specialisten over de locaties worden verdeeld."),
        ("p", "Voor het samenwerkingsverband heeft de krimp vooral gevolgen voor de bedrijfsvoering. Het bureau is "
              "in de vorige periode kleiner geworden en deelt inmiddels de functionaris gegevensbescherming, de "
              "controller en de huisvesting met het VO-verband. De besturen hebben afgesproken dat een eventuele "
              "fusie of sluiting van een school altijd tijdig in het directeurenoverleg wordt gemeld, zodat het "
              "verband de gevolgen voor de organisatie van het werk kan overzien. Een fusietoets of een "
              "besluit over de instandhouding van scholen is geen taak van het samenwerkingsverband; die ligt bij de "
              "besturen en de gemeenten."),
    ]
    B += terugblik(c, 11)
    B += governance(c, 12, "De ondersteuningsplanraad telt tien leden, vijf ouders en vijf personeelsleden. "
                           "De OPR stemde op 12 maart 2026 in met dit plan.")
    B += personeel(c, 13)
    B += ict(c, 14)
    B += planning(c, 15, [["2026-2027", "Nulmeting; herziening Loketreglement", "Beleidsmedewerker"],
                          ["2027-2028", "Vaststellen beoogde resultaten", "Bestuur"],
                          ["2028-2029", "Tussenevaluatie", "Bestuur en OPR"],
                          ["2029-2030", "Nieuw plan", "Directeur-bestuurder"]])
    B += more_filler(c, 16)
    B += begrippen(1, GLOSSARY_PO)
    B += afkortingen(2, ABBR_PO)
    label = dict(
        sector="po",
        elements=dict(basisondersteuning="present", plaatsing="missing", terugstroom="partial",
                      financien="missing", **{"dekkend-aanbod": "missing"}, resultaten="partial", ouders="present"),
        criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
                  "plaatsing.procedure": False, "plaatsing.criteria": False,
                  "terugstroom.procedure": False, "terugstroom.beleid": True,
                  "financien.verdeling": False, "financien.besteding": False,
                  "dekkend-aanbod.continuum": False, "dekkend-aanbod.lacunes": False,
                  "resultaten.doelen": False, "resultaten.monitoring": True,
                  "ouders.informatie": True, "ouders.steunpunt": True},
        advisory={"ouders": ["betrokkenheid"]},
        notes={"basisondersteuning": "ch. 4 'Wat elke school biedt': common floor for all 41 schools + table 4.1.",
               "plaatsing": "ch. 5 only refers to the Loketreglement on the website; TOC/glossary/abbreviations only otherwise.",
               "terugstroom": "ch. 6 gives policy (temporary placement, conditions, one-year AB support); steps/initiative/TLV end referred to Loketreglement.",
               "financien": "ch. 7 'Geld en middelen' only refers to a separate annual begroting not part of the plan.",
               "dekkend-aanbod": "no continuum, gaps, thuiszitters or ketenpartner content; OOGO only procedural; 'dekkend aanbod'/'thuiszitter' only in glossary.",
               "resultaten": "ch. 8: intended results deferred until after nulmeting 2027; monitoring table 8.1 + June report/jaarverslag.",
               "ouders": "ch. 9 table 9.1 Wegwijzer: schoolgids, ouderfolder, ouderavond; OJSP 'Stevig', onderwijsconsulenten; parents in OT/OPP and OPR."},
    )
    return c, B, label


# ---------------------------------------------------------------------------
# Near miss: school-level ondersteuningsplan of a basisschool
# ---------------------------------------------------------------------------

def nearmiss():
    B = []
    B.append(("title", ["Ondersteuningsplan OBS De Wilgenhoek 2025-2026",
                        "Openbare basisschool De Wilgenhoek, Bemmelburg",
                        "Aangesloten bij Samenwerkingsverband Passend Primair Onderwijs Rivierenland-Noord (PO 29-41)",
                        "Vastgesteld door de directie na advies van de MR"]))
    B.append(("toc", ["1 Inleiding", "2 Zorgniveaus op De Wilgenhoek", "3 Basisondersteuning op onze school",
                      "4 Groepsbesprekingen en leerlingbesprekingen", "5 Extra ondersteuning en de TLV",
                      "6 Ouders", "7 Resultaten van onze school", "8 Middelen", "9 Jaarplanning"]))
    B += [
        ("h1", "1 Inleiding"),
        ("p", "Dit ondersteuningsplan beschrijft hoe OBS De Wilgenhoek de ondersteuning aan haar 312 leerlingen "
              "organiseert in schooljaar 2025-2026. Het plan is bedoeld voor het team en is een uitwerking van ons "
              "schoolondersteuningsprofiel. Het ondersteuningsplan van het samenwerkingsverband is het kader "
              "waarbinnen wij werken; dit schoolplan vervangt dat niet."),
        ("p", "Het plan wordt ieder jaar in juni door de intern begeleiders en de directie geëvalueerd en bijgesteld. "
              "De medezeggenschapsraad heeft er advies over uitgebracht."),
        ("h1", "2 Zorgniveaus op De Wilgenhoek"),
        ("table", [["Zorgniveau", "Wat", "Wie"],
                   ["1", "Goed lesgeven in de groep, basisaanbod", "Leerkracht"],
                   ["2", "Extra instructie aan de instructietafel", "Leerkracht"],
                   ["3", "Specifieke interventie na groepsbespreking", "Leerkracht en IB'er"],
                   ["4", "Inzet van externe deskundigheid via het OT", "IB'er, orthopedagoog SWV"],
                   ["5", "Arrangement of aanvraag TLV bij het samenwerkingsverband", "Directie en IB'er"]]),
        ("p", "In iedere groep werken wij met drie instructieniveaus. Leerkrachten maken twee keer per jaar een "
              "groepsoverzicht en bespreken dat met de intern begeleider."),
        ("h1", "3 Basisondersteuning op onze school"),
        ("p", "De Wilgenhoek biedt de basisondersteuning zoals het samenwerkingsverband die heeft afgesproken. "
              "Daarnaast hebben wij een eigen leesspecialist en een plusklas op woensdagochtend voor groep 5 tot en "
              "met 8. Onze rekencoördinator ondersteunt collega's bij het werken met het protocol ERWD."),
        ("table", [["Specialist", "Uren per week", "Taken"],
                   ["Intern begeleider onderbouw", "16", "Groepsbesprekingen groep 1-4"],
                   ["Intern begeleider bovenbouw", "16", "Groepsbesprekingen groep 5-8"],
                   ["Leesspecialist", "8", "Dyslexiebegeleiding en RT lezen"],
                   ["Gedragsspecialist", "6", "Kanjertraining, observaties"],
                   ["Plusklasleerkracht", "4", "Plusklas"]]),
        ("h1", "4 Groepsbesprekingen en leerlingbesprekingen"),
        ("table", [["Maand", "Activiteit"],
                   ["september", "Startgesprekken met ouders en leerling"],
                   ["oktober", "Groepsbespreking 1"],
                   ["januari/februari", "Toetsweek en analyse"],
                   ["februari", "Groepsbespreking 2"],
                   ["juni", "Toetsweek, analyse en overdracht"]]),
        ("p", "Na iedere groepsbespreking bepaalt de intern begeleider welke leerlingen in de leerlingbespreking "
              "worden besproken. Voor deze leerlingen wordt een handelingsplan gemaakt; bij een eigen leerlijn stellen "
              "wij een ontwikkelingsperspectief op."),
        ("h1", "5 Extra ondersteuning en de TLV"),
        ("p", "Wanneer de ondersteuning op school niet volstaat, bespreken wij de leerling in het ondersteuningsteam "
              "met de orthopedagoog van het samenwerkingsverband. Samen met de ouders kan dan een arrangement worden "
              "aangevraagd of, als plaatsing op een school voor speciaal basisonderwijs nodig is, een "
              "toelaatbaarheidsverklaring. De aanvraag verloopt via het ondersteuningsportaal van het "
              "samenwerkingsverband; de procedure en de criteria staan in het ondersteuningsplan van het verband. In "
              "schooljaar 2024-2025 zijn vanuit De Wilgenhoek twee TLV's voor het sbo aangevraagd en toegekend."),
        ("p", "Als een leerling terugkeert uit het sbo, zorgen wij voor een warme overdracht met de sbo-school."),
        ("h1", "6 Ouders"),
        ("p", "Ouders zijn onze belangrijkste partner. Zij worden bij iedere stap buiten zorgniveau 2 betrokken en "
              "uitgenodigd voor het OT. Informatie over onze ondersteuning staat in de schoolgids en op de website "
              "van de school. Bij vragen kunnen ouders terecht bij de leerkracht, de intern begeleider of de "
              "directeur; voor onafhankelijk advies kunnen zij contact opnemen met het ouder- en jeugdsteunpunt van het "
              "samenwerkingsverband."),
        ("h1", "7 Resultaten van onze school"),
        ("table", [["Indicator", "2023-2024", "2024-2025", "Schoolnorm"],
                   ["Referentieniveau 1F lezen groep 8", "96%", "97%", "95%"],
                   ["Referentieniveau 2F/1S lezen", "68%", "71%", "65%"],
                   ["Referentieniveau 1F rekenen", "91%", "93%", "90%"],
                   ["Leerlingen met OPP", "9", "11", "-"]]),
        ("p", "Onze resultaten liggen boven de signaleringswaarden van de Inspectie. Wij analyseren de toetsen twee "
              "keer per jaar en bespreken die in het team."),
        ("h1", "8 Middelen"),
        ("p", "De school ontvangt van het samenwerkingsverband een schoolbudget van € 95 per leerling. Wij besteden "
              "dit aan de leesspecialist (circa € 18.000) en aan de gedragsspecialist (circa € 11.600). De "
              "verantwoording loopt via het bestuur."),
        ("h1", "9 Jaarplanning"),
        ("table", [["Periode", "Actie", "Verantwoordelijk"],
                   ["augustus", "Overdracht en groepsoverzichten", "Leerkrachten"],
                   ["november", "Scholing HGW team", "Directie"],
                   ["maart", "Evaluatie plusklas", "IB'er"],
                   ["juni", "Evaluatie en bijstellen ondersteuningsplan school", "IB'ers en directie"]]),
    ]
    return B


# ---------------------------------------------------------------------------

CORE = ["basisondersteuning.niveau", "basisondersteuning.inhoud", "plaatsing.procedure", "plaatsing.criteria",
        "terugstroom.procedure", "terugstroom.beleid", "financien.verdeling", "financien.besteding",
        "dekkend-aanbod.continuum", "dekkend-aanbod.lacunes", "resultaten.doelen", "resultaten.monitoring",
        "ouders.informatie", "ouders.steunpunt"]
ELEMENTS = ["basisondersteuning", "plaatsing", "terugstroom", "financien", "dekkend-aanbod", "resultaten", "ouders"]


def yaml_label(docs, label):
    lines = [f"documents: [{', '.join(docs)}]", f"sector: {label['sector']}", "looks_like_plan: true"]
    el = label["elements"]
    lines.append("elements: {" + ", ".join(f"{e}: {el[e]}" for e in ELEMENTS) + "}")
    lines.append("criteria:")
    for k in CORE:
        lines.append(f"  {k}: {'true' if label['criteria'][k] else 'false'}")
    lines.append("advisory_addressed:")
    for e in ELEMENTS:
        if label["advisory"].get(e):
            lines.append(f"  {e}: [{', '.join(label['advisory'][e])}]")
    lines.append("notes:")
    for e in ELEMENTS:
        note = label["notes"][e].replace('"', "'")
        lines.append(f'  {e}: "{note}"')
    return "\n".join(lines) + "\n"


def check_status(label):
    for e in ELEMENTS:
        crit = [label["criteria"][k] for k in CORE if k.startswith(e + ".")]
        adv = bool(label["advisory"].get(e))
        want = "present" if all(crit) else ("partial" if any(crit) or adv else "missing")
        assert label["elements"][e] == want, (e, label["elements"][e], want)


def main():
    plans = [
        (plan1, "po-rivierenland-noord-2026", "docx"),
        (plan2, "vo-kempenrand-2026", "docx"),
        (plan3, "po-duinstreek-2026", "pdf"),
        (plan4, "vo-lauwersmeer-2026", "pdf"),
        (plan5, "po-veenkolonien-zuid-2026", "txt"),
    ]
    for fn, stem, fmt in plans:
        c, blocks, label = fn()
        check_status(label)
        header = f"{c['naam']} | Ondersteuningsplan {c['periode']}"
        footer = "Basisondersteuning - Toelaatbaarheid - Terugplaatsing - Financiën - Resultaten - Ouders"
        path = OUT / f"{stem}.{fmt}"
        if fmt == "docx":
            write_docx(blocks, path, header, footer)
        elif fmt == "pdf":
            docx_to_pdf(blocks, path, header, footer)
        else:
            write_txt(blocks, path)
        (OUT / f"{stem}.expected.yaml").write_text(yaml_label([path.name], label), encoding="utf-8")
        print(f"{path.name}: {words(blocks)} words")
    nm = nearmiss()
    path = OUT / "obs-wilgenhoek-schoolondersteuningsplan-2025.docx"
    write_docx(nm, path, "OBS De Wilgenhoek | Ondersteuningsplan school 2025-2026", "Intern document")
    (OUT / "obs-wilgenhoek-schoolondersteuningsplan-2025.expected.yaml").write_text(
        f"documents: [{path.name}]\nsector: po\nlooks_like_plan: false\nelements: {{}}\ncriteria: {{}}\n"
        "notes:\n  document: \"School-level ondersteuningsplan of one basisschool (zorgniveaus, groepsbesprekingen, "
        "own results and schoolbudget); it refers to the SWV plan as its kader and is not an ondersteuningsplan of "
        "a samenwerkingsverband (no OPR, OOGO, verband-wide TLV procedure or verdeling).\"\n", encoding="utf-8")
    print(f"{path.name}: {words(nm)} words")


if __name__ == "__main__":
    main()
