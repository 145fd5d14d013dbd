#!/usr/bin/env python3
"""Generate holdout set 165: five fictional ondersteuningsplannen (VO-heavy, urban verbanden) and one
near-miss document, with label files. Deterministic, no network. Output next to this script's folder."""
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

from docx import Document
from docx.shared import Pt
from docx.enum.text import WD_BREAK

OUT = Path(__file__).resolve().parent.parent

FN_RE = re.compile(r"\[\[fn:(.*?)\]\]")


# ----------------------------------------------------------------------------------------------
# rendering
# ----------------------------------------------------------------------------------------------
class Doc:
    def __init__(self, title_lines, header, footer):
        self.title_lines = title_lines
        self.header = header
        self.footer = footer
        self.blocks = []

    def h(self, level, text):
        self.blocks.append(("h", level, text))

    def p(self, text):
        self.blocks.append(("p", text))

    def ul(self, items):
        self.blocks.append(("ul", items))

    def table(self, rows):
        self.blocks.append(("table", rows))

    def toc(self, entries):
        self.blocks.append(("toc", entries))

    def pb(self):
        self.blocks.append(("pb",))

    def extend(self, blocks):
        self.blocks.extend(blocks)


def _split_fn(text, notes):
    """Return list of (text, is_sup) pieces; collects footnote texts."""
    parts = []
    pos = 0
    for m in FN_RE.finditer(text):
        parts.append((text[pos:m.start()], False))
        notes.append(m.group(1))
        parts.append((str(len(notes)), True))
        pos = m.end()
    parts.append((text[pos:], False))
    return parts


def render_docx(d, path):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = d.header
    sec.footer.paragraphs[0].text = d.footer
    for i, line in enumerate(d.title_lines):
        if i == 0:
            doc.add_heading(line, level=0)
        else:
            doc.add_paragraph(line)
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    notes = []
    for b in d.blocks:
        kind = b[0]
        if kind == "h":
            doc.add_heading(b[2], level=min(b[1], 4))
        elif kind == "p":
            para = doc.add_paragraph()
            for txt, sup in _split_fn(b[1], notes):
                r = para.add_run(txt)
                if sup:
                    r.font.superscript = True
        elif kind == "ul":
            for it in b[1]:
                para = doc.add_paragraph(style="List Bullet")
                for txt, sup in _split_fn(it, notes):
                    r = para.add_run(txt)
                    if sup:
                        r.font.superscript = True
        elif kind == "table":
            rows = b[1]
            t = doc.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for ri, row in enumerate(rows):
                for ci, cell in enumerate(row):
                    t.cell(ri, ci).text = str(cell)
            doc.add_paragraph()
        elif kind == "toc":
            doc.add_heading("Inhoudsopgave", level=1)
            for e in b[1]:
                doc.add_paragraph(e)
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif kind == "pb":
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
    if notes:
        doc.add_heading("Noten", level=1)
        for i, n in enumerate(notes, 1):
            doc.add_paragraph(f"{i}. {n}")
    doc.save(str(path))


def _esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def render_html(d, path):
    notes = []

    def inline(text):
        out = []
        for txt, sup in _split_fn(text, notes):
            if sup:
                out.append(f'<sup><a href="#fn{txt}" id="ref{txt}">{txt}</a></sup>')
            else:
                out.append(_esc(txt))
        return "".join(out)

    lines = ["<!DOCTYPE html>", '<html lang="nl">', "<head>", '<meta charset="utf-8">',
             f"<title>{_esc(d.title_lines[0])}</title>",
             "<style>body{font-family:Arial,sans-serif;max-width:60em;margin:auto}"
             "table{border-collapse:collapse}td,th{border:1px solid #999;padding:3px}"
             "header,footer{color:#666;font-size:80%}</style>", "</head>", "<body>",
             f'<header class="site-header">{_esc(d.header)}</header>',
             '<section class="titelpagina">']
    for i, line in enumerate(d.title_lines):
        lines.append(f"<h1>{_esc(line)}</h1>" if i == 0 else f"<p>{_esc(line)}</p>")
    lines.append("</section>")
    lines.append("<main>")
    for b in d.blocks:
        kind = b[0]
        if kind == "h":
            lv = min(b[1] + 1, 6)
            lines.append(f"<h{lv}>{_esc(b[2])}</h{lv}>")
        elif kind == "p":
            lines.append(f"<p>{inline(b[1])}</p>")
        elif kind == "ul":
            lines.append("<ul>" + "".join(f"<li>{inline(i)}</li>" for i in b[1]) + "</ul>")
        elif kind == "table":
            rows = b[1]
            h = "".join(f"<th>{_esc(str(c))}</th>" for c in rows[0])
            body = "".join("<tr>" + "".join(f"<td>{_esc(str(c))}</td>" for c in r) + "</tr>"
                           for r in rows[1:])
            lines.append(f"<table><thead><tr>{h}</tr></thead><tbody>{body}</tbody></table>")
        elif kind == "toc":
            lines.append('<nav class="inhoudsopgave"><h2>Inhoudsopgave</h2><ul>'
                         + "".join(f"<li>{_esc(e)}</li>" for e in b[1]) + "</ul></nav>")
    lines.append("</main>")
    if notes:
        lines.append('<section class="voetnoten"><h2>Noten</h2><ol>')
        for i, n in enumerate(notes, 1):
            lines.append(f'<li id="fn{i}">{_esc(n)}</li>')
        lines.append("</ol></section>")
    lines.append(f'<footer class="site-footer">{_esc(d.footer)}</footer>')
    lines.append("</body></html>")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def render_pdf(d, path):
    tmp = Path(tempfile.mkdtemp(prefix="holdout165_gen_"))
    try:
        src = tmp / (path.stem + ".docx")
        render_docx(d, src)
        profile = tmp / "lo_profile"
        subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
                        "--convert-to", "pdf", "--outdir", str(tmp), str(src)],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=240)
        shutil.move(str(tmp / (path.stem + ".pdf")), str(path))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def word_count(d):
    n = sum(len(l.split()) for l in d.title_lines)
    for b in d.blocks:
        if b[0] in ("p",):
            n += len(b[1].split())
        elif b[0] == "h":
            n += len(b[2].split())
        elif b[0] in ("ul", "toc"):
            n += sum(len(i.split()) for i in b[1])
        elif b[0] == "table":
            n += sum(len(str(c).split()) for r in b[1] for c in r)
    return n


# ----------------------------------------------------------------------------------------------
# label files
# ----------------------------------------------------------------------------------------------
CORE = [("basisondersteuning", "niveau"), ("basisondersteuning", "inhoud"),
        ("plaatsing", "procedure"), ("plaatsing", "criteria"),
        ("terugstroom", "procedure"), ("terugstroom", "beleid"),
        ("financien", "verdeling"), ("financien", "besteding"),
        ("dekkend-aanbod", "continuum"), ("dekkend-aanbod", "lacunes"),
        ("resultaten", "doelen"), ("resultaten", "monitoring"),
        ("ouders", "informatie"), ("ouders", "steunpunt")]
ELEMENTS = ["basisondersteuning", "plaatsing", "terugstroom", "financien", "dekkend-aanbod",
            "resultaten", "ouders"]


def status_from(crit, adv, el):
    vals = [crit[f"{e}.{c}"] for e, c in CORE if e == el]
    if all(vals):
        return "present"
    if any(vals) or adv.get(el):
        return "partial"
    return "missing"


def _q(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def write_label(name, documents, sector, crit, adv, notes):
    assert set(crit) == {f"{e}.{c}" for e, c in CORE}, name
    els = {el: status_from(crit, adv, el) for el in ELEMENTS}
    out = [f"documents: [{', '.join(documents)}]", f"sector: {sector}", "looks_like_plan: true",
           "elements: {" + ", ".join(f"{k}: {v}" for k, v in els.items()) + "}", "criteria:"]
    for e, c in CORE:
        out.append(f"  {e}.{c}: {'true' if crit[e + '.' + c] else 'false'}")
    out.append("advisory_addressed:")
    for el in ELEMENTS:
        if adv.get(el):
            out.append(f"  {el}: [{', '.join(adv[el])}]")
    out.append("notes:")
    for el in ELEMENTS:
        if el in notes:
            out.append(f"  {el}: {_q(notes[el])}")
    (OUT / f"{name}.expected.yaml").write_text("\n".join(out) + "\n", encoding="utf-8")
    return els


def write_label_notplan(name, documents, sector, note):
    out = [f"documents: [{', '.join(documents)}]", f"sector: {sector}", "looks_like_plan: false",
           "elements: {}", "criteria: {}", "notes:", f"  document: {_q(note)}"]
    (OUT / f"{name}.expected.yaml").write_text("\n".join(out) + "\n", encoding="utf-8")


# ----------------------------------------------------------------------------------------------
# shared filler prose (deliberately free of element substance unless a flag allows it)
# ----------------------------------------------------------------------------------------------
def P(*texts):
    return [("p", t) for t in texts]


def f_voorwoord(c):
    return P(
        f"Voor u ligt het ondersteuningsplan {c['periode']} van {c['naam']}. Het is het derde plan sinds de "
        f"invoering van passend onderwijs en het eerste dat volledig is geschreven na de verhuizing van ons "
        f"bureau naar {c['adres']}. In de afgelopen periode hebben wij met schoolleiders, ondersteunings"
        f"coördinatoren, intern begeleiders, leerlingen, ouders, gemeenten en partners uit de jeugdhulp "
        f"gesproken over wat er goed gaat en wat beter kan. Die gesprekken waren niet altijd makkelijk, maar wel "
        f"openhartig, en ze hebben de toon van dit plan bepaald.",
        f"De stad verandert snel. Wijken worden vernieuwd, de samenstelling van de bevolking verschuift en de "
        f"krapte op de arbeidsmarkt raakt onze scholen hard. Tegelijk zien we dat steeds meer jongeren en "
        f"kinderen met complexe vragen op school komen. Dat vraagt om nuchterheid: we kunnen niet alles "
        f"tegelijk, en we moeten kiezen. Dit plan laat zien welke keuzes wij maken en waarom.",
        f"Een plan is geen doel op zich. Het gaat om de leerling in de klas en de leraar die voor die klas "
        f"staat. Wij danken iedereen die heeft meegelezen en meegeschreven, in het bijzonder de leden van de "
        f"ondersteuningsplanraad en de ambtenaren van de {c['gemeenten']}.",
        f"{c['ondertekening']}")


def f_leeswijzer(c, extra=""):
    return P(
        "Dit plan is opgebouwd uit genummerde hoofdstukken en paragrafen. Hoofdstuk 1 beschrijft de opdracht en "
        "de context van het samenwerkingsverband. Daarna volgen de inhoudelijke hoofdstukken. Waar wij verwijzen "
        "naar wet- en regelgeving staat de vindplaats in een voetnoot. Verwijzingen naar bijlagen betreffen "
        "documenten die afzonderlijk worden vastgesteld en gepubliceerd; zij maken geen deel uit van dit "
        "document, tenzij uitdrukkelijk anders vermeld. " + extra,
        "Waar in dit plan 'scholen' staat, bedoelen wij alle vestigingen van de aangesloten schoolbesturen, "
        "inclusief de scholen voor speciaal onderwijs die in ons gebied een locatie hebben. Waar 'ouders' staat, "
        "bedoelen wij ook verzorgers en voogden.")


def f_context(c):
    rows = [["Kengetal", "Teldatum 1 oktober 2024", "Teldatum 1 oktober 2025"],
            ["Aantal aangesloten schoolbesturen", str(c['nbest']), str(c['nbest'])],
            ["Aantal scholen/vestigingen", str(c['nsch'] - 1), str(c['nsch'])],
            ["Aantal leerlingen", f"{c['nll'] + 412:,}".replace(",", "."), f"{c['nll']:,}".replace(",", ".")]]
    return P(
        f"{c['naam']} (regiocode {c['code']}) omvat het grondgebied van de {c['gemeenten']}. Het verband is een "
        f"stichting waarin {c['nbest']} schoolbesturen samenwerken. Het gebied is sterk verstedelijkt: bijna "
        f"de helft van de leerlingen woont in een wijk met een lage sociaal-economische status, ruim een "
        f"derde spreekt thuis (ook) een andere taal dan het Nederlands, en elk jaar komt een aanzienlijke "
        f"groep nieuwkomers binnen.",
        "De onderstaande tabel geeft de belangrijkste omvangsgegevens. De leerlingaantallen dalen licht, "
        "vooral in de oudere wijken, terwijl de nieuwbouwwijken aan de rand van de stad groeien. Voor "
        "huisvesting en leerlingenvervoer heeft die verschuiving grote gevolgen; daarover voeren de "
        "schoolbesturen overleg met de gemeente in het kader van het integraal huisvestingsplan.") + [
        ("table", rows)] + P(
        "Het verband heeft een klein bureau. De directeur-bestuurder wordt ondersteund door een beleidsadviseur, "
        "een controller, een secretariaat en een team van consulenten en orthopedagogen. Het bureau is "
        "gevestigd op een centrale plek in de stad, goed bereikbaar met het openbaar vervoer.")


def f_visie(c):
    return P(
        "Wij geloven dat elke leerling recht heeft op onderwijs dat past bij wie hij of zij is en wat hij of zij "
        "nodig heeft. Onze visie is kort samen te vatten in drie woorden: dichtbij, samen en eerlijk. Dichtbij "
        "betekent dat ondersteuning zo veel mogelijk in de eigen klas en op de eigen school plaatsvindt. Samen "
        "betekent dat school, leerling, ouders en partners gelijkwaardig optrekken. Eerlijk betekent dat we "
        "transparant zijn over wat kan en wat niet kan.",
        "Onze missie is om met de aangesloten besturen de voorwaarden te scheppen waaronder scholen hun "
        "pedagogische opdracht kunnen waarmaken. Het samenwerkingsverband is daarbij nadrukkelijk geen "
        "schoolbestuur boven de besturen: de verantwoordelijkheid voor het onderwijs blijft bij de scholen. "
        "Wij faciliteren, verbinden, agenderen en, waar de wet dat vraagt, besluiten wij.",
        "De visie is in het voorjaar van 2025 opnieuw besproken in een reeks bijeenkomsten met schoolleiders "
        "en leraren. Daaruit kwam een duidelijke wens naar voren: minder papier, meer handen in de klas, en "
        "korte lijnen. Die wens nemen wij serieus. Tegelijk constateren we dat de druk op scholen groot is. "
        "Lerarentekorten, verzuim onder personeel en de toename van complexe vragen maken het niet eenvoudig "
        "om de ambities van passend onderwijs waar te maken.",
        "Inclusiever onderwijs is een beweging waar wij ons bij aansluiten. Dat is geen papieren belofte, maar "
        "een richting die wij stap voor stap willen gaan, in het tempo dat scholen aankunnen.")


def f_governance(c):
    return P(
        f"{c['naam']} is een stichting met een scheiding tussen bestuur en intern toezicht. De directeur-"
        f"bestuurder vormt het bestuur in de zin van de statuten en is eindverantwoordelijk voor de uitvoering "
        f"van dit plan. De raad van toezicht bestaat uit vijf leden, van wie drie op voordracht van de "
        f"aangesloten schoolbesturen en twee onafhankelijke leden. De raad komt ten minste vijf keer per jaar "
        f"bijeen en keurt de begroting en het jaarverslag goed.[[fn:Artikel 2.47 Wet voortgezet onderwijs 2020 "
        f"respectievelijk artikel 18a Wet op het primair onderwijs; zie ook de Code Goed Bestuur van de "
        f"sectorraad.]]",
        "Naast het formele toezicht kent het verband een bestuurdersoverleg, waarin alle aangesloten besturen "
        "vertegenwoordigd zijn. Het bestuurdersoverleg heeft een adviserende rol en is de plek waar strategische "
        "vraagstukken worden verkend voordat de directeur-bestuurder besluit. De statuten bevatten een "
        "geschillenregeling voor geschillen tussen de aangesloten besturen en het verband.",
        "Het verband werkt met een jaarlijkse planning- en controlcyclus: in het najaar een jaarplan en een "
        "begroting, in het voorjaar een managementrapportage en vóór 1 juli een jaarverslag. De accountant "
        "controleert de jaarrekening.")


def f_opr(c):
    base = (f"De ondersteuningsplanraad (OPR) heeft op {c['opr_datum']} ingestemd met dit plan.[[fn:Artikel 14a Wet "
            f"medezeggenschap op scholen; de instemming is vastgelegd in het verslag van de OPR-vergadering van die "
            f"datum.]] De OPR bestaat uit {c['opr_n']} leden en vergadert zes keer per jaar. Het verband faciliteert "
            f"de raad met een ambtelijk secretaris, een scholingsbudget en een vergoeding per vergadering.")
    if c.get("opr_ouders"):
        base += (" De helft van de leden is ouder of leerling, de andere helft is personeelslid; via deze ouders "
                 "en leerlingen klinkt het perspectief van gezinnen rechtstreeks door in het beleid van het verband.")
    return P(base,
             "Daarnaast heeft het verband een eigen medezeggenschapsraad voor het personeel van het bureau. De "
             "verhouding tussen OPR en de medezeggenschapsraden van de scholen is in een huishoudelijk reglement "
             "vastgelegd.")


def f_oogo(c, mode):
    if mode == "proc":
        return P(f"Het ontwerp van dit plan is op {c['oogo_datum']} besproken in het op overeenstemming gericht "
                 f"overleg (OOGO) met de colleges van burgemeester en wethouders van de {c['gemeenten']}. Het verslag "
                 f"van dat overleg is als bijlage C bij het vaststellingsbesluit gevoegd.[[fn:Artikel 18a, negende "
                 f"lid, WPO.]]")
    return P(
        f"Het ontwerp van dit plan is op {c['oogo_datum']} besproken in het op overeenstemming gericht overleg (OOGO) "
        f"met de {c['gemeenten']}.[[fn:Artikel 17a, negende lid, WVO (thans artikel 2.47 e.v. WVO 2020) "
        f"respectievelijk artikel 18a, negende lid, WPO; artikel 2.7 Jeugdwet.]] Het overleg is in goede "
        f"overeenstemming afgerond.",
        "Samen met de gemeenten werken wij aan de aansluiting tussen onderwijs en jeugdhulp. In elke wijk is een "
        "vaste contactpersoon van het wijkteam aan de scholen verbonden, die binnen twee weken na een vraag van "
        "school aanschuift bij het ondersteuningsteam. Gemeente en verband financieren samen onderwijs-"
        "zorgarrangementen voor leerlingen die zowel onderwijsondersteuning als jeugdhulp nodig hebben; de "
        "gemeente betaalt het zorgdeel, het verband het onderwijsdeel. Afspraken over leerlingenvervoer, "
        "onderwijshuisvesting en de aansluiting op de arbeidsmarkt staan op de gezamenlijke OOGO-agenda.")


def f_personeel(c):
    return P(
        "Het bureau van het verband telt circa achttien fte. Het grootste deel daarvan bestaat uit consulenten "
        "en orthopedagogen die scholen adviseren en ondersteuningsteams bijwonen. Daarnaast werkt het verband "
        "met een flexibele schil van gedetacheerde specialisten vanuit de besturen.",
        "Het lerarentekort is in onze regio groter dan landelijk. Dat raakt ook de ondersteuning: "
        "ondersteuningscoördinatoren en intern begeleiders staan regelmatig zelf voor de klas. Wij investeren "
        "daarom in professionalisering: er is een gezamenlijke academie met een scholingsaanbod over onder meer "
        "gedrag, trauma-sensitief lesgeven, meertaligheid en executieve functies. Dit scholingsaanbod is open "
        "voor alle medewerkers van de aangesloten scholen.",
        "Verder faciliteren wij netwerken van ondersteuningscoördinatoren, intern begeleiders, gedragsspecialisten "
        "en leerlingbegeleiders. Deze netwerkbijeenkomsten vinden vier keer per jaar plaats en worden goed "
        "bezocht.")


def f_ict_privacy(c, tlv=True):
    out = P(
        "Het verband werkt met een digitaal aanvraagportaal waarin scholen aanvragen indienen en dossiers "
        "delen. Het portaal voldoet aan de eisen van de Algemene verordening gegevensbescherming (AVG). Het "
        "verband heeft een functionaris gegevensbescherming aangesteld, gedeeld met twee andere verbanden.",
        "Voor de uitwisseling van gegevens met de scholen gebruiken wij een beveiligde omgeving. Medewerkers "
        "volgen jaarlijks een verplichte training informatiebeveiliging. Datalekken worden binnen 72 uur gemeld "
        "bij de Autoriteit Persoonsgegevens.")
    if tlv:
        out += P("Gegevens over de gezondheid van leerlingen verwerken wij uitsluitend voor zover dat nodig is voor "
                 "onze wettelijke taken; zij worden niet langer bewaard dan drie jaar na het besluit waarvoor zij "
                 "zijn verwerkt.[[fn:Artikel 18a, dertiende lid, WPO; artikel 17a, veertiende lid, WVO (oude "
                 "nummering).]]")
    return out


def f_landelijk(c):
    return P(
        "Passend onderwijs bestaat sinds 1 augustus 2014. De landelijke evaluatie uit 2020 liet zien dat het "
        "stelsel op onderdelen werkt, maar dat de verwachtingen te hoog waren en dat de bureaucratie rond "
        "aanvragen te groot is geworden. De minister heeft daarop een verbeteraanpak aangekondigd met een reeks "
        "maatregelen, onder meer over de rol van samenwerkingsverbanden, de positie van leerlingen en ouders, "
        "de toerusting van leraren en de inzet van middelen.[[fn:Kamerbrief Verbeteraanpak passend onderwijs, "
        "Kamerstukken II 2019/20, 31497, nr. 351; zie ook Kamerstukken II 2023/24, 36443.]]",
        "Voor de komende jaren verwachten wij een aantal landelijke ontwikkelingen die het werk van het verband "
        "zullen beïnvloeden: de invoering van een landelijke norm voor de ondersteuning op scholen, aanpassingen "
        "in de medezeggenschap, de beweging naar inclusiever onderwijs en de voortdurende discussie over "
        "bureaucratie en regeldruk. Wij volgen deze ontwikkelingen via de sectorraad en het landelijk netwerk van "
        "samenwerkingsverbanden, en passen ons beleid waar nodig aan. Eventuele wijzigingen in dit plan leggen "
        "wij tussentijds voor aan de medezeggenschap.",
        "Ook in de regio staat er veel te gebeuren. De gemeente herziet haar jeugdbeleid, de wijkteams worden "
        "opnieuw aanbesteed en het onderwijshuisvestingsprogramma voorziet in de nieuwbouw van vier scholen. "
        "Het verband is geen partij in deze processen, maar wordt wel geconsulteerd.")


def f_kennis(c):
    return P(
        "Kennis delen is een van de sterkste instrumenten die een verband heeft. Scholen in onze stad verschillen "
        "sterk van elkaar in grootte, populatie en cultuur, en juist daardoor kunnen zij veel van elkaar leren. "
        "Het verband organiseert daarom jaarlijks een studiedag voor alle medewerkers van de aangesloten scholen, "
        "met workshops die door collega's zelf worden verzorgd. In 2025 namen ruim 900 leraren en "
        "onderwijsondersteuners deel.",
        "Daarnaast ondersteunt het verband lerende netwerken van schoolleiders. Iedere schoolleider maakt deel uit "
        "van een intervisiegroep van vijf à zes collega's, die vier keer per jaar bij elkaar op bezoek gaan. De "
        "onderwerpen kiezen zij zelf; vaak gaat het over leiderschap, personeelsbeleid en de organisatie van het "
        "onderwijs. Het verband faciliteert de groepen met een begeleider en een klein budget.",
        "Met de lerarenopleidingen in de stad heeft het verband afspraken gemaakt over stages en over de aandacht "
        "voor gedrag en diversiteit in het curriculum. Studenten kunnen een minor volgen die deels op scholen in "
        "ons verband wordt uitgevoerd. Wij verwachten dat dit op termijn bijdraagt aan het terugdringen van het "
        "lerarentekort.")


def f_risico(c):
    return P(
        "Het verband onderscheidt een aantal strategische risico's voor de uitvoering van dit plan. Het eerste "
        "risico is het lerarentekort: als scholen structureel onvoldoende bevoegde leraren hebben, komt de "
        "kwaliteit van het onderwijs onder druk te staan. Het tweede risico is de stabiliteit van het bureau: een "
        "klein bureau is kwetsbaar bij ziekte of vertrek van sleutelfiguren. Daarom werken wij met duo-"
        "bezetting op kritieke functies en leggen wij werkprocessen vast. Het derde risico betreft de "
        "informatiebeveiliging: het verband verwerkt gevoelige gegevens en een datalek kan grote gevolgen hebben.",
        "De directeur-bestuurder bespreekt het risicoprofiel twee keer per jaar met de raad van toezicht. Nieuwe "
        "risico's worden in de managementrapportage opgenomen. Voor elk risico is een eigenaar binnen het bureau "
        "aangewezen die de beheersmaatregelen bewaakt.")


def f_planning(c):
    rows = [["Periode", "Mijlpaal"],
            ["najaar 2025", "Concepttekst besproken met schoolleiders en bestuurdersoverleg"],
            ["januari 2026", "Concept naar OPR en gemeenten"],
            [c['oogo_datum'], "OOGO"],
            [c['opr_datum'], "Instemming OPR"],
            ["april 2026", "Vaststelling door directeur-bestuurder na goedkeuring raad van toezicht"],
            ["vóór 1 mei 2026", "Toezending aan de Inspectie van het Onderwijs"]]
    return P("Dit plan is in een zorgvuldig proces tot stand gekomen. De tabel hieronder geeft de belangrijkste "
             "stappen.[[fn:De wet schrijft voor dat het plan vóór 1 mei voorafgaand aan het eerste schooljaar "
             "van de planperiode aan de inspectie wordt toegezonden; artikel 18a, tiende lid, WPO en artikel "
             "17a, tiende lid, WVO.]]") + [("table", rows)] + P(
        "Het plan wordt jaarlijks uitgewerkt in een jaarplan. Tussentijdse wijzigingen van het plan worden "
        "opnieuw aan de OPR voorgelegd.")


def begrippen(items):
    rows = [["Begrip / afkorting", "Betekenis"]] + [list(i) for i in items]
    return [("table", rows)]


# ----------------------------------------------------------------------------------------------
# Plan 1: VO Amstelstad (docx)
# ----------------------------------------------------------------------------------------------
def plan_amstelstad():
    c = dict(naam="Samenwerkingsverband Voortgezet Onderwijs Amstelstad", kort="SWV VO Amstelstad",
             periode="2026-2030", adres="de Wibautstraat", gemeenten="gemeenten Amstelstad en Diemerwaard",
             ondertekening="Namens het bestuur, drs. M. (Marieke) de Groot-Özdemir, directeur-bestuurder",
             code="VO 27-99", nbest=14, nsch=46, nll=31240, opr_datum="17 maart 2026", opr_n=16,
             opr_ouders=True, oogo_datum="3 maart 2026")
    d = Doc(["Ondersteuningsplan 2026-2030", "Samenwerkingsverband Voortgezet Onderwijs Amstelstad (VO 27-99)",
             "'Samen sterk in de stad'", "Vastgesteld door de directeur-bestuurder op 14 april 2026",
             "Versie 1.0 – definitief"],
            "SWV VO Amstelstad | Ondersteuningsplan 2026-2030 | basisondersteuning · toelaatbaarheid · "
            "terugplaatsing · resultaten · ouders",
            "Ondersteuningsplan SWV VO Amstelstad – pagina-indeling volgens huisstijl – www.swv-amstelstad.example")
    d.toc(["Voorwoord", "1 Inleiding", "  1.1 Leeswijzer", "  1.2 Het samenwerkingsverband in cijfers",
           "2 Missie, visie en ambities", "3 Basisondersteuning", "  3.1 Wat is basisondersteuning",
           "  3.2 De standaarden", "  3.3 Borging", "4 Extra ondersteuning en toelaatbaarheid",
           "  4.1 Het ondersteuningscontinuüm", "  4.2 Toelaatbaarheid vso", "  4.3 Lwoo en praktijkonderwijs",
           "  4.4 Terugplaatsing", "5 Thuiszitters en dekkend aanbod", "6 Samenwerking met gemeenten (OOGO)",
           "7 Geld en middelen", "  7.1 Verdeling", "  7.2 Meerjarenbegroting", "8 Kwaliteitszorg en resultaten",
           "9 Communicatie", "10 Organisatie en medezeggenschap", "11 Personeel, ICT en privacy",
           "12 Totstandkoming en planning", "Bijlage 1 Begrippenlijst"])
    d.h(1, "Voorwoord")
    d.extend(f_voorwoord(c))
    d.h(1, "1 Inleiding")
    d.h(2, "1.1 Leeswijzer")
    d.extend(f_leeswijzer(c, "Het Toewijzingskader (bijlage 6) en de jaarbegroting 2026 (bijlage 7) worden "
                             "afzonderlijk gepubliceerd."))
    d.h(2, "1.2 Het samenwerkingsverband in cijfers")
    d.extend(f_context(c))
    d.h(1, "2 Missie, visie en ambities")
    d.extend(f_visie(c))
    d.h(2, 'Landelijke en regionale ontwikkelingen')
    d.extend(f_landelijk(c))
    d.p("Onze ambities voor de komende planperiode zijn in drie woorden te vangen: verbinden, versterken en "
        "vereenvoudigen. Wat dat precies oplevert voor leerlingen, en hoe we dat zichtbaar maken, werken we de "
        "komende tijd uit met de besturen.")
    d.h(1, "3 Basisondersteuning")
    d.h(2, "3.1 Wat is basisondersteuning")
    d.p("Basisondersteuning is in ons verband het afgesproken minimumniveau van ondersteuning dat iedere "
        "vestiging van iedere aangesloten vo-school biedt, zonder dat daarvoor een aanvraag bij het verband "
        "nodig is. De besturen hebben dit niveau op 9 oktober 2025 gezamenlijk vastgesteld in het "
        "bestuurdersoverleg. Het niveau geldt voor alle vestigingen, van praktijkonderwijs tot gymnasium; "
        "scholen mogen meer bieden, maar niet minder.[[fn:Artikel 17a, achtste lid, onder a, WVO: het plan "
        "bevat in elk geval de basisondersteuningsvoorzieningen die op alle vestigingen aanwezig zijn.]]")
    d.h(2, "3.2 De standaarden")
    d.p("Een ouder of leerling mag op elke vestiging in elk geval het volgende verwachten:")
    d.ul(["3.2.1 Een ondersteuningscoördinator met ten minste 0,4 fte per 500 leerlingen, die het aanspreekpunt "
          "is voor leerlingen, ouders en mentoren;",
          "3.2.2 Een ondersteuningsteam (OT) dat ten minste zes keer per jaar bijeenkomt, met vaste deelname van "
          "de schoolmaatschappelijk werker, de jeugdarts of jeugdverpleegkundige en de leerplichtambtenaar;",
          "3.2.3 Een dyslexie- en dyscalculieprotocol met faciliteiten als extra tijd, vergrote opgaven en "
          "voorleessoftware;",
          "3.2.4 Een mentoraat met ten minste één individueel mentorgesprek per leerling per periode;",
          "3.2.5 Een aanbod voor sociaal-emotionele vaardigheden (bijvoorbeeld een faalangstreductietraining en een "
          "training sociale vaardigheden) en een vaste time-out- of opvangvoorziening onder begeleiding;",
          "3.2.6 Begeleiding bij executieve functies (plannen, organiseren) via huiswerkbegeleiding of "
          "coaching in kleine groepen;",
          "3.2.7 Een protocol medisch handelen en een aangepast rooster waar dat medisch nodig is;",
          "3.2.8 Een aanbod voor taalondersteuning Nederlands voor leerlingen die korter dan vier jaar in "
          "Nederland zijn;",
          "3.2.9 Een handelingsgerichte werkwijze: bij elke leerling met een ondersteuningsvraag wordt binnen "
          "zes weken een ontwikkelingsperspectief of handelingsplan opgesteld in overleg met leerling en ouders."])
    d.h(2, "3.3 Borging")
    d.p("Het verband voert eens per twee jaar op elke vestiging een audit basisondersteuning uit met een "
        "kwaliteitskaart die de negen standaarden volgt. Als een vestiging op een standaard onvoldoende scoort, "
        "stelt de school binnen drie maanden een verbeterplan op dat de directeur-bestuurder bespreekt met het "
        "betrokken bestuur; na een jaar volgt een heraudit.")
    d.h(1, "4 Extra ondersteuning en toelaatbaarheid")
    d.h(2, "4.1 Het ondersteuningscontinuüm")
    d.p("De ondersteuning in ons verband is opgebouwd in vier lagen. Laag 1 is de basisondersteuning op elke "
        "school. Laag 2 is extra ondersteuning binnen de school, gefinancierd uit het schoolbudget: bijvoorbeeld "
        "een plusklas, een rebound-traject binnen de eigen school, of inzet van een gedragsspecialist. Laag 3 "
        "bestaat uit bovenschoolse arrangementen: het orthopedagogisch-didactisch centrum (OPDC) 'De Brug' "
        "met 60 plaatsen, de Rebound Oost met 24 plaatsen en het arrangement Op de Rails voor leerlingen met "
        "autisme, met 40 plaatsen verdeeld over drie scholen. Laag 4 is het voortgezet speciaal onderwijs (vso) "
        "in cluster 3 en 4, waarvoor een toelaatbaarheidsverklaring nodig is. Leerlingen stromen tussen de lagen "
        "op en af; een plaatsing op het OPDC duurt in de regel maximaal twee jaar.")
    d.h(2, "4.2 Toelaatbaarheid vso")
    d.p("4.2.1 Aanvraag. Een toelaatbaarheidsverklaring (TLV) voor het vso wordt aangevraagd door het bevoegd "
        "gezag van de school waar de leerling staat ingeschreven of is aangemeld, via het digitale aanvraag"
        "portaal. Het dossier bevat in elk geval het ontwikkelingsperspectiefplan (OPP), een verslag van het "
        "laatste ondersteuningsteam, de zienswijze van ouders en, vanaf 12 jaar, die van de leerling zelf.")
    d.p("4.2.2 Beoordeling. De Commissie Toelaatbaarheid (CTL) van het verband toetst de aanvraag op "
        "volledigheid binnen vijf werkdagen. Twee deskundigen – een orthopedagoog of psycholoog en, afhankelijk "
        "van de leerling, een tweede deskundige zoals een kinder- en jeugdpsychiater, maatschappelijk werker of "
        "arts – brengen elk een eigen schriftelijk advies uit. Deze deskundigen zijn niet betrokken geweest bij de "
        "aanvraag.[[fn:Besluit bekostiging WVO / Uitvoeringsbesluit WVO 2020; vgl. artikel 34.8 Besluit bekostiging "
        "WPO voor het primair onderwijs.]]")
    d.p("4.2.3 Besluit. De directeur-bestuurder besluit namens het verband binnen zes weken na ontvangst van de "
        "volledige aanvraag. De TLV vermeldt de bekostigingscategorie (laag, midden of hoog) en de geldigheids"
        "duur: in de regel twee schooljaren, bij een aanvraag gedurende het schooljaar aangevuld met het "
        "resterende deel van dat jaar. Ouders ontvangen een afschrift van beide deskundigenadviezen.")
    d.p("4.2.4 Criteria. De inhoudelijke criteria voor toelaatbaarheid tot het vso worden uitgewerkt in het "
        "Toewijzingskader dat als bijlage 6 afzonderlijk wordt gepubliceerd; tot de vaststelling daarvan in het "
        "najaar van 2026 weegt de commissie iedere aanvraag afzonderlijk.")
    d.p("4.2.5 Bezwaar. Ouders en het bevoegd gezag kunnen binnen zes weken bezwaar maken tegen een besluit. Het "
        "verband is aangesloten bij de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen (LBT), die "
        "het verband adviseert over het bezwaar.")
    d.h(2, "4.3 Lwoo en praktijkonderwijs")
    d.p("Sinds 2016 beslist het verband over de aanwijzing voor leerwegondersteunend onderwijs (lwoo) en de "
        "toelaatbaarheid tot het praktijkonderwijs (pro). De basisschool levert in groep 8 uiterlijk op 1 februari "
        "het onderwijskundig rapport en de testgegevens aan via het portaal; de vo-school waar de leerling is "
        "aangemeld dient de aanvraag in. Een medewerker van het verband beoordeelt de aanvraag en de directeur-"
        "bestuurder besluit uiterlijk op 1 april. Bij twijfel volgt een aanvullend onderzoek door de "
        "orthopedagoog van het verband.")
    d.h(2, "4.4 Terugplaatsing")
    d.p("4.4.1 Uitgangspunt. Het verband wil dat geen leerling langer in het vso of op het OPDC blijft dan nodig. "
        "Terugplaatsing naar het regulier voortgezet onderwijs is een volwaardig doel en geen uitzondering; een "
        "leerling die terugkeert behoudt gedurende het eerste jaar recht op een begeleidingsarrangement van het "
        "verband, met een vaste coach die wekelijks op de nieuwe school aanwezig is.")
    d.p("4.4.2 Werkwijze. In het laatste jaar van de TLV, uiterlijk op 1 december, bespreekt de vso-school in het "
        "OPP-gesprek met ouders en leerling of terugplaatsing mogelijk is. Is dat zo, dan meldt de vso-school de "
        "leerling vóór 1 februari aan bij het terugplaatsingsoverleg van het verband, waarin de consulent, de "
        "vso-school en de beoogde vo-school deelnemen. Het overleg stelt een overstapplan op met een "
        "proefperiode van maximaal acht weken. De ontvangende school besluit over de inschrijving; het verband "
        "bewaakt de termijnen en evalueert de overstap na drie en na twaalf maanden. Is verlenging van het vso "
        "nodig, dan vraagt de vso-school vóór 1 maart een nieuwe TLV aan.")
    d.p("4.4.3 Voorwaarden. Terugplaatsing gebeurt alleen als de ontvangende school met het begeleidings"
        "arrangement de ondersteuningsbehoefte kan waarmaken en als ouders en leerling de overstap steunen. "
        "Scholen kunnen een terugplaatsing niet weigeren op grond van volle klassen zolang de leerling binnen "
        "het profiel van de school past.")
    d.h(1, "5 Thuiszitters en dekkend aanbod")
    d.p("Het verband heeft de ambitie dat het aanbod in de stad dekkend is. Het aantal leerlingen dat langer dan "
        "vier weken thuiszit, is in onze stad hoger dan we willen. De aanpak thuiszitters wordt in de loop van "
        "het schooljaar 2026-2027 samen met Leerplicht en de gemeente opnieuw vormgegeven; de uitkomst daarvan "
        "komt in een volgend jaarplan. Ook de vraag of er voldoende plekken zijn voor leerlingen met een "
        "combinatie van hoogbegaafdheid en autisme nemen we mee in die herijking.")
    d.h(1, "6 Samenwerking met gemeenten (OOGO)")
    d.extend(f_oogo(c, "full"))
    d.h(1, "7 Geld en middelen")
    d.h(2, "7.1 Verdeling")
    d.p("Het verband ontvangt van het Rijk middelen voor lichte en zware ondersteuning. Na aftrek van de "
        "afdrachten aan het vso en de verplichte overdrachten verdeelt het verband de middelen volgens een "
        "vast model. Iedere school ontvangt een schoolbudget dat bestaat uit een vaste voet van € 25.000 per "
        "vestiging plus € 118 per ingeschreven leerling op de teldatum van 1 oktober van het voorgaande jaar. "
        "Scholen met lwoo of pro ontvangen de lwoo- en pro-middelen rechtstreeks door op basis van het aantal "
        "aangewezen leerlingen. De bovenschoolse arrangementen (laag 3) worden centraal gefinancierd; scholen "
        "betalen daarvoor geen bijdrage. Het verdeelmodel wordt jaarlijks met de begroting door het bestuurders"
        "overleg besproken en door de raad van toezicht goedgekeurd.")
    d.p("Scholen verantwoorden de besteding van hun schoolbudget jaarlijks vóór 1 juni in een korte rapportage "
        "aan het verband, waarin zij de inzet in fte en activiteiten tonen.")
    d.h(2, "7.2 Meerjarenbegroting")
    d.p("De meerjarenbegroting (bedragen × € 1.000) laat zien waaraan de middelen worden besteed:")
    d.table([["Post", "2026", "2027", "2028", "2029"],
             ["Afdracht vso (rijksbekostiging)", "9.840", "9.910", "9.950", "9.980"],
             ["Schoolbudgetten", "4.830", "4.790", "4.760", "4.740"],
             ["OPDC De Brug en Rebound Oost", "2.150", "2.190", "2.230", "2.270"],
             ["Arrangement Op de Rails", "1.120", "1.140", "1.160", "1.180"],
             ["Lwoo en pro (doorbetaald)", "6.420", "6.380", "6.350", "6.330"],
             ["Bureau en personeel", "1.610", "1.640", "1.670", "1.700"],
             ["Totaal lasten", "25.970", "26.050", "26.120", "26.200"],
             ["Totaal baten", "25.710", "25.890", "26.040", "26.180"],
             ["Resultaat", "-260", "-160", "-80", "-20"]])
    d.p("De negatieve resultaten zijn bewust begroot om de reserve, die eind 2025 € 3,1 miljoen bedroeg, terug te "
        "brengen tot de signaleringswaarde uit de risicoanalyse (€ 1,4 miljoen).")
    d.h(1, "8 Kwaliteitszorg en resultaten")
    d.p("Kwaliteitszorg is voor ons een vanzelfsprekend onderdeel van goed bestuur. Het kwaliteitskader van het "
        "verband wordt in 2026-2027 herschreven, zodat het beter aansluit bij het nieuwe toezichtkader. Welke "
        "resultaten wij voor leerlingen met extra ondersteuning beogen en hoe wij die volgen, leggen wij vast "
        "in dat kader. Tot die tijd rapporteren wij in het jaarverslag over de activiteiten van het bureau.")
    d.h(1, "9 Communicatie")
    d.p("Goede communicatie begint bij duidelijke informatie. Ouders vinden op de website van het verband per "
        "school een overzicht van de basisondersteuning en de extra ondersteuning, een uitleg van de TLV-"
        "procedure en de contactgegevens van de consulenten. Elke school neemt in haar schoolgids een hoofdstuk "
        "op over ondersteuning met een verwijzing naar het verband. In oktober organiseert het verband twee "
        "informatieavonden voor ouders van leerlingen in groep 8 en de brugklas; er is een brochure 'Passend "
        "onderwijs in Amstelstad' in het Nederlands, Engels, Turks en Arabisch.")
    d.p("Ouders die vragen hebben of het niet eens zijn met de school, kunnen terecht bij het Ouder- en "
        "Jeugdsteunpunt Amstelstad, dat onafhankelijk van scholen en verband werkt en gratis advies en "
        "begeleiding biedt. Daarnaast kunnen ouders een beroep doen op de landelijke onderwijsconsulenten en "
        "op de klachtenregeling van het verband; geschillen over toelating en verwijdering kunnen worden "
        "voorgelegd aan de Geschillencommissie passend onderwijs.[[fn:Artikel 27c WEC / artikel 3.29 WVO 2020, "
        "Geschillencommissie passend onderwijs.]]")
    d.h(1, "10 Organisatie en medezeggenschap")
    d.extend(f_governance(c))
    d.extend(f_opr(c))
    d.h(1, "11 Personeel, ICT en privacy")
    d.extend(f_personeel(c))
    d.h(2, 'Kennisdeling en professionalisering')
    d.extend(f_kennis(c))
    d.h(2, 'Strategische risico\'s')
    d.extend(f_risico(c))
    d.extend(f_ict_privacy(c))
    d.h(1, "12 Totstandkoming en planning")
    d.extend(f_planning(c))
    d.h(1, "Bijlage 1 Begrippenlijst")
    d.extend(begrippen([
        ("Basisondersteuning", "Het afgesproken niveau van ondersteuning dat alle scholen bieden."),
        ("Dekkend aanbod", "Een samenhangend geheel van voorzieningen zodat er voor iedere leerling een plek is."),
        ("Lwoo", "Leerwegondersteunend onderwijs."),
        ("OPDC", "Orthopedagogisch-didactisch centrum."),
        ("OJSP", "Ouder- en jeugdsteunpunt."),
        ("Resultaten", "De beoogde en bereikte resultaten van het onderwijs aan leerlingen met extra ondersteuning."),
        ("Terugplaatsing", "De overstap van een leerling van het vso naar het regulier vo."),
        ("Thuiszitter", "Een leerplichtige jongere die zonder geldige reden niet naar school gaat."),
        ("TLV", "Toelaatbaarheidsverklaring voor het voortgezet speciaal onderwijs."),
        ("Zorgplicht", "De plicht van een school om een passende plek te bieden of te zoeken.")]))
    crit = {"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
            "plaatsing.procedure": True, "plaatsing.criteria": False,
            "terugstroom.procedure": True, "terugstroom.beleid": True,
            "financien.verdeling": True, "financien.besteding": True,
            "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": False,
            "resultaten.doelen": False, "resultaten.monitoring": False,
            "ouders.informatie": True, "ouders.steunpunt": True}
    adv = {"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
           "financien": ["reserves", "verantwoording"], "dekkend-aanbod": ["ketenpartners"],
           "ouders": ["betrokkenheid"]}
    notes = {
        "basisondersteuning": "3.1 defines the minimum for every vestiging; 3.2 lists nine concrete standards; 3.3 audit/kwaliteitskaart.",
        "plaatsing": "4.2/4.3 give applicant, dossier, CTL, deskundigen, 6-week term, lwoo/pro steps; 4.2.4 defers the criteria to an absent bijlage 6 (Toewijzingskader), so criteria not addressed.",
        "terugstroom": "Hidden in 4.4 inside the TLV chapter: policy and support after return (4.4.1, 4.4.3) and steps/dates/evaluation (4.4.2).",
        "financien": "Under '7 Geld en middelen': vaste voet + per-leerling amount (7.1) and meerjarenbegroting table with amounts (7.2); reserves and school accountability too.",
        "dekkend-aanbod": "4.1 describes the four-layer continuum with OPDC/rebound/vso; ch. 5 only announces a new thuiszitters approach for 2026-2027 (deferral), so lacunes not addressed.",
        "resultaten": "Ch. 8 'Kwaliteitszorg en resultaten' only defers goals and monitoring to a future kwaliteitskader; ambitions in ch. 2 are slogans; TOC/glossary traps.",
        "ouders": "In '9 Communicatie': website, schoolgids, information evenings, brochure; OJSP, onderwijsconsulenten, klachtenregeling; OPR half parents (ch. 10)."}
    return d, "vo-amstelstad", "vo", crit, adv, notes


# ----------------------------------------------------------------------------------------------
# Plan 2: VO Rijnmond-Zuid (pdf)
# ----------------------------------------------------------------------------------------------
def plan_rijnmond():
    c = dict(naam="Stichting Samenwerkingsverband VO Rijnmond-Zuid", kort="SWV VO Rijnmond-Zuid",
             periode="2026-2030", adres="het Zuidplein", gemeenten="gemeenten Maashaven en Barendrecht-Oost",
             ondertekening="Ir. J.P. (Johan) van Leeuwen, directeur-bestuurder",
             code="VO 28-96", nbest=11, nsch=38, nll=24870, opr_datum="24 maart 2026", opr_n=12,
             opr_ouders=False, oogo_datum="10 maart 2026")
    d = Doc(["Ondersteuningsplan 2026-2030", "Stichting Samenwerkingsverband VO Rijnmond-Zuid – regio VO 28-96",
             "Elke jongere een plek die past", "Definitieve versie, april 2026"],
            "Ondersteuningsplan 2026-2030 – SWV VO Rijnmond-Zuid – ouders en leerlingen centraal",
            "Rijnmond-Zuid · passend onderwijs · ondersteuningsplan · www.swvrijnmondzuid.example")
    d.toc(["1 Inleiding en leeswijzer", "2 Context en kengetallen", "3 Visie en uitgangspunten",
           "4 Het ondersteuningsaanbod", "  4.1 Basisondersteuning", "  4.2 Extra ondersteuning en arrangementen",
           "  4.3 Dekkend netwerk en thuiszitters", "5 Toewijzing en toelaatbaarheid", "  5.1 Vso",
           "  5.2 Lwoo en pro", "6 Doorlopende lijnen", "7 Opbrengsten en kwaliteitszorg",
           "8 Financieel beleid", "9 Informatie voor ouders en leerlingen", "10 Organisatie en bestuur",
           "11 Totstandkoming", "Afkortingenlijst"])
    d.h(1, "1 Inleiding en leeswijzer")
    d.extend(f_voorwoord(c))
    d.extend(f_leeswijzer(c))
    d.h(1, "2 Context en kengetallen")
    d.extend(f_context(c))
    d.h(1, "3 Visie en uitgangspunten")
    d.extend(f_visie(c))
    d.h(2, 'Landelijke en regionale ontwikkelingen')
    d.extend(f_landelijk(c))
    d.h(1, "4 Het ondersteuningsaanbod")
    d.h(2, "4.1 Basisondersteuning")
    d.p("4.1.1 Basisondersteuning is het niveau van ondersteuning dat alle scholen en alle vestigingen binnen "
        "het samenwerkingsverband minimaal bieden aan iedere leerling. De besturen hebben afgesproken dat geen "
        "vestiging onder dit niveau mag zakken.[[fn:Artikel 17a, achtste lid, onder a, WVO; in de WVO 2020 "
        "opgenomen in artikel 2.47 en verder.]]")
    d.p("4.1.2 Basisondersteuning omvat, in lijn met het landelijke Referentiekader passend onderwijs, vier "
        "aspecten: basiskwaliteit zoals de inspectie die beoordeelt, preventieve en licht curatieve "
        "interventies, de onderwijsondersteuningsstructuur van de school en planmatig werken.")
    d.p("4.1.3 De concrete standaarden – wat een school precies in huis moet hebben – staan in het 'Kader "
        "Basisondersteuning Rijnmond-Zuid', dat op de website van het verband te vinden is. Iedere school werkt "
        "die standaarden uit in haar schoolgids.")
    d.h(2, "4.2 Extra ondersteuning en arrangementen")
    d.p("4.2.1 Boven op de basisondersteuning kent het verband een trapsgewijs aanbod. Elke school beschikt over "
        "een budget voor extra ondersteuning binnen de school, waarmee zij bijvoorbeeld een trajectvoorziening, "
        "een taalklas of begeleiding door een gedragsspecialist organiseert. Wanneer dat niet volstaat, kan de "
        "school een arrangement aanvragen bij het Loket van het verband.")
    d.p("4.2.2 Het verband biedt de volgende bovenschoolse voorzieningen: de Tussenvoorziening Zuid (OPDC, 80 "
        "plaatsen, tijdelijk, gericht op terugkeer naar de eigen school binnen 12 maanden), het Time-Out "
        "Programma (6 tot 12 weken), het arrangement Hoogbegaafd Plus op twee havo/vwo-scholen en de "
        "Schakelklas Nieuwkomers. Daarnaast staan in het gebied vier vso-scholen voor cluster 3 en 4.")
    d.h(2, "4.3 Dekkend netwerk en thuiszitters")
    d.p("4.3.1 Geen jongere mag zonder passend onderwijs thuis komen te zitten. Iedere school heeft zorgplicht; "
        "als een school binnen zes weken geen passende plek vindt, meldt zij de leerling bij het Loket, dat "
        "binnen tien werkdagen een casusoverleg organiseert met de school, leerplicht en het wijkteam.")
    d.p("4.3.2 Het verband houdt een actuele thuiszitterslijst bij die maandelijks met leerplicht wordt "
        "besproken. Bij een thuiszittende leerling zonder perspectief na acht weken neemt de directeur-bestuurder "
        "doorzettingsmacht: hij wijst een school of voorziening aan die de leerling binnen twee weken "
        "(tijdelijk) opvangt. Twee keer per jaar analyseert het verband waar in het netwerk plekken ontbreken en "
        "legt het die analyse voor aan het bestuurdersoverleg, dat besluit over uitbreiding of herschikking van "
        "het aanbod. Zo is in 2025 besloten tot een extra groep voor jongeren met angstklachten.")
    d.extend(f_oogo(c, "full"))
    d.h(1, "5 Toewijzing en toelaatbaarheid")
    d.h(2, "5.1 Vso")
    d.p("5.1.1 Procedure. Het bevoegd gezag van de school waar de leerling staat ingeschreven vraagt de TLV aan "
        "bij het Loket. De aanvraag bevat het OPP, het verslag van het multidisciplinair overleg en de "
        "gegevens over de ingezette ondersteuning van het afgelopen jaar. Het Loket toetst op volledigheid; de "
        "Commissie van Toelaatbaarheid (CvT) beoordeelt de aanvraag inhoudelijk en besluit binnen zes weken.")
    d.p("5.1.2 Deskundigen. Voor ieder besluit adviseren twee deskundigen: een orthopedagoog of GZ-psycholoog "
        "en een tweede deskundige, afhankelijk van de vraag een jeugdarts, maatschappelijk werker of "
        "kinderpsychiater. Iedere deskundige geeft een eigen, ondertekend advies.")
    d.p("5.1.3 Criteria. Een leerling is toelaatbaar tot het vso als aan alle onderstaande voorwaarden is voldaan:")
    d.table([["Criterium", "Toelichting"],
             ["1. Ondersteuningsbehoefte", "De leerling heeft een ondersteuningsbehoefte op ten minste twee van de "
              "domeinen leren, gedrag, sociaal-emotioneel, communicatie en lichamelijk/medisch."],
             ["2. Aantoonbaar ingezette ondersteuning", "De school heeft ten minste zes maanden handelingsgericht "
              "gewerkt met een OPP, inclusief een bovenschools arrangement of advies van het Loket."],
             ["3. Handelingsverlegenheid", "Het multidisciplinair overleg concludeert dat regulier vo, ook met "
              "arrangement, niet in de behoefte kan voorzien."],
             ["4. Meerwaarde vso", "De vso-school kan aantoonbaar bieden wat de leerling nodig heeft."]])
    d.p("5.1.4 Duur en categorie. De TLV wordt afgegeven voor één tot drie schooljaren; de bekostigings"
        "categorie is laag, tenzij een lichamelijke beperking (midden) of een meervoudige beperking (hoog) "
        "aantoonbaar is. Tegen het besluit kan bezwaar worden gemaakt; het verband is aangesloten bij de "
        "Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen.")
    d.h(2, "5.2 Lwoo en pro")
    d.p("5.2.1 Het verband hanteert de landelijke criteria voor praktijkonderwijs en lwoo (geen opting out). "
        "Voor pro: een IQ tussen 55 en 80 en een leerachterstand van ten minste drie jaar op twee van de vier "
        "domeinen (begrijpend lezen, technisch lezen, spellen, inzichtelijk rekenen), waaronder rekenen of "
        "begrijpend lezen. Voor lwoo: een IQ tussen 75 en 90 met een achterstand van 1,5 tot 3 jaar op twee "
        "domeinen, of een IQ tussen 91 en 120 met die achterstand en sociaal-emotionele problematiek.")
    d.p("5.2.2 De vo-school dient de aanvraag vóór 1 maart in via het portaal; de CvT besluit binnen vier weken. "
        "Een aanwijzing lwoo geldt voor de hele schoolloopbaan in het vmbo.")
    d.h(1, "6 Doorlopende lijnen")
    d.p("6.1 Van po naar vo. Het verband organiseert met het PO-verband in de regio een warme overdracht voor "
        "leerlingen met een ondersteuningsbehoefte. De basisschool en de vo-school voeren vóór de zomer een "
        "overdrachtsgesprek.")
    d.p("6.2 Terug naar het regulier vo. Het verband ziet het vso nadrukkelijk niet als eindstation. Ons beleid "
        "is dat iedere vso-leerling met een reëel perspectief op een diploma in het regulier vo die kans ook "
        "krijgt. Voorwaarden zijn dat de leerling gedurende ten minste een half jaar stabiel functioneert, dat "
        "er een passend profiel is op een reguliere school in de buurt en dat de leerling zelf wil. Na de "
        "overstap krijgt de leerling gedurende het eerste schooljaar een vast aanspreekpunt van de vso-school "
        "(ambulante nazorg, twee uur per week) en kan de ontvangende school een arrangement van maximaal "
        "€ 6.000 aanvragen. De concrete werkwijze – wie het initiatief neemt, welke stappen en termijnen gelden "
        "– wordt vastgelegd in een terugplaatsingsprotocol dat in 2026 met de vso-scholen wordt opgesteld.")
    d.p("6.3 Van vo naar mbo en arbeid. Samen met de mbo-instellingen en de gemeenten werken wij aan een "
        "sluitende aanpak voor jongeren die het vo zonder startkwalificatie verlaten. Het uitstroomperspectief "
        "van leerlingen in pro en vso wordt vanaf het tweede leerjaar besproken.")
    d.h(1, "7 Opbrengsten en kwaliteitszorg")
    d.p("7.1 Het verband werkt met een kwaliteitscyclus waarin doelen, metingen en bijsturing elkaar jaarlijks "
        "opvolgen. De beoogde resultaten voor leerlingen die extra ondersteuning nodig hebben zijn:")
    d.table([["Doel", "Indicator", "Nulmeting 2024-2025", "Streefwaarde 2029-2030", "Bron / meting"],
             ["Minder thuiszitters", "Aantal leerlingen > 4 weken thuis", "41", "< 20", "Thuiszitterslijst, maandelijks"],
             ["Thuisnabij onderwijs", "Deelname vso (% van alle leerlingen)", "4,1%", "3,6%", "DUO-teldatum 1 oktober"],
             ["Terugkeer na OPDC", "% leerlingen dat binnen 12 mnd terugkeert naar vo", "58%", "75%", "Loketregistratie"],
             ["Tevredenheid", "Tevredenheid leerlingen over arrangement (1-10)", "6,8", "7,5", "Enquête na afloop"],
             ["Diploma", "% vso-leerlingen met diploma of certificaat", "49%", "60%", "Uitstroomregistratie"]])
    d.p("7.2 Monitoring. Het bureau rapporteert per kwartaal aan de directeur-bestuurder op deze indicatoren via "
        "een dashboard. Ieder voorjaar bespreekt het bestuurdersoverleg een analyse per school en per voorziening; "
        "de uitkomsten en de bereikte resultaten staan in het jaarverslag en worden met de OPR besproken. Als "
        "een indicator twee jaar achter elkaar achterblijft, stelt het bureau een verbeteraanpak voor. Halverwege "
        "de planperiode (2028) laat het verband een externe evaluatie uitvoeren.")
    d.h(1, "8 Financieel beleid")
    d.p("8.1 Uitgangspunten. Het geld moet zo dicht mogelijk bij de leerling worden ingezet. Het verband houdt een "
        "beperkte reserve aan die in verhouding staat tot de risico's.")
    d.p("8.2 Verdeling. Na aftrek van de wettelijke afdrachten voor het vso verdeelt het verband de middelen "
        "als volgt: iedere school ontvangt € 95 per leerling voor extra ondersteuning binnen de school; "
        "scholen met meer dan 30% leerlingen uit de wijken in de hoogste achterstandscategorie ontvangen een "
        "opslag van € 40 per leerling; lwoo- en pro-middelen worden per aangewezen leerling doorbetaald aan de "
        "school waar de leerling staat ingeschreven. Arrangementen worden toegekend door het Loket op basis van "
        "de ondersteuningsbehoefte, met een maximum van € 12.000 per leerling per jaar.")
    d.p("8.3 Meerjarenbegroting. p.m. – De meerjarenbegroting 2026-2029 wordt na goedkeuring door de raad van "
        "toezicht in december als bijlage bij dit plan gevoegd.")
    d.h(1, "9 Informatie voor ouders en leerlingen")
    d.p("Leerlingen en hun ouders zijn de belangrijkste gebruikers van passend onderwijs. Een nieuwe informatie"
        "strategie voor deze doelgroep is in voorbereiding en wordt in het jaarplan 2027 opgenomen.")
    d.h(1, "10 Organisatie en bestuur")
    d.extend(f_governance(c))
    d.extend(f_opr(c))
    d.extend(f_personeel(c))
    d.h(2, 'Kennisdeling en professionalisering')
    d.extend(f_kennis(c))
    d.h(2, 'Strategische risico\'s')
    d.extend(f_risico(c))
    d.extend(f_ict_privacy(c))
    d.h(1, "11 Totstandkoming")
    d.extend(f_planning(c))
    d.h(1, "Afkortingenlijst")
    d.extend(begrippen([
        ("CvT", "Commissie van Toelaatbaarheid"), ("Lwoo", "Leerwegondersteunend onderwijs"),
        ("OJSP", "Ouder- en jeugdsteunpunt, waar ouders terecht kunnen met vragen"),
        ("OPDC", "Orthopedagogisch-didactisch centrum"), ("OPP", "Ontwikkelingsperspectiefplan"),
        ("OPR", "Ondersteuningsplanraad"), ("Pro", "Praktijkonderwijs"),
        ("SOP", "Schoolondersteuningsprofiel; informeert ouders over de basisondersteuning van de school"),
        ("TLV", "Toelaatbaarheidsverklaring"), ("Vso", "Voortgezet speciaal onderwijs")]))
    crit = {"basisondersteuning.niveau": True, "basisondersteuning.inhoud": False,
            "plaatsing.procedure": True, "plaatsing.criteria": True,
            "terugstroom.procedure": False, "terugstroom.beleid": True,
            "financien.verdeling": True, "financien.besteding": False,
            "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
            "resultaten.doelen": True, "resultaten.monitoring": True,
            "ouders.informatie": False, "ouders.steunpunt": False}
    adv = {"plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
           "financien": ["reserves"], "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"]}
    notes = {
        "basisondersteuning": "4.1.1 sets the minimum for all vestigingen; 4.1.2 only copies the four Referentiekader aspects and 4.1.3 refers the concrete standards to a website/schoolgids, so inhoud not addressed.",
        "plaatsing": "5.1 procedure (bevoegd gezag, Loket, CvT, 6 weeks), criteria table 5.1.3, deskundigen, duration/category, LBT; 5.2 lwoo/pro national criteria and procedure.",
        "terugstroom": "6.2 'Terug naar het regulier vo' gives aims, conditions and support after return, but defers steps/initiative/terms to a protocol still to be drawn up (the OPDC-return figure in 7.1 concerns OPDC, not vso).",
        "financien": "8.2 gives per-leerling amounts and allocation rules; 8.3 meerjarenbegroting is 'p.m.' (deferred), so besteding not addressed; 8.1 mentions reserve policy.",
        "dekkend-aanbod": "4.2 describes the tiered offer and bovenschoolse voorzieningen; 4.3 zorgplicht, thuiszitterslijst, doorzettingsmacht, gap analysis; OOGO cooperation.",
        "resultaten": "Under '7 Opbrengsten en kwaliteitszorg': goals table with nulmeting and streefwaarden (7.1) and dashboard/annual analysis/jaarverslag (7.2).",
        "ouders": "Ch. 9 only announces a future information strategy; no channels, no independent help; parents appear only in passing (voorwoord, visie slogan, leeswijzer) and in the glossary (OJSP, SOP) - trap."}
    return d, "vo-rijnmond-zuid", "vo", crit, adv, notes


# ----------------------------------------------------------------------------------------------
# Plan 3: VO Hofstad-Centrum (html)
# ----------------------------------------------------------------------------------------------
def plan_hofstad():
    c = dict(naam="Samenwerkingsverband VO Hofstad-Centrum", kort="SWV VO Hofstad-Centrum",
             periode="2026-2030", adres="het Spuiplein", gemeenten="gemeente Hofstad",
             ondertekening="Drs. A. (Aïcha) Bennani, directeur-bestuurder",
             code="VO 28-95", nbest=9, nsch=41, nll=28310, opr_datum="19 maart 2026", opr_n=14,
             opr_ouders=True, oogo_datum="5 maart 2026")
    d = Doc(["Ondersteuningsplan 2026-2030 – webversie", "Samenwerkingsverband VO Hofstad-Centrum (VO 28-95)",
             "Deze webversie is gelijkluidend aan de pdf die de OPR op 19 maart 2026 heeft goedgekeurd."],
            "SWV VO Hofstad-Centrum › Over ons › Ondersteuningsplan › Terugplaatsing | Ouders | Klachten | Contact",
            "© SWV VO Hofstad-Centrum · Ouder- en jeugdsteunpunt · Privacyverklaring · Cookies")
    d.toc(["1 Voorwoord", "2 Ons verband", "3 Visie", "4 De Hofstad-basis (basisondersteuning)",
           "5 Route naar extra en speciale ondersteuning", "  5.1 Het continuüm", "  5.2 Vso-toelaatbaarheid",
           "  5.3 Lwoo en praktijkonderwijs", "  5.4 Terugplaatsing en overplaatsing",
           "6 Iedere jongere een plek", "7 Financiën", "8 Wat we willen bereiken", "9 Ouders",
           "10 Bestuur, medezeggenschap en OOGO", "11 Personeel en organisatie", "12 Verantwoording van het proces",
           "Begrippenlijst"])
    d.h(1, "1 Voorwoord")
    d.extend(f_voorwoord(c))
    d.h(1, "2 Ons verband")
    d.extend(f_context(c))
    d.extend(f_leeswijzer(c))
    d.h(1, "3 Visie")
    d.extend(f_visie(c))
    d.h(2, 'Landelijke en regionale ontwikkelingen')
    d.extend(f_landelijk(c))
    d.h(1, "4 De Hofstad-basis (basisondersteuning)")
    d.p("4.1 In Hofstad spreken we niet van 'basisondersteuning' maar van de Hofstad-basis: de ondergrens die op "
        "iedere locatie van iedere aangesloten school geldt, ongeacht schoolsoort of bestuur. Alle besturen hebben "
        "zich eraan gecommitteerd; een school die een leerling aanneemt, biedt deze basis zonder aanvraag en "
        "zonder extra kosten voor ouders.[[fn:Artikel 17a, achtste lid, onder a, WVO (oud); artikel 2.47 e.v. "
        "WVO 2020.]]")
    d.p("4.2 De Hofstad-basis bestaat uit tien bouwstenen:")
    d.table([["Bouwsteen", "Wat u op elke locatie aantreft"],
             ["1 Aanspreekpunt", "Een ondersteuningscoördinator, bereikbaar op alle schooldagen"],
             ["2 Mentor", "Wekelijks mentoruur en twee individuele gesprekken per jaar"],
             ["3 Lezen en rekenen", "Dyslexie- en dyscalculieprotocol, RT-uur in leerjaar 1 en 2"],
             ["4 Gedrag", "Een gedragsprotocol en een time-out-ruimte met begeleiding"],
             ["5 Sociaal-emotioneel", "Faalangsttraining en weerbaarheidstraining"],
             ["6 Leren leren", "Huiswerkklas en begeleiding bij plannen"],
             ["7 Medisch", "Protocol medisch handelen, aangepast rooster mogelijk"],
             ["8 Meertaligheid", "Extra Nederlands voor nieuwkomers tot vier jaar na aankomst"],
             ["9 Zorg in school", "Schoolmaatschappelijk werk en jeugdverpleegkundige op vaste spreekuren"],
             ["10 Plan", "Binnen zes weken een OPP bij een ondersteuningsvraag"]])
    d.p("4.3 Het verband bezoekt iedere locatie eens per drie jaar voor een gesprek over de Hofstad-basis aan de "
        "hand van een zelfevaluatie; afspraken uit dat gesprek worden na een jaar gecontroleerd.")
    d.h(1, "5 Route naar extra en speciale ondersteuning")
    d.h(2, "5.1 Het continuüm")
    d.p("Wanneer de Hofstad-basis niet volstaat, volgt extra ondersteuning op de eigen school uit het "
        "schoolbudget. Daarna kan de school bij het Expertiseteam van het verband een bovenschools arrangement "
        "aanvragen: de Herstart (OPDC, 50 plaatsen), de Overstapklas voor leerlingen met autisme (3 locaties) of "
        "ambulante begeleiding vanuit het vso. De zwaarste vorm is het vso, waarvoor een TLV nodig is. Het "
        "continuüm is zo ingericht dat een leerling zo lang mogelijk op de eigen school blijft.")
    d.h(2, "5.2 Vso-toelaatbaarheid")
    d.p("5.2.1 De school waar de leerling staat ingeschreven dient de aanvraag in bij het Expertiseteam, met het "
        "OPP, de evaluatie van het arrangement en de zienswijze van ouders en leerling. Het Expertiseteam "
        "verzamelt binnen vier weken de adviezen van twee deskundigen: een orthopedagoog of psycholoog en een "
        "tweede deskundige die past bij de problematiek. De Toewijzingscommissie neemt binnen zes weken na "
        "ontvangst van de volledige aanvraag het besluit namens de directeur-bestuurder.")
    d.p("5.2.2 Toelaatbaar tot het vso is een leerling bij wie (a) een langdurige ondersteuningsbehoefte is "
        "vastgesteld op het gebied van gedrag, psychiatrie, langdurige ziekte, een lichamelijke of een "
        "verstandelijke beperking; (b) de school minimaal twee cycli handelingsgericht heeft gewerkt met een "
        "OPP, inclusief een bovenschools arrangement of een gemotiveerde reden waarom dat niet passend was; en "
        "(c) beide deskundigen vaststellen dat het vso een onderwijsaanbod heeft dat de reguliere school met "
        "arrangement niet kan bieden. Een TLV geldt tot 31 juli van het tweede schooljaar na afgifte.")
    d.h(2, "5.3 Lwoo en praktijkonderwijs")
    d.p("Voor lwoo en pro gelden de landelijke criteria, die het verband integraal toepast: voor praktijkonderwijs "
        "een IQ van 55 tot en met 80 en een leerachterstand van ten minste drie jaar op twee domeinen, waarvan "
        "één begrijpend lezen of inzichtelijk rekenen; voor lwoo een IQ van 75 tot en met 90 en een achterstand "
        "van anderhalf tot drie jaar op twee domeinen, of een IQ van 91 tot en met 120 in combinatie met "
        "sociaal-emotionele problematiek. De vo-school vraagt de aanwijzing aan vóór 15 maart; het Expertiseteam "
        "besluit binnen vier weken.")
    d.h(2, "5.4 Terugplaatsing en overplaatsing")
    d.p("Deze paragraaf wordt aangevuld zodra de regionale werkgroep terugplaatsing, waarin de vso-scholen en "
        "drie vo-besturen zitting hebben, haar advies heeft uitgebracht (verwacht: voorjaar 2027).")
    d.h(1, "6 Iedere jongere een plek")
    d.p("6.1 Het verband ziet erop toe dat het aanbod dekkend is. Iedere school meldt een leerling die langer dan "
        "twee weken ongeoorloofd of geoorloofd afwezig is zonder onderwijsperspectief bij het Expertiseteam. Het "
        "Expertiseteam organiseert binnen vijf werkdagen een 'tafel' met school, ouders, leerplicht en "
        "jeugdhulp en spreekt een termijn af waarbinnen de jongere weer onderwijs volgt.")
    d.p("6.2 Het Expertiseteam registreert iedere situatie waarin geen passende plek in de stad beschikbaar is. "
        "Deze signalen worden elk half jaar gebundeld in een 'witte vlekken'-analyse, die de directeur-bestuurder "
        "met het bestuurdersoverleg en de gemeente bespreekt; op basis daarvan worden afspraken gemaakt over "
        "nieuwe voorzieningen. Scholen die hun zorgplicht niet waarmaken, worden door de directeur-bestuurder "
        "daarop aangesproken.")
    d.extend(f_oogo(c, "full"))
    d.h(1, "7 Financiën")
    d.p("Het verband verdeelt zijn middelen volgens onderstaand model (schooljaar 2026-2027):")
    d.table([["Onderdeel verdeelmodel", "Grondslag", "Bedrag"],
             ["Schoolbudget extra ondersteuning", "per leerling teldatum 1-10", "€ 104"],
             ["Vaste voet per locatie", "per locatie", "€ 18.500"],
             ["Opslag nieuwkomers", "per leerling korter dan 2 jaar in NL", "€ 650"],
             ["Bovenschoolse arrangementen", "toekenning door Expertiseteam", "naar behoefte"],
             ["Lwoo/pro", "per aangewezen leerling, doorbetaald", "rijksbedrag"]])
    d.table([["Meerjarenbegroting (x € 1.000)", "2026", "2027", "2028", "2029"],
             ["Baten rijksbijdrage", "23.410", "23.280", "23.150", "23.040"],
             ["Afdracht vso", "8.920", "8.880", "8.850", "8.820"],
             ["Schoolbudgetten en vaste voet", "3.700", "3.680", "3.660", "3.640"],
             ["Herstart (OPDC) en Overstapklas", "2.480", "2.520", "2.560", "2.600"],
             ["Lwoo/pro doorbetaling", "6.150", "6.100", "6.050", "6.010"],
             ["Expertiseteam en bureau", "1.940", "1.970", "2.000", "2.030"],
             ["Saldo", "220", "130", "30", "-60"]])
    d.h(1, "8 Wat we willen bereiken")
    d.p("8.1 Voor de planperiode hebben wij de volgende beoogde resultaten geformuleerd voor leerlingen die extra "
        "ondersteuning nodig hebben:")
    d.ul(["In 2030 volgt ten minste 85% van de leerlingen met een bovenschools arrangement na afloop weer "
          "volledig onderwijs op een reguliere school.",
          "Het aantal jongeren dat langer dan drie maanden zonder onderwijs thuis zit, is in 2030 gehalveerd ten "
          "opzichte van de 34 jongeren op 1 oktober 2025.",
          "Iedere leerling met een OPP heeft in 2028 een uitstroomperspectief dat jaarlijks met de leerling wordt "
          "besproken.",
          "Ten minste 70% van de vso-leerlingen stroomt uit naar vervolgonderwijs of werk."])
    d.p("8.2 Hoe we de voortgang op deze doelen meten, wie daarover rapporteert en hoe de bereikte resultaten "
        "worden verantwoord, beschrijven wij in het monitoringsplan dat in de loop van 2027 wordt vastgesteld.")
    d.h(1, "9 Ouders")
    d.p("9.1 Ouders kennen hun kind het best. Daarom informeren wij hen actief. Op de website van het verband staat "
        "per school welke ondersteuning er is, met een korte film per bovenschools arrangement. Iedere school "
        "neemt de Hofstad-basis en het eigen extra aanbod op in de schoolgids. Het verband verzorgt twee keer per "
        "jaar een ouderavond in de stadsdelen, verspreidt een folder in vijf talen via de basisscholen en heeft "
        "een telefonisch informatiepunt dat op werkdagen van 9 tot 12 uur bereikbaar is.")
    d.p("9.2 Vanaf 2027 moet ieder samenwerkingsverband een ouder- en jeugdsteunpunt hebben. Het verband richt "
        "dit steunpunt in zodra de wettelijke regeling in werking treedt; over de vorm worden nog gesprekken "
        "gevoerd.")
    d.h(1, "10 Bestuur, medezeggenschap en OOGO")
    d.extend(f_governance(c))
    d.extend(f_opr(c))
    d.h(1, "11 Personeel en organisatie")
    d.extend(f_personeel(c))
    d.h(2, 'Kennisdeling en professionalisering')
    d.extend(f_kennis(c))
    d.h(2, 'Strategische risico\'s')
    d.extend(f_risico(c))
    d.extend(f_ict_privacy(c))
    d.h(1, "12 Verantwoording van het proces")
    d.extend(f_planning(c))
    d.h(1, "Begrippenlijst")
    d.extend(begrippen([
        ("Bezwaar", "Ouders kunnen bezwaar maken tegen een besluit over toelaatbaarheid."),
        ("Hofstad-basis", "De basisondersteuning in ons verband."),
        ("Klachten", "Zie de klachtenregeling op de website."),
        ("Onderwijsconsulent", "Onafhankelijke adviseur voor ouders bij problemen met onderwijs."),
        ("Terugplaatsing", "Overstap van vso naar regulier vo na afloop van de TLV."),
        ("Monitoring", "Het volgen van de resultaten van het verband.")]))
    crit = {"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
            "plaatsing.procedure": True, "plaatsing.criteria": True,
            "terugstroom.procedure": False, "terugstroom.beleid": False,
            "financien.verdeling": True, "financien.besteding": True,
            "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
            "resultaten.doelen": True, "resultaten.monitoring": False,
            "ouders.informatie": True, "ouders.steunpunt": False}
    adv = {"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie"],
           "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]}
    notes = {
        "basisondersteuning": "Ch. 4 calls it 'Hofstad-basis': 4.1 ondergrens for every locatie, 4.2 ten bouwstenen in a table, 4.3 visits/zelfevaluatie.",
        "plaatsing": "5.2.1 procedure (school, Expertiseteam, two deskundigen, Toewijzingscommissie, 6 weeks), 5.2.2 criteria and duration, 5.3 lwoo/pro criteria and procedure; no bezwaar in body (only glossary).",
        "terugstroom": "5.4 'Terugplaatsing en overplaatsing' is only a deferral to a working group advice (spring 2027); glossary, header and TOC are traps.",
        "financien": "Ch. 7 content only in tables: verdeelmodel with amounts per grondslag and a meerjarenbegroting 2026-2029.",
        "dekkend-aanbod": "5.1 continuum (school budget, OPDC Herstart, Overstapklas, AB, vso); ch. 6 tafel within 5 days, witte-vlekken analysis, zorgplicht; OOGO partners.",
        "resultaten": "8.1 lists measurable intended results; 8.2 defers measuring/reporting to a monitoringsplan 'in de loop van 2027', so monitoring not addressed.",
        "ouders": "9.1 website, schoolgids, ouderavonden, folder, information line; 9.2 defers the OJSP; onderwijsconsulent/klachten only in glossary and footer, so steunpunt not addressed."}
    return d, "vo-hofstad-centrum", "vo", crit, adv, notes


# ----------------------------------------------------------------------------------------------
# Plan 4: PO De Stadspoort (docx)
# ----------------------------------------------------------------------------------------------
def plan_stadspoort():
    c = dict(naam="Samenwerkingsverband Primair Onderwijs De Stadspoort", kort="SWV PO De Stadspoort",
             periode="2026-2030", adres="het Stationsplein-Noord", gemeenten="gemeenten Stadspoort en Lekmond",
             ondertekening="Mr. drs. H. (Hanneke) Verbeek, directeur-bestuurder",
             code="PO 26-98", nbest=17, nsch=88, nll=27950, opr_datum="12 maart 2026", opr_n=18,
             opr_ouders=True, oogo_datum="26 februari 2026")
    d = Doc(["Ondersteuningsplan 2026-2030", "Samenwerkingsverband Primair Onderwijs De Stadspoort (PO 26-98)",
             "Concept ter vaststelling – versie 0.9, d.d. 2 april 2026"],
            "SWV PO De Stadspoort – Ondersteuningsplan 2026-2030 – basisondersteuning | sbo | so | terugplaatsing",
            "Vertrouwelijk concept – niet verspreiden buiten OPR en besturen")
    d.toc(["1 Inleiding", "  1.1 Wettelijk kader", "  1.2 Terugblik 2022-2026", "2 Visie en koers",
           "3 Basisondersteuning", "4 Ondersteuningsarrangementen en dekkend netwerk",
           "  4.1 Van licht naar intensief", "  4.2 Thuiszitters en zorgplicht", "5 Toelaatbaarheid sbo en so",
           "6 Doorgaande lijnen", "  6.1 Voorschool", "  6.2 Retour naar de basisschool", "  6.3 Overstap po-vo",
           "7 Kwaliteit en opbrengsten", "8 Financiën", "  8.1 Verdeelsystematiek", "  8.2 Begroting",
           "9 Communicatie en voorlichting", "10 Bestuur, OPR en OOGO", "11 Organisatie", "Bijlage A Afkortingen"])
    d.h(1, "1 Inleiding")
    d.extend(f_voorwoord(c))
    d.h(2, "1.1 Wettelijk kader")
    d.p("1.1.1 Dit plan is opgesteld op grond van artikel 18a van de Wet op het primair onderwijs.[[fn:Artikel 18a, "
        "achtste lid, WPO, onderdelen a tot en met j; zie ook artikel 40 WEC voor de toelaatbaarheidsverklaring.]] "
        "De wet schrijft voor welke onderwerpen het plan in elk geval bevat. In dit concept zijn nog niet alle "
        "onderdelen volledig uitgewerkt; waar dat het geval is, staat dat in de tekst aangegeven.")
    d.extend(f_leeswijzer(c))
    d.h(2, "1.2 Terugblik 2022-2026")
    d.p("1.2.1 De vorige planperiode stond in het teken van de coronanasleep, het lerarentekort en een forse "
        "toename van het aantal nieuwkomers. Het verband heeft in die periode het Expertisecentrum Stadspoort "
        "opgericht en de samenwerking met de wijkteams versterkt. De evaluatie van het vorige plan is besproken "
        "met de OPR.")
    d.p("1.2.2 In die evaluatie kwamen drie lessen naar voren. Ten eerste: het verband heeft te veel tegelijk "
        "willen doen, waardoor projecten halverwege bleven steken. Ten tweede: de administratieve last voor "
        "scholen is ondanks goede voornemens niet afgenomen; intern begeleiders besteden nog steeds veel tijd "
        "aan formulieren. Ten derde: de samenwerking met de gemeenten is verbeterd, maar hangt sterk af van "
        "personen. Deze lessen hebben wij meegenomen bij het schrijven van dit plan: minder projecten, "
        "eenvoudiger formulieren en vaste afspraken die niet afhankelijk zijn van wie er toevallig aan tafel "
        "zit. Het bureau heeft bovendien een interne herinrichting doorgevoerd, waarbij de teams rond de "
        "stadsdelen zijn georganiseerd, zodat scholen één vast aanspreekpunt hebben.")
    d.h(1, "2 Visie en koers")
    d.extend(f_visie(c))
    d.h(2, 'Landelijke en regionale ontwikkelingen')
    d.extend(f_landelijk(c))
    d.h(1, "3 Basisondersteuning")
    d.p("3.1 Het Referentiekader Basisondersteuning Stadspoort uit 2019 is per 1 augustus 2025 vervallen. In het "
        "schooljaar 2026-2027 stellen wij met de besturen een nieuw kader vast, waarbij wij de landelijke norm "
        "basisondersteuning afwachten. Tot dat moment beschrijven de scholen hun ondersteuning in hun eigen "
        "schoolgids.")
    d.h(1, "4 Ondersteuningsarrangementen en dekkend netwerk")
    d.h(2, "4.1 Van licht naar intensief")
    d.p("4.1.1 Het verband kent een oplopende reeks ondersteuningsvormen. Eerst de ondersteuning die de school zelf "
        "biedt. Daarna een consultatie- en adviestraject met een consulent van het Expertisecentrum (maximaal "
        "tien uur per leerling). Vervolgens een arrangement op de eigen school: bijvoorbeeld een onderwijs"
        "assistent voor vier dagdelen, een gedragsspecialist of een taalarrangement. Daarna de bovenschoolse "
        "groepen: de Kansklassen voor kinderen met ernstige gedragsvragen (vier groepen), de Taalschakelklas "
        "(zes groepen) en de Observatiegroep voor jonge kinderen op het sbo. Het meest intensief zijn het "
        "speciaal basisonderwijs (drie scholen) en het speciaal onderwijs cluster 3 en 4 (vijf scholen).")
    d.h(2, "4.2 Thuiszitters en zorgplicht")
    d.p("4.2.1 Als een school binnen de zorgplichttermijn van zes weken (eenmaal te verlengen met vier weken) geen "
        "passende plek vindt, neemt de school contact op met het Zorgplicht-overleg van het verband. Het overleg, "
        "bestaande uit een consulent, leerplicht en een vertegenwoordiger van het wijkteam, komt binnen vijf "
        "werkdagen bijeen en wijst een casusregisseur aan. Kinderen die thuiszitten worden wekelijks besproken tot "
        "er een plek is. Knelpunten die zich herhalen, legt het verband twee keer per jaar voor aan het "
        "bestuurdersoverleg met een voorstel voor het aanbod.")
    d.extend(f_oogo(c, "full"))
    d.h(1, "5 Toelaatbaarheid sbo en so")
    d.p("5.1 De aanvraagprocedure, de termijnen en het besluitvormingsproces voor een toelaatbaarheidsverklaring "
        "zijn beschreven in het Reglement Toelaatbaarheid, dat op de website van het verband staat.")
    d.p("5.2 Voor de beoordeling hanteert het verband de volgende criteria:")
    d.table([["Voorziening", "Criteria voor toelaatbaarheid", "Geldigheid"],
             ["Sbo", "Het kind heeft een ontwikkelingsachterstand of gedragsvraag waarvoor de ondersteuning op de "
              "basisschool, inclusief minimaal één arrangement van twaalf weken, aantoonbaar ontoereikend is; "
              "het kind profiteert naar verwachting van kleinere groepen en een specialistisch team.", "tot einde "
              "basisschoolperiode"],
             ["So cluster 3 (categorie laag/midden/hoog)", "Verstandelijke beperking (IQ < 70) met beperkte "
              "zelfredzaamheid, of een lichamelijke beperking/langdurige ziekte waardoor het regulier en sbo-"
              "aanbod niet volstaat; categorie midden bij LG/LZ, hoog bij meervoudige beperking.", "2 jaar"],
             ["So cluster 4 (categorie laag)", "Ernstige gedrags- of psychiatrische problematiek, vastgesteld door "
              "een GZ-psycholoog of psychiater, waarbij sbo onvoldoende is gebleken of aantoonbaar niet passend.",
              "2 jaar"]])
    d.h(1, "6 Doorgaande lijnen")
    d.h(2, "6.1 Voorschool")
    d.p("6.1.1 Met de voorschoolse voorzieningen en de gemeente werkt het verband aan een warme overdracht bij de "
        "start in groep 1. Peuters met een ondersteuningsbehoefte worden vóór hun vierde verjaardag besproken in "
        "het overdrachtsoverleg.")
    d.h(2, "6.2 Retour naar de basisschool")
    d.p("6.2.1 Ons vertrekpunt: een kind dat in het sbo of so tot ontwikkeling is gekomen, moet zo mogelijk weer "
        "thuisnabij naar een reguliere basisschool kunnen, bij voorkeur in de eigen wijk. Een retour is geen "
        "mislukking van de speciale school maar juist een succes. De ontvangende basisschool krijgt een "
        "retourarrangement van het verband: gedurende een jaar een begeleider van de speciale school (vier uur "
        "per week) en een budget van € 4.500 voor aanpassingen in de klas.")
    d.p("6.2.2 Stappen. (1) Tijdens de jaarlijkse OPP-evaluatie bespreekt de speciale school met ouders of een "
        "retour haalbaar is; in het laatste jaar van een TLV is dit gesprek verplicht en vindt het plaats vóór 1 "
        "januari. (2) De speciale school meldt het kind aan bij het Retourteam van het verband. (3) Het Retourteam "
        "zoekt binnen vier weken met ouders een basisschool en organiseert een kennismaking en een "
        "proefplaatsing van maximaal zes weken. (4) De basisschool beslist over inschrijving; de directeur van het "
        "Expertisecentrum stelt het retourarrangement vast. (5) Na drie maanden en na een jaar evalueert het "
        "Retourteam met school en ouders. Blijkt retour niet haalbaar, dan vraagt de speciale school tijdig een "
        "nieuwe TLV aan.")
    d.p("6.2.3 In 2024-2025 keerden 23 kinderen vanuit sbo en so terug naar het regulier basisonderwijs (in 2023-2024: "
        "17).")
    d.h(2, "6.3 Overstap po-vo")
    d.p("6.3.1 Met het VO-verband in de regio zijn afspraken gemaakt over de overdracht van leerlingen met een "
        "ondersteuningsbehoefte en over de aanvraag van lwoo en pro.")
    d.h(1, "7 Kwaliteit en opbrengsten")
    d.p("7.1 Het verband volgt de ontwikkelingen met een jaarlijkse monitor. Het bureau verzamelt per 1 oktober en "
        "1 februari gegevens over deelnamepercentages sbo en so, aantallen arrangementen, thuiszitters, "
        "terugkeer en tevredenheid van scholen en ouders. De monitor wordt per schoolbestuur uitgesplitst en in "
        "het voorjaar besproken in een kwaliteitsgesprek tussen directeur-bestuurder en bestuur. Het jaarverslag "
        "rapporteert de uitkomsten; de OPR ontvangt de monitor integraal.")
    d.p("7.2 De ambities en beoogde resultaten voor deze planperiode formuleren wij na de nulmeting in het eerste "
        "planjaar; zij worden als addendum aan de OPR voorgelegd.")
    d.h(1, "8 Financiën")
    d.h(2, "8.1 Verdeelsystematiek")
    d.p("8.1.1 De verdeelsystematiek wordt na de evaluatie in het voorjaar van 2027 herzien. Tot die tijd verdeelt "
        "het verband de middelen volgens de afspraken uit de vorige planperiode.")
    d.h(2, "8.2 Begroting")
    d.p("8.2.1 De meerjarenbegroting (bedragen x € 1.000):")
    d.table([["Bestemming", "2026", "2027", "2028", "2029"],
             ["Afdracht sbo en so", "11.350", "11.420", "11.480", "11.520"],
             ["Schoolbudgetten", "3.960", "3.940", "3.920", "3.900"],
             ["Arrangementen op school", "2.280", "2.300", "2.320", "2.340"],
             ["Kansklassen, Taalschakelklas, Observatiegroep", "1.730", "1.760", "1.790", "1.820"],
             ["Retourarrangementen", "110", "130", "150", "160"],
             ["Expertisecentrum en bureau", "2.020", "2.050", "2.080", "2.110"],
             ["Totaal", "21.450", "21.600", "21.740", "21.850"]])
    d.p("8.2.2 De reserve van het verband ligt boven de signaleringswaarde; het meerdere wordt in 2026 en 2027 "
        "ingezet voor de Kansklassen.")
    d.h(1, "9 Communicatie en voorlichting")
    d.p("9.1 Voor ouders heeft het verband de website De Ouderwijzer, met in gewone taal per school wat die aan "
        "ondersteuning biedt, hoe een arrangement wordt aangevraagd en welke speciale scholen er zijn. Er zijn "
        "filmpjes met ondertitels in het Arabisch, Turks, Pools en Oekraïens. Elke basisschool verwijst in de "
        "schoolgids naar De Ouderwijzer en geeft ouders bij het intakegesprek de folder 'Extra hulp op school'. "
        "Consulenten houden maandelijks een inloopspreekuur in de bibliotheek.")
    d.p("9.2 Ouders die er met school niet uitkomen, kunnen gratis en vertrouwelijk terecht bij het Steunpunt "
        "Ouders Stadspoort, dat in 2024 samen met de gemeente is opgericht en buiten het verband is "
        "georganiseerd. De ouderadviseurs van het steunpunt kunnen meegaan naar gesprekken op school. Ook kunnen "
        "ouders zich wenden tot de Onderwijsconsulenten, de klachtencommissie van het bestuur of de "
        "Geschillencommissie passend onderwijs.")
    d.h(1, "10 Bestuur, OPR en OOGO")
    d.extend(f_governance(c))
    d.extend(f_opr(c))
    d.h(1, "11 Organisatie")
    d.extend(f_personeel(c))
    d.h(2, 'Kennisdeling en professionalisering')
    d.extend(f_kennis(c))
    d.h(2, 'Strategische risico\'s')
    d.extend(f_risico(c))
    d.extend(f_ict_privacy(c))
    d.extend(f_planning(c))
    d.h(1, "Bijlage A Afkortingen")
    d.extend(begrippen([
        ("BO", "Basisondersteuning: wat iedere school minimaal biedt"), ("OPP", "Ontwikkelingsperspectief"),
        ("Sbo", "Speciaal basisonderwijs"), ("So", "Speciaal onderwijs"),
        ("TLV", "Toelaatbaarheidsverklaring; aan te vragen via het Loket"),
        ("Verdeelmodel", "De wijze waarop middelen over scholen worden verdeeld")]))
    crit = {"basisondersteuning.niveau": False, "basisondersteuning.inhoud": False,
            "plaatsing.procedure": False, "plaatsing.criteria": True,
            "terugstroom.procedure": True, "terugstroom.beleid": True,
            "financien.verdeling": False, "financien.besteding": True,
            "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
            "resultaten.doelen": False, "resultaten.monitoring": True,
            "ouders.informatie": True, "ouders.steunpunt": True}
    adv = {"plaatsing": ["duur-categorie"], "terugstroom": ["monitoring"], "financien": ["reserves"],
           "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]}
    notes = {
        "basisondersteuning": "Ch. 3 only says the old kader lapsed and a new one follows in 2026-2027, schools describe their own support in their schoolgids; abbreviation list and header are traps.",
        "plaatsing": "5.1 refers the procedure, terms and decision process to a Reglement on the website (not in input); 5.2 table gives sbo/so criteria, category and validity.",
        "terugstroom": "Under '6.2 Retour naar de basisschool' in Doorgaande lijnen: policy, retourarrangement, five numbered steps with deadlines and evaluation; 6.2.3 figures.",
        "financien": "8.1 defers the verdeelsystematiek to 2027 and refers to the previous plan (absent); 8.2 meerjarenbegroting per bestemming with amounts; reserve in 8.2.2.",
        "dekkend-aanbod": "4.1 continuum from school to sbo/so with bovenschoolse groepen; 4.2 Zorgplicht-overleg, casusregisseur, thuiszitters weekly, recurrent gaps to board.",
        "resultaten": "7.1 describes the annual monitor, kwaliteitsgesprek and reporting; 7.2 defers intended results until after a nulmeting, so doelen not addressed.",
        "ouders": "Under '9 Communicatie en voorlichting': De Ouderwijzer website, folder, spreekuur; Steunpunt Ouders Stadspoort, onderwijsconsulenten, klachten/geschillen."}
    return d, "po-stadspoort", "po", crit, adv, notes


# ----------------------------------------------------------------------------------------------
# Plan 5: PO Zuidoever (pdf) - 'Deel 1'
# ----------------------------------------------------------------------------------------------
def plan_zuidoever():
    c = dict(naam="Samenwerkingsverband Passend Primair Onderwijs Zuidoever", kort="SWV PPO Zuidoever",
             periode="2026-2030", adres="de Laan van Zuidoever", gemeenten="gemeente Zuidoever",
             ondertekening="Drs. R. (Rachid) El Amrani, directeur-bestuurder",
             code="PO 28-97", nbest=12, nsch=64, nll=21430, opr_datum="26 maart 2026", opr_n=12,
             opr_ouders=False, oogo_datum="11 maart 2026")
    d = Doc(["Ondersteuningsplan 2026-2030 – Deel 1: Kaders", "Samenwerkingsverband Passend Primair Onderwijs "
             "Zuidoever (PO 28-97)", "Deel 2 (Aanbod, toewijzing en middelen) verschijnt in het najaar van 2026"],
            "SWV PPO Zuidoever | Ondersteuningsplan 2026-2030 | Deel 1 | financiën · toelaatbaarheid · dekkend aanbod",
            "Ondersteuningsplan Zuidoever – Deel 1 – vastgesteld 8 april 2026")
    d.toc(["1 Inleiding", "  1.1 Opbouw in twee delen", "  1.2 Wettelijke opdracht", "2 Het verband",
           "3 Visie en missie", "4 Basisondersteuning", "  4.1 Afspraak", "  4.2 Ondersteuningsprofiel Zuidoever",
           "5 Ondersteuningsaanbod en dekkend netwerk (zie Deel 2)", "6 Toelaatbaarheid (zie Deel 2)",
           "7 Terugplaatsing", "8 Resultaten en kwaliteit", "  8.1 Beoogde resultaten", "  8.2 Monitoring",
           "9 Financiën (zie Deel 2)", "10 Ouders", "11 Governance en medezeggenschap", "12 Organisatie",
           "Verklarende woordenlijst"])
    d.h(1, "1 Inleiding")
    d.extend(f_voorwoord(c))
    d.h(2, "1.1 Opbouw in twee delen")
    d.p("1.1.1 Het ondersteuningsplan 2026-2030 bestaat uit twee delen. Dit Deel 1 bevat de kaders: visie, "
        "basisondersteuning, resultaten en governance. Deel 2 beschrijft het ondersteuningsaanbod, het dekkend "
        "netwerk, de toewijzing van arrangementen en toelaatbaarheidsverklaringen en de financiële paragraaf met "
        "meerjarenbegroting. Deel 2 wordt in het najaar van 2026 aan de OPR voorgelegd.")
    d.h(2, "1.2 Wettelijke opdracht")
    d.p("1.2.1 Het samenwerkingsverband stelt ten minste eens in de vier jaar een ondersteuningsplan vast.[[fn:Artikel "
        "18a, zevende lid, WPO.]] De inhoud is voorgeschreven in het achtste lid van dat artikel.[[fn:Artikel 18a, "
        "achtste lid, onder a tot en met j, WPO; de onderdelen g tot en met j (groeiregeling sbo en so) zijn na "
        "de Wet vereenvoudiging bekostiging PO gewijzigd.]]")
    d.extend(f_leeswijzer(c))
    d.h(1, "2 Het verband")
    d.extend(f_context(c))
    d.h(2, "2.1 Terugblik op de planperiode 2022-2026")
    d.p("2.1.1 De afgelopen planperiode was er een van verandering. Het bureau is verhuisd, het team is voor een "
        "derde vernieuwd en er is een nieuwe directeur-bestuurder aangetreden. De raad van toezicht heeft in 2024 "
        "een zelfevaluatie uitgevoerd onder externe begeleiding en daarna zijn werkwijze aangepast: er is een "
        "auditcommissie en een commissie onderwijs ingesteld, die elk drie keer per jaar vergaderen.")
    d.p("2.1.2 Ook de relatie met de scholen is veranderd. Waar het verband vroeger vooral werd gezien als loket, "
        "ervaren schoolleiders het nu vaker als partner. Dat blijkt uit de schoolleidersenquête van 2025, waarin "
        "het bureau op bereikbaarheid en deskundigheid een ruime voldoende kreeg. Tegelijk gaven schoolleiders "
        "aan dat de communicatie vanuit het bureau soms te laat en te veel per mail verloopt. Daarom is in 2025 "
        "een nieuwsbrief voor schoolleiders gestart, die eens per maand verschijnt.")
    d.p("2.1.3 Niet alles is gelukt. De voorgenomen harmonisatie van de administratieve processen met het "
        "VO-verband is vertraagd doordat de beide verbanden verschillende systemen gebruiken. Ook het plan om een "
        "gezamenlijk kantoor met de leerplichtafdeling te betrekken, is niet doorgegaan vanwege de kosten.")
    d.h(2, "2.2 Integrale kindcentra en voorschoolse educatie")
    d.p("2.2.1 In Zuidoever werken steeds meer basisscholen samen met kinderopvang in een integraal kindcentrum "
        "(IKC). In 2025 waren dat er 19. Het verband juicht deze ontwikkeling toe, omdat een doorgaande "
        "pedagogische lijn van 0 tot 13 jaar kinderen rust en houvast geeft. Voor het verband roept de "
        "ontwikkeling ook vragen op, bijvoorbeeld over de rol van pedagogisch medewerkers in het "
        "ondersteuningsteam en over de gegevensuitwisseling tussen opvang en school. Die vragen bespreken wij in "
        "het netwerk van IKC-directeuren, dat twee keer per jaar bijeenkomt.")
    d.p("2.2.2 De gemeente is verantwoordelijk voor de voorschoolse educatie. Het verband is daarbij geen partij, "
        "maar deelt kennis over de overgang naar groep 1 via de jaarlijkse conferentie jonge kind.")
    d.h(1, "3 Visie en missie")
    d.extend(f_visie(c))
    d.h(2, 'Landelijke en regionale ontwikkelingen')
    d.extend(f_landelijk(c))
    d.h(1, "4 Basisondersteuning")
    d.h(2, "4.1 Afspraak")
    d.p("4.1.1 De schoolbesturen van Zuidoever hebben afgesproken dat iedere basisschool, op iedere vestiging, een "
        "gelijk minimumniveau van ondersteuning biedt: het Ondersteuningsprofiel Zuidoever. Dit niveau is "
        "bindend; een school die het niet haalt, maakt met het verband een ontwikkelplan.")
    d.h(2, "4.2 Ondersteuningsprofiel Zuidoever")
    d.p("4.2.1 Iedere vestiging beschikt in elk geval over:")
    d.ul(["a. een intern begeleider met ten minste één dag per week per 200 leerlingen, die groeps- en "
          "leerlingbesprekingen voert;",
          "b. een dyslexieprotocol met vroegsignalering vanaf groep 2 en een dyscalculieprotocol;",
          "c. een programma voor sociaal-emotioneel leren dat in alle groepen wordt gegeven;",
          "d. een aanbod voor kinderen die meer aankunnen (verrijkingsgroep of plusklas binnen de school);",
          "e. een NT2-aanbod voor nieuwkomers in de eerste twee jaar na instroom in groep 3 tot en met 8;",
          "f. een protocol medisch handelen en afspraken over medicijnverstrekking;",
          "g. een vaste schoolmaatschappelijk werker met een wekelijks spreekuur;",
          "h. handelingsgericht werken met groepsplannen en, bij een ondersteuningsvraag, een OPP dat twee keer "
          "per jaar wordt geëvalueerd."])
    d.h(1, "5 Ondersteuningsaanbod en dekkend netwerk")
    d.p("5.1 Dit onderwerp wordt beschreven in Deel 2.")
    d.h(1, "6 Toelaatbaarheid")
    d.p("6.1 De procedure en de criteria voor de afgifte van toelaatbaarheidsverklaringen voor het speciaal "
        "basisonderwijs en het speciaal onderwijs zijn opgenomen in het Toewijzingsreglement 2026 (bijlage B bij "
        "Deel 2). Dat reglement maakt geen deel uit van dit document.")
    d.h(1, "7 Terugplaatsing")
    d.p("7.1 Werkwijze. Uiterlijk in oktober van het laatste jaar van de toelaatbaarheidsverklaring beoordeelt de "
        "sbo- of so-school in de OPP-bespreking of het kind naar een basisschool kan. Het initiatief ligt bij de "
        "directeur van de speciale school. Bij een positieve beoordeling meldt de school het kind vóór 1 december "
        "bij de Commissie Doorstroom van het verband. De commissie zoekt met de school een basisschool in de "
        "buurt van het kind, stelt een overdrachtsdossier op en bepaalt de startdatum, bij voorkeur na een "
        "schoolvakantie. De commissie evalueert de overstap na zes en na twaalf weken met beide scholen. De oude "
        "toelaatbaarheidsverklaring vervalt op 31 juli van dat schooljaar.")
    d.p("7.2 Wat het verband met terugplaatsing wil bereiken, onder welke voorwaarden een kind teruggaat en welke "
        "ondersteuning de basisschool daarna krijgt, werken we uit in Deel 2.")
    d.h(1, "8 Resultaten en kwaliteit")
    d.h(2, "8.1 Beoogde resultaten")
    d.p("8.1.1 Voor kinderen die extra ondersteuning nodig hebben streven we in deze planperiode naar de volgende "
        "resultaten:")
    d.table([["Resultaatgebied", "Beoogd resultaat", "Uitgangssituatie", "Norm"],
             ["Basisondersteuning op orde", "Alle vestigingen voldoen aan het Ondersteuningsprofiel", "52 van 64",
              "64 van 64 in 2028"],
             ["OPP-doelen", "Kinderen met een OPP halen de tussendoelen", "71%", "ten minste 80% in 2030"],
             ["Schoolverzuim", "Minder langdurig verzuim van kinderen met een ondersteuningsbehoefte",
              "1,9% van de kinderen", "maximaal 1,2% in 2030"],
             ["Overstap po-vo", "Kinderen met een OPP starten in het vo zonder vertraging", "86%", "92%"]])
    d.h(2, "8.2 Monitoring")
    d.p("8.2.1 Het verband meet de resultaten twee keer per jaar (peildata 1 oktober en 1 maart) via de "
        "schoolmonitor, die scholen vullen vanuit hun leerlingvolgsysteem. Het bureau analyseert de gegevens, "
        "bespreekt ze per bestuur in een resultaatgesprek en rapporteert de bereikte resultaten in het jaarverslag "
        "en in een halfjaarlijkse rapportage aan de raad van toezicht en de OPR. Blijft een school twee metingen "
        "achter, dan volgt een verbetergesprek met de directeur-bestuurder.")
    d.h(1, "9 Financiën")
    d.p("9.1 De financiële paragraaf, met de verdeling van de middelen en de meerjarenbegroting, is onderdeel van "
        "Deel 2.")
    d.h(1, "10 Ouders")
    d.p("10.1 Onafhankelijke hulp. Ouders die vragen hebben over de ondersteuning van hun kind of het oneens zijn "
        "met de school, kunnen terecht bij het Ouder- en Jeugdsteunpunt Zuidoever, dat onafhankelijk is van "
        "scholen en verband. Het steunpunt is bereikbaar via telefoon, mail en een wekelijks inloopspreekuur "
        "in het wijkcentrum; ouderadviseurs kunnen meegaan naar gesprekken. Daarnaast kunnen ouders gratis "
        "advies krijgen van de landelijke Onderwijsconsulenten.")
    d.p("10.2 Voorlichting. Een communicatieplan gericht op ouders volgt in 2027.")
    d.h(1, "11 Governance en medezeggenschap")
    d.extend(f_governance(c))
    d.extend(f_opr(c))
    d.extend(f_oogo(c, "proc"))
    d.h(1, "12 Organisatie")
    d.extend(f_personeel(c))
    d.h(2, 'Kennisdeling en professionalisering')
    d.extend(f_kennis(c))
    d.h(2, 'Strategische risico\'s')
    d.extend(f_risico(c))
    d.extend(f_ict_privacy(c, tlv=False))
    d.extend(f_planning(c))
    d.h(1, "Verklarende woordenlijst")
    d.extend(begrippen([
        ("Arrangement", "Een pakket extra ondersteuning voor een kind of groep, toegekend door het verband."),
        ("Dekkend netwerk", "Het geheel van voorzieningen waarmee voor elk kind een passende plek is."),
        ("Meerjarenbegroting", "Begroting voor de komende vier jaar."),
        ("Ouder- en jeugdsteunpunt", "Onafhankelijk steunpunt voor ouders en kinderen."),
        ("Thuiszitter", "Leerplichtig kind dat niet naar school gaat."),
        ("TLV", "Toelaatbaarheidsverklaring voor sbo of so; bezwaar via de LBT.")]))
    crit = {"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
            "plaatsing.procedure": False, "plaatsing.criteria": False,
            "terugstroom.procedure": True, "terugstroom.beleid": False,
            "financien.verdeling": False, "financien.besteding": False,
            "dekkend-aanbod.continuum": False, "dekkend-aanbod.lacunes": False,
            "resultaten.doelen": True, "resultaten.monitoring": True,
            "ouders.informatie": False, "ouders.steunpunt": True}
    adv = {"basisondersteuning": ["borging"], "resultaten": ["meetbaar"]}
    notes = {
        "basisondersteuning": "4.1 binding minimum for every vestiging ('Ondersteuningsprofiel Zuidoever', unusual name); 4.2 eight concrete provisions; ontwikkelplan if below level.",
        "plaatsing": "Ch. 6 only refers procedure and criteria to a Toewijzingsreglement in the not-yet-published Deel 2; TLV/LBT only in glossary and header.",
        "terugstroom": "7.1 gives initiative, dates, Commissie Doorstroom, evaluation moments and TLV end; 7.2 defers aims, conditions and support after return to Deel 2.",
        "financien": "Ch. 9 defers everything to Deel 2; only passing mentions of begroting in governance text; glossary and header are traps.",
        "dekkend-aanbod": "Ch. 5 says 'wordt beschreven in Deel 2'; OOGO paragraph is purely procedural (date and annex), no cooperation content; glossary trap.",
        "resultaten": "8.1 table of intended results with baseline and norms; 8.2 twice-yearly measurement, resultaatgesprek, reporting in jaarverslag.",
        "ouders": "10.1 OJSP Zuidoever and onderwijsconsulenten (independent help); 10.2 defers the communication plan to 2027, so informatie not addressed; OPR text has no parent role."}
    return d, "po-zuidoever", "po", crit, adv, notes


# ----------------------------------------------------------------------------------------------
# Near-miss: school-level ondersteuningsplan/SOP of an urban VO school (docx)
# ----------------------------------------------------------------------------------------------
def nearmiss_lyceum():
    d = Doc(["Ondersteuningsplan 2025-2026", "Stedelijk Lyceum Zuidoever – vmbo-t, havo, vwo",
             "Schoolondersteuningsprofiel en zorgstructuur", "Vastgesteld door de schoolleiding, instemming MR 30 september 2025"],
            "Stedelijk Lyceum Zuidoever – Ondersteuningsplan 2025-2026",
            "Lid van Samenwerkingsverband VO Rijnmond-Zuid (VO 28-96)")
    d.toc(["1 Inleiding", "2 Onze leerlingen", "3 Basisondersteuning op het Stedelijk Lyceum",
           "4 Zorgniveaus en ondersteuningsstructuur", "5 Extra ondersteuning en arrangementen",
           "6 Toelaatbaarheid vso en terugplaatsing", "7 Ouders", "8 Middelen", "9 Resultaten en evaluatie",
           "10 Jaarplanning ondersteuning"])
    d.h(1, "1 Inleiding")
    d.p("Dit ondersteuningsplan beschrijft hoe het Stedelijk Lyceum Zuidoever in het schooljaar 2025-2026 de "
        "ondersteuning aan zijn leerlingen organiseert. Het plan is tegelijk ons schoolondersteuningsprofiel "
        "(SOP) zoals bedoeld in de Wet passend onderwijs en wordt jaarlijks geactualiseerd. Onze school is "
        "aangesloten bij het Samenwerkingsverband VO Rijnmond-Zuid; het ondersteuningsplan van het "
        "samenwerkingsverband vormt het kader waarbinnen dit schoolplan is geschreven.")
    d.p("Het plan is bedoeld voor mentoren, docenten, ouders en leerlingen. Het is besproken in het "
        "ondersteuningsteam en in de medezeggenschapsraad (MR).")
    d.h(1, "2 Onze leerlingen")
    d.p("Het Stedelijk Lyceum telt 1.240 leerlingen, verdeeld over vmbo-t (310), havo (520) en vwo (410). Ongeveer "
        "14% van de leerlingen heeft een dyslexieverklaring, 6% een diagnose in het autismespectrum en 9% "
        "ontvangt begeleiding vanuit de jeugdhulp. Ruim 40% van de leerlingen woont in een van de "
        "aandachtswijken rond de school.")
    d.h(1, "3 Basisondersteuning op het Stedelijk Lyceum")
    d.p("Onze basisondersteuning voldoet aan de afspraken die in het samenwerkingsverband zijn gemaakt. Wij bieden "
        "onder meer: een mentoruur per week, een dyslexie- en dyscalculieprotocol, faalangstreductietraining, "
        "een huiswerkklas, een time-outvoorziening (de Pitstop) en een protocol medisch handelen. Iedere leerling "
        "met een ondersteuningsvraag krijgt binnen zes weken een handelingsplan.")
    d.h(1, "4 Zorgniveaus en ondersteuningsstructuur")
    d.p("Wij werken met vier zorgniveaus. Niveau 1 is de zorg in de les door de docent. Niveau 2 is de begeleiding "
        "door de mentor, die wekelijks groepsbesprekingen voert met het docententeam. Niveau 3 is de "
        "ondersteuning door de zorgcoördinator, de orthopedagoog en de counselor. Niveau 4 is de inzet van "
        "externe hulp via het ondersteuningsteam (OT), waarin de schoolmaatschappelijk werker, de jeugdarts en "
        "de leerplichtambtenaar zitting hebben. Het OT komt om de drie weken bijeen.")
    d.p("Leerlingbesprekingen vinden drie keer per jaar plaats, na elke rapportperiode. De mentor bereidt de "
        "bespreking voor met de gegevens uit het leerlingvolgsysteem en informeert ouders na afloop.")
    d.h(1, "5 Extra ondersteuning en arrangementen")
    d.p("Voor leerlingen die meer nodig hebben dan de basisondersteuning kan de school een arrangement inzetten uit "
        "het budget dat het samenwerkingsverband aan de school toekent. Op onze school zijn dat de Autiklas (12 "
        "leerlingen per leerjaar in havo/vwo), begeleiding door een gedragsspecialist en coaching bij "
        "executieve functies. Als ook dat niet volstaat, kan de zorgcoördinator een bovenschools arrangement of "
        "plaatsing op de Tussenvoorziening Zuid aanvragen bij het Loket van het samenwerkingsverband.")
    d.h(1, "6 Toelaatbaarheid vso en terugplaatsing")
    d.p("Als een leerling is aangewezen op het voortgezet speciaal onderwijs, stelt de zorgcoördinator samen met "
        "ouders een dossier samen en vraagt de school een toelaatbaarheidsverklaring (TLV) aan bij het "
        "samenwerkingsverband. Het samenwerkingsverband beslist. De procedure en criteria staan in het "
        "ondersteuningsplan van het samenwerkingsverband. Leerlingen die vanuit het vso naar onze school "
        "terugkeren, krijgen een vaste mentor en een startgesprek met de zorgcoördinator.")
    d.h(1, "7 Ouders")
    d.p("Ouders zijn partners van de school. Zij worden uitgenodigd voor de startgesprekken in september en voor "
        "de bespreking van het handelingsplan of OPP. Vragen over ondersteuning kunnen ouders altijd stellen aan "
        "de mentor of de zorgcoördinator. Voor onafhankelijk advies verwijzen wij naar het ouder- en "
        "jeugdsteunpunt van het samenwerkingsverband en naar de onderwijsconsulenten. Klachten worden behandeld "
        "volgens de klachtenregeling van de school.")
    d.h(1, "8 Middelen")
    d.p("De school ontvangt van het samenwerkingsverband een budget voor extra ondersteuning van circa € 118.000 "
        "per jaar. Daarvan betalen wij de inzet van de orthopedagoog (0,6 fte), de gedragsspecialist (0,4 fte) en "
        "de Autiklas. De schoolleiding verantwoordt de besteding jaarlijks aan het samenwerkingsverband.")
    d.h(1, "9 Resultaten en evaluatie")
    d.p("In 2024-2025 slaagde 91% van de examenkandidaten. Het aantal leerlingen dat tussentijds uitstroomde naar "
        "het vso bedroeg vier. De ondersteuning wordt jaarlijks geëvalueerd in het OT en in een "
        "tevredenheidsonderzoek onder leerlingen en ouders. De uitkomsten worden besproken in de MR.")
    d.h(1, "10 Jaarplanning ondersteuning")
    d.table([["Maand", "Activiteit"], ["september", "Startgesprekken mentor-ouder-leerling"],
             ["oktober", "Eerste leerlingbespreking; screening dyslexie brugklas"],
             ["januari", "Tweede leerlingbespreking; evaluatie handelingsplannen"],
             ["maart", "Aanvragen lwoo-leerlingen nieuw leerjaar afgerond"],
             ["juni", "Derde leerlingbespreking; overdracht naar volgend leerjaar"]])
    return d, "nearmiss-schoolplan-lyceum"


def main():
    results = []
    for fn, ext in [(plan_amstelstad, "docx"), (plan_rijnmond, "pdf"), (plan_hofstad, "html"),
                    (plan_stadspoort, "docx"), (plan_zuidoever, "pdf")]:
        d, name, sector, crit, adv, notes = fn()
        path = OUT / f"{name}.{ext}"
        {"docx": render_docx, "pdf": render_pdf, "html": render_html}[ext](d, path)
        els = write_label(name, [path.name], sector, crit, adv, notes)
        results.append((path.name, word_count(d), els))
    d, name = nearmiss_lyceum()
    path = OUT / f"{name}.docx"
    render_docx(d, path)
    write_label_notplan(name, [path.name], "vo",
                        "School-level ondersteuningsplan/SOP of one VO school (zorgniveaus, leerlingbesprekingen, "
                        "school budget, MR consent); the SWV name and code appear only as the school's affiliation "
                        "(footer, references to the verband's plan); no OPR, OOGO or verband-wide planperiode.")
    results.append((path.name, word_count(d), {}))
    for r in results:
        print(r[0], r[1], r[2])


if __name__ == "__main__":
    main()
