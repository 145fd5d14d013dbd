#!/usr/bin/env python3
"""Generate the holdout209 test set: five fictional ondersteuningsplannen (PO/VO) and one near-miss.

Deterministic, no network. Output goes to the folder above this script's folder.
PDFs are rendered from a temporary .docx with LibreOffice (soffice --headless).
"""
import html
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from datetime import datetime
from pathlib import Path

from docx import Document
from docx.shared import Pt

OUT = Path(__file__).resolve().parent.parent

# ---------------------------------------------------------------------------
# Block model: ("title", text) ("h1", text) ("h2", text) ("p", text) ("ul", [..]) ("ol", [..])
#              ("table", [[header...], [row...], ...]) ("toc", None) ("pagebreak", None)
# ---------------------------------------------------------------------------


def P(t):
    return ("p", t)


def H1(t):
    return ("h1", t)


def H2(t):
    return ("h2", t)


def UL(*items):
    return ("ul", list(items))


def OL(*items):
    return ("ol", list(items))


def TABLE(rows):
    return ("table", rows)


def toc_lines(blocks, extra=()):
    lines = []
    for kind, val in blocks:
        if kind == "h1":
            lines.append(val)
        elif kind == "h2":
            lines.append("    " + val)
    lines.extend(extra)
    return lines


def expand_toc(blocks, extra=()):
    """Replace the ("toc", None) marker with a plain-text table of contents."""
    lines = toc_lines(blocks, extra)
    out = []
    for kind, val in blocks:
        if kind == "toc":
            out.append(("tochead", "Inhoud"))
            for i, line in enumerate(lines):
                out.append(("tocline", line))
        else:
            out.append((kind, val))
    return out


def write_docx(blocks, path, header_text=None, footer_text=None):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    sec = doc.sections[0]
    if header_text:
        sec.header.paragraphs[0].text = header_text
    if footer_text:
        sec.footer.paragraphs[0].text = footer_text
    for kind, val in blocks:
        if kind == "title":
            doc.add_heading(val, level=0)
        elif kind == "subtitle":
            doc.add_paragraph(val).runs[0].italic = True
        elif kind == "tochead":
            doc.add_paragraph().add_run(val).bold = True
        elif kind == "tocline":
            doc.add_paragraph(val)
        elif kind == "h1":
            doc.add_heading(val, level=1)
        elif kind == "h2":
            doc.add_heading(val, level=2)
        elif kind == "p":
            doc.add_paragraph(val)
        elif kind == "ul":
            for it in val:
                doc.add_paragraph(it, style="List Bullet")
        elif kind == "ol":
            for it in val:
                doc.add_paragraph(it, style="List Number")
        elif kind == "table":
            t = doc.add_table(rows=len(val), cols=len(val[0]))
            t.style = "Table Grid"
            for r, row in enumerate(val):
                for c, cell in enumerate(row):
                    t.cell(r, c).text = str(cell)
                    if r == 0:
                        for run in t.cell(r, c).paragraphs[0].runs:
                            run.bold = True
            doc.add_paragraph("")
        elif kind == "pagebreak":
            doc.add_page_break()
        else:
            raise ValueError(kind)
    fixed = datetime(2026, 4, 7, 12, 0, 0)
    cp = doc.core_properties
    cp.created = fixed
    cp.modified = fixed
    cp.last_printed = fixed
    cp.author = "holdout209"
    cp.last_modified_by = "holdout209"
    cp.revision = 1
    doc.save(str(path))
    _normalize_zip(path)


def _normalize_zip(path):
    """Rewrite the .docx zip with fixed timestamps so the output is byte-for-byte reproducible."""
    with zipfile.ZipFile(path) as zin:
        items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for fn, data in items:
            zi = zipfile.ZipInfo(fn, date_time=(2026, 4, 7, 12, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, data)


def write_html(blocks, path, title, header_text=None):
    esc = html.escape
    parts = ["<!DOCTYPE html>", '<html lang="nl">', "<head>", '<meta charset="utf-8">',
             "<title>%s</title>" % esc(title), "</head>", "<body>"]
    if header_text:
        parts.append('<header class="site-header"><p>%s</p><nav><a href="#">Home</a> | '
                     '<a href="#">Ouders</a> | <a href="#">Scholen</a> | <a href="#">Contact</a></nav></header>'
                     % esc(header_text))
    parts.append("<main>")
    in_toc = False
    for kind, val in blocks:
        if kind != "tocline" and in_toc:
            parts.append("</ul></nav>")
            in_toc = False
        if kind == "title":
            parts.append("<h1>%s</h1>" % esc(val))
        elif kind == "subtitle":
            parts.append('<p class="subtitle"><em>%s</em></p>' % esc(val))
        elif kind == "tochead":
            parts.append('<nav class="toc"><h2>%s</h2><ul>' % esc(val))
            in_toc = True
        elif kind == "tocline":
            parts.append('<li><a href="#">%s</a></li>' % esc(val.strip()))
        elif kind == "h1":
            parts.append("<h2>%s</h2>" % esc(val))
        elif kind == "h2":
            parts.append("<h3>%s</h3>" % esc(val))
        elif kind == "p":
            parts.append("<p>%s</p>" % esc(val))
        elif kind in ("ul", "ol"):
            tag = kind
            parts.append("<%s>%s</%s>" % (tag, "".join("<li>%s</li>" % esc(i) for i in val), tag))
        elif kind == "table":
            rows = ["<tr>%s</tr>" % "".join("<th>%s</th>" % esc(str(c)) for c in val[0])]
            for row in val[1:]:
                rows.append("<tr>%s</tr>" % "".join("<td>%s</td>" % esc(str(c)) for c in row))
            parts.append("<table>%s</table>" % "".join(rows))
        elif kind == "pagebreak":
            pass
        else:
            raise ValueError(kind)
    if in_toc:
        parts.append("</ul></nav>")
    parts.append("</main>")
    parts.append('<footer><p>Samenwerkingsverband Lindenhof PO &middot; Postbus 1180 &middot; '
                 'ouders &middot; scholen &middot; toelaatbaarheid &middot; privacyverklaring</p></footer>')
    parts.append("</body></html>")
    path.write_text("\n".join(parts) + "\n", encoding="utf-8")


def docx_to_pdf(blocks, pdf_path, header_text=None, footer_text=None):
    tmp = Path(tempfile.mkdtemp(prefix="holdout209_pdf_"))
    try:
        src = tmp / (pdf_path.stem + ".docx")
        write_docx(blocks, src, header_text, footer_text)
        profile = tmp / "lo_profile"
        cmd = ["soffice", "-env:UserInstallation=" + profile.as_uri(), "--headless",
               "--convert-to", "pdf", "--outdir", str(tmp), str(src)]
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                       timeout=240)
        shutil.copyfile(tmp / (pdf_path.stem + ".pdf"), pdf_path)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def word_count(blocks):
    n = 0
    for kind, val in blocks:
        if isinstance(val, str):
            n += len(val.split())
        elif kind in ("ul", "ol"):
            n += sum(len(i.split()) for i in val)
        elif kind == "table":
            n += sum(len(str(c).split()) for row in val for c in row)
    return n


CORE = [
    ("basisondersteuning", "niveau"), ("basisondersteuning", "inhoud"),
    ("plaatsing", "procedure"), ("plaatsing", "criteria"),
    ("terugstroom", "procedure"), ("terugstroom", "beleid"),
    ("financien", "verdeling"), ("financien", "besteding"),
    ("dekkend-aanbod", "continuum"), ("dekkend-aanbod", "lacunes"),
    ("resultaten", "doelen"), ("resultaten", "monitoring"),
    ("ouders", "informatie"), ("ouders", "steunpunt"),
]
ELEMENTS = ["basisondersteuning", "plaatsing", "terugstroom", "financien", "dekkend-aanbod",
            "resultaten", "ouders"]


def status_from(criteria, advisory):
    st = {}
    for el in ELEMENTS:
        vals = [criteria["%s.%s" % (el, c)] for (e, c) in CORE if e == el]
        if all(vals):
            st[el] = "present"
        elif any(vals) or advisory.get(el):
            st[el] = "partial"
        else:
            st[el] = "missing"
    return st


def q(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def write_label(name, documents, sector, criteria, advisory, notes, expect_status):
    path = OUT / (name + ".expected.yaml")
    lines = ["documents: [%s]" % ", ".join(documents), "sector: %s" % sector]
    if criteria is None:
        lines += ["looks_like_plan: false", "elements: {}", "criteria: {}", "advisory_addressed: {}",
                  "notes:"]
        for k, v in notes.items():
            lines.append("  %s: %s" % (k, q(v)))
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        return
    st = status_from(criteria, advisory)
    if st != expect_status:
        raise SystemExit("label inconsistency in %s: %r vs %r" % (name, st, expect_status))
    lines.append("looks_like_plan: true")
    lines.append("elements: {%s}" % ", ".join("%s: %s" % (el, st[el]) for el in ELEMENTS))
    lines.append("criteria:")
    for e, c in CORE:
        lines.append("  %s.%s: %s" % (e, c, "true" if criteria["%s.%s" % (e, c)] else "false"))
    lines.append("advisory_addressed:")
    for el in ELEMENTS:
        if advisory.get(el):
            lines.append("  %s: [%s]" % (el, ", ".join(advisory[el])))
    lines.append("notes:")
    for el in ELEMENTS:
        if el in notes:
            lines.append("  %s: %s" % (el, q(notes[el])))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def crit(false_list):
    d = {"%s.%s" % (e, c): True for e, c in CORE}
    for k in false_list:
        assert k in d, k
        d[k] = False
    return d


# ---------------------------------------------------------------------------
# Shared filler: element-neutral sections that real plans carry.
# They mention element vocabulary only in passing and must not address a criterion.
# ---------------------------------------------------------------------------

def f_voorwoord(name, who, plain=True):
    if plain:
        return [
            H1("Voorwoord"),
            P("Beste lezer, voor u ligt het ondersteuningsplan van %s voor de jaren 2026 tot en met 2030. "
              "We hebben geprobeerd dit plan zo te schrijven dat iedereen het kan lezen: ouders, leerkrachten, "
              "intern begeleiders, directeuren, bestuurders en de leden van onze ondersteuningsplanraad (OPR). "
              "Daarom gebruiken we zo min mogelijk vaktaal en stellen we de vragen centraal die we het vaakst "
              "horen. Waar een moeilijk woord echt nodig is, leggen we het uit in de begrippenlijst achterin." % name),
            P("De afgelopen vier jaar hebben we veel geleerd. Niet alles ging zoals we wilden. Soms duurde het te "
              "lang voordat een kind de juiste hulp kreeg, en soms wisten scholen, ouders en hulpverleners niet van "
              "elkaar wat ze deden. Tegelijk zagen we hoeveel energie er in de scholen zit. Leerkrachten die elke "
              "dag opnieuw kijken wat een kind nodig heeft, directeuren die over de grenzen van hun eigen school "
              "heen kijken en ouders die meedenken in werkgroepen en in de OPR. Dat geeft vertrouwen."),
            P("Dit plan is geen eindpunt. Het is een afspraak tussen de schoolbesturen over hoe we het de komende "
              "jaren samen willen doen. We nodigen u uit om ons te laten weten wat u ervan vindt. Reacties zijn "
              "altijd welkom via het secretariaat van het bureau."),
            P("Met vriendelijke groet, %s" % who),
        ]
    return [
        H1("Woord vooraf"),
        P("Het bestuur van %s biedt hierbij het ondersteuningsplan voor de planperiode 1 augustus 2026 tot en "
          "met 31 juli 2030 aan. Het plan is opgesteld ter uitvoering van de wettelijke opdracht die op het "
          "samenwerkingsverband rust en vormt het kader waarbinnen de aangesloten bevoegde gezagsorganen hun "
          "zorgplicht invullen. Het plan is tot stand gekomen na een zorgvuldig traject van consultatie van "
          "schoolbesturen, directies, medezeggenschapsorganen en gemeenten." % name),
        P("Het bestuur dankt allen die aan de totstandkoming hebben bijgedragen, in het bijzonder de leden van "
          "de ondersteuningsplanraad, de werkgroepen en de beleidsmedewerkers van de deelnemende gemeenten. "
          "Waar in dit plan wordt gesproken van 'het bestuur' wordt bedoeld het bestuur van de stichting zoals "
          "omschreven in de statuten."),
        P("%s" % who),
    ]


def f_over_ons(name, gemeenten, n_schools, n_boards, n_pupils, sector="po"):
    soort = ("basisscholen, scholen voor speciaal basisonderwijs en locaties voor speciaal onderwijs"
             if sector == "po" else
             "scholen voor voortgezet onderwijs, twee scholen voor praktijkonderwijs en drie vso-locaties")
    return [
        H1("Over ons samenwerkingsverband"),
        P("%s is een stichting waarin %d schoolbesturen samenwerken. Samen zijn zij verantwoordelijk voor %d "
          "%s in de gemeenten %s. Op 1 oktober 2025 telden deze scholen samen ongeveer %s leerlingen. "
          "Het werkgebied is gevarieerd: er zijn stedelijke wijken met veel jonge gezinnen, maar ook dorpen "
          "waar het leerlingenaantal daalt en kleine scholen moeite hebben om hun deuren open te houden."
          % (name, n_boards, n_schools, soort, ", ".join(gemeenten[:-1]) + " en " + gemeenten[-1], n_pupils)),
        P("De besturen verschillen in omvang en in identiteit. Er zijn openbare, protestants-christelijke, "
          "rooms-katholieke en algemeen bijzondere scholen, en een enkele school met een eigen "
          "onderwijsconcept. Die verscheidenheid zien wij als een rijkdom. Tegelijk vraagt zij om heldere "
          "gezamenlijke afspraken, want een leerling mag niet afhankelijk zijn van de vraag bij welk bestuur "
          "de school van zijn keuze hoort."),
        P("Het bureau van het samenwerkingsverband is gevestigd in een bedrijfsverzamelgebouw bij het station. "
          "Daar werken de directeur-bestuurder, een beleidsmedewerker, een controller, twee secretariële "
          "medewerkers en een team van orthopedagogen en consulenten. De meeste medewerkers zijn echter "
          "een groot deel van de week op de scholen te vinden."),
    ]


def f_visie(name, parents_line=True):
    blocks = [
        H1("Onze visie en missie"),
        P("Wij geloven dat ieder kind het recht heeft om zich te ontwikkelen, zo dicht mogelijk bij huis en "
          "samen met leeftijdgenoten. Onderwijs is er niet alleen voor de kennis, maar ook voor het leren "
          "samenleven. Daarom kiezen we voor zo regulier als mogelijk en zo speciaal als nodig."),
        P("Onze missie vatten we samen in één zin: 'Samen sterk voor elk kind'. Die zin hangt in elke "
          "teamkamer en komt terug in onze jaarplannen. Hij betekent dat scholen niet alleen staan, dat "
          "expertise wordt gedeeld en dat we elkaar aanspreken wanneer het niet goed gaat."),
        P("Uit de visie volgen vijf ambities voor de planperiode: (1) leerkrachten voelen zich toegerust; "
          "(2) de samenwerking met jeugdhulp is vanzelfsprekend; (3) de administratieve last daalt; (4) we "
          "werken vanuit vertrouwen in plaats van wantrouwen; (5) we leren van elkaar. Deze ambities zijn "
          "bewust breed geformuleerd; ze geven richting aan de keuzes die in de jaarplannen worden gemaakt."),
    ]
    if parents_line:
        blocks.append(P("Ouders kennen hun kind het best. Die gedachte hoort bij onze visie, ook al is de "
                        "vertaling ervan in de praktijk niet altijd eenvoudig."))
    return blocks


def f_terugblik(name):
    return [
        H1("Terugblik op de vorige planperiode"),
        P("In de vorige planperiode lag de nadruk op het verstevigen van de samenwerking tussen scholen en op "
          "het vereenvoudigen van aanvraagprocedures. De externe evaluatie die in het voorjaar van 2025 werd "
          "uitgevoerd door een onderzoeksbureau, liet zien dat schoolleiders de korte lijnen met het bureau "
          "waarderen. Tegelijk vonden zij dat de vele overleggen veel tijd kosten. Veel leerkrachten gaven aan "
          "dat zij behoefte hebben aan meer praktische ondersteuning in de klas en minder aan papier."),
        P("De evaluatie noemde verder de coronaperiode en het lerarentekort als factoren die het werk sterk "
          "hebben beïnvloed. Geplande scholingstrajecten zijn uitgesteld en sommige werkgroepen kwamen "
          "nauwelijks bijeen. De conclusies van de evaluatie zijn besproken in het bestuur, in het "
          "directeurenberaad en in de OPR. Ze hebben mede de basis gevormd voor dit nieuwe plan."),
    ]


def f_governance(name, formal=False):
    blocks = [
        H1("Organisatie en governance"),
        P("De stichting kent een scheiding tussen bestuur en toezicht. De directeur-bestuurder vormt het "
          "bestuur in de zin van de statuten en is verantwoordelijk voor de dagelijkse leiding. De raad van "
          "toezicht bestaat uit vijf leden, van wie drie afkomstig zijn uit de kring van aangesloten "
          "schoolbesturen en twee onafhankelijke leden met financiële en juridische deskundigheid. "
          "De raad vergadert ten minste vijf keer per jaar en keurt onder meer het jaarverslag goed."),
        P("Daarnaast kent de stichting een algemene vergadering van aangesloten schoolbesturen. Deze vergadering "
          "adviseert over het meerjarenbeleid en benoemt de leden van de raad van toezicht. Geschillen tussen "
          "aangesloten besturen over de uitvoering van de statuten worden voorgelegd aan een "
          "geschillencommissie zoals in de statuten is bepaald; deze regeling ziet op de verhouding tussen "
          "besturen onderling."),
        P("Het samenwerkingsverband hanteert de Code Goed Bestuur van de sectorraad. Jaarlijks evalueren bestuur "
          "en toezicht hun eigen functioneren, waarbij eens in de twee jaar een externe begeleider aanwezig is."),
    ]
    if formal:
        blocks.append(P("Voor de toepassing van dit plan wordt verstaan onder bevoegd gezag: het bevoegd gezag "
                        "van een school die voor een of meer vestigingen bij het samenwerkingsverband is "
                        "aangesloten."))
    return blocks


def f_opr(name, composition=True, consent_date="24 maart 2026"):
    blocks = [H1("Medezeggenschap: de ondersteuningsplanraad")]
    if composition:
        blocks.append(P("De ondersteuningsplanraad (OPR) heeft instemmingsrecht op dit ondersteuningsplan. De "
                        "OPR telt acht leden: vier ouders en vier personeelsleden, afgevaardigd vanuit de "
                        "medezeggenschapsraden van de aangesloten scholen. De OPR vergadert zes keer per jaar "
                        "en heeft een eigen budget voor scholing en advies."))
    else:
        blocks.append(P("Het samenwerkingsverband heeft een ondersteuningsplanraad (OPR) conform de Wet "
                        "medezeggenschap op scholen. De OPR vergadert zes keer per jaar en heeft een eigen "
                        "reglement en een eigen scholingsbudget."))
    blocks.append(P("De OPR is in het traject naar dit plan vroeg betrokken. In drie themabijeenkomsten is "
                    "gesproken over de hoofdlijnen, waarna een concept is voorgelegd. De OPR heeft op %s "
                    "ingestemd met het plan. Daarnaast heeft het samenwerkingsverband een eigen "
                    "medezeggenschapsraad voor het personeel van het bureau." % consent_date))
    return blocks


def f_oogo(name, gemeenten, full=True):
    if not full:
        return [
            H1("Overleg met de gemeenten"),
            P("Het op overeenstemming gericht overleg (OOGO) over dit plan met de colleges van burgemeester en "
              "wethouders van %s is op 3 februari 2026 afgerond. Het verslag is vastgesteld door beide partijen."
              % " en ".join(gemeenten)),
        ]
    return [
        H1("Samenwerking met gemeenten en jeugdhulp"),
        P("Het op overeenstemming gericht overleg (OOGO) met de gemeenten %s heeft op 3 februari 2026 "
          "plaatsgevonden. In dat overleg zijn afspraken gemaakt over de aansluiting tussen onderwijs en "
          "jeugdhulp, over leerlingenvervoer en over onderwijshuisvesting. De gemeenten hebben ingestemd met "
          "een gezamenlijke agenda voor de planperiode." % ", ".join(gemeenten)),
        P("Per school is een vaste contactpersoon van het sociaal wijkteam beschikbaar die aansluit bij het "
          "ondersteuningsteam. Voor kinderen die naast onderwijs ook zorg nodig hebben, worden "
          "onderwijs-zorgarrangementen samengesteld, waarbij gemeente en samenwerkingsverband ieder een deel "
          "van de kosten dragen. Twee keer per jaar is er een bestuurlijk overleg met de wethouders onderwijs "
          "en jeugd."),
    ]


def f_personeel(name):
    return [
        H1("Personeel en professionalisering"),
        P("Goed onderwijs aan kinderen die iets extra's nodig hebben, staat of valt met de mensen in de school. "
          "Het lerarentekort raakt ook onze regio. Steeds vaker staan er onbevoegden of invallers voor de groep, "
          "en juist zij hebben behoefte aan steun bij het omgaan met verschillen."),
        P("Het samenwerkingsverband organiseert daarom een jaarlijks scholingsaanbod voor leerkrachten en intern "
          "begeleiders, een leernetwerk voor gedragsspecialisten en een intervisiegroep voor startende intern "
          "begeleiders. Deelname is vrijwillig. Het scholingsaanbod wordt ieder voorjaar afgestemd met de "
          "personeelsafdelingen van de besturen. Het bureau heeft op 1 januari 2026 een formatie van 14,6 fte."),
        P("Medewerkers van het bureau hebben een eigen professionaliseringsplan. Orthopedagogen zijn "
          "geregistreerd en volgen de verplichte nascholing. We investeren in de komende jaren in "
          "deskundigheid op het gebied van taalontwikkeling, meertaligheid en trauma."),
    ]


def f_privacy(name):
    return [
        H1("Privacy en ICT"),
        P("Bij het werk van het samenwerkingsverband worden persoonsgegevens verwerkt, waaronder soms "
          "gegevens over gezondheid. Het samenwerkingsverband houdt zich aan de Algemene verordening "
          "gegevensbescherming (AVG) en heeft een functionaris gegevensbescherming aangesteld, die gedeeld wordt "
          "met twee andere samenwerkingsverbanden. Een privacyreglement regelt wie welke gegevens mag inzien "
          "en hoe lang gegevens worden bewaard."),
        P("Aanvragen en dossiers worden digitaal uitgewisseld via een beveiligde applicatie. Medewerkers werken "
          "met tweestapsverificatie. In 2027 loopt het contract met de huidige leverancier af; een "
          "aanbesteding wordt tijdig voorbereid. E-mail met bijlagen over individuele leerlingen is niet "
          "toegestaan."),
    ]


def f_communicatie_scholen(name):
    return [
        H1("Communicatie met scholen en partners"),
        P("Het bureau verstuurt zes keer per jaar een digitale nieuwsbrief voor directeuren en intern "
          "begeleiders. Daarnaast is er een jaarlijkse netwerkdag, waarop scholen elkaar ontmoeten en goede "
          "voorbeelden delen. Besturen ontvangen elk kwartaal een managementrapportage."),
        P("Met ketenpartners als de jeugdgezondheidszorg, leerplicht en de wijkteams houden we contact via "
          "vaste contactpersonen. We merken dat partners onze afkortingen niet altijd begrijpen; daarom is er "
          "een korte uitleg over het samenwerkingsverband voor nieuwe medewerkers van partnerorganisaties."),
    ]


def f_planning(name, items):
    rows = [["Wanneer", "Wat", "Wie"]] + items
    return [
        H1("Planning en jaarcyclus"),
        P("Dit ondersteuningsplan wordt uitgewerkt in jaarplannen. Het jaarplan bevat de activiteiten voor dat "
          "schooljaar en wordt vóór de zomer vastgesteld. Onderstaande planning geeft de belangrijkste momenten "
          "in de beleidscyclus weer."),
        TABLE(rows),
    ]


def f_totstandkoming(name, opr_date, oogo_date, vast_date):
    return [
        H1("Totstandkoming en vaststelling"),
        P("Het concept van dit ondersteuningsplan is in december 2025 besproken met de directeuren en "
          "bestuurders. Het OOGO met de gemeenten is gevoerd op %s. Het overleg met het aangrenzende "
          "samenwerkingsverband in het andere onderwijstype heeft plaatsgevonden in januari 2026. De OPR heeft "
          "ingestemd op %s. Het bestuur heeft het plan vastgesteld op %s, waarna het vóór 1 mei 2026 aan de "
          "inspectie is toegezonden." % (oogo_date, opr_date, vast_date)),
    ]


def f_leeswijzer(topics):
    return [
        H1("Leeswijzer"),
        P("Dit plan is zo opgebouwd dat u het niet van voor naar achter hoeft te lezen. Iedere paragraaf kan "
          "op zichzelf worden gelezen. Achtereenvolgens komen aan bod: %s. Achterin vindt u een lijst met "
          "begrippen en afkortingen. Waar in de tekst wordt verwezen naar wet- en regelgeving, gaat het om de "
          "tekst zoals die gold op 1 januari 2026." % topics),
    ]


def f_ontwikkelingen(name, ojsp=True):
    blocks = [
        H1("Ontwikkelingen die op ons afkomen"),
        P("De komende jaren verandert er veel. Het aantal leerlingen in onze regio daalt naar verwachting met "
          "ongeveer zes procent tot 2030, vooral in de dorpen. Dat heeft gevolgen voor de spreiding van "
          "scholen en voor de inzet van specialisten. Tegelijk neemt de vraag naar ondersteuning bij gedrag, "
          "angst en taal eerder toe dan af. Het lerarentekort zal in ieder geval tot 2028 voelbaar blijven."),
        P("Landelijk wordt gewerkt aan de verbeteraanpak passend onderwijs. Er wordt gesproken over een "
          "landelijke norm voor basisondersteuning en over inclusiever onderwijs, waarin gewone en speciale "
          "scholen dichter bij elkaar komen. Hoe die plannen er precies uit komen te zien, is op het moment "
          "van schrijven nog niet duidelijk. Het bestuur volgt deze ontwikkelingen en zal het plan zo nodig "
          "tussentijds aanpassen, uiteraard met instemming van de OPR."),
        P("Ook de samenleving verandert. Meer kinderen groeien op in armoede of in gezinnen met schulden, en "
          "de wachtlijsten in de jeugd-ggz zijn lang. Scholen merken dat direct in de klas. We kunnen die "
          "problemen als onderwijs niet alleen oplossen, maar we kunnen er wel samen met anderen oog voor "
          "hebben."),
    ]
    if ojsp:
        blocks.append(P("De Wet versterking positie ouders en leerlingen in het passend onderwijs brengt "
                        "onder meer het hoorrecht voor leerlingen en veranderingen in de schoolgids. De "
                        "gevolgen daarvan voor de scholen worden in de jaarplannen verwerkt."))
    return blocks


def f_kennisdeling(name):
    return [
        H1("Kennisdeling en leren van elkaar"),
        P("Kennis over ondersteuning zit verspreid over vele scholen en mensen. We willen die kennis beter "
          "benutten. Daarom organiseren we leernetwerken rond thema's die scholen zelf aandragen, zoals "
          "executieve functies, meertaligheid, jonge risicoleerlingen en het werken met groepsplannen. Elk "
          "leernetwerk heeft een trekker uit het onderwijs en komt vier tot zes keer per jaar bijeen."),
        P("Daarnaast stimuleren we collegiale consultatie: een leerkracht of intern begeleider kan een dagdeel "
          "meelopen op een andere school, ook bij een ander bestuur. De kosten van vervanging worden "
          "vergoed uit het scholingsbudget. In de evaluatie van de vorige periode werd deze vorm van leren "
          "het hoogst gewaardeerd."),
        P("Eens per jaar publiceren we een bundel met praktijkverhalen van scholen. Die bundel is bedoeld als "
          "inspiratie, niet als voorschrift; scholen kiezen zelf wat bij hen past."),
    ]


def f_integriteit(name):
    return [
        H1("Integriteit en interne beheersing"),
        P("Het samenwerkingsverband werkt met publiek geld en met gevoelige informatie over kinderen. Daarom "
          "hechten we aan integriteit. Er is een gedragscode voor medewerkers en commissieleden, een regeling "
          "voor het melden van vermoedens van misstanden en een regeling nevenfuncties. Leden van commissies "
          "die adviseren of besluiten over individuele leerlingen, melden het wanneer zij op enige manier "
          "bij een leerling of school betrokken zijn geweest; zij nemen dan niet deel aan de behandeling."),
        P("Het bestuur laat zich jaarlijks door de accountant adviseren over de interne beheersing. De "
          "aanbevelingen uit de managementletter worden besproken met de raad van toezicht en in een "
          "actielijst opgevolgd."),
    ]


# ---------------------------------------------------------------------------
# Plan A: PO Kempenrand, plain language for parents/OPR, .docx
# ---------------------------------------------------------------------------

def plan_kempenrand():
    name = "Samenwerkingsverband Passend Primair Onderwijs Kempenrand"
    g = ["Bergeijk-Zuid", "Valkenhorst", "Eersel-Oost", "Heidemeer"]
    b = [("title", "Ondersteuningsplan 2026-2030"),
         ("subtitle", "%s (PO 30-12) — Elk kind telt. Versie voor ouders, scholen en OPR" % name),
         ("subtitle", "Over basisondersteuning, toelaatbaarheid, terugplaatsing, geld, resultaten en ouders"),
         ("toc", None)]
    b += f_voorwoord(name, "Marieke van Dongen, directeur-bestuurder")
    b += f_over_ons(name, g, 61, 9, "11.900", "po")
    b += f_visie(name)
    b += f_terugblik(name)
    b += [
        H1("Wat mag u verwachten van elke school?"),
        P("Iedere basisschool in Kempenrand biedt dezelfde basis. Dat noemen we basisondersteuning. De negen "
          "schoolbesturen hebben in 2025 met elkaar afgesproken welk minimum elke school, en ook elke "
          "nevenvestiging, moet kunnen bieden. Die afspraak geldt voor alle 61 scholen, groot of klein, in de "
          "stad of in een dorp. U hoeft er niets voor aan te vragen en er is geen diagnose voor nodig."),
        P("Concreet betekent dit dat u op iedere school in ons samenwerkingsverband het volgende kunt "
          "verwachten:"),
        UL("een intern begeleider (IB'er) die ten minste twee dagdelen per week beschikbaar is voor leerlingen "
           "en hun leerkrachten, en die u kunt spreken als u zich zorgen maakt;",
           "een dyslexieprotocol en een dyscalculieprotocol, inclusief voorleessoftware en extra tijd bij toetsen;",
           "een programma voor sociale veiligheid en een anti-pestcoördinator;",
           "verrijkingsstof en een plusgroep of plusklas op de eigen school of op een school in de buurt voor "
           "kinderen die meer aankunnen;",
           "een ondersteuningsteam dat minstens zes keer per jaar bijeenkomt, met de IB'er, de orthopedagoog van "
           "het samenwerkingsverband en de contactpersoon van het wijkteam;",
           "aanpassingen in de klas, zoals een prikkelarme werkplek, een koptelefoon, een dagritmekaart en "
           "korte instructie aan de instructietafel;",
           "een ontwikkelingsperspectief (OPP) voor kinderen die op een eigen leerlijn werken, dat met u wordt "
           "besproken voordat het wordt vastgesteld;",
           "een toegankelijk gebouw of, waar dat nog niet kan, een afspraak met een school in de buurt."),
        P("Hoe weet u of een school dit echt doet? Elke school beschrijft in de schoolgids wat zij biedt. Eens "
          "in de vier jaar bezoekt een auditteam van twee IB'ers van andere besturen en een medewerker van het "
          "bureau de school. Als een school een onderdeel niet op orde heeft, maakt het bestuur van de school "
          "binnen drie maanden een verbeterplan, dat het samenwerkingsverband opvolgt."),
        H1("Wat als mijn kind meer nodig heeft?"),
        P("Soms is de basis niet genoeg. Dan kijkt de school samen met u en het ondersteuningsteam wat er extra "
          "nodig is. Wij werken met drie treden. Trede 1 is de basisondersteuning van iedere school. Trede 2 is "
          "extra ondersteuning op de eigen school, bijvoorbeeld een arrangement van een ambulant begeleider, "
          "een taalklas of een paar uur per week een onderwijsassistent. Trede 3 is een plek op een "
          "speciale school: de twee sbo-scholen De Kiem en Het Palet, of een van de drie so-scholen in de "
          "regio (cluster 3 en cluster 4). Tussen trede 2 en 3 zitten nog de Kempenklassen: kleine groepen "
          "binnen twee gewone basisscholen voor kinderen met een taalontwikkelingsachterstand of "
          "gedragsproblemen, waar een kind maximaal twee jaar blijft."),
        P("Voor trede 2 vraagt de school een arrangement aan bij het loket van het samenwerkingsverband. Het "
          "loket beslist binnen vier weken. Een arrangement duurt meestal een schooljaar en wordt halverwege "
          "geëvalueerd met de ouders."),
        H1("Is er voor elk kind een plek?"),
        P("Dat is ons doel, maar we weten dat het nog niet altijd lukt. In schooljaar 2024-2025 zaten in onze "
          "regio 23 kinderen langer dan vier weken thuis zonder passend onderwijs. Dat vinden we te veel. "
          "Daarom hebben we het volgende afgesproken:"),
        UL("een school meldt elk kind dat langer dan twee weken niet of maar gedeeltelijk naar school gaat bij "
           "de thuiszitterscoördinator van het samenwerkingsverband;",
           "binnen vijf schooldagen organiseert de coördinator een overleg met school, ouders, leerplicht en "
           "zo nodig jeugdhulp, en er komt een plan met een datum waarop het kind weer naar school gaat;",
           "lukt dat niet binnen zes weken, dan gaat de casus naar de Doorbraaktafel, waar bestuurders van "
           "samenwerkingsverband en gemeente knopen doorhakken;",
           "eens per jaar brengen we in kaart welke soorten plekken ontbreken. Zo bleek in 2025 dat er te "
           "weinig plaats was voor jonge kinderen met ernstige gedragsproblemen; daarvoor is in 2026 een "
           "kleine groep gestart in samenwerking met een zorgaanbieder."),
        P("De zorgplicht blijft daarbij gewoon bij het schoolbestuur waar u uw kind hebt aangemeld. Dat bestuur "
          "moet een passende plek aanbieden, op de eigen school of op een andere school."),
        H1("Hoe krijgt mijn kind een plek op het sbo of so?"),
        P("Voor een plek op een school voor speciaal basisonderwijs (sbo) of speciaal onderwijs (so) is een "
          "toelaatbaarheidsverklaring nodig, kort een TLV. Die verklaring geeft het samenwerkingsverband af. "
          "Zo gaat dat in zijn werk:"),
        OL("De school van uw kind bespreekt in het ondersteuningsteam, samen met u, dat een speciale school "
           "misschien beter past. U geeft toestemming voor de aanvraag.",
           "De school (het schoolbestuur) dient de aanvraag in bij de TLV-commissie van het "
           "samenwerkingsverband, met het OPP, het groeidocument en de verslagen van de evaluaties.",
           "Twee deskundigen geven ieder een eigen schriftelijk advies: altijd een orthopedagoog of psycholoog, "
           "en daarnaast, afhankelijk van wat er speelt, bijvoorbeeld een maatschappelijk werker, een "
           "kinderpsychiater of een jeugdarts. De deskundigen hebben de aanvraag zelf niet voorbereid.",
           "De TLV-commissie neemt namens het bestuur van het samenwerkingsverband binnen zes weken na "
           "ontvangst van een volledige aanvraag een besluit. U krijgt het besluit en de adviezen thuisgestuurd.",
           "Met de TLV meldt u uw kind aan bij de sbo- of so-school. Die school kijkt of zij uw kind kan "
           "plaatsen."),
        P("Wanneer geeft de commissie een TLV af? Dat hangt af van wat uw kind nodig heeft, niet van een "
          "diagnose alleen. De commissie kijkt naar de volgende punten:"),
        TABLE([["Soort TLV", "Uw kind is toelaatbaar als ..."],
               ["sbo", "de ondersteuning die nodig is groter is dan wat de school met een arrangement kan "
                       "bieden, de school dat aantoont met ten minste twee evaluaties van een OPP en "
                       "het kind een kleinere groep en meer structuur nodig heeft dan een gewone groep biedt"],
               ["so cluster 3", "het kind een verstandelijke, lichamelijke of meervoudige beperking of een "
                                "langdurige ziekte heeft, en daardoor structureel een aangepaste leeromgeving "
                                "en verzorging nodig heeft die in het sbo niet kan worden geboden"],
               ["so cluster 4", "het kind ernstige gedragsproblemen of psychiatrische problematiek heeft, er "
                                "intensieve samenwerking met jeugdhulp nodig is en een plaatsing in het sbo "
                                "onvoldoende veiligheid biedt voor het kind of de groep"]]),
        P("Een TLV voor het sbo geldt voor twee schooljaren; een TLV voor het so geldt tot het einde van "
          "het schooljaar waarin uw kind twaalf wordt, tenzij de commissie een kortere duur kiest. Bij een TLV "
          "voor het so staat ook de bekostigingscategorie: laag, midden of hoog."),
        H2("Bent u het niet eens met het besluit?"),
        P("Dan kunt u binnen zes weken bezwaar maken bij het samenwerkingsverband. Het bezwaar wordt voorgelegd "
          "aan de Landelijke Bezwaaradviescommissie Toelaatbaarheidsverklaringen, die het bestuur adviseert."),
        H2("En kan mijn kind later weer terug?"),
        P("Ja, en dat vinden wij belangrijk. Een plek op een speciale school is voor ons niet vanzelfsprekend "
          "voor altijd. Ons uitgangspunt is dat een kind zo kort als nodig en zo lang als nodig op het sbo of "
          "so blijft. Terugkeer naar een gewone basisschool ligt voor de hand als het OPP laat zien dat het "
          "kind de doelen van de gewone groep weer kan volgen, als een basisschool in de buurt de "
          "ondersteuning kan bieden die nog nodig is en als u als ouders achter de overstap staat."),
        P("Na de overstap laten we kind en school niet los. De ontvangende basisschool krijgt voor één "
          "schooljaar een terugkeerarrangement van € 3.500, en de leerkracht van de speciale school blijft "
          "de eerste drie maanden beschikbaar voor overleg en een paar lesbezoeken."),
        P("Wie het initiatief neemt, welke stappen er precies zijn en wie uiteindelijk besluit, leggen we vast "
          "in een werkwijze die een werkgroep van sbo- en so-directeuren in de loop van schooljaar 2026-2027 "
          "opstelt."),
        H1("Geld en middelen: hoe verdelen we het geld?"),
        P("Het samenwerkingsverband krijgt jaarlijks geld van het Rijk voor extra ondersteuning. Dat geld "
          "verdelen we volgens vaste regels, zodat iedereen weet waar hij aan toe is:"),
        UL("ieder schoolbestuur krijgt een schoolbudget van € 162 per leerling, op basis van het aantal "
           "leerlingen op 1 oktober van het jaar daarvoor. Daarmee betaalt het bestuur de extra ondersteuning "
           "op trede 2 die het zelf organiseert;",
           "kleine scholen met minder dan 100 leerlingen krijgen daarbovenop een vaste voet van € 6.000;",
           "arrangementen van het loket en de Kempenklassen worden centraal betaald, op basis van een aanvraag "
           "per leerling;",
           "de kosten van leerlingen in het sbo en so worden door DUO ingehouden op onze middelen; dat bedrag "
           "ligt dus vast door het aantal TLV's."),
        P("Onze reserve lag eind 2025 boven de signaleringswaarde. Het bestuur heeft besloten het bedrag boven "
          "de signaleringswaarde in drie jaar in te zetten voor de Kempenklassen en scholing."),
        P("Hoeveel geld er de komende jaren precies naar elk onderdeel gaat, staat in de meerjarenbegroting. "
          "Die stelt het bestuur in december vast; u vindt hem daarna op onze website."),
        H1("Hoe weten we of het werkt?"),
        P("Een goede vraag, die de OPR ons ook stelde. We willen graag laten zien wat alle inspanningen "
          "opleveren. In het eerste jaar van dit plan gaan we samen met de OPR en de directeuren bepalen "
          "welke resultaten we willen bereiken en hoe we die gaan volgen. Daarover hoort u van ons "
          "zodra de OPR zich erover heeft uitgesproken."),
        H1("Communicatie"),
        H2("Hoe houden we u op de hoogte?"),
        P("U vindt informatie over ondersteuning op verschillende plekken. Elke school beschrijft in de "
          "schoolgids welke basisondersteuning en extra ondersteuning zij biedt. Op onze website staat een "
          "ouderpagina met uitleg over arrangementen, TLV's en het OPP, en een korte film over de drie treden. "
          "Twee keer per jaar, in oktober en in maart, houden we een informatieavond voor ouders, afwisselend "
          "in het noorden en het zuiden van de regio. Bij een aanvraag voor een arrangement of een TLV krijgen "
          "ouders de folder 'Uw kind en extra ondersteuning', die er ook in het Arabisch, Turks en Pools is."),
        H2("Waar kunt u terecht als u er samen met school niet uitkomt?"),
        P("Soms verschillen ouders en school van mening. Praat eerst met de leerkracht, de IB'er of de "
          "directeur. Komt u er samen niet uit, dan kunt u gratis terecht bij Steunpunt Kompaan, het "
          "onafhankelijke ouder- en jeugdsteunpunt in onze regio. Kompaan is telefonisch bereikbaar op "
          "werkdagen van 9 tot 15 uur en kan een gesprek begeleiden. Daarnaast kunt u een beroep doen op de "
          "onderwijsconsulenten, een landelijke voorziening, en kunt u een geschil over toelating of "
          "verwijdering voorleggen aan de Geschillencommissie passend onderwijs."),
    ]
    b += f_oogo(name, g)
    b += f_opr(name)
    b += f_personeel(name)
    b += f_privacy(name)
    b += f_communicatie_scholen(name)
    b += f_planning(name, [["september 2026", "Start jaarplan, bespreking in directeurenberaad", "bureau"],
                           ["december 2026", "Vaststelling meerjarenbegroting", "bestuur"],
                           ["maart 2027", "Tussentijdse evaluatie Kempenklassen", "werkgroep"],
                           ["juni 2027", "Jaarplan 2027-2028", "bestuur, OPR"]])
    b += f_totstandkoming(name, "24 maart 2026", "3 februari 2026", "7 april 2026")
    b += [
        H1("Begrippenlijst"),
        TABLE([["Begrip", "Uitleg"],
               ["Basisondersteuning", "De ondersteuning die elke school in het samenwerkingsverband biedt."],
               ["Meerjarenbegroting", "Begroting voor meerdere jaren met de verwachte inkomsten en uitgaven."],
               ["Ouder- en jeugdsteunpunt", "Onafhankelijk punt waar ouders en kinderen terecht kunnen."],
               ["Resultaten", "Wat we met het beleid bereiken voor leerlingen."],
               ["Terugplaatsing", "De overstap van het sbo of so naar het gewone basisonderwijs."],
               ["TLV", "Toelaatbaarheidsverklaring, nodig voor sbo en so."],
               ["Thuiszitter", "Leerplichtig kind dat zonder geldige reden niet naar school gaat."]]),
    ]
    return name, b


def label_kempenrand():
    cr = crit(["terugstroom.procedure", "financien.besteding", "resultaten.doelen", "resultaten.monitoring"])
    adv = {"basisondersteuning": ["borging"],
           "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
           "financien": ["reserves"],
           "dekkend-aanbod": ["ketenpartners"],
           "ouders": ["betrokkenheid"]}
    notes = {
        "basisondersteuning": "'Wat mag u verwachten van elke school?': agreed minimum for all 61 schools incl. "
                              "nevenvestigingen plus concrete list; audit every 4 years = borging.",
        "plaatsing": "'Hoe krijgt mijn kind een plek op het sbo of so?': 5 steps, TLV-commissie, 6 weeks; "
                     "criteria only in the table; duration/categorie and bezwaar follow.",
        "terugstroom": "Hidden in TLV chapter 'En kan mijn kind later weer terug?': aims, conditions and "
                       "terugkeerarrangement (beleid) but steps/initiator/decider deferred to a werkgroep 2026-2027.",
        "financien": "'Geld en middelen': verdeling concrete (EUR 162 per leerling, vaste voet); reserves; "
                     "the meerjarenbegroting is only referred to (bestuur adopts in December, website).",
        "dekkend-aanbod": "Three treden + Kempenklassen in 'Wat als mijn kind meer nodig heeft?'; thuiszitters "
                          "approach and yearly gap analysis in 'Is er voor elk kind een plek?'.",
        "resultaten": "'Hoe weten we of het werkt?' only defers the results to year 1 of the plan; "
                      "the word appears in TOC/glossary only otherwise.",
        "ouders": "Inside 'Communicatie': schoolgids, ouderpagina, informatieavonden, folder; Steunpunt "
                  "Kompaan (OJSP), onderwijsconsulenten, Geschillencommissie.",
    }
    exp = {"basisondersteuning": "present", "plaatsing": "present", "terugstroom": "partial",
           "financien": "partial", "dekkend-aanbod": "present", "resultaten": "missing", "ouders": "present"}
    return cr, adv, notes, exp


# ---------------------------------------------------------------------------
# Plan B: PO Maasoever, formal legal style, .pdf (rendered from .docx)
# ---------------------------------------------------------------------------

def plan_maasoever():
    name = "Stichting Samenwerkingsverband Primair Onderwijs Maasoever"
    g = ["Maasoever", "Lithoijen-West", "Oijenstein"]
    b = [("title", "Ondersteuningsplan 2026-2030"),
         ("subtitle", "%s (PO 29-14), vastgesteld krachtens artikel 18a, achtste lid, van de Wet op het "
                      "primair onderwijs" % name),
         ("toc", None)]
    b += f_voorwoord(name, "Het bestuur, mr. drs. H.J.M. Verhoeven, voorzitter", plain=False)
    b += f_leeswijzer("de algemene bepalingen, de ondersteuningsstructuur, de toelaatbaarheid, de "
                      "terugplaatsing, de financiën, de resultaten, de positie van ouders en de slotbepalingen")
    b += [
        H1("Hoofdstuk 1 Algemene bepalingen"),
        H2("Artikel 1.1 Begripsbepalingen"),
        P("In dit plan wordt verstaan onder:"),
        UL("a. basisondersteuning: het geheel van preventieve en licht curatieve interventies dat binnen de "
           "onderwijsondersteuningsstructuur van iedere school wordt uitgevoerd;",
           "b. arrangement: een door het samenwerkingsverband toegekende vorm van extra ondersteuning;",
           "c. ouder- en jeugdsteunpunt: de onafhankelijke voorziening voor informatie en ondersteuning van "
           "ouders en jeugdigen;",
           "d. kwaliteitskader: het instrument waarmee de bereikte resultaten worden gemeten en verantwoord;",
           "e. terugplaatsing: de overgang van een leerling van het speciaal (basis)onderwijs naar het "
           "basisonderwijs;",
           "f. thuiszitter: een leerling die ingeschreven staat maar zonder vrijstelling geen onderwijs volgt;",
           "g. TLV: toelaatbaarheidsverklaring als bedoeld in artikel 40 van de Wet op de expertisecentra."),
        H2("Artikel 1.2 Reikwijdte"),
        P("1. Dit plan is van toepassing op alle scholen en nevenvestigingen voor basisonderwijs en speciaal "
          "basisonderwijs waarvan het bevoegd gezag bij het samenwerkingsverband is aangesloten, alsmede op de "
          "locaties voor speciaal onderwijs van cluster 3 en 4 in het werkgebied. 2. Dit plan geldt voor de "
          "schooljaren 2026-2027 tot en met 2029-2030. 3. Tussentijdse wijziging geschiedt met inachtneming "
          "van artikel 14a van de Wet medezeggenschap op scholen."),
        H2("Artikel 1.3 Doel"),
        P("Het samenwerkingsverband heeft tot doel een samenhangend geheel van ondersteuningsvoorzieningen "
          "binnen en tussen de scholen te realiseren, zodanig dat leerlingen een zo ononderbroken mogelijk "
          "ontwikkelingsproces kunnen doorlopen en dat leerlingen die extra ondersteuning behoeven een zo "
          "passend mogelijke plaats in het onderwijs krijgen."),
        P("Het bestuur ziet het als zijn opdracht dit doel te vertalen naar heldere afspraken, die voor "
          "scholen, ouders en ketenpartners kenbaar en toetsbaar zijn. Dit plan bevat die afspraken voor zover "
          "zij op het niveau van het samenwerkingsverband worden gemaakt; de uitwerking op schoolniveau vindt "
          "plaats in de schoolondersteuningsprofielen en de schoolgidsen."),
    ]
    b += f_over_ons(name, g, 38, 6, "7.450", "po")
    b += f_ontwikkelingen(name)
    b += f_governance(name, formal=True)
    b += [
        H1("Hoofdstuk 3 Ondersteuningsstructuur"),
        H2("Artikel 3.1 Niveau van basisondersteuning"),
        P("1. De aangesloten bevoegde gezagsorganen zijn overeengekomen dat iedere vestiging van iedere "
          "aangesloten school ten minste het in het tweede lid omschreven niveau van basisondersteuning biedt. "
          "Dit niveau geldt als ondergrens; een school kan in haar schoolondersteuningsprofiel meer bieden, "
          "doch niet minder."),
        P("2. Het niveau van basisondersteuning omvat ten minste: a. een ondersteuningsstructuur met een "
          "intern begeleider met een opleiding op masterniveau of daarmee gelijkgestelde ervaring, met een "
          "beschikbaarheid van ten minste acht uur per week per tweehonderd leerlingen; b. een "
          "leerlingvolgsysteem met een cyclus van signaleren, analyseren en handelen, die ten minste twee maal "
          "per jaar wordt doorlopen; c. protocollen voor dyslexie, dyscalculie en medisch handelen; d. een "
          "aanbod voor leerlingen met een ontwikkelingsvoorsprong binnen de eigen groep; e. een aanpak van "
          "sociale veiligheid met een aangewezen coördinator; f. de mogelijkheid een ontwikkelingsperspectief "
          "op te stellen en ten minste jaarlijks met ouders te evalueren; g. toegang tot consultatie door een "
          "orthopedagoog van het samenwerkingsverband binnen drie weken na een verzoek; h. samenwerking met "
          "het sociaal wijkteam via een vaste contactpersoon."),
        H2("Artikel 3.2 Borging"),
        P("1. Iedere school legt het geboden niveau van basisondersteuning vast in het "
          "schoolondersteuningsprofiel, dat ten minste eenmaal per vier jaar wordt herzien. 2. Het bureau van "
          "het samenwerkingsverband toetst de profielen aan artikel 3.1 en rapporteert jaarlijks aan het "
          "bestuur. 3. Indien een school het niveau niet haalt, stelt het bevoegd gezag binnen zes maanden "
          "een herstelplan op."),
        H2("Artikel 3.3 Extra ondersteuning en arrangementen"),
        P("1. Waar de basisondersteuning niet toereikend is, kan het bevoegd gezag een arrangement aanvragen. "
          "Het samenwerkingsverband kent de volgende arrangementen: a. een consultatie- en "
          "begeleidingsarrangement van ten hoogste twintig uur; b. een arrangement onderwijsassistentie van ten "
          "hoogste zes uur per week gedurende een schooljaar; c. een plaatsing in de tussenvoorziening "
          "Taalhuis voor leerlingen met een ernstige taalontwikkelingsstoornis; d. een onderwijs-"
          "zorgarrangement in samenwerking met de gemeente. 2. Arrangementen worden toegekend door de "
          "Commissie Arrangementen."),
        H2("Artikel 3.4 Speciale voorzieningen"),
        P("1. Binnen het werkgebied zijn gevestigd: twee scholen voor speciaal basisonderwijs, een school voor "
          "speciaal onderwijs cluster 4 en een locatie voor zeer moeilijk lerende kinderen (cluster 3). 2. Het "
          "geheel van basisondersteuning, arrangementen, tussenvoorziening en speciale voorzieningen vormt het "
          "ondersteuningscontinuüm van het samenwerkingsverband; de voorzieningen zijn zodanig op elkaar "
          "afgestemd dat een leerling zonder onderbreking van de ene naar de andere voorziening kan overgaan."),
        H2("Artikel 3.5 Thuiszitters"),
        P("Het samenwerkingsverband onderkent dat ook in het werkgebied leerlingen thuiszitten. Een regionale "
          "aanpak wordt in overleg met de leerplichtambtenaren en de gemeenten nader uitgewerkt en bij "
          "afzonderlijk besluit vastgesteld."),
        H1("Hoofdstuk 4 Toelaatbaarheid tot het speciaal (basis)onderwijs"),
        H2("Artikel 4.1 Aanvraag"),
        P("1. Een aanvraag om een toelaatbaarheidsverklaring wordt ingediend door het bevoegd gezag van de school "
          "waar de leerling is ingeschreven of, indien de leerling niet is ingeschreven, door het bevoegd gezag "
          "van de school waar de leerling is aangemeld. 2. De aanvraag gaat vergezeld van het "
          "ontwikkelingsperspectief, een verslag van de evaluatie daarvan en de zienswijze van de ouders. "
          "3. De aanvraag wordt ingediend bij de Commissie van Toelaatbaarheid."),
        H2("Artikel 4.2 Deskundigenadvies"),
        P("Alvorens te beslissen, wint de Commissie van Toelaatbaarheid het advies in van twee deskundigen, "
          "van wie één orthopedagoog of psycholoog is en de ander, afhankelijk van de problematiek van de "
          "leerling, kinderpsychiater, maatschappelijk werker, pedagoog of arts. Ieder van hen brengt een "
          "afzonderlijk schriftelijk advies uit."),
        H2("Artikel 4.3 Besluit"),
        P("1. De Commissie van Toelaatbaarheid beslist namens het bestuur binnen zes weken na ontvangst van de "
          "volledige aanvraag. 2. Deze termijn kan eenmaal met ten hoogste vier weken worden verlengd. "
          "3. Het besluit wordt schriftelijk en met redenen omkleed aan de ouders en het bevoegd gezag "
          "bekendgemaakt en vermeldt een volgnummer."),
        H2("Artikel 4.4 Criteria"),
        P("De Commissie van Toelaatbaarheid toetst de aanvraag aan de criteria die zijn opgenomen in het "
          "Reglement Toelaatbaarheid (bijlage C). Dit reglement wordt na instemming van de "
          "ondersteuningsplanraad door het bestuur afzonderlijk vastgesteld."),
        H2("Artikel 4.5 Duur en bekostigingscategorie"),
        P("1. Een toelaatbaarheidsverklaring voor het speciaal basisonderwijs wordt afgegeven voor de duur van "
          "twee schooljaren. 2. Een toelaatbaarheidsverklaring voor het speciaal onderwijs wordt afgegeven voor "
          "ten hoogste vier schooljaren en vermeldt de bekostigingscategorie laag, midden of hoog."),
        H2("Artikel 4.6 Bezwaar"),
        P("Tegen een besluit als bedoeld in artikel 4.3 kan binnen zes weken bezwaar worden gemaakt bij het "
          "bestuur. Het bestuur legt het bezwaar voor advies voor aan de Landelijke Bezwaaradviescommissie "
          "Toelaatbaarheidsverklaringen."),
        H1("Hoofdstuk 5 Terugplaatsing en overplaatsing"),
        H2("Artikel 5.1 Beleid"),
        P("1. Het samenwerkingsverband beoogt dat iedere leerling in het speciaal (basis)onderwijs niet langer "
          "dan noodzakelijk in die voorziening verblijft. 2. Terugplaatsing of overplaatsing naar het "
          "basisonderwijs is aangewezen indien uit de evaluatie van het ontwikkelingsperspectief blijkt dat de "
          "ondersteuningsbehoefte van de leerling kan worden beantwoord met de basisondersteuning, al dan niet "
          "aangevuld met een arrangement. 3. De ontvangende school ontvangt gedurende het eerste jaar na "
          "terugplaatsing een nazorgarrangement van ten hoogste veertig uur ambulante begeleiding vanuit de "
          "school van herkomst."),
        H2("Artikel 5.2 Procedure"),
        P("1. In het laatste schooljaar waarvoor de toelaatbaarheidsverklaring geldt, bespreekt de school voor "
          "speciaal (basis)onderwijs uiterlijk op 1 februari met de ouders of terugplaatsing, overplaatsing of "
          "verlenging aan de orde is. 2. Indien terugplaatsing aan de orde is, zoekt de school van herkomst in "
          "overleg met de ouders een school voor basisonderwijs en draagt zij het dossier over vóór 1 mei. "
          "3. Indien verlenging nodig wordt geacht, dient het bevoegd gezag van de school voor speciaal "
          "(basis)onderwijs vóór 1 april een nieuwe aanvraag in op de wijze bedoeld in artikel 4.1. "
          "4. Zonder nieuwe verklaring eindigt de toelaatbaarheid van rechtswege aan het einde van het "
          "schooljaar. 5. Terugplaatsing wordt na drie en na twaalf maanden geëvalueerd door de ontvangende "
          "school, de ouders en de ambulant begeleider."),
        H1("Hoofdstuk 6 Financiën"),
        H2("Artikel 6.1 Verdeling van de middelen"),
        P("1. Het samenwerkingsverband hanteert een schoolmodel. Van de rijksmiddelen voor lichte en zware "
          "ondersteuning wordt, na aftrek van de afdrachten aan het speciaal (basis)onderwijs, de kosten van "
          "het bureau en de arrangementen, het resterende bedrag doorbetaald aan de bevoegde gezagsorganen naar "
          "rato van het aantal leerlingen op de teldatum van 1 oktober van het voorafgaande jaar. 2. Voor "
          "2026 bedraagt de doorbetaling € 178 per leerling. 3. Arrangementen worden bekostigd uit een "
          "centraal budget; toekenning geschiedt op grond van de ondersteuningsbehoefte zoals vastgesteld door "
          "de Commissie Arrangementen, met een normbedrag van € 60 per uur ondersteuning."),
        H2("Artikel 6.2 Besteding en meerjarenbegroting"),
        P("De middelen worden besteed overeenkomstig de onderstaande meerjarenbegroting (bedragen x € 1.000)."),
        TABLE([["Post", "2026", "2027", "2028", "2029"],
               ["Rijksbijdrage ondersteuning", "9.840", "9.710", "9.590", "9.480"],
               ["Afdracht sbo en so (DUO)", "4.120", "4.060", "4.010", "3.970"],
               ["Doorbetaling schoolbesturen", "1.326", "1.300", "1.275", "1.255"],
               ["Arrangementen en Taalhuis", "2.450", "2.480", "2.500", "2.500"],
               ["Onderwijs-zorgarrangementen", "380", "390", "400", "400"],
               ["Bureau en personeel", "1.310", "1.330", "1.350", "1.370"],
               ["Scholing en kennisdeling", "210", "150", "115", "85"],
               ["Resultaat", "44", "0", "-60", "-100"]]),
        H2("Artikel 6.3 Reserves"),
        P("Het weerstandsvermogen bedroeg op 31 december 2025 11,2 procent. Het bestuur hanteert een "
          "bovengrens van de signaleringswaarde en zet het meerdere in overeenstemming met de begroting in."),
        H2("Artikel 6.4 Verantwoording"),
        P("De bevoegde gezagsorganen verantwoorden jaarlijks vóór 1 juli in een door het bureau vastgesteld "
          "format de besteding van de doorbetaalde middelen."),
        H1("Hoofdstuk 7 Resultaten"),
        H2("Artikel 7.1 Beoogde resultaten"),
        P("Het samenwerkingsverband beoogt in de planperiode de volgende resultaten voor leerlingen die extra "
          "ondersteuning behoeven: a. ten minste 90 procent van de leerlingen met een ontwikkelingsperspectief "
          "behaalt de daarin opgenomen uitstroombestemming; b. het deelnamepercentage speciaal basisonderwijs "
          "daalt van 2,6 naar 2,2 procent; c. ten minste 15 leerlingen per jaar worden teruggeplaatst naar "
          "het basisonderwijs; d. iedere aanvraag voor een arrangement wordt binnen vier weken afgehandeld."),
        H2("Artikel 7.2 Bereikte resultaten"),
        P("De wijze waarop de bereikte resultaten worden gemeten, gevolgd en verantwoord, wordt vastgelegd in "
          "het kwaliteitskader, dat in het eerste planjaar wordt ontwikkeld."),
        H1("Hoofdstuk 8 Ouders"),
        H2("Artikel 8.1 Informatievoorziening"),
        P("1. Het samenwerkingsverband informeert ouders over de ondersteuningsvoorzieningen door middel van: "
          "a. een openbaar toegankelijke website met een ouderrubriek; b. een jaarlijks geactualiseerde "
          "brochure 'Passend onderwijs in Maasoever', die iedere school bij aanmelding aan ouders verstrekt; "
          "c. de schoolgids en het schoolondersteuningsprofiel van iedere school, die naar deze informatie "
          "verwijzen; d. een ouderavond per regio, ten minste eenmaal per schooljaar. 2. Bij iedere aanvraag "
          "voor een arrangement of toelaatbaarheidsverklaring ontvangen ouders een schriftelijke toelichting "
          "op de procedure."),
        H2("Artikel 8.2 Onafhankelijke ondersteuning van ouders"),
        P("Het samenwerkingsverband richt, zodra de daartoe strekkende wettelijke bepalingen in werking "
          "treden, een ouder- en jeugdsteunpunt in. Inrichting, taken en bereikbaarheid worden bij afzonderlijk "
          "besluit geregeld."),
        H2("Artikel 8.3 Betrokkenheid"),
        P("Ouders zijn vertegenwoordigd in de ondersteuningsplanraad. Het ontwikkelingsperspectief wordt "
          "opgesteld na op overeenstemming gericht overleg met de ouders."),
    ]
    b += f_oogo(name, g)
    b += f_opr(name, consent_date="19 maart 2026")
    b += f_personeel(name)
    b += f_privacy(name)
    b += f_totstandkoming(name, "19 maart 2026", "27 januari 2026", "2 april 2026")
    b += [
        H1("Hoofdstuk 10 Slotbepalingen"),
        P("1. Dit plan treedt in werking op 1 augustus 2026. 2. Het ondersteuningsplan 2022-2026 vervalt op "
          "die datum. 3. In gevallen waarin dit plan niet voorziet, beslist het bestuur. 4. Dit plan kan worden "
          "aangehaald als 'Ondersteuningsplan Maasoever 2026-2030'."),
    ]
    return name, b


def label_maasoever():
    cr = crit(["plaatsing.criteria", "dekkend-aanbod.lacunes", "resultaten.monitoring", "ouders.steunpunt"])
    adv = {"basisondersteuning": ["borging"],
           "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
           "financien": ["reserves", "verantwoording"],
           "dekkend-aanbod": ["ketenpartners"],
           "resultaten": ["meetbaar"],
           "ouders": ["betrokkenheid"]}
    notes = {
        "basisondersteuning": "Art. 3.1 lid 1 (agreed floor for every vestiging) and lid 2 a-h (content); "
                              "art. 3.2 borging.",
        "plaatsing": "Ch. 4 art. 4.1-4.3 give applicant, dossier, commissie, 6 weeks; art. 4.4 criteria only "
                     "by reference to Reglement Toelaatbaarheid (bijlage C), absent and separately adopted.",
        "terugstroom": "Ch. 5: art. 5.1 beleid (aim, condition, nazorgarrangement) and 5.2 procedure "
                       "(1 februari, 1 mei, 1 april, evaluation after 3/12 months).",
        "financien": "Art. 6.1 schoolmodel EUR 178 per leerling, normbedrag; art. 6.2 meerjarenbegroting "
                     "table; reserves 6.3, verantwoording 6.4.",
        "dekkend-aanbod": "Art. 3.3-3.4 continuum; art. 3.5 thuiszitters only 'nader uitgewerkt' and "
                          "'afzonderlijk besluit' (deferral); glossary defines thuiszitter (trap).",
        "resultaten": "Art. 7.1 numeric beoogde resultaten; art. 7.2 measurement deferred to a kwaliteitskader "
                      "to be developed; glossary item d is a trap.",
        "ouders": "Art. 8.1 informatie (website, brochure, schoolgids, ouderavond); art. 8.2 OJSP deferred "
                  "until the law is in force; the TLV bezwaar (art. 4.6) is a plaatsing remedy, not "
                  "independent help.",
    }
    exp = {"basisondersteuning": "present", "plaatsing": "partial", "terugstroom": "present",
           "financien": "present", "dekkend-aanbod": "partial", "resultaten": "partial", "ouders": "partial"}
    return cr, adv, notes, exp


# ---------------------------------------------------------------------------
# Plan C: VO Hoogland, businesslike, .docx
# ---------------------------------------------------------------------------

def plan_hoogland():
    name = "Samenwerkingsverband Voortgezet Onderwijs Hoogland"
    g = ["Hoogland", "Rijsselt", "Ommerveld", "Dalfsen-Noord", "Haarle"]
    b = [("title", "Ondersteuningsplan 2026-2030: Elke leerling een passende route"),
         ("subtitle", "%s (VO 23-09). Definitieve versie na instemming OPR" % name),
         ("toc", None)]
    b += f_voorwoord(name, "Jeroen Kampstra, directeur-bestuurder SWV VO Hoogland")
    b += f_over_ons(name, g, 14, 7, "9.300", "vo")
    b += f_visie(name)
    b += f_ontwikkelingen(name)
    b += [
        H1("Kengetallen"),
        P("De tabel hieronder geeft de belangrijkste kengetallen op de teldatum 1 oktober 2025. De aantallen "
          "zijn afgerond. Een uitgebreide analyse per school is besproken in het directeurenoverleg."),
        TABLE([["Onderdeel", "Aantal"],
               ["Leerlingen regulier vo", "8.640"],
               ["Leerlingen praktijkonderwijs", "310"],
               ["Leerlingen vso (cluster 3 en 4)", "350"],
               ["Leerlingen met lwoo-indicatie", "1.020"],
               ["Leerlingen in de ISK", "95"]]),
    ]
    b += f_terugblik(name)
    b += [
        H1("Ondersteuning op school"),
        H2("Basisondersteuning"),
        P("Alle veertien scholen in Hoogland bieden hetzelfde, met elkaar afgesproken niveau van "
          "basisondersteuning. Dat niveau is in 2025 door de zeven besturen vastgesteld als ondergrens voor "
          "iedere vestiging, ongeacht schoolsoort of leerweg. De praktijkscholen bieden daarbovenop de "
          "ondersteuning die bij hun onderwijs hoort."),
        P("Welke voorzieningen, interventies en expertise onder dit niveau vallen, is vastgelegd in de "
          "Kwaliteitskaart Basisondersteuning Hoogland (bijlage 2)."),
        P("Iedere vier jaar voert een auditteam, bestaande uit een ondersteuningscoördinator van een andere "
          "school en een beleidsmedewerker van het samenwerkingsverband, een audit uit op iedere vestiging. "
          "Het auditrapport wordt besproken met de schoolleiding; tekortkomingen worden binnen een schooljaar "
          "hersteld en in de volgende audit opnieuw bekeken."),
        H2("Het ondersteuningsaanbod"),
        P("Een samenhangende beschrijving van het ondersteuningsaanbod, van basisondersteuning via de "
          "arrangementen en het OPDC tot het vso, is opgenomen in het Handboek Arrangeren (bijlage 5). Het "
          "handboek wordt jaarlijks door het directeurenoverleg geactualiseerd."),
        H1("Toewijzing: vso, lwoo en pro"),
        H2("Toelaatbaarheid tot het vso"),
        P("Een school die meent dat een leerling is aangewezen op het voortgezet speciaal onderwijs, dient "
          "namens het bevoegd gezag een aanvraag in bij het Loket Toewijzing van het samenwerkingsverband. "
          "De aanvraag bevat het OPP, de handelingsplannen van het laatste jaar, een verslag van het gesprek "
          "met ouders en leerling en de visie van de leerling zelf. De Commissie Toewijzing, onder leiding "
          "van een orthopedagoog-generalist, beoordeelt de aanvraag en vraagt het advies van twee "
          "deskundigen: een orthopedagoog of psycholoog en, afhankelijk van de leerling, een jeugdarts, "
          "kinder- en jeugdpsychiater of maatschappelijk werker. De commissie besluit namens het bestuur "
          "binnen zes weken na ontvangst van de complete aanvraag."),
        P("Een leerling is toelaatbaar tot het vso als aan alle volgende voorwaarden is voldaan: (1) de school "
          "heeft ten minste zes maanden een arrangement ingezet en dit aantoonbaar geëvalueerd; (2) de "
          "ondersteuningsbehoefte vraagt om een combinatie van een kleine groep (maximaal twaalf leerlingen), "
          "een aangepast curriculum en dagelijkse inzet van gedrags- of zorgexpertise; (3) deze combinatie kan "
          "niet binnen het regulier vo of het OPDC worden geboden; (4) bij cluster 3 is sprake van een "
          "verstandelijke, lichamelijke of meervoudige beperking of langdurige ziekte die deelname aan "
          "regulier onderwijs verhindert."),
        P("Een TLV vso wordt in de regel afgegeven voor twee schooljaren, met de bekostigingscategorie laag, "
          "midden of hoog. Tegen het besluit kunnen ouders binnen zes weken bezwaar maken; het "
          "samenwerkingsverband is aangesloten bij de Landelijke Bezwaaradviescommissie."),
        H2("Leerwegondersteunend onderwijs"),
        P("Hoogland hanteert de landelijke criteria voor lwoo. Een leerling komt in aanmerking bij een IQ "
          "tussen 75 en 90 en een leerachterstand van 25 tot 50 procent op ten minste twee domeinen, of bij "
          "een IQ tussen 91 en 120 met een leerachterstand op ten minste twee domeinen en sociaal-emotionele "
          "problematiek die het leren belemmert. De vo-school vraagt de aanwijzing aan bij het Loket "
          "Toewijzing vóór 1 mei van het jaar van instroom; het loket besluit binnen vier weken."),
        H2("Praktijkonderwijs"),
        P("Voor een toelaatbaarheidsverklaring pro gelden de landelijke criteria: een IQ tussen 55 en 80 en "
          "een leerachterstand van ten minste 50 procent op twee domeinen, waarvan één begrijpend lezen of "
          "inzichtelijk rekenen is. De aanvraag wordt ingediend door de praktijkschool na aanmelding door de "
          "ouders en wordt binnen vier weken beoordeeld door de Commissie Toewijzing."),
        H2("Terug naar het regulier vo"),
        P("p.m. Deze paragraaf wordt aangevuld nadat de pilot 'Thuisnabij' in schooljaar 2026-2027 is "
          "geëvalueerd."),
        H1("Geen leerling buiten beeld"),
        P("Scholen hebben zorgplicht: zij moeten een leerling die wordt aangemeld en extra ondersteuning nodig "
          "heeft, een passende plek bieden, op de eigen school of elders. Toch zijn er jongeren die "
          "vastlopen. In 2025 waren er in Hoogland 31 thuiszitters en 12 jongeren met een vrijstelling van "
          "de leerplicht. Onze aanpak:"),
        UL("iedere school meldt verzuim van meer dan tien dagen binnen een week bij de consulent Thuiszitten "
           "van het samenwerkingsverband en bij leerplicht;",
           "de consulent roept binnen tien werkdagen een Route-op-Maat-overleg bijeen met school, ouders, "
           "leerling, leerplicht en jeugdhulp, met als doel binnen drie maanden een passend onderwijsprogramma;",
           "komt een school haar zorgplicht niet na of zijn scholen het niet eens, dan beslist de "
           "directeur-bestuurder na escalatie binnen twee weken welke school de leerling plaatst;",
           "twee keer per jaar analyseren we in het directeurenoverleg voor welke groepen jongeren het aanbod "
           "tekortschiet; in 2025 waren dat vooral hoogbegaafde jongeren met faalangst en jongeren met "
           "angstproblematiek."),
        H1("Geld en middelen"),
        P("Het samenwerkingsverband ontvangt middelen voor lichte ondersteuning, zware ondersteuning en "
          "lwoo/pro. De lwoo- en pro-middelen worden volledig doorbetaald aan de scholen op basis van het "
          "aantal aangewezen leerlingen op 1 oktober. Van de middelen voor lichte ondersteuning ontvangen de "
          "besturen een vast bedrag van € 96 per leerling voor de ondersteuning in de eigen school. De "
          "middelen voor zware ondersteuning dekken de afdracht voor vso, het OPDC en de centrale "
          "arrangementen; arrangementen worden toegekend door de Commissie Toewijzing op basis van een "
          "ondersteuningsvraag met een maximale looptijd van een schooljaar."),
        TABLE([["Meerjarenbegroting (x € 1.000)", "2026", "2027", "2028", "2029"],
               ["Baten lichte ondersteuning", "2.410", "2.380", "2.350", "2.330"],
               ["Baten zware ondersteuning", "6.920", "6.850", "6.790", "6.740"],
               ["Baten lwoo en pro", "7.630", "7.540", "7.470", "7.400"],
               ["Doorbetaling lwoo en pro", "7.630", "7.540", "7.470", "7.400"],
               ["Schoolbudgetten (€ 96 p.l.)", "830", "820", "810", "800"],
               ["Afdracht vso (DUO)", "4.690", "4.650", "4.610", "4.580"],
               ["OPDC en arrangementen", "2.890", "2.860", "2.830", "2.800"],
               ["Route op Maat en thuiszitters", "320", "320", "320", "320"],
               ["Bureau, OPR, personeel", "980", "995", "1.010", "1.020"],
               ["Saldo", "-380", "-420", "-440", "-450"]]),
        P("Het negatieve saldo is bewust: de reserve boven de signaleringswaarde wordt in vier jaar afgebouwd. "
          "Scholen leggen jaarlijks verantwoording af over de besteding van hun schoolbudget in het "
          "bestuursverslag en in een gesprek met de directeur-bestuurder."),
        H1("Kwaliteitszorg"),
        P("Het samenwerkingsverband werkt met een jaarlijkse kwaliteitscyclus. In dit hoofdstuk beschrijven "
          "we wat we willen bereiken voor leerlingen die extra ondersteuning nodig hebben en hoe we volgen of "
          "dat lukt."),
        H2("Wat willen we bereiken?"),
        UL("In 2030 is het aantal thuiszitters gedaald van 31 naar minder dan 10.",
           "Ten minste 85 procent van de leerlingen met een arrangement stroomt uit naar het niveau dat in het "
           "OPP als uitstroombestemming staat.",
           "Ten minste 95 procent van de pro-leerlingen verlaat de school met een diploma, certificaat of "
           "arbeidsplaats.",
           "De gemiddelde doorlooptijd van een aanvraag bij het Loket Toewijzing is maximaal vier weken."),
        H2("Hoe volgen we dat?"),
        P("Het bureau houdt een monitor bij met per school het aantal arrangementen, TLV's, thuiszitters en de "
          "uitstroom volgens het OPP, gevoed uit het leerlingregistratiesysteem en de registratie van het "
          "loket. Twee keer per jaar, in november en juni, bespreekt de directeur-bestuurder de monitor in "
          "een kwaliteitsgesprek met iedere schoolleiding. De bereikte resultaten staan jaarlijks in het "
          "jaarverslag en worden besproken met de OPR en de raad van toezicht; wijken zij af van de doelen, "
          "dan volgt een verbeteractie in het jaarplan."),
        H1("Ouders en leerlingen"),
        P("Hoe wij ouders en leerlingen informeren over de ondersteuningsmogelijkheden, werken we uit in een "
          "communicatieplan. Dat plan is naar verwachting gereed bij de lancering van onze nieuwe website in "
          "2026."),
        P("Ouders en leerlingen die vastlopen of het niet eens zijn met de school of het samenwerkingsverband, "
          "kunnen terecht bij het Ouder- en Jeugdsteunpunt Hoogland. Het steunpunt is onafhankelijk van "
          "scholen en bestuur, kosteloos, en bereikbaar via een eigen telefoonnummer en een wekelijks "
          "inloopspreekuur in de bibliotheek van Hoogland. Ook kunnen zij een beroep doen op de "
          "onderwijsconsulenten of een klacht indienen bij de klachtencommissie van het schoolbestuur. "
          "Geschillen over toelating, verwijdering of het OPP kunnen worden voorgelegd aan de "
          "Geschillencommissie passend onderwijs."),
    ]
    b += f_oogo(name, g)
    b += f_opr(name, consent_date="17 maart 2026")
    b += [
        H1("Aansluiting op het mbo en de arbeidsmarkt"),
        P("Een deel van onze leerlingen stroomt door naar het mbo of gaat direct aan het werk. De overstap is "
          "voor jongeren met een ondersteuningsbehoefte vaak spannend. Samen met het regionale mbo-college "
          "organiseren we warme overdrachten en meeloopdagen. Het regionaal meld- en coördinatiepunt volgt "
          "jongeren tot 23 jaar. Met werkgevers in de regio praten we over stageplekken voor pro- en vso-"
          "leerlingen. In de planperiode willen we het aantal beschikbare leerwerkplekken vergroten."),
        H1("Nieuwkomers"),
        P("De internationale schakelklas (ISK) in Hoogland biedt onderwijs aan jongeren die korter dan twee jaar "
          "in Nederland zijn. De ISK valt onder een van de aangesloten besturen en werkt samen met de "
          "gemeenten. De instroom schommelt sterk; in 2025 varieerde het aantal leerlingen tussen 70 en 110."),
    ]
    b += f_personeel(name)
    b += f_privacy(name)
    b += f_communicatie_scholen(name)
    b += f_kennisdeling(name)
    b += f_totstandkoming(name, "17 maart 2026", "5 februari 2026", "31 maart 2026")
    b += [
        H1("Afkortingen en begrippen"),
        TABLE([["Afkorting/begrip", "Betekenis"],
               ["OPDC", "Orthopedagogisch-didactisch centrum: tijdelijke opvang met onderwijs."],
               ["Terugplaatsing", "Overstap van vso naar regulier vo na afloop van de TLV."],
               ["Ouderinformatie", "Alle informatie over passend onderwijs voor ouders."],
               ["Dekkend aanbod", "Voor iedere leerling is er een passende onderwijsplek."],
               ["LWOO / PrO", "Leerwegondersteunend onderwijs / praktijkonderwijs."],
               ["TLV", "Toelaatbaarheidsverklaring."]]),
        H1("Bijlagen"),
        P("De bijlagen worden als afzonderlijke documenten gepubliceerd: bijlage 1 OOGO-verslag; bijlage 2 "
          "Kwaliteitskaart Basisondersteuning Hoogland; bijlage 3 instemmingsbrief OPR; bijlage 4 "
          "privacyreglement; bijlage 5 Handboek Arrangeren."),
    ]
    return name, b


def label_hoogland():
    cr = crit(["basisondersteuning.inhoud", "terugstroom.procedure", "terugstroom.beleid",
               "dekkend-aanbod.continuum", "ouders.informatie"])
    adv = {"basisondersteuning": ["borging"],
           "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
           "financien": ["reserves", "verantwoording"],
           "dekkend-aanbod": ["ketenpartners"],
           "resultaten": ["meetbaar"],
           "ouders": ["betrokkenheid"]}
    notes = {
        "basisondersteuning": "'Basisondersteuning' states the agreed floor for every vestiging (niveau) and "
                              "audits (borging), but the content is only in the absent Kwaliteitskaart (bijlage 2).",
        "plaatsing": "'Toewijzing: vso, lwoo en pro': loket, commissie, deskundigen, 6 weeks, vso criteria 1-4, "
                     "lwoo and pro criteria and procedure; duration/categorie and bezwaar.",
        "terugstroom": "'Terug naar het regulier vo' is 'p.m.' pending the pilot evaluation; word only in the "
                       "TOC and the afkortingenlijst otherwise.",
        "financien": "'Geld en middelen': EUR 96 per leerling, lwoo/pro pass-through, arrangement rules "
                     "(verdeling); besteding only in the meerjarenbegroting table; reserves and verantwoording.",
        "dekkend-aanbod": "'Geen leerling buiten beeld': zorgplicht, thuiszitters approach, escalation, gap "
                          "analysis (lacunes); the continuum is only referred to Handboek Arrangeren (bijlage 5, absent).",
        "resultaten": "In 'Kwaliteitszorg': numeric goals and a monitor with two kwaliteitsgesprekken a year, "
                      "jaarverslag, OPR.",
        "ouders": "'Ouders en leerlingen': OJSP, onderwijsconsulenten, klachten, Geschillencommissie (steunpunt); "
                  "informing parents deferred to a communicatieplan/website in 2026.",
    }
    exp = {"basisondersteuning": "partial", "plaatsing": "present", "terugstroom": "missing",
           "financien": "present", "dekkend-aanbod": "partial", "resultaten": "present", "ouders": "partial"}
    return cr, adv, notes, exp


# ---------------------------------------------------------------------------
# Plan D: VO Deltaweide, .pdf (rendered from .docx); traps in running header and TOC
# ---------------------------------------------------------------------------

DELTA_HEADER = ("Ondersteuningsplan SWV VO Deltaweide 2026-2030 | basisondersteuning - toewijzing - "
                "terugplaatsing - resultaten - ouders")
DELTA_TOC_EXTRA = ["Bijlage 1 Kwaliteitskaart basisondersteuning (separaat gepubliceerd)",
                   "Bijlage 2 Ouderfolder passend onderwijs (separaat gepubliceerd)",
                   "Bijlage 3 Verdeelmodel (volgt)"]


def plan_deltaweide():
    name = "Samenwerkingsverband VO Deltaweide"
    g = ["Deltaweide", "Oudeland", "Kreekrak-Oost"]
    b = [("title", "Ondersteuningsplan 2026-2030"),
         ("subtitle", "%s (VO 29-03) - Samen verder, dichtbij" % name),
         ("toc", None)]
    b += f_voorwoord(name, "Drs. S. (Sanne) de Clercq, directeur-bestuurder", plain=False)
    b += f_leeswijzer("de reikwijdte, de ondersteuningsroute, zorgplicht en thuiszitters, toewijzing en "
                      "toelaatbaarheid, de weg terug na de TLV, financiën en kwaliteit en resultaten")
    b += f_over_ons(name, g, 11, 5, "7.100", "vo")
    b += f_visie(name, parents_line=False)
    b += f_terugblik(name)
    b += f_ontwikkelingen(name, ojsp=False)
    b += [
        H1("Reikwijdte van dit plan"),
        P("Scholen zijn zelf verantwoordelijk voor de basisondersteuning; dit plan gaat over wat het "
          "samenwerkingsverband bovenschools organiseert en over de afspraken tussen de besturen. Waar dit "
          "plan spreekt over 'scholen' worden alle vestigingen van de aangesloten besturen bedoeld, inclusief "
          "de praktijkschool en de vso-school De Horizon."),
        H1("De ondersteuningsroute"),
        P("Het samenwerkingsverband kent één route, van licht naar zwaar, die voor alle scholen gelijk is. "
          "Iedere stap bouwt voort op de vorige; een leerling kan op ieder moment een stap terug zetten."),
        TABLE([["Stap", "Waar", "Wat", "Wie besluit"],
               ["1", "eigen klas en mentor", "begeleiding zoals de school die zelf inricht", "school"],
               ["2", "ondersteuningsteam school", "bespreking, advies en zo nodig aanvraag van een "
                "arrangement", "school"],
               ["3", "Deltaweide-arrangement op de eigen school", "ambulante begeleiding, "
                "onderwijsassistentie, onderwijs-zorgarrangement met jeugdhulp", "Commissie Toewijzing"],
               ["4", "OPDC De Brug", "tijdelijke plaatsing (maximaal 12 maanden) in een kleine groep met "
                "terugkeer naar de eigen school als doel", "Commissie Toewijzing"],
               ["5", "vso De Horizon of vso buiten de regio", "voortgezet speciaal onderwijs cluster 3 of 4",
                "samenwerkingsverband (TLV)"]]),
        P("Voor hoogbegaafde leerlingen bestaat daarnaast een bovenschoolse plusvoorziening op twee locaties, "
          "en voor leerlingen met langdurig ziekteverzuim een programma afstandsonderwijs in samenwerking met "
          "het ziekenhuis."),
        H1("Zorgplicht en thuiszitters"),
        P("In schooljaar 2024-2025 waren er in Deltaweide 19 jongeren die langer dan vier weken niet naar "
          "school gingen. Voor hen geldt de volgende werkwijze. De school meldt de leerling na tien dagen "
          "ongeoorloofd of langdurig verzuim bij het samenwerkingsverband. Een casusregisseur van het "
          "samenwerkingsverband organiseert binnen twee weken een overleg met school, leerplicht en jeugdhulp "
          "en maakt afspraken over een plek. Is er na acht weken geen oplossing, dan komt de casus aan de "
          "Doorbraaktafel met de bestuurders van de betrokken scholen en de gemeente. De Doorbraaktafel "
          "kan een school aanwijzen die de leerling plaatst en kan budget vrijmaken voor maatwerk."),
        P("Eens per jaar inventariseert het samenwerkingsverband welke leerlingen geen passende plek vonden. "
          "Uit de inventarisatie van 2025 bleek een tekort aan plekken voor jongeren met autisme en een havo-"
          "of vwo-niveau; daarvoor start in 2027 een kleinschalige voorziening op een van de havo-scholen."),
        H1("Toewijzing en toelaatbaarheid"),
        H2("Wanneer is een leerling toelaatbaar tot het vso?"),
        P("Het samenwerkingsverband geeft een toelaatbaarheidsverklaring vso af als de leerling stap 1 tot en "
          "met 3 van de ondersteuningsroute heeft doorlopen, of als aantoonbaar is dat deze stappen geen "
          "perspectief bieden, én als de leerling is aangewezen op een combinatie van: een groep van maximaal "
          "twaalf leerlingen, een aangepast programma, een voorspelbare omgeving gedurende de hele schooldag "
          "en specialistische begeleiding op het gebied van gedrag, ontwikkeling of gezondheid. Bij cluster 3 "
          "moet daarnaast sprake zijn van een verstandelijke beperking (IQ lager dan 70), een lichamelijke "
          "beperking of een langdurige ziekte die het volgen van regulier onderwijs onmogelijk maakt."),
        H2("Lwoo en pro"),
        P("Voor lwoo en praktijkonderwijs hanteert Deltaweide de landelijke criteria. Voor pro: een IQ van 55 "
          "tot en met 80 en een leerachterstand van 50 procent of meer op ten minste twee domeinen, "
          "waaronder begrijpend lezen of inzichtelijk rekenen. Voor lwoo: een IQ van 75 tot en met 90 met "
          "een leerachterstand van 25 tot 50 procent op twee domeinen."),
        H2("Aanvragen"),
        P("De aanvraagprocedure, de termijnen en de samenstelling van de Commissie Toewijzing staan beschreven "
          "op www.swvdeltaweide.nl/toewijzing. Tegen een besluit over toelaatbaarheid staat bezwaar open; het "
          "samenwerkingsverband is aangesloten bij de Landelijke Bezwaaradviescommissie."),
        H2("Na de TLV: de weg terug"),
        P("Een TLV is voor ons geen eindstation. We willen dat jongeren het vso verlaten met een diploma, "
          "een vervolgopleiding of werk, of - als dat past - een retourtraject naar een reguliere school "
          "volgen. Een retourtraject komt in beeld wanneer de jongere minstens een half jaar stabiel "
          "functioneert in een groep, het niveau van een reguliere leerweg aankan en een ontvangende school "
          "bereid is de benodigde begeleiding te leveren. Na de overstap houdt de mentor van De Horizon een "
          "jaar lang contact, en de ontvangende school krijgt een Deltaweide-arrangement van 60 uur "
          "ambulante begeleiding."),
        P("Het retourtraject verloopt in vier stappen. (1) Bij iedere jaarlijkse OPP-evaluatie beoordeelt de "
          "commissie van begeleiding van de vso-school of een retourtraject haalbaar is; in het laatste jaar "
          "van de TLV gebeurt dat uiterlijk in januari. (2) De vso-school neemt het initiatief voor een "
          "terugkeergesprek met de jongere, diens ouders en de beoogde ontvangende school. (3) De Commissie "
          "Toewijzing beslist binnen vier weken of het retourtraject start of dat een nieuwe TLV nodig is. "
          "(4) Het retourtraject begint met een proefplaatsing van maximaal acht weken, die wordt "
          "geëvalueerd; daarna wordt de jongere ingeschreven op de ontvangende school en eindigt de TLV."),
        H1("Financiën"),
        P("De verdeling van de ondersteuningsmiddelen over scholen en voorzieningen gebeurt volgens een "
          "verdeelmodel dat in 2026 wordt herijkt. Het nieuwe verdeelmodel volgt na bespreking in de algemene "
          "vergadering van besturen (bijlage 3)."),
        P("De meerjarenbegroting hieronder laat zien waaraan de middelen in de planperiode worden besteed."),
        TABLE([["Besteding (in euro)", "2026", "2027", "2028", "2029"],
               ["Afdracht vso", "3.960.000", "3.900.000", "3.850.000", "3.800.000"],
               ["Doorbetaling lwoo en pro", "5.210.000", "5.150.000", "5.100.000", "5.060.000"],
               ["Middelen naar schoolbesturen", "1.140.000", "1.120.000", "1.100.000", "1.090.000"],
               ["Deltaweide-arrangementen", "820.000", "840.000", "860.000", "860.000"],
               ["OPDC De Brug", "1.050.000", "1.050.000", "1.050.000", "1.050.000"],
               ["Doorbraaktafel en maatwerk", "150.000", "150.000", "150.000", "150.000"],
               ["Bureau", "690.000", "700.000", "710.000", "720.000"],
               ["Totaal lasten", "13.020.000", "12.910.000", "12.820.000", "12.730.000"]]),
        P("Het weerstandsvermogen ligt met 6 procent onder de signaleringswaarde; er is geen sprake van een "
          "bovenmatige reserve."),
        H1("Kwaliteit en resultaten"),
        P("De beoogde resultaten voor deze planperiode stelt het bestuur vast na de evaluatie van de nulmeting "
          "in het voorjaar van 2027."),
        P("De resultaten worden gevolgd met de Deltaweide Monitor. De monitor verzamelt ieder kwartaal per "
          "school het aantal arrangementen, de doorlooptijd van aanvragen, het aantal thuiszitters, de "
          "terugkeer uit het OPDC en de uitstroom van vso-leerlingen. De monitor wordt elk kwartaal besproken "
          "in het directeurenoverleg en twee keer per jaar in de raad van toezicht. Eenmaal per jaar "
          "rapporteert de directeur-bestuurder de bereikte resultaten in het jaarverslag, met een analyse "
          "per school. Volgens de monitor 2025 keerde 71 procent van de leerlingen uit het OPDC binnen een "
          "jaar terug naar een reguliere school."),
    ]
    b += f_oogo(name, g)
    b += f_opr(name, composition=False, consent_date="12 maart 2026")
    b += [
        H1("Aansluiting vo-mbo"),
        P("De overgang naar het mbo is voor veel jongeren met een ondersteuningsbehoefte een kwetsbaar moment. "
          "In de regio zijn afspraken gemaakt over een doorlopende leerlijn loopbaanoriëntatie en over een "
          "gezamenlijke overdracht in het voorjaar. Het regionaal meld- en coördinatiepunt voortijdig "
          "schoolverlaten sluit aan bij het overleg van ondersteuningscoördinatoren."),
    ]
    b += f_governance(name)
    b += f_personeel(name)
    b += f_kennisdeling(name)
    b += f_integriteit(name)
    b += f_privacy(name)
    b += f_communicatie_scholen(name)
    b += f_planning(name, [["najaar 2026", "Herijking verdeelmodel", "werkgroep financiën"],
                           ["voorjaar 2027", "Evaluatie nulmeting en vaststelling doelen", "bestuur"],
                           ["2027", "Start voorziening autisme havo/vwo", "bureau, besturen"],
                           ["2029", "Evaluatie ondersteuningsplan", "bestuur, OPR"]])
    b += f_totstandkoming(name, "12 maart 2026", "29 januari 2026", "26 maart 2026")
    b += [
        H1("Begrippenlijst"),
        TABLE([["Begrip", "Omschrijving"],
               ["Basisondersteuning", "Het afgesproken niveau van ondersteuning dat elke school biedt, zoals "
                                      "beschreven in de kwaliteitskaart."],
               ["Ouder- en jeugdsteunpunt", "Onafhankelijke plek voor vragen en advies van ouders en jongeren."],
               ["Retourtraject", "Terugkeer van vso of OPDC naar een reguliere school."],
               ["Verdeelmodel", "Systematiek voor de verdeling van ondersteuningsmiddelen."]]),
    ]
    return name, b


def label_deltaweide():
    cr = crit(["basisondersteuning.niveau", "basisondersteuning.inhoud", "plaatsing.procedure",
               "financien.verdeling", "resultaten.doelen", "ouders.informatie", "ouders.steunpunt"])
    adv = {"plaatsing": ["bezwaar"],
           "financien": ["reserves"],
           "dekkend-aanbod": ["ketenpartners"],
           "resultaten": ["meetbaar"]}
    notes = {
        "basisondersteuning": "Only a passing remark ('Scholen zijn zelf verantwoordelijk...'), the running header, "
                              "TOC entry for separately published Bijlage 1 and the begrippenlijst.",
        "plaatsing": "'Toewijzing en toelaatbaarheid': vso, pro and lwoo criteria given; the procedure (who "
                     "applies, steps, termijnen, commissie) is only a website reference; bezwaar mentioned.",
        "terugstroom": "Inside the TLV chapter, 'Na de TLV: de weg terug': retourtraject conditions and support "
                       "(beleid) plus four steps with initiator, decider and end of TLV (procedure).",
        "financien": "Verdeelmodel deferred ('wordt herijkt', 'volgt', bijlage 3 absent); meerjarenbegroting "
                     "table with amounts (besteding); weerstandsvermogen.",
        "dekkend-aanbod": "'De ondersteuningsroute' five-step table incl. OPDC and vso (continuum, table-only "
                          "detail); 'Zorgplicht en thuiszitters' with Doorbraaktafel and yearly gap inventory.",
        "resultaten": "'Kwaliteit en resultaten': goals deferred to spring 2027; Deltaweide Monitor, quarterly "
                      "and yearly reporting (monitoring) with an achieved figure.",
        "ouders": "Nothing for parents: no information channels, no steunpunt; only header, TOC (Bijlage 2 "
                  "Ouderfolder, absent), glossary and passing mentions in procedures.",
    }
    exp = {"basisondersteuning": "missing", "plaatsing": "partial", "terugstroom": "present",
           "financien": "partial", "dekkend-aanbod": "present", "resultaten": "partial", "ouders": "missing"}
    return cr, adv, notes, exp


# ---------------------------------------------------------------------------
# Plan E: PO Lindenhof, plain-language web version (.html) with question headings
# ---------------------------------------------------------------------------

def plan_lindenhof():
    name = "Samenwerkingsverband Lindenhof PO"
    g = ["Lindenhof", "Westerbroek", "Zuidlaren-Veen"]
    b = [("title", "Ondersteuningsplan 2026-2030 in gewone taal"),
         ("subtitle", "%s (PO 21-08) - webversie voor ouders en OPR. U kunt ook de pdf downloaden." % name),
         ("toc", None)]
    b += f_voorwoord(name, "Anouk Hiemstra, directeur-bestuurder")
    b += [
        H1("Wat is passend onderwijs eigenlijk?"),
        P("Sinds 2014 hebben scholen zorgplicht. Dat betekent dat een schoolbestuur moet zorgen voor een goede "
          "plek voor elk kind dat wordt aangemeld. Scholen doen dat niet alleen: ze werken samen in een "
          "samenwerkingsverband. In Lindenhof zijn dat 47 basisscholen, een sbo-school en twee so-scholen. "
          "Het samenwerkingsverband is geen school en geeft zelf geen les. Het maakt afspraken met de "
          "schoolbesturen en zorgt dat scholen hulp kunnen krijgen."),
        P("Elke vier jaar schrijft het samenwerkingsverband een ondersteuningsplan. Daarin staat wat we "
          "samen willen bereiken en welke afspraken gelden. De wet zegt wat er in het plan moet staan. "
          "Deze webversie is in gewone taal geschreven. Op sommige plekken is hij korter dan de pdf-versie, "
          "maar de afspraken zijn hetzelfde."),
    ]
    b += f_over_ons(name, g, 50, 6, "8.200", "po")
    b += f_visie(name)
    b += f_terugblik(name)
    b += f_ontwikkelingen(name, ojsp=False)
    b += [
        H1("Wat mag u verwachten van elke school?"),
        P("Alle scholen in Lindenhof hebben samen afgesproken wat ze altijd minimaal bieden, op elke locatie. "
          "We noemen dat de basisondersteuning. Een school mag meer doen, maar nooit minder. U hoeft er geen "
          "aanvraag voor te doen: het hoort gewoon bij de school."),
        P("Dit kunt u op elke school verwachten:"),
        UL("Goed lesgeven, met instructie op drie niveaus in elke groep.",
           "Een intern begeleider die u kunt bellen of mailen en die binnen een week reageert.",
           "Hulp bij lezen en spellen volgens het dyslexieprotocol, en hulp bij rekenen volgens het "
           "rekenprotocol.",
           "Extra uitdaging voor kinderen die snel leren, in de eigen groep.",
           "Een veilige school met een pestprotocol en een vertrouwenspersoon.",
           "Een gesprek met een orthopedagoog van het samenwerkingsverband als de school vastloopt, binnen "
           "drie weken.",
           "Een ontwikkelingsperspectief (OPP) als uw kind op een eigen niveau gaat werken. Het OPP wordt met "
           "u besproken, en uw kind mag vertellen wat het zelf vindt.",
           "Medicijnen en medische handelingen volgens een vast protocol."),
        H2("Hoe controleren we dat?"),
        P("Elke school zet in de schoolgids wat zij biedt. Eens per vier jaar komt een team van het "
          "samenwerkingsverband langs voor een schoolbezoek. Blijkt dat iets niet goed geregeld is, dan "
          "spreken we met het schoolbestuur af wanneer het wel op orde is, en komen we terug."),
        H2("Wat is een OPP?"),
        P("OPP staat voor ontwikkelingsperspectief. Het is een plan voor kinderen die niet de gewone "
          "leerstof volgen of die veel extra hulp krijgen. In het OPP staat wat het kind kan, wat het nodig "
          "heeft en welke doelen de school wil halen. Het OPP wordt minstens één keer per jaar bekeken."),
        H1("Wat als mijn kind meer nodig heeft?"),
        P("Ons aanbod aan extra ondersteuning wordt op dit moment helemaal herzien. Het nieuwe overzicht volgt "
          "in de loop van schooljaar 2026-2027; tot die tijd blijven de huidige afspraken gelden, die u bij de "
          "intern begeleider van de school kunt opvragen."),
        H1("Hoe krijgt mijn kind een plek op het so?"),
        P("Voor een plek op het sbo of so is een toelaatbaarheidsverklaring (TLV) nodig. De regels daarvoor "
          "worden dit jaar vernieuwd. Zodra de nieuwe regeling klaar is, leest u die op onze website."),
        H1("Kan mijn kind terug naar een gewone basisschool?"),
        P("Zo gaat dat in zijn werk:"),
        OL("Elk jaar bespreekt de sbo- of so-school het OPP met u. Daarbij kijkt de school ook of een "
           "overstap naar een gewone basisschool mogelijk is.",
           "In het laatste jaar van de TLV neemt de sbo- of so-school uiterlijk in februari het initiatief "
           "voor een gesprek met u over de volgende stap.",
           "Lijkt terugkeer mogelijk, dan besluit de orthopedagoog van het samenwerkingsverband samen met de "
           "directeur van de nieuwe school binnen vier weken of de overstap doorgaat. Is er toch nog speciaal "
           "onderwijs nodig, dan vraagt de school op tijd een nieuwe TLV aan.",
           "Er is een overdrachtsgesprek tussen de oude en de nieuwe school, met u erbij. Na de zomer "
           "begint uw kind op de nieuwe school en stopt de TLV.",
           "Na drie maanden is er een evaluatiegesprek met u, de nieuwe school en de oude school."),
        P("Onder welke voorwaarden we een terugkeer verstandig vinden, en welke begeleiding een kind daarna "
          "krijgt, spreken we in schooljaar 2026-2027 af met de schoolbesturen."),
        H1("Wat gebeurt er met het geld?"),
        P("Het samenwerkingsverband krijgt geld van de overheid voor extra ondersteuning. Hoe we dat verdelen "
          "en waaraan we het uitgeven, staat in de begroting die het bestuur elk jaar in december vaststelt. "
          "U vindt de begroting op onze website onder 'Organisatie'."),
        H1("Wat willen we bereiken?"),
        P("We willen dat u en uw kind merken dat de afspraken werken. Daarom hebben we voor 2030 deze doelen "
          "gesteld:"),
        UL("Ten minste 90 procent van de kinderen met een OPP haalt de doelen die in het OPP staan.",
           "Bij het schoolbezoek heeft elke school de basisondersteuning op orde; in 2025 was dat bij 39 van "
           "de 47 scholen zo.",
           "Ten minste 80 procent van de ouders van kinderen met extra ondersteuning zegt dat zij goed zijn "
           "betrokken bij het OPP (in 2025: 68 procent).",
           "Elke school heeft een intern begeleider met een afgeronde opleiding."),
        H2("Hoe weten we of het lukt?"),
        P("Elk jaar in mei vragen we ouders van kinderen met een OPP om een korte vragenlijst in te vullen. "
          "De scholen geven twee keer per jaar door hoeveel kinderen met een OPP hun doelen halen. De "
          "uitkomsten van de schoolbezoeken verzamelen we in een overzicht. In juni bespreken we alle cijfers "
          "met de directeuren en met de OPR, en in het jaarverslag staat wat we hebben bereikt. Als we een "
          "doel niet halen, zetten we een verbeteractie in het jaarplan."),
        H1("Waar vindt u informatie?"),
        P("Informatie over ondersteuning vindt u op de website van het samenwerkingsverband (de pagina "
          "'Voor ouders') en in de schoolgids van de school van uw kind. Bij het aanmeldgesprek krijgt u de "
          "folder 'Samen voor elk kind'. Elk voorjaar organiseren we een ouderavond over passend onderwijs. "
          "Heeft u een vraag over de mogelijkheden voor uw kind, dan kunt u ook bellen met het ouderspreekuur "
          "van het samenwerkingsverband, elke dinsdagochtend."),
        H1("Wie helpt u als u het er niet mee eens bent?"),
        P("Praat eerst met de leerkracht of de intern begeleider. Komt u er niet uit, dan kunt u terecht bij "
          "Samen Wijzer, het ouder- en jeugdsteunpunt. Samen Wijzer is onafhankelijk: het werkt niet voor de "
          "school en niet voor het samenwerkingsverband. Een medewerker kan met u meedenken, meegaan naar een "
          "gesprek of u helpen een klacht in te dienen. Ook kunt u een onderwijsconsulent inschakelen; dat is "
          "gratis."),
        H1("Veelgestelde vragen over dit plan"),
        H2("Hoe vaak verandert dit plan?"),
        P("Het plan geldt vier jaar. Elk jaar maken we een jaarplan waarin staat wat we dat jaar gaan doen. "
          "Grote wijzigingen in het ondersteuningsplan zelf mogen alleen als de OPR ermee instemt."),
        H2("Is er ook een versie in een andere taal?"),
        P("Een samenvatting van deze webversie is beschikbaar in het Engels, Arabisch en Oekraïens. U kunt de "
          "samenvatting ook op papier krijgen via de school van uw kind."),
        H2("Ik lees iets wat ik niet begrijp. Wat nu?"),
        P("Dat horen we graag, want dan kunnen we het de volgende keer beter uitleggen. Stuur een bericht via "
          "het contactformulier onderaan deze pagina. We reageren binnen vijf werkdagen."),
        H1("Hoe denkt u mee?"),
        P("In de ondersteuningsplanraad zitten ouders en leerkrachten. Zij hebben ingestemd met dit plan. "
          "Wilt u meepraten? Kijk dan op de website wanneer er een plek vrijkomt."),
    ]
    b += f_governance(name)
    b += f_integriteit(name)
    b += f_kennisdeling(name)
    b += f_oogo(name, g, full=False)
    b += f_personeel(name)
    b += f_privacy(name)
    b += f_totstandkoming(name, "26 maart 2026", "3 februari 2026", "9 april 2026")
    b += [
        H1("Begrippenlijst"),
        UL("Arrangement: extra hulp voor een kind, bovenop de basisondersteuning.",
           "Dekkend aanbod: voor elk kind is er een passende plek in de regio.",
           "Meerjarenbegroting: een overzicht van het geld voor de komende vier jaar.",
           "Thuiszitter: een kind dat niet naar school gaat terwijl dat wel zou moeten.",
           "TLV: toelaatbaarheidsverklaring. Die heeft u nodig voor het sbo of so.",
           "Terugplaatsing: de overstap van het sbo of so naar een gewone basisschool."),
    ]
    return name, b


def label_lindenhof():
    cr = crit(["plaatsing.procedure", "plaatsing.criteria", "terugstroom.beleid", "financien.verdeling",
               "financien.besteding", "dekkend-aanbod.continuum", "dekkend-aanbod.lacunes"])
    adv = {"basisondersteuning": ["borging"],
           "resultaten": ["meetbaar"],
           "ouders": ["betrokkenheid"]}
    notes = {
        "basisondersteuning": "'Wat mag u verwachten van elke school?': agreed minimum at every locatie plus "
                              "concrete list; 'Hoe controleren we dat?' = borging.",
        "plaatsing": "'Hoe krijgt mijn kind een plek op het so?' only says a TLV is needed and that new rules "
                     "will be on the website; TLV also in glossary/footer only.",
        "terugstroom": "'Kan mijn kind terug naar een gewone basisschool?': five steps, initiator, decider, "
                       "end of TLV, evaluation (procedure); conditions and aftercare deferred to 2026-2027.",
        "financien": "'Wat gebeurt er met het geld?' only refers to the yearly begroting on the website; "
                     "meerjarenbegroting only in the glossary.",
        "dekkend-aanbod": "'Wat als mijn kind meer nodig heeft?' defers the offer; no thuiszitters/zorgplicht "
                          "approach; OOGO only as a procedural date; dekkend aanbod/thuiszitter only in glossary.",
        "resultaten": "'Wat willen we bereiken?' numeric 2030 goals; 'Hoe weten we of het lukt?' "
                      "questionnaire, twice-yearly reporting, jaarverslag.",
        "ouders": "'Waar vindt u informatie?' (website, schoolgids, folder, ouderavond, spreekuur) and "
                  "'Wie helpt u...' (OJSP Samen Wijzer, onderwijsconsulent).",
    }
    exp = {"basisondersteuning": "present", "plaatsing": "missing", "terugstroom": "partial",
           "financien": "missing", "dekkend-aanbod": "missing", "resultaten": "present", "ouders": "present"}
    return cr, adv, notes, exp


# ---------------------------------------------------------------------------
# Near-miss F: school-level ondersteuningsprofiel/ondersteuningsplan of one basisschool (.docx)
# ---------------------------------------------------------------------------

def nearmiss_wilgenhoek():
    name = "OBS De Wilgenhoek"
    b = [("title", "Schoolondersteuningsprofiel en ondersteuningsplan 2025-2026"),
         ("subtitle", "%s, Kempenrand - onderdeel van Stichting Openbaar Onderwijs Heidemeer, aangesloten bij "
                      "Samenwerkingsverband Passend Primair Onderwijs Kempenrand" % name),
         ("toc", None),
         H1("Inleiding"),
         P("Dit document beschrijft hoe OBS De Wilgenhoek de ondersteuning aan haar leerlingen heeft "
           "georganiseerd. Het is ons schoolondersteuningsprofiel (SOP) en tegelijk ons interne "
           "ondersteuningsplan voor het schooljaar 2025-2026. Het team heeft het document besproken in de "
           "studiedag van augustus; de medezeggenschapsraad heeft er advies over uitgebracht. Het "
           "ondersteuningsplan van het samenwerkingsverband vormt het kader; dit document beschrijft hoe wij "
           "dat op onze school invullen."),
         P("De Wilgenhoek is een openbare basisschool met 212 leerlingen in negen groepen. De school staat in "
           "een wijk met veel jonge gezinnen. Ongeveer een kwart van de leerlingen spreekt thuis ook een "
           "andere taal dan het Nederlands."),
         H1("Onze visie op ondersteuning"),
         P("Op De Wilgenhoek werken we handelingsgericht. We kijken naar wat een kind nodig heeft, niet naar "
           "een label. Leerkrachten zijn de spil; de intern begeleider ondersteunt hen. We zien ouders als "
           "partner: zij kennen hun kind het best."),
         H1("Zorgniveaus op onze school"),
         P("Wij werken met vier zorgniveaus, zoals binnen onze stichting is afgesproken:"),
         TABLE([["Niveau", "Omschrijving", "Wie"],
                ["1", "Goed lesgeven in de groep, instructie op drie niveaus", "leerkracht"],
                ["2", "Extra instructie en begeleiding in of buiten de groep", "leerkracht, onderwijsassistent"],
                ["3", "Specifieke interventies na groepsbespreking en leerlingbespreking", "leerkracht, IB'er"],
                ["4", "Inzet van externe expertise of een arrangement van het samenwerkingsverband",
                 "IB'er, ondersteuningsteam"]]),
         H1("Basisondersteuning op De Wilgenhoek"),
         P("Onze school biedt de basisondersteuning zoals die in het samenwerkingsverband is afgesproken. "
           "Concreet betekent dit op onze school: een intern begeleider die vier dagen per week aanwezig is, "
           "een leesspecialist, een rekencoördinator, een plusklas op vrijdagochtend, het programma De "
           "Vreedzame School en een rustige werkplek in iedere groep."),
         H1("Groepsbesprekingen en leerlingbesprekingen"),
         P("Drie keer per jaar voert de IB'er met iedere leerkracht een groepsbespreking, na de toetsperiodes "
           "in januari en juni en na de startgesprekken in oktober. In de groepsbespreking worden de "
           "resultaten van de groep besproken en wordt het groepsplan bijgesteld. Leerlingen over wie de "
           "leerkracht zich zorgen maakt, komen daarna in een leerlingbespreking. Als het nodig is, wordt een "
           "leerling ingebracht in het ondersteuningsteam, waarin ook de orthopedagoog van het "
           "samenwerkingsverband en de jeugdverpleegkundige zitten. Ouders worden altijd vooraf gevraagd."),
         H1("Extra ondersteuning en arrangementen"),
         P("Voor leerlingen die meer nodig hebben dan de basisondersteuning, kan de school bij het loket van het "
           "samenwerkingsverband een arrangement aanvragen. In 2024-2025 hadden zeven leerlingen van De "
           "Wilgenhoek een arrangement, vooral voor gedrag en taalontwikkeling. Voor een plaatsing op het sbo "
           "of so vraagt ons schoolbestuur een toelaatbaarheidsverklaring (TLV) aan bij het "
           "samenwerkingsverband; dat gebeurde vorig jaar voor twee leerlingen. De IB'er begeleidt ouders "
           "daarbij. Ook kwam er vorig jaar een leerling terug van het sbo; de overstap is goed verlopen."),
         H1("Grenzen aan onze ondersteuning"),
         P("We willen zoveel mogelijk kinderen uit de wijk een plek bieden. Toch zijn er grenzen. Ons gebouw "
           "heeft geen lift, waardoor we leerlingen die rolstoelafhankelijk zijn niet goed kunnen opvangen. "
           "Ook kinderen die voortdurend één-op-één begeleiding nodig hebben, kunnen we moeilijk de "
           "ondersteuning geven die ze verdienen. In zo'n geval zoeken we samen met ouders en het bestuur naar "
           "een school die beter past."),
         H1("Middelen"),
         P("De school ontvangt van het schoolbestuur een deel van het schoolbudget dat het bestuur van het "
           "samenwerkingsverband krijgt. Voor De Wilgenhoek is dat in 2025-2026 ongeveer € 34.000. Daarvan "
           "betalen we de onderwijsassistent (0,6 fte) en scholing van het team op het gebied van gedrag."),
         H1("Ouders"),
         P("We informeren ouders via de schoolgids, de nieuwsbrief en de ouderapp. Twee keer per jaar zijn er "
           "oudergesprekken. Als uw kind extra ondersteuning krijgt, stellen we samen met u het OPP op. Heeft u "
           "vragen, dan kunt u altijd bij de IB'er terecht. Voor onafhankelijk advies kunt u contact opnemen met "
           "Steunpunt Kompaan, het ouder- en jeugdsteunpunt in de regio."),
         H1("Ambities voor 2025-2026"),
         UL("Het team volgt een scholing over executieve functies.",
            "We starten met een taalklas voor nieuwkomers, twee ochtenden per week.",
            "De resultaten op begrijpend lezen verbeteren; in juni 2026 scoort 70 procent van de leerlingen "
            "op of boven het landelijk gemiddelde.",
            "Ouders worden actiever betrokken bij de groepsbesprekingen van de bovenbouw."),
         H1("Evaluatie"),
         P("Dit document wordt jaarlijks in juni geëvalueerd door het team en de MR. De evaluatie wordt "
           "opgenomen in het jaarverslag van de school."),
         H1("Begrippen"),
         UL("IB'er: intern begeleider.", "OPP: ontwikkelingsperspectief.", "SOP: schoolondersteuningsprofiel.",
            "SWV: samenwerkingsverband.", "TLV: toelaatbaarheidsverklaring."),
         ]
    return name, b


def label_wilgenhoek():
    return {"document": "School-level schoolondersteuningsprofiel/ondersteuningsplan of one basisschool "
                        "(zorgniveaus, groepsbesprekingen, one school budget); it refers to the "
                        "samenwerkingsverband's plan as its kader and is not an ondersteuningsplan of a "
                        "samenwerkingsverband (no OOGO, no verband-wide TLV procedure, no planperiode)."}


# ---------------------------------------------------------------------------

def main():
    OUT.mkdir(parents=True, exist_ok=True)
    report = []

    # A: docx
    name, b = plan_kempenrand()
    b = expand_toc(b)
    write_docx(b, OUT / "po-kempenrand.docx", header_text="SWV Kempenrand - Ondersteuningsplan 2026-2030",
               footer_text="Ondersteuningsplan Kempenrand | versie voor OPR")
    write_label("po-kempenrand", ["po-kempenrand.docx"], "po", *label_kempenrand())
    report.append(("po-kempenrand.docx", word_count(b)))

    # B: pdf
    name, b = plan_maasoever()
    b = expand_toc(b, extra=["Bijlage C Reglement Toelaatbaarheid (afzonderlijk vastgesteld)"])
    docx_to_pdf(b, OUT / "po-maasoever.pdf", header_text="Ondersteuningsplan Maasoever 2026-2030",
                footer_text="SWV PO Maasoever - vastgesteld 2 april 2026")
    write_label("po-maasoever", ["po-maasoever.pdf"], "po", *label_maasoever())
    report.append(("po-maasoever.pdf", word_count(b)))

    # C: docx
    name, b = plan_hoogland()
    b = expand_toc(b)
    write_docx(b, OUT / "vo-hoogland.docx", header_text="SWV VO Hoogland | Ondersteuningsplan 2026-2030",
               footer_text="Definitieve versie")
    write_label("vo-hoogland", ["vo-hoogland.docx"], "vo", *label_hoogland())
    report.append(("vo-hoogland.docx", word_count(b)))

    # D: pdf
    name, b = plan_deltaweide()
    b = expand_toc(b, extra=DELTA_TOC_EXTRA)
    docx_to_pdf(b, OUT / "vo-deltaweide.pdf", header_text=DELTA_HEADER,
                footer_text="SWV VO Deltaweide - www.swvdeltaweide.nl")
    write_label("vo-deltaweide", ["vo-deltaweide.pdf"], "vo", *label_deltaweide())
    report.append(("vo-deltaweide.pdf", word_count(b)))

    # E: html
    name, b = plan_lindenhof()
    b = expand_toc(b)
    write_html(b, OUT / "po-lindenhof.html", "Ondersteuningsplan 2026-2030 | %s" % name,
               header_text="Samenwerkingsverband Lindenhof PO - passend onderwijs voor elk kind")
    write_label("po-lindenhof", ["po-lindenhof.html"], "po", *label_lindenhof())
    report.append(("po-lindenhof.html", word_count(b)))

    # F: near-miss docx
    name, b = nearmiss_wilgenhoek()
    b = expand_toc(b)
    write_docx(b, OUT / "sop-wilgenhoek.docx", header_text="OBS De Wilgenhoek - SOP en ondersteuningsplan")
    write_label("sop-wilgenhoek", ["sop-wilgenhoek.docx"], "po", None, None, label_wilgenhoek(), None)
    report.append(("sop-wilgenhoek.docx", word_count(b)))

    for fn, n in report:
        print("%-22s %6d words" % (fn, n))


if __name__ == "__main__":
    sys.exit(main())
