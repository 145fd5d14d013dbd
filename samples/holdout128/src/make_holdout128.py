#!/usr/bin/env python3
"""Generate the holdout128 test set: five fictional ondersteuningsplannen (PO/VO) and one
near-miss document (an SWV jaarverslag), plus their .expected.yaml label files.

Deterministic, no network. Output goes to the folder above this script's folder.
PDFs are rendered from .docx with LibreOffice (soffice --headless) in a private temp dir.
"""
import html
import os
import re
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

# ---------------------------------------------------------------------------------------------
# document model: list of (kind, payload); kinds: title, h1, h2, p, bullets, table, toc
# ---------------------------------------------------------------------------------------------


def words(blocks):
    n = 0
    for kind, payload in blocks:
        if kind in ("bullets", "toc"):
            n += sum(len(x.split()) for x in payload)
        elif kind == "table":
            n += sum(len(str(c).split()) for row in payload for c in row)
        else:
            n += len(str(payload).split())
    return n


def write_docx(blocks, path, header_text):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = header_text
    sec.footer.paragraphs[0].text = header_text + " - concept voor OPR"
    for kind, payload in blocks:
        if kind == "title":
            doc.add_heading(payload, level=0)
        elif kind == "h1":
            doc.add_heading(payload, level=1)
        elif kind == "h2":
            doc.add_heading(payload, level=2)
        elif kind == "p":
            doc.add_paragraph(payload)
        elif kind == "bullets":
            for b in payload:
                doc.add_paragraph(b, style="List Bullet")
        elif kind == "toc":
            doc.add_heading("Inhoudsopgave", level=1)
            for line in payload:
                doc.add_paragraph(line)
        elif kind == "table":
            t = doc.add_table(rows=len(payload), cols=len(payload[0]))
            t.style = "Table Grid"
            for i, row in enumerate(payload):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = str(cell)
            doc.add_paragraph("")
        elif kind == "pagebreak":
            doc.add_page_break()
    cp = doc.core_properties
    cp.author = "Samenwerkingsverband"
    cp.last_modified_by = "Samenwerkingsverband"
    cp.created = cp.modified = datetime(2026, 3, 1, 12, 0, 0)
    cp.revision = 1
    doc.save(str(path))
    _normalise_zip(path)


def _normalise_zip(path):
    """Rewrite the .docx zip with fixed timestamps so that output is byte-for-byte reproducible."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            info = zipfile.ZipInfo(name, date_time=(2026, 3, 1, 12, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)


def write_html(blocks, path, title):
    out = ["<!DOCTYPE html>", '<html lang="nl">', "<head>", '<meta charset="utf-8">',
           "<title>%s</title>" % html.escape(title), "</head>", "<body>",
           '<header><p class="site">%s</p><nav>Home | Over ons | Voor ouders | Voor scholen | Contact</nav></header>'
           % html.escape(title), "<main>"]
    for kind, payload in blocks:
        if kind == "title":
            out.append("<h1>%s</h1>" % html.escape(payload))
        elif kind == "h1":
            out.append("<h2>%s</h2>" % html.escape(payload))
        elif kind == "h2":
            out.append("<h3>%s</h3>" % html.escape(payload))
        elif kind == "p":
            out.append("<p>%s</p>" % html.escape(payload))
        elif kind in ("bullets",):
            out.append("<ul>" + "".join("<li>%s</li>" % html.escape(b) for b in payload) + "</ul>")
        elif kind == "toc":
            out.append('<nav class="toc"><h2>Inhoud</h2><ol>' +
                       "".join("<li>%s</li>" % html.escape(b) for b in payload) + "</ol></nav>")
        elif kind == "table":
            rows = []
            for i, row in enumerate(payload):
                tag = "th" if i == 0 else "td"
                rows.append("<tr>" + "".join("<%s>%s</%s>" % (tag, html.escape(str(c)), tag) for c in row) + "</tr>")
            out.append("<table>" + "".join(rows) + "</table>")
    out += ["</main>", "<footer><p>&copy; %s &middot; Privacyverklaring &middot; Cookies</p></footer>" % html.escape(title),
            "</body>", "</html>"]
    path.write_text("\n".join(out) + "\n", encoding="utf-8")


def docx_to_pdf(blocks, pdf_path, header_text):
    tmp = Path(tempfile.mkdtemp(prefix="holdout128_render_"))
    try:
        src = tmp / (pdf_path.stem + ".docx")
        write_docx(blocks, src, header_text)
        profile = tmp / "lo_profile"
        subprocess.run(["soffice", "-env:UserInstallation=file://%s" % profile, "--headless",
                        "--convert-to", "pdf", "--outdir", str(tmp), str(src)],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
        shutil.copyfile(tmp / (pdf_path.stem + ".pdf"), pdf_path)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


CORE = ["basisondersteuning.niveau", "basisondersteuning.inhoud", "plaatsing.procedure", "plaatsing.criteria",
        "terugstroom.procedure", "terugstroom.beleid", "financien.verdeling", "financien.besteding",
        "dekkend-aanbod.continuum", "dekkend-aanbod.lacunes", "resultaten.doelen", "resultaten.monitoring",
        "ouders.informatie", "ouders.steunpunt"]
ELEMENTS = ["basisondersteuning", "plaatsing", "terugstroom", "financien", "dekkend-aanbod", "resultaten", "ouders"]


def status_from(criteria, advisory):
    els = {}
    for e in ELEMENTS:
        vals = [v for k, v in criteria.items() if k.split(".")[0] == e]
        if all(vals):
            els[e] = "present"
        elif any(vals) or advisory.get(e):
            els[e] = "partial"
        else:
            els[e] = "missing"
    return els


def write_label(name, documents, sector, criteria, advisory, notes):
    assert sorted(criteria) == sorted(CORE), name
    lines = ["documents: [%s]" % ", ".join(documents), "sector: %s" % sector, "looks_like_plan: true"]
    els = status_from(criteria, advisory)
    lines.append("elements: {%s}" % ", ".join("%s: %s" % (e, els[e]) for e in ELEMENTS))
    lines.append("criteria:")
    for c in CORE:
        lines.append("  %s: %s" % (c, "true" if criteria[c] else "false"))
    lines.append("advisory_addressed:")
    for e in ELEMENTS:
        if advisory.get(e):
            lines.append("  %s: [%s]" % (e, ", ".join(advisory[e])))
    lines.append("notes:")
    for e in ELEMENTS:
        lines.append("  %s: %s" % (e, yaml.safe_dump(notes[e], allow_unicode=True, width=10000,
                                                        default_style='"').strip()))
    (OUT / ("%s.expected.yaml" % name)).write_text("\n".join(lines) + "\n", encoding="utf-8")
    return els


# ---------------------------------------------------------------------------------------------
# shared, element-neutral filler (mentions element words only in passing)
# ---------------------------------------------------------------------------------------------

def f_voorwoord(c, variant):
    if variant == 1:
        return [("h1", "Voorwoord"),
                ("p", "Voor u ligt het ondersteuningsplan {periode} van {naam}. Het is het derde plan sinds de invoering "
                      "van passend onderwijs in 2014 en het eerste plan dat we schrijven in een tijd waarin de landelijke "
                      "verbeteraanpak, het lerarentekort en de krapte in de jeugdhulp tegelijk op ons afkomen. Dat vraagt "
                      "om een plan dat richting geeft, maar dat ook eerlijk is over wat we nog niet weten.".format(**c)),
                ("p", "Dit plan is tot stand gekomen in een lang en zorgvuldig proces. In het schooljaar 2024-2025 hebben "
                      "we gesproken met directeuren, intern begeleiders, leerkrachten, ouders, de ondersteuningsplanraad en "
                      "onze partners bij de gemeenten. De opbrengsten van die gesprekken, de resultaten van de enquête onder "
                      "scholen en de aanbevelingen uit het inspectiebezoek zijn meegenomen in de keuzes die we in dit plan maken."),
                ("p", "Ik wil iedereen die heeft meegedacht hartelijk bedanken. Zonder de inzet van de mensen in de scholen, "
                      "die elke dag het verschil maken voor kinderen, heeft geen enkel plan betekenis. Wij hopen dat dit plan "
                      "voor hen een bruikbaar kompas is.".format(**c)),
                ("p", "{bestuurder}, directeur-bestuurder".format(**c))]
    return [("h1", "Voorwoord"),
            ("p", "Beste lezer, met trots presenteren wij het nieuwe ondersteuningsplan van {naam}. Passend onderwijs is "
                  "geen project meer, het is de gewone manier waarop we in onze regio met elkaar samenwerken. Toch is er nog "
                  "veel te doen. Niet ieder kind vindt vanzelf zijn plek, niet iedere school heeft de expertise die nodig is "
                  "en niet iedere ouder weet de weg.".format(**c)),
            ("p", "In dit plan kiezen we voor een beperkt aantal speerpunten. We hebben bewust geprobeerd het plan kort en "
                  "leesbaar te houden. Waar het gaat om de uitvoering verwijzen we naar het jaarplan, dat jaarlijks wordt "
                  "vastgesteld door het bestuur en wordt besproken met de ondersteuningsplanraad."),
            ("p", "Wij danken de leden van de ondersteuningsplanraad voor hun kritische en opbouwende inbreng en de "
                  "schoolbesturen voor het vertrouwen. Veel leesplezier!"),
            ("p", "Namens het bestuur, {bestuurder}".format(**c))]


def f_inleiding(c):
    return [("h1", "Inleiding en leeswijzer"),
            ("p", "Ieder samenwerkingsverband stelt ten minste eens in de vier jaar een ondersteuningsplan vast. In het plan "
                  "beschrijven we hoe wij ervoor zorgen dat alle leerlingen in onze regio een zo passend mogelijke plek in "
                  "het onderwijs krijgen. Het plan geldt voor de periode van 1 augustus {start} tot en met 31 juli {eind}."
                  .format(**c)),
            ("p", "Het plan is geschreven voor schoolbesturen, directeuren en intern begeleiders, maar ook voor ouders, de "
                  "leden van de ondersteuningsplanraad, gemeenten en de inspectie. We hebben geprobeerd het plan leesbaar te "
                  "houden. Vaktermen worden uitgelegd in de begrippenlijst achterin dit document."),
            ("p", "Het ondersteuningsplan is een strategisch document. De concrete activiteiten per jaar staan in het "
                  "jaarplan; de financiële uitwerking per jaar staat in de jaarbegroting. Over de uitvoering leggen we "
                  "verantwoording af in het jaarverslag. Zo ontstaat een cyclus van plannen, doen, evalueren en bijstellen.")]


def f_context(c, with_participation=True):
    b = [("h1", "Onze regio in beeld"),
         ("p", "{naam} omvat de gemeenten {gemeenten}. In de regio wonen ruim {inwoners} inwoners. Het gebied kent een "
               "stedelijke kern en een groot landelijk gebied met kleine dorpskernen. Vooral in de kleine kernen daalt "
               "het aantal leerlingen; sommige scholen hebben minder dan 80 leerlingen en staan onder druk."
               .format(**c)),
         ("p", "Bij het samenwerkingsverband zijn {n_besturen} schoolbesturen aangesloten met samen {n_scholen} "
               "schoolvestigingen. Het gaat om {soorten}. Op de teldatum 1 oktober 2024 telde het samenwerkingsverband "
               "{n_lln} leerlingen. De prognoses laten voor de komende vier jaar een lichte daling zien, van ongeveer "
               "een procent per jaar.".format(**c)),
         ("p", "De regio kent een relatief hoog aandeel gezinnen met een laag inkomen in de stedelijke kern en een "
               "toenemend aantal nieuwkomers. Tegelijk is het lerarentekort in de kern groter dan in de dorpen. Deze "
               "kenmerken hebben gevolgen voor de ondersteuningsvraag op scholen en voor de keuzes in dit plan.")]
    return b


def f_visie(c):
    return [("h1", "Visie en missie"),
            ("p", "Wij geloven dat ieder kind ertoe doet en het recht heeft om zich te ontwikkelen in een omgeving waar het "
                  "zich veilig en gezien voelt. Kinderen leren het meest van en met elkaar. Daarom kiezen wij, waar dat kan, "
                  "voor onderwijs dicht bij huis, samen met kinderen uit de eigen buurt."),
            ("p", "Onze missie is kort: samen zorgen we voor passend onderwijs voor ieder kind in de regio. Het woord samen "
                  "is daarbij belangrijk. Schoolbesturen, scholen, ouders, gemeenten en jeugdhulp hebben elk een eigen rol, "
                  "maar niemand kan het alleen. Het samenwerkingsverband is daarbij geen loket dat geld verdeelt, maar een "
                  "netwerk dat verbindt, ondersteunt en waar nodig knopen doorhakt."),
            ("p", "Vanuit deze visie werken we met vier kernwaarden: vertrouwen, eigenaarschap, vakmanschap en "
                  "transparantie. Vertrouwen betekent dat we uitgaan van de professionaliteit van scholen. Eigenaarschap "
                  "betekent dat besturen zich samen verantwoordelijk voelen voor alle kinderen in de regio, niet alleen voor "
                  "de kinderen op hun eigen scholen. Vakmanschap betekent dat we investeren in de kennis en vaardigheden van "
                  "leraren. Transparantie betekent dat we open zijn over keuzes en over het gebruik van middelen.")]


def f_governance(c):
    return [("h1", "Organisatie en governance"),
            ("p", "{naam} is een stichting. De statuten zijn voor het laatst gewijzigd in 2022. Het samenwerkingsverband kent "
                  "een scheiding tussen bestuur en intern toezicht. Het bestuur wordt gevormd door een directeur-bestuurder. "
                  "De raad van toezicht bestaat uit vijf leden die worden voorgedragen door de aangesloten schoolbesturen, "
                  "waarvan twee onafhankelijke leden.".format(**c)),
            ("p", "De algemene vergadering van aangesloten schoolbesturen komt drie keer per jaar bijeen. Zij benoemt de leden "
                  "van de raad van toezicht en wordt betrokken bij strategische keuzes, zoals de vaststelling van dit plan en "
                  "de jaarlijkse begroting. Het bestuur legt verantwoording af aan de raad van toezicht over de uitvoering "
                  "van beleid en de rechtmatigheid van de besteding van middelen."),
            ("p", "Het bureau van het samenwerkingsverband is gevestigd in {hoofdplaats}. Op het bureau werken een "
                  "directeur-bestuurder, een beleidsmedewerker, een controller (gedeeltelijk ingehuurd), een secretaresse en "
                  "een team van orthopedagogen en onderwijsadviseurs. De raad van toezicht hanteert de Code Goed Bestuur in "
                  "{cgb} als leidraad.".format(**dict({"cgb": "het primair onderwijs"}, **c)))]


def f_opr(c, composition=True):
    b = [("h1", "Medezeggenschap: de ondersteuningsplanraad")]
    if composition:
        b.append(("p", "De ondersteuningsplanraad (OPR) heeft instemmingsrecht op het ondersteuningsplan en op wijzigingen "
                       "daarvan. De OPR bestaat uit {opr_leden} leden, voor de helft personeelsleden en voor de helft ouders, "
                       "afgevaardigd vanuit de medezeggenschapsraden van de aangesloten scholen. De OPR vergadert zes keer per "
                       "jaar en heeft een eigen reglement en een scholingsbudget.".format(**c)))
    else:
        b.append(("p", "De ondersteuningsplanraad heeft instemmingsrecht op het ondersteuningsplan. De OPR vergadert zes "
                       "keer per jaar met de directeur-bestuurder; de werkwijze is vastgelegd in het reglement OPR."))
    b.append(("p", "De OPR is vanaf het begin bij de totstandkoming van dit plan betrokken geweest. In drie themasessies is "
                   "gesproken over de hoofdlijnen. Het conceptplan is op {opr_datum} aan de OPR voorgelegd; de OPR heeft op "
                   "{opr_instemming} ingestemd met het plan.".format(**c)))
    return b


def f_oogo(c, rich=True):
    b = [("h1", "Op overeenstemming gericht overleg met de gemeenten")]
    if rich:
        b += [("p", "Passend onderwijs en jeugdhulp raken elkaar voortdurend. Het samenwerkingsverband voert daarom met "
                    "de gemeenten in de regio op overeenstemming gericht overleg (OOGO) over het ondersteuningsplan en over het "
                    "jeugdbeleid van de gemeenten. Naast het formele OOGO is er een ambtelijk overleg dat vier keer per jaar "
                    "bijeenkomt."),
              ("p", "Thema's in het overleg zijn de aansluiting tussen onderwijs en jeugdhulp, leerlingenvervoer, "
                    "onderwijshuisvesting, de aanpak van schoolverzuim en de inzet van de praktijkondersteuner jeugd op "
                    "scholen. In het OOGO van {oogo_datum} is het conceptplan besproken. De gemeenten hebben ingestemd met "
                    "de hoofdlijnen en zullen hun inkoop van jeugdhulp hierop afstemmen.".format(**c))]
    else:
        b += [("p", "Het concept van dit plan is op {oogo_datum} besproken in het OOGO met de wethouders onderwijs van de "
                    "gemeenten. Het verslag van dit overleg is bij het samenwerkingsverband op te vragen.".format(**c))]
    return b


def f_personeel(c):
    return [("h1", "Personeel en professionalisering"),
            ("p", "Het samenwerkingsverband is werkgever van een klein team. Het personeelsbeleid sluit aan bij de cao "
                  + c.get("cao", "primair onderwijs") + ". "
                  "Medewerkers hebben jaarlijks een gesprek over hun ontwikkeling en hebben een persoonlijk "
                  "scholingsbudget. Vacatures voor orthopedagogen blijken steeds moeilijker vervulbaar; daarom werken wij "
                  "samen met de hogeschool en bieden wij stageplaatsen voor masterstudenten."),
            ("p", "Voor leraren en intern begeleiders in de scholen organiseert het samenwerkingsverband een "
                  "professionaliseringsaanbod. Denk aan netwerkbijeenkomsten voor intern begeleiders, een leergang "
                  "gedrag, bijeenkomsten over meer- en hoogbegaafdheid en intervisie voor directeuren. Het aanbod wordt "
                  "elk jaar in een brochure gepubliceerd en staat open voor alle aangesloten scholen."),
            ("p", "Ook de gevolgen van dit plan voor het personeel in de scholen zijn besproken met de personeelsgeleding van "
                  "de OPR. Werkdruk is daarbij een terugkerend onderwerp. Wij willen met dit plan geen extra administratieve "
                  "lasten voor leraren veroorzaken; formulieren en aanvragen worden zo eenvoudig mogelijk gehouden.")]


def f_ict_privacy(c):
    return [("h1", "ICT, gegevens en privacy"),
            ("p", "Het samenwerkingsverband werkt met een beveiligde digitale omgeving waarin scholen aanvragen indienen en "
                  "dossiers delen. Alleen medewerkers die de gegevens nodig hebben voor hun taak hebben toegang. Het "
                  "samenwerkingsverband heeft een functionaris gegevensbescherming (FG) die gedeeld wordt met andere "
                  "samenwerkingsverbanden in de provincie."),
            ("p", "Wij verwerken persoonsgegevens van leerlingen alleen voor zover dat nodig is voor onze wettelijke taken. "
                  "Gegevens worden niet langer bewaard dan nodig en uiterlijk drie jaar na het laatste besluit vernietigd. "
                  "Het privacyreglement en het verwerkingsregister zijn vastgesteld door het bestuur en worden jaarlijks "
                  "geëvalueerd. In 2025 is een datalek gemeld bij de Autoriteit Persoonsgegevens; naar aanleiding daarvan "
                  "zijn de toegangsrechten aangescherpt.")]


def f_planning(c, rows):
    return [("h1", "Planning en procedure van vaststelling"),
            ("p", "Het plan is als volgt tot stand gekomen en vastgesteld:"),
            ("table", [["Stap", "Datum"]] + rows),
            ("p", "Het plan wordt na vaststelling vóór 1 mei toegezonden aan de inspectie van het onderwijs en gepubliceerd "
                  "op de website van het samenwerkingsverband.")]


def f_totstandkoming(c):
    return [("h1", "Hoe dit plan tot stand kwam"),
            ("p", "Het schrijven van dit plan begon met een startbijeenkomst in het voorjaar van {vorig_jaar}, waarvoor alle "
                  "directeuren, intern begeleiders en bestuurders waren uitgenodigd. Daarna is een schrijfgroep gevormd met "
                  "twee bestuurders, drie directeuren, twee intern begeleiders, een lid van de OPR en de beleidsmedewerker "
                  "van het samenwerkingsverband. De schrijfgroep kwam tien keer bijeen.".format(
                      vorig_jaar=int(c["start"]) - 1)),
            ("p", "Tussentijds zijn de hoofdlijnen getoetst in drie regionale bijeenkomsten, bij de gemeenten en bij het "
                  "aangrenzende samenwerkingsverband. Veel reacties gingen over de administratieve last van aanvragen en over "
                  "de wens om sneller te kunnen handelen. Ook de opmerkingen van de inspectie uit het laatste "
                  "toezichtsbezoek zijn in de schrijfgroep besproken. Niet alle wensen konden worden gehonoreerd: sommige "
                  "vragen liggen bij de gemeenten of de besturen zelf en niet bij het samenwerkingsverband."),
            ("p", "Het eerste concept is voorgelegd aan de algemene vergadering en de raad van toezicht. Na verwerking van "
                  "hun reacties is het concept aangeboden aan de OPR en besproken in het op overeenstemming gericht overleg "
                  "met de gemeenten. Het plan is daarna door het bestuur vastgesteld.")]


def f_lerarentekort(c):
    return [("h1", "Passend onderwijs en het lerarentekort"),
            ("p", "Het tekort aan leraren raakt passend onderwijs direct. Op sommige scholen staan groepen zonder vaste "
                  "leerkracht, en intern begeleiders worden regelmatig ingezet voor de klas. Dat gaat ten koste van de tijd "
                  "voor leerlingbesprekingen, overleg met ouders en de begeleiding van collega's. De besturen hebben met "
                  "elkaar afgesproken om bij tekorten de ondersteuningsfunctie zoveel mogelijk te ontzien."),
            ("p", "Het samenwerkingsverband kan het lerarentekort niet oplossen, maar kan wel helpen. Wij delen "
                  "expertise tussen scholen, ondersteunen zij-instromers met een korte cursus over de ondersteuningsstructuur "
                  "en zetten onze onderwijsadviseurs flexibel in. Ook kijken wij samen met de pabo en de lerarenopleidingen "
                  "hoe aankomende leraren beter worden voorbereid op verschillen in de klas. In het jaarplan leggen wij vast "
                  "welke activiteiten wij hiervoor uitvoeren.")]


def f_kennisdeling(c):
    return [("h1", "Kennisdeling en expertisenetwerk"),
            ("p", "In de scholen is veel kennis aanwezig die niet altijd wordt gedeeld. Het samenwerkingsverband "
                  "organiseert daarom een expertisenetwerk: een overzicht van leraren en intern begeleiders met een "
                  "specialisatie, zoals gedrag, taal-spraak, jonge kind of rekenen, die collega's op andere scholen kunnen "
                  "adviseren. Scholen kunnen via het secretariaat een collega-expert uitnodigen voor een consultatie."),
            ("p", "Daarnaast vinden vier keer per jaar netwerkbijeenkomsten plaats voor intern begeleiders, die zij zelf "
                  "mede voorbereiden. Thema's zijn bijvoorbeeld het werken met het groeidocument, het gesprek met ouders over "
                  "zorgen, en het gebruik van nieuwe signaleringsinstrumenten. Het scholingsaanbod wordt jaarlijks "
                  "geëvalueerd met de deelnemers.")]


def f_vervoer(c):
    return [("h1", "Leerlingenvervoer en huisvesting"),
            ("p", "Leerlingenvervoer en onderwijshuisvesting zijn taken van de gemeenten. Toch hebben zij grote gevolgen "
                  "voor passend onderwijs: een leerling die aangewezen is op een school buiten de eigen woonplaats, is vaak "
                  "afhankelijk van aangepast vervoer. Lange reistijden zijn voor jonge kinderen belastend. Wij vragen de "
                  "gemeenten om bij de aanbesteding van het vervoer rekening te houden met de reistijd en met vaste "
                  "chauffeurs."),
            ("p", "Voor huisvesting geldt dat de gemeenten eigenaar zijn van de middelen. Bij nieuwbouw en renovatie pleiten "
                  "wij voor voldoende ruimte voor kleine groepen, prikkelarme werkplekken en een ruimte voor een "
                  "ondersteuningsteam. In het integraal huisvestingsplan van de gemeenten is hier inmiddels aandacht voor.")]


def f_inspectie(c):
    return [("h1", "Toezicht door de inspectie"),
            ("p", "De inspectie van het onderwijs bezoekt het samenwerkingsverband ten minste eens in de vier jaar. Bij het "
                  "laatste bezoek beoordeelde de inspectie het bestuur als voldoende. De inspectie sprak daarbij ook met de "
                  "OPR, met directeuren en met vertegenwoordigers van de gemeenten. Aandachtspunten waren de snelheid van "
                  "besluitvorming, de samenhang tussen de verschillende beleidsdocumenten en de rol van de raad van toezicht."),
            ("p", "Het bestuur heeft naar aanleiding van het bezoek een verbeterplan opgesteld, dat inmiddels grotendeels is "
                  "uitgevoerd. Zo zijn de beleidsdocumenten gebundeld op de website en heeft de raad van toezicht een eigen "
                  "toezichtkader vastgesteld. Dit plan wordt vóór 1 mei ingediend via het Internet Schooldossier.")]


def f_krimp(c):
    return [("h1", "Krimp en kleine scholen"),
            ("p", "In een groot deel van onze regio daalt het aantal kinderen. Kleine scholen in de dorpen hebben het "
                  "moeilijk: er zijn minder leraren, combinatiegroepen worden groter en de intern begeleider heeft vaak maar "
                  "een paar uur per week. Tegelijk zijn deze scholen voor de dorpen van grote betekenis."),
            ("p", "Besturen zoeken naar oplossingen, zoals samenwerking tussen scholen van verschillende besturen, het "
                  "delen van een intern begeleider of het vormen van een samenwerkingsschool. Het samenwerkingsverband "
                  "denkt mee en brengt besturen met elkaar in contact, maar het besluit over het voortbestaan van een school "
                  "ligt bij het bestuur en de gemeente.")]


def f_arbeidsmarkt(c):
    return [("h1", "Aansluiting op vervolgonderwijs en arbeid"),
            ("p", "Veel leerlingen uit onze regio stromen door naar het mbo in Hoogeveld of naar werk in de regio. Het "
                  "samenwerkingsverband neemt deel aan het regionale overleg met het mbo, de gemeenten en het UWV over de "
                  "aansluiting op vervolgonderwijs en werk. Daarbij gaat het onder meer om de overdracht van gegevens, de "
                  "loopbaanbegeleiding in het vmbo en de samenwerking met leerbedrijven."),
            ("p", "Het praktijkonderwijs en het vso werken daarnaast samen met werkgevers in de regio aan stageplaatsen en "
                  "arbeidstoeleiding. Deze samenwerking is goed ontwikkeld en wordt gecoördineerd door de scholen zelf; het "
                  "samenwerkingsverband faciliteert waar dat nodig is.")]


def f_overstap(c):
    return [("h1", "Overstap naar het voortgezet onderwijs"),
            ("p", "Voor leerlingen met een ondersteuningsbehoefte is de overstap van de basisschool naar het voortgezet "
                  "onderwijs een kwetsbaar moment. Met het samenwerkingsverband VO zijn afspraken gemaakt over een warme "
                  "overdracht: de basisschool, de ouders en de ontvangende school bespreken vóór 1 april welke ondersteuning "
                  "de leerling in het voortgezet onderwijs nodig heeft, en leerlingen met een arrangement krijgen in de "
                  "brugklas een vaste mentor en een startgesprek in de eerste schoolweek.")]


def f_begrippen(entries, title="Bijlage: begrippenlijst"):
    b = [("h1", title)]
    for term, expl in entries:
        b.append(("p", "%s: %s" % (term, expl)))
    return b


GLOSSARY_COMMON = [
    ("Arrangement", "een afgesproken pakket van extra ondersteuning voor een leerling of groep, met een duur en een budget."),
    ("Basisondersteuning", "het afgesproken niveau van ondersteuning dat alle scholen binnen het samenwerkingsverband bieden."),
    ("Dekkend aanbod", "het geheel van voorzieningen waardoor voor iedere leerling een passende plek beschikbaar is."),
    ("Ondersteuningsmiddelen", "de middelen die het samenwerkingsverband van het Rijk ontvangt voor lichte en zware ondersteuning."),
    ("Ouder- en jeugdsteunpunt", "onafhankelijk steunpunt waar ouders en jeugdigen terecht kunnen met vragen over passend onderwijs."),
    ("Terugplaatsing", "de overstap van een leerling uit het speciaal (basis)onderwijs naar een reguliere school."),
    ("Toelaatbaarheidsverklaring (TLV)", "besluit van het samenwerkingsverband dat een leerling toelaatbaar is tot het sbo of so."),
    ("Resultaten", "de beoogde en bereikte uitkomsten van het beleid van het samenwerkingsverband."),
    ("Zorgplicht", "de plicht van het schoolbestuur om voor een aangemelde leerling met extra ondersteuningsbehoefte een passende plek te vinden."),
]

ABBREV_PO = ["AB - ambulante begeleiding", "FG - functionaris gegevensbescherming", "IB - intern begeleider",
             "MDO - multidisciplinair overleg", "OOGO - op overeenstemming gericht overleg",
             "OJSP - ouder- en jeugdsteunpunt", "OPP - ontwikkelingsperspectiefplan",
             "OPR - ondersteuningsplanraad", "sbo - speciaal basisonderwijs", "so - speciaal onderwijs",
             "SOP - schoolondersteuningsprofiel", "TLV - toelaatbaarheidsverklaring"]


# =============================================================================================
# PLAN 1  po-swv-lingestroom.docx  (PO, long, good quality; resultaten monitoring deferred)
# =============================================================================================
C1 = dict(naam="Samenwerkingsverband Passend Primair Onderwijs Lingestroom", kort="SWV Lingestroom",
          periode="2026-2030", start="2026", eind="2030", bestuurder="drs. M. (Marieke) van Houten",
          gemeenten="Bredemeer, Vlietdorp, Oudeland en Zandhoven", inwoners="142.000", n_besturen="11",
          n_scholen="68", soorten="61 basisscholen, 3 scholen voor speciaal basisonderwijs en 4 so-locaties (cluster 3 en 4)",
          n_lln="13.870", hoofdplaats="Bredemeer", opr_leden="12", opr_datum="28 januari 2026",
          opr_instemming="11 maart 2026", oogo_datum="4 februari 2026")


def plan1():
    c = C1
    b = [("title", "Ondersteuningsplan 2026-2030"),
         ("p", "Samenwerkingsverband Passend Primair Onderwijs Lingestroom (PO 26-14)"),
         ("p", "Vastgesteld door het bestuur op 18 maart 2026, na instemming van de ondersteuningsplanraad"),
         ("toc", ["Voorwoord", "Inleiding en leeswijzer", "1 Onze regio in beeld", "2 Visie en missie",
                  "3 Wat elke school biedt: basisondersteuning", "4 Extra ondersteuning en arrangementen",
                  "5 Toelaatbaarheid tot sbo en so (incl. terugplaatsing)", "6 Iedereen een plek",
                  "7 Op overeenstemming gericht overleg met de gemeenten", "8 Ambities 2026-2030 en resultaten",
                  "9 Communicatie", "10 Organisatie en governance", "11 Medezeggenschap",
                  "12 Personeel en professionalisering", "13 ICT, gegevens en privacy", "14 Geld en middelen",
                  "15 Planning", "Bijlage A Begrippenlijst", "Bijlage B Afkortingen"])]
    b += f_voorwoord(c, 1) + f_inleiding(c) + f_context(c) + f_visie(c)
    b += [("h1", "3 Wat elke school biedt: basisondersteuning"),
          ("p", "Basisondersteuning is de ondersteuning die iedere school binnen het samenwerkingsverband biedt aan alle "
                "leerlingen, zonder aparte aanvraag en zonder toekenning door het samenwerkingsverband. De besturen hebben "
                "in 2025 samen een nieuw niveau van basisondersteuning afgesproken. Dit niveau geldt voor alle 68 "
                "vestigingen, dus ook voor de sbo-scholen en de so-locaties. Geen enkele school mag onder dit niveau "
                "zitten; scholen mogen er wel boven zitten en beschrijven dat dan in hun schoolondersteuningsprofiel."),
          ("p", "Het afgesproken niveau is uitgewerkt in acht standaarden. Ouders mogen erop rekenen dat zij deze "
                "ondersteuning op iedere school in onze regio aantreffen:"),
          ("table", [["Standaard", "Wat u op elke school aantreft"],
                     ["1 Ondersteuningsstructuur", "Een intern begeleider met minimaal 0,4 fte per 200 leerlingen; een "
                      "ondersteuningsteam dat minstens vier keer per jaar bijeenkomt met de schoolcontactpersoon van het SWV."],
                     ["2 Handelingsgericht werken", "Groepsoverzichten en groepsplannen of een gelijkwaardige werkwijze; "
                      "twee keer per jaar een groepsbespreking en een leerlingbespreking."],
                     ["3 Lezen en dyslexie", "Het Protocol Leesproblemen en Dyslexie wordt gevolgd; leerlingen met "
                      "ernstige enkelvoudige dyslexie worden tijdig gesignaleerd en doorverwezen; voorleessoftware is beschikbaar."],
                     ["4 Rekenen en dyscalculie", "Signalering en begeleiding volgens het Protocol ERWD; extra "
                      "instructie in een kleine groep."],
                     ["5 Gedrag en sociale veiligheid", "Een schoolbrede aanpak voor gedrag (zoals PBS of Kanjertraining), "
                      "een gedragsspecialist of een collega met die expertise, en een veiligheidsplan met anti-pestprotocol."],
                     ["6 Meer- en hoogbegaafdheid", "Signalering met een vast instrument, compacten en verrijken van de lesstof "
                      "in de groep."],
                     ["7 Taal en NT2", "Extra taalaanbod voor leerlingen met een taalachterstand of een andere thuistaal."],
                     ["8 Medische handelingen en fysieke toegankelijkheid", "Een protocol medisch handelen; aanpassingen "
                      "voor leerlingen met een lichte fysieke beperking in overleg met de gemeente."]]),
          ("p", "Het samenwerkingsverband gaat na of scholen deze standaarden waarmaken. Iedere school bespreekt jaarlijks "
                "met de schoolcontactpersoon de kwaliteitskaart basisondersteuning. Eens in de twee jaar voert een "
                "auditteam van collega-IB'ers een audit uit. Blijkt een school onder het afgesproken niveau te zitten, dan "
                "maakt het bestuur binnen drie maanden een verbeterplan, dat het samenwerkingsverband volgt."),
          ("h1", "4 Extra ondersteuning en arrangementen"),
          ("p", "Soms heeft een leerling meer nodig dan de basisondersteuning. Ons ondersteuningsaanbod kent daarom vijf "
                "niveaus, die in samenhang op elkaar aansluiten. Niveau 1 en 2 zijn de basisondersteuning in de groep en in "
                "de school. Op niveau 3 vraagt de school advies aan de schoolcontactpersoon van het samenwerkingsverband; "
                "op niveau 4 wordt een arrangement toegekend; niveau 5 is plaatsing in het sbo of so."),
          ("p", "Arrangementen kunnen individueel zijn of voor een groep. Voorbeelden zijn een arrangement gedrag met "
                "inzet van een ambulant begeleider, een arrangement jonge risicokinderen, het taalarrangement voor "
                "nieuwkomers en een arrangement voor leerlingen met een medische of lichamelijke beperking. Daarnaast kent "
                "het samenwerkingsverband drie bovenschoolse voorzieningen: de plusklas voor hoogbegaafde leerlingen in "
                "Vlietdorp, de nieuwkomersvoorziening De Brug in Bredemeer en de observatiegroep Het Kompas, waar leerlingen "
                "maximaal twaalf weken worden geobserveerd. Verder werken we met twee onderwijs-zorgarrangementen samen met "
                "jeugdhulpaanbieder De Linde voor leerlingen die zowel onderwijs als zorg nodig hebben."),
          ("p", "Het speciaal basisonderwijs (drie scholen) en het speciaal onderwijs (vier locaties, cluster 3 en 4) "
                "vormen het sluitstuk van het aanbod. De sbo-scholen bieden daarnaast consultatie aan basisscholen en "
                "verzorgen samen met het samenwerkingsverband de ambulante begeleiding.")]
    b += [("h1", "5 Toelaatbaarheid tot sbo en so"),
          ("h2", "5.1 Aanvraag"),
          ("p", "Een toelaatbaarheidsverklaring (TLV) wordt aangevraagd door het schoolbestuur van de school waar de "
                "leerling staat ingeschreven of is aangemeld. De intern begeleider stelt het aanvraagdossier samen in de "
                "digitale omgeving. Het dossier bevat het groeidocument met het ontwikkelingsperspectief, een overzicht van "
                "de ondersteuning die de school al heeft geboden en de effecten daarvan, en de zienswijze van de ouders. "
                "Voorafgaand aan de aanvraag vindt een multidisciplinair overleg (MDO) plaats met ouders, school en de "
                "schoolcontactpersoon."),
          ("h2", "5.2 Beoordeling en besluit"),
          ("p", "De Commissie Toelaatbaarheid van het samenwerkingsverband beoordeelt de aanvraag. Twee deskundigen geven "
                "elk een eigen schriftelijk advies: een orthopedagoog of psycholoog en, afhankelijk van de leerling, een "
                "tweede deskundige, zoals een maatschappelijk werker, een kinderpsychiater of een arts. De deskundigen zijn "
                "niet betrokken geweest bij het opstellen van de aanvraag. De directeur-bestuurder neemt namens het bestuur "
                "het besluit binnen zes weken na ontvangst van een volledig dossier. Ouders ontvangen een afschrift van de "
                "adviezen."),
          ("h2", "5.3 Wanneer is een leerling toelaatbaar?"),
          ("p", "Een leerling is toelaatbaar tot het speciaal basisonderwijs wanneer aan alle volgende voorwaarden wordt "
                "voldaan: de basisondersteuning en ten minste één arrangement zijn aantoonbaar ingezet en geëvalueerd; de "
                "ondersteuningsbehoefte van de leerling overstijgt blijvend wat de basisschool met een arrangement kan "
                "bieden; en de leerling heeft behoefte aan een kleinere groep met een doorlopende specialistische aanpak. "
                "Voor het speciaal onderwijs geldt daarnaast dat de leerling een ondersteuningsbehoefte heeft op meerdere "
                "domeinen (leren, gedrag, communicatie, medisch of lichamelijk) die structurele inzet van specialistische "
                "expertise en in de regel zorg in onderwijstijd vraagt."),
          ("h2", "5.4 Duur, categorie en bezwaar"),
          ("p", "Een TLV voor het sbo wordt afgegeven tot het einde van de basisschoolperiode, met een verplichte evaluatie "
                "na twee jaar. Een TLV voor het so wordt in de regel afgegeven voor twee schooljaren en loopt af op 31 juli. "
                "Bij een TLV voor het so bepaalt de commissie de bekostigingscategorie laag, midden of hoog. Ouders en "
                "school die het niet eens zijn met het besluit, kunnen binnen zes weken bezwaar maken. Het "
                "samenwerkingsverband is aangesloten bij de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen, "
                "die het bestuur adviseert over het bezwaar."),
          ("h2", "5.5 Na de TLV: de weg terug naar de basisschool"),
          ("p", "Wij vinden dat plaatsing in het sbo of so geen eindstation hoeft te zijn. Ons uitgangspunt is dat een "
                "leerling terugkeert naar een reguliere basisschool, bij voorkeur in de eigen wijk, zodra de "
                "ondersteuningsbehoefte dat toelaat en de ontvangende school met hulp van het samenwerkingsverband de "
                "benodigde ondersteuning kan bieden. Terugkeer gebeurt bij voorkeur aan het begin van een schooljaar of na "
                "een vakantie."),
          ("p", "De werkwijze is als volgt. Bij de jaarlijkse evaluatie van het ontwikkelingsperspectief bespreekt de sbo- "
                "of so-school met ouders of terugkeer mogelijk is. Uiterlijk in januari van het laatste TLV-jaar vindt een "
                "overleg plaats tussen ouders, de s(b)o-school en de schoolcontactpersoon. Als terugkeer haalbaar lijkt, "
                "zoekt de s(b)o-school samen met ouders een ontvangende school; dat bestuur heeft vanaf dat moment "
                "zorgplicht. De Commissie Toelaatbaarheid besluit vóór 1 april of terugplaatsing plaatsvindt of dat een "
                "nieuwe TLV nodig is. Na de overstap ontvangt de basisschool een terugplaatsingsarrangement van het "
                "samenwerkingsverband: een jaar lang ambulante begeleiding vanuit de sbo- of so-school en een budget van "
                "€ 3.500 voor extra inzet in de groep. Na zes maanden en na een jaar wordt het arrangement geëvalueerd.")]
    b += [("h1", "6 Iedereen een plek"),
          ("p", "Ons aanbod is pas dekkend als er voor ieder kind een passende plek is. Toch zijn er kinderen die "
                "(tijdelijk) niet naar school gaan of die wachten op een plek. Jaarlijks maken wij met leerplicht een "
                "overzicht van alle thuiszitters, leerlingen met een vrijstelling en leerlingen op een wachtlijst. Deze "
                "leerlingen worden besproken aan de thuiszitterstafel, die elke zes weken bijeenkomt met leerplicht, "
                "gemeente, jeugdhulp en het samenwerkingsverband."),
          ("p", "Binnen tien schooldagen na een melding van dreigend thuiszitten wijst het samenwerkingsverband een "
                "trajectbegeleider toe. Komen school, ouders en hulpverlening er niet uit, dan gebruikt de "
                "directeur-bestuurder de afgesproken doorzettingsmacht: zij kan een school of voorziening vragen een "
                "leerling tijdelijk op te nemen, waarbij het samenwerkingsverband de kosten draagt."),
          ("p", "Uit de analyse van 2025 blijkt dat er twee tekorten zijn: er is te weinig plaats voor jonge kinderen met "
                "een ernstige taal-spraakstoornis en er zijn wachtlijsten voor so-cluster 4 in Oudeland. In 2026 openen "
                "wij daarom samen met twee besturen een taal-spraakgroep bij basisschool De Wilg en maken wij afspraken met "
                "een so-school buiten de regio over twaalf extra plaatsen. Wij evalueren beide maatregelen in 2027.")]
    b += f_oogo(c, rich=True)
    b += [("h1", "8 Ambities 2026-2030 en resultaten"),
          ("p", "Voor deze planperiode hebben wij vijf ambities vastgesteld. Bij elke ambitie hoort een beoogd resultaat "
                "dat wij aan het einde van de planperiode willen bereiken:"),
          ("bullets", ["In 2030 gaat ten minste 97,5 procent van de leerlingen in onze regio naar een reguliere "
                       "basisschool; in 2024 was dat 96,8 procent.",
                       "Het aantal leerlingen dat langer dan vier weken thuis zit zonder passend aanbod daalt van 14 "
                       "(peildatum 1 oktober 2024) naar ten hoogste 5.",
                       "Ieder jaar keren ten minste tien leerlingen vanuit het sbo of so terug naar een reguliere school.",
                       "Alle 68 vestigingen voldoen in 2028 aan de acht standaarden van de basisondersteuning.",
                       "Ten minste 80 procent van de ouders van een leerling met een arrangement is tevreden over de "
                       "ondersteuning."]),
          ("p", "Hoe wij de voortgang op deze ambities gaan volgen, welke bronnen wij daarvoor gebruiken en hoe wij "
                "erover rapporteren, werken wij uit in een monitorplan. De werkgroep kwaliteit legt dat plan in de loop "
                "van het eerste planjaar voor aan het bestuur en de OPR.")]
    b += [("h1", "9 Communicatie"),
          ("p", "Goede communicatie is voorwaarde voor vertrouwen. Het samenwerkingsverband communiceert met besturen, "
                "scholen, ouders en partners. Voor besturen en directeuren verschijnt zes keer per jaar een nieuwsbrief."),
          ("p", "Ouders informeren wij op verschillende manieren over de ondersteuning in de regio. Op de ouderpagina van "
                "onze website staat per school het schoolondersteuningsprofiel en een overzicht van de arrangementen en "
                "voorzieningen. Iedere school neemt in de schoolgids een paragraaf op over de basisondersteuning en verwijst "
                "naar het samenwerkingsverband. Twee keer per jaar organiseren wij een ouderavond over passend onderwijs, "
                "en de ouderfolder 'Passend onderwijs in Lingestroom' is er in het Nederlands, Engels, Arabisch en Pools."),
          ("p", "Soms lopen gesprekken vast. Ouders kunnen dan terecht bij het Ouder- en Jeugdsteunpunt Lingestroom. Het "
                "steunpunt werkt onafhankelijk van scholen en samenwerkingsverband; het is ondergebracht bij de stichting "
                "MEE en bereikbaar via een eigen telefoonnummer en e-mailadres. Daarnaast wijzen wij ouders op de "
                "Onderwijsconsulenten en op de Geschillencommissie passend onderwijs. Ouders zijn vertegenwoordigd in de "
                "OPR en worden als partner betrokken bij het opstellen van het OPP van hun kind.")]
    b += f_governance(c) + f_opr(c) + f_personeel(c) + f_ict_privacy(c)
    b += [("h1", "14 Geld en middelen"),
          ("p", "Het samenwerkingsverband ontvangt van het Rijk middelen voor lichte en zware ondersteuning. Via DUO wordt "
                "een deel daarvan direct ingehouden voor de bekostiging van leerlingen in het so en, boven de 2 procent, "
                "het sbo. Wat overblijft, verdelen wij volgens het verdeelmodel dat de algemene vergadering in 2025 heeft "
                "vastgesteld."),
          ("p", "Het verdeelmodel werkt als volgt. Ieder schoolbestuur ontvangt een schoolbudget van € 165 per leerling "
                "(teldatum 1 oktober van het voorgaande jaar) en een vaste voet van € 4.000 per vestiging. Besturen zetten "
                "dit budget in voor de basisondersteuning en lichte arrangementen. Het samenwerkingsverband houdt centraal "
                "middelen aan voor de individuele en groepsarrangementen (toegekend door de Commissie Toelaatbaarheid en "
                "Arrangementen, op basis van een aanvraag met OPP), de bovenschoolse voorzieningen en de "
                "terugplaatsingsarrangementen. Besturen leggen jaarlijks vóór 1 mei verantwoording af over de inzet van "
                "het schoolbudget met een vast format."),
          ("table", [["Meerjarenbegroting (x € 1.000)", "2026", "2027", "2028", "2029"],
                     ["Rijksbijdrage ondersteuning", "9.840", "9.750", "9.660", "9.590"],
                     ["Afdracht DUO so/sbo", "-5.120", "-5.090", "-5.060", "-5.030"],
                     ["Schoolbudgetten besturen", "2.560", "2.530", "2.510", "2.490"],
                     ["Arrangementen", "980", "960", "940", "930"],
                     ["Bovenschoolse voorzieningen", "620", "620", "620", "620"],
                     ["Thuiszitters en trajectbegeleiding", "180", "180", "180", "180"],
                     ["Personeel en bureau SWV", "610", "615", "620", "625"],
                     ["Resultaat", "-230", "-245", "-270", "-285"]]),
          ("p", "De negatieve resultaten zijn bewust begroot: zo bouwen wij de reserve af naar het niveau van de "
                "signaleringswaarde. Het weerstandsvermogen daalt van 11 procent eind 2025 naar 5 procent eind 2029.")]
    b += f_planning(c, [["Themasessies OPR en scholen", "september - december 2025"],
                        ["Conceptplan naar OPR", c["opr_datum"]], ["OOGO gemeenten", c["oogo_datum"]],
                        ["Instemming OPR", c["opr_instemming"]], ["Vaststelling bestuur", "18 maart 2026"]])
    b += f_begrippen(GLOSSARY_COMMON, "Bijlage A Begrippenlijst")
    b += [("h1", "Bijlage B Afkortingen"), ("bullets", ABBREV_PO)]
    return b


def label1(name):
    crit = {k: True for k in CORE}
    crit["resultaten.monitoring"] = False
    adv = {"basisondersteuning": ["borging"], "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
           "financien": ["reserves", "verantwoording"], "dekkend-aanbod": ["ketenpartners"],
           "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]}
    notes = {
        "basisondersteuning": "Ch. 3: SWV-wide level for all 68 vestigingen plus table of 8 standards; audit/kwaliteitskaart = borging.",
        "plaatsing": "Ch. 5.1-5.4: aanvraag by bestuur, Commissie Toelaatbaarheid, 6 weeks, criteria sbo/so, two deskundigen, duur, categorie, LBT.",
        "terugstroom": "Only inside TLV chapter, 5.5 'de weg terug': policy (thuisnabij, conditions, arrangement) and steps (OPP evaluation, January overleg, decision before 1 April).",
        "financien": "Ch. 14 'Geld en middelen': verdeelmodel (EUR 165 per leerling + vaste voet) and meerjarenbegroting table 2026-2029; reserves afbouw.",
        "dekkend-aanbod": "Ch. 4 five-level continuum with arrangementen/voorzieningen; ch. 6 'Iedereen een plek' thuiszitterstafel, gap analysis and actions.",
        "resultaten": "Ch. 8 lists measurable beoogde resultaten (with 2024 baselines), but how they are measured/monitored/reported is deferred to a monitorplan still to be written; inleiding's generic jaarverslag-cycle sentence is passing.",
        "ouders": "Only under ch. 9 'Communicatie': ouderpagina, schoolgids, ouderavond, folder; independent OJSP (MEE), Onderwijsconsulenten.",
    }
    return crit, adv, notes


# =============================================================================================
# PLAN 2  po-swv-kempenrand.docx  (PO, "op hoofdlijnen"; terugstroom missing)
# =============================================================================================
C2 = dict(naam="Samenwerkingsverband PO Kempenrand", kort="SWV Kempenrand", periode="2025-2029", start="2025",
          eind="2029", bestuurder="J.A.M. (Hans) Verhoeven", gemeenten="Heikant, Loonsveld, Berkdonk en Eersel-Oost",
          inwoners="96.000", n_besturen="7", n_scholen="44",
          soorten="40 basisscholen, 2 scholen voor speciaal basisonderwijs en 2 so-scholen", n_lln="8.950",
          hoofdplaats="Loonsveld", opr_leden="8", opr_datum="5 februari 2025", opr_instemming="26 maart 2025",
          oogo_datum="12 februari 2025")


def plan2():
    c = C2
    b = [("title", "Ondersteuningsplan 2025-2029 - op hoofdlijnen"),
         ("p", "Samenwerkingsverband PO Kempenrand (PO 30-07)"),
         ("toc", ["Voorwoord", "Inleiding en leeswijzer", "1 Terugblik 2021-2025", "2 Onze regio in beeld",
                  "3 Visie en missie", "4 Basisondersteuning", "5 Ondersteuningsroute en dekkend aanbod",
                  "6 Toelaatbaarheid sbo en so", "7 Doelen en kwaliteitszorg", "8 Ouders",
                  "9 Financiën", "10 Organisatie en governance", "11 Medezeggenschap", "12 OOGO",
                  "13 Personeel", "14 Privacy", "Bijlage 1 Begrippenlijst", "Bijlage 2 Afkortingen",
                  "Bijlage 3 Meerjarenbegroting 2025-2029", "Bijlage 4 Procedure terugplaatsing"])]
    b += f_voorwoord(c, 2) + f_inleiding(c)
    b += [("h1", "1 Terugblik 2021-2025"),
          ("p", "Het vorige ondersteuningsplan liep van 2021 tot 2025. Aan het eind van die periode hebben wij het plan "
                "geëvalueerd met een enquête onder alle scholen (respons 86 procent), gesprekken met de OPR en een analyse "
                "van onze kengetallen. De belangrijkste bereikte resultaten op een rij:"),
          ("table", [["Indicator", "Beoogd 2025", "Bereikt 2025"],
                     ["Deelnamepercentage sbo (1 oktober)", "max. 2,0%", "2,3%"],
                     ["Deelnamepercentage so (1 oktober)", "max. 1,4%", "1,3%"],
                     ["Thuiszitters langer dan 3 maanden", "0", "4"],
                     ["Scholen met actueel SOP", "100%", "95%"],
                     ["Tevredenheid scholen over loket", "7,5", "7,8"]]),
          ("p", "Het deelnamepercentage so is gedaald en ligt onder het landelijk gemiddelde; het percentage sbo is juist "
                "gestegen. De stijging zit vooral bij leerlingen in groep 3 en 4 met gedragsvragen. Dat is een signaal dat "
                "de ondersteuning in de onderbouw van de basisscholen versterkt moet worden. Ook het aantal thuiszitters "
                "bleef boven de doelstelling. Deze conclusies vormen de basis voor de doelen in hoofdstuk 7.")]
    b += f_context(c) + f_visie(c)
    b += [("h1", "4 Basisondersteuning"),
          ("p", "Alle scholen in Kempenrand bieden basisondersteuning op een gezamenlijk afgesproken niveau. Dit niveau is "
                "voor alle vestigingen gelijk, van de kleinste dorpsschool tot de sbo-scholen. Scholen die extra expertise in "
                "huis hebben, mogen meer bieden; minder is niet toegestaan."),
          ("p", "Welke voorzieningen daar precies onder vallen, beschrijft iedere school in haar schoolondersteuningsprofiel. "
                "De profielen van alle scholen zijn te vinden op www.swvkempenrand.nl/sop. De afspraken over de "
                "basisondersteuning worden in 2025-2026 herijkt wanneer de landelijke norm bekend is; tot die tijd blijven "
                "de bestaande afspraken uit 2019 van kracht.")]
    b += [("h1", "5 Ondersteuningsroute en dekkend aanbod"),
          ("p", "Wij werken met een ondersteuningsroute in drie stappen. Bij stap 1 signaleert de school de vraag en zet zij "
                "haar eigen basisondersteuning in. Bij stap 2 schuift de onderwijsadviseur van het "
                "samenwerkingsverband aan en kan een arrangement worden ingezet: een individueel arrangement (bijvoorbeeld "
                "extra begeleiding bij gedrag, een time-outplek of begeleiding door een ambulant begeleider), een "
                "groepsarrangement (zoals de schakelklas voor taal in Loonsveld en de plusklas voor hoogbegaafde leerlingen) "
                "of een onderwijs-zorgarrangement in samenwerking met de jeugdhulp. Bij stap 3 volgt plaatsing op een sbo- of "
                "so-school. De twee sbo-scholen bieden ook korte observatieplaatsingen van maximaal tien weken."),
          ("p", "Om te weten of ons aanbod dekkend is, houden wij een overzicht bij van leerlingen die thuiszitten, "
                "leerlingen met een vrijstelling en leerlingen die wachten op een plek. Elke maand bespreken leerplicht en "
                "het samenwerkingsverband deze lijst. Voor iedere thuiszitter is binnen twee weken een plan met een "
                "casusregisseur. Uit de analyse van 2024 bleek dat in het oostelijk deel van de regio een voorziening voor "
                "leerlingen met ernstige gedragsproblemen ontbreekt. Daarom start per 1 augustus 2026 een kleine "
                "gedragsgroep bij de sbo-school in Berkdonk, met 12 plaatsen."),
          ("p", "In de komende planperiode verkennen wij daarnaast hoe wij terugplaatsing vanuit sbo en so beter kunnen "
                "organiseren. Dit onderwerp staat op de agenda van de werkgroep sbo-so.")]
    b += [("h1", "6 Toelaatbaarheid sbo en so"),
          ("p", "Het schoolbestuur vraagt de toelaatbaarheidsverklaring aan bij het Loket van het samenwerkingsverband. "
                "Bij de aanvraag horen het ontwikkelingsperspectief, het verslag van het MDO met de onderwijsadviseur en de "
                "zienswijze van ouders. Het Loket controleert binnen vijf werkdagen of het dossier compleet is."),
          ("p", "Twee deskundigen beoordelen het dossier: een orthopedagoog of GZ-psycholoog van het samenwerkingsverband "
                "en een tweede deskundige die per leerling wordt gekozen. Zij adviseren elk afzonderlijk. De commissie weegt "
                "alle informatie zorgvuldig en komt tot een besluit dat past bij de ondersteuningsbehoefte van het kind. "
                "Het besluit wordt binnen zes weken genomen door de directeur-bestuurder. Een TLV geldt voor ten hoogste "
                "twee schooljaren."),
          ("p", "Ouders kunnen binnen zes weken bezwaar maken tegen het besluit. Het bezwaar wordt voorgelegd aan de "
                "Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen.")]
    b += [("h1", "7 Doelen en kwaliteitszorg"),
          ("p", "Op basis van de terugblik hebben wij voor 2025-2029 de volgende doelen vastgesteld:"),
          ("bullets", ["Het deelnamepercentage sbo daalt van 2,3 procent naar ten hoogste 2,0 procent in 2029.",
                       "Er zijn in 2029 geen leerlingen die langer dan drie maanden thuiszitten.",
                       "Ten minste 90 procent van de leerlingen met een arrangement haalt de doelen uit het OPP.",
                       "Alle scholen hebben in 2027 een gedragsspecialist of toegang tot die expertise."]),
          ("p", "Wij volgen deze doelen met een dashboard dat ieder kwartaal wordt bijgewerkt met gegevens van DUO, "
                "leerplicht en onze eigen registratie van arrangementen en TLV's. Twee keer per jaar bespreekt het bestuur "
                "de voortgang met de raad van toezicht en de OPR. Elk jaar evalueren wij de arrangementen: de school "
                "rapporteert per arrangement of de doelen uit het OPP zijn gehaald. De uitkomsten publiceren wij in het "
                "jaarverslag. Halverwege de planperiode, in 2027, laten wij een externe tussenevaluatie uitvoeren.")]
    b += [("h1", "8 Ouders"),
          ("p", "Ouders zijn de eerste partner van de school. Het samenwerkingsverband informeert ouders via de website, "
                "waar een aparte ouderpagina staat met uitleg over de ondersteuningsroute, de arrangementen en de "
                "toelaatbaarheidsverklaring. Iedere school verwijst in de schoolgids naar deze pagina en naar haar eigen "
                "SOP. In het najaar organiseren wij in iedere gemeente een informatieavond voor ouders."),
          ("p", "Ouders die vragen hebben, kunnen contact opnemen met het Loket van het samenwerkingsverband. Een "
                "ouder- en jeugdsteunpunt zullen wij inrichten zodra de nieuwe wetgeving daartoe verplicht; hoe dat eruit "
                "komt te zien, is nog onderwerp van gesprek met de besturen.")]
    b += [("h1", "9 Financiën"),
          ("p", "Na de inhoudingen door DUO voor so en sbo resteert een bedrag voor de ondersteuning in de regio. Het "
                "samenwerkingsverband werkt met een schoolmodel: het grootste deel van de middelen gaat naar de "
                "schoolbesturen. Ieder bestuur ontvangt € 185 per leerling op basis van de teldatum 1 oktober. Daarnaast "
                "houdt het samenwerkingsverband een arrangementenbudget aan, waaruit de onderwijsadviseurs arrangementen "
                "toekennen op basis van een aanvraag met OPP. Over de besteding van de middelen leggen de besturen jaarlijks "
                "verantwoording af in hun jaarverslag."),
          ("p", "De meerjarenbegroting 2025-2029 is opgenomen in bijlage 3. De begroting voor het lopende jaar wordt elk "
                "jaar in december door het bestuur vastgesteld na advies van de raad van toezicht.")]
    b += f_governance(c) + f_opr(c) + f_oogo(c, rich=True) + f_vervoer(c) + f_personeel(c) + f_lerarentekort(c)
    b += f_kennisdeling(c) + f_ict_privacy(c) + f_overstap(c) + f_totstandkoming(c)
    b += f_begrippen(GLOSSARY_COMMON, "Bijlage 1 Begrippenlijst")
    b += [("h1", "Bijlage 2 Afkortingen"), ("bullets", ABBREV_PO)]
    return b


def label2(name):
    crit = {k: True for k in CORE}
    for k in ["basisondersteuning.inhoud", "plaatsing.criteria", "terugstroom.procedure", "terugstroom.beleid",
              "financien.besteding", "ouders.steunpunt"]:
        crit[k] = False
    adv = {"plaatsing": ["deskundigen", "duur-categorie", "bezwaar"], "financien": ["verantwoording"],
           "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"]}
    notes = {
        "basisondersteuning": "Ch. 4 states the common level for all vestigingen, but the content is only referred to the SOPs on the website.",
        "plaatsing": "Ch. 6 gives procedure (Loket, dossier, two deskundigen, 6 weeks, bezwaar LBT) but no criteria ('weegt alle informatie zorgvuldig'); the TLV bezwaar route is counted here, not as ouders.steunpunt.",
        "terugstroom": "Only 'verkennen wij ... terugplaatsing' in ch. 5, glossary entry and TOC reference to absent Bijlage 4.",
        "financien": "Ch. 9 verdeling (schoolmodel, EUR 185 per leerling, arrangementenbudget); meerjarenbegroting only in absent bijlage 3.",
        "dekkend-aanbod": "Ch. 5 three-step route with arrangementen/voorzieningen; monthly thuiszitterslijst, gap found and new gedragsgroep.",
        "resultaten": "Terugblik table (beoogd/bereikt) and ch. 7 doelen plus dashboard, kwartaal, jaarverslag, tussenevaluatie.",
        "ouders": "Ch. 8 ouderpagina, schoolgids, informatieavond; no independent help (only the SWV's own Loket, OJSP deferred).",
    }
    return crit, adv, notes


# =============================================================================================
# PLAN 3  po-swv-duinzoom.pdf  (PO; financien and resultaten missing)
# =============================================================================================
C3 = dict(naam="Stichting Passend Onderwijs Duinzoom", kort="Duinzoom", periode="2026-2030", start="2026",
          eind="2030", bestuurder="R. (Rachid) el Amrani MSc", gemeenten="Strandwijk, Duinhoven en Zeeveld",
          inwoners="118.000", n_besturen="9", n_scholen="52",
          soorten="47 basisscholen, 2 sbo-scholen en 3 so-scholen (waarvan één voor zeer moeilijk lerende kinderen)",
          n_lln="11.240", hoofdplaats="Duinhoven", opr_leden="10", opr_datum="14 januari 2026",
          opr_instemming="25 februari 2026", oogo_datum="21 januari 2026")


def plan3():
    c = C3
    b = [("title", "Ondersteuningsplan Passend Onderwijs Duinzoom 2026-2030"),
         ("p", "Samen sterk voor ieder kind"),
         ("toc", ["Voorwoord", "Inleiding en leeswijzer", "1 Onze regio in beeld", "2 Visie en missie",
                  "3 Het ondersteuningsaanbod", "   3.1 Basisondersteuning", "   3.2 Extra ondersteuning",
                  "   3.3 Speciaal (basis)onderwijs", "4 Toelaatbaarheid", "5 Terugplaatsing en overplaatsing",
                  "6 Ouders en leerlingen", "7 Samenwerking met gemeenten", "8 Kwaliteit en resultaten",
                  "9 Financieel beleid", "10 Organisatie", "11 Medezeggenschap", "12 Personeel",
                  "13 ICT en privacy", "14 Planning", "Begrippenlijst",
                  "Bijlage 5 Stroomschema TLV (separaat)", "Bijlage 6 Financieel kader (separaat)"])]
    b += f_voorwoord(c, 1) + f_inleiding(c) + f_context(c) + f_visie(c)
    b += [("h1", "3 Het ondersteuningsaanbod"),
          ("p", "Het ondersteuningsaanbod in Duinzoom bestaat uit drie lagen die op elkaar aansluiten: de basisondersteuning "
                "die iedere school biedt, de extra ondersteuning die via het samenwerkingsverband beschikbaar is, en het "
                "speciaal basisonderwijs en speciaal onderwijs."),
          ("h2", "3.1 Basisondersteuning"),
          ("p", "De besturen in Duinzoom hebben met elkaar afgesproken wat iedere school, op iedere locatie, minimaal "
                "biedt. Dit noemen wij de basisondersteuning. Het is de ondergrens: geen school in Duinzoom biedt minder. "
                "De afspraken zijn samengevat in onderstaand overzicht."),
          ("table", [["Onderdeel", "Afspraak voor alle scholen"],
                     ["Deskundigheid", "Iedere school heeft een intern begeleider met een afgeronde opleiding en toegang "
                      "tot een orthopedagoog voor consultatie."],
                     ["Lezen en spelling", "Vroegsignalering vanaf groep 2 en begeleiding volgens het dyslexieprotocol."],
                     ["Sociaal-emotioneel", "Een methode voor sociaal-emotioneel leren en jaarlijkse monitoring van de "
                      "sociale veiligheid."],
                     ["Gedrag", "Een gedragsprotocol en de mogelijkheid van een rustplek in de school."],
                     ["Begaafdheid", "Een aanbod voor verrijking en verdieping voor leerlingen die meer aankunnen."],
                     ["Samenwerking", "Vaste contactpersoon bij het lokale jeugdteam en de jeugdverpleegkundige."],
                     ["Werkwijze", "Handelingsgericht werken, met leerlingbesprekingen en een groeidocument bij "
                      "iedere leerling die meer nodig heeft."]]),
          ("h2", "3.2 Extra ondersteuning"),
          ("p", "Wanneer de basisondersteuning niet voldoende is, kan de school een beroep doen op extra ondersteuning. "
                "De school bespreekt de leerling dan met de ondersteuner van het samenwerkingsverband. Mogelijke vormen "
                "zijn een arrangement op maat in de eigen school, begeleiding door een ambulant begeleider uit het sbo of "
                "so, of een plaats in een van de bovenschoolse voorzieningen: de Kangoeroeklas voor meerbegaafde "
                "leerlingen, de taalklas voor nieuwkomers in Strandwijk en de Zeester-groep, een tijdelijke groep voor "
                "kinderen met ernstige gedragsproblemen die na maximaal een jaar terugkeren naar hun eigen school."),
          ("h2", "3.3 Speciaal (basis)onderwijs"),
          ("p", "Twee sbo-scholen en drie so-scholen bieden onderwijs aan kinderen die meer nodig hebben dan een "
                "basisschool met extra ondersteuning kan bieden. De so-scholen hebben afdelingen voor zeer moeilijk lerende "
                "kinderen, voor langdurig zieke kinderen en voor kinderen met gedrags- of psychiatrische problematiek."),
          ("p", "Of dit aanbod voor alle kinderen in de regio volstaat en waar de witte vlekken zitten, laten wij in 2026 "
                "in kaart brengen. Over thuiszitters rapporteren wij in het jaarverslag; een regionale aanpak wordt in "
                "overleg met de gemeenten uitgewerkt.")]
    b += [("h1", "4 Toelaatbaarheid"),
          ("p", "Voor plaatsing op een sbo- of so-school is een toelaatbaarheidsverklaring van het samenwerkingsverband "
                "nodig. Voor de aanvraagprocedure, de deskundigenadvisering en de termijnen verwijzen wij naar het "
                "stroomschema TLV in bijlage 5."),
          ("p", "In Duinzoom gelden de volgende criteria. Een leerling is toelaatbaar tot het sbo wanneer:"),
          ("bullets", ["de school de basisondersteuning en extra ondersteuning minimaal een half jaar planmatig heeft "
                       "ingezet en dit aantoonbaar onvoldoende effect had;",
                       "de leerling op twee of meer gebieden (leren, gedrag, werkhouding, sociaal-emotioneel) een "
                       "achterstand of problematiek heeft die een kleine groep en specialistische begeleiding vraagt;",
                       "het ontwikkelingsperspectief laat zien dat de leerling in het regulier onderwijs vastloopt."]),
          ("p", "Een leerling is toelaatbaar tot het so wanneer daarnaast sprake is van een ernstige verstandelijke "
                "beperking (zeer moeilijk lerend, IQ rond of onder 55), een langdurige lichamelijke ziekte die "
                "onderwijs in een reguliere setting onmogelijk maakt, of ernstige psychiatrische of gedragsproblematiek "
                "waarbij structureel zorg in de onderwijstijd nodig is. De bekostigingscategorie (laag, midden of hoog) "
                "volgt uit de aard van de beperking: laag voor zeer moeilijk lerende kinderen en gedrag, midden voor "
                "langdurig zieke kinderen en hoog voor meervoudig beperkte kinderen.")]
    b += [("h1", "5 Terugplaatsing en overplaatsing"),
          ("p", "Duinzoom wil dat kinderen die in het sbo of so zitten, waar mogelijk terugkeren naar een reguliere school "
                "dicht bij huis. Voorwaarden zijn dat de leerling zich zodanig heeft ontwikkeld dat de ondersteuning binnen "
                "een basisschool met een arrangement kan worden geboden, dat ouders achter de overstap staan en dat er een "
                "school is die de leerling wil en kan ontvangen. Leerlingen die teruggaan, krijgen een "
                "terugplaatsingsarrangement: gedurende een jaar begeleiding door de sbo- of so-school die de leerling "
                "kent, betaald door het samenwerkingsverband. Ook overplaatsing tussen sbo en so is mogelijk als dat beter "
                "past."),
          ("p", "Een uitgewerkt stappenplan voor terugplaatsing, met de momenten waarop de mogelijkheid van terugkeer "
                "wordt besproken en wie besluit, stellen wij in het schooljaar 2026-2027 op samen met de sbo- en so-scholen.")]
    b += [("h1", "6 Ouders en leerlingen"),
          ("p", "Ouders kennen hun kind het best. Wij willen dat ouders weten welke ondersteuning er is en hoe zij die "
                "kunnen krijgen. Daarom publiceren wij op onze website de schoolondersteuningsprofielen van alle scholen, "
                "een overzicht van de arrangementen en voorzieningen en een uitleg van de route naar het speciaal onderwijs. "
                "Iedere nieuwe ouder ontvangt via de school de folder 'Wat als mijn kind meer nodig heeft?'. De intern "
                "begeleider is voor ouders het eerste aanspreekpunt."),
          ("p", "Ouders die onafhankelijk advies willen, kunnen terecht bij het Ouder- en Jeugdsteunpunt Kust, dat wij "
                "samen met het VO-samenwerkingsverband hebben ingericht bij stichting Zet. De medewerkers van het steunpunt "
                "zijn niet in dienst van een school of het samenwerkingsverband. Het steunpunt is bereikbaar op werkdagen "
                "van 9 tot 17 uur. Bij een conflict met de school kunnen ouders ook een beroep doen op de "
                "Onderwijsconsulenten of een klacht indienen bij de klachtencommissie van het schoolbestuur."),
          ("p", "Leerlingen worden gehoord over hun eigen ontwikkelingsperspectief. Dat hoorrecht is voor ons meer dan een "
                "wettelijke plicht: wij vragen scholen de stem van het kind zichtbaar te maken in het groeidocument.")]
    b += f_oogo(c, rich=True)
    b += [("h1", "8 Kwaliteit en resultaten"),
          ("p", "Het hoofdstuk over kwaliteitszorg en de beoogde resultaten voor deze planperiode wordt toegevoegd zodra "
                "de evaluatie van het vorige plan is afgerond. Die evaluatie wordt naar verwachting in december 2026 "
                "opgeleverd. Tot die tijd blijven de afspraken uit het vorige plan van toepassing."),
          ("h1", "9 Financieel beleid"),
          ("p", "De besturen werken op dit moment aan een nieuw financieel kader. Het verdeelmodel, de criteria voor "
                "toekenning van middelen en de meerjarenbegroting worden vastgelegd in het financieel kader (bijlage 6), "
                "dat na instemming van de OPR als addendum aan dit plan wordt toegevoegd. Het financieel kader zal "
                "uitgaan van de principes vertrouwen, eenvoud en transparantie.")]
    b += f_governance(c) + f_opr(c) + f_personeel(c) + f_lerarentekort(c) + f_kennisdeling(c) + f_vervoer(c)
    b += f_ict_privacy(c) + f_totstandkoming(c)
    b += f_planning(c, [["Conceptplan naar OPR", c["opr_datum"]], ["OOGO", c["oogo_datum"]],
                        ["Instemming OPR", c["opr_instemming"]], ["Vaststelling", "4 maart 2026"],
                        ["Financieel kader (addendum)", "p.m."]])
    b += f_begrippen(GLOSSARY_COMMON + [("Verdeelmodel", "de regels volgens welke het samenwerkingsverband de "
                                         "ondersteuningsmiddelen over de schoolbesturen verdeelt."),
                                        ("Meerjarenbegroting", "begroting voor vier jaar vooruit, met bedragen per jaar.")],
                     "Begrippenlijst")
    return b


def label3(name):
    crit = {k: True for k in CORE}
    for k in ["plaatsing.procedure", "terugstroom.procedure", "financien.verdeling", "financien.besteding",
              "dekkend-aanbod.lacunes", "resultaten.doelen", "resultaten.monitoring"]:
        crit[k] = False
    adv = {"plaatsing": ["duur-categorie"], "dekkend-aanbod": ["ketenpartners"], "ouders": ["betrokkenheid"]}
    notes = {
        "basisondersteuning": "3.1: agreed floor for every school/location with table of concrete provisions.",
        "plaatsing": "Ch. 4: sbo and so criteria and categorie laag/midden/hoog in body; procedure only in separate bijlage 5 (not part of the input).",
        "terugstroom": "Ch. 5: policy (thuisnabij, conditions, terugplaatsingsarrangement) present; stappenplan deferred to 2026-2027.",
        "financien": "Ch. 9 defers verdeelmodel and meerjarenbegroting to an addendum/bijlage 6; glossary defines the terms only.",
        "dekkend-aanbod": "Ch. 3 three-layer continuum with voorzieningen; gaps/thuiszitters deferred ('laten wij in 2026 in kaart brengen', 'wordt uitgewerkt'); verzuim only as an OOGO theme.",
        "resultaten": "Ch. 8 is a placeholder until the evaluation in December 2026; 'resultaten' elsewhere only in passing (inleiding cycle sentence, voorwoord).",
        "ouders": "Ch. 6: website, SOPs, folder; independent Ouder- en Jeugdsteunpunt Kust, Onderwijsconsulenten.",
    }
    return crit, adv, notes


# =============================================================================================
# PLAN 4  vo-swv-hoogeveld.pdf  (VO; basisondersteuning and ouders missing)
# =============================================================================================
C4 = dict(naam="Samenwerkingsverband VO Hoogeveld", kort="SWV VO Hoogeveld", periode="2026-2030", start="2026",
          eind="2030", bestuurder="ir. T. (Tom) Bakker", gemeenten="Hoogeveld, Marken-aan-de-Vaart en Westerbroek",
          inwoners="131.000", n_besturen="6", n_scholen="14", n_lln="9.420", hoofdplaats="Hoogeveld",
          opr_leden="8", opr_datum="10 februari 2026", opr_instemming="24 maart 2026", oogo_datum="3 maart 2026",
          cgb="de VO-sector", cao="voortgezet onderwijs")


def plan4():
    c = C4
    b = [("title", "Ondersteuningsplan 2026-2030"),
         ("p", "Samenwerkingsverband VO Hoogeveld (VO 28-05) - Koers op maat"),
         ("toc", ["Voorwoord", "Inleiding en leeswijzer", "1 De regio en het samenwerkingsverband", "2 Koers 2026-2030",
                  "3 Toelaatbaarheid vso, lwoo en pro", "4 Afloop van de TLV", "5 Geen leerling buiten beeld",
                  "6 Ambities en monitoring", "7 Financiën", "8 Communicatie", "9 Organisatie en governance",
                  "10 Medezeggenschap", "11 OOGO", "12 Personeel", "13 ICT en privacy", "14 Planning",
                  "Begrippen en afkortingen"])]
    b += f_voorwoord(c, 2) + f_inleiding(c)
    b += [("h1", "1 De regio en het samenwerkingsverband"),
          ("p", "Samenwerkingsverband VO Hoogeveld omvat de gemeenten Hoogeveld, Marken-aan-de-Vaart en Westerbroek. Zes "
                "schoolbesturen met samen veertien scholen zijn aangesloten: acht scholen voor vmbo, havo en vwo (waarvan "
                "vijf met leerwegondersteunend onderwijs), twee scholen voor praktijkonderwijs en vier vso-locaties. Op 1 "
                "oktober 2024 telden deze scholen 9.420 leerlingen. Het aantal leerlingen neemt de komende jaren licht af."),
          ("p", "De regio heeft een sterke maakindustrie en een groeiende zorgsector. Veel leerlingen stromen na het vmbo "
                "door naar het mbo in Hoogeveld. De samenwerking met het mbo en het primair onderwijs is goed ontwikkeld; "
                "afspraken over de overstap staan in het regionale overstapprotocol PO-VO."),
          ("h1", "2 Koers 2026-2030"),
          ("p", "In de afgelopen jaren hebben wij veel bereikt. Tegelijk zien wij dat de vraag naar ondersteuning toeneemt, "
                "vooral bij leerlingen met psychische klachten en leerlingen die vastlopen in de overgang naar de bovenbouw. "
                "Dit plan kiest daarom voor drie koerslijnen: (1) ondersteuning in de school waar het kan, (2) geen leerling "
                "buiten beeld, en (3) een sterk en betrouwbaar samenwerkingsverband."),
          ("p", "Bij de derde koerslijn hoort dat wij de organisatie van het samenwerkingsverband eenvoudiger maken. "
                "Overleggen worden samengevoegd, formulieren worden korter en besluiten worden sneller genomen. De "
                "besturen spreken elkaar aan op gemaakte afspraken en op hun gezamenlijke verantwoordelijkheid voor alle "
                "leerlingen in de regio. Het bureau van het samenwerkingsverband ontwikkelt zich van een uitvoerende "
                "organisatie naar een organisatie die verbindt, adviseert en regie voert. In 2027 evalueren wij met de "
                "besturen of deze koers werkt en of de taakverdeling tussen besturen en samenwerkingsverband nog klopt. "
                "De uitkomst daarvan bespreken wij ook met de gemeenten en met het samenwerkingsverband PO."),
          ("p", "Wat de scholen in de basisondersteuning bieden, leggen zij vast in hun schoolondersteuningsprofiel. Het "
                "volledige overzicht van het ondersteuningsaanbod in de regio, van ondersteuning in de school tot de "
                "bovenschoolse voorzieningen en het vso, staat in de Sociale Kaart Passend Onderwijs op onze website en "
                "wordt daar actueel gehouden.")]
    b += [("h1", "3 Toelaatbaarheid vso, lwoo en pro"),
          ("h2", "3.1 Toelaatbaarheidsverklaring vso"),
          ("p", "Het bevoegd gezag van de school waar de leerling is ingeschreven, of bij aanmelding vanuit het primair "
                "onderwijs de vso-school waar de leerling is aangemeld, vraagt de TLV aan bij de Commissie Toewijzing. Bij "
                "de aanvraag horen het OPP, een onderwijskundig rapport en een verslag van het ondersteuningsteam van de "
                "school. Een orthopedagoog of psycholoog en een tweede deskundige, afhankelijk van de problematiek een "
                "jeugdarts, maatschappelijk werker of kinder- en jeugdpsychiater, brengen ieder afzonderlijk schriftelijk "
                "advies uit. De Commissie Toewijzing besluit binnen zes weken na ontvangst van de volledige aanvraag."),
          ("p", "Een TLV vso wordt afgegeven als de leerling (a) een ondersteuningsbehoefte heeft die structureel de "
                "mogelijkheden van de reguliere vo-school overstijgt, ook met een arrangement, (b) de school de "
                "ondersteuning aantoonbaar minimaal een half jaar heeft ingezet en geëvalueerd, en (c) de leerling is "
                "aangewezen op een combinatie van kleine groepen, specialistische begeleiding en, waar nodig, zorg in "
                "onderwijstijd. De TLV geldt voor twee schooljaren; de commissie kent categorie laag, midden of hoog toe. "
                "Tegen een besluit kan binnen zes weken bezwaar worden gemaakt bij het bestuur, dat daarover advies vraagt "
                "aan de Landelijke Bezwaaradviescommissie."),
          ("h2", "3.2 Leerwegondersteunend onderwijs en praktijkonderwijs"),
          ("p", "Voor lwoo en pro hanteren wij de landelijke criteria; het samenwerkingsverband maakt geen gebruik van de "
                "mogelijkheid van eigen lwoo-criteria. De vo-school waar de leerling is aangemeld, dient de aanvraag in vóór "
                "1 mei, met de gegevens uit het onderwijskundig rapport van de basisschool en de uitslagen van de "
                "capaciteiten- en didactische toetsen. De Commissie Toewijzing beoordeelt of de leerling aan de criteria "
                "voldoet en besluit binnen vier weken. Een aanwijzing lwoo geldt voor de duur van de opleiding; een TLV pro "
                "geldt tot het einde van de opleiding. Twijfelgevallen worden besproken met een orthopedagoog van het "
                "samenwerkingsverband.")]
    b += [("h1", "4 Afloop van de TLV"),
          ("p", "Iedere vso-school evalueert jaarlijks het OPP van de leerling. Uiterlijk 1 februari van het laatste jaar "
                "van de TLV stelt de vso-school een evaluatie op met een advies: verlenging, overplaatsing naar een andere "
                "vso-school of terugplaatsing naar het regulier voortgezet onderwijs. Bij een advies tot terugplaatsing "
                "zoekt de vso-school een ontvangende school en vindt vóór 1 april een overdrachtsgesprek plaats tussen beide "
                "scholen en de consulent van het samenwerkingsverband. Adviseert de school verlenging, dan vraagt zij een "
                "nieuwe TLV aan; de Commissie Toewijzing besluit vóór 1 juni. Loopt de TLV af zonder nieuwe TLV, dan is de "
                "ontvangende school vanaf 1 augustus verantwoordelijk."),
          ("p", "Het beleidskader voor terugplaatsing, met onze uitgangspunten, de voorwaarden en de begeleiding na de "
                "overstap, wordt door de werkgroep vso-vo herijkt en in het schooljaar 2026-2027 aan het bestuur voorgelegd.")]
    b += [("h1", "5 Geen leerling buiten beeld"),
          ("p", "Iedere leerling hoort op school. Toch waren er op 1 oktober 2024 in onze regio 19 leerlingen die langer "
                "dan vier weken thuiszaten en 11 leerlingen met een vrijstelling van de leerplicht. Het samenwerkingsverband "
                "coördineert daarom samen met het Regionaal Bureau Leerplicht de aanpak thuiszitters."),
          ("p", "Iedere school meldt een leerling die dreigt thuis te komen zitten binnen vijf schooldagen bij de "
                "consulent van het samenwerkingsverband. Binnen twee weken is er een overleg met school, leerplicht en "
                "jeugdhulp, en een plan met een vaste regisseur. Lukt het niet om binnen drie maanden een passende plek te "
                "vinden, dan wordt de leerling besproken aan het escalatieoverleg, waar de directeur-bestuurder en de "
                "leerplichtambtenaar doorzettingsmacht hebben. Scholen houden wachtlijsten voor het vso bij en geven die "
                "maandelijks door; bij een wachttijd van meer dan zes weken zoeken wij samen met de besturen een "
                "tussenoplossing. Uit deze registratie bleek in 2025 dat er een tekort is aan plaatsen voor leerlingen met "
                "angst- en stemmingsproblematiek. Daarom start in 2026 een tussenvoorziening met 15 plaatsen.")]
    b += [("h1", "6 Ambities en monitoring"),
          ("p", "Voor de planperiode hebben wij de volgende beoogde resultaten geformuleerd:"),
          ("table", [["Ambitie", "Nulmeting 2024", "Streefwaarde 2030"],
                     ["Thuiszitters > 4 weken (1 oktober)", "19", "max. 8"],
                     ["Deelnamepercentage vso", "3,9%", "3,5%"],
                     ["Vrijstellingen 5a", "11", "max. 6"],
                     ["Leerlingen met arrangement dat doelen haalt", "71%", "85%"],
                     ["Wachttijd vso langer dan 6 weken", "14 leerlingen", "0 leerlingen"]]),
          ("p", "Het bureau rapporteert ieder kwartaal aan het bestuur over deze indicatoren. De cijfers komen uit DUO, "
                "de registratie van het Regionaal Bureau Leerplicht en de eigen registratie van de Commissie Toewijzing. "
                "Jaarlijks bespreken wij de resultaten met de schooldirecteuren en de OPR en publiceren wij ze in het "
                "jaarverslag; bij een afwijking van meer dan tien procent van de streefwaarde stellen wij de aanpak bij.")]
    b += [("h1", "7 Financiën"),
          ("p", "Het samenwerkingsverband ontvangt middelen voor lichte ondersteuning, zware ondersteuning, lwoo en pro. "
                "Het verdeelmodel wordt in 2026 herzien; tot die tijd blijft het Financieel Reglement 2021 van kracht. "
                "De meerjarenbegroting ziet er als volgt uit:"),
          ("table", [["Meerjarenbegroting (x € 1.000)", "2026", "2027", "2028", "2029"],
                     ["Baten lichte en zware ondersteuning", "8.460", "8.390", "8.310", "8.250"],
                     ["Baten lwoo en pro", "6.120", "6.080", "6.030", "5.990"],
                     ["Afdracht vso via DUO", "-4.310", "-4.290", "-4.270", "-4.250"],
                     ["Budget besturen lichte ondersteuning", "3.150", "3.120", "3.090", "3.060"],
                     ["Doorbetaling lwoo en pro", "6.120", "6.080", "6.030", "5.990"],
                     ["Tussenvoorziening en thuiszittersaanpak", "540", "560", "560", "560"],
                     ["Commissie Toewijzing en consulenten", "480", "485", "490", "495"],
                     ["Bureau en bestuur", "310", "315", "320", "325"],
                     ["Saldo", "-330", "-380", "-420", "-440"]]),
          ("p", "De tekorten worden gedekt uit de algemene reserve, die daarmee eind 2029 onder de signaleringswaarde "
                "komt te liggen.")]
    b += [("h1", "8 Communicatie"),
          ("p", "Het samenwerkingsverband communiceert open en tijdig met de aangesloten besturen en scholen. Voor "
                "zorgcoördinatoren en teamleiders verschijnt maandelijks een digitale nieuwsbrief. Twee keer per jaar "
                "organiseren wij een netwerkbijeenkomst voor ondersteuningscoördinatoren. De website bevat een beveiligd "
                "deel voor scholen met formulieren, handreikingen en het overzicht van lopende aanvragen.")]
    b += f_governance(c) + f_opr(c, composition=False) + f_oogo(c, rich=True) + f_arbeidsmarkt(c) + f_personeel(c)
    b += f_lerarentekort(c) + f_vervoer(c) + f_inspectie(c) + f_ict_privacy(c) + f_totstandkoming(c)
    b += f_planning(c, [["Conceptplan naar OPR", c["opr_datum"]], ["OOGO", c["oogo_datum"]],
                        ["Overleg SWV PO Hoogeveld", "5 maart 2026"], ["Instemming OPR", c["opr_instemming"]],
                        ["Vaststelling bestuur", "31 maart 2026"]])
    b += f_begrippen(GLOSSARY_COMMON + [("Lwoo", "leerwegondersteunend onderwijs, ondersteuning binnen vmbo."),
                                        ("Ouderbetrokkenheid", "de betrokkenheid van ouders bij school en ondersteuning."),
                                        ("Pro", "praktijkonderwijs.")], "Begrippen en afkortingen")
    return b


def label4(name):
    crit = {k: True for k in CORE}
    for k in ["basisondersteuning.niveau", "basisondersteuning.inhoud", "terugstroom.beleid", "financien.verdeling",
              "dekkend-aanbod.continuum", "ouders.informatie", "ouders.steunpunt"]:
        crit[k] = False
    adv = {"plaatsing": ["deskundigen", "duur-categorie", "bezwaar"], "financien": ["reserves"],
           "dekkend-aanbod": ["ketenpartners"], "resultaten": ["meetbaar"]}
    notes = {
        "basisondersteuning": "Only a referral to the schools' SOPs in ch. 2 and a glossary entry; no level or content.",
        "plaatsing": "Ch. 3: vso TLV procedure (Commissie Toewijzing, dossier, two deskundigen, 6 weeks), criteria a-c, duur, categorie, bezwaar; lwoo/pro procedure 3.2.",
        "terugstroom": "Ch. 4 'Afloop van de TLV' gives steps and dates (1 Feb evaluation, 1 April overdracht, 1 June decision); policy kader deferred to 2026-2027.",
        "financien": "Ch. 7 meerjarenbegroting table 2026-2029; verdeelmodel 'wordt herzien', only refers to Financieel Reglement 2021 (absent).",
        "dekkend-aanbod": "Ch. 5 thuiszittersaanpak, wachtlijsten, gap found and tussenvoorziening; the continuum itself is only referred to the online Sociale Kaart (ch. 2).",
        "resultaten": "Ch. 6 table nulmeting/streefwaarde plus quarterly reporting, sources and yearly evaluation.",
        "ouders": "No parent information or independent help; ch. 8 'Communicatie' addresses only schools; OJSP and ouderbetrokkenheid only in the glossary.",
    }
    return crit, adv, notes


# =============================================================================================
# PLAN 5  po-swv-veenland.html  (PO web version; plaatsing and dekkend-aanbod missing)
# =============================================================================================
C5 = dict(naam="Samenwerkingsverband De Brug Veenland", kort="SWV De Brug", periode="2026-2030", start="2026",
          eind="2030", bestuurder="A. (Anja) Hofstede-de Vries", gemeenten="Veenhuizen-Noord, Turfwijk en Smildervaart",
          inwoners="74.000", n_besturen="5", n_scholen="39",
          soorten="36 basisscholen, één school voor speciaal basisonderwijs en twee so-locaties", n_lln="6.310",
          hoofdplaats="Turfwijk", opr_leden="8", opr_datum="21 januari 2026", opr_instemming="4 maart 2026",
          oogo_datum="28 januari 2026")


def plan5():
    c = C5
    b = [("title", "Ondersteuningsplan 2026-2030 (webversie)"),
         ("p", "Samenwerkingsverband De Brug Veenland, PO 21-03. Deze webversie is gelijk aan de door het bestuur "
               "vastgestelde tekst. Een printbare versie volgt."),
         ("toc", ["Voorwoord", "Inleiding en leeswijzer", "Onze regio in beeld", "Visie en missie",
                  "Basisondersteuning", "Toelaatbaarheid", "Terug naar de basisschool", "Waar gaat het geld naartoe?",
                  "Wat hebben we bereikt?", "Ouders", "Organisatie en governance", "Medezeggenschap", "OOGO",
                  "Personeel en professionalisering", "ICT en privacy", "Planning", "Begrippenlijst"])]
    b += f_voorwoord(c, 2) + f_inleiding(c) + f_context(c) + f_visie(c)
    b += [("h1", "Basisondersteuning"),
          ("p", "De landelijke norm voor basisondersteuning is in voorbereiding. Het bestuur heeft besloten geen eigen "
                "nieuwe standaarden vast te stellen zolang die norm er niet is; zodra de norm in wetgeving is vastgelegd, "
                "nemen wij die over en werken wij hem met de scholen uit. Tot die tijd beschrijft iedere school haar "
                "basisondersteuning in de eigen schoolgids."),
          ("p", "Wel blijven wij het gesprek over de kwaliteit van de basisondersteuning voeren. Elk jaar voert de "
                "onderwijsadviseur met iedere school een kwaliteitsgesprek aan de hand van de kwaliteitskaart. Scholen waar "
                "de ondersteuning onder de maat blijkt, krijgen een verbetertraject van maximaal een jaar, met begeleiding "
                "door het samenwerkingsverband; na dat jaar volgt een nieuw kwaliteitsgesprek met het bestuur erbij."),
          ("h1", "Toelaatbaarheid"),
          ("p", "De commissie toelaatbaarheid herziet op dit moment haar werkwijze, mede naar aanleiding van recente "
                "uitspraken over de onafhankelijkheid van deskundigen. De actuele procedure en de criteria worden op deze "
                "website gepubliceerd zodra het bestuur ze heeft vastgesteld; dat wordt in het najaar van 2026 verwacht.")]
    b += [("h1", "Terug naar de basisschool"),
          ("p", "Een plaats in het sbo of so is wat ons betreft een tussenstap en geen eindpunt. Wij streven ernaar dat "
                "kinderen teruggaan naar een gewone basisschool in hun eigen dorp of wijk zodra het kan. Dat kan als het "
                "kind in het sbo of so zo is gegroeid dat een basisschool met steun de ondersteuning kan bieden, en als de "
                "ontvangende school en de ouders daar vertrouwen in hebben. Het samenwerkingsverband betaalt een "
                "overstaparrangement: een half jaar lang twee dagdelen per week begeleiding in de nieuwe school door een "
                "leerkracht van de sbo- of so-school, met daarna een nazorgcontact na drie en na zes maanden."),
          ("p", "Hoe gaat dat in de praktijk? Stap 1: de sbo- of so-school bespreekt bij elke evaluatie van het "
                "ontwikkelingsperspectief, twee keer per jaar, of terugkeer in beeld komt. Stap 2: als dat zo is, neemt de "
                "school uiterlijk zes maanden voor het einde van de TLV contact op met de onderwijsadviseur van het "
                "samenwerkingsverband. Stap 3: samen met de ouders kiezen zij een basisschool; de onderwijsadviseur regelt "
                "een kennismaking en een proefperiode van vier weken. Stap 4: na de proefperiode beslist de directeur van de "
                "ontvangende school, in overleg met de ouders en de sbo- of so-school, over de definitieve inschrijving. "
                "Stap 5: het overstaparrangement start op de eerste schooldag op de nieuwe school."),
          ("p", "In 2023 gingen 4 kinderen terug, in 2024 waren dat er 7 en in 2025 9. Wij houden dit aantal per "
                "schooljaar bij.")]
    b += [("h1", "Waar gaat het geld naartoe?"),
          ("p", "Van elke euro die het samenwerkingsverband van het Rijk krijgt voor ondersteuning, gaat ruim de helft "
                "direct via DUO naar het speciaal (basis)onderwijs. Het overige geld verdelen wij zo: 70 procent gaat als "
                "schoolbudget naar de besturen, naar rato van het aantal leerlingen op 1 oktober van het jaar ervoor; 20 "
                "procent blijft bij het samenwerkingsverband voor arrangementen die de onderwijsadviseurs toekennen na een "
                "aanvraag van de school met een OPP; 10 procent is bestemd voor het bureau, de onderwijsadviseurs en de "
                "commissie. Het bestuur stelt deze verdeling elk jaar vast bij de begroting, na advies van de algemene "
                "vergadering. Besturen melden jaarlijks in een korte rapportage waaraan zij het schoolbudget hebben besteed."),
          ("table", [["Begroting en meerjarenraming (in euro)", "2026", "2027", "2028", "2029"],
                     ["Ondersteuningsmiddelen Rijk", "4.480.000", "4.430.000", "4.390.000", "4.350.000"],
                     ["Afdracht sbo en so (DUO)", "2.390.000", "2.380.000", "2.370.000", "2.360.000"],
                     ["Schoolbudgetten besturen (70%)", "1.463.000", "1.435.000", "1.414.000", "1.393.000"],
                     ["Arrangementen (20%)", "418.000", "410.000", "404.000", "398.000"],
                     ["Bureau, onderwijsadviseurs en commissie (10%)", "209.000", "205.000", "202.000", "199.000"],
                     ["Overstaparrangementen", "36.000", "40.000", "40.000", "40.000"]]),
          ("p", "De reserve van het samenwerkingsverband bedraagt eind 2025 ongeveer € 600.000. Dat is voldoende om "
                "risico's op te vangen; een bovenmatige reserve is er niet.")]
    b += [("h1", "Wat hebben we bereikt?"),
          ("p", "Wij volgen de ontwikkelingen in onze regio met een vaste set kengetallen. Deze worden elk jaar op 1 "
                "oktober verzameld, met gegevens van DUO en uit onze eigen registratie, en besproken met de directeuren, de "
                "raad van toezicht en de OPR. In het jaarverslag rapporteren wij wat er is bereikt, met cijfers en met "
                "ervaringen van scholen en ouders. Elke twee jaar houden wij een tevredenheidspeiling onder scholen en ouders."),
          ("table", [["Kengetal", "1 oktober 2022", "1 oktober 2025"],
                     ["Deelnamepercentage sbo", "2,6%", "2,2%"],
                     ["Deelnamepercentage so", "1,7%", "1,8%"],
                     ["Aantal afgegeven TLV's", "61", "54"],
                     ["Aantal teruggeplaatste leerlingen", "3", "9"],
                     ["Tevredenheid ouders over arrangementen", "7,1", "7,6"]]),
          ("p", "Nieuwe doelen voor de komende vier jaar formuleren wij pas als de evaluatie van het vorige plan "
                "helemaal is afgerond; het bestuur stelt ze naar verwachting in het voorjaar van 2027 vast.")]
    b += [("h1", "Ouders"),
          ("p", "Soms lukt het niet om er samen met school uit te komen. Ouders kunnen dan terecht bij het Ouder- en "
                "Jeugdsteunpunt Drenthe-Zuid. De consulenten van het steunpunt werken onafhankelijk van de scholen en van het "
                "samenwerkingsverband en denken mee over de beste stap voor het kind. Het steunpunt houdt wekelijks "
                "spreekuur in Turfwijk en is telefonisch bereikbaar op werkdagen. Ouders kunnen daarnaast gratis advies "
                "vragen bij de Onderwijsconsulenten van het ministerie van OCW."),
          ("p", "De ouderpagina van deze website wordt in de loop van 2026 helemaal vernieuwd. Een nieuwe ouderbrochure "
                "over passend onderwijs in Veenland is in de maak.")]
    b += f_governance(c) + f_opr(c) + f_oogo(c, rich=False) + f_vervoer(c) + f_personeel(c) + f_lerarentekort(c)
    b += f_kennisdeling(c) + f_krimp(c) + f_inspectie(c) + f_ict_privacy(c) + f_totstandkoming(c)
    b += f_planning(c, [["Conceptplan naar OPR", c["opr_datum"]], ["OOGO", c["oogo_datum"]],
                        ["Instemming OPR", c["opr_instemming"]], ["Vaststelling bestuur", "11 maart 2026"]])
    b += f_begrippen(GLOSSARY_COMMON + [("Thuiszitter", "een leerplichtige leerling die zonder geldige reden niet naar "
                                         "school gaat of niet staat ingeschreven."),
                                        ("Ondersteuningscontinuüm", "de opbouw van basisondersteuning via extra "
                                         "ondersteuning naar speciaal onderwijs.")], "Begrippenlijst")
    return b


def label5(name):
    crit = {k: True for k in CORE}
    for k in ["basisondersteuning.niveau", "basisondersteuning.inhoud", "plaatsing.procedure", "plaatsing.criteria",
              "dekkend-aanbod.continuum", "dekkend-aanbod.lacunes", "resultaten.doelen", "ouders.informatie"]:
        crit[k] = False
    adv = {"basisondersteuning": ["borging"], "terugstroom": ["monitoring"],
           "financien": ["reserves", "verantwoording"], "resultaten": ["meetbaar"], "ouders": ["betrokkenheid"]}
    notes = {
        "basisondersteuning": "No SWV level or content (waits for landelijke norm, schools describe it in schoolgids); only the yearly kwaliteitsgesprek/verbetertraject (borging).",
        "plaatsing": "Section 'Toelaatbaarheid' only says procedure and criteria are being revised and will be published on the website (autumn 2026).",
        "terugstroom": "'Terug naar de basisschool': policy (aim, conditions, overstaparrangement) and stap 1-5 procedure, plus yearly numbers.",
        "financien": "'Waar gaat het geld naartoe?': 70/20/10 verdeling with criteria and deciding body, begroting/meerjarenraming table 2026-2029, reserve.",
        "dekkend-aanbod": "No description of the support continuum or of gaps/thuiszitters; only glossary entries and a procedural OOGO date.",
        "resultaten": "'Wat hebben we bereikt?': kengetallen, sources, reporting and achieved figures; new goals deferred to spring 2027.",
        "ouders": "Independent OJSP Drenthe-Zuid and Onderwijsconsulenten described; information for parents deferred (ouderpagina/brochure 'in de maak').",
    }
    return crit, adv, notes


# =============================================================================================
# NEAR-MISS  po-swv-weidegebied-jaarverslag-2024.docx  (annual report of an SWV, not a plan)
# =============================================================================================

def nearmiss():
    return [("title", "Jaarverslag 2024"),
            ("p", "Stichting Samenwerkingsverband Passend Primair Onderwijs Weidegebied (PO 27-11)"),
            ("p", "Bestuursverslag en jaarrekening over het kalenderjaar 2024, vastgesteld op 17 juni 2025"),
            ("toc", ["1 Voorwoord", "2 Kerncijfers 2024", "3 Verslag over het ondersteuningsplan 2022-2026",
                     "4 Toelaatbaarheid en terugplaatsing in 2024", "5 Thuiszitters", "6 Ouders en het steunpunt",
                     "7 Verslag van de raad van toezicht", "8 Verslag van de ondersteuningsplanraad",
                     "9 Financieel verslag 2024", "10 Jaarrekening"]),
            ("h1", "1 Voorwoord"),
            ("p", "In dit jaarverslag legt het samenwerkingsverband verantwoording af over het kalenderjaar 2024, het "
                  "derde jaar van het ondersteuningsplan 2022-2026. Het jaar stond in het teken van de personeelstekorten "
                  "in de scholen, de voorbereiding van het nieuwe ondersteuningsplan en de inrichting van het ouder- en "
                  "jeugdsteunpunt. Wij kijken terug op een jaar waarin veel is bereikt, maar waarin ook duidelijk werd dat "
                  "het aantal kinderen dat (tijdelijk) geen passende plek heeft nog te hoog is."),
            ("h1", "2 Kerncijfers 2024"),
            ("table", [["Kengetal", "2023", "2024"],
                       ["Leerlingen (1 oktober)", "10.210", "10.080"],
                       ["Afgegeven TLV's sbo", "48", "44"],
                       ["Afgegeven TLV's so", "31", "36"],
                       ["Terugplaatsingen naar basisonderwijs", "6", "8"],
                       ["Toegekende arrangementen", "212", "236"],
                       ["Thuiszitters > 4 weken (peildatum)", "9", "7"],
                       ["Bezwaarschriften TLV", "2", "1"]]),
            ("h1", "3 Verslag over het ondersteuningsplan 2022-2026"),
            ("p", "Het ondersteuningsplan 2022-2026 kent vier speerpunten: versterking van de basisondersteuning, een "
                  "dekkend aanbod voor gedrag, snellere toewijzing van arrangementen en betere informatie aan ouders. In "
                  "2024 zijn alle 54 scholen bezocht voor het jaarlijkse gesprek over de basisondersteuning. Bij vijf scholen "
                  "is een verbetertraject gestart. De gedragsgroep in Ommerveld is in augustus 2024 van start gegaan met tien "
                  "leerlingen. De gemiddelde doorlooptijd van een arrangementaanvraag daalde van 31 naar 22 werkdagen."),
            ("p", "Het nieuwe ondersteuningsplan 2026-2030 is in voorbereiding. In het verslagjaar zijn drie "
                  "werkconferenties georganiseerd met directeuren, intern begeleiders en ouders. Het concept wordt in "
                  "januari 2026 aan de OPR voorgelegd."),
            ("h1", "4 Toelaatbaarheid en terugplaatsing in 2024"),
            ("p", "De Commissie van Toelaatbaarheid heeft in 2024 tachtig TLV's afgegeven, tegen 79 in 2023. Alle besluiten "
                  "zijn genomen op basis van twee afzonderlijke deskundigenadviezen. Eén bezwaarschrift is ingediend; de "
                  "Landelijke Bezwaaradviescommissie adviseerde het bezwaar ongegrond te verklaren, wat het bestuur heeft "
                  "overgenomen. Acht leerlingen zijn in 2024 vanuit het sbo teruggeplaatst naar een basisschool; alle acht "
                  "kregen een terugplaatsingsarrangement."),
            ("h1", "5 Thuiszitters"),
            ("p", "Op de peildatum zaten zeven leerlingen langer dan vier weken thuis. Voor alle zeven was een plan met een "
                  "regisseur. Vier van hen zijn voor het einde van het schooljaar weer naar school gegaan. De "
                  "thuiszitterstafel kwam elf keer bijeen."),
            ("h1", "6 Ouders en het steunpunt"),
            ("p", "Per 1 september 2024 is het Ouder- en Jeugdsteunpunt Weidegebied geopend. In de eerste vier maanden "
                  "hebben 41 ouders contact opgenomen, vooral met vragen over extra ondersteuning en over het "
                  "ontwikkelingsperspectief. De ouderpagina op de website is 6.200 keer bezocht."),
            ("h1", "7 Verslag van de raad van toezicht"),
            ("p", "De raad van toezicht vergaderde in 2024 vijf keer met de directeur-bestuurder. De raad keurde de "
                  "jaarrekening 2023 en de begroting 2025 goed en voerde het jaarlijkse functioneringsgesprek met de "
                  "directeur-bestuurder. De auditcommissie besprak de managementletter van de accountant."),
            ("h1", "8 Verslag van de ondersteuningsplanraad"),
            ("p", "De OPR vergaderde zes keer. Onderwerpen waren de begroting 2025, de voortgang van het "
                  "ondersteuningsplan, het reglement van het ouder- en jeugdsteunpunt en de voorbereiding van het nieuwe "
                  "plan. De OPR heeft ingestemd met een wijziging van het ondersteuningsplan over de gedragsgroep."),
            ("h1", "9 Financieel verslag 2024"),
            ("p", "Het jaar 2024 is afgesloten met een negatief resultaat van € 212.000, tegen een begroot tekort van "
                  "€ 260.000. Het verschil wordt vooral veroorzaakt door lagere uitgaven aan arrangementen in het laatste "
                  "kwartaal. De algemene reserve daalde naar € 1.180.000; het weerstandsvermogen bedraagt 9,4 procent en "
                  "ligt daarmee onder de signaleringswaarde. De schoolbudgetten zijn conform het verdeelmodel uitgekeerd; alle "
                  "besturen hebben hun verantwoording tijdig ingeleverd."),
            ("h1", "10 Jaarrekening"),
            ("table", [["Staat van baten en lasten (x € 1.000)", "Begroting 2024", "Realisatie 2024", "Realisatie 2023"],
                       ["Rijksbijdragen", "7.210", "7.265", "6.980"],
                       ["Overige baten", "40", "58", "35"],
                       ["Afdrachten sbo/so", "3.640", "3.702", "3.510"],
                       ["Schoolbudgetten", "2.180", "2.180", "2.140"],
                       ["Arrangementen en voorzieningen", "1.240", "1.180", "1.120"],
                       ["Personeel en bureau", "450", "473", "441"],
                       ["Resultaat", "-260", "-212", "-196"]]),
            ("p", "De volledige jaarrekening, inclusief de controleverklaring van de accountant, is als afzonderlijk "
                  "document gedeponeerd en te vinden op de website.")]


# =============================================================================================
# main
# =============================================================================================

def main():
    OUT.mkdir(parents=True, exist_ok=True)
    summary = []
    specs = [
        ("po-swv-lingestroom", "docx", "po", plan1, label1, C1),
        ("po-swv-kempenrand", "docx", "po", plan2, label2, C2),
        ("po-swv-duinzoom", "pdf", "po", plan3, label3, C3),
        ("vo-swv-hoogeveld", "pdf", "vo", plan4, label4, C4),
        ("po-swv-veenland", "html", "po", plan5, label5, C5),
    ]
    for name, fmt, sector, planf, labelf, c in specs:
        blocks = planf()
        n = words(blocks)
        assert n >= 3000, (name, n)
        header = "Ondersteuningsplan %s | %s" % (c["periode"], c["kort"])
        doc = "%s.%s" % (name, fmt)
        if fmt == "docx":
            write_docx(blocks, OUT / doc, header)
        elif fmt == "pdf":
            docx_to_pdf(blocks, OUT / doc, header)
        else:
            write_html(blocks, OUT / doc, c["naam"] + " - Ondersteuningsplan " + c["periode"])
        crit, adv, notes = labelf(name)
        els = write_label(name, [doc], sector, crit, adv, notes)
        summary.append((doc, n, els))
    nm = "po-swv-weidegebied-jaarverslag-2024"
    write_docx(nearmiss(), OUT / (nm + ".docx"), "Jaarverslag 2024 | SWV PO Weidegebied")
    (OUT / (nm + ".expected.yaml")).write_text(
        "documents: [%s.docx]\n"
        "sector: po\n"
        "looks_like_plan: false\n"
        "elements: {}\n"
        "criteria: {}\n"
        "notes:\n"
        "  document: \"Annual report (jaarverslag/bestuursverslag + jaarrekening 2024) of a PO samenwerkingsverband: "
        "accounts for one past calendar year with kerncijfers, RvT/OPR reports and realisatie; it is not the "
        "ondersteuningsplan (which it only mentions as 'in voorbereiding').\"\n" % nm, encoding="utf-8")
    for doc, n, els in summary:
        print("%-28s %5d words  %s" % (doc, n, els))


if __name__ == "__main__":
    main()
