#!/usr/bin/env python3
"""Generate the holdout17 test set for opcheck.

Five fictional ondersteuningsplannen of samenwerkingsverbanden passend onderwijs (PO and VO) and one
near-miss document (an evaluation report of an earlier plan). All organisations, people, amounts and
figures are invented. Style focus: edge wordings (loanwords/jargon, explicit negatives, conditionals,
impersonal passives) and plans that are nearly complete.

Deterministic, no network. Requires python-docx and, for the PDFs, LibreOffice (soffice --headless).
Usage:  python3 src/make_holdout17.py   (writes into the folder above src/)
"""
import datetime
import html
import os
import shutil
import subprocess
import sys
import tempfile
import zipfile

from docx import Document
from docx.enum.text import WD_BREAK
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
FIXED_DT = datetime.datetime(2026, 3, 1, 12, 0, 0)


# --------------------------------------------------------------------------------------------
# Tiny document model: a list of blocks
#   ("title", [lines])  title page          ("toc",)  table of contents built from h1/h2
#   ("h1", text) ("h2", text) ("p", text) ("ul", [items]) ("table", [[header], [row], ...]) ("pb",)
# --------------------------------------------------------------------------------------------

def headings(blocks):
    return [(b[0], b[1]) for b in blocks if b[0] in ("h1", "h2")]


def word_count(blocks):
    n = 0
    for b in blocks:
        if b[0] in ("h1", "h2", "p"):
            n += len(b[1].split())
        elif b[0] in ("ul", "title"):
            n += sum(len(x.split()) for x in b[1])
        elif b[0] == "table":
            n += sum(len(c.split()) for row in b[1] for c in row)
    return n


def normalise_zip(path):
    """Rewrite a .docx with fixed timestamps so that repeated runs give identical bytes."""
    tmp = path + ".tmp"
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in sorted(zin.infolist(), key=lambda i: (i.filename != "[Content_Types].xml", i.filename)):
            data = zin.read(item.filename)
            zi = zipfile.ZipInfo(item.filename, date_time=(2026, 3, 1, 12, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(zi, data)
    os.replace(tmp, path)


def render_docx(blocks, path, header_text, footer_text):
    doc = Document()
    cp = doc.core_properties
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.last_printed = FIXED_DT
    cp.author = "Bureau samenwerkingsverband"
    cp.last_modified_by = "Bureau samenwerkingsverband"
    cp.revision = 1
    style = doc.styles["Normal"]
    style.font.name = "Calibri"
    style.font.size = Pt(11)
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = header_text
    sec.footer.paragraphs[0].text = footer_text
    for b in blocks:
        kind = b[0]
        if kind == "title":
            for i, line in enumerate(b[1]):
                p = doc.add_paragraph()
                r = p.add_run(line)
                r.bold = i < 2
                r.font.size = Pt(24 if i == 0 else 14 if i == 1 else 11)
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif kind == "toc":
            doc.add_paragraph("Inhoudsopgave", style="Heading 1")
            for lvl, t in headings(blocks):
                doc.add_paragraph(("    " if lvl == "h2" else "") + t)
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        elif kind == "h1":
            doc.add_paragraph(b[1], style="Heading 1")
        elif kind == "h2":
            doc.add_paragraph(b[1], style="Heading 2")
        elif kind == "p":
            doc.add_paragraph(b[1])
        elif kind == "ul":
            for item in b[1]:
                doc.add_paragraph(item, style="List Bullet")
        elif kind == "table":
            rows = b[1]
            t = doc.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, row in enumerate(rows):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = cell
                    if i == 0:
                        for r in t.cell(i, j).paragraphs[0].runs:
                            r.bold = True
            doc.add_paragraph()
        elif kind == "pb":
            doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        else:
            raise ValueError(kind)
    doc.save(path)
    normalise_zip(path)


def render_pdf(blocks, path, header_text, footer_text):
    """Render via a temporary .docx and LibreOffice; only the .pdf is kept."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        sys.exit("soffice not found: cannot render " + path)
    stem = os.path.splitext(os.path.basename(path))[0]
    with tempfile.TemporaryDirectory() as td:
        src = os.path.join(td, stem + ".docx")
        render_docx(blocks, src, header_text, footer_text)
        env = dict(os.environ, HOME=td)
        subprocess.run([soffice, "--headless", "-env:UserInstallation=file://" + td + "/lo",
                        "--convert-to", "pdf", "--outdir", td, src],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env, timeout=300)
        shutil.copyfile(os.path.join(td, stem + ".pdf"), path)


def _pipe_table(rows):
    widths = [max(len(r[j]) for r in rows) for j in range(len(rows[0]))]
    out = []
    for i, r in enumerate(rows):
        out.append("| " + " | ".join(c.ljust(widths[j]) for j, c in enumerate(r)) + " |")
        if i == 0:
            out.append("|-" + "-|-".join("-" * w for w in widths) + "-|")
    return out


def _aligned_table(rows):
    widths = [max(len(r[j]) for r in rows) for j in range(len(rows[0]))]
    out = []
    for i, r in enumerate(rows):
        out.append("  ".join(c.ljust(widths[j]) for j, c in enumerate(r)).rstrip())
        if i == 0:
            out.append("  ".join("-" * w for w in widths))
    return out


def wrap(text, width=100):
    words, lines, cur = text.split(), [], ""
    for w in words:
        if cur and len(cur) + 1 + len(w) > width:
            lines.append(cur)
            cur = w
        else:
            cur = (cur + " " + w) if cur else w
    if cur:
        lines.append(cur)
    return lines


def render_txt(blocks, path, table_style="pipe"):
    out = []
    tcount = 0
    for b in blocks:
        kind = b[0]
        if kind == "title":
            out += [line.upper() if i == 0 else line for i, line in enumerate(b[1])]
            out += ["", "=" * 100, ""]
        elif kind == "toc":
            out += ["INHOUDSOPGAVE", ""]
            for lvl, t in headings(blocks):
                out.append(("    " if lvl == "h2" else "") + t)
            out += ["", "=" * 100, ""]
        elif kind == "h1":
            out += ["", b[1].upper(), "=" * len(b[1]), ""]
        elif kind == "h2":
            out += [b[1], "-" * len(b[1]), ""]
        elif kind == "p":
            out += wrap(b[1]) + [""]
        elif kind == "ul":
            for item in b[1]:
                ls = wrap(item, 96)
                out.append("  - " + ls[0])
                out += ["    " + x for x in ls[1:]]
            out.append("")
        elif kind == "table":
            tcount += 1
            style = table_style if table_style != "mixed" else ("pipe" if tcount % 2 else "aligned")
            out += (_pipe_table(b[1]) if style == "pipe" else _aligned_table(b[1])) + [""]
        elif kind == "pb":
            out += ["", ""]
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out).rstrip() + "\n")


def render_html(blocks, path, title):
    e = html.escape
    out = ["<!DOCTYPE html>", '<html lang="nl">', "<head>", '<meta charset="utf-8">',
           "<title>%s</title>" % e(title), "</head>", "<body>"]
    for b in blocks:
        kind = b[0]
        if kind == "title":
            out.append('<header class="titelpagina">')
            out.append("<h1>%s</h1>" % e(b[1][0]))
            out += ["<p>%s</p>" % e(x) for x in b[1][1:]]
            out.append("</header>")
        elif kind == "toc":
            out.append('<nav><h2>Inhoud</h2><ul>')
            out += ["<li>%s</li>" % e(t) for lvl, t in headings(blocks)]
            out.append("</ul></nav>")
        elif kind == "h1":
            out.append("<h2>%s</h2>" % e(b[1]))
        elif kind == "h2":
            out.append("<h3>%s</h3>" % e(b[1]))
        elif kind == "p":
            out.append("<p>%s</p>" % e(b[1]))
        elif kind == "ul":
            out.append("<ul>" + "".join("<li>%s</li>" % e(x) for x in b[1]) + "</ul>")
        elif kind == "table":
            rows = b[1]
            out.append("<table>")
            out.append("<tr>" + "".join("<th>%s</th>" % e(c) for c in rows[0]) + "</tr>")
            for r in rows[1:]:
                out.append("<tr>" + "".join("<td>%s</td>" % e(c) for c in r) + "</tr>")
            out.append("</table>")
    out += ["</body>", "</html>"]
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out) + "\n")


def P(t):
    return ("p", t)


def H1(t):
    return ("h1", t)


def H2(t):
    return ("h2", t)


def UL(*items):
    return ("ul", list(items))


def TABLE(*rows):
    return ("table", [list(r) for r in rows])


# --------------------------------------------------------------------------------------------
# Neutral filler shared by several plans (addresses none of the seven elements).
# --------------------------------------------------------------------------------------------

def filler_ict(swv):
    return [
        P("Het bureau van %s werkt sinds 2024 volledig in de cloud. Aanvragen, verslagen van overleggen en "
          "besluiten worden vastgelegd in één beveiligde omgeving, waartoe alleen medewerkers met een "
          "functionele noodzaak toegang hebben. Tweefactorauthenticatie is verplicht voor alle gebruikers, "
          "ook voor externe leden van commissies. De licenties worden jaarlijks in het voorjaar geëvalueerd." % swv),
        P("Voor de uitwisseling met scholen wordt gebruikgemaakt van een koppeling met de administratiesystemen "
          "van de besturen. Dubbele invoer is daarmee grotendeels verdwenen. De helpdesk is op werkdagen tussen "
          "8.30 en 16.30 uur bereikbaar voor schoolmedewerkers. Storingen worden binnen één werkdag "
          "opgepakt; in de afgelopen planperiode was de beschikbaarheid van de omgeving hoger dan 99 procent."),
    ]


def filler_privacy(swv):
    return [
        P("Bij de uitvoering van zijn taken verwerkt %s persoonsgegevens, waaronder gegevens over gezondheid. "
          "Het samenwerkingsverband heeft een functionaris gegevensbescherming aangesteld, die gedeeld wordt met "
          "twee andere samenwerkingsverbanden in de regio. Het privacyreglement is in 2025 geactualiseerd en "
          "sluit aan op de Algemene verordening gegevensbescherming. Datalekken worden gemeld aan de "
          "functionaris en, waar dat verplicht is, binnen 72 uur aan de Autoriteit Persoonsgegevens." % swv),
        P("Medewerkers volgen elke twee jaar een korte scholing over informatiebeveiliging. Het bureau werkt met "
          "een clean-desk-beleid en er worden geen dossiers per e-mail verstuurd. Bewaartermijnen zijn vastgelegd "
          "in het privacyreglement; na afloop worden gegevens vernietigd of geanonimiseerd."),
    ]


def filler_personeel(swv, fte, cao="cao po", other="vo"):
    return [
        P("Het bureau van %s telt op 1 januari 2026 %s fte, verdeeld over de directeur-bestuurder, een "
          "beleidsmedewerker, een controller, een managementassistent, consulenten en orthopedagogen. Een deel "
          "van de medewerkers is gedetacheerd vanuit de aangesloten besturen; de overigen zijn rechtstreeks in "
          "dienst. Het samenwerkingsverband volgt de %s, ook voor medewerkers die uit het %s afkomstig zijn." % (swv, fte, cao, other)),
        P("De krapte op de arbeidsmarkt raakt ook het samenwerkingsverband. Vacatures voor orthopedagogen "
          "stonden in 2025 gemiddeld vier maanden open. Daarom investeert het bureau in goed werkgeverschap: "
          "een eigen scholingsbudget per medewerker, intervisie onder begeleiding, ruimte voor thuiswerken en "
          "een jaarlijkse gesprekkencyclus. Het ziekteverzuim lag in 2025 op 4,1 procent en daarmee onder het "
          "sectorgemiddelde."),
        P("Werkdruk is een terugkerend onderwerp in de overleggen met de personeelsgeleding van de "
          "medezeggenschap. Afgesproken is dat nieuwe taken alleen worden opgepakt als duidelijk is welke "
          "bestaande taak daarvoor vervalt. De directeur-bestuurder rapporteert hierover jaarlijks."),
    ]


def filler_professionalisering(swv):
    return [
        P("Kennisdeling tussen scholen is een van de sterkste instrumenten van %s. Elk jaar worden netwerken "
          "georganiseerd voor intern begeleiders, ondersteuningscoördinatoren en schoolleiders. Deze netwerken "
          "komen vier keer per jaar bij elkaar en worden voorbereid door een wisselende groep deelnemers. "
          "Daarnaast organiseert het samenwerkingsverband een jaarlijkse studiedag in het najaar, met "
          "workshops die door de scholen zelf worden verzorgd." % swv),
        P("Het scholingsaanbod voor leraren wordt in samenwerking met de pabo en een regionale "
          "opleidingsschool vormgegeven. Onderwerpen in de afgelopen jaren waren onder meer het omgaan met "
          "verschillen in de klas, traumasensitief lesgeven, executieve functies en het voeren van "
          "driehoeksgesprekken. Deelname is vrijwillig; de kosten worden gedragen door de deelnemende besturen."),
    ]


def filler_governance(swv, form="stichting"):
    return [
        P("%s is een %s. De aangesloten schoolbesturen vormen samen de algemene vergadering, die "
          "toezicht houdt op het bestuur. Het bestuur wordt gevormd door een onafhankelijke "
          "directeur-bestuurder. Deze scheiding van bestuur en toezicht is in 2021 in de statuten vastgelegd "
          "en voldoet aan de Code Goed Bestuur in het primair en voortgezet onderwijs." % (swv, form)),
        P("De algemene vergadering komt ten minste vier keer per jaar bijeen. Zij keurt de begroting en de "
          "jaarrekening goed, benoemt de accountant en voert jaarlijks een functioneringsgesprek met de "
          "directeur-bestuurder. Een auditcommissie uit de vergadering bereidt de financiële besluitvorming "
          "voor. De statuten bevatten een geschillenregeling voor geschillen tussen de aangesloten besturen; "
          "deze regeling is in de afgelopen planperiode niet ingeroepen."),
        P("Het samenwerkingsverband heeft een eigen medezeggenschapsraad voor het personeel van het bureau en "
          "een ondersteuningsplanraad. De ondersteuningsplanraad heeft instemmingsrecht op het "
          "ondersteuningsplan en op wijzigingen daarvan. De directeur-bestuurder overlegt ten minste vijf "
          "keer per jaar met de raad."),
    ]


def filler_planning(rows):
    return [TABLE(("Periode", "Activiteit"), *rows)]


# ============================================================================================
# Plan A - PO, .docx - "De Dijkgraaf". Nearly complete: only terugstroom.beleid is not addressed
# (explicit negative inside the TLV chapter); terugplaatsing procedure sits in §7.6 of the TLV
# chapter. Glossary defines 'terugplaatsingsbeleid' (trap).
# ============================================================================================

def plan_a():
    swv = "Samenwerkingsverband PO De Dijkgraaf"
    b = [("title", ["Ondersteuningsplan 2026-2030",
                    "Elk kind een plek aan de dijk",
                    "Samenwerkingsverband Passend Primair Onderwijs De Dijkgraaf (PO 26-08)",
                    "Planperiode 1 augustus 2026 tot en met 31 juli 2030",
                    "Vastgesteld door de directeur-bestuurder op 14 april 2026, na instemming van de "
                    "ondersteuningsplanraad op 7 april 2026 en afronding van het OOGO op 24 maart 2026",
                    "Kenmerk: DD/OP/2026-03"]),
         ("toc",)]
    b += [H1("1 Voorwoord"),
          P("Voor u ligt het derde ondersteuningsplan van De Dijkgraaf. Toen in 2014 de Wet passend onderwijs "
            "werd ingevoerd, was het samenwerkingsverband vooral een verdeelkantoor: geld kwam binnen en werd "
            "doorgezet naar besturen. Tien jaar later is het een netwerkorganisatie geworden waarin 9 besturen, "
            "52 basisscholen, twee scholen voor speciaal basisonderwijs en één so-school samen verantwoordelijk "
            "zijn voor een passende plek voor ieder kind in de gemeenten Lingewaal-Oost, Dijkveld en Rivierzicht."),
          P("Dit plan is in ruim een jaar tot stand gekomen. Er is gesproken met intern begeleiders, "
            "schoolleiders, bestuurders, leerplichtambtenaren, jeugdconsulenten en ouders. Er zijn vier "
            "dialoogsessies georganiseerd, waarvan één uitsluitend met leerlingen uit groep 7 en 8. Hun "
            "opbrengst is verwerkt in de hoofdstukken over arrangeren en over ouders. Wij danken iedereen die "
            "heeft meegedacht, en in het bijzonder de leden van de ondersteuningsplanraad, die het concept "
            "kritisch en constructief hebben gelezen."),
          P("Het plan is geschreven voor professionals én voor ouders. Waar jargon onvermijdelijk was, is het "
            "in de begrippenlijst verklaard. Waar dit plan spreekt van 'ouders', worden ook verzorgers en "
            "voogden bedoeld. Wij hopen dat u in dit plan herkent wat u van ons mag verwachten."),
          P("Mr. drs. H. (Hanneke) Wolters-Van Dam, directeur-bestuurder"),
          H1("2 Samenvatting"),
          P("In de planperiode 2026-2030 wordt voortgebouwd op wat in de vorige periode is bereikt. De ondergrens "
            "van basisondersteuning wordt aangescherpt en jaarlijks getoetst. Het ondersteuningscontinuüm blijft "
            "bestaan uit vijf niveaus, waarbij het bovenschoolse niveau wordt uitgebreid met een voorziening voor "
            "jonge kinderen. De procedure voor toelaatbaarheid wordt vereenvoudigd: aanvragen worden voortaan "
            "digitaal ingediend en binnen zes weken beslist. Hoofdstuk 7 beschrijft de procedure, de criteria en "
            "de afloop van een toelaatbaarheidsverklaring. De verdeling van middelen blijft gebaseerd op een "
            "schoolmodel met een vaste voet per vestiging; de reserves worden verder afgebouwd tot de "
            "signaleringswaarde. Ten slotte is een set van zeven indicatoren vastgesteld waarop het "
            "samenwerkingsverband zich laat aanspreken."),
          H1("3 Het samenwerkingsverband in cijfers"),
          P("De tabel hieronder geeft de belangrijkste kengetallen op de teldatum 1 oktober 2025. De cijfers zijn "
            "ontleend aan de leerlingtelling van DUO en aan de eigen registratie van het samenwerkingsverband."),
          TABLE(("Kengetal", "De Dijkgraaf", "Landelijk"),
                ("Aangesloten besturen", "9", "-"),
                ("Basisscholen (vestigingen)", "52", "-"),
                ("Leerlingen basisonderwijs", "11.840", "-"),
                ("Leerlingen sbo (2 scholen)", "226", "-"),
                ("Leerlingen so cluster 3 en 4 (alle locaties)", "161", "-"),
                ("Deelnamepercentage sbo", "1,86%", "2,39%"),
                ("Deelnamepercentage so", "1,32%", "1,71%"),
                ("Afgegeven TLV's schooljaar 2024-2025", "97", "-"),
                ("Thuiszitters (langer dan 4 weken) op 1-10-2025", "6", "-")),
          P("Het leerlingaantal daalt naar verwachting met ongeveer 1,5 procent per jaar. Die krimp is niet "
            "gelijk verdeeld: in Rivierzicht groeit het aantal leerlingen licht door nieuwbouw, in de kleine "
            "kernen van Lingewaal-Oost staan scholen onder druk. Dat heeft gevolgen voor de spreiding van "
            "expertise en voor de haalbaarheid van kleine voorzieningen dicht bij huis."),
          H1("4 Missie, visie en koers"),
          P("Missie. De Dijkgraaf zorgt er samen met de scholen voor dat ieder kind in de regio onderwijs krijgt "
            "dat past bij wat het nodig heeft, zo dicht mogelijk bij huis en zo regulier als mogelijk."),
          P("Visie. Wij gaan uit van wat kinderen wél kunnen. Ondersteuning wordt zoveel mogelijk in de groep "
            "geboden, door de eigen leraar, met hulp van collega's en specialisten die naar de school toe komen. "
            "Scholen, ouders en ketenpartners zijn samen verantwoordelijk; niet het etiket maar de "
            "ondersteuningsbehoefte is leidend. Middelen volgen de ondersteuningsbehoefte en niet andersom."),
          P("Koers. Voor de komende vier jaar zijn drie koerslijnen gekozen: (1) sterke basis op iedere school, "
            "(2) snel en licht arrangeren zonder bureaucratie en (3) samen met gemeenten één plan per kind. Elke "
            "koerslijn is in de volgende hoofdstukken uitgewerkt. De koers is besproken met de "
            "ondersteuningsplanraad en met de wethouders onderwijs en jeugd van de drie gemeenten."),
          P("De koers sluit aan op de landelijke Verbeteraanpak passend onderwijs en op de ontwikkelingen rond "
            "de landelijke norm voor basisondersteuning. Mocht die norm in de planperiode wettelijk worden "
            "vastgelegd, dan wordt hoofdstuk 5 daarop aangepast via een wijziging van dit plan."),
          ]
    b += [H1("5 De ondergrens: basisondersteuning op iedere vestiging"),
          P("Onder basisondersteuning wordt in De Dijkgraaf verstaan: het door alle aangesloten besturen "
            "afgesproken minimum aan preventieve en licht curatieve ondersteuning dat op iedere vestiging van "
            "iedere aangesloten basisschool beschikbaar is, binnen de eigen onderwijsstructuur en zonder dat een "
            "aanvraag bij het samenwerkingsverband nodig is. Dit niveau is een ondergrens: scholen mogen meer "
            "bieden, maar niet minder. Het is op 10 december 2025 door de algemene vergadering vastgesteld en "
            "geldt voor alle 52 vestigingen."),
          P("Concreet mag een ouder op elke basisschool in de regio het volgende verwachten. Deze tien ankers "
            "zijn ook opgenomen in de schoolgids van iedere school."),
          UL("Anker 1 - Een intern begeleider met ten minste 0,4 fte per 200 leerlingen, die het "
             "ondersteuningsteam van de school voorzit.",
             "Anker 2 - Een ondersteuningsteam dat minimaal vier keer per jaar bijeenkomt, met de "
             "schoolcontactpersoon van het samenwerkingsverband (orthopedagoog) en, waar nodig, de jeugdconsulent "
             "van de gemeente.",
             "Anker 3 - Een dyslexieprotocol en een protocol ernstige reken-wiskundeproblemen en dyscalculie, "
             "inclusief signalering vanaf groep 2 en een interventieaanbod in groep 3 en 4.",
             "Anker 4 - Een schoolbrede aanpak voor gedrag en sociale veiligheid (bijvoorbeeld PBS of een "
             "vergelijkbaar programma) met een jaarlijkse monitor sociale veiligheid.",
             "Anker 5 - Een aanbod voor meer- en hoogbegaafde leerlingen binnen de groep (compacten en verrijken) "
             "en een leerlijn leren leren.",
             "Anker 6 - Ondersteuning bij taalontwikkeling en Nederlands als tweede taal tot het niveau van de "
             "groep, met inzet van een taalspecialist.",
             "Anker 7 - Een protocol medisch handelen en afspraken over medicijnverstrekking.",
             "Anker 8 - Handelingsgericht en planmatig werken in cycli van ten hoogste twaalf weken, met "
             "groepsplannen of een vergelijkbare vastlegging.",
             "Anker 9 - Een ontwikkelingsperspectief (OPP) binnen zes weken nadat is vastgesteld dat een leerling "
             "op een eigen leerlijn komt, opgesteld in overleg met ouders.",
             "Anker 10 - Een warme overdracht bij iedere overstap, ook naar het voortgezet onderwijs."),
          P("Wat buiten deze ankers valt, is extra ondersteuning. De grens ligt daar waar een school na twee "
            "cycli handelingsgericht werken met inzet van de ankers onvoldoende vooruitgang ziet. Op dat moment "
            "wordt de schoolcontactpersoon ingeschakeld en kan een arrangement worden aangevraagd (hoofdstuk 6)."),
          P("Borging. Iedere school vult jaarlijks vóór 1 november de kwaliteitskaart basisondersteuning in. "
            "Eens per twee jaar wordt door een auditteam van twee collega-intern begeleiders en een medewerker "
            "van het samenwerkingsverband een schoolbezoek afgelegd. Blijkt dat een school onder de ondergrens "
            "blijft, dan stelt het bevoegd gezag binnen drie maanden een verbeterplan op, dat door de "
            "directeur-bestuurder wordt gevolgd. In 2025 voldeden 47 van de 52 vestigingen aan alle ankers."),
          ]
    b += [H1("6 Arrangeren: het ondersteuningscontinuüm en het dekkend aanbod"),
          P("Het ondersteuningsaanbod in de regio is opgebouwd als een continuüm van vijf niveaus. Hoe hoger het "
            "niveau, hoe specialistischer en hoe verder van de eigen groep de ondersteuning plaatsvindt. Het "
            "uitgangspunt is steeds: zo licht als mogelijk, zo zwaar als nodig."),
          TABLE(("Niveau", "Wat", "Waar", "Wie beslist"),
                ("1", "Basisondersteuning in de groep", "Eigen groep", "Leraar en intern begeleider"),
                ("2", "Basisondersteuning met ondersteuningsteam en schoolcontactpersoon", "Eigen school",
                 "Ondersteuningsteam"),
                ("3", "Arrangement extra ondersteuning op de eigen school (licht of intensief)", "Eigen school",
                 "Arrangeerloket van het SWV"),
                ("4", "Bovenschoolse voorziening: observatiegroep De Brug, Plusklas Dijkwerk (hoogbegaafdheid), "
                      "Taalhuis (nieuwkomers), onderwijs-zorgarrangement De Ankerplaats",
                 "Gastschool in de regio", "Arrangeerloket van het SWV"),
                ("5", "Speciaal basisonderwijs (De Wilgenhof, 't Kofschip) of speciaal onderwijs cluster 3 en 4 "
                      "(De Rietkraag; cluster 3 bij partners buiten de regio)",
                 "Sbo/so-school", "Commissie van Toelaatbaarheid")),
          P("Arrangeren gebeurt zo dicht mogelijk bij de school. Een arrangement op niveau 3 wordt door de school "
            "aangevraagd bij het arrangeerloket met een kort groeidocument. Het loket beslist binnen tien "
            "werkdagen; het arrangement duurt in de regel één schooljaar en wordt na een half jaar geëvalueerd. "
            "Voor niveau 4 geldt dezelfde route, maar wordt altijd een gesprek met ouders en school gevoerd."),
          P("Dekkend aanbod. Jaarlijks in november wordt door het bureau met de scholen en de gemeenten in kaart "
            "gebracht of er leerlingen zijn voor wie geen passend aanbod bestaat, en welke wachtlijsten er zijn. "
            "De uitkomst wordt gerapporteerd aan de algemene vergadering en aan de ondersteuningsplanraad. Uit de "
            "inventarisatie van 2025 bleek dat voor jonge kinderen (4-6 jaar) met een ernstige "
            "ontwikkelingsachterstand in combinatie met gedragsproblemen geen passend aanbod in de regio bestond. "
            "Daarom start in augustus 2026 de pilot Kleine Kaap, een kleinschalige groep voor tien leerlingen op "
            "een reguliere school, met dagelijkse inzet van een jeugdhulpaanbieder. De pilot wordt in 2028 "
            "geëvalueerd."),
          P("Thuiszitters. Voor leerlingen die (dreigen) thuis (te) zitten hanteert De Dijkgraaf een "
            "escalatieladder met vier treden. Trede 1: de school meldt verzuim en organiseert binnen vijf "
            "schooldagen een gesprek met ouders en leerplicht. Trede 2: het ondersteuningsteam stelt binnen tien "
            "schooldagen een plan van aanpak op. Trede 3: lukt dat niet, dan bespreekt de thuiszittertafel "
            "(samenwerkingsverband, leerplicht, gemeente, jeugdhulp) de leerling binnen twee weken en wijst een "
            "casusregisseur aan. Trede 4: is er na zes weken nog geen perspectief, dan zet de directeur-bestuurder "
            "haar doorzettingsmacht in: zij kan een aangesloten school of voorziening aanwijzen die de leerling "
            "(tijdelijk) opvangt, en de kosten daarvan komen ten laste van het samenwerkingsverband."),
          P("Zorgplicht. Het bestuur van de school waar een leerling schriftelijk is aangemeld, heeft "
            "zorgplicht. Lukt het dat bestuur niet binnen de wettelijke termijn van zes plus vier weken een "
            "passende plek te vinden, dan neemt het arrangeerloket de regie over en wordt de casus zo nodig "
            "opgeschaald volgens de escalatieladder."),
          ]
    b += [H1("7 Toelaatbaarheid tot sbo en so"),
          H2("7.1 Aanvraag en procedure"),
          P("Een toelaatbaarheidsverklaring (TLV) voor het speciaal basisonderwijs of het speciaal onderwijs "
            "wordt aangevraagd door het bevoegd gezag van de school waar de leerling is ingeschreven, of - bij "
            "een eerste aanmelding - van de school waar de leerling is aangemeld. De aanvraag wordt ingediend via "
            "het digitale aanvraagportaal. Bij de aanvraag worden gevoegd: het groeidocument of OPP, het verslag "
            "van het multidisciplinair overleg (MDO) waarin ouders, school en schoolcontactpersoon de "
            "ondersteuningsbehoefte hebben besproken, en de zienswijze van ouders."),
          TABLE(("Stap", "Wat gebeurt er", "Termijn"),
                ("1", "MDO op school met ouders, school en schoolcontactpersoon", "-"),
                ("2", "Aanvraag via portaal door bevoegd gezag", "-"),
                ("3", "Toets op volledigheid door het bureau", "5 werkdagen"),
                ("4", "Twee deskundigenadviezen (zie 7.3)", "15 werkdagen"),
                ("5", "Besluit Commissie van Toelaatbaarheid namens de directeur-bestuurder",
                 "uiterlijk 6 weken na volledige aanvraag"),
                ("6", "Verzending besluit en adviezen aan ouders en school", "2 werkdagen")),
          P("De Commissie van Toelaatbaarheid (CvT) bestaat uit een voorzitter (medewerker van het bureau) en "
            "twee leden met orthopedagogische of psychologische achtergrond. De CvT neemt het besluit namens de "
            "directeur-bestuurder. In spoedsituaties, bijvoorbeeld bij een crisisplaatsing, kan binnen vijf "
            "werkdagen een tijdelijke TLV van ten hoogste drie maanden worden afgegeven."),
          H2("7.2 Criteria"),
          P("Een leerling wordt toelaatbaar verklaard tot het speciaal basisonderwijs als aan alle volgende "
            "voorwaarden is voldaan: (a) de ondersteuningsbehoefte overstijgt aantoonbaar wat de school met "
            "basisondersteuning en een arrangement op niveau 3 of 4 kan bieden; (b) er zijn ten minste twee "
            "cycli handelingsgericht werken van elk minimaal twaalf weken uitgevoerd en geëvalueerd; (c) de "
            "leerling heeft structureel behoefte aan een kleinere groep, een aangepast leerstofaanbod en "
            "dagelijkse specialistische begeleiding."),
          P("Een leerling wordt toelaatbaar verklaard tot het speciaal onderwijs (cluster 3 of 4) als, naast "
            "voorwaarde (a), sprake is van een of meer van de volgende situaties: (d) een ernstige "
            "verstandelijke, lichamelijke of meervoudige beperking of langdurige ziekte waardoor de leerling "
            "aangewezen is op een zeer specialistisch onderwijs- en zorgaanbod; (e) ernstige gedrags- of "
            "psychiatrische problematiek waarbij de veiligheid van de leerling of anderen in een reguliere of "
            "sbo-setting niet kan worden gewaarborgd; (f) een combinatie van onderwijs- en zorgbehoeften die "
            "alleen in een so-setting met geïntegreerde zorg kan worden beantwoord."),
          H2("7.3 Deskundigenadvies"),
          P("Iedere aanvraag wordt beoordeeld door twee deskundigen. De eerste deskundige is altijd een "
            "orthopedagoog of GZ-psycholoog. De tweede deskundige wordt afhankelijk van de vraag gekozen: een "
            "kinderarts, jeugdarts, maatschappelijk werker of kinder- en jeugdpsychiater. Beide deskundigen "
            "brengen ieder een eigen schriftelijk advies uit en zijn niet betrokken geweest bij de aanvraag. "
            "Ouders ontvangen een afschrift van beide adviezen."),
          H2("7.4 Duur en bekostigingscategorie"),
          P("Een TLV voor het sbo wordt afgegeven voor twee schooljaren. Een TLV voor het so wordt afgegeven "
            "voor één tot drie schooljaren; bij een structurele beperking kan een TLV tot het einde van de "
            "basisschoolperiode worden afgegeven. Wordt een TLV in de loop van een schooljaar afgegeven, dan "
            "wordt het resterende deel van dat schooljaar toegevoegd. Voor het so wordt de "
            "bekostigingscategorie laag, midden of hoog vastgesteld op basis van het deskundigenadvies."),
          H2("7.5 Bezwaar"),
          P("Ouders en het bevoegd gezag kunnen binnen zes weken na verzending van het besluit bezwaar maken "
            "bij de directeur-bestuurder. Het samenwerkingsverband is aangesloten bij de Landelijke "
            "Bezwaaradviescommissie Toelaatbaarheidsverklaringen (LBT), die over het bezwaar adviseert. Op het "
            "bezwaar wordt binnen zes weken na ontvangst van het advies beslist."),
          H2("7.6 Afloop van de TLV en terugplaatsing"),
          P("In het laatste schooljaar waarvoor een TLV geldt, wordt uiterlijk 1 februari door de sbo- of "
            "so-school een evaluatie-MDO belegd. Aan tafel zitten ouders, de mentor of groepsleerkracht, de "
            "intern begeleider van de speciale school en de schoolcontactpersoon van het samenwerkingsverband. "
            "De uitkomst wordt vastgelegd in het OPP."),
          P("Wordt in het evaluatie-MDO geconcludeerd dat de leerling naar het regulier basisonderwijs kan, "
            "dan wordt de leerling uiterlijk 1 maart door de sbo- of so-school aangemeld bij de door ouders "
            "gekozen basisschool, waarna de zorgplicht van die school geldt. De overstap wordt voorbereid met "
            "een warme overdracht tussen beide intern begeleiders. De TLV eindigt op 31 juli van dat "
            "schooljaar. Wordt geconcludeerd dat de leerling is aangewezen op verdere plaatsing, dan dient "
            "het bevoegd gezag van de sbo- of so-school vóór 1 april een nieuwe aanvraag in volgens 7.1."),
          P("Een afzonderlijk terugplaatsingsbeleid kent De Dijkgraaf niet. Doelen, voorwaarden voor "
            "terugkeer of afspraken over ondersteuning na terugkeer zijn voor deze planperiode niet "
            "geformuleerd. Of dat alsnog gebeurt, wordt bij de tussenevaluatie in 2028 bezien."),
          ]
    b += [H1("8 Samenwerking met gemeenten en jeugdhulp"),
          P("Het op overeenstemming gericht overleg (OOGO) met de drie gemeenten is op 24 maart 2026 afgerond. "
            "Het ontwerp van dit plan is met de wethouders besproken op 3 en 24 maart 2026. Afgesproken "
            "thema's voor de planperiode zijn: de aansluiting tussen basisondersteuning en het lokale "
            "jeugdteam, onderwijs-zorgarrangementen, thuiszitters, leerlingenvervoer en onderwijshuisvesting."),
          P("In de regio zijn per school vaste jeugdconsulenten van de gemeente beschikbaar. Zij nemen deel aan "
            "het ondersteuningsteam. Voor onderwijs-zorgarrangementen, zoals De Ankerplaats, worden de kosten van "
            "onderwijs en zorg in een gezamenlijke overeenkomst tussen samenwerkingsverband en gemeente "
            "vastgelegd. Er is een geschillenregeling afgesproken voor het geval het overleg niet tot "
            "overeenstemming leidt."),
          P("Met het samenwerkingsverband voortgezet onderwijs in de regio is overlegd over de overstap van groep "
            "8 naar het voortgezet onderwijs. Afgesproken is dat de overdracht van leerlingen met een OPP via "
            "een gezamenlijk overdrachtsformulier verloopt en dat er jaarlijks in mei een warme-overdrachtsmarkt "
            "wordt georganiseerd."),
          ]
    b += [H1("9 Ouders"),
          P("Informatie. Het samenwerkingsverband informeert ouders op vier manieren over de "
            "ondersteuningsvoorzieningen. (1) De website heeft een ouderpagina 'Wat mag ik van de school "
            "verwachten?' met de tien ankers van de basisondersteuning, het ondersteuningscontinuüm en de route "
            "naar een arrangement of TLV. (2) Er is een ouderbrochure in het Nederlands, Engels, Pools en "
            "Arabisch, die iedere school bij het intakegesprek meegeeft. (3) Iedere schoolgids bevat een "
            "vaste paragraaf over de basisondersteuning en de extra ondersteuning op die school. (4) Twee keer "
            "per jaar wordt een informatieavond voor ouders georganiseerd, in het voorjaar over de overstap naar "
            "het vo en in het najaar over ondersteuning en arrangeren."),
          P("Onafhankelijke ondersteuning. Ouders die vragen hebben of het niet eens zijn met de school of het "
            "samenwerkingsverband, kunnen terecht bij het Ouder- en jeugdsteunpunt Dijk & Kind. Het steunpunt "
            "wordt uitgevoerd door een stichting die los staat van het samenwerkingsverband en de besturen; het "
            "is bereikbaar via telefoon, e-mail en een wekelijks inloopspreekuur in de bibliotheek van Dijkveld. "
            "Twee ouderadviseurs denken mee, gaan desgewenst mee naar gesprekken en bundelen signalen, die twee "
            "keer per jaar aan het bestuur worden gerapporteerd. Daarnaast kunnen ouders kosteloos een beroep "
            "doen op de Onderwijsconsulenten en kunnen zij bij geschillen over toelating, verwijdering of het OPP "
            "terecht bij de Geschillencommissie passend onderwijs. Het samenwerkingsverband heeft een eigen "
            "klachtenregeling."),
          P("Betrokkenheid. Ouders zijn partner in het opstellen van het OPP en worden uitgenodigd voor ieder "
            "MDO. De helft van de leden van de ondersteuningsplanraad is ouder. Leerlingen worden gehoord over "
            "hun OPP; de school legt vast hoe dat is gebeurd."),
          ]
    b += [H1("10 Kwaliteitszorg en resultaten"),
          P("De Dijkgraaf wil weten of wat het doet ook werkt. Daarom zijn voor de planperiode zeven "
            "indicatoren vastgesteld, met een nulmeting op 1 oktober 2025 en een streefwaarde voor 2030."),
          TABLE(("Indicator", "Nulmeting 2025", "Streefwaarde 2030"),
                ("Vestigingen die aan alle tien ankers voldoen", "47 van 52", "52 van 52"),
                ("Deelnamepercentage sbo + so", "3,18%", "ten hoogste 3,0%"),
                ("Thuiszitters langer dan 4 weken", "6", "ten hoogste 2"),
                ("Arrangementen niveau 3 dat het beoogde doel bereikt", "68%", "80%"),
                ("Leerlingen met OPP die het verwachte uitstroomniveau halen", "71%", "80%"),
                ("Tevredenheid ouders over ondersteuning (schaal 1-10)", "7,2", "ten minste 7,5"),
                ("Beslistermijn TLV binnen 6 weken", "83%", "100%")),
          P("Bereikte resultaten vorige periode. In de planperiode 2022-2026 daalde het deelnamepercentage sbo "
            "+ so van 3,41 naar 3,18 procent, werd het aantal thuiszitters teruggebracht van 14 naar 6 en "
            "steeg het aantal scholen dat voldeed aan de basisondersteuning van 39 naar 47. Het doel om alle "
            "arrangementen binnen vier weken te starten werd niet gehaald (73 procent)."),
          P("Monitoring. De indicatoren worden bijgehouden in een dashboard dat elk kwartaal wordt besproken in "
            "het managementoverleg en twee keer per jaar in de algemene vergadering. In het jaarverslag worden de "
            "bereikte resultaten per indicator verantwoord, met een toelichting op afwijkingen en de kosten per "
            "voorziening. De ondersteuningsplanraad bespreekt het jaarverslag jaarlijks in juni. In 2028 wordt "
            "een tussenevaluatie uitgevoerd door een extern bureau; de uitkomsten worden gebruikt om de koers "
            "bij te stellen."),
          ]
    b += [H1("11 Financieel beleid en meerjarenbegroting"),
          P("Inkomsten. Het samenwerkingsverband ontvangt van het Rijk de bekostiging voor lichte en zware "
            "ondersteuning. Op de zware ondersteuning worden door DUO de afdrachten voor het so en, boven de "
            "2%-grens, voor het sbo ingehouden. De peildatum voor de groeiregeling so en sbo is 1 februari."),
          P("Verdeelmodel. Na aftrek van afdrachten en de kosten van het bureau worden de middelen als volgt "
            "verdeeld. 68 procent gaat als schoolbudget naar de besturen: een vaste voet van € 7.500 per "
            "vestiging plus € 142 per leerling, op basis van de teldatum 1 oktober van het voorafgaande jaar. 20 "
            "procent vormt het arrangementenbudget, waaruit het arrangeerloket arrangementen op niveau 3 en 4 "
            "toekent volgens de route in hoofdstuk 6. 12 procent is bestemd voor de bovenschoolse voorzieningen "
            "en de pilot Kleine Kaap. Het verdeelmodel wordt jaarlijks bij de begroting door de algemene "
            "vergadering bevestigd."),
          P("Besteding. Besturen besteden het schoolbudget aan de uitvoering van de basisondersteuning en aan "
            "extra ondersteuning op de eigen scholen, in het bijzonder de inzet van intern begeleiders, "
            "specialisten en onderwijsassistenten. Zij verantwoorden de besteding jaarlijks vóór 1 mei met een "
            "vast format, dat door het bureau wordt geanalyseerd en aan de algemene vergadering wordt "
            "voorgelegd."),
          TABLE(("Meerjarenbegroting (x € 1.000)", "2026", "2027", "2028", "2029", "2030"),
                ("Rijksbijdrage ondersteuning (na verevening)", "13.420", "13.210", "13.010", "12.830", "12.660"),
                ("Afdrachten so en sbo (DUO)", "-5.310", "-5.260", "-5.200", "-5.150", "-5.100"),
                ("Beschikbaar", "8.110", "7.950", "7.810", "7.680", "7.560"),
                ("Bureau en organisatie", "735", "740", "745", "750", "755"),
                ("Schoolbudgetten besturen", "5.015", "4.905", "4.810", "4.720", "4.640"),
                ("Arrangementenbudget", "1.475", "1.440", "1.410", "1.385", "1.360"),
                ("Bovenschoolse voorzieningen en pilot", "885", "865", "845", "825", "805"),
                ("Inzet reserve", "0", "0", "0", "0", "0"),
                ("Resultaat", "0", "0", "0", "0", "0")),
          P("Reserves. De algemene reserve bedroeg op 31 december 2025 € 1,94 miljoen. Dat is boven de "
            "signaleringswaarde; het deel daarboven is in 2024 en 2025 ingezet voor de opbouw van de "
            "bovenschoolse voorzieningen. Het weerstandsvermogen wordt op ten minste 5 procent van de baten "
            "gehouden. Een risicoparagraaf is opgenomen in de jaarlijkse begroting."),
          ]
    b += [H1("12 Organisatie en governance")] + filler_governance(swv) + \
         [H1("13 Personeel en professionalisering")] + filler_personeel(swv, "11,4") + \
         filler_professionalisering(swv) + filler_ict(swv)
    b += [H1("14 Planning, vaststelling en procedure"),
          P("Dit plan is in concept besproken met de ondersteuningsplanraad, de gemeenten en het "
            "samenwerkingsverband vo. De ondersteuningsplanraad heeft op 7 april 2026 ingestemd. Het plan wordt "
            "vóór 1 mei 2026 aan de Inspectie van het Onderwijs toegezonden. Wijzigingen gedurende de "
            "planperiode worden opnieuw aan de raad voorgelegd."),
          ] + filler_planning([("Voorjaar 2026", "Vaststelling en toezending aan de Inspectie"),
                               ("Augustus 2026", "Start pilot Kleine Kaap; ingang nieuw verdeelmodel"),
                               ("November 2026", "Eerste kwaliteitskaarten nieuwe stijl"),
                               ("Voorjaar 2028", "Tussenevaluatie door extern bureau"),
                               ("Najaar 2029", "Start voorbereiding ondersteuningsplan 2030-2034")])
    b += [("pb",), H1("Bijlage 1 Begrippenlijst"),
          UL("Arrangement - een op maat gesneden pakket extra ondersteuning voor een leerling of groep.",
             "Basisondersteuning - het afgesproken niveau van ondersteuning dat alle scholen bieden.",
             "Bekostigingscategorie - laag, midden of hoog; bepaalt de bekostiging van een so-leerling.",
             "Ouder- en jeugdsteunpunt - onafhankelijk steunpunt voor ouders en jeugdigen.",
             "Terugplaatsingsbeleid - het beleid van een samenwerkingsverband gericht op de terugkeer van "
             "leerlingen uit het s(b)o naar het regulier onderwijs, met doelen, voorwaarden en begeleiding.",
             "Toelaatbaarheidsverklaring (TLV) - besluit van het samenwerkingsverband dat een leerling "
             "toelaatbaar is tot het sbo of so.",
             "Verevening - geleidelijke aanpassing van de ondersteuningsbekostiging aan de landelijke norm.",
             "Zorgplicht - de plicht van een schoolbestuur om een aangemelde leerling een passende plek te bieden."),
          H1("Bijlage 2 Afkortingen"),
          UL("CvT - Commissie van Toelaatbaarheid", "LBT - Landelijke Bezwaaradviescommissie "
             "Toelaatbaarheidsverklaringen", "MDO - multidisciplinair overleg", "OOGO - op overeenstemming "
             "gericht overleg", "OPP - ontwikkelingsperspectief", "OPR - ondersteuningsplanraad",
             "sbo - speciaal basisonderwijs", "so - speciaal onderwijs", "SWV - samenwerkingsverband")]
    label = dict(
        sector="po",
        elements=dict(basisondersteuning="present", plaatsing="present", terugstroom="partial",
                      financien="present", **{"dekkend-aanbod": "present"}, resultaten="present",
                      ouders="present"),
        criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
                  "plaatsing.procedure": True, "plaatsing.criteria": True,
                  "terugstroom.procedure": True, "terugstroom.beleid": False,
                  "financien.verdeling": True, "financien.besteding": True,
                  "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
                  "resultaten.doelen": True, "resultaten.monitoring": True,
                  "ouders.informatie": True, "ouders.steunpunt": True},
        advisory={"basisondersteuning": ["borging"],
                  "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
                  "financien": ["reserves", "verantwoording"],
                  "dekkend-aanbod": ["ketenpartners"],
                  "resultaten": ["meetbaar"],
                  "ouders": ["betrokkenheid"]},
        notes={"basisondersteuning": "H5 'De ondergrens': minimum for all 52 vestigingen plus ten concrete ankers; borging via kwaliteitskaart/audit.",
               "plaatsing": "H7.1-7.5: aanvraag by bevoegd gezag, step table, CvT, 6 weeks; cumulative sbo/so criteria (a)-(f); two deskundigen; duur/categorie; LBT bezwaar.",
               "terugstroom": "Procedure only inside the TLV chapter §7.6 (evaluatie-MDO by 1 Feb, aanmelding by 1 March, TLV ends 31 July); policy explicitly absent ('Een afzonderlijk terugplaatsingsbeleid kent De Dijkgraaf niet'); glossary definition of terugplaatsingsbeleid is a trap.",
               "financien": "H11: verdeelmodel (vaste voet EUR 7.500 + EUR 142 per leerling, 68/20/12 split) and meerjarenbegroting table 2026-2030; reserves; verantwoording format.",
               "dekkend-aanbod": "H6 'Arrangeren': five-level continuum table; yearly gap inventory (pilot Kleine Kaap), four-step escalatieladder with doorzettingsmacht, zorgplicht.",
               "resultaten": "H10: indicator table with nulmeting/streefwaarde 2030, achieved results 2022-2026, dashboard/jaarverslag monitoring.",
               "ouders": "H9: website ouderpagina, brochure in 4 languages, schoolgids paragraph, info-avonden; independent OJSP Dijk & Kind, Onderwijsconsulenten, GPO."})
    return b, label, "Ondersteuningsplan 2026-2030 | SWV PO De Dijkgraaf", "Elk kind een plek aan de dijk - pagina"


# ============================================================================================
# Plan B - VO, .docx - "Kempenland-Zuid". Nearly complete: only financien.verdeling is not
# addressed (explicit negative 'een verdeelmodel ontbreekt nog' + conditional). Basisondersteuning
# content only in a table; ouders inside 'Communicatie'; loanword/jargon heavy style.
# ============================================================================================

def plan_b():
    swv = "Samenwerkingsverband VO Kempenland-Zuid"
    b = [("title", ["Ondersteuningsplan 2026-2030",
                    "Iedereen doet mee - koers, commitment en impact",
                    "Stichting Samenwerkingsverband Voortgezet Onderwijs Kempenland-Zuid (VO 30-11)",
                    "Schooljaren 2026-2027 tot en met 2029-2030",
                    "Definitieve versie na instemming OPR (31 maart 2026) en OOGO (18 maart 2026)"]),
         ("toc",)]
    b += [H1("Voorwoord"),
          P("Passend onderwijs is geen project meer, het is de standaard. Dat is de mindset waarmee dit plan is "
            "geschreven. Kempenland-Zuid verbindt zeven besturen, veertien vo-scholen, één school voor "
            "praktijkonderwijs en twee vso-scholen. Samen zijn we verantwoordelijk voor ruim 9.600 jongeren "
            "tussen 12 en 20 jaar. De afgelopen vier jaar hebben we laten zien dat samenwerken werkt: minder "
            "thuiszitters, snellere toewijzing, meer jongeren die thuisnabij naar school gaan."),
          P("Tegelijk is de context veranderd. Krimp, personeelstekorten, een groeiende jeugdhulpvraag en "
            "strakkere financiële kaders dwingen ons tot keuzes. Dit plan maakt die keuzes expliciet. Het is "
            "ontwikkeld in co-creatie met schoolleiders, ondersteuningscoördinatoren, de OPR, gemeenten en - voor "
            "het eerst - een panel van twaalf leerlingen. Hun input staat in kaders door het plan heen."),
          P("Drs. R. (Ruud) Verhoeven MBA, directeur-bestuurder"),
          H1("Leeswijzer"),
          P("Hoofdstuk 1 kijkt terug op de planperiode 2022-2026. Hoofdstuk 2 beschrijft onze koers en de "
            "ambities voor 2030. De hoofdstukken 3 tot en met 6 gaan over de ondersteuning zelf: wat elke school "
            "biedt, welke voorzieningen er zijn, hoe toewijzing naar vso, lwoo en pro werkt en hoe jongeren "
            "terugkeren naar het regulier onderwijs. Hoofdstuk 7 gaat over communicatie met ouders en "
            "leerlingen, hoofdstuk 8 over monitoring en kwaliteitszorg en hoofdstuk 9 over funding. De laatste "
            "hoofdstukken behandelen governance, de regio, personeel en de tijdlijn."),
          H1("Context en kengetallen"),
          P("Kempenland-Zuid beslaat vijf gemeenten met samen ongeveer 142.000 inwoners. Het gebied kent een "
            "stedelijke kern en een uitgestrekt landelijk gebied met kleine dorpen. Reisafstanden zijn voor "
            "jongeren uit de buitengebieden een serieus issue: een bovenschoolse voorziening in de stad betekent "
            "voor sommige leerlingen meer dan een uur reistijd per dag. Het leerlingaantal daalt tot 2030 naar "
            "verwachting met 6 procent; de daling is het sterkst in het vmbo."),
          P("De veertien vo-scholen zijn divers: van een kleine vmbo-school met 310 leerlingen tot een brede "
            "scholengemeenschap met ruim 1.800 leerlingen. Drie scholen hebben een tweetalige afdeling, twee "
            "scholen een technasium. De besturen werken samen in het bestuurlijk overleg, dat maandelijks bij "
            "elkaar komt en waarin ook strategische thema's als krimp, onderwijsaanbod en personeelsbeleid aan "
            "de orde komen. Die thema's vallen buiten dit plan, maar raken het wel."),
          P("Stem van de jongere. Het leerlingpanel gaf ons drie boodschappen mee. Eén: 'Vraag het ons eerst, "
            "voordat je iets over ons besluit.' Twee: 'Een mentor die je kent is belangrijker dan een extra "
            "lokaal.' Drie: 'Maak het niet ingewikkelder dan het is.' Die boodschappen hebben we gebruikt als "
            "toets op de teksten in dit plan. Het panel blijft de hele planperiode bestaan en komt drie keer "
            "per jaar bij elkaar met de directeur-bestuurder."),
          H1("1 Terugblik 2022-2026"),
          P("In het vorige plan stonden vier doelen centraal. We blikken daar kort op terug, met de bereikte "
            "resultaten per doel."),
          TABLE(("Doel 2022-2026", "Streefwaarde", "Bereikt (1-10-2025)", "Oordeel"),
                ("Thuiszitters terugdringen", "max. 10", "9", "behaald"),
                ("Doorlooptijd TLV-besluit", "max. 6 weken", "gemiddeld 4,8 weken", "behaald"),
                ("Deelname vso", "max. 3,3%", "3,5%", "niet behaald"),
                ("Leerlingen OPDC terug in regulier vo binnen 1 jaar", "70%", "64%", "deels behaald")),
          P("De stijging van de vso-deelname hangt vooral samen met een toename van jongeren met complexe "
            "psychiatrische problematiek. Dat was ook een van de bevindingen van de externe evaluatie van het "
            "vorige plan. Voor de OPDC-terugkeer geldt dat jongeren vaak wel terugkeren, maar niet altijd binnen "
            "het jaar. Die lessons learned zijn meegenomen in de ambities voor 2030."),
          H1("2 Koers en ambities 2030"),
          P("Onze koers in één zin: iedere jongere leert thuisnabij, op een school die past, met de support die "
            "nodig is. Daaruit volgen vijf ambities. Per ambitie is een meetbaar beoogd resultaat voor jongeren "
            "met een ondersteuningsbehoefte benoemd."),
          TABLE(("Ambitie", "Beoogd resultaat 2030", "Indicator"),
                ("A1 Sterke basis", "alle 14 scholen voldoen aan de 12 afspraken", "audit basisondersteuning"),
                ("A2 Niemand thuis", "max. 5 thuiszitters > 4 weken", "leerplichttelling 1 oktober"),
                ("A3 Thuisnabij", "vso-deelname terug naar 3,2%", "DUO-deelnamecijfers"),
                ("A4 Terug naar regulier", "75% van OPDC- en vso-terugkeerders na 1 jaar nog in regulier vo",
                 "eigen registratie"),
                ("A5 Tevreden jongeren en ouders", "rapportcijfer minimaal 7,4", "tweejaarlijkse peiling")),
          P("De ambities zijn bewust ambitieus maar realistisch. Ze zijn afgestemd met de besturen en met de "
            "OPR en worden jaarlijks vertaald naar het jaarplan. Het jaarplan wordt ter informatie aan de OPR "
            "gestuurd."),
          ]
    b += [H1("3 Basisondersteuning: onze 12 afspraken"),
          P("Basisondersteuning is in Kempenland-Zuid de ondergrens die alle veertien vo-scholen en de school "
            "voor praktijkonderwijs, op al hun vestigingen, zonder aanvraag bieden aan iedere leerling die dat "
            "nodig heeft. De besturen hebben deze ondergrens in 2025 herijkt in twaalf afspraken. Een school "
            "mag meer doen, minder niet. Wat een ouder concreet op elke school mag verwachten, staat in de tabel."),
          TABLE(("Nr.", "Afspraak: op iedere vestiging is aanwezig ..."),
                ("1", "een ondersteuningscoördinator met minimaal 0,5 fte per 500 leerlingen"),
                ("2", "een zorg- en adviesteam (ZAT) dat minimaal zes keer per jaar overlegt, met de "
                      "trajectbegeleider van het SWV, leerplicht en schoolmaatschappelijk werk"),
                ("3", "een dyslexie- en dyscalculiebeleid met faciliteiten bij toetsen (extra tijd, "
                      "voorleessoftware)"),
                ("4", "een aanbod voor sociaal-emotioneel leren en een anti-pestprogramma"),
                ("5", "training executieve functies (plannen, organiseren) in leerjaar 1 en 2"),
                ("6", "een time-outvoorziening met begeleiding gedurende de hele schooldag"),
                ("7", "mentoraat met minimaal één individueel gesprek per leerling per periode"),
                ("8", "een aanbod voor meer- en hoogbegaafde leerlingen (versnellen, verrijken)"),
                ("9", "een protocol medisch handelen en een aanpak bij langdurige ziekte"),
                ("10", "een OPP binnen zes weken voor leerlingen met extra ondersteuning"),
                ("11", "check-in/check-out en een vaste vertrouwenspersoon voor kwetsbare leerlingen"),
                ("12", "afspraken over warme overdracht met po, mbo en andere vo-scholen")),
          P("Borging. Iedere school beschrijft in de schoolgids hoe zij de afspraken invult. Eens per twee jaar "
            "voert een peer-auditteam een audit uit. Een school die structureel onder de ondergrens blijft, "
            "wordt via het bestuurlijk overleg aangesproken."),
          H1("4 Ondersteuningscontinuüm en voorzieningen"),
          P("Boven op de basisondersteuning biedt de regio een samenhangend continuüm van extra ondersteuning. "
            "We onderscheiden drie lagen. Laag 1 is extra ondersteuning binnen de school: maatwerktrajecten, een "
            "Op-maat-klas op vier scholen, de inzet van een ambulant begeleider van het vso. Laag 2 zijn de "
            "bovenschoolse voorzieningen: het OPDC De Overstap (maximaal 60 leerlingen, plaatsing maximaal één "
            "jaar), de reboundvoorziening Time-in voor kortdurende opvang van zes tot twaalf weken, de "
            "nieuwkomersvoorziening (ISK) in Kempen-Centrum en het onderwijs-zorgarrangement Wending voor "
            "jongeren die onderwijs en jeugdhulp combineren. Laag 3 is het voortgezet speciaal onderwijs: "
            "vso-school De Horizon (cluster 4) en vso-school Het Palet (cluster 3), plus het praktijkonderwijs "
            "en lwoo op negen vmbo-scholen."),
          P("Thuisnabij arrangeren is het leidende principe: een jongere gaat pas naar een hogere laag als de "
            "vorige laag aantoonbaar onvoldoende is. Binnen laag 2 en 3 worden de plekken in samenhang met de "
            "scholen in de regio ingezet, zodat jongeren ook tussen de lagen kunnen bewegen."),
          P("Niemand thuis. Witte vlekken in het aanbod worden op twee manieren opgespoord: via een jaarlijkse "
            "scan van wachtlijsten en afwijzingen per voorziening, en via de maandelijkse signalen van de "
            "leerplichtteams. Voor jongeren die (dreigen) thuis (te) zitten geldt een escalatieladder: (1) school "
            "en ouders binnen één week in gesprek; (2) casusoverleg met trajectbegeleider binnen twee weken; (3) "
            "Thuiszitterstafel met leerplicht, gemeente en jeugdhulp binnen vier weken; (4) doorzettingsmacht "
            "bij de directeur-bestuurder, die een school of voorziening kan aanwijzen. De gemeenten hebben "
            "afgesproken dat zij in die fase binnen tien werkdagen een jeugdhulpbesluit nemen. Een wachtlijst "
            "van meer dan zes weken voor een bovenschoolse voorziening wordt altijd aan het bestuur gemeld, "
            "dat dan een tijdelijke uitbreiding kan besluiten."),
          P("Zorgplicht. De school waar een jongere is aangemeld, houdt zorgplicht tot een passende plek is "
            "gevonden. Schoolbesturen hebben afgesproken dat geen leerling tussen wal en schip valt door een "
            "discussie over wie aan zet is: de aanmeldschool is aan zet tot het samenwerkingsverband het anders "
            "besluit."),
          ]
    b += [H1("5 Toewijzing: vso, lwoo en pro"),
          P("Toelaatbaarheid tot het vso. Een TLV wordt aangevraagd door het bevoegd gezag van de school waar "
            "de jongere is ingeschreven of aangemeld. De aanvraag bevat het OPP, een handelingsdeel met de "
            "geboden ondersteuning van minimaal zes maanden, een verslag van het multidisciplinair overleg en de "
            "zienswijze van ouders en - vanaf 12 jaar - de jongere zelf. De Commissie Toewijzing beslist binnen "
            "zes weken na de complete aanvraag; de termijn kan eenmalig met vier weken worden verlengd."),
          P("Criteria vso. Een jongere is toelaatbaar tot het vso als (a) de ondersteuningsbehoefte structureel "
            "de mogelijkheden van laag 1 en 2 overstijgt, (b) dat blijkt uit minimaal één geëvalueerd traject "
            "van zes maanden of uit een deskundigenoordeel dat een dergelijk traject niet verantwoord is, en "
            "(c) de jongere op meerdere leefgebieden is aangewezen op een specialistische onderwijsomgeving "
            "met een vaste, kleine groep. Voor cluster 3 is daarnaast een ernstige verstandelijke of "
            "lichamelijke beperking of langdurige ziekte vereist."),
          P("Deskundigen en duur. Bij iedere aanvraag adviseren twee onafhankelijke deskundigen, van wie één "
            "orthopedagoog of GZ-psycholoog is; zij brengen elk een eigen schriftelijk advies uit. Een TLV vso "
            "wordt afgegeven voor ten hoogste twee schooljaren, met bekostigingscategorie laag, midden of hoog. "
            "Bezwaar kan binnen zes weken; het samenwerkingsverband laat zich adviseren door de Landelijke "
            "Bezwaaradviescommissie."),
          P("Praktijkonderwijs en lwoo. Voor pro en lwoo gelden de landelijke criteria (IQ tussen 55 en 80 en "
            "een leerachterstand van drie jaar of meer op twee domeinen voor pro; IQ tussen 75 en 90 of "
            "sociaal-emotionele problematiek in combinatie met een leerachterstand van 1,5 tot 3 jaar voor "
            "lwoo). Kempenland-Zuid heeft niet gekozen voor opting out. De vo-school waar de leerling is "
            "aangemeld, vraagt de aanwijzing of TLV aan via het digitale loket vóór 1 maart; beslissing volgt "
            "uiterlijk 15 april."),
          ]
    b += [H1("6 Van vso terug naar het regulier vo"),
          P("Kempenland-Zuid kiest nadrukkelijk voor terugkeer waar dat kan. Ons beleid: een plek in het vso is "
            "een tussenstation, geen eindstation, tenzij het OPP anders aangeeft. Terugkeer naar het regulier vo "
            "of naar het mbo wordt actief onderzocht bij iedere jongere die laat zien dat hij of zij de stap aan "
            "kan. Voorwaarden: de jongere functioneert minimaal drie maanden stabiel, het OPP laat zien dat het "
            "uitstroomprofiel regulier vo of mbo is, en ouders en jongere stemmen in."),
          P("Procedure. In het laatste jaar van de TLV - en bij jongeren met een TLV van twee jaar ook halverwege "
            "- organiseert de vso-school een evaluatiegesprek met ouders, jongere en de trajectbegeleider van het "
            "SWV. Is terugkeer haalbaar, dan zoekt de trajectbegeleider samen met ouders een reguliere school, "
            "wordt een warme overdracht georganiseerd en start de jongere met een proefplaatsing van maximaal "
            "acht weken. De Commissie Toewijzing bevestigt de terugkeer; de TLV wordt daarmee beëindigd per de "
            "datum van definitieve inschrijving. Is terugkeer niet haalbaar, dan vraagt de vso-school tijdig een "
            "nieuwe TLV aan."),
          P("Support na terugkeer. Iedere teruggeplaatste jongere krijgt een terugkeerarrangement: één jaar "
            "ambulante begeleiding vanuit het vso, met een vast contactmoment per twee weken, gefinancierd door "
            "het samenwerkingsverband. Het aantal terugplaatsingen en de bestendigheid na één jaar worden "
            "jaarlijks gerapporteerd (in 2024-2025: 17 terugplaatsingen, waarvan 12 na één jaar nog regulier)."),
          H1("7 Communicatie"),
          P("Goede communicatie is de helft van het werk. We communiceren met scholen, gemeenten, "
            "ketenpartners en, heel belangrijk, met ouders en jongeren."),
          P("Ouders en jongeren worden geïnformeerd over het ondersteuningsaanbod via de website (met een "
            "aparte sectie 'Voor ouders' waarin de 12 afspraken, de voorzieningen en de routes naar vso, lwoo en "
            "pro staan), via de schoolgids van iedere school, via een korte explainer-video en via een jaarlijkse "
            "ouderavond in oktober in samenwerking met de po-scholen. Voor ouders die het Nederlands niet goed "
            "beheersen is een tolkentelefoon beschikbaar."),
          P("Onafhankelijke hulp. Wie er met de school of met ons niet uitkomt, kan terecht bij het Ouder- en "
            "Jongerensteunpunt Kempen, een onafhankelijke organisatie die door ons wordt gefinancierd maar "
            "inhoudelijk los van ons werkt. Het steunpunt is bereikbaar via telefoon, WhatsApp en mail, "
            "biedt een luisterend oor, advies en zo nodig mediation. Verder verwijzen we naar de "
            "Onderwijsconsulenten, naar de Geschillencommissie passend onderwijs en naar onze "
            "klachtenregeling."),
          P("Jongeren hebben hoorrecht over hun OPP. In de OPR zitten ouders, jongeren en personeel."),
          ]
    b += [H1("8 Monitoring, kwaliteitszorg en verantwoording"),
          P("We werken met een PDCA-cyclus. Elke ambitie uit hoofdstuk 2 heeft een eigenaar binnen het bureau. "
            "De indicatoren worden per kwartaal verzameld in het dashboard Kempenland in Cijfers, dat openbaar "
            "is voor schoolleiders en de OPR. Twee keer per jaar, in februari en september, wordt de voortgang "
            "besproken in het bestuurlijk overleg. In het jaarverslag verantwoorden we de bereikte resultaten, "
            "zowel kwantitatief als kwalitatief, met casusbeschrijvingen en de uitkomsten van de "
            "tevredenheidspeiling. In het voorjaar van 2028 volgt een mid-term review."),
          H1("9 Funding"),
          P("Inkomsten. De funding van Kempenland-Zuid bestaat uit de rijksbijdrage lichte ondersteuning "
            "(inclusief lwoo en pro), de rijksbijdrage zware ondersteuning en een kleine bijdrage van gemeenten "
            "voor het onderwijs-zorgarrangement Wending. Door DUO worden de bedragen voor het vso op de "
            "zware ondersteuning ingehouden."),
          P("Allocatie. Een verdeelmodel ontbreekt nog. Hoe de middelen lichte ondersteuning en de budgetten "
            "voor extra ondersteuning over de zeven besturen worden gealloceerd, was op het moment van "
            "vaststelling van dit plan nog niet besloten. Als het bestuur daartoe vóór 1 januari 2027 besluit, "
            "wordt het allocatiemodel als wijziging van dit plan aan de OPR voorgelegd."),
          P("Besteding. De meerjarenbegroting laat zien waaraan de middelen worden besteed."),
          TABLE(("Meerjarenbegroting (bedragen in €)", "2026", "2027", "2028", "2029"),
                ("Baten rijksbijdrage lichte ondersteuning incl. lwoo/pro", "9.840.000", "9.720.000", "9.610.000", "9.500.000"),
                ("Baten rijksbijdrage zware ondersteuning (na afdracht vso)", "3.110.000", "3.050.000", "2.990.000", "2.940.000"),
                ("Bijdrage gemeenten Wending", "180.000", "180.000", "180.000", "180.000"),
                ("Lasten lwoo en pro (doorbetaling)", "7.260.000", "7.170.000", "7.090.000", "7.010.000"),
                ("Lasten extra ondersteuning besturen", "3.020.000", "2.980.000", "2.940.000", "2.900.000"),
                ("Lasten OPDC De Overstap en Time-in", "1.470.000", "1.450.000", "1.430.000", "1.410.000"),
                ("Lasten Wending en terugkeerarrangementen", "520.000", "520.000", "520.000", "520.000"),
                ("Lasten bureau en trajectbegeleiding", "860.000", "850.000", "840.000", "830.000"),
                ("Saldo", "0", "-100.000", "-40.000", "-50.000")),
          P("Reserves. De negatieve saldi in 2027-2029 worden gedekt uit de algemene reserve, die daarmee daalt "
            "naar het niveau van de signaleringswaarde. Het weerstandsvermogen blijft boven 6 procent."),
          ]
    b += [H1("10 Governance en medezeggenschap")] + filler_governance(swv) + \
         [H1("11 Regio: gemeenten, po en mbo"),
          P("Het OOGO met de vijf gemeenten is afgerond op 18 maart 2026. De gezamenlijke agenda richt zich op "
            "jeugdhulp op school, thuiszitters, leerlingenvervoer en de overgang naar mbo en arbeid. Met de "
            "samenwerkingsverbanden po is overlegd over de overstap; de warme overdracht loopt via het "
            "regionale Overstapservicepunt. Met twee mbo-instellingen is een doorlopende-leerlijnenafspraak "
            "gemaakt voor jongeren uit pro en vso."),
          H1("12 Personeel, professionalisering, ICT en privacy")] + \
         filler_personeel(swv, "14,2", cao="cao vo", other="po") + filler_professionalisering(swv) + \
         filler_privacy(swv) + filler_ict(swv) + \
         [H1("13 Tijdlijn")] + filler_planning([("Q2 2026", "Vaststelling en indiening Inspectie vóór 1 mei"),
                                                ("Q4 2026", "Besluitvorming allocatiemodel (indien het bestuur besluit)"),
                                                ("Q1 2028", "Mid-term review"),
                                                ("Q3 2029", "Start nieuw plan")])
    b += [("pb",), H1("Bijlage: afkortingen en begrippen"),
          UL("Allocatie - toedeling van middelen aan besturen of scholen.",
             "Arrangeren - het samenstellen van een passend ondersteuningsaanbod.",
             "Doorzettingsmacht - bevoegdheid om een doorbraak te forceren bij een vastgelopen casus.",
             "Funding - bekostiging.",
             "lwoo - leerwegondersteunend onderwijs", "OPDC - orthopedagogisch-didactisch centrum",
             "OPR - ondersteuningsplanraad", "pro - praktijkonderwijs", "TLV - toelaatbaarheidsverklaring",
             "Verdeelmodel - de regels waarmee middelen over besturen worden verdeeld.",
             "vso - voortgezet speciaal onderwijs", "ZAT - zorg- en adviesteam")]
    label = dict(
        sector="vo",
        elements=dict(basisondersteuning="present", plaatsing="present", terugstroom="present",
                      financien="partial", **{"dekkend-aanbod": "present"}, resultaten="present",
                      ouders="present"),
        criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
                  "plaatsing.procedure": True, "plaatsing.criteria": True,
                  "terugstroom.procedure": True, "terugstroom.beleid": True,
                  "financien.verdeling": False, "financien.besteding": True,
                  "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": True,
                  "resultaten.doelen": True, "resultaten.monitoring": True,
                  "ouders.informatie": True, "ouders.steunpunt": True},
        advisory={"basisondersteuning": ["borging"],
                  "plaatsing": ["deskundigen", "duur-categorie", "bezwaar"],
                  "terugstroom": ["monitoring"],
                  "financien": ["reserves"],
                  "dekkend-aanbod": ["ketenpartners"],
                  "resultaten": ["meetbaar"],
                  "ouders": ["betrokkenheid"]},
        notes={"basisondersteuning": "H3: ondergrens for all vestigingen in prose; the concrete content (12 afspraken) is only in a table.",
               "plaatsing": "H5 'Toewijzing': vso procedure (bevoegd gezag, dossier, Commissie Toewijzing, 6 weeks), vso criteria (a)-(c), landelijke pro/lwoo criteria with values and loket procedure; deskundigen, duur/categorie, bezwaar.",
               "terugstroom": "H6: policy ('tussenstation, geen eindstation', conditions) and procedure (evaluation in last TLV year, proefplaatsing, Commissie Toewijzing confirms), terugkeerarrangement and figures.",
               "financien": "H9 'Funding': meerjarenbegroting table with amounts = besteding; verdeling explicitly absent ('Een verdeelmodel ontbreekt nog', conditional 'Als het bestuur daartoe ... besluit'); glossary defines Verdeelmodel (trap).",
               "dekkend-aanbod": "H4: three-layer continuum (Op-maat-klas, OPDC, Time-in, ISK, OZA Wending, vso, pro/lwoo); gap scan, escalatieladder, doorzettingsmacht, zorgplicht.",
               "resultaten": "H1 achieved results table, H2 ambitions table with beoogd resultaat 2030, H8 PDCA/dashboard/jaarverslag monitoring.",
               "ouders": "Inside H7 'Communicatie': website section 'Voor ouders', schoolgids, video, ouderavond; independent Ouder- en Jongerensteunpunt Kempen, Onderwijsconsulenten, GPO."})
    return b, label, "SWV VO Kempenland-Zuid | Ondersteuningsplan 2026-2030", "Iedereen doet mee"


# ============================================================================================
# Plan C - PO, .pdf - "Veenkoloniën". basisondersteuning partial (inhoud only in absent bijlage 2),
# terugstroom missing (heading §6.5 exists but body defers), dekkend-aanbod partial (lacunes
# explicitly not yet arranged), resultaten partial (monitoring yes, beoogde resultaten deferred),
# ouders missing (communication aimed at professionals only). Financien under 'Geld en middelen'.
# ============================================================================================

def plan_c():
    swv = "Samenwerkingsverband Passend Onderwijs Veenkoloniën"
    b = [("title", ["Ondersteuningsplan 2026 - 2030",
                    "Samenwerkingsverband Passend Onderwijs Veenkoloniën, PO 20-09",
                    "Samen Sterk in het Veen",
                    "Versie 1.0 - vastgesteld door het algemeen bestuur op 9 april 2026"]),
         ("toc",)]
    b += [H1("Voorwoord"),
          P("Hierbij bieden wij u het ondersteuningsplan 2026-2030 aan. Het plan beschrijft hoe de elf "
            "schoolbesturen in de Veenkoloniën de komende vier jaar samenwerken aan passend onderwijs voor alle "
            "kinderen in de regio. Het plan is opgesteld door een werkgroep van intern begeleiders, directeuren "
            "en medewerkers van het samenwerkingsverband, onder leiding van de directeur. Het concept is "
            "besproken met de ondersteuningsplanraad, de vijf gemeenten en het samenwerkingsverband voortgezet "
            "onderwijs."),
          P("Wij realiseren ons dat dit plan op onderdelen nog niet af is. De regio staat voor grote "
            "uitdagingen: dalende leerlingaantallen, een groot lerarentekort en de sluiting van twee kleine "
            "scholen. Wij hebben ervoor gekozen het plan tijdig vast te stellen en de onderdelen die nog "
            "uitwerking vragen in het eerste planjaar aan te vullen. Waar dat het geval is, staat het in de "
            "tekst vermeld."),
          P("G.J. (Geert) Hoekstra, directeur"),
          H1("1 Inleiding"),
          P("Het samenwerkingsverband is op grond van artikel 18a van de Wet op het primair onderwijs verplicht "
            "ten minste eens in de vier jaar een ondersteuningsplan vast te stellen. Dit plan geldt van 1 augustus "
            "2026 tot en met 31 juli 2030. Het is een kaderstellend document: de uitvoering wordt jaarlijks "
            "uitgewerkt in een jaarplan en een jaarbegroting."),
          P("De wet schrijft voor dat een ondersteuningsplan in elk geval beschrijft: hoe het "
            "samenwerkingsverband een samenhangend geheel van ondersteuningsvoorzieningen realiseert, inclusief "
            "de basisondersteuning op alle vestigingen; de procedure en criteria voor de verdeling, besteding en "
            "toewijzing van middelen; de procedure en criteria voor toelaatbaarheid tot sbo en so; de procedure "
            "en het beleid voor terugplaatsing of overplaatsing naar het basisonderwijs; de beoogde en bereikte "
            "resultaten; en de wijze waarop ouders worden geïnformeerd over de ondersteuningsvoorzieningen en "
            "over onafhankelijke ondersteuningsmogelijkheden. Daarnaast bevat het plan enkele technische "
            "bepalingen over de groeiregeling sbo en so."),
          P("Voorafgaand aan de vaststelling is het ontwerp besproken in het op overeenstemming gericht overleg "
            "met de gemeenten en in een overleg met het samenwerkingsverband voortgezet onderwijs. De "
            "ondersteuningsplanraad heeft instemmingsrecht. Het vastgestelde plan wordt vóór 1 mei 2026 aan de "
            "Inspectie van het Onderwijs gezonden."),
          P("Het plan is als volgt opgebouwd. Na een beschrijving van het samenwerkingsverband en onze visie "
            "gaan wij in op de basisondersteuning, de ondersteuningsniveaus en de toelaatbaarheid tot het "
            "speciaal (basis)onderwijs. Daarna volgen de financiën, de kwaliteitszorg en de organisatie. In de "
            "bijlagen zijn een begrippenlijst en de kaart basisondersteuning opgenomen."),
          H1("2 Het samenwerkingsverband"),
          P("Het samenwerkingsverband omvat het primair onderwijs in de gemeenten Veendam-Noord, Pekelaar, "
            "Stadskanaalder Veen, Musselkamp en Ter Aa. Er zijn elf besturen aangesloten met samen 41 "
            "basisscholen, één school voor speciaal basisonderwijs (sbo De Turfschip) en twee so-scholen "
            "(cluster 3: De Klimop; cluster 4: Het Kompas). In totaal gaan er ongeveer 7.900 leerlingen naar "
            "school in het gebied."),
          TABLE(("Gemeente", "Scholen", "Leerlingen 1-10-2025"),
                ("Veendam-Noord", "11", "2.240"), ("Pekelaar", "9", "1.610"),
                ("Stadskanaalder Veen", "12", "2.380"), ("Musselkamp", "5", "880"), ("Ter Aa", "4", "790")),
          P("Het gebied is dunbevolkt en kent een relatief hoge sociaal-economische achterstand. Veel gezinnen "
            "hebben te maken met armoede, schulden of werkloosheid. Scholen zien dat terug in de klas: meer "
            "kinderen met taalachterstanden en meer kinderen met gedragsproblemen. Tegelijkertijd is de "
            "betrokkenheid van de gemeenschap bij de dorpsscholen groot."),
          P("Door de krimp sluiten in de planperiode naar verwachting nog twee scholen. Besturen werken samen in "
            "een regionaal huisvestingsoverleg. Het samenwerkingsverband heeft daarin geen formele rol, maar "
            "wordt wel geïnformeerd, omdat sluitingen gevolgen hebben voor de spreiding van expertise."),
          H1("3 Visie en uitgangspunten"),
          P("Wij willen dat alle kinderen in de Veenkoloniën zich kunnen ontwikkelen op een school die bij hen "
            "past. Wij geloven dat dit het beste lukt als scholen elkaar helpen en kennis delen. Wij werken "
            "vanuit de volgende uitgangspunten:"),
          UL("De ondersteuningsbehoefte van het kind staat centraal, niet de diagnose.",
             "Wij werken handelingsgericht en oplossingsgericht.",
             "Ondersteuning wordt zo dicht mogelijk bij de groep georganiseerd.",
             "Wij maken gebruik van elkaars kennis en expertise.",
             "Wij gaan zorgvuldig om met publiek geld."),
          P("Deze uitgangspunten zijn niet nieuw; ze stonden ook in het vorige plan. Wel hebben wij gemerkt dat "
            "het in de praktijk lastig is ze vol te houden als de druk op scholen toeneemt. Daarom is in dit plan "
            "meer aandacht voor het ondersteunen van leraren en intern begeleiders."),
          ]
    b += [H1("4 Basisondersteuning"),
          P("Het samenwerkingsverband hanteert één gezamenlijk niveau van basisondersteuning. Dit niveau is "
            "door het algemeen bestuur vastgesteld en moet op alle 41 basisscholen en al hun vestigingen "
            "aanwezig zijn. Het is de ondergrens die iedere school biedt zonder aanvraag bij het "
            "samenwerkingsverband; extra ondersteuning begint waar dit niveau ophoudt."),
          P("De concrete standaarden waaruit de basisondersteuning bestaat, zijn opgenomen in bijlage 2, de "
            "Kaart basisondersteuning Veenkoloniën 2026. De scholen werken deze kaart uit in hun schoolgids. In "
            "het eerste planjaar wordt de kaart geactualiseerd op basis van de landelijke ontwikkelingen."),
          P("Wij merken dat scholen de basisondersteuning verschillend invullen. Kleine scholen hebben moeite om "
            "alle expertise in huis te hebben. Wij willen daarom de samenwerking tussen scholen in de dorpen "
            "stimuleren, bijvoorbeeld door intern begeleiders van kleine scholen te laten samenwerken in "
            "clusters. De uitwerking daarvan volgt in het jaarplan 2026-2027."),
          H1("5 Ondersteuningsniveaus en arrangementen"),
          P("Het samenwerkingsverband onderscheidt vijf ondersteuningsniveaus. Samen vormen zij het "
            "ondersteuningsaanbod in de regio, van de basis in de groep tot het speciaal onderwijs."),
          TABLE(("Niveau", "Omschrijving", "Voorbeelden"),
                ("0", "Basiskwaliteit van het onderwijs", "goed lesgeven, veilig klimaat"),
                ("1", "Basisondersteuning in de groep", "differentiatie, extra instructie"),
                ("2", "Basisondersteuning met inzet van de intern begeleider en het ondersteuningsteam",
                 "handelingsplan, observatie, consultatie orthopedagoog SWV"),
                ("3", "Extra ondersteuning op de eigen school met een arrangement",
                 "onderwijsassistent, specialist gedrag, taalklas, plusklas"),
                ("4", "Bovenschoolse arrangementen",
                 "observatiegroep De Sprong, hoogbegaafdenklas Veenvlinder, nieuwkomersklas Pekelaar"),
                ("5", "Speciaal basisonderwijs en speciaal onderwijs", "sbo De Turfschip, so De Klimop, so Het Kompas")),
          P("Een school die extra ondersteuning nodig heeft (niveau 3), vraagt een arrangement aan bij het "
            "Loket Arrangementen. Een arrangement wordt toegekend voor maximaal één schooljaar. Voor niveau 4 "
            "bespreekt het Loket de aanvraag met de ontvangende voorziening. Voor niveau 5 is een "
            "toelaatbaarheidsverklaring nodig (hoofdstuk 6)."),
          P("Wij zijn ons ervan bewust dat er kinderen zijn voor wie het aanbod niet toereikend is. Een aanpak "
            "voor thuiszitters en voor leerlingen zonder passende plek ontbreekt in deze planperiode nog. Als het "
            "algemeen bestuur daartoe besluit, wordt in 2027 samen met de leerplichtambtenaren een aanpak "
            "opgesteld. Tot die tijd wordt per situatie bekeken wat mogelijk is."),
          ]
    b += [H1("6 Toelaatbaarheid tot sbo en so"),
          H2("6.1 Aanvraag"),
          P("Een toelaatbaarheidsverklaring wordt aangevraagd door het schoolbestuur van de school waar het kind "
            "is ingeschreven. De intern begeleider stelt de aanvraag op in overleg met ouders en de orthopedagoog "
            "van het samenwerkingsverband. De aanvraag bestaat uit het aanvraagformulier, het OPP, de "
            "evaluaties van de geboden ondersteuning van ten minste het afgelopen half jaar en relevante "
            "onderzoeksverslagen. De aanvraag wordt per beveiligde mail ingediend bij het secretariaat van de "
            "Toelaatbaarheidscommissie."),
          H2("6.2 Besluitvorming"),
          P("De Toelaatbaarheidscommissie bestaat uit de directeur van het samenwerkingsverband (voorzitter) en "
            "twee orthopedagogen. De commissie beoordeelt of de aanvraag volledig is, vraagt de "
            "deskundigenadviezen op en neemt binnen zes weken na ontvangst van de volledige aanvraag een besluit. "
            "Het besluit wordt schriftelijk aan het schoolbestuur gezonden."),
          H2("6.3 Criteria"),
          P("Voor het speciaal basisonderwijs geldt dat een kind toelaatbaar is als (1) de school ten minste "
            "een half jaar een arrangement op niveau 3 of 4 heeft ingezet en dit aantoonbaar onvoldoende "
            "resultaat heeft opgeleverd, (2) het kind een leerachterstand heeft van ten minste anderhalf jaar "
            "op twee van de drie hoofdvakken of een ernstig belemmerende gedrags- of werkhoudingsproblematiek, "
            "en (3) het kind is aangewezen op een kleine groep met een specialistisch pedagogisch klimaat."),
          P("Voor het speciaal onderwijs geldt dat een kind toelaatbaar is als er sprake is van een "
            "verstandelijke beperking (IQ lager dan 70), een lichamelijke beperking of langdurige ziekte, of "
            "ernstige gedrags- of psychiatrische problemen, en de ondersteuning die het kind nodig heeft niet in "
            "het sbo kan worden geboden. De commissie kijkt daarbij naar de ondersteuningsbehoefte op het gebied "
            "van leren, gedrag, communicatie en zelfredzaamheid."),
          H2("6.4 Deskundigen en duur"),
          P("Bij iedere aanvraag wordt advies gevraagd aan twee deskundigen: een orthopedagoog of psycholoog en, "
            "afhankelijk van de vraag, een jeugdarts, maatschappelijk werker of kinderpsychiater. De "
            "geldigheidsduur van de TLV wordt per leerling door de commissie bepaald en op de verklaring "
            "vermeld. Voor het so stelt de commissie daarbij de bekostigingscategorie laag, midden of hoog vast "
            "op grond van het advies van de deskundigen."),
          H2("6.5 Terugplaatsing"),
          P("Deze paragraaf wordt na overleg met de sbo- en so-scholen aangevuld."),
          ]
    b += [H1("Intermezzo: ontwikkelthema's voor de regio"),
          P("Naast de wettelijke onderdelen van dit plan zijn er drie thema's die de komende jaren veel aandacht "
            "vragen. Zij worden hier kort beschreven, omdat zij de context vormen waarin de ondersteuning wordt "
            "georganiseerd. De uitwerking vindt plaats in de jaarplannen."),
          P("Lerarentekort. In de Veenkoloniën stonden op 1 oktober 2025 ruim twintig vacatures voor leraren "
            "open. Scholen lossen dat op met onderwijsassistenten, zij-instromers en het samenvoegen van groepen. "
            "Dat heeft gevolgen voor de ondersteuning in de klas: een leraar die er alleen voor staat in een "
            "combinatiegroep van dertig kinderen, kan minder differentiëren. De besturen werken samen in een "
            "regionale aanpak met de pabo, waarin studenten al in het tweede studiejaar een betaalde leerwerkplek "
            "krijgen. Het samenwerkingsverband draagt bij door de orthopedagogen vaker in de klas te laten "
            "meekijken en coachen, in plaats van alleen dossiers te beoordelen."),
          P("Krimp en kleine scholen. Bijna een derde van de scholen heeft minder dan honderd leerlingen. Voor "
            "die scholen is het lastig om een intern begeleider met voldoende uren aan te stellen. In de "
            "afgelopen periode zijn op drie plaatsen clusters gevormd waarin één intern begeleider voor twee of "
            "drie scholen werkt. De ervaringen zijn wisselend: de kennis wordt breder, maar de afstand tot de "
            "leraren wordt groter. In de planperiode wordt bezien of clustering breder kan worden toegepast."),
          P("Het jonge kind. Steeds meer kinderen komen met een achterstand in taal en spraak op school. De "
            "samenwerking met kinderopvang en peuteropvang is per gemeente verschillend geregeld. In twee "
            "gemeenten is een vaste overdracht van peuteropvang naar basisschool afgesproken, met een gesprek "
            "tussen pedagogisch medewerker en leerkracht. De andere gemeenten volgen naar verwachting in "
            "2027. De samenwerking met de jeugdgezondheidszorg verloopt via de jeugdverpleegkundige, die op "
            "iedere school een vast spreekuur heeft."),
          P("Digitalisering. Alle scholen werken met een digitaal leerlingvolgsysteem, maar niet met hetzelfde "
            "systeem. Dat maakt het uitwisselen van gegevens bij een aanvraag omslachtig. In 2026 wordt een "
            "standaard overdrachtsformat ingevoerd dat in alle systemen kan worden ingelezen."),
          H1("7 Geld en middelen"),
          P("Het samenwerkingsverband ontvangt van het Rijk middelen voor lichte en zware ondersteuning. Op de "
            "middelen voor zware ondersteuning houdt DUO de bekostiging in van leerlingen in het so. De "
            "middelen voor leerlingen in het sbo boven de 2 procent worden door het samenwerkingsverband "
            "overgedragen aan het sbo."),
          P("Allocatie. De middelen die overblijven na aftrek van de overdrachten en de kosten van het bureau "
            "worden volgens een vast allocatiemodel toegedeeld. 70 procent wordt als schoolbudget aan de besturen "
            "overgemaakt: € 118 per leerling op basis van de teldatum 1 oktober van het voorgaande jaar, met "
            "een minimum van € 9.000 per school zodat kleine scholen een basisbedrag houden. 30 procent blijft "
            "bij het samenwerkingsverband voor arrangementen op niveau 3 en 4. Het Loket Arrangementen kent deze "
            "toe op basis van drie criteria: de aanvraag is onderbouwd met een OPP, de basisondersteuning is "
            "aantoonbaar ingezet, en het arrangement heeft een concreet en evalueerbaar doel. Het allocatiemodel "
            "wordt elk jaar bij de begroting door het algemeen bestuur vastgesteld."),
          P("Meerjarenbegroting. In de tabel staat de meerjarenbegroting op hoofdlijnen."),
          TABLE(("Post (bedragen x € 1.000)", "2026", "2027", "2028", "2029"),
                ("Baten ondersteuningsmiddelen", "9.180", "9.020", "8.870", "8.720"),
                ("Overdrachten so (DUO) en sbo", "-3.940", "-3.900", "-3.860", "-3.820"),
                ("Bureau, loket en orthopedagogen", "690", "695", "700", "705"),
                ("Schoolbudgetten besturen (70%)", "3.185", "3.080", "2.985", "2.875"),
                ("Arrangementen niveau 3 en 4 (30%)", "1.365", "1.345", "1.325", "1.320"),
                ("Saldo", "0", "0", "0", "0")),
          P("De besturen leggen in hun jaarverslag verantwoording af over de besteding van het schoolbudget. Het "
            "samenwerkingsverband beschikt over een algemene reserve van circa € 600.000, wat ongeveer 6,5 "
            "procent van de baten is. Dat ligt onder de signaleringswaarde."),
          ]
    b += [H1("8 Kwaliteit en monitoring"),
          P("Het samenwerkingsverband werkt met een kwaliteitscyclus volgens het PDCA-model. Twee keer per jaar, "
            "in januari en juli, rapporteert het bureau aan het algemeen bestuur. De rapportage bevat in ieder "
            "geval: het aantal afgegeven toelaatbaarheidsverklaringen, het deelnamepercentage sbo en so op de "
            "peildatum 1 oktober, het aantal toegekende arrangementen per niveau en de doorlooptijden van het "
            "Loket. Daarnaast wordt elke twee jaar een tevredenheidspeiling onder intern begeleiders en "
            "directeuren gehouden."),
          P("In het jaarverslag worden de bereikte resultaten verantwoord. In 2025 waren dat onder meer: 58 "
            "afgegeven toelaatbaarheidsverklaringen, een deelnamepercentage sbo van 2,1 procent en so van 1,6 "
            "procent, en 212 toegekende arrangementen, waarvan 81 procent binnen vier weken startte. De "
            "ondersteuningsplanraad ontvangt het jaarverslag en bespreekt het met de directeur."),
          P("Beoogde resultaten voor leerlingen met een ondersteuningsbehoefte zijn voor deze planperiode nog "
            "niet geformuleerd. Na de nulmeting in het schooljaar 2026-2027 worden ze vastgesteld en in het "
            "jaarplan 2027-2028 opgenomen."),
          H1("9 Communicatie"),
          P("De communicatie van het samenwerkingsverband richt zich op schoolleiders, intern begeleiders, "
            "bestuurders en ketenpartners. Wij gebruiken daarvoor een digitale nieuwsbrief die zes keer per jaar "
            "verschijnt, het besloten professionalsportaal op onze website en de netwerkbijeenkomsten voor intern "
            "begeleiders. Nieuwe medewerkers van scholen ontvangen een welkomstpakket met de werkwijze van het "
            "Loket en de Toelaatbaarheidscommissie."),
          P("Met de gemeenten wordt gecommuniceerd via het regionale overleg onderwijs-jeugd. Persberichten "
            "worden alleen uitgebracht bij belangrijke besluiten, zoals de vaststelling van dit plan."),
          ]
    b += [H1("10 Bestuur, organisatie en medezeggenschap")] + filler_governance(swv, "vereniging") + \
         [P("De ondersteuningsplanraad telt acht leden, afgevaardigd uit de medezeggenschapsraden van de "
            "aangesloten scholen. De raad heeft op 2 april 2026 ingestemd met dit plan.")] + \
         [H1("11 Samenwerking met gemeenten"),
          P("Het op overeenstemming gericht overleg met de vijf gemeenten heeft plaatsgevonden op 11 maart 2026. "
            "Daarin is het ontwerpplan besproken. De gemeenten hebben aangegeven zich in de hoofdlijnen te "
            "kunnen vinden. Er is afgesproken om in 2026-2027 te verkennen hoe de inzet van jeugdhulp op school "
            "beter kan worden afgestemd; de uitkomst daarvan wordt in een volgend plan verwerkt."),
          H1("12 Personeel")] + filler_personeel(swv, "8,6") + filler_professionalisering(swv) + \
         [H1("13 Jaarplanning")] + filler_planning([("April 2026", "Vaststelling plan, indiening Inspectie"),
                                                    ("Schooljaar 2026-2027", "Nulmeting; actualisatie kaart basisondersteuning"),
                                                    ("2027", "Besluit over aanpak thuiszitters (indien bestuur besluit)"),
                                                    ("Juli 2028", "Tussenevaluatie")]) + filler_ict(swv) + \
         filler_privacy(swv)
    b += [("pb",), H1("Bijlage 1 Begrippenlijst"),
          UL("Arrangement: extra ondersteuning voor een leerling of groep, toegekend door het Loket.",
             "Basisondersteuning: het geheel van preventieve en licht curatieve interventies dat alle scholen bieden.",
             "Onderwijsconsulent: onafhankelijke deskundige die ouders kosteloos adviseert bij problemen rond "
             "toelating of ondersteuning.",
             "Oudersteunpunt: plek waar ouders met vragen over passend onderwijs terechtkunnen.",
             "Terugplaatsing: de overstap van een leerling uit het sbo of so naar het regulier basisonderwijs.",
             "Thuiszitter: leerplichtige leerling die zonder vrijstelling niet naar school gaat.",
             "TLV: toelaatbaarheidsverklaring."),
          H1("Bijlage 2 Kaart basisondersteuning"),
          P("Zie het afzonderlijke document 'Kaart basisondersteuning Veenkoloniën 2026' op de website van het "
            "samenwerkingsverband.")]
    label = dict(
        sector="po",
        elements=dict(basisondersteuning="partial", plaatsing="present", terugstroom="missing",
                      financien="present", **{"dekkend-aanbod": "partial"}, resultaten="partial",
                      ouders="missing"),
        criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": False,
                  "plaatsing.procedure": True, "plaatsing.criteria": True,
                  "terugstroom.procedure": False, "terugstroom.beleid": False,
                  "financien.verdeling": True, "financien.besteding": True,
                  "dekkend-aanbod.continuum": True, "dekkend-aanbod.lacunes": False,
                  "resultaten.doelen": False, "resultaten.monitoring": True,
                  "ouders.informatie": False, "ouders.steunpunt": False},
        advisory={"plaatsing": ["deskundigen", "duur-categorie"],
                  "financien": ["reserves", "verantwoording"],
                  "resultaten": ["meetbaar"]},
        notes={"basisondersteuning": "H4: one common minimum level for all 41 schools (niveau), but the concrete standards are only in 'bijlage 2', which just points to a separate document on the website (verwezen); schoolgids mention is no content.",
               "plaatsing": "H6.1-6.4: aanvraag by schoolbestuur, dossier, Toelaatbaarheidscommissie decides within 6 weeks; sbo criteria (1)-(3) and so criteria; two deskundigen; bekostigingscategorie laag/midden/hoog set by the commissie (duur only 'per leerling bepaald'). No bezwaar.",
               "terugstroom": "Only the heading §6.5 'Terugplaatsing' with a deferral ('wordt ... aangevuld'), the statutory list in H1 and a glossary definition; nothing substantive in body text.",
               "financien": "Under H7 'Geld en middelen': allocatiemodel (70% schoolbudget at EUR 118 per leerling, minimum EUR 9.000; 30% arrangementen with three criteria) and meerjarenbegroting table.",
               "dekkend-aanbod": "H5: five-level continuum table with voorzieningen; lacunes explicitly absent ('Een aanpak voor thuiszitters ... ontbreekt in deze planperiode nog', conditional 'Als het algemeen bestuur daartoe besluit').",
               "resultaten": "H8: monitoring cycle and achieved figures 2025 reported; beoogde resultaten explicitly not yet formulated (deferred to jaarplan 2027-2028).",
               "ouders": "H9 'Communicatie' addresses only professionals and gemeenten; parents appear only in passing ('in overleg met ouders'); glossary terms Onderwijsconsulent/Oudersteunpunt and the statutory list in H1 ('de wijze waarop ouders worden geïnformeerd ...') are traps; OPR composition without parents."})
    return b, label, "Ondersteuningsplan 2026-2030 SWV PO 20-09", "Samen Sterk in het Veen"


# ============================================================================================
# Plan D - VO, .pdf - "Amstelveld". Conditionals and impersonal passives. plaatsing partial
# (procedure yes, criteria deferred), dekkend-aanbod partial (continuum explicitly not yet
# available, lacunes yes), financien missing (referred to a separate document), resultaten missing
# (conditional deferral). Statutory list in H1 is a trap.
# ============================================================================================

def plan_d():
    swv = "Samenwerkingsverband VO Amstelveld"
    b = [("title", ["ONDERSTEUNINGSPLAN",
                    "Samenwerkingsverband Voortgezet Onderwijs Amstelveld (VO 27-05)",
                    "Planperiode 2026-2027 tot en met 2029-2030",
                    "Vastgesteld door het bestuur d.d. 16 april 2026"]),
         ("toc",)]
    b += [H1("Voorwoord"),
          P("Met dit ondersteuningsplan wordt de koers van het samenwerkingsverband voor de komende vier "
            "schooljaren vastgelegd. Het plan is in een periode van bestuurlijke verandering tot stand gekomen: "
            "in 2025 is de bestuursvorm gewijzigd van een vereniging naar een stichting met een raad van "
            "toezicht, en er is een nieuwe directeur-bestuurder aangetreden. Dat heeft gevolgen gehad voor het "
            "tempo waarin onderdelen konden worden uitgewerkt. Waar onderdelen nog niet gereed zijn, wordt dat in "
            "de tekst aangegeven, evenals de wijze waarop en het moment waarop ze worden aangevuld."),
          P("Aan de totstandkoming is bijgedragen door de ondersteuningscoördinatoren van de scholen, de "
            "schoolleiders, de leden van de ondersteuningsplanraad en vertegenwoordigers van de gemeenten. Hun "
            "bijdrage wordt zeer gewaardeerd."),
          P("Dit plan is bewust compact gehouden. Er is gekozen voor een beschrijving van wat vaststaat, met een "
            "eerlijke vermelding van wat nog niet vaststaat. De ervaring leert dat een plan dat alles belooft, "
            "in de praktijk weinig richting geeft. Het bestuur hecht eraan dat scholen, ouders en jongeren op dit "
            "plan kunnen bouwen, en dat de onderdelen die nog volgen in goed overleg met de "
            "ondersteuningsplanraad worden toegevoegd. Over de voortgang daarvan wordt de raad ieder kwartaal "
            "schriftelijk geïnformeerd."),
          P("Drs. M. (Malika) El Idrissi, directeur-bestuurder"),
          H1("1 Inleiding en wettelijk kader"),
          P("Op grond van artikel 17a van de Wet op het voortgezet onderwijs (thans artikel 2.47 en volgende "
            "van de Wet voortgezet onderwijs 2020) wordt door ieder samenwerkingsverband ten minste eens in de "
            "vier jaar een ondersteuningsplan vastgesteld. Het plan omvat in elk geval: de wijze waarop een "
            "samenhangend geheel van ondersteuningsvoorzieningen wordt gerealiseerd, met inbegrip van de "
            "basisondersteuning; de procedure en criteria voor de verdeling en besteding van de middelen, mede in "
            "het licht van een meerjarenbegroting; de procedure en criteria voor toelating tot het vso, de "
            "aanwijzing voor lwoo en de toelaatbaarheid tot pro; de procedure en het beleid voor terugplaatsing "
            "en overplaatsing; de beoogde en bereikte resultaten met de daaraan gekoppelde bekostiging; en de "
            "wijze waarop ouders worden geïnformeerd over de ondersteuningsvoorzieningen en over onafhankelijke "
            "ondersteuningsmogelijkheden."),
          P("Het samenwerkingsverband omvat twaalf scholen voor voortgezet onderwijs, twee scholen voor "
            "praktijkonderwijs en drie vso-scholen, vallend onder acht besturen, in de gemeenten Amstelveld, "
            "Ouderkerk-Zuid en Bovenkamp. Op 1 oktober 2025 stonden ongeveer 11.300 leerlingen ingeschreven."),
          P("Het ontwerp van dit plan is in het op overeenstemming gericht overleg met de drie gemeenten "
            "besproken op 5 maart 2026 en met het samenwerkingsverband po in de regio op 10 maart 2026. De "
            "ondersteuningsplanraad heeft op 9 april 2026 ingestemd. Het plan wordt vóór 1 mei 2026 aan de "
            "Inspectie toegezonden."),
          P("Totstandkoming. Het plan is voorbereid door een schrijfgroep bestaande uit de "
            "directeur-bestuurder, de beleidsmedewerker, twee ondersteuningscoördinatoren en een schoolleider. "
            "Tussen juni 2025 en februari 2026 zijn zes werksessies gehouden. Conceptteksten zijn voorgelegd "
            "aan het besturenoverleg, aan de ondersteuningsplanraad en aan een klankbordgroep van "
            "vertegenwoordigers van de gemeenten. Schriftelijke reacties zijn verwerkt in een reactienota, die "
            "op verzoek beschikbaar is."),
          P("Leeswijzer. Na de missie en visie (hoofdstuk 2) volgen de basisondersteuning (hoofdstuk 3), het "
            "dekkend aanbod en de aanpak van thuiszitten (hoofdstuk 4), de toelaatbaarheid (hoofdstuk 5), de "
            "terug- en overplaatsing (hoofdstuk 6) en de informatie aan ouders en leerlingen (hoofdstuk 7). De "
            "hoofdstukken 8 tot en met 12 gaan over financiën, resultaten, organisatie, personeel en planning."),
          H2("1.1 Regio en geschiedenis"),
          P("Het samenwerkingsverband is in 2013 opgericht als vereniging van de toenmalige tien besturen in "
            "de regio. Door fusies is dat aantal teruggelopen tot acht. In de eerste jaren lag de nadruk op het "
            "inrichten van de organisatie en het overnemen van taken van de regionale expertisecentra en de "
            "permanente commissie leerlingenzorg. Vanaf 2018 is de aandacht verschoven naar de samenwerking "
            "met de gemeenten en naar de kwaliteit van de ondersteuning op de scholen zelf."),
          P("De regio is gevarieerd. Amstelveld is een middelgrote stad met een divers onderwijsaanbod, van "
            "praktijkonderwijs tot gymnasium. Ouderkerk-Zuid en Bovenkamp zijn kleinere gemeenten met elk twee "
            "vo-scholen. Een aanzienlijk deel van de leerlingen uit Bovenkamp gaat naar school in een "
            "naburige regio; omgekeerd komen leerlingen van buiten de regio naar de scholen in Amstelveld. Met "
            "de aangrenzende samenwerkingsverbanden zijn daarover afspraken gemaakt in een convenant, dat "
            "jaarlijks wordt geactualiseerd."),
          P("De komende jaren wordt een lichte daling van het aantal leerlingen verwacht, vooral in de kleinere "
            "gemeenten. De besturen bereiden zich daarop voor in een gezamenlijke verkenning van het "
            "onderwijsaanbod in de regio, die buiten dit plan valt. De uitkomsten worden, waar zij de "
            "ondersteuning raken, met de ondersteuningsplanraad besproken."),
          H1("2 Missie en visie"),
          P("Het samenwerkingsverband bestaat om de besturen in staat te stellen gezamenlijk te voldoen aan hun "
            "zorgplicht. Iedere jongere in de regio moet een plek kunnen vinden op een school die bij hem of haar "
            "past. Daarbij wordt uitgegaan van de mogelijkheden van de jongere, niet van de beperkingen."),
          P("De visie van het samenwerkingsverband laat zich samenvatten in vier woorden: dichtbij, samen, "
            "eenvoudig en eerlijk. Dichtbij: ondersteuning wordt zo veel mogelijk op de eigen school geboden. "
            "Samen: scholen, ouders, jongeren en ketenpartners dragen gezamenlijk verantwoordelijkheid. "
            "Eenvoudig: procedures worden zo licht mogelijk gehouden. Eerlijk: wat wordt beloofd, wordt "
            "waargemaakt, en wat niet kan, wordt ook zo benoemd."),
          P("De visie is in 2025 besproken in een reeks bijeenkomsten met schoolleiders en "
            "ondersteuningscoördinatoren. Daaruit kwam onder meer naar voren dat scholen behoefte hebben aan "
            "minder formulieren en meer meedenken, en dat de rol van het samenwerkingsverband als "
            "'makelaar' tussen scholen en jeugdhulp wordt gewaardeerd."),
          ]
    b += [H1("3 Basisondersteuning"),
          P("Door alle besturen is een gezamenlijke Standaard Basisondersteuning Amstelveld vastgesteld. De "
            "standaard beschrijft het minimumniveau dat op iedere vestiging van iedere aangesloten school voor "
            "voortgezet onderwijs en praktijkonderwijs wordt geboden, zonder tussenkomst van het "
            "samenwerkingsverband. De standaard geldt ongeacht schoolsoort of denominatie."),
          P("De standaard omvat negen onderdelen. Op iedere vestiging is een ondersteuningscoördinator "
            "werkzaam die de interne ondersteuningsstructuur aanstuurt. Er is een intern ondersteuningsteam "
            "dat ten minste maandelijks bijeenkomt. Mentoren voeren met iedere leerling ten minste drie "
            "individuele gesprekken per schooljaar. Voor leerlingen met dyslexie en dyscalculie worden "
            "faciliteiten geboden volgens een vastgesteld protocol, waaronder extra tijd, vergroot lettertype en "
            "voorleessoftware. Er wordt een training sociale vaardigheden en faalangstreductie aangeboden. Er is "
            "een aanpak voor sociale veiligheid met een anti-pestcoördinator. Leerlingen met een "
            "ondersteuningsbehoefte ontvangen binnen zes weken een ontwikkelingsperspectief. Er zijn afspraken "
            "over medisch handelen. En er is op iedere vestiging een plek waar leerlingen zich tijdelijk kunnen "
            "terugtrekken onder toezicht van een volwassene."),
          P("Wat een school boven deze standaard biedt, wordt in de schoolgids beschreven. Het "
            "samenwerkingsverband controleert eens per twee jaar aan de hand van een zelfevaluatie en een "
            "schoolbezoek of de standaard wordt nageleefd."),
          H1("4 Dekkend aanbod en thuiszitters"),
          P("Een overzicht van het ondersteuningsaanbod tussen de basisondersteuning en het vso - de "
            "bovenschoolse arrangementen, het OPDC en eventuele tussenvoorzieningen - is op het moment van "
            "vaststelling van dit plan nog niet beschikbaar. De inventarisatie 'Aanbod in beeld' loopt tot "
            "december 2026; als het bestuur daartoe besluit, wordt het resultaat als wijziging in dit plan "
            "opgenomen."),
          P("Wel is vastgelegd hoe wordt gehandeld wanneer voor een jongere geen passende plek wordt gevonden. "
            "Signalen over (dreigend) thuiszitten worden door scholen en leerplicht binnen vijf schooldagen bij "
            "het samenwerkingsverband gemeld. Vervolgens wordt een escalatieladder doorlopen. Op de eerste trede "
            "wordt door de school, ouders, de jongere en de leerplichtambtenaar binnen tien schooldagen een plan "
            "van aanpak opgesteld. Lukt dat niet, dan wordt de casus op de tweede trede ingebracht bij het "
            "Regionaal Thuiszittersoverleg, waarin samenwerkingsverband, leerplicht, jeugdhulp en het wijkteam "
            "zijn vertegenwoordigd; daar wordt een casusregisseur aangewezen. Wordt binnen zes weken geen "
            "oplossing gevonden, dan wordt op de derde trede de doorzettingsmacht ingezet: de "
            "directeur-bestuurder kan een aangesloten school aanwijzen die de jongere tijdelijk inschrijft, "
            "waarna de zorgplicht bij dat bestuur komt te liggen. Van iedere inzet van doorzettingsmacht wordt "
            "de raad van toezicht op de hoogte gesteld."),
          P("Daarnaast wordt twee keer per jaar met de gemeenten besproken welke jongeren langer dan drie "
            "maanden zonder passend onderwijs zijn en welke knelpunten in het aanbod daaraan ten grondslag "
            "liggen. De uitkomsten worden gebruikt om met de besturen afspraken te maken over uitbreiding of "
            "aanpassing van plekken. Voor jongeren met een vrijstelling van de leerplicht wordt jaarlijks "
            "bezien of alsnog een onderwijsaanbod mogelijk is."),
          ]
    b += [H1("5 Toelaatbaarheid vso, pro en lwoo"),
          P("Een toelaatbaarheidsverklaring voor het vso wordt aangevraagd door het bevoegd gezag van de school "
            "waar de jongere staat ingeschreven of is aangemeld. De aanvraag wordt ingediend bij het Loket "
            "Toewijzing en gaat vergezeld van het OPP, een verslag van het overleg met ouders en jongere en, "
            "indien beschikbaar, recente onderzoeksgegevens. Binnen vijf werkdagen wordt de volledigheid "
            "getoetst. Daarna wordt de aanvraag voorgelegd aan twee deskundigen, van wie ten minste één "
            "orthopedagoog of psycholoog is, die ieder afzonderlijk schriftelijk adviseren. Het besluit wordt "
            "genomen door de Commissie Toewijzing namens de directeur-bestuurder, binnen zes weken na "
            "ontvangst van de volledige aanvraag. Tegen het besluit kan binnen zes weken bezwaar worden gemaakt; "
            "daarover wordt advies gevraagd aan de Landelijke Bezwaaradviescommissie."),
          P("De criteria op grond waarvan een jongere toelaatbaar wordt verklaard tot het vso, worden in de "
            "loop van het schooljaar 2026-2027 door het bestuur vastgesteld. Tot die tijd wordt iedere "
            "aanvraag door de Commissie Toewijzing individueel gewogen."),
          P("Voor de aanwijzing voor leerwegondersteunend onderwijs en de toelaatbaarheid tot het "
            "praktijkonderwijs wordt dezelfde route gevolgd. De aanvraag wordt door de vo-school waar de "
            "leerling is aangemeld vóór 1 maart ingediend; het besluit wordt uiterlijk acht weken later "
            "genomen, zodat de leerling vóór de zomervakantie weet waar hij of zij aan toe is."),
          H1("6 Terug- en overplaatsing"),
          P("Uitgangspunt is dat een plaatsing in het vso wordt gezien als tijdelijk, tenzij uit het OPP blijkt "
            "dat een jongere duurzaam op specialistisch onderwijs is aangewezen. Terugkeer naar het regulier "
            "voortgezet onderwijs wordt nagestreefd wanneer de jongere ten minste een half jaar stabiel "
            "functioneert, het uitstroomprofiel in het OPP dat toelaat en ouders en jongere daarmee instemmen. "
            "Een teruggeplaatste jongere wordt gedurende het eerste schooljaar na terugkeer begeleid door een "
            "ambulant begeleider van de vso-school, met wie de ontvangende school vaste afspraken maakt."),
          P("Procedure. Ieder jaar, en in ieder geval vóór 1 februari van het laatste jaar van de TLV, wordt "
            "door de vso-school een evaluatie belegd met ouders, de jongere en de consulent van het "
            "samenwerkingsverband. Wordt daarbij geconcludeerd dat terugkeer mogelijk is, dan wordt door de "
            "consulent met ouders een reguliere school gezocht en wordt een overdrachtsgesprek gepland. De "
            "jongere wordt door ouders bij die school aangemeld; de TLV eindigt op de dag van inschrijving. "
            "Wordt geconcludeerd dat terugkeer (nog) niet mogelijk is, dan wordt door de vso-school vóór 1 april "
            "een nieuwe TLV aangevraagd. Overplaatsing naar een andere vso-school of naar het "
            "praktijkonderwijs verloopt via dezelfde evaluatie."),
          ]
    b += [H1("7 Ouders en leerlingen"),
          P("Ouders worden door het samenwerkingsverband op verschillende manieren geïnformeerd over de "
            "ondersteuningsvoorzieningen. Op de website is een ouderportaal ingericht met uitleg over de "
            "Standaard Basisondersteuning, de route naar het vso, pro en lwoo en de contactgegevens van de "
            "consulenten. In de schoolgids van iedere school wordt verwezen naar dit portaal en wordt "
            "beschreven welke ondersteuning de school biedt. Jaarlijks in november wordt in samenwerking met "
            "het samenwerkingsverband po een voorlichtingsavond gehouden voor ouders van leerlingen in groep 7 "
            "en 8 met een ondersteuningsbehoefte. Daarnaast is een folder in eenvoudige taal beschikbaar."),
          P("Voor onafhankelijke ondersteuning kunnen ouders en jongeren terecht bij het Ouder- en "
            "jeugdsteunpunt Amstelveld, dat wordt uitgevoerd door een zelfstandige stichting zonder binding met "
            "de besturen. Het steunpunt informeert, adviseert en bemiddelt, en kan ouders begeleiden naar "
            "gesprekken. Daarnaast wordt verwezen naar de Onderwijsconsulenten en naar de Geschillencommissie "
            "passend onderwijs. Het samenwerkingsverband heeft een klachtenregeling; klachten worden behandeld "
            "door een onafhankelijke klachtencommissie."),
          P("De ondersteuningsplanraad bestaat voor de helft uit ouders en jongeren. Jongeren worden gehoord "
            "over hun OPP."),
          H1("8 Financiën"),
          P("De meerjarenbegroting en het allocatiemodel maken geen deel uit van dit plan. Zij worden jaarlijks "
            "als afzonderlijk document door het bestuur vastgesteld, na goedkeuring door de raad van toezicht, "
            "en zijn op te vragen bij het bureau van het samenwerkingsverband."),
          H1("9 Resultaten en kwaliteit"),
          P("Beoogde resultaten voor deze planperiode worden, als het bestuur daartoe besluit, na een "
            "nulmeting in het schooljaar 2026-2027 vastgesteld. Ook de wijze waarop resultaten worden gemeten, "
            "gevolgd en verantwoord, is nog niet bepaald; een kwaliteitskader wordt in 2027 ontwikkeld."),
          ]
    b += [H1("10 Organisatie en bestuur"),
          P("Sinds 1 augustus 2025 is het samenwerkingsverband een stichting met een directeur-bestuurder en "
            "een raad van toezicht van vijf leden. De aangesloten besturen zijn verenigd in een "
            "besturenoverleg dat adviseert over strategische vraagstukken. De raad van toezicht houdt toezicht "
            "op het bestuur, keurt belangrijke besluiten goed en fungeert als werkgever van de "
            "directeur-bestuurder. De leden van de raad worden benoemd na een openbare werving; twee leden "
            "worden voorgedragen door het besturenoverleg."),
          P("Het bureau is gevestigd in Amstelveld en telt negen medewerkers. De consulenten zijn het eerste "
            "aanspreekpunt voor scholen; zij zijn ieder aan drie tot vier scholen gekoppeld en zijn daar op vaste "
            "momenten aanwezig. Het secretariaat van de Commissie Toewijzing is bij het bureau ondergebracht."),
          P("Met de gemeenten wordt samengewerkt in het kader van het OOGO. De gezamenlijke agenda omvat "
            "jeugdhulp op school, leerlingenvervoer en de aansluiting tussen vo en mbo. Er is een "
            "geschillenregeling vastgelegd voor het geval geen overeenstemming wordt bereikt."),
          H2("10.1 Medezeggenschap"),
          P("De ondersteuningsplanraad telt twaalf leden: zes vertegenwoordigers van het personeel en zes "
            "vertegenwoordigers van ouders en leerlingen, afgevaardigd uit de medezeggenschapsraden van de "
            "aangesloten scholen. De raad komt zes keer per jaar bijeen, waarvan ten minste vier keer met de "
            "directeur-bestuurder. De raad heeft een eigen budget voor scholing en ondersteuning en kan zich laten "
            "bijstaan door een externe adviseur. Het reglement van de raad is in 2025 herzien."),
          P("Bij de totstandkoming van dit plan is de raad vanaf het begin betrokken. In september 2025 is een "
            "startbijeenkomst gehouden, in december is een eerste concept besproken en in maart 2026 is het "
            "definitieve concept ter instemming voorgelegd. De raad heeft daarbij een aantal vragen gesteld, "
            "onder meer over de planning van de nog uit te werken onderdelen. Die vragen zijn schriftelijk "
            "beantwoord; de beantwoording is met het instemmingsbesluit gearchiveerd."),
          H2("10.2 Communicatie met scholen en partners"),
          P("Scholen worden geïnformeerd via een maandelijkse nieuwsbrief en via de consulenten. Voor "
            "ondersteuningscoördinatoren wordt zes keer per jaar een netwerkbijeenkomst georganiseerd. Met "
            "ketenpartners, zoals de wijkteams en de jeugdgezondheidszorg, wordt twee keer per jaar een "
            "regiobijeenkomst gehouden, waarin actuele ontwikkelingen worden gedeeld."),
          H2("10.3 Leerlingenvervoer en huisvesting"),
          P("Leerlingenvervoer en onderwijshuisvesting zijn taken van de gemeenten. Het samenwerkingsverband "
            "heeft daarin geen formele rol, maar wordt wel betrokken wanneer vervoer of huisvesting een "
            "belemmering vormt voor een passende plek. In het OOGO is afgesproken dat gemeenten bij de "
            "herziening van hun vervoersverordening het samenwerkingsverband om advies vragen. De gemeente "
            "Amstelveld heeft in 2025 een nieuw integraal huisvestingsplan vastgesteld, waarin ook ruimte is "
            "gereserveerd voor de uitbreiding van een vso-school."),
          H1("11 Personeel en professionalisering")] + filler_personeel(swv, "9,0", cao="cao vo", other="po") + \
         filler_professionalisering(swv) + filler_privacy(swv) + filler_ict(swv) + \
         [H1("12 Planning")] + filler_planning([("April 2026", "Vaststelling en toezending Inspectie"),
                                                ("Schooljaar 2026-2027", "Vaststelling criteria vso; nulmeting"),
                                                ("December 2026", "Afronding inventarisatie 'Aanbod in beeld'"),
                                                ("2027", "Ontwikkeling kwaliteitskader (indien besloten)"),
                                                ("Voorjaar 2028", "Tussentijdse bijstelling van dit plan")])
    b += [("pb",), H1("Begrippenlijst"),
          UL("Allocatiemodel - de wijze waarop middelen aan besturen worden toegekend.",
             "Beoogde resultaten - de resultaten die het samenwerkingsverband wil bereiken.",
             "Dekkend aanbod - een aanbod waarin voor iedere jongere een passende plek is.",
             "Doorzettingsmacht - bevoegdheid om bij een vastgelopen casus een oplossing af te dwingen.",
             "Meerjarenbegroting - begroting voor meerdere jaren.",
             "OPDC - orthopedagogisch-didactisch centrum.",
             "Terugplaatsing - terugkeer uit het vso naar het regulier vo.")]
    label = dict(
        sector="vo",
        elements=dict(basisondersteuning="present", plaatsing="partial", terugstroom="present",
                      financien="missing", **{"dekkend-aanbod": "partial"}, resultaten="missing",
                      ouders="present"),
        criteria={"basisondersteuning.niveau": True, "basisondersteuning.inhoud": True,
                  "plaatsing.procedure": True, "plaatsing.criteria": False,
                  "terugstroom.procedure": True, "terugstroom.beleid": True,
                  "financien.verdeling": False, "financien.besteding": False,
                  "dekkend-aanbod.continuum": False, "dekkend-aanbod.lacunes": True,
                  "resultaten.doelen": False, "resultaten.monitoring": False,
                  "ouders.informatie": True, "ouders.steunpunt": True},
        advisory={"basisondersteuning": ["borging"],
                  "plaatsing": ["deskundigen", "bezwaar"],
                  "dekkend-aanbod": ["ketenpartners"],
                  "ouders": ["betrokkenheid"]},
        notes={"basisondersteuning": "H3: Standaard Basisondersteuning as minimum on every vestiging; nine concrete onderdelen described in running prose (not a list).",
               "plaatsing": "H5: vso procedure (bevoegd gezag, Loket, volledigheid 5 werkdagen, two deskundigen, Commissie Toewijzing, 6 weeks, bezwaar) and lwoo/pro route; criteria explicitly deferred ('worden in de loop van het schooljaar 2026-2027 ... vastgesteld', 'individueel gewogen').",
               "terugstroom": "H6 'Terug- en overplaatsing': policy (tijdelijk, conditions, ambulant begeleider first year) and procedure (evaluation before 1 Feb, consulent, TLV ends at inschrijving, new TLV before 1 April).",
               "financien": "H8 only refers to a separate document (meerjarenbegroting and allocatiemodel 'maken geen deel uit van dit plan'); statutory list in H1 and glossary are traps.",
               "dekkend-aanbod": "H4: continuum explicitly not available ('nog niet beschikbaar', conditional addition); lacunes addressed (melding within 5 days, three-step escalatieladder, doorzettingsmacht, twice-yearly knelpunten review with gemeenten).",
               "resultaten": "H9 only a conditional deferral of both beoogde resultaten and monitoring ('als het bestuur daartoe besluit'); statutory list in H1 and glossary entry are traps.",
               "ouders": "H7: ouderportaal, schoolgids, voorlichtingsavond, folder in eenvoudige taal; independent Ouder- en jeugdsteunpunt Amstelveld, Onderwijsconsulenten, GPO, klachtencommissie."})
    return b, label, "SWV VO Amstelveld - Ondersteuningsplan 2026-2030", "Amstelveld"


# ============================================================================================
# Plan E - PO, .txt with plain-text tables - "Waterland-Noord" koersplan. Many deferrals and
# references: basisondersteuning, plaatsing and dekkend-aanbod missing (headings exist, bodies defer
# or refer to documents that are not included); terugstroom partial (beleid yes, procedure
# deferred); financien partial (verdeling yes, meerjarenbegroting 'p.m.'); resultaten partial
# (targets only in a table, monitoring explicitly absent); ouders partial (steunpunt yes,
# informatie deferred to a communicatieplan that 'volgt').
# ============================================================================================

def plan_e():
    swv = "Stichting Passend Primair Onderwijs Waterland-Noord"
    b = [("title", ["Koersplan passend onderwijs 2026-2030",
                    "tevens ondersteuningsplan als bedoeld in artikel 18a, achtste lid, WPO",
                    "Stichting Passend Primair Onderwijs Waterland-Noord (PO 27-21)",
                    "Vastgesteld door het bestuur op 20 april 2026; instemming OPR 15 april 2026"]),
         ("toc",)]
    b += [H1("Voorwoord"),
          P("Dit koersplan vervangt het ondersteuningsplan 2022-2026. Anders dan zijn voorganger is het geen "
            "dik handboek geworden. Het bestuur heeft bewust gekozen voor een plan op hoofdlijnen: dit koersplan "
            "legt de richting vast, en de uitwerking staat in afzonderlijke documenten die sneller kunnen worden "
            "aangepast dan een vierjarig plan. Zo blijven we wendbaar in een tijd waarin de landelijke regels "
            "rond passend onderwijs volop in beweging zijn."),
          P("Het plan is geschreven na gesprekken met schoolleiders, intern begeleiders, ouders en gemeenten. "
            "Wat ons in die gesprekken het meest is bijgebleven: iedereen wil minder papier en meer handen in de "
            "klas. Dat is dan ook de rode draad van dit koersplan."),
          P("Een plan op hoofdlijnen vraagt vertrouwen van iedereen die ermee werkt. Wij begrijpen dat sommige "
            "lezers liever alles in één document hadden gezien. Daar staat tegenover dat de uitwerking dichter "
            "bij de praktijk wordt gemaakt, door de mensen die er dagelijks mee werken. Wij nodigen ouders, "
            "leraren en partners van harte uit om bij die uitwerking mee te denken. Reacties op dit koersplan "
            "kunnen het hele jaar worden gestuurd naar het secretariaat van het bestuur."),
          P("Jolanda Breukelaar-Smit, voorzitter College van Bestuur"),
          H1("Samenvatting"),
          P("Dit koersplan legt de richting vast voor de periode 2026-2030. Het bevat vijf ambities voor "
            "kinderen met een ondersteuningsbehoefte, een vaste verdeelsleutel voor de middelen en onze "
            "uitgangspunten voor de terugkeer van kinderen uit het sbo en so naar de reguliere basisschool. Een "
            "aantal onderwerpen wordt in de loop van de planperiode in afzonderlijke documenten uitgewerkt: het "
            "communicatieplan voor ouders, het protocol terugplaatsing, het Uitvoeringsdocument Toewijzing en de "
            "uitwerking van het passend aanbod in de regio. Het bestuur is zich ervan bewust dat daarmee veel "
            "afhangt van documenten die nog moeten verschijnen. Daarom is met de ondersteuningsplanraad "
            "afgesproken dat ieder uitwerkingsdocument ter instemming wordt voorgelegd, en dat de raad twee keer "
            "per jaar een overzicht ontvangt van de stand van zaken."),
          H1("1 Over ons"),
          P("Waterland-Noord is het samenwerkingsverband voor het primair onderwijs in de gemeenten Purmerdijk, "
            "Edamkerk en Zeevang-Noord. Er zijn zes besturen aangesloten. Samen hebben zij 38 basisscholen, "
            "één school voor speciaal basisonderwijs en één school voor speciaal onderwijs."),
          TABLE(("Bestuur", "Scholen", "Leerlingen (1-10-2025)"),
                ("Stichting Openbaar Onderwijs Waterland", "12", "2.960"),
                ("Stichting Katholiek Onderwijs De Waard", "9", "2.180"),
                ("Vereniging PC Onderwijs Edamkerk", "7", "1.640"),
                ("Stichting Dorpsscholen Zeevang", "6", "930"),
                ("Stichting Vrije School Purmer", "2", "410"),
                ("Stichting Speciaal Onderwijs Noord (sbo en so)", "2", "385"),
                ("Totaal", "38", "8.505")),
          P("Het bureau van het samenwerkingsverband is klein: zeven medewerkers, samen 5,8 fte. De meeste "
            "uitvoerende taken liggen bij de besturen. Het samenwerkingsverband faciliteert, verbindt en "
            "bewaakt de afspraken."),
          P("Het werkgebied is grotendeels landelijk, met één middelgrote kern en ruim twintig dorpen. Veel "
            "dorpsscholen zijn de laatste voorziening in hun kern en vervullen een belangrijke sociale functie. "
            "Het leerlingaantal is de afgelopen vijf jaar met ongeveer vier procent gedaald; voor de komende "
            "planperiode wordt een verdere daling van drie tot vijf procent verwacht, vooral in Zeevang-Noord. "
            "De besturen voeren daarover een afzonderlijk gesprek over spreiding van scholen."),
          H1("2 Koers"),
          P("Onze koers voor 2026-2030 rust op drie pijlers. De eerste pijler is vertrouwen: besturen en "
            "scholen krijgen ruimte om zelf te bepalen hoe zij de ondersteuning organiseren, en leggen daarover "
            "op hoofdlijnen verantwoording af. De tweede pijler is eenvoud: procedures worden zo licht mogelijk "
            "gemaakt, formulieren verdwijnen waar dat kan. De derde pijler is samenwerking: met elkaar, met "
            "ouders en met gemeenten."),
          P("Deze pijlers zijn niet nieuw, maar krijgen in dit plan meer gewicht. Dat betekent ook dat sommige "
            "onderwerpen die in het vorige plan uitgebreid werden beschreven, nu kort worden aangeduid, met een "
            "verwijzing naar de plek waar de uitwerking te vinden is."),
          H2("2.1 Hoe dit koersplan tot stand kwam"),
          P("In het voorjaar van 2025 is het bestuur gestart met een evaluatie van het vorige plan. Daarbij "
            "zijn drie vragen gesteld: wat werkte, wat werkte niet en wat moet anders. Er zijn gesprekken "
            "gevoerd met alle zes besturen, met een vertegenwoordiging van schoolleiders en intern begeleiders, "
            "met de ondersteuningsplanraad en met de beleidsmedewerkers onderwijs en jeugd van de drie "
            "gemeenten. Daarnaast is een digitale vragenlijst uitgezet onder leraren, die door 412 leraren is "
            "ingevuld."),
          P("Uit die gesprekken kwam een helder beeld naar voren. Scholen waarderen de korte lijnen met het "
            "bureau en de deskundigheid van de medewerkers. Tegelijk ervaren zij het vorige plan als te "
            "gedetailleerd en te weinig wendbaar: elke kleine wijziging moest langs de hele besluitvormingsketen. "
            "Leraren gaven aan dat zij het samenwerkingsverband vooral kennen van formulieren. Dat beeld willen "
            "wij de komende jaren doorbreken."),
          P("Op basis van de evaluatie is in september 2025 een schrijfgroep gevormd, die in vijf sessies de "
            "koers heeft uitgewerkt. De conceptversie is in januari 2026 besproken in het Bestuurlijk Overleg en "
            "in februari 2026 in een gezamenlijke bijeenkomst met de ondersteuningsplanraad. De opmerkingen "
            "van de raad hebben geleid tot een aantal aanscherpingen, onder meer in hoofdstuk 6 en hoofdstuk 8."),
          H2("2.2 Landelijke ontwikkelingen"),
          P("Het koersplan verschijnt in een periode waarin veel landelijk in beweging is. Na de evaluatie van "
            "passend onderwijs in 2020 heeft het kabinet een verbeteraanpak ingezet, met als stip op de horizon "
            "inclusiever onderwijs in 2035. Onderdelen daarvan zijn een landelijke norm voor "
            "basisondersteuning, het versterken van de positie van ouders en leerlingen en het terugdringen van "
            "bovenmatige reserves bij samenwerkingsverbanden. Over een aantal van die onderdelen is de "
            "besluitvorming nog niet afgerond."),
          P("Voor Waterland-Noord betekent dit dat een deel van de keuzes in dit plan voorlopig is. Het bestuur "
            "volgt de ontwikkelingen nauwgezet en zal, waar wetgeving daartoe aanleiding geeft, het koersplan "
            "tussentijds aanpassen. Wijzigingen worden steeds ter instemming aan de ondersteuningsplanraad "
            "voorgelegd."),
          H2("2.3 Samenwerking tussen de besturen"),
          P("De zes besturen verschillen sterk in omvang en identiteit. Het grootste bestuur heeft twaalf "
            "scholen, het kleinste twee. Juist die verscheidenheid maakt samenwerking waardevol: kleinere "
            "besturen kunnen gebruikmaken van de expertise van grotere, en grotere besturen leren van de "
            "wendbaarheid van kleinere. In het Bestuurlijk Overleg worden naast passend onderwijs ook "
            "onderwerpen als personeelsbeleid, gezamenlijke inkoop en het regionale onderwijsaanbod besproken."),
          P("In de afgelopen jaren is onder meer een gezamenlijke invalpool opgezet, die in 2025 ruim 1.100 "
            "vervangingsdagen heeft ingevuld. Ook wordt samen opgetrokken bij de werving van zij-instromers. "
            "Deze samenwerking valt formeel buiten het samenwerkingsverband, maar is voor de ondersteuning op "
            "scholen van groot belang: een school zonder leraar voor de klas kan geen ondersteuning bieden."),
          H1("3 Ambities 2030"),
          P("Het bestuur heeft vijf ambities geformuleerd voor kinderen die extra ondersteuning nodig hebben. "
            "Ze staan, met de streefwaarde voor 2030, in onderstaande tabel."),
          TABLE(("Ambitie", "Nu (2025)", "Streefwaarde 2030"),
                ("Deelnamepercentage sbo + so", "3,6%", "3,2% of lager"),
                ("Kinderen met OPP die het verwachte uitstroomniveau halen", "66%", "75%"),
                ("Teruggeplaatste kinderen na 1 jaar nog op de reguliere school", "n.b.", "80%"),
                ("Waardering ouders van kinderen met een arrangement (1-10)", "7,0", "7,5"),
                ("Kinderen met extra ondersteuning die zich veilig voelen op school", "84%", "90%")),
          P("Hoe wij deze ambities meten, volgen en verantwoorden, is nog niet vastgelegd. Een "
            "monitoringssystematiek is er op dit moment niet; die wordt in het jaarplan 2026-2027 uitgewerkt."),
          ]
    b += [H2("3.1 Kinderen aan het woord"),
          P("Bij de voorbereiding van dit plan hebben leerlingen uit groep 6, 7 en 8 van vier scholen "
            "meegedacht in een serie klassengesprekken. Hun vraag aan volwassenen was eenvoudig: 'Luister naar "
            "ons, en leg uit waarom iets gebeurt.' Dat nemen wij ter harte. In de planperiode worden jaarlijks "
            "klassengesprekken gevoerd op wisselende scholen. De opbrengst wordt gedeeld met het Bestuurlijk "
            "Overleg en de ondersteuningsplanraad."),
          H2("3.2 Risico's en randvoorwaarden"),
          P("Het bestuur heeft bij het opstellen van de ambities ook stilgestaan bij wat ze in de weg kan "
            "staan. Het eerste risico is het lerarentekort: zonder leraren geen ondersteuning. Het tweede "
            "risico is de afhankelijkheid van landelijke besluitvorming, waardoor keuzes in dit plan mogelijk "
            "moeten worden herzien. Het derde risico is dat de uitwerking van onderdelen langer duurt dan "
            "gepland, omdat het bureau klein is en de besturen ook andere prioriteiten hebben."),
          P("Om die risico's te beperken zijn drie randvoorwaarden afgesproken. Besturen stellen voor iedere "
            "uitwerking een vertegenwoordiger beschikbaar. De planning van uitwerkingsdocumenten wordt elk "
            "kwartaal in het Bestuurlijk Overleg besproken. En als een uitwerking meer dan zes maanden achterloopt "
            "op de planning, wordt de ondersteuningsplanraad daarover geïnformeerd met een voorstel voor een "
            "nieuwe datum."),
          H1("4 Wat scholen bieden"),
          P("Iedere school beschrijft in de schoolgids welke ondersteuning zij biedt. Het samenwerkingsverband "
            "stelt daarvoor in deze planperiode geen eigen standaard vast. Als het bestuur daartoe besluit, wordt "
            "na het verschijnen van de landelijke norm voor basisondersteuning bezien of een regionale "
            "uitwerking wenselijk is."),
          H1("5 Toelaatbaarheid"),
          P("Voor de toelaatbaarheid tot het speciaal basisonderwijs en het speciaal onderwijs wordt verwezen "
            "naar het Uitvoeringsdocument Toewijzing 2026, dat afzonderlijk door het bestuur wordt vastgesteld "
            "en niet bij dit koersplan is gevoegd."),
          H1("6 Terug naar de reguliere school"),
          P("Waterland-Noord wil dat kinderen die in het sbo of so zitten, terugkeren naar een reguliere "
            "basisschool zodra dat voor hen haalbaar is, het liefst in hun eigen dorp of wijk. Terugkeer is het "
            "uitgangspunt wanneer het kind zich op het sbo of so zodanig heeft ontwikkeld dat de "
            "ondersteuningsbehoefte past binnen wat een reguliere school met een arrangement kan bieden, en "
            "ouders de overstap steunen. Een kind keert niet terug midden in een schooljaar, tenzij ouders en "
            "beide scholen dat uitdrukkelijk wensen."),
          P("Iedere terugkeer gaat gepaard met een terugplaatsingsarrangement: de ontvangende basisschool krijgt "
            "gedurende het eerste jaar twee uur per week begeleiding door een leerkracht van het sbo of so, en "
            "het kind houdt een vaste contactpersoon. De kosten worden door het samenwerkingsverband gedragen."),
          P("Hoe de terugplaatsing in de praktijk verloopt - wie het initiatief neemt, wie beslist en op welke "
            "momenten wordt geëvalueerd - wordt in 2027 vastgelegd in een protocol, samen met de sbo- en "
            "so-school."),
          H1("7 Passend aanbod in de regio"),
          P("Dit onderdeel wordt in 2027 uitgewerkt, na afronding van de regionale analyse die samen met de "
            "gemeenten wordt uitgevoerd."),
          ]
    b += [H1("8 Ouders"),
          P("Ouders zijn onmisbaar. Zij kennen hun kind het best. Het samenwerkingsverband wil dat ouders "
            "weten waar zij aan toe zijn. Hoe ouders over het ondersteuningsaanbod worden geïnformeerd, wordt "
            "uitgewerkt in een communicatieplan dat in het najaar van 2026 volgt."),
          P("Het Ouder- en Jeugdsteunpunt Waterland is er voor ouders en kinderen die vastlopen of het niet "
            "eens zijn met de school of met het samenwerkingsverband. Het steunpunt is onafhankelijk: het is "
            "ondergebracht bij de stichting MEE Waterland en valt niet onder de besturen. Ouders kunnen het "
            "steunpunt bellen (op werkdagen van 9 tot 17 uur), mailen of langskomen op het spreekuur op "
            "dinsdagmiddag. Een ouderadviseur luistert, denkt mee bij een meningsverschil, bemiddelt en gaat zo "
            "nodig mee naar een gesprek op school. Bij een geschil kunnen ouders daarnaast een beroep doen op de "
            "Onderwijsconsulenten of de Geschillencommissie passend onderwijs."),
          P("In de ondersteuningsplanraad hebben vier ouders zitting."),
          H1("9 Geld"),
          P("Het samenwerkingsverband ontvangt jaarlijks circa € 7,4 miljoen aan ondersteuningsmiddelen. Na "
            "de inhoudingen door DUO voor het so en de overdracht aan het sbo resteert ongeveer € 3,9 miljoen."),
          P("Verdeling. Die middelen worden volgens een vaste verdeelsleutel doorgezet. Het samenwerkingsverband "
            "houdt maximaal 12 procent in, waarover het bestuur jaarlijks bij de begroting besluit. De rest gaat "
            "naar de besturen volgens de tabel hieronder. Teldatum is 1 oktober van het voorgaande jaar; de "
            "verdeling wordt elk jaar in december door het bestuur vastgesteld en in januari uitbetaald."),
          TABLE(("Onderdeel verdeelsleutel", "Bedrag", "Grondslag"),
                ("Vaste voet", "€ 6.000", "per school"),
                ("Leerlingdeel", "€ 310", "per leerling basisonderwijs"),
                ("Kleine-scholentoeslag", "€ 4.000", "per school met minder dan 100 leerlingen"),
                ("Solidariteitsdeel", "maximaal 5%", "op aanvraag van een bestuur, besluit door het bestuur SWV")),
          P("Besteding. De besturen bepalen zelf waaraan zij hun deel besteden. Een meerjarenbegroting is bij "
            "dit koersplan niet opgenomen (p.m.); zij wordt jaarlijks met de jaarbegroting vastgesteld."),
          ]
    b += [H1("10 Bestuur en medezeggenschap"),
          P("Het samenwerkingsverband is een stichting met een College van Bestuur van één persoon en een raad "
            "van toezicht van vier leden. De besturen van de aangesloten scholen komen vier keer per jaar bijeen "
            "in het Bestuurlijk Overleg, dat het College van Bestuur adviseert en de begroting van een "
            "zienswijze voorziet. De raad van toezicht is werkgever van de bestuurder en keurt het koersplan, de "
            "begroting en de jaarrekening goed."),
          P("De ondersteuningsplanraad (OPR) heeft acht leden. De raad heeft instemmingsrecht op dit koersplan "
            "en op de uitwerkingsdocumenten voor zover die het plan wijzigen. De raad heeft op 15 april 2026 "
            "ingestemd, onder de voorwaarde dat het communicatieplan en het protocol terugplaatsing uiterlijk "
            "in 2027 aan de raad worden voorgelegd."),
          P("Het overleg met de gemeenten over het ontwerp van dit plan heeft op 2 april 2026 plaatsgevonden. "
            "Met het samenwerkingsverband vo is het plan op 26 maart 2026 besproken."),
          H1("11 Mensen en organisatie")] + filler_personeel(swv, "5,8") + filler_professionalisering(swv) + \
         [H2("11.1 Leraren en het lerarentekort"),
          P("Het lerarentekort is in Waterland-Noord minder groot dan in de grote steden, maar wel voelbaar. "
            "Vooral kleine dorpsscholen hebben moeite om vacatures te vervullen. Besturen werken met "
            "combinatiefuncties, onderwijsassistenten en, waar nodig, vierdaagse schoolweken in overleg met de "
            "medezeggenschapsraad. Het samenwerkingsverband heeft daarin geen formele rol, maar ondersteunt "
            "waar het kan met kennis en netwerk."),
          P("Voor het bureau zelf geldt dat de medewerkers vaak uit het onderwijs afkomstig zijn en de scholen "
            "goed kennen. Dat is een kracht, maar het betekent ook dat het bureau en de scholen in dezelfde "
            "vijver vissen. Bij vacatures wordt daarom eerst gekeken naar mogelijkheden voor detachering, zodat "
            "een medewerker met één voet in de school blijft staan."),
          H2("11.2 Huisvesting en duurzaamheid"),
          P("Het bureau is gehuisvest in een gedeeld kantoorpand in Purmerdijk, samen met de jeugdgezondheidszorg "
            "en een welzijnsorganisatie. Dat bevordert de informele contacten. Het pand is in 2024 verduurzaamd. "
            "Medewerkers reizen zoveel mogelijk met de fiets of het openbaar vervoer; voor bezoeken aan "
            "dorpsscholen zijn twee elektrische deelauto's beschikbaar."),
          H1("12 Informatievoorziening en privacy")] + filler_ict(swv) + filler_privacy(swv) + \
         [H1("13 Wat volgt")] + filler_planning([("Najaar 2026", "Communicatieplan ouders"),
                                                 ("December 2026", "Verdeling middelen 2027"),
                                                 ("2027", "Protocol terugplaatsing; uitwerking passend aanbod"),
                                                 ("2027", "Eventuele regionale uitwerking basisondersteuning"),
                                                 ("Voorjaar 2028", "Halverwege-gesprek met OPR en gemeenten")])
    b += [H1("Bijlage: overzicht van uitwerkingsdocumenten"),
          P("Onderstaand overzicht toont welke documenten dit koersplan aanvullen, wie ze opstelt en wanneer ze "
            "worden verwacht. De documenten maken geen deel uit van dit koersplan; zij worden na vaststelling op "
            "de website van het samenwerkingsverband geplaatst."),
          TABLE(("Document", "Opsteller", "Status april 2026", "Verwacht"),
                ("Uitvoeringsdocument Toewijzing 2026", "Bureau SWV", "concept", "juni 2026"),
                ("Communicatieplan ouders", "Bureau SWV met OPR", "nog niet gestart", "najaar 2026"),
                ("Protocol terugplaatsing", "Bureau SWV, sbo en so", "nog niet gestart", "2027"),
                ("Regionale analyse passend aanbod", "SWV en gemeenten", "in voorbereiding", "2027"),
                ("Jaarplan 2026-2027 incl. monitoring", "Bureau SWV", "in voorbereiding", "september 2026"),
                ("Jaarbegroting 2027", "Controller", "nog niet gestart", "december 2026")),
          P("De ondersteuningsplanraad heeft gevraagd om bij ieder document aan te geven welk onderdeel van het "
            "koersplan het uitwerkt of wijzigt. Dat verzoek is overgenomen. Een document dat het koersplan "
            "wijzigt, wordt ter instemming voorgelegd; een document dat uitsluitend uitvoering betreft, wordt ter "
            "informatie toegezonden. Bij twijfel wordt het document ter instemming voorgelegd. Het bestuur "
            "streeft ernaar alle documenten uiterlijk in 2027 gereed te hebben, zodat in het voorjaar van 2028 "
            "het halverwege-gesprek met de raad en de gemeenten over het geheel kan gaan."),
          H1("Begrippen en afkortingen"),
          TABLE(("Begrip", "Betekenis"),
                ("Basisondersteuning", "Ondersteuning die iedere school in het samenwerkingsverband biedt"),
                ("Dekkend aanbod", "Voor ieder kind een passende plek in de regio"),
                ("OOGO", "Op overeenstemming gericht overleg met de gemeenten"),
                ("OPR", "Ondersteuningsplanraad"),
                ("sbo / so", "Speciaal basisonderwijs / speciaal onderwijs"),
                ("TLV", "Toelaatbaarheidsverklaring voor sbo of so; afgegeven door het SWV na advies van twee "
                        "deskundigen"),
                ("Thuiszitter", "Leerplichtig kind dat niet naar school gaat"),
                ("Zorgplicht", "Plicht van het schoolbestuur om een passende plek te bieden"))]
    label = dict(
        sector="po",
        elements=dict(basisondersteuning="missing", plaatsing="missing", terugstroom="partial",
                      financien="partial", **{"dekkend-aanbod": "missing"}, resultaten="partial",
                      ouders="partial"),
        criteria={"basisondersteuning.niveau": False, "basisondersteuning.inhoud": False,
                  "plaatsing.procedure": False, "plaatsing.criteria": False,
                  "terugstroom.procedure": False, "terugstroom.beleid": True,
                  "financien.verdeling": True, "financien.besteding": False,
                  "dekkend-aanbod.continuum": False, "dekkend-aanbod.lacunes": False,
                  "resultaten.doelen": True, "resultaten.monitoring": False,
                  "ouders.informatie": False, "ouders.steunpunt": True},
        advisory={"ouders": ["betrokkenheid"]},
        notes={"basisondersteuning": "H4 'Wat scholen bieden': the verband sets no standard of its own, schools describe it in their schoolgids; conditional deferral. Glossary line only (trap).",
               "plaatsing": "H5 only refers to an 'Uitvoeringsdocument Toewijzing 2026' that is not included; TLV/deskundigen appear only in the glossary table (trap).",
               "terugstroom": "H6: policy (aim thuisnabij, conditions for return, terugplaatsingsarrangement of 2 hours/week for a year); procedure explicitly deferred to a 2027 protocol.",
               "financien": "H9 'Geld': verdeelsleutel table (vaste voet EUR 6.000, EUR 310 per leerling, kleine-scholentoeslag, solidariteitsdeel) with teldatum and decision moment; besteding: schools decide themselves, meerjarenbegroting 'p.m.'.",
               "dekkend-aanbod": "H7 'Passend aanbod in de regio' only defers ('wordt in 2027 uitgewerkt'); no continuum, no thuiszitters approach; glossary entries are traps; OOGO only as a procedural date.",
               "resultaten": "Targets only in the H3 ambities table (streefwaarden 2030); monitoring explicitly absent ('Een monitoringssystematiek is er op dit moment niet').",
               "ouders": "H8: independent Ouder- en Jeugdsteunpunt Waterland (MEE), Onderwijsconsulenten, GPO; information to parents deferred to a communicatieplan that 'volgt'."})
    return b, label, None, None


# ============================================================================================
# F - near miss, .html: external evaluation report of a VO plan 2022-2026 (not a plan itself).
# ============================================================================================

def not_a_plan():
    b = [("title", ["Evaluatie van het ondersteuningsplan 2022-2026",
                    "Samenwerkingsverband Voortgezet Onderwijs Rijnvliet (VO 28-14)",
                    "Eindrapport in opdracht van de directeur-bestuurder",
                    "Bureau Kompaswerk Onderzoek & Advies - januari 2026"]),
         ("toc",)]
    b += [H1("1 Aanleiding en opdracht"),
          P("Het ondersteuningsplan 2022-2026 van het Samenwerkingsverband VO Rijnvliet loopt op 31 juli 2026 af. "
            "Ter voorbereiding op het nieuwe plan heeft de directeur-bestuurder Bureau Kompaswerk gevraagd het "
            "lopende plan te evalueren. De centrale vraag luidde: in hoeverre zijn de voornemens uit het "
            "ondersteuningsplan 2022-2026 gerealiseerd, en welke lessen zijn te trekken voor het plan 2026-2030?"),
          P("Dit rapport is geen ondersteuningsplan. Het beschrijft bevindingen en doet aanbevelingen; het is aan "
            "het bestuur en de ondersteuningsplanraad om daar bij het opstellen van het nieuwe plan keuzes in te "
            "maken. Het rapport is besproken met de ondersteuningsplanraad op 14 januari 2026."),
          H1("2 Aanpak"),
          P("De evaluatie bestond uit drie onderdelen. Ten eerste een documentanalyse van het plan, de jaarplannen, "
            "de jaarverslagen 2022 tot en met 2024 en de notulen van het bestuur en de ondersteuningsplanraad. Ten "
            "tweede 31 interviews met schoolleiders, ondersteuningscoördinatoren, medewerkers van het bureau, "
            "leden van de ondersteuningsplanraad, ouders, leerplichtambtenaren en beleidsmedewerkers van de vier "
            "gemeenten. Ten derde een digitale vragenlijst onder mentoren en ondersteuningscoördinatoren (n = 187) "
            "en onder ouders van leerlingen met een OPP (n = 96)."),
          P("De bevindingen zijn geordend naar de wettelijke onderdelen van een ondersteuningsplan. Per onderdeel "
            "beschrijven wij wat het plan voornam, wat daarvan is terechtgekomen en hoe betrokkenen dat "
            "ervaren. Citaten zijn geanonimiseerd."),
          H1("3 Bevindingen"),
          H2("3.1 Basisondersteuning"),
          P("Het plan 2022-2026 beschreef de basisondersteuning aan de hand van tien standaarden, waaronder een "
            "ondersteuningscoördinator op iedere vestiging, een dyslexieprotocol en een time-outvoorziening. "
            "Uit de interviews blijkt dat de standaarden bekend zijn bij ondersteuningscoördinatoren, maar "
            "nauwelijks bij mentoren. Van de respondenten in de vragenlijst kon 38 procent een of meer standaarden "
            "noemen. De afgesproken audit is in de planperiode op zes van de dertien scholen uitgevoerd. "
            "'We weten niet of iedere school echt aan de basis voldoet', aldus een bestuurder."),
          H2("3.2 Toelaatbaarheid tot vso, lwoo en pro"),
          P("De procedure voor toelaatbaarheidsverklaringen is in de planperiode gedigitaliseerd. De gemiddelde "
            "doorlooptijd daalde van 7,1 naar 5,2 weken. De criteria voor het vso zoals in het plan vastgelegd "
            "worden door scholen als helder ervaren, maar ouders vinden de procedure ondoorzichtig. Het aantal "
            "afgegeven TLV's vso steeg van 88 in 2022 naar 104 in 2024. Er zijn in de planperiode vier "
            "bezwaarschriften ingediend, waarvan er één gegrond is verklaard na advies van de Landelijke "
            "Bezwaaradviescommissie."),
          H2("3.3 Terugplaatsing"),
          P("Het plan bevatte het voornemen om jaarlijks ten minste twintig leerlingen vanuit het vso terug te "
            "plaatsen in het regulier vo. Dat aantal is in geen enkel jaar gehaald (2022: 9; 2023: 12; 2024: 11). "
            "Vso-scholen geven aan dat de evaluatiemomenten uit het plan wel plaatsvinden, maar dat reguliere "
            "scholen terughoudend zijn. Een terugkeerarrangement, zoals in het plan aangekondigd, is in 2024 "
            "pas gestart."),
          H2("3.4 Financiën"),
          P("Het verdeelmodel uit het plan (een bedrag per leerling plus een vaste voet per vestiging) is "
            "uitgevoerd zoals voorgenomen. De meerjarenbegroting uit het plan liet een structureel overschot "
            "zien; de reserves liepen op tot € 3,4 miljoen eind 2023 en zijn daarna, conform de landelijke "
            "afspraken, afgebouwd. Besturen verantwoorden de besteding op verschillende manieren, wat vergelijking "
            "bemoeilijkt. Wij constateren dat de koppeling tussen middelen en resultaten in de jaarverslagen "
            "beperkt is uitgewerkt."),
          H2("3.5 Dekkend aanbod en thuiszitters"),
          P("Het OPDC en de reboundvoorziening hebben in de planperiode wachtlijsten gekend van gemiddeld zes "
            "weken. Het aantal thuiszitters daalde van 23 naar 15. De in het plan beschreven escalatieladder met "
            "doorzettingsmacht voor de directeur-bestuurder is twee keer toegepast. Gemeenten waarderen de "
            "samenwerking aan de thuiszitterstafel, maar signaleren dat er voor jongeren met complexe "
            "psychiatrische problematiek nog altijd geen passend aanbod in de regio is."),
          H2("3.6 Resultaten en kwaliteitszorg"),
          P("Het plan bevatte zeven beoogde resultaten, waarvan er bij de evaluatie drie zijn behaald, twee "
            "gedeeltelijk en twee niet. De monitoring vond plaats via een jaarlijkse rapportage aan het bestuur. "
            "Een deel van de indicatoren bleek in de praktijk niet meetbaar, omdat de gegevens niet werden "
            "geregistreerd. Wij bevelen aan in het nieuwe plan minder, maar beter meetbare indicatoren op te "
            "nemen."),
          TABLE(("Beoogd resultaat uit plan 2022-2026", "Streefwaarde", "Stand 2025", "Oordeel"),
                ("Thuiszitters", "max. 15", "15", "behaald"),
                ("Doorlooptijd TLV", "max. 6 weken", "5,2 weken", "behaald"),
                ("Tevredenheid ouders", "7,5", "6,8", "niet behaald"),
                ("Terugplaatsingen per jaar", "20", "11", "niet behaald"),
                ("Audits basisondersteuning", "13 scholen", "6 scholen", "gedeeltelijk")),
          H2("3.7 Ouders"),
          P("Het plan noemde de website, een ouderfolder en de schoolgidsen als informatiebronnen voor ouders. "
            "In de vragenlijst gaf 41 procent van de ouders aan de website van het samenwerkingsverband te "
            "kennen. Het ouder- en jeugdsteunpunt, dat in 2023 werd opgericht, is bij ouders nog weinig bekend; "
            "het steunpunt behandelde in 2024 57 vragen. Ouders die het steunpunt kenden, waren er zeer "
            "tevreden over. Ouders in de ondersteuningsplanraad geven aan dat zij vaak laat worden betrokken."),
          H1("4 Conclusies"),
          P("Het ondersteuningsplan 2022-2026 was een degelijk plan dat op de meeste onderdelen is uitgevoerd. "
            "De organisatie van toelaatbaarheid en de aanpak van thuiszitters zijn duidelijk verbeterd. Achter "
            "bleven de borging van de basisondersteuning, de terugplaatsing en de informatie aan ouders. De "
            "koppeling tussen middelen en resultaten verdient meer aandacht."),
          H1("5 Aanbevelingen voor het ondersteuningsplan 2026-2030"),
          UL("Formuleer minder beoogde resultaten, met een nulmeting en een streefwaarde per indicator.",
             "Maak de audit basisondersteuning verplicht voor alle scholen, met een vaste cyclus.",
             "Werk het terugplaatsingsbeleid uit met concrete afspraken over het terugkeerarrangement.",
             "Leg in de meerjarenbegroting de relatie tussen middelen en beoogde resultaten.",
             "Investeer in de bekendheid van het ouder- en jeugdsteunpunt, bijvoorbeeld via de scholen.",
             "Onderzoek samen met de gemeenten een voorziening voor jongeren met complexe problematiek."),
          H1("Verantwoording"),
          P("Dit onderzoek is uitgevoerd door drs. P. Lindeboom en J. Ouwerkerk MSc van Bureau Kompaswerk, in de "
            "periode september tot en met december 2025. Een begeleidingscommissie met twee schoolleiders, een "
            "lid van de ondersteuningsplanraad en de beleidsmedewerker van het samenwerkingsverband las mee. "
            "De verantwoordelijkheid voor de inhoud ligt bij de onderzoekers.")]
    return b


# ============================================================================================
# Labels and main
# ============================================================================================

CRITERIA_ORDER = ["basisondersteuning.niveau", "basisondersteuning.inhoud", "plaatsing.procedure",
                  "plaatsing.criteria", "terugstroom.procedure", "terugstroom.beleid", "financien.verdeling",
                  "financien.besteding", "dekkend-aanbod.continuum", "dekkend-aanbod.lacunes",
                  "resultaten.doelen", "resultaten.monitoring", "ouders.informatie", "ouders.steunpunt"]
ELEMENT_ORDER = ["basisondersteuning", "plaatsing", "terugstroom", "financien", "dekkend-aanbod",
                 "resultaten", "ouders"]


def _q(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def write_label(path, documents, label):
    lines = ["documents: [%s]" % ", ".join(documents), "sector: %s" % label["sector"],
             "looks_like_plan: %s" % ("true" if label.get("looks_like_plan", True) else "false")]
    if label.get("looks_like_plan", True):
        els = label["elements"]
        # consistency check: status must follow Part A from the core criteria
        for e in ELEMENT_ORDER:
            vals = [label["criteria"][c] for c in CRITERIA_ORDER if c.startswith(e + ".")]
            adv = label["advisory"].get(e, [])
            want = "present" if all(vals) else ("partial" if any(vals) or adv else "missing")
            assert els[e] == want, (path, e, els[e], want)
        lines.append("elements: {%s}" % ", ".join("%s: %s" % (e, els[e]) for e in ELEMENT_ORDER))
        lines.append("criteria:")
        for c in CRITERIA_ORDER:
            lines.append("  %s: %s" % (c, "true" if label["criteria"][c] else "false"))
        lines.append("advisory_addressed:")
        adv = [(e, label["advisory"][e]) for e in ELEMENT_ORDER if label["advisory"].get(e)]
        for e, items in adv:
            lines.append("  %s: [%s]" % (e, ", ".join(items)))
        if not adv:
            lines[-1] = "advisory_addressed: {}"
        lines.append("notes:")
        for e in ELEMENT_ORDER:
            lines.append("  %s: %s" % (e, _q(label["notes"][e])))
    else:
        lines += ["elements: {}", "criteria: {}", "advisory_addressed: {}", "notes:",
                  "  document: %s" % _q(label["note"])]
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")


def main():
    os.makedirs(OUT, exist_ok=True)
    jobs = [("po-dijkgraaf-ondersteuningsplan-2026-2030.docx", plan_a, "docx"),
            ("vo-kempenland-zuid-ondersteuningsplan-2026.docx", plan_b, "docx"),
            ("po-veenkolonien-ondersteuningsplan-2026-2030.pdf", plan_c, "pdf"),
            ("vo-amstelveld-ondersteuningsplan-2026-2030.pdf", plan_d, "pdf"),
            ("po-waterland-noord-koersplan-2026-2030.txt", plan_e, "txt")]
    for name, fn, fmt in jobs:
        blocks, label, header, footer = fn()
        path = os.path.join(OUT, name)
        if fmt == "docx":
            render_docx(blocks, path, header, footer)
        elif fmt == "pdf":
            render_pdf(blocks, path, header, footer)
        else:
            render_txt(blocks, path, table_style="mixed")
        stem = os.path.splitext(name)[0]
        write_label(os.path.join(OUT, stem + ".expected.yaml"), [name], label)
        print("%-55s %5d words" % (name, word_count(blocks)))
    name = "evaluatie-ondersteuningsplan-2022-2026-swv-vo-rijnvliet.html"
    blocks = not_a_plan()
    render_html(blocks, os.path.join(OUT, name), "Evaluatie van het ondersteuningsplan 2022-2026 - SWV VO Rijnvliet")
    write_label(os.path.join(OUT, os.path.splitext(name)[0] + ".expected.yaml"), [name],
                dict(sector="vo", looks_like_plan=False,
                     note="External evaluation report (Bureau Kompaswerk) of the expired plan 2022-2026: "
                          "retrospective findings and recommendations per legal element, explicitly 'geen "
                          "ondersteuningsplan'; no planperiode of its own, no vaststelling or OPR-instemming."))
    print("%-55s %5d words" % (name, word_count(blocks)))


if __name__ == "__main__":
    main()
